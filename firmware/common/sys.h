/* a64dbg system-test runtime (sys_* programs only): exception vectors,
 * EL0 entry, system-register access.  The build links vectors.S and sys.c
 * into every firmware/src/sys_*.{c,S}. */
#ifndef A64_SYS_H
#define A64_SYS_H

#include "lib.h"

/* Saved by vectors.S on SP_EL1; sys_trap may change elr/spsr/x[] and the
 * change takes effect at the ERET. */
struct trap_frame {
    u64 x[31];
    u64 elr, spsr, esr, far, pad;
};

/* Vector index passed to sys_trap: (group << 2) | kind with
 * group 0 = current EL SP_EL0, 1 = current EL SP_ELx, 2 = lower EL AArch64,
 * 3 = lower EL AArch32; kind 0 = sync, 1 = IRQ, 2 = FIQ, 3 = SError. */
enum { VEC_SYNC = 0, VEC_IRQ = 1, VEC_FIQ = 2, VEC_SERROR = 3 };
#define VEC_GROUP(v) ((v) >> 2)
#define VEC_KIND(v)  ((v) & 3)

/* Each sys_* program defines this. */
void sys_trap(struct trap_frame *f, u64 vec);

extern char sys_vectors[];
extern char el0_return[];
u64 run_el0(u64 entry, u64 sp_el0, u64 arg);

void sys_install_vectors(void);                 /* VBAR_EL1 = sys_vectors */
void sys_back_to_el1(struct trap_frame *f);     /* the ERET returns from run_el0 */
void sys_unexpected(struct trap_frame *f, u64 vec) __attribute__((noreturn));
const char *vec_name(u64 vec);

/* "name=<hex>" pieces, for one-line reports */
void kv(const char *name, u64 v);               /* " name=<hex16>" */
void kv32(const char *name, u64 v);             /* " name=<hex8>" */
void kvd(const char *name, i64 v);              /* " name=<dec>" */

#define ESR_EC(esr)   (((esr) >> 26) & 0x3f)
#define ESR_IL(esr)   (((esr) >> 25) & 1)
#define ESR_ISS(esr)  ((esr) & 0x1ffffff)

#define read_sysreg(r) ({ u64 v_; __asm__ volatile("mrs %0, " #r : "=r"(v_)); v_; })
#define write_sysreg(r, v) do { u64 v_ = (u64)(v); __asm__ volatile("msr " #r ", %0" :: "r"(v_) : "memory"); } while (0)
#define isb() __asm__ volatile("isb" ::: "memory")
#define dsb(opt) __asm__ volatile("dsb " #opt ::: "memory")

static inline u32 mmio_r32(u64 a) { return *(volatile u32 *)a; }
static inline void mmio_w32(u64 a, u32 v) { *(volatile u32 *)a = v; }

#endif
