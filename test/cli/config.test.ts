// The run configuration: any subset of every stage's options, checked against the defaults, merged
// over them, and used by analyze.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from '../../src/cli/commands/analyze.js';
import { configDefaults, defaultsAsJson, loadConfig, parseConfig } from '../../src/cli/config.js';
import { DwError } from '../../src/errors.js';

const material = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const skip = !existsSync(material) && 'shared/data (network lists) not beside the checkout';

function rejects(raw: unknown, pattern: RegExp): void {
  assert.throws(() => parseConfig(raw, 'cfg.json'), (e: unknown) => e instanceof DwError && e.code === 'DW_E_CONFIG' && pattern.test(e.message) && e.message.startsWith('cfg.json: '));
}

describe('run configuration', () => {
  it('merges a partial section over its defaults, nested objects included', () => {
    const c = parseConfig({ detect: { bands: { suspicious: 0.6 }, disabled: ['network'] }, stream: { cadenceMs: 3_600_000 } }, 'cfg.json');
    const d = c.analysis.detect!;
    assert.deepEqual(d.bands, { suspicious: 0.6, distillation: 0.9 });
    assert.deepEqual(d.disabled, ['network']);
    assert.equal(d.prior, (configDefaults().detect as { prior: number }).prior);
    assert.equal(c.stream.cadenceMs, 3_600_000);
    assert.equal(c.analysis.link, undefined);
  });

  it('names the key and the reason for an unknown section, an unknown key, a wrong type and a bad band', () => {
    rejects({ detection: {} }, /detection: unknown section/);
    rejects({ detect: { bandz: {} } }, /detect\.bandz: unknown option/);
    rejects({ detect: { prior: '1%' } }, /detect\.prior: expected a finite number/);
    rejects({ detect: { bands: { suspicious: 0.95 } } }, /detect\.bands: need 0 < suspicious < distillation < 1/);
    rejects({ detect: { prior: 1 } }, /detect\.prior: must be strictly between 0 and 1/);
    rejects({ detect: { disabled: ['no-such-detector'] } }, /detect\.disabled: unknown detector 'no-such-detector'/);
    rejects({ net: { restrictedRegions: ['Narnia'] } }, /net\.restrictedRegions: 'Narnia'/);
    rejects({ link: { gate: { minAccounts: [3] } } }, /link\.gate\.minAccounts: expected a finite number/);
    rejects([], /expected an object with sections/);
    rejects({ link: { communityEngine: 'fast' } }, /link\.communityEngine: 'fast' is not one of graphology, typed/);
    rejects({ policy: { mode: 'ban' } }, /policy\.mode: 'ban' is not one of shadow, enforce/);
  });

  it('prints defaults that read back as a valid config equal to the defaults', () => {
    const c = parseConfig(JSON.parse(defaultsAsJson()), 'defaults.json');
    const d = configDefaults();
    assert.deepEqual(c.analysis.detect, d.detect);
    assert.deepEqual(c.analysis.attribute, d.attribute);
    assert.deepEqual(c.stream, d.stream);
    assert.equal(String((c.analysis.net as { mobileOrgPattern: RegExp }).mobileOrgPattern), String((d.net as { mobileOrgPattern: RegExp }).mobileOrgPattern));
  });

  it('says when the file is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-config-'));
    writeFileSync(join(dir, 'bad.json'), '{"detect": ');
    assert.throws(() => loadConfig(join(dir, 'bad.json')), /bad\.json: not valid JSON/);
    assert.throws(() => loadConfig(join(dir, 'absent.json')), /cannot read config/);
  });

  it('changes what analyze decides: bands below the prior flag every account, and the report records the config', { skip }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-config-'));
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `x${i}`, ts: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(), account_id: `acct-${i % 4}`, model: 'm1', input_tokens: 20, output_tokens: 200, prompt: `How do I sort ${i} numbers?` }));
    writeFileSync(join(dir, 'exchanges.jsonl'), lines.join('\n') + '\n');
    const run = async (name: string, config?: string) => {
      const s = await runAnalyze({ exchanges: join(dir, 'exchanges.jsonl'), out: join(dir, name), material, db: false, ...(config ? { config } : {}) }, () => {});
      return JSON.parse(readFileSync(s.reportPath, 'utf8')) as { accounts: { verdict: string }[]; options: { config?: string } };
    };
    const plain = await run('plain');
    assert.ok(plain.accounts.every((a) => a.verdict === 'benign'));
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ detect: { bands: { suspicious: 0.001, distillation: 0.002 } } }));
    const strict = await run('strict', join(dir, 'strict.json'));
    assert.equal(strict.accounts.length, 4);
    assert.ok(strict.accounts.every((a) => a.verdict === 'distillation'));
    assert.equal(strict.options.config, join(dir, 'strict.json'));
  });

  it('fails analyze before it writes anything when the config is wrong', { skip }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-config-'));
    writeFileSync(join(dir, 'x.jsonl'), '');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ detect: { prior: 2 } }));
    await assert.rejects(runAnalyze({ exchanges: join(dir, 'x.jsonl'), out: join(dir, 'out'), material, config: join(dir, 'wrong.json') }, () => {}), /detect\.prior/);
    assert.ok(!existsSync(join(dir, 'out')));
  });
});
