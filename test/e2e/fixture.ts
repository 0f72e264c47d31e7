/**
 * The fake HighLevel one e2e mode runs against, its data, and the n8n credentials pointing at it.
 * Every mode gets a fresh fake, so each starts from the same records and an expired OAuth2 token.
 */
import { DEFAULT_SCOPES } from '../../credentials/HighLevelAppOAuth2Api.credentials';
import { FakeHighLevel, type LocationStore } from '../fake-highlevel';
import { createDemoData, DEMO_LOCATION_ID, DEMO_TOKEN } from '../fake-highlevel/demo';
import { newId } from '../fake-highlevel/store';

/** A sub-account big enough that Get Many with Return All needs several pages (500 per page). */
export const PAGING_LOCATION_ID = 'e2e-paging-location';
export const PAGING_CONTACTS = 1234;
const PAGING_TOKEN = 'pit-e2e-paging-token';
const EXPIRED_ACCESS_TOKEN = 'e2e-expired-access';

export const CREDENTIALS = {
	pit: { id: 'e2ePitCredential', name: 'e2e PIT' },
	paging: { id: 'e2ePitPagingCred', name: 'e2e PIT (large sub-account)' },
	oauth: { id: 'e2eOAuthCredentl', name: 'e2e OAuth2' },
};

export interface Fixture {
	fake: FakeHighLevel;
	demo: LocationStore;
	paging: LocationStore;
	/** For `n8n import:credentials`: plain data, which n8n encrypts on import. */
	credentials: unknown[];
	/** IDs of the demo sub-account's records, for "@e2e:<name>" in workflow files. */
	placeholders: Record<string, string>;
	/** Values that must never show in n8n's logs or execution data. */
	secrets: string[];
}

/**
 * Forms cannot be made through the API: the sub-account gets one with three submissions, made in
 * the last minutes (a list without dates answers for the last month).
 */
function seedForm(demo: LocationStore): string {
	const now = Date.now();
	const forms = demo.collection('forms');
	const form = { id: newId(), name: 'e2e contact form', locationId: demo.id };
	forms.set(form.id, form);
	const submissions = demo.collection('formSubmissions');
	for (let i = 0; i < 3; i++) {
		const submission = {
			id: newId(),
			contactId: newId(),
			formId: form.id,
			name: `Visitor ${i}`,
			email: `visitor${i}@example.com`,
			createdAt: new Date(now - (3 - i) * 60_000).toISOString(),
			others: { message: `Hello ${i}` },
		};
		submissions.set(submission.id, submission);
	}
	return form.id;
}

/** IDs workflow files may use; only those of records the demo data has. */
function placeholdersOf(demo: LocationStore): Record<string, string> {
	const first = (name: string) => [...demo.collection(name).values()][0];
	const ids: Record<string, unknown> = {
		contactId: [...demo.contacts.values()].find((c) => c.email === 'grace@example.com')?.id,
		userId: [...demo.users.values()][0]?.id,
		calendarId: first('calendars')?.id,
		pipelineId: first('pipelines')?.id,
		pipelineStageId: (first('pipelines')?.stages as Array<{ id: string }> | undefined)?.[1]?.id,
		lostReasonId: first('lostReasons')?.id,
	};
	return Object.fromEntries(Object.entries(ids).filter(([, v]) => typeof v === 'string')) as Record<
		string,
		string
	>;
}

export async function startFixture(): Promise<Fixture> {
	const fake = await FakeHighLevel.start();
	createDemoData(fake);
	// Grant what the package asks for by default, so every resource added to the node is usable here.
	const scopes = [DEFAULT_SCOPES].flat().join(' ').split(/\s+/).filter(Boolean);
	fake.addToken(DEMO_TOKEN, { locationId: DEMO_LOCATION_ID, userType: 'Location', scopes });
	fake.addToken(PAGING_TOKEN, { locationId: PAGING_LOCATION_ID, userType: 'Location', scopes });
	fake.addToken(EXPIRED_ACCESS_TOKEN, {
		locationId: DEMO_LOCATION_ID,
		userType: 'Location',
		scopes,
	});
	fake.expireToken(EXPIRED_ACCESS_TOKEN);
	fake.addOAuthClient({
		clientId: 'e2e-client',
		clientSecret: 'e2e-client-secret',
		refreshToken: 'e2e-refresh',
		grant: { locationId: DEMO_LOCATION_ID, userType: 'Location', scopes },
	});
	const paging = fake.location(PAGING_LOCATION_ID);
	paging.seedContacts(PAGING_CONTACTS);
	const demo = fake.location(DEMO_LOCATION_ID);
	const formId = seedForm(demo);

	const pit = (token: string, locationId: string) => ({
		token,
		locationId,
		useCustomBaseUrl: true,
		baseUrl: fake.baseUrl,
	});
	const credentials = [
		{
			...CREDENTIALS.pit,
			type: 'highLevelPrivateIntegrationApi',
			data: pit(DEMO_TOKEN, DEMO_LOCATION_ID),
		},
		{
			...CREDENTIALS.paging,
			type: 'highLevelPrivateIntegrationApi',
			data: pit(PAGING_TOKEN, PAGING_LOCATION_ID),
		},
		{
			...CREDENTIALS.oauth,
			type: 'highLevelAppOAuth2Api',
			data: {
				grantType: 'authorizationCode',
				authUrl: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
				accessTokenUrl: `${fake.baseUrl}/oauth/token`,
				clientId: 'e2e-client',
				clientSecret: 'e2e-client-secret',
				scope: scopes.join(' '),
				authentication: 'body',
				useCustomBaseUrl: true,
				baseUrl: fake.baseUrl,
				oauthTokenData: {
					access_token: EXPIRED_ACCESS_TOKEN,
					refresh_token: 'e2e-refresh',
					token_type: 'Bearer',
					userType: 'Location',
					locationId: DEMO_LOCATION_ID,
				},
			},
		},
	];
	const secrets = [
		DEMO_TOKEN,
		PAGING_TOKEN,
		EXPIRED_ACCESS_TOKEN,
		'e2e-client-secret',
		'e2e-refresh',
	];
	return {
		fake,
		demo,
		paging,
		credentials,
		placeholders: { ...placeholdersOf(demo), formId },
		secrets,
	};
}
