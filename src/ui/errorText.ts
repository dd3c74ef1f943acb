/**
 * A failed job's words: Excel's known errors (OfficeExtension.Error's `code`) become guidance on what to do,
 * any other error shows its own message.
 */
import type { OfficeErrorKind, UiMessages } from "../i18n";

/** Excel's error codes (Excel.ErrorCodes) that the accountant can do something about. */
const KIND_OF_CODE: Record<string, OfficeErrorKind> = {
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

/** The kind of a known Office error, or undefined for any other error. */
export function officeErrorKind(e: unknown): OfficeErrorKind | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && Object.hasOwn(KIND_OF_CODE, code) ? KIND_OF_CODE[code] : undefined;
}

export function errorText(e: unknown, S: UiMessages): string {
  const kind = officeErrorKind(e);
  if (kind) return S.officeError[kind];
  return e instanceof Error ? e.message : String(e);
}
