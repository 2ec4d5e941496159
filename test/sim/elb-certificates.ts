/**
 * Server certificates as Elastic Load Balancing checks them (classic and v2): an ACM
 * certificate is regional, so a listener accepts only one of its own region
 * (CertificateNotFound otherwise); IAM server certificates are global. Also the v2 listener
 * certificate list (AddListenerCertificates / RemoveListenerCertificates): one certificate per
 * call, as the API reference says; the default certificate may be in the list too, and
 * DescribeListenerCertificates then shows it twice (once IsDefault true, once false). And a
 * listener's mutual TLS (MutualAuthenticationAttributes): HTTPS only; `verify` needs a trust
 * store, which is regional like a certificate (TrustStoreNotFound otherwise).
 */
import type { Certificate, MutualAuthenticationAttributes } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SimError } from './types.js';

/** Rejects an ACM certificate ARN of another region than the load balancer's. */
export function checkCertificateRegion(arn: string | undefined, region: string): void {
  const parts = String(arn).split(':');
  if (parts[0] !== 'arn' || parts.length < 6) throw new SimError('CertificateNotFound', `Certificate '${String(arn)}' not found`);
  if (parts[2] === 'acm' && parts[3] !== region) throw new SimError('CertificateNotFound', `Certificate '${String(arn)}' not found`);
}

/** At most 25 certificates in a listener's list (the default one not counted unless listed). */
const MAX_LISTED = 25;

/** The one certificate of an Add/RemoveListenerCertificates call. */
function oneCertificate(certificates: Certificate[], operation: string): string {
  if (certificates.length !== 1) {
    throw new SimError('ValidationError', `${operation} takes exactly one certificate per call; ${certificates.length} were given`);
  }
  const arn = certificates[0]!.CertificateArn;
  if (!arn) throw new SimError('ValidationError', 'CertificateArn is required');
  return arn;
}

export function addListenerCertificate(list: Certificate[], certificates: Certificate[], region: string): Certificate[] {
  const arn = oneCertificate(certificates, 'AddListenerCertificates');
  checkCertificateRegion(arn, region);
  // Already in the list: the call succeeds and adds nothing.
  if (!list.some((c) => c.CertificateArn === arn)) {
    if (list.length >= MAX_LISTED) throw new SimError('TooManyCertificates', `A listener can have at most ${MAX_LISTED} certificates in its certificate list`);
    list.push({ CertificateArn: arn, IsDefault: false });
  }
  return [{ CertificateArn: arn, IsDefault: false }];
}

export function removeListenerCertificate(list: Certificate[], certificates: Certificate[]): Certificate[] {
  const arn = oneCertificate(certificates, 'RemoveListenerCertificates');
  return list.filter((c) => c.CertificateArn !== arn);
}

const MODES = new Set(['off', 'passthrough', 'verify']);

export function checkMutualAuthentication(value: MutualAuthenticationAttributes, protocol: string, region: string): MutualAuthenticationAttributes {
  const mode = value.Mode ?? 'off';
  if (!MODES.has(mode)) throw new SimError('ValidationError', `Mutual authentication mode '${mode}' must be one of off, passthrough, verify`);
  if (mode !== 'off' && protocol !== 'HTTPS') {
    throw new SimError('InvalidConfigurationRequest', `Mutual authentication is supported only on HTTPS listeners, not ${protocol}`);
  }
  if (mode !== 'verify') return { Mode: mode };
  const arn = value.TrustStoreArn;
  if (!arn) throw new SimError('ValidationError', 'A trust store ARN is required when the mutual authentication mode is verify');
  const parts = arn.split(':');
  if (parts[2] !== 'elasticloadbalancing' || parts[3] !== region || !parts[5]?.startsWith('truststore/')) {
    throw new SimError('TrustStoreNotFound', `Trust store '${arn}' not found`);
  }
  return {
    Mode: mode,
    TrustStoreArn: arn,
    IgnoreClientCertificateExpiry: value.IgnoreClientCertificateExpiry ?? false,
    ...(value.AdvertiseTrustStoreCaNames ? { AdvertiseTrustStoreCaNames: value.AdvertiseTrustStoreCaNames } : {}),
  };
}
