-- Talent Flows: career positions, checked by the importer's rules (src/lib/import/buildDataset.ts
-- and readDateCell in src/lib/import/dates.ts).
--
-- Reads `positions` (one row per position; see sql/prelude/*.sql for what each engine puts in it)
-- and gives every position its dates as the importer reads them, or the first problem that leaves
-- it out. Portable SQL: no function or syntax of one engine only (tests/unit/aggregate/dialects.test.ts).
--
-- A date cell is written year first, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a month or day of one digit
-- (`2024-9-1`) is read padded, with a notice (the prelude pads it, in `start_date` and `end_date`).
-- The month is from 01 to 12 and the day one its month has. A day and a month before the year are
-- refused: `dateAmbiguous` when either could be the month (`03/04/2024`), else `notADate`.
-- A precision cell `year`, `month` or `day` may make a date coarser, never finer. A precision word
-- the schema does not know but whose meaning is plain makes it as coarse as the word says, with a
-- notice: the precision it names (no finer than the date as written), or one step coarser than
-- the date as written (`approximate`…); `unknown` keeps the date whole, to order positions, but it
-- dates nothing. Any other word is refused. The end may not come before the start, compared to
-- the coarser of the two, unless either is of unknown precision.
SELECT
	row_no,
	person,
	person_key,
	organization,
	organization_key,
	CASE WHEN start_ok = 1 THEN SUBSTR(start_date, 1, start_digits) END AS start_value,
	CASE WHEN start_ok = 1 THEN start_precision END AS start_precision,
	CASE WHEN end_ok = 1 THEN SUBSTR(end_date, 1, end_digits) END AS end_value,
	CASE WHEN end_ok = 1 THEN end_precision END AS end_precision,
	CASE
		WHEN person = '' THEN 'noPerson'
		WHEN organization = '' THEN 'noOrganization'
		WHEN start_problem IS NOT NULL THEN start_problem
		WHEN end_problem IS NOT NULL THEN end_problem
		WHEN ends_before_start = 1 THEN 'endsBeforeStart'
	END AS problem,
	CASE
		WHEN person = '' THEN 'person'
		WHEN organization = '' THEN 'organization'
		WHEN start_problem IS NOT NULL THEN 'start'
		WHEN end_problem IS NOT NULL OR ends_before_start = 1 THEN 'end'
	END AS problem_field,
	CASE
		WHEN start_problem IN ('notADate', 'dateAmbiguous') THEN start_cell
		WHEN start_problem = 'precisionUnknown' THEN start_precision_cell
		WHEN start_problem IS NOT NULL THEN start_date
		WHEN end_problem IN ('notADate', 'dateAmbiguous') THEN end_cell
		WHEN end_problem = 'precisionUnknown' THEN end_precision_cell
		WHEN end_problem IS NOT NULL THEN end_date
		ELSE SUBSTR(start_date, 1, start_digits)
	END AS problem_value,
	CASE
		WHEN start_problem = 'dateAmbiguous' THEN start_day_first
		WHEN start_problem = 'precisionTooFine' THEN start_precision_cell
		WHEN start_problem IS NOT NULL THEN NULL
		WHEN end_problem = 'dateAmbiguous' THEN end_day_first
		WHEN end_problem = 'precisionTooFine' THEN end_precision_cell
		WHEN end_problem IS NULL THEN SUBSTR(end_date, 1, end_digits)
	END AS problem_detail,
	-- 1 when the row is kept and a date or a precision of it was read leniently (the importer's notices).
	CASE
		WHEN person = '' OR organization = '' OR start_problem IS NOT NULL OR end_problem IS NOT NULL
			OR ends_before_start = 1 THEN 0
		WHEN start_ok = 1 AND (start_date <> start_cell OR start_precision_word_read = 1) THEN 1
		WHEN end_ok = 1 AND (end_date <> end_cell OR end_precision_word_read = 1) THEN 1
		ELSE 0
	END AS noticed
FROM (
	SELECT
		*,
		-- A date of unknown precision is too vague to say that a position ends before it starts.
		CASE
			WHEN start_ok = 1 AND end_ok = 1 AND start_precision <> 'unknown' AND end_precision <> 'unknown'
				AND SUBSTR(end_date, 1, end_digits) < SUBSTR(start_date, 1, LEAST(start_digits, end_digits))
				THEN 1
			ELSE 0
		END AS ends_before_start
	FROM (
		SELECT
			*,
			CASE WHEN start_cell <> '' AND start_problem IS NULL THEN 1 ELSE 0 END AS start_ok,
			CASE WHEN end_cell <> '' AND end_problem IS NULL THEN 1 ELSE 0 END AS end_ok
		FROM (
			SELECT
				*,
				CASE
					WHEN start_cell = '' THEN NULL
					WHEN start_date IS NULL AND start_day_first IS NOT NULL
						AND CAST(SUBSTR(start_day_first, 6, 2) AS INTEGER) BETWEEN 1 AND 12
						AND CAST(SUBSTR(start_day_first, 9, 2) AS INTEGER) BETWEEN 1 AND 12
						AND SUBSTR(start_day_first, 6, 2) <> SUBSTR(start_day_first, 9, 2) THEN 'dateAmbiguous'
					WHEN start_date IS NULL THEN 'notADate'
					WHEN NOT (
						start_month IS NULL
						OR (start_month BETWEEN 1 AND 12 AND (start_day IS NULL OR start_day BETWEEN 1 AND (
							CASE
								WHEN start_month = 2 AND MOD(start_year, 4) = 0
									AND (MOD(start_year, 100) <> 0 OR MOD(start_year, 400) = 0) THEN 29
								WHEN start_month = 2 THEN 28
								WHEN start_month IN (4, 6, 9, 11) THEN 30
								ELSE 31
							END)))
					) THEN 'notInCalendar'
					WHEN start_precision IS NULL THEN 'precisionUnknown'
					WHEN start_digits > LENGTH(start_date) THEN 'precisionTooFine'
				END AS start_problem,
				CASE
					WHEN end_cell = '' THEN NULL
					WHEN end_date IS NULL AND end_day_first IS NOT NULL
						AND CAST(SUBSTR(end_day_first, 6, 2) AS INTEGER) BETWEEN 1 AND 12
						AND CAST(SUBSTR(end_day_first, 9, 2) AS INTEGER) BETWEEN 1 AND 12
						AND SUBSTR(end_day_first, 6, 2) <> SUBSTR(end_day_first, 9, 2) THEN 'dateAmbiguous'
					WHEN end_date IS NULL THEN 'notADate'
					WHEN NOT (
						end_month IS NULL
						OR (end_month BETWEEN 1 AND 12 AND (end_day IS NULL OR end_day BETWEEN 1 AND (
							CASE
								WHEN end_month = 2 AND MOD(end_year, 4) = 0
									AND (MOD(end_year, 100) <> 0 OR MOD(end_year, 400) = 0) THEN 29
								WHEN end_month = 2 THEN 28
								WHEN end_month IN (4, 6, 9, 11) THEN 30
								ELSE 31
							END)))
					) THEN 'notInCalendar'
					WHEN end_precision IS NULL THEN 'precisionUnknown'
					WHEN end_digits > LENGTH(end_date) THEN 'precisionTooFine'
				END AS end_problem
			FROM (
				SELECT
					*,
					CASE WHEN start_date IS NOT NULL THEN CAST(SUBSTR(start_date, 1, 4) AS INTEGER) END AS start_year,
					CASE WHEN LENGTH(start_date) >= 7 THEN CAST(SUBSTR(start_date, 6, 2) AS INTEGER) END AS start_month,
					CASE WHEN LENGTH(start_date) = 10 THEN CAST(SUBSTR(start_date, 9, 2) AS INTEGER) END AS start_day,
					CASE WHEN end_date IS NOT NULL THEN CAST(SUBSTR(end_date, 1, 4) AS INTEGER) END AS end_year,
					CASE WHEN LENGTH(end_date) >= 7 THEN CAST(SUBSTR(end_date, 6, 2) AS INTEGER) END AS end_month,
					CASE WHEN LENGTH(end_date) = 10 THEN CAST(SUBSTR(end_date, 9, 2) AS INTEGER) END AS end_day,
					-- How many characters of the date the precision keeps (all of them when it is unknown).
					CASE start_precision
						WHEN 'year' THEN 4 WHEN 'month' THEN 7 WHEN 'day' THEN 10 ELSE LENGTH(start_date)
					END AS start_digits,
					CASE end_precision
						WHEN 'year' THEN 4 WHEN 'month' THEN 7 WHEN 'day' THEN 10 ELSE LENGTH(end_date)
					END AS end_digits
				FROM (
					SELECT
						*,
						-- The precision read: as written, as the cell says, or as coarse as its word says;
						-- NULL for a word the importer does not know.
						CASE
							WHEN start_precision_cell = '' THEN start_as_written
							WHEN start_precision_cell IN ('year', 'month', 'day') THEN start_precision_cell
							WHEN start_word IS NULL THEN NULL
							WHEN start_word = 'coarser' AND start_as_written = 'day' THEN 'month'
							WHEN start_word = 'coarser' AND start_as_written = 'month' THEN 'year'
							WHEN start_word = 'coarser' OR start_word = 'unknown' THEN 'unknown'
							WHEN start_word = 'year' OR start_as_written = 'year' THEN 'year'
							WHEN start_word = 'month' THEN 'month'
						END AS start_precision,
						CASE
							WHEN start_precision_cell NOT IN ('', 'year', 'month', 'day') AND start_word IS NOT NULL
								THEN 1
							ELSE 0
						END AS start_precision_word_read,
						CASE
							WHEN end_precision_cell = '' THEN end_as_written
							WHEN end_precision_cell IN ('year', 'month', 'day') THEN end_precision_cell
							WHEN end_word IS NULL THEN NULL
							WHEN end_word = 'coarser' AND end_as_written = 'day' THEN 'month'
							WHEN end_word = 'coarser' AND end_as_written = 'month' THEN 'year'
							WHEN end_word = 'coarser' OR end_word = 'unknown' THEN 'unknown'
							WHEN end_word = 'year' OR end_as_written = 'year' THEN 'year'
							WHEN end_word = 'month' THEN 'month'
						END AS end_precision,
						CASE
							WHEN end_precision_cell NOT IN ('', 'year', 'month', 'day') AND end_word IS NOT NULL
								THEN 1
							ELSE 0
						END AS end_precision_word_read
					FROM (
						SELECT
							*,
							CASE LENGTH(start_date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END
								AS start_as_written,
							CASE LENGTH(end_date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END
								AS end_as_written,
							-- What a precision word the schema does not know makes of a date: the precision
							-- it names, or `coarser`, one step coarser than the date as written.
							CASE
								WHEN start_precision_word IN ('week', 'weekly') THEN 'month'
								WHEN start_precision_word IN (
									'quarter', 'quarterly', 'season', 'semester', 'half-year', 'half'
								) THEN 'year'
								WHEN start_precision_word IN (
									'multi-year', 'multiyear', 'years', 'several-years', 'decade', 'decades',
									'century', 'unknown'
								) THEN 'unknown'
								WHEN start_precision_word IN (
									'approximate', 'approximately', 'approx', 'approx.', 'approximative', 'circa',
									'ca.', 'c.', 'about', 'around', 'estimate', 'estimated', 'est.', 'rough',
									'roughly', '~'
								) THEN 'coarser'
							END AS start_word,
							CASE
								WHEN end_precision_word IN ('week', 'weekly') THEN 'month'
								WHEN end_precision_word IN (
									'quarter', 'quarterly', 'season', 'semester', 'half-year', 'half'
								) THEN 'year'
								WHEN end_precision_word IN (
									'multi-year', 'multiyear', 'years', 'several-years', 'decade', 'decades',
									'century', 'unknown'
								) THEN 'unknown'
								WHEN end_precision_word IN (
									'approximate', 'approximately', 'approx', 'approx.', 'approximative', 'circa',
									'ca.', 'c.', 'about', 'around', 'estimate', 'estimated', 'est.', 'rough',
									'roughly', '~'
								) THEN 'coarser'
							END AS end_word
						FROM positions
					) AS with_words
				) AS with_precision
			) AS with_parts
		) AS with_problems
	) AS with_ok
) AS checked
