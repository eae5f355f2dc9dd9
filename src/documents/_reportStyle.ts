/** The season report's stylesheet, inline: system fonts only, nothing to load. @internal */
export const SEASON_REPORT_CSS = [
  'body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2933;margin:0 auto;max-width:1000px;padding:16px 20px;background:#fff}',
  'h1{font-size:24px;margin:4px 0}h2{font-size:19px;margin:26px 0 8px;border-bottom:1px solid #d0d5dd;padding-bottom:4px}h3{font-size:15px;margin:14px 0 6px}',
  'figure{margin:0;overflow-x:auto}svg{display:block;font-size:12px}svg .label{font-size:13px;font-weight:600;fill:#1f2933}svg .tick{font-size:11px;fill:#52606d}svg .n{font-size:11px;font-weight:700}',
  '.legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:8px 0;font-size:13px}.key i,.dot{display:inline-block;width:14px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px;box-sizing:border-box}.dot{width:10px;height:10px;border-radius:50%}',
  'table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}th,td{border-bottom:1px solid #e4e7eb;padding:5px 8px;text-align:left;vertical-align:top}thead th{background:#f5f7fa}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  'td.when{white-space:nowrap}code{font-size:12px;color:#52606d}ul.left-out{padding-left:20px}footer{margin-top:28px;font-size:12px;color:#7b8794}',
].join('\n');
