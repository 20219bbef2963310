// The users of the test OpenID provider (tests/sso/idp.ts): one from an allowed organisation, one
// from another, and near misses of the allowed organisation claim that the gate must refuse.
export interface TestUser {
	username: string;
	password: string;
	name: string;
	email: string;
	/** organisation / tenant id, emitted as `tid` like Entra ID */
	tid: string;
	org: string;
}

export const TEST_USERS: TestUser[] = [
	{ username: 'alice', password: 'Korrekt-hest-batteri-1', name: 'Alice Andersen', email: 'alice@kommune-a.test', tid: 'tenant-a', org: 'Testkommune A' },
	{
		username: 'mallory',
		password: 'Mallorys-gode-kode-2',
		name: 'Mallory Mortensen',
		email: 'mallory@kommune-b.test',
		tid: 'tenant-b',
		org: 'Testkommune B',
	},
];

/**
 * Users whose organisation claim is a near miss of tenant-a: whitespace,
 * case, prefix and suffix variants. A broker route (`cvr`) passes through
 * whatever the upstream federation asserts, so the gate must refuse them all.
 */
const CLAIM_VARIANT_TIDS = [
	' tenant-a',
	'tenant-a ',
	'tenant-a\t',
	'\ttenant-a',
	'ten ant-a',
	'tenant-a\n',
	'TENANT-A',
	'Tenant-a',
	'tenant-ab',
	'xtenant-a',
	'tenant-a-b',
	'tenant',
	'\u00a0tenant-a',
];
export const CLAIM_VARIANT_USERS: TestUser[] = CLAIM_VARIANT_TIDS.map((tid, i) => ({
	username: `variant-${i + 1}`,
	password: `Naesten-rigtig-${i + 1}`,
	name: `Variant ${i + 1}`,
	email: `variant${i + 1}@kommune-x.test`,
	tid,
	org: 'Næsten Testkommune A',
}));
