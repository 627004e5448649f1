import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startPreviewServer } from '../scripts/preview-server.ts';

const port = 4391;
const server = await startPreviewServer(process.cwd(), port, process.env.CFG);
const profile = mkdtempSync(join(tmpdir(), 'prof-'));
const browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', viewport: { width: 1280, height: 800 } });
await browser.addInitScript(() => {
  const w = window as any;
  w.marks = [] as [string, number][];
  const mark = (name: string) => w.marks.push([name, performance.now()]);
  const open = indexedDB.open.bind(indexedDB);
  (indexedDB as any).open = (...args: any[]) => {
    mark('idb.open ' + args[0]);
    const request = open(...(args as [string]));
    request.addEventListener('success', () => mark('idb.open success'));
    return request;
  };
  const origTx = IDBDatabase.prototype.transaction;
  let n = 0;
  IDBDatabase.prototype.transaction = function (...args: any[]) {
    const i = ++n;
    mark(`tx${i} start ${String(args[0]).slice(0, 60)}`);
    const tx = origTx.apply(this, args as any);
    tx.addEventListener('complete', () => mark(`tx${i} complete`));
    return tx;
  };
  const f = window.fetch.bind(window);
  window.fetch = async (...args: any[]) => {
    mark('fetch ' + String(args[0]).split('/').pop());
    const r = await f(...(args as [any]));
    mark('fetched ' + String(args[0]).split('/').pop());
    return r;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) {
      w.marks.push([`LoAF ${e.duration.toFixed(0)}ms blocking ${e.blockingDuration?.toFixed(0)} ` + (e.scripts || []).map((s: any) => `${s.invoker}:${s.duration.toFixed(0)}`).join(' | '), e.startTime]);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('h1')) return;
    observer.disconnect();
    mark('h1 in DOM');
    requestAnimationFrame(() => setTimeout(() => mark('h1 drawn'), 0));
  });
  observer.observe(document, { subtree: true, childList: true });
});
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 5; i++) { const p = await browser.newPage(); await p.goto(url); await p.waitForTimeout(1500); await p.close(); }
for (let i = 0; i < 3; i++) {
  const p = await browser.newPage();
  await p.goto(url);
  await p.waitForTimeout(1500);
  const out = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource').map((r: any) => [`res ${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→`, r.responseEnd]);
    return { nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd }, all: [...(window as any).marks, ...res].sort((a: any, b: any) => a[1] - b[1]) };
  });
  console.log('--- run', i, JSON.stringify(out.nav));
  for (const [name, t] of out.all) console.log(t.toFixed(1).padStart(7), name);
  await p.close();
}
await browser.close();
server.kill();
