// The self-assessment's files as the tests read them back: the stored and exported assessment
// (src/tools/modenhed/vurdering.ts; the export adds its time and each post's title) and the
// anonymised benchmark file (benchmark() in opsummering.ts). Typed, so a test that reads a field the
// format does not have fails to compile; the values are what the tests then assert.
import type { Vurdering } from '../../src/tools/modenhed/vurdering.ts';
import type { UdfaldGrade } from '../../src/tools/modenhed/karakterer.ts';

type MedTitel<T> = Record<string, T & { titel?: string }>;
export type VurderingFil = Omit<Vurdering, 'udfald' | 'vurderinger'> & {
	eksporteret?: string;
	udfald: MedTitel<Vurdering['udfald'][string]>;
	vurderinger: MedTitel<Vurdering['vurderinger'][string]>;
};

export interface BenchmarkFil {
	format: string;
	version: number;
	katalogUdgave: string;
	katalogVersion: string;
	stoerrelse: string | null;
	karakterer: Record<string, UdfaldGrade>;
}

export const readVurdering = (text: string) => JSON.parse(text) as VurderingFil;
export const readBenchmark = (text: string) => JSON.parse(text) as BenchmarkFil;
