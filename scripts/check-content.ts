// `npm run check:content [dir]`: the same content checks the build runs, without building.
import { resolve } from 'node:path';
import { checkContent, formatReport, formatWarnings } from '../src/checks/content/index.ts';

const root = process.cwd();
const dir = process.argv[2] ? resolve(process.argv[2]) : resolve(root, process.env.NIS2_CONTENT_DIR ?? 'content');
const { problems, warnings, content } = checkContent(root, dir);
if (warnings.length) console.error(`${formatWarnings(warnings)}\n`);
if (problems.length) {
	console.error(formatReport(problems));
	process.exit(1);
}
console.log(
	`Indholdet er i orden: ${content.pages.length} sider og ${Object.values(content.data).reduce((n, e) => n + (e?.length ?? 0), 0)} dataposter kontrolleret.`,
);
