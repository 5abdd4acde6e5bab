import { schemaError } from '../problems/codes';
import { Certainty, EvidenceList } from './evidence';
import { FuzzyDate } from './dates';
import { FLOW_COLUMNS_VERSION } from './version';
import { z } from './zod';

export { FLOW_COLUMNS_VERSION };

/** One value per flow: checked item by item by the reader, which names the flow that is wrong. */
const Column = z.array(z.unknown());

/**
 * A file of flows in columns, as `npm run aggregate` writes a result too large for a dataset of
 * objects (the 1.24 million flows of 10 million positions took 256 MB as objects, and take 16.6 MB so). The dataset around
 * the flows is written as usual, with no moves; the flows are five lists of numbers of one length:
 * flow i goes from `dataset.organizations[from[i]]` to `dataset.organizations[to[i]]`, on
 * `dates[date[i]]`, with `certainties[certainty[i]]`, and counts `weight[i]` moves. Each flow is
 * one of `dataset.people[0]` (who stands for everyone in the file), cites `evidence`, and is called
 * `idPrefix` followed by its place counted from 1.
 */
export const FlowColumnsFile = z.strictObject({
	flowColumns: z.literal(FLOW_COLUMNS_VERSION),
	/** Checked as a dataset on its own (references and sources included). */
	dataset: z.unknown(),
	idPrefix: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*-$/, { error: schemaError('idShape') }),
	evidence: EvidenceList,
	dates: z.array(FuzzyDate),
	certainties: z.array(Certainty),
	from: Column,
	to: Column,
	date: Column,
	certainty: Column,
	weight: Column
});
export type FlowColumnsFile = z.infer<typeof FlowColumnsFile>;
