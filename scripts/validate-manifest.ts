/**
 * `npm run validate`: the manifest checked offline. `office-addin-manifest validate` posts the file to an
 * online service, which government machines (and CI) cannot reach; this checks it against Microsoft's XSDs
 * (schemas/office-manifest, patched for libxml2) with xmllint-wasm, then what the XSDs do not check: every
 * resid resolves, ids are unique, each icon has sizes 16/32/80 and its file exists, every string has its
 * zh-CN override, URLs are https, and the permission is ReadWriteDocument.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = join(__dirname, "..");
const SCHEMAS = join(ROOT, "schemas", "office-manifest");

export async function schemaErrors(xml: string): Promise<string[]> {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"));
  const load = (f: string) => ({ fileName: f, contents: readFileSync(join(SCHEMAS, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load("OfficeAppManifestV1_1.xsd")],
    preload: files.filter((f) => f !== "OfficeAppManifestV1_1.xsd").map(load),
  });
  return result.valid ? [] : result.errors.map((e) => e.message ?? e.rawMessage);
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

export function ruleErrors(xml: string, assetsDir = join(ROOT, "assets")): string[] {
  const errors: string[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const resources = /<Resources>([\s\S]*)<\/Resources>/.exec(body)?.[1] ?? "";
  const outside = body.replace(/<Resources>[\s\S]*<\/Resources>/, "");

  const resourceIds = [...resources.matchAll(/<bt:(Image|Url|String)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[2]);
  const seen = new Set<string>();
  for (const id of resourceIds) {
    if (seen.has(id)) errors.push(`resource id ${id} is defined twice`);
    seen.add(id);
    if (id.length > 32) errors.push(`resource id ${id} is longer than 32 characters`);
  }
  for (const m of body.matchAll(/resid="([^"]+)"/g)) {
    if (!seen.has(m[1])) errors.push(`resid ${m[1]} does not resolve to a resource`);
  }
  const controlIds = [...outside.matchAll(/<(Group|Control|OfficeTab|CustomTab)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[2]);
  const dup = controlIds.filter((id, i) => controlIds.indexOf(id) !== i);
  for (const id of new Set(dup)) errors.push(`id ${id} is used more than once`);

  for (const icon of outside.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)) {
    const sizes = [...icon[1].matchAll(/<bt:Image\b[^>]*size="(\d+)"/g)].map((m) => m[1]).sort();
    for (const need of ["16", "32", "80"]) if (!sizes.includes(need)) errors.push(`an Icon lacks size ${need}`);
  }
  for (const m of resources.matchAll(/<bt:Image\b[^>]*>/g)) {
    const url = attr(m[0], "DefaultValue") ?? "";
    const file = url.replace(/^https:\/\/[^/]+\//, "");
    if (file.startsWith("assets/") && !existsSync(join(assetsDir, file.slice("assets/".length))))
      errors.push(`icon file ${file} does not exist`);
  }
  for (const m of body.matchAll(/<(IconUrl|HighResolutionIconUrl)\b[^>]*>/g)) {
    const file = (attr(m[0], "DefaultValue") ?? "").replace(/^https:\/\/[^/]+\//, "");
    if (file.startsWith("assets/") && !existsSync(join(assetsDir, file.slice("assets/".length))))
      errors.push(`${m[1]} file ${file} does not exist`);
  }
  for (const m of resources.matchAll(/<bt:String\b([^>]*)>([\s\S]*?)<\/bt:String>/g)) {
    if (!/<bt:Override\s+Locale="zh-CN"/.test(m[2])) errors.push(`string ${attr(m[1], "id")} has no zh-CN override`);
  }
  for (const m of resources.matchAll(/<bt:String\b([^>]*)\/>/g)) errors.push(`string ${attr(m[1], "id")} has no zh-CN override`);
  for (const tag of ["DisplayName", "Description"]) {
    const block = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(body)?.[1] ?? "";
    if (!/<Override\s+Locale="zh-CN"/.test(block)) errors.push(`${tag} has no zh-CN override`);
  }
  for (const m of body.matchAll(/DefaultValue="(https?:[^"]*)"/g))
    if (!m[1].startsWith("https://")) errors.push(`URL ${m[1]} is not https`);
  const permission = /<Permissions>([^<]*)<\/Permissions>/.exec(body)?.[1];
  if (permission !== "ReadWriteDocument") errors.push(`Permissions is ${permission}, expected ReadWriteDocument`);
  return errors;
}

export async function validateManifest(path: string): Promise<string[]> {
  const xml = readFileSync(path, "utf8");
  return [...(await schemaErrors(xml)), ...ruleErrors(xml)];
}

if (require.main === module) {
  const path = process.argv[2] ?? join(ROOT, "manifest.xml");
  validateManifest(path).then(
    (errors) => {
      if (errors.length === 0) console.log(`${path}: valid (schema, resids, ids, icons, zh-CN strings, https, permissions)`);
      for (const e of errors) console.error(`${path}: ${e}`);
      process.exitCode = errors.length ? 1 : 0;
    },
    (e: unknown) => {
      console.error(`${path}: ${(e as Error).message}`);
      process.exitCode = 2;
    },
  );
}
