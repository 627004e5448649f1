/**
 * What a document is made from, as plain data that can be posted to the document worker: the content
 * itself when it is already at hand (a team overview, a blank worksheet), or the person's records, from
 * which the content is built where the PDF is made. Building a promotion case walks every statement of
 * the target level with its evidence and goals; done on the window's thread it froze the window for a
 * third of a second at 1,000 statements.
 */
import type { DocumentContent } from './document-content';
import type { DocumentContext } from './document-context';
import { growthPlanContent } from './growth-plan';
import { oneOnOneContent, type OneOnOneInput } from './one-on-one';
import { promotionCaseContent, type PromotionCaseInput } from './promotion-case';
import { promotionCaseMarkdown } from './promotion-case-markdown';
import { worksheetContent, type WorksheetOptions, type WorksheetSource } from './worksheet';
import type { Evidence, Goal } from '../workspace/schema';

/** The document context without its date formatter (a function cannot be posted): the builder's side supplies one. */
export type DocumentFacts = Omit<DocumentContext, 'formatDate'>;

export type DocumentOrder =
  | { kind: 'content'; content: DocumentContent }
  | { kind: 'growth-plan'; facts: DocumentFacts; goals: readonly Goal[]; evidence: readonly Evidence[] }
  | { kind: 'one-on-one'; facts: DocumentFacts; input: OneOnOneInput }
  | { kind: 'promotion-case'; facts: DocumentFacts; input: PromotionCaseInput }
  | { kind: 'worksheet'; source: WorksheetSource; options: WorksheetOptions };

/** The formats a document is written in: every document as PDF, the promotion case also as Markdown. */
export type DocumentFormat = 'pdf' | 'md';

/** The content an order asks for; undefined when there is nothing to put in it (a level without statements). */
export function orderedContent(order: DocumentOrder, formatDate: (isoDate: string) => string): DocumentContent | undefined {
  switch (order.kind) {
    case 'content':
      return order.content;
    case 'growth-plan':
      return growthPlanContent({ ...order.facts, formatDate }, order.goals, order.evidence);
    case 'one-on-one':
      return oneOnOneContent({ ...order.facts, formatDate }, order.input);
    case 'promotion-case':
      return promotionCaseContent({ ...order.facts, formatDate }, order.input);
    case 'worksheet':
      return worksheetContent(order.source, order.options);
  }
}

/** A document's text in a text format (Markdown); only the promotion case has one. */
export function documentText(content: DocumentContent, format: Exclude<DocumentFormat, 'pdf'>): string {
  if (content.kind !== 'promotion-case') throw new Error(`a ${content.kind} cannot be written as ${format}`);
  return promotionCaseMarkdown(content);
}
