/**
 * The words people write as the actual of a qualitative (定性) indicator, and the band of the official rule
 * each stands for (docs/scoring-rules.md §4): the rule defines three bands, not three words, and real tables
 * write 高, 好, 是, 健全, 完成, 较好 … [practice]. 评分设置 adds words (定性达成用语 …), which win.
 */
import { normalizeLabel } from "./text";

export type Band = "achieved" | "partial" | "notAchieved";

export const BAND_NAMES: Record<Band, string> = {
  achieved: "达成年度指标",
  partial: "部分达成年度指标并具有一定效果",
  notAchieved: "未达成年度指标且效果较差",
};

/** Whole words, compared after normalising (no spaces, half-width, no trailing 。). */
export const BAND_WORDS: Record<Band, readonly string[]> = {
  achieved: [
    ...["达成", "已达成", "全部达成", "完成", "已完成", "全部完成", "按时完成", "按期完成", "实现", "已实现", "达到", "已达到"],
    ...["是", "有", "健全", "完善", "高", "好", "良好", "较好", "较高", "优", "优秀", "满意", "合格", "有效", "显著", "及时", "规范"],
  ],
  partial: ["基本达成", "部分达成", "基本完成", "部分完成", "基本实现", "部分实现", "一般", "基本健全", "基本完善", "基本满意"],
  notAchieved: ["未达成", "未完成", "未实现", "未达到", "否", "无", "差", "较差", "不合格", "不满意", "无效", "未按时完成"],
};

/** Long forms of the official wording: 达成年度指标…, 部分达成年度指标并具有一定效果, 未达成年度指标且效果较差. */
const LONG_FORMS: [RegExp, Band][] = [
  [/^(未|没有|尚未)(达成|完成|实现|达到)/, "notAchieved"],
  [/^(部分|基本)(达成|完成|实现|达到)/, "partial"],
  [/^(已|全部|全面)?(达成|完成|实现|达到)/, "achieved"],
];

/** A modifier in front of an 达成 word: 基本健全 is partial, 不健全 or 未建立… not achieved. */
const PARTIAL_PREFIX = /^(基本|部分)/;
const NEGATION_PREFIX = /^(未|不|无|没有|尚未)/;

function clean(text: string): string {
  return normalizeLabel(text).replace(/[。.!！;；、,，]+$/, "");
}

type WordIndex = Map<string, Band>;

function indexWords(words: Record<Band, readonly string[]>): WordIndex {
  const index: WordIndex = new Map();
  for (const band of Object.keys(words) as Band[]) for (const w of words[band]) index.set(clean(w), band);
  return index;
}

const BUILT_IN = indexWords(BAND_WORDS);
/** The settings' words, indexed once per settings object rather than once per row. */
const EXTRA_INDEXES = new WeakMap<Record<Band, readonly string[]>, WordIndex>();

function extraIndex(extra: Record<Band, readonly string[]>): WordIndex {
  let index = EXTRA_INDEXES.get(extra);
  if (!index) EXTRA_INDEXES.set(extra, (index = indexWords(extra)));
  return index;
}

/**
 * The band of a qualitative actual; undefined when the word is not known. The settings' words are tried
 * first, then the built-in words, the long official forms, and a known 达成 word after 基本/部分 or a negation.
 */
export function bandOf(text: string, extra?: Record<Band, readonly string[]>): Band | undefined {
  const t = clean(text);
  if (!t) return undefined;
  const user = extra ? extraIndex(extra) : undefined;
  const listed = user?.get(t) ?? BUILT_IN.get(t);
  if (listed) return listed;
  for (const [re, band] of LONG_FORMS) if (re.test(t)) return band;
  const achievedWord = (rest: string) => rest !== "" && (BUILT_IN.get(rest) === "achieved" || user?.get(rest) === "achieved");
  const partial = PARTIAL_PREFIX.exec(t);
  if (partial && achievedWord(t.slice(partial[0].length))) return "partial";
  const negation = NEGATION_PREFIX.exec(t);
  if (negation && achievedWord(t.slice(negation[0].length))) return "notAchieved";
  return undefined;
}

/** Splits a 评分设置 word list written 高、好；较好, 优 or one a line. */
export function splitWords(text: string): string[] {
  return text
    .split(/[、,，;；/\s]+/)
    .map(clean)
    .filter((w) => w !== "");
}
