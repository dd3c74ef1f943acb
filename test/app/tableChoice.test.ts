/** A place as a finding names it, taken as the table to read: what the pane's picker does with AMBIGUOUS_TABLE. */
import { evaluateWorkbook, placeChoice } from "../../src/app";
import { CellValue } from "../../src/core/grid";
import { MemoryWorkbook } from "../fakes/memoryWorkbook";
import { HEADER, INFO, SPENDING, sheet, workbook } from "../helpers/grid";

const ROW: CellValue[] = ["产出指标", "数量指标", "招引项目数", "≥", 120, "个", 125, 100, null, null];

describe("placeChoice", () => {
  test("a sheet and range, a single cell, a quoted sheet name; anything else is no choice", () => {
    expect(placeChoice("自评表!A10:J18")).toEqual({ sheet: "自评表", range: { top: 9, left: 0, bottom: 17, right: 9 } });
    expect(placeChoice("表!$B$2")).toEqual({ sheet: "表", range: { top: 1, left: 1, bottom: 1, right: 1 } });
    expect(placeChoice("'My sheet'!J18:A10")).toEqual({ sheet: "My sheet", range: { top: 9, left: 0, bottom: 17, right: 9 } });
    expect(placeChoice("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", range: { top: 0, left: 0, bottom: 0, right: 0 } });
    expect(placeChoice("自评表")).toBeUndefined();
    expect(placeChoice("!A1")).toBeUndefined();
    expect(placeChoice("表!第一行")).toBeUndefined();
  });
});

test("two indicator tables: none is read until one is picked; the picked place is read and scored", async () => {
  const wb = new MemoryWorkbook(workbook(INFO(), SPENDING(), sheet("甲", [HEADER, ROW]), sheet("乙", [["标题"], HEADER, ROW])));
  const first = await evaluateWorkbook(wb);
  const ambiguous = first.findings.find((f) => f.code === "AMBIGUOUS_TABLE");
  expect(ambiguous?.params).toEqual({ kind: "indicators", places: ["甲!A1:J2", "乙!A2:J3"] });
  expect(first.model.indicators).toBeUndefined();
  const picked = await evaluateWorkbook(wb, { tables: { indicators: placeChoice("乙!A2:J3")! } });
  expect(picked.findings.filter((f) => f.code === "AMBIGUOUS_TABLE")).toEqual([]);
  expect(picked.model.indicators?.sheet).toBe("乙");
  expect(picked.scoring.total?.toString()).toBe("100");
});
