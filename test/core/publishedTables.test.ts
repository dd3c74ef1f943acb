/**
 * Real published self-evaluation tables (issue #12, "Done when"): each case rebuilds rows of one published
 * 自评表 as a grid in that form's own layout, with the figures as published, and states what the tool gives:
 * the published score, or the finding that explains why it gives something else. Every published figure
 * below was read in the page quoted next to it (docs/scoring-rules.md, Sources, lists the pages). Rows
 * marked FILLER are not published: they only bring the weights to 100 so that the table can be scored.
 */
import { evaluate } from "../../src/core/evaluate";
import { CellValue } from "../../src/core/grid";
import { ScoreMethod } from "../../src/core/scoring";
import { HEADER, sheet, workbook } from "../helpers/grid";

interface PublishedRow {
  name: string;
  /** The score the published table gives the row. */
  published: string;
  /** What the tool gives: the published score, or (with `codes`) its own and why it differs. */
  tool: string | null;
  method: ScoreMethod;
}

interface PublishedCase {
  /** Unit, place, year and table. */
  title: string;
  url: string;
  year: number;
  /** 支出决算: the form's funds block (预算执行情况) where the table has one. */
  spending: CellValue[][];
  /** The indicator table in the form's layout: its header row, then its rows as published. */
  indicators: CellValue[][];
  settings?: CellValue[][];
  rows: PublishedRow[];
  /** Every finding the tool gives, as code@sheet!cell, in order. */
  findings: string[];
  /** The execution rate the tool shows, in percent, when the case is about it. */
  rate?: string;
}

/** A project's own spending: all of it is 项目支出 (the tool needs the three labels; the project's total is published). */
const projectSpending = (total: number): CellValue[][] => [["决算支出合计", total], ["基本支出", 0], ["项目支出", total], []];

/** FILLER: spending figures where the page read gives none (the tool needs the three labels). */
const FILLER_SPENDING: CellValue[][] = [
  ["决算支出合计", 100],
  ["基本支出", 40],
  ["项目支出", 60],
];

// ---------------------------------------------------------------------------------------------------------
// Anhui 10号-style tables: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施. The form has
// no 指标性质 column (the sign is written in the target): the tool reads the direction from the target, and a
// table found by its header needs no 指标性质 column (#11), so there is no MISSING_COLUMN. Its funds block carries
// the execution rate's 分值 and 得分; the tool scores them on a 预算执行率 row of the indicator table.
const ANHUI_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const ANHUI_FUNDS_HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

/*
 * 池州市贵池区棠溪镇人民政府, 项目支出绩效自评表（2022年度）, 委托业务项目 (a town, Anhui). Published text:
 * "年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 … 基建工程委托业务项目数量 ≥50个 50 8 8 质量指标
 * 委托业务报告合格率 ≥100百分比 100 8 8 经费支出合规性 严格执行相关制度规定 达成预期指标 8 8 时效指标 提交报告及时性
 * 在项目计划完成时间内完成 达成预期指标 8 8 成本指标 项目总成本 ≤90万元 90 8 8 单项业务成本 符合相关规定 达成预期指标
 * 10 10 效益指标(30分) 社会效益指标 对维护基建市场公平的影响程度 效果明显 达成预期指标 10 10 …"
 */
const TANGXI_URL = "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2";
const TANGXI_FUNDS: CellValue[][] = [
  ...projectSpending(89.974),
  ANHUI_FUNDS_HEADER,
  ["年度资金总额：", 0, 0, 0, 10, 0, 0],
  ["其中：本年财政拨款", 90, 89.974, 89.974],
  ["上年结转资金"],
  ["其他资金"],
];
const TANGXI_ROWS: CellValue[][] = [
  ANHUI_HEADER,
  // The funds block's 分值 10 and published 得分 0 (its 年度资金总额 row was left at 0).
  ["预算执行率", null, "预算执行率", null, null, 10, 0, null],
  ["产出指标（50分）", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, null],
  [null, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, null],
  [null, null, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, null],
  [null, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, null],
  [null, "成本指标", "项目总成本", "≤90万元", 90, 8, 8, null],
  [null, null, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, null],
  ["效益指标（30分）", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, null],
  [null, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, null],
  [null, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10, null],
  // FILLER: the published 满意度指标(10分) row is cut off in the page read.
  ["满意度指标（10分）", "满意度指标", "满意度（FILLER）", "≥90%", "90%", 10, null, null],
];
const TANGXI_SCORED: PublishedRow[] = [
  { name: "基建工程委托业务项目数量", published: "8", tool: "8", method: "proportional" },
  { name: "委托业务报告合格率", published: "8", tool: "8", method: "proportional" },
  { name: "经费支出合规性", published: "8", tool: "8", method: "qualitative" },
  { name: "提交报告及时性", published: "8", tool: "8", method: "qualitative" },
  { name: "项目总成本", published: "8", tool: "8", method: "reverse" },
  { name: "单项业务成本", published: "10", tool: "10", method: "qualitative" },
  { name: "对维护基建市场公平的影响程度", published: "10", tool: "10", method: "qualitative" },
  { name: "对控制基建项目成本影响程度", published: "10", tool: "10", method: "qualitative" },
  { name: "对推动基建项目“四项制度”健全和落实的持续性影响", published: "10", tool: "10", method: "qualitative" },
];

/*
 * 金寨县茶谷和美丽乡村建设服务中心, 部门整体支出绩效自评表（2023年度） (a county, Anhui). Published text:
 * "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | … 指标1:开展精品示范村建设数量 | ≤4 | 4 | 10 | 10 |
 * 指标2:建设美丽宜居自然村庄数量 | ≥200 | 202 | 10 | 10 | 指标3:完成农村户用卫生厕所改造数量 | ≥2000 | 3061 | 10 | 10 |
 * 指标4:新建省级中心村数量 | ≥10 | 10 | 10 | 10 | 质量指标 | 指标1:美丽宜居自然村庄验收通过率 | ≥95% | 100% | 5 | 5 |
 * 指标2:户用卫生厕所改造验收通过率 | ≥95% | 100% | 5 | 5 | 时效指标 | 指标1:完成美丽宜居自然村庄验收时间 | 9月前 | 7月 |
 * 5 | 5 | 指标2:完成户用卫生厕所改造验收时间 | 11月前 | 10月 | 5 | 5 | 成本指标 | 指标1:" (cut off there; the
 * funds row's 得分 cell is empty in the page).
 */
const JINZHAI_URL = "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html";

// ---------------------------------------------------------------------------------------------------------
// Sichuan 部门预算项目支出绩效自评表: funds block 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分, then
// 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析.
const SICHUAN_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"];
const SICHUAN_FUNDS_HEADER = ["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"];

/*
 * 大英县司法局, 部门预算项目支出绩效自评表（2023年度） (a county, Sichuan), two projects on one page. Published
 * text: "产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 |" and, for 2023年全县安可替代补助资金项目,
 * "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 … 其中:财政资金 | 0.00 | 3.36 |
 * 3.36 | 100.00% | / | /" (its indicator rows are cut off in the page read).
 */
const DAYING_URL = "https://dyxrmt.cn/article-157795-21.html";

/*
 * 中江县水利局, 绩效目标自评表（2022年度）, 中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目
 * (a county, Sichuan; the 10号 layout with 分值 before the values). Published text: "全年预算数(A)全年执行数(B)分值
 * 执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020 … 三级指标分值年度指标值全年实际值得分 …
 * 产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10质量指标项目(工程)验收合格率
 * 20100%100%20时效指标及时(按期)开工率10≥90%≥90%10及时(按期)完工率10≥90%≥90%10成本指标项目计划总投资1020万元
 * 20万元10效益指标(20分)经济效益指标社会效益指标受益脱贫(含监测对象)户人口数10≥1000人≥1000人10群众生产生活条件改善
 * 状况10显著提升显著提升10满意度指标(10分)服务对象满意度指标受益脱贫(含监测对象)户满意度10≥95%≥95%10……总分100100".
 * The indicators' weights total 100 besides the funds block's 10, and the table's 总分 is 100.
 */
const ZHONGJIANG_URL = "https://chacewang.com/newsdetail/news242266.html";
const ZHONGJIANG_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"];

// ---------------------------------------------------------------------------------------------------------
/*
 * 西部（重庆）科学城 融媒体中心, 部门整体绩效自评表 (2021; Chongqing, a municipality). Chongqing's layout: 指标名称 |
 * 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标. The
 * page is a text extraction of the document, its cells run together. Published text: "自评总分(分)97.6 … 全年执行数
 * 执行率(%)执行率权重执行率得分(分)O76%107.6 … 财政供养人员控制率%定量指标100%92%100%22否 … 预算完成率%70%76%100%22是
 * 预算调整率%3%0100%22否结转结余率%2%0100%22是公用经费控制率%100%97%100%22是 … 政府采购执行率%100%72.74%100%22是
 * 管理制度健全性性标定指高高100%33否资金使用合规性好好100%55否 … 预决算信息公开性高高100%11否资产管理安全好好100%22否
 * 固定资产利用率%定量指标90%100%100%22否". "性标定指" is the vertical cell 定性指标 read across; the 指标性质 cells are
 * merged over the rows below them, so a merged row's cell is blank in the grid. No target in the text read carries
 * a ≥ or ≤ (an extraction may lose signs; the grid holds what was read).
 */
const CHONGQING_URL = "https://m.yzwku.com/doc/98587.html";
const CHONGQING_HEADER = [
  "指标名称",
  "计量单位",
  "指标性质",
  "年初指标值",
  "调整指标值",
  "全年完成值",
  "得分系数(%)",
  "指标权重(分)",
  "指标得分(分)",
  "是否核心指标",
];

// ---------------------------------------------------------------------------------------------------------
/*
 * 湖南省经济和信息化委员会, 部门整体支出绩效评价考核指标及评分表 2015年度 (Hunan, a province-level department). Its
 * layout (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 指标说明 | 本单位执行情况 | 得分) has three 分值
 * columns and the actual in prose, so the rows are given in the project's layout with the 评价标准 as 评分标准; the
 * comparison is the one the standard states. Published text: "在职人员控制率5以100%为标准。在职人员控制率≦100%,计5分;
 * 每超过一个百分点扣0.5分,扣完为止。… 在职人员控制率88.66%5" and "预算完成率5100%计满分,每低于5%扣2分,扣完为止。…
 * 预算完成率92.8%,本预算完成率为省级预算完成率 … 故对该部分追加预算进行了调整。3".
 */
const HUNAN_URL = "https://m.wenku365.com/p-28594397.html";
const PROJECT_HEADER = [...HEADER, "评分标准"];

const CASES: PublishedCase[] = [
  {
    title: "棠溪镇人民政府 2022 委托业务项目 (town, Anhui): the indicators; the funds block's 年度资金总额 row left at 0",
    url: TANGXI_URL,
    year: 2022,
    spending: TANGXI_FUNDS,
    indicators: TANGXI_ROWS,
    rows: [
      // Published 0 because the form's total row was left at 0: the tool names that row's 决算数 (D6) against the
      // project's spending and leaves the rate unscored rather than writing 0.
      { name: "预算执行率", published: "0", tool: null, method: "unscored" },
      ...TANGXI_SCORED,
    ],
    findings: [
      // 决算数·合计 0 (the form's total row) against 决算支出合计 89.974.
      "BUDGET_IDENTITY_MISMATCH@支出决算!D6",
      "MISSING_ACTUAL@绩效指标!E2",
    ],
  },
  {
    title: "棠溪镇人民政府 2022 (town, Anhui), funds block only, 执行率口径 财政拨款: the 本年财政拨款 row gives 100%",
    url: TANGXI_URL,
    year: 2022,
    spending: TANGXI_FUNDS,
    indicators: TANGXI_ROWS,
    settings: [["执行率口径", "财政拨款"]],
    rows: [{ name: "预算执行率", published: "0", tool: "10", method: "executionRate" }],
    findings: [
      // 决算数·合计 0 (the form's total row) against 决算支出合计 89.974.
      "BUDGET_IDENTITY_MISMATCH@支出决算!D6",
      // The published 0 is replaced by the rule's 10 (89.974 ÷ 89.974), and the message keeps the 0.
      "ENTERED_SCORE_DIFFERS@绩效指标!G2",
    ],
    rate: "100",
  },
  {
    title: "金寨县茶谷和美丽乡村建设服务中心 2023 部门整体 (county, Anhui): 时效 months, ≤, over 100 %",
    url: JINZHAI_URL,
    year: 2023,
    spending: [
      // The 自评表 gives no 基本/项目 split, which the tool requires (MISSING_FIELD below).
      ["决算支出合计", 338.31],
      [],
      ["预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 329.77, 329.77, 338.31, 10, "102.59%", null],
      ["其中：当年财政拨款", 329.77, 329.77, 338.31, "—", "102.59%", "—"],
      ["上年结转资金", "—", "—"],
      ["其他资金", "—", "—"],
    ],
    indicators: [
      ANHUI_HEADER,
      ["预算执行率", null, "预算执行率", null, null, 10, null, null],
      ["产出指标", "数量指标", "指标1：开展精品示范村建设数量", "≤4", 4, 10, 10, null],
      [null, null, "指标2：建设美丽宜居自然村庄数量", "≥200", 202, 10, 10, null],
      [null, null, "指标3：完成农村户用卫生厕所改造数量", "≥2000", 3061, 10, 10, null],
      [null, null, "指标4：新建省级中心村数量", "≥10", 10, 10, 10, null],
      [null, "质量指标", "指标1：美丽宜居自然村庄验收通过率", "≥95%", "100%", 5, 5, null],
      [null, null, "指标2：户用卫生厕所改造验收通过率", "≥95%", "100%", 5, 5, null],
      [null, "时效指标", "指标1：完成美丽宜居自然村庄验收时间", "9月前", "7月", 5, 5, null],
      [null, null, "指标2：完成户用卫生厕所改造验收时间", "11月前", "10月", 5, 5, null],
      // FILLER: the published 成本/效益/满意度 rows are cut off in the page read.
      ["效益指标", "社会效益指标", "（FILLER）", "≥90%", "90%", 30, null, null],
    ],
    rows: [
      // 338.31 ÷ 329.77 = 102.59 % as published; capped at the weight (the page's 得分 cell is empty).
      { name: "预算执行率", published: "10", tool: "10", method: "executionRate" },
      { name: "指标1：开展精品示范村建设数量", published: "10", tool: "10", method: "reverse" },
      { name: "指标2：建设美丽宜居自然村庄数量", published: "10", tool: "10", method: "proportional" },
      // 3061 ≥ 130 % of 2000 with no reason: scored in full, with the over-achievement warning.
      { name: "指标3：完成农村户用卫生厕所改造数量", published: "10", tool: "10", method: "proportional" },
      { name: "指标4：新建省级中心村数量", published: "10", tool: "10", method: "proportional" },
      { name: "指标1：美丽宜居自然村庄验收通过率", published: "5", tool: "5", method: "proportional" },
      { name: "指标2：户用卫生厕所改造验收通过率", published: "5", tool: "5", method: "proportional" },
      { name: "指标1：完成美丽宜居自然村庄验收时间", published: "5", tool: "5", method: "deadline" },
      { name: "指标2：完成户用卫生厕所改造验收时间", published: "5", tool: "5", method: "deadline" },
    ],
    findings: ["MISSING_FIELD@支出决算!A8", "MISSING_FIELD@支出决算!A8", "OVERACHIEVED_REASON_MISSING@绩效指标!H5"],
    rate: "102.59",
  },
  {
    title: "大英县司法局 2023 (county, Sichuan): a ≤ cost ceiling whose actual is the word 完成",
    url: DAYING_URL,
    year: 2023,
    spending: projectSpending(30),
    indicators: [
      SICHUAN_HEADER,
      // FILLER: this project's funds block is not in the page read.
      ["预算执行率", null, "预算执行率", "≥", "100%", "%", "100%", 10, null, null],
      ["产出指标", "经济成本指标", "成本控制数", "≤", 30, "万元", "完成", 90, 90, null],
    ],
    rows: [{ name: "成本控制数", published: "90", tool: "90", method: "proportional" }],
    // Counted as achieved, with the warning that asks for the number.
    findings: ["WORD_ACTUAL@绩效指标!G3"],
  },
  {
    title: "大英县司法局 2023 安可替代补助资金项目 (county, Sichuan): funds block only, 年初预算 0.00",
    url: DAYING_URL,
    year: 2023,
    spending: [
      ...projectSpending(3.36),
      SICHUAN_FUNDS_HEADER,
      ["总额", 0, 3.36, 3.36, "100.00%", 10, 10],
      ["其中：财政资金", 0, 3.36, 3.36, "100.00%", "/", "/"],
      ["财政专户管理资金", 0, 0, 0, "0.00%", "/", "/"],
      ["单位资金", 0, 0, 0, "0.00%", "/", "/"],
      ["其他资金", null, null, null, null, "/", "/"],
    ],
    indicators: [
      SICHUAN_HEADER,
      ["预算执行率", null, "预算执行率", null, null, null, null, 10, 10, null],
      // FILLER: the project's indicator rows are cut off in the page read.
      ["产出指标", "质量指标", "（FILLER）", "=", 100, "%", 100, 90, null, null],
    ],
    rows: [{ name: "预算执行率", published: "10", tool: "10", method: "executionRate" }],
    findings: [],
    rate: "100",
  },
  {
    title: "中江县水利局 2022 (county, Sichuan): the 10号 layout, (A)/(B) headers, actuals written with their sign",
    url: ZHONGJIANG_URL,
    year: 2022,
    spending: [
      ...projectSpending(20),
      ["资金情况（万元）", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
      ["年度资金总额：", 20, 20, 10, "100.00%", 10],
      ["其中：本年财政拨款", 20, 20],
      ["其他资金"],
    ],
    indicators: [
      ZHONGJIANG_HEADER,
      ["预算执行率", null, "预算执行率", 10, null, null, 10, null],
      ["产出指标（70分）", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10, null],
      [null, null, "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10, null],
      [null, "质量指标", "项目（工程）验收合格率", 20, "100%", "100%", 20, null],
      [null, "时效指标", "及时（按期）开工率", 10, "≥90%", "≥90%", 10, null],
      [null, null, "及时（按期）完工率", 10, "≥90%", "≥90%", 10, null],
      [null, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10, null],
      ["效益指标（20分）", "社会效益指标", "受益脱贫（含监测对象）户人口数", 10, "≥1000人", "≥1000人", 10, null],
      [null, null, "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10, null],
      ["满意度指标（10分）", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", 10, "≥95%", "≥95%", 10, null],
      ["总分", null, null, 100, null, null, 100, null],
    ],
    rows: [
      { name: "预算执行率", published: "10", tool: "10", method: "executionRate" },
      { name: "安装坡面水标尺", published: "10", tool: "10", method: "proportional" },
      { name: "水标尺宽度", published: "10", tool: "10", method: "proportional" },
      // No ≥ or ≤ in the target: the direction is not stated, so the published score is kept as 人工评分.
      { name: "项目（工程）验收合格率", published: "20", tool: "20", method: "manual" },
      { name: "及时（按期）开工率", published: "10", tool: "10", method: "proportional" },
      { name: "及时（按期）完工率", published: "10", tool: "10", method: "proportional" },
      { name: "项目计划总投资", published: "10", tool: "10", method: "manual" },
      { name: "受益脱贫（含监测对象）户人口数", published: "10", tool: "10", method: "proportional" },
      // 显著提升 names no band: the published score is kept and the warning names its band (达成).
      { name: "群众生产生活条件改善状况", published: "10", tool: "10", method: "qualitative" },
      { name: "受益脱贫（含监测对象）户满意度", published: "10", tool: "10", method: "proportional" },
    ],
    findings: [
      // The funds block's 10 on top of indicators weighing 100: the published 总分 is out of 100 without it.
      "WEIGHT_SUM@绩效指标!D2",
      "DIRECTION_UNSTATED@绩效指标!E5",
      "DIRECTION_UNSTATED@绩效指标!E8",
      "QUALITATIVE_WORD_SCORE_KEPT@绩效指标!F10",
    ],
    rate: "100",
  },
  {
    title: "西部（重庆）科学城 融媒体中心 2021 (Chongqing): 得分系数 × 指标权重, 定性 高/好, execution rate 76 %",
    url: CHONGQING_URL,
    year: 2021,
    // FILLER: the spending is not in the page read.
    spending: FILLER_SPENDING,
    indicators: [
      CHONGQING_HEADER,
      // The funds block's 执行率 76%, 执行率权重 10, 执行率得分 7.6 (its budget figures are unreadable in the page).
      ["预算执行率", "%", null, null, null, "76%", null, 10, 7.6, null],
      ["财政供养人员控制率", "%", "定量指标", "100%", null, "92%", "100%", 2, 2, "否"],
      ["预算完成率", "%", null, "70%", null, "76%", "100%", 2, 2, "是"],
      ["预算调整率", "%", null, "3%", null, 0, "100%", 2, 2, "否"],
      ["结转结余率", "%", null, "2%", null, 0, "100%", 2, 2, "是"],
      ["公用经费控制率", "%", null, "100%", null, "97%", "100%", 2, 2, "是"],
      ["政府采购执行率", "%", null, "100%", null, "72.74%", "100%", 2, 2, "是"],
      ["管理制度健全性", null, "定性指标", "高", null, "高", "100%", 3, 3, "否"],
      ["资金使用合规性", null, null, "好", null, "好", "100%", 5, 5, "否"],
      ["预决算信息公开性", null, null, "高", null, "高", "100%", 1, 1, "否"],
      ["资产管理安全", null, null, "好", null, "好", "100%", 2, 2, "否"],
      ["固定资产利用率", "%", "定量指标", "90%", null, "100%", "100%", 2, 2, "否"],
      // FILLER: the rows the page's extraction garbled (26次, 到0次 …) or cut off, and those not read.
      ["（FILLER）", "%", null, "≥90%", null, "90%", "100%", 65, 65, null],
    ],
    rows: [
      // Below 90 % and no reason cell in this layout: scored as published, with the warning asking for one.
      { name: "预算执行率", published: "7.6", tool: "7.6", method: "executionRate" },
      // A 定量 target without ≥ or ≤ (控制率 rows are ceilings, 执行率 rows floors): the entered 得分系数 × 权重
      // is kept as 人工评分. By the proportional rule 政府采购执行率 72.74 % of 100 % would be 1.45.
      { name: "财政供养人员控制率", published: "2", tool: "2", method: "manual" },
      { name: "预算完成率", published: "2", tool: "2", method: "manual" },
      { name: "预算调整率", published: "2", tool: "2", method: "manual" },
      { name: "结转结余率", published: "2", tool: "2", method: "manual" },
      { name: "公用经费控制率", published: "2", tool: "2", method: "manual" },
      { name: "政府采购执行率", published: "2", tool: "2", method: "manual" },
      { name: "管理制度健全性", published: "3", tool: "3", method: "qualitative" },
      { name: "资金使用合规性", published: "5", tool: "5", method: "qualitative" },
      { name: "预决算信息公开性", published: "1", tool: "1", method: "qualitative" },
      { name: "资产管理安全", published: "2", tool: "2", method: "qualitative" },
      { name: "固定资产利用率", published: "2", tool: "2", method: "manual" },
    ],
    findings: [
      "EXECUTION_RATE_LOW@绩效指标!F2",
      "DIRECTION_UNSTATED@绩效指标!C3",
      "DIRECTION_UNSTATED@绩效指标!C4",
      "DIRECTION_UNSTATED@绩效指标!C5",
      "DIRECTION_UNSTATED@绩效指标!C6",
      "DIRECTION_UNSTATED@绩效指标!C7",
      "DIRECTION_UNSTATED@绩效指标!C8",
      "DIRECTION_UNSTATED@绩效指标!C13",
    ],
    rate: "76",
  },
  {
    title: "湖南省经济和信息化委员会 2015 (Hunan): 评价标准 with per-step deductions, a rate below 100 %",
    url: HUNAN_URL,
    year: 2015,
    // FILLER: the spending is not in the page read.
    spending: FILLER_SPENDING,
    indicators: [
      PROJECT_HEADER,
      [
        "投入",
        "预算配置",
        "在职人员控制率",
        "≤",
        "100%",
        "%",
        "88.66%",
        5,
        5,
        null,
        "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
      ],
      [
        "过程",
        "预算执行",
        "预算完成率",
        "≥",
        "100%",
        "%",
        "92.8%",
        5,
        3,
        "本预算完成率为省级预算完成率,不包含中央财政资金和非税资金结余金额,因项目支出主要在9月份以后下达,故对该部分追加预算进行了调整",
        "100%计满分,每低于5%扣2分,扣完为止。",
      ],
      // FILLER: the rest of the 评分表.
      ["产出", "（FILLER）", "（FILLER）", "≥", "90%", "%", "90%", 90, null, null, null],
    ],
    rows: [
      // 以100%为标准 and 100%计满分 are not patterns the tool reads: the published scores are kept as 人工评分.
      // The published 3 counts whole steps: 5 − 2 × ⌊(100 − 92.8) ÷ 5⌋ = 3 (docs/scoring-rules.md §3b).
      { name: "在职人员控制率", published: "5", tool: "5", method: "manual" },
      { name: "预算完成率", published: "3", tool: "3", method: "manual" },
    ],
    findings: ["MANUAL_SCORE@绩效指标!K2", "MANUAL_SCORE@绩效指标!K3"],
  },
];

function evaluateCase(c: PublishedCase) {
  const sheets = [
    sheet("基本信息", [
      ["部门名称", c.title.split(" ")[0]],
      ["评价年度", c.year],
    ]),
    sheet("支出决算", c.spending),
    sheet("绩效指标", c.indicators),
  ];
  if (c.settings) sheets.push(sheet("评分设置", c.settings));
  return evaluate(workbook(...sheets));
}

describe.each(CASES)("$title — $url", (c) => {
  const e = evaluateCase(c);
  test.each(c.rows)("$name: published $published, the tool $tool ($method)", (row) => {
    const s = e.scoring.scores.find((x) => x.indicator.name === row.name);
    expect(s).toBeDefined();
    expect(s!.score?.toString() ?? null).toBe(row.tool);
    expect(s!.method).toBe(row.method);
  });
  test("the findings that explain every difference, and no others", () => {
    expect(e.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual(c.findings);
  });
  if (c.rate !== undefined) {
    test(`the execution rate shown is ${c.rate}%`, () => {
      expect(e.scoring.executionRate?.value.round(2).toString()).toBe(c.rate);
    });
  }
});
