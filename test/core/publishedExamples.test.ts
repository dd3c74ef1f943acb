/**
 * Each scoring rule of issue #12 against the example it comes from: the province, year and figures of a
 * published table where one is cited (docs/scoring-rules.md, Sources), otherwise illustrative figures in the
 * form of a named province's table. The expected score is the table's (or what its rule gives).
 */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { HEADER, INFO, sheet, workbook } from "../helpers/grid";

const H = [...HEADER, "评分标准", "得分系数"];

interface Example {
  rule: string;
  /** Province, year and where the figures come from. */
  source: string;
  spending?: CellValue[][];
  settings?: CellValue[][];
  /** The row under test: 一级, 二级, 三级, 指标性质, 指标值, 单位, 完成值, 分值, 得分, 原因, 评分标准, 得分系数. */
  row: CellValue[];
  score: string | null;
  /** The finding codes the row gives (besides none). */
  codes?: string[];
  explanation?: string;
}

const LABELS = (total: number, basic: number, project: number): CellValue[][] => [
  ["决算支出合计", total],
  ["基本支出", basic],
  ["项目支出", project],
];

const QINGSHEN_2023: CellValue[][] = [
  ...LABELS(251.89, 251.89, 0),
  [],
  ["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数"],
  ["总额", 238.93, 251.89, 251.89],
  ["其中：财政资金", 238.93, 251.89, 251.89],
];

const rate = (w: number, actual: CellValue = null, reason: CellValue = null): CellValue[] => [
  "预算执行率",
  null,
  "预算执行率",
  "≥",
  "100%",
  "%",
  actual,
  w,
  null,
  reason,
  null,
  null,
];

const EXAMPLES: Example[] = [
  {
    rule: "§5 execution rate = 预算执行数 ÷ 调整后预算数 (the form's own formula)",
    source: "Sichuan, 2023: 青神县发展和改革局 工资性支出 — 年初 238.93, 调整后 251.89, 执行 251.89, 100.00%, 权重 10 (published)",
    spending: QINGSHEN_2023,
    row: rate(10),
    score: "10",
    explanation: "预算执行率 = 决算支出合计251.89 ÷ 全年预算数251.89 = 100.00%，得分 10 × 100.00% = 10.00",
  },
  {
    rule: "§5 over 100 %: capped, the rate still shown",
    source: "Sichuan, 2023: the same 青神县 figures divided by the 年初预算 238.93 (执行率分母 年初预算数)",
    spending: QINGSHEN_2023,
    settings: [["执行率分母", "年初预算数"]],
    row: rate(10),
    score: "10",
    explanation: "预算执行率 = 决算支出合计251.89 ÷ 年初预算数238.93 = 105.42%，超过100%按100%计，得分 10 × 100.00% = 10.00",
  },
  {
    rule: "§5 an entered rate: 76 % with weight 10 scores 7.6",
    source: "docs/scoring-rules.md §5 [practice], a county 项目支出 table (province not recorded)",
    row: rate(10, "76%", "疫情影响"),
    score: "7.6",
  },
  {
    rule: "§5 a town's table on 年初预算数 (执行率*该指标分值，最高不得超过分值上限), its only budget",
    source: "illustrative, in the form of Guizhou 2023 (a town): 年初预算数(A) 1800.00, 全年执行数(B) 1623.30, 分值 10",
    spending: [...LABELS(1623.3, 600, 1023.3), ["年初预算数", 1800]],
    row: rate(10),
    score: "9.02",
    codes: ["RATE_DENOMINATOR_FALLBACK@B4"],
  },
  {
    rule: "§5 basis 财政拨款 only",
    source: "illustrative, in the form of Sichuan 2022 (a county): 其中：财政资金 年初 1500, 调整后 1600, 执行 1488",
    spending: [
      ...LABELS(1623.3, 600, 1023.3),
      [],
      ["资金来源", "年初预算数", "调整后预算数", "预算执行数"],
      ["年度资金总额", 1600, 1700, 1623.3],
      ["其中：财政资金", 1500, 1600, 1488],
      ["其他资金", 100, 100, 135.3],
    ],
    settings: [["执行率口径", "财政拨款"]],
    row: rate(10),
    score: "9.3",
  },
  {
    rule: "§3c 得分系数 × 指标权重; the entered coefficient agrees with score ÷ weight",
    source: "illustrative, in the form of Chongqing 2021 (a city department): ≥95% target, 93% done, 得分系数 97.89%, 权重 10",
    row: ["产出指标", "质量指标", "验收合格率", "≥", "95%", "%", "93%", 10, 9.79, "返工", null, "97.89%"],
    score: "9.79",
  },
  {
    rule: "§3c an entered coefficient that differs from the rule's: a warning naming both",
    source: "illustrative, in the form of Chongqing 2021: 得分系数 100% entered for 93% against 95%",
    row: ["产出指标", "质量指标", "验收合格率", "≥", "95%", "%", "93%", 10, null, "返工", null, 100],
    score: "9.79",
    codes: ["COEFFICIENT_DIFFERS@L2"],
  },
  {
    rule: "§4 a qualitative actual written 高, with its score entered in the 达成 band",
    source: "illustrative, in the form of Sichuan 2023: 群众知晓度 定性 高, 权重 10, 得分 9",
    row: ["效益指标", "社会效益指标", "群众知晓度", "定性", "高", null, "高", 10, 9, null, null, null],
    score: "9",
  },
  {
    rule: "§4 a qualitative actual written 是, no score entered: the default 100 % to confirm",
    source: "illustrative, in the form of Yunnan 2022: 是否建立管理制度 定性 是, 权重 5",
    row: ["效益指标", "可持续影响指标", "是否建立管理制度", "定性", "是", null, "是", 5, null, null, null, null],
    score: "5",
    codes: ["QUALITATIVE_DEFAULT_SCORE@I2"],
  },
  {
    rule: "§3a a date indicator on time: ≤2023年12月 against 2023年11月",
    source: "illustrative, in the form of Sichuan 2023: 时效指标 完成时间 ≤2023年12月, 完成值 2023年11月, 权重 10",
    row: ["产出指标", "时效指标", "完成时间", null, "≤2023年12月", null, "2023年11月", 10, null, null, null, null],
    score: "10",
  },
  {
    rule: "§3a a date indicator late: 0 by default (按时完成得满分，否则不得分)",
    source: "illustrative, in the form of Sichuan 2023: 完成时间 ≤2023年12月, 完成值 2024年1月",
    row: ["产出指标", "时效指标", "完成时间", null, "≤2023年12月", null, "2024年1月", 10, null, "审批延迟", null, null],
    score: "0",
  },
  {
    rule: "§3b 评分标准 with a per-point deduction above a ceiling",
    source: "湖南 部门整体支出绩效评价指标 (published framework): 在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分; 103% illustrative",
    row: [
      "投入",
      "预算配置",
      "在职人员控制率",
      "≤",
      "100%",
      "%",
      "103%",
      1,
      null,
      "r",
      "在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止",
      null,
    ],
    score: "0.7",
  },
  {
    rule: "§3b 评分标准 bands ≥95%得满分，90%-95%得80%",
    source: "the issue's wording; illustrative, in the form of Yunnan 2022: 合格率 92%, 权重 10",
    row: ["产出指标", "质量指标", "合格率", "≥", "95%", "%", "92%", 10, null, "r", "≥95%得满分，90%-95%得80%，低于90%不得分", null],
    score: "8",
  },
  {
    rule: "§3b a 评分标准 not recognised: the entered score kept as 人工评分",
    source: "illustrative, in the form of Hunan 2018: 管理制度健全性 — 视情况酌情扣分, 得分 4",
    row: ["过程", "业务管理", "管理制度健全性", "定性", "健全", null, "基本健全", 5, 4, "r", "视情况酌情扣分", null],
    score: "4",
    codes: ["MANUAL_SCORE@K2"],
  },
  {
    rule: "§6 one-decimal scores, as reports write 97.6分",
    source: "illustrative, in the form of Guizhou 2023: 2 of 3 with weight 10 → 6.7",
    settings: [["得分小数位数", 1]],
    row: ["产出指标", "数量指标", "培训场次", "≥", 3, "场", 2, 10, null, "r", null, null],
    score: "6.7",
  },
];

function evaluateExample(x: Example) {
  const w = x.row[7] as number;
  const rows: CellValue[][] = [H, x.row];
  if (w < 100) rows.push(["满意度指标", "服务对象满意度指标", "满意度", "≥", "90%", "%", "90%", 100 - w, null, null, null, null]);
  const sheets = [INFO(), sheet("支出决算", x.spending ?? LABELS(100, 40, 60)), sheet("绩效指标", rows)];
  if (x.settings) sheets.push(sheet("评分设置", x.settings));
  return evaluate(workbook(...sheets));
}

describe.each(EXAMPLES)("$rule — $source", (x) => {
  test(`scores ${x.score}`, () => {
    const e = evaluateExample(x);
    const s = e.scoring.scores[0];
    expect(s.score?.toString() ?? null).toBe(x.score);
    expect(e.findings.filter((f) => f.sheet === "绩效指标").map((f) => `${f.code}@${f.cell}`)).toEqual(
      (x.codes ?? []).filter((c) => !c.includes("@B")),
    );
    expect(e.findings.filter((f) => f.sheet === "支出决算").map((f) => `${f.code}@${f.cell}`)).toEqual(
      (x.codes ?? []).filter((c) => c.includes("@B")),
    );
    if (x.explanation) expect(s.explanation).toBe(x.explanation);
  });
});
