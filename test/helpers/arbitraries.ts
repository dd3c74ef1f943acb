/** fast-check generators of messy workbooks: real labels and headers mixed with noise. */
import fc from "fast-check";
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { INDICATOR_COLUMNS, INFO_FIELDS, PROBLEM_COLUMNS, PROJECT_COLUMNS, SHEETS, SPENDING_FIELDS } from "../../src/core/schema";

const words = [
  ...Object.values(INFO_FIELDS).flat(),
  ...Object.values(SPENDING_FIELDS).flat(),
  ...Object.values(INDICATOR_COLUMNS).flat(),
  ...Object.values(PROJECT_COLUMNS).flat(),
  ...Object.values(PROBLEM_COLUMNS).flat(),
  "合计",
  "总分",
  "自评总分",
  "预算执行率",
  "问题",
  "措施",
  "定性",
  "≥",
  "≤",
  "=",
  "<",
  ">",
  "达成",
  "部分达成",
  "未达成",
  "完成",
  "2020年",
  "2,513.05",
  "160个",
  "≥95%",
  "95%",
  "７７.４",
  "万元",
  "元",
  "=SUM(A1:A2)",
  "+1",
  "-1",
  "@x",
  "(1,234.00)",
  "",
];

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(...words) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>(null, true, { error: "#DIV/0!" }, { error: "#REF!" }, { error: "#N/A" }, 1e308, -1e308, 5e-324),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("长".repeat(10000), '=HYPERLINK("x")') },
);

const formats = fc.constantFrom<string | undefined>(undefined, "0%", "0.00", "yyyy-mm-dd", "@", "General", '0"%"');

export const sheetGrid = (name: fc.Arbitrary<string>): fc.Arbitrary<SheetGrid> =>
  fc
    .tuple(name, fc.array(fc.array(fc.tuple(cellValue, formats), { maxLength: 12 }), { maxLength: 16 }))
    .map(([n, rows]) => ({ name: n, values: rows.map((r) => r.map(([v]) => v)), formats: rows.map((r) => r.map(([, f]) => f)) }));

const sheetName = fc.oneof(fc.constantFrom(...Object.values(SHEETS).flat()), fc.string({ minLength: 1, maxLength: 8 }));

export const workbookGrid: fc.Arbitrary<WorkbookGrid> = fc
  .array(sheetGrid(sheetName), { maxLength: 6 })
  .map((sheets) => ({ sheets: sheets.filter((s, i) => sheets.findIndex((t) => t.name === s.name) === i) }));
