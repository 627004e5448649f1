/**
 * Where the parts of a backup file are in its bytes, found without parsing it whole: the fields at its
 * top, and each table's records one by one. A large backup can then be checked and restored a page of
 * records at a time, each parsed from its own bytes, instead of as one giant parsed object (several
 * times the file's size). Only the layout Waymark writes is recognised — one object, its `tables` an
 * object of lists — and anything else gives undefined, for the caller to read the file whole instead.
 * It says nothing about whether each value is valid JSON: that is for the parser, value by value.
 */

/** A value's place in the bytes: from `start` up to, not including, `end`. */
export interface ByteRange {
  start: number;
  end: number;
}

/** One table's records: record i is bytes[starts[i]] up to bytes[ends[i]]. */
export interface RecordRanges {
  starts: Uint32Array;
  ends: Uint32Array;
}

export interface BackupLayout {
  /** Every top-level field but `tables`, by name, where its value is. */
  header: Map<string, ByteRange>;
  /** Every table under `tables`, by name, where its records are. */
  tables: Map<string, RecordRanges>;
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const colon = 0x3a;
const openObject = 0x7b;
const closeObject = 0x7d;
const openList = 0x5b;
const closeList = 0x5d;

/** A growing list of offsets, kept as numbers in a typed array (a table may hold hundreds of thousands). */
class Offsets {
  private values = new Uint32Array(64);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  done(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}

/** Thrown inside the scan when the bytes are not laid out as expected; never leaves it. */
class Unexpected extends Error {}

/**
 * The layout of a backup's bytes (UTF-8 JSON, a byte-order mark allowed), or undefined when they are
 * not one object whose `tables` field is an object of lists, each field named once.
 */
export function scanBackupLayout(bytes: Uint8Array): BackupLayout | undefined {
  try {
    return new Scanner(bytes).backup();
  } catch (error) {
    if (error instanceof Unexpected) return undefined;
    throw error;
  }
}

class Scanner {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  backup(): BackupLayout {
    const { bytes } = this;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.at = 3;
    const header = new Map<string, ByteRange>();
    let tables: Map<string, RecordRanges> | undefined;
    this.members((key) => {
      if (key === 'tables') {
        if (tables) throw new Unexpected();
        tables = this.tables();
      } else {
        if (header.has(key)) throw new Unexpected();
        header.set(key, this.value());
      }
    });
    this.skipSpace();
    if (this.at !== bytes.length || !tables) throw new Unexpected();
    return { header, tables };
  }

  private tables(): Map<string, RecordRanges> {
    const tables = new Map<string, RecordRanges>();
    this.members((key) => {
      if (tables.has(key)) throw new Unexpected();
      tables.set(key, this.list());
    });
    return tables;
  }

  /** An object's members, `each` reading the value after its key. */
  private members(each: (key: string) => void): void {
    this.skipSpace();
    this.expect(openObject);
    this.skipSpace();
    if (this.bytes[this.at] === closeObject) {
      this.at += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      const key = this.key();
      this.skipSpace();
      this.expect(colon);
      each(key);
      this.skipSpace();
      if (this.bytes[this.at] === comma) this.at += 1;
      else return this.expect(closeObject);
    }
  }

  /** A list, each of its items' ranges. */
  private list(): RecordRanges {
    const starts = new Offsets();
    const ends = new Offsets();
    this.skipSpace();
    this.expect(openList);
    this.skipSpace();
    if (this.bytes[this.at] === closeList) this.at += 1;
    else {
      for (;;) {
        const { start, end } = this.value();
        starts.push(start);
        ends.push(end);
        this.skipSpace();
        if (this.bytes[this.at] === comma) this.at += 1;
        else {
          this.expect(closeList);
          break;
        }
      }
    }
    return { starts: starts.done(), ends: ends.done() };
  }

  private key(): string {
    const start = this.at;
    if (this.bytes[start] !== quote) throw new Unexpected();
    this.skipString();
    // A key is short; its escapes, if any, are the parser's to read.
    try {
      const key: unknown = JSON.parse(new TextDecoder().decode(this.bytes.subarray(start, this.at)));
      if (typeof key === 'string') return key;
    } catch {
      // Not a valid string: not a layout to trust.
    }
    throw new Unexpected();
  }

  /** Where the value starting here (after any space) ends: a string, an object or list with all it holds, or a bare word or number. */
  private value(): ByteRange {
    this.skipSpace();
    const { bytes } = this;
    const start = this.at;
    const first = bytes[start];
    if (first === undefined) throw new Unexpected();
    if (first === quote) this.skipString();
    else if (first === openObject || first === openList) this.skipNested();
    else {
      while (this.at < bytes.length && !isDelimiter(bytes[this.at] ?? 0)) this.at += 1;
      if (this.at === start) throw new Unexpected();
    }
    return { start, end: this.at };
  }

  /** Past a string starting here: to the quote that closes it, stepping over escaped characters. */
  private skipString(): void {
    const { bytes } = this;
    let at = this.at + 1;
    for (;;) {
      const byte = bytes[at];
      if (byte === undefined) throw new Unexpected();
      if (byte === backslash) at += 2;
      else if (byte === quote) break;
      else at += 1;
    }
    this.at = at + 1;
  }

  /** Past an object or list starting here, with everything nested in it; brackets inside strings do not count. */
  private skipNested(): void {
    const { bytes } = this;
    let depth = 0;
    let at = this.at;
    for (;;) {
      const byte = bytes[at];
      if (byte === undefined) throw new Unexpected();
      if (byte === quote) {
        this.at = at;
        this.skipString();
        at = this.at;
        continue;
      }
      if (byte === openObject || byte === openList) depth += 1;
      else if (byte === closeObject || byte === closeList) {
        depth -= 1;
        if (depth === 0) break;
      }
      at += 1;
    }
    this.at = at + 1;
  }

  private skipSpace(): void {
    const { bytes } = this;
    while (isSpace(bytes[this.at] ?? 0)) this.at += 1;
  }

  private expect(byte: number): void {
    if (this.bytes[this.at] !== byte) throw new Unexpected();
    this.at += 1;
  }
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function isDelimiter(byte: number): boolean {
  return isSpace(byte) || byte === comma || byte === closeObject || byte === closeList || byte === colon;
}
