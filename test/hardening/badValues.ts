import type { INodePropertyOptions } from 'n8n-workflow';
import type { Field } from './operations';

export interface BadValue {
	/** What is wrong, for the test's report. */
	what: string;
	value: unknown;
}

/** Stands for a value the item does not have at all (the expression finds nothing). */
export const MISSING = Symbol('missing');

const OBJECT: BadValue = {
	what: 'an expression that resolves to an object',
	value: { nested: { a: 1 } },
};
const BROKEN_LIST: BadValue = { what: 'a JSON list that does not parse', value: '["unclosed", ' };
const OVERSIZED: BadValue = { what: 'an oversized string', value: 'x'.repeat(100_001) };

/**
 * Values no field of its kind may take, from the field's own description: its kind, whether it
 * is required, its options and its number limits.
 */
export function badValues(field: Field): BadValue[] {
	const p = field.property;
	const bad: BadValue[] = [];
	const stringy = [
		'text',
		'email',
		'phone',
		'date',
		'id',
		'choice',
		'dynamicChoice',
		'json',
	].includes(field.kind);
	if (field.required && stringy)
		bad.push(
			{ what: 'an empty required field', value: '' },
			{ what: 'a missing required field', value: MISSING },
		);
	if (field.required && (field.kind === 'text' || field.kind === 'id'))
		bad.push({ what: 'a required field of blanks', value: '   ' });
	switch (field.kind) {
		case 'email':
			bad.push(
				{ what: 'a malformed email', value: 'not-an-email' },
				{ what: 'an email without a domain', value: 'name@example' },
				OBJECT,
			);
			break;
		case 'phone':
			bad.push(
				{ what: 'a malformed phone', value: 'call me maybe' },
				{ what: 'a phone too short', value: '+12' },
				OBJECT,
			);
			break;
		case 'date':
			bad.push(
				{ what: 'a date not on the calendar', value: '2026-02-30' },
				{ what: 'a date in words', value: 'next tuesday' },
				OBJECT,
			);
			break;
		case 'id':
			bad.push(
				{ what: 'an ID with a slash', value: 'abc/def' },
				{ what: 'an ID that is ..', value: '..' },
				{ what: 'an ID that climbs the path', value: '../../locations/x' },
				{ what: 'an ID with a query', value: 'a?b=c' },
				{ what: 'an ID with a fragment', value: 'a#b' },
				OBJECT,
			);
			break;
		case 'text':
			bad.push(OVERSIZED, OBJECT);
			break;
		case 'number': {
			bad.push({ what: 'a number in words', value: 'many' }, OBJECT);
			const min = p.typeOptions?.minValue;
			const max = p.typeOptions?.maxValue;
			if (typeof min === 'number') bad.push({ what: 'a number below the minimum', value: min - 1 });
			if (typeof max === 'number') bad.push({ what: 'a number above the maximum', value: max + 1 });
			break;
		}
		case 'boolean':
			bad.push({ what: 'a boolean that is neither', value: 'maybe' }, OBJECT);
			break;
		case 'choice': {
			const values = (p.options as INodePropertyOptions[]).map((o) => o.value);
			bad.push({ what: 'an option that does not exist', value: unusedValue(values) }, OBJECT);
			break;
		}
		case 'choices': {
			const values = (p.options as INodePropertyOptions[]).map((o) => o.value);
			bad.push(
				{ what: 'a list with an option that does not exist', value: [unusedValue(values)] },
				OBJECT,
				BROKEN_LIST,
			);
			break;
		}
		case 'dynamicChoice':
			bad.push(OBJECT);
			break;
		case 'dynamicChoices':
			bad.push(OBJECT, BROKEN_LIST);
			break;
		case 'json':
			bad.push({ what: 'JSON that does not parse', value: '{"unclosed": ' });
			break;
		case 'locator':
			bad.push({ what: 'an ID with a slash', value: { __rl: true, mode: 'id', value: 'abc/def' } });
			break;
		default:
			break;
	}
	return bad;
}

function unusedValue(values: unknown[]): string {
	let candidate = 'no-such-option';
	while (values.includes(candidate)) candidate += '-really';
	return candidate;
}
