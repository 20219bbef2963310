// Every page announces the site's change feed, and pages in a chapter with a feed of its own also
// announce that one, so a feed reader finds them from any page (<link rel="alternate">).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { chapterOf, feedPath, feedTitle } from '../lib/change-notes.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const link = (href: string, title: string) => route.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', href, title } });
	link(feedPath('alle'), feedTitle('alle'));
	const chapter = chapterOf(route.entry);
	if (chapter) link(feedPath(chapter), feedTitle(chapter));
});
