/**
 * Bundles the command line into one JavaScript file for Node (`npm run build`): exceljs and every other
 * dependency inside, no TypeScript at run time, the `#!/usr/bin/env node` line of src/cli/bin.ts kept, and
 * package.json's `bin` pointing at it.
 */
import { buildSync } from "esbuild";
import { chmodSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
export const CLI_BUNDLE = join(ROOT, "bin", "budget-evaluate.js");

export function buildCli(outfile: string = CLI_BUNDLE): void {
  buildSync({
    entryPoints: [join(ROOT, "src", "cli", "bin.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
  });
  chmodSync(outfile, 0o755);
}

if (require.main === module) buildCli();
