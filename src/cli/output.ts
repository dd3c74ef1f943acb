/** What the command line prints: the JSON document and the readable summary. */
import { fixed } from "../core/decimal";
import { Evaluation } from "../core/evaluate";
import { Lang, RenderedFinding, render } from "../core/findings";

export interface JsonDocument {
  file: string;
  department: string | null;
  year: number | null;
  unit: string;
  spending: Evaluation["spending"];
  issues: RenderedFinding[];
}

export function toJson(file: string, e: Evaluation, lang: Lang): JsonDocument {
  return {
    file,
    department: e.model.info.department?.text ?? null,
    year: e.model.info.year?.value ?? null,
    unit: e.model.info.unit,
    spending: e.spending,
    issues: e.findings.map((f) => render(f, lang)),
  };
}

const LABELS = {
  "zh-CN": {
    file: "文件",
    department: "部门",
    year: "年度",
    unit: "金额单位",
    total: "决算支出合计",
    basic: "基本支出",
    personnel: "人员支出",
    public: "公用经费",
    project: "项目支出",
    other: "其他支出",
    budget: "全年预算数",
    shareOf: (p: string) => `（占基本支出 ${p}%）`,
    findings: (e: number, w: number) => `校验：${e} 个错误，${w} 个警告`,
    error: "错误",
    warning: "警告",
    none: "（无）",
  },
  en: {
    file: "File",
    department: "Department",
    year: "Year",
    unit: "Unit",
    total: "Total spending",
    basic: "Basic spending",
    personnel: "Personnel",
    public: "Public (operating) costs",
    project: "Project spending",
    other: "Other spending",
    budget: "Full-year budget",
    shareOf: (p: string) => ` (${p}% of basic spending)`,
    findings: (e: number, w: number) => `Validation: ${e} error(s), ${w} warning(s)`,
    error: "error",
    warning: "warning",
    none: "(none)",
  },
};

export function formatSummary(file: string, e: Evaluation, lang: Lang): string {
  const L = LABELS[lang];
  const f = e.model.info;
  const s = e.model.spending.fields;
  const unit = f.unit;
  const amount = (k: keyof typeof s) => (s[k] ? `${fixed(s[k]!.value, 2)}${unit}` : L.none);
  const pct = (v: number | null) => (v === null ? "" : L.shareOf(v.toFixed(2)));
  const lines = [
    `${L.file}: ${file}`,
    `${L.department}: ${f.department?.text ?? L.none}    ${L.year}: ${f.year?.value ?? L.none}    ${L.unit}: ${unit}`,
    `${L.total}: ${amount("total")}`,
    `  ${L.basic}: ${amount("basic")}`,
    `    ${L.personnel}: ${amount("personnel")}${pct(e.spending.personnelShare)}`,
    `    ${L.public}: ${amount("public")}${pct(e.spending.publicShare)}`,
    `  ${L.project}: ${amount("project")}`,
  ];
  if (s.other) lines.push(`  ${L.other}: ${amount("other")}`);
  if (s.budget) lines.push(`${L.budget}: ${amount("budget")}`);
  const errors = e.findings.filter((x) => x.severity === "error").length;
  lines.push(L.findings(errors, e.findings.length - errors));
  for (const finding of e.findings) {
    const r = render(finding, lang);
    lines.push(`  [${L[r.severity]}] ${r.sheet}!${r.cell} ${r.code}: ${r.message}`);
  }
  return lines.join("\n");
}
