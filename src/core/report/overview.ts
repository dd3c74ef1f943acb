/** 一、基本情况: the unit's goal, the scale and structure of its spending, and how its budget was executed. */
import { Amount, BudgetModel } from "../model";
import { budgetExecution } from "./execution";
import { Part, Piece, join, sectionOf, sentence } from "./parts";
import { SectionBody, SectionInput } from "./types";
import { amount, percent, shareIfKnown, textOr } from "./values";

export function overview(input: SectionInput): SectionBody {
  const info = input.model.info;
  const goal = textOr(info.goal, "部门整体绩效目标", info.missingAt.goal);
  const execution = budgetExecution(input);
  return sectionOf([
    "（一）部门整体绩效目标",
    goal,
    "（二）整体支出规模",
    spendingScale(input),
    ...(execution.length ? ["（三）预算执行情况", ...execution] : []),
  ]);
}

/** What basic spending keeps running: an organ of government, or a public institution and its work. */
function basicPurpose(institution: boolean): string {
  return institution ? "主要是为保障单位正常运转、完成日常工作任务而发生的必要费用" : "主要是为保障机关正常运转而发生的必要费用";
}

/** ，占决算支出的20.62%, or nothing when the share cannot be computed (the amounts' placeholders say why). */
function shareOfTotal(part: Amount | undefined, total: Amount | undefined): Piece {
  const share = shareIfKnown(part, total);
  return share ? sentence`，占决算支出的${share}` : "";
}

/** The seed's sentence: total, basic (its share, then personnel and public with theirs), project, other. */
function spendingScale({ model, year, wording }: SectionInput): Part {
  const f = model.spending.fields;
  const part = (a: Amount | undefined, what: string) => amount(model, a, what);
  return join([
    sentence`${year}年${wording.subject}决算支出${part(f.total, "决算支出合计")}，`,
    sentence`其中基本支出${part(f.basic, "基本支出")}`,
    shareOfTotal(f.basic, f.total),
    personnelAndPublic(model),
    `，${basicPurpose(wording.institution)}；`,
    sentence`项目支出${part(f.project, "项目支出")}`,
    shareOfTotal(f.project, f.total),
    f.other ? join([sentence`；其他支出${part(f.other, "其他支出")}`, shareOfTotal(f.other, f.total)]) : "",
    "。",
  ]);
}

function personnelAndPublic(model: BudgetModel): Part {
  const f = model.spending.fields;
  return join([
    sentence`（人员支出${amount(model, f.personnel, "人员支出")}，占基本支出${percent(model, f.personnel, f.basic, "人员支出占基本支出比例")}；`,
    sentence`公用经费支出${amount(model, f.public, "公用经费")}，占基本支出${percent(model, f.public, f.basic, "公用经费占基本支出比例")}）`,
  ]);
}
