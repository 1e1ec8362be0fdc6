/**
 * The published figures of regulations.md §11.6 as the packages' tests use them (criteria, sheets, report): the
 * names behind the counts, so that each package checks the same province's figures on the same units. Plain
 * data, no import: it runs in Node and in the browser tests alike. Where a newspaper gives only counts, the
 * names are realistic stand-ins, said so beside them.
 */

/** A cơ quan, doanh nghiệp or cơ sở giáo dục of the D1 figures. */
export interface PublishedUnit {
  readonly kind: "agency" | "enterprise" | "education";
  readonly name: string;
}

/**
 * D1 — Quảng Nam 2024, cơ quan/DN/CSGD: UBND tỉnh recognised 68 units "An toàn về ANTT"; classification 3 Xuất
 * sắc (Ban Dân vận Tỉnh ủy, Tỉnh đoàn, Hội LHPN tỉnh), 45 Khá, 4 Trung bình, reported as "3/52" → 0 Yếu.
 */
export const QUANG_NAM_2024 = {
  source:
    "https://baoquangnam.vn/cong-nhan-68-don-vi-dat-tieu-chuan-an-toan-ve-an-ninh-trat-tu-nam-2024-3147066.html",
  recognised: 68,
  /** The three Xuất sắc units, as published. */
  excellent: ["Ban Dân vận Tỉnh ủy", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"],
  /** The 49 other classified units: their names and levels are not published (only the counts), these stand in. */
  others: [
    ...[
      "Sở Tư pháp",
      "Sở Tài chính",
      "Sở Xây dựng",
      "Sở Y tế",
      "Sở Giáo dục và Đào tạo",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Công Thương",
      "Sở Giao thông vận tải",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Nội vụ",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài nguyên và Môi trường",
      "Sở Khoa học và Công nghệ",
      "Sở Thông tin và Truyền thông",
      "Thanh tra tỉnh",
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Tổ chức Tỉnh ủy",
      "Ban Nội chính Tỉnh ủy",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      "Hội Nông dân tỉnh",
      "Hội Cựu chiến binh tỉnh",
      "Liên đoàn Lao động tỉnh",
      "Văn phòng UBND tỉnh",
      "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
    ].map((name): PublishedUnit => ({ kind: "agency", name })),
    ...[
      "Công ty TNHH May mặc Tam Thăng",
      "Công ty Cổ phần Gạch ngói Điện Thắng",
      "Công ty TNHH Chế biến gỗ Duy Trung",
      "Công ty Cổ phần Thủy điện Sông Bung",
      "Công ty TNHH Dệt may Quế Sơn",
      "Công ty Cổ phần Cơ khí Chu Lai",
      "Công ty TNHH Thực phẩm Thăng Bình",
      "Công ty Cổ phần Vận tải Tam Kỳ",
      "Công ty TNHH Giày da Núi Thành",
      "Công ty Cổ phần Xây lắp điện Quảng Nam",
      "Công ty TNHH Du lịch Cửa Đại",
      "Công ty Cổ phần Nông sản Đại Lộc",
    ].map((name): PublishedUnit => ({ kind: "enterprise", name })),
    ...[
      "Trường THPT Trần Cao Vân",
      "Trường THPT Phan Bội Châu",
      "Trường THPT Huỳnh Thúc Kháng",
      "Trường THPT Lê Quý Đôn",
      "Trường THPT Nguyễn Trãi",
      "Trường THPT Lý Tự Trọng",
      "Trường THPT Phan Châu Trinh",
      "Trường THPT Nguyễn Duy Hiệu",
      "Trường THPT Hoàng Diệu",
      "Trường Cao đẳng Kinh tế - Kỹ thuật Quảng Nam",
      "Trường Cao đẳng Y tế Quảng Nam",
      "Trường Trung cấp Nghề Bắc Quảng Nam",
    ].map((name): PublishedUnit => ({ kind: "education", name })),
  ] as readonly PublishedUnit[],
} as const;

/**
 * D4 — Bà Rịa–Vũng Tàu 2024: 11 điển hình units = 275 % and 23 Công an phường kiểu mẫu = 575 %, a target of 4 in
 * both. The article names neither the plan nor the 23 wards: these stand in, 16 wards of thành phố Vũng Tàu and 7
 * of thành phố Bà Rịa as they were in 2024.
 */
export const BA_RIA_VUNG_TAU_2024 = {
  source:
    "https://baobariavungtau.com.vn/chinh-tri/202501/huy-dong-suc-manh-toan-dan-bao-ve-an-ninh-to-quoc-1032023/",
  target: 4,
  typicalUnits: 11,
  wards: [
    ...[
      "1",
      "2",
      "3",
      "4",
      "5",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "Thắng Nhất",
      "Thắng Nhì",
      "Thắng Tam",
      "Rạch Dừa",
      "Nguyễn An Ninh",
    ].map((n) => `Phường ${n}, thành phố Vũng Tàu`),
    ...["Phước Hưng", "Phước Hiệp", "Phước Nguyên", "Long Toàn", "Long Tâm", "Phước Trung", "Long Hương"].map(
      (n) => `Phường ${n}, thành phố Bà Rịa`,
    ),
  ] as readonly string[],
} as const;
