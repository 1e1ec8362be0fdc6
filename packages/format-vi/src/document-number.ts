/**
 * Document numbers ("số, ký hiệu văn bản"):
 * - normative legal documents, with the year: "124/2021/TT-BCA", "98/2023/NĐ-CP", "06/2022/QH15";
 * - administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I and III): "10/KH-BCĐ-CAT",
 *   "510/QĐ-BCA-V05", "3371/BCA-V05" (a Công văn has no type abbreviation);
 * - Party documents (Hướng dẫn 36-HD/VPTW): "727-CV/TU", "60-NQ/TW".
 */
import { assertString, fail, ok } from "./internal/result.js";
import type { ParseResult } from "./result.js";

/**
 * The three shapes of document numbers.
 *
 * @example
 * parseDocumentNumber("727-CV/TU").value.kind; //=> "party"
 */
export type DocumentKind = "normative" | "administrative" | "party";

/**
 * A parsed document number.
 *
 * @example
 * const doc: DocumentNumber = {
 *   kind: "normative", number: 124, numberText: "124", year: 2021,
 *   typeCode: "TT", typeName: "Thông tư", issuer: ["BCA"],
 * };
 * formatDocumentNumber(doc); //=> "124/2021/TT-BCA"
 */
export interface DocumentNumber {
  /** normative (number/year/TYPE-ISSUER), administrative (number/TYPE-ISSUER) or party (number-TYPE/ISSUER). */
  readonly kind: DocumentKind;
  /** The sequence number, e.g. 7 for "07/CT-BCA-V28". */
  readonly number: number;
  /** The number exactly as written ("07"); keeps the zero padding for round trips. Defaults to `String(number)`. */
  readonly numberText?: string;
  /** The year of a normative document ("124/2021/TT-BCA" → 2021). */
  readonly year?: number;
  /** The type abbreviation ("TT", "KH", "QĐ", "CV"); absent for a Công văn or a Luật/Nghị quyết of the Quốc hội. */
  readonly typeCode?: string;
  /** The type name for `typeCode` ("Thông tư", "Kế hoạch"); "Công văn" for administrative numbers without a type code. */
  readonly typeName?: string;
  /** Issuer and unit segments: "10/KH-BCĐ-CAT" → ["BCĐ", "CAT"]; "727-CV/TU" → ["TU"]. */
  readonly issuer: readonly string[];
  /** The "Số:" prefix exactly as written ("Số: ", "Số "), kept so that formatting round-trips. */
  readonly prefix?: string;
}

interface TypeEntry {
  readonly name: string;
  readonly normative?: boolean;
  readonly administrative?: boolean;
  readonly party?: boolean;
}

/*
 * Type abbreviations. Administrative: Nghị định 30/2020/NĐ-CP, Phụ lục III (plus the copy kinds SY, TrS, SL
 * and VBHN, văn bản hợp nhất). Normative: Luật Ban hành văn bản quy phạm pháp luật (NĐ, TT, TTLT, QĐ, NQ, PL,
 * NQLT). Party: Hướng dẫn 36-HD/VPTW (CV, KL, TT = Thông tri, ...).
 */
const TYPES: Readonly<Record<string, TypeEntry>> = {
  NQ: { name: "Nghị quyết", normative: true, administrative: true, party: true },
  QĐ: { name: "Quyết định", normative: true, administrative: true, party: true },
  CT: { name: "Chỉ thị", administrative: true, party: true },
  QC: { name: "Quy chế", administrative: true, party: true },
  QyĐ: { name: "Quy định", administrative: true, party: true },
  TC: { name: "Thông cáo", administrative: true },
  TB: { name: "Thông báo", administrative: true, party: true },
  HD: { name: "Hướng dẫn", administrative: true, party: true },
  CTr: { name: "Chương trình", administrative: true, party: true },
  KH: { name: "Kế hoạch", administrative: true, party: true },
  PA: { name: "Phương án", administrative: true },
  ĐA: { name: "Đề án", administrative: true, party: true },
  DA: { name: "Dự án", administrative: true },
  BC: { name: "Báo cáo", administrative: true, party: true },
  BB: { name: "Biên bản", administrative: true, party: true },
  TTr: { name: "Tờ trình", administrative: true, party: true },
  HĐ: { name: "Hợp đồng", administrative: true },
  CĐ: { name: "Công điện", administrative: true, party: true },
  BGN: { name: "Bản ghi nhớ", administrative: true },
  BTT: { name: "Bản thỏa thuận", administrative: true },
  GUQ: { name: "Giấy ủy quyền", administrative: true },
  GM: { name: "Giấy mời", administrative: true },
  GGT: { name: "Giấy giới thiệu", administrative: true },
  GNP: { name: "Giấy nghỉ phép", administrative: true },
  PG: { name: "Phiếu gửi", administrative: true },
  PC: { name: "Phiếu chuyển", administrative: true },
  PB: { name: "Phiếu báo", administrative: true },
  SY: { name: "Bản sao y", administrative: true },
  TrS: { name: "Bản trích sao", administrative: true },
  SL: { name: "Bản sao lục", administrative: true },
  VBHN: { name: "Văn bản hợp nhất", administrative: true },
  NĐ: { name: "Nghị định", normative: true },
  TT: { name: "Thông tư", normative: true },
  TTLT: { name: "Thông tư liên tịch", normative: true },
  NQLT: { name: "Nghị quyết liên tịch", normative: true },
  PL: { name: "Pháp lệnh", normative: true },
  CV: { name: "Công văn", party: true },
  KL: { name: "Kết luận", party: true },
};

const PARTY_TYPE_NAMES: Readonly<Record<string, string>> = { TT: "Thông tri" };

/**
 * The document type abbreviations known to the parser, with their names
 * (Nghị định 30/2020/NĐ-CP Phụ lục III, the normative types, and the Party types of Hướng dẫn 36-HD/VPTW).
 *
 * @example
 * DOCUMENT_TYPE_NAMES["KH"]; //=> "Kế hoạch"
 * DOCUMENT_TYPE_NAMES["QyĐ"]; //=> "Quy định"
 */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(TYPES).map(([code, entry]) => [code, entry.name])),
);

/**
 * The name of a document type abbreviation, or `undefined` when the code is unknown.
 * Pass `kind: "party"` for Party documents, where "TT" is a Thông tri.
 *
 * @example
 * documentTypeName("TT"); //=> "Thông tư"
 * documentTypeName("TT", "party"); //=> "Thông tri"
 * documentTypeName("XYZ"); //=> undefined
 */
export function documentTypeName(code: string, kind?: DocumentKind): string | undefined {
  assertString(code, "code");
  if (kind === "party" && PARTY_TYPE_NAMES[code] !== undefined) return PARTY_TYPE_NAMES[code];
  return Object.hasOwn(TYPES, code) ? TYPES[code]?.name : undefined;
}

function typeAllowed(code: string, kind: DocumentKind): boolean {
  if (kind === "party" && code === "TT") return true;
  const entry = Object.hasOwn(TYPES, code) ? TYPES[code] : undefined;
  return entry !== undefined && entry[kind] === true;
}

const PREFIX_RE = /^[Ss]ố\s*:?\s*/u;
const SEGMENT_RE = /^[A-ZĐ0-9][A-Za-zĐđ0-9]*$/u;
const DIGITS_RE = /^[0-9]+$/;
const ALLOWED_CHAR_RE = /[A-Za-zĐđ0-9/-]/u;
const CONFUSABLES: Readonly<Record<string, string>> = {
  "\u00d0": "chữ “Ð” (U+00D0, chữ eth) thay cho “Đ” (U+0110)",
  "\u2013": "dấu gạch ngang dài “–” thay cho dấu “-”",
  "\u2014": "dấu gạch ngang dài “—” thay cho dấu “-”",
  "\u2010": "dấu gạch nối Unicode “‐” thay cho dấu “-”",
  "\u2011": "dấu gạch nối Unicode “‑” thay cho dấu “-”",
  "\u2212": "dấu trừ “−” thay cho dấu “-”",
  "\u2044": "dấu phân số “⁄” thay cho dấu “/”",
  "\u2215": "dấu chia “∕” thay cho dấu “/”",
};

const MSG = "Số hiệu văn bản không hợp lệ";

function validSegments(
  segments: readonly string[],
  offset: number,
  input: string,
  what: string,
): ParseResult<null> {
  let pos = offset;
  for (const seg of segments) {
    if (seg.length === 0) {
      return fail("EMPTY_SEGMENT", `${MSG}: ${what} có đoạn trống giữa hai dấu “-”.`, input, pos);
    }
    if (!SEGMENT_RE.test(seg)) {
      return fail(
        "INVALID_SEGMENT",
        `${MSG}: đoạn “${seg}” trong ${what} phải bắt đầu bằng chữ in hoa hoặc chữ số.`,
        input,
        pos,
      );
    }
    pos += seg.length + 1;
  }
  return ok(null);
}

/**
 * Parses a document number in any of the three shapes, with an optional "Số:" / "Số" prefix.
 * Surrounding whitespace is ignored; the input is NFC-normalised.
 *
 * @example
 * parseDocumentNumber("124/2021/TT-BCA");
 * //=> { ok: true, value: { kind: "normative", number: 124, numberText: "124", year: 2021,
 * //     typeCode: "TT", typeName: "Thông tư", issuer: ["BCA"] } }
 * parseDocumentNumber("Số: 10/KH-BCĐ-CAT").ok; //=> true (typeName "Kế hoạch", issuer ["BCĐ", "CAT"])
 * parseDocumentNumber("727-CV/TU").ok; //=> true (kind "party", typeName "Công văn")
 * parseDocumentNumber("124/2021/").issues[0].code; //=> "MISSING_TYPE_CODE"
 */
export function parseDocumentNumber(input: string): ParseResult<DocumentNumber> {
  assertString(input, "input");
  const original = input;
  const nfc = input.normalize("NFC");
  const text = nfc.trim();
  if (text.length === 0) {
    return fail("EMPTY_INPUT", `${MSG}: chuỗi rỗng.`, original);
  }
  // Error indexes count UTF-16 units of the NFC form of the input.
  const lead = nfc.length - nfc.trimStart().length;
  const prefixMatch = PREFIX_RE.exec(text);
  const prefix = prefixMatch ? prefixMatch[0] : undefined;
  const body = prefix === undefined ? text : text.slice(prefix.length);
  const base = lead + (prefix?.length ?? 0);
  if (body.length === 0) {
    return fail("MISSING_NUMBER", `${MSG}: thiếu số sau “Số:”.`, original, base);
  }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (!ALLOWED_CHAR_RE.test(ch)) {
      const confusable = CONFUSABLES[ch];
      if (confusable !== undefined) {
        return fail("CONFUSABLE_CHARACTER", `${MSG}: dùng ${confusable}.`, original, base + i);
      }
      return fail(
        "INVALID_CHARACTER",
        /\s/u.test(ch)
          ? `${MSG}: không được có khoảng trắng trong số, ký hiệu.`
          : `${MSG}: ký tự “${ch}” không được phép.`,
        original,
        base + i,
      );
    }
  }
  const numMatch = /^[0-9]+/.exec(body);
  if (!numMatch) {
    return fail("MISSING_NUMBER", `${MSG}: phải bắt đầu bằng số thứ tự.`, original, base);
  }
  const numberText = numMatch[0];
  const number = Number(numberText);
  if (!Number.isSafeInteger(number) || number === 0) {
    return fail("INVALID_NUMBER", `${MSG}: số thứ tự “${numberText}” không hợp lệ.`, original, base);
  }
  const sep = body[numberText.length];
  const prefixField = prefix === undefined ? {} : { prefix };

  if (sep === "-") {
    // Party: number-TYPE/ISSUER
    const rest = body.slice(numberText.length + 1);
    const slash = rest.indexOf("/");
    if (slash < 0) {
      return fail(
        "MISSING_SLASH",
        `${MSG}: văn bản của Đảng phải có dạng “số-loại/cơ quan” (ví dụ “727-CV/TU”), thiếu dấu “/”.`,
        original,
        base + body.length,
      );
    }
    const typeCode = rest.slice(0, slash);
    const typeIndex = base + numberText.length + 1;
    if (typeCode.length === 0) {
      return fail(
        "MISSING_TYPE_CODE",
        `${MSG}: thiếu ký hiệu loại văn bản sau dấu “-”.`,
        original,
        typeIndex,
      );
    }
    if (!typeAllowed(typeCode, "party")) {
      return fail(
        "UNKNOWN_TYPE_CODE",
        `${MSG}: “${typeCode}” không phải ký hiệu loại văn bản của Đảng.`,
        original,
        typeIndex,
      );
    }
    const issuerText = rest.slice(slash + 1);
    const issuerIndex = typeIndex + slash + 1;
    if (issuerText.length === 0) {
      return fail("MISSING_ISSUER", `${MSG}: thiếu cơ quan ban hành sau dấu “/”.`, original, issuerIndex);
    }
    if (issuerText.includes("/")) {
      return fail(
        "TOO_MANY_SLASHES",
        `${MSG}: thừa dấu “/”.`,
        original,
        issuerIndex + issuerText.indexOf("/"),
      );
    }
    const issuer = issuerText.split("-");
    const seg = validSegments(issuer, issuerIndex, original, "cơ quan ban hành");
    if (!seg.ok) return seg;
    return ok({
      kind: "party",
      number,
      numberText,
      typeCode,
      typeName: documentTypeName(typeCode, "party") as string,
      issuer,
      ...prefixField,
    });
  }
  if (sep !== "/") {
    return fail(
      "MISSING_SLASH",
      `${MSG}: thiếu dấu “/” sau số thứ tự “${numberText}”.`,
      original,
      base + numberText.length,
    );
  }
  const parts = body.slice(numberText.length + 1).split("/");
  let year: number | undefined;
  let symbolText: string;
  let symbolIndex = base + numberText.length + 1;
  if (parts.length === 2) {
    const yearText = parts[0] as string;
    if (!/^[0-9]{4}$/.test(yearText)) {
      return fail(
        "INVALID_YEAR",
        `${MSG}: năm ban hành “${yearText}” phải gồm 4 chữ số.`,
        original,
        symbolIndex,
      );
    }
    year = Number(yearText);
    if (year < 1945 || year > 2999) {
      return fail(
        "INVALID_YEAR",
        `${MSG}: năm ban hành ${yearText} nằm ngoài phạm vi.`,
        original,
        symbolIndex,
      );
    }
    symbolIndex += 5;
    symbolText = parts[1] as string;
  } else if (parts.length === 1) {
    symbolText = parts[0] as string;
  } else {
    const extra = base + body.length - (parts.at(-1) as string).length - 1;
    return fail("TOO_MANY_SLASHES", `${MSG}: thừa dấu “/”.`, original, extra);
  }
  if (symbolText.length === 0 || symbolText.startsWith("-")) {
    return fail(
      "MISSING_TYPE_CODE",
      `${MSG}: thiếu ký hiệu loại văn bản sau dấu “/”.`,
      original,
      symbolIndex,
    );
  }
  const segments = symbolText.split("-");
  const seg = validSegments(segments, symbolIndex, original, "ký hiệu");
  if (!seg.ok) return seg;
  const kind: DocumentKind = year === undefined ? "administrative" : "normative";
  const first = segments[0] as string;
  const yearField = year === undefined ? {} : { year };
  if (segments.length === 1) {
    if (Object.hasOwn(TYPES, first)) {
      return fail(
        "MISSING_ISSUER",
        `${MSG}: thiếu cơ quan ban hành sau ký hiệu loại văn bản “${first}”.`,
        original,
        symbolIndex + first.length,
      );
    }
    if (DIGITS_RE.test(first)) {
      return fail("MISSING_ISSUER", `${MSG}: thiếu ký hiệu cơ quan ban hành.`, original, symbolIndex);
    }
    // "3371/BCA-V05"-style Công văn has at least the issuer; "06/2022/QH15" is a Luật or Nghị quyết of the Quốc hội.
    return ok({
      kind,
      number,
      numberText,
      ...yearField,
      ...(kind === "administrative" ? { typeName: "Công văn" } : {}),
      issuer: segments,
      ...prefixField,
    });
  }
  if (typeAllowed(first, kind)) {
    return ok({
      kind,
      number,
      numberText,
      ...yearField,
      typeCode: first,
      typeName: documentTypeName(first, kind) as string,
      issuer: segments.slice(1),
      ...prefixField,
    });
  }
  if (kind === "normative") {
    return fail(
      "UNKNOWN_TYPE_CODE",
      `${MSG}: “${first}” không phải ký hiệu loại văn bản quy phạm pháp luật (NĐ, TT, TTLT, QĐ, NQ, …).`,
      original,
      symbolIndex,
    );
  }
  if (Object.hasOwn(TYPES, first)) {
    const normativeOnly = TYPES[first]?.normative === true;
    return fail(
      normativeOnly ? "MISSING_YEAR" : "UNKNOWN_TYPE_CODE",
      normativeOnly
        ? `${MSG}: văn bản quy phạm pháp luật “${first}” phải có năm ban hành (ví dụ “124/2021/TT-BCA”).`
        : `${MSG}: “${first}” là ký hiệu văn bản của Đảng, phải viết dạng “số-${first}/cơ quan”.`,
      original,
      symbolIndex,
    );
  }
  if (DIGITS_RE.test(first)) {
    return fail("INVALID_SEGMENT", `${MSG}: ký hiệu “${first}” phải có chữ cái.`, original, symbolIndex);
  }
  // Administrative without a type abbreviation: a Công văn, all segments are the issuer ("3371/BCA-V05").
  return ok({ kind, number, numberText, typeName: "Công văn", issuer: segments, ...prefixField });
}

/**
 * Whether `input` is a well-formed document number (see {@link parseDocumentNumber}).
 *
 * @example
 * isValidDocumentNumber("07/CT-BCA-V28"); //=> true
 * isValidDocumentNumber("07/CT–BCA"); //=> false (en dash)
 */
export function isValidDocumentNumber(input: string): boolean {
  return parseDocumentNumber(input).ok;
}

/**
 * Options for {@link formatDocumentNumber}.
 *
 * @example
 * formatDocumentNumber(parseDocumentNumber("Số: 10/KH-BCĐ-CAT").value, { prefix: false }); //=> "10/KH-BCĐ-CAT"
 */
export interface FormatDocumentNumberOptions {
  /** Write the stored `prefix` ("Số: ") when present. Default `true`. */
  readonly prefix?: boolean;
}

/**
 * Formats a document number; `formatDocumentNumber(parseDocumentNumber(x).value) === x` for every valid,
 * trimmed, NFC input. Throws `TypeError`/`RangeError` on a structurally invalid object.
 *
 * @example
 * formatDocumentNumber({ kind: "administrative", number: 10, typeCode: "KH", issuer: ["BCĐ", "CAT"] });
 * //=> "10/KH-BCĐ-CAT"
 * formatDocumentNumber({ kind: "party", number: 727, typeCode: "CV", issuer: ["TU"], prefix: "Số " });
 * //=> "Số 727-CV/TU"
 */
export function formatDocumentNumber(doc: DocumentNumber, options?: FormatDocumentNumberOptions): string {
  if (doc === null || typeof doc !== "object") throw new TypeError("doc must be a DocumentNumber object");
  const { kind, number, issuer, typeCode, year } = doc;
  if (kind !== "normative" && kind !== "administrative" && kind !== "party") {
    throw new RangeError(`formatDocumentNumber: unknown kind "${String(kind)}"`);
  }
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new RangeError(`formatDocumentNumber: number must be a positive integer, got ${String(number)}`);
  }
  let numberText = String(number);
  if (doc.numberText !== undefined) {
    if (!DIGITS_RE.test(doc.numberText) || Number(doc.numberText) !== number) {
      throw new RangeError(
        `formatDocumentNumber: numberText "${doc.numberText}" does not match number ${number}`,
      );
    }
    numberText = doc.numberText;
  }
  if (!Array.isArray(issuer) || issuer.length === 0) {
    throw new RangeError("formatDocumentNumber: issuer must be a non-empty array of segments");
  }
  for (const s of issuer) {
    if (typeof s !== "string" || !SEGMENT_RE.test(s)) {
      throw new RangeError(`formatDocumentNumber: invalid issuer segment "${String(s)}"`);
    }
  }
  if (typeCode !== undefined && !typeAllowed(typeCode, kind)) {
    throw new RangeError(`formatDocumentNumber: type code "${typeCode}" is not valid for a ${kind} document`);
  }
  const prefix = options?.prefix === false ? "" : (doc.prefix ?? "");
  if (prefix !== "" && !PREFIX_RE.test(prefix)) {
    throw new RangeError(`formatDocumentNumber: invalid prefix "${prefix}"`);
  }
  const issuerText = issuer.join("-");
  if (kind === "party") {
    if (typeCode === undefined)
      throw new RangeError("formatDocumentNumber: a party document needs a typeCode");
    if (year !== undefined) throw new RangeError("formatDocumentNumber: a party document number has no year");
    return `${prefix}${numberText}-${typeCode}/${issuerText}`;
  }
  const symbol = typeCode === undefined ? issuerText : `${typeCode}-${issuerText}`;
  if (typeCode === undefined && DIGITS_RE.test(issuer[0] as string)) {
    throw new RangeError(`formatDocumentNumber: the issuer "${issuer[0]}" has no letter`);
  }
  if (typeCode === undefined && Object.hasOwn(TYPES, issuer[0] as string)) {
    throw new RangeError(
      `formatDocumentNumber: the first issuer segment "${issuer[0]}" would read as a type code`,
    );
  }
  if (kind === "normative") {
    if (typeCode === undefined && issuer.length !== 1) {
      throw new RangeError(
        "formatDocumentNumber: a normative number without type code has exactly one issuer segment",
      );
    }
    if (year === undefined || !Number.isInteger(year) || year < 1945 || year > 2999) {
      throw new RangeError(
        `formatDocumentNumber: a normative document needs a 4-digit year, got ${String(year)}`,
      );
    }
    return `${prefix}${numberText}/${year}/${symbol}`;
  }
  if (year !== undefined)
    throw new RangeError("formatDocumentNumber: an administrative document has no year");
  return `${prefix}${numberText}/${symbol}`;
}

/**
 * A document number found in running text by {@link findDocumentNumbers}.
 *
 * @example
 * findDocumentNumbers("Chỉ thị số 07/CT-BCA-V28")[0]; //=> { index: 11, text: "07/CT-BCA-V28", value: {…} }
 */
export interface DocumentNumberMatch {
  /** UTF-16 offset of the number in the (NFC-normalised) text. */
  readonly index: number;
  /** The number as written ("10/KH-BCĐ-CAT"). */
  readonly text: string;
  /** The parsed number. */
  readonly value: DocumentNumber;
}

const CANDIDATE_RE = /(?<![\p{L}\p{N}/.,-])\d+(?:[/-][\p{L}\p{N}]+)+/gu;

/**
 * Finds the well-formed document numbers in running text (reports, news, plans). Dates ("08/02/2023",
 * "15-8-2014"), ratios ("1.454/1.730") and year ranges ("2014-2019") are not document numbers and are skipped.
 *
 * @example
 * const found = findDocumentNumbers("thực hiện Kế hoạch số 10/KH-BCĐ-CAT ngày 08/02/2023 và Công văn số 727-CV/TU");
 * found.map((m) => m.text); //=> ["10/KH-BCĐ-CAT", "727-CV/TU"]
 */
export function findDocumentNumbers(text: string): DocumentNumberMatch[] {
  assertString(text, "text");
  const nfc = text.normalize("NFC");
  const out: DocumentNumberMatch[] = [];
  for (const m of nfc.matchAll(CANDIDATE_RE)) {
    const r = parseDocumentNumber(m[0]);
    if (r.ok) out.push({ index: m.index, text: m[0], value: r.value });
  }
  return out;
}
