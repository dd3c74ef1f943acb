/** A cell as Office.js gives it (its value and value type) → the core's cell value. */
import { CellValue } from "../../core/grid";

export function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}
