import type { IDataObject } from 'n8n-workflow';
import {
	type Bench,
	expression,
	key,
	pairedWith,
	type Prepared,
	type Profile,
	setAt,
	useBench,
} from './bench';
import { badValues, type BadValue, MISSING } from './badValues';
import {
	fieldWords,
	isShown,
	operationsUnderTest,
	type Field,
	type OperationUnderTest,
} from './operations';
import { useSecretsScan } from './secrets';

/** Whether the field shows with the valid values of the other fields. */
function shown(field: Field, tops: Record<string, unknown>): boolean {
	return (
		isShown(field.top, tops) &&
		(field.path.length === 1 ||
			field.property.displayOptions === undefined ||
			isShown(field.property, tops))
	);
}

/** What an error must say for a field: its name as shown in the editor (or its collection's, for a fixed collection). */
function namesField(text: string, field: Field): boolean {
	const lower = text.toLowerCase();
	const words = [fieldWords(field), field.property.displayName];
	if (field.group) words.push(field.top.displayName);
	return words.some((w) => lower.includes(w.toLowerCase()));
}

/** The label an input error quotes ("Invalid 'Contact ID' in item 0: …"). */
function quotedLabel(text: string): string | undefined {
	return /Invalid '([^']+)' in item \d+/.exec(text)?.[1];
}

/**
 * Every label the operation's panel shows: its fields' (with and without n8n's "Name or ID"),
 * their collections' and groups', and a group's field as "Group › Field".
 */
function panelLabels(target: OperationUnderTest): Set<string> {
	const labels = new Set<string>();
	for (const field of target.fields) {
		labels.add(fieldWords(field));
		labels.add(field.property.displayName);
		labels.add(field.top.displayName);
		if (field.group) {
			labels.add(field.group.displayName);
			labels.add(`${field.top.displayName} › ${fieldWords(field)}`);
		}
	}
	return labels;
}

/** IDs that would change a URL path if put in it unencoded. */
const PATH_BREAKING = /[/?#]|^\.\.?$/;

/** An item with the field's value replaced, or removed for MISSING. */
function withValue(item: IDataObject, k: string, value: unknown): IDataObject {
	const copy = { ...item };
	if (value === MISSING) delete copy[k];
	else copy[k] = value as IDataObject[keyof IDataObject];
	return copy;
}

function outputsOf(
	result: { items: Array<{ json: IDataObject; pairedItem?: unknown }> },
	i: number,
) {
	return result.items.filter((item) => pairedWith(item) === i);
}

function errorText(output: { json: IDataObject } | undefined): string {
	return `${String(output?.json.error ?? '')} ${String(output?.json.details ?? '')}`.trim();
}

class BadInputCheck {
	readonly problems: string[] = [];
	private readonly labels: Set<string>;

	constructor(
		private readonly bench: Bench,
		private readonly secrets: ReturnType<typeof useSecretsScan>,
		private readonly target: OperationUnderTest,
		private readonly profile: Profile,
		private readonly base: Prepared,
	) {
		this.labels = panelLabels(target);
	}

	private async run(parameters: IDataObject, items: IDataObject[]) {
		const result = await this.bench.run(
			{ parameters, items, filled: new Map(), tops: {} },
			this.target.resource.value,
			this.target.operation.value,
			{
				onError: 'continueRegularOutput',
			},
		);
		this.secrets.capture(result);
		if (result.error)
			this.problems.push(`the node stopped instead of failing items: ${result.error.message}`);
		return result;
	}

	/** Parameters with the field read from each item, and valid values for required fields the field brings into view. */
	private async parametersFor(field: Field): Promise<IDataObject> {
		const parameters = JSON.parse(JSON.stringify(this.base.parameters)) as IDataObject;
		setAt(parameters, field.path, expression(key(field)));
		for (const other of this.target.fields) {
			const rules = {
				...other.property.displayOptions?.show,
				...other.property.displayOptions?.hide,
			};
			if (
				other.path.length !== 1 ||
				!other.required ||
				parameters[other.path[0]] !== undefined ||
				!(field.property.name in rules)
			)
				continue;
			const value = await this.bench.validValues(other, 1, [{}], {});
			if (value) parameters[other.path[0]] = value[0] as IDataObject[keyof IDataObject];
		}
		return parameters;
	}

	/** Each bad value in an item of its own: one error per item, naming the operation and the field, and no request at all. */
	async refused(field: Field, bad: BadValue[]): Promise<void> {
		if (!bad.length) return;
		const k = key(field);
		const result = await this.run(
			await this.parametersFor(field),
			bad.map((b) => withValue(this.base.items[0], k, b.value)),
		);
		const sent = result.requests.map((r) => `${r.method} ${r.path}`);
		if (sent.length)
			this.problems.push(
				`${k}: ${sent.length} requests sent for bad values (${sent.slice(0, 3).join(', ')})`,
			);
		for (const [i, b] of bad.entries()) {
			const outputs = outputsOf(result, i);
			const text = errorText(outputs[0]);
			if (outputs.length !== 1 || outputs[0].json.error === undefined) {
				this.problems.push(`${k} = ${b.what}: ${outputs.length} outputs and no error`);
			} else if (!text.startsWith(this.target.label) || !/\bitem \d+\b/.test(text)) {
				this.problems.push(
					`${k} = ${b.what}: the error does not name the operation and the item: ${text.slice(0, 200)}`,
				);
			} else if (!namesField(text, field) && !(await this.needsCompanions(field))) {
				this.problems.push(
					`${k} = ${b.what}: the error does not name the field: ${text.slice(0, 200)}`,
				);
			}
			const label = quotedLabel(text);
			if (label !== undefined && !this.labels.has(label))
				this.problems.push(
					`${k} = ${b.what}: the error's label '${label}' is no label of the panel: ${text.slice(0, 200)}`,
				);
		}
	}

	/** Whether a valid value of the field alone is refused too (it needs other fields set with it). */
	private async needsCompanions(field: Field): Promise<boolean> {
		const valid = await this.bench.validValues(field, 1, [{}], {});
		if (!valid) return false;
		const result = await this.run(await this.parametersFor(field), [
			{ ...this.base.items[0], [key(field)]: valid[0] as IDataObject[keyof IDataObject] },
		]);
		return result.requests.length === 0 && outputsOf(result, 0)[0]?.json.error !== undefined;
	}

	/** IDs with slashes or dots: refused, or sent encoded so that the request still goes where it should. */
	async encoded(field: Field, bad: BadValue[]): Promise<void> {
		if (!bad.length) return;
		const k = key(field);
		const result = await this.run(
			await this.parametersFor(field),
			bad.map((b) => ({ ...this.base.items[0], [k]: b.value as IDataObject[keyof IDataObject] })),
		);
		for (const request of result.requests) {
			if (!request.operationKey || !this.profile.keys.includes(request.operationKey)) {
				this.problems.push(`${k}: an ID changed the path: ${request.method} ${request.path}`);
			}
		}
		bad.forEach((b, i) => {
			if (outputsOf(result, i).length !== 1 && !this.profile.list)
				this.problems.push(`${k} = ${b.what}: ${outputsOf(result, i).length} outputs`);
		});
	}

	/** A fixed collection that looks fields up by name or key: an unknown one fails the item before the operation's own request. */
	async unknownName(top: Field['top']): Promise<void> {
		const fields = this.target.fields.filter((f) => f.top === top && f.group);
		const locator = fields.find(
			(f) =>
				f.kind === 'locator' &&
				(f.property.modes ?? []).some((m) => m.name === 'key' || m.name === 'name'),
		);
		if (!locator?.group) return;
		const mode = (locator.property.modes ?? []).find(
			(m) => m.name === 'key' || m.name === 'name',
		)?.name;
		const entry: IDataObject = {};
		for (const f of fields.filter((x) => x.group === locator.group)) {
			entry[f.property.name] =
				f === locator ? { __rl: true, mode, value: 'no_such_field_hardening' } : 'Hardening';
		}
		const parameters = { ...this.base.parameters, [top.name]: { [locator.group.name]: [entry] } };
		const result = await this.run(parameters, [this.base.items[0]]);
		const text = errorText(outputsOf(result, 0)[0]);
		const wrote = result.requests.filter((r) => r.operationKey === this.profile.primary);
		if (wrote.length)
			this.problems.push(`${top.name}: an unknown name was sent to ${this.profile.primary}`);
		if (!text.startsWith(this.target.label) || !text.includes(top.displayName)) {
			this.problems.push(
				`${top.name}: an unknown name does not fail the item naming ${top.displayName}: ${text.slice(0, 200)}`,
			);
		}
	}
}

/**
 * The bad-input matrix over one share of the operations: for every field of every operation,
 * each value its description rules out goes in as one item (all other fields valid), and each
 * such item must fail alone, naming the operation, the item and the field, before any request.
 */
export function badInputMatrix(part: number, parts: number): void {
	const bench = useBench();
	const secrets = useSecretsScan();
	const mine = operationsUnderTest().filter((_, i) => i % parts === part);

	it.each(mine.map((o) => [o.label, o] as const))(
		'%s: every bad value fails its own item, naming the field, before any request',
		async (_label, target) => {
			const profile = await bench.profile(target);
			const base = await bench.prepare(target, 1, [], profile.level);
			const check = new BadInputCheck(bench, secrets, target, profile, base);
			for (const field of target.fields) {
				if (field.kind === 'skip' || field.group || !shown(field, base.tops)) continue;
				const bad = badValues(field);
				const breaking = (b: BadValue) =>
					(field.kind === 'id' || field.kind === 'locator') &&
					PATH_BREAKING.test(String((b.value as { value?: unknown })?.value ?? b.value));
				await check.refused(
					field,
					bad.filter((b) => !breaking(b)),
				);
				await check.encoded(field, bad.filter(breaking));
			}
			for (const top of new Set(target.fields.filter((f) => f.group).map((f) => f.top)))
				await check.unknownName(top);
			expect(check.problems).toEqual([]);
		},
	);

	it('shows no token, refresh token, client secret or Private Integration Token anywhere', () => {
		expect(secrets.size()).toBeGreaterThan(mine.length);
		expect(secrets.leaks()).toEqual([]);
	});
}
