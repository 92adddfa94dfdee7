// enrich stage contracts: Exchange → EnrichedExchange (prompt signals + network signals).
// These types are the hand-off between enrich and every later stage (profile, detect, link).
import type { Exchange } from '../schema/index.js';

/** Capabilities an exchange exercises (multi-label). */
export const CAPABILITIES = [
  'agentic_coding',
  'tool_use',
  'reasoning_math',
  'data_analysis',
  'vision',
  'computer_use',
  'creative_writing',
  'general_chat',
  'policy_sensitive',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Elicitation patterns: ways a prompt makes the model hand out what a distiller wants. */
export const ELICITATIONS = [
  'cot_reconstruction', // "explain your full internal reasoning", "show every step" used systematically
  'rubric_grading', // the model used as grader / reward model
  'safe_rewrite', // censorship-safe or policy-sensitive rewrites
  'synthetic_data', // "generate 20 diverse examples of ..."
  'prompt_extraction', // system-prompt or hidden-reasoning extraction
  'trajectory_harvest', // tool schemas declared but no real tool results sent back (per exchange: a hint)
] as const;
export type Elicitation = (typeof ELICITATIONS)[number];

/** What the prompt side of enrich says about one exchange. PRIVACY: holds no prompt text. */
export interface PromptSignals {
  /** The exchange had prompt text (or a sketch) to read. */
  readonly hasText: boolean;
  /** Length of the prompt in characters (0 when absent). */
  readonly chars: number;
  /** Dominant Unicode script of the prompt: 'latin', 'cyrillic', 'han', 'arabic', ... or 'none'. */
  readonly script: string;
  /**
   * Id of the near-duplicate template group this prompt fell into (paraphrase- and
   * slot-tolerant; stable within one enricher's life, assigned in first-seen order).
   * -1 when the prompt has no text.
   */
  readonly templateId: number;
  /** Scores in [0,1], one per entry of ELICITATIONS, same order. */
  readonly elicitation: Float32Array;
  /** Probabilities in [0,1], one per entry of CAPABILITIES, same order. */
  readonly capabilities: Float32Array;
  /** A 64-bit locality-sensitive hash of the prompt content as 16 hex digits ('' when no text). */
  readonly simhash: string;
}

export type NetClass = 'datacenter' | 'residential' | 'vpn' | 'tor' | 'mobile' | 'unknown';

/** What the network side of enrich says about one exchange's client address. */
export interface NetSignals {
  /** Absent when the exchange carried no IP: network signals are then unavailable, never guessed. */
  readonly ip?: string;
  /** /24 for IPv4, /48 for IPv6, as a CIDR string. */
  readonly prefix?: string;
  readonly asn?: number;
  readonly asOrg?: string;
  readonly country?: string;
  readonly netClass: NetClass;
  /** The country is on the configured restricted-regions list. */
  readonly isRestrictedRegion: boolean;
}

export interface EnrichedExchange {
  readonly x: Exchange;
  /** Event time in epoch milliseconds (Date.parse(x.ts)). */
  readonly tMs: number;
  readonly prompt: PromptSignals;
  readonly net: NetSignals;
}
