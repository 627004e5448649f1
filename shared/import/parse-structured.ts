/**
 * JSON and YAML framework files. Both are read with the yaml package (JSON is YAML), which keeps where
 * every value stood, so a problem found by the schema can name its line and column, not only its path.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { frameworkSchema } from '../framework/schema';
import { formatIssuePath } from '../framework/parse';
import type { ImportProblem, ImportResult } from './import-result';

function positionOf(document: Document, lines: LineCounter, path: readonly PropertyKey[]): { line?: number; column?: number } {
  // Walk back up the path until a node with a position is found (a missing key has none).
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const keys = path.slice(0, depth).map((key) => (typeof key === 'number' ? key : String(key)));
    const node = document.getIn(keys, true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

export function parseStructuredFramework(text: string): ImportResult {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error): ImportProblem => {
        const position = lines.linePos(error.pos[0]);
        return { line: position.line, column: position.col, message: error.message.split('\n')[0] ?? error.message };
      }),
    };
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ line: 1, message: 'expected a framework: an object with "kind", "id", "name", "version" and "source"' }],
    };
  }
  const result = frameworkSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        ...positionOf(document, lines, issue.path),
        path: formatIssuePath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { ok: true, framework: result.data, notices: [] };
}
