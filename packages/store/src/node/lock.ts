import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { StoreError } from "../errors.js";

/**
 * Who holds a data folder: process id, host name, since when (ISO), and the command line.
 *
 * @example
 * ```ts
 * const h: LockHolder = { pid: 4242, host: "may-01", since: "2026-12-04T08:00:00.000Z", command: "antq nhap" };
 * ```
 */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly command: string;
}

/**
 * A held lock; `release()` removes the lock file if it is still ours (idempotent).
 *
 * @example
 * ```ts
 * // `folder`: a store's data folder.
 * const lock = acquireFolderLock(folder);
 * lock.holder.pid === process.pid; //=> true
 * lock.release();
 * ```
 */
export interface FolderLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

/**
 * The lock file of a data folder.
 *
 * @example
 * ```ts
 * LOCK_FILE_NAME; //=> "antq.lock"
 * ```
 */
export const LOCK_FILE_NAME = "antq.lock";

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

const readHolder = (path: string): LockHolder | undefined => {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    return typeof parsed.pid === "number" && typeof parsed.host === "string"
      ? {
          pid: parsed.pid,
          host: parsed.host,
          since: String(parsed.since ?? ""),
          command: String(parsed.command ?? ""),
        }
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Takes the exclusive lock of a data folder (PGlite loses writes silently when two processes open one
 * folder): creates `antq.lock` with O_EXCL. A lock left by a dead process of this host is taken over; a live
 * holder (or one on another host) makes it throw `STORE_LOCKED` with a Vietnamese message naming the
 * process, the host and since when.
 *
 * @example
 * ```ts
 * const lock = acquireFolderLock(folder);
 * try {
 *   acquireFolderLock(folder); // throws StoreError
 * } finally {
 *   lock.release();
 * }
 * acquireFolderLock(folder).release();
 * ```
 */
export function acquireFolderLock(folder: string, command = process.argv.slice(1).join(" ")): FolderLock {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx", 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const other = readHolder(path);
      const stale = other === undefined || (other.host === holder.host && !alive(other.pid));
      if (stale) {
        try {
          unlinkSync(path);
        } catch {}
        continue;
      }
      throw new StoreError(
        "STORE_LOCKED",
        `Kho dữ liệu ${folder} đang được tiến trình ${other.pid} trên máy ${other.host} sử dụng từ ${other.since}${other.command ? ` (lệnh: ${other.command})` : ""}. Hãy đợi tiến trình đó kết thúc rồi thử lại; nếu tiến trình đó không còn chạy, xóa tệp ${path}.`,
        { folder, holder: other },
      );
    }
    writeSync(fd, JSON.stringify(holder));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off("exit", release);
      const now = readHolder(path);
      if (now?.pid === holder.pid && now.host === holder.host && now.since === holder.since) {
        try {
          unlinkSync(path);
        } catch {}
      }
    };
    process.on("exit", release);
    return { path, holder, release };
  }
  throw new StoreError("STORE_LOCKED", `Không giành được khóa của kho dữ liệu ${folder}; hãy thử lại.`, {
    folder,
  });
}
