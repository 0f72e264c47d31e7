import { randomUUID } from 'node:crypto';
import type { LocationStore } from './store';

type Rec = Record<string, unknown>;

/**
 * What the fake does with a custom field value HighLevel would not store (an option that is not in
 * the picklist, text in a number field). HighLevel documents neither, and users report both: a 422
 * naming the field, or the value silently dropped while the request succeeds. The node must check
 * before sending either way; tests run it on both.
 */
export type InvalidFieldValuePolicy = 'reject' | 'drop';

export type FieldValueCheck = { ok: true; value: unknown } | { ok: false; message: string };

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * A value as HighLevel stores it for the field's type: numbers as numbers, dates as epoch
 * milliseconds of that day (UTC), options only from the picklist, files as `{<uuid>: {url, meta}}`.
 */
export function checkFieldValue(definition: Rec, value: unknown): FieldValueCheck {
	const name = String(definition.fieldKey ?? definition.id);
	const bad = (expected: string): FieldValueCheck => ({
		ok: false,
		message: `customFields: ${name} must be ${expected}`,
	});
	const picklist = (
		Array.isArray(definition.picklistOptions) ? definition.picklistOptions : []
	).map(String);
	switch (String(definition.dataType)) {
		case 'NUMERICAL':
		case 'FLOAT':
		case 'MONETORY': {
			const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			return typeof n === 'number' && Number.isFinite(n) ? { ok: true, value: n } : bad('a number');
		}
		case 'DATE': {
			if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
			if (
				typeof value !== 'string' ||
				!DAY.test(value) ||
				Number.isNaN(Date.parse(value.slice(0, 10)))
			)
				return bad('a date');
			return { ok: true, value: Date.parse(`${value.slice(0, 10)}T00:00:00Z`) };
		}
		case 'SINGLE_OPTIONS':
		case 'RADIO':
			return typeof value === 'string' && picklist.includes(value)
				? { ok: true, value }
				: bad(`one of ${picklist.join(', ')}`);
		case 'MULTIPLE_OPTIONS':
		case 'CHECKBOX': {
			const list = typeof value === 'string' ? [value] : value;
			if (
				!Array.isArray(list) ||
				!list.every((v) => typeof v === 'string' && picklist.includes(v))
			) {
				return bad(`a list of ${picklist.join(', ')}`);
			}
			return { ok: true, value: list };
		}
		case 'FILE_UPLOAD': {
			const links = typeof value === 'string' ? [value] : value;
			if (
				Array.isArray(links) &&
				links.every((l) => typeof l === 'string' && /^https?:\/\//.test(l))
			) {
				return {
					ok: true,
					value: Object.fromEntries(
						links.map((url: string) => {
							const uuid = randomUUID();
							return [
								uuid,
								{ url, meta: { originalname: url.slice(url.lastIndexOf('/') + 1), uuid } },
							];
						}),
					),
				};
			}
			return value && typeof value === 'object' && !Array.isArray(value)
				? { ok: true, value }
				: bad('a file');
		}
		case 'EMAIL':
			return typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value)
				? { ok: true, value }
				: bad('an email address');
		default:
			return typeof value === 'string' || typeof value === 'number'
				? { ok: true, value: String(value) }
				: bad('text');
	}
}

/** A sub-account's custom fields of every type HighLevel offers, for contacts and opportunities. */
export function addDemoCustomFields(location: LocationStore): void {
	const contact = (name: string, fieldKey: string, dataType: string, picklistOptions?: string[]) =>
		location.addCustomField({ name, fieldKey: `contact.${fieldKey}`, dataType, picklistOptions });
	contact('Favourite Colour', 'favourite_colour', 'TEXT');
	contact('Interests', 'interests', 'MULTIPLE_OPTIONS', ['Boats', 'Cars', 'Planes']);
	contact('Budget', 'budget', 'MONETORY');
	contact('About', 'about', 'LARGE_TEXT');
	contact('Pincode', 'pincode', 'NUMERICAL');
	contact('Renewal Date', 'renewal_date', 'DATE');
	contact('Office Phone', 'office_phone', 'PHONE');
	contact('Billing Email', 'billing_email', 'EMAIL');
	contact('Plan', 'plan', 'SINGLE_OPTIONS', ['Basic', 'Pro', 'Enterprise']);
	contact('Preferred Time', 'preferred_time', 'RADIO', ['Morning', 'Afternoon']);
	contact('Newsletter', 'newsletter', 'CHECKBOX', ['Yes']);
	contact('Channels', 'channels', 'CHECKBOX', ['Email', 'SMS', 'Phone']);
	contact('Contract', 'contract', 'FILE_UPLOAD');
	const opportunity = (
		name: string,
		fieldKey: string,
		dataType: string,
		picklistOptions?: string[],
	) =>
		location.addCustomField({
			name,
			fieldKey: `opportunity.${fieldKey}`,
			dataType,
			picklistOptions,
			model: 'opportunity',
		});
	opportunity('Deal Source', 'deal_source', 'TEXT');
	opportunity('Products', 'products', 'MULTIPLE_OPTIONS', ['Hosting', 'Support', 'Training']);
	opportunity('Priority', 'priority', 'SINGLE_OPTIONS', ['Low', 'Medium', 'High']);
	opportunity('Close Date', 'close_date', 'DATE');
	opportunity('Probability', 'probability', 'NUMERICAL');
	opportunity('Discount', 'discount', 'MONETORY');
}
