// Ends every run with one plain line ("jest: N passed, N failed, N skipped") that CI and
// people can read without knowing jest's own summary format.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
		process.stdout.write(`\n${line}\n`);
	}
}

module.exports = SummaryReporter;
