import type { LocationStore } from './store';
import type { Call } from './handlers/framework';
import { INVOICE_HANDLERS } from './handlers/invoices';
import { addCheckoutOrder, addSubscription, PAYMENT_HANDLERS } from './handlers/payments';
import { addProduct } from './handlers/products';
import { addObjectRecord, addObjectSchema, type ObjectFieldSeed } from './handlers/objects';
import { addAssociation, ASSOCIATION_HANDLERS } from './handlers/associations';
import { BUSINESS_HANDLERS } from './handlers/businesses';

type Rec = Record<string, unknown>;

/** A request as the location's own token would send it, for seeding through the handlers themselves. */
function asLocation(store: LocationStore, body: Rec): Call {
	return {
		params: {},
		query: {},
		files: [],
		body: { altId: store.id, altType: 'location', ...body },
		location: () => store,
		stores: () => [store],
		grant: { userType: 'Location' },
		locationId: store.id,
		findContact: (id) => {
			const contact = store.contacts.get(id);
			return contact ? { store, contact } : undefined;
		},
	};
}

/**
 * What a shop in the demo sub-account has: products with prices, an invoice template, a draft
 * invoice, an estimate, an order with its payment, a subscription and a coupon. Amounts are in the
 * currency's main unit, as HighLevel's invoice and payment APIs take them.
 */
export function addCommerceDemo(store: LocationStore): void {
	const [grace, katherine] = [...store.contacts.values()];
	const consulting = addProduct(
		store,
		{
			name: 'Consulting hour',
			productType: 'SERVICE',
			description: 'One hour with a senior consultant',
		},
		[{ name: 'Standard rate', amount: 150 }],
	);
	const kit = addProduct(
		store,
		{ name: 'Starter kit', productType: 'PHYSICAL', availableInStore: true, slug: 'starter-kit' },
		[
			{
				name: 'Single kit',
				amount: 49.99,
				trackInventory: true,
				availableQuantity: 40,
				sku: 'KIT-1',
			},
		],
	);
	const membership = addProduct(store, { name: 'Membership', productType: 'DIGITAL' }, [
		{
			name: 'Monthly',
			type: 'recurring',
			amount: 29,
			recurring: { interval: 'month', intervalCount: 1 },
		},
	]);
	const business = {
		name: 'Demo Consulting LLC',
		phoneNo: '+14155550199',
		website: 'https://example.com',
		address: {
			addressLine1: '1 Market St',
			city: 'San Francisco',
			state: 'CA',
			countryCode: 'US',
			postalCode: '94105',
		},
	};
	const contactDetails = (c: Rec) => ({
		id: c.id,
		name: `${String(c.firstName)} ${String(c.lastName)}`,
		email: c.email,
		phoneNo: c.phone ?? '',
	});
	const line = (p: { product: Rec; prices: Rec[] }, qty: number) => ({
		name: p.product.name,
		productId: p.product._id,
		priceId: p.prices[0]._id,
		currency: 'USD',
		amount: p.prices[0].amount,
		qty,
	});

	INVOICE_HANDLERS['invoices/create-invoice-template'](
		asLocation(store, {
			name: 'Consulting',
			businessDetails: business,
			currency: 'USD',
			items: [line(consulting, 1)],
			discount: { type: 'percentage', value: 0 },
			termsNotes: 'Payable within 14 days',
		}),
	);
	INVOICE_HANDLERS['invoices/create-invoice'](
		asLocation(store, {
			name: 'Kick-off workshop',
			businessDetails: business,
			currency: 'USD',
			items: [line(consulting, 3), line(kit, 2)],
			discount: { type: 'percentage', value: 10 },
			contactDetails: contactDetails(grace),
			issueDate: '2026-01-05',
			dueDate: '2026-01-19',
			sentTo: { email: [grace.email] },
			liveMode: false,
		}),
	);
	INVOICE_HANDLERS['invoices/create-new-estimate'](
		asLocation(store, {
			name: 'Website audit',
			businessDetails: business,
			currency: 'USD',
			items: [line(consulting, 8)],
			discount: { type: 'fixed', value: 100 },
			contactDetails: contactDetails(katherine),
			frequencySettings: { enabled: false },
		}),
	);
	addCheckoutOrder(store, {
		contactId: String(grace.id),
		lines: [
			{ priceId: String(kit.prices[0]._id), qty: 2 },
			{ priceId: String(consulting.prices[0]._id), qty: 1 },
		],
	});
	// A reseller's bulk order, a minute later (the latest, first in the orders dropdown): enough
	// units that every shipment the matrices record fits.
	const bulk = addCheckoutOrder(store, {
		contactId: String(katherine.id),
		lines: [{ priceId: String(kit.prices[0]._id), qty: 5000 }],
		sourceType: 'invoice',
	});
	bulk.createdAt = bulk.updatedAt = new Date(
		Date.parse(String(bulk.createdAt)) + 60_000,
	).toISOString();
	addSubscription(store, {
		contactId: String(katherine.id),
		priceId: String(membership.prices[0]._id),
	});
	PAYMENT_HANDLERS['payments/create-coupon'](
		asLocation(store, {
			name: 'Spring sale',
			code: 'SPRING10',
			discountType: 'percentage',
			discountValue: 10,
			startDate: '2026-01-01T00:00:00.000Z',
		}),
	);
	store.collection('productCollections').set('demo_collection_kits', {
		_id: 'demo_collection_kits',
		altId: store.id,
		name: 'Kits',
		slug: 'kits',
		image: '',
		seo: {},
		createdAt: store.now(),
	});
	BUSINESS_HANDLERS['businesses/create-business']({
		...asLocation(store, {}),
		body: { locationId: store.id, name: business.name, website: business.website },
	});
	addPets(store);
}

/** The demo pets' fields: one of each type the record fields offer (tests seed pets from them too). */
export const PET_FIELDS: ObjectFieldSeed[] = [
	{ key: 'name', name: 'Name', dataType: 'TEXT' },
	{
		key: 'species',
		name: 'Species',
		dataType: 'SINGLE_OPTIONS',
		options: ['Dog', 'Cat', 'Bird'],
	},
	{
		key: 'traits',
		name: 'Traits',
		dataType: 'MULTIPLE_OPTIONS',
		options: ['Friendly', 'Trained', 'Shy'],
	},
	{ key: 'age', name: 'Age', dataType: 'NUMERICAL' },
	{ key: 'vaccinated_on', name: 'Vaccinated On', dataType: 'DATE' },
	{ key: 'insured_value', name: 'Insured Value', dataType: 'MONETORY' },
	{ key: 'vet_phone', name: 'Vet Phone', dataType: 'PHONE' },
	{ key: 'vet_email', name: 'Vet Email', dataType: 'EMAIL' },
	{ key: 'notes', name: 'Notes', dataType: 'LARGE_TEXT' },
];

/** A custom object with a field of each type the record fields offer, two records, and an association to contacts. */
function addPets(store: LocationStore): void {
	addObjectSchema(store, {
		key: 'pets',
		singular: 'Pet',
		plural: 'Pets',
		description: 'Pets of our customers',
		fields: PET_FIELDS,
	});
	const [owner] = [...store.users.keys()];
	const buddy = addObjectRecord(store, 'custom_objects.pets', {
		properties: {
			name: 'Buddy',
			species: 'dog',
			traits: ['friendly', 'trained'],
			age: 4,
			insured_value: { currency: 'default', value: 1200 },
		},
		owner: owner ? [owner] : [],
	});
	addObjectRecord(store, 'custom_objects.pets', {
		properties: { name: 'Whiskers', species: 'cat', traits: ['shy'], age: 2 },
	});
	const petOwner = addAssociation(store, {
		key: 'pet_owner',
		firstObjectKey: 'custom_objects.pets',
		firstObjectLabel: 'Pet',
		secondObjectKey: 'contact',
		secondObjectLabel: 'Owner',
	});
	// Buddy belongs to the first contact (Grace).
	const [grace] = [...store.contacts.values()];
	ASSOCIATION_HANDLERS['associations/create-relation']({
		...asLocation(store, {}),
		body: {
			locationId: store.id,
			associationId: petOwner.id,
			firstRecordId: buddy.id,
			secondRecordId: grace.id,
		},
	});
}
