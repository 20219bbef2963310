// The `hyphen` package ships no types for its per-language entry points (src/lib/hyphenate.ts).
// hyphenateSync is a plain function property (hyphen/export-contract.js), not a method using `this`.
declare module 'hyphen/da/index.js' {
	const da: { hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string };
	export default da;
}
