/**
 * What a worker task gives the page: a value, or a Vietnamese message. An unexpected failure (a bug, or the
 * worker channel failing, e.g. Comlink's "Unserializable return value") never shows its English text in the
 * page: the officer reads "Lỗi không mong đợi …" in Vietnamese, the technical detail goes to the console.
 */

/** A task's outcome as it crosses the worker boundary (errors do not keep their class there). */
export type TaskResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The Vietnamese message of an unexpected failure while `doing` (logged, never shown in English). */
export const unexpectedMessage = (doing: string, error: unknown): string => {
  console.error(error);
  return `Lỗi không mong đợi khi ${doing}. Dữ liệu của bạn không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang và báo cho người quản trị (chi tiết kỹ thuật ở bảng điều khiển của trình duyệt, phím F12).`;
};

/** "Đang xếp loại Tổ bảo vệ ANTT" → "xếp loại Tổ bảo vệ ANTT" (a busy label as what was being done). */
export const doingOf = (busyLabel: string): string => busyLabel.replace(/^Đang /, "");

/**
 * Runs a worker task; a rejection (the worker or the channel failed) becomes a failed result with
 * {@link unexpectedMessage}.
 */
export const settle = async <T>(
  doing: string,
  work: () => Promise<TaskResult<T>>,
): Promise<TaskResult<T>> => {
  try {
    return await work();
  } catch (error) {
    return { ok: false, message: unexpectedMessage(doing, error) };
  }
};
