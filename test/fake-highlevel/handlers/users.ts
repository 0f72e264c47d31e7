import { newId } from '../store';
import { HttpError, type Call, type Handler } from './framework';
import { intQuery, notFound, textQuery, unprocessable } from './listing';
import { COMPANY_ID } from './locations';

type Rec = Record<string, unknown>;

/**
 * Users (users.json). A user belongs to the agency and to the sub-accounts its role lists; the
 * fake keeps each user in the store of every sub-account it works in (the same record), so
 * per-location lists and agency-wide searches read one truth.
 */

/** Every user the token reaches, once each, oldest first. */
function usersOf(call: Call): Rec[] {
	const seen = new Map<string, Rec>();
	for (const store of call.stores())
		for (const user of store.users.values()) seen.set(String(user.id), user);
	return [...seen.values()];
}

function userOf(call: Call): Rec {
	const user = usersOf(call).find((u) => u.id === call.params.userId);
	if (!user) throw notFound('User');
	return user;
}

function publicUser(user: Rec): Rec {
	const rest = { ...user };
	delete rest.password;
	return rest;
}

/** Puts the user in exactly the stores of its sub-accounts. */
function place(call: Call, user: Rec, locationIds: string[]): void {
	for (const store of call.stores())
		if (!locationIds.includes(store.id)) store.users.delete(String(user.id));
	for (const id of locationIds) call.location(id).users.set(String(user.id), user);
}

function checkLocations(call: Call, locationIds: unknown): string[] {
	const ids = (locationIds as string[] | undefined) ?? [];
	if (call.grant.userType === 'Location' && ids.some((id) => id !== call.locationId)) {
		throw new HttpError(403, {
			statusCode: 403,
			message: 'The token does not have access to this location',
		});
	}
	return ids;
}

function checkRole(body: Rec): void {
	if (body.type !== undefined && !['account', 'agency'].includes(String(body.type)))
		throw unprocessable('type must be one of account, agency');
	if (body.role !== undefined && !['admin', 'user'].includes(String(body.role)))
		throw unprocessable('role must be one of admin, user');
}

function emailTaken(call: Call, email: unknown, except?: unknown): boolean {
	return usersOf(call).some(
		(u) => u.id !== except && String(u.email).toLowerCase() === String(email).toLowerCase(),
	);
}

export const USER_HANDLERS: Record<string, Handler> = {
	'users/get-user-by-location': (call) => ({
		body: {
			users: [...call.location(String(call.query.locationId)).users.values()].map(publicUser),
		},
	}),
	'users/search-users': (call) => {
		const companyId = textQuery(call, 'companyId');
		if (call.grant.userType === 'Company' && companyId !== call.grant.companyId)
			throw new HttpError(403, {
				statusCode: 403,
				message: 'The token does not have access to this company',
			});
		const query = textQuery(call, 'query')?.toLowerCase();
		const locationId = textQuery(call, 'locationId');
		const type = textQuery(call, 'type');
		const role = textQuery(call, 'role');
		const ids = textQuery(call, 'ids')?.split(',');
		const skip = intQuery(call, 'skip', 0);
		const limit = intQuery(call, 'limit', 25, { min: 1, max: 100 });
		const sort = textQuery(call, 'sort') ?? 'dateAdded';
		const direction = textQuery(call, 'sortDirection') ?? 'asc';
		if (!['dateAdded', 'firstName', 'lastName', 'email'].includes(sort))
			throw unprocessable('sort must be one of dateAdded, firstName, lastName, email');
		if (!['asc', 'desc'].includes(direction))
			throw unprocessable('sortDirection must be one of asc, desc');
		const hits = usersOf(call)
			.filter(
				(u) =>
					!query ||
					[u.name, u.email, u.phone].some((v) =>
						String(v ?? '')
							.toLowerCase()
							.includes(query),
					),
			)
			.filter((u) => !locationId || ((u.roles as Rec).locationIds as string[]).includes(locationId))
			.filter((u) => !type || (u.roles as Rec).type === type)
			.filter((u) => !role || (u.roles as Rec).role === role)
			.filter((u) => !ids || ids.includes(String(u.id)))
			.sort(
				(a, b) =>
					(direction === 'asc' ? 1 : -1) *
					(String(a[sort] ?? '').localeCompare(String(b[sort] ?? '')) ||
						String(a.id).localeCompare(String(b.id))),
			);
		return { body: { users: hits.slice(skip, skip + limit).map(publicUser), count: hits.length } };
	},
	'users/get-user': (call) => ({ body: publicUser(userOf(call)) }),
	'users/create-user': (call) => {
		checkRole(call.body);
		if (call.body.companyId !== COMPANY_ID)
			throw new HttpError(400, { statusCode: 400, message: 'Company not found' });
		if (emailTaken(call, call.body.email))
			throw new HttpError(400, { statusCode: 400, message: 'User with this email already exists' });
		const locationIds = checkLocations(call, call.body.locationIds);
		if (call.body.type === 'account' && !locationIds.length)
			throw unprocessable('locationIds should not be empty for an account user');
		const first = String(call.body.firstName);
		const last = String(call.body.lastName);
		const user: Rec = {
			id: newId(),
			name: `${first} ${last}`.trim(),
			firstName: first,
			lastName: last,
			email: call.body.email,
			phone: call.body.phone ?? '',
			extension: '',
			permissions: call.body.permissions ?? {},
			roles: { type: call.body.type, role: call.body.role, locationIds, restrictSubAccount: false },
			dateAdded: new Date().toISOString(),
			password: call.body.password,
		};
		place(call, user, locationIds);
		return { status: 201, body: publicUser(user) };
	},
	'users/update-user': (call) => {
		const user = userOf(call);
		checkRole(call.body);
		if (call.body.email !== undefined && emailTaken(call, call.body.email, user.id))
			throw new HttpError(400, { statusCode: 400, message: 'User with this email already exists' });
		for (const key of ['firstName', 'lastName', 'email', 'phone', 'permissions', 'password'])
			if (call.body[key] !== undefined) user[key] = call.body[key];
		user.name = `${String(user.firstName ?? '')} ${String(user.lastName ?? '')}`.trim();
		const roles = user.roles as Rec;
		if (call.body.type !== undefined) roles.type = call.body.type;
		if (call.body.role !== undefined) roles.role = call.body.role;
		if (call.body.locationIds !== undefined) {
			roles.locationIds = checkLocations(call, call.body.locationIds);
			place(call, user, roles.locationIds as string[]);
		}
		return { body: publicUser(user) };
	},
	'users/delete-user': (call) => {
		const user = userOf(call);
		for (const store of call.stores()) store.users.delete(String(user.id));
		return {
			body: {
				succeded: true,
				message: `Queued deleting user with e-mail ${String(user.email)} and name ${String(user.name)}. Will take effect in a few minutes.`,
			},
		};
	},
};
