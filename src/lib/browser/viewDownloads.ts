import type { Dataset } from '../schema/dataset';
import type { DashboardState } from '../state/dashboard.svelte';
import { writeMovesFocus } from '../state/movesFocus';

/**
 * The dataset of the moves the table lists (every move the filter keeps, or those behind the
 * balance's number the address names), with the facts they bring, made when asked for; with the
 * article's moves they refine unless `refined` is false (the CSV lists the moves counted).
 */
export async function tableDataset(dashboard: DashboardState, refined = true): Promise<Dataset> {
	const [{ viewDataset }, { factsView }] = await Promise.all([
		import('../core/views/exportView'),
		import('../core/views/factLists')
	]);
	const rows = dashboard.chosen?.tableRows ?? dashboard.rows;
	return viewDataset(dashboard.store, rows, factsView(dashboard.store, rows, dashboard.selection), refined);
}

/** A file name for what the table shows: `talent-flows-moves-meta-from-openai.csv`. */
async function fileName(dashboard: DashboardState, what: string, extension: string): Promise<string> {
	const { exportFileName } = await import('../transforms/exports');
	const focus = dashboard.chosen?.focus;
	return exportFileName(
		what,
		dashboard.view.companies,
		extension,
		focus ? writeMovesFocus(focus) : undefined
	);
}

/** Downloads what the table shows as a dataset (JSON) that validates and imports again. */
export async function downloadViewJson(dashboard: DashboardState): Promise<void> {
	const [{ datasetToJson }, { downloadText }] = await Promise.all([
		import('../transforms/exports'),
		import('./download')
	]);
	const text = datasetToJson(await tableDataset(dashboard));
	downloadText(await fileName(dashboard, 'view', 'json'), text, 'application/json');
}

/** Downloads the moves the table shows as CSV. */
export async function downloadMovesCsv(dashboard: DashboardState): Promise<void> {
	const [{ movesToCsv }, { downloadText }] = await Promise.all([
		import('../transforms/exports'),
		import('./download')
	]);
	const text = movesToCsv(await tableDataset(dashboard, false));
	downloadText(await fileName(dashboard, 'moves', 'csv'), text, 'text/csv');
}
