import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterRest } from '../../../src/lib/browser/afterNextPaint';

describe('afterNextPaint: work the reader does not see waits for the frame that shows a change', () => {
	let frames: (() => void)[];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});
	/** The browser's next frame: its animation callbacks, then (as far as tasks can tell) its paint. */
	const paint = () => frames.splice(0).forEach((callback) => callback());

	it('without idle callbacks (Safari), runs the work in the task after the next frame, not before it', () => {
		const work = vi.fn();
		afterNextPaint(work);
		vi.advanceTimersByTime(0);
		expect(work).not.toHaveBeenCalled();
		paint();
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(work).toHaveBeenCalledOnce();
	});

	it('where the browser has idle callbacks, runs the work in the first idle moment after the frame, after the tasks waiting', () => {
		const idle: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
		vi.stubGlobal('cancelIdleCallback', () => {});
		const work = vi.fn();
		afterNextPaint(work);
		expect(idle).toEqual([]);
		paint();
		vi.advanceTimersByTime(0);
		expect(work).not.toHaveBeenCalled();
		idle.splice(0).forEach((callback) => callback());
		expect(work).toHaveBeenCalledOnce();
	});

	it('drops an idle callback asked for, once the work has run at the latest time', () => {
		const cancelled: number[] = [];
		vi.stubGlobal('requestIdleCallback', () => 7);
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		const work = vi.fn();
		afterNextPaint(work, 250);
		paint();
		vi.advanceTimersByTime(250);
		expect(work).toHaveBeenCalledOnce();
		expect(cancelled).toEqual([7]);
	});

	it('runs it once, even when the frame comes after the latest time', () => {
		const work = vi.fn();
		afterNextPaint(work, 250);
		vi.advanceTimersByTime(250);
		expect(work).toHaveBeenCalledOnce();
		paint();
		vi.advanceTimersByTime(1000);
		expect(work).toHaveBeenCalledOnce();
	});

	it('runs it at the latest time in a hidden tab, which paints no frame', () => {
		const work = vi.fn();
		afterNextPaint(work, 250);
		vi.advanceTimersByTime(249);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledOnce();
	});

	it('drops the work when asked to before it runs', () => {
		const work = vi.fn();
		const drop = afterNextPaint(work);
		drop();
		paint();
		vi.advanceTimersByTime(1000);
		expect(work).not.toHaveBeenCalled();
	});
});

describe('afterRest: what a drag changes as it goes is written once it rests', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs only the last of works each dropped by the next before resting', () => {
		const writes: number[] = [];
		let drop = () => {};
		for (let step = 0; step < 5; step++) {
			drop();
			drop = afterRest(() => writes.push(step), 200);
			vi.advanceTimersByTime(16);
		}
		expect(writes).toEqual([]);
		vi.advanceTimersByTime(200);
		expect(writes).toEqual([4]);
	});
});
