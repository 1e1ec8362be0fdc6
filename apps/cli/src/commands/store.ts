/**
 * `antq kho`: what the multi-year record holds (years, counts, imports), and the `--kho` flag and store
 * opening shared with `antq nhap`.
 */
import {
  isStoreError,
  type StoreError,
  storeSummary,
  storeSummaryDocument,
  storeSummaryLines,
} from "@antq/store";
import type { OpenStore } from "@antq/store/node";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError, UnavailableError } from "../errors.js";
import { COMMAND_HINTS, type Hints, withHint } from "../hints.js";
import { textFlag, withHelp } from "./define.js";
import { jsonFlag, printJson, printText } from "./shared.js";

/** `--kho`: a folder (embedded store) or a `postgres://` URL; default ANTQ_DATABASE_URL, then ~/.antq. */
export const storeFlag = textFlag(
  "kho",
  "Kho dữ liệu nhiều năm: thư mục (mặc định ~/.antq) hoặc địa chỉ máy chủ postgres://… (hoặc biến ANTQ_DATABASE_URL)",
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

/**
 * Maps a store error to the CLI's typed errors, its message followed by the hint of its code in `hints` (the
 * command that fixes it, which the store's front-end neutral message does not name); anything else is a defect.
 */
export const storeFailure = (e: unknown, hints: Hints = {}): InvalidInputError | UnavailableError => {
  if (e instanceof InvalidInputError) return e;
  if (!isStoreError(e)) throw e;
  const error = e as StoreError;
  const message = withHint(error.message, error.code, hints);
  return INPUT_CODES.has(error.code) ? new InvalidInputError({ message }) : new UnavailableError({ message });
};

/** Opens the store of `--kho`, runs `use`, closes it (also on failure); `hints`: see {@link storeFailure}. */
export const withStore = <A>(
  location: Option.Option<string>,
  use: (store: OpenStore) => Promise<A>,
  hints: Hints = {},
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
    catch: (e) => storeFailure(e, hints),
  });

export const storeCommand = Command.make("kho", { store: storeFlag, json: jsonFlag }, ({ store, json }) =>
  Effect.gen(function* () {
    const { summary, ...opened } = yield* withStore(store, async (s) => ({
      summary: await storeSummary(s.driver),
      where: s.displayLocation,
      engine: s.engine,
      schemaVersion: s.migration.version,
    }));
    const { where: location, engine, schemaVersion } = opened;
    // An empty store: the package names the import to do, the CLI its command.
    const importYear = COMMAND_HINTS.importAnyYear(Option.getOrUndefined(store));
    const lines = storeSummaryLines(summary, opened, { importYear });
    yield* json
      ? printJson(storeSummaryDocument(summary, { location, engine, schemaVersion }))
      : printText(lines.join("\n"));
  }),
).pipe(
  withHelp({
    alias: "store",
    description: "Xem kho dữ liệu nhiều năm: các năm đã nhập, số bản ghi, lịch sử nhập",
    examples: [
      ["antq kho", "Xem kho mặc định (~/.antq)"],
      ["antq kho --kho postgres://can-bo@may-chu/antq --json", "Kho dùng chung, kết quả JSON"],
    ],
  }),
);
