/**
 * Timings taken inside the page. Each function is sent to the page whole (Playwright serialises it),
 * so each carries its own helpers. A MutationObserver reads a result the moment the DOM shows it,
 * rather than at the next poll.
 */

/**
 * Clicks "Consistently" on `count` unrated statements one after another; each time measures from the
 * click until the progress panel shows the new count (the chart is drawn from the same figures in the
 * same render) and the write has committed (no pending writes, save state "saved").
 */
export async function measureRatingClicks(count: number): Promise<number[]> {
  const whenDom = (done: () => boolean): Promise<number> =>
    new Promise((resolve, reject) => {
      if (done()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('timed out waiting for the rating to show and save'));
      }, 10_000);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const rows = [...document.querySelectorAll<HTMLElement>('.rating-row[data-rated="false"]')].slice(0, count);
  const headline = () => document.querySelector<HTMLElement>('[data-testid="gap-headline"]');
  const layout = () => document.querySelector<HTMLElement>('.rate-layout');
  const timings: number[] = [];
  for (const row of rows) {
    const before = Number(headline()?.dataset.rated ?? 0);
    const button = [...row.querySelectorAll<HTMLButtonElement>('.rating-button')].find(
      (candidate) => candidate.textContent === 'Consistently',
    );
    if (!button) throw new Error('no rating button');
    const start = performance.now();
    button.click();
    const end = await whenDom(
      () =>
        button.getAttribute('aria-pressed') === 'true' &&
        Number(headline()?.dataset.rated) === before + 1 &&
        layout()?.dataset.pending === '0' &&
        layout()?.dataset.saveState === 'saved',
    );
    timings.push(end - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return timings;
}

/** From leaving another screen to the history drawn with every snapshot: loading them included. */
export async function measureHistoryOpen({ hash, snapshotCount }: { hash: string; snapshotCount: number }): Promise<number> {
  // At least: rating during the benchmark adds the day’s automatic snapshot.

  const drawn = () => {
    const figure = document.querySelector<HTMLElement>('figure[data-chart="trajectory"]');
    return figure !== null && Number(figure.dataset.points) >= snapshotCount && figure.querySelector('.recharts-line-curve') !== null;
  };
  const start = performance.now();
  window.location.hash = hash;
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the history'));
    }, 20_000);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}
