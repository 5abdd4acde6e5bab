// A realistic 15,000-row career file (tests/fixtures/realistic.ts), messy as real ones are, through
// the page's import dialog: the rows refused are listed with why, the rows kept with a notice are
// listed apart from them, in the page's language, and the import completes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { dialogFor, problemsFor } from '../../src/lib/i18n/messages';
import { readCsv } from '../../src/lib/import/csv';
import { importTable, type Imported } from '../../src/lib/import/importFile';
import { guessMapping } from '../../src/lib/import/mapping';
import type { RowProblem } from '../../src/lib/import/problems';
import { sayProblem } from '../../src/lib/problems/say';
import { formatCount } from '../../src/lib/transforms/formatNumbers';
import { realisticCareers } from '../fixtures/realistic';
import { dataRegions, importThroughDialog, type Language } from './dataFiles';
import { recordPageErrors } from './pageErrors';
import { openStory } from './story';

test.describe.configure({ mode: 'parallel' });

const NAME = 'careers-realistic-15k.csv';
const { csv, expected } = realisticCareers({ rows: 15_000, seed: 20240403 });
const file = { name: NAME, mimeType: 'text/csv', buffer: Buffer.from(csv) };

/** What the importer makes of the file, run here in Node: the dialog must show the same. */
function importedHere(): Imported {
	const read = readCsv(csv);
	if (!read.ok) throw new Error('the realistic file should read');
	const outcome = importTable(read.table, NAME, 'careers', guessMapping(read.table.headers, 'careers'));
	if (!outcome.ok) throw new Error('the realistic file should import');
	return outcome.value;
}
const imported = importedHere();

/** A row's line as the dialog lists it, in a language. */
const line = (problem: RowProblem, language: Language) =>
	dialogFor(language).importRowProblem(
		problem.row,
		problem.field ?? '',
		sayProblem(problemsFor(language), problem)
	);

const noticedRows = new Set(imported.notices.map((n) => n.row)).size;

test.describe('a realistic 15,000-row career file', () => {
	test.setTimeout(90_000);

	test('lists the rows refused and the rows kept with a notice apart, then imports the rest', async ({
		page
	}) => {
		const errors = recordPageErrors(page);
		expect(imported.rejected).toHaveLength(expected.refused.length);
		expect(noticedRows).toBe(expected.noticed.length);
		await openStory(page);
		const dialog = await importThroughDialog(page, file);
		await expect(dialog.getByRole('status')).toContainText(
			`${formatCount(imported.accepted, 'en')} rows read, ${formatCount(imported.moves, 'en')} moves`,
			{ timeout: 60_000 }
		);

		const refused = dialog.getByRole('list', { name: /rows were left out/ });
		await expect(refused.getByRole('listitem')).toHaveText(imported.rejected.map((p) => line(p, 'en')));
		await expect(refused).toContainText('and the file does not say which comes first');

		const noticed = dialog.getByRole('list', { name: /rows were kept, with a notice/ });
		await expect(
			dialog.getByText(
				`${formatCount(noticedRows, 'en')} rows were kept, with a notice of what was read leniently:`
			)
		).toBeVisible();
		await expect(noticed.getByRole('listitem')).toHaveText(
			imported.notices.slice(0, 100).map((p) => line(p, 'en'))
		);
		await expect(noticed).toContainText('is read as');
		await expect(noticed).toContainText('vaguer than a year');
		await expect(
			// A row may carry two notices: past the first 100, the rest are counted as notices, not rows.
			dialog.getByText(`…and ${formatCount(imported.notices.length - 100, 'en')} more notices.`)
		).toBeVisible();
		// Both lists may scroll, and each takes focus so that a keyboard can scroll it.
		const axe = await new AxeBuilder({ page })
			.include('dialog')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);

		await dialog
			.getByRole('button', { name: `Use these ${formatCount(imported.moves, 'en')} moves` })
			.click();
		await expect(dialog).toBeHidden();
		await expect(dataRegions(page).dataShown).toContainText(NAME);
		expect(errors).toEqual([]);
	});

	test('says what it read leniently in French on the French page', async ({ page }) => {
		const errors = recordPageErrors(page);
		await openStory(page, '/fr/');
		const dialog = await importThroughDialog(page, file, 'fr');
		await expect(dialog.getByRole('status')).toContainText('lignes lues', { timeout: 60_000 });
		const noticed = dialog.getByRole('list', { name: /lignes ont été gardées, avec une remarque/ });
		await expect(noticed.getByRole('listitem').first()).toHaveText(line(imported.notices[0]!, 'fr'));
		const refused = dialog.getByRole('list', { name: /lignes ont été écartées/ });
		await expect(refused.getByRole('listitem').first()).toHaveText(line(imported.rejected[0]!, 'fr'));
		await expect(refused).toContainText('le fichier ne dit pas lequel vient en premier');
		expect(errors).toEqual([]);
	});
});
