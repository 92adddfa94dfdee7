// respond stage: (account verdicts, campaigns) → graduated, reversible enforcement actions + audit.
// Pure: the clock comes in as `nowMs`. Shadow mode is the default: actions are proposed, not enforced.
// Ladder from DESIGN.md: monitor → throttle → step-up verification → degraded outputs → block.
import type { Confidence, VerdictBand } from '../schema/index.js';

export const ACTION_LADDER = ['monitor', 'throttle', 'step_up', 'degrade', 'block'] as const;
export type ActionKind = (typeof ACTION_LADDER)[number];
export type ActionMode = 'shadow' | 'enforce';

export interface PolicyAccount {
  readonly account_id: string;
  readonly score: number;
  readonly verdict: VerdictBand;
  /** Net evidence of its own behaviour (log-odds above the prior); absent = unknown, taken as enough. */
  readonly evidence?: number;
}

export interface PolicyCampaign {
  readonly campaign_id: string;
  readonly account_ids: readonly string[];
  /** The dense core; members outside it with a benign verdict of their own are only monitored. */
  readonly core_account_ids?: readonly string[];
  readonly confidence?: Confidence;
  /** Mean member score or a campaign-level score in [0,1]. */
  readonly score?: number;
}

export interface Action {
  readonly action_id: string;
  readonly target: { readonly kind: 'account' | 'campaign'; readonly id: string };
  readonly action: ActionKind;
  readonly mode: ActionMode;
  readonly reason: string;
  readonly created_at: string;
  readonly expires_at: string;
  /** For account actions taken because of a campaign. */
  readonly campaign_id?: string;
}

export interface AuditEvent {
  readonly at: string;
  readonly actor: string;
  readonly event: 'action_proposed' | 'action_enforced';
  readonly action_id: string;
  readonly detail: string;
}

export interface PolicyOptions {
  readonly mode: ActionMode;
  /** How long an action lasts before it must be renewed (ms). Expiry keeps actions reversible. */
  readonly expiryMs: number;
  /** Campaign score at or above which members are stepped up to verification. */
  readonly campaignStepUpScore: number;
  /** Who is named in the audit trail. */
  readonly auditActor: string;
  /**
   * Own evidence (log-odds above the prior) a campaign member needs before the campaign's action
   * applies to it; below it the member is only monitored (tied to a campaign by shared infrastructure
   * or templates, nothing of its own: the corporate-VPN complaint). 1.5 nats: odds 4.5× the prior.
   * At 0.5, customers who send some of a campaign's texts (apps, evaluators) and hold a stray weak
   * signal were raised to distillation in a 3,159-account world; the campaign heads raised there had
   * 1.5 or more but one in 282 (docs/linking.md, "At the reports' per-account rates").
   */
  readonly memberMinEvidence: number;
}

export const DEFAULT_POLICY_OPTIONS: Readonly<PolicyOptions> = Object.freeze({
  mode: 'shadow',
  expiryMs: 14 * 24 * 3600_000,
  campaignStepUpScore: 0.5,
  auditActor: 'distillwatch',
  memberMinEvidence: 1.5,
});

// Campaign action by confidence of the campaign as a whole: a lone account is never blocked on its
// own score; the campaign is the unit (DESIGN.md: banning one account of a hydra changes nothing).
const CAMPAIGN_ACTION: Readonly<Record<Confidence, ActionKind>> = { low: 'throttle', moderate: 'degrade', high: 'block' };
const ACCOUNT_ACTION: Readonly<Record<VerdictBand, ActionKind | undefined>> = {
  benign: undefined,
  suspicious: 'monitor',
  distillation: 'throttle',
};

function rank(a: ActionKind): number {
  return ACTION_LADDER.indexOf(a);
}

/** Proposes one action per campaign and the strongest applicable action per account. */
export function decideActions(
  accounts: readonly PolicyAccount[],
  campaigns: readonly PolicyCampaign[],
  nowMs: number,
  options: Partial<PolicyOptions> = {},
): { actions: Action[]; audit: AuditEvent[] } {
  const o = { ...DEFAULT_POLICY_OPTIONS, ...options };
  const created = new Date(nowMs).toISOString();
  const expires = new Date(nowMs + o.expiryMs).toISOString();
  const perAccount = new Map<string, { kind: ActionKind; reason: string; campaign?: string }>();
  const actions: Action[] = [];
  const own = new Map(accounts.map((a) => [a.account_id, a] as const));

  for (const c of campaigns) {
    const conf = c.confidence ?? 'low';
    let kind = CAMPAIGN_ACTION[conf];
    if (conf === 'low' && (c.score ?? 0) >= o.campaignStepUpScore) kind = 'step_up';
    actions.push({
      action_id: `act-c-${c.campaign_id}`,
      target: { kind: 'campaign', id: c.campaign_id },
      action: kind,
      mode: o.mode,
      reason: `campaign of ${c.account_ids.length} accounts, confidence ${conf}`,
      created_at: created,
      expires_at: expires,
    });
    const core = c.core_account_ids ? new Set(c.core_account_ids) : undefined;
    for (const id of c.account_ids) {
      // A member with nothing against it of its own (peripheral and benign, or no own evidence) is
      // watched, not restricted.
      const a = own.get(id);
      const peripheral = core !== undefined && !core.has(id) && (a?.verdict ?? 'benign') === 'benign';
      const bare = a?.evidence !== undefined && a.evidence < o.memberMinEvidence;
      const k: ActionKind = peripheral || bare ? 'monitor' : kind;
      const why = peripheral ? `peripheral member of campaign ${c.campaign_id} (outside its core, benign on its own)` : bare ? `member of campaign ${c.campaign_id} with no evidence of its own (review before acting)` : `member of campaign ${c.campaign_id}`;
      const prev = perAccount.get(id);
      if (!prev || rank(k) > rank(prev.kind)) perAccount.set(id, { kind: k, reason: why, campaign: c.campaign_id });
    }
  }
  for (const a of accounts) {
    const kind = ACCOUNT_ACTION[a.verdict];
    if (!kind) continue;
    const prev = perAccount.get(a.account_id);
    if (!prev || rank(kind) > rank(prev.kind)) perAccount.set(a.account_id, { kind, reason: `account verdict ${a.verdict} (score ${a.score.toFixed(2)})` });
  }
  for (const [id, d] of [...perAccount].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    actions.push({
      action_id: `act-a-${id}`,
      target: { kind: 'account', id },
      action: d.kind,
      mode: o.mode,
      reason: d.reason,
      created_at: created,
      expires_at: expires,
      ...(d.campaign !== undefined ? { campaign_id: d.campaign } : {}),
    });
  }
  const audit: AuditEvent[] = actions.map((a) => ({
    at: created,
    actor: o.auditActor,
    event: a.mode === 'shadow' ? 'action_proposed' : 'action_enforced',
    action_id: a.action_id,
    detail: `${a.action} ${a.target.kind} ${a.target.id}: ${a.reason}`,
  }));
  return { actions, audit };
}
