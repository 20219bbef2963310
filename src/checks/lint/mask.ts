// Blanks out what is not prose (code, URLs, link targets, MDX imports and tags, YAML comments and
// keys) while keeping every line break, so a match's line number is the line in the file.
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export function maskNonProse(text: string, yaml = false): string {
	let out = text
		.replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2/gm, blank)
		.replace(/`[^`\n]+`/g, blank)
		.replace(/\]\([^)\s]*\)/g, blank)
		.replace(/\b(?:https?:\/\/|www\.)[^\s)>\]"']+/g, blank)
		.replace(/^import\s.*$/gm, blank)
		.replace(/<\/?[A-Z][A-Za-z.]*(?:\s[^>]*)?\/?>/g, blank);
	// YAML comments are developer notes; the glossary's `engelsk:` field is English on purpose, and
	// the search register's `ord:` are the forms readers type, including the ones we do not write.
	if (yaml) out = out.replace(/^\s*#.*$/gm, blank).replace(/^\s*(?:engelsk|ord|sider):.*$/gm, blank);
	return out.replace(/^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9]*:)/gm, (_m, lead: string, key: string) => lead + blank(key));
}
