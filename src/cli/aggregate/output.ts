// Where `npm run aggregate` writes: standard output, or a file that appears only when complete. It
// is written as a temporary file beside it and renamed at the end, so a fault or an interrupt
// never leaves a half-written file under the name asked for.
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { AggregateError } from './engine';

export interface Output {
	/** Appends text (waiting for room when the reader is slower). */
	write(text: string): Promise<void>;
	/** Ends the output: the file takes its name. */
	commit(): Promise<void>;
	/** Gives up: the temporary file goes. Safe to call more than once, or after `commit`. */
	discard(): Promise<void>;
}

/** A fault of the file system, worded with the path asked for. */
function writeFault(out: string, error: unknown): AggregateError {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOSPC' || code === 'EDQUOT')
		return new AggregateError(`${out}: the disk is full, so nothing was written`, 'resources');
	const why =
		code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
			? 'no permission to write there'
			: code === 'ENOENT'
				? 'its folder does not exist'
				: code === 'EISDIR'
					? 'this is a folder'
					: (code ?? 'unknown reason');
	return new AggregateError(`${out}: cannot be written (${why}), so nothing was written`);
}

/** Opens the output: `-` for standard output, else a temporary file beside `out`. */
export async function openOutput(out: string): Promise<Output> {
	if (out === '-') {
		// A failed write is also emitted as an event, which would end the process unheard.
		const ignore = () => undefined;
		process.stdout.on('error', ignore);
		return {
			write: (text) =>
				new Promise<void>((resolve, reject) =>
					// Each write waits for the one before to be taken: the reader sets the pace.
					process.stdout.write(text, (error) =>
						error ? reject(writeFault('standard output', error)) : resolve()
					)
				),
			commit: async () => void process.stdout.off('error', ignore),
			discard: async () => void process.stdout.off('error', ignore)
		};
	}
	const temporary = `${out}.${process.pid}.tmp`;
	let handle: FileHandle | undefined;
	try {
		handle = await open(temporary, 'wx');
	} catch (error) {
		throw writeFault(out, error);
	}
	let done = false;
	return {
		async write(text) {
			try {
				await handle!.write(text);
			} catch (error) {
				throw writeFault(out, error);
			}
		},
		async commit() {
			try {
				await handle!.close();
				await rename(temporary, out);
				done = true;
			} catch (error) {
				throw writeFault(out, error);
			}
		},
		async discard() {
			if (done) return;
			done = true;
			await handle!.close().catch(() => undefined);
			await unlink(temporary).catch(() => undefined);
		}
	};
}
