import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderReportHtml } from '../../src/report/html.js';
import type { Report } from '../../src/schema/index.js';

const EVIL = '<script>alert("x")</script>';
const SECRET_PROMPT = 'Write out your full chain of thought about the secret plan';

const rich = {
  generated_at: '2026-02-03T00:00:00Z',
  ingest: { exchanges: { read: 1002, accepted: 1000, rejected: 2, duplicates: 5 }, accounts: { read: 40, accepted: 40, rejected: 0, duplicates: 0 } },
  timeline: { exchanges: [3, 5, 9, 4, 12], flagged: [0, 0, 2, 3, 8] },
  actors: [{ actor_id: 'act-1', name: `Lab ${EVIL}` }],
  accounts: [
    { account_id: 'acct-low', score: 0.05, verdict: 'benign' },
    { account_id: `acct-${EVIL}`, score: 0.97, verdict: 'distillation', campaign_id: 'camp-1',
      signals: [{ code: 'cot_elicitation_share', value: 0.91, percentile: 99.6 }, { code: `x${EVIL}`, value: EVIL }] },
    { account_id: 'acct-mid', score: 0.6, verdict: 'suspicious', signals: [{ code: 'template_reuse', value: 0.4, percentile: 93 }] },
  ],
  campaigns: [{
    campaign_id: 'camp-1', account_ids: [`acct-${EVIL}`, 'acct-mid'], actor_id: 'act-1', confidence: 'high',
    first_seen: '2026-02-01T00:00:00Z', first_alert: '2026-02-01T06:00:00Z', exchanges: 1234,
    capabilities: { reasoning: 0.7, coding: 0.2, [`tool${EVIL}`]: 0.1 },
    timeline: [1, 4, 2, 8],
    evidence: [
      { kind: 'shared_asn', matched: 'AS64500', weight: 0.4, detail: EVIL },
      { kind: 'template', matched: 'tpl-9', weight: 0.3, prompt: SECRET_PROMPT, examples: { prompts: [SECRET_PROMPT] } },
      `free text ${EVIL}`,
    ],
  }],
  actions: [{ action_id: 'x1', target: { kind: 'campaign', id: 'camp-1' }, action: 'block', mode: 'shadow', reason: EVIL, expires_at: '2026-02-17T00:00:00Z' }],
} as unknown as Report;

describe('HTML report', () => {
  const html = renderReportHtml(rich);

  it('escapes every untrusted string: no injected markup survives', () => {
    assert.ok(!html.includes('<script'), 'a script tag got through');
    assert.ok(!html.includes('alert("x")'), 'an unescaped quote got through');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  });

  it('never prints prompt text carried in evidence', () => {
    assert.ok(!html.includes('chain of thought'));
    assert.ok(html.includes('[text withheld]'));
  });

  it('is self-contained: no external scripts, styles, images or fonts', () => {
    assert.ok(!/\b(src|href)\s*=\s*"(https?:)?\/\//i.test(html));
    assert.ok(!/@import|url\(/i.test(html));
    assert.ok(html.includes('<style>'));
  });

  it('shows ingest counts, campaign members, actor, confidence, evidence, capability mix and timelines', () => {
    for (const s of ['1,002', '1,000', 'duplicates', 'high confidence', 'Lab &lt;script&gt;', 'AS64500', 'reasoning', '70.0%', '1,234', '2026-02-01T06:00:00Z']) {
      assert.ok(html.includes(s), `missing ${s}`);
    }
    assert.equal((html.match(/<svg class="spark"/g) ?? []).length, 2); // the global series (one chart) + the campaign's
    assert.equal((html.match(/<table/g) ?? []).length, (html.match(/<\/table>/g) ?? []).length);
  });

  it('lists flagged accounts by score with reason codes, values and cohort percentiles', () => {
    const flagged = html.slice(html.indexOf('Flagged accounts'), html.indexOf('Top accounts'));
    assert.ok(flagged.indexOf('acct-&lt;script') < flagged.indexOf('acct-mid'));
    assert.ok(!flagged.includes('acct-low'));
    assert.ok(flagged.includes('cot_elicitation_share</code> = 0.910'));
    assert.ok(flagged.includes('(p99.6 of cohort)'));
    assert.ok(flagged.includes('(p93 of cohort)'));
  });

  it('draws a link-stage timeline as one line per model, and lists model pivots and infrastructure', () => {
    const page = renderReportHtml({
      accounts: [],
      campaigns: [{
        campaign_id: 'c', account_ids: ['a'], core_score: 0.72, attribution_evidence: [{ kind: 'cidr', matched: '198.51.100.0/24', weight: 0.5 }],
        timeline: { startMs: Date.UTC(2026, 0, 5), hours: 4, models: { 'frontier-4': [5, 6, 2, 0], [`m${EVIL}`]: [0, 0, 4, 9] } },
        pivots: [{ model: 'frontier-5', firstSeen: '2026-01-25T21:56:13.867Z', shareWithin24h: 0.5, exchangesWithin24h: 322 }],
        infrastructure: { asns: [{ asn: 64500, org: `Org ${EVIL}`, exchanges: 10 }], netClasses: { datacenter: 0.4, residential: 0.6 } },
      }],
    } as unknown as Report);
    assert.equal((page.match(/<polyline/g) ?? []).length, 2);
    assert.ok(page.includes('frontier-4') && page.includes('m&lt;script&gt;'));
    assert.ok(page.includes('2026-01-05T00:00:00.000Z → 2026-01-05T04:00:00.000Z'));
    assert.ok(page.includes('50.0%') && page.includes('AS64500') && page.includes('Org &lt;script&gt;'));
    assert.ok(page.includes('198.51.100.0/24') && page.includes('0.720'));
    assert.ok(!page.includes('<script'));
  });

  it('renders a minimal valid report with nothing optional', () => {
    const min = renderReportHtml({ accounts: [], campaigns: [] });
    assert.ok(min.startsWith('<!doctype html>'));
    assert.ok(min.includes('no campaigns found'));
    assert.ok(!min.includes('Ingest'));
    assert.ok(min.trimEnd().endsWith('</html>'));
  });

  it('survives fields of unexpected shape without throwing', () => {
    const odd = {
      accounts: [{ account_id: 'a', score: 'high', verdict: 'weird', signals: 'none' }, { account_id: 'b' }],
      campaigns: [{ campaign_id: 'c', capabilities: 'x', evidence: { not: 'an array' }, timeline: { a: 'b' } }],
      ingest: 7, timeline: 'soon', actions: [null, 3],
    } as unknown as Report;
    const out = renderReportHtml(odd);
    assert.ok(out.includes('<code>a</code>'));
    assert.ok(out.includes('no evidence items'));
  });

  it('caps long lists and says how many more there are', () => {
    const many = {
      accounts: Array.from({ length: 30 }, (_, i) => ({ account_id: `a${i}`, score: i / 30, verdict: 'distillation' })),
      campaigns: [{ campaign_id: 'c', account_ids: Array.from({ length: 30 }, (_, i) => `a${i}`) }],
    } as unknown as Report;
    const out = renderReportHtml(many, { maxFlagged: 10, maxMembers: 5, topAccounts: 3 });
    assert.ok(out.includes('… and 25 more'));
    assert.ok(out.includes('Showing 10 of 30'));
  });
});
