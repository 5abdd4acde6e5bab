// Types shared by the whole app (SvelteKit reads this file).
declare global {
	namespace App {
		interface Error {
			message: string;
			/** A data file of the page that could not be read, for the error page to say in the reader's language. */
			unavailable?: { path: string; status: number; statusText: string };
		}
		interface PageState {
			/** The query of the address a change of view wrote (the filter lives in the address). */
			view?: string;
		}
	}
}

export {};
