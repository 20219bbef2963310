// The copy of the assessment kept before every "Erstat" (import, restore, clearing), so "Gendan
// sikkerhedskopien" can bring it back: in localStorage, and in memory when storage is blocked or full.
import { StorageError, type ToolStorage } from './storage.ts';
import type { Vurdering } from './vurdering.ts';

export interface Sikkerhedskopi {
	gemt: string;
	/** The assessment as JSON text, read back like a stored one. */
	vurdering: string;
}

const isSikkerhedskopi = (v: unknown): v is Sikkerhedskopi =>
	typeof v === 'object' && v !== null && typeof (v as Sikkerhedskopi).gemt === 'string' && typeof (v as Sikkerhedskopi).vurdering === 'string';

export function openBackup(storage: ToolStorage, key: string, onProblem: (e: StorageError) => void) {
	let memory: string | null = null;
	return {
		read(): Sikkerhedskopi | null {
			let text = memory;
			try {
				text = storage.get(key) ?? memory;
			} catch {
				/* blocked storage: the in-memory copy is all there is */
			}
			if (!text) return null;
			try {
				const copy: unknown = JSON.parse(text);
				// A copy of another shape (edited by hand) is no copy: no button offers to restore it.
				return isSikkerhedskopi(copy) ? copy : null;
			} catch {
				return null;
			}
		},
		keep(v: Vurdering): void {
			const copy = JSON.stringify({ gemt: new Date().toISOString(), vurdering: JSON.stringify(v) });
			memory = copy;
			try {
				storage.set(key, copy);
			} catch (e) {
				if (e instanceof StorageError) onProblem(e);
			}
		},
	};
}
