import { problemOf } from '../problems/codes';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** One request's answers, until the final one (anything but progress). */
type Listener = (message: WorkerResponse) => void;

/**
 * The import worker for one visit to the import dialog. Requests run one at a time in the same
 * worker, so the file read for the mapping step is not read again for the import. `cancel` stops
 * the work at once by terminating the worker (nothing it had done is kept; the next request starts
 * a fresh one); `close` ends it when the dialog closes.
 */
export function importWorkerSession() {
	let worker: Worker | null = null;
	let listener: Listener | null = null;

	const stop = () => {
		worker?.terminate();
		worker = null;
		listener = null;
	};
	const start = () => {
		const fresh = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		fresh.onmessage = (event: MessageEvent<WorkerResponse>) => {
			const message = event.data;
			const current = listener;
			if (message.type !== 'progress') listener = null;
			current?.(message);
		};
		fresh.onerror = (event) => {
			event.preventDefault();
			const current = listener;
			stop();
			current?.({
				type: 'failed',
				problems: [{ where: { at: 'import' }, ...problemOf('importUnavailable') }]
			});
		};
		return fresh;
	};

	return {
		/** Sends a request; `onMessage` hears its progress and then its answer. */
		run(request: WorkerRequest, onMessage: Listener) {
			worker ??= start();
			listener = onMessage;
			worker.postMessage(request);
		},
		/** Stops the request under way, if any. */
		cancel() {
			if (listener) stop();
		},
		/** Ends the worker. */
		close: stop
	};
}
