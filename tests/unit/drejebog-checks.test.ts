// A playbook step without RACI or effort must stop the build: these fixtures each break one rule
// and the checks must name the file, line and field, in Danish, with a fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { checkContent, formatProblem } from '../../src/checks/content/index.ts';
import { contentTree, ROOT } from '../helpers/content-fixture.ts';

const cases = {
	'step-missing-raci': { line: 2, field: 'raci', message: /feltet mangler/, fix: /tilføj "raci:"/ },
	'step-two-accountable': {
		line: 11,
		field: 'raci.A',
		message: /præcis én rolle skal have det endelige ansvar/,
		fix: /ret værdien|den ene rolle, der har det endelige ansvar/,
	},
	'step-without-hours': {
		line: 15,
		field: 'timer.lille',
		message: /rollen "ciso" udfører eller har ansvaret .* ingen skønnede timer for en lille kommune/,
		fix: /tilføj "ciso: <timer>" under timer\.lille/,
	},
};

for (const [name, expected] of Object.entries(cases)) {
	test(`a playbook step is rejected: ${name}`, () => {
		const { dir, cleanup } = contentTree(name);
		try {
			const problems = checkContent(ROOT, dir).problems.map((p) => ({ ...p, file: relative(dir, `${ROOT}/${p.file}`) }));
			const found = problems.find((p) => p.file === 'drejebog/d-0-01.mdx' && p.field === expected.field && expected.message.test(p.message));
			assert.ok(found, `ingen fejl som forventet; fik:\n${problems.map(formatProblem).join('\n')}`);
			assert.equal(found.line, expected.line);
			assert.match(found.fix, expected.fix);
		} finally {
			cleanup();
		}
	});
}
