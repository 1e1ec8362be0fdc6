/**
 * `antq`: the command-line program for "An toàn về ANTT" assessment and movement reporting. Started by the
 * launcher (main.ts), which gives it a bounded heap.
 *
 * Exit codes: 0 thành công · 1 lỗi khi chạy · 2 dữ liệu/tham số không hợp lệ (see errors.ts).
 */
import * as NodeChildProcessSpawner from "@effect/platform-node-shared/NodeChildProcessSpawner";
import * as NodeFileSystem from "@effect/platform-node-shared/NodeFileSystem";
import * as NodePath from "@effect/platform-node-shared/NodePath";
import * as NodeStdio from "@effect/platform-node-shared/NodeStdio";
import * as NodeTerminal from "@effect/platform-node-shared/NodeTerminal";
import * as Cause from "effect/Cause";
import { CliConfig, CliError, CliOutput, Command, GlobalFlag } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import * as Layer from "effect/Layer";
import { commands } from "./commands/index.js";
import { ExitCode, errorMessage, isAppError } from "./errors.js";
import { vietnameseFormatter, vietnamesePresenter } from "./i18n/help.js";
import { exitWithParent } from "./io/temporary-files.js";
import { peakResidentKib } from "./peak-memory.js";

// Started by the launcher (main.ts): stop when it dies, even by SIGKILL.
exitWithParent(process.argv.slice(2));

declare const __ANTQ_VERSION__: string | undefined;
const version = typeof __ANTQ_VERSION__ === "string" ? __ANTQ_VERSION__ : "0.1.0";

const root = Command.make("antq").pipe(
  Command.withDescription(
    'Công cụ đánh giá tiêu chuẩn "An toàn về an ninh, trật tự" (Thông tư 124/2021/TT-BCA) và phân loại phong trào Toàn dân bảo vệ an ninh Tổ quốc trên dữ liệu Excel/CSV/JSON của địa phương.',
  ),
  Command.withSubcommands(commands),
  Command.withExamples([
    { command: "antq demo", description: "Chạy thử trên dữ liệu mẫu của một tỉnh" },
    { command: "antq mau --loai khu-dan-cu --ra mau-kdc.xlsx", description: "Tạo mẫu nhập liệu khu dân cư" },
    { command: "antq kiem-tra du-lieu.xlsx", description: "Kiểm tra dữ liệu đầu vào" },
    { command: "antq danh-gia du-lieu.xlsx --nam 2024 --ra ket-qua.xlsx", description: "Đánh giá năm 2024" },
  ]),
);

/**
 * The Node services of `@effect/platform-node`'s `NodeServices.layer`, built from `@effect/platform-node-shared`
 * 4.0, whose engine range admits Node 20 (`@effect/platform-node` 4.1 needs Node ≥ 22.19 through undici 8, which
 * antq does not use).
 */
const nodeServices = Layer.provideMerge(
  NodeChildProcessSpawner.layer,
  Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeStdio.layer, NodeTerminal.layer),
);

const layers = Layer.mergeAll(
  nodeServices,
  CliOutput.layer(vietnameseFormatter),
  CliOutput.layerPresenter(vietnamesePresenter),
  CliConfig.layer({ builtIns: [GlobalFlag.Help, GlobalFlag.Version] }),
);

const program = Command.run(root, { version }).pipe(Effect.provide(layers));

const exitCodeOf = (exit: Exit.Exit<unknown, unknown>): number => {
  if (Exit.isSuccess(exit)) return ExitCode.Ok;
  const cause = exit.cause;
  const failure = Cause.findErrorOption(cause);
  if (failure._tag === "Some") {
    const error = failure.value;
    if (isAppError(error)) {
      process.stderr.write(`Lỗi: ${errorMessage(error)}\n`.normalize("NFC"));
      return error.exitCode;
    }
    if (CliError.isCliError(error)) {
      // Parse errors were already shown by the Vietnamese presenter.
      if (error._tag === "ShowHelp") return error.errors.length > 0 ? ExitCode.InvalidInput : ExitCode.Ok;
      return ExitCode.InvalidInput;
    }
  }
  if (Cause.hasInterruptsOnly(cause)) return 130;
  process.stderr.write(
    "Lỗi không mong đợi trong antq. Hãy chạy lại với biến môi trường ANTQ_DEBUG=1 và gửi thông báo lỗi cho nhóm phát triển.\n",
  );
  if (process.env.ANTQ_DEBUG) process.stderr.write(`${Cause.pretty(cause)}\n`);
  return ExitCode.Failure;
};

/** For benchmarks: `ANTQ_BAO_CAO_BO_NHO=1` prints the peak resident memory (KiB) on stderr at exit. */
if (process.env.ANTQ_BAO_CAO_BO_NHO) {
  process.on("exit", () => {
    process.stderr.write(`antq-max-rss-kib=${peakResidentKib()}\n`);
  });
}

Effect.runPromiseExit(program).then(
  (exit) => {
    process.exitCode = exitCodeOf(exit);
  },
  (error: unknown) => {
    process.stderr.write("Lỗi không mong đợi trong antq.\n");
    if (process.env.ANTQ_DEBUG) process.stderr.write(`${String(error)}\n`);
    process.exitCode = ExitCode.Failure;
  },
);
