/** The 决算 public tables, in 元 or 万元: their figures in 万元 in exact decimals, each with its own cell. */
import { evaluate } from "../../src/core/evaluate";
import { readModel } from "../../src/core/reader";
import { validateModel } from "../../src/core/validate";
import { basicExpenditureTable, expenditureTable, incomeSummaryTable } from "../helpers/finalAccounts";
import { sheet, workbook } from "../helpers/grid";

const codes = (fs: { code: string; severity: string; sheet: string; cell: string }[]) =>
  fs.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

describe("the 决算 public tables", () => {
  test("支出决算表 in 元: its 合计 row gives 决算支出合计, 基本支出, 项目支出 and 其他支出 in 万元, exactly", () => {
    const { model, findings } = readModel(workbook(expenditureTable()));
    expect(findings.filter((f) => f.code !== "MISSING_SHEET")).toEqual([]);
    const f = model.spending.fields;
    expect(f.total).toMatchObject({ sheet: "公开03表", cell: "C7", text: "25130512.34" });
    expect([f.total, f.basic, f.project, f.other].map((a) => a?.value.toString())).toEqual(["2513.051234", "518.311234", "1994.74", "0"]);
    expect(f.other?.cell).toBe("F7:H7");
    expect(model.expenditureTable?.writtenUnit).toBe("元");
    expect(model.sources[0]).toEqual({ kind: "expenditure", sheet: "公开03表", range: "A4:H10" });
    // The 编制单位 and year lines give the department and the year.
    expect(model.info.department?.text).toBe("示例县农业农村局（虚构）");
    expect(model.info.year?.value).toBe(2023);
  });

  test("基本支出决算表: 人员经费合计 and 公用经费合计, marked as 财政拨款 figures", () => {
    const { model } = readModel(workbook(expenditureTable(), basicExpenditureTable()));
    const f = model.spending.fields;
    expect(f.personnel).toMatchObject({ sheet: "公开06表", cell: "C8", scope: "fiscal" });
    expect([f.personnel, f.public].map((a) => a?.value.toString())).toEqual(["405.87", "112.441234"]);
  });

  test("收入支出决算总表: 本年支出合计 cross-checked against the 支出决算表; the 行次 column is not the amount", () => {
    const agree = readModel(workbook(expenditureTable(), incomeSummaryTable()));
    expect(agree.model.incomeSummary?.figures.total).toMatchObject({ cell: "F9", text: "25130512.34" });
    expect(validateModel(agree.model)).toEqual([]);
    const differ = readModel(workbook(expenditureTable(), incomeSummaryTable("公开01表", 25230512.34)));
    expect(codes(validateModel(differ.model))).toEqual(["error SUMMARY_MISMATCH 公开03表!C7"]);
    expect(validateModel(differ.model)[0].params).toEqual({
      sum: "2523.051234",
      total: "2513.051234",
      diff: "10.00",
      summarySheet: "公开01表",
      summaryCell: "F9",
    });
  });

  test("a rounding difference after the conversion is judged by the tolerance: a warning, not a mismatch", () => {
    // The summary in 万元, rounded to 0.01, against the 支出决算表 in 元.
    const { model } = readModel(workbook(expenditureTable(), incomeSummaryTable("公开01表", 2513.05, "万元")));
    expect(codes(validateModel(model))).toEqual(["warning ROUNDING_DIFF 公开03表!C7"]);
  });

  test("without a 支出决算表 the summary's total is the total", () => {
    const { model } = readModel(workbook(incomeSummaryTable()));
    expect(model.spending.fields.total?.value.toString()).toBe("2513.051234");
  });

  test("the identity 人员 + 公用 = 基本 is checked only within one scope; 基本 + 项目 + 其他 = 合计 holds", () => {
    const e = evaluate(workbook(expenditureTable(), basicExpenditureTable(), incomeSummaryTable()));
    expect(e.findings.filter((f) => ["TOTAL_MISMATCH", "BASIC_MISMATCH", "ROUNDING_DIFF"].includes(f.code))).toEqual([]);
    expect(e.spending).toMatchObject({ total: 2513.051234, basic: 518.311234, personnel: 405.87, public: 112.441234, project: 1994.74 });
  });

  test("the 财政拨款 expenditure table (公开05表) is not the 支出决算表", () => {
    const fiscal = expenditureTable("公开05表");
    fiscal.values[0] = ["一般公共预算财政拨款支出决算表"];
    expect(readModel(workbook(fiscal)).model.expenditureTable).toBeUndefined();
  });

  test("a 支出决算表 without its 合计 row says so", () => {
    const s = expenditureTable();
    s.values.splice(6, 1);
    const { findings } = readModel(workbook(s));
    expect(codes(findings.filter((f) => f.code === "MISSING_FIELD"))).toEqual(["error MISSING_FIELD 公开03表!A6"]);
  });

  test("an own 支出决算 sheet wins over the 决算 tables, whose figures then fill only its gaps", () => {
    const own = sheet("支出决算", [
      ["决算支出合计", 2513.05],
      ["基本支出", 518.31],
      ["项目支出", 1994.74],
    ]);
    const { model } = readModel(workbook(own, expenditureTable(), basicExpenditureTable()));
    expect(model.spending.fields.total).toMatchObject({ sheet: "支出决算", cell: "B1" });
    expect(model.spending.fields.personnel).toMatchObject({ sheet: "公开06表" });
  });
});
