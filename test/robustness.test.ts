/**
 * Robustness: property-based whole-workbook fuzzing through both adapters. Random and shuffled sheets and
 * columns, blank rows, merged-looking blanks, error values, huge, negative and non-finite numbers, texts of
 * 10,000 characters and formula-looking text. For every case: no exception; every finding names a sheet and
 * a cell; the input cells are unchanged; no output cell is a formula; running again gives the same output.
 * (Truncated, empty and non-xlsx files exiting 2 with one line: test/cli/main.test.ts.)
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { OfficeWorkbook } from "../src/adapters/office/officeWorkbook";
import { WorkbookPort, evaluateWorkbook, insertReport, scoreWorkbook } from "../src/app";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { applyReportSheet, ownedSheets } from "../src/adapters/xlsx/reportSheet";
import { applyWrites } from "../src/adapters/xlsx/writeWorkbook";
import { a1 } from "../src/core/address";
import { allFindings, evaluate } from "../src/core/evaluate";
import { CellValue, WorkbookGrid } from "../src/core/grid";
import { SHEETS } from "../src/core/schema";
import { FakeWorkbookState, fakeRun } from "./fakes/fakeExcel";
import { gridToFakeInputs } from "./fakes/fromXlsx";
import { cellValue } from "./helpers/arbitraries";
import { INDICATORS, validWorkbook } from "./helpers/grid";

/** Reads, evaluates and inserts the report, as the pane does on its first 插入到工作表. */
async function insertFresh(wb: WorkbookPort) {
  return insertReport(wb, await evaluateWorkbook(wb));
}

const EXPECTED = new Set<string>(Object.values(SHEETS).map((a) => a[0]));
const nasty = fc.oneof(
  cellValue,
  fc.constantFrom<CellValue>(Number.NaN, Infinity, -Infinity, 1e308, -1e308, -0.0001, "x".repeat(10000), "=1+1", "+1", "-1", "@x", {
    error: "#DIV/0!",
  }),
);

type Edit =
  | { kind: "cell"; sheet: number; row: number; col: number; value: CellValue }
  | { kind: "blankRow"; sheet: number; row: number }
  | { kind: "insertColumn"; sheet: number; col: number }
  | { kind: "mergedBlank"; sheet: number; row: number; col: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("cell" as const), sheet: fc.nat(3), row: fc.nat(12), col: fc.nat(12), value: nasty }),
  fc.record({ kind: fc.constant("blankRow" as const), sheet: fc.nat(3), row: fc.nat(10) }),
  fc.record({ kind: fc.constant("insertColumn" as const), sheet: fc.nat(3), col: fc.nat(10) }),
  fc.record({ kind: fc.constant("mergedBlank" as const), sheet: fc.nat(3), row: fc.nat(8), col: fc.nat(2) }),
);

/** A complete workbook (with a 问题与措施 sheet) messed up by random edits, its sheets shuffled. */
const messyWorkbook: fc.Arbitrary<WorkbookGrid> = fc
  .tuple(fc.array(edit, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }))
  .map(([edits, order]) => {
    const base = validWorkbook({
      indicators: INDICATORS([
        ["产出指标", "数量指标", "A", "≥", 120, "个", 160, 40, null, null],
        [null, null, "B", "≤", 40, "万元", 44, 20, null, "原因"],
        ["效益指标", "社会效益指标", "C", "定性", "达成", null, "部分达成", 20, 7, null],
        ["预算执行率", null, "预算执行率", "≥", "100%", "%", "95%", 20, null, null],
      ]),
    });
    const grid: WorkbookGrid = {
      sheets: [
        ...base.sheets,
        {
          name: "问题与措施",
          values: [
            ["类别", "内容"],
            ["问题", "一"],
            ["措施", "二"],
          ],
        },
      ],
    };
    for (const e of edits) {
      const s = grid.sheets[e.sheet];
      if (e.kind === "cell") (s.values[e.row] ??= [])[e.col] = e.value;
      else if (e.kind === "blankRow") s.values.splice(Math.min(e.row, s.values.length), 0, []);
      else if (e.kind === "insertColumn") s.values = s.values.map((r) => [...r.slice(0, e.col), "额外列", ...r.slice(e.col)]);
      else if (s.values[e.row]) s.values[e.row][e.col] = null;
      for (let i = 0; i < s.values.length; i++) s.values[i] ??= [];
      s.formats = undefined;
    }
    // Shuffle the sheets' order (a stable key sort on random keys).
    const keyed = grid.sheets.map((s, i) => ({ s, k: order[i] * 10 + i }));
    return { sheets: keyed.sort((a, b) => a.k - b.k).map((x) => x.s) };
  });

function checkFindings(grid: WorkbookGrid, findings: { sheet: string; cell: string }[]): void {
  const names = new Set(grid.sheets.map((s) => s.name));
  for (const f of findings) {
    expect(names.has(f.sheet) || EXPECTED.has(f.sheet)).toBe(true);
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
  }
}

describe("through the Office adapter (fake Excel)", () => {
  test("no exception, findings located, inputs unchanged, no formulas, a re-run changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(messyWorkbook, async (grid) => {
        const state = new FakeWorkbookState(gridToFakeInputs(grid));
        const before = state.snapshot();
        const wb = new OfficeWorkbook(fakeRun(state), {
          isSupported: (v) => state.isSupported(v),
          settings: { get: () => undefined, set: () => {}, save: async () => {} },
        });
        // Confirmed: a messy workbook has errors, which the pane asks about first; the write itself is tested here.
        const first = await scoreWorkbook(wb, { confirmed: true });
        await insertFresh(wb);
        checkFindings(grid, allFindings(first.evaluation));
        expect(state.syncCount).toBeLessThanOrEqual(6);
        const planned = new Set(first.evaluation.writes.map((w) => `${w.sheet}!${w.cell}`));
        const after = state.snapshot();
        // Every address of an input sheet, before or after: a write into an empty cell counts too.
        for (const sheet of Object.keys(before)) {
          for (const addr of new Set([...Object.keys(before[sheet]), ...Object.keys(after[sheet] ?? {})])) {
            if (!planned.has(`${sheet}!${addr}`))
              expect({ at: `${sheet}!${addr}`, cell: after[sheet]?.[addr] }).toEqual({ at: `${sheet}!${addr}`, cell: before[sheet][addr] });
          }
        }
        for (const s of state.sheets) for (const c of s.cells.values()) expect(c.formula).toBeUndefined();
        await scoreWorkbook(wb, { confirmed: true });
        await insertFresh(wb);
        expect(state.snapshot()).toEqual(after);
      }),
      { numRuns: 120 },
    );
  });
});

async function toXlsx(grid: WorkbookGrid): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((r, ri) =>
      r.forEach((v, ci) => {
        if (v === null || v === undefined) return;
        // An .xlsx cell cannot hold NaN or ±Infinity: a real file would have text there.
        const value = typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
        ws.getCell(ri + 1, ci + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function fill(input: Buffer): Promise<{ out: Buffer; writes: string[]; findings: { sheet: string; cell: string }[] }> {
  const wb = await loadWorkbook(input);
  const e = evaluate(workbookToGrid(wb), { ownedSheets: ownedSheets(wb) });
  applyWrites(wb, e.writes);
  applyReportSheet(wb, e.reportSheet);
  return { out: Buffer.from(await wb.xlsx.writeBuffer()), writes: e.writes.map((w) => `${w.sheet}!${w.cell}`), findings: allFindings(e) };
}

describe("through the .xlsx adapter (exceljs)", () => {
  test("no exception, findings located, inputs unchanged, no formulas, a re-run changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(messyWorkbook, async (grid) => {
        const input = await toXlsx(grid);
        const inGrid = workbookToGrid(await loadWorkbook(input));
        const first = await fill(input);
        checkFindings(grid, first.findings);
        const outWb = await loadWorkbook(first.out);
        const outGrid = workbookToGrid(outWb);
        const planned = new Set(first.writes);
        // Every cell of an input sheet, in the input's extent or the output's: a write into an empty cell counts too.
        for (const s of inGrid.sheets) {
          const o = outGrid.sheets.find((x) => x.name === s.name)!;
          for (let ri = 0; ri < Math.max(s.values.length, o.values.length); ri++) {
            const width = Math.max(s.values[ri]?.length ?? 0, o.values[ri]?.length ?? 0);
            for (let ci = 0; ci < width; ci++) {
              const addr = `${s.name}!${a1(ri, ci)}`;
              const v = s.values[ri]?.[ci] ?? null;
              if (!planned.has(addr)) expect({ addr, v: o.values[ri]?.[ci] ?? null }).toEqual({ addr, v });
            }
          }
        }
        outWb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined())));
        const second = await fill(first.out);
        expect(workbookToGrid(await loadWorkbook(second.out))).toEqual(outGrid);
      }),
      { numRuns: 30 },
    );
  });
});
