/**
 * An axis label broken into short lines at spaces, so long area names fit beside a radar instead of
 * running off its edge; the table beside the chart has every name in full.
 */

/** Up to `maxLines` lines of about `width` characters; what does not fit ends the last line with "…". */
export function wrapLabel(label: string, width = 16, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((text) => (text.length > width + 4 ? `${text.slice(0, width).trimEnd()}…` : text));
  if (lines.length > maxLines) kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/…$/, '')}…`;
  return kept;
}
