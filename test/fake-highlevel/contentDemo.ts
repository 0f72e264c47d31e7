import type { LocationStore } from './store';
import { addDocument } from './handlers/proposals';
import { addFunnel } from './handlers/funnels';
import { newId } from './store';
import { addBlog, addBlogAuthor, addBlogCategory, addBlogPost } from './handlers/blogs';

type Rec = Record<string, unknown>;

/** The demo's documents and contracts, blogs and funnels, sent to or written by its contacts and users. */
export function addDemoContent(location: LocationStore): void {
	const contacts = [...location.contacts.values()] as Rec[];
	const recipient = (c: Rec | undefined) =>
		c
			? [
					{
						id: c.id,
						email: c.email,
						firstName: c.firstName,
						lastName: c.lastName,
						contactName: `${String(c.firstName)} ${String(c.lastName)}`,
					},
				]
			: [];
	addDocument(location, {
		name: 'Website redesign proposal',
		recipients: recipient(contacts[0]),
		amount: 4800,
	});
	addDocument(location, {
		name: 'Retainer agreement',
		recipients: recipient(contacts[1]),
		status: 'completed',
		paymentStatus: 'paid',
		amount: 1200,
	});
	addFunnel(location, 'Spring webinar', ['Registration', 'Thank you']);
	addFunnel(location, 'Company website', ['Home', 'About', 'Contact'], 'website');
	const redirect = {
		id: newId(),
		locationId: location.id,
		domain: 'example.com',
		path: '/old-offer',
		pathLowercase: '/old-offer',
		type: 'Permanent',
		target: 'https://example.com/spring-webinar',
		action: 'url',
	};
	location.collection('redirects').set(redirect.id, redirect);
	const news = addBlog(location, 'Agency news');
	addBlog(location, 'Product updates');
	const author = addBlogAuthor(location, 'Ada Lovelace');
	addBlogAuthor(location, 'Alan Turing');
	const category = addBlogCategory(location, 'Events');
	addBlogCategory(location, 'Guides');
	addBlogPost(location, {
		blogId: news._id,
		title: 'Spring webinar recap',
		urlSlug: 'spring-webinar-recap',
		rawHTML: '<p>Thanks for joining.</p>',
		author: author._id,
		categories: [category._id],
		tags: ['webinar'],
	});
	addBlogPost(location, {
		blogId: news._id,
		title: 'Welcome to our blog',
		urlSlug: 'welcome',
		rawHTML: '<p>Hello.</p>',
		author: author._id,
		status: 'DRAFT',
	});
}
