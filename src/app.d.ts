// Types shared by the whole app (SvelteKit reads this file).
declare global {
	namespace App {}
}

export {};
