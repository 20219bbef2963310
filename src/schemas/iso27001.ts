// Standards a measure can be mapped to. Valid ids come from the lists themselves, so a section
// that does not exist ("2.9", "13.99.99") is refused, not only a malformed one.
import { ISO_27001_CONTROLS } from '../data/iso27001-annex-a.ts';
import { CIR_REFERENCES } from '../data/cir-2024-2690-annex.ts';
import { knownValue } from './references.ts';

export const iso27001Control = knownValue(
	'iso27001',
	new Set(Object.keys(ISO_27001_CONTROLS)),
	'en kontrol i ISO/IEC 27001:2022 bilag A',
	'gyldige id\'er er 5.1–5.37, 6.1–6.8, 7.1–7.14 og 8.1–8.34 (skriv uden "A.", fx "5.24")',
);

/** A section, sub-section or point of the annex of Commission Implementing Regulation (EU) 2024/2690: "3", "3.2", "11.2.1". */
export const cirSection = knownValue(
	'cir',
	CIR_REFERENCES,
	'et afsnit i bilaget til forordning (EU) 2024/2690',
	'skriv et afsnit, der står i bilaget: "1" til "13", evt. med underafsnit som "3.2" eller punkt som "11.2.1"',
);
