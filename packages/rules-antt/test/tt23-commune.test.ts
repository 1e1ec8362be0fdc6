/**
 * Thông tư 23/2012 (the 2021 version of `tt124.d5.k4`): a xã needs 70% of its khu dân cư recognised, counted
 * on khu dân cư only — the cơ quan, doanh nghiệp and nhà trường that Thông tư 124 adds to the count are left out.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type CoveredUnitStatus, type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const xa = parseInput(golden.cases.find((c) => c.id === "X-tt23-xa-16-tren-25")?.input);
const y2021 = compile(securityOrderRuleSet, { year: 2021 });

/** `n` statuses of one kind and outcome, numbered from `from`. */
const units = (n: number, kind: CoveredUnitStatus["kind"], outcome: CoveredUnitStatus["outcome"], from = 0) =>
  Array.from({ length: n }, (_, k) => ({ unitId: `${kind}-${from + k}`, kind, registered: true, outcome }));
const ratio = (covered: CoveredUnitStatus[]) =>
  y2021
    .evaluate({ ...xa, coveredUnits: covered } as SecurityOrderInput, { explain: true })
    .criteria.find((c) => c.id === "tt124.d5.k4")?.code;

describe("TT 23 xã: 70% of khu dân cư recognised (tt124.d5.k4 until 09/02/2022)", () => {
  it("7 of 10 khu dân cư passes, 6 of 10 fails, exactly at the parameter", () => {
    expect(
      ratio([...units(7, "residential-area", "dat"), ...units(3, "residential-area", "chua_dat", 7)]),
    ).toBe("DAT");
    expect(
      ratio([...units(6, "residential-area", "dat"), ...units(4, "residential-area", "chua_dat", 6)]),
    ).toBe("DUOI_TY_LE");
  });
  it("counts khu dân cư only: recognised or failed cơ quan and doanh nghiệp change nothing", () => {
    const areas = [...units(7, "residential-area", "dat"), ...units(3, "residential-area", "chua_dat", 7)];
    expect(ratio([...areas, ...units(5, "agency", "chua_dat")])).toBe("DAT");
    const few = [...units(6, "residential-area", "dat"), ...units(4, "residential-area", "chua_dat", 6)];
    expect(ratio([...few, ...units(10, "enterprise", "dat")])).toBe("DUOI_TY_LE");
    expect(ratio(units(4, "education", "dat"))).toBe("THIEU_DU_LIEU");
  });
  it("khu dân cư still under review decide the ratio only when they could bring it to 70%", () => {
    const open = [...units(6, "residential-area", "dat"), ...units(1, "residential-area", "can_xem_xet", 6)];
    expect(ratio([...open, ...units(3, "residential-area", "chua_dat", 7)])).toBe(
      "PHU_THUOC_DON_VI_CAN_XEM_XET",
    );
    const hopeless = [
      ...units(5, "residential-area", "dat"),
      ...units(1, "residential-area", "can_xem_xet", 5),
    ];
    expect(ratio([...hopeless, ...units(4, "residential-area", "chua_dat", 6)])).toBe("DUOI_TY_LE");
  });
});
