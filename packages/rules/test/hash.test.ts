import { describe, expect, it } from "vitest";
import { canonicalize, fnv1a64, hashValue } from "../src/index.js";

describe("hash", () => {
  it("matches FNV-1a 64 test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
  it("hashes UTF-8 bytes of NFC text, independent of key order", () => {
    expect(hashValue({ b: "Đạt", a: [1, 2] })).toBe(hashValue({ a: [1, 2], b: "Đa\u0323t" }));
    expect(canonicalize({ b: 1, a: undefined, c: () => 1 })).toBe('{"b":1}');
  });
});
