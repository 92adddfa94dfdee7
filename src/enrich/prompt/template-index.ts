// enrich/prompt: streaming template grouping. Signature → template id, by LSH banding (Indyk &
// Motwani 1998; Broder 1997) over MinHash signatures, verified by estimated Jaccard. Memory is
// bounded by `maxTemplates` (each template keeps one representative signature and its band keys);
// when full, the least used, least recent quarter is evicted and their ids retired, never reused.
import { fmix32 } from './hash.js';
import { BandTable } from './band-table.js';
import { IntMap } from './int-map.js';
import { ELICITATIONS } from '../types.js';
import { EDGE_K, HEAD_AT, SIG_LEN, TAIL_AT, WHOLE_K, type Signature } from './minhash.js';

export interface TemplateIndexOptions {
  /** Live templates kept at most (memory bound). */
  readonly maxTemplates: number;
  /** Estimated Jaccard of whole prompts at or above which two prompts share a template. */
  readonly wholeThreshold: number;
  /** Estimated Jaccard of head (or tail) windows at or above which two long prompts share a template. */
  readonly edgeThreshold: number;
}

export interface TemplateStats {
  /** Live templates held now (≤ maxTemplates). */
  readonly templates: number;
  /** Templates ever created (= next id). */
  readonly created: number;
  /** Templates evicted to keep the memory bound. */
  readonly evicted: number;
  /** Prompts assigned (excluding prompts without text). */
  readonly assigned: number;
  /** Prompts that joined an existing template. */
  readonly matched: number;
  readonly maxTemplates: number;
}

export interface TemplateInfo {
  readonly templateId: number;
  readonly count: number;
  /** Estimated distinct accounts (linear counting over a 64-bit bitmap: exact-ish to ~30, saturates near 266). */
  readonly accounts: number;
  /** Mean text-model elicitation scores of the template's exchanges (ELICITATIONS order), for evidence. */
  readonly elicitation: readonly number[];
}

/** Elicitation scores kept per template. */
const N_ELICIT = ELICITATIONS.length;

const mix: (h: number) => number = fmix32;
const SIG = SIG_LEN;
const W_K = WHOLE_K;
const E_K = EDGE_K;
const H_AT = HEAD_AT;
const T_AT = TAIL_AT;

// Whole signature: 16 bands of 2 rows, a candidate needs 2 shared bands (probability 0.94 at
// J=0.5, 0.99 at J=0.6, 0.13 at J=0.2).
const WHOLE_BANDS = 16;
const WHOLE_ROWS = WHOLE_K / WHOLE_BANDS;
// Head and tail: 4 bands of 4 rows each (0.95 at J=0.85).
const EDGE_BANDS = 4;
const EDGE_ROWS = EDGE_K / EDGE_BANDS;
/** Estimated Jaccard at which the first candidate found is taken without probing further bands. */
const NEAR_EXACT = 0.9;
const KEYS_PER_TEMPLATE = WHOLE_BANDS + 2 * EDGE_BANDS;
/**
 * Templates whose per-template arrays are allocated at construction (at most maxTemplates). Growing
 * them by doubling while a stream runs allocated twice their final size, and each large allocation
 * lets V8 schedule a full GC of the caller's whole heap (with 200k exchanges in memory: 0.15-0.5 s per
 * 200k prompts, measured). These arrays are filled in slot order, so the OS maps their zero pages
 * only as templates are created: reserving costs address space, not memory. (The band table's
 * buffer is reserved too, but its keys are random: it uses a prefix that doubles in place.)
 */
const RESERVE_TEMPLATES = 200_000;
/** Live templates at most whatever the options say: the band table's slot field (2^25 - 1 slots)
 * and its ≤ 24 keys a template at load 0.7 in 2^30 positions. (16.7M templates are ~4 GB.) */
const MAX_TEMPLATES = 2 ** 24;

export class TemplateIndex {
  private cap = 0;
  private sigs = new Uint16Array(0);
  private ids = new Int32Array(0);
  private counts = new Uint32Array(0);
  private last = new Float64Array(0);
  private acct = new Uint32Array(0);
  private elic = new Float32Array(0);
  private scored = new Uint32Array(0);
  private edges = new Uint8Array(0);
  private readonly free: number[] = [];
  private used = 0; // slots ever handed out (high-water mark)
  private live = 0;
  private nextId = 0;
  private evicted = 0;
  private assigned = 0;
  private matched = 0;
  private readonly bands: BandTable;
  /**
   * Template id → slot of the live templates whose slot differs from their id. Until the first
   * eviction, ids and slots are handed out in step (id = slot) and nothing is stored here.
   */
  private readonly slotOfId: IntMap;
  private readonly keys = new Int32Array(KEYS_PER_TEMPLATE);
  /** Per band key of the prompt being assigned: its free position in `bands` (lookup's -2-p), or -1 when present. */
  private readonly freeAt = new Int32Array(KEYS_PER_TEMPLATE);
  private freeEpoch = -1;
  private readonly seen = new Int32Array(KEYS_PER_TEMPLATE);
  private readonly hits = new Int32Array(KEYS_PER_TEMPLATE);
  /** Keeps the prefetch loads alive (never read). */
  private sink = 0;

  constructor(private o: TemplateIndexOptions) {
    // The band table's buffer is reserved for the templates the arrays below are reserved for: it
    // doubles in place, so a stream touches its final size once (no transient copies: fresh pages
    // cost ~15 µs each on a VM, and copying a 16 MB table into a new 32 MB one was half of this
    // index's time when most prompts create a template).
    if (!(o.maxTemplates <= MAX_TEMPLATES)) this.o = { ...o, maxTemplates: MAX_TEMPLATES };
    const reserve = Math.min(this.o.maxTemplates, RESERVE_TEMPLATES);
    this.bands = new BandTable(reserve, reserve * KEYS_PER_TEMPLATE);
    this.slotOfId = new IntMap(16);
    this.grow();
  }

  private grow(): void {
    const cap = Math.min(this.o.maxTemplates, Math.max(RESERVE_TEMPLATES, this.cap * 2));
    const sigs = new Uint16Array(cap * SIG);
    sigs.set(this.sigs);
    this.sigs = sigs;
    const ids = new Int32Array(cap);
    ids.set(this.ids);
    this.ids = ids;
    const counts = new Uint32Array(cap);
    counts.set(this.counts);
    this.counts = counts;
    const last = new Float64Array(cap);
    last.set(this.last);
    this.last = last;
    const acct = new Uint32Array(cap * 2);
    acct.set(this.acct);
    this.acct = acct;
    const elic = new Float32Array(cap * N_ELICIT);
    elic.set(this.elic);
    this.elic = elic;
    const scored = new Uint32Array(cap);
    scored.set(this.scored);
    this.scored = scored;
    const edges = new Uint8Array(cap);
    edges.set(this.edges);
    this.edges = edges;
    this.cap = cap;
  }

  /** Band keys of a signature into this.keys; returns how many (edges only when present). */
  private bandKeys(v: Uint16Array, at: number, hasEdges: boolean): number {
    let k = 0;
    for (let b = 0; b < WHOLE_BANDS; b++) {
      let h = 0x1000 + b;
      for (let r = 0; r < WHOLE_ROWS; r++) h = Math.imul(h ^ v[at + b * WHOLE_ROWS + r]!, 0x01000193);
      this.keys[k++] = mix(h >>> 0) & 0x3fffffff; // 30 bits: the band table's keys
    }
    if (hasEdges) {
      for (let b = 0; b < 2 * EDGE_BANDS; b++) {
        let h = 0x2000 + b;
        const base = at + H_AT + b * EDGE_ROWS; // head bands then tail bands, contiguous
        for (let r = 0; r < EDGE_ROWS; r++) h = Math.imul(h ^ v[base + r]!, 0x01000193);
        this.keys[k++] = mix(h >>> 0) & 0x3fffffff; // 30 bits: the band table's keys
      }
    }
    return k;
  }

  /** Share of equal minima, or 0 as soon as it can no longer reach `min` (most candidates fail fast). */
  private static atLeast(a: Uint16Array, aAt: number, b: Uint16Array, bAt: number, k: number, min: number): number {
    const maxMiss = k - Math.ceil(min * k - 1e-9);
    let miss = 0;
    for (let i = 0; i < k; i++) {
      if (a[aAt + i] !== b[bAt + i] && ++miss > maxMiss) return 0;
    }
    return (k - miss) / k;
  }

  private matches(sig: Signature, slot: number): number {
    const at = slot * SIG;
    const best = TemplateIndex.atLeast(sig.v, 0, this.sigs, at, W_K, this.o.wholeThreshold);
    if (sig.hasEdges && this.edges[slot] === 1) {
      const t = this.o.edgeThreshold;
      const edge = Math.max(TemplateIndex.atLeast(sig.v, H_AT, this.sigs, at + H_AT, E_K, t), TemplateIndex.atLeast(sig.v, T_AT, this.sigs, at + T_AT, E_K, t));
      if (edge > best) return edge;
    }
    return best;
  }

  /**
   * The template id of a signed prompt (first-seen order, from 0), creating a template when no
   * existing one is similar enough. `accountHash` feeds the per-template distinct-account estimate;
   * `elicitation` (ELICITATIONS order), when given, the per-template mean scores.
   */
  assign(sig: Signature, accountHash: number, seq: number, elicitation?: ArrayLike<number>): number {
    this.assigned++;
    const nk = this.bandKeys(sig.v, 0, sig.hasEdges);
    this.sink ^= this.bands.prefetch(this.keys, nk);
    let bestSlot = -1;
    let bestSim = 0;
    const seen = this.seen;
    const hits = this.hits;
    const freeAt = this.freeAt;
    let nSeen = 0;
    this.freeEpoch = this.bands.version;
    for (let i = 0; i < nk; i++) freeAt[i] = -1;
    for (let i = 0; i < nk; i++) {
      const slot = this.bands.lookup(this.keys[i]!);
      if (slot < 0) {
        freeAt[i] = -2 - slot;
        continue;
      }
      let j = 0;
      while (j < nSeen && seen[j] !== slot) j++;
      if (j === nSeen) {
        seen[nSeen++] = slot;
        hits[j] = 0;
      }
      if (hits[j]! < 0) continue; // already verified
      // A whole-prompt candidate is verified on its second shared band (one shared band of two
      // rows is what unrelated prompts sharing common words produce); an edge band is rarer and
      // is verified on its first.
      if (i < WHOLE_BANDS && ++hits[j]! < 2) continue;
      hits[j] = -1;
      const sim = this.matches(sig, slot);
      if (sim > bestSim || (sim === bestSim && sim > 0 && this.ids[slot]! < this.ids[bestSlot]!)) {
        bestSim = sim;
        bestSlot = slot;
        // A near-exact match cannot be beaten by much: stop probing (repeats are the common case).
        if (sim >= NEAR_EXACT) break;
      }
    }
    if (bestSlot >= 0) {
      this.matched++;
      this.touch(bestSlot, accountHash, seq, elicitation);
      return this.ids[bestSlot]!;
    }
    return this.create(sig, accountHash, seq, nk, elicitation);
  }

  private touch(slot: number, accountHash: number, seq: number, elicitation: ArrayLike<number> | undefined): void {
    this.counts[slot]!++;
    this.last[slot] = seq;
    const bit = accountHash & 63;
    this.acct[slot * 2 + (bit >>> 5)]! |= 1 << (bit & 31);
    if (elicitation) {
      this.scored[slot]!++;
      const at = slot * N_ELICIT;
      for (let i = 0; i < N_ELICIT; i++) this.elic[at + i]! += elicitation[i] ?? 0;
    }
  }

  private create(sig: Signature, accountHash: number, seq: number, nk: number, elicitation: ArrayLike<number> | undefined): number {
    let fresh = true;
    if (this.live >= this.o.maxTemplates) {
      this.evict();
      // bandKeys was overwritten by evict(): recompute for this signature.
      nk = this.bandKeys(sig.v, 0, sig.hasEdges);
      fresh = false;
    }
    let slot = this.free.pop();
    if (slot === undefined) {
      if (this.used >= this.cap) this.grow();
      slot = this.used++;
    }
    const id = this.nextId++;
    // Small copies as loops: cheaper than TypedArray.prototype.set/fill calls.
    const sigs = this.sigs;
    const v = sig.v;
    const base = slot * SIG;
    for (let i = 0; i < SIG; i++) sigs[base + i] = v[i]!;
    this.ids[slot] = id;
    this.counts[slot] = 0;
    this.acct[slot * 2] = 0;
    this.acct[slot * 2 + 1] = 0;
    for (let i = slot * N_ELICIT; i < slot * N_ELICIT + N_ELICIT; i++) this.elic[i] = 0;
    this.scored[slot] = 0;
    this.edges[slot] = sig.hasEdges ? 1 : 0;
    this.touch(slot, accountHash, seq, elicitation);
    if (id !== slot) this.slotOfId.set(id, slot);
    this.live++;
    // First writer keeps a band key: the representative of a group is its first prompt. The free
    // slots found by assign's lookups are reused (insertAt re-probes if the table changed since).
    const bands = this.bands;
    const keys = this.keys;
    if (fresh) {
      const freeAt = this.freeAt;
      const epoch = this.freeEpoch;
      for (let i = 0; i < nk; i++) {
        const p = freeAt[i]!;
        if (p >= 0) bands.insertAt(p, epoch, keys[i]!, slot);
      }
    } else for (let i = 0; i < nk; i++) bands.setIfAbsent(keys[i]!, slot);
    return id;
  }

  /** Drops the quarter of live templates with the fewest uses (oldest first among equals). */
  private evict(): void {
    const slots: number[] = [];
    for (let slot = 0; slot < this.used; slot++) if (this.ids[slot]! >= 0) slots.push(slot);
    slots.sort((a, b) => this.counts[a]! - this.counts[b]! || this.last[a]! - this.last[b]!);
    const drop = Math.max(1, Math.floor(slots.length / 4));
    for (let i = 0; i < drop; i++) {
      const slot = slots[i]!;
      const nk = this.bandKeys(this.sigs, slot * SIG, this.edges[slot] === 1);
      for (let k = 0; k < nk; k++) this.bands.deleteIf(this.keys[k]!, slot);
      if (this.ids[slot] !== slot) this.slotOfId.delete(this.ids[slot]!);
      this.ids[slot] = -1;
      this.free.push(slot);
      this.live--;
      this.evicted++;
    }
  }

  stats(): TemplateStats {
    return {
      templates: this.live,
      created: this.nextId,
      evicted: this.evicted,
      assigned: this.assigned,
      matched: this.matched,
      maxTemplates: this.o.maxTemplates,
    };
  }

  /** What the index knows of one template, or undefined when it was never created or was evicted. */
  info(templateId: number): TemplateInfo | undefined {
    if (!(templateId >= 0 && templateId < 2 ** 31 - 1)) return undefined;
    // A template whose slot equals its id is found there (slots are reused only by later, larger ids).
    const slot = templateId < this.used && this.ids[templateId] === templateId ? templateId : this.slotOfId.get(templateId);
    if (slot < 0) return undefined;
    let zeros = 0;
    for (let w = 0; w < 2; w++) {
      let x = this.acct[slot * 2 + w]!;
      for (let b = 0; b < 32; b++, x >>>= 1) if ((x & 1) === 0) zeros++;
    }
    const accounts = zeros === 0 ? 64 * Math.log(64) : -64 * Math.log(zeros / 64);
    const n = this.scored[slot]!;
    const elicitation: number[] = [];
    for (let i = 0; i < N_ELICIT; i++) elicitation.push(n === 0 ? 0 : Math.round((this.elic[slot * N_ELICIT + i]! / n) * 1000) / 1000);
    return { templateId, count: this.counts[slot]!, accounts: Math.round(accounts * 10) / 10, elicitation };
  }

  /** The `k` live templates used most, most used first (ties: lower id first). */
  top(k: number): TemplateInfo[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.used; slot++) if (this.ids[slot]! >= 0) slots.push(slot);
    slots.sort((a, b) => this.counts[b]! - this.counts[a]! || this.ids[a]! - this.ids[b]!);
    const out: TemplateInfo[] = [];
    for (const slot of slots.slice(0, k)) {
      const info = this.info(this.ids[slot]!);
      if (info) out.push(info);
    }
    return out;
  }
}
