/**
 * Vietnamese sorting: letter order a ă â b c d đ e ê … and tone order (cached `Intl.Collator("vi")`),
 * tone-style-insensitive ("Hòa" and "Hoà" sort together), place names without their type prefix and with
 * numeric order, people by given name, then middle name(s), then family name.
 *
 * The sort functions compute each key once and rank the distinct keys with the collator, so sorting
 * 100 000 people costs about as much as one plain collator sort.
 */
import { splitAdminUnitName } from "./admin-unit.js";
import { assertString } from "./internal/result.js";
import { normalizeToneStyle } from "./tone.js";

let viCollator: Intl.Collator | undefined;
let numericCollator: Intl.Collator | undefined;

function collator(): Intl.Collator {
  viCollator ??= new Intl.Collator("vi");
  return viCollator;
}
function numeric(): Intl.Collator {
  numericCollator ??= new Intl.Collator("vi", { numeric: true });
  return numericCollator;
}

/**
 * Compares two strings in Vietnamese dictionary order (cached `Intl.Collator("vi")`).
 *
 * @example
 * ["Đức", "Dũng", "Ân", "An"].sort(compareVietnamese); //=> ["An", "Ân", "Dũng", "Đức"]
 */
export function compareVietnamese(a: string, b: string): number {
  return collator().compare(a, b);
}

/**
 * Projects an item to the string it is sorted by.
 *
 * @example
 * const byName: SortKey<{ fullName: string }> = (o) => o.fullName;
 * sortVietnamese([{ fullName: "Đỗ An" }, { fullName: "Bùi Lan" }], byName).map(byName); //=> ["Bùi Lan", "Đỗ An"]
 */
export type SortKey<T> = (item: T) => string;

const identity = (x: unknown) => x as string;

/**
 * Ranks the distinct values of `keys` with `compare`; equal values get the same rank.
 * Returns one rank per input key.
 */
function rank(
  keys: readonly string[],
  compare: (a: string, b: string) => number,
  normalize: boolean,
): Int32Array {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const idOf = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    let id = ids.get(k);
    if (id === undefined) {
      id = distinct.length;
      ids.set(k, id);
      distinct.push(k);
    }
    idOf[i] = id;
  }
  const norm = normalize ? distinct.map((d) => normalizeToneStyle(d, "new")) : distinct;
  const order = distinct.map((_, i) => i);
  order.sort((x, y) => compare(norm[x] as string, norm[y] as string));
  const rankOf = new Int32Array(distinct.length);
  let r = 0;
  for (let i = 0; i < order.length; i++) {
    const cur = order[i] as number;
    if (i > 0 && compare(norm[order[i - 1] as number] as string, norm[cur] as string) !== 0) r++;
    rankOf[cur] = r;
  }
  for (let i = 0; i < idOf.length; i++) idOf[i] = rankOf[idOf[i] as number] as number;
  return idOf;
}

function sortByRanks<T>(items: readonly T[], ranks: readonly Int32Array[]): T[] {
  const n = items.length;
  // Combine the ranks into one number per item when it fits exactly in a double.
  let capacity = 1;
  const bases: number[] = [];
  for (const r of ranks) {
    let max = 0;
    for (let i = 0; i < n; i++) if ((r[i] as number) > max) max = r[i] as number;
    bases.push(max + 1);
    capacity *= max + 1;
  }
  const index = new Array<number>(n);
  for (let i = 0; i < n; i++) index[i] = i;
  if (capacity <= Number.MAX_SAFE_INTEGER) {
    const composite = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < ranks.length; j++)
        v = v * (bases[j] as number) + ((ranks[j] as Int32Array)[i] as number);
      composite[i] = v;
    }
    index.sort((a, b) => (composite[a] as number) - (composite[b] as number) || a - b);
  } else {
    index.sort((a, b) => {
      for (const r of ranks) {
        const d = (r[a] as number) - (r[b] as number);
        if (d !== 0) return d;
      }
      return a - b;
    });
  }
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = items[index[i] as number] as T;
  return out;
}

function keysOf<T>(items: readonly T[], key: SortKey<T> | undefined, fn: string): string[] {
  if (!Array.isArray(items)) throw new TypeError(`${fn}: expected an array`);
  const k = key ?? (identity as SortKey<T>);
  const out = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = k(items[i] as T);
    if (typeof v !== "string") throw new TypeError(`${fn}: the sort key must be a string`);
    out[i] = v;
  }
  return out;
}

/**
 * Returns a new array sorted in Vietnamese order; the tone-placement style is ignored ("Hòa" and "Hoà"
 * sort together) and equal keys keep their input order.
 *
 * @example
 * sortVietnamese(["Ước", "Anh", "Ăn", "Bảo", "Đông"]); //=> ["Anh", "Ăn", "Bảo", "Đông", "Ước"]
 * const units = [{ name: "Ấp Hòa Lợi" }, { name: "Ấp Bình Hoà" }];
 * sortVietnamese(units, (u) => u.name).map((u) => u.name); //=> ["Ấp Bình Hoà", "Ấp Hòa Lợi"]
 */
export function sortVietnamese<T>(items: readonly T[], key?: SortKey<T>): T[] {
  const keys = keysOf(items, key, "sortVietnamese");
  return sortByRanks(items, [rank(keys, collator().compare, true)]);
}

/**
 * Compares place names ignoring their type prefix ("Xã", "Phường", "TP.", …), with numbers in numeric order
 * ("Phường 2" before "Phường 10"); the prefix only breaks ties.
 *
 * @example
 * ["Phường 10", "Xã An Bình", "Phường 2"].sort(comparePlaceNames); //=> ["Phường 2", "Phường 10", "Xã An Bình"]
 */
export function comparePlaceNames(a: string, b: string): number {
  assertString(a, "a");
  assertString(b, "b");
  const na = normalizeToneStyle(splitAdminUnitName(a).name, "new");
  const nb = normalizeToneStyle(splitAdminUnitName(b).name, "new");
  return numeric().compare(na, nb) || numeric().compare(a, b);
}

/**
 * Returns a new array of places sorted by name without the type prefix, numbers in numeric order.
 *
 * @example
 * sortPlaceNames(["Thành phố Cần Thơ", "Tỉnh An Giang", "Phường 10", "Phường 2"]);
 * //=> ["Phường 2", "Phường 10", "Tỉnh An Giang", "Thành phố Cần Thơ"]
 */
export function sortPlaceNames<T>(items: readonly T[], key?: SortKey<T>): T[] {
  const keys = keysOf(items, key, "sortPlaceNames");
  const names = keys.map((k) => splitAdminUnitName(k).name);
  const cmp = numeric().compare;
  return sortByRanks(items, [rank(names, cmp, true), rank(keys, cmp, false)]);
}

/**
 * A Vietnamese personal name split into its parts.
 *
 * @example
 * splitPersonName("Nguyễn Thị Minh Khai"); //=> { family: "Nguyễn", middle: "Thị Minh", given: "Khai" }
 */
export interface PersonName {
  /** Họ: "Nguyễn". */
  readonly family: string;
  /** Tên đệm (may be empty or several syllables): "Thị Minh". */
  readonly middle: string;
  /** Tên: "Khai". */
  readonly given: string;
}

/**
 * Splits a full name: the first word is the family name, the last the given name, the rest the middle name.
 * A one-word name is a given name.
 *
 * @example
 * splitPersonName("Nguyễn Thị Minh Khai"); //=> { family: "Nguyễn", middle: "Thị Minh", given: "Khai" }
 * splitPersonName("Tô Lâm"); //=> { family: "Tô", middle: "", given: "Lâm" }
 */
export function splitPersonName(fullName: string): PersonName {
  assertString(fullName, "fullName");
  const s = fullName.trim();
  const first = s.indexOf(" ");
  if (first < 0) return { family: "", middle: "", given: s };
  const last = s.lastIndexOf(" ");
  const family = s.slice(0, first);
  const given = s.slice(last + 1);
  const middle = first === last ? "" : s.slice(first + 1, last).trim();
  if (/\s{2,}|[\t\n\u00a0]/u.test(middle) || given === "") {
    const parts = s.split(/[\s\u00a0]+/u);
    return {
      family: parts.length > 1 ? (parts[0] as string) : "",
      middle: parts.slice(1, -1).join(" "),
      given: parts.at(-1) as string,
    };
  }
  return { family, middle, given };
}

/**
 * Compares two full names the way Vietnamese lists are ordered: by given name, then middle name(s), then
 * family name (tone style ignored).
 *
 * @example
 * ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An"].sort(comparePersonNames);
 * //=> ["Nguyễn Thị An", "Lê Văn An", "Trần Văn Bình"]
 */
export function comparePersonNames(a: string, b: string): number {
  const pa = splitPersonName(a);
  const pb = splitPersonName(b);
  const c = collator().compare;
  const n = (s: string) => normalizeToneStyle(s, "new");
  return (
    c(n(pa.given), n(pb.given)) || c(n(pa.middle), n(pb.middle)) || c(n(pa.family), n(pb.family)) || c(a, b)
  );
}

/**
 * Returns a new array of people sorted by given name, then middle name(s), then family name; stable.
 * Each name is split once and the distinct parts are ranked once, so this is faster than a plain
 * `Intl.Collator` sort of the full names. The key function may return a full name (split with
 * {@link splitPersonName}) or an already split {@link PersonName}, for data that stores họ and tên apart
 * or for names the simple split gets wrong (two-syllable given names, foreign names).
 *
 * @example
 * sortPersonNames(["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An"]);
 * //=> ["Nguyễn Thị An", "Lê Văn An", "Trần Văn Bình"]
 * const officers = [
 *   { fullName: "Phạm Ngọc Lan", ho: "Phạm", dem: "Ngọc", ten: "Lan" },
 *   { fullName: "Lê Thị Bảo Trâm", ho: "Lê", dem: "Thị", ten: "Bảo Trâm" },
 * ];
 * sortPersonNames(officers, (o) => o.fullName).map((o) => o.ten); //=> ["Lan", "Bảo Trâm"]
 * sortPersonNames(officers, (o) => ({ family: o.ho, middle: o.dem, given: o.ten })).map((o) => o.ten);
 * //=> ["Bảo Trâm", "Lan"]
 */
export function sortPersonNames<T>(items: readonly T[], key?: (item: T) => string | PersonName): T[] {
  if (!Array.isArray(items)) throw new TypeError("sortPersonNames: expected an array");
  const n = items.length;
  const given = new Array<string>(n);
  const middle = new Array<string>(n);
  const family = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const k: unknown = key === undefined ? items[i] : key(items[i] as T);
    let p: PersonName;
    if (typeof k === "string") p = splitPersonName(k);
    else if (
      k !== null &&
      typeof k === "object" &&
      typeof (k as PersonName).family === "string" &&
      typeof (k as PersonName).middle === "string" &&
      typeof (k as PersonName).given === "string"
    ) {
      p = k as PersonName;
    } else {
      throw new TypeError(
        "sortPersonNames: the key must be a full name or a { family, middle, given } object",
      );
    }
    given[i] = p.given;
    middle[i] = p.middle;
    family[i] = p.family;
  }
  const cmp = collator().compare;
  return sortByRanks(items, [rank(given, cmp, true), rank(middle, cmp, true), rank(family, cmp, true)]);
}
