// Each template page gets a Word file at /skabeloner/<slug>.docx, written at build time.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { kravById, kravList, pagesOfKind } from '../../lib/model.ts';
import { skabelonDocx } from '../../lib/skabelon-docx.ts';
import { buildInfo } from '../../lib/build-info.ts';
import { allSections, type KravLike } from '../../lib/skabelon-sektioner.ts';
import type { skabelonSchema } from '../../schemas/pages.ts';
import type { z } from 'astro/zod';

type SkabelonData = z.infer<typeof skabelonSchema> & { title: string; description?: string };

export const getStaticPaths = (async () => {
	const templates = await pagesOfKind('skabelon');
	return templates.filter((t) => t.id !== 'skabeloner/index').map((t) => ({ params: { slug: t.id.replace(/^skabeloner\//, '') }, props: { entry: t } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, params, site }) => {
	const data = props.entry.data as SkabelonData;
	const kravTitler = (await Promise.all(data.krav.map(kravById))).flatMap((k) => (k ? [k.data.title] : []));
	const path = `/skabeloner/${params.slug}/`;
	const krav = (await kravList()).map((k) => k.data as KravLike);
	const bytes = await skabelonDocx(
		{ ...data, sektioner: allSections(data, krav) },
		{ pageUrl: site ? new URL(path, site).href : path, kravTitler, udgave: buildInfo.edition },
	);
	return new Response(new Uint8Array(bytes), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
};
