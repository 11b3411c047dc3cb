// `-d int` / `--trace int`: every exception the guest takes and every return from one, in the
// lines QEMU 7.2 writes for `-d int` (target/arm/helper.c arm_cpu_do_interrupt*, op_helper.c
// exception return), so a log can be compared with QEMU's line for line:
//
//   Taking exception 4 [Data Abort] on CPU 0
//   ...from EL1 to EL1
//   ...with ESR 0x25/0x96000047
//   ...with FAR 0x40203000
//   ...with ELR 0x400816bc
//   ...to EL1 PC 0x40080a00 PSTATE 0x3c5
//   Exception return from AArch64 EL1 to AArch64 EL1 PC 0x400816bc
//
// QEMU numbers exceptions by how it raised them (EXCP_*), not by EC; the mapping below is the one
// its translator uses for each EC. IRQ and FIQ carry no syndrome: QEMU prints the last one it
// recorded, and so does this log. HVC (PSCI) and semihosting are handled by the trap layer, as
// QEMU handles them without entering the guest. One difference: PSTATE after entry shows N, Z, C
// and V as the Arm ARM leaves them (unchanged by the exception); QEMU 7.2 prints them cleared.

import { currentSpsr } from '../cpu/exceptions.ts';
import { PC, ELR_EL1, FAR_EL1, CUREL } from '../cpu/regs.ts';
import { VECTOR_IRQ, VECTOR_FIQ } from '../cpu/exceptions.ts';
import type { VCpu } from '../cpu/vcpu.ts';

const hex = (lo: number, hi: number): string => '0x' + ((hi >>> 0) * 2 ** 32 + (lo >>> 0) < 2 ** 53
  ? ((hi >>> 0) * 2 ** 32 + (lo >>> 0)).toString(16)
  : (BigInt(hi >>> 0) << 32n | BigInt(lo >>> 0)).toString(16));

/** QEMU's exception number and name for a synchronous exception class. */
function qemuException(ec: number): [number, string] {
  switch (ec) {
    case 0x15: return [2, 'SVC'];
    case 0x20: case 0x21: case 0x22: return [3, 'Prefetch Abort'];
    case 0x24: case 0x25: case 0x26: return [4, 'Data Abort'];
    case 0x3c: return [7, 'Breakpoint'];
    default: return [1, 'Undefined Instruction']; // unknown, FP access, system register traps...
  }
}

export class InterruptLog {
  /** The last syndrome recorded (QEMU's env->exception.syndrome), printed for IRQ/FIQ too. */
  private syndrome = 0;
  /** The last target EL recorded (QEMU's env->exception.target_el), printed for semihosting. */
  private targetEl = 0;

  constructor(private readonly write: (line: string) => void) {}

  /** VCpuHooks.onException. */
  exception(cpu: VCpu, vector: number, fromEl: number, esr: number, far: boolean): void {
    const r = cpu.r;
    let head: string;
    if (vector === VECTOR_IRQ) head = 'Taking exception 5 [IRQ]';
    else if (vector === VECTOR_FIQ) head = 'Taking exception 6 [FIQ]';
    else {
      this.syndrome = esr >>> 0;
      const [n, name] = qemuException(this.syndrome >>> 26);
      head = `Taking exception ${n} [${name}]`;
    }
    this.targetEl = 1;
    const lines = [
      `${head} on CPU ${cpu.index}`,
      `...from EL${fromEl} to EL1`,
      `...with ESR 0x${(this.syndrome >>> 26).toString(16)}/0x${this.syndrome.toString(16)}`,
    ];
    if (far) lines.push(`...with FAR ${hex(r[FAR_EL1], r[FAR_EL1 + 1])}`);
    lines.push(`...with ELR ${hex(r[ELR_EL1], r[ELR_EL1 + 1])}`);
    lines.push(`...to EL1 PC ${hex(r[PC], r[PC + 1])} PSTATE 0x${(currentSpsr(r) >>> 0).toString(16)}`);
    for (const l of lines) this.write(l);
  }

  /** VCpuHooks.onExceptionReturn. */
  exceptionReturn(cpu: VCpu, fromEl: number): void {
    const r = cpu.r;
    this.write(`Exception return from AArch64 EL${fromEl} to AArch64 EL${r[CUREL]} PC ${hex(r[PC], r[PC + 1])}`);
  }

  /** An HVC the trap layer answers as PSCI (QEMU: EXCP_HVC handled in arm_cpu_do_interrupt). */
  hvc(cpu: VCpu, imm16: number): void {
    this.syndrome = ((0x16 << 26) | (1 << 25) | (imm16 & 0xffff)) >>> 0;
    this.targetEl = 2;
    this.write(`Taking exception 11 [Hypervisor Call] on CPU ${cpu.index}`);
    this.write(`...from EL${cpu.r[CUREL]} to EL2`);
    this.write(`...with ESR 0x16/0x${this.syndrome.toString(16)}`);
    this.write('...handled as PSCI call');
  }

  /** A semihosting call (HLT #0xf000) the trap layer answers. */
  semihosting(cpu: VCpu, op: number): void {
    this.write(`Taking exception 16 [Semihosting call] on CPU ${cpu.index}`);
    // Handled without entering any EL: QEMU names the target EL of the exception before it.
    this.write(`...from EL${cpu.r[CUREL]} to EL${this.targetEl}`);
    this.write(`...handling as semihosting call 0x${op.toString(16)}`);
  }
}
