import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * Runs one request in a fresh import worker and reports each answer; `cancel` stops the work at
 * once by terminating the worker (nothing it had done is kept).
 */
export function runImportWorker(request: WorkerRequest, onMessage: (message: WorkerResponse) => void) {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	let finished = false;
	const finish = () => {
		finished = true;
		worker.terminate();
	};
	worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
		const message = event.data;
		if (message.type !== 'progress') finish();
		onMessage(message);
	};
	worker.onerror = (event) => {
		event.preventDefault();
		finish();
		onMessage({
			type: 'failed',
			problems: [{ where: '(import)', message: 'the import could not run in this browser' }]
		});
	};
	worker.postMessage(request);
	return {
		cancel() {
			if (!finished) finish();
		}
	};
}
