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
	{ type: 'sentence'; id: string } | { type: 'mark'; id: string; facts: readonly string[] };

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

	readonly #source: () => StorySource;
	/** For each sentence, the facts it states: one index for the state and the components that draw. */
	readonly factsBySentence: Map<string, string[]>;
	readonly #byFact: Map<string, string[]>;

	/** Reads the dataset, its facts and the article's sentence order through a function, so they can change. */
	constructor(source: () => StorySource) {
		this.#source = source;
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
				: pointer.facts;
		return withPeoplesFacts(ids, this.#source().store);
	});

	/** The sentences that state the active facts, in reading order. */
	litSentences = $derived.by(() => {
		const pointer = this.active;
		if (!pointer) return [] as string[];
		if (pointer.type === 'sentence') return [pointer.id];
		return sentencesOf(pointer.facts, this.#byFact, this.#source().articleOrder);
	});

	/**
	 * The dataset's moves that are lit, by row (1: lit), or null when none is: worked out once each
	 * time what is lit changes, so that a chart redrawn by a filter tells its lit marks by numbers
	 * rather than by naming every move it draws.
	 */
	litRows = $derived.by(() => {
		const lit = this.litFacts;
		if (lit.size === 0) return null;
		const { store, moveRow } = this.#source();
		const rows = new Uint8Array(store.size);
		let any = false;
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
		return any ? rows : null;
	});

	/** True when any of the given rows of the dataset's moves is lit; given as a function, read only then. */
	isLitRows(rows: () => ArrayLike<number>): boolean {
		const lit = this.litRows;
		if (!lit) return false;
		const given = rows();
		for (let i = 0; i < given.length; i++) if (lit[given[i]!] === 1) return true;
		return false;
	}

	/**
	 * True when any of the given facts is lit. Given as a function, the facts are named only when
	 * something is lit: a redraw of a large import's marks then names none of their moves.
	 */
	isLit(factIds: readonly string[] | (() => readonly string[])): boolean {
		const lit = this.litFacts;
		if (lit.size === 0) return false;
		return (typeof factIds === 'function' ? factIds() : factIds).some((id) => lit.has(id));
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
export function markOf(id: string, facts: () => readonly string[]): Pointer {
	let named: readonly string[] | undefined;
	return {
		type: 'mark',
		id,
		get facts() {
			return (named ??= facts());
		}
	};
}

/** Lets chart layers and the article reach the page's story state without threading props. */
export const [getStoryState, setStoryState] = createContext<StoryState>();
