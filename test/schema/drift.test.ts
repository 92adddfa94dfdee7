import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMAS } from '../../src/schema/index.js';
import { LABELS_SCHEMA } from '../../src/eval/labels.js';

const shared = fileURLToPath(new URL('../../../shared/schema/', import.meta.url));

test('the compiled contracts are the same JSON Schemas as shared/schema', { skip: !existsSync(shared) && 'shared/ not beside the checkout' }, () => {
  for (const [name, schema] of [...Object.entries(SCHEMAS), ['labels', LABELS_SCHEMA] as const]) {
    const theirs = JSON.parse(readFileSync(`${shared}${name}.schema.json`, 'utf8'));
    assert.deepEqual(schema, theirs, `${name}.schema.json (src/schema/json/, labels in src/eval/json/) drifted from shared/schema`);
  }
});
