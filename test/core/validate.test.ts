import { validateModel } from "../../src/core/validate";
import { CellValue, WorkbookGrid } from "../../src/core/grid";
import { readModel } from "../../src/core/reader";
import { paramsOf } from "../helpers/findings";
import { HEADER, INDICATORS, INFO, SPENDING, sheet, validWorkbook, workbook } from "../helpers/grid";

/** Read, then validate: the findings of both, in that order (as evaluate reports them). */
function validateWorkbook(grid: WorkbookGrid) {
  const { model, findings } = readModel(grid);
  return { model, findings: [...findings, ...validateModel(model)] };
}

const codes = (fs: { code: string; sheet: string; cell: string; severity: string }[]) =>
  fs.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

function spending(rows: CellValue[][]) {
  return validateWorkbook(validWorkbook({ spending: sheet("支出决算", rows) })).findings;
}

describe("every code names its sheet and cell", () => {
  test("MISSING_SHEET", () => {
    const { findings } = validateWorkbook(workbook(INFO(), SPENDING()));
    expect(codes(findings)).toEqual(["error MISSING_SHEET 绩效指标!A1"]);
  });
  test("MISSING_FIELD points at the next free row when the label is absent", () => {
    const { findings } = validateWorkbook(validWorkbook({ info: sheet("基本信息", [["部门名称", "x"]]) }));
    expect(codes(findings)).toEqual(["error MISSING_FIELD 基本信息!A2"]);
  });
  test("MISSING_COLUMN at the end of the header row", () => {
    const s = sheet("绩效指标", [HEADER.filter((h) => h !== "分值"), ["产出指标", "数量指标", "A", "≥", 1, "个", 1, null, null]]);
    const { findings } = validateWorkbook(validWorkbook({ indicators: s }));
    expect(codes(findings)).toEqual(["error MISSING_COLUMN 绩效指标!J1"]);
  });
  test("MISSING_COLUMN for every required column when no header row is found", () => {
    const { findings } = validateWorkbook(validWorkbook({ indicators: sheet("绩效指标", [["hello"]]) }));
    expect(findings.map((f) => paramsOf(f, "MISSING_COLUMN").column)).toEqual(["三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分"]);
    expect(findings.every((f) => f.cell === "A1" && f.code === "MISSING_COLUMN")).toBe(true);
  });
  test("NOT_A_NUMBER for text and error values", () => {
    const f = spending([
      ["决算支出合计", "约2500"],
      ["基本支出", { error: "#REF!" }],
      ["项目支出", 1994.74],
    ]);
    expect(codes(f)).toEqual(["error NOT_A_NUMBER 支出决算!B1", "error NOT_A_NUMBER 支出决算!B2"]);
    expect(paramsOf(f[1], "NOT_A_NUMBER").text).toBe("#REF!");
  });
  test("TOTAL_MISMATCH names the total's cell", () => {
    const f = spending([
      ["决算支出合计", 2513.07],
      ["基本支出", 518.31],
      ["项目支出", 1994.74],
    ]);
    expect(codes(f)).toEqual(["error TOTAL_MISMATCH 支出决算!B1"]);
    expect(f[0].params).toMatchObject({ sum: "2513.05", total: "2513.07", diff: "0.02" });
  });
  test("其他支出 joins the total identity", () => {
    expect(
      spending([
        ["决算支出合计", 100],
        ["基本支出", 50],
        ["项目支出", 40],
        ["其他支出", 10],
      ]),
    ).toEqual([]);
    expect(
      codes(
        spending([
          ["决算支出合计", 100],
          ["基本支出", 50],
          ["项目支出", 40],
        ]),
      ),
    ).toEqual(["error TOTAL_MISMATCH 支出决算!B1"]);
  });
  test("BASIC_MISMATCH names 基本支出", () => {
    const f = spending([
      ["决算支出合计", 2513.05],
      ["基本支出", 518.31],
      ["人员支出", 405.87],
      ["公用经费", 112.0],
      ["项目支出", 1994.74],
    ]);
    expect(codes(f)).toEqual(["error BASIC_MISMATCH 支出决算!B2"]);
  });
  test("PROJECT_SUM_MISMATCH against 项目支出 and against the 合计 row", () => {
    const f = spending([
      ["决算支出合计", 100],
      ["基本支出", 50],
      ["项目支出", 50],
      [],
      ["项目名称", "全年预算数", "全年执行数"],
      ["甲", 30, 20],
      ["乙", 30, 25],
      ["合计", 61, 46],
    ]);
    expect(codes(f)).toEqual([
      "error PROJECT_SUM_MISMATCH 支出决算!B3",
      "error PROJECT_SUM_MISMATCH 支出决算!C8",
      "error PROJECT_SUM_MISMATCH 支出决算!B8",
    ]);
  });
  test("the project table's headers are not mistaken for the 全年预算数 label", () => {
    const f = validateWorkbook(
      validWorkbook({
        spending: sheet("支出决算", [
          ["决算支出合计", 100],
          ["基本支出", 50],
          ["项目支出", 50],
          ["项目名称", "全年预算数", "决算数"],
          ["甲", 60, 50],
        ]),
      }),
    );
    expect(f.findings).toEqual([]);
    expect(f.model.spending.fields.budget).toBeUndefined();
    expect(f.model.spending.projects?.rows).toHaveLength(1);
  });
  test("ROUNDING_DIFF: exactly one hundredth is a warning, more is an error", () => {
    const warn = spending([
      ["决算支出合计", 2513.06],
      ["基本支出", 518.31],
      ["项目支出", 1994.74],
    ]);
    expect(codes(warn)).toEqual(["warning ROUNDING_DIFF 支出决算!B1"]);
    expect(paramsOf(warn[0], "ROUNDING_DIFF").of).toBe("TOTAL_MISMATCH");
    const err = spending([
      ["决算支出合计", 2513.061],
      ["基本支出", 518.31],
      ["项目支出", 1994.74],
    ]);
    expect(codes(err)).toEqual(["error TOTAL_MISMATCH 支出决算!B1"]);
  });
  test("amounts in 元 work the same way", () => {
    const info = sheet("基本信息", [
      ["部门名称", "x"],
      ["评价年度", 2020],
      ["金额单位", "元"],
    ]);
    const s = (total: number) =>
      validateWorkbook(
        validWorkbook({
          info,
          spending: sheet("支出决算", [
            ["决算支出合计", total],
            ["基本支出", 5183100.01],
            ["项目支出", 19947400],
          ]),
        }),
      ).findings;
    expect(s(25130500.01)).toEqual([]);
    expect(codes(s(25130500.02))).toEqual(["warning ROUNDING_DIFF 支出决算!B1"]);
    expect(codes(s(25130500.03))).toEqual(["error TOTAL_MISMATCH 支出决算!B1"]);
  });
  test("WEIGHT_SUM names the first weight cell", () => {
    const s = INDICATORS([
      ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 60, null, null],
      ["产出指标", "数量指标", "B", "≥", 1, "个", 1, 39.98, null, null],
    ]);
    expect(codes(validateWorkbook(validWorkbook({ indicators: s })).findings)).toEqual(["error WEIGHT_SUM 绩效指标!H2"]);
    const ok = INDICATORS([
      ["产出指标", "数量指标", "A", "≥", 1, "个", 1, 60, null, null],
      ["产出指标", "数量指标", "B", "≥", 1, "个", 1, 39.99, null, null],
    ]);
    expect(validateWorkbook(validWorkbook({ indicators: ok })).findings).toEqual([]);
  });
});

describe("exact decimals", () => {
  test("binary floating point creates no mismatch: 0.1 + 0.2 = 0.3", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the trap this guards against
    expect(
      spending([
        ["决算支出合计", 0.3],
        ["基本支出", 0.1],
        ["项目支出", 0.2],
      ]),
    ).toEqual([]);
  });
  test("nor hides one: a difference of 0.01 is seen in figures where floating point rounds", () => {
    expect(1994.74 + 518.31 + 0.01).not.toBe(2513.06);
    expect(
      codes(
        spending([
          ["决算支出合计", 2513.07],
          ["基本支出", 518.32],
          ["项目支出", 1994.74],
        ]),
      ),
    ).toEqual(["warning ROUNDING_DIFF 支出决算!B1"]);
  });
});
