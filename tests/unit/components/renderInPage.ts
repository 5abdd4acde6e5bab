import { render } from 'svelte/server';
import type { Component, ComponentProps } from 'svelte';
import type { Locale } from '../../../src/lib/i18n/locales';
import type { DashboardState } from '../../../src/lib/state/dashboard.svelte';
import type { StoryState } from '../../../src/lib/state/story.svelte';
import InPage from './InPage.svelte';

/** The contexts a component is rendered in (see InPage.svelte); English unless told. */
export interface PageContexts {
	locale?: Locale;
	story?: StoryState;
	dashboard?: DashboardState;
	/** Lets boundaries catch on the server (in the browser they catch by themselves). */
	catchErrors?: boolean;
}

/** Renders a component on the server, as the page would, and returns its HTML. */
export function renderInPage<C extends Component<any>>(
	component: C,
	props: ComponentProps<C>,
	{ locale = 'en', story, dashboard, catchErrors = false }: PageContexts = {}
): string {
	return render(InPage, {
		props: { locale, story, dashboard, component, props },
		...(catchErrors && { transformError: (error: unknown) => error })
	}).body;
}
