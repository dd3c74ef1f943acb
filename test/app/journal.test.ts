import { EMPTY_JOURNAL, JOURNAL_MARKER, WriteJournal, journalTexts, parseJournal, splitText } from "../../src/app/journal";

const journal: WriteJournal = {
  version: 1,
  written: { cells: [{ sheet: "绩效指标", cell: "I2", value: 100 }], report: { sheet: "绩效评价报告", texts: ["标题😀", "=1+1"] } },
  last: {
    kind: "scores",
    at: "2025-03-31T06:00:00.000Z",
    before: [{ sheet: "绩效指标", cells: [{ cell: "I2", value: 60, numberFormat: "0.0" }, { cell: "J2", value: null, formula: "=H2*0.6", numberFormat: "General" }] }],
    writtenBefore: { cells: [] },
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
  const long = journalTexts({ ...journal, written: { cells: [], report: { sheet: "r", texts: ["字".repeat(100000)] } } });
  expect(Math.max(...long.map((t) => t.length))).toBeLessThanOrEqual(32767);
});

test("a sheet that is not a journal, or one edited by hand, reads as the empty journal", () => {
  expect(parseJournal([])).toEqual(EMPTY_JOURNAL);
  expect(parseJournal(["my notes", "{}"])).toEqual(EMPTY_JOURNAL);
  expect(parseJournal([JOURNAL_MARKER, '{"version":1,"written":'])).toEqual(EMPTY_JOURNAL);
  expect(parseJournal([JOURNAL_MARKER, '{"version":2,"written":{"cells":[]}}'])).toEqual(EMPTY_JOURNAL);
});
