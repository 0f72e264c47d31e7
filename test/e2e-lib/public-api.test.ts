/**
 * How the end-to-end suite reads an execution through n8n's public API. n8n 1.x lists executions
 * without their status and can report one finished before its run data is saved: the suite must
 * wait for the data, not read an empty run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PublicApi, type Execution } from '../e2e/lib/n8n';

/** A public API with one workflow's executions; `reads` counts each execution's GETs. */
function fakeN8n(detail: (id: string, read: number) => Execution, listed: string[]) {
	const reads = new Map<string, number>();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		res.setHeader('content-type', 'application/json');
		if (url.pathname === '/api/v1/executions') {
			// As n8n 1.x lists them: no status.
			res.end(
				JSON.stringify({
					data: listed.map((id) => ({ id, workflowId: 'wf', finished: false })),
				}),
			);
			return;
		}
		const id = url.pathname.split('/').pop() ?? '';
		const read = (reads.get(id) ?? 0) + 1;
		reads.set(id, read);
		res.end(JSON.stringify(detail(id, read)));
	});
	return { server, reads };
}

async function listen(server: Server): Promise<PublicApi> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return new PublicApi(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'key');
}

const base = { workflowId: 'wf', finished: true };
const ran = { Start: [{ data: { main: [[{ json: {} }]] } }] };

describe('PublicApi.nextFinishedExecution', () => {
	let server: Server | undefined;
	afterEach(async () => {
		await new Promise((resolve) => server?.close(resolve));
		server = undefined;
	});

	it('waits past a finished status whose run data n8n has not saved yet (n8n 1.x)', async () => {
		const fake = fakeN8n(
			(id, read) => ({
				...base,
				id,
				status: read === 1 ? 'running' : 'success',
				data: { resultData: { runData: read <= 3 ? {} : ran } },
			}),
			['1', '2'],
		);
		server = fake.server;
		const api = await listen(server);

		const execution = await api.nextFinishedExecution('wf', new Set(['1']));

		expect(execution.id).toBe('2');
		expect(execution.data?.resultData?.runData).toEqual(ran);
		expect(fake.reads.get('2')).toBe(4);
		expect(fake.reads.has('1')).toBe(false);
	});

	it('returns a failed execution that ran no node once its error is saved', async () => {
		const fake = fakeN8n(
			(id, read) => ({
				...base,
				id,
				status: 'error',
				data: { resultData: read === 1 ? {} : { error: { message: 'Workflow could not start' } } },
			}),
			['7'],
		);
		server = fake.server;
		const api = await listen(server);

		const execution = await api.nextFinishedExecution('wf', new Set());

		expect(execution.data?.resultData?.error?.message).toBe('Workflow could not start');
		expect(fake.reads.get('7')).toBe(2);
	});

	it('gives up at its bound and says what it last read', async () => {
		const fake = fakeN8n(
			(id) => ({ ...base, id, status: 'success', data: { resultData: { runData: {} } } }),
			['9'],
		);
		server = fake.server;
		const api = await listen(server);

		await expect(api.nextFinishedExecution('wf', new Set(), 500)).rejects.toThrow(
			/timed out after 0\.5s waiting for an execution of workflow wf to finish with its run data saved \(execution 9 last read with status success, run data of 0 nodes\)/,
		);
	});
});
