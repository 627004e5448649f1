/**
 * A schema made the first time something parses with it, then kept: zod takes tens of microseconds to
 * make each schema, and the workspace's and the frameworks' schemas together cost the start several
 * milliseconds, though a start reads with only a few of them (an empty workspace: the settings and
 * "Me"). `.unwrap()` gives the schema itself (for `.omit`, `.extend`, `.shape`), made once as well.
 */
import { z } from 'zod';

export function onFirstUse<Made extends z.ZodType>(make: () => Made): z.ZodLazy<Made> {
  let made: Made | undefined;
  return z.lazy(() => (made ??= make()));
}
