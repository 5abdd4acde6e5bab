// The derivation in sql/ is meant to run on other engines (Spark SQL, Trino, BigQuery) over
// Parquet: a construct of DuckDB alone in it must fail here, before it fails on a cluster.
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { PORTABLE_QUERIES, readSql } from '../../../src/cli/aggregate/sql';

const parser = new Parser();
const DIALECTS = ['trino', 'hive', 'bigquery'] as const;

describe('the portable queries of sql/', () => {
	it.each(PORTABLE_QUERIES.flatMap((file) => DIALECTS.map((database) => ({ file, database }))))(
		'$file parses as $database',
		({ file, database }) => {
			const ast = parser.astify(readSql(file), { database });
			const statements = Array.isArray(ast) ? ast : [ast];
			expect(statements).toHaveLength(1);
			expect(statements[0]!.type).toBe('select');
		}
	);

	it('and the prelude for Trino parses as Trino: its statements, each a view', () => {
		const ast = parser.astify(readSql('prelude/trino.sql'), { database: 'trino' });
		const statements = Array.isArray(ast) ? ast : [ast];
		expect(statements.map((s) => [s.type, 'keyword' in s ? s.keyword : undefined])).toEqual([
			['create', 'view'],
			['create', 'view']
		]);
	});

	it('would refuse what only DuckDB reads', () => {
		for (const database of DIALECTS)
			expect(() =>
				parser.astify("SELECT * FROM read_csv('x.csv') WITH ORDINALITY QUALIFY row_no = 1", { database })
			).toThrow();
	});
});
