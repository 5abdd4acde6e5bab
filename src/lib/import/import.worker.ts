// Parses, checks and converts an imported file off the main thread, so that the page stays
// responsive with files of hundreds of thousands of rows. The page cancels by terminating it.
import { checkSize, importCsv, importJson, inspectCsv, looksLikeJson } from './importFile';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => self.postMessage(message);

async function readText(file: File): Promise<string | null> {
	const size = checkSize(file.size);
	if (!size.ok) {
		post({ type: 'failed', problems: size.problems });
		return null;
	}
	post({ type: 'progress', stage: 'reading', fraction: 0.1 });
	return file.text();
}

async function handle(request: WorkerRequest) {
	const text = await readText(request.file);
	if (text === null) return;
	if (request.type === 'inspect') {
		if (looksLikeJson(request.file.name, text)) return post({ type: 'inspected', format: 'json' });
		const inspection = inspectCsv(text);
		return post(
			inspection.ok
				? { type: 'inspected', format: 'csv', inspection: inspection.value }
				: { type: 'failed', problems: inspection.problems }
		);
	}
	const started = performance.now();
	post({ type: 'progress', stage: 'parsing', fraction: 0.4 });
	const result =
		request.kind === 'json'
			? importJson(text)
			: importCsv(text, request.file.name, request.kind, request.mapping);
	post({ type: 'progress', stage: 'checking', fraction: 0.9 });
	post(
		result.ok
			? { type: 'imported', result: result.value, milliseconds: performance.now() - started }
			: { type: 'failed', problems: result.problems }
	);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((error: unknown) => {
		// A bug of ours, not the reader's file: say so plainly, without a stack trace.
		post({
			type: 'failed',
			problems: [
				{
					where: '(import)',
					message: `the import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
				}
			]
		});
	});
};
