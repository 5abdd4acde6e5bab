-- Talent Flows: date cells read by the importer's rules (readDateCell in src/lib/import/dates.ts).
--
-- Reads `date_cells`, one row per distinct pair of a date cell and a precision cell of the file
-- (see sql/prelude/*.sql for what each engine puts in it), and gives each pair the date it stands
-- for, or the problem that leaves its row out. Portable SQL: no function or syntax of one engine
-- only (tests/unit/aggregate/dialects.test.ts). A file holds few distinct dates, so the rules run
-- once per pair rather than once per row; sql/check_positions.sql joins them back.
--
-- A date cell is written year first, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a month or day of one digit
-- (`2024-9-1`) is read padded, with a notice (the prelude pads it, in `year_first`). The month is
-- from 01 to 12 and the day one its month has. A day and a month before the year are refused:
-- `dateAmbiguous` when either could be the month (`03/04/2024`), else `notADate`.
-- A precision cell `year`, `month` or `day` may make a date coarser, never finer. A precision word
-- the schema does not know but whose meaning is plain makes it as coarse as the word says, with a
-- notice: the precision it names (no finer than the date as written), or one step coarser than
-- the date as written (`approximate`…); `unknown` keeps the date whole, to order positions, but it
-- dates nothing. Any other word is refused.
--
-- Columns: date_cell and precision_cell (the pair, as `positions` has it); value and precision (the
-- date read, NULL when refused); problem (NULL when read); problem_value and problem_detail (what
-- the problem's message quotes; the value itself when read, for `endsBeforeStart`); noticed (1 when
-- the date or its precision was read leniently, the importer's notices).
SELECT
	date_cell,
	precision_cell,
	CASE WHEN problem IS NULL THEN SUBSTR(year_first, 1, digits) END AS value,
	CASE WHEN problem IS NULL THEN read_precision END AS precision,
	problem,
	CASE
		WHEN problem IN ('notADate', 'dateAmbiguous') THEN cell
		WHEN problem = 'precisionUnknown' THEN precision
		WHEN problem IS NOT NULL THEN year_first
		ELSE SUBSTR(year_first, 1, digits)
	END AS problem_value,
	CASE
		WHEN problem = 'dateAmbiguous' THEN day_first
		WHEN problem = 'precisionTooFine' THEN precision
		WHEN problem IS NULL THEN SUBSTR(year_first, 1, digits)
	END AS problem_detail,
	CASE WHEN problem IS NULL AND (year_first <> cell OR word_read = 1) THEN 1 ELSE 0 END AS noticed
FROM (
	SELECT
		*,
		CASE
			WHEN year_first IS NULL AND day_first IS NOT NULL
				AND CAST(SUBSTR(day_first, 6, 2) AS INTEGER) BETWEEN 1 AND 12
				AND CAST(SUBSTR(day_first, 9, 2) AS INTEGER) BETWEEN 1 AND 12
				AND SUBSTR(day_first, 6, 2) <> SUBSTR(day_first, 9, 2) THEN 'dateAmbiguous'
			WHEN year_first IS NULL THEN 'notADate'
			WHEN NOT (
				month IS NULL
				OR (month BETWEEN 1 AND 12 AND (day IS NULL OR day BETWEEN 1 AND (
					CASE
						WHEN month = 2 AND MOD(year, 4) = 0 AND (MOD(year, 100) <> 0 OR MOD(year, 400) = 0) THEN 29
						WHEN month = 2 THEN 28
						WHEN month IN (4, 6, 9, 11) THEN 30
						ELSE 31
					END)))
			) THEN 'notInCalendar'
			WHEN read_precision IS NULL THEN 'precisionUnknown'
			WHEN digits > LENGTH(year_first) THEN 'precisionTooFine'
		END AS problem
	FROM (
		SELECT
			*,
			CASE WHEN year_first IS NOT NULL THEN CAST(SUBSTR(year_first, 1, 4) AS INTEGER) END AS year,
			CASE WHEN LENGTH(year_first) >= 7 THEN CAST(SUBSTR(year_first, 6, 2) AS INTEGER) END AS month,
			CASE WHEN LENGTH(year_first) = 10 THEN CAST(SUBSTR(year_first, 9, 2) AS INTEGER) END AS day,
			-- How many characters of the date the precision keeps (all of them when it is unknown).
			CASE read_precision
				WHEN 'year' THEN 4 WHEN 'month' THEN 7 WHEN 'day' THEN 10 ELSE LENGTH(year_first)
			END AS digits
		FROM (
			SELECT
				*,
				-- The precision read: as written, as the cell says, or as coarse as its word says;
				-- NULL for a word the importer does not know.
				CASE
					WHEN precision = '' THEN as_written
					WHEN precision IN ('year', 'month', 'day') THEN precision
					WHEN word IS NULL THEN NULL
					WHEN word = 'coarser' AND as_written = 'day' THEN 'month'
					WHEN word = 'coarser' AND as_written = 'month' THEN 'year'
					WHEN word = 'coarser' OR word = 'unknown' THEN 'unknown'
					WHEN word = 'year' OR as_written = 'year' THEN 'year'
					WHEN word = 'month' THEN 'month'
				END AS read_precision,
				CASE WHEN precision NOT IN ('', 'year', 'month', 'day') AND word IS NOT NULL THEN 1 ELSE 0 END
					AS word_read
			FROM (
				SELECT
					*,
					CASE LENGTH(year_first) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS as_written,
					-- What a precision word the schema does not know makes of a date: the precision it
					-- names, or `coarser`, one step coarser than the date as written.
					CASE
						WHEN precision_word IN ('week', 'weekly') THEN 'month'
						WHEN precision_word IN ('quarter', 'quarterly', 'season', 'semester', 'half-year', 'half')
							THEN 'year'
						WHEN precision_word IN (
							'multi-year', 'multiyear', 'years', 'several-years', 'decade', 'decades', 'century',
							'unknown'
						) THEN 'unknown'
						WHEN precision_word IN (
							'approximate', 'approximately', 'approx', 'approx.', 'approximative', 'circa', 'ca.',
							'c.', 'about', 'around', 'estimate', 'estimated', 'est.', 'rough', 'roughly', '~'
						) THEN 'coarser'
					END AS word
				FROM date_cells
			) AS with_word
		) AS with_precision
	) AS with_parts
) AS with_problem
