// Simulator benign populations that are services, not people: API apps (one template, 24/7, cloud
// addresses), resellers (many ordinary end users behind one account) and benchmark evaluators (benchmark
// items with CoT phrasing, in bursts; often re-run on a newly launched model).
import type { Exchange } from '../../schema/index.js';
import { makeExchange } from '../exchange.js';
import type { Rng } from '../rng.js';
import { accountStream, type PlannedSession } from '../stream.js';
import { evalFormat, pickTopics, vary } from '../text.js';
import { DAY_MS, HOUR_MS, tzOffsetHours, type WorldCtx } from '../world-ctx.js';
import { benignLabel, chatSession, makePerson, type ChatHabits, type Person, type PopulationBuilder, type SimAccount } from './common.js';
import { firstDay } from './benign-people.js';

/** Requests of one day at a given daily rate, with the burstiness of the real Azure trace's gaps. */
export function* steadyDay(ctx: WorldCtx, rng: Rng, day: number, perDay: number, country: string | undefined, diurnalDepth: number, make: (t: number, r: Rng) => Exchange): Generator<Exchange> {
  const gaps = ctx.material.traces.gapShape;
  const dayStart = ctx.startMs + day * DAY_MS;
  const meanGap = DAY_MS / Math.max(perDay, 0.01);
  let t = dayStart + rng.next() * meanGap;
  const off = tzOffsetHours(country);
  while (t < dayStart + DAY_MS) {
    yield make(t, rng);
    const localHour = (((t - dayStart) / HOUR_MS + off) % 24 + 24) % 24;
    const level = 1 - diurnalDepth * 0.5 * (1 + Math.cos(((localHour - 3) / 24) * 2 * Math.PI)); // lowest ~3am
    t += (gaps[Math.floor(rng.next() * gaps.length)] ?? 1) * meanGap / Math.max(0.1, level);
  }
}

function serviceAccount(ctx: WorldCtx, person: Person, population: string, day0: number, planDay: (day: number) => PlannedSession[]): SimAccount {
  return {
    account: person.account,
    label: benignLabel(person.id.accountId, population),
    firstMs: ctx.startMs + day0 * DAY_MS,
    stream: (): Iterator<Exchange> => accountStream(ctx, day0, ctx.days - 1, planDay),
  };
}

/** API apps: one prompt template filled with their users' inputs, around the clock from cloud addresses. */
export const apiApp: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const d0 = firstDay(ctx, r);
    const person = makePerson(ctx, r, r.chance(0.6) ? 'developer' : 'business', ctx.startMs + d0 * DAY_MS, r.chance(0.4) ? { orgId: `org_${r.hex(10)}` } : {});
    const app = r.pick(P.apps);
    const toolApp = r.chance(0.3) ? r.pick(P.toolUse) : undefined;
    const inputs = [...app.inputs, ...pickTopics(r, P.chat, 30).map((x) => x.text)];
    const asSystem = r.chance(0.5);
    const cloud = r.pick(['aws', 'gcp', 'azure', 'aws', 'gcp', 'hetzner', 'ovh', 'digitalocean']);
    const ips = Array.from({ length: r.int(1, 4) }, () => ctx.ip.cloud(r, cloud));
    const perDay = Math.min(6000, r.lognormal(200, 1.1)) * Math.sqrt(volume);
    const eager = r.next() * 0.5;
    const switchAt = ctx.launchMs + r.exp(6) * DAY_MS;
    const shape = toolApp ? 'chat' : r.chance(0.3) ? 'code' : 'chat';
    const make = (t: number, q: Rng): Exchange => {
      const input = toolApp && q.chance(0.7) ? q.pick(P.toolUse).text : vary(q, q.pick(inputs));
      const model = t > switchAt && q.chance(0.5 + eager) ? ctx.models.next : ctx.models.current;
      return makeExchange(ctx, q, person.id, {
        ts: t,
        model,
        ip: q.pick(ips),
        ...(q.chance(person.id.client.convIdRate) ? { conversationId: q.uuid(), turn: 0 } : {}),
        ...(asSystem ? { system: app.instruction, prompt: input } : { prompt: `${app.instruction}\n\n${input}` }),
        ...(toolApp ? { tools: toolApp.tools, toolCalls: q.chance(0.6) ? q.int(1, 2) : 0 } : {}),
        shape,
        ...(q.chance(0.5) ? { endUser: `u_${q.hex(8)}` } : {}),
      });
    };
    out.push(serviceAccount(ctx, person, 'api_app', d0, (day) => {
      const dr = r.fork(`d${day}`);
      const start = ctx.startMs + day * DAY_MS;
      return [{ start, run: () => steadyDay(ctx, dr, day, perDay * (0.8 + 0.4 * dr.next()), person.account.country, 0.5, make) }];
    }));
  }
  return out;
};

/** Resellers: one business account relaying many ordinary end users' conversations, 24/7. */
export const reseller: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const person = makePerson(ctx, r, 'business', ctx.startMs, { orgId: `org_${r.hex(10)}`, createdInside: false });
    const ips = Array.from({ length: r.int(2, 6) }, () => ctx.ip.cloud(r, r.pick(['aws', 'gcp', 'alibaba', 'tencent', 'hetzner'])));
    const users: ChatHabits[] = Array.from({ length: r.int(150, 400) }, (_, u) => {
      const q = r.fork(`u${u}`);
      const pool = q.chance(0.25) && P.nonEnglish.length > 0 ? P.nonEnglish : q.chance(0.25) ? P.coding : P.chat;
      return { topics: pickTopics(q, pool, q.int(2, 5)), freshRate: 0.2, fresh: q.sample(pool, 10), followups: P.followups, meanTurns: 3, shape: 'chat', eagerness: 0.5, thinkingRate: 0.1, imageRate: 0.03, endUser: `eu_${q.hex(8)}` };
    });
    const sessionsPerDay = r.lognormal(500, 0.5) * volume;
    out.push(serviceAccount(ctx, person, 'reseller', 0, (day) => {
      const dr = r.fork(`d${day}`);
      const k = dr.poisson(sessionsPerDay);
      const sessions: PlannedSession[] = [];
      for (let s = 0; s < k; s++) {
        const start = ctx.startMs + day * DAY_MS + dr.next() * DAY_MS;
        const sr = dr.fork(s);
        const h = dr.pick(users);
        sessions.push({ start, run: () => chatSession(ctx, sr, person.id, h, start, () => sr.pick(ips)) });
      }
      return sessions;
    }));
  }
  return out;
};

const SUITES = ['gsm8k', 'mmlu', 'humaneval', 'mt-bench', 'limo-math', 'limo-gpqa', 'limo-aime', 'limo-olympiadbench', 'limo-minerva'] as const;

/** Benchmark evaluators: whole suites in fixed order at high concurrency, a few runs a month. */
export const evaluator: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const person = makePerson(ctx, r, r.chance(0.5) ? 'developer' : 'education', ctx.startMs, r.chance(0.5) ? { tier: 'research' } : {}, { channel: r.chance(0.8) ? 'api' : 'cloud:gcp-vertex' });
    const ip = r.chance(0.6) ? ctx.ip.cloud(r) : ctx.ip.sample(r, 'education', person.account.country);
    const runs = new Map<number, { suite: string; size: number; conc: number; format: number; model: string; offset: number }[]>();
    const nRuns = r.int(2, 6);
    const launchDay = Math.floor((ctx.launchMs - ctx.startMs) / DAY_MS);
    for (let k = 0; k < nRuns; k++) {
      const onLaunch = k === 0 && r.chance(0.5);
      const day = onLaunch ? Math.min(ctx.days - 1, launchDay + r.int(0, 1)) : r.int(0, ctx.days - 1);
      const suite = r.chance(0.25) ? 'judge' : r.pick(SUITES);
      const items = suite === 'judge' ? P.answers : P.evalSuites.get(suite) ?? [];
      const size = Math.min(items.length, Math.max(40, Math.round(r.int(150, 2500) * volume)));
      const model = onLaunch ? ctx.models.next : day * DAY_MS + ctx.startMs > ctx.launchMs && r.chance(0.5) ? ctx.models.next : r.chance(0.3) ? ctx.models.small : ctx.models.current;
      const list = runs.get(day) ?? [];
      list.push({ suite, size, conc: r.pick([1, 4, 8, 16, 32]), format: r.int(0, 1), model, offset: r.int(0, Math.max(0, items.length - size)) });
      runs.set(day, list);
    }
    out.push(serviceAccount(ctx, person, 'benchmark_evaluator', 0, (day) => {
      const todays = runs.get(day) ?? [];
      return todays.map((run, k) => {
        const dr = r.fork(`run${day}.${k}`);
        const start = ctx.startMs + day * DAY_MS + dr.next() * 20 * HOUR_MS;
        const items = P.evalSuites.get(run.suite) ?? [];
        // LLM-as-a-judge runs: MT-Bench judge prompts over real model answers (a benign look-alike of rubric grading).
        const judge = P.judgePrompts.length > 0 ? dr.pick(P.judgePrompts) : undefined;
        return {
          start,
          run: function* () {
            let t = start;
            for (let j = 0; j < run.size; j++) {
              if (run.suite === 'judge' && judge) {
                const a = P.answers[(run.offset + j) % P.answers.length]!;
                const x = makeExchange(ctx, dr, person.id, { ts: t, model: run.model, ip, system: judge.system, prompt: judge.template.replace('{question}', a.question).replace('{answer}', a.answer), shape: 'chat', maxTokens: person.id.client.maxTokens[0]! });
                yield x;
                t += ((x.latency_ms ?? 1000) + dr.exp(200)) / run.conc;
                continue;
              }
              const item = items[run.offset + j]!;
              const multiTurn = run.suite === 'mt-bench';
              const conv = multiTurn ? dr.uuid() : undefined;
              const x = makeExchange(ctx, dr, person.id, {
                ts: t,
                model: run.model,
                ip,
                ...(conv ? { conversationId: conv, turn: 0 } : {}),
                prompt: evalFormat(dr, run.suite, item, run.format),
                shape: run.suite === 'humaneval' ? 'code' : 'chat',
                maxTokens: person.id.client.maxTokens[0]!,
              });
              yield x;
              t += ((x.latency_ms ?? 1000) + dr.exp(200)) / run.conc;
              const second = multiTurn ? P.mtBenchSecond.get(item) : undefined;
              if (second) {
                yield makeExchange(ctx, dr, person.id, { ts: t, model: run.model, ip, ...(conv ? { conversationId: conv, turn: 1 } : {}), prompt: second, shape: 'chat', historyTokens: x.input_tokens + x.output_tokens });
                t += ((x.latency_ms ?? 1000) + dr.exp(200)) / run.conc;
              }
            }
          },
        };
      });
    }));
  }
  return out;
};

