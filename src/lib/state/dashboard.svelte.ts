import { createContext } from 'svelte';
import type { Article } from '../schema/article';
import type { Dataset } from '../schema/dataset';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { buildStore, type MoveStore } from '../core/store';
import { compileSelection, selectRows, weightOf, type Selection } from '../core/selection';
import type { FlowView } from '../core/views/flow';
import { lazyViews } from '../core/lazyViews.svelte';
import type { FactsView } from '../core/views/factLists';
import { shownFacts } from '../core/views/facts';
import { organizationChoices, organizationsWithMoves, type OrganizationChoice } from '../core/views/choices';
import type { TimelineView } from '../core/views/timeline';
import type { BalanceView } from '../core/views/balance';
import type { RetentionView } from '../core/views/retention';
import type { CareerPath } from '../core/views/careerPath';
import { indexDataset, organizationLabel, type DatasetIndex } from '../transforms/datasetIndex';
import { basisOf } from '../transforms/facts';
import { publicationEnd } from '../transforms/timeline';
import { DEFAULT_VIEW, parseViewState, type UrlNotice, type ViewState } from './viewUrl';

/** What the dashboard is given: the article, the dataset shown, and the address's query. */
export interface DashboardSource {
	article: Article;
	/** The dataset in use: the article's, or an import. */
	dataset: Dataset;
	/** Its store when already built (an import builds it in slices before it is shown). */
	store?: MoveStore;
	/** The query of the address (null until the page runs in a browser and may read it). */
	query: string | null;
	locale: Locale;
	m: Messages;
}

/**
 * What the page shows, in one place: the dataset as a column store, the view read from the
 * address, the selection it compiles to, and every view of (store, selection) the components draw.
 * Each is derived, so a change of filter recomputes what depends on it and nothing else; the store
 * is built once per dataset.
 */
export class DashboardState {
	readonly #source: () => DashboardSource;
	/** The moves as columns, built once per dataset. */
	readonly store: MoveStore;
	/** Facts and names by id, for labels and details. */
	readonly index: DatasetIndex;
	/** Whether the dataset quotes the article (an import does not). */
	readonly quotesArticle: boolean;
	/** Whether any move is known only from other reporting (the switch shows then). */
	readonly hasLater: boolean;
	readonly #parsed: { view: ViewState; notices: UrlNotice[] };
	/** The view the address asks for, and what in it was ignored. */
	readonly view: ViewState;
	readonly notices: UrlNotice[];
	readonly selection: Selection;
	/** The rows every view but the filter's own choices and the timeline reads. */
	readonly rows: Int32Array;
	/** The rows the organization choices count: every filter but theirs. */
	readonly #rowsForChoices: Int32Array;
	/** How many moves are shown, and in all (weights summed). */
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
	/**
	 * The balance of the chosen organizations, counted per period as the timeline counts (null with
	 * none chosen, or until the views' code has come).
	 */
	readonly balance: BalanceView | null;
	/** Whether retention can be told from this dataset's moves, and if not, why (see `retentionAvailability`). */
	readonly retentionAvailability: 'available' | 'no-people' | 'no-stays' | null;
	/** Retention at each chosen organization, where it can be told. */
	readonly retention: RetentionView | null;
	/** The career path of the person chosen, from their moves. */
	readonly career: CareerPath | null;
	/** The rows the moves table lists: the moves behind the balance's number the address names, or else `rows`. */
	readonly tableRows: Int32Array;
	readonly #openEnd: number;

	constructor(source: () => DashboardSource) {
		this.#source = source;
		this.store = $derived(source().store ?? buildStore(source().dataset));
		this.index = $derived(indexDataset(source().dataset));
		this.quotesArticle = $derived(source().dataset.sources.some((s) => s.id === source().article.sourceId));
		this.hasLater = $derived(source().dataset.moves.some((m) => basisOf(m.evidence) === 'later-reporting'));
		this.#parsed = $derived.by(() => {
			const query = source().query;
			if (query === null) return { view: DEFAULT_VIEW, notices: [] };
			// Lookups for reading the address, made and read at once: not state to react to.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const organizations = new Set(organizationsWithMoves(this.store));
			// A file of flows names no one: there is no person to choose.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const people = new Set(this.store.namesPeople ? this.store.personIds : []);
			return parseViewState(query, organizations, people);
		});
		this.view = $derived(this.#parsed.view);
		this.notices = $derived(this.#parsed.notices);
		this.selection = $derived(compileSelection(this.store, this.view));
		this.rows = $derived(selectRows(this.store, this.selection));
		this.#rowsForChoices = $derived(selectRows(this.store, this.selection, 'organizations'));
		this.shownCount = $derived(weightOf(this.store, this.rows));
		this.totalCount = $derived(this.store.total);
		this.choices = $derived(
			organizationChoices(this.store, this.#rowsForChoices, this.selection).map((c) => ({
				...c,
				name: organizationLabel(this.index.organizations.get(c.id), source().locale)
			}))
		);
		this.flow = $derived(
			lazyViews()?.flowView(this.store, this.rows, { chosen: this.selection.organizations }) ?? null
		);
		this.facts = $derived(lazyViews()?.factsView(this.store, this.rows, this.selection) ?? null);
		this.shown = $derived(shownFacts(this.store, this.selection));
		this.#openEnd = $derived(publicationEnd(source().article.published.date.start));
		this.timeline = $derived(
			lazyViews()?.timelineOfSelection(this.store, this.selection, this.#openEnd) ?? null
		);
		this.balance = $derived.by(() => {
			const views = lazyViews();
			if (!views || this.selection.organizations.length === 0) return null;
			return views.balanceView(
				this.store,
				this.rows,
				this.selection.organizations,
				this.timeline?.unit ?? 'year'
			);
		});
		// Read only while a balance shows, and then made once per dataset: it scans every person's moves.
		this.retentionAvailability = $derived(lazyViews()?.retentionAvailability(this.store) ?? null);
		this.retention = $derived(
			this.balance && this.retentionAvailability === 'available'
				? (lazyViews()?.retentionView(this.store, this.rows, this.selection) ?? null)
				: null
		);
		this.career = $derived(
			this.selection.person >= 0
				? (lazyViews()?.careerPath(this.store, this.selection.person, this.selection.later) ?? null)
				: null
		);
		this.tableRows = $derived.by(() => {
			const focus = this.view.moves;
			const views = lazyViews();
			if (!focus || !views || !this.balance) return this.rows;
			return views.movesBehind(this.store, this.rows, this.balance, focus);
		});
	}

	/** The dataset in use: the article's, or an import. */
	get dataset(): Dataset {
		return this.#source().dataset;
	}
}

/** Lets every component reach the page's dashboard state without threading props. */
export const [getDashboard, setDashboard] = createContext<DashboardState>();
