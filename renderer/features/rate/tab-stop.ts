/**
 * The rating list's roving tab stop (the one row Tab lands on) kept outside React state: moving it
 * re-renders the two rows it leaves and reaches, never the whole list, which on a 2,000-statement
 * level is the difference between an instant click and a visible pause.
 */
export interface TabStop {
  /** Whether the row of `itemId` is the tab stop. */
  is(itemId: string): boolean;
  move(itemId: string): void;
  /** The rows on screen now; the tab stop falls back to the first when its row is gone. */
  setItems(itemIds: readonly string[]): void;
  subscribe(listener: () => void): () => void;
}

export function createTabStop(): TabStop {
  let active: string | undefined;
  let items = new Set<string>();
  let first: string | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    is: (itemId) => (active !== undefined && items.has(active) ? active : first) === itemId,
    move(itemId) {
      if (itemId === active) return;
      active = itemId;
      notify();
    },
    setItems(itemIds) {
      items = new Set(itemIds);
      first = itemIds[0];
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
