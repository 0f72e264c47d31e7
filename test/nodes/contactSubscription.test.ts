import { LOCATION_ID } from '../harness/run';
import { requestsTo, useFakeHighLevel } from './setup';

const { state, run } = useFakeHighLevel();

describe('Contact › Get Email Subscription, Change Email Subscription', () => {
	it('unsubscribes a contact from one-on-one emails, reads the status, and resubscribes it with a legal reason', async () => {
		const { fake, seed } = state;
		const c = seed.location.addContact({ email: 'sub@example.com' });

		const off = await run({
			resource: 'contact',
			operation: 'changeEmailSubscription',
			contactId: c.id,
			email: 'sub@example.com',
			subscriptionAction: 'unsubscribeOneOnOne',
		});
		expect(off.error).toBeUndefined();
		const [change] = requestsTo(
			fake,
			'POST',
			/^\/conversations\/preferences\/unsubscriptions\/user-change$/,
		);
		expect(change.headers.version).toBe('2021-04-15');
		expect(change.body).toEqual({
			locationId: LOCATION_ID,
			contactId: c.id,
			email: 'sub@example.com',
			subscription_action: {
				type: 'default',
				subtype_name: 'One on One',
				subtype_status: 'unsubscribed',
			},
		});
		expect(off.items[0].json).toMatchObject({
			contactId: c.id,
			subtype_status: 'unsubscribed',
			success: true,
		});

		const status = await run({
			resource: 'contact',
			operation: 'getEmailSubscription',
			contactId: c.id,
		});
		expect(status.error).toBeUndefined();
		const [get] = requestsTo(
			fake,
			'GET',
			/^\/conversations\/preferences\/unsubscriptions\/status$/,
		);
		expect(get.query).toEqual({ locationId: LOCATION_ID, contactId: c.id });
		expect(status.items[0].json).toMatchObject({
			contactId: c.id,
			subscriptions: [{ subtype_name: 'One on One', subtype_status: 'unsubscribed' }],
		});

		const back = await run({
			resource: 'contact',
			operation: 'changeEmailSubscription',
			contactId: c.id,
			email: 'sub@example.com',
			subscriptionAction: 'subscribeCustom',
			subtypeId: 'newsletter01',
			legalReason: 'Asked by phone',
			legalDescription: 'Support call 2026-01-15',
		});
		expect(back.error).toBeUndefined();
		expect(requestsTo(fake, 'POST', /user-change$/)[1].body).toEqual({
			locationId: LOCATION_ID,
			contactId: c.id,
			email: 'sub@example.com',
			subscription_action: {
				type: 'custom',
				subtype_id: 'newsletter01',
				subtype_status: 'subscribed',
			},
			legal_reason: 'Asked by phone',
			legal_description: 'Support call 2026-01-15',
		});
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		[
			'a malformed email',
			{
				operation: 'changeEmailSubscription',
				contactId: 'c1',
				email: 'nope',
				subscriptionAction: 'unsubscribeOneOnOne',
			},
			/Invalid 'Email' in item 0: expected an email address/,
		],
		[
			'a resubscribe without a legal reason',
			{
				operation: 'changeEmailSubscription',
				contactId: 'c1',
				email: 'a@example.com',
				subscriptionAction: 'resubscribeAll',
				legalReason: '={{ $json.none }}',
			},
			/Invalid 'Legal Reason' in item 0/,
		],
		[
			'an action not in the list',
			{
				operation: 'changeEmailSubscription',
				contactId: 'c1',
				email: 'a@example.com',
				subscriptionAction: '={{ "stop" }}',
			},
			/Invalid 'Change' in item 0/,
		],
		[
			'a status email that is no email',
			{ operation: 'getEmailSubscription', contactId: 'c1', email: 'x@' },
			/Invalid 'Email' in item 0/,
		],
	];
	it.each(cases)('stops on %s before any request', async (_name, parameters, message) => {
		const result = await run({ resource: 'contact', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(state.fake.requests).toHaveLength(0);
	});
});
