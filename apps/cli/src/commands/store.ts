/**
 * `antq kho`: what the multi-year record holds (years, counts, imports), and the `--kho` flag and store
 * opening shared with `antq nhap`.
 */
import { isStoreError, type StoreError, storeSummary } from "@antq/store";
import type { OpenStore } from "@antq/store/node";
import { Effect, Option } from "effect";
import { Command, Flag } from "effect/cli";
import { InvalidInputError, UnavailableError } from "../errors.js";
import { formatNumber } from "../format.js";
import { jsonFlag, printJson, printText } from "./shared.js";

/** `--kho`: a folder (embedded store) or a `postgres://` URL; default ANTQ_DATABASE_URL, then ~/.antq. */
export const storeFlag = Flag.String("kho").pipe(
  Flag.withDescription(
    "Kho dữ liệu nhiều năm: thư mục (mặc định ~/.antq) hoặc địa chỉ máy chủ postgres://… (hoặc biến ANTQ_DATABASE_URL)",
  ),
  Flag.optional,
);

/**
 * Store errors the officer can fix by changing the command, the data or the store named (exit 2): the data
 * refused, and a store that cannot be opened (held by another process, named by the message; newer than this
 * antq; changed by hand; a server that does not answer). The rest are run-time failures (exit 1).
 */
const INPUT_CODES = new Set([
  "YEAR_EXISTS",
  "YEAR_MISSING",
  "INVALID_INPUT",
  "CONSTRAINT_VIOLATION",
  "STORE_LOCKED",
  "STORE_TOO_NEW",
  "MIGRATION_DRIFT",
  "CONNECTION_FAILED",
]);

/** Maps a store error to the CLI's typed errors; anything else is a defect. */
export const storeFailure = (e: unknown): InvalidInputError | UnavailableError => {
  if (e instanceof InvalidInputError) return e;
  if (!isStoreError(e)) throw e;
  const error = e as StoreError;
  return INPUT_CODES.has(error.code)
    ? new InvalidInputError({ message: error.message })
    : new UnavailableError({ message: error.message });
};

/** Opens the store of `--kho`, runs `use`, closes it (also on failure). */
export const withStore = <A>(
  location: Option.Option<string>,
  use: (store: OpenStore) => Promise<A>,
): Effect.Effect<A, InvalidInputError | UnavailableError> =>
  Effect.tryPromise({
    try: async () => {
      // Loaded on use: PGlite and pg are not needed by the other commands.
      const { openStore } = await import("@antq/store/node");
      const where = Option.getOrUndefined(location);
      const store = await openStore(where).catch((e: unknown) => {
        // A folder that cannot be created or read (permissions, a file in the way): the officer's to fix.
        const code = (e as NodeJS.ErrnoException | undefined)?.code;
        if (isStoreError(e) || typeof code !== "string" || !/^E[A-Z]+$/.test(code)) throw e;
        throw new InvalidInputError({
          message: `Không mở được kho dữ liệu ${where ?? "mặc định (~/.antq)"}: ${(e as Error).message}.`,
        });
      });
      try {
        return await use(store);
      } finally {
        await store.close();
      }
    },
    catch: storeFailure,
  });

const time = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");

export const storeCommand = Command.make("kho", { store: storeFlag, json: jsonFlag }, ({ store, json }) =>
  Effect.gen(function* () {
    const { summary, where, engine, version } = yield* withStore(store, async (s) => ({
      summary: await storeSummary(s.driver),
      where: s.displayLocation,
      engine: s.engine,
      version: s.migration.version,
    }));
    if (json) {
      yield* printJson({ ...summary, location: where, engine, schemaVersion: version });
      return;
    }
    const lines = [
      `Kho dữ liệu: ${where} (${engine === "pglite" ? "lưu trên máy" : "máy chủ PostgreSQL"}, lược đồ ${version})`,
    ];
    if (summary.years.length === 0)
      lines.push("Kho chưa có dữ liệu năm nào. Nhập dữ liệu: antq nhap <tệp> --nam <năm>");
    else {
      lines.push(`Có dữ liệu ${formatNumber(summary.years.length)} năm:`);
      for (const y of summary.years) {
        const c = y.import.counts;
        lines.push(
          `  • Năm ${y.year}: ${formatNumber(c.units ?? 0)} đơn vị, ${formatNumber(c.annualFacts ?? 0)} bản dữ kiện, ${formatNumber(c.models ?? 0)} mô hình, ${formatNumber(c.securityTeams ?? 0)} tổ bảo vệ ANTT, ${formatNumber(c.activities ?? 0)} hoạt động, ${formatNumber(c.awards ?? 0)} khen thưởng; ${formatNumber(y.assessmentRuns)} lần đánh giá. Nhập lúc ${time(y.import.importedAt)} bởi ${y.import.importedBy}${y.import.fileName ? ` từ tệp ${y.import.fileName}` : ""}${y.import.replaced ? " (thay thế lần nhập trước)" : ""}.`,
        );
      }
    }
    lines.push(`Lịch sử: ${formatNumber(summary.imports.length)} lần nhập.`);
    yield* printText(lines.join("\n"));
  }),
).pipe(
  Command.withAlias("store"),
  Command.withDescription("Xem kho dữ liệu nhiều năm: các năm đã nhập, số bản ghi, lịch sử nhập"),
  Command.withExamples([
    { command: "antq kho", description: "Xem kho mặc định (~/.antq)" },
    {
      command: "antq kho --kho postgres://can-bo@may-chu/antq --json",
      description: "Kho dùng chung, kết quả JSON",
    },
  ]),
);
