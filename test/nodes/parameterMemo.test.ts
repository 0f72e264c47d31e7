/**
 * The router's parameter memo, on a context that records what n8n is asked to resolve: each
 * parameter is resolved once per item (an expression) or once per run (a fixed value), and
 * nothing is kept that n8n could answer differently.
 */
import type { IExecuteFunctions, INodeParameters } from 'n8n-workflow';
import { memoizeParameters } from '../../nodes/HighLevel/shared/parameterMemo';

function context(parameters: INodeParameters) {
	const resolved: string[] = [];
	let evaluations = 0;
	const getNodeParameter = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: object,
	): unknown => {
		resolved.push(`${name}@${itemIndex}${options ? ' with options' : ''}`);
		const value = name.includes('.')
			? (parameters[name.split('.')[0]] as Record<string, unknown>)?.[name.split('.')[1]]
			: parameters[name];
		if (value === undefined) return fallback;
		// Every evaluation gives a new value, as `{{ $now }}` or a random ID would.
		if (typeof value === 'string' && value.startsWith('='))
			return `${value.slice(1)}#${itemIndex}.${++evaluations}`;
		return typeof value === 'object' && value ? { ...value } : value;
	};
	const ctx = {
		getNode: () => ({ parameters: structuredClone(parameters) }),
		getNodeParameter,
	} as unknown as IExecuteFunctions;
	return { ctx, resolved, original: getNodeParameter };
}

const read = (ctx: IExecuteFunctions, name: string, itemIndex: number, fallback?: unknown) =>
	ctx.getNodeParameter(name, itemIndex, fallback);

describe('memoizeParameters', () => {
	it('resolves an expression once per item, so the value checked is the value sent', () => {
		const { ctx, resolved } = context({ email: '=mail' });
		memoizeParameters(ctx);
		const first = read(ctx, 'email', 0);
		expect(read(ctx, 'email', 0)).toBe(first);
		expect(read(ctx, 'email', 1)).not.toBe(first);
		expect(read(ctx, 'email', 1)).toBe(read(ctx, 'email', 1));
		expect(resolved).toEqual(['email@0', 'email@1']);
	});

	it('resolves a fixed parameter once for the whole run', () => {
		const { ctx, resolved } = context({ resource: 'contact', limit: 50, returnAll: false });
		memoizeParameters(ctx);
		for (let item = 0; item < 3; item++) {
			expect(read(ctx, 'resource', item)).toBe('contact');
			expect(read(ctx, 'limit', item, 10)).toBe(50);
			expect(read(ctx, 'returnAll', item, true)).toBe(false);
		}
		expect(resolved).toEqual(['resource@0', 'limit@0', 'returnAll@0']);
	});

	it('answers an unset parameter with each caller’s own fallback', () => {
		const { ctx, resolved } = context({});
		memoizeParameters(ctx);
		expect(read(ctx, 'phone', 0, '')).toBe('');
		expect(read(ctx, 'phone', 1, '')).toBe('');
		expect(read(ctx, 'phone', 1, 'none')).toBe('none');
		expect(resolved).toEqual(['phone@0', 'phone@1']);
	});

	it('gives each read its own copy of an object, so no caller sees what another changed', () => {
		const { ctx, resolved } = context({ filters: { query: 'a', tags: ['x'] } });
		memoizeParameters(ctx);
		const filters = read(ctx, 'filters', 0) as { query: string; tags: string[] };
		filters.query = 'changed';
		filters.tags.push('y');
		expect(read(ctx, 'filters', 1)).toEqual({ query: 'a', tags: ['x'] });
		expect(resolved).toEqual(['filters@0']);
	});

	it('keeps no value that is not plain data, such as a date', () => {
		const { ctx, resolved } = context({ when: '2026-01-01' });
		const original = ctx.getNodeParameter;
		(ctx as { getNodeParameter: unknown }).getNodeParameter = (name: string, item: number) => {
			original(name, item);
			return new Date(0);
		};
		memoizeParameters(ctx);
		expect(read(ctx, 'when', 0)).toBeInstanceOf(Date);
		expect(read(ctx, 'when', 0)).toBeInstanceOf(Date);
		expect(resolved).toEqual(['when@0', 'when@0']);
	});

	it('keeps reads by a path and with options apart, and passes a context node straight to n8n', () => {
		const { ctx, resolved } = context({ columns: { value: 'x' }, email: '=mail' });
		memoizeParameters(ctx);
		const skip = { skipValidation: true };
		expect(ctx.getNodeParameter('columns.value', 0, {}, skip)).toBe('x');
		expect(ctx.getNodeParameter('columns.value', 1, {}, skip)).toBe('x');
		const checked = ctx.getNodeParameter('email', 0, '', skip);
		expect(ctx.getNodeParameter('email', 0, '', skip)).toBe(checked);
		read(ctx, 'email', 0);
		const other = { contextNode: { name: 'Other' } } as never;
		ctx.getNodeParameter('email', 0, '', other);
		ctx.getNodeParameter('email', 0, '', other);
		expect(resolved).toEqual([
			'columns.value@0 with options',
			'email@0 with options',
			'email@0',
			'email@0 with options',
			'email@0 with options',
		]);
	});

	it('treats a path into a parameter holding an expression as that item’s own', () => {
		const { ctx, resolved } = context({ columns: { value: '=x', mappingMode: 'defineBelow' } });
		memoizeParameters(ctx);
		const first = ctx.getNodeParameter('columns.value', 0, '');
		expect(ctx.getNodeParameter('columns.value', 1, '')).not.toBe(first);
		expect(ctx.getNodeParameter('columns.value', 1, '')).toBe(
			ctx.getNodeParameter('columns.value', 1, ''),
		);
		expect(resolved).toEqual(['columns.value@0', 'columns.value@1']);
	});

	it('forgets a finished item and gives the context back its own reader', () => {
		const { ctx, resolved, original } = context({ email: '=mail' });
		const memo = memoizeParameters(ctx);
		const first = read(ctx, 'email', 0);
		memo.forget(0);
		expect(read(ctx, 'email', 0)).not.toBe(first);
		expect(resolved).toEqual(['email@0', 'email@0']);
		expect(memo.stored).toEqual({ email: '=mail' });
		memo.restore();
		expect(ctx.getNodeParameter).toBe(original);
	});

	it('keeps nothing when n8n fails to resolve, so the item’s next read fails the same way', () => {
		const { ctx } = context({});
		let calls = 0;
		(ctx as { getNodeParameter: unknown }).getNodeParameter = () => {
			calls++;
			throw new Error('Could not get parameter "email"');
		};
		memoizeParameters(ctx);
		expect(() => read(ctx, 'email', 0)).toThrow('Could not get parameter');
		expect(() => read(ctx, 'email', 0)).toThrow('Could not get parameter');
		expect(calls).toBe(2);
	});
});
