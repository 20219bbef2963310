// Fails the build before Astro starts when the content breaks the model: schema errors, unknown
// ids, approvals without a decision, cycles. Astro itself would only log a dangling reference.
import type { AstroIntegration } from 'astro';
import { checkContent, ContentError, formatWarnings } from '../../src/checks/content/index.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { loadContentOnce } from '../../src/checks/content/load.ts';
import { today } from '../../src/util/today.ts';
import { rememberCheckedContent } from './checked-content.ts';

export function contentIntegrity(): AstroIntegration {
	return {
		name: 'nis2-content-integrity',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				let result: ReturnType<typeof checkContent>;
				try {
					// The tree the sidebar has just read as the configuration loaded (loadContentOnce).
					result = checkContent(process.cwd(), contentDir, today(), loadContentOnce(process.cwd(), contentDir));
				} catch (error) {
					// A fault in the checker itself, not in the content: say so in Danish, keep the detail for developers.
					const failure = new Error(
						`Indholdskontrollen stødte på en fejl, den ikke kender (${String((error as Error).message ?? error).split('\n')[0]}).\n    Sådan retter du det: kør "npm run check:content" og giv fejlen videre til udviklerne; indholdet er ikke ændret.`,
					);
					failure.stack = '';
					throw failure;
				}
				const { problems, warnings, content } = result;
				if (problems.length) throw new ContentError(problems);
				rememberCheckedContent(content);
				// Overdue reviews of drafts and changed sources warn; the build goes on (review-dates.ts).
				if (warnings.length) logger.warn(formatWarnings(warnings));
				logger.info(
					`Indholdet er kontrolleret: ${content.pages.length} sider, ingen fejl${warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? 'advarsel' : 'advarsler'}` : ''}.`,
				);
			},
		},
	};
}
