/**
 * A part of the window whose code is loaded the first time it is shown (React.lazy), so the window's
 * first scripts stay small. A failed load (the app updated meanwhile, a file missing) rejects with a
 * PartLoadError, which PartBoundary tells apart from a part that broke while drawing.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { errorMessage } from '../../shared/errors/error-message';

// Any props, as React.lazy itself takes any component.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

/** The code of a part could not be loaded. React.lazy keeps the failure: only a reload tries again. */
export class PartLoadError extends Error {
  override name = 'PartLoadError';
}

/** The component `name` of the module `load` imports, loaded the first time it is drawn. */
export function lazyPart<Name extends string, Module extends Record<Name, AnyComponent>>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(() =>
    load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        throw new PartLoadError(errorMessage(error), { cause: error });
      },
    ),
  );
}
