// Simulator benign look-alike held out for the mimicry scenario: a tutoring platform, a good heavy
// customer whose product IS "explain it step by step". One verified business account (its backend
// on a cloud), a fixed tutor system prompt (a held-out wording, src/sim/templates-holdout.ts's rule:
// never copied into detection), hundreds of students as end users with follow-up questions, the same
// homework asked by many of them, school-day and evening peaks in one country. Per account it asks
// for reasoning on fresh problems every day, which is what a harvester does too.
import type { PromptItem } from '../material/index.js';
import { makeExchange } from '../exchange.js';
import type { Rng } from '../rng.js';
import { accountStream, type PlannedSession } from '../stream.js';
import { pickTopics, vary } from '../text.js';
import type { Exchange } from '../../schema/index.js';
import { steadyDay } from './benign-services.js';
import { DAY_MS, HOUR_MS, tzOffsetHours } from '../world-ctx.js';
import { benignLabel, chatSession, makePerson, type ChatHabits, type PopulationBuilder, type SimAccount } from './common.js';

export const TUTOR_SYSTEM = [
  'You are a patient tutor on a homework-help app for students aged 12 to 18. Guide the student to the solution: show the method in small numbered stages, check the result, and end with one practice question.',
  'Du bist ein geduldiger Nachhilfelehrer in einer Lern-App. Erkläre den Lösungsweg in kleinen nummerierten Etappen, prüfe das Ergebnis und stelle am Ende eine Übungsaufgabe.',
  'Eres un tutor paciente en una aplicación de ayuda con los deberes. Muestra el método en etapas numeradas y cortas, comprueba el resultado y termina con un ejercicio de práctica.',
] as const;

const STUDENT_FOLLOWUPS = ['i dont get the second part', 'why did you divide there?', 'can you show it with smaller numbers', 'ok and what if it was 3 instead', 'is there a faster way', 'thanks! can you check my answer: 42', 'what does that word mean'];

export const tutoringPlatform: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const homework: PromptItem[] = [...P.reasoningProblems, ...(P.evalSuites.get('gsm8k') ?? []).slice(0, 3000).map((text) => ({ text, source: 'gsm8k', topic: 'math', lang: 'en' }))];
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const lang = r.weighted([[0, 6], [1, 2], [2, 2]] as const);
    const country = lang === 1 ? 'DE' : lang === 2 ? r.pick(['ES', 'MX', 'AR']) : r.pick(['US', 'GB', 'IN', 'AU']);
    const person = makePerson(ctx, r, 'business', ctx.startMs, { orgId: `org_${r.hex(10)}`, createdInside: false, country }, { channel: 'api' });
    const ips = Array.from({ length: r.int(2, 5) }, () => ctx.ip.cloud(r));
    // This term's assignments: every student draws from the same few hundred problems.
    const term = r.sample(homework, 300);
    const students: ChatHabits[] = Array.from({ length: r.int(200, 600) }, (_, u) => {
      const q = r.fork(`s${u}`);
      return { topics: pickTopics(q, term, q.int(3, 8)), freshRate: 0.3, fresh: term, followups: STUDENT_FOLLOWUPS, meanTurns: 3.5, shape: 'chat', eagerness: 0.2, thinkingRate: 0, imageRate: 0.05, system: TUTOR_SYSTEM[lang]!, endUser: `stu_${q.hex(8)}` };
    });
    const sessionsPerDay = r.lognormal(250, 0.5) * volume;
    const off = tzOffsetHours(person.account.country);
    out.push({
      account: person.account,
      label: benignLabel(person.id.accountId, 'tutoring_platform'),
      firstMs: ctx.startMs,
      stream: () => {
        const plan = (day: number): PlannedSession[] => {
          const dr = r.fork(`d${day}`);
          const weekday = new Date(ctx.startMs + day * DAY_MS).getUTCDay();
          const k = dr.poisson(sessionsPerDay * (weekday === 0 || weekday === 6 ? 0.5 : 1));
          const sessions: PlannedSession[] = [];
          for (let s = 0; s < k; s++) {
            // After school and evening homework, local time.
            const local = dr.chance(0.6) ? 16 + dr.next() * 6 : 9 + dr.next() * 7;
            const start = ctx.startMs + day * DAY_MS + ((((local - off) % 24) + 24) % 24) * HOUR_MS;
            const sr = dr.fork(s);
            const h = dr.pick(students);
            sessions.push({ start, run: () => chatSession(ctx, sr, person.id, h, start, () => sr.pick(ips)) });
          }
          return sessions;
        };
        return accountStream(ctx, 0, ctx.days - 1, plan);
      },
    });
  }
  return out;
};

/**
 * Held-out benign look-alike: an online-evaluation service (an LLM-observability product scoring its
 * own customers' production answers with an LLM judge). One verified business account with years of
 * history, its backend on one cloud, one judge template (MT-Bench's, real) filled with a fresh
 * question and answer every time, around the clock, never a follow-up. Per account it is rubric
 * grading on fresh content every day at machine cadence: what a reward-model harvester does. What it
 * is not: many accounts, rotating networks, many wordings.
 */
export const onlineJudge: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  if (P.judgePrompts.length === 0 || P.answers.length === 0) return out;
  const questions = [...P.answers.map((a) => a.question), ...P.chat.map((c) => c.text)];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const person = makePerson(ctx, r, 'business', ctx.startMs, { orgId: `org_${r.hex(10)}`, createdInside: false, country: r.pick(['US', 'GB', 'DE', 'FR', 'CA']) }, { channel: r.chance(0.7) ? 'api' : 'cloud:aws-bedrock' });
    const cloud = r.pick(['aws', 'gcp', 'azure']);
    const ips = Array.from({ length: r.int(2, 6) }, () => ctx.ip.cloud(r, cloud));
    const judge = r.pick(P.judgePrompts);
    const model = r.chance(0.6) ? ctx.models.small : ctx.models.current;
    // Their customers' traffic: busier in working hours (US/EU), never zero.
    const perHour = (r.lognormal(300, 0.5) * Math.sqrt(volume)) / 24;
    out.push({
      account: person.account,
      label: benignLabel(person.id.accountId, 'online_judge'),
      firstMs: ctx.startMs,
      stream: () => {
        const plan = (day: number): PlannedSession[] => {
          const dr = r.fork(`d${day}`);
          const sessions: PlannedSession[] = [];
          for (let h = 0; h < 24; h++) {
            const start = ctx.startMs + day * DAY_MS + h * HOUR_MS;
            const busy = h >= 13 && h <= 23 ? 1.6 : 0.6;
            const k = dr.poisson(perHour * busy);
            if (k === 0) continue;
            const hr = dr.fork(h);
            sessions.push({
              start,
              run: function* () {
                // in time order within the hour (the world is merged from time-ordered sessions)
                const times = Array.from({ length: k }, () => start + hr.next() * HOUR_MS).sort((a, b) => a - b);
                for (const t of times) {
                  const a = hr.pick(P.answers);
                  const q = hr.chance(0.5) ? a.question : hr.pick(questions);
                  yield makeExchange(ctx, hr, person.id, { ts: t, model, ip: hr.pick(ips), system: judge.system, prompt: judge.template.replace('{question}', q).replace('{answer}', a.answer), shape: 'chat', maxTokens: 1024 });
                }
              },
            });
          }
          return sessions;
        };
        return accountStream(ctx, 0, ctx.days - 1, plan);
      },
    });
  }
  return out;
};

/**
 * Held-out benign look-alike: one company's platform team running its product on many accounts of
 * one organisation (an account per product line, region or environment: how spend is split), all
 * under the company's card, domain and org id, the same product templates filled with their users'
 * inputs, around the clock and in step (the same users, the same release), from one cloud. As a
 * group it shares templates, hours and addresses like a hydra; what it does not do is hide that the
 * accounts are one customer.
 */
export const platformTeam: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const orgId = `org_${r.hex(10)}`;
    const domain = `${r.pick(['acme', 'northwind', 'globex', 'initech', 'umbrella', 'stark'])}-${r.hex(4)}.com`;
    const payment = `pm_${r.hex(16)}`;
    const country = r.pick(['US', 'GB', 'DE', 'FR', 'NL', 'JP']);
    const apps = Array.from({ length: r.int(1, 3) }, () => r.pick(P.apps));
    const inputs = [...new Set(apps.flatMap((a) => a.inputs)), ...pickTopics(r, P.chat, 60).map((x) => x.text)];
    const cloud = r.pick(['aws', 'gcp', 'azure']);
    const ips = Array.from({ length: r.int(3, 8) }, () => ctx.ip.cloud(r, cloud));
    const accounts = r.int(8, 20);
    for (let k = 0; k < accounts; k++) {
      const q = r.fork(`a${k}`);
      const person = makePerson(ctx, q, 'business', ctx.startMs, { orgId, emailDomain: domain, payment, country, createdInside: false, tier: 'enterprise' }, { channel: q.chance(0.7) ? 'api' : 'cloud:aws-bedrock' });
      const perDay = Math.min(3000, q.lognormal(150, 0.8)) * Math.sqrt(volume);
      const make = (t: number, e: Rng): Exchange => {
        const app = e.pick(apps);
        return makeExchange(ctx, e, person.id, { ts: t, model: ctx.models.current, ip: e.pick(ips), system: app.instruction, prompt: vary(e, e.pick(inputs)), shape: 'chat', endUser: `u_${e.hex(8)}` });
      };
      out.push({
        account: person.account,
        label: benignLabel(person.id.accountId, 'platform_team'),
        firstMs: ctx.startMs,
        stream: () =>
          accountStream(ctx, 0, ctx.days - 1, (day) => {
            const dr = q.fork(`d${day}`);
            return [{ start: ctx.startMs + day * DAY_MS, run: () => steadyDay(ctx, dr, day, perDay * (0.8 + 0.4 * dr.next()), country, 0.5, make) }];
          }),
      });
    }
  }
  return out;
};
