import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { createLinkIndex, linkAccounts } from '../../src/link/index.js';
import { DEFAULT_INDICATOR_OPTIONS, systemPromptKey } from '../../src/link/indicators.js';
import { createWorld, addBenign, uniqueTemplate, type WorldBuilder, T0, HOUR } from './world.js';

const FLEET_SYSTEM = 'You are a meticulous senior engineer. For every task return complete code, tests and a design note.';
const AGENT_SYSTEM = 'You are an open-source coding agent. Use the tools to read and edit files in the repository.';

/**
 * Heads whose user prompts are all their own (bare payloads): what they share is their instructions,
 * their hours, and a few residential proxy exits (each head sticks to one; a few heads per exit).
 */
function addSystemPromptFleet(w: WorldBuilder, count: number, system: string | undefined): AccountId[] {
  const exits = Array.from({ length: Math.ceil(count / 3) }, () => `${160 + w.int(60)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`);
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    // most heads look suspicious on their own (detect), a third do not
    const id = w.account(`fleet-${i}`, 'fleet', i % 3 === 2 ? 0.3 : 0.55, { email_domain: 'gmail.com' });
    const ip = w.pick(exits);
    for (let j = 0; j < 30; j++) {
      const t = T0 + w.int(3) * 24 * HOUR + (1 + 4 * w.rng()) * HOUR;
      w.ex({ account: id, tMs: t, ip, asn: 1000 + w.int(40), templateId: uniqueTemplate(), capability: w.int(4), ...(system ? { extra: { system_prompt: system } } : {}) });
    }
    out.push(id);
  }
  return out;
}

/** Users of one popular agent: its system prompt, their own work, their own hours. */
function addAgentUsers(w: WorldBuilder, count: number): AccountId[] {
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`agent-${i}`, 'agent', 0.05 + 0.1 * w.rng(), { email_domain: 'gmail.com' });
    const ip = `${11 + w.int(150)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`;
    for (let j = 0; j < 20 + w.int(20); j++) {
      w.ex({ account: id, tMs: T0 + w.rng() * 3 * 24 * HOUR, ip, asn: 1000 + w.int(40), templateId: uniqueTemplate(), capability: w.int(9), extra: { system_prompt: AGENT_SYSTEM } });
    }
    out.push(id);
  }
  return out;
}

function link(w: WorldBuilder, systemPrompt = true): ReadonlyMap<AccountId, string> {
  const idx = createLinkIndex({ indicators: { ...DEFAULT_INDICATOR_OPTIONS, systemPrompt } });
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return linkAccounts(idx, w.scores).memberships;
}

/** Fleet accounts in the one campaign that holds most of them. */
function largestShare(m: ReadonlyMap<AccountId, string>, fleet: readonly AccountId[]): number {
  const votes = new Map<string, number>();
  for (const a of fleet) {
    const c = m.get(a);
    if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  return Math.max(0, ...votes.values());
}

describe('system prompt as a shared template (opt-in: linkIndex.indicators.systemPrompt)', () => {
  it('keys a system prompt by its words: case, spacing and stamped numbers do not make another one', () => {
    const a = systemPromptKey('You are a helpful assistant for ACME.  Today is 2026-01-05.\nAnswer briefly.', 32);
    assert.notEqual(a, '');
    assert.equal(systemPromptKey('  you are a helpful assistant for acme. today is 2027-11-30. answer   briefly.  ', 32), a);
    assert.notEqual(systemPromptKey('You are a helpful assistant for ACME. Today is 2026-01-05.\nAnswer at length.', 32), a);
    assert.equal(systemPromptKey('Be brief.', 32), '');
    assert.equal(systemPromptKey(' \n\t ', 32), '');
    // non-Latin instructions are keyed too (case-folded where the script has case)
    assert.equal(systemPromptKey('ВЫ ОПЫТНЫЙ ИНЖЕНЕР. ПИШИТЕ ПОЛНЫЙ КОД С ТЕСТАМИ.', 16), systemPromptKey('вы опытный инженер. пишите полный код с тестами.', 16));
  });

  it('links a fleet whose heads share only their instructions and hours, not the users of a popular agent', () => {
    const w = createWorld(31);
    addBenign(w, 250);
    addAgentUsers(w, 60);
    const fleet = addSystemPromptFleet(w, 40, FLEET_SYSTEM);
    const m = link(w);
    const found = largestShare(m, fleet);
    assert.ok(found >= 32, `fleet members in one campaign: ${found}/40`);
    const agentsIn = [...m.keys()].filter((a) => w.truth.get(a) === 'agent').length;
    const benignIn = [...m.keys()].filter((a) => w.truth.get(a) === 'benign').length;
    assert.equal(agentsIn, 0);
    assert.equal(benignIn, 0);
  });

  it('without the shared instructions the same fleet falls apart into pieces (the system prompt is what ties it)', () => {
    const w = createWorld(31);
    addBenign(w, 250);
    addAgentUsers(w, 60);
    const fleet = addSystemPromptFleet(w, 40, undefined);
    const found = largestShare(link(w), fleet);
    assert.ok(found < 20, `fleet members in one campaign: ${found}/40`);
  });

  it('is off by default: the same fleet with its shared instructions is not tied by them', () => {
    const w = createWorld(31);
    addBenign(w, 250);
    addAgentUsers(w, 60);
    const fleet = addSystemPromptFleet(w, 40, FLEET_SYSTEM);
    const found = largestShare(link(w, DEFAULT_INDICATOR_OPTIONS.systemPrompt), fleet);
    assert.equal(DEFAULT_INDICATOR_OPTIONS.systemPrompt, false);
    assert.ok(found < 20, `fleet members in one campaign: ${found}/40`);
  });
});
