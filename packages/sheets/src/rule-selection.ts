/**
 * The "An toàn về ANTT" rule set an officer asks for: the flag name of each interpretation option, the readings
 * typed on a command line, and the rule set compiled for a year (or a date) with the province's overlays and
 * readings, every refusal in Vietnamese. Front-ends (the CLI's flags, a form) only gather the choices.
 */
import type { Issue, Result } from "@antq/format-vi";
import {
  type CompiledRuleSet,
  compile,
  composeRuleSet,
  type Overlay,
  type Readings,
  RuleSetError,
  readingsProblem,
} from "@antq/rules";
import { type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";

/**
 * The flag name of an interpretation option: "hieu-" and the id's last segment (`tt124.dac_khu` →
 * `hieu-dac-khu`); a generic last segment (`cach_hieu`) is replaced by the article path
 * (`tt124.d6.k3.h.cach_hieu` → `hieu-d6-k3-h`).
 *
 * @example
 * interpretationFlagName("tt124.d4.k4.a.kiem_che_keo_giam"); //=> "hieu-kiem-che-keo-giam"
 * interpretationFlagName("tt124.d6.k3.h.cach_hieu"); //=> "hieu-d6-k3-h"
 */
export const interpretationFlagName = (id: string): string => {
  const parts = id.split(".");
  const last = parts[parts.length - 1] ?? id;
  const name = last === "cach_hieu" ? parts.slice(1, -1).join("-") : last;
  return `hieu-${name.replace(/[._]/g, "-")}`;
};

/**
 * Readings typed as text (`--cach-hieu <mã>=<lựa chọn>`, a form): an empty choice or `null` leaves the option
 * undecided ("cần xem xét"); anything else is the choice's id, checked later by {@link compileSecurityOrder}.
 *
 * @example
 * readingsOfText({ "tt124.d4.k4.a.kiem_che_keo_giam": "giam", "tt124.dac_khu": "null", "tt124.d7.k4.cach_hieu": "" });
 * //=> { "tt124.d4.k4.a.kiem_che_keo_giam": "giam", "tt124.dac_khu": null, "tt124.d7.k4.cach_hieu": null }
 */
export const readingsOfText = (choices: Readonly<Record<string, string>>): Readings =>
  Object.fromEntries(
    Object.entries(choices).map(([id, value]) => [id, value === "" || value === "null" ? null : value]),
  );

/** The codes of {@link compileSecurityOrder}'s issues. */
type RuleSelectionCode = "UNKNOWN_INTERPRETATION" | "UNKNOWN_CHOICE" | "RULE_SET_INVALID" | "RULE_SET_FAILED";

/**
 * The Thông tư 124 rule set (`@antq/rules-antt`) compiled for `year` (or the date `asOf`) with the province's
 * `overlays` and the officer's `readings`. Refused, with one Vietnamese issue: a reading of an option that does
 * not exist (`UNKNOWN_INTERPRETATION`) or of a choice it does not have (`UNKNOWN_CHOICE`), checked against the
 * options of the rule set with its overlays (the message lists what is possible); overlays that do not compose
 * (`RULE_SET_INVALID`, one line per problem); any other failure to compile (`RULE_SET_FAILED`).
 *
 * @example
 * const r = compileSecurityOrder({ year: 2024, overlays: [], readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" } });
 * r.ok && r.value.reading("tt124.d4.k4.a.kiem_che_keo_giam"); //=> "giam"
 * const wrong = compileSecurityOrder({ year: 2024, overlays: [], readings: { "tt124.dac_khu": "bo_qua" } });
 * wrong.ok || wrong.issues[0]?.code; //=> "UNKNOWN_CHOICE"
 */
export const compileSecurityOrder = (options: {
  readonly year?: number;
  readonly asOf?: string;
  readonly overlays: readonly Overlay<SecurityOrderInput>[];
  readonly readings: Readings;
}): Result<CompiledRuleSet<SecurityOrderInput>, Issue<RuleSelectionCode>> => {
  const composed = composeRuleSet(securityOrderRuleSet, options.overlays);
  const problem = readingsProblem(
    options.readings,
    composed.ok ? composed.value.interpretations : securityOrderRuleSet.interpretations,
  );
  if (problem !== undefined) return { ok: false, issues: [problem as Issue<RuleSelectionCode>] };
  try {
    return {
      ok: true,
      value: compile(securityOrderRuleSet, {
        ...(options.asOf !== undefined ? { asOf: options.asOf } : { year: options.year as number }),
        overlays: options.overlays,
        readings: options.readings,
      }),
    };
  } catch (error) {
    const invalid = error instanceof RuleSetError;
    const message = invalid
      ? `Bộ quy tắc sau khi áp dụng gói của tỉnh không hợp lệ:\n${error.issues.map((i) => `  • ${i.message}`).join("\n")}`
      : `Không lập được bộ quy tắc: ${error instanceof Error ? error.message : String(error)}`;
    return {
      ok: false,
      issues: [{ code: invalid ? "RULE_SET_INVALID" : "RULE_SET_FAILED", message, path: [] }],
    };
  }
};
