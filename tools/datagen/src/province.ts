import type {
  Accident,
  AdminUnit,
  AnnualFacts,
  AssessedUnit,
  CrimeIncident,
  DisciplinaryAction,
  Model,
  SocialEvilPerson,
} from "@antq/domain";
import { AdminUnitSchema, addDays } from "@antq/domain";
import { ENTERPRISE_TRADES, HONOUREE_NAMES, PLACE_STEMS } from "./names.js";
import { createRandom, type Random } from "./random.js";

/**
 * Options of {@link generateProvince}. Every field has a default, so `generateProvince()` gives the
 * demo province.
 *
 * @example
 * ```ts
 * const options: SampleProvinceOptions = { seed: 138, year: 2024, communes: 12 };
 * ```
 */
export interface SampleProvinceOptions {
  /** Seed of the pseudo-random generator: the same seed always gives the same dataset. Default 138. */
  readonly seed?: number;
  /** Evaluation year. Default 2024. From 2026 on the province is the post-reform (2025) two-tier unit. */
  readonly year?: number;
  /** Number of commune-level units. Default 12. */
  readonly communes?: number;
  /**
   * Share of units whose facts break at least one Thông tư 124 criterion, roughly. Default 0.15, close to the
   * 1.454/1.730 (84,0%) recognition rate of the 2014–2019 review in the seed reports.
   */
  readonly troubleRate?: number;
}

/**
 * A generated province: administrative units, assessed units with their annual facts, and models.
 *
 * @example
 * ```ts
 * const { units, facts } = generateProvince({ seed: 1 });
 * units.length === facts.length; // true: one facts record per unit
 * ```
 */
export interface SampleProvince {
  readonly seed: number;
  readonly year: number;
  readonly province: AdminUnit;
  readonly adminUnits: ReadonlyArray<AdminUnit>;
  readonly units: ReadonlyArray<AssessedUnit>;
  readonly facts: ReadonlyArray<AnnualFacts>;
  readonly models: ReadonlyArray<Model>;
}

/** One assessed unit with its facts, as streamed by {@link generateUnits}. */
export interface UnitRecord {
  readonly unit: AssessedUnit;
  readonly facts: AnnualFacts;
}

interface Context {
  readonly rng: Random;
  readonly year: number;
  readonly troubleRate: number;
  readonly province: AdminUnit;
  readonly postReform: boolean;
  serial: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const iso = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

/** A date inside the Thông tư 124 window of a unit kind (Điều 8 khoản 2), uniformly. */
const dateInWindow = (ctx: Context, residentialArea: boolean): string => {
  const start = residentialArea ? iso(ctx.year - 1, 11, 1) : iso(ctx.year - 1, 11, 16);
  return addDays(start, ctx.rng.int(0, 363));
};

const recordId = (ctx: Context, prefix: string) => `${prefix}-${ctx.year}-${pad(++ctx.serial, 7)}` as never;

const quarterOneDate = (ctx: Context, late: boolean) =>
  late
    ? iso(ctx.year, ctx.rng.int(4, 5), ctx.rng.int(1, 28))
    : iso(ctx.year, ctx.rng.int(1, 3), ctx.rng.int(2, 28));

/** What can go wrong in a unit's year; picked with realistic relative frequencies. */
type Trouble =
  | "late-resolution"
  | "missing-households"
  | "unreported-serious-crime"
  | "new-drug-user"
  | "fatal-labour-accident"
  | "discipline"
  | "more-violations"
  | "no-effective-model"
  | "strike"
  | "school-violence"
  | "state-secret"
  | "weak-divisions";

const TROUBLES_BY_KIND: Record<AssessedUnit["kind"], ReadonlyArray<readonly [Trouble, number]>> = {
  "residential-area": [
    ["missing-households", 4],
    ["more-violations", 4],
    ["new-drug-user", 3],
    ["unreported-serious-crime", 2],
    ["late-resolution", 2],
    ["fatal-labour-accident", 1],
    ["discipline", 1],
  ],
  commune: [
    ["no-effective-model", 2],
    ["discipline", 2],
    ["unreported-serious-crime", 1],
    ["late-resolution", 1],
  ],
  agency: [
    ["state-secret", 1],
    ["weak-divisions", 2],
    ["discipline", 2],
    ["late-resolution", 2],
    ["no-effective-model", 2],
  ],
  enterprise: [
    ["strike", 2],
    ["weak-divisions", 1],
    ["fatal-labour-accident", 3],
    ["discipline", 1],
    ["no-effective-model", 2],
  ],
  education: [
    ["school-violence", 4],
    ["weak-divisions", 1],
    ["discipline", 1],
    ["no-effective-model", 1],
  ],
  "other-organisation": [["late-resolution", 1]],
};

/**
 * Qualitative criteria an officer attests (Thông tư 124 Điều 4 khoản 2, Điều 5 khoản 2–3, Điều 6 khoản 2,
 * Điều 7 khoản 2), keyed as @antq/rules reads them.
 */
const ATTESTATIONS_BY_KIND: Record<AssessedUnit["kind"], readonly string[]> = {
  "residential-area": ["TT124/Đ4/k2", "TT124/Đ4/k4/c"],
  commune: ["TT124/Đ5/k2", "TT124/Đ5/k3"],
  agency: ["TT124/Đ6/k2"],
  enterprise: ["TT124/Đ6/k2"],
  education: ["TT124/Đ7/k2", "TT124/Đ7/k2/cmhs"],
  "other-organisation": [],
};

const seriousCrime = (ctx: Context, residentialArea: boolean, reported: boolean): CrimeIncident => ({
  id: recordId(ctx, "VPT"),
  date: dateInWindow(ctx, residentialArea),
  place: {},
  description: "Trộm cắp tài sản có giá trị lớn",
  crimeClass: "serious",
  penalCode: { article: 173, clause: 2 },
  forceMajeure: false,
  promptlyDetected: true,
  consequencesMitigated: true,
  reportedImmediately: reported,
  perpetrators: [{ role: "resident" }],
});

/** Less serious crimes with the article of the Bộ luật Hình sự 2015 that describes them (khoản 1). */
const MINOR_CRIMES = [
  { description: "Trộm cắp tài sản", article: 173 },
  { description: "Đánh bạc", article: 321 },
  { description: "Cố ý gây thương tích", article: 134 },
] as const;

const minorCrime = (ctx: Context, residentialArea: boolean): CrimeIncident => {
  const crime = ctx.rng.pick(MINOR_CRIMES);
  return {
    id: recordId(ctx, "VPT"),
    date: dateInWindow(ctx, residentialArea),
    place: {},
    description: crime.description,
    crimeClass: "less-serious",
    penalCode: { article: crime.article, clause: 1 },
    forceMajeure: false,
  };
};

const buildFacts = (ctx: Context, unit: AssessedUnit, troubled: boolean): AnnualFacts => {
  const { rng, year } = ctx;
  const residentialArea = unit.kind === "residential-area";
  const trouble = troubled ? rng.weighted(TROUBLES_BY_KIND[unit.kind]) : undefined;
  // Year-on-year trend of crimes, social evils and other violations (Điều 4 khoản 4 điểm a). A flat year is
  // what the strict ("giảm") and lenient ("không tăng") readings disagree on, so it stays "cần xem xét".
  const trend: "down" | "flat" | "up" =
    trouble === "more-violations" ? "up" : rng.chance(residentialArea ? 0.12 : 0.05) ? "flat" : "down";
  const previous = {
    crimes: rng.int(1, residentialArea ? 4 : 2),
    socialEvilCases: rng.int(0, 2),
    otherViolationCases: rng.int(1, 3),
  };
  const next = (n: number) =>
    trend === "up" ? n + rng.int(0, 1) : trend === "flat" ? n : Math.max(0, n - rng.int(1, 2));
  const current = {
    crimes: trend === "up" ? previous.crimes + 1 : next(previous.crimes),
    socialEvilCases: next(previous.socialEvilCases),
    otherViolationCases: next(previous.otherViolationCases),
  };
  const crimesThisYear = current.crimes;
  const crimes: CrimeIncident[] = Array.from({ length: crimesThisYear }, () =>
    minorCrime(ctx, residentialArea),
  );
  if (trouble === "unreported-serious-crime") crimes.push(seriousCrime(ctx, residentialArea, false));
  else if (rng.chance(0.05)) crimes.push(seriousCrime(ctx, residentialArea, true));

  const late = trouble === "late-resolution";
  const facts: {
    -readonly [K in keyof AnnualFacts]: AnnualFacts[K];
  } = {
    unitId: unit.id,
    year,
    quarterOne: {
      ...(unit.hasPartyOrganisation === false
        ? {}
        : { partyResolution: { date: quarterOneDate(ctx, late) } }),
      securityPlan: { date: quarterOneDate(ctx, false) },
      registration: { date: quarterOneDate(ctx, false) },
    },
    crimes,
    // An empty list records "none occurred"; a missing one would mean "not reported" (and "cần xem xét").
    securityEvents: [],
    newSocialEvilPersons: [],
    newHotspots: [],
    accidents: [],
    administrativeSanctions: [],
    disciplinaryActions: [],
    ...(unit.kind === "enterprise" ? { strikes: [], stateSecretViolations: [] } : {}),
    ...(unit.kind === "agency" ? { strikes: [], stateSecretViolations: [] } : {}),
    ...(unit.kind === "education" ? { schoolViolence: [], stateSecretViolations: [] } : {}),
    violationCounts: { ...current, crimes: crimes.length },
    previousYearCounts: previous,
  };

  if (residentialArea) {
    const resident = rng.int(80, 420);
    facts.households = {
      resident,
      registered: trouble === "missing-households" ? resident - rng.int(1, 4) : resident,
    };
  } else {
    const total = unit.kind === "commune" ? rng.int(15, 60) : rng.int(25, 900);
    facts.peopleInformed = { total, part: total };
  }

  if (trouble === "new-drug-user") {
    const person: SocialEvilPerson = {
      id: recordId(ctx, "TNXH"),
      kind: "drug-use",
      identifiedOn: dateInWindow(ctx, residentialArea),
      role: "resident",
    };
    facts.newSocialEvilPersons = [person];
  }
  if (trouble === "fatal-labour-accident") {
    const accident: Accident = {
      id: recordId(ctx, "TN"),
      kind: "labour-accident",
      date: dateInWindow(ctx, residentialArea),
      severity: "serious",
      deaths: 1,
      forceMajeure: false,
      description: residentialArea
        ? "Tai nạn lao động tại cơ sở sản xuất hộ gia đình"
        : "Tai nạn lao động tại xưởng",
    };
    facts.accidents = [accident];
  }
  if (trouble === "discipline") {
    const role = residentialArea
      ? "security-team-member"
      : unit.kind === "commune"
        ? "commune-police-officer"
        : "security-force-member";
    const action: DisciplinaryAction = {
      id: recordId(ctx, "KL"),
      date: dateInWindow(ctx, residentialArea),
      personRole: role,
      form: residentialArea || unit.kind === "commune" ? "reprimand" : "warning",
      reason: "other",
    };
    facts.disciplinaryActions = [action];
  }
  if (trouble === "strike") {
    facts.strikes = [
      { id: recordId(ctx, "DC"), kind: "strike", startDate: dateInWindow(ctx, false), lawful: false },
    ];
  }
  if (trouble === "school-violence") {
    facts.schoolViolence = [
      {
        id: recordId(ctx, "BLHD"),
        date: dateInWindow(ctx, false),
        learnersInvolved: rng.int(2, 6),
        description: "Học sinh đánh nhau trước cổng trường",
      },
    ];
  }
  if (trouble === "state-secret") {
    facts.stateSecretViolations = [
      {
        id: recordId(ctx, "BMNN"),
        date: dateInWindow(ctx, false),
        grade: "confidential",
        personRole: "staff",
        description: "Để lộ tài liệu mật",
      },
    ];
  }

  if (residentialArea || unit.kind === "commune") {
    facts.securityForce = {
      exists: true,
      rating: rng.weighted([
        ["excellent", 2],
        ["good", 5],
        ["completed", 3],
      ]),
    };
  } else {
    // Điều 6 khoản 4–5, Điều 7 khoản 5–6: the security force and ≥70% of divisions "Hoàn thành tốt" or better.
    const weak = trouble === "weak-divisions";
    facts.securityForce = {
      exists: true,
      rating: weak && rng.chance(0.5) ? "completed" : rng.chance(0.25) ? "excellent" : "good",
      eligibleForEmulation: true,
    };
    const divisions = rng.int(3, 12);
    const weakDivisions = weak ? Math.ceil(divisions * 0.4) : rng.chance(0.3) && divisions >= 4 ? 1 : 0;
    facts.subUnits = Array.from({ length: divisions }, (_, i) => ({
      name: `${unit.kind === "education" ? "Tổ chuyên môn" : "Phòng"} ${i + 1}`,
      rating: i < weakDivisions ? "completed" : rng.chance(0.2) ? "excellent" : "good",
      eligibleForEmulation: true,
    }));
  }
  if (!residentialArea) {
    facts.models = [
      {
        modelId: `MH-${unit.id}` as never,
        effectiveness: trouble === "no-effective-model" ? "not-effective" : "effective",
      },
    ];
    if (unit.kind !== "commune") {
      facts.internalRules = {
        topics:
          unit.kind === "education"
            ? ["unit-protection", "internal-political-protection", "learner-management", "fire-prevention"]
            : [
                "unit-protection",
                "state-secrets",
                "internal-political-protection",
                "labour-safety",
                "fire-prevention",
                "environment",
              ],
      };
    }
  }
  facts.attestations = ATTESTATIONS_BY_KIND[unit.kind].map((criterion) => ({
    criterion,
    value: true,
    attestedBy: "Công an xã",
  }));
  return facts as AnnualFacts;
};

const communeUnit = (ctx: Context, index: number, district: AdminUnit | undefined): AdminUnit => {
  const stem = PLACE_STEMS[index % PLACE_STEMS.length] as string;
  const round = Math.floor(index / PLACE_STEMS.length);
  const ward = index % 6 === 5;
  const code = pad(28000 + index, 5);
  return {
    id: (ctx.postReform ? `C${code}-2025` : `C${code}`) as never,
    code,
    name: round === 0 ? stem : `${stem} ${round + 1}`,
    type: ward ? "ward" : "commune",
    ...(district ? { parentId: district.id } : { parentId: ctx.province.id }),
    ...(ctx.postReform ? { validFrom: "2025-07-01" } : { validTo: "2025-06-30" }),
  } as AdminUnit;
};

/**
 * Streams the assessed units of a generated province, commune by commune, without holding them all in memory:
 * for each commune its khu dân cư, cơ quan, doanh nghiệp and cơ sở giáo dục, then the commune itself. Use it
 * for benchmark-scale data (hundreds of thousands of units).
 *
 * @example
 * ```ts
 * let n = 0;
 * for (const { unit } of generateUnits({ seed: 1, communes: 3 })) n++;
 * ```
 */
export function* generateUnits(options: SampleProvinceOptions = {}): Generator<UnitRecord, void, undefined> {
  const province = generateProvinceShell(options);
  const ctx = province.ctx;
  for (let c = 0; c < province.communeCount; c++) {
    const commune = communeUnit(ctx, c, province.district);
    yield* unitsOfCommune(ctx, commune);
  }
}

const generateProvinceShell = (options: SampleProvinceOptions) => {
  const seed = options.seed ?? 138;
  const year = options.year ?? 2024;
  const communeCount = options.communes ?? 12;
  if (!Number.isInteger(communeCount) || communeCount < 1) throw new RangeError("communes must be ≥ 1");
  const postReform = year >= 2026;
  const province = AdminUnitSchema.parse(
    postReform
      ? { id: "P82-2025", code: "82", name: "Đồng Tháp", type: "province", validFrom: "2025-07-01" }
      : { id: "P82", code: "82", name: "Tiền Giang", type: "province", validTo: "2025-06-30" },
  );
  const district = postReform
    ? undefined
    : AdminUnitSchema.parse({
        id: "D815",
        code: "815",
        name: "Mỹ Tho",
        type: "provincial-city",
        parentId: province.id,
        validTo: "2025-06-30",
      });
  const ctx: Context = {
    rng: createRandom(seed),
    year,
    troubleRate: options.troubleRate ?? 0.15,
    province,
    postReform,
    serial: 0,
  };
  return { seed, year, ctx, province, district, communeCount };
};

/**
 * One of `options` not yet used in the commune: the random pick, or the next unused one after it; with every
 * option used, the pick numbered ("… 2"). Names are unique within a commune, as an officer expects.
 */
const pickDistinct = (rng: Random, used: Set<string>, options: readonly string[]): string => {
  const start = options.indexOf(rng.pick(options));
  for (let k = 0; k < options.length; k++) {
    const candidate = options[(start + k) % options.length] as string;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  const base = options[start] as string;
  let n = 2;
  while (used.has(`${base} ${n}`)) n++;
  used.add(`${base} ${n}`);
  return `${base} ${n}`;
};

const kdcName = (rng: Random, used: Set<string>, ward: boolean, i: number) => {
  const numbered = ward ? `Khu phố ${i + 1}` : `Ấp ${i + 1}`;
  if (ward || !rng.chance(0.5)) {
    used.add(numbered);
    return numbered;
  }
  return pickDistinct(
    rng,
    used,
    PLACE_STEMS.map((stem) => `Ấp ${stem}`),
  );
};

function* unitsOfCommune(ctx: Context, commune: AdminUnit): Generator<UnitRecord, void, undefined> {
  const { rng } = ctx;
  const ward = commune.type === "ward";
  // Names already given in this commune.
  const used = new Set<string>();
  const location = {
    provinceId: ctx.province.id,
    communeId: commune.id,
    ...(commune.parentId !== ctx.province.id && commune.parentId ? { districtId: commune.parentId } : {}),
  };
  const emit = (unit: AssessedUnit): UnitRecord => ({
    unit,
    facts: buildFacts(ctx, unit, rng.chance(ctx.troubleRate)),
  });
  const kdcCount = rng.int(5, 14);
  for (let i = 0; i < kdcCount; i++) {
    yield emit({
      kind: "residential-area",
      id: `KDC-${commune.code}-${pad(i + 1, 2)}` as never,
      name: kdcName(rng, used, ward, i),
      areaType: ward ? "khu-pho" : "ap",
      location,
      hasPartyOrganisation: true,
      managingLevel: "commune",
    });
  }
  const agencies = rng.int(1, 3);
  for (let i = 0; i < agencies; i++) {
    yield emit({
      kind: "agency",
      id: `CQ-${commune.code}-${pad(i + 1, 2)}` as never,
      name: pickDistinct(rng, used, [
        `Trạm Y tế ${ward ? "phường" : "xã"} ${commune.name}`,
        `Bưu điện văn hóa ${ward ? "phường" : "xã"} ${commune.name}`,
        `Kho bạc Nhà nước khu vực ${commune.name}`,
        `Trung tâm Văn hóa - Thể thao ${commune.name}`,
      ]),
      location,
      agencyType: "public-service-unit",
      hasPartyOrganisation: true,
      armedForces: false,
      stateBudgetFunded: true,
      managingLevel: "commune",
    });
  }
  const enterprises = rng.int(0, 4);
  for (let i = 0; i < enterprises; i++) {
    const sector = rng.weighted([
      ["industry-construction", 5],
      ["trade-services", 4],
      ["agriculture-forestry-fishery", 1],
    ] as const);
    const trades =
      sector === "industry-construction"
        ? ENTERPRISE_TRADES.manufacturing
        : sector === "trade-services"
          ? ENTERPRISE_TRADES.trade
          : ENTERPRISE_TRADES.agriculture;
    const small = rng.chance(0.3);
    const jointStock = rng.chance(0.5);
    const firm = `Công ty ${jointStock ? "Cổ phần" : "TNHH"} ${rng.pick(trades)}`;
    yield emit({
      kind: "enterprise",
      id: `DN-${commune.code}-${pad(i + 1, 2)}` as never,
      name: pickDistinct(
        rng,
        used,
        PLACE_STEMS.map((stem) => `${firm} ${stem}`),
      ),
      location,
      hasPartyOrganisation: jointStock && !small,
      sector,
      insuredEmployees: small ? rng.int(3, 9) : rng.int(120, 2500),
      annualRevenueVnd: small ? rng.int(1, 3) * 1_000_000_000 : rng.int(60, 900) * 1_000_000_000,
      totalCapitalVnd: small ? rng.int(1, 2) * 1_000_000_000 : rng.int(25, 400) * 1_000_000_000,
      sizeFactsYear: ctx.year - 1,
      armedForces: false,
      managingLevel: "province",
    });
  }
  const schools = rng.int(1, 3);
  for (let i = 0; i < schools; i++) {
    const level = rng.weighted([
      ["lower-secondary", 4],
      ["upper-secondary", 2],
      ["primary", 3],
      ["kindergarten", 2],
    ] as const);
    const prefix =
      level === "lower-secondary"
        ? "Trường THCS"
        : level === "upper-secondary"
          ? "Trường THPT"
          : level === "primary"
            ? "Trường Tiểu học"
            : "Trường Mầm non";
    yield emit({
      kind: "education",
      id: `GD-${commune.code}-${pad(i + 1, 2)}` as never,
      name: pickDistinct(
        rng,
        used,
        HONOUREE_NAMES.map((honouree) => `${prefix} ${honouree}`),
      ),
      location,
      levels: [level],
      hasPartyOrganisation: true,
      publicInstitution: true,
      armedForces: false,
      stateBudgetFunded: true,
      managingLevel: level === "upper-secondary" ? "province" : "commune",
    });
  }
  yield emit({
    kind: "commune",
    id: `XA-${commune.code}` as never,
    name: `${ward ? "Phường" : "Xã"} ${commune.name}`,
    communeType: ward ? "ward" : "commune",
    adminUnitId: commune.id,
    location,
    managingLevel: ctx.postReform ? "province" : "district",
  });
}

/**
 * Generates a whole sample province for an evaluation year: its administrative units (province, for years before
 * the 2025 reform one district, and the communes), every assessed unit with its annual facts, and one movement
 * model per commune. Names, households, incidents and ratings are realistic; about `troubleRate` of the units have
 * a fact that breaks a Thông tư 124 criterion.
 *
 * @example
 * ```ts
 * const demo = generateProvince({ seed: 138, year: 2024, communes: 12 });
 * demo.province.name; // "Tiền Giang"
 * ```
 */
export const generateProvince = (options: SampleProvinceOptions = {}): SampleProvince => {
  const shell = generateProvinceShell(options);
  const { ctx } = shell;
  const adminUnits: AdminUnit[] = [shell.province, ...(shell.district ? [shell.district] : [])];
  const units: AssessedUnit[] = [];
  const facts: AnnualFacts[] = [];
  const models: Model[] = [];
  for (let c = 0; c < shell.communeCount; c++) {
    const commune = communeUnit(ctx, c, shell.district);
    adminUnits.push(commune);
    for (const record of unitsOfCommune(ctx, commune)) {
      units.push(record.unit);
      facts.push(record.facts);
      if (record.unit.kind !== "residential-area") {
        models.push({
          id: `MH-${record.unit.id}` as never,
          name:
            record.unit.kind === "commune"
              ? `Mô hình "Camera an ninh" ${record.unit.name}`
              : record.unit.kind === "education"
                ? `Mô hình "Cổng trường an toàn" ${record.unit.name}`
                : `Mô hình "Tổ tự quản về ANTT" ${record.unit.name}`,
          kind:
            record.unit.kind === "commune"
              ? "security-camera"
              : record.unit.kind === "education"
                ? "school-safety"
                : "self-managed-team",
          hostUnitId: record.unit.id,
          startDate: `${ctx.year - 1 - (models.length % 5)}-03-15`,
        } as Model);
      }
    }
  }
  return { seed: shell.seed, year: shell.year, province: shell.province, adminUnits, units, facts, models };
};
