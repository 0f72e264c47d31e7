import type { IDataObject } from 'n8n-workflow';
import { companyIdOf } from '../../shared/company';
import { fieldTable } from '../../shared/fieldTable';
import { getManyOperation } from '../../shared/getMany';
import { templatesPager } from '../../shared/lists';
import { resolveLocationId } from '../../shared/location';
import { idDropdownParameter } from '../../shared/params';
import { readId } from '../../shared/read';
import type { OperationDefinition, ResourceDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';

const FILTERS = fieldTable([
	{
		name: 'type',
		title: 'Type',
		description: 'Only templates of this kind',
		check: 'choice',
		type: 'options',
		options: [
			{ name: 'Email', value: 'email' },
			{ name: 'SMS', value: 'sms' },
			{ name: 'WhatsApp', value: 'whatsapp' },
		],
		default: 'email',
	},
	{
		name: 'deleted',
		title: 'Deleted',
		description: 'Whether to list deleted templates instead of the others',
		check: 'boolean',
		type: 'boolean',
	},
]);

const getAll = getManyOperation({
	many: 'templates',
	description:
		'List the sub-account’s email, SMS and WhatsApp message templates (name, type, subject and body)',
	// HighLevel lists templates by their origin, the agency: read from the sub-account for a sub-account token.
	calls: ['locations/GET-all-or-email-sms-templates', 'locations/get-location'],
	properties: [{ ...FILTERS.collection('filters', 'Filters'), placeholder: 'Add Filter' }],
	async pager(itemIndex, { filters, location, cache }) {
		const given = FILTERS.body(this, itemIndex, filters);
		const locationId = await location();
		const originId = await companyIdOf(this, itemIndex, locationId, cache);
		return templatesPager(locationId, originId, itemIndex, given);
	},
});

export const templateIdParameter = idDropdownParameter(
	'templateId',
	'Template Name or ID',
	'getTemplates',
	'template',
);

const deleteTemplate: OperationDefinition = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a template',
	description:
		'Delete an email, SMS or WhatsApp template of the sub-account (HighLevel keeps it among the deleted ones)',
	calls: ['locations/DELETE-an-email-sms-template'],
	properties: [templateIdParameter],
	async execute(itemIndex) {
		const id = readId(this, itemIndex, templateIdParameter);
		const locationId = await resolveLocationId(this, itemIndex);
		await apiRequest<IDataObject>(this, {
			operation: 'locations/DELETE-an-email-sms-template',
			path: { locationId, id },
			itemIndex,
			locationId,
		});
		// locations.json documents no body for this answer.
		return { id, deleted: true };
	},
};

/** Email, SMS and WhatsApp message templates of the sub-account (locations.json); HighLevel offers no create. */
export const template: ResourceDefinition = {
	value: 'template',
	name: 'Email/SMS Template',
	description: 'Message templates of a sub-account (email, SMS, WhatsApp)',
	defaultOperation: getAll.value,
	operations: [deleteTemplate, getAll],
};
