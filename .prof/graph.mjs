import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
const seen = new Map(); const pkgs = new Set();
function res(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const c of [base, base + '.ts', base + '.tsx', base + '/index.ts']) if (existsSync(c) && statSync(c).isFile()) return c;
}
function walk(file) {
  if (seen.has(file)) return;
  const text = readFileSync(file, 'utf8');
  seen.set(file, text.length);
  const re = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) {
    if (/^\s*import\s+type\b/.test(m[0]) || /^\s*export\s+type\b/.test(m[0])) continue;
    const spec = m[1];
    if (spec.startsWith('.')) { const r = res(file, spec); if (r && !r.endsWith('.css')) walk(r); }
    else pkgs.add(spec);
  }
}
walk(resolve('renderer/main.tsx'));
const rows = [...seen].map(([f, n]) => [relative(process.cwd(), f), n]).sort((a, b) => b[1] - a[1]);
const shared = rows.filter(([f]) => f.startsWith('shared/'));
console.log('files', rows.length, 'chars', rows.reduce((s, r) => s + r[1], 0), 'shared files', shared.length, 'chars', shared.reduce((s, r) => s + r[1], 0));
for (const r of shared.slice(0, 40)) console.log(r[1], r[0]);
console.log([...pkgs].join(' '));
