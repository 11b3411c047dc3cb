// The guest kernel's symbols for gdb (issue #16), read from its kallsyms in guest RAM
// (src/gdb/kallsyms.ts) and written as an ELF symbol file (src/gdb/symbol-elf.ts). The tables are
// found once; the symbols are read when the kernel has relocated itself (its relative base is set:
// the runtime address, so a KASLR slide is already in it) and kept while that base stays the same.

import { RAM_OFFSET } from '../memory/layout.ts';
import type { GuestMemory } from '../memory/layout.ts';
import { findKallsyms, kallsymsBase, readKallsyms, type KallsymsLayout, type KernelSymbol } from './kallsyms.ts';
import { symbolElf, textRanges } from './symbol-elf.ts';
import { debugFrame, type ReadVirtual } from './frame-info.ts';

/** The name gdb sees for the served symbol file (`Reading /a64dbg/vmlinux-kallsyms from remote target...`). */
export const KALLSYMS_FILE_NAME = '/a64dbg/vmlinux-kallsyms';

export class KernelSymbols {
  private layout: KallsymsLayout | undefined;
  private fingerprint: Uint8Array | undefined;
  private base = 0n;
  private symbols: KernelSymbol[] = [];
  private elf: Uint8Array | undefined;

  /** `readText` reads kernel text by virtual address (for call-frame information; without it, none). */
  constructor(private readonly mem: GuestMemory, private readonly readText?: ReadVirtual) {}

  /** Why there are no symbols, or undefined when there are. */
  status(): string | undefined {
    const layout = this.find();
    if (!layout) return 'no kallsyms tables in guest RAM (not a Linux kernel, or one built without CONFIG_KALLSYMS)';
    if (kallsymsBase(this.mem.bytes, layout) === 0n) return 'the kernel has not relocated itself yet (its kallsyms base is still 0): run it past its first instructions';
    if (!this.list()) return 'the kallsyms names in guest RAM no longer decode (overwritten since they were found)';
    return undefined;
  }

  /** The symbols in kallsyms order, or undefined (see status()). */
  list(): KernelSymbol[] | undefined {
    const layout = this.find();
    if (!layout) return undefined;
    const base = kallsymsBase(this.mem.bytes, layout);
    if (base === 0n) return undefined;
    if (base !== this.base || this.symbols.length === 0) {
      this.symbols = readKallsyms(this.mem.bytes, layout, base) ?? [];
      this.base = base;
      this.elf = undefined;
    }
    return this.symbols.length ? this.symbols : undefined;
  }

  /** The ELF symbol file, or undefined (see status()). */
  file(): Uint8Array | undefined {
    const list = this.list();
    if (!list) return undefined;
    this.elf ??= symbolElf(list, this.readText ? debugFrame(textRanges(list), this.readText) : undefined);
    return this.elf;
  }

  /** Guest-physical address of the symbol table (for messages). */
  tablesAt(): bigint | undefined {
    const layout = this.find();
    return layout ? BigInt(layout.names - RAM_OFFSET) : undefined;
  }

  private find(): KallsymsLayout | undefined {
    if (!this.layout || !this.stillThere(this.layout)) {
      this.layout = findKallsyms(this.mem.bytes, RAM_OFFSET, RAM_OFFSET + this.mem.ramBytes);
      this.fingerprint = this.layout ? this.mem.bytes.slice(this.layout.tokenTable, this.layout.tokenIndex + 512) : undefined;
      this.symbols = [];
      this.elf = undefined;
    }
    return this.layout;
  }

  /** The token table and index still as found (a reboot into another kernel moves everything). */
  private stillThere(l: KallsymsLayout): boolean {
    const now = this.mem.bytes.subarray(l.tokenTable, l.tokenIndex + 512);
    return this.fingerprint !== undefined && Buffer.compare(now, this.fingerprint) === 0;
  }
}
