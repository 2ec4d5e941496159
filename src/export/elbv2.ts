/**
 * Exports application, network and gateway load balancers of one region, one YAML file each:
 * `load-balancers/<region>/<application|network|gateway>/<name>.yaml`.
 *
 * Calls: DescribeLoadBalancers and DescribeTargetGroups (all pages, once per region); per load
 * balancer DescribeLoadBalancerAttributes and DescribeListeners; per listener DescribeRules
 * (application load balancers only: the others have just the default rule, which is the
 * listener's default actions) and DescribeListenerCertificates (HTTPS/TLS listeners only); per
 * target group used DescribeTargetGroupAttributes (and DescribeTargetHealth when targets are
 * included); DescribeTags for up to 20 load balancer and target group ARNs per call.
 */
import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type {
  ElasticLoadBalancingV2Client,
  Listener,
  LoadBalancer,
  LoadBalancerAttribute,
  TargetDescription,
  TargetGroup,
  TargetGroupAttribute,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { errorMessage, mapSettled } from '../util/concurrency.js';
import type { ExportResult } from './types.js';
import {
  collectMarkerPages,
  DEFAULT_LB_CONCURRENCY,
  fetchTagsInBatches,
  LB_FILE_PATTERN,
  LB_PAGE_SIZE,
  renderDocument,
  step,
} from './elb.js';
import type { LoadBalancerExportOptions } from './elb.js';
import {
  compareText,
  LOAD_BALANCER_V2_TYPES,
  loadBalancerV2Document,
  loadBalancerV2Folder,
  loadBalancerV2Path,
  referencedTargetGroupArns,
} from './lb-format.js';
import type { ListenerSource, LoadBalancerV2Type } from './lb-format.js';

/** Constant, so files stay byte-identical for the same state. */
const FILE_HEADER = ['Load balancer exported by aws-backup-gitops. Format: docs/export-format.md'];

/** Listener protocols that carry certificates. */
const CERTIFICATE_PROTOCOLS = new Set(['HTTPS', 'TLS']);

type NamedLoadBalancer = LoadBalancer & { LoadBalancerArn: string; LoadBalancerName: string };

interface LoadBalancerDetails {
  attributes: LoadBalancerAttribute[];
  listeners: ListenerSource[];
  targetGroupArns: string[];
}

interface TargetGroupDetails {
  attributes: TargetGroupAttribute[];
  targets?: TargetDescription[];
}

export async function exportLoadBalancersV2(
  client: ElasticLoadBalancingV2Client,
  region: string,
  options: LoadBalancerExportOptions,
): Promise<ExportResult> {
  const concurrency = options.concurrency ?? DEFAULT_LB_CONCURRENCY;
  const result: ExportResult = { files: [], failures: [], completeScopes: [] };

  let listed: LoadBalancer[];
  try {
    listed = await step('DescribeLoadBalancers', () =>
      collectMarkerPages(
        (Marker) => client.send(new DescribeLoadBalancersCommand({ Marker, PageSize: LB_PAGE_SIZE })),
        (page) => page.LoadBalancers,
      ),
    );
  } catch (error) {
    result.failures.push({ item: `elbv2 ${region}`, error: errorMessage(error), keepPaths: [] });
    return result;
  }
  const loadBalancers = listed
    .filter((lb): lb is NamedLoadBalancer => lb.LoadBalancerArn !== undefined && lb.LoadBalancerName !== undefined)
    .sort((a, b) => compareText(String(a.Type), String(b.Type)) || compareText(a.LoadBalancerName, b.LoadBalancerName));

  // Target groups are listed once for the region rather than once per load balancer.
  let targetGroups: TargetGroup[];
  try {
    targetGroups = await step('DescribeTargetGroups', () =>
      collectMarkerPages(
        (Marker) => client.send(new DescribeTargetGroupsCommand({ Marker, PageSize: LB_PAGE_SIZE })),
        (page) => page.TargetGroups,
      ),
    );
  } catch (error) {
    // Without target groups no file would be complete: keep every existing one.
    result.failures.push({
      item: `elbv2 ${region}`,
      error: errorMessage(error),
      keepPaths: loadBalancers.flatMap((lb) => (isKnownType(lb.Type) ? [loadBalancerV2Path(region, lb.Type, lb.LoadBalancerName)] : [])),
    });
    return result;
  }
  for (const type of LOAD_BALANCER_V2_TYPES) {
    result.completeScopes.push({ prefix: loadBalancerV2Folder(region, type), pattern: LB_FILE_PATTERN });
  }
  const targetGroupByArn = new Map(
    targetGroups.filter((tg) => tg.TargetGroupArn !== undefined).map((tg) => [tg.TargetGroupArn as string, tg]),
  );
  const targetGroupNames = new Map(
    [...targetGroupByArn].filter(([, tg]) => tg.TargetGroupName !== undefined).map(([arn, tg]) => [arn, tg.TargetGroupName as string]),
  );

  const details = await mapSettled(loadBalancers, concurrency, (lb) =>
    describeLoadBalancer(client, lb, targetGroups),
  );

  // Attributes (and targets) of every target group a described load balancer uses, once each.
  const usedArns = [
    ...new Set(details.flatMap((d) => (d.ok ? d.value.targetGroupArns : []))),
  ].filter((arn) => targetGroupByArn.has(arn)).sort(compareText);
  const targetGroupDetails = new Map<string, Awaited<ReturnType<typeof describeTargetGroup>> | Error>();
  const tgSettled = await mapSettled(usedArns, concurrency, (arn) => describeTargetGroup(client, arn, options.includeTargets));
  tgSettled.forEach((s, i) => {
    targetGroupDetails.set(usedArns[i] as string, s.ok ? s.value : new Error(errorMessage(s.error)));
  });

  const tagKeys = [
    ...loadBalancers.filter((_, i) => details[i]?.ok).map((lb) => lb.LoadBalancerArn),
    ...usedArns.filter((arn) => !(targetGroupDetails.get(arn) instanceof Error)),
  ];
  const tags = await fetchTagsInBatches(tagKeys, concurrency, async (ResourceArns) => {
    const out = await client.send(new DescribeTagsCommand({ ResourceArns }));
    return (out.TagDescriptions ?? []).map((t) => ({ key: t.ResourceArn, tags: t.Tags }));
  });

  loadBalancers.forEach((lb, i) => {
    const name = lb.LoadBalancerName;
    const label = `${region}/${lb.Type}/${name}`;
    const item = `elbv2 ${label}`;
    if (!isKnownType(lb.Type)) {
      result.failures.push({ item, error: `unsupported load balancer type ${JSON.stringify(lb.Type)}`, keepPaths: [] });
      return;
    }
    const path = loadBalancerV2Path(region, lb.Type, name);
    const fail = (error: string): void => {
      result.failures.push({ item, error, keepPaths: [path] });
    };
    const detail = details[i];
    if (!detail || !detail.ok) return fail(errorMessage(detail?.error));

    const problems: string[] = [];
    const groups = detail.value.targetGroupArns.flatMap((arn) => {
      const tg = targetGroupByArn.get(arn);
      if (!tg) return [];
      const tgDetails = targetGroupDetails.get(arn);
      if (!tgDetails || tgDetails instanceof Error) {
        problems.push(`target group ${tg.TargetGroupName ?? arn}: ${tgDetails?.message ?? 'not described'}`);
        return [];
      }
      const tagError = tags.errors.get(arn);
      if (tagError !== undefined) problems.push(`target group ${tg.TargetGroupName ?? arn}: DescribeTags: ${tagError}`);
      return [{ targetGroup: tg, attributes: tgDetails.attributes, tags: tags.tags.get(arn) ?? [], targets: tgDetails.targets }];
    });
    const lbTagError = tags.errors.get(lb.LoadBalancerArn);
    if (lbTagError !== undefined) problems.unshift(`DescribeTags: ${lbTagError}`);
    if (problems.length) return fail(problems.join('; '));

    try {
      const doc = loadBalancerV2Document({
        region,
        loadBalancer: lb,
        attributes: detail.value.attributes,
        tags: tags.tags.get(lb.LoadBalancerArn) ?? [],
        listeners: detail.value.listeners,
        targetGroups: groups,
        targetGroupNames,
      });
      result.files.push({ path, content: renderDocument(doc, FILE_HEADER), kind: 'elbv2', label });
    } catch (error) {
      fail(errorMessage(error));
    }
  });
  return result;
}

function isKnownType(type: string | undefined): type is LoadBalancerV2Type {
  return (LOAD_BALANCER_V2_TYPES as readonly (string | undefined)[]).includes(type);
}

async function describeLoadBalancer(
  client: ElasticLoadBalancingV2Client,
  lb: NamedLoadBalancer,
  targetGroups: readonly TargetGroup[],
): Promise<LoadBalancerDetails> {
  const LoadBalancerArn = lb.LoadBalancerArn;
  const attributes = await step('DescribeLoadBalancerAttributes', () =>
    client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })),
  );
  const listeners = await step('DescribeListeners', () =>
    collectMarkerPages(
      (Marker) => client.send(new DescribeListenersCommand({ LoadBalancerArn, Marker, PageSize: LB_PAGE_SIZE })),
      (page) => page.Listeners,
    ),
  );
  // Listeners one after another: the concurrency limit counts load balancers, not calls.
  const sources: ListenerSource[] = [];
  for (const listener of listeners) sources.push(await describeListener(client, lb, listener));

  const arns = new Set<string>(
    targetGroups
      .filter((tg) => tg.TargetGroupArn && tg.LoadBalancerArns?.includes(LoadBalancerArn))
      .map((tg) => tg.TargetGroupArn as string),
  );
  for (const source of sources) {
    for (const arn of referencedTargetGroupArns(source.listener.DefaultActions ?? [])) arns.add(arn);
    for (const rule of source.rules) for (const arn of referencedTargetGroupArns(rule.Actions ?? [])) arns.add(arn);
  }
  return {
    attributes: attributes.Attributes ?? [],
    listeners: sources,
    targetGroupArns: [...arns].sort(compareText),
  };
}

async function describeListener(
  client: ElasticLoadBalancingV2Client,
  lb: NamedLoadBalancer,
  listener: Listener,
): Promise<ListenerSource> {
  const ListenerArn = listener.ListenerArn;
  const where = `listener ${listener.Protocol ?? ''}:${listener.Port ?? ''}`;
  const rules =
    lb.Type === 'application' && ListenerArn
      ? await step(`DescribeRules (${where})`, () =>
          collectMarkerPages(
            (Marker) => client.send(new DescribeRulesCommand({ ListenerArn, Marker, PageSize: LB_PAGE_SIZE })),
            (page) => page.Rules,
          ),
        )
      : [];
  const certificates =
    ListenerArn && CERTIFICATE_PROTOCOLS.has(listener.Protocol ?? '')
      ? await step(`DescribeListenerCertificates (${where})`, () =>
          collectMarkerPages(
            (Marker) => client.send(new DescribeListenerCertificatesCommand({ ListenerArn, Marker, PageSize: LB_PAGE_SIZE })),
            (page) => page.Certificates,
          ),
        )
      : [];
  return { listener, rules, certificates };
}

async function describeTargetGroup(
  client: ElasticLoadBalancingV2Client,
  TargetGroupArn: string,
  includeTargets: boolean,
): Promise<TargetGroupDetails> {
  const attributes = await step('DescribeTargetGroupAttributes', () =>
    client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn })),
  );
  const details: TargetGroupDetails = { attributes: attributes.Attributes ?? [] };
  if (includeTargets) {
    const health = await step('DescribeTargetHealth', () =>
      client.send(new DescribeTargetHealthCommand({ TargetGroupArn })),
    );
    // Only who is registered; health state changes all the time and is not exported.
    details.targets = (health.TargetHealthDescriptions ?? [])
      .map((d) => d.Target)
      .filter((t): t is TargetDescription => t !== undefined);
  }
  return details;
}
