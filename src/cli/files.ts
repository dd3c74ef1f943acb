/** Opening an input workbook: its workbook, or the reason it cannot be read (a FileError code). */
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import type { FileErrorCode } from "../app";
import { fileErrorCode, readInput } from "./failures";

export type Opened = { workbook: XlsxWorkbook } | { error: FileErrorCode };

/** Never throws for a bad file: a missing, damaged, oversized or foreign file is its reason. */
export async function openXlsx(file: string): Promise<Opened> {
  try {
    return { workbook: await XlsxWorkbook.load(readInput(file)) };
  } catch (e) {
    return { error: fileErrorCode(e, "DAMAGED") };
  }
}
