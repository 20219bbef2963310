// `npm test`: every check in one run, in the order a failure is cheapest to explain. Each stage is
// an npm script that can also be run alone. Stages keep running after a failure so one run shows
// every problem; the exit code is non-zero if any stage failed.
import { spawn } from 'node:child_process';
import { missingFor, report } from './prerequisites.ts';
import { STAGES, type Stage } from './test-stages.ts';

interface Outcome {
	stage: Stage;
	ok: boolean;
	passed: number;
	failed: number;
	filesChecked: number;
	seconds: number;
	/** The stage's last lines, repeated under the summary when it failed. */
	tail: string;
}

/** How many of a failed stage's last lines the summary repeats: enough for Playwright's or node's error. */
const TAIL_LINES = 40;

function run(stage: Stage): Promise<Outcome> {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', stage.script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
		let output = '';
		const echo = (chunk: Buffer) => {
			output += chunk.toString();
			process.stdout.write(chunk);
		};
		child.stdout.on('data', echo);
		child.stderr.on('data', echo);
		child.on('close', (code) => {
			const counts = countTests(output);
			const tail = output.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
			resolve({ stage, ok: code === 0, ...counts, seconds: (Date.now() - started) / 1000, tail });
		});
	});
}

/** Reads the closing lines of node's test runner ("ℹ pass 12") and Playwright ("12 passed"). */
function countTests(output: string): { passed: number; failed: number; filesChecked: number } {
	// eslint-disable-next-line no-control-regex -- colour codes begin with the control character ESC
	const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
	const sum = (re: RegExp) => [...plain.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
	return {
		passed: sum(/^ℹ pass (\d+)$/gm) + sum(/^\s+(\d+) passed \(/gm),
		failed: sum(/^ℹ fail (\d+)$/gm) + sum(/^\s+(\d+) failed$/gm),
		// Lints count files, not tests ("CHECK: 208 passed, 0 failed"): shown per stage, not in the total.
		filesChecked: sum(/^CHECK: (\d+) passed/gm) + sum(/^CHECK: \d+ passed, (\d+) failed/gm),
	};
}

// Everything the stages need outside node_modules, before the first stage: one list of what to
// install is more useful than a failure ten minutes in.
const missing = missingFor(STAGES.map((s) => s.script));
if (missing.length) {
	console.error(`npm test cannot run; missing prerequisites:\n${report(missing)}`);
	process.exit(1);
}

const outcomes: Outcome[] = [];
for (const stage of STAGES) {
	console.log(`\n=== npm run ${stage.script}: ${stage.what}`);
	const outcome = await run(stage);
	outcomes.push(outcome);
	if (!outcome.ok && stage.required) {
		console.error(`\n${stage.script} failed; the remaining stages need its output and were not run.`);
		break;
	}
}

console.log('\n=== Summary');
for (const o of outcomes) {
	const counts = o.filesChecked ? `${o.filesChecked} files checked` : `${o.passed} tests passed, ${o.failed} failed`;
	console.log(`${o.ok ? 'ok  ' : 'FAIL'} ${o.stage.script.padEnd(15)} ${o.seconds.toFixed(1).padStart(6)} s  ${counts}`);
}
// A CI log is often read from its end: the reason a stage failed is repeated here, next to the summary.
for (const o of outcomes.filter((o) => !o.ok)) {
	console.log(`\n--- ${o.stage.script} failed; its last lines:\n${o.tail}\n---`);
}
const failedStages = outcomes.filter((o) => !o.ok).length + (STAGES.length - outcomes.length);
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0) + failedWithoutCounts();
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failedStages ? 1 : 0);

/** A stage that failed without reporting test counts (a build error) still counts as one failure. */
function failedWithoutCounts(): number {
	return outcomes.filter((o) => !o.ok && o.failed === 0).length + (STAGES.length - outcomes.length);
}
