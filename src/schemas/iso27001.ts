// Standards a measure can be mapped to. Valid ISO ids come from the control list itself.
import { z } from 'astro/zod';
import { ISO_27001_CONTROLS } from '../data/iso27001-annex-a.ts';

export const isIso27001Control = (id: string): boolean => Object.hasOwn(ISO_27001_CONTROLS, id);

export const iso27001Control = z.string().refine(isIso27001Control, {
	error: (issue) =>
		`"${String(issue.input)}" er ikke en kontrol i ISO/IEC 27001:2022 bilag A; gyldige id'er er 5.1–5.37, 6.1–6.8, 7.1–7.14 og 8.1–8.34 (skriv uden "A.", fx "5.24")`,
});

/** A section of the annex of Commission Implementing Regulation (EU) 2024/2690: "1" to "13", optionally with sub-numbers ("3.2", "11.2.1"). */
export const cirSection = z.string().regex(/^(1[0-3]|[1-9])(\.[1-9][0-9]?){0,2}$/, {
	error: 'skal være et afsnit i bilaget til forordning (EU) 2024/2690: "1" til "13", evt. med underafsnit som "3.2" eller "11.2.1"',
});
