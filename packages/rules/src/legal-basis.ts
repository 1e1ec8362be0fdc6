/**
 * Legal basis ("căn cứ pháp lý"): a document number plus Điều / khoản / điểm, a Vietnamese label and the
 * confidence with which the text is known (regulations.md §0: [V], [V-sec], [I], [NF]).
 */
import { formatCitation, parseDocumentNumber } from "@antq/format-vi";
import { z } from "zod";

/**
 * How well the cited text is known: `verified` = read in the source ([V]); `secondary` = only in a secondary
 * source ([V-sec]); `interpretation` = an inference ([I]); `not_found` = the text is not known ([NF]).
 *
 * @example
 * const c: Confidence = "verified";
 */
export type Confidence = "verified" | "secondary" | "interpretation" | "not_found";

/**
 * Zod schema of a {@link LegalBasis}; also the source of the published JSON Schema.
 *
 * @example
 * LegalBasisSchema.parse({ document: "124/2021/TT-BCA", article: 4, clause: 1 });
 */
export const LegalBasisSchema = z
  .object({
    document: z.string().min(1).describe('Số, ký hiệu văn bản, ví dụ "124/2021/TT-BCA".'),
    article: z.number().int().positive().optional().describe("Điều."),
    clause: z.number().int().positive().optional().describe("Khoản."),
    point: z
      .string()
      .regex(/^[a-zđ]$/u)
      .optional()
      .describe("Điểm (a, b, c, d, đ, e, g, h, …)."),
    label: z.string().optional().describe("Nhãn ngắn bằng tiếng Việt."),
    confidence: z.enum(["verified", "secondary", "interpretation", "not_found"]).optional(),
    note: z.string().optional().describe("Ghi chú, ví dụ lý do cần xem xét."),
    url: z.string().optional(),
  })
  .strict();

/**
 * A citation of a legal document down to Điều / khoản / điểm.
 *
 * @example
 * const basis: LegalBasis = { document: "124/2021/TT-BCA", article: 4, clause: 4, point: "b" };
 */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/**
 * Where in the document: Điều, khoản, điểm.
 *
 * @example
 * const where: CitationLocation = { article: 4, clause: 4, point: "b" };
 */
export interface CitationLocation {
  readonly article?: number;
  readonly clause?: number;
  readonly point?: string;
}

/**
 * Extra citation fields.
 *
 * @example
 * const extras: CitationExtras = { confidence: "secondary", note: "Chỉ thấy trong nguồn thứ cấp" };
 */
export interface CitationExtras {
  readonly label?: string;
  readonly confidence?: Confidence;
  readonly note?: string;
  readonly url?: string;
}

/**
 * Builds a {@link LegalBasis}; throws a `TypeError` if the document number does not parse
 * (programmer error in rule content).
 *
 * @example
 * cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "b" });
 * //=> { document: "124/2021/TT-BCA", article: 4, clause: 4, point: "b" }
 */
export function cite(
  document: string,
  where: CitationLocation = {},
  extras: CitationExtras = {},
): LegalBasis {
  const parsed = parseDocumentNumber(document);
  if (!parsed.ok) {
    throw new TypeError(`Số hiệu văn bản không hợp lệ trong căn cứ: ${JSON.stringify(document)}.`);
  }
  const basis: { -readonly [K in keyof LegalBasis]: LegalBasis[K] } = { document: document.normalize("NFC") };
  if (where.article !== undefined) basis.article = where.article;
  if (where.clause !== undefined) basis.clause = where.clause;
  if (where.point !== undefined) basis.point = where.point.normalize("NFC");
  if (extras.label !== undefined) basis.label = extras.label.normalize("NFC");
  if (extras.confidence !== undefined) basis.confidence = extras.confidence;
  if (extras.note !== undefined) basis.note = extras.note.normalize("NFC");
  if (extras.url !== undefined) basis.url = extras.url;
  return Object.freeze(basis);
}

/**
 * The document's full title: "Thông tư 124/2021/TT-BCA", "Quyết định 510/QĐ-BCA-V05"; falls back to the
 * number itself when the type is unknown.
 *
 * @example
 * documentTitle("80/2021/NĐ-CP"); //=> "Nghị định 80/2021/NĐ-CP"
 */
export function documentTitle(document: string): string {
  const parsed = parseDocumentNumber(document);
  if (!parsed.ok) return document;
  const value = parsed.value;
  if (value.typeName !== undefined && value.typeCode !== undefined) return `${value.typeName} ${document}`;
  if (value.kind === "normative" && value.issuer.some((s) => /^QH\d+$/.test(s))) return `Luật ${document}`;
  return document;
}

/**
 * Formats a basis in the order a Vietnamese officer writes it (through `formatCitation` of @antq/format-vi):
 * "điểm b khoản 4 Điều 4 Thông tư 124/2021/TT-BCA".
 *
 * @example
 * formatLegalBasis(cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "b" }));
 * //=> "điểm b khoản 4 Điều 4 Thông tư 124/2021/TT-BCA"
 */
export function formatLegalBasis(basis: LegalBasis): string {
  if (basis.article !== undefined && (basis.point === undefined || basis.clause !== undefined)) {
    const parsed = parseDocumentNumber(basis.document);
    if (parsed.ok && parsed.value.typeName !== undefined && parsed.value.typeCode !== undefined) {
      return formatCitation({
        article: basis.article,
        ...(basis.clause === undefined ? {} : { clause: basis.clause }),
        ...(basis.point === undefined ? {} : { point: basis.point }),
        document: { typeName: parsed.value.typeName, number: parsed.value, numberWord: false },
      });
    }
  }
  const parts: string[] = [];
  if (basis.point !== undefined) parts.push(`điểm ${basis.point}`);
  if (basis.clause !== undefined) parts.push(`khoản ${basis.clause}`);
  if (basis.article !== undefined) parts.push(`Điều ${basis.article}`);
  parts.push(documentTitle(basis.document));
  return parts.join(" ");
}

/**
 * Formats several bases joined with "; ".
 *
 * @example
 * formatLegalBases([cite("124/2021/TT-BCA", { article: 1 })]); //=> "Điều 1 Thông tư 124/2021/TT-BCA"
 */
export function formatLegalBases(bases: readonly LegalBasis[]): string {
  return bases.map(formatLegalBasis).join("; ");
}

/**
 * Short machine-stable key of a basis, e.g. "124/2021/TT-BCA#Đ4.k4.b", for reports and golden files.
 *
 * @example
 * legalBasisKey(cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "b" })); //=> "124/2021/TT-BCA#Đ4.k4.b"
 */
export function legalBasisKey(basis: LegalBasis): string {
  let key = basis.document;
  if (basis.article !== undefined) {
    key += `#Đ${basis.article}`;
    if (basis.clause !== undefined) {
      key += `.k${basis.clause}`;
      if (basis.point !== undefined) key += `.${basis.point}`;
    }
  }
  return key;
}

/**
 * True when a basis is complete enough to cite: a document number that parses.
 *
 * @example
 * isCitable({ document: "124/2021/TT-BCA" }); //=> true
 */
export function isCitable(basis: LegalBasis | undefined): boolean {
  return basis !== undefined && typeof basis.document === "string" && parseDocumentNumber(basis.document).ok;
}
