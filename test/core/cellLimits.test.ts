/**
 * Cells Excel refuses (issue #14): no text the tool writes is longer than 32,767 characters, and no cut
 * falls between the two halves of a surrogate pair (a lone half shows as U+FFFD).
 */
import { evaluate } from "../../src/core/evaluate";
import { reportRows, splitForCells } from "../../src/core/reportSheet";
import { MAX_CELL_CHARS, TRUNCATED_MARK, fitOneCell, safeCutIndex } from "../../src/core/text";
import { HEADER, SPENDING, sheet, workbook } from "../helpers/grid";

/** A UTF-16 half without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const EMOJI = "😀"; // two UTF-16 code units

describe("splitting and cutting text for cells", () => {
  test("a paragraph of emoji is split into pieces within the limit, never inside a pair", () => {
    const text = `x${EMOJI.repeat(40000)}`; // 80,001 code units: the limit falls inside a pair
    const pieces = splitForCells(text);
    expect(pieces.every((p) => p.length <= MAX_CELL_CHARS)).toBe(true);
    expect(pieces.some((p) => LONE_SURROGATE.test(p))).toBe(false);
    expect(pieces.join("")).toBe(text);
  });
  test("one cell: cut at a safe boundary and marked", () => {
    const text = `x${EMOJI.repeat(40000)}`;
    const cut = fitOneCell(text);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(cut.endsWith(TRUNCATED_MARK)).toBe(true);
    expect(LONE_SURROGATE.test(cut)).toBe(false);
    expect(fitOneCell("短")).toBe("短");
    expect(safeCutIndex(`a${EMOJI}`, 2)).toBe(1);
    expect(safeCutIndex(`a${EMOJI}`, 3)).toBe(3);
  });
});

describe("what the tool writes into a workbook", () => {
  const huge = EMOJI.repeat(20000); // 40,000 code units
  const e = evaluate(
    workbook(
      sheet("基本信息", [
        ["部门名称", `x${huge}`],
        ["评价年度", 2020],
        ["评价依据", `《${huge}》`],
      ]),
      SPENDING(),
      sheet("绩效指标", [
        [...HEADER, "评分说明"],
        ["产出指标", "数量指标", "甲", "≥", 120, `x${huge}`, 100, 100, null, "原因"],
      ]),
    ),
  );

  test("评分说明 longer than a cell holds is cut at a safe boundary and says so", () => {
    const explanation = e.writes.find((w) => w.cell === "K2")!;
    expect(typeof explanation.value).toBe("string");
    const text = explanation.value as string;
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(text.endsWith(TRUNCATED_MARK)).toBe(true);
    expect(LONE_SURROGATE.test(text)).toBe(false);
    // The scoring itself keeps the whole explanation (the JSON and the pane show it).
    expect(e.scoring.scores[0].explanation.length).toBeGreaterThan(MAX_CELL_CHARS);
  });
  test("titles and the opening paragraph continue on the next rows; every report row fits a cell", () => {
    const rows = reportRows(e.report);
    expect(rows.every((r) => r.text.length <= MAX_CELL_CHARS)).toBe(true);
    expect(rows.some((r) => LONE_SURROGATE.test(r.text))).toBe(false);
    expect(rows.filter((r) => r.kind === "title").length).toBeGreaterThan(2);
    expect(rows.filter((r) => r.kind === "title").map((r) => r.text).join("")).toBe(e.report.title.join(""));
    expect(e.reportSheet.rows.every((r) => r.text.length <= MAX_CELL_CHARS)).toBe(true);
  });
  test("every written text, everywhere, fits a cell", () => {
    const texts = [...e.writes.map((w) => String(w.value)), ...e.reportSheet.rows.map((r) => r.text)];
    expect(texts.filter((t) => t.length > MAX_CELL_CHARS || LONE_SURROGATE.test(t))).toEqual([]);
  });
});
