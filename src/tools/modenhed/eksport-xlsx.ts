// The assessment as an Excel workbook (ExcelJS): one sheet each for the outcomes, the measures and the
// action list, with Danish headers, a frozen header row, auto filters and column widths. Loaded only
// when the user asks for the file (the library is several hundred kilobytes).
import ExcelJS from 'exceljs';
import type { ExportRow } from '../../lib/exports.ts';
import type { Katalog } from './katalog.ts';
import { foranstaltningRows, handlinger, handlingRows, udfaldRows } from './opsummering.ts';
import type { Vurdering } from './vurdering.ts';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

// The rows (opsummering.ts) are flat: text, numbers, yes/no and lists of text. Anything nested would
// be a mistake there, and shows as JSON rather than "[object Object]".
const cell = (v: ExportRow[string]): string | number => {
	if (Array.isArray(v)) return v.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n');
	if (typeof v === 'number') return v;
	if (v === null || v === undefined) return '';
	return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

function sheet(book: ExcelJS.Workbook, name: string, rows: ExportRow[], headers: string[]): void {
	const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.columns = headers.map((header) => {
		const longest = Math.max(
			header.length,
			...rows.map((r) =>
				Math.max(
					...String(cell(r[header]))
						.split('\n')
						.map((line) => line.length),
				),
			),
		);
		return { header, key: header, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
	});
	for (const r of rows) ws.addRow(Object.fromEntries(headers.map((h) => [h, cell(r[h])])));
	ws.getRow(1).font = { bold: true };
	ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: headers.length } };
	ws.eachRow((row, i) => {
		if (i > 1) row.alignment = { vertical: 'top', wrapText: true };
	});
}

/** Column names of a sheet: the keys of its rows, in order (a sheet with no rows still gets its headers). */
const headersOf = (rows: ExportRow[], fallback: ExportRow[]) => Object.keys(rows[0] ?? fallback[0] ?? {});

export async function arbejdsbog(v: Vurdering, katalog: Katalog, origin = ''): Promise<ArrayBuffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'NIS2-drejebogen';
	book.title = 'Modenhedsvurdering';
	book.created = new Date(v.opdateret);
	const outcomes = udfaldRows(v, katalog, origin);
	const measures = foranstaltningRows(v, katalog, origin);
	const actions = handlingRows(handlinger(v, katalog), origin);
	sheet(book, 'Udfald', outcomes, headersOf(outcomes, []));
	sheet(book, 'Foranstaltninger', measures, headersOf(measures, []));
	const actionHeaders = ['Prioritet', 'Udfald', 'Krav', 'Titel', 'Vurdering', 'Ejer', 'Måldato', 'Foranstaltninger, der mangler', 'Drejebog', 'Adresse'];
	sheet(book, 'Handlingsliste', actions, actions.length ? headersOf(actions, []) : actionHeaders);
	return await book.xlsx.writeBuffer();
}
