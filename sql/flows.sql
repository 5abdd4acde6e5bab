-- Talent Flows: moves grouped into flows by origin, destination and month, each with its count.
--
-- Reads `moves` (sql/derive_moves.sql for a career file, sql/check_moves.sql for a file of moves).
-- A move dated to the day or the month counts in its month; one dated only to the year counts in
-- its year, one dated by a period (a file of moves may say `range`) in that period, and one with
-- no date apart: no month is made up. Moves of different certainties make different flows.
SELECT
	from_key,
	to_key,
	period,
	period_precision,
	period_end,
	certainty,
	COUNT(*) AS weight
FROM (
	SELECT
		from_key,
		to_key,
		CASE WHEN date_precision IN ('month', 'day') THEN SUBSTR(date_value, 1, 7) ELSE date_value END AS period,
		CASE WHEN date_precision IN ('month', 'day') THEN 'month' ELSE date_precision END AS period_precision,
		date_end AS period_end,
		certainty
	FROM moves
) AS dated
GROUP BY from_key, to_key, period, period_precision, period_end, certainty
