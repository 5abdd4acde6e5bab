import { balanceView, TOP_ORGANIZATIONS, type BalanceView } from '../core/views/balance';
import { careerPath, type CareerPath } from '../core/views/careerPath';
import { movesBehind } from '../core/views/movesBehind';
import { retentionAvailability, retentionView, type RetentionView } from '../core/views/retention';
import { Stays } from '../core/views/stays';
import type { DashboardState } from './dashboard.svelte';
import { readMovesFocus, type MovesFocus } from './movesFocus';
import { shown, type UrlNotice } from './viewUrl';

/**
 * What the page shows of the organizations or the person chosen: the balance, retention, the
 * career path, and the moves behind the balance's number the address names (`?moves=`). Each is
 * derived from the dashboard's state like its other views; the class comes with the islands' code
 * (the dashboard makes it once that code is loaded), so that none of it weighs on the first load.
 */
export class ChosenViews {
	/** The number of the balance the address names, read; null when it names none, or none that can be. */
	readonly focus: MovesFocus | null;
	/** What in `?moves=` was ignored. */
	readonly notices: UrlNotice[];
	/** The balance of the chosen organizations, counted per period as the timeline counts (null with none chosen). */
	readonly balance: BalanceView | null;
	/** Whether retention can be told from this dataset's moves, and if not, why (made once per dataset). */
	readonly retentionAvailability: 'available' | 'no-people' | 'no-stays';
	/** Retention at each chosen organization, where it can be told. */
	readonly retention: RetentionView | null;
	/** The career path of the person chosen, from their moves. */
	readonly career: CareerPath | null;
	/** The rows the moves table lists: those behind the number the address names, or else every row shown. */
	readonly tableRows: Int32Array;
	/** Whether moves known only from later reporting count, as its own signal: it changes seldom. */
	#later: boolean;
	/**
	 * Where the stays ended, kept per dataset and setting of `later`: an import's are all placed
	 * before it is shown (`placeStaysInSlices`); the article's, at each organization the first time
	 * it is chosen. Working out retention afresh took 27 ms at every change of 100,000 moves.
	 */
	#stays: Stays | null;

	constructor(dashboard: DashboardState) {
		this.focus = $derived.by(() => {
			const { moves, companies } = dashboard.view;
			if (!moves) return null;
			return readMovesFocus(moves, companies, (id) => dashboard.store.organizationNumber.has(id));
		});
		this.notices = $derived(
			dashboard.view.moves && !this.focus
				? [{ kind: 'bad-value', parameter: 'moves', value: shown(dashboard.view.moves) }]
				: []
		);
		this.balance = $derived(
			dashboard.selection.organizations.length > 0
				? balanceView(
						dashboard.store,
						dashboard.rows,
						dashboard.selection.organizations,
						dashboard.timeline?.unit ?? 'year',
						TOP_ORGANIZATIONS,
						dashboard.selection.window
					)
				: null
		);
		// Read only while a balance shows: it scans every person's moves (an import's, before it is shown).
		this.retentionAvailability = $derived(
			dashboard.placedStays?.availability ?? retentionAvailability(dashboard.store)
		);
		this.#later = $derived(dashboard.selection.later);
		this.#stays = $derived(
			this.retentionAvailability === 'available'
				? (dashboard.placedStays?.of(this.#later) ?? new Stays(dashboard.store, this.#later))
				: null
		);
		this.retention = $derived(
			this.balance && this.#stays
				? retentionView(
						dashboard.store,
						dashboard.rows,
						dashboard.selection,
						this.#stays.at(dashboard.selection.organizations)
					)
				: null
		);
		this.career = $derived(
			dashboard.selection.person >= 0
				? careerPath(dashboard.store, dashboard.selection.person, dashboard.selection.later)
				: null
		);
		this.tableRows = $derived(
			this.focus && this.balance
				? movesBehind(
						dashboard.store,
						dashboard.rows,
						this.balance,
						this.focus,
						this.focus.kind === 'stayed' || this.focus.kind === 'left'
							? (this.#stays?.at(dashboard.selection.organizations) ?? null)
							: null
					)
				: dashboard.rows
		);
	}
}
