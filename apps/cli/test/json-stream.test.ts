import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { lazyList } from "@antq/sheets";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { atomicWriteJson, writeJson } from "../src/io/json-stream.js";
import { tempDir } from "./helpers/run.js";

/** A writable that keeps what it receives and asks for a drain every few pieces. */
const collector = () => {
  const pieces: string[] = [];
  let writes = 0;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      pieces.push(chunk.toString("utf8"));
      writes++;
      setImmediate(done);
    },
  });
  return { stream, text: () => pieces.join(""), writes: () => writes };
};

const communes = (n: number) =>
  function* () {
    for (let i = 0; i < n; i++) {
      yield {
        maXa: `X${String(i).padStart(5, "0")}`,
        tenXa: i % 2 ? "Phường Bình Phục Nhứt" : "Xã Tân Phước",
        ketQuaXa: i % 3 ? "dat" : null,
        dat: i,
        tyLe: `${i}/15 đạt (${((i / 15) * 100).toFixed(1).replace(".", ",")}%)`,
        theoLoai: i % 4 ? { "residential-area": { dat: 1, total: 2 } } : {},
      };
    }
  };

describe("writeJson", () => {
  it("writes exactly what JSON.stringify(value, null, 2) gives, lazy lists included", async () => {
    const document = {
      tieuDe: 'KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024',
      nam: 2024,
      boQuyTac: { ma: "an-toan-antt", goi: [{ name: "@antq/rules", version: "0.1.0" }] },
      cachHieu: {},
      rong: [],
      boQua: undefined,
      ngay: new Date(Date.UTC(2024, 10, 15)),
      ghiChu: "dòng một\ndòng hai",
      lanLuot: [1, undefined, "ba", null, { a: [] }],
      tongHop: { theoXa: lazyList(communes(3_000)), trong: lazyList(communes(0)) },
      // Lazy lists inside arrays and inside the items of a lazy list.
      mang: [lazyList(communes(2)), { x: lazyList(communes(1)) }, "cuối"],
      long: lazyList(function* () {
        yield { ten: "ngoài", trong: lazyList(communes(2)) };
        yield undefined;
      }),
    };
    const out = collector();
    await writeJson(out.stream, document, 64 * 1024);
    expect(out.text()).toBe(JSON.stringify(document, null, 2));
    // Large enough to be written in several pieces, never as one string.
    expect(out.writes()).toBeGreaterThan(3);
  });

  it("writes a JSON file atomically with a final newline", async () => {
    const dir = tempDir();
    const target = join(dir, "ket-qua.json");
    const document = { theoXa: lazyList(communes(10)) };
    await Effect.runPromise(atomicWriteJson(target, document));
    expect(readFileSync(target, "utf8")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });
});
