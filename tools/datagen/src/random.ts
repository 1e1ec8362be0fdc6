/**
 * A small, fast, seeded pseudo-random generator (sfc32 seeded through splitmix32), so every dataset is
 * reproducible from its seed on every platform. Not for cryptography.
 *
 * @example
 * ```ts
 * const rng = createRandom(2024);
 * rng.int(1, 6); // same value on every machine for seed 2024
 * ```
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: ReadonlyArray<T>): T;
  /** One element chosen with the given relative weights. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** A Poisson-distributed count with mean `lambda` (Knuth's method; fine for small means). */
  poisson(lambda: number): number;
}

const splitmix32 = (seed: number) => () => {
  seed = (seed + 0x9e3779b9) | 0;
  let z = seed;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

/**
 * Creates a {@link Random} from an integer seed.
 *
 * @example
 * ```ts
 * const rng = createRandom(7);
 * rng.pick(["Ấp 1", "Ấp 2"]);
 * ```
 */
export const createRandom = (seed: number): Random => {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick needs a non-empty list");
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, w] of items) {
        roll -= w;
        if (roll < 0) return item;
      }
      return (items[items.length - 1] as (typeof items)[number])[0];
    },
    poisson: (lambda) => {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
};
