/**
 * The text encodings a person can pick for a framework file, by the WHATWG label TextDecoder takes,
 * with the name people know them by. Kept apart from the decoder so the preview's list costs the
 * window nothing (the decoder and its detector run in the import worker).
 */
export const textEncodings = [
  { label: 'utf-8', name: 'UTF-8 (Unicode)' },
  { label: 'utf-16le', name: 'UTF-16 LE (Unicode, Windows)' },
  { label: 'utf-16be', name: 'UTF-16 BE (Unicode)' },
  { label: 'windows-1252', name: 'Windows-1252 (Western European, Excel on Windows)' },
  { label: 'macintosh', name: 'Mac OS Roman (Excel for Mac, "CSV (Macintosh)")' },
  { label: 'iso-8859-15', name: 'ISO-8859-15 (Western European with €)' },
  { label: 'windows-1250', name: 'Windows-1250 (Central European)' },
  { label: 'iso-8859-2', name: 'ISO-8859-2 (Central European)' },
  { label: 'windows-1251', name: 'Windows-1251 (Cyrillic)' },
  { label: 'koi8-r', name: 'KOI8-R (Cyrillic)' },
  { label: 'windows-1253', name: 'Windows-1253 (Greek)' },
  { label: 'windows-1254', name: 'Windows-1254 (Turkish)' },
  { label: 'windows-1255', name: 'Windows-1255 (Hebrew)' },
  { label: 'windows-1256', name: 'Windows-1256 (Arabic)' },
  { label: 'windows-1257', name: 'Windows-1257 (Baltic)' },
  { label: 'windows-1258', name: 'Windows-1258 (Vietnamese)' },
  { label: 'windows-874', name: 'Windows-874 (Thai)' },
  { label: 'shift_jis', name: 'Shift_JIS (Japanese)' },
  { label: 'euc-jp', name: 'EUC-JP (Japanese)' },
  { label: 'gb18030', name: 'GB18030 (Chinese, simplified)' },
  { label: 'big5', name: 'Big5 (Chinese, traditional)' },
  { label: 'euc-kr', name: 'EUC-KR (Korean)' },
] as const;

export type TextEncodingLabel = (typeof textEncodings)[number]['label'];

export function encodingName(label: string): string {
  return textEncodings.find((encoding) => encoding.label === label)?.name ?? label;
}

export function isEncodingLabel(label: string): label is TextEncodingLabel {
  return textEncodings.some((encoding) => encoding.label === label);
}
