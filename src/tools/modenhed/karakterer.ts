// The outcome grades, as in src/schemas/udfald.ts and src/lib/labels.ts. Re-exported from there
// without any schema code: pulling Zod into the page bundle would cost tens of kilobytes.
export { UDFALD_GRADES, type UdfaldGrade } from '../../schemas/udfald-grades.ts';
export { UDFALD_GRADE_LABELS } from '../../lib/labels.ts';
