/**
 * EXAMPLE CONFIGURATION — NOT LAW. The score cut-offs, most rubric items and the veto criteria of
 * Quyết định 510/QĐ-BCA-V05 and of the provincial implementing decisions could not be read (regulations.md
 * §2.3, §9 item 2, §10.2). This file fills them with a clearly labelled example so the engine can be shown
 * and tested. Every rubric is marked `example: true`, every value carries a `review` note, and every result
 * computed with it is "cần xem xét". A province replaces it with its own decision through an overlay.
 *
 * What is not example: the four level names (§2.3, [V-sec]), the deadlines (QĐ 510 Quy định Điều 11 khoản 3,
 * [V-sec]) and the first items of the cơ quan / doanh nghiệp sheet (Quy định Điều 7, [V-sec], §2.4).
 */
import {
  CLASSIFICATION_KINDS,
  type ClassificationConfig,
  type ClassificationDeadline,
  ClassificationDeadlineSchema,
  type ClassificationKind,
  deadlineParameterId,
  MOVEMENT_LEVELS,
  QD510,
  rubricParameterId,
} from "../classification.js";
import { cite, defineParameter, defineParameterSet, type LegalBasis } from "../internal/engine.js";
import { CRITERIA_PACKAGE } from "../package-ref.js";
import {
  defineRubric,
  type Rubric,
  type RubricGroup,
  type RubricItem,
  RubricSchema,
  type Veto,
} from "../rubric.js";
import type { ScoreSheet } from "../score.js";

/**
 * The review note attached to every example value.
 *
 * @example
 * EXAMPLE_REVIEW_NOTE.startsWith("Cấu hình ví dụ"); //=> true
 */
export const EXAMPLE_REVIEW_NOTE =
  "Cấu hình ví dụ của @antq/criteria, không phải quy định: ngưỡng điểm và phần lớn tiêu chí của Quyết định 510/QĐ-BCA-V05 và quyết định của tỉnh chưa được đối chiếu — cần xem xét.";

const QD510_FROM = "2022-01-20";
const EXAMPLE_BASIS: LegalBasis = cite(
  "510/QĐ-BCA-V05",
  {},
  {
    label: "Cấu hình ví dụ (không phải văn bản)",
    confidence: "not_found",
    note: "Ngưỡng điểm, tiêu chí khu dân cư, cấp xã, cấp huyện và điều kiện khống chế chưa tìm thấy văn bản.",
  },
);
const ART7: LegalBasis = cite(
  "510/QĐ-BCA-V05",
  { article: 7 },
  { label: "Tiêu chí cơ quan, doanh nghiệp, cơ sở giáo dục", confidence: "secondary" },
);
const ART11_K3: LegalBasis = cite(
  "510/QĐ-BCA-V05",
  { article: 11, clause: 3 },
  { label: "Thời hạn phân loại", confidence: "secondary" },
);
const TT124: LegalBasis = cite("124/2021/TT-BCA", { article: 3, clause: 3 }, { confidence: "verified" });

/** Example bands: Xuất sắc ≥ 90, Khá 70–89,9, Trung bình 50–69,9, Yếu < 50 (EXAMPLE, not law). */
const EXAMPLE_BANDS = [
  { level: "xuat_sac", min: 900, max: 1000 },
  { level: "kha", min: 700, max: 899 },
  { level: "trung_binh", min: 500, max: 699 },
  { level: "yeu", min: 0, max: 499 },
];

/** The configurable link to Thông tư 124: not Xuất sắc without "An toàn về ANTT" (EXAMPLE). */
const TT124_VETO: Veto = {
  id: "tt124",
  label: "Chưa đạt tiêu chuẩn “An toàn về an ninh, trật tự” (Thông tư 124) thì không xếp loại Xuất sắc",
  capLevel: "kha",
  when: { type: "fact-not", fact: "tt124", value: "dat" },
  basis: TT124,
  example: true,
  note: "Thông tư 124 Điều 3 khoản 3: kết quả công nhận là căn cứ đánh giá phong trào; mức khống chế là ví dụ.",
};

const g = (
  id: string,
  label: string,
  max: number,
  items: RubricItem[],
  extra: Partial<RubricGroup> = {},
): RubricGroup => ({
  id,
  label,
  max,
  items,
  example: true,
  ...extra,
});
const graded = (id: string, label: string, max: number, extra: Partial<RubricItem> = {}): RubricItem => ({
  id,
  label,
  max,
  mode: "graded",
  example: true,
  ...extra,
});
const deduction = (id: string, label: string, max: number, perEvent: number): RubricItem => ({
  id,
  label,
  max,
  mode: "deduction",
  perEvent,
  example: true,
  note: "Mẫu trừ điểm cố định cho mỗi vụ việc (kiểu bảng điểm cấp tỉnh trước Thông tư 124) — ví dụ.",
});

function rubric(kind: ClassificationKind, label: string, groups: RubricGroup[], vetoes: Veto[]): Rubric {
  return defineRubric({
    id: `vi-du.qd510.${kind}`,
    label: `${label} (cấu hình ví dụ)`,
    unitKind: kind,
    max: 1000,
    rounding: "half-up",
    basis: [QD510, EXAMPLE_BASIS],
    example: true,
    review: EXAMPLE_REVIEW_NOTE,
    levels: MOVEMENT_LEVELS.map((l) => ({ id: l.id, label: l.label })),
    bands: EXAMPLE_BANDS,
    vetoes,
    groups,
  });
}

const securityGroup = (id: string, max: number, perEvent: number): RubricGroup =>
  g(id, "Kết quả bảo đảm an ninh, trật tự", max, [
    deduction(`${id}.1`, "Không để xảy ra vụ việc phức tạp về an ninh (trừ mỗi vụ)", max / 2, perEvent),
    deduction(
      `${id}.2`,
      "Không để xảy ra tội phạm nghiêm trọng trở lên, cháy nổ, tai nạn lao động chết người (trừ mỗi vụ)",
      max / 2,
      perEvent,
    ),
  ]);

/**
 * The example rubric of one kind (EXAMPLE, not law).
 *
 * @example
 * exampleRubric("commune").groups.length; //=> 5
 */
export function exampleRubric(kind: ClassificationKind): Rubric {
  switch (kind) {
    case "residential-area":
      return rubric(
        kind,
        "Bảng điểm phân loại phong trào khu dân cư",
        [
          g("I", "Lãnh đạo, đăng ký xây dựng phong trào", 200, [
            graded("I.1", "Chi bộ có nghị quyết, khu dân cư có kế hoạch trong Quý I", 100),
            graded("I.2", "100% hộ gia đình đăng ký tham gia", 100),
          ]),
          g("II", "Tuyên truyền, vận động, tổ chức Ngày hội toàn dân bảo vệ ANTQ", 200, [
            graded("II.1", "Hình thức tuyên truyền, tỷ lệ người dân tham gia", 100),
            graded("II.2", "Tổ chức Ngày hội toàn dân bảo vệ ANTQ", 100),
          ]),
          g("III", "Mô hình tự quản, lực lượng tham gia bảo vệ ANTT ở cơ sở", 200, [
            graded("III.1", "Mô hình tự phòng, tự quản hoạt động hiệu quả", 100),
            graded("III.2", "Tổ bảo vệ ANTT xếp loại từ Hoàn thành nhiệm vụ trở lên", 100),
          ]),
          securityGroup("IV", 300, 60),
          g("V", "Quản lý, giáo dục, giúp đỡ người có quá khứ lầm lỗi", 100, [
            graded("V.1", "Tiếp nhận, quản lý, giúp đỡ người tái hòa nhập cộng đồng", 100),
          ]),
        ],
        [TT124_VETO],
      );
    case "commune":
      return rubric(
        kind,
        "Bảng điểm phân loại phong trào cấp xã",
        [
          g("I", "Lãnh đạo, chỉ đạo của cấp ủy, chính quyền", 200, [
            graded("I.1", "Nghị quyết của Đảng ủy, kế hoạch của UBND trong Quý I", 100),
            graded("I.2", "Ban Chỉ đạo hoạt động, sơ kết, tổng kết, chế độ báo cáo", 100),
          ]),
          g("II", "Tuyên truyền, vận động, Ngày hội toàn dân bảo vệ ANTQ", 150, [
            graded("II.1", "Hình thức tuyên truyền, vận động", 70),
            graded("II.2", "Tổ chức Ngày hội toàn dân bảo vệ ANTQ", 80),
          ]),
          g("III", "Mô hình, lực lượng nòng cốt", 200, [
            {
              id: "III.1",
              label: "Mô hình phong trào hoạt động hiệu quả",
              max: 100,
              mode: "graded",
              example: true,
              children: [
                graded("III.1.a", "Có ít nhất một mô hình hoạt động hiệu quả", 60),
                graded("III.1.b", "Nhân rộng mô hình (điểm, tổ)", 60),
              ],
            },
            graded("III.2", "Tổ bảo vệ ANTT, Công an xã hoàn thành nhiệm vụ", 100),
          ]),
          securityGroup("IV", 300, 60),
          g(
            "V",
            "Kết quả xây dựng khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục “An toàn về ANTT”",
            150,
            [graded("V.1", "Tỷ lệ đơn vị trên địa bàn đạt tiêu chuẩn “An toàn về ANTT”", 150)],
          ),
        ],
        [
          TT124_VETO,
          {
            id: "an-ninh",
            label: "Kết quả bảo đảm ANTT dưới 10 điểm thì không quá mức Trung bình",
            capLevel: "trung_binh",
            when: { type: "item-below", item: "IV", min: 100 },
            basis: EXAMPLE_BASIS,
            example: true,
          },
        ],
      );
    case "district":
      return rubric(
        kind,
        "Bảng điểm phân loại phong trào cấp huyện",
        [
          g("I", "Lãnh đạo, chỉ đạo, Ban Chỉ đạo cấp huyện", 250, [
            graded("I.1", "Nghị quyết, chương trình, kế hoạch", 125),
            graded("I.2", "Kiểm tra, hướng dẫn, sơ kết, tổng kết", 125),
          ]),
          g("II", "Phong trào, mô hình, điển hình tiên tiến", 250, [
            graded("II.1", "Mô hình, điển hình tiên tiến", 125),
            graded("II.2", "Ngày hội toàn dân bảo vệ ANTQ", 125),
          ]),
          g("III", "Tỷ lệ xã, phường, thị trấn đạt “An toàn về ANTT”", 250, [
            graded("III.1", "Tỷ lệ cấp xã đạt tiêu chuẩn", 250),
          ]),
          securityGroup("IV", 250, 50),
        ],
        [],
      );
    case "agency":
    case "enterprise":
    case "education": {
      const who =
        kind === "education"
          ? "cán bộ, giáo viên, người học"
          : "đảng viên, cán bộ, công nhân viên, người lao động";
      const label =
        kind === "agency"
          ? "Bảng điểm phân loại phong trào cơ quan"
          : kind === "enterprise"
            ? "Bảng điểm phân loại phong trào doanh nghiệp"
            : "Bảng điểm phân loại phong trào cơ sở giáo dục";
      return rubric(
        kind,
        label,
        [
          g(
            "I",
            "Lãnh đạo, chỉ đạo, tuyên truyền, phối hợp",
            140,
            [
              graded("1", "Nghị quyết Quý I, chương trình, kế hoạch, sơ kết, tổng kết, chế độ báo cáo", 30, {
                basis: ART7,
                example: false,
              }),
              graded("2", `Tuyên truyền, vận động thu hút từ 90% trở lên ${who} tham gia`, 30, {
                basis: ART7,
                example: false,
              }),
              graded(
                "3",
                "Hưởng ứng, tổ chức Ngày hội toàn dân bảo vệ ANTQ và các chủ đề do Ban Chỉ đạo phát động",
                50,
                {
                  basis: ART7,
                  example: false,
                },
              ),
              {
                id: "4",
                label: "Phối hợp chặt chẽ với chính quyền, Công an địa phương",
                max: 30,
                mode: "graded",
                basis: ART7,
                note: "Điểm tối đa của mục 4 chưa đọc được; 3 điểm là ví dụ.",
                example: true,
                children: [
                  graded("4.a", "Có quy chế hoặc kế hoạch phối hợp", 10, { basis: ART7, example: false }),
                  graded(
                    "4.b",
                    "Thực hiện đầy đủ quy chế, kế hoạch phối hợp (điểm chưa đọc được — ví dụ)",
                    20,
                    {
                      basis: ART7,
                    },
                  ),
                ],
              },
            ],
            { basis: ART7, example: false },
          ),
          g("II", "Xây dựng lực lượng bảo vệ, mô hình phong trào", 300, [
            graded("II.1", "Lực lượng bảo vệ được kiện toàn, hoàn thành tốt nhiệm vụ", 150),
            graded("II.2", "Có ít nhất một mô hình phong trào hoạt động hiệu quả", 150),
          ]),
          securityGroup("III", 400, 80),
          g("IV", "Thực hiện tiêu chí “An toàn về ANTT” và nội quy, quy chế", 160, [
            graded("IV.1", "Nội quy, quy chế bảo vệ cơ quan, bí mật nhà nước, phòng cháy", 80),
            graded("IV.2", "100% người trong đơn vị được phổ biến nội quy và tiêu chuẩn", 80),
          ]),
        ],
        [TT124_VETO],
      );
    }
    default:
      throw new RangeError(`Loại đơn vị không hợp lệ: ${String(kind)}.`);
  }
}

/** Deadlines (QĐ 510 Quy định Điều 11 khoản 3 [V-sec]); the self-assessment dates are EXAMPLE values. */
const DEADLINES: Readonly<Record<ClassificationKind, ClassificationDeadline>> = {
  "residential-area": { reportBefore: { month: 11, day: 20 }, selfAssessmentBefore: { month: 11, day: 10 } },
  commune: { reportBefore: { month: 11, day: 30 }, selfAssessmentBefore: { month: 11, day: 20 } },
  district: { reportBefore: { month: 12, day: 15 }, selfAssessmentBefore: { month: 12, day: 5 } },
  agency: { reportBefore: { month: 11, day: 30 }, selfAssessmentBefore: { month: 11, day: 20 } },
  enterprise: { reportBefore: { month: 11, day: 30 }, selfAssessmentBefore: { month: 11, day: 20 } },
  education: { reportBefore: { month: 11, day: 30 }, selfAssessmentBefore: { month: 11, day: 20 } },
};

const DISTRICT_TO = "2025-06-30";

/**
 * The example configuration (EXAMPLE, not law): one dated rubric and one dated deadline per kind; cấp huyện
 * ends on 30/6/2025. Results computed with it are always "cần xem xét".
 *
 * @example
 * const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
 * c.ok && [c.value.configId, c.value.rubric.example, c.value.deadline.reportBefore]; //=> ["vi-du.qd510", true, "2024-11-30"]
 */
export const EXAMPLE_PROVINCE_CONFIG: ClassificationConfig = defineParameterSet<ScoreSheet>({
  id: "vi-du.qd510",
  label: "Cấu hình ví dụ phân loại phong trào toàn dân bảo vệ ANTQ (không phải quy định)",
  description: EXAMPLE_REVIEW_NOTE,
  package: CRITERIA_PACKAGE,
  basis: [QD510],
  kinds: CLASSIFICATION_KINDS.map((k) => ({ id: k.id, label: k.label })),
  parameters: CLASSIFICATION_KINDS.flatMap((k) => {
    const to = k.id === "district" ? { to: DISTRICT_TO } : {};
    return [
      defineParameter<Rubric>({
        id: rubricParameterId(k.id),
        label: `Bảng điểm phân loại phong trào: ${k.label}`,
        schema: RubricSchema,
        values: [
          {
            from: QD510_FROM,
            ...to,
            value: exampleRubric(k.id),
            basis: EXAMPLE_BASIS,
            review: EXAMPLE_REVIEW_NOTE,
          },
        ],
      }),
      defineParameter<ClassificationDeadline>({
        id: deadlineParameterId(k.id),
        label: `Thời hạn phân loại phong trào: ${k.label}`,
        schema: ClassificationDeadlineSchema,
        values: [
          {
            from: QD510_FROM,
            ...to,
            value: DEADLINES[k.id],
            basis: ART11_K3,
            note: "Thời hạn tự đánh giá là ví dụ; thời hạn báo cáo theo Quy định Điều 11 khoản 3 (nguồn thứ cấp).",
          },
        ],
      }),
    ];
  }),
});
