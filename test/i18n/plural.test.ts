import { messages, plural } from "../../src/i18n";

describe("counts by Intl.PluralRules", () => {
  const error = { one: "error", other: "errors" };
  test("English: one for 1, other for 0 and 2", () => {
    expect(plural("en", 0, error)).toBe("0 errors");
    expect(plural("en", 1, error)).toBe("1 error");
    expect(plural("en", 2, error)).toBe("2 errors");
  });
  test("Chinese has one form: the `one` form is never picked", () => {
    expect(plural("zh-CN", 1, { one: "wrong", other: "个错误" })).toBe("1 个错误");
  });

  test("the English UI and CLI counts", () => {
    const { ui, cli } = messages("en");
    expect(ui.validateCounts(0, 1)).toBe("0 errors, 1 warning");
    expect(ui.validateCounts(1, 2)).toBe("1 error, 2 warnings");
    expect(ui.scoreErrors(1)).toBe("1 error found; scoring is incomplete. The first error's cell is selected:");
    expect(ui.scoreErrors(2)).toBe("2 errors found; scoring is incomplete. The first error's cell is selected:");
    expect(ui.scoreWarnings(1)).toBe("1 more notice: see the Performance Self-Evaluation Assistant.");
    expect(ui.scoreWarnings(3)).toBe("3 more notices: see the Performance Self-Evaluation Assistant.");
    expect(cli.findings(0, 0)).toBe("Validation: 0 errors, 0 warnings");
    expect(cli.findings(1, 1)).toBe("Validation: 1 error, 1 warning");
  });
  test("the Chinese counts, as before", () => {
    const { ui, cli } = messages("zh-CN");
    expect(ui.validateCounts(1, 2)).toBe("1 个错误，2 个警告");
    expect(ui.scoreErrors(1)).toBe("发现 1 个错误，评分未完成。已选中第一个错误所在的单元格：");
    expect(cli.findings(1, 0)).toBe("校验：1 个错误，0 个警告");
  });
});
