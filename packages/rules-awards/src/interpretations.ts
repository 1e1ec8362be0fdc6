/**
 * Open readings of the awards texts as named options with documented defaults; `null` = undecided (results
 * that depend on it are "cần xem xét").
 */
import { cite, defineInterpretation } from "@antq/rules";
import { TT20 } from "./basis.js";

/**
 * Kỷ niệm chương, members of the Tổ bảo vệ ANTT "xếp loại từ hoàn thành tốt nhiệm vụ trở lên": the rating of
 * the achievement year only (`nam_de_nghi`) or every rated year since joining the team (`moi_nam`).
 * Default: undecided.
 *
 * @example
 * MEMBER_RATING_READING.default; //=> null
 */
export const MEMBER_RATING_READING = defineInterpretation({
  id: "tt20.xep_loai_thanh_vien",
  label:
    "Cách hiểu “xếp loại từ hoàn thành tốt nhiệm vụ trở lên” (Kỷ niệm chương, thành viên Tổ bảo vệ ANTT)",
  description:
    "“nam_de_nghi”: xếp loại của năm đề nghị; “moi_nam”: mọi năm đã được xếp loại từ khi tham gia Tổ. Văn bản chỉ đọc được qua báo chí; mặc định chưa quyết định.",
  basis: cite(TT20, {}, { confidence: "interpretation" }),
  choices: [
    { id: "nam_de_nghi", label: "Xếp loại của năm đề nghị" },
    { id: "moi_nam", label: "Mọi năm đã được xếp loại" },
  ],
  default: null,
});
