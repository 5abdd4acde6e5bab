import type { CsvInspection, ImportFailure, Imported } from './importFile';
import type { CsvKind, Mapping } from './mapping';

/** What the page asks of the import worker. */
export type WorkerRequest =
	{ type: 'inspect'; file: File } | { type: 'import'; file: File; kind: CsvKind | 'json'; mapping: Mapping };

/** Stages of an import, reported as it goes. */
export type ImportStage = 'reading' | 'parsing' | 'checking' | 'done';

/** What the import worker answers. */
export type WorkerResponse =
	| { type: 'progress'; stage: ImportStage; fraction: number }
	| { type: 'inspected'; format: 'json' } // JSON needs no mapping step
	| { type: 'inspected'; format: 'csv'; inspection: CsvInspection }
	| { type: 'imported'; result: Imported; milliseconds: number }
	| { type: 'failed'; problems: ImportFailure };
