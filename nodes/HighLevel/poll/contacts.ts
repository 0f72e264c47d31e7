import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { getMany, searchAfterPager } from '../transport/paginate';
import type { ApiRequest } from '../transport/request';
import { millisOf, readWhile, type EventSource, type PollFilters } from './source';

type ContactDate = 'dateAdded' | 'dateUpdated';

function searchRequest(
	locationId: string,
	filters: PollFilters,
	conditions: IDataObject[],
	sort: IDataObject,
): ApiRequest {
	const all = [...conditions];
	if (filters.tag) all.push({ field: 'tags', operator: 'eq', value: filters.tag });
	if (filters.assignedTo)
		all.push({ field: 'assignedTo', operator: 'eq', value: filters.assignedTo });
	const body: IDataObject = { locationId, sort: [sort] };
	if (all.length) body.filters = all;
	return { operation: 'contacts/search-contacts-advanced', body, locationId };
}

/**
 * Contacts by one of their dates: `POST /contacts/search` with a range filter from the position
 * on and the date ascending, so a poll reads only what it emits (`searchAfter` pages).
 */
function contactSource(field: ContactDate, wanted?: EventSource['wanted']): EventSource {
	const timeOf = (record: IDataObject) => millisOf(record[field]);
	return {
		operations: ['contacts/search-contacts-advanced'],
		filters: ['tag', 'assignedTo'],
		timeOf,
		wanted,
		async read(ctx, query, since, enough) {
			const range = { field, operator: 'range', value: { gte: new Date(since).toISOString() } };
			const request = searchRequest(query.locationId, query.filters, [range], {
				field,
				direction: 'asc',
			});
			return await readWhile(
				ctx,
				{ returnAll: false, limit: enough },
				searchAfterPager(request, 'contacts'),
				() => Date.now() < query.deadline,
			);
		},
		async newest(ctx, query) {
			const request = searchRequest(query.locationId, query.filters, [], {
				field,
				direction: 'desc',
			});
			const [latest] = await getMany(
				ctx,
				{ returnAll: false, limit: 1 },
				searchAfterPager(request, 'contacts'),
			);
			return latest;
		},
	};
}

export const newContact = contactSource('dateAdded');

/** A contact whose last change is its creation is New Contact's, not this event's. */
export const contactUpdated = contactSource(
	'dateUpdated',
	(record) => millisOf(record.dateUpdated) !== millisOf(record.dateAdded),
);

/**
 * A chosen tag added to a contact. HighLevel keeps no date of a tag, so the IDs of the contacts
 * that carry it are kept beside the position (read once at activation): each poll walks the
 * contacts changed since, oldest first, and emits those that carry the tag and did not.
 */
export const contactTagAdded: EventSource = {
	...contactSource('dateUpdated'),
	filters: ['tag'],
	async read(ctx, query, since, enough) {
		// Every changed contact: one whose tag was removed must leave the set too.
		return await contactSource('dateUpdated').read(ctx, { ...query, filters: {} }, since, enough);
	},
	async newest(ctx, query) {
		return await contactSource('dateUpdated').newest(ctx, { ...query, filters: {} });
	},
	memory: {
		async initial(ctx, query) {
			if (!query.filters.tag)
				throw new NodeOperationError(ctx.getNode(), 'Choose the tag to watch for');
			const tagged = await getMany(
				ctx,
				{ returnAll: true, limit: 0 },
				searchAfterPager(
					searchRequest(query.locationId, { tag: query.filters.tag }, [], {
						field: 'dateUpdated',
						direction: 'asc',
					}),
					'contacts',
				),
			);
			return tagged.map((contact) => String(contact.id));
		},
		step(record, seen, filters) {
			const id = String(record.id);
			const tags = Array.isArray(record.tags)
				? record.tags.map((tag) => String(tag).toLowerCase())
				: [];
			// HighLevel stores tags in lower case and matches them without regard to case.
			if (!tags.includes(String(filters.tag).toLowerCase())) {
				seen.delete(id);
				return false;
			}
			if (seen.has(id)) return false;
			seen.add(id);
			return true;
		},
	},
};
