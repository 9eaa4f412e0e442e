import { checkSync } from 'recheck';
const list: [string, string][] = [
  ['\\s{0,3}\\([^()\\n]{0,160}\\)', 'gu'],
  ['^[\\s\\-_=–—~*#|•·:.]{1,20}|[\\s\\-_=–—~*#|•·:]{1,20}$', 'gu'],
  ['\\b(\\d{1,2}|[a-z]{3,9})(?:\\s{0,2}\\(\\d{1,2}\\+?\\))?', 'gi'],
];
for (const [s, f] of list) { const t = Date.now(); const d: any = checkSync(s, f, { timeout: 10000 }); console.log(d.status, d.checker, d.complexity?.type, d.attack?.pattern?.slice(0, 200), Date.now() - t); }
