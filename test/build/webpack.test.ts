/** The production build holds the task pane, command, dialog and help pages, the manifest with the production URL, and the icons. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ruleErrors, schemaErrors } from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "..", "..");

describe("the production build", () => {
  const out = mkdtempSync(join(tmpdir(), "dist-"));
  beforeAll(() => {
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "https://addin.example.test/budget/" },
      stdio: "pipe",
      timeout: 240000,
    });
  }, 300000);

  test("pages, manifest and icons", () => {
    const files = readdirSync(out);
    for (const f of ["taskpane.html", "commands.html", "dialog.html", "help.html", "manifest.xml"]) expect(files).toContain(f);
    for (const s of [16, 32, 64, 80]) expect(existsSync(join(out, "assets", `icon-${s}.png`))).toBe(true);
  });

  test("the Word typesetter is a chunk of its own, loaded at the first export: the pane's bundle does not carry it", () => {
    const js = readdirSync(out).filter((f) => f.endsWith(".js"));
    // A string only the docx library has (its settings part), and one only the pane's export code has.
    const has = (f: string, s: string) => readFileSync(join(out, f), "utf8").includes(s);
    const pane = js.filter((f) => f.startsWith("taskpane."));
    expect(pane).toHaveLength(1);
    expect(has(pane[0], "evenAndOddHeaders")).toBe(false);
    expect(has(pane[0], "wordprocessingml.document")).toBe(true);
    const chunks = js.filter((f) => has(f, "evenAndOddHeaders"));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).not.toMatch(/^(taskpane|commands|dialog)\./);
  });

  test("the pane's initial JavaScript stays within 250 KB gzip (later chunks load when first needed)", () => {
    const pane = readdirSync(out).filter((f) => f.startsWith("taskpane.") && f.endsWith(".js"));
    const gzipKB = pane.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0) / 1024;
    expect(gzipKB).toBeGreaterThan(50);
    expect(gzipKB).toBeLessThanOrEqual(250);
  });

  test("the charts are a chunk of their own, loaded at the first 显示图表", () => {
    const js = readdirSync(out).filter((f) => f.endsWith(".js"));
    // Fluent's charts' words for an empty chart: only the charts' code (@fluentui/react-charts) has them.
    const withCharts = js.filter((f) => readFileSync(join(out, f), "utf8").includes("Graph has no data to display"));
    expect(withCharts).toHaveLength(1);
    expect(withCharts[0]).not.toMatch(/^(taskpane|commands|dialog)\./);
  });

  test("the pane shows the version of package.json", () => {
    const pane = readdirSync(out).filter((f) => f.startsWith("taskpane.") && f.endsWith(".js"));
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(readFileSync(join(out, pane[0]), "utf8")).toContain(JSON.stringify(version));
  });

  test("the manifest points at the production URL and still validates", async () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://addin.example.test/budget/taskpane.html");
    expect(await schemaErrors(xml)).toEqual([]);
    expect(ruleErrors(xml, join(out, "assets"))).toEqual([]);
  });

  test("each page loads office.js from Microsoft's CDN and its own bundle, nothing else from outside", () => {
    for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      // Minified HTML may leave attribute values unquoted.
      const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
      expect(scripts).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(scripts.filter((s) => /^(https?:)?\/\//.test(s))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
      expect(html).not.toMatch(/<link[^>]*href="?https?:/);
    }
  });
});
