// The measures catalogue as a NIST OSCAL 1.1 catalog, for import into GRC tools. Pure: the endpoint
// in src/pages/data/ feeds it the collection; the test reads the built file.
import { createHash } from 'node:crypto';
import type { Foranstaltning } from '../schemas/foranstaltning.ts';
import type { Krav } from '../schemas/krav.ts';
import { SIZE_CLASSES } from '../schemas/common.ts';
import { ISO_27001_CONTROLS } from '../data/iso27001-annex-a.ts';
import { EVIDENS_LEVELS } from './labels.ts';

const OSCAL_VERSION = '1.1.2';
/** Namespace for our own prop names, so GRC tools can tell them from NIST's. */
const PROP_NS = 'urn:nis2-drejebogen:oscal';
/** Fixed namespace for name-based UUIDs: the same catalogue gets the same UUID on every build. */
const UUID_NAMESPACE = '0d7a4e52-7a3c-4f0e-9b59-5c1f6a2e8d41';

/** A name-based UUID (version 5, SHA-1) as in RFC 9562. */
export function uuidV5(name: string, namespace = UUID_NAMESPACE): string {
	const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
	const bytes = createHash('sha1')
		.update(Buffer.concat([ns, Buffer.from(name, 'utf8')]))
		.digest()
		.subarray(0, 16);
	bytes[6] = (bytes[6] & 0x0f) | 0x50;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Prop {
	name: string;
	value: string;
	ns?: string;
	class?: string;
}
interface Part {
	id?: string;
	name: string;
	ns?: string;
	class?: string;
	title?: string;
	props?: Prop[];
	links?: Link[];
	prose?: string;
	parts?: Part[];
}
interface Link {
	href: string;
	rel?: string;
	text?: string;
}
interface OscalControl {
	id: string;
	class: string;
	title: string;
	props: Prop[];
	links: Link[];
	parts: Part[];
}
interface OscalGroup {
	id: string;
	class: string;
	title: string;
	props: Prop[];
	parts: Part[];
	controls?: OscalControl[];
}
export interface OscalCatalog {
	catalog: {
		uuid: string;
		metadata: { title: string; 'last-modified': string; version: string; 'oscal-version': string; props: Prop[]; remarks: string };
		groups: OscalGroup[];
	};
}

export interface MeasureInput {
	/** Starlight adds title and description to every page's data. */
	data: Foranstaltning & { title: string; description?: string };
	body: string;
	url: string;
}
export interface KravInput {
	data: Krav & { title: string };
	url: string;
}

/** The page body split into its "## " sections, as plain text suitable for OSCAL prose (Markdown). */
function bodySections(body: string): Map<string, string> {
	const sections = new Map<string, string>();
	const text = body
		.replace(/^import .*$/gm, '')
		.replace(/^:::(\w+)\[([^\]]*)\]\s*$/gm, '**$2:**')
		.replace(/^:::\s*$/gm, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
	for (const chunk of text.split(/^## /m).slice(1)) {
		const newline = chunk.indexOf('\n');
		sections.set(
			chunk.slice(0, newline).trim(),
			chunk
				.slice(newline + 1)
				.replace(/\n{3,}/g, '\n\n')
				.trim(),
		);
	}
	return sections;
}

const own = (name: string, value: string | number, cls?: string): Prop => ({ name, value: String(value), ns: PROP_NS, ...(cls ? { class: cls } : {}) });

function control(m: MeasureInput): OscalControl {
	const d = m.data;
	const id = d.id;
	const sections = bodySections(m.body);
	const guidance: Part[] = ['Godt nok i en lille kommune', 'Godt nok i en stor kommune', 'Fælles løsninger']
		.filter((t) => sections.has(t))
		.map((t, i) => ({ id: `${id}_gdn.${i + 1}`, name: 'item', title: t, prose: sections.get(t)! }));
	const props: Prop[] = [
		{ name: 'label', value: id.toUpperCase() },
		own('niveau', d.niveau),
		...d.krav.map((k) => own('krav', k)),
		...d.iso27001.map((c) => own('iso27001-2022', c, ISO_27001_CONTROLS[c] ? 'annex-a' : undefined)),
		...d.cir.map((c) => own('cir-2024-2690', c)),
		...d.faellesInfrastruktur.map((f) => own('faelles-infrastruktur', f)),
		...d.afhaengerAf.map((f) => own('afhaenger-af', f)),
		...SIZE_CLASSES.flatMap((s) => [
			own(`engang-${s}`, d.omkostninger[s].engang, 'skoen-kr'),
			own(`aarlig-${s}`, d.omkostninger[s].aarlig, 'skoen-kr'),
			own(`aarsvaerk-${s}`, d.omkostninger[s].aarsvaerk, 'skoen-aarsvaerk'),
		]),
		own('omkostninger-antagelser', d.omkostninger.antagelser),
	];
	return {
		id,
		class: 'foranstaltning',
		title: d.title,
		props,
		links: [
			{ href: m.url, rel: 'alternate', text: 'Foranstaltningen på NIS2-drejebogen' },
			...d.krav.slice(1).map((k) => ({ href: `#${k}`, rel: 'related' })),
		],
		parts: [
			{ id: `${id}_smt`, name: 'statement', prose: sections.get('Hvad og hvorfor') ?? d.description ?? d.title },
			{ id: `${id}_gdn`, name: 'guidance', prose: d.description ?? d.title, parts: guidance },
			{
				id: `${id}_evd`,
				name: 'evidence',
				ns: PROP_NS,
				title: 'Evidens til tilsynet',
				prose: 'Eksempler på dokumentation på tre niveauer: at foranstaltningen er fastlagt og besluttet, at den findes i drift, og at den virker.',
				// One sub-part per level, named by the front-matter key, so a GRC tool can map each level to its own evidence type.
				parts: EVIDENS_LEVELS.map((level) => ({
					id: `${id}_evd.${level.key}`,
					name: level.key,
					ns: PROP_NS,
					title: `${level.label}: ${level.question}`,
					prose: d.evidens[level.key].map((e) => `- ${e}`).join('\n'),
				})),
			},
		],
	};
}

const GRADES = [
	['ikkeOpfyldt', 'ikke-opfyldt', 'Ikke opfyldt'],
	['delvistOpfyldt', 'delvist-opfyldt', 'Delvist opfyldt'],
	['opfyldt', 'opfyldt', 'Opfyldt'],
] as const;

/**
 * A requirement's graded outcomes as OSCAL "assessment-objective" parts of its group, one per
 * outcome, with the indicators for each grade as sub-parts in our namespace. Ids ("k-20_obj.u1")
 * are derived from the requirement and outcome ids, so they stay stable between builds.
 */
function outcomeParts(k: KravInput, measureIds: ReadonlySet<string>): Part[] {
	return k.data.udfald.map((u) => {
		const id = `${k.data.id}_obj.${u.id}`;
		return {
			id,
			name: 'assessment-objective',
			title: u.titel,
			props: [
				{ name: 'label', value: `${k.data.id}:${u.id}` },
				...u.cir.map((c) => own('cir-2024-2690', c)),
				...u.foranstaltninger.map((f) => own('foranstaltning', f)),
			],
			links: u.foranstaltninger.filter((f) => measureIds.has(f)).map((f) => ({ href: `#${f}`, rel: 'related' })),
			prose: u.beskrivelse,
			parts: GRADES.map(([field, grade, label]) => ({
				id: `${id}.${grade}`,
				name: 'indikatorer',
				ns: PROP_NS,
				class: grade,
				title: label,
				prose: u.indikatorer[field].map((t) => `- ${t}`).join('\n'),
			})),
		};
	});
}

/** Groups per requirement (in the site's order); each measure sits in the group of its first requirement. */
export function buildCatalog(input: {
	measures: MeasureInput[];
	krav: KravInput[];
	lastModified: string;
	version: string;
	modelVersion: string;
}): OscalCatalog {
	const used = new Set(input.measures.flatMap((m) => m.data.krav));
	const measureIds = new Set(input.measures.map((m) => m.data.id));
	const groups: OscalGroup[] = input.krav
		.filter((k) => used.has(k.data.id) || k.data.udfald.length > 0)
		.map((k) => {
			const controls = input.measures.filter((m) => m.data.krav[0] === k.data.id).map(control);
			return {
				id: k.data.id,
				class: 'krav',
				title: k.data.title,
				props: [{ name: 'label', value: k.data.id }, ...k.data.kilder.map((c) => own('kilde', `${c.kilde}: ${c.henvisning}`))],
				parts: [{ id: `${k.data.id}_ovw`, name: 'overview', prose: k.data.resume }, ...outcomeParts(k, measureIds)],
				...(controls.length ? { controls } : {}),
			};
		});
	return {
		catalog: {
			uuid: uuidV5('nis2-drejebogen/foranstaltningskatalog'),
			metadata: {
				title: 'NIS2-drejebogen: katalog over foranstaltninger for kommuner',
				'last-modified': input.lastModified,
				version: input.version,
				'oscal-version': OSCAL_VERSION,
				props: [own('omkostningsmodel-version', input.modelVersion)],
				remarks:
					'Foranstaltningerne er grupperet efter det krav, de først og fremmest opfylder; øvrige krav står som props og links. Kravets graduerede udfald står som dele af typen assessment-objective med kendetegn for ikke opfyldt, delvist opfyldt og opfyldt. Omkostninger er redaktionens skøn (kr. og årsværk pr. kommunestørrelse), ikke faktiske tal. Koblingen til ISO/IEC 27001:2022 er vejledende og ikke officiel.',
			},
			groups,
		},
	};
}
