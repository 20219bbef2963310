// Where the content tree is. One place, so the build, the checks and the data views agree.
import { resolve } from 'node:path';

export const contentDir = process.env.NIS2_CONTENT_DIR ? resolve(process.env.NIS2_CONTENT_DIR) : resolve(process.cwd(), 'content');
