// Which of a page's sources changed after the page was reviewed. A citation pinned to a version
// (`version`, written by `npm run review -- --mark-reviewed`) is stale when content/data/kilder.yaml
// names another version. A citation not pinned yet is stale when the source is dated after the
// page's last review: the reviewer cannot have read it. Shared by the page notice, the status
// page, `npm run review` and the content check.

export interface CitedSource {
	kilde: string;
	version?: string;
}

export interface SourceInfo {
	id: string;
	kortTitel: string;
	version: string;
	dato: string;
}

export interface SourceChange {
	kilde: string;
	kortTitel: string;
	/** The version the page was reviewed against; undefined when the citation was never pinned. */
	oldVersion?: string;
	newVersion: string;
	/** The source's date in kilder.yaml (the new version's date). */
	dato: string;
}

export function sourceChanges(citations: readonly CitedSource[], sources: readonly SourceInfo[], reviewed?: string): SourceChange[] {
	const byId = new Map(sources.map((s) => [s.id, s]));
	const changes: SourceChange[] = [];
	for (const id of [...new Set(citations.map((c) => c.kilde))]) {
		const source = byId.get(id);
		if (!source) continue; // an unknown source is the reference check's problem, not this one's
		const pinned = [...new Set(citations.filter((c) => c.kilde === id && c.version).map((c) => c.version!))];
		const stalePin = pinned.find((v) => v !== source.version);
		const unpinnedAndNewer = pinned.length === 0 && reviewed !== undefined && source.dato > reviewed;
		if (stalePin !== undefined || unpinnedAndNewer) {
			changes.push({ kilde: id, kortTitel: source.kortTitel, oldVersion: stalePin, newVersion: source.version, dato: source.dato });
		}
	}
	return changes;
}

/** One Danish line per change, as the notice, the status page and the review command say it. */
export function describeSourceChange(c: SourceChange, formatDate: (iso: string) => string): string {
	const from = c.oldVersion ? `fra »${c.oldVersion}«` : 'fra den version, siden blev gennemgået mod,';
	return `${c.kortTitel} er ændret ${from} til »${c.newVersion}« (${formatDate(c.dato)})`;
}
