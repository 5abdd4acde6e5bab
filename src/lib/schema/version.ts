/**
 * The version of the dataset format, bumped on any change that old files would not satisfy. It has a
 * module of its own so that code in the browser can check it without loading zod and the schemas.
 */
export const SCHEMA_VERSION = 1;
