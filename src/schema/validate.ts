// Validators compiled once from the JSON Schemas of the contracts (src/schema/json/, held equal to
// shared/schema/ by test/schema/drift.test.ts). unknown → typed value, or a Rejected with its reason.
import { createRequire } from 'node:module';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Parsed, RecordRef } from '../errors.js';
import type { Account, Actor, ContractName, Exchange, Report } from './types.js';

const require = createRequire(import.meta.url);
// ajv and ajv-formats are CommonJS with a default export; take it whichever way the loader hands it.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

export const SCHEMAS: Readonly<Record<ContractName, object>> = {
  exchange: require('./json/exchange.schema.json') as object,
  account: require('./json/account.schema.json') as object,
  actor: require('./json/actor.schema.json') as object,
  report: require('./json/report.schema.json') as object,
};

export interface ContractTypes {
  exchange: Exchange;
  account: Account;
  actor: Actor;
  report: Report;
}

let compiled: Map<ContractName, ValidateFunction> | undefined;

function validators(): Map<ContractName, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv, ['date-time']);
  compiled = new Map();
  for (const [name, schema] of Object.entries(SCHEMAS) as [ContractName, object][]) {
    compiled.set(name, ajv.compile(schema));
  }
  return compiled;
}

/** Human-readable reason from the first Ajv error: names the field and what was wrong. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return 'invalid record';
  if (e.keyword === 'required') return `missing required field '${(e.params as { missingProperty: string }).missingProperty}'`;
  const at = e.instancePath ? `field '${e.instancePath.slice(1).replace(/\//g, '.')}'` : 'record';
  return `${at} ${e.message ?? 'is invalid'}`;
}

/** Checks a decoded value against a contract. The value is returned as-is (unknown fields kept). */
export function validateRecord<C extends ContractName>(contract: C, value: unknown, ref: RecordRef): Parsed<ContractTypes[C]> {
  const v = validators().get(contract)!;
  if (v(value)) return { ok: true, value: value as ContractTypes[C] };
  return { ok: false, rejected: { code: 'DW_E_SCHEMA', reason: describeErrors(v.errors), ref } };
}

/** A validator for a JSON Schema outside the contracts above (the evaluator's ground truth), on the same Ajv set-up. */
export function compileContract<T>(schema: object): (value: unknown, ref: RecordRef) => Parsed<T> {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv, ['date-time']);
  const v = ajv.compile(schema);
  return (value, ref) => (v(value) ? { ok: true, value: value as T } : { ok: false, rejected: { code: 'DW_E_SCHEMA', reason: describeErrors(v.errors), ref } });
}

/** One JSON line → a JSON object, or a Rejected saying why not. Never throws. */
export function parseJsonObject(line: string, ref: RecordRef): Parsed<object> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, rejected: { code: 'DW_E_JSON', reason: `not valid JSON: ${(err as Error).message}`, ref } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, rejected: { code: 'DW_E_JSON', reason: 'a record must be a JSON object', ref } };
  }
  return { ok: true, value };
}

/** Parses one JSON line and validates it. Never throws on bad input. */
export function parseRecord<C extends ContractName>(contract: C, line: string, ref: RecordRef): Parsed<ContractTypes[C]> {
  const o = parseJsonObject(line, ref);
  return o.ok ? validateRecord(contract, o.value, ref) : o;
}
