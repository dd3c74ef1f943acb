/**
 * The findings as 校验 lists them: by sheet, then by code (errors first) with counts, through the filters, so
 * that thousands of the same warning are one line with a count rather than a wall.
 */
import type { FindingCode, Severity } from "../../core/findings";
import type { RenderedFinding } from "../../i18n";

export type SeverityFilter = "all" | Severity;

export interface FindingFilter {
  severity: SeverityFilter;
  /** One sheet's findings only; all sheets when absent. */
  sheet?: string;
}

export interface FindingGroup {
  /** Unique among the groups: sheet, code and severity. */
  key: string;
  sheet: string;
  code: FindingCode;
  severity: Severity;
  findings: RenderedFinding[];
}

export interface SheetFindings {
  sheet: string;
  count: number;
  groups: FindingGroup[];
}

const passes = (f: RenderedFinding, filter: FindingFilter) =>
  (filter.severity === "all" || f.severity === filter.severity) && (filter.sheet === undefined || f.sheet === filter.sheet);

/** Sheets in the order their first finding comes; in a sheet, error groups before warning groups, else in order. */
export function groupFindings(findings: RenderedFinding[], filter: FindingFilter): SheetFindings[] {
  const sheets = new Map<string, Map<string, FindingGroup>>();
  for (const f of findings) {
    if (!passes(f, filter)) continue;
    let groups = sheets.get(f.sheet);
    if (!groups) sheets.set(f.sheet, (groups = new Map()));
    const key = `${f.sheet}\u0000${f.code}\u0000${f.severity}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, sheet: f.sheet, code: f.code, severity: f.severity, findings: [] }));
    group.findings.push(f);
  }
  const rank = (g: FindingGroup) => (g.severity === "error" ? 0 : 1);
  return [...sheets].map(([sheet, groups]) => {
    const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b));
    return { sheet, count: sorted.reduce((n, g) => n + g.findings.length, 0), groups: sorted };
  });
}

/** The sheets that have findings, in order of their first. */
export function sheetsWithFindings(findings: RenderedFinding[]): string[] {
  return [...new Set(findings.map((f) => f.sheet))];
}

/** The error that 下一个错误 goes to after the one at `current` (from the first; round again after the last). */
export function nextErrorIndex(errors: number, current: number | undefined): number | undefined {
  if (errors === 0) return undefined;
  return current === undefined || current + 1 >= errors ? 0 : current + 1;
}
