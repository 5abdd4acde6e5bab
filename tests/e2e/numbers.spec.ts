// Numbers read the reader's way: counts, limits and durations go through Intl in the page's
// language ("500,000 rows", "500 000 lignes", "0,4 s"); row numbers stay as a spreadsheet shows them.
import { expect, test } from '@playwright/test';
import { fixture } from './dataFiles';
import { openStory } from './story';

const languages = [
	{
		path: '/en/',
		importButton: 'Import your data…',
		dialog: 'Import your data',
		chooseFile: 'Choose a file',
		importStart: 'Import',
		limits: 'Up to 75 MB (JSON: 64 MB), 1,250,000 rows, 1,000 characters per cell.',
		summary: /^19 rows read, 9 moves, in \d+\.\d\ss\.$/
	},
	{
		path: '/fr/',
		importButton: 'Importer vos données…',
		dialog: 'Importer vos données',
		chooseFile: 'Choisir un fichier',
		importStart: 'Importer',
		// French groups thousands with a narrow no-break space and writes decimals with a comma.
		limits:
			'Jusqu’à 75\u00a0Mo (JSON\u00a0: 64\u00a0Mo), 1\u202f250\u202f000 lignes, 1\u202f000 caractères par cellule.',
		summary: /^19 lignes lues, 9 mouvements, en \d+,\d\ss\.$/
	}
];

for (const ui of languages) {
	test(`the import dialog on ${ui.path} writes its limits and its summary in the page's language`, async ({
		page
	}) => {
		await openStory(page, ui.path);
		await page.getByRole('button', { name: ui.importButton }).click();
		const dialog = page.getByRole('dialog', { name: ui.dialog });
		await expect(dialog).toContainText(ui.limits);

		await dialog.getByLabel(ui.chooseFile).setInputFiles(fixture('careers-semicolon.csv'));
		await dialog.getByRole('button', { name: ui.importStart, exact: true }).click();
		await expect(dialog.getByRole('status')).toHaveText(ui.summary);
	});
}
