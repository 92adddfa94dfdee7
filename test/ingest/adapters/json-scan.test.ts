// The validating JSON scan the adapters bench measures (BENCH_SCANNER=1; docs/adapters.md, Speed,
// Session 5) is the floor of a reader that parses less than the whole record only if it accepts
// exactly what JSON.parse accepts: held to JSON.parse on arbitrary and damaged JSON texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonValidates } from '../../../bench/json-scan.js';

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** The characters JSON's grammar turns on, and a few it forbids or tolerates in strings. */
const grammarUnit = fc.constantFrom(...'{}[]",:\\/ \t\n\r0123456789eE.+-truefalsnbu\x00\x1f\x7f\u00a0\u2028\ud800\udc00é€'.split(''));
/** String bodies of escapes (valid and not), quotes, backslashes and control characters. */
const stringBody = fc
  .array(fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\u0041', '\\uD83D', '\\u00zz', '\\u12', '\\x', '\\', '\\ ', 'a', '"', '\t', '\u0001', 'é', '\ud800'), { maxLength: 8 })
  .map((parts) => `"${parts.join('')}"`);
/** JSON texts with whitespace between tokens, escapes and any unicode in their strings. */
const jsonText = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
  fc.string({ unit: anyUnit }).map((s) => JSON.stringify({ [s]: [s, { s }], n: -0.5e-7 })),
);

test('json scan: accepts every JSON text', () => {
  fc.assert(
    fc.property(jsonText, (s) => jsonValidates(s)),
    { numRuns: 5000 },
  );
});

test('json scan: agrees with JSON.parse on arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ unit: anyUnit }), (s) => jsonValidates(s) === parses(s)), { numRuns: 5000 });
  fc.assert(fc.property(fc.string({ unit: grammarUnit, maxLength: 24 }), (s) => jsonValidates(s) === parses(s)), { numRuns: 50000 });
  fc.assert(
    fc.property(stringBody, stringBody, (a, b) => [a, `{${a}:${b}}`, `[${a},${b}]`].every((s) => jsonValidates(s) === parses(s))),
    { numRuns: 20000 },
  );
});

test('json scan: agrees with JSON.parse on JSON texts with a character inserted, removed or replaced', () => {
  fc.assert(
    fc.property(jsonText, fc.nat(), grammarUnit, fc.constantFrom('insert', 'remove', 'replace'), (s, at, ch, op) => {
      const i = at % (s.length + 1);
      const m = op === 'insert' ? s.slice(0, i) + ch + s.slice(i) : op === 'remove' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + ch + s.slice(i + 1);
      return jsonValidates(m) === parses(m);
    }),
    { numRuns: 20000 },
  );
});

test('json scan: known edge cases, deep nesting as JSON.parse takes it', () => {
  const cases = ['', ' ', '1', '-', '-0', '01', '1.', '.5', '1e', '1e+', '1E-2', 'tru', 'true ', 'nul', '""', '"\\u00zz"', '"\\u00e9"', '"\\x"', '"\\/"', '"\\u"', '"a\tb"', '"a\\tb"', '{"a":1,}', '[1,]', '[,1]', '{,}', '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '\u00a01', '\ufeff1', '{"__proto__":{}}', '{"a":{}}}', '[[]]', '[]]', '{"a":[{}, []]}'];
  for (const s of cases) assert.equal(jsonValidates(s), parses(s), JSON.stringify(s));
  for (const d of [1000, 200_000]) {
    assert.equal(jsonValidates('['.repeat(d) + ']'.repeat(d)), true);
    assert.equal(jsonValidates('['.repeat(d) + ']'.repeat(d - 1)), false);
    assert.equal(jsonValidates('{"a":'.repeat(d) + '1' + '}'.repeat(d)), parses('{"a":'.repeat(d) + '1' + '}'.repeat(d)));
  }
});
