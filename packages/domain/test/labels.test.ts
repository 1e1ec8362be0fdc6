import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as domain from "../src/index.js";

/** Every exported `*_LABELS_VI` map, by export name. */
const labelMaps: [string, Readonly<Record<string, string>>][] = Object.entries(
  domain as Record<string, unknown>,
).flatMap(([name, value]) =>
  name.endsWith("_LABELS_VI") && typeof value === "object" && value !== null
    ? [[name, value as Readonly<Record<string, string>>] as [string, Readonly<Record<string, string>>]]
    : [],
);

/** Label maps that do not label a zod enum: field names, and the computed Nghị định 80 size class. */
const NOT_ENUM_MAPS = new Set(["FIELD_LABELS_VI", "ENTERPRISE_SIZE_LABELS_VI"]);

interface FoundEnum {
  /** Where it was first found, e.g. "AnnualFactsSchema.accidents[].kind". */
  readonly where: string;
  readonly codes: readonly string[];
}

type AnyDef = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): AnyDef => (schema as { _zod: { def: AnyDef } })._zod.def;

/**
 * Walks a zod schema and collects every closed set of string choices: `z.enum`, a union of literals, a
 * multi-value `z.literal([...])`, and the discriminator values of a discriminated union. Single literals
 * (fixed values such as `schemaVersion: 1`) are not choices.
 */
const collectEnums = (root: z.ZodType, rootName: string): FoundEnum[] => {
  const found: FoundEnum[] = [];
  const seen = new Set<unknown>();
  const literalValues = (schema: unknown): unknown[] | undefined => {
    const def = defOf(schema);
    if (def.type === "literal") return def.values as unknown[];
    if (def.type === "optional" || def.type === "nullable" || def.type === "default")
      return literalValues(def.innerType);
    return undefined;
  };
  const walk = (schema: unknown, where: string): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    switch (def.type) {
      case "enum":
        found.push({ where, codes: Object.values(def.entries as Record<string, string>).map(String) });
        return;
      case "literal": {
        const values = def.values as unknown[];
        if (values.length > 1) found.push({ where, codes: values.map(String) });
        return;
      }
      case "union": {
        const options = def.options as unknown[];
        const discriminator = def.discriminator as string | undefined;
        if (discriminator !== undefined) {
          const codes = options.flatMap(
            (o) => literalValues((defOf(o).shape as Record<string, unknown>)[discriminator]) ?? [],
          );
          found.push({ where: `${where}.${discriminator}`, codes: codes.map(String) });
        } else {
          const literals = options.map(literalValues);
          if (literals.every((l) => l !== undefined)) {
            found.push({ where, codes: literals.flat().map(String) });
            return;
          }
        }
        options.forEach((o, i) => {
          walk(o, `${where}|${i}`);
        });
        return;
      }
      case "object":
        for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
          walk(value, `${where}.${key}`);
        }
        if (def.catchall !== undefined) walk(def.catchall, `${where}.*`);
        return;
      case "array":
        walk(def.element, `${where}[]`);
        return;
      case "record":
        walk(def.keyType, `${where}{key}`);
        walk(def.valueType, `${where}{}`);
        return;
      case "tuple":
        (def.items as unknown[]).forEach((item, i) => {
          walk(item, `${where}[${i}]`);
        });
        if (def.rest) walk(def.rest, `${where}[…]`);
        return;
      case "intersection":
        walk(def.left, where);
        walk(def.right, where);
        return;
      case "pipe":
        walk(def.in, where);
        walk(def.out, where);
        return;
      case "lazy":
        walk((def.getter as () => unknown)(), where);
        return;
      default:
        if (def.innerType !== undefined) walk(def.innerType, where);
    }
  };
  walk(root, rootName);
  return found;
};

const exportedSchemas: [string, z.ZodType][] = Object.entries(domain as Record<string, unknown>).flatMap(
  ([name, value]) => (value instanceof z.ZodType ? [[name, value] as [string, z.ZodType]] : []),
);
const enums = exportedSchemas.flatMap(([name, schema]) => collectEnums(schema, name));
const sameKeys = (map: Readonly<Record<string, string>>, codes: readonly string[]) =>
  Object.keys(map).length === new Set(codes).size && codes.every((c) => Object.hasOwn(map, c));
const normal = (text: string) => text.normalize("NFC").trim().toLowerCase();

describe("Vietnamese labels of enums", () => {
  it("finds the enums of the exported schemas (the walker is not blind)", () => {
    expect(exportedSchemas.length).toBeGreaterThan(40);
    const wheres = enums.map((e) => e.where);
    expect(wheres).toContain("AccidentSchema.severity");
    expect(wheres).toContain("CommuneUnitSchema.communeType");
    expect(wheres).toContain("AnnualFactsSchema.internalRules.topics[]");
    expect(wheres).toContain("AssessedUnitSchema.kind");
    expect(wheres).toContain("AwardRecipientSchema.kind");
    expect(wheres).not.toContain("DatasetSchema.schemaVersion");
  });

  it("every option of every enum of every exported schema has a label, from exactly one *_LABELS_VI map", () => {
    const missing: string[] = [];
    const ambiguous: string[] = [];
    for (const e of enums) {
      const exact = labelMaps.filter(([, map]) => sameKeys(map, e.codes));
      if (exact.length === 0) missing.push(`${e.where}: ${e.codes.join(", ")}`);
      // Two maps for the same set of codes must agree, or the CLI would pick one arbitrarily.
      const distinct = new Set(exact.map(([, map]) => JSON.stringify(e.codes.map((c) => map[c]))));
      if (distinct.size > 1) ambiguous.push(`${e.where}: ${exact.map(([n]) => n).join(", ")}`);
    }
    expect(missing, "enums without a *_LABELS_VI map with exactly their codes").toEqual([]);
    expect(ambiguous, "enums labelled differently by two maps").toEqual([]);
  });

  it("every enum label map labels some enum (no stale map)", () => {
    const stale = labelMaps
      .filter(([name]) => !NOT_ENUM_MAPS.has(name))
      .filter(([, map]) => !enums.some((e) => sameKeys(map, e.codes)))
      .map(([name]) => name);
    expect(stale).toEqual([]);
  });

  it.each(labelMaps.map(([name, map]) => [name, map] as const))(
    "%s: labels are non-empty NFC Vietnamese, unique, without ';' and not another option's code",
    (_name, map) => {
      const labels = Object.values(map);
      for (const label of labels) {
        expect(label.trim()).toBe(label);
        expect(label.length).toBeGreaterThan(0);
        expect(label.normalize("NFC")).toBe(label);
        // ";" separates values of multi-choice cells in the CLI's spreadsheets.
        expect(label).not.toContain(";");
      }
      if (map === domain.FIELD_LABELS_VI) return;
      // The type words written before a name: the three kinds of city are all "Thành phố" (known; the CLI
      // templates have no administrative-unit type column).
      if (map === domain.ADMIN_UNIT_TYPE_LABELS_VI) return;
      expect(new Set(labels.map(normal)).size).toBe(labels.length);
      // A spreadsheet cell is read as a label or a code: a label must not be another option's code.
      for (const [code, label] of Object.entries(map)) {
        const other = Object.keys(map).find((c) => c !== code && normal(c) === normal(label));
        expect(other, `${label} is also the code ${other}`).toBeUndefined();
      }
    },
  );

  it("uses the official terms", () => {
    expect(Object.values(domain.ENTERPRISE_SECTOR_LABELS_VI)).toEqual([
      "Nông nghiệp, lâm nghiệp và thủy sản",
      "Công nghiệp và xây dựng",
      "Thương mại và dịch vụ",
    ]);
    expect(domain.StateSecretGradeSchema.options.map((g) => domain.STATE_SECRET_GRADE_LABELS_VI[g])).toEqual([
      "Mật",
      "Tối mật",
      "Tuyệt mật",
    ]);
    expect(domain.SEVERITY_LABELS_VI.serious).toBe("Nghiêm trọng");
    expect(domain.SEVERITY_LABELS_VI["very-serious"]).toBe("Rất nghiêm trọng");
    expect(domain.SEVERITY_LABELS_VI["especially-serious"]).toBe("Đặc biệt nghiêm trọng");
    expect(domain.COMMUNE_TYPE_LABELS_VI["special-zone"]).toBe("Đặc khu");
    expect(domain.SECURITY_TEAM_ROLE_LABELS_VI.leader).toBe("Tổ trưởng");
  });

  it("the extracted enum schemas are the ones the records use", () => {
    expect(domain.CommuneUnitSchema.shape.communeType).toBe(domain.CommuneTypeSchema);
    expect(
      domain.StrikeSchema.safeParse({ id: "dc-01", kind: "go-slow", startDate: "2025-04-03", lawful: false })
        .success,
    ).toBe(true);
    expect(domain.ModelEffectivenessLevelSchema.options).toEqual(["effective", "not-effective", "not-rated"]);
  });
});
