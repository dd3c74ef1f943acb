/**
 * The progress line of a batch on stderr: one line rewritten in place with "\r", shown only in a terminal and
 * only once the batch has run longer than a second, so short runs, pipes and logs stay clean.
 */

/** Where the line goes: process.stderr in the command, a recorder in tests. */
export interface ProgressTerminal {
  isTTY: boolean;
  /** Width of the terminal; the line is cut to fit, since a wrapped line cannot be rewritten with "\r". */
  columns?: number;
  write: (text: string) => void;
  /** Milliseconds on a monotonic clock (performance.now by default). */
  now?: () => number;
}

export interface Progress {
  /** `done` files of the batch are finished, the last of them `file`. */
  update: (done: number, file: string) => void;
  /** Clears the line, if one was shown, before anything else is written. */
  finish: () => void;
}

export interface ProgressOptions {
  total: number;
  text: (done: number, total: number, seconds: number, file: string) => string;
  /** Nothing is shown before this many milliseconds. */
  delayMs?: number;
  /** At most one redraw per this many milliseconds. */
  intervalMs?: number;
}

/** East Asian wide characters (CJK, full-width forms) take two columns of a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The longest start of `line` that fits in `columns` terminal columns. */
export function fitColumns(line: string, columns: number): string {
  let used = 0;
  let out = "";
  for (const ch of line) {
    used += WIDE.test(ch) ? 2 : 1;
    if (used > columns) break;
    out += ch;
  }
  return out;
}

const SILENT: Progress = { update: () => {}, finish: () => {} };
/** Erases from the cursor to the end of the line. */
const CLEAR_TO_END = "\x1b[K";

export function progressLine(terminal: ProgressTerminal | undefined, options: ProgressOptions): Progress {
  if (!terminal?.isTTY) return SILENT;
  const now = terminal.now ?? (() => performance.now());
  const { total, text, delayMs = 1000, intervalMs = 100 } = options;
  const start = now();
  let drawnAt: number | undefined;
  return {
    update(done, file) {
      const t = now();
      if (t - start < delayMs || (drawnAt !== undefined && t - drawnAt < intervalMs && done < total)) return;
      const line = text(done, total, (t - start) / 1000, file);
      // One column short of the width: a line that fills it wraps on some terminals.
      terminal.write(`\r${fitColumns(line, Math.max(10, (terminal.columns ?? 80) - 1))}${CLEAR_TO_END}`);
      drawnAt = t;
    },
    finish() {
      if (drawnAt !== undefined) terminal.write(`\r${CLEAR_TO_END}`);
      drawnAt = undefined;
    },
  };
}
