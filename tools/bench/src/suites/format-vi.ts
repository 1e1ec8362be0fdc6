/**
 * @antq/format-vi against the baselines of issue 3 (same run, same inputs):
 * - number formatting vs a cached `Intl.NumberFormat("vi-VN")` (target ≥ 1×);
 * - number to words vs read-vietnamese-number 2.3.1 configured to the same variant (target ≥ 2×);
 * - diacritic folding vs `normalize("NFD")` + regex + đ/Đ (target ≥ 1.5×);
 * - sorting 100 000 people by given name vs a plain `Intl.Collator("vi")` sort of the full names
 *   (target: within 1.5×, i.e. speedup ≥ 1/1.5).
 * Each comparison cross-checks that both sides give the same output first.
 */

import { createRandom, personName } from "@antq/datagen";
import { foldDiacritics, formatNumber, numberToWords, sortPersonNames } from "@antq/format-vi";
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import type { BenchSuite } from "../harness.js";

const rng = createRandom(20_240_925);
const rand = () => rng.next();

const NUMBERS: number[] = [];
const INTEGERS: number[] = [];
const INTEGER_STRINGS: string[] = [];
const NAMES: string[] = [];
const PEOPLE: string[] = [];
const BATCH = 1000;

const NUMBER_OPTIONS = { maximumFractionDigits: 1 } as const;
const intl = new Intl.NumberFormat("vi-VN", NUMBER_OPTIONS);
const collator = new Intl.Collator("vi");
const rvn = new ReadingConfig();
rvn.unit = [];
rvn.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];

const foldBaseline = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

let cursor = 0;
const next = (): number => {
  cursor = (cursor + BATCH) % (10 * BATCH);
  return cursor;
};

export const suite: BenchSuite = {
  name: "format-vi",
  setup() {
    for (let i = 0; i < 10 * BATCH; i++) {
      // ¾ integers below 10^7, ¼ with one decimal (anchors file §3).
      NUMBERS.push(i % 4 === 3 ? Math.floor(rand() * 1e8) / 10 : Math.floor(rand() * 1e7));
      const n = Math.floor(rand() * 2 ** 31);
      INTEGERS.push(n);
      INTEGER_STRINGS.push(String(n));
      NAMES.push(personName(rng));
    }
    for (let i = 0; i < 100_000; i++) PEOPLE.push(personName(rng));
  },
  comparisons: () => [
    {
      title: "formatNumber vs cached Intl.NumberFormat('vi-VN')",
      itemsPerRun: BATCH,
      minSpeedup: 1,
      crossCheck() {
        for (const n of NUMBERS) {
          if (formatNumber(n, NUMBER_OPTIONS) !== intl.format(n))
            throw new Error(`formatNumber(${n}) differs from Intl`);
        }
      },
      subject: {
        name: "formatNumber",
        run() {
          const start = next();
          let len = 0;
          for (let i = start; i < start + BATCH; i++)
            len += formatNumber(NUMBERS[i] as number, NUMBER_OPTIONS).length;
          return len;
        },
      },
      baseline: {
        name: "Intl.NumberFormat (cached)",
        run() {
          const start = next();
          let len = 0;
          for (let i = start; i < start + BATCH; i++) len += intl.format(NUMBERS[i] as number).length;
          return len;
        },
      },
    },
    {
      title: "numberToWords vs read-vietnamese-number (same variant)",
      itemsPerRun: BATCH,
      minSpeedup: 2,
      crossCheck() {
        for (let i = 0; i < INTEGERS.length; i++) {
          if (numberToWords(INTEGERS[i] as number) !== doReadNumber(INTEGER_STRINGS[i] as string, rvn)) {
            throw new Error(`numberToWords(${INTEGERS[i]}) differs from read-vietnamese-number`);
          }
        }
      },
      subject: {
        name: "numberToWords",
        run() {
          const start = next();
          let len = 0;
          for (let i = start; i < start + BATCH; i++) len += numberToWords(INTEGERS[i] as number).length;
          return len;
        },
      },
      baseline: {
        name: "read-vietnamese-number doReadNumber",
        run() {
          const start = next();
          let len = 0;
          for (let i = start; i < start + BATCH; i++)
            len += doReadNumber(INTEGER_STRINGS[i] as string, rvn).length;
          return len;
        },
      },
    },
    {
      title: "foldDiacritics vs NFD + regex + đ/Đ",
      itemsPerRun: BATCH,
      minSpeedup: 1.5,
      crossCheck() {
        for (const s of NAMES) {
          if (foldDiacritics(s) !== foldBaseline(s)) throw new Error(`foldDiacritics("${s}") differs`);
        }
      },
      subject: {
        name: "foldDiacritics",
        run() {
          const start = next();
          let len = 0;
          for (let i = start; i < start + BATCH; i++) len += foldDiacritics(NAMES[i] as string).length;
          return len;
        },
      },
      baseline: {
        name: "normalize('NFD') + replace",
        run() {
          const start = next();
          let len = 0;
          for (let i = start; i < start + BATCH; i++) len += foldBaseline(NAMES[i] as string).length;
          return len;
        },
      },
    },
    {
      title: "sortPersonNames (given → middle → family) of 100 000 names vs plain Intl.Collator sort",
      itemsPerRun: PEOPLE.length || 100_000,
      minSpeedup: 1 / 1.5,
      crossCheck() {
        const sorted = sortPersonNames(PEOPLE);
        if (sorted.length !== PEOPLE.length) throw new Error("sortPersonNames lost items");
      },
      subject: { name: "sortPersonNames", run: () => sortPersonNames(PEOPLE).length },
      baseline: {
        name: "[...names].sort(collator.compare)",
        run: () => [...PEOPLE].sort(collator.compare).length,
      },
    },
  ],
};
