/**
 * The template sheets the task pane offers when a workbook has none of the expected sheets: the input sheets
 * with their labels and headers, and one example row of each indicator kind.
 */
import { CellValue } from "./grid";
import { TEXT_FORMAT } from "./plan";

/** The indicator table's header row, in the usual order. */
export const INDICATOR_HEADER: CellValue[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "计量单位",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
  "评分说明",
];

export interface TemplateSheet {
  name: string;
  values: CellValue[][];
  /** Column widths in character units. */
  widths: number[];
  /** The first cell an accountant fills in (A1 address): the pane goes there after inserting the sheet. */
  firstInput?: string;
}

export const TEMPLATE: TemplateSheet[] = [
  {
    name: "基本信息",
    firstInput: "B2",
    widths: [20, 60],
    values: [
      ["项目", "内容"],
      ["部门名称", null],
      ["评价年度", null],
      ["金额单位", "万元"],
      ["评价依据", null],
      ["报告日期", null],
      ["部门整体绩效目标", null],
      ["绩效目标完成情况", null],
      ["自评工作开展情况", null],
      ["单位类型", null],
      ["报告主语", null],
      ["报告标题", null],
    ],
  },
  {
    name: "支出决算",
    firstInput: "B2",
    widths: [24, 16, 16],
    values: [
      ["项目", "金额"],
      ["决算支出合计", null],
      ["基本支出", null],
      ["人员支出", null],
      ["公用经费", null],
      ["项目支出", null],
      ["全年预算数", null],
      [],
      ["项目名称", "全年预算数", "全年执行数"],
    ],
  },
  {
    name: "绩效指标",
    firstInput: "G2",
    widths: [12, 14, 24, 10, 14, 10, 14, 8, 8, 28, 36],
    values: [
      INDICATOR_HEADER,
      ["预算执行率", null, "预算执行率", "≥", "100%", "%", null, 10, null, null, null],
      ["产出指标", "数量指标", "（示例）完成培训人次", "≥", 500, "人次", null, 20, null, null, null],
      [null, "成本指标", "（示例）单位运维成本", "≤", 40, "万元", null, 20, null, null, null],
      [null, "时效指标", "（示例）按期完成率", "=", "100%", "%", null, 20, null, null, null],
      ["效益指标", "社会效益指标", "（示例）共享机制建设", "定性", "建立并有效运行", null, null, 20, null, null, null],
      ["满意度指标", "服务对象满意度指标", "（示例）服务对象满意度", "≥", "90%", "%", null, 10, null, null, null],
    ],
  },
  {
    name: "问题与措施",
    firstInput: "B2",
    widths: [8, 80],
    values: [
      ["类别", "内容"],
      ["问题", null],
      ["措施", null],
    ],
  },
];

/**
 * Text format only on cells that hold text, so "≥" and "100%" stay as written. A blank input cell stays General:
 * formatted as text, a number typed there later would be text and a typed formula would never calculate.
 */
export function templateCellFormat(v: CellValue | undefined): string {
  return typeof v === "string" && v !== "" ? TEXT_FORMAT : "General";
}

/** The sheets of `sheets` whose names are free: never one over an existing sheet. */
export function freeSheets(sheets: TemplateSheet[], existing: string[]): TemplateSheet[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return sheets.filter((t) => !taken.has(t.name.toLowerCase()));
}

/** The template sheets whose names are free. */
export function templateToInsert(existing: string[]): TemplateSheet[] {
  return freeSheets(TEMPLATE, existing);
}
