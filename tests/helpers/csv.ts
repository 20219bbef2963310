// A small RFC 4180 reader for our CSV exports (semicolon separated, CRLF), shared by the browser tests and
// the unit tests. Own code: the exports' dialect is fixed and tiny, not worth a dependency.
/** Splits Danish-Excel CSV (semicolons, double-quoted cells, CRLF) into rows. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ';') {
			row.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.push(cell.replace(/\r$/, ''));
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	return rows;
}
