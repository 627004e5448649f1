/**
 * The box that narrows the team overview's table and heatmap to the people whose name holds what is
 * typed, and the line saying how many are found. The heatmap's totals and the PDF still take in the
 * whole group chosen: the box finds rows, it does not change what the team is. Escape clears it.
 */
import { FindBox } from '../../components/find-box';

interface TeamFinderProps {
  value: string;
  onChange: (value: string) => void;
  /**
   * How many people are found, of how many in the group, and for what typed (the rows follow the keys
   * a moment later); `null` while nothing is typed.
   */
  found: { count: number; of: number; for: string } | null;
}

export function TeamFinder({ value, onChange, found }: TeamFinderProps) {
  return (
    <FindBox
      label="Find by name in this overview"
      placeholder="Find by name"
      statusId="team-found"
      className="team-finder"
      value={value}
      onChange={onChange}
      status={found ? foundLine(found.count, found.of, found.for.trim()) : ''}
    />
  );
}

function foundLine(count: number, of: number, typed: string): string {
  if (count === 0) return `No name matches “${typed}”. Escape clears it.`;
  return `${count} of ${of} people found. The PDF and the heatmap’s totals are still the whole group’s.`;
}
