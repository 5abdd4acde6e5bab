// A static site: every page is rendered at build time and works without JavaScript.
export const prerender = true;
