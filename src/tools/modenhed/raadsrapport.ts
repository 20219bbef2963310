// "Årlig NIS2-status til kommunalbestyrelsen": the council report as data, in plain Danish. The
// print view of the tool page and the Word document are both rendered from this one model, so the
// two never say different things.
import type { CostTotals } from '../../lib/costs.ts';
import type { SizeClass } from '../../schemas/size-classes.ts';
import { handlinger, ikkeVurderede, karakterNavn, lukning, perKrav, samlet, type Handling, type KravOpsummering, type Samlet } from './opsummering.ts';
import type { Katalog } from './katalog.ts';
import type { Vurdering } from './vurdering.ts';

const RAPPORT_TITEL = 'Årlig NIS2-status til kommunalbestyrelsen';
/** How many gaps the one-page summary names; the rest are in the action list. */
const TOP_GAPS = 5;

const kr = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const fte = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const formatKr = (n: number) => `${kr.format(n)} kr.`;
const costSentence = (t: CostTotals) => `${formatKr(t.engang)} én gang og ${formatKr(t.aarlig)} om året samt ${fte.format(t.aarsvaerk)} årsværk`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface Raadsrapport {
	titel: string;
	/** "Katalogudgave 2026.12-1 af 1. december 2026 · katalogversion 52-…" (the content edition, content/data/udgaver.yaml). */
	udgave: string;
	dato: string;
	resume: string[];
	krav: KravOpsummering[];
	samlet: Samlet;
	huller: Handling[];
	omkostninger: { tekst: string; stoerrelse: SizeClass | ''; total?: CostTotals; foranstaltninger: number };
	beslutninger: string[];
	handlinger: Handling[];
	ikkeVurderet: { kravId: string; key: string; titel: string }[];
}

export function raadsrapport(v: Vurdering, katalog: Katalog, klasseNavn: (s: SizeClass) => string, now = new Date()): Raadsrapport {
	const rows = perKrav(v, katalog);
	const total = samlet(rows);
	const actions = handlinger(v, katalog);
	const closing = lukning(actions, katalog);
	const unassessed = ikkeVurderede(v, katalog);
	const maal = karakterNavn(v.maalniveau).toLowerCase();
	const dato = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' }).format(now);

	const resume: string[] = [];
	resume.push(
		total.vurderet === 0
			? `Kommunen har endnu ikke vurderet nogen af de ${total.udfald} udfald, som NIS2-drejebogen beskriver for kernekravene. Statussen kan derfor ikke sige, hvor kommunen står.`
			: `Kommunen har vurderet ${total.vurderet} af ${total.udfald} udfald for de ${rows.length} kernekrav. ${plural(total.karakterer.opfyldt, 'udfald er', 'udfald er')} opfyldt, ${total.karakterer['delvist-opfyldt']} delvist opfyldt og ${total.karakterer['ikke-opfyldt']} ikke opfyldt.`,
	);
	if (total.vurderet > 0)
		resume.push(
			total.underMaal === 0
				? `Alle vurderede udfald når målniveauet (${maal}).`
				: `${plural(total.underMaal, 'udfald ligger', 'udfald ligger')} under målniveauet (${maal}) og skal lukkes.`,
		);
	if (total.ikkeVurderet > 0)
		resume.push(
			`${plural(total.ikkeVurderet, 'udfald er', 'udfald er')} ikke vurderet. De tælles ikke som under målniveau, men kommunen ved ikke, om de er opfyldt.`,
		);

	let omkostningTekst: string;
	let chosen: CostTotals | undefined;
	if (closing.foranstaltninger.length === 0)
		omkostningTekst =
			total.underMaal === 0
				? 'Der er ingen huller at lukke blandt de vurderede udfald.'
				: 'De foranstaltninger, der tjener udfaldene under målniveau, er alle registreret som implementeret; hullerne lukkes ved at dokumentere og afprøve dem, ikke ved nye indkøb.';
	else if (v.stoerrelse) {
		chosen = closing.total[v.stoerrelse];
		omkostningTekst = `At gennemføre de ${closing.foranstaltninger.length} foranstaltninger, der mangler for at lukke hullerne, koster efter drejebogens omkostningsmodel for en ${klasseNavn(v.stoerrelse).toLowerCase()} skønsmæssigt ${costSentence(chosen)}. Det er skøn, ikke tilbud.`;
	} else {
		const t = closing.total;
		omkostningTekst = `At gennemføre de ${closing.foranstaltninger.length} foranstaltninger, der mangler for at lukke hullerne, koster efter drejebogens omkostningsmodel skønsmæssigt fra ${formatKr(t.lille.engang)} (lille kommune) til ${formatKr(t.stor.engang)} (stor kommune) én gang og fra ${formatKr(t.lille.aarlig)} til ${formatKr(t.stor.aarlig)} om året. Vælg kommunens størrelse i værktøjet for ét tal.`;
	}

	const beslutninger: string[] = ['At tage den årlige status for kommunens arbejde med NIS2 til efterretning.'];
	beslutninger.push(
		`At fastholde målniveauet »${karakterNavn(v.maalniveau)}« for alle udfald${v.maalniveau === 'opfyldt' ? '' : ', eller at hæve det til »Opfyldt«'}.`,
	);
	if (actions.length > 0) {
		const money = chosen
			? ` og at afsætte skønsmæssigt ${formatKr(chosen.engang)} én gang og ${formatKr(chosen.aarlig)} om året i budgettet`
			: closing.foranstaltninger.length
				? ' og at bede administrationen om et budgetforslag ud fra skønnet ovenfor'
				: '';
		beslutninger.push(`At godkende handlingslisten med ${plural(actions.length, 'hul', 'huller')}${money}.`);
	}
	if (unassessed.length > 0)
		beslutninger.push(`At bede administrationen om at vurdere de ${plural(unassessed.length, 'udfald', 'udfald')}, der mangler, inden næste status.`);
	beslutninger.push('At få en ny status om et år, eller før, hvis der sker væsentlige hændelser eller ændringer.');

	return {
		titel: RAPPORT_TITEL,
		udgave: `Katalogudgave ${katalog.udgave} af ${katalog.dato} · katalogversion ${katalog.version}`,
		dato,
		resume,
		krav: rows,
		samlet: total,
		huller: actions.slice(0, TOP_GAPS),
		omkostninger: { tekst: omkostningTekst, stoerrelse: v.stoerrelse, total: chosen, foranstaltninger: closing.foranstaltninger.length },
		beslutninger,
		handlinger: actions,
		ikkeVurderet: unassessed.map(({ krav, udfald }) => ({ kravId: krav.id, key: udfald.key, titel: udfald.titel })),
	};
}
