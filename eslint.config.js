// ESLint for all code in the repository: typescript-eslint's type-aware rules (recommendedTypeChecked +
// stylisticTypeChecked) on TypeScript and JavaScript, eslint-plugin-astro's recommended rules on
// components. Formatting is Prettier's job (`npm run lint:code` runs both), so nothing here is about
// whitespace or quotes. The types of `astro:content` come from .astro/ (written by `astro sync`, which
// `npm run lint:code` runs first). Every rule loosened below says why; prefer fixing the code.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Build output, generated types and dependencies; the fixture trees are content, not code.
		ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'test-results/', 'playwright-report/'],
	},
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	tseslint.configs.stylisticTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			ecmaVersion: 'latest',
			sourceType: 'module',
			// Scripts, tests and the build run on Node; components and src/client run in the browser.
			// Both sets are allowed everywhere because an .astro file holds both (frontmatter on Node,
			// <script> in the browser), and the type checker already rejects a global used on the wrong side.
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				// The TypeScript program of tsconfig.json, the one `astro check` checks.
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// node:test's test()/describe() return promises that the runner itself tracks and reports
			// (typescript-eslint documents them as the usual known-safe calls); every other promise must
			// be awaited or handled.
			'@typescript-eslint/no-floating-promises': [
				'error',
				{
					allowForKnownSafeCalls: [
						{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
					],
				},
			],
			// Numbers in messages and paths ("linje ${line}") always stringify predictably; objects,
			// undefined and the like stay forbidden in templates.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// An empty string means "not set" (environment variables, optional text), so `||` is the
			// intended fallback for strings; for other types `??` is required.
			'@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
			// `_name` marks a parameter kept only for its position in a callback's signature.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	{
		// astro-eslint-parser does not support projectService yet, so components name their program:
		// tsconfig.json plus one declaration (config/eslint/astro-jsx.d.ts says why), linted with it.
		files: ['**/*.astro', 'config/eslint/*.d.ts'],
		languageOptions: {
			parserOptions: { projectService: false, project: './tsconfig.eslint.json', extraFileExtensions: ['.astro'] },
		},
	},
);
