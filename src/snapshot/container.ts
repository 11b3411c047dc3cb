// The snapshot file container: a fixed header, then checksummed sections, then an END section.
//
//   offset  size  field
//   0       8     magic "A64SNAP\x1a"
//   8       4     format version, u32 little-endian (SNAPSHOT_FORMAT_VERSION)
//   12      ...   sections, each:
//                   0   4   kind, 4 ASCII bytes ("META", "STAT", "RAM ", "END ")
//                   4   4   flags, u32 (0; reserved)
//                   8   8   payload length, u64 little-endian
//                   16  32  SHA-256 of bytes 0..15 of this header followed by the payload
//                   48  ... payload
//
// Every byte after the version is covered by a checksum, so a bit flip anywhere is caught (in the
// magic or version it reads as "not a snapshot" or "another version"). The END section's payload
// is the number of sections before it (u32), so a file cut at a section boundary is caught too.
// What each section holds is src/snapshot/snapshot.ts's business.

import { createHash } from 'node:crypto';

export const SNAPSHOT_MAGIC = Buffer.from('A64SNAP\x1a', 'latin1');
/** Bump when a section's layout or meaning changes: older files are then refused by name. */
export const SNAPSHOT_FORMAT_VERSION = 3; // 2: the STAT section has each vCPU's time-poll detector (timePoll0); 3: and its PMU (pmu0)

const HEADER = 12;
const SECTION_HEADER = 48;
const END = 'END ';

/** A snapshot that cannot be used, with a one-line reason (the caller prefixes the file name). */
export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
}

export interface Section { kind: string; payload: Uint8Array }

function sectionHeader(kind: string, length: number): Buffer {
  if (!/^[A-Z ]{4}$/.test(kind)) throw new Error(`bad section kind '${kind}'`);
  const h = Buffer.alloc(SECTION_HEADER);
  h.write(kind, 0, 'latin1');
  h.writeUInt32LE(0, 4);
  h.writeBigUInt64LE(BigInt(length), 8);
  return h;
}

function checksum(header: Uint8Array, payload: Uint8Array): Buffer {
  return createHash('sha256').update(header.subarray(0, 16)).update(payload).digest();
}

/** The file's bytes, as a list of chunks to write (payloads are not copied). */
export function encodeContainer(sections: readonly Section[]): Uint8Array[] {
  const head = Buffer.alloc(HEADER);
  SNAPSHOT_MAGIC.copy(head, 0);
  head.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, 8);
  const out: Uint8Array[] = [head];
  const count = Buffer.alloc(4);
  count.writeUInt32LE(sections.length);
  for (const s of [...sections, { kind: END, payload: count }]) {
    const h = sectionHeader(s.kind, s.payload.length);
    checksum(h, s.payload).copy(h, 16);
    out.push(h, s.payload);
  }
  return out;
}

/**
 * The sections of a snapshot file, every checksum verified, in file order (END not included).
 * `required` kinds must each appear exactly once and nothing else may appear.
 */
export function decodeContainer(file: Uint8Array, required: readonly string[]): Map<string, Uint8Array> {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.length);
  if (buf.length < SNAPSHOT_MAGIC.length || !buf.subarray(0, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC)) {
    throw new SnapshotFileError('not an a64dbg snapshot (bad magic)');
  }
  if (buf.length < HEADER) throw new SnapshotFileError('truncated: the file ends inside its header');
  const version = buf.readUInt32LE(8);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotFileError(`snapshot format version ${version}; this a64dbg reads version ${SNAPSHOT_FORMAT_VERSION}`);
  }
  const sections = new Map<string, Uint8Array>();
  let at = HEADER;
  for (let index = 0; ; index++) {
    if (at === buf.length) throw new SnapshotFileError(`truncated: the file ends after ${index} sections, before its END section`);
    if (at + SECTION_HEADER > buf.length) throw new SnapshotFileError(`truncated: the file ends inside the header of section ${index + 1}`);
    const kind = buf.toString('latin1', at, at + 4);
    const printable = /^[\x20-\x7e]{4}$/.test(kind) ? `'${kind.trimEnd()}'` : `${index + 1}`;
    const length = buf.readBigUInt64LE(at + 8);
    const start = at + SECTION_HEADER;
    if (length > BigInt(buf.length - start)) {
      throw new SnapshotFileError(`truncated: section ${printable} claims ${length} bytes, the file has ${buf.length - start} after its header`);
    }
    const payload = buf.subarray(start, start + Number(length));
    if (!checksum(buf.subarray(at, at + 16), payload).equals(buf.subarray(at + 16, at + 48))) {
      throw new SnapshotFileError(`section ${printable} (at byte ${at}) fails its SHA-256 checksum: the file is damaged`);
    }
    if (buf.readUInt32LE(at + 4) !== 0) throw new SnapshotFileError(`section ${printable} has unknown flags 0x${buf.readUInt32LE(at + 4).toString(16)}`);
    at = start + payload.length;
    if (kind === END) {
      if (payload.length !== 4 || payload.readUInt32LE(0) !== index) throw new SnapshotFileError('the END section does not match the sections before it');
      if (at !== buf.length) throw new SnapshotFileError(`${buf.length - at} bytes of garbage after the END section`);
      break;
    }
    if (!required.includes(kind)) throw new SnapshotFileError(`unknown section ${printable}`);
    if (sections.has(kind)) throw new SnapshotFileError(`section ${printable} appears twice`);
    sections.set(kind, payload);
  }
  for (const kind of required) if (!sections.has(kind)) throw new SnapshotFileError(`section '${kind.trimEnd()}' is missing`);
  return sections;
}
