/** Use case of a batch review (抽查复核): one workbook read once into its summary row and its findings. */
import { FileFinding, FileSummary, enteredTotal, fileFindings, fileSummary } from "./batchSummary";
import { evaluateSnapshot } from "./evaluateWorkbook";
import { WorkbookPort } from "./ports";

export interface WorkbookReview {
  summary: FileSummary;
  findings: FileFinding[];
}

/** `file` is only the name the rows carry; the workbook is read through its port. Writes nothing. */
export async function reviewWorkbook(file: string, workbook: WorkbookPort): Promise<WorkbookReview> {
  const snapshot = await workbook.read();
  const evaluation = evaluateSnapshot(snapshot);
  const entered = enteredTotal(snapshot.grid, evaluation.model.indicators);
  return { summary: fileSummary(file, evaluation, entered), findings: fileFindings(file, evaluation) };
}
