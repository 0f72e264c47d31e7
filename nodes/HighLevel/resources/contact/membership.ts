import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { OperationKey } from '../../apiSpec/operations.generated';
import type { OperationDefinition } from '../../shared/types';
import { contactIdParameter } from '../../shared/params';
import { apiRequest } from '../../transport/request';
import * as validate from '../../shared/validate';
import { optionsOf, readCollection, readId, readWith } from '../../shared/read';

/**
 * Adding a contact to, or removing it from, something: tags, followers, a workflow, a
 * campaign. These operations share one shape: each file (tags.ts, followers.ts, workflows.ts,
 * campaigns.ts) holds its two rows, and `membershipOperation` makes an operation of a row.
 */
export interface Membership {
	value: string;
	name: string;
	action: string;
	description: string;
	operation: OperationKey;
	parameter: INodeProperties;
	/** Path parameter (one ID) or body list (several). */
	sendAs: { path: string } | { bodyList: string };
	extra?: INodeProperties[];
}

export function membershipOperation(m: Membership): OperationDefinition {
	return {
		value: m.value,
		name: m.name,
		action: m.action,
		description: m.description,
		calls: [m.operation],
		properties: [contactIdParameter, m.parameter, ...(m.extra ?? [])],
		async execute(itemIndex) {
			const contactId = readId(this, itemIndex, contactIdParameter);
			const label = m.parameter.displayName;
			const raw = this.getNodeParameter(m.parameter.name, itemIndex);
			const path: Record<string, string> = { contactId };
			let body: IDataObject | undefined;
			let result: IDataObject;
			if ('path' in m.sendAs) {
				const targetId = validate.id(this, itemIndex, label, raw);
				path[m.sendAs.path] = targetId;
				result = { contactId, [m.sendAs.path]: targetId };
				const optionsProperty = m.extra?.find((p) => p.name === 'options');
				const options = optionsProperty ? readCollection(this, itemIndex, optionsProperty) : {};
				if (optionsProperty && options.eventStartTime) {
					const startTime = optionsOf(optionsProperty, options)('eventStartTime');
					body = { eventStartTime: readWith(this, itemIndex, startTime, validate.isoDate) };
				}
			} else {
				const list = validate.stringList(this, itemIndex, label, raw);
				if (m.sendAs.bodyList === 'followers')
					list.forEach((entry) => validate.id(this, itemIndex, label, entry));
				if (!list.length)
					throw validate.inputError(this, itemIndex, label, 'at least one value', raw);
				body = { [m.sendAs.bodyList]: list };
				result = { contactId };
			}
			const response = await apiRequest<IDataObject>(this, {
				operation: m.operation,
				path,
				body,
				itemIndex,
			});
			return { ...result, success: true, ...response };
		},
	};
}
