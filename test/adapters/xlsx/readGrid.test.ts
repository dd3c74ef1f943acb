import ExcelJS from "exceljs";
import { dateToSerial, loadWorkbook, UnreadableFileError, workbookToGrid } from "../../../src/adapters/xlsx/readGrid";

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"));
  const buf = await wb.xlsx.writeBuffer();
  return workbookToGrid(await loadWorkbook(Buffer.from(buf))).sheets[0];
}

describe("xlsx → grid, as Office.js would show the cells", () => {
  test("numbers, text, booleans and formats", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("A1").value = 2513.05;
      ws.getCell("A1").numFmt = "0.00";
      ws.getCell("B1").value = "文本";
      ws.getCell("C1").value = true;
      ws.getCell("A2").value = 0.95;
      ws.getCell("A2").numFmt = "0%";
    });
    expect(g.values[0]).toEqual([2513.05, "文本", true]);
    expect(g.formats?.[0][0]).toBe("0.00");
    expect(g.values[1][0]).toBe(0.95);
    expect(g.formats?.[1][0]).toBe("0%");
  });
  test("formulas give their cached result; errors, rich text and hyperlinks their text", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("A1").value = { formula: "1+1", result: 2 };
      ws.getCell("B1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("C1").value = { richText: [{ text: "富" }, { text: "文本" }] };
      ws.getCell("D1").value = { text: "链接", hyperlink: "https://example.invalid" };
      ws.getCell("E1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    });
    expect(g.values[0]).toEqual([2, { error: "#DIV/0!" }, "富文本", "链接", { error: "#DIV/0!" }]);
  });
  test("formula cells are marked, also shared ones and those showing \"\"; constants and merged parts are not", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("B1").value = { formula: "A1*2", result: 2 };
      ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("C3").value = { formula: 'IF(A1>5,A1,"")', result: "" };
      ws.getCell("D4").value = "=1+1"; // text, not a formula
    });
    expect(g.values[2][2]).toBeNull();
    const marked: string[] = [];
    g.formulas?.forEach((row, r) => row.forEach((f, c) => f && marked.push(`${r},${c}`)));
    expect(marked).toEqual(["0,1", "1,1", "2,2"]);
  });
    test("dates become serial numbers; merged cells keep the value in the top-left only", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2021, 3, 15));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("A3").value = "合并";
      ws.mergeCells("A3:A5");
    });
    expect(g.values[0][0]).toBe(44301);
    expect(dateToSerial(new Date(Date.UTC(2021, 3, 15)))).toBe(44301);
    expect(g.values[1]).toEqual([]);
    expect(g.values[2][0]).toBe("合并");
    expect(g.values[3][0]).toBeNull();
    expect(g.values[4][0]).toBeNull();
  });
  test("hidden and very hidden sheets are marked hidden; visible ones carry no mark", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("V").getCell("A1").value = 1;
    wb.addWorksheet("H", { state: "hidden" }).getCell("A1").value = 2;
    wb.addWorksheet("VH", { state: "veryHidden" }).getCell("A1").value = 3;
    const grid = workbookToGrid(await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer())));
    expect(grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["V", undefined],
      ["H", true],
      ["VH", true],
    ]);
  });
  test("a file that is not a workbook is an UnreadableFileError", async () => {
    await expect(loadWorkbook(Buffer.from("not a zip"))).rejects.toBeInstanceOf(UnreadableFileError);
  });
});
