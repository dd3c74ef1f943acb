/** 评分设置: every setting, its default, and a bad value kept at the default with a finding on its cell. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readModel } from "../../src/core/reader";
import { DEFAULT_SETTINGS, SETTINGS_LABELS, defaultSettings, settingsSummary } from "../../src/core/settings";
import { CellValue } from "../../src/core/grid";
import { sheet, validWorkbook, workbook } from "../helpers/grid";

function read(rows: CellValue[][]) {
  const { settings, findings } = readModel(workbook(...validWorkbook().sheets, sheet("评分设置", rows)));
  return { settings, findings: findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`) };
}

describe("评分设置", () => {
  test("the defaults follow 财预〔2020〕10号 where it speaks (全年预算数, all funds) and are documented otherwise", () => {
    expect(settingsSummary(DEFAULT_SETTINGS)).toEqual({
      reverseFormula: "linear",
      qualitativeDefaultsPercent: { achieved: 100, partial: 70, notAchieved: 30 },
      overachievementPercent: 130,
      executionRateReasonPercent: 90,
      rateDenominator: "adjusted",
      rateBasis: "all",
      qualitativeWords: { achieved: [], partial: [], notAchieved: [] },
      lateMonthDeductionPercent: 100,
      deviationCut: { enabled: false, thresholdPercent: 130, ratePercent: 10 },
      scoreDecimals: 2,
    });
  });

  test("every new setting is read", () => {
    const { settings, findings } = read([
      ["执行率分母", "年初预算数"],
      ["执行率口径", "财政拨款"],
      ["定性达成用语", "顺利、圆满"],
      ["定性部分达成用语", "推进中"],
      ["定性未达成用语", "停滞"],
      ["时效逾期每月扣分比例", "25%"],
      ["偏离度调减", "是"],
      ["偏离度调减阈值", "150%"],
      ["偏离度调减比例", 0.2],
      ["得分小数位数", "1位"],
    ]);
    expect(findings).toEqual([]);
    expect(settingsSummary(settings)).toMatchObject({
      rateDenominator: "initial",
      rateBasis: "fiscal",
      qualitativeWords: { achieved: ["顺利", "圆满"], partial: ["推进中"], notAchieved: ["停滞"] },
      lateMonthDeductionPercent: 25,
      deviationCut: { enabled: true, thresholdPercent: 150, ratePercent: 20 },
      scoreDecimals: 1,
    });
  });

  test("调整后预算数 and 全年（调整）预算数 are the 全年预算数", () => {
    expect(read([["执行率分母", "调整后预算数"]]).settings.rateDenominator).toBe("adjusted");
    expect(read([["执行率分母", "全年（调整）预算数"]]).settings.rateDenominator).toBe("adjusted");
  });

  test("bad values are INVALID_VALUE on their cell and keep the default", () => {
    const { settings, findings } = read([
      ["执行率分母", "决算数"],
      ["执行率口径", "全部"],
      ["时效逾期每月扣分比例", "120%"],
      ["偏离度调减", "也许"],
      ["得分小数位数", 3],
      ["定性达成用语", "、"],
    ]);
    expect(findings).toEqual(["B1", "B2", "B3", "B4", "B5", "B6"].map((c) => `INVALID_VALUE@评分设置!${c}`));
    expect(settingsSummary(settings)).toEqual(settingsSummary(DEFAULT_SETTINGS));
  });

  test("defaultSettings() is a fresh copy: changing it leaves the defaults alone", () => {
    const s = defaultSettings();
    s.qualitativeWords.achieved.push("x");
    s.deviationCut.enabled = true;
    expect(DEFAULT_SETTINGS.qualitativeWords.achieved).toEqual([]);
    expect(DEFAULT_SETTINGS.deviationCut.enabled).toBe(false);
  });

  test("every label is documented in docs/workbook-format.md", () => {
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "workbook-format.md"), "utf8");
    for (const label of Object.values(SETTINGS_LABELS)) expect(doc).toContain(`| ${label} |`);
  });
});
