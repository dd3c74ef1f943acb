import { allCells } from "./journal";
import { ChangedCells, RestorePlan, WritePlan } from "./ports";

/** The sheets and cells a plan changes, as the adapters report them after applying it (the journal is not shown). */
export function cellsChangedBy(plan: WritePlan): ChangedCells[] {
  const bySheet = new Map<string, string[]>();
  for (const w of plan.cells) {
    if (!bySheet.has(w.sheet)) bySheet.set(w.sheet, []);
    bySheet.get(w.sheet)!.push(w.cell);
  }
  const out = [...bySheet].map(([sheet, cells]) => ({ sheet, cells }));
  if (plan.reportSheet) out.push({ sheet: plan.reportSheet.name, cells: [`A1:A${plan.reportSheet.rows.length}`] });
  return out;
}

/** The sheets and cells an undo changes: the cells it puts back, and the report sheet it clears or removes. */
export function restoredCells(plan: RestorePlan): ChangedCells[] {
  const report = plan.reportSheet?.name;
  const cellsOf = (sheet: string) => plan.cells.filter((c) => c.sheet === sheet).flatMap((c) => allCells(c).map((x) => x.cell));
  const out = [...new Set(plan.cells.map((c) => c.sheet))].filter((s) => s !== report).map((sheet) => ({ sheet, cells: cellsOf(sheet) }));
  if (report) out.push({ sheet: report, cells: plan.reportSheet!.remove ? [] : cellsOf(report) });
  return out;
}
