/**
 * What changes between two versions of one framework, item by item (statements of a career map,
 * components of a role card), matched by their stable ids.
 */
import type { Framework } from '../framework/schema';

export interface VersionChanges {
  unchanged: string[];
  reworded: string[];
  removed: string[];
  added: string[];
}

/** Every rateable item's text by id. */
export function itemTextsOf(framework: Framework): Map<string, string> {
  if (framework.kind === 'role-card') return new Map(framework.components.map((component) => [component.id, component.text]));
  return new Map(
    framework.tracks.flatMap((track) =>
      track.levels.flatMap((level) =>
        level.statements.map((statement) => [statement.id, `${statement.skillName ?? ''}\u0000${statement.text}`] as const),
      ),
    ),
  );
}

export function compareVersions(previous: Framework, next: Framework): VersionChanges {
  const before = itemTextsOf(previous);
  const after = itemTextsOf(next);
  const changes: VersionChanges = { unchanged: [], reworded: [], removed: [], added: [] };
  for (const [id, text] of before) {
    const now = after.get(id);
    if (now === undefined) changes.removed.push(id);
    else if (now === text) changes.unchanged.push(id);
    else changes.reworded.push(id);
  }
  for (const id of after.keys()) if (!before.has(id)) changes.added.push(id);
  return changes;
}

/** JSON with every object's keys sorted, so two parsers' key orders cannot make equal data differ. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Two frameworks hold the same content when everything but where the file came from and its version
 * label is the same: the CSV, its semicolon copy and an exported JSON of one ladder are one version,
 * whatever files they were read from.
 */
export function isSameContent(a: Framework, b: Framework): boolean {
  return canonicalJson({ ...a, source: undefined, version: undefined }) === canonicalJson({ ...b, source: undefined, version: undefined });
}

/**
 * The version label a new import is stored under: the file's own, unless an earlier import already
 * used that label for different content — then a revision number keeps snapshots' references apart.
 */
export function versionLabel(next: Pick<Framework, 'version'>, earlierLabels: readonly string[], revision: number): string {
  return earlierLabels.includes(next.version) ? `${next.version} (revision ${revision})` : next.version;
}
