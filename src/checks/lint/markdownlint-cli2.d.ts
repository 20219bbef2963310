// markdownlint-cli2 ships JavaScript with JSDoc only; this is the part of its API the Markdown lint uses.
declare module 'markdownlint-cli2' {
	export function main(params: {
		directory?: string;
		argv?: string[];
		noGlobs?: boolean;
		optionsOverride?: Record<string, unknown>;
		logMessage?: (message: string) => void;
		logError?: (message: string) => void;
	}): Promise<number>;
}
