// localStorage as the self-assessment uses it: every failure is caught and classified, so the page
// can tell the user at once, keep the assessment in memory and offer an export instead.

export type StorageProblem = 'blokeret' | 'fuldt' | 'ukendt';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause: unknown,
	) {
		super(`localStorage: ${problem}`, { cause });
	}
}

const classify = (e: unknown): StorageProblem => {
	const name = (e as { name?: string })?.name;
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'fuldt';
	if (name === 'SecurityError') return 'blokeret';
	return 'ukendt';
};

export interface ToolStorage {
	get(key: string): string | null;
	set(key: string, value: string): void;
	remove(key: string): void;
	/** The underlying storage, to recognise its `storage` events; null when blocked. */
	area: Storage | null;
}

/** Opens localStorage; merely touching `window.localStorage` throws when the browser blocks it. */
export function openStorage(): ToolStorage {
	let area: Storage | null = null;
	let blocked: unknown = null;
	try {
		area = window.localStorage;
		area.getItem('nis2-drejebogen:test');
	} catch (e) {
		area = null;
		blocked = e;
	}
	const use = <T>(fn: (s: Storage) => T): T => {
		if (!area) throw new StorageError('blokeret', blocked);
		try {
			return fn(area);
		} catch (e) {
			throw new StorageError(classify(e), e);
		}
	};
	return {
		get: (key) => use((s) => s.getItem(key)),
		set: (key, value) => use((s) => s.setItem(key, value)),
		remove: (key) => use((s) => s.removeItem(key)),
		area,
	};
}

export const STORAGE_TEXT: Record<StorageProblem, string> = {
	blokeret: 'Browseren tillader ikke, at værktøjet gemmer i browserens lager (det er blokeret, fx af indstillingerne for cookies og webstedsdata).',
	fuldt: 'Vurderingen kunne ikke gemmes, fordi browserens lager for dette websted er fuldt.',
	ukendt: 'Vurderingen kunne ikke gemmes i browserens lager.',
};
