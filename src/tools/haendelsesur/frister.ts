// The reporting deadlines after a significant incident, counted from when the municipality became
// aware of it (NIS2 art. 23, stk. 4; NIS 2-loven §§ 12–13) and, for personal data breaches, GDPR art. 33.
import { addCalendarMonth, addHours } from './wall-time.ts';

export type FristId = 'tidlig-varsling' | 'haendelsesunderretning' | 'endelig-rapport' | 'datatilsynet';

export interface Frist {
	id: FristId;
	navn: string;
	instant: Date;
	/** How the deadline was counted, in Danish, shown next to it. */
	regel: string;
	/** The final report is counted from a deadline, not from a sent report, until the user enters one. */
	beregnetFra?: 'frist' | 'indsendt';
}

export interface FristInput {
	/** When the municipality became aware of the incident. */
	opdaget: Date;
	persondata: boolean;
	/** When the incident notification was actually sent, if it has been. */
	underretningSendt?: Date;
}

export function fristerFor(input: FristInput): Frist[] {
	const varsling = addHours(input.opdaget, 24);
	const underretning = addHours(input.opdaget, 72);
	const grundlag = input.underretningSendt ?? underretning;
	const list: Frist[] = [
		{ id: 'tidlig-varsling', navn: 'Tidlig varsling', instant: varsling, regel: '24 timer efter, at kommunen fik kendskab til hændelsen' },
		{ id: 'haendelsesunderretning', navn: 'Hændelsesunderretning', instant: underretning, regel: '72 timer efter, at kommunen fik kendskab til hændelsen' },
		{
			id: 'endelig-rapport',
			navn: 'Endelig rapport',
			instant: addCalendarMonth(grundlag),
			regel: input.underretningSendt
				? 'én kalendermåned efter den indsendte hændelsesunderretning'
				: 'én kalendermåned efter fristen for hændelsesunderretningen (sendes underretningen før, rykkes fristen frem)',
			beregnetFra: input.underretningSendt ? 'indsendt' : 'frist',
		},
	];
	if (input.persondata) {
		list.push({
			id: 'datatilsynet',
			navn: 'Anmeldelse til Datatilsynet',
			instant: addHours(input.opdaget, 72),
			regel: '72 timer efter, at kommunen blev opmærksom på bruddet på persondatasikkerheden',
		});
	}
	return list.sort((a, b) => a.instant.getTime() - b.instant.getTime());
}
