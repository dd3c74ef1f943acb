/**
 * Issue #14 in the fake Excel: the journal in a very hidden sheet written in the same request as the change,
 * confirmation before replacing what is not the tool's, undo that puts back values and number formats exactly
 * (on an ExcelApi 1.2 host too), and the change events that mark the pane's results stale.
 */
import { join } from "node:path";
import { OWN_WRITE_ECHO_MS } from "../../../src/adapters/office/watchChanges";
import { JOURNAL_SHEET, evaluateWorkbook, insertReport, scoreWorkbook, undoLastWrite, writeScores } from "../../../src/app";
import { REPORT_SHEET } from "../../../src/core/reportSheet";
import { FakeWorkbookState } from "../../fakes/fakeExcel";
import { fakeFromXlsx } from "../../fakes/fromXlsx";
import { adapter } from "../../helpers/officeAdapter";

const ex = (name: string) => join(__dirname, "..", "..", "..", "examples", `${name}.xlsx`);

/**
 * Every cell but the journal's, for before/after comparisons, as Excel tells them apart: an empty General cell
 * is no cell, and `error: false` is no error.
 */
function visibleCells(state: FakeWorkbookState) {
  const sheets = state.snapshot();
  delete sheets[JOURNAL_SHEET];
  const out: typeof sheets = {};
  for (const [name, cells] of Object.entries(sheets)) {
    out[name] = {};
    for (const [addr, { error, ...cell }] of Object.entries(cells)) {
      const empty = cell.value === "" && cell.numberFormat === "General" && Object.keys(cell).length === 2;
      if (!empty) out[name][addr] = error ? { ...cell, error } : cell;
    }
  }
  return out;
}

/** complete.xlsx with a hand-entered score of 7.5 in I5 (the rule gives 8.00), formatted "0.0". */
async function withHandScore(apiMinor = 12) {
  const state = await fakeFromXlsx(ex("complete"));
  state.apiMinor = apiMinor;
  state.sheet("绩效指标").cells.set("4,8", { value: 7.5, numberFormat: "0.0" });
  return state;
}

describe.each([12, 2])("ExcelApi 1.%i", (apiMinor) => {
  test("a hand-entered score: asked about, then written with the journal in one request; undo puts it back exactly", async () => {
    const state = await withHandScore(apiMinor);
    const original = visibleCells(state);
    const { wb } = adapter(state);
    const asked = await scoreWorkbook(wb);
    expect(asked.kind).toBe("needsConfirmation");
    if (asked.kind !== "needsConfirmation") return;
    expect(asked.overwrites).toEqual([{ sheet: "绩效指标", cell: "I5", before: "7.5", after: "8" }]);
    expect(visibleCells(state)).toEqual(original);
    expect(state.sheets.map((s) => s.name)).not.toContain(JOURNAL_SHEET);
    state.syncCount = 0;
    await writeScores(wb, asked.evaluation, { confirmed: true });
    expect(state.syncCount).toBe(1);
    expect(state.cell("绩效指标", "I5")).toMatchObject({ value: 8, numberFormat: "0.00" });
    expect(state.sheet(JOURNAL_SHEET).visibility).toBe("VeryHidden");
    // The journal is not an input: the next read neither grids nor names it.
    const read = await wb.read();
    expect(read.sheetNames).not.toContain(JOURNAL_SHEET);
    expect(read.grid.sheets.map((s) => s.name)).not.toContain(JOURNAL_SHEET);
    expect(await wb.sheetNames()).not.toContain(JOURNAL_SHEET);
    state.syncCount = 0;
    expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "scores" });
    expect(state.syncCount).toBe(3);
    expect(visibleCells(state)).toEqual(original);
    expect(await undoLastWrite(wb)).toEqual({ kind: "nothingToUndo" });
  });

  test("the first report insert is undone by removing the sheet it made (and its mark)", async () => {
    const state = await fakeFromXlsx(ex("seed-2020"));
    state.apiMinor = apiMinor;
    const original = visibleCells(state);
    const { wb, settings } = adapter(state);
    expect((await insertReport(wb, await evaluateWorkbook(wb))).kind).toBe("written");
    expect(state.sheets.map((s) => s.name)).toContain(REPORT_SHEET);
    expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "report" });
    expect(state.sheets.map((s) => s.name)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施", JOURNAL_SHEET]);
    expect(visibleCells(state)).toEqual(original);
    if (apiMinor < 12) expect(settings.data.get("budgetPerfOwnedSheetIds")).toEqual([]);
  });
});

test("an edited report sheet: the edit is shown and replaced only when confirmed; undo brings it back", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  const { wb } = adapter(state);
  await insertReport(wb, await evaluateWorkbook(wb));
  state.sheet(REPORT_SHEET).cells.set("3,0", { value: "我改写的一段", numberFormat: "@" });
  state.sheet(REPORT_SHEET).cells.set("0,2", { value: 12.5, numberFormat: "0.00%" });
  const edited = visibleCells(state);
  const asked = await insertReport(wb, await evaluateWorkbook(wb));
  expect(asked.kind).toBe("needsConfirmation");
  if (asked.kind !== "needsConfirmation") return;
  expect(asked.overwrites.map((o) => `${o.cell} ${o.before} → ${o.after === "" ? "∅" : "text"}`)).toEqual(["C1 12.5 → ∅", "A4 我改写的一段 → text"]);
  expect(visibleCells(state)).toEqual(edited);
  await insertReport(wb, asked.evaluation, asked.evaluation.report, { confirmed: true });
  expect(state.cell(REPORT_SHEET, "C1")).toBeUndefined();
  expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "report" });
  const after = visibleCells(state);
  expect(after[REPORT_SHEET].A4).toMatchObject({ value: "我改写的一段", numberFormat: "@" });
  expect(after[REPORT_SHEET].C1).toMatchObject({ value: 12.5, numberFormat: "0.00%" });
  for (const [addr, cell] of Object.entries(edited[REPORT_SHEET])) expect([addr, after[REPORT_SHEET][addr]]).toMatchObject([addr, { value: cell.value, numberFormat: cell.numberFormat }]);
  expect(Object.keys(after[REPORT_SHEET]).sort()).toEqual(Object.keys(edited[REPORT_SHEET]).sort());
});

test("undo puts text back as text where the cell is not formatted as text (Excel's quote prefix)", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  // A text that Excel would read as a number or a formula if typed plain, in a General cell.
  state.sheet("绩效指标").cells.set("4,10", { value: "=见附表", numberFormat: "General" });
  state.sheet("绩效指标").cells.set("5,10", { value: "0012", numberFormat: "General" });
  const original = visibleCells(state);
  const { wb } = adapter(state);
  await scoreWorkbook(wb, { confirmed: true });
  expect(state.cell("绩效指标", "K5")?.value).not.toBe("=见附表");
  await undoLastWrite(wb);
  expect(visibleCells(state)).toEqual(original);
  expect(state.cell("绩效指标", "K5")?.formula).toBeUndefined();
});

test("two inserts from one evaluation: the second replaces the sheet the first made", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  const { wb } = adapter(state);
  const e = await evaluateWorkbook(wb);
  const first = await insertReport(wb, e);
  await insertReport(wb, first.evaluation);
  expect(state.sheets.filter((s) => s.name.startsWith(REPORT_SHEET)).map((s) => s.name)).toEqual([REPORT_SHEET]);
});

test("a write that fails part-way: the journal went first, so undo puts back what did change", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  const original = visibleCells(state);
  const { wb } = adapter(state);
  const e = await evaluateWorkbook(wb);
  // The sheet disappears between the read and the write: the cell writes after the first range fail.
  const broken = { ...e, writes: [...e.writes, { ...e.writes[0], sheet: "已删除的表" }] };
  await expect(writeScores(wb, broken, { confirmed: true })).rejects.toThrow(/ItemNotFound/);
  // The writes queued before the failing one were applied, as Excel applies a request's operations in order.
  const first = e.writes[0];
  expect(state.cell(first.sheet, first.cell)?.value).toBe(first.value);
  expect((await undoLastWrite(wb)).kind).toBe("undone");
  expect(visibleCells(state)).toEqual(original);
});

describe("change events (ExcelApi 1.7)", () => {
  const settle = () => new Promise((r) => setTimeout(r, 5));

  test("the accountant's edit is reported; the tool's own writes are not", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    let clock = 1_000_000;
    const { wb } = adapter(state, { now: () => clock });
    let changes = 0;
    const stop = await wb.watchChanges(() => changes++);
    expect(stop).toBeInstanceOf(Function);
    await scoreWorkbook(wb);
    await insertReport(wb, await evaluateWorkbook(wb));
    await settle();
    expect(state.events.length).toBeGreaterThan(0);
    expect(changes).toBe(0);
    state.edit("绩效指标", "G4", 530);
    await settle();
    expect(changes).toBe(1);
    // The report sheet, made after the watch began, is watched too.
    clock += OWN_WRITE_ECHO_MS + 1;
    state.edit(REPORT_SHEET, "A3", "手改");
    await settle();
    expect(changes).toBe(2);
    // Long after the tool's write, an edit of a cell it wrote is the accountant's.
    state.edit("绩效指标", "I5", 9);
    await settle();
    expect(changes).toBe(3);
    stop!();
    state.edit("绩效指标", "G4", 531);
    await settle();
    expect(changes).toBe(3);
  });

  test("a host without worksheet events says so: nothing is watched", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    state.apiMinor = 6;
    expect(await adapter(state).wb.watchChanges(() => undefined)).toBeUndefined();
  });
});

test("inserting the template sheets is the tool's own change: it marks nothing stale", async () => {
  const state = new FakeWorkbookState([{ name: "问题与措施", values: [["我的内容"]] }]);
  const { wb } = adapter(state);
  let changes = 0;
  await wb.watchChanges(() => changes++);
  await wb.addSheets([{ name: "基本信息", values: [["项目", "内容"]], widths: [10, 20] }]);
  await new Promise((r) => setTimeout(r, 5));
  expect(state.events.map((e) => e.kind)).toContain("added");
  expect(changes).toBe(0);
});

describe.each([12, 2])("a report sheet the accountant renamed (ExcelApi 1.%i)", (apiMinor) => {
  const renamed = "我的报告";

  /** The report inserted, then renamed and edited by the accountant. */
  async function renamedAndEdited() {
    const state = await fakeFromXlsx(ex("complete"));
    state.apiMinor = apiMinor;
    const made = adapter(state);
    await insertReport(made.wb, await evaluateWorkbook(made.wb));
    state.sheet(REPORT_SHEET).name = renamed;
    state.sheet(renamed).cells.set("3,0", { value: "我改写的一段", numberFormat: "@" });
    return { state, ...made };
  }

  test("its edits are asked about before it is replaced, and undo brings them back", async () => {
    const { state, wb } = await renamedAndEdited();
    const edited = visibleCells(state);
    state.syncCount = 0;
    const asked = await insertReport(wb, await evaluateWorkbook(wb));
    // Known by id, its content is read with the cells; known by its mark, once the marks are known.
    expect(state.syncCount).toBe(apiMinor < 12 ? 2 : 3);
    expect(asked.kind).toBe("needsConfirmation");
    if (asked.kind !== "needsConfirmation") return;
    expect(asked.overwrites.map((o) => `${o.sheet}!${o.cell} ${o.before}`)).toEqual([`${renamed}!A4 我改写的一段`]);
    expect(visibleCells(state)).toEqual(edited);
    await insertReport(wb, asked.evaluation, asked.evaluation.report, { confirmed: true });
    expect(state.cell(renamed, "A4")?.value).not.toBe("我改写的一段");
    expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "report" });
    const after = visibleCells(state)[renamed];
    expect(Object.keys(after).sort()).toEqual(Object.keys(edited[renamed]).sort());
    for (const [addr, cell] of Object.entries(edited[renamed])) expect([addr, after[addr]]).toMatchObject([addr, { value: cell.value, numberFormat: cell.numberFormat }]);
  });

  test("deleted after a replace, it is made again by undo, and is this tool's again", async () => {
    const { state, wb, settings } = await renamedAndEdited();
    await insertReport(wb, await evaluateWorkbook(wb), undefined, { confirmed: true });
    state.sheets = state.sheets.filter((s) => s.name !== renamed);
    expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "report" });
    expect(state.cell(renamed, "A4")?.value).toBe("我改写的一段");
    if (apiMinor < 12) expect(settings.data.get("budgetPerfOwnedSheetIds")).toContain(state.sheet(renamed).id);
    // The next insert replaces it in place rather than going beside it.
    const again = await insertReport(wb, await evaluateWorkbook(wb), undefined, { confirmed: true });
    expect(again.changed.map((c) => c.sheet)).toEqual([renamed]);
    expect(state.sheets.map((s) => s.name).filter((n) => n.startsWith(REPORT_SHEET))).toEqual([]);
  });
});
