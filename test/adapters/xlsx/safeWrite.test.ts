/**
 * Atomic output (issue #14): a write that fails midway leaves the previous target as it was, and the input
 * can never be named as the output, whatever the path.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { FileError, writeErrorCode } from "../../../src/adapters/xlsx/fileErrors";
import { isSameFile, refuseInputAsOutput, writeFileAtomically } from "../../../src/adapters/xlsx/safeWrite";

const ROOT = join(__dirname, "..", "..", "..");
const SAFE_WRITE = join(ROOT, "src", "adapters", "xlsx", "safeWrite.ts");

function folder(): string {
  return mkdtempSync(join(tmpdir(), "safe-write-"));
}

/** A writer that writes half a file, then fails, as a full disk or a crash in the writer would. */
const failingMidway = (error: Error) => async (temp: string) => {
  writeFileSync(temp, "PK\u0003\u0004 half a workbook");
  throw error;
};

describe("writeFileAtomically", () => {
  test("a failing writer leaves the previous target intact and no temporary file behind", async () => {
    const dir = folder();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "the good file");
    for (const [error, code] of [
      [Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }), "DISK_FULL"],
      [new Error("exceljs blew up"), "WRITE_FAILED"],
    ] as const) {
      const thrown = await writeFileAtomically(target, failingMidway(error)).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(FileError);
      expect((thrown as FileError).code).toBe(code);
      expect(readFileSync(target, "utf8")).toBe("the good file");
      expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    }
  });
  test("a write killed midway (SIGKILL) leaves the previous target intact", async () => {
    const dir = folder();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "the good file");
    // A process of its own that writes half a file, says so, and waits to be killed.
    const script = `require(${JSON.stringify(SAFE_WRITE)}).writeFileAtomically(process.argv[1], async (temp) => {
      require("node:fs").writeFileSync(temp, "half a workbook");
      process.stdout.write("written\\n");
      await new Promise(() => setInterval(() => {}, 1000));
    });`;
    const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", script, target], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => d.toString().includes("written") && resolve()));
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(readFileSync(target, "utf8")).toBe("the good file");
    // Only the killed write's temporary file is left beside it, hidden and named as such.
    expect(readdirSync(dir).filter((f) => f !== "out.xlsx")).toEqual([expect.stringMatching(/^\.out\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/)]);
  }, 30000);
  test("a good write replaces the target whole, keeping its permissions", async () => {
    const dir = folder();
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeFileAtomically(target, async (temp) => writeFileSync(temp, "new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });
  test("a symlink target is written through: the link stays, the file it points to is replaced", async () => {
    const dir = folder();
    writeFileSync(join(dir, "real.xlsx"), "old");
    symlinkSync("real.xlsx", join(dir, "link.xlsx"));
    await writeFileAtomically(join(dir, "link.xlsx"), async (temp) => writeFileSync(temp, "new"));
    expect(readFileSync(join(dir, "real.xlsx"), "utf8")).toBe("new");
    expect(statSync(join(dir, "link.xlsx")).ino).toBe(statSync(join(dir, "real.xlsx")).ino);
  });
  test("missing folders are created; one that cannot be is NO_FOLDER", async () => {
    const dir = folder();
    await writeFileAtomically(join(dir, "a", "b", "out.xlsx"), async (temp) => writeFileSync(temp, "x"));
    expect(readFileSync(join(dir, "a", "b", "out.xlsx"), "utf8")).toBe("x");
    const thrown = await writeFileAtomically("/proc/no/such/dir/out.xlsx", async () => {}).catch((e: unknown) => e);
    expect((thrown as FileError).code).toBe("NO_FOLDER");
  });
});

describe("the input is never the output", () => {
  const dir = folder();
  const input = join(dir, "in.xlsx");
  writeFileSync(input, "input");
  mkdirSync(join(dir, "sub"));
  symlinkSync("in.xlsx", join(dir, "link.xlsx"));
  linkSync(input, join(dir, "hard.xlsx"));
  symlinkSync(dir, join(dir, "again"));
  test.each([
    ["the same path", input],
    ["through ..", join(dir, "sub", "..", "in.xlsx")],
    ["through a symlink", join(dir, "link.xlsx")],
    ["through a hard link", join(dir, "hard.xlsx")],
    ["through a symlinked folder", join(dir, "again", "in.xlsx")],
    ["relative to the working folder", relative(process.cwd(), input)],
  ])("%s is refused", (_, out) => {
    expect(isSameFile(input, out)).toBe(true);
    expect(() => refuseInputAsOutput(input, out)).toThrow(expect.objectContaining({ code: "OUT_IS_INPUT" }));
  });
  test("another file, existing or not, is accepted", () => {
    writeFileSync(join(dir, "other.xlsx"), "input"); // same content, another file
    expect(isSameFile(input, join(dir, "other.xlsx"))).toBe(false);
    expect(isSameFile(input, join(dir, "new.xlsx"))).toBe(false);
  });
});

test("Node's error codes become the reasons told to the user", () => {
  const code = (c: string) => writeErrorCode(Object.assign(new Error(c), { code: c }));
  expect(["ENOENT", "EACCES", "EROFS", "ENOSPC", "EIO"].map(code)).toEqual(["NO_FOLDER", "NO_PERMISSION", "NO_PERMISSION", "DISK_FULL", "WRITE_FAILED"]);
});
