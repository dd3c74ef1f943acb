/** Light or dark: from Office's theme when it gives one, else the system's preference (Excel on the web). */
export function prefersDark(officeBodyBackground: string | undefined, matchMedia?: (q: string) => { matches: boolean }): boolean {
  const m = officeBodyBackground ? /^#?([0-9a-f]{6})$/i.exec(officeBodyBackground.trim()) : null;
  if (m) {
    const n = parseInt(m[1], 16);
    const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return matchMedia ? matchMedia("(prefers-color-scheme: dark)").matches : false;
}
