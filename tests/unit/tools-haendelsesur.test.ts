// The incident clock's arithmetic: Danish local time in and out, elapsed hours across daylight-saving
// changes, and calendar months for the final report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCalendarMonth, checkWallInput, formatDanish, formatIsoLocal, parseWallTime, resolveWallTime } from '../../src/tools/haendelsesur/wall-time.ts';
import { fristerFor } from '../../src/tools/haendelsesur/frister.ts';

const at = (date: string, time: string) => {
	const r = resolveWallTime(parseWallTime(date, time)!);
	assert.notEqual(r.status, 'findes-ikke');
	return (r as { instant: Date }).instant;
};
const byId = (list: ReturnType<typeof fristerFor>) => Object.fromEntries(list.map((f) => [f.id, formatIsoLocal(f.instant)]));

test('a summer-time detection is converted with +2 hours', () => {
	assert.equal(at('2026-07-01', '12:00').toISOString(), '2026-07-01T10:00:00.000Z');
	assert.equal(at('2026-01-15', '12:00').toISOString(), '2026-01-15T11:00:00.000Z');
});

test('the 72-hour deadline across the October change is 72 real hours: one hour earlier on the clock', () => {
	const f = byId(fristerFor({ opdaget: at('2026-10-24', '10:00'), persondata: true }));
	assert.equal(f['tidlig-varsling'], '2026-10-25 09:00');
	assert.equal(f.haendelsesunderretning, '2026-10-27 09:00');
	assert.equal(f.datatilsynet, '2026-10-27 09:00');
	// The final report: one calendar month after the notification deadline, same clock time.
	assert.equal(f['endelig-rapport'], '2026-11-27 09:00');
});

test('across the March change the clock shows one hour later', () => {
	const f = byId(fristerFor({ opdaget: at('2026-03-28', '10:00'), persondata: false }));
	assert.equal(f['tidlig-varsling'], '2026-03-29 11:00');
	assert.equal(f.haendelsesunderretning, '2026-03-31 11:00');
	assert.equal(f.datatilsynet, undefined);
});

test('the final report counts from the notification actually sent, if given', () => {
	const f = fristerFor({ opdaget: at('2026-05-04', '08:00'), persondata: false, underretningSendt: at('2026-05-05', '14:30') });
	const endelig = f.find((x) => x.id === 'endelig-rapport')!;
	assert.equal(formatIsoLocal(endelig.instant), '2026-06-05 14:30');
	assert.equal(endelig.beregnetFra, 'indsendt');
});

test('a calendar month clamps to the last day of a shorter month', () => {
	assert.equal(formatIsoLocal(addCalendarMonth(at('2027-01-31', '09:00'))), '2027-02-28 09:00');
	assert.equal(formatIsoLocal(addCalendarMonth(at('2028-01-31', '09:00'))), '2028-02-29 09:00');
	assert.equal(formatIsoLocal(addCalendarMonth(at('2026-12-15', '09:00'))), '2027-01-15 09:00');
});

test('a month landing in the skipped spring hour moves to the first minute after it', () => {
	assert.equal(formatIsoLocal(addCalendarMonth(at('2026-02-28', '02:30'))), '2026-03-28 02:30');
	assert.equal(formatIsoLocal(addCalendarMonth(at('2027-02-28', '02:30'))), '2027-03-28 03:00');
});

test('the skipped hour does not exist and the repeated hour is ambiguous', () => {
	assert.equal(resolveWallTime(parseWallTime('2026-03-29', '02:30')!).status, 'findes-ikke');
	const r = resolveWallTime(parseWallTime('2026-10-25', '02:30')!);
	assert.equal(r.status, 'tvetydig');
	if (r.status === 'tvetydig') {
		assert.equal(r.alternatives[0].toISOString(), '2026-10-25T00:30:00.000Z');
		assert.equal(r.alternatives[1].toISOString(), '2026-10-25T01:30:00.000Z');
	}
});

test('invalid input is rejected', () => {
	assert.equal(parseWallTime('2026-02-30', '10:00'), undefined);
	assert.equal(parseWallTime('2026-10-24', '24:00'), undefined);
	assert.equal(parseWallTime('24-10-2026', '10:00'), undefined);
});

test('times are written the Danish way with the season', () => {
	assert.equal(formatDanish(at('2026-10-27', '09:00')), 'tirsdag den 27. oktober 2026 kl. 09.00 (normaltid)');
	assert.equal(formatDanish(at('2026-10-24', '10:00')), 'lørdag den 24. oktober 2026 kl. 10.00 (sommertid)');
});

test('what was typed gets the right message: empty, half-filled, invalid, or a year outside 1900–2100', () => {
	const what = 'hvornår kommunen fik kendskab til hændelsen';
	assert.deepEqual(checkWallInput({ date: '', time: '' }, what), { status: 'tom' });
	assert.deepEqual(checkWallInput({ date: '2026-10-24', time: '10:00' }, what), {
		status: 'ok',
		wall: { year: 2026, month: 10, day: 24, hour: 10, minute: 0 },
	});
	const fejl = (input: Parameters<typeof checkWallInput>[0], pattern: RegExp) => {
		const r = checkWallInput(input, what);
		assert.equal(r.status, 'fejl', JSON.stringify(input));
		if (r.status === 'fejl') assert.match(r.fejl, pattern);
	};
	fejl({ date: '2026-10-24', time: '' }, /Skriv både dato og klokkeslæt for hvornår/);
	fejl({ date: '20266-10-24', time: '10:00' }, /Året skal ligge mellem 1900 og 2100 \(du skrev 20266\)/);
	fejl({ date: '1899-12-31', time: '10:00' }, /du skrev 1899/);
	fejl({ date: '2101-01-01', time: '10:00' }, /du skrev 2101/);
	fejl({ date: '', time: '10:00', dateInvalid: true }, /Datoen for hvornår .* er ikke en gyldig dato/);
	fejl({ date: '2026-10-24', time: '', timeInvalid: true }, /Klokkeslættet for hvornår .* er ikke gyldigt/);
	fejl({ date: '2026-02-30', time: '10:00' }, /2026-02-30 kl\. 10:00 findes ikke/);
	assert.equal(checkWallInput({ date: '1900-01-01', time: '00:00' }, what).status, 'ok');
	assert.equal(checkWallInput({ date: '2100-12-31', time: '23:59' }, what).status, 'ok');
});
