// Generates the Decap CMS configuration for /admin/ from the content model, at build time: one
// collection per page kind, its fields from the kind's Zod schema (src/cms/fields.ts), and the
// ids that exist in the content tree for every reference. Nothing here is written by hand per field,
// so a field added to a schema appears in the editor with the next build (tests/unit/cms-config.test.ts).
import { relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { KIND_FOLDERS, PAGE_KIND_LABELS, PAGE_KIND_REGISTRY, PAGE_KINDS, pageSchemas, type PageKind } from '../schemas/page-kinds.ts';
import { REF_TARGETS, type RefTarget } from '../schemas/references.ts';
import { CIR_REFERENCES } from '../data/cir-2024-2690-annex.ts';
import { ISO_27001_CONTROLS } from '../data/iso27001-annex-a.ts';
import { loadContent, type PageFile } from '../checks/content/load.ts';
import { validate, type ValidContent } from '../checks/content/validate.ts';
import { collectIds, definedIds } from '../checks/content/references.ts';
import { objectFields, type CmsField, type RefChoice } from './fields.ts';

export type Backend =
	/** Production: GitHub with an OAuth helper (GitHub has no PKCE for this flow). */
	| { name: 'github'; repo: string; branch: string; baseUrl?: string; authEndpoint?: string }
	/** GitLab (self-hosted or gitlab.com) with PKCE: no secret, no helper. */
	| { name: 'gitlab'; repo: string; branch: string; apiRoot?: string; baseUrl?: string; appId: string }
	/** Gitea or Forgejo with PKCE. */
	| { name: 'gitea'; repo: string; branch: string; apiRoot: string; baseUrl: string; appId: string }
	/** decap-server (MODE=git) on a local repository: branches and commits, no pull request. */
	| { name: 'proxy'; proxyUrl: string; branch: string };

export interface CmsOptions {
	root: string;
	contentDir: string;
	backend: Backend;
	/** The content as the build's content check already read and validated it; read here when absent (tests, programs). */
	content?: ValidContent;
}

/** Fields Starlight adds to every page, which editors fill in (the rest are kept as written). */
const STARLIGHT_FIELDS: CmsField[] = [
	{ label: 'Sidetitel', name: 'title', widget: 'string', hint: 'Sidens titel, som den står øverst og i søgningen.' },
	{
		label: 'Sidebeskrivelse',
		name: 'description',
		widget: 'text',
		required: false,
		hint: 'Én eller to sætninger om, hvad siden handler om; vises i søgeresultater.',
	},
];

/** The page body. A plain text area: the rich-text editor would rewrite MDX components (<Aside>, imports). */
const BODY_FIELD: CmsField = {
	label: 'Sidens tekst (Markdown/MDX)',
	name: 'body',
	widget: 'text',
	hint: 'Teksten under felterne, i Markdown. Lad linjer med <Komponent …> og import stå, som de er; se vejledningen under Bidrag.',
};

/** Collections with more than one file extension get one collection per extension. */
const collectionName = (kind: PageKind, ext: string, split: boolean) => (split ? `${kind}-${ext}` : kind);

const posix = (p: string) => p.split(sep).join('/');
/** A page's title as Decap lists it; the slug when the front matter has no usable title (the content check reports that). */
const labelOf = (title: unknown, slug: string): string =>
	typeof title === 'string' || typeof title === 'number' || typeof title === 'boolean' ? String(title) : slug;

export function buildCmsConfig({ root, contentDir, backend, content = validate(loadContent(root, contentDir)) }: CmsOptions): Record<string, unknown> {
	const ids = definedIds(collectIds(content));
	const folderOf = (kind: PageKind) => KIND_FOLDERS[kind];
	const contentPath = posix(relative(root, contentDir));
	const pagesOf = (kind: PageKind): PageFile[] => content.pages.filter((p) => p.kind === kind).map((p) => p.page);
	const extOf = (p: PageFile) => p.file.replace(/^.*\./, '');

	// Folder collections, one per kind and extension found (a new page gets the first extension).
	const folderCollections = new Map<PageKind, { name: string; ext: string }[]>();
	for (const kind of PAGE_KINDS) {
		if (!folderOf(kind)) continue;
		const exts = [...new Set(pagesOf(kind).map(extOf))].sort();
		if (!exts.length) exts.push('mdx');
		folderCollections.set(
			kind,
			exts.map((ext) => ({ name: collectionName(kind, ext, exts.length > 1), ext })),
		);
	}

	const pageKindOfTarget = (target: RefTarget) => PAGE_KINDS.find((k) => k === target);
	const references = (target: RefTarget): RefChoice => {
		const kind = pageKindOfTarget(target);
		const cols = kind && folderCollections.get(kind);
		// A relation searches the live collection, so a page added in the same session is offered too.
		if (cols?.length === 1 && 'id' in (pageSchemas[kind!] as z.ZodObject).shape) {
			return { relation: { collection: cols[0].name, valueField: 'id', searchFields: ['id', 'title'], displayFields: ['{{id}} {{title}}'] } };
		}
		if (target === 'cir') return { options: [...CIR_REFERENCES].sort(compareSections) };
		if (target === 'iso27001') return { options: Object.keys(ISO_27001_CONTROLS).sort(compareSections) };
		const found = [...(ids.get(target) ?? [])];
		if (!found.length && !REF_TARGETS[target]) throw new Error(`cms: unknown reference target ${target}`);
		// Phases are numbers in the schema; offer them as numbers so the file keeps "fase: 2".
		if (target === 'fase') return { options: found.map(Number).sort((a, b) => a - b) };
		return { options: found.sort((a, b) => a.localeCompare(b, 'da')) };
	};
	const ctx = { references };
	const fieldsOf = (kind: PageKind): CmsField[] => {
		const own = objectFields(pageSchemas[kind], ctx);
		const type = own.find((f) => f.name === 'type')!;
		return [type, ...STARLIGHT_FIELDS, ...own.filter((f) => f !== type), BODY_FIELD];
	};

	const collections: Record<string, unknown>[] = [];
	for (const kind of PAGE_KINDS) {
		const folder = folderOf(kind);
		const fields = fieldsOf(kind);
		const hasId = fields.some((f) => f.name === 'id');
		if (folder) {
			const cols = folderCollections.get(kind)!;
			for (const { name, ext } of cols) {
				collections.push({
					name,
					label: cols.length > 1 ? `${PAGE_KIND_LABELS[kind]} (.${ext})` : PAGE_KIND_LABELS[kind],
					label_singular: PAGE_KIND_LABELS[kind],
					folder: `${contentPath}/${folder}`,
					extension: ext,
					format: 'frontmatter',
					create: true,
					// The folder's own overview (index.mdx) is an ordinary page; only this kind is listed.
					filter: { field: 'type', value: kind },
					identifier_field: hasId ? 'id' : 'title',
					slug: hasId ? '{{id}}' : '{{slug}}',
					summary: hasId ? '{{id}} – {{title}}' : '{{title}}',
					sortable_fields: hasId ? ['id', 'title'] : ['title'],
					fields,
				});
			}
		} else {
			// Ordinary pages live all over the tree in .md and .mdx; a files collection lists each real file.
			const pages = pagesOf(kind).sort((a, b) => a.file.localeCompare(b.file));
			collections.push({
				name: kind,
				label: PAGE_KIND_REGISTRY[kind].labelPlural,
				label_singular: PAGE_KIND_LABELS[kind],
				// On the collection: Decap reads the format there, not per file, and would not know .mdx.
				format: 'frontmatter',
				files: pages.map((p) => ({
					name: p.slug.replaceAll('/', '--') || 'forside',
					label: `${labelOf((p.frontmatter.data as { title?: unknown }).title, p.slug)} (/${p.slug}${p.slug ? '/' : ''})`,
					file: p.file,
					format: 'frontmatter',
					fields,
				})),
			});
		}
	}

	return {
		locale: 'da',
		backend: backendConfig(backend),
		publish_mode: 'editorial_workflow',
		// An empty optional field is left out of the file instead of written as "" (which the schema refuses).
		omit_empty_optional_fields: true,
		media_folder: 'public/billeder/bidrag',
		public_folder: '/billeder/bidrag',
		// The live preview renders plain Markdown, not our MDX components; the site build is the preview.
		editor: { preview: false },
		show_preview_links: false,
		search: true,
		collections,
	};
}

function backendConfig(b: Backend): Record<string, unknown> {
	const common = {
		squash_merges: true,
		commit_messages: {
			create: 'Opret {{collection}} "{{slug}}"',
			update: 'Ret {{collection}} "{{slug}}"',
			delete: 'Slet {{collection}} "{{slug}}"',
			uploadMedia: 'Tilføj billede "{{path}}"',
			deleteMedia: 'Slet billede "{{path}}"',
		},
	};
	switch (b.name) {
		case 'github':
			return {
				name: 'github',
				repo: b.repo,
				branch: b.branch,
				...(b.baseUrl ? { base_url: b.baseUrl } : {}),
				...(b.authEndpoint ? { auth_endpoint: b.authEndpoint } : {}),
				open_authoring: true,
				...common,
			};
		case 'gitlab':
			return {
				name: 'gitlab',
				repo: b.repo,
				branch: b.branch,
				auth_type: 'pkce',
				app_id: b.appId,
				...(b.apiRoot ? { api_root: b.apiRoot } : {}),
				...(b.baseUrl ? { base_url: b.baseUrl } : {}),
				...common,
			};
		case 'gitea':
			return { name: 'gitea', repo: b.repo, branch: b.branch, api_root: b.apiRoot, base_url: b.baseUrl, app_id: b.appId, ...common };
		case 'proxy':
			return { name: 'proxy', proxy_url: b.proxyUrl, branch: b.branch, ...common };
	}
}

/** "3.2" before "3.10": sections sort by number, part by part. */
function compareSections(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (d) return d;
	}
	return 0;
}

/**
 * The production backend from the environment (documented in README "Editing in the browser").
 * NIS2_CMS_REPO defaults to the repository in EDIT_BASE_URL, so one setting names the forge.
 */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): Backend {
	const editBase = env.EDIT_BASE_URL ?? 'https://github.com/kl-nis2/nis2-drejebogen/edit/main/';
	const fromEdit = /^https:\/\/[^/]+\/([^/]+\/[^/]+)\//.exec(editBase)?.[1];
	const repo = env.NIS2_CMS_REPO ?? fromEdit ?? 'kl-nis2/nis2-drejebogen';
	const branch = env.NIS2_CMS_BRANCH ?? 'main';
	const name = env.NIS2_CMS_BACKEND ?? 'github';
	const need = (key: string) => {
		const value = env[key];
		if (!value) throw new Error(`cms: NIS2_CMS_BACKEND=${name} needs ${key} (see README, "Editing in the browser")`);
		return value;
	};
	if (name === 'github') return { name, repo, branch, baseUrl: env.NIS2_CMS_AUTH_BASE_URL, authEndpoint: env.NIS2_CMS_AUTH_ENDPOINT };
	if (name === 'gitlab') return { name, repo, branch, appId: need('NIS2_CMS_APP_ID'), apiRoot: env.NIS2_CMS_API_ROOT, baseUrl: env.NIS2_CMS_AUTH_BASE_URL };
	if (name === 'gitea')
		return { name, repo, branch, appId: need('NIS2_CMS_APP_ID'), apiRoot: need('NIS2_CMS_API_ROOT'), baseUrl: need('NIS2_CMS_AUTH_BASE_URL') };
	throw new Error(`cms: NIS2_CMS_BACKEND must be github, gitlab or gitea, not "${name}"`);
}

/** The backend a generated configuration names (the inverse of backendConfig, for the CSP). */
export function backendOf(config: { backend: Record<string, string> }): Backend {
	const b = config.backend;
	switch (b.name) {
		case 'github':
			return { name: 'github', repo: b.repo, branch: b.branch };
		case 'gitlab':
			return { name: 'gitlab', repo: b.repo, branch: b.branch, appId: b.app_id, apiRoot: b.api_root };
		case 'gitea':
			return { name: 'gitea', repo: b.repo, branch: b.branch, appId: b.app_id, apiRoot: b.api_root, baseUrl: b.base_url };
		case 'proxy':
			return { name: 'proxy', proxyUrl: b.proxy_url, branch: b.branch };
	}
	throw new Error(`cms: unknown backend "${b.name}" in the editor configuration`);
}

/** The origin the browser talks to for the forge's API: the one connect-src must allow on /admin/. */
export function apiOrigin(b: Backend): string {
	switch (b.name) {
		case 'github':
			return 'https://api.github.com';
		case 'gitlab':
			return new URL(b.apiRoot ?? 'https://gitlab.com/api/v4').origin;
		case 'gitea':
			return new URL(b.apiRoot).origin;
		case 'proxy':
			return new URL(b.proxyUrl).origin;
	}
}
