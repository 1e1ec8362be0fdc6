/**
 * The check every package with published JSON Schemas declares in one call: each `schemas/<file>` is the JSON
 * Schema of its zod schema as generated now (`UPDATE_SCHEMAS=1` rewrites it), carries its format tag, and is
 * published (listed in package.json's `exports`, its folder in `files`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/** One published schema file. */
export interface SchemaFile {
  /** The file name in `schemas/`, e.g. `"assessment.schema.json"`. */
  readonly file: string;
  readonly schema: z.ZodType;
  /** The `const` of the document's `format` field (`"antq.assessment/1"`), checked in the file. */
  readonly tag?: string;
  /** A title placed before the schema's own keys (for schemas without a `.meta()` title). */
  readonly title?: string;
}

/** A package's published schemas: where the package is, its name in the `$id`s, and how they are generated. */
export interface SchemaPackage {
  /** The package's root folder (a `file:` URL ending with `/`, e.g. `new URL("../", import.meta.url)`). */
  readonly root: URL;
  /** The name in `https://antq.vn/schemas/<name>/<file>`. */
  readonly name: string;
  /** Options of `z.toJSONSchema` (default: zod's). */
  readonly options?: Parameters<typeof z.toJSONSchema>[1];
  readonly files: readonly SchemaFile[];
}

/** The text of a schema file: `$id`, the title if given, then the generated schema; two-space JSON. */
const schemaText = (pkg: SchemaPackage, s: SchemaFile): string =>
  `${JSON.stringify(
    {
      $id: `https://antq.vn/schemas/${pkg.name}/${s.file}`,
      ...(s.title === undefined ? {} : { title: s.title }),
      ...z.toJSONSchema(s.schema, pkg.options),
    },
    null,
    2,
  )}\n`;

/** Declares the tests of a package's published JSON Schemas (see the module comment). */
export function describeSchemaFiles(pkg: SchemaPackage): void {
  describe("published JSON Schemas", () => {
    for (const s of pkg.files) {
      it(`schemas/${s.file} is up to date (UPDATE_SCHEMAS=1 rewrites it)`, () => {
        const path = fileURLToPath(new URL(`schemas/${s.file}`, pkg.root));
        const generated = schemaText(pkg, s);
        if (process.env.UPDATE_SCHEMAS === "1") {
          mkdirSync(fileURLToPath(new URL("schemas/", pkg.root)), { recursive: true });
          writeFileSync(path, generated);
        }
        const current = existsSync(path) ? readFileSync(path, "utf8") : "";
        expect(current, `schemas/${s.file} is stale: run UPDATE_SCHEMAS=1 npx vitest run`).toBe(generated);
        if (s.tag !== undefined) expect(current).toContain(`"const": "${s.tag}"`);
      });
    }

    it("are published: in package.json's exports, their folder in its files", () => {
      const manifest = JSON.parse(readFileSync(new URL("package.json", pkg.root), "utf8")) as {
        exports: Record<string, unknown>;
        files: string[];
      };
      for (const s of pkg.files) {
        const entry = manifest.exports[`./schemas/${s.file}`] ?? manifest.exports["./schemas/*.json"];
        expect(entry, `schemas/${s.file} is not in package.json's exports`).toBe(
          manifest.exports[`./schemas/${s.file}`] === undefined ? "./schemas/*.json" : `./schemas/${s.file}`,
        );
      }
      expect(manifest.files).toContain("schemas");
    });
  });
}
