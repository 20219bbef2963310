// Numbers written the Danish way are read as something else by YAML, silently: "10.000" is ten,
// "700.000" is seven hundred, and inside { } the comma of "0,02" separates fields, so the value
// becomes 0 and "02" a stray key. This looks at the source text of every number field, before the
// schema sees the (already wrong) value, and says what YAML made of it and what to write instead.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { YamlSource } from './yaml-source.ts';
import { lineOf } from './yaml-source.ts';
import type { Problem } from '../problem.ts';

type Path = (string | number)[];

export interface NumberCheck {
	problems: Problem[];
	/** Fields whose schema errors would only repeat these problems in other words. */
	covered: Set<string>;
}

/**
 * `isNumberField(path)` says whether the schema wants a number at a document path; the check only
 * judges such fields, so "under 30.000" in a text field is left alone.
 */
export function checkDanishNumbers(file: string, source: YamlSource, isNumberField: (path: Path) => boolean): NumberCheck {
	const problems: Problem[] = [];
	const covered = new Set<string>();
	const report = (path: Path, message: string, fix: string, alsoCovers: Path[] = []) => {
		problems.push({ file, line: lineOf(source, path), field: path.join('.'), message, fix });
		for (const p of [path, ...alsoCovers]) covered.add(p.join('.'));
	};

	const visit = (node: unknown, path: Path) => {
		if (isMap(node)) {
			node.items.forEach((pair, i) => {
				const key = keyOf(pair);
				if (key === undefined) return;
				if (node.flow && i > 0) flowComma(node.items[i - 1], pair, path, key);
				visit(pair.value, [...path, key]);
			});
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => visit(item, [...path, i]));
		} else if (isScalar(node)) {
			scalar(node, path);
		}
	};

	const scalar = (node: Scalar, path: Path) => {
		if (node.type !== 'PLAIN' || typeof node.source !== 'string') return;
		const raw = node.source.trim();
		const made = madeOf(node.value);
		if (/^[-+]?\.(inf|nan)$/i.test(raw)) {
			report(path, `"${raw}" er ikke et tal, man kan regne med: YAML læser det som ${made}.`, isNumberField(path) ? 'skriv det tal, der menes, med cifre (fx 10000).' : `skriv teksten i anførselstegn ("${raw}"), eller skriv et tal med cifre.`);
			return;
		}
		if (!isNumberField(path)) return;
		const thousands = /^-?[1-9]\d{0,2}(\.\d{3})+$/.exec(raw);
		if (thousands) {
			const meant = raw.replaceAll('.', '');
			// "1.250" may also be a decimal written with a trailing zero; YAML cannot tell, so neither can we.
			const asDecimal = typeof node.value === 'number' ? String(node.value) : undefined;
			report(path, `"${raw}" blev læst som ${made}, fordi YAML bruger punktum som decimaltegn, ikke som tusindtalsseparator.`, `skriv ${meant} (uden punktum mellem tusinderne)${asDecimal ? `; mener du decimaltallet, så skriv ${asDecimal}` : ''}.`);
			return;
		}
		const decimal = /^(-?[1-9]\d{0,2}(?:\.\d{3})+|-?\d+),(\d+)$/.exec(raw);
		if (decimal && /^-?[1-9]\d{0,2}$/.test(decimal[1]) && decimal[2].length === 3) {
			// "10,000": a Danish decimal (ten) or an English thousands comma (ten thousand)?
			report(path, `"${raw}" blev læst som ${made}; det er ikke til at se, om kommaet er decimaltegn eller tusindtalsseparator.`, `skriv ${decimal[1]}${decimal[2]} for et helt tal eller ${String(Number(`${decimal[1]}.${decimal[2]}`))} for et decimaltal.`);
			return;
		}
		if (decimal) {
			const meant = `${decimal[1].replaceAll('.', '')}.${decimal[2]}`;
			report(path, `"${raw}" blev læst som ${made}, fordi YAML kun kender punktum som decimaltegn.`, `skriv ${meant} (decimalpunktum i stedet for komma${decimal[1].includes('.') ? ', og intet punktum mellem tusinderne' : ''}).`);
			return;
		}
		const unit = /^(-?[\d.,]*\d)\s*(kr\.?|kroner|dkk|t\.?|timer?|årsværk|aarsvaerk|%|pct\.?|stk\.?|mio\.?|mia\.?)$/i.exec(raw);
		if (unit) {
			const scale = /^mio/i.test(unit[2]) ? 1e6 : /^mia/i.test(unit[2]) ? 1e9 : 1;
			const number = danishToNumber(unit[1]);
			const meant = number === undefined ? 'kun tallet' : String(Math.round(number * scale * 1e6) / 1e6);
			report(path, `"${raw}" blev læst som ${made}; et tal må ikke have en enhed ("${unit[2]}") efter sig.`, `skriv ${meant} uden enhed; enheden står i feltets beskrivelse.`);
		}
	};

	// `{ engang: 66000, aarsvaerk: 0,02 }`: YAML sees "aarsvaerk: 0" and then a key "02" without a value.
	const flowComma = (previous: Pair, pair: Pair, path: Path, key: string | number) => {
		const prevKey = keyOf(previous);
		const prevValue = previous.value as Node | null;
		const thisKey = pair.key as Scalar | null;
		if (prevKey === undefined || !isScalar(prevValue) || !isScalar(thisKey) || pair.value !== null) return;
		if (prevValue.type !== 'PLAIN' || thisKey.type !== 'PLAIN' || !/^-?\d+$/.test(String(prevValue.source ?? '')) || !/^\d+$/.test(String(thisKey.source ?? ''))) return;
		const between = source.text.slice(prevValue.range![1], thisKey.range![0]);
		if (between !== ',') return;
		const raw = `${prevValue.source},${thisKey.source}`;
		const prevPath = [...path, prevKey];
		report(prevPath, `"${raw}" blev læst som tallet ${String(prevValue.value)} og et ekstra felt "${String(thisKey.source)}", fordi komma adskiller felterne inde i { }.`, `skriv ${prevValue.source}.${thisKey.source} (decimalpunktum i stedet for komma).`, [[...path, key], path]);
	};

	visit(source.doc.contents, []);
	return { problems, covered };
}

function keyOf(pair: unknown): string | number | undefined {
	if (!isPair(pair)) return undefined;
	const key = pair.key;
	if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number')) return key.value;
	return undefined;
}

function madeOf(value: unknown): string {
	if (typeof value === 'number') {
		if (Number.isNaN(value)) return '"ikke et tal" (NaN)';
		if (!Number.isFinite(value)) return 'uendelig';
		return `tallet ${String(value).replace('.', ',')}`;
	}
	return `teksten "${String(value)}"`;
}

/** "1.500,5" → 1500.5, "10000" → 10000; undefined when it is no number. */
function danishToNumber(text: string): number | undefined {
	const normalised = text.includes(',') ? text.replaceAll('.', '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replaceAll('.', '') : text;
	const n = Number(normalised);
	return Number.isFinite(n) ? n : undefined;
}
