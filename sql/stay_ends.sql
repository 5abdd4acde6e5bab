-- Talent Flows: the end of each person's last stay, by the importer's rules (deriveMoves and
-- endOfRun in src/lib/import/careers.ts). Portable SQL: window functions, GROUP BY and plain
-- expressions.
--
-- Reads `placed_positions` (sql/place_positions.sql), in the order of sql/derive_moves.sql. The
-- move into a person's last run of positions at one organization (title changes included) has no
-- move out, so it carries the end of that stay when every position of the run has an end: the end
-- that can fall latest, at its own precision (a year stays a year), the first in order of ends
-- that can fall on the same last day; precision `unknown` (no value) when an end of the run is too
-- vague to place. A run with a position still held has none.
--
-- One row per such move, named by the row of the position it goes into (`to_row`, as in
-- sql/derive_moves.sql): only the moves themselves are joined to it, as flows follow no one. A
-- position is in the last run when every position from it to the person's last is at one
-- organization (the least and the greatest of their names are one); the run's first position is
-- the one the move goes into, and there is a move when it is not the person's first.
SELECT
	person_key,
	MOD(first_of_run, 10000000000) AS to_row,
	CASE WHEN vague = 0 THEN SUBSTR(latest, 1, MOD(latest_pick, 10) + 3) END AS stay_end_value,
	CASE
		WHEN vague = 1 THEN 'unknown'
		ELSE CASE MOD(latest_pick, 10) WHEN 1 THEN 'year' WHEN 4 THEN 'month' ELSE 'day' END
	END AS stay_end_precision
FROM (
	SELECT
		person_key,
		-- The run's first position and its row, as one number (the row in its last ten digits).
		MIN(nth * 10000000000 + row_no) AS first_of_run,
		MIN(nth) AS first_nth,
		MAX(CASE WHEN end_precision IS NULL THEN 1 ELSE 0 END) AS held,
		MAX(CASE WHEN end_precision = 'unknown' THEN 1 ELSE 0 END) AS vague,
		MAX(end_key) AS latest,
		-- The last day an end can mean, then the first in order, then its length less 3 (1, 4 or
		-- 7): one number, whose largest is the end kept.
		MAX(CAST(REPLACE(end_key, '-', '') AS INTEGER) * 10000000000 + (1000000000 - nth) * 10 + LENGTH(end_dating) - 3) AS latest_pick
	FROM (
		SELECT
			person_key,
			row_no,
			end_dating,
			end_precision,
			-- The last day the end can mean, written so that plain comparison orders them (a month
			-- runs to its 31st): YYYY-MM-DD.
			end_dating || SUBSTR('-12-31', LENGTH(end_dating) - 3) AS end_key,
			ROW_NUMBER() OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS nth,
			MIN(organization_key) OVER (PARTITION BY person_key ORDER BY sort_key, row_no ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS least_on,
			MAX(organization_key) OVER (PARTITION BY person_key ORDER BY sort_key, row_no ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS most_on
		FROM placed_positions
	) AS ordered
	WHERE least_on = most_on
	GROUP BY person_key
) AS last_runs
WHERE first_nth > 1 AND held = 0
