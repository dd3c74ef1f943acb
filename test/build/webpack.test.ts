/** The production build holds the task pane, command, dialog and help pages, the manifest with the production URL, and the icons. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ruleErrors, schemaErrors } from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "..", "..");
const GLOBAL_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Microsoft's documented CDN for Office 365 operated by 21Vianet (Referencing the Office JavaScript API library). */
const CHINA_CDN = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

// webpack.config.js is CommonJS; its URL choice is exported beside the config.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { officeJsUrl } = require("../../webpack.config.js") as { officeJsUrl: (env: Record<string, string | undefined>) => string };

function build(out: string, env: Record<string, string>): void {
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, OFFICE_CDN: "", OFFICE_JS_URL: "", ...env },
    stdio: "pipe",
    timeout: 240000,
  });
}

/** Every <script src> of a built page (minified HTML may leave attribute values unquoted). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
}

describe("the production build", () => {
  const out = mkdtempSync(join(tmpdir(), "dist-"));
  beforeAll(() => build(out, { ADDIN_URL: "https://addin.example.test/budget/" }), 300000);

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
      const scripts = scriptSources(html);
      expect(scripts).toContain(GLOBAL_CDN);
      expect(scripts.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([GLOBAL_CDN]);
      expect(html).not.toMatch(/<link[^>]*href="?https?:/);
    }
  });
});

describe("the office.js CDN is a build option", () => {
  test("Microsoft's worldwide CDN by default, the 21Vianet one for China, or a URL of one's own over https", () => {
    expect(officeJsUrl({})).toBe(GLOBAL_CDN);
    expect(officeJsUrl({ OFFICE_CDN: "global" })).toBe(GLOBAL_CDN);
    expect(officeJsUrl({ OFFICE_CDN: "china" })).toBe(CHINA_CDN);
    expect(officeJsUrl({ OFFICE_JS_URL: "https://static.example.cn/office/office.js" })).toBe("https://static.example.cn/office/office.js");
    expect(() => officeJsUrl({ OFFICE_CDN: "moon" })).toThrow(/OFFICE_CDN must be one of global, china/);
    expect(() => officeJsUrl({ OFFICE_JS_URL: "http://static.example.cn/office.js" })).toThrow(/https/);
    expect(() => officeJsUrl({ OFFICE_JS_URL: 'https://x.cn/o.js"><script>' })).toThrow(/https/);
  });

  describe("OFFICE_CDN=china npm run build", () => {
    const out = mkdtempSync(join(tmpdir(), "dist-china-"));
    beforeAll(() => build(out, { OFFICE_CDN: "china" }), 300000);

    test("every page loads office.js from the 21Vianet CDN and nothing else from outside", () => {
      for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
        const html = readFileSync(join(out, page), "utf8");
        expect(scriptSources(html).filter((s) => /^(https?:)?\/\//.test(s))).toEqual([CHINA_CDN]);
        expect(html).not.toContain("appsforoffice.microsoft.com");
      }
    });

    test("the pane loads office.js without blocking the page and notes whether it came", () => {
      const html = readFileSync(join(out, "taskpane.html"), "utf8");
      const tag = /<script[^>]*id="?office-js"?[^>]*>/.exec(html)?.[0] ?? "";
      expect(tag).toContain(CHINA_CDN);
      expect(tag).toMatch(/\sasync[\s>=]/);
      expect(tag).toMatch(/onerror=/);
    });
  });

  test("an unknown CDN fails the build with the reason", () => {
    expect(() => build(mkdtempSync(join(tmpdir(), "dist-bad-")), { OFFICE_CDN: "moon" })).toThrow(/OFFICE_CDN must be one of/);
  }, 300000);
});
