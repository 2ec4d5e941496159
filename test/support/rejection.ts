/** What an SDK call that must fail failed with: the error's name, message, HTTP status and fields. */
export interface Rejection {
  name: string;
  message: string;
  status?: number;
  /** The error object itself, for service-specific fields (S3's Endpoint, Region, …). */
  error: Record<string, unknown>;
}

export async function rejection(promise: Promise<unknown>): Promise<Rejection> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode, error: e as unknown as Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}
