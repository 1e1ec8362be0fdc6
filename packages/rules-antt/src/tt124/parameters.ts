/**
 * Parameters of the "An toàn về ANTT" standard: evaluation windows (TT 124 Điều 8 khoản 2; TT 23 Điều 9
 * khoản 2 before), the 70% thresholds (Điều 5 khoản 4, Điều 6 khoản 5, Điều 7 khoản 6) and the deciding
 * authority and deadlines (Điều 9, Điều 10), each dated with its basis. Unknown texts are flagged `review`.
 */
import type { AssessedUnitKind, ManagingLevel } from "@antq/domain";
import { cite, defineParameter, type LegalBasis } from "@antq/rules";
import { z } from "zod";
import { TT23, TT48, tt124 } from "./basis.js";

/**
 * TT 124 effective date (Điều 11).
 *
 * @example
 * TT124_EFFECTIVE; //=> "2022-02-10"
 */
export const TT124_EFFECTIVE = "2022-02-10";
/**
 * Last day TT 23 applied.
 *
 * @example
 * TT23_LAST_DAY; //=> "2022-02-09"
 */
export const TT23_LAST_DAY = "2022-02-09";
/**
 * TT 23 issue date: its effective date was not verified (regulations.md §1.13), so the issue date is used.
 *
 * @example
 * TT23_FROM; //=> "2012-04-27"
 */
export const TT23_FROM = "2012-04-27";
/**
 * First day without districts (Nghị quyết 60-NQ/TW; regulations.md §7.1).
 *
 * @example
 * REFORM_2025; //=> "2025-07-01"
 */
export const REFORM_2025 = "2025-07-01";

/**
 * An evaluation window: from `start` (MM-DD) of the previous year to `end` (MM-DD) of the evaluation year;
 * `null` = not known for that kind.
 *
 * @example
 * const w: WindowSpec = { start: "11-01", end: "10-31" };
 */
export interface WindowSpec {
  readonly start: string;
  readonly end: string;
}

/**
 * Windows per unit kind.
 *
 * @example
 * const t: WindowTable = EVALUATION_WINDOWS.values[1].value;
 */
export type WindowTable = Readonly<Record<AssessedUnitKind, WindowSpec | null>>;

const kdc124: WindowSpec = { start: "11-01", end: "10-31" };
const other124: WindowSpec = { start: "11-16", end: "11-15" };
const kdc23: WindowSpec = { start: "10-31", end: "10-31" };
const other23: WindowSpec = { start: "11-30", end: "11-30" };

/**
 * The evaluation windows ("thời gian đánh giá"), parameter `antt.cua_so_danh_gia`.
 *
 * @example
 * parameterValueAt(EVALUATION_WINDOWS, "2024-11-15")?.value["residential-area"]; //=> { start: "11-01", end: "10-31" }
 */
export const EVALUATION_WINDOWS = defineParameter<WindowTable>({
  id: "antt.cua_so_danh_gia",
  label: "Thời gian tính kết quả đánh giá theo loại đơn vị",
  description: "Từ ngày start của năm trước đến ngày end của năm đánh giá (hai đầu đều tính).",
  values: [
    {
      from: TT23_FROM,
      to: TT23_LAST_DAY,
      value: {
        "residential-area": kdc23,
        commune: other23,
        agency: other23,
        enterprise: other23,
        education: null,
        "other-organisation": other23,
      },
      basis: cite(TT23, { article: 9, clause: 2 }, { confidence: "secondary" }),
      review:
        "Thời gian đánh giá theo khoản 2 Điều 9 Thông tư 23/2012/TT-BCA lấy từ nguồn thứ cấp, văn bản chưa được đối chiếu trực tiếp",
      note: "Khu dân cư từ 31/10 năm trước đến 31/10; xã, cơ quan, doanh nghiệp từ 30/11 năm trước đến 30/11; nhà trường tính theo năm học (chưa xác định được ngày cụ thể).",
    },
    {
      from: TT124_EFFECTIVE,
      value: {
        "residential-area": kdc124,
        commune: other124,
        agency: other124,
        enterprise: other124,
        education: other124,
        "other-organisation": other124,
      },
      basis: tt124(8, 2),
      note: "Khu dân cư từ 01/11 năm trước đến 31/10; xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục từ 16/11 năm trước đến 15/11.",
    },
  ],
});

/** A whole percentage, 0–100. */
const PERCENT = z.number().int().min(0).max(100);

/**
 * Minimum share (percent) of units under a commune recognised (Điều 5 khoản 4), `tt124.d5.k4.ty_le_toi_thieu`.
 *
 * @example
 * parameterValueAt(COMMUNE_RECOGNISED_MIN, "2024-11-15")?.value; //=> 70
 * parameterValueAt(COMMUNE_RECOGNISED_MIN, "2020-11-15")?.value; //=> 70 (Thông tư 23/2012/TT-BCA)
 */
export const COMMUNE_RECOGNISED_MIN = defineParameter({
  id: "tt124.d5.k4.ty_le_toi_thieu",
  label: "Tỷ lệ tối thiểu đơn vị thuộc thẩm quyền của cấp xã được công nhận",
  unit: "phần trăm",
  schema: PERCENT,
  values: [
    {
      from: TT23_FROM,
      to: TT23_LAST_DAY,
      value: 70,
      basis: cite(TT23, {}, { confidence: "secondary" }),
      note: "Thông tư 23/2012/TT-BCA: từ 70% khu dân cư của xã được công nhận.",
    },
    { from: TT124_EFFECTIVE, value: 70, basis: tt124(5, 4) },
  ],
});

/**
 * Minimum share (percent) of subordinate units of a cơ quan/doanh nghiệp rated well (Điều 6 khoản 5).
 *
 * @example
 * parameterValueAt(AGENCY_SUBUNITS_MIN, "2024-11-15")?.value; //=> 70
 */
export const AGENCY_SUBUNITS_MIN = defineParameter<number>({
  id: "tt124.d6.k5.ty_le_toi_thieu",
  label:
    "Tỷ lệ tối thiểu đơn vị trực thuộc đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ (cơ quan, doanh nghiệp)",
  unit: "phần trăm",
  values: [{ from: TT124_EFFECTIVE, value: 70, basis: tt124(6, 5) }],
});

/**
 * Minimum share (percent) of subordinate units of a cơ sở giáo dục rated well (Điều 7 khoản 6).
 *
 * @example
 * parameterValueAt(SCHOOL_SUBUNITS_MIN, "2024-11-15")?.value; //=> 70
 */
export const SCHOOL_SUBUNITS_MIN = defineParameter<number>({
  id: "tt124.d7.k6.ty_le_toi_thieu",
  label: "Tỷ lệ tối thiểu khoa, phòng, ban, tổ chuyên môn đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ",
  unit: "phần trăm",
  values: [{ from: TT124_EFFECTIVE, value: 70, basis: tt124(7, 6) }],
});

/**
 * Who appraises and who decides, and the deadline (MM-DD of the evaluation year).
 *
 * @example
 * const a: Authority = { body: "UBND cấp xã", signatory: "Chủ tịch UBND cấp xã", appraiser: "…", deadline: "11-15", basis: [] };
 */
export interface Authority {
  readonly body: string;
  readonly signatory: string;
  readonly appraiser: string;
  /** The decision is made before this day (MM-DD). */
  readonly deadline: string;
  readonly basis: readonly LegalBasis[];
  /** Set when the text is not known (Vietnamese); the procedure result is then "cần xem xét". */
  readonly review?: string;
}

/**
 * Authorities per unit kind; cơ quan, doanh nghiệp, cơ sở giáo dục by managing level (Điều 10).
 *
 * @example
 * const t: AuthorityTable = RECOGNITION_AUTHORITY.values[1].value;
 */
export interface AuthorityTable {
  readonly residentialArea: Authority;
  readonly commune: Authority;
  readonly byManagingLevel: Readonly<Record<ManagingLevel, Authority>>;
}

const xaBody: Omit<Authority, "deadline" | "basis"> = {
  body: "Ủy ban nhân dân cấp xã",
  signatory: "Chủ tịch Ủy ban nhân dân cấp xã",
  appraiser:
    "Thường trực Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc cấp xã",
};
const huyenBody: Omit<Authority, "deadline" | "basis"> = {
  body: "Ủy ban nhân dân cấp huyện",
  signatory: "Chủ tịch Ủy ban nhân dân cấp huyện",
  appraiser: "Thường trực Ban Chỉ đạo cấp huyện",
};
const tinhBody: Omit<Authority, "deadline" | "basis"> = {
  body: "Ủy ban nhân dân cấp tỉnh",
  signatory: "Chủ tịch Ủy ban nhân dân cấp tỉnh",
  appraiser: "Thường trực Ban Chỉ đạo cấp tỉnh",
};
const bca: Omit<Authority, "deadline" | "basis"> = {
  body: "Bộ Công an",
  signatory: "Bộ trưởng Bộ Công an",
  appraiser: "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc (V05)",
};

const TT48_REVIEW =
  "Thông tư 48/2025/TT-BCA sửa Điều 9 Thông tư 124/2021/TT-BCA nhưng chưa có toàn văn; thẩm quyền sau 01/7/2025 là cấu hình, cần xem xét";
const tt48 = cite(
  TT48,
  {},
  {
    confidence: "not_found",
    note: "Chưa có toàn văn Thông tư 48/2025/TT-BCA; thẩm quyền sau 01/07/2025 cần đối chiếu khi có văn bản.",
  },
);

const tt23Unknown: Authority = {
  body: "Chưa xác định",
  signatory: "Chưa xác định",
  appraiser: "Chưa xác định",
  deadline: "11-30",
  basis: [cite(TT23, {}, { confidence: "not_found" })],
  review: "Thẩm quyền, thời hạn theo Thông tư 23/2012/TT-BCA chưa được đối chiếu",
};

/**
 * Deciding authority and deadlines by date, parameter `antt.tham_quyen`: TT 124 Điều 9–10 until 30/06/2025;
 * from 01/07/2025 (no districts) a configured authority flagged for review until TT 48/2025's text is known.
 *
 * @example
 * parameterValueAt(RECOGNITION_AUTHORITY, "2024-11-15")?.value.commune.signatory; //=> "Chủ tịch Ủy ban nhân dân cấp huyện"
 */
export const RECOGNITION_AUTHORITY = defineParameter<AuthorityTable>({
  id: "antt.tham_quyen",
  label: "Cơ quan thẩm định, người quyết định công nhận và thời hạn",
  values: [
    {
      from: TT23_FROM,
      to: TT23_LAST_DAY,
      value: {
        residentialArea: tt23Unknown,
        commune: tt23Unknown,
        byManagingLevel: {
          commune: tt23Unknown,
          district: tt23Unknown,
          province: tt23Unknown,
          ministry: tt23Unknown,
        },
      },
      basis: cite(TT23, {}, { confidence: "not_found" }),
      review: "Thẩm quyền, thời hạn theo Thông tư 23/2012/TT-BCA chưa được đối chiếu",
    },
    {
      from: TT124_EFFECTIVE,
      to: "2025-06-30",
      value: {
        residentialArea: { ...xaBody, deadline: "11-15", basis: [tt124(9, 1), tt124(10, 1)] },
        commune: { ...huyenBody, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 2)] },
        byManagingLevel: {
          commune: { ...xaBody, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 1)] },
          district: { ...huyenBody, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 2)] },
          province: { ...tinhBody, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 3)] },
          ministry: { ...bca, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 4)] },
        },
      },
      basis: tt124(10),
      note: "Điều 9 khoản 1 giao Chủ tịch UBND quyết định; Điều 10 giao thẩm quyền cho UBND các cấp và Bộ Công an.",
    },
    {
      from: REFORM_2025,
      value: {
        residentialArea: {
          ...xaBody,
          appraiser: "Chưa xác định (Thông tư 48/2025/TT-BCA thay cụm từ ở Điều 9 khoản 1)",
          deadline: "11-15",
          basis: [tt124(9, 1), tt124(10, 1), tt48],
          review: TT48_REVIEW,
        },
        commune: {
          ...tinhBody,
          appraiser: "Chưa xác định",
          deadline: "11-20",
          basis: [tt124(9, 1), tt48],
          review: `${TT48_REVIEW}; cấp huyện không còn từ 01/7/2025, giá trị mặc định là cấp tỉnh theo suy luận`,
        },
        byManagingLevel: {
          commune: { ...xaBody, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 1)], review: TT48_REVIEW },
          district: {
            body: "Chưa xác định (cấp huyện không còn từ 01/7/2025)",
            signatory: "Chưa xác định",
            appraiser: "Chưa xác định",
            deadline: "11-20",
            basis: [tt124(10, 2), tt48],
            review: `${TT48_REVIEW}; Điều 10 khoản 2 và khoản 5 (cấp huyện) chưa có quy định thay thế`,
          },
          province: {
            ...tinhBody,
            deadline: "11-20",
            basis: [tt124(9, 1), tt124(10, 3)],
            review: TT48_REVIEW,
          },
          ministry: { ...bca, deadline: "11-20", basis: [tt124(9, 1), tt124(10, 4)], review: TT48_REVIEW },
        },
      },
      basis: tt48,
      review: TT48_REVIEW,
    },
  ],
});
