/**
 * JSON and YAML framework files. Both are read with the yaml package (JSON is YAML), which keeps where
 * every value stood, so a problem found by the schema can name its line and column, not only its path;
 * JSON's stricter syntax is checked first with jsonc-parser, which reports where each error is.
 */
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { frameworkSchema } from '../framework/schema';
import { formatIssuePath, issueInWords } from '../framework/parse';
import { isCasePackage, parseCasePackage } from './parse-case';
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

/** jsonc-parser's error codes, in words. */
const jsonErrors: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape',
  InvalidCharacter: 'an invalid character in a string',
};

/** What jsonc-parser finds at the end of JSON cut short: an object, list or string opened and never closed. */
const unclosed: ReadonlySet<string> = new Set(['CloseBraceExpected', 'CloseBracketExpected', 'UnexpectedEndOfString']);

/** JSON's own rules are stricter than YAML's (no comments, no trailing commas): check them first. */
function jsonSyntaxProblems(text: string, lines: LineCounter): ImportProblem[] {
  const errors: ParseError[] = [];
  parseJson(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // A file cut short (saved or copied before it was complete) leaves every object, list and string it
  // was in unclosed: one problem where it ends, not one per bracket.
  const end = text.trimEnd().length;
  const cutShort = end > 0 && errors.some((error) => error.offset + error.length >= end && unclosed.has(printParseErrorCode(error.error)));
  const problems = errors
    .filter((error) => !cutShort || error.offset + error.length < end)
    .map((error): ImportProblem => {
      const { line, col } = lines.linePos(error.offset);
      const code = printParseErrorCode(error.error);
      return { line, column: col, message: `not valid JSON: ${jsonErrors[code] ?? code}` };
    });
  if (!cutShort) return problems;
  const { line, col } = lines.linePos(end);
  return [
    ...problems,
    {
      line,
      column: col,
      message:
        'the file ends in the middle of its JSON, with what it opened never closed: it looks cut short (saved, downloaded or copied before it was complete). Nothing was read from it; get the whole file again',
    },
  ];
}

export function parseStructuredFramework(text: string, format: 'json' | 'yaml' = 'yaml', fileName = 'the file'): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  const document = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = format === 'json' ? jsonSyntaxProblems(body, lines) : [];
  if (syntax.length > 0) return { ok: false, problems: syntax };
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
  if (isCasePackage(data)) return parseCasePackage(data, fileName);
  const result = frameworkSchema.safeParse(data, { error: issueInWords });
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
