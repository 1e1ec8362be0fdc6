/**
 * Evaluating a list of proposals: each on its own proposal date (the rules in force that day), with the
 * province's conditions as an overlay.
 */

import { CalendarDateSchema, type DomainResult, parseWith } from "@antq/domain";
import {
  type CompiledRuleSet,
  cite,
  compile,
  defineOverlay,
  type EvaluationResult,
  type Overlay,
  type Readings,
} from "@antq/rules";
import * as z from "zod";
import {
  LAW_2022_EFFECTIVE,
  PROVINCE_CONDITIONS,
  type ProvinceConditions,
  ProvinceConditionsSchema,
} from "./parameters.js";
import type { AwardProposal } from "./proposal.js";
import { awardRuleSet } from "./rule-set.js";

/**
 * An overlay setting the province's conditions (parameter `khen_thuong.dieu_kien_tinh`) from `from`; the
 * province's document number must be a valid Vietnamese document number (it is cited in the results).
 *
 * @example
 * const o = provinceConditionsOverlay({ "bang-khen.tap-the": { document: "25/2024/QĐ-UBND", safeYears: 2 }, "giay-khen.tap-the": null, "giay-khen.ca-nhan": null }, { province: "Tiền Giang", document: "25/2024/QĐ-UBND" });
 * o.setParameters?.[0]?.id; //=> "khen_thuong.dieu_kien_tinh"
 */
export function provinceConditionsOverlay(
  conditions: ProvinceConditions,
  options: { readonly province: string; readonly document: string; readonly from?: string },
): Overlay<AwardProposal> {
  const from = options.from ?? LAW_2022_EFFECTIVE;
  const basis = cite(options.document, {}, { label: `Quy định khen thưởng của tỉnh ${options.province}` });
  return defineOverlay<AwardProposal>({
    id: "khen_thuong.tinh",
    label: `Tiêu chuẩn khen thưởng của tỉnh ${options.province}`,
    package: { name: `cau-hinh-tinh:${options.province}`, version: "1" },
    basis: [basis],
    from,
    setParameters: [{ id: PROVINCE_CONDITIONS.id, values: [{ from, value: conditions, basis }] }],
  });
}

/**
 * A province configuration file: the province, its document, the first day it applies and the conditions.
 *
 * @example
 * ProvinceConfigSchema.safeParse({ province: "Tiền Giang", document: "25/2024/QĐ-UBND", conditions: {} }).success; //=> false
 */
export const ProvinceConfigSchema = z.strictObject({
  province: z.string().min(1).max(100).meta({ title: "Tỉnh, thành phố" }),
  document: z.string().min(1).max(100).meta({ title: "Số hiệu văn bản của tỉnh" }),
  from: CalendarDateSchema.meta({ title: "Áp dụng từ ngày" }).optional(),
  note: z.string().max(2000).optional(),
  conditions: ProvinceConditionsSchema,
});

/**
 * A province configuration file (see {@link ProvinceConfigSchema}).
 *
 * @example
 * const c: ProvinceConfig = { province: "Tiền Giang", document: "25/2024/QĐ-UBND", conditions: { "bang-khen.tap-the": null, "giay-khen.tap-the": null, "giay-khen.ca-nhan": null } };
 */
export type ProvinceConfig = z.infer<typeof ProvinceConfigSchema>;

/**
 * Parses a province configuration file and turns it into an overlay (Vietnamese issues with field paths).
 *
 * @example
 * parseProvinceConfig({ province: "Tiền Giang" }).ok; //=> false
 */
export function parseProvinceConfig(input: unknown): DomainResult<Overlay<AwardProposal>> {
  const r = parseWith(ProvinceConfigSchema, input);
  if (!r.ok) return r;
  const c = r.value;
  return {
    ok: true,
    value: provinceConditionsOverlay(c.conditions, {
      province: c.province,
      document: c.document,
      ...(c.from !== undefined ? { from: c.from } : {}),
    }),
  };
}

/**
 * Options of {@link assessAwardProposals}.
 *
 * @example
 * const o: AssessProposalsOptions = { readings: { "tt20.xep_loai_thanh_vien": "nam_de_nghi" } };
 */
export interface AssessProposalsOptions {
  readonly overlays?: readonly Overlay<AwardProposal>[];
  readonly readings?: Readings;
}

/**
 * Evaluates every proposal on its proposal date (one compilation per distinct date), with explanations.
 *
 * @example
 * assessAwardProposals([proposal])[0]?.outcome; //=> "dat"
 */
export function assessAwardProposals(
  proposals: readonly AwardProposal[],
  options: AssessProposalsOptions = {},
): EvaluationResult[] {
  const cache = new Map<string, CompiledRuleSet<AwardProposal>>();
  return proposals.map((p) => {
    let compiled = cache.get(p.proposedOn);
    if (compiled === undefined) {
      compiled = compile(awardRuleSet, {
        asOf: p.proposedOn,
        ...(options.overlays ? { overlays: options.overlays } : {}),
        ...(options.readings ? { readings: options.readings } : {}),
      });
      cache.set(p.proposedOn, compiled);
    }
    return compiled.evaluate(p, { explain: true });
  });
}
