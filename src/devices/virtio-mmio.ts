// A virtio-mmio transport slot of QEMU's `virt` board with no device behind it. QEMU 7.2 creates
// all 32 transports whether or not a device fills them, and the device tree lists every one; an
// empty one answers a probe the way QEMU's does (hw/virtio/virtio-mmio.c with no backend): magic
// "virt", version 1 (QEMU's default is the legacy interface), vendor "QEMU", every other register
// and the config space zero, writes ignored. Device ID 0 tells a driver nothing is there, so a
// probe moves on instead of the guest (or the emulator) stopping on an unmapped access
// (firmware/src/virtio_probe.c, golden from QEMU). Real devices (issue #15) will fill slots.
// Like QEMU, a register answers only at its own offset: a byte read of MAGIC at offset 1 is 0, not
// the magic's second byte.

import { stateObject, SnapshotError, type Device } from './device.ts';

/** One transport's register frame. */
export const VIRTIO_MMIO_FRAME_BYTES = 0x200;

const MAGIC = 0x000, VERSION = 0x004, VENDOR_ID = 0x00c;
const MAGIC_VALUE = 0x7472_6976; // "virt"
const VERSION_LEGACY = 1;
const VENDOR_QEMU = 0x554d_4551; // "QEMU"

export class EmptyVirtioMmioSlot implements Device {
  readonly size = VIRTIO_MMIO_FRAME_BYTES;
  readonly name: string;
  readonly stateless = true;

  constructor(readonly base: number) {
    this.name = `virtio-mmio@${base.toString(16)}`;
  }

  read(offset: number, size: number = 4): number {
    const v = offset === MAGIC ? MAGIC_VALUE : offset === VERSION ? VERSION_LEGACY : offset === VENDOR_ID ? VENDOR_QEMU : 0;
    return size >= 4 ? v >>> 0 : v & ((1 << (size * 8)) - 1);
  }

  write(): void {}

  reset(): void {}

  save(): unknown {
    return {};
  }

  restore(state: unknown): void {
    const s = stateObject(state, this.name);
    const extra = Object.keys(s);
    if (extra.length) throw new SnapshotError(`${this.name} restore: an empty transport has no state (got ${extra.join(', ')})`);
  }
}
