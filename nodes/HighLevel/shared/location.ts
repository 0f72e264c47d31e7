import type { INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { HighLevelContext } from '../transport/connection';
import { getConnection } from '../transport/connection';

/** A sub-account (location) ID as HighLevel makes them: letters and digits (tests add - and _). */
const LOCATION_ID = '[A-Za-z0-9_-]{1,128}';
const EXAMPLE = 've9EPM428h8vShlRW1KT';
const EXPECTED = `a sub-account ID such as ${EXAMPLE} (letters, digits, - and _)`;
/** HighLevel's app URLs name the sub-account after /location/, on its domain or an agency's own. */
const URL_PATTERN = `^\\s*https?://[^\\s/]+/(?:[^\\s]*/)?location/(${LOCATION_ID})(?:[/?#]\\S*)?\\s*$`;

/**
 * The node's Location ID: the sub-account an item works in, picked by name from the agency's
 * sub-accounts, typed as an ID or taken from a HighLevel URL. Optional: empty means the
 * credential's own sub-account. Defined once here; every resource reads it with
 * `resolveLocationId` (or `readLocationOverride`), which also take the plain text (or expression)
 * saved workflows hold from before it was a picker.
 */
export const locationIdParameter: INodeProperties = {
	displayName: 'Location ID',
	name: 'locationId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	// Optional, yet kept at the top level: agency users set it per item with an expression.
	placeholder: 'Optional: empty means the credential’s sub-account',
	hint: 'Optional. Set it (also per item, with an expression) to work in another sub-account with an agency credential.',
	description:
		'Sub-account to work in. Leave empty to use the credential’s location; pick or set it (also per item, with an expression) when one credential serves several sub-accounts.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Optional: the credential’s sub-account',
			typeOptions: { searchListMethod: 'searchSubAccounts', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: `Optional, e.g. ${EXAMPLE}`,
			hint: 'The sub-account’s ID (Settings › Business Profile in HighLevel); empty means the credential’s sub-account',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: `^\\s*${LOCATION_ID}\\s*$`,
						errorMessage: `Expected ${EXPECTED}`,
					},
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: `https://app.gohighlevel.com/v2/location/${EXAMPLE}/dashboard`,
			hint: 'Any HighLevel page of the sub-account, on HighLevel’s domain or your agency’s',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: URL_PATTERN,
						errorMessage: 'Expected a HighLevel URL with /location/<sub-account ID>/ in it',
					},
				},
			],
			extractValue: { type: 'regex', regex: URL_PATTERN },
		},
	],
};

/**
 * The sub-account an item works on: the node's Location ID when set, otherwise the
 * credential's own location (the PIT's Location ID, or the OAuth location token's).
 */
export async function resolveLocationId(ctx: HighLevelContext, itemIndex: number): Promise<string> {
	const override = readLocationOverride(ctx, itemIndex);
	if (override) return override;
	const { credentialLocationId } = await getConnection(ctx);
	if (credentialLocationId) return credentialLocationId;
	throw new NodeOperationError(ctx.getNode(), 'No location ID to work on', {
		itemIndex,
		description:
			"Set 'Location ID' on the node, or use a credential bound to one sub-account (a Private Integration Token with its Location ID, or an OAuth2 location token).",
	});
}

/** A Location ID value as stored: plain text (saved before the picker) or the picker's `{ mode, value }`. */
interface LocatorValue {
	mode?: unknown;
	value?: unknown;
}

const ID_REGEX = new RegExp(`^${LOCATION_ID}$`);
const URL_REGEX = new RegExp(URL_PATTERN);

function isLocator(value: unknown): value is LocatorValue {
	return !!value && typeof value === 'object' && !Array.isArray(value) && 'value' in value;
}

/**
 * The node's Location ID for an item, checked; undefined when empty. Plain text and expressions
 * from workflows saved before it was a picker read as "By ID".
 */
export function readLocationOverride(ctx: HighLevelContext, itemIndex = 0): string | undefined {
	let stored: unknown;
	try {
		stored =
			'getInputData' in ctx
				? ctx.getNodeParameter('locationId', itemIndex, '')
				: ctx.getNodeParameter('locationId', '');
	} catch (error) {
		// Dropdown loaders run before any item exists; an unresolvable expression there means
		// "no override", never a failed dropdown.
		if (isLoadOptions(ctx)) return undefined;
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
	const mode = isLocator(stored) ? stored.mode : 'id';
	const value = isLocator(stored) ? stored.value : stored;
	if (value === undefined || value === null) return undefined;
	// Only an execution has items; a poll or a dropdown reads the node's one value.
	const where = 'getInputData' in ctx ? ` in item ${itemIndex}` : '';
	const expected =
		mode === 'url' ? 'a HighLevel URL with /location/<sub-account ID>/ in it' : EXPECTED;
	const bad = (got: string) =>
		new NodeOperationError(ctx.getNode(), `Invalid 'Location ID'${where}: expected ${expected}`, {
			itemIndex,
			description: `Got ${got}.`,
		});
	if (typeof value !== 'string') {
		throw bad(typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`);
	}
	const text = value.trim();
	if (!text) return undefined;
	if (mode === 'url') {
		const match = URL_REGEX.exec(text);
		if (!match) throw bad(JSON.stringify(shorten(text)));
		return match[1];
	}
	if (!ID_REGEX.test(text)) throw bad(JSON.stringify(shorten(text)));
	return text;
}

function shorten(text: string): string {
	return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function isLoadOptions(ctx: HighLevelContext): boolean {
	return 'getCurrentNodeParameters' in ctx;
}
