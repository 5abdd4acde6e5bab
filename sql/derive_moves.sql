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
-- A date that dates something is as precise as it is long (YYYY, YYYY-MM, YYYY-MM-DD), so the
-- window carries the dates alone, not their precisions.
--
-- The person's last move (into their last run of positions at one organization) carries the end
-- of that stay (`stay_end_value`, `stay_end_precision`) when every position of the run has an end:
-- the end that can fall latest, at its own precision, the first in order of ends that can fall on
-- the same last day; precision `unknown` (no value) when an end of the run is too vague to place.
-- A run with a position still held has none, and neither has any earlier move. The positions from
-- a move to the last one are its run and the later ones, so the last move alone is that of no move
-- after it: what the window from each position to the person's last gives.
SELECT
	person_key,
	from_key,
	to_key,
	date_value,
	CASE LENGTH(date_value) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS date_precision,
	from_row,
	to_row,
	CASE WHEN ended = 1 AND vague = 0 THEN SUBSTR(latest_key, 1, MOD(latest_pick, 10) + 3) END AS stay_end_value,
	CASE
		WHEN ended = 1 AND vague = 1 THEN 'unknown'
		WHEN ended = 1 THEN CASE MOD(latest_pick, 10) WHEN 1 THEN 'year' WHEN 4 THEN 'month' ELSE 'day' END
	END AS stay_end_precision
FROM (
	SELECT
		person_key,
		from_key,
		to_key,
		COALESCE(start_dating, previous_end_dating) AS date_value,
		from_row,
		to_row,
		-- 1 for the last move when each position from it on has an end.
		CASE WHEN moves_on = 1 AND held_on = 0 THEN 1 ELSE 0 END AS ended,
		vague_on AS vague,
		latest_on AS latest_key,
		latest_pick
	FROM (
		SELECT
			*,
			SUM(CASE WHEN from_key <> to_key THEN 1 ELSE 0 END) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS moves_on,
			MAX(held) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS held_on,
			MAX(vague_end) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS vague_on,
			MAX(end_key) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS latest_on,
			-- The last day an end can mean, then the first in order, then its length less 3 (1, 4
			-- or 7): one number, whose largest is the end kept.
			MAX(end_day * 10000000000 + (1000000000 - nth) * 10 + LENGTH(end_dating) - 3) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS latest_pick
		FROM (
			SELECT
				*,
				CAST(REPLACE(end_key, '-', '') AS INTEGER) AS end_day
			FROM (
				SELECT
					person_key,
					organization_key AS to_key,
					row_no AS to_row,
					start_dating,
					held,
					vague_end,
					end_dating,
					-- The last day the end can mean, written so that plain comparison orders them (a
					-- month runs to its 31st): YYYY-MM-DD.
					end_dating || SUBSTR('-12-31', LENGTH(end_dating) - 3) AS end_key,
					ROW_NUMBER() OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS nth,
					LAG(organization_key) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS from_key,
					LAG(row_no) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS from_row,
					LAG(end_dating) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS previous_end_dating
				FROM (
					SELECT
						row_no,
						person_key,
						organization_key,
						COALESCE(start_value, end_value) AS sort_key,
						-- The dates that may date a move: those of a known precision.
						CASE WHEN start_precision IN ('day', 'month', 'year') THEN start_value END AS start_dating,
						CASE WHEN end_precision IN ('day', 'month', 'year') THEN end_value END AS end_dating,
						-- A position still held (no end), or one whose end is too vague to place.
						CASE WHEN end_value IS NULL THEN 1 ELSE 0 END AS held,
						CASE WHEN end_precision = 'unknown' THEN 1 ELSE 0 END AS vague_end
					FROM checked_positions
					WHERE problem IS NULL AND (start_value IS NOT NULL OR end_value IS NOT NULL)
				) AS placed
			) AS consecutive
		) AS with_end_day
	) AS onwards
	WHERE from_key IS NOT NULL AND from_key <> to_key
) AS dated
