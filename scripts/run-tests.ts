/**
 * `npm test`: every suite, one summary. Runs the unit tests (vitest), builds the browser app, runs the
 * end-to-end tests (Playwright), then prints what was skipped and why, and last a single line
 * "N passed, N failed". Exits non-zero if anything failed or a runner could not run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPackageBin } from './package-bin.ts';
import { webBuild } from './preview-server.ts';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'test-results');
const unitReport = resolve(results, 'unit-report.json');
const e2eReport = resolve(results, 'e2e-report.json');

interface Tally {
  passed: number;
  failed: number;
  skipped: string[];
}

/** Runs a package's tool with this Node (see package-bin.ts: no npx, so it works on Windows too). */
function run(name: string, args: string[], options: { bin?: string; env?: Record<string, string> } = {}): number {
  console.log(`\n> ${options.bin ?? name} ${args.join(' ')}`);
  const result = runPackageBin(root, name, args, { bin: options.bin, stdio: 'inherit', env: { ...process.env, ...options.env } });
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

function tallyVitest(report: VitestReport | null, exitCode: number): Tally {
  if (!report) return { passed: 0, failed: 1, skipped: [] };
  const skipped = report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failing test but a non-zero exit: count it, never hide it.
  const failed = report.numFailedTests || (exitCode === 0 ? 0 : 1);
  return { passed: report.numPassedTests, failed, skipped: skipped ? [`${skipped} unit test(s) skipped`] : [] };
}

interface PlaywrightSpec {
  title: string;
  tests: { status: string; annotations: { type: string; description?: string }[] }[];
}
interface PlaywrightSuite {
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
  suites: PlaywrightSuite[];
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: unknown[];
}

function skippedSpecs(suites: PlaywrightSuite[]): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === 'skipped')
        .map((test) => {
          const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description;
          return `skipped: ${spec.title}${reason ? ` — ${reason}` : ''}`;
        }),
    ),
    ...skippedSpecs(suite.suites ?? []),
  ]);
}

function tallyPlaywright(report: PlaywrightReport | null, exitCode: number): Tally {
  if (!report) return { passed: 0, failed: 1, skipped: [] };
  const failed = report.stats.unexpected + report.stats.flaky || (exitCode === 0 ? 0 : 1);
  return { passed: report.stats.expected, failed, skipped: skippedSpecs(report.suites) };
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const unitExit = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = tallyVitest(readJson(unitReport) as VitestReport | null, unitExit);

const buildExit = run(webBuild.tool, [...webBuild.args]);
let e2e: Tally = { passed: 0, failed: 1, skipped: ['end-to-end tests not run: the browser build failed'] };
if (buildExit === 0) {
  const e2eExit = run('@playwright/test', ['test', '--reporter=list,json'], {
    bin: 'playwright',
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
  });
  e2e = tallyPlaywright(readJson(e2eReport) as PlaywrightReport | null, e2eExit);
}

const skipped = [...unit.skipped, ...e2e.skipped];
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log('');
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`);
for (const line of skipped) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
