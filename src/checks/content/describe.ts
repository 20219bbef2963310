// Finds the .describe() text of a field deep inside a Zod schema, so messages can say what a field is for.
import type { z } from 'astro/zod';

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; valueType?: z.ZodType };

export function describeField(schema: z.ZodType, path: (string | number)[]): string | undefined {
	let current: z.ZodType | undefined = schema;
	let found: string | undefined;
	for (const key of path) {
		current = current && step(current, key);
		if (!current) return found;
		found = description(current) ?? (typeof key === 'number' ? found : undefined);
	}
	return found;
}

function description(schema: z.ZodType): string | undefined {
	let s: z.ZodType | undefined = schema;
	while (s) {
		if (s.description) return s.description;
		const def = s._zod.def as unknown as AnyDef;
		s = def.innerType ?? def.in;
	}
	return undefined;
}

function step(schema: z.ZodType, key: string | number): z.ZodType | undefined {
	let s: z.ZodType | undefined = schema;
	while (s) {
		const def = s._zod.def as unknown as AnyDef;
		if (def.type === 'object' && def.shape) return def.shape[key as string];
		if (def.type === 'array' && def.element) return def.element;
		if (def.type === 'record' && def.valueType) return def.valueType;
		s = def.innerType ?? def.in;
	}
	return undefined;
}
