import type { Random } from "./random.js";

/** Common Vietnamese family names, roughly by frequency (Nguyễn first). */
export const FAMILY_NAMES = [
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Trần",
  "Trần",
  "Lê",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Hoàng",
  "Phan",
  "Võ",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Trương",
  "Đinh",
  "Lâm",
  "Châu",
] as const;

const MALE_MIDDLE = ["Văn", "Hữu", "Minh", "Đức", "Quốc", "Thanh", "Hoàng", "Công", "Ngọc"] as const;
const FEMALE_MIDDLE = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích", "Hồng"] as const;
const MALE_GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đạt",
  "Hải",
  "Hiếu",
  "Hùng",
  "Khang",
  "Khoa",
  "Long",
  "Lộc",
  "Minh",
  "Nam",
  "Phong",
  "Phúc",
  "Quang",
  "Sơn",
  "Tài",
  "Thắng",
  "Thành",
  "Tiến",
  "Trung",
  "Tuấn",
  "Việt",
  "Vinh",
] as const;
const FEMALE_GIVEN = [
  "Anh",
  "Châu",
  "Dung",
  "Giang",
  "Hà",
  "Hạnh",
  "Hằng",
  "Hoa",
  "Hương",
  "Lan",
  "Linh",
  "Loan",
  "Mai",
  "My",
  "Ngân",
  "Nhung",
  "Phương",
  "Quyên",
  "Tâm",
  "Thảo",
  "Thủy",
  "Trang",
  "Tuyết",
  "Vy",
  "Yến",
] as const;

/**
 * A realistic Vietnamese full name (family, middle, given), e.g. "Nguyễn Thị Thu Hà".
 *
 * @example
 * ```ts
 * personName(createRandom(1)); // e.g. "Trần Văn Hùng"
 * ```
 */
export const personName = (rng: Random): string => {
  const female = rng.chance(0.5);
  const family = rng.pick(FAMILY_NAMES);
  const middle = rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  return rng.chance(0.2)
    ? `${family} ${middle} ${rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${given}`
    : `${family} ${middle} ${given}`;
};

/** Place-name stems used for communes, hamlets and the names of local bodies. */
export const PLACE_STEMS = [
  "Tân Phước",
  "Mỹ Lợi",
  "Bình Đông",
  "Long Hưng",
  "Phú Mỹ",
  "Hòa Khánh",
  "Thạnh Phú",
  "An Thái",
  "Vĩnh Kim",
  "Tân Hiệp",
  "Đông Hòa",
  "Phước Thạnh",
  "Hưng Thạnh",
  "Mỹ Đức",
  "Tam Bình",
  "Thới Sơn",
  "Long Định",
  "Bình Phục Nhứt",
  "Hậu Mỹ",
  "Nhơn Ninh",
  "Tân Thuận",
  "Phú Kiết",
  "Điềm Hy",
  "Song Thuận",
  "Quơn Long",
] as const;

/** Names of famous people and places commonly given to schools and streets. */
export const HONOUREE_NAMES = [
  "Nguyễn Văn Trỗi",
  "Trần Hưng Đạo",
  "Lê Quý Đôn",
  "Nguyễn Đình Chiểu",
  "Võ Thị Sáu",
  "Lý Tự Trọng",
  "Nguyễn Trãi",
  "Chu Văn An",
  "Phan Bội Châu",
  "Thủ Khoa Huân",
  "Trương Định",
  "Nguyễn Huệ",
] as const;

/** Words for enterprise names by main business line. */
export const ENTERPRISE_TRADES = {
  manufacturing: ["May mặc", "Chế biến thủy sản", "Gạch ngói", "Cơ khí", "Bao bì", "Thực phẩm", "Gỗ"],
  trade: ["Thương mại", "Dịch vụ vận tải", "Xăng dầu", "Điện máy", "Du lịch", "Siêu thị"],
  agriculture: ["Nông sản", "Giống cây trồng", "Chăn nuôi", "Thủy sản"],
} as const;
