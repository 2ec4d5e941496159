/**
 * Vitest setup: the command code loads the SDK packages it needs before its first call
 * (src/aws/aws-services.ts); tests that build clients directly get them all loaded here.
 */
import { loadAwsServices } from '../../src/aws/aws-services.js';

await loadAwsServices();
