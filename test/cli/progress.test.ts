import { ProgressTerminal, fitColumns, progressLine } from "../../src/cli/progress";

/** A terminal whose clock advances `stepMs` at every reading. */
function terminal(isTTY: boolean, stepMs: number, columns = 80): ProgressTerminal & { written: string[] } {
  let t = 0;
  const written: string[] = [];
  return { isTTY, columns, written, write: (s) => written.push(s), now: () => (t += stepMs) };
}

const text = (done: number, total: number, seconds: number, file: string) => `${done}/${total} ${seconds.toFixed(1)}s ${file}`;

describe("the progress line", () => {
  test("in a terminal, once past a second: one line rewritten with \\r, cleared at the end", () => {
    const tty = terminal(true, 400);
    const p = progressLine(tty, { total: 4, text });
    for (let i = 1; i <= 4; i++) p.update(i, `f${i}.xlsx`);
    p.finish();
    // 400, 800, 1200 and 1600 ms after the start: the first two updates fall within the first second.
    expect(tty.written).toEqual(["\r3/4 1.2s f3.xlsx\x1b[K", "\r4/4 1.6s f4.xlsx\x1b[K", "\r\x1b[K"]);
  });

  test("a batch shorter than a second shows nothing, not even the clearing", () => {
    const tty = terminal(true, 10);
    const p = progressLine(tty, { total: 50, text });
    for (let i = 1; i <= 50; i++) p.update(i, "f.xlsx");
    p.finish();
    expect(tty.written).toEqual([]);
  });

  test("nothing when stderr is not a terminal, or when there is no terminal (--quiet)", () => {
    const pipe = terminal(false, 5000);
    const p = progressLine(pipe, { total: 2, text });
    p.update(1, "a");
    p.update(2, "b");
    p.finish();
    expect(pipe.written).toEqual([]);
    expect(() => progressLine(undefined, { total: 1, text }).update(1, "a")).not.toThrow();
  });

  test("at most one redraw per interval, but always the last file", () => {
    const tty = terminal(true, 30);
    const p = progressLine(tty, { total: 100, text, delayMs: 0, intervalMs: 100 });
    for (let i = 1; i <= 100; i++) p.update(i, "f");
    expect(tty.written.length).toBeLessThan(40);
    expect(tty.written.length).toBeGreaterThan(20);
    expect(tty.written[tty.written.length - 1]).toMatch(/^\r100\/100 /);
  });

  test("cut to the terminal's width, counting Chinese characters as two columns", () => {
    expect(fitColumns("已复核 3/10：abc", 8)).toBe("已复核 3");
    expect(fitColumns("已复核 3/10：abc", 7)).toBe("已复核 ");
    expect(fitColumns("abc", 8)).toBe("abc");
    const tty = terminal(true, 2000, 12);
    progressLine(tty, { total: 1, text: () => "已复核一个很长的文件名.xlsx" }).update(1, "x");
    expect(tty.written).toEqual(["\r已复核一个\x1b[K"]);
  });
});
