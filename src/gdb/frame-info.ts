// Call-frame information for kernel functions that come with no debug info (issue #16): gdb's
// AArch64 prologue analyser stops at the `mov x9, x30` ftrace patches into every function's first
// instruction, so without CFI `bt` ends after one caller. The kernel is built with frame pointers,
// so each function's frame follows from its own prologue, read from guest memory:
//
//   stp x29, x30, [sp, #-N]!  ; mov x29, sp        CFA = sp + N, then x29 + N
//   sub sp, sp, #N ; stp x29, x30, [sp, #M] ; add x29, sp, #M     CFA = sp + N, then x29 + N - M
//
// with x29 and x30 saved at the frame record. Each `ldp x29, x30, [sp], #N` (the epilogue) is
// bracketed with remember/restore state, so a stop between it and the `ret` unwinds from sp.
// The result is a .debug_frame section (DWARF 2 CFI, version 1 CIE) gdb reads with the symbols.

export interface FunctionRange {
  start: bigint;
  size: number;
}

/** Reads `len` bytes of guest memory at virtual address `va`, or undefined. */
export type ReadVirtual = (va: bigint, len: number) => Uint8Array | undefined;

const DW_CFA_advance_loc = 0x40, DW_CFA_offset = 0x80, DW_CFA_restore = 0xc0;
const DW_CFA_advance_loc1 = 0x02, DW_CFA_advance_loc2 = 0x03, DW_CFA_advance_loc4 = 0x04;
const DW_CFA_def_cfa = 0x0c, DW_CFA_def_cfa_offset = 0x0e;
const DW_CFA_remember_state = 0x0a, DW_CFA_restore_state = 0x0b;
const X29 = 29, X30 = 30, SP = 31;
/** How far into a function its prologue is looked for (instructions). */
const PROLOGUE_WINDOW = 16;

function uleb(out: number[], v: number): void {
  do { let b = v & 0x7f; v >>>= 7; if (v !== 0) b |= 0x80; out.push(b); } while (v !== 0);
}

/** The frame a function sets up: CFA = x29 + cfaFromFp after `fpAt`; registers saved below the CFA. */
interface Prologue {
  pushAt: number;       // byte offset of the instruction after which CFA = sp + frame
  frame: number;        // N
  saveAt: number;       // after which x29/x30 are at CFA - recordFromCfa (+8)
  recordFromCfa: number;
  fpAt: number;         // after which CFA = x29 + recordFromCfa (-1: never)
}

function prologue(words: Uint32Array): Prologue | undefined {
  let frame = -1, pushAt = -1, saveAt = -1, record = -1;
  for (let k = 0; k < Math.min(words.length, PROLOGUE_WINDOW); k++) {
    const w = words[k];
    if (((w & 0xffc07fff) >>> 0) === 0xa9807bfd && frame < 0) {        // stp x29, x30, [sp, #-N]!
      const imm = ((w >>> 15) & 0x7f) << 25 >> 25;
      if (imm >= 0) return undefined;
      frame = -imm * 8; pushAt = saveAt = k * 4; record = frame;
    } else if (((w & 0xffc003ff) >>> 0) === 0xd10003ff && frame < 0) {  // sub sp, sp, #N
      frame = ((w >>> 10) & 0xfff) << ((w >>> 22) & 1 ? 12 : 0); pushAt = k * 4;
    } else if (((w & 0xffc07fff) >>> 0) === 0xa9007bfd && frame > 0 && saveAt < 0) { // stp x29, x30, [sp, #M]
      const m = (((w >>> 15) & 0x7f) << 25 >> 25) * 8;
      if (m < 0 || m >= frame) return undefined;
      saveAt = k * 4; record = frame - m;
    } else if (((w & 0xffc003ff) >>> 0) === 0x910003fd && saveAt >= 0) { // mov x29, sp / add x29, sp, #M
      const m = (w >>> 10) & 0xfff;
      if (frame - m !== record || (w >>> 22) & 1) return undefined;
      return { pushAt, frame, saveAt, recordFromCfa: record, fpAt: k * 4 };
    } else if ((w & 0xfc000000) === 0x94000000 || (w & 0xfc000000) === 0x14000000 || ((w & 0xfffffc1f) >>> 0) === 0xd65f0000) {
      break; // a call, branch or return ends the prologue
    }
  }
  if (frame > 0 && saveAt < 0) return { pushAt, frame, saveAt: -1, recordFromCfa: -1, fpAt: -1 }; // sp moved, no frame record
  if (saveAt >= 0) return { pushAt, frame, saveAt, recordFromCfa: record, fpAt: -1 };
  return undefined;
}

/** .debug_frame for `functions`; a function whose code cannot be read or parsed gets no FDE. */
export function debugFrame(functions: readonly FunctionRange[], read: ReadVirtual): Uint8Array {
  const out: number[] = [];
  const u32 = (v: number): void => { out.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255); };
  const u64 = (v: bigint): void => { u32(Number(v & 0xffffffffn)); u32(Number(v >> 32n)); };
  const pad = (start: number): void => { while ((out.length - start) % 8 !== 0) out.push(0); }; // DW_CFA_nop

  // CIE: code alignment 4, data alignment -8, return address x30; at entry CFA = sp.
  const cieStart = out.length;
  u32(0); u32(0xffffffff); out.push(1, 0); uleb(out, 4); out.push(0x78); out.push(X30);
  out.push(DW_CFA_def_cfa); uleb(out, SP); uleb(out, 0);
  pad(cieStart + 4);
  patchLength(out, cieStart);

  for (const f of functions) {
    if (f.size < 8 || f.size > 1 << 20) continue;
    const bytes = read(f.start, f.size);
    if (!bytes) continue;
    const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.length & ~3))); // a short read: what was readable
    const p = prologue(words);
    if (!p) continue;
    const fde = out.length;
    u32(0); u32(cieStart); u64(f.start); u64(BigInt(f.size));
    let at = 0;
    const advance = (to: number): void => {
      const d = (to - at) / 4;
      if (d < 0) throw new Error('CFI rows out of order');
      if (d === 0) return;
      if (d < 64) out.push(DW_CFA_advance_loc | d);
      else if (d < 256) out.push(DW_CFA_advance_loc1, d);
      else if (d < 65536) out.push(DW_CFA_advance_loc2, d & 255, d >> 8);
      else { out.push(DW_CFA_advance_loc4); u32(d); }
      at = to;
    };
    // Rows in address order: the push, the save, the frame pointer (a pre-index stp is push and save).
    const rows: [number, () => void][] = [];
    rows.push([p.pushAt + 4, () => { out.push(DW_CFA_def_cfa_offset); uleb(out, p.frame); }]);
    if (p.saveAt >= 0) rows.push([p.saveAt + 4, () => {
      out.push(DW_CFA_offset | X29); uleb(out, p.recordFromCfa / 8);
      out.push(DW_CFA_offset | X30); uleb(out, (p.recordFromCfa - 8) / 8);
    }]);
    if (p.fpAt >= 0) rows.push([p.fpAt + 4, () => { out.push(DW_CFA_def_cfa); uleb(out, X29); uleb(out, p.recordFromCfa); }]);
    let last = 0;
    for (const [loc, emit] of rows.sort((a, b) => a[0] - b[0])) { advance(loc); emit(); last = loc; }
    // Epilogues: `ldp x29, x30, [sp], #N` ... `ret`: unwind from sp there, then the body's rules again.
    if (p.fpAt >= 0 && p.frame === p.recordFromCfa) {
      for (let k = last / 4; k < words.length; k++) {
        if (((words[k] & 0xffc07fff) >>> 0) !== 0xa8c07bfd) continue;
        let r = k + 1;
        while (r < words.length && r - k < 4 && ((words[r] & 0xfffffc1f) >>> 0) !== 0xd65f0000) r++;
        if (r >= words.length || ((words[r] & 0xfffffc1f) >>> 0) !== 0xd65f0000) continue;
        advance((k + 1) * 4);
        out.push(DW_CFA_remember_state, DW_CFA_def_cfa); uleb(out, SP); uleb(out, 0);
        out.push(DW_CFA_restore | X29, DW_CFA_restore | X30);
        advance((r + 1) * 4);
        out.push(DW_CFA_restore_state);
        k = r;
      }
    }
    pad(fde + 4);
    patchLength(out, fde);
  }
  return Uint8Array.from(out);
}

function patchLength(out: number[], start: number): void {
  const len = out.length - start - 4;
  out[start] = len & 255; out[start + 1] = (len >>> 8) & 255; out[start + 2] = (len >>> 16) & 255; out[start + 3] = (len >>> 24) & 255;
}
