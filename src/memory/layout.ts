// The one WebAssembly.Memory that holds all guest state (src/README.md, "State: one memory").
// It is sized once at start and never grown, because growing detaches every typed-array view
// taken on it.
//
//   byte offset                      contents
//   0x0000_0000                      vCPU 0 register file (REGFILE_BYTES, see src/cpu/regs.ts)
//   0x0000_0000 + n*REGFILE_BYTES    vCPU n register file (up to MAX_VCPUS)
//   TLB_OFFSET + n*TLB_BYTES         vCPU n software TLB entries (src/cpu/mmu.ts Tlb.e)
//   JUMP_CACHE_OFFSET                the JIT's jump cache (src/jit/dispatcher.ts)
//   JIT_LOG_OFFSET                   `--tier check`'s undo log of compiled stores
//   CRC_TABLES_OFFSET                the CRC32/CRC32C tables compiled code reads
//   BP_PAGES_OFFSET + n*8 KiB        vCPU n's gdb breakpoints counted by page (compiled code's chaining checks them)
//   RAM_OFFSET (2 MiB)               guest RAM: guest physical RAM_BASE .. RAM_BASE + ramBytes
//
// The JIT tier (src/jit) imports the same memory, so both tiers see the same registers, TLB
// entries and RAM: compiled loads and stores look the TLB up inline.

/** Bytes reserved per vCPU for its register file. */
export const REGFILE_BYTES = 4096;
/** Register files that fit before RAM. */
export const MAX_VCPUS = 8;
/** Where the vCPUs' TLB entries start: after the register files. */
export const TLB_OFFSET = MAX_VCPUS * REGFILE_BYTES;
/** Bytes of one vCPU's TLB entries: 6 banks x 1024 entries x 4 int32 (src/cpu/mmu.ts). */
export const TLB_BYTES = 6 * 1024 * 16;
/**
 * The JIT's jump cache (src/jit/dispatcher.ts): JUMP_CACHE_SETS sets of two 8-byte entries (an
 * instruction's byte offset in this memory, and the compiled code that starts there), after the
 * TLBs, so compiled code goes from region to region without returning to JavaScript.
 */
export const JUMP_CACHE_OFFSET = TLB_OFFSET + MAX_VCPUS * TLB_BYTES;
export const JUMP_CACHE_SETS = 65536;
/**
 * `--tier check`'s undo log (src/jit/tier.ts): a count, then JIT_LOG_ENTRIES entries of 16 bytes
 * (an 8-byte window's memory offset, the 8 bytes it held before a compiled store).
 */
export const JIT_LOG_OFFSET = JUMP_CACHE_OFFSET + 16 * JUMP_CACHE_SETS;
export const JIT_LOG_ENTRIES = 8192;
/**
 * The CRC32 and CRC32C byte tables (256 int32 each, src/cpu/alu.ts) that compiled CRC32*
 * instructions read (src/jit/block-compiler.ts), written when the JIT tier starts.
 */
export const CRC_TABLES_OFFSET = JIT_LOG_OFFSET + 16 * (JIT_LOG_ENTRIES + 1);
/**
 * Per vCPU, BP_PAGE_SLOTS counts of gdb breakpoints by their page's VA (slot (va >>> 12) & 2047):
 * compiled code chains into another page only when its slot is 0 (src/jit/dispatcher.ts), so a
 * breakpoint costs the JIT nothing on pages without one (a shared slot only sends a page back to
 * the interpreter, which checks exactly). src/cpu/debug-points.ts keeps them.
 */
export const BP_PAGES_OFFSET = CRC_TABLES_OFFSET + 2 * 1024;
export const BP_PAGE_SLOTS = 2048;
/** Where guest RAM starts inside the memory (a whole wasm page, so RAM stays page aligned). */
export const RAM_OFFSET = 0x20_0000;
/**
 * Guest physical address of the first RAM byte: QEMU `virt`'s, defined here rather than in the
 * board (src/machine/board.ts names it VIRT_RAM_BASE) because the interpreter's memory fast path
 * is built on it.
 */
export const RAM_BASE = 0x4000_0000;
/** Smallest and largest guest RAM we accept, in MiB (wasm32 memories stop at 4 GiB). */
export const MIN_RAM_MIB = 16;
export const MAX_RAM_MIB = 3072;

/**
 * The one check of a guest RAM size, for GuestMemory, the board and the CLI's `--memory`:
 * undefined when `mib` is a whole number of MiB from MIN_RAM_MIB to MAX_RAM_MIB, else why not.
 */
export function ramSizeError(mib: number): string | undefined {
  if (Number.isInteger(mib) && mib >= MIN_RAM_MIB && mib <= MAX_RAM_MIB) return undefined;
  return `memory size must be a whole number of MiB from ${MIN_RAM_MIB} MiB to ${MAX_RAM_MIB} MiB, got ${mib} MiB`;
}

const WASM_PAGE = 0x1_0000;

if (BP_PAGES_OFFSET + MAX_VCPUS * 4 * BP_PAGE_SLOTS > RAM_OFFSET) throw new Error('layout: TLBs, the jump cache, the check log, the CRC tables and the breakpoint pages overlap RAM');

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
  // Typed-array views use host byte order; the guest is little-endian.
  throw new Error('a64dbg needs a little-endian host');
}

/** The machine's single memory with the views the interpreter uses. */
export class GuestMemory {
  readonly memory: WebAssembly.Memory;
  readonly bytes: Uint8Array;
  readonly dv: DataView;
  readonly ramBytes: number;
  /** Guest physical address one past the last RAM byte. */
  readonly ramEnd: number;
  /**
   * One byte per 4 KiB RAM page, 1 where the page may hold non-zero bytes: set by every way RAM is
   * written (a write TLB fill or slow-path store in the vCPU, host writes) and by a snapshot
   * restore for its pages. 0 means the page is all zeros, so a restore into this memory zeroes
   * only the pages marked, instead of all of RAM.
   */
  readonly written: Uint8Array;

  constructor(ramMiB: number) {
    const bad = ramSizeError(ramMiB);
    if (bad !== undefined) throw new RangeError(bad);
    this.ramBytes = ramMiB * 1024 * 1024;
    this.ramEnd = RAM_BASE + this.ramBytes;
    const pages = (RAM_OFFSET + this.ramBytes) / WASM_PAGE;
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    this.bytes = new Uint8Array(this.memory.buffer);
    this.dv = new DataView(this.memory.buffer);
    this.written = new Uint8Array(Math.ceil(this.ramBytes / 4096));
  }

  /** Marks RAM offsets [ramOff, ramOff+len) as written (see `written`). */
  noteWritten(ramOff: number, len: number): void {
    if (len <= 0) return;
    for (let p = ramOff >>> 12, last = (ramOff + len - 1) >>> 12; p <= last; p++) this.written[p] = 1;
  }

  /** Int32 view of vCPU `index`'s register file. */
  regFile(index: number): Int32Array {
    if (index < 0 || index >= MAX_VCPUS) throw new RangeError(`vCPU index ${index} out of range`);
    return new Int32Array(this.memory.buffer, index * REGFILE_BYTES, REGFILE_BYTES / 4);
  }

  /** Int32 view of vCPU `index`'s TLB entries. */
  tlbFile(index: number): Int32Array {
    if (index < 0 || index >= MAX_VCPUS) throw new RangeError(`vCPU index ${index} out of range`);
    return new Int32Array(this.memory.buffer, TLB_OFFSET + index * TLB_BYTES, TLB_BYTES / 4);
  }

  /** True when guest physical [pa, pa+len) lies wholly in RAM. */
  inRam(pa: number, len: number): boolean {
    return pa >= RAM_BASE && len >= 0 && pa + len <= this.ramEnd;
  }

  /** Offset into `bytes` of guest physical address `pa` (caller checked inRam). */
  ramOffset(pa: number): number {
    return pa - RAM_BASE + RAM_OFFSET;
  }
}
