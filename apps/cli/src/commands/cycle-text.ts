/**
 * The Vietnamese messages the yearly-cycle commands (`antq ke-hoach`, `dien-hinh`, `to-bao-ve`, `khen-thuong`,
 * `hoat-dong`) give about where their records come from: the input files, or the multi-year store
 * (`--tu-kho`), and why nothing was written.
 */
import { formatNumber } from "@antq/format-vi";
import { storeArgument } from "../hints.js";
import { invocation } from "../invocation.js";

/** How this antq was started (../invocation.ts): the commands the messages show can be pasted as printed. */
const antq = invocation();

/** A period of years, both ends included. */
interface Years {
  readonly from: number;
  readonly to: number;
}

/** "năm 2024", or "năm nào từ 2020 đến 2024". */
const yearsText = (p: Years): string =>
  p.from === p.to ? `năm ${p.to}` : `năm nào từ ${p.from} đến ${p.to}`;

/** " của P82-2025" when a province was asked for (`--tinh`), else nothing. */
const ofProvince = (province: string | undefined): string =>
  province === undefined ? "" : ` của ${province}`;

/**
 * The messages of the yearly-cycle commands, each a function of what it names (test/cycle-text.test.ts).
 */
export const CYCLE_TEXT = {
  /** Located input errors stopped the command: how many, and `consequence` (what was not done). */
  errors: (count: number, consequence: string) =>
    `Dữ liệu đầu vào có ${formatNumber(count)} lỗi; ${consequence}.`,
  /** Neither an input file nor `--tu-kho`: the file `what` and its template kind (`antq mau --loai …`). */
  missingInput: (what: string, template: string, withYear = true) =>
    `Cần tệp ${what} (${antq} mau --loai ${template}) hoặc --tu-kho${withYear ? " --nam <năm>" : ""} để đọc từ kho.`,
  /** `--tu-kho` without `--nam`: `why` says what the year is. */
  needsYear: (why: string) => `Đọc từ kho (--tu-kho) cần --nam (${why}).`,
  /** `--tu-kho` with input files. */
  filesWithStore: (files: readonly string[]) =>
    `Đọc từ kho (--tu-kho) thì không dùng tệp đầu vào (${files.join(", ")}).`,
  /** The store `where` (`--kho` given as `store`, if any) has no year of the period. */
  storeEmpty: (where: string, period: Years, store?: string) =>
    `Kho ${where} chưa có dữ liệu ${yearsText(period)}. Nhập dữ liệu: ${antq} nhap <tệp> --nam <năm>${storeArgument(store)}. Không ghi tệp kết quả nào.`,
  /** `antq ke-hoach`: no plan in `source`. */
  noPlan: (source: string) =>
    `Không có kế hoạch nào trong ${source} (trang "Kế hoạch" trống hoặc thiếu; tạo mẫu bằng ${antq} mau --loai ke-hoach). Không ghi tệp kết quả nào.`,
  /** `antq hoat-dong`: no activity in `source` (of `year` when one was asked). */
  noActivity: (source: string, year: number | undefined) =>
    `Không có hoạt động nào trong ${source}${year === undefined ? "" : ` năm ${year}`}. Không ghi tệp nào.`,
  /** `antq to-bao-ve`: no team on the sheet `sheet` of `file`. */
  noTeam: (file: string, sheet: string) =>
    `Không có Tổ nào trong ${file} (trang “${sheet}” trống hoặc thiếu; tạo mẫu bằng ${antq} mau --loai to-bao-ve). Không ghi tệp nào.`,
  /** `antq to-bao-ve --tu-kho`: no team of `year` (and of `province`) in the store `where`. */
  noStoredTeam: (where: string, year: number, province?: string) =>
    `Kho ${where} không có Tổ bảo vệ ANTT nào năm ${year}${ofProvince(province)}. Không ghi tệp nào.`,
  /** `antq khen-thuong`: the proposal sheet `sheet` of `file` is empty. */
  noProposal: (file: string, sheet: string) =>
    `Danh sách đề nghị trong ${file} trống (trang “${sheet}”); không ghi tệp nào.`,
  /**
   * `antq khen-thuong --tu-kho`: the store `where` (`--kho` given as `store`, if any) has no such year (`hasYear`
   * false) or no proposal in it.
   */
  noStoredProposal: (where: string, year: number, hasYear: boolean, province?: string, store?: string) =>
    `Kho ${where} ${hasYear ? `không có đề nghị khen thưởng nào năm ${year}${ofProvince(province)}` : `chưa có dữ liệu năm ${year}`}. Nhập danh sách đề nghị cùng dữ liệu năm: ${antq} nhap <tệp> --nam ${year}${storeArgument(store)}. Không ghi tệp nào.`,
} as const;
