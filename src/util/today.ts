// "Today" as the build and the checks see it, in Copenhagen. NIS2_TODAY (YYYY-MM-DD) fixes it for
// tests and for rebuilding an old edition; SOURCE_DATE_EPOCH (reproducible builds) is used next.
// Review dates are compared with this day, so a fixed value makes the overdue check deterministic.
// One formatter for the whole process: making an Intl.DateTimeFormat costs about a tenth of a
// millisecond, and the build asks for today several times per page (1.0 s of a CPU profile of
// the build at 1,000 pages).
const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

export function today(env: NodeJS.ProcessEnv = process.env): string {
	const fixed = env.NIS2_TODAY?.trim();
	if (fixed) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
			throw new Error(`NIS2_TODAY="${fixed}" er ikke en dato; skriv ÅÅÅÅ-MM-DD, fx NIS2_TODAY=2026-12-01`);
		}
		return fixed;
	}
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	const now = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
	return copenhagenDate.format(now);
}

/** Adds whole months to a YYYY-MM-DD date; the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	first.setUTCDate(Math.min(d, last));
	return first.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
