/**
 * Exports classic load balancers of one region, one YAML file each:
 * `load-balancers/<region>/classic/<name>.yaml`.
 *
 * Calls: DescribeLoadBalancers (all pages), then per load balancer DescribeLoadBalancerAttributes
 * and DescribeLoadBalancerPolicies, and DescribeTags for up to 20 names per call.
 */
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import type {
  ElasticLoadBalancingClient,
  LoadBalancerAttributes,
  LoadBalancerDescription,
  PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import { errorMessage, mapSettled } from '../util/concurrency.js';
import type { ExportResult } from './types.js';
import { classicFolder, classicLoadBalancerDocument, classicLoadBalancerPath, compareText } from './lb-format.js';
import { renderYaml } from './yaml.js';
import type { YamlMap } from './yaml.js';
import { chunk } from '../util/chunk.js';

/** Constant, so files stay byte-identical for the same state. */
const FILE_HEADER = ['Classic load balancer exported by aws-backup-gitops. Format: docs/export-format.md'];

export interface LoadBalancerExportOptions {
  /** Also export registered instances/targets (they change all the time, so off by default). */
  includeTargets: boolean;
  /** Load balancers described at once; the rate budget itself is enforced by the client. */
  concurrency?: number;
}

export const DEFAULT_LB_CONCURRENCY = 8;
/** DescribeTags accepts at most 20 load balancer names (classic) or resource ARNs (v2). */
export const TAGS_BATCH_SIZE = 20;
/** Largest page the Describe* calls of both ELB APIs accept. */
export const LB_PAGE_SIZE = 400;
/** Files a load-balancer folder manages; anything else in it is left alone. */
export const LB_FILE_PATTERN = /\.yaml$/;

export async function exportClassicLoadBalancers(
  client: ElasticLoadBalancingClient,
  region: string,
  options: LoadBalancerExportOptions,
): Promise<ExportResult> {
  const concurrency = options.concurrency ?? DEFAULT_LB_CONCURRENCY;
  const result: ExportResult = { files: [], failures: [], completeScopes: [] };

  let descriptions: LoadBalancerDescription[];
  try {
    descriptions = await collectMarkerPages(
      (Marker) => client.send(new DescribeLoadBalancersCommand({ Marker, PageSize: LB_PAGE_SIZE })),
      (page) => page.LoadBalancerDescriptions,
    );
  } catch (error) {
    result.failures.push({ item: `elb ${region}`, error: `DescribeLoadBalancers: ${errorMessage(error)}`, keepPaths: [] });
    return result;
  }
  result.completeScopes.push({ prefix: classicFolder(region), pattern: LB_FILE_PATTERN });

  const loadBalancers = descriptions
    .filter((d): d is LoadBalancerDescription & { LoadBalancerName: string } => d.LoadBalancerName !== undefined)
    .sort((a, b) => compareText(a.LoadBalancerName, b.LoadBalancerName));

  const details = await mapSettled(loadBalancers, concurrency, async (d) => {
    const LoadBalancerName = d.LoadBalancerName;
    const attributes = await step('DescribeLoadBalancerAttributes', () =>
      client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName })),
    );
    const policies = await step('DescribeLoadBalancerPolicies', () =>
      client.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName })),
    );
    return {
      attributes: attributes.LoadBalancerAttributes as LoadBalancerAttributes | undefined,
      policies: (policies.PolicyDescriptions ?? []) as PolicyDescription[],
    };
  });

  const described = loadBalancers.map((d) => d.LoadBalancerName).filter((_, i) => details[i]?.ok);
  const tags = await fetchTagsInBatches(described, concurrency, async (LoadBalancerNames) => {
    const out = await client.send(new DescribeTagsCommand({ LoadBalancerNames }));
    return (out.TagDescriptions ?? []).map((t) => ({ key: t.LoadBalancerName, tags: t.Tags }));
  });

  loadBalancers.forEach((description, i) => {
    const name = description.LoadBalancerName;
    const path = classicLoadBalancerPath(region, name);
    const item = `elb ${region}/classic/${name}`;
    const detail = details[i];
    if (!detail || !detail.ok) {
      result.failures.push({ item, error: errorMessage(detail?.error), keepPaths: [path] });
      return;
    }
    const tagError = tags.errors.get(name);
    if (tagError !== undefined) {
      result.failures.push({ item, error: `DescribeTags: ${tagError}`, keepPaths: [path] });
      return;
    }
    const doc = classicLoadBalancerDocument({
      region,
      description,
      attributes: detail.value.attributes,
      policies: detail.value.policies,
      tags: tags.tags.get(name) ?? [],
      includeInstances: options.includeTargets,
    });
    result.files.push({ path, content: renderDocument(doc, FILE_HEADER), kind: 'elb', label: `${region}/classic/${name}` });
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Shared by the classic and v2 exporters

/** The documents hold only strings, numbers, booleans, lists and maps, all valid YAML values. */
export function renderDocument(doc: object, header: readonly string[]): string {
  return renderYaml(doc as unknown as YamlMap, { header });
}

/** Runs `call` and prefixes a failure with the API operation, so the summary says which call failed. */
export async function step<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new Error(`${operation}: ${errorMessage(error)}`, { cause: error });
  }
}

/** Follows `Marker`/`NextMarker` pages (the pagination of both ELB APIs) and concatenates them. */
export async function collectMarkerPages<P extends { NextMarker?: string | undefined }, T>(
  fetchPage: (marker: string | undefined) => Promise<P>,
  items: (page: P) => readonly T[] | undefined,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let marker: string | undefined;
  do {
    const page = await fetchPage(marker);
    all.push(...(items(page) ?? []));
    marker = page.NextMarker || undefined;
    if (marker !== undefined) {
      // A marker handed back twice would loop forever.
      if (seen.has(marker)) throw new Error(`pagination returned marker ${marker} twice`);
      seen.add(marker);
    }
  } while (marker !== undefined);
  return all;
}

export interface TagLookup<Tag> {
  tags: Map<string, Tag[]>;
  /** Keys whose tags could not be read, with the reason. */
  errors: Map<string, string>;
}

/**
 * Reads tags for `keys` (names or ARNs) in batches of 20. A batch fails as a whole when one of
 * its resources was deleted since the listing; such a batch is retried one key at a time so
 * only the vanished resource fails. Keys missing from an answer have no tags.
 */
export async function fetchTagsInBatches<Tag>(
  keys: readonly string[],
  concurrency: number,
  describe: (batch: string[]) => Promise<{ key: string | undefined; tags: Tag[] | undefined }[]>,
): Promise<TagLookup<Tag>> {
  const lookup: TagLookup<Tag> = { tags: new Map(), errors: new Map() };
  const unique = [...new Set(keys)].sort(compareText);
  const record = (batch: string[], answer: { key: string | undefined; tags: Tag[] | undefined }[]): void => {
    for (const key of batch) lookup.tags.set(key, []);
    for (const entry of answer) if (entry.key !== undefined && batch.includes(entry.key)) lookup.tags.set(entry.key, entry.tags ?? []);
  };
  const batches = chunk(unique, TAGS_BATCH_SIZE);
  const settled = await mapSettled(batches, concurrency, (batch) => describe(batch));
  const retry: string[] = [];
  settled.forEach((s, i) => {
    const batch = batches[i] as string[];
    if (s.ok) record(batch, s.value);
    else if (batch.length > 1 && isNotFound(s.error)) retry.push(...batch);
    else for (const key of batch) lookup.errors.set(key, errorMessage(s.error));
  });
  const single = await mapSettled(retry, concurrency, (key) => describe([key]));
  single.forEach((s, i) => {
    const key = retry[i] as string;
    if (s.ok) record([key], s.value);
    else lookup.errors.set(key, errorMessage(s.error));
  });
  return lookup;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: unknown; Code?: unknown } | undefined;
  return /NotFound/.test(String(e?.name ?? '')) || /NotFound/.test(String(e?.Code ?? ''));
}
