import { createContext, untrack } from 'svelte';
import type { Article } from '../schema/article';
import type { Dataset } from '../schema/dataset';
import type { Locale } from '../i18n/locales';
import { buildStore, SHOWN_WITH_LATER, type MoveStore } from '../core/store';
import { compileSelection, selectionKey, selectRows, weightOf, type Selection } from '../core/selection';
import type { FlowView } from '../core/views/flow';
import { lazyViews } from '../core/lazyViews.svelte';
import type { FactsView } from '../core/views/factLists';
import { shownFacts } from '../core/views/facts';
import {
	choicesOfCounts,
	organizationCounts,
	organizationsWithMoves,
	type OrganizationChoice
} from '../core/views/choices';
import type { TimelineView } from '../core/views/timeline';
import type { ChosenViews } from './chosen.svelte';
import type { PlacedStays } from '../core/views/placedStays';
import { indexDataset, organizationLabel, type DatasetIndex } from '../transforms/datasetIndex';
import { DEFAULT_VIEW, parseViewState, type UrlNotice, type ViewState } from './viewUrl';

/** What the dashboard is given: the article, the dataset shown, and the address's query. */
export interface DashboardSource {
	article: Article;
	/** The dataset in use: the article's, or an import. */
	dataset: Dataset;
	/** Its store when already built (an import builds it in slices before it is shown). */
	store?: MoveStore;
	/** The stays of that store, placed with it. */
	stays?: PlacedStays;
	/** The query of the address (null until the page runs in a browser and may read it). */
	query: string | null;
	/** The interface language, for the organizations' names. */
	locale: Locale;
}

/**
 * Above this many rows (moves, or flows of many moves), the tables are laid out only near the
 * screen (see `tablesLayOutLate`).
 */
export const TABLES_LAY_OUT_LATE_ABOVE = 1000;

/**
 * What the page shows, in one place: the dataset as a column store, the view read from the
 * address, the selection it compiles to, and every view of (store, selection) the components draw.
 * Each is derived, so a change of filter recomputes what depends on it and nothing else; the store
 * is built once per dataset.
 */
export class DashboardState {
	readonly #dataset: Dataset;
	readonly #article: Article;
	readonly #query: string | null;
	readonly #locale: Locale;
	readonly #givenStore: MoveStore | undefined;
	/** An import's stays, placed before it was shown (see ChosenViews). */
	readonly placedStays: PlacedStays | undefined;
	/** The moves as columns, built once per dataset. */
	readonly store: MoveStore;
	/** Facts and names by id, for labels and details. */
	readonly index: DatasetIndex;
	/** Whether the dataset quotes the article (an import does not). */
	readonly quotesArticle: boolean;
	/** Whether any move is known only from other reporting (the switch shows then). */
	readonly hasLater: boolean;
	/** The organizations and people an address may name. */
	readonly #known: { organizations: ReadonlySet<string>; people: Pick<ReadonlySet<string>, 'has'> };
	readonly #parsed: { view: ViewState; notices: UrlNotice[] };
	/** The view the address asks for, and what in it was ignored. */
	readonly view: ViewState;
	readonly notices: UrlNotice[];
	readonly selection: Selection;
	/** The rows every view but the filter's own choices and the timeline reads. */
	readonly rows: Int32Array;
	/** The rows the organization choices count: every filter but theirs. */
	readonly #rowsForChoices: Int32Array;
	readonly #keyForChoices: string;
	readonly #noOrganizations: boolean;
	readonly #keyForTimeline: string;
	/** Each organization's moves under every filter but the organizations'. */
	readonly #choiceCounts: Float64Array;
	/** How many moves are shown, and in all with other reporting on or off as it is (weights summed). */
	readonly shownCount: number;
	readonly totalCount: number;
	readonly choices: (OrganizationChoice & { name: string })[];
	/** The charts' views: null in the browser until the charts' code has come (see lazyViews). */
	readonly flow: FlowView | null;
	/** The facts the tables list (null in the browser until their code has come). */
	readonly facts: FactsView | null;
	/** The events, figures and trends shown. */
	readonly shown: ReturnType<typeof shownFacts>;
	readonly timeline: TimelineView | null;
	/** The balance, retention, career path and the table's rows (null until the islands' code has come). */
	readonly chosen: ChosenViews | null;
	/**
	 * Whether the tables far down the page are laid out only as they come near the screen, which
	 * spares every change of filter their layout (4 ms of 28 with 53,582 moves). Chromium tells screen
	 * readers nothing of such a part until then, so a dataset as small as the article's keeps its
	 * tables laid out with the page.
	 */
	readonly tablesLayOutLate: boolean;

	/**
	 * Puts a new view in the address, as a step of history, and the page follows: given by the page,
	 * so that its islands (the search boxes, the flow's control) change the view as it does.
	 */
	readonly setView: (next: ViewState) => void;

	constructor(source: () => DashboardSource, setView: (next: ViewState) => void = () => {}) {
		this.setView = setView;
		// Each part of the source is its own derived: a new query hands over the same dataset, and
		// what depends only on the dataset (its store, its index) must not be made again for it.
		this.#dataset = $derived(source().dataset);
		this.#article = $derived(source().article);
		this.#query = $derived(source().query);
		this.#locale = $derived(source().locale);
		this.#givenStore = $derived(source().store);
		this.store = $derived(this.#givenStore ?? buildStore(this.#dataset));
		this.placedStays = $derived(this.#givenStore ? source().stays : undefined);
		this.index = $derived(indexDataset(this.#dataset, this.store.personNumber));
		this.quotesArticle = $derived(this.#dataset.sources.some((s) => s.id === this.#article.sourceId));
		this.hasLater = $derived(this.store.shown.includes(SHOWN_WITH_LATER));
		this.#known = $derived({
			// Lookups for reading the address, made once per store: not state to react to.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			organizations: new Set(organizationsWithMoves(this.store)),
			// The store's own numbering, not a copy (a million-move import has half a million people).
			// A file of flows names no one: there is no person to choose.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			people: this.store.namesPeople ? this.store.personNumber : new Set<string>()
		});
		this.#parsed = $derived(
			this.#query === null
				? { view: DEFAULT_VIEW, notices: [] }
				: parseViewState(this.#query, this.#known.organizations, this.#known.people)
		);
		this.view = $derived(this.#parsed.view);
		this.notices = $derived(this.#parsed.notices);
		this.selection = $derived(compileSelection(this.store, this.view));
		this.rows = $derived(selectRows(this.store, this.selection));
		// The views that show all of one dimension follow the key of the others only: choosing an
		// organization does not count the choices again, and the brush does not redraw the timeline.
		this.#keyForChoices = $derived(selectionKey(this.selection, 'organizations'));
		this.#keyForTimeline = $derived(selectionKey(this.selection, 'window'));
		// With no organization chosen, the rows kept are already every filter's but theirs: the same
		// rows are not selected twice (the brush moves the window many times a second).
		this.#noOrganizations = $derived(this.selection.organizations.length === 0);
		this.#rowsForChoices = $derived(
			this.#noOrganizations
				? this.rows
				: following([this.store, this.#keyForChoices], () =>
						selectRows(this.store, this.selection, 'organizations')
					)
		);
		// Counted again only when the other filters change: choosing the first organization or clearing
		// the last, which changes where the rows come from but not which they are, counts nothing again.
		this.#choiceCounts = $derived(
			following([this.store, this.#keyForChoices], () => organizationCounts(this.store, this.#rowsForChoices))
		);
		this.shownCount = $derived(weightOf(this.store, this.rows));
		this.totalCount = $derived(this.view.later ? this.store.totalWith : this.store.totalWithout);
		this.choices = $derived(
			choicesOfCounts(this.store, this.#choiceCounts, this.selection).map((c) => ({
				...c,
				name: organizationLabel(this.index.organizations.get(c.id), this.#locale)
			}))
		);
		this.flow = $derived(
			lazyViews()?.flowView(this.store, this.rows, {
				chosen: this.selection.organizations,
				named: this.view.named
			}) ?? null
		);
		this.tablesLayOutLate = $derived(this.store.size > TABLES_LAY_OUT_LATE_ABOVE);
		this.facts = $derived(lazyViews()?.factsView(this.store, this.rows, this.selection) ?? null);
		this.shown = $derived(shownFacts(this.store, this.selection));
		// Where open spans end comes with the timeline's code: only the timeline needs it.
		this.timeline = $derived(
			following([lazyViews(), this.store, this.#article, this.#keyForTimeline], () => {
				const views = lazyViews();
				if (!views) return null;
				const openEnd = views.publicationEnd(this.#article.published.date.start);
				// With no window, the rows kept are already every filter's but the window's, as for the choices.
				const rows = this.selection.window === null ? this.rows : undefined;
				return views.timelineOfSelection(this.store, this.selection, openEnd, rows);
			})
		);
		// Made once, when the views' code has come: its own views follow this state from then on.
		this.chosen = $derived.by(() => {
			const views = lazyViews();
			return views ? new views.ChosenViews(this) : null;
		});
	}

	/** The dataset in use: the article's, or an import. */
	get dataset(): Dataset {
		return this.#dataset;
	}
}

/**
 * Makes a value inside a derived that follows only `keys`: they are read (and so followed) as the
 * call's arguments, and what `make` reads besides is not.
 */
function following<T>(keys: readonly unknown[], make: () => T): T {
	void keys;
	return untrack(make);
}

/** Lets every component reach the page's dashboard state without threading props. */
export const [getDashboard, setDashboard] = createContext<DashboardState>();
