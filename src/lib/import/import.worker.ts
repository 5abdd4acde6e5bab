// Parses, checks and converts an imported file off the main thread, so that the page stays
// responsive with files of hundreds of thousands of rows. One worker serves a visit to the import
// dialog: the table read to show the mapping step is kept for the import of the same file. The
// page cancels by terminating it.
import type { CsvTable } from './csv';
import { readCsv } from './csv';
import { decodeText } from './decode';
import { checkFileSize, importTablePacked, inspectTable, readJsonImport, readsAsJson } from './importFile';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { problemOf, type ProblemMessage } from '../problems/codes';
import { IN_FILE } from '../problems/where';

const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
	self.postMessage(message, { transfer });

/** Says that nothing of the file can be imported, and why: a code for the page to word. */
const failWith = (problem: ProblemMessage) =>
	post({ type: 'failed', problems: [{ where: IN_FILE, ...problem }] });

/** The last file read, and what it held: a CSV's table, or the text of a JSON file. */
let lastRead: { key: string; table?: CsvTable; text?: string } | null = null;

/** Tells files apart without reading them again: a different choice differs in one of these. */
const keyOf = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

async function readText(file: File): Promise<string | null> {
	const size = checkFileSize(file.name, file.size);
	if (!size.ok) {
		post({ type: 'failed', problems: size.problems });
		return null;
	}
	post({ type: 'progress', stage: 'reading', fraction: 0.1 });
	// Not File.text(), which turns bytes that are not UTF-8 into U+FFFD without a word ("Chloé"
	// saved as Windows-1252 would import as "Chlo�"): such a file is refused, naming the line.
	const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
	if (!decoded.ok) {
		failWith(decoded.problem);
		return null;
	}
	return decoded.text;
}

/** The file's table or JSON text: kept from the last request when it is the same file, else read now. */
async function read(file: File): Promise<typeof lastRead> {
	const key = keyOf(file);
	if (lastRead?.key === key) return lastRead;
	lastRead = null;
	const text = await readText(file);
	if (text === null) return null;
	const json = readsAsJson(file.name, text, file.size);
	if (!json.ok) {
		post({ type: 'failed', problems: json.problems });
		return null;
	}
	if (json.value) return (lastRead = { key, text });
	post({ type: 'progress', stage: 'parsing', fraction: 0.3 });
	const csv = readCsv(text);
	if (!csv.ok) {
		failWith(csv.problem);
		return null;
	}
	return (lastRead = { key, table: csv.table });
}

/** The typed arrays of a pack, handed over to the page rather than copied. */
function buffersOf(value: unknown, found: Transferable[] = []): Transferable[] {
	if (ArrayBuffer.isView(value)) found.push(value.buffer as ArrayBuffer);
	else if (value && typeof value === 'object' && !Array.isArray(value))
		for (const item of Object.values(value)) buffersOf(item, found);
	return found;
}

async function handle(request: WorkerRequest) {
	const started = performance.now();
	const file = await read(request.file);
	if (file === null) return;
	if (request.type === 'inspect') {
		if (file.table === undefined) return post({ type: 'inspected', format: 'json' });
		return post({ type: 'inspected', format: 'csv', inspection: inspectTable(file.table) });
	}
	post({ type: 'progress', stage: 'checking', fraction: 0.6 });
	if (request.kind === 'json' || file.table === undefined) {
		const result = readJsonImport(file.text ?? '');
		if (!result.ok) return post({ type: 'failed', problems: result.problems });
		return post(
			{ type: 'imported', result: result.value, milliseconds: performance.now() - started },
			'flows' in result.value ? buffersOf(result.value.flows) : []
		);
	}
	const result = importTablePacked(file.table, request.file.name, request.kind, request.mapping);
	if (!result.ok) return post({ type: 'failed', problems: result.problems });
	post(
		{ type: 'imported', result: result.value, milliseconds: performance.now() - started },
		buffersOf(result.value.packed)
	);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((error: unknown) => {
		// A bug of ours, not the reader's file: say so plainly, without a stack trace.
		const detail = error instanceof Error ? error.message : String(error);
		post({
			type: 'failed',
			problems: [{ where: { at: 'import' }, ...problemOf('importCrashed', { detail }) }]
		});
	});
};
