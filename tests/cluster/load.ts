// The load run of the cluster test: `ab` with a logged-in cookie, and a reader beside it that
// checks every page is one release byte for byte while a release switch happens.
import { spawn } from 'node:child_process';
import { type Client, NAVIGATE, FETCH } from '../sso/http.ts';

/** Runs `ab` (apache2-utils) and reads its summary. */
export function ab(args: string[]): Promise<{ rps: number; p50: number; p99: number; failed: number; non2xx: number; complete: number; raw: string }> {
	return new Promise((res, rej) => {
		const child = spawn('ab', args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => {
			out += d;
		});
		child.stderr.on('data', (d) => {
			out += d;
		});
		child.on('error', rej);
		child.on('close', (code) => {
			const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
			if (code !== 0) return rej(new Error(`ab exited with ${code}:\n${out}`));
			res({
				rps: num(/Requests per second:\s+([\d.]+)/),
				p50: num(/^\s+50%\s+(\d+)/m),
				p99: num(/^\s+99%\s+(\d+)/m),
				failed: num(/Failed requests:\s+(\d+)/),
				non2xx: Number(/Non-2xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
				complete: num(/Complete requests:\s+(\d+)/),
				raw: out,
			});
		});
	});
}

/**
 * A reader beside the load: every page must be one release byte for byte, and every stylesheet
 * and script it names must load (a new release must not break pages readers have open); a
 * second after the switch, no page of the old release any more.
 */
export function startReader(w: { client: Client; site: string; releases: Record<string, Map<string, Buffer>> }, cookie: string, oldRelease: string) {
	const seen: Record<string, number> = { r1: 0, r2: 0 };
	const problems: string[] = [];
	let pagesRead = 0;
	let assetsRead = 0;
	let switchedAt = 0;
	let reading = true;
	const paths = ['/index.html', ...[...w.releases.r1.keys()].filter((p) => /^\/(krav|foranstaltninger)\/[^/]+\/index\.html$/.test(p)).slice(0, 3)];
	const loop = (async () => {
		while (reading) {
			for (const path of paths) {
				const r = await w.client.fetch(w.site + path.replace(/index\.html$/, ''), { headers: { ...NAVIGATE, cookie } });
				pagesRead++;
				const rel = /<meta name="nis2-release" content="(r\d)">/.exec(r.text)?.[1];
				if (r.status !== 200 || !rel) {
					problems.push(`${path}: ${r.status} without a release marker`);
					continue;
				}
				if (!r.body.equals(w.releases[rel].get(path)!)) problems.push(`${path}: body is not exactly release ${rel}'s page`);
				seen[rel]++;
				if (rel === oldRelease && switchedAt && Date.now() - switchedAt > 1000)
					problems.push(`${path}: still release ${rel} a second after the switch`);
				const assets = [...r.text.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
				for (const a of new Set(assets)) {
					const ar = await w.client.fetch(w.site + a, { headers: { ...FETCH, cookie } });
					assetsRead++;
					if (ar.status !== 200) problems.push(`${a} (named by release ${rel}'s ${path}): ${ar.status}`);
				}
			}
		}
	})();
	return {
		switched: () => {
			switchedAt = Date.now();
		},
		async stop() {
			reading = false;
			await loop;
			return { problems, seen, pagesRead, assetsRead };
		},
	};
}
