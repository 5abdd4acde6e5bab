-- Talent Flows: the name shown for each organization of a file of moves: its spelling on the first
-- kept row that names it, the origin before the destination, as the importer shows it.
--
-- Reads `checked_moves` (sql/check_moves.sql). `place` orders two names first met on one row.
SELECT name_key, name, first_row, place
FROM (
	SELECT
		name_key,
		name,
		first_row,
		place,
		ROW_NUMBER() OVER (PARTITION BY name_key ORDER BY first_row, place) AS nth
	FROM (
		SELECT from_key AS name_key, from_name AS name, row_no AS first_row, 0 AS place
		FROM checked_moves
		WHERE problem IS NULL
		UNION ALL
		SELECT to_key AS name_key, to_name AS name, row_no AS first_row, 1 AS place
		FROM checked_moves
		WHERE problem IS NULL
	) AS named
) AS spelled
WHERE nth = 1
