/** The use cases against an in-memory workbook: what each reads, what it writes, and what it returns. */
import { evaluateWorkbook, findingCounts, goToCell, insertReport, insertTemplate, scoreWorkbook, writeScores } from "../../src/app";
import { TEMPLATE } from "../../src/core/template";
import { MemoryWorkbook } from "../fakes/memoryWorkbook";

/** The plans a workbook was asked to apply, without the undo journal each carries (tested in undo.test.ts). */
const withoutJournal = (wb: MemoryWorkbook) => wb.applied.map(({ journal: _journal, ...plan }) => plan);
import { INDICATORS, sheet, validWorkbook } from "../helpers/grid";

describe("evaluateWorkbook", () => {
  test("reads once and writes nothing", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const e = await evaluateWorkbook(wb);
    expect(wb.reads).toBe(1);
    expect(wb.applied).toEqual([]);
    expect(e.model.info.department?.text).toBe("测试局");
    expect(e.scoring.total?.toString()).toBe("100");
  });
});

describe("scoreWorkbook", () => {
  test("writes exactly the evaluation's planned cells, and a re-run plans the same cells and values", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const first = await scoreWorkbook(wb);
    expect(withoutJournal(wb)).toEqual([{ cells: first.evaluation.writes }]);
    expect(first.evaluation.writes.length).toBeGreaterThan(0);
    expect(first.changed).toEqual([{ sheet: "绩效指标", cells: first.evaluation.writes.map((w) => w.cell) }]);
    const second = await scoreWorkbook(wb);
    expect(second.evaluation.writes).toEqual(first.evaluation.writes);
  });

  test("writeScores writes what it is given, reading nothing", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const e = await evaluateWorkbook(wb);
    await writeScores(wb, e);
    expect(wb.reads).toBe(1);
    expect(e.writes.length).toBeGreaterThan(0);
    expect(withoutJournal(wb)).toEqual([{ cells: e.writes }]);
  });
});

describe("insertReport", () => {
  test("reuses the evaluation: no read, the edited text, into the sheet chosen at evaluation", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const e = await evaluateWorkbook(wb);
    const edited = { ...e.report, opening: "改写后的开头。" };
    const { changed } = await insertReport(wb, e, edited);
    expect(wb.reads).toBe(1);
    expect(wb.applied).toHaveLength(1);
    expect(wb.applied[0].cells).toEqual([]);
    const plan = wb.applied[0].reportSheet!;
    expect(plan.name).toBe(e.reportSheet.name);
    expect(plan.rows.map((r) => r.text)).toContain("改写后的开头。");
    expect(plan.rows.map((r) => r.text)).not.toContain(e.report.opening);
    expect(changed).toEqual([{ sheet: e.reportSheet.name, cells: [`A1:A${plan.rows.length}`] }]);
  });

  test("without an edited copy it inserts the evaluation's own report", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const e = await evaluateWorkbook(wb);
    await insertReport(wb, e);
    expect(wb.applied[0].reportSheet!.rows.map((r) => r.text)).toContain(e.report.opening);
  });
});

describe("the open workbook's use cases", () => {
  test("goToCell selects a range's first cell", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    await goToCell(wb, "绩效指标", "H2:H9");
    await goToCell(wb, "支出决算", "B3");
    expect(wb.selected).toEqual(["绩效指标!H2", "支出决算!B3"]);
  });

  test("insertTemplate adds only the sheets whose names are free, and says which", async () => {
    const wb = new MemoryWorkbook({ sheets: [INDICATORS()] });
    const added = await insertTemplate(wb);
    expect(added).not.toContain("绩效指标");
    expect(added.length).toBeGreaterThan(0);
    expect(added).toEqual(TEMPLATE.map((t) => t.name).filter((n) => n !== "绩效指标"));
    expect(await wb.sheetNames()).toEqual(["绩效指标", ...added]);
    expect(await insertTemplate(wb)).toEqual([]);
  });
});

describe("findingCounts", () => {
  test("counts validation, scoring and the report's placeholders", async () => {
    const e = await evaluateWorkbook(new MemoryWorkbook(validWorkbook({ spending: sheet("支出决算", [["决算支出合计", "待定"]]) })));
    // 3 errors (the total is text; 基本支出 and 项目支出 are missing), 1 scoring warning and 12 placeholders.
    expect(e.findings.map((f) => f.severity)).toEqual(["error", "error", "error", "warning"]);
    expect(e.report.findings).toHaveLength(12);
    expect(findingCounts(e)).toEqual({ errors: 3, warnings: 13 });
  });
});
