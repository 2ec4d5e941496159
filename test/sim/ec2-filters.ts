/**
 * The `Filters` (Name + Values) and `NextToken`/`MaxResults` paging that EC2's (and RDS's)
 * describe calls share. A filter matches when any of its values matches (values may use
 * `*` and `?` wildcards); all filters must match. `tag:<Key>` and `tag-key` work on any
 * resource with tags.
 */
import { SimError } from './types.js';

export interface Filter {
  Name?: string;
  Values?: string[];
}

/** The values a resource has for a filter name; undefined means the filter name is unknown. */
export type FilterFields = (name: string) => readonly (string | undefined)[] | undefined;

type TagPairs = { Key?: string; Value?: string }[];

/** Filter fields of a tagged resource: `tag:<Key>` and `tag-key`, plus `fields` for the rest. */
export function withTags(resource: object, fields: Record<string, readonly (string | undefined)[]>): FilterFields {
  const { Tags, TagList } = resource as { Tags?: TagPairs; TagList?: TagPairs };
  const tags = Tags ?? TagList ?? [];
  return (name) => {
    if (name.startsWith('tag:')) return tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
    if (name === 'tag-key') return tags.map((t) => t.Key);
    return fields[name];
  };
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 's');
}

/**
 * Keeps the resources that match every filter. An unknown filter name is the error EC2 gives
 * (`InvalidParameterValue`); `errorCode` lets RDS use its own (`InvalidParameterValue` too, by default).
 */
export function applyFilters<T>(resources: T[], filters: Filter[] | undefined, fields: (r: T) => FilterFields, errorCode = 'InvalidParameterValue'): T[] {
  if (!filters?.length) return resources;
  const compiled = filters.map((f) => {
    if (!f.Name) throw new SimError(errorCode, 'A filter must have a Name.');
    return { name: f.Name, patterns: (f.Values ?? []).map(wildcard) };
  });
  return resources.filter((resource) => {
    const get = fields(resource);
    return compiled.every(({ name, patterns }) => {
      const values = get(name);
      if (values === undefined) throw new SimError(errorCode, `The filter '${name}' is invalid`);
      return values.some((v) => v !== undefined && patterns.some((p) => p.test(v)));
    });
  });
}

/**
 * EC2-style paging: `MaxResults` within [min, max] (without it everything comes back),
 * `NextToken` an opaque offset token.
 */
export function pageByToken<T>(items: T[], maxResults: unknown, nextToken: unknown, min = 5, max = 1000): { items: T[]; NextToken?: string } {
  let start = 0;
  if (typeof nextToken === 'string' && nextToken !== '') {
    const decoded = /^next:(\d+)$/.exec(Buffer.from(nextToken, 'base64').toString('utf8'));
    if (!decoded) throw new SimError('InvalidParameterValue', `The token '${nextToken}' is invalid.`);
    start = Number(decoded[1]);
  }
  if (maxResults === undefined) return { items: items.slice(start) };
  const size = Number(maxResults);
  if (!Number.isInteger(size) || size < min || size > max) {
    throw new SimError('InvalidParameterValue', `Value ( ${String(maxResults)} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`);
  }
  const slice = items.slice(start, start + size);
  return start + size < items.length ? { items: slice, NextToken: Buffer.from(`next:${start + size}`).toString('base64') } : { items: slice };
}
