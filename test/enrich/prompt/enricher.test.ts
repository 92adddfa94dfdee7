import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPromptEnricher, sketchPrompt } from '../../../src/enrich/prompt/index.js';
import { CAPABILITIES, ELICITATIONS, type PromptSignals } from '../../../src/enrich/types.js';
import { exchange } from './fixtures.js';

function assertWellFormed(s: PromptSignals): void {
  assert.equal(s.elicitation.length, ELICITATIONS.length);
  assert.equal(s.capabilities.length, CAPABILITIES.length);
  for (const v of [...s.elicitation, ...s.capabilities]) assert.ok(v >= 0 && v <= 1 && !Number.isNaN(v), `score ${v} out of [0,1]`);
  assert.equal(typeof s.script, 'string');
  assert.ok(Number.isInteger(s.templateId) && s.templateId >= -1);
  assert.ok(s.simhash === '' || /^[0-9a-f]{16}$/.test(s.simhash));
}

describe('prompt enricher on bad input', () => {
  const e = createPromptEnricher();

  it('gives an empty prompt no text, no template and zero text scores', () => {
    const s = e.enrich(exchange(''));
    assertWellFormed(s);
    assert.equal(s.hasText, false);
    assert.equal(s.templateId, -1);
    assert.equal(s.script, 'none');
    assert.equal(s.simhash, '');
  });

  it('treats a missing or non-string prompt like an absent one', () => {
    for (const x of [exchange(undefined), exchange(undefined, { prompt: 42 }), exchange(undefined, { prompt: null })]) {
      const s = e.enrich(x);
      assertWellFormed(s);
      assert.equal(s.hasText, false);
    }
  });

  it('reads a 1 MB prompt in bounded work and reports its full length', () => {
    const big = 'Explain the history of Rome in detail. '.repeat(27_000);
    const s = e.enrich(exchange(big));
    assertWellFormed(s);
    assert.equal(s.chars, big.length);
    assert.ok(s.templateId >= 0);
  });

  it('survives binary junk and lone surrogates', () => {
    let junk = '';
    for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) % 65536);
    junk += '\ud800\udc00\udfff\ud83d';
    const s = e.enrich(exchange(junk));
    assertWellFormed(s);
    assert.equal(s.hasText, true);
  });

  it('names the dominant script of mixed-script text', () => {
    const s = e.enrich(exchange('Привет, как дела? Это тест на русском языке. hello 你好'));
    assertWellFormed(s);
    assert.equal(s.script, 'cyrillic');
    assert.equal(e.enrich(exchange('请详细解释量子力学的基本原理和历史发展')).script, 'han');
    assert.equal(e.enrich(exchange('!!! ??? 12345 ...')).script, 'none');
  });

  it('scores and groups a sketch-only exchange as it would the text', () => {
    const text = 'Rate the following answer on a scale of 1 to 10 and explain which criteria it fails. Question: what is the boiling point of water at sea level? Answer: 100 degrees Celsius, or 212 Fahrenheit, at one atmosphere of pressure.';
    const fromText = createPromptEnricher();
    const fromSketch = createPromptEnricher();
    const a = fromText.enrich(exchange(text));
    const b = fromSketch.enrich(exchange(undefined, { prompt_sketch: sketchPrompt(text) }));
    assertWellFormed(b);
    assert.equal(b.hasText, true);
    assert.equal(b.chars, text.length);
    assert.equal(b.simhash, a.simhash);
    for (let i = 0; i < a.elicitation.length; i++) assert.ok(Math.abs(a.elicitation[i]! - b.elicitation[i]!) < 0.01);
    // The same text then the sketch of the same text land in one template.
    const both = createPromptEnricher();
    const t1 = both.enrich(exchange(text)).templateId;
    assert.equal(both.enrich(exchange(undefined, { prompt_sketch: sketchPrompt(text) })).templateId, t1);
  });

  it('treats a malformed sketch as no text', () => {
    for (const bad of ['dw1:latin:1:1:zz', 'hello', 'dw2:' + 'a'.repeat(300), 'dw1:latin:-1:3:' + '0'.repeat(128) + ':-:-']) {
      const s = e.enrich(exchange(undefined, { prompt_sketch: bad }));
      assertWellFormed(s);
      assert.equal(s.hasText, false);
      assert.equal(s.templateId, -1);
    }
  });
});

describe('prompt enricher state', () => {
  it('assigns the same template ids for the same input order', () => {
    const prompts = ['What is 2+2?', 'Write a haiku about rain', 'What is 3+3?', 'Write a haiku about snow', 'Translate hello into French'];
    const run = () => {
      const e = createPromptEnricher();
      return prompts.map((p) => e.enrich(exchange(p)).templateId);
    };
    assert.deepEqual(run(), run());
  });

  it('keeps at most maxTemplates templates however many distinct prompts arrive', () => {
    const e = createPromptEnricher({ maxTemplates: 64 });
    // Distinct made-up words from a seeded generator: no two prompts share much vocabulary.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const syl = ['ka', 'lo', 'mi', 'ten', 'rus', 'vel', 'po', 'zan', 'qui', 'dor', 'fe', 'gra', 'shu', 'yel', 'bo', 'nix'];
    const word = () => Array.from({ length: 3 }, () => syl[next() >>> 28]).join('');
    for (let i = 0; i < 2000; i++) e.enrich(exchange(Array.from({ length: 8 }, word).join(' ')));
    const st = e.templateStats();
    assert.ok(st.templates <= 64, `templates ${st.templates}`);
    assert.ok(st.evicted > 0);
    assert.equal(st.assigned, 2000);
  });

  it('estimates how many accounts share a template', () => {
    const e = createPromptEnricher();
    let id = -1;
    for (let a = 0; a < 20; a++) {
      for (let k = 0; k < 3; k++) id = e.enrich(exchange('Summarise the attached quarterly sales report for the board in five bullet points.', { account_id: `acct-${a}` })).templateId;
    }
    const info = e.templateInfo(id);
    assert.ok(info);
    assert.equal(info.count, 60);
    assert.ok(info.accounts >= 14 && info.accounts <= 28, `accounts ${info.accounts}`);
    assert.equal(e.topTemplates(1)[0]?.templateId, id);
  });
});

describe('prompt sketch', () => {
  it('holds none of the words of the prompt', () => {
    const text = 'Confidential merger memo: Northwind acquires Contoso for 4.2 billion, announce Friday.';
    const sk = sketchPrompt(text);
    for (const w of ['confidential', 'merger', 'northwind', 'contoso', 'billion', 'friday']) assert.ok(!sk.toLowerCase().includes(w), w);
    assert.match(sk, /^dw1:latin:\d+:\d+:[0-9a-f]{128}:(-|[0-9a-f]{128}):[0-9a-f]{30}$/);
  });

  it('changes with the seed, so a provider secret defeats dictionary guessing', () => {
    const text = 'What is the capital of France?';
    assert.notEqual(sketchPrompt(text, { seed: 1 }).split(':')[4], sketchPrompt(text, { seed: 2 }).split(':')[4]);
    const e = createPromptEnricher({ seed: 7 });
    const a = e.enrich(exchange(text)).templateId;
    assert.equal(e.enrich(exchange(undefined, { prompt_sketch: sketchPrompt(text, { seed: 7 }) })).templateId, a);
  });
});
