import { Finding, FindingCode, FindingParams } from "../../src/core/findings";

/** A finding's parameters, after checking that it has `code`: typed as that code's, for a test to read. */
export function paramsOf<C extends FindingCode>(f: Finding, code: C): FindingParams[C] {
  expect(f.code).toBe(code);
  return f.params as FindingParams[C];
}
