// Numbers as Danish editors write them, and what YAML makes of them: each must be reported with
// what YAML read and what to write instead; plain numbers and text fields are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../src/checks/content/yaml-source.ts';
import { checkDanishNumbers } from '../../src/checks/content/danish-numbers.ts';

const check = (yaml: string, numberField = true) => checkDanishNumbers('x.yaml', parseYaml(yaml, 1), () => numberField).problems;

const cases: [string, RegExp, RegExp][] = [
	['10.000', /læst som tallet 10,/, /skriv 10000 /],
	['700.000', /læst som tallet 700,/, /skriv 700000 /],
	['1.500.000', /læst som teksten "1\.500\.000"/, /skriv 1500000 /],
	['1.250', /læst som tallet 1,25/, /skriv 1250 .*decimaltallet, så skriv 1\.25/],
	['0,02', /læst som teksten "0,02"/, /skriv 0\.02 /],
	['1.500,5', /læst som teksten/, /skriv 1500\.5 /],
	['10,000', /ikke til at se, om kommaet/, /skriv 10000 for et helt tal eller 10 for et decimaltal/],
	['10000 kr.', /enhed \("kr\."\)/, /skriv 10000 uden enhed/],
	['1,5 mio.', /enhed \("mio\."\)/, /skriv 1500000 uden enhed/],
	['.inf', /YAML læser det som uendelig/, /skriv det tal/],
	['-.Inf', /uendelig/, /skriv det tal/],
	['.nan', /NaN/, /skriv det tal/],
];

for (const [written, message, fix] of cases) {
	test(`"${written}" in a number field is reported`, () => {
		const problems = check(`felt: ${written}\n`);
		assert.equal(problems.length, 1, JSON.stringify(problems));
		assert.equal(problems[0].line, 1);
		assert.equal(problems[0].field, 'felt');
		assert.match(problems[0].message, message);
		assert.match(problems[0].fix, fix);
	});
}

test('a decimal comma inside { } is caught before YAML splits it into two fields', () => {
	const problems = check('omkostninger:\n  lille: { engang: 66000, aarlig: 0, aarsvaerk: 0,02 }\n');
	assert.equal(problems.length, 1);
	assert.equal(problems[0].field, 'omkostninger.lille.aarsvaerk');
	assert.equal(problems[0].line, 2);
	assert.match(problems[0].message, /"0,02" blev læst som tallet 0 og et ekstra felt "02"/);
	assert.match(problems[0].fix, /skriv 0\.02/);
});

test('ordinary numbers, and Danish numbers in text fields, pass', () => {
	for (const ok of ['10000', '0.02', '1.5', '0.500', '-3', '"10.000"']) assert.deepEqual(check(`felt: ${ok}\n`), [], ok);
	assert.deepEqual(check('indbyggere: under 30.000\n', false), []);
	assert.deepEqual(check('felt: 10.000\n', false), [], 'a text field may say 10.000');
	assert.equal(check('felt: .inf\n', false).length, 1, '.inf is never what an editor means');
});
