/**
 * What a table reader is: one kind of sheet (基本信息, 支出决算 …) in, its part of what the workbook says out,
 * with its own findings. Readers share no state; what one needs from another comes in the context.
 */
import { Finding } from "../findings";
import { SheetGrid, WorkbookGrid } from "../grid";
import { AmountUnit } from "../model";
import { SheetKey } from "../schema";

/** What a reader may need from the readers before it, passed explicitly. */
export interface ReadContext {
  /** The workbook's amount unit (from 基本信息): amounts elsewhere are converted to it. */
  unit: AmountUnit;
}

/** Before 基本信息 is read, and when it names no unit: 万元, the documented default. */
export const INITIAL_CONTEXT: ReadContext = { unit: "万元" };

export interface TableRead<P> {
  part: P;
  findings: Finding[];
  /** What this table tells the readers after it (基本信息 gives the unit). */
  context?: Partial<ReadContext>;
}

export interface TableReader<P> {
  key: SheetKey;
  /** An absent required sheet is a MISSING_SHEET error; an optional one is simply left out. */
  required: boolean;
  find(grid: WorkbookGrid): SheetGrid | undefined;
  /** Called with the sheet found, or undefined when it is absent: the part is then what an empty sheet says. */
  read(sheet: SheetGrid | undefined, ctx: ReadContext): TableRead<P>;
}
