import type { AssessedUnit } from "@antq/domain";
import type { EvaluationResult } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { Summary, tallyJson } from "../src/index.js";

const result = (outcome: EvaluationResult["outcome"]) => ({ outcome }) as EvaluationResult;
const at = (communeId: string, extra: object) =>
  ({ location: { provinceId: "tinh-tien-giang", communeId }, ...extra }) as unknown as AssessedUnit;

describe("Summary per commune", () => {
  it("counts apart the units under the commune's competence, which its Điều 5 khoản 4 ratio counts", () => {
    const summary = new Summary();
    summary.add(at("C1", { kind: "residential-area", id: "kdc-1", name: "Ấp 1" }), result("dat"));
    summary.add(at("C1", { kind: "residential-area", id: "kdc-2", name: "Ấp 2" }), result("chua_dat"));
    // Managed by the province: on the territory, not under the commune's competence (Điều 10 khoản 1).
    summary.add(
      at("C1", { kind: "agency", id: "cq-1", name: "Sở Tư pháp", managingLevel: "province" }),
      result("dat"),
    );
    summary.add(
      at("C1", { kind: "enterprise", id: "dn-1", name: "Công ty Cấp nước", managingLevel: "commune" }),
      result("dat"),
    );
    const c = summary.byCommune.get("C1");
    expect(c && tallyJson(c.all).passRatio).toEqual({ part: 3, total: 4 });
    expect(c && tallyJson(c.covered).passRatio).toEqual({ part: 2, total: 3 });
  });
});
