import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleErrors, schemaErrors, validateManifest } from "../../scripts/validate-manifest";
import { messages } from "../../src/i18n";

const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("passes Microsoft's schema and the project's own checks", async () => {
    expect(await validateManifest(join(ROOT, "manifest.xml"))).toEqual([]);
  });
  test("the schema check catches an element out of order", async () => {
    const broken = xml.replace(/(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>[^<]*<\/Permissions>)/, "$3$2$1");
    expect(broken).not.toBe(xml);
    expect((await schemaErrors(broken)).length).toBeGreaterThan(0);
  });
  test("an unresolved resid, a duplicate id, a missing icon size and a missing zh-CN override are caught", () => {
    expect(ruleErrors(xml.replace('resid="ScoreButton.Tooltip"', 'resid="Nope.Tooltip"'))).toContain("resid Nope.Tooltip does not resolve to a resource");
    expect(ruleErrors(xml.replace('id="BudgetPerf.PaneButton"', 'id="BudgetPerf.ScoreButton"'))).toContain("id BudgetPerf.ScoreButton is used more than once");
    expect(ruleErrors(xml.replace('<bt:Image size="80" resid="Icon.80x80"/>', ""))).toContain("an Icon lacks size 80");
    expect(ruleErrors(xml.replace('<bt:Override Locale="zh-CN" Value="评分"/>', ""))).toContain("string ScoreButton.Label has no zh-CN override");
    expect(ruleErrors(xml.replace("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteMailbox"))).toContain("Permissions is ReadWriteMailbox, expected ReadWriteDocument");
    expect(ruleErrors(xml, join(ROOT, "nonexistent"))).toContain("icon file assets/icon-16.png does not exist");
  });
  test("one product name: the add-in's name, the pane button and the pane's title are 绩效自评助手 / Performance Self-Evaluation Assistant", () => {
    expect(xml).toMatch(/<DisplayName DefaultValue="Performance Self-Evaluation Assistant">\s*<Override Locale="zh-CN" Value="绩效自评助手"\/>/);
    expect(xml).toMatch(/<bt:String id="PaneButton.Label" DefaultValue="Performance Self-Evaluation Assistant">\s*<bt:Override Locale="zh-CN" Value="绩效自评助手"\/>/);
    expect(xml).not.toMatch(/报告助手|Report assistant|部门整体支出绩效自评"/);
    expect(messages("zh-CN").ui.appTitle).toBe("绩效自评助手");
    expect(messages("en").ui.appTitle).toBe("Performance Self-Evaluation Assistant");
    for (const page of ["src/taskpane/taskpane.html", "src/help/help.html"]) expect(readFileSync(join(ROOT, page), "utf8")).not.toMatch(/报告助手|Report assistant/);
  });
  test("two buttons on the Home tab: 评分 runs a function, 绩效自评助手 opens the pane", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>scoreWorkbook<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.2"\/>/);
  });
});
