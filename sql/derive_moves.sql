-- Talent Flows: moves derived from career positions, by the importer's rules
-- (deriveMoves in src/lib/import/careers.ts). Portable SQL: window functions and plain expressions.
--
-- Reads `placed_positions` (sql/place_positions.sql): each person's positions that can be placed
-- in time (a start or an end), ordered by start, or end when the start is missing, then by row.
-- Two consecutive positions at different organizations make a move:
--   - dated by the start of the new position, or else the end of the old one, or not at all; a
--     date of unknown precision (a start "multi-year" 2019) orders positions but dates no move;
--   - a change of title within one organization is no move, and a gap changes nothing;
--   - overlapping positions still make a move, at the new start;
--   - a return to a past employer is a move like any other (A to B, then B to A);
--   - a position with neither start nor end takes no part.
-- People and organizations are told apart by their folded names (`person_key`, `organization_key`).
-- A date that dates something is as precise as it is long (YYYY, YYYY-MM, YYYY-MM-DD), so the
-- window carries the dates alone, not their precisions.
SELECT
	person_key,
	from_key,
	to_key,
	date_value,
	CASE LENGTH(date_value) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS date_precision,
	from_row,
	to_row
FROM (
	SELECT
		person_key,
		from_key,
		to_key,
		COALESCE(start_dating, previous_end_dating) AS date_value,
		from_row,
		to_row
	FROM (
		SELECT
			person_key,
			organization_key AS to_key,
			row_no AS to_row,
			start_dating,
			LAG(organization_key) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS from_key,
			LAG(row_no) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS from_row,
			LAG(end_dating) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS previous_end_dating
		FROM placed_positions
	) AS consecutive
	WHERE from_key IS NOT NULL AND from_key <> to_key
) AS dated
