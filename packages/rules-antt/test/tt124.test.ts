import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  basesOf,
  compile,
  defineOverlay,
  RuleSetMetadataSchema,
  renderExplanation,
  ruleSetMetadata,
  validateRuleSet,
} from "@antq/rules";
import { describe, expect, it } from "vitest";
import {
  COMMUNE_RECOGNISED_MIN,
  createCommuneRollup,
  evaluateWithCommunes,
  type SecurityOrderInput,
  securityOrderRuleSet,
  tt124,
} from "../src/index.js";
import { decideCommuneRatio } from "../src/tt124/commune.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const input = (id: string): SecurityOrderInput => parseInput(golden.cases.find((c) => c.id === id)?.input);

describe("national rule set: static checks", () => {
  it("passes every static check", () => {
    expect(validateRuleSet(securityOrderRuleSet)).toEqual([]);
  });
  it("every rule and version has a label and a TT 124 / TT 23 / NĐ 80 basis", () => {
    for (const r of securityOrderRuleSet.rules) {
      expect(r.label.trim()).not.toBe("");
      for (const v of r.versions) {
        const docs = basesOf(v).map((b) => b.document);
        expect(
          docs.some((d) => ["124/2021/TT-BCA", "23/2012/TT-BCA"].includes(d)),
          r.id,
        ).toBe(true);
      }
    }
  });
  it("encodes every khoản of Điều 4–7 per unit kind", () => {
    const c = compile(securityOrderRuleSet, { year: 2025 });
    const ids = (kind: string) =>
      c.rules.filter((r) => r.rule.kinds === undefined || r.rule.kinds.includes(kind)).map((r) => r.rule.id);
    expect(ids("residential-area")).toEqual([
      "antt.du_lieu",
      "tt124.d1.k2",
      "tt124.d4.k1",
      "tt124.d4.k2",
      "tt124.d4.k3",
      "tt124.d4.k4.a",
      "tt124.d4.k4.b",
      "tt124.d4.k4.c",
      "tt124.d4.k4.d",
      "tt124.d4.k5",
    ]);
    expect(ids("commune")).toEqual([
      "antt.du_lieu",
      "tt124.d1.k2",
      "tt124.d5.k1",
      "tt124.d5.k2.d4.k2",
      "tt124.d5.k2.d4.k3",
      "tt124.d5.k2.d4.k4.a",
      "tt124.d5.k2.d4.k4.b",
      "tt124.d5.k2.d4.k4.c",
      "tt124.d5.k2.d4.k4.d",
      "tt124.d5.k3",
      "tt124.d5.k4",
    ]);
    expect(ids("enterprise")).toEqual(ids("agency"));
    expect(ids("agency").filter((x) => x.startsWith("tt124.d6"))).toHaveLength(12);
    expect(ids("education").filter((x) => x.startsWith("tt124.d7"))).toEqual([
      "tt124.d7.k1",
      "tt124.d7.k2",
      "tt124.d7.k3.a",
      "tt124.d7.k3.b",
      "tt124.d7.k3.c",
      "tt124.d7.k3.dd",
      "tt124.d7.k3.e",
      "tt124.d7.k3.g",
      "tt124.d7.k4",
      "tt124.d7.k5",
      "tt124.d7.k6",
    ]);
  });
  it("TT 23 applies until 09/02/2022 and TT 124 from 10/02/2022, as dated versions of the same rule ids", () => {
    const versionOf = (asOf: string, id: string) =>
      compile(securityOrderRuleSet, { asOf }).rules.find((r) => r.rule.id === id)?.version;
    for (const id of ["tt124.d1.k2", "tt124.d4.k1", "tt124.d5.k3", "tt124.d5.k4"]) {
      const before = versionOf("2022-02-09", id);
      const after = versionOf("2022-02-10", id);
      expect([id, before?.from, before?.to]).toEqual([id, "2012-04-27", "2022-02-09"]);
      expect(basesOf(before ?? { basis: [] }).map((b) => b.document)).toEqual(["23/2012/TT-BCA"]);
      expect([id, after?.from, after?.to]).toEqual([id, "2022-02-10", undefined]);
      expect(basesOf(after ?? { basis: [] })[0]?.document).toBe("124/2021/TT-BCA");
    }
    // The TT 23 criteria not encoded have no TT 124 counterpart: their review flag keeps an id of its own.
    const ids = (asOf: string) => compile(securityOrderRuleSet, { asOf }).rules.map((r) => r.rule.id);
    expect(ids("2022-02-09").filter((id) => id.startsWith("tt23."))).toEqual([
      "tt23.noi_dung_chua_doi_chieu",
    ]);
    expect(ids("2022-02-10").some((id) => id.startsWith("tt23."))).toBe(false);
  });
  it("a 2020 assessment and a 2024 one print the same id with a different version and basis", () => {
    const unit = input("X-tt23-kdc-thieu-ho");
    const criterion = (year: number) =>
      compile(securityOrderRuleSet, { year })
        .evaluate({ ...unit, facts: { ...unit.facts, year, quarterOne: undefined } }, { explain: true })
        .criteria.find((c) => c.id === "tt124.d4.k1");
    const old = criterion(2020);
    const now = criterion(2024);
    expect([old?.code, old?.version, old?.citation]).toEqual([
      "THIEU_DU_LIEU",
      { from: "2012-04-27", to: "2022-02-09" },
      "khoản 1 Điều 5 Thông tư 23/2012/TT-BCA",
    ]);
    expect([now?.code, now?.version, now?.citation]).toEqual([
      "THIEU_DU_LIEU",
      { from: "2022-02-10" },
      "khoản 1 Điều 4 Thông tư 124/2021/TT-BCA",
    ]);
  });
  it("metadata serialises and validates against the published schema", () => {
    const meta = ruleSetMetadata(securityOrderRuleSet);
    expect(RuleSetMetadataSchema.safeParse(meta).success).toBe(true);
    expect(
      RuleSetMetadataSchema.safeParse(
        JSON.parse(JSON.stringify(compile(securityOrderRuleSet, { year: 2025 }).metadata)),
      ).success,
    ).toBe(true);
    const d4k4b = meta.rules.find((r) => r.id === "tt124.d4.k4.b");
    expect(d4k4b?.versions[0]?.basis[0]?.citation).toBe("điểm b khoản 4 Điều 4 Thông tư 124/2021/TT-BCA");
  });
  it("the hash changes with the evaluation year's rules and readings, not between runs", () => {
    const a = compile(securityOrderRuleSet, { year: 2025 });
    expect(compile(securityOrderRuleSet, { year: 2025 }).hash).toBe(a.hash);
    expect(compile(securityOrderRuleSet, { year: 2021 }).hash).not.toBe(a.hash);
    expect(compile(securityOrderRuleSet, { year: 2024 }).hash).not.toBe(a.hash);
  });
});

describe("commune ratio (Điều 5 khoản 4): exact integers at the boundary", () => {
  const t = (total: number, recognised: number, review = 0, registered = total) =>
    decideCommuneRatio({ total, registered, recognised, review }, 70);
  it("7/10 passes, 69/99 fails, 17/25 fails, 18/25 passes, 14/20 passes", () => {
    expect(t(10, 7)).toBe("DAT");
    expect(t(99, 69)).toBe("DUOI_TY_LE");
    expect(t(25, 17)).toBe("DUOI_TY_LE");
    expect(t(25, 18)).toBe("DAT");
    expect(t(20, 14)).toBe("DAT");
    expect(t(100000007, 70000005)).toBe("DAT");
    expect(t(100000007, 70000004)).toBe("DUOI_TY_LE");
  });
  it("100% registration first; units under review make it cần xem xét only when decisive", () => {
    expect(t(20, 20, 0, 19)).toBe("CHUA_DANG_KY_DU");
    expect(t(10, 6, 1)).toBe("PHU_THUOC_DON_VI_CAN_XEM_XET");
    expect(t(10, 5, 1)).toBe("DUOI_TY_LE");
    expect(t(0, 0)).toBe("KHONG_CO_DON_VI");
  });
});

describe("province batch (evaluateWithCommunes)", () => {
  it("computes the commune ratio from the units' own results; out-of-scope units are left out", () => {
    const compiled = compile(securityOrderRuleSet, { year: 2025 });
    const kdcOk = input("X-kdc-dat");
    const kdcFail = input("T6");
    const micro = input("T1");
    const commune = input("T22-xa-2025");
    const kdcs = Array.from({ length: 7 }, (_, i) => ({
      unit: { ...kdcOk.unit, id: `kdc-${i}` },
      facts: { ...kdcOk.facts, unitId: `kdc-${i}` },
    })) as SecurityOrderInput[];
    const fails = Array.from({ length: 3 }, (_, i) => ({
      unit: { ...kdcFail.unit, id: `kdc-x${i}` },
      facts: { ...kdcFail.facts, unitId: `kdc-x${i}` },
    })) as SecurityOrderInput[];
    const microInXa: SecurityOrderInput = {
      unit: {
        ...micro.unit,
        managingLevel: "commune",
        location: { ...micro.unit.location, communeId: "xa-my-loi" },
      },
      facts: micro.facts,
    } as SecurityOrderInput;
    const results = evaluateWithCommunes(compiled, [commune, ...kdcs, ...fails, microInXa], {
      explain: true,
    });
    const xa = results[0];
    expect(results.slice(1, 8).every((r) => r.outcome === "dat")).toBe(true);
    expect(results[11]?.outcome).toBe("khong_ap_dung");
    const k4 = xa?.criteria.find((c) => c.id === "tt124.d5.k4");
    expect(k4?.facts).toMatchObject({ tongSo: 10, daDangKy: 10, duocCongNhan: 7, nguon: "ket-qua-don-vi" });
    expect(k4?.outcome).toBe("dat");
    expect(xa?.outcome).toBe("dat");
  });
});

describe("explanations", () => {
  it("print a Vietnamese explanation an officer can attach, in NFC", () => {
    const compiled = compile(securityOrderRuleSet, { year: 2025 });
    const text = renderExplanation(compiled.evaluate(input("T6"), { explain: true }));
    expect(text).toContain("KẾT QUẢ: Khu dân cư Ấp Mỹ Lợi (kdc-ap-my-loi) năm 2025: chưa đạt");
    expect(text).toContain(
      "Mới có 312/315 hộ gia đình đang cư trú đăng ký tham gia (yêu cầu 100%). Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA.",
    );
    expect(text).toBe(text.normalize("NFC"));
  });
});

describe("reasons read as an officer would write them", () => {
  const compiled = compile(securityOrderRuleSet, { year: 2025 });
  const reason = (caseId: string, ruleId: string) =>
    compiled.evaluate(input(caseId), { explain: true }).criteria.find((c) => c.id === ruleId)?.reason ?? "";

  it("names an accident by its Vietnamese kind and date (T14)", () => {
    expect(reason("T14", "tt124.d4.k4.d")).toContain("tai nạn lao động ngày 21/08/2025");
    expect(reason("T14", "tt124.d4.k4.d")).not.toMatch(/labour-accident|\d{4}-\d{2}-\d{2}/);
  });

  it("lists the facts used in Vietnamese, not as codes (T25)", () => {
    const facts = compiled
      .evaluate(input("T25"), { explain: true })
      .criteria.find((c) => c.id === "tt124.d6.k4")?.facts as Record<string, unknown>;
    expect(JSON.stringify(facts.kyLuat)).toMatch(/Khiển trách \(ngày \d{2}\/\d{2}\/\d{4}\)/);
  });

  it("writes the date of a resolution made after Quý I in dd/MM/yyyy (T7)", () => {
    expect(reason("T7", "tt124.d4.k1")).toMatch(/Nghị quyết của chi bộ ban hành ngày \d{2}\/04\/2025/);
  });
});

describe("createCommuneRollup", () => {
  const compiled = compile(securityOrderRuleSet, { year: 2025 });
  const commune = input("T17");
  const key = "xa-cuon-chieu";
  const inCommune = (i: SecurityOrderInput): SecurityOrderInput =>
    ({ ...i, unit: { ...i.unit, location: { ...i.unit.location, communeId: key } } }) as SecurityOrderInput;
  const { coveredUnits: _given, ...withoutGiven } = commune;
  const xa = { ...withoutGiven, unit: { ...commune.unit, adminUnitId: key } } as SecurityOrderInput;
  const units = ["T6", "T8", "T11", "T12"].map((id) => inCommune(input(id)));

  it("streams to the same results as evaluateWithCommunes, whatever the order of the units", () => {
    const batch = evaluateWithCommunes(compiled, [...units, xa], { explain: true });
    const rollup = createCommuneRollup(compiled);
    const streamed = [...units]
      .reverse()
      .map((u) => rollup.addUnit(u))
      .reverse();
    streamed.push(rollup.evaluateCommune(xa));
    expect(streamed.map((r) => r.outcome)).toEqual(batch.map((r) => r.outcome));
    expect(rollup.statusesOf(key)).toHaveLength(units.length);
    // T6 and T12 fail, T8 and T11 pass: the commune counts its own units' results (Điều 5 khoản 4).
    expect(batch.at(-1)?.criteria.find((c) => c.id === "tt124.d5.k4")?.facts).toMatchObject({
      tongSo: 4,
      daDangKy: 4,
      duocCongNhan: 2,
      nguon: "ket-qua-don-vi",
    });
  });

  it("evaluates a commune streamed in parts like one stream, with every part's recorded statuses", () => {
    const whole = createCommuneRollup(compiled);
    for (const u of units) whole.addUnit(u);
    const expected = whole.evaluateCommune(xa, { explain: true });
    const first = createCommuneRollup(compiled);
    const second = createCommuneRollup(compiled);
    for (const u of units.slice(0, 1)) first.addUnit(u);
    for (const u of units.slice(1)) second.addUnit(u);
    expect([...first.recordedStatuses().keys()]).toEqual([key]);
    const covered = [first, second].flatMap((part) => part.recordedStatuses().get(key) ?? []);
    expect(covered).toEqual(whole.statusesOf(key));
    expect(covered.map((s) => s.unitId)).toEqual(units.map((u) => u.unit.id));
    const merged = createCommuneRollup(compiled).evaluateCommune(
      { ...xa, coveredUnits: covered },
      { explain: true },
    );
    expect(merged).toEqual(expected);
  });
});

describe("Thông tư 23 commune ratio (the TT 23 version of tt124.d5.k4): the dated parameter, exact at the boundary", () => {
  const base = input("X-tt23-xa-16-tren-25");
  const compiled = compile(securityOrderRuleSet, { year: 2021 });
  const withUnits = (dat: number, review: number, fail: number): SecurityOrderInput => ({
    ...base,
    coveredUnits: [
      ...Array.from({ length: dat }, (_, i) => ({ outcome: "dat" as const, i })),
      ...Array.from({ length: review }, (_, i) => ({ outcome: "can_xem_xet" as const, i: dat + i })),
      ...Array.from({ length: fail }, (_, i) => ({ outcome: "chua_dat" as const, i: dat + review + i })),
    ].map(({ outcome, i }) => ({
      unitId: `kdc-${i}`,
      kind: "residential-area" as const,
      registered: true,
      outcome,
    })),
  });
  const codeOf = (i: SecurityOrderInput) =>
    compiled.evaluate(i).criteria.find((c) => c.id === "tt124.d5.k4")?.code;
  it("7/10 passes, 69/99 and 17/25 fail, 18/25 passes", () => {
    expect(codeOf(withUnits(7, 0, 3))).toBe("DAT");
    expect(codeOf(withUnits(69, 0, 30))).toBe("DUOI_TY_LE");
    expect(codeOf(withUnits(17, 0, 8))).toBe("DUOI_TY_LE");
    expect(codeOf(withUnits(18, 0, 7))).toBe("DAT");
  });
  it("units under review decide only when they could tip the ratio", () => {
    expect(codeOf(withUnits(6, 1, 3))).toBe("PHU_THUOC_DON_VI_CAN_XEM_XET");
    expect(codeOf(withUnits(5, 1, 4))).toBe("DUOI_TY_LE");
    expect(codeOf({ ...base, coveredUnits: [] })).toBe("THIEU_DU_LIEU");
  });
  it("reads the threshold from the dated parameter (an overlay value for the TT 23 years applies)", () => {
    const raised = compile(securityOrderRuleSet, {
      year: 2021,
      overlays: [
        defineOverlay<SecurityOrderInput>({
          id: "vi-du-tt23",
          label: "Ví dụ nâng tỷ lệ",
          package: { name: "@antq/rules-vi-du", version: "0.0.0" },
          basis: [tt124(8, 1)],
          from: "2012-04-27",
          to: "2022-02-09",
          setParameters: [
            {
              id: COMMUNE_RECOGNISED_MIN.id,
              values: [{ from: "2012-04-27", to: "2022-02-09", value: 80, basis: tt124(8, 1) }],
            },
          ],
        }),
      ],
    });
    const r = raised.evaluate(withUnits(7, 0, 3), { explain: true });
    const c = r.criteria.find((x) => x.id === "tt124.d5.k4");
    expect(c?.code).toBe("DUOI_TY_LE");
    expect(c?.reason).toContain("Dưới 80% khu dân cư được công nhận");
  });
});

describe("explanations speak to officers (issue 14)", () => {
  const texts = golden.cases.map((c) => {
    const compiled = compile(securityOrderRuleSet, c.asOf ? { asOf: c.asOf } : { year: c.year ?? 2025 });
    return renderExplanation(compiled.evaluate(parseInput(c.input), { explain: true }));
  });
  const factLines = texts.flatMap((t) => t.split("\n").filter((l) => l.trimStart().startsWith("Dữ kiện:")));

  it("label every fact in Vietnamese, with Vietnamese values and dd/MM/yyyy dates", () => {
    expect(factLines.length).toBeGreaterThan(100);
    for (const line of factLines) {
      expect(line, line).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(line, line).not.toMatch(/[{}"]/);
      expect(line, line).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\s*[:=]/); // camelCase keys such as hoCuTru
      expect(line, line).not.toMatch(
        /residential-area|trade-services|\bgood\b|ket-qua-don-vi|completed|upper-secondary|\bcommune\b/,
      );
    }
  });
  it("state the 6.3/7.3 criteria as requirements and keep acronyms in reasons", () => {
    const all = texts.join("\n");
    const compiled = compile(securityOrderRuleSet, { year: 2025 });
    for (const r of compiled.rules.filter((x) => /^tt124\.d[67]\.k3\./.test(x.rule.id))) {
      expect(r.rule.label, r.rule.id).toMatch(/^Không /);
    }
    expect(all).not.toMatch(/(?<![.@/-])\b(antt|vphc)\b(?![.-])/);
    const b = compiled.rules.find((x) => x.rule.id === "tt124.d6.k3.b");
    expect(b?.rule.label).toBe(
      "Không để xảy ra lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu nại gây mất ANTT",
    );
    expect(b?.version.findings.CO_VU_VIEC?.message).toBe(
      "Để xảy ra lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu nại gây mất ANTT",
    );
    expect(all).not.toMatch(/\[đạt\] Tuyên truyền/);
  });
  it("name each reading in force by its label and its chosen choice's label, never by ids", () => {
    const lines = texts.flatMap((t) => t.split("\n").filter((l) => l.trimStart().startsWith("Cách hiểu")));
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(line, line).not.toMatch(/tt124\.|[a-z]+_[a-z]+/);
    expect(lines).toContain(
      "   Cách hiểu Điều 6 khoản 3 điểm h: Bị xử phạt VPHC về ANTT, hoặc mắc TNXH và bị kỷ luật từ cảnh cáo",
    );
    expect(lines).toContain(
      "   Cách hiểu “Áp dụng tiêu chí của xã, phường cho đặc khu”: Áp dụng như xã, phường",
    );
    expect(lines).toContain("   Cách hiểu “kiềm chế, kéo giảm … so với năm trước”: chưa quyết định");
  });
  it("cite documents, never internal files, in legal bases", () => {
    const meta = JSON.stringify(ruleSetMetadata(securityOrderRuleSet));
    expect(meta).not.toMatch(/regulations\.md|§/);
  });
});
