// Text of a value read from YAML that is not validated here (the review reads old versions of files
// from git): a string as it is, a number or boolean as written, a date as YYYY-MM-DD, nothing as the
// fallback. An object or list (never valid in the fields read this way) becomes JSON rather than
// "[object Object]", so a message still shows what was written.
export function asText(value: unknown, fallback = ''): string {
	if (value === undefined || value === null) return fallback;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return JSON.stringify(value);
}
