/**
 * Excel on the web refuses a request over 5 MB. The adapter queues writes in one batch and counts their bytes;
 * the limiter syncs early only when the next write would pass the limit, so small workbooks take one round trip.
 */
const encoder = new TextEncoder();

/** Requests travel as UTF-8, where a Chinese character takes 3 bytes. */
export const utf8Bytes = (s: string): number => encoder.encode(s).length;

export const DEFAULT_MAX_REQUEST_BYTES = 4_500_000;

export class RequestSizeLimiter {
  private used = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}

  /** Counts `bytes` about to be queued, syncing first if they would not fit in the current request. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}
