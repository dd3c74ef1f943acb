/** The command line on the forms accountants already have: what was read where, .xls files, --table. */
import { join } from "node:path";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const ex = (name: string) => join(ROOT, "examples", name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("what was read where", () => {
  test("the summary has a line per table with its place; the JSON lists them under tables", async () => {
    const text = await run(ex("seed-2020.xlsx"));
    expect(text.out.split("\n")).toContain("绩效指标表：绩效指标!A2:L6");
    const en = await run(ex("seed-2020.xlsx"), "--lang", "en");
    expect(en.out.split("\n")).toContain("Indicator table: 绩效指标!A2:L6");
    const doc = JSON.parse((await run(ex("seed-2020.xlsx"), "--json")).out);
    expect(doc.tables).toEqual([
      { kind: "info", title: "基本信息", sheet: "基本信息", range: "A1:B8", hidden: false },
      { kind: "spending", title: "支出决算", sheet: "支出决算", range: "A1:B6", hidden: false },
      { kind: "indicators", title: "绩效指标表", sheet: "绩效指标", range: "A2:L6", hidden: false },
      { kind: "problems", title: "问题与措施", sheet: "问题与措施", range: "A1:B8", hidden: false },
    ]);
  });
});
