// The shape of a PROV-JSON document, written from the W3C Member Submission "PROV-JSON" (2013):
// a `prefix` map, records of each kind keyed by their identifiers, attribute values that are text,
// numbers, booleans or typed literals (`{ "$": …, "type": … }`), arrays for several values, and the
// attributes each relation must have. Used to check what `provenanceDocument` writes.
import { z } from 'zod';

/** A qualified name: a prefix, a colon and a local part (PROV-N allows `-`, `.`, `/` and more in it). */
const QualifiedName = z.string().regex(/^[A-Za-z_][\w.-]*:[^\s:][^\s]*$/);

/** An identifier of a relation, which may be a blank node (`_:d1`). */
const RecordId = z.union([QualifiedName, z.string().regex(/^_:[^\s]+$/)]);

const TypedLiteral = z.strictObject({
	$: z.string(),
	type: QualifiedName.optional(),
	lang: z.string().optional()
});
const Value = z.union([z.string(), z.number(), z.boolean(), TypedLiteral]);
const Attributes = z.record(QualifiedName, z.union([Value, z.array(Value).min(1)]));

/** A relation whose listed attributes must be there, each naming a record. */
const relation = (required: string[], optional: string[]) =>
	z.record(
		RecordId,
		Attributes.and(
			z.looseObject({
				...Object.fromEntries(required.map((key) => [key, QualifiedName])),
				...Object.fromEntries(optional.map((key) => [key, QualifiedName.optional()]))
			})
		)
	);

/** The relations this project writes, with the attributes the submission gives each. */
export const RELATIONS = {
	wasGeneratedBy: { required: ['prov:entity'], optional: ['prov:activity'] },
	used: { required: ['prov:activity'], optional: ['prov:entity'] },
	wasDerivedFrom: {
		required: ['prov:generatedEntity', 'prov:usedEntity'],
		optional: ['prov:activity', 'prov:generation', 'prov:usage']
	},
	wasAttributedTo: { required: ['prov:entity', 'prov:agent'], optional: [] }
} as const;

export const ProvDocumentShape = z.strictObject({
	prefix: z.record(z.string().regex(/^[A-Za-z_][\w.-]*$/), z.string().min(1)),
	entity: z.record(QualifiedName, Attributes).optional(),
	activity: z.record(QualifiedName, Attributes).optional(),
	agent: z.record(QualifiedName, Attributes).optional(),
	wasGeneratedBy: relation(
		[...RELATIONS.wasGeneratedBy.required],
		[...RELATIONS.wasGeneratedBy.optional]
	).optional(),
	used: relation([...RELATIONS.used.required], [...RELATIONS.used.optional]).optional(),
	wasDerivedFrom: relation(
		[...RELATIONS.wasDerivedFrom.required],
		[...RELATIONS.wasDerivedFrom.optional]
	).optional(),
	wasAttributedTo: relation(
		[...RELATIONS.wasAttributedTo.required],
		[...RELATIONS.wasAttributedTo.optional]
	).optional()
});

/** Which kind of record each attribute of a relation names. */
const NAMES: Record<string, 'entity' | 'activity' | 'agent'> = {
	'prov:entity': 'entity',
	'prov:activity': 'activity',
	'prov:agent': 'agent',
	'prov:generatedEntity': 'entity',
	'prov:usedEntity': 'entity'
};

/**
 * What is wrong with a PROV-JSON document: its shape, a prefix used but never declared (`prov` and
 * `xsd` need none), or a relation naming a record the document does not hold. Empty when it is sound.
 */
export function provProblems(document: unknown): string[] {
	const parsed = ProvDocumentShape.safeParse(document);
	if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	const doc = parsed.data;
	const problems: string[] = [];
	const declared = new Set([...Object.keys(doc.prefix), 'prov', 'xsd', '_']);
	const names: string[] = [];
	for (const kind of ['entity', 'activity', 'agent'] as const)
		for (const [id, attributes] of Object.entries(doc[kind] ?? {}))
			names.push(id, ...Object.keys(attributes));
	for (const kind of Object.keys(RELATIONS) as (keyof typeof RELATIONS)[])
		for (const [id, attributes] of Object.entries(doc[kind] ?? {})) {
			names.push(id, ...Object.keys(attributes));
			for (const [key, value] of Object.entries(attributes)) {
				const target = NAMES[key];
				if (target && !(doc[target] ?? {})[value as string])
					problems.push(
						`${kind} ${id}: ${key} names ${String(value)}, which is no ${target} of the document`
					);
			}
		}
	for (const name of names) {
		const prefix = name.slice(0, name.indexOf(':'));
		if (!declared.has(prefix)) problems.push(`${name}: the prefix “${prefix}” is not declared`);
	}
	return problems;
}
