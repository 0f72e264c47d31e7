import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve } from 'path';

const NODE_DIR = resolve(__dirname, '../../nodes/HighLevel');

/**
 * A check called with a label typed by hand: `validate.id(this, itemIndex, 'Contact ID', …)`.
 * Labels start with a capital; parameter names and operation keys, which the readers take, do not.
 */
const HAND_TYPED_LABEL = /\(\s*(?:this|ctx),\s*itemIndex,\s*['"`][A-Z]/g;

/**
 * Files that still type labels by hand, and how many: the readers of shared/read.ts take the
 * label from the parameter's property instead, so that an error names the field as the panel
 * does. A file leaves this list when it is converted; none joins it.
 */
const KNOWN: Record<string, number> = {
	'resources/apiOperation/call.ts': 12,
	'resources/association/index.ts': 1,
	'resources/association/relations.ts': 2,
	'resources/calendar/fields.ts': 4,
	'resources/calendarNotification/fields.ts': 2,
	'resources/coupon/fields.ts': 7,
	'resources/customField/fields.ts': 6,
	'resources/estimate/index.ts': 3,
	'resources/invoice/create.ts': 1,
	'resources/invoice/document.ts': 2,
	'resources/invoice/fields.ts': 9,
	'resources/invoiceSchedule/index.ts': 3,
	'resources/invoiceTemplate/index.ts': 1,
	'resources/order/createFulfillment.ts': 1,
};

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return name.endsWith('.ts') && !name.endsWith('.generated.ts') ? [path] : [];
	});
}

describe('error labels (one field idiom)', () => {
	it("come from the parameters' properties: no new hand-typed label", () => {
		const grown: string[] = [];
		for (const file of sources(NODE_DIR)) {
			const name = relative(NODE_DIR, file).split('\\').join('/');
			const count = readFileSync(file, 'utf8').match(HAND_TYPED_LABEL)?.length ?? 0;
			if (count > (KNOWN[name] ?? 0))
				grown.push(`${name}: ${count} labels typed by hand (${KNOWN[name] ?? 0} known)`);
		}
		expect(grown).toEqual([]);
	});
});
