-- Talent Flows: the name shown for each person and organization: its spelling on the first row
-- that names it (rows left out do not count), as the importer shows it.
--
-- Reads `checked_positions` (sql/check_positions.sql).
SELECT kind, name_key, name, first_row
FROM (
	SELECT
		'person' AS kind,
		person_key AS name_key,
		person AS name,
		row_no AS first_row,
		ROW_NUMBER() OVER (PARTITION BY person_key ORDER BY row_no) AS nth
	FROM checked_positions
	WHERE problem IS NULL
	UNION ALL
	SELECT
		'organization' AS kind,
		organization_key AS name_key,
		organization AS name,
		row_no AS first_row,
		ROW_NUMBER() OVER (PARTITION BY organization_key ORDER BY row_no) AS nth
	FROM checked_positions
	WHERE problem IS NULL
) AS spelled
WHERE nth = 1
