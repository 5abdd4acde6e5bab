-- Talent Flows: prelude for Trino (see the README, "More than a browser can hold": not run here,
-- for want of a cluster; tests/unit/aggregate/dialects.test.ts parses it as Trino).
--
-- It defines what sql/prelude/duckdb.sql defines for a career file, with the same columns: the
-- views `positions` and `date_cells`, over a table `positions_file` of the file's rows with a
-- column `row_no` (Trino knows no order of a file's rows: write each row's number into the file
-- when exporting it, the header being row 1) and the columns person, organization, start,
-- start_precision, "end" and end_precision as text ('' or NULL when empty).
--
-- Java's regular expressions write a character as \uXXXX where DuckDB's write \x{XXXX}; Trino has
-- Unicode NFC (normalize) as DuckDB has (nfc_normalize). Names are cleaned row by row here: a
-- cluster has the cores for it.

CREATE OR REPLACE VIEW positions AS
SELECT
	row_no,
	person,
	lower(upper(replace(person, 'ß', 'ss'))) AS person_key,
	organization,
	lower(upper(replace(organization, 'ß', 'ss'))) AS organization_key,
	start_cell,
	start_precision_cell,
	end_cell,
	end_precision_cell
FROM (
	SELECT
		row_no,
		trim(regexp_replace(regexp_replace(
			normalize(regexp_replace(coalesce(person, ''), '^''(''*[=+\-@\t\r])', '$1'), NFC),
			'[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]', ''),
			'[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+', ' ')) AS person,
		trim(regexp_replace(regexp_replace(
			normalize(regexp_replace(coalesce(organization, ''), '^''(''*[=+\-@\t\r])', '$1'), NFC),
			'[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]', ''),
			'[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+', ' ')) AS organization,
		coalesce(start, '') AS start_cell,
		coalesce(start_precision, '') AS start_precision_cell,
		coalesce("end", '') AS end_cell,
		coalesce(end_precision, '') AS end_precision_cell
	FROM positions_file
) AS cleaned;

CREATE OR REPLACE VIEW date_cells AS
SELECT
	date_cell,
	precision_cell,
	cell,
	CASE
		WHEN regexp_like(cell, '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$') THEN cell
		WHEN regexp_like(cell, '^[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2})?$')
			THEN regexp_replace(regexp_replace(cell, '^([0-9]{4})-([0-9])(-|$)', '$1-0$2$3'), '-([0-9])$', '-0$1')
	END AS year_first,
	CASE
		WHEN regexp_like(cell, '^[0-9]{1,2}(/[0-9]{1,2}/|\.[0-9]{1,2}\.|-[0-9]{1,2}-)[0-9]{4}$')
			THEN concat(
				substr(cell, length(cell) - 3), '-',
				lpad(regexp_extract(cell, '^[0-9]+[/.-]([0-9]+)', 1), 2, '0'), '-',
				lpad(regexp_extract(cell, '^([0-9]+)', 1), 2, '0'))
	END AS day_first,
	precision,
	regexp_replace(precision, '[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff_-]+', '-')
		AS precision_word
FROM (
	SELECT
		date_cell,
		precision_cell,
		regexp_replace(date_cell,
			'^[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$',
			'') AS cell,
		lower(regexp_replace(precision_cell,
			'^[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$',
			'')) AS precision
	FROM (
		SELECT DISTINCT start_cell AS date_cell, start_precision_cell AS precision_cell FROM positions
		WHERE start_cell <> ''
		UNION
		SELECT DISTINCT end_cell, end_precision_cell FROM positions WHERE end_cell <> ''
	) AS pairs
) AS trimmed
WHERE cell <> '';
