// The content as the content check read and validated it at the start of the build, for the
// integrations that need it again at the end (the editor's configuration), so the build reads and
// validates the content tree once rather than once per integration.
import type { ValidContent } from '../../src/checks/content/validate.ts';

let checked: ValidContent | undefined;

export const rememberCheckedContent = (content: ValidContent): void => {
	checked = content;
};

export const checkedContent = (): ValidContent | undefined => checked;
