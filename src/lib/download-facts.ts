// What a download link says about its file: type, size and, for a PDF, pages ("PDF, 136 kB,
// 5 sider"), so a reader on a phone or a slow line knows what they are about to fetch. A link
// marks the place with <span data-download-facts="/path">; the text is filled in from the real
// file once it exists: Word files and data exports when the build is done
// (config/integrations/finish-html.ts), PDFs when `npm run pdf` has printed them.

const KINDS: Record<string, string> = { pdf: 'PDF', docx: 'Word', json: 'JSON', csv: 'CSV til Excel', xlsx: 'Excel' };

/** "136 kB" (Danish decimal comma below 10 kB, whole kB above; MB from 1.000 kB). */
function formatBytes(bytes: number): string {
	const kb = bytes / 1000;
	if (kb >= 1000) return `${(kb / 1000).toFixed(1).replace('.', ',')} MB`;
	if (kb < 10) return `${kb.toFixed(1).replace('.', ',')} kB`;
	return `${Math.round(kb)} kB`;
}

export function downloadFacts(href: string, bytes: number, pages?: number): string {
	const extension = href.split('?')[0].split('.').pop()?.toLowerCase() ?? '';
	const parts = [KINDS[extension] ?? extension.toUpperCase(), formatBytes(bytes)];
	if (pages !== undefined) parts.push(`${pages} ${pages === 1 ? 'side' : 'sider'}`);
	return parts.join(', ');
}

const MARK = /<span([^>]*)\sdata-download-facts="([^"]+)"([^>]*)>[^<]*<\/span>/g;

/**
 * Fills every marked place whose file `facts` knows (returns undefined for the others, which keep
 * their text: a PDF before `npm run pdf`, say).
 */
export function fillDownloadFacts(html: string, facts: (href: string) => string | undefined): string {
	if (!html.includes('data-download-facts=')) return html;
	return html.replace(MARK, (whole, before: string, href: string, after: string) => {
		const text = facts(href);
		return text === undefined ? whole : `<span${before} data-download-facts="${href}"${after}>(${text})</span>`;
	});
}
