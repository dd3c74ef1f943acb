/** The command's work once its arguments are understood: a batch review, an undo, or one document per workbook. */
import { CliOptions } from "./args";
import { runFiles } from "./fileMode";
import { refuseFolders } from "./inputs";
import type { ProgressTerminal } from "./progress";
import { runSummary } from "./summaryMode";
import { runUndo } from "./undoMode";

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Where a batch's progress line goes (process.stderr in the command); none when absent. */
  progress?: ProgressTerminal;
}

/** Returns the exit status; throws UsageError for inputs the arguments alone could not rule out. */
export async function run(opts: CliOptions, io: CliIo): Promise<number> {
  if (opts.summary !== undefined) return runSummary({ ...opts, summary: opts.summary }, io);
  // parseArgs has made sure that --undo comes with one input and --out.
  if (opts.undo) return runUndo({ ...opts, out: opts.out! }, io);
  refuseFolders(opts.files);
  return runFiles(opts, io);
}
