/**
 * The message catalogue: one typed object per language (zh-CN.ts, en.ts), chosen by `messages(lang)`.
 * Hosts render findings and UI text here; the core hands over codes, values and keys, never words.
 */
import type { Finding, FindingCode, FindingParams, Severity } from "../core/findings";
import { en } from "./en";
import type { FindingMessages, Lang, Messages } from "./types";
import { zhCN } from "./zh-CN";

export type { BatchMessages, CliMessages, FindingMessages, Lang, Messages, OfficeErrorKind, PaneMessages, UiMessages } from "./types";
export { plural } from "./plural";

const CATALOGUE: Record<Lang, Messages> = { "zh-CN": zhCN, en };

export function messages(lang: Lang): Messages {
  return CATALOGUE[lang];
}

/** A finding as hosts show it: its message in one language instead of its parameters. */
export interface RenderedFinding {
  severity: Severity;
  code: FindingCode;
  message: string;
  sheet: string;
  cell: string;
}

/** Generic over the code so that the compiler pairs each code's message with that code's parameters. */
function format<C extends FindingCode>(findings: FindingMessages, code: C, params: FindingParams[C]): string {
  return findings[code](params);
}

export function renderMessage(f: Finding, lang: Lang): string {
  return format(messages(lang).findings, f.code, f.params);
}

export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  return { severity: f.severity, code: f.code, message: renderMessage(f, lang), sheet: f.sheet, cell: f.cell };
}
