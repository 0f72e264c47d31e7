import type { LocationStore } from '../store';
import { HttpError, type Handler } from './framework';
import { intQuery, textQuery } from './listing';
import { profileOf } from './locations';

type Rec = Record<string, unknown>;

/** The app the fake's agency tokens belong to: the part of their OAuth client ID before the dash. */
export const FAKE_APP_ID = 'test';

/** Marks the app as installed in a sub-account (by default every sub-account the fake has is not). */
export function installApp(store: LocationStore, installedAt = '2026-01-15T10:30:00.000Z'): void {
	store.collection('install').set('app', { appId: FAKE_APP_ID, installedAt, versionId: '6578278e879ad2646715ba9c' });
}

/** oauth/get-installed-location: the agency's sub-accounts and whether the app is installed there. */
export const INSTALL_HANDLERS: Record<string, Handler> = {
	'oauth/get-installed-location': (call) => {
		if (textQuery(call, 'companyId') !== call.grant.companyId) throw new HttpError(403, { statusCode: 403, message: 'The token does not have access to this company' });
		const appId = textQuery(call, 'appId');
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 20, { min: 1, max: 100 });
		const query = textQuery(call, 'query')?.toLowerCase();
		const isInstalled = textQuery(call, 'isInstalled');
		const only = textQuery(call, 'locationId');
		const rows = call
			.stores()
			.map((store) => {
				const profile = profileOf(store);
				const install = store.collection('install').get('app') as Rec | undefined;
				const installed = !!install && install.appId === appId;
				return {
					_id: store.id,
					name: profile.name,
					address: [profile.address, profile.city, profile.state, profile.postalCode].filter(Boolean).join(', '),
					isInstalled: installed,
					...(installed ? { versionId: install.versionId, installedAt: install.installedAt } : {}),
				};
			})
			.filter((row) => !only || row._id === only)
			.filter((row) => !query || String(row.name).toLowerCase().includes(query))
			.filter((row) => isInstalled === undefined || String(row.isInstalled) === isInstalled)
			.sort((a, b) => String(a.name).localeCompare(String(b.name)) || a._id.localeCompare(b._id));
		return { body: { locations: rows.slice(skip, skip + limit), count: rows.length, installToFutureLocations: false } };
	},
};
