import fc from "fast-check";
import { allFindings, evaluate } from "../../src/core/evaluate";
import { SHEETS } from "../../src/core/schema";
import { cellValue, workbookGrid } from "../helpers/arbitraries";
import { INDICATORS, validWorkbook } from "../helpers/grid";
import { WorkbookGrid } from "../../src/core/grid";

/** A valid workbook with random cells overwritten: reaches the deep paths that pure noise rarely does. */
const mutatedWorkbook = fc
  .array(fc.tuple(fc.nat(2), fc.nat(8), fc.nat(11), cellValue), { minLength: 1, maxLength: 12 })
  .map((edits): WorkbookGrid => {
    const grid = validWorkbook({
      indicators: INDICATORS([
        ["产出指标", "数量指标", "A", "≥", 120, "个", 160, 50, null, null],
        [null, null, "B", "≤", 40, "万元", 44, 20, null, null],
        ["效益指标", "社会效益指标", "C", "定性", "达成", null, "部分达成", 20, 7, null],
        ["预算执行率", null, "预算执行率", "≥", "100%", "%", null, 10, null, null],
        ["合计", null, null, null, null, null, null, 100, null, null],
      ]),
    });
    for (const [s, r, c, v] of edits) {
      const sheet = grid.sheets[s];
      (sheet.values[r] ??= [])[c] = v;
      for (let i = 0; i < sheet.values.length; i++) sheet.values[i] ??= [];
    }
    return grid;
  });

const EXPECTED_SHEETS = new Set<string>(Object.values(SHEETS).map((a) => a[0]));

describe("random workbooks", () => {
  test("never throw, and every finding names a real or expected sheet and an A1 cell", () => {
    fc.assert(
      fc.property(workbookGrid, (grid) => {
        const e = evaluate(grid);
        const names = new Set(grid.sheets.map((s) => s.name));
        for (const f of allFindings(e)) {
          expect(names.has(f.sheet) || EXPECTED_SHEETS.has(f.sheet)).toBe(true);
          expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
          expect(["error", "warning"]).toContain(f.severity);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("mutated valid workbooks: the same guarantees", () => {
    fc.assert(
      fc.property(mutatedWorkbook, (grid) => {
        const e = evaluate(grid);
        const names = new Set(grid.sheets.map((s) => s.name));
        for (const f of allFindings(e)) {
          // A report placeholder may name the optional sheet where the missing input belongs.
          expect(names.has(f.sheet) || (f.code === "REPORT_PLACEHOLDER" && EXPECTED_SHEETS.has(f.sheet))).toBe(true);
          expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("the input grid is not changed by evaluation", () => {
    fc.assert(
      fc.property(workbookGrid, (grid) => {
        const before = JSON.stringify(grid);
        evaluate(grid);
        expect(JSON.stringify(grid)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
