-- Talent Flows: career positions, checked by the importer's rules (src/lib/import/buildDataset.ts).
--
-- Reads `positions` (one row per position; see sql/prelude/*.sql for what each engine puts in it)
-- and `date_readings` (sql/read_dates.sql: each pair of a date cell and a precision cell, read),
-- and gives every position its dates, or the first problem that leaves it out: no person, no
-- organization, a start or an end that cannot be read, or an end before the start, compared to
-- the coarser of the two unless either is of unknown precision. Portable SQL: no function or syntax
-- of one engine only (tests/unit/aggregate/dialects.test.ts).
SELECT
	row_no,
	person,
	person_key,
	organization,
	organization_key,
	start_value,
	start_precision,
	end_value,
	end_precision,
	problem,
	CASE
		WHEN problem = 'noPerson' THEN 'person'
		WHEN problem = 'noOrganization' THEN 'organization'
		WHEN start_problem IS NOT NULL THEN 'start'
		WHEN problem IS NOT NULL THEN 'end'
	END AS problem_field,
	CASE
		WHEN start_problem IS NOT NULL THEN start_problem_value
		WHEN end_problem IS NOT NULL THEN end_problem_value
		ELSE start_value
	END AS problem_value,
	CASE WHEN start_problem IS NOT NULL THEN start_problem_detail ELSE end_problem_detail END AS problem_detail,
	-- 1 when the row is kept and a date or a precision of it was read leniently (the importer's notices).
	CASE WHEN problem IS NULL AND (start_noticed = 1 OR end_noticed = 1) THEN 1 ELSE 0 END AS noticed
FROM (
	SELECT
		*,
		CASE
			WHEN person = '' THEN 'noPerson'
			WHEN organization = '' THEN 'noOrganization'
			WHEN start_problem IS NOT NULL THEN start_problem
			WHEN end_problem IS NOT NULL THEN end_problem
			-- A date of unknown precision is too vague to say that a position ends before it starts.
			WHEN start_precision <> 'unknown' AND end_precision <> 'unknown'
				AND end_value < SUBSTR(start_value, 1, LENGTH(end_value)) THEN 'endsBeforeStart'
		END AS problem
	FROM (
		SELECT
			p.row_no,
			p.person,
			p.person_key,
			p.organization,
			p.organization_key,
			s.value AS start_value,
			s.precision AS start_precision,
			s.problem AS start_problem,
			s.problem_value AS start_problem_value,
			s.problem_detail AS start_problem_detail,
			s.noticed AS start_noticed,
			e.value AS end_value,
			e.precision AS end_precision,
			e.problem AS end_problem,
			e.problem_value AS end_problem_value,
			e.problem_detail AS end_problem_detail,
			e.noticed AS end_noticed
		FROM positions AS p
		LEFT JOIN date_readings AS s ON s.date_cell = p.start_cell AND s.precision_cell = p.start_precision_cell
		LEFT JOIN date_readings AS e ON e.date_cell = p.end_cell AND e.precision_cell = p.end_precision_cell
	) AS with_readings
) AS checked
