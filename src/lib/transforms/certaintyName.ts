import type { Certainty } from '../schema/evidence';
import type { Messages } from '../i18n/messages';

/** How certain a fact is, in the interface language. (Alone in its module: the tables need it, not the charts' code.) */
export function certaintyName(certainty: Certainty, m: Messages): string {
	return { stated: m.certaintyStated, implied: m.certaintyImplied, undisclosed: m.certaintyUndisclosed }[
		certainty
	];
}
