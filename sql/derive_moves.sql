-- Talent Flows: moves derived from career positions, by the importer's rules
-- (deriveMoves in src/lib/import/careers.ts). Portable SQL: window functions and plain expressions.
--
-- Reads `checked_positions` (sql/check_positions.sql). Each person's positions that can be placed
-- in time (a start or an end) are ordered by start, or end when the start is missing, then by
-- row; two consecutive positions at different organizations make a move:
--   - dated by the start of the new position, or else the end of the old one, or not at all; a
--     date of unknown precision (a start "multi-year" 2019) orders positions but dates no move;
--   - a change of title within one organization is no move, and a gap changes nothing;
--   - overlapping positions still make a move, at the new start;
--   - a return to a past employer is a move like any other (A to B, then B to A);
--   - a position with neither start nor end takes no part.
-- People and organizations are told apart by their folded names (`person_key`, `organization_key`).
SELECT
	person_key,
	from_key,
	to_key,
	CASE
		WHEN start_precision IN ('day', 'month', 'year') THEN start_value
		WHEN previous_end_precision IN ('day', 'month', 'year') THEN previous_end_value
	END AS date_value,
	CASE
		WHEN start_precision IN ('day', 'month', 'year') THEN start_precision
		WHEN previous_end_precision IN ('day', 'month', 'year') THEN previous_end_precision
	END AS date_precision,
	from_row,
	to_row
FROM (
	SELECT
		person_key,
		organization_key AS to_key,
		row_no AS to_row,
		start_value,
		start_precision,
		LAG(organization_key) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS from_key,
		LAG(row_no) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS from_row,
		LAG(end_value) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS previous_end_value,
		LAG(end_precision) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS previous_end_precision
	FROM (
		SELECT
			row_no,
			person_key,
			organization_key,
			start_value,
			start_precision,
			end_value,
			end_precision,
			COALESCE(start_value, end_value) AS sort_key
		FROM checked_positions
		WHERE problem IS NULL AND (start_value IS NOT NULL OR end_value IS NOT NULL)
	) AS placed
) AS consecutive
WHERE from_key IS NOT NULL AND from_key <> to_key
