// What `npm test` needs besides node_modules, checked before any stage runs, with exactly what to
// install. `node scripts/prerequisites.ts` prints the report (exit 1 if something is missing);
// `--debian` prints only the missing Debian package names, which is how .ci/run knows what to
// apt-get install (so this list is the one place they are named).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromiumPath } from './chromium.ts';

export interface Prerequisite {
	what: string;
	/** npm scripts (test stages) that cannot run without it */
	stages: string[];
	present: () => boolean;
	/** Debian package that provides it, if any */
	debian?: string;
	/** how to get it when there is no Debian package */
	hint?: string;
}

// Daemons live in sbin, which a normal user's PATH may lack.
const onPath = (cmd: string) =>
	spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0 || ['/usr/sbin', '/sbin'].some((d) => existsSync(`${d}/${cmd}`));
const MODULES = '/usr/lib/apache2/modules';
const BROWSER_STAGES = ['pdf', 'test:e2e', 'test:sso', 'test:gate-fixtures', 'test:a11y', 'test:privacy'];

export const PREREQUISITES: Prerequisite[] = [
	{
		what: `Node.js >= 22.18 running the scripts (this is ${process.version})`,
		stages: ['*'],
		present: () => {
			const [major, minor] = process.versions.node.split('.').map(Number);
			return major > 22 || (major === 22 && minor >= 18);
		},
		hint: 'run `npm ci`: it installs Node 24 from the `node` dev dependency, and npm scripts run on it',
	},
	{ what: `Chromium at ${chromiumPath()} (CHROMIUM_PATH)`, stages: BROWSER_STAGES, present: () => existsSync(chromiumPath()), debian: 'chromium' },
	{ what: 'pdftotext and pdfinfo', stages: ['pdf', 'test:print'], present: () => onPath('pdftotext') && onPath('pdfinfo'), debian: 'poppler-utils' },
	{
		what: 'DejaVu fonts (Danish glyphs in PDFs)',
		stages: ['pdf', 'test:print'],
		present: () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
		debian: 'fonts-dejavu-core',
	},
	{ what: 'unzip (reads the .docx templates)', stages: ['test:site'], present: () => onPath('unzip'), debian: 'unzip' },
	{ what: 'Apache httpd 2.4', stages: ['test:sso', 'test:cluster'], present: () => existsSync('/usr/sbin/apache2') || onPath('apache2'), debian: 'apache2' },
	{
		what: 'mod_auth_openidc',
		stages: ['test:sso', 'test:cluster'],
		present: () => existsSync(`${MODULES}/mod_auth_openidc.so`),
		debian: 'libapache2-mod-auth-openidc',
	},
	// mod_ssl links against libssl3; an older libssl on a stale image makes it fail to load.
	{ what: 'openssl (throw-away test CA) and libssl3', stages: ['test:sso', 'test:cluster'], present: () => onPath('openssl'), debian: 'openssl libssl3' },
	{ what: 'redis-server (shared session cache)', stages: ['test:cluster'], present: () => onPath('redis-server'), debian: 'redis-server' },
	{ what: 'haproxy (load balancer)', stages: ['test:cluster'], present: () => onPath('haproxy'), debian: 'haproxy' },
	{ what: 'ab (ApacheBench, the load run)', stages: ['test:cluster'], present: () => onPath('ab'), debian: 'apache2-utils' },
];

export function missingFor(stages: string[]): Prerequisite[] {
	return PREREQUISITES.filter((p) => (p.stages.includes('*') || p.stages.some((s) => stages.includes(s))) && !p.present());
}

export function report(missing: Prerequisite[]): string {
	const debian = [...new Set(missing.flatMap((p) => p.debian?.split(' ') ?? []))];
	const lines = missing.map((p) => `  - ${p.what} (needed by ${p.stages.includes('*') ? 'every stage' : p.stages.join(', ')})${p.hint ? `: ${p.hint}` : ''}`);
	if (debian.length)
		lines.push(
			'',
			`Install with: ${process.getuid?.() === 0 ? '' : 'sudo '}apt-get install -y --no-install-recommends ${debian.join(' ')}`,
			'(or run `bash .ci/run`, which installs them and then runs npm test)',
		);
	return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const all = PREREQUISITES.flatMap((p) => p.stages);
	const missing = missingFor(all);
	if (process.argv.includes('--debian')) {
		console.log([...new Set(missing.flatMap((p) => p.debian?.split(' ') ?? []))].join(' '));
	} else if (missing.length) {
		console.error(`Missing prerequisites:\n${report(missing)}`);
		process.exit(1);
	} else {
		console.log(`All prerequisites present (Node ${process.version}, Chromium ${chromiumPath()}).`);
	}
}
