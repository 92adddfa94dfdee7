import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { createLinkIndex, DEFAULT_GATE_OPTIONS, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import { headTurnover, turnoverOf } from '../../src/link/turnover.js';
import { createWorld, addBenign, HOUR, T0, uniqueTemplate, type WorldBuilder } from './world.js';

const DAY = 24 * HOUR;
/** Share of a member's requests drawn from the group's pool (the rest is its own work). */
const POOL_SHARE = 0.4;

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

function homeIp(w: WorldBuilder): string {
  return `${90 + w.int(60)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`;
}

/** Exchanges of one account over [fromDay, toDay), `perDay` a day at ordinary daytime hours, items drawn from `pool` (share `poolShare`) or its own. */
function work(w: WorldBuilder, id: AccountId, fromDay: number, toDay: number, perDay: number, pool: readonly number[], poolShare: number, ip: string, hours: readonly [number, number] = [8, 14]): void {
  for (let day = fromDay; day < toDay; day++) {
    const n = Math.max(1, Math.round(perDay * (0.6 + 0.8 * w.rng())));
    for (let k = 0; k < n; k++) {
      const t = T0 + day * DAY + (hours[0] + hours[1] * w.rng()) * HOUR;
      w.ex({ account: id, tMs: t, ip, asn: 1000 + w.int(40), ua: 'Mozilla/5.0 (Windows NT 10.0)', templateId: w.rng() < poolShare ? w.pick(pool) : uniqueTemplate(), elicitation: 0.03, capability: w.int(9) });
    }
  }
}

/**
 * A camouflaged relay: `slots` concurrent heads over `days`, each slot a chain of `chain` accounts used
 * one after another; every head looks like a customer (own home address, daytime hours, plain asks,
 * a benign score) and carries the same load, sending a slice of one pool of rare items.
 */
function addRelay(w: WorldBuilder, opts: { slots: number; chain: number; days: number; perDay?: number; rateSpread?: number; pool?: number; name?: string; hours?: readonly [number, number] }): AccountId[] & { pool: number[] } {
  const pool = Array.from({ length: opts.pool ?? 250 }, () => uniqueTemplate());
  const out: AccountId[] = [];
  const life = opts.days / opts.chain;
  for (let s = 0; s < opts.slots; s++)
    for (let c = 0; c < opts.chain; c++) {
      const id = w.account(`${opts.name ?? 'relay'}-${s}-${c}`, opts.name ?? 'relay', 0.01 + 0.01 * w.rng(), { email_domain: 'gmail.com' });
      const rate = (opts.perDay ?? 25) * Math.exp((opts.rateSpread ?? 0) * (w.rng() * 2 - 1) * 1.7);
      work(w, id, Math.round(c * life), Math.round((c + 1) * life), rate, pool, POOL_SHARE, homeIp(w), opts.hours);
      out.push(id);
    }
  return Object.assign(out, { pool });
}

/**
 * Users of one public problem set: ordinary customers there throughout the window, at their own
 * (heavy-tailed) rates, each sending some items of one rare pool besides their own work.
 */
function addProblemSetUsers(w: WorldBuilder, count: number, days: number, name = 'users'): AccountId[] {
  const pool = Array.from({ length: 250 }, () => uniqueTemplate());
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.01 + 0.01 * w.rng(), { email_domain: 'gmail.com' });
    work(w, id, 0, days, 6 * Math.exp(1.2 * (w.rng() * 2 - 1) * 1.7), pool, POOL_SHARE, homeIp(w));
    out.push(id);
  }
  return out;
}

const found = (d: ReturnType<typeof linkAccountsDetailed>, ids: readonly AccountId[]) => d.campaigns.filter((c) => c.account_ids.some((a) => ids.includes(a)));

describe('gate: a relay of short-lived heads (turnover)', () => {
  it('makes a campaign of heads that each look like a customer but are used for a few days and replaced while one pool of work goes on at balanced loads', () => {
    const w = createWorld(41);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const heads = addRelay(w, { slots: 8, chain: 3, days: 12 });
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    const camps = found(d, heads);
    assert.equal(camps.length, 1, `campaigns ${JSON.stringify(d.clusters.filter((c) => c.account_ids.length >= 8).map((c) => c.features))}`);
    const c = camps[0]!;
    assert.ok(c.account_ids.filter((a) => heads.includes(a)).length >= 0.75 * heads.length, `${c.account_ids.length} members`);
    assert.deepEqual(c.account_ids.filter((a) => !heads.includes(a)), [], 'no ordinary customer in it');
    const cl = d.clusters.find((x) => x.features.accepted && x.account_ids.some((a) => heads.includes(a)))!;
    assert.equal(cl.features.path, 'relay');
    assert.ok(cl.features.memberSpan <= 0.5 && cl.features.rateSpread <= 0.75, JSON.stringify(cl.features));
    assert.ok(c.evidence.some((e) => e.kind === 'turnover' && e.weight >= 0.5), 'the campaign says why');
  });

  it('does not make one of customers who send the same kind of pool but stay throughout at their own rates', () => {
    const w = createWorld(42);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const users = addProblemSetUsers(w, 24, 12);
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    assert.deepEqual(found(d, users), []);
    const seen = d.clusters.find((c) => c.account_ids.filter((a) => users.includes(a)).length >= 8);
    assert.ok(seen, 'they are linked (and then rejected)');
    assert.ok(seen.features.memberSpan > 0.8, `member span ${seen.features.memberSpan}`);
  });

  it('asks for both turnover and balanced loads: each bar just below what the relay shows refuses it', () => {
    const w = createWorld(41);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const heads = addRelay(w, { slots: 8, chain: 3, days: 12 });
    const idx = indexOf(w);
    const relayOf = (d: ReturnType<typeof linkAccountsDetailed>) => d.clusters.find((c) => c.features.accepted && c.features.path === 'relay' && c.account_ids.some((a) => heads.includes(a)));
    const at = relayOf(linkAccountsDetailed(idx, w.scores));
    assert.ok(at, 'a relay at the defaults');
    const f = at.features;
    for (const gate of [{ relayMaxMemberSpan: f.memberSpan - 0.01 }, { relayMaxRateSpread: f.rateSpread - 0.01 }]) {
      const d = linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, ...gate } });
      assert.equal(relayOf(d), undefined, JSON.stringify(gate));
      assert.deepEqual(found(d, heads), [], `${JSON.stringify(gate)}: no other path takes it`);
    }
  });

  it('is not what takes the same heads when they are there throughout', () => {
    const w = createWorld(41);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const heads = addRelay(w, { slots: 24, chain: 1, days: 12 });
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    const linked = d.clusters.filter((c) => c.account_ids.filter((a) => heads.includes(a)).length >= 12);
    assert.ok(linked.length > 0, 'linked');
    for (const c of linked) assert.ok(c.features.memberSpan > 0.9 && c.features.path !== 'relay', JSON.stringify(c.features));
  });

  it('needs the relay to have been seen for relayMinSpanDays (a day of traffic shows no turnover)', () => {
    const w = createWorld(41);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const heads = addRelay(w, { slots: 8, chain: 3, days: 12 });
    const idx = indexOf(w);
    const at = found(linkAccountsDetailed(idx, w.scores), heads);
    assert.equal(at.length, 1);
    const longer = linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, relayMinSpanDays: 13 } });
    assert.deepEqual(found(longer, heads), []);
  });

  it('leaves out a customer there throughout, a one-afternoon visitor and a four-day developer at a third of the load, who send items of the same pool', () => {
    const w = createWorld(43);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const heads = addRelay(w, { slots: 8, chain: 3, days: 12, perDay: 20 });
    // Both draw on the relay's pool: the regular for the whole window at the heads' own rate and mix,
    // the visitor three of its items in one afternoon.
    const pool = heads.pool;
    const regular = w.account('regular', 'regular', 0.02);
    work(w, regular, 0, 12, 20, pool, POOL_SHARE, homeIp(w));
    const visitor = w.account('visitor', 'visitor', 0.02);
    const ip = homeIp(w);
    for (let k = 0; k < 3; k++) w.ex({ account: visitor, tMs: T0 + 6 * DAY + (14 + k / 4) * HOUR, ip, asn: 1001, templateId: w.pick(pool) });
    // A developer who, for four days, sends items of the same pool at a third of the heads' load.
    const shortTimer = w.account('short-timer', 'short-timer', 0.02);
    work(w, shortTimer, 4, 8, 8, pool, 0.6, homeIp(w));
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    const camps = found(d, heads);
    assert.equal(camps.length, 1);
    assert.ok(!camps[0]!.account_ids.includes(regular), 'the regular is not a head');
    assert.ok(!camps[0]!.account_ids.includes(visitor), 'the visitor is not a head');
    assert.ok(!camps[0]!.account_ids.includes(shortTimer), 'the short-timer is not a head');
    const off = linkAccountsDetailed(indexOf(w), w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, relayRiderSpan: 1, relayMaxRateSpread: 5, relayRateOutlier: 100 } });
    const loose = off.campaigns.find((c) => c.account_ids.some((a) => heads.includes(a)));
    assert.ok(loose && loose.account_ids.includes(regular) && loose.account_ids.includes(visitor) && loose.account_ids.includes(shortTimer), 'with the rider rule off, all three ride along');
  });
});

/**
 * New customers trying the product: each for a day or two, a handful of requests a day, most of them
 * from one gallery of example prompts. They come and go at similar rates too; what they lack is load.
 */
function addTrialUsers(w: WorldBuilder, count: number, days: number, gallerySize: number): AccountId[] {
  const gallery = Array.from({ length: gallerySize }, () => uniqueTemplate());
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`trial-${i}`, 'trial', 0.02);
    const start = w.int(days - 1);
    work(w, id, start, start + 1 + w.int(2), 5, gallery, 0.7, homeIp(w));
    out.push(id);
  }
  return out;
}

describe('gate: turnover read on the heads', () => {
  it('reads the relay on its heads when customers present throughout at 4.6 times their load ride in it, and sends those out', () => {
    // Ten heads, each used for 5 to 9 days of a 14-day run at ~25 a day, and four heavy customers
    // (an evaluator, a reseller) there all along at 115 a day, all sending items of one pool. With the
    // customers counted, the median member span is above half; on the heads it is below.
    const w = createWorld(51);
    addBenign(w, 300, { days: 14, perAccount: 60 });
    const pool = Array.from({ length: 250 }, () => uniqueTemplate());
    const heads: AccountId[] = [];
    [5, 6, 6, 7, 7, 7, 8, 8, 9, 9].forEach((len, i) => {
      const id = w.account(`head-${i}`, 'relay', 0.015, { email_domain: 'gmail.com' });
      const from = i % 2 === 0 ? 0 : 14 - len;
      work(w, id, from, from + len, 25, pool, POOL_SHARE, homeIp(w));
      heads.push(id);
    });
    const heavy: AccountId[] = [];
    for (let i = 0; i < 4; i++) {
      const id = w.account(`heavy-${i}`, 'heavy', 0.015, { email_domain: 'gmail.com' });
      work(w, id, 0, 14, 115, pool, POOL_SHARE, homeIp(w));
      heavy.push(id);
    }
    const idx = indexOf(w);
    const both = (d: ReturnType<typeof linkAccountsDetailed>) => d.clusters.find((c) => c.account_ids.filter((a) => heads.includes(a)).length >= 8 && heavy.every((a) => c.account_ids.includes(a)));
    const loose = linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, relayRateOutlier: 100 } });
    const mixed = both(loose);
    assert.ok(mixed, `heads and heavy customers are linked in one cluster: ${JSON.stringify(loose.clusters.filter((c) => c.account_ids.some((a) => heads.includes(a) || heavy.includes(a))).map((c) => [c.account_ids.filter((a) => heads.includes(a)).length, c.account_ids.filter((a) => heavy.includes(a)).length, c.account_ids.length, c.features.path]))}`);
    assert.ok(mixed.features.memberSpan > 0.5 && !mixed.features.accepted, `counting everyone: ${JSON.stringify(mixed.features)}`);
    const d = linkAccountsDetailed(idx, w.scores);
    const camps = found(d, heads);
    assert.equal(camps.length, 1);
    assert.ok(camps[0]!.account_ids.filter((a) => heads.includes(a)).length >= 8, 'the heads');
    assert.deepEqual(camps[0]!.account_ids.filter((a) => heavy.includes(a)), [], 'no heavy customer');
    const cl = d.clusters.find((c) => c.features.accepted && c.account_ids.some((a) => heads.includes(a)))!;
    assert.equal(cl.features.path, 'relay');
    assert.ok(cl.features.memberSpan <= 0.5, `${cl.features.memberSpan}`);
  });
});

describe('rider rules once heads are seen to turn over', () => {
  it('take a customer there throughout out of a fleet carried on the collective path (same night hours) once its heads turn over', () => {
    // Five worlds: in each the regular sends the fleet's items in the fleet's hours (tied by more than
    // content), but for all 12 days. It is never a member with the rule; without it, it rides along in some.
    let rides = 0;
    for (const seed of [45, 46, 47, 48, 49]) {
      const w = createWorld(seed);
      addBenign(w, 300, { days: 12, perAccount: 60 });
      const heads = addRelay(w, { slots: 8, chain: 3, days: 12, hours: [1, 3] });
      const regular = w.account('regular', 'regular', 0.02);
      work(w, regular, 0, 12, 25, heads.pool, 1, homeIp(w), [1, 3]);
      const idx = indexOf(w);
      const fleet = (d: ReturnType<typeof linkAccountsDetailed>) => d.campaigns.find((c) => c.account_ids.filter((a) => heads.includes(a)).length >= 0.75 * heads.length);
      const d = linkAccountsDetailed(idx, w.scores);
      const cl = d.clusters.find((c) => c.features.accepted && c.account_ids.some((a) => heads.includes(a)))!;
      assert.ok(cl.features.path === 'collective' || cl.features.path === 'split_work', `seed ${seed}: ${cl.features.path}`);
      assert.ok(cl.features.memberSpan <= 0.5, `seed ${seed}`);
      assert.ok(fleet(d) && !fleet(d)!.account_ids.includes(regular), `seed ${seed}: the regular is not a head`);
      const off = linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, relayRiderSpan: 1, relayRateOutlier: 100, relayMaxRateSpread: 5 } });
      if (fleet(off)?.account_ids.includes(regular)) rides++;
    }
    assert.ok(rides >= 2, `with the rule off it rides along in ${rides} of 5 worlds`);
  });
});

describe('gate: relay look-alikes', () => {
  it('does not make a relay of trial users who each send a few example prompts for a day or two (relayMinRate)', () => {
    const w = createWorld(44);
    addBenign(w, 300, { days: 12, perAccount: 60 });
    const trial = addTrialUsers(w, 60, 12, 150);
    const idx = indexOf(w);
    const d = linkAccountsDetailed(idx, w.scores);
    assert.deepEqual(found(d, trial), []);
    const seen = d.clusters.find((c) => c.account_ids.filter((a) => trial.includes(a)).length >= 20);
    assert.ok(seen && seen.features.memberSpan <= 0.5, 'they turn over');
    const noFloor = linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, relayMinRate: 0 } });
    assert.equal(found(noFloor, trial).length, 1, 'without the load floor they would be one');
  });
});

describe('turnoverOf', () => {
  const link = (firstMs: number, lastMs: number, days: number[], exchanges: number) =>
    ({ firstMs, lastMs, exchanges, hourly: new Map([['m', new Map(days.map((d) => [d * 24 + 10, 1]))]]) }) as never;
  it('reads the median member span as a share of the group span, and the robust spread of log rates per active day', () => {
    const t = turnoverOf([link(0, 2 * DAY, [0, 1], 20), link(4 * DAY, 6 * DAY, [4, 5], 20), link(8 * DAY, 10 * DAY, [8, 9], 20)]);
    assert.equal(t.spanMs, 10 * DAY);
    assert.ok(Math.abs(t.memberSpan - 0.2) < 1e-9);
    assert.equal(t.rateSpread, 0);
    assert.ok(Math.abs(t.medianRate - 10) < 1e-9);
    // The spread is robust (1.4826 × median absolute deviation of log rates): one member at 50 times
    // the others' load does not move it; loads spread evenly over two orders of magnitude do.
    const rider = turnoverOf([10, 10, 10, 10, 500].map((k) => link(0, DAY, [0], k)));
    assert.equal(rider.rateSpread, 0);
    assert.equal(rider.memberSpan, 1);
    const uneven = turnoverOf([1, 3, 10, 30, 100].map((k) => link(0, DAY, [0], k)));
    assert.ok(Math.abs(uneven.rateSpread - 1.4826 * Math.log(10 / 3)) < 1e-9, `${uneven.rateSpread}`);
  });
  it('reads turnover on the heads: members far off the group\'s load leave the span share unless flagged; the load spread keeps everyone', () => {
    // Eight heads for 2 days each over a 10-day run at 20 a day; two customers there throughout at 200 a day.
    const heads = Array.from({ length: 8 }, (_, i) => link(i * DAY, (i + 2) * DAY, [i, i + 1], 40));
    const heavy = [0, 1].map(() => link(0, 10 * DAY, [0, 2, 4, 6, 8], 1000));
    const all = [...heads, ...heavy];
    const t = headTurnover(all, () => false, 3.5, 1.5);
    assert.equal(t.heads, 8);
    assert.ok(Math.abs(t.memberSpan - 2 / 9) < 1e-9, `${t.memberSpan}`);
    assert.equal(t.rateSpread, turnoverOf(all).rateSpread);
    const flagged = headTurnover(all, (i) => i >= 8, 3.5, 1.5);
    assert.equal(flagged.heads, 10, 'members flagged on their own always count');
    assert.equal(t.spanMs, 9 * DAY);
    assert.equal(flagged.spanMs, 10 * DAY);
  });
  it('says nothing of an empty group or one instant', () => {
    assert.deepEqual(turnoverOf([]), { spanMs: 0, memberSpan: 1, rateSpread: 0, medianRate: 0 });
    assert.deepEqual(turnoverOf([undefined]), { spanMs: 0, memberSpan: 1, rateSpread: 0, medianRate: 0 });
  });
});
