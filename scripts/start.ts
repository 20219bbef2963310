// `npm start`: build the site, print its PDFs when Chromium is there, and serve it on
// http://127.0.0.1:4321 (PREVIEW_PORT=4400 npm start for another port).
// The site itself needs no browser, so a missing Chromium skips the PDFs with one line saying how
// to get them, and the build's "Hent som PDF" links say the same (src/lib/pdf-skipped.ts).
import { spawnSync, spawn } from 'node:child_process';
import { chromiumPresent } from './launch-chromium.ts';
import { chromiumPath } from './chromium.ts';
import { PDF_SKIPPED_ENV, pdfSkippedDa, pdfSkippedEn } from '../src/lib/pdf-skipped.ts';

const env: NodeJS.ProcessEnv = { ...process.env };
delete env[PDF_SKIPPED_ENV];
const withPdf = chromiumPresent();
console.log(`npm start: Node ${process.version} (${process.execPath})`);
if (!withPdf) {
	env[PDF_SKIPPED_ENV] = chromiumPath();
	console.log(`${pdfSkippedDa(chromiumPath())} / ${pdfSkippedEn(chromiumPath())}`);
}

function step(script: string): void {
	const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

step('build');
if (withPdf) step('pdf');
const preview = spawn('npm', ['run', '--silent', 'preview'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => preview.kill(sig));
preview.on('exit', (code) => process.exit(code ?? 0));
