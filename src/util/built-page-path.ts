// The address of a built file from its path under dist/: "krav/k-20/index.html" → "/krav/k-20/",
// "index.html" → "/", "404.html" → "/404.html". The link check and the print assembly both name
// pages this way.
import { sep } from 'node:path';

export function builtPagePath(relPath: string): string {
	const parts = relPath.split(sep).join('/');
	if (parts === 'index.html') return '/';
	if (parts.endsWith('/index.html')) return `/${parts.slice(0, -'index.html'.length)}`;
	return `/${parts}`;
}
