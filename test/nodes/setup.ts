import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_SCOPES } from '../../credentials/HighLevelAppOAuth2Api.credentials';
import { FakeHighLevel } from '../fake-highlevel';
import { resetPacing } from '../../nodes/HighLevel/transport/pace';
import {
	LOCATION_ID,
	OAUTH_ACCESS_TOKEN,
	OAUTH_CLIENT_SECRET,
	OAUTH_REFRESH_TOKEN,
	PIT_TOKEN,
	runHighLevel,
	testCredentials,
	type RunOptions,
} from '../harness/run';

/**
 * The test location's grant: every scope the OAuth2 credential asks for by default, less the
 * agency-level oauth.* scopes that only a Company token holds.
 */
export const ALL_SCOPES = DEFAULT_SCOPES.split(' ').filter((scope) => !scope.startsWith('oauth.'));

/** One fake HighLevel per test file, emptied before each test; the tokens stay registered. */
export function useFakeHighLevel() {
	const state = {} as { fake: FakeHighLevel; seed: ReturnType<typeof seedLocation> };
	beforeAll(async () => {
		state.fake = await FakeHighLevel.start();
	});
	afterAll(async () => {
		await state.fake.stop();
	});
	beforeEach(() => {
		resetPacing();
		state.fake.reset();
		state.fake.addToken(PIT_TOKEN, {
			locationId: LOCATION_ID,
			scopes: ALL_SCOPES,
			userType: 'Location',
		});
		state.fake.addToken(OAUTH_ACCESS_TOKEN, {
			locationId: LOCATION_ID,
			scopes: ALL_SCOPES,
			userType: 'Location',
		});
		state.fake.addOAuthClient({
			clientId: 'test-client-id',
			clientSecret: OAUTH_CLIENT_SECRET,
			refreshToken: OAUTH_REFRESH_TOKEN,
			grant: { locationId: LOCATION_ID, scopes: ALL_SCOPES, userType: 'Location' },
		});
		state.seed = seedLocation(state.fake);
	});
	const run = (parameters: Record<string, unknown>, options: Partial<RunOptions> = {}) =>
		runHighLevel({
			baseUrl: state.fake.baseUrl,
			parameters: parameters as IDataObject,
			...options,
		});
	return { state, run };
}

function seedLocation(fake: FakeHighLevel) {
	const location = fake.location(LOCATION_ID);
	const colour = location.addCustomField({
		name: 'Favourite Colour',
		fieldKey: 'contact.favourite_colour',
		dataType: 'TEXT',
	});
	const interests = location.addCustomField({
		name: 'Interests',
		fieldKey: 'contact.interests',
		dataType: 'MULTIPLE_OPTIONS',
		picklistOptions: ['Boats', 'Cars', 'Planes'],
	});
	const ada = location.addUser({
		firstName: 'Ada',
		lastName: 'Lovelace',
		email: 'ada@example.com',
	});
	const alan = location.addUser({
		firstName: 'Alan',
		lastName: 'Turing',
		email: 'alan@example.com',
	});
	const onboarding = location.addWorkflow('Onboarding');
	const spring = location.addCampaign('Spring sale');
	return { location, colour, interests, ada, alan, onboarding, spring };
}

/** Requests the fake received for a method and path pattern. */
export function requestsTo(fake: FakeHighLevel, method: string, path: RegExp) {
	return fake.requests.filter((r) => r.method === method && path.test(r.path));
}

/**
 * An agency (Company) OAuth2 credential on the fake: its token is registered with every scope
 * (and the oauth.* ones that mint location tokens, and `extraScopes`), the credential data holds it.
 */
export function agencyOAuthCredentials(
	fake: FakeHighLevel,
	token: string,
	companyId: string,
	extraScopes: string[] = [],
) {
	fake.addToken(token, {
		companyId,
		userType: 'Company',
		scopes: [...ALL_SCOPES, 'oauth.write', 'oauth.readonly', ...extraScopes],
	});
	const credentials = testCredentials(fake.baseUrl);
	credentials.highLevelAppOAuth2Api.oauthTokenData = {
		access_token: token,
		refresh_token: `${token}-refresh`,
		userType: 'Company',
		companyId,
	};
	return credentials;
}
