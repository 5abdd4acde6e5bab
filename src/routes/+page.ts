// `/` shows the dashboard in the default language (the layout reads it from the address), linking
// to the other: the same load as /en/ and /fr/.
export { load } from './[lang=locale]/+page';
