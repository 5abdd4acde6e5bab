import type { CsvInspection, ImportFailure, ImportReport } from './importFile';
import type { CsvKind, Mapping } from './mapping';
import type { Dataset } from '../schema/dataset';
import type { PackedDataset } from './packedDataset';
import type { FlowColumns } from './flowColumns';

/**
 * What the page asks of the import worker. One worker serves a whole visit to the import dialog,
 * so the table read for `inspect` is kept for the `import` of the same file, not read again.
 */
export type WorkerRequest =
	{ type: 'inspect'; file: File } | { type: 'import'; file: File; kind: CsvKind | 'json'; mapping: Mapping };

/** Stages of an import, reported as it goes. */
export type ImportStage = 'reading' | 'parsing' | 'checking' | 'done';

/**
 * A finished import as it crosses to the page: a CSV's dataset in columns (copied in milliseconds,
 * rebuilt by the page a slice at a time), a JSON file's dataset as objects, or its flows in columns.
 */
export type ImportedTransfer = ImportReport &
	({ packed: PackedDataset } | { dataset: Dataset } | { flows: FlowColumns });

/** What the import worker answers. */
export type WorkerResponse =
	| { type: 'progress'; stage: ImportStage; fraction: number }
	| { type: 'inspected'; format: 'json' } // JSON needs no mapping step
	| { type: 'inspected'; format: 'csv'; inspection: CsvInspection }
	| { type: 'imported'; result: ImportedTransfer; milliseconds: number }
	| { type: 'failed'; problems: ImportFailure };
