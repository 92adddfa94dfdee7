// Simulator benign populations with many accounts acting together: classrooms (the same assignment in
// lockstep from one campus address) and agentic-coding power users (long tool sessions, parallel CLI
// sessions, agents left running overnight; many share a popular open-source agent's prompt and tools).
import type { Exchange } from '../../schema/index.js';
import type { PromptItem } from '../material/index.js';
import type { Rng } from '../rng.js';
import { accountStream, type PlannedSession } from '../stream.js';
import { schoolDomain } from '../profiles.js';
import { pickTopics, vary } from '../text.js';
import { DAY_MS, HOUR_MS, MIN_MS, isWeekend, pickModel, startInDay, tzOffsetHours } from '../world-ctx.js';
import { agentSession, agentSetup, codingTask } from './agent.js';
import { benignLabel, chatSession, homeIp, makePerson, type ChatHabits, type PopulationBuilder, type SimAccount } from './common.js';
import { firstDay, sharedCardPool } from './benign-people.js';

/** Classrooms: a teacher and students on education accounts; in class, all send the same assignment. */
export const classroom: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let g = 0; g < n; g++) {
    const r = rng.fork(g);
    const domain = schoolDomain(r);
    const country = r.weighted([['US', 40], ['GB', 12], ['IN', 12], ['AU', 8], ['SG', 6], ['JP', 6], ['DE', 8], ['CA', 8]] as const);
    const campus = Array.from({ length: r.int(1, 2) }, () => ctx.ip.sample(r, 'education', country));
    const subject = r.weighted([['math', 35], ['cs', 35], ['writing', 30]] as const);
    const pool: readonly PromptItem[] =
      subject === 'math'
        ? (P.evalSuites.get('gsm8k') ?? []).slice(0, 3000).map((text) => ({ text, source: 'gsm8k', topic: 'math', lang: 'en' }))
        : subject === 'cs'
          ? [...P.codeInstructions.slice(0, 2000), ...P.coding]
          : P.chat;
    const classDays = r.sample([1, 2, 3, 4, 5], r.int(1, 3));
    const classHour = r.int(9, 15);
    const size = Math.max(10, Math.round(r.int(12, 38) * Math.sqrt(volume)));
    const signupDay = r.chance(0.4) ? r.int(0, 6) : -1;
    const schedule = new Map<number, { t: number; prompt: string }>();
    for (let d = 0; d < ctx.days; d++) {
      const wd = new Date(ctx.startMs + d * DAY_MS + 12 * HOUR_MS).getUTCDay();
      if (!classDays.includes(wd) || d < signupDay) continue;
      const dr = r.fork(`class${d}`);
      const t = ctx.startMs + d * DAY_MS + (classHour - tzOffsetHours(country)) * HOUR_MS + dr.int(5, 20) * MIN_MS;
      schedule.set(d, { t, prompt: dr.pick(pool).text });
    }
    for (let i = 0; i < size; i++) {
      const s = r.fork(`st${i}`);
      const d0 = signupDay >= 0 ? signupDay : 0;
      const person = makePerson(ctx, s, 'education', ctx.startMs + d0 * DAY_MS, { emailDomain: domain, country, ...(signupDay >= 0 ? { createdInside: true } : {}), ...(s.chance(0.5) ? { tier: 'education' } : {}) });
      const habits: ChatHabits = { topics: pickTopics(s, pool, 3), freshRate: 0.3, fresh: s.sample(pool, 12), followups: P.followups, meanTurns: 2.5, shape: 'chat', eagerness: 0.1, thinkingRate: 0.05, imageRate: 0.05 };
      const home = homeIp(s, (q) => ctx.ip.sample(q, 'residential', country), 0.05);
      const planDay = (day: number): PlannedSession[] => {
        const sessions: PlannedSession[] = [];
        const c = schedule.get(day);
        if (c && s.chance(0.9)) {
          const start = c.t + s.lognormal(90_000, 0.7);
          const sr = s.fork(`c${day}`);
          const h = { ...habits, topics: [{ text: vary(sr, c.prompt), source: 'assignment', topic: 'assignment', lang: 'en' }], freshRate: 0 };
          sessions.push({ start, run: () => chatSession(ctx, sr, person.id, h, start, () => sr.pick(campus)) });
        }
        if (!isWeekend(ctx, day) && s.chance(0.25)) {
          const start = startInDay(ctx, s, day, country, 'diurnal');
          const sr = s.fork(`h${day}`);
          sessions.push({ start, run: () => chatSession(ctx, sr, person.id, habits, start, home) });
        }
        return sessions;
      };
      out.push({ account: person.account, label: benignLabel(person.id.accountId, 'classroom'), firstMs: ctx.startMs + d0 * DAY_MS, stream: (): Iterator<Exchange> => accountStream(ctx, d0, ctx.days - 1, planDay) });
    }
  }
  return out;
};

/** Agentic-coding power users: long tool sessions, several at once, sometimes overnight. */
export const agenticCoder: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const card = sharedCardPool(rng.fork('cards'));
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const d0 = firstDay(ctx, r);
    const payment = card();
    const setup = agentSetup(ctx, r);
    const person = makePerson(ctx, r, r.chance(0.75) ? 'developer' : 'business', ctx.startMs + d0 * DAY_MS, { ...(payment ? { payment } : {}), ...(r.chance(0.25) ? { orgId: `org_${r.hex(10)}` } : {}) }, setup.client);
    const country = person.account.country;
    // The coder's own projects: a few real agent tasks and coding requests they keep coming back to.
    const own = [...r.sample(P.agentTasks, 4), ...[...r.sample(P.coding, r.int(4, 10)), ...r.sample(P.codeInstructions, r.int(6, 20))].map((x) => ({ text: x.text, tools: [], source: x.source, followups: [] }))];
    const net = r.weighted([['home', 55], ['business', 20], ['cloud', 15], ['proxy', 5], ['vpn', 5]] as const);
    const proxy = r.pick(ctx.ip.proxies);
    const ip = homeIp(r, (q) => (net === 'home' ? ctx.ip.sample(q, 'residential', country) : net === 'business' ? ctx.ip.sample(q, 'business', country) : net === 'cloud' ? ctx.ip.cloud(q) : net === 'proxy' ? ctx.ip.fromProxy(q, proxy, country) : ctx.ip.sample(q, 'vpn')), 0.08);
    const sessionsPerDay = r.lognormal(4, 0.6) * Math.sqrt(volume);
    const parallel = r.weighted([[1, 50], [2, 30], [4, 20]] as const);
    // A tenth switch to a new model the day it launches (power users chase releases).
    const eagerness = r.chance(0.1) ? 4 : 0.4 + r.next() * 0.5;
    const weekdays = r.chance(0.5);
    const planDay = (day: number): PlannedSession[] => {
      if ((weekdays && isWeekend(ctx, day)) || !r.chance(0.8)) return [];
      const sessions: PlannedSession[] = [];
      const k = Math.max(1, r.poisson(sessionsPerDay));
      for (let s = 0; s < k; s++) {
        const base = startInDay(ctx, r, day, country, 'office');
        for (let p = 0; p < (r.chance(0.3) ? parallel : 1); p++) {
          const sr = r.fork(`a${day}.${s}.${p}`);
          const start = base + p * sr.lognormal(60_000, 1);
          const { task, followups } = codingTask(ctx, sr, own);
          const overnight = sr.chance(0.02);
          const run = { task, followups: followups.length > 0 ? followups : sr.sample(P.followups, 3), steps: overnight ? sr.int(200, 600) : Math.max(2, Math.round(sr.lognormal(18, 0.8))), toolSeconds: overnight ? 20 : 4, model: pickModel(ctx, sr, start, eagerness, 0.05), thinking: sr.chance(0.4) };
          sessions.push({ start, run: () => agentSession(ctx, sr, person.id, setup, run, start, ip) });
        }
      }
      return sessions;
    };
    out.push({ account: person.account, label: benignLabel(person.id.accountId, 'agentic_coder'), firstMs: ctx.startMs + d0 * DAY_MS, stream: (): Iterator<Exchange> => accountStream(ctx, d0, ctx.days - 1, planDay) });
  }
  return out;
};
