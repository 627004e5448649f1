import { afterEach, describe, expect, it, vi } from 'vitest';
import { previewPort } from '../../../scripts/preview-server';

afterEach(() => vi.unstubAllEnvs());

describe('previewPort', () => {
  it.each([
    ['e2e', 'WAYMARK_E2E_PORT', 4175],
    ['screenshots', 'WAYMARK_SCREENSHOTS_PORT', 4176],
    ['bench', 'WAYMARK_BENCH_PORT', 4177],
  ] as const)('serves %s on its own port unless %s moves it', (use, variable, fallback) => {
    vi.stubEnv(variable, '');
    expect(previewPort(use)).toBe(fallback);
    vi.stubEnv(variable, '4190');
    expect(previewPort(use)).toBe(4190);
  });

  it.each(['eighty', '0', '70000', '41.5'])('refuses %s as a port, naming the variable', (given) => {
    vi.stubEnv('WAYMARK_BENCH_PORT', given);
    expect(() => previewPort('bench')).toThrow(/WAYMARK_BENCH_PORT must be a port number/);
  });
});
