// `npm run release`: publishes a new content edition. Checks the content, adds the next edition to
// content/data/udgaver.yaml (year.month and a running number within the month, e.g. 2026.12-2) and
// prints "Væsentlige ændringer siden udgave X" as Markdown for the release announcement. The notes
// themselves stay in the pages' front matter (one home); the change page derives the same list.
// "Today" is NIS2_TODAY when set (src/util/today.ts). Commit the changed udgaver.yaml afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { checkContent, formatReport } from '../../src/checks/content/index.ts';
import { formatDate } from '../../src/lib/format.ts';
import { today } from '../../src/util/today.ts';
import { asText } from '../review/as-text.ts';

export interface Edition {
	udgave: string;
	dato: string;
}

/** The edition after `current` on `day`: the next running number in the same month, else number 1. */
export function nextEdition(current: Edition | undefined, day: string): Edition {
	const month = `${day.slice(0, 4)}.${day.slice(5, 7)}`;
	const m = current ? /^(\d{4}\.\d{2})-(\d+)$/.exec(current.udgave) : null;
	const n = m?.[1] === month ? Number(m[2]) + 1 : 1;
	return { udgave: `${month}-${n}`, dato: day };
}

export interface Release {
	previous?: Edition;
	next: Edition;
	notes: { dato: string; title: string; file: string; tekst: string }[];
	markdown: string;
}

export class ReleaseError extends Error {}

export function release(root: string, contentDir: string, day: string, write = true): Release {
	const { problems, content } = checkContent(root, contentDir, day);
	if (problems.length) throw new ReleaseError(`Der kan ikke udgives, før indholdet er i orden.\n\n${formatReport(problems)}`);
	const file = resolve(contentDir, 'data', 'udgaver.yaml');
	const doc = parseDocument(readFileSync(file, 'utf8'));
	const list = (doc.toJS() ?? []) as Edition[];
	const previous = list[0] ? { udgave: String(list[0].udgave), dato: String(list[0].dato) } : undefined;
	if (previous && day < previous.dato)
		throw new ReleaseError(`Dagens dato (${day}) ligger før den seneste udgave ${previous.udgave} (${previous.dato}); tjek NIS2_TODAY.`);
	const next = nextEdition(previous, day);

	const notes = content.pages
		.flatMap((p) => {
			const data = p.data as { title?: string; aendringer?: { dato: string; type: string; tekst: string }[] };
			const title = asText((p.page.frontmatter.data as { title?: unknown }).title, p.page.file);
			return (data.aendringer ?? [])
				.filter((a) => a.type === 'vaesentlig' && (!previous || a.dato > previous.dato))
				.map((a) => ({ dato: a.dato, title, file: p.page.file, tekst: a.tekst }));
		})
		.sort((a, b) => b.dato.localeCompare(a.dato) || a.file.localeCompare(b.file));

	const heading = previous ? `## Væsentlige ændringer siden udgave ${previous.udgave}` : '## Væsentlige ændringer';
	const markdown = [
		`# Udgave ${next.udgave} (${formatDate(next.dato)})`,
		'',
		heading,
		'',
		...(notes.length
			? notes.map((n) => `- ${formatDate(n.dato)}: **${n.title}** – ${n.tekst}`)
			: ['Ingen væsentlige ændringer; udgaven samler mindre rettelser.']),
		'',
	].join('\n');

	if (write) {
		if (!isSeq(doc.contents)) throw new ReleaseError(`${file} skal være en liste af udgaver.`);
		// The Document API keeps the file's comments; the new edition goes first (newest first).
		const node = doc.createNode(next);
		// A comment above the list is attached to its first entry; it belongs above the new first entry.
		const first = doc.contents.items[0] as { commentBefore?: string | null } | undefined;
		if (first?.commentBefore) {
			node.commentBefore = first.commentBefore;
			first.commentBefore = undefined;
		}
		// A created node is not a parsed one in the yaml types, but the list takes either when it is written.
		(doc.contents.items as unknown[]).unshift(node);
		writeFileSync(file, doc.toString({ lineWidth: 0 }));
	}
	return { previous, next, notes, markdown };
}

if (import.meta.main) {
	const root = process.env.REVIEW_ROOT ?? resolve(import.meta.dirname, '../..');
	const contentDir = resolve(root, process.env.NIS2_CONTENT_DIR ?? 'content');
	try {
		const dryRun = process.argv.includes('--dry-run');
		const r = release(root, contentDir, today(), !dryRun);
		console.log(r.markdown);
		console.error(
			dryRun
				? `Prøvekørsel: udgave ${r.next.udgave} er ikke skrevet.`
				: `content/data/udgaver.yaml: udgave ${r.next.udgave} tilføjet${r.previous ? ` efter ${r.previous.udgave}` : ''}. Commit filen, og byg sitet og PDF'erne.`,
		);
	} catch (error) {
		if (!(error instanceof ReleaseError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
	}
}
