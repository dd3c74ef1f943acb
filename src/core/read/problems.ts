/** 问题与措施 (optional): rows of 类别 (问题 or 措施) and 内容, in the order the report is to list them. */
import { a1 } from "../address";
import { Finding, finding } from "../findings";
import { SheetGrid, rowCount } from "../grid";
import { LocatedText } from "../model";
import { PROBLEM_COLUMNS, displayName } from "../schema";
import { normalizeLabel } from "../text";
import { findHeader, sheetsByNameOrContent, textAt } from "./scan";
import { TableReader } from "./table";

interface ProblemsPart {
  problems: LocatedText[];
  measures: LocatedText[];
}

function readProblems(sheet: SheetGrid): { part: ProblemsPart; findings: Finding[] } {
  const part: ProblemsPart = { problems: [], measures: [] };
  const findings: Finding[] = [];
  const header = findHeader(sheet, PROBLEM_COLUMNS, "content", 2);
  const category = header?.columns.category;
  const content = header?.columns.content;
  if (!header || category === undefined || content === undefined) {
    for (const key of ["category", "content"] as const) {
      if (header?.columns[key] === undefined) {
        findings.push(finding("error", "MISSING_COLUMN", sheet.name, "A1", { column: displayName(PROBLEM_COLUMNS, key) }));
      }
    }
    return { part, findings };
  }
  for (let r = header.row + 1; r < rowCount(sheet); r++) {
    const kind = normalizeLabel(textAt(sheet, r, category));
    const text = textAt(sheet, r, content);
    if (!text && !kind) continue;
    const item = { sheet: sheet.name, cell: a1(r, content), text };
    if (!text) findings.push(finding("warning", "MISSING_FIELD", sheet.name, a1(r, content), { field: "内容" }));
    else if (kind.includes("问题")) part.problems.push(item);
    else if (kind.includes("措施")) part.measures.push(item);
    else {
      findings.push(
        finding("warning", "INVALID_VALUE", sheet.name, a1(r, category), {
          field: "类别",
          text: textAt(sheet, r, category),
          expected: "problemOrMeasure",
        }),
      );
    }
  }
  return { part, findings };
}

export const PROBLEMS_READER: TableReader<ProblemsPart> = {
  key: "problems",
  required: false,
  // By its name, or by its header 类别 | 内容.
  find: (grid) => sheetsByNameOrContent(grid, "problems", (s) => findHeader(s, PROBLEM_COLUMNS, "content", 2) !== undefined),
  read: (sheet) => (sheet ? readProblems(sheet) : { part: { problems: [], measures: [] }, findings: [] }),
};
