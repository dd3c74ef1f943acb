/** --table KIND=Sheet!A1:J20: where to read a kind of table that a workbook holds more than once. */
import { TABLE_KINDS, type TableChoices } from "../app";
import { parseA1 } from "../core/address";
import { USAGE_TEXTS } from "./texts";

type Kind = (typeof TABLE_KINDS)[number];
type Choice = NonNullable<TableChoices>[Kind];

const isKind = (k: string): k is Kind => (TABLE_KINDS as readonly string[]).includes(k);

/**
 * "indicators=自评表!A10:J18" → the kind and its place; a sheet name may be quoted ('My sheet'!A1:J20). What is
 * wrong with it, as a usage error's text, otherwise.
 */
function tableChoice(spec: string): [Kind, Choice] | string {
  const m = /^([^=]+)=(.+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(spec.trim());
  if (!m) return USAGE_TEXTS.tableSyntax(spec);
  const kind = m[1].trim();
  if (!isKind(kind)) return USAGE_TEXTS.tableKind(kind, TABLE_KINDS);
  const sheet = m[2].replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const from = parseA1(`${m[3].toUpperCase()}${m[4]}`);
  const to = parseA1(`${(m[5] ?? m[3]).toUpperCase()}${m[6] ?? m[4]}`);
  const range = {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
  return [kind, { sheet, range }];
}

/** Every --table given, by kind (the last one given for a kind wins), or the usage error of the first wrong one. */
export function tableChoices(specs: readonly string[] | undefined): { tables?: TableChoices; error?: string } {
  if (!specs || specs.length === 0) return {};
  const parsed = specs.map(tableChoice);
  const error = parsed.find((p): p is string => typeof p === "string");
  return error !== undefined ? { error } : { tables: Object.fromEntries(parsed as [Kind, Choice][]) };
}
