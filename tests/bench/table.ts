// The benchmark's one table: each figure with its budget and whether it is met, as Markdown so the
// README can quote it unchanged.
import { cpus, loadavg, totalmem } from 'node:os';

/** One line of the table. `pass` is null for a figure that has no budget (shown for information). */
export interface BenchRow {
	what: string;
	measured: string;
	budget: string;
	pass: boolean | null;
}

/** A row with a budget: passes when the figure is at most the limit. */
export function budgetRow(what: string, value: number, limit: number, unit: Unit): BenchRow {
	return {
		what,
		measured: format(value, unit),
		budget: `≤ ${format(limit, unit)}`,
		pass: Number.isFinite(value) && value <= limit
	};
}

/** A row without a budget, for a figure that explains the others. */
export function infoRow(what: string, measured: string): BenchRow {
	return { what, measured, budget: '—', pass: null };
}

/** A row that says a measurement could not be made, which counts as a missed budget. */
export function errorRow(what: string, error: unknown): BenchRow {
	const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
	return { what, measured: `failed: ${message}`, budget: '—', pass: false };
}

export type Unit = 'ms' | 'KiB' | 'MB' | 'count' | 'score' | 'ratio';

// A whole number (as budgets are) is written without decimals.
const number = (value: number, digits: number) =>
	value.toLocaleString('en', {
		minimumFractionDigits: Number.isInteger(value) ? 0 : digits,
		maximumFractionDigits: Number.isInteger(value) ? 0 : digits
	});

/** A figure with its unit, rounded to what the measurement can tell apart. */
export function format(value: number, unit: Unit): string {
	if (!Number.isFinite(value)) return 'n/a';
	switch (unit) {
		case 'ms':
			return `${number(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
		case 'KiB':
			return `${number(value / 1024, 1)} KiB`;
		case 'MB':
			return `${number(value / 1e6, 1)} MB`;
		case 'count':
			return number(value, 0);
		case 'score':
			return number(value, 0);
		case 'ratio':
			return `${number(value, 2)}×`;
	}
}

/** The date and the machine, printed above the table: timings mean little without them. */
export function machineLine(date: Date, loadAtStart: number, chromium?: string): string {
	const cpu = cpus();
	return [
		`Run ${date.toISOString().replace(/\.\d+Z$/, 'Z')}`,
		`Node ${process.version}`,
		`${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'})`,
		`${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
		// Other work on the machine slows every timing: the load average says how busy it was.
		`load ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
		...(chromium ? [`Chromium ${chromium}`] : [])
	].join(' · ');
}

/** The rows as a Markdown table, columns padded so it also reads well in a terminal. */
export function formatTable(rows: readonly BenchRow[]): string {
	const cells = rows.map((r) => [
		r.what,
		r.measured,
		r.budget,
		r.pass === null ? '—' : r.pass ? 'pass' : 'FAIL'
	]);
	const header = ['what', 'measured', 'budget', 'pass/fail'];
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
