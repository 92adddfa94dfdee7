// report/html: the page's stylesheet, inlined so report.html is one self-contained file.
export const REPORT_CSS = `
:root{--fg:#1d2330;--muted:#6b7385;--line:#dde1ea;--bg:#fff;--soft:#f5f7fb;--red:#b3261e;--amber:#a15c00;--green:#1e6b3a;--blue:#2b5fb8}
*{box-sizing:border-box}span.num{display:block;text-align:right;font-variant-numeric:tabular-nums}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:0 0 6px}.muted{color:var(--muted)}.small{font-size:12px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:130px}
.card .v{font-size:20px;font-weight:600}.card .k{font-size:12px;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;background:var(--soft)}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}td .num{text-align:right}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;font-weight:600;border:1px solid}
.v-distillation{color:var(--red);border-color:var(--red)}.v-suspicious{color:var(--amber);border-color:var(--amber)}.v-benign{color:var(--green);border-color:var(--green)}
.c-high{color:var(--red);border-color:var(--red)}.c-moderate{color:var(--amber);border-color:var(--amber)}.c-low{color:var(--muted);border-color:var(--muted)}
.campaign{border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:12px 0}.campaign .meta{display:flex;flex-wrap:wrap;gap:14px;margin:4px 0 8px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}@media (max-width:800px){.grid{grid-template-columns:1fr}}
.bars{display:flex;flex-direction:column;gap:3px}.bar-row{display:grid;grid-template-columns:150px 1fr 52px;gap:6px;align-items:center;font-size:12px}
.bar{background:var(--soft);height:10px;border-radius:3px;overflow:hidden}.bar span{display:block;height:100%;background:var(--blue)}.bar-val{text-align:right}
.spark-line{fill:none;stroke:var(--blue);stroke-width:1.5}.spark-area{fill:#2b5fb822;stroke:none}
.members{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;max-height:7.5em;overflow:auto;background:var(--soft);padding:6px;border-radius:4px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}.reasons{margin:0;padding-left:16px}.reasons li{margin:0}
details summary{cursor:pointer;color:var(--blue)}footer{margin-top:32px;color:var(--muted);font-size:12px}
`;
export const REPORT_CSS_EXTRA = `
.legend{margin-right:10px;white-space:nowrap}.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:middle}
h4{margin:10px 0 4px;font-weight:600}.kv{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px}
`;
