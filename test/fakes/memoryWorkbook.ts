/**
 * An in-memory workbook behind the application's ports, for the use cases' own tests: it records every plan it
 * is asked to apply and applies the cell writes to its grid, so a second read sees them.
 */
import { ChangedCells, OpenWorkbookPort, WorkbookSnapshot, WritePlan, cellsChangedBy } from "../../src/app";
import { parseA1 } from "../../src/core/address";
import { WorkbookGrid } from "../../src/core/grid";
import { TemplateSheet } from "../../src/core/template";

export class MemoryWorkbook implements OpenWorkbookPort {
  reads = 0;
  readonly applied: WritePlan[] = [];
  readonly selected: string[] = [];
  readonly owned: string[] = [];

  constructor(readonly grid: WorkbookGrid) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    const copy: WorkbookGrid = structuredClone(this.grid);
    return { grid: copy, sheetNames: this.grid.sheets.map((s) => s.name), ownedSheets: [...this.owned] };
  }

  async apply(plan: WritePlan): Promise<ChangedCells[]> {
    this.applied.push(plan);
    for (const w of plan.cells) {
      const sheet = this.grid.sheets.find((s) => s.name === w.sheet)!;
      const { row, col } = parseA1(w.cell);
      (sheet.values[row] ??= [])[col] = w.value;
    }
    const report = plan.reportSheet;
    if (report) {
      const values = report.rows.map((r) => [r.text]);
      const existing = this.grid.sheets.find((s) => s.name === report.name);
      if (existing) existing.values = values;
      else this.grid.sheets.push({ name: report.name, values });
      if (!this.owned.includes(report.name)) this.owned.push(report.name);
    }
    return cellsChangedBy(plan);
  }

  async sheetNames(): Promise<string[]> {
    return this.grid.sheets.map((s) => s.name);
  }

  async addSheets(sheets: TemplateSheet[]): Promise<void> {
    for (const t of sheets) this.grid.sheets.push({ name: t.name, values: t.values.map((r) => [...r]) });
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
  }
}
