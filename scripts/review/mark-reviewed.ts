// `npm run review -- --mark-reviewed <page>`: records that a page was reviewed today. Sets
// `sidstGennemgaaet`, pins every citation in `kilder` to the version content/data/kilder.yaml names
// now, and removes a written `naesteGennemgang` (the rule per page kind applies again). The front
// matter is edited in place: the yaml package's parse tree gives the exact spans to change, and
// every other byte (comments, flow lists, quoting, order) stays as the editor wrote it.
// Re-serialising the document would not do: yaml.stringify normalises spacing in [a, b] and
// { a: b } in different ways, so a review would rewrite unrelated lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Pair, type YAMLMap } from 'yaml';
import { loadContent } from '../../src/checks/content/load.ts';
import { hasReviewCycle } from '../../src/lib/review-rules.ts';
import { asText } from './as-text.ts';

export interface MarkResult {
	/** Path relative to the repository root. */
	file: string;
	/** What was changed, in Danish, one line each. */
	changes: string[];
}

export class ReviewError extends Error {}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Finds the page an editor means: a path (content/krav/k-20.mdx, krav/k-20.mdx, krav/k-20) or an id (k-20). */
export function findPage(root: string, contentDir: string, wanted: string): string {
	const tree = loadContent(root, contentDir);
	const norm = wanted.trim().replaceAll('\\', '/').replace(/^\.\//, '');
	const insideContent = (file: string) => relative(contentDir, resolve(root, file)).split(sep).join('/');
	const hits = tree.pages.filter((p) => {
		const inside = insideContent(p.file);
		const id = (p.frontmatter.data as { id?: unknown } | undefined)?.id;
		const asGiven = relative(contentDir, resolve(root, norm)).split(sep).join('/');
		return [p.file, inside, inside.replace(/\.mdx?$/, ''), p.slug].includes(norm) || inside === asGiven || id === norm;
	});
	if (hits.length === 0) {
		throw new ReviewError(
			`Siden "${wanted}" findes ikke under ${relative(root, contentDir) || '.'}/. Skriv stien til filen (fx content/krav/k-20.mdx) eller sidens id (fx k-20).`,
		);
	}
	return hits[0].file;
}

interface Edit {
	start: number;
	end: number;
	text: string;
}

const scalarText = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
	const i = text.indexOf('\n', offset);
	return i === -1 ? text.length : i;
};
/** The column a key starts in: the indent its siblings need (after "- " for a list item). */
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

function pairOf(map: YAMLMap, key: string): Pair | undefined {
	return map.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** Replaces the value of `key` in a block or flow map, or adds the key where the map ends. */
function setIn(text: string, map: YAMLMap, key: string, value: string, edits: Edit[], top = false) {
	const pair = pairOf(map, key);
	const v = pair?.value;
	if (pair && isScalar(v) && v.range) {
		edits.push({ start: v.range[0], end: v.range[1], text: scalarText(value) });
		return;
	}
	if (pair) throw new ReviewError(`feltet "${key}" har ikke en enkelt værdi, så det kan ikke opdateres automatisk`);
	if (!map.range) throw new ReviewError('forsiden kan ikke læses');
	if (top) {
		// A new top-level field goes last in the front matter, where nothing nested can follow it.
		edits.push({ start: text.length, end: text.length, text: `\n${key}: ${scalarText(value)}` });
		return;
	}
	if (map.flow) {
		// `{ kilde: x, henvisning: y }`: add before the closing brace, keeping the editor's spacing.
		const close = text.lastIndexOf('}', map.range[1]);
		const before = /\s*$/.exec(text.slice(0, close))![0];
		edits.push({ start: close - before.length, end: close - before.length, text: `, ${key}: ${scalarText(value)}` });
		return;
	}
	const first = map.items[0];
	const keyStart = first && isPair(first) && isScalar(first.key) && first.key.range ? first.key.range[0] : map.range[0];
	const indent = columnOf(text, keyStart);
	// After the map's last line (its range ends after the newline of its last value).
	const lastValueEnd = Math.max(...map.items.map((p) => (isPair(p) ? (p.value as { range?: number[] } | null)?.range?.[1] : undefined) ?? 0));
	const at = lineEnd(text, lastValueEnd);
	edits.push({ start: at, end: at, text: `\n${' '.repeat(indent)}${key}: ${scalarText(value)}` });
}

function removeKey(text: string, map: YAMLMap, key: string, edits: Edit[]): boolean {
	const pair = pairOf(map, key);
	if (!pair || !isScalar(pair.key) || !pair.key.range) return false;
	const v = pair.value as { range?: number[] } | null;
	const start = lineStart(text, pair.key.range[0]);
	const end = lineEnd(text, v?.range?.[1] ?? pair.key.range[1]);
	edits.push({ start, end: Math.min(end + 1, text.length), text: '' });
	return true;
}

function apply(text: string, edits: Edit[]): string {
	let out = text;
	for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
	return out;
}

/** The current version of every source (content/data/kilder.yaml). */
function sourceVersions(contentDir: string): Map<string, string> {
	const doc = parseDocument(readFileSync(resolve(contentDir, 'data', 'kilder.yaml'), 'utf8'));
	const list = (doc.toJS() ?? []) as { id?: unknown; version?: unknown }[];
	return new Map(list.filter((s) => typeof s.id === 'string' && typeof s.version === 'string').map((s) => [s.id as string, s.version as string]));
}

export function markReviewed(root: string, contentDir: string, wanted: string, day: string): MarkResult {
	const file = findPage(root, contentDir, wanted);
	const abs = resolve(root, file);
	const whole = readFileSync(abs, 'utf8');
	const match = FRONT_MATTER.exec(whole);
	if (!match) throw new ReviewError(`${file}: filen har ingen forside (front matter) mellem to linjer med "---".`);
	const offset = match[0].indexOf(match[1]);
	const fm = match[1];
	const doc: Document = parseDocument(fm, { keepSourceTokens: false });
	if (doc.errors.length) throw new ReviewError(`${file}: forsiden er ikke gyldig YAML; ret den først (npm run check:content viser hvor).`);
	const top = doc.contents;
	if (!isMap(top)) throw new ReviewError(`${file}: forsiden er ikke en samling felter.`);
	const data = doc.toJS() as { type?: string; sidstGennemgaaet?: unknown; naesteGennemgang?: unknown; kilder?: { kilde?: string; version?: string }[] };

	const edits: Edit[] = [];
	const changes: string[] = [];
	const before = data.sidstGennemgaaet === undefined ? undefined : asText(data.sidstGennemgaaet);
	setIn(fm, top, 'sidstGennemgaaet', day, edits, true);
	changes.push(before ? `sidstGennemgaaet: ${before} → ${day}` : `sidstGennemgaaet: ${day} (ny)`);

	const kilder = top.get('kilder', true);
	if (isSeq(kilder)) {
		const versions = sourceVersions(contentDir);
		kilder.items.forEach((item, i) => {
			if (!isMap(item)) return;
			const id = asText(item.get('kilde'));
			const version = versions.get(id);
			if (!version) throw new ReviewError(`${file}: kilder.${i}.kilde "${id}" findes ikke i content/data/kilder.yaml; ret henvisningen først.`);
			const old = item.get('version');
			if (old === version) return;
			setIn(fm, item, 'version', version, edits);
			changes.push(`kilder.${i} (${id}): version ${old ? `»${asText(old)}« → ` : ''}»${version}«`);
		});
	}
	if (data.naesteGennemgang !== undefined && removeKey(fm, top, 'naesteGennemgang', edits)) {
		changes.push(`naesteGennemgang fjernet: reglen for sidetypen gælder igen${hasReviewCycle(data.type) ? '' : ' (sidetypen har ingen fast gennemgang)'}`);
	}

	const edited = apply(fm, edits);
	// Nothing but the intended fields may have changed: re-read and compare.
	const check = parseDocument(edited);
	if (check.errors.length) throw new ReviewError(`${file}: ændringen ville gøre forsiden ugyldig; filen er ikke ændret.`);
	writeFileSync(abs, whole.slice(0, offset) + edited + whole.slice(offset + fm.length));
	return { file, changes };
}
