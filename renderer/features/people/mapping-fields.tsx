/**
 * Choosing what a person is mapped against: a track of a career map or a role card, and on a career
 * map their current and target levels (the target defaults to the next level up).
 */
import { levelsInOrder } from '../../../shared/framework/career-map';
import type { Framework, Level, Track } from '../../../shared/framework/schema';
import { targetLevelOf } from '../../../shared/workspace/mapping';
import type { MappingTarget } from '../../../shared/workspace/schema';
import { useAppStore } from '../../store/app-store';

export interface MappingChoice {
  target: MappingTarget | null;
  currentLevelId?: string | undefined;
  targetLevelId?: string | undefined;
}

const separator = '\u0000';

function targetKey(target: MappingTarget | null): string {
  return target ? `${target.frameworkId}${separator}${target.trackId ?? ''}` : '';
}

function targetFromKey(key: string): MappingTarget | null {
  if (!key) return null;
  const [frameworkId = '', trackId] = key.split(separator);
  return trackId ? { frameworkId, trackId } : { frameworkId };
}

function optionsOf(framework: Framework): { key: string; label: string }[] {
  if (framework.kind === 'role-card') {
    return [{ key: targetKey({ frameworkId: framework.id }), label: `Role card: ${framework.title} (${framework.level.code})` }];
  }
  return framework.tracks.map((track) => ({
    key: targetKey({ frameworkId: framework.id, trackId: track.id }),
    label: `${framework.name} — ${track.name}`,
  }));
}

function trackOf(frameworks: readonly Framework[], target: MappingTarget | null): Track | undefined {
  const framework = frameworks.find((candidate) => candidate.id === target?.frameworkId);
  return framework?.kind === 'career-map' ? framework.tracks.find((track) => track.id === target?.trackId) : undefined;
}

export function MappingFields({
  value,
  onChange,
  idPrefix,
}: {
  value: MappingChoice;
  onChange: (value: MappingChoice) => void;
  idPrefix: string;
}) {
  const frameworks = useAppStore((state) => state.frameworks);
  const track = trackOf(frameworks, value.target);
  const levels = track ? levelsInOrder(track) : [];
  const defaultTarget = track ? targetLevelOf(track, { currentLevelId: value.currentLevelId }) : undefined;

  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-framework`}>Framework</label>
        <select
          id={`${idPrefix}-framework`}
          value={targetKey(value.target)}
          onChange={(event) => onChange({ target: targetFromKey(event.target.value), currentLevelId: undefined, targetLevelId: undefined })}
        >
          <option value="">Choose a framework…</option>
          {frameworks.flatMap(optionsOf).map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {track ? (
        <div className="field-row">
          <LevelSelect
            id={`${idPrefix}-current`}
            label="Current level"
            levels={levels}
            value={value.currentLevelId}
            emptyLabel="Not sure yet"
            onChange={(currentLevelId) => onChange({ ...value, currentLevelId })}
          />
          <LevelSelect
            id={`${idPrefix}-target`}
            label="Target level"
            levels={levels}
            value={value.targetLevelId}
            emptyLabel={defaultTarget ? `Next level (${defaultTarget.id})` : 'Next level'}
            onChange={(targetLevelId) => onChange({ ...value, targetLevelId })}
          />
        </div>
      ) : null}
    </>
  );
}

interface LevelSelectProps {
  id: string;
  label: string;
  levels: Level[];
  value: string | undefined;
  /** What choosing no level means here. */
  emptyLabel: string;
  onChange: (levelId: string | undefined) => void;
}

function LevelSelect({ id, label, levels, value, emptyLabel, onChange }: LevelSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{emptyLabel}</option>
        {levels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.label ? `${level.id} · ${level.label}` : level.id}
          </option>
        ))}
      </select>
    </div>
  );
}
