/** A small, documented public surface: every export has TSDoc with an @example, nothing from internal/. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { undocumentedExports } from "../../rules/test/support/api-docs.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

describe("public API", () => {
  it("documents every export with an @example", () => {
    expect(undocumentedExports(SRC)).toEqual([]);
  });
  it("exports nothing from src/internal and no wildcard", () => {
    const index = readFileSync(`${SRC}index.ts`, "utf8");
    expect(index).not.toMatch(/internal/);
    expect(index).not.toMatch(/export \*/);
  });
});
