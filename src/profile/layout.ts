// profile stage: the flat memory layout of one AccountState: every number lives at a fixed offset of
// one ArrayBuffer, seen through three views (F: Float64 scalars, sums and event times; U: Uint32
// counts, histograms, key hashes; R: Uint8 HyperLogLog registers). Flat = few cache lines per exchange.
import { CAPABILITIES, ELICITATIONS } from '../enrich/types.js';
import { GAP_BUCKETS, GAP_F, GAP_TIMES } from './sketches/gap-histogram.js';
import { RING_WORDS } from './sketches/activity.js';
import { AMS_ROWS, AMS_WIDTH } from './sketches/ams-f2.js';
import { RETRY_F, RETRY_U } from './sketches/retry.js';
import { WINDOW_DIMS } from './window-cells.js';

export const NCAP = CAPABILITIES.length;
export const NELI = ELICITATIONS.length;

/** Status classes counted in the status mix (HTTP status of the exchange). */
export const STATUS_CLASSES = ['ok', 'rate_limited', 'client_error', 'server_error', 'none'] as const;
/** Stop-reason classes counted in the stop mix (providers' words mapped: see stopClass in state.ts). */
export const STOP_CLASSES = ['end', 'cut', 'tool', 'refusal', 'other', 'none'] as const;

let f = 0;
let u = 0;
let r = 0;
const fs = (n = 1): number => ((f += n), f - n);
const us = (n = 1): number => ((u += n), u - n);
const rs = (n: number): number => ((r += n), r - n);

/** Float64 slots; those every exchange touches first (fewer cache lines). */
export const F = Object.freeze({
  n: fs(), noText: fs(), withConversation: fs(), followUps: fs(), elicitAny: fs(), elicitDistill: fs(),
  maxTokensSet: fs(), saturated: fs(), thinking: fs(), images: fs(), toolDecl: fs(), toolCallsMade: fs(), toolDeclContinued: fs(),
  errors: fs(), rateLimited: fs(), restricted: fs(), withIp: fs(),
  /** Moments of ln(1+tokens): n, sum, sumSq, min, max. */
  logIn: fs(5), logOut: fs(5),
  gaps: fs(GAP_F + 2 * GAP_TIMES),
  capSum: fs(NCAP), elicitSum: fs(NELI),
  retry: fs(RETRY_F),
});
export const F_LEN = f;

/** Uint32 slots (wrapping adds; AMS counters are read back as int32). */
export const U = Object.freeze({
  statusMix: us(STATUS_CLASSES.length), stopMix: us(STOP_CLASSES.length), capHits: us(NCAP), elicitHits: us(NELI),
  hourOfDay: us(24),
  // keyed counters: [used, overflow, (key, count) × cap]; the day counter: [used, overflow, (day, key, count) × cap]
  models: us(2 + 2 * 32), channels: us(2 + 2 * 16), scripts: us(2 + 2 * 16), netClasses: us(2 + 2 * 8),
  // bottom-k samples: [used, hashes[k]]
  prefixSample: us(1 + 8), asnSample: us(1 + 8), uaSample: us(1 + 4), tlsSample: us(1 + 4),
  window: us(WINDOW_DIMS),
  ams: us(AMS_ROWS * AMS_WIDTH),
  gapHist: us(GAP_BUCKETS),
  ring: us(RING_WORDS),
  modelDays: us(2 + 3 * 96),
  elicitHourOfDay: us(24), elicitRing: us(RING_WORDS),
  retry: us(RETRY_U),
});
export const U_LEN = u;

/** Counter capacities (keys kept) and bottom-k sizes. */
export const CAP = Object.freeze({ models: 32, channels: 16, scripts: 16, netClasses: 8, modelDays: 96, prefixSample: 8, asnSample: 8, uaSample: 4, tlsSample: 4 });

/** HyperLogLog precisions and their register offsets. */
export const HLL_P = Object.freeze({ templates: 7, contents: 7, conversations: 6, toolsets: 5, prefixes: 6, asns: 5, elicitContents: 7 });
export const R = Object.freeze({
  templates: rs(1 << HLL_P.templates), contents: rs(1 << HLL_P.contents), conversations: rs(1 << HLL_P.conversations),
  toolsets: rs(1 << HLL_P.toolsets), prefixes: rs(1 << HLL_P.prefixes), asns: rs(1 << HLL_P.asns), elicitContents: rs(1 << HLL_P.elicitContents),
});
export const R_LEN = r;

/** String slots (names of counter keys and bottom-k values; written only when a key is new). */
let s = 0;
const ss = (n: number): number => ((s += n), s - n);
export const S = Object.freeze({
  models: ss(CAP.models), channels: ss(CAP.channels), scripts: ss(CAP.scripts), netClasses: ss(CAP.netClasses),
  prefixSample: ss(CAP.prefixSample), asnSample: ss(CAP.asnSample), uaSample: ss(CAP.uaSample), tlsSample: ss(CAP.tlsSample),
});
export const S_LEN = s;

export const F_BYTES = F_LEN * 8;
export const U_BYTES = U_LEN * 4;
/** Bytes of one state's buffer: F, then U, then R (8-byte aligned). */
export const STATE_BYTES = Math.ceil((F_BYTES + U_BYTES + R_LEN) / 8) * 8;
