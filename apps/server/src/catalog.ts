/**
 * The rule sets this server offers: @antq/rules-antt's "An toàn về ANTT" rule set with the province overlays
 * the server was started with, composed and compiled by @antq/rules. Compiled rule sets are cached by their
 * options (a small LRU), so a stream of requests for the same year compiles once.
 */
import { formatIssuePath } from "@antq/domain";
import {
  type CompiledRuleSet,
  compile,
  composeRuleSet,
  hashValue,
  type Overlay,
  type Readings,
  type RuleSet,
  RuleSetError,
  readingsProblem,
  ruleSetMetadata,
} from "@antq/rules";
import { type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";
import { jsonPointer, ProblemError } from "./problem.js";

/** What selects a compiled rule set: a year (its reference date) or a date, overlays by id, readings. */
export interface RuleSelection {
  readonly year?: number | undefined;
  readonly asOf?: string | undefined;
  readonly overlays?: readonly string[] | undefined;
  readonly readings?: Readings | undefined;
}

/** One dated version of a rule set: the period in which the same rules, parameters and defaults apply. */
export interface DatedVersion {
  readonly from: string;
  readonly to?: string;
  readonly hash: string;
}

const CACHE_SIZE = 64;

const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const dayAfter = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The rule sets offered, with the province overlays configured at start-up. */
export class RuleCatalog {
  readonly base: RuleSet<SecurityOrderInput> = securityOrderRuleSet;
  private readonly cache = new Map<string, CompiledRuleSet<SecurityOrderInput>>();
  private readonly composed = new Map<string, RuleSet<SecurityOrderInput>>();
  private readonly versionLists = new Map<string, DatedVersion[]>();

  constructor(readonly overlays: readonly Overlay<SecurityOrderInput>[] = []) {}

  /** The configured overlays of the given ids, in the given order; unknown ids are a 422 at `path`. */
  overlaysOf(ids: readonly string[], path: readonly (string | number)[]): Overlay<SecurityOrderInput>[] {
    return ids.map((id, i) => {
      const overlay = this.overlays.find((o) => o.id === id);
      if (overlay === undefined) {
        const known = this.overlays.map((o) => o.id).join(", ") || "(chưa cấu hình gói nào)";
        throw invalid(
          "UNKNOWN_OVERLAY",
          [...path, i],
          `Không có gói quy định của tỉnh "${id}". Các gói hiện có: ${known}.`,
        );
      }
      return overlay;
    });
  }

  /** The base rule set with the overlays of `ids` applied. */
  ruleSet(ids: readonly string[] = [], path: readonly (string | number)[] = ["overlays"]) {
    const key = ids.join("\u0000");
    const known = this.composed.get(key);
    if (known !== undefined) return known;
    const overlays = this.overlaysOf(ids, path);
    const composed = composeRuleSet(this.base, overlays);
    if (!composed.ok) {
      throw new ProblemError(
        "INVALID_INPUT",
        `Bộ quy tắc sau khi áp dụng gói của tỉnh không hợp lệ: ${composed.issues.map((i) => i.message).join("; ")}`,
      );
    }
    this.composed.set(key, composed.value);
    return composed.value;
  }

  /**
   * The compiled rule set of a selection (cached). Unknown overlays or readings are 422 problems located in
   * the request (`at` is the path of the selection in the request body or query).
   */
  compiled(
    selection: RuleSelection,
    at: readonly (string | number)[] = [],
  ): CompiledRuleSet<SecurityOrderInput> {
    const overlayIds = selection.overlays ?? [];
    const readings = selection.readings ?? {};
    const key = JSON.stringify([selection.year, selection.asOf, overlayIds, Object.entries(readings).sort()]);
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const ruleSet = this.ruleSet(overlayIds, [...at, "overlays"]);
    const problem = readingsProblem(readings, ruleSet.interpretations);
    if (problem !== undefined) {
      throw invalid(problem.code, [...at, "readings", ...(problem.path ?? [])], problem.message);
    }
    let compiled: CompiledRuleSet<SecurityOrderInput>;
    try {
      compiled = compile(this.base, {
        ...(selection.asOf !== undefined
          ? { asOf: selection.asOf }
          : { year: selection.year ?? new Date().getUTCFullYear() }),
        overlays: this.overlaysOf(overlayIds, [...at, "overlays"]),
        readings,
      });
    } catch (error) {
      if (error instanceof RuleSetError || error instanceof RangeError) {
        throw new ProblemError("INVALID_INPUT", `Không lập được bộ quy tắc: ${error.message}`);
      }
      throw error;
    }
    this.cache.set(key, compiled);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return compiled;
  }

  /**
   * The hash of what a compiled rule set applies (rules, versions, parameters, default readings, packages),
   * without the date it was compiled for: equal on every day of one dated version. (The result hash,
   * `compiled.hash`, also covers the date, so that a result names the exact day it was evaluated for.)
   */
  contentHash(selection: RuleSelection): string {
    const compiled = this.compiled(selection);
    const { asOf: _asOf, year: _year, hash: _hash, ...content } = compiled.metadata;
    return hashValue({
      content,
      readings: Object.fromEntries(content.interpretations.map((i) => [i.id, compiled.reading(i.id)])),
      packages: compiled.packages,
    });
  }

  /** The dated version in force for a selection. */
  versionAt(selection: RuleSelection): DatedVersion {
    const asOf = this.compiled(selection).asOf;
    const version = this.versions(selection.overlays).find(
      (v) => v.from <= asOf && (v.to === undefined || asOf <= v.to),
    );
    if (version === undefined)
      throw new ProblemError("NOT_FOUND", `Bộ quy tắc chưa có hiệu lực vào ngày ${asOf}.`);
    return version;
  }

  /**
   * The dated versions of the rule set with the overlays of `ids`: every date on which a rule version, a
   * parameter value, an interpretation default or an overlay starts or ends opens a new version (dates on
   * which nothing applied changes are merged); each version carries its {@link contentHash}.
   */
  versions(ids: readonly string[] = []): DatedVersion[] {
    const cached = this.versionLists.get(ids.join("\u0000"));
    if (cached !== undefined) return cached;
    const metadata = ruleSetMetadata(this.ruleSet(ids));
    const starts = new Set<string>();
    const add = (from: string, to?: string) => {
      starts.add(from);
      if (to !== undefined) starts.add(dayAfter(to));
    };
    for (const rule of metadata.rules) for (const v of rule.versions) add(v.from, v.to);
    for (const parameter of metadata.parameters) for (const v of parameter.values) add(v.from, v.to);
    for (const interpretation of metadata.interpretations)
      for (const d of interpretation.datedDefaults ?? []) add(d.from, d.to);
    for (const overlay of metadata.overlays) add(overlay.from, overlay.to);
    const dates = [...starts].sort();
    const versions: DatedVersion[] = [];
    for (const [i, from] of dates.entries()) {
      const next = dates[i + 1];
      const hash = this.contentHash({ asOf: from, overlays: ids });
      const previous = versions[versions.length - 1];
      if (previous !== undefined && previous.hash === hash) {
        versions[versions.length - 1] =
          next === undefined ? { from: previous.from, hash } : { ...previous, to: dayBefore(next) };
        continue;
      }
      versions.push(next === undefined ? { from, hash } : { from, to: dayBefore(next), hash });
    }
    this.versionLists.set(ids.join("\u0000"), versions);
    return versions;
  }
}

/** A 422 problem with one located issue. */
export const invalid = (code: string, path: readonly (string | number)[], message: string): ProblemError =>
  new ProblemError("INVALID_INPUT", message, [
    { code, path: formatIssuePath(path), pointer: jsonPointer(path), message },
  ]);
