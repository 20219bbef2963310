// Writes the editor at /admin/: a page that loads Decap CMS from our own origin (the prebuilt bundle
// copied from node_modules, no CDN), and the configuration generated from the schemas. Used by the
// build (config/integrations/cms.ts) and by the editor test, which points it at a local repository.
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

const require = createRequire(import.meta.url);

/** The prebuilt bundle and the chunks it loads on demand (code editor modes, locales), without source maps. */
function bundleFiles(): { dir: string; files: string[] } {
	const dir = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
	const files = readdirSync(dir).filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f));
	if (!files.includes('decap-cms.js')) throw new Error(`cms: ${dir} has no decap-cms.js; run npm ci`);
	return { dir, files };
}

// No inline script or style: the page's Content-Security-Policy (deploy/apache) allows scripts from 'self' only.
const ADMIN_HTML = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Redigér NIS2-drejebogen</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>Redigeringen kræver JavaScript. Du kan i stedet bruge formularen »Forslag til ændring« (linket »Kommentér siden« nederst på hver side).</noscript>
<script src="decap-cms.js"></script>
</body>
</html>
`;

/** `config` is what src/cms/config.ts's buildCmsConfig made. */
export function writeAdmin(outDir: string, config: Record<string, unknown>): { bytes: number; files: number } {
	mkdirSync(outDir, { recursive: true });
	writeFileSync(
		join(outDir, 'config.yml'),
		`# Generated from src/schemas/ by src/cms/config.ts at build time; do not edit.\n${stringify(config, { lineWidth: 0 })}`,
	);
	writeFileSync(join(outDir, 'index.html'), ADMIN_HTML);
	const { dir, files } = bundleFiles();
	let bytes = 0;
	for (const f of files) {
		copyFileSync(join(dir, f), join(outDir, f));
		bytes += statSync(join(dir, f)).size;
	}
	return { bytes, files: files.length };
}
