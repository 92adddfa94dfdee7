// bench: a JSON scanner that builds no value, only checks that a text is JSON (jsonValidates): the floor
// of a reader that would parse less than the whole record (adapters.bench.ts, BENCH_SCANNER=1). Measured,
// not used by ingest (docs/adapters.md, Session 5). test/ingest/adapters/json-scan.test.ts holds it to JSON.parse.

/** Control characters: JSON allows none inside a string (tab, LF and CR only as whitespace between tokens). */
const CONTROL = /[\x00-\x1f]/;
/** Per text: no control character at all, no backslash at all (then strings need no checks beyond their quotes). */
let scanCtrlFree = true;
let scanNoEscape = true;
/** Open containers of the text being scanned ('{' or '['): JSON.parse nests without a recursion limit, so does the scan. */
const scanStack: number[] = [];

/** True when a code unit of t between a and b (exclusive) is a control character. */
function controlIn(t: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t.charCodeAt(k) < 32) return true;
  return false;
}

/** The index after the closing quote of the string whose body starts at i, or -1 when it is not a JSON string. */
function skipString(t: string, i: number): number {
  let q = t.indexOf('"', i);
  let b = scanNoEscape ? -1 : t.indexOf('\\', i);
  for (;;) {
    if (q < 0) return -1;
    if (b < 0 || b > q) return !scanCtrlFree && controlIn(t, i, q) ? -1 : q + 1;
    if (!scanCtrlFree && controlIn(t, i, b)) return -1;
    const e = t.charCodeAt(b + 1);
    if (e === 117) {
      for (let k = b + 2; k < b + 6; k++) {
        const h = t.charCodeAt(k) | 32;
        if (!((h >= 48 && h <= 57) || (h >= 97 && h <= 102))) return -1;
      }
      i = b + 6;
    } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i = b + 2;
    else return -1;
    if (q < i) q = t.indexOf('"', i);
    b = t.indexOf('\\', i);
  }
}

/** The index after the JSON number at i, or -1. */
function skipNumber(t: string, i: number): number {
  let c = t.charCodeAt(i);
  if (c === 45) c = t.charCodeAt(++i);
  if (c === 48) c = t.charCodeAt(++i);
  else if (c >= 49 && c <= 57) do c = t.charCodeAt(++i); while (c >= 48 && c <= 57);
  else return -1;
  if (c === 46) {
    c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return -1;
    do c = t.charCodeAt(++i); while (c >= 48 && c <= 57);
  }
  if (c === 101 || c === 69) {
    c = t.charCodeAt(++i);
    if (c === 43 || c === 45) c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return -1;
    do c = t.charCodeAt(++i); while (c >= 48 && c <= 57);
  }
  return i;
}

/** The index of the first non-whitespace code unit at or after i (JSON whitespace: space, tab, LF, CR). */
function skipSpace(t: string, i: number): number {
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return i;
  }
}

/** After '{' or ',' in an object: the index after `"key" :`, or -1. */
function skipKey(t: string, i: number): number {
  i = skipSpace(t, i);
  if (t.charCodeAt(i) !== 34) return -1;
  i = skipString(t, i + 1);
  if (i < 0) return -1;
  i = skipSpace(t, i);
  return t.charCodeAt(i) === 58 ? i + 1 : -1;
}

/**
 * Whether JSON.parse accepts t, found without building any value: the least a reader that parses
 * less than the whole record must still do, since a record JSON.parse rejects must stay rejected
 * (docs/adapters.md, Speed, Session 5). Strings are skipped by indexOf (quotes, backslashes); control
 * characters are looked for only in a text that holds one. A property test holds it to JSON.parse.
 */
export function jsonValidates(t: string): boolean {
  scanCtrlFree = !CONTROL.test(t);
  scanNoEscape = t.indexOf('\\') < 0;
  const stack = scanStack;
  stack.length = 0;
  let i = 0;
  for (;;) {
    // a value starts at i (after whitespace)
    i = skipSpace(t, i);
    const c = t.charCodeAt(i);
    if (c === 123 || c === 91) {
      const j = skipSpace(t, i + 1);
      if (t.charCodeAt(j) === c + 2) i = j + 1; // '{}' or '[]'
      else {
        stack.push(c);
        i = c === 123 ? skipKey(t, i + 1) : i + 1;
        if (i < 0) return false;
        continue;
      }
    } else if (c === 34) i = skipString(t, i + 1);
    else if (c === 116) i = t.startsWith('true', i) ? i + 4 : -1;
    else if (c === 102) i = t.startsWith('false', i) ? i + 5 : -1;
    else if (c === 110) i = t.startsWith('null', i) ? i + 4 : -1;
    else i = skipNumber(t, i);
    if (i < 0) return false;
    // after a value: close containers, or a comma and the next member
    for (;;) {
      i = skipSpace(t, i);
      if (stack.length === 0) return i === t.length;
      const open = stack[stack.length - 1]!;
      const d = t.charCodeAt(i);
      if (d === open + 2) {
        stack.pop();
        i++;
        continue;
      }
      if (d !== 44) return false;
      i = open === 123 ? skipKey(t, i + 1) : i + 1;
      if (i < 0) return false;
      break;
    }
  }
}
