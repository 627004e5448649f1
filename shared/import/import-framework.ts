/**
 * Reading a framework file of any supported kind into the framework model, or saying exactly what is
 * wrong with it. Never throws: whatever the bytes, the answer is a result.
 */
import { errorMessage } from '../errors/error-message';
import type { ImportResult } from './import-result';
import { parseCsvFramework } from './parse-csv';
import { parseStructuredFramework } from './parse-structured';

export type FrameworkFileFormat = 'csv' | 'json' | 'yaml';

export function formatOf(fileName: string, text: string): FrameworkFileFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'yaml';
}

export function importFramework(fileName: string, text: string): ImportResult {
  try {
    const format = formatOf(fileName, text);
    return format === 'csv' ? parseCsvFramework(text, fileName) : parseStructuredFramework(text, format);
  } catch (error) {
    // A parser bug must not take the app down or half-import a file: report it like any other problem.
    return { ok: false, problems: [{ message: `the file could not be read (${errorMessage(error)})` }] };
  }
}
