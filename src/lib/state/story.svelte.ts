import { createContext } from 'svelte';
import type { MoveStore } from '../core/store';
import type { FactRow } from '../transforms/facts';
import { factsBySentence } from '../transforms/linking';
import { sentencesByFact, sentencesOf, withPeoplesFacts } from '../transforms/linking';

/**
 * What a reader points at or selects: a sentence of the article, or a mark of a chart standing for
 * some facts (a flow stands for its moves, a node for its organization and moves, an event for itself).
 */
export type Pointer =
	| { type: 'sentence'; id: string }
	| {
			type: 'mark';
			id: string;
			facts: readonly string[];
			/**
			 * For a mark of a chart's view, the rows of the store its moves are at: it is then lit by
			 * number, and its moves (a bar of a large import stands for hundreds of thousands) are
			 * never named to light it. Its `others` are its facts that are no moves (a node's
			 * organization).
			 */
			rows?: () => ArrayLike<number>;
			others?: readonly string[];
	  };

/** A mark of a chart's view that tells, for every mark of its view at once, whether its moves are lit. */
export interface LitByRows {
	/** Whether any of its moves is lit, given the store's lit rows (1: lit). */
	litBy: (lit: Uint8Array) => boolean;
}

/** What the story state links: the moves shown, the facts shown and the article's sentences in reading order. */
export interface StorySource {
	store: MoveStore;
	/** A move's row by its id, -1 for none: the dataset index's (`DatasetIndex.moveRow`), made once per dataset. */
	moveRow: (id: string) => number;
	facts: FactRow[];
	articleOrder: string[];
}

/**
 * The linked state of the story view: what is pointed at (hover or focus) and what is selected,
 * and, derived from them, which facts, marks and sentences are lit. Pointing wins over selection
 * while it lasts, so a reader can explore without losing their place.
 */
export class StoryState {
	hovered = $state<Pointer | null>(null);
	selected = $state<Pointer | null>(null);
	/**
	 * False in the prerendered page and until scripts run: marks are then plain pictures (not
	 * buttons that would do nothing), and sentence handles plain links.
	 */
	interactive = $state(false);

	// Each part of the source as its own derived: the facts shown change at every filter change, and
	// what reads only the store (the lit rows, worked out over all of it) must not be made again then.
	readonly #store: MoveStore;
	readonly #moveRow: StorySource['moveRow'];
	readonly #articleOrder: string[];
	/** For each sentence, the facts it states: one index for the state and the components that draw. */
	readonly factsBySentence: Map<string, string[]>;
	readonly #byFact: Map<string, string[]>;

	/** Reads the dataset, its facts and the article's sentence order through a function, so they can change. */
	constructor(source: () => StorySource) {
		this.#store = $derived(source().store);
		this.#moveRow = $derived(source().moveRow);
		this.#articleOrder = $derived(source().articleOrder);
		this.factsBySentence = $derived(factsBySentence(source().facts));
		this.#byFact = $derived(sentencesByFact(source().facts));
	}

	/** The pointer that drives the highlight: hover or focus first, else the selection. */
	active = $derived(this.hovered ?? this.selected);

	/** The facts the active pointer stands for, widened to the moves and events of the people among them. */
	litFacts = $derived.by(() => {
		const pointer = this.active;
		const ids = !pointer
			? []
			: pointer.type === 'sentence'
				? (this.factsBySentence.get(pointer.id) ?? [])
				: pointer.rows
					? (pointer.others ?? [])
					: pointer.facts;
		return withPeoplesFacts(ids, this.#store);
	});

	/** The sentences that state the active facts, in reading order. */
	litSentences = $derived.by(() => {
		const pointer = this.active;
		if (!pointer) return [] as string[];
		if (pointer.type === 'sentence') return [pointer.id];
		// A dataset with no article (an import) has no sentence to light: its marks' moves are not named.
		if (this.#byFact.size === 0) return [] as string[];
		// A move that refines one of the article's states what that one's sentences state too.
		const [store, moveRow, articleOrder] = [this.#store, this.#moveRow, this.#articleOrder];
		const facts = [...pointer.facts];
		if (store.refined.size > 0)
			for (const id of pointer.facts) {
				const refined = store.refined.get(moveRow(id));
				if (refined !== undefined) facts.push(store.dataset.moves[refined]!.id);
			}
		return sentencesOf(facts, this.#byFact, articleOrder);
	});

	/**
	 * The dataset's moves that are lit, by row (1: lit), or null when none is: worked out once each
	 * time what is lit changes, so that a chart redrawn by a filter tells its lit marks by numbers
	 * rather than by naming every move it draws.
	 */
	litRows = $derived.by(() => {
		const lit = this.litFacts;
		const pointer = this.active;
		const marked = pointer?.type === 'mark' ? pointer.rows?.() : undefined;
		if (lit.size === 0 && !marked?.length) return null;
		const [store, moveRow] = [this.#store, this.#moveRow];
		const rows = new Uint8Array(store.size);
		let any = false;
		// A mark's own rows, by number (a pointer kept from an earlier store may hold more).
		if (marked)
			for (let i = 0; i < marked.length; i++) {
				if (marked[i]! >= store.size) continue;
				rows[marked[i]!] = 1;
				any = true;
			}
		// Each lit id looked up, not each move of the dataset tested: people and organizations are
		// no moves, and the rest are found by number (see `moveRows` in datasetIndex.ts).
		for (const id of lit) {
			if (store.personNumber.has(id) || store.organizationNumber.has(id)) continue;
			const row = moveRow(id);
			if (row >= 0) {
				rows[row] = 1;
				any = true;
			}
		}
		// A lit move of the article lights the move that refines it, drawn in its place with other reporting.
		for (const [refining, refined] of store.refined) if (rows[refined] === 1) rows[refining] = 1;
		return any ? rows : null;
	});

	/** True when any move of a chart's mark is lit (its view tells, for all its marks in one pass over its rows). */
	isLitMark(mark: LitByRows): boolean {
		const lit = this.litRows;
		return lit ? mark.litBy(lit) : false;
	}

	/**
	 * True when any of the given facts is lit by name. Given as a function, the facts are named only
	 * when something is lit. For facts that may be moves a mark lights by row, see `isLitFact`.
	 */
	isLit(factIds: readonly string[] | (() => readonly string[])): boolean {
		const lit = this.litFacts;
		if (lit.size === 0) return false;
		return (typeof factIds === 'function' ? factIds() : factIds).some((id) => lit.has(id));
	}

	/**
	 * True when a fact of a timeline's row is lit: by name, or, for a move, by its row (a flow
	 * pointed at lights its moves without naming them). Imported moves are found by their number.
	 */
	isLitFact(id: string): boolean {
		if (this.litFacts.has(id)) return true;
		const rows = this.litRows;
		if (!rows) return false;
		const row = this.#moveRow(id);
		return row >= 0 && rows[row] === 1;
	}

	/** True when this pointer is the current selection. */
	isSelected(pointer: Pointer): boolean {
		return this.selected?.type === pointer.type && this.selected.id === pointer.id;
	}

	/** Selects a pointer, or clears it when it is already selected (a toggle, like a pressed button). */
	toggle(pointer: Pointer) {
		this.selected = this.isSelected(pointer) ? null : pointer;
	}

	clear() {
		this.selected = null;
		this.hovered = null;
	}
}

/**
 * A mark's pointer whose facts are named when first read (when the mark is pointed at or chosen),
 * not each time the mark is drawn.
 */
export function markOf(
	id: string,
	facts: () => readonly string[],
	moves?: { rows: () => ArrayLike<number>; others?: readonly string[] }
): Pointer {
	let named: readonly string[] | undefined;
	return {
		type: 'mark',
		id,
		get facts() {
			return (named ??= facts());
		},
		...moves
	};
}

/** Lets chart layers and the article reach the page's story state without threading props. */
export const [getStoryState, setStoryState] = createContext<StoryState>();
