// Writes flows in columns (src/lib/schema/flowColumns.ts): the dataset around them as
// `datasetToJson` writes it (one level in), then each column on a line of its own. The 1.24 million flows of 10
// million positions take 16.6 MB so, where a dataset of objects took 256 MB, past what the browser imports.
import type { Dataset } from '../../lib/schema/dataset';
import type { Evidence } from '../../lib/schema/evidence';
import { FLOW_COLUMNS_VERSION } from '../../lib/schema/version';
import type { SqlFlow } from './engine';

/** The prefix of the flows' ids (`flow-1`, `flow-2`…): one that no id of the dataset starts with. */
export function flowIdPrefix(dataset: Dataset): string {
	const ids = [...dataset.sources, ...dataset.organizations, ...dataset.people].map((x) => x.id);
	for (let n = 1; ; n++) {
		const prefix = n === 1 ? 'flow-' : `flow${n}-`;
		if (!ids.some((id) => id.startsWith(prefix))) return prefix;
	}
}

/**
 * Writes the flows of `chunks` in columns around `frame` (a dataset with no moves, whose first
 * person stands for everyone), through `write`. `organizationIndex` gives each organization's
 * place in `frame.organizations` by the key the flows name it by.
 */
export async function writeFlowColumnsJson(
	write: (text: string) => Promise<void>,
	frame: Dataset,
	evidence: Evidence[],
	organizationIndex: ReadonlyMap<string, number>,
	chunks: AsyncIterable<readonly SqlFlow[]>
): Promise<void> {
	const columns = {
		from: [] as number[],
		to: [] as number[],
		date: [] as number[],
		certainty: [] as number[],
		weight: [] as number[]
	};
	// Dates and certainties are few: each is listed once, and the flows give its place.
	const dates = new Map<string, number>();
	const certainties = new Map<string, number>();
	const placeOf = (list: Map<string, number>, key: string) => {
		let at = list.get(key);
		if (at === undefined) list.set(key, (at = list.size));
		return at;
	};
	// The engine gives every flow of one date the same object: its JSON is then made once, not once
	// per flow (1.24 million times for 10 million positions, most of this writer's 0.9 s).
	const dateOf = new Map<SqlFlow['date'], number>();
	for await (const chunk of chunks)
		for (const f of chunk) {
			let date = dateOf.get(f.date);
			if (date === undefined) dateOf.set(f.date, (date = placeOf(dates, JSON.stringify(f.date))));
			columns.from.push(organizationIndex.get(f.fromKey)!);
			columns.to.push(organizationIndex.get(f.toKey)!);
			columns.date.push(date);
			columns.certainty.push(placeOf(certainties, f.certainty));
			columns.weight.push(f.weight);
		}
	const json = (value: unknown) => JSON.stringify(value);
	const dataset = JSON.stringify(frame, null, '\t').replace(/\n/g, '\n\t');
	await write(
		`{\n\t"flowColumns": ${FLOW_COLUMNS_VERSION},\n\t"dataset": ${dataset},\n\t"idPrefix": ${json(flowIdPrefix(frame))},\n\t"evidence": ${json(evidence)},\n\t"dates": [${[...dates.keys()].join(', ')}],\n\t"certainties": ${json([...certainties.keys()])}`
	);
	for (const [name, values] of Object.entries(columns)) await write(`,\n\t"${name}": [${values.join(',')}]`);
	await write('\n}\n');
}
