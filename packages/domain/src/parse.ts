import type { Result } from "@antq/format-vi";
import type * as z from "zod";
import { type DomainIssue, translateZodIssues } from "./issues-vi.js";

/**
 * Result of a domain parse: antq's one {@link Result} shape (`@antq/format-vi`) with {@link DomainIssue}s —
 * the typed value, or the list of problems (never an exception for bad data). Use `unwrap` (re-exported
 * from `@antq/format-vi`) where bad data is a programmer error.
 *
 * @example
 * ```ts
 * const r: DomainResult<number> = { ok: false, issues: [] };
 * if (r.ok) console.log(r.value);
 * ```
 */
export type DomainResult<T> = Result<T, DomainIssue>;

/**
 * Parses `input` with any schema (including your own extensions of the domain schemas) and returns a
 * {@link DomainResult} with Vietnamese issues.
 *
 * @example
 * ```ts
 * const MyFacts = AnnualFactsSchema.extend({ extraDrugHotspots: z.int().nonnegative() });
 * const r = parseWith(MyFacts, { unitId: "kdc-ap-long-hoa", year: 2024, extraDrugHotspots: -1 });
 * r.ok || r.issues.map((i) => i.pathText); //=> ["extraDrugHotspots"]
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): DomainResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: translateZodIssues(result.error.issues, schema, input) };
}

/**
 * Makes a parse function for a schema, e.g. `const parseMyUnit = parser(MyUnitSchema)`.
 *
 * @example
 * ```ts
 * const parseDate = parser(CalendarDateSchema);
 * parseDate("2025-07-01"); // { ok: true, value: "2025-07-01" }
 * ```
 */
export function parser<S extends z.ZodType>(schema: S): (input: unknown) => DomainResult<z.output<S>> {
  return (input) => parseWith(schema, input);
}
