import type { ILoadOptionsFunctions } from 'n8n-workflow';

/** A parameter as the editor holds it now; undefined while empty or an expression only an item can resolve. */
export function currentParameter(ctx: ILoadOptionsFunctions, name: string): string | undefined {
	let value: unknown = ctx.getCurrentNodeParameter(name);
	if (value === undefined) {
		try {
			value = ctx.getNodeParameter(name, '');
		} catch {
			value = undefined;
		}
	}
	return typeof value === 'string' && value.trim() !== '' && !value.startsWith('=')
		? value.trim()
		: undefined;
}
