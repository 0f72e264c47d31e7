import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { readDiscount } from './fields';

/** The keys HighLevel's update DTOs take of what its GET answers (it refuses any other). */
const ITEM_KEYS = [
	'name',
	'description',
	'productId',
	'priceId',
	'currency',
	'amount',
	'qty',
	'taxes',
	'automaticTaxCategoryId',
	'isSetupFeeItem',
	'type',
	'taxInclusive',
];
const TAX_KEYS = ['_id', 'name', 'rate', 'calculation', 'description', 'taxId'];
const ADDRESS_KEYS = ['addressLine1', 'addressLine2', 'city', 'state', 'countryCode', 'postalCode'];
export const BUSINESS_KEYS = ['logoUrl', 'name', 'phoneNo', 'website', 'customValues'];
export const CONTACT_KEYS = [
	'id',
	'name',
	'phoneNo',
	'email',
	'additionalEmails',
	'companyName',
	'customFields',
];

export function pick(source: unknown, keys: string[]): IDataObject {
	const out: IDataObject = {};
	if (!source || typeof source !== 'object') return out;
	for (const key of keys) {
		const value = (source as IDataObject)[key];
		if (value !== undefined && value !== null) out[key] = value;
	}
	return out;
}

export function withAddress(source: unknown, keys: string[]): IDataObject {
	const out = pick(source, keys);
	const address = (source as IDataObject | undefined)?.address;
	if (address && typeof address === 'object') out.address = pick(address, ADDRESS_KEYS);
	return out;
}

export function items(list: unknown): IDataObject[] {
	return (Array.isArray(list) ? (list as IDataObject[]) : []).map((item) => {
		const out = pick(item, ITEM_KEYS);
		if (Array.isArray(item.taxes))
			out.taxes = (item.taxes as IDataObject[]).map((t) => pick(t, TAX_KEYS));
		return out;
	});
}

/**
 * What a PUT of a document keeps from `current` (HighLevel's GET answer) unless the update
 * changes it: title, terms and discount go into `body`; business details the update `set`
 * are merged over the current ones, as HighLevel would otherwise drop the rest.
 */
export function keepCurrent(current: IDataObject, body: IDataObject, set: IDataObject): void {
	for (const key of ['title', 'termsNotes'])
		if (typeof current[key] === 'string') body[key] = current[key];
	if (current.discount)
		body.discount = pick(current.discount, ['type', 'value', 'validOnProductIds']);
	if (set.businessDetails)
		set.businessDetails = {
			...(body.businessDetails as IDataObject),
			...(set.businessDetails as IDataObject),
		};
}

/** A changed discount, completed with the current one's type or value where the update gives only one. */
export function changedDiscount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	current: IDataObject | undefined,
	changes: IDataObject,
	currency: string,
): IDataObject {
	const before = current ?? {};
	return readDiscount(
		ctx,
		itemIndex,
		{ discountType: before.type, discountValue: before.value, ...changes },
		currency,
	);
}
