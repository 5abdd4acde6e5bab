// Moving and resizing the time window by months: what the arrow keys and a drag of the window do.
import { describe, expect, it } from 'vitest';
import { windowAfterKey, windowMovedBy, type MonthWindow } from '../../../src/lib/transforms/timeWindow';

/** Data from January 2019 to the end of June 2024. */
const DOMAIN = [Date.UTC(2019, 0, 1), Date.UTC(2024, 5, 30)] as const;
const JUNE_21_TO_AUGUST_22 = { from: '2021-06', to: '2022-08' };

describe('windowMovedBy', () => {
	const cases: [what: string, window: MonthWindow, months: number, moved: MonthWindow][] = [
		['six months later', JUNE_21_TO_AUGUST_22, 6, { from: '2021-12', to: '2023-02' }],
		['seventeen months earlier', JUNE_21_TO_AUGUST_22, -17, { from: '2020-01', to: '2021-03' }],
		[
			'past the end of the data: it stops there rather than shrink',
			JUNE_21_TO_AUGUST_22,
			100,
			{ from: '2023-04', to: '2024-06' }
		],
		[
			'before the start of the data: it stops there',
			JUNE_21_TO_AUGUST_22,
			-100,
			{ from: '2019-01', to: '2020-03' }
		],
		[
			'an open end, standing at the end of the data, is set once moved',
			{ from: '2023-01' },
			-3,
			{ from: '2022-10', to: '2024-03' }
		],
		['an open start, likewise', { to: '2020-12' }, 2, { from: '2019-03', to: '2021-02' }],
		[
			'a window at the end of the data, pushed on: it stays',
			{ from: '2024-01', to: '2024-06' },
			1,
			{ from: '2024-01', to: '2024-06' }
		]
	];
	it.each(cases)('moves both ends, length kept: %s', (_, window, months, moved) => {
		expect(windowMovedBy(window, months, DOMAIN)).toEqual(moved);
	});
});

describe('windowAfterKey', () => {
	it('opens a window of one step at the end of the data at the first arrow', () => {
		expect(windowAfterKey(null, 'ArrowLeft', false, 1, DOMAIN)).toEqual({ from: '2024-06', to: '2024-06' });
		expect(windowAfterKey(null, 'ArrowRight', false, 12, DOMAIN)).toEqual({ from: '2023-07', to: '2024-06' });
	});

	it('moves the window by a step with an arrow, as a drag moves it', () => {
		const right = windowAfterKey(JUNE_21_TO_AUGUST_22, 'ArrowRight', false, 12, DOMAIN);
		expect(right).toEqual(windowMovedBy(JUNE_21_TO_AUGUST_22, 12, DOMAIN));
		const down = windowAfterKey(JUNE_21_TO_AUGUST_22, 'ArrowDown', false, 1, DOMAIN);
		expect(down).toEqual({ from: '2021-05', to: '2022-07' });
	});

	it('moves only the later end with Shift, never before the earlier one nor past the data', () => {
		const window = { from: '2021-06', to: '2021-07' };
		const shifted = (key: string, step: number) => windowAfterKey(window, key, true, step, DOMAIN)?.to;
		expect(shifted('ArrowRight', 1)).toBe('2021-08');
		expect(shifted('ArrowLeft', 12)).toBe('2021-06');
		expect(shifted('ArrowRight', 120)).toBe('2024-06');
	});

	it('does nothing for other keys', () => {
		expect(windowAfterKey({ from: '2021-06' }, 'Enter', false, 1, DOMAIN)).toBeNull();
	});
});
