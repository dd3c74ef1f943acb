/** --table KIND=Sheet!A1:J20: where to read a kind of table that a workbook holds more than once. */
import { TABLE_KINDS, type TableChoices, placeChoice } from "../app";
import { USAGE_TEXTS } from "./texts";

type Kind = (typeof TABLE_KINDS)[number];
type Choice = NonNullable<TableChoices>[Kind];

const isKind = (k: string): k is Kind => (TABLE_KINDS as readonly string[]).includes(k);

/**
 * "indicators=自评表!A10:J18" → the kind and its place; a sheet name may be quoted ('My sheet'!A1:J20). What is
 * wrong with it, as a usage error's text, otherwise.
 */
function tableChoice(spec: string): [Kind, Choice] | string {
  const eq = spec.indexOf("=");
  const kind = spec.slice(0, eq).trim();
  // The place is read as the pane's picker reads a finding's place (placeChoice).
  const place = eq > 0 ? placeChoice(spec.slice(eq + 1).trim()) : undefined;
  if (!place) return USAGE_TEXTS.tableSyntax(spec);
  if (!isKind(kind)) return USAGE_TEXTS.tableKind(kind, TABLE_KINDS);
  return [kind, place];
}

/** Every --table given, by kind (the last one given for a kind wins), or the usage error of the first wrong one. */
export function tableChoices(specs: readonly string[] | undefined): { tables?: TableChoices; error?: string } {
  if (!specs || specs.length === 0) return {};
  const parsed = specs.map(tableChoice);
  const error = parsed.find((p): p is string => typeof p === "string");
  return error !== undefined ? { error } : { tables: Object.fromEntries(parsed as [Kind, Choice][]) };
}
