/**
 * A schema made the first time it is needed — to parse, or by a schema holding it as it parses — then
 * kept: zod takes tens of microseconds to make each schema, and the workspace's and the frameworks'
 * schemas together cost the start several milliseconds, though a start reads with only a few of them
 * (an empty workspace: the settings and "Me"). zod's lazy schema keeps what it made, but its `.unwrap()`
 * (for `.omit`, `.extend`, `.shape`) would make it again: hence the one kept here.
 *
 * A mistake in a schema (a union option without its key, say) shows at its first parse, not at import;
 * the tests parse with every schema.
 */
import { z } from 'zod';

export function onFirstUse<Made extends z.ZodType>(make: () => Made): z.ZodLazy<Made> {
  let made: Made | undefined;
  return z.lazy(() => (made ??= make()));
}
