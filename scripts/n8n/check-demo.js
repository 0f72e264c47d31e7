#!/usr/bin/env node
// Checks what `n8n execute --id=hlDemoWorkflow01 --rawOutput` printed (file given as argument): the
// demo workflow ran without error against the fake HighLevel, the contact was created or updated,
// and the contact list it then read holds it. Used by .ci/run after README's start command.
const { readFileSync } = require('node:fs');

const printed = `\n${readFileSync(process.argv[2], 'utf8')}`;
function runOf(text) {
	// The run is indented JSON among log lines: try each top-level "{" line up to the last "}" line.
	const end = text.lastIndexOf('\n}');
	for (
		let start = text.indexOf('\n{');
		start >= 0 && start < end;
		start = text.indexOf('\n{', start + 1)
	) {
		try {
			return JSON.parse(text.slice(start + 1, end + 2));
		} catch {
			// a log line
		}
	}
	return undefined;
}
function failed(why) {
	console.error(`${printed.slice(-3000)}\ndemo workflow check failed: ${why}`);
	process.exit(1);
}

const run = runOf(printed);
if (!run) failed('n8n execute printed no run data');
const resultData = run.data?.resultData ?? {};
if (resultData.error) failed(`the workflow failed: ${resultData.error.message}`);
const output = (node) =>
	(resultData.runData?.[node] ?? [])
		.flatMap((r) => r.data?.main?.[0] ?? [])
		.map((item) => item.json);
const upserted = output('Create or update a contact');
const listed = output('Get many contacts');
if (upserted.length !== 1 || upserted[0].email !== 'newcomer@example.com' || !upserted[0].id) {
	failed(`"Create or update a contact" returned ${JSON.stringify(upserted).slice(0, 500)}`);
}
if (
	!listed.some(
		(contact) => contact.id === upserted[0].id && contact.email === 'newcomer@example.com',
	)
) {
	failed(
		`"Get many contacts" did not list the contact ${upserted[0].id} (${listed.length} contacts)`,
	);
}
console.log(
	`demo workflow: contact ${upserted[0].id} created or updated, and listed among ${listed.length} contacts`,
);
