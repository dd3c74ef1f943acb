/**
 * Excel's end of office.js's requests, for measuring them: a request body exactly as office.js's own serializer
 * builds it (its actions and object paths) is carried out on the project's fake Excel, and answered in the format
 * office.js parses. Only what the adapter uses is understood; anything else fails loudly.
 *
 * One server per request context, as office.js numbers its object paths per context. A range that office.js asks
 * to keep (_KeepReference) gets a reference id, and a worksheet its id, as office.js expects of Excel
 * (Range._handleIdResult and Worksheet._handleIdResult read them): later requests name the object by that id, so
 * a sheet added in one request is still reachable in the next.
 */
import { FakeContext, FakeWorkbookState, FakeWorksheet } from "./fakeExcel";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}
export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
/** An argument that is an object of the request is sent as its path's id, and named in ReferencedObjectPathIds. */
function argumentsOf(info: ArgumentInfo | undefined, resolve: (id: number) => FakeObject): unknown[] {
  const args = info?.Arguments ?? [];
  const refs = info?.ReferencedObjectPathIds ?? [];
  return args.map((a, i) => (typeof refs[i] === "number" && refs[i] !== 0 ? resolve(refs[i] as number) : a));
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}
export interface ActionResult {
  ActionId: number;
  Value: unknown;
}
export type ResponseBody = { Results: ActionResult[] } | { Error: { Code: string; Message: string } };

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 };
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 };

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The fake's proxies are plain objects with the API's member names: reached here by name, as Excel reaches them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FakeObject = any;

/** What office.js receives for a loaded object: its selected properties, named as Excel names them. */
function queried(target: FakeObject, props: string[]): unknown {
  if (props.includes("isNullObject") || "isNullObject" in Object.getPrototypeOf(target)) {
    if (target.isNullObject) return null;
  }
  if ("items" in Object.getPrototypeOf(target)) {
    const items = target.items as FakeObject[];
    return { _Items: items.map((item) => queried(item, props)) };
  }
  const value: Record<string, unknown> = {};
  for (const p of props) if (p !== "isNullObject") value[pascal(p)] = target[p];
  return value;
}

export class FakeExcelServer {
  private readonly context: FakeContext;
  private readonly objects = new Map<number, FakeObject>();
  private readonly references = new Map<string, FakeObject>();

  constructor(state: FakeWorkbookState) {
    this.context = new FakeContext(state);
  }

  private resolve(id: number, paths: Record<string, ObjectPathInfo>): FakeObject {
    const known = this.objects.get(id);
    if (known !== undefined) return known;
    const path = paths[id];
    if (!path) throw new Error(`RichApi: object path ${id} is not in the request`);
    const args = argumentsOf(path.ArgumentInfo, (ref) => this.resolve(ref, paths));
    let object: FakeObject;
    if (path.ObjectPathType === PATH.global) object = this.context.workbook;
    else if (path.ObjectPathType === PATH.referenceId) object = this.references.get(path.Name);
    else {
      const parent = this.resolve(path.ParentObjectPathId!, paths);
      if (path.ObjectPathType === PATH.property) object = parent[camel(path.Name)];
      else if (path.ObjectPathType === PATH.indexer) object = parent.getItem(...args);
      else if (path.ObjectPathType === PATH.method) {
        if (typeof parent[camel(path.Name)] !== "function") throw new Error(`RichApi: method ${path.Name} is not faked`);
        object = parent[camel(path.Name)](...args);
      }
    }
    if (object === undefined) throw new Error(`RichApi: cannot resolve ${JSON.stringify(path)}`);
    this.objects.set(id, object);
    return object;
  }

  /** Carries out one request in order, then answers its queries and the reference ids of the kept ranges. */
  async execute(body: RequestBody): Promise<ResponseBody> {
    const answers: (() => ActionResult)[] = [];
    const kept = new Set<number>();
    for (const action of body.Actions) {
      if (action.ActionType === ACTION.trace) continue;
      const target = this.resolve(action.ObjectPathId, body.ObjectPaths);
      const args = argumentsOf(action.ArgumentInfo, (ref) => this.resolve(ref, body.ObjectPaths));
      if (action.ActionType === ACTION.instantiate) {
        if (kept.has(action.ObjectPathId)) answers.push(this.keep(action, target));
        else if (target instanceof FakeWorksheet) answers.push(() => ({ ActionId: action.Id, Value: { Id: target.sheetId() } }));
      } else if (action.ActionType === ACTION.query) {
        const props = (action.QueryInfo?.Select ?? []).map(camel);
        target.load(props);
        answers.push(() => ({ ActionId: action.Id, Value: queried(target, props) }));
      } else if (action.ActionType === ACTION.method) {
        if (action.Name === "_KeepReference") kept.add(action.ObjectPathId);
        // Bookkeeping of office.js: references it drops, and the size check it adds before a large grid (the
        // fake checks a grid's size against its range itself when it writes it).
        else if (action.Name !== "_RemoveReference" && action.Name !== "_ValidateArraySize") {
          if (typeof target[camel(action.Name)] !== "function") throw new Error(`RichApi: method ${action.Name} is not faked`);
          target[camel(action.Name)](...args);
        }
      } else if (action.ActionType === ACTION.setProperty) target[camel(action.Name)] = args[0];
      else throw new Error(`RichApi: action type ${action.ActionType} is not faked`);
    }
    try {
      await this.context.sync();
    } catch (e) {
      return { Error: { Code: "GeneralException", Message: e instanceof Error ? e.message : String(e) } };
    }
    return { Results: answers.map((a) => a()) };
  }

  private keep(action: ActionInfo, target: FakeObject): () => ActionResult {
    // A reference id as Excel writes one: a GUID in braces, 38 characters.
    const id = `{${String(this.references.size + 1).padStart(8, "0")}-0000-4000-8000-000000000000}`;
    this.references.set(id, target);
    return () => ({ ActionId: action.Id, Value: { _ReferenceId: id } });
  }
}
