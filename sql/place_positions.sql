-- Talent Flows: the positions that can be placed in time, as sql/derive_moves.sql and
-- sql/stay_ends.sql order them (deriveMoves in src/lib/import/careers.ts). Portable SQL.
--
-- Reads `checked_positions` (sql/check_positions.sql). A position kept with a start or an end is
-- placed by its start, or its end when the start is missing (`sort_key`; ties go by row); one
-- with neither takes no part. Of its dates, those of a known precision may date a move or end a
-- stay (`start_dating`, `end_dating`); `end_precision` tells an end too vague to place
-- (`unknown`) from none (NULL).
SELECT
	row_no,
	person_key,
	organization_key,
	COALESCE(start_value, end_value) AS sort_key,
	CASE WHEN start_precision IN ('day', 'month', 'year') THEN start_value END AS start_dating,
	CASE WHEN end_precision IN ('day', 'month', 'year') THEN end_value END AS end_dating,
	end_precision
FROM checked_positions
WHERE problem IS NULL AND (start_value IS NOT NULL OR end_value IS NOT NULL)
