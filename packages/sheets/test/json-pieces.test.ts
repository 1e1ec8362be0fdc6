/**
 * `jsonPieces` and `lazyList`: a result document of Tiền Giang's communes, with lazy lists at every depth, comes
 * out byte for byte as `JSON.stringify(value, null, 2)`, in pieces (one per commune entry, never one string).
 */
import { describe, expect, it } from "vitest";
import { jsonPieces, lazyList } from "../src/index.js";

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

describe("jsonPieces", () => {
  it("gives exactly what JSON.stringify(value, null, 2) gives, lazy lists included", () => {
    const document = {
      tieuDe: 'KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024',
      nam: 2024,
      boQuyTac: { ma: "an-toan-antt", goi: [{ name: "@antq/rules", version: "0.1.0" }] },
      cachHieu: {},
      rong: [],
      boQua: undefined,
      ham: () => 1,
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
    const pieces = [...jsonPieces(document)];
    expect(pieces.join("")).toBe(JSON.stringify(document, null, 2));
    // One piece per commune at least: the 3 000 communes are never one string.
    expect(pieces.length).toBeGreaterThan(6_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1_000);
  });

  it("renders values without lazy lists as JSON.stringify does, top-level ones included", () => {
    for (const value of [null, 0, "Xã Tân Phước", [], {}, [1, [2, { a: "b" }]], undefined])
      expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2) ?? "null");
  });

  it("walks a lazy list each time it is written", () => {
    const list = lazyList(communes(3));
    expect([...jsonPieces(list)].join("")).toBe([...jsonPieces(list)].join(""));
    expect(JSON.parse([...jsonPieces(list)].join(""))).toHaveLength(3);
  });
});
