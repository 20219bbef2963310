// Text of HTML as a reader sees it: the character references Astro and Starlight write in built
// pages (&lt; &gt; &quot; &#39; &apos;, numeric ones, and &amp; last, so "&amp;lt;" stays "&lt;").
// Our own ten lines rather than a dependency: built pages use only these references, and the
// link check and the tests that read built HTML need nothing more.
export function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&amp;/g, '&');
}
