import type { Dataset, Move, Source } from '../schema/dataset';
import type { FuzzyDate } from '../schema/dates';
import { problemOf, type ProblemMessage } from '../problems/codes';
import { atPath, type Problem } from './problems';
import { normalizeWhitespace } from './references';

/**
 * Words that mark a title or publisher as a stand-in rather than what the outlet printed: "Report on
 * …", "Reporting on …", "(outlet not recorded)", "later reporting", "TODO". A real headline rarely
 * opens with "Report on"; one that does can be quoted with its own punctuation.
 */
const PLACEHOLDER = [
	/^\s*(?:a |an |the )?(?:report|reporting|article|coverage|story) (?:on|about)\b/i,
	/\bnot recorded\b/i,
	/\b(?:later|other) reporting\b/i,
	/\b(?:placeholder|todo|tbd)\b/i
];

/** True when a title or a publisher reads as a stand-in rather than the outlet's own words. */
export function looksLikePlaceholder(text: string): boolean {
	return PLACEHOLDER.some((pattern) => pattern.test(text));
}

/**
 * True when a move's date is no more precise than its evidence: a day needs a piece of evidence that
 * gives that day. That is an imported row (the file states the day), a source of other reporting
 * published that very day (its `published` has precision `day` and is the move's day: the one day a
 * report dates for certain is its own), or a quote of the article holding the date's own `wording`.
 * A report published later ("on Tuesday", "last week") backs a range, not a day. The same holds of
 * the end of the stay the move begins (`date`: its `stayEnd`).
 */
export function dayIsSourced(
	move: Move,
	sources: ReadonlyMap<string, Source>,
	date: FuzzyDate = move.date
): boolean {
	if (date.precision !== 'day' || date.start === undefined) return true;
	const day = date.start;
	return move.evidence.some((e) => {
		if (e.basis === 'import') return true;
		if (e.basis === 'article')
			return (
				date.wording !== undefined && normalizeWhitespace(e.quote).includes(normalizeWhitespace(date.wording))
			);
		const published = sources.get(e.source)?.published;
		return published?.precision === 'day' && published.start === day;
	});
}

/**
 * Checks that what a dataset cites can be found and does not claim more than it holds: other
 * reporting is named by outlet, headline and https address, none of them a stand-in; and a move
 * (or the end of the stay it begins) dated to the day has evidence that gives the day.
 */
export function checkSourcing(dataset: Dataset): Problem[] {
	const problems: Problem[] = [];
	const report = (path: PropertyKey[], problem: ProblemMessage) =>
		problems.push({ where: atPath(path), ...problem });

	dataset.sources.forEach((source, i) => {
		if (source.kind !== 'later-reporting') return;
		if (source.url === undefined) report(['sources', i], problemOf('otherSourceNeedsAddress'));
		for (const field of ['publisher', 'title'] as const)
			if (looksLikePlaceholder(source[field]))
				report(['sources', i, field], problemOf('otherSourcePlaceholder', { field }));
	});

	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	dataset.moves.forEach((move, i) => {
		if (!dayIsSourced(move, sources)) report(['moves', i, 'date'], problemOf('dayNotInEvidence'));
		if (move.stayEnd && !dayIsSourced(move, sources, move.stayEnd))
			report(['moves', i, 'stayEnd'], problemOf('stayEndDayNotInEvidence'));
	});
	return problems;
}
