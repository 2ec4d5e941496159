/**
 * What a load-balancer restore restores from and where to: the export file (by repo-relative
 * path or by load balancer name), the target region (the source's, or the DR region), and the
 * subnet / security-group / certificate / log-bucket mapping a restore into another region
 * needs, for classic and v2 alike. Every problem is a RestoreInputError naming what and how to
 * fix it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { parse } from 'yaml';
import { isKnownRegion } from '../config/regions.js';
import { LB_EXPORT_ROOT, type ClassicLoadBalancerDocument, type LoadBalancerV2Document } from '../export/lb-format.js';
import { mapLogBuckets } from './lb-logs.js';
import { accountFolder } from './route53-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';

export type LoadBalancerDocument = ClassicLoadBalancerDocument | LoadBalancerV2Document;

export interface LoadBalancerSource {
  path: string;
  doc: LoadBalancerDocument;
  name: string;
  sourceRegion: string;
  targetRegion: string;
  /** Restoring into another region than the export's (e.g. the DR region). */
  crossRegion: boolean;
  /** Subnets and security groups to use (mapped, or the exported ones). */
  subnets: string[];
  securityGroups: string[];
  /** Certificate ARN as exported → ARN to use. */
  certificates: Map<string, string>;
  /** Mutual-TLS trust store ARN as exported → ARN to use (trust stores are regional too). */
  trustStores: Map<string, string>;
  /** What the mapping leaves out, as "not restored: …" plan notes. */
  notes: string[];
}

const FOLDERS = ['classic', 'application', 'network', 'gateway'];

export async function loadLoadBalancerSource(request: RestoreRequest, ctx: RestoreContext): Promise<LoadBalancerSource> {
  const path = request.source.includes('/') || /\.ya?ml$/i.test(request.source)
    ? checkedPath(request.source)
    : await findFile(request.source, ctx);
  let text: string;
  try {
    text = await readFile(posix.join(ctx.repoRoot, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new RestoreInputError(
      `load-balancer restore: export file ${path} does not exist at this commit; check the path ` +
        `(exports live under ${posix.join(accountFolder(ctx), LB_EXPORT_ROOT)}/<region>/<classic|application|network>/) or give the load balancer's name`,
    );
  }
  const exported = readDocument(text, path);
  const name = exported.LoadBalancer.LoadBalancerName;
  if (!name) throw new RestoreInputError(`load-balancer restore: ${path} has no LoadBalancerName; is it an export file?`);
  if (request.target !== undefined && request.target !== name) {
    throw new RestoreInputError(
      `load-balancer restore: target "${request.target}" differs from the exported name "${name}"; a load balancer is restored under its own name, so leave target empty`,
    );
  }
  const targetRegion = checkedRegion(request.region ?? exported.Region, ctx);
  const crossRegion = targetRegion !== exported.Region;
  // Log buckets are regional too: replaced by the option log-bucket, or logging restored off.
  const logBucket = request.options['log-bucket']?.trim() || undefined;
  const { doc, notes } = crossRegion || logBucket ? mapLogBuckets(exported, targetRegion, logBucket) : { doc: exported, notes: [] };
  const exportedSubnets = doc.Kind === 'elb'
    ? (doc.LoadBalancer.Subnets ?? [])
    : (doc.LoadBalancer.AvailabilityZones ?? []).map((z) => z.SubnetId).filter((s): s is string => s !== undefined);
  const exportedGroups = doc.LoadBalancer.SecurityGroups ?? [];
  const subnets = listOption(request.options['subnets']);
  const groups = listOption(request.options['security-groups']);
  const problems: string[] = [];
  if (crossRegion && exportedSubnets.length > 0 && !subnets) {
    problems.push(`subnets of ${targetRegion} are needed (the export's ${exportedSubnets.join(', ')} are in ${doc.Region}): set the option subnets=subnet-…,subnet-…`);
  }
  if (crossRegion && exportedGroups.length > 0 && !groups) {
    problems.push(`security groups of ${targetRegion} are needed (the export's ${exportedGroups.join(', ')} are in ${doc.Region}): set the option security-groups=sg-…`);
  }
  // ACM certificates are regional (IAM server certificates are global); trust stores are regional.
  const certificates = regionalArns('certificates', 'certificate', exportedCertificates(doc), (arn) => arn.includes(':acm:'));
  const trustStores = regionalArns('trust-stores', 'trust store', exportedTrustStores(doc), () => true);
  function regionalArns(option: string, what: string, exported: readonly string[], regional: (arn: string) => boolean): Map<string, string> {
    const map = arnMap(request.options[option], option, problems);
    for (const arn of exported) {
      const mapped = map.get(arn) ?? arn;
      if (!map.has(arn)) map.set(arn, arn);
      const region = mapped.split(':')[3];
      if (mapped.startsWith('arn:') && region && region !== targetRegion && regional(mapped)) {
        problems.push(`${what} ${mapped} is in ${region}, not ${targetRegion}: set the option ${option}=${arn}=<${what} ARN in ${targetRegion}>`);
      }
    }
    return map;
  }
  if (problems.length) {
    throw new RestoreInputError(`load-balancer restore of ${name} into ${targetRegion} (from ${path}) cannot go ahead:\n- ${problems.join('\n- ')}`);
  }
  return {
    path,
    doc,
    name,
    sourceRegion: doc.Region,
    targetRegion,
    crossRegion,
    subnets: subnets ?? exportedSubnets,
    securityGroups: groups ?? exportedGroups,
    certificates,
    trustStores,
    notes,
  };
}

function readDocument(text: string, path: string): LoadBalancerDocument {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new RestoreInputError(`load-balancer restore: ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const kind = (doc as { Kind?: unknown } | null)?.Kind;
  if (kind !== 'elb' && kind !== 'elbv2') {
    throw new RestoreInputError(`load-balancer restore: ${path} is not a load-balancer export (Kind must be elb or elbv2)`);
  }
  const region = (doc as { Region?: unknown }).Region;
  if (typeof region !== 'string') throw new RestoreInputError(`load-balancer restore: ${path} has no Region`);
  return doc as LoadBalancerDocument;
}

function checkedPath(source: string): string {
  const normal = posix.normalize(source.replace(/^\.\//, ''));
  if (posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..') {
    throw new RestoreInputError(`load-balancer restore: source "${source}" must be a path relative to the repository root`);
  }
  return normal;
}

function checkedRegion(region: string, ctx: RestoreContext): string {
  const allowed = new Set<string>([...ctx.account.regions, ...(ctx.config['dr-region'] ? [ctx.config['dr-region']] : [])]);
  if (!isKnownRegion(region) || !allowed.has(region)) {
    throw new RestoreInputError(
      `load-balancer restore: region "${region}" is neither a backed-up region of account ${ctx.account.name} nor the DR region; use one of ${[...allowed].join(', ')}`,
    );
  }
  return region;
}

async function findFile(name: string, ctx: RestoreContext): Promise<string> {
  const root = posix.join(accountFolder(ctx), LB_EXPORT_ROOT);
  let regions: string[];
  try {
    regions = (await readdir(posix.join(ctx.repoRoot, root))).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new RestoreInputError(`load-balancer restore: there are no load-balancer exports for account ${ctx.account.name} (${root} does not exist at this commit)`);
  }
  const found: string[] = [];
  for (const region of regions) {
    for (const folder of FOLDERS) {
      const path = posix.join(root, region, folder, `${name}.yaml`);
      try {
        await readFile(posix.join(ctx.repoRoot, path));
        found.push(path);
      } catch {
        // not exported there
      }
    }
  }
  if (found.length === 1) return found[0] as string;
  if (found.length === 0) {
    throw new RestoreInputError(`load-balancer restore: no export of a load balancer named "${name}" under ${root}; check the name, or give the file path`);
  }
  throw new RestoreInputError(`load-balancer restore: "${name}" was exported more than once (${found.join(', ')}); give the file path as the source`);
}

function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

/** `certificates=<exported ARN>=<ARN to use>,…` (and the same for trust-stores). */
function arnMap(value: string | undefined, option: string, problems: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of listOption(value) ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) {
      problems.push(`option ${option} entry "${entry}" is not <exported ARN>=<ARN to use>`);
      continue;
    }
    map.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return map;
}

/** Every certificate ARN the export uses. */
export function exportedCertificates(doc: LoadBalancerDocument): string[] {
  const arns = new Set<string>();
  if (doc.Kind === 'elb') {
    for (const l of doc.Listeners) if (l.SSLCertificateId) arns.add(l.SSLCertificateId);
  } else {
    for (const l of doc.Listeners) {
      for (const c of l.Certificates ?? []) if (c.CertificateArn) arns.add(c.CertificateArn);
      for (const c of l.AdditionalCertificates ?? []) arns.add(c.CertificateArn);
    }
  }
  return [...arns].sort();
}

/** Every mutual-TLS trust store ARN the export uses (v2 listeners). */
export function exportedTrustStores(doc: LoadBalancerDocument): string[] {
  if (doc.Kind === 'elb') return [];
  const arns = doc.Listeners.map((l) => l.MutualAuthentication?.TrustStoreArn).filter((a): a is string => Boolean(a));
  return [...new Set(arns)].sort();
}
