// report: Report (+ whatever extra fields a run adds) → one self-contained, readable HTML page
// (no external assets, no script). Everything is escaped; prompt/response text is never printed.
import type { Report } from '../schema/index.js';
import { REPORT_CSS, REPORT_CSS_EXTRA } from './html-style.js';
import { arrOf, esc, fmtNum, fmtScore, isObj, numOf, redact, strOf, table } from './html-parts.js';
import { anchor, badge, campaignBlock, timelineBlock } from './html-campaign.js';

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

const verdictBadge = (v: unknown): string => badge(`v-${strOf(v) ?? 'unknown'}`, v ?? '?');
const card = (k: string, v: string): string => `<div class="card"><div class="v">${v}</div><div class="k">${esc(k)}</div></div>`;
const num = (v: unknown): string => `<span class="num">${fmtNum(v)}</span>`;

function reasonsList(signals: unknown, max = 6): string {
  const items = arrOf(signals).filter(isObj).slice(0, max);
  if (items.length === 0) return '<span class="muted">—</span>';
  return `<ul class="reasons">${items
    .map((f) => {
      const pct = numOf(f.percentile);
      const value = typeof f.value === 'number' ? fmtNum(f.value) : esc(redact(f.value));
      const detail = strOf(f.detail);
      const p = pct !== undefined ? ` <span class="muted">(p${esc(pct.toFixed(pct >= 99 && pct < 100 ? 1 : 0))} of cohort)</span>` : '';
      return `<li><code>${esc(f.code ?? '?')}</code> = ${value}${p}${detail ? ` <span class="muted small">${esc(detail)}</span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

function ingestSection(ingest: unknown): string {
  if (!isObj(ingest)) return '';
  const cols = ['read', 'accepted', 'rejected', 'duplicates'] as const;
  const codes = (c: Obj): string =>
    isObj(c.byCode) ? Object.entries(c.byCode).filter(([, n]) => (numOf(n) ?? 0) > 0).map(([k, n]) => `<code>${esc(k)}</code> ${fmtNum(n)}`).join(', ') : '';
  const rowOf = (name: string, c: Obj): string[] => [esc(name), ...cols.map((k) => num(c[k])), codes(c)];
  const rows: string[][] = [];
  if (cols.some((k) => numOf(ingest[k]) !== undefined)) rows.push(rowOf('all inputs', ingest));
  for (const [k, v] of Object.entries(ingest)) if (isObj(v) && cols.some((c) => numOf(v[c]) !== undefined)) rows.push(rowOf(k, v));
  if (rows.length === 0) return '';
  const dl = strOf(ingest.dead_letter);
  return `<h2>Ingest</h2>${table(['input', ...cols, 'rejections by reason'], rows, [1, 2, 3, 4])}
<p class="muted small">read = accepted + rejected; a duplicate exchange id is accepted once and counted in duplicates.${dl ? ` Rejected records, with line and reason: <code>${esc(dl)}</code>.` : ''}</p>`;
}

function alertsSection(alerts: unknown): string {
  const items = arrOf(alerts).filter(isObj);
  if (items.length === 0) return '';
  const rows = items.slice(0, 50).map((a) => [esc(a.at), `<a href="#${esc(anchor('c', a.campaign_id))}">${esc(a.campaign_id)}</a>`, num(a.accounts)]);
  const more = items.length > 50 ? `<p class="muted small">${fmtNum(items.length - 50)} more in report.json</p>` : '';
  return `<h2>Alerts (event time)</h2><p class="muted small">When a campaign was first raised, and each time it grew, in a time-ordered run.</p>${table(['at', 'campaign', 'accounts'], rows, [2])}${more}`;
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
  const s = isObj(r.summary) ? r.summary : {};
  const pick = (k: string, fallback: number): string => fmtNum(numOf(s[k]) ?? fallback);
  const generated = strOf(r.generated_at) ?? (isObj(r.run) ? (strOf(r.run.finished_at) ?? strOf(r.run.started_at)) : undefined);
  const win = isObj(r.window) && strOf(r.window.first) ? `traffic ${esc(r.window.first)} → ${esc(r.window.last)}` : '';

  const cards = [
    ...(numOf(s.exchanges) !== undefined ? [card('exchanges', fmtNum(s.exchanges))] : []),
    card('accounts in report', pick('accounts', accounts.length)),
    card('distillation', pick('distillation_accounts', byVerdict('distillation'))),
    card('suspicious', fmtNum(byVerdict('suspicious'))),
    card('campaigns', pick('campaigns', campaigns.length)),
    card('accounts in campaigns', fmtNum(campaigns.reduce((t, c) => t + arrOf(c.account_ids).length, 0))),
    card('attributed campaigns', pick('attributed_campaigns', campaigns.filter((c) => strOf(c.actor_id) !== undefined).length)),
    ...(Array.isArray(r.actions) ? [card('actions proposed', fmtNum(r.actions.length))] : []),
  ].join('');

  const flaggedRows = flagged.slice(0, o.maxFlagged).map((a) => [
    `<code id="${esc(anchor('a', a.account_id))}">${esc(a.account_id)}</code>${strOf(a.cohort) ? `<div class="muted small">${esc(a.cohort)}</div>` : ''}`,
    verdictBadge(a.verdict),
    `<span class="num">${fmtScore(a.score)}</span>${numOf(a.own_score) !== undefined && a.own_score !== a.score ? `<div class="muted small">own ${fmtScore(a.own_score)}</div>` : ''}`,
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
  const timings = isObj(r.timings_s)
    ? Object.entries(r.timings_s).map(([k, v]) => `${esc(k)} ${fmtNum(v, 2)} s`).join(' · ')
    : '';

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(o.title)}</title><style>${REPORT_CSS}${REPORT_CSS_EXTRA}</style></head>
<body><main>
<h1>${esc(o.title)}</h1>
<p class="muted">${[generated ? `generated ${esc(generated)}` : '', win].filter(Boolean).join(' · ')}</p>
<div class="cards">${cards}</div>
${ingestSection(r.ingest)}
${tl ? `<h2>Timeline</h2>${tl}` : ''}
<h2>Campaigns</h2>
${campaigns.length === 0 ? '<p class="muted">no campaigns found</p>' : campaigns.map((c) => campaignBlock(c, actorNames, o)).join('\n')}
${alertsSection(r.alerts)}
<h2>Flagged accounts</h2>
<p class="muted small">Each reason: signal = value (its percentile within the account's cohort).${flagged.length > o.maxFlagged ? ` Showing ${fmtNum(o.maxFlagged)} of ${fmtNum(flagged.length)}; the rest are in report.json.` : ''}</p>
${table(['account', 'verdict', 'score', 'campaign', 'reasons'], flaggedRows, [2])}
<h2>Top accounts by score</h2>
${table(['account', 'score', 'verdict', 'campaign', 'top signals'], topRows, [1])}
${actions.length > 0 ? `<h2>Actions</h2>${table(['target', 'action', 'mode', 'reason', 'expires'], actionRows)}` : ''}
<footer>distillwatch${isObj(r.tool) && strOf(r.tool.version) ? ` ${esc(r.tool.version)}` : ''} · prompt and response text is withheld from this page${timings ? ` · ${timings}` : ''}</footer>
</main></body></html>
`;
}
