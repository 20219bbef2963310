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
		message: YAML_ERRORS[e.code] ?? `YAML-fejl (${e.code})`,
	}));
	let data: unknown;
	if (!syntaxErrors.length) {
		try {
			// toJS() refuses documents whose aliases (*navn) expand beyond a limit ("billion laughs");
			// that is an editor-facing error, not a crash.
			data = doc.toJS({ maxAliasCount: 100 });
		} catch (error) {
			const alias = /alias/i.test(String((error as Error).message));
			syntaxErrors.push({
				line: firstLine,
				message: alias ? 'dokumentet bruger for mange YAML-henvisninger (&navn og *navn), så det ikke kan læses sikkert' : `dokumentet kan ikke læses (${String((error as Error).message).split('\n')[0]})`,
			});
		}
	}
	return { data, doc, firstLine, text, syntaxErrors };
}

/** The yaml library's error codes in Danish; its own messages are English and written for programmers. */
const YAML_ERRORS: Record<string, string> = {
	DUPLICATE_KEY: 'det samme feltnavn står to gange',
	BAD_INDENT: 'indrykningen passer ikke med linjerne omkring',
	TAB_AS_INDENT: 'linjen er rykket ind med tabulator; brug mellemrum',
	MULTILINE_IMPLICIT_KEY: 'et feltnavn fortsætter over flere linjer (mangler der et kolon eller et anførselstegn?)',
	BLOCK_AS_IMPLICIT_KEY: 'en liste eller gruppe står, hvor der skulle stå et feltnavn',
	MISSING_CHAR: 'der mangler et tegn, fx et afsluttende anførselstegn, ] eller }',
	UNEXPECTED_TOKEN: 'der står et tegn, YAML ikke forventer her (tekst med kolon, # eller @ skal i anførselstegn)',
	BAD_ALIAS: 'en henvisning (*navn) peger på noget, der ikke findes',
	BAD_SCALAR_START: 'værdien begynder med et tegn, der skal i anførselstegn (fx @ eller `)',
	BAD_DIRECTIVE: 'linjen begynder med %, som YAML læser som en instruktion',
	BAD_DQ_ESCAPE: 'tekst i "…" indeholder en ugyldig \\-sekvens',
	BLOCK_IN_FLOW: 'en liste med bindestreger står inde i [ ] eller { }',
	IMPOSSIBLE: 'strukturen kan ikke læses',
	KEY_OVER_1024_CHARS: 'et feltnavn er længere end 1024 tegn',
	MULTIPLE_ANCHORS: 'en værdi har to ankre (&navn)',
	MULTIPLE_DOCS: 'filen indeholder flere YAML-dokumenter (en ekstra linje med ---)',
	MULTIPLE_TAGS: 'en værdi har to typemærker (!)',
	NON_STRING_KEY: 'et feltnavn er ikke tekst',
	TAG_RESOLVE_FAILED: 'et typemærke (!navn) er ukendt',
	UNEXPECTED_SCALAR: 'der står en værdi, hvor YAML ikke forventer en',
};

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
			return source.firstLine + lineOfOffset(source.text, (node.range as number[])[0]) - 1;
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
