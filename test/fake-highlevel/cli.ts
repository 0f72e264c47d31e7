// Runs the fake HighLevel on its own, with demo data: `npm run fake [-- PORT]`.
import { FakeHighLevel } from './index';
import { createDemoData, DEMO_LOCATION_ID, DEMO_TOKEN } from './demo';

async function main() {
	const port = Number(process.argv[2] ?? process.env.FAKE_HIGHLEVEL_PORT ?? 5680);
	const fake = await FakeHighLevel.start({}, port);
	createDemoData(fake);
	console.log(
		`Fake HighLevel on ${fake.baseUrl} (location ${DEMO_LOCATION_ID}, token ${DEMO_TOKEN}); not the real HighLevel.`,
	);
	const stop = () => void fake.stop().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
