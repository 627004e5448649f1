/**
 * The kinds of file a person opens in Waymark, each with what the picker offers and the largest file
 * read (a bigger one is almost certainly the wrong file, and is refused before it is read).
 */
import { z } from 'zod';

export const openFilePurposeSchema = z.enum(['framework', 'backup', 'assessment']);
export type OpenFilePurpose = z.infer<typeof openFilePurposeSchema>;

export const openFilePurposes: Record<OpenFilePurpose, { title: string; filterName: string; extensions: string[]; maxBytes: number }> = {
  framework: {
    title: 'Import a framework',
    filterName: 'Framework files',
    // Waymark's own JSON and YAML, spreadsheets (CSV, TSV, workbooks), Monzo Markdown; "All files" reaches the rest (Excel's .txt "Unicode Text").
    extensions: ['json', 'yaml', 'yml', 'csv', 'tsv', 'xlsx', 'ods', 'md'],
    maxBytes: 20 * 1024 * 1024,
  },
  backup: { title: 'Restore a backup', filterName: 'Waymark backups', extensions: ['json'], maxBytes: 200 * 1024 * 1024 },
  assessment: {
    title: 'Import an assessment',
    filterName: 'Waymark assessments',
    extensions: ['json'],
    // A file carries the words of its framework (up to the largest framework file) and a rating of each statement.
    maxBytes: 60 * 1024 * 1024,
  },
};

/** `bytes` is the whole file's size, or with `atLeast` how much was read before the reading stopped. */
export function tooLargeMessage(purpose: OpenFilePurpose, fileName: string, bytes: number, atLeast = false): string {
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  const limit = openFilePurposes[purpose].maxBytes / 1024 / 1024;
  const advice = {
    framework: 'Check that this is the framework file, or split it into one file per framework.',
    backup: 'Check that this is a backup Waymark wrote.',
    assessment: 'Check that this is an assessment file Waymark wrote.',
  }[purpose];
  return `${fileName} is ${atLeast ? 'more than ' : ''}${megabytes} MB; Waymark reads ${purpose} files of up to ${limit} MB. ${advice}`;
}
