// The views only islands draw (the charts and the tables of facts), in a module of their own: the
// browser loads it with their code (src/lib/islands/demand.ts), not with the page.
export { flowView } from './flow';
export { timelineOfSelection } from './timeline';
export { publicationEnd } from '../../transforms/timeline';
export { factsView } from './factLists';
// What the page shows of the organizations or the person chosen (balance, retention, career path).
export { ChosenViews } from '../../state/chosen.svelte';
