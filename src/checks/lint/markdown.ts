// `npm run lint:markdown`: Markdown style of the .md pages with markdownlint-cli2 and the rules in
// .markdownlint-cli2.yaml. The tool's English rule texts are replaced by Danish ones an editor can act on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { main } from 'markdownlint-cli2';
import type { Problem } from '../problem.ts';
import { contentFiles, shown } from '../content-files.ts';
import type { LintRun } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

interface LintError {
	fileName: string;
	lineNumber: number;
	ruleNames: string[];
	ruleDescription: string;
	errorDetail: string | null;
	errorContext: string | null;
}

/** Danish wording for the rules editors actually trip; the rest fall back to the rule's own text. */
const DANISH: Record<string, [string, string]> = {
	MD001: ['overskrifterne springer et niveau over', 'gå kun ét niveau ned ad gangen: ## efterfulgt af ###, ikke ####.'],
	MD003: ['overskriften er skrevet i en anden stil end de andre', 'skriv overskrifter med # foran (fx "## Baggrund").'],
	MD004: ['punktlisten bruger et andet tegn end "-"', 'begynd hvert punkt med "- ".'],
	MD005: ['punkterne i listen er ikke rykket lige langt ind', 'ryk punkter på samme niveau lige langt ind.'],
	MD007: ['punktet er rykket forkert ind', 'ryk underpunkter to mellemrum ind.'],
	MD009: ['linjen slutter med mellemrum', 'slet mellemrummene til sidst på linjen.'],
	MD010: ['linjen indeholder tabulatortegn', 'brug mellemrum i stedet for tabulator.'],
	MD011: ['linket er skrevet omvendt: (tekst)[adresse]', 'skriv [tekst](adresse).'],
	MD012: ['der er flere tomme linjer i træk', 'brug én tom linje mellem afsnit.'],
	MD018: ['der mangler mellemrum efter # i overskriften', 'skriv "## Overskrift" med mellemrum efter #.'],
	MD019: ['der er flere mellemrum efter # i overskriften', 'skriv ét mellemrum efter #.'],
	MD022: ['overskriften skal have en tom linje før og efter', 'indsæt en tom linje før og efter overskriften.'],
	MD023: ['overskriften skal stå helt ude i venstre side', 'fjern mellemrum før #.'],
	MD024: ['to overskrifter på samme niveau har samme tekst', 'giv overskrifterne forskellig tekst, så de kan linkes til hver for sig.'],
	MD025: ['siden har mere end én overskrift på øverste niveau', 'titlen i forsiden (title:) er sidens eneste #-overskrift; brug ## i teksten.'],
	MD026: ['overskriften slutter med et tegn som punktum eller kolon', 'fjern tegnet til sidst i overskriften.'],
	MD027: ['der er flere mellemrum efter > i citatet', 'skriv ét mellemrum efter >.'],
	MD028: ['der er en tom linje inde i citatet', 'skriv > på den tomme linje, eller del det i to citater.'],
	MD029: ['nummereringen i listen er forkert', 'nummerér 1., 2., 3. …'],
	MD030: ['forkert antal mellemrum efter listetegnet', 'skriv ét mellemrum efter "-" eller "1.".'],
	MD031: ['kodeblokken skal have en tom linje før og efter', 'indsæt en tom linje før og efter ```.'],
	MD032: ['listen skal have en tom linje før og efter', 'indsæt en tom linje før og efter listen.'],
	MD033: ['siden indeholder HTML', 'skriv det i Markdown, eller gør siden til .mdx og brug en komponent (se /bidrag/skrivevejledning/).'],
	MD034: ['adressen står uden link-markering', 'skriv [beskrivende tekst](https://…) eller <https://…>.'],
	MD035: ['vandrette streger er skrevet forskelligt', 'skriv vandrette streger som ---.'],
	MD037: ['der er mellemrum inden for fremhævningen', 'skriv _ord_ eller **ord** uden mellemrum inden for tegnene.'],
	MD038: ['der er mellemrum inden for kode-markeringen', 'skriv `kode` uden mellemrum inden for tegnene.'],
	MD039: ['der er mellemrum inden for linkteksten', 'skriv [tekst](adresse) uden mellemrum inden for klammerne.'],
	MD040: ['kodeblokken mangler et sprog', 'skriv sproget efter ```, fx ```yaml eller ```text.'],
	MD042: ['linket har ingen adresse', 'udfyld adressen i (…) eller fjern linket.'],
	MD045: ['billedet mangler en alternativ tekst', 'beskriv billedet i ![…](…), så skærmlæsere kan læse det op.'],
	MD046: ['kodeblokken er rykket ind i stedet for at stå mellem ```', 'sæt ``` før og efter koden.'],
	MD047: ['filen slutter ikke med et linjeskift', 'tilføj en tom linje til sidst i filen.'],
	MD049: ['kursiv er skrevet på en anden måde end tidligere på siden (* og _ blandet)', 'skriv al kursiv på siden ens, fx _ord_.'],
	MD050: ['fed er skrevet på en anden måde end tidligere på siden (** og __ blandet)', 'skriv al fed på siden ens, fx **ord**.'],
	MD051: ['linket peger på et afsnit (#…), som ikke findes på siden', 'ret ankeret, så det svarer til en overskrift (små bogstaver, bindestreger).'],
	MD055: ['tabellens rækker er skrevet forskelligt', 'begynd og slut alle rækker med |.'],
	MD056: ['en tabelrække har et andet antal kolonner end overskriften', 'giv alle rækker lige mange celler.'],
	MD058: ['tabellen skal have en tom linje før og efter', 'indsæt en tom linje før og efter tabellen.'],
};

export async function checkMarkdown(root = ROOT, contentDir = resolve(root, 'content')): Promise<LintRun> {
	const files = contentFiles(contentDir, ['.md']);
	const errors: LintError[] = [];
	const logged: string[] = [];
	await main({
		directory: root,
		argv: files.length ? files : [],
		noGlobs: true,
		optionsOverride: {
			// Passed explicitly: markdownlint-cli2 looks for its config only above each file, and test
			// fixtures live in a temporary folder outside the repository.
			config: (parse(readFileSync(resolve(ROOT, '.markdownlint-cli2.yaml'), 'utf8')) as { config: object }).config,
			outputFormatters: [[(options: { results: LintError[] }) => void errors.push(...options.results)]],
		},
		logMessage: () => {
			// markdownlint-cli2's banner and progress lines are not wanted: only the Danish messages.
		},
		logError: (message: string) => void logged.push(message),
	});
	const problems: Problem[] = errors.map((e) => {
		const rule = e.ruleNames[0];
		const [message, fix] = DANISH[rule] ?? [
			`reglen ${e.ruleNames.join('/')} er ikke overholdt (${e.ruleDescription})`,
			'se reglen i .markdownlint-cli2.yaml og ret teksten.',
		];
		const detail = e.errorContext ? `: "${e.errorContext}"` : '';
		return { file: shown(root, resolve(root, e.fileName)), line: e.lineNumber, field: '', message: `${message}${detail} [${rule}].`, fix };
	});
	for (const message of logged)
		problems.push({
			file: '.markdownlint-cli2.yaml',
			line: 1,
			field: '',
			message: `Markdown-kontrollen kunne ikke køre: ${message}`,
			fix: 'tjek opsætningen i .markdownlint-cli2.yaml.',
		});
	return { name: 'Markdown-stil', problems, filesChecked: files.length };
}
