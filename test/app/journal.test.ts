import { EMPTY_JOURNAL, JOURNAL_MARKER, WriteJournal, allCells, fingerprint, journalTexts, parseJournal, splitText, writtenBy } from "../../src/app/journal";

const journal: WriteJournal = {
  version: 1,
  written: { cells: { 绩效指标: { I2: fingerprint(100) } }, report: { sheet: "绩效评价报告", rows: [fingerprint("标题😀"), fingerprint("=1+1")] } },
  last: {
    kind: "scores",
    at: "2025-03-31T06:00:00.000Z",
    before: [
      {
        sheet: "绩效指标",
        cells: [
          { cell: "I2", value: 60, numberFormat: "0.0" },
          { cell: "J2", value: null, formula: "=H2*0.6", numberFormat: "General" },
        ],
        empty: ["I3", "I4"],
      },
    ],
    writtenBefore: { cells: {} },
  },
};

test("the journal's text goes down column A after its marker, in pieces, and reads back as it was", () => {
  const texts = journalTexts(journal, 7);
  expect(texts[0]).toBe(JOURNAL_MARKER);
  expect(texts.length).toBeGreaterThan(10);
  expect(Math.max(...texts.slice(1).map((t) => t.length))).toBeLessThanOrEqual(7);
  expect(parseJournal(texts)).toEqual(journal);
});

test("no piece ends inside a surrogate pair, and none passes Excel's 32,767 characters", () => {
  const text = "😀".repeat(40000);
  const pieces = splitText(text, 5);
  expect(pieces.join("")).toBe(text);
  for (const p of pieces) expect(p).toBe(p.normalize()); // no lone half would survive as itself
  for (const p of pieces) expect(/^(?:[\uD800-\uDBFF][\uDC00-\uDFFF])+$/.test(p)).toBe(true);
  const long = journalTexts({ ...journal, written: { cells: {}, report: { sheet: "r", rows: ["字".repeat(100000)] } } });
  expect(Math.max(...long.map((t) => t.length))).toBeLessThanOrEqual(32767);
});

test("a sheet that is not a journal, or one edited by hand, reads as the empty journal", () => {
  expect(parseJournal([])).toEqual(EMPTY_JOURNAL);
  expect(parseJournal(["my notes", "{}"])).toEqual(EMPTY_JOURNAL);
  expect(parseJournal([JOURNAL_MARKER, '{"version":1,"written":'])).toEqual(EMPTY_JOURNAL);
  expect(parseJournal([JOURNAL_MARKER, '{"version":2,"written":{"cells":[]}}'])).toEqual(EMPTY_JOURNAL);
});

test("what the tool wrote is known by fingerprint: the same value of the same type, in the same cell", () => {
  const mine = writtenBy(journal.written);
  expect(mine("绩效指标", "I2", 100)).toBe(true);
  expect(mine("绩效指标", "I2", "100")).toBe(false);
  expect(mine("绩效指标", "I2", 100.01)).toBe(false);
  expect(mine("绩效指标", "I3", 100)).toBe(false);
  expect(mine("绩效评价报告", "A2", "=1+1")).toBe(true);
  expect(mine("绩效评价报告", "A1", "标题")).toBe(false);
  expect(fingerprint(null)).toBe("");
  expect(mine("绩效指标", "I9", null)).toBe(false);
});

test("cells that were empty are kept as a list and come back as empty General cells", () => {
  expect(allCells(journal.last!.before[0]).slice(2)).toEqual([
    { cell: "I3", value: null, numberFormat: "General" },
    { cell: "I4", value: null, numberFormat: "General" },
  ]);
});
