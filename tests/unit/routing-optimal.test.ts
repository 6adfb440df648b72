import { describe, expect, it } from 'vitest';
import {
  haversineKm,
  heuristicRoute,
  measureRoute,
  planRoute,
} from '../../main/services/visits/routing';
import type { GeoPoint } from '../../main/services/visits/gazetteer';

/** The shortest open path from `start` through every stop, by trying every order (n <= 8). */
function bruteForce(start: GeoPoint | null, stops: readonly GeoPoint[]): number {
  let best = Infinity;
  const order: number[] = [];
  const used = new Set<number>();
  const walk = (length: number, last: GeoPoint | null): void => {
    if (length >= best) return;
    if (order.length === stops.length) {
      best = length;
      return;
    }
    for (let i = 0; i < stops.length; i += 1) {
      if (used.has(i)) continue;
      const p = stops[i] as GeoPoint;
      used.add(i);
      order.push(i);
      walk(length + (last ? haversineKm(last, p) : 0), p);
      order.pop();
      used.delete(i);
    }
  };
  walk(0, start);
  return best;
}

/** Deterministic pseudo-random points around Chengdu (mulberry32). */
function points(seed: number, n: number): GeoPoint[] {
  let a = seed;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => ({ lat: 30.4 + rand() * 0.6, lng: 103.8 + rand() * 0.6 }));
}

const HOME: GeoPoint = { lat: 30.66, lng: 104.07 };

describe('haversine', () => {
  it('matches known distances', () => {
    // Beijing Tiananmen -> Shanghai People's Square: ~1067 km great-circle.
    const km = haversineKm({ lat: 39.9087, lng: 116.3975 }, { lat: 31.2304, lng: 121.4737 });
    expect(km).toBeGreaterThan(1060);
    expect(km).toBeLessThan(1075);
    expect(haversineKm(HOME, HOME)).toBe(0);
  });
});

describe('planRoute (exact up to 12 stops)', () => {
  it('visits collinear stops in order from home, whatever order they came in', () => {
    const line = [3, 1, 4, 2, 5].map((k) => ({ lat: 30.66, lng: 104.07 + k * 0.05 }));
    const plan = planRoute(HOME, line);
    expect(plan.order.map((i) => line[i]?.lng)).toEqual(
      [1, 2, 3, 4, 5].map((k) => 104.07 + k * 0.05),
    );
  });

  it('undoes the crossing nearest neighbour makes on a known case', () => {
    // Nearest neighbour goes A, B then must cross back; the optimum sweeps the ring once.
    const ring = [0, 1, 2, 3, 4, 5, 6].map((k) => ({
      lat: 30.66 + 0.1 * Math.sin((k * 2 * Math.PI) / 7),
      lng: 104.07 + 0.1 * Math.cos((k * 2 * Math.PI) / 7),
    }));
    const plan = planRoute(ring[0] as GeoPoint, ring.slice(1));
    expect(plan.totalKm).toBeCloseTo(bruteForce(ring[0] as GeoPoint, ring.slice(1)), 6);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])(
    'finds the brute-force optimum for 8 stops from home (seed %i)',
    (seed) => {
      const stops = points(seed, 8);
      const plan = planRoute(HOME, stops);
      expect([...plan.order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(plan.totalKm).toBeCloseTo(bruteForce(HOME, stops), 6);
    },
  );

  it.each([21, 22, 23, 24])('finds the optimum without a start point (seed %i)', (seed) => {
    const stops = points(seed, 7);
    expect(planRoute(null, stops).totalKm).toBeCloseTo(bruteForce(null, stops), 6);
  });

  it('agrees with brute force at 12 stops on a day too big to brute-force in a test', () => {
    const stops = points(99, 12);
    const exact = planRoute(HOME, stops).totalKm;
    expect(exact).toBeLessThanOrEqual(heuristicRoute(HOME, stops).totalKm + 1e-9);
  });

  it('measures a given (manual) order leg by leg', () => {
    const stops = points(5, 4);
    const m = measureRoute(HOME, stops, [3, 2, 1, 0]);
    expect(m.order).toEqual([3, 2, 1, 0]);
    expect(m.legsKm[0]).toBeCloseTo(haversineKm(HOME, stops[3] as GeoPoint), 9);
    expect(m.totalKm).toBeCloseTo(
      m.legsKm.reduce((a, b) => a + b, 0),
      9,
    );
  });

  it('handles no stops and one stop', () => {
    expect(planRoute(HOME, [])).toEqual({ order: [], legsKm: [], totalKm: 0 });
    expect(planRoute(null, [HOME])).toEqual({ order: [0], legsKm: [0], totalKm: 0 });
  });
});

describe('heuristicRoute (nearest neighbour + 2-opt + or-opt, used above 12 stops)', () => {
  it('is optimal on known cases: a line and a ring', () => {
    const line = [3, 1, 4, 2, 5].map((k) => ({ lat: 30.66, lng: 104.07 + k * 0.05 }));
    expect(heuristicRoute(HOME, line).order.map((i) => line[i]?.lng)).toEqual(
      [1, 2, 3, 4, 5].map((k) => 104.07 + k * 0.05),
    );
    const ring = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => ({
      lat: 30.66 + 0.1 * Math.sin((k * 2 * Math.PI) / 8),
      lng: 104.07 + 0.1 * Math.cos((k * 2 * Math.PI) / 8),
    }));
    const start = ring[0] as GeoPoint;
    expect(heuristicRoute(start, ring.slice(1)).totalKm).toBeCloseTo(
      bruteForce(start, ring.slice(1)),
      6,
    );
  });

  it.each([1, 2, 3, 5, 6, 7, 8])('matches brute force on 8 random stops (seed %i)', (seed) => {
    const stops = points(seed, 8);
    expect(heuristicRoute(HOME, stops).totalKm).toBeCloseTo(bruteForce(HOME, stops), 6);
  });

  it('returns every stop exactly once on a 50-stop day', () => {
    const plan = heuristicRoute(HOME, points(42, 50));
    expect([...plan.order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
