/**
 * Reading a row's 评分标准 text (docs/scoring-rules.md §3b) into a rule: the common patterns of published
 * tables, clause by clause — 达到…得满分, 每降低/每增加 X 个百分点扣 Y 分 (扣完为止), 否则不得分, bands such as
 * ≥95%得满分，90%-95%得80%, 按完成比例计分. Every clause must be understood, or the text is not recognised
 * (undefined) and the row keeps its entered score as 人工评分: a half-read standard would score wrongly.
 */
import { Decimal, dec } from "../numbers";
import { Band } from "../qualitativeWords";
import { toHalfWidth } from "../text";

/** A condition on the row: a range of its actual (or of its completion rate a ÷ t), reaching the target, or a band. */
export type Condition =
  | { kind: "range"; lo?: Decimal; loIn: boolean; hi?: Decimal; hiIn: boolean; of: "actual" | "rate"; percent: boolean }
  | { kind: "achieved" }
  | { kind: "band"; band: Band };

export type Outcome =
  | { kind: "full" }
  | { kind: "points"; points: Decimal }
  | { kind: "share"; percent: Decimal }
  | { kind: "deduct"; points: Decimal }
  | { kind: "zero" };

export interface Clause {
  when: Condition;
  then: Outcome;
}

/** 每降低 1 个百分点扣 1 分: below (or above, or late) the reference, `points` per `step`. */
export interface StepRule {
  direction: "below" | "above" | "late";
  step: Decimal;
  points: Decimal;
  unit: "point" | "percent" | "month" | "day" | "count";
}

export interface Standard {
  clauses: Clause[];
  step?: StepRule;
  /** 最多扣 N 分. */
  cap?: Decimal;
  otherwiseZero: boolean;
  /** 按完成比例计分: the general rule of the row's comparison. */
  proportional: boolean;
}

const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 and 零点五 as a number (standards rarely need more). */
function chineseNumber(s: string): string {
  const [whole, fraction] = s.split("点");
  let n = 0;
  if (whole.includes("十")) {
    const [tens, ones] = whole.split("十");
    n = (tens ? DIGIT[tens] : 1) * 10 + (ones ? DIGIT[ones] : 0);
  } else n = Number([...whole].map((c) => DIGIT[c]).join("") || "0");
  return fraction ? `${n}.${[...fraction].map((c) => DIGIT[c]).join("")}` : String(n);
}

const UNIT_AHEAD = "(?=个|分|项|次|%|百分点|月|天|日|人|件|家|户|元|万元|倍)";
const CN_NUMBER = new RegExp(`([零一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?)${UNIT_AHEAD}`, "g");

/** Half-width, no spaces, Chinese numerals before a unit as digits, 百分之九十 as 90%, ranges with "-". */
export function normalizeStandard(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, "")
    .replace(/百分之([零一二两三四五六七八九十点]+|\d+(?:\.\d+)?)/g, (_m, n: string) => `${/\d/.test(n) ? n : chineseNumber(n)}%`)
    .replace(CN_NUMBER, (_m, n: string) => chineseNumber(n))
    .replace(/[—–―~〜－]/g, "-")
    .replace(/(\d%?(?:\((?:不)?含\))?)(?:至|到)(\d)/g, "$1-$2");
}

const N = "(\\d+(?:\\.\\d+)?)(%?)";
const num = (s: string) => dec(s);

/** The conditions a band clause may start with, each with how it reads. */
const CONDITIONS: [RegExp, (m: RegExpExecArray) => Omit<Extract<Condition, { kind: "range" }>, "kind" | "of" | "percent">][] = [
  [
    new RegExp(`^(?:在)?${N}(\\(含\\)|\\(不含\\))?-${N}(\\(含\\)|\\(不含\\))?(?:之间)?`),
    (m) => ({
      lo: num(m[1]),
      loIn: m[3] !== "(不含)",
      hi: num(m[4]),
      hiIn: m[6] === "(含)",
    }),
  ],
  [
    new RegExp(`^(?:≥|>=|大于等于|不低于|不少于|达到|达|满)${N}(?:及以上|以上|\\(含\\)以上)?`),
    (m) => ({ lo: num(m[1]), loIn: true, hiIn: false }),
  ],
  [new RegExp(`^(?:>|大于|高于|超过|多于)${N}`), (m) => ({ lo: num(m[1]), loIn: false, hiIn: false })],
  [new RegExp(`^(?:≤|<=|小于等于|不高于|不超过|不多于)${N}(?:及以下|以下)?`), (m) => ({ hi: num(m[1]), hiIn: true, loIn: false })],
  [new RegExp(`^(?:<|小于|低于|不足|未达到|少于)${N}`), (m) => ({ hi: num(m[1]), hiIn: false, loIn: false })],
  [new RegExp(`^${N}(?:\\(含\\))?(?:及以上|以上)`), (m) => ({ lo: num(m[1]), loIn: true, hiIn: false })],
  [new RegExp(`^${N}(?:\\(含\\))?(?:及以下|以下)`), (m) => ({ hi: num(m[1]), hiIn: true, loIn: false })],
  [new RegExp(`^(?:=|为|等于)${N}`), (m) => ({ lo: num(m[1]), loIn: true, hi: num(m[1]), hiIn: true })],
];

const GOAL = "(?:年度)?(?:目标|指标|指标值|目标值|预期目标|计划|任务|要求)?(?:任务)?";
const ACHIEVED = new RegExp(`^(?:(?:全部|按时|按期|如期)?(?:完成|达到|实现|达成)${GOAL}|按(?:时|期)完成${GOAL})`);
const PARTIAL = new RegExp(`^(?:基本|部分)(?:完成|达到|实现|达成)${GOAL}`);
const NOT_ACHIEVED = new RegExp(`^(?:未|没有|未能)(?:按时|按期)?(?:完成|达到|实现|达成)${GOAL}`);

/** 得满分, 得8分, 得80%, 不得分, 扣2分 … at the end of a clause. */
function outcome(s: string): Outcome | undefined {
  if (/^(?:的|时|者|,)?(?:得|计|给)?满分$/.test(s)) return { kind: "full" };
  if (/^(?:的|时|者)?(?:不得分|不计分|得0分|计0分|0分|扣除全部分值)$/.test(s)) return { kind: "zero" };
  let m = /^(?:的|时|者)?(?:得|计|给)(\d+(?:\.\d+)?)分$/.exec(s);
  if (m) return { kind: "points", points: num(m[1]) };
  m = /^(?:的|时|者)?(?:得|计|按)(?:分值|权重|满分)?(?:的)?(\d+(?:\.\d+)?)%(?:的?(?:分值|权重))?(?:计分|得分)?$/.exec(s);
  if (m) return { kind: "share", percent: num(m[1]) };
  m = /^(?:的|时|者)?扣(\d+(?:\.\d+)?)分$/.exec(s);
  if (m) return { kind: "deduct", points: num(m[1]) };
  return undefined;
}

/** The lengths of the leading subjects a clause may have (满意度, 完成率 …): any run of Chinese from its start. */
function subjectLengths(c: string): number[] {
  const run = /^[\u4e00-\u9fa5()]*/.exec(c)![0].length;
  return Array.from({ length: run + 1 }, (_, k) => k);
}

/** A range condition and its outcome; the subject is the indicator itself, or with 完成率 its completion rate. */
function rangeClause(c: string): Clause | undefined {
  for (const k of subjectLengths(c)) {
    const rest = c.slice(k);
    for (const [re, read] of CONDITIONS) {
      const m = re.exec(rest);
      const then = m ? outcome(rest.slice(m[0].length)) : undefined;
      if (!m || !then) continue;
      const of = /完成率|完成比例|完成程度/.test(c.slice(0, k)) ? "rate" : "actual";
      return { when: { kind: "range", ...read(m), of, percent: m[2] === "%" || m[5] === "%" }, then };
    }
  }
  return undefined;
}

function bandClause(c: string): Clause | undefined {
  for (const [re, band] of [
    [NOT_ACHIEVED, "notAchieved"],
    [PARTIAL, "partial"],
    [ACHIEVED, "achieved"],
  ] as const) {
    const m = re.exec(c);
    const then = m ? outcome(c.slice(m[0].length)) : undefined;
    if (then) return { when: band === "achieved" ? { kind: "achieved" } : { kind: "band", band }, then };
  }
  return rangeClause(c);
}

const STEP = new RegExp(
  "^[\u4e00-\u9fa5()]*?每(降低|减少|下降|低于|少|短缺|增加|超过|超出|提高|多|上升|高于|延迟|推迟|逾期|超期|滞后|晚)" +
    "(\\d+(?:\\.\\d+)?)?(个百分点|百分点|%|个月|月|天|日|个|项|次|人|件|家|户|元|万元)?(?:的)?,?扣(\\d+(?:\\.\\d+)?)分(?:扣完为止)?$",
);
const DIRECTION: Record<string, StepRule["direction"]> = {};
for (const w of ["降低", "减少", "下降", "低于", "少", "短缺"]) DIRECTION[w] = "below";
for (const w of ["增加", "超过", "超出", "提高", "多", "上升", "高于"]) DIRECTION[w] = "above";
for (const w of ["延迟", "推迟", "逾期", "超期", "滞后", "晚"]) DIRECTION[w] = "late";

function stepClause(c: string): StepRule | undefined {
  const m = STEP.exec(c);
  if (!m) return undefined;
  const unitWord = m[3] ?? "";
  const unit: StepRule["unit"] = /百分点/.test(unitWord)
    ? "point"
    : unitWord === "%"
      ? "percent"
      : /月/.test(unitWord)
        ? "month"
        : /天|日/.test(unitWord)
          ? "day"
          : "count";
  const direction = DIRECTION[m[1]];
  // Lateness is counted in months or days; a count (每延迟1次) is not lateness.
  if ((direction === "late") !== (unit === "month" || unit === "day")) return undefined;
  return { direction, step: num(m[2] ?? "1"), points: num(m[4]), unit };
}

const OTHERWISE = /^(?:否则|反之|其余|其他|其它|以下|低于此)(?:情况|的)?(?:不得分|不计分|得0分|计0分|0分)$/;
const FLOOR = /^(?:扣完为止|扣至0分为止|最低(?:得|为)?0分|满分为止|最高不得?超过(?:分值)?(?:上限)?|以此类推)$/;
const CAP = /^(?:最多|最高)扣(\d+(?:\.\d+)?)分$|^扣分不超过(\d+(?:\.\d+)?)分$/;
const PROPORTIONAL =
  /^(?:得分=)?(?:按(?:实际)?(?:完成)?比例(?:计分|得分|计算得分|计算)|按完成(?:率|比例|程度|情况)(?:计分|得分|计算得分)|(?:完成率|执行率)[*×x](?:该指标)?(?:分值|权重))/;

/** Reads one clause into the standard; false when it is not one of the known patterns. */
function readClause(std: Standard, c: string): boolean {
  if (OTHERWISE.test(c) || isNotAchievedZero(c)) std.otherwiseZero = true;
  else if (PROPORTIONAL.test(c)) std.proportional = true;
  else if (!FLOOR.test(c)) {
    const cap = CAP.exec(c);
    const step = cap ? undefined : stepClause(c);
    const clause = cap || step ? undefined : bandClause(c);
    if (cap) std.cap = num(cap[1] ?? cap[2]);
    else if (step && !std.step) std.step = step;
    else if (clause) std.clauses.push(clause);
    else return false;
  }
  return true;
}

/** The rule a 评分标准 text states, or undefined when any clause is not one of the known patterns. */
export function parseStandard(text: string): Standard | undefined {
  const std: Standard = { clauses: [], otherwiseZero: false, proportional: false };
  const clauses = normalizeStandard(text)
    .split(/[,;。；，\n]+/)
    .map((c) => c.replace(/^\(\d\)|^\d\)|^\d[.、](?!\d)/, ""))
    .filter((c) => c !== "");
  for (let k = 0; k < clauses.length; k++) {
    if (readClause(std, clauses[k])) continue;
    // A condition and its outcome may be written as two clauses: ≤100%，计1分.
    if (k + 1 < clauses.length && readClause(std, clauses[k] + clauses[k + 1])) k++;
    else return undefined;
  }
  const says = std.clauses.length > 0 || std.step !== undefined || std.proportional;
  return says ? std : undefined;
}

/** 未完成不得分 is the 否则不得分 of a standard whose other clause is 完成得满分. */
function isNotAchievedZero(c: string): boolean {
  const m = NOT_ACHIEVED.exec(c);
  return m !== null && outcome(c.slice(m[0].length))?.kind === "zero";
}
