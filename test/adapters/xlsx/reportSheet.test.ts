import ExcelJS from "exceljs";
import { loadWorkbook, workbookToGrid } from "../../../src/adapters/xlsx/readGrid";
import { applyReportSheet, ownedSheets } from "../../../src/adapters/xlsx/reportSheet";
import { evaluate } from "../../../src/core/evaluate";
import { ReportSheetPlan } from "../../../src/core/reportSheet";

const plan = (name: string, replace: boolean, texts: string[]): ReportSheetPlan => ({
  name,
  replace,
  columnWidth: 100,
  rows: texts.map((text, i) => ({ text, kind: i === 0 ? "title" : "body", height: 20 })),
});

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("the report worksheet in an .xlsx", () => {
  test("paragraphs starting with = + - @ are stored as text, never formulas", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基本信息");
    applyReportSheet(wb, plan("绩效评价报告", false, ["标题", "=1+1", "+86 12345", "-5%", "@所有人", "=SUM(A1:A2)"]));
    const back = (await reload(wb)).getWorksheet("绩效评价报告")!;
    for (const [i, t] of ["=1+1", "+86 12345", "-5%", "@所有人", "=SUM(A1:A2)"].entries()) {
      const cell = back.getCell(`A${i + 2}`);
      expect(cell.value).toBe(t);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
    }
  });

  test("layout: wide wrapped column A, bold centred title, A4 fitted to width", async () => {
    const wb = new ExcelJS.Workbook();
    applyReportSheet(wb, { ...plan("绩效评价报告", false, ["标题", "正文"]), columnWidth: 80 });
    const ws = (await reload(wb)).getWorksheet("绩效评价报告")!;
    expect(ws.getColumn(1).width).toBe(80);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A2").alignment).toMatchObject({ wrapText: true });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  test("text rows are indented by the cell's indent format, headings bold, the signature and date right", async () => {
    const wb = new ExcelJS.Workbook();
    const rows: ReportSheetPlan["rows"] = [
      { text: "标题", kind: "title", height: 30, indent: 0 },
      { text: "一、基本情况", kind: "heading", height: 20, indent: 2 },
      { text: "正文。", kind: "body", height: 20, indent: 2 },
      { text: "某某局", kind: "signature", height: 20, indent: 0 },
      { text: "2021年4月15日", kind: "date", height: 20, indent: 0 },
    ];
    applyReportSheet(wb, { name: "绩效评价报告", replace: false, columnWidth: 64, rows });
    const ws = (await reload(wb)).getWorksheet("绩效评价报告")!;
    expect(ws.getCell("A2").font).toMatchObject({ bold: true });
    expect(ws.getCell("A2").alignment).toMatchObject({ horizontal: "left", indent: 2 });
    expect(ws.getCell("A3").alignment).toMatchObject({ horizontal: "left", indent: 2, wrapText: true });
    expect(ws.getCell("A3").value).toBe("正文。"); // no leading spaces
    expect(ws.getCell("A1").alignment?.indent).toBeUndefined();
    expect([ws.getCell("A4").alignment?.horizontal, ws.getCell("A5").alignment?.horizontal]).toEqual(["right", "right"]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1, fitToHeight: 0 });
  });

  test("its own sheet is recognised after saving and replaced in place; a user's sheet of that name is kept", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基本信息");
    const user = wb.addWorksheet("绩效评价报告");
    user.getCell("A1").value = "用户自己的报告";
    expect(ownedSheets(wb)).toEqual([]);
    applyReportSheet(wb, plan("绩效评价报告 (2)", false, ["第一版"]));
    // The report then sits between other tabs; replacing it keeps it there.
    wb.addWorksheet("其他");
    const saved = await reload(wb);
    expect(ownedSheets(saved)).toEqual(["绩效评价报告 (2)"]);
    applyReportSheet(saved, plan("绩效评价报告 (2)", true, ["第二版"]));
    const again = await reload(saved);
    expect(again.worksheets.map((w) => w.name)).toEqual(["基本信息", "绩效评价报告", "绩效评价报告 (2)", "其他"]);
    expect(again.getWorksheet("绩效评价报告 (2)")!.getCell("A1").value).toBe("第二版");
    expect(again.getWorksheet("绩效评价报告")!.getCell("A1").value).toBe("用户自己的报告");
    expect(ownedSheets(again)).toEqual(["绩效评价报告 (2)"]);
  });

  test("end to end: the core picks the name from the marks the adapter reads", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("绩效评价报告").getCell("A1").value = "用户的";
    const first = evaluate(workbookToGrid(wb), { ownedSheets: ownedSheets(wb) });
    expect(first.reportSheet).toMatchObject({ name: "绩效评价报告 (2)", replace: false });
    applyReportSheet(wb, first.reportSheet);
    const saved = await reload(wb);
    const second = evaluate(workbookToGrid(saved), { ownedSheets: ownedSheets(saved) });
    expect(second.reportSheet).toMatchObject({ name: "绩效评价报告 (2)", replace: true });
  });

  test("renamed in Excel (which moves the defined name with the sheet), its own sheet is still replaced, in place", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基本信息");
    applyReportSheet(wb, evaluate(workbookToGrid(wb), { ownedSheets: ownedSheets(wb) }).reportSheet);
    const renamed = "2020年 'A' 报告";
    // What Excel saves after the user renames the sheet: the sheet and the defined name's reference both changed.
    wb.getWorksheet("绩效评价报告")!.name = renamed;
    wb.definedNames.remove("'绩效评价报告'!$A$1", "BudgetPerfReportSheet");
    wb.definedNames.add("'2020年 ''A'' 报告'!$A$1", "BudgetPerfReportSheet");
    const saved = await reload(wb);
    expect(ownedSheets(saved)).toEqual([renamed]);
    const again = evaluate(workbookToGrid(saved), { ownedSheets: ownedSheets(saved) });
    expect(again.reportSheet).toMatchObject({ name: renamed, replace: true });
    applyReportSheet(saved, again.reportSheet);
    expect((await reload(saved)).worksheets.map((w) => w.name)).toEqual(["基本信息", renamed]);
  });
});
