/**
 * Turning a text file's bytes into text without ever guessing silently. The rule:
 * 1. a byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE;
 * 2. else bytes with every other byte NUL (Latin text in UTF-16 saved without a mark) are UTF-16 LE or
 *    BE, as the NULs fall (such a file of ASCII alone would otherwise pass as UTF-8, NULs and all);
 * 3. else bytes that are valid UTF-8 are UTF-8 (a legacy file is almost never valid UTF-8 by accident);
 * 4. else the legacy encoding chardet ranks first among those every runtime can decode, windows-1252
 *    (Excel's "CSV" in Western Europe and the Americas) when it has no opinion.
 * Every decoding is strict: bytes that are not valid in the encoding are refused with where they are,
 * never turned into replacement characters. The person can pick another encoding in the preview.
 */
import { analyse } from 'chardet';
import { encodingName, isEncodingLabel, type TextEncodingLabel } from './text-encodings';

export { encodingName, textEncodings, type TextEncodingLabel } from './text-encodings';

interface StrictDecoder {
  decode(input: Uint8Array): string;
}
type StrictDecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder;

// TextDecoder is in every runtime Waymark runs on (Chromium pages and workers, Node), but not in the
// ES library `shared/` is typed against.
const { TextDecoder: Decoder } = globalThis as unknown as { TextDecoder: StrictDecoderConstructor };

/** chardet's names for the encodings it recognises, as TextDecoder labels. */
const chardetLabels: Readonly<Record<string, TextEncodingLabel>> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'windows-1251',
  'ISO-8859-7': 'windows-1253',
  'ISO-8859-8': 'windows-1255',
  'ISO-8859-9': 'windows-1254',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1256': 'windows-1256',
  'ISO-8859-6': 'windows-1256',
  'windows-1257': 'windows-1257',
  'windows-1258': 'windows-1258',
  'windows-874': 'windows-874',
  'KOI8-R': 'koi8-r',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-KR': 'euc-kr',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** How the encoding was settled, for the preview's wording. */
export type EncodingBasis = 'byte-order mark' | 'valid UTF-8' | 'detected' | 'chosen';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingLabel; basis: EncodingBasis }
  | { ok: false; encoding: TextEncodingLabel; message: string; line: number };

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingLabel; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a byte-order mark, told by its NUL bytes: the high bytes of Latin letters, digits and punctuation. */
function utf16ByNulBytes(bytes: Uint8Array): TextEncodingLabel | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair += 1) {
    if (bytes[2 * pair] === 0) evenNuls += 1;
    if (bytes[2 * pair + 1] === 0) oddNuls += 1;
  }
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** The line of a byte offset, counting CR, LF and CRLF alike (in ASCII-compatible encodings). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) {
    if (bytes[index] === 0x0a) line += 1;
    else if (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a) line += 1;
  }
  return line;
}

/** The first byte that makes the bytes invalid UTF-8, found by decoding ever longer prefixes' ends. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    try {
      new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}

function strictDecode(bytes: Uint8Array, encoding: TextEncodingLabel): string | undefined {
  try {
    return new Decoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The legacy encoding the bytes most likely are. */
export function detectLegacyEncoding(bytes: Uint8Array): TextEncodingLabel {
  for (const match of analyse(bytes)) {
    const label = chardetLabels[match.name];
    if (label && strictDecode(bytes, label) !== undefined) return label;
  }
  return 'windows-1252';
}

/**
 * Decodes a file's bytes by the rule above, or strictly in the encoding the person chose. The text
 * keeps no byte-order mark.
 */
export function decodeText(bytes: Uint8Array, chosen?: string): DecodedText {
  if (chosen !== undefined) {
    const encoding: TextEncodingLabel = isEncodingLabel(chosen) ? chosen : 'utf-8';
    const mark = byteOrderMark(bytes);
    const body = mark && mark.encoding === encoding ? bytes.subarray(mark.length) : bytes;
    const text = strictDecode(body, encoding);
    if (text !== undefined) return { ok: true, text, encoding, basis: 'chosen' };
    const offset = encoding === 'utf-8' ? firstInvalidUtf8Byte(body) : 0;
    return {
      ok: false,
      encoding,
      line: lineOfByte(body, offset),
      message: `the file is not valid ${encodingName(encoding)}${encoding === 'utf-8' ? ': this line holds a byte that is not' : ''}; choose the encoding it was saved in`,
    };
  }
  const mark = byteOrderMark(bytes);
  if (mark) {
    const text = strictDecode(bytes.subarray(mark.length), mark.encoding);
    if (text !== undefined) return { ok: true, text, encoding: mark.encoding, basis: 'byte-order mark' };
    return {
      ok: false,
      encoding: mark.encoding,
      line: 1,
      message: `the file starts with a ${encodingName(mark.encoding)} byte-order mark but is not valid ${encodingName(mark.encoding)}; save it again from the program that made it`,
    };
  }
  const utf16 = utf16ByNulBytes(bytes);
  const wide = utf16 === undefined ? undefined : strictDecode(bytes, utf16);
  if (utf16 !== undefined && wide !== undefined) return { ok: true, text: wide, encoding: utf16, basis: 'detected' };
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', basis: 'valid UTF-8' };
  const legacy = detectLegacyEncoding(bytes);
  const text = strictDecode(bytes, legacy);
  if (text !== undefined) return { ok: true, text, encoding: legacy, basis: 'detected' };
  // windows-1252 maps every byte, so this is only reached if the runtime lacks the encoding.
  return { ok: false, encoding: legacy, line: 1, message: `the file's encoding could not be read; choose the encoding it was saved in` };
}
