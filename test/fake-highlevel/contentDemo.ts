import type { LocationStore } from './store';
import { addDocument } from './handlers/proposals';

type Rec = Record<string, unknown>;

/** The demo's documents and contracts, blogs and funnels, sent to or written by its contacts and users. */
export function addDemoContent(location: LocationStore): void {
	const contacts = [...location.contacts.values()] as Rec[];
	const recipient = (c: Rec | undefined) =>
		c ? [{ id: c.id, email: c.email, firstName: c.firstName, lastName: c.lastName, contactName: `${String(c.firstName)} ${String(c.lastName)}` }] : [];
	addDocument(location, { name: 'Website redesign proposal', recipients: recipient(contacts[0]), amount: 4800 });
	addDocument(location, { name: 'Retainer agreement', recipients: recipient(contacts[1]), status: 'completed', paymentStatus: 'paid', amount: 1200 });
}
