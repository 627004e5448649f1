/**
 * Building a document as a flow of measured atoms (see flow.ts): text that can be split between lines,
 * headings that keep with what follows, and drawn blocks of a known height.
 */
import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { FlowAtom } from './flow';
import { accent, muted, warning } from './document-styles';
import { breakableParts } from './long-words';
import { splitSpans, type Span, type TextMeasure } from './text-measure';

export interface TextLook {
  fontSize?: number;
  lineHeight?: number;
  bold?: boolean;
  color?: string;
  marginTop?: number;
  marginBottom?: number;
  /** Left indent in points. */
  indent?: number;
  /** A mark hung in front of the first line ("•", "☐", "1."). */
  bullet?: string;
  keepWithNext?: boolean;
}

const bulletWidth = 16;
/**
 * Room kept free at the right of every paragraph: react-pdf's line breaking counts the hyphen it adds
 * at a broken word as 5 pt whatever the size, so a broken line of large or bold text can run a few
 * points past its box. Inside this guard it still ends within the page's margins.
 */
const rightGuard = 6;
/** Lines of a text kept together at the foot and at the head of a page. */
const orphanLines = 2;
const safeLink = /^(https?:|mailto:)/i;

export const look = {
  title: { fontSize: 18, lineHeight: 1.25, bold: true, marginBottom: 6 },
  subtitle: { fontSize: 11, color: muted, marginBottom: 2 },
  h2: { fontSize: 13, bold: true, color: accent, marginTop: 14, marginBottom: 5 },
  h3: { fontSize: 11, bold: true, marginTop: 8, marginBottom: 2 },
  small: { fontSize: 8.5, color: muted, marginBottom: 2 },
  muted: { color: muted },
  warning: { color: warning, bold: true },
} satisfies Record<string, TextLook>;

function spanElements(spans: readonly Span[]): ReactElement[] {
  return spans.map((span, index) => {
    const style = { ...(span.bold ? { fontWeight: 'bold' as const } : {}), ...(span.color ? { color: span.color } : {}) };
    if (span.link && safeLink.test(span.link)) {
      return (
        <Link key={index} src={span.link} style={{ ...style, color: accent, textDecoration: 'none' }}>
          {span.text}
        </Link>
      );
    }
    return (
      <Text key={index} style={style}>
        {span.text}
      </Text>
    );
  });
}

export class FlowBuilder {
  readonly atoms: FlowAtom[] = [];

  constructor(
    private readonly measure: TextMeasure,
    /** The body's width in points. */
    readonly width: number,
  ) {}

  /** A paragraph; newlines in it start new lines. Empty text adds nothing. */
  text(content: string | readonly Span[], textLook: TextLook = {}): this {
    const spans = typeof content === 'string' ? [{ text: content }] : content;
    if (spans.every((span) => span.text.length === 0)) return this;
    this.atoms.push(this.textAtom(spans, textLook, true));
    return this;
  }

  heading(text: string, textLook: TextLook): this {
    return this.text(text, { ...textLook, keepWithNext: true });
  }

  /** A document's opening: its title, then lines under it (the framework, the levels). */
  titled(title: string, ...subtitles: string[]): this {
    this.text(title, look.title);
    for (const subtitle of subtitles) this.text(subtitle, look.subtitle);
    return this;
  }

  /**
   * A drawn block of a known height (tick boxes, ruled lines, a chart). A block holding text gives that
   * height as its minimum, never as a fixed height: react-pdf draws only the lines that fit a fixed box.
   */
  block(height: number, render: (key: number) => ReactElement, keepWithNext = false): this {
    this.atoms.push({ height, keepWithNext, render });
    return this;
  }

  /** How many lines a text takes at a size and width. */
  lineCount(text: string, fontSize: number, width: number, bold = false): number {
    return this.measure.lineStarts([{ text, bold }], fontSize, width - 1).length;
  }

  /** The width of the longest word of a text (a column narrower than it would let the word run over). */
  longestWord(text: string, fontSize: number, bold = false): number {
    const pieces = text.split(/\s+/).flatMap((word) => breakableParts(word));
    return Math.max(0, ...pieces.map((piece) => this.measure.width(piece, fontSize, bold)));
  }

  /** Makes the last atom keep with what follows (the first parts of something that stays together). */
  keepLastWithNext(): this {
    const last = this.atoms.at(-1);
    if (last) this.atoms[this.atoms.length - 1] = { ...last, keepWithNext: true };
    return this;
  }

  private textAtom(spans: readonly Span[], textLook: TextLook, first: boolean): FlowAtom {
    const { fontSize = 10, lineHeight = 1.4, marginTop = 0, marginBottom = 3, indent = 0, bullet } = textLook;
    const textWidth = this.width - indent - (bullet === undefined ? 0 : bulletWidth) - rightGuard - 1;
    const starts = this.measure.lineStarts(textLook.bold ? spans.map((span) => ({ ...span, bold: true })) : spans, fontSize, textWidth);
    // react-pdf's line breaking (Knuth–Plass, with kerning) sets bold text in up to a tenth more lines
    // than a first-fit count of its advance widths; regular text within a line or two.
    const linePoints = fontSize * lineHeight * (textLook.bold ? 1.12 : 1.03);
    const height = marginTop + Math.ceil(starts.length * linePoints) + marginBottom;
    const split = (space: number): [FlowAtom, FlowAtom] | undefined => {
      let fitting = Math.floor((space - marginTop) / linePoints);
      fitting = Math.min(fitting, starts.length - orphanLines);
      const cut = starts[fitting];
      if (fitting < orphanLines || cut === undefined) return undefined;
      const [before, after] = splitSpans(spans, cut);
      if (after.length === 0) return undefined;
      return [
        this.textAtom(before, { ...textLook, marginBottom: 0, keepWithNext: false }, first),
        this.textAtom(after, { ...textLook, marginTop: 0 }, false),
      ];
    };
    const textStyle = {
      fontSize,
      lineHeight,
      ...(textLook.bold ? { fontWeight: 'bold' as const } : {}),
      ...(textLook.color ? { color: textLook.color } : {}),
    };
    // A bullet hangs in the margin of its text, placed absolutely: a row with a flexible text column
    // makes the layout engine set each text several times over, which made long lists slow.
    const render = (key: number) => (
      <View
        key={key}
        style={{
          marginTop,
          marginBottom,
          marginLeft: indent,
          marginRight: rightGuard,
          paddingLeft: bullet === undefined ? 0 : bulletWidth,
        }}
      >
        {bullet !== undefined && first ? <Text style={{ ...textStyle, position: 'absolute', left: 0, top: 0 }}>{bullet}</Text> : null}
        <Text style={textStyle}>{spanElements(spans)}</Text>
      </View>
    );
    return { height, keepWithNext: textLook.keepWithNext ?? false, split: starts.length > 2 * orphanLines ? split : undefined, render };
  }
}
