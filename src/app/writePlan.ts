import { ChangedCells, WritePlan } from "./ports";

/** The sheets and cells a plan changes, as the adapters report them after applying it. */
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
