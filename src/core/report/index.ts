/**
 * The narrative report (部门整体支出绩效评价报告) in the seed's shape (docs/scoring-rules.md §8), worded for the unit
 * (wording.ts) and discussing the budget figures it is given (budget.ts). Every number in
 * the text comes from a cell or from a computation on cells, and each section lists its figures with their
 * sheet and cell. A missing input becomes a visible placeholder 【待补充：…】 and a warning: nothing is invented.
 * Each section is a pure function of the model (a file of its own); buildReport puts them together.
 */
import { BudgetModel } from "../model";
import { formatChineseDate } from "../parse";
import { ScoreResult } from "../scoring";
import { ScoringSettings } from "../settings";
import { budgetFigures } from "./budget";
import { goalsAchieved } from "./goals";
import { overview } from "./overview";
import { Part, figure, missing } from "./parts";
import { improvementMeasures, mainProblems } from "./problems";
import { selfEvaluation } from "./selfEvaluation";
import { Report, SectionBody, SectionInput } from "./types";
import { textOr, yearOf } from "./values";
import { ReportWording, reportWording, titleLine } from "./wording";

export type { Figure, Report, ReportSection } from "./types";
export type { BudgetFigures, BudgetLine, ExecutionRateFigure, NamedLine } from "./budget";
export type { ReportWording } from "./wording";
export { DEFAULT_REPORT_TITLE, REPORT_TITLE_VARIANTS, reportWording } from "./wording";
export { REVIEW_MARK } from "./issues";
export { placeholder, subsectionNumber } from "./parts";

export const SECTION_HEADINGS = [
  "一、基本情况",
  "二、整体支出绩效自评工作开展情况",
  "三、整体绩效目标实现情况",
  "四、存在的主要问题",
  "五、下一步改进措施",
] as const;

/** The section under each heading, in order. */
const SECTIONS: ((input: SectionInput) => SectionBody)[] = [overview, selfEvaluation, goalsAchieved, mainProblems, improvementMeasures];

export function buildReport(model: BudgetModel, scoring: ScoreResult, settings: ScoringSettings): Report {
  const info = model.info;
  const year = yearOf(model);
  const department = textOr(info.department, "部门名称", info.missingAt.department);
  const wording = reportWording(info);
  const budget = budgetFigures(model, scoring);
  const bodies = SECTIONS.map((draft) => draft({ model, scoring, settings, year: year.text, wording, budget }));
  const date = reportDate(model);
  return {
    title: [department.text, titleLine(wording, year.text)],
    opening: opening(model, year.text, wording),
    sections: bodies.map(({ paragraphs, figures }, n) => ({ heading: SECTION_HEADINGS[n], paragraphs, figures })),
    date: date.text,
    figures: [...year.figures, ...department.figures, ...date.figures],
    findings: [year, department, ...bodies, date].flatMap((p) => p.findings),
  };
}

function opening(model: BudgetModel, year: string, wording: ReportWording): string {
  const basis = model.info.basis ? `根据${model.info.basis.text}，` : "";
  return (
    `为加强部门支出绩效管理，提高财政资金使用效益和公共服务质量，${basis}遵循“科学性、规范性、客观性和公正性”的原则，` +
    `${wording.subject}对${year}年度部门预算整体支出绩效进行了全面综合评价，报告如下：`
  );
}

function reportDate(model: BudgetModel): Part {
  const d = model.info.reportDate;
  return d ? figure(formatChineseDate(d.date), d) : missing("报告日期", model.info.missingAt.reportDate);
}
