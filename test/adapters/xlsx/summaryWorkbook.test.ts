import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TableSheet, isSummaryWorkbook, saveTables } from "../../../src/adapters/xlsx/summaryWorkbook";

const TABLES: TableSheet[] = [
  {
    name: "汇总",
    columns: [
      { header: "文件", width: 30 },
      { header: "金额", width: 12, numFmt: "0.00" },
      { header: "执行率", width: 10, numFmt: "0.00%" },
    ],
    rows: [
      ["a.xlsx", 2513.05, 0.985],
      ["=1+1", null, null],
    ],
  },
  { name: "问题", columns: [{ header: "说明", width: 40 }], rows: [] },
];

describe("the summary workbook", () => {
  let wb: ExcelJS.Workbook;
  const path = join(mkdtempSync(join(tmpdir(), "summary-")), "s.xlsx");
  beforeAll(async () => {
    await saveTables(path, TABLES);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
  });

  test("one sheet per table, the header frozen and filtered", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题"]);
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe("A1:C3");
    expect(ws.getRow(1).values).toEqual([undefined, "文件", "金额", "执行率"]);
    expect(wb.getWorksheet("问题")!.autoFilter).toBe("A1:A1");
  });

  test("numbers as numbers with the column's format; text as text, never a formula; null as an empty cell", () => {
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.getCell("B2").value).toBe(2513.05);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("C2").value).toBe(0.985);
    expect(ws.getCell("C2").numFmt).toBe("0.00%");
    expect(ws.getCell("A3").value).toBe("=1+1");
    expect(ws.getCell("A3").formula).toBeUndefined();
    expect(ws.getCell("B3").value).toBeNull();
  });

  test("known again as this tool's summary; a department's workbook or any other file is not", async () => {
    expect(await isSummaryWorkbook(readFileSync(path))).toBe(true);
    expect(await isSummaryWorkbook(readFileSync(join(__dirname, "..", "..", "..", "examples", "complete.xlsx")))).toBe(false);
    expect(await isSummaryWorkbook(Buffer.from("not a zip"))).toBe(false);
  });
});
