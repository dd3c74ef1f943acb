/** The figures a reader wants first: the spending with its shares, as plain numbers for JSON and text. */
import { Amount, BudgetModel } from "./model";
import { Decimal, executionRate, share, toNumber } from "./numbers";

export interface SpendingSummary {
  total: number | null;
  basic: number | null;
  personnel: number | null;
  public: number | null;
  project: number | null;
  other: number | null;
  budget: number | null;
  /** 人员支出 ÷ 基本支出 in percent, 2 decimals. */
  personnelShare: number | null;
  publicShare: number | null;
  /** 决算支出合计 ÷ 全年预算数 in percent, 2 decimals; null without both or with a zero budget. */
  executionRate: number | null;
}

export function spendingSummary(model: BudgetModel): SpendingSummary {
  const f = model.spending.fields;
  const n = (a: Amount | undefined) => (a ? toNumber(a.value) : null);
  const pct = (d: Decimal | undefined) => (d === undefined ? null : toNumber(d, 2));
  return {
    total: n(f.total),
    basic: n(f.basic),
    personnel: n(f.personnel),
    public: n(f.public),
    project: n(f.project),
    other: n(f.other),
    budget: n(f.budget),
    personnelShare: pct(share(f.personnel, f.basic)),
    publicShare: pct(share(f.public, f.basic)),
    executionRate: pct(executionRate(model)),
  };
}
