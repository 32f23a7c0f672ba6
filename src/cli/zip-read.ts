// Reads the parts of a zip (an .xlsx) with Node's native inflate: three times faster than jszip's JavaScript one.
// Only what .xlsx writers produce is handled (stored or deflated parts, no Zip64, no encryption); anything else
// throws, and the caller falls back to jszip.

import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class UnreadableZip extends Error {}

interface Part {
  method: number;
  size: number;
  offset: number;
}

/** The parts of a zip by name, read from its central directory; `text(name)` inflates one part on demand. */
export function openZip(buffer: Buffer): { names: string[]; text(name: string): string | null } {
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new UnreadableZip('no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new UnreadableZip('Zip64');
  const parts = new Map<string, Part>();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new UnreadableZip('bad central directory');
    const flags = buffer.readUInt16LE(at + 8);
    if (flags & 1) throw new UnreadableZip('encrypted');
    const nameLength = buffer.readUInt16LE(at + 28);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    parts.set(name, {
      method: buffer.readUInt16LE(at + 10),
      size: buffer.readUInt32LE(at + 20),
      offset: buffer.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return {
    names: [...parts.keys()],
    text(name) {
      const part = parts.get(name);
      if (!part) return null;
      if (buffer.readUInt32LE(part.offset) !== LOCAL_HEADER) throw new UnreadableZip('bad local header');
      const start = part.offset + 30 + buffer.readUInt16LE(part.offset + 26) + buffer.readUInt16LE(part.offset + 28);
      const data = buffer.subarray(start, start + part.size);
      if (part.method === 0) return data.toString('utf8');
      if (part.method === 8) return inflateRawSync(data).toString('utf8');
      throw new UnreadableZip(`compression method ${part.method}`);
    },
  };
}
