/**
 * Issue #14: honest outcomes, confirmation before replacing what is not the tool's, and undo, against the
 * in-memory workbook (which keeps the journal in a sheet of its grid, as the adapters do).
 */
import {
  JOURNAL_SHEET,
  evaluateWorkbook,
  insertReport,
  lastWrite,
  scoreWorkbook,
  undoLastWrite,
  writeScores,
  writeScoresAndReport,
} from "../../src/app";
import { REPORT_SHEET } from "../../src/core/reportSheet";
import { MemoryWorkbook } from "../fakes/memoryWorkbook";
import { INDICATORS, sheet, validWorkbook, workbook } from "../helpers/grid";

/** The indicator sheet with a hand-entered score of 60 (formatted "0.0") where the rule gives 100. */
function withHandScore() {
  const grid = validWorkbook({ indicators: INDICATORS([["产出指标", "数量指标", "招引项目数", "≥", 120, "个", 160, 100, 60, null]]) });
  grid.sheets[2].formats = [[], [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, "0.0"]];
  return new MemoryWorkbook(grid);
}

const indicators = (wb: MemoryWorkbook) => wb.grid.sheets.find((s) => s.name === "绩效指标")!;

describe("honest outcomes", () => {
  test("a blank workbook: nothing to write, and nothing is written", async () => {
    const wb = new MemoryWorkbook(workbook(sheet("Sheet1", [])));
    const outcome = await scoreWorkbook(wb, { confirmed: true });
    expect(outcome.kind).toBe("nothingToWrite");
    expect(outcome.changed).toEqual([]);
    expect(wb.applied).toEqual([]);
  });

  test("with errors, scores are not written until confirmed, and the outcome names the errors", async () => {
    const wb = new MemoryWorkbook(validWorkbook({ spending: sheet("支出决算", [["决算支出合计", "待定"]]) }));
    const asked = await scoreWorkbook(wb);
    expect(asked.kind).toBe("needsConfirmation");
    if (asked.kind !== "needsConfirmation") return;
    expect(asked.errors.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(
      asked.evaluation.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`),
    );
    expect(asked.errors.length).toBe(3);
    expect(wb.applied).toEqual([]);
    const written = await writeScores(wb, asked.evaluation, { confirmed: true });
    expect(written.kind).toBe("written");
    expect(wb.applied).toHaveLength(1);
  });
});

describe("confirmation before replacing what is not the tool's", () => {
  test("a hand-entered score is shown before and after, and written only when confirmed", async () => {
    const wb = withHandScore();
    const asked = await scoreWorkbook(wb);
    expect(asked).toMatchObject({ kind: "needsConfirmation", errors: [], overwrites: [{ sheet: "绩效指标", cell: "I2", before: "60", after: "100" }] });
    expect(wb.applied).toEqual([]);
    await writeScores(wb, asked.evaluation, { confirmed: true });
    expect(indicators(wb).values[1][8]).toBe(100);
  });

  test("a re-run that rewrites the tool's own values asks nothing; a cell the user changed since is asked about", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    expect((await scoreWorkbook(wb)).kind).toBe("written");
    // The actual changes: the score the tool wrote changes too, and that is no question.
    indicators(wb).values[1][6] = 96;
    const rerun = await scoreWorkbook(wb);
    expect(rerun.kind).toBe("written");
    expect(indicators(wb).values[1][8]).toBe(80);
    // The accountant overwrites the tool's score by hand: the next run asks.
    indicators(wb).values[1][8] = 75;
    const asked = await scoreWorkbook(wb);
    expect(asked).toMatchObject({ kind: "needsConfirmation", overwrites: [{ cell: "I2", before: "75", after: "80" }] });
  });

  test("the report sheet: re-inserting over the tool's own text asks nothing; over the accountant's edit it asks", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const first = await insertReport(wb, await evaluateWorkbook(wb));
    expect(first.kind).toBe("written");
    expect((await insertReport(wb, await evaluateWorkbook(wb))).kind).toBe("written");
    const report = wb.grid.sheets.find((s) => s.name === REPORT_SHEET)!;
    report.values[3][0] = "我改过的段落";
    report.values[40] = [null, "旁注"];
    const asked = await insertReport(wb, await evaluateWorkbook(wb));
    expect(asked.kind).toBe("needsConfirmation");
    if (asked.kind !== "needsConfirmation") return;
    expect(asked.overwrites.map((o) => [o.cell, o.before])).toEqual([
      ["A4", "我改过的段落"],
      ["B41", "旁注"],
    ]);
    expect(asked.overwrites[1].after).toBe("");
  });

  test("inserting twice from one evaluation replaces the sheet the first insert made", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    const e = await evaluateWorkbook(wb);
    const first = await insertReport(wb, e);
    expect(first.evaluation.reportSheet.replace).toBe(true);
    await insertReport(wb, first.evaluation);
    expect(wb.applied.map((p) => p.reportSheet?.replace)).toEqual([false, true]);
  });
});

describe("undo", () => {
  test("puts back the hand-entered score with its number format, and then has nothing more to undo", async () => {
    const wb = withHandScore();
    const before = structuredClone(indicators(wb));
    await scoreWorkbook(wb, { confirmed: true });
    expect(indicators(wb).values[1][8]).toBe(100);
    expect(lastWrite(await wb.read())).toMatchObject({ kind: "scores" });
    const undone = await undoLastWrite(wb);
    expect(undone).toMatchObject({ kind: "undone", undid: "scores" });
    const after = indicators(wb);
    expect(after.values[1][8]).toBe(60);
    expect(after.formats?.[1][8]).toBe("0.0");
    // Every cell the write filled is empty again; the cells it did not touch are as they were.
    for (let r = 0; r < Math.max(before.values.length, after.values.length); r++)
      for (let c = 0; c < Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0); c++)
        expect([r, c, after.values[r]?.[c] ?? null]).toEqual([r, c, before.values[r]?.[c] ?? null]);
    expect(await undoLastWrite(wb)).toEqual({ kind: "nothingToUndo" });
  });

  test("after an undo the tool's memory is as before the write: a re-run asks about the hand-entered score again", async () => {
    const wb = withHandScore();
    await scoreWorkbook(wb, { confirmed: true });
    await undoLastWrite(wb);
    expect((await scoreWorkbook(wb)).kind).toBe("needsConfirmation");
  });

  test("undoing the first report insert removes the sheet it created; the journal stays hidden from the readers", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    await insertReport(wb, await evaluateWorkbook(wb));
    const read = await wb.read();
    expect(read.sheetNames).not.toContain(JOURNAL_SHEET);
    expect(read.grid.sheets.map((s) => s.name)).not.toContain(JOURNAL_SHEET);
    expect(lastWrite(read)).toMatchObject({ kind: "report" });
    expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "report", changed: [{ sheet: REPORT_SHEET, cells: [] }] });
    expect(wb.grid.sheets.map((s) => s.name)).toEqual(["基本信息", "支出决算", "绩效指标", JOURNAL_SHEET]);
  });

  test("a cell changed by hand after the write is put back only when confirmed", async () => {
    const wb = new MemoryWorkbook(validWorkbook());
    await scoreWorkbook(wb);
    indicators(wb).values[1][8] = 99;
    expect(await undoLastWrite(wb)).toEqual({ kind: "needsConfirmation", overwrites: [{ sheet: "绩效指标", cell: "I2", before: "99", after: "" }] });
    expect(indicators(wb).values[1][8]).toBe(99);
    expect((await undoLastWrite(wb, { confirmed: true })).kind).toBe("undone");
    expect(indicators(wb).values[1][8] ?? null).toBeNull();
  });

  test("scores and report written at once (the command line) are undone at once", async () => {
    const wb = withHandScore();
    const original = structuredClone(wb.grid);
    await writeScoresAndReport(wb, await evaluateWorkbook(wb), { confirmed: true });
    expect(wb.grid.sheets.map((s) => s.name)).toContain(REPORT_SHEET);
    expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "scoresAndReport" });
    const visible = wb.grid.sheets.filter((s) => s.name !== JOURNAL_SHEET);
    expect(visible.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(indicators(wb).values[1][8]).toBe(60);
    expect(indicators(wb).formats?.[1][8]).toBe("0.0");
  });
});
