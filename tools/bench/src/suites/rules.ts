/**
 * @antq/rules against the baselines of issue 5 (same run, same inputs), on ≥ 300 000 units of a seeded
 * province from @antq/datagen, evaluation year 2024, Thông tư 124/2021/TT-BCA:
 * - explanations off vs json-rules-engine 7.3.1 running the same criteria (target ≥ 30×);
 * - explanations off vs @gorules/zen-engine 0.52.1 decision tables for the same criteria (target ≥ 10×);
 * - explanations off vs a hand-written TypeScript function for the same criteria (target: within 2×);
 * - explanations on: ≥ 200 000 units/s.
 *
 * Fairness (every choice below favours the baselines):
 * - json-rules-engine and ZEN receive flat numeric per-unit "features" (window filtering, Quý I checks and the
 *   enterprise size test done in JavaScript, outside their timed runs): they only run the decision logic.
 *   json-rules-engine has no arithmetic; ZEN tables have no date windows.
 * - Both are asynchronous while the harness times synchronous calls, so they run in a worker thread and the
 *   timed call blocks on `Atomics.wait` until the worker has processed the whole batch (json-rules-engine
 *   sequentially, ZEN with `Promise.all` in chunks of 1 000: the faster settings of rules-engines.md §4.2).
 *   One engine (one ZEN decision) per unit kind, so a unit only meets the rules of its kind.
 * - The per-criterion logic is first-match per criterion (a decision table with hit policy "first" per
 *   criterion, collected across criteria); a criterion with no matching row is "đạt".
 * - Outputs (overall outcome + every criterion that is not "đạt", with its outcome) are cross-checked
 *   identical on 10 000 random units for every engine before timing.
 *
 * Data: @antq/datagen units with their facts (empty lists for "none occurred", TT 124 attestation keys), so the
 * workload exercises the đạt / chưa đạt / cần xem xét paths as real data would. Facts objects are rebuilt with
 * their keys in schema order (one shape for all, as a parser produces); this helps every engine alike.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { generateUnits } from "@antq/datagen";
import {
  type AnnualFacts,
  type AssessedUnitKind,
  type DisciplineForm,
  enterpriseSizeClass,
  type PersonRole,
  taskRatingRank,
} from "@antq/domain";
import { type CompiledRuleSet, compile, type EvaluationResult, type Outcome } from "@antq/rules";
import {
  type CoveredUnitStatus,
  communeKeyOf,
  coveredUnitStatus,
  coveringCommuneOf,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import type { BenchSuite } from "../harness.js";

/** Batch size; `ANTQ_BENCH_RULES_UNITS` may raise it (never below 300 000 for the published figures). */
const UNITS = Number(process.env.ANTQ_BENCH_RULES_UNITS ?? 300_000);
const CHECK = 10_000;
const YEAR = 2024;

// ---------------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------------

/** Every AnnualFacts key in schema order, so that all facts objects share one shape (as a parser would give). */
const FACT_KEYS = [
  "unitId",
  "year",
  "managingLevel",
  "asOf",
  "quarterOne",
  "internalRules",
  "peopleInformed",
  "households",
  "coveredUnits",
  "crimes",
  "violationCounts",
  "previousYearCounts",
  "securityEvents",
  "newSocialEvilPersons",
  "newHotspots",
  "accidents",
  "strikes",
  "stateSecretViolations",
  "schoolViolence",
  "administrativeSanctions",
  "disciplinaryActions",
  "securityForce",
  "subUnits",
  "models",
  "attestations",
  "extensions",
] as const;

function inSchemaOrder(input: SecurityOrderInput): SecurityOrderInput {
  const source = input.facts as Record<string, unknown>;
  const facts: Record<string, unknown> = {};
  for (const key of FACT_KEYS) if (source[key] !== undefined) facts[key] = source[key];
  return { unit: input.unit, facts: facts as AnnualFacts };
}

/** ≥ UNITS normalised units; communes carry the statuses of their units (TT 124 Điều 5 khoản 4). */
function buildInputs(compiled: CompiledRuleSet<SecurityOrderInput>): SecurityOrderInput[] {
  const inputs: SecurityOrderInput[] = [];
  for (const record of generateUnits({ seed: 2025, year: YEAR, communes: 40_000 })) {
    inputs.push(inSchemaOrder(record as SecurityOrderInput));
    if (inputs.length >= UNITS && record.unit.kind === "commune") break;
  }
  const byCommune = new Map<string, CoveredUnitStatus[]>();
  for (const input of inputs) {
    if (input.unit.kind === "commune") continue;
    const key = coveringCommuneOf(input.unit);
    if (key === undefined) continue;
    let list = byCommune.get(key);
    if (!list) {
      list = [];
      byCommune.set(key, list);
    }
    list.push(coveredUnitStatus(input, compiled.evaluate(input)));
  }
  return inputs.map((input) => {
    if (input.unit.kind !== "commune") return input;
    const key = communeKeyOf(input.unit);
    return { ...input, coveredUnits: (key === undefined ? undefined : byCommune.get(key)) ?? [] };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers for the baselines (windows of evaluation year 2024, Điều 8 khoản 2)
// ---------------------------------------------------------------------------------------------------------

const WIN_KDC = ["2023-11-01", "2024-10-31"] as const;
const WIN_OTHER = ["2023-11-16", "2024-11-15"] as const;
const Q1 = ["2024-01-01", "2024-03-31"] as const;
const winOf = (kind: AssessedUnitKind) => (kind === "residential-area" ? WIN_KDC : WIN_OTHER);
const inWin = (d: string, w: readonly [string, string]) => w[0] <= d && d <= w[1];
const inQ1 = (d: string | undefined) => d !== undefined && Q1[0] <= d && d <= Q1[1];
const WARNING_OR_MORE: ReadonlySet<DisciplineForm> = new Set<DisciplineForm>([
  "warning",
  "salary-step-reduction",
  "demotion",
  "removal-from-post",
  "forced-dismissal",
  "study-suspension",
  "expulsion",
  "other-higher-form",
]);
const STAFF: ReadonlySet<PersonRole> = new Set<PersonRole>(["staff", "teacher", "security-force-member"]);
const SCHOOL: ReadonlySet<PersonRole> = new Set<PersonRole>([
  "staff",
  "teacher",
  "learner",
  "security-force-member",
]);
const EXCLUDED_LEVELS = new Set(["creche", "kindergarten", "preschool", "primary"]);
const TOPICS_ORG = [
  "unit-protection",
  "state-secrets",
  "internal-political-protection",
  "labour-safety",
  "fire-prevention",
  "environment",
] as const;
const TOPICS_SCHOOL = [
  "unit-protection",
  "internal-political-protection",
  "learner-management",
  "fire-prevention",
] as const;

const attest = (f: AnnualFacts, key: string): number => {
  for (const a of f.attestations ?? []) if (a.criterion === key) return a.value ? 1 : 0;
  return -1;
};

/** Scope code: 0 in scope, 1 không áp dụng, 2 cần xem xét (Điều 1 khoản 2, Điều 2, NĐ 80/2021 Điều 5). */
function scopeCode(i: SecurityOrderInput): number {
  const u = i.unit;
  switch (u.kind) {
    case "residential-area":
    case "commune":
      return 0;
    case "agency":
      return u.armedForces ? 1 : u.stateBudgetFunded ? 0 : 2;
    case "enterprise": {
      if (u.armedForces) return 1;
      const r = enterpriseSizeClass(u);
      if (!r.determined) return 2;
      return r.sizeClass === "micro" || r.sizeClass === "small" ? 1 : 0;
    }
    case "education": {
      if (u.armedForces) return 1;
      let excluded = 0;
      for (const l of u.levels) if (EXCLUDED_LEVELS.has(l)) excluded++;
      return excluded === 0 ? 0 : excluded === u.levels.length ? 1 : 2;
    }
    default:
      return u.armedForces ? 1 : 2;
  }
}

/** 0 "đạt" path / 1 "không giảm" / 2 "tăng" for the four readings of Điều 4 khoản 4 điểm a. */
function cmp(a: number, b: number, strict: boolean): number {
  if (strict) return a === 0 || a < b ? 0 : a > b ? 2 : 1;
  return a <= b ? 0 : 2;
}
function cmpCat(f: AnnualFacts, strict: boolean): number {
  const n = f.violationCounts as NonNullable<AnnualFacts["violationCounts"]>;
  const p = f.previousYearCounts as NonNullable<AnnualFacts["previousYearCounts"]>;
  const r = [
    cmp(n.crimes, p.crimes, strict),
    cmp(n.socialEvilCases, p.socialEvilCases, strict),
    cmp(n.otherViolationCases, p.otherViolationCases, strict),
  ];
  return r.includes(2) ? 2 : r.some((x) => x !== 0) ? 1 : 0;
}
function cmpTotal(f: AnnualFacts, strict: boolean): number {
  const n = f.violationCounts as NonNullable<AnnualFacts["violationCounts"]>;
  const p = f.previousYearCounts as NonNullable<AnnualFacts["previousYearCounts"]>;
  return cmp(
    n.crimes + n.socialEvilCases + n.otherViolationCases,
    p.crimes + p.socialEvilCases + p.otherViolationCases,
    strict,
  );
}

/** Serious crimes in the window: [failing (a false flag), unknown class or flag]. */
function seriousCrimeCounts(f: AnnualFacts, w: readonly [string, string]): [number, number] {
  let fail = 0;
  let unknown = 0;
  for (const c of f.crimes ?? []) {
    if (c.forceMajeure || !inWin(c.date, w)) continue;
    if (c.crimeClass === undefined) {
      unknown++;
      continue;
    }
    if (c.crimeClass === "less-serious") continue;
    if (c.promptlyDetected === false || c.consequencesMitigated === false || c.reportedImmediately === false)
      fail++;
    else if (
      c.promptlyDetected === undefined ||
      c.consequencesMitigated === undefined ||
      c.reportedImmediately === undefined
    )
      unknown++;
  }
  return [fail, unknown];
}

function accidentCount(f: AnnualFacts, w: readonly [string, string], env: boolean): number {
  let n = 0;
  for (const a of f.accidents ?? []) {
    if (a.forceMajeure || !inWin(a.date, w)) continue;
    const serious = a.severity !== "not-serious";
    if (a.kind === "fire" || a.kind === "explosion" || a.kind === "other-incident") n += serious ? 1 : 0;
    else if (a.kind === "labour-accident") n += a.deaths > 0 ? 1 : 0;
    else if (env && (a.kind === "environmental-violation" || a.kind === "food-safety-violation"))
      n += serious ? 1 : 0;
  }
  return n;
}

const goodRating = (x: { rating?: string | undefined; emulationTitle?: string | undefined }) =>
  x.emulationTitle === "advanced-labour-collective" ||
  x.emulationTitle === "excellent-labour-collective" ||
  (x.rating !== undefined && taskRatingRank(x.rating as "good") >= 3);

// ---------------------------------------------------------------------------------------------------------
// Hand-written TypeScript function: same criteria, direct code, same output as the engine (explanations off)
// ---------------------------------------------------------------------------------------------------------

interface HandResult {
  readonly outcome: Outcome;
  readonly criteria: { id: string; outcome: Outcome }[];
}

const D = "dat" as const;
const F = "chua_dat" as const;
const R = "can_xem_xet" as const;
const NA = "khong_ap_dung" as const;

function d4Group(
  i: SecurityOrderInput,
  p: string,
  attKey: string,
  out: { id: string; outcome: Outcome }[],
): void {
  const f = i.facts;
  const w = winOf(i.unit.kind);
  const a2 = attest(f, attKey);
  out.push({ id: `${p}.k2`, outcome: a2 === -1 ? R : a2 === 1 ? D : F });
  let ev: Outcome = D;
  if (f.securityEvents === undefined) ev = R;
  else for (const e of f.securityEvents) if (inWin(e.date, w)) ev = F;
  out.push({ id: `${p}.k3`, outcome: ev });
  let a: Outcome;
  if (f.violationCounts === undefined || f.previousYearCounts === undefined) a = R;
  else {
    const r = [cmpTotal(f, true), cmpTotal(f, false), cmpCat(f, true), cmpCat(f, false)];
    a = r.every((x) => x === r[0]) ? (r[0] === 0 ? D : F) : R;
  }
  out.push({ id: `${p}.k4.a`, outcome: a });
  if (f.crimes === undefined) out.push({ id: `${p}.k4.b`, outcome: R });
  else {
    const [fail, unknown] = seriousCrimeCounts(f, w);
    out.push({ id: `${p}.k4.b`, outcome: fail > 0 ? F : unknown > 0 ? R : D });
  }
  let c: Outcome = D;
  if (f.newHotspots === undefined || f.newSocialEvilPersons === undefined) c = R;
  else {
    for (const h of f.newHotspots) if (inWin(h.identifiedOn, w)) c = F;
    for (const s of f.newSocialEvilPersons) if (inWin(s.identifiedOn, w)) c = F;
    if (c === D && attest(f, "TT124/Đ4/k4/c") === 0) c = F;
  }
  out.push({ id: `${p}.k4.c`, outcome: c });
  out.push({
    id: `${p}.k4.d`,
    outcome: f.accidents === undefined ? R : accidentCount(f, w, false) > 0 ? F : D,
  });
}

function plan(f: AnnualFacts, hasParty: boolean | undefined, topics: readonly string[]): Outcome {
  const q = f.quarterOne;
  if (
    q === undefined ||
    f.internalRules === undefined ||
    f.peopleInformed === undefined ||
    f.models === undefined
  )
    return R;
  if (!inQ1(q.partyResolution?.date)) {
    if (hasParty === true) return F;
    if (hasParty === undefined) return R;
  }
  if (!inQ1(q.securityPlan?.date) || !inQ1(q.registration?.date)) return F;
  for (const t of topics) if (!f.internalRules.topics.includes(t as never)) return F;
  if (f.peopleInformed.part < f.peopleInformed.total) return F;
  return f.models.some((m) => m.effectiveness === "effective") ? D : F;
}

function force(f: AnnualFacts, w: readonly [string, string], optional: boolean): Outcome {
  const sf = f.securityForce;
  const d = f.disciplinaryActions;
  if (sf === undefined || d === undefined) return R;
  if (!sf.exists) return optional ? NA : R;
  for (const x of d)
    if (x.personRole === "security-force-member" && WARNING_OR_MORE.has(x.form) && inWin(x.date, w)) return F;
  if (sf.eligibleForEmulation === false) return D;
  if (sf.rating === undefined && sf.emulationTitle === undefined) return R;
  return goodRating(sf) ? D : F;
}

function subUnits(f: AnnualFacts, w: readonly [string, string], roles: ReadonlySet<PersonRole>): Outcome {
  if (f.subUnits === undefined || f.disciplinaryActions === undefined) return R;
  for (const x of f.disciplinaryActions)
    if (roles.has(x.personRole) && WARNING_OR_MORE.has(x.form) && inWin(x.date, w)) return F;
  let eligible = 0;
  let good = 0;
  for (const s of f.subUnits) {
    if (s.eligibleForEmulation === false) continue;
    eligible++;
    if (goodRating(s)) good++;
  }
  if (eligible === 0) return NA;
  return good * 100 >= 70 * eligible ? D : F;
}

function points(i: SecurityOrderInput, art: 6 | 7, out: { id: string; outcome: Outcome }[]): void {
  const f = i.facts;
  const w = winOf(i.unit.kind);
  const p = `tt124.d${art}.k3`;
  const ev = (kind: string): Outcome => {
    if (f.securityEvents === undefined) return R;
    for (const e of f.securityEvents) if (e.kind === kind && inWin(e.date, w)) return F;
    return D;
  };
  out.push({ id: `${p}.a`, outcome: ev("illegal-religion-propagation") });
  out.push({ id: `${p}.b`, outcome: ev("exploitation-of-religion-ethnicity-complaints") });
  out.push({ id: `${p}.c`, outcome: ev("incited-mass-complaints") });
  if (art === 6) {
    let s: Outcome = f.strikes === undefined ? R : D;
    for (const x of f.strikes ?? []) if (!x.lawful && inWin(x.startDate, w)) s = F;
    out.push({ id: `${p}.d`, outcome: s });
  }
  if (f.crimes === undefined) out.push({ id: `${p}.dd`, outcome: R });
  else {
    const [fail, unknown] = seriousCrimeCounts(f, w);
    out.push({ id: `${p}.dd`, outcome: fail > 0 ? F : unknown > 0 ? R : D });
  }
  let e: Outcome = f.stateSecretViolations === undefined ? R : D;
  for (const x of f.stateSecretViolations ?? []) if (inWin(x.date, w)) e = F;
  out.push({ id: `${p}.e`, outcome: e });
  out.push({ id: `${p}.g`, outcome: f.accidents === undefined ? R : accidentCount(f, w, true) > 0 ? F : D });
  if (art === 6) {
    let h: Outcome = D;
    if (f.administrativeSanctions === undefined || f.disciplinaryActions === undefined) h = R;
    else {
      for (const x of f.disciplinaryActions) {
        if (
          STAFF.has(x.personRole) &&
          WARNING_OR_MORE.has(x.form) &&
          inWin(x.date, w) &&
          x.reason === "social-evil"
        )
          h = F;
      }
      for (const x of f.administrativeSanctions)
        if (x.securityOrderField && STAFF.has(x.personRole) && inWin(x.date, w)) h = F;
    }
    out.push({ id: `${p}.h`, outcome: h });
  }
}

/** The hand-written baseline. */
export function handWritten(i: SecurityOrderInput): HandResult {
  const u = i.unit;
  const f = i.facts;
  const out: { id: string; outcome: Outcome }[] = [];
  const finish = (): HandResult => {
    let fail = false;
    let review = false;
    for (let k = 2; k < out.length; k++) {
      const o = (out[k] as { outcome: Outcome }).outcome;
      if (o === F) fail = true;
      else if (o === R) review = true;
    }
    return { outcome: fail ? F : review ? R : D, criteria: out };
  };
  if (f.unitId !== u.id || f.year !== YEAR) {
    out.push({ id: "antt.du_lieu", outcome: R });
    return { outcome: R, criteria: out };
  }
  out.push({ id: "antt.du_lieu", outcome: D });
  const scope = scopeCode(i);
  out.push({ id: "tt124.d1.k2", outcome: scope === 0 ? D : scope === 1 ? NA : R });
  if (scope !== 0) return { outcome: scope === 1 ? NA : R, criteria: out };
  const w = winOf(u.kind);
  switch (u.kind) {
    case "residential-area": {
      const q = f.quarterOne;
      const h = f.households;
      out.push({
        id: "tt124.d4.k1",
        outcome:
          q === undefined || h === undefined
            ? R
            : inQ1(q.partyResolution?.date) && inQ1(q.registration?.date) && h.registered >= h.resident
              ? D
              : F,
      });
      d4Group(i, "tt124.d4", "TT124/Đ4/k2", out);
      const sf = f.securityForce;
      let k5: Outcome;
      if (sf === undefined || f.disciplinaryActions === undefined) k5 = R;
      else if (f.disciplinaryActions.some((x) => x.personRole === "security-team-member" && inWin(x.date, w)))
        k5 = F;
      else if (!sf.exists || sf.rating === undefined) k5 = R;
      else k5 = taskRatingRank(sf.rating) >= 2 ? D : F;
      out.push({ id: "tt124.d4.k5", outcome: k5 });
      return finish();
    }
    case "commune": {
      const q = f.quarterOne;
      const m = f.models;
      out.push({
        id: "tt124.d5.k1",
        outcome:
          q === undefined || m === undefined
            ? R
            : inQ1(q.partyResolution?.date) &&
                inQ1(q.securityPlan?.date) &&
                inQ1(q.registration?.date) &&
                m.some((x) => x.effectiveness === "effective")
              ? D
              : F,
      });
      d4Group(i, "tt124.d5.k2.d4", "TT124/Đ5/k2", out);
      let k3: Outcome;
      if (f.disciplinaryActions === undefined) k3 = R;
      else if (
        f.disciplinaryActions.some((x) => x.personRole === "commune-police-officer" && inWin(x.date, w))
      )
        k3 = F;
      else {
        const a = attest(f, "TT124/Đ5/k3");
        k3 = a === -1 ? R : a === 1 ? D : F;
      }
      out.push({ id: "tt124.d5.k3", outcome: k3 });
      let total = 0;
      let registered = 0;
      let recognised = 0;
      let review = 0;
      for (const s of i.coveredUnits ?? []) {
        if (s.outcome === NA) continue;
        total++;
        if (s.registered) registered++;
        if (s.outcome === D) recognised++;
        else if (s.outcome === R) review++;
      }
      out.push({
        id: "tt124.d5.k4",
        outcome:
          total === 0
            ? R
            : registered < total
              ? F
              : recognised * 100 >= 70 * total
                ? D
                : (recognised + review) * 100 < 70 * total
                  ? F
                  : R,
      });
      return finish();
    }
    case "agency":
    case "enterprise": {
      out.push({ id: "tt124.d6.k1", outcome: plan(f, u.hasPartyOrganisation, TOPICS_ORG) });
      const a = attest(f, "TT124/Đ6/k2");
      out.push({ id: "tt124.d6.k2", outcome: a === -1 ? R : a === 1 ? D : F });
      points(i, 6, out);
      out.push({ id: "tt124.d6.k4", outcome: force(f, w, false) });
      out.push({ id: "tt124.d6.k5", outcome: subUnits(f, w, STAFF) });
      return finish();
    }
    case "education": {
      out.push({ id: "tt124.d7.k1", outcome: plan(f, u.hasPartyOrganisation, TOPICS_SCHOOL) });
      const a = attest(f, "TT124/Đ7/k2");
      let k2: Outcome = a === -1 ? R : a === 1 ? D : F;
      if (k2 === D && (u.levels.includes("lower-secondary") || u.levels.includes("upper-secondary"))) {
        const c = attest(f, "TT124/Đ7/k2/cmhs");
        k2 = c === -1 ? R : c === 1 ? D : F;
      }
      out.push({ id: "tt124.d7.k2", outcome: k2 });
      points(i, 7, out);
      let k4: Outcome = D;
      if (f.schoolViolence === undefined || f.crimes === undefined || f.disciplinaryActions === undefined)
        k4 = R;
      else if (f.schoolViolence.some((x) => inWin(x.date, w))) k4 = F;
      else if (
        f.disciplinaryActions.some(
          (x) =>
            SCHOOL.has(x.personRole) &&
            WARNING_OR_MORE.has(x.form) &&
            x.reason !== "other" &&
            inWin(x.date, w),
        )
      )
        k4 = F;
      else if (
        f.crimes.some((c) => inWin(c.date, w) && (c.perpetrators ?? []).some((p) => SCHOOL.has(p.role)))
      )
        k4 = R;
      out.push({ id: "tt124.d7.k4", outcome: k4 });
      out.push({ id: "tt124.d7.k5", outcome: force(f, w, true) });
      out.push({ id: "tt124.d7.k6", outcome: subUnits(f, w, SCHOOL) });
      return finish();
    }
    default:
      return finish();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Features and decision rows for json-rules-engine and ZEN
// ---------------------------------------------------------------------------------------------------------

type Features = Record<string, number>;
const KIND_CODE: Readonly<Record<AssessedUnitKind, number>> = {
  "residential-area": 0,
  commune: 1,
  agency: 2,
  enterprise: 3,
  education: 4,
  "other-organisation": 5,
};

function countIn<T>(list: readonly T[] | undefined, pred: (t: T) => boolean): number {
  if (list === undefined) return -1;
  let n = 0;
  for (const x of list) if (pred(x)) n++;
  return n;
}

/** Flat numeric facts (-1 = list not reported) from which the decision rows decide. */
export function features(i: SecurityOrderInput): Features {
  const u = i.unit;
  const f = i.facts;
  const w = winOf(u.kind);
  const x: Features = { dataOk: f.unitId === u.id && f.year === YEAR ? 1 : 0, scope: scopeCode(i) };
  const d4 = (attKey: string) => {
    x.att2 = attest(f, attKey);
    x.ev = countIn(f.securityEvents, (e) => inWin(e.date, w));
    const counts = f.violationCounts !== undefined && f.previousYearCounts !== undefined;
    x.aPresent = counts ? 1 : 0;
    x.aST = counts ? cmpTotal(f, true) : 0;
    x.aLT = counts ? cmpTotal(f, false) : 0;
    x.aSC = counts ? cmpCat(f, true) : 0;
    x.aLC = counts ? cmpCat(f, false) : 0;
    const [fail, unknown] = seriousCrimeCounts(f, w);
    x.bPresent = f.crimes === undefined ? 0 : 1;
    x.bFail = fail;
    x.bUnknown = unknown;
    x.cPresent = f.newHotspots !== undefined && f.newSocialEvilPersons !== undefined ? 1 : 0;
    x.cNew =
      countIn(f.newHotspots, (h) => inWin(h.identifiedOn, w)) +
      countIn(f.newSocialEvilPersons, (p) => inWin(p.identifiedOn, w));
    x.cAtt = attest(f, "TT124/Đ4/k4/c");
    x.dPresent = f.accidents === undefined ? 0 : 1;
    x.dDisq = accidentCount(f, w, false);
  };
  const q = f.quarterOne;
  switch (u.kind) {
    case "residential-area": {
      x.k1Present = q !== undefined && f.households !== undefined ? 1 : 0;
      x.k1Ok =
        inQ1(q?.partyResolution?.date) &&
        inQ1(q?.registration?.date) &&
        (f.households?.registered ?? 0) >= (f.households?.resident ?? 1)
          ? 1
          : 0;
      d4("TT124/Đ4/k2");
      x.k5Present = f.securityForce !== undefined && f.disciplinaryActions !== undefined ? 1 : 0;
      x.k5Disc = countIn(
        f.disciplinaryActions,
        (d) => d.personRole === "security-team-member" && inWin(d.date, w),
      );
      x.k5Exists = f.securityForce?.exists ? 1 : 0;
      x.k5Rank = f.securityForce?.rating === undefined ? 0 : taskRatingRank(f.securityForce.rating);
      break;
    }
    case "commune": {
      x.c1Present = q !== undefined && f.models !== undefined ? 1 : 0;
      x.c1Ok =
        inQ1(q?.partyResolution?.date) && inQ1(q?.securityPlan?.date) && inQ1(q?.registration?.date) ? 1 : 0;
      x.c1Models = countIn(f.models, (m) => m.effectiveness === "effective");
      d4("TT124/Đ5/k2");
      x.c3Present = f.disciplinaryActions === undefined ? 0 : 1;
      x.c3Disc = countIn(
        f.disciplinaryActions,
        (d) => d.personRole === "commune-police-officer" && inWin(d.date, w),
      );
      x.c3Att = attest(f, "TT124/Đ5/k3");
      let total = 0;
      let registered = 0;
      let recognised = 0;
      let review = 0;
      for (const s of i.coveredUnits ?? []) {
        if (s.outcome === NA) continue;
        total++;
        if (s.registered) registered++;
        if (s.outcome === D) recognised++;
        else if (s.outcome === R) review++;
      }
      x.c4Total = total;
      x.c4Unregistered = total - registered;
      x.c4Min = recognised * 100 - 70 * total;
      x.c4Max = (recognised + review) * 100 - 70 * total;
      break;
    }
    case "agency":
    case "enterprise":
    case "education": {
      const school = u.kind === "education";
      const topics = school ? TOPICS_SCHOOL : TOPICS_ORG;
      x.pPresent =
        q !== undefined &&
        f.internalRules !== undefined &&
        f.peopleInformed !== undefined &&
        f.models !== undefined
          ? 1
          : 0;
      const res = inQ1(q?.partyResolution?.date);
      x.pPartyMissing = !res && u.hasPartyOrganisation === true ? 1 : 0;
      x.pPartyUnknown = !res && u.hasPartyOrganisation === undefined ? 1 : 0;
      x.pRest =
        inQ1(q?.securityPlan?.date) &&
        inQ1(q?.registration?.date) &&
        topics.every((t) => f.internalRules?.topics.includes(t as never)) &&
        (f.peopleInformed?.part ?? 0) >= (f.peopleInformed?.total ?? 1) &&
        (f.models ?? []).some((m) => m.effectiveness === "effective")
          ? 1
          : 0;
      x.att = attest(f, school ? "TT124/Đ7/k2" : "TT124/Đ6/k2");
      x.general =
        school && (u.levels.includes("lower-secondary") || u.levels.includes("upper-secondary")) ? 1 : 0;
      x.cmhs = attest(f, "TT124/Đ7/k2/cmhs");
      x.evPresent = f.securityEvents === undefined ? 0 : 1;
      x.evA = countIn(f.securityEvents, (e) => e.kind === "illegal-religion-propagation" && inWin(e.date, w));
      x.evB = countIn(
        f.securityEvents,
        (e) => e.kind === "exploitation-of-religion-ethnicity-complaints" && inWin(e.date, w),
      );
      x.evC = countIn(f.securityEvents, (e) => e.kind === "incited-mass-complaints" && inWin(e.date, w));
      x.strikes = countIn(f.strikes, (s) => !s.lawful && inWin(s.startDate, w));
      const [fail, unknown] = seriousCrimeCounts(f, w);
      x.bPresent = f.crimes === undefined ? 0 : 1;
      x.bFail = fail;
      x.bUnknown = unknown;
      x.secrets = countIn(f.stateSecretViolations, (s) => inWin(s.date, w));
      x.gPresent = f.accidents === undefined ? 0 : 1;
      x.gDisq = accidentCount(f, w, true);
      x.hPresent = f.administrativeSanctions !== undefined && f.disciplinaryActions !== undefined ? 1 : 0;
      x.hCount =
        Math.max(
          0,
          countIn(
            f.disciplinaryActions,
            (d) =>
              STAFF.has(d.personRole) &&
              WARNING_OR_MORE.has(d.form) &&
              inWin(d.date, w) &&
              d.reason === "social-evil",
          ),
        ) +
        Math.max(
          0,
          countIn(
            f.administrativeSanctions,
            (s) => s.securityOrderField && STAFF.has(s.personRole) && inWin(s.date, w),
          ),
        );
      x.vPresent =
        f.schoolViolence !== undefined && f.crimes !== undefined && f.disciplinaryActions !== undefined
          ? 1
          : 0;
      x.vViolence = countIn(f.schoolViolence, (s) => inWin(s.date, w));
      x.vDisc = countIn(
        f.disciplinaryActions,
        (d) =>
          SCHOOL.has(d.personRole) && WARNING_OR_MORE.has(d.form) && d.reason !== "other" && inWin(d.date, w),
      );
      x.vCrime = countIn(
        f.crimes,
        (c) => inWin(c.date, w) && (c.perpetrators ?? []).some((p) => SCHOOL.has(p.role)),
      );
      const sf = f.securityForce;
      x.fPresent = sf !== undefined && f.disciplinaryActions !== undefined ? 1 : 0;
      x.fExists = sf?.exists ? 1 : 0;
      x.fDisc = countIn(
        f.disciplinaryActions,
        (d) => d.personRole === "security-force-member" && WARNING_OR_MORE.has(d.form) && inWin(d.date, w),
      );
      x.fNotEligible = sf?.eligibleForEmulation === false ? 1 : 0;
      x.fRated = sf?.rating !== undefined || sf?.emulationTitle !== undefined ? 1 : 0;
      x.fGood = sf !== undefined && goodRating(sf) ? 1 : 0;
      const roles = school ? SCHOOL : STAFF;
      x.sPresent = f.subUnits !== undefined && f.disciplinaryActions !== undefined ? 1 : 0;
      x.sDisc = countIn(
        f.disciplinaryActions,
        (d) => roles.has(d.personRole) && WARNING_OR_MORE.has(d.form) && inWin(d.date, w),
      );
      let eligible = 0;
      let good = 0;
      for (const s of f.subUnits ?? []) {
        if (s.eligibleForEmulation === false) continue;
        eligible++;
        if (goodRating(s)) good++;
      }
      x.sEligible = eligible;
      x.sRatio = good * 100 - 70 * eligible;
      break;
    }
    default:
      break;
  }
  return x;
}

/** A condition on a feature: equal to a number, or a comparison string ">0", ">=0", "<0". */
type Cond = number | ">0" | ">=0" | "<0";
/** One decision row: criterion id, outcome, conjunction of conditions; first matching row per criterion wins. */
type Row = readonly [id: string, outcome: Outcome, when: Readonly<Record<string, Cond>>];

function d4Rows(p: string): Row[] {
  return [
    [`${p}.k2`, R, { att2: -1 }],
    [`${p}.k2`, F, { att2: 0 }],
    [`${p}.k3`, R, { ev: -1 }],
    [`${p}.k3`, F, { ev: ">0" }],
    [`${p}.k4.a`, R, { aPresent: 0 }],
    [`${p}.k4.a`, D, { aST: 0, aLT: 0, aSC: 0, aLC: 0 }],
    [`${p}.k4.a`, F, { aST: 1, aLT: 1, aSC: 1, aLC: 1 }],
    [`${p}.k4.a`, F, { aST: 2, aLT: 2, aSC: 2, aLC: 2 }],
    [`${p}.k4.a`, R, {}],
    [`${p}.k4.b`, R, { bPresent: 0 }],
    [`${p}.k4.b`, F, { bFail: ">0" }],
    [`${p}.k4.b`, R, { bUnknown: ">0" }],
    [`${p}.k4.c`, R, { cPresent: 0 }],
    [`${p}.k4.c`, F, { cNew: ">0" }],
    [`${p}.k4.c`, F, { cAtt: 0 }],
    [`${p}.k4.d`, R, { dPresent: 0 }],
    [`${p}.k4.d`, F, { dDisq: ">0" }],
  ];
}

function orgRows(art: 6 | 7): Row[] {
  const p = `tt124.d${art}`;
  const rows: Row[] = [
    [`${p}.k1`, R, { pPresent: 0 }],
    [`${p}.k1`, F, { pPartyMissing: 1 }],
    [`${p}.k1`, R, { pPartyUnknown: 1 }],
    [`${p}.k1`, F, { pRest: 0 }],
    [`${p}.k2`, R, { att: -1 }],
    [`${p}.k2`, F, { att: 0 }],
  ];
  if (art === 7) rows.push([`${p}.k2`, R, { general: 1, cmhs: -1 }], [`${p}.k2`, F, { general: 1, cmhs: 0 }]);
  const k3 = `${p}.k3`;
  rows.push(
    [`${k3}.a`, R, { evPresent: 0 }],
    [`${k3}.a`, F, { evA: ">0" }],
    [`${k3}.b`, R, { evPresent: 0 }],
    [`${k3}.b`, F, { evB: ">0" }],
    [`${k3}.c`, R, { evPresent: 0 }],
    [`${k3}.c`, F, { evC: ">0" }],
  );
  if (art === 6) rows.push([`${k3}.d`, R, { strikes: -1 }], [`${k3}.d`, F, { strikes: ">0" }]);
  rows.push(
    [`${k3}.dd`, R, { bPresent: 0 }],
    [`${k3}.dd`, F, { bFail: ">0" }],
    [`${k3}.dd`, R, { bUnknown: ">0" }],
    [`${k3}.e`, R, { secrets: -1 }],
    [`${k3}.e`, F, { secrets: ">0" }],
    [`${k3}.g`, R, { gPresent: 0 }],
    [`${k3}.g`, F, { gDisq: ">0" }],
  );
  if (art === 6) rows.push([`${k3}.h`, R, { hPresent: 0 }], [`${k3}.h`, F, { hCount: ">0" }]);
  if (art === 7) {
    rows.push(
      [`${p}.k4`, R, { vPresent: 0 }],
      [`${p}.k4`, F, { vViolence: ">0" }],
      [`${p}.k4`, F, { vDisc: ">0" }],
      [`${p}.k4`, R, { vCrime: ">0" }],
    );
  }
  const force = art === 6 ? `${p}.k4` : `${p}.k5`;
  const sub = art === 6 ? `${p}.k5` : `${p}.k6`;
  rows.push(
    [force, R, { fPresent: 0 }],
    [force, art === 6 ? R : NA, { fExists: 0 }],
    [force, F, { fDisc: ">0" }],
    [force, D, { fNotEligible: 1 }],
    [force, R, { fRated: 0 }],
    [force, F, { fGood: 0 }],
    [sub, R, { sPresent: 0 }],
    [sub, F, { sDisc: ">0" }],
    [sub, NA, { sEligible: 0 }],
    [sub, F, { sRatio: "<0" }],
  );
  return rows;
}

const GATE_ROWS: Row[] = [
  ["antt.du_lieu", R, { dataOk: 0 }],
  ["tt124.d1.k2", NA, { scope: 1 }],
  ["tt124.d1.k2", R, { scope: 2 }],
];

/** Decision rows per kind code (index = KIND_CODE). */
export const ROWS: readonly (readonly Row[])[] = [
  [
    ...GATE_ROWS,
    ["tt124.d4.k1", R, { k1Present: 0 }],
    ["tt124.d4.k1", F, { k1Ok: 0 }],
    ...d4Rows("tt124.d4"),
    ["tt124.d4.k5", R, { k5Present: 0 }],
    ["tt124.d4.k5", F, { k5Disc: ">0" }],
    ["tt124.d4.k5", R, { k5Exists: 0 }],
    ["tt124.d4.k5", R, { k5Rank: 0 }],
    ["tt124.d4.k5", F, { k5Rank: 1 }],
  ],
  [
    ...GATE_ROWS,
    ["tt124.d5.k1", R, { c1Present: 0 }],
    ["tt124.d5.k1", F, { c1Ok: 0 }],
    ["tt124.d5.k1", F, { c1Models: 0 }],
    ...d4Rows("tt124.d5.k2.d4"),
    ["tt124.d5.k3", R, { c3Present: 0 }],
    ["tt124.d5.k3", F, { c3Disc: ">0" }],
    ["tt124.d5.k3", R, { c3Att: -1 }],
    ["tt124.d5.k3", F, { c3Att: 0 }],
    ["tt124.d5.k4", R, { c4Total: 0 }],
    ["tt124.d5.k4", F, { c4Unregistered: ">0" }],
    ["tt124.d5.k4", D, { c4Min: ">=0" }],
    ["tt124.d5.k4", F, { c4Max: "<0" }],
    ["tt124.d5.k4", R, {}],
  ],
  [...GATE_ROWS, ...orgRows(6)],
  [...GATE_ROWS, ...orgRows(6)],
  [...GATE_ROWS, ...orgRows(7)],
  [...GATE_ROWS, ["tt124.d1.k2", R, {}]],
];

/** Output signature: overall outcome and the criteria that are not "đạt" (sorted). */
function signature(outcome: Outcome, criteria: readonly { id: string; outcome: Outcome }[]): string {
  const parts: string[] = [];
  for (const c of criteria) if (c.outcome !== D) parts.push(`${c.id}=${c.outcome}`);
  return `${outcome}|${parts.sort().join(",")}`;
}

/**
 * First match per criterion over the matched rows (in row order), then the TT 124 aggregation with gates.
 * Shared by json-rules-engine and ZEN (also serialised into the worker).
 */
function aggregateMatches(matched: readonly { id: string; outcome: string }[]): string {
  const seen = new Map<string, string>();
  for (const m of matched) if (!seen.has(m.id)) seen.set(m.id, m.outcome);
  const dataGate = seen.get("antt.du_lieu");
  if (dataGate !== undefined && dataGate !== "dat") return `${dataGate}|antt.du_lieu=${dataGate}`;
  const scope = seen.get("tt124.d1.k2");
  if (scope !== undefined && scope !== "dat") return `${scope}|tt124.d1.k2=${scope}`;
  let fail = false;
  let review = false;
  const parts: string[] = [];
  for (const [id, o] of seen) {
    if (o === "dat") continue;
    parts.push(`${id}=${o}`);
    if (o === "chua_dat") fail = true;
    else if (o === "can_xem_xet") review = true;
  }
  return `${fail ? "chua_dat" : review ? "can_xem_xet" : "dat"}|${parts.sort().join(",")}`;
}

// ---------------------------------------------------------------------------------------------------------
// Worker thread running json-rules-engine or ZEN, driven synchronously through Atomics
// ---------------------------------------------------------------------------------------------------------

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const aggregateMatches = ${aggregateMatches.toString()};
const { engine: which, modulePath, rows } = workerData;
const flag = new Int32Array(workerData.flag);
let featuresList = [];
let kinds = [];
let runner;

function jreCondition(field, cond) {
  if (typeof cond === "number") return { fact: field, operator: "equal", value: cond };
  if (cond === ">0") return { fact: field, operator: "greaterThan", value: 0 };
  if (cond === ">=0") return { fact: field, operator: "greaterThanInclusive", value: 0 };
  return { fact: field, operator: "lessThan", value: 0 };
}

function setupJre() {
  const { Engine } = require(modulePath);
  const engines = rows.map((kindRows) => {
    const engine = new Engine([], { allowUndefinedFacts: true });
    kindRows.forEach(([id, outcome, when], index) => {
      const all = Object.entries(when).map(([f, c]) => jreCondition(f, c));
      engine.addRule({
        name: "r" + index,
        conditions: { all: all.length > 0 ? all : [{ fact: "one", operator: "equal", value: 1 }] },
        event: { type: "row", params: { index, id, outcome } },
      });
    });
    return engine;
  });
  return async (i) => {
    const { events } = await engines[kinds[i]].run({ ...featuresList[i], one: 1 });
    const matched = events.map((e) => e.params).sort((a, b) => a.index - b.index);
    return aggregateMatches(matched);
  };
}

function zenCell(cond) {
  if (typeof cond === "number") return String(cond);
  if (cond === ">0") return "> 0";
  if (cond === ">=0") return ">= 0";
  return "< 0";
}

function setupZen() {
  const { ZenEngine } = require(modulePath);
  const zen = new ZenEngine();
  const decisions = rows.map((kindRows) => {
    const fields = [...new Set(kindRows.flatMap(([, , when]) => Object.keys(when)))];
    const content = {
      nodes: [
        { id: "in", type: "inputNode", name: "dữ kiện", position: { x: 0, y: 0 } },
        {
          id: "table",
          type: "decisionTableNode",
          name: "Thông tư 124/2021/TT-BCA",
          position: { x: 200, y: 0 },
          content: {
            hitPolicy: "collect",
            inputs: fields.map((f) => ({ id: "i_" + f, name: f, field: f })),
            outputs: [
              { id: "o_id", name: "id", field: "id" },
              { id: "o_outcome", name: "outcome", field: "outcome" },
            ],
            rules: kindRows.map(([id, outcome, when], index) => {
              const row = { _id: "r" + index, o_id: JSON.stringify(id), o_outcome: JSON.stringify(outcome) };
              for (const f of fields) row["i_" + f] = when[f] === undefined ? "" : zenCell(when[f]);
              return row;
            }),
          },
        },
        { id: "out", type: "outputNode", name: "kết quả", position: { x: 400, y: 0 } },
      ],
      edges: [
        { id: "e1", sourceId: "in", targetId: "table" },
        { id: "e2", sourceId: "table", targetId: "out" },
      ],
    };
    return zen.createDecision(content);
  });
  return async (i) => {
    const r = await decisions[kinds[i]].evaluate(featuresList[i]);
    return aggregateMatches(r.result);
  };
}

async function runAll(from, to) {
  if (which === "jre") {
    for (let i = from; i < to; i++) await runner(i);
  } else {
    for (let i = from; i < to; i += 1000) {
      const batch = [];
      for (let k = i; k < Math.min(to, i + 1000); k++) batch.push(runner(k));
      await Promise.all(batch);
    }
  }
}

parentPort.on("message", async (msg) => {
  if (msg.type === "data") {
    featuresList = msg.features;
    kinds = msg.kinds;
    runner = which === "jre" ? setupJre() : setupZen();
    parentPort.postMessage({ type: "ready" });
  } else if (msg.type === "check") {
    const out = [];
    for (const i of msg.indices) out.push(await runner(i));
    parentPort.postMessage({ type: "checked", out });
  } else if (msg.type === "run") {
    await runAll(0, featuresList.length);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
});
`;

class EngineWorker {
  private readonly worker: Worker;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  constructor(engine: "jre" | "zen") {
    const require = createRequire(import.meta.url);
    const modulePath = require.resolve(engine === "jre" ? "json-rules-engine" : "@gorules/zen-engine");
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { engine, modulePath, rows: ROWS, flag: this.flag.buffer },
    });
    this.worker.unref();
  }
  private request<T>(message: unknown, reply: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== reply) return;
        this.worker.off("message", onMessage);
        this.worker.off("error", reject);
        resolve(m as T);
      };
      this.worker.on("message", onMessage);
      this.worker.once("error", reject);
      this.worker.postMessage(message);
    });
  }
  load(features: Features[], kinds: number[]): Promise<unknown> {
    return this.request({ type: "data", features, kinds }, "ready");
  }
  async check(indices: number[]): Promise<string[]> {
    return (await this.request<{ out: string[] }>({ type: "check", indices }, "checked")).out;
  }
  /** Blocks the calling thread until the worker has evaluated the whole batch. */
  runSync(): void {
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage({ type: "run" });
    while (Atomics.wait(this.flag, 0, 0, 1_800_000) === "ok" && Atomics.load(this.flag, 0) === 0) {
      /* spurious wake-up */
    }
    if (Atomics.load(this.flag, 0) !== 1) throw new Error("Luồng phụ không trả kết quả (quá thời gian).");
  }
}

// ---------------------------------------------------------------------------------------------------------
// Suite
// ---------------------------------------------------------------------------------------------------------

let compiled: CompiledRuleSet<SecurityOrderInput>;
let inputs: SecurityOrderInput[] = [];
let jre: EngineWorker;
let zen: EngineWorker;
const mismatches: Record<string, string> = {};
let sink: unknown;
let outcomeCounts = "";

function sample(n: number, count: number): number[] {
  let x = 0x9e3779b9;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.push(x % n);
  }
  return out;
}

const ours = (i: SecurityOrderInput): string => {
  const r: EvaluationResult = compiled.evaluate(i);
  return signature(r.outcome, r.criteria);
};
const hand = (i: SecurityOrderInput): string => {
  const r = handWritten(i);
  return signature(r.outcome, r.criteria);
};

function firstMismatch(indices: number[], expected: string[], actual: string[]): string | undefined {
  for (let k = 0; k < indices.length; k++) {
    if (expected[k] !== actual[k]) {
      const i = inputs[indices[k] as number] as SecurityOrderInput;
      return `đơn vị ${i.unit.id} (${i.unit.kind}): @antq/rules “${expected[k]}” ≠ “${actual[k]}”`;
    }
  }
  return undefined;
}

function dirSize(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of readdirSync(path)) total += dirSize(join(path, name));
  return total;
}

/** Install size (files npm would pack) and min+gzip size of the built bundle of @antq/rules. */
async function sizes(): Promise<Record<string, string>> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("@antq/rules/package.json"));
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { files: string[] };
  let install = dirSize(join(root, "package.json")) + dirSize(join(root, "README.md"));
  for (const entry of pkg.files) if (!entry.startsWith("!")) install += dirSize(join(root, entry));
  const kb = (n: number) => `${(n / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} KB`;
  try {
    const esbuild = (await import("esbuild")) as typeof import("esbuild");
    const out = await esbuild.build({
      entryPoints: [join(root, "dist", "index.js")],
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      platform: "neutral",
      external: ["zod", "@antq/domain", "@antq/format-vi"],
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    return {
      "Kích thước cài đặt @antq/rules": kb(install),
      "Gói @antq/rules min+gzip (không tính zod, @antq/domain, @antq/format-vi)": `${kb(code.length)} → ${kb(gzipSync(code).length)}`,
    };
  } catch (e) {
    return { "Kích thước cài đặt @antq/rules": kb(install), "min+gzip": `không đo được (${String(e)})` };
  }
}

export const suite: BenchSuite = {
  name: "@antq/rules",
  async setup() {
    const t0 = performance.now();
    const step = (what: string) =>
      console.log(`   … ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    compiled = compile(securityOrderRuleSet, { year: YEAR });
    inputs = buildInputs(compiled);
    step(`đã sinh ${inputs.length.toLocaleString("vi-VN")} đơn vị`);
    const counts: Record<string, number> = {};
    for (const i of inputs) {
      const o = compiled.outcomeOf(i);
      counts[o] = (counts[o] ?? 0) + 1;
    }
    outcomeCounts = Object.entries(counts)
      .map(([k, v]) => `${k} ${v.toLocaleString("vi-VN")}`)
      .join(", ");
    const feats = inputs.map(features);
    const kinds = inputs.map((i) => KIND_CODE[i.unit.kind]);
    jre = new EngineWorker("jre");
    zen = new EngineWorker("zen");
    step("đã tính dữ kiện phẳng cho json-rules-engine và ZEN");
    await Promise.all([jre.load(feats, kinds), zen.load(feats, kinds)]);
    step("đã nạp dữ liệu vào luồng phụ");
    const indices = sample(inputs.length, CHECK);
    const expected = indices.map((k) => ours(inputs[k] as SecurityOrderInput));
    const handOut = indices.map((k) => hand(inputs[k] as SecurityOrderInput));
    const [jreOut, zenOut] = await Promise.all([jre.check(indices), zen.check(indices)]);
    step("đã đối chiếu kết quả");
    const m1 = firstMismatch(indices, expected, handOut);
    const m2 = firstMismatch(indices, expected, jreOut);
    const m3 = firstMismatch(indices, expected, zenOut);
    if (m1) mismatches.hand = m1;
    if (m2) mismatches.jre = m2;
    if (m3) mismatches.zen = m3;
  },
  comparisons: () => {
    const check = (key: string) => () => {
      if (mismatches[key]) throw new Error(`Kết quả khác nhau trước khi đo: ${mismatches[key]}`);
    };
    const n = inputs.length;
    const oursOff = {
      name: "@antq/rules, tắt giải thích",
      run: () => {
        for (let k = 0; k < n; k++) sink = compiled.evaluate(inputs[k] as SecurityOrderInput);
        return sink;
      },
    };
    return [
      {
        title: `TT 124, ${n.toLocaleString("vi-VN")} đơn vị, tắt giải thích — so với json-rules-engine`,
        subject: oursOff,
        baseline: { name: "json-rules-engine 7.3.1", run: () => jre.runSync() },
        minSpeedup: 30,
        itemsPerRun: n,
        iterations: 1,
        crossCheck: check("jre"),
      },
      {
        title: `TT 124, ${n.toLocaleString("vi-VN")} đơn vị, tắt giải thích — so với @gorules/zen-engine`,
        subject: oursOff,
        baseline: { name: "@gorules/zen-engine 0.52.1", run: () => zen.runSync() },
        minSpeedup: 10,
        itemsPerRun: n,
        iterations: 1,
        crossCheck: check("zen"),
      },
      {
        title: `TT 124, ${n.toLocaleString("vi-VN")} đơn vị, tắt giải thích — so với hàm TypeScript viết tay`,
        subject: oursOff,
        baseline: {
          name: "hàm viết tay",
          run: () => {
            for (let k = 0; k < n; k++) sink = handWritten(inputs[k] as SecurityOrderInput);
            return sink;
          },
        },
        // Issue 13: the lean path keeps ≥ 0.9× the speed of the hand-written function.
        minSpeedup: 0.9,
        itemsPerRun: n,
        iterations: 1,
        crossCheck: check("hand"),
      },
    ];
  },
  report: async () => ({
    ...(await sizes()),
    "Dữ liệu": `${inputs.length.toLocaleString("vi-VN")} đơn vị (datagen seed 2025, năm ${YEAR}); kết quả: ${outcomeCounts}`,
    "Đối chiếu": `${CHECK.toLocaleString("vi-VN")} đơn vị ngẫu nhiên, 4 cách cài đặt cho kết quả giống nhau`,
  }),
};
