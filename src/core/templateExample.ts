/**
 * The built-in example the task pane can insert so that a first-time user sees a finished workbook: the complete
 * example's data (examples/src/complete.json, a fictional department) as template rows. Percentages are written
 * as text ("100%") and the date as 2026年3月31日, as an accountant would type them.
 */
import { INDICATOR_HEADER, type TemplateSheet } from "./template";

const EXAMPLE: TemplateSheet[] = [
  {
    name: "基本信息",
    widths: [20, 90],
    values: [
      ["项目", "内容"],
      ["部门名称", "示例市数据资源管理局（虚构示例）"],
      ["评价年度", 2025],
      ["金额单位", "万元"],
      ["评价依据", "《示例市财政支出绩效评价管理办法》（示财绩〔2024〕1号，虚构）"],
      ["报告日期", "2026年3月31日"],
      [
        "部门整体绩效目标",
        "统筹全市政务数据资源的汇聚、共享与开放，保障政务信息系统安全稳定运行，组织开展数字化能力培训，提升数字政府服务水平。",
      ],
      [
        "绩效目标完成情况",
        "全年完成数据资源目录编制96个，开放公共数据集300个，政务信息系统全年可用率99.9%，组织数字化能力培训520人次，服务对象满意度92%。",
      ],
    ],
  },
  {
    name: "支出决算",
    widths: [26, 16, 16],
    values: [
      ["项目", "金额（万元）"],
      ["决算支出合计", 1500],
      ["基本支出", 600],
      ["人员支出", 450],
      ["公用经费", 150],
      ["项目支出", 900],
      ["全年预算数", 1600],
      ["年初预算数", 1550],
      [],
      ["项目名称", "全年预算数", "全年执行数"],
      ["政务数据平台运维", 400, 380],
      ["数据安全等级保护", 350, 320],
      ["数字化能力培训", 250, 200],
      ["合计", 1000, 900],
    ],
  },
  {
    name: "绩效指标",
    widths: [12, 14, 26, 10, 12, 10, 12, 8, 10, 30, 40],
    values: [
      ["示例市数据资源管理局2025年度部门整体支出绩效自评表（虚构示例）"],
      INDICATOR_HEADER,
      ["预算执行率", null, "预算执行率", "≥", "100%", "%", null, 10, null, null, null],
      ["产出指标", "数量指标", "数字化能力培训人次", "≥", 500, "人次", 520, 15, null, null, null],
      [null, null, "数据资源目录编制数量", "≥", 120, "个", "９６个", 10, null, "部分委办局数据梳理延后，已列入2026年计划", null],
      [null, "质量指标", "政务信息系统可用率", "≥", "99.5%", "%", "99.9%", 10, null, null, null],
      [null, "时效指标", "项目按期完成率", "=", "100%", "%", "100%", 5, null, null, null],
      [null, "成本指标", "单套系统年均运维成本", "≤", 40, "万元", 44, 10, null, "等保测评费用上涨，下年度通过集中采购压降", null],
      ["效益指标", "社会效益指标", "开放公共数据集数量", "≥", 200, "个", 300, 10, null, null, null],
      [null, "可持续影响指标", "数据共享长效机制", "定性", "建立并有效运行", null, "达成年度指标", 10, null, null, null],
      [
        null,
        "经济效益指标",
        "政务服务事项网办率提升",
        "定性",
        "明显提升",
        null,
        "部分达成年度指标并具有一定效果",
        10,
        7,
        "部分事项涉及线下核验，正在推进电子证照应用",
        null,
      ],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "92%", 10, null, null, null],
      ["合计", null, null, null, null, null, null, 100, null, null, null],
    ],
  },
  {
    name: "问题与措施",
    widths: [8, 100],
    values: [
      ["类别", "内容"],
      ["问题", "部分委办局数据资源梳理进度滞后，数据资源目录编制未完成年度目标。"],
      ["问题", "系统运维成本高于年度指标，成本控制措施不够有力。"],
      ["措施", "建立数据资源目录编制进度月报制度，对滞后单位督促整改。"],
      ["措施", "通过集中采购和统一运维压降单套系统运维成本。"],
    ],
  },
];

/** A finished workbook to look at (a fictional department's complete self-evaluation), as template sheets. */
export function exampleSheets(): TemplateSheet[] {
  return EXAMPLE;
}
