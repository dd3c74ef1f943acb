/** Counted nouns by the language's own plural rules (Intl.PluralRules), never "error(s)". */
import type { Lang } from "./types";

/** The forms a language may distinguish; `other` is always needed, and is Chinese's only one. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesOf = new Map<Lang, Intl.PluralRules>();

/** `count` and the form of its noun that `lang` picks for it: en 1 → "1 error", 0 and 2 → "0 errors". */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  let rules = rulesOf.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesOf.set(lang, rules);
  }
  return `${count} ${forms[rules.select(count)] ?? forms.other}`;
}
