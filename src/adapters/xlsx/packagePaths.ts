/**
 * Part names and relationship targets of an OOXML package (ECMA-376 Part 2, Open Packaging Conventions). A
 * part name is written here without its leading "/" ("xl/workbook.xml"), as zip entries name parts; a target
 * is a URI relative to the folder of its source part, or absolute from the package root.
 */

/** The folder a part is in ("xl/worksheets/sheet1.xml" → "xl/worksheets"); "" for the package root. */
export function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%" is a character of the name
  }
}

/**
 * The part a relationship's target names, seen from `folder`: "." and ".." segments removed as RFC 3986 does
 * (never above the root), percent-escapes decoded, any fragment dropped.
 */
export function resolveTarget(folder: string, target: string): string {
  const path = target.trim().replace(/#.*$/, "");
  const segments = path.startsWith("/") || folder === "" ? [] : folder.split("/");
  for (const s of path.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(decoded(s));
  }
  return segments.join("/");
}

/** The relative target that names `part` from `folder`, as Excel writes them ("../comments1.xml"). */
export function relativeTarget(folder: string, part: string): string {
  const from = folder === "" ? [] : folder.split("/");
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => "..");
  return [...up, ...to.slice(common).map(encodeURIComponent)].join("/");
}

/** Where a part's own relationships are: beside it, in _rels ("xl/_rels/workbook.xml.rels"); the package's at "_rels/.rels". */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === "" ? "" : `${folder}/`}_rels/${name}.rels`;
}
