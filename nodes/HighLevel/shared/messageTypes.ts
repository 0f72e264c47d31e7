import type { INodePropertyOptions } from 'n8n-workflow';

/** `lastMessageType` values `GET /conversations/search` filters on (conversations.json). */
export const LAST_MESSAGE_TYPES = [
	'TYPE_CALL',
	'TYPE_SMS',
	'TYPE_RCS',
	'TYPE_EMAIL',
	'TYPE_SMS_REVIEW_REQUEST',
	'TYPE_WEBCHAT',
	'TYPE_SMS_NO_SHOW_REQUEST',
	'TYPE_CAMPAIGN_SMS',
	'TYPE_CAMPAIGN_CALL',
	'TYPE_CAMPAIGN_EMAIL',
	'TYPE_CAMPAIGN_VOICEMAIL',
	'TYPE_FACEBOOK',
	'TYPE_CAMPAIGN_FACEBOOK',
	'TYPE_CAMPAIGN_MANUAL_CALL',
	'TYPE_CAMPAIGN_MANUAL_SMS',
	'TYPE_GMB',
	'TYPE_CAMPAIGN_GMB',
	'TYPE_REVIEW',
	'TYPE_INSTAGRAM',
	'TYPE_WHATSAPP',
	'TYPE_CUSTOM_SMS',
	'TYPE_CUSTOM_EMAIL',
	'TYPE_CUSTOM_PROVIDER_SMS',
	'TYPE_CUSTOM_PROVIDER_EMAIL',
	'TYPE_IVR_CALL',
	'TYPE_ACTIVITY_CONTACT',
	'TYPE_ACTIVITY_INVOICE',
	'TYPE_ACTIVITY_PAYMENT',
	'TYPE_ACTIVITY_OPPORTUNITY',
	'TYPE_LIVE_CHAT',
	'TYPE_LIVE_CHAT_INFO_MESSAGE',
	'TYPE_ACTIVITY_APPOINTMENT',
	'TYPE_FACEBOOK_COMMENT',
	'TYPE_INSTAGRAM_COMMENT',
	'TYPE_CUSTOM_CALL',
	'TYPE_INTERNAL_COMMENT',
	'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
	'TYPE_TIKTOK',
	'TYPE_TIKTOK_COMMENT',
	'TYPE_ACTIVITY_WHATSAPP',
	'TYPE_FORM_SUBMISSION',
	'TYPE_SMS_REACTION',
] as const;

/** `type` values `GET /conversations/{conversationId}/messages` filters on (comma-separated). */
export const CONVERSATION_MESSAGE_TYPES = [
	'TYPE_CALL',
	'TYPE_SMS',
	'TYPE_RCS',
	'TYPE_EMAIL',
	'TYPE_FACEBOOK',
	'TYPE_GMB',
	'TYPE_INSTAGRAM',
	'TYPE_WHATSAPP',
	'TYPE_ACTIVITY_APPOINTMENT',
	'TYPE_ACTIVITY_CONTACT',
	'TYPE_ACTIVITY_INVOICE',
	'TYPE_ACTIVITY_PAYMENT',
	'TYPE_ACTIVITY_OPPORTUNITY',
	'TYPE_LIVE_CHAT',
	'TYPE_INTERNAL_COMMENTS',
	'TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG',
	'TYPE_TIKTOK',
	'TYPE_ACTIVITY_WHATSAPP',
	'TYPE_FORM_SUBMISSION',
] as const;

const WORDS: Record<string, string> = {
	SMS: 'SMS',
	RCS: 'RCS',
	GMB: 'Google Business',
	IVR: 'IVR',
	WHATSAPP: 'WhatsApp',
	TIKTOK: 'TikTok',
	WEBCHAT: 'Web Chat',
	VOICEMAIL: 'Voicemail',
};

/** `TYPE_CAMPAIGN_SMS` → "Campaign SMS". */
export function messageTypeLabel(value: string): string {
	return value
		.replace(/^TYPE_/, '')
		.split('_')
		.map((word) => WORDS[word] ?? word.charAt(0) + word.slice(1).toLowerCase())
		.join(' ');
}

export function messageTypeOptions(values: readonly string[]): INodePropertyOptions[] {
	return values
		.map((value) => ({ name: messageTypeLabel(value), value }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
