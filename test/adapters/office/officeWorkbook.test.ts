import { join } from "node:path";
import { JOURNAL_SHEET, WorkbookPort, evaluateWorkbook, insertReport, scoreWorkbook } from "../../../src/app";
import { FakeWorkbookState, fakeRun } from "../../fakes/fakeExcel";
import { fakeFromXlsx } from "../../fakes/fromXlsx";
import { adapter } from "../../helpers/officeAdapter";

/** Reads, evaluates and inserts the report, as the pane does on its first 插入到工作表. */
async function insertFresh(wb: WorkbookPort) {
  return insertReport(wb, await evaluateWorkbook(wb));
}

const EXAMPLES = ["seed-2020", "complete", "broken"];
const ex = (name: string) => join(__dirname, "..", "..", "..", "examples", `${name}.xlsx`);

/**
 * Every cell that differs between two snapshots, as "sheet!A1"; the undo journal's very hidden sheet, which every
 * write updates, is left out (test/adapters/office/undo.test.ts checks it).
 */
function changedCells(before: ReturnType<FakeWorkbookState["snapshot"]>, after: ReturnType<FakeWorkbookState["snapshot"]>): string[] {
  const out: string[] = [];
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sheet === JOURNAL_SHEET) continue;
    const a = before[sheet] ?? {};
    const b = after[sheet] ?? {};
    for (const cell of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[cell]) !== JSON.stringify(b[cell])) out.push(`${sheet}!${cell}`);
    }
  }
  return out.sort();
}

describe.each(EXAMPLES)("examples/%s.xlsx in the fake Excel", (name) => {
  test("scoring takes at most 3 syncs and changes only the planned cells", async () => {
    const state = await fakeFromXlsx(ex(name));
    const before = state.snapshot();
    // Confirmed: the broken example has errors, which the pane asks about first.
    const { evaluation, changed } = await scoreWorkbook(adapter(state).wb, { confirmed: true });
    expect(state.syncCount).toBeLessThanOrEqual(3);
    expect(state.sheet(JOURNAL_SHEET).visibility).toBe("VeryHidden");
    const planned = evaluation.writes.map((w) => `${w.sheet}!${w.cell}`).sort();
    expect(changedCells(before, state.snapshot())).toEqual(
      planned.filter((c) => {
        // A planned write of the value a cell already holds is not a change.
        const w = evaluation.writes.find((x) => `${x.sheet}!${x.cell}` === c)!;
        const old = before[w.sheet]?.[w.cell];
        return !(old && old.value === w.value && old.numberFormat === w.numberFormat);
      }),
    );
    for (const w of evaluation.writes) {
      expect(state.cell(w.sheet, w.cell)).toMatchObject({ value: w.value, numberFormat: w.numberFormat });
      expect(state.cell(w.sheet, w.cell)?.formula).toBeUndefined();
    }
    expect(changed.flatMap((c) => c.cells.map((x) => `${c.sheet}!${x}`)).sort()).toEqual(planned);
  });

  test("the report: a new sheet, marked, at most 3 syncs, input cells untouched; a re-run replaces it", async () => {
    const state = await fakeFromXlsx(ex(name));
    const before = state.snapshot();
    const { wb } = adapter(state);
    const first = await insertFresh(wb);
    expect(state.syncCount).toBeLessThanOrEqual(3);
    const after = state.snapshot();
    const diff = changedCells(before, after);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.filter((c) => !c.startsWith("绩效评价报告!"))).toEqual([]);
    const sheet = state.sheet("绩效评价报告");
    expect(sheet.customProperties.get("BudgetPerfReportSheet")).toBe("report");
    expect(state.cell("绩效评价报告", "A2")?.value).toBe(first.evaluation.report.title[1]);
    expect(state.cell("绩效评价报告", "A1")).toMatchObject({ bold: true, horizontalAlignment: "Center", numberFormat: "@" });
    expect(sheet.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.autofitted).toBe(true);
    state.syncCount = 0;
    const second = await insertFresh(wb);
    expect(second.changed.map((c) => c.sheet)).toEqual(["绩效评价报告"]);
    expect(state.syncCount).toBeLessThanOrEqual(3);
    expect(state.sheets.map((s) => s.name).filter((n) => n.startsWith("绩效评价报告"))).toEqual(["绩效评价报告"]);
    expect(state.snapshot()).toEqual(after);
  });
});

describe("the report sheet's format in Excel", () => {
  test("text rows indented by the cell's indent level, never by spaces; the signature and the date right", async () => {
    const state = await fakeFromXlsx(ex("seed-2020"));
    const { evaluation } = await insertFresh(adapter(state).wb);
    const cells = [...state.sheet("绩效评价报告").cells.values()];
    const find = (text: string) => cells.find((c) => c.value === text);
    expect(find("一、基本情况")).toMatchObject({ bold: true, indentLevel: 2, horizontalAlignment: "Left" });
    expect(find(evaluation.report.opening)).toMatchObject({ indentLevel: 2 });
    expect(find("2021年4月15日")).toMatchObject({ horizontalAlignment: "Right" });
    expect(find(evaluation.report.title[1])?.indentLevel).toBeUndefined();
    const rows = cells.map((c) => c.value);
    expect(rows.slice(-2)).toEqual(["高新区投资服务局", "2021年4月15日"]);
    expect(cells[cells.length - 2]).toMatchObject({ horizontalAlignment: "Right" });
    expect(rows.every((v) => !/^[\s\u3000]/.test(String(v)))).toBe(true);
  });

  test("without ExcelApi 1.9 (no indent level) the text is written unindented", async () => {
    const state = await fakeFromXlsx(ex("seed-2020"));
    state.apiMinor = 8;
    await insertFresh(adapter(state).wb);
    expect([...state.sheet("绩效评价报告").cells.values()].some((c) => c.indentLevel !== undefined)).toBe(false);
  });
});

describe("the adapter's discipline and edge cases", () => {
  test("reading reproduces the grid the xlsx adapter gives, errors included", async () => {
    const state = new FakeWorkbookState([
      {
        name: "基本信息",
        values: [
          [null, null],
          [null, "部门名称", "x"],
          [null, "评价年度", { error: "#N/A" }],
        ],
        formats: [[], [], [null, null, "0.00"]],
      },
      { name: "其他", values: [["a"]] },
    ]);
    const read = await adapter(state).wb.read();
    expect(state.syncCount).toBe(2);
    expect(read.sheetNames).toEqual(["基本信息", "其他"]);
    // Every sheet is read: the core finds its tables by content, whatever the sheet is called.
    expect(read.grid.sheets.map((s) => s.name)).toEqual(["基本信息", "其他"]);
    expect(read.grid.sheets[0].values).toEqual([[], [null, "部门名称", "x"], [null, "评价年度", { error: "#N/A" }]]);
    expect(read.grid.sheets[0].formats?.[2][2]).toBe("0.00");
  });

  test("hidden sheets are read in the same two syncs and marked hidden", async () => {
    const state = new FakeWorkbookState([
      { name: "旧表", values: [["a"]], hidden: true },
      { name: "新表", values: [["b"]] },
    ]);
    const read = await adapter(state).wb.read();
    expect(state.syncCount).toBe(2);
    expect(read.grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["旧表", true],
      ["新表", false],
    ]);
  });

  test("a user's sheet named 绩效评价报告 is never replaced: the report goes to (2)", async () => {
    const state = await fakeFromXlsx(ex("seed-2020"));
    state.addSheet("绩效评价报告").cells.set("0,0", { value: "我自己的报告", numberFormat: "General" });
    const { changed } = await insertFresh(adapter(state).wb);
    expect(changed[0].sheet).toBe("绩效评价报告 (2)");
    expect(state.cell("绩效评价报告", "A1")?.value).toBe("我自己的报告");
  });

  test("without ExcelApi 1.12 the mark is a workbook setting (the sheet's id), and a re-run still replaces", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    state.apiMinor = 8;
    const { wb, settings } = adapter(state);
    await insertFresh(wb);
    expect(settings.data.get("budgetPerfOwnedSheetIds")).toEqual([state.sheet("绩效评价报告").id]);
    expect(settings.saves).toBe(1);
    expect(state.sheet("绩效评价报告").pageLayout).toEqual({}); // page layout needs 1.9: skipped
    await insertFresh(wb);
    expect(state.sheets.filter((s) => s.name.startsWith("绩效评价报告"))).toHaveLength(1);
  });

  test("formula-looking report text stays text: the format is set before the value", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    const { wb } = adapter(state);
    const e = await evaluateWorkbook(wb);
    const edited = {
      ...e.report,
      opening: "=1+1",
      sections: e.report.sections.map((s, i) => (i === 0 ? { ...s, paragraphs: ["+2", "-3", "@4"] } : s)),
    };
    await insertReport(wb, e, edited);
    const texts = [...state.sheet("绩效评价报告").cells.values()].map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["=1+1", "+2", "-3", "@4"]));
    expect([...state.sheet("绩效评价报告").cells.values()].some((c) => c.formula)).toBe(false);
  });

  test("a write batch over the limit is split; every write still lands", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    const before = (await fakeFromXlsx(ex("complete"))).snapshot();
    const { evaluation } = await scoreWorkbook(adapter(state, { maxRequestBytes: 300 }).wb, { confirmed: true });
    expect(state.syncCount).toBeGreaterThan(3);
    expect(Math.max(...state.batchBytes.slice(2))).toBeLessThan(1000);
    for (const w of evaluation.writes) expect(state.cell(w.sheet, w.cell)?.value).toBe(w.value);
    expect(changedCells(before, state.snapshot()).every((c) => evaluation.writes.some((w) => `${w.sheet}!${w.cell}` === c))).toBe(true);
  });

  test("a huge report: no cell over 32,767 characters, no batch over the limit, nothing lost", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    const { wb } = adapter(state);
    const e = await evaluateWorkbook(wb);
    const huge = "目标完成情况说明。".repeat(120000); // 1,080,000 characters, about 3.2 MB as UTF-8
    const edited = { ...e.report, sections: e.report.sections.map((s, i) => (i === 2 ? { ...s, paragraphs: [huge, huge] } : s)) };
    state.syncCount = 0;
    state.batchBytes = [];
    await insertReport(wb, e, edited);
    const cells = [...state.sheet("绩效评价报告").cells.values()].map((c) => String(c.value));
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(32767);
    expect(cells.join("")).toContain(huge + huge);
    expect(Math.max(...state.batchBytes)).toBeLessThanOrEqual(4_600_000);
    // The insert reads nothing (it reuses the evaluation), so more than one sync means the write was split, as it
    // must be past 5 MB.
    expect(state.syncCount).toBeGreaterThan(1);
  });

  test("inserting the report reuses the evaluation: one round trip, no read", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    const { wb } = adapter(state);
    const e = await evaluateWorkbook(wb);
    state.syncCount = 0;
    await insertReport(wb, e);
    expect(state.syncCount).toBe(1);
    expect(state.cell("绩效评价报告", "A2")?.value).toBe(e.report.title[1]);
  });

  test("select activates the sheet and selects the cell", async () => {
    const state = await fakeFromXlsx(ex("broken"));
    await adapter(state).wb.select("支出决算", "B2");
    expect(state.activeSheet).toBe("支出决算");
    expect(state.selected).toEqual({ sheet: "支出决算", address: "B2" });
    expect(state.syncCount).toBe(1);
  });
});

describe("the fake keeps Office's discipline", () => {
  test("reading before load and sync throws; writes apply only at sync", async () => {
    const state = new FakeWorkbookState([{ name: "S", values: [["a"]] }]);
    await fakeRun(state)(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(r.values).toEqual([["a"]]);
      r.values = [["b"]];
      expect(state.cell("S", "A1")?.value).toBe("a");
      await context.sync();
      expect(state.cell("S", "A1")?.value).toBe("b");
    });
    expect(state.syncCount).toBe(2);
  });
  test("a string starting with = becomes a formula unless the cell is text", async () => {
    const state = new FakeWorkbookState([{ name: "S", values: [[]] }]);
    await fakeRun(state)(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["=1+1"]];
      const b = ws.getRange("B1");
      b.numberFormat = [["@"]];
      b.values = [["=1+1"]];
      await context.sync();
    });
    expect(state.cell("S", "A1")?.formula).toBe("=1+1");
    expect(state.cell("S", "B1")).toMatchObject({ value: "=1+1", numberFormat: "@" });
  });
});
