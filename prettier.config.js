// Prettier formats all code and the developer docs; `npm run lint:code` checks it, `npm run format`
// applies it. Indentation and line ends come from .editorconfig (tabs in code, two spaces in
// YAML/JSON/Markdown, LF), which Prettier reads. The width was chosen by measuring the tree: PRINT_WIDTH
// is the width with the smallest reformatting diff of the existing code (see CONTRIBUTING.md).
/** @type {import('prettier').Config} */
export default {
	printWidth: Number(process.env.PRINT_WIDTH ?? 160),
	singleQuote: true,
	plugins: ['prettier-plugin-astro'],
	overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
