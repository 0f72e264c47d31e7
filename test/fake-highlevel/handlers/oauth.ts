import type { LocationStore } from '../store';
import type { Handler } from './framework';
import { intQuery, textQuery } from './listing';

type Rec = Record<string, unknown>;

/** Installations are kept with the agency, in a store named after its company ID. */
const agencyStore = (location: (id: string) => LocationStore, companyId: string) =>
	location(`company:${companyId}`);

/** Records that a marketplace app is installed in a sub-account of an agency. */
export function installApp(
	location: (id: string) => LocationStore,
	install: {
		companyId: string;
		appId: string;
		locationId: string;
		name: string;
		isInstalled?: boolean;
	},
): void {
	agencyStore(location, install.companyId)
		.collection('installedLocations')
		.set(`${install.appId}|${install.locationId}`, {
			_id: install.locationId,
			name: install.name,
			address: '',
			isInstalled: install.isInstalled ?? true,
			appId: install.appId,
		});
}

/** OAuth (oauth.json): the sub-accounts where an app is installed, `skip` + `limit`. */
export const OAUTH_HANDLERS: Record<string, Handler> = {
	'oauth/get-installed-location': (call) => {
		const appId = textQuery(call, 'appId');
		const installed = textQuery(call, 'isInstalled');
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 10, { min: 1 });
		const all = [
			...agencyStore(call.location, String(textQuery(call, 'companyId')))
				.collection('installedLocations')
				.values(),
		]
			.filter((l) => l.appId === appId)
			.filter((l) => installed === undefined || l.isInstalled === (installed === 'true'))
			.map((l): Rec => ({
				_id: l._id,
				name: l.name,
				address: l.address,
				isInstalled: l.isInstalled,
			}));
		return {
			body: {
				locations: all.slice(skip, skip + limit),
				count: all.length,
				installToFutureLocations: false,
			},
		};
	},
};
