/**
 * The identities of the budget picture (docs/scoring-rules.md §7a), each reconciled on the cell of its
 * total: for every stage 基本支出 + 项目支出 = 合计 and 财政拨款 (+ 上年结转资金) + 其他资金 = 合计; for the 三公经费 budget and
 * 决算 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = 合计 and 购置费 + 运行费 = 公务用车购置及运行费;
 * for income 财政拨款收入 + 其他收入 = 收入合计. Only identities whose figures are all given are checked.
 */
import { Decimal } from "./numbers";
import { BudgetIdentity, Finding } from "./findings";
import { Amount, BudgetModel, BudgetPicture, FundsStage } from "./model";
import { reconcileIdentity } from "./reconcile";

function check(parts: (Amount | Decimal | undefined)[], total: Amount | undefined, identity: BudgetIdentity): Finding[] {
  if (!total || parts.some((p) => p === undefined)) return [];
  const values = (parts as (Amount | Decimal)[]).map((p) => ("cell" in p ? p.value : p));
  return reconcileIdentity(identity, values, total);
}

function checkFunds(model: BudgetModel, funds: BudgetPicture["funds"]): Finding[] {
  const fields = model.spending.fields;
  const findings: Finding[] = [];
  for (const stage of ["initial", "adjusted", "final"] as FundsStage[]) {
    const f = funds[stage];
    if (!f) continue;
    // The labelled 决算 figures are already reconciled, with 其他支出, by validate.ts's TOTAL_MISMATCH.
    const labelled = stage === "final" && f.total === fields.total && f.basic === fields.basic && f.project === fields.project;
    const other = stage === "final" && fields.other ? [fields.other] : [];
    if (!labelled) findings.push(...check([f.basic, f.project, ...other], f.total, { kind: "basicProject", stage }));
    // A form's funds block may add 上年结转资金 (财预〔2020〕10号): then it is one of the parts.
    if (f.carryover) findings.push(...check([f.fiscal, f.carryover, f.otherFunds], f.total, { kind: "fiscalCarryoverOther", stage }));
    else findings.push(...check([f.fiscal, f.otherFunds], f.total, { kind: "fiscalOther", stage }));
  }
  return findings;
}

function checkThreeCosts(costs: BudgetPicture["threeCosts"]): Finding[] {
  const findings: Finding[] = [];
  for (const column of ["budget", "final"] as const) {
    const c = costs[column];
    if (!c) continue;
    findings.push(...check([c.vehiclePurchase, c.vehicleRunning], c.vehicles, { kind: "vehicleParts", column }));
    const vehicles =
      c.vehicles ?? (c.vehiclePurchase && c.vehicleRunning ? c.vehiclePurchase.value.plus(c.vehicleRunning.value) : undefined);
    findings.push(...check([c.abroad, vehicles, c.reception], c.total, { kind: "threeCosts", column }));
  }
  return findings;
}

/** Every identity of the picture the reader made (none without one). */
export function checkBudgetPicture(model: BudgetModel): Finding[] {
  const p = model.budgetPicture;
  if (!p) return [];
  return [
    ...checkFunds(model, p.funds),
    ...checkThreeCosts(p.threeCosts),
    ...check([p.income.fiscal, p.income.other], p.income.total, { kind: "income" }),
  ];
}
