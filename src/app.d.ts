// Types shared by the whole app (SvelteKit reads this file).
import type { ProblemMessage } from '$lib/problems/codes';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** What went wrong, by code, for the error page to word in the reader's language. */
			problem?: ProblemMessage;
		}
	}
}

export {};
