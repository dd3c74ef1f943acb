/**
 * The package's own XML: relationship parts (_rels/*.rels) and [Content_Types].xml, read with a real XML
 * parser (any prefix, any attribute order or quoting) and written anew in the form every reader expects.
 */
import { SaxesParser, SaxesTagNS } from "saxes";
import { UnreadableFileError } from "./fileErrors";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** A URL outside the package (a hyperlink): never a part. */
  external: boolean;
}

export interface ContentTypes {
  /** [extension, content type] */
  defaults: [string, string][];
  /** [part name without its leading "/", content type] */
  overrides: [string, string][];
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for an attribute value in double quotes (the test first: most values need nothing). */
export function escapeAttribute(value: string): string {
  return /[&<>"\t\n\r]/.test(value) ? value.replace(/[&<>"\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`) : value;
}

/** Every element of the document, by local name, with its unqualified attributes. A malformed document is DAMAGED. */
function elementsOf(xml: string): { local: string; attributes: Record<string, string> }[] {
  const elements: { local: string; attributes: Record<string, string> }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix === "") attributes[a.local] = a.value;
    elements.push({ local: tag.local, attributes });
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new UnreadableFileError("DAMAGED");
  }
  return elements;
}

export function parseRelationships(xml: string): Relationship[] {
  return elementsOf(xml)
    .filter((e) => e.local === "Relationship" && e.attributes.Target !== undefined)
    .map(({ attributes: a }) => ({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target, external: a.TargetMode === "External" }));
}

export function relationshipsXml(rels: Relationship[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${escapeAttribute(r.id)}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(r.target)}"` +
      `${r.external ? ' TargetMode="External"' : ""}/>`,
  );
  return `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${items.join("")}</Relationships>`;
}

export function parseContentTypes(xml: string): ContentTypes {
  const types: ContentTypes = { defaults: [], overrides: [] };
  for (const { local, attributes: a } of elementsOf(xml)) {
    if (local === "Default" && a.Extension !== undefined) types.defaults.push([a.Extension, a.ContentType ?? ""]);
    if (local === "Override" && a.PartName !== undefined) types.overrides.push([a.PartName.replace(/^\//, ""), a.ContentType ?? ""]);
  }
  return types;
}

export function contentTypesXml(types: ContentTypes): string {
  const defaults = types.defaults.map(([ext, type]) => `<Default Extension="${escapeAttribute(ext)}" ContentType="${escapeAttribute(type)}"/>`);
  const overrides = types.overrides.map(
    ([part, type]) => `<Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/>`,
  );
  return `${DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}">${defaults.join("")}${overrides.join("")}</Types>`;
}
