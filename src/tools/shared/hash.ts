// A short, stable fingerprint of a list of strings (FNV-1a, 32 bit). Used as the catalogue version:
// the build and the browser must compute the same value without any crypto API.
export function fingerprint(items: readonly string[]): string {
	let h = 0x811c9dc5;
	for (const ch of [...items].sort().join('\n')) {
		const code = ch.codePointAt(0)!;
		h ^= code;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
