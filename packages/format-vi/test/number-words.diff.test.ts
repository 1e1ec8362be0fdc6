/**
 * Differential test: numberToWords against read-vietnamese-number 2.3.1 (test oracle only), configured to
 * the same variant. The oracle's default config appends "đơn vị" (unit = []) and uses "tỉ" (units set to
 * tỷ); its thousands separator is a RegExp source, so "." must be passed as "\\." (anchors file, §1.1).
 */
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { describe, expect, it } from "vitest";
import { type NumberToWordsOptions, numberToWords } from "../src/index.js";
import { xorshift } from "./helpers.js";

function oracle(options: NumberToWordsOptions = {}): ReadingConfig {
  const c = new ReadingConfig();
  c.unit = [];
  c.units = [[], [options.thousand ?? "nghìn"], ["triệu"], [options.billion ?? "tỷ"]];
  c.oddText = options.odd ?? "lẻ";
  c.fourToneText = options.four ?? "tư";
  c.pointText = options.point ?? "phẩy";
  return c;
}

function firstMismatch(
  inputs: Iterable<[bigint | number, string]>,
  cfg: ReadingConfig,
  options?: NumberToWordsOptions,
) {
  let count = 0;
  for (const [value, text] of inputs) {
    count++;
    const ours = numberToWords(value, options);
    const theirs = doReadNumber(text, cfg);
    if (ours !== theirs) return { value: String(value), ours, theirs, count };
  }
  return { count };
}

function* range(from: number, to: number): Generator<[number, string]> {
  for (let n = from; n <= to; n++) yield [n, String(n)];
}

describe("numberToWords vs read-vietnamese-number", () => {
  it("agrees on every integer 0–100 000 (default variant: lẻ, nghìn, tư, tỷ)", () => {
    expect(firstMismatch(range(0, 100_000), oracle())).toEqual({ count: 100_001 });
  });

  it("agrees on every integer 0–100 000 with linh, ngàn, bốn, tỉ", () => {
    const options = { odd: "linh", thousand: "ngàn", four: "bốn", billion: "tỉ" } as const;
    expect(firstMismatch(range(0, 100_000), oracle(options), options)).toEqual({ count: 100_001 });
  });

  it("agrees on 1 000 000 seeded random integers up to 10^18 (bigint and number inputs)", () => {
    const rand = xorshift(20_240_925);
    const cfg = oracle();
    function* randoms(): Generator<[bigint | number, string]> {
      yield [10n ** 18n, "1000000000000000000"];
      for (let i = 0; i < 999_999; i++) {
        // Half uniform 18-digit numbers; half with 1–6 periods biased towards zero and one-digit periods
        // (zero periods, "không trăm", "lẻ").
        let s: string;
        if (i % 2 === 0) {
          s = String(Math.floor(rand() * 1e9)) + String(Math.floor(rand() * 1e9)).padStart(9, "0");
        } else {
          const periods = 1 + Math.floor(rand() * 6);
          s = "";
          for (let k = 0; k < periods; k++) {
            const r = rand();
            const v =
              r < 0.35
                ? 0
                : r < 0.55
                  ? Math.floor(rand() * 10)
                  : r < 0.65
                    ? Math.floor(rand() * 100)
                    : Math.floor(rand() * 1000);
            s += String(v).padStart(3, "0");
          }
        }
        s = s.replace(/^0+(?=\d)/, "");
        const big = BigInt(s);
        yield [big <= BigInt(Number.MAX_SAFE_INTEGER) && i % 3 === 0 ? Number(big) : big, s];
      }
    }
    expect(firstMismatch(randoms(), cfg)).toEqual({ count: 1_000_000 });
  }, 60_000);

  it("agrees on Vietnamese-formatted strings when the oracle's '.' is regex-escaped", () => {
    const cfg = oracle();
    cfg.thousandSign = "\\.";
    cfg.pointSign = ",";
    for (const s of ["1.454", "74.000", "1.100.000.000.000", "-1.454", "2.024"]) {
      expect(numberToWords(s)).toBe(doReadNumber(s, cfg));
    }
    // The oracle's own bug, kept visible: an unescaped "." deletes every character.
    const broken = oracle();
    broken.thousandSign = ".";
    broken.pointSign = ",";
    expect(doReadNumber("1.454", broken)).toBe("không");
    expect(numberToWords("1.454")).toBe("một nghìn bốn trăm năm mươi tư");
  });
});
