/**
 * Gzip for the streamed result workbooks, compressed on several threads of libuv's pool at once: the input is
 * cut into blocks of 1 MiB, each deflated on its own (with the 32 KiB before it as its dictionary, as pigz does,
 * so the output is hardly larger than one deflate's) and ended with a sync flush, the last one with a finish;
 * the pieces are handed on in order, between the gzip header and its trailer (CRC-32 and size). One deflate at
 * level 6 could not keep up with the rows of a 100 000-unit result: the main thread waited on it for 40 % of the
 * time of writing the workbook.
 */
import { constants, crc32, deflateRaw } from "node:zlib";
import type { GzipStream } from "@antq/sheets/xlsx";

/** Uncompressed bytes per block. */
const BLOCK = 1024 * 1024;
/** The window deflate can refer back to: the dictionary of a block is this much of what came before it. */
const WINDOW = 32 * 1024;
/** Blocks compressed at once before the writer is asked to wait. */
const IN_FLIGHT = 4;
/** Gzip header: magic, deflate, no flags, no time, no extra flags, unknown OS. */
const HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255);

const deflateBlock = (block: Uint8Array, dictionary: Uint8Array | undefined, final: boolean) =>
  new Promise<Uint8Array>((resolve, reject) => {
    deflateRaw(
      block,
      {
        level: 6,
        finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
        ...(dictionary ? { dictionary } : {}),
      },
      (error, output) => (error ? reject(error) : resolve(output)),
    );
  });

/**
 * A {@link GzipStream} that deflates blocks on several threads at once; `ready()` is pending while
 * {@link IN_FLIGHT} blocks are being compressed.
 *
 * @example
 * ```ts
 * await writeAssessmentWorkbook(output, { ...options, gzip: nodeGzip });
 * ```
 */
export const nodeGzip = (): GzipStream => {
  let block = new Uint8Array(BLOCK);
  let used = 0;
  let crc = 0;
  let size = 0;
  let previous: Uint8Array | undefined;
  let headerSent = false;
  /** Blocks in compression, in order; each hands its output on once those before it have. */
  let tail: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let waiting: { promise: Promise<void>; resolve: () => void } | undefined;

  const stream: GzipStream = {
    push(data, final) {
      let at = 0;
      while (at < data.length) {
        const n = Math.min(BLOCK - used, data.length - at);
        block.set(data.subarray(at, at + n), used);
        used += n;
        at += n;
        if (used === BLOCK && (at < data.length || !final)) submit(false);
      }
      if (final) submit(true);
    },
    ready: () => waiting?.promise,
  };

  const emit = (chunk: Uint8Array, final: boolean) => stream.ondata?.(chunk, final);

  const submit = (final: boolean): void => {
    const input = block.subarray(0, used);
    crc = crc32(input, crc);
    size = (size + used) >>> 0;
    const compressed = deflateBlock(input, previous, final);
    previous = input.length >= WINDOW ? input.subarray(input.length - WINDOW) : undefined;
    block = new Uint8Array(BLOCK);
    used = 0;
    inFlight++;
    if (inFlight >= IN_FLIGHT && !waiting) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => {
        resolve = done;
      });
      waiting = { promise, resolve };
    }
    const trailer = final ? trailerOf(crc, size) : undefined;
    // A deflate of bytes in memory fails only when memory runs out: the rejection ends the process, as an
    // error of zlib's stream would, and the output file is never renamed into place.
    tail = tail.then(async () => {
      const output = await compressed;
      if (!headerSent) {
        headerSent = true;
        emit(HEADER, false);
      }
      emit(output, false);
      inFlight--;
      if (waiting && inFlight < IN_FLIGHT) {
        waiting.resolve();
        waiting = undefined;
      }
      if (trailer) {
        emit(trailer, false);
        emit(new Uint8Array(0), true);
      }
    });
  };

  return stream;
};

/** The gzip trailer: CRC-32 and the input size modulo 2³², little-endian. */
const trailerOf = (crc: number, size: number): Uint8Array => {
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc >>> 0, true);
  view.setUint32(4, size, true);
  return trailer;
};
