/**
 * The set of frameworks the app offers, and the files that could not be read into it.
 */
import { z } from 'zod';
import { onFirstUse } from '../zod-on-first-use';
import { frameworkSchema } from './schema';
import { parseFrameworkJson, readValidatedFrameworkJson } from './parse';

export const frameworkProblemSchema = z.object({
  /** The file's name, as the person would find it on disk. */
  file: z.string(),
  /** What is wrong, one problem per line. */
  message: z.string(),
});

/** Made on first use (zod-on-first-use.ts): only what the desktop's main process sends is checked with it. */
export const frameworkCatalogSchema = onFirstUse(() =>
  z.object({
    frameworks: z.array(frameworkSchema),
    problems: z.array(frameworkProblemSchema),
  }),
);

export type FrameworkProblem = z.infer<typeof frameworkProblemSchema>;
export type FrameworkCatalog = z.infer<typeof frameworkCatalogSchema>;

export interface FrameworkFile {
  file: string;
  text: string;
  /** The text is what the build validated and wrote (bundled-index.ts): read as it is, not validated again. */
  validatedAtBuild?: boolean;
}

/**
 * Validates each file on its own, so one broken file costs only itself; the rest still load.
 * A second file with an id already taken is refused rather than silently shadowing the first.
 */
export function catalogFromFiles(files: readonly FrameworkFile[]): FrameworkCatalog {
  const catalog: FrameworkCatalog = { frameworks: [], problems: [] };
  for (const { file, text, validatedAtBuild } of files) {
    const result = validatedAtBuild ? readValidatedFrameworkJson(text) : parseFrameworkJson(text);
    if (!result.ok) {
      catalog.problems.push({ file, message: result.problem });
    } else if (catalog.frameworks.some((framework) => framework.id === result.framework.id)) {
      catalog.problems.push({ file, message: `Another file already holds a framework with the id "${result.framework.id}".` });
    } else {
      catalog.frameworks.push(result.framework);
    }
  }
  return catalog;
}
