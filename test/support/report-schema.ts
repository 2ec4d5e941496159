/**
 * schema/report.schema.json as a validator (ajv): the documented shape of the JSON report,
 * checked against real reports by the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { PROJECT_ROOT } from './action.js';

export const REPORT_SCHEMA = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/report.schema.json'), 'utf8')) as {
  properties: Record<string, { enum?: unknown[] }>;
  definitions: { action: { properties: { kind: { enum: string[] } } } };
};

// strict: a keyword the validator does not know is an error in the schema, not silently ignored.
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(REPORT_SCHEMA);

/** `path: message` for each way `report` departs from the schema; empty when it conforms. */
export function reportSchemaErrors(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
