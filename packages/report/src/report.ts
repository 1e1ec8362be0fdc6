import { MODEL_KIND_LABELS_VI, TASK_RATING_LABELS_VI, type TaskRating } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import { type ChartSpec, classificationChart, modelsChart, safetyTrendChart } from "./charts.js";
import {
  ACTIVITY_FIELD_LABELS_VI,
  ACTIVITY_FIELDS,
  type ActivityTotals,
  CLASSIFICATION_LEVEL_LABELS_VI,
  CLASSIFICATION_LEVELS,
  INFORMATION_FIELDS,
  type InformationTotals,
  type ReviewFigures,
  sumActivity,
  sumClassification,
  sumSafety,
  UNIT_GROUP_LABELS_VI,
  UNIT_GROUPS,
  type UnitGroup,
  VIOLATION_LABELS_VI,
  type ViolationTotals,
  WEAPON_FIELDS,
} from "./figures.js";
import {
  awardFigure,
  awardsClause,
  periodOpening,
  type ReportFigure,
  type Sentence,
  SentenceBuilder,
} from "./sentences.js";
import { REVIEW_TOPICS, type ReviewTopic } from "./topics.js";

/**
 * The kinds of review: the annual report (báo cáo năm), the sơ kết (mid-term review, e.g. 5 years of a
 * directive) and the tổng kết (final review, e.g. 10 years).
 *
 * @example
 * REPORT_KINDS.includes("so-ket"); //=> true
 */
export const REPORT_KINDS = ["annual", "so-ket", "tong-ket"] as const;

/**
 * A review kind (see {@link REPORT_KINDS}).
 *
 * @example
 * const k: ReportKind = "tong-ket";
 */
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * The officer-supplied parts of a report: issuing body, number, place and date, topic, recipients and signer.
 *
 * @example
 * const meta: ReportMeta = {
 *   kind: "so-ket", topic: "chi-thi-07", parentAgency: "UBND TỈNH TIỀN GIANG", agency: "BAN CHỈ ĐẠO 138",
 *   number: "125/BC-BCĐ", place: "Tiền Giang", date: "2019-08-20", provinceLabel: "tỉnh",
 *   recipients: ["Bộ Công an (V05)", "Thường trực Tỉnh ủy"], signer: { capacity: "TM. BAN CHỈ ĐẠO", title: "TRƯỞNG BAN", name: "Nguyễn Văn An" },
 * };
 */
export interface ReportMeta {
  readonly kind: ReportKind;
  /** A key of {@link REVIEW_TOPICS}; default "phong-trao". */
  readonly topic?: string;
  /** The parent body, upper case, not bold ("UBND TỈNH TIỀN GIANG"). */
  readonly parentAgency: string;
  /** The issuing body, upper case, bold ("BAN CHỈ ĐẠO 138"). */
  readonly agency: string;
  /** "125/BC-BCĐ". */
  readonly number: string;
  readonly place: string;
  /** Date of the report, "YYYY-MM-DD". */
  readonly date: string;
  /** "tỉnh" or "thành phố": sentences say "toàn tỉnh". Default "tỉnh". */
  readonly provinceLabel?: string;
  /** The recipient list ("Nơi nhận"), without "Lưu: VT". */
  readonly recipients: readonly string[];
  /** Archive line, default "Lưu: VT". */
  readonly archive?: string;
  readonly signer: { readonly capacity?: string; readonly title: string; readonly name: string };
  /** Award sentence style (see `awardsClause`); default "giver". */
  readonly awardStyle?: "giver" | "owner";
}

/**
 * One block of a report's body.
 *
 * @example
 * const b: ReportBlock = { type: "heading", level: 1, text: "I. KẾT QUẢ ĐẠT ĐƯỢC" };
 */
export type ReportBlock =
  | { readonly type: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly type: "paragraph"; readonly sentence: Sentence }
  | { readonly type: "placeholder"; readonly text: string }
  | { readonly type: "chart"; readonly chart: ChartSpec };

/**
 * A report ready to be written: its meta, title lines, body blocks, every figure (for the annex) and charts.
 *
 * @example
 * const count = (r: ReportContent) => r.figures.length;
 */
export interface ReportContent {
  readonly meta: ReportMeta;
  readonly topic: ReviewTopic;
  /** "BÁO CÁO". */
  readonly documentType: string;
  /** The trích yếu: "Sơ kết 5 năm (2014 - 2019) thực hiện Chỉ thị số 07/CT-BCA-V28 …". */
  readonly summary: string;
  readonly blocks: readonly ReportBlock[];
  readonly figures: readonly ReportFigure[];
  readonly charts: readonly ChartSpec[];
  readonly data: ReviewFigures;
}

/** How sentences count each weapon field ("3 khẩu súng", "120 viên đạn"). */
const WEAPON_UNITS_VI: Readonly<Record<(typeof WEAPON_FIELDS)[number], string>> = {
  guns: "khẩu súng",
  ammunition: "viên đạn",
  explosivesGrams: "gam vật liệu nổ",
  detonators: "kíp nổ",
  fireworks: "pháo",
  primitiveWeapons: "vũ khí thô sơ",
  supportTools: "công cụ hỗ trợ",
};

/** How sentences phrase each result from the people's information (§6.2 family 6). */
const INFORMATION_PHRASES_VI: Readonly<
  Record<keyof InformationTotals, { verb: string; unit: string; after: string; label: string }>
> = {
  casesSolved: {
    verb: "điều tra làm rõ",
    unit: "vụ án",
    after: "",
    label: "Vụ án làm rõ từ nguồn tin của Nhân dân",
  },
  suspectsArrested: {
    verb: "bắt giữ",
    unit: "đối tượng",
    after: "",
    label: "Đối tượng bị bắt giữ từ nguồn tin của Nhân dân",
  },
  wantedArrested: { verb: "bắt", unit: "đối tượng", after: " truy nã", label: "Đối tượng truy nã bị bắt" },
  wantedSurrendered: {
    verb: "vận động",
    unit: "đối tượng",
    after: " truy nã ra đầu thú",
    label: "Đối tượng truy nã được vận động ra đầu thú",
  },
};

const sumInformation = (f: ReviewFigures, field: keyof InformationTotals): number =>
  f.years.reduce((n, y) => n + y.information[field], 0);

/** The period's crimes and violations, or undefined when no year of it has any record of them. */
function sumViolations(f: ReviewFigures): ViolationTotals | undefined {
  const years = f.years.filter((y) => y.violations !== undefined);
  if (years.length === 0) return undefined;
  return {
    crimes: years.reduce((n, y) => n + (y.violations?.crimes ?? 0), 0),
    socialEvilCases: years.reduce((n, y) => n + (y.violations?.socialEvilCases ?? 0), 0),
    otherViolationCases: years.reduce((n, y) => n + (y.violations?.otherViolationCases ?? 0), 0),
  };
}

const RATINGS: readonly (TaskRating | "unrated")[] = [
  "excellent",
  "good",
  "completed",
  "not-completed",
  "unrated",
];

/**
 * The trích yếu of a review.
 *
 * @example
 * reportSummary("so-ket", REVIEW_TOPICS["chi-thi-07"]!, 2014, 2019);
 * //=> "Sơ kết 5 năm (2014 - 2019) thực hiện Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ trưởng Bộ Công an về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường, đáp ứng yêu cầu, nhiệm vụ bảo đảm an ninh, trật tự trong tình hình mới"
 * reportSummary("annual", REVIEW_TOPICS["phong-trao"]!, 2024, 2024); //=> "Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024"
 */
export function reportSummary(
  kind: ReportKind,
  topic: ReviewTopic,
  fromYear: number,
  toYear: number,
): string {
  const subject = topic.subject === "" ? topic.document : `${topic.document} ${topic.subject}`;
  if (kind === "annual") return `Kết quả thực hiện ${subject} năm ${toYear}`;
  const word = kind === "so-ket" ? "Sơ kết" : "Tổng kết";
  return `${word} ${toYear - fromYear} năm (${fromYear} - ${toYear}) thực hiện ${subject}`;
}

class FigureSet {
  readonly #byId = new Map<string, ReportFigure>();
  add(f: ReportFigure): ReportFigure {
    const known = this.#byId.get(f.id);
    if (known !== undefined) return known;
    this.#byId.set(f.id, f);
    return f;
  }
  list(): ReportFigure[] {
    return [...this.#byId.values()];
  }
}

const withPrevious = (f: Omit<ReportFigure, "previous">, previous: number | undefined): ReportFigure =>
  previous === undefined ? f : { ...f, previous };

/** Percentage-point change between two shares, rounded to one decimal (half away from zero). */
function pointChange(part: number, whole: number, prevPart: number, prevWhole: number): number {
  const scaled = ((part * prevWhole - prevPart * whole) * 1000) / (whole * prevWhole);
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / 10;
}

/**
 * Builds the content of a review from its figures: the sentences of each indicator family (regulations.md
 * §6.2) with their figures, the comparison with the previous period, the charts, and headed placeholders for
 * the parts an officer writes (hạn chế, nguyên nhân, phương hướng, kiến nghị).
 *
 * @example
 * const content = (f: ReviewFigures, m: ReportMeta) => buildReport(f, m).blocks.length;
 */
export function buildReport(data: ReviewFigures, meta: ReportMeta): ReportContent {
  const topic = REVIEW_TOPICS[meta.topic ?? "phong-trao"];
  // composeReport refuses an unknown topic with an issue; called directly, it is the caller's error.
  if (topic === undefined) throw new RangeError(`UNKNOWN_TOPIC: chủ đề báo cáo "${meta.topic}" không có.`);
  const figures = new FigureSet();
  const blocks: ReportBlock[] = [];
  const charts: ChartSpec[] = [];
  const prev = data.previous;
  const whole = `toàn ${meta.provinceLabel ?? "tỉnh"}`;
  const opening = periodOpening(data.fromYear, data.toYear);
  const multi = data.fromYear !== data.toYear;
  const times = multi ? " lượt" : "";
  const para = (sentence: Sentence) => blocks.push({ type: "paragraph", sentence });
  let section = 0;
  const subheading = (text: string) =>
    blocks.push({ type: "heading", level: 2, text: `${++section}. ${text}` });

  const safetyFigures = (group: UnitGroup) => {
    const s = sumSafety(data, group);
    const p = prev === undefined ? undefined : sumSafety(prev, group);
    const label = UNIT_GROUP_LABELS_VI[group];
    return {
      evaluated: figures.add(
        withPrevious(
          {
            id: `safety:${group}:evaluated`,
            label: `Lượt ${label} được đánh giá`,
            value: s.evaluated,
            unit: "lượt",
          },
          p?.evaluated,
        ),
      ),
      safe: figures.add(
        withPrevious(
          {
            id: `safety:${group}:safe`,
            label: `Lượt ${label} đạt “An toàn về ANTT”`,
            value: s.safe,
            unit: "lượt",
          },
          p?.safe,
        ),
      ),
      previous: p,
    };
  };
  const count = (id: string, label: string, value: number, unit: string, previous?: number) =>
    figures.add(withPrevious({ id, label, value, unit }, previous));
  const activity = (field: keyof ActivityTotals) =>
    count(
      `activity:${field}`,
      ACTIVITY_FIELD_LABELS_VI[field],
      sumActivity(data, field),
      "",
      prev === undefined ? undefined : sumActivity(prev, field),
    );

  blocks.push({ type: "heading", level: 1, text: "I. KẾT QUẢ ĐẠT ĐƯỢC" });

  // The directive's own summary sentence (Chỉ thị 07 style), when the review is about agencies, enterprises, schools.
  if (topic.focus === "organisation") {
    const s = safetyFigures("organisation");
    const models = count("models:total", "Mô hình xây dựng mới, củng cố", data.models.total, "mô hình");
    const orgModels = count(
      "models:organisation",
      "Mô hình thuộc cơ quan, doanh nghiệp, nhà trường",
      data.models.organisationHosted,
      "mô hình",
    );
    const classes = activity("guardTrainingClasses");
    const trainees = activity("guardTrainingTrainees");
    para(
      new SentenceBuilder()
        .text(`${opening}, ${whole} có `)
        .ratio(s.safe, s.evaluated)
        .text(
          `${times} cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về ANTT”; xây dựng mới, củng cố `,
        )
        .count(models)
        .text(" mô hình phong trào toàn dân bảo vệ ANTQ, trong đó có ")
        .count(orgModels)
        .text(" mô hình thuộc cơ quan, doanh nghiệp, nhà trường; tổ chức ")
        .count(classes)
        .text(" lớp bồi dưỡng nghiệp vụ bảo vệ cho ")
        .count(trainees)
        .text(" lượt bảo vệ trong các cơ quan, doanh nghiệp, trường học.")
        .build(),
    );
  }

  // 1. An toàn về ANTT, per group, with the share and the change against the previous period.
  subheading(
    "Xây dựng khu dân cư, xã, phường, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về an ninh, trật tự”",
  );
  for (const group of UNIT_GROUPS) {
    const s = safetyFigures(group);
    if (s.evaluated.value === 0) continue;
    const b = new SentenceBuilder()
      .text(`${opening}, ${whole} có `)
      .ratio(s.safe, s.evaluated)
      .text(`${times} ${UNIT_GROUP_LABELS_VI[group]} đạt tiêu chuẩn “An toàn về ANTT” (đạt `)
      .percent(s.safe, s.evaluated)
      .text(")");
    const p = s.previous;
    if (p !== undefined && p.evaluated > 0 && prev !== undefined) {
      const change = pointChange(s.safe.value, s.evaluated.value, p.safe, p.evaluated);
      const span = `${prev.fromYear} - ${prev.toYear}`;
      if (change === 0) b.text(`, bằng tỷ lệ giai đoạn ${span}`);
      else {
        const direction = change > 0 ? "tăng" : "giảm";
        const trend = count(
          `trend:safety:${group}`,
          `Tỷ lệ ${UNIT_GROUP_LABELS_VI[group]} đạt “An toàn về ANTT” ${direction} so với giai đoạn ${span}`,
          Math.abs(change),
          "điểm %",
        );
        b.text(`, ${direction} `).count(trend).text(` điểm phần trăm so với giai đoạn ${span}`);
      }
    }
    para(b.text(".").build());
  }
  const trendChart = safetyTrendChart(data);
  if (trendChart !== undefined) {
    charts.push(trendChart);
    blocks.push({ type: "chart", chart: trendChart });
  }
  const reformYears = data.reformYears ?? [];
  if (reformYears.length > 0) {
    const merged = count(
      "reform:communes",
      "Xã, phường có số liệu cộng từ các đơn vị trước sắp xếp ngày 01/7/2025",
      new Set(data.communes.filter((c) => c.crossesReform === true).map((c) => c.communeId)).size,
      "xã, phường",
    );
    para(
      new SentenceBuilder()
        .text(
          `Kỳ báo cáo qua đợt sắp xếp đơn vị hành chính ngày 01/7/2025: số liệu theo xã, phường được tổng hợp theo đơn vị hành chính cấp xã hiện nay; `,
        )
        .count(merged)
        .text(
          ` xã, phường có số liệu ${reformYears.length === 1 ? "năm" : "các năm"} ${reformYears.join(", ")} cộng từ các xã, phường trước sắp xếp (chi tiết tại Phụ lục 8).`,
        )
        .build(),
    );
  }

  // 2. Classification.
  subheading("Kết quả phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc");
  let classified = false;
  for (const group of UNIT_GROUPS) {
    const levels = CLASSIFICATION_LEVELS.map((level) =>
      count(
        `classification:${group}:${level}`,
        `Lượt ${UNIT_GROUP_LABELS_VI[group]} xếp loại ${CLASSIFICATION_LEVEL_LABELS_VI[level]}`,
        sumClassification(data, group, level),
        "lượt",
        prev === undefined ? undefined : sumClassification(prev, group, level),
      ),
    );
    if (levels.every((l) => l.value === 0)) continue;
    classified = true;
    const b = new SentenceBuilder().text(
      `${opening}, kết quả phân loại phong trào ở ${UNIT_GROUP_LABELS_VI[group]}: `,
    );
    levels.forEach((l, i) => {
      if (i > 0) b.text(", ");
      b.count(l).text(`${times} ${CLASSIFICATION_LEVEL_LABELS_VI[CLASSIFICATION_LEVELS[i]!].toLowerCase()}`);
    });
    para(b.text(".").build());
  }
  if (classified) {
    const chart = classificationChart(data);
    charts.push(chart);
    blocks.push({ type: "chart", chart });
  } else
    blocks.push({
      type: "placeholder",
      text: "Chưa có số liệu phân loại phong trào trong kỳ: đề nghị bổ sung.",
    });

  // 3. Models.
  subheading("Xây dựng, nhân rộng mô hình, điển hình tiên tiến");
  {
    const total = count("models:total", "Mô hình xây dựng mới, củng cố", data.models.total, "mô hình");
    const advanced = count(
      "models:advanced",
      "Mô hình được công nhận điển hình tiên tiến",
      data.models.advancedExamples,
      "mô hình",
    );
    const b = new SentenceBuilder()
      .text(`${opening}, ${whole} xây dựng mới, củng cố `)
      .count(total)
      .text(" mô hình");
    const kinds = data.models.byKind.filter((k) => k.total > 0);
    if (kinds.length > 0) {
      b.text(", gồm ");
      kinds.forEach((k, i) => {
        if (i > 0) b.text(", ");
        b.count(
          count(`models:${k.kind}`, `Mô hình “${MODEL_KIND_LABELS_VI[k.kind]}”`, k.total, "mô hình"),
        ).text(` mô hình “${MODEL_KIND_LABELS_VI[k.kind]}”`);
      });
    }
    b.text("; trong đó ").count(advanced).text(" mô hình được công nhận là điển hình tiên tiến.");
    para(b.build());
    if (kinds.length > 0) {
      const chart = modelsChart(data);
      charts.push(chart);
      blocks.push({ type: "chart", chart });
    }
  }

  // 4. Tổ bảo vệ ANTT at the end of the period.
  const last = data.years[data.years.length - 1];
  if (last !== undefined && last.teams.teams > 0) {
    subheading("Xây dựng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở");
    const teams = count("teams:teams", `Tổ bảo vệ ANTT (năm ${last.year})`, last.teams.teams, "tổ");
    const members = count(
      "teams:members",
      `Thành viên Tổ bảo vệ ANTT (năm ${last.year})`,
      last.teams.members,
      "người",
    );
    const b = new SentenceBuilder()
      .text(`Năm ${last.year}, ${whole} có `)
      .count(teams)
      .text(" Tổ bảo vệ an ninh, trật tự với ")
      .count(members)
      .text(" thành viên");
    const rated = RATINGS.filter((r) => r !== "unrated" && last.teams.ratings[r] > 0);
    if (rated.length > 0) {
      b.text("; kết quả xếp loại: ");
      rated.forEach((r, i) => {
        if (i > 0) b.text(", ");
        b.count(
          count(
            `teams:${r}`,
            `Tổ ${TASK_RATING_LABELS_VI[r as TaskRating].toLowerCase()}`,
            last.teams.ratings[r],
            "tổ",
          ),
        ).text(` tổ ${TASK_RATING_LABELS_VI[r as TaskRating].toLowerCase()}`);
      });
    }
    para(b.text(".").build());
  }

  // 5–8. Activities.
  subheading("Tuyên truyền, tập huấn, bồi dưỡng");
  {
    const b = new SentenceBuilder()
      .text(`${opening}, các lực lượng đã phối hợp tổ chức tuyên truyền được `)
      .approximately(activity("propagandaSessions"))
      .text(" buổi với ")
      .approximately(activity("propagandaAttendees"), "hơn")
      .text(" lượt người tham dự; tổ chức ")
      .count(activity("trainingClasses"))
      .text(" lớp tập huấn, bồi dưỡng cho ")
      .count(activity("trainingTrainees"))
      .text(" lượt học viên.");
    para(b.build());
  }
  subheading("Hòa giải, tiếp nhận tin báo, quản lý, giáo dục, giúp đỡ người lầm lỗi");
  {
    const parts: ((b: SentenceBuilder) => void)[] = [];
    if (sumActivity(data, "mediationCases") > 0) {
      parts.push((b) =>
        b
          .text("hòa giải thành ")
          .count(activity("mediationSuccessful"))
          .text("/")
          .count(activity("mediationCases"))
          .text(" vụ việc"),
      );
    }
    if (sumActivity(data, "tipsReceived") > 0) {
      parts.push((b) =>
        b
          .text("tiếp nhận ")
          .count(activity("tipsReceived"))
          .text(" tin báo, tố giác, trong đó ")
          .count(activity("tipsValuable"))
          .text(" tin có giá trị"),
      );
    }
    const information = (f: keyof InformationTotals) =>
      count(
        `information:${f}`,
        INFORMATION_PHRASES_VI[f].label,
        sumInformation(data, f),
        INFORMATION_PHRASES_VI[f].unit,
        prev === undefined ? undefined : sumInformation(prev, f),
      );
    const reported = INFORMATION_FIELDS.filter((f) => sumInformation(data, f) > 0);
    if (reported.length > 0) {
      parts.push((b) => {
        b.text("từ nguồn tin của Nhân dân, ");
        reported.forEach((f, i) => {
          if (i > 0) b.text(", ");
          b.text(`${INFORMATION_PHRASES_VI[f].verb} `)
            .count(information(f))
            .text(` ${INFORMATION_PHRASES_VI[f].unit}${INFORMATION_PHRASES_VI[f].after}`);
        });
      });
    }
    if (sumActivity(data, "reintegrationReceived") > 0) {
      parts.push((b) =>
        b
          .text("nhận quản lý, giáo dục, giúp đỡ ")
          .count(activity("reintegrationReceived"))
          .text(" người, trong đó ")
          .count(activity("reintegrationProgressed"))
          .text(" người tiến bộ"),
      );
    }
    if (parts.length === 0)
      blocks.push({
        type: "placeholder",
        text: "Chưa có số liệu hòa giải, tin báo, cảm hóa trong kỳ: đề nghị bổ sung.",
      });
    else {
      const b = new SentenceBuilder().text(`${opening}, `);
      parts.forEach((part, i) => {
        if (i > 0) b.text("; ");
        part(b);
      });
      para(b.text(".").build());
    }
  }
  subheading("Vận động Nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ");
  {
    const present = WEAPON_FIELDS.filter((f) => sumActivity(data, f) > 0).map(
      (f) => [f, WEAPON_UNITS_VI[f]] as const,
    );
    if (present.length === 0)
      blocks.push({
        type: "placeholder",
        text: "Chưa có số liệu giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ trong kỳ: đề nghị bổ sung.",
      });
    else {
      const b = new SentenceBuilder().text(`${opening}, đã vận động Nhân dân giao nộp `);
      present.forEach(([f, unit], i) => {
        if (i > 0) b.text(", ");
        b.count(activity(f)).text(` ${unit}`);
      });
      para(b.text(".").build());
    }
  }
  for (const f of ACTIVITY_FIELDS) activity(f);

  // §6.2 family 10: links with the new-rural and urban programmes.
  const rural = data.newRural ?? [];
  const lastRural = rural[rural.length - 1];
  if (lastRural !== undefined) {
    subheading("Gắn phong trào với xây dựng nông thôn mới, đô thị văn minh");
    const met = count(
      "newRural:criterion192",
      `Xã đạt tiêu chí 19.2 (an ninh, trật tự) nông thôn mới (năm ${lastRural.year})`,
      lastRural.criterion192Communes,
      "xã",
    );
    const of = count(
      "newRural:communes",
      `Xã được đánh giá tiêu chí 19.2 (năm ${lastRural.year})`,
      lastRural.communes,
      "xã",
    );
    const b = new SentenceBuilder()
      .text(`Năm ${lastRural.year}, ${whole} có `)
      .ratio(met, of)
      .text(
        " xã đạt tiêu chí số 19.2 về an ninh, trật tự trong Bộ tiêu chí quốc gia về xã nông thôn mới (đạt ",
      )
      .percent(met, of)
      .text(")");
    const removed = count(
      "newRural:keyPointCommunesRemoved",
      "Xã được đưa ra khỏi diện trọng điểm, phức tạp về ANTT",
      rural.reduce((n, r) => n + r.keyPointCommunesRemoved, 0),
      "xã",
    );
    if (removed.value > 0)
      b.text(multi ? `; ${opening.toLowerCase()}, đã đưa ` : "; đã đưa ")
        .count(removed)
        .text(" xã ra khỏi diện trọng điểm, phức tạp về an ninh, trật tự");
    para(b.text(".").build());
  }

  // §6.2 family 13: crime and social-evil trends against the previous period and within the period.
  const violations = sumViolations(data);
  if (violations !== undefined) {
    subheading("Tình hình tội phạm, tệ nạn xã hội và vi phạm pháp luật");
    const previous = prev === undefined ? undefined : sumViolations(prev);
    const v = (f: keyof ViolationTotals) =>
      count(`violations:${f}`, VIOLATION_LABELS_VI[f], violations[f], "vụ", previous?.[f]);
    const crimes = v("crimes");
    const social = v("socialEvilCases");
    v("otherViolationCases");
    const b = new SentenceBuilder()
      .text(`${opening}, trên địa bàn ${whole} xảy ra `)
      .count(crimes)
      .text(" vụ phạm tội, ")
      .count(social)
      .text(" vụ tệ nạn xã hội");
    /** ", <subject>giảm 79 vụ (19,2%) so với <span>", both figures traced to the annex. */
    const change = (id: string, now: number, before: number, span: string, subject: string) => {
      if (before === 0) return;
      if (now === before) {
        b.text(`, ${subject}bằng ${span}`);
        return;
      }
      const direction = now < before ? "giảm" : "tăng";
      const by = count(
        `trend:${id}:cases`,
        `Số vụ phạm tội ${direction} so với ${span}`,
        Math.abs(now - before),
        "vụ",
      );
      const rate = count(
        `trend:${id}:percent`,
        `Tỷ lệ ${direction} số vụ phạm tội so với ${span}`,
        Math.round((Math.abs(now - before) * 1000) / before) / 10,
        "%",
      );
      b.text(`, ${subject}${direction} `).count(by).text(" vụ (").count(rate).text(`%) so với ${span}`);
    };
    if (previous !== undefined && prev !== undefined) {
      const span =
        prev.fromYear === prev.toYear ? `năm ${prev.toYear}` : `giai đoạn ${prev.fromYear} - ${prev.toYear}`;
      change("violations:crimes", violations.crimes, previous.crimes, span, "số vụ phạm tội ");
    }
    const years = data.years.filter((y) => y.violations !== undefined);
    const first = years[0];
    const last = years[years.length - 1];
    if (first?.violations !== undefined && last?.violations !== undefined && first !== last) {
      const yearCrimes = (y: number, n: number) =>
        count(`violations:crimes:${y}`, `Vụ phạm tội năm ${y}`, n, "vụ");
      yearCrimes(first.year, first.violations.crimes);
      b.text(`; năm ${last.year} xảy ra `)
        .count(yearCrimes(last.year, last.violations.crimes))
        .text(" vụ phạm tội");
      change(
        "violations:crimes:within",
        last.violations.crimes,
        first.violations.crimes,
        `năm ${first.year}`,
        "",
      );
    }
    para(b.text(".").build());
  }

  // 8. Awards.
  subheading("Công tác khen thưởng");
  if (data.awards.length > 0) {
    for (const a of data.awards) figures.add(awardFigure(a));
    const clause = awardsClause(data.awards, meta.awardStyle ?? "giver");
    const lead = meta.awardStyle === "owner" ? `${opening}, đã ` : "";
    para({
      text: `${lead}${clause.text} có nhiều thành tích trong thực hiện ${topic.short}.`,
      figures: clause.figures,
    });
  } else blocks.push({ type: "placeholder", text: "Chưa có số liệu khen thưởng trong kỳ: đề nghị bổ sung." });

  // Parts the data cannot write.
  const placeholder = (heading: string, hint: string) => {
    blocks.push({ type: "heading", level: 1, text: heading });
    blocks.push({ type: "placeholder", text: hint });
  };
  placeholder(
    "II. HẠN CHẾ, TỒN TẠI",
    "[Cán bộ soạn thảo bổ sung: những hạn chế, tồn tại trong thực hiện; số liệu tham khảo ở Phụ lục.]",
  );
  placeholder(
    "III. NGUYÊN NHÂN",
    "[Cán bộ soạn thảo bổ sung: nguyên nhân của kết quả đạt được và nguyên nhân của hạn chế (khách quan, chủ quan).]",
  );
  placeholder(
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "[Cán bộ soạn thảo bổ sung: phương hướng, nhiệm vụ và giải pháp trọng tâm.]",
  );
  placeholder(
    "V. ĐỀ XUẤT, KIẾN NGHỊ",
    "[Cán bộ soạn thảo bổ sung: đề xuất, kiến nghị với cấp trên (nếu có).]",
  );

  return {
    meta,
    topic,
    documentType: "BÁO CÁO",
    summary: reportSummary(meta.kind, topic, data.fromYear, data.toYear),
    blocks,
    figures: figures.list(),
    charts,
    data,
  };
}

/**
 * Formats a figure's value the way the annex and the document show it.
 *
 * @example
 * formatFigureValue({ id: "x", label: "x", value: 1454, unit: "lượt" }); //=> "1.454"
 */
export function formatFigureValue(f: ReportFigure): string {
  return formatNumber(f.value, { maximumFractionDigits: 1 });
}
