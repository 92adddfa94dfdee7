// report/html: one campaign as an analyst reads it: who (members, actor, confidence), why (evidence,
// shared indicators), what (capability and elicitation mix), where (infrastructure), when (timeline, pivots).
import { arrOf, esc, fmtNum, fmtPct, fmtScore, isObj, multiSparkline, numOf, redact, seriesOf, shareBars, sparkline, strOf, table } from './html-parts.js';

type Obj = Record<string, unknown>;

export interface CampaignRenderOptions {
  readonly maxMembers: number;
}

export const badge = (cls: string, text: unknown): string => `<span class="badge ${esc(cls)}">${esc(text)}</span>`;
export const anchor = (prefix: string, id: unknown): string => `${prefix}-${encodeURIComponent(String(id ?? ''))}`;

export function evidenceTable(evidence: unknown): string {
  const items = arrOf(evidence);
  if (items.length === 0) return '<p class="muted">no evidence items</p>';
  const rows = items.slice(0, 50).map((e) => {
    if (isObj(e) && (e.kind !== undefined || e.matched !== undefined)) {
      const rest: Obj = {};
      for (const [k, v] of Object.entries(e)) if (!['kind', 'matched', 'weight', 'detail'].includes(k)) rest[k] = v;
      const extra = Object.keys(rest).length > 0 ? ` <span class="muted small">${esc(JSON.stringify(redact(rest)).slice(0, 300))}</span>` : '';
      return [esc(e.kind), `<code>${esc(redact(e.matched))}</code>`, `<span class="num">${fmtNum(e.weight)}</span>`, `${esc(isObj(e.detail) ? redact(e.detail) : e.detail)}${extra}`];
    }
    return ['', '', '', esc(JSON.stringify(redact(e))?.slice(0, 300))];
  });
  return table(['kind', 'matched', 'weight', 'detail'], rows, [2]);
}

/** A timeline as link writes it ({startMs, hours, models: {model: [per hour]}}), or any plain series. */
export function timelineBlock(tl: unknown, title: string): string {
  if (isObj(tl) && isObj(tl.models)) {
    const series = Object.entries(tl.models)
      .filter(([, v]) => Array.isArray(v))
      .map(([name, v]) => ({ name, values: seriesOf(v) }))
      .sort((a, b) => b.values.reduce((s, x) => s + x, 0) - a.values.reduce((s, x) => s + x, 0));
    const start = numOf(tl.startMs);
    const hours = numOf(tl.hours);
    const span = start !== undefined && hours !== undefined
      ? `<div class="muted small">${esc(new Date(start).toISOString())} → ${esc(new Date(start + hours * 3_600_000).toISOString())}, hourly exchanges per model</div>`
      : '';
    return multiSparkline(series, 480, 60, title) + span;
  }
  if (isObj(tl) && Object.values(tl).some(Array.isArray)) {
    return multiSparkline(Object.entries(tl).filter(([, v]) => Array.isArray(v)).map(([name, v]) => ({ name, values: seriesOf(v) })), 480, 60, title);
  }
  const s = sparkline(seriesOf(tl), 480, 48, title);
  return s ? `<div>${s}</div>` : '';
}

function infrastructure(inf: unknown): string {
  if (!isObj(inf)) return '';
  const parts: string[] = [];
  const asns = arrOf(inf.asns).filter(isObj);
  if (asns.length > 0) {
    parts.push(table(['ASN', 'organisation', 'exchanges'], asns.slice(0, 8).map((a) => [`AS${esc(a.asn)}`, esc(a.org ?? ''), `<span class="num">${fmtNum(a.exchanges)}</span>`]), [2]));
  }
  if (isObj(inf.netClasses)) parts.push(`<div class="muted small">network class</div>${shareBars(inf.netClasses)}`);
  if (isObj(inf.channels)) parts.push(`<div class="muted small">channel</div>${shareBars(inf.channels)}`);
  if (isObj(inf.countries)) {
    const top = Object.entries(inf.countries).sort((a, b) => (numOf(b[1]) ?? 0) - (numOf(a[1]) ?? 0)).slice(0, 10);
    parts.push(`<div class="kv"><span class="muted">countries</span>${top.map(([k, v]) => `<span>${esc(k)} ${fmtNum(v)}</span>`).join('')}</div>`);
  }
  if (numOf(inf.distinctIpsSampled) !== undefined) {
    parts.push(`<div class="kv"><span class="muted">distinct IPs (sampled, ≥)</span><span>${fmtNum(inf.distinctIpsSampled)}</span><span class="muted">prefixes</span><span>${fmtNum(inf.distinctPrefixesSampled)}</span></div>`);
  }
  return parts.length > 0 ? `<h4 class="muted small">infrastructure</h4>${parts.join('')}` : '';
}

function pivots(p: unknown): string {
  const rows = arrOf(p).filter(isObj).map((x) => [esc(x.model), esc(x.firstSeen), `<span class="num">${fmtPct(x.shareWithin24h)}</span>`, `<span class="num">${fmtNum(x.exchangesWithin24h)}</span>`]);
  return rows.length > 0 ? `<h4 class="muted small">moves to newly launched models</h4>${table(['model', 'model first seen', 'share in first 24 h', 'exchanges'], rows, [2, 3])}` : '';
}

function indicators(s: unknown): string {
  const rows = arrOf(s).filter(isObj).slice(0, 10).map((x) => [`<code>${esc(x.key)}</code>`, `<span class="num">${fmtNum(x.accounts)}</span>`, `<span class="num">${fmtNum(x.weight)}</span>`]);
  return rows.length > 0 ? `<h4 class="muted small">shared indicators</h4>${table(['indicator', 'accounts', 'weight'], rows, [1, 2])}` : '';
}

export function campaignBlock(c: Obj, actorNames: ReadonlyMap<string, string>, o: CampaignRenderOptions): string {
  const members = arrOf(c.account_ids).map(String);
  const actor = strOf(c.actor_id);
  const actorName = actor !== undefined ? (strOf(c.actor_name) ?? actorNames.get(actor)) : undefined;
  const shown = members.slice(0, o.maxMembers).map((m) => `<a href="#${esc(anchor('a', m))}">${esc(m)}</a>`).join(' ');
  const more = members.length > o.maxMembers ? ` <span class="muted">… and ${fmtNum(members.length - o.maxMembers)} more</span>` : '';
  const caps = isObj(c.capabilities) ? shareBars(c.capabilities) : '';
  const elic = isObj(c.elicitation) ? shareBars(c.elicitation) : '';
  const tl = timelineBlock(c.timeline, `campaign ${String(c.campaign_id)} activity`);
  const score = numOf(c.score) ?? numOf(c.core_score);
  const meta = (k: string, v: string): string => `<span><span class="muted">${esc(k)}</span> ${v}</span>`;
  const attrEvidence = arrOf(c.attribution_evidence);
  return `<section class="campaign" id="${esc(anchor('c', c.campaign_id))}">
<h3>${esc(c.campaign_id)} ${strOf(c.confidence) ? badge(`c-${String(c.confidence)}`, `${String(c.confidence)} confidence`) : ''} ${strOf(c.status) ? `<span class="muted small">${esc(c.status)}</span>` : ''}</h3>
<div class="meta">
${meta('actor', actor !== undefined ? `<strong>${esc(actorName ?? actor)}</strong>${actorName && actorName !== actor ? ` <code>${esc(actor)}</code>` : ''}` : '<span class="muted">unattributed</span>')}
${meta('accounts', fmtNum(members.length))}
${meta('exchanges', fmtNum(c.exchanges))}
${score !== undefined ? meta('score', fmtScore(score)) : ''}
${numOf(c.density) !== undefined ? meta('density', fmtNum(c.density)) : ''}
${meta('first seen', esc(c.first_seen ?? '—'))}
${strOf(c.last_seen) ? meta('last seen', esc(c.last_seen)) : ''}
${meta('first alert', esc(c.first_alert ?? '—'))}
</div>
<div class="grid"><div>
<h4 class="muted small">linking evidence</h4>${evidenceTable(c.evidence)}
${attrEvidence.length > 0 || actor !== undefined ? `<h4 class="muted small">attribution evidence</h4>${evidenceTable(attrEvidence)}` : ''}
${indicators(c.shared_indicators)}
</div><div>
${caps ? `<h4 class="muted small">capability mix</h4>${caps}` : ''}
${elic ? `<h4 class="muted small">elicitation mix</h4>${elic}` : ''}
${tl ? `<h4 class="muted small">activity</h4>${tl}` : ''}
${pivots(c.pivots)}
${infrastructure(c.infrastructure)}
</div></div>
<details><summary>members (${fmtNum(members.length)})</summary><div class="members">${shown}${more}</div></details>
</section>`;
}
