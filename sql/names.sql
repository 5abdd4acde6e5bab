-- Talent Flows: the name shown for each person and organization: its spelling on the first row
-- that names it (rows left out do not count), as the importer shows it.
--
-- Reads `checked_positions` (sql/check_positions.sql) for the first kept row of each folded name,
-- and `positions` (the prelude's) for how that row spells it.
SELECT
	firsts.kind,
	firsts.name_key,
	CASE WHEN firsts.kind = 'person' THEN spelled.person ELSE spelled.organization END AS name,
	firsts.first_row
FROM (
	SELECT 'person' AS kind, person_key AS name_key, MIN(row_no) AS first_row
	FROM checked_positions
	WHERE problem IS NULL
	GROUP BY person_key
	UNION ALL
	SELECT 'organization' AS kind, organization_key AS name_key, MIN(row_no) AS first_row
	FROM checked_positions
	WHERE problem IS NULL
	GROUP BY organization_key
) AS firsts
JOIN positions AS spelled ON spelled.row_no = firsts.first_row
