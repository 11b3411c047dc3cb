	.include "fp-harness.inc"
	.text
body:
	adr x1, seed0
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e6200f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e6179d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e64fc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e219a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7369b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2de4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0f25b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e43e917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb3e458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f675559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3901aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd1999c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2101cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6201de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1a83f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed1
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1ee240f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e021071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6ae612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7901a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1a834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e598c26
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e231897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6209d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f074019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f26e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e3ad4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0d95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e32c4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e632200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f08355f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed2
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e6200f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e690081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2140b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fb251d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea2ec34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70f955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21da56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1ba77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fae9919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f20147a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6596d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21b81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2c405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1a85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22003f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed3
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6f21e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b0891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee0e932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e18f5e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e2ee5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3308f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fd39076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e590587
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f613e58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e715959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f2d3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f1a459b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e38e4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fdb91dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f7ffefe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03dc5f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed4
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x5f3dfdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8c11f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2ff5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f2afc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f935a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e2976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21be17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f68ae59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e37df1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d0b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e24fd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2101cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2301be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed5
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x7ea8ed70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60c4a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f51c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0ea75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6740f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e66f477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee9c598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e438899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e583a0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcb9a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1989d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e19b54e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e219504
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed6
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x2ea1b8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e4290d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f232212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e326a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee4ee36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f548457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7349d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea9d47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e19740b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3801ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29281d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e296454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e656b3f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed7
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e6541d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1f8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2239d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee19a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f6dfdf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e650127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f062958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee3e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21c61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e28de5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a085d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e79036e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6169ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed8
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e20dcf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0c833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6bee14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e640167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e63f5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d085d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6101ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fbe111f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed9
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e630110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5eadfd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e60ed13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a3014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0da55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6189b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4bbe99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6fc4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6ed01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6100ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6000ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f690c9f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed10
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e2201b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b39d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f28a452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7901a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2ece74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e64f695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f48e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30da97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2200b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c3a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e29000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0fb1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e681a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1a95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c31e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fac933f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed11
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x4e2169b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8958d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fd19a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e790103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a2994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e283a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f8999d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eace5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f61801a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc4995c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18882d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4c0c3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed12
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6fcb91d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61d851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6520d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea0c494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e692120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e7897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a89d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1b919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e5889ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2200fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e33ee7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e70006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19500e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f32e57f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed13
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x4e60dd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f300431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f21e4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eaae4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f56e434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f224cf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f408676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6241b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a39bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f41fc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e69c4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2301be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee198ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed14
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x4ee0f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e432d51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c1832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e69b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef0c5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2178f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fa39057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6758f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21b999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d65e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67415c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f02057d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6ce5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31f01f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed15
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x7e2fe570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e600041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e241a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c5893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e217854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e65fc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e603936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea6e5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e28144e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e622070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0d9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ef2fe3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f5495bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19a00d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61899e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f21b31f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed16
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1f20acf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee5c5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e605012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc31933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e589884
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f4bfe76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e335997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e58b289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20389a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b283d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1b8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2655bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed17
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6d40d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea18852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0f914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21c535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e25c416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e762937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e29dd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2bbc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22013a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25795b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71032c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b9dfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e31ff3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed18
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6ee6d470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0c8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6200b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6f3a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e640185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0b15d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d3817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e02c958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6ce059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f21fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70f9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a1a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f12bcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27291f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed19
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x4f8d1910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6adc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e27e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e780264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6208d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e580827
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6509f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f670dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e617b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f46a9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e31006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c05f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed20
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e2f48d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6649d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e221832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e292050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e200106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e59e4e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2201f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e312839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64433a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6400ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e71901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef2d51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1d81f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed21
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6ee1f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e29f4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eb1c612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea9d4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e23ce55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e66fd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e780069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e68fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e68bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eecd41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6541bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d185e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f99935f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed22
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e61c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f073492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7800c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2dddf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e3800e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fc051d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e300149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1aa1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0ab8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f4ee6bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eeee55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28002f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed23
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e780160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f66e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3801a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f43a954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6ebc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0fc097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e438438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2168b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e5840ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61dc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0f9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e644afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1b8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4058df
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed24
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e230070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f69fd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e228872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6820b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fb01854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21a855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e024496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e627d97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e25f538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e70101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b0cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f42191f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed25
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f1011b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e627853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21a816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e68cd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e421979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7289da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61691c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e23c53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6200ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed26
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6ee1a810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e601c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e31cc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30ca14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a59f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e240126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e2230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e039cf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1f9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20789b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23597c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e631a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e26fc5f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed27
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e310000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8f19d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e2aecf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3800a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e43a974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3139f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2301b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7900e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e663819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f05de3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31097b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2fe5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d293d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d389e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e42c85f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed28
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x2ea7e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f3dfdf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2300f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3800c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6ad016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea0e977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21d9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c2ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0cb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21db1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f67e6fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e71010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3c585f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed29
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e2588b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f652971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59c802
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e300063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e718a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e216a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0f9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e616818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21a899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f18ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e76901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19b16c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6818dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d197e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0f95f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed30
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e20c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70c9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e266973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3378d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e250a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e27dcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e030957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e43d0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0da39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e33587b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e200adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6141dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b3438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2549bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed31
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x9e380140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21d9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f418872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c29d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6520c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc65916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f06bc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0d54ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c05b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fc7183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1da9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19e44e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2300bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed32
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6e29e5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0c871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f6dfe13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61aa95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eb2d676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61a59f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2179b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4a85b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fb0531a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23399c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e30d4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62283f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed33
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x9e280040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7001c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e598402
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6cde33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2179f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e59d905
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e588107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e026558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2ef6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef1feda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e67d4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c25c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e67d69d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64378e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e29e4ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed34
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e226990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f3ae491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f3bfcd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e614033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21a8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f240a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2ad4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eebd498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2001aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e21000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e22cd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e5915cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4f0cde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fa6991f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed35
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e6641d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee7cc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f482413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21c896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e262818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e37391b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27197c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f411cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e36185f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed36
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1f0711f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e600222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e718953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e64dc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f112295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2fe696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2f4237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d79b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e0374d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21797b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc319fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b481e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee3f5df
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed37
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x9e02b070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1a851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20f450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f28e413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0325b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61f5a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee24276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2b9997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f1998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64022a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1db5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f18fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee3f73d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6301ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed38
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x2ea1ec10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e306931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e02d1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b19b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eabfd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d0995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0f95d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42d9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6201b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f28bcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee241bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1babd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38491e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61aa9f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed39
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6ee8f570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e6168b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e69dd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6204f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e2837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e675c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6000a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6402aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eecf49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7679be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f03129f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed40
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e03d5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03ed71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e667812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea7d533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea6e615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e26fcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03c537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eeee45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21c8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcc58fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc0985d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef5d45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f0b1f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed41
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e671890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee5ccb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc81174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f27e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6aed56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea0d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e73d018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e622b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7901eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6300fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61036d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f18de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21b89f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed42
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e2540f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f48c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f6812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f40fe13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6100e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e707835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e631956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2200b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eb2fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a1979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0c89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e691a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e20fcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3669bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f48a6de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fae50bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed43
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x9e6201d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e67c4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0fa54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d09b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2315f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e643878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6198b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e76399a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c29b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0f85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71d01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23009f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed44
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x4ee9f530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6241d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f2ae592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2500e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e650105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0c936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eebd4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e287019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30fa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eecd4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f66305c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2338dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f63a0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c07f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed45
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x7e30f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7001e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e290203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e650025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f104477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2440f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f8890f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6300bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3901ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d18fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0ba97f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed46
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6e30c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e680201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7134ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e715873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e619a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea19915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e33fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6718d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e18d029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee199fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a899b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e085c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2541bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c0ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed47
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e60c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e254211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3038b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f020873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e63f554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e75dc16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eeffc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e240048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f44acf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd752db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f31e63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67209d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0ea1f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed48
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e22c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18c561
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2118f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e262933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2ffc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e33f565
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a1016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e68e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21a8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64b44d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0d83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69581c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e35189d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e18cb0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e67fc9f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed49
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6e6bdd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f75fd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e349012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2501a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58d084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0cce35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea2ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1a937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6b84f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f32e5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee8e59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e71034c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61bc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e7cd5bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed50
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e28dc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7008f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea0d653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd21954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2a1e15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd218f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0eaac457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fa912d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f014c79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3000ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2989db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea9d57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c0b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eecd45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61aa5f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed51
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e2001e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c49f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e680202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e790003
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61d836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6179b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2018b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e331af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7529ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7e701c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4e94dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6500ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2fe75f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed52
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x9e7900a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e77d011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e641a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e652160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1b8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e263a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e668ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4ab218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc99ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f831a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30c8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f26e77c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64002f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed53
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x0e2cf570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0b9cf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2faf91d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eead5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f23e5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e21f4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e244078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0f599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28085a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f15a07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f287c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43947d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2341be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e25dcdf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed54
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e289d30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e2fed31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e304992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc19173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e4dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f24c895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e67c5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61d9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e600168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d3939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6402cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f50fe9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2803ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1badf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed55
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x5faf9150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1b891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c7e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e618934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2cd535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6902a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6aecb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2300ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22013b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f09a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d383d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3238bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed56
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e21c090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e608891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e672180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2fd4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e6168b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e286915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd098d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f39e419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1d91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6201dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e30d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1d91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1a91f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed57
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1f0f1d90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e295012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee241d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0c8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2929d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7901a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1aad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e307db8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd51919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee5f49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e62f43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f29981c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2400cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0e9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21c89f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed58
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x0ea1d810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e421cf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f39fe13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2afd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e280165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc61117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e604818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f60fd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eace6fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e73dd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21695c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21781d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4f21de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e616a7f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed59
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e622970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2989d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e714913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fa898d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b59b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e68261d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef0c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1dad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e428859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4dab3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25889c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66ddbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6901ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e285bdf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed60
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x6f4be590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e200121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4b1172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f529094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fa298f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2441d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f2878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2fa619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f08db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f694d1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60a611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f8df
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed61
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x5f4ee510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1f852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6cc9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e69fcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd01875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f21c676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e352150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e43cc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2bb179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1f83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21187c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7ed01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fc0901e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1a9ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed62
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e42dc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7900e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f57fcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f50c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f314874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1d935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20754a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fa75097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f931058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1b959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61aa1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25026b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2800ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eadedbf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	adr x1, seed63
	ldr q0, [x1, #144]
	ldr q1, [x1, #160]
	ldr q2, [x1, #176]
	ldr q3, [x1, #192]
	ldr q4, [x1, #208]
	ldr q5, [x1, #224]
	ldr q6, [x1, #240]
	ldr q7, [x1, #256]
	ldr q8, [x1, #272]
	ldr q9, [x1, #288]
	ldr q10, [x1, #304]
	ldr q11, [x1, #320]
	ldr q12, [x1, #336]
	ldr q13, [x1, #352]
	ldr q14, [x1, #368]
	ldr q15, [x1, #384]
	ldr q16, [x1, #400]
	ldr q17, [x1, #416]
	ldr q18, [x1, #432]
	ldr q19, [x1, #448]
	ldr q20, [x1, #464]
	ldr q21, [x1, #480]
	ldr q22, [x1, #496]
	ldr q23, [x1, #512]
	ldr q24, [x1, #528]
	ldr q25, [x1, #544]
	ldr q26, [x1, #560]
	ldr q27, [x1, #576]
	ldr q28, [x1, #592]
	ldr q29, [x1, #608]
	ldr q30, [x1, #624]
	ldr q31, [x1, #640]
	ldr x2, [x1, #128]
	msr fpcr, x2
	ldr x2, [x1, #136]
	msr nzcv, x2
	msr fpsr, xzr
	ldp x2, x3, [x1, #16]
	ldp x4, x5, [x1, #32]
	ldp x6, x7, [x1, #48]
	ldp x8, x9, [x1, #64]
	ldp x10, x11, [x1, #80]
	ldp x12, x13, [x1, #96]
	ldp x14, x15, [x1, #112]
	ldp x0, x1, [x1]
	.inst 0x1e223870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f30e5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e722953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0f855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6800a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d4977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1b8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc699b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25291a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e658dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25c33c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fdc507d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e59550e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e42095f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #504]
	msr fpsr, xzr
	bl dump
	b finish
	.section .rodata
	.balign 16
seed0:
	.quad 0x66d7ba23e13d2883
	.quad 0x000000000000003b
	.quad 0xa505062ea1a86b7f
	.quad 0xfffffffffffffd6c
	.quad 0x00000000000002c9
	.quad 0xffffffffffff8330
	.quad 0x0000000000000fc7
	.quad 0xfffffffffffffff3
	.quad 0x0000000080000000
	.quad 0xe7a67566712eb0c4
	.quad 0x7fffffffffffffff
	.quad 0xffffac2ee6741f12
	.quad 0xcbbb570e7be52029
	.quad 0x0000000000000375
	.quad 0x315b25c71f1192ec
	.quad 0x000001f2af6558fc
	.quad 0x03000000
	.quad 0x60000000
	.quad 0x4e2ba17e7effffff, 0x6699bf791d24010a
	.quad 0x800930deac2779d3, 0x7ff479109b2b6026
	.quad 0xffc00000435970dc, 0x3cb557850ac437b6
	.quad 0x8000000000000001, 0xffbe1bb7ce2d4a02
	.quad 0x3772800080000001, 0x781dfc46f5dbfdb9
	.quad 0x340edd1800000000, 0xc3e0000000000001
	.quad 0x017a4151b1200fb9, 0x00000000801073ff
	.quad 0x601047aa21d90200, 0x8000ec4a49a99897
	.quad 0xbff6fd4aff800000, 0xfff8000000000000
	.quad 0xfeffffff7f800000, 0x2ff9de188931fe9b
	.quad 0x6d3f3e3028d4dbb0, 0x400d515444a4cb5a
	.quad 0x7f67a01e2ae781c7, 0x3f32cb11477ffffe
	.quad 0x0010000000000000, 0xf252f231ff7fffff
	.quad 0x255eef10a47dfde5, 0xffefffffffffffff
	.quad 0x51a786ece3518c22, 0xffef2deb7fe562c5
	.quad 0xdda0334dad446c48, 0xbd54138d0c43d758
	.quad 0xbfba15b232d42497, 0xbfb6216021a14bc2
	.quad 0x7feb7f812d034a7c, 0xc1adef4dbeaf1fe4
	.quad 0x6e319686c3aee84f, 0x7133ddf99ad68800
	.quad 0x7ff8000000000000, 0x3e25ad3effdda31a
	.quad 0x45199219ad68465c, 0xf7ae9f9dffbee7ff
	.quad 0x0fd8c1a816cb4374, 0x00000001c14fb450
	.quad 0xffd4568200000000, 0x7ff0000000000000
	.quad 0xbd7bcfceffd5301b, 0xfff0000000000000
	.quad 0xffff3e97993f5378, 0xbf7d967844000000
	.quad 0x3c6f2656bfa00000, 0x65ba29386465701f
	.quad 0xff9296e447ffffff, 0x3daa436b80000001
	.quad 0xbc7e0000bcc96fb9, 0xff166f8f38601d01
	.quad 0xbd346c82ff7fffff, 0xffc0000047000001
	.quad 0x115c9dd2e47ffc8f, 0xd92f0a73e3dfbf69
	.quad 0xc29f99de80000000, 0xcc1b66c7c18e4143
	.quad 0x1345761306062d31, 0xff800000c57c0000
seed1:
	.quad 0xdf41f2154b017c55
	.quad 0x0020000000000001
	.quad 0xffffc12cf7bcf9a2
	.quad 0xffffffffffffff47
	.quad 0xfffffffffe10f1f1
	.quad 0x0000000000000001
	.quad 0x21e2511ce71f49dd
	.quad 0xfffffffffffffccb
	.quad 0x000000007fffffff
	.quad 0xfffffff49c0b20df
	.quad 0x0001f64017212e37
	.quad 0x14035f4b99d9ad15
	.quad 0x0000000001a59870
	.quad 0xfffffffffffb6f70
	.quad 0x000000000000015e
	.quad 0x0000000000000095
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0x8000000083caa31c, 0x000882df65721434
	.quad 0x8c156bf89d7c7e34, 0xcd214a7ffe833979
	.quad 0x850fda1bffe729a5, 0x0000000000000000
	.quad 0xb6639a3537ffffff, 0xc1c0e6bb45408000
	.quad 0xffbe68007fa214cd, 0x8f6f1d430ff5ff3d
	.quad 0x43942141ffa1a38f, 0xbce6000000ffffff
	.quad 0xc7672b647f800000, 0x7aad7e699d3db8f5
	.quad 0xe3ea152f867f5f75, 0x7f7fffff7bc6d71d
	.quad 0x177ea856f4b7e4f2, 0x4b40eaeb74f8197b
	.quad 0x406ffad4fabe0284, 0x6c1277ca1015f800
	.quad 0x533e617cffbe7fbf, 0x7facb9804276e48d
	.quad 0x0cb5f797fffbbedb, 0x009411b29818940d
	.quad 0x00394af9d77fffff, 0x7ff77a121c9839af
	.quad 0xfff0000000000000, 0x595f69687f9e3420
	.quad 0x2d7d6b22192b570f, 0x515dc6348861ec04
	.quad 0xff836de66f1068a6, 0x9e650ff7de795a6f
	.quad 0xfff8be62add5d78a, 0xd2fdeecef3546c9b
	.quad 0x857e573effb09596, 0x40e000007f800000
	.quad 0x3e8643caffc0230d, 0x7f8000005cae9985
	.quad 0xc0e80000ffbcfc95, 0x177ae51e9dbaff70
	.quad 0xce965a5b1df97dfd, 0xcf6c1b02fffdbfbb
	.quad 0xd57d0c6bbd9ea7f4, 0x80537e25ff90ae0c
	.quad 0xc050e00000000000, 0xdfc1643e5e20d9d7
	.quad 0xff931445c0500000, 0xe40ed0dd2c62227b
	.quad 0xce3bdf15fff5fcfa, 0xffe52525471a17c2
	.quad 0x7a6135eec75a7c00, 0x962fc4f6817cdaa5
	.quad 0x0149aee555e00916, 0x421961d76b92b416
	.quad 0x0000000080c2438d, 0x8000000000000000
	.quad 0xc0c8000072189619, 0x7effffff80c27fa2
	.quad 0x94adfc3f233815fb, 0x40d8800000000000
	.quad 0x0f46219320770000, 0x53d62dcf815a8eae
	.quad 0x3a64aec9dd24fc00, 0x8527edef87683800
seed2:
	.quad 0x8000000000000000
	.quad 0xec229ad9748f0ea6
	.quad 0xfffffff28ee67151
	.quad 0x3aff2209e57db2de
	.quad 0x00000000000047bb
	.quad 0x00000000000003c3
	.quad 0x000000000076414d
	.quad 0xe0ecee51acc1a06b
	.quad 0x0000000001000001
	.quad 0x2d2f6cc538013919
	.quad 0x0000000080000000
	.quad 0x002aaef8525b882f
	.quad 0xb5c3ad96b6cc379c
	.quad 0xfffffffffffffe2e
	.quad 0xd9f19b9f2e24696b
	.quad 0x00000000001903b0
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x312543f83ddfffcf, 0xbf9c2f47ce350dd2
	.quad 0xc3c091067f000000, 0x653f1dbf0718a2ef
	.quad 0x7f800000812d3ece, 0x80000001d9800000
	.quad 0x0a43b6744affffff, 0xbba4563c55edb0b1
	.quad 0x4330000000000001, 0x0cbd7168f237c3a8
	.quad 0xfffaad86222ee7e6, 0xfff7f331a578c7a8
	.quad 0x42600dec976abd53, 0xe0c85aee9fcb7bf9
	.quad 0x76785a279fbe1826, 0x48d66f41cf290060
	.quad 0x8000000000000000, 0xfb9015b0005b9807
	.quad 0x40edd82eb6a00000, 0x71215fd2a77fdf7f
	.quad 0xbf7d13b1f1b2e7aa, 0xbfab000000000000
	.quad 0xc35b000039200000, 0xc0ab200000000000
	.quad 0x0b73ef3dfc9b27c6, 0x0385be68a9dd0627
	.quad 0x23c461a34c56284f, 0x0de5b610fffeff6f
	.quad 0xbedc7b83003b3065, 0x11182a535d0afc00
	.quad 0x80c203c9c1394d63, 0x409c400000000000
	.quad 0x88e4d22db1e7b94f, 0x3ef79bb241016ed2
	.quad 0xa17604484f40d400, 0xbb70dab800291490
	.quad 0x404df024fc2d71e5, 0x0000000000000001
	.quad 0xf45bbf34d7f37da7, 0xbc78594fc7800001
	.quad 0xb15b2d24c6720000, 0xf4671cd446bc0000
	.quad 0x7ff2c185b8c3c695, 0xc0200982bb02c7a1
	.quad 0x55e920551bbfbf80, 0x1bd3f1bafffd1c8d
	.quad 0xbe57ead27fb30110, 0x807b553c503354a4
	.quad 0xffdfffffffffffff, 0xe74b9b40d0b14240
	.quad 0x0004c35e76e3fb2f, 0x548364e89c9a4001
	.quad 0xc07dba78cf9acf9c, 0xfff7bdda810c6443
	.quad 0x44225c4841ba1eb8, 0x1fc88d08bf800001
	.quad 0x3d8f2a153ea8c06c, 0x9f273f1e6402fc19
	.quad 0xc34ffffffffffffe, 0x3c8ff10f09f57f1d
	.quad 0x7ff0000000000000, 0x68673e877e3137f1
	.quad 0x3f1af519c257c1ee, 0xcc719f2ebd542dfc
seed3:
	.quad 0x599e0afb9febd51d
	.quad 0xff6bb1d533453313
	.quad 0x00000000ffffffff
	.quad 0x619b6f8f0d0c2bcf
	.quad 0x0000000001000001
	.quad 0x67adbbfd92bde32b
	.quad 0xfffffb7465498e67
	.quad 0xffffffffffffffd9
	.quad 0x00000000000001a6
	.quad 0xfffffffffffffe66
	.quad 0x0000000001000001
	.quad 0x0000000001000001
	.quad 0x4c29ff85712ac142
	.quad 0xf3d575e444620053
	.quad 0x000000000a782c07
	.quad 0x000001086b747733
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0xd7e7a9417f800000, 0x42bce81739c00000
	.quad 0xff8000003da439af, 0xfdb8bf964ce75103
	.quad 0xffff12b14523dd9a, 0xfffa2652cdde5b8e
	.quad 0xbfff21c550d9c5f5, 0x40bbe00000000000
	.quad 0xd19a8b67fffef7f3, 0x3ed8000000000000
	.quad 0x800beb3b928e65d0, 0x1e5a4b04bd42942d
	.quad 0x4007000000000000, 0x004000007c26f2b8
	.quad 0x808000008078663a, 0xffe0000000000000
	.quad 0xbf77c419dacaa660, 0xfa669d66059dcc00
	.quad 0xfff37c02e11fbcda, 0xd88da2effb956ff7
	.quad 0x40f40000bd159eb3, 0xe0736d4f7ebf5f9f
	.quad 0x7fc00000ff800000, 0x6207cf1974c25b8b
	.quad 0xfe800000d162e4a4, 0x4031829101c0a858
	.quad 0xc7168000ff800000, 0xfff0000000000000
	.quad 0x30ca77edffae8600, 0xbffffffe00000000
	.quad 0xbead77b6c1040000, 0x0000000000000000
	.quad 0xf6e143f3c6389a7d, 0xd862e9a625cefc00
	.quad 0x9cd3115d6e98d206, 0x10e107ec7fb4f9ff
	.quad 0x3c2a9052f0ccdb5a, 0x7f06652d919e83df
	.quad 0x22803484371d7c00, 0xd43544e3f03ff9fd
	.quad 0x6cc38264fff6c772, 0x3cd28000d2800000
	.quad 0x8ea998ffc9bbffaf, 0x0000000142300000
	.quad 0xc0cee00000000000, 0x817fffff3d83a916
	.quad 0x59bbeb585123f934, 0x5acca004ff6f4007
	.quad 0xc023800000000000, 0x304215d871fd7800
	.quad 0xbb0f4984677a825d, 0xc0000000ff800000
	.quad 0x3f7c8d220aed7ce1, 0x8009b75b00000000
	.quad 0x13d5c7247fa03d49, 0xfff8000000000000
	.quad 0xbd248f99fffbebb7, 0xff8cc385bb8cc0fa
	.quad 0xfff3c948145f80f9, 0xffd0000000000000
	.quad 0x673be792f2f10aa1, 0x81aa7363679876b6
	.quad 0xff3877198e8ae8d1, 0x80028418e4f468f0
seed4:
	.quad 0xfffffffffff5c6bd
	.quad 0x0000000000003972
	.quad 0x0000067a8c65a488
	.quad 0x30e06c6d39102889
	.quad 0x94907a57df401fb6
	.quad 0xffffffffffffff74
	.quad 0x6dcfb8d14d6c26fc
	.quad 0x000000007fffffff
	.quad 0x0b4d498f4efe6381
	.quad 0x00000000000003ae
	.quad 0xffffffffffffff60
	.quad 0x37440cc44141601e
	.quad 0xd920f81224021315
	.quad 0xff8ca864d1ddeb81
	.quad 0x0000003bda3455d4
	.quad 0xfffffffffffffe43
	.quad 0x03c00000
	.quad 0xc0000000
	.quad 0xecfefbb3321e7600, 0x52924cc0ca800000
	.quad 0x7ff0000000000000, 0x401e000000000000
	.quad 0xbb8ce968d363b3ba, 0x800bb5f75d8bf175
	.quad 0x7ff506e55ac4fe3f, 0x41aa49066c868000
	.quad 0x1bfe5baefed4b493, 0x78f24550f7f036c1
	.quad 0x4da60e4b9bffd9c6, 0x3013ecf5bcad58a0
	.quad 0x0000000082005dfc, 0xc020000080000000
	.quad 0x2314ff39971774d5, 0x10eab6fe7f800000
	.quad 0x80093e1fae72470c, 0xc413dad4e7677fe6
	.quad 0x3eb2c3a8c229c490, 0xfffbe05af222361d
	.quad 0x0835ead562830000, 0x97c2aa61763d453f
	.quad 0x000fffffffffffff, 0x81d8dca4402a0000
	.quad 0xb6480000c0800000, 0x9eafec3e9227d803
	.quad 0xbfb7dad5595381e2, 0x440915706fac185b
	.quad 0xdb3f37aa3a78f53f, 0xbba61af70b26f95f
	.quad 0x8000000000000000, 0xff3e1b3436e60000
	.quad 0x4b4bfcbb7f7f737e, 0x7ffa6c1c54d155e7
	.quad 0x456462b2ead7fe00, 0x8003f9d1421ae33e
	.quad 0xffffff9d29c5708c, 0x40b00000bcd7accb
	.quad 0x4088000000000000, 0x3fa56a65c18fe94a
	.quad 0x74814072de7899d4, 0x3fde66fb8d285ec5
	.quad 0x79525e76817fffff, 0xc993fb91fe19d7a2
	.quad 0xfff8000000000000, 0xb1b2ac9d914cd3b9
	.quad 0xffc95b98ffb6ab7d, 0x3f0a7359bffffdb8
	.quad 0xe459dc72aa184680, 0x8020000000000000
	.quad 0xdffffffe80000000, 0x3f826b7eff800000
	.quad 0xff80000047cd0446, 0x0000000055800001
	.quad 0x5c223fe2ffbe76f5, 0x560345997ff1fdf6
	.quad 0xbf9e6839902b4b37, 0x3f79434e3fcc76a3
	.quad 0x47000000914d77d4, 0x84032557ffa792df
	.quad 0x422d779577906674, 0x434ffffffffffffe
	.quad 0xbd6025b3c2fe0ed6, 0xc3f2b157f261e4bd
seed5:
	.quad 0x0000000001000001
	.quad 0x0000000003fd6301
	.quad 0x000000007fffffff
	.quad 0xd1349264689879df
	.quad 0xfffd66269206f4de
	.quad 0x000000000000025f
	.quad 0x4fab06c5188ef749
	.quad 0xb5e7214deec60ade
	.quad 0x0000000080000000
	.quad 0x8000000000000000
	.quad 0x6fd7cf3141616534
	.quad 0xfffffffffffffcb7
	.quad 0x8a6756b49ced1d67
	.quad 0x47290af77aaeec9b
	.quad 0x0020000000000001
	.quad 0x3501382beec2b208
	.quad 0x02800000
	.quad 0x70000000
	.quad 0xc1a7dc856ea9cc98, 0x4122000000000000
	.quad 0x7341f45254d8bf00, 0x5a2e458ef0a6f940
	.quad 0xf03484517af7ff6a, 0x1cd5e53b80000000
	.quad 0x3b733cde50dea7b9, 0xb4feef59ffb9c300
	.quad 0xc0b8800000000000, 0xcaf585ea0a907a1a
	.quad 0x20b9686a896122e2, 0x9389f92475f7c7e4
	.quad 0x4015000000000000, 0xfff036b2e763aecc
	.quad 0x228671b6f3db7c8f, 0x801fffffffffffff
	.quad 0x7ff55e92c465054a, 0x678e797b3fe21480
	.quad 0xc1d9e56dbc8ef9d5, 0x18eb9c9ebe540000
	.quad 0xe355b0f7426c6a7d, 0xf515d00bf34c43c9
	.quad 0xbfb4400000000000, 0x7fb3e580ff7fffff
	.quad 0xfff0b8e4aa96e6a3, 0x0000000000000000
	.quad 0xff800000402796d4, 0xffdf2bb14c800000
	.quad 0x44974671efa0fde0, 0xc77ffffebc603dfa
	.quad 0x5a5fa335ecd7162d, 0x42f5c43dc33f726b
	.quad 0x3fd85e8e5432312d, 0xfe800000ff800000
	.quad 0xfff8000000000000, 0x00053c35c2d5c1e1
	.quad 0x9973cc8cb00d176f, 0x51c91a9e6bd5a4da
	.quad 0x0e8ffb023fc9f2b3, 0x0208482d9794e2e7
	.quad 0x7ff473b498cc9120, 0x7fbd29205e4e3830
	.quad 0x25357985fef9855b, 0xcc762755d73b2ac7
	.quad 0xfe510e668ead24ca, 0x4010000000000000
	.quad 0x45e4a411f5d1fd34, 0xc017faa56f8b238d
	.quad 0x2c7e0a48e9ffffff, 0x8929a22770d4bd0f
	.quad 0x80000000c2e7623d, 0xadd5ca0144687c00
	.quad 0x77e7d6429aedd67c, 0x926fbac5fd800840
	.quad 0x03dce92dadffffff, 0x031250d40057d4ba
	.quad 0x1798c8c0d72ffebf, 0x7ffe06b95fffffff
	.quad 0xbe8a93ac692e4a2d, 0x800a2d2e4d9c2612
	.quad 0xd1db2a979a08fc00, 0xeeea40d5cfb1fae9
	.quad 0xdc778aceffea57b1, 0x0d07747498b37c6b
seed6:
	.quad 0x0000000001000001
	.quad 0x0000006999adb81d
	.quad 0x6ab8141bf1f6a9c0
	.quad 0xa05072ecb1a0e8de
	.quad 0x37cd231f2ce8cda4
	.quad 0x31b1dac52fc2fdeb
	.quad 0xffffffff80000000
	.quad 0x000000000552a14e
	.quad 0x0000000080000000
	.quad 0xfa5a46cd03e0e708
	.quad 0x1a8e0c17cdab82f7
	.quad 0x000000000000039b
	.quad 0x000000000fcd94ed
	.quad 0xfffffffffffffcef
	.quad 0x850d80ab485dac28
	.quad 0xc0eeea809a140605
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0xc01e000000000000, 0x4056ab4a885d31dd
	.quad 0xffc8ad3d3f800000, 0x41160000735c4130
	.quad 0xbf00000000005990, 0x434784cd0d08af11
	.quad 0x2484e075f7feb639, 0x40020279d07e7796
	.quad 0x2e62aeef6e774016, 0x41e0000000000000
	.quad 0xc212c983cf800001, 0xab8ac908c0fc95fd
	.quad 0xffdb97f94173b8fb, 0x7ff7da78ceaa6102
	.quad 0x7f7fffff2360cff8, 0xbee6dd31cf800000
	.quad 0xe9a7e462f2fa7e16, 0x90ed4aa0d875dbeb
	.quad 0x7d61cf0100000000, 0x408d2dc23c1a985e
	.quad 0xe1c3862cf6fffdbb, 0xda7fffff80800000
	.quad 0x7fdf53faff800000, 0x743f40e8c05a0eb5
	.quad 0x801500c6c3cbcfc4, 0xeda16764b5f97f23
	.quad 0xfe6a7a40d2aad838, 0x000000004f000001
	.quad 0x00132c219d00b385, 0xa34989deffc1911f
	.quad 0x03774513753fd907, 0x7fdf5fd468b0f810
	.quad 0x83e90be7e59c72d7, 0x63fbae0ff0d48000
	.quad 0xfff0000000000000, 0xfefa066abbbe0000
	.quad 0xa8589c70c1bc2cf2, 0xfb14fdab4feafbff
	.quad 0x7f3dfe06e9b7eecc, 0xf75de307bce8904e
	.quad 0x6cfffe49292a8000, 0x3f30000000000000
	.quad 0x7fd6fea638200000, 0xc0600000bf0a129f
	.quad 0x2b85d6d0f5bdffef, 0x2220c48e809d4680
	.quad 0x800000003e69a885, 0x7ff8000000000000
	.quad 0x7f800000808861ae, 0x7a564ea07fdfb6ec
	.quad 0x7ffcc6fde86435b6, 0x70446adbb7c971f5
	.quad 0x800000003f181d1a, 0xc00d497bbec9b536
	.quad 0x432d83c53b357800, 0x7f8000007f878547
	.quad 0xc016800000000000, 0x2e91540b69c20800
	.quad 0x00dc4162bbad6f11, 0x2d7540a4496bfc00
	.quad 0x20b78275ff8ffede, 0x432488b22037fe4a
	.quad 0x741efc6abeeffb77, 0x402dac3f1cf9e784
seed7:
	.quad 0x0020000000000001
	.quad 0x3f50216fb96a9f3e
	.quad 0xe9c3e7e9f3e5f92f
	.quad 0x0000000000000064
	.quad 0x723f9cd734f192e5
	.quad 0x00000000000003a8
	.quad 0xfffffffffffffe93
	.quad 0xffffe2753f45f3c5
	.quad 0xff8aafcd53881c22
	.quad 0x6845405dd3f78eae
	.quad 0x0000000000000000
	.quad 0xffffffffff4fcf05
	.quad 0x46c9817e20cb8666
	.quad 0x9a3a1184ba617a56
	.quad 0xffffffffffffff1f
	.quad 0x2ba8b5baaf20db18
	.quad 0x02400000
	.quad 0xf0000000
	.quad 0xfff0000000000000, 0xc008406cdba74569
	.quad 0x004000007fc00000, 0x7ee16160bc6ed92a
	.quad 0xc0049158c1d97f11, 0x7ff4cf5069adcbcf
	.quad 0x44a98000ffc00000, 0xff8000007f000000
	.quad 0x12428a63864e77ff, 0x7fc000008063d00e
	.quad 0xc29aa5ddd9ec5903, 0x196303be799c4570
	.quad 0x7fd4f3474343f2b2, 0x7fda327da6d844ed
	.quad 0xc79bf48cf53bfa66, 0x7f781421c0080000
	.quad 0x14317f54d3284600, 0xcdfacf8bc336afff
	.quad 0x9457612bfffffaff, 0x800000000058aba0
	.quad 0x738ff85c19339f88, 0xb33a9a23ab8f7c00
	.quad 0xc01d000000000000, 0x40673072bdfbfde3
	.quad 0x76162369fff7ff6d, 0x3f94e3924eec4ef5
	.quad 0x4c868798ec69e508, 0x81692ec9b3f2eb21
	.quad 0xfff0000000000000, 0x7fd0000000000000
	.quad 0x7ff8000000000000, 0x411c00000919b111
	.quad 0x392ed39798561d2a, 0x3f9c902a6b154184
	.quad 0x1dfaadaacbfd292d, 0x4096c00000000000
	.quad 0x70d980a1fff5c100, 0xc4f0195fb3ffffff
	.quad 0x05a1659effc00000, 0x00a35b99bbc31074
	.quad 0x3ce93bbafe800000, 0x7effffff3c698c40
	.quad 0x8029342703e25762, 0xc10c0000ff800000
	.quad 0x003458805f800000, 0xbfde000000000000
	.quad 0x37362763c5fb77ff, 0x3694e269afd7fee7
	.quad 0xb7a43ceadde47d34, 0x01665a1f7ff62a59
	.quad 0xbffffffe7fcb44d6, 0x7ff8000000000000
	.quad 0x2a49a8e6f86cfffd, 0x99e5627ff65e80e4
	.quad 0xba0afba3ffdb0000, 0x71319f192c07c4e2
	.quad 0x404da1c32cdc2566, 0x7ff0000000000000
	.quad 0x68f0b082ffedcd50, 0x7fe49b89f3e685bc
	.quad 0xe7d97c99efffffff, 0x8000000000000000
	.quad 0x3cac903c35d002be, 0xc004369c555e49d2
seed8:
	.quad 0x517c24fc92ae2aa5
	.quad 0xb12c3c41c376bb0b
	.quad 0x000004aab0dfe50c
	.quad 0xf9404f47e60aacaa
	.quad 0x0000000000000000
	.quad 0x55311589900225e7
	.quad 0x8a58f92c2d7b3257
	.quad 0xffffffffffffff99
	.quad 0x0000000000000371
	.quad 0x00000000ffffffff
	.quad 0x0000000000000fc0
	.quad 0x00000000000002c4
	.quad 0x00000000000003c0
	.quad 0x0f0681fee7f18d97
	.quad 0x32c8034568b4419a
	.quad 0xfffffffffffff09b
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0x802d65b06eaf5bd3, 0x4340000000000000
	.quad 0x3f77b8367f9149ca, 0x002fffffffffffff
	.quad 0xfff0000000000000, 0xd940d112fbddff6d
	.quad 0x685a689556f506b7, 0x84406b74131d722f
	.quad 0x5054eb4e6625fe00, 0xbcc611545c4ee3ad
	.quad 0x40840000f45fe14d, 0xa7c75b7941b0c223
	.quad 0x807fffffff800000, 0xfef1f0ae00000000
	.quad 0x8b4b3bb4ff947c00, 0x84f3cb6800000001
	.quad 0xb878000081479734, 0x9ec048037fd4b77d
	.quad 0xfff0b093888fc4ee, 0x4108000019e334c2
	.quad 0x76175ea8c43c0000, 0xcf00000100bcee9e
	.quad 0x60dbd97fb0bf2019, 0x403abf2a3f800000
	.quad 0x809450e3f7a73e30, 0x28000ab342608533
	.quad 0x586a6b17e27fd73f, 0x7ff0000000000000
	.quad 0x00557f2df3e009ec, 0x3e4f9518ff800000
	.quad 0x037687b6c20ec1fd, 0xb566b09560578ec8
	.quad 0x006217cdff62ec38, 0x82e51d2dffffd3eb
	.quad 0xd7676116d9acc654, 0x97d4d24e6e01fab2
	.quad 0x1a1f856c7fc67d17, 0xc0b3800000000000
	.quad 0xbcd06d47ff7fffff, 0x7fa0245080000000
	.quad 0x6d30cd0a7fa33015, 0xc00d779352ec4cb9
	.quad 0xbffe277cd1a8572b, 0xffc323013d3f79af
	.quad 0x8000000000000000, 0xff88c4911f003b92
	.quad 0xa4283e21505e3f00, 0x7fad57d6ffc00000
	.quad 0x7ca180bcffe29b11, 0xf5df3ae63b9d4c00
	.quad 0x3e8f0000ff800000, 0x1a8ae4118bdc5f7b
	.quad 0xbf20000000000000, 0x001c73883f800000
	.quad 0x4068a311c56087fa, 0xc0ffffffffffffff
	.quad 0x6e625f6fbbf80000, 0xffefffffffffffff
	.quad 0x42092da87fc00000, 0x80ffffff00ff394a
	.quad 0x7ff0000000000000, 0xda0aae198cc2fc00
	.quad 0x7ff646692a51b992, 0xfff39e60eb879fdf
seed9:
	.quad 0xcd1bddee6e6a02ee
	.quad 0x10bb6429112e527d
	.quad 0x966bb345987a842b
	.quad 0x00000000072c4802
	.quad 0xfffffffbb67bbbc3
	.quad 0xfffffffffb3b530d
	.quad 0x0000000000000149
	.quad 0xfffffffffffffc7d
	.quad 0x0bba88678c583a77
	.quad 0x0000000000000018
	.quad 0x0000000000000001
	.quad 0x89f64b05561cbd00
	.quad 0xffffffffff8ff350
	.quad 0xfffffffffffffc51
	.quad 0x82ce26adb18bf334
	.quad 0x0000000000000001
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x4000000000000000, 0x38ac6cad272c7c00
	.quad 0xedc2417f47654877, 0xca8503b8d5027c1d
	.quad 0x8006c06142b533c4, 0x0000000000000000
	.quad 0x701615a9cc28a8f8, 0x3d9ef8b53cc02f7d
	.quad 0x40d0000073395433, 0x87c0de2d7d23d87c
	.quad 0x60614d3141040000, 0x00e6f4baf9bf3fe5
	.quad 0xffc00000710e924b, 0x6f052b5880000000
	.quad 0xfde31eba55ee6ae6, 0x002e0a5597761d48
	.quad 0xfa868a7758c3232d, 0x7fe995b486040c87
	.quad 0x4006000000000000, 0x0150ef4ab4f61d4d
	.quad 0xfff0000000000000, 0x402efb36bb14374c
	.quad 0x0b386836bfdd8c98, 0x7ff78fd2446f0d0c
	.quad 0xfea6b97eb4617f1a, 0x41dcf486fa41f228
	.quad 0x2c001c1fff2f7ffe, 0xc4a5dd5f54297c00
	.quad 0x266c45eeb7e39981, 0xf759437a484c0000
	.quad 0xc24d8802fff6fc7b, 0x9707f640f30ec94d
	.quad 0x3e5e0000f16c943a, 0xc042ab4947000001
	.quad 0xfff8000000000000, 0x010000007f800000
	.quad 0x800aef2c2ef24c5b, 0xc1725d2fff95d004
	.quad 0x80ad897975ca01e6, 0xc0d00000bddbe3d9
	.quad 0x7c464e31fe800000, 0xcf1713c95f997d8b
	.quad 0xff9a4d52ff800000, 0x7ff997ae0f63d18c
	.quad 0xc05a4deb7031d901, 0xa9638e1b3feeb680
	.quad 0x014ae8d6c4b307cd, 0xd2fb3f7392c40000
	.quad 0x3b970b38e961d2aa, 0x8010000000000000
	.quad 0x15543b664acac839, 0x0ad0d181ddffdeb3
	.quad 0xd1c9a537c2600000, 0x000fffffffffffff
	.quad 0x9b358283fb145ebe, 0xeeea5190eecf7baf
	.quad 0xc0fc0000ff640ee1, 0x7ff0000000000000
	.quad 0xc3b68b9297b66ec9, 0x96db3281ef82461a
	.quad 0x0000000000000000, 0x7ff67d34fc264596
	.quad 0xff800000c372be37, 0x3fa5e36abb3e0e6d
seed10:
	.quad 0x0000000080000000
	.quad 0xfffffffff3c3b368
	.quad 0xffffffffffffff60
	.quad 0xd985dd1d0ed55b53
	.quad 0x000006aaca2d5754
	.quad 0x0000000000000107
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffecf
	.quad 0x000000059de89194
	.quad 0x0000000000000054
	.quad 0x000000000000000d
	.quad 0x00000000000e4e07
	.quad 0xadc26f709678d72d
	.quad 0x582dec3efb248428
	.quad 0x00000000000003bf
	.quad 0xffffffffffffff45
	.quad 0x03000000
	.quad 0xe0000000
	.quad 0xc1724755ff501579, 0x4b72d970ff7f7abd
	.quad 0x512500717fcafcfc, 0xc77fffff3e800000
	.quad 0x087b9c04cdac019d, 0x7fc0000072d792ee
	.quad 0x69c9a1dc8585fc6a, 0x817fffff8d9d69ad
	.quad 0x3fafc00000000000, 0xb85c0db755c412af
	.quad 0xc7ffffffff7fffff, 0x40a5800000000000
	.quad 0x6ca5a0cdf7ddfbde, 0xc01b800000000000
	.quad 0x02fa40d99b784706, 0x009bffe35f657e00
	.quad 0xfeaf41607f800000, 0x2072f372e8e50566
	.quad 0x250536caffb80101, 0x7fd0b7b9bd408000
	.quad 0x8398ef5a7419dea9, 0xc55400005f7fffff
	.quad 0x3fe762703d36d5b7, 0xff9cdce0c11c0000
	.quad 0x3f93aba275b1a356, 0xa64a9317efff0bee
	.quad 0x3e58695949a00000, 0xcf0000008031e8d8
	.quad 0x6d4e9b74f7fedfbc, 0xc0dc986e46f40000
	.quad 0xf44f1706c27ffffe, 0xd521fe3ebfde3fbd
	.quad 0xff800000ec811a13, 0x8061cfb7f836067a
	.quad 0x7ffcdca18053685f, 0x1bbd6f4ce30095cc
	.quad 0x76a570a7731aa4a0, 0x3e01822681ffffff
	.quad 0xee9606555fcdfe00, 0x7ff0000000000000
	.quad 0x00250491b81cf925, 0xfff8000000000000
	.quad 0xf64ee65bc8fd9617, 0x0b1a8e5dfff5ff9a
	.quad 0x7fc000007fd55fe6, 0xc0e0000000000000
	.quad 0x1905806c40e7dc96, 0x9ace5c0e0d5ac8b4
	.quad 0x0000000000000000, 0xaf4f982a90779f60
	.quad 0x777a2765a1efffb1, 0xebb538e29603bc7e
	.quad 0x7f800000d2a4884a, 0x1ba3a3202db08077
	.quad 0x2bba5623fdffdbda, 0x3a990000ffc00000
	.quad 0xf0b4996418093435, 0xafd9a6b47e8058cd
	.quad 0x79de775729ce0001, 0xc106000000000000
	.quad 0x80000000ff800000, 0x43cd0082bffffffe
	.quad 0x94a677a4ffd6fbd4, 0x00baf4e853f9e3ba
seed11:
	.quad 0x0000000001000001
	.quad 0x00000000000002a5
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffe42e2
	.quad 0xca4deb87a8703346
	.quad 0x98e38c51673f58ba
	.quad 0x0000000000000000
	.quad 0x0000000000061cdb
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd34
	.quad 0xfffffa3aebc44322
	.quad 0xfffffffffffffc2a
	.quad 0x0000000080000000
	.quad 0x00006a08dbe7bd18
	.quad 0x0000000433bb781b
	.quad 0x0000000001000001
	.quad 0x03c00000
	.quad 0xa0000000
	.quad 0x927eb22508c23001, 0xc38e104d0025283a
	.quad 0xc021f6036e097477, 0xa00e3f2dead8a200
	.quad 0xc0d5f0b7f45dbc7c, 0x100675585e22c4c0
	.quad 0x4013000000000000, 0x19ae3dcb8112fc10
	.quad 0xfff0000000000000, 0x192da54340dd3b94
	.quad 0x5d76a722e6a00000, 0xc00ef40a97d9d282
	.quad 0x80851f313ab77b7a, 0x41effffffffffffe
	.quad 0x429e8882feff7024, 0xef0bd29542a35e06
	.quad 0xbfb37bb79226f475, 0xb90a61fd418fe6bf
	.quad 0xeded5487f9bacd42, 0xc3e17b11791c6e85
	.quad 0x55f437874b77fdb8, 0xff80000000000000
	.quad 0xc57e1d016d6a0269, 0xfff0000000000000
	.quad 0x407488be4f386c92, 0xce70fef0f883f774
	.quad 0xe2e519bfffdfacbf, 0xc0c8000000000000
	.quad 0x44fca439f735ff5e, 0x46abdca9df89c977
	.quad 0x402224bf6ede7bf6, 0x5f47614046d89dcc
	.quad 0xbfd22b3641c67b6f, 0xff800000be600000
	.quad 0x00000000c2c675c1, 0xf345e32378fb3eec
	.quad 0x083814b8456f5858, 0xbd922386554a4497
	.quad 0xd5ce8aca492530ee, 0xf59e98463fc898c5
	.quad 0x01ca248780400000, 0x0019bed6411a0000
	.quad 0xba8c0000c24c351a, 0x438a7c2562391a09
	.quad 0x4023800000000000, 0x02c235bbd24d0735
	.quad 0x1e472a5d35effd5f, 0xc218317ee3baa06d
	.quad 0x3f7dc671bf86c33f, 0x8010000000000000
	.quad 0xff8000007ed798da, 0xcf7c8d727fe22e16
	.quad 0xe5a57db0ffd93e46, 0x1e8a9c59dd6f09df
	.quad 0x6b467e9b2494d170, 0xb9cf5e17c9315aa3
	.quad 0x60d9aa55d7defe96, 0xc1e2e59f7fbb968e
	.quad 0xc340000000000001, 0x7fdc1c743946ef6c
	.quad 0x0fcfaae785d1fe00, 0xba0ae049b0d2b877
	.quad 0x406a000000000000, 0xff89e6d436800000
seed12:
	.quad 0xfffff91be7abea92
	.quad 0x000000007fffffff
	.quad 0x54f87f17b323d886
	.quad 0xfffffffffffffd53
	.quad 0x0358e215b211e858
	.quad 0x0000000000037d11
	.quad 0x0000000000000000
	.quad 0x0000000000039429
	.quad 0xfffffffffffffe48
	.quad 0x80a10eb58196acc4
	.quad 0x0000000000018cd4
	.quad 0x602e4e78a9ab3923
	.quad 0xfffffffffffffe1b
	.quad 0x0d9df778efc88d4f
	.quad 0x318d55d7edf9ccfc
	.quad 0x0000000c97a36700
	.quad 0x03400000
	.quad 0xe0000000
	.quad 0x240c9be83bfdf8d3, 0x281efc520d7a94fb
	.quad 0x3fc8dbdf3f75f00d, 0x16b8aefb60bfeefa
	.quad 0x37b177475d312431, 0xbbb34020ffdeffe9
	.quad 0xc04ffb7a224a9c2c, 0xc37e4b89b6915d63
	.quad 0x1b2c075dbb57afa5, 0x074cff967b18d7b5
	.quad 0xbfbac994b3c95613, 0x8000000000000000
	.quad 0x8000000014e1e9eb, 0x75f2191852f00000
	.quad 0x60808bcc40e4d091, 0xda876de547800001
	.quad 0xec54cba5d2000000, 0x8ffd380697afc295
	.quad 0x0041bb9b89090252, 0xdf24a3b8bd2f0000
	.quad 0xad24908a4f9443a4, 0x65243917f44e0361
	.quad 0xbf98aaeec6f9fdf7, 0x69cd5b7f7d801323
	.quad 0x0b1bcf20cdc74580, 0x8000000000000000
	.quad 0xfffba9036bda7ad6, 0xfff0000000000000
	.quad 0xe093aa45a813ed52, 0xa399ca31ffa907ff
	.quad 0x5e134e28f45ab412, 0x64fc55ccffbee172
	.quad 0x433fffffffffffff, 0x05bd8f1bb2b40376
	.quad 0x8389df02ee67fd75, 0x00275516034b4c14
	.quad 0xdf51ad4fe7b6f7ff, 0x1402408100db76a9
	.quad 0x001fffffffffffff, 0x3fe7000000000000
	.quad 0x3868d8e6dbc8fc00, 0x40096178f78bbbde
	.quad 0x0063e1ac5ffffffe, 0xc010000000000000
	.quad 0x9cc3edb143342dbb, 0xf428a02fec377d4c
	.quad 0x8000000000000000, 0x00400000fe800000
	.quad 0x7ff0000000000000, 0xf1dc9ff3bde8555b
	.quad 0xa583dda1435002f4, 0x3e1ee8efffc00000
	.quad 0xfff98405d81da426, 0x42075341a79b65fb
	.quad 0x004000007eca43dc, 0xbfc8faec603f7d53
	.quad 0x48bef9ea4fffffff, 0x000000003cc10000
	.quad 0x69914eb40a04ee7a, 0x7ff8000000000000
	.quad 0x9553c4807eb9ffda, 0x017fffffa717d2a6
	.quad 0x976a2523c083bd4d, 0xff9c6cfb807fffff
seed13:
	.quad 0x0e7e854dda69757d
	.quad 0x000000baeb5d55af
	.quad 0xe7e6a4be57268531
	.quad 0xfffffffffffff66d
	.quad 0x0000000000000012
	.quad 0x00026f9ed4880b61
	.quad 0xecda1ad050154119
	.quad 0xfffffffffff4a952
	.quad 0x30ff5aaaf8558140
	.quad 0xfffffffffffff8fc
	.quad 0x9d830502495a4fff
	.quad 0x8c98572f6414e7ef
	.quad 0x13a28d5728348041
	.quad 0xffffff4ca4f9e1fd
	.quad 0xd1be0bed28fca1cb
	.quad 0xb7398a740e86e2ef
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x723f3d69c1feeacf, 0x8038c0d79a28e32b
	.quad 0xc1120000ff800000, 0x7d9d4fb76cf0fc00
	.quad 0x2e3ca9b40781ce97, 0x407ba999898e36d6
	.quad 0x60179207bfd76ae6, 0xc000e898940ffa96
	.quad 0x3f13800000000000, 0x7c9e98de11257400
	.quad 0xbfe5b0f6f2d5049f, 0xa58e585ae7d2c25b
	.quad 0xa685c8ec70880800, 0x73cc981f7f97a8ab
	.quad 0x4013000000000000, 0x2b37d2937f96a25a
	.quad 0x00ffffffffc00000, 0x54a91dc69bdedbc7
	.quad 0xf23914d93bcbffbe, 0x99efb0cd4aef3f51
	.quad 0x8000000000000000, 0x000fffffffffffff
	.quad 0x4ad4377b26f15776, 0x0e24c0c7d3d0de60
	.quad 0xdee2b338be5f7530, 0x7dbe2680a4192f2e
	.quad 0x7eae924cf39177c1, 0x86e06a00f5ad7e01
	.quad 0x1d5890adbec70000, 0xc03d3e5e67027bba
	.quad 0x30ea38dff3e14620, 0x021322580cbfb9b4
	.quad 0x62dc4461c15312f5, 0xb8314120c7a5fc71
	.quad 0x43ca56a091350e37, 0xe4ff2a8eee8e4600
	.quad 0x2c06f945dbbdbfbf, 0x3ff5c74295ecd342
	.quad 0x6c150fe19651137c, 0xffd0000000000000
	.quad 0x4330000000000000, 0xc060409357b2af9a
	.quad 0x75438448226b2066, 0x404fffffffffffff
	.quad 0x99df1fe849f883a5, 0x800000003bfdde7d
	.quad 0x4bf06c40c3713fa2, 0x002debea7fbdcdf3
	.quad 0xd4d5f45ad5a6385f, 0x4053ed60aaf4d418
	.quad 0xf364ece4340a8800, 0x4352f1b847fffffe
	.quad 0x7eaffcdc8b384174, 0xfca6a0c3fc3fcfff
	.quad 0xb5bddafc7b997c00, 0x37cb33cea81c8060
	.quad 0x4a915c77eed83d3f, 0x3c400000851b3d2a
	.quad 0xffb5c71f37000000, 0xfeeca94480000000
	.quad 0x58d5553e7e800000, 0x80000000ff9fb759
	.quad 0x5ddb21514817ca82, 0xbf6e985206a25220
seed14:
	.quad 0xb171de824b432a03
	.quad 0x0000000f863f307c
	.quad 0x0000000000000000
	.quad 0x2c5e7fb089952ad8
	.quad 0xffffffffffffffb2
	.quad 0x7faef3ab0c5fea67
	.quad 0x345962b9c017350e
	.quad 0x8e19da374fc0e569
	.quad 0x00000000000001e1
	.quad 0xfffffffffffffe3c
	.quad 0x98885a09f1e64b75
	.quad 0x0000000ddd33a9b7
	.quad 0xfffffffffffff4b8
	.quad 0x6535b478a577cc44
	.quad 0x55750cccec287acc
	.quad 0x0000000080000000
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x4070000000400000, 0xaae09e0ebb9a2132
	.quad 0xf135ad5ced131e10, 0x47fffffe5f7fffff
	.quad 0xfff0000000000000, 0x8008000000000000
	.quad 0xff85d4b986474bfa, 0x06a43820ab8e7c00
	.quad 0x74acbdf453be4973, 0x4072540edfe54d73
	.quad 0x3bb4fec13cc4792d, 0x3feb29cddee6aa27
	.quad 0x552c79e87fec3e6c, 0x000000007f54f042
	.quad 0xeacf878485fefc4a, 0x8a20edb9fe7397d4
	.quad 0x9311d4f7e7cf6ef6, 0xebdbb6877fb8e5fb
	.quad 0x7109baee41654ead, 0x65c492684424c740
	.quad 0xff4daa6d05119696, 0xff0000007fc1ecf7
	.quad 0xfff56bc3851f8fed, 0xbd9ba995745e5d1f
	.quad 0x7f80000000000000, 0x7fae9eeb6cede018
	.quad 0x249b4b75bd1eff6c, 0x7f1a7ed27beec22b
	.quad 0xc4f1edd053928563, 0x3f409cdd3feebb0e
	.quad 0x3e1890503a2abaaa, 0xfff8000000000000
	.quad 0x7ff4489742cbca39, 0x723617ff88ebf756
	.quad 0x0001938a789458eb, 0x911938b63fc00000
	.quad 0x40260d1a19bc7f00, 0x7f6f51f9d2684333
	.quad 0x7ff8000000000000, 0x81278eff80000000
	.quad 0x4313c483c0600000, 0x801b8c0acf7fffff
	.quad 0xaae84a4677f5d7fd, 0xfff0000000000000
	.quad 0x7f32ecf1de732ffe, 0x308034f15311c580
	.quad 0x0036aa95ff800000, 0x5bcb90a3a1bc0000
	.quad 0xfff8000000000000, 0x3fbb537a8a208b8e
	.quad 0x7ff0000000000000, 0x5b7de7cefefe869b
	.quad 0x80a505c4c1120000, 0x64ec34eeffffffff
	.quad 0xa385e79cdb60bc00, 0x8000000000800000
	.quad 0xe0802d21c58d8000, 0x0000000080400000
	.quad 0x3ca2b036ee05f87c, 0x7f800000817fffff
	.quad 0xf411f944bbfea509, 0x1d49cba280000000
	.quad 0xd6df26f3ffafefbf, 0x7ff36f6d4ecbefc2
seed15:
	.quad 0x000000000000027a
	.quad 0x0000000100000000
	.quad 0xc73af59fbb6b08a9
	.quad 0x7fffffffffffffff
	.quad 0x009d9b0ccf20198d
	.quad 0xfffffffffffffc7f
	.quad 0x8000000000000000
	.quad 0x0000000000852b59
	.quad 0x6eee351431f83dec
	.quad 0xd9a4c61becde1ab6
	.quad 0x9670ed6b1acc30e2
	.quad 0x0000001e660780ea
	.quad 0xbddad3ec7bc17d16
	.quad 0x0000000100000000
	.quad 0x8f9fb8d81e3223b8
	.quad 0xfffffffffffffe39
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x81675b6777b94313, 0x7ff533de20096539
	.quad 0x7f20c41a29562a4f, 0x00b990e35f000000
	.quad 0x7ff0000000000000, 0x9217d543df7dfbdb
	.quad 0x00000000c0c00000, 0x7fefffffffffffff
	.quad 0x3221559d4ed57a27, 0xb03f17c4b6a78000
	.quad 0x3fffffffffc00000, 0x435483c9b9962d1e
	.quad 0x0000000000000000, 0xe16bd791ff8f7439
	.quad 0xc0f6000000000000, 0xfd864399b3ffc08b
	.quad 0x4100000000000000, 0x3ff8000000000000
	.quad 0xc3eb3ebbba6dff26, 0x8000000000000000
	.quad 0x7265fe8240d00000, 0xb5a5d712e6f78000
	.quad 0x4aab2e98beff9faf, 0x7fc0000040901e69
	.quad 0xff9b6e75c0700000, 0x163b24d3d8777724
	.quad 0xffbf7305ffaa6092, 0x400a000000000000
	.quad 0x89eacfd6dafefdff, 0x7e5322cabf7feefe
	.quad 0xc77ffffe40400000, 0xac70789261448c8e
	.quad 0x0915903a7eccfc92, 0x8be9ae23f3677fff
	.quad 0x9ce679456ef9fbff, 0x40440ab25e8b806d
	.quad 0x8f79f1f8700c7800, 0x8019d9aefbe0f69c
	.quad 0xec85c598403b11a7, 0xc07f196f57ffa6cd
	.quad 0x3d35b6276d480908, 0xbf7400007fdcd065
	.quad 0xdfe5d820be496e40, 0x8020000000000000
	.quad 0x09009d167fbbfbaa, 0xc017000000000000
	.quad 0xded650f48d867e00, 0xbf8000007f800000
	.quad 0x800000006cd59cd9, 0x198fd3b88ce644d6
	.quad 0x800731244bb7775f, 0xc63826a8a893fc00
	.quad 0x7fe3887eb0c1a64c, 0x6662d4701cff03e9
	.quad 0x6dd76bbfff800000, 0xc022800000000000
	.quad 0x3ff4000000000000, 0xbf72800000000000
	.quad 0x051941dbffbffeb8, 0x1a75aff43f0b1e0b
	.quad 0x8045eccd800ac3ca, 0x7d7ae723e2c47532
	.quad 0x3dbf7f653feff9db, 0x7ff0000000000000
seed16:
	.quad 0xfffffefe3ab7901c
	.quad 0x00007f21b4caeba7
	.quad 0xffffffe979b06313
	.quad 0x873cc1832fa021ba
	.quad 0x7163716be21673bd
	.quad 0x00000000000036ce
	.quad 0x0000000000000323
	.quad 0x00000000ffffffff
	.quad 0xff64f31d6eac0575
	.quad 0x005280a654baa00c
	.quad 0x5048c5103760c2ca
	.quad 0x7fffffffffffffff
	.quad 0x000000000000ab93
	.quad 0xfffffffffffffcca
	.quad 0x4d716bce4fe33777
	.quad 0x6aa310b2cb7aae92
	.quad 0x02800000
	.quad 0x70000000
	.quad 0x8000000000000000, 0x3fa00000ff800000
	.quad 0x3eda537b80000000, 0x7ff0000000000000
	.quad 0x37b0000025841d1f, 0x3252d991c872c3fe
	.quad 0x617a782cff43da6f, 0x1e2904d97189fe00
	.quad 0x7fb972737f800000, 0x7fc33eea7e800000
	.quad 0xbfd1c00000000000, 0xfff8000000000000
	.quad 0x190f7fcb0068a68d, 0xf5ba5b0debaffeeb
	.quad 0xc8aa988dffbffe17, 0x3ff2000000000000
	.quad 0x2a765712ec017cbe, 0xff99558841f2799d
	.quad 0xffdf192d40d00000, 0x241d23bcffc96123
	.quad 0x7b859866ffffed7e, 0xfff0000000000000
	.quad 0xbf771439d587b7e4, 0x18e65ff4935e1ad7
	.quad 0x7ff1e5248ec37058, 0xc3acdb10187a3467
	.quad 0x00000000a774b4ca, 0xc04a2db62bb2430a
	.quad 0x7f8a6c8be2d8ba89, 0x76c04b898a3dcd22
	.quad 0xade78dde6c50f888, 0x65b750e9cce47dad
	.quad 0x51a0e34ada42d427, 0x800627334059bc80
	.quad 0xcf7ffffefaadbc33, 0x008d5f08b3d9286c
	.quad 0x000000007f491679, 0x374476b3122b7a6d
	.quad 0x9f5927cb7e9bfdfb, 0x0b7ff457ee844fb2
	.quad 0x8a21dd937d7c54c8, 0x42044bccc246960c
	.quad 0xbd4eb843ff800000, 0x8015f9d2bd46a48a
	.quad 0x0000000000000000, 0xf9985b925f08fc00
	.quad 0x8000000000000000, 0xffd0000000000000
	.quad 0x0d9306c43f5d548d, 0xc40d8f16e12b9959
	.quad 0xff800000c0e80000, 0x8000000000000000
	.quad 0x3c0bb522c165c373, 0x0000000000000000
	.quad 0xc04522bb92417322, 0x007fffff80000000
	.quad 0x013791a3b600d880, 0x6c9c568fffdd7a00
	.quad 0x643b6a947e1dff7e, 0x3fe109f07fb86ec8
	.quad 0x03c5c0278c714be0, 0xbd200000ff800000
	.quad 0xbbd141e4c0530914, 0x001fffffffffffff
seed17:
	.quad 0xea4a3b8e3480569b
	.quad 0x0860a140bd0b7261
	.quad 0xf101bd033b929200
	.quad 0x000000000000025e
	.quad 0xfffffffe51f24077
	.quad 0xfffffffffff88532
	.quad 0xc649fae4dc55dae1
	.quad 0xffffffffffffffbe
	.quad 0xf2d98d8a66efe0f6
	.quad 0x1705b34adaf1b830
	.quad 0x99dd542110f492d5
	.quad 0xd7d2e565b434c83d
	.quad 0x014c5fa3bd8d0f2d
	.quad 0x00000000ffffffff
	.quad 0x0000000000000337
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x819e8d25f52c02af, 0x16ca5524ebbffbbf
	.quad 0x3a400000c0fc0000, 0xcc630184ed7d7f87
	.quad 0x01ede51ff4c7e61a, 0x407eaec0212c9f12
	.quad 0xb5063f2297a67dd5, 0xc0ab5b287feacbcf
	.quad 0x1d5b37467f807e5f, 0x401f2e20b4eafa3e
	.quad 0xc0721dcb6747a1dc, 0x4b03bcab579df75d
	.quad 0x12bc3ffafd0b5d51, 0x8000000000000001
	.quad 0xbfe4000000000000, 0x792598fb8160d482
	.quad 0x7b81a6ab6a4c33fb, 0x000000006fb0d48c
	.quad 0x5a8608377bdd66a6, 0x4ee52e0bcfb6f772
	.quad 0x7f4399ad3271b79c, 0xec9f5d39f180236a
	.quad 0xc0399c85831c2c11, 0x21d1bb6effff8998
	.quad 0xfff481c0bf7fe09b, 0xea6562e872a4953d
	.quad 0xbf80000059fffffe, 0xff5e13af7fc631bd
	.quad 0xfff0000000000000, 0x57829c82ff957973
	.quad 0xfe2e7614efbaa9ef, 0x5ffffffe3d508191
	.quad 0xbfbcbed425f3c941, 0xc94f30657efb2f9d
	.quad 0x6d5fff6dfffddb6f, 0x02793a762f787c00
	.quad 0x8c5b0f3cc77ffffe, 0x4392ee8cfe8811d5
	.quad 0x9b27843ff977ffef, 0x19f4fc3ab095937c
	.quad 0xfe2a396cca2e1329, 0x82644981b7b0c1dd
	.quad 0x00000000bba71059, 0x95e4bb5f57f7d6be
	.quad 0xc00b590f5f7fffff, 0xfdb9add80ab493e7
	.quad 0x7fc0000080000000, 0x3fa8d4cc2c88d1df
	.quad 0x395a000063752401, 0xe9b05c52ffaf828f
	.quad 0x800fffffffffffff, 0xbf92df45894a7058
	.quad 0x232d8a92e9f78000, 0xc01f8d6ea9ec6dd0
	.quad 0x071540a3961799d4, 0x400c000000000000
	.quad 0xbff1d1ad4febf208, 0x40b000008946ea42
	.quad 0xf608aa209d1b7f77, 0xbc4a5cd0c0780000
	.quad 0x7ef3aec0cc3ef950, 0x3d6ef404ffb6e887
	.quad 0x40c00000ffc00000, 0x91d33580f1dda33e
seed18:
	.quad 0x2d437a659199daa0
	.quad 0x6ad5fe44c9c21c7e
	.quad 0x0000000000000181
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x551434c0efb2d7a4
	.quad 0xe59c6ca9de6a53d2
	.quad 0xfffffffe84c4f6f8
	.quad 0xfffffffffffffcda
	.quad 0xffffffffffffff38
	.quad 0x0000000c90800b21
	.quad 0xcebf5d16bf74bd0d
	.quad 0xea26dfa8f7e95e96
	.quad 0xfffffff95fcb8cd8
	.quad 0x000000000000009d
	.quad 0x000000007fffffff
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0xbcfd5007c3a07318, 0x634ab55830e603c5
	.quad 0x8000000000400000, 0x7b892b36c10e0000
	.quad 0x7cee10182ef68b3c, 0xa917f8757f800000
	.quad 0x9d9368537fa24f8b, 0x95ddc525fde9cfbf
	.quad 0x8251ff5efdf81348, 0x60379b8fa7bffdbf
	.quad 0x6896b853d8fef18d, 0x96fa551fffaffff7
	.quad 0x148a2a4e511da294, 0x40186a46dca7a3f3
	.quad 0x4115000000000000, 0x3f8436d673058c1e
	.quad 0xd7760c12e9c30400, 0x4308087587ecfe00
	.quad 0x350dadbe13a0acdd, 0xde33bd4a49d03c86
	.quad 0x3cc000003f74e68d, 0xbbac62a8be1ec26c
	.quad 0xbebe4854efcef940, 0x378f4e6781c360cb
	.quad 0x110ba16f23e18000, 0xffff046cdbb3c59a
	.quad 0xc33ffffffffffffe, 0x39251b1cffd344a0
	.quad 0x80122b8cc3580000, 0x49a5a226af6006d7
	.quad 0xa528992450fc4241, 0x401b9dc98bdc8a2e
	.quad 0x537c0df856de0f67, 0xe238be7cb1f31389
	.quad 0x8243664e5ffffffe, 0x7e800000fdd304f4
	.quad 0xffd0000000000000, 0x7e979923eece7b45
	.quad 0x7faf09183c12a042, 0xbfe5c786a9418592
	.quad 0x7ff0000000000000, 0x00202882734cd8ae
	.quad 0x5dfbb2582ef1618b, 0xfd94946112bf6014
	.quad 0x8c46bdf9bbd973bf, 0x478000007fc56295
	.quad 0x4bd64e1bb4c28191, 0xc33ffffffffffffe
	.quad 0x400df7cf9834030e, 0x96c8476df7f627be
	.quad 0x522ede056f00724d, 0xbef5900000000000
	.quad 0x7f44528e208c0ae3, 0x7df5d3be67c84fda
	.quad 0x3f7943984bdb9cb7, 0x3fccf3db15f3b264
	.quad 0x3015cdf7ca47e340, 0x433fffffffffffff
	.quad 0x3febbf8f89b0ac1b, 0xc05167c424abc958
	.quad 0xc024000000000000, 0x3fd9000000000000
	.quad 0xc3b8fc620b2f429f, 0x396430e1a6fc0000
seed19:
	.quad 0x00000000637c171e
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd6b
	.quad 0xfffffffffffffc71
	.quad 0x2d94cac662f76e55
	.quad 0x5a09936d3357078f
	.quad 0x0000000000000001
	.quad 0x8b303346a55ab520
	.quad 0xcb067af14607e1d7
	.quad 0x239511f9c8c05a0d
	.quad 0x4a80d074b69d8b06
	.quad 0xcbc18b2fb02742c4
	.quad 0xfff8beb7d1d79be1
	.quad 0xfffffffffffffc79
	.quad 0x60134e803f0f7e29
	.quad 0x00000000003fe807
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x90f7fb2531e8fff9, 0x88655bb23f000000
	.quad 0xc04c80afb916cf74, 0xc1100000ff800000
	.quad 0x4040a44fdc7bd76f, 0xc7fffffeff800000
	.quad 0xc022000000000000, 0x9ffe5078f311c6a0
	.quad 0x7f86076bbbb83337, 0x32d6460bcbe483e7
	.quad 0xa9f80fb30be6795f, 0xc3d9f7677fc00000
	.quad 0x32cba0d2fefff1fe, 0x807b37335d349906
	.quad 0x7124c45c03129868, 0x8d5acb7f162d214f
	.quad 0x7ff0000000000000, 0x945ee372fcbff819
	.quad 0xd9ffffff00000000, 0x7f8000007f1c1b6e
	.quad 0x3092b1afe91dfc00, 0x8368e898fc2bf4f6
	.quad 0x359c0000cf000000, 0xe09c7babff947014
	.quad 0x411e00003c9cb418, 0xfdda8fa9ffe67cfa
	.quad 0xfff2d138150c296a, 0x9a082190f6f6b954
	.quad 0x7ff8000000000000, 0x2dee38011b3c0000
	.quad 0x0000000000000000, 0xff80000008015faf
	.quad 0x470000003f800000, 0x9d1a5a602bf8844d
	.quad 0x3dc22ed977088e39, 0x7f84e050bf080000
	.quad 0x8000000080ffffff, 0x7d79e1fa583ac204
	.quad 0x7ff38ecdb79700b0, 0x3f7e552b5ccd9f8e
	.quad 0x08ec9c8fc4b093f7, 0x401f800000000000
	.quad 0xb5f05052314c4d7e, 0x3fbb0582ce9cac09
	.quad 0x3ddf215eb587fd96, 0x36000000007fffff
	.quad 0x6d6276315d140132, 0x03df01e39ad711dc
	.quad 0xff08f9157f905229, 0x888ef95cfeb6fc00
	.quad 0xecc611b1befaefe5, 0x3f073505bcffee69
	.quad 0xf0e979e6f2864e73, 0xf5449f36ffb53065
	.quad 0x3fb24c01780e2d20, 0x0065715c7f8faa2b
	.quad 0x7fdf26acff800000, 0x1b192414324b8400
	.quad 0x7fd0000000000000, 0xbfd0000000000000
	.quad 0x016ac8de40e642ed, 0x7ff0000000000000
	.quad 0x5c2c1541b7c772ff, 0xff8000003f32adda
seed20:
	.quad 0xffffffffff88147b
	.quad 0xfff4c182ed988953
	.quad 0xb1c387f6193ea3f4
	.quad 0x7bd8c9b1d140605d
	.quad 0x9ac82b83e2d487e1
	.quad 0xffffffffffffe2c2
	.quad 0x00000000000003be
	.quad 0xffffffffffffffff
	.quad 0xffffffd034cb8033
	.quad 0x00000000000003e7
	.quad 0x0000000004c44b10
	.quad 0xff86fda93e4d8ac0
	.quad 0xffffffffffff1f51
	.quad 0x000000000000021c
	.quad 0x4a0fd4760f7be155
	.quad 0x7e7131df64f488b4
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x410fffffffffffff, 0xff99b111875a6b50
	.quad 0x58bc9d4723f37d30, 0xbf04d5857fd082cf
	.quad 0xfffeecd4363a7966, 0x2bd8ac7af63bfbf2
	.quad 0xc10ef69a00000000, 0x677f914d3db5dcc9
	.quad 0x7fe87ebd7fea1960, 0xfff1e8be01c12898
	.quad 0xf5fdd921ffb9faff, 0x7ff0000000000000
	.quad 0x29f8413ef2b40000, 0x0035038c51fffffe
	.quad 0x6bf4c3affeef68b9, 0xcbd3ce16fb377b7f
	.quad 0x3fe40000c3eb528d, 0xf8dbbc3dda87c272
	.quad 0x40d7ff580300dfd3, 0xa485037f4af18000
	.quad 0x3ff387ec7b7524fe, 0x1d608cafbefd917f
	.quad 0x9753eaa803d1b36d, 0x6de0e3cbbf5c6cd8
	.quad 0xf2d1831d40840000, 0xfe30807d1405f6f9
	.quad 0x3fac0b7de936cf0e, 0x8381bae97615fc00
	.quad 0x0100000004af2de1, 0x800000003e800000
	.quad 0x440eb161eae20883, 0xfd048103951a8000
	.quad 0x562c21ceffeeff47, 0xee63955ac1200000
	.quad 0xfff2ce965bd0c3d8, 0xff800000c213e991
	.quad 0xd782b563ff800000, 0xf03f6c3379d78c70
	.quad 0x70efc934c658d7c3, 0xc022800000000000
	.quad 0x3cc1ac07feddb054, 0xc1f0a7ce7fc00000
	.quad 0x9c0608765e20f8c0, 0x7fc00000ff800000
	.quad 0x85919e6f632c3e00, 0x8013929cf9ac1bad
	.quad 0x862d1a2c00aa1c3c, 0xc6397dba3ddbbfff
	.quad 0x017fffffc17c3fc8, 0x9b021caf71e9d1e8
	.quad 0x4283c13530e63c01, 0xff454987384dc2ad
	.quad 0x01387384393a4f93, 0x887fd45571bac100
	.quad 0x3c300000be509537, 0x00000000bcee5a9d
	.quad 0x3f4000003c8b3a14, 0x6731a83963ef7dfd
	.quad 0xc1e0000000000001, 0xf5181f96fdd77ffb
	.quad 0x0515ab52fb93ed4e, 0x600f589beefe53fb
	.quad 0x80dda8b0d1120890, 0x7ff7043ead75603f
seed21:
	.quad 0x0000000080000000
	.quad 0x00000000000000c6
	.quad 0xfffffffffffffffd
	.quad 0x0000000000000218
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0xfffffff8cc870971
	.quad 0x0000000039db9753
	.quad 0xfffffff632ee5f6a
	.quad 0xf4f9a74100585b1d
	.quad 0xbf1dd311a1920d7e
	.quad 0x0000000080000000
	.quad 0x00000000008fde9d
	.quad 0x0000000080000000
	.quad 0x777c7d9e440c0992
	.quad 0x6bdbba6fb8ba910b
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0xae2f9e37d3f68000, 0x7fb597816f855d81
	.quad 0xff80000000000000, 0xd8ce61ee6fe224bc
	.quad 0xcf000000ff8e356b, 0x000000007fc00000
	.quad 0x8000000000000000, 0x15c02f29ffbbdf3d
	.quad 0x44ef3754fece4a0d, 0x01d0aa8860bb6572
	.quad 0x3e91e2a09b0dde68, 0x077145aae6017b97
	.quad 0xffe5a9b0f4b2f1c9, 0xfff605f230c8be0f
	.quad 0x7fa8285e1a37edd2, 0x7fed79a80a1c1efa
	.quad 0x80000000f627031e, 0x0000000000000000
	.quad 0xc0577b202a3df83f, 0xbfe018daaeae9cea
	.quad 0x3ed11f9140ead04d, 0x059717486d6d7983
	.quad 0x280d1137a5c6f95f, 0xc0e400007fa24f70
	.quad 0xea176991183f7620, 0x7040b4a74ad446c0
	.quad 0x67b43ad6e34bd14e, 0x37d5d7127ff30000
	.quad 0x00000000bc69fd5f, 0x3cf07a3946200000
	.quad 0x8151dd82b3f5ea32, 0x092256f180ffffff
	.quad 0xc680000000bcecf4, 0xfe3ac6d1436f9f60
	.quad 0x8178a669b9f90e1c, 0x7fc000007f800000
	.quad 0x3f9e91d6946c2825, 0xe79cdaf16df0bf56
	.quad 0x00553d8770f8d8da, 0xc014000000000000
	.quad 0xd6fc7cdaf3bd2585, 0x2b787f3eff7efefa
	.quad 0x8e881ff46f50d5a4, 0x3fc3c00000000000
	.quad 0x7f800000bc13c516, 0x7e9e69316d36e40b
	.quad 0x802d7555ffb93837, 0x83f2cb0580000000
	.quad 0x41100000ff800000, 0x47b70000cf800000
	.quad 0x015c88b00d0564d4, 0xccd950f9882c7c6e
	.quad 0xeae8a766f99f99b7, 0x40e0000000000001
	.quad 0x471bfa799eeb1e1d, 0xdc7042bd94ba7d6c
	.quad 0x6f38f3ad7f800000, 0xdffffffef01a8be0
	.quad 0x3fe0000080000000, 0x8005e67d19f8bc95
	.quad 0x80000000c90a60a5, 0x410a0000c0eca75f
	.quad 0xfff494d5e0985d4f, 0xd91951667ff6c786
seed22:
	.quad 0x000000011e8ff8a6
	.quad 0xae819f226c83758c
	.quad 0x1e4ee626186fc10c
	.quad 0x4d2bd1ec300e398d
	.quad 0x000000000002558b
	.quad 0x0000000000000010
	.quad 0xfffffffffffffcf8
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0xa80ffcfc0442fbbc
	.quad 0xfe3bfe56535601e0
	.quad 0xfffffffffffff7e2
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x0000000000000082
	.quad 0x000000007fffffff
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0x05f3c56591c2fd05, 0xbfe78f40d7b597c7
	.quad 0x00359c7d33f5f0ed, 0x0fe6dc3380000000
	.quad 0xffd891f135fdceeb, 0x18f5fb9af3607215
	.quad 0x80000001d0ac53a1, 0x3c9e0000f8275241
	.quad 0x8da42a8aefaeba2f, 0x0072da71b9c60000
	.quad 0xe1cd5e6dffa80371, 0x80fffffff4a15840
	.quad 0xee49f14bff800000, 0x3408ff4ea868fc00
	.quad 0x59f2cb1ab1a28200, 0x0e4f3d3b5767bddf
	.quad 0x09de7e39e396002d, 0xd279179537241fab
	.quad 0x434fffffffffffff, 0x0001ff9bc4952f2d
	.quad 0x3fe249f37fec2074, 0x7ff8000000000000
	.quad 0x7ff8000000000000, 0x714d2fdcff823c1c
	.quad 0xf8ac877eb9507c00, 0x90581845986548a0
	.quad 0x403acc40d0935329, 0x7f000000420e86ec
	.quad 0xff800000ff800000, 0x7cde5e323fe00000
	.quad 0xc610dde939a85e3a, 0x403213781d252f7b
	.quad 0xc0747eaec4208c5d, 0x083006a4d0ce3a6d
	.quad 0xc040f8462c141197, 0xc1f0000000000000
	.quad 0xfecf06ea65b67d50, 0x8189252fb6b86faa
	.quad 0x3f8219c7234dce68, 0x0000000000000000
	.quad 0x8183530bffdf47c0, 0x1c6bd51851ba7a99
	.quad 0x7fe0000000000000, 0xfff8000000000000
	.quad 0xb4d28b7d9da3819f, 0x027ff995a2592dee
	.quad 0x3f9177cea736c9eb, 0xec9c02e59173fef9
	.quad 0x3c2caa50021a8ffa, 0xbf38000000000000
	.quad 0xfe499e677458fca3, 0x7f800000007f72a1
	.quad 0x7e8000007fde6c2d, 0x00000000bd7ce0cb
	.quad 0xffddca199c583e4f, 0x213fa258522d797b
	.quad 0x80f09b23fffdfbd5, 0x7702906fbaafdc76
	.quad 0x403556c63c3ac920, 0x8bf4ec19297a2464
	.quad 0x2c0bf88c5f6c53df, 0x3d01fe10cf8b6313
	.quad 0x001654869b5cea95, 0x7f7fffff46600000
seed23:
	.quad 0x0000000000000001
	.quad 0x0000000000000002
	.quad 0xffffffffffa99c11
	.quad 0xbaba4ff68d23a38d
	.quad 0xffffffffffffffce
	.quad 0xd483be4ba165efa9
	.quad 0xfffffffffffffd6e
	.quad 0xf732494d1af37eb7
	.quad 0xfffffffffc1eb904
	.quad 0xe3d79b763d06ee92
	.quad 0x0000000000009400
	.quad 0xffffffffffe46508
	.quad 0x2a7f24cf9dbb01db
	.quad 0xfffffffffffffe4d
	.quad 0xff849dae238dd99b
	.quad 0x00000000d9933845
	.quad 0x04000000
	.quad 0xf0000000
	.quad 0x9960b5b67fddde6c, 0x8b34422a47588800
	.quad 0xffeb8c8933f3b09f, 0xecbeade0410bc9bf
	.quad 0x5c2e37ef9a6ac28b, 0x0011b4304272d22c
	.quad 0x5af22ce2a366fdc0, 0x8020000000000000
	.quad 0xebe89727c19d702e, 0x1badd9e5f9dfffff
	.quad 0xc1160000bddfd9c0, 0xb8960000ffc00000
	.quad 0x7ffa6ce628bf3d57, 0x8dc641ceee48941d
	.quad 0x3e91180aefd43497, 0x7f800000cfd7007e
	.quad 0x3c94c12e3ae8ff83, 0x7fd0000000000000
	.quad 0xff4229658054e907, 0x224bce97ffa7c480
	.quad 0xff800000c11a2d2c, 0x5a7e219880400000
	.quad 0x22192ff3db4ed78b, 0x8010000000000000
	.quad 0xff9692a680000000, 0x7cf866a5e3fbdb9d
	.quad 0xffc000007ac16f9d, 0xffdd8cfea74a77f2
	.quad 0x3fffffffffffffff, 0xcd624bde7fb8fc51
	.quad 0x805402e9c2af9e63, 0x3fa000007f800000
	.quad 0xdf8e76a95ef1fff9, 0xbc87654580000000
	.quad 0xc100000000000000, 0x7ff0000000000000
	.quad 0x000fffffffffffff, 0x82ea9cd573f94cb7
	.quad 0xff800000188a393c, 0x379144f8ffb0fc00
	.quad 0x6c28470bfbf7bdf7, 0xffd0000000000000
	.quad 0x40b0000000000000, 0x4a581bac041fa518
	.quad 0x13d5f159ffd6fc00, 0x4021c00000000000
	.quad 0x80400000ff8915cd, 0xc1fdaa7af37e3efe
	.quad 0x05420f447fcaf800, 0xce104a9ec73ffd7f
	.quad 0x39480000807584da, 0x80000000ff90defb
	.quad 0x3c2f7a59796f7ffd, 0xc00f5a7cd95011b2
	.quad 0xa6778361c2020a5b, 0x7ff12e096a74709e
	.quad 0xce2c89f2ffbbffff, 0xf0c84e1aa715aab8
	.quad 0x800fffffffffffff, 0x007fffff80b19927
	.quad 0xfff28d92e32d96e3, 0xbd6398d179b8655c
	.quad 0xd0b6f687dbd048b0, 0x89c0c4c0dbff9f07
seed24:
	.quad 0xfdc6b7f2472a1e45
	.quad 0x0000000080000000
	.quad 0xfffc4c93f587c265
	.quad 0xfffffffffffffff9
	.quad 0x0000000000000099
	.quad 0xfffffffff79f10ca
	.quad 0x000000000000001f
	.quad 0x0000000000000003
	.quad 0x000000007fffffff
	.quad 0xffffffba47d2211c
	.quad 0xfffffff0c6f81021
	.quad 0x5c6277f54d97d8eb
	.quad 0xfffb6a9c162095e3
	.quad 0x0020000000000001
	.quad 0xd8498792cc896dc9
	.quad 0xff02715fa8af57b1
	.quad 0x02c00000
	.quad 0xe0000000
	.quad 0x0000000000000000, 0x90ad56f19ce255f3
	.quad 0x6ee42980115e0560, 0x7f800000e52514dc
	.quad 0x192dc1205fef2fbf, 0xd1b09db5d68efc00
	.quad 0xee7e146e5b767e00, 0xc01d000000000000
	.quad 0x45fe000000400000, 0xcf62ff0cffd7ae94
	.quad 0xffde6cc5a5604a2a, 0x6dc2af2412b787ff
	.quad 0x41effffffffffffe, 0x003b8b220c92d23e
	.quad 0x00800000ff800000, 0x7eb0577b807fffff
	.quad 0x83585c1597ac9d39, 0x7f0000005ffffffe
	.quad 0x4018000000000000, 0x41ed13f800000001
	.quad 0xbd811b9f96017c00, 0x128de856fdecfd4e
	.quad 0xcb000001006f7a4f, 0x9e92dad54010f518
	.quad 0x7ff0000000000000, 0x80ffffffffc00000
	.quad 0xffc000007f9dc7bd, 0xff8149487fc00000
	.quad 0xb900000044560000, 0x3f98000000000000
	.quad 0xbf77044116717c34, 0xc01b000000000000
	.quad 0x40130f6bc0f80000, 0x808000007f800000
	.quad 0xc6000000411c0000, 0x408000007f800000
	.quad 0x7fbd02bc1c3ad407, 0x00400000ff9afa1d
	.quad 0x34896c1f128354fe, 0xd4d568ee89db062f
	.quad 0x81bb3e15f78daf8f, 0x014c15aac268cadc
	.quad 0x7fefffffffffffff, 0xc6cdd3ab9f7bf541
	.quad 0xc270f6d8204f8000, 0xf33e27073dd897b2
	.quad 0x233760640557cf51, 0xc0f0000000000000
	.quad 0x3f14000000000000, 0x407ffffec0d40000
	.quad 0x202a6bbdbbfbfe9c, 0x404ff112d70b5a22
	.quad 0x3f8d1e9f7fa2cf4c, 0xc0d40000ff800000
	.quad 0xb8c45937ff77f7cf, 0xffefffffffffffff
	.quad 0x3f2565b9baa00000, 0xc019000000000000
	.quad 0xa0572666c798da30, 0xbbbfd4e27e6dfddb
	.quad 0xa5560a99c0d80000, 0x002fffffffffffff
	.quad 0xdf07e86fbcf7ffe9, 0x6a12cd4f7fcf2115
seed25:
	.quad 0xfffffcc239c5eeec
	.quad 0xffffdd23c1c6c817
	.quad 0x03c65170b06f7c81
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x43beaffa23d1a114
	.quad 0x8d8089a0db70034c
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc32
	.quad 0xb62ce1ff80fdabc5
	.quad 0xd980b75fd01743b9
	.quad 0x00016bf7e097d4b9
	.quad 0x9e92e21dc94b6c20
	.quad 0xba8dc3c9a31ecdd6
	.quad 0xfffffe1961c269be
	.quad 0x75021d656aa5b6b1
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x7f800000888d7fea, 0x2791571a684381ba
	.quad 0xc007f2531a402c99, 0xeaa80b657d600200
	.quad 0xb1bfdbb97fe17cd0, 0xd51e3483a798c540
	.quad 0x8b7b4f0caedc8000, 0x3c2c8568c20f3e3d
	.quad 0xff8000007e800000, 0x9c830fedd5fefccd
	.quad 0x402600007e354fa4, 0x401f000000000000
	.quad 0xe8ca132f7ff4d12c, 0x62e29d9f28a88bbf
	.quad 0xb995d61f7ffafc25, 0x1193b63dc3684080
	.quad 0xeb546193c268cb40, 0xff0000007fa4d46b
	.quad 0x425edd2abd61cee1, 0x472800003d7dbf43
	.quad 0x80ec1cd7de57dd7e, 0x348e5d78f7fe7d3e
	.quad 0x117a679dbbeb6772, 0x936af0d29ebfcf77
	.quad 0x3f7274ec62d78c51, 0x8813cf8400527c59
	.quad 0x7f80000040c80000, 0x3f8a672b56e0a67f
	.quad 0x5b8ceb0453867bb1, 0x7fefffffffffffff
	.quad 0x814fb0063b5c2550, 0xc77ffffe4781247a
	.quad 0x4098800000000000, 0x7f8000007fb39447
	.quad 0xbaa616054ec60000, 0x811dcbac7f9939d6
	.quad 0x40c0000040700000, 0x000fffffffffffff
	.quad 0xbfa0000000000000, 0xfe92024deabaaaec
	.quad 0x7f800000f7298e71, 0x752e96ee3bec6540
	.quad 0x0000000000000000, 0x3f7bbe8aab611047
	.quad 0x156f3aee00000000, 0xf901afe8ffbdbb97
	.quad 0x82b7f20ad561c446, 0xb9fe40a6e6005b0d
	.quad 0x8010000000000000, 0x7b97611ec2ff3feb
	.quad 0x7ff66e7f44e694a4, 0x41b0146289e77800
	.quad 0x20927cb7f38dff79, 0x9453b1b19192769f
	.quad 0x82e13fe6469e61fd, 0x00000000f7b2484a
	.quad 0xd3ac7e1a53fb7ff4, 0x40ce54e3bcc00000
	.quad 0xdba660649eca6dc0, 0x8008000000000000
	.quad 0x7f82f7edffcfa026, 0x3fd21e70b679d500
	.quad 0xd1615e8d458afe00, 0x1debcb6473f5a9a6
seed26:
	.quad 0xfffffffffffffc75
	.quad 0x00000000000002b4
	.quad 0x00000000005a6e9a
	.quad 0x0006a4bb6d6cf0c8
	.quad 0xfffffffffa6808a3
	.quad 0x62c1891ba4bbdb4b
	.quad 0x63e14b08f559cd25
	.quad 0x000000000001bead
	.quad 0xad5c0b4d98a40f5e
	.quad 0x8d0aeea6ad2f55dc
	.quad 0x000000000000037a
	.quad 0xef36b875eea06ee2
	.quad 0xd9a887a37c35a0c9
	.quad 0xfffffff74d405669
	.quad 0x000000007fffffff
	.quad 0xbb7bde8a25922dac
	.quad 0x03400000
	.quad 0x60000000
	.quad 0x546d8d2cd55437a4, 0x12fc4747eb4db1fc
	.quad 0xdcfffffebbf40000, 0xa068442f5801fa00
	.quad 0xdb4dd2919c837c00, 0x74db6b5ccc3ae73f
	.quad 0xbb93a1559b57545e, 0x036c571dc49e37e5
	.quad 0x8000000000000000, 0x7fa5c4e59802081d
	.quad 0xa86090213c87b82d, 0x8ae9b3a3256682cd
	.quad 0x7d531303d411bdb6, 0xc250f553000a2876
	.quad 0x0057167b3d957e11, 0x7f782d8a5bb664d7
	.quad 0x3b9ada963da4034f, 0x7fe07df410b38e38
	.quad 0xfff8000000000000, 0x568bfc02ffe57e26
	.quad 0x500a5699bf21fa9a, 0x4023400000000000
	.quad 0xc77ffffe801715ec, 0x505190475de6a20c
	.quad 0x865831f9cabebff5, 0x7ba8579b7bcb0005
	.quad 0x3fc46f2b43b0c7da, 0x406ac34525160077
	.quad 0x3eb10492ffff7edc, 0x4002000000000000
	.quad 0x7fa1e6ec922a2b30, 0xbf80000180000000
	.quad 0x83d299ecff800000, 0xc5d1c7127ffdfd3f
	.quad 0x65dbd94c7fafd025, 0x7fad252dda66922a
	.quad 0xff800000801ba1f8, 0x41040000855b0324
	.quad 0xbd1000001257f1b7, 0x907af61e93ddca9a
	.quad 0xff800000c278054f, 0x3faf17f09505daaa
	.quad 0xc03be33ec957c6bc, 0xc3327f7f9021ed23
	.quad 0x410f400000000000, 0x3b800000416e2c79
	.quad 0xda5be791c8c07b47, 0xc90c44e4964357b5
	.quad 0x0000000000000000, 0x116969f4aff67f7f
	.quad 0x22dcef787f8a1a35, 0xff800000c77ffffe
	.quad 0x75dfa46af79efffe, 0x857b33b500000000
	.quad 0xa4af0374cbfbfdff, 0x31c4bccfe7e58000
	.quad 0x7f8000007f8a61e6, 0x40043add4e3152b2
	.quad 0x14c45f7548768000, 0x4094000040000000
	.quad 0x0000000000000000, 0x4023800000000000
	.quad 0x4015800000000000, 0x60d4feefe1daa118
seed27:
	.quad 0xffffffffffffff39
	.quad 0x000000007fffffff
	.quad 0x2bd17dd979cbd969
	.quad 0x6cee4ad6c72109a1
	.quad 0x7a457a982f46acd0
	.quad 0x00000000ffffffff
	.quad 0x0486b8eefbf39640
	.quad 0xffffffffffd4edd1
	.quad 0x0000000000000000
	.quad 0xf1f8412c2f9e0c37
	.quad 0xfffffffffffaca0a
	.quad 0xfffffffffffffef8
	.quad 0x000000000000036a
	.quad 0x0000000000000000
	.quad 0x0000000000106e8c
	.quad 0xfffffabd00e7f52b
	.quad 0x01000000
	.quad 0x60000000
	.quad 0xfa64d18efb2d8128, 0x8f77caeb314cc2b2
	.quad 0x801fffffffffffff, 0xff800000ff90f7c2
	.quad 0x006d137c831f140a, 0x400fffffffffffff
	.quad 0xf40f626e1cf5f819, 0x5c83e67d7585df24
	.quad 0x3fbb4b7eb821197b, 0x17683025ffffffff
	.quad 0x4022000000000000, 0xc06715b4903f1029
	.quad 0x0d109d9f0f464a9f, 0x2cdb9ee1677f5cf3
	.quad 0x4028300000000000, 0x7f8000003fae529e
	.quad 0xcba8677fd7f7ef6f, 0xbfb09df3bf20ee32
	.quad 0xb9afd1f7d8d9ff5e, 0x890f17720195fc00
	.quad 0x8bdb3e0ed77f4a35, 0x7f30bebddd2243c6
	.quad 0xc4b418abf2faffd6, 0x9e209b1bbcebc02f
	.quad 0xe02cba83737bfea3, 0xc01c000000000000
	.quad 0x8000000000000000, 0xfeffffff240efa00
	.quad 0xbf000000402a4dc0, 0xffc00000ffc21431
	.quad 0x007fffff00486234, 0xaa9eaee6efa5d4c0
	.quad 0xecea88d580584cf0, 0xff8000000077ab07
	.quad 0x7fefffffffffffff, 0x8000000000000000
	.quad 0xcf9a36abff900bff, 0xff84b5dc00000001
	.quad 0x7ff0000000000000, 0x1ea4022acaedfc00
	.quad 0x864ac7e1e77eee78, 0xffc00000be800000
	.quad 0x003293526d406561, 0xffaea8dd1fb3579e
	.quad 0xc1d2b0010e38d846, 0xf164c0f258474713
	.quad 0xfe7d9e30bd28686d, 0xd45fb957c5b4b824
	.quad 0xbfe7c475e418599b, 0x938b1eaa7f9ff7b7
	.quad 0x48bd9be97fe7aed5, 0x3d8a52ccbe5cbd19
	.quad 0x00e33acdcbce680a, 0x4694c9cecec57ffe
	.quad 0xea078db62dff7cfa, 0x3fbd794ea309f77a
	.quad 0x800000003dd46adf, 0xbc4ecc1936920000
	.quad 0xc0eba27b4f5f4934, 0x038d4ee17d197fee
	.quad 0xad4b1c3098eefd3f, 0x0ae8774259729f11
	.quad 0x2ba390eb5bccdf79, 0xa17213853fefce7c
seed28:
	.quad 0x42a3123ecf01d076
	.quad 0x435db49b60743cbc
	.quad 0x6edda3e4dfc8fd2b
	.quad 0x0000d9a852f2f4a0
	.quad 0xffc4d611a8716617
	.quad 0x00000000000002e9
	.quad 0x6a6956987296eb9f
	.quad 0xfffffffffffffff3
	.quad 0x0000000080000000
	.quad 0x1565f9fc740970a1
	.quad 0x00037933c7dc4a3f
	.quad 0x000000000000032a
	.quad 0xffffffffffffffd3
	.quad 0xffffa137d8bbb78d
	.quad 0x00000000036561e2
	.quad 0x0000000000047452
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0x2c942ee1a0bbfc00, 0x47e64a6cc99ffe50
	.quad 0x12723902f0343f80, 0x000000007fc00000
	.quad 0xc19dfb5a1b67286c, 0xff0a01e37f3feead
	.quad 0xa953602aa54ffc00, 0x803f4b47005820be
	.quad 0x7ff307de4032cd12, 0x4006000000000000
	.quad 0x78cde296bb75adff, 0x0000000000000000
	.quad 0x24454c6f56bc6e29, 0x8000000072712c92
	.quad 0xc5a3afc9cd331700, 0x406388c594135c4b
	.quad 0x7ff8000000000000, 0x73e34a7a2d743e07
	.quad 0x219e2cf6822a3380, 0x400a000000000000
	.quad 0x4041df97d1370fab, 0x6e0bf6a8ffd67cb1
	.quad 0x7fc0000000000000, 0x3ffcfe99e465a046
	.quad 0xdd2ab68f40200000, 0x6829d7e44d9b2d4a
	.quad 0x8fafa2f437fb7d5a, 0xa979739cf7dbee5d
	.quad 0xbc8d860f7f800000, 0x8067ad81feffffff
	.quad 0x78782485ffd0ec3b, 0x0085d11980000000
	.quad 0x40a000005d76fa6b, 0x7ff6970ec117b0f5
	.quad 0x800000007b15a078, 0x5a7fffff806687c7
	.quad 0xbd5b2a9900500ea9, 0x76966e12ad837c86
	.quad 0x6270b7d62d07e1ec, 0xbfde2421c0bcb64e
	.quad 0x58c0e08101000000, 0x64052c8ba29aa2f4
	.quad 0xf07ace983ec95952, 0x41effffffffffffe
	.quad 0xbe9bb44e47000000, 0x4166025c7fb16158
	.quad 0xe724477136527988, 0xfe6f207dbe94f369
	.quad 0x80010e7a5d08cd84, 0x6b721026c0115bdc
	.quad 0x63795578b0443e00, 0xfcdfec392e678000
	.quad 0x3770000040000000, 0x94a344081ba9b4e8
	.quad 0x405cf8429e8345d9, 0x7fc0000000000001
	.quad 0x7fe0242947280000, 0x6f563b7cb26dffff
	.quad 0x4d661ceebfe08347, 0x00000000c29d60cf
	.quad 0x0fb56b7f14532540, 0xbf7932c5e12612fa
	.quad 0x82da70d2f0a97470, 0x3bf69276e2fcfe85
seed29:
	.quad 0xffffffffecf21c06
	.quad 0xfffffffffffffd89
	.quad 0x0000000000000318
	.quad 0x0f8ae4f854439f65
	.quad 0x0000000000000072
	.quad 0x0000000cd2c1e84a
	.quad 0xc8760cf671aa4cd3
	.quad 0x0000000001000001
	.quad 0x00000ed526e054ee
	.quad 0xfffca7dca578af34
	.quad 0x8000000000000000
	.quad 0x8a69bb69d5239c9d
	.quad 0x0000000002ba59cb
	.quad 0xce3487478343ff62
	.quad 0xfffffffffffff69c
	.quad 0x0000000000000001
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x38768421b51b82b3, 0x903dd9b3ffc00000
	.quad 0x0041c7557f800000, 0xff80000000000000
	.quad 0x807fffff80ffffff, 0x4022000000000000
	.quad 0x0097a5d3a36faa10, 0xff5019e1c44612ae
	.quad 0x3cb639d39d65e6a6, 0xfffa6601da5f1fce
	.quad 0x0b5bd943afcdff95, 0x2a0b236a7fec0000
	.quad 0x3fa3c6c507674471, 0x7887659d1df56027
	.quad 0xffaeed82c3842483, 0x431dab8aff800000
	.quad 0x04ce721ccea0b934, 0xc9c868ec7fc79fff
	.quad 0x8799a3dafa457e00, 0xffe79cd47fc00000
	.quad 0x0d74ed9349400000, 0xff4601bc31fdef9e
	.quad 0xf373a4056499b8a1, 0xff8ca8d7403fd76e
	.quad 0xc110000080400000, 0x6b20115fefce9081
	.quad 0x7fdfffffffffffff, 0x406f8243f5c12000
	.quad 0x88db0a76a818fc2a, 0xdf6febe27fddccf7
	.quad 0x8a3022e880000000, 0x057d92ffebc1b738
	.quad 0x80799993ffb6f963, 0x800000009bcfdf5c
	.quad 0x813248ce80000000, 0xfff6e0137d06a7e7
	.quad 0x4021c00000000000, 0x7fe8a073ee41c048
	.quad 0xfff0000000000000, 0xffe0000000000000
	.quad 0xfffedb5004573dc4, 0x3ebc000000000000
	.quad 0xdd9cadceff800000, 0x800fffffffffffff
	.quad 0x73153ec50aee7e0a, 0xffefffffffffffff
	.quad 0xf6a2d78cfef154ec, 0xfe2e3b4d5499045e
	.quad 0x0075015d1f01e81c, 0x982865517f582604
	.quad 0x112cfbcea560b90e, 0xbec27b26e155c600
	.quad 0x959794b9f7bdb58b, 0x7fc000000d3beea9
	.quad 0x40fa1551c3b1a6aa, 0x79b581e23f7fbdfc
	.quad 0x401999cf9f4ee234, 0x31d0f8867bf9eef7
	.quad 0xc1e0000000000000, 0x7c69f15cc031d1a1
	.quad 0x1fe6866aff7eeda3, 0x80ffffffbfa00000
	.quad 0xc11c00003fdcc42b, 0x489e89a253c48182
seed30:
	.quad 0xffffb7c055b2de4a
	.quad 0xcab0d8641a2abc6e
	.quad 0x00000000000003bf
	.quad 0x0000000080000000
	.quad 0xfffffffffffff618
	.quad 0x0000000000000285
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffb0
	.quad 0xa7cf1890606c213a
	.quad 0xfffffffffffffffd
	.quad 0x9f0d1e01d2d1409f
	.quad 0x0000000000000005
	.quad 0x1d0806e006ca5af1
	.quad 0xffffffffff1b24a3
	.quad 0xffffffff80000000
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x003167284116187e, 0x93f94ade84a279a0
	.quad 0xf3213cff7d7e5f7c, 0x3ff2277e727c645b
	.quad 0x7ff0000000000000, 0x73005f1cffa22132
	.quad 0xae295f04ffbefbf7, 0x9d40e83c63c61a02
	.quad 0x804f8e3780000000, 0x0000000000000000
	.quad 0x1a2e1efe80000001, 0x6102f8add67cfd54
	.quad 0x2a4380a0ffe7fe8d, 0xacf1d2bbe281a965
	.quad 0x015c9a55ee87da56, 0x5757cc3a6d2f9cd5
	.quad 0x5ba1d2d770e7819e, 0x2db62594bca4b6d7
	.quad 0xece5915affff7d68, 0xc155000000000000
	.quad 0x7ff621e06a17ef43, 0xb9d52936f6959280
	.quad 0xc76d11b08b51fc00, 0x7ff6511a00000000
	.quad 0x7f856d8e1d25eac3, 0xe523fe61c0840000
	.quad 0x800ab6f44d24a19e, 0xa0e697c0ff9c7ffa
	.quad 0x7f7fffffc9a40000, 0x57c68e5350295c52
	.quad 0x7fa8b112ff800000, 0x4165957b7effffff
	.quad 0x7efffffff4e1697a, 0xbfbcb7297b19d282
	.quad 0x0009a538894d48ab, 0x7fe95c072497a7a2
	.quad 0x02789562c3fed9c0, 0x6a4844bd00010a73
	.quad 0x853ca1018bc2fd1c, 0x8000000000000000
	.quad 0x2fa00e95c2cbfaad, 0x40d000003fc00000
	.quad 0x01983e3980ffffff, 0xea5604d6c051d8bb
	.quad 0xeaf1e0f91ec8e994, 0xc0439360c8b00000
	.quad 0x7f8c34777fbc0073, 0x81b285a19dd2bbcf
	.quad 0xc077096f4bc06f48, 0x5f416a04e877a353
	.quad 0xbfc00000c08c0000, 0xffb4b498e817f476
	.quad 0x0000000000000000, 0x9735b921bd418416
	.quad 0xb37846287f800000, 0x9414ee3b66757c00
	.quad 0x9a964931fc14c2de, 0x7fba733eb7e40000
	.quad 0x7ff5d31d43c249e4, 0xbf07000000000000
	.quad 0xb75901d1e6bfff23, 0x8000000086235456
	.quad 0x1ca145fb7b877149, 0xff80000017ac7a1a
seed31:
	.quad 0x001bb19f576b8d2e
	.quad 0x8c7714b7121856f4
	.quad 0xfffcdbef56798226
	.quad 0xfffe4a569186c1e8
	.quad 0xfffffd1cc46da16d
	.quad 0xfff781df0cfddece
	.quad 0x000c3ddf19193978
	.quad 0xcd939a5a16eebebe
	.quad 0x0000000000000000
	.quad 0x16925f4b53bf8c51
	.quad 0x7a77fda1bd7c97f8
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0xdb6982d1810e75cf
	.quad 0x0000000080000000
	.quad 0x617132f93ea88174
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xf85b3de4569fbeb2, 0xff8000003fa1fe35
	.quad 0xbfec07abc1a00000, 0xfff0000000000000
	.quad 0x3f1e625cbdc1729e, 0x1005cf068f91cfc2
	.quad 0x3fe0000000000000, 0xc3f0000000000000
	.quad 0x2106706fd75fcdfd, 0x000fffffffffffff
	.quad 0xeb4155be257426da, 0x5a58f4fe3fe3cc81
	.quad 0x8000000000000000, 0x42c201ed4aeaa8fa
	.quad 0x7ff0000000000000, 0x816ee3cf0071701b
	.quad 0x4018800000000000, 0x007dc3b5ffa20818
	.quad 0xc21ffa27bb3b0000, 0x0000000000000000
	.quad 0x7f386006faf5f45c, 0x8000000000000000
	.quad 0x817fffff42fb0000, 0xc32b5714abdfa1e1
	.quad 0xfff50ee5d96548f8, 0xd39256e63e60fc00
	.quad 0x4b1530a39d3c6135, 0x02423d8b31a4dd76
	.quad 0x40dc33993e963ffa, 0x803e953080000001
	.quad 0x62f12678ea3bb400, 0x40364cb4c4100646
	.quad 0x2a77b2634aa70000, 0x36678b5fc15bd958
	.quad 0x5a07826177fbf80a, 0x800b033e618b42ea
	.quad 0xe76068d2e04f7d13, 0xfff8779fac720861
	.quad 0x35ef6d46ffb0fc6c, 0x400a40e2c1180000
	.quad 0x82ffbff0f7835ff2, 0x4d19f070807fffff
	.quad 0xc0b800008f0c569e, 0xc4a9928bf75a437c
	.quad 0xaeda384952f0fdec, 0x41cc0b19bfe00000
	.quad 0x4011000000000000, 0x7f9534e3055ce06d
	.quad 0xcf7ffffebe390000, 0x000000007252076f
	.quad 0x226c24b36401e985, 0xffb4474100ffffff
	.quad 0x00000000ff800000, 0x0d817f8093bcc840
	.quad 0x0087fa0effcc2a80, 0xc00ffffffffffffe
	.quad 0xa859d5c72e959d13, 0x3b951d25ecffbb5f
	.quad 0xcfffffff40000000, 0x41f0e5e3800813c3
	.quad 0xb90e0000bba02474, 0xa70007826230fe00
	.quad 0xd9ce78f685d7ffa1, 0xdcfe567a677d8000
seed32:
	.quad 0xf3fab35a5ae9dd79
	.quad 0x9d2ef95e623a3144
	.quad 0x0000000001000001
	.quad 0x00000000000001a4
	.quad 0xffffffffffffff3f
	.quad 0x0122ef33a566b090
	.quad 0xffffffffffffff72
	.quad 0x89c0b0397398c27e
	.quad 0xf84bd7c57c9e783e
	.quad 0x00000000000000e4
	.quad 0xfffffffffffffd8a
	.quad 0xbdd0b622a10d523d
	.quad 0x00000000015ad49a
	.quad 0x000002f00c66f01e
	.quad 0x0000000000000001
	.quad 0x4b6874e746144970
	.quad 0x01c00000
	.quad 0x40000000
	.quad 0x6b040f30b2a7fd8f, 0x7fb242ad4362a9b0
	.quad 0x7fd0000000000000, 0xc2db4dd800000000
	.quad 0x7f47ec0fe5856cab, 0xfff0000000000000
	.quad 0x8008000000000000, 0x33412bf7c5182721
	.quad 0x55cec2f0ccd2fc7c, 0x7eacff60de457c0e
	.quad 0xffd41eed95642acd, 0xd9800000bc4d0000
	.quad 0xffe778dcc1308470, 0x7ff37821726bf8c8
	.quad 0xc01c9b2ac2c6fbd7, 0x8008000000000000
	.quad 0x7fa92593c251d312, 0x8b710009ffd57d72
	.quad 0x792bb8f138c00000, 0xc015000000000000
	.quad 0x93283910ffffffff, 0x3f8ad79a8d344836
	.quad 0x63f192f4676efff2, 0x319504c44fc9fff4
	.quad 0xc077a96ff6965920, 0xc2fbaeb8c0880000
	.quad 0x3fbdafcfe0c63d62, 0x807fffff5ac85733
	.quad 0xc2f7826dbbdda085, 0xaa2b2dccffafb50c
	.quad 0xff887091606bc58c, 0x13500ca606b9eac8
	.quad 0x5e9abb16d8807c00, 0xcfffffff3f1a55f2
	.quad 0x5e208c86325e4b6c, 0x706c2609d1a40000
	.quad 0x5ffffffec0700000, 0xbf76d3c990019bb5
	.quad 0x3cb7d85a3a26b53f, 0xff800000c0b80000
	.quad 0x81c703270a7d4080, 0x000000003cd336d7
	.quad 0xa68cb92bb851fdbb, 0xf193a52b4f6d327e
	.quad 0xc012800000000000, 0xc35c282800000000
	.quad 0xe13fd1d1ed055e5d, 0xa07a1c16c008bbf0
	.quad 0x9134d68058bb43ec, 0x01276ec023a3de17
	.quad 0x9a73de0bbd456d4f, 0xb7dcc34a3bb483fd
	.quad 0x3c65cd7c7fc00000, 0xb3b7a3d82ea34d24
	.quad 0x7da03d02c3fe9100, 0x4df690897eeffbd8
	.quad 0x785d93035c45fe00, 0xdafec0188ffef7d3
	.quad 0x9d6ae108da7fffff, 0x06395223efffade7
	.quad 0xfd88c19613e2c642, 0x8100000000800000
	.quad 0x7ff25a49470dc50f, 0xc07095f7091f481c
seed33:
	.quad 0x0000000000005efa
	.quad 0x01e990c9a44f875b
	.quad 0xfffffffffff161eb
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x67b91eb52c2af5b5
	.quad 0x000000007fffffff
	.quad 0xfffffffffc0ba947
	.quad 0xfffffffffffffd89
	.quad 0x0000000000034a1f
	.quad 0x47177068d144b73a
	.quad 0xffffffffffffffff
	.quad 0x0000000000000381
	.quad 0x68c496310a05abad
	.quad 0xa92f2e26edf391d4
	.quad 0xb2ca98bdb3505009
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0xca07b6849526f645, 0x7ff2cb15118d9302
	.quad 0x807ed16c804bde9d, 0x29564dd4534b3c00
	.quad 0x477ffffe00000000, 0x05461810e88d7c00
	.quad 0xbd24000080000000, 0xff45e87cbd81e9fe
	.quad 0x76cf449aa8b27c00, 0x80400000ff800000
	.quad 0x3f10000000000000, 0xeed9c52e6f8c2aa7
	.quad 0x56a68adb48fbedec, 0x400e000000000000
	.quad 0x4244000041e5aa90, 0x7ff8000000000000
	.quad 0xd7c2f6e23fc00000, 0xcf0000009ae71a89
	.quad 0x7fc000001013abe6, 0x7f8000003e80674e
	.quad 0x001fffffffffffff, 0xedbf109a98779f0e
	.quad 0x423304b87f800000, 0x3f34000000000000
	.quad 0xffefffffffffffff, 0x970e45c73dbd8fbf
	.quad 0xc023000000000000, 0x027e4c1167bd8bd5
	.quad 0xffc87958fe76f03f, 0xfffb42c4205a9a85
	.quad 0x4349b474ced185c4, 0x436fb09781bf5c2c
	.quad 0xc00ffffffffffffe, 0xfe7ee5e7412f772d
	.quad 0xe8d1a78ff5fa7eb6, 0x40065a4c95724ef8
	.quad 0xfdc452327c3bdc29, 0xd8e68215ba16c9cd
	.quad 0x9d1b6397431c547e, 0xc01b800000000000
	.quad 0xfff3da5e5c0a6275, 0xc01b000000000000
	.quad 0xbf8ff542684c79fb, 0x4b547ed3ffc2fc00
	.quad 0xbb83e0244fffffff, 0xc00dc1f9399594f4
	.quad 0x803105e37366e4db, 0x7ff90607e7c46a1f
	.quad 0xa7ccda0a5dc00d47, 0xf215610dbff37d9d
	.quad 0x7f80000048800000, 0x6b269294dddac500
	.quad 0x5044893a8b881d1c, 0x41660f7e7d426506
	.quad 0x004e77c77a1d3a88, 0x7ff1cf7a42fffe6b
	.quad 0x1f4cfae0eeffffff, 0xb91275159edab900
	.quad 0x7fc00000bead0000, 0x378ab2a2ffff3f7a
	.quad 0xe6265b7e1dc77e7e, 0xf46d4c62bbfeaf74
	.quad 0x405d8fc2ff9b9e3a, 0x80000000be3f3702
seed34:
	.quad 0x9f361f23b7ad7970
	.quad 0x0000000000000190
	.quad 0x000000000000003b
	.quad 0x000000006612be2e
	.quad 0xcde9e4919e7ef9ea
	.quad 0xffffffa62862b493
	.quad 0x402bb3f1b0769c2f
	.quad 0xff326da0b3996cd7
	.quad 0xfffffffffec34549
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0xe51b1f374b497554
	.quad 0xfffffffffffffd0b
	.quad 0xc94e5d71fe8a1eed
	.quad 0x000000000001018f
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x806d6b5c80c72c10, 0x0284af2078fb2961
	.quad 0x83bb94bd5371e40c, 0xfffd17e8cc2b883f
	.quad 0xbcb7c373e03fbd72, 0xb8e09f54ffc3aa9c
	.quad 0x8038fb2d115cbb40, 0xe5ce7d6e10b14380
	.quad 0x8000000000000000, 0xba3ba34800000000
	.quad 0xfffd6babec263491, 0x800a6679000553e8
	.quad 0xbee8ae170d7b5ec1, 0x6b4d9707c0500000
	.quad 0x7ebdae0abc400000, 0xb4cf53961d1b0000
	.quad 0xfff8000000000000, 0xfe800000ffdbe23e
	.quad 0x8001cff81ace4735, 0x8000000081785573
	.quad 0xe2e95c7cfda57e00, 0x1c8b2d755afa7c00
	.quad 0x76731f5e3bdfafd9, 0x80000000435b1cb3
	.quad 0x7ff8000000000000, 0xbdf00000c10c0000
	.quad 0x7f800000da000000, 0xff800000ffc00000
	.quad 0x7fc00000beeb9f89, 0x7bc00745b53f5eef
	.quad 0x80ffffff00000000, 0x838d9529d979523f
	.quad 0xd0f4478affd1fe00, 0xbaec000080ffffff
	.quad 0x915b5851bdb7bee3, 0x8ff5ed79599a46a0
	.quad 0x72cbc37a007fffff, 0x800dbd2015f186cb
	.quad 0x000000000165e8cd, 0x438933ec42f76907
	.quad 0x000000003eb3e296, 0x41f0000000000001
	.quad 0xc4632ccbfbdffd87, 0xbf2e000000000000
	.quad 0xef63e398be6d26e9, 0x00b00492be664c16
	.quad 0x7ce21c2ceb059c86, 0x7f48efc5f037d03b
	.quad 0x80ffffffbd22a68e, 0x996e69b2b8480000
	.quad 0x4d8e8628f7e9f7e3, 0x5f790abc6bb68508
	.quad 0xc025e7825fe72299, 0x7f886459c71f5623
	.quad 0xa6977ff1a52fbffb, 0xfeffffff4c8c4409
	.quad 0x0006b626fffddae8, 0xfff5fa2d2cd5db0b
	.quad 0xbf854f28f43e6f4b, 0x7ff0000000000000
	.quad 0x223dce16e24fba5f, 0x7ff8000000000000
	.quad 0x4e7b273345abfc1f, 0x002e8c60ee862e7c
seed35:
	.quad 0x784797a344ef04ad
	.quad 0xffffffffffffff95
	.quad 0xfffffffffffffd3b
	.quad 0x0000000000000002
	.quad 0xd81f228cba4b8ad0
	.quad 0x00000000000015f5
	.quad 0x0000000000000212
	.quad 0x1eb7b5c6a8813a32
	.quad 0x000000007fffffff
	.quad 0x0000006f9ac6e916
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x2d98fec9c977f21c
	.quad 0x0000000000000094
	.quad 0xc9e004315fc41af5
	.quad 0xffffffffffffeddd
	.quad 0x04c00000
	.quad 0x80000000
	.quad 0xff6d562607306673, 0x07834f82c1a1aaad
	.quad 0x4201cd8630e25ebc, 0x1811805c7ffbddc9
	.quad 0x57bad82e27af0cc0, 0x817e55e20f38e86d
	.quad 0xdf7cb30d0fa45e37, 0x806237ea3faf7791
	.quad 0x78bcadee4f5f8400, 0xf9db6c4f115665fe
	.quad 0x7f8000000bcdf87b, 0x000000008fbe22a0
	.quad 0x8441b4f5deb47f64, 0xc000000000000000
	.quad 0xffdfffffffffffff, 0x48e8b1e1febff7fd
	.quad 0x1a14658787ef7c00, 0x7fe0000000000000
	.quad 0x7ff8000000000000, 0x487d78c7f67abe96
	.quad 0x3ad79355fff6ce1c, 0xfef6826c24cd07bc
	.quad 0xbcb217f480ffffff, 0x00000000ffc00000
	.quad 0xaa997053bfebfbe3, 0x5563acbcdfa139e3
	.quad 0x32d5f724df678135, 0x1013cfe37c5b49e8
	.quad 0x5a641e6d00000000, 0x924c4dac47800001
	.quad 0x7c43e53bd8fd0f68, 0x4f7fffff742c5285
	.quad 0x4346bc8bfffcfdfb, 0x723bd4b5022896b8
	.quad 0x97aae27e41837c95, 0x1ba5638bbfacad97
	.quad 0xc350000000000000, 0x963d8adf39d00000
	.quad 0x7ff0000000000000, 0xc7660000bfbc1ff5
	.quad 0x6ce79d6a3d013919, 0x00e3ad5c16490eb7
	.quad 0x3bbae4aac0b9a5ef, 0xa8a6a3b8fff7fdf7
	.quad 0xdf9f7d6843e97c00, 0x6ad82a304323fbe0
	.quad 0x7fc0000086cfcbb7, 0xb4a15e7e3c3bcb03
	.quad 0x1ec099e535a79ab6, 0x4023000000000000
	.quad 0x7ff061fe5dd23bea, 0xfff0000000000000
	.quad 0xc38e12e9cf8bb6e2, 0x0000000000000000
	.quad 0x7f945f83fff0f3a6, 0x8f5111c9b9514fc5
	.quad 0x5372f3d233639653, 0xfb7cc1c027c52872
	.quad 0xc20000003d1e501e, 0xe864da1d0e673644
	.quad 0x1d799f1c7a708756, 0xc19ec785c0080000
	.quad 0x6c8b6f5540a877f0, 0xa2af2bcdf6eeebfd
seed36:
	.quad 0xfffffffffffffda5
	.quad 0x000000000000022f
	.quad 0xfffffdf1a49db3d7
	.quad 0x00010e4f439af83c
	.quad 0xe2f3409d9b483a32
	.quad 0x0000000080000000
	.quad 0x64e932418da411fd
	.quad 0x000000000000001b
	.quad 0x6f7415c1675552d5
	.quad 0x4256ede958d95eb3
	.quad 0x0000000000000267
	.quad 0x8ef57dbaf85be1c7
	.quad 0x0000000000000000
	.quad 0x4f08e271b84c0128
	.quad 0x6e13ff3ceb58a9c5
	.quad 0x5e275bd62c54e15f
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0xc09c00008036066d, 0x404722e8ffa5f4e6
	.quad 0x0e7b510338d7cfb1, 0xffd0000000000000
	.quad 0xff7fec81f4a35523, 0xbf963ca7cd0d59d3
	.quad 0xfe03bd04a39303d0, 0x0000000000000000
	.quad 0x416fb98e4f7fffff, 0xd9800001bc3343d9
	.quad 0x40000001102ea5fa, 0x3bc7d261c0b80000
	.quad 0x88867aa0bfff1dfb, 0xbf7cd00000000000
	.quad 0xfff19059061fc4aa, 0x8416ddc4e2500197
	.quad 0x409000007f949d57, 0xcbf5b0a2fff3ffff
	.quad 0x024a88a8fbf67d67, 0x47714d5ceafff7f7
	.quad 0xc35614760014d3b8, 0x7f800000410a0000
	.quad 0xfff0000000000000, 0x432ca99339f6fc00
	.quad 0x880fb9f90779039c, 0x766b79c50ee19d23
	.quad 0xbf79748aa3fe23c2, 0xbee3800000000000
	.quad 0x8f2b55b7917cfea2, 0x6bbabc260cddc8e0
	.quad 0x3f88a7f852c794b8, 0x49fd717e55573f00
	.quad 0x614c0fa4ffbdfd24, 0x32f65230ead80ffa
	.quad 0xc00ffffffffffffe, 0x7f80000020750d71
	.quad 0x41bfd63c45000000, 0xee9c98774a295f86
	.quad 0xbfe0000000000000, 0x49000000c3f65136
	.quad 0x9a7c2c4e305677ff, 0xbfbcb734675fd196
	.quad 0x7ff4c00322283975, 0x3fdf6b7945afc826
	.quad 0x284ac110b82d112a, 0x34f67a13f325b149
	.quad 0xa89a01d2fffd7ff3, 0xff4fa6e19b39feb8
	.quad 0x00000000c2a75fc5, 0xffd39dfd5db84b9d
	.quad 0xc34ffffffffffffe, 0x5c8c31d57ff92418
	.quad 0x6790bc1b22dbbc1c, 0xfb3b5d86efff7980
	.quad 0x4118000000000000, 0xa470711466ceda80
	.quad 0x9606681799fed7d6, 0xd91cf1845f09b744
	.quad 0xfeeac77f37b60000, 0x15ab2f87b77a1c6a
	.quad 0x628e5ab5cbddc380, 0x400894ffae62ff21
	.quad 0x3fbc2cb912a6ede4, 0xed8d924b6d51b7b0
seed37:
	.quad 0x0000e134bec9d48e
	.quad 0x6bfe5ec19bb90ad5
	.quad 0xa622175e09dcb6f9
	.quad 0xf4c062c51f7a7e1d
	.quad 0x005e325ba041ee34
	.quad 0xa666b01de6cd3110
	.quad 0x0000000000000001
	.quad 0xfffffffffffb92e5
	.quad 0xfffffffffffffd44
	.quad 0x0020000000000001
	.quad 0xf993ff495848355e
	.quad 0x00df4666284783c9
	.quad 0x000000000180a5e7
	.quad 0xffffffffffffe283
	.quad 0x0001e8ab99f8217c
	.quad 0xfffffffffffffffe
	.quad 0x04c00000
	.quad 0x70000000
	.quad 0xff800000077221e4, 0xddb635a3fdebfc3b
	.quad 0x00000000429eea44, 0xbe80000080000000
	.quad 0x409e000000000000, 0xe63c4b1cc1a7a438
	.quad 0xc1e59ef896369145, 0x7f055ec0231ba6ad
	.quad 0x7fb3c194d5fc3e6d, 0xc6c2c51e7ce78721
	.quad 0x3fffffff00000000, 0x8536156f80d75a02
	.quad 0x1ee4172801d66ff7, 0x269c4b16381c5c12
	.quad 0x7ff035e8b230b472, 0xffdfffffffffffff
	.quad 0x00000000401dba46, 0x849b657bb95c7bff
	.quad 0xc33ecbfafdd0718f, 0xfddbfc852debfdcd
	.quad 0xffe020937f800000, 0x8b98fd28befc7ffd
	.quad 0xff8c20e97f800000, 0x41e39d27fd7f7faf
	.quad 0x00bef22cdb583158, 0x45da5238c2c7fdff
	.quad 0xdfed2aa1c090e4e1, 0x3ff2f71cdaed2cf3
	.quad 0x7f80000000000000, 0x407fffffc3cf78d1
	.quad 0x4a9854417ceb4ac0, 0xc0a6100000000000
	.quad 0x2e47091437fd7d96, 0x1e1f53a8ffca8663
	.quad 0x30bc0d0e7ea634d1, 0xbfb8000000000000
	.quad 0xe6de3073a5f04aef, 0xffe4632b01000000
	.quad 0xbf7b4d059daf0549, 0xbeba19dbff800000
	.quad 0x3f99e829df6bd982, 0x4010805bd998a39f
	.quad 0x1b694f46420e78d4, 0x800c53a25aa1a951
	.quad 0x9bd8b274fffffff7, 0x7e4f6af29f7f276f
	.quad 0x0ee71f10a0f4daa2, 0x0001a2db4b78f3a9
	.quad 0x0247d19ae8d5c7a3, 0xffd7545e3fb00000
	.quad 0x5451d8a753911f15, 0x4fce6a1437005e63
	.quad 0x290536a8faefcd1a, 0x88bb6479fe76faad
	.quad 0x400dc98a25856eec, 0xd91dfcfd59df7b73
	.quad 0x7fa09ac12139ee9d, 0x5747cc2e6b95d26f
	.quad 0x41fffffffffffffe, 0x7ff7a07b78530362
	.quad 0x59ad56e06da9055a, 0x4d23571e40a80000
	.quad 0x328327e8ff7de7df, 0x2361ad41cb45877c
seed38:
	.quad 0x0000000000000198
	.quad 0x0000000001000001
	.quad 0xfffffffffffffb13
	.quad 0x38cbcc7114dd6862
	.quad 0x8000000000000000
	.quad 0xfffffd76631db757
	.quad 0xb32f2bca1298720a
	.quad 0x1eebc0f3d61cb4aa
	.quad 0x0020000000000001
	.quad 0x3a11b76d2cf3571a
	.quad 0x35edc31708d14cb0
	.quad 0x000001a5cd23f0fc
	.quad 0x0000000091e49424
	.quad 0xfffffffffffffc58
	.quad 0x000049f6d7906cb4
	.quad 0xfffffcf1d406dc5f
	.quad 0x04400000
	.quad 0xc0000000
	.quad 0xc00c000000000000, 0x742b18ea4b137ad9
	.quad 0xc8b338f581fb4000, 0xc04e000000000000
	.quad 0x92bb65e041c09200, 0xc150562cda7fffff
	.quad 0x7f9f266c3e2ea0b6, 0xbc65a54d8db39a13
	.quad 0x7f80000080000000, 0x0a71e9185ff7f3b3
	.quad 0xc7d4237356d1c3df, 0x00eee41e81ff6f23
	.quad 0xcf24b2e7ff7fffff, 0xe1f625a37fe046c0
	.quad 0x80000000ff7fffff, 0x9433ec09c7f3edf3
	.quad 0x85f1961081e94ea8, 0x470b7028d3b2fc00
	.quad 0x00085222bd03e13a, 0x8c0a54a254d4bf36
	.quad 0xa8200f44b7902a04, 0x79cd009e35dd79b9
	.quad 0x317d04d07ffa8c27, 0x43e0a72d63fc8452
	.quad 0x3ef0200000000000, 0x3f9ba3e8d93c3f87
	.quad 0x7e800000c1200000, 0xf9e1a2ef3700d30b
	.quad 0xb9f966dee8e87d02, 0x3ecfaf647dfbb0eb
	.quad 0x80072176a6c6532b, 0x3fa00000477fffff
	.quad 0x43f5f3b47f800000, 0x411901603ef14766
	.quad 0x6db0e92dcaabc06a, 0x2a4e73ecfceffea7
	.quad 0xbc34054485d2f814, 0x509a700e72bc6d3e
	.quad 0xbf31d6587fb58e33, 0x9c7bb53891b343de
	.quad 0xffe0000000000000, 0x361e75fbbbefa4ec
	.quad 0x917028f780000000, 0x3fbf59dde9792470
	.quad 0x2b4336ddafca31b1, 0xfff8000000000000
	.quad 0x0010708d7fbb181b, 0x17507c09d6dba880
	.quad 0xbfcdd5e2494cd11a, 0x5a2d7528bcff7ffe
	.quad 0x416014c7ffc51fcb, 0x40236c7324d4c051
	.quad 0xfd768455ad13eed3, 0x3ec00000015a8837
	.quad 0x8008000000000000, 0xc1180000c2f86282
	.quad 0x1bdab0f2802668a8, 0x968df1d6fecf7fef
	.quad 0x3afc211763effc00, 0x7f5ea93f817fffff
	.quad 0xfff8000000000000, 0x0e250f295f0b76c1
	.quad 0x664e699117280000, 0x67287a77f8dc0000
seed39:
	.quad 0x506754a81b3a329c
	.quad 0xfffffffffffffca6
	.quad 0xfa237b5b46f2409d
	.quad 0x7d86bd07460c3715
	.quad 0xff824d932babca58
	.quad 0xaceb1d7ba793e3e1
	.quad 0xff06f272e7de7e90
	.quad 0xfffffffffffffcd9
	.quad 0x00000000000000f2
	.quad 0xffffffffffffffe8
	.quad 0xfff95dad40e0976b
	.quad 0xe5afaebf6b4ed0f4
	.quad 0x1c8c2e9ff3d9071d
	.quad 0x00000000004f3862
	.quad 0xbac25afc8327d53b
	.quad 0xfffffede92173ff5
	.quad 0x02000000
	.quad 0x40000000
	.quad 0x7f80000041040000, 0x7ff0000000000000
	.quad 0xbff4000000000000, 0x5890e97998789400
	.quad 0x65ac6e98ff97f0eb, 0x9913d3b1cae5c2e3
	.quad 0xfff0000000000000, 0xc1ed969607936697
	.quad 0x0239945680000000, 0x01b1187100000000
	.quad 0x7f8000003f980fea, 0xf23f2849f6300073
	.quad 0x636f704c9bbd5a72, 0xc70000007fc00000
	.quad 0xc1188af301000000, 0xbd1b02db410d19f6
	.quad 0x8007af66d6015212, 0xc01b8e7934795931
	.quad 0x7fb99ecd42510756, 0x3f800001ff800000
	.quad 0xbbbecef88041cedb, 0x6390b883fc213a32
	.quad 0xdafd1e6c2f075515, 0xa0f94656ffe26afa
	.quad 0xbf88106a062e0000, 0xfc08e92682be56ff
	.quad 0xc8c317d21681fe76, 0x4020000000000000
	.quad 0x4095088ef3e3db6f, 0xacffed036f1efc00
	.quad 0x821433794b1ee10e, 0x0000000000000000
	.quad 0x2a21de26ffdffe50, 0xdd07417c80400000
	.quad 0xea0c5feccee9f9a8, 0x079a71e0c773ba3a
	.quad 0x3b80b9085b3d7fff, 0x8113bc8571d7bcc7
	.quad 0x802fffffffffffff, 0xffa476050d1e1fed
	.quad 0x800000007ff89d9d, 0x8003f3217cbafa22
	.quad 0x55a7ebd46b637de4, 0x017fffff7effffff
	.quad 0x005313cedfb2c87b, 0x81672e74c2200000
	.quad 0x42a878b740000000, 0xbf96c00000000000
	.quad 0xc0b8000000000000, 0x4022400000000000
	.quad 0x25334645268a6911, 0xffc000003ccb0a4f
	.quad 0x40256cf0b2dc8d44, 0x22f7b994fed3fc3d
	.quad 0x4330000000000000, 0xbd3400000cf19b11
	.quad 0x3bccda6eff800000, 0xf07f1cdb97fc7ece
	.quad 0xff8000003ed80000, 0x13a59e8d90947e00
	.quad 0x0d3b0e53b0e7edfd, 0x640df72ddcbda65e
	.quad 0xfe80000042e85ae1, 0xbff8000000000000
seed40:
	.quad 0xb8f78ad6b98f8e36
	.quad 0xf2bc648ef2250f17
	.quad 0xffffffffffffd87f
	.quad 0x0000000000000399
	.quad 0xff01887d435324cf
	.quad 0x7fffffffffffffff
	.quad 0xfffffffff7e40991
	.quad 0x8258ff4b2f2e9dcb
	.quad 0xfffffffffffffd99
	.quad 0x907f14d7b3ef3669
	.quad 0xfffffffffffffe27
	.quad 0x00000ec774a1a14b
	.quad 0x6dcf319f969fc505
	.quad 0xfffffff6fb1d1879
	.quad 0x9fdd66f9cd66f6e1
	.quad 0x0020000000000001
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x6890aee27fffd1fb, 0xf4b9a4ac7fd9bc42
	.quad 0x27f7264f01dd7800, 0xa782f69c58d0f39a
	.quad 0x9c116f8affc00000, 0xbfe769a9a6349327
	.quad 0xa07346bd57b8a8fc, 0xbd605d7f437fffff
	.quad 0xbf8b642c4173e2c9, 0x741f1e3610cbc3fd
	.quad 0xa8c1ab36a9dd7c5d, 0xc93d000000000000
	.quad 0x63c071c338917f4b, 0x73d32bb280333d0e
	.quad 0xbfd93644fabb30a1, 0x40b0000000000000
	.quad 0xf24621ef4fffffff, 0xd58f832c661b4485
	.quad 0x4023800000000000, 0x3cddad8bc1fffa2f
	.quad 0x01bf9049231b4fb5, 0xa711ca362ae3f2c1
	.quad 0x3f5309add0ccf800, 0xbfcb063c6c57c388
	.quad 0x3fdc000000000000, 0xff80476cc14cf161
	.quad 0xf4fa91babf5e265d, 0xb2a0a4671fe06d0c
	.quad 0x875aa1e74ef483f2, 0x8000000042979cf0
	.quad 0x42b1cfcd7e800000, 0xfff0000000000000
	.quad 0xc021000000000000, 0xbc13b16bffd7bc00
	.quad 0x932b03ed45258d14, 0x8000000000000000
	.quad 0x7f8d53217f800000, 0x802fffffffffffff
	.quad 0x73fd64fcc0c9a88e, 0x65ccc6f48f9acdde
	.quad 0x400db6d97164a906, 0x7e7f335bfb98b593
	.quad 0x000d7a505a3b8edf, 0x318d0f0da91f401f
	.quad 0x3c871abd3d8bd7be, 0x4015000000000000
	.quad 0x45cf4498ffe65fbe, 0x000000003dd967ae
	.quad 0xcf91d11f85ce0000, 0x8020000000000000
	.quad 0x0040000084e458a9, 0x7ff45c86b5c2a941
	.quad 0x0d7d5b843eb9fac1, 0x8051b496ff8bed56
	.quad 0x8b54c8807f800000, 0x4935e7bb1cd642d2
	.quad 0x7fe6480beb613356, 0x8d92c919c198e859
	.quad 0x84104d2adf3b9442, 0x80000000fff6f93d
	.quad 0x4330000000000001, 0xc349bbd6b7000000
	.quad 0xec1a9c9406416fec, 0xc14258a1bb400000
seed41:
	.quad 0x000000007fffffff
	.quad 0x0000000000000222
	.quad 0xfffffffffffffdae
	.quad 0x000000000000014e
	.quad 0xffffffffffd5df53
	.quad 0x000000007fffffff
	.quad 0xfffffffffffff295
	.quad 0xfffffffffffffc50
	.quad 0x0000000000000000
	.quad 0xffffffffffffffdd
	.quad 0xe129348b3ddb205e
	.quad 0x9f8eae62d2ab6b77
	.quad 0x0bb39be6ed5ec398
	.quad 0x000000000000027d
	.quad 0xffffffffffffec1c
	.quad 0x0000000100000000
	.quad 0x05000000
	.quad 0xd0000000
	.quad 0x80000001be8402fb, 0x4038000080000000
	.quad 0xc1f0000000000000, 0x9738cbddc46c7814
	.quad 0x7d1e3403c19d61a0, 0x013329031bd5281a
	.quad 0x4b3098123d0801ee, 0x4a13ec0077c57cfb
	.quad 0x0d8237c7299c0e3a, 0xebf4e7b3c07ffffe
	.quad 0x7ffd015e3e912ad4, 0xffe04759c1000000
	.quad 0x3d580000c0bad5d3, 0xfffdc5084cb1501c
	.quad 0xa396927a06c97e00, 0x4011800000000000
	.quad 0x7ff0000000000000, 0x4340000000000000
	.quad 0x0b6e9e3f9f7d0000, 0x3fdad3275b4289de
	.quad 0xc11a117880ffffff, 0x64aadc486540626f
	.quad 0x7ffdd8e919f29c9f, 0xeb5d7d82bcae4e6b
	.quad 0x7dc52c037bfe7fea, 0x7fa92a34fea4bc9f
	.quad 0x00000000002dcf3f, 0x0000000000000000
	.quad 0x25bc41ba80000000, 0x407ffffe71c97c45
	.quad 0x7ffc469591bfab93, 0xc77ffffebea2c456
	.quad 0x408c00003efe02d0, 0x22b1e7f448d1c710
	.quad 0xe67cc94ac024bf50, 0x3fea2b740b53ffc1
	.quad 0x0000000000000001, 0x800000017f8ed688
	.quad 0x53a0cf50cefffdb6, 0x802dba4f189b8e4b
	.quad 0xffa752d68cfc888e, 0xfdeb735afffa3749
	.quad 0xd78ca9d53f7f1f5e, 0x7e82643b54e0b3c8
	.quad 0xff2b287dff800000, 0xbfd3772e256ea5fd
	.quad 0xebb14d8aaac0f915, 0x411c000000148b44
	.quad 0x7f993268c1f8a608, 0xbfaf1fadcffadf8f
	.quad 0xc0800000ff800000, 0xe069bea2dfef86df
	.quad 0x8fce1cfd2847b216, 0x332957c87ff9eeff
	.quad 0x03184f0065c182e6, 0x4efffffe43c5f448
	.quad 0x80000000fa42ff54, 0x7fa32e10af5380a9
	.quad 0x96c8bef3ffdfff76, 0x5d10c8f79f7f6ffc
	.quad 0x7f6e864d80000000, 0x351195d4991fc830
	.quad 0xfff1b91e36bd60a0, 0xe553cfd47cdc98db
seed42:
	.quad 0x00000000000001cc
	.quad 0x72f9dc52732fd166
	.quad 0x4b0b0534e1c4566e
	.quad 0x00000000ffffffff
	.quad 0xe0c6692b98113d5a
	.quad 0x7b1634fea00eb571
	.quad 0xffffffffb258393c
	.quad 0x93f605e57bc9a095
	.quad 0xebe915b71db23c9b
	.quad 0x000035344c292078
	.quad 0x0000000000001465
	.quad 0x0012855c23549a6a
	.quad 0xcd40012c857d1a1e
	.quad 0x602346f544e658be
	.quad 0x418e0e65f635ce0d
	.quad 0xfffffffffffffc20
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0xc0600000bc57f31b, 0x0008000000000000
	.quad 0x678b7a7961918000, 0xa77bdab159757df8
	.quad 0xd74a7267feffffff, 0xeb6e3de3ea9f8200
	.quad 0x3ef747a6004d92ab, 0x1adb060737f8c3fe
	.quad 0x284efab9037c07ff, 0x404d6d9041c52963
	.quad 0xd361dd9ea751c52b, 0x79b5004c8ebd51b3
	.quad 0x405d21a9808f6536, 0xadfcd0981360079c
	.quad 0x063163d0c7ffffff, 0x1c89d0b6bfdfdbfb
	.quad 0x286525ca8a7fcab3, 0x7fac13f6bf4af12c
	.quad 0x3ff4000000000000, 0x0000000000000000
	.quad 0xbfa7535851b9ec0e, 0xffc123df40da6e29
	.quad 0x828c0f63a140bcfd, 0xc01b000000000000
	.quad 0x0007649f2ec93fbd, 0x2499eedbebfdb39f
	.quad 0x4067bb47b1383010, 0x000b67ea1e33db91
	.quad 0xcd6d48d13fbb1804, 0x80000000ffc00000
	.quad 0x3c3a7be0849cf243, 0xed94928d312cfc00
	.quad 0xfff3a8869cd7c506, 0x8f0e4a031c3e75d7
	.quad 0x410c0000ee36b718, 0x7dd9ef9ae69d2f59
	.quad 0x814b38fbecc2afc5, 0x3f63d72fc0a00000
	.quad 0x7fbfb1a2c2a9a80e, 0x385b69701e586812
	.quad 0x634410698d7e1be6, 0x0dc12f96dde57e7e
	.quad 0x5a732c08faddfcab, 0x03a3cb49b6c17673
	.quad 0xad05af326074a912, 0x80381860007f3b9a
	.quad 0xb4f934ea6acee3c8, 0x3f914ab1b79a05ff
	.quad 0x79d5bd24bf4ffdc5, 0xfff0000000000000
	.quad 0x72559f2dc17b4403, 0x00000000ff7fffff
	.quad 0x49515a250d3bfcbf, 0x7ef7b0c3f174bdf8
	.quad 0x1bd5131400000000, 0x99387419e3314324
	.quad 0x3dc46f44560156bc, 0x7ff4767639ce6d80
	.quad 0x1ceb81f2ff87320d, 0x80000000ff7fffff
	.quad 0x7fc00000477ffffe, 0x40394324fa2b7f06
	.quad 0x419bff993cbbff55, 0xe1a5230595838312
seed43:
	.quad 0xffffb48c5eb6c5cc
	.quad 0xb4182f4e8331c5a3
	.quad 0xfffffffffffff31e
	.quad 0xfeae73616bfe2d97
	.quad 0x8327b1b830c065a4
	.quad 0x0000000000000006
	.quad 0x0000000000000001
	.quad 0xffffffffffdd1d34
	.quad 0x0020000000000001
	.quad 0x0a683e3cdbff68fb
	.quad 0x000000007fffffff
	.quad 0x85007c6272161b86
	.quad 0xffffffffff9e8c34
	.quad 0xfffffffffffffe9f
	.quad 0x0002bb4ebcc3b0bf
	.quad 0x00000338206ae3a2
	.quad 0x02000000
	.quad 0x20000000
	.quad 0x6f5b0830febe1b22, 0x47ffffff8062b288
	.quad 0xffe6ea3fc462cd67, 0x7883f7f55f7fffff
	.quad 0x3fc2000000000000, 0x7ff38dd37b3d035f
	.quad 0x7cb58a15dec83e4d, 0xfe123023d1abcff1
	.quad 0x9c837f37c2feaac9, 0xd75104e820d98000
	.quad 0x450ea95c99e34ec5, 0x7fbbbc5880000000
	.quad 0x7ff0000000000000, 0xe245bc25ffd87fb6
	.quad 0x7f7fffff7f800000, 0x7a4b5d6d4f735640
	.quad 0x451f42bf47bb7ffe, 0xff7fffff94daf478
	.quad 0xb47769241308de43, 0x2d1bb18df937ebeb
	.quad 0x2f0eab7600000000, 0x8000000000000000
	.quad 0x8000000000000000, 0x80085d52fb0e08bc
	.quad 0x31705bf8fb74d7f9, 0x8000000000000001
	.quad 0xc061faf90065b3ed, 0x7ff0000000000000
	.quad 0x80a6c1c6aa970c07, 0xbb46b296584657cb
	.quad 0x76901afcbcb4d8e6, 0xd8c25521f6ae8000
	.quad 0xffdfffffffffffff, 0xb5b8a6c58fefc44e
	.quad 0x3a458a40ffc84910, 0x7faf4ac580745ba7
	.quad 0xf08b68faecbd0042, 0x402d2b0cbec00000
	.quad 0x8024142084402aee, 0x000000005ddd4c63
	.quad 0x80b6157fed97c0e5, 0x80b404dc09cfd0b5
	.quad 0xb529a70cc00a7f3e, 0xc742631aa2f0dd77
	.quad 0x7f800000c1900000, 0x6459ba53ee9d9f9f
	.quad 0xc0e40000763ade0e, 0xbeef000000000000
	.quad 0x807fffff004d741c, 0x002fffffffffffff
	.quad 0x0000000099fbeb07, 0x0717fc5fab3946fe
	.quad 0x548423f9c2ed7e00, 0x7fa3e1cb80000000
	.quad 0xff800000ff8d8e9e, 0xbfcec00000000000
	.quad 0xffd0000000000000, 0xffd0000000000000
	.quad 0x3ac9741ae181fc00, 0x7ff0000000000000
	.quad 0x5f144a56e349fce4, 0xbe8000008c3404b3
	.quad 0x4022504ec5ca5205, 0x3fbe822faa7eb0e9
seed44:
	.quad 0x0000000000000095
	.quad 0x8000000000000000
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x000000000000df0a
	.quad 0x000000000000028a
	.quad 0xfffffffffffffd3c
	.quad 0x000000000000014a
	.quad 0x0000000000074cd9
	.quad 0x9fed57c1fb4c1d32
	.quad 0x819d8e5447bf35c1
	.quad 0x0000003ab9231c86
	.quad 0x000c5013a1aacb80
	.quad 0x8e082d75b0c26d60
	.quad 0x7fffffffffffffff
	.quad 0x02c00000
	.quad 0xe0000000
	.quad 0xff800000c6cf95ef, 0x6070b03afeffffb7
	.quad 0x2cc1f3697f800000, 0x0000000083c1a68a
	.quad 0xcb197eb251786537, 0x85019abbe527d706
	.quad 0xbcf7a7eb7f800000, 0xc140f7a197c5b2a4
	.quad 0xed97e1d3c19eb0d5, 0x26b147095f130200
	.quad 0xfffb51fa292fe2c7, 0x7ad44e63c15d2786
	.quad 0xfff991bbcf7b110c, 0xaedcc0ff6276f980
	.quad 0xbffc000000000000, 0x80108c04352935a6
	.quad 0x404c73ab91634a84, 0xdbd29fbd00800000
	.quad 0x00d7a43a3f7ef9af, 0x7f800000b0f5833e
	.quad 0xfff57682f3138910, 0xebb47602ff7f87fe
	.quad 0x5dc3ca993660f64d, 0xffc57c093780777c
	.quad 0xbfb095cac8d1b1e9, 0xfff6d404b4ece644
	.quad 0x8000000000000000, 0xed9b24a477fb4081
	.quad 0xc24a0d273e785cad, 0x7f33b51eafaae58e
	.quad 0x36760ac1ffb5fbcc, 0x43bbc5773f91e615
	.quad 0xc0f0000000000001, 0x2ff66287b471a334
	.quad 0x7f80000001258550, 0xc0c8000040980000
	.quad 0xd21da609fb3cedef, 0x42ed94da13d1d365
	.quad 0xeee746480dc581e0, 0xfa6983886794a437
	.quad 0x16f08045fffef3f7, 0xc7ffffff4282aa82
	.quad 0x4c7ffffe0bfa59ca, 0x3f767e90aa3bff68
	.quad 0xbfa07ea2f494653b, 0x1effd94a6f4fdb81
	.quad 0x00e66e2e00800000, 0x000fffffffffffff
	.quad 0x7ff5f48d49e233e6, 0xf632020da8bcfc1f
	.quad 0xf0152677ffcfdfbe, 0x7ff0000000000000
	.quad 0x32c797997ffff9bb, 0x50b261cafca2cdf2
	.quad 0x8000000040600000, 0xbd161835bde3dfdf
	.quad 0x863138467f1457f1, 0xef8fd3eb80000000
	.quad 0xc61a0000c3a10aca, 0x7eca8f5fffb70ad9
	.quad 0xcfb53d629df38002, 0x1764c3bab6200000
	.quad 0x8dd0efb7620501f3, 0x7f842d5bff815c4c
seed45:
	.quad 0x66d0ded00db04762
	.quad 0xf59bc1368e03c937
	.quad 0x000000000000005d
	.quad 0x000000000002dacd
	.quad 0xf3e5d7be93c8e27e
	.quad 0x000000000000004c
	.quad 0x48f692b3f7fe524a
	.quad 0x000000000000d61d
	.quad 0x000000400f6b175e
	.quad 0x00000e9de97d2619
	.quad 0x0000000001000001
	.quad 0xfffffea54af09580
	.quad 0xfffffffffffffe53
	.quad 0xfffd2dcc7fd114bc
	.quad 0xffed3d9fda61a2dd
	.quad 0xfffffffffffffd84
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x1959500ae9b9ff9f, 0xc8078cb0fadeeef7
	.quad 0x7f80000040a08a6a, 0xff8753e6bf8e0000
	.quad 0xcf8000007eb1736e, 0x726c4db5c7e21568
	.quad 0x014184d1d9fffffe, 0x812049bcbb000000
	.quad 0xc3416e23f983ac6e, 0xdf0000003d3f4e25
	.quad 0x5a44d36bc91ed7bd, 0xc0718e798f1d03d1
	.quad 0x232cdd77013fbc81, 0xbc938f337f91ab25
	.quad 0x8000000000000000, 0xfa7851ef64ce8841
	.quad 0x890aff7de2ac7d2b, 0xd0a016c6cf7a0400
	.quad 0xff8000007f800000, 0x6d1637a14a38cd98
	.quad 0x002d73a6bcb35ac4, 0xc8fc00009fbca16a
	.quad 0xbdd7a5867f8fb59d, 0xb8e0eebab1a58e80
	.quad 0x3c05324380000000, 0x0d58cb64d208fc00
	.quad 0x9933158a3259bc7b, 0x590af36e2e14e7fa
	.quad 0xdd35ec673f7c223f, 0xd71f794bff800000
	.quad 0xf21446d242f7e682, 0xfff0000000000000
	.quad 0x1fc958b500000000, 0x2c1a57febff9fa00
	.quad 0x44a684505462cd6c, 0x25fd67707ffbff3e
	.quad 0x00ffffff00000000, 0xea581e1b42fab4be
	.quad 0x8f0b93b25a4ffa79, 0x7ff8000000000000
	.quad 0xfff219a6f63e83cb, 0xaa94da9edfffffff
	.quad 0xcb46dfbe57fffffe, 0xb640000020dbbe51
	.quad 0xc006000000000000, 0x733624dbd8c5b7ff
	.quad 0xc0a2020a7f800000, 0xe1e9659cffdcb172
	.quad 0x40c8000040f00000, 0xfe353d82860f459a
	.quad 0x0008000000000000, 0x4010000000000000
	.quad 0xbfdf69ba74946664, 0xffd8c5fbdf000001
	.quad 0x7fc000003f4f1763, 0x00000000c0600000
	.quad 0x0f996d1fd3ffffaf, 0xfe955fda845e60ee
	.quad 0x191b37f9ffd39d82, 0xbfe8000000000000
	.quad 0x14134d07c079e803, 0x653178dda92ec180
	.quad 0x031fb0527b51b0d3, 0x4ad1d37bf4b227e3
seed46:
	.quad 0xfffffffffffffd8a
	.quad 0x987c10a2fbe332f8
	.quad 0x0000000000000009
	.quad 0xb8d3402bd0a5d0b6
	.quad 0x0048133bef8ca2f8
	.quad 0x6cb91f71b3ee24fe
	.quad 0x0000000000000379
	.quad 0x083b8a8b2fb54b90
	.quad 0x9db578e640e12693
	.quad 0xff7543a12686db1d
	.quad 0xfffffffffa6ca581
	.quad 0x5e59371f4ce41a8b
	.quad 0xfff52d81f581bc6a
	.quad 0x0000000000000128
	.quad 0xfffffffffffffd34
	.quad 0x0000000000000006
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xb13034e7dfb5d696, 0x3e7f3abf89c3978d
	.quad 0x48c00000fffcfd47, 0x7a42fa59dfffffff
	.quad 0x80734e384033b2e4, 0x3e1853d3ffbbebe6
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0xfff0000000000000, 0x68ae86da8fe1fdbe
	.quad 0xa4983531d9967c00, 0xc339850071ae5bef
	.quad 0xab1304a8ffd9fc00, 0x3e22fc257fd7fffb
	.quad 0x0038312981000000, 0x7fc00000b7300000
	.quad 0xbfe2b4037458fc00, 0x14b3260fb956f75f
	.quad 0xffbd0ab36d218aca, 0x4d92d5582cef2a80
	.quad 0x4003200000000000, 0x0a46983a407ffffe
	.quad 0x0025f135a670120b, 0x6bb004967f3ffdfd
	.quad 0x7e46126bad4f1701, 0xd3805e2a72f14397
	.quad 0x7ff8599fbf361fe3, 0xfff0000000000000
	.quad 0x8023ab97c0600000, 0xbfce5773b9f95771
	.quad 0x7ff0000000000000, 0xc9906205ffd9e973
	.quad 0x43c77ca600000000, 0x0000000061bb6d41
	.quad 0xfeaa0478ffac3ebc, 0xc013000000000000
	.quad 0x91d7ff3bc68cfc52, 0x3f800000f6d91b1c
	.quad 0xbff062a05481a513, 0x5f2a41b83d9d2605
	.quad 0x51703d7687314a7c, 0xbea06b0f1150ad64
	.quad 0xfff0000000000000, 0x8922fe86de14c6b4
	.quad 0x41efffffffffffff, 0x62bd558f3e860000
	.quad 0xbb9c78907fa52bcf, 0x5f000000c0ae18a9
	.quad 0x7fbc2c08bde66a16, 0x7ed60469ff800000
	.quad 0x0376079bfdfe7bd3, 0x076047b22cb497cd
	.quad 0x728b136e31217c2e, 0x1d3b9fd0fefc37f7
	.quad 0xeae291bc565ffa57, 0xfff04207ffc00000
	.quad 0xbf489cac7f9d7622, 0xb50648ffe60a809a
	.quad 0x449c89234f7fffff, 0xcecb719451f77c00
	.quad 0x7ebfb86b7ffe544c, 0xffb1fe1e807fffff
	.quad 0xffb00423ff9046f9, 0x0008000000000000
seed47:
	.quad 0x0000041e72821c5a
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc78
	.quad 0x0000000001000001
	.quad 0x0000000000303bd5
	.quad 0x000000000000007f
	.quad 0xffffffffffffffcc
	.quad 0xffffffffffffdacc
	.quad 0x00000016b3fee4cf
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd55
	.quad 0x54b31797be98efe3
	.quad 0x000000000000012f
	.quad 0x9d6c071a754c5424
	.quad 0x000000069ccacb64
	.quad 0xfffffffffffffd96
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x407c000000000000, 0xbf9a277d29bb1872
	.quad 0xf600ea15e7ad5d4e, 0x01f3398a5ba1f3e6
	.quad 0x02211a0fd0cdfe3c, 0x7fc69489c0900000
	.quad 0xbfd0000000000000, 0x0ab63a8638d90000
	.quad 0x39f619d2004b5842, 0xea4c877df7da7800
	.quad 0x48125d79f6fdfffa, 0x9a322ffdbddfd7a5
	.quad 0x0080000000460497, 0xff0000003c1afbc6
	.quad 0x65fc07e6f2ff7d97, 0x19db6d12efea6d79
	.quad 0x8073b0ce7f800000, 0x0f7aefc87fab7438
	.quad 0xc33ffffffffffffe, 0xf249b1acffc00000
	.quad 0xc0000001257cd4f7, 0x0000000089b85ecd
	.quad 0x131740ed6c6f4300, 0x7ff8000000000000
	.quad 0x478000010032d3c9, 0xfff1efbabfdb9ca7
	.quad 0x8100000080796302, 0xfff789c877fe0985
	.quad 0x4052b60c387cf68c, 0x00000000beb80000
	.quad 0xb7947dfe07aeb3d1, 0xbc3f36c0ff800000
	.quad 0xfff5e7387f000000, 0x3d24d465817153d6
	.quad 0x7f8000007f800000, 0x0000000080000000
	.quad 0xfad924558fe6d3c6, 0x405cea346608d47d
	.quad 0xbeaf54b14e8c7bc3, 0x8000000000000000
	.quad 0x423d6347bf32b32a, 0x34dc5c08726d29b5
	.quad 0x405bed6386b0480b, 0xd62035102e713ee0
	.quad 0xff99a329fbf5fd37, 0xc0d40000bed09de1
	.quad 0xa4725c704f597c00, 0xc010000000000000
	.quad 0x80000000f9a6f32f, 0x74f021b4b1cfc815
	.quad 0x0001ae2080400000, 0x7e8000005f000001
	.quad 0xfff2e306a28a3a01, 0xbfc8ee3f8ba7149c
	.quad 0x807fffffc3af7476, 0x8000000000000000
	.quad 0x4c92f4e8070c44c0, 0xd2eb8720332683bd
	.quad 0x7ff56d50ca107f24, 0xab94b4f508fefc00
	.quad 0xdbbf47f5ffeda478, 0x7c95948fff6dfe3a
	.quad 0x3fb819f280793f7e, 0xb3dfada6fdf3deea
seed48:
	.quad 0x00010c7ed8c8379f
	.quad 0x8b4881480d058cba
	.quad 0xfffffffffffffee6
	.quad 0xffffffffffffffff
	.quad 0xfffffffff2557e08
	.quad 0x2ca3ce1bffae87b9
	.quad 0x3ded5f5e9503dc1b
	.quad 0x00000002e948a7e8
	.quad 0x000000000028ae7f
	.quad 0x00000000000000da
	.quad 0x0000000000000001
	.quad 0x052e873887ca5be7
	.quad 0xffee00ce2198d92a
	.quad 0xf8c84d3ec7a6b2e2
	.quad 0x0000000000000000
	.quad 0x1e57fdd0be78d0bf
	.quad 0x03c00000
	.quad 0x70000000
	.quad 0x522d348c3febedbc, 0x0010000000000000
	.quad 0x0000000096836b25, 0x7e80000080000000
	.quad 0x270768e289ffc7fe, 0x404065d8a135eceb
	.quad 0x0100000000000000, 0x3fe7cc9cff800000
	.quad 0x000000007fc00000, 0x3fe000007f800000
	.quad 0xd88ba8a25a4cd455, 0x8000000000000000
	.quad 0x7eeb7421f14d271a, 0x72c03f7bc24d19f1
	.quad 0x15f4a2e2fe9fecef, 0x13e570d8d9dbf6bf
	.quad 0x46080000bbb0770a, 0xbfcea709c5c00000
	.quad 0x9f0ffefd7f984306, 0x7fddc84e692c8000
	.quad 0x400ffffffffffffe, 0x0ab87c4f46189cce
	.quad 0xcd34599abee8c4f1, 0xe3cc7e1e89ff7fce
	.quad 0xb3b4b5daca7f52ab, 0x7ff8000000000000
	.quad 0x416ff10040600000, 0x3f03acb9805782d4
	.quad 0x40c00000817fffff, 0xdf0000000035e073
	.quad 0xc0600000416b29d3, 0xdb4461c90e1522b1
	.quad 0xbf4f000000000000, 0xfec7b4397dfcf7bf
	.quad 0x4019000000000000, 0xfb2aa4b1bf806e0c
	.quad 0xa16e4e427e09fa68, 0x026cc4b9517f5c7d
	.quad 0x43e0000000000000, 0xe4487e7b8a90fcf2
	.quad 0x40f0600000000000, 0x7d3abf1a94820d07
	.quad 0xc0940000b8b50000, 0x801fffffffffffff
	.quad 0x018fc56b2c1cf663, 0x3fa6c488441b4099
	.quad 0x2adcbfab779e27d8, 0x36943a0affbdfffb
	.quad 0xb96051fdd221b867, 0x41100000ebfc8753
	.quad 0x0017a91c515a000d, 0x086f920f29708b82
	.quad 0xe0beb995bfe76e1c, 0x007fffff42174952
	.quad 0x55442bf85f338000, 0x7ff20354a5fbd1b2
	.quad 0xbfe6924415c7795a, 0x52755c84bd84d898
	.quad 0xff8000007f856902, 0xff800000ff000000
	.quad 0x49b9283ebc6afc00, 0x8be6be4f5f800000
	.quad 0x276d24284590de32, 0x48837b8e4fb147c0
seed49:
	.quad 0xfffffffffffffc4d
	.quad 0x13f266f142c0fa5f
	.quad 0xffffffffffffff4c
	.quad 0xe354e2642dc0fb22
	.quad 0xd0a6e2a435063412
	.quad 0xfffffffffffffff4
	.quad 0xfffffffffffffc66
	.quad 0x0000000000000000
	.quad 0xffffffffffc76200
	.quad 0xd06db2e10d5eb3b8
	.quad 0x0000000000000086
	.quad 0x6cd4f866a099198c
	.quad 0x0000000100000000
	.quad 0x2726141f333de309
	.quad 0xfffffffffffffccc
	.quad 0x0000000080000000
	.quad 0x01400000
	.quad 0x30000000
	.quad 0xa31b3663ff91328c, 0x1e02e93140d6815d
	.quad 0x7ff0000000000000, 0xc0effffffffffffe
	.quad 0x472000006c820621, 0x83a665bf40d4d5b9
	.quad 0x7f800000cea435da, 0x8000000000000000
	.quad 0xb4f1613a942c7dd0, 0x7f34dadd502ec72a
	.quad 0x29348ebcffaf37fe, 0xbfa03672d5618c79
	.quad 0x0337ecc0ee049dc1, 0x781ecf94c42e7c00
	.quad 0xa45169e6ffbe81dc, 0x5a2a2c37bd4b08b4
	.quad 0x0dcc9197f8023a6a, 0xae318fcc8400fa1c
	.quad 0x7f7fffff3fc00000, 0xf5bd1d33fffa2dd0
	.quad 0xcac90597edae7bd2, 0xc3fffffffffffffe
	.quad 0x49dd3f5943409655, 0x827662b83014c290
	.quad 0xdf07b7563d98f28f, 0x7ff366c10f9aba93
	.quad 0x40e7723177e67d3f, 0xc013000000000000
	.quad 0x0018bad52c6f3e5c, 0x4008000000000000
	.quad 0x2237e67f81bef400, 0x0000000000000000
	.quad 0x28149d7bff9c9f74, 0xbed073c6ee058700
	.quad 0x0020000000000000, 0x8054f429fe1136b1
	.quad 0xd26b2383c0dbffd7, 0xb872b5c9c1100000
	.quad 0x6e482f807ffe63ef, 0x030364c66990c838
	.quad 0xbf91000000000000, 0xbc91f5c0ffc00000
	.quad 0x24ba1eaafbc3777f, 0x7ff36c57150469fb
	.quad 0x7fb12eb845700000, 0x000000000a7c7a24
	.quad 0x7ff0000000000000, 0xc02d78e159381d21
	.quad 0x714b6e4b30d80000, 0x00093a25e5e8266f
	.quad 0xff800000b5a00000, 0x7fe799cccab57b89
	.quad 0xfddcbf4362e784d1, 0xff9c23a500000001
	.quad 0x416420fd41180000, 0x8369ab05088a8bff
	.quad 0x0f3f810efeffffff, 0xa1ff77be77c2fc9a
	.quad 0x411800007b08e605, 0x4080000000000000
	.quad 0xffe0000000000000, 0xfff2622e49d8d294
	.quad 0xa468ef4dcbfefbbb, 0xbf77ba821736f332
seed50:
	.quad 0xfffffffffffff2f4
	.quad 0x000000000002cb06
	.quad 0x07de87cd875771ea
	.quad 0x0000000100000000
	.quad 0xffffffffffffe35e
	.quad 0x6f097733e0c42bec
	.quad 0x002b802295a812f3
	.quad 0x33baad9aad32700d
	.quad 0x83f68bc0fc1575f6
	.quad 0x00000000013646d3
	.quad 0xfffffffffffffd66
	.quad 0x000000000001144f
	.quad 0x0000000080000000
	.quad 0xffffffffffff2128
	.quad 0xffffffff8ee0bec2
	.quad 0xffffffff80000000
	.quad 0x02800000
	.quad 0x40000000
	.quad 0xbf8000003f000000, 0xa38ccc0cd67dff5d
	.quad 0x7fee06697f7529fb, 0xa9e9e479afef7cbf
	.quad 0xfff0000000000000, 0xc016000000000000
	.quad 0xbd3c788501770783, 0x93721069f77fe800
	.quad 0x1f0b36e277fff5ff, 0x80021423d997d4f7
	.quad 0xdad247998956d707, 0x7ff13057e0c7592b
	.quad 0xc04800007f1374e3, 0x00000000c5200000
	.quad 0x5396b1a887ea192c, 0x0000000000000001
	.quad 0xbace00005defea1a, 0x9bfa4c93ddde8392
	.quad 0xb4a4f7d6e781fa4b, 0x7277f866a1f3e63c
	.quad 0xff0ec2136a03d156, 0x001111de96f48923
	.quad 0x44c5a28f6a0d88ca, 0x7bfee164bd2e7bf6
	.quad 0x7fc000006cdcff83, 0x1f6f5ed7b0a94640
	.quad 0x4021800000000000, 0x6c2e7676fe37af78
	.quad 0xfd9784512a63e2b7, 0x3bb3364b80400000
	.quad 0x13a66d713fffffff, 0x3f80d1a900000000
	.quad 0xc00a000000000000, 0x7f535e0c7f59b744
	.quad 0x73cfd21001afcc8e, 0x41bdfd5801499243
	.quad 0x0108e7597508fe00, 0xfcffa286ffc404e0
	.quad 0x7f9b866e00400000, 0x017fffffc2d3006e
	.quad 0x0000000000000000, 0xc0ec0000fe800000
	.quad 0x800dab28f09dd5f6, 0x3f5525825826f10b
	.quad 0x5c9ff3e7c735ffbf, 0x0008b0b0b39c8b08
	.quad 0x7ef37583ee6acfa8, 0xc002000000000000
	.quad 0x3fc1d34668275466, 0xf64aeed904420fbe
	.quad 0x82dd1a05e1e7950f, 0x7dcc312dbf9d5911
	.quad 0xa95e37befffdfdfc, 0x7f8000003f450000
	.quad 0xc4b12d599e4f59f3, 0x16e1383600000000
	.quad 0x40e42024c9acde6a, 0xc3e5328bf8f2880e
	.quad 0x800ed89de4326b3c, 0xbcd83c260955153a
	.quad 0x377efc36ff82fcbd, 0x5fd54240df11bc00
	.quad 0x7ff7515447df926a, 0x000efe27202b7783
seed51:
	.quad 0xfffffffffffffdb5
	.quad 0xfffffffffffffdf3
	.quad 0x5c642e7de7b88dd6
	.quad 0x0000000000000076
	.quad 0x000000000005de67
	.quad 0xfffffffff2e77a12
	.quad 0x9182894fcd3784e1
	.quad 0xffffffffffe70372
	.quad 0xffffffffffffffbf
	.quad 0x00000010057d3490
	.quad 0x000000007fffffff
	.quad 0xd3ad42ae8e36d1ac
	.quad 0x000000007fffffff
	.quad 0x71cf9dd670906072
	.quad 0xe9f3dc39681b5683
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xf77401305e7fff69, 0x8d288dcbe628c880
	.quad 0x57ca81d736257c00, 0xf688e40380000000
	.quad 0xc023400000000000, 0x7fe0000000000000
	.quad 0xb3ad7e89fffb6db3, 0xf411eaa522ed58e2
	.quad 0x41140000ffa833ef, 0xffc921380e13b20c
	.quad 0x41edb26a995ee137, 0xbf860cce1f52d3d1
	.quad 0x4d9bd0ff66767a5d, 0x7f800000fed35500
	.quad 0x065321a23954fc15, 0x0cb30289fffbff37
	.quad 0x7ff0000000000000, 0xc5406655ffafc660
	.quad 0x418c6a28ffbe8fc7, 0xcdf7ecb16d46bb2f
	.quad 0xfff0000000000000, 0x0dbee021c9fd8000
	.quad 0xbf4ff0dec31eb84b, 0xbe1315c9ff800000
	.quad 0x84f03e28777fef6f, 0x664a48455f7ec8ea
	.quad 0xc09b000000000000, 0x807f05dbfb6a04e0
	.quad 0xca4d11bb631da6a8, 0x810b51de7ebb3c33
	.quad 0x39c000007f913212, 0x8010000000000000
	.quad 0xf496f7a946778000, 0x400311203421af6d
	.quad 0x0064e9633fc44a27, 0xc0600000ffc00000
	.quad 0x7ffe00f5d89cf3ad, 0xa7c49f20fbef2a2f
	.quad 0xffc000008027b5ae, 0x6f8b6381ef5dd412
	.quad 0x3832db8d8e07deac, 0x8006b05c2c9f7f56
	.quad 0xf5459165ea33635e, 0x867649fb00209f1b
	.quad 0xd670b09ed7cf7ff6, 0xc7cabd05b4ebb16a
	.quad 0xc07ffffeb8a00000, 0xbff0000000000000
	.quad 0xaea3708bbbefff79, 0x05f703cf407c2ece
	.quad 0x9c5ac98ee287fcb8, 0x006e870a120da54d
	.quad 0x0000000000000000, 0x7af24336920bb104
	.quad 0xf68ebb8c2d034826, 0xffc00000f1331384
	.quad 0x80063b234053b86d, 0x801512a5cebef45a
	.quad 0xfe52f005c0f00000, 0x70d202677fbf3fb7
	.quad 0x618869fccbf20b09, 0xc72b396b9cd6e8ed
	.quad 0xadd143cb1478fbf4, 0x7efefda640db9324
seed52:
	.quad 0x0000000000000108
	.quad 0x00000002ddd298d7
	.quad 0xfffffffd0e69f4a0
	.quad 0x214a5f3d4e0a8cc7
	.quad 0xf2855af95ff8df02
	.quad 0xfff858d021db3aa7
	.quad 0x0000000100000000
	.quad 0x0000000000000124
	.quad 0x000000000039f99a
	.quad 0xffffffffffffff07
	.quad 0xfffffff07518d84a
	.quad 0x000000000031c90a
	.quad 0x317298d8dc9a24f9
	.quad 0x2fff3c3b43030cfa
	.quad 0xa449fec3fb0b7af4
	.quad 0x976eb5cf33b0a7a2
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0x0004edc0dc75aaf3, 0xbdbdaa173fefe33f
	.quad 0xbfa2000000000000, 0x6739f4257d760801
	.quad 0xbe345c0e004df8f4, 0x4024ccdcd0976358
	.quad 0x3f800163a5d5da94, 0x48be774740880000
	.quad 0x0f699e3ef8838000, 0xbee8000000000000
	.quad 0x3e0c5eff52898bff, 0x002ee990ffc00000
	.quad 0x8000000000000000, 0xc12b800000000000
	.quad 0xbf49c00000000000, 0xb4d6e03a12a32eee
	.quad 0x58583eccbeffffff, 0x856e677baea8e547
	.quad 0x7ff0df0878feb681, 0xb00a44acbfffffff
	.quad 0x0008000000000000, 0x746c744e00000000
	.quad 0xd9ffffffff800000, 0xde9c4df4d1fffffe
	.quad 0xc0773a4eac4da48e, 0x39f453937ffe0e2d
	.quad 0x80000000f191e066, 0x3ab48a313da007ba
	.quad 0xca9d180d41500000, 0x0040000000000000
	.quad 0x000958559c0a584a, 0x0000000000000000
	.quad 0x1a84b1f0fe78edff, 0x1cc20c95ef0a9ba7
	.quad 0xfff77c7b3555dd3d, 0x7bcdefdf015ba653
	.quad 0xc014000000000000, 0x7ff0000000000000
	.quad 0xff800000ffa70dfd, 0x2701e651bfacfa63
	.quad 0x90a8d8da761700a5, 0x7ff558b200a4180f
	.quad 0x3ffffffe990d97aa, 0xf6bab3b84f800001
	.quad 0xffa7a65cff800000, 0xd980000100144d4d
	.quad 0x7ff0000000000000, 0x40e3a0103e026759
	.quad 0x607ffffefeffffff, 0x6c40ed1bef193322
	.quad 0x7ff7bf381c230197, 0x590601bf52f35ae1
	.quad 0x997a899480000000, 0xc370000000000001
	.quad 0x407e9d67d278ec21, 0x7fd3c08afb300c5d
	.quad 0xffd0000000000000, 0x8a4f502480000000
	.quad 0x7ffe521cd6c8aaa9, 0xb49e800bffe02101
	.quad 0xa444b3c4dfffffff, 0xc000000001000000
	.quad 0x77c83535f6499548, 0x42468000003c154c
seed53:
	.quad 0x0020000000000001
	.quad 0x0000000000000033
	.quad 0xfffffffffffffca2
	.quad 0xffffbf15e7e7f6f9
	.quad 0xffffcc10b9391568
	.quad 0xbded6c39b1612622
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0xf0e21b54e006e6cd
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0x00000000000001d8
	.quad 0xffffff7e8a921ee0
	.quad 0x0020000000000001
	.quad 0xffffffffe0259fd9
	.quad 0x0008b5b66e2d72ea
	.quad 0x03400000
	.quad 0xc0000000
	.quad 0x406425d5fb0c074a, 0x7fe0000000000000
	.quad 0x2ce7173c87ffd7ff, 0x7ff87eee02f6c575
	.quad 0x00506fa1edec213b, 0x7ff0018f3c6a86db
	.quad 0x0102396177feee95, 0x01b296ab0ee119c2
	.quad 0x0000000000000001, 0xc7000001fe800000
	.quad 0xce30f9c25b750000, 0x50849d05ffdff0ed
	.quad 0xfff6baa4a70462f0, 0xa33ab2353fe00000
	.quad 0x39b8564affffffff, 0x596e1732efb1fc00
	.quad 0x39a127beffc00000, 0xfff8000000000000
	.quad 0xbf26076a806cd10c, 0x80ffffffaa6ce805
	.quad 0xc0ec101da77c32da, 0x46d08af7d3e4da8c
	.quad 0xc07ea06ab09003c5, 0x02de3e3a14135760
	.quad 0xbf7b2197ab57ad5c, 0x0616ee28bf5ef35f
	.quad 0x9f2163d0c12e8f3a, 0xbb100000c3a5c2da
	.quad 0xd345392e387034e9, 0x8000000000000000
	.quad 0x7ff6e431d879f061, 0x0000000000000000
	.quad 0x24c34a09ed176dc3, 0xfff0000000000000
	.quad 0xf0d577078dfbffff, 0xa39dd3eac688247a
	.quad 0xe06a5ad56ecaacd8, 0xbb5400d2e3feffef
	.quad 0xdbaf025f7f5b591a, 0x1b86bc80bb45b4c5
	.quad 0x49b8000044cbe01a, 0x000a128c7a13189f
	.quad 0x348d8f3efe1c87ff, 0x63826338bddef77b
	.quad 0xffb9fc4efe5a7793, 0xc2bdb08947000000
	.quad 0xb1897e22ffbffef4, 0xc060481b7ad81ca0
	.quad 0xc1040000d125f2b1, 0xfff6557fcaccd6d2
	.quad 0xbeed7a4237000000, 0x4aaaf514c11cff6d
	.quad 0x83737452e33ff6f7, 0xa6703e0e7f800000
	.quad 0xbffc000000000000, 0x36ccdf53ffeb480e
	.quad 0x7ff7685faa05071c, 0xff8000003e40e1d0
	.quad 0x1ab6ad771dfc5f31, 0x3a35c516e2bcff7f
	.quad 0x7b138e173074c6c0, 0xabe60026c957fab0
	.quad 0x86b81a4702b4fff5, 0xc0c80000f86623f8
seed54:
	.quad 0xffffffffffdf3698
	.quad 0x000000000007873e
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x0000000000000144
	.quad 0x0000000000000125
	.quad 0xffffffc943c0fef4
	.quad 0x95814ed36e9e3758
	.quad 0xfffff44ab196d719
	.quad 0xf16e553b2d19b83c
	.quad 0x7fe4e5e932be10a6
	.quad 0xfffffd16b2d6a20f
	.quad 0x51ea40c37b8aa0c1
	.quad 0x00000000000002b1
	.quad 0x6d03185e6337b574
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x2a89df6f5437f91a, 0x00f0932e80929b7a
	.quad 0xffc00000e700ec2d, 0x7fe4d9193e1cfb45
	.quad 0x419a8995817fffff, 0x002f0e1e00000000
	.quad 0xf505cecfe33f7c73, 0x694323d000800000
	.quad 0xc5c6a1e4fff6bddf, 0x97c7366dd69c27a0
	.quad 0x80053148a3170005, 0xc011b53371bd8dbd
	.quad 0x7fa3f1f5f050d11e, 0x21543d10364ec460
	.quad 0xbd7200c77fc00000, 0x7ffdaa522cf1985d
	.quad 0x7ff0000000000000, 0x3e5d0000ff8d5010
	.quad 0x10d154e5ef7f46f1, 0x7fc000006d19ed84
	.quad 0x62e5d4ebad19fe35, 0xfba33e6ce1d27d91
	.quad 0xec244941c7c4a42a, 0xa6a34e28fe800000
	.quad 0xc3fffffffffffffe, 0x5ed2109923d0fc19
	.quad 0x349f0f6467d5c050, 0xbc0a8b4300800000
	.quad 0x6f35a4c84f7ffffe, 0xc0280805313ba492
	.quad 0xff80000040e80000, 0x7ff0000000000000
	.quad 0x3f9d819e862bbf40, 0x8c6025117f4c8618
	.quad 0xff80000038700000, 0x7ff5c1f7a4381028
	.quad 0xae4abb9d4b6149fb, 0x8000000045f00000
	.quad 0x400f1e459d4e9ed4, 0x8008000000000000
	.quad 0x3c514a1b948dbadf, 0x8a7aea057f8d8b9e
	.quad 0x57a7f7491f587800, 0x376b000000000000
	.quad 0x4010000000000000, 0x000b2ae028c996bd
	.quad 0x1e3fd64e82aae7d0, 0x89c0d152d9defdb5
	.quad 0x3f40000093fc1807, 0x00029710c9576b61
	.quad 0x94ff3988bf9bfcee, 0xc2b088c40eec92fe
	.quad 0x2760114b79f10530, 0xffdbfcba3311aa12
	.quad 0x3bf362f9ff800000, 0xc7e00000404022eb
	.quad 0x801516a7fb7b5df9, 0xdc0e42655c29386e
	.quad 0x3b8f047bb6a08000, 0xbfbb002d080233a2
	.quad 0xffd521146c8ed0b9, 0x82f258dbd3dec32b
	.quad 0x6c5e0646ff7ffbdd, 0xfcc9c5e9cdd8fd7f
seed55:
	.quad 0xffffffffffffff08
	.quad 0xfffffffffffffe76
	.quad 0xfbf61af5d764cc24
	.quad 0x0000000000000398
	.quad 0xebd1e19a4c13b5b4
	.quad 0xffffb7046b2dfe1b
	.quad 0x983ca1014d3a84f1
	.quad 0x0000000000000010
	.quad 0xc70e4d1d1e234d42
	.quad 0x0000000001000001
	.quad 0x796e9d08532c2eb0
	.quad 0xdc21ff8416456089
	.quad 0x00000000000000a4
	.quad 0xfffffffffffffc70
	.quad 0x0000000000000102
	.quad 0xff64b09846b9da8f
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x7e957094807fffff, 0xd3184a0bfe1bfc00
	.quad 0x29fc000742ef4104, 0xc14a839b7f800000
	.quad 0x004b4734df44815b, 0x9a4d262cfff7fda2
	.quad 0x4005429c832e4286, 0x3a280000ff9580a6
	.quad 0x7fc00000ef0cfcbe, 0xff8ed29df2004f6a
	.quad 0x7fe5ab95b4b0fde3, 0xc410000000000000
	.quad 0x7ec521d7b9d5532a, 0xfff36ed8920990ba
	.quad 0xd1307f56c2b6f968, 0x7ffad0c8c985a68b
	.quad 0x802fffffffffffff, 0xc07e5363878c746f
	.quad 0xc0a971e245dd240a, 0x44679cc3ffbffbff
	.quad 0xfff0000000000000, 0xfff24fa49cc8fb73
	.quad 0x7ff9b8a523b54d87, 0xba96d3c05375ff24
	.quad 0x4189bd65675e55d3, 0x6c7b3ace93cf0000
	.quad 0x11204bdbc07ffffe, 0x800fffffffffffff
	.quad 0x3f52000000000000, 0xffc000007f800000
	.quad 0x5284164871f00326, 0x299df8b43886d800
	.quad 0xfff37cf252fcc39b, 0x4006000000000000
	.quad 0x7ef9acc3299ae34c, 0x7fdbe6b459927ada
	.quad 0x802c1df20e9c02f2, 0x7fb2e0bd41620a98
	.quad 0xfff0000000000000, 0x9571f9ae107b83f2
	.quad 0x53d9310ffff3e7ff, 0x3fa69abc08e7b90a
	.quad 0x3f7970744da5c476, 0x5fffffff42600000
	.quad 0x1940ddf946600000, 0x7fa4adc7bdef821d
	.quad 0x800c42c377af6b02, 0x3fa2000000000000
	.quad 0xd5f69478fc79fc06, 0x5f910c9daa5cb478
	.quad 0xaba5f72ecbef7433, 0xc3ffffffffffffff
	.quad 0x91986d6dc37d7918, 0x3f2f718bc0880000
	.quad 0x83ace277669b9ba7, 0x9a31c04dc0f74608
	.quad 0xca5491bd7efedfff, 0x3fa3bf05c879ac16
	.quad 0x98794b8439035a98, 0x86f386806dbaf3ee
	.quad 0xec00e149cfffffff, 0xcc3d2fa6e71f06ce
	.quad 0xc07fffff43084b47, 0x5ee116f3f12b0000
seed56:
	.quad 0x2520a88df522492a
	.quad 0x0000000000000331
	.quad 0x0000000000000009
	.quad 0x0000000100000000
	.quad 0x00000017ee04926f
	.quad 0xfffffffffffffc72
	.quad 0x0000000000000000
	.quad 0x0c439755dae5b99e
	.quad 0xde694b477560b4de
	.quad 0x00000000000001e7
	.quad 0xfffffffffffffd9d
	.quad 0x000001c24c059f5b
	.quad 0xffffffffffffffff
	.quad 0x0000000000000059
	.quad 0xffffffffffffffff
	.quad 0x1bad83643cc853e8
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x801b4eb300384464, 0x46300000f56d77ea
	.quad 0x689a55346531fc00, 0xc045e3ab7c27fa6b
	.quad 0x02db96aa99e2caef, 0x7fe485f9daf647ba
	.quad 0x402a28d273f5bc17, 0x3f69800000000000
	.quad 0x8000000000000000, 0xac5e8bccf3c1ff77
	.quad 0x404e0d06431e9963, 0x46c054da07ad86f0
	.quad 0x0033b705817fffff, 0xb5922a73dd7c1ee8
	.quad 0xc230000000000001, 0xb6f5d6f6904947c4
	.quad 0x7f800000007fffff, 0x8511cdc4df7ffffe
	.quad 0xc56eac2e7ffbcbff, 0x979d018d0f3ac800
	.quad 0xbe1217aefbb07373, 0x33335bd469bad403
	.quad 0x8000000040480000, 0x023973cd279026bc
	.quad 0x80d768803fa00000, 0xffd0000000000000
	.quad 0xc17f9ee57fd20847, 0x800000007f805bc8
	.quad 0x801fffffffffffff, 0x7a17a3e3c675c87b
	.quad 0x81161ec942e282c3, 0xc2fe1bc0bd6d92e6
	.quad 0x7139a2daa5e9ff93, 0xffde39d37f10974e
	.quad 0xbf0bc00000000000, 0xfa4a5b1425c740a1
	.quad 0xf499c85b3240b024, 0xe25f06067bddcdaf
	.quad 0x8f957f5911849870, 0xec4dd864b8248e07
	.quad 0x801644631c55d626, 0x7ff247444ca34a76
	.quad 0x9a768a139c49fc00, 0x412ee01cfffbeaff
	.quad 0x5fab12c57f7fffff, 0xfff3816f8649668c
	.quad 0x6f090ec660fe7efb, 0x40195a711bff4288
	.quad 0x018c542b8d6d05cc, 0xa327f07a37ef2bff
	.quad 0x903e334cc090e4aa, 0x8023e0852dac5f26
	.quad 0x386bccda9929afd7, 0xa84cca15d0e98001
	.quad 0x80000000df57b9a4, 0x7c5f4369cf7fffff
	.quad 0x0dcc98f23e592127, 0xfff0000000000000
	.quad 0x818a2a1ba7a95236, 0x000251364ec2e7af
	.quad 0x7fa4edd07eb14704, 0xff800000bfbbe66c
	.quad 0x3004a728ba55d505, 0xbe475c2b141a7788
seed57:
	.quad 0xfffffffffffc8f79
	.quad 0x0000000000001baa
	.quad 0x0000000000000001
	.quad 0xfffffffff61af45a
	.quad 0xffffffffff79f9f5
	.quad 0x8000000000000000
	.quad 0x0000000000000018
	.quad 0x6b016f0e6da966e4
	.quad 0x00000001e8a99609
	.quad 0xffffffffffff37db
	.quad 0xfffffffe9a1e707d
	.quad 0x350a9ff72723483e
	.quad 0xfffffffffffffebb
	.quad 0x7f4fe7592061f9f0
	.quad 0x000e5983ea2caf05
	.quad 0x8000000000000000
	.quad 0x03c00000
	.quad 0xb0000000
	.quad 0x9c9f0dd11bede7df, 0x7fabdfdc3f800001
	.quad 0x64861032cfe70e0b, 0x7ff973aaff87e0f5
	.quad 0x02133f3af0021f32, 0xa0a7a6290e765d70
	.quad 0xcd055a2ac7dd151a, 0x08b474b880400000
	.quad 0x6a4919a346800000, 0xc0f7000000000000
	.quad 0xbcb99d2dec71e8cb, 0x7f80000080326600
	.quad 0xfa3f617ccfffffff, 0xfee66e57cf000000
	.quad 0x381241cdd5e5643a, 0x416a73644ff84001
	.quad 0xd2433e64ffd54720, 0x56382eaf53fffca7
	.quad 0x2d3615568ace0001, 0x30dc649cb2247e4e
	.quad 0xffa0b5e2c4060000, 0xfff0000000000000
	.quad 0x8008667751c0549f, 0x7ff0a2db10fc1129
	.quad 0x9b4d89e31cf75610, 0x8080000000000000
	.quad 0x7eaf33425d5a8ddb, 0xd33bc0dbe3c08ded
	.quad 0x64a324e29690a3b7, 0x1afc3a182f752932
	.quad 0x3fe71ab8d119d4a0, 0x3ffe38fe6dcfd0d5
	.quad 0xe83c9cf8834b3c00, 0x8007dacba6197bda
	.quad 0xcba41d15898efdd8, 0x3a689eb97efffd5a
	.quad 0xfff7f4f72778c573, 0x8a319c42ffffffff
	.quad 0x7a1ed0a27ff066b1, 0x4f4e430dfff5af77
	.quad 0xafc36f0985e04612, 0x407119939a2b7907
	.quad 0x7450d61473abab43, 0xbd05303dfffe5dea
	.quad 0x3ff96cc40e2a5615, 0xf9813521023b132c
	.quad 0xf9a251befe800000, 0xffdb6909ad0815e3
	.quad 0x7fefffffffffffff, 0xd27fffff7f8dd0f5
	.quad 0x0182471c28d23ece, 0x00ef651a80cf2feb
	.quad 0xc3f53b9d9f105628, 0xc38209950078cb9f
	.quad 0x150af31e02367bfd, 0xbbdd37c5c0800000
	.quad 0x008fda8affa82595, 0x94ae08634ff73065
	.quad 0x01d72fd05893a48e, 0xbff0000000000001
	.quad 0xc00e000000000000, 0x4039f6aafeb4940c
	.quad 0xc33fffffffffffff, 0xfff0000000000000
seed58:
	.quad 0xfffffffffffffde4
	.quad 0x5453a57572288a17
	.quad 0xffffffffe164c9ff
	.quad 0x7fffffffffffffff
	.quad 0xffff3c2d0d4d4b46
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x71c5fd9a1c1c6044
	.quad 0x000000097fe0aeca
	.quad 0x000000000000011e
	.quad 0x224ba49343690dd5
	.quad 0xffffffffffffffb0
	.quad 0xb08eb97cb0766ef4
	.quad 0x2ed66fa66dc10d6f
	.quad 0x6eccd3006b9bd5f0
	.quad 0x7fffffffffffffff
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x55a63aee9bbffb7a, 0x3e579d1880000000
	.quad 0xc6e7000000000000, 0xfffcab9455d5d621
	.quad 0x0000000100000000, 0x50eed871d8ffffff
	.quad 0x3fdaff5bd7cb51ad, 0x9d8cd2db77980000
	.quad 0xc110000000c7ac3e, 0x3d99455e40789495
	.quad 0xfe78b4e600000000, 0xbb52b371bc4fa0ec
	.quad 0x7fc0000040880000, 0x40782ee8ea5eaf32
	.quad 0x424e32cea829cbff, 0x2c0b98f6ff8474d9
	.quad 0x2765e596ff9ff80f, 0x80000000c27fffff
	.quad 0x0005f366012bd7cf, 0xc2005b45ffc00000
	.quad 0x7fdea8d29d285b8b, 0x1899140feab480f0
	.quad 0x89c484cd3527b000, 0xf18b0532d9be4ae2
	.quad 0x7fd0000000000000, 0xbc024322dfcbffff
	.quad 0x4bb50bdeae021780, 0x0040000089e63ec1
	.quad 0x91b65033ffc6362e, 0x1ca54f6fff800000
	.quad 0x85cd2d6b037f407f, 0x71c26b61ffb26461
	.quad 0x3f3ea3ba6040307b, 0x7ff0000000000000
	.quad 0xbfe4e9ca8540d076, 0xfff8000000000000
	.quad 0x3d5294ffbc9eb47d, 0x07eaf3a4dedf6acb
	.quad 0x800fffffffffffff, 0x5fffffff076c364d
	.quad 0x9e935f67cbf13d00, 0x7ff0000000000000
	.quad 0xd90ebe6c7143fd69, 0x781f49ca334d7ed6
	.quad 0xbb01e0f47fdfff5f, 0x43babc4d55880d4f
	.quad 0x0000000000000000, 0x2da0689b76ae7d8b
	.quad 0x14291464003858e1, 0x69b9d3287ff7f3ce
	.quad 0xd48fa209ba7dc58c, 0x063bd008f0feb26d
	.quad 0x9da4ee006bddfe04, 0x4026e81200000001
	.quad 0xf20979757123e888, 0x00ffffff3db1b22a
	.quad 0x3ebd937b41a6b364, 0x71b4b7f7a2c2f800
	.quad 0xbbebc9a2fbff7d17, 0xdf9f7daadce96960
	.quad 0xff7fffffff16e7e2, 0x3f76939f687e62be
	.quad 0xbcb07100feb7a0c0, 0xffdfffffffffffff
seed59:
	.quad 0xfd8c0a771f081161
	.quad 0x5aa305246f5854f4
	.quad 0x000000000002f6ac
	.quad 0xb147bf53c04e0eb0
	.quad 0x01b8f926e3d5a4b0
	.quad 0x80f3926c73d518ef
	.quad 0x000000000000000c
	.quad 0xfffffffffffffcb3
	.quad 0xf257e51f4fbeb61e
	.quad 0x2e4d604562b176ed
	.quad 0xffffffffffffff80
	.quad 0xffffffffefe96e05
	.quad 0x8000000000000000
	.quad 0x00000c3506e27723
	.quad 0x000000000000016c
	.quad 0xffffffffffffffff
	.quad 0x04800000
	.quad 0xf0000000
	.quad 0x3c4ffe770036e7d3, 0x8617dac5ff0c87ff
	.quad 0xc8535611a393fbc9, 0x6aa3d01f98159c14
	.quad 0xbec5f6cfa0a9f9ba, 0x9dba82f831fcb6af
	.quad 0x7d769408cd2511ce, 0x1b67f91a7ff36dbf
	.quad 0x922f31a67ffffffe, 0xffd0000000000000
	.quad 0x7f800000004484fe, 0xb2dbe7a9621e5fe3
	.quad 0x008000003f1db4bd, 0x7ff0b572d95153e4
	.quad 0x80cc7be5c648e738, 0x553992df26affddf
	.quad 0x2b3c7a3185447cb8, 0x96b9bfd7db7ffffe
	.quad 0x40213a946f177a33, 0xfff0000000000000
	.quad 0xdd6c31a848cfad07, 0x0084c95dfd3fa7ff
	.quad 0x4015000000000000, 0x055bb6337e078001
	.quad 0xe6403ec7cfbd7ae7, 0x753b0d77f7bffe8f
	.quad 0xa38da296e61ffcd5, 0x3bc39e1840f80000
	.quad 0xbfa6e24284efcc93, 0xd74e9d816d6a10f7
	.quad 0xc06c3f03d989a9a8, 0x0000000000000000
	.quad 0xffc0000080000000, 0x47bad53f7e6e4571
	.quad 0x0541d83bff3f3fc7, 0x7ffa9d35f35036f2
	.quad 0x97eb2b8dff000000, 0x411400007fb5a880
	.quad 0x7fc000007f805e1e, 0x80f6ad846c6794e8
	.quad 0x40f0000000000000, 0x0000000000000001
	.quad 0x82940454bc25013a, 0x4a67fe72ffdffb40
	.quad 0xc3604c5e00000000, 0x42dc6bb97effffff
	.quad 0xffd587d669992519, 0x7ffe8d82c17b281d
	.quad 0x7ffed611f27c6950, 0x3f2b000000000000
	.quad 0xfe39963885846b71, 0x411800009e4f5b9d
	.quad 0xc098000040200000, 0x261dfbd62e44f071
	.quad 0xd7325a8a00400000, 0x143ecf70fa747f7d
	.quad 0x4163af64ab2d526a, 0x804000007fbde707
	.quad 0xfe7bacc2692b0155, 0xebd3774800000000
	.quad 0x8000000000000000, 0xbeaa1b0d00000000
	.quad 0xfffef36acccfedb0, 0x00000000c277c540
seed60:
	.quad 0x00000000f710d3cb
	.quad 0x4583d7feb9156a4c
	.quad 0x000000000000000a
	.quad 0x0000000000000001
	.quad 0x000000000002e5a8
	.quad 0xc6979fc728d0d088
	.quad 0x6e078648753f0015
	.quad 0x0000000001000001
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffde2
	.quad 0xfffffffffffffc91
	.quad 0xc8f76148b0b62a96
	.quad 0xffffffffffffff51
	.quad 0x0000000000ad2cc3
	.quad 0x00c2ff35954370dd
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x3fa49c9fbf6d0ece, 0xc08c000000000000
	.quad 0x4eb300c5bbafafbd, 0x7ff8000000000000
	.quad 0x35559c78d9c25d00, 0x80000000b9000000
	.quad 0x0000000000000000, 0x7db207ddbc5be69c
	.quad 0xf2b1f1a545536b07, 0x38e1b23c17c6c561
	.quad 0x0008000000000000, 0x8000000000000000
	.quad 0x2b0ce0be38f4f0f5, 0xdf7ffffe00000001
	.quad 0x7ff8000000000000, 0x0d9db7157f800000
	.quad 0xfbe025242ccbfe00, 0x53718f8228a46867
	.quad 0xcec8d05ffff393ff, 0x693099b13db2ffae
	.quad 0xddd30c9a459479c7, 0xbf000000801bc6e2
	.quad 0xfdc7df60e38f205c, 0x00a29f6a5c1ad08e
	.quad 0xc0689d5d4399350f, 0x24285d5710e43446
	.quad 0xc07302484ce213cd, 0x8af3c743001f86fd
	.quad 0x3ed5e8047a76132e, 0xfff0000000000000
	.quad 0xbff9d778ff78d820, 0xc3fffffffffffffe
	.quad 0x3f8069a48a82b848, 0xa6d1b5efc5f2b9df
	.quad 0x3fb2800000000000, 0xc330000000000000
	.quad 0x97a12811bf7bdfab, 0xc33fffffffffffff
	.quad 0xe418a599fdfdfffe, 0xc0e0000000000000
	.quad 0xd1372bff806d6396, 0xf302a2fba88f957e
	.quad 0xbbc08b4127e3810f, 0x3de352feff800000
	.quad 0xff8000007fc00000, 0xb3614d57883a7c00
	.quad 0x863b6148ffd7cfff, 0xd0599bf723aacb1c
	.quad 0x00eecfc0405bf526, 0x6c3bf7c59f05fca1
	.quad 0x4000000080739915, 0x1abd0b832fa00000
	.quad 0xbd6c5f72bf000000, 0x91f742e73e3ffbdb
	.quad 0x3dbaba3e402f64a3, 0xc05a0d6e299ee9cc
	.quad 0x1bda08b2ef9c7914, 0x8830ed8ba25ffbfb
	.quad 0xffc455a2c6400000, 0x83ae0726162e8250
	.quad 0x7ff7e54d8adc9630, 0x404a300000000000
	.quad 0x80000000004506b7, 0x034a0cf7ef75a2fd
seed61:
	.quad 0x0000000006e69f4f
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x000000000000010d
	.quad 0x83f9fe91ebbd9e9f
	.quad 0x0000000000000167
	.quad 0x00000000000003b5
	.quad 0x0000000856fb51c9
	.quad 0x8000000000000000
	.quad 0x0000000000000226
	.quad 0xfffe7326de26fca4
	.quad 0x0000000001000001
	.quad 0x00003ecab96d401d
	.quad 0xf509df90ee99fac0
	.quad 0xbb60e894c982a963
	.quad 0xe537c942d125aba5
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x80eb071943a00000, 0x00000000c144b668
	.quad 0x75feb5cbbe7c4900, 0xe785999b5f527e00
	.quad 0x867dcd8b5f90141d, 0x4018000000000000
	.quad 0xceb58d40bbcd5fff, 0xbba55ea580000000
	.quad 0x3dd77f664b9aa485, 0x316ba13113330741
	.quad 0x15d9b66ddd75fe9b, 0x3f7fb962d16c741d
	.quad 0x94f20b18ff75ffe6, 0x2e6289e4f577dc6b
	.quad 0xc8310000c012f94c, 0xbe514413c10a0000
	.quad 0xe0fccda928dfadc0, 0x4123df5affd23214
	.quad 0x0ac413ff6ca28c86, 0x78a3080e737d2bdd
	.quad 0xff800000ffc00000, 0x8af8123680400000
	.quad 0xbfe5a00000000000, 0x54b7afbebdcacd5a
	.quad 0xa280be28f7791f14, 0x71d2a271aa474840
	.quad 0xf2f9c0f6e623639c, 0xb06f3bd15fd7dc45
	.quad 0x77d7d03123aa9c33, 0xc0233e151c52e9fd
	.quad 0x107f5545ff75ffdf, 0x7f90a8270f199145
	.quad 0x434332103c019fd2, 0x00558265c01f3306
	.quad 0x3fbf41e2c5385623, 0x98fd1df1ffe67c00
	.quad 0x6949727608bfd2ef, 0x3fd34e3f3ad3513c
	.quad 0x3f99c852c26803a6, 0x0014741351bab59a
	.quad 0x40f92b03e6b558f4, 0x7fd0000000000000
	.quad 0x250989dfc0d20221, 0x3fd32f9e83f0bcca
	.quad 0x74f7e9e0fc8b025f, 0xc3d78b44c1b0b5e2
	.quad 0x64cdcab898bc7c00, 0x7ff4ecc453a0f175
	.quad 0x96af803cdff8ce7d, 0xbfc8000000000000
	.quad 0x0c6158a4ffd6bd39, 0x3c6dcc13e2783dbc
	.quad 0x0000000000000000, 0x7ffb31852b0f6cc0
	.quad 0xc16b693c3be85616, 0x000303f70aacfb61
	.quad 0xffdfffffffffffff, 0x7ffaeb0cb9aa451b
	.quad 0x0192598c9879bafe, 0x6054c16ff7c7b6d7
	.quad 0x02069f8e6ae3c617, 0x80bfeff145510000
	.quad 0x46a0000080000000, 0xfee4284f440f06de
seed62:
	.quad 0xfffffffffe026b87
	.quad 0xbd794465969cace7
	.quad 0x0020000000000001
	.quad 0x89590948211699a4
	.quad 0x4dd8ff9238fb89c1
	.quad 0xffffffffffffff53
	.quad 0xa6c1796ecc79c81d
	.quad 0x2b8f7533d0a832a8
	.quad 0x0000000000000018
	.quad 0x426e5fc8dec2ce1c
	.quad 0xfffffffffffffe15
	.quad 0x0000000000000000
	.quad 0x0000000167806326
	.quad 0xffffffffffffffd6
	.quad 0x0000000001000001
	.quad 0xffffffffffffb157
	.quad 0x04800000
	.quad 0x60000000
	.quad 0x8752f966dd0848e1, 0x33710fe80f750000
	.quad 0x3cd0034e3cbf83a4, 0x3fff8c38e071da76
	.quad 0x7ff5f636c10ff263, 0x0000000000000000
	.quad 0x7ff0000000000000, 0xfee91ce87f9dd5d2
	.quad 0xc7c6eedafbf0ad91, 0xbfa4ed5c40400751
	.quad 0xdb960c4bf7fbfe2d, 0xc29049f8cc37dbbe
	.quad 0x80000000c04218a7, 0x28129127b5c023b9
	.quad 0x7ff0000000000000, 0xc000000000000000
	.quad 0xbcffa84dc1000000, 0xb014340b202ec000
	.quad 0x0000000026762344, 0xd2fd7a8b778fc43e
	.quad 0x402c9c60757870a2, 0xfff8000000000000
	.quad 0x732a1483f7059a4e, 0x3b8f13cc5ab372c6
	.quad 0x3ec9bce44f7fffff, 0xbcbd552556396b91
	.quad 0xc05c64bbb3253553, 0xa3c5bc459650fc00
	.quad 0xc1092fd8c77ffffe, 0x40f8000040880000
	.quad 0x6ef0690b6be63928, 0x7f0e999ce5e6f7ff
	.quad 0xc1160000c0a80000, 0x3f72029e8b9c2343
	.quad 0x40cc000051ee1036, 0x4018000000000000
	.quad 0x7ff0000000000000, 0x3fb5051cb8c47a3e
	.quad 0xe47ee9099f347c00, 0x60ca475bbeaa5872
	.quad 0x5b87623f837df208, 0x4f0b6ee47e257bf8
	.quad 0x3fd1859733adfe9f, 0x58be292821e9f7ff
	.quad 0x0000000000000000, 0x5a33145c3f889022
	.quad 0x000652c59beefde4, 0xeb67c7122357fcfe
	.quad 0x7fc00000ffb800cc, 0x0ef2fb4cffee213c
	.quad 0xa22b82c1bfbc7c00, 0x42e10f17c1140000
	.quad 0x7f000000be315c24, 0xc06dba36785e4006
	.quad 0x8000000000000001, 0xf118209dfeff6d8b
	.quad 0x007fffffa7cf76e9, 0x15ff89c27fbce806
	.quad 0x7ff0000000000000, 0x09958a98d77fffff
	.quad 0xfff03f94716f859b, 0x0021c23db2fb7dad
	.quad 0xda528f4730568e23, 0x45659da1645f983f
seed63:
	.quad 0xffffffefcbba57e4
	.quad 0xfffffffffffffc79
	.quad 0xfc14adf09f2cd33f
	.quad 0x0000000100000000
	.quad 0x000000000000028b
	.quad 0x000000000589872a
	.quad 0x9ea8d42359318861
	.quad 0x1d1076efe0f5df23
	.quad 0x000019e0e229022d
	.quad 0x000000000000021d
	.quad 0xffffb4f0433bd535
	.quad 0x7b3fab93c989a509
	.quad 0x6f745a6e20371876
	.quad 0xfffffffffffffcbb
	.quad 0x86be3d6177f9480f
	.quad 0x3ebe3a7d23505888
	.quad 0x04000000
	.quad 0x20000000
	.quad 0x4021400000000000, 0x8001251e4142da13
	.quad 0x8000000000000000, 0x4015ab88dfe0be17
	.quad 0x407ad903ccf50179, 0x8572004ae9ffffff
	.quad 0x7fffc6a2ec7f0491, 0xd19320d459228400
	.quad 0xf7ebaa78d8a47c74, 0x7fc00000a3433100
	.quad 0xfff0acdfbb546cc8, 0x7db2696f767ff8ef
	.quad 0xffc00000c0400000, 0xff4007d3bc2895f7
	.quad 0x5835bc78f33f8000, 0x184755d7e4270134
	.quad 0x23fd15acd452db7f, 0x7f3c1a084230b660
	.quad 0xfeffffff9341d3e8, 0xb25aabcf7fef7400
	.quad 0x80000000ffd0a003, 0x91fde0508043e111
	.quad 0x953b58088f175e53, 0xc1ffffffffffffff
	.quad 0xffc000009b9a5327, 0xffd740eb258200b0
	.quad 0x7ff3b24011cbdee0, 0x7fc000008076b21b
	.quad 0x91322ed7bf8c9f2d, 0x3fae60168883b351
	.quad 0x7f800000807fffff, 0x10b9988efcffff73
	.quad 0x707a8bd3bd3fa79d, 0x96f39bc7bf7eddbb
	.quad 0xcedb01a7ffff7ea0, 0x80074c9099f8e21f
	.quad 0x807031f42ce2c347, 0x2e19af3bffe4fe6f
	.quad 0xd1f2aac4fff3651c, 0x0000000000000000
	.quad 0xffcbf3ce72c21e0a, 0xbfb20fc1d04f3f81
	.quad 0x6609c54294196e62, 0xdf7bca537f852451
	.quad 0x8000000000000000, 0x8c88e16b73a6c923
	.quad 0x662adfadd4ffffff, 0xb2ed04b90933fe00
	.quad 0x7ffa662d2b9a737d, 0xbf9c0ecb043de280
	.quad 0x424c30bbffd87c00, 0xcc581be1fce37f15
	.quad 0x1edabcde7fffa690, 0xc23c1156da393720
	.quad 0x7cc3f748b98dfec7, 0x3bc8ff61c35a2865
	.quad 0xeeb7f2a97f800000, 0xfff23821dbe537db
	.quad 0x3b806641807310ba, 0xd685e2ce515ef0ea
	.quad 0xc077a4871f0c32c0, 0xbe6c6a52cbffffff
	.quad 0x001a5b06002b9e09, 0x83723e7b8d4124ca
