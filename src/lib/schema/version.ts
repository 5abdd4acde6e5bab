/**
 * The version of the dataset format, bumped on any change that old files would not satisfy. It has a
 * module of its own so that code in the browser can check it without loading zod and the schemas.
 */
export const SCHEMA_VERSION = 1;

/** Bumped whenever the layout of a file of flows in columns (`schema/flowColumns.ts`) changes. */
export const FLOW_COLUMNS_VERSION = 1;
