/** @type {import('jest').Config} */
module.exports = {
	// Console output of passing tests (n8n's logger among it) is not shown; see the file.
	testEnvironment: '<rootDir>/test/support/quiet-environment.js',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	// A bound for a hang, not a speed check: the property-based and matrix tests take tens of
	// seconds on a loaded two-core machine.
	testTimeout: 120000,
	maxWorkers: 2,
	// A green run prints the summary only: no line per passing file; failures in full, at the end.
	reporters: [['summary', { summaryThreshold: 0 }], '<rootDir>/test/support/summary-reporter.js'],
};
