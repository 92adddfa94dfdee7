import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPromptEnricher } from '../../../src/enrich/prompt/index.js';
import { exchange } from './fixtures.js';

const tid = (e: ReturnType<typeof createPromptEnricher>, p: string): number => e.enrich(exchange(p)).templateId;

describe('template grouping', () => {
  it('groups an exact repeat and a repeat with different numbers (digits are slots)', () => {
    const e = createPromptEnricher();
    const a = tid(e, 'Order #48213 was shipped on 2026-01-04 and will arrive within 5 business days. Can you draft a reply to the customer?');
    assert.equal(tid(e, 'Order #48213 was shipped on 2026-01-04 and will arrive within 5 business days. Can you draft a reply to the customer?'), a);
    assert.equal(tid(e, 'Order #99107 was shipped on 2025-12-30 and will arrive within 3 business days. Can you draft a reply to the customer?'), a);
  });

  it('groups a light paraphrase: a word changed and sentences reordered', () => {
    const e = createPromptEnricher();
    const a = tid(e, 'You are a meticulous tutor. Show all of your reasoning before the final answer. Never skip a step. Use plain language.');
    assert.equal(tid(e, 'You are a meticulous tutor. Never skip a step. Show all of your reasoning before the final answer. Use simple language.'), a);
  });

  it('groups one template filled with long, different questions (fixed head and tail)', () => {
    const e = createPromptEnricher();
    const head = 'You are an expert problem solver. Before answering, write out your complete internal reasoning step by step inside thinking tags, considering alternatives and checking each step carefully.';
    const tail = 'Finally, state the answer on its own line prefixed by ANSWER and do not add anything after it, no summary, no apology.';
    const qs = [
      'A farmer has 17 sheep and all but 9 run away; later he buys twice as many as he has left and sells a third of the flock at the market on Sunday. How many remain, and what fraction of the original flock is that?',
      'Prove that the sum of the interior angles of any convex polygon with n sides equals (n - 2) times 180 degrees, and explain why the argument fails for self-intersecting polygons drawn on a sphere.',
      'Write a Python function that merges overlapping intervals in a list, returns them sorted, and handles empty input, single intervals and intervals that only touch at their endpoints correctly.',
    ];
    const ids = qs.map((q) => tid(e, `${head}\n\nQuestion: ${q}\n\n${tail}`));
    assert.equal(new Set(ids).size, 1, `ids ${ids.join(',')}`);
  });

  it('keeps unrelated prompts apart', () => {
    const e = createPromptEnricher();
    const ps = [
      'What is the capital of Australia and why was it chosen over Sydney and Melbourne?',
      'Write a limerick about a cat who learns to play the trumpet in a jazz club.',
      'Explain how a transformer neural network uses attention to weigh tokens in a sequence.',
      'My sourdough starter smells like acetone, is it dead or just hungry? What should I feed it?',
      'Convert this SQL query to use a left join instead of a subquery: SELECT * FROM a WHERE id IN (SELECT a_id FROM b)',
    ];
    assert.equal(new Set(ps.map((p) => tid(e, p))).size, ps.length);
  });

  it('keeps apart long prompts that share only generic openings', () => {
    const e = createPromptEnricher();
    const a = tid(e, 'Can you help me with something? I am planning a two week trip to Japan in April with my parents who are in their seventies and cannot walk long distances, and we want to see cherry blossoms, temples and eat good food without too much hassle.');
    const b = tid(e, 'Can you help me with something? My landlord refuses to return my security deposit after I moved out, claiming damage to the carpet that was already there when I moved in three years ago, and I want to know what my options are in California.');
    assert.notEqual(a, b);
  });

  it('groups a repeated prompt in a script without spaces', () => {
    const e = createPromptEnricher();
    const a = tid(e, '请一步一步地详细解释你的完整推理过程，展示每一个中间步骤，然后给出最终答案。问题：一个数加上12等于30，这个数是多少？');
    assert.equal(tid(e, '请一步一步地详细解释你的完整推理过程，展示每一个中间步骤，然后给出最终答案。问题：一个数加上15等于47，这个数是多少？'), a);
    assert.notEqual(tid(e, '今天北京的天气怎么样？我应该带伞吗？'), a);
  });

  it('gives a prompt without any token no template', () => {
    const e = createPromptEnricher();
    assert.equal(tid(e, '   \n\t  '), -1);
  });
});

describe('short prompts', () => {
  it('can leave one-word follow-ups out of template grouping while still scoring them', () => {
    const e = createPromptEnricher({ minTemplateChars: 16 });
    const s = e.enrich(exchange('Thanks.'));
    assert.equal(s.templateId, -1);
    assert.equal(s.hasText, true);
    assert.ok(e.enrich(exchange('Summarise this report in three bullet points.')).templateId >= 0);
    assert.equal(createPromptEnricher().enrich(exchange('Thanks.')).templateId >= 0, true);
  });
});

describe('ordinary templates', () => {
  it('does not merge different benchmark questions that share only a harness suffix', () => {
    const e = createPromptEnricher();
    const qs = [
      'Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?',
      'Weng earns 12 an hour for babysitting. Yesterday, she just did 50 minutes of babysitting. How much did she earn?',
      'Betty is saving money for a new wallet which costs 100. Betty has only half of the money she needs. Her parents decided to give her 15 for that purpose, and her grandparents twice as much as her parents. How much more money does Betty need to buy the wallet?',
      'James writes a 3-page letter to 2 different friends twice a week. How many pages does he write a year?',
    ];
    const ids = qs.map((q) => tid(e, `Q: ${q}\nA: Let's think step by step.`));
    assert.equal(new Set(ids).size, qs.length);
  });

  it('counts one account for an app that sends its one fixed template many times', () => {
    const e = createPromptEnricher();
    let id = -1;
    for (let i = 0; i < 200; i++) {
      id = e.enrich(exchange(`Classify the sentiment of this customer review as positive, negative or neutral. Review: order ${1000 + i} arrived on time and works as described.`, { account_id: 'acct-app' })).templateId;
    }
    const info = e.templateInfo(id);
    assert.ok(info);
    assert.equal(info.count, 200);
    assert.equal(info.accounts, 1);
  });
});

describe('template evidence', () => {
  it('keeps the mean elicitation scores of a template for evidence', () => {
    const e = createPromptEnricher();
    const wrap = (q: string) => `Before answering, write out your complete internal reasoning step by step, every intermediate thought, nothing omitted. Then give the final answer.\n\nQuestion: ${q}`;
    let id = -1;
    for (const q of ['What is 17 times 23?', 'What is 19 times 29?', 'What is 13 times 31?']) id = e.enrich(exchange(wrap(q))).templateId;
    const info = e.templateInfo(id);
    assert.ok(info);
    assert.equal(info.count, 3);
    assert.equal(info.elicitation.length, 6);
    assert.ok(info.elicitation[0]! > 0.5, `mean cot ${info.elicitation[0]}`);
    const plain = e.templateInfo(e.enrich(exchange('What is the tallest mountain in Africa and how high is it?')).templateId);
    assert.ok(plain && plain.elicitation[0]! < 0.2);
  });
});

describe('template index bounds', () => {
  it('takes a maxTemplates beyond the band table (2^24) as 2^24, and still groups', () => {
    const e = createPromptEnricher({ maxTemplates: 2 ** 40 });
    assert.equal(e.templateStats().maxTemplates, 2 ** 24);
    const p = 'Rate the following answer from 1 to 10 for accuracy and helpfulness. Question: why is the sky blue? Answer: scattering.';
    assert.equal(e.enrich(exchange(p)).templateId, e.enrich(exchange(p)).templateId);
  });
});
