import { schemaError } from '../problems/codes';
import { z } from './zod';
import { FuzzyDate } from './dates';
import { Certainty, EvidenceList, Id } from './evidence';
import { VisibleName } from './text';

import { SCHEMA_VERSION } from './version';

export { SCHEMA_VERSION };

/** Text we wrote ourselves, in both interface languages (never the source's own words). */
export const LocalizedText = z.strictObject({ en: z.string().min(1), fr: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Where a file reduced by a query came from, and which query reduced it (`npm run aggregate`). */
export const Provenance = z.strictObject({
	/** The file's name, as it was given (without its folder). */
	file: z.string().min(1),
	/** How many rows of positions or moves the file holds (its header aside). */
	rows: z.number().int().nonnegative(),
	/** The SHA-256 of the file's bytes, in lower-case hexadecimal. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** The version of the query that derived the facts (see `sql/`). */
	query: z.string().min(1)
});
export type Provenance = z.infer<typeof Provenance>;

/** A text or report that facts are drawn from. */
export const Source = z.strictObject({
	id: Id,
	/**
	 * The article the dashboard is built on, later reporting about it, a file a user imported, or a
	 * file too large to import, reduced to flows (`aggregate`, which then has its provenance).
	 */
	kind: z.enum(['article', 'later-reporting', 'import', 'aggregate']),
	title: z.string().min(1),
	publisher: z.string().min(1),
	language: z.string().min(2).optional(),
	published: FuzzyDate.optional(),
	/** Where the source can be read, when it has a public address. */
	url: z.url({ protocol: /^https$/, error: schemaError('httpsAddress') }).optional(),
	/** What to know before trusting it (in English). */
	note: z.string().min(1).optional(),
	/** For a file reduced by a query: the file, its rows, its SHA-256 and the query's version. */
	provenance: Provenance.optional()
});
export type Source = z.infer<typeof Source>;

/** What kind of place an organization is, as far as the source tells. */
export const OrganizationKind = z.enum([
	'big-tech',
	'ai-startup',
	'unnamed-startup',
	'undisclosed',
	'unknown'
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const Organization = z.strictObject({
	id: Id,
	/** The name as the source gives it. */
	name: VisibleName,
	/** A display label, for places the source describes but does not name. */
	label: LocalizedText.optional(),
	kind: OrganizationKind,
	evidence: EvidenceList
});
export type Organization = z.infer<typeof Organization>;

/** A position as the source words it. */
export const Role = z.strictObject({
	/** The title in the source's own words and language. */
	title: z.string().min(1),
	/** Our English translation of the title, marked as a translation in the interface. */
	titleEn: z.string().min(1).optional(),
	organization: Id,
	evidence: EvidenceList
});
export type Role = z.infer<typeof Role>;

export const Person = z.strictObject({
	id: Id,
	name: VisibleName,
	roles: z.array(Role),
	evidence: EvidenceList
});
export type Person = z.infer<typeof Person>;

/** One person leaving one organization for another (which may be undisclosed). */
export const Move = z.strictObject({
	id: Id,
	person: Id,
	from: Id,
	to: Id,
	date: FuzzyDate,
	/**
	 * When the stay this move begins at `to` ended, when no later move of the person out of `to`
	 * ends it: in a career file, the end of their last position there. Precision `unknown` when it
	 * ended on a day the source does not give. Absent when the stay goes on or nothing says; a
	 * later move out of `to` ends the stay first.
	 */
	stayEnd: FuzzyDate.optional(),
	/** How the source states where the person went. */
	certainty: Certainty,
	/**
	 * The article's move that this one, known from other reporting, tells more of: the same person
	 * leaving the same organization, with where they went. With other reporting shown, this move
	 * stands in for that one in every count and chart, so that one departure is never counted twice.
	 */
	refines: Id.optional(),
	/**
	 * How many moves this row stands for: absent (one) for a person's move, more for a flow of many
	 * moves aggregated from a larger file (every count and width then adds the weight).
	 */
	weight: z.number().int().positive().optional(),
	evidence: EvidenceList
});
export type Move = z.infer<typeof Move>;

/**
 * A figure about many unnamed people over a period, such as "more than 30% of staff since 2023".
 * It is a share of a population, not a flow of named people, and is never drawn as one.
 */
export const Aggregate = z.strictObject({
	id: Id,
	organization: Id,
	/** The population in the source's words ("ses employés de projet en IA"). */
	population: z.string().min(1),
	/** Our translation of the population, in both interface languages. */
	populationLabel: LocalizedText,
	measure: z.literal('share-departed'),
	/** The share, between 0 and 1. */
	value: z.number().min(0).max(1),
	/** Whether the value is a floor ("more than"), a ceiling, an approximation or exact. */
	bound: z.enum(['lower', 'upper', 'approximate', 'exact']),
	period: FuzzyDate,
	certainty: Certainty,
	/**
	 * What checking the figure against sources other than the article found, where it was checked:
	 * `unverified` when none could be found to bear it out (the note says what came nearest). It
	 * grades the figure for readers and for the ClaimReview markup; absent, nothing is claimed.
	 */
	verification: z.enum(['unverified']).optional(),
	evidence: EvidenceList,
	note: z.string().min(1).optional()
});
export type Aggregate = z.infer<typeof Aggregate>;

export const EventKind = z.enum([
	'layoff',
	'recruiting',
	'retention-effort',
	'offers',
	'departures',
	'announcement',
	'report',
	'publication'
]);
export type EventKind = z.infer<typeof EventKind>;

/** Something that happened at a time, with who and what it involved. */
export const Event = z.strictObject({
	id: Id,
	kind: EventKind,
	summary: LocalizedText,
	date: FuzzyDate,
	people: z.array(Id),
	organizations: z.array(Id),
	certainty: Certainty,
	evidence: EvidenceList
});
export type Event = z.infer<typeof Event>;

/** A reason the source gives for people leaving. */
export const Reason = z.strictObject({
	id: Id,
	summary: LocalizedText,
	evidence: EvidenceList
});
export type Reason = z.infer<typeof Reason>;

export const TrendKind = z.enum([
	'exodus',
	'startup-pull',
	'llm-outside-big-tech',
	'startup-emergence',
	'outlook'
]);
export type TrendKind = z.infer<typeof TrendKind>;

/**
 * A claim about the field as a whole. Organizations named here (Anthropic, Cohere, OpenAI) are examples
 * the source gives of the trend, never the destination of anyone in `moves`.
 */
export const Trend = z.strictObject({
	id: Id,
	kind: TrendKind,
	summary: LocalizedText,
	organizations: z.array(Id),
	evidence: EvidenceList
});
export type Trend = z.infer<typeof Trend>;

/** The whole dataset: every fact, each with its evidence, and the sources they cite. */
export const Dataset = z.strictObject({
	schemaVersion: z.literal(SCHEMA_VERSION, { error: schemaError('schemaVersion') }),
	title: LocalizedText,
	sources: z.array(Source).min(1, { error: schemaError('needsSource') }),
	organizations: z.array(Organization),
	people: z.array(Person),
	moves: z.array(Move),
	aggregates: z.array(Aggregate),
	events: z.array(Event),
	reasons: z.array(Reason),
	trends: z.array(Trend)
});
export type Dataset = z.infer<typeof Dataset>;
