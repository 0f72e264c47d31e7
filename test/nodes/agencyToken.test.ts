import { agencyOAuthCredentials, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

const AGENCY_TOKEN = 'agency-only-test-secret';
const COMPANY_ID = 'company_test_0001';

/** API Operation › Call of `locations/put-location`, which the spec lets only an agency token call. */
const updateSubAccount = (locationId: string) => ({
	resource: 'apiOperation',
	operation: 'call',
	apiOperation: { __rl: true, mode: 'id', value: 'locations/put-location' },
	pathParameters: { parameter: [{ name: 'locationId', value: locationId }] },
	jsonBody: JSON.stringify({ companyId: COMPANY_ID, name: 'Renamed' }),
});

const agencyCredentials = () =>
	agencyOAuthCredentials(state.fake, AGENCY_TOKEN, COMPANY_ID, ['locations.write']);

describe('Agency-only operations', () => {
	it.each([
		['a Private Integration Token', 'pit' as const],
		['a sub-account OAuth2 token', 'oauth' as const],
	])('fail before sending with %s, saying which token to use', async (_what, auth) => {
		const result = await run(updateSubAccount(state.seed.location.id), { auth });
		expect(result.error?.message).toBe(
			'API Operation › Call: PUT /locations/{locationId} needs an agency token',
		);
		expect(result.error?.description).toMatch(
			/agency \(Company\) token: use the HighLevel App OAuth2 credential connected by the agency/,
		);
		expect(state.fake.requests).toEqual([]);
	});

	it('are sent with the agency’s own token (no location token is minted for them)', async () => {
		const result = await run(updateSubAccount(state.seed.location.id), {
			auth: 'oauth',
			credentials: agencyCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(state.fake.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
			['PUT', `/locations/${state.seed.location.id}`, `Bearer ${AGENCY_TOKEN}`],
		]);
		expect(result.items[0].json).toMatchObject({ id: state.seed.location.id, name: 'Renamed' });
	});

	it('are refused by the fake for a sub-account token, as HighLevel does', async () => {
		const response = await fetch(`${state.fake.baseUrl}/locations/${state.seed.location.id}`, {
			method: 'PUT',
			headers: {
				authorization: 'Bearer pit-test-7c1d5f0e-secret',
				version: '2021-07-28',
				'content-type': 'application/json',
			},
			body: JSON.stringify({ companyId: COMPANY_ID }),
		});
		expect(response.status).toBe(401);
		expect(((await response.json()) as { message: string }).message).toMatch(
			/authClass type is not allowed/,
		);
	});
});
