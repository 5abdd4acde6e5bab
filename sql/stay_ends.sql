-- Talent Flows: the end of each person's last stay, by the importer's rules (deriveMoves and
-- endOfRun in src/lib/import/careers.ts). Portable SQL: window functions and plain expressions.
--
-- Reads `placed_positions` (sql/place_positions.sql), in the order of sql/derive_moves.sql. The
-- move into a person's last run of positions at one organization (title changes included) has no
-- move out, so it carries the end of that stay when every position of the run has an end: the end
-- that can fall latest, at its own precision (a year stays a year), the first in order of ends
-- that can fall on the same last day; precision `unknown` (no value) when an end of the run is too
-- vague to place. A run with a position still held has none.
--
-- One row per such move, named by the row of the position it goes into (`to_row`, as in
-- sql/derive_moves.sql): only the moves themselves are joined to it, as flows follow no one. The
-- positions from a change of organization to the person's last are its run and the later ones, so
-- the last change is the one with no other after it: the window from each position to the
-- person's last tells, with whether all those positions ended, vaguely or not, and when.
SELECT
	person_key,
	to_row,
	CASE WHEN vague_on = 0 THEN SUBSTR(latest_on, 1, MOD(latest_pick, 10) + 3) END AS stay_end_value,
	CASE
		WHEN vague_on = 1 THEN 'unknown'
		ELSE CASE MOD(latest_pick, 10) WHEN 1 THEN 'year' WHEN 4 THEN 'month' ELSE 'day' END
	END AS stay_end_precision
FROM (
	SELECT
		person_key,
		to_row,
		changed,
		SUM(changed) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS changes_on,
		MAX(held) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS held_on,
		MAX(vague) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS vague_on,
		MAX(end_key) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS latest_on,
		-- The last day an end can mean, then the first in order, then its length less 3 (1, 4 or
		-- 7): one number, whose largest is the end kept.
		MAX(CAST(REPLACE(end_key, '-', '') AS INTEGER) * 10000000000 + (1000000000 - nth) * 10 + LENGTH(end_dating) - 3) OVER (PARTITION BY person_key ORDER BY nth ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS latest_pick
	FROM (
		SELECT
			person_key,
			row_no AS to_row,
			held,
			vague,
			end_dating,
			-- The last day the end can mean, written so that plain comparison orders them (a month
			-- runs to its 31st): YYYY-MM-DD.
			end_dating || SUBSTR('-12-31', LENGTH(end_dating) - 3) AS end_key,
			ROW_NUMBER() OVER (PARTITION BY person_key ORDER BY sort_key, row_no) AS nth,
			CASE
				WHEN LAG(organization_key) OVER (PARTITION BY person_key ORDER BY sort_key, row_no) <> organization_key
					THEN 1
				ELSE 0
			END AS changed
		FROM (
			SELECT
				*,
				-- A position still held (no end), or one whose end is too vague to place.
				CASE WHEN end_precision IS NULL THEN 1 ELSE 0 END AS held,
				CASE WHEN end_precision = 'unknown' THEN 1 ELSE 0 END AS vague
			FROM placed_positions
		) AS placed
	) AS ordered
) AS onwards
WHERE changed = 1 AND changes_on = 1 AND held_on = 0
