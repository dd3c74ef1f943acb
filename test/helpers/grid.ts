/** Compact builders for cell grids in tests. */
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";

export function sheet(name: string, values: CellValue[][], formats: Record<string, string> = {}): SheetGrid {
  const f: (string | undefined)[][] = values.map((r) => r.map(() => undefined));
  for (const [addr, fmt] of Object.entries(formats)) {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    (f[r] ??= [])[c] = fmt;
  }
  return { name, values, formats: f };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export const INFO = () =>
  sheet("基本信息", [
    ["部门名称", "测试局"],
    ["评价年度", 2020],
  ]);

export const SPENDING = () =>
  sheet("支出决算", [
    ["决算支出合计", 2513.05],
    ["基本支出", 518.31],
    ["人员支出", 405.87],
    ["公用经费", 112.44],
    ["项目支出", 1994.74],
  ]);

export const HEADER = [
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
];

export const INDICATORS = (rows: CellValue[][] = [["产出指标", "数量指标", "招引项目数", "≥", 120, "个", 160, 100, null, null]]) =>
  sheet("绩效指标", [HEADER, ...rows]);

/** A minimal valid workbook, with one sheet replaced where a test needs it. */
export function validWorkbook(over: Partial<Record<"info" | "spending" | "indicators", SheetGrid>> = {}): WorkbookGrid {
  return workbook(over.info ?? INFO(), over.spending ?? SPENDING(), over.indicators ?? INDICATORS());
}
