/**
 * Durations in Vietnamese words, rounded for a human reader ("còn khoảng 2 phút 10 giây"), and the progress line
 * that shows them.
 */
import { formatNumber } from "./number.js";

/**
 * A duration given in milliseconds, in Vietnamese words, rounded for a human: whole seconds (at least one)
 * under a minute, minutes and seconds under ten minutes, minutes under an hour, then hours and minutes.
 *
 * @example
 * formatDuration(400); //=> "1 giây"
 * formatDuration(130_000); //=> "2 phút 10 giây"
 * formatDuration(12 * 60_000 + 5_000); //=> "12 phút"
 * formatDuration(65 * 60_000); //=> "1 giờ 5 phút"
 */
export const formatDuration = (ms: number): string => {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} giây`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    const rest = seconds % 60;
    return rest === 0 || minutes >= 10 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
  }
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} giờ${rest === 0 ? "" : ` ${rest} phút`}`;
};

/**
 * What a progress line shows ({@link formatProgressLine}).
 *
 * @example
 * const state: ProgressState = { label: "Đang đánh giá", done: 250_000, total: 1_000_000, elapsedMs: 20_000 };
 * state.done / (state.total ?? 1); //=> 0.25
 */
export interface ProgressState {
  /** Label before the bar, e.g. "Đang đánh giá". */
  readonly label: string;
  /** Rows done so far. */
  readonly done: number;
  /** Total number of rows when known; otherwise a counter is shown. */
  readonly total?: number;
  /** The total is an estimate (shown with "≈"; the bar stops at 99 % until done). */
  readonly estimated?: boolean;
  /** Time spent so far, in milliseconds. */
  readonly elapsedMs: number;
}

const BAR_WIDTH = 24;

/**
 * A progress line in Vietnamese: with a total, a bar of 24 cells, the percentage, the rows and, once a second of
 * work shows the pace, the time left; without one, the rows done and, after a second, the time spent.
 *
 * @example
 * formatProgressLine({ label: "Đang đánh giá", done: 250_000, total: 1_000_000, elapsedMs: 20_000 });
 * //=> "Đang đánh giá [██████░░░░░░░░░░░░░░░░░░] 25% · 250.000/1.000.000 dòng · còn khoảng 1 phút"
 * formatProgressLine({ label: "Đang đọc", done: 1_200, total: 1_000, estimated: true, elapsedMs: 500 });
 * //=> "Đang đọc [████████████████████████] 99% · 1.200/≈1.000 dòng"
 * formatProgressLine({ label: "Đang đọc", done: 5, elapsedMs: 130_000 }); //=> "Đang đọc: 5 dòng · đã 2 phút 10 giây"
 */
export const formatProgressLine = ({ label, done, total, estimated, elapsedMs }: ProgressState): string => {
  if (total === undefined || total <= 0)
    return `${label}: ${formatNumber(done)} dòng${elapsedMs >= 1000 ? ` · đã ${formatDuration(elapsedMs)}` : ""}`;
  const fraction = Math.min(estimated ? 0.99 : 1, done / total);
  const filled = Math.round(fraction * BAR_WIDTH);
  const left =
    done > 0 && elapsedMs >= 1000 && fraction < 1
      ? ` · còn khoảng ${formatDuration((elapsedMs * (1 - fraction)) / fraction)}`
      : "";
  return `${label} [${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}% · ${formatNumber(done)}/${estimated ? "≈" : ""}${formatNumber(total)} dòng${left}`;
};
