import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { helpLang } from "../../src/cli/texts";

const VERSION = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version as string;
const OPTIONS = [
  "--summary",
  "--json",
  "--lang",
  "--out",
  "--docx",
  "--table",
  "--report-text",
  "--undo",
  "--quiet",
  "--help",
  "--version",
];

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, { env, system: "en-US" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The help's lines that name an option, and the example lines, by option. */
function examplesByOption(help: string): Record<string, string[]> {
  const lines = help.split("\n");
  const byOption: Record<string, string[]> = {};
  let current = "";
  for (const line of lines) {
    const named = /^ {2}(?:-\w, )?(--[a-z-]+)/.exec(line);
    if (named) current = named[1];
    if (current)
      for (const m of line.matchAll(/(?:例：|e\.g\. )(budget-evaluate[^\n]*?)(?= {2,}|$)/g)) (byOption[current] ??= []).push(m[1]);
  }
  return byOption;
}

describe("--help and --version", () => {
  test("--help lists every option, each with an example that uses it, in Chinese and in English", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const r = await run(["--help", "--lang", lang]);
      expect(r.code).toBe(0);
      const examples = examplesByOption(r.out);
      expect(Object.keys(examples).sort()).toEqual([...OPTIONS].sort());
      for (const option of OPTIONS) {
        const short = option === "--help" ? "-h" : option === "--version" ? "-v" : option;
        expect({ option, used: examples[option].some((e) => e.includes(option) || e.includes(` ${short}`)) }).toEqual({
          option,
          used: true,
        });
      }
    }
    expect((await run(["--help", "--lang", "zh-CN"])).out).toContain("用法：budget-evaluate");
    expect((await run(["--help", "--lang", "en"])).out).toContain("usage: budget-evaluate");
  });

  test("without --lang, --help follows LC_ALL, LC_MESSAGES or LANG, then the system's locale", async () => {
    expect((await run(["--help"], { LANG: "zh_CN.UTF-8" })).out).toMatch(/^部门整体支出绩效自评助手/);
    expect((await run(["-h"], { LANG: "en_US.UTF-8" })).out).toMatch(/^Budget performance/);
    expect(helpLang({ LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }, "en-US")).toBe("zh-CN");
    expect(helpLang({ LC_MESSAGES: "en_GB.UTF-8", LANG: "zh_CN.UTF-8" }, "zh-CN")).toBe("en");
    expect(helpLang({ LANG: "C.UTF-8" }, "zh-CN")).toBe("zh-CN"); // C names no language: Windows-like fallback
    expect(helpLang({}, "zh-Hans-CN")).toBe("zh-CN");
    expect(helpLang({}, "en-US")).toBe("en");
  });

  test("--version and -v print package.json's version alone, and need no workbook", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await run([flag]);
      expect(r).toEqual({ code: 0, out: VERSION, err: "" });
    }
  });
});
