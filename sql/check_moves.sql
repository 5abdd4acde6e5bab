-- Talent Flows: a file of moves, checked by the importer's rules (src/lib/import/buildDataset.ts).
--
-- Reads `move_rows` (one row per move; see sql/prelude/*.sql for what each engine puts in it) and
-- `date_readings` (sql/read_dates.sql), and gives every move its date, or the first problem that
-- leaves it out, in the importer's order: a person (when the file names people), an origin or a
-- destination left empty; the same organization left and joined; a date or a period's end that
-- cannot be read; a precision `unknown` with a date; a certainty other than stated, implied or
-- undisclosed; a period that ends before it starts; a row that repeats an earlier one cell for
-- cell. A move with an end, or of precision `range`, is dated by a period (from its date, when
-- that dates something, to its end). Portable SQL: no function or syntax of one engine only
-- (tests/unit/aggregate/dialects.test.ts).
SELECT
	row_no,
	from_name,
	from_key,
	to_name,
	to_key,
	CASE WHEN is_range = 1 THEN period_start WHEN date_precision IN ('day', 'month', 'year') THEN date_value END
		AS date_value,
	CASE
		WHEN is_range = 1 THEN 'range'
		WHEN date_precision IN ('day', 'month', 'year') THEN date_precision
	END AS date_precision,
	CASE WHEN is_range = 1 THEN end_value END AS date_end,
	certainty,
	problem,
	CASE
		WHEN problem = 'cellEmpty' AND person = '' THEN 'person'
		WHEN problem = 'cellEmpty' AND from_name = '' THEN 'from'
		WHEN problem IN ('cellEmpty', 'sameOrganization') THEN 'to'
		WHEN problem = 'unknownDateHasBounds' THEN 'precision'
		WHEN problem = 'certaintyUnknown' THEN 'certainty'
		WHEN problem = 'repeatsRow' THEN NULL
		WHEN date_problem IS NOT NULL THEN 'date'
		WHEN problem IS NOT NULL THEN 'date_end'
	END AS problem_field,
	CASE WHEN date_problem IS NOT NULL THEN date_problem_value ELSE end_problem_value END AS problem_value,
	CASE WHEN date_problem IS NOT NULL THEN date_problem_detail ELSE end_problem_detail END AS problem_detail,
	-- The earlier row a repeated row repeats.
	CASE WHEN problem = 'repeatsRow' THEN first_row END AS repeats_row,
	-- 1 when the move is kept and its date or the end of its period was read leniently.
	CASE WHEN problem IS NULL AND (date_noticed = 1 OR end_noticed = 1) THEN 1 ELSE 0 END AS noticed
FROM (
	SELECT
		*,
		CASE
			WHEN person = '' OR from_name = '' OR to_name = '' THEN 'cellEmpty'
			WHEN from_key = to_key THEN 'sameOrganization'
			WHEN date_problem IS NOT NULL THEN date_problem
			WHEN end_problem IS NOT NULL THEN end_problem
			WHEN precision = 'unknown' AND (date_value IS NOT NULL OR end_value IS NOT NULL) THEN 'unknownDateHasBounds'
			WHEN certainty NOT IN ('stated', 'implied', 'undisclosed') THEN 'certaintyUnknown'
			WHEN is_range = 1 AND end_value < SUBSTR(period_start, 1, LENGTH(end_value)) THEN 'periodEndsBeforeStart'
			WHEN first_row < row_no THEN 'repeatsRow'
		END AS problem
	FROM (
		SELECT
			*,
			CASE WHEN end_value IS NOT NULL OR (precision = 'range' AND date_value IS NOT NULL) THEN 1 ELSE 0 END
				AS is_range,
			CASE WHEN date_precision IN ('day', 'month', 'year') THEN date_value END AS period_start,
			MIN(row_no) OVER (PARTITION BY row_cells) AS first_row
		FROM (
			SELECT
				m.row_no,
				m.person,
				m.from_name,
				m.from_key,
				m.to_name,
				m.to_key,
				m.precision,
				m.certainty,
				m.row_cells,
				d.value AS date_value,
				d.precision AS date_precision,
				d.problem AS date_problem,
				d.problem_value AS date_problem_value,
				d.problem_detail AS date_problem_detail,
				d.noticed AS date_noticed,
				e.value AS end_value,
				e.problem AS end_problem,
				e.problem_value AS end_problem_value,
				e.problem_detail AS end_problem_detail,
				e.noticed AS end_noticed
			FROM move_rows AS m
			LEFT JOIN date_readings AS d ON d.date_cell = m.date_cell AND d.precision_cell = m.date_precision_cell
			LEFT JOIN date_readings AS e ON e.date_cell = m.date_end_cell AND e.precision_cell = ''
		) AS with_readings
	) AS with_period
) AS checked
