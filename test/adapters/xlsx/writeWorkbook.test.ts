import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../../../src/adapters/xlsx/readGrid";
import { applyWrites } from "../../../src/adapters/xlsx/writeWorkbook";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { scoreWorkbook } from "../../../src/app";
import { evaluate } from "../../../src/core/evaluate";
import { HEADER } from "../../helpers/grid";

async function input(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("基本信息");
  info.addRows([
    ["部门名称", "测试局"],
    ["评价年度", 2020],
  ]);
  const sp = wb.addWorksheet("支出决算");
  sp.addRows([["决算支出合计"], ["基本支出", 518.31], ["项目支出", 1994.74]]);
  sp.getCell("B1").value = { formula: "B2+B3", result: 2513.05 };
  sp.getCell("B1").numFmt = "#,##0.00";
  sp.getCell("B2").font = { bold: true, color: { argb: "FFFF0000" } };
  const ind = wb.addWorksheet("绩效指标");
  ind.addRows([HEADER, ["产出指标", "数量指标", "A", "≥", 120, "个", 160, 100, null, "已说明"]]);
  ind.getCell("I2").font = { italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function fillOnce(buf: Buffer): Promise<Buffer> {
  const wb = await loadWorkbook(buf);
  applyWrites(wb, evaluate(workbookToGrid(wb)).writes);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("applying the plan to an .xlsx", () => {
  test("writes the planned cells; formulas, values and styles of input cells stay", async () => {
    const out = await loadWorkbook(await fillOnce(await input()));
    const sp = out.getWorksheet("支出决算")!;
    expect(sp.getCell("B1").formula).toBe("B2+B3");
    expect(sp.getCell("B1").numFmt).toBe("#,##0.00");
    expect(sp.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FFFF0000" } });
    const ind = out.getWorksheet("绩效指标")!;
    expect(ind.getCell("I2").value).toBe(100);
    expect(ind.getCell("I2").numFmt).toBe("0.00");
    expect(ind.getCell("I2").font).toMatchObject({ italic: true });
    expect(ind.getCell("H2").numFmt).toBeUndefined(); // the neighbour did not catch the format
    expect(ind.getCell("A3").value).toBe("自评总分");
    expect(ind.getCell("A3").numFmt).toBe("@");
    expect(ind.getCell("I4").value).toBe("优");
  });
  test("text that looks like a formula stays text", async () => {
    const wb = await loadWorkbook(await input());
    applyWrites(wb, [{ sheet: "绩效指标", cell: "K2", value: "=1+1", numberFormat: "@" }]);
    const back = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    const cell = back.getWorksheet("绩效指标")!.getCell("K2");
    expect(cell.value).toBe("=1+1");
    expect(cell.formula).toBeUndefined();
  });
  test("a second run on the output changes nothing", async () => {
    const once = await fillOnce(await input());
    const twice = await fillOnce(once);
    const grid = async (b: Buffer) => workbookToGrid(await loadWorkbook(b));
    expect(await grid(twice)).toEqual(await grid(once));
  });
  test("the user's formulas stay, whatever they show: below the table, beside the total, in 得分", async () => {
    const wb = await loadWorkbook(await input());
    const ind = wb.getWorksheet("绩效指标")!;
    ind.getCell("I2").value = { formula: "IF(G2>=E2,H2,0)", result: 100 };
    ind.getCell("A3").value = { formula: 'IF(COUNT(I2)=0,"","")', result: "" };
    ind.getCell("I3").value = { formula: 'IF(I2="","",SUM(I2))', result: "" };
    const file = await XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
    const { evaluation } = await scoreWorkbook(file);
    const path = join(mkdtempSync(join(tmpdir(), "cells-")), "out.xlsx");
    await file.save(path);
    const out = (await loadWorkbook(readFileSync(path))).getWorksheet("绩效指标")!;
    expect([out.getCell("I2").formula, out.getCell("A3").formula, out.getCell("I3").formula]).toEqual([
      "IF(G2>=E2,H2,0)",
      'IF(COUNT(I2)=0,"","")',
      'IF(I2="","",SUM(I2))',
    ]);
    expect(evaluation.writes.map((w) => w.cell)).toEqual(["A4", "I4", "A5", "I5"]);
    expect(out.getCell("I4").value).toBe(100);
    expect(evaluation.findings.filter((f) => f.code === "FORMULA_CELL_KEPT")).toEqual([]); // I2 shows the rule's 100
  });
});
