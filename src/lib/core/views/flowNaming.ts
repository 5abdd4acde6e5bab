// How many organizations the flow diagram names, in a module of its own: the address reads these
// bounds with the page's first JavaScript, and the flow view (loaded with the charts) applies them.

/** What the reader may ask for (`?named=`), and what the diagram names unless asked. */
export const NAMED_RANGE = { min: 5, max: 30, default: 12 } as const;

/**
 * "Other" stands for at least this many organizations: when fewer would be left over, every one is
 * named, as grouping one or two saves no room and hides their names.
 */
export const OTHER_AT_LEAST = 5;
