/**
 * Golden tests as data files (OpenFisca YAML tests / DMN TCK style): JSON files validated by zod, shipped in
 * the package so a province overlay can re-run the national tests and must declare the cases it changes.
 */
import { z } from "zod";
import type { CompiledRuleSet } from "./compile.js";
import { canonicalJson } from "./internal/canonical.js";
import type { Issue, Result } from "./issue.js";
import { type Outcome, OutcomeSchema } from "./outcome.js";
import type { EvaluationResult } from "./result.js";

/**
 * What a golden case expects: the overall outcome, per-criterion outcomes and codes, criteria that must be
 * absent (not applicable to the kind or not in force).
 *
 * @example
 * GoldenExpectationSchema.parse({ outcome: "chua_dat", criteria: { "tt124.d4.k1": "chua_dat" } });
 */
export const GoldenExpectationSchema = z
  .object({
    outcome: OutcomeSchema.optional(),
    criteria: z.record(z.string(), OutcomeSchema).optional(),
    codes: z.record(z.string(), z.string()).optional(),
    absent: z.array(z.string()).optional(),
    /** Substrings the explanation (summary + reasons) must contain. */
    reasonIncludes: z.array(z.string()).optional(),
  })
  .strict();

/**
 * Zod schema of a golden case.
 *
 * @example
 * GoldenCaseSchema.shape.expect;
 */
export const GoldenCaseSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1).describe("Mô tả tình huống bằng tiếng Việt."),
    basis: z.array(z.string()).optional().describe("Căn cứ, ví dụ “124/2021/TT-BCA#Đ4.k1”."),
    tags: z.array(z.string()).optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    year: z.number().int().optional(),
    readings: z.record(z.string(), z.string().nullable()).optional(),
    input: z.unknown(),
    expect: GoldenExpectationSchema,
  })
  .strict()
  .refine((c) => (c.asOf === undefined) !== (c.year === undefined), {
    message: "Mỗi tình huống cần đúng một trong hai trường asOf hoặc year.",
  });

/**
 * Zod schema of a golden-test file. Published as `@antq/rules/schemas/golden-suite.schema.json`.
 *
 * @example
 * GoldenSuiteSchema.parse(JSON.parse(JSON.stringify(suite)));
 */
export const GoldenSuiteSchema = z
  .object({
    $schema: z.string().optional(),
    suite: z.string().min(1),
    description: z.string().optional(),
    ruleSet: z.string().min(1),
    cases: z.array(GoldenCaseSchema),
  })
  .strict();

/**
 * A golden-test file.
 *
 * @example
 * const suite: GoldenSuite = { suite: "tt124", ruleSet: "an-toan-antt", cases: [] };
 */
export type GoldenSuite = z.infer<typeof GoldenSuiteSchema>;

/**
 * One golden case.
 *
 * @example
 * const c: GoldenCase = suite.cases[0];
 */
export type GoldenCase = z.infer<typeof GoldenCaseSchema>;

/**
 * Parses a golden-test file; issues carry the zod path and a Vietnamese message (code `INVALID_GOLDEN_FILE`).
 *
 * @example
 * const parsed = parseGoldenSuite(JSON.parse(JSON.stringify(suite)));
 * if (!parsed.ok) console.error(parsed.issues);
 */
export function parseGoldenSuite(data: unknown): Result<GoldenSuite> {
  const r = GoldenSuiteSchema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map(
      (i): Issue => ({
        code: "INVALID_GOLDEN_FILE",
        message: `Tệp kiểm thử mẫu không hợp lệ tại ${i.path.join(".") || "(gốc)"}: ${i.message}`,
        path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
      }),
    ),
  };
}

/**
 * What a golden case of a rule set expects (see {@link GoldenExpectationSchema}).
 *
 * @example
 * const e: GoldenExpectation = { outcome: "dat", absent: ["tt124.d4.k3"] };
 */
export type GoldenExpectation = z.infer<typeof GoldenExpectationSchema>;

/**
 * A declared change to a golden case, made by an overlay (or a province configuration): the new expectation
 * and why. `E` is the expectation type of the suite (default: a rule-set expectation).
 *
 * @example
 * const change: GoldenChange = { expect: { outcome: "chua_dat" }, reason: "Tỉnh bổ sung tiêu chí …" };
 */
export interface GoldenChange<E = GoldenExpectation> {
  readonly expect: E;
  readonly reason: string;
}

/**
 * A mismatch found by {@link runGoldenSuite}.
 *
 * @example
 * const f: GoldenFailure = { caseId: "T6", what: "outcome", expected: "chua_dat", actual: "dat" };
 */
export interface GoldenFailure {
  readonly caseId: string;
  readonly what: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * The report of a golden run.
 *
 * @example
 * const report: GoldenReport = runGoldenSuite(suite, { compile: (at) => compile(set, at) });
 * report.failures.length; //=> 0
 */
export interface GoldenReport {
  readonly passed: number;
  readonly failures: readonly GoldenFailure[];
  /** Cases whose expectation was replaced by a declared change. */
  readonly changed: readonly string[];
  /** Declared changes that refer to no case (code `UNKNOWN_CHANGE`). */
  readonly unknownChanges: readonly string[];
}

/**
 * Options of {@link runGoldenSuite}.
 *
 * @example
 * const opts: GoldenRunOptions<Unit> = { compile: (at) => compile(ruleSet, at) };
 */
export interface GoldenRunOptions<I> {
  /** Compiles the rule set for a case's date or year (cache it per date for speed). */
  readonly compile: (at: { asOf: string } | { year: number }) => CompiledRuleSet<I>;
  /** Converts the JSON `input` into the rule set's input type (e.g. a domain zod parse). */
  readonly parseInput?: (input: unknown, testCase: GoldenCase) => I;
  /** Declared changes by case id (overlays re-running national suites). */
  readonly changes?: Readonly<Record<string, GoldenChange>>;
}

/**
 * One difference between what a golden case expects and what was computed (a {@link GoldenFailure} without
 * the case id, which the runner adds).
 *
 * @example
 * const m: GoldenMismatch = { what: "level", expected: "kha", actual: "xuat_sac" };
 */
export interface GoldenMismatch {
  readonly what: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * Options of {@link runGoldenCases}: how to name a case, read its expectation and check it; declared changes
 * as in {@link runGoldenSuite}.
 *
 * @example
 * const opts: GoldenCaseRunOptions<CapCase, CapCase["expect"]> = {
 *   idOf: (c) => c.name,
 *   expectationOf: (c) => c.expect,
 *   check: (c, expected) => compareExpected(expected, capOf(c)),
 * };
 */
export interface GoldenCaseRunOptions<C, E> {
  /** The case id used in reports and for declared changes (default: the case's `id` field). */
  readonly idOf?: (testCase: C) => string;
  /** The expectation written in the case. */
  readonly expectationOf: (testCase: C) => E;
  /** Runs the case and compares with `expected` (the case's own or a declared change); empty = passed. */
  readonly check: (testCase: C, expected: E) => readonly GoldenMismatch[];
  /** Declared changes by case id: they replace the expectation and are listed in `changed`. */
  readonly changes?: Readonly<Record<string, GoldenChange<E>>>;
}

/**
 * Runs golden cases of any shape with a custom evaluator and comparison, with the declared-changes mechanism
 * of {@link runGoldenSuite} (which is built on it): a declared change replaces a case's expectation and is
 * listed in `changed`; a change naming no case is listed in `unknownChanges`; an exception is a failure
 * (`what: "exception"`).
 *
 * @example
 * const report = runGoldenCases(suite.cases, {
 *   idOf: (c) => c.name,
 *   expectationOf: (c) => c.expect,
 *   check: (c, expected) => compareExpected(expected, classify(c)),
 * });
 * report.failures; //=> []
 */
export function runGoldenCases<C, E>(cases: readonly C[], options: GoldenCaseRunOptions<C, E>): GoldenReport {
  const idOf = options.idOf ?? ((c: C) => String((c as { readonly id?: unknown }).id));
  const failures: GoldenFailure[] = [];
  const changed: string[] = [];
  const ids = new Set<string>();
  let passed = 0;
  for (const c of cases) {
    const caseId = idOf(c);
    ids.add(caseId);
    const change = options.changes?.[caseId];
    if (change) changed.push(caseId);
    let mismatches: readonly GoldenMismatch[];
    try {
      mismatches = options.check(c, change ? change.expect : options.expectationOf(c));
    } catch (e) {
      mismatches = [{ what: "exception", expected: "không lỗi", actual: String(e) }];
    }
    for (const m of mismatches) failures.push({ caseId, ...m });
    if (mismatches.length === 0) passed++;
  }
  const unknownChanges = Object.keys(options.changes ?? {}).filter((id) => !ids.has(id));
  return { passed, failures, changed, unknownChanges };
}

/**
 * Compares an expectation with a computed value field by field: every key of `expected` must be deeply equal
 * (canonical JSON, key order ignored; a missing value equals `null`) to the same key of `actual`; keys
 * absent from `expected` are not checked. Mismatches are named by key (prefixed with `prefix.` when given).
 *
 * @example
 * compareExpected({ total: 900, level: "xuat_sac" }, { total: 899, level: "kha", status: "final" });
 * //=> [{ what: "total", expected: 900, actual: 899 }, { what: "level", expected: "xuat_sac", actual: "kha" }]
 */
export function compareExpected(
  expected: Readonly<Record<string, unknown>>,
  actual: Readonly<Record<string, unknown>>,
  prefix?: string,
): GoldenMismatch[] {
  const out: GoldenMismatch[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (want === undefined) continue;
    const got = actual[key];
    if (canonicalJson(want) !== canonicalJson(got ?? null)) {
      out.push({ what: prefix === undefined ? key : `${prefix}.${key}`, expected: want, actual: got });
    }
  }
  return out;
}

function check(expect: GoldenExpectation, r: EvaluationResult): GoldenMismatch[] {
  const failures: GoldenMismatch[] = [];
  const fail = (what: string, expected: unknown, actual: unknown) =>
    failures.push({ what, expected, actual });
  if (expect.outcome !== undefined && r.outcome !== expect.outcome)
    fail("outcome", expect.outcome, r.outcome);
  const byId = new Map(r.criteria.map((x) => [x.id, x] as const));
  for (const [id, o] of Object.entries(expect.criteria ?? {})) {
    const got: Outcome | undefined = byId.get(id)?.outcome;
    if (got !== o) fail(`criteria.${id}`, o, got ?? "(không có)");
  }
  for (const [id, code] of Object.entries(expect.codes ?? {})) {
    const got = byId.get(id)?.code;
    if (got !== code) fail(`codes.${id}`, code, got ?? "(không có)");
  }
  for (const id of expect.absent ?? [])
    if (byId.has(id)) fail(`absent.${id}`, "(không có)", byId.get(id)?.outcome);
  if (expect.reasonIncludes) {
    const text = [r.summary ?? "", ...r.criteria.map((x) => x.reason ?? "")].join("\n");
    for (const s of expect.reasonIncludes) if (!text.includes(s)) fail("reasonIncludes", s, "(không thấy)");
  }
  return failures;
}

/**
 * Runs a golden suite: evaluates each case with explanations on and compares. Declared `changes` replace a
 * case's expectation (and are listed in `changed`); undeclared differences are failures.
 *
 * @example
 * const report = runGoldenSuite(suite, { compile: (at) => compile(ruleSet, at), parseInput: (json) => json as Unit });
 * report.failures; //=> []
 */
export function runGoldenSuite<I>(suite: GoldenSuite, options: GoldenRunOptions<I>): GoldenReport {
  return runGoldenCases<GoldenCase, GoldenExpectation>(suite.cases, {
    idOf: (c) => c.id,
    expectationOf: (c) => c.expect,
    ...(options.changes ? { changes: options.changes } : {}),
    check: (c, expected) => {
      const compiled = options.compile(c.asOf !== undefined ? { asOf: c.asOf } : { year: c.year as number });
      const input = options.parseInput ? options.parseInput(c.input, c) : (c.input as I);
      const r = compiled.evaluate(input, { explain: true, ...(c.readings ? { readings: c.readings } : {}) });
      return check(expected, r);
    },
  });
}
