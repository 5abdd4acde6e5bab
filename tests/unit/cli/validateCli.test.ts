import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from './runCli';
import talentJson from '../../../data/talent.json';

const cli = cliHarness('src/cli/validate.ts');
const { dir, file } = cli;
/** Runs `npm run validate -- <args>` the way a user would, without npm's banner. */
const validate = cli.run;

describe('npm run validate', { timeout: 30_000 }, () => {
	it('passes the committed dataset', () => {
		const { code, out } = validate('data/talent.json');
		expect(code).toBe(0);
		expect(out).toContain('✓ data/talent.json: a valid dataset');
	});

	it('passes a file of flows in columns as npm run aggregate writes it, and names a broken flow', () => {
		const path = 'tests/e2e/fixtures/aggregated-flows.columns.json';
		const { code, out } = validate(path);
		expect(code).toBe(0);
		expect(out).toContain(
			`✓ ${path}: a valid file of flows in columns (36 flows counting 320 moves, 4 organizations)`
		);
		const broken = JSON.parse(readFileSync(path, 'utf8'));
		broken.weight[4] = 0;
		const failed = validate(file('flows.json', JSON.stringify(broken)));
		expect(failed.code).toBe(1);
		expect(failed.out).toContain('  weight[4]: must be at least 1');
	});

	it('fails a broken copy with one path-level line per problem', () => {
		const broken = structuredClone(talentJson) as any;
		broken.moves[3].date.start = 'March 2024';
		broken.trends[0].colour = 'red';
		const { code, out } = validate(file('broken.json', JSON.stringify(broken)));
		expect(code).toBe(1);
		expect(out).toContain('2 problems');
		expect(out).toContain('  moves[3].date.start: expected a date like 2024-03 or 2024-03-26');
		expect(out).toContain('  trends[0]: unknown field "colour"');
	});

	it.each([
		{ name: 'an empty file', path: () => file('empty.json', ''), message: 'the file is empty' },
		{
			name: 'malformed JSON',
			path: () => file('bad.json', '{"moves": ['),
			message: 'this is not valid JSON'
		},
		{ name: 'a missing file', path: () => join(dir, 'missing.json'), message: 'no such file' },
		{ name: 'a folder', path: () => dir, message: 'this is a folder, not a file' }
	])('explains $name in plain words, without a stack trace', ({ path, message }) => {
		const { code, out } = validate(path());
		expect(code).toBe(1);
		expect(out).toContain(message);
		expect(out).not.toMatch(/\n\s+at /);
	});

	it('asks for a file when given none', () => {
		const { code, out } = validate();
		expect(code).toBe(2);
		expect(out).toContain('usage: npm run validate -- <dataset.json>');
	});
});
