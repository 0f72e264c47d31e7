import type { ApiOperationSpec, SchemaNode } from './apiSpec';

/** What is wrong with a request, in the words of shared/validate.ts's `inputError`. */
export interface Problem {
	field: string;
	expected: string;
	got?: unknown;
}

const MAX_LISTED = 15;

function listed(values: Array<string | number | boolean>): string {
	const shown = values.slice(0, MAX_LISTED).map(String).join(', ');
	return values.length > MAX_LISTED ? `${shown}, …` : shown;
}

function typeWords(type: string | undefined): string {
	switch (type) {
		case 'string':
			return 'text';
		case 'number':
			return 'a number';
		case 'integer':
			return 'a whole number';
		case 'boolean':
			return 'true or false';
		case 'array':
			return 'a list';
		case 'object':
			return 'an object';
		default:
			return 'a value';
	}
}

/**
 * A query value as it comes from the editor (text) or from JSON. HighLevel reads query strings,
 * so numbers and booleans may arrive as text; a list may be a JSON array or comma-separated text.
 */
function checkQueryValue(field: string, schema: SchemaNode, value: unknown): Problem | undefined {
	if (Array.isArray(value)) {
		if (schema.t !== 'array') return { field, expected: typeWords(schema.t), got: value };
		for (const entry of value) {
			const problem = checkQueryValue(field, schema.i ?? {}, entry);
			if (problem) return problem;
		}
		return undefined;
	}
	if (value === null || typeof value === 'object')
		return { field, expected: typeWords(schema.t), got: value };
	const text = String(value).trim();
	if (schema.t === 'array') {
		return text === ''
			? undefined
			: checkQueryValue(
					field,
					schema.i ?? {},
					text.split(',').map((part) => part.trim()),
				);
	}
	if (
		(schema.t === 'number' || schema.t === 'integer') &&
		(text === '' || !Number.isFinite(Number(text)))
	) {
		return { field, expected: typeWords(schema.t), got: value };
	}
	if (schema.t === 'integer' && !Number.isInteger(Number(text)))
		return { field, expected: typeWords(schema.t), got: value };
	if (schema.t === 'boolean' && text !== 'true' && text !== 'false')
		return { field, expected: typeWords(schema.t), got: value };
	if (schema.e) {
		// Several of HighLevel's enum filters take comma-separated values (`type=TYPE_SMS,TYPE_CALL`).
		const allowed = schema.e.map(String);
		if (!text.split(',').every((part) => allowed.includes(part.trim()))) {
			return { field, expected: `one of ${listed(schema.e)}`, got: value };
		}
	}
	return undefined;
}

/** Query parameters: the required ones present, no unknown ones, values of their declared type. */
export function checkQuery(
	spec: ApiOperationSpec,
	qs: Record<string, unknown>,
	label: string,
): Problem | undefined {
	const declared = new Map(
		(spec.q ?? []).map(([name, required, schema]) => [name, { required, schema: schema ?? {} }]),
	);
	for (const name of Object.keys(qs)) {
		if (!declared.has(name)) {
			const known = [...declared.keys()];
			return {
				field: `Query Parameters › ${name}`,
				expected: known.length
					? `one of the operation's query parameters: ${listed(known)}`
					: 'no query parameters: the operation takes none',
			};
		}
	}
	for (const [name, { required, schema }] of declared) {
		const value = qs[name];
		if (value === undefined || value === '') {
			if (required)
				return { field: `Query Parameters › ${name}`, expected: `a value: ${label} requires it` };
			continue;
		}
		const problem = checkQueryValue(`Query Parameters › ${name}`, schema, value);
		if (problem) return problem;
	}
	return undefined;
}

function checkJson(
	field: string,
	schema: SchemaNode,
	value: unknown,
	required: boolean,
): Problem | undefined {
	if (value === null) {
		// HighLevel's DTOs mark optional fields @IsOptional(), which lets null through.
		return required && !schema.n ? { field, expected: typeWords(schema.t), got: value } : undefined;
	}
	switch (schema.t) {
		case 'string':
			if (typeof value !== 'string') return { field, expected: 'text', got: value };
			break;
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value))
				return { field, expected: 'a number', got: value };
			break;
		case 'integer':
			if (typeof value !== 'number' || !Number.isInteger(value))
				return { field, expected: 'a whole number', got: value };
			break;
		case 'boolean':
			if (typeof value !== 'boolean') return { field, expected: 'true or false', got: value };
			break;
		case 'array':
			if (!Array.isArray(value)) return { field, expected: 'a list', got: value };
			for (const [i, entry] of value.entries()) {
				const problem = checkJson(`${field}[${i}]`, schema.i ?? {}, entry, true);
				if (problem) return problem;
			}
			break;
		case 'object': {
			if (typeof value !== 'object' || Array.isArray(value))
				return { field, expected: 'an object', got: value };
			const problem = checkProperties(field, schema, value as Record<string, unknown>);
			if (problem) return problem;
			break;
		}
		default:
			break;
	}
	if (schema.e && !schema.e.includes(value as string | number | boolean)) {
		return { field, expected: `one of ${listed(schema.e)}`, got: value };
	}
	return undefined;
}

/** `Body › contact.email`: where a property sits in the body. */
function child(field: string, name: string): string {
	return field === 'Body' ? `Body › ${name}` : `${field}.${name}`;
}

function checkProperties(
	field: string,
	schema: SchemaNode,
	value: Record<string, unknown>,
): Problem | undefined {
	for (const name of schema.r ?? []) {
		if (value[name] === undefined)
			return { field: child(field, name), expected: 'a value: HighLevel requires it' };
	}
	for (const [name, property] of Object.entries(schema.p ?? {})) {
		if (value[name] === undefined) continue;
		const problem = checkJson(
			child(field, name),
			property,
			value[name],
			(schema.r ?? []).includes(name),
		);
		if (problem) return problem;
	}
	return undefined;
}

/**
 * The body against the operation's schema. Unknown top-level properties are refused where the
 * schema lists its properties: HighLevel's NestJS validation answers them with 422 "property …
 * should not exist", and a typo would otherwise be lost silently.
 */
export function checkBody(spec: ApiOperationSpec, body: unknown): Problem | undefined {
	const schema = spec.b ?? {};
	if (schema.t === 'object' && body !== null && typeof body === 'object' && !Array.isArray(body)) {
		const declared = Object.keys(schema.p ?? {});
		const unknown = Object.keys(body).filter((name) => !declared.includes(name));
		if (declared.length && unknown.length) {
			return {
				field: `Body › ${unknown[0]}`,
				expected: `only the operation's body properties: ${listed(declared)}`,
			};
		}
		return checkProperties('Body', schema, body as Record<string, unknown>);
	}
	return checkJson('Body', schema, body, true);
}

/**
 * An upload (multipart/form-data): the files go in the form fields the schema declares as files
 * (any field where it declares none, as for custom-field uploads named by field ID), the required
 * ones are all there, and the JSON body holds only the text fields, checked as any body is.
 */
export function checkUpload(
	spec: ApiOperationSpec,
	body: unknown,
	fileFields: string[],
): Problem | undefined {
	const properties = spec.b?.p ?? {};
	const fileNames = Object.keys(properties).filter((name) => properties[name].u);
	for (const field of fileFields) {
		if (fileNames.length && !fileNames.includes(field)) {
			return {
				field: `Files › ${field}`,
				expected: `a form field the operation takes files in: ${listed(fileNames)}`,
			};
		}
		if (!fileNames.length && properties[field])
			return {
				field: `Files › ${field}`,
				expected: 'a form field for files; this one takes text, give it in Body',
				got: field,
			};
	}
	for (const name of fileNames) {
		if (
			body !== null &&
			typeof body === 'object' &&
			(body as Record<string, unknown>)[name] !== undefined
		) {
			return {
				field: `Body › ${name}`,
				expected: `no value here: ${name} is a file, given under Files from a binary field of the input item`,
			};
		}
		if (spec.b?.r?.includes(name) && !fileFields.includes(name)) {
			return {
				field: 'Files',
				expected: `a file in the form field ${name}: HighLevel requires it`,
			};
		}
	}
	if (!spec.b) return undefined;
	const textNames = Object.keys(properties).filter((name) => !fileNames.includes(name));
	if (
		fileNames.length &&
		!textNames.length &&
		body !== null &&
		typeof body === 'object' &&
		Object.keys(body).length
	) {
		return {
			field: `Body › ${Object.keys(body)[0]}`,
			expected: 'no text fields: the operation takes only files',
		};
	}
	const text: SchemaNode = {
		...spec.b,
		p: Object.fromEntries(Object.entries(properties).filter(([name]) => !fileNames.includes(name))),
		r: (spec.b.r ?? []).filter((name) => !fileNames.includes(name)),
	};
	return checkBody({ ...spec, b: text }, body);
}
