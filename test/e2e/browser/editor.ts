/**
 * What a person does in n8n's editor, as Playwright steps: add nodes from the node creator, pick
 * values in the node's parameter dropdowns, read the options a dropdown offers. Selectors are
 * the editor's own `data-test-id`s (n8n's Playwright suite uses the same ones).
 */
import type { Locator, Page, Request } from 'playwright-core';

/** Option rows of the dropdown that is open now (closed ones stay in the DOM, hidden). */
function openOptions(page: Page): Locator {
	return page.locator('.el-select__popper li[role="option"]:visible');
}

/** An option's own name: a row shows the name and, below it, the option's description. */
async function optionName(row: Locator): Promise<string> {
	return (await row.evaluate((el) => {
		const name = el.querySelector('.option-headline') ?? el;
		return (name.textContent ?? '').trim();
	})) as string;
}

function exactly(text: string): RegExp {
	return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** Adds n8n's manual trigger to an empty canvas, so that an action node can follow it. */
export async function addManualTrigger(page: Page): Promise<void> {
	await page.getByTestId('canvas-add-button').click();
	await page.getByTestId('node-creator-search-bar').waitFor();
	await page.keyboard.type('manual');
	await page
		.getByTestId('node-creator-item-name')
		.filter({ hasText: /Trigger manually/i })
		.first()
		.click();
	await page.getByTestId('canvas-trigger-node').first().waitFor();
}

/** Opens the node creator after the last node and searches it. */
export async function searchNodes(page: Page, query: string): Promise<void> {
	await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator-search-bar').waitFor();
	await page.keyboard.type(query);
}

/** The node creator's entry whose description is one of `descriptions` (a name can be shared). */
export function creatorEntry(page: Page, descriptions: string[]): Locator {
	const item = page.getByTestId('item-iterator-item');
	return item.filter({
		has: page
			.getByTestId('node-creator-item-description')
			.filter({ hasText: new RegExp(descriptions.map((d) => exactly(d).source).join('|')) }),
	});
}

/**
 * The action rows the node creator lists for the entry that is open, once `expected` is among
 * them or 15 s have passed: the editor renders a long action list in steps, so reading it at the
 * first row can catch only the first screenful (it did in CI, with 200+ actions).
 */
export async function creatorActions(page: Page, expected: string): Promise<string[]> {
	const names = page.getByTestId('node-creator-item-name');
	await names.first().waitFor();
	await names
		.filter({ hasText: exactly(expected) })
		.first()
		.waitFor({ timeout: 15_000 })
		.catch(() => undefined);
	return (await names.allInnerTexts()).map((t) => t.trim());
}

export async function pickCreatorAction(page: Page, action: string): Promise<void> {
	await page
		.getByTestId('node-creator-item-name')
		.filter({ hasText: exactly(action) })
		.click();
	await page.getByTestId('ndv').waitFor();
}

/** The text a parameter's input shows (the chosen option of a dropdown). */
export async function parameterValue(page: Page, name: string): Promise<string> {
	const input = page.getByTestId(`parameter-input-${name}`).locator('input').first();
	await input.waitFor();
	return await input.inputValue();
}

export async function credentialShown(page: Page): Promise<string> {
	return await page.getByTestId('node-credentials-select').locator('input').first().inputValue();
}

/** Picks `option` (its display name) in the dropdown of parameter `name`. */
export async function chooseOption(page: Page, name: string, option: string): Promise<void> {
	if ((await parameterValue(page, name)) === option) return;
	await page.getByTestId(`parameter-input-${name}`).click();
	const rows = openOptions(page);
	await rows.first().waitFor();
	for (const row of await rows.all()) {
		if ((await optionName(row)) === option) {
			await row.click();
			await page.getByTestId(`parameter-input-${name}`).locator('input').first().waitFor();
			return;
		}
	}
	throw new Error(
		`"${option}" is not among the options of ${name}: ${(await Promise.all((await rows.all()).map(optionName))).join(', ')}`,
	);
}

/**
 * Opens the dropdown of parameter `name` and returns the names of its options once they have
 * loaded. Fails with n8n's own message when loading them failed.
 */
export async function openDropdown(
	page: Page,
	name: string,
	timeoutMs = 30_000,
): Promise<string[]> {
	const field = page.getByTestId(`parameter-input-${name}`);
	const rows = openOptions(page);
	const failed = field.locator('input[placeholder*="Error fetching options"]');
	const deadline = Date.now() + timeoutMs;
	// A click that lands while the editor re-renders the field (the operation just changed) can
	// leave the dropdown shut, so click until it is open, as a person would.
	while (!(await rows.count())) {
		if (await failed.count()) {
			throw new Error(
				`the editor could not load the options of ${name}: "${await failed.getAttribute('placeholder')}"`,
			);
		}
		if (Date.now() > deadline)
			throw new Error(`the options of ${name} did not show within ${timeoutMs / 1000}s`);
		if (!(await page.locator('.el-select__popper:visible').count())) await field.click();
		await rows
			.first()
			.or(failed)
			.waitFor({ timeout: 2_000 })
			.catch(() => undefined);
	}
	return await Promise.all((await rows.all()).map(optionName));
}

/** Clicks the option named `option` in the dropdown that is open. */
export async function clickOpenOption(page: Page, option: string): Promise<void> {
	for (const row of await openOptions(page).all()) {
		if ((await optionName(row)) === option) {
			await row.click();
			return;
		}
	}
	throw new Error(`"${option}" is not in the open dropdown`);
}

/** Closes an open dropdown the way a person does: a click beside it (Escape would close the node). */
export async function closeDropdown(page: Page): Promise<void> {
	if (!(await openOptions(page).count())) return;
	await page.getByTestId('tab-params').click();
	await openOptions(page).first().waitFor({ state: 'hidden' });
}

/** Follows the dropdown option lists the editor loads from n8n from now on. */
export function trackOptionLoads(page: Page): {
	waitFor: (count: number, timeoutMs: number) => Promise<void>;
	stop: () => void;
} {
	let loaded = 0;
	let wake = () => {};
	const onFinished = (request: Request) => {
		if (!request.url().includes('/rest/dynamic-node-parameters/options')) return;
		loaded++;
		wake();
	};
	page.on('requestfinished', onFinished);
	return {
		async waitFor(count, timeoutMs) {
			const deadline = Date.now() + timeoutMs;
			while (loaded < count) {
				const left = deadline - Date.now();
				if (left <= 0)
					throw new Error(
						`${loaded} of ${count} dropdowns loaded their options within ${timeoutMs / 1000}s`,
					);
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, left);
					wake = () => {
						clearTimeout(timer);
						resolve();
					};
				});
			}
		},
		stop: () => page.off('requestfinished', onFinished),
	};
}

/** Lets the editor render what it has just received (two animation frames). */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(
		'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
	);
}

/** Parameters of the open node that show n8n's red warning, with the warning's text. */
export async function parametersWithIssues(
	page: Page,
): Promise<Array<{ name: string; issue: string }>> {
	const ndv = page.getByTestId('ndv');
	const flagged: Array<{ name: string; issue: string }> = [];
	for (const icon of await ndv.getByTestId('parameter-issues').all()) {
		if (!(await icon.isVisible())) continue;
		const name = await icon.evaluate((el) => {
			const item = el.closest('[data-test-id="parameter-item"]');
			const inputs = item ? [...item.querySelectorAll('[data-test-id^="parameter-input-"]')] : [];
			const ids = inputs
				.map((i) => i.getAttribute('data-test-id') ?? '')
				.filter((id) => !/^parameter-input-(field|item)$/.test(id));
			return ids[0]?.replace('parameter-input-', '') ?? '?';
		});
		await icon.hover();
		const tooltip = page.getByTestId('tooltip-content').filter({ hasText: 'Issues' });
		const issue = await tooltip
			.last()
			.innerText({ timeout: 5_000 })
			.catch(() => '');
		flagged.push({ name, issue: issue.replace(/\s+/g, ' ').trim() });
		// Move away so that the next icon's tooltip is the only one.
		await page.getByTestId('tab-params').hover();
		await tooltip
			.first()
			.waitFor({ state: 'detached', timeout: 5_000 })
			.catch(() => undefined);
	}
	return flagged;
}

/** The open node's name (n8n renames a node after its operation until someone names it). */
export async function nodeTitle(page: Page): Promise<string> {
	return (await page.getByTestId('node-title-container').innerText()).trim();
}

export async function closeNodeDetails(page: Page): Promise<void> {
	await page.getByTestId('ndv-close-button').click();
	await page.getByTestId('ndv').waitFor({ state: 'hidden' });
}

export async function openNodeDetails(page: Page, nodeName: string): Promise<void> {
	await page.getByTestId('canvas-node').filter({ hasText: nodeName }).first().dblclick();
	await page.getByTestId('ndv').waitFor();
}

/** One column of the resource mapper that is open: its ID, its label and the kind of input it shows. */
export interface MapperColumn {
	id: string;
	label: string;
	input: 'toggle' | 'date' | 'number' | 'dropdown' | 'text';
}

/** The input of a mapper column: n8n names it after the column's ID (`value["<id>"]` → `parameter-input-<id>`). */
const mapperInput = (id: string) => `[data-test-id="parameter-input-${id.replace(/"/g, '\\"')}"]`;
/** Test IDs n8n gives the parts inside a parameter's input, which are no columns. */
const INNER_INPUT_IDS = /^parameter-input-(?:field|item|hint|issues|options-container)$/;

/**
 * The columns the resource mapper shows once those in `expected` (IDs) have appeared: n8n asks the
 * node's resourceMapping method for them when the form opens.
 */
export async function mapperColumns(
	page: Page,
	expected: string[],
	timeoutMs = 30_000,
): Promise<MapperColumn[]> {
	const container = page.getByTestId('mapping-fields-container');
	await container.waitFor({ timeout: timeoutMs });
	for (const id of expected)
		await container.locator(mapperInput(id)).first().waitFor({ timeout: timeoutMs });
	const found = (await container
		.locator('[data-test-id^="parameter-input-"]')
		.evaluateAll((inputs) =>
			inputs.map((el) => {
				const id = (el.getAttribute('data-test-id') ?? '').replace(/^parameter-input-/, '');
				let holder = el.parentElement;
				while (holder && !holder.querySelector('label')) holder = holder.parentElement;
				const label = (holder?.querySelector('label')?.textContent ?? '')
					.replace(/\s+/g, ' ')
					.trim();
				const input = el.querySelector('.el-switch')
					? 'toggle'
					: el.querySelector('.el-date-editor')
						? 'date'
						: el.querySelector(
									'[data-test-id="input-number"], input[role="spinbutton"], .el-input-number',
							  )
							? 'number'
							: el.querySelector('.el-select, .n8n-select')
								? 'dropdown'
								: 'text';
				return { testId: el.getAttribute('data-test-id') ?? '', id, label, input };
			}),
		)) as Array<MapperColumn & { testId: string }>;
	const columns = new Map<string, MapperColumn>();
	for (const { testId, id, label, input } of found) {
		if (!INNER_INPUT_IDS.test(testId) && !columns.has(id)) columns.set(id, { id, label, input });
	}
	return [...columns.values()];
}

/** Scrolls the mapper's column `id` into view, for a screenshot of it. */
export async function showMapperColumn(page: Page, id: string): Promise<void> {
	await page
		.getByTestId('mapping-fields-container')
		.locator(mapperInput(id))
		.first()
		.scrollIntoViewIfNeeded();
}

/** What a resource locator shows: the name picked from its list, or the ID or URL typed. */
export async function locatorValue(page: Page, name: string): Promise<string> {
	return await page
		.getByTestId(`parameter-input-${name}`)
		.locator('input[data-test-id="rlc-input"]')
		.first()
		.inputValue();
}

/** Picks `item` in a resource locator's list after typing `search` in its search box. */
export async function pickFromLocatorList(
	page: Page,
	name: string,
	search: string,
	item: string,
): Promise<void> {
	await page.getByTestId(`parameter-input-${name}`).getByTestId('rlc-input').click();
	await page
		.locator('[data-test-id="rlc-search"] input, input[data-test-id="rlc-search"]')
		.first()
		.fill(search);
	await page
		.getByTestId('rlc-item')
		.filter({ hasText: exactly(item) })
		.first()
		.click();
}
