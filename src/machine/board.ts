// The QEMU `virt`-compatible board: its memory map, its interrupt numbers, and the device tree
// handed to the kernel in x0. Every address, size and interrupt of the board is defined here
// once; the machine hands them to the devices, which hold no addresses of their own (a device's
// frame size and the GIC's INTID ranges are the device's, and RAM_BASE lives with the memory
// layout: the names below refer to them).
//
// The tree copies what QEMU 7.2 generates for `-M virt` (`-machine dumpdtb=FILE`; test/fdt.test.ts
// compares the two node by node):
// the same node names and unit addresses, property names, cell values, interrupt specifiers
// and even phandle numbers (QEMU allocates from 0x8000: the apb clock, then the CPUs from the
// highest index down, then the GIC), so a diff against QEMU's tree shows only what we chose
// to leave out. Node order differs (QEMU adds nodes at the front, so its dts reads backwards).
//
// Left out on purpose, because we do not emulate the device (a node without a device behind
// it makes the kernel probe, fault or wait on it):
//   pcie@10000000 (PCIe ECAM host bridge), and with it the GIC's MSI frame that exists only
//     for PCI MSIs: its@8080000 (GICv3 ITS) / v2m@8020000 (GICv2m)
//   fw-cfg@9020000 (QEMU's firmware configuration interface)
//   flash@0 (the two CFI flash banks)
//   pl061@9030000 (GPIO) and gpio-keys (the power-off button wired to it)
//   platform-bus@c000000 (QEMU's dynamic sysbus device area)
// And by policy (src/README.md, "The board"): /chosen/kaslr-seed and
// /chosen/rng-seed are written only when the caller passes kaslrSeed / rngSeed. QEMU always
// writes both, which turns KASLR on and makes symbol addresses differ on every boot.

import { FdtNode, FdtError, decodeDtb, encodeDtb } from './fdt.ts';
import { GIC_FRAME_BYTES, GICR_STRIDE, GIC_INTERNAL, GIC_NR_SGIS, GIC_MAX_CPUS } from '../devices/gic-common.ts';
import { PL011_FRAME_BYTES } from '../devices/pl011.ts';
import { PL031_FRAME_BYTES } from '../devices/pl031.ts';
import { PSCI_CPU_OFF, PSCI_CPU_ON64, PSCI_CPU_SUSPEND64, PSCI_MIGRATE64 } from '../hyp/psci.ts';
import { MAX_VCPUS, RAM_BASE, ramSizeError } from '../memory/layout.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

// ---- memory map (QEMU hw/arm/virt.c base_memmap) -------------------------------------------

export const VIRT_RAM_BASE = RAM_BASE; // 0x4000_0000
export const VIRT_GICD_BASE = 0x0800_0000;
export const VIRT_GICD_SIZE = GIC_FRAME_BYTES;
/** GICv2 CPU interface. (QEMU adds GICH/GICV only with virtualization=on: not in its tree.) */
export const VIRT_GICC_BASE = 0x0801_0000;
export const VIRT_GICC_SIZE = GIC_FRAME_BYTES;
/** GICv3 redistributors: one RD_base + SGI_base frame pair per CPU. */
export const VIRT_GICR_BASE = 0x080a_0000;
export const VIRT_GICR_STRIDE = GICR_STRIDE;
/** QEMU `virt`: 256 SPIs + the 32 internal interrupts (hw/arm/virt.c NUM_IRQS + GIC_INTERNAL). */
export const VIRT_GIC_NUM_IRQ = 256 + GIC_INTERNAL;
/**
 * Where QEMU virt maps each GIC's frames and how many interrupts it has: the options Gicv2 /
 * Gicv3 take besides the CPU count.
 */
export const VIRT_GICV2_FRAMES = { gicdBase: VIRT_GICD_BASE, giccBase: VIRT_GICC_BASE, irqs: VIRT_GIC_NUM_IRQ } as const;
export const VIRT_GICV3_FRAMES = { gicdBase: VIRT_GICD_BASE, gicrBase: VIRT_GICR_BASE, irqs: VIRT_GIC_NUM_IRQ } as const;
/**
 * The redistributor region QEMU describes in the tree, whatever the CPU count (room for 123
 * CPUs). The GIC model must set GICR_TYPER.Last in the last present CPU's frame so the kernel
 * stops scanning there.
 */
export const VIRT_GICR_REGION_SIZE = 0xf6_0000;
export const VIRT_UART_BASE = 0x0900_0000; // PL011
export const VIRT_UART_SIZE = PL011_FRAME_BYTES;
export const VIRT_RTC_BASE = 0x0901_0000; // PL031
export const VIRT_RTC_SIZE = PL031_FRAME_BYTES;
export const VIRT_MMIO_BASE = 0x0a00_0000; // virtio-mmio transports
export const VIRT_MMIO_STRIDE = 0x200;
export const VIRT_MMIO_COUNT = 32;

// ---- interrupts ----------------------------------------------------------------------------

/** Device tree interrupt specifier: <type number flags> (arm,gic bindings). */
export const GIC_FDT_IRQ_TYPE_SPI = 0;
export const GIC_FDT_IRQ_TYPE_PPI = 1;
export const GIC_FDT_IRQ_FLAGS_EDGE_LO_HI = 1;
export const GIC_FDT_IRQ_FLAGS_LEVEL_HI = 4;
/** GICv2 only: PPI specifiers carry a mask of the CPUs the PPI is wired to in bits [15:8]. */
export const GIC_FDT_IRQ_PPI_CPU_SHIFT = 8;
/** INTID = GIC_SPI_INTID_BASE + SPI number; INTID = GIC_PPI_INTID_BASE + PPI number (the GIC's ranges). */
export const GIC_SPI_INTID_BASE = GIC_INTERNAL;
export const GIC_PPI_INTID_BASE = GIC_NR_SGIS;

export const VIRT_UART_SPI = 1;
export const VIRT_RTC_SPI = 2;
/** virtio-mmio slot n raises SPI VIRT_MMIO_SPI_BASE + n (edge-triggered, as QEMU describes it). */
export const VIRT_MMIO_SPI_BASE = 16;
/** Architected timer PPIs, in the order of the timer node's `interrupts`. */
export const ARCH_TIMER_S_EL1_PPI = 13;
export const ARCH_TIMER_NS_EL1_PPI = 14;
export const ARCH_TIMER_VIRT_PPI = 11;
export const ARCH_TIMER_NS_EL2_PPI = 10;
/** The PMU's overflow interrupt (QEMU's VIRTUAL_PMU_IRQ): INTID 23. */
export const VIRT_PMU_PPI = 7;

/** The apb-pclk fixed clock that feeds the PL011 and PL031. */
export const VIRT_APB_PCLK_HZ = 24_000_000;

// ---- PSCI (function ids QEMU lists in /psci: the SMC64 forms where one exists) -------------

export const PSCI_0_2_FN_CPU_SUSPEND = PSCI_CPU_SUSPEND64;
export const PSCI_0_2_FN_CPU_OFF = PSCI_CPU_OFF;
export const PSCI_0_2_FN_CPU_ON = PSCI_CPU_ON64;
export const PSCI_0_2_FN_MIGRATE = PSCI_MIGRATE64;

// ---- the tree ------------------------------------------------------------------------------

export interface VirtConfig {
  /** Guest RAM in bytes: a multiple of 2 MiB, MIN_RAM_MIB..MAX_RAM_MIB MiB. */
  memoryBytes: number;
  /** 1..8 (GICv2 cannot address more than 8; our register file layout holds MAX_VCPUS). */
  cpus: number;
  gic: 2 | 3;
  /** The kernel command line; omitted from /chosen when empty, as QEMU does. */
  bootargs: string;
  /** Guest physical [start, end) of the initrd, inside RAM. */
  initrd?: { start: number; end: number };
  /** /chosen/kaslr-seed. Absent by default: KASLR stays off and symbol addresses are fixed. */
  kaslrSeed?: bigint;
  /** /chosen/rng-seed (QEMU passes 32 bytes). Absent by default. */
  rngSeed?: Uint8Array;
}

/** Node names the kernel and users know the devices by. */
export const VIRT_UART_PATH = `/pl011@${VIRT_UART_BASE.toString(16)}`;

function checkConfig(cfg: VirtConfig): void {
  const { memoryBytes, cpus, gic } = cfg;
  if (!Number.isSafeInteger(memoryBytes) || memoryBytes <= 0) {
    throw new RangeError(`virt board: memory size must be a positive whole number of bytes, got ${memoryBytes}`);
  }
  if (memoryBytes % (2 * MiB) !== 0) {
    throw new RangeError(`virt board: memory size must be a multiple of 2 MiB, got ${memoryBytes} bytes (${(memoryBytes / MiB).toFixed(3)} MiB)`);
  }
  const badSize = ramSizeError(memoryBytes / MiB);
  if (badSize !== undefined) throw new RangeError(`virt board: ${badSize}`);
  const maxCpus = Math.min(GIC_MAX_CPUS, MAX_VCPUS);
  if (!Number.isInteger(cpus) || cpus < 1 || cpus > maxCpus) {
    throw new RangeError(`virt board: CPU count must be 1 to ${maxCpus}, got ${cpus}`);
  }
  if (gic !== 2 && gic !== 3) throw new RangeError(`virt board: GIC version must be 2 or 3, got ${String(gic)}`);
  if (typeof cfg.bootargs !== 'string' || cfg.bootargs.includes('\0')) {
    throw new TypeError('virt board: bootargs must be a string without NUL characters');
  }
  if (cfg.initrd) {
    const { start, end } = cfg.initrd;
    const ramEnd = VIRT_RAM_BASE + memoryBytes;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) {
      throw new RangeError(`virt board: initrd must be a non-empty range, got start 0x${start.toString(16)} end 0x${end.toString(16)}`);
    }
    if (start < VIRT_RAM_BASE || end > ramEnd) {
      throw new RangeError(`virt board: initrd [0x${start.toString(16)}, 0x${end.toString(16)}) lies outside RAM [0x${VIRT_RAM_BASE.toString(16)}, 0x${ramEnd.toString(16)})`);
    }
  }
  if (cfg.kaslrSeed !== undefined && (typeof cfg.kaslrSeed !== 'bigint' || cfg.kaslrSeed < 0n || cfg.kaslrSeed >= 1n << 64n)) {
    throw new RangeError(`virt board: kaslrSeed must be a 64-bit unsigned bigint, got ${String(cfg.kaslrSeed)}`);
  }
  if (cfg.rngSeed !== undefined && (!(cfg.rngSeed instanceof Uint8Array) || cfg.rngSeed.length === 0)) {
    throw new RangeError('virt board: rngSeed must be a non-empty Uint8Array');
  }
}

/** Builds the device tree for `cfg` (see virtDeviceTree for the blob). */
export function virtTree(cfg: VirtConfig): FdtNode {
  checkConfig(cfg);
  const { cpus, gic } = cfg;

  // Phandles in QEMU's allocation order.
  let nextPhandle = 0x8000;
  const clockPhandle = nextPhandle++;
  const cpuPhandle: number[] = [];
  for (let i = cpus - 1; i >= 0; i--) cpuPhandle[i] = nextPhandle++;
  const gicPhandle = nextPhandle++;

  // GICv2 PPI specifiers name the CPUs the PPI reaches; GICv3 ones must not (QEMU: same rule).
  const ppiFlags = gic === 2
    ? GIC_FDT_IRQ_FLAGS_LEVEL_HI | (((1 << cpus) - 1) << GIC_FDT_IRQ_PPI_CPU_SHIFT)
    : GIC_FDT_IRQ_FLAGS_LEVEL_HI;

  const root = new FdtNode();
  root.setU32('interrupt-parent', gicPhandle);
  root.setString('model', 'linux,dummy-virt');
  root.setU32('#size-cells', 2);
  root.setU32('#address-cells', 2);
  root.setString('compatible', 'linux,dummy-virt');

  const chosen = root.addNode('chosen');
  if (cfg.bootargs !== '') chosen.setString('bootargs', cfg.bootargs);
  chosen.setString('stdout-path', VIRT_UART_PATH);
  if (cfg.initrd) {
    // QEMU writes one cell each. A range ending above 4 GiB (RAM reaches 0x1_0000_0000 at
    // 3 GiB) needs two; the kernel reads either width (of_read_number(prop, len / 4)).
    const { start, end } = cfg.initrd;
    if (end <= 0xffff_ffff) {
      chosen.setU32('linux,initrd-start', start);
      chosen.setU32('linux,initrd-end', end);
    } else {
      chosen.setU64('linux,initrd-start', start);
      chosen.setU64('linux,initrd-end', end);
    }
  }
  if (cfg.kaslrSeed !== undefined) chosen.setU64('kaslr-seed', cfg.kaslrSeed);
  if (cfg.rngSeed !== undefined) chosen.setBytes('rng-seed', cfg.rngSeed);

  root.addNode(`memory@${VIRT_RAM_BASE.toString(16)}`)
    .setU64('reg', VIRT_RAM_BASE, cfg.memoryBytes)
    .setString('device_type', 'memory');

  // Our CPU advertises MIDR implementer 0x00, yet keeps QEMU's "arm,cortex-a57": QEMU's own
  // `-cpu max` (TCG) is built on the A57 model, resets MIDR to implementer 0 and still writes
  // this compatible. Linux identifies arm64 CPUs (and picks errata workarounds) by MIDR, never
  // by this string, and tools that read QEMU's tree expect it.
  const cpusNode = root.addNode('cpus').setU32('#size-cells', 0).setU32('#address-cells', 1);
  const cluster = cpusNode.addNode('cpu-map').addNode('socket0').addNode('cluster0');
  for (let i = 0; i < cpus; i++) cluster.addNode(`core${i}`).setU32('cpu', cpuPhandle[i]!);
  for (let i = 0; i < cpus; i++) {
    const cpu = cpusNode.addNode(`cpu@${i.toString(16)}`)
      .setPhandle(cpuPhandle[i]!)
      .setU32('reg', i); // MPIDR affinity: Aff0 = i, as QEMU assigns for up to 8 CPUs
    if (cpus > 1) cpu.setString('enable-method', 'psci');
    cpu.setString('compatible', 'arm,cortex-a57').setString('device_type', 'cpu');
  }

  root.addNode('psci')
    .setU32('migrate', PSCI_0_2_FN_MIGRATE)
    .setU32('cpu_on', PSCI_0_2_FN_CPU_ON)
    .setU32('cpu_off', PSCI_0_2_FN_CPU_OFF)
    .setU32('cpu_suspend', PSCI_0_2_FN_CPU_SUSPEND)
    .setString('method', 'hvc')
    .setStrings('compatible', ['arm,psci-1.0', 'arm,psci-0.2', 'arm,psci']);

  const intc = root.addNode(`intc@${VIRT_GICD_BASE.toString(16)}`).setPhandle(gicPhandle);
  if (gic === 3) {
    intc.setU64('reg', VIRT_GICD_BASE, VIRT_GICD_SIZE, VIRT_GICR_BASE, VIRT_GICR_REGION_SIZE)
      .setU32('#redistributor-regions', 1)
      .setString('compatible', 'arm,gic-v3');
  } else {
    intc.setU64('reg', VIRT_GICD_BASE, VIRT_GICD_SIZE, VIRT_GICC_BASE, VIRT_GICC_SIZE)
      .setString('compatible', 'arm,cortex-a15-gic');
  }
  intc.setEmpty('ranges')
    .setU32('#size-cells', 2)
    .setU32('#address-cells', 2)
    .setEmpty('interrupt-controller')
    .setU32('#interrupt-cells', 3);

  root.addNode('timer')
    .setU32('interrupts',
      GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_S_EL1_PPI, ppiFlags,
      GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_NS_EL1_PPI, ppiFlags,
      GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_VIRT_PPI, ppiFlags,
      GIC_FDT_IRQ_TYPE_PPI, ARCH_TIMER_NS_EL2_PPI, ppiFlags)
    .setEmpty('always-on')
    .setStrings('compatible', ['arm,armv8-timer', 'arm,armv7-timer']);

  // QEMU writes it for a CPU with a PMU (every model here has PMUv3: src/devices/pmu.ts).
  root.addNode('pmu')
    .setU32('interrupts', GIC_FDT_IRQ_TYPE_PPI, VIRT_PMU_PPI, ppiFlags)
    .setString('compatible', 'arm,armv8-pmuv3');

  root.addNode('apb-pclk')
    .setPhandle(clockPhandle)
    .setString('clock-output-names', 'clk24mhz')
    .setU32('clock-frequency', VIRT_APB_PCLK_HZ)
    .setU32('#clock-cells', 0)
    .setString('compatible', 'fixed-clock');

  root.addNode(VIRT_UART_PATH.slice(1))
    .setStrings('clock-names', ['uartclk', 'apb_pclk'])
    .setU32('clocks', clockPhandle, clockPhandle)
    .setU32('interrupts', GIC_FDT_IRQ_TYPE_SPI, VIRT_UART_SPI, GIC_FDT_IRQ_FLAGS_LEVEL_HI)
    .setU64('reg', VIRT_UART_BASE, VIRT_UART_SIZE)
    .setStrings('compatible', ['arm,pl011', 'arm,primecell']);

  root.addNode(`pl031@${VIRT_RTC_BASE.toString(16)}`)
    .setString('clock-names', 'apb_pclk')
    .setU32('clocks', clockPhandle)
    .setU32('interrupts', GIC_FDT_IRQ_TYPE_SPI, VIRT_RTC_SPI, GIC_FDT_IRQ_FLAGS_LEVEL_HI)
    .setU64('reg', VIRT_RTC_BASE, VIRT_RTC_SIZE)
    .setStrings('compatible', ['arm,pl031', 'arm,primecell']);

  for (let n = 0; n < VIRT_MMIO_COUNT; n++) {
    const base = VIRT_MMIO_BASE + n * VIRT_MMIO_STRIDE;
    root.addNode(`virtio_mmio@${base.toString(16)}`)
      .setEmpty('dma-coherent')
      .setU32('interrupts', GIC_FDT_IRQ_TYPE_SPI, VIRT_MMIO_SPI_BASE + n, GIC_FDT_IRQ_FLAGS_EDGE_LO_HI)
      .setU64('reg', base, VIRT_MMIO_STRIDE)
      .setString('compatible', 'virtio,mmio');
  }
  return root;
}

/** The DTB for `cfg`: throws RangeError/TypeError with a clear message on a bad configuration. */
export function virtDeviceTree(cfg: VirtConfig): Uint8Array {
  return encodeDtb(virtTree(cfg));
}

/**
 * A user's device tree (`-dtb FILE`) patched as QEMU's arm_load_dtb does: every memory node is
 * replaced by one for this machine's RAM, /chosen (created if missing) gets the command line
 * (when not empty) and the initrd range, in the root's #address-cells / #size-cells. Everything
 * else is the user's: a tree that does not describe this board is the user's to debug.
 * Throws FdtError (one line) for a malformed blob or cell counts QEMU refuses.
 */
export function patchUserDeviceTree(dtb: Uint8Array, cfg: { memoryBytes: number; bootargs: string; initrd?: { start: number; end: number } }): Uint8Array {
  const decoded = decodeDtb(dtb);
  const root = decoded.root;
  const cells = (name: string): number => (root.has(name) ? root.u32(name) : 0);
  const acells = cells('#address-cells'), scells = cells('#size-cells');
  if (acells < 1 || acells > 2 || scells < 1 || scells > 2) {
    throw new FdtError(`bad DTB: #address-cells ${acells} / #size-cells ${scells} (QEMU needs 1 or 2 of each at the root)`);
  }
  const sized = (n: number, v: number): number[] => (n === 2 ? [Math.floor(v / 2 ** 32), v >>> 0] : [v >>> 0]);
  for (let k = root.children.length - 1; k >= 0; k--) {
    const c = root.children[k];
    if (c.name === 'memory' || c.name.startsWith('memory@')) root.children.splice(k, 1);
  }
  const mem = root.addNode(`memory@${VIRT_RAM_BASE.toString(16)}`);
  mem.setString('device_type', 'memory');
  mem.setU32('reg', ...sized(acells, VIRT_RAM_BASE), ...sized(scells, cfg.memoryBytes));
  const chosen = root.child('chosen') ?? root.addNode('chosen');
  if (cfg.bootargs !== '') chosen.setString('bootargs', cfg.bootargs);
  if (cfg.initrd) {
    chosen.setU32('linux,initrd-start', ...sized(acells, cfg.initrd.start));
    chosen.setU32('linux,initrd-end', ...sized(acells, cfg.initrd.end));
  }
  return encodeDtb(root, { reservations: decoded.reservations, bootCpuidPhys: decoded.bootCpuidPhys });
}
