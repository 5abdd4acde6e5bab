-- Talent Flows: prelude for DuckDB (what `npm run aggregate` runs before the portable queries).
--
-- It defines the inputs of the portable queries, for either kind of file:
--
-- `positions`, a row per position of a career file (sql/check_positions.sql), with
--   row_no                         the row of the file (the header is row 1, the first position row 2)
--   person, organization           names as the importer compares them (see clean_name below)
--   person_key, organization_key   those names without case (see fold_name below)
--   start_cell, start_precision_cell, end_cell, end_precision_cell   the date and precision cells
--                                  as the file has them ('' when empty or missing)
--
-- `move_rows`, a row per move of a file of moves (sql/check_moves.sql), with
--   row_no, person                 as above (person NULL when the file has no such column)
--   from_name, from_key, to_name, to_key   the organizations left and joined, as above
--   precision                      the precision cell, as the importer compares it (clean, lower case)
--   date_cell, date_precision_cell the date cell, and the precision it is read with ('' when the
--                                  precision is `range` or `unknown`, which speak of the period)
--   date_end_cell                  the end of a period
--   certainty                      the certainty cell, clean, in lower case; `stated` when empty
--   row_cells                      all the row's cells as one text: equal only for rows equal cell
--                                  for cell (a cell holds no NUL, which the importer refuses)
--
-- `date_cells`, a row per distinct pair of a date cell and a precision cell of the file
-- (sql/read_dates.sql), with
--   date_cell, precision_cell      the pair as the rows have it (what they are joined on)
--   cell                           the date cell trimmed
--   year_first                     the cell as a date written year first, YYYY, YYYY-M(M) or
--                                  YYYY-M(M)-D(D) in ASCII digits, with the month and day padded
--                                  to two digits ('2024-9-1' is '2024-09-01'); otherwise NULL
--   day_first                      for a cell of a day and a month before a four-digit year
--                                  (D(D)/M(M)/YYYY, with '/', '.' or '-' twice), the cell read day
--                                  first as YYYY-MM-DD ('03/04/2024' is '2024-04-03'); otherwise NULL
--   precision                      the precision cell, trimmed, in lower case
--   precision_word                 the same with every run of white space, underscores and hyphens
--                                  as one hyphen ('multi_year', 'Multi Year': 'multi-year')
-- These are the regular expressions the portable queries would need; what they mean is decided there.
--
-- Fast by its shape: the file is read once, in parallel, into a table of its text cells in the
-- file's order (so a row's number is its place in the table); a name that is not plain is cleaned
-- and folded once per distinct spelling, and date cells are read once per distinct pair, then
-- joined back.
--
-- `npm run aggregate` fills in the placeholders: {{source}} is the file (read_csv with every column
-- as text, or read_parquet), {{cells}} the columns chosen, as text, named after their field
-- (person_cell, from_cell…; and row_cells for a file of moves), and {{cell_columns}} the cells of
-- every field of either kind, '' for one the file lacks (NULL for a person).

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
-- most spellings take this shortcut (the importer takes the same one).
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
CREATE OR REPLACE TEMP MACRO trim_precision(cell) AS CASE WHEN cell = '' THEN '' ELSE lower(trim_cell(cell)) END;

-- A precision word as the importer looks it up: every run of white space (as JavaScript's \s
-- knows it), underscores and hyphens as one hyphen.
CREATE OR REPLACE TEMP MACRO precision_word(cell) AS CASE WHEN cell = '' THEN '' ELSE regexp_replace(cell,
	'[\t\n\x{0b}\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}_-]+', '-', 'g') END;

-- The file's cells, read once, in its order: DuckDB keeps the order of a parallel read only when
-- told. Only the columns chosen are kept, as text; a row's number is its place in the table.
SET preserve_insertion_order = true;
CREATE OR REPLACE TEMP TABLE cells AS SELECT {{cells}} FROM {{source}};
SET preserve_insertion_order = false;

-- The cells of every field of either kind of file ('' for a column the file lacks, or a cell it
-- leaves empty): the views below read those of their kind.
CREATE OR REPLACE TEMP VIEW cell_rows AS SELECT rowid + 2 AS row_no, {{cell_columns}} FROM cells;

-- The spellings that are not plain, cleaned and folded once each: every row's person or
-- organization is then either plain (the cell itself, in lower case for its key) or found here.
-- A person's spellings are many, so the rows are sifted before they are told apart; an
-- organization's are few, so they are told apart first.
CREATE OR REPLACE TEMP TABLE name_cells AS
SELECT cell, clean_name(cell) AS name, fold_name(clean_name(cell)) AS name_key
FROM (
	SELECT DISTINCT person_cell AS cell FROM cell_rows WHERE NOT is_plain(person_cell)
	UNION
	SELECT cell
	FROM (
		SELECT DISTINCT organization_cell AS cell FROM cell_rows
		UNION
		SELECT DISTINCT from_cell FROM cell_rows
		UNION
		SELECT DISTINCT to_cell FROM cell_rows
	) AS spellings
	WHERE NOT is_plain(cell)
) AS unplain;

CREATE OR REPLACE TEMP VIEW positions AS
SELECT
	c.row_no,
	coalesce(p.name, c.person_cell) AS person,
	coalesce(p.name_key, lower(c.person_cell)) AS person_key,
	coalesce(o.name, c.organization_cell) AS organization,
	coalesce(o.name_key, lower(c.organization_cell)) AS organization_key,
	c.start_cell,
	c.start_precision_cell,
	c.end_cell,
	c.end_precision_cell
FROM cell_rows AS c
LEFT JOIN name_cells AS p ON p.cell = c.person_cell
LEFT JOIN name_cells AS o ON o.cell = c.organization_cell;

-- A move's precision, certainty and date cells as the importer reads them (no names yet).
CREATE OR REPLACE TEMP VIEW move_cells AS
SELECT
	*,
	CASE WHEN precision IN ('range', 'unknown') THEN '' ELSE precision END AS date_precision_cell
FROM (
	SELECT
		row_no,
		person_cell,
		from_cell,
		to_cell,
		CASE WHEN precision_cell = '' THEN '' ELSE lower(clean_name(precision_cell)) END AS precision,
		date_cell,
		date_end_cell,
		coalesce(nullif(lower(clean_name(certainty_cell)), ''), 'stated') AS certainty,
		row_cells
	FROM cell_rows
) AS read;

CREATE OR REPLACE TEMP VIEW move_rows AS
SELECT
	c.row_no,
	coalesce(p.name, c.person_cell) AS person,
	coalesce(f.name, c.from_cell) AS from_name,
	coalesce(f.name_key, lower(c.from_cell)) AS from_key,
	coalesce(t.name, c.to_cell) AS to_name,
	coalesce(t.name_key, lower(c.to_cell)) AS to_key,
	c.precision,
	c.date_cell,
	c.date_precision_cell,
	c.date_end_cell,
	c.certainty,
	c.row_cells
FROM move_cells AS c
LEFT JOIN name_cells AS p ON p.cell = c.person_cell
LEFT JOIN name_cells AS f ON f.cell = c.from_cell
LEFT JOIN name_cells AS t ON t.cell = c.to_cell;

-- Each pair of a date cell and a precision cell, read once: a position's start and end, a move's
-- date and the end of its period.
CREATE OR REPLACE TEMP TABLE date_cells AS
SELECT
	date_cell,
	precision_cell,
	cell,
	year_first(cell) AS year_first,
	CASE WHEN NOT is_date(cell) THEN day_first(cell) END AS day_first,
	precision,
	precision_word(precision) AS precision_word
FROM (
	SELECT
		date_cell,
		precision_cell,
		CASE WHEN is_date(date_cell) THEN date_cell ELSE trim_cell(date_cell) END AS cell,
		trim_precision(precision_cell) AS precision
	FROM (
		SELECT DISTINCT start_cell AS date_cell, start_precision_cell AS precision_cell FROM cell_rows
		WHERE start_cell <> ''
		UNION
		SELECT DISTINCT end_cell, end_precision_cell FROM cell_rows WHERE end_cell <> ''
		UNION
		SELECT DISTINCT date_cell, date_precision_cell FROM move_cells WHERE date_cell <> ''
		UNION
		SELECT DISTINCT date_end_cell, '' FROM move_cells WHERE date_end_cell <> ''
	) AS pairs
) AS trimmed
WHERE cell <> '';
