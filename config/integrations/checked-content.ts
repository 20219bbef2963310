// The content as the content check read and validated it at the start of the build, handed once
// to the integration that needs it again (the editor's configuration), so the build reads and
// validates the content tree once rather than once per integration. Taking it forgets it: held
// until the end of the build, the parsed YAML sources of every page stayed live through the whole
// render (about 40 MB at 1,000 pages, which V8's heap growth multiplies at the memory peak).
import type { ValidContent } from '../../src/checks/content/validate.ts';

let checked: ValidContent | undefined;

export const rememberCheckedContent = (content: ValidContent): void => {
	checked = content;
};

/** The checked content, once; undefined afterwards (the caller then reads the tree itself). */
export const takeCheckedContent = (): ValidContent | undefined => {
	const content = checked;
	checked = undefined;
	return content;
};
