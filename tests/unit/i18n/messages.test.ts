import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialogFor, exploreFor, messagesFor } from '../../../src/lib/i18n/messages';
import { isLocale } from '../../../src/lib/i18n/locales';
import { exportWording } from '../../../src/lib/i18n/exports/wording';
import { enBalance } from '../../../src/lib/i18n/balance/en';
import { frBalance } from '../../../src/lib/i18n/balance/fr';

const en = messagesFor('en');
const fr = messagesFor('fr');
const enDialog = dialogFor('en');
const frDialog = dialogFor('fr');
const enExports = exportWording('en');
const frExports = exportWording('fr');
const enExplore = exploreFor('en');
const frExplore = exploreFor('fr');

/** Calls a message with sample arguments when it is a function, so both kinds can be compared. */
const sample = (message: unknown) => (typeof message === 'function' ? message('X', 'Y', 'Z', 'W') : message);

/** Every source file of the interface, as one text, to find the keys it uses. */
function interfaceCode(): string {
	const root = join(process.cwd(), 'src');
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('messages.ts'))
		.map((f) => readFileSync(join(root, f), 'utf8'))
		.join('\n');
}

describe.each([
	{ catalog: 'the page’s message catalog', english: en as object, french: fr as object },
	{ catalog: 'the import dialog’s catalog', english: enDialog as object, french: frDialog as object },
	{ catalog: 'the provenance downloads’ catalog', english: enExports as object, french: frExports as object },
	{
		catalog: 'the search boxes’ and flow control’s catalog',
		english: enExplore as object,
		french: frExplore as object
	},
	{ catalog: 'the balance’s catalog', english: enBalance as object, french: frBalance as object }
])('$catalog', ({ english, french }) => {
	const value = (messages: object, key: string) => (messages as Record<string, unknown>)[key];

	it('has the same keys in English and French', () => {
		expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
	});

	it('has no empty message in either language', () => {
		for (const [locale, messages] of [
			['en', english],
			['fr', french]
		] as const)
			for (const key of Object.keys(messages))
				expect(String(sample(value(messages, key))).trim(), `${locale}.${key}`).not.toBe('');
	});

	it('has no message that the interface never shows', () => {
		const code = interfaceCode();
		const unused = Object.keys(english).filter((key) => !new RegExp(`\\.${key}\\b`).test(code));
		expect(unused).toEqual([]);
	});
});

describe('the message catalog', () => {
	it('is translated: French differs from English except for names and symbols', () => {
		const same = Object.keys(en).filter(
			(key) => sample(en[key as keyof typeof en]) === sample(fr[key as keyof typeof fr])
		);
		expect(same.sort()).toEqual([
			'certaintyNone',
			'eventKindPublication',
			'filterChoice',
			'siteName',
			'summaryFlowTo'
		]);
	});

	it('is translated in the import dialog too: no French message is the English one', () => {
		const same = Object.keys(enDialog).filter(
			(key) =>
				sample(enDialog[key as keyof typeof enDialog]) === sample(frDialog[key as keyof typeof frDialog])
		);
		expect(same).toEqual([]);
	});

	it('is translated in the provenance downloads too: no French message is the English one', () => {
		const same = Object.keys(enExports).filter(
			(key) =>
				sample(enExports[key as keyof typeof enExports]) === sample(frExports[key as keyof typeof frExports])
		);
		expect(same).toEqual([]);
	});

	it('is translated in the search boxes and the flow control too: no French message is the English one', () => {
		const same = Object.keys(enExplore).filter(
			(key) =>
				sample(enExplore[key as keyof typeof enExplore]) === sample(frExplore[key as keyof typeof frExplore])
		);
		expect(same).toEqual([]);
	});

	it('says how many names a search found, in words that agree with the number, grouped the reader’s way', () => {
		expect([0, 1, 7].map((n) => enExplore.searchResults(n, n))).toEqual([
			'No match.',
			'1 match.',
			'7 matches.'
		]);
		expect(enExplore.searchResults(1670, 50)).toBe('1,670 matches; the 50 busiest are listed.');
		expect(frExplore.searchResults(1670, 50)).toBe(
			'1\u202f670 résultats\u202f; les 50 plus actifs sont listés.'
		);
		expect([0, 1, 2, 1234].map(enExplore.searchMoves)).toEqual([
			'0 moves',
			'1 move',
			'2 moves',
			'1,234 moves'
		]);
		expect([0, 1, 2, 1234].map(frExplore.searchMoves)).toEqual([
			'0 mouvement',
			'1 mouvement',
			'2 mouvements',
			'1\u202f234 mouvements'
		]);
		expect(enExplore.flowNamedSome(12, 1670, 1658)).toBe(
			'12 of 1,670 organizations are named, the busiest; the other 1,658 are grouped as “Other”.'
		);
		expect(frExplore.flowNamedAll(6)).toBe('Les 6 organisations sont toutes nommées.');
	});

	it('is translated in the balance too: French differs from English but for the arrow between two names', () => {
		const same = Object.keys(enBalance).filter(
			(key) =>
				sample(enBalance[key as keyof typeof enBalance]) === sample(frBalance[key as keyof typeof frBalance])
		);
		expect(same).toEqual(['balancePairWay']);
	});

	it('says the balance’s time window in one sentence, ended once', () => {
		expect(enBalance.balanceScopeWindow(en.dateRange('January 2024', 'June 2024'))).toBe(
			'Over the time window, January 2024 to June 2024.'
		);
		expect(frBalance.balanceScopeWindow(fr.dateRange('janvier 2024', 'juin 2024'))).toBe(
			'Sur la fenêtre de temps, de janvier 2024 à juin 2024.'
		);
		expect(enBalance.balanceScopeWindow(en.windowUpTo('June 2024'))).toBe(
			'Over the time window, up to June 2024.'
		);
	});

	it('joins French "de" to a name as French writes it', () => {
		expect(frBalance.balanceHeading('Meta')).toBe('Bilan de Meta');
		expect(frBalance.balanceHeading('OpenAI')).toBe('Bilan d’OpenAI');
		expect(frBalance.careerHeading('Abhishek Das')).toBe('Parcours d’Abhishek Das');
		expect(frBalance.focusDepartures('Hugging Face')).toBe('départs de Hugging Face');
		expect(frBalance.focusTo('les organisations non nommées', 'Meta')).toBe(
			'départs des organisations non nommées vers Meta'
		);
		expect(fr.flowStatement(2, 'Élan', 'Meta')).toBe('2 départs d’Élan vers Meta');
		expect(frBalance.balanceNetSummary('avril 2024', 'juin 2024', 'aucun', 'aucun')).toMatch(
			/^D’avril 2024 à juin 2024\./
		);
		expect(fr.windowChosen(fr.windowFrom('avril 2024'))).toBe(
			'Fenêtre de temps\u00a0: à partir d’avril 2024.'
		);
	});

	it('names a net per period of one period once, not as a span from it to itself', () => {
		expect(enBalance.balanceNetSummary('April 2024', 'April 2024', 'none', 'April 2024 (-3)')).toBe(
			'In April 2024. Largest gain: none. Largest loss: April 2024 (-3).'
		);
		expect(frBalance.balanceNetSummary('2023', '2024', '2023 (+1)', 'aucune')).toBe(
			'De 2023 à 2024. Plus fort gain\u00a0: 2023 (+1). Plus forte perte\u00a0: aucune.'
		);
		expect(frBalance.balanceNetSummary('avril 2024', 'avril 2024', 'aucun', 'avril 2024 (-3)')).toMatch(
			/^En avril 2024\. /
		);
	});

	it('counts in words that agree with the number', () => {
		expect(en.factSentenceLabel(1)).toBe('1 fact in this sentence');
		expect(en.factSentenceLabel(3)).toBe('3 facts in this sentence');
		expect(fr.factSentenceLabel(1)).toBe('1 fait dans cette phrase');
		expect(fr.factSentenceLabel(3)).toBe('3 faits dans cette phrase');
		expect(en.summaryMoreOrigins(1)).toBe('Moves from 1 more organization are drawn too.');
		expect(en.summaryMoreOrigins(2)).toBe('Moves from 2 more organizations are drawn too.');
		expect(fr.summaryMoreOrigins(1)).toBe('Les départs d’une autre organisation sont aussi dessinés.');
		expect(fr.summaryMoreOrigins(2)).toBe('Les départs de 2 autres organisations sont aussi dessinés.');
		expect(en.flowOtherToOther(1)).toBe('Not drawn: 1 move from “Other” to “Other”.');
		expect(en.flowOtherToOther(1200)).toBe('Not drawn: 1,200 moves from “Other” to “Other”.');
		expect(fr.flowOtherToOther(1)).toBe(
			'Non dessiné\u00a0: 1 mouvement d’«\u00a0Autres\u00a0» vers «\u00a0Autres\u00a0».'
		);
		expect(fr.flowOtherToOther(2)).toBe(
			'Non dessinés\u00a0: 2 mouvements d’«\u00a0Autres\u00a0» vers «\u00a0Autres\u00a0».'
		);
	});

	it('writes the numbers in it the reader’s way, and leaves row numbers ungrouped', () => {
		expect(enDialog.importSummary(12345, 1, 2.5)).toBe('12,345 rows read, 1 move, in 2.5\u00a0s.');
		expect(frDialog.importSummary(12345, 1, 2.5)).toBe(
			'12\u202f345 lignes lues, 1 mouvement, en 2,5\u00a0s.'
		);
		// A file of flows says what it holds: flows, and the moves they count.
		expect(enDialog.importFlowsSummary(1237121, 3755039, 1.2)).toBe(
			'1,237,121 flows read, counting 3,755,039 moves between them, in 1.2\u00a0s.'
		);
		expect(frDialog.importFlowsSummary(36, 320, 0.1)).toBe(
			'36 flux lus, comptant 320 mouvements en tout, en 0,1\u00a0s.'
		);
		expect(frDialog.importLimits(75, 64, 1250000, 1000)).toContain(
			'75\u00a0Mo (JSON\u00a0: 64\u00a0Mo), 1\u202f250\u202f000 lignes, 1\u202f000 caractères'
		);
		expect(en.filterSummary(1200, 15000)).toBe('Showing 1,200 of 15,000 moves.');
		expect(frDialog.importRowProblem(12345, 'Début', 'date illisible')).toBe(
			'Ligne 12345, Début\u00a0: date illisible'
		);
	});

	it('names the rows of a file that state a fact as one list', () => {
		expect(en.importRows([12345])).toBe('row 12345');
		expect(en.importRows([13, 14])).toBe('rows 13 and 14');
		expect(fr.importRows([13, 14])).toBe('lignes 13 et 14');
		expect(fr.importRows([2, 3, 4])).toBe('lignes 2, 3 et 4');
		// A fact may cite any number of rows: a list, not arguments, which a long one would overflow.
		expect(en.importRows(Array.from({ length: 200_000 }, (_, i) => i + 2))).toMatch(/^rows 2, 3, /);
	});
});

describe('isLocale', () => {
	it.each([
		{ value: 'en', expected: true },
		{ value: 'fr', expected: true },
		{ value: 'de', expected: false },
		{ value: 'EN', expected: false },
		{ value: '', expected: false },
		{ value: '__proto__', expected: false }
	])('$value → $expected', ({ value, expected }) => {
		expect(isLocale(value)).toBe(expected);
	});
});
