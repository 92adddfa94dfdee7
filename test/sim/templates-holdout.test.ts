// The held-out wrapper set: used by the mimicry scenario only, and kept out of everything detection is
// built from, so that the mimicry figures measure wording the detectors never saw.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TUTOR_SYSTEM } from '../../src/sim/populations/benign-holdout.js';
import { HOLDOUT_WRAPPERS } from '../../src/sim/templates-holdout.js';
import { WRAPPERS } from '../../src/sim/templates.js';
import { collectPrompts, SKIP } from './world-fixture.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Word 6-grams of a Latin/Cyrillic/Hangul text, or 14-character windows of a text without spaces (zh, ja). */
function shingles(text: string): string[] {
  const body = text.replace(/\{q\}/g, ' ').toLowerCase();
  const words = body.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const out: string[] = [];
  if (words.length >= 8) for (let i = 0; i + 6 <= words.length; i++) out.push(words.slice(i, i + 6).join(' '));
  else for (const w of words) for (let i = 0; i + 14 <= w.length; i++) out.push(w.slice(i, i + 14));
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Normalises a source file the way shingles() normalises the wrappers. */
function words(text: string): string {
  return ` ${text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).join(' ')} `;
}

describe('held-out elicitation wrappers', () => {
  it('differ from the standard wrappers in every phrase of six words', () => {
    const standard = words(WRAPPERS.map((w) => w.text).join('\n'));
    const shared = HOLDOUT_WRAPPERS.flatMap((w) => shingles(w.text)).filter((s) => s.includes(' ') && standard.includes(` ${s} `));
    assert.deepEqual(shared, []);
  });

  it('appear nowhere (nor the held-out tutoring prompts) in detection code, its lexicons, its training scripts or its shipped models', () => {
    const files = [...filesUnder(join(ROOT, 'src')).filter((f) => !f.includes(`${join('src', 'sim')}`) && !f.includes(`${join('src', 'eval')}`)), ...filesUnder(join(ROOT, 'scripts'))];
    // The held-out benign look-alike's system prompts too (tutoring platforms, mimicry only).
    const texts = [...HOLDOUT_WRAPPERS.map((w) => w.text), ...TUTOR_SYSTEM];
    const phrases = texts.flatMap((t) => shingles(t).map((s) => ({ s, w: t.slice(0, 40) })));
    const hits: string[] = [];
    for (const f of files) {
      const body = words(readFileSync(f, 'utf8'));
      for (const { s, w } of phrases) if (body.includes(` ${s} `) || (!s.includes(' ') && body.includes(s))) hits.push(`${f}: "${s}" (from "${w}")`);
    }
    assert.deepEqual(hits.slice(0, 10), []);
  });

  it('cover every elicitation purpose, several languages, and asks placed in the system prompt', () => {
    const purposes = new Set(HOLDOUT_WRAPPERS.map((w) => w.purpose));
    for (const p of new Set(WRAPPERS.map((w) => w.purpose))) assert.ok(purposes.has(p), `no held-out wrapper for ${p}`);
    const langs = new Set(HOLDOUT_WRAPPERS.map((w) => w.lang));
    assert.ok(langs.size >= 6, `languages: ${[...langs].join(', ')}`);
    const std = new Set(WRAPPERS.map((w) => w.lang));
    assert.ok([...langs].filter((l) => !std.has(l)).length >= 4, 'held-out languages should mostly be new ones');
    assert.ok(HOLDOUT_WRAPPERS.some((w) => w.place === 'system' && !w.text.includes('{q}')));
    for (const w of HOLDOUT_WRAPPERS) assert.ok(w.place === 'system' || w.text.includes('{q}'), `no payload slot in: ${w.text.slice(0, 40)}`);
  });

  it('are used by the mimicry scenario and by no other', { skip: SKIP }, () => {
    const inSystem = HOLDOUT_WRAPPERS.filter((w) => w.place === 'system').map((w) => w.text);
    const heads = HOLDOUT_WRAPPERS.filter((w) => w.place !== 'system' && !w.text.startsWith('{q}')).map((w) => w.text.split('{q}')[0]!.trim()).filter((h) => h.length > 20);
    const uses = (p: { prompt: string; system: string }): boolean => inSystem.includes(p.system) || heads.some((h) => p.prompt.startsWith(h));
    const mimicry = collectPrompts('mimicry').filter(uses).length;
    assert.ok(mimicry > 20, `mimicry world used held-out wrappers ${mimicry} times`);
    for (const s of ['seeds-2026', 'camouflage']) assert.equal(collectPrompts(s).filter(uses).length, 0, s);
  });
});
