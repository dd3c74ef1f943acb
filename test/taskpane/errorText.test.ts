/** Known Office errors become guidance; anything else keeps its own message. */
import { messages } from "../../src/i18n";
import { errorText, officeErrorKind } from "../../src/ui/errorText";

/** An error as office.js throws it: an Error with Excel's code. */
const officeError = (code: string, message = "raw Excel words") => Object.assign(new Error(message), { code });

test("cell-edit mode asks to leave the cell first, in each language", () => {
  const e = officeError("InvalidOperationInCellEditMode");
  expect(errorText(e, messages("zh-CN").ui)).toBe("请先按 Enter 或 Esc 退出单元格编辑后再试。");
  expect(errorText(e, messages("en").ui)).toBe("Press Enter or Esc to leave cell editing, then try again.");
});

test("each known code has its kind; the kinds' texts differ and never repeat Excel's words", () => {
  const kinds = {
    InvalidOperationInCellEditMode: "cellEditMode",
    AccessDenied: "protected",
    InsufficientPermissions: "protected",
    RequestPayloadSizeLimitExceeded: "tooLarge",
    ResponsePayloadSizeLimitExceeded: "tooLarge",
    ActivityLimitReached: "busy",
    RequestAborted: "busy",
    Conflict: "busy",
    ItemNotFound: "notFound",
    ItemAlreadyExists: "exists",
    GeneralException: "general",
  };
  for (const [code, kind] of Object.entries(kinds)) expect({ code, kind: officeErrorKind(officeError(code)) }).toEqual({ code, kind });
  for (const lang of ["zh-CN", "en"] as const) {
    const texts = Object.values(messages(lang).ui.officeError);
    expect(new Set(texts).size).toBe(texts.length);
    for (const code of Object.keys(kinds)) expect(errorText(officeError(code), messages(lang).ui)).not.toContain("raw Excel words");
  }
});

test("other errors keep their message; a code that is no Office code, or an inherited name, is not mapped", () => {
  const S = messages("zh-CN").ui;
  expect(errorText(new Error("磁盘已满"), S)).toBe("磁盘已满");
  expect(errorText(officeError("SomethingNew", "new words"), S)).toBe("new words");
  expect(errorText(officeError("toString", "proto"), S)).toBe("proto");
  expect(errorText("plain", S)).toBe("plain");
  expect(officeErrorKind({ code: 42 })).toBeUndefined();
  expect(officeErrorKind(null)).toBeUndefined();
});
