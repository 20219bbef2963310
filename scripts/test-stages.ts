// The stages of `npm test`, in the order a failure is cheapest to explain: pure checks first, then
// the build and what reads it, then the real servers. Each stage is an npm script with a row in the
// README's test table; tests/unit/test-stages.test.ts keeps the three in step. Kept apart from
// scripts/run-tests.ts so the list can be read without running the stages.

export interface Stage {
	script: string;
	/** What the stage proves, printed in the summary. */
	what: string;
	/** Stages after a failed `required` stage are skipped: without a build there is nothing to test. */
	required?: boolean;
}

export const STAGES: Stage[] = [
	{ script: 'test:fresh', what: 'a clean clone with the system Node first on PATH and no Chromium: npm ci && npm start serves the site' },
	{ script: 'lint:code', what: 'ESLint (type-aware) and Prettier pass on the code' },
	{ script: 'lint:workflows', what: 'the GitHub workflow passes actionlint' },
	{ script: 'lint:terms', what: 'house terminology (content/data/terminologi.yaml) is used' },
	{ script: 'lint:markdown', what: 'the .md pages follow the Markdown style' },
	{ script: 'lint:spelling', what: 'Danish spelling, with the project word list cspell-ord.txt' },
	{ script: 'check:approvals', what: 'no approved interpretation changed without a new decision (vs REVIEW_BASE or origin/main)' },
	{ script: 'lint:unused', what: 'no unused file, export, type or dependency (knip)' },
	{ script: 'test:unit', what: 'pure tests on the source: content checks, fixtures, generators, tools (no build output needed)' },
	{ script: 'build', what: 'the site builds; content, cross-references and links are valid', required: true },
	{ script: 'pdf', what: 'every chapter and briefing prints to dist/pdf/, and every linked PDF exists', required: true },
	{ script: 'typecheck', what: 'TypeScript (strict) across components, schemas, scripts and tests' },
	{ script: 'test:site', what: 'the built dist/: generated views, exports, OSCAL and .docx templates agree with the content' },
	{ script: 'test:build', what: 'real astro builds of fixture trees: bad content fails the build with the Danish message, markup renders as text' },
	{ script: 'test:e2e', what: 'the built site in Chromium' },
	{ script: 'test:print', what: 'the PDFs: cover, contents, page numbers, no screen UI, Danish text, tagging' },
	{ script: 'test:sso', what: 'every file behind Apache + mod_auth_openidc with a real OpenID provider' },
	{ script: 'test:cluster', what: 'two Apache nodes, one Redis session store, HAProxy: failover, logout, load, atomic release switch' },
	{ script: 'test:budgets', what: 'bytes per page, scripts only where they belong, a sidebar that does not grow with the catalogue' },
	{ script: 'test:gate-fixtures', what: 'the accessibility and privacy gates catch a deliberately broken page' },
	{ script: 'test:a11y', what: 'every page passes axe (WCAG 2.2 AA + best practice) in light/dark, desktop/phone; keyboard and focus' },
	{ script: 'test:privacy', what: 'no request leaves our own origin and the site sets no cookie' },
];
