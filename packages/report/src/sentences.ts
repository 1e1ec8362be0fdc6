import { AWARD_FORM_LABELS_VI, type AwardForm, type AwardIssuerKind } from "@antq/domain";
import { formatNumber, formatPercentOf, numberToWords } from "@antq/format-vi";
import type { AwardCount } from "./figures.js";

/**
 * One figure of a report: a stable id (the annex row it is written to), a Vietnamese label, the exact value,
 * the unit of count, and the previous period's value when there is one.
 *
 * @example
 * const f: ReportFigure = { id: "safety:organisation:safe", label: "Lượt cơ quan, DN, nhà trường đạt", value: 1454, unit: "lượt" };
 */
export interface ReportFigure {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly previous?: number;
}

/**
 * How a figure appears in a sentence: the text shown ("1.454", "trên 1.600", "84,0%") and whether it is a
 * rounded-down approximation of the exact value.
 *
 * @example
 * const u = (s: Sentence): FigureUse | undefined => s.figures[0];
 */
export interface FigureUse {
  readonly figure: ReportFigure;
  readonly shown: string;
  readonly kind: "exact" | "approximate" | "percent";
  /** For a percentage: the figure it is a share of. */
  readonly of?: ReportFigure;
}

/**
 * A generated sentence and the figures it shows, in order (so that a test, or an officer, can trace every
 * number of the text to its annex cell).
 *
 * @example
 * const text = (s: Sentence) => s.text;
 */
export interface Sentence {
  readonly text: string;
  readonly figures: readonly FigureUse[];
}

/**
 * Rounds a count down to `significantDigits` significant digits (default 2) for prose such as "trên 1.600
 * buổi": returns the rounded value and whether it differs from the exact one. Counts under 100 stay exact.
 *
 * @example
 * roundDownForProse(1637); //=> { value: 1600, rounded: true }
 * roundDownForProse(74000); //=> { value: 74000, rounded: false }
 * roundDownForProse(86); //=> { value: 86, rounded: false }
 */
export function roundDownForProse(value: number, significantDigits = 2): { value: number; rounded: boolean } {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`roundDownForProse: ${value}`);
  if (value < 100) return { value, rounded: false };
  const digits = String(value).length;
  const step = 10 ** Math.max(0, digits - significantDigits);
  const down = Math.floor(value / step) * step;
  return { value: down, rounded: down !== value };
}

/**
 * Builds a {@link Sentence} piece by piece, recording every figure it shows.
 *
 * @example
 * new SentenceBuilder().text("có ").count({ id: "x", label: "x", value: 1454, unit: "lượt" }).text(" lượt").build().text; //=> "có 1.454 lượt"
 */
export class SentenceBuilder {
  #text = "";
  readonly #figures: FigureUse[] = [];

  /** Appends plain text. */
  text(s: string): this {
    this.#text += s;
    return this;
  }

  /** Appends the exact count with dot grouping ("1.454"). */
  count(figure: ReportFigure): this {
    return this.#use(figure, formatNumber(figure.value), "exact");
  }

  /**
   * Appends "trên 1.600" (or another word: "hơn") when rounding down changes the value, else the exact count.
   */
  approximately(figure: ReportFigure, word = "trên"): this {
    const r = roundDownForProse(figure.value);
    return r.rounded
      ? this.#use(figure, `${word} ${formatNumber(r.value)}`, "approximate")
      : this.count(figure);
  }

  /** Appends "X/Y" ("1.454/1.730"). */
  ratio(part: ReportFigure, whole: ReportFigure): this {
    return this.count(part).text("/").count(whole);
  }

  /** Appends the exact percentage part/whole ("84,0%"), recorded against the part's figure. */
  percent(part: ReportFigure, whole: ReportFigure): this {
    if (whole.value === 0) return this.text("—");
    this.#text += formatPercentOf(part.value, whole.value);
    this.#figures.push({
      figure: part,
      shown: formatPercentOf(part.value, whole.value),
      kind: "percent",
      of: whole,
    });
    return this;
  }

  /** The sentence so far. */
  build(): Sentence {
    return { text: this.#text, figures: [...this.#figures] };
  }

  #use(figure: ReportFigure, shown: string, kind: FigureUse["kind"]): this {
    this.#text += shown;
    this.#figures.push({ figure, shown, kind });
    return this;
  }
}

/**
 * The opening of a period sentence: "Năm 2024" for one year, "Trong 5 năm" for a sơ kết or tổng kết (years
 * counted as `toYear - fromYear`, as the reviews of Chỉ thị 07 count 2014–2019 as 5 years), or with
 * `words: true` "Trong năm năm".
 *
 * @example
 * periodOpening(2024, 2024); //=> "Năm 2024"
 * periodOpening(2014, 2019); //=> "Trong 5 năm"
 * periodOpening(2014, 2024, { words: true }); //=> "Trong mười năm"
 */
export function periodOpening(fromYear: number, toYear: number, options: { words?: boolean } = {}): string {
  if (fromYear === toYear) return `Năm ${fromYear}`;
  const n = toYear - fromYear;
  return `Trong ${options.words === true ? numberToWords(n) : String(n)} năm`;
}

/**
 * How an issuer is named in award sentences: as the person who hands the award over ("Chủ tịch UBND tỉnh
 * trao tặng Bằng khen …") and as the body whose award it is ("Bằng khen của UBND tỉnh …").
 *
 * @example
 * AWARD_ISSUER_PHRASES_VI["provincial-police-director"].owner; //=> "Công an tỉnh"
 */
export const AWARD_ISSUER_PHRASES_VI: Readonly<Record<AwardIssuerKind, { giver: string; owner: string }>> = {
  president: { giver: "Chủ tịch nước", owner: "Chủ tịch nước" },
  "prime-minister": { giver: "Thủ tướng Chính phủ", owner: "Thủ tướng Chính phủ" },
  "minister-of-public-security": { giver: "Bộ trưởng Bộ Công an", owner: "Bộ trưởng Bộ Công an" },
  "provincial-people-committee": { giver: "UBND tỉnh", owner: "UBND tỉnh" },
  "provincial-people-committee-chair": { giver: "Chủ tịch UBND tỉnh", owner: "Chủ tịch UBND tỉnh" },
  "district-people-committee-chair": { giver: "Chủ tịch UBND huyện", owner: "Chủ tịch UBND huyện" },
  "commune-people-committee-chair": { giver: "Chủ tịch UBND xã", owner: "Chủ tịch UBND xã" },
  "provincial-police-director": { giver: "Giám đốc Công an tỉnh", owner: "Công an tỉnh" },
  "steering-committee": { giver: "Trưởng Ban Chỉ đạo", owner: "Ban Chỉ đạo" },
  "head-of-organisation": { giver: "Thủ trưởng cơ quan, đơn vị", owner: "cơ quan, đơn vị" },
  other: { giver: "Cấp khác", owner: "cấp khác" },
};

/** Form names inside a sentence: the domain's labels ("Bằng khen", "Giấy khen", …). */
const FORM_NAMES = AWARD_FORM_LABELS_VI;

const FORM_ORDER: readonly AwardForm[] = [
  "order",
  "medal",
  "state-honorary-title",
  "emulation-flag",
  "certificate-of-merit",
  "certificate-of-commendation",
  "commemorative-medal",
  "emulation-title",
  "other",
];

/**
 * The id of the report figure counting one award form from one issuer to one kind of recipient.
 *
 * @example
 * awardFigureId({ form: "certificate-of-merit", issuer: "provincial-people-committee", recipient: "collective" }); //=> "award:certificate-of-merit:provincial-people-committee:collective"
 */
export function awardFigureId(a: Pick<AwardCount, "form" | "issuer" | "recipient">): string {
  return `award:${a.form}:${a.issuer}:${a.recipient}`;
}

/**
 * The figure of an award count.
 *
 * @example
 * awardFigure({ form: "certificate-of-merit", issuer: "provincial-people-committee", recipient: "individual", count: 5 }).label; //=> "Bằng khen của UBND tỉnh cho cá nhân"
 */
export function awardFigure(a: AwardCount): ReportFigure {
  const who = a.recipient === "collective" ? "tập thể" : "cá nhân";
  return {
    id: awardFigureId(a),
    label: `${FORM_NAMES[a.form]} của ${AWARD_ISSUER_PHRASES_VI[a.issuer].owner} cho ${who}`,
    value: a.count,
    unit: who,
  };
}

/**
 * The awards clause officers write, in one of the two styles of the seed articles:
 * - `"giver"`: "Chủ tịch UBND tỉnh trao tặng Bằng khen cho 8 tập thể và 8 cá nhân; Giám đốc Công an tỉnh trao
 *   tặng Giấy khen cho 14 tập thể và 12 cá nhân";
 * - `"owner"`: "trao Bằng khen của UBND tỉnh cho 14 tập thể, 5 cá nhân và Giấy khen của Công an tỉnh cho 14 tập
 *   thể, 13 cá nhân".
 * Forms come in order of rank (Huân chương … Giấy khen); a recipient kind with no award is left out.
 *
 * @example
 * awardsClause([{ form: "certificate-of-commendation", issuer: "provincial-police-director", recipient: "collective", count: 14 }], "giver").text; //=> "Giám đốc Công an tỉnh trao tặng Giấy khen cho 14 tập thể"
 */
export function awardsClause(awards: readonly AwardCount[], style: "giver" | "owner"): Sentence {
  const groups = new Map<string, { form: AwardForm; issuer: AwardIssuerKind; items: AwardCount[] }>();
  const sorted = [...awards]
    .filter((a) => a.count > 0)
    .sort((a, b) => FORM_ORDER.indexOf(a.form) - FORM_ORDER.indexOf(b.form));
  for (const a of sorted) {
    const key = `${a.form}:${a.issuer}`;
    const g = groups.get(key) ?? { form: a.form, issuer: a.issuer, items: [] };
    g.items.push(a);
    groups.set(key, g);
  }
  const b = new SentenceBuilder();
  if (style === "owner") b.text("trao ");
  let first = true;
  const list = [...groups.values()];
  list.forEach((g, i) => {
    if (!first) b.text(style === "giver" ? "; " : i === list.length - 1 ? " và " : ", ");
    first = false;
    const phrases = AWARD_ISSUER_PHRASES_VI[g.issuer];
    if (style === "giver") b.text(`${phrases.giver} trao tặng ${FORM_NAMES[g.form]} cho `);
    else b.text(`${FORM_NAMES[g.form]} của ${phrases.owner} cho `);
    const items = [...g.items].sort((x, y) =>
      x.recipient === "collective" ? -1 : y.recipient === "collective" ? 1 : 0,
    );
    items.forEach((a, j) => {
      if (j > 0) b.text(style === "giver" ? " và " : ", ");
      b.count(awardFigure(a)).text(a.recipient === "collective" ? " tập thể" : " cá nhân");
    });
  });
  return b.build();
}
