-- Talent Flows: career positions, checked by the importer's rules (src/lib/import/buildDataset.ts).
--
-- Reads `positions` (one row per position; see sql/prelude/*.sql for what each engine puts in it)
-- and gives every position its dates as the importer reads them, or the first problem that leaves
-- it out. Portable SQL: no function or syntax of one engine only (tests/unit/sql/dialects.test.ts).
--
-- A date cell is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits: the prelude says which of the
-- three shapes a cell has, in `start_shape` and `end_shape`), a month from 01 to 12 and a day its
-- month has; a precision cell (`year`, `month`, `day`) may make it coarser, never finer. The
-- end may not come before the start, compared to the coarser of the two.
SELECT
	row_no,
	person,
	person_key,
	organization,
	organization_key,
	CASE WHEN start_ok = 1 THEN SUBSTR(start_cell, 1, start_digits) END AS start_value,
	CASE WHEN start_ok = 1 THEN start_precision END AS start_precision,
	CASE WHEN end_ok = 1 THEN SUBSTR(end_cell, 1, end_digits) END AS end_value,
	CASE WHEN end_ok = 1 THEN end_precision END AS end_precision,
	CASE
		WHEN person = '' THEN 'noPerson'
		WHEN organization = '' THEN 'noOrganization'
		WHEN start_problem IS NOT NULL THEN start_problem
		WHEN end_problem IS NOT NULL THEN end_problem
		WHEN start_ok = 1 AND end_ok = 1
			AND SUBSTR(end_cell, 1, end_digits) < SUBSTR(start_cell, 1, LEAST(start_digits, end_digits))
			THEN 'endsBeforeStart'
	END AS problem,
	CASE
		WHEN person = '' THEN 'person'
		WHEN organization = '' THEN 'organization'
		WHEN start_problem IS NOT NULL THEN 'start'
		WHEN end_problem IS NOT NULL OR (start_ok = 1 AND end_ok = 1) THEN 'end'
	END AS problem_field,
	CASE
		WHEN start_problem = 'precisionUnknown' THEN start_precision_cell
		WHEN start_problem IS NOT NULL THEN start_cell
		WHEN end_problem = 'precisionUnknown' THEN end_precision_cell
		WHEN end_problem IS NOT NULL THEN end_cell
		ELSE SUBSTR(start_cell, 1, start_digits)
	END AS problem_value,
	CASE
		WHEN start_problem = 'precisionTooFine' THEN start_precision_cell
		WHEN end_problem = 'precisionTooFine' THEN end_precision_cell
		WHEN start_problem IS NULL AND end_problem IS NULL THEN SUBSTR(end_cell, 1, end_digits)
	END AS problem_detail
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
				WHEN start_shape IS NULL THEN 'notADate'
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
				WHEN start_precision_cell <> '' AND start_precision IS NULL THEN 'precisionUnknown'
				WHEN start_digits > LENGTH(start_cell) THEN 'precisionTooFine'
			END AS start_problem,
			CASE
				WHEN end_cell = '' THEN NULL
				WHEN end_shape IS NULL THEN 'notADate'
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
				WHEN end_precision_cell <> '' AND end_precision IS NULL THEN 'precisionUnknown'
				WHEN end_digits > LENGTH(end_cell) THEN 'precisionTooFine'
			END AS end_problem
		FROM (
			SELECT
				*,
				CASE WHEN start_shape IS NOT NULL THEN CAST(SUBSTR(start_cell, 1, 4) AS INTEGER) END AS start_year,
				CASE WHEN start_shape >= 7 THEN CAST(SUBSTR(start_cell, 6, 2) AS INTEGER) END AS start_month,
				CASE WHEN start_shape = 10 THEN CAST(SUBSTR(start_cell, 9, 2) AS INTEGER) END AS start_day,
				CASE WHEN end_shape IS NOT NULL THEN CAST(SUBSTR(end_cell, 1, 4) AS INTEGER) END AS end_year,
				CASE WHEN end_shape >= 7 THEN CAST(SUBSTR(end_cell, 6, 2) AS INTEGER) END AS end_month,
				CASE WHEN end_shape = 10 THEN CAST(SUBSTR(end_cell, 9, 2) AS INTEGER) END AS end_day,
				-- How many characters of the date the precision keeps (all of them when none is given).
				CASE start_precision
					WHEN 'year' THEN 4 WHEN 'month' THEN 7 WHEN 'day' THEN 10 ELSE LENGTH(start_cell)
				END AS start_digits,
				CASE end_precision
					WHEN 'year' THEN 4 WHEN 'month' THEN 7 WHEN 'day' THEN 10 ELSE LENGTH(end_cell)
				END AS end_digits
			FROM (
				SELECT
					*,
					CASE
						WHEN start_precision_cell IN ('year', 'month', 'day') THEN start_precision_cell
						WHEN start_precision_cell = '' AND start_shape = 4 THEN 'year'
						WHEN start_precision_cell = '' AND start_shape = 7 THEN 'month'
						WHEN start_precision_cell = '' AND start_shape = 10 THEN 'day'
					END AS start_precision,
					CASE
						WHEN end_precision_cell IN ('year', 'month', 'day') THEN end_precision_cell
						WHEN end_precision_cell = '' AND end_shape = 4 THEN 'year'
						WHEN end_precision_cell = '' AND end_shape = 7 THEN 'month'
						WHEN end_precision_cell = '' AND end_shape = 10 THEN 'day'
					END AS end_precision
				FROM positions
			) AS with_precision
		) AS with_parts
	) AS with_problems
) AS checked
