/**
 * The hidden temporary files of atomic writes (`.<tên>.<pid>.<ngẫu nhiên>.tmp`, see ./atomic-write.ts) carry the
 * id of the process that writes them. A process killed before it could remove its own (SIGKILL, a power cut)
 * leaves them behind: the next run removes those of processes that no longer exist, and a child whose launcher
 * died removes its own before it exits. Node built-ins only: the launcher (main.ts) imports this module.
 */
import { readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const TEMPORARY_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Whether a process with this id exists (a process of another user counts as existing). */
export const processExists = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * The folders where a command line may write: the working folder, and for every argument that may be a path
 * (also the value of `--ra=…`) the path itself (an output folder) and its folder.
 *
 * @example
 * ```ts
 * outputFolders(["danh-gia", "du-lieu.xlsx", "--ra", "kq/ket-qua.xlsx"]); // cwd, cwd/kq, cwd/kq/ket-qua.xlsx, …
 * ```
 */
export const outputFolders = (args: readonly string[]): Set<string> => {
  const folders = new Set([process.cwd()]);
  for (const arg of args) {
    const path = arg.startsWith("-") ? arg.slice(arg.indexOf("=") + 1) : arg;
    if (path === "" || path.startsWith("-")) continue;
    folders.add(resolve(path));
    folders.add(dirname(resolve(path)));
  }
  return folders;
};

/**
 * Removes, in the given folders, the temporary files whose writer process id is chosen by `owned`; returns how
 * many were removed. Folders that do not exist or cannot be read are skipped.
 *
 * @example
 * ```ts
 * // At start: the leftovers of processes that died.
 * removeTemporaryFiles(outputFolders(process.argv.slice(2)), (pid) => !processExists(pid));
 * ```
 */
export const removeTemporaryFiles = (folders: Iterable<string>, owned: (pid: number) => boolean): number => {
  let removed = 0;
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = TEMPORARY_NAME.exec(name);
      if (!match || !owned(Number(match[1]))) continue;
      try {
        rmSync(join(folder, name), { force: true });
        removed++;
      } catch {
        // Removed meanwhile, or not ours to remove.
      }
    }
  }
  return removed;
};

/**
 * In a child process started with an IPC channel (the launcher, main.ts): when the parent dies, even by
 * SIGKILL, the channel closes; the child then removes its temporary files and exits at once instead of
 * writing results no one waits for. Does nothing in a process without a channel.
 */
export const exitWithParent = (args: readonly string[]): void => {
  const channel = process.channel;
  if (!channel) return;
  // The channel must not keep the program alive once its work is done.
  channel.unref();
  process.once("disconnect", () => {
    removeTemporaryFiles(outputFolders(args), (pid) => pid === process.pid);
    process.exit(137);
  });
};
