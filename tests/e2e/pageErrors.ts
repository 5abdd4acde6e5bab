// What a page reports as broken while a test uses it: console errors and uncaught exceptions.
import type { Page } from '@playwright/test';

/** Starts recording a page's console errors and uncaught exceptions; read the returned list at the end. */
export function recordPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	return errors;
}
