/**
 * Document timings, taken inside the page (Playwright sends each function whole, so each carries its
 * own helpers): from the click on an export button until the saved document is reported, and the
 * longest task the main thread ran meanwhile (the Long Tasks API reports every task over 50 ms).
 */
export async function measureExport(buttonText: string): Promise<{ ms: number; longestTaskMs: number }> {
  const longTasks: number[] = [];
  const taskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  taskObserver.observe({ type: 'longtask', buffered: false });
  const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.textContent?.trim() === buttonText,
  );
  if (!button) throw new Error(`no button "${buttonText}"`);
  // The previous export's "saved" stays on screen until this one starts: only count one seen after "working".
  let started = false;
  const saved = () => {
    started ||= document.querySelector('[data-export="working"]') !== null;
    return started && document.querySelector('[data-export="saved"]') !== null;
  };
  const failed = () => document.querySelector('[data-export="failed"]')?.textContent ?? null;
  const start = performance.now();
  button.click();
  const end = await new Promise<number>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const problem = failed();
      if (problem) {
        observer.disconnect();
        reject(new Error(problem));
      } else if (saved()) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the document'));
    }, 120_000);
  });
  // Let the observer deliver the last entries before reading them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  taskObserver.disconnect();
  return { ms: end - start, longestTaskMs: Math.max(0, ...longTasks) };
}
