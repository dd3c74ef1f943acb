/** The accountant's cells in the open workbook: formulas are never written over, the template leaves blank cells
 * General, and the report sheet is known by a mark that survives renames, never by its name. */
import { WorkbookPort, evaluateWorkbook, insertReport, insertTemplate, scoreWorkbook } from "../../../src/app";
import { CellValue } from "../../../src/core/grid";
import { FakeWorkbookState, fakeRun } from "../../fakes/fakeExcel";
import { gridToFakeInputs } from "../../fakes/fromXlsx";
import { HEADER, INFO, SPENDING, workbook } from "../../helpers/grid";
import { adapter } from "../../helpers/officeAdapter";

const ROW = (name: string, weight: number): CellValue[] => ["产出指标", "数量指标", name, "≥", 1, "个", 1, weight, null, null];

/** A valid workbook whose indicator sheet holds these rows and these formulas (by A1 cell; the value is the result). */
function fakeWith(rows: CellValue[][], formulas: Record<string, string>, apiMinor: number): FakeWorkbookState {
  const indicators = gridToFakeInputs(workbook({ name: "绩效指标", values: [HEADER, ...rows] }))[0];
  indicators.formulas = [];
  for (const [cell, f] of Object.entries(formulas)) {
    const r = Number(cell.slice(1)) - 1;
    (indicators.formulas[r] ??= [])[cell.charCodeAt(0) - 65] = f;
  }
  const state = new FakeWorkbookState([...gridToFakeInputs(workbook(INFO(), SPENDING())), indicators]);
  state.apiMinor = apiMinor;
  return state;
}

/** The marked cells of a sheet's grid as "r,c". */
function marked(formulas: boolean[][] | undefined): string[] {
  const out: string[] = [];
  formulas?.forEach((row, r) => row.forEach((f, c) => f && out.push(`${r},${c}`)));
  return out;
}

describe.each([
  ["ExcelApi 1.12 (special cells)", 12],
  ["ExcelApi 1.8 (the formulas grid)", 8],
])("the user's formulas, %s", (_, apiMinor) => {
  test("reading marks them in two syncs; a text that starts with = is not one", async () => {
    const state = fakeWith([[...ROW("A", 100).slice(0, 10), "=1+1"], ["", null, null, null, null, null, null, null, ""]], {
      I2: "=IF(G2>=E2,H2,0)",
      A3: '=IF(COUNT(G2)>1,"x","")',
      I3: '=IF(I2="","",I2)',
    }, apiMinor);
    state.sheet("绩效指标").cells.get("1,10")!.numberFormat = "@";
    // A used range that does not start at A1: its formula is found at its own address.
    state.sheet("基本信息").cells.set("4,3", { value: 7, numberFormat: "General", formula: "=3+4" });
    const read = await adapter(state).wb.read();
    expect(state.syncCount).toBe(2);
    const sheet = (name: string) => read.grid.sheets.find((s) => s.name === name)!;
    expect(marked(sheet("绩效指标").formulas)).toEqual(["1,8", "2,0", "2,8"]);
    expect(marked(sheet("基本信息").formulas)).toEqual(["4,3"]);
    expect(marked(sheet("支出决算").formulas)).toEqual([]);
  });

  test("scoring writes around them: below the table, beside the total, never into 得分", async () => {
    const below = fakeWith([ROW("A", 100), ["", null, null, null, null, null, null, null, ""]], { A3: '=IF(1>2,"x","")', I3: '=""' }, apiMinor);
    const first = await scoreWorkbook(adapter(below).wb);
    expect(below.syncCount).toBeLessThanOrEqual(3);
    expect(first.evaluation.writes.map((w) => w.cell)).toEqual(["I2", "A4", "I4", "A5", "I5"]);
    expect([below.cell("绩效指标", "A3")?.formula, below.cell("绩效指标", "I3")?.formula]).toEqual(['=IF(1>2,"x","")', '=""']);

    const total = fakeWith([ROW("A", 100), ["合计", null, null, null, null, null, null, 100, 90, ""]], { I3: "=I2-10", J3: '=""' }, apiMinor);
    const second = await scoreWorkbook(adapter(total).wb);
    expect(second.evaluation.writes.map((w) => `${w.cell}=${w.value}`)).toEqual(["I2=100", "K3=评价等级：优"]);
    expect([total.cell("绩效指标", "I3")?.formula, total.cell("绩效指标", "J3")?.formula]).toEqual(["=I2-10", '=""']);
    const kept = second.evaluation.findings.filter((f) => f.code === "FORMULA_CELL_KEPT");
    expect(kept).toMatchObject([{ cell: "I3", params: { wanted: "100.00", shown: "90" } }]);
  });
});

describe("the fake's formulas keep Office's discipline", () => {
  test("formulas and special cells are unreadable before load and sync; special cells need ExcelApi 1.9", async () => {
    const state = fakeWith([ROW("A", 100)], { I2: "=H2" }, 12);
    await fakeRun(state)(async (context) => {
      const range = context.workbook.worksheets.getItem("绩效指标").getUsedRange(true);
      const areas = range.getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType);
      expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
      expect(() => areas.address).toThrow(/PropertyNotLoaded/);
      range.load("formulas");
      areas.load("address");
      await context.sync();
      expect(range.formulas[1].slice(7, 9)).toEqual([100, "=H2"]);
      expect(areas.address).toBe("绩效指标!I2");
    });
    state.apiMinor = 8;
    await expect(
      fakeRun(state)(async (context) => {
        context.workbook.worksheets.getItem("绩效指标").getUsedRange(true).getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType).load("address");
        await context.sync();
      }),
    ).rejects.toThrow(/ExcelApi 1.9/);
  });
});

describe("the template", () => {
  test("text format only on cells holding text: blank input cells stay General, so a typed formula calculates", async () => {
    const state = new FakeWorkbookState([{ name: "Sheet1", values: [[]] }]);
    await insertTemplate(adapter(state).wb);
    expect(state.cell("基本信息", "A2")).toMatchObject({ value: "部门名称", numberFormat: "@" });
    expect(state.cell("基本信息", "B2")).toMatchObject({ value: "", numberFormat: "General" });
    expect(state.cell("支出决算", "B2")?.numberFormat).toBe("General");
    expect(state.cell("绩效指标", "D2")).toMatchObject({ value: "≥", numberFormat: "@" });
    expect(state.cell("绩效指标", "E3")).toMatchObject({ value: 500, numberFormat: "General" });
    expect(state.cell("绩效指标", "G3")?.numberFormat).toBe("General");
    await fakeRun(state)(async (context) => {
      context.workbook.worksheets.getItem("绩效指标").getRange("G3").values = [["=E3*0.9"]];
      await context.sync();
    });
    expect(state.cell("绩效指标", "G3")?.formula).toBe("=E3*0.9");
  });
});

/** Reads, evaluates and inserts the report, as the pane does on its first 插入到工作表. */
async function insertFresh(wb: WorkbookPort) {
  return insertReport(wb, await evaluateWorkbook(wb));
}

describe.each([8, 12])("the report sheet is this tool's by a mark that survives renames (ExcelApi 1.%i)", (apiMinor) => {
  const fresh = () => fakeWith([ROW("A", 100)], {}, apiMinor);

  test("a user's sheet that has the report's name is never replaced, even where this tool's report once was", async () => {
    const state = fresh();
    const { wb } = adapter(state);
    await insertFresh(wb);
    // The accountant deletes the report and makes a sheet of their own with its name.
    state.sheets = state.sheets.filter((s) => s.name !== "绩效评价报告");
    state.addSheet("绩效评价报告").cells.set("0,0", { value: "我自己的报告", numberFormat: "General" });
    state.syncCount = 0;
    const { changed } = await insertFresh(wb);
    expect(state.syncCount).toBeLessThanOrEqual(3);
    expect(changed.map((c) => c.sheet)).toEqual(["绩效评价报告 (2)"]);
    expect(state.cell("绩效评价报告", "A1")?.value).toBe("我自己的报告");
  });

  test("a renamed report is still this tool's: replaced in place, no new sheet", async () => {
    const state = fresh();
    const { wb } = adapter(state);
    const first = await insertFresh(wb);
    state.sheet("绩效评价报告").name = "2020年绩效报告";
    const before = state.sheets.length;
    const { changed } = await insertFresh(wb);
    expect(changed.map((c) => c.sheet)).toEqual(["2020年绩效报告"]);
    expect(state.sheets).toHaveLength(before);
    expect(state.cell("2020年绩效报告", "A2")?.value).toBe(first.evaluation.report.title[1]);
  });
});
