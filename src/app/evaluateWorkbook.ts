/** Use case: read the workbook and run the core's pipeline on it. Writes nothing. */
import { EvaluateOptions, Evaluation, evaluate } from "../core/evaluate";
import { TABLE_READERS } from "../core/read/registry";
import { WorkbookPort } from "./ports";

/** The kinds of table the reader knows, as --table names them (indicators, funds, expenditure …). */
export const TABLE_KINDS: readonly string[] = Object.keys(TABLE_READERS);

/** What the user chose where the workbook holds a kind of table more than once (the CLI's --table). */
export type TableChoices = EvaluateOptions["tables"];

export async function evaluateWorkbook(workbook: WorkbookPort, tables?: TableChoices): Promise<Evaluation> {
  const { grid, ownedSheets, sheetNames } = await workbook.read();
  return evaluate(grid, { ownedSheets, sheetNames, tables });
}
