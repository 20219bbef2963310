// Fails the build before Astro starts when the content breaks the model: schema errors, unknown
// ids, approvals without a decision, cycles. Astro itself would only log a dangling reference.
import type { AstroIntegration } from 'astro';
import { checkContent, ContentError, formatWarnings } from '../../scripts/content-check/index.ts';
import { contentDir } from '../../src/lib/content-dir.ts';

export function contentIntegrity(): AstroIntegration {
	return {
		name: 'nis2-content-integrity',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems, warnings, content } = checkContent(process.cwd(), contentDir);
				if (problems.length) throw new ContentError(problems);
				// Overdue reviews of drafts and changed sources warn; the build goes on (review-dates.ts).
				if (warnings.length) logger.warn(formatWarnings(warnings));
				logger.info(`Indholdet er kontrolleret: ${content.pages.length} sider, ingen fejl${warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? 'advarsel' : 'advarsler'}` : ''}.`);
			},
		},
	};
}
