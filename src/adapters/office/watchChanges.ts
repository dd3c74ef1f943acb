/**
 * Telling the pane that the workbook changed, so that it can mark its results stale: worksheet change events
 * (ExcelApi 1.7), one handler per sheet so that each knows its sheet's name, and one for every sheet added later.
 *
 * Excel raises the same events for this tool's own writes. Those are recognised by where they fall: the cells
 * (or sheets) the adapter has just written, within a few seconds of the write. Not verified in a live Excel.
 */
import { a1, parseA1 } from "../../core/address";
import { JOURNAL_SHEET } from "../../app";

/** How long after its own write the adapter takes a change event in the cells it wrote for its own. */
export const OWN_WRITE_ECHO_MS = 3000;

/** Most cells of one change event checked one by one; a larger area is never taken for an echo of this tool's writes. */
const MAX_CHECKED_CELLS = 100_000;

interface OwnWrite {
  /** Cells by sheet; "all" for a sheet this tool cleared, added or rewrote as a whole. */
  sheets: Map<string, Set<string> | "all">;
  /** Whether the write adds or deletes sheets. */
  structural: boolean;
  until: number;
}

/** This tool's recent writes, to tell their change events from the accountant's. */
export class OwnWrites {
  private writes: OwnWrite[] = [];
  constructor(private readonly now: () => number = Date.now) {}

  /** Called before a write is sent; `settle` extends the window once it has been applied. */
  record(cells: { sheet: string; cells: string[] }[], wholeSheets: string[], structural: boolean): () => void {
    const sheets = new Map<string, Set<string> | "all">();
    for (const { sheet, cells: list } of cells) sheets.set(sheet, new Set(list));
    for (const sheet of [...wholeSheets, JOURNAL_SHEET]) sheets.set(sheet, "all");
    const write: OwnWrite = { sheets, structural, until: this.now() + OWN_WRITE_ECHO_MS };
    this.writes = [...this.writes.filter((w) => w.until > this.now()), write];
    return () => void (write.until = this.now() + OWN_WRITE_ECHO_MS);
  }

  private live(): OwnWrite[] {
    return this.writes.filter((w) => w.until > this.now());
  }

  /** Whether a change at `address` of `sheet` is this tool's own recent write. */
  isOwnChange(sheet: string, address: string): boolean {
    const targets = this.live().map((w) => w.sheets.get(sheet));
    if (targets.includes("all")) return true;
    const cells = cellsOf(address);
    return cells !== undefined && cells.every((c) => targets.some((t) => t !== undefined && t !== "all" && t.has(c)));
  }

  /** Whether a sheet added or deleted now is this tool's doing. */
  isOwnStructural(): boolean {
    return this.live().some((w) => w.structural);
  }
}

/** The cells of "B3" or "B3:C9" (a sheet prefix is dropped); undefined for an area too large to check. */
function cellsOf(address: string): string[] | undefined {
  const [a, b] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  if (!/^[A-Z]+\d+$/.test(a) || (b !== undefined && !/^[A-Z]+\d+$/.test(b))) return undefined;
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if ((q.row - p.row + 1) * (q.col - p.col + 1) > MAX_CHECKED_CELLS) return undefined;
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(a1(r, c));
  return out;
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Registers the handlers; resolves to a function that stops reporting. (The handlers themselves stay until the
 * pane closes: removing them needs their own request context, and a stopped watcher ignores them.)
 */
export async function watchSheets(run: Run, own: OwnWrites, onChange: () => void): Promise<() => void> {
  let active = true;
  const report = () => {
    if (active) onChange();
  };
  const watch = (ws: Excel.Worksheet, name: string) =>
    ws.onChanged.add(async (e) => {
      if (!own.isOwnChange(name, e.address)) report();
    });
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const ws of sheets.items) if (ws.name !== JOURNAL_SHEET) watch(ws, ws.name);
    sheets.onAdded.add(async (e) => {
      if (!own.isOwnStructural()) report();
      // A sheet added later is watched too (the report sheet among them: its edits matter before a replace).
      await run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(e.worksheetId);
        ws.load("name");
        await ctx.sync();
        if (ws.name !== JOURNAL_SHEET) watch(ws, ws.name);
        await ctx.sync();
      });
    });
    sheets.onDeleted.add(async () => {
      if (!own.isOwnStructural()) report();
    });
    await context.sync();
  });
  return () => {
    active = false;
  };
}
