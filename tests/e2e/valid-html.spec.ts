// Every prerendered page passes the W3C Nu HTML checker, run locally from the vnu-jar package (it
// needs Java 11 or later on the PATH) over build/, without the network.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { repoRoot } from './dataFiles';

/** Where vnu-jar keeps the checker (the package's main export is the jar's path). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** The checker's CSS grammar does not know `paint-order` (drawn outlines of chart labels): not a fault. */
const UNKNOWN_TO_THE_CHECKER = [/“paint-order”: Property “paint-order” doesn't exist/];

interface VnuMessage {
	type: string;
	url?: string;
	lastLine?: number;
	message: string;
}

test('every prerendered page passes the Nu HTML checker', async () => {
	const build = join(repoRoot, 'build');
	const pages = (await readdir(build, { recursive: true }))
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(build, file));
	// The story in each language, its address without one, and the 404 page.
	expect(pages.map((file) => relative(build, file)).sort()).toEqual(
		['404.html', 'en/index.html', 'fr/index.html', 'index.html'].sort()
	);

	// --exit-zero-always: the checker then reports through its JSON, on stderr, whatever it finds.
	const { stderr } = await promisify(execFile)(
		'java',
		['-jar', VNU_JAR, '--errors-only', '--exit-zero-always', '--format', 'json', ...pages],
		{ maxBuffer: 16 * 1024 * 1024 }
	).catch((error: NodeJS.ErrnoException) => {
		throw error.code === 'ENOENT'
			? new Error(
					'The Nu HTML checker needs Java 11 or later (on Debian: apt-get install default-jre-headless)'
				)
			: error;
	});
	const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
	const errors = messages
		.filter((message) => message.type === 'error')
		.filter((message) => !UNKNOWN_TO_THE_CHECKER.some((known) => known.test(message.message)))
		.map(
			(message) =>
				`${relative(build, new URL(message.url ?? 'file:///').pathname)}:${message.lastLine ?? '?'}: ${message.message}`
		);
	expect(errors).toEqual([]);
});
