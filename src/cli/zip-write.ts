// Writes a zip from parts copied as they are stored (no inflating, no deflating) and new text parts deflated with
// Node's native zlib: how `report` and `rollup` copy a workbook without touching what they do not change.

import * as zlib from 'node:zlib';
import type { ZipPart } from './zip-read';

/** A part for the new zip: copied from another zip, or new text. */
export type ZipEntry = { copy: { part: ZipPart; data: Buffer } } | { name: string; text: string };

/** CRC-32 (zlib.crc32 from Node 20.15; a table for older Node 20 releases). */
let table: Int32Array | null = null;
function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (data: Buffer) => number }).crc32;
  if (native) return native(data);
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** Now as MS-DOS time and date fields (local time, as zip tools write them). */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

// Bit 11: the name is UTF-8 (sheet part names are ASCII, but a copied part may not be).
const UTF8_NAMES = 0x0800;

/** The zip's bytes: each part's local header and data, then the central directory. */
/**
 * The fields a local header (at 8) and a central directory record (at 10) share, in the same order: method, time,
 * date, CRC-32, compressed and uncompressed sizes, name length (PKWARE APPNOTE 4.3.7 and 4.3.12).
 */
function writeSharedFields(header: Buffer, at: number, part: ZipPart, nameLength: number): void {
  header.writeUInt16LE(part.method, at);
  header.writeUInt16LE(part.time, at + 2);
  header.writeUInt16LE(part.date, at + 4);
  header.writeUInt32LE(part.crc, at + 6);
  header.writeUInt32LE(part.size, at + 10);
  header.writeUInt32LE(part.rawSize, at + 14);
  header.writeUInt16LE(nameLength, at + 18);
}

export function zipBuffer(entries: ZipEntry[]): Buffer {
  const now = dosNow();
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    let part: ZipPart;
    let data: Buffer;
    if ('copy' in entry) ({ part, data } = entry.copy);
    else {
      const bytes = Buffer.from(entry.text, 'utf8');
      data = zlib.deflateRawSync(bytes, { level: 6 });
      part = {
        name: entry.name,
        method: 8,
        crc: crc32(bytes),
        size: data.length,
        rawSize: bytes.length,
        ...now,
        offset,
      };
    }
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    writeSharedFields(local, 8, part, name.length);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    writeSharedFields(central, 10, part, name.length);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, data);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  if (offset + size > 0xffffffff || entries.length > 0xfffe) throw new RangeError('zip too large for this writer');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
