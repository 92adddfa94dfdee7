// report: Report (+ whatever extra fields a run adds) → one self-contained, readable HTML page
// (no external assets, no script). Everything is escaped; prompt/response text is never printed.
import type { Report } from '../schema/index.js';
import { REPORT_CSS } from './html-style.js';
import { arrOf, esc, fmtNum, fmtScore, isObj, numOf, redact, seriesOf, shareBars, sparkline, strOf, table } from './html-parts.js';

export interface HtmlReportOptions {
  /** Rows in the account table (top by score). */
  readonly topAccounts: number;
  /** Flagged accounts listed with their reasons. */
  readonly maxFlagged: number;
  /** Members listed per campaign before "… and N more". */
  readonly maxMembers: number;
  readonly title: string;
}

export const DEFAULT_HTML_REPORT_OPTIONS: Readonly<HtmlReportOptions> = Object.freeze({
  topAccounts: 100,
  maxFlagged: 300,
  maxMembers: 200,
  title: 'distillwatch report',
});

type Obj = Record<string, unknown>;

const badge = (cls: string, text: unknown): string => `<span class="badge ${esc(cls)}">${esc(text)}</span>`;
const verdictBadge = (v: unknown): string => badge(`v-${strOf(v) ?? 'unknown'}`, v ?? '?');
const card = (k: string, v: string): string => `<div class="card"><div class="v">${v}</div><div class="k">${esc(k)}</div></div>`;
const anchor = (prefix: string, id: unknown): string => `${prefix}-${encodeURIComponent(String(id ?? ''))}`;

function reasonsList(signals: unknown, max = 6): string {
  const items = arrOf(signals).filter(isObj).slice(0, max);
  if (items.length === 0) return '<span class="muted">—</span>';
  return `<ul class="reasons">${items
    .map((f) => {
      const pct = numOf(f.percentile);
      const value = typeof f.value === 'number' ? fmtNum(f.value) : esc(redact(f.value));
      const detail = strOf(f.detail);
      return `<li><code>${esc(f.code ?? '?')}</code> = ${value}${pct !== undefined ? ` <span class="muted">(p${esc(pct.toFixed(pct >= 99 && pct < 100 ? 1 : 0))} of cohort)</span>` : ''}${detail ? ` <span class="muted small">${esc(detail)}</span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

function ingestSection(ingest: unknown): string {
  if (!isObj(ingest)) return '';
  const cols = ['read', 'accepted', 'rejected', 'duplicates'] as const;
  const rowOf = (name: string, c: Obj): string[] => [esc(name), ...cols.map((k) => `<span class="num">${fmtNum(c[k])}</span>`)];
  const rows: string[][] = [];
  if (cols.some((k) => numOf(ingest[k]) !== undefined)) rows.push(rowOf('all inputs', ingest));
  for (const [k, v] of Object.entries(ingest)) if (isObj(v) && cols.some((c) => numOf(v[c]) !== undefined)) rows.push(rowOf(k, v));
  if (rows.length === 0) return '';
  return `<h2>Ingest</h2>${table(['input', ...cols], rows, [1, 2, 3, 4])}<p class="muted small">read = accepted + rejected; rejected records are in the dead-letter file with their line and reason.</p>`;
}

function timelineBlock(tl: unknown, title: string): string {
  if (isObj(tl) && Object.values(tl).some(Array.isArray)) {
    return Object.entries(tl)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `<div><span class="muted small">${esc(k)}</span><br>${sparkline(seriesOf(v), 480, 48, `${title}: ${k}`)}</div>`)
      .join('');
  }
  const s = sparkline(seriesOf(tl), 480, 48, title);
  return s ? `<div>${s}</div>` : '';
}

function evidenceTable(evidence: unknown): string {
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

function campaignBlock(c: Obj, actorNames: ReadonlyMap<string, string>, o: HtmlReportOptions): string {
  const members = arrOf(c.account_ids).map(String);
  const actor = strOf(c.actor_id);
  const actorName = actor !== undefined ? (strOf(c.actor_name) ?? actorNames.get(actor)) : undefined;
  const shown = members.slice(0, o.maxMembers).map((m) => `<a href="#${esc(anchor('a', m))}">${esc(m)}</a>`).join(' ');
  const more = members.length > o.maxMembers ? ` <span class="muted">… and ${fmtNum(members.length - o.maxMembers)} more</span>` : '';
  const caps = isObj(c.capabilities) ? shareBars(c.capabilities) : '';
  const tl = timelineBlock(c.timeline, `campaign ${String(c.campaign_id)} activity`);
  return `<section class="campaign" id="${esc(anchor('c', c.campaign_id))}">
<h3>${esc(c.campaign_id)} ${strOf(c.confidence) ? badge(`c-${String(c.confidence)}`, `${String(c.confidence)} confidence`) : ''}</h3>
<div class="meta">
<span><span class="muted">actor</span> ${actor !== undefined ? `<strong>${esc(actorName ?? actor)}</strong>${actorName && actorName !== actor ? ` <code>${esc(actor)}</code>` : ''}` : '<span class="muted">unattributed</span>'}</span>
<span><span class="muted">accounts</span> ${fmtNum(members.length)}</span>
<span><span class="muted">exchanges</span> ${fmtNum(c.exchanges)}</span>
<span><span class="muted">first seen</span> ${esc(c.first_seen ?? '—')}</span>
<span><span class="muted">first alert</span> ${esc(c.first_alert ?? '—')}</span>
${numOf(c.score) !== undefined ? `<span><span class="muted">score</span> ${fmtScore(c.score)}</span>` : ''}
</div>
<div class="grid"><div><h4 class="muted small">evidence</h4>${evidenceTable(c.evidence)}</div>
<div>${caps ? `<h4 class="muted small">capability mix</h4>${caps}` : ''}${tl ? `<h4 class="muted small">activity</h4>${tl}` : ''}</div></div>
<details><summary>members (${fmtNum(members.length)})</summary><div class="members">${shown}${more}</div></details>
</section>`;
}

/** Renders the report as one HTML page. Robust to any missing optional field. */
export function renderReportHtml(report: Report, options: Partial<HtmlReportOptions> = {}): string {
  const o: HtmlReportOptions = { ...DEFAULT_HTML_REPORT_OPTIONS, ...options };
  const r = report as Report & Obj;
  const accounts = arrOf(r.accounts).filter(isObj);
  const campaigns = arrOf(r.campaigns).filter(isObj);
  const actorNames = new Map<string, string>();
  for (const a of arrOf(r.actors).filter(isObj)) {
    const id = strOf(a.actor_id);
    const name = strOf(a.name);
    if (id !== undefined && name !== undefined) actorNames.set(id, name);
  }
  const byVerdict = (v: string): number => accounts.filter((a) => a.verdict === v).length;
  const byScore = [...accounts].sort((a, b) => (numOf(b.score) ?? -1) - (numOf(a.score) ?? -1));
  const flagged = byScore.filter((a) => a.verdict === 'distillation' || a.verdict === 'suspicious');
  const attributed = campaigns.filter((c) => strOf(c.actor_id) !== undefined).length;
  const inCampaigns = campaigns.reduce((s, c) => s + arrOf(c.account_ids).length, 0);
  const generated = strOf(r.generated_at) ?? (isObj(r.run) ? strOf(r.run.finished_at) ?? strOf(r.run.started_at) : undefined);

  const cards = [
    card('accounts in report', fmtNum(accounts.length)),
    card('distillation', fmtNum(byVerdict('distillation'))),
    card('suspicious', fmtNum(byVerdict('suspicious'))),
    card('campaigns', fmtNum(campaigns.length)),
    card('accounts in campaigns', fmtNum(inCampaigns)),
    card('attributed campaigns', fmtNum(attributed)),
  ].join('');

  const flaggedRows = flagged.slice(0, o.maxFlagged).map((a) => [
    `<code id="${esc(anchor('a', a.account_id))}">${esc(a.account_id)}</code>`,
    verdictBadge(a.verdict),
    `<span class="num">${fmtScore(a.score)}</span>`,
    strOf(a.campaign_id) ? `<a href="#${esc(anchor('c', a.campaign_id))}">${esc(a.campaign_id)}</a>` : '—',
    reasonsList(a.signals),
  ]);
  const topRows = byScore.slice(0, o.topAccounts).map((a) => [
    `<code>${esc(a.account_id)}</code>`,
    `<span class="num">${fmtScore(a.score)}</span>`,
    verdictBadge(a.verdict),
    esc(a.campaign_id ?? ''),
    arrOf(a.signals).filter(isObj).slice(0, 3).map((f) => `<code>${esc(f.code)}</code>`).join(' '),
  ]);
  const actions = arrOf(r.actions).filter(isObj);
  const actionRows = actions.slice(0, 300).map((x) => [
    esc(isObj(x.target) ? `${String(x.target.kind ?? '')} ${String(x.target.id ?? '')}` : ''),
    `<strong>${esc(x.action)}</strong>`, esc(x.mode), esc(x.reason), esc(x.expires_at),
  ]);
  const tl = timelineBlock(r.timeline, 'traffic over time');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(o.title)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<h1>${esc(o.title)}</h1>
<p class="muted">${generated ? `generated ${esc(generated)} · ` : ''}${fmtNum(accounts.length)} accounts, ${fmtNum(campaigns.length)} campaigns</p>
<div class="cards">${cards}</div>
${ingestSection(r.ingest)}
${tl ? `<h2>Timeline</h2>${tl}` : ''}
<h2>Campaigns</h2>
${campaigns.length === 0 ? '<p class="muted">no campaigns found</p>' : campaigns.map((c) => campaignBlock(c, actorNames, o)).join('\n')}
<h2>Flagged accounts</h2>
<p class="muted small">Each reason: signal = value (its percentile within the account's cohort).${flagged.length > o.maxFlagged ? ` Showing ${fmtNum(o.maxFlagged)} of ${fmtNum(flagged.length)}; the rest are in report.json.` : ''}</p>
${table(['account', 'verdict', 'score', 'campaign', 'reasons'], flaggedRows, [2])}
<h2>Top accounts by score</h2>
${table(['account', 'score', 'verdict', 'campaign', 'top signals'], topRows, [1])}
${actions.length > 0 ? `<h2>Actions</h2>${table(['target', 'action', 'mode', 'reason', 'expires'], actionRows)}` : ''}
<footer>distillwatch · prompt and response text is withheld from this page · all values shown as found in report.json</footer>
</main></body></html>
`;
}
