/**
 * The tool's name and version, read from package.json at build time: ncc inlines the JSON
 * into both bundles, so the action and the CLI report the version they were built as.
 */
import pkg from '../package.json' with { type: 'json' };

export const TOOL_NAME: string = pkg.name;
export const TOOL_VERSION: string = pkg.version;
