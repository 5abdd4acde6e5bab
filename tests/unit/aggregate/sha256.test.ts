// The provenance of an aggregated file names the SHA-256 of the source's bytes: read in chunks, it
// must be the digest of the whole file, whatever the file's size against the chunk's.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Of } from '../../../src/cli/aggregate/engine';

describe('sha256Of', () => {
	const dir = mkdtempSync(join(tmpdir(), 'talent-flows-sha-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	// Empty, under one chunk, and over two chunks of 1 MiB with a part-chunk at the end.
	for (const size of [0, 1000, 2.5 * 2 ** 20]) {
		it(`is the digest of all ${size} bytes of a file`, async () => {
			const bytes = Buffer.alloc(size);
			for (let i = 0; i < size; i++) bytes[i] = (i * 7919) % 251;
			const file = join(dir, `bytes-${size}.bin`);
			writeFileSync(file, bytes);
			const expected = createHash('sha256').update(bytes).digest('hex');
			expect(await sha256Of(file)).toBe(expected);
		});
	}

	it('refuses a file that cannot be read', async () => {
		await expect(sha256Of(join(dir, 'missing.csv'))).rejects.toThrow(/ENOENT/);
	});
});
