/**
 * Durations in Vietnamese words, rounded for a human reader ("còn khoảng 2 phút 10 giây").
 */

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
