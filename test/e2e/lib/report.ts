/** Counts and prints the suite's checks; the closing line is what CI reads. */
export class Report {
	passed = 0;
	failed = 0;
	readonly failures: string[] = [];

	async check(name: string, fn: () => void | Promise<void>): Promise<boolean> {
		try {
			await fn();
			this.passed++;
			console.log(`  ✓ ${name}`);
			return true;
		} catch (error) {
			this.failed++;
			this.failures.push(name);
			const message = error instanceof Error ? error.message : String(error);
			console.log(`  ✕ ${name}\n${message.replace(/^/gm, '      ')}`);
			return false;
		}
	}

	summary(): string {
		return `${this.passed} passed, ${this.failed} failed`;
	}
}
