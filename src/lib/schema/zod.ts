// Every schema imports zod from here, so that jitless mode is set before any schema is built:
// the strict Content-Security-Policy forbids the `new Function` that zod's fast path uses.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
