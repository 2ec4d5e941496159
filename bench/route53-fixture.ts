/**
 * A large synthetic Route 53 account for the export benchmark: `zones` public zones with
 * `recordsPerZone` record sets each (a mix of types, weighted sets and long TXT values), a few
 * health checks. Deterministic: the same arguments give the same account.
 */
export interface Route53BenchShape {
  zones: number;
  recordsPerZone: number;
  healthChecks: number;
}

export function route53BenchFixture(shape: Route53BenchShape): object {
  const zones = [];
  for (let z = 0; z < shape.zones; z++) {
    const name = `zone${String(z).padStart(4, '0')}.example.org.`;
    const records: object[] = [
      { Name: name, Type: 'SOA', TTL: 900, ResourceRecords: [{ Value: `ns-1.awsdns-00.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400` }] },
      { Name: name, Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com.' }, { Value: 'ns-2.awsdns-00.net.' }] },
    ];
    for (let r = 0; records.length < shape.recordsPerZone; r++) {
      const host = `host${r}.${name}`;
      switch (r % 5) {
        case 0:
          records.push({ Name: host, Type: 'A', TTL: 300, ResourceRecords: [{ Value: `10.${z % 256}.${r % 256}.1` }] });
          break;
        case 1:
          records.push({ Name: host, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: `target${r}.example.net` }] });
          break;
        case 2:
          records.push({ Name: host, Type: 'TXT', TTL: 300, ResourceRecords: [{ Value: `"v=spf1 include:_spf.example.net ~all ${'x'.repeat(r % 200)}"` }] });
          break;
        case 3:
          for (const id of ['blue', 'green']) {
            if (records.length < shape.recordsPerZone) {
              records.push({ Name: host, Type: 'A', SetIdentifier: id, Weight: id === 'blue' ? 90 : 10, TTL: 60, ResourceRecords: [{ Value: `192.0.2.${r % 250}` }] });
            }
          }
          break;
        default:
          records.push({ Name: host, Type: 'MX', TTL: 3600, ResourceRecords: [{ Value: `10 mx1.${name}` }, { Value: `20 mx2.${name}` }] });
      }
    }
    zones.push({ Id: `ZBENCH${String(z).padStart(8, '0')}`, Name: name, Config: { PrivateZone: false, Comment: `bench zone ${z}` }, ResourceRecordSets: records });
  }
  const healthChecks = Array.from({ length: shape.healthChecks }, (_, i) => ({
    Id: `00000000-bench-4000-8000-${String(i).padStart(12, '0')}`,
    CallerReference: `bench-${i}`,
    HealthCheckConfig: { Type: 'HTTPS', FullyQualifiedDomainName: `svc${i}.example.org`, Port: 443, ResourcePath: '/health', RequestInterval: 30, FailureThreshold: 3 },
    Tags: [{ Key: 'Name', Value: `svc${i}` }],
  }));
  return { accounts: [{ id: '111111111111', route53: { hostedZones: zones, healthChecks } }] };
}

/** The fewest Route 53 calls that can export this account (page sizes at their maximum). */
export function minimumRoute53Calls(shape: Route53BenchShape): number {
  const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));
  return (
    pages(shape.zones, 100) + // ListHostedZones
    1 + // ListReusableDelegationSets (none here, so no per-set zone listing)
    Math.ceil(shape.zones / 10) + // ListTagsForResources, zones
    shape.zones * pages(shape.recordsPerZone, 300) + // ListResourceRecordSets
    pages(shape.healthChecks, 1000) + // ListHealthChecks
    Math.ceil(shape.healthChecks / 10) // ListTagsForResources, health checks
  );
}
