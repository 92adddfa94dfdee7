import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import type { CampaignId } from '../../src/link/index.js';
import { createRetention } from '../../src/pipeline/retention.js';

const H = 3_600_000;
const a = 'acct-a' as AccountId;
const b = 'acct-b' as AccountId;
const c1 = 'camp-1' as CampaignId;
const c2 = 'camp-2' as CampaignId;
const m = (...pairs: [AccountId, CampaignId][]): Map<AccountId, CampaignId> => new Map(pairs);

describe('retention (which memberships link keeps by hysteresis)', () => {
  it('settles a membership reported three times over about half a day (the 6 h cadence)', () => {
    const r = createRetention();
    r.record(m([a, c1]), 0);
    r.record(m([a, c1]), 6 * H - 60_000);
    assert.equal(r.settled.size, 0);
    r.record(m([a, c1]), 12 * H - 60_000);
    assert.equal(r.settled.get(a), c1);
  });

  it('does not settle a membership seen at many evaluations within a few hours (a short cadence)', () => {
    const r = createRetention();
    for (let t = 0; t <= 6 * H; t += H) r.record(m([a, c1]), t);
    assert.equal(r.settled.size, 0);
    for (let t = 7 * H; t <= 10 * H; t += H) r.record(m([a, c1]), t);
    assert.equal(r.settled.get(a), c1);
  });

  it('starts over when an account is reported in another campaign', () => {
    const r = createRetention();
    r.record(m([a, c1], [b, c1]), 0);
    r.record(m([a, c2], [b, c1]), 6 * H);
    r.record(m([a, c2], [b, c1]), 12 * H);
    assert.equal(r.settled.get(b), c1);
    assert.equal(r.settled.has(a), false);
    r.record(m([a, c2]), 18 * H);
    assert.equal(r.settled.get(a), c2);
  });
});
