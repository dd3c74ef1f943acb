/**
 * The words a report uses of its unit, from the unit's type or name and the 基本信息 settings: how it names itself
 * (我部门 / 我局 / 我镇 / 我单位 …), whether it is a public institution (事业单位, whose basic spending keeps the
 * unit, not an organ of government, running), and the report's name (docs/scoring-rules.md §9: titles vary).
 */
import { DepartmentInfo } from "../model";
import { normalizeLabel } from "../text";

export interface ReportWording {
  /** How the report names the unit: 我部门, 我局, 我镇, 我单位 …, or the 报告主语 as written. */
  subject: string;
  /** A public institution (事业单位) rather than an administrative organ (行政单位). */
  institution: boolean;
  /** The report's name after the year (部门预算整体支出绩效评价报告), or the whole title line when it names its year. */
  title: string;
  /** True when `title` is the whole title line (a 报告标题 that starts with its year). */
  titleHasYear: boolean;
}

/** The seed's title, the default; other reports use the variants below (报告标题 picks any text). */
export const DEFAULT_REPORT_TITLE = "部门预算整体支出绩效评价报告";
export const REPORT_TITLE_VARIANTS = [DEFAULT_REPORT_TITLE, "部门整体支出绩效评价报告", "部门整体支出绩效自评报告", "预算绩效部门评价报告"];

export const DEFAULT_SUBJECT = "我部门";
const INSTITUTION_SUBJECT = "我单位";

/** Name endings and the subject they give, tried in order (镇人民政府 before 府, 法院 before 院). */
const SUBJECT_BY_ENDING: [RegExp, string][] = [
  [/(镇人民政府|镇政府|镇)$/, "我镇"],
  [/(乡人民政府|乡政府|乡)$/, "我乡"],
  [/(街道办事处|街道)$/, "我街道"],
  [/(人民法院|人民检察院|法院|检察院)$/, "我院"],
  [/局$/, "我局"],
  [/(委员会|委)$/, "我委"],
  [/(办公室|办)$/, "我办"],
  [/厅$/, "我厅"],
];

/** Endings of public institutions' names: …中心, …院, …所, …站, schools, hospitals. */
const INSTITUTION_ENDING = /(中心|院|所|站|馆|学校|中学|小学|幼儿园|校|队|台)$/;
const COURT_ENDING = /(法院|检察院)$/;

/** The unit's name without a note in brackets (（虚构示例）) or a trailing 本级. */
function bareName(name: string): string {
  return normalizeLabel(name)
    .replace(/(（[^（）]*）|\([^()]*\))+$/, "")
    .replace(/本级$/, "");
}

type UnitKind = "institution" | "administrative" | "town" | "subdistrict" | undefined;

/** What a 单位类型 says: 事业单位, 行政单位 (also 机关, 参公), 乡镇, 街道; undefined when it says none of these. */
function kindOfType(type: string): UnitKind {
  const t = normalizeLabel(type);
  if (t.includes("事业")) return "institution";
  if (t.includes("街道")) return "subdistrict";
  if (t.includes("乡") || t.includes("镇")) return "town";
  if (/行政|机关|参公|参照/.test(t)) return "administrative";
  return undefined;
}

function isInstitutionName(name: string): boolean {
  return INSTITUTION_ENDING.test(name) && !COURT_ENDING.test(name);
}

function subjectOfName(name: string): string | undefined {
  return SUBJECT_BY_ENDING.find(([ending]) => ending.test(name))?.[1];
}

/** The subject from the type first, then the name; 我部门 when neither tells. */
function subjectOf(name: string, kind: UnitKind): string {
  const byName = subjectOfName(name);
  if (kind === "institution") return INSTITUTION_SUBJECT;
  if (kind === "town") return byName === "我乡" ? "我乡" : "我镇";
  if (kind === "subdistrict") return "我街道";
  if (byName) return byName;
  // A 行政单位 named …中心 (政务服务中心) is no 事业单位: the neutral subject.
  return kind === undefined && isInstitutionName(name) ? INSTITUTION_SUBJECT : DEFAULT_SUBJECT;
}

const YEAR_FIRST = /^\d{4}\s*年/;

export function reportWording(info: DepartmentInfo): ReportWording {
  const name = bareName(info.department?.text ?? "");
  const kind = info.unitType ? kindOfType(info.unitType.text) : undefined;
  const institution = kind === "institution" || (kind === undefined && isInstitutionName(name));
  const subject = info.subject?.text.trim() || subjectOf(name, kind);
  const title = info.reportTitle?.text.replace(/\s+/g, "") || DEFAULT_REPORT_TITLE;
  return { subject, institution, title, titleHasYear: YEAR_FIRST.test(title) };
}

/** The title's second line: {年度}年度{报告名称}, or the 报告标题 as written when it names its year. */
export function titleLine(wording: ReportWording, year: string): string {
  return wording.titleHasYear ? wording.title : `${year}年度${wording.title}`;
}
