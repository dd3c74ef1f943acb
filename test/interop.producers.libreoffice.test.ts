/**
 * Workbooks from other producers (issue #14): `x:`-prefixed SpreadsheetML, rows and cells without `r`, parts
 * at paths of the writer's choosing. Each file is generated here from the complete example; LibreOffice first
 * confirms that it is valid and holds what the example holds. Then the tool must read the same values, and
 * its `--out` must keep every sheet and every cell, as LibreOffice reads the output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../src/adapters/xlsx/readGrid";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsxWorkbook";
import { JOURNAL_SHEET } from "../src/app";
import { main } from "../src/cli/main";
import { sheetsAsShown } from "./helpers/libreoffice";
import { atOtherPaths, completeParts, handMadeWorkbook, withPrefixedNamespace, withoutCellRefs, zipOf } from "./helpers/otherProducers";

const dir = mkdtempSync(join(tmpdir(), "producers-"));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The CLI's --json reading of a file, without the field that names the file. */
async function jsonReading(file: string): Promise<{ code: number; json: Record<string, unknown> }> {
  const r = await run(file, "--json");
  const json = JSON.parse(r.out);
  delete json.file;
  return { code: r.code, json };
}

/** What LibreOffice shows of an output, but for the time of the write in the undo journal. */
function shownOutput(file: string): Record<string, string[][]> {
  const shown = sheetsAsShown(file);
  shown[JOURNAL_SHEET] = shown[JOURNAL_SHEET].map((row) => row.map((cell) => cell.replace(/"at":"[^"]*"/, '"at":"…"')));
  return shown;
}

/** The file written, its `--out` and what LibreOffice shows of each. */
async function written(name: string, data: Buffer) {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, data);
  const out = join(dir, `${name}-out.xlsx`);
  const code = (await run(input, "--out", out)).code;
  return { input, out, code, shown: sheetsAsShown(input) };
}

const parts = completeParts();
const VARIANTS: [string, () => Buffer][] = [
  ["every SpreadsheetML part under the x: prefix (Open XML SDK)", () => zipOf(withPrefixedNamespace(parts))],
  ["no r on any row or cell", () => zipOf(withoutCellRefs(parts))],
  ["workbook, sheets, strings, styles and theme at other paths", () => zipOf(atOtherPaths(parts))],
  ["all three at once", () => zipOf(atOtherPaths(withPrefixedNamespace(withoutCellRefs(parts))))],
];

describe("workbooks from other producers are read and written like the same workbook from Excel", () => {
  let example: Awaited<ReturnType<typeof written>>;
  let exampleOut: Record<string, string[][]>;

  beforeAll(async () => {
    example = await written("example", zipOf(parts));
    exampleOut = shownOutput(example.out);
    expect(Object.keys(exampleOut)).toEqual(expect.arrayContaining(["绩效指标", "绩效评价报告", JOURNAL_SHEET]));
  });

  describe.each(VARIANTS)("%s", (name, make) => {
    let file: Awaited<ReturnType<typeof written>>;
    beforeAll(async () => {
      file = await written(name.replace(/\W+/g, "-"), make());
    });

    test("LibreOffice shows it as it shows the example (the file is valid)", () => {
      expect(Object.keys(file.shown)).toEqual(["基本信息", "支出决算", "绩效指标", "问题与措施"]);
      expect(file.shown).toEqual(example.shown);
    });

    test("the tool reads the same sheets and cells", async () => {
      const read = async (f: string) => (await XlsxWorkbook.load(readFileSync(f))).read();
      const [mine, theirs] = await Promise.all([read(example.input), read(file.input)]);
      expect(theirs.sheetNames).toEqual(mine.sheetNames);
      expect(theirs.grid).toEqual(mine.grid);
    });

    test("--json gives the same result", async () => {
      const [mine, theirs] = await Promise.all([jsonReading(example.input), jsonReading(file.input)]);
      expect(theirs).toEqual(mine);
      expect(theirs.code).toBe(0);
    });

    test("--out keeps every sheet and cell: LibreOffice shows the output as the example's output", () => {
      expect(file.code).toBe(0);
      expect(shownOutput(file.out)).toEqual(exampleOut);
    });
  });
});

describe("a small workbook made by hand: root workbook, sheets in folders, x: and rel: prefixes, some r missing", () => {
  const data = zipOf(handMadeWorkbook());
  let shown: Record<string, string[][]>;
  beforeAll(() => {
    const input = join(dir, "hand-made.xlsx");
    writeFileSync(input, data);
    shown = sheetsAsShown(input);
  });

  test("LibreOffice shows each cell where its order puts it", () => {
    expect(shown).toEqual({
      甲表: [["甲", "1", "", "", "5", "6"], ["", "", "", "", "", ""], ["", "", "", "", "", ""], ["41", "", "", "", "", ""], ["", "52", "53", "", "", ""]],
      乙表: [["共享一", " 共享二 "], ["", "2.5"]],
    });
  });

  test("the tool reads the same cells, in the same places", async () => {
    const grid = workbookToGrid(await loadWorkbook(data));
    expect(grid.sheets.map((s) => [s.name, s.values])).toEqual([
      ["甲表", [["甲", 1, null, null, 5, 6], [], [], [41], [null, 52, 53]]],
      ["乙表", [["共享一", " 共享二 "], [null, 2.5]]],
    ]);
  });

  test("saved, it keeps both sheets and every cell: LibreOffice shows the saved file as the input", async () => {
    const out = join(dir, "hand-made-saved.xlsx");
    await (await XlsxWorkbook.load(data)).save(out);
    expect(sheetsAsShown(out)).toEqual(shown);
  });
});
