/**
 * One SpreadsheetML part rewritten into the shape exceljs reads, which matches element names as written:
 * elements of the main namespace lose their prefix (`<x:row>` → `<row>`, under a default namespace declared
 * where needed), attributes of the relationships namespace take the prefix `r` (`rel:id` → `r:id`), and rows
 * and cells without `r` get the reference their order implies. Every other element
 * and attribute (r:id, mc:Ignorable, x14ac:dyDescent, …) and every namespace declaration is kept as it was.
 * The part is parsed by a real XML parser (saxes, exceljs's own), so the result means what the part meant.
 */
import { SaxesParser, SaxesTagNS } from "saxes";
import { UnreadableFileError } from "./fileErrors";
import { escapeAttribute } from "./packageXml";

export const SPREADSHEETML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The relationships namespace, whose `id` attribute exceljs finds only as `r:id`. */
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A prefix bound to the main namespace, or a prefix other than `r` to the relationships one, anywhere in the
 * part (such a prefix is then used, or harmless to rewrite).
 */
const PREFIX_EXCELJS_MISREADS =
  /xmlns:[\w.-]+\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main["']|xmlns:(?!r\s*=)[\w.-]+\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships["']/;
/** A row or cell start tag without an `r` attribute. */
const ROW_OR_CELL_WITHOUT_R = /<(?:[\w.-]+:)?(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/;

/** Whether exceljs would misread the part: a cheap scan of its text (any single-byte decoding will do). */
export function needsRewrite(text: string, isWorksheet: boolean): boolean {
  return PREFIX_EXCELJS_MISREADS.test(text) || (isWorksheet && ROW_OR_CELL_WITHOUT_R.test(text));
}

/** Excel's last row and column: an implied reference past them is a damaged sheet. */
const LAST_ROW = 1048576;
const LAST_COLUMN = 16384;

function columnLetters(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function columnNumber(ref: string): number {
  const letters = /^[A-Za-z]{1,3}/.exec(ref)?.[0] ?? "";
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The references a sheet's order implies (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4): a row without `r` is the
 * one after the previous row, a cell without `r` the one after the previous cell of its row.
 */
class ImpliedRefs {
  private row = 0;
  private column = 0;

  /** The `r` to add to a row, or undefined when it has one. */
  forRow(given: string | undefined): string | undefined {
    this.column = 0;
    if (given !== undefined) {
      const n = Number.parseInt(given, 10);
      if (n > 0) this.row = n;
      return undefined;
    }
    if (++this.row > LAST_ROW) throw new UnreadableFileError("DAMAGED");
    return String(this.row);
  }

  /** The `r` to add to a cell, or undefined when it has one. */
  forCell(given: string | undefined): string | undefined {
    if (given !== undefined) {
      this.column = columnNumber(given) || this.column;
      return undefined;
    }
    if (++this.column > LAST_COLUMN || this.row === 0) throw new UnreadableFileError("DAMAGED");
    return `${columnLetters(this.column)}${this.row}`;
  }
}

const escapeText = (text: string) =>
  /[&<>\r]/.test(text) ? text.replace(/[&<>\r]/g, (ch) => (ch === "\r" ? "&#13;" : ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;")) : text;

/** The rewritten part as UTF-8, gathered in megabyte chunks and refused as TOO_LARGE past `maxBytes`. */
class Output {
  private readonly chunks: Buffer[] = [];
  private pending = "";
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  push(text: string): void {
    this.pending += text;
    if (this.pending.length > 1 << 20) this.flush();
  }

  private flush(): void {
    const chunk = Buffer.from(this.pending, "utf8");
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) throw new UnreadableFileError("TOO_LARGE");
    this.chunks.push(chunk);
    this.pending = "";
  }

  done(): Buffer {
    this.flush();
    return Buffer.concat(this.chunks);
  }
}

interface Open {
  name: string;
  /** The local name in the main namespace; "" for an element of another namespace. */
  local: string;
  /** The default namespace in force inside the element, as written ("" for none). */
  defaultNs: string;
}

/** The `r` an element of the main namespace lacks: a row's, or a cell's in a row. */
function impliedRef(local: string, parent: Open | undefined, given: string | undefined, refs: ImpliedRefs): string | undefined {
  if (local === "row") return refs.forRow(given);
  if (local === "c" && parent?.local === "row") return refs.forCell(given);
  return undefined;
}

/** Writes the start tag (its new name, a default namespace declaration where needed, an implied `r`) and returns it. */
function startTag(tag: SaxesTagNS, parent: Open | undefined, refs: ImpliedRefs, out: Output): Open {
  const inMain = tag.uri === SPREADSHEETML_NS;
  const name = inMain ? tag.local : tag.name;
  const inherited = parent?.defaultNs ?? "";
  const defaultNs = inMain ? SPREADSHEETML_NS : tag.prefix === "" ? tag.uri : inherited;
  let text = `<${name}`;
  if (defaultNs !== inherited) text += ` xmlns="${escapeAttribute(defaultNs)}"`;
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (key === "xmlns") continue; // the default namespace is declared above, where the rewritten names need it
    text += ` ${a.uri === RELATIONSHIPS_NS && a.prefix !== "r" ? `r:${a.local}` : key}="${escapeAttribute(a.value)}"`;
  }
  if (parent === undefined && tag.ns.r === undefined) text += ` xmlns:r="${RELATIONSHIPS_NS}"`;
  const implied = inMain ? impliedRef(tag.local, parent, tag.attributes.r?.value, refs) : undefined;
  if (implied !== undefined) text += ` r="${implied}"`;
  out.push(tag.isSelfClosing ? `${text}/>` : `${text}>`);
  return { name, local: inMain ? tag.local : "", defaultNs };
}

/**
 * The part rewritten (see the module's comment), as UTF-8. Malformed XML or a document type declaration
 * (which OOXML forbids) is DAMAGED; a result over `maxBytes` is TOO_LARGE.
 */
export function rewriteSpreadsheetPart(xml: string, maxBytes: number): Buffer {
  const out = new Output(maxBytes);
  const open: Open[] = [];
  const refs = new ImpliedRefs();
  const parser = new SaxesParser({ xmlns: true });
  parser.on("xmldecl", () => out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'));
  parser.on("doctype", () => {
    throw new UnreadableFileError("DAMAGED");
  });
  parser.on("processinginstruction", (pi) => out.push(`<?${pi.target} ${pi.body}?>`));
  parser.on("text", (text) => out.push(escapeText(text)));
  parser.on("cdata", (text) => out.push(escapeText(text)));
  parser.on("opentag", (tag) => {
    open.push(startTag(tag, open[open.length - 1], refs, out));
  });
  parser.on("closetag", (tag) => {
    const element = open.pop()!;
    if (!tag.isSelfClosing) out.push(`</${element.name}>`);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw e instanceof UnreadableFileError ? e : new UnreadableFileError("DAMAGED");
  }
  return out.done();
}
