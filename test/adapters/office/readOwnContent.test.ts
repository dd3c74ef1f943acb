/**
 * The journal and the report sheet's content are read as the input sheets are: a head in the second round trip,
 * the rest in row blocks, so that neither can make a response pass Excel on the web's 5 MB after a large write.
 * Whatever lies past the head must still be read, exactly.
 */
import { join } from "node:path";
import { CONTENT_HEAD_ROWS, JOURNAL_HEAD_ROWS } from "../../../src/adapters/office/readOwnContent";
import { JOURNAL_SHEET, evaluateWorkbook, insertReport, scoreWorkbook, undoLastWrite } from "../../../src/app";
import { REPORT_SHEET } from "../../../src/core/reportSheet";
import { FakeWorkbookState } from "../../fakes/fakeExcel";
import { fakeFromXlsx } from "../../fakes/fromXlsx";
import { adapter } from "../../helpers/officeAdapter";

const ex = (name: string) => join(__dirname, "..", "..", "..", "examples", `${name}.xlsx`);

/** A sheet's cells as Excel tells them apart: an empty General cell is no cell, and `error: false` no error. */
function cellsOf(state: FakeWorkbookState, sheet: string) {
  const out: Record<string, object> = {};
  for (const [addr, { error, ...cell }] of Object.entries(state.snapshot()[sheet])) {
    if (cell.value !== "" || cell.numberFormat !== "General" || cell.formula) out[addr] = error ? { ...cell, error } : cell;
  }
  return out;
}

test("a journal longer than its head is read whole: undo still puts every score back", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  const before = cellsOf(state, "绩效指标");
  // A small request limit cuts the journal into pieces of 125 characters: more rows than the head reads.
  await scoreWorkbook(adapter(state, { maxRequestBytes: 1000 }).wb, { confirmed: true });
  const rows = [...state.sheet(JOURNAL_SHEET).cells.keys()].map((k) => Number(k.split(",")[0]));
  expect(Math.max(...rows) + 1).toBeGreaterThan(2 * JOURNAL_HEAD_ROWS);
  // Something beside column A is not part of the journal, and is not read as such.
  state.sheet(JOURNAL_SHEET).cells.set("1,3", { value: "旁注", numberFormat: "General" });
  const { wb } = adapter(state);
  state.syncCount = 0;
  const read = await wb.read();
  expect(state.syncCount).toBeGreaterThan(2);
  expect(read.journal?.last?.kind).toBe("scores");
  expect(await undoLastWrite(wb)).toMatchObject({ kind: "undone", undid: "scores" });
  expect(cellsOf(state, "绩效指标")).toEqual(before);
});

test("a journal sheet whose column A is empty is no journal, as before the blocks", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  const { wb } = adapter(state);
  await scoreWorkbook(wb, { confirmed: true });
  const sheet = state.sheet(JOURNAL_SHEET);
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = k.split(",").map(Number);
    sheet.cells.delete(k);
    sheet.cells.set(`${r},${c + 1}`, cell);
  }
  expect((await wb.read()).journal).toEqual({ version: 1, written: { cells: {} } });
});

test("a report sheet longer than its head: edits below it and right of it are seen, kept for undo and put back", async () => {
  const state = await fakeFromXlsx(ex("complete"));
  const { wb } = adapter(state);
  await insertReport(wb, await evaluateWorkbook(wb));
  const sheet = state.sheet(REPORT_SHEET);
  const far = CONTENT_HEAD_ROWS + 40;
  sheet.cells.set(`${far},0`, { value: "我在报告下方加的一段", numberFormat: "@" });
  sheet.cells.set(`${far + 1},0`, { value: 3, numberFormat: "General", formula: "=1+2" });
  sheet.cells.set("2,20", { value: 12.5, numberFormat: "0.00" }); // U3: right of the head's columns
  const read = await wb.read();
  const cells = read.ownedContent?.find((c) => c.sheet === REPORT_SHEET)?.cells ?? [];
  expect(cells).toEqual(
    expect.arrayContaining([
      { cell: `A${far + 1}`, value: "我在报告下方加的一段", numberFormat: "@" },
      { cell: `A${far + 2}`, value: 3, formula: "=1+2", numberFormat: "General" },
      { cell: "U3", value: 12.5, numberFormat: "0.00" },
    ]),
  );
  // Every cell of the sheet, once: nothing from the head read twice, nothing left out.
  expect(cells.length).toBe([...sheet.cells.values()].filter((c) => c.value !== "" || c.formula).length);
  const asked = await insertReport(wb, await evaluateWorkbook(wb));
  expect(asked.kind).toBe("needsConfirmation");
  if (asked.kind !== "needsConfirmation") return;
  expect(asked.overwrites.map((o) => o.cell).sort()).toEqual([`A${far + 1}`, `A${far + 2}`, "U3"].sort());
  await insertReport(wb, asked.evaluation, asked.evaluation.report, { confirmed: true });
  expect(state.cell(REPORT_SHEET, "U3")).toBeUndefined();
  await undoLastWrite(wb, { confirmed: true });
  expect(state.cell(REPORT_SHEET, `A${far + 1}`)?.value).toBe("我在报告下方加的一段");
  expect(state.cell(REPORT_SHEET, `A${far + 2}`)?.formula).toBe("=1+2");
  expect(state.cell(REPORT_SHEET, "U3")).toMatchObject({ value: 12.5, numberFormat: "0.00" });
});
