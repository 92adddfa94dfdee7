// eval: the ground-truth contract (labels.schema.json, held equal to shared/schema by
// test/schema/drift.test.ts). Only the evaluator and the simulator that writes it read this type;
// detection never does (test/eval/labels-boundary.test.ts).
import { createRequire } from 'node:module';
import type { Parsed, RecordRef } from '../errors.js';
import { compileContract, parseJsonObject, type AccountId } from '../schema/index.js';

/** Ground truth for one account. */
export interface Label {
  readonly account_id: AccountId;
  readonly label: 'benign' | 'distillation';
  readonly campaign_id?: string;
  readonly actor_id?: string;
  readonly population?: string;
  readonly [extra: string]: unknown;
}

const require = createRequire(import.meta.url);
export const LABELS_SCHEMA = require('./json/labels.schema.json') as object;

let check: ((value: unknown, ref: RecordRef) => Parsed<Label>) | undefined;

/** Checks a decoded value against labels.schema.json. */
export function validateLabel(value: unknown, ref: RecordRef): Parsed<Label> {
  check ??= compileContract<Label>(LABELS_SCHEMA);
  return check(value, ref);
}

/** Parses one JSON line of a labels file. Never throws on bad input. */
export function parseLabel(line: string, ref: RecordRef): Parsed<Label> {
  const o = parseJsonObject(line, ref);
  return o.ok ? validateLabel(o.value, ref) : o;
}
