/**
 * Legal citations: "điểm b khoản 4 Điều 4 Thông tư số 124/2021/TT-BCA" ↔
 * `{ point: "b", clause: 4, article: 4, document: { typeName: "Thông tư", number: … } }`.
 */
import {
  DOCUMENT_TYPE_NAMES,
  type DocumentNumber,
  formatDocumentNumber,
  parseDocumentNumber,
} from "./document-number.js";
import { assertString, fail, failFor, ok } from "./internal/result.js";
import type { ParseResult } from "./result.js";

/**
 * The document a citation points into.
 *
 * @example
 * const doc: CitedDocument = { typeName: "Luật", title: "Công an nhân dân" };
 */
export interface CitedDocument {
  /** "Thông tư", "Nghị định", "Luật", "Quyết định", … */
  readonly typeName: string;
  /** The document number, when cited by number ("124/2021/TT-BCA"). */
  readonly number?: DocumentNumber;
  /** The title, when cited by name ("Công an nhân dân" in "Luật Công an nhân dân"). */
  readonly title?: string;
  /** Whether "số" is written before the number ("Thông tư số 124/2021/TT-BCA"). Default `true`. */
  readonly numberWord?: boolean;
}

/**
 * A structured citation of an article (Điều), clause (khoản) and point (điểm).
 *
 * @example
 * const c: LegalCitation = { point: "đ", clause: 3, article: 6 }; // "điểm đ khoản 3 Điều 6"
 */
export interface LegalCitation {
  /** Điểm: a letter of the Vietnamese alphabet ("a", "b", "đ", …). */
  readonly point?: string;
  /** Khoản. */
  readonly clause?: number;
  /** Điều. */
  readonly article: number;
  /** The document; absent for a citation inside the same document ("khoản 2 Điều 5"). */
  readonly document?: CitedDocument;
}

/** Points are lettered a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y. */
const POINT_LETTERS = new Set("a b c d đ e g h i k l m n o p q r s t u v x y".split(" "));

const EXTRA_TYPE_NAMES = ["Bộ luật", "Luật", "Hiến pháp", "Pháp lệnh", "Công văn", "Nghị quyết liên tịch"];
const TYPE_NAMES = [...new Set([...Object.values(DOCUMENT_TYPE_NAMES), ...EXTRA_TYPE_NAMES])].sort(
  (a, b) => b.length - a.length,
);

const MSG = "Trích dẫn không hợp lệ";

function checkPositive(value: unknown, name: string): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`formatCitation: ${name} must be a positive integer, got ${String(value)}`);
  }
}

/**
 * Formats a citation in the standard order "điểm … khoản … Điều … <document>".
 *
 * @example
 * formatCitation({ point: "b", clause: 4, article: 4, document: {
 *   typeName: "Thông tư", number: parseDocumentNumber("124/2021/TT-BCA").value } });
 * //=> "điểm b khoản 4 Điều 4 Thông tư số 124/2021/TT-BCA"
 * formatCitation({ clause: 2, article: 5 }); //=> "khoản 2 Điều 5"
 * formatCitation({ article: 6, document: { typeName: "Luật", title: "Công an nhân dân" } });
 * //=> "Điều 6 Luật Công an nhân dân"
 */
export function formatCitation(citation: LegalCitation): string {
  if (citation === null || typeof citation !== "object")
    throw new TypeError("formatCitation: expected an object");
  const { point, clause, article, document } = citation;
  checkPositive(article, "article");
  const parts: string[] = [];
  if (point !== undefined) {
    if (!POINT_LETTERS.has(point)) throw new RangeError(`formatCitation: invalid point "${String(point)}"`);
    if (clause === undefined) throw new RangeError("formatCitation: a point needs a clause");
    parts.push(`điểm ${point}`);
  }
  if (clause !== undefined) {
    checkPositive(clause, "clause");
    parts.push(`khoản ${clause}`);
  }
  parts.push(`Điều ${article}`);
  if (document !== undefined) {
    assertString(document.typeName, "typeName");
    if (document.number !== undefined) {
      const num = formatDocumentNumber(document.number, { prefix: false });
      parts.push(
        document.numberWord === false ? `${document.typeName} ${num}` : `${document.typeName} số ${num}`,
      );
    } else if (document.title !== undefined) {
      parts.push(`${document.typeName} ${document.title}`);
    } else {
      parts.push(document.typeName);
    }
  }
  return parts.join(" ");
}

const HEAD_RE = /^(?:[đĐ]iểm\s+(\S+)\s+)?(?:[kK]hoản\s+(\d+)\s+)?[đĐ]iều\s+(\d+)(?:\s+(?:của\s+)?(.*))?$/u;
const REVERSED_RE =
  /^[đĐ]iều\s+(\d+)(?:\s+[kK]hoản\s+(\d+))?(?:\s+[đĐ]iểm\s+(\S+))?(?:\s+(?:của\s+)?(.*))?$/u;

function parseDocumentPart(text: string, input: string): ParseResult<CitedDocument> {
  const bare = parseDocumentNumber(text);
  if (bare.ok) {
    if (bare.value.typeName === undefined) {
      return fail("MISSING_DOCUMENT_TYPE", `${MSG}: cần ghi loại văn bản trước số “${text}”.`, input);
    }
    return ok({ typeName: bare.value.typeName, number: bare.value, numberWord: false });
  }
  const typeName = TYPE_NAMES.find((t) => text === t || text.startsWith(`${t} `));
  if (typeName === undefined) {
    return fail("UNKNOWN_DOCUMENT_TYPE", `${MSG}: không nhận ra loại văn bản trong “${text}”.`, input);
  }
  let rest = text.slice(typeName.length).trim();
  if (rest === "") return ok({ typeName });
  let numberWord = false;
  if (/^số(?:\s|$)/u.test(rest)) {
    numberWord = true;
    rest = rest.slice(2).trim();
  }
  if (/^[0-9]/.test(rest)) {
    const token = rest.split(/\s/u)[0] as string;
    if (token.length !== rest.length) {
      return fail("UNEXPECTED_TEXT", `${MSG}: thừa nội dung sau số hiệu “${token}”.`, input);
    }
    const num = parseDocumentNumber(token);
    if (!num.ok) return failFor(num, input);
    const expected = num.value.typeName;
    if (expected !== undefined && expected !== typeName && num.value.typeCode !== undefined) {
      return fail(
        "TYPE_MISMATCH",
        `${MSG}: “${typeName}” không khớp với ký hiệu “${num.value.typeCode}” (${expected}) của số hiệu.`,
        input,
      );
    }
    return ok({ typeName, number: num.value, numberWord });
  }
  if (numberWord) return fail("MISSING_NUMBER", `${MSG}: thiếu số hiệu văn bản sau “số”.`, input);
  return ok({ typeName, title: rest });
}

/**
 * Parses a citation: "điểm b khoản 4 Điều 4 Thông tư số 124/2021/TT-BCA", "khoản 2 Điều 5",
 * "Điều 6 Luật Công an nhân dân", "Điều 10 khoản 2 Thông tư 124/2021/TT-BCA" (reversed order), with an
 * optional "của" before the document. The type name must agree with the number's type code.
 *
 * @example
 * parseCitation("điểm b khoản 4 Điều 4 Thông tư số 124/2021/TT-BCA").value;
 * //=> { point: "b", clause: 4, article: 4, document: { typeName: "Thông tư", number: {…}, numberWord: true } }
 * parseCitation("Điều 4 Nghị định số 124/2021/TT-BCA").issues[0].code; //=> "TYPE_MISMATCH"
 */
export function parseCitation(input: string): ParseResult<LegalCitation> {
  assertString(input, "input");
  const text = input.normalize("NFC").trim().replace(/\s+/gu, " ");
  let point: string | undefined;
  let clause: string | undefined;
  let article: string | undefined;
  let doc: string | undefined;
  const m = /^[đĐ]iều\s+\d+\s+(?:khoản|điểm)\s/u.test(text) ? null : HEAD_RE.exec(text);
  if (m) {
    [, point, clause, article, doc] = m;
  } else {
    const r = REVERSED_RE.exec(text);
    if (!r) {
      return fail("INVALID_FORMAT", `${MSG}: cần dạng “điểm … khoản … Điều … <văn bản>”.`, input);
    }
    [, article, clause, point, doc] = r;
  }
  if (point !== undefined && !POINT_LETTERS.has(point)) {
    return fail("INVALID_POINT", `${MSG}: “${point}” không phải ký hiệu điểm (a, b, c, d, đ, e, …).`, input);
  }
  if (point !== undefined && clause === undefined) {
    return fail("MISSING_CLAUSE", `${MSG}: điểm phải thuộc một khoản.`, input);
  }
  const articleNo = Number(article);
  if (articleNo < 1) return fail("INVALID_ARTICLE", `${MSG}: số Điều phải lớn hơn 0.`, input);
  const clauseNo = clause === undefined ? undefined : Number(clause);
  if (clauseNo !== undefined && clauseNo < 1) {
    return fail("INVALID_CLAUSE", `${MSG}: số khoản phải lớn hơn 0.`, input);
  }
  let document: CitedDocument | undefined;
  if (doc !== undefined && doc !== "") {
    const d = parseDocumentPart(doc, input);
    if (!d.ok) return d;
    document = d.value;
  }
  return ok({
    ...(point === undefined ? {} : { point }),
    ...(clauseNo === undefined ? {} : { clause: clauseNo }),
    article: articleNo,
    ...(document === undefined ? {} : { document }),
  });
}
