/**
 * The narrative report (部门整体支出绩效评价报告) in the seed's shape (scoring-rules.md §8). Every number in
 * the text comes from a cell or from a computation on cells, and each section lists its figures with their
 * sheet and cell. A missing input becomes a visible placeholder 【待补充：…】 and a warning: nothing is invented.
 */
import { a1 } from "./address";
import { Decimal, fixed } from "./decimal";
import { Finding } from "./findings";
import { Amount, BudgetModel, Indicator, Located } from "./model";
import { formatChineseDate } from "./parse";
import { IndicatorScore, ScoreResult } from "./scoring";
import { ScoringSettings } from "./settings";
import { share } from "./summary";
import { SHEETS } from "./schema";

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
  /** Department, then {年度}年度部门预算整体支出绩效评价报告. */
  title: string[];
  opening: string;
  /** 一 to 五, in order; subsections (（一）…) are paragraphs of their section. */
  sections: ReportSection[];
  date: string;
  /** Figures of the title, opening and date lines. */
  figures: Figure[];
  findings: Finding[];
}

export const SECTION_HEADINGS = [
  "一、基本情况",
  "二、整体支出绩效自评工作开展情况",
  "三、整体绩效目标实现情况",
  "四、存在的主要问题",
  "五、下一步改进措施",
] as const;

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** （一）（二）…（十）（十一）… */
export function subsectionNumber(n: number): string {
  if (n <= 10) return `（${NUMERALS[n - 1]}）`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `（${tens > 1 ? NUMERALS[tens - 1] : ""}十${ones ? NUMERALS[ones - 1] : ""}）`;
}

export function placeholder(what: string): string {
  return `【待补充：${what}】`;
}

const COMPARISON_WORDS: Record<string, string> = { "≥": "不低于", ">": "高于", "≤": "不高于", "<": "低于", "=": "达到" };

class Builder {
  readonly findings: Finding[] = [];
  private figures: Figure[] = [];

  constructor(
    readonly model: BudgetModel,
    readonly settings: ScoringSettings,
  ) {}

  /** Starts collecting figures for a new section and returns those of the previous one. */
  take(): Figure[] {
    const f = this.figures;
    this.figures = [];
    return f;
  }

  /** Records a figure of the current section and returns its text, so sentences read in order. */
  fig(text: string, at: Located, formula?: string): string {
    this.figures.push({ text, sheet: at.sheet, cell: at.cell, ...(formula ? { formula } : {}) });
    return text;
  }

  missing(what: string, at: Located | undefined): string {
    const where = at ?? { sheet: SHEETS.info[0], cell: "A1" };
    this.findings.push({ severity: "warning", code: "REPORT_PLACEHOLDER", sheet: where.sheet, cell: where.cell, params: { what } });
    return placeholder(what);
  }

  amount(a: Amount | undefined, what: string, at?: Located): string {
    if (!a) return this.missing(what, at ?? this.spendingAt());
    return this.fig(`${fixed(a.value, 2)}${this.model.info.unit}`, a);
  }

  /** part ÷ whole as a percentage with 2 decimals, citing both cells. */
  percent(part: Amount | undefined, whole: Amount | undefined, what: string): string {
    const s = share(part, whole);
    if (s === undefined || !part || !whole) return this.missing(what, this.spendingAt());
    return this.fig(`${fixed(s, 2)}%`, part, `${part.cell} ÷ ${whole.cell}`);
  }

  private spendingAt(): Located {
    const name = this.model.spending.sheet ?? SHEETS.spending[0];
    return { sheet: name, cell: "A1" };
  }

  get department(): string {
    const d = this.model.info.department;
    return d ? d.text : this.missing("部门名称", this.model.info.missingAt.department);
  }

  get year(): string {
    const y = this.model.info.year;
    return y ? this.fig(String(y.value), y) : this.missing("评价年度", this.model.info.missingAt.year);
  }

  indicatorValue(i: Indicator, which: "target" | "actual"): string {
    const p = i[which];
    const at = { sheet: this.model.indicators!.sheet, cell: i.cells[which] ?? i.cells.name ?? "A1" };
    if (p.kind === "number") {
      const unit = i.unit && !(p.percent && i.unit === "%") ? i.unit : p.percent ? "%" : "";
      return this.fig(`${p.value.toString()}${unit}`, at);
    }
    if (p.kind === "text") return p.text;
    return this.missing(`${i.name}·${which === "target" ? "年度指标值" : "实际完成值"}`, at);
  }
}

export function buildReport(model: BudgetModel, scoring: ScoreResult, settings: ScoringSettings): Report {
  const b = new Builder(model, settings);
  const info = model.info;
  const f = model.spending.fields;

  const year = b.year;
  const title = [b.department, `${year}年度部门预算整体支出绩效评价报告`];
  const basis = info.basis ? `根据${info.basis.text}，` : "";
  const opening =
    `为加强部门支出绩效管理，提高财政资金使用效益和公共服务质量，${basis}遵循“科学性、规范性、客观性和公正性”的原则，` +
    `我部门对${year}年度部门预算整体支出绩效进行了全面综合评价，报告如下：`;
  const headFigures = b.take();

  // 一、基本情况
  const goal = info.goal ? info.goal.text : b.missing("部门整体绩效目标", info.missingAt.goal);
  const spendingParts = [
    `${year}年我部门决算支出${b.amount(f.total, "决算支出合计")}，`,
    `其中基本支出${b.amount(f.basic, "基本支出")}`,
    `（人员支出${b.amount(f.personnel, "人员支出")}，占基本支出${b.percent(f.personnel, f.basic, "人员支出占基本支出比例")}；`,
    `公用经费支出${b.amount(f.public, "公用经费")}，占基本支出${b.percent(f.public, f.basic, "公用经费占基本支出比例")}），`,
    `主要是为保障机关正常运转而发生的必要费用；项目支出${b.amount(f.project, "项目支出")}`,
    f.other ? `；其他支出${b.amount(f.other, "其他支出")}` : "",
    "。",
  ];
  if (f.budget) {
    spendingParts.push(`全年预算数${b.amount(f.budget, "全年预算数")}，预算执行率${b.percent(f.total, f.budget, "预算执行率")}。`);
  }
  const one: ReportSection = {
    heading: SECTION_HEADINGS[0],
    paragraphs: ["（一）部门整体绩效目标", goal, "（二）整体支出规模", spendingParts.join("")],
    figures: b.take(),
  };

  // 二、整体支出绩效自评工作开展情况
  const table = model.indicators;
  const count =
    table && table.indicators.length > 0
      ? b.fig(`${table.indicators.length}项`, indicatorRange(table.sheet, table.indicators), "指标行数")
      : "";
  const two: ReportSection = {
    heading: SECTION_HEADINGS[1],
    paragraphs: [
      `我部门按照预算绩效管理的要求，组织开展了${year}年度部门整体支出绩效自评工作，主要程序如下：`,
      "（一）收集绩效信息。预算年度结束后，全面收集、整理各项预算支出和绩效目标的完成资料，核实每项绩效指标的实际完成值。",
      `（二）逐项评分。将${count || "各项"}绩效指标的实际完成值与年初设定的指标值逐项比较，按完成程度计算每项指标得分，汇总形成自评总分。`,
      "（三）填写自评表。按照绩效自评表的格式逐项填写指标得分和自评总分，对未完成或偏差较大的指标分析原因，提出改进措施。",
      "（四）撰写评价报告。在自评基础上总结全年绩效管理情况，形成本报告，说明绩效目标完成情况、存在问题及下一步改进措施。",
      "（五）加强日常财务管理。严格按照批复的预算执行各项支出，在预算额度内审核报销，做到支出依据合规、标准合规、程序合规。",
    ],
    figures: b.take(),
  };

  // 三、整体绩效目标实现情况
  const three: string[] = [];
  const scored = scoring.scores;
  if (table && scored.length > 0) {
    const targets = scored.map(({ indicator: i }) =>
      i.comparison === "定性" || i.comparison === undefined
        ? `${i.name}：${b.indicatorValue(i, "target")}`
        : `${i.name}${COMPARISON_WORDS[i.comparison]}${b.indicatorValue(i, "target")}`,
    );
    three.push(`我部门${year}年度整体绩效目标：${targets.join("；")}。`);
    const achieved = scored.map((s) => achievedText(b, s.indicator, s.rate));
    three.push(`${year}年度绩效目标完成情况：${achieved.join("；")}。`);
  } else {
    three.push(b.missing("绩效指标", { sheet: model.sheetNames.indicators ?? SHEETS.indicators[0], cell: "A1" }));
  }
  three.push(info.achievement ? info.achievement.text : b.missing("绩效目标完成情况", info.missingAt.achievement));
  if (scoring.total !== null && scoring.grade !== null && table) {
    const at = totalLocation(model);
    three.push(
      `经自评，我部门${year}年度部门整体支出绩效自评得分为${b.fig(`${fixed(scoring.total, 2)}分`, at, "得分之和")}，评价等级为“${scoring.grade}”。`,
    );
  } else {
    three.push(
      `经自评，我部门${year}年度部门整体支出绩效自评得分为${b.missing("自评得分与评价等级（请先更正评分中的错误）", { sheet: table?.sheet ?? SHEETS.indicators[0], cell: "A1" })}。`,
    );
  }
  const threeSection: ReportSection = { heading: SECTION_HEADINGS[2], paragraphs: three, figures: b.take() };

  // 四、存在的主要问题
  const problems = model.problems.map((p) => p.text);
  for (const s of scored) problems.push(...dataProblems(b, s));
  const four: ReportSection = {
    heading: SECTION_HEADINGS[3],
    paragraphs: numbered(problems.length ? problems : [b.missing("存在的主要问题", problemsAt(model))]),
    figures: b.take(),
  };

  // 五、下一步改进措施
  const measures = model.measures.map((m) => m.text);
  const five: ReportSection = {
    heading: SECTION_HEADINGS[4],
    paragraphs: numbered(measures.length ? measures : [b.missing("下一步改进措施", problemsAt(model))]),
    figures: b.take(),
  };

  const date = info.reportDate
    ? b.fig(formatChineseDate(info.reportDate.date), info.reportDate)
    : b.missing("报告日期", info.missingAt.reportDate);
  return {
    title,
    opening,
    sections: [one, two, threeSection, four, five],
    date,
    figures: [...headFigures, ...b.take()],
    findings: b.findings,
  };
}

function numbered(items: string[]): string[] {
  return items.map((t, i) => (t.startsWith("【") ? t : `${subsectionNumber(i + 1)}${t}`));
}

function indicatorRange(sheet: string, indicators: Indicator[]): Located {
  const first = indicators[0].cells.name ?? "A1";
  const last = indicators[indicators.length - 1].cells.name ?? first;
  return { sheet, cell: first === last ? first : `${first}:${last}` };
}

function totalLocation(model: BudgetModel): Located {
  const t = model.indicators!;
  const col = t.columns.score ?? 0;
  const first = t.indicators[0]?.row ?? t.headerRow + 1;
  const last = t.indicators[t.indicators.length - 1]?.row ?? first;
  return { sheet: t.sheet, cell: `${a1(first, col)}:${a1(last, col)}` };
}

function problemsAt(model: BudgetModel): Located {
  return { sheet: model.sheetNames.problems ?? SHEETS.problems[0], cell: "A1" };
}

function achievedText(b: Builder, i: Indicator, rate: Decimal | undefined): string {
  if (i.isExecutionRate && rate !== undefined && i.actual.kind === "empty") {
    // The scorer computed this rate from 决算支出合计 ÷ 全年预算数; cite those cells.
    const f = b.model.spending.fields;
    return `${i.name}${b.percent(f.total, f.budget, "预算执行率")}`;
  }
  if (i.comparison === "定性") return `${i.name}：${b.indicatorValue(i, "actual")}`;
  return `${i.name}实际完成${b.indicatorValue(i, "actual")}`;
}

/** Problems the data itself shows: indicators not achieved, an execution rate below the threshold. */
function dataProblems(b: Builder, s: IndicatorScore): string[] {
  const { indicator: i, rate } = s;
  const settings = b.settings;
  if (s.score === null || i.weight === undefined) return [];
  if (i.isExecutionRate) {
    if (rate === undefined || rate.gte(settings.executionRatePercent)) return [];
    const at = { sheet: b.model.indicators!.sheet, cell: i.cells.actual ?? i.cells.name! };
    const r = b.fig(`${fixed(rate, 2)}%`, at);
    return [
      `预算执行率偏低。全年预算执行率为${r}，低于${settings.executionRatePercent.toString()}%，${i.reason ? `原因是：${trimEnd(i.reason)}。` : "预算执行进度有待加快。"}`,
    ];
  }
  if (s.score.gte(i.weight)) return [];
  const target = b.indicatorValue(i, "target");
  const actual = i.comparison === "定性" ? "" : b.indicatorValue(i, "actual");
  const detail =
    i.comparison === "定性" ? `完成情况为“${i.actual.kind === "text" ? i.actual.text : ""}”` : `年度指标值为${target}，实际完成${actual}`;
  return [`“${i.name}”指标未完全达成。${detail}${i.reason ? `，原因是：${trimEnd(i.reason)}` : ""}。`];
}

function trimEnd(s: string): string {
  return s.replace(/[。；;，,\s]+$/, "");
}
