import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { collectionParameter } from '../../shared/fieldTable';
import { resolveLocationId } from '../../shared/location';
import { optionsOf, readCollection, readId, readText, refuse } from '../../shared/read';
import type { OperationDefinition } from '../../shared/types';
import { apiRequest } from '../../transport/request';
import { POST_FIELDS, checkFormats } from './fields';

const urlSlugParameter: INodeProperties = {
	...POST_FIELDS.property('urlSlug', { required: true }),
	description:
		'The address to check, lower case words joined by hyphens, e.g. spring-webinar-recap',
};

const optionsParameter = collectionParameter(
	'options',
	'Options',
	[
		{
			displayName: 'Ignore Post ID',
			name: 'postId',
			type: 'string',
			default: '',
			placeholder: 'sx6wyHhbFdRXh302Lunr',
			description: 'ID of the post being edited, whose own slug does not count as taken',
		},
	],
	{ placeholder: 'Add Option' },
);

export const checkSlug: OperationDefinition = {
	value: 'checkSlug',
	name: 'Check Slug',
	action: 'Check a blog post slug',
	description:
		'Tell whether a post address (URL slug) is already taken in the location, before creating or renaming a post',
	calls: ['blogs/check-url-slug-exists'],
	properties: [urlSlugParameter, optionsParameter],
	async execute(itemIndex) {
		const urlSlug = readText(this, itemIndex, urlSlugParameter);
		if (!urlSlug)
			throw refuse(
				this,
				itemIndex,
				urlSlugParameter,
				'the address to check, such as spring-webinar-recap',
				urlSlug,
			);
		checkFormats(this, itemIndex, { urlSlug }, { urlSlug });
		const options = readCollection(this, itemIndex, optionsParameter);
		const option = optionsOf(optionsParameter, options);
		const qs: IDataObject = { urlSlug };
		if (options.postId) qs.postId = readId(this, itemIndex, option('postId'));
		const locationId = await resolveLocationId(this, itemIndex);
		qs.locationId = locationId;
		const response = await apiRequest<IDataObject>(this, {
			operation: 'blogs/check-url-slug-exists',
			qs,
			itemIndex,
			locationId,
		});
		return { urlSlug, exists: response.exists === true };
	},
};
