/** What the command line prints: the JSON document and the readable summary. */
import { fixed, formatAmount, parsedValue, toNumber } from "../core/numbers";
import { Figure } from "../core/report";
import { Evaluation, allFindings, findingCounts } from "../app";
import { Lang, RenderedFinding, render } from "../core/findings";

export interface JsonDocument {
  file: string;
  department: string | null;
  year: number | null;
  unit: string;
  spending: Evaluation["spending"];
  /** Every table read, with where it was found. */
  tables: JsonTable[];
  issues: RenderedFinding[];
  indicators: JsonIndicator[];
  total: number | null;
  grade: string | null;
  report: {
    title: string[];
    opening: string;
    sections: { heading: string; paragraphs: string[]; figures: Figure[] }[];
    date: string;
    figures: Figure[];
  };
}

export interface JsonTable {
  kind: string;
  /** The table's name in the chosen language. */
  title: string;
  sheet: string;
  range: string;
  hidden: boolean;
}

export interface JsonIndicator {
  sheet: string;
  /** Excel row number. */
  row: number;
  level1: string;
  level2: string;
  name: string;
  comparison: string | null;
  target: number | string | null;
  actual: number | string | null;
  unit: string;
  weight: number | null;
  score: number | null;
  explanation: string;
}

function jsonIndicators(e: Evaluation): JsonIndicator[] {
  const sheet = e.model.indicators?.sheet ?? "";
  return e.scoring.scores.map(({ indicator: i, score, explanation }) => ({
    sheet: i.sheet ?? sheet,
    row: i.row + 1,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    comparison: i.comparison ?? null,
    target: parsedValue(i.target),
    actual: parsedValue(i.actual),
    unit: i.unit,
    weight: i.weight === undefined ? null : toNumber(i.weight),
    score: score === null ? null : toNumber(score, 2),
    explanation,
  }));
}

export function toJson(file: string, e: Evaluation, lang: Lang): JsonDocument {
  return {
    file,
    department: e.model.info.department?.text ?? null,
    year: e.model.info.year?.value ?? null,
    unit: e.model.info.unit,
    spending: e.spending,
    tables: e.model.sources.map((t) => ({
      kind: t.kind,
      title: lang === "en" ? t.titleEn : t.title,
      sheet: t.sheet,
      range: t.range,
      hidden: t.hidden ?? false,
    })),
    issues: allFindings(e).map((f) => render(f, lang)),
    indicators: jsonIndicators(e),
    total: e.scoring.total === null ? null : toNumber(e.scoring.total, 2),
    grade: e.scoring.grade,
    report: {
      title: e.report.title,
      opening: e.report.opening,
      sections: e.report.sections,
      date: e.report.date,
      figures: e.report.figures,
    },
  };
}

const LABELS = {
  "zh-CN": {
    file: "文件",
    department: "部门",
    year: "年度",
    unit: "金额单位",
    source: (title: string, place: string, hidden: boolean) => `${title}：${place}${hidden ? "（隐藏的工作表）" : ""}`,
    spendingTotal: "决算支出合计",
    basic: "基本支出",
    personnel: "人员支出",
    public: "公用经费",
    project: "项目支出",
    other: "其他支出",
    budget: "全年预算数",
    shareOf: (p: string) => `（占基本支出 ${p}%）`,
    findings: (e: number, w: number) => `校验：${e} 个错误，${w} 个警告`,
    indicators: "绩效指标得分",
    total: "自评总分",
    grade: "评价等级",
    unscored: "未计分",
    withheld: "暂不评级",
    error: "错误",
    warning: "警告",
    none: "（无）",
  },
  en: {
    file: "File",
    department: "Department",
    year: "Year",
    unit: "Unit",
    source: (title: string, place: string, hidden: boolean) =>
      `${title[0].toUpperCase()}${title.slice(1)}: ${place}${hidden ? " (hidden sheet)" : ""}`,
    spendingTotal: "Total spending",
    basic: "Basic spending",
    personnel: "Personnel",
    public: "Public (operating) costs",
    project: "Project spending",
    other: "Other spending",
    budget: "Full-year budget",
    shareOf: (p: string) => ` (${p}% of basic spending)`,
    findings: (e: number, w: number) => `Validation: ${e} error(s), ${w} warning(s)`,
    indicators: "Indicator scores",
    total: "Total score",
    grade: "Grade",
    unscored: "unscored",
    withheld: "withheld",
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
  const amount = (k: keyof typeof s) => (s[k] ? formatAmount(s[k]!.value, unit) : L.none);
  const pct = (v: number | null) => (v === null ? "" : L.shareOf(v.toFixed(2)));
  const lines = [
    `${L.file}: ${file}`,
    `${L.department}: ${f.department?.text ?? L.none}    ${L.year}: ${f.year?.value ?? L.none}    ${L.unit}: ${unit}`,
    ...e.model.sources.map((t) => L.source(lang === "en" ? t.titleEn : t.title, `${t.sheet}!${t.range}`, t.hidden ?? false)),
    `${L.spendingTotal}: ${amount("total")}`,
    `  ${L.basic}: ${amount("basic")}`,
    `    ${L.personnel}: ${amount("personnel")}${pct(e.spending.personnelShare)}`,
    `    ${L.public}: ${amount("public")}${pct(e.spending.publicShare)}`,
    `  ${L.project}: ${amount("project")}`,
  ];
  if (s.other) lines.push(`  ${L.other}: ${amount("other")}`);
  if (s.budget) lines.push(`${L.budget}: ${amount("budget")}`);
  if (e.scoring.scores.length > 0) {
    lines.push(`${L.indicators}:`);
    for (const { indicator: i, score } of e.scoring.scores) {
      const w = i.weight === undefined ? "?" : fixed(i.weight, 2);
      lines.push(`  ${score === null ? L.unscored : fixed(score, 2)} / ${w}  ${i.name}`);
    }
    const total = e.scoring.total === null ? L.unscored : fixed(e.scoring.total, 2);
    lines.push(`${L.total}: ${total}    ${L.grade}: ${e.scoring.grade ?? L.withheld}`);
  }
  const counts = findingCounts(e);
  lines.push(L.findings(counts.errors, counts.warnings));
  for (const finding of allFindings(e)) {
    const r = render(finding, lang);
    lines.push(`  [${L[r.severity]}] ${r.sheet}!${r.cell} ${r.code}: ${r.message}`);
  }
  return lines.join("\n");
}
