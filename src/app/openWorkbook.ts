/** Use cases that only make sense in front of an open workbook: go to a cell, add the template or example sheets. */
import { TemplateSheet, freeSheets, templateToInsert } from "../core/template";
import { exampleSheets } from "../core/templateExample";
import { OpenWorkbookPort } from "./ports";

/** Selects a finding's cell; a range such as A3:A9 selects its first cell. */
export async function goToCell(workbook: OpenWorkbookPort, sheet: string, cell: string): Promise<void> {
  await workbook.select(sheet, cell.split(":")[0]);
}

/** Adds `sheets` (all free) and goes to the first one's first cell to fill; returns their names. */
async function addAndGo(workbook: OpenWorkbookPort, sheets: TemplateSheet[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  await workbook.addSheets(sheets);
  await workbook.select(sheets[0].name, sheets[0].firstInput ?? "A1");
  return sheets.map((t) => t.name);
}

/**
 * Adds the template sheets whose names are free (never over an existing sheet) and selects the first cell to
 * fill of the first one added; returns their names.
 */
export async function insertTemplate(workbook: OpenWorkbookPort): Promise<string[]> {
  return addAndGo(workbook, templateToInsert(await workbook.sheetNames()));
}

/** Adds the built-in example's sheets whose names are free, so a first-time user sees a finished workbook. */
export async function insertExample(workbook: OpenWorkbookPort): Promise<string[]> {
  return addAndGo(workbook, freeSheets(exampleSheets(), await workbook.sheetNames()));
}
