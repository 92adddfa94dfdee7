// link gate: customers tied to a collectively accepted cluster by content alone (the same texts, none
// of its hours, addresses or proxy exits) are not its members; heads tied by how they run are.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildBipartite, DEFAULT_GATE_OPTIONS, KIND_INDEX, mulberry32 } from '../../src/link/index.js';
import type { GateInput } from '../../src/link/gate.js';
import { broadRows, contentOnlyRows, orgGroupRows } from '../../src/link/gate-riders.js';
import { addBottomK, emptyBottomK } from '../../src/link/bottom-k.js';
import type { AccountLink } from '../../src/link/link-index.js';

const HEADS = Array.from({ length: 12 }, (_, i) => i);
const CUSTOMERS = [12, 13, 14, 15];
const FLAGGED_CUSTOMER = 16;
const PROXY_CUSTOMER = 17;

/** Heads 0-11 split a 16-template pool, act in 4 shared windows and share 1 address; 12-17 each send 3 of the pool's templates from an address of their own; 300 background rows. */
function world(seed: number) {
  const rng = mulberry32(seed);
  const er: number[] = [];
  const ec: number[] = [];
  const kinds: number[] = [];
  const col = (kind: number): number => (kinds.push(kind), kinds.length - 1);
  const pool = Array.from({ length: 16 }, () => col(KIND_INDEX.template));
  const windows = Array.from({ length: 4 }, () => col(KIND_INDEX.template_hour));
  const proxy = col(KIND_INDEX.ip);
  const slice = (k: number): Set<number> => {
    const s = new Set<number>();
    while (s.size < k) s.add(pool[Math.floor(rng() * pool.length)] as number);
    return s;
  };
  for (const r of HEADS) {
    for (const c of [...slice(4), ...windows, proxy]) (er.push(r), ec.push(c));
  }
  for (const r of [...CUSTOMERS, FLAGGED_CUSTOMER, PROXY_CUSTOMER]) {
    for (const c of [...slice(3), col(KIND_INDEX.ip)]) (er.push(r), ec.push(c));
  }
  const nRows = 318;
  for (let r = 18; r < nRows; r++) (er.push(r), ec.push(col(KIND_INDEX.template)), er.push(r), ec.push(col(KIND_INDEX.ip)));
  const nCols = kinds.length;
  const g = buildBipartite(nRows, nCols, Int32Array.from(er), Int32Array.from(ec), er.length, new Float64Array(nCols).fill(1), Uint8Array.from(kinds), new Float64Array(nRows), { logOffset: 5, minColumnDegree: 1, maxColumnDegree: 1e9 }).graph;
  return g;
}

/** A linking state with `prefixes` network prefixes over `asns` networks (what rotation reads). */
function link(prefixes: number, asns: number): AccountLink {
  const sketches: unknown[] = [];
  sketches[KIND_INDEX.prefix] = { keys: Array.from({ length: prefixes }, (_, i) => `p${i}`) };
  return { sketches, asns: new Map(Array.from({ length: asns }, (_, i) => [64_500 + i, 1])) } as unknown as AccountLink;
}

function input(seed: number, rotating: (r: number) => AccountLink, score: (r: number) => number = () => 0.02, headsFlagged = false): GateInput {
  const g = world(seed);
  return {
    g,
    rows: [...HEADS, ...CUSTOMERS, FLAGGED_CUSTOMER, PROXY_CUSTOMER],
    coreRows: HEADS.length,
    density: 2,
    score: (r) => (r === FLAGGED_CUSTOMER ? 0.7 : score(r)),
    flagged: (r) => r === FLAGGED_CUSTOMER || (headsFlagged && HEADS.includes(r)),
    link: rotating,
    totalRows: g.nRows,
    densityRef: 1,
  };
}

describe('gate: members tied by content alone', () => {
  it('takes out unflagged members that share only its templates, and none of the heads', () => {
    for (const seed of [1, 2, 3]) {
      const out = contentOnlyRows(input(seed, (r) => (r === PROXY_CUSTOMER ? link(6, 5) : link(1, 1))), DEFAULT_GATE_OPTIONS);
      assert.deepEqual([...out].sort((a, b) => a - b), CUSTOMERS, `seed ${seed}`);
    }
  });

  it('with a score ceiling (a flagged hydra), keeps a member tied by content that has evidence of its own', () => {
    const quietHead = CUSTOMERS[0] as number;
    const score = (r: number): number => (r === quietHead ? 0.3 : 0.02);
    const out = contentOnlyRows(input(5, () => link(1, 1), score, true), DEFAULT_GATE_OPTIONS, true);
    assert.deepEqual([...out].sort((a, b) => a - b), [...CUSTOMERS.slice(1), PROXY_CUSTOMER], 'customers with nothing of their own leave; the quiet head with some stays');
    const all = contentOnlyRows(input(5, () => link(1, 1), score), DEFAULT_GATE_OPTIONS);
    assert.ok(all.has(quietHead), 'without a ceiling, content alone is no tie whatever the score');
  });

  it('in a flagged hydra, a member whose evidence is explained by bursts or repeats leaves; one with evidence nothing explains stays', () => {
    // Both score 0.3 (an evaluator grading with a judge suite; a quiet head eliciting reasoning).
    const [evaluator, quietHead] = CUSTOMERS as [number, number];
    const score = (r: number): number => (r === evaluator || r === quietHead ? 0.3 : 0.02);
    const base = input(5, () => link(1, 1), score, true);
    const out = contentOnlyRows({ ...base, explained: (r) => (r === evaluator ? 1.5 : 0) }, DEFAULT_GATE_OPTIONS, true);
    assert.ok(out.has(evaluator), '1.5 nats explained by evaluation bursts: it runs the benchmark, not the hydra\'s work');
    assert.ok(!out.has(quietHead), 'nothing explained: the quiet head stays');
    const below = contentOnlyRows({ ...base, explained: (r) => (r === evaluator ? 0.5 : 0) }, DEFAULT_GATE_OPTIONS, true);
    assert.ok(!below.has(evaluator), 'half a nat explained is under the bar: it stays');
  });

  it('keeps a member that cycles through proxy exits on several networks, not one whose many addresses are one cloud', () => {
    const cloud = contentOnlyRows(input(4, (r) => (r === PROXY_CUSTOMER ? link(6, 1) : link(1, 1))), DEFAULT_GATE_OPTIONS);
    assert.ok(cloud.has(PROXY_CUSTOMER), 'many prefixes on one network: where an app runs');
    const proxies = contentOnlyRows(input(4, (r) => (r === PROXY_CUSTOMER ? link(6, 4) : link(1, 1))), DEFAULT_GATE_OPTIONS);
    assert.ok(!proxies.has(PROXY_CUSTOMER), 'many prefixes over four networks: a proxy pool');
  });

  it('in a flagged hydra, a member on a few networks is not cycling like heads behind a proxy pool, and busy windows are no tie', () => {
    // Heads 0-11 flagged, each on 16 prefixes over 8 networks; PROXY_CUSTOMER on 4 networks (home,
    // office, phone); customer 12 also active in a window the heads hold (an active_bucket column).
    const g0 = world(6);
    const extra = g0.nCols;
    const er: number[] = [];
    const ec: number[] = [];
    for (let r = 0; r < g0.nRows; r++) for (let p = g0.rowPtr[r] as number; p < (g0.rowPtr[r + 1] as number); p++) (er.push(r), ec.push(g0.rowCols[p] as number));
    for (const r of [...HEADS, 12]) (er.push(r), ec.push(extra));
    // Customers 13-15 also send one item of their own in the same hour (a classroom's assignment):
    // a column specific to the cluster, held by none of the heads.
    for (const r of [13, 14, 15]) (er.push(r), ec.push(extra + 1));
    const kinds = Uint8Array.from([...g0.colKind, KIND_INDEX.active_bucket, KIND_INDEX.template_hour]);
    const g = buildBipartite(g0.nRows, extra + 2, Int32Array.from(er), Int32Array.from(ec), er.length, new Float64Array(extra + 2).fill(1), kinds, new Float64Array(g0.nRows), { logOffset: 5, minColumnDegree: 1, maxColumnDegree: 1e9 }).graph;
    const inp: GateInput = {
      g,
      rows: [...HEADS, ...CUSTOMERS, FLAGGED_CUSTOMER, PROXY_CUSTOMER],
      coreRows: HEADS.length,
      density: 2,
      score: (r) => (HEADS.includes(r) || r === FLAGGED_CUSTOMER ? 0.9 : 0.02),
      flagged: (r) => HEADS.includes(r) || r === FLAGGED_CUSTOMER,
      link: (r) => (HEADS.includes(r) ? link(16, 8) : r === PROXY_CUSTOMER ? link(4, 4) : link(1, 1)),
      totalRows: g.nRows,
      densityRef: 1,
    };
    const hydra = contentOnlyRows(inp, DEFAULT_GATE_OPTIONS, true);
    assert.ok(hydra.has(PROXY_CUSTOMER), 'four networks against the heads\' sixteen prefixes: not their proxy pool');
    assert.ok(hydra.has(12), 'active in the hydra\'s busy windows, nothing else: content alone');
    assert.ok([13, 14, 15].every((r) => hydra.has(r)), 'in step with each other, not with the heads: no tie to the hydra');
    assert.ok(HEADS.every((r) => !hydra.has(r)), 'the heads stay');
    const collective = contentOnlyRows(inp, DEFAULT_GATE_OPTIONS);
    assert.ok(!collective.has(PROXY_CUSTOMER) && !collective.has(12) && !collective.has(13), 'on collective evidence these ties still count');
    const wide = contentOnlyRows({ ...inp, link: (r) => (HEADS.includes(r) ? link(16, 8) : r === PROXY_CUSTOMER ? link(10, 6) : link(1, 1)) }, DEFAULT_GATE_OPTIONS, true);
    assert.ok(!wide.has(PROXY_CUSTOMER), 'ten prefixes over six networks: cycles like the heads');
    const stay = contentOnlyRows({ ...inp, link: (r) => (HEADS.includes(r) ? link(1, 1) : r === PROXY_CUSTOMER ? link(10, 6) : link(1, 1)) }, DEFAULT_GATE_OPTIONS, true);
    assert.ok(stay.has(PROXY_CUSTOMER), 'heads that each keep one exit: cycling is no tie to them');
  });
});

describe('gate: one customer\'s accounts under a declared organisation', () => {
  it('leave a cluster carried by collective evidence unless flagged on their own; lone declared organisations stay', () => {
    const withOrg = (org: string | undefined): AccountLink => ({ ...link(1, 1), ...(org ? { registry: { org_id: org } } : {}) }) as unknown as AccountLink;
    const base = input(9, () => link(1, 1));
    // Customers 12-15 and the flagged customer declare one organisation; head 0 declares one of its own.
    const orgOf = (r: number): string | undefined => (CUSTOMERS.includes(r) || r === FLAGGED_CUSTOMER ? 'org-acme' : r === 0 ? 'org-solo' : undefined);
    const out = orgGroupRows({ ...base, link: (r) => withOrg(orgOf(r)) }, DEFAULT_GATE_OPTIONS);
    assert.deepEqual([...out].sort((a, b) => a - b), CUSTOMERS, 'the organisation\'s unflagged accounts leave');
    assert.ok(!out.has(FLAGGED_CUSTOMER), 'flagged on its own: stays whatever it declares');
    assert.ok(!out.has(0), 'one account of an organisation is no group');
    const two = orgGroupRows({ ...base, link: (r) => withOrg(r === 12 || r === 13 ? 'org-pair' : undefined) }, DEFAULT_GATE_OPTIONS);
    assert.equal(two.size, 0, 'two accounts are under the minimum a shared column needs (minSharedBy 3)');
  });
});

describe('gate: an account far broader than the cluster\'s typical member', () => {
  /** A linking state that has sent `templates` distinct templates over `exchanges` exchanges. */
  const sent = (templates: number, exchanges: number, tag: string): AccountLink => {
    const s = emptyBottomK(32);
    for (let i = 0; i < templates; i++) addBottomK(s, `${tag}-${i}`);
    const sketches: unknown[] = [];
    sketches[KIND_INDEX.template] = s;
    return { ...link(1, 1), sketches, exchanges } as unknown as AccountLink;
  };
  it('leaves a cluster carried by collective evidence when both its distinct work and its volume are many times the median member\'s, unless flagged on its own', () => {
    const base = input(9, () => link(1, 1));
    // Heads: 60-80 templates over 700-800 exchanges. 12: a reseller (700 over 5,000); 13: broad but no
    // busier (700 over 1,000); 14: busy but narrow (70 over 5,000); FLAGGED_CUSTOMER: broad and busy, flagged.
    const of = (r: number): AccountLink =>
      r === 12 || r === FLAGGED_CUSTOMER ? sent(700, 5000, `r${r}`) : r === 13 ? sent(700, 1000, 'b') : r === 14 ? sent(70, 5000, 'n') : sent(60 + (r % 20), 700 + 10 * (r % 10), `h${r}`);
    const out = broadRows({ ...base, link: of }, DEFAULT_GATE_OPTIONS);
    assert.deepEqual([...out], [12], 'only the broad, busy, unflagged account leaves');
    const looser = broadRows({ ...base, link: of }, { ...DEFAULT_GATE_OPTIONS, riderVolumeRatio: 1.2 });
    assert.deepEqual([...looser].sort((a, b) => a - b), [12, 13], 'at a lower volume ratio the broad one that is no busier leaves too');
    const none = broadRows({ ...base, link: () => sent(70, 800, 'same') }, DEFAULT_GATE_OPTIONS);
    assert.equal(none.size, 0, 'members alike: nobody leaves');
  });
});
