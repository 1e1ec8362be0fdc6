/**
 * `antq phuc-vu`: starts the province's shared HTTP API (apps/server) on this machine.
 *
 * The CLI carries none of the server: it finds the installed server's built entry (`@antq/server`'s `bin`,
 * or ANTQ_SERVER_ENTRY), runs it in a child Node process with the settings as environment variables, passes
 * Ctrl+C / SIGTERM on to it and exits with its code. So the CLI's bundle and dependencies stay as they are,
 * and the server is started exactly as `npm run serve` starts it.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError, UnavailableError } from "../errors.js";
import { intFlag, textFlag, withHelp } from "./define.js";

/** The built entry of the installed @antq/server, or undefined when it is not installed. */
const serverEntry = (): string | undefined => {
  const override = process.env.ANTQ_SERVER_ENTRY;
  if (override) return resolve(override);
  try {
    const manifest = createRequire(import.meta.url).resolve("@antq/server/package.json");
    const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: Record<string, string> };
    const entry = bin?.["antq-server"];
    return entry === undefined ? undefined : resolve(dirname(manifest), entry);
  } catch {
    return undefined;
  }
};

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export const serveCommand = Command.make(
  "phuc-vu",
  {
    port: intFlag("cong", "Cổng phục vụ (mặc định 8787; 0: chọn một cổng còn trống)"),
    host: textFlag(
      "dia-chi",
      "Địa chỉ nghe (mặc định 127.0.0.1, chỉ máy này truy cập được; mở ra mạng thì đặt sau một máy chủ HTTPS)",
    ),
    store: textFlag(
      "kho",
      "Kho dữ liệu: postgres://… (PostgreSQL của tỉnh) hoặc một thư mục PGlite để dùng thử (mặc định ~/.antq-server)",
    ),
    province: textFlag("tinh", "Mã tỉnh của tài khoản quản trị tạo ở lần chạy đầu (mặc định P82)"),
    overlays: textFlag(
      "goi-tinh",
      "Gói quy định của tỉnh (tên gói hoặc đường dẫn mô-đun), cách nhau bởi dấu phẩy",
    ),
  },
  (flags) =>
    Effect.gen(function* () {
      const port = Option.getOrElse(flags.port, () => 8787);
      const host = Option.getOrElse(flags.host, () => "127.0.0.1");
      if (port < 0 || port > 65_535)
        return yield* new InvalidInputError({ message: `Cổng ${port} không hợp lệ (0–65535).` });
      const entry = serverEntry();
      if (entry === undefined || !existsSync(entry))
        return yield* new UnavailableError({
          message: `Chưa cài máy chủ antq (@antq/server) cạnh lệnh antq${entry === undefined ? "" : ` (không có tệp ${entry})`}. Trong mã nguồn antq: npx nx build @antq/server rồi chạy lại; hoặc đặt ANTQ_SERVER_ENTRY là đường dẫn tệp dist/main.js của máy chủ.`,
        });
      if (!LOOPBACK.has(host))
        console.error(
          `Lưu ý: máy chủ nghe trên ${host}, máy khác trong mạng truy cập được; phiên đăng nhập cần HTTPS phía trước (đặt ANTQ_PUBLIC_ORIGIN).`,
        );
      const env: NodeJS.ProcessEnv = { ...process.env, ANTQ_PORT: String(port), ANTQ_HOST: host };
      const store = Option.getOrUndefined(flags.store);
      // A postgres:// URL is the province's server; anything else a PGlite folder.
      if (store !== undefined && /^postgres(ql)?:\/\//i.test(store)) env.ANTQ_DATABASE_URL = store;
      else if (store !== undefined)
        Object.assign(env, { ANTQ_DATABASE_URL: "", ANTQ_DATA_DIR: resolve(store) });
      if (Option.isSome(flags.province)) env.ANTQ_PROVINCE = flags.province.value;
      if (Option.isSome(flags.overlays)) env.ANTQ_OVERLAYS = flags.overlays.value;
      const code = yield* Effect.promise(
        () =>
          new Promise<number>((done) => {
            const child = spawn(process.execPath, [entry], { env, stdio: "inherit" });
            const onInt = () => child.kill("SIGINT");
            const onTerm = () => child.kill("SIGTERM");
            process.on("SIGINT", onInt).on("SIGTERM", onTerm);
            child.on("error", (error) => {
              console.error(`Không chạy được máy chủ ${entry}: ${error.message}`);
              done(1);
            });
            child.on("exit", (exitCode, signal) => {
              process.off("SIGINT", onInt).off("SIGTERM", onTerm);
              done(exitCode ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
            });
          }),
      );
      if (code !== 0) return yield* new UnavailableError({ message: `Máy chủ antq dừng với mã ${code}.` });
    }),
).pipe(
  withHelp({
    alias: "serve",
    description:
      "Chạy máy chủ antq (API HTTP có OpenAPI, tài khoản, phân quyền theo xã) để cán bộ tỉnh và xã dùng chung; dừng bằng Ctrl+C",
    examples: [
      [
        "antq phuc-vu",
        "Dùng thử trên máy này với kho PGlite ở ~/.antq-server, tại http://127.0.0.1:8787/docs",
      ],
      ["antq phuc-vu --kho postgres://antq@127.0.0.1:5432/antq --tinh P82", "Chạy trên PostgreSQL của tỉnh"],
    ],
  }),
);
