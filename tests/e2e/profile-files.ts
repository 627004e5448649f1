/**
 * Searching a browser profile's IndexedDB files for a text, as someone holding the files would: every
 * file under the IndexedDB folder, with LevelDB's own formats read properly — the write-ahead logs'
 * records reassembled across their 32 KB blocks, and the tables' data blocks decompressed where
 * LevelDB compressed them with Snappy (where a plain byte search would miss the text).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { uncompress } from 'snappyjs';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve(entry.isFile() ? [join(folder, entry.name)] : []),
    ),
  );
  return nested.flat();
}

/** Reads a LevelDB varint at `offset`: its value and where the next field starts. */
function varint(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let shift = 0;
  let at = offset;
  for (;;) {
    const byte = bytes[at];
    if (byte === undefined) throw new Error('varint runs past the end');
    value += (byte & 0x7f) * 2 ** shift;
    at += 1;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

/** A write-ahead log's records, each reassembled from its fragments (FULL, or FIRST, MIDDLE…, LAST). */
export function logRecords(bytes: Uint8Array): Uint8Array[] {
  const blockSize = 32 * 1024;
  const records: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  for (let block = 0; block < bytes.length; block += blockSize) {
    let at = block;
    const end = Math.min(block + blockSize, bytes.length);
    while (at + 7 <= end) {
      const length = (bytes[at + 4] ?? 0) | ((bytes[at + 5] ?? 0) << 8);
      const type = bytes[at + 6];
      const payload = bytes.subarray(at + 7, at + 7 + length);
      at += 7 + length;
      if (type === 0) break; // zeroed padding at the end of a block
      if (type === 1) records.push(payload);
      else if (type === 2) pending = [payload];
      else if (type === 3) pending.push(payload);
      else if (type === 4) {
        records.push(Buffer.concat([...pending, payload]));
        pending = [];
      }
    }
  }
  return records;
}

/** A block of a table file, decompressed if LevelDB compressed it (type 1: Snappy). */
function tableBlock(bytes: Uint8Array, offset: number, size: number): { data: Uint8Array; compressed: boolean } {
  const data = bytes.subarray(offset, offset + size);
  const type = bytes[offset + size];
  return type === 1 ? { data: uncompress(data), compressed: true } : { data, compressed: false };
}

/** A table file's data blocks, read through its footer and index block. */
export function tableBlocks(bytes: Uint8Array): { data: Uint8Array; compressed: boolean }[] {
  const footer = bytes.subarray(bytes.length - 48);
  const [, afterMetaOffset] = varint(footer, 0);
  const [, afterMetaSize] = varint(footer, afterMetaOffset);
  const [indexOffset, afterIndexOffset] = varint(footer, afterMetaSize);
  const [indexSize] = varint(footer, afterIndexOffset);
  const index = tableBlock(bytes, indexOffset, indexSize).data;
  const view = new DataView(index.buffer, index.byteOffset, index.byteLength);
  const restarts = view.getUint32(index.length - 4, true);
  const entriesEnd = index.length - 4 - restarts * 4;
  const blocks: { data: Uint8Array; compressed: boolean }[] = [];
  for (let at = 0; at < entriesEnd;) {
    const [, afterShared] = varint(index, at);
    const [unshared, afterUnshared] = varint(index, afterShared);
    const [valueLength, afterValueLength] = varint(index, afterUnshared);
    const value = afterValueLength + unshared;
    const [offset, afterOffset] = varint(index, value);
    const [size] = varint(index, afterOffset);
    blocks.push(tableBlock(bytes, offset, size));
    at = value + valueLength;
  }
  return blocks;
}

export interface ProfileSearch {
  /** Where the text was found: file names, with how (raw, log record, compressed table block). */
  foundIn: string[];
  /** How many table blocks were Snappy-compressed (and so decompressed to be searched). */
  compressedBlocks: number;
  filesSearched: number;
}

/** Every place under the profile's IndexedDB folders holding `text`, as Latin-1/UTF-8 or as UTF-16. */
export async function searchProfile(profile: string, text: string): Promise<ProfileSearch> {
  const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  const holds = (bytes: Uint8Array) =>
    needles.some((needle) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle));
  const files = (await filesUnder(profile)).filter((file) => file.includes('IndexedDB'));
  const search: ProfileSearch = { foundIn: [], compressedBlocks: 0, filesSearched: files.length };
  for (const file of files) {
    const bytes = await readFile(file);
    const name = basename(file);
    if (holds(bytes)) search.foundIn.push(`${name} (raw bytes)`);
    if (name.endsWith('.log') && logRecords(bytes).some(holds)) search.foundIn.push(`${name} (log record)`);
    if (name.endsWith('.ldb') || name.endsWith('.sst')) {
      const blocks = tableBlocks(bytes);
      search.compressedBlocks += blocks.filter((block) => block.compressed).length;
      if (blocks.some((block) => block.compressed && holds(block.data))) search.foundIn.push(`${name} (compressed table block)`);
      else if (blocks.some((block) => holds(block.data))) search.foundIn.push(`${name} (table block)`);
    }
  }
  return search;
}
