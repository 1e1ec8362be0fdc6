/**
 * How the user started antq, so that the commands antq suggests ("antq danh-gia …") can be pasted as printed:
 * `antq` when installed (or the single executable), `npx antq` from the repository, `npx @antq/cli` from npx's
 * cache, `node <đường dẫn>/main.js` otherwise. Node built-ins only: the launcher (main.ts) computes it and hands
 * it to the program in `ANTQ_LENH`.
 */
import { realpathSync } from "node:fs";
import { basename, relative } from "node:path";

const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** The environment variable in which the launcher hands the invocation to its child. */
export const INVOCATION_VARIABLE = "ANTQ_LENH";

/**
 * The command line prefix that starts antq the way it was started this time.
 *
 * @example
 * ```ts
 * invocationOf("/usr/local/bin/antq", {}, false); // "antq"
 * invocationOf("/repo/node_modules/.bin/antq", { npm_command: "exec" }, false); // "npx antq"
 * ```
 */
export const invocationOf = (
  script: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  sea: boolean,
  cwd = process.cwd(),
): string => {
  if (sea) return basename(process.execPath).replace(/\.exe$/i, "");
  const path = script ?? "";
  if (env.npm_command === "exec") {
    // npx links even the repository's own bin through its cache; only a package fetched there is @antq/cli.
    return /[\\/]_npx[\\/]/.test(realPath(path)) ? "npx @antq/cli" : "npx antq";
  }
  if (/^antq(\.mjs|\.cmd|\.ps1)?$/i.test(basename(path))) return "antq";
  const local = relative(cwd, path);
  return `node ${/\s/.test(local) ? `"${local}"` : local}`;
};

const isSea = (): boolean => {
  try {
    // node:sea exists from Node 20.12; getBuiltinModule from 20.16.
    const sea = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.("node:sea") as
      | { isSea(): boolean }
      | undefined;
    return sea?.isSea() ?? false;
  } catch {
    return false;
  }
};

/** The invocation of this process: handed down by the launcher, or worked out here. */
export const invocation = (): string =>
  process.env[INVOCATION_VARIABLE] ?? invocationOf(process.argv[1], process.env, isSea());
