/**
 * Static checks of a rule set, runnable by users and run in the test suite: every rule has a label and a
 * citable basis; dated versions have no gaps or overlaps; no dangling references; kinds exist; no cycles.
 */

import { checkCoverage, DAY_SCALE } from "./coverage.js";
import { isIsoDate } from "./internal/date.js";
import { isValidId } from "./internal/ids.js";
import { parameterIdsOf } from "./internal/parameter-ids.js";
import type { Issue } from "./issue.js";
import { isCitable, type LegalBasis } from "./legal-basis.js";
import { OUTCOMES } from "./outcome.js";
import { parameterValueIssues } from "./parameter.js";
import { basesOf } from "./rule.js";
import type { RuleSet } from "./rule-set.js";

interface Dated {
  readonly from: string;
  readonly to?: string;
}

function checkTimeline(
  items: readonly Dated[],
  what: string,
  path: (string | number)[],
  issues: Issue[],
): void {
  for (const [i, it] of items.entries()) {
    if (!isIsoDate(it.from) || (it.to !== undefined && !isIsoDate(it.to))) {
      issues.push({
        code: "INVALID_DATE",
        message: `${what}: ngày không hợp lệ ở mục ${i + 1}.`,
        path: [...path, i],
      });
      return;
    }
  }
  for (const f of checkCoverage(items, DAY_SCALE)) {
    if (f.type === "inverted") {
      const it = items[f.index] as Dated;
      issues.push({
        code: "INVALID_DATE_RANGE",
        message: `${what}: ngày kết thúc ${it.to} trước ngày bắt đầu ${it.from}.`,
        path: [...path, f.index],
      });
    } else if (f.type === "overlap") {
      const prev = items[f.previous] as Dated;
      const cur = items[f.index] as Dated;
      issues.push({
        code: "VERSION_OVERLAP",
        message: `${what}: phiên bản từ ${prev.from} chồng lên phiên bản từ ${cur.from}.`,
        path: [...path, f.index],
      });
    } else if (f.type === "gap") {
      issues.push({
        code: "VERSION_GAP",
        message: `${what}: khoảng trống từ ${f.from} đến ${f.to}.`,
        path: [...path, f.index ?? items.length],
      });
    }
  }
}

function checkLabel(label: unknown, what: string, path: (string | number)[], issues: Issue[]): void {
  if (typeof label !== "string" || label.trim() === "") {
    issues.push({ code: "MISSING_LABEL", message: `${what} thiếu nhãn tiếng Việt.`, path });
  } else if (label !== label.normalize("NFC")) {
    issues.push({ code: "NOT_NFC", message: `${what}: nhãn chưa chuẩn hoá Unicode NFC.`, path });
  }
}

function checkBasis(
  basis: LegalBasis | undefined,
  what: string,
  path: (string | number)[],
  issues: Issue[],
): void {
  if (!isCitable(basis)) {
    issues.push({
      code: "MISSING_BASIS",
      message: `${what} thiếu căn cứ pháp lý (số hiệu văn bản hợp lệ).`,
      path,
    });
  }
}

function covers(values: readonly Dated[], span: Dated): boolean {
  if (values.length === 0) return false;
  const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : 1));
  const first = sorted[0] as Dated;
  const last = sorted[sorted.length - 1] as Dated;
  if (first.from > span.from) return false;
  if (last.to === undefined) return true;
  return span.to !== undefined && last.to >= span.to;
}

/**
 * Runs every static check and returns the issues (empty = valid). Codes: `INVALID_ID`, `DUPLICATE_ID`,
 * `MISSING_LABEL`, `NOT_NFC`, `MISSING_BASIS`, `NO_VERSIONS`, `INVALID_DATE`, `INVALID_DATE_RANGE`,
 * `VERSION_OVERLAP`, `VERSION_GAP`, `UNKNOWN_KIND`, `DANGLING_PARAMETER`, `DANGLING_INTERPRETATION`,
 * `DANGLING_RULE`, `PARAMETER_NOT_COVERED`, `DEPENDENCY_CYCLE`, `INVALID_FINDING`, `UNKNOWN_CHOICE`,
 * `INVALID_PARAMETER_VALUE` (a value fails the parameter's `schema`).
 *
 * @example
 * validateRuleSet(ruleSet); //=> []
 */
export function validateRuleSet<I>(ruleSet: RuleSet<I>): Issue[] {
  const issues: Issue[] = [];
  checkLabel(ruleSet.label, `Bộ quy tắc ${ruleSet.id}`, ["label"], issues);
  const kindIds = new Set<string>();
  for (const [i, k] of ruleSet.kinds.entries()) {
    if (kindIds.has(k.id))
      issues.push({ code: "DUPLICATE_ID", message: `Loại đơn vị “${k.id}” bị trùng.`, path: ["kinds", i] });
    kindIds.add(k.id);
    checkLabel(k.label, `Loại đơn vị ${k.id}`, ["kinds", i, "label"], issues);
  }
  const params = new Map(ruleSet.parameters.map((p) => [p.id, p] as const));
  const interps = new Map(ruleSet.interpretations.map((x) => [x.id, x] as const));
  const ruleIds = new Set<string>();
  const seen = new Set<string>();
  const dup = (kind: string, id: string, path: (string | number)[]) => {
    if (!isValidId(id)) issues.push({ code: "INVALID_ID", message: `Id không hợp lệ: “${id}”.`, path });
    if (seen.has(`${kind}:${id}`))
      issues.push({ code: "DUPLICATE_ID", message: `Id “${id}” bị trùng.`, path });
    seen.add(`${kind}:${id}`);
  };

  for (const [pi, p] of ruleSet.parameters.entries()) {
    const path = ["parameters", pi];
    dup("parameter", p.id, path);
    checkLabel(p.label, `Tham số ${p.id}`, [...path, "label"], issues);
    checkTimeline(p.values, `Tham số ${p.id}`, [...path, "values"], issues);
    for (const [vi, v] of p.values.entries())
      checkBasis(v.basis, `Tham số ${p.id} (từ ${v.from})`, [...path, "values", vi], issues);
    issues.push(...parameterValueIssues(p, p.values, [...path, "values"]));
  }
  for (const [xi, x] of ruleSet.interpretations.entries()) {
    const path = ["interpretations", xi];
    dup("interpretation", x.id, path);
    checkLabel(x.label, `Cách hiểu ${x.id}`, [...path, "label"], issues);
    checkBasis(x.basis, `Cách hiểu ${x.id}`, [...path, "basis"], issues);
    for (const [ci, c] of x.choices.entries())
      checkLabel(c.label, `Lựa chọn ${x.id}/${c.id}`, [...path, "choices", ci], issues);
    const choiceIds = new Set(x.choices.map((c) => c.id));
    const defaults = [x.default, ...(x.datedDefaults ?? []).map((d) => d.default)];
    for (const d of defaults) {
      if (d !== null && !choiceIds.has(d)) {
        issues.push({
          code: "UNKNOWN_CHOICE",
          message: `Cách hiểu ${x.id}: không có lựa chọn “${d}”.`,
          path,
        });
      }
    }
    checkTimeline(x.datedDefaults ?? [], `Cách hiểu ${x.id}`, [...path, "datedDefaults"], issues);
  }
  for (const [ri, r] of ruleSet.rules.entries()) {
    dup("rule", r.id, ["rules", ri]);
    ruleIds.add(r.id);
  }
  const deps = new Map<string, Set<string>>();
  for (const [ri, r] of ruleSet.rules.entries()) {
    const path = ["rules", ri];
    const what = `Quy tắc ${r.id}`;
    checkLabel(r.label, what, [...path, "label"], issues);
    if (r.versions.length === 0)
      issues.push({ code: "NO_VERSIONS", message: `${what} không có phiên bản nào.`, path });
    for (const k of r.kinds ?? []) {
      if (!kindIds.has(k))
        issues.push({ code: "UNKNOWN_KIND", message: `${what}: loại đơn vị “${k}” không có.`, path });
    }
    checkTimeline(r.versions, what, [...path, "versions"], issues);
    const ruleDeps = new Set<string>();
    for (const [vi, v] of r.versions.entries()) {
      const vpath = [...path, "versions", vi];
      const vwhat = `${what} (từ ${v.from})`;
      const bases = basesOf(v);
      if (bases.length === 0)
        issues.push({ code: "MISSING_BASIS", message: `${vwhat} thiếu căn cứ pháp lý.`, path: vpath });
      for (const b of bases) checkBasis(b, vwhat, vpath, issues);
      if (v.label !== undefined) checkLabel(v.label, vwhat, [...vpath, "label"], issues);
      if (v.disabled) continue;
      for (const [code, f] of Object.entries(v.findings)) {
        if (!OUTCOMES.includes(f.outcome)) {
          issues.push({
            code: "INVALID_FINDING",
            message: `${vwhat}: kết luận ${code} có kết quả không hợp lệ.`,
            path: vpath,
          });
        }
        if (typeof f.message === "string") checkLabel(f.message, `${vwhat}: kết luận ${code}`, vpath, issues);
      }
      for (const pid of parameterIdsOf(v)) {
        const p = params.get(pid);
        if (!p) {
          issues.push({
            code: "DANGLING_PARAMETER",
            message: `${vwhat} dùng tham số không có: “${pid}”.`,
            path: vpath,
          });
        } else if (!covers(p.values, v)) {
          issues.push({
            code: "PARAMETER_NOT_COVERED",
            message: `${vwhat}: tham số “${pid}” không có giá trị trong toàn bộ thời gian hiệu lực của phiên bản.`,
            path: vpath,
          });
        }
      }
      for (const xid of v.interpretations ?? []) {
        if (!interps.has(xid)) {
          issues.push({
            code: "DANGLING_INTERPRETATION",
            message: `${vwhat} dùng cách hiểu không có: “${xid}”.`,
            path: vpath,
          });
        }
      }
      for (const d of v.dependsOn ?? []) {
        if (!ruleIds.has(d))
          issues.push({
            code: "DANGLING_RULE",
            message: `${vwhat} phụ thuộc quy tắc không có: “${d}”.`,
            path: vpath,
          });
        else ruleDeps.add(d);
      }
    }
    deps.set(r.id, ruleDeps);
  }
  // cycles (DFS)
  const state = new Map<string, 1 | 2>();
  const visit = (id: string, stack: string[]): void => {
    const s = state.get(id);
    if (s === 2) return;
    if (s === 1) {
      issues.push({
        code: "DEPENDENCY_CYCLE",
        message: `Vòng phụ thuộc: ${[...stack, id].join(" → ")}.`,
        path: ["rules"],
      });
      return;
    }
    state.set(id, 1);
    for (const d of deps.get(id) ?? []) visit(d, [...stack, id]);
    state.set(id, 2);
  };
  for (const id of deps.keys()) visit(id, []);
  return issues;
}
