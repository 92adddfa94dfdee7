// cli edge: the run configuration file of `analyze --config` (JSON). Every stage's options have
// visible defaults in their own module; a config file overrides any subset of them, section by
// section, and is checked against those defaults (same types, no unknown keys, sane bands), so a
// typo fails the run with the key's path instead of being silently ignored.
import { readFileSync } from 'node:fs';
import { DwError } from '../errors.js';
import { DEFAULT_ATTRIBUTE_OPTIONS } from '../attribute/attribute.js';
import { DEFAULT_DETECT_OPTIONS } from '../detect/options.js';
import { DETECTORS } from '../detect/registry.js';
import { DEFAULT_NET_OPTIONS } from '../enrich/network/net-enricher.js';
import { DEFAULT_PROMPT_OPTIONS } from '../enrich/prompt/enricher.js';
import { DEFAULT_LINK_INDEX_OPTIONS } from '../link/link-index.js';
import { DEFAULT_LINK_OPTIONS } from '../link/link-accounts.js';
import type { AnalysisOptions } from '../pipeline/analysis.js';
import { DEFAULT_STREAM_OPTIONS, type StreamOptions } from '../pipeline/stream.js';
import { DEFAULT_POLICY_OPTIONS } from '../respond/policy.js';

export interface RunConfig {
  readonly analysis: Partial<AnalysisOptions>;
  readonly stream: Partial<StreamOptions>;
}

type Plain = Record<string, unknown>;

/** The configurable sections and their defaults (the prompt model itself is not a config value). */
export function configDefaults(): Record<string, Plain> {
  const { model: _model, ...prompt } = DEFAULT_PROMPT_OPTIONS as Plain;
  return {
    detect: DEFAULT_DETECT_OPTIONS as unknown as Plain,
    net: DEFAULT_NET_OPTIONS as unknown as Plain,
    prompt,
    linkIndex: DEFAULT_LINK_INDEX_OPTIONS as unknown as Plain,
    link: DEFAULT_LINK_OPTIONS as unknown as Plain,
    attribute: DEFAULT_ATTRIBUTE_OPTIONS as unknown as Plain,
    policy: DEFAULT_POLICY_OPTIONS as unknown as Plain,
    stream: DEFAULT_STREAM_OPTIONS as unknown as Plain,
  };
}

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp) && !(v instanceof Set) && !(v instanceof Map);

function fail(source: string, path: string, why: string): never {
  throw new DwError('DW_E_CONFIG', `${source}: ${path}: ${why}`);
}

/** `value` shaped like `def`: numbers finite, same primitive types, arrays of the default's element type, no unknown keys. Objects are merged over their defaults. */
function conform(value: unknown, def: unknown, path: string, source: string): unknown {
  if (def instanceof RegExp) {
    if (typeof value !== 'string') fail(source, path, `expected a regular expression as a string, got ${JSON.stringify(value)}`);
    try {
      return new RegExp(value, def.flags);
    } catch (e) {
      return fail(source, path, `not a valid regular expression: ${(e as Error).message}`);
    }
  }
  if (def instanceof Set) return new Set(conform(value, [...def], path, source) as unknown[]);
  if (typeof def === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(source, path, `expected a finite number, got ${JSON.stringify(value)}`);
    return value;
  }
  if (typeof def === 'string' || typeof def === 'boolean') {
    if (typeof value !== typeof def) fail(source, path, `expected a ${typeof def}, got ${JSON.stringify(value)}`);
    return value;
  }
  if (Array.isArray(def)) {
    if (!Array.isArray(value)) fail(source, path, `expected an array, got ${JSON.stringify(value)}`);
    // An empty default (e.g. detect.disabled) holds strings.
    const elem = def.length > 0 ? def[0] : '';
    return value.map((v, i) => conform(v, elem, `${path}[${i}]`, source));
  }
  if (isPlain(def)) {
    if (!isPlain(value)) fail(source, path, `expected an object, got ${JSON.stringify(value)}`);
    const out: Plain = { ...def };
    for (const [k, v] of Object.entries(value)) {
      if (!(k in def)) fail(source, `${path}.${k}`, `unknown option (known: ${Object.keys(def).join(', ')})`);
      out[k] = conform(v, def[k], `${path}.${k}`, source);
    }
    return out;
  }
  return fail(source, path, 'is not configurable');
}

function checkSemantics(c: Record<string, Plain>, source: string): void {
  const d = c.detect;
  if (d) {
    const prior = d.prior as number;
    if (!(prior > 0 && prior < 1)) fail(source, 'detect.prior', `must be strictly between 0 and 1, got ${prior}`);
    const b = d.bands as { suspicious: number; distillation: number };
    if (!(b.suspicious > 0 && b.suspicious < b.distillation && b.distillation < 1)) fail(source, 'detect.bands', `need 0 < suspicious < distillation < 1, got ${b.suspicious} and ${b.distillation}`);
    const known = new Set(DETECTORS.map((x) => x.id));
    for (const id of d.disabled as string[]) if (!known.has(id)) fail(source, 'detect.disabled', `unknown detector '${id}' (known: ${[...known].join(', ')})`);
    const edges = d.volumeBands as number[];
    for (let i = 1; i < edges.length; i++) if (!(edges[i]! > edges[i - 1]!)) fail(source, 'detect.volumeBands', 'must increase');
  }
  const n = c.net;
  if (n) for (const r of n.restrictedRegions as string[]) if (!/^[A-Z]{2}$/.test(r)) fail(source, 'net.restrictedRegions', `'${r}' is not an ISO 3166 alpha-2 code in upper case`);
  const s = c.stream;
  if (s && !((s.cadenceMs as number) > 0)) fail(source, 'stream.cadenceMs', 'must be positive');
  // String options that take one of a few values.
  const oneOf = (section: string, key: string, allowed: readonly string[]): void => {
    const v = c[section]?.[key];
    if (v !== undefined && !allowed.includes(v as string)) fail(source, `${section}.${key}`, `'${String(v)}' is not one of ${allowed.join(', ')}`);
  };
  oneOf('link', 'communityEngine', ['graphology', 'typed']);
  oneOf('policy', 'mode', ['shadow', 'enforce']);
}

/** Checks a parsed config object; `source` names it in errors. */
export function parseConfig(raw: unknown, source: string): RunConfig {
  const defaults = configDefaults();
  if (!isPlain(raw)) fail(source, '(top)', `expected an object with sections ${Object.keys(defaults).join(', ')}`);
  const sections: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === '$comment') continue;
    const def = defaults[k];
    if (!def) fail(source, k, `unknown section (known: ${Object.keys(defaults).join(', ')})`);
    sections[k] = conform(v, def, k, source) as Plain;
  }
  checkSemantics(sections, source);
  const { stream, ...analysis } = sections;
  return { analysis: analysis as Partial<AnalysisOptions>, stream: (stream ?? {}) as Partial<StreamOptions> };
}

export function loadConfig(path: string): RunConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DwError('DW_E_CONFIG', `cannot read config ${path}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DwError('DW_E_CONFIG', `${path}: not valid JSON: ${(e as Error).message}`);
  }
  return parseConfig(raw, path);
}

/** The defaults as a config file (regular expressions as strings, sets as arrays). */
export function defaultsAsJson(): string {
  return JSON.stringify(configDefaults(), (_k, v: unknown) => (v instanceof RegExp ? v.source : v instanceof Set ? [...v] : v), 2);
}
