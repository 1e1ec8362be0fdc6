import { describe, expect, it } from "vitest";
import {
  type CompiledRuleSet,
  compile,
  defineInterpretation,
  defineRule,
  defineRuleSet,
  type EvaluationResult,
  findUndecidedReadings,
  type Outcome,
  type Readings,
  readingsProblem,
  undecidedOptions,
  undecidedReadingsOf,
  underReading,
} from "../src/index.js";
import { basis, REDUCTION } from "./fixtures/interpretations.js";

/** A khu dân cư with this year's and last year's crimes and social evils, or a xã rolling its units up. */
interface Unit {
  readonly kind: "khu_dan_cu" | "xa";
  readonly id: string;
  readonly crimes: number;
  readonly crimesBefore: number;
  readonly evils: number;
  readonly evilsBefore: number;
  /** Missing data: "cần xem xét" whatever the readings. */
  readonly incomplete?: boolean;
  /** A xã: the outcomes of its units (filled by the roll-up). */
  readonly covered?: readonly Outcome[];
}

const SCOPE = defineInterpretation({
  id: "tt124.d4.k4.a.pham_vi_so_sanh",
  label: "So sánh theo tổng số vụ hay từng loại",
  basis,
  choices: [
    { id: "tong", label: "Theo tổng số vụ" },
    { id: "tung_loai", label: "Theo từng loại" },
  ],
  default: null,
});
const DECIDED = defineInterpretation({
  id: "vi_du.da_chon",
  label: "Một cách hiểu đã có mặc định",
  basis,
  choices: [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
  ],
  default: "a",
});

const not = (now: number, before: number, reading: string | null | undefined) =>
  reading === "giam" ? now < before : now <= before;

const REDUCTION_RULE = defineRule({
  id: "vi_du.keo_giam",
  label: "Kiềm chế, kéo giảm tội phạm và tệ nạn",
  kinds: ["khu_dan_cu"],
  versions: [
    {
      from: "2022-02-10",
      basis,
      interpretations: [REDUCTION.id, SCOPE.id],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        KHONG_DAT: { outcome: "chua_dat", message: "Không kéo giảm" },
        CACH_HIEU: { outcome: "can_xem_xet", message: "Tuỳ cách hiểu" },
      },
      decide: (u: Unit, ctx) =>
        underReading(
          ctx,
          SCOPE.id,
          {
            tong: () =>
              underReading(
                ctx,
                REDUCTION.id,
                {
                  giam: () =>
                    not(u.crimes + u.evils, u.crimesBefore + u.evilsBefore, "giam") ? "DAT" : "KHONG_DAT",
                  khong_tang: () =>
                    not(u.crimes + u.evils, u.crimesBefore + u.evilsBefore, "khong_tang")
                      ? "DAT"
                      : "KHONG_DAT",
                },
                "CACH_HIEU",
              ),
            tung_loai: () =>
              underReading(
                ctx,
                REDUCTION.id,
                {
                  giam: () =>
                    not(u.crimes, u.crimesBefore, "giam") && not(u.evils, u.evilsBefore, "giam")
                      ? "DAT"
                      : "KHONG_DAT",
                  khong_tang: () =>
                    not(u.crimes, u.crimesBefore, "khong_tang") && not(u.evils, u.evilsBefore, "khong_tang")
                      ? "DAT"
                      : "KHONG_DAT",
                },
                "CACH_HIEU",
              ),
          },
          "CACH_HIEU",
        ) as "DAT" | "KHONG_DAT" | "CACH_HIEU",
    },
  ],
});
/** Reads only the decided option; "cần xem xét" when data is missing. */
const DATA_RULE = defineRule({
  id: "vi_du.du_lieu",
  label: "Đủ dữ liệu",
  kinds: ["khu_dan_cu"],
  versions: [
    {
      from: "2022-02-10",
      basis,
      interpretations: [DECIDED.id],
      findings: {
        DAT: { outcome: "dat", message: "Đủ" },
        THIEU: { outcome: "can_xem_xet", message: "Thiếu dữ liệu" },
      },
      decide: (u: Unit) => (u.incomplete ? "THIEU" : "DAT"),
    },
  ],
});
/** A xã: at least half of its units "đạt"; "cần xem xét" when the open ones would change that. */
const RATIO_RULE = defineRule({
  id: "vi_du.ty_le",
  label: "Tỷ lệ đơn vị đạt",
  kinds: ["xa"],
  versions: [
    {
      from: "2022-02-10",
      basis,
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        DUOI: { outcome: "chua_dat", message: "Dưới tỷ lệ" },
        PHU_THUOC: { outcome: "can_xem_xet", message: "Phụ thuộc đơn vị cần xem xét" },
      },
      decide: (u: Unit) => {
        const list = u.covered ?? [];
        const dat = list.filter((o) => o === "dat").length;
        const open = list.filter((o) => o === "can_xem_xet").length;
        if (2 * dat >= list.length) return "DAT";
        return 2 * (dat + open) < list.length ? "DUOI" : "PHU_THUOC";
      },
    },
  ],
});
const set = defineRuleSet<Unit>({
  id: "vi-du-cach-hieu",
  label: "Bộ quy tắc thử cách hiểu",
  package: { name: "@antq/rules", version: "0.0.0-test" },
  kinds: [
    { id: "khu_dan_cu", label: "Khu dân cư" },
    { id: "xa", label: "Xã" },
  ],
  kindOf: (u) => u.kind,
  idOf: (u) => u.id,
  rules: [DATA_RULE, REDUCTION_RULE, RATIO_RULE],
  interpretations: [REDUCTION, SCOPE, DECIDED],
});

/** Every khu dân cư with 0–2 crimes and evils this year and last year, half of them incomplete. */
const areas = (): Unit[] => {
  const out: Unit[] = [];
  let n = 0;
  for (let crimes = 0; crimes <= 2; crimes++)
    for (let crimesBefore = 0; crimesBefore <= 2; crimesBefore++)
      for (let evils = 0; evils <= 2; evils++)
        for (let evilsBefore = 0; evilsBefore <= 2; evilsBefore++)
          out.push({
            kind: "khu_dan_cu",
            id: `kdc-${++n}`,
            crimes,
            crimesBefore,
            evils,
            evilsBefore,
            incomplete: n % 7 === 0,
          });
  return out;
};

/** Xã i covers the khu dân cư 9i … 9i+8. */
const withCommunes = (units: readonly Unit[]) => {
  const communes: Unit[] = [];
  for (let k = 0; k * 9 < units.length; k++)
    communes.push({ kind: "xa", id: `xa-${k}`, crimes: 0, crimesBefore: 0, evils: 0, evilsBefore: 0 });
  const inputs = [...units, ...communes];
  const coveredBy = (index: number) =>
    index < units.length
      ? []
      : Array.from({ length: 9 }, (_, j) => (index - units.length) * 9 + j).filter((j) => j < units.length);
  /** Evaluates every unit, then each xã with its units' outcomes. */
  const assess = (compiled: CompiledRuleSet<Unit>, readings?: Readings): EvaluationResult[] => {
    const options = readings ? { readings } : {};
    const results = units.map((u) => compiled.evaluate(u, options));
    return [
      ...results,
      ...communes.map((c, k) =>
        compiled.evaluate(
          { ...c, covered: coveredBy(units.length + k).map((j) => (results[j] as EvaluationResult).outcome) },
          options,
        ),
      ),
    ];
  };
  /** Re-assesses a result: a xã with its units' outcomes under the same readings. */
  const reassess =
    (compiled: CompiledRuleSet<Unit>) =>
    (i: number, outcomeOf: (j: number) => Outcome, readings: Readings) => {
      const unit = inputs[i] as Unit;
      if (unit.kind !== "xa") return outcomeOf(i);
      return compiled.outcomeOf({ ...unit, covered: coveredBy(i).map(outcomeOf) }, { readings });
    };
  return { inputs, assess, reassess, dependsOn: coveredBy };
};

/** The report as the first version computed it: every unit assessed again under every combination. */
const bruteForce = (
  compiled: CompiledRuleSet<Unit>,
  assess: (c: CompiledRuleSet<Unit>) => EvaluationResult[],
) => {
  const base = assess(compiled).map((r) => r.outcome);
  const decided = new Set<number>();
  for (const a of [...REDUCTION.choices.map((c) => c.id), null])
    for (const b of [...SCOPE.choices.map((c) => c.id), null]) {
      if (a === null && b === null) continue;
      const readings: Record<string, string | null> = {};
      if (a !== null) readings[REDUCTION.id] = a;
      if (b !== null) readings[SCOPE.id] = b;
      const other = assess(compile(set, { year: 2024, readings })).map((r) => r.outcome);
      base.forEach((o, i) => {
        if (o === "can_xem_xet" && other[i] !== "can_xem_xet") decided.add(i);
      });
    }
  return [...decided].sort((x, y) => x - y);
};

describe("findUndecidedReadings", () => {
  const compiled = compile(set, { year: 2024 });
  const units = areas();

  it("lists the undecided options and the ones a result's open criteria read", () => {
    expect(undecidedOptions(compiled).map((o) => o.id)).toEqual([REDUCTION.id, SCOPE.id]);
    const open = units.find((u) => compiled.evaluate(u).outcome === "can_xem_xet" && !u.incomplete) as Unit;
    expect(undecidedReadingsOf(compiled, compiled.evaluate(open))).toEqual([REDUCTION.id, SCOPE.id]);
    const missing = units.find((u) => u.incomplete && u.crimes === 0 && u.crimesBefore === 2) as Unit;
    // Incomplete and decided by any reading: only the data rule is open, which reads no undecided option.
    expect(compiled.evaluate(missing).outcome).toBe("can_xem_xet");
    expect(undecidedReadingsOf(compiled, compiled.evaluate(missing))).toEqual([]);
    expect(
      undecidedOptions(compile(set, { year: 2024, readings: { [REDUCTION.id]: "giam" } })).map((o) => o.id),
    ).toEqual([SCOPE.id]);
  });

  it("finds the same results as assessing everything again under every reading, assessing far fewer", () => {
    const results = units.map((u) => compiled.evaluate(u));
    const report = findUndecidedReadings(compiled, units, results);
    const expected = bruteForce(compiled, (c) => units.map((u) => c.evaluate(u)));
    expect(expected.length).toBeGreaterThan(10);
    expect(report.decided).toEqual(expected);
    expect(report.results).toBe(expected.length);
    expect(report.byKind).toEqual({ khu_dan_cu: expected.length });
    expect(report.complete).toBe(true);
    // Only the results whose open criteria read an undecided option were assessed again.
    const open = results.filter((r) => r.outcome === "can_xem_xet").length;
    const readingOpen = results.filter((r) => undecidedReadingsOf(compiled, r).length > 0).length;
    expect(report.reassessed).toBe(readingOpen);
    expect(readingOpen).toBeLessThan(open);
  });

  it("says how many results each option decides alone", () => {
    const report = findUndecidedReadings(
      compiled,
      units,
      units.map((u) => compiled.evaluate(u)),
    );
    const alone = (id: string) =>
      new Set(
        bruteForceAlone(id).filter((i) => compiled.evaluate(units[i] as Unit).outcome === "can_xem_xet"),
      ).size;
    const bruteForceAlone = (id: string) => {
      const option = id === REDUCTION.id ? REDUCTION : SCOPE;
      const out: number[] = [];
      for (const c of option.choices) {
        const other = compile(set, { year: 2024, readings: { [id]: c.id } });
        units.forEach((u, i) => {
          if (other.outcomeOf(u) !== "can_xem_xet") out.push(i);
        });
      }
      return out;
    };
    expect(report.options.map((o) => [o.id, o.decides])).toEqual(
      [REDUCTION.id, SCOPE.id].map((id) => [id, alone(id)]).filter(([, n]) => (n as number) > 0),
    );
    expect(report.options[0]?.choices).toEqual(REDUCTION.choices.map((c) => ({ id: c.id, label: c.label })));
  });

  it("follows a roll-up: a xã open only because of its units is decided with them", () => {
    const { inputs, assess, reassess, dependsOn } = withCommunes(units);
    const results = assess(compiled);
    const report = findUndecidedReadings(compiled, inputs, results, {
      reassess: reassess(compiled),
      dependsOn,
    });
    const expected = bruteForce(compiled, (c) => assess(c));
    expect(report.decided).toEqual(expected);
    const communes = expected.filter((i) => i >= units.length).length;
    expect(communes).toBeGreaterThan(0);
    expect(report.byKind).toEqual({ khu_dan_cu: expected.length - communes, xa: communes });
    // Without the dependency the xã are not found (their own rule reads no option).
    const alone = findUndecidedReadings(compiled, inputs, results, { reassess: reassess(compiled) });
    expect(alone.byKind.xa).toBeUndefined();
  });

  it("reports nothing when every option is chosen, and says when the combinations were capped", () => {
    const chosen = compile(set, { year: 2024, readings: { [REDUCTION.id]: "giam", [SCOPE.id]: "tong" } });
    const none = findUndecidedReadings(
      chosen,
      units,
      units.map((u) => chosen.evaluate(u)),
    );
    expect(none).toEqual({ results: 0, decided: [], byKind: {}, options: [], reassessed: 0, complete: true });
    const capped = findUndecidedReadings(
      compiled,
      units,
      units.map((u) => compiled.evaluate(u)),
      { maxCombinations: 2 },
    );
    expect(capped.complete).toBe(false);
    expect(capped.results).toBeGreaterThan(0);
  });
});

describe("readingsProblem", () => {
  const interpretations = set.interpretations;

  it("accepts the options of the rule set and undecided", () => {
    expect(readingsProblem({ [REDUCTION.id]: "giam", [SCOPE.id]: null }, interpretations)).toBeUndefined();
    expect(readingsProblem({}, interpretations)).toBeUndefined();
  });

  it("names an unknown id or choice with a stable code, and lists what is possible, in Vietnamese", () => {
    expect(readingsProblem({ "tt124.khong-co": "a" }, interpretations)).toEqual({
      code: "UNKNOWN_INTERPRETATION",
      message: `Không có cách hiểu "tt124.khong-co". Các cách hiểu hiện có: ${REDUCTION.id}, ${SCOPE.id}, ${DECIDED.id}`,
      path: ["tt124.khong-co"],
    });
    const wrong = readingsProblem({ [REDUCTION.id]: "khong-co" }, interpretations);
    expect(wrong?.code).toBe("UNKNOWN_CHOICE");
    expect(wrong?.path).toEqual([REDUCTION.id]);
    expect(wrong?.message).toBe(
      `Cách hiểu "${REDUCTION.id}" không có lựa chọn "khong-co"; chọn một trong: giam (Phải giảm so với năm trước); khong_tang (Không tăng so với năm trước)`,
    );
  });
});
