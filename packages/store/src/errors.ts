/**
 * The one error type of @antq/store: a stable machine `code`, a Vietnamese `message` for officers, and the
 * details a caller may show or log.
 */

/**
 * Machine codes of {@link StoreError}.
 *
 * @example
 * ```ts
 * const code: StoreErrorCode = "YEAR_EXISTS";
 * ```
 */
export type StoreErrorCode =
  | "STORE_LOCKED"
  | "STORE_TOO_NEW"
  | "MIGRATION_DRIFT"
  | "MIGRATION_FAILED"
  | "YEAR_EXISTS"
  | "YEAR_MISSING"
  | "INVALID_INPUT"
  | "CONSTRAINT_VIOLATION"
  | "CONNECTION_FAILED"
  | "QUERY_FAILED";

/**
 * An error raised by the store. `message` is Vietnamese (NFC) and names what went wrong and where.
 *
 * @example
 * ```ts
 * const e = new StoreError("YEAR_MISSING", "Kho chưa có dữ liệu năm 2023.");
 * new StoreError("YEAR_MISSING", "Kho chưa có dữ liệu năm 2023.").code; //=> "YEAR_MISSING"
 * ```
 */
export class StoreError extends Error {
  override readonly name = "StoreError";
  readonly code: StoreErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: StoreErrorCode, message: string, details: Record<string, unknown> = {}, cause?: unknown) {
    super(message.normalize("NFC"), cause === undefined ? undefined : { cause });
    this.code = code;
    this.details = details;
  }
}

/**
 * True when `u` is a {@link StoreError}, optionally with the given code.
 *
 * @example
 * ```ts
 * isStoreError(new StoreError("YEAR_EXISTS", "…"), "YEAR_EXISTS"); //=> true
 * ```
 */
export const isStoreError = (u: unknown, code?: StoreErrorCode): u is StoreError =>
  u instanceof StoreError && (code === undefined || u.code === code);

/**
 * The SQLSTATE of a driver error (both engines put it in `code`), if any.
 *
 * @example
 * ```ts
 * sqlStateOf({ code: "23505" }); //=> "23505"
 * ```
 */
export const sqlStateOf = (u: unknown): string | undefined => {
  if (typeof u !== "object" || u === null || !("code" in u)) return undefined;
  const code = (u as { code: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};
