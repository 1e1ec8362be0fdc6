/**
 * Parameters of the awards rule set: the province's conditions where the national text is unknown
 * (Điều 74 khoản 2 and Điều 75 Luật Thi đua, khen thưởng 2022, Thông tư 04/2024/TT-BCA: [NF] in
 * regulations.md §11.5), and the Kỷ niệm chương service thresholds (Thông tư 20/2025/TT-BCA).
 */
import { TaskRatingSchema } from "@antq/domain";
import { cite, defineParameter } from "@antq/rules";
import * as z from "zod";
import { TT04, TT20 } from "./basis.js";

/**
 * First day of Luật Thi đua, khen thưởng 06/2022/QH15 and Nghị định 98/2023/NĐ-CP.
 *
 * @example
 * LAW_2022_EFFECTIVE; //=> "2024-01-01"
 */
export const LAW_2022_EFFECTIVE = "2024-01-01";

/**
 * First day without district-level authorities (the July-2025 reform; regulations.md §7.1): no Giấy khen of
 * the Chủ tịch UBND cấp huyện after it.
 *
 * @example
 * REFORM_2025; //=> "2025-07-01"
 */
export const REFORM_2025 = "2025-07-01";

/**
 * First day by which Thông tư 20/2025/TT-BCA is taken to be in force. Its date is not known ([NF]); a circular
 * numbered 20 in 2025, next to TT 22/2025/TT-BCA of 26/3/2025, was issued in the first quarter and in force by
 * 01/7/2025 [I]. Between 01/01/2025 and 30/6/2025 both the old and the new thresholds are computed, and a
 * disagreement is "cần xem xét".
 *
 * @example
 * TT20_IN_FORCE_BY; //=> "2025-07-01"
 */
export const TT20_IN_FORCE_BY = "2025-07-01";

/**
 * A condition a province sets where the national text is unknown. Every field present must hold; the
 * province's document is named in the reasons.
 *
 * @example
 * const c: ProvinceCondition = { document: "Quyết định 25/2024/QĐ-UBND", safeYears: 2 };
 */
export interface ProvinceCondition {
  /** The province's document setting the condition (shown in the reasons). */
  readonly document: string;
  /** Consecutive years "An toàn về an ninh, trật tự" ending with the achievement year. */
  readonly safeYears?: number | undefined;
  /** Consecutive years rated at least `minRating` ending with the achievement year. */
  readonly ratingYears?: number | undefined;
  readonly minRating?: z.infer<typeof TaskRatingSchema> | undefined;
  /** Gương mẫu chấp hành chủ trương, chính sách, pháp luật. */
  readonly exemplaryCompliance?: boolean | undefined;
}

/**
 * The province's conditions by form and recipient kind; `null` = not configured (the rule answers "cần xem xét").
 *
 * @example
 * const none: ProvinceConditions = { "bang-khen.tap-the": null, "giay-khen.tap-the": null, "giay-khen.ca-nhan": null };
 */
export interface ProvinceConditions {
  readonly "bang-khen.tap-the": ProvinceCondition | null;
  readonly "giay-khen.tap-the": ProvinceCondition | null;
  readonly "giay-khen.ca-nhan": ProvinceCondition | null;
}

const ConditionSchema = z
  .strictObject({
    document: z.string().min(1).max(300),
    safeYears: z.int().min(1).max(30).optional(),
    ratingYears: z.int().min(1).max(30).optional(),
    minRating: TaskRatingSchema.optional(),
    exemplaryCompliance: z.boolean().optional(),
  })
  .refine((c) => (c.ratingYears === undefined) === (c.minRating === undefined), {
    message: "ratingYears và minRating phải đi cùng nhau",
  });

/**
 * Zod schema of {@link ProvinceConditions} (a province configuration file is checked against it).
 *
 * @example
 * ProvinceConditionsSchema.safeParse({ "bang-khen.tap-the": null, "giay-khen.tap-the": null, "giay-khen.ca-nhan": null }).success; //=> true
 */
export const ProvinceConditionsSchema: z.ZodType<ProvinceConditions> = z.strictObject({
  "bang-khen.tap-the": ConditionSchema.nullable(),
  "giay-khen.tap-the": ConditionSchema.nullable(),
  "giay-khen.ca-nhan": ConditionSchema.nullable(),
});

/**
 * Parameter `khen_thuong.dieu_kien_tinh`: the province's conditions for Bằng khen to collectives (Điều 74
 * khoản 2, not read) and Giấy khen (Điều 75, not read). Nationally not configured: set it with an overlay.
 *
 * @example
 * parameterValueAt(PROVINCE_CONDITIONS, "2024-09-25")?.value["giay-khen.ca-nhan"]; //=> null
 */
export const PROVINCE_CONDITIONS = defineParameter<ProvinceConditions>({
  id: "khen_thuong.dieu_kien_tinh",
  label: "Tiêu chuẩn khen thưởng do tỉnh quy định (tập thể được Bằng khen; Giấy khen)",
  description:
    "Luật Thi đua, khen thưởng 2022 khoản 2 Điều 74, Điều 75 và Thông tư 04/2024/TT-BCA chưa đọc được toàn văn: tỉnh cấu hình điều kiện theo văn bản của mình.",
  schema: ProvinceConditionsSchema,
  values: [
    {
      from: LAW_2022_EFFECTIVE,
      value: { "bang-khen.tap-the": null, "giay-khen.tap-the": null, "giay-khen.ca-nhan": null },
      basis: cite(
        TT04,
        {},
        {
          confidence: "not_found",
          note: "Nội dung Thông tư 04/2024/TT-BCA về khen thưởng trong phong trào chưa tìm thấy (regulations.md §11.5).",
        },
      ),
      review: "Tiêu chuẩn quốc gia chưa tìm thấy: tỉnh cần cấu hình theo văn bản của mình.",
    },
  ],
});

/**
 * Years in leadership posts for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (leaders' branch): 5 in the local
 * guidance seen before Thông tư 20/2025/TT-BCA (Bình Thuận 2021, 2023), 10 under it.
 *
 * @example
 * parameterValueAt(MEDAL_LEADERSHIP_YEARS, "2025-07-01")?.value; //=> 10
 */
export const MEDAL_LEADERSHIP_YEARS = defineParameter<number>({
  id: "knc.so_nam_lanh_dao",
  label: "Số năm giữ chức vụ lãnh đạo để được xét Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”",
  unit: "năm",
  schema: z.int().min(1),
  values: [
    {
      from: LAW_2022_EFFECTIVE,
      to: "2024-12-31",
      value: 5,
      basis: cite(
        TT20,
        {},
        {
          confidence: "interpretation",
          note: "Trước Thông tư 20/2025/TT-BCA: văn bản của Bộ chưa xác định; mức 5 năm theo hướng dẫn địa phương (Bình Thuận 2021, 2023).",
        },
      ),
      review: "Văn bản áp dụng trước Thông tư 20/2025/TT-BCA chưa đối chiếu.",
    },
    {
      from: "2025-01-01",
      value: 10,
      basis: cite(TT20, {}, { confidence: "secondary" }),
    },
  ],
});

/**
 * Years of service in the Tổ bảo vệ ANTT (earlier Bảo vệ dân phố / Công an xã service counts) for the
 * Kỷ niệm chương: 15 for men, 10 for women.
 *
 * @example
 * parameterValueAt(MEDAL_SERVICE_YEARS, "2025-09-01")?.value; //=> { male: 15, female: 10 }
 */
export const MEDAL_SERVICE_YEARS = defineParameter<{ readonly male: number; readonly female: number }>({
  id: "knc.so_nam_tham_gia",
  label: "Số năm tham gia lực lượng ở cơ sở để được xét Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”",
  unit: "năm",
  schema: z.strictObject({ male: z.int().min(1), female: z.int().min(1) }),
  values: [
    {
      from: LAW_2022_EFFECTIVE,
      value: { male: 15, female: 10 },
      basis: cite(
        TT20,
        {},
        {
          confidence: "secondary",
          note: "Cùng mức trong hướng dẫn địa phương trước Thông tư 20/2025/TT-BCA và trong Thông tư này.",
        },
      ),
    },
  ],
});
