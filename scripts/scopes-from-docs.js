// Scopes the specs leave out of an operation's `security` block, from HighLevel's scope list
// (docs/oauth/Scopes.md of highlevel-api-docs; shared/highlevel-openapi/oauth-docs/Scopes.md here).
// HighLevel checks them all the same, so the node asks for them, the fake enforces them, and the
// hardening matrix takes them away to see the error. Used only where the spec names no scope.
'use strict';

const SCOPES_FROM_DOCS = {
	'locations/get-tag-by-id': ['locations/tags.readonly'],
	'locations/update-tag': ['locations/tags.write'],
	'locations/delete-tag': ['locations/tags.write'],
	'locations/get-custom-value': ['locations/customValues.readonly'],
	'locations/update-custom-value': ['locations/customValues.write'],
	'locations/delete-custom-value': ['locations/customValues.write'],
	'locations/get-custom-field': ['locations/customFields.readonly'],
	'locations/update-custom-field': ['locations/customFields.write'],
	'locations/delete-custom-field': ['locations/customFields.write'],
	'funnels/getFunnels': ['funnels/funnel.readonly'],
	'funnels/getPagesByFunnelId': ['funnels/page.readonly'],
	// Not in Scopes.md: the marketplace app's scope list names these for Documents & Contracts.
	'proposals/list-documents-contracts': ['documents_contracts/list.readonly'],
	'proposals/send-documents-contracts': ['documents_contracts/sendLink.write'],
	'social-media-posting/get-post': ['socialplanner/post.readonly'],
	'social-media-posting/edit-post': ['socialplanner/post.write'],
	'social-media-posting/delete-post': ['socialplanner/post.write'],
	'social-media-posting/get-tags-location-id': ['socialplanner/tag.readonly'],
	// Not in Scopes.md, which names medias.write for the library's upload and delete: the other
	// writes of the media library (folders, renames, bulk moves and deletes) are taken to need it too.
	'medias/create-media-folder': ['medias.write'],
	'medias/update-media-object': ['medias.write'],
	'medias/bulk-update-media-objects': ['medias.write'],
	'medias/bulk-delete-media-objects': ['medias.write'],
};

module.exports = { SCOPES_FROM_DOCS };
