// Danish wall-clock time ↔ instants. Deadlines are counted in elapsed hours (24 h is 24 real hours,
// also across a daylight-saving change), but people enter and read times on the Danish clock, so
// every conversion goes through Intl with the Europe/Copenhagen zone rather than the browser's zone.
const ZONE = 'Europe/Copenhagen';

export interface WallTime {
	year: number;
	month: number; // 1–12
	day: number;
	hour: number;
	minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
});

/** The Danish wall-clock time at an instant. */
function wallTimeAt(instant: Date): WallTime {
	const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
	return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

/** Minutes Danish time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutesAt(instant: Date): number {
	const w = wallTimeAt(instant);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
	return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

const sameWall = (a: WallTime, b: WallTime) => a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

export type Resolution =
	| { status: 'ok'; instant: Date }
	/** The hour the clocks are put back happens twice; both instants are given, earliest first. */
	| { status: 'tvetydig'; instant: Date; alternatives: [Date, Date] }
	/** The hour skipped when the clocks go forward does not exist on the Danish clock. */
	| { status: 'findes-ikke' };

/** The instant(s) a Danish wall-clock time denotes. */
export function resolveWallTime(w: WallTime): Resolution {
	const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
	// Danish offsets are +1 h or +2 h; try both and keep those that read back as the same wall time.
	const candidates = [120, 60].map((offset) => new Date(naive - offset * 60000)).filter((instant) => sameWall(wallTimeAt(instant), w));
	if (candidates.length === 0) return { status: 'findes-ikke' };
	if (candidates.length === 1) return { status: 'ok', instant: candidates[0] };
	return { status: 'tvetydig', instant: candidates[0], alternatives: [candidates[0], candidates[1]] };
}

/** Parses "2026-10-24" and "10:00" (as from <input type=date> and <input type=time>). */
export function parseWallTime(date: string, time: string): WallTime | undefined {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
	const t = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time.trim());
	if (!d || !t) return undefined;
	const w = { year: +d[1], month: +d[2], day: +d[3], hour: +t[1], minute: +t[2] };
	const check = new Date(Date.UTC(w.year, w.month - 1, w.day));
	if (check.getUTCMonth() !== w.month - 1 || check.getUTCDate() !== w.day || w.hour > 23 || w.minute > 59) return undefined;
	return w;
}

export type WallCheck = { status: 'ok'; wall: WallTime } | { status: 'tom' } | { status: 'fejl'; fejl: string };

/**
 * Checks what was typed into a date and a time field. `dateInvalid`/`timeInvalid` are the fields'
 * `validity.badInput`: the browser reports a half-typed or impossible entry as an empty value, which
 * must not be mistaken for a field left empty. `what` completes "for …" in the messages.
 */
export function checkWallInput(input: { date: string; time: string; dateInvalid?: boolean; timeInvalid?: boolean }, what: string): WallCheck {
	if (input.dateInvalid) return { status: 'fejl', fejl: `Datoen for ${what} er ikke en gyldig dato. Skriv dag, måned og år helt ud.` };
	if (input.timeInvalid) return { status: 'fejl', fejl: `Klokkeslættet for ${what} er ikke gyldigt. Skriv timer og minutter, fx 14:30.` };
	const date = input.date.trim();
	const time = input.time.trim();
	if (!date && !time) return { status: 'tom' };
	if (!date || !time) return { status: 'fejl', fejl: `Skriv både dato og klokkeslæt for ${what}.` };
	const year = /^\+?(\d+)-\d{2}-\d{2}$/.exec(date)?.[1];
	if (year && (year.length !== 4 || +year < 1900 || +year > 2100))
		return { status: 'fejl', fejl: `Året skal ligge mellem 1900 og 2100 (du skrev ${+year}). Ret datoen for ${what}.` };
	const wall = parseWallTime(date, time);
	if (!wall) return { status: 'fejl', fejl: `Datoen ${date} kl. ${time} findes ikke. Ret datoen eller klokkeslættet for ${what}.` };
	return { status: 'ok', wall };
}

export const addHours = (instant: Date, hours: number) => new Date(instant.getTime() + hours * 3_600_000);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same Danish clock time a calendar month later. A day that the next month lacks (31 January)
 * becomes its last day (28 or 29 February), so the deadline never spills into the month after.
 */
export function addCalendarMonth(instant: Date): Date {
	const w = wallTimeAt(instant);
	const month = w.month === 12 ? 1 : w.month + 1;
	const year = w.month === 12 ? w.year + 1 : w.year;
	const target = { ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) };
	const r = resolveWallTime(target);
	if (r.status !== 'findes-ikke') return r.instant;
	// A clock time inside the hour skipped in spring is moved to the first minute after the change.
	const after = resolveWallTime({ ...target, hour: target.hour + 1, minute: 0 });
	if (after.status === 'findes-ikke') throw new Error('unexpected gap in Danish time');
	return after.instant;
}

const longFormat = new Intl.DateTimeFormat('da-DK', {
	timeZone: ZONE,
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

/** "lørdag den 24. oktober 2026 kl. 10.00 (sommertid)". */
export function formatDanish(instant: Date): string {
	const p = Object.fromEntries(longFormat.formatToParts(instant).map((x) => [x.type, x.value]));
	const season = offsetMinutesAt(instant) === 120 ? 'sommertid' : 'normaltid';
	return `${p.weekday} den ${p.day}. ${p.month} ${p.year} kl. ${p.hour}.${p.minute} (${season})`;
}

/** "2026-10-27 09:00" on the Danish clock, for CSV, tests and data attributes. */
export function formatIsoLocal(instant: Date): string {
	const w = wallTimeAt(instant);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`;
}
