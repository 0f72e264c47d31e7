import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { RESOURCES } from '../../nodes/HighLevel/resources';
import { STANDARD_COLUMNS } from '../../nodes/HighLevel/methods/resourceMapping';
import { toMapperField, type Column } from '../../nodes/HighLevel/shared/columns';
import { toProperty } from '../../nodes/HighLevel/shared/fieldTable';
import type { OperationDefinition, ResourceDefinition } from '../../nodes/HighLevel/shared/types';

/**
 * What the hardening matrix knows of an operation, read from the node's own description only:
 * every field it has (top level, inside collections and fixed collections), what kind of value
 * each takes, and whether it is required. Nothing here names a resource or an operation, so an
 * operation added to RESOURCES joins the matrix as it is.
 */
export type Kind =
	| 'email'
	| 'phone'
	| 'date'
	| 'id'
	| 'text'
	| 'number'
	| 'boolean'
	| 'choice' // options with a fixed list
	| 'choices' // multiOptions with a fixed list
	| 'dynamicChoice' // options filled by a loadOptions method
	| 'dynamicChoices'
	| 'json'
	| 'locator'
	| 'skip';

export interface Field {
	/** Where the value sits in the node's parameters, e.g. ['additionalFields', 'email']. */
	path: string[];
	property: INodeProperties;
	kind: Kind;
	required: boolean;
	/** The top-level parameter the field belongs to (itself, or its collection). */
	top: INodeProperties;
	/** Set for fields inside a fixed collection: the group (`field`) the entries go in. */
	group?: INodePropertyCollection;
}

export interface OperationUnderTest {
	resource: ResourceDefinition;
	operation: OperationDefinition;
	/** `contact/create`. */
	id: string;
	/** What the router prefixes errors with: `Contact › Create`. */
	label: string;
	fields: Field[];
	/** Get Many and the like: an item may yield any number of results (but one error at most). */
	isList: boolean;
}

const ID_NAME = /(?:Id|ID|Ids|IDs)$/;

/** The words an error uses for a field: the display name without n8n's "Name or ID" suffix. */
export function fieldWords(field: Field): string {
	return field.property.displayName.replace(/\s+(?:Names? or IDs?)$/i, '').trim();
}

/** An example value the operation declares for a field (`placeholder`, without n8n's "e.g."). */
export function example(property: INodeProperties): string | undefined {
	const raw = property.placeholder;
	if (typeof raw !== 'string' || !raw.trim()) return undefined;
	const value = raw.replace(/^e\.g\.?\s*/i, '').trim();
	// A placeholder that is an instruction ("Add Field") is no example.
	if (/^Add\b/.test(value) && property.type !== 'string') return undefined;
	return value;
}

function isDateText(value: string | undefined): boolean {
	return !!value && /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?/.test(value);
}

export function kindOf(property: INodeProperties): Kind {
	const name = property.name;
	const words = `${name} ${property.displayName}`;
	const loader = property.typeOptions?.loadOptionsMethod;
	switch (property.type) {
		case 'string': {
			if (property.typeOptions?.password) return 'text';
			if (ID_NAME.test(name) || / IDs?$/.test(property.displayName)) return 'id';
			if (/e-?mail/i.test(words)) return 'email';
			if (/phone/i.test(words)) return 'phone';
			if (isDateText(example(property))) return 'date';
			return 'text';
		}
		case 'dateTime':
			return 'date';
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'options':
			if (loader) return ID_NAME.test(name) ? 'id' : 'dynamicChoice';
			return Array.isArray(property.options) && property.options.length ? 'choice' : 'skip';
		case 'multiOptions':
			return loader ? 'dynamicChoices' : 'choices';
		case 'json':
			return 'json';
		case 'resourceLocator':
			return 'locator';
		default:
			return 'skip';
	}
}

function isProperty(option: unknown): option is INodeProperties {
	return !!option && typeof option === 'object' && 'type' in option && 'name' in option;
}

/** A mapper column as the panel property it stands for: its field table row's, or one of its type. */
function columnProperty(column: Column): INodeProperties {
	if (column.spec) return { ...toProperty(column.spec, false), name: column.id };
	const field = toMapperField(column);
	const type =
		field.type === 'dateTime' ||
		field.type === 'number' ||
		field.type === 'boolean' ||
		field.type === 'options'
			? field.type
			: 'string';
	return {
		displayName: column.label,
		name: column.id,
		type,
		default: type === 'boolean' ? false : '',
		...(field.options ? { options: field.options } : {}),
	};
}

/**
 * The standard columns of a resource mapper (its values sit in `<name>.value.<column>`); custom
 * fields differ per sub-account and are tested on their own (test/nodes/recordMapper.test.ts).
 */
function mapperFields(top: INodeProperties, operation: string): Field[] {
	const method = String(top.typeOptions?.resourceMapper?.resourceMapperMethod ?? '');
	const columns = STANDARD_COLUMNS[method]?.(operation) ?? [];
	return columns
		.filter((column) => !column.hidden)
		.map((column) => {
			const property = columnProperty(column);
			return {
				path: [top.name, 'value', column.id],
				property,
				kind: kindOf(property),
				required: column.required === true,
				top,
			};
		});
}

function fieldsOf(properties: INodeProperties[], operation: string): Field[] {
	const fields: Field[] = [];
	for (const top of properties) {
		if (top.type === 'resourceMapper') {
			fields.push(...mapperFields(top, operation));
			continue;
		}
		if (top.type === 'collection') {
			for (const option of (top.options ?? []).filter(isProperty)) {
				fields.push({
					path: [top.name, option.name],
					property: option,
					kind: kindOf(option),
					required: false,
					top,
				});
			}
			continue;
		}
		if (top.type === 'fixedCollection') {
			for (const group of (top.options ?? []) as INodePropertyCollection[]) {
				for (const value of group.values ?? []) {
					fields.push({
						path: [top.name, group.name, value.name],
						property: value,
						kind: kindOf(value),
						required: false,
						top,
						group,
					});
				}
			}
			continue;
		}
		fields.push({
			path: [top.name],
			property: top,
			kind: kindOf(top),
			required: top.required === true,
			top,
		});
	}
	return fields;
}

/** Every operation of every resource, as the node's description declares them now. */
export function operationsUnderTest(): OperationUnderTest[] {
	return RESOURCES.flatMap((resource) =>
		resource.operations.map((operation) => ({
			resource,
			operation,
			id: `${resource.value}/${operation.value}`,
			label: `${resource.name} › ${operation.name}`,
			fields: fieldsOf(operation.properties, operation.value),
			isList: operation.properties.some((p) => p.name === 'returnAll' || p.name === 'limit'),
		})),
	);
}

/** Whether a top-level property shows, given the values of its siblings. */
export function isShown(property: INodeProperties, values: Record<string, unknown>): boolean {
	const { show, hide } = property.displayOptions ?? {};
	const matches = (rule: Record<string, unknown[] | undefined>) =>
		Object.entries(rule).every(([name, allowed]) => {
			if (
				name === 'resource' ||
				name === 'operation' ||
				name.startsWith('@') ||
				name.startsWith('/')
			)
				return true;
			const value = values[name] ?? undefined;
			return (allowed ?? []).some((a) => a === value);
		});
	if (show && !matches(show as Record<string, unknown[]>)) return false;
	if (
		hide &&
		Object.keys(hide).length &&
		Object.entries(hide).some(([name, allowed]) => (allowed ?? []).some((a) => a === values[name]))
	) {
		return false;
	}
	return true;
}
