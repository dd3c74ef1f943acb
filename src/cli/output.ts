/** What the command line prints: the JSON document and the readable summary. */
import { fixed, formatAmount, parsedValue, toNumber } from "../core/numbers";
import { Figure } from "../core/report";
import { budgetPictureSummary } from "../core/budgetPicture";
import { scoringSummary } from "../core/scoreSummary";
import { settingsSummary } from "../core/settings";
import { Evaluation, allFindings, findingCounts } from "../app";
import { Lang, RenderedFinding, messages, renderFinding } from "../i18n";

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
  settings: ReturnType<typeof settingsSummary>;
  executionRate: ReturnType<typeof scoringSummary>["executionRate"];
  subtotals: ReturnType<typeof scoringSummary>["subtotals"];
  budget: ReturnType<typeof budgetPictureSummary>;
  report: {
    title: string[];
    opening: string;
    sections: { heading: string; paragraphs: string[]; figures: Figure[] }[];
    date: string;
    figures: Figure[];
  };
}

export interface JsonTable {
  /** The table kind (indicators, funds, expenditure …), as --table names it. */
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
  /** How the score was reached; "manual" rows are 人工评分. */
  method: string;
}

function jsonIndicators(e: Evaluation): JsonIndicator[] {
  const sheet = e.model.indicators?.sheet ?? "";
  return e.scoring.scores.map(({ indicator: i, score, explanation, method }) => ({
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
    method,
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
      title: messages(lang).tables[t.kind],
      sheet: t.sheet,
      range: t.range,
      hidden: t.hidden ?? false,
    })),
    issues: allFindings(e).map((f) => renderFinding(f, lang)),
    indicators: jsonIndicators(e),
    total: e.scoring.total === null ? null : toNumber(e.scoring.total, 2),
    grade: e.scoring.grade,
    settings: settingsSummary(e.settings),
    ...scoringSummary(e.scoring),
    budget: budgetPictureSummary(e.model.budgetPicture),
    report: {
      title: e.report.title,
      opening: e.report.opening,
      sections: e.report.sections,
      date: e.report.date,
      figures: e.report.figures,
    },
  };
}

export function formatSummary(file: string, e: Evaluation, lang: Lang): string {
  const L = messages(lang).cli;
  const f = e.model.info;
  const s = e.model.spending.fields;
  const unit = f.unit;
  const amount = (k: keyof typeof s) => (s[k] ? formatAmount(s[k]!.value, unit) : L.none);
  const pct = (v: number | null) => (v === null ? "" : L.shareOf(v.toFixed(2)));
  const lines = [
    `${L.file}: ${file}`,
    `${L.department}: ${f.department?.text ?? L.none}    ${L.year}: ${f.year?.value ?? L.none}    ${L.unit}: ${unit}`,
    ...e.model.sources.map((t) => L.source(messages(lang).tables[t.kind], `${t.sheet}!${t.range}`, t.hidden ?? false)),
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
      lines.push(`  ${score === null ? L.unscored : fixed(score, e.scoring.decimals)} / ${w}  ${i.name}`);
    }
    const total = e.scoring.total === null ? L.unscored : fixed(e.scoring.total, e.scoring.decimals);
    lines.push(`${L.total}: ${total}    ${L.grade}: ${e.scoring.grade ?? L.withheld}`);
  }
  const counts = findingCounts(e);
  lines.push(L.findings(counts.errors, counts.warnings));
  for (const finding of allFindings(e)) {
    const r = renderFinding(finding, lang);
    lines.push(`  [${L[r.severity]}] ${r.sheet}!${r.cell} ${r.code}: ${r.message}`);
  }
  return lines.join("\n");
}
