import { describe, expect, it } from "vitest";
import { hashValue } from "../src/index.js";
import { canonicalJson } from "../src/internal/canonical.js";
import { fnv1a64 } from "../src/internal/fnv1a64.js";

describe("hash", () => {
  it("matches FNV-1a 64 test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
  it("hashes UTF-8 bytes of NFC text, independent of key order", () => {
    expect(hashValue({ b: "Đạt", a: [1, 2] })).toBe(hashValue({ a: [1, 2], b: "Đa\u0323t" }));
    expect(canonicalJson({ b: 1, a: undefined, c: () => 1 })).toBe('{"b":1}');
  });
});
