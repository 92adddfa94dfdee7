import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createScan, dominantScript, scanText } from '../../../src/enrich/prompt/scan.js';

const tokens = (text: string, max = 64, tail = 16): number[] => {
  const s = createScan(max);
  scanText(s, text, tail);
  return Array.from(s.tokens.subarray(0, s.n));
};

describe('prompt scanner', () => {
  it('lowercases in any script and masks every run of digits as one slot', () => {
    assert.deepEqual(tokens('Hello WORLD 2026'), tokens('hello world 7'));
    assert.deepEqual(tokens('ПРИВЕТ Мир'), tokens('привет мир'));
    assert.notDeepEqual(tokens('hello world'), tokens('hello word'));
  });

  it('makes each character of a script without spaces its own token', () => {
    assert.equal(tokens('你好世界').length, 4);
    assert.equal(tokens('hello world').length, 2);
  });

  it('collapses a run of one repeated symbol into one token', () => {
    assert.equal(tokens('=====').length, 1);
    assert.equal(tokens('=-=').length, 3);
  });

  it('bounds the tokens of a huge text and keeps its tail', () => {
    const text = 'alpha beta gamma delta '.repeat(50_000) + 'the very last words';
    const s = createScan(64);
    scanText(s, text, 16);
    assert.equal(s.n <= 64, true);
    assert.deepEqual(Array.from(s.tokens.subarray(s.n - 4, s.n)), tokens('the very last words'));
  });

  it('names the script with most words', () => {
    const s = createScan(64);
    scanText(s, 'Это текст with a few English words но больше русских слов здесь', 0);
    assert.equal(dominantScript(s), 'cyrillic');
    scanText(s, 'مرحبا بالعالم hello', 0);
    assert.equal(dominantScript(s), 'arabic');
  });
});

describe('prompt scanner bounds', () => {
  it('reads a bounded number of characters of a 1 MB text without separators', () => {
    const blob = 'QUJD'.repeat(262_144);
    const s = createScan(64);
    scanText(s, blob, 16);
    assert.ok(s.scanned <= 48 * 32 + 16 * 4 + 64, `scanned ${s.scanned}`);
    assert.ok(s.n >= 1 && s.n <= 64);
  });
});
