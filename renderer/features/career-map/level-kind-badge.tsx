/**
 * Tells individual-contributor and management rungs apart in words, not only in colour.
 */
import type { LevelKind } from '../../../shared/framework/schema';

const labels: Record<LevelKind, string> = {
  'individual-contributor': 'Individual contributor',
  management: 'Management',
};

export function LevelKindBadge({ kind }: { kind: LevelKind | undefined }) {
  if (!kind) return null;
  return <span className={`badge badge-${kind}`}>{labels[kind]}</span>;
}
