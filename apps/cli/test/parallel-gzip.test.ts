import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { nodeGzip } from "../src/io/parallel-gzip.js";

/** Runs bytes through the compressor in pieces of the given sizes, waiting when it asks to. */
const compress = async (input: Uint8Array, pieces: readonly number[]) => {
  const gzip = nodeGzip();
  const out: Uint8Array[] = [];
  let ended = 0;
  const finished = new Promise<void>((resolve) => {
    gzip.ondata = (data, final) => {
      expect(ended).toBe(0);
      out.push(data.slice());
      if (final) {
        ended++;
        resolve();
      }
    };
  });
  let at = 0;
  for (let i = 0; at < input.length; i++) {
    const n = pieces[i % pieces.length] as number;
    const next = Math.min(input.length, at + n);
    gzip.push(input.subarray(at, next), next === input.length);
    at = next;
    await gzip.ready?.();
  }
  if (input.length === 0) gzip.push(input, true);
  await finished;
  return Buffer.concat(out);
};

/** Sheet XML as the result workbook writes it: repetitive, with Vietnamese text. */
const sheetXml = (rows: number) => {
  let xml = "";
  for (let r = 1; r <= rows; r++)
    xml += `<row r="${r}"><c r="A${r}" s="1" t="str"><v>KDC-28000-${r}</v></c><c r="B${r}" s="1" t="str"><v>Ấp ${r % 37} xã Tân Phước</v></c><c r="C${r}" s="1" t="str"><v>${r % 3 ? "đạt" : "chưa đạt"}</v></c></row>`;
  return new TextEncoder().encode(xml);
};

describe("nodeGzip (blocks deflated on several threads)", () => {
  it("gives the bytes back through gunzip, across block boundaries and odd piece sizes", async () => {
    const input = sheetXml(40_000); // about 5 MiB: five blocks and a part
    expect(input.length).toBeGreaterThan(5 * 1024 * 1024);
    const gz = await compress(input, [65_536, 1_000_003, 7]);
    expect(Buffer.compare(gunzipSync(gz), Buffer.from(input))).toBe(0);
    // Each block deflated with the one before as its dictionary: about as small as one deflate.
    expect(gz.length).toBeLessThan(input.length / 10);
  });

  it("handles input that ends on a block boundary, one small piece, and nothing at all", async () => {
    const exact = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    expect(Buffer.compare(gunzipSync(await compress(exact, [1024 * 1024])), Buffer.from(exact))).toBe(0);
    const small = new TextEncoder().encode("<c>Xã Tân Phước</c>");
    expect(gunzipSync(await compress(small, [small.length])).toString("utf8")).toBe("<c>Xã Tân Phước</c>");
    expect(gunzipSync(await compress(new Uint8Array(0), [1])).length).toBe(0);
  });
});
