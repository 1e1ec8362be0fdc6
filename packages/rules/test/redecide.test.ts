/**
 * `CompiledRuleSet.redecide`: the outcome after a change of readings or inputs, deciding again only the rules the
 * change reaches, must equal deciding everything again (`outcomeOf`) — with gates, "info" rules, rules reading
 * other rules' outcomes, an aggregate, a reading used without being declared, and a changed input.
 */
import { describe, expect, it } from "vitest";
import {
  compile,
  defineRule,
  defineRuleSet,
  type Outcome,
  type Readings,
  type RuleContext,
  type RuleSet,
  underReading,
} from "../src/index.js";
import { basis, REDUCTION, yesNoOption } from "./fixtures/interpretations.js";

/** A khu dân cư: crimes this year and last year, whether it is in a special zone, its households' data. */
interface Area {
  readonly kind: "khu_dan_cu";
  readonly id: string;
  readonly crimes: number;
  readonly crimesBefore: number;
  readonly specialZone: boolean;
  readonly households?: number;
  readonly registered?: number;
  /** Outcomes of the areas it covers (a roll-up input). */
  readonly covered?: readonly Outcome[];
}

const ZONE = yesNoOption("tt124.d1.dac_khu", "Đặc khu có thuộc phạm vi");
const STRICT = yesNoOption("vi_du.nghiem", "Áp dụng nghiêm");

const version = { from: "2022-02-10", basis } as const;
/** A gate reading an option: a special zone is in scope only under one reading. */
const SCOPE = defineRule({
  id: "vi_du.pham_vi",
  label: "Phạm vi",
  role: "gate",
  versions: [
    {
      ...version,
      interpretations: [ZONE.id],
      inputs: ["specialZone"],
      findings: {
        THUOC: { outcome: "dat", message: "Thuộc phạm vi" },
        NGOAI: { outcome: "khong_ap_dung", message: "Ngoài phạm vi" },
        CHUA_RO: { outcome: "can_xem_xet", message: "Chưa rõ" },
      },
      decide: (a: Area, ctx) =>
        a.specialZone
          ? (underReading(ctx, ZONE.id, { co: () => "THUOC", khong: () => "NGOAI" }, "CHUA_RO") as
              | "THUOC"
              | "NGOAI"
              | "CHUA_RO")
          : "THUOC",
    },
  ],
});
const REDUCTION_RULE = defineRule({
  id: "vi_du.keo_giam",
  label: "Kiềm chế, kéo giảm",
  versions: [
    {
      ...version,
      interpretations: [REDUCTION.id],
      inputs: ["crimes", "crimesBefore"],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        KHONG: { outcome: "chua_dat", message: "Không giảm" },
        CACH_HIEU: { outcome: "can_xem_xet", message: "Tuỳ cách hiểu" },
      },
      decide: (a: Area, ctx) =>
        underReading(
          ctx,
          REDUCTION.id,
          {
            giam: () => (a.crimes < a.crimesBefore ? "DAT" : "KHONG"),
            khong_tang: () => (a.crimes <= a.crimesBefore ? "DAT" : "KHONG"),
          },
          "CACH_HIEU",
        ) as "DAT" | "KHONG" | "CACH_HIEU",
    },
  ],
});
/** Reads the reduction's outcome: "đạt" only when the reduction is. */
const FOLLOWS = defineRule({
  id: "vi_du.theo_keo_giam",
  label: "Theo kết quả kéo giảm",
  versions: [
    {
      ...version,
      dependsOn: [REDUCTION_RULE.id],
      inputs: [],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        KHONG: { outcome: "chua_dat", message: "Không" },
        CHO: { outcome: "can_xem_xet", message: "Chờ" },
      },
      decide: (_a: Area, ctx) => {
        const o = ctx.outcome(REDUCTION_RULE.id);
        return o === "dat" ? "DAT" : o === "chua_dat" ? "KHONG" : "CHO";
      },
    },
  ],
});
/** Missing household data: "cần xem xét" whatever the readings. */
const DATA = defineRule({
  id: "vi_du.du_lieu",
  label: "Đủ dữ liệu hộ",
  versions: [
    {
      ...version,
      inputs: ["households", "registered"],
      findings: {
        DAT: { outcome: "dat", message: "Đủ" },
        THIEU_HO: { outcome: "chua_dat", message: "Thiếu hộ" },
        THIEU: { outcome: "can_xem_xet", message: "Thiếu dữ liệu" },
      },
      decide: (a: Area) =>
        a.households === undefined || a.registered === undefined
          ? "THIEU"
          : a.registered >= a.households
            ? "DAT"
            : "THIEU_HO",
    },
  ],
});
/** Under the strict reading, also needs the household data to be complete (reads DATA's outcome, declared). */
const DATA_STRICT = defineRule({
  id: "vi_du.du_lieu_nghiem",
  label: "Dữ liệu hộ khi áp dụng nghiêm",
  versions: [
    {
      ...version,
      dependsOn: [DATA.id],
      interpretations: [STRICT.id],
      inputs: [],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        KHONG: { outcome: "chua_dat", message: "Không" },
      },
      decide: (_a: Area, ctx) =>
        ctx.reading(STRICT.id) === "co" && ctx.outcome(DATA.id) !== "dat" ? "KHONG" : "DAT",
    },
  ],
});
/**
 * Repeats DATA's outcome without declaring that it reads it (recorded on first reading); its value reads an
 * outcome and an option after the rule was decided, as an explanation does.
 */
const DATA_ECHO = defineRule({
  id: "vi_du.theo_du_lieu",
  label: "Theo dữ liệu hộ (không khai báo)",
  versions: [
    {
      ...version,
      inputs: [],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        KHONG: { outcome: "chua_dat", message: "Không" },
        CHO: { outcome: "can_xem_xet", message: "Chờ" },
      },
      decide: (_a: Area, ctx) => {
        const o = ctx.outcome(DATA.id);
        return o === "dat" ? "DAT" : o === "chua_dat" ? "KHONG" : "CHO";
      },
      value: (_a: Area, ctx) =>
        (ctx.outcome(DATA.id) === "dat" ? 1 : 0) + (ctx.reading(STRICT.id) === "co" ? 2 : 0),
    },
  ],
});
/** Reads an option it does not declare (recorded on first reading). */
const UNDECLARED = defineRule({
  id: "vi_du.khong_khai_bao",
  label: "Đọc cách hiểu không khai báo",
  versions: [
    {
      ...version,
      inputs: ["crimes"],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        KHONG: { outcome: "chua_dat", message: "Không" },
        CHUA_RO: { outcome: "can_xem_xet", message: "Chưa rõ" },
      },
      decide: (a: Area, ctx) =>
        a.crimes === 0
          ? "DAT"
          : (underReading(ctx, STRICT.id, { co: () => "KHONG", khong: () => "DAT" }, "CHUA_RO") as
              | "KHONG"
              | "DAT"
              | "CHUA_RO"),
    },
  ],
});
/** Reported, never counted. */
const INFO = defineRule({
  id: "vi_du.thong_tin",
  label: "Thông tin",
  role: "info",
  versions: [
    {
      ...version,
      interpretations: [REDUCTION.id],
      findings: {
        GHI: { outcome: "can_xem_xet", message: "Ghi nhận" },
        OK: { outcome: "dat", message: "Ổn" },
      },
      decide: (a: Area, ctx) => (ctx.reading(REDUCTION.id) === null && a.crimes > 0 ? "GHI" : "OK"),
    },
  ],
});
/** Reads the roll-up input `covered` (declares it). */
const RATIO = defineRule({
  id: "vi_du.ty_le",
  label: "Tỷ lệ đơn vị đạt",
  versions: [
    {
      ...version,
      inputs: ["covered"],
      findings: {
        DAT: { outcome: "dat", message: "Đạt" },
        DUOI: { outcome: "chua_dat", message: "Dưới" },
        CHO: { outcome: "can_xem_xet", message: "Chờ" },
      },
      decide: (a: Area) => {
        const list = a.covered ?? [];
        const dat = list.filter((o) => o === "dat").length;
        const open = list.filter((o) => o === "can_xem_xet").length;
        if (2 * dat >= list.length) return "DAT";
        return 2 * (dat + open) < list.length ? "DUOI" : "CHO";
      },
    },
  ],
});

const setOf = (aggregate?: RuleSet<Area>["aggregate"]) =>
  defineRuleSet<Area>({
    id: "vi-du-quyet-lai",
    label: "Bộ quy tắc thử quyết định lại",
    package: { name: "@antq/rules", version: "0.0.0-test" },
    kinds: [{ id: "khu_dan_cu", label: "Khu dân cư" }],
    kindOf: (a) => a.kind,
    idOf: (a) => a.id,
    rules: [SCOPE, DATA, DATA_ECHO, REDUCTION_RULE, FOLLOWS, DATA_STRICT, UNDECLARED, INFO, RATIO],
    interpretations: [REDUCTION, ZONE, STRICT],
    ...(aggregate ? { aggregate } : {}),
  });

/** Every area with 0–2 crimes this year and last, in a special zone or not, with or without household data. */
const areas = (): Area[] => {
  const out: Area[] = [];
  let n = 0;
  for (let crimes = 0; crimes <= 2; crimes++)
    for (let crimesBefore = 0; crimesBefore <= 2; crimesBefore++)
      for (const specialZone of [false, true])
        for (const data of [0, 1, 2]) {
          n++;
          out.push({
            kind: "khu_dan_cu",
            id: `kdc-${n}`,
            crimes,
            crimesBefore,
            specialZone,
            ...(data === 0 ? {} : { households: 10, registered: data === 1 ? 10 : 9 }),
            covered: (["dat", "can_xem_xet", "chua_dat"] as const).slice(0, 1 + (n % 3)),
          });
        }
  return out;
};

/** Every readings object over the three options: each option absent, undecided (null) or one of its choices. */
const allReadings = (): Readings[] => {
  let list: Record<string, string | null>[] = [{}];
  for (const option of [REDUCTION, ZONE, STRICT]) {
    list = list.flatMap((r) => [
      r,
      { ...r, [option.id]: null },
      ...option.choices.map((c) => ({ ...r, [option.id]: c.id })),
    ]);
  }
  return list;
};

describe("redecide", () => {
  const majority = (outcomes: readonly Outcome[]): Outcome => {
    const dat = outcomes.filter((o) => o === "dat").length;
    return 2 * dat > outcomes.length ? "dat" : outcomes.includes("can_xem_xet") ? "can_xem_xet" : "chua_dat";
  };

  for (const [name, set] of [
    ["all must pass", setOf()],
    ["an aggregate", setOf(majority)],
  ] as const) {
    it(`equals deciding everything again, for every unit and readings (${name})`, () => {
      const compiled = compile(set, { year: 2024 });
      const units = areas();
      const readings = allReadings();
      let differs = 0;
      for (const unit of units) {
        for (const explain of [false, true]) {
          const previous = compiled.evaluate(unit, { explain });
          for (const r of readings) {
            const expected = compiled.outcomeOf(unit, { readings: r });
            expect(
              compiled.redecide(unit, previous, { readings: r }),
              `${unit.id} ${JSON.stringify(r)}`,
            ).toBe(expected);
            if (expected !== previous.outcome) differs++;
          }
        }
      }
      // The readings do change outcomes (the check is not vacuous).
      expect(differs).toBeGreaterThan(100);
    });
  }

  it("decides again the rules reading a changed input, and keeps the others", () => {
    const compiled = compile(setOf(), {
      year: 2024,
      readings: { [REDUCTION.id]: "khong_tang", [ZONE.id]: "co" },
    });
    let differs = 0;
    for (const unit of areas()) {
      const previous = compiled.evaluate(unit);
      for (const covered of [
        [],
        ["dat"],
        ["chua_dat", "chua_dat"],
        ["can_xem_xet", "chua_dat"],
      ] as Outcome[][]) {
        const changed = { ...unit, covered };
        const expected = compiled.outcomeOf(changed);
        expect(compiled.redecide(changed, previous, { inputs: ["covered"] })).toBe(expected);
        if (expected !== previous.outcome) differs++;
        // Not saying what changed keeps the previous outcome: the rules reading it are not decided again.
        expect(compiled.redecide(changed, previous, {})).toBe(previous.outcome);
      }
    }
    expect(differs).toBeGreaterThan(10);
  });

  it("records an option read without being declared, and decides that rule again when it changes", () => {
    const compiled = compile(setOf(), { year: 2024 });
    expect(compiled.optionsReadBy(UNDECLARED.id)).toEqual([]);
    const unit = areas().find((a) => a.crimes > 0 && !a.specialZone && a.households !== undefined) as Area;
    const previous = compiled.evaluate(unit);
    expect(compiled.optionsReadBy(UNDECLARED.id)).toEqual([STRICT.id]);
    expect(compiled.optionsReadBy(REDUCTION_RULE.id)).toEqual([REDUCTION.id]);
    expect(compiled.optionsReadBy("vi_du.khong_co")).toEqual([]);
    for (const choice of ["co", "khong"])
      expect(compiled.redecide(unit, previous, { readings: { [STRICT.id]: choice } })).toBe(
        compiled.outcomeOf(unit, { readings: { [STRICT.id]: choice } }),
      );
  });

  it("does not reuse a result of another compiled set, and checks the readings", () => {
    const strict = compile(setOf(), { year: 2024, readings: { [STRICT.id]: "co" } });
    const mine = compile(setOf(), { year: 2024 });
    const failed = strict.evaluate(MY_LOI);
    // Strictly, one crime fails the undeclared rule; without a reading it stays open, whatever the reduction.
    expect(failed.outcome).toBe("chua_dat");
    expect(mine.redecide(MY_LOI, failed, { readings: { [REDUCTION.id]: "khong_tang" } })).toBe("can_xem_xet");
    const chosen = compile(setOf(), { year: 2024, readings: { [REDUCTION.id]: "giam" } });
    const open = compile(setOf(), { year: 2024 });
    const unit = areas().find((a) => a.crimes === 1 && a.crimesBefore === 1 && !a.specialZone) as Area;
    const other = chosen.evaluate(unit);
    expect(other.outcome).toBe("chua_dat");
    // The result of the other set says "chưa đạt"; under "không tăng" the unit is not failed by the reduction.
    expect(open.redecide(unit, other, { readings: { [REDUCTION.id]: "khong_tang" } })).toBe(
      open.outcomeOf(unit, { readings: { [REDUCTION.id]: "khong_tang" } }),
    );
    expect(() => open.redecide(unit, open.evaluate(unit), { readings: { [REDUCTION.id]: "tang" } })).toThrow(
      RangeError,
    );
    expect(() => open.redecide(unit, open.evaluate(unit), { readings: { "vi_du.khong_co": "a" } })).toThrow(
      RangeError,
    );
  });
});

/** The set with every decision counted per rule id; `decided()` returns the counts since the last call. */
const counted = (set: RuleSet<Area>) => {
  const calls: Record<string, number> = {};
  const rules = set.rules.map((rule) => ({
    ...rule,
    versions: rule.versions.map((v) => ({
      ...v,
      decide: (a: Area, ctx: RuleContext) => {
        calls[rule.id] = (calls[rule.id] ?? 0) + 1;
        return v.decide(a, ctx);
      },
    })),
  }));
  const decided = (): Record<string, number> => {
    const out = { ...calls };
    for (const id of Object.keys(calls)) delete calls[id];
    return out;
  };
  return { set: { ...set, rules } as RuleSet<Area>, decided };
};

/** Ấp Mỹ Lợi: one crime this year and last, complete household data, the one area it covers passed. */
const MY_LOI: Area = {
  kind: "khu_dan_cu",
  id: "kdc-ap-my-loi",
  crimes: 1,
  crimesBefore: 1,
  specialZone: false,
  households: 120,
  registered: 120,
  covered: ["dat"],
};

describe("redecide decides again only what a change reaches", () => {
  const setup = () => {
    const { set, decided } = counted(setOf());
    const compiled = compile(set, { year: 2024 });
    const previous = compiled.evaluate(MY_LOI);
    // No reading chosen: the reduction and the undeclared strict rule are open, so the area is "cần xem xét".
    expect(previous.outcome).toBe("can_xem_xet");
    decided();
    return { compiled, previous, decided };
  };

  it("a changed option: only the rules reading it (declared or recorded)", () => {
    const { compiled, previous, decided } = setup();
    expect(compiled.redecide(MY_LOI, previous, { readings: { [STRICT.id]: "khong" } })).toBe("can_xem_xet");
    expect(decided()).toEqual({ [DATA_STRICT.id]: 1, [UNDECLARED.id]: 1 });
  });

  it("a rule whose outcome moved: the rules reading that outcome too, and no other", () => {
    const { compiled, previous, decided } = setup();
    expect(compiled.redecide(MY_LOI, previous, { readings: { [REDUCTION.id]: "khong_tang" } })).toBe(
      "can_xem_xet",
    );
    expect(decided()).toEqual({ [REDUCTION_RULE.id]: 1, [FOLLOWS.id]: 1, [INFO.id]: 1 });
  });

  it("readings equal to the compiled ones change nothing and decide nothing", () => {
    const { compiled, previous, decided } = setup();
    expect(
      compiled.redecide(MY_LOI, previous, { readings: { [REDUCTION.id]: null, [STRICT.id]: null } }),
    ).toBe("can_xem_xet");
    expect(decided()).toEqual({});
  });

  it("a changed input: the rules declaring it, those without declared inputs, and the readers of what moved", () => {
    const { compiled, previous, decided } = setup();
    const { households: _, ...noHouseholds } = MY_LOI;
    expect(compiled.redecide(noHouseholds, previous, { inputs: ["households"] })).toBe("can_xem_xet");
    // DATA moved (đạt → cần xem xét): DATA_STRICT (declared) and DATA_ECHO (recorded) read it; FOLLOWS does not.
    expect(decided()).toEqual({ [DATA.id]: 1, [DATA_ECHO.id]: 1, [DATA_STRICT.id]: 1, [INFO.id]: 1 });
  });

  it("an input path is matched with its elements and against every declared input", () => {
    const { compiled, previous, decided } = setup();
    const fewer: Area = { ...MY_LOI, covered: ["chua_dat", "chua_dat", "dat"] };
    expect(compiled.redecide(fewer, previous, { inputs: ["covered[0]", "covered[1]"] })).toBe("chua_dat");
    expect(decided()).toEqual({ [RATIO.id]: 1, [INFO.id]: 1 });
    compiled.redecide(MY_LOI, previous, { inputs: ["registered", "crimesBefore"] });
    expect(decided()).toEqual({ [DATA.id]: 1, [REDUCTION_RULE.id]: 1, [INFO.id]: 1 });
  });

  it("a result kept from an earlier compilation (same hash) is redecided by a fresh one with its declared reads", () => {
    const clean: Area = { ...MY_LOI, crimes: 0, crimesBefore: 0 };
    const stored = compile(setOf(), { year: 2024 }).evaluate(clean);
    const fresh = compile(setOf(), { year: 2024 });
    expect(fresh.hash).toBe(stored.hash);
    expect(stored.outcome).toBe("can_xem_xet");
    // "Không tăng": the reduction passes, and so does FOLLOWS, which reads it: the area passes.
    expect(fresh.redecide(clean, stored, { readings: { [REDUCTION.id]: "khong_tang" } })).toBe("dat");
  });

  it("a previous result whose criteria were reordered is matched rule by rule", () => {
    const compiled = compile(setOf(), { year: 2024 });
    let differs = 0;
    for (const unit of areas()) {
      const previous = compiled.evaluate(unit);
      const sorted = { ...previous, criteria: [...previous.criteria].sort((a, b) => (a.id < b.id ? -1 : 1)) };
      for (const r of [{ [REDUCTION.id]: "giam" }, { [STRICT.id]: "co" }, { [ZONE.id]: "khong" }]) {
        const expected = compiled.outcomeOf(unit, { readings: r });
        expect(compiled.redecide(unit, sorted, { readings: r }), `${unit.id} ${JSON.stringify(r)}`).toBe(
          expected,
        );
        if (expected !== previous.outcome) differs++;
      }
    }
    expect(differs).toBeGreaterThan(10);
  });

  it("a unit of a kind the set does not cover stays không áp dụng", () => {
    const compiled = compile(setOf(), { year: 2024 });
    const street = { ...MY_LOI, kind: "to_dan_pho" } as unknown as Area;
    const previous = compiled.evaluate(street);
    expect(previous.outcome).toBe("khong_ap_dung");
    expect(compiled.redecide(street, previous, { readings: { [STRICT.id]: "co" } })).toBe("khong_ap_dung");
  });

  it("evaluating gives each rule the outcome of the rules it reads", () => {
    const compiled = compile(setOf(), { year: 2024 });
    const result = compiled.evaluate(MY_LOI, {
      readings: { [REDUCTION.id]: "khong_tang", [STRICT.id]: "co" },
    });
    const codes = Object.fromEntries(result.criteria.map((c) => [c.id, c.code]));
    expect(codes[FOLLOWS.id]).toBe("DAT");
    expect(codes[DATA_ECHO.id]).toBe("DAT");
    expect(codes[DATA_STRICT.id]).toBe("DAT");
    // The value reads DATA's outcome (đạt: 1) and the strict reading ("co": 2) after the decision.
    expect(result.criteria.find((c) => c.id === DATA_ECHO.id)?.value).toBe(3);
  });
});

describe("redecide: what a previous result can be reused for", () => {
  /** The same rules for khu dân cư and tổ dân phố: a result of one kind is never the previous result of the other. */
  const twoKinds = defineRuleSet<Area>({
    ...setOf(),
    kinds: [
      { id: "khu_dan_cu", label: "Khu dân cư" },
      { id: "to_dan_pho", label: "Tổ dân phố" },
    ],
  });

  it("a result of a unit of another kind is not reused, even with nothing changed", () => {
    const compiled = compile(twoKinds, { year: 2024, readings: { [STRICT.id]: "co" } });
    const area = compiled.evaluate(MY_LOI);
    expect(area.outcome).toBe("chua_dat");
    const street = {
      ...MY_LOI,
      kind: "to_dan_pho",
      id: "tdp-so-3",
      crimes: 0,
      crimesBefore: 0,
    } as unknown as Area;
    const fresh = compiled.outcomeOf(street);
    expect(fresh).not.toBe(area.outcome);
    expect(compiled.redecide(street, area, {})).toBe(fresh);
    expect(compiled.redecide(street, area, { readings: { [STRICT.id]: "co" } })).toBe(fresh);
  });

  /** A rule declaring a nested input (`households.registered`-like paths) and one declaring a whole list. */
  interface Street {
    readonly kind: "to_dan_pho";
    readonly id: string;
    readonly households: { readonly resident: number; readonly registered: number };
    readonly incidents: readonly { readonly serious: boolean }[];
  }
  const nested = defineRuleSet<Street>({
    id: "vi-du-duong-dan",
    label: "Bộ quy tắc thử đường dẫn đầu vào",
    package: { name: "@antq/rules", version: "0.0.0-test" },
    kinds: [{ id: "to_dan_pho", label: "Tổ dân phố" }],
    kindOf: (s) => s.kind,
    idOf: (s) => s.id,
    rules: [
      defineRule({
        id: "vi_du.ho_dang_ky",
        label: "Hộ đăng ký",
        versions: [
          {
            ...version,
            inputs: ["households.registered", "households.resident"],
            findings: {
              DAT: { outcome: "dat", message: "Đủ hộ" },
              THIEU: { outcome: "chua_dat", message: "Thiếu hộ" },
            },
            decide: (s: Street) => (s.households.registered >= s.households.resident ? "DAT" : "THIEU"),
          },
        ],
      }),
      defineRule({
        id: "vi_du.vu_viec",
        label: "Vụ việc nghiêm trọng",
        versions: [
          {
            ...version,
            inputs: ["incidents"],
            findings: {
              KHONG: { outcome: "dat", message: "Không có" },
              CO: { outcome: "chua_dat", message: "Có vụ nghiêm trọng" },
            },
            decide: (s: Street) => (s.incidents.some((x) => x.serious) ? "CO" : "KHONG"),
          },
        ],
      }),
    ],
  });
  const street: Street = {
    kind: "to_dan_pho",
    id: "tdp-so-3",
    households: { resident: 80, registered: 80 },
    incidents: [{ serious: false }],
  };

  it("a changed path reaches the rules declaring a path under it, above it or equal to it, and no other", () => {
    const compiled = compile(nested, { year: 2024 });
    const previous = compiled.evaluate(street);
    expect(previous.outcome).toBe("dat");
    const fewer = { ...street, households: { resident: 80, registered: 79 } };
    // "households" is above the declared "households.registered".
    expect(compiled.redecide(fewer, previous, { inputs: ["households"] })).toBe("chua_dat");
    expect(compiled.redecide(fewer, previous, { inputs: ["households.registered"] })).toBe("chua_dat");
    // A sibling path or a path sharing only a prefix of the name reaches nothing.
    expect(compiled.redecide(fewer, previous, { inputs: ["households.address"] })).toBe("dat");
    expect(compiled.redecide(fewer, previous, { inputs: ["household"] })).toBe("dat");
    const serious = { ...street, incidents: [{ serious: false }, { serious: true }] };
    // "incidents[1]" and "incidents[1].serious" are under the declared "incidents".
    expect(compiled.redecide(serious, previous, { inputs: ["incidents[1]"] })).toBe("chua_dat");
    expect(compiled.redecide(serious, previous, { inputs: ["incidents[1].serious"] })).toBe("chua_dat");
    expect(compiled.redecide(serious, previous, { inputs: ["incidentsBefore"] })).toBe("dat");
  });

  it("a rule re-decided at a position whose previous result names another rule counts as moved", () => {
    // FOLLOWS reads REDUCTION_RULE's outcome; the previous result puts DATA where REDUCTION_RULE is.
    const compiled = compile(setOf(), { year: 2024 });
    const unit: Area = { ...MY_LOI, crimes: 2, crimesBefore: 1 };
    const stored = compiled.evaluate(unit, { readings: { [REDUCTION.id]: "giam" } });
    const order = stored.criteria.map((c) => c.id);
    const at = order.indexOf(REDUCTION_RULE.id);
    const dataAt = order.indexOf(DATA.id);
    const swapped = [...stored.criteria];
    [swapped[at], swapped[dataAt]] = [swapped[dataAt], swapped[at]] as [
      (typeof swapped)[number],
      (typeof swapped)[number],
    ];
    const previous = { ...stored, criteria: swapped };
    // DATA's stored outcome is "đạt", as REDUCTION_RULE's is once there is no crime: FOLLOWS must follow it.
    const clean: Area = { ...unit, crimes: 0 };
    expect(
      compiled.redecide(clean, previous, { readings: { [REDUCTION.id]: "giam" }, inputs: ["crimes"] }),
    ).toBe(compiled.outcomeOf(clean, { readings: { [REDUCTION.id]: "giam" } }));
  });
});
