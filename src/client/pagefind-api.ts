// The part of Pagefind's browser API (pagefind.js, loaded from our own origin) the search dialog
// uses. The pagefind package's own types cover only its Node indexing API.

interface SubResult {
	title: string;
	url: string;
	excerpt: string;
}
export interface ResultData {
	url: string;
	content: string;
	excerpt: string;
	locations: number[];
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results: SubResult[];
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = Record<string, { any?: string[]; none?: string[] }>;
interface PagefindResponse {
	results: PagefindResult[];
	filters: FilterCounts;
	totalFilters: FilterCounts;
}
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Filters }): Promise<PagefindResponse>;
	filters(): Promise<FilterCounts>;
}
