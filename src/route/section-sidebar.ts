// Trims the sidebar to the current chapter (see src/lib/sidebar-trim.ts). Pagination is computed before
// this runs, so previous/next links still follow the full order.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { trimSidebar } from '../lib/sidebar-trim.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = trimSidebar(route.sidebar);
});
