// Bench: detect stage: accounts' features + cohort scoring with reasons (scoreAccounts), per account.
import type { Bench, BenchRow } from './harness.js';
import { measure } from './baselines.js';
import { syntheticEnriched } from './profile.bench.js';
import { accountFeatures, createWorldContext, profileAccounts } from '../src/profile/index.js';
import { scoreAccounts } from '../src/detect/index.js';

const bench: Bench = async (ctx) => {
  const n = ctx.quick ? 100_000 : 400_000;
  const accounts = ctx.quick ? 2_000 : 20_000;
  const xs = syntheticEnriched(n, accounts, 9);
  const states = profileAccounts(xs);
  const wb = createWorldContext();
  for (const e of xs) wb.observe(e);
  const world = wb.build();
  const rows: BenchRow[] = [];
  const f = await measure(async () => [...states.values()].map((state) => ({ state, features: accountFeatures(state, undefined, world) })));
  rows.push({ name: 'detect: accountFeatures', items: f.value.length, unit: 'accounts', seconds: f.seconds, peakRssMiB: f.peakRssMiB });
  const s = await measure(async () => scoreAccounts(f.value));
  rows.push({ name: 'detect: scoreAccounts (cohorts + detectors + reasons)', items: s.value.length, unit: 'accounts', seconds: s.seconds, peakRssMiB: s.peakRssMiB });
  return rows;
};

export default bench;
