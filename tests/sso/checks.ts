// The SSO checks, each returning a list of problems (empty = pass). Keeping
// them as plain functions lets the same checks run against the real
// configuration (must return nothing) and against deliberately broken
// variants in tests/sso/broken/ (must return something).
// They are grouped by what they need: checks-gate.ts (no session), checks-session.ts (a login),
// checks-probes.ts (gate defects found by probing), checks-logout.ts (logout defects found by
// probing), checks-admin.ts (the editor); their shared probes are in probe.ts and the browserless
// login flow in flow.ts.
export * from './checks-gate.ts';
export * from './checks-session.ts';
export * from './checks-probes.ts';
export * from './checks-logout.ts';
export * from './checks-admin.ts';
export { SESSION_COOKIE, securityHeaderProblems } from './probe.ts';
export { deepPage, login, walk } from './flow.ts';
