/**
 * What every scoring method shares for one table: the settings, the findings it adds (each about a row's
 * cell), and rounding to the settings' decimals.
 */
import { Finding, FindingCode, FindingParams, IndicatorRef, Severity, finding } from "../findings";
import { BudgetModel, Indicator, IndicatorTable, Located } from "../model";
import { Decimal, fixed, roundDown, roundHalfUp } from "../numbers";
import { ScoringSettings } from "../settings";
import { IndicatorScore, ScoreMethod } from "./types";

/** A code's parameters but the indicator's name and row, which the context adds itself. */
export type IndicatorParams<C extends FindingCode> = Omit<FindingParams[C], keyof IndicatorRef>;

export class ScoreContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly model: BudgetModel,
    readonly table: IndicatorTable,
    readonly settings: ScoringSettings,
  ) {}

  /** The evaluation year, for dates written without one (年底前, 12月底). */
  get year(): number | undefined {
    return this.model.info.year?.value;
  }

  get decimals(): 1 | 2 {
    return this.settings.scoreDecimals;
  }

  /**
   * A score rounded half up to the settings' decimals (2 by default, docs/scoring-rules.md §3), but never
   * above the weight `w`: a full 18.65 to one decimal is 18.6, not 18.7.
   */
  round(d: Decimal, w?: Decimal): Decimal {
    const r = roundHalfUp(d, this.decimals);
    return w !== undefined && r.gt(w) ? roundDown(d, this.decimals) : r;
  }

  /** A score as text with the settings' decimals. */
  show(d: Decimal): string {
    return fixed(d, this.decimals);
  }

  /**
   * A finding about row `i`, on a cell of its sheet, or on `at` elsewhere (a budget's cell).
   * `params` without the indicator's name and row, which this adds (to every code, as they name an indicator).
   */
  add<C extends FindingCode>(
    severity: Severity,
    code: C,
    cell: string | undefined,
    i: Indicator,
    params: IndicatorParams<C>,
    at?: Located,
  ): void {
    const ref: IndicatorRef = { name: i.name, row: i.row + 1 };
    // The compiler cannot add IndicatorRef back to Omit<…, keyof IndicatorRef> for a generic code; it is that.
    const all = { ...ref, ...params } as FindingParams[C];
    const where = at?.cell ?? cell ?? i.cells.name ?? i.cells.weight!;
    // A funds block's execution rate (i.sheet) is on its own sheet, which need not be the table's.
    this.findings.push(finding(severity, code, at?.sheet ?? i.sheet ?? this.table.sheet, where, all));
  }

  /** An error that leaves the indicator unscored (and so the total and grade withheld). */
  unscored<C extends FindingCode>(
    i: Indicator,
    code: C,
    cell: string | undefined,
    params: IndicatorParams<C>,
    reason: string,
  ): IndicatorScore {
    this.add("error", code, cell, i, params);
    return { indicator: i, score: null, explanation: `未计分：${reason}`, method: "unscored" };
  }

  /** Left for the accountant to confirm: unscored, but only a warning, so nothing else is blocked. */
  pending<C extends FindingCode>(
    i: Indicator,
    code: C,
    cell: string | undefined,
    params: IndicatorParams<C>,
    reason: string,
  ): IndicatorScore {
    this.add("warning", code, cell, i, params);
    return { indicator: i, score: null, explanation: `待确认：${reason}`, method: "unscored" };
  }

  /** The cell for a reason (偏差原因), or the actual's when the table has no such column. */
  reasonCell(i: Indicator): string | undefined {
    return i.cells.reason ?? i.cells.actual;
  }

  score(i: Indicator, score: Decimal, explanation: string, method: ScoreMethod): IndicatorScore {
    return { indicator: i, score: this.round(score, i.weight), explanation, method };
  }
}
