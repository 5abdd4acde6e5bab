// The views only islands draw (the charts and the tables of facts), in a module of their own: the
// browser loads it with their code (src/lib/islands/demand.ts), not with the page.
export { flowView } from './flow';
export { timelineOfSelection } from './timeline';
export { factsView } from './factLists';
export { balanceView } from './balance';
export { movesBehind } from './movesBehind';
export { retentionAvailability, retentionView } from './retention';
export { careerPath } from './careerPath';
