// The layering rules of CONTRIBUTING.md ("For developers: where code lives"), read from the
// import statements of the tree: config/ and src/ never import programs in scripts/, the content
// model never imports the queries or views built on it, nothing shipped imports a test helper.
// The second test writes a small tree with one bad import per rule and checks that each is caught
// with file, line and rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatViolation, importsOf, IMPORT_RULES, projectImports, violations } from '../helpers/import-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');

test('the tree keeps the layering rules', () => {
	const uses = projectImports(ROOT);
	// A scanner that finds nothing would pass every rule: the tree has hundreds of imports.
	assert.ok(uses.length > 300, `only ${uses.length} imports found; the scanner is not reading the tree`);
	assert.ok(
		uses.some((u) => u.file === 'config/sidebar.ts'),
		'config/sidebar.ts was not read',
	);
	assert.ok(
		uses.some((u) => u.file.endsWith('.astro')),
		'no .astro file was read',
	);
	const found = violations(uses).map(formatViolation);
	assert.deepEqual(found, [], `imports that break the layering rules (see CONTRIBUTING.md, "For developers: where code lives"):\n${found.join('\n')}`);
});

test('each rule catches a bad import and names file, line and rule', () => {
	const tree = mkdtempSync(join(tmpdir(), 'import-graph-'));
	const write = (file: string, text: string) => {
		mkdirSync(dirname(join(tree, file)), { recursive: true });
		writeFileSync(join(tree, file), text);
	};
	try {
		write('config/sidebar.ts', "// no import here: import x from '../scripts/x.ts'\nimport type { A } from '../scripts/lib/load.ts';\n");
		write('astro.config.mjs', "import { defineConfig } from 'astro/config';\nconst m = await import('./scripts/x.ts');\n");
		write('src/lib/model.ts', "import { a } from './data.ts';\n\nexport { b } from '../../scripts/run.ts';\n");
		write('src/components/View.astro', "---\nimport { h } from '../../tests/helpers/site.ts';\n---\n<p>import x from '../../scripts/not-code.ts'</p>\n");
		write(
			'src/schemas/common.ts',
			"import { z } from 'astro/zod';\nimport { ok } from '../util/ok.ts';\nimport { ISO } from '../data/iso.ts';\nimport { today } from '../lib/today.ts';\n",
		);
		write('src/schemas/pages.ts', "import Facts from '~/components/page/Facts.astro';\n");
		write('src/util/ok.ts', "import { x } from '../schemas/index.ts';\n");
		write('scripts/run.ts', "import { checkContent } from '../src/checks/content/index.ts';\n");
		const found = violations(projectImports(tree)).map(formatViolation);
		const rule = (from: string) => IMPORT_RULES.find((r) => r.from.includes(from))!;
		assert.deepEqual(found.map((line) => line.split(';')[0]).sort(), [
			'astro.config.mjs:2: imports scripts/x.ts',
			'config/sidebar.ts:2: imports scripts/lib/load.ts',
			'src/components/View.astro:2: imports tests/helpers/site.ts',
			'src/lib/model.ts:3: imports scripts/run.ts',
			'src/schemas/common.ts:4: imports src/lib/today.ts',
			'src/schemas/pages.ts:1: imports src/components/page/Facts.astro',
			'src/util/ok.ts:1: imports src/schemas/index.ts',
		]);
		assert.ok(
			found.some((line) => line.startsWith('config/sidebar.ts:2:') && line.includes(rule('config/').why)),
			found.join('\n'),
		);
		assert.ok(
			found.some(
				(line) =>
					line.startsWith('src/schemas/common.ts:4:') &&
					line.includes('src/schemas/ must not import src/ (except src/schemas/, src/data/, src/util/)'),
			),
			found.join('\n'),
		);
	} finally {
		rmSync(tree, { recursive: true, force: true });
	}
});

test('imports in .astro markup outside the frontmatter and scripts are not code', () => {
	const uses = importsOf(
		'src/components/X.astro',
		"---\nimport A from './A.astro';\n---\n<pre>import B from './B.astro'</pre>\n<script>\nimport { c } from '../lib/c.ts';\n</script>\n",
	);
	assert.deepEqual(uses, [
		{ file: 'src/components/X.astro', line: 2, target: 'src/components/A.astro' },
		{ file: 'src/components/X.astro', line: 6, target: 'src/lib/c.ts' },
	]);
});
