/**
 * Workbooks from other producers (issue #14), rewritten into the shape exceljs reads before it reads them.
 * exceljs finds parts by fixed names (xl/workbook.xml, xl/worksheets/sheetN.xml, …) rather than through the
 * relationships, and matches element names as written. So a valid workbook whose parts are elsewhere (found
 * through _rels/.rels and the .rels parts, as Excel finds them), whose SpreadsheetML is under a prefix, or
 * whose rows and cells have no `r` would lose sheets or be refused. Only a package that needs it is rewritten,
 * in memory: its parts moved to the standard names with every relationship and content type to match, and the
 * parts exceljs would misread rewritten (spreadsheetXml.ts). Every other file passes through untouched.
 * checkWorkbookFile has bounded every part's size first; the rewritten package is held to the same cap.
 */
import { zipSync } from "fflate";
import { MAX_UNCOMPRESSED_BYTES, UnreadableFileError } from "./fileErrors";
import { folderOf, relationshipsPartOf, relativeTarget, resolveTarget } from "./packagePaths";
import { Relationship, contentTypesXml, parseContentTypes, parseRelationships, relationshipsXml } from "./packageXml";
import { needsRewrite, rewriteSpreadsheetPart } from "./spreadsheetXml";
import { ZipEntry, inflatePart, zipEntries } from "./zipCheck";

interface Kind {
  /** The names exceljs finds this kind of part by. */
  accepts: RegExp;
  /** A standard name for one more part of this kind. */
  name: (n: number, extension: string) => string;
}

/** The kinds of part exceljs reads, by the last segment of their relationship type. */
const KINDS: Record<string, Kind> = {
  officeDocument: { accepts: /^xl\/workbook\.xml$/, name: () => "xl/workbook.xml" },
  worksheet: { accepts: /^xl\/worksheets\/sheet\d+\.xml$/, name: (n) => `xl/worksheets/sheet${n}.xml` },
  sharedStrings: { accepts: /^xl\/sharedStrings\.xml$/, name: () => "xl/sharedStrings.xml" },
  styles: { accepts: /^xl\/styles\.xml$/, name: () => "xl/styles.xml" },
  theme: { accepts: /^xl\/theme\/[a-zA-Z0-9]+\.xml$/, name: (n) => `xl/theme/theme${n}.xml` },
  comments: { accepts: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  table: { accepts: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
  drawing: { accepts: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, name: (n) => `xl/drawings/drawing${n}.xml` },
  vmlDrawing: { accepts: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  image: { accepts: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/, name: (n, ext) => `xl/media/image${n}.${ext}` },
  "core-properties": { accepts: /^docProps\/core\.xml$/, name: () => "docProps/core.xml" },
  "extended-properties": { accepts: /^docProps\/app\.xml$/, name: () => "docProps/app.xml" },
};

/** The kinds written in SpreadsheetML, which exceljs parses by element name. */
const SPREADSHEETML = new Set(["officeDocument", "worksheet", "sharedStrings", "styles", "comments", "table"]);

const kindOf = (relationshipType: string) => relationshipType.slice(relationshipType.lastIndexOf("/") + 1);

/** The archive's parts by name; a name is matched without case and without a leading "/", as OPC says. */
class Parts {
  private readonly entries = new Map<string, ZipEntry>();
  constructor(readonly data: Buffer) {
    for (const e of zipEntries(data)) if (!e.name.endsWith("/")) this.entries.set(e.name.replace(/^\//, "").toLowerCase(), e);
  }
  /** The part's name as the archive spells it, if there is such a part. */
  find(name: string): string | undefined {
    return this.entries.get(name.toLowerCase())?.name.replace(/^\//, "");
  }
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name.replace(/^\//, ""));
  }
  bytes(name: string): Buffer {
    return inflatePart(this.data, this.entries.get(name.toLowerCase())!);
  }
  text(name: string): string {
    return this.bytes(name).toString("utf8");
  }
}

/** A part with relationships: where they are and the part each one names (undefined: external or missing). */
interface Source {
  relsPart: string;
  rels: Relationship[];
  targets: (string | undefined)[];
}

/** Every part reached from the package's relationships, with its kind, and the relationships of each source. */
function relationshipGraph(parts: Parts): { kinds: Map<string, string>; sources: Map<string, Source> } {
  const kinds = new Map<string, string>();
  const sources = new Map<string, Source>();
  const queue = [""]; // the package itself, whose relationships are _rels/.rels
  while (queue.length > 0) {
    const source = queue.shift()!;
    const relsPart = parts.find(relationshipsPartOf(source));
    if (relsPart === undefined) continue;
    const rels = parseRelationships(parts.text(relsPart));
    const targets = rels.map((r) => (r.external ? undefined : parts.find(resolveTarget(folderOf(source), r.target))));
    sources.set(source, { relsPart, rels, targets });
    rels.forEach((r, i) => {
      const target = targets[i];
      if (target === undefined || target === source || kinds.has(target)) return;
      kinds.set(target, kindOf(r.type));
      queue.push(target);
    });
  }
  return { kinds, sources };
}

/** A standard name for one more part of `kind`: a fixed one, or the first free number. */
function standardName(kind: Kind, extension: string, taken: Set<string>): string {
  const fixed = kind.name(1, extension);
  if (kind.name(2, extension) === fixed) return fixed; // one per workbook: whatever holds the name moves aside
  for (let n = 1; ; n++) {
    const name = kind.name(n, extension);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * The new name of each part that moves: a part of a kind exceljs reads, away from the names it finds, goes to
 * a standard name; a part already holding that name but not reached as that kind is moved aside.
 */
function plannedMoves(parts: Parts, kinds: Map<string, string>): Map<string, string> {
  const moves = new Map<string, string>();
  const taken = new Set(parts.names().map((n) => n.toLowerCase()));
  const given = new Set<string>();
  for (const [part, kindName] of kinds) {
    const kind = KINDS[kindName];
    if (!kind || kind.accepts.test(part)) continue;
    const name = standardName(kind, /\.([a-zA-Z0-9]{3,4})$/.exec(part)?.[1] ?? "bin", taken);
    if (given.has(name)) continue; // a second part of a kind exceljs reads once: it stays unread, as it would have
    const holder = parts.find(name);
    if (holder !== undefined && !moves.has(holder)) moves.set(holder, `moved-aside/${holder}`);
    taken.add(name.toLowerCase());
    given.add(name);
    moves.set(part, name);
  }
  return moves;
}

/**
 * Whether exceljs reads the relationship as naming `target`: it joins the workbook's targets to "xl/" (after
 * a leading "/xl/"), takes a sheet's or drawing's literally, and ignores the package's.
 */
function exceljsFollows(source: string, kinds: Map<string, string>, text: string, target: string): boolean {
  if (source === "") return true;
  if (kinds.get(source) === "officeDocument") return `xl/${text.replace(/^(\s|\/xl\/)+/, "")}` === target;
  return text === relativeTarget(folderOf(source), target);
}

/** A relationship part written anew: by its old name, its new one and what it holds. */
type NewRelationships = Map<string, { name: string; rels: Relationship[] }>;

/** The relationship parts to write anew: those of the parts that move, or naming one, or naming one in a way exceljs misreads. */
function rewrittenRelationships(graph: ReturnType<typeof relationshipGraph>, moves: Map<string, string>): NewRelationships {
  const rewritten: NewRelationships = new Map();
  for (const [source, { relsPart, rels, targets }] of graph.sources) {
    const newSource = moves.get(source) ?? source;
    let changed = newSource !== source || relsPart !== relationshipsPartOf(source);
    const newRels = rels.map((r, i) => {
      if (r.external) return r;
      const old = targets[i] ?? resolveTarget(folderOf(source), r.target);
      const target = moves.get(old) ?? old;
      const known = KINDS[kindOf(r.type)] !== undefined;
      if (target === old && newSource === source && (!known || exceljsFollows(source, graph.kinds, r.target, target))) return r;
      changed = true;
      return { ...r, target: relativeTarget(folderOf(newSource), target) };
    });
    if (changed) rewritten.set(relsPart, { name: relationshipsPartOf(newSource), rels: newRels });
  }
  return rewritten;
}

/** The SpreadsheetML parts exceljs would misread: under a prefix, or (sheets) with rows or cells without `r`. */
function partsToRewrite(parts: Parts, kinds: Map<string, string>): string[] {
  return [...kinds]
    .filter(([part, kind]) => SPREADSHEETML.has(kind) && needsRewrite(parts.bytes(part).toString("latin1"), kind === "worksheet"))
    .map(([part]) => part);
}

/** [Content_Types].xml with each moved part's type under its new name. */
function movedContentTypes(parts: Parts, moves: Map<string, string>): string {
  const types = parseContentTypes(parts.text("[Content_Types].xml"));
  const typeOf = (part: string) =>
    types.overrides.find(([name]) => resolveTarget("", name).toLowerCase() === part.toLowerCase())?.[1] ??
    types.defaults.find(([ext]) => part.toLowerCase().endsWith(`.${ext.toLowerCase()}`))?.[1];
  const overrides = types.overrides.filter(([name]) => !moves.has(parts.find(resolveTarget("", name)) ?? ""));
  for (const [old, name] of moves) {
    const type = typeOf(old);
    if (type !== undefined) overrides.push([name, type]);
  }
  return contentTypesXml({ defaults: types.defaults, overrides });
}

/**
 * The package as exceljs can read it: `data` itself when nothing needs to change, else a new archive (stored,
 * not compressed: it only lives in memory until exceljs has read it). UnreadableFileError DAMAGED for
 * malformed XML or an implied row or column past Excel's last, TOO_LARGE when the result exceeds `maxBytes`.
 */
export function normalizePackage(data: Buffer, maxBytes = MAX_UNCOMPRESSED_BYTES): Buffer {
  const parts = new Parts(data);
  if (parts.find("[Content_Types].xml") === undefined) return data;
  const graph = relationshipGraph(parts);
  const moves = plannedMoves(parts, graph.kinds);
  const rels = rewrittenRelationships(graph, moves);
  const rewrite = partsToRewrite(parts, graph.kinds);
  if (moves.size === 0 && rels.size === 0 && rewrite.length === 0) return data;

  const files: Record<string, Uint8Array> = {};
  for (const part of parts.names()) {
    if (rels.has(part)) continue; // written anew below, beside its part's new name
    files[moves.get(part) ?? part] = rewrite.includes(part) ? rewriteSpreadsheetPart(parts.text(part), maxBytes) : parts.bytes(part);
  }
  for (const { name, rels: list } of rels.values()) files[name] = Buffer.from(relationshipsXml(list));
  if (moves.size > 0) files["[Content_Types].xml"] = Buffer.from(movedContentTypes(parts, moves));
  const total = Object.values(files).reduce((sum, f) => sum + f.length, 0);
  if (total > maxBytes) throw new UnreadableFileError("TOO_LARGE");
  return Buffer.from(zipSync(files, { level: 0 }));
}
