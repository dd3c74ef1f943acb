/** 一、基本情况: the department's goal and the scale of its spending. */
import { Amount, BudgetModel } from "../model";
import { Part, join, sectionOf, sentence } from "./parts";
import { SectionBody, SectionInput } from "./types";
import { amount, executionRatePart, percent, textOr } from "./values";

export function overview({ model, year }: SectionInput): SectionBody {
  const info = model.info;
  const goal = textOr(info.goal, "部门整体绩效目标", info.missingAt.goal);
  return sectionOf(["（一）部门整体绩效目标", goal, "（二）整体支出规模", spendingScale(model, year)]);
}

/** The seed's sentence: total, basic (personnel and public with their shares), project, other; then the budget. */
function spendingScale(model: BudgetModel, year: string): Part {
  const f = model.spending.fields;
  const part = (a: Amount | undefined, what: string) => amount(model, a, what);
  return join([
    sentence`${year}年我部门决算支出${part(f.total, "决算支出合计")}，`,
    sentence`其中基本支出${part(f.basic, "基本支出")}`,
    sentence`（人员支出${part(f.personnel, "人员支出")}，占基本支出${percent(model, f.personnel, f.basic, "人员支出占基本支出比例")}；`,
    sentence`公用经费支出${part(f.public, "公用经费")}，占基本支出${percent(model, f.public, f.basic, "公用经费占基本支出比例")}），`,
    sentence`主要是为保障机关正常运转而发生的必要费用；项目支出${part(f.project, "项目支出")}`,
    f.other ? sentence`；其他支出${part(f.other, "其他支出")}` : "",
    "。",
    f.budget ? sentence`全年预算数${part(f.budget, "全年预算数")}，预算执行率${executionRatePart(model)}。` : "",
  ]);
}
