/**
 * The browser build's bundled frameworks, from the build to the start: the build validates each file
 * once and lists its digest, the browser reads such a file without validating it again, and validates
 * in full any file whose text is not what the build wrote.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFrameworkJson } from '../../../../shared/framework/parse';
import { frameworkSchema } from '../../../../shared/framework/schema';
import { browserPlatform } from '../../../../renderer/platform/browser-platform';
import { bundledFrameworksPlugin } from '../../../../scripts/vite-plugins';
import { readFileSync } from 'node:fs';

const frameworksDir = resolve(import.meta.dirname, '../../../../resources/frameworks');
const careerMapFile = 'career-map-infrastructure-frontend.json';
const roleCardFile = 'role-card-dei-gen-p5.json';

/** The files the build writes into frameworks/, by name. */
async function builtFrameworks(): Promise<Map<string, string>> {
  const emitted = new Map<string, string>();
  const hook = bundledFrameworksPlugin(frameworksDir).generateBundle;
  const run = typeof hook === 'function' ? hook : hook?.handler;
  const context = { emitFile: ({ fileName, source }: { fileName: string; source: string }) => void emitted.set(fileName, source) };
  await Reflect.apply(run ?? (() => undefined), context, []);
  return new Map([...emitted].map(([fileName, source]) => [fileName.replace(/^frameworks\//, ''), source]));
}

/** Serves `files` at http://waymark.test/frameworks/ to the page's fetch. */
function serve(files: Map<string, string>) {
  vi.stubGlobal('fetch', async (url: URL) => {
    const text = files.get(url.pathname.replace(/^\/frameworks\//, ''));
    return text === undefined ? new Response('', { status: 404, statusText: 'Not Found' }) : new Response(text);
  });
  return browserPlatform(new URL('http://waymark.test/frameworks/'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the bundled frameworks in the browser', () => {
  it('are read as the build validated them, without validating them again', async () => {
    const built = await builtFrameworks();
    const validation = vi.spyOn(frameworkSchema, 'safeParse');
    const catalog = await serve(built).loadFrameworks();
    expect(validation).not.toHaveBeenCalled();
    expect(catalog.problems).toEqual([]);
    const asValidated = [careerMapFile, roleCardFile].map((file) => {
      const parsed = parseFrameworkJson(readFileSync(resolve(frameworksDir, file), 'utf8'));
      return parsed.ok ? parsed.framework : parsed.problem;
    });
    expect(catalog.frameworks).toEqual(asValidated);
  });

  it('validates in full a file that is not what the build wrote', async () => {
    const built = await builtFrameworks();
    const roleCard = JSON.parse(built.get(roleCardFile) ?? '{}') as Record<string, unknown>;
    built.set(roleCardFile, JSON.stringify({ ...roleCard, kind: 'job-ladder' }));
    const catalog = await serve(built).loadFrameworks();
    expect(catalog.frameworks.map((framework) => framework.id)).toEqual(['career-map-infrastructure-frontend']);
    expect(catalog.problems).toEqual([{ file: roleCardFile, message: expect.stringContaining('is not a kind Waymark knows') }]);
  });

  it('validates in full every file of a list without digests (the dev server’s)', async () => {
    const built = await builtFrameworks();
    built.set('index.json', JSON.stringify([careerMapFile, roleCardFile]));
    const validation = vi.spyOn(frameworkSchema, 'safeParse');
    const catalog = await serve(built).loadFrameworks();
    expect(validation).toHaveBeenCalledTimes(2);
    expect(catalog.frameworks).toHaveLength(2);
  });
});
