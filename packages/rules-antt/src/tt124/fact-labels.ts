/**
 * How the facts of the "An toàn về ANTT" rules are shown to an officer: Vietnamese labels, and the Vietnamese
 * labels of coded values (from @antq/domain). The facts stay machine values in the JSON results.
 */
import {
  ASSESSED_UNIT_KIND_LABELS_VI,
  COMMUNE_TYPE_LABELS_VI,
  ENTERPRISE_SECTOR_LABELS_VI,
  ENTERPRISE_SIZE_LABELS_VI,
  INTERNAL_RULE_TOPIC_LABELS_VI,
  SCHOOL_LEVEL_LABELS_VI,
  TASK_RATING_LABELS_VI,
} from "@antq/domain";
import type { FactLabel } from "@antq/rules";

const FACT_LABELS = {
  unitId: { label: "Mã đơn vị" },
  factsUnitId: { label: "Mã đơn vị ghi trong dữ kiện" },
  year: { label: "Năm của dữ kiện" },
  kind: { label: "Loại đơn vị", values: ASSESSED_UNIT_KIND_LABELS_VI },
  communeType: { label: "Loại đơn vị hành chính", values: COMMUNE_TYPE_LABELS_VI },
  sector: { label: "Lĩnh vực", values: ENTERPRISE_SECTOR_LABELS_VI },
  insuredEmployees: { label: "Số lao động tham gia bảo hiểm xã hội" },
  annualRevenueVnd: { label: "Doanh thu năm (đồng)" },
  totalCapitalVnd: { label: "Tổng nguồn vốn (đồng)" },
  sizeClass: { label: "Quy mô doanh nghiệp", values: ENTERPRISE_SIZE_LABELS_VI },
  levels: { label: "Cấp học", values: SCHOOL_LEVEL_LABELS_VI },
  armedForces: { label: "Thuộc lực lượng vũ trang" },
  stateBudgetFunded: { label: "Hưởng ngân sách nhà nước" },
  coToChucDang: { label: "Có tổ chức đảng" },
  nghiQuyet: { label: "Ngày nghị quyết" },
  keHoach: { label: "Ngày kế hoạch" },
  dangKy: { label: "Ngày đăng ký phấn đấu" },
  noiQuy: { label: "Nội quy, quy chế về", values: INTERNAL_RULE_TOPIC_LABELS_VI },
  phoBien: { label: "Số người được phổ biến" },
  part: { label: "đã phổ biến" },
  total: { label: "tổng số" },
  moHinhHieuQua: { label: "Số mô hình hoạt động hiệu quả" },
  hoCuTru: { label: "Số hộ gia đình đang cư trú" },
  hoDangKy: { label: "Số hộ gia đình đăng ký tham gia" },
  xacNhan: { label: "Xác nhận của cán bộ có thẩm quyền" },
  phoiHopChaMeHocSinh: { label: "Phối hợp với Ban đại diện cha mẹ học sinh" },
  vuViecAnNinh: { label: "Vụ việc về an ninh" },
  namNay: { label: "Số vụ năm nay" },
  namTruoc: { label: "Số vụ năm trước" },
  crimes: { label: "tội phạm" },
  socialEvilCases: { label: "tệ nạn xã hội" },
  otherViolationCases: { label: "vi phạm pháp luật khác" },
  toiPhamNghiemTrongTroLen: { label: "Tội phạm từ nghiêm trọng trở lên" },
  tuDiemMoi: { label: "Số tụ điểm phức tạp mới phát sinh" },
  nguoiMacTnxhMoi: { label: "Số người mới mắc tệ nạn xã hội" },
  suCo: { label: "Cháy, nổ, tai nạn, sự cố" },
  coLucLuong: { label: "Có lực lượng bảo vệ" },
  xepLoai: { label: "Xếp loại", values: TASK_RATING_LABELS_VI },
  danhHieu: { label: "Danh hiệu thi đua" },
  kyLuat: { label: "Kỷ luật" },
  kyLuatCongAnXa: { label: "Cán bộ, chiến sĩ Công an cấp xã bị kỷ luật" },
  eligible: { label: "Số đơn vị trực thuộc được xét" },
  good: { label: "Số đơn vị trực thuộc đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ" },
  baoLucHocDuong: { label: "Số vụ bạo lực học đường" },
  tongSo: { label: "Tổng số đơn vị thuộc thẩm quyền" },
  daDangKy: { label: "Số đơn vị đã đăng ký" },
  duocCongNhan: { label: "Số đơn vị được công nhận" },
  canXemXet: { label: "Số đơn vị còn cần xem xét" },
  nguon: {
    label: "Nguồn số liệu",
    values: {
      "ket-qua-don-vi": "kết quả đánh giá của từng đơn vị",
      "so-lieu-tong-hop": "số liệu tổng hợp do xã báo cáo",
      "khong-co": "chưa có",
    },
  },
} as const satisfies Readonly<Record<string, FactLabel>>;

/** The fact keys that have a label. */
export type FactKey = keyof typeof FACT_LABELS;

/** The labels of the given facts (and of the keys inside them), for a rule version's `factLabels`. */
export function labelsOf(...keys: readonly FactKey[]): Readonly<Record<string, FactLabel>> {
  const out: Record<string, FactLabel> = {};
  for (const k of keys) out[k] = FACT_LABELS[k];
  return Object.freeze(out);
}
