const ID_RE = /^[a-z0-9][a-z0-9_.\-/]*$/;

/** Ids are lower-case ASCII with `_ . - /` separators, e.g. "tt124.d4.k4.b". */
export function isValidId(id: unknown): id is string {
  return typeof id === "string" && ID_RE.test(id);
}

export function assertId(id: unknown, what: string): asserts id is string {
  if (!isValidId(id)) {
    throw new TypeError(
      `${what} phải là chuỗi chữ thường ASCII (a-z, 0-9, _ . - /), nhận được ${JSON.stringify(id)}.`,
    );
  }
}
