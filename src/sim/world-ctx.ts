// Simulator: the shared context of one world (window, models, material, address pools) and the time
// helpers every population uses (local time of day, diurnal start times, day indices).
import type { Material } from './material/index.js';
import type { IpSpace } from './ip-space.js';
import type { Rng } from './rng.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MIN_MS = 60_000;

export interface Models {
  /** The flagship before the launch. */
  readonly current: string;
  /** A cheaper model used for simple traffic. */
  readonly small: string;
  /** The model launched on launchDay. */
  readonly next: string;
}

export interface WorldCtx {
  readonly seed: number;
  readonly scale: number;
  readonly scenario: string;
  readonly startMs: number;
  readonly days: number;
  readonly endMs: number;
  /** Time the new model becomes available (day ~20). */
  readonly launchMs: number;
  readonly models: Models;
  readonly material: Material;
  readonly ip: IpSpace;
  /** Root random stream of the world; populations fork it by name. */
  readonly rng: Rng;
}

/** UTC offsets (hours) by country, for local working hours and sleep. */
const TZ: Readonly<Record<string, number>> = {
  US: -6, CA: -5, MX: -6, BR: -3, AR: -3, CO: -5, GB: 0, IE: 0, DE: 1, FR: 1, NL: 1, ES: 1, IT: 1, PL: 1, SE: 1, CH: 1,
  UA: 2, TR: 3, RU: 3, AE: 4, IN: 5.5, SG: 8, HK: 8, TW: 8, CN: 8, MY: 8, PH: 8, ID: 7, VN: 7, TH: 7, JP: 9, KR: 9, AU: 10, NZ: 12,
  NG: 1, KE: 3, EG: 2, ZA: 2, IL: 2, PK: 5,
};

export function tzOffsetHours(country: string | undefined): number {
  return TZ[country ?? 'US'] ?? 0;
}

/** Human activity weight by local hour (low at night, peaks late morning and evening). */
const DIURNAL = [0.15, 0.08, 0.05, 0.04, 0.04, 0.07, 0.2, 0.45, 0.75, 0.95, 1, 1, 0.9, 0.95, 1, 0.95, 0.9, 0.85, 0.8, 0.85, 0.9, 0.8, 0.6, 0.35];
const OFFICE = [0, 0, 0, 0, 0, 0, 0.02, 0.15, 0.7, 1, 1, 0.9, 0.6, 0.9, 1, 1, 0.9, 0.6, 0.2, 0.08, 0.04, 0.02, 0, 0];

const DIURNAL_W = DIURNAL.map((x, i) => [i, x] as const);
const OFFICE_W = OFFICE.map((x, i) => [i, x] as const);

export type DayShape = 'diurnal' | 'office' | 'flat';

/** A start time within day `day` (0-based) following a local daily shape. */
export function startInDay(ctx: WorldCtx, rng: Rng, day: number, country: string | undefined, shape: DayShape): number {
  let hour: number;
  if (shape === 'flat') hour = rng.next() * 24;
  else {
    hour = rng.weighted(shape === 'office' ? OFFICE_W : DIURNAL_W) + rng.next();
  }
  // Local hour → UTC hour of the same UTC day (wrapping), so no start leaves the window or piles up at its edge.
  const utcHour = (((hour - tzOffsetHours(country)) % 24) + 24) % 24;
  return ctx.startMs + day * DAY_MS + utcHour * HOUR_MS;
}

/** Day of week of a day index in local time (0 = Sunday). */
export function weekday(ctx: WorldCtx, day: number): number {
  return new Date(ctx.startMs + day * DAY_MS + 12 * HOUR_MS).getUTCDay();
}

export function isWeekend(ctx: WorldCtx, day: number): boolean {
  const d = weekday(ctx, day);
  return d === 0 || d === 6;
}

/** Fraction of a population's traffic on the new model at time t (gradual adoption after launch). */
export function adoption(ctx: WorldCtx, t: number, eagerness: number): number {
  if (t < ctx.launchMs) return 0;
  const days = (t - ctx.launchMs) / DAY_MS;
  return Math.min(0.85, eagerness * (1 - Math.exp(-days / 4)));
}

export function pickModel(ctx: WorldCtx, rng: Rng, t: number, eagerness: number, smallShare = 0.1): string {
  if (rng.chance(adoption(ctx, t, eagerness))) return ctx.models.next;
  return rng.chance(smallShare) ? ctx.models.small : ctx.models.current;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
