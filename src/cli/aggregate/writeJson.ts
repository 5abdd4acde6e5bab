// Writes a dataset as JSON when its moves are too many to hold at once: the dataset around them is
// written as `datasetToJson` writes it, and the moves, as they come (each as its JSON), one to a line.
import type { Dataset } from '../../lib/schema/dataset';
import { datasetToJson } from '../../lib/transforms/exports';

/** The dataset's JSON before and after its (empty) list of moves. */
function around(dataset: Dataset): [string, string] {
	const json = datasetToJson({ ...dataset, moves: [] });
	// The one top-level key at the start of a line with a tab; a quote inside a text is escaped.
	const at = json.indexOf('\n\t"moves": []');
	if (at < 0) throw new Error('a dataset always has a list of moves');
	const open = at + '\n\t"moves": ['.length;
	return [json.slice(0, open), json.slice(open)];
}

/**
 * Writes `dataset` with the moves of `chunks` in place of its own, through `write`: each move as
 * `JSON.stringify` writes it.
 */
export async function writeDatasetJson(
	write: (text: string) => Promise<void>,
	dataset: Dataset,
	chunks: AsyncIterable<readonly string[]>
): Promise<void> {
	const [before, after] = around(dataset);
	await write(before);
	let first = true;
	for await (const moves of chunks) {
		if (moves.length === 0) continue;
		await write(`${first ? '' : ','}\n\t\t${moves.join(',\n\t\t')}`);
		first = false;
	}
	await write(first ? after : `\n\t${after}`);
}
