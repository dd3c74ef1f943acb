import { join } from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../src/adapters/office/officeWorkbook";
import { evaluateWorkbook, findingCounts, scoreWorkbook } from "../../src/app";
import { parseA1 } from "../../src/core/address";
import { DialogMessage, runScoreCommand } from "../../src/commands/scoreCommand";
import { messages } from "../../src/i18n";
import { FakeWorkbookState, fakeRun } from "../fakes/fakeExcel";
import { fakeFromXlsx } from "../fakes/fromXlsx";

const ex = (name: string) => join(__dirname, "..", "..", "examples", `${name}.xlsx`);
const settings = { get: () => undefined, set: () => {}, save: async () => {} };

function workbookOn(state: FakeWorkbookState) {
  return new OfficeWorkbook(fakeRun(state), { isSupported: (v) => state.isSupported(v), settings });
}

async function press(workbook: OfficeWorkbook, lang: "zh-CN" | "en" = "zh-CN", show?: (m: DialogMessage) => Promise<void>) {
  const shown: DialogMessage[] = [];
  const event = { completed: jest.fn() };
  await runScoreCommand(event, { workbook, lang, show: show ?? (async (m) => void shown.push(m)) });
  return { shown, completed: event.completed };
}

describe("the 评分 ribbon button", () => {
  test("success: scores the sheet and shows the total and grade", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    const { shown, completed } = await press(workbookOn(state));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown).toHaveLength(1);
    expect(shown[0].lines[0]).toBe("自评总分 93.38 分，评价等级：优");
    // 2 from scoring, 2 measures the report drafted for problems none of the example's measures addresses.
    expect(shown[0].lines[1]).toBe("另有 4 条提示，可在“绩效自评助手”中查看。");
    expect(state.cell("绩效指标", "I13")?.value).toBe(93.38);
    expect(state.syncCount).toBeLessThanOrEqual(3);
  });

  test("counts every finding the pane lists, the report's placeholders included", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    // Without the department's goal the report gets a placeholder: a warning in the pane, and so in the dialog.
    const goal = (await evaluateWorkbook(workbookOn(state))).model.info.goal!;
    const { row, col } = parseA1(goal.cell);
    state.sheet(goal.sheet).cells.delete(`${row},${col}`);
    const evaluation = await evaluateWorkbook(workbookOn(state));
    expect(evaluation.report.findings.map((f) => f.code)).toContain("REPORT_PLACEHOLDER");
    const { shown } = await press(workbookOn(state));
    expect(shown[0].lines[1]).toBe(`另有 ${findingCounts(evaluation).warnings} 条提示，可在“绩效自评助手”中查看。`);
    expect(findingCounts(evaluation).warnings).toBe(5);
  });

  test("errors: the count, the first error with its cell, and that cell selected", async () => {
    const state = await fakeFromXlsx(ex("broken"));
    const { shown, completed } = await press(workbookOn(state), "en");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown[0].lines[0]).toBe("4 errors found; scoring is incomplete. The first error's cell is selected:");
    expect(shown[0].lines[1]).toBe("支出决算!B7 “其他支出” should be a number but is “待定”");
    expect(state.selected).toEqual({ sheet: "支出决算", address: "B7" });
    expect(state.activeSheet).toBe("支出决算");
  });

  test("errors: nothing is written, and the dialog says so (issue #14)", async () => {
    const state = await fakeFromXlsx(ex("broken"));
    const before = state.snapshot();
    const { shown } = await press(workbookOn(state));
    expect(state.snapshot()).toEqual(before);
    expect(shown[0].lines).toHaveLength(3);
    expect(shown[0].lines[2]).toBe(messages("zh-CN").ui.notWrittenErrors);
  });

  test("the count the dialog gives is the one the pane asks about, in the same words", async () => {
    const state = await fakeFromXlsx(ex("broken"));
    const outcome = await scoreWorkbook(workbookOn(state));
    expect(outcome.kind).toBe("needsConfirmation");
    const errors = outcome.kind === "needsConfirmation" ? outcome.errors.length : -1;
    expect(errors).toBe(findingCounts(outcome.evaluation).errors);
    const { shown } = await press(workbookOn(state));
    expect(shown[0].lines[0].startsWith(messages("zh-CN").ui.errorsFound(errors))).toBe(true);
  });

  test("a hand-entered score is not replaced by one click: nothing is written, and the dialog says why", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    state.sheet("绩效指标").cells.set("4,8", { value: 7.5, numberFormat: "0.0" });
    const before = state.snapshot();
    const { shown } = await press(workbookOn(state), "en");
    expect(state.snapshot()).toEqual(before);
    expect(shown[0].lines).toEqual([messages("en").ui.overwritesFound(1), messages("en").ui.notWrittenOverwrites]);
  });

  test("an empty workbook: the missing sheet is named; selecting it fails quietly", async () => {
    const state = new FakeWorkbookState([{ name: "Sheet1", values: [] }]);
    const { shown, completed } = await press(workbookOn(state));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown[0].lines[0]).toMatch(/个错误/);
    expect(shown[0].lines[1]).toMatch(/^基本信息!A1 缺少工作表/);
    expect(state.selected).toBeUndefined(); // the sheet does not exist: nothing is selected, nothing thrown
  });

  test("an exception inside Excel.run is shown and the event still completes", async () => {
    const failing = new OfficeWorkbook(async () => Promise.reject(new Error("RichApi.Error: the workbook is busy")), {
      isSupported: () => true,
      settings,
    });
    const { shown, completed } = await press(failing);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown[0].lines).toEqual(["评分未能完成：", "RichApi.Error: the workbook is busy"]);
  });

  test("a dialog that cannot open still completes the event", async () => {
    const state = await fakeFromXlsx(ex("complete"));
    const { completed } = await press(workbookOn(state), "zh-CN", async () => {
      throw new Error("12007: a dialog is already open");
    });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("with Microsoft's office-addin-mock", () => {
  test("selecting a finding's cell activates its sheet and selects the range", async () => {
    const calls: string[] = [];
    const excelMock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              activate: () => calls.push(`activate ${name}`),
              getRange: (address: string) => ({ select: () => calls.push(`select ${name}!${address}`) }),
            }),
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback((this as unknown as { context: unknown }).context);
      },
    }) as unknown as { run: (cb: (c: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
    const wb = new OfficeWorkbook((batch) => excelMock.run(batch) as ReturnType<typeof batch>, { isSupported: () => true, settings });
    await wb.select("支出决算", "B2");
    expect(calls).toEqual(["activate 支出决算", "select 支出决算!B2"]);
  });
});
