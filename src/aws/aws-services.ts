/**
 * The SDK client classes, imported on demand. Loading every SDK package up front costs more
 * than a second of start-up (EC2's alone is most of it), so a command loads the services it
 * will call (`loadAwsServices`) and the client factory builds clients from what is loaded. In
 * the bundle each package is a chunk of its own, read only when its import runs.
 */
export type ServiceName = 'route53' | 'elb' | 'elbv2' | 's3' | 'sts' | 'ec2' | 'rds' | 'kms' | 'cloudtrail';

export const SERVICE_NAMES: readonly ServiceName[] = ['route53', 'elb', 'elbv2', 's3', 'sts', 'ec2', 'rds', 'kms', 'cloudtrail'];

type ClientClass = new (config: object) => { destroy(): void; middlewareStack: { use(plugin: any): void } };

/** One literal import() per package, so the bundler can split each into its own chunk. */
const LOADERS: Record<ServiceName, () => Promise<ClientClass>> = {
  route53: async () => (await import('@aws-sdk/client-route-53')).Route53Client,
  elb: async () => (await import('@aws-sdk/client-elastic-load-balancing')).ElasticLoadBalancingClient,
  elbv2: async () => (await import('@aws-sdk/client-elastic-load-balancing-v2')).ElasticLoadBalancingV2Client,
  s3: async () => (await import('@aws-sdk/client-s3')).S3Client,
  sts: async () => (await import('@aws-sdk/client-sts')).STSClient,
  ec2: async () => (await import('@aws-sdk/client-ec2')).EC2Client,
  rds: async () => (await import('@aws-sdk/client-rds')).RDSClient,
  kms: async () => (await import('@aws-sdk/client-kms')).KMSClient,
  cloudtrail: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient,
};

const loaded = new Map<ServiceName, ClientClass>();
const loading = new Map<ServiceName, Promise<void>>();

/** Imports these services' SDK packages (all of them by default); safe to call again. */
export async function loadAwsServices(names: Iterable<ServiceName> = SERVICE_NAMES): Promise<void> {
  await Promise.all(
    [...new Set(names)].map((name) => {
      let pending = loading.get(name);
      if (!pending) {
        pending = LOADERS[name]().then((cls) => void loaded.set(name, cls));
        loading.set(name, pending);
      }
      return pending;
    }),
  );
}

export function isServiceLoaded(name: ServiceName): boolean {
  return loaded.has(name);
}

/** The client class of a loaded service; a service nobody loaded is a bug in the command. */
export function loadedClientClass(name: ServiceName): ClientClass {
  const cls = loaded.get(name);
  if (!cls) {
    throw new Error(
      `internal error: the ${name} SDK client was used before it was loaded; ` +
        `add '${name}' to what the command loads (src/commands/services.ts) or call loadAwsServices first`,
    );
  }
  return cls;
}
