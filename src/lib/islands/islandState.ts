/**
 * Where an island is, in its `data-island` attribute: drawn by the server, waiting in the browser for
 * its code to be wanted, live, or left static because its code could not be fetched.
 */
export type IslandState = 'drawn' | 'waiting' | 'live' | 'static';
