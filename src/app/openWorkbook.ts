/** Use cases that only make sense in front of an open workbook: go to a cell, add the template sheets. */
import { templateToInsert } from "../core/template";
import { OpenWorkbookPort } from "./ports";

/** Selects a finding's cell; a range such as A3:A9 selects its first cell. */
export async function goToCell(workbook: OpenWorkbookPort, sheet: string, cell: string): Promise<void> {
  await workbook.select(sheet, cell.split(":")[0]);
}

/** Adds the template sheets whose names are free (never over an existing sheet); returns their names. */
export async function insertTemplate(workbook: OpenWorkbookPort): Promise<string[]> {
  const todo = templateToInsert(await workbook.sheetNames());
  if (todo.length > 0) await workbook.addSheets(todo);
  return todo.map((t) => t.name);
}
