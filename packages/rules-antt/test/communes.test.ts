/**
 * Which commune a unit counts for (Điều 5 khoản 4) and how the roll-up hands units' results to it: one behaviour
 * per test, on the golden units of Xã Mỹ Lợi and Phường 1.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import {
  communeKeyOf,
  coveringCommuneOf,
  createCommuneRollup,
  evaluateWithCommunes,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const input = (id: string): SecurityOrderInput => parseInput(golden.cases.find((c) => c.id === id)?.input);
const compiled = compile(securityOrderRuleSet, { year: 2025 });
type Unit = SecurityOrderInput["unit"];
const relabel = (u: Unit, extra: Record<string, unknown>): Unit => ({ ...u, ...extra }) as Unit;

describe("coveringCommuneOf", () => {
  it("a khu dân cư counts for its commune", () => {
    expect(coveringCommuneOf(input("T6").unit)).toBe("xa-my-loi");
  });
  it("a cơ quan, doanh nghiệp or trường counts for the commune only when the commune manages or recognises it", () => {
    for (const id of ["T1", "T3", "T5"]) {
      const unit = input(id).unit;
      expect(coveringCommuneOf(unit), id).toBeUndefined();
      expect(coveringCommuneOf(relabel(unit, { managingLevel: "commune" })), id).toBe(
        unit.location.communeId,
      );
      expect(coveringCommuneOf(relabel(unit, { recognitionDelegated: true })), id).toBe(
        unit.location.communeId,
      );
      expect(coveringCommuneOf(relabel(unit, { recognitionDelegated: false })), id).toBeUndefined();
    }
  });
  it("a commune and an organisation outside the circular count for no commune", () => {
    expect(coveringCommuneOf(input("T1b").unit)).toBeUndefined();
    expect(coveringCommuneOf(input("T30").unit)).toBeUndefined();
  });
});

describe("communeKeyOf", () => {
  it("a commune is keyed by its administrative unit, else its location; other units have no key", () => {
    const xa = input("T1b").unit;
    expect(communeKeyOf(relabel(xa, { adminUnitId: "xa-my-loi-moi" }))).toBe("xa-my-loi-moi");
    const { adminUnitId: _, ...noAdmin } = xa as Unit & { adminUnitId?: string };
    expect(communeKeyOf(noAdmin as Unit)).toBe("xa-my-loi");
    expect(communeKeyOf(input("T6").unit)).toBeUndefined();
  });
});

describe("createCommuneRollup", () => {
  const area = input("T6");
  const { coveredUnits: _given, ...xa } = input("T1b");
  it("records only units that count for a commune, with their registration and outcome", () => {
    const rollup = createCommuneRollup(compiled);
    const r = rollup.addUnit(area);
    rollup.addUnit(input("T1"));
    expect(rollup.statusesOf("xa-my-loi")).toEqual([
      { unitId: "kdc-ap-my-loi", kind: "residential-area", registered: true, outcome: r.outcome },
    ]);
    expect([...rollup.recordedStatuses().keys()]).toEqual(["xa-my-loi"]);
    expect(rollup.statusesOf("phuong-1")).toEqual([]);
  });
  it("a unit without a Quý I registration is recorded as not registered", () => {
    const rollup = createCommuneRollup(compiled);
    const { quarterOne: _q, ...facts } = area.facts;
    rollup.addUnit({ ...area, facts } as SecurityOrderInput);
    expect(rollup.statusesOf("xa-my-loi")[0]?.registered).toBe(false);
  });
  it("uses the roll-up's options unless a call gives its own", () => {
    const rollup = createCommuneRollup(compiled, { explain: true });
    expect(rollup.addUnit(area).summary).toBeDefined();
    expect(rollup.addUnit(area, {}).summary).toBeUndefined();
    expect(rollup.evaluateCommune(xa as SecurityOrderInput).summary).toBeDefined();
    expect(rollup.evaluateCommune(xa as SecurityOrderInput, {}).summary).toBeUndefined();
  });
  it("a commune with nothing recorded has no covered unit; given covered units win over recorded ones", () => {
    const rollup = createCommuneRollup(compiled);
    const none = rollup.evaluateCommune(xa as SecurityOrderInput);
    expect(none.criteria.find((c) => c.id === "tt124.d5.k4")?.code).toBe("KHONG_CO_DON_VI");
    rollup.addUnit(area);
    const given = rollup.evaluateCommune(input("T1b"));
    expect(given.criteria.find((c) => c.id === "tt124.d5.k4")?.code).toBe("DAT");
  });
  it("a commune without an administrative unit or commune id keeps its reported totals", () => {
    const rollup = createCommuneRollup(compiled);
    rollup.addUnit(area);
    const { adminUnitId: _a, ...unit } = xa.unit as Unit & { adminUnitId?: string };
    const { communeId: _c, ...location } = unit.location;
    const anonymous = {
      ...xa,
      unit: { ...unit, location },
      facts: { ...xa.facts, coveredUnits: { total: 20, registered: 20, recognised: 14 } },
    } as SecurityOrderInput;
    expect(communeKeyOf(anonymous.unit)).toBeUndefined();
    const ratio = rollup.evaluateCommune(anonymous).criteria.find((c) => c.id === "tt124.d5.k4");
    expect(ratio?.code).toBe("DAT");
  });
  it("evaluateWithCommunes keeps the order of the inputs and evaluates a non-commune unit as given", () => {
    const results = evaluateWithCommunes(compiled, [xa as SecurityOrderInput, area, input("T1")]);
    expect(results.map((r) => r.subject)).toEqual(["xa-my-loi", "kdc-ap-my-loi", "dn-thuong-mai-an-phu"]);
    expect(results[1]).toEqual(compiled.evaluate(area));
    expect(results[0]?.criteria.find((c) => c.id === "tt124.d5.k4")?.code).not.toBe("KHONG_CO_DON_VI");
  });
});
