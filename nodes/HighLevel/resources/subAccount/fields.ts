import type { IDataObject } from 'n8n-workflow';
import { fieldTable } from '../../shared/fieldTable';

/** What Update changes (UpdateLocationDto of locations.json); settings go in a nested object. */
export const SUB_ACCOUNT_FIELDS = fieldTable([
	{
		name: 'name',
		title: 'Name',
		description: 'Name of the sub-account (the business)',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'phone',
		title: 'Phone',
		description: 'Phone number of the business in E.164 format, e.g. +14155550123',
		check: 'phone',
		placeholder: '+14155550123',
	},
	{
		name: 'address',
		title: 'Address',
		description: 'Street address of the business',
		check: 'text',
	},
	{ name: 'city', title: 'City', description: 'City of the business', check: 'text' },
	{ name: 'state', title: 'State', description: 'State or region of the business', check: 'text' },
	{
		name: 'postalCode',
		title: 'Postal Code',
		description: 'Postal or ZIP code of the business',
		check: 'text',
	},
	{
		name: 'country',
		title: 'Country',
		description: 'Two-letter ISO country code of the business, e.g. US',
		check: 'country',
		placeholder: 'US',
	},
	{
		name: 'website',
		title: 'Website',
		description: 'Website of the business',
		check: 'text',
		placeholder: 'https://example.com',
	},
	{
		name: 'timezone',
		title: 'Time Zone',
		description:
			'Time zone of the sub-account as HighLevel names it (Sub-Account › Get Timezones lists them), e.g. US/Central',
		check: 'text',
		placeholder: 'US/Central',
	},
	{
		name: 'allowDuplicateContact',
		title: 'Allow Duplicate Contacts',
		description: 'Whether contacts with the same email or phone may exist twice',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'allowDuplicateOpportunity',
		title: 'Allow Duplicate Opportunities',
		description: 'Whether a contact may have two opportunities in one pipeline',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'allowFacebookNameMerge',
		title: 'Allow Facebook Name Merge',
		description: 'Whether contacts from Facebook may be merged by name',
		check: 'boolean',
		type: 'boolean',
	},
	{
		name: 'disableContactTimezone',
		title: 'Disable Contact Time Zone',
		description: 'Whether contacts’ own time zones are ignored',
		check: 'boolean',
		type: 'boolean',
	},
]);

export const SETTINGS = [
	'allowDuplicateContact',
	'allowDuplicateOpportunity',
	'allowFacebookNameMerge',
	'disableContactTimezone',
];

/** Puts the settings fields where HighLevel takes them: `settings: {…}`. */
export function nestSettings(body: IDataObject): IDataObject {
	const settings: IDataObject = {};
	const rest: IDataObject = {};
	for (const [key, value] of Object.entries(body))
		(SETTINGS.includes(key) ? settings : rest)[key] = value;
	return Object.keys(settings).length ? { ...rest, settings } : rest;
}
