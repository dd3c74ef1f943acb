/**
 * Excel on the web refuses a request or a response over 5 MB. The adapter queues its writes in one batch and
 * counts what they will cost; the limiter syncs early only when the next write would pass the limit, so small
 * workbooks take one round trip.
 *
 * What office.js sends is far more than the values: every proxy (`getRange`, `.format`, `.font`) is an object
 * path with instantiate actions, a range also a keep-reference call, every property set an action of its own, and
 * office.js itself cuts a grid of more than 1,500 cells into chunks of three more paths each. The figures below
 * were measured with office.js's own serializer (excel-web-16.00.js of @microsoft/office-js 1.1.110, run by
 * test/helpers/officeJsHarness.ts) and rounded up; test/browser/officeRequests.browser.test.ts checks them
 * against real requests.
 */
const encoder = new TextEncoder();

/** Requests travel as UTF-8, where a Chinese character takes 3 bytes. */
export const utf8Bytes = (s: string): number => encoder.encode(s).length;

/** Below Excel on the web's 5 MB, with room for what the model rounds. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/** The estimated response of one read request at most (reads are cut into row blocks to stay under it). */
export const MAX_RESPONSE_BYTES = 4_000_000;

/** office.js writes a grid of more than this many cells in chunks of this many. */
const OFFICE_JS_CHUNK_CELLS = 1500;

/** Bytes office.js adds to a request beside the values, measured (see above) and rounded up. */
export const REQUEST_BYTES = {
  /** The paths every request starts from: the workbook, its worksheets, a worksheet by name. */
  base: 600,
  /** A range from getRange: its path, two instantiate actions and the keep-reference call (the address aside). */
  range: 360,
  /** A range's `format`, or a format's `font`: a path and an instantiate action. */
  child: 140,
  /** Setting one property: its action (the value's JSON aside). */
  property: 110,
  /** Each chunk of a grid office.js cuts: the rows' and their bounding rectangle's paths and actions. */
  gridChunk: 900,
};

/** A new range proxy on a worksheet. */
export const rangeBytes = (address: string): number => REQUEST_BYTES.range + address.length;

/** Setting a grid property (values, numberFormat): the action, the JSON and office.js's chunks. */
export function gridPropertyBytes(grid: unknown[][]): number {
  const cells = grid.length * (grid[0]?.length ?? 0);
  const chunks = cells > OFFICE_JS_CHUNK_CELLS ? Math.ceil(cells / OFFICE_JS_CHUNK_CELLS) : 0;
  return REQUEST_BYTES.property + utf8Bytes(JSON.stringify(grid)) + chunks * REQUEST_BYTES.gridChunk;
}

/** A worksheet by name, added or removed (its path and instantiate action), and `count` actions or properties on it. */
export const sheetActionBytes = (name: string, count: number): number =>
  REQUEST_BYTES.child + utf8Bytes(JSON.stringify(name)) + count * (REQUEST_BYTES.property + 10);

/** Setting `count` scalar properties (a bold, an alignment) through `children` new format or font proxies. */
export const styleBytes = (children: number, count: number): number =>
  children * REQUEST_BYTES.child + count * (REQUEST_BYTES.property + 10);

export class RequestSizeLimiter {
  private used = REQUEST_BYTES.base;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}

  /** Counts `bytes` about to be queued, syncing first if they would not fit in the current request. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > REQUEST_BYTES.base && this.used + bytes > this.limit) {
      await this.context.sync();
      this.used = REQUEST_BYTES.base;
    }
    this.used += bytes;
  }
}
