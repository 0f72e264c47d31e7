import type { LocationStore } from '../store';
import { checkFieldValue } from '../fieldValues';
import { HttpError } from './framework';

type Rec = Record<string, unknown>;

/**
 * `[{id|key, field_value}]` → the ID and value of each, rejecting fields the location does not have
 * for the record's model (a contact field on an opportunity is as unknown as a made-up one).
 */
export function customFieldValues(
	store: LocationStore,
	model: string,
	input: unknown,
): Array<{ id: unknown; value: unknown }> | undefined {
	if (!Array.isArray(input)) return undefined;
	return input
		.map((entry: Rec) => {
			const def = [...store.customFields.values()].find(
				(f) =>
					f.model === model &&
					((entry.id && f.id === entry.id) ||
						(entry.key &&
							(f.fieldKey === entry.key || f.fieldKey === `${model}.${String(entry.key)}`))),
			);
			if (!def)
				throw new HttpError(422, {
					statusCode: 422,
					message: [`customFields: unknown field ${String(entry.id ?? entry.key)}`],
					error: 'Unprocessable Entity',
				});
			// Stored as HighLevel stores the field's type; a value it cannot store is refused or dropped.
			const checked = checkFieldValue(def, entry.field_value ?? entry.value);
			if (checked.ok) return { id: def.id, value: checked.value };
			if (store.invalidFieldValues === 'reject')
				throw new HttpError(422, {
					statusCode: 422,
					message: [checked.message],
					error: 'Unprocessable Entity',
				});
			return undefined;
		})
		.filter((value): value is { id: unknown; value: unknown } => value !== undefined);
}
