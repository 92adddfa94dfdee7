// The bare scenario: the camouflaged campaigns send their payloads as they are, so that its figures
// measure what detection finds without any elicitation wording to read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCENARIOS } from '../../src/sim/index.js';
import { HOLDOUT_WRAPPERS } from '../../src/sim/templates-holdout.js';
import { WRAPPERS } from '../../src/sim/templates.js';
import { collectPrompts, SKIP } from './world-fixture.js';

/** The fixed wording of every wrapper: the text before and after its payload slot, or the whole system prompt. */
const fixedParts = [...WRAPPERS, ...HOLDOUT_WRAPPERS].flatMap((w) => (w.place === 'system' ? [w.text] : w.text.split('{q}'))).map((s) => s.trim()).filter((s) => s.length >= 20);

const wrapped = (p: { prompt: string; system: string }): boolean => fixedParts.some((f) => p.prompt.includes(f) || p.system.includes(f));

describe('the bare scenario', () => {
  it('is the camouflaged campaigns among the standard customers', () => {
    assert.deepEqual(SCENARIOS.bare!.campaigns, SCENARIOS.camouflage!.campaigns);
    assert.deepEqual(SCENARIOS.bare!.benign, SCENARIOS.camouflage!.benign);
    assert.equal(SCENARIOS.bare!.camouflage, true);
  });

  it('sends no wrapper wording, where camouflage uses it hundreds of times', { skip: SKIP }, () => {
    const bare = collectPrompts('bare');
    const camo = collectPrompts('camouflage');
    assert.ok(bare.length > 500, `bare attack exchanges: ${bare.length}`);
    assert.ok(camo.filter(wrapped).length > 500, `camouflage wrapped ${camo.filter(wrapped).length} of ${camo.length}`);
    assert.deepEqual(bare.filter(wrapped).slice(0, 3), []);
  });

  it('sends no generation meta-prompt and no reasoning system prompt', { skip: SKIP }, () => {
    const bare = collectPrompts('bare');
    assert.equal(bare.filter((p) => p.prompt.includes('{code}') || /step[- ]by[- ]step/i.test(p.system)).length, 0);
    assert.ok(collectPrompts('camouflage').some((p) => /step[- ]by[- ]step/i.test(p.system)), 'camouflage should use the reasoning system prompts');
  });
});
