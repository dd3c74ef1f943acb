import { FileSummary, unreadableSummary } from "../../src/app";
import { BatchSummary } from "../../src/cli/batchRows";
import { summaryTables } from "../../src/cli/summaryTables";
import { messages } from "../../src/i18n";

const CLI_TEXTS = { "zh-CN": messages("zh-CN").batch, en: messages("en").batch };

const READ: FileSummary = {
  file: "局/a.xlsx",
  department: "测试局",
  year: 2020,
  unit: "万元",
  total: 2513.05,
  basic: 518.31,
  project: 1994.74,
  executionRate: 98.5,
  score: 89.25,
  grade: null,
  errors: 1,
  warnings: 2,
  enteredTotal: 92,
  difference: -2.75,
  unreadable: null,
};
const SUMMARY: BatchSummary = {
  files: [READ, unreadableSummary("b.xlsx", "文件不存在")],
  findings: [{ file: "局/a.xlsx", sheet: "绩效指标", cell: "H2", severity: "error", code: "WEIGHT_SUM", message: "分值合计…" }],
};

describe("the summary workbook's tables", () => {
  test("one column per field of a file's row, in the JSON's order, headed in the language asked", () => {
    const [files] = summaryTables(SUMMARY, CLI_TEXTS["zh-CN"]);
    expect(files.name).toBe("汇总");
    expect(files.columns.map((c) => c.header)).toEqual(
      Object.keys(READ).map((k) => CLI_TEXTS["zh-CN"].summaryHeaders[k as keyof FileSummary]),
    );
    expect(files.columns.map((c) => c.header).slice(0, 5)).toEqual(["文件", "部门", "年度", "金额单位", "决算支出合计"]);
    const [en] = summaryTables(SUMMARY, CLI_TEXTS.en);
    expect(en.name).toBe("Summary");
    expect(en.columns[7].header).toBe("Execution rate (%)");
  });

  test("amounts and scores as numbers in 0.00, the rate as a fraction in 0.00%, a withheld grade said so", () => {
    const [files] = summaryTables(SUMMARY, CLI_TEXTS["zh-CN"]);
    expect(files.rows[0]).toEqual([
      "局/a.xlsx",
      "测试局",
      2020,
      "万元",
      2513.05,
      518.31,
      1994.74,
      0.985,
      89.25,
      "暂不评级",
      1,
      2,
      92,
      -2.75,
      null,
    ]);
    expect(files.columns.map((c) => c.numFmt)).toEqual([
      undefined,
      undefined,
      "0",
      undefined,
      "0.00",
      "0.00",
      "0.00",
      "0.00%",
      "0.00",
      undefined,
      "0",
      "0",
      "0.00",
      "0.00",
      undefined,
    ]);
  });

  test("an unreadable file: its name and reason, every other cell empty (no grade said for it)", () => {
    const [files] = summaryTables(SUMMARY, CLI_TEXTS.en);
    const row = files.rows[1];
    expect(row[0]).toBe("b.xlsx");
    expect(row[row.length - 1]).toBe("文件不存在");
    expect(row.slice(1, -1).every((v) => v === null)).toBe(true);
  });

  test("the findings: file, sheet, cell, severity in words, code, message", () => {
    const [, zh] = summaryTables(SUMMARY, CLI_TEXTS["zh-CN"]);
    const [, en] = summaryTables(SUMMARY, CLI_TEXTS.en);
    expect(zh.name).toBe("问题清单");
    expect(zh.columns.map((c) => c.header)).toEqual(["文件", "工作表", "单元格", "级别", "代码", "说明"]);
    expect(zh.rows).toEqual([["局/a.xlsx", "绩效指标", "H2", "错误", "WEIGHT_SUM", "分值合计…"]]);
    expect(en.rows[0][3]).toBe("error");
  });
});
