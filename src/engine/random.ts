/**
 * A small seeded pseudo-random generator for the engines. Simulations and
 * tie-breaks must replay exactly for a given seed, so engine code never calls
 * Math.random(); it asks a `Random` made here from a string seed.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator), seeded from the string with cyrb128, a 128-bit string hash. Both
 * are tiny, fast and good enough for simulation; neither is cryptographic.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [min, max], both ends included. */
  intBetween(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks items[i] with probability weights[i] / sum(weights). */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  normal(mean?: number, sd?: number): number;
  /** exp(normal(mu, sigma)): mu and sigma are of the underlying normal. */
  lognormal(mu: number, sigma: number): number;
  poisson(lambda: number): number;
  /**
   * An independent generator derived from this one's seed and a label, so a
   * sub-stream (one lead, one person) does not shift when other draws change.
   */
  fork(label: string): Random;
}

/** cyrb128: four 32-bit words from a string, well mixed. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(seedWords: [number, number, number, number]): () => number {
  let [a, b, c, d] = seedWords;
  const step = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs still carry the hash's structure; discard them.
  for (let i = 0; i < 15; i++) step();
  return step;
}

export function createRandom(seed: string): Random {
  const next = sfc32(cyrb128(seed));
  // Box–Muller yields normals in pairs; keep the spare for the next call.
  let spareNormal: number | undefined;

  const standardNormal = (): number => {
    if (spareNormal !== undefined) {
      const z = spareNormal;
      spareNormal = undefined;
      return z;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };

  const random: Random = {
    next,
    int(n) {
      if (!(n >= 1)) throw new RangeError(`int(n) needs n >= 1, got ${n}`);
      return Math.floor(next() * Math.floor(n));
    },
    intBetween(min, max) {
      return min + random.int(max - min + 1);
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[random.int(items.length)] as (typeof items)[number];
    },
    weightedPick(items, weights) {
      if (items.length === 0 || items.length !== weights.length) {
        throw new RangeError('weightedPick() needs as many positive weights as items');
      }
      let total = 0;
      for (const w of weights) {
        if (!(w >= 0)) throw new RangeError(`weightedPick() weight must be >= 0, got ${w}`);
        total += w;
      }
      if (total === 0) return random.pick(items);
      let target = next() * total;
      for (let i = 0; i < items.length; i++) {
        target -= weights[i] ?? 0;
        if (target < 0) return items[i] as (typeof items)[number];
      }
      // Rounding can leave a sliver of the total unspent: give it to the last positive weight.
      for (let i = items.length - 1; i >= 0; i--) {
        if ((weights[i] ?? 0) > 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      return out;
    },
    normal(mean = 0, sd = 1) {
      return mean + sd * standardNormal();
    },
    lognormal(mu, sigma) {
      return Math.exp(mu + sigma * standardNormal());
    },
    poisson(lambda) {
      if (!(lambda >= 0)) throw new RangeError(`poisson() needs lambda >= 0, got ${lambda}`);
      if (lambda > 60) {
        // Knuth's method underflows for large means; the normal approximation is close there.
        return Math.max(0, Math.round(random.normal(lambda, Math.sqrt(lambda))));
      }
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    fork(label) {
      return createRandom(`${seed}\u0000${label}`);
    },
  };
  return random;
}
