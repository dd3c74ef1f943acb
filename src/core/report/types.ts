/** The report's shape, as the hosts show and write it. */
import { Finding } from "../findings";
import { BudgetModel } from "../model";
import { ScoreResult } from "../scoring";
import { ScoringSettings } from "../settings";
import type { BudgetFigures } from "./budget";
import type { ReportWording } from "./wording";

export interface Figure {
  /** The figure as it appears in the text, e.g. 2513.05万元 or 78.31%. */
  text: string;
  sheet: string;
  /** The cell (or range) it comes from. */
  cell: string;
  /** For computed figures: how, in cell terms (B4 ÷ B3). */
  formula?: string;
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  figures: Figure[];
}

export interface Report {
  /** Department, then {年度}年度{报告名称} (部门预算整体支出绩效评价报告 unless 报告标题 says otherwise). */
  title: string[];
  opening: string;
  /** 一 to 五, in order; subsections (（一）…) are paragraphs of their section. */
  sections: ReportSection[];
  date: string;
  /** Figures of the title, opening and date lines. */
  figures: Figure[];
  findings: Finding[];
}

/** What every section is drafted from. */
export interface SectionInput {
  model: BudgetModel;
  scoring: ScoreResult;
  settings: ScoringSettings;
  /** The year as the title shows it (a figure of the title, not of each section), or its placeholder. */
  year: string;
  /** How the report names the unit, and what kind of unit it is. */
  wording: ReportWording;
  /** The budget picture: budgets, 决算, sources, 三公经费, projects and the execution rate as scored. */
  budget: BudgetFigures;
}

/** A drafted section: its paragraphs, the figures they show and the warnings of their placeholders, in text order. */
export interface SectionBody {
  paragraphs: string[];
  figures: Figure[];
  findings: Finding[];
}
