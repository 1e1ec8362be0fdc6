/**
 * Documentation checks: every TSDoc `@example` of both entry points runs (`@antq/test-support`: async blocks
 * with PGlite in-memory stores, `//=>` results checked), every public export of `src/index.ts` and
 * `src/node/index.ts` is documented and nothing internal is exported; the main entry stays browser-safe; the
 * migrations module is exactly what scripts/gen-migrations.mjs makes from migrations/*.sql.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeDocumentation } from "@antq/test-support";
import { afterAll, describe, expect, inject, it } from "vitest";
// @ts-expect-error: plain .mjs script without types
import { renderMigrationsModule } from "../scripts/gen-migrations.mjs";
import * as api from "../src/index.js";
import * as nodeApi from "../src/node/index.js";
import { cleanupExamples, exampleFixtures, ownScope } from "./support/example-fixtures.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const files = [
  ...readdirSync(SRC).filter((f) => f.endsWith(".ts")),
  ...readdirSync(`${SRC}node`).map((f) => `node/${f}`),
].filter((f) => !f.endsWith("index.ts"));

describeDocumentation({
  srcDir: SRC,
  scope: { ...api, ...nodeApi, ...(await exampleFixtures()) },
  ownScope,
  entries: [`${SRC}index.ts`, `${SRC}node/index.ts`],
  // Without a PostgreSQL server (no ANTQ_DATABASE_URL, no PostgreSQL binaries; never in CI) its examples cannot run.
  ...(inject("postgresUrl") === ""
    ? { skipFiles: { "node/postgres.ts": "không có máy chủ PostgreSQL" } }
    : {}),
});
afterAll(cleanupExamples);

describe("browser-safe main entry", () => {
  it("imports no node:* module, no pg and nothing from ./node", () => {
    for (const f of [...readdirSync(SRC), ...readdirSync(`${SRC}internal`).map((x) => `internal/${x}`)]) {
      if (!f.endsWith(".ts")) continue;
      expect(readFileSync(SRC + f, "utf8"), f).not.toMatch(/from "(node:|pg\b|pg-copy-streams|\.\/node\/)/);
    }
  });
});

describe("migrations", () => {
  it("ships the .sql files unchanged in the generated module", () => {
    const dir = fileURLToPath(new URL("../migrations/", import.meta.url));
    const files = readdirSync(dir).sort();
    expect(api.MIGRATIONS).toEqual(
      files.map((f) => ({ version: f.replace(/\.sql$/, ""), sql: readFileSync(dir + f, "utf8") })),
    );
    expect(renderMigrationsModule()).toContain(JSON.stringify(api.MIGRATIONS.at(-1)?.sql));
  });

  it("keeps to the PostgreSQL 15 subset and sorts no Vietnamese names in SQL", () => {
    for (const m of api.MIGRATIONS) {
      expect(m.sql).not.toMatch(/uuidv7|\bvirtual\b|merge\s+into|collate/i);
    }
    for (const f of files) expect(readFileSync(SRC + f, "utf8")).not.toMatch(/order by [\w.]*name\b/i);
  });
});
