// CSV for Danish Excel: UTF-8 with a byte-order mark (or æøå turn into mojibake), semicolons
// (Danish Excel uses the comma as decimal separator), CRLF line ends.
import type { ExportRow } from './exports.ts';

const BOM = '\uFEFF';

/**
 * Nested values are flattened to dotted columns: omkostninger.lille.engang. Lists of text are joined
 * with " | "; a list of groups (a requirement's outcomes) gets numbered columns, udfald.1.titel,
 * udfald.2.titel, …, so one row per page stays one row in Excel.
 */
function flatten(row: ExportRow, prefix = '', out: Record<string, string> = {}): Record<string, string> {
	for (const [key, value] of Object.entries(row)) {
		const column = prefix ? `${prefix}.${key}` : key;
		if (value === undefined || value === null) out[column] = '';
		else if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null))
			value.forEach((item, i) => flatten(item as ExportRow, `${column}.${i + 1}`, out));
		// Lists holding objects took the branch above, so these items are primitives.
		else if (Array.isArray(value)) out[column] = defuse((value as (string | number | boolean)[]).join(' | '));
		else if (typeof value === 'object') flatten(value as ExportRow, column, out);
		else if (typeof value === 'number') out[column] = String(value).replace('.', ',');
		else out[column] = defuse(String(value));
	}
	return out;
}

const quote = (cell: string) => (/[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * A text cell that begins with = + - @ tab or carriage return is read as a formula by Excel and
 * LibreOffice ("CSV injection"); a leading apostrophe makes both show it as text. Numbers are left
 * alone, so -5 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const defuse = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export function toCsv(rows: ExportRow[]): string {
	const flat = rows.map((r) => flatten(r));
	const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
	const lines = [columns.join(';'), ...flat.map((r) => columns.map((c) => quote(r[c] ?? '')).join(';'))];
	return BOM + lines.join('\r\n') + '\r\n';
}
