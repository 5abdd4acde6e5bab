-- Talent Flows: prelude for DuckDB (what `npm run aggregate` runs before the portable queries).
--
-- It defines `positions`, the one input of sql/check_positions.sql: a row per position of the
-- file, with
--   row_no                         the row of the file (the header is row 1, the first position row 2)
--   person, organization           names as the importer compares them (see clean_name below)
--   person_key, organization_key   those names without case (see fold_name below)
--   start_cell, end_cell           the date cells, trimmed ('' when empty)
--   start_date, end_date           the cell as a date written year first, YYYY, YYYY-M(M) or
--                                  YYYY-M(M)-D(D) in ASCII digits, with the month and day padded
--                                  to two digits ('2024-9-1' is '2024-09-01'); otherwise NULL
--   start_day_first, end_day_first for a cell of a day and a month before a four-digit year
--                                  (D(D)/M(M)/YYYY, with '/', '.' or '-' twice), the cell read day
--                                  first as YYYY-MM-DD ('03/04/2024' is '2024-04-03'); otherwise NULL
--   start_precision_cell, end_precision_cell   the precision cells, trimmed, in lower case
--   start_precision_word, end_precision_word   the same with every run of white space, underscores
--                                  and hyphens as one hyphen ('multi_year', 'Multi Year': 'multi-year')
-- These are the regular expressions the portable queries would need; what they mean is decided there.
--
-- `npm run aggregate` fills in the placeholders: {{source}} is the file (read_csv with every column
-- as text, or read_parquet), {{row_no}} its row numbers, and {{person}} … {{end_precision}} the
-- columns chosen (or NULL for an optional column that the file lacks).

-- The importer's cleanName: the apostrophe a CSV export writes before a formula-looking name goes,
-- then Unicode NFC, no invisible formatting characters (zero-width spaces and joiners, direction
-- marks and controls, word joiners, the byte-order mark), and every run of white space (as
-- JavaScript's \s knows it) becomes one space, with none at either end.
CREATE OR REPLACE TEMP MACRO clean_name(cell) AS trim(regexp_replace(regexp_replace(
	nfc_normalize(regexp_replace(cell, '^''(''*[=+\-@\t\r])', '\1')),
	'[\x{200b}-\x{200f}\x{202a}-\x{202e}\x{2060}-\x{2069}\x{feff}]', '', 'g'),
	'[\t\n\x{0b}\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+', ' ', 'g'));

-- The importer's foldName: upper then lower case. JavaScript writes "ß" in upper case as "SS",
-- DuckDB as "ẞ": it is spelled out first, so that "STRASSE" and "straße" agree here as they do there.
CREATE OR REPLACE TEMP MACRO fold_name(name) AS lower(upper(replace(name, 'ß', 'ss')));

-- A cell of ASCII without tabs or line breaks, neither starting with a space or an apostrophe nor
-- ending with a space, nor holding two spaces in a row, is clean already, and lower case folds it:
-- most cells of a large file take this shortcut (the importer takes the same one).
CREATE OR REPLACE TEMP MACRO is_plain(cell) AS
	strlen(cell) = length(cell) AND NOT regexp_matches(cell, '[\t\n\x{0b}\f\r]|^[ '']|  | $');

-- A date or precision cell as the importer reads it: without white space around it.
CREATE OR REPLACE TEMP MACRO trim_cell(cell) AS regexp_replace(cell,
	'^[\t\n\x{0b}\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]+|[\t\n\x{0b}\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]+$',
	'', 'g');

-- True for a cell shaped like YYYY, YYYY-MM or YYYY-MM-DD, in ASCII digits (most cells of a file).
CREATE OR REPLACE TEMP MACRO is_date(cell) AS regexp_full_match(cell, '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?');

-- A date written year first, the month and the day of one or two digits, padded: '2024-9-1' is
-- '2024-09-01', '2024-9' is '2024-09', '2024-09-1' is '2024-09-01'; NULL for any other cell.
CREATE OR REPLACE TEMP MACRO year_first(cell) AS CASE
	WHEN is_date(cell) THEN cell
	WHEN regexp_full_match(cell, '[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2})?')
		THEN regexp_replace(regexp_replace(cell, '^([0-9]{4})-([0-9])(-|$)', '\1-0\2\3'), '-([0-9])$', '-0\1')
END;

-- A day and a month (in some order) before a four-digit year, the same separator twice, read day
-- first as YYYY-MM-DD: '03/04/2024' and '3.4.2024' are '2024-04-03'; NULL for any other cell.
CREATE OR REPLACE TEMP MACRO day_first(cell) AS CASE
	WHEN regexp_full_match(cell, '[0-9]{1,2}(/[0-9]{1,2}/|\.[0-9]{1,2}\.|-[0-9]{1,2}-)[0-9]{4}')
		THEN concat_ws('-', right(cell, 4),
			lpad(regexp_extract(cell, '^[0-9]+[/.-]([0-9]+)', 1), 2, '0'),
			lpad(regexp_extract(cell, '^([0-9]+)', 1), 2, '0'))
END;

-- A precision cell as the importer compares it: trimmed, in lower case.
CREATE OR REPLACE TEMP MACRO precision_cell(cell) AS CASE WHEN cell = '' THEN '' ELSE lower(trim_cell(cell)) END;

-- A precision word as the importer looks it up: every run of white space (as JavaScript's \s
-- knows it), underscores and hyphens as one hyphen.
CREATE OR REPLACE TEMP MACRO precision_word(cell) AS CASE WHEN cell = '' THEN '' ELSE regexp_replace(cell,
	'[\t\n\x{0b}\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}_-]+', '-', 'g') END;

CREATE OR REPLACE TEMP TABLE positions AS
SELECT
	row_no,
	CASE WHEN person_plain THEN person_cell ELSE clean_name(person_cell) END AS person,
	CASE WHEN person_plain THEN lower(person_cell) ELSE fold_name(clean_name(person_cell)) END AS person_key,
	CASE WHEN organization_plain THEN organization_cell ELSE clean_name(organization_cell) END AS organization,
	CASE
		WHEN organization_plain THEN lower(organization_cell)
		ELSE fold_name(clean_name(organization_cell))
	END AS organization_key,
	start_cell,
	CASE WHEN start_cell <> '' THEN year_first(start_cell) END AS start_date,
	CASE WHEN start_cell <> '' AND NOT is_date(start_cell) THEN day_first(start_cell) END AS start_day_first,
	start_precision_cell,
	precision_word(start_precision_cell) AS start_precision_word,
	end_cell,
	CASE WHEN end_cell <> '' THEN year_first(end_cell) END AS end_date,
	CASE WHEN end_cell <> '' AND NOT is_date(end_cell) THEN day_first(end_cell) END AS end_day_first,
	end_precision_cell,
	precision_word(end_precision_cell) AS end_precision_word
FROM (
	SELECT
		*,
		is_plain(person_cell) AS person_plain,
		is_plain(organization_cell) AS organization_plain,
		CASE WHEN is_date(start_raw) OR start_raw = '' THEN start_raw ELSE trim_cell(start_raw) END AS start_cell,
		CASE WHEN is_date(end_raw) OR end_raw = '' THEN end_raw ELSE trim_cell(end_raw) END AS end_cell,
		precision_cell(start_precision_raw) AS start_precision_cell,
		precision_cell(end_precision_raw) AS end_precision_cell
	FROM (
		SELECT
			{{row_no}} AS row_no,
			coalesce(CAST({{person}} AS VARCHAR), '') AS person_cell,
			coalesce(CAST({{organization}} AS VARCHAR), '') AS organization_cell,
			coalesce(CAST({{start}} AS VARCHAR), '') AS start_raw,
			coalesce(CAST({{start_precision}} AS VARCHAR), '') AS start_precision_raw,
			coalesce(CAST({{end}} AS VARCHAR), '') AS end_raw,
			coalesce(CAST({{end_precision}} AS VARCHAR), '') AS end_precision_raw
		FROM {{source}}
	)
);
