import { test } from 'node:test';
import { DETECTORS, DEFAULT_DETECT_OPTIONS, makeCohort, type Profile } from '../../src/detect/index.js';
import { accountFeatures, createWorldContext, profileAccounts } from '../../src/profile/index.js';
import { rng } from '../fixtures/benign/builders.js';
import { combine, consumers, cotHarvester, toolHarvester, agenticCoder } from '../fixtures/benign/populations.js';
import { detectorContract } from './detector.contract.js';

// Profiles spanning ordinary, heavy, attack-like, one-exchange and unregistered accounts.
const r = rng(11);
const pop = combine(consumers(r, 40), cotHarvester(r, 'atk'), toolHarvester(r, 'tool'), agenticCoder(r, 'coder'));
const states = profileAccounts(pop.exchanges);
const wb = createWorldContext();
for (const e of pop.exchanges) wb.observe(e);
const ctx = wb.build();
const reg = new Map(pop.accounts.map((a) => [a.account_id as string, a]));
const profiles: Profile[] = [...states.values()].map((state, i) => {
  const account = i % 7 === 3 ? undefined : reg.get(state.id);
  const features = accountFeatures(state, account, ctx);
  const derived = { windowMmd: i % 5 === 0 ? Number.NaN : i / 100 };
  return account ? { state, features, account, derived } : { state, features, derived };
});
const members = profiles.map((p) => ({ n: p.state.n, tier: p.features.tier, channel: p.features.channel, value: (f: string) => (f === 'windowMmd' ? p.derived.windowMmd : p.features.values[f as keyof typeof p.features.values]) }));
const cohort = makeCohort('all', members, DEFAULT_DETECT_OPTIONS);
const tiny = makeCohort('tiny', members.slice(0, 1), DEFAULT_DETECT_OPTIONS);
const cases = [...profiles.map((p) => ({ p, c: cohort })), ...profiles.slice(0, 5).map((p) => ({ p, c: tiny }))];

for (const d of DETECTORS) {
  test(`detector ${d.id} meets the detector contract`, () => detectorContract(d, cases));
}
