// report/html: small building blocks of the HTML report. Every string that reaches the page goes
// through esc(): report contents are untrusted (account ids, evidence, actor names come from traffic).

const ESC: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** HTML-escapes any value's text (safe in element content and in quoted attributes). */
export function esc(v: unknown): string {
  const s = typeof v === 'string' ? v : v === undefined || v === null ? '' : typeof v === 'object' ? safeJson(v) : String(v);
  return s.replace(/[&<>"'`]/g, (c) => ESC[c] ?? c);
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '[unprintable]';
  }
}

/** Fields that may hold prompt or response text: never printed (DESIGN.md privacy rule). */
// PRIVACY: prompt text stays out of the report page whatever shape the evidence takes.
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'prompt', 'prompts', 'response', 'responses', 'system_prompt', 'prompt_text', 'text', 'example_prompts', 'sample_prompts', 'samples', 'messages',
]);

/** A copy of v with prompt-bearing fields replaced by a marker (depth-limited). */
export function redact(v: unknown, depth = 0): unknown {
  if (depth > 6) return '…';
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => redact(x, depth + 1));
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = TEXT_FIELDS.has(k) ? '[text withheld]' : redact(x, depth + 1);
    return o;
  }
  return v;
}

export const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const numOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const strOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const arrOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** 1234567 → "1,234,567"; 0.1234 → "0.123". */
export function fmtNum(v: unknown, digits = 3): string {
  const n = numOf(v);
  if (n === undefined) return '—';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n.toFixed(digits);
}

/** A score in [0,1] always with three decimals (1 → "1.000"). */
export function fmtScore(v: unknown): string {
  const n = numOf(v);
  return n === undefined ? '—' : n.toFixed(3);
}

export function fmtPct(share: unknown): string {
  const n = numOf(share);
  return n === undefined ? '—' : `${(100 * n).toFixed(1)}%`;
}

/** A table; cells are already-escaped HTML. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], numericCols: readonly number[] = []): string {
  if (rows.length === 0) return '<p class="muted">none</p>';
  const head = headers.map((h, i) => `<th${numericCols.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Inline SVG sparkline of a series (no external assets). */
export function sparkline(values: readonly number[], width = 240, height = 36, title = ''): string {
  const vs = values.filter((v) => Number.isFinite(v));
  if (vs.length < 2) return '';
  const max = Math.max(...vs);
  const min = Math.min(0, ...vs);
  const span = max - min || 1;
  const step = width / (vs.length - 1);
  const pts = vs.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`).join(' ');
  const area = `0,${height} ${pts} ${width},${height}`;
  return `<svg class="spark" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${esc(title)}</title>` +
    `<polygon points="${area}" class="spark-area"/><polyline points="${pts}" class="spark-line"/></svg>`;
}

/** Horizontal share bars for a name → share map (shares in 0..1, or counts turned into shares). */
export function shareBars(mix: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(mix)
    .map(([k, v]) => [k, numOf(v) ?? 0] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return '';
  // Values in [0,1] are shares already (multi-label shares may sum past 1): shown as they are.
  // Anything larger is a count: shown as its share of the total.
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const norm = entries.some(([, v]) => v > 1) ? total : 1;
  return `<div class="bars">${entries
    .map(([k, v]) => {
      const p = (100 * v) / norm;
      return `<div class="bar-row"><span class="bar-label">${esc(k)}</span><span class="bar"><span style="width:${p.toFixed(1)}%"></span></span><span class="bar-val">${p.toFixed(1)}%</span></div>`;
    })
    .join('')}</div>`;
}

/** Numbers of a timeline in any of the shapes a stage may write: [n...], [{n|count|exchanges}...], {bucket: n}. */
export function seriesOf(v: unknown): number[] {
  if (Array.isArray(v)) {
    return v.map((x) => numOf(x) ?? (isObj(x) ? (numOf(x.n) ?? numOf(x.count) ?? numOf(x.exchanges) ?? numOf(x.value) ?? 0) : 0));
  }
  if (isObj(v)) {
    return Object.keys(v).sort().map((k) => numOf(v[k]) ?? 0);
  }
  return [];
}

const LINE_COLOURS = ['#2b5fb8', '#b3261e', '#1e6b3a', '#a15c00', '#6b3fa0', '#00796b'];

/** Several series on one shared scale (e.g. hourly exchanges per model), with a legend. */
export function multiSparkline(series: readonly { readonly name: string; readonly values: readonly number[] }[], width = 480, height = 60, title = ''): string {
  const ss = series.filter((s) => s.values.length >= 2).slice(0, LINE_COLOURS.length);
  if (ss.length === 0) return '';
  const len = Math.max(...ss.map((s) => s.values.length));
  // Bin long series so the SVG stays small (≤ 360 points per line).
  const bin = Math.max(1, Math.ceil(len / 360));
  const binned = ss.map((s) => {
    const out: number[] = [];
    for (let i = 0; i < s.values.length; i += bin) {
      let t = 0;
      for (let j = i; j < Math.min(i + bin, s.values.length); j++) t += Number.isFinite(s.values[j]) ? (s.values[j] as number) : 0;
      out.push(t);
    }
    return { name: s.name, values: out };
  });
  const n = Math.max(...binned.map((s) => s.values.length));
  const max = Math.max(1, ...binned.flatMap((s) => s.values));
  const step = width / Math.max(1, n - 1);
  const lines = binned
    .map((s, k) => {
      const pts = s.values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`).join(' ');
      return `<polyline points="${pts}" fill="none" stroke="${LINE_COLOURS[k]}" stroke-width="1.3"/>`;
    })
    .join('');
  const legend = binned
    .map((s, k) => `<span class="legend"><span class="swatch" style="background:${LINE_COLOURS[k]}"></span>${esc(s.name)}</span>`)
    .join(' ');
  return `<svg class="spark" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${esc(title)}</title>${lines}</svg><div class="small">${legend}</div>`;
}
