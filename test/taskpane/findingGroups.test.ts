/** 校验's list: findings grouped by sheet and code with counts, filtered, and 下一个错误's order. */
import type { FindingCode, Severity } from "../../src/core/findings";
import type { RenderedFinding } from "../../src/i18n";
import { groupFindings, nextErrorIndex, sheetsWithFindings } from "../../src/taskpane/state/findingGroups";

const f = (sheet: string, code: FindingCode, severity: Severity, cell: string): RenderedFinding => ({ sheet, code, severity, cell, message: `${code} ${cell}` });

const findings = [
  f("绩效指标", "WORD_ACTUAL", "warning", "G3"),
  f("支出决算", "MISSING_FIELD", "error", "A1"),
  f("绩效指标", "MISSING_WEIGHT", "error", "H4"),
  f("绩效指标", "WORD_ACTUAL", "warning", "G5"),
  f("绩效指标", "WORD_ACTUAL", "warning", "G6"),
];

test("by sheet in order of the first finding, errors first, each code once with its findings in order", () => {
  const shown = groupFindings(findings, { severity: "all" });
  expect(shown.map((s) => [s.sheet, s.count])).toEqual([
    ["绩效指标", 4],
    ["支出决算", 1],
  ]);
  expect(shown[0].groups.map((g) => [g.code, g.severity, g.findings.map((x) => x.cell)])).toEqual([
    ["MISSING_WEIGHT", "error", ["H4"]],
    ["WORD_ACTUAL", "warning", ["G3", "G5", "G6"]],
  ]);
  expect(new Set(shown.flatMap((s) => s.groups.map((g) => g.key))).size).toBe(3);
});

test("filters by severity and by sheet; a filter that lets nothing through gives no sheets", () => {
  expect(groupFindings(findings, { severity: "error" }).flatMap((s) => s.groups.map((g) => g.code))).toEqual(["MISSING_FIELD", "MISSING_WEIGHT"]);
  expect(groupFindings(findings, { severity: "warning", sheet: "绩效指标" })).toEqual([
    { sheet: "绩效指标", count: 3, groups: [expect.objectContaining({ code: "WORD_ACTUAL" })] },
  ]);
  expect(groupFindings(findings, { severity: "warning", sheet: "支出决算" })).toEqual([]);
  expect(sheetsWithFindings(findings)).toEqual(["绩效指标", "支出决算"]);
});

test("thousands of the same warning are one group", () => {
  const many = Array.from({ length: 3000 }, (_, i) => f("绩效指标", "WORD_ACTUAL", "warning", `G${i + 2}`));
  const shown = groupFindings(many, { severity: "all" });
  expect(shown[0].groups).toHaveLength(1);
  expect(shown[0].count).toBe(3000);
});

test("下一个错误 starts at the first, goes on, and comes round again; none without errors", () => {
  expect(nextErrorIndex(3, undefined)).toBe(0);
  expect(nextErrorIndex(3, 0)).toBe(1);
  expect(nextErrorIndex(3, 2)).toBe(0);
  expect(nextErrorIndex(0, undefined)).toBeUndefined();
});
