/**
 * A refused connection is explained as the endpoint it is (nothing listening there), not as a
 * bad region: the error comes from the real SDK client talking to a closed local port.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { describeAwsError } from '../../src/aws/errors.js';

/** A local port nobody listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('describeAwsError for an endpoint that refuses connections', () => {
  it('leads with the endpoint and AWS_ENDPOINT_URL, not the region', async () => {
    const port = await closedPort();
    const ec2 = new EC2Client({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    const error = await ec2.send(new DescribeVolumesCommand({})).then(
      () => undefined,
      (e: unknown) => e,
    );
    ec2.destroy();
    const text = describeAwsError(error, { family: 'ec2', operation: 'DescribeVolumes', region: 'us-east-1' });
    expect(text).toMatch(/^ec2 DescribeVolumes \(region us-east-1\) failed: ECONNREFUSED: /);
    expect(text).toContain(`— nothing is listening at 127.0.0.1:${port}: check that AWS_ENDPOINT_URL`);
    expect(text).not.toContain('region code');
  });
});
