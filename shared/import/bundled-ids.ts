/**
 * The bundled frameworks' ids are not for imports to take: the frameworks that ship with Waymark are
 * not the user's to replace, and their own copy keeps both apart by having an id of its own.
 */
import type { Framework } from '../framework/schema';

/** Why `framework` may not be imported under its id, with an id that is free; undefined when it may. */
export function bundledIdRefusal(
  framework: Pick<Framework, 'id'>,
  bundled: readonly Framework[],
  takenIds: readonly string[],
): string | undefined {
  const owner = bundled.find((candidate) => candidate.id === framework.id);
  if (!owner) return undefined;
  const taken = new Set([...takenIds, ...bundled.map((candidate) => candidate.id)]);
  let suggestion = `${framework.id}-own`;
  for (let n = 2; taken.has(suggestion); n += 1) suggestion = `${framework.id}-own-${n}`;
  return (
    `its id "${framework.id}" is the id of ${owner.name}, which ships with Waymark and cannot be replaced by an import. ` +
    `Give your copy an id of its own, for example "${suggestion}" (the id field in JSON or YAML, the "framework id" column in a spreadsheet), and import it again`
  );
}
