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

describe('prompt scanner word ends', () => {
  // A word ended by a space takes the scanner's fast path; the same word alone ends at the end of the
  // text (the general path). Both must give the same token and stem, and the budget must stop alike.
  const scanOf = (text: string, max: number) => {
    const s = createScan(max);
    scanText(s, text, 0);
    return { tokens: Array.from(s.tokens.subarray(0, s.n)), stems: Array.from(s.stems.subarray(0, s.n)), lines: s.lines, scanned: s.scanned };
  };
  it('gives each word the token and stem it has alone, whatever ends it', () => {
    let seed = 12345;
    const rnd = (k: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k);
    const letters = 'abcdefghijklmnopqrstuvwxyzAEIOUXYZ0123456789';
    const seps = [' ', ' ', ' ', '\n', '  ', '. ', ', ', '\t', '? '];
    for (let trial = 0; trial < 300; trial++) {
      const words: string[] = [];
      const pieces: string[] = [];
      let text = '';
      const nw = 1 + rnd(30);
      for (let w = 0; w < nw; w++) {
        let word = '';
        const len = 1 + rnd(12);
        for (let k = 0; k < len; k++) word += letters[rnd(letters.length)];
        const sep = seps[rnd(seps.length)]!;
        words.push(word);
        pieces.push(word, sep.trim());
        text += word + sep;
      }
      const expected = { tokens: [] as number[], stems: [] as number[] };
      for (const p of pieces) {
        if (p === '') continue;
        const one = scanOf(p, 4);
        expected.tokens.push(...one.tokens);
        expected.stems.push(...one.stems);
      }
      const all = scanOf(text, 512);
      assert.deepEqual(all.tokens, expected.tokens, text);
      assert.deepEqual(all.stems, expected.stems, text);
      assert.equal(all.lines, (text.match(/\n/g) ?? []).length);
      // A budget that fills on a word ended by a space stops on that space.
      const budget = 1 + rnd(expected.tokens.length);
      const cut = scanOf(text, budget);
      assert.deepEqual(cut.tokens, expected.tokens.slice(0, budget));
      assert.deepEqual(cut.stems, expected.stems.slice(0, budget));
      assert.ok(cut.scanned < text.length || budget >= expected.tokens.length - 1);
      if (cut.scanned < text.length) assert.match(text[cut.scanned]!, /[\s.,?]/);
    }
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
