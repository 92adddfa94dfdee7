// ingest: a fast pre-check compiled from a contract's JSON Schema. It says "surely valid" for the
// common case (plain types, minLength, minimum, arrays of strings, RFC 3339 date-time in its usual
// shape) and "ask ajv" for everything else, so ajv runs only on unusual or invalid records and
// still writes every rejection reason. It never accepts what ajv would reject: each check is the
// same rule as the schema's or stricter; a schema keyword it does not know turns it off.

type Check = (v: unknown) => boolean;

const d2 = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 'YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)' with valid ranges (no leap seconds: those go to ajv). */
export function isPlainDateTime(s: string): boolean {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const y1 = d2(s, 0);
  const y2 = d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  const se = d2(s, 17);
  if (y1 < 0 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return false;
  const y = y1 * 100 + y2;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && !leap ? 28 : DAYS[mo]!)) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const st = i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === st) return false;
  }
  if (i === n - 1) return s.charCodeAt(i) === 90; // 'Z'
  if (i !== n - 6) return false;
  const sign = s.charCodeAt(i);
  if ((sign !== 43 && sign !== 45) || s.charCodeAt(i + 3) !== 58) return false;
  const oh = d2(s, i + 1);
  const om = d2(s, i + 4);
  return oh >= 0 && oh <= 23 && om >= 0 && om <= 59;
}

const KNOWN = new Set(['type', 'description', 'minLength', 'minimum', 'format', 'items', 'title', '$id', '$schema', 'required', 'properties', 'enum']);

function compileProp(p: Record<string, unknown>): Check | undefined {
  for (const k of Object.keys(p)) if (!KNOWN.has(k)) return undefined;
  const t = p.type;
  const minLength = typeof p.minLength === 'number' ? p.minLength : 0;
  const minimum = typeof p.minimum === 'number' ? p.minimum : -Infinity;
  const en = Array.isArray(p.enum) ? new Set(p.enum as unknown[]) : undefined;
  if (t === 'string') {
    if (p.format !== undefined && p.format !== 'date-time') return undefined;
    const dt = p.format === 'date-time';
    // ajv counts code points; a UTF-16 length ≥ 2·min surely has ≥ min code points, else count them
    return (v) => typeof v === 'string' && (minLength === 0 || v.length >= 2 * minLength || [...v].length >= minLength) && (!dt || isPlainDateTime(v)) && (!en || en.has(v));
  }
  if (p.format !== undefined) return undefined;
  if (t === 'integer') return (v) => typeof v === 'number' && Number.isInteger(v) && v >= minimum;
  if (t === 'number') return (v) => typeof v === 'number' && Number.isFinite(v) && v >= minimum;
  if (t === 'boolean') return (v) => typeof v === 'boolean';
  if (t === 'array') {
    const items = p.items as Record<string, unknown> | undefined;
    const ic = items ? compileProp(items) : () => true;
    if (!ic) return undefined;
    return (v) => Array.isArray(v) && v.every(ic);
  }
  if (t === 'object') return undefined;
  return undefined;
}

/** A pre-check for a top-level object schema, or undefined when the schema is beyond it. */
export function compileFastCheck(schema: Record<string, unknown>): ((v: Record<string, unknown>) => boolean) | undefined {
  if (schema.type !== 'object' || schema.additionalProperties !== undefined) return undefined;
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) return undefined;
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const checks = new Map<string, Check>();
  for (const [k, p] of Object.entries(props)) {
    const c = compileProp(p);
    if (!c) return undefined;
    checks.set(k, c);
  }
  const required = (schema.required ?? []) as string[];
  return (v) => {
    for (const r of required) if (v[r] === undefined) return false;
    for (const k in v) {
      const c = checks.get(k);
      if (c !== undefined && !c(v[k])) return false;
    }
    return true;
  };
}
