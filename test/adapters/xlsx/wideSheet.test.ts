/**
 * A small workbook with cells far out in column XFD (issue #14): a 175 KB file of 20,000 such rows made node
 * allocate a 16,384-wide row each (2.9 GB, 82 s) on a sheet the tool never used. Every sheet becomes a grid (the
 * tables are found by their content, #11), within MAX_GRID_COLUMNS; reading and writing take time in proportion
 * to the cells there are.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_GRID_COLUMNS, loadWorkbook, worksheetToGrid } from "../../../src/adapters/xlsx/readGrid";
import { withPackedRows } from "../../../src/adapters/xlsx/sparseRows";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { evaluateWorkbook } from "../../../src/app";
import { wideInputSheetWorkbook, wideSheetWorkbook } from "../../helpers/hostileWorkbooks";
import { unzip } from "../../helpers/zip";

async function measured<T>(f: () => Promise<T>): Promise<{ result: T; ms: number; grewMB: number }> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await f();
  return { result, ms: performance.now() - start, grewMB: (process.memoryUsage().rss - rss) / 2 ** 20 };
}

const ROWS = 20000;

describe("cells in column XFD", () => {
  test("on a sheet that holds no table: it is read within MAX_GRID_COLUMNS, so its far cells cost nothing", async () => {
    const file = wideSheetWorkbook(ROWS);
    expect(file.length).toBeLessThan(300 * 1024);
    const { result: snapshot, ms, grewMB } = await measured(async () => (await XlsxWorkbook.load(file)).read());
    expect(snapshot.sheetNames).toContain("附表");
    expect(snapshot.grid.sheets.map((s) => s.name)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施", "附表"]);
    const far = snapshot.grid.sheets.find((s) => s.name === "附表")!;
    expect(Math.max(...far.values.map((r) => r.length))).toBeLessThanOrEqual(MAX_GRID_COLUMNS);
    expect(ms).toBeLessThan(10000);
    expect(grewMB).toBeLessThan(400);
  }, 60000);

  test("on a sheet the tool reads: rows stay within MAX_GRID_COLUMNS, and the workbook is evaluated", async () => {
    const { result: e, ms, grewMB } = await measured(async () => evaluateWorkbook(await XlsxWorkbook.load(wideInputSheetWorkbook(ROWS))));
    const problems = e.model.sheetNames.problems;
    expect(problems).toBe("问题与措施");
    expect(ms).toBeLessThan(15000);
    expect(grewMB).toBeLessThan(500);
    const wb = await loadWorkbook(wideInputSheetWorkbook(100));
    const grid = worksheetToGrid(wb.getWorksheet("问题与措施")!);
    expect(Math.max(...grid.values.map((r) => r.length))).toBe(1); // A only: XFD is past the bound
    expect(MAX_GRID_COLUMNS).toBe(256);
  }, 60000);

  test("saving keeps every far cell, in time proportional to the cells", async () => {
    const wb = await XlsxWorkbook.load(wideSheetWorkbook(ROWS));
    const out = join(mkdtempSync(join(tmpdir(), "wide-")), "out.xlsx");
    const { ms } = await measured(() => wb.save(out));
    expect(ms).toBeLessThan(15000);
    const back = (await loadWorkbook(readFileSync(out))).getWorksheet("附表")!;
    expect([back.getCell("XFD1").value, back.getCell(`XFD${ROWS}`).value, back.rowCount]).toEqual([1, ROWS, ROWS]);
  }, 60000);

  test("packing sparse rows for the writer changes nothing in the file written", async () => {
    const wb = await loadWorkbook(wideSheetWorkbook(300));
    const ws = wb.getWorksheet("附表")!;
    ws.getCell("A5").value = "左";
    ws.getCell("C5").value = 3;
    ws.mergeCells("D7:F8");
    ws.getCell("D7").value = "合并";
    const sheets = (b: Buffer) => [...unzip(b)].filter(([name]) => name.startsWith("xl/worksheets/")).map(([n, x]) => [n, x.toString()]);
    const plain = Buffer.from(await wb.xlsx.writeBuffer());
    const packed = Buffer.from(await withPackedRows(wb, () => wb.xlsx.writeBuffer()));
    expect(sheets(packed)).toEqual(sheets(plain));
    // …and the rows are as they were afterwards.
    expect([ws.getCell("XFD300").value, ws.getCell("C5").value, ws.getCell("F8").isMerged]).toEqual([300, 3, true]);
  });
});
