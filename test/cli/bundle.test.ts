/** The command as shipped: one bundled JavaScript file that Node runs alone (no TypeScript, no node_modules). */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli } from "../../scripts/build-cli";

const ROOT = join(__dirname, "..", "..");
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;

describe("the bundled command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-bundle-"));
  const bundle = join(dir, "budget-evaluate.js");
  /** Run from a folder outside the project, with no NODE_PATH: everything must be inside the bundle. */
  const node = (args: string[], env: Record<string, string> = {}) =>
    spawnSync("node", [bundle, ...args], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });

  beforeAll(() => buildCli(bundle));

  test("one executable file starting with #!/usr/bin/env node, with every dependency inside", () => {
    const code = readFileSync(bundle, "utf8");
    expect(code.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
    expect(code).not.toMatch(/require\("(exceljs|big\.js|tsx|typescript)"\)/);
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin).toEqual({ "budget-evaluate": "bin/budget-evaluate.js" });
  });

  test("--version and --help (the language from LANG)", () => {
    expect(node(["--version"])).toMatchObject({ status: 0, stdout: `${VERSION}\n` });
    expect(node(["--help"], { LANG: "zh_CN.UTF-8" }).stdout).toMatch(/^部门整体支出绩效自评助手 /);
    expect(node(["--help"], { LANG: "en_US.UTF-8" }).stdout).toMatch(/^Budget performance self-evaluation /);
    expect(node(["--bogus"])).toMatchObject({ status: 2, stderr: "error: unknown option --bogus (see --help)\n" });
  });

  test("a batch review of the examples, and one document for one workbook", () => {
    const summary = join(dir, "out", "summary.xlsx");
    const r = node([join(ROOT, "examples"), "--summary", summary, "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1); // broken.xlsx has errors
    // One line per example workbook (.xlsx and .xls: the forms' and the 决算 tables' (#11), methods.xlsx the scoring
    // methods' own (#12), town and institution the report's (#13)), then where the summary went.
    const examples = readdirSync(join(ROOT, "examples")).filter((f) => /\.xlsx?$/.test(f));
    expect(examples).toHaveLength(12);
    expect(r.stdout.trim().split("\n")).toHaveLength(examples.length + 1);
    expect(existsSync(summary)).toBe(true);
    const one = node([join(ROOT, "examples", "complete.xlsx"), "--json"]);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ total: 93.38, grade: "优" });
  });
});
