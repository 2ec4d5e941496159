/**
 * Imported first by every config schema module: the config is parsed once per run, so compiling
 * zod's fast paths (`new Function`) costs more start-up time than it saves. zod reads this
 * setting as it builds each object schema, so it must be made before any schema is built.
 */
import { config } from 'zod';

config({ jitless: true });
