import { randomBytes } from 'node:crypto';
import type { InvalidFieldValuePolicy } from './fieldValues';

type Rec = Record<string, unknown>;

export function newId(): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = randomBytes(20);
	let id = '';
	for (const b of bytes) id += alphabet[b % alphabet.length];
	return id;
}

/** One sub-account's records, as HighLevel keeps them. */
export class LocationStore {
	allowDuplicateContact = false;
	/** What HighLevel does with a custom field value it cannot store (see fieldValues.ts). */
	invalidFieldValues: InvalidFieldValuePolicy = 'reject';
	contacts = new Map<string, Rec>();
	notes = new Map<string, Rec>();
	tasks = new Map<string, Rec>();
	tags = new Map<string, { id: string; name: string; locationId: string }>();
	customFields = new Map<string, Rec>();
	users = new Map<string, Rec>();
	workflows = new Map<string, Rec>();
	campaigns = new Map<string, Rec>();
	workflowEnrolments = new Set<string>();
	campaignEnrolments = new Set<string>();
	/** Records of the other resources, by collection name (opportunities, conversations…). */
	private collections = new Map<string, Map<string, Rec>>();
	/** Contacts in search order (dateAdded desc, id desc); rebuilt lazily after changes. */
	private sorted: Rec[] | undefined;
	private clock = Date.UTC(2026, 0, 1);

	constructor(readonly id: string) {}

	/**
	 * How many records the location keeps, over every kind (enrolments included). Collections are
	 * made on first use, so their number is not a count of records: a run that happens to use one
	 * first must not look as if it made a record more.
	 */
	recordCount(): number {
		let total = 0;
		for (const value of Object.values(this)) {
			if (value !== this.collections && (value instanceof Map || value instanceof Set))
				total += value.size;
		}
		for (const records of this.collections.values()) total += records.size;
		return total;
	}

	/** The records of one collection, made empty on first use. */
	collection(name: string): Map<string, Rec> {
		let map = this.collections.get(name);
		if (!map) this.collections.set(name, (map = new Map()));
		return map;
	}

	touch(): void {
		this.sorted = undefined;
	}

	now(): string {
		this.clock += 1000;
		return new Date(Math.max(this.clock, Date.now())).toISOString();
	}

	ensureTags(names: string[]): void {
		for (const name of names) {
			if (![...this.tags.values()].some((t) => t.name === name)) {
				const id = newId();
				this.tags.set(id, { id, name, locationId: this.id });
			}
		}
	}

	addCustomField(f: {
		name: string;
		fieldKey?: string;
		dataType: string;
		picklistOptions?: string[];
		model?: string;
	}): Rec {
		const id = newId();
		const field = {
			id,
			name: f.name,
			fieldKey:
				f.fieldKey ?? `${f.model ?? 'contact'}.${f.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
			dataType: f.dataType,
			placeholder: '',
			position: this.customFields.size * 50,
			picklistOptions: f.picklistOptions ?? [],
			model: f.model ?? 'contact',
			locationId: this.id,
		};
		this.customFields.set(id, field);
		return field;
	}

	addUser(u: { firstName: string; lastName: string; email: string }): Rec {
		const id = newId();
		const user = {
			id,
			name: `${u.firstName} ${u.lastName}`,
			...u,
			phone: '',
			extension: '',
			roles: { type: 'account', role: 'user', locationIds: [this.id] },
		};
		this.users.set(id, user);
		return user;
	}

	addWorkflow(name: string): Rec {
		const id = newId();
		const wf = {
			id,
			name,
			status: 'published',
			version: 1,
			createdAt: this.now(),
			updatedAt: this.now(),
			locationId: this.id,
		};
		this.workflows.set(id, wf);
		return wf;
	}

	addCampaign(name: string): Rec {
		const id = newId();
		const c = { id, name, status: 'published', locationId: this.id };
		this.campaigns.set(id, c);
		return c;
	}

	addContact(c: Rec): Rec {
		const id = (c.id as string) ?? newId();
		const when = (c.dateAdded as string) ?? this.now();
		const contact: Rec = {
			id,
			locationId: this.id,
			tags: [],
			customFields: [],
			followers: [],
			dnd: false,
			type: 'lead',
			source: null,
			dateAdded: when,
			dateUpdated: when,
			...c,
		};
		if (typeof contact.email === 'string') contact.emailLowerCase = contact.email.toLowerCase();
		contact.firstNameLowerCase =
			typeof contact.firstName === 'string' ? contact.firstName.toLowerCase() : undefined;
		contact.lastNameLowerCase =
			typeof contact.lastName === 'string' ? contact.lastName.toLowerCase() : undefined;
		this.ensureTags((contact.tags as string[]) ?? []);
		this.contacts.set(id, contact);
		this.touch();
		return contact;
	}

	seedContacts(n: number, make?: (i: number) => Rec): void {
		const base = Date.UTC(2025, 0, 1);
		for (let i = 0; i < n; i++) {
			const extra = make?.(i) ?? {};
			this.addContact({
				firstName: `First${i}`,
				lastName: `Last${i}`,
				email: `seed${i}@example.com`,
				dateAdded: new Date(base + i * 1000).toISOString(),
				...extra,
			});
		}
	}

	/** Contacts sorted for search: dateAdded desc, then id desc (HighLevel's default). */
	defaultOrder(): Rec[] {
		if (!this.sorted) {
			this.sorted = [...this.contacts.values()].sort((a, b) =>
				a.dateAdded === b.dateAdded
					? String(b.id).localeCompare(String(a.id))
					: String(b.dateAdded).localeCompare(String(a.dateAdded)),
			);
		}
		return this.sorted;
	}
}
