/**
 * Province overlays (TT 124 Điều 8 khoản 1: the provincial People's Committee may add criteria): a package
 * that adds rules, replaces rule versions or parameter values, disables rules and sets interpretation
 * defaults, each with its own basis and dates. Conflicts between overlays are errors unless declared.
 */
import { assertIsoDate } from "./internal/date.js";
import { assertId } from "./internal/ids.js";
import { spliceDated } from "./internal/splice.js";
import { stampParameter, stampRule } from "./internal/stamp.js";
import type { Interpretation } from "./interpretation.js";
import type { Issue, Result } from "./issue.js";
import type { LegalBasis } from "./legal-basis.js";
import type { PackageRef } from "./package-ref.js";
import { type Parameter, type ParameterValue, parameterValueIssues } from "./parameter.js";
import type { Rule, RuleVersion } from "./rule.js";
import type { RuleSet } from "./rule-set.js";

/**
 * Replaces the versions of an existing rule inside the spans of the given versions.
 *
 * @example
 * const r: RuleReplacement<Unit> = { id: "tt124.d5.k4", versions: [{ from: "2025-01-01", basis, findings, decide }] };
 */
export interface RuleReplacement<I> {
  readonly id: string;
  readonly versions: readonly RuleVersion<I>[];
}

/**
 * Switches a rule off between `from` and `to` (defaults: the overlay's period).
 *
 * @example
 * const d: RuleDisable = { id: "tt124.d6.k5", basis, reason: "Tỉnh không áp dụng" };
 */
export interface RuleDisable {
  readonly id: string;
  readonly from?: string;
  readonly to?: string;
  readonly basis: LegalBasis;
  readonly reason: string;
}

/**
 * Replaces a parameter's values inside the spans of the given values.
 *
 * @example
 * const p: ParameterOverride = { id: "tt124.ty_le_cong_nhan", values: [{ from: "2025-01-01", value: 80, basis }] };
 */
export interface ParameterOverride {
  readonly id: string;
  readonly values: readonly ParameterValue[];
}

/**
 * Sets the default reading of an interpretation option for a period (defaults: the overlay's period).
 *
 * @example
 * const s: InterpretationDefault = { id: "tt124.d4.k4.a.kiem_che_keo_giam", default: "khong_tang", basis };
 */
export interface InterpretationDefault {
  readonly id: string;
  readonly from?: string;
  readonly to?: string;
  readonly default: string | null;
  readonly basis: LegalBasis;
}

/**
 * A province overlay.
 *
 * @example
 * const o: Overlay<Unit> = defineOverlay<Unit>({ id: "vi-du", label: "Ví dụ", package: pkg, basis: [b], from: "2024-01-01", addRules: [khongCoTuDiemMaTuy] });
 */
export interface Overlay<I> {
  readonly type: "overlay";
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly package: PackageRef;
  readonly basis: readonly LegalBasis[];
  readonly from: string;
  readonly to?: string;
  readonly addRules?: readonly Rule<I>[];
  readonly replaceRules?: readonly RuleReplacement<I>[];
  readonly disableRules?: readonly RuleDisable[];
  readonly addParameters?: readonly Parameter[];
  readonly setParameters?: readonly ParameterOverride[];
  readonly addInterpretations?: readonly Interpretation[];
  readonly setInterpretations?: readonly InterpretationDefault[];
  /** Ids this overlay knowingly overrides although an earlier overlay already touched them (or re-adds). */
  readonly overrides?: readonly string[];
}

/**
 * Input of {@link defineOverlay}.
 *
 * @example
 * const def: OverlayDefinition<Unit> = { id: "vi-du", label: "Ví dụ", package: pkg, basis: [b], from: "2025-01-01" };
 */
export type OverlayDefinition<I> = Omit<Overlay<I>, "type">;

/**
 * Defines an overlay; throws on malformed ids or dates (programmer error).
 *
 * @example
 * const overlay = defineOverlay<AssessedUnit>({
 *   id: "vi-du-tinh",
 *   label: "Tiêu chí bổ sung của tỉnh (ví dụ)",
 *   package: { name: "@antq/rules-overlay-vi-du", version: "0.1.0" },
 *   basis: [cite("01/2024/QĐ-UBND", { article: 3 })],
 *   from: "2024-01-01",
 *   addRules: [khongCoTuDiemMaTuy],
 * });
 */
export function defineOverlay<I>(definition: OverlayDefinition<I>): Overlay<I> {
  assertId(definition.id, "id của gói bổ sung");
  assertIsoDate(definition.from, `Gói bổ sung ${definition.id}: from`);
  if (definition.to !== undefined) assertIsoDate(definition.to, `Gói bổ sung ${definition.id}: to`);
  return Object.freeze({ ...definition, type: "overlay" as const });
}

/**
 * The overlays a loaded module exports (a province rule package): every export made with {@link defineOverlay},
 * alone or in an array, unique by id (the last export of an id wins, at the place of the first), in order. Loading
 * the module (`import()` in Node, a bundler in the browser) is the caller's job; an empty list means the module
 * is not a rule package.
 *
 * @example
 * overlaysIn({ overlay, all: [overlay], VERSION: "1.0.0" }).map((o) => o.id); //=> ["vi-du-tinh"]
 * overlaysIn({ default: { type: "rule" } }); //=> []
 */
export function overlaysIn<I = unknown>(module: Readonly<Record<string, unknown>>): Overlay<I>[] {
  const found = Object.values(module)
    .flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]))
    .filter(
      (v): v is Overlay<I> =>
        typeof v === "object" && v !== null && (v as { type?: unknown }).type === "overlay",
    );
  return [...new Map(found.map((o) => [o.id, o])).values()];
}

interface Touch {
  readonly overlay: string;
}

/**
 * Applies overlays in order to a rule set. Returns issues (never throws for content errors):
 * `OVERLAY_UNKNOWN_ID` (touches an id the set does not have), `OVERLAY_ID_TAKEN` (adds an existing id without
 * declaring it in `overrides`), `OVERLAY_CONFLICT` (touches an id an earlier overlay touched, undeclared),
 * `OVERLAY_OUT_OF_PERIOD` (a dated item outside the overlay's period), `OVERLAY_UNKNOWN_CHOICE`,
 * `INVALID_PARAMETER_VALUE` (a value that fails the parameter's `schema`).
 *
 * @example
 * const composed = composeRuleSet(ruleSet, [overlay]);
 * if (composed.ok) compile(composed.value, { year: 2025 });
 */
export function composeRuleSet<I>(base: RuleSet<I>, overlays: readonly Overlay<I>[]): Result<RuleSet<I>> {
  const issues: Issue[] = [];
  const rules = new Map(base.rules.map((r) => [r.id, r] as const));
  const params = new Map(base.parameters.map((p) => [p.id, p] as const));
  const interps = new Map(base.interpretations.map((i) => [i.id, i] as const));
  const touched = new Map<string, Touch>();
  const applied = [...base.overlays];

  for (const [oi, o] of overlays.entries()) {
    const declared = new Set(o.overrides ?? []);
    const touch = (kind: string, id: string, path: (string | number)[]): void => {
      const prev = touched.get(`${kind}:${id}`);
      if (prev && prev.overlay !== o.id && !declared.has(id)) {
        issues.push({
          code: "OVERLAY_CONFLICT",
          message: `Gói ${o.id} sửa “${id}” mà gói ${prev.overlay} đã sửa; khai báo trong overrides nếu cố ý.`,
          path,
        });
      }
      touched.set(`${kind}:${id}`, { overlay: o.id });
    };
    const within = (from: string, to: string | undefined, path: (string | number)[]): void => {
      const endsAfter = o.to !== undefined && (to === undefined || to > o.to);
      if (from < o.from || endsAfter) {
        issues.push({
          code: "OVERLAY_OUT_OF_PERIOD",
          message: `Gói ${o.id}: khoảng ${from}–${to ?? "…"} nằm ngoài thời gian hiệu lực của gói (${o.from}–${o.to ?? "…"}).`,
          path,
        });
      }
    };
    const at = (...p: (string | number)[]) => ["overlays", oi, ...p];

    for (const [i, r] of (o.addRules ?? []).entries()) {
      const path = at("addRules", i);
      if (rules.has(r.id) && !declared.has(r.id)) {
        issues.push({ code: "OVERLAY_ID_TAKEN", message: `Gói ${o.id} thêm quy tắc “${r.id}” đã có.`, path });
        continue;
      }
      touch("rule", r.id, path);
      for (const v of r.versions) within(v.from, v.to, path);
      rules.set(r.id, stampRule(r, o.package));
    }
    for (const [i, rep] of (o.replaceRules ?? []).entries()) {
      const path = at("replaceRules", i);
      const existing = rules.get(rep.id);
      if (!existing) {
        issues.push({
          code: "OVERLAY_UNKNOWN_ID",
          message: `Gói ${o.id} thay quy tắc không có: “${rep.id}”.`,
          path,
        });
        continue;
      }
      touch("rule", rep.id, path);
      const versions = rep.versions.map((v) => (v.source ? v : { ...v, source: o.package }));
      for (const v of versions) within(v.from, v.to, path);
      rules.set(rep.id, { ...existing, versions: spliceDated(existing.versions, versions) });
    }
    for (const [i, d] of (o.disableRules ?? []).entries()) {
      const path = at("disableRules", i);
      const existing = rules.get(d.id);
      if (!existing) {
        issues.push({
          code: "OVERLAY_UNKNOWN_ID",
          message: `Gói ${o.id} tắt quy tắc không có: “${d.id}”.`,
          path,
        });
        continue;
      }
      touch("rule", d.id, path);
      const from = d.from ?? o.from;
      const to = d.to ?? o.to;
      within(from, to, path);
      const off: RuleVersion<I> = {
        from,
        ...(to === undefined ? {} : { to }),
        basis: d.basis,
        note: d.reason,
        findings: {},
        decide: () => "",
        disabled: true,
        source: o.package,
      };
      rules.set(d.id, { ...existing, versions: spliceDated(existing.versions, [off]) });
    }
    for (const [i, p] of (o.addParameters ?? []).entries()) {
      const path = at("addParameters", i);
      if (params.has(p.id) && !declared.has(p.id)) {
        issues.push({ code: "OVERLAY_ID_TAKEN", message: `Gói ${o.id} thêm tham số “${p.id}” đã có.`, path });
        continue;
      }
      touch("parameter", p.id, path);
      issues.push(...parameterValueIssues(p, p.values, [...path, "values"]));
      params.set(p.id, stampParameter(p, o.package));
    }
    for (const [i, sp] of (o.setParameters ?? []).entries()) {
      const path = at("setParameters", i);
      const existing = params.get(sp.id);
      if (!existing) {
        issues.push({
          code: "OVERLAY_UNKNOWN_ID",
          message: `Gói ${o.id} sửa tham số không có: “${sp.id}”.`,
          path,
        });
        continue;
      }
      touch("parameter", sp.id, path);
      issues.push(...parameterValueIssues(existing, sp.values, [...path, "values"]));
      const values = sp.values.map((v) => (v.source ? v : { ...v, source: o.package }));
      for (const v of values) within(v.from, v.to, path);
      params.set(sp.id, { ...existing, values: spliceDated(existing.values, values) });
    }
    for (const [i, it] of (o.addInterpretations ?? []).entries()) {
      const path = at("addInterpretations", i);
      if (interps.has(it.id) && !declared.has(it.id)) {
        issues.push({
          code: "OVERLAY_ID_TAKEN",
          message: `Gói ${o.id} thêm cách hiểu “${it.id}” đã có.`,
          path,
        });
        continue;
      }
      touch("interpretation", it.id, path);
      interps.set(it.id, { ...it, source: it.source ?? o.package });
    }
    for (const [i, s] of (o.setInterpretations ?? []).entries()) {
      const path = at("setInterpretations", i);
      const existing = interps.get(s.id);
      if (!existing) {
        issues.push({
          code: "OVERLAY_UNKNOWN_ID",
          message: `Gói ${o.id} đặt cách hiểu không có: “${s.id}”.`,
          path,
        });
        continue;
      }
      if (s.default !== null && !existing.choices.some((c) => c.id === s.default)) {
        issues.push({
          code: "OVERLAY_UNKNOWN_CHOICE",
          message: `Gói ${o.id}: cách hiểu “${s.id}” không có lựa chọn “${s.default}”.`,
          path,
        });
        continue;
      }
      touch("interpretation", s.id, path);
      const dated = {
        from: s.from ?? o.from,
        ...((s.to ?? o.to) === undefined ? {} : { to: (s.to ?? o.to) as string }),
        default: s.default,
        basis: s.basis,
        source: o.package,
      };
      within(dated.from, dated.to, path);
      interps.set(s.id, { ...existing, datedDefaults: spliceDated(existing.datedDefaults ?? [], [dated]) });
    }
    applied.push({
      id: o.id,
      label: o.label,
      package: o.package,
      basis: o.basis,
      from: o.from,
      ...(o.to === undefined ? {} : { to: o.to }),
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: Object.freeze({
      ...base,
      rules: [...rules.values()],
      parameters: [...params.values()],
      interpretations: [...interps.values()],
      overlays: applied,
    }),
  };
}
