// ingest adapters: identity options compiled once into field accessors. `pick` (identity.ts) walks a
// dot path by slicing strings on every call; here each path is split once, per IdentityConfig and
// adapter, into a function with the same answer (a key holding dots matches whole first, then the
// plain nested walk, a head may itself hold dots), so the per-record cost is a few property loads.
import type { IdentityConfig, IdentityFields } from '../identity.js';

export type Getter = (rec: unknown) => unknown;
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The value at a dot path, as identity.ts `pick` finds it (for JSON values, which hold no undefined).
 * Compiled into a function whose property names are constants (`o["metadata"]`), so each load is a
 * named load the engine caches per record shape; a load by a key held in a variable is looked up by
 * name on every record. The source is built from the operator's path with each name as a JSON string
 * literal: no record value is ever compiled.
 */
export function compilePath(path: string): Getter {
  const subs: Getter[] = [];
  const key = JSON.stringify(path);
  let body = `if (o === null || typeof o !== 'object') return undefined;\nconst v = o[${key}];\nif (v !== undefined && hasOwn(o, ${key})) return v;\n`;
  for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
    const head = JSON.stringify(path.slice(0, i));
    body += `{ const inner = o[${head}]; if (inner !== undefined && hasOwn(o, ${head})) { const w = subs[${subs.length}](inner); if (w !== undefined) return w; } }\n`;
    subs.push(compilePath(path.slice(i + 1)));
  }
  body += 'return undefined;';
  return new Function('hasOwn', 'subs', `return (o) => {\n${body}\n};`)(hasOwn, subs) as Getter;
}

/** First non-empty string (or finite number, as text) among the paths: identity.ts `pickString`. */
export function compileStringPick(paths: readonly string[]): (rec: unknown) => string | undefined {
  const gs = paths.map(compilePath);
  return (rec) => {
    for (let i = 0; i < gs.length; i++) {
      const v = gs[i]!(rec);
      if (typeof v === 'string') {
        if (v.length > 0) return v;
      } else if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    }
    return undefined;
  };
}

export interface IdentityDefaults {
  readonly account: readonly string[];
  readonly apiKey: readonly string[];
  readonly org: readonly string[];
}

export interface IdentityReader {
  readonly account: (rec: unknown) => string | undefined;
  readonly apiKey: (rec: unknown) => string | undefined;
  readonly org: (rec: unknown) => string | undefined;
  /** The account fields tried, for the rejection when none holds a value. */
  readonly accountFields: readonly string[];
  /** The top-level keys the paths can read: each path whole and each of its heads before a dot. */
  readonly heads: readonly string[];
}

/** Every key a compiled path reads at the top of a record: the path whole, then each head before a dot. */
function headsOf(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    out.add(p);
    for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1)) out.add(p.slice(0, i));
  }
  return [...out];
}

const cache = new WeakMap<IdentityConfig, WeakMap<IdentityDefaults, IdentityReader>>();

/** The operator's fields first, the adapter's defaults otherwise (as resolveIdentity), compiled once per config. */
export function identityReader(cfg: IdentityConfig, defaults: IdentityDefaults): IdentityReader {
  // the one configuration and adapter of an input, asked once a record: no map lookups for it
  if (cfg === lastCfg && defaults === lastDefaults) return lastReader!;
  let byDefaults = cache.get(cfg);
  if (byDefaults === undefined) {
    byDefaults = new WeakMap();
    cache.set(cfg, byDefaults);
  }
  let r = byDefaults.get(defaults);
  if (r === undefined) {
    const accountFields = cfg.account ?? defaults.account;
    const apiKey = cfg.apiKey ?? defaults.apiKey;
    const org = cfg.org ?? defaults.org;
    r = {
      account: compileStringPick(accountFields),
      apiKey: compileStringPick(apiKey),
      org: compileStringPick(org),
      accountFields,
      heads: headsOf([...accountFields, ...apiKey, ...org]),
    };
    byDefaults.set(defaults, r);
  }
  lastCfg = cfg;
  lastDefaults = defaults;
  lastReader = r;
  return r;
}
let lastCfg: IdentityConfig | undefined;
let lastDefaults: IdentityDefaults | undefined;
let lastReader: IdentityReader | undefined;

/** All three identity fields of a record (the object form resolveIdentity returns). */
export function readIdentity(rec: unknown, r: IdentityReader): IdentityFields {
  const out: IdentityFields = {};
  const a = r.account(rec);
  if (a !== undefined) out.account_id = a;
  const k = r.apiKey(rec);
  if (k !== undefined) out.api_key_id = k;
  const o = r.org(rec);
  if (o !== undefined) out.org_id = o;
  return out;
}

const touchCache = new WeakMap<IdentityConfig, Map<ReadonlySet<string>, boolean>>();

/**
 * Whether an identity path (the operator's, else the adapter's defaults), or a head a path is walked
 * through, is one of `keys`. An adapter that reads identity from a cheaper view of the record than the
 * record itself (OTLP: the extra fields instead of a map of every attribute; spend logs: the row
 * before its JSON text columns are parsed) asks this once per configuration: the view gives the same
 * answers as long as no path goes through a key where the two differ.
 */
export function identityTouches(cfg: IdentityConfig, defaults: IdentityDefaults, keys: ReadonlySet<string>): boolean {
  let byKeys = touchCache.get(cfg);
  if (byKeys === undefined) {
    byKeys = new Map();
    touchCache.set(cfg, byKeys);
  }
  let v = byKeys.get(keys);
  if (v === undefined) {
    const paths = [...(cfg.account ?? defaults.account), ...(cfg.apiKey ?? defaults.apiKey), ...(cfg.org ?? defaults.org)];
    v = paths.some((p) => {
      if (keys.has(p)) return true;
      for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1)) if (keys.has(p.slice(0, i))) return true;
      return false;
    });
    byKeys.set(keys, v);
  }
  return v;
}
