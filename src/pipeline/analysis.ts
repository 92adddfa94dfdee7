// pipeline: composes the pure stages of the data flow (enrich → profile → score → link → attribute →
// respond) over a stream of exchanges. No I/O: the CLI, the server and the streaming runner feed it.
// Every exchange is seen once; per-account state and link indicators are kept as mergeable sketches.
import type { Account, AccountId, Actor, Exchange } from '../schema/index.js';
import type { EnrichedExchange } from '../enrich/types.js';
import { createPromptEnricher, type PromptEnricherOptions } from '../enrich/prompt/index.js';
import { createNetEnricher, type NetOptions, type NetTables } from '../enrich/network/index.js';
import { accountFeatures, addExchange, createWorldContext, emptyAccountState, type AccountState } from '../profile/index.js';
import { scoreAccounts, type AccountVerdict, type DetectOptions } from '../detect/index.js';
import { createLinkIndex, linkAccountsDetailed, type Campaign, type CampaignId, type LinkIndex, type LinkDetailedResult, type LinkIndexOptions, type LinkOptions } from '../link/index.js';
import { attributeCampaigns, type AttributeOptions, type Attribution } from '../attribute/index.js';
import { decideActions, type Action, type AuditEvent, type PolicyOptions } from '../respond/index.js';
import { createRetention } from './retention.js';

export interface AnalysisOptions {
  readonly prompt: Partial<PromptEnricherOptions>;
  readonly net: Partial<NetOptions>;
  readonly detect: Partial<DetectOptions>;
  readonly linkIndex: Partial<LinkIndexOptions>;
  readonly link: Partial<LinkOptions>;
  readonly attribute: Partial<AttributeOptions>;
  readonly policy: Partial<PolicyOptions>;
}

export interface AnalysisInput {
  readonly netTables: NetTables;
  readonly accounts: ReadonlyMap<AccountId, Account>;
  readonly actors: readonly Actor[];
  readonly options?: Partial<AnalysisOptions>;
}

export interface AnalysisResult {
  readonly verdicts: readonly AccountVerdict[];
  readonly campaigns: readonly Campaign[];
  /** Every cluster the link gate looked at, accepted or not (near misses are what an analyst watches next). */
  readonly clusters: LinkDetailedResult['clusters'];
  readonly attributions: readonly Attribution[];
  readonly actions: readonly Action[];
  readonly audit: readonly AuditEvent[];
  readonly exchanges: number;
  readonly firstTs: number;
  readonly lastTs: number;
}

export interface Analysis {
  /** Feeds one accepted exchange. Returns the enriched form (for a store or an inline gateway). */
  push(x: Exchange): EnrichedExchange;
  /** Scores, links, attributes and decides on everything pushed so far; may be called repeatedly. */
  evaluate(): AnalysisResult;
  readonly states: ReadonlyMap<AccountId, AccountState>;
  /** The linking index (per-account indicators), for explanations and the detailed link view. */
  readonly link: LinkIndex;
}

export function createAnalysis(input: AnalysisInput): Analysis {
  const o = input.options ?? {};
  const prompt = createPromptEnricher(o.prompt ?? {});
  const net = createNetEnricher(input.netTables, o.net ?? {});
  const world = createWorldContext();
  const link = createLinkIndex(o.linkIndex ?? {});
  link.addAccounts(input.accounts.values());
  const states = new Map<AccountId, AccountState>();
  // Campaign ids of the previous evaluation: a re-linked cluster keeps the id most of its members had,
  // so a streaming run's alerts name the same campaign as it grows.
  let previous: ReadonlyMap<AccountId, CampaignId> | undefined;
  // Memberships reported at several evaluations over enough event time (link's hysteresis: a reported
  // campaign does not vanish because its later heads dilute it; one stray inclusion must not stick).
  const retention = createRetention();
  let exchanges = 0;
  let firstTs = Infinity;
  let lastTs = -Infinity;

  function push(x: Exchange): EnrichedExchange {
    const tMs = Date.parse(x.ts);
    const e: EnrichedExchange = { x, tMs, prompt: prompt.enrich(x), net: net.enrich(x.ip) };
    let s = states.get(x.account_id);
    if (s === undefined) {
      s = emptyAccountState(x.account_id);
      states.set(x.account_id, s);
    }
    states.set(x.account_id, addExchange(s, e));
    world.observe(e);
    link.observe(e);
    exchanges++;
    if (tMs < firstTs) firstTs = tMs;
    if (tMs > lastTs) lastTs = tMs;
    return e;
  }

  function evaluate(): AnalysisResult {
    const ctx = world.build();
    const items = [];
    for (const [id, state] of states) {
      const account = input.accounts.get(id);
      items.push(account ? { state, features: accountFeatures(state, account, ctx), account } : { state, features: accountFeatures(state, undefined, ctx) });
    }
    const verdicts = scoreAccounts(items, o.detect ?? {});
    const scores = new Map(verdicts.map((v) => [v.account_id, v] as const));
    const linked = linkAccountsDetailed(link, scores, { ...(o.link ?? {}), ...(previous ? { previous } : {}), reported: retention.settled });
    previous = linked.memberships;
    retention.record(linked.memberships, lastTs);
    const attributions = attributeCampaigns(linked.campaigns, input.actors, input.accounts, link, o.attribute ?? {});
    const conf = new Map(attributions.map((a) => [a.campaign_id, a.confidence] as const));
    const { actions, audit } = decideActions(
      verdicts,
      linked.campaigns.map((c) => ({ campaign_id: c.campaign_id, account_ids: c.account_ids, core_account_ids: c.core_account_ids, confidence: conf.get(c.campaign_id) ?? 'low' })),
      Number.isFinite(lastTs) ? lastTs : 0,
      o.policy ?? {},
    );
    return { verdicts, campaigns: linked.campaigns, clusters: linked.clusters, attributions, actions, audit, exchanges, firstTs, lastTs };
  }

  return { push, evaluate, states, link };
}
