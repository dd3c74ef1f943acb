/**
 * 二、整体支出绩效自评工作开展情况: how the unit carried out its self-evaluation, in its own words (基本信息's
 * 自评工作开展情况, one paragraph per line). Without them, generic steps stand in, marked as the tool's draft by a
 * REPORT_DEFAULT_TEXT warning so the user knows to replace them.
 */
import { SHEETS } from "../schema";
import { cleanText } from "../text";
import { drafted, figure, sectionOf, sentence } from "./parts";
import { SectionBody, SectionInput } from "./types";
import { indicatorRange } from "./values";

export const SELF_EVALUATION_FIELD = "自评工作开展情况";

export function selfEvaluation(input: SectionInput): SectionBody {
  const own = input.model.info.selfEvaluationWork;
  if (!own) return defaultSteps(input);
  return sectionOf(
    own.text
      .split(/\r?\n/)
      .map(cleanText)
      .filter((line) => line !== ""),
  );
}

function defaultSteps({ model, year, wording }: SectionInput): SectionBody {
  const table = model.indicators;
  const count = table && table.indicators.length > 0 ? figure(`${table.indicators.length}项`, indicatorRange(table), "指标行数") : "各项";
  const at = model.info.missingAt.selfEvaluationWork ?? { sheet: model.sheetNames.info ?? SHEETS.info[0], cell: "A1" };
  return sectionOf([
    drafted(`${wording.subject}按照预算绩效管理的要求，组织开展了${year}年度部门整体支出绩效自评工作，主要程序如下：`, SELF_EVALUATION_FIELD, at),
    "（一）收集绩效信息。预算年度结束后，全面收集、整理各项预算支出和绩效目标的完成资料，核实每项绩效指标的实际完成值。",
    sentence`（二）逐项评分。将${count}绩效指标的实际完成值与年初设定的指标值逐项比较，按完成程度计算每项指标得分，汇总形成自评总分。`,
    "（三）填写自评表。按照绩效自评表的格式逐项填写指标得分和自评总分，对未完成或偏差较大的指标分析原因，提出改进措施。",
    "（四）撰写评价报告。在自评基础上总结全年绩效管理情况，形成本报告，说明绩效目标完成情况、存在问题及下一步改进措施。",
    "（五）加强日常财务管理。严格按照批复的预算执行各项支出，在预算额度内审核报销，做到支出依据合规、标准合规、程序合规。",
  ]);
}
