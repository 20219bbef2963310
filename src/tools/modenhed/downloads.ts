// The download buttons other than the JSON export: the CSV, the benchmark file, and the workbook
// and Word council status, whose large libraries load only when asked for, from this site.
import { toCsv } from '../../lib/csv.ts';
import { $, download, h, today } from '../shared/dom.ts';
import type { Katalog } from './katalog.ts';
import { benchmark, udfaldRows } from './opsummering.ts';
import type { Raadsrapport } from './raadsrapport.ts';
import type { Vurdering } from './vurdering.ts';

export function bindDownloads(
	form: HTMLElement,
	katalog: Katalog,
	messageBox: HTMLElement,
	showErrors: (intro: string, fejl: string[]) => void,
	current: () => Vurdering,
	report: () => Raadsrapport,
): void {
	$(form, '#modenhed-eksport-csv').addEventListener('click', () => {
		const vurdering = current();
		download(`modenhedsvurdering-${today()}.csv`, toCsv(udfaldRows(vurdering, katalog, location.origin)), 'text/csv;charset=utf-8');
	});
	$(form, '#modenhed-eksport-benchmark').addEventListener('click', () => {
		const vurdering = current();
		download(`modenhed-benchmark-${today()}.json`, benchmark(vurdering, katalog), 'application/json');
	});
	const lazy = (button: HTMLElement, run: () => Promise<void>) =>
		button.addEventListener('click', () => {
			button.setAttribute('aria-busy', 'true');
			messageBox.replaceChildren(h('p', {}, 'Filen dannes …'));
			void run()
				.then(() => messageBox.replaceChildren(h('p', {}, 'Filen er dannet.')))
				.catch((e: unknown) => showErrors('Filen kunne ikke dannes.', [String((e as Error)?.message ?? e)]))
				.finally(() => button.removeAttribute('aria-busy'));
		});
	lazy($(form, '#modenhed-eksport-xlsx'), async () => {
		const { arbejdsbog } = await import('./eksport-xlsx.ts');
		const vurdering = current();
		download(
			`modenhedsvurdering-${today()}.xlsx`,
			await arbejdsbog(vurdering, katalog, location.origin),
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		);
	});
	lazy($(form, '#modenhed-eksport-docx'), async () => {
		const { raadsrapportDocx } = await import('./raadsrapport-docx.ts');
		download(
			`aarlig-nis2-status-${today()}.docx`,
			await raadsrapportDocx(report(), location.origin),
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		);
	});
}
