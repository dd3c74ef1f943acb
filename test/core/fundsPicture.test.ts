/**
 * A form's funds block (预算执行情况) in the budget picture (#12): its figures are the picture's 年初/调整/执行
 * stages, its own formula or budget column is the execution rate's rule, and the rate's detail names its cells.
 */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { paramsOf } from "../helpers/findings";
import { HEADER, sheet, workbook } from "../helpers/grid";

const INDICATORS_90: CellValue[][] = [HEADER, ["产出指标", "数量指标", "培训教师人次", "≥", 500, "人次", 520, 90, null, null]];

const cellOf = (a: { sheet: string; cell: string } | undefined) => (a ? `${a.sheet}!${a.cell}` : undefined);
const codes = (fs: { code: string; severity: string; sheet: string; cell: string }[]) =>
  fs.filter((f) => f.code !== "REPORT_PLACEHOLDER").map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

describe("the funds block's figures are the budget picture's", () => {
  const SICHUAN = sheet("自评表", [
    ["年度预算执行情况（万元）", null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
    [null, "年度资金总额", 1000, 1200, 1140, "95%", 10, null, null],
    [null, "其中：财政资金", 900, 1100, 1050, null, null, null, null],
    [null, "其他资金", 100, 100, 90, null, null, null, null],
    [],
    ...INDICATORS_90,
  ]);

  test("each row in its line, each column in its stage, with its cell", () => {
    const p = evaluate(workbook(SICHUAN)).model.budgetPicture!;
    expect(cellOf(p.funds.initial?.total)).toBe("自评表!C2");
    expect(cellOf(p.funds.adjusted?.total)).toBe("自评表!D2");
    expect(cellOf(p.funds.final?.total)).toBe("自评表!E2");
    expect(cellOf(p.funds.adjusted?.fiscal)).toBe("自评表!D3");
    expect(cellOf(p.funds.final?.otherFunds)).toBe("自评表!E4");
    expect(p.rateRule).toBeUndefined(); // both budget columns: 评分设置 decides
  });

  test("the entered 执行率 is scored, and compared with 预算执行数 ÷ 调整后预算数 from the block's cells", () => {
    const rate = evaluate(workbook(SICHUAN)).scoring.executionRate!;
    expect(rate).toMatchObject({ source: "entered", denominator: "adjusted", ruleFrom: "settings" });
    expect([rate.value, rate.computed].map((d) => d?.toString())).toEqual(["95", "95"]);
    expect([cellOf(rate.numerator), cellOf(rate.budget)]).toEqual(["自评表!E2", "自评表!D2"]);
  });

  test("an entered 执行率 the figures do not give is scored as entered, with a warning on its cell", () => {
    const wrong = { ...SICHUAN, values: SICHUAN.values.map((r, i) => (i === 1 ? r.map((v, c) => (c === 5 ? "90%" : v)) : r)) };
    const e = evaluate(workbook(wrong));
    expect(e.scoring.scores[0].score?.toString()).toBe("9");
    expect(codes(e.findings)).toEqual(["warning EXECUTION_RATE_DIFFERS 自评表!F2"]);
    expect(paramsOf(e.findings[0], "EXECUTION_RATE_DIFFERS")).toMatchObject({ entered: "90", computed: "95.00" });
  });
});

describe("the block's own rule wins over 评分设置", () => {
  const guizhou = (settings: CellValue[][] = []) =>
    workbook(
      sheet("自评表", [
        ["资金来源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分"],
        ["年度资金总额", 1000, 960, null, null],
        [],
        ...INDICATORS_90,
      ]),
      ...(settings.length > 0 ? [sheet("评分设置", settings)] : []),
    );

  test("a block with 年初预算数 alone divides by it, as Guizhou's form does: no fallback warning", () => {
    const e = evaluate(guizhou());
    expect(e.model.budgetPicture?.rateRule).toEqual({ sheet: "自评表", cell: "B1", text: "年初预算数(A)", denominator: "initial" });
    expect(e.scoring.executionRate).toMatchObject({ source: "computed", denominator: "initial", ruleFrom: "form" });
    expect(e.scoring.scores[0].score?.toString()).toBe("9.6");
    expect(codes(e.findings)).toEqual([]);
  });

  test("…even where 评分设置 names 全年预算数", () => {
    const e = evaluate(guizhou([["执行率分母", "全年预算数"]]));
    expect(e.scoring.executionRate).toMatchObject({ denominator: "initial", ruleFrom: "form" });
    expect(codes(e.findings)).toEqual([]);
  });

  test("a formula written in the block (执行率=全年执行数÷年初预算数) is the rule, though it has both budgets", () => {
    const e = evaluate(
      workbook(
        sheet("自评表", [
          ["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "得分", "计算方法"],
          ["年度资金总额", 1000, 1200, 960, 10, null, "执行率=全年执行数÷年初预算数"],
          [],
          ...INDICATORS_90,
        ]),
      ),
    );
    expect(e.model.budgetPicture?.rateRule).toMatchObject({ cell: "G2", denominator: "initial" });
    expect(e.scoring.scores[0].score?.toString()).toBe("9.6");
  });
});

describe("the picture's identities over a funds block", () => {
  test("财预〔2020〕10号's 上年结转资金 is a part: 当年财政拨款 + 上年结转资金 + 其他资金 = 年度资金总额", () => {
    const block = (carryover: number) =>
      sheet("项目支出绩效自评表", [
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 500, 520, 494, 10, null, null],
        [null, "其中：当年财政拨款", 450, 470, 450, null, null, null],
        [null, "上年结转资金", 50, 50, carryover, null, null, null],
        [null, "其他资金", 0, 0, 0, null, null, null],
        [],
        ...INDICATORS_90,
      ]);
    expect(codes(evaluate(workbook(block(44))).findings)).toEqual([]);
    const off = evaluate(workbook(block(40))).findings;
    expect(codes(off)).toEqual(["error BUDGET_IDENTITY_MISMATCH 项目支出绩效自评表!E2"]);
    expect(paramsOf(off[0], "BUDGET_IDENTITY_MISMATCH")).toMatchObject({ identity: { kind: "fiscalCarryoverOther", stage: "final" } });
  });

  test("a block's figure another table already gave must agree with it (a rounding difference is a warning)", () => {
    const own = sheet("支出决算", [
      ["决算支出合计", 1140.004],
      ["基本支出", 540.004],
      ["项目支出", 600],
    ]);
    const form = sheet("自评表", [
      ["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"],
      ["年度资金总额", 1000, 1200, 1140, 10, null],
      [],
      ...INDICATORS_90,
    ]);
    const e = evaluate(workbook(own, form));
    expect(cellOf(e.model.budgetPicture?.funds.final?.total)).toBe("支出决算!B1");
    expect(codes(e.findings)).toEqual(["warning ROUNDING_DIFF 支出决算!B1"]);
    expect(paramsOf(e.findings[0], "ROUNDING_DIFF")).toMatchObject({
      of: "BUDGET_IDENTITY_MISMATCH",
      identity: { kind: "labelled", stage: "final", line: "total", label: "年度资金总额" },
    });
  });

  test("the own 支出决算 sheet's funds table is the spending reader's: beside a form's block it is no second block", () => {
    const own = sheet("支出决算", [
      ["决算支出合计", 960],
      ["基本支出", 360],
      ["项目支出", 600],
      [],
      ["预算执行情况", "年初预算数", "全年预算数", "全年执行数"],
      ["合计", 1000, 1000, 960],
    ]);
    const form = sheet("自评表", [
      ["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"],
      ["年度资金总额", 1000, 1000, 960, 10, null],
      [],
      ...INDICATORS_90,
    ]);
    const e = evaluate(workbook(own, form));
    expect(e.model.sources.filter((s) => s.kind === "funds").map((s) => s.sheet)).toEqual(["自评表"]);
    expect(codes(e.findings)).toEqual([]);
    expect(e.scoring.scores[0].score?.toString()).toBe("9.6");
  });
});

describe("a funds block that is the 支出决算 sheet's own funds table", () => {
  // Anhui's project forms put the block (with its 分值 and 执行率) on the sheet that gives 决算支出合计: the funds
  // table's reader and the block's read the same cells.
  const spending = (total: number) =>
    sheet("支出决算", [
      ["决算支出合计", 89.974],
      ["基本支出", 0],
      ["项目支出", 89.974],
      [],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 90, 90, total, 10, null, null],
      ["其中：本年财政拨款", 90, 90, total],
      ["上年结转资金", 0, 0, 0],
    ]);

  test("a total that differs from 决算支出合计 is said once, on the table's cell, not again from the block", () => {
    const e = evaluate(workbook(spending(0), sheet("绩效指标", INDICATORS_90)));
    expect(codes(e.findings)).toEqual(["error BUDGET_IDENTITY_MISMATCH 支出决算!D6"]);
  });

  test("the block's rows the funds table does not know (上年结转资金) still join the picture", () => {
    const e = evaluate(workbook(spending(89.974), sheet("绩效指标", INDICATORS_90)));
    expect(codes(e.findings)).toEqual([]);
    expect(cellOf(e.model.budgetPicture?.funds.final?.carryover)).toBe("支出决算!D8");
    expect(cellOf(e.model.budgetPicture?.funds.final?.total)).toBe("支出决算!B1");
  });
});
