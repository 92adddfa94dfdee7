// Shared contract every registered detector must meet (STYLE habit 9), run by detectors.test.ts.
import assert from 'node:assert/strict';
import { DEFAULT_DETECT_OPTIONS, type Detector } from '../../src/detect/index.js';
import type { Cohort, Profile } from '../../src/detect/index.js';

export function detectorContract(d: Detector, cases: readonly { p: Profile; c: Cohort }[]): void {
  assert.match(d.id, /^[a-z][a-z0-9-]*$/, 'id is kebab-case');
  assert.ok(Number.isInteger(d.version) && d.version >= 1, 'version is a positive integer');
  // No detector decides alone: its cap cannot lift the default prior to the suspicious band.
  const lift = Math.log(DEFAULT_DETECT_OPTIONS.bands.suspicious / (1 - DEFAULT_DETECT_OPTIONS.bands.suspicious)) - Math.log(DEFAULT_DETECT_OPTIONS.prior / (1 - DEFAULT_DETECT_OPTIONS.prior));
  assert.ok(d.cap > 0 && d.cap < lift, `cap ${d.cap} is positive and below the lift ${lift} from prior to suspicious`);
  for (const { p, c } of cases) {
    const a = d.detect(p, c);
    const b = d.detect(p, c);
    assert.deepEqual(a, b, 'deterministic');
    for (const f of a) {
      assert.match(f.code, /^[a-z][a-z0-9_]*$/, `finding code ${f.code} is snake_case`);
      assert.ok(typeof f.value === 'string' || Number.isFinite(f.value), `${f.code}: value is finite`);
      assert.ok(f.weight !== undefined && Number.isFinite(f.weight), `${f.code}: weight is finite`);
      if (f.percentile !== undefined) assert.ok(f.percentile >= 0 && f.percentile <= 100, `${f.code}: percentile in 0..100`);
      assert.ok(typeof f.detail === 'string' && f.detail.length > 0, `${f.code}: has a detail`);
      assert.doesNotThrow(() => JSON.stringify(f));
    }
  }
}
