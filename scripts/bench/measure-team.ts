/**
 * Team timings, taken inside the page (each function is sent whole, so each carries its own helpers):
 * from a change of address until the screen shows what it should, and the longest task the main thread
 * ran meanwhile (the Long Tasks API reports every task over 50 ms; 0 means none was).
 */
export async function measureNavigation({
  hash,
  ready,
  after,
}: {
  hash: string;
  /** A CSS selector that matches only once the screen shows everything it should. */
  ready: string;
  /** A selector that must have matched first (a screen still showing the last read is not ready). */
  after?: string;
}): Promise<{ ms: number; longestTaskMs: number }> {
  const longTasks: number[] = [];
  const taskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  taskObserver.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  window.location.hash = hash;
  const end = await new Promise<number>((resolve, reject) => {
    let seen = after === undefined;
    const done = () => {
      seen ||= after !== undefined && document.querySelector(after) !== null;
      return seen && document.querySelector(ready) !== null;
    };
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(
        new Error(`timed out waiting for ${ready}; the screen shows: ${document.querySelector('main')?.textContent?.slice(0, 400) ?? ''}`),
      );
    }, 60_000);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // Let the observer deliver the last entries before reading them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  taskObserver.disconnect();
  return { ms: end - start, longestTaskMs: Math.max(0, ...longTasks) };
}

/**
 * Sorting the team table by the column labelled `column`: from the click until the next frame is drawn
 * in the new order (the click is handled in one task, so this is at least that task). Every row is
 * sorted, not only the rows drawn.
 */
export async function measureSort({ column }: { column: string }): Promise<number> {
  const button = [...document.querySelectorAll<HTMLButtonElement>('.team-table th button')].find(
    (candidate) => candidate.textContent?.replace(/[▲▼]/g, '').trim() === column,
  );
  const header = button?.closest('th');
  if (!button || !header) throw new Error(`the team table has no column "${column}"`);
  const before = header.getAttribute('aria-sort');
  const start = performance.now();
  // A click is handled at once: the table is sorted and drawn again before click() returns.
  button.click();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const end = performance.now();
  if (header.getAttribute('aria-sort') === before) throw new Error(`sorting by "${column}" did not change the table's order`);
  return end - start;
}

/**
 * Typing `typed` into the team overview's Find by name box, empty before: from the key until the rows
 * found are drawn (the line under the box says how many), and the longest task meanwhile; then the
 * box is cleared again, and the longest task of that counts too.
 */
export async function measureFinding({ typed }: { typed: string }): Promise<{ ms: number; longestTaskMs: number }> {
  const box = document.querySelector<HTMLInputElement>('input[aria-label="Find by name in this overview"]');
  const line = document.getElementById('team-found');
  if (!box || !line) throw new Error('the team overview has no Find by name box');
  const longTasks: number[] = [];
  const taskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  taskObserver.observe({ type: 'longtask', buffered: false });
  // As a key does: the value set the way the browser sets it, then the input event React listens to.
  const type = (value: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, value);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const lineSays = (found: boolean) =>
    new Promise<void>((resolve, reject) => {
      const done = () => (line.textContent !== '') === found;
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the line under the box did not ${found ? 'say what was found' : 'empty'} for "${typed}"`));
      }, 60_000);
      observer.observe(line, { subtree: true, childList: true, characterData: true });
    });
  const drawn = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const start = performance.now();
  type(typed);
  await lineSays(true);
  await drawn();
  const end = performance.now();
  type('');
  await lineSays(false);
  await drawn();
  // Let the observer deliver the last entries before reading them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  taskObserver.disconnect();
  return { ms: end - start, longestTaskMs: Math.max(0, ...longTasks) };
}
