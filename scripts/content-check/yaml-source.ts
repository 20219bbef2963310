// Parses YAML while remembering where every value stands, so a message can name the line.
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

export interface YamlSource {
	data: unknown;
	doc: Document;
	/** 1-based line in the whole file where the YAML text starts. */
	firstLine: number;
	text: string;
	syntaxErrors: { line: number; message: string }[];
}

export function parseYaml(text: string, firstLine: number): YamlSource {
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	const syntaxErrors = doc.errors.map((e) => ({
		line: firstLine + lineOfOffset(text, e.pos[0]) - 1,
		message: e.message.split('\n')[0],
	}));
	return { data: syntaxErrors.length ? undefined : doc.toJS(), doc, firstLine, text, syntaxErrors };
}

function lineOfOffset(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
	return line;
}

/** Line of the value at `path`, or of the nearest parent that exists (a missing field points at its parent). */
export function lineOf(source: YamlSource, path: (string | number)[]): number {
	for (let depth = path.length; depth >= 0; depth--) {
		const sub = path.slice(0, depth);
		const node = sub.length ? source.doc.getIn(sub, true) : source.doc.contents;
		const keyLine = depth > 0 ? lineOfKey(source, sub) : undefined;
		if (keyLine !== undefined) return keyLine;
		if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
			return source.firstLine + lineOfOffset(source.text, node.range[0]) - 1;
		}
	}
	return source.firstLine;
}

/** Prefer the line of the key ("krav:") over the value, which may start on the next line. */
function lineOfKey(source: YamlSource, path: (string | number)[]): number | undefined {
	const parent = path.length > 1 ? source.doc.getIn(path.slice(0, -1), true) : source.doc.contents;
	const last = path[path.length - 1];
	if (isMap(parent)) {
		const pair = parent.items.find((item) => {
			const key = item.key as { value?: unknown } | null;
			return key && typeof key === 'object' && key.value === last;
		});
		const key = pair?.key as { range?: [number, number, number] } | undefined;
		if (key?.range) return source.firstLine + lineOfOffset(source.text, key.range[0]) - 1;
	}
	if (isSeq(parent) && typeof last === 'number') {
		const item = parent.items[last] as { range?: [number, number, number] } | undefined;
		if (item?.range) return source.firstLine + lineOfOffset(source.text, item.range[0]) - 1;
	}
	return undefined;
}
