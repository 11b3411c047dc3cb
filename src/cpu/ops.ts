// Decoded operation numbers: what the interpreter's switch dispatches on. An A64 encoding is
// specialised at decode time (32- vs 64-bit, "no shift", aliases like MOV) so the hot cases
// do no field tests at run time. 0 marks a slot not decoded yet.
//
// Record layout (src/cpu/decoder.ts, 4 int32): [op, regs, a, b]
//   regs = d | n << 8 | m << 16 | x << 24: register slot indices (src/cpu/regs.ts) or small
//          extra fields; a, b = immediates / packed options, documented per builder.

export const NOT_DECODED = 0;
export const UNDEF = 1;
export const NOP = 2;

// Data processing, immediate
export const ADD_IMM_X = 10; // a,b = 64-bit addend (SUB stores the negation)
export const ADD_IMM_W = 11;
export const ADDS_IMM_X = 12; // a,b = operand (SUBS stores ~imm), x = carry in
export const ADDS_IMM_W = 13;
export const MOV_IMM = 14; // a,b = value
export const MOVK_X = 15; // a = imm16, b = shift
export const MOVK_W = 16;
export const ADR = 17; // a,b = offset from PC
export const ADRP = 18; // a,b = offset from PC & ~0xfff
export const AND_IMM_X = 19; // a,b = mask
export const ORR_IMM_X = 20;
export const EOR_IMM_X = 21;
export const ANDS_IMM_X = 22;
export const AND_IMM_W = 23;
export const ORR_IMM_W = 24;
export const EOR_IMM_W = 25;
export const ANDS_IMM_W = 26;
export const LSL_IMM_X = 27; // a = shift
export const LSR_IMM_X = 28;
export const ASR_IMM_X = 29;
export const LSL_IMM_W = 30;
export const LSR_IMM_W = 31;
export const ASR_IMM_W = 32;
export const BITFIELD = 33; // a = immr | imms << 8 | kind << 16 (0 SBFM, 1 BFM, 2 UBFM) | sf << 18
export const EXTR = 34; // a = lsb, b = sf

// Data processing, register
export const ADD_REG_X = 40;
export const ADD_REG_W = 41;
export const SUB_REG_X = 42;
export const SUB_REG_W = 43;
export const ADDS_REG_X = 44; // x = 1 for SUBS (operand inverted, carry in 1)
export const ADDS_REG_W = 45;
export const ADDSUB_SREG = 46; // a = shift | amount << 2 | sf << 8 | sub << 9 | S << 10
export const ADDSUB_EXT = 47; // a = option | imm3 << 3 | sf << 6 | sub << 7 | S << 8
export const MOV_REG_X = 48;
export const MOV_REG_W = 49;
export const AND_REG_X = 50;
export const ORR_REG_X = 51;
export const EOR_REG_X = 52;
export const LOGIC_SREG = 53; // a = opc | N << 2 | shift << 3 | amount << 5 | sf << 11
export const ADC = 54; // a = sf | sub << 1 | S << 2
export const CCMP = 55; // a = cond | nzcv << 4 | sf << 8 | imm << 9 | imm5 << 10 | sub << 15
export const CSEL = 56; // a = cond | op << 4 (0 csel, 1 csinc, 2 csinv, 3 csneg) | sf << 6
export const MADD_X = 57; // x = ra
export const MSUB_X = 58;
export const MADD_W = 59;
export const MSUB_W = 60;
export const MULL = 61; // a = signed | sub << 1 (SMADDL/SMSUBL/UMADDL/UMSUBL), x = ra
export const MULH = 62; // a = signed
export const DIV = 63; // a = signed | sf << 1
export const SHIFTV = 64; // a = type | sf << 2
export const BITOP = 65; // a = kind (0 rbit, 1 rev16, 2 rev32, 3 rev, 4 clz, 5 cls) | sf << 3
export const CRC32 = 66; // a = size | castagnoli << 2

// Branches
export const B = 70; // a = offset
export const BL = 71;
export const B_COND = 72; // a = offset, b = cond
export const CBZ_X = 73; // a = offset
export const CBNZ_X = 74;
export const CBZ_W = 75;
export const CBNZ_W = 76;
export const TBZ = 77; // a = offset, b = bit
export const TBNZ = 78;
export const BR = 79;
export const BLR = 80;
export const RET = 81;

// System
export const HLT = 90; // a = imm16 (semihosting uses #0xF000)
export const BRK = 91;
export const SVC = 92;
export const HVC = 93;
export const SMC = 94;
export const WFI = 95;
export const WFE = 96;
export const CLREX = 97;
export const MRS = 98; // d = Rt slot, a = system register id (src/cpu/sysregs.ts)
export const MSR_REG = 99; // n = Rt slot, a = system register id
export const MSR_IMM = 100; // a = field id, b = imm
export const IC_IALLU = 101;
export const IC_IVAU = 102; // n = Rt slot
export const DC_ZVA = 103; // n = Rt slot
export const FLAGM = 104; // a = kind (0 CFINV, 1 RMIF, 2 SETF8, 3 SETF16), n = Rn slot, b = imm6 | mask << 8

// Loads and stores. "code" (x field) = size | signed << 2 | toX << 3 | store << 4
export const LDR_X = 110; // base + a, b = ISS for the MMIO exit
export const LDR_W = 111;
export const LDRB = 112;
export const STR_X = 113;
export const STR_W = 114;
export const STRB = 115;
export const LDST_IMM = 116; // any size/sign, base + a (no writeback)
export const LDST_PRE = 117;
export const LDST_POST = 118;
export const LDST_REG = 119; // a = option | shift << 3
export const LDR_LIT = 120; // a = offset from PC
export const LDSTP = 121; // m = Rt2, a = offset, x = size | signed << 2 | store << 4 | mode << 5
export const LDXR = 122; // x = size | pair << 2
export const STXR = 123; // m = status register, n/d as usual, b = Rt2 slot for pairs
export const ATOMIC = 124; // m = Rs, a = opc, x = size
export const CAS = 125; // m = Rs, x = size
export const CASP = 126; // m = Rs, x = size (2 or 3)
