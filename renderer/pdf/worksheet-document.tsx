/**
 * The coach's worksheet, to fill in by hand: for each statement, boxes to tick on the rating scale and
 * ruled space to write what shows it. Roomy: three ruled lines a statement; compact: the boxes in
 * columns beside the statement and one line, about twice as many statements a page.
 */
import { Text, View } from '@react-pdf/renderer';
import type { WorksheetContent, WorksheetItem } from '../../shared/documents/document-content';
import { ruledLines } from './document-page';
import { accent, muted, rule } from './document-styles';
import { look, type FlowBuilder } from './flow-builder';
import type { Span } from './text-measure';

/** Handwriting needs about 8 mm a line. */
const writingLine = 22;
/** The compact layout's one line a statement: still room for a few handwritten words. */
const compactWritingLine = 20;
const compactColumn = 44;
/** Statements longer than this many lines in the compact layout go above their boxes, at full width. */
const longestCompactLines = 6;
const tickSize = 11;
const examplesLabel = 'Examples (for illustration; not rated)';

/** A statement's examples, under its text: illustrations, not something to tick. */
function addItemExamples(flow: FlowBuilder, item: WorksheetItem, fontSize?: number): void {
  for (const example of item.examples ?? [])
    flow.text(`e.g. ${example}`, { ...look.muted, ...(fontSize ? { fontSize } : {}), keepWithNext: true });
}

/** An area's examples at this level, after its statements. */
function addAreaExamples(flow: FlowBuilder, examples: readonly string[] | undefined): void {
  if (!examples || examples.length === 0) return;
  flow.text(examplesLabel, { ...look.small, marginTop: 6, keepWithNext: true });
  for (const example of examples) flow.text(`• ${example}`, look.muted);
}

function statementSpans(item: WorksheetItem): Span[] {
  return [...(item.skillName ? [{ text: `${item.skillName}: `, bold: true }] : []), { text: item.text }];
}

function Field({ label, value, width }: { label: string; value: string; width: number }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'flex-end', width, paddingRight: 12 }}>
      <Text style={{ fontSize: 10, color: muted, lineHeight: 1.2 }}>{label} </Text>
      <View style={{ flex: 1, borderBottomWidth: 0.6, borderBottomColor: '#9aa0a6', height: 16, justifyContent: 'flex-end' }}>
        <Text style={{ fontSize: 10, lineHeight: 1.2, maxLines: 1 }}>{value}</Text>
      </View>
    </View>
  );
}

function addIntro(flow: FlowBuilder, content: WorksheetContent): void {
  flow.text(content.heading, look.title);
  flow.text(content.framework, look.subtitle);
  // The fields take the page's width: the person (named when filled in), who assesses, and when.
  const nameWidth = flow.width * 0.4;
  const otherWidth = flow.width * 0.3;
  const personLines = content.person ? flow.lineCount(content.person, 10, nameWidth - 50) : 1;
  if (personLines > 1) flow.text([{ text: 'Name: ', color: muted }, { text: content.person }], { marginTop: 6 });
  flow.block(30, (key) => (
    <View key={key} style={{ flexDirection: 'row', marginTop: 10, height: 20 }}>
      <Field label="Name" value={personLines > 1 ? '' : content.person} width={nameWidth} />
      <Field label="Assessor" value="" width={otherWidth} />
      <Field label="Date" value="" width={otherWidth} />
    </View>
  ));
  if (content.ratingsBasis) flow.text(`Filled in from ${content.ratingsBasis.replace(/^Measured on /, '')}.`, look.small);
  flow.text(
    content.layout === 'compact'
      ? 'Tick one box for each statement; write what shows it on its line.'
      : 'Tick one box for each statement; write what shows it on the lines under it.',
    { ...look.small, marginBottom: 4 },
  );
  if (content.layout === 'compact' && content.scaleShort.some((short, index) => short !== content.scale[index])) {
    flow.text(`Scale: ${content.scale.join(' · ')}`, look.small);
  }
}

function tickBox(ticked: boolean) {
  return ticked ? '☒' : '☐';
}

function addRoomyItem(flow: FlowBuilder, content: WorksheetContent, item: WorksheetItem): void {
  flow.text(statementSpans(item), { marginTop: 6, marginBottom: 2, keepWithNext: true });
  addItemExamples(flow, item);
  // Each box with its label is one unbreakable word (no-break spaces), so a long scale wraps between options.
  const options = content.scale.map((label, index) => ({
    text: `${tickBox(item.ticked === index)}\u00a0${label.replaceAll(' ', '\u00a0')}`,
  }));
  flow.text(
    options.flatMap((option, index) => (index === 0 ? [option] : [{ text: '     ' }, option])),
    { lineHeight: 1.6, marginBottom: 0, keepWithNext: true },
  );
  if (item.note) flow.text(item.note, { color: muted, keepWithNext: true });
  const lines = item.note ? 1 : 3;
  flow.block(lines * writingLine + 4, (key) => ruledLines(key, lines, writingLine));
}

function addCompactItem(flow: FlowBuilder, content: WorksheetContent, item: WorksheetItem): void {
  const columns = content.scale.length * compactColumn;
  const textWidth = flow.width - columns;
  const spans = statementSpans(item);
  const lines = flow.lineCount(spans.map((span) => span.text).join(''), 9.5, textWidth - 8);
  const inline = lines <= longestCompactLines;
  if (!inline) flow.text(spans, { fontSize: 9.5, lineHeight: 1.3, marginTop: 4, keepWithNext: true });
  const textHeight = inline ? lines * 9.5 * 1.3 : 0;
  const height = Math.max(textHeight, 14) + 6;
  flow.block(
    height,
    (key) => (
      <View key={key} style={{ flexDirection: 'row', paddingTop: 4, minHeight: height, borderTopWidth: 0.5, borderTopColor: rule }}>
        <Text style={{ width: textWidth, paddingRight: 8, fontSize: 9.5, lineHeight: 1.3 }}>
          {inline
            ? spans.map((span, index) => (
                <Text key={index} style={span.bold ? { fontWeight: 'bold' } : {}}>
                  {span.text}
                </Text>
              ))
            : ''}
        </Text>
        {content.scale.map((_, index) => (
          <Text key={index} style={{ width: compactColumn, textAlign: 'center', fontSize: tickSize, lineHeight: 1.2 }}>
            {tickBox(item.ticked === index)}
          </Text>
        ))}
      </View>
    ),
    true,
  );
  addItemExamples(flow, item, 9);
  if (item.note) flow.text(item.note, { fontSize: 9, color: muted, keepWithNext: true });
  flow.block(compactWritingLine + 2, (key) => ruledLines(key, 1, compactWritingLine));
}

/** The compact layout's area heading: the area's name with the scale's column heads beside it. */
function addCompactHeading(flow: FlowBuilder, content: WorksheetContent, name: string): void {
  const textWidth = flow.width - content.scale.length * compactColumn;
  const nameLook = { fontSize: 11, lineHeight: 1.3, bold: true, color: accent } as const;
  const lines = flow.lineCount(name, nameLook.fontSize, textWidth - 8) * 1.12;
  const inline = lines <= 3;
  if (!inline) flow.heading(name, { ...nameLook, marginTop: 10 });
  const height = Math.max(22, Math.ceil((inline ? lines : 0) * nameLook.fontSize * nameLook.lineHeight)) + (inline ? 10 : 0);
  flow.block(
    height,
    (key) => (
      <View key={key} style={{ flexDirection: 'row', minHeight: height, alignItems: 'flex-end', paddingBottom: 2 }}>
        <Text
          style={{
            width: textWidth,
            paddingRight: 8,
            fontSize: nameLook.fontSize,
            lineHeight: nameLook.lineHeight,
            fontWeight: 'bold',
            color: accent,
          }}
        >
          {inline ? name : ''}
        </Text>
        {content.scaleShort.map((label, index) => (
          <Text
            key={index}
            style={{ width: compactColumn, textAlign: 'center', fontSize: 7.5, color: muted, lineHeight: 1.2, maxLines: 2 }}
          >
            {label}
          </Text>
        ))}
      </View>
    ),
    true,
  );
}

export function worksheetFlow(flow: FlowBuilder, content: WorksheetContent): void {
  addIntro(flow, content);
  for (const area of content.areas) {
    if (content.layout === 'compact') addCompactHeading(flow, content, area.name);
    else flow.heading(area.name, look.h2);
    for (const item of area.items) {
      if (content.layout === 'compact') addCompactItem(flow, content, item);
      else addRoomyItem(flow, content, item);
    }
    addAreaExamples(flow, area.examples);
  }
}
