/**
 * A finance bureau's review of many workbooks: one summary row per file, as plain values (numbers, texts,
 * null), and its findings tagged with the file, which the CLI words, prints as JSON or writes as a summary
 * workbook. Pure, and without words of any language (an unreadable file's reason comes from the host).
 */
import { Decimal, toNumber } from "../core/numbers";
import { Evaluation, allFindings } from "../core/evaluate";
import { Finding } from "../core/findings";
import { WorkbookGrid, cellFormat, cellValue } from "../core/grid";
import { IndicatorTable } from "../core/model";
import { parseNumberCell } from "../core/parse";
import { findingCounts } from "./findingCounts";

export interface FileSummary {
  file: string;
  department: string | null;
  year: number | null;
  /** 万元 or 元: the amounts below are in the file's own unit. */
  unit: string | null;
  /** 决算支出合计, 基本支出, 项目支出. */
  total: number | null;
  basic: number | null;
  project: number | null;
  /** 预算执行率 in percentage points (98.5 for 98.5 %): see executionRate. */
  executionRate: number | null;
  /** The computed 自评总分 and its grade. */
  score: number | null;
  grade: string | null;
  errors: number | null;
  warnings: number | null;
  /** What the form's own 合计/总分 row held in its score cell before scoring, when the form has that row. */
  enteredTotal: number | null;
  /** score − enteredTotal. */
  difference: number | null;
  /** Why the file could not be read (null when it was). */
  unreadable: string | null;
}

export interface FileFinding {
  file: string;
  finding: Finding;
}

/**
 * The budget execution rate in percentage points: as the 预算执行率 indicator was scored (the rate it states, or
 * the one computed for it), else 决算支出合计 ÷ 全年预算数; null when the workbook gives neither.
 */
export function executionRate(evaluation: Evaluation): number | null {
  const scored = evaluation.scoring.executionRate;
  return scored === undefined ? evaluation.spending.executionRate : toNumber(scored.value, 2);
}

/** The number in the score cell of the indicator table's own total row, as read (before any scoring). */
export function enteredTotal(grid: WorkbookGrid, table: IndicatorTable | undefined): Decimal | null {
  const col = table?.columns.score;
  const sheet = table && grid.sheets.find((s) => s.name === table.sheet);
  if (!table || table.totalRow === undefined || col === undefined || !sheet) return null;
  const parsed = parseNumberCell(cellValue(sheet, table.totalRow, col), cellFormat(sheet, table.totalRow, col));
  return parsed.kind === "number" ? parsed.value : null;
}

export function fileSummary(file: string, evaluation: Evaluation, entered: Decimal | null): FileSummary {
  const { info } = evaluation.model;
  const { total, basic, project } = evaluation.spending;
  const computed = evaluation.scoring.total;
  const counts = findingCounts(evaluation);
  return {
    file,
    department: info.department?.text ?? null,
    year: info.year?.value ?? null,
    unit: info.unit,
    total,
    basic,
    project,
    executionRate: executionRate(evaluation),
    score: computed === null ? null : toNumber(computed, 2),
    grade: evaluation.scoring.grade,
    errors: counts.errors,
    warnings: counts.warnings,
    enteredTotal: entered === null ? null : toNumber(entered, 2),
    difference: computed === null || entered === null ? null : toNumber(computed.minus(entered), 2),
    unreadable: null,
  };
}

/** The row of a file that could not be read: its name and why, nothing else. */
export function unreadableSummary(file: string, reason: string): FileSummary {
  return {
    file,
    department: null,
    year: null,
    unit: null,
    total: null,
    basic: null,
    project: null,
    executionRate: null,
    score: null,
    grade: null,
    errors: null,
    warnings: null,
    enteredTotal: null,
    difference: null,
    unreadable: reason,
  };
}

/** Every finding of the evaluation (validation, scoring, the report's), tagged with its file. */
export function fileFindings(file: string, evaluation: Evaluation): FileFinding[] {
  return allFindings(evaluation).map((finding) => ({ file, finding }));
}
