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
	.inst 0x1e2169d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f6de432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6039b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e703a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21a835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e652150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e20dd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6b3578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f37fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2902ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e618abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19e16c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e67c49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f08a01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62001f
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
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f31fd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e244193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5faf5194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a3996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e36c617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f14bdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e222939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e219a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f40a55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f5a1dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f84125d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2fd89f
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
	.inst 0x1e2c0890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2c3a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e300062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e700203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1b9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e61b9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fc091d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25ccb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e30c4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e75f4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f8d12fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6de5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c75fe
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
	.inst 0x7ea0c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea3fc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0c04d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee8cc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6afcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6220b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f3afcb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e37ddbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e66e5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c1dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0f83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21ab5f
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
	.inst 0x9e630030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a2951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71dc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e438913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6f2014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6eb555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61c677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61b9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f62bd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e65008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2742bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3800ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eb8f43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e65016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e589caf
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
	.inst 0x9e0209d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2cb429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6520a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7101c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e59b565
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03b5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03ad77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310cf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f460f1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e6afcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea9c45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e19dd0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1da7f
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
	.inst 0x1e220110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea7d4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e25f552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea9fd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7309d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6100c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e217998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63093a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f13e51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0f919d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e232050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7102cf
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
	.inst 0x1e6e21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e661891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e34b012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6528d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e240285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b34b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e370939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0c99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc099fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61687c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30f81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee198be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25405f
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
	.inst 0x1e2e19b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e290223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e300044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6801e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea7c4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2119d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fca90b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeec5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1b89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6358dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1897e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e77301f
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
	.inst 0x6eb0c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e605a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2685f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f02bcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f57e615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f3a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e038d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2188f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2c941b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f8b91bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27187d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f6bfcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79032f
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
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3021b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a7532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f328154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e439135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eeff556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eeaf537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e32ded8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e76dc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e78d51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2418fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62bcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26889d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21cb5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc6935f
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
	.inst 0x6eebc4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea188d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e188143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f24acd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6829b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e31fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e67ee17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2464bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4cb919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61026a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e6168fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eebd6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eebecde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6402ef
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
	.inst 0x0e6179f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd05211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e69b013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea1f814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58ec45
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e2add76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e350917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21a898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f8791d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fc6995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42fc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d6abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61797d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1997e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70d91f
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
	.inst 0x6e61b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2449d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee8f632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fcf5194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e250107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f779918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e20f51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eaac61b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f08ac5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea9ecdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f9bf
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
	.inst 0x1e6720e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e603811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e0a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eacfe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee241f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e603975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e217856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f49e557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d6a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7902c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e33d01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8e50db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e62c6fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6002ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2f357f
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
	.inst 0x1e66d540
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f054213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1da74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f08a995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3801c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e032958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e63dc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c187a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc3585b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a095d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2520e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e75491f
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
	.inst 0x1e02e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6fdd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea7e5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f65c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6241b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fca1035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f020816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7e7018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0f0499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee199ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e30dc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a49fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fdb595e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee5e41f
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
	.inst 0x7ea7ec30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e200201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e22f592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2420b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70e4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f632436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eeae4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0c958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2df559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa6113b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69497c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0c59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1d95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20004f
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
	.inst 0x2f34e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6efcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e214013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e73d474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02e055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee19a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e218858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2540b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f759c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64289c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0e8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6001ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e616a1f
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
	.inst 0x1e2bdd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e610004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f251656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f018837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2900e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1fa39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61d93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1d93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43311c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f5ffc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03a99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f3be4ff
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
	.inst 0x6e66ec50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6200d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6179f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a09f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee2d654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e19cce5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7800c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7800e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2502c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6241ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59f06b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee1db1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38018f
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
	.inst 0x9e680080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e618991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1a892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e227a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6800a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f05d1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a6876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e293918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee3f5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee9f5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e65e55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1989c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c31d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f3aff1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1db9f
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
	.inst 0x1e615950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6ffcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e208993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2179b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1a895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee241f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e690227
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e293978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f74ad59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7001ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f74e45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6038bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68032d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea7d55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e25002f
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
	.inst 0x2e6169f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f701a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e683db3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e700024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2d2475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3901c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f61c457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e312938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e292b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6100ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e597cab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2179bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38095d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a283e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f41fcbf
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
	.inst 0x1e2d20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6500c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61d972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e274033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e291974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2839f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6178d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee242b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f9058f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43ed39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64419b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63387c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c27d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60754b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18944f
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
	.inst 0x1e42edb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e701891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c363e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e272120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e332814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3a7016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f048057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e23fc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e8a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6fd97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c07c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2411d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f3efdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef9ed7f
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
	.inst 0x1e62dc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0d8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc398d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea18873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee19a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b88b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e690896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e616957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e217998
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
	.inst 0x4e61881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2559fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b1624
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e264abf
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
	.inst 0x1e6cccd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f304091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e685872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fab9153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eace515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25d016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e732897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e390128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e78ec39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61989a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e30018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f04cd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4ab0ff
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
	.inst 0x9e240180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61d811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e68fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc05815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61c976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6158d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21fe39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23395c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e43903e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21693f
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
	.inst 0x7e30c9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f718632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e429933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e214194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e58d8e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7faa9037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb4d418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2008f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e2200
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
	.inst 0x1e69eddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6198bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f783f
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
	.inst 0x1e42cd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e6168f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21b872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4624b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fab1914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1b875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e644256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e677dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e641958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fa59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e352a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e77f6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2fa998dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69381d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e692270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69014f
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
	.inst 0x4ee2d4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6278f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3800a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f8c1933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21ca34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e67dcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e653017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3102a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f27fe99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70f93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59e0ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eafd4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25781f
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
	.inst 0x1e790040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f228973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e73e489
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f39e415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e705957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e674098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f770e5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e72701b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43e0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2921f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0c95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21415f
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
	.inst 0x7e60e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6641f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e274153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e628996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e6169b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e293db8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcc10f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e71e55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ef4fc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4e1f9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fc610fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6720a0
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
	.inst 0x1e687870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e78d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e261852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6d90d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6b3e34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e218915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e200206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e661897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc291b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b091a
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
	.inst 0x1e6301dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6758dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f7b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f97f
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
	.inst 0x1f2a1170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e64d511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef0f512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2088b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2238f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1d875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e22e477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e64c538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e200029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f701d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61389b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30f91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03657d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2902ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee2d55f
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
	.inst 0x1e287950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3079f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e616932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee240f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21dc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380226
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3901a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e20cdf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e71bcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f39feba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21c4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61881c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2829bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65087e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64a436
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
	.inst 0x0ea0f8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f491e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2741d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f39d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43ac35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e280246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e600027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f38fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e672120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef9d67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6900ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63013c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c07d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0d3e3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f28273f
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
	.inst 0x1e6b39f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6159f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f2852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e713973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2900c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e618956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0f917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0f5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee7d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eedec3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f80103c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f24289d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30695f
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
	.inst 0x1e27052c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea3c553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d1954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e616975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7000c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fa391f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f608c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b6899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e61789a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e69024b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e09dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b7ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c15e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e74495f
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
	.inst 0x1e21c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4f18f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2609d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e24e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0e995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f22fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6bf617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f21bd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1d6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e23dd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eaee45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e28d6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0d9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d793f
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
	.inst 0x1e272c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e68c5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a18d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2988f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1b835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f55fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e217957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e618998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e23fc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4e315a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1e41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f130ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6800ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e36e55f
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
	.inst 0x7ef0f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0c21f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e290143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6321d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e028936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e201a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcc91b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e28fd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f3980dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c48ff
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
	.inst 0x6e6ed530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f003053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f7080b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e30dd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61b8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eadc4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30f8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d7d1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f55ac7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f78fcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d099e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21a91f
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
	.inst 0x1e610100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b0211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e604a53
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
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2640d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc81997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f2a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e710049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc4527a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6cf47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21a97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2adcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e63ec9f
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
	.inst 0x1f2c21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f243233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eecc4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e432837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f224438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc85039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0ca3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66409b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6e543c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2fdc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23fd7f
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
	.inst 0x1e256970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea189f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa118f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e790183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e300164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e0381d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eb5fd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f08a577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2909d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e686959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f32e45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f51e4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f29cdfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2540bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea9fc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6519ff
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
	.inst 0x1e6329b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f4cfdf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f473d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e636a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0bce34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2301f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f098516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0ed837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e4391d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f45881b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6301dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e69018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0f1d5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18888f
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
	.inst 0x1e624150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e282911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2cf5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e256d53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e22e515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2fe557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee1fa78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2979b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc6187a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eb3cc3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e71002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2fd501
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c97f
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
	.inst 0x1e2b58f0
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
	.inst 0x1f309a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fce9213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0fa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eeae496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e308897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1f918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e200249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0c9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f023cbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e35fcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f88983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38014f
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
	.inst 0x1f07a090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f25a8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f869812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f6cfd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1d834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65ed35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e2fe5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61b938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2ce610
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc991ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24399b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e2dff1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c19e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70036f
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
	.inst 0x1e61a424
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4dc513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e28263d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6ef655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd45956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f419138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e36e479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21c33b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea5d51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63f419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25385e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f049fdf
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
	.inst 0x1f261130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e428cd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eacee32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e310103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0f3a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fc89295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7900e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6300d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b19f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b483b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6be45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f20fc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f8f9a7f
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
	.inst 0x6e61d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e1814a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e2ffe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e29f653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e64c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e700145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e613a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e244217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ef0f458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e19e909
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb2ec9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63497b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02653c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3565f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61d93f
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
	.inst 0x1e693010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3068f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e69ce14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2228b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f891898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f519999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e02a93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e60dc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6179bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6afcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68381f
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
	.inst 0x7e30f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f079852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e28ed95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f8a91b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e613878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eaecdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61fcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f2ee4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23017f
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
	.inst 0x1e20c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e654151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e201a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc810b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eabe474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21a835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eb4fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee0ead7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2cc6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f855a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25433a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61897c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1d97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1a97f
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
	.inst 0x1e6dc58a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70da11
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
	.inst 0x1e6241f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60fdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6558b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202cf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6169f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780309
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7900cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e42743c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e68e49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61c83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc699df
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
	.inst 0x1f682430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee0d952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e63dd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2824f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef1d4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2938b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee5ec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27401a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f31223b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6928dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f7ce7bf
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
	.inst 0x4e217950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f099e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e22fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f429c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e43e475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eabf496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e623897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eecfe78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f3de4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61087a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d29bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b095c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1b8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e70002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b18ff
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
	.inst 0x4ea1d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e192da1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e277952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6828b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6c5676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2bdcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63deb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e616a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f5cfc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21891c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1f9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e2ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eedee9f
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
	.inst 0x1e644910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e233871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f224653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e31e554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2159b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b35a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0eb2d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f29fc1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7349fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f6ae5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c75ee
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
	.inst 0x6e21a990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e23dcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e655a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e713459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f51c614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21e635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b961e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c4857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2388d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee1f959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea19a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c091c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19b52d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e242100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a393f
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
	.inst 0x1f4bb5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f268151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6339d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f2874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f059078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2df5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e72f55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c23c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd910fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f160b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79018f
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
	.quad 0xdfd359c33301add6
	.quad 0x2ca769e7a5f7155f
	.quad 0xffe8a8f64fad9f2d
	.quad 0x00000000021dc79b
	.quad 0x0000000000000049
	.quad 0x59737f604ff384fd
	.quad 0xfffffffffffffe47
	.quad 0x7f49569ddff457ce
	.quad 0x000000000000018f
	.quad 0x0000000000000360
	.quad 0x0092a03a05d32197
	.quad 0x00000001e78ddf56
	.quad 0x00000000001bddf1
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xa4953e6c1ab3c410, 0xbfe0000000000000
	.quad 0xac7e2101c40e7503, 0x66b4244cc5a20263
	.quad 0xfca05e8bffefaf76, 0xcdc418dffeeffb65
	.quad 0x0c6241f480400000, 0x992b8f0dffffffcf
	.quad 0xe40f95bb3ea1751b, 0x05780c075b83c6b4
	.quad 0x4000000000000000, 0x7ffbc983a84eb882
	.quad 0xf18ed792d5456219, 0x3fa5fd09fa5d3b7c
	.quad 0xc28a7e6ec11e0000, 0xe6462cbadbfee890
	.quad 0x8115ffee41080000, 0x36180000fa2f0aeb
	.quad 0x007fffff9b3606ee, 0xffc00000bbb76feb
	.quad 0xbf800000fd06d23b, 0x77985ff5ba440000
	.quad 0xc1fffffffffffffe, 0x00000001fba89275
	.quad 0x5b3e8a8cfff67dfe, 0x4017652444dc8ca6
	.quad 0xb3f7f538b9581f15, 0x401a000000000000
	.quad 0xbffdd7414cb1a542, 0xebcce6ce3ffd67af
	.quad 0xe99b0257d318b24e, 0x7fd918b996c0caa9
	.quad 0x81707b42bbab5fca, 0x6b15d3c4094e02d0
	.quad 0xfffa49e39a27e2b9, 0x4b3a6c871dafcd79
	.quad 0x800000007fc00000, 0x0951f6b300000000
	.quad 0x3aca00007f800000, 0x3f60000080000000
	.quad 0xecf67aaaffef7b3a, 0x4fcd45587fa8f7f7
	.quad 0xfff0000000000000, 0x3f7d1d0516a36ba2
	.quad 0xfe70115b487b6285, 0xb155b82dbceeeac4
	.quad 0x056959c3b3634700, 0x3f85755251fd48a7
	.quad 0x6e8976dd1ec9a971, 0xc023c00000000000
	.quad 0x8000000080000000, 0x3fcf80c2f1c15c3c
	.quad 0x7545873946eb584f, 0x40fc229f805af936
	.quad 0x800649ccb50a8edf, 0xf808170458f4f589
	.quad 0x7fc83ee17e13368b, 0x3f49c68500287ee7
	.quad 0x9e9590757653ffdb, 0x7e090f4814596000
	.quad 0x44c0000000c1dadc, 0x0cac5086b99946b1
	.quad 0x7ff1b3c0a7b9ba98, 0xc01a000000000000
seed1:
	.quad 0x0b6e35ef8edf6287
	.quad 0xfffffffffffa0238
	.quad 0xfffffffffff862e8
	.quad 0x1aa921fd37490af3
	.quad 0x366d50ad69c14ab4
	.quad 0x000000000000005d
	.quad 0x0000000000503227
	.quad 0x0000000001000001
	.quad 0xffffffffff8e69fc
	.quad 0x2abbf69b622802f6
	.quad 0x0000000000000029
	.quad 0x5bdd0e73baa097b3
	.quad 0x8387fb551470da0f
	.quad 0xffffffffffffb00c
	.quad 0xbb571a158c2defa5
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x7fe8cb6583fe15d9, 0xcc800000a16350f2
	.quad 0x5686d04aadffeb97, 0x404bb1ea6e4e59cb
	.quad 0xfff0000000000000, 0xbcb9185480ffffff
	.quad 0x00000001914199e0, 0x3fffffffc07fffff
	.quad 0x7f36e5f1299f6233, 0xff8e089940276368
	.quad 0x781eecd65ce1023d, 0x00052797b7d28625
	.quad 0x0055a2d37f867fa4, 0xff356e77ff8f8c81
	.quad 0x24e746e5d30b52af, 0x3ffc000000000000
	.quad 0x006230b791de7901, 0x00f2cbf6ff981b74
	.quad 0x23bcc556364ce40d, 0xff4a9f7840900000
	.quad 0xf970aaca472efc00, 0x47953d0ed5042688
	.quad 0x16e573ee1d12b9a4, 0x25e950367fa50400
	.quad 0xbd45caa680000000, 0xbff0000000000001
	.quad 0x182fc1ba09f301c1, 0xbfb34a1e9bb2c56e
	.quad 0x880f673f7cdeed69, 0x4d2589b677514100
	.quad 0x20e8c80817d4814e, 0x1209e04692620983
	.quad 0xbd18db894f7ffffe, 0x8000000000000000
	.quad 0x7dc4cfe348d3d633, 0xdf00000186ae459f
	.quad 0xd9a58303eeeffeff, 0x3fd7000000000000
	.quad 0x4e893a4040324865, 0x9180e4138d261310
	.quad 0xbfe9beee95bff31d, 0x72d74447ffe17d45
	.quad 0xbd53d31b80000000, 0x6d40d9d5dda3d931
	.quad 0x3fc1114dba69020a, 0x3f61383b40840000
	.quad 0x92f43a717fb869aa, 0xff01ec5d17d243f1
	.quad 0xb5f5c2f8bdf7f9db, 0x800fffffffffffff
	.quad 0x7fe3890426e909ea, 0xbff30209633edb9d
	.quad 0x7e8000005a000001, 0x91132e33807fffff
	.quad 0x3fdba06cb74b6192, 0x3fa77d0145f83e25
	.quad 0xc005000000000000, 0xfff63822afd848e6
	.quad 0x5f60c1417fff7564, 0x3f5b2fd27fc0cd97
	.quad 0x80000000c1160000, 0x1475d28598db0000
	.quad 0xd576f69add26836f, 0x238b6cbc933f59e8
seed2:
	.quad 0x926ac5bc5685a9d8
	.quad 0x85ea22b99cae3f65
	.quad 0xffffffffffffff46
	.quad 0x00000000005563e6
	.quad 0xd89d8c04960a6351
	.quad 0xd899b9034d732a2b
	.quad 0x000013b737253e8a
	.quad 0xfffffffffffffe94
	.quad 0x502b02a612dcaf5d
	.quad 0xa83b8448d9247050
	.quad 0x00000000ffffffff
	.quad 0xeba3cf9a5927399a
	.quad 0xffffb58c562ecd62
	.quad 0x0000000000000000
	.quad 0xe160be847c966c45
	.quad 0xf74d2467ebe957ff
	.quad 0x04c00000
	.quad 0x10000000
	.quad 0x5e8beb4d8dfeffcd, 0xc34200007fc00000
	.quad 0x0d6b437268f01c2b, 0x8290a41c6c0c6ca4
	.quad 0x7fc0000000000000, 0x3f411816e5cc408c
	.quad 0x4f91c0bd0fb4b2cc, 0x6057903b4bd83d80
	.quad 0x814cce4e0011ba66, 0xf47f12bb59ffffff
	.quad 0x5989c3b6be3c7c00, 0xff80000040b00000
	.quad 0xfe9f1ba180400000, 0xc0a1c9d440ca0589
	.quad 0x5fffffff40d80000, 0xcb3ce34f80400000
	.quad 0x6cc76bda6a6a83bf, 0xfff0000000000000
	.quad 0xc06a000000000000, 0xaeb6a838e757deed
	.quad 0xbba124d13e6db64f, 0x4093ad1d7fd67b49
	.quad 0xbfffffffffffffff, 0x7b99c86ffdae55ba
	.quad 0x4027e00000000000, 0x7ff929e79865f80c
	.quad 0xfff1bf0b202c3b9f, 0x8000000000000000
	.quad 0xbff0d3def11255fd, 0x3f69ef203f0ee92a
	.quad 0x411c00004fc32b11, 0x0000000000000000
	.quad 0x5dc39bdd00000000, 0xd9ffffffd9800001
	.quad 0xc19ed7359401fe00, 0x8008000000000000
	.quad 0x7361bf90ffa4c127, 0x081b99ab7fb91b33
	.quad 0x401c6608bd3d63a5, 0xdf7ffffeff800000
	.quad 0x8003641e25c6f4c8, 0x1fa11c196e672984
	.quad 0x80000000ffae09a5, 0x7ff9588098dc2f85
	.quad 0xbfffffff3f847539, 0xf72f540b93495f49
	.quad 0x80ad3736e7db0001, 0x0f724627e7c1517a
	.quad 0x7f75796998fd44ec, 0x764f1af7602c89dd
	.quad 0xc1fd85daffd4984e, 0x835bdeeb77d9fecd
	.quad 0x7055a505c3c00000, 0xf46cb4164d2e42c0
	.quad 0x530fd6598065fb7d, 0x5a7fffffff0f86de
	.quad 0x1a185590ead04eae, 0x3b743241ce4611d4
	.quad 0x6c67a41b48af98be, 0x33573e9b7d99fc00
	.quad 0xc014000000000000, 0xca42c8b4c32cb4dd
	.quad 0x6efe67a1ffcf7f84, 0xfff0000000000000
seed3:
	.quad 0xfffffffffffffeca
	.quad 0xfffffffffffffc80
	.quad 0x7fffffffffffffff
	.quad 0xff0dc8d2eef7f739
	.quad 0xffffffffff980aa7
	.quad 0x0000000100000000
	.quad 0xeddfe79545ac7116
	.quad 0xec980a7a597aaa7b
	.quad 0xfffffffffffffc90
	.quad 0x734fe70984b40a27
	.quad 0x0e09dd9c1566cd33
	.quad 0x2d530bee31eadcff
	.quad 0x88c3207ae6cbdc94
	.quad 0x00000000ffffffff
	.quad 0xa136079406c6be2e
	.quad 0xffffffffeba51e16
	.quad 0x03400000
	.quad 0xa0000000
	.quad 0x1a49e2a895da8000, 0x0044acf336a58000
	.quad 0x7fc00000ff8ff5b5, 0x3fad4953d705625e
	.quad 0x004768f83bf5a8fb, 0x3cd09e31d548f855
	.quad 0xd6e00dccbd2030f0, 0x444e000040c40000
	.quad 0xfff53e2cf285cc10, 0xc2389fb4476c0000
	.quad 0xaa14b38c7310d38e, 0x78a8a1cbd047970d
	.quad 0x7fa9c0363f800000, 0x7ff0000000000000
	.quad 0x7d3cbd4c817fffff, 0xbfd0c0a09b58dcf7
	.quad 0xfffdd450214cc0dc, 0xc2da504e7fc00000
	.quad 0x0c16b09129b0f874, 0x0000000000000000
	.quad 0x7e6eddfbd5392cd4, 0xec68c6bc9cab4240
	.quad 0x0200ce59d8884248, 0xfe477a2f26436867
	.quad 0xbf9e554dedb2b0ca, 0xfd6266d043fbfdff
	.quad 0x7f800000f7252a0b, 0x2ae834aea6fe359f
	.quad 0x7f84058541220000, 0xc071600000000000
	.quad 0xffe0000000000000, 0xfff6384542759b44
	.quad 0x3c79e0e2ae4fc600, 0x4705a013ffffffff
	.quad 0x0008000000000000, 0x6aaf5a88b028fdeb
	.quad 0x1e166dc2e170c4a0, 0x7f800000407540d2
	.quad 0x821e817714f806c9, 0x8c035794977fffff
	.quad 0x98c0af0b00400000, 0x7c9e72f9c07fffff
	.quad 0x41c4f91e7f800000, 0xc2e1ac9a634b7968
	.quad 0x80283aa02dba15fb, 0x3c1770e180000000
	.quad 0xa4563ab5b55ca953, 0xc1fffffffffffffe
	.quad 0x58e9e9fc1d116411, 0xea2a2740ffdffd0f
	.quad 0x7ff8000000000000, 0x7e08b658b8cc0000
	.quad 0x795582d908147c00, 0x7ff8000000000000
	.quad 0x1a0e0fe0dffdfbef, 0xc1fffffffffffffe
	.quad 0x3fdf000000000000, 0xfd6fcda6cf1e3294
	.quad 0xac4332b15ff3b443, 0x33774c5c4f34fa10
	.quad 0x7c26be65c80fa98e, 0xa29078e9c0d80000
	.quad 0x8000000000000000, 0x830df467274b0e33
seed4:
	.quad 0x0000000001000001
	.quad 0xffffffe50b8e8e83
	.quad 0xffffffea1ef8d0c2
	.quad 0xfffffff1931abf8b
	.quad 0xec643e994489ac3c
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xffffffffffffff98
	.quad 0x4d7ae042cc299e3d
	.quad 0x0000000000000000
	.quad 0x1cd314ea783224e9
	.quad 0x0000000080000000
	.quad 0x00000000000000a9
	.quad 0x0000000001000001
	.quad 0x0001affd1e3581e9
	.quad 0xffffffffaea3f5ec
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0xf729ca714bb7c600, 0x39bda5a4fdff6767
	.quad 0x3dd6a09af314fe55, 0xbfe20c63f40de547
	.quad 0x4cb989f8e9aab2b4, 0x7ffc511ea42ec07d
	.quad 0x9dd1209cff9ef1ac, 0x8f9bef47d4fefbff
	.quad 0xfb25db32fd7f9f6f, 0xf41c67a57ffb43ff
	.quad 0xfea3eedb4f800001, 0xee6c411ccfebfdfd
	.quad 0xb0170c5dc88b9461, 0x800000000a59c6b0
	.quad 0x7e9ea09388dcff40, 0xfec031128902c298
	.quad 0x602ee64b5ac92847, 0xbf7b749c9b0c3f54
	.quad 0x7ff0000000000000, 0xde5251009525ff92
	.quad 0xf64c4fce88ae8538, 0xd502d4ec007db4e1
	.quad 0xc350d06d00000000, 0x91c9a271dbebfbef
	.quad 0x7ff0000000000000, 0xff8113aa7f800000
	.quad 0x80447e88546bbfb3, 0xec257d7bf77dfedf
	.quad 0x00000000d9d98032, 0xbfb646e47629bc3d
	.quad 0x8010000000000000, 0x816bb418c07ffffe
	.quad 0xaa7aa58b9bb17df3, 0x8000000000000000
	.quad 0x3dd26d3eb003f7ff, 0xfff1f6e98e2bced4
	.quad 0xe380a2beaeb3aab5, 0xc0536f642adb4d73
	.quad 0xd9ac8068ffeb785f, 0x16a2c0ebeffffffe
	.quad 0x4014d58e4c9798ab, 0x811286141aa5a02d
	.quad 0x7f800000ffb86007, 0xff97da71419e0000
	.quad 0x8132764340200000, 0xc19a28a33f800000
	.quad 0x8b6b27ef3e1bc5a5, 0xc2ffa695c3a96118
	.quad 0xdfb9674839ad0001, 0x0008000000000000
	.quad 0x42e754aac0880000, 0x8000000000000001
	.quad 0x7f000000ff8d665b, 0xc07083bc1528c229
	.quad 0xd4c1c7566dbf8720, 0x7ff0000000000000
	.quad 0x00800000fffcbe8b, 0x7f4020cb40300000
	.quad 0xc00ffffffffffffe, 0x822a22a9298d14b7
	.quad 0x478000007f800000, 0xfb8fa0287ff6c457
	.quad 0x008ee630c0000001, 0xbfc1d819b127cea4
seed5:
	.quad 0xc09ca3db72c50c47
	.quad 0x0000000000000000
	.quad 0x0641e0d1ef5c0cdd
	.quad 0x0000000000000188
	.quad 0xa4534259cf3a4e54
	.quad 0xf88f1a25b34a7f4b
	.quad 0xdee782e1b0152bcf
	.quad 0xffffffffffffff14
	.quad 0x6dd9fc350c54af0f
	.quad 0x45ffde3f2bdf66bc
	.quad 0x6c55a8ddfeeee9d1
	.quad 0x0020000000000001
	.quad 0xffffffffffef9bc8
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd57
	.quad 0xffebcd0adb73b91e
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x6949d66afff7fcb7, 0x3b7c0631ff95594d
	.quad 0x77269817c61292c0, 0x7f800000bc86df0e
	.quad 0xdf359b307ffffcdf, 0x68e2d17d242920e2
	.quad 0x4340000000000001, 0x40174c206b283c16
	.quad 0x40000000c0000000, 0xc012800000000000
	.quad 0xc1100000bc2bd129, 0x7ff0000000000000
	.quad 0x99a7539fefd3fefd, 0x3c95d3a3e65b2f8d
	.quad 0x987e079680000000, 0x6d9d3091df7fffff
	.quad 0x00b15074188f5539, 0x7edfe37dc206c528
	.quad 0xb46594e548bb3592, 0xbe4e0dfdff800000
	.quad 0x81f782ae937ae65e, 0xf9993d84ea7a5ea8
	.quad 0x3e69f3cd3ce80000, 0x09d1f1d33bd97377
	.quad 0x8188f619e390413e, 0x000adc3718aab684
	.quad 0x39640000da000001, 0xf60e9c1d86649756
	.quad 0xbfc0e037311bcf81, 0xb2e1e71b69687ecc
	.quad 0xcdce9c75c45b80d6, 0xd223a4637bb677e3
	.quad 0x4368f4ef647bc247, 0x000e533d7f9797f0
	.quad 0x581b926a1dbe1d3b, 0x0000000000000000
	.quad 0x319f2e7b00000000, 0x199aeb417f90fbff
	.quad 0x3f0bc89240000001, 0x7ff0000000000000
	.quad 0x6c5e9cf763b60000, 0xbf200000ffe9a944
	.quad 0x61c5a684ac3c4400, 0x7f97f5bfffc00000
	.quad 0x341b47c65e2749b1, 0x8000000000000000
	.quad 0xbfc5800000000000, 0x7f92d782552ae66f
	.quad 0x47800000e1ec33e2, 0x754fcbb3c3fd2a8b
	.quad 0x7e9cac9543c2a1bf, 0xc0f0000000000001
	.quad 0xc1200000f302abe6, 0xb019f9aa50978e0b
	.quad 0xff1978edaea54a9b, 0x40000000c9400000
	.quad 0xfff34cd09cabb346, 0x7fc0000082ee6e89
	.quad 0xc7c2033766d6e0bb, 0xc7c00000ed5815fb
	.quad 0x7466b261c1e00bd9, 0x14907d7a3ef28d8b
	.quad 0x7fc0000059800000, 0x0000000000000000
seed6:
	.quad 0xffffffffffffffff
	.quad 0x5a6fab242ae25851
	.quad 0x2416a52c321d1f77
	.quad 0x24d02dd486449746
	.quad 0xff45b9ffc2eb15a4
	.quad 0x27c9711e921252fb
	.quad 0x0000000080000000
	.quad 0x83bb0802d6dd27d3
	.quad 0x0000000000000001
	.quad 0x000000000000020f
	.quad 0xffffffffff46bd67
	.quad 0x000000007fffffff
	.quad 0x0000000100000000
	.quad 0xfffffffffffff41e
	.quad 0x0000000100000000
	.quad 0x81fea210f2496c9e
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0xfed7227cb7f14d8b, 0x430bfc12cf7fffff
	.quad 0x3f12a9c6bbad434f, 0xffae7a6635d00000
	.quad 0x3244be03fdfab0a3, 0xc1fe550bff39533b
	.quad 0x4527a233b6fffdff, 0xbe0f78cb633a6604
	.quad 0x896798b44e2a03ff, 0x0000000000000000
	.quad 0x3f87e861c19d0000, 0xbd1213ef5e2ac000
	.quad 0x624e1b7ec0edbd34, 0x97b6cfbdfca87400
	.quad 0x5928477aeda9a7c3, 0x619bc8f992ef194d
	.quad 0x8199709f5d712cde, 0x7fc000000002d482
	.quad 0x4fc06165ac662da8, 0x0000000000000000
	.quad 0x7ff390772f3ff5d0, 0x7ff0000000000000
	.quad 0x2633419f4a8a5f87, 0xcfbe2228ffb87976
	.quad 0xc02be07353011711, 0x2e1a7d74fff2bfda
	.quad 0x72bac76a73b26f47, 0x783b517210d6cb00
	.quad 0x7fd0000000000000, 0x7fb81f1e40f80000
	.quad 0x33143c5332c33c5e, 0xbfe4115c59017dc8
	.quad 0xfe7363d499a6624c, 0xc89b25c1ffbcfd3f
	.quad 0x27bf51b1d29c0414, 0xc7000001ff2bec40
	.quad 0x00012d9a8b5c779f, 0xaff03283a35a2202
	.quad 0xc03709736779c2dd, 0x1e256a12f503df5f
	.quad 0x43bb98deff8038cc, 0x3f33c86a807fffff
	.quad 0x400c20167fd871d1, 0xbdde1a0ebf9049f3
	.quad 0x7e800000f35cb37c, 0xfff8000000000000
	.quad 0xc0d5800000000000, 0x219faaa54876de9d
	.quad 0x0040ea5d5a5f27f2, 0x36317765b8b50383
	.quad 0x8100000040e00000, 0x8e5fa0c3170797ea
	.quad 0xbcdb94c6ffc00000, 0x87544425a7e81d28
	.quad 0xb1f142bd921bb7fa, 0x800dabaf1ce435c3
	.quad 0x3f911692ac44d065, 0x401d000000000000
	.quad 0x80000000007fffff, 0xa4ca416cf90e3c91
	.quad 0x7da91b9c7c63b3f3, 0xfbdd368953257c00
	.quad 0x0000000000000000, 0x7ff0711a4884a7c6
seed7:
	.quad 0xddfd74b233861ff9
	.quad 0xb8f88eda6dd62dca
	.quad 0x000433dcb34ef0dc
	.quad 0x3eb56a4f2b261a28
	.quad 0x000000000000035e
	.quad 0x0000000000000176
	.quad 0xffffffff80000000
	.quad 0xffffe79e2a09b3a8
	.quad 0xffffffffffffff9e
	.quad 0xffffffffffffffa7
	.quad 0xfffffffffcb6bcaa
	.quad 0xcff957366eda4363
	.quad 0x00000000ffffffff
	.quad 0x0cb653fc2cfef6fa
	.quad 0x4433015df6eb01dc
	.quad 0xfffffffffffffedd
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0xafd9b5cfb687bbec, 0x4019000000000000
	.quad 0x8000000040a00000, 0xfeca966f7f800000
	.quad 0xfff0000000000000, 0x3d0cf707d22c7ca0
	.quad 0xc021800000000000, 0x4f7ffffe7f9c3418
	.quad 0xff65b9408c27731d, 0xbf9f56fe1d243a74
	.quad 0x361c2bd15353add8, 0x2c4afe7f7fff3b2c
	.quad 0x3bc0000040f7067b, 0x1071c5823f9fff46
	.quad 0x3fa645845b2bb959, 0xe86e5499577e83d0
	.quad 0xfea6965e422bb3d7, 0xab76fad6fe08db4d
	.quad 0xb469ae3dddfffffe, 0xb0245574bf3bb5cb
	.quad 0x8a60c92a3e136da1, 0x40fffffffffffffe
	.quad 0xff8000002221015c, 0xc4c00000fffb8d7c
	.quad 0xbe8ea47a43580000, 0x4020000000000000
	.quad 0x2be56a73ffd77d79, 0x613013fc2c767630
	.quad 0xe4dd9f43d52f5f4e, 0x05d0286affd5f5f1
	.quad 0xcc98a51520018000, 0xbc4aad1900000000
	.quad 0x3f97600000000000, 0xeca830d0f26deffb
	.quad 0xc77ffffe7f84c5aa, 0xff8000002b9b4521
	.quad 0x506a728bfff74f9b, 0x4122000080000000
	.quad 0x74ae2fcb806c8edd, 0x96cde0e5a20da735
	.quad 0x7f6a5a7d4f02945d, 0x6a94c2cfd1f27d56
	.quad 0x31a3c0901d7fffff, 0xfeffffff80c8a639
	.quad 0x616ad703498bfdce, 0xf66ac2060aad0000
	.quad 0x403609138e562694, 0x0845919cffdffdff
	.quad 0xff960859da000001, 0xfff0000000000000
	.quad 0x7f4aa0fd61bebceb, 0x413a329e7fbcfeba
	.quad 0x3fa5000000000000, 0x0000000000000000
	.quad 0xd9ad3b197f94c627, 0x744c96649992364b
	.quad 0x5ffffffec0300000, 0x3f8013e1c3395e16
	.quad 0x91b12b11727ad4ff, 0x3e65800080000000
	.quad 0x1e16f3b4c1080000, 0x7f800000ff63fc27
	.quad 0x05dcf8e631aa0000, 0xedd992c42998f9a6
seed8:
	.quad 0x0d6de88699ae1f2a
	.quad 0x8f6e4b05b315382e
	.quad 0x403a31a52294d851
	.quad 0x1b76977002d1b97e
	.quad 0x000000001cced8f0
	.quad 0x2445a9787c2e152b
	.quad 0xfffffffffffffe46
	.quad 0x777d052192ae7a17
	.quad 0xfff40c159491f521
	.quad 0xfffffffffffffe5a
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffffb
	.quad 0x0000000003056695
	.quad 0x000000890fc42b8b
	.quad 0xffffffff80000000
	.quad 0xddd0e68a49601240
	.quad 0x01800000
	.quad 0x70000000
	.quad 0xac812f4fe66397ff, 0x065d788e7430616a
	.quad 0x6b12bee8bf4c8a17, 0xbd3283b77fa5ea3b
	.quad 0x00000000bc72dd34, 0x429ad5f9d64d0183
	.quad 0x0f5e5e95e0969ea6, 0xc91a991705cc7e2a
	.quad 0x65c6462ef2a2ff1a, 0x7ed456a8c66d828e
	.quad 0xfc6d995def13ff7f, 0x3fe0e09dc0fcc6a8
	.quad 0xe2dc86507ba877ff, 0xfedaad6a2d08c452
	.quad 0x7ff500059c034890, 0x40100000c0300000
	.quad 0xbf8378311c8c70be, 0x001fffffffffffff
	.quad 0xb7d874f6816da45e, 0xf64286bb328cc297
	.quad 0xc04a83e8f99c5728, 0xffc00000ff800000
	.quad 0x834779c566af8abf, 0xaec8959cc8963a17
	.quad 0x8e1494fbc9d77d97, 0x9f542716b6e03f01
	.quad 0xffc00000eeb738ad, 0x0000000000000000
	.quad 0x3fd0000000000000, 0x7f498f212b0cac6e
	.quad 0xc655ca5a7fbf6944, 0x76f4462e92b0ceb6
	.quad 0x800000005ffffffe, 0x00d99bbfc2224ef5
	.quad 0x73491099c0200000, 0xc00e000000000000
	.quad 0xff25c75bff800000, 0x7fefffffffffffff
	.quad 0x00400000ff9a8acb, 0xfece368a1eb65ff1
	.quad 0xdbd9c39f3bbd7bfe, 0x41d70c7c3d298b74
	.quad 0xfff8a3a5e16aa400, 0x59c947c9a56183ff
	.quad 0xce29ede5e673aa74, 0x7ff479f0b9756a40
	.quad 0xfe7b707a6c3c30fd, 0x96fed2fb62a17c00
	.quad 0x0006094c1eaaeb79, 0xfffd86c29bb7dc3d
	.quad 0x3cf327e5d9ddade4, 0x319aad75870746f4
	.quad 0x82c2c82807597104, 0x468000007f85ee37
	.quad 0x3d0457c4fff7fa03, 0x7ff0000000000000
	.quad 0x0874f00cffd34601, 0x800a8fd9fd8a210c
	.quad 0x436cab9780000001, 0x3c2a96f526081f8e
	.quad 0x82cff35fa8362801, 0x80d94a4773f5e2ec
	.quad 0xc06ea336341ea88e, 0x02c979d761d4443d
seed9:
	.quad 0xffffffffffffff74
	.quad 0x000000000000025b
	.quad 0x69d33cd86f8e73f0
	.quad 0x0000000000000007
	.quad 0xfffffffffff9c532
	.quad 0x0000000000000696
	.quad 0x45d8f6740fbad9c7
	.quad 0x832ac7064901f672
	.quad 0xfffffffffffffc6a
	.quad 0x17f218920795707e
	.quad 0xcffa01a68d83b9ab
	.quad 0xea63141d0e71e0ea
	.quad 0x2d8368639a8f7fcf
	.quad 0xf6457a3142a52528
	.quad 0x6500f95c663c71e3
	.quad 0xfffffffffffffdfa
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0x5ceda545d3731e61, 0xd5b02da74b0f81bf
	.quad 0x0276ebebc12fb29c, 0x436ef7078f1b1bac
	.quad 0x016f709e4a6cfa25, 0xfff526b8f27a764c
	.quad 0x158f431d7ffc0d10, 0xff06736780800000
	.quad 0x25b2033a79fb8001, 0x7ffbf4370a41a173
	.quad 0x2346ad7bfc167f4d, 0xc2172177cb17c024
	.quad 0xff8000005ba00884, 0x9d27085aff800000
	.quad 0x881a3350a12df54a, 0x00400000ff80816f
	.quad 0xca37de97629e7c00, 0x90f50cf6807aab49
	.quad 0x7fe08acbc03b2a46, 0xa666c6f07fd7de34
	.quad 0x29e4b97775c95308, 0x3debfc4e33dce7bb
	.quad 0x80586c6241a8f600, 0xbfac5f467c3b531d
	.quad 0xfff8000000000000, 0xfff0d66ef75d5eb7
	.quad 0x4c4553573a390000, 0x0b48decce774ae1f
	.quad 0x9a3696bbe9829ef6, 0x881d05caadf5abf7
	.quad 0x000000005a000000, 0xbcdc9607ffc00000
	.quad 0xbfbc2fcb98abdcc9, 0xff866db87f9b7330
	.quad 0x3e7ce2c2faaec367, 0x8da8a0fc4b977c00
	.quad 0x6ce07e6e69caf01c, 0xc021800000000000
	.quad 0xb4bc3f58c4fefa54, 0x42f93a24805f1626
	.quad 0x807689d6719bb2eb, 0xfff8000000000000
	.quad 0xfff2e58bd759c819, 0x823d0676d003abc3
	.quad 0x2ac3d2f48070e6d0, 0x3697bba97fbfff7d
	.quad 0x40032d3d1faa230b, 0x000000007effffff
	.quad 0xffd34ca0c80c083f, 0x34e8e0a3a07e7bff
	.quad 0x80000001c1800000, 0x8508a877a08240b8
	.quad 0x40efffffffffffff, 0x800966b322116773
	.quad 0x00089d6861d83e1f, 0x489accac587961aa
	.quad 0x817fffffffc00000, 0xc0075579c3d0ec57
	.quad 0xff8000009b33d1af, 0xb929585ec9e8b200
	.quad 0xc19f0000bfc00000, 0x80123170bf000000
	.quad 0xbb0bc13ecb3f7b00, 0x58800000bcd3f801
seed10:
	.quad 0xfffffffffffffde0
	.quad 0x0000000000000889
	.quad 0xfffffd4bbd5f487d
	.quad 0xd6208f79bae62f91
	.quad 0x0000000080000000
	.quad 0xfffffff69a6c8dde
	.quad 0xfffffffffa304277
	.quad 0xb6eb12f33b7626ca
	.quad 0xfffffffffbd94740
	.quad 0x000000007fffffff
	.quad 0x5266b7748938ce40
	.quad 0x37d4da4f7ffc8719
	.quad 0xfffffffffffffff3
	.quad 0x00000000000003b8
	.quad 0x0000000000000304
	.quad 0xf51df615a9b8c5e0
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0xe1d5b8b8e321610c, 0xc0d8000000000000
	.quad 0x7f8d73bbc37895ca, 0xfff11f7a1cf31837
	.quad 0xeaf49460aa690e26, 0xf1e24bb0effeff4b
	.quad 0x133c0defbbfdfcbf, 0x800000007f8a363a
	.quad 0xc0000000bd6f1144, 0x957d68faf1f6d482
	.quad 0x0080000080000000, 0xc000000000000001
	.quad 0x4019400000000000, 0x800b9e173c18a966
	.quad 0x027d5bde0694f97e, 0x3641121961bed498
	.quad 0x21c664585ec87c00, 0xffc00000a53c6a72
	.quad 0x9d17268bddbe1d6a, 0xe4c1b5da7fdbfcfa
	.quad 0x0442ad9b77ffb56d, 0x951a98c1e37bfa58
	.quad 0x0010000000000000, 0x077e1e4ddace7ced
	.quad 0x7f000000bd632952, 0x9b6384b4149e0000
	.quad 0x07ce662962d4bd80, 0xebcf7ee0ffd3efff
	.quad 0xfff8c6c165bea289, 0x41effffffffffffe
	.quad 0x3f00000077d138d3, 0x11ff06dce8437b13
	.quad 0x279669bdc137f731, 0x4118000000000000
	.quad 0xfff8000000000000, 0xc78bc2638faffff7
	.quad 0x8d3f406741e00000, 0xb57cb8e39d8d8001
	.quad 0x00a8684effddfffe, 0xd6b25b1ae05280f5
	.quad 0xffef5bae56128cb1, 0x46f2eab2d86b8000
	.quad 0x7f90c0fdbec00000, 0xc97e285cfc2d8b50
	.quad 0x662457904cba4ba3, 0x800fffffffffffff
	.quad 0x0812715c777cbb22, 0xff99ce1fbcf6f8de
	.quad 0x7f80000041ae4df4, 0x40414411d6a14179
	.quad 0x118de796ffa578e5, 0xd744368b3e5700f5
	.quad 0xd1b9a60ebcaaf37b, 0xbffa1ef065dd3533
	.quad 0x89e61f1ff2fbbf1f, 0xfbb69c6c9561fdf6
	.quad 0x74098fc31320a05c, 0x7ff8000000000000
	.quad 0x40220000ff71b204, 0x001b9ca67f800000
	.quad 0x7024571ae89ec7f7, 0xc05a2da96cdc7008
	.quad 0xc110000041200000, 0x02a1013ced4ad9e7
seed11:
	.quad 0x000000007fffffff
	.quad 0xc6c334b4df36ad8d
	.quad 0xfffffffffffffd45
	.quad 0xfffffffffffffff5
	.quad 0x348a065ee40c7b7f
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0xaea8ca9ae8595255
	.quad 0xa56ab3af2867be58
	.quad 0xfffffffffffffd73
	.quad 0xff73b4710382c609
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff0f
	.quad 0x0000000000001fa6
	.quad 0x0000000080000000
	.quad 0x1fde903fb79d592a
	.quad 0x02400000
	.quad 0x60000000
	.quad 0xa1f655a333b9c0c4, 0x7ffed941ae8ac033
	.quad 0x898e6229cbf7d3d0, 0x86e750bd5bfffcbf
	.quad 0x4b2b32e511abba00, 0x05168a627ff9ffb9
	.quad 0x188246e7ffff7f6d, 0x3f8000007ec2a127
	.quad 0x3dcb8b2a7faff6fb, 0xc010000000000000
	.quad 0xa6a5457855397a15, 0x088cb342fea226fc
	.quad 0xbc411a1daf1bdbca, 0xa87f039278f54cad
	.quad 0x5e1bd0f829de0400, 0x7c90c431c78adf50
	.quad 0x002294370ee27b8a, 0x1189f908bfa3e1bf
	.quad 0x3c73ebd38d9fff98, 0x824e5f4d9d41c71e
	.quad 0x5a7ffffec3451a66, 0x65c18ea4213d3587
	.quad 0xf31b7f01e9dd00a9, 0x90ac349b2761ba00
	.quad 0xc0d00000988e9e2a, 0x00ffffffbfe00000
	.quad 0xbfad47d471225f48, 0x8b9f6cd5ffd647a1
	.quad 0x5890414470c4a064, 0xc03904b02a90a61a
	.quad 0x2ed86703fe6c7b3b, 0x7e80000047fffffe
	.quad 0xf0de270d80000000, 0xfff17f3a7416ab9c
	.quad 0x6996974e186cfc00, 0xbfe3e0572125b778
	.quad 0xfffee8e26c1a76ca, 0x984f818afff5fcfb
	.quad 0x69639992b0efffbd, 0xaa446848e1ad9de4
	.quad 0xab592fc5feccb97f, 0x8000000000000001
	.quad 0xb945236c6fb0d150, 0x725b720680000001
	.quad 0x80dbe1e8ffdb865d, 0x2382f7c18414ab2d
	.quad 0x2e84c9edffd4fbf9, 0x9aef1db9a25b0489
	.quad 0x135530407fc00000, 0x665cfed29cca5529
	.quad 0x023a7779b1beb6ab, 0x45e2af2d7fdff762
	.quad 0xc9600000c2856fde, 0xf37e891033eeefae
	.quad 0x15c344c4ffffff97, 0x0ee255e3fbdffdfe
	.quad 0x7ea2b15457a04217, 0x3e0a800000121f08
	.quad 0x7ffb92ce29affd1e, 0xc1ea9cd8804fa845
	.quad 0xc3af855abfd7fbfe, 0x0006ebde19e74e93
	.quad 0x4b492919c060c8ef, 0xc0e2800000000000
seed12:
	.quad 0xffffffffffffe425
	.quad 0x00000000000002cb
	.quad 0xffffffffe4d5207c
	.quad 0x89f30eb5a02c1678
	.quad 0xffffffff80000000
	.quad 0x0000000000000314
	.quad 0xffffffffffffa9d4
	.quad 0x0000000080000000
	.quad 0xffffffff599705db
	.quad 0xa79fa42bb1fcb965
	.quad 0x0000000000000190
	.quad 0x0008585cad473c2a
	.quad 0xfffffffffffffd07
	.quad 0xffe8474e3a59745f
	.quad 0x0000000000000001
	.quad 0xffffff646152f74e
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x3361b630ffb5ffad, 0xff8f59827ff35d5e
	.quad 0x4330000000000001, 0x8000000000000000
	.quad 0xa8de55a724c921b6, 0xbde58000ffbbc800
	.quad 0xfffa6e238d0f2e82, 0x00005d3c556d5c5d
	.quad 0x4204c30020c07bf0, 0xb50aa80bef3e7fef
	.quad 0x3d2e72f241631571, 0x7ff78066d62a84fc
	.quad 0x3f87c00000000000, 0x91a7c233ffe2fe00
	.quad 0xfff043ef5ca2332f, 0x0024c62d6b13ce90
	.quad 0x40412f07e79d4fe3, 0x7ff36df161b3304b
	.quad 0xffcce8491da9f36b, 0xbc246b237f800000
	.quad 0x47000000bc41dd42, 0x839ba242ded55c99
	.quad 0xbffacd20214f41d3, 0x299be1c951f6ebeb
	.quad 0xb30abda72ae7ffba, 0x7fc0000002150330
	.quad 0xde8237d15169a8b8, 0x00000000bd75910e
	.quad 0x12012c31003e8558, 0xff81666400000000
	.quad 0x3e215e987febc37a, 0x756e522edffbfbdf
	.quad 0x7ff3b351785317c6, 0xc01f800000000000
	.quad 0x35e40000bc08a286, 0x84a658a7bdd80000
	.quad 0x000000006618350c, 0x85b680c2a135de00
	.quad 0x36d80000bfaf9ff2, 0xa3823426fc83bd75
	.quad 0x02e7ef74f9d27e08, 0xcd731c10cc1a1cbb
	.quad 0xf0a7c0b53272a900, 0x315fbe48fffeffdf
	.quad 0x400d315c59e8e603, 0xbf75b60160401871
	.quad 0x5511e305ffff71d3, 0xc022000000000000
	.quad 0xb74cd20d532fa8b8, 0xec5748f8fe5f4aae
	.quad 0xfff0000000000000, 0x7ff8000000000000
	.quad 0x44a00000c007ee17, 0x017fffffff9283a0
	.quad 0xfff0000000000000, 0x80000001ff800000
	.quad 0xbfa6a372cd18e60a, 0x7fdafdc2cd4ea1ec
	.quad 0x8000000000000000, 0x462316606bd4e2b7
	.quad 0xb1494d198976f87a, 0xef9e06eebe77ebff
	.quad 0xb82000003c760593, 0x08c54aaf3e7dffeb
seed13:
	.quad 0x9c7688dcb149d654
	.quad 0x0000000000000324
	.quad 0x00000000ee8d31ee
	.quad 0xfffa721cebe7f147
	.quad 0x00000000000000a3
	.quad 0xfffffffffffffd15
	.quad 0xffde189513b96617
	.quad 0x0020000000000001
	.quad 0xfe5977aee43e866b
	.quad 0x0000000000000001
	.quad 0x0000000000000138
	.quad 0x00000000001dc087
	.quad 0xffffffffff588d06
	.quad 0x71f30cfacb9e0ac6
	.quad 0xffed7e8c88cdb2f1
	.quad 0x00020692a116efe5
	.quad 0x01400000
	.quad 0x90000000
	.quad 0x4063000000000000, 0x006e08b3be49686b
	.quad 0x7fc00000ffba967b, 0x470000004287ccc3
	.quad 0xf790e53c40488000, 0xff000000004c12d9
	.quad 0x3e8000007f800000, 0x35ea10dead75c565
	.quad 0xd9b1cd7ec0200000, 0x00137a42f21e65e8
	.quad 0x0000000000000000, 0x801fffffffffffff
	.quad 0x06464b92a6b9bade, 0x7ff372f784ff2bc4
	.quad 0x0000000071a62f2d, 0xbf8351e6b1283056
	.quad 0x0008000000000000, 0x0000000000000000
	.quad 0x400e000000000000, 0xfff0000000000000
	.quad 0x0ee7c775b8a6f400, 0x0069e889fc21ba34
	.quad 0x19160ca9a2220680, 0x4777f16fb02a9325
	.quad 0xc645000040700000, 0x78eb5c2a0a52f4ae
	.quad 0xcbdac67f58cb8200, 0xf2da60d9ff5bcffc
	.quad 0xffb6ca6362a5c4bc, 0x41d697ce00000001
	.quad 0x0de00d251e12cdc2, 0xa14603b8fdd2ff75
	.quad 0xba6471ae86040000, 0x7f7fffff8769d25b
	.quad 0x0d5df43f60723114, 0xcdee4881e01ffbff
	.quad 0xaf0c4284893a7ac5, 0x7ff0000000000000
	.quad 0x549a4c408dcdb4e5, 0x80611f921116517c
	.quad 0x62b712472d0ad932, 0xfde8462b24926e5d
	.quad 0xffb9d8404b41d360, 0x404904b019dbbef7
	.quad 0xe5e54797bff3dbcf, 0xc02e41e44f19f9e5
	.quad 0x55a05692ff800000, 0xc01d000000000000
	.quad 0x9ac342a7435f0a02, 0xfffb8447180dcf84
	.quad 0xbf98ae601b921a19, 0xbfedcd5e4e62b398
	.quad 0x49def0362ae8fc25, 0xc3717952ff7fffff
	.quad 0x2d9c67ddeba425a2, 0xc0011baec6a50883
	.quad 0x1c49cb0aff77e7fd, 0xbd00590fc0e80000
	.quad 0x40d3900000000000, 0x1028b18fa14f9bbc
	.quad 0xd4f755005082dba4, 0x08a84c47497ec8a8
	.quad 0xffbe124d80000000, 0x7fe0000000000000
seed14:
	.quad 0xa2974715f10ac47b
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffd1a1e
	.quad 0x00000000ffffffff
	.quad 0xc9f44156be445962
	.quad 0xffffffa4874c5477
	.quad 0x86820a5635f47096
	.quad 0xffffffffeabf81c0
	.quad 0x9eef691308db219f
	.quad 0x000000000000001e
	.quad 0x0000000000000132
	.quad 0xef845de6d21b0ada
	.quad 0x00000000000001f3
	.quad 0x933a38ce56a43e29
	.quad 0x0003cd36d469e476
	.quad 0xfffe74fd7fe66e69
	.quad 0x03800000
	.quad 0x80000000
	.quad 0x3ffa000000000000, 0xff875f7affb7c7ac
	.quad 0xc0fffffffffffffe, 0x3ffa2988ab277a37
	.quad 0x17ba89e63dacbb92, 0x7ff8000000000000
	.quad 0xb75000008deec6be, 0xa5f5723ddb8ecd32
	.quad 0x63f31947de0293dd, 0x8000000000000000
	.quad 0x000000007f800000, 0xfd59a2a441080000
	.quad 0x75bf2a0e7fc02540, 0x401b3e4ab8a131c1
	.quad 0xc062d6113b6e0000, 0x1bdbacfa9eebff79
	.quad 0x755dd621b4ee4580, 0x283e4b7fffbdffef
	.quad 0xc051c276153a159b, 0x0274c5c9495da565
	.quad 0xf5526337813da6bb, 0x7d5620c5ffa0041c
	.quad 0x8ee48915dff77def, 0x524cc1539d44f1ee
	.quad 0x6a3ab82e9b5cc233, 0x800000003f800000
	.quad 0xc07dd6a3b688014c, 0x7797a139db0f42ed
	.quad 0x1fcc0c2e05b57a40, 0x80710f2650ac3a48
	.quad 0x590000017f800000, 0x802d0ffe653bbb60
	.quad 0x3e52e39697e8106b, 0x690d8f4a92511080
	.quad 0x00142c980fcc9f11, 0x0172398a4ed53d71
	.quad 0xc4a1e9ed418114f3, 0xc1c40000fff97eb1
	.quad 0x4640000054cfcae5, 0xff92c4ab3ccd6945
	.quad 0x973d898cf32c7c00, 0xace7cb38fef7fe75
	.quad 0x00117f3580000000, 0xc00d000000000000
	.quad 0xa6656742fffb7bff, 0xfa76bb63f05c0000
	.quad 0x7ff64e0ebb6656fd, 0xff7fffffbd0d88cc
	.quad 0x6bfd217cd3ffffff, 0x14427aae69fa7aec
	.quad 0xc021800000000000, 0x7f231dc2d5827f8d
	.quad 0x85403458be55131f, 0xff056a853dc1a3b2
	.quad 0x14ebcb93ffff7eae, 0x0000000000000000
	.quad 0x6216d96a35638a99, 0xc0e80000b79d0000
	.quad 0xc3e0000000000000, 0x7fe4d16feae9ed0f
	.quad 0xc048c3a9bec84ac9, 0xa1cd78d976fd4792
	.quad 0x3930000009183084, 0xc0a8000000000000
seed15:
	.quad 0x000000000885ffa5
	.quad 0x000a8f036d4d53da
	.quad 0xb3a8dfe103021b34
	.quad 0x34a53facf8bc9562
	.quad 0x6f2c4610ae9da3e2
	.quad 0x0180f42a1ee2ee83
	.quad 0xbb806fd515497d14
	.quad 0xd0b6453e7e967e90
	.quad 0x718b4be62faeeb9c
	.quad 0xfffffffffffffd3b
	.quad 0x123c97d976dba117
	.quad 0x667754b122a237c4
	.quad 0x0000000022c5e071
	.quad 0x4310e1ba15fcfe8e
	.quad 0xffffffffffffffff
	.quad 0xd7b1fa4c575b38e1
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x7fc48a4cc0c731f0, 0x37f7b6677fbface3
	.quad 0xbf800000bfc00000, 0x3c1cd1025f800001
	.quad 0xd6c565d367382c23, 0x00989cbdc2a8c5ec
	.quad 0xed03bdc9f4644a3f, 0x002fffffffffffff
	.quad 0x00ffa9a37fcaeb20, 0x3fcbada5543e1aab
	.quad 0xfb5e1c205fde37d6, 0x3f89f0e0482b59ad
	.quad 0xc3fb2a652123cbde, 0x8cbf3511fea58c67
	.quad 0x831366dedff5fe61, 0xb2b0db23507b856d
	.quad 0x32a45b5740840000, 0x5b579da27ff3bf49
	.quad 0x7ff8000000000000, 0x3defb7d834075afa
	.quad 0x80323be5777c0994, 0x000000007f9846ac
	.quad 0x19ae07a8ffef7e21, 0x0000000000000000
	.quad 0x401f000000000000, 0x43de1afbffb4654b
	.quad 0x8000000000000000, 0xbfd884b13518664e
	.quad 0xcd85d6ca21820200, 0xfe8000006ef62c5b
	.quad 0xc0f80000ffd4ef01, 0xa087c0e724f1879e
	.quad 0x5a000001e9238585, 0xf3d8851167ef70f8
	.quad 0xbd0ba62dbe4a3815, 0x51df08a2fb3a1373
	.quad 0x42a11e4bff6fff37, 0xce4c4bebfff433b9
	.quad 0x8c3cc5fc00557ff6, 0xc1dd0c3400000000
	.quad 0xbfdd800000000000, 0xc3b4419b7763ffa3
	.quad 0x40480264d742f8a6, 0xd2261567ff800000
	.quad 0xbce48f5bffc00000, 0x2e9a939de70ac740
	.quad 0xbe232a1acffffffe, 0xe3628d88af5fe35b
	.quad 0x4111684c9e7ffff7, 0xe9e93d57f5fc6aa8
	.quad 0x78efca24e7dcafb9, 0xec8c6cbbc6800000
	.quad 0xa6e875d8273d7937, 0xc00af24dac0b2914
	.quad 0xba0ab3025fafbf6d, 0x7f1a5634624a680e
	.quad 0x7f80000037400000, 0x3fd8000000000000
	.quad 0x574a7820b8286bd1, 0xed2272fd25237fcb
	.quad 0x4bd65eeffffeff1b, 0x000000003541f9fe
	.quad 0x7f8a6e0dda208df9, 0xbf060000b8fc0000
seed16:
	.quad 0x000000af16ca5469
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffda5
	.quad 0xfffffffffffffd70
	.quad 0x2475b607e5356dcc
	.quad 0xeb4b22a4db22b358
	.quad 0xfffffffffffffdcf
	.quad 0xfffffffffffffdf9
	.quad 0x0000000100000000
	.quad 0x1d6c92c73f4f4f35
	.quad 0xffffffff69ab2434
	.quad 0x000000000000000d
	.quad 0xffffffffffffffff
	.quad 0x00e61e3f62c5f6c9
	.quad 0x2dd91117dcdbffa1
	.quad 0xbbdb879f46e5c0d5
	.quad 0x03c00000
	.quad 0xa0000000
	.quad 0x400f000000000000, 0x7faeb666fff96a70
	.quad 0xf5f9aad2ef088001, 0x97b68e3fbbae7d2a
	.quad 0x7ff225c069a9b5b2, 0x618911f5ce038000
	.quad 0x40ac000076c23a53, 0xc05425dd553ff0a0
	.quad 0x3bc9a3a8c0d40000, 0x7ff0000000000000
	.quad 0x41140000731a9cd3, 0x7ff2c487a02181d5
	.quad 0x27c6a9132f5758d4, 0x0017e1795de4b7bf
	.quad 0xaffc730225232d49, 0x2bc8a211d060fc00
	.quad 0x091f10008009238c, 0xd150db95f2dffaa9
	.quad 0xbd246cb093188a98, 0x3edf5c7e67a7fe82
	.quad 0xfff2d61a9cc85d8e, 0xffc000007f992690
	.quad 0x2f89dafaefac7cd3, 0x7ffbc115674a5733
	.quad 0xba4d8f6bab987c00, 0x43e0000000000001
	.quad 0x7970726ac094571d, 0x7ae43198edab5634
	.quad 0x38107df6ac26b525, 0xff29b7b744ed8000
	.quad 0x3f8000000b788cb1, 0x0000000000000000
	.quad 0x518a3e922468fdd9, 0x488ab2fb9bf14d6c
	.quad 0x5ffffffeffa0b991, 0xdc7b20fb7f800000
	.quad 0x470000017fd62edf, 0x8000000000000000
	.quad 0x5c78688ad9d75ebf, 0xffd0000000000000
	.quad 0x00c3a90f35a27d44, 0x7ffa33941609de36
	.quad 0x7fd3f93a4394e5c9, 0xbfb914a36e58ca07
	.quad 0xfeffffff00000000, 0x00000000ffbc9f5d
	.quad 0xe18c0fa22806a0cd, 0xfff9606bd2ec0ce7
	.quad 0xf13f8b03b7700000, 0x80762af7ff985df3
	.quad 0xff8b230277d1ab67, 0x4167e5dc04cfdd8d
	.quad 0xd3f48f0d0c8aac2f, 0x023cbd56baa00000
	.quad 0xbd6fd5f3ffe5c245, 0x94cdc1c97e7ec1f3
	.quad 0xc85997add97de7ef, 0xc31534d63f61ef8b
	.quad 0x2f5a6817e5ab8ca3, 0x0687c5647adf5d82
	.quad 0xfff8000000000000, 0xe6960d10ff3eaff4
	.quad 0xfe078950eed96871, 0xff800000bfa00000
seed17:
	.quad 0x0000000001000001
	.quad 0x000000000000048d
	.quad 0x0000000000000398
	.quad 0x0020000000000001
	.quad 0x0000000000000033
	.quad 0xfffffffffffffd6b
	.quad 0x64611374bd67664c
	.quad 0x0000000000000001
	.quad 0xea007e79fbbf0c53
	.quad 0xfffffffffd08b761
	.quad 0xfffffff8775434ec
	.quad 0x000000000021ae2c
	.quad 0xffffffff80000000
	.quad 0x7ae4910b5618f2e8
	.quad 0xff3934006fbce9f2
	.quad 0x5ec4ac340acdba70
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xb5641482fffff777, 0x0000000000000000
	.quad 0xc0300b5de2256c37, 0x7ffbfd837fb85b2f
	.quad 0x9490ef0b638fea92, 0x43a1306fd9800000
	.quad 0x1182f524574759fc, 0x6f3d0f0945f5b8b3
	.quad 0x0005280d179e5b8f, 0xc0cc800000000000
	.quad 0x0180f89111b50000, 0x4031673baaff84a5
	.quad 0x03897c38925e5718, 0x459f533ac9afbfe6
	.quad 0x41e0000000000001, 0x9a26e328faf6bbff
	.quad 0x605a7c92b82860c6, 0x407d264443858ee4
	.quad 0xffe364f03ff67ec1, 0x9eecb1d349ca407d
	.quad 0x7e31bb4d113aa5ab, 0x7fd6a7bb657cb1c6
	.quad 0x97603bd8a990d43c, 0xf73e4bd6af6f7e97
	.quad 0x4ed3604917f09bba, 0x7ff7af1c43782990
	.quad 0x685dd7d203247e00, 0x3438eb3ade79fee4
	.quad 0x0db8a93ffffa3fff, 0x7ad71dfff5f22eba
	.quad 0x120bbe045b127c00, 0xfe4d49854bf643a9
	.quad 0x7ff0000000000000, 0xac447d94bdd7ceba
	.quad 0x73a5613d3ffbb66b, 0xff7328303e800000
	.quad 0x7f8000004039b81e, 0x89b9b61d7f800000
	.quad 0xc0100000bec00000, 0x1a9efc437bb4fc35
	.quad 0xf296ccd870736317, 0x7942edbdfcebfc00
	.quad 0x82193bc148306cd4, 0xff7fffffc0a80000
	.quad 0xc0281078fdc085d0, 0x6ff32dba7cf19200
	.quad 0x7f800000133f3982, 0x0000000047e00000
	.quad 0xce27254ab4077d29, 0xbfa6328db373a0a9
	.quad 0x433fffffffffffff, 0xa8ebc2bd84de9354
	.quad 0x004c5867488c0000, 0x40cfffffffffffff
	.quad 0x4ffffffe391b0000, 0x6dda5ef9ffe5f89b
	.quad 0x406b47934166eba9, 0x9dcd75beb990ae34
	.quad 0x7e037f7d79fffb88, 0xbf264637dbe18b1d
	.quad 0x2741682290dc0942, 0x0dd96179f8d7f42e
	.quad 0x810227737f800000, 0xc032dd977fc00000
seed18:
	.quad 0x5c95b117356a3fe9
	.quad 0xffdddd37d6cd6f41
	.quad 0xffffffffffff3c58
	.quad 0x000000000000014d
	.quad 0x0000000000000001
	.quad 0x006d9a270fcf70a5
	.quad 0x80ade760825b115d
	.quad 0x80dc9633937af056
	.quad 0x0005873e5fb15f4d
	.quad 0xffffffffffffff99
	.quad 0xca09bbde6c1ddd67
	.quad 0x414305ab1e93662a
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xfffffda3e3dac9ab
	.quad 0x7fffffffffffffff
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0x3fe00000fe595db4, 0x00023880b882948f
	.quad 0x68eff571cfffffff, 0xbf9d145c16f02e8a
	.quad 0x4044305a3ca1077e, 0x938f2dc51644366f
	.quad 0xbfc78159f50096b2, 0x5a000000f1069580
	.quad 0xf70664ea6c32fd1b, 0x5c7e50c25df66bc8
	.quad 0x625f4d225766c6ea, 0x24640a16ffbb7e1c
	.quad 0x000000006d2e7d4d, 0x7ff7792b431eb13c
	.quad 0x7ffee27cad951b2e, 0xbfb3c2ae7260ce9a
	.quad 0xe10e739cdbf1ff97, 0x8f73293860d9c000
	.quad 0xfe9a06091638e99e, 0xc7ffffff403a7823
	.quad 0xad90b89d43c4472f, 0xa5002e9fbe7bfe00
	.quad 0x0967b11200000000, 0x2bd2e34dbf4c55ff
	.quad 0x808000003ff87622, 0x9db7c52d516efe00
	.quad 0x3d2df214c203eb48, 0xa22f619d7afe2cd6
	.quad 0xbffffffffffffffe, 0xc0e0000000000001
	.quad 0x8000000000000000, 0x08633f02dec0e608
	.quad 0x5deceb9fffe25700, 0xc5734af2eca8182e
	.quad 0x411ec928c7800001, 0xa9566e93032c1974
	.quad 0x80155c45f05aae78, 0xcedccf3cfff6dffc
	.quad 0xfff76ae126089711, 0x401893750b5da2dc
	.quad 0xf4ce98bf80000000, 0x7f8eb76810cdbbad
	.quad 0xfedb4ede942495f9, 0x6b1b4e2e2bdefe28
	.quad 0x44c09a498162c4e2, 0x9fefb4ad1a34d83d
	.quad 0x7eaa8635f3f25b2b, 0xc984ccdbfff9dff3
	.quad 0x40e0000000000000, 0xeebca2f4ffc00000
	.quad 0x402000004a9a388f, 0x8000000000000000
	.quad 0x001abe1e5c789a9d, 0x8c5bdcc45aa77631
	.quad 0x624b19af32487c6f, 0xbfc0000077a35ab5
	.quad 0x7f8b9aaac0f00000, 0xff419afb49feb2db
	.quad 0x3c2cef3005d77c00, 0xbf1245cb7fc00000
	.quad 0xf9377821ff8ab1ea, 0xbbef8390bf800000
	.quad 0xb253b179cbeb52dc, 0x54640226ffe7dcb6
seed19:
	.quad 0x000000000000002e
	.quad 0xffffffffffffff21
	.quad 0x988b79c2534ba435
	.quad 0x4e3efc2b9790e933
	.quad 0xfff2e79f6ce8cfb6
	.quad 0x15ea568c15148601
	.quad 0xfffffffffffffd11
	.quad 0x0000000000000002
	.quad 0xffffffe37253beca
	.quad 0x0000000000b2ba66
	.quad 0xffffffff80000000
	.quad 0xd3da70879d984327
	.quad 0xfff06f4036883346
	.quad 0x0000000000000001
	.quad 0xfffffffffffffdb3
	.quad 0xffffffffffffffff
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0x284a1eda91eef7be, 0xe8297a76372cfd00
	.quad 0x942e1efc11e70600, 0xffdfffffffffffff
	.quad 0x18010b47da8c2b15, 0xc13a000000000000
	.quad 0xc9768a8f8ffdf964, 0x4fffffff7f800000
	.quad 0xc0782a6bac66a852, 0x59800001b5ee9123
	.quad 0xbf7bd6e0131d4c9c, 0xfff31ef1dcb87c9a
	.quad 0x7faaaa33c3b6c499, 0x7ff0000000000000
	.quad 0x430b8c7338c60000, 0x3f9def63fdd7bff1
	.quad 0x7f896e1bcf10a9aa, 0x97def592bfffbf7f
	.quad 0xba370000be41f113, 0x4014def5e97c006a
	.quad 0xcf53a66fffba178d, 0x74edb5411a23a440
	.quad 0xe267ae457d6e7dbd, 0x8053a2e5bd238000
	.quad 0xee1b92037f800000, 0x40efffffffffffff
	.quad 0x3bcffd31fffeab93, 0x00323fcb21018130
	.quad 0x89dae6af00000001, 0xfead4335fc171c3d
	.quad 0x56946d464a3208f8, 0x506f7b26d3677bb3
	.quad 0x004300b2ba65a4d5, 0x816ac7d97fc00000
	.quad 0xfff610097f22f7fa, 0xbfdc01fc97b645a4
	.quad 0x8000000000ffffff, 0x7e651bcd4f29ef13
	.quad 0x321413f80bd97c00, 0x70d6a8ba329479e5
	.quad 0xbfc21595c9f80000, 0x40f80000ffc00000
	.quad 0x83931493887629dd, 0x6c9730fd5de5fe00
	.quad 0x90a15fb087140000, 0x01d8586b508e9c0b
	.quad 0x61a4f5cb97342859, 0xc8200000ff800000
	.quad 0xdcc269c87afecffe, 0xb2650696fb8bd977
	.quad 0xbf800000c0600000, 0x3d270f8171c3fe94
	.quad 0x0000000000000000, 0xffdd6ad63f095637
	.quad 0xfbb99c91ddafdfde, 0x71deb30affd9f7bd
	.quad 0xaf71fddbc51e5700, 0xffbe05ecc1080000
	.quad 0x58a4e42df27fccf6, 0xbbb52d4e7f800000
	.quad 0x3fae45513fee0d35, 0xf3ece283ff800000
	.quad 0x002f95a5f5823361, 0xc395a2a643089ec1
seed20:
	.quad 0xffffffffff777bed
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x000000000000022c
	.quad 0x6a6448a22bd0dd63
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x00000000000003a4
	.quad 0xb045fca53dc424d0
	.quad 0xfffffffffffffdb7
	.quad 0x0000000002599ec7
	.quad 0xffffffffffffffdb
	.quad 0x30cf69873c59f7e8
	.quad 0x6a3d32aefab6cee2
	.quad 0x0000000000000000
	.quad 0xffffffffffffff1d
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x7ff0000000000000, 0x7f8ab4e379eab5c3
	.quad 0xff28277ffebf92f4, 0x8003f306784c40b5
	.quad 0x91999fc7d6897c00, 0xc1f5b2b1c0c26624
	.quad 0x85d6efcf91e36f26, 0xc028c94d32998301
	.quad 0x393f30e8bfdae8bf, 0x86fcc9ed6c735a12
	.quad 0xbe584b3766070000, 0x80000001ff800000
	.quad 0x10f242827fefbff0, 0xc218000038a60000
	.quad 0xcf7e6aadffc4aeac, 0xc021400000000000
	.quad 0x30f47536e1ff9535, 0xc3e0000000000001
	.quad 0xdb679970baae7f6b, 0xbfd7783157f14199
	.quad 0x7c45e77e3c9b6366, 0x6e0d0140b67ec5c7
	.quad 0x0000000000000000, 0xf36d992ed1e53385
	.quad 0xc057c94fa067fbb5, 0xff50a095d9bbf692
	.quad 0x80100c2cf0142321, 0x800fffffffffffff
	.quad 0x00000000c0964538, 0x86160965937622e1
	.quad 0x62cf98d30461bc61, 0x943af5277f800000
	.quad 0xbc966801007fffff, 0xc44fc46ef5fc4100
	.quad 0xf3825f947fbaef76, 0x7e800000c9d00000
	.quad 0x069c3c9ac1040000, 0xf742204b20d096c3
	.quad 0xfff3ca36bd9be76d, 0x21f2dc5f7fdfffff
	.quad 0x7fc000000bedecba, 0xff80000024d2b7bc
	.quad 0xe324365de5efffcf, 0x2c3e48bc7fdfffff
	.quad 0xd022b3aeba500000, 0xd4128a619fa2b653
	.quad 0xbf915126ff800000, 0x7a741d848ea5a96d
	.quad 0x40300000c2af7716, 0x8000000000000000
	.quad 0x3f639f70bccaf631, 0x97f59e9e8a6e7e00
	.quad 0x481a59467fde65df, 0x95f984c410813f61
	.quad 0xc0f4e1605a702b17, 0x401f000000000000
	.quad 0xff00000085ee9c53, 0x4038501cbf8445dd
	.quad 0x40e00000bccb95af, 0xc3883505132b414d
	.quad 0x811e5003c3ee9156, 0x9678249ed9003148
	.quad 0xf431334fbcf3608e, 0x0d59f884fe182100
seed21:
	.quad 0xffffffffffffce23
	.quad 0xffffffffd5c64834
	.quad 0x00000000000002e7
	.quad 0x0000000000ff58f3
	.quad 0x001c911e674411b5
	.quad 0xad0f3b34b40efa08
	.quad 0x0000000000000267
	.quad 0x00000000000002cb
	.quad 0x00000000000002fb
	.quad 0x778cd19966086840
	.quad 0xffffffffffffffdc
	.quad 0x17854edb1c3a79ce
	.quad 0xa35086415ae4fc5d
	.quad 0xfffffffffffffe91
	.quad 0x512dd03ad5938301
	.quad 0xfffffe30666d0a90
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xc03e18a0171e1b6b, 0x7ff0000000000000
	.quad 0x4330000000000000, 0xff9d391c4235ac4f
	.quad 0xe964a37f92e3fc00, 0x7ec93c44f1ee1971
	.quad 0x801708bf991912bc, 0x7ffdaf0be9903c18
	.quad 0xff8000007fb39ecd, 0x7ff1e0294f2666e1
	.quad 0xeabbfdc2faaefec4, 0x9f81bdecc385ac23
	.quad 0x986ae871dbb58001, 0xf37b85573e56e30f
	.quad 0xe9546290583df66d, 0xc5dc00003fe6d222
	.quad 0x80edbb6dff800000, 0x4d42a4f0869690ff
	.quad 0x714e2ce64fffffff, 0xc004000000000000
	.quad 0x00545c907fc00000, 0x7f986fa7806477fa
	.quad 0x30b0e636e37d99e3, 0xc18005dcbd9bc001
	.quad 0x7ff1866c4dbe02bd, 0xfff0000000000000
	.quad 0x434ffffffffffffe, 0xc5659865bfcfd65f
	.quad 0x409b400000000000, 0x91725513be781b47
	.quad 0x7fe0c6d62dc622fa, 0x8000000000000000
	.quad 0xfff0000000000000, 0x196b71ede990d83b
	.quad 0xc00ef54c91b5699d, 0x7f8000007f800000
	.quad 0xba3826fb3c91ef30, 0x800a51d33f30e460
	.quad 0x7f04c4261a5e5c90, 0x5ca9533ddf7bb5db
	.quad 0x8119d8b7b17ea21b, 0x800000003bff8cab
	.quad 0xa3402bf80016df72, 0x09d40acd24f51d28
	.quad 0xbe77cac8474e5f6c, 0xb8400000bf7c75eb
	.quad 0xd9bd829e00000000, 0x553c05df44122a50
	.quad 0xff941555381b3c25, 0x411c000041da0000
	.quad 0xfee73b4dffbcdfa2, 0x8080000000000000
	.quad 0x3ffacfea0cd3981a, 0x000fffffffffffff
	.quad 0xfe18c415c7dc71a5, 0xbaaa664274057800
	.quad 0xccb7a8c3bdafdffb, 0xc021800000000000
	.quad 0xff7fffffc3ea56e5, 0xbfacb304808c7b89
	.quad 0x4128a8f8a6300000, 0x809d9a160c2087b8
	.quad 0xeaecbe6cffd575ea, 0xffdfffffffffffff
seed22:
	.quad 0xffffffffffffffff
	.quad 0x00000000000001a4
	.quad 0x00000a8e5e215e9c
	.quad 0x50cf576ee34fe090
	.quad 0xffffffffffffffd0
	.quad 0xa2a020d469a67c08
	.quad 0x0000000000000000
	.quad 0x2276528b87b1ff91
	.quad 0x5a5e8a0639d3b841
	.quad 0x1b0c0d56be703717
	.quad 0x0aab6142e102d46a
	.quad 0xffffffffffffffca
	.quad 0xc7c64b1bd21b8141
	.quad 0x00000000df7953cb
	.quad 0x0000000000000000
	.quad 0xfffffffffffffedb
	.quad 0x04800000
	.quad 0x60000000
	.quad 0xf328027f5dd7d773, 0xce0fe6869c5a8000
	.quad 0x00000000bcd842c7, 0xc0d80000b7a6f56a
	.quad 0x8027a52852fe4ccb, 0xfcb8625bb267fcfb
	.quad 0xfff7dfa94a5ab5ec, 0x72d5e1704fda5d4a
	.quad 0x4fffffff0aa91c4b, 0xf46187e341421bd3
	.quad 0x81b8b0bf9c26e341, 0x805d14b5bd319b87
	.quad 0xffe8543ad9680334, 0xfd990ee09e5ac1fa
	.quad 0x3fef9d8976e7b866, 0xffc42661f0b879fb
	.quad 0xc1b31fa297da0000, 0xbfc693af2b84ac10
	.quad 0x7ff0000000000000, 0x80000000bd6e9eda
	.quad 0xa750fee27f3ebdff, 0xd072e349e9a84559
	.quad 0x43ffffffffffffff, 0x93e0f995664a1e68
	.quad 0x800ae32e61a04d6e, 0xbc704b172cfe6fa7
	.quad 0x7b0cc29fdcf9dfae, 0xdac70ebd485983b3
	.quad 0x46c3a791ffe4c7cc, 0x5e063cabfbf7ff74
	.quad 0x033e59032f741318, 0x7ff1767f85213388
	.quad 0x441757e2b996bfff, 0x3ff4000000000000
	.quad 0x4af83a37fff6a80f, 0x668dcbf180000000
	.quad 0x835403397fff589a, 0xf37fb55d150f5a60
	.quad 0xc023000000000000, 0x8a79bc36e96f24a9
	.quad 0x3d4e77f5bfe00000, 0x9b668f07e7430001
	.quad 0xff821cc500062801, 0xe00405dd0d6abfab
	.quad 0x8000000000000000, 0x498f0a2cf910c2ff
	.quad 0xbf9c400000000000, 0xfe870272af434061
	.quad 0x4c665470f4a1c520, 0xbfc5f0d14e329970
	.quad 0x8000000000000001, 0x805ad1ade6f6f2d3
	.quad 0x3ec9c881bd1ec7dd, 0x000000003d60ba6d
	.quad 0xff20ff89f1bfbe5f, 0xbbf06ca5ffc00000
	.quad 0x3de6fd6fa411fda8, 0xc21adb3fffeb24bf
	.quad 0x275538337ffbf3ff, 0xc0fffffffffffffe
	.quad 0x055fb73effbf471d, 0x7e76adf898a150b9
	.quad 0x7fc0000000000000, 0xbfcc000000000000
seed23:
	.quad 0x00000000ffffffff
	.quad 0xb5c47e6ea6a52973
	.quad 0xf55349b307f0e87f
	.quad 0x7fffffffffffffff
	.quad 0xd5ba9f76ebb9f619
	.quad 0xb46ae2db17618d50
	.quad 0xfffe54789d8da7c1
	.quad 0xadc990811ba32473
	.quad 0x0000000000001c08
	.quad 0x00000000000001ab
	.quad 0xda4279e6a467dd07
	.quad 0xfffffffffe8d4408
	.quad 0x00000031427c6d1a
	.quad 0x0000000100000000
	.quad 0x00000000000004b0
	.quad 0x06b874b7af5ab753
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xffc000007fdf3676, 0xc2cc5c0ec105d11d
	.quad 0x848cd801f4f9a1d4, 0xfff2eabc8f649edc
	.quad 0x3fa60ea09a46a7c2, 0x4045359d7f800000
	.quad 0xf167347f7f800000, 0xc1b000007fa00495
	.quad 0xbfffeab99a31c260, 0xff81934900800000
	.quad 0x000f8c70bce1c74d, 0x078a94ec7358fdd8
	.quad 0x028436562907e2ad, 0xc020c00000000000
	.quad 0x45b16f57bf0697ff, 0x80000000c7800001
	.quad 0xefe03208ff800000, 0x7e2da1c13dbc3bfd
	.quad 0x3fd14c28e3b3df28, 0x80067e6410ca7a0d
	.quad 0x7ff8000000000000, 0x7ffddb6aff800000
	.quad 0x0000000000000000, 0x7f8bee2de88fa93a
	.quad 0x274fc98bfffb7dcb, 0x097396423d0cc6b0
	.quad 0xbebaf48985466620, 0xc3646c9bb5980000
	.quad 0x93d4af079b46fe49, 0x16ce8e9f403dbcfe
	.quad 0x8cf6eaafaba42ddf, 0x4077b3063dc3278f
	.quad 0x8b10b038f7bf47d6, 0x3c45a37606f352f0
	.quad 0xbd5a28cfffad5227, 0x02b30292c0700000
	.quad 0x59800000ff800000, 0x801fffffffffffff
	.quad 0xfff0000000000000, 0xc412484a7fdf7eff
	.quad 0x9606d8277fe9e5de, 0xfff0000000000000
	.quad 0x560cbd1a074d4ad0, 0x0000000000000000
	.quad 0x405b74fade22953f, 0x7ff4d3c7043c2b0b
	.quad 0x3a3521c36f7fffff, 0x000000008030e6fc
	.quad 0x44a80000ff800000, 0x43004b9ac2307e7d
	.quad 0x78ffecb19b4c64c7, 0x59ffffff81436c25
	.quad 0xc50c3c1fff6faf37, 0x6eef060d32cdfd51
	.quad 0x66006f23bdde7e60, 0x7e265d540ec11e13
	.quad 0xc03ba08ba512fcb0, 0x43d222da95b70cb8
	.quad 0x2c8e606a047cfe12, 0x2502aa64d6de7d9a
	.quad 0x7ff8000000000000, 0x4029200000000000
	.quad 0xa0f4a6027aab7e00, 0x0009fc1280000000
seed24:
	.quad 0x000000f31e4dfb84
	.quad 0xfffffffffffffc70
	.quad 0xc693f3d23d39c525
	.quad 0x00001cdef5e7a37f
	.quad 0x0000000000000075
	.quad 0x7411e2ae0e31b8f9
	.quad 0x31653a30661e0e2f
	.quad 0x00000000000002ef
	.quad 0x000000007fffffff
	.quad 0x00000000000000e8
	.quad 0xfdbdf68ec65b65de
	.quad 0x3d88b1c75b18bd0c
	.quad 0xad18945773e5833c
	.quad 0x1797411cd0ed8317
	.quad 0xb212d231fa514f43
	.quad 0x0000000000000002
	.quad 0x07800000
	.quad 0xa0000000
	.quad 0x7ff0000000000000, 0x8ad2873d00000000
	.quad 0x6863a0d6bfbfdbff, 0xbb90000080000000
	.quad 0xb7438000ff800000, 0x0000000000000000
	.quad 0x004045ba107b0478, 0xf7b8cbe86175fc00
	.quad 0x8e7cbf92c7000001, 0x68cbe3b1feffffff
	.quad 0xc0fa542fa8b2e20c, 0xbfe4dd73bd953a11
	.quad 0xb3a1465d99ef0203, 0x9eedc0ab8d4960f8
	.quad 0xc77fffff40500000, 0xff893d56006f1cb4
	.quad 0xc017b2306188d11f, 0xc06d1ad54a3a737c
	.quad 0xc3f6376a7f800000, 0xc31d1dfa1991f3aa
	.quad 0xe2dbc994ff9c219e, 0xbfee060515f40a49
	.quad 0x586e03bf68c3fe35, 0x6c70b5c8017fffff
	.quad 0xc021400000000000, 0x404685b443dda8b5
	.quad 0xfff715a06decdaf5, 0x5b511139bdfefbf7
	.quad 0x3ebab8f6bbe33730, 0x931a61d83d3e8067
	.quad 0xffef3e97e2416f63, 0x8000000000000000
	.quad 0xbf800000ee00dca0, 0x974d4740dfffffff
	.quad 0x7fce48f2ff800000, 0x073dd8a77fff8398
	.quad 0xf6959b55ef8212e8, 0x66348a38695a1f1f
	.quad 0xbfbd37ecdb7fffff, 0xa41b13e3ffffffff
	.quad 0xec3bcfea90214a10, 0x3298beae2c2d02e5
	.quad 0xc32cc760582d47e5, 0x1a5a8379dbf7feef
	.quad 0xc002000000000000, 0xa20756e9255680b0
	.quad 0xffc00000c2eb8d09, 0xff8000007f800000
	.quad 0xbf8dcab4571611c8, 0xde0fd58159b3f62d
	.quad 0xfff14dbc97594677, 0xffc0000035d18000
	.quad 0x2190fcbecf03ebb9, 0xba101f97af92d56d
	.quad 0xbfccaccb45351100, 0x41917ac0467c0000
	.quad 0x00fa0ea8c836d0f3, 0xc038d1cebd4e994a
	.quad 0x000e8a99c461894d, 0x30824effffdf79ff
	.quad 0x25e417990bfaf775, 0x433ffffffffffffe
	.quad 0x01000000007fffff, 0xc33fc4cf35ff349a
seed25:
	.quad 0x55d92c6e181375cb
	.quad 0xfffff185b0effa1a
	.quad 0x0000000080000000
	.quad 0x9056e8e5b8260184
	.quad 0xffffffff80000000
	.quad 0x03c85138201e0f11
	.quad 0x70ae6296ebd63f28
	.quad 0xfffffffffffffde1
	.quad 0xbf2b75e822a383fa
	.quad 0xfff96e099e0534ed
	.quad 0x000000007fffffff
	.quad 0x380c31c190985f32
	.quad 0xff9f6de068d7f3c6
	.quad 0x00000035d7cd743c
	.quad 0xfffffe54be19b3a6
	.quad 0xfffff31bcc072220
	.quad 0x06000000
	.quad 0x10000000
	.quad 0xa99a33e07bbab98e, 0x99556825aeb3c6ff
	.quad 0x0239b76fff800000, 0xbfe0000000000000
	.quad 0xffc000008a7e54ef, 0xf514820effd48bff
	.quad 0x7ff86b575cd56df5, 0xc9f800002d3f6128
	.quad 0xfe8fffa8ec18b0e8, 0xdc7a8d879ebf4cf0
	.quad 0x0a75403ae92bd073, 0x816e6de8e85f8048
	.quad 0x6f39c4a37fdf3e79, 0xde32b692a003140b
	.quad 0xc373052f6f1b0388, 0xff6cb0375a000000
	.quad 0x9bb2d5e8f9777d7b, 0x072a4847c1d11e4d
	.quad 0x8010000000000000, 0x132b9a3e94b057dd
	.quad 0x4016b00000000000, 0xb62e57bcf75fef2f
	.quad 0x7fc4506b09f94017, 0xebd056c27facb664
	.quad 0x0b9cbe8eff77f9e0, 0x000710eeedac28a3
	.quad 0xc26c59f640a80000, 0x400a000000000000
	.quad 0x8000000000000000, 0x01abf7726d33323d
	.quad 0x7a976dc08b85f28b, 0x706e4cf1fcd3cf82
	.quad 0xbf93d00000000000, 0x3e765537f99e7890
	.quad 0x00ffffff00000000, 0xbe7e8483807e3919
	.quad 0x3f932d76d2daa1cc, 0xfff0000000000000
	.quad 0xff800000bd7346da, 0x62c4b60ee7dfab0b
	.quad 0x7f000000731e84a4, 0x2f65f1b948c6b57b
	.quad 0x000000008176e9a1, 0x00000000bdcad15e
	.quad 0x60c646f5ffebffef, 0xff323b4e7fb4e540
	.quad 0x488e000000000000, 0x77675125d5f54bc8
	.quad 0xd77c7f8a7f57fd89, 0xbd02dacccdc08000
	.quad 0xcc91861329e64680, 0x3d3b6eb27f800000
	.quad 0xa44882758676217f, 0x7fe713b19f7f149d
	.quad 0x0000000000000000, 0x7ffa02f45508ff33
	.quad 0x562059cc4f31fe00, 0xc02f649e501e8d8f
	.quad 0x3edc579d79bffffd, 0x84c9171075ccb715
	.quad 0x477fffffffd8bf67, 0x44f9f9e2bf9a7dff
	.quad 0xbf867f1dcc1cd28b, 0x0118cf60710df53c
seed26:
	.quad 0x30c8eb68942667e3
	.quad 0xdf79c50424794d2d
	.quad 0x0000000000000be1
	.quad 0xbd29a163ca8e6826
	.quad 0x1835334312769d29
	.quad 0x32b6a375b2112ac6
	.quad 0x000000000000034b
	.quad 0xa9f12ac1880b7991
	.quad 0x0000000000000370
	.quad 0xfffffae9e1f94821
	.quad 0xfffe0daf733e20f2
	.quad 0xfffffffffd61c5f1
	.quad 0xfffffffb40813067
	.quad 0x0000000000000508
	.quad 0x0000000000000858
	.quad 0xa5a54483c5d9ed80
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x4dbab16688de7be8, 0xc10000003ee32c4f
	.quad 0x6d556c93a482fc9e, 0x3a5f7bc7666b38df
	.quad 0x934db5725aed9c71, 0x9d597b629b95dcda
	.quad 0x9eb731fb2ab545dd, 0xc315b5023c6e3cd2
	.quad 0x3f40000000000000, 0xfbcb84613e9fc420
	.quad 0x0000000000000000, 0x4b8c28687fdfbfc8
	.quad 0x37cac1faecdb3fff, 0xfff3e1eb20bfbd0b
	.quad 0xf5ee6023c3d360e8, 0xe39f3fa58210bfff
	.quad 0x5d29963e96c5b411, 0xd1bd8aff46548d30
	.quad 0x3f7b40849aacb7b9, 0x7fc000001be80c1d
	.quad 0x40e0000000000001, 0xbb870000c0b00000
	.quad 0x7d569df2621a0500, 0xc1e80000ff4fe8d4
	.quad 0x02e2dfebd886d789, 0xaabe9208bfdbfeff
	.quad 0xc0e325bb42ce3db3, 0x08a540fa80000000
	.quad 0xe8e5483298632ce7, 0xd0e4b6b949ff86df
	.quad 0x3f200000ff800000, 0xa0b9793bffef79f3
	.quad 0x80065e00aa0e48f9, 0x0022fa9dce7342aa
	.quad 0x7fd20db00564217c, 0xdb4578282650fb20
	.quad 0x81aa009bf850959a, 0xfff8000000000000
	.quad 0x802b19ab473c6460, 0xfff482d1748aad19
	.quad 0x000d19fe7e9e80a9, 0x2d1046dfba3372e8
	.quad 0x7ff0000000000000, 0x3fb87a4295b62ed3
	.quad 0xab209ca15fedf9d0, 0x7f8ee68b0055295b
	.quad 0xff09e06ac37e8000, 0xc0c00000ffd43b2a
	.quad 0xd466b2e87d71878d, 0xbf8461e3e35ecbbd
	.quad 0xb2659482fff658ff, 0x31cd3b1dc0700000
	.quad 0x3fd622cc0fb39c50, 0xfc1727c97fdc7be0
	.quad 0xbfd8000000000000, 0xf68cee93ffbbfdaf
	.quad 0x7f800000df7fffff, 0xfff8000000000000
	.quad 0x7f8000007fa5d408, 0xc1e0000000000001
	.quad 0xc01a98fab3d9ad65, 0x50a5df2f72cbac63
	.quad 0xc1c0f287c8ca1c80, 0xc014c44c6f4739ea
seed27:
	.quad 0x0000000100000000
	.quad 0x7dbe099fb9e8c9ff
	.quad 0x00000001397d54e8
	.quad 0xed6476cc65f3606d
	.quad 0x00000000ffffffff
	.quad 0x00000000000074e6
	.quad 0xfffffffffff9d4da
	.quad 0x0000000080000000
	.quad 0x0000004c4ba42359
	.quad 0x0000000100000000
	.quad 0x000000000000000d
	.quad 0x000000007fffffff
	.quad 0x8769410416b08c80
	.quad 0xfffffffffffffffb
	.quad 0xfd46b493badeb41a
	.quad 0x47a25cd124df9801
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0xffc000000046650a, 0x10c789e8d4febf5d
	.quad 0x37e00000b14cc77e, 0x40444367a299443f
	.quad 0x3f844dd8ffc00000, 0xbd7b95be7ec13e20
	.quad 0xfff0000000000000, 0x001f72acded67d03
	.quad 0x02e13aeb8b4c583e, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x40b8000080400000
	.quad 0x7dff84cdfc30c714, 0xc14a1722ff1eb113
	.quad 0xc002041c6f0d9b12, 0x8a09149a084dae0a
	.quad 0x6ca4520740a00000, 0x402d80843352c0b5
	.quad 0xcbc5a39beff3b339, 0x031290c7498c4540
	.quad 0x40f0000000000000, 0x7f800000430e24e5
	.quad 0x1118b4fffd5e50f5, 0x000e05d29f91506d
	.quad 0xb6de206d8bf3c5d7, 0xc3f0000000000001
	.quad 0x0aaa669380000000, 0x8000000000000001
	.quad 0x80631beb7f800000, 0xa88bd6907ff6ebbf
	.quad 0xc0b6000000000000, 0x02416410624b0450
	.quad 0x7ff8000000000000, 0x47f88f3ecae7118e
	.quad 0x8ab5376840800000, 0x7f000000be676bc9
	.quad 0xd678d0f53ffbd5de, 0x5fb9183dfd8bc580
	.quad 0xf7f9e38f7a98cd8d, 0xd7353dc2d25d8200
	.quad 0xc0c800003f57448f, 0x800000007f989d66
	.quad 0x99c4b17d7fa58104, 0x00087f1eeac3339e
	.quad 0x43ac088b3eefef5c, 0x5a8f1ebdabbc0940
	.quad 0x37547b0affca0bc0, 0x00000000c2e00000
	.quad 0xcde2533bb777bfbf, 0xc06e800039c00000
	.quad 0x429ca1528b1404b9, 0xc13935e8c3600000
	.quad 0xf1631ccafeef7c00, 0xff800000802cbf47
	.quad 0xfe3eaab9fff16fdc, 0x86746f753e2b0000
	.quad 0xc8897c8affddefab, 0xffdf47ecc1100000
	.quad 0xee1758f399e03e0c, 0x8144034eee616e97
	.quad 0x443ef855bcc99231, 0x9d96acdfda000000
	.quad 0xda0d547a510c70a4, 0x403110bb82e50695
seed28:
	.quad 0xc95d2696a5f74ba7
	.quad 0x000000000000024e
	.quad 0x00ecf9b7dbd1cbb4
	.quad 0x685ae8d9249df47e
	.quad 0xfffffffffffffe45
	.quad 0x00000000ffffffff
	.quad 0x0000000000000131
	.quad 0x0020000000000001
	.quad 0x0000000000002953
	.quad 0xfe5ecfc3fd1eee81
	.quad 0xffffffada81c40bb
	.quad 0xffffffffffffffbd
	.quad 0x0000000000000a80
	.quad 0x7fffffffffffffff
	.quad 0x26838108563a63c9
	.quad 0x00000000000002ec
	.quad 0x04800000
	.quad 0x50000000
	.quad 0xfff0000000000000, 0x7a5294489c2b7c55
	.quad 0xac1cf069e4effe95, 0xfff8000000000000
	.quad 0x751cfd6c736f7b37, 0x7f7fffff7f8e0a26
	.quad 0xbffeba59d62c87da, 0xb3f41a7dce3e7290
	.quad 0x3fea4b1ad7492e14, 0xd364054df1bffbed
	.quad 0x8429fdfd3f2b0775, 0xe03f103695eb2ac8
	.quad 0x00400000ff0a1916, 0x007b383580000000
	.quad 0xcf3e4541c35f9938, 0x47380000c0ca6f58
	.quad 0x3fb6000000000000, 0xc2b0b63bbbd21f9a
	.quad 0xc1254315fdeb8462, 0xfffc08f00aea8ede
	.quad 0x69107d34dc66fbff, 0xbfe8000000000000
	.quad 0xbf98b4b8af237b6c, 0x780dd1fa5f865141
	.quad 0xbf9a1ae72429a24b, 0x7fbebfe8fff75c55
	.quad 0x34960771d51c80a2, 0xa50f292544580000
	.quad 0x3e1b0b51ff000000, 0x7ff0000000000000
	.quad 0xbfbf800000000000, 0x8000000000000000
	.quad 0xecf5ad54740661e7, 0x3f8c679c41723a55
	.quad 0xc9f09f4ba7af5ac0, 0xc0678e26ef82fbff
	.quad 0x0e382ee9b7eafdd2, 0x02512f350b76b169
	.quad 0x1d86c04940d00000, 0xb32282db4a49f702
	.quad 0xfff8000000000000, 0xe03301fab6ff7fdb
	.quad 0x7bbd8172d2117c00, 0x4011712e24da699b
	.quad 0x2a2830d51c90f135, 0x3d8cd02dfffaa801
	.quad 0x7feaaa0cfefc07b8, 0xe1beec870c4d3ffb
	.quad 0x40ffffffffffffff, 0x5344b748ffffff00
	.quad 0xc00a000000000000, 0x00018bea05c63edc
	.quad 0xc0cfc00000000000, 0xbd9a6be6bdd2c4cc
	.quad 0x6bc30e6cff800000, 0x9362e3e6b7774eb7
	.quad 0xff80000012a8edc1, 0x363b42472ab08dfb
	.quad 0x21170cb9feb5cfdd, 0xc0ffffffffffffff
	.quad 0x0010000000000000, 0x832626c481ca6955
	.quad 0xc28855c2006cb3b3, 0x0017f7f6f2823078
seed29:
	.quad 0x6503750a9e5ed462
	.quad 0xd8ea512abcb07cdd
	.quad 0x0000000000000001
	.quad 0x00000000000000b7
	.quad 0x00000000000001d2
	.quad 0x4eadaff04782d32f
	.quad 0xffffde2ecfb01e5a
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x000000000000000e
	.quad 0x8779472e51a8af65
	.quad 0xfffffffffffffdc5
	.quad 0xfffd8639b9242731
	.quad 0x00000000000003b8
	.quad 0x0041ba32d2a16210
	.quad 0xfffffffffffffc4a
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x800e892b97bfa218, 0x5082ea77ffcb9811
	.quad 0x7ef6e90f6b94149e, 0x07b9f9f09bfaf5a8
	.quad 0x540bcbb8effffffe, 0x801454e3321a1e73
	.quad 0xc16c6fc097d72266, 0xaf39bf5b7d76bdc2
	.quad 0x0003a907eaf923a2, 0x45910661fdfffe0c
	.quad 0xc3a4b0665584fe00, 0x7825f4f8ec6c527a
	.quad 0xbfd84821ff800000, 0x8c33a53cff2bf7f8
	.quad 0x406face7abc21980, 0x72c789a2d2108000
	.quad 0x001a2f557e9ad8a0, 0x40e8000003a428bf
	.quad 0x6615d37260797d39, 0xfaa2d5b300000000
	.quad 0x7ff0000000000000, 0xc019000000000000
	.quad 0xc24bd5a6136cb93b, 0x3d2a2ec0887b2ca7
	.quad 0xc01d957f47189eb1, 0x2385629365a9d991
	.quad 0x3c7f61fdc0c60000, 0x80800000ffc00000
	.quad 0xfff776b13a6db7d5, 0x7da07541128c895b
	.quad 0xbe35561f7fdfbbad, 0x8692246ad9fdeeae
	.quad 0x7ffc6d0112429d2c, 0xfff8000000000000
	.quad 0x943f1ae440f80000, 0x316730439225c64b
	.quad 0x970357faffbeaecf, 0x1696a7357dabc8be
	.quad 0x1a0cbf8f71d01550, 0x155d0dac4183a5bb
	.quad 0xcf63dab84a800000, 0x0a06f5431026c7a4
	.quad 0x773be2c84da1139a, 0xb1c6ae1bffffffff
	.quad 0x7ff7d07506750237, 0xffcdcc2700000000
	.quad 0x4fd51dbb9dfbffbe, 0x4002000000000000
	.quad 0xe20752567cec657e, 0xbfb8000000000000
	.quad 0xbfbc000000000000, 0xfff8000000000000
	.quad 0x7ff0000000000000, 0xc2aff72a47800000
	.quad 0x978dce513f6af12d, 0x42c4687a827f508f
	.quad 0x7ff5ea7e13a6c215, 0xffff62fbc57da187
	.quad 0xc095e151b394be74, 0xd10e869dc5d3d361
	.quad 0x632e4adc7be9b8a8, 0xbfa695fafefffc55
	.quad 0xfff0000000000000, 0x75e00ac6b213fc00
seed30:
	.quad 0xffffffe2f2ec00c8
	.quad 0x7fffffffffffffff
	.quad 0xb85b7f346a2c0069
	.quad 0x0000000001000001
	.quad 0x903371d91c2df0a8
	.quad 0xfffffffffffffef5
	.quad 0xfffffffffffffd03
	.quad 0xcec5dd7cabf48e2f
	.quad 0xfffffffffebcdfb1
	.quad 0x000000000000028a
	.quad 0x0000000000000001
	.quad 0x191c510b0ba8b5c6
	.quad 0xfffffffffffffe5c
	.quad 0xffffffffff62b867
	.quad 0x0020000000000001
	.quad 0x0000000000000117
	.quad 0x03400000
	.quad 0x70000000
	.quad 0xad09198effdfaef9, 0x47ffffff49080000
	.quad 0x152d7824c2f4bbd7, 0xe75fc113c3b7cc09
	.quad 0xffdb50fb03fbfc1c, 0x496994c7fbfb7fe6
	.quad 0x7045ddcdff886113, 0xd9800000bf96f5f2
	.quad 0xa5aad2473a1a34b5, 0xbf7235c77653d137
	.quad 0x4166edc1c0f00000, 0xc2cb0aae7f939710
	.quad 0xc1e0000000000001, 0xbf5c200000000000
	.quad 0xfff8000000000000, 0xe6592896e1623dee
	.quad 0x3efa212815f406bf, 0x0e70a20e4b802296
	.quad 0x9fd4bf030369d8c3, 0xd8ccb3aa27e9a1dd
	.quad 0x4ad38fa2ffbe7f75, 0xbfc30c69747aeb34
	.quad 0x605eb2c875f60000, 0xfede885c82ebcc85
	.quad 0xe326c4d0742f7e15, 0xde3a7eb4194730e1
	.quad 0xc656773d57788f7b, 0x80df6ee030c53bcf
	.quad 0x0a5ceb4ed77fbfff, 0x2ab815dd217af33a
	.quad 0x0ec3ed42ff99fd09, 0x00000000b2a68d8b
	.quad 0xbf80000100000000, 0xe80bc956fff17dc4
	.quad 0x306de5e5d7ffffff, 0xaaa3944a75c68aa0
	.quad 0xbded000000000000, 0x7ff4e4dc341f92bb
	.quad 0xc2402c2ec3375208, 0xc15b7bb16df4c1a1
	.quad 0x41ff7ec9e9fc309c, 0x3fd00000fe991258
	.quad 0xb2e7c9997f21823e, 0xfff8a3f8173282fc
	.quad 0x826ae40c0574b86c, 0x3b1d85ed5b710000
	.quad 0xfffc5b580c667e6f, 0x85310b93b8d50982
	.quad 0x3b9f991e33ffffff, 0x00074bc93b23bd93
	.quad 0x8000000000000000, 0xfeffffffff800000
	.quad 0x5d0ca1d4141b46f5, 0xffdfffffffffffff
	.quad 0x5913455dd76fffe7, 0x67ef3ec7ff988b24
	.quad 0x42000000430012b3, 0x94bd63aa7f8d799c
	.quad 0xbfd7800000000000, 0x4055740b1154b538
	.quad 0x7ff0000000000000, 0xff000000ba7e8000
	.quad 0x8000000142b5c635, 0x7ff7da832a01a54f
seed31:
	.quad 0x0000000014d6ea0b
	.quad 0x52bd384750b87707
	.quad 0x0000000000000000
	.quad 0xc6ee75285ff244a6
	.quad 0xfffe662e31e0ecfb
	.quad 0x6be17fb8c7f6ca20
	.quad 0x2cb2315e6adcca48
	.quad 0x00000975cf01a042
	.quad 0x000000010b179204
	.quad 0x0000000000000030
	.quad 0x00000000000001d4
	.quad 0xc24620b2241ae520
	.quad 0xcb440ab7309e2c2d
	.quad 0x0000000100000000
	.quad 0xfffffffffffffffb
	.quad 0x000000000000038a
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x6c311e97ea09fbb1, 0x0000000000000000
	.quad 0x3f7ffcbed6540705, 0x986aa5d83ee5e82c
	.quad 0xbd831c625e89a760, 0xffbcc5c77fbdc261
	.quad 0x43ffffffffffffff, 0x05b5c02dbfbf7e3f
	.quad 0xeb18bfbdee37fa16, 0x5f7fffff733a1790
	.quad 0x546bce6f1daeb45b, 0xf6dd42537323b7d2
	.quad 0xbf72b4fe4b825855, 0xe3de374bfbf71dff
	.quad 0x0000000000000000, 0x7b0684957febd26f
	.quad 0xffd4fc29bf800000, 0xc2a93ded7b60aae0
	.quad 0x80000000ff5529b9, 0xc0727254cea79a67
	.quad 0x7fa82a257f800000, 0xc3f90931efe77d8e
	.quad 0x3cefa8f0c1d2b0c8, 0x3eda000000000000
	.quad 0xdf6f3cf8577fb2bd, 0xc01d000000000000
	.quad 0xbfe9fcbcda564aaf, 0x5333f3c0daf72bf7
	.quad 0x3e5a00007fa8d8a8, 0x57d09d643ed81f70
	.quad 0x463a8000bf873b07, 0xfe9c3556dcf0209d
	.quad 0x1750d14f95433203, 0xfff0000000000000
	.quad 0xfa871ed27fabfb90, 0x6d45bb881456ba57
	.quad 0xde12e7f4e3e9316f, 0xfff58fa9c086c8d7
	.quad 0x5d80135bcc330bcf, 0xb93c000080a34587
	.quad 0xc025cf972f304ece, 0x10abf82ba3a44ba9
	.quad 0x7ffc87e76f673024, 0xfff8000000000000
	.quad 0x57cb4ce8ac3b2f76, 0x8008000000000000
	.quad 0xffc0000079c9eac7, 0x689a808a2a862362
	.quad 0x185c718d6e07da4a, 0xb9004152c2c64a5a
	.quad 0x0c23d5fbffdf767f, 0x0064aa08082b3db1
	.quad 0xbe99d80292d9e29c, 0xe7e214647f8e8000
	.quad 0x71408f31dbcff3cd, 0xfff8000000000000
	.quad 0x40f0000000000001, 0x7cabbee3656c8daa
	.quad 0x0000000080000000, 0x970c6fd05e5dab4f
	.quad 0x9a5085f86552e8f8, 0xc0f80000c7620000
	.quad 0x97ec89097fa1fa2d, 0xbcf68532fff0dc3c
seed32:
	.quad 0x0000000000000001
	.quad 0x5d64ea3b2c124417
	.quad 0xea151a85eac21501
	.quad 0x5415ba20aacba7af
	.quad 0xfa42c8c1cb3c0dc4
	.quad 0xfffffffffd1da70c
	.quad 0x000000000000025e
	.quad 0x14b5bce674a177b1
	.quad 0xa40d19c9a5b5134e
	.quad 0x000000007fffffff
	.quad 0x0000000000000007
	.quad 0x000000000000005a
	.quad 0x825b0592f0f1a6ab
	.quad 0xffffffffffffffd9
	.quad 0xc61cd79bfdb53905
	.quad 0xffffffffffffffe4
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x7506d0baff817e00, 0x8000000000000000
	.quad 0xa6aaff5bde486ec9, 0x0deddbccbfdb7f0b
	.quad 0x5c7534246b41bccb, 0x80000000bfe6978c
	.quad 0xc02aef8d6ae9a6df, 0x8820990e649f8400
	.quad 0xb2c865179180ffe7, 0xfff0000000000000
	.quad 0x22bd36fcf5370001, 0x8e6b2c69f6438cc4
	.quad 0x7f7fffff3c52e4f3, 0x80812f957f800000
	.quad 0x401fde62ffb383af, 0x11bac1d7cc1b5701
	.quad 0xb60bb0df4fb02df4, 0x7da5ee6633fffbf2
	.quad 0xc014000000000000, 0xff86b9ea01cb0588
	.quad 0xaf3a5b1abd27b583, 0xc330000000000001
	.quad 0xc1effffffffffffe, 0x8009b3464d285c34
	.quad 0xfc571525b5aa0b18, 0x119b6f8e7c531d46
	.quad 0xc0c800007f81feaf, 0x74ca85011ba32d8d
	.quad 0x3d7080005f7ffffe, 0xffe8656b411151b5
	.quad 0xfffa69bbc13ec932, 0xffa5b26c6dae2dd1
	.quad 0xc01fdb137d58639e, 0x02a9a42f40e40000
	.quad 0x4022000000000000, 0xfac994612e46fc00
	.quad 0xbf34957947727f95, 0xb977dd7e3d686216
	.quad 0x353b369a377b7e00, 0x452123bcbce45c30
	.quad 0x805060db30dff9c8, 0xb6f5b61e75868dca
	.quad 0x1b66271600000000, 0x4021400000000000
	.quad 0x800580492be9c716, 0x899d0db6fdeef9e7
	.quad 0xbf9a37cc3e6660d7, 0xe9dbfbfc3effffff
	.quad 0x007ded095a000000, 0x716e85a280bbaf8f
	.quad 0xffc00000f2923d97, 0x3fe000003b410d81
	.quad 0xd667d487e78f0000, 0x3f7a11cb8f2e6444
	.quad 0x80000000c0b00000, 0x0064656c05da7c00
	.quad 0xb5f923adfff85300, 0x7cf520c68aea7de8
	.quad 0xfccc22f83e800000, 0x1d769e55f4e8fe00
	.quad 0xfff0000000000000, 0x367eab9ac0d1b2f7
	.quad 0xf0036d59fffdfdff, 0xea8dfd36ffb8fc00
seed33:
	.quad 0xfd9333bc59be9fb6
	.quad 0x00000009c8c97f91
	.quad 0x71c16816228d872c
	.quad 0x0000000000000001
	.quad 0xf57ba9f57ae22b87
	.quad 0xfffdcd7adbe37dbe
	.quad 0xffffffffffffff26
	.quad 0xffffffffffffff89
	.quad 0x302c123e2a2126ac
	.quad 0x7a703cfbb4915426
	.quad 0xffffffffffff4785
	.quad 0x0150ed8a2ba9a1f6
	.quad 0xdbd000d549b9d751
	.quad 0x31bd1ba451098019
	.quad 0x0000001c79a909b0
	.quad 0x0000000000000034
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xfff40e9c03b4ac84, 0x0040000080000000
	.quad 0x3fe23d28d98c19c2, 0x16e5111cf57e0000
	.quad 0x0000000000000000, 0x88e2957f35923d84
	.quad 0x007fffff47ffffff, 0xbcb5c3d118387e00
	.quad 0x7713325e5e6f90c5, 0xbee8000000000000
	.quad 0x8000000047800001, 0x8001981349c00000
	.quad 0x1fe37377c2d27a67, 0xc1652a82f3b7fdf5
	.quad 0x0000000000000001, 0xfffd0e5ed39caf48
	.quad 0x4029000081000000, 0xf23ea0459c94375e
	.quad 0xc3805cd040c847bd, 0x405a88f340ae4b4c
	.quad 0x0008000000000000, 0xfe82aaf82fe4437b
	.quad 0x40616d0f6ccb667f, 0xbfc0000000000000
	.quad 0x636edf1200c3d6cc, 0xffc000003ffd3133
	.quad 0x7e0e7e4cea7cfe00, 0x822e71c76bafff8c
	.quad 0xc00a000000000000, 0x5e7b34bf7f7fffff
	.quad 0x780e3f492921fc00, 0xc0b80000806ee682
	.quad 0x93530953051e293a, 0x7fe20394e0d4b3f0
	.quad 0x7ff7c92fe7f58e1e, 0x0000000000000000
	.quad 0x8000000000000000, 0x7ff8000000000000
	.quad 0xe2871114e5443fff, 0x7f800000014db8f1
	.quad 0xd6c71d2ccf1b018e, 0x349e6dcfffcc4600
	.quad 0xbfd1420ac9123cd2, 0xbf95525d814643c1
	.quad 0xc1257383fff62cf2, 0x4208ea8893ac88fc
	.quad 0x2ae05a0028fb7c00, 0xbf788172448f150e
	.quad 0xff8000008030fb43, 0x1ff4c79c901a5795
	.quad 0x79037fa0fdfffffe, 0x7f8000008010d5db
	.quad 0x3adab62a7fd8efd6, 0xfff78dd943509c7d
	.quad 0xa00b74c094f09130, 0x403978fbf3ebb3a9
	.quad 0x2094933e419cfe4a, 0x8761a5c8ac14c433
	.quad 0xfff0000000000000, 0xda5ac0e94833336e
	.quad 0x3caef4d55fe770ba, 0x138eea3e7fc00000
	.quad 0xfff0000000000000, 0x802b8108c3600000
seed34:
	.quad 0x8000000000000000
	.quad 0x04b4f2422f53f11d
	.quad 0x220ea3d551f4b990
	.quad 0x0000000000000270
	.quad 0x62a53398936bf273
	.quad 0xb86a04e94cc3d45d
	.quad 0x761a1f589516fa0e
	.quad 0xfffffffd2bd24770
	.quad 0x0000000001000001
	.quad 0xb3ba8f07a5a1906e
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x6fc4d0a618612eb1
	.quad 0xde34ab537f103a31
	.quad 0xf93cd7e9b139bdad
	.quad 0x8fe51caf3c600e2c
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x7ff8000000000000, 0x9f7f30723be52b70
	.quad 0xfff1e2d8a851596f, 0x3f89e843ab177c05
	.quad 0x7fb1d179c2817f27, 0x0e56b3ad026e6c41
	.quad 0xa526cee61ee3fa4e, 0xc4932e16e5b58135
	.quad 0x334319a147d28cd7, 0xbd3994410eeafa6a
	.quad 0x63d6ea4f2ee0148f, 0xc73fd61b41e061c2
	.quad 0x09f0d87ad16fe038, 0xc25f28cb75f262c0
	.quad 0xffe61064ecf613cb, 0xae79445fff9fafff
	.quad 0xe3cd19d27d29fc03, 0x406800004e800000
	.quad 0xfe5d436c347d94c8, 0x000ef3764060a0e6
	.quad 0xd024cf8bff17de56, 0xd7ebb4ebfef5fbf7
	.quad 0xfa410068bbe7ffb7, 0x7ff2bfe16499e231
	.quad 0x0f7d80af6888144f, 0xa87388c339c920e7
	.quad 0x7ff0000000000000, 0xd98f55a3bfa51c2d
	.quad 0x4068a54803d8b058, 0x8010000000000000
	.quad 0x484b1559a693fc19, 0xfb35af40b4cf89e9
	.quad 0x9a76b6ebffd1a1b0, 0x91035a66bca5c86f
	.quad 0x00958ead51ec5663, 0x3d02039fc1120000
	.quad 0x01418000c6740000, 0x90ee63387deff73d
	.quad 0x7fc0000040d80000, 0xc0593a4c6ec80af1
	.quad 0xffd0000000000000, 0xcba21a86ef5b8fff
	.quad 0xbe975cc77f800000, 0x405094f7c2ea7818
	.quad 0xff8000007fc00000, 0xaa55a1ec7c1050b0
	.quad 0x80079cf317125cf2, 0x3d21d7120f6f186d
	.quad 0xc00f77a0da4a2e9c, 0x951c4e688354f800
	.quad 0x00000000c07ffffe, 0x00000000c81b0000
	.quad 0xc4ffc6c141a4a86b, 0xefa8000a917dfc00
	.quad 0x16ff6cbfbcc76fba, 0x809b746783fdb416
	.quad 0xffbb2be2003b3c18, 0x7ff7c72c52044dfa
	.quad 0xffa94a34da800000, 0x0000000094bffc84
	.quad 0x7ff83c798ee0810a, 0x645abd4494a8fc00
	.quad 0x7fdcdf5f409c4e52, 0x7ff6b5ea6c887874
seed35:
	.quad 0x0000000100000000
	.quad 0xd40f1d5adf1e30cc
	.quad 0x7fffffffffffffff
	.quad 0x5be5dc06e4c2bf56
	.quad 0xbc13c92751317d34
	.quad 0xfffffffffffffef0
	.quad 0x0000000000431cad
	.quad 0x7fffffffffffffff
	.quad 0xce1a71f9079dc43a
	.quad 0xfffffffffffc772b
	.quad 0x58aba370124b40d9
	.quad 0xffffffffffffff1f
	.quad 0x0000000000000023
	.quad 0xfffffffffffffe6b
	.quad 0x8324bbd746dc9f7f
	.quad 0x0000000100000000
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x0146f6f143d4a857, 0x4022800000000000
	.quad 0xc012000000000000, 0xc3af0289c2600000
	.quad 0xffbe98a42f8a6997, 0xc0582625151a6774
	.quad 0x47fffffee69ae8b2, 0x0c001c815d6b9cb1
	.quad 0xbfcd20627fdc46c0, 0xeb42c787bfc7ff5d
	.quad 0x8000000000000000, 0x27295716b81afdc1
	.quad 0x055e666435b04709, 0x40109d4790615075
	.quad 0x8d27c76a7fd8fffe, 0xbfbe837047600000
	.quad 0x806d86c4817fffff, 0xa349564b7f9d4a39
	.quad 0x7effffff809bfc20, 0xf9705e8ebdf8c57f
	.quad 0x8329de8dd010fb99, 0xaae2ba5b9a94c1d0
	.quad 0xfff22a5e13b362a4, 0x73825d91c0000001
	.quad 0xbd4a6b048f65b6d8, 0x3fdfb35700101175
	.quad 0x40c5000000000000, 0x671d04a9d1a72081
	.quad 0xbf66b221fffd0400, 0xfedc0a18f4a0fea3
	.quad 0xfff3d941e7e0d3bf, 0xa5632370f975fddb
	.quad 0x2c165dd77fdee8b4, 0xfff0000000000000
	.quad 0xdd734ef5c3cb7e00, 0xc00e64b2d3668dce
	.quad 0x7e255ec6bddcc6c0, 0xac3eb80123565003
	.quad 0x5f7ffffe1e68d2e7, 0xc2eea05b3f000000
	.quad 0x3fae750abcc81efb, 0x979daa5acd9f7c00
	.quad 0x7ff4e5e1e634cdf0, 0xbf9e8e203d980b26
	.quad 0x0000000000000000, 0x7ff8000000000000
	.quad 0x3fcb51957f800000, 0x72ac6e6da5867ea6
	.quad 0xbd8c000000000000, 0x8d39b57b54cdf696
	.quad 0x67baaef7df9041af, 0x8000000000000001
	.quad 0xfff8000000000000, 0xfffc6a9443dfcc19
	.quad 0x64c609a510998000, 0xef0b6a3dca5cfc7d
	.quad 0x147f5a78ff9eede0, 0xc379cc427fee6085
	.quad 0xb602a8de807780a3, 0xbfc46dc9e95194dd
	.quad 0x3fb0a8121c9f1c97, 0x3e800000c60c0000
	.quad 0xb444f6bece3fd2d8, 0xc017000000000000
seed36:
	.quad 0x000000001965607e
	.quad 0x000000008e6d98f4
	.quad 0x1bf6b7d38444607f
	.quad 0xffffffffffffffff
	.quad 0x00000000002b0971
	.quad 0xab096c37d134686d
	.quad 0x0000000000000005
	.quad 0xffffffe18e796b59
	.quad 0xb5a3d89f4664e7ce
	.quad 0x7fc569a7d6201fe4
	.quad 0x0000000000000001
	.quad 0x000000000c3063aa
	.quad 0xf266c39c652e2d2f
	.quad 0x8115a0ff4877bd9c
	.quad 0x0000000000000320
	.quad 0x000000007fffffff
	.quad 0x02400000
	.quad 0x10000000
	.quad 0x69ca9dd6ffed9b7d, 0x2530b15cf9e6c2ff
	.quad 0xaa25258aa76d2e25, 0xc1376255a23bbb96
	.quad 0x3ce124727f800000, 0x0000000000000000
	.quad 0xc0efffffffffffff, 0x75d6a185c69e2a03
	.quad 0xffd6c580220572e5, 0x72b02d6cfd74f7fc
	.quad 0x9d1f16c4f276cc5a, 0x15f79cb19c194af5
	.quad 0x803a90e9b1147e00, 0x10d64f518b3fec66
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x40a4b00000000000, 0xa7fd9c720ea302ad
	.quad 0xfde6610b67fad778, 0xd134c0f3c0c5a720
	.quad 0x7ff0000000000000, 0x6ff6f665ffe47c00
	.quad 0x33620e1d294cfa93, 0x7d84e60ce5ce1cd4
	.quad 0x6dc9e8cf807fffff, 0xcf4e5ff5b2732eb0
	.quad 0x42e5b8847c9a15a1, 0x00ffffff7f83fa7f
	.quad 0x41ffffffffffffff, 0x0c2c5b50bed9ddcf
	.quad 0xf61e990da6767cf8, 0x41f0000000000001
	.quad 0x3cdf99c87f800000, 0x0100000047fad293
	.quad 0xc10c0000bb558654, 0xc96b0000c17fffff
	.quad 0x435b9cd9edb0bf81, 0x3ff4000000000000
	.quad 0xbc1f581a43600000, 0x9ace977c94df51dd
	.quad 0xbec9e65bbb268000, 0xfff0000000000000
	.quad 0x430413b5c2ed8197, 0xfff7bbe6cb237011
	.quad 0x40300000c24910af, 0x5654c2607fa04a0f
	.quad 0x80ffffff3dfb5d7f, 0x4080000000000000
	.quad 0xd1287c73ffacc68a, 0x9b17972bbf3a8131
	.quad 0xffc0000080000000, 0xbd02e5b900000000
	.quad 0x3f9cf6336179a3fa, 0x6bffe7c63eae3029
	.quad 0x82c138f4ffa8fe00, 0xffc000007f800000
	.quad 0x2667be2c957e0a23, 0xa2ebd299cfffffff
	.quad 0xba06ecd5895f8e3b, 0xc01e000000000000
	.quad 0xffe33da6292efe16, 0x40678ae7e313ec0f
	.quad 0x7ff386e567485460, 0x0f88cab46be4af35
seed37:
	.quad 0x7fffffffffffffff
	.quad 0x61d29b6ceb444ac6
	.quad 0xd7bafb41edb984bd
	.quad 0x9714712f8b7ef9f9
	.quad 0x000000000000025d
	.quad 0x0000000080000000
	.quad 0xfffffffffffffff8
	.quad 0x000000f7b0a6b1b8
	.quad 0x0debfbb7897a8e59
	.quad 0x00000000044d2477
	.quad 0xff823d00420d521f
	.quad 0x54585bff02fd302e
	.quad 0x0000000080000000
	.quad 0x476e6d624cd1b11d
	.quad 0x959b359553d2cbd5
	.quad 0xab9c938564494b7a
	.quad 0x04800000
	.quad 0x20000000
	.quad 0x370fe77efffbfa14, 0x9368f1391f83338c
	.quad 0x7fc000007fae471c, 0x403eae6a52355257
	.quad 0x5b9afa92a9af18c0, 0x7d6b767bffe971ce
	.quad 0x201ea9f6ffd3a6df, 0x61b73f7bd0b49047
	.quad 0x7ff8000000000000, 0x411c000000000000
	.quad 0x7e0cdbd64adffc00, 0x27a68a8c1dc2433b
	.quad 0x1a53bbe27fd67d8d, 0xff80c0e84f78cab1
	.quad 0xcf2f5a3ac0e00000, 0xc2acbafd81000000
	.quad 0xff800000c0d80000, 0x3f8dc84553f2088e
	.quad 0xb71f8bd3b45a7bf4, 0xc00d2ca118bf83e7
	.quad 0x3da12a8eff97ff8c, 0x82e3273dfefffbee
	.quad 0x76e6aa149bd6ca4a, 0x3780000099099476
	.quad 0xc088000097c80799, 0x80496eb9cf3415a1
	.quad 0x69ea1027a98bdb79, 0x4008000000000000
	.quad 0x4036282a7d61e201, 0x8000000000000000
	.quad 0xff09b87a3e400000, 0xbf22dddc29e2273e
	.quad 0x00000000fbadd090, 0xbf7d4951b909c558
	.quad 0x4030000071d34b48, 0xf6a5d70e6f29c04b
	.quad 0x9106154dfff37fe7, 0x04bc97c6f2529f9e
	.quad 0xfff0000000000000, 0x7ff105c857a77628
	.quad 0x83969252f60c0ef9, 0x423691c38134eed1
	.quad 0x0000000000000000, 0xc68f3fbeff97fafb
	.quad 0x1324606a3c8c45c9, 0x8f98b80e542c8000
	.quad 0xc0e0000000000000, 0xfff8000000000000
	.quad 0xffc0000080000000, 0xfd9c3a6fc86ff40f
	.quad 0xb5742a236cdcfc00, 0x80796e90bfc00000
	.quad 0x38200000c3849340, 0xe20981b7b8eb8000
	.quad 0x4340000000000000, 0xc0dc00003df00000
	.quad 0x0010000000000000, 0x7ff28327b0caad82
	.quad 0x0da8d66b47493d3b, 0xdebd91827f4ff70b
	.quad 0xfef363d5f01e7459, 0x8553f433fdcede93
	.quad 0xca9de3b644cec180, 0x001fffffffffffff
seed38:
	.quad 0x366ed457bc25696c
	.quad 0xffffffffffffeb18
	.quad 0xffffffffffffecb4
	.quad 0x9ae59839c06e9382
	.quad 0xdbb757dec5924a1c
	.quad 0x17db6a5065d57aac
	.quad 0x96f9fc99aa351044
	.quad 0xc1a50253dc6a7340
	.quad 0xfffffffffffffff1
	.quad 0x11299f7d10da7d16
	.quad 0x7e494d4b690c72f0
	.quad 0xb1c2932b94151838
	.quad 0x0000000000000014
	.quad 0x0000000001000001
	.quad 0xceeadcdf663ccb1a
	.quad 0x8f2043fb70cf781f
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0x823146196e30f08a, 0xfff0000000000000
	.quad 0xcbdce3d094e3c860, 0xb9780000c0b80000
	.quad 0xc7017831ffa48000, 0xdf00000080000000
	.quad 0x40c80000ff800000, 0x6e17a3d4cc7e4537
	.quad 0xd0c1f11e575eb5b4, 0x0680b418ff880a94
	.quad 0x7fda51004f3e2b28, 0x0e98200df6207c00
	.quad 0x7ff69c1cabbeb4e8, 0x53519844df7ddede
	.quad 0xd909d767b4f4d45f, 0xcd9ca72371a07c00
	.quad 0x8167fb9b15881029, 0x155d37871249e308
	.quad 0x7e48b407a77b0f8c, 0xfff0000000000000
	.quad 0xbdd6f01e5beffe0d, 0x106bca53bfeeff0f
	.quad 0xbd60f6c54b34d387, 0x7ff0000000000000
	.quad 0x1286c067b468790e, 0x59b693adffe6fad4
	.quad 0x92115efe7b45828e, 0xc88e9cb37ee137cc
	.quad 0xbed430b4c1140000, 0x533ad5a5ef6a7994
	.quad 0x895d636dd0c02433, 0x0000000000000000
	.quad 0xbe800000007e34e6, 0x0031f2bdff800000
	.quad 0x681d85ac7fe4bf7d, 0x4d208eb4ffbfff52
	.quad 0x53569cf3bfe1fe71, 0x420ffffffffffffe
	.quad 0x40fffffffffffffe, 0x301a0a648a1c006e
	.quad 0xcf8000013eedc92f, 0x7ff6a24fd2eb297b
	.quad 0x00594bb8f80b85e1, 0xfff0000000000000
	.quad 0xc020800000000000, 0x7fdeebb4c3800000
	.quad 0x6c245414bcc7e5ef, 0xff57cdd36cbc62fb
	.quad 0x4f87ce08c2e5ab40, 0x2a35b47f64f140c0
	.quad 0x7ff8000000000000, 0x0000000000000000
	.quad 0xdf16d4e8ce263baf, 0xc75a0a1ec06ff9ec
	.quad 0x420040083c938769, 0x8000000000000000
	.quad 0xdf7b1617e187fce3, 0x416516a0edeb2624
	.quad 0x7e1d9c54df651aaa, 0xdf000000011c6bc6
	.quad 0x02237e862f3ec1db, 0x444109e68b822eef
	.quad 0x589e4aaea530f7ff, 0xad54c0f799e12a50
seed39:
	.quad 0xfffffffffffffd66
	.quad 0x0000000000000001
	.quad 0xfffffffffffbfb3f
	.quad 0x000000000190eeb7
	.quad 0x000000007fffffff
	.quad 0xf2bc03d06ab85e0a
	.quad 0x8f0a96ef6529421f
	.quad 0xa15a1ce421cc534d
	.quad 0x00000000000002f7
	.quad 0x1c724039503986a6
	.quad 0x0000000000000059
	.quad 0xf388907855b251e8
	.quad 0x0000000593d463ef
	.quad 0xffffffff80000000
	.quad 0xa7d598f23b740d90
	.quad 0xbc8c8c2576ad2842
	.quad 0x04800000
	.quad 0x90000000
	.quad 0x530bbcbce27a8aaa, 0x2be195627f6ffb3f
	.quad 0xfff54ce17e7e20dc, 0xb67000003d37f998
	.quad 0x7ff19a454d147e1e, 0x7ff0000000000000
	.quad 0x14a79a2dbfbe0000, 0x7fc0000035c00000
	.quad 0xc340000000000000, 0x8000000000000000
	.quad 0xbffc000000000000, 0x0797b006ffdfba35
	.quad 0x73945ae010f26df9, 0x7fefffffffffffff
	.quad 0xffefffffffffffff, 0x0bdd1dd48d234700
	.quad 0x7ff165ab5a11b6e8, 0xff80000042935408
	.quad 0x9265ecf2bd355ae9, 0x00000000ff800000
	.quad 0x7f8000003ffffffe, 0xa0038c2c7fd3bff7
	.quad 0x0000000000000000, 0x37c00000b9fd0000
	.quad 0xc0cc0000c11c0000, 0x40c94a8a9e9ca32e
	.quad 0x61e304eb74c4e60b, 0xa124c4b0fb8ac946
	.quad 0xab4f1ebdf2f2bf22, 0x6acfec58123e4e00
	.quad 0x4cb6f2f2e19c7c62, 0x3ff2000000000000
	.quad 0x80b0b939ffff3dd7, 0x7a275d06ffc884f7
	.quad 0x3b200000bfe00000, 0x43f697a9bd99061f
	.quad 0x0000000000000000, 0x585a1f9c37ccbec0
	.quad 0xfffbe268e8401b4c, 0xffc000009a316a17
	.quad 0x40effffffffffffe, 0xcd607b89463030ea
	.quad 0x4000000000000001, 0x5ced5544004b361b
	.quad 0x7ff40b336c994274, 0x0000000000000000
	.quad 0x0bb6ecda7fff2bf3, 0x470000017f800000
	.quad 0xc088000080000000, 0x99842b2841ed3daa
	.quad 0xc750909ef13494b8, 0x7ff33dcab78eec4f
	.quad 0x4cc38741b5c1e94a, 0x7f9eef92130a45e3
	.quad 0x7fd62506c306aade, 0x43460556688a7b1b
	.quad 0xbf8c28d4cf46b645, 0xec08f5b1292961a9
	.quad 0x7ff0000000000000, 0x57a988b6ebdb8200
	.quad 0xfff0000000000000, 0x19baab04bc71cdd3
	.quad 0xdb7fdeaa47d171ca, 0x7f416b83007fffff
seed40:
	.quad 0xffffffff80000000
	.quad 0xffffffebc0f7adc0
	.quad 0xfffffffc5b225986
	.quad 0x7c9c0d0f346acfe8
	.quad 0x1501196450fb7f5e
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000223
	.quad 0x018b95a7b9ee7311
	.quad 0xfffffffffffee7de
	.quad 0x000000000000606d
	.quad 0x0000000100000000
	.quad 0x5340ff2bfea45338
	.quad 0xffde9d2ca42a5887
	.quad 0xfffff2558d708d4f
	.quad 0xfffffffffffff932
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x8bd80d613ed2d49f, 0xc01e000000000000
	.quad 0xfff83f25e5314d81, 0xffb96ae4c7800001
	.quad 0x0acd1a95ede078c6, 0x636f8e1180000000
	.quad 0x708033c61b623441, 0xc48400007fc00000
	.quad 0xc1180000bbc7f33c, 0xc1180000bac00000
	.quad 0x0d2899373ffffffe, 0x5f62662d4746943e
	.quad 0x21bffcbcf4b10706, 0x000000017fc4e80f
	.quad 0x7ff8d323d41b8547, 0xb694b6506bbd6101
	.quad 0x1bf0e3dfbd3021ce, 0xc95a791a0ceb6806
	.quad 0x7f800000ec404582, 0xda2acefc61ffffff
	.quad 0x7ee9a29defefe95a, 0x010da82e86aeb1e4
	.quad 0xebb05b2301063a83, 0xc007000000000000
	.quad 0x7ff95fc94f629f48, 0xc16787c21256b3b3
	.quad 0x7f88bfb8c4fb0000, 0x800312d1d30e43b7
	.quad 0x8a126d75811f8e3c, 0xff7fffffb195630e
	.quad 0xc11c0000ffaeec70, 0x7ebbc2aa838fcc02
	.quad 0xbf2fe65e3f452ad6, 0x4243b67c7f800000
	.quad 0x432c7bd781000000, 0x74febb007fc00000
	.quad 0x51a7be89c92b24bc, 0xc3fffffffffffffe
	.quad 0xfff8d99b81000000, 0x7f371c0d7bdffef3
	.quad 0xbe283343304aa68b, 0x8000000000000000
	.quad 0xcd0f3ad60c94fc00, 0x0000000180000000
	.quad 0xffb4d9d9ef2c1686, 0x4000000000000000
	.quad 0x417f8063efa6b431, 0x1e4dcfcf8b3077d2
	.quad 0x3d33808cd325e50d, 0x198851ad1834fda3
	.quad 0xa29a2c13bfcf2ecf, 0x090e095ec0d40000
	.quad 0xc098000020efd111, 0xbfa8331c458de22f
	.quad 0xff8000003dd32611, 0xb22cc243fdd3fbfe
	.quad 0x1d864bdac8538000, 0x8000000000000001
	.quad 0x83e4b375f21dfdf9, 0x0000000000000000
	.quad 0x5a6de20141200000, 0x1660b0770dd7243a
	.quad 0xf9f8eb56b1ffe6eb, 0xbcb517f440e79304
seed41:
	.quad 0x0000000000000001
	.quad 0xffff79c2e14e42e9
	.quad 0x000000000000033d
	.quad 0x000000000000024c
	.quad 0xfffffffffffff865
	.quad 0xfffffffffffffffd
	.quad 0x9d0d39e4a39af429
	.quad 0x0000000080000000
	.quad 0xfaf9fbaed4e700d2
	.quad 0x79c0109cdfe29a79
	.quad 0xa9439c7cc2c82bcc
	.quad 0x0020000000000001
	.quad 0x0000000003f17abb
	.quad 0x7f55da7ec389db45
	.quad 0x41fa37b1dde7a58a
	.quad 0xffffffffffffffea
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0xc016ebcda965aa6d, 0xc54528abffd6fc00
	.quad 0x0200349bce11b7aa, 0x0000000000000000
	.quad 0x5fb1dabbcedc7c00, 0x108580115b66fc00
	.quad 0xc0ec07a70031851e, 0x7a559fbcbfaaefdd
	.quad 0x0000000000000001, 0x7fc00000bf800001
	.quad 0x810aa5a39ed1dc0e, 0xf25f13adf6784cd3
	.quad 0x8232e890c58c4028, 0x6885ea2383a17ce2
	.quad 0x000936be84af19da, 0x402584649e0b94f4
	.quad 0x7ff0000000000000, 0x4014000000000000
	.quad 0x36c8a341bf4d432d, 0x6895487dcefd6040
	.quad 0xc420000000000000, 0x7ff7063423b2176c
	.quad 0x6a1b9ab332194d05, 0xd8314bc17d67a13f
	.quad 0x3dc1f36e7f09836d, 0x33bbab2c80000000
	.quad 0x9dc9a57affbffdef, 0xe877ae81ddfffffe
	.quad 0x3f831bf80ff175d4, 0x7fe808d1c516ef8a
	.quad 0x38ba09d61aacfe18, 0x7a3836cc6dabcffc
	.quad 0x47000001cba134f0, 0x801ac10a37f0bc22
	.quad 0x47a31fd956155db3, 0x40280000414efb1c
	.quad 0xc1040000ff92009d, 0x002b7f368c9e5b6a
	.quad 0x7f800000c1d11440, 0x4f7bc70dff903800
	.quad 0x74b970087f9b5ce7, 0x965919b3db29f8ff
	.quad 0x4002000000000000, 0x7effffff7fc00000
	.quad 0x6bdb467e7fb7fff7, 0xfa3ddfee54aa9ea6
	.quad 0x7d7e8c9bb39b3f36, 0x93967b4d6cb680f0
	.quad 0xc15cd37cfd7af9e6, 0x3f865a1ef3a34ec5
	.quad 0x87490245f3c9365b, 0xbf28000000000000
	.quad 0x49ac26c8f22c4c22, 0xff800000c0e00000
	.quad 0x40b400007f861ff7, 0xc021800000000000
	.quad 0x2d1a0b7a9d6e3d00, 0x7ef3bef0c664d6dc
	.quad 0xbc2e1d13ff9f74af, 0x4004000000000000
	.quad 0x0b47d2e4ff861197, 0x9e71a065a6440be4
	.quad 0x7effffff125e8a0e, 0x4cab58a1ee6e1d12
seed42:
	.quad 0x325fd9ac7ea11c2d
	.quad 0x7b6e6f0d785f9148
	.quad 0x00000000000002a4
	.quad 0x0000000100000000
	.quad 0x000fe34dfe0219f5
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc6b
	.quad 0xffffffffffff932c
	.quad 0x42083ee88d9d079e
	.quad 0x721014f42b5dfbe1
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x1e7869a23b96eb15
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x86d12136d0f53fbf, 0x7e93400c1064117d
	.quad 0xa0ffd18759162105, 0x7fdc41e05a44ca4a
	.quad 0x7ff569feb8498c21, 0xc368905cf172026f
	.quad 0xf42ea5bd3c2daa78, 0xbcf7d6e193295fcd
	.quad 0x7ff7489d005b0798, 0x003eeabb7d8b78b2
	.quad 0xc010800000000000, 0xff32b8b3bc042ea6
	.quad 0xbff1cb6effffffff, 0xc1724613ffa11fa8
	.quad 0x41f3cdd051e35fff, 0x747929845f797d10
	.quad 0x8d407b7f3c7379cf, 0x21ab6401ecd8b63a
	.quad 0x40b80000c2363fbe, 0xf2a8d6c4fd81fd16
	.quad 0x0008000000000000, 0xc785694affdfe5fe
	.quad 0xf3973b0be3dbebfa, 0xffde06d1411c0000
	.quad 0x2da2e7aaf2ddfc11, 0x1b3e50b9c3fb0000
	.quad 0x000000003e1cacb5, 0xa2b7f578dbffffff
	.quad 0xffe316156ebedcb6, 0x108e44267fddcab8
	.quad 0x43f34885f38e1bd2, 0x6db5e4f7a6408102
	.quad 0x82d319d1c15ce44c, 0xdffffffffc56d99e
	.quad 0x3f9db9a73024fd07, 0x61bae8a1dcd00f39
	.quad 0xe30d4e905dfbbcbe, 0x4f800001d04ff157
	.quad 0xffe9d53753d671a4, 0x7ff8000000000000
	.quad 0xe698a3d46791fe19, 0xc020800000000000
	.quad 0xbe53b90cdf6c5635, 0x7fc00000feffffff
	.quad 0xc33fffffffffffff, 0x0006704ba332a710
	.quad 0x40d80000405e7fd0, 0x4d8227b5dc0dc880
	.quad 0x0ebef4e64295d4e5, 0xbff289dbab677a22
	.quad 0x81169ce19e4007b9, 0x401b800000000000
	.quad 0x1cddec33c9f8f4d0, 0x41efffffffffffff
	.quad 0x7ff8000000000000, 0xfff8000000000000
	.quad 0x12dacce4ffdb3ff9, 0x05fed6a67f89fbec
	.quad 0x04688b9bba28abaa, 0x9d2e1772a53c7554
	.quad 0xcb424775c0e80000, 0xbfa627f3774d6f81
	.quad 0xfff0000000000000, 0x3fedcdccbed71c53
seed43:
	.quad 0x000000000fbbe527
	.quad 0x8f50f0e88afd5528
	.quad 0x0000000000000275
	.quad 0x0000000100000000
	.quad 0x000000000000029b
	.quad 0x57c7fc65ee20b012
	.quad 0xffffffffffffffff
	.quad 0x18c68888f97da91b
	.quad 0x0000000b0fb744d3
	.quad 0xf2ddf22dc55b7c29
	.quad 0x97a6b59110205d30
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x325f90272c89af2e
	.quad 0x737a46fa4179ba3e
	.quad 0x9469208208f7994b
	.quad 0x01c00000
	.quad 0xc0000000
	.quad 0x8020000000000000, 0x56c8436900f20000
	.quad 0xbe028d2c0d9475cb, 0x4049e65973cb964f
	.quad 0x9545a46b00000000, 0x28600e63ff800000
	.quad 0x8dcb8eacb2978754, 0x9d7b1865efaf337f
	.quad 0x36fff5a8bc694476, 0x0000000060800000
	.quad 0x3f77a1d36d44f090, 0xf6360ff9743423cc
	.quad 0xc0511add7fc00000, 0xa6371879764575a8
	.quad 0xb5f43fa74fb3484b, 0xea5585f5d22ac43f
	.quad 0xd38cc0aac70f7f82, 0x03baef1f6e3fce04
	.quad 0x3deeccafc7d26f79, 0x7fffff7574f0669e
	.quad 0x800a273822c4c4e0, 0x0000000000000000
	.quad 0x4e3af59dbc48ace4, 0x3eef2d4d7fc00000
	.quad 0x8245c4b8b8891b33, 0x35ef7cedc5066dcd
	.quad 0x00268fe30e715771, 0x406f800000000000
	.quad 0x603dc310f3a6d739, 0xc1c04895c09585dc
	.quad 0x766a90baffcf832e, 0x8784134bfff4aefc
	.quad 0x007fffff817fffff, 0xe6cc78f3bdd7cffe
	.quad 0x3f400000c0980000, 0x406a82327ccb39ce
	.quad 0x80758ca437400000, 0x0000000040b40000
	.quad 0xffa22ce7bbd1106e, 0x3fee554ed3b5cbb2
	.quad 0x800000013fb5f51e, 0xe74f47adab1e7c00
	.quad 0x0000000000000000, 0xe4c7bf4a17b322a7
	.quad 0xc6bc41ce7fc1e2ab, 0xc0400000bc950ef1
	.quad 0x40400000f2cbfdd4, 0x98081966fffef5e2
	.quad 0x80a603adffdf7f04, 0x3d0f3eb9facfbe77
	.quad 0x00a0184ce186b707, 0xdc96937200dcf642
	.quad 0x8fa1606b064b7c00, 0xc7fffffe7f81941b
	.quad 0x59ffffff7fc702f3, 0xbcb000007f8d1889
	.quad 0xff0ea35c67e50000, 0x7ff0424901a18b74
	.quad 0x417a6869d3ebfd91, 0x402996e63d1be1f5
	.quad 0x40400000bfa94a28, 0x7ff0000000000000
	.quad 0xc4a36b9cbb897d41, 0x8000000000000000
seed44:
	.quad 0xff08c1dc7a465312
	.quad 0x0d62b07f0fe3b2dd
	.quad 0xffffffff80000000
	.quad 0x21efda3eb66e9a84
	.quad 0x6cbfe76ca0a3f0fc
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000256
	.quad 0x47385c5d4480ae01
	.quad 0x02b6b4e73256ae5b
	.quad 0x0000000080000000
	.quad 0x065a5b30f1aeda38
	.quad 0x7e84cca20ecb954c
	.quad 0x0000000000000125
	.quad 0xfffffffffffffd62
	.quad 0xffffffffffffffa9
	.quad 0x02400000
	.quad 0x70000000
	.quad 0xa09153905fdedff7, 0x000e2be04f174414
	.quad 0xa7cec36cff95fe8f, 0xfff0000000000000
	.quad 0x3efbc00000000000, 0x43ee2eac807fffff
	.quad 0xadea29a8e7e5f400, 0xc1e0000000000001
	.quad 0xf35c59bf3e5ba0be, 0x802b0dbaee859190
	.quad 0xab513c9dffdffafa, 0x9a870f14a3bd9c08
	.quad 0xbfd000008a74481a, 0x0a157450df977e5c
	.quad 0x3f70ad6502606dd5, 0xc022000000000000
	.quad 0xfd8ba59945aec044, 0x000b2886a8694129
	.quad 0x51d4050c00000000, 0x80000001c07ffffe
	.quad 0x7286cac9ffd4c080, 0x010000008b57b5d4
	.quad 0xfd5b2aefb2c603ff, 0x487e00004109a9ab
	.quad 0x61dccdfe5aa28cb3, 0x2763b2f2ffdead24
	.quad 0xffc743ee7e800000, 0xc733d438fbc8cfc7
	.quad 0x2ee688fb9823c242, 0xbcf67340cf0891f1
	.quad 0xc2753be5b3f9ef65, 0xffa5c3fd3f90cbb1
	.quad 0x331b2c13d8af5d67, 0x0456ba64b56777ff
	.quad 0xb71e42ccca46fdd8, 0xf0b25f6eca597800
	.quad 0xbebe4ac857eccf2c, 0x8000000000000000
	.quad 0x054d258eba8e2707, 0x40db7625e6e3cb27
	.quad 0xfc94d8dcf86effee, 0xcf6ebfc07e107c0c
	.quad 0x2b64a16cfff82609, 0x9f4ee0b9d7bfdf5c
	.quad 0x09414b8854e0fd21, 0xc0d000007fc00000
	.quad 0x708842c17f710986, 0xc27855f480000000
	.quad 0x20b908a8fe800000, 0x48c15f5786ffffff
	.quad 0x008000007f800000, 0x8999c6c6bff29aea
	.quad 0x8a9511a858773663, 0x40400000ff800000
	.quad 0x2115aa91173a2be9, 0xc039568d1d1e559b
	.quad 0x9570976cd9d54335, 0x73586cf3bf900000
	.quad 0x04b0644e3be5f997, 0xee4999ffff8f4563
	.quad 0x00400000c2d4a96d, 0xc0400000bf2ed15a
	.quad 0xbb194b26694e0196, 0x995122520458f2ba
seed45:
	.quad 0x00000000000003a0
	.quad 0x0000000000000119
	.quad 0x7456e01a4a008887
	.quad 0x0000022f1ce184e8
	.quad 0x0000900d7d51381b
	.quad 0x0000000000000a3c
	.quad 0xfffa6c1e8f964090
	.quad 0xffffffffffffffb8
	.quad 0x00000000073e27a3
	.quad 0xd4b6d5d1f5bc8b52
	.quad 0xffffffffffbdea30
	.quad 0x00008a6c03ae9439
	.quad 0x0000000000014ded
	.quad 0x65eabc7fd54b4871
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xc064c7503d599339, 0x80739e833f1f10d6
	.quad 0x7fc59678faf6b509, 0x0000b9534120cc63
	.quad 0xd096c15073703984, 0xdab7a6d7d7fb86ac
	.quad 0x036a335d9efffffe, 0x00347a93fde6b850
	.quad 0xff32df22c7d150ce, 0x7fe2d52cf3e66636
	.quad 0x3f9c59289aa47315, 0xd3ff7732a380fcbb
	.quad 0x7fffe837e65491b6, 0x8f6dbd76fffafeff
	.quad 0xcc0253c0ffc68082, 0x4051200000000000
	.quad 0x0020000000000000, 0xbe76e7857f800000
	.quad 0x17bec05faafd87a9, 0x15a79772fc422e83
	.quad 0x4fd8c9d0ffb82d21, 0x41fffffffffffffe
	.quad 0xc6ffffff7fb2e712, 0xde25d367cb35fbad
	.quad 0xb8da30ccc6140000, 0x8000000000000000
	.quad 0x46800000bcc9b89b, 0xbf2c400000000000
	.quad 0x11e5d4c18f0c9772, 0xbfbd3fd5fc5319ab
	.quad 0xda01f438976d7fff, 0x0023a8ddbebe54b4
	.quad 0x00295018c8be9600, 0x01372ea13c888792
	.quad 0x3eb1309127fc2610, 0xbff8000000000000
	.quad 0x800000013c621cae, 0x3ff0000000000001
	.quad 0x1a72cd17a93c8bff, 0x25a8abae7fe9b9f7
	.quad 0xc015000000000000, 0x304573cffff7fff7
	.quad 0x12c6e2e6ef47fb5f, 0x7f861caa7fb29f94
	.quad 0x400a000000000000, 0x80000000c3cc546b
	.quad 0xd170ddfb76d63e44, 0xc0197fa80a4620ec
	.quad 0x7ff0f99a1d03f634, 0xffe0000000000000
	.quad 0x510f6969054c7b97, 0xffc1cb4bc2d38ed3
	.quad 0xfc745a4af9b95544, 0xcc44c03fd5aac91b
	.quad 0x00000000c3911eb8, 0x7a14597842052900
	.quad 0x7fc0000041920195, 0xd9ffffff91c3e73f
	.quad 0x8371d7f45a792a99, 0x8158248889e99997
	.quad 0x3becd4397db707aa, 0x92a6882ad8796ec5
	.quad 0xfe1ef9c7ccf103e4, 0x7a265879feefadb7
seed46:
	.quad 0x000000000097b625
	.quad 0xff3ae3165cc08855
	.quad 0xfffffffffffffff9
	.quad 0x4f4264e06e461eb4
	.quad 0x000000000005bb51
	.quad 0x22da49c85bde5aba
	.quad 0xffffc9e2a8554f44
	.quad 0xffff658934cc9142
	.quad 0xffffffff90f70106
	.quad 0x00000002b42731c4
	.quad 0x0000000000000375
	.quad 0xfffffffffffffd82
	.quad 0x3971902c5bfc6aef
	.quad 0x00000000001ac6bc
	.quad 0x00000000ffffffff
	.quad 0x000000000032dda8
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x6c86f045ce3bf843, 0xc8a31e12fb67af9c
	.quad 0xb5c64c9acc3c1400, 0xd568ff8fff800000
	.quad 0xc8440000bc637a65, 0x9f290fd6ff7d79ef
	.quad 0x9cb73703ffa30032, 0x260729b4eeff61c5
	.quad 0x83b6b8557a2d5672, 0x7ffa178b377badce
	.quad 0x954ba7b288dfe8a0, 0xed0bed35ff639282
	.quad 0xc00068feb9434fc4, 0xc0880000a5723c9a
	.quad 0x9e3a7fa4cbfec68e, 0x6797b77d09ad8c19
	.quad 0xc40000017fa9bcd5, 0x7ee4ac2c53e6834c
	.quad 0x4a2d8972f24b6fa8, 0x9da07406ffe984d8
	.quad 0x755f1501cd507c00, 0x54b27d0177bfffe5
	.quad 0xacd4707ffd71ff93, 0x317d94b63c4f38cf
	.quad 0x37d88db84ddecfbd, 0xbedeb00000000000
	.quad 0x7fd0c0517fd3e953, 0x75e5b2cc00000000
	.quad 0x53317a05fa227bff, 0x7ddac6007f800000
	.quad 0xa857c597c2dbbd47, 0x3fd6e00000000000
	.quad 0x7ff8000000000000, 0x4079323fbd5d2006
	.quad 0xad17f55a0b175b37, 0x8043b6320b9547a3
	.quad 0xc32e610cff800000, 0x03b3c87a140935a4
	.quad 0x5b26a3d6d7f730fe, 0x3fbec5cff797f3b2
	.quad 0x3fc997f697a2dfc2, 0x0015606f6b9bb197
	.quad 0x355a0962dcf4fe8f, 0x7ff23d5abb9293b3
	.quad 0xc1fffffffffffffe, 0x3f7e000000000000
	.quad 0xffbedf22f0629e66, 0xbd7fd2417f800000
	.quad 0x7e95ed69c61698f7, 0x298e85d052c27400
	.quad 0x7ff0000000000000, 0x80156ec6f22193b5
	.quad 0xb486a7af08b28000, 0x80000000c7d00000
	.quad 0xff800000ffd90278, 0xb0a3bf0c777fffff
	.quad 0xc0c7c00000000000, 0xfffa920d0c864ada
	.quad 0xf39d0a18fb5a7b53, 0x7cb15a2bc7507c00
	.quad 0x40562725137a6615, 0x76546a34a023fdd5
	.quad 0x698d1f1be444ffde, 0xbc1d13a4bf700000
seed47:
	.quad 0x0000000080000000
	.quad 0x2807ffcde9e1acb5
	.quad 0x18596bc38fb1624f
	.quad 0xffe640b3c48bca41
	.quad 0xfffffffffff87bab
	.quad 0xffffffffffea8da2
	.quad 0xffffffffffffff09
	.quad 0xbf52a6bf035a142c
	.quad 0x00000000000002f6
	.quad 0x499dd230b1236346
	.quad 0x246da28ed18e0e61
	.quad 0x4c4cf823b494432b
	.quad 0x000000000000004f
	.quad 0xffffffffffffb186
	.quad 0x119a5eecf1727fad
	.quad 0x90427d836afa01cf
	.quad 0x01000000
	.quad 0xa0000000
	.quad 0xe263f629e737fe27, 0x19fb6b8d77e11c68
	.quad 0x4bcd4ece6d986063, 0x008000007f9b8138
	.quad 0x0000000000000000, 0xffefffffffffffff
	.quad 0x8000000000000000, 0x41fffffffffffffe
	.quad 0x4017000000000000, 0x4d9b4ad2ad0a3356
	.quad 0x7e7bb8e1efeb98f6, 0x0bf09ba1b07b2816
	.quad 0x1030c91df355c7c0, 0x4021000000000000
	.quad 0xc018000000000000, 0x410a0000df800001
	.quad 0x801f3f22876d8167, 0x802fffffffffffff
	.quad 0x85e53ca880000000, 0x34ec0ea4dfbd7f6d
	.quad 0x7f80000080000000, 0x07a9af427fc00000
	.quad 0x9e7d948581127ed4, 0x3fdf1fbb2126a81f
	.quad 0x3da71a5e7fb0fc5f, 0x0000000000000000
	.quad 0x8265f848266de6e4, 0xfff0000000000000
	.quad 0xe9bae44d617c7c00, 0x8189b3ddbdf9e76f
	.quad 0x790ef3a8ff2d7e3e, 0x80000000c3a3f15d
	.quad 0xb75f103c7c397c00, 0x7f0404741bd46387
	.quad 0xe04e0a0fbbebbb9d, 0xfd43914f9deccdc3
	.quad 0xc18b4c7cedfffddf, 0x400ffffffffffffe
	.quad 0x475c0000ff800000, 0x8aa359dcffb85167
	.quad 0xbf6b328d08909120, 0x8000000009957130
	.quad 0x80000000becae8de, 0xbb11c33883014fb8
	.quad 0x7e58646cdcbb6c2d, 0x4661b5f3ffbfc74f
	.quad 0x40ecfa19052fee8c, 0x0956530dfdc47dc5
	.quad 0xc067f375ce367511, 0xfff0000000000000
	.quad 0x6c8283d5e839df62, 0x02fe25cfa641aa46
	.quad 0x0031b86400000000, 0x439a10e247800001
	.quad 0x447a8218b58d0000, 0x3678f9063bd2fe00
	.quad 0x410a0000fa4df45f, 0xbd300000dfc46cbd
	.quad 0x86d51f54199e3de8, 0x783c86623f9fef4a
	.quad 0x43f0000000000000, 0xce06b93e92456892
	.quad 0x002753b33aac6fc2, 0x8080000011c1bdb2
seed48:
	.quad 0x000000000000024a
	.quad 0x00000000000020d3
	.quad 0xffffffe2896f1908
	.quad 0x0000000000000000
	.quad 0xffffffffffffff91
	.quad 0x8000000000000000
	.quad 0x0000000005997a0e
	.quad 0xffffffffffc25a8c
	.quad 0x00000369706b614d
	.quad 0x124f304a2239cfcb
	.quad 0xfffffb3756d332f8
	.quad 0xb2e00157c03ccc0f
	.quad 0xfffffffffffffd1b
	.quad 0xffffffffffffffe7
	.quad 0x1489413552363845
	.quad 0xfffffffffffffc5f
	.quad 0x01000000
	.quad 0x80000000
	.quad 0x3fc6400000000000, 0xfff796e7ffc00000
	.quad 0xcbf58dd215133a9c, 0x7eafbde36c541dcf
	.quad 0x7f8db0dc7fc3c62e, 0xf2d617e9bfbbfd4f
	.quad 0x00000000cf59401e, 0xc04e0800672a6ce9
	.quad 0xff800000f6ba5e31, 0xcf7fffffc7800001
	.quad 0x3c1ffafe0027c1c2, 0x835c5f69be507cb4
	.quad 0x7574ca8fc2970730, 0x800fffffffffffff
	.quad 0x629aed79e36374da, 0x8000000000000000
	.quad 0x7f8ed6971710fc3c, 0x0be2353fc2399d82
	.quad 0xfff8000000000000, 0xc063b0989f7867c6
	.quad 0x010f2b098d230736, 0x721969edfabb0000
	.quad 0xbf90000000000000, 0x74192fe6be880eec
	.quad 0x12f815459f2d7f71, 0x5bc3ee3958371a05
	.quad 0x1ec83ac30391cf80, 0x40c696067effffff
	.quad 0x7f44f7b21fc2d51d, 0x8000000000000000
	.quad 0x0000000000000000, 0x82ddeebb7ffd4ca5
	.quad 0xb41a787ffb5bee2b, 0xffc885b2ff9dffbb
	.quad 0xc1be1040f93c8d08, 0x8004e03cf11b6226
	.quad 0x401fb41a053f3b44, 0x7fd2f46a6469cfd2
	.quad 0x18ee55dcffdd4fff, 0xa45d21baff7c4da0
	.quad 0x552ba930ffa557c1, 0x0000000000000000
	.quad 0xfc481beac9800000, 0x858293851a590a55
	.quad 0xff800000bc71eb10, 0xc134032834c3eab6
	.quad 0xbfb6d6bbd0b11f5d, 0x0006c96964d356a3
	.quad 0xc8f56208bf4efc00, 0x428024f4782dbe0e
	.quad 0xe32183ca19cfa858, 0xfff38970cd627e4e
	.quad 0x7ff0000000000000, 0xc040000098da054d
	.quad 0x7fd6581eff800000, 0x2f013f608ddb3d00
	.quad 0x40e80000801ebcff, 0x001795b1fbaa5f88
	.quad 0xc014000000000000, 0x2a65ae46b96bf693
	.quad 0x3fc968fc79e2e79f, 0x4002000000000000
	.quad 0xeb7ab6afffde4fff, 0xfac41c71df0b59c5
seed49:
	.quad 0x0000000100000000
	.quad 0x51b3836d3deccbfe
	.quad 0xffffeaacd14e93a9
	.quad 0xffffffffffffcb4d
	.quad 0x7fffffffffffffff
	.quad 0x0000000000fd4d82
	.quad 0x1cdbb42bdf4cf6c0
	.quad 0x7980bf40287fa37d
	.quad 0x00000000ffffffff
	.quad 0x000000000eb50f67
	.quad 0xd8597deb5129d38b
	.quad 0x00000000e9684f8a
	.quad 0xfcc5cfd538c5b435
	.quad 0xfcfc45edfbd5fd65
	.quad 0xfffffffffffffec2
	.quad 0x0000000000000022
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0xc153e6a200000000, 0x0000000000000000
	.quad 0xc42468fee3b58388, 0xfb3a30c5d83f7d74
	.quad 0xba88000080000000, 0x5d3c4f7b8022abd0
	.quad 0xd9fffffe016fc73d, 0x40a80000017fffff
	.quad 0x429eb93b6f49fcf5, 0x4007000000000000
	.quad 0x8000000000000000, 0xb244f083ed938665
	.quad 0x53c05e82bdaf6d41, 0x7f800000ffe794ce
	.quad 0x40a6000000000000, 0x60584a8edfdd8e7e
	.quad 0x40ffffffffffffff, 0x800b5d2eb54583ce
	.quad 0x0d2ad5b8dbffffff, 0x231e346da9ebc8ee
	.quad 0x8e7b7b9be372c11f, 0x00000000c7b3362d
	.quad 0x551d5dbb53ef7ef4, 0x0020000000000000
	.quad 0x750af7253f4e1c3f, 0x0fc0df23fd70fba1
	.quad 0x3fc573496af62719, 0x008b4f3dc1140000
	.quad 0xc1a7bebed46fc560, 0x8007e72f65888ec2
	.quad 0x802b419412361ef9, 0xd64862c4eaec88b0
	.quad 0x1117dfdbcf3b7287, 0xbe1482107fe737d2
	.quad 0x0f41457670777f38, 0x000698416f0bd769
	.quad 0x400d743c0b9df1dc, 0x7ff8000000000000
	.quad 0xc20178580f6f6f7f, 0x960a98a0edfcfdf5
	.quad 0x8000000089f3aa2b, 0xb8e97854fe7affff
	.quad 0x97f01836e933fbff, 0x3fa87e9506807789
	.quad 0x6afde1a2ffff2beb, 0x0000000080000000
	.quad 0xda7fffff7f800000, 0x8464dde52b8c5495
	.quad 0x62fd6b696eb91ae1, 0x0b9c14a9c0000000
	.quad 0xc02c53d1f8c14d4a, 0x16c983b2fffdbfd7
	.quad 0x800000003e13f9f3, 0xfff0000000000000
	.quad 0x42a147f800400000, 0xc9b00000be041407
	.quad 0xc020e28ca983c11b, 0x00024d5fc2190dc9
	.quad 0xdcdf7943aeea8475, 0xff8b73853cfca83d
	.quad 0x0bf089e68a2fc72f, 0x3fad5a125acb5642
	.quad 0xe25ee5ea89317c00, 0x56ac24f0fffffffe
seed50:
	.quad 0x0000000000000096
	.quad 0xfffffffffffffea2
	.quad 0x143b53b666297df9
	.quad 0x9a0469971d7bf4cb
	.quad 0x00000000a0450828
	.quad 0xffffffffffffff36
	.quad 0x00000000ffffffff
	.quad 0x2301e5ff71d791c4
	.quad 0x0000000000000031
	.quad 0x0000000000000000
	.quad 0x6eb9f2ec556dd157
	.quad 0x0028b35f58997c9c
	.quad 0x00000093950f1890
	.quad 0x81a28758589e6323
	.quad 0xd2c9dcf526b43dba
	.quad 0xffffffffffffff5c
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x3c7e0e2280000000, 0xded989de502efc7d
	.quad 0xd3ce6f43fba1fc00, 0x4fffffffffc3cdb5
	.quad 0x6bb069281c0e8580, 0x0221e1affff5f5db
	.quad 0x014fa8ea79b3cbb4, 0xc9e00951ff93fbd3
	.quad 0x3f05ee053f7b0652, 0xc044ef65cbfb7370
	.quad 0xffe52abd431e5a23, 0x759318c1feebff73
	.quad 0x0ac3b21003eccfa2, 0xc0c86300801f668a
	.quad 0xf402cfcd3fc6f975, 0x8f15d62d71a39a30
	.quad 0xff800000ff800000, 0xf8bd811a3d8637d7
	.quad 0x410c000007a38c95, 0x208bb0deffcf3018
	.quad 0xbf30000000000000, 0x00095d2e617ea2c1
	.quad 0x7f0000009ff4a96f, 0x4104000040600000
	.quad 0x7efca2e1e4b3416a, 0x0004ccf81f2af826
	.quad 0x18e72874750d1b68, 0x01981550df9da9ac
	.quad 0x7ff8000000000000, 0x3fce57796106e7e0
	.quad 0xb89e00003c322847, 0x0b301ccd0fbcfa82
	.quad 0x3cc00000ff800000, 0xb76e0000801be4ea
	.quad 0x3ff995f40ea9ed0e, 0x7841c600ce17c2d5
	.quad 0xfff8000000000000, 0xfeffffffbf830a75
	.quad 0x002cc99702830ede, 0x801fffffffffffff
	.quad 0xbfdcce380c0660eb, 0x7fe23cfb478e6d19
	.quad 0x4064000000000000, 0xc59f81d87e7fede7
	.quad 0x372d0f159205fd1c, 0xc6600000c09a5ed2
	.quad 0x9c9eceb07fc00000, 0x1445024354759512
	.quad 0x9a6e69f0dc667ffa, 0xf21e33502461416a
	.quad 0x49fbaa41d7f3e3bf, 0x74e48cf2ff000000
	.quad 0x800000006b3d473b, 0xf158158d41ea7c6f
	.quad 0xd9fc4e69e14dfc00, 0xfb3e4731d569c001
	.quad 0x8076c2885f9774c1, 0xd02a608353efaedf
	.quad 0x43a3d2c85dcf7caf, 0xa7ef234056de7dfc
	.quad 0xfff2307e30fb68ba, 0x7961b34244c652eb
	.quad 0x40e8000000000000, 0x10b2c733ffd1c801
seed51:
	.quad 0xfffffffffffffc42
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x0000000100000000
	.quad 0xfffffc6ead5b1463
	.quad 0x6fd9ad5142fa13de
	.quad 0xe58496d6d42acbec
	.quad 0x00000000030d4b9d
	.quad 0x0000000100000000
	.quad 0xfffffffffffffceb
	.quad 0x0000000000000000
	.quad 0xffffffffffee3b88
	.quad 0x0000000000000014
	.quad 0x0000000000000165
	.quad 0xfffffffffffc35ff
	.quad 0xffffffffffffff4d
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x00f911a7b86065c9, 0x8534946a769a8000
	.quad 0x802a477b88a089bf, 0x81000000ff8a5a08
	.quad 0xffab6317c028d525, 0xffdde158f54087e2
	.quad 0x66892821ffb08400, 0x721ec13e65ba8b0e
	.quad 0x40a400004299f8fb, 0x75a0fcfec3d8b8cd
	.quad 0xffc0000000000000, 0x8000000000000000
	.quad 0x69188723d5ecff7f, 0xf96712aae17dfe04
	.quad 0x85ff626abff3fe17, 0xfd640ea18011da67
	.quad 0x61c14fe15f6b7400, 0x36c00000be94d8f8
	.quad 0x9b376f49ff800000, 0x3970ce0842b58457
	.quad 0x5de2b1cf4304c82c, 0xc7000001e43102bd
	.quad 0x360ca709bddf4d7d, 0xc03070f5a4f63379
	.quad 0x420e98e314d4bdb9, 0x7fd0000000000000
	.quad 0x42d434de477fffff, 0x40136463acc391b4
	.quad 0x4017000000000000, 0x9104622a6ad54597
	.quad 0xff800000bc440000, 0xffd814623dddad03
	.quad 0x808208a6ac4cdb27, 0xcf8000013ea9c154
	.quad 0x41c55d09da1bfddc, 0x8278036fe8acb821
	.quad 0x406f8d3b48489984, 0x7dc8ecd800000000
	.quad 0x8001036be3f50962, 0xc330491d7f800000
	.quad 0xc019000000000000, 0x4d9d43d524d53daf
	.quad 0x45a1288e70d17bff, 0xffdc1f7f152c57b3
	.quad 0x807fffffbad80000, 0x400f134fed9a43d9
	.quad 0x0007693b55010d0e, 0x7f80000066cffb8e
	.quad 0x3bdc0000eff540a4, 0xc2d33ae6b6b78000
	.quad 0x40295d1980000000, 0x92a135e9bc08d451
	.quad 0x800e7b0a0734564c, 0x8e5746736a912b4f
	.quad 0x027ab7682e683c22, 0x4023800000000000
	.quad 0xc85164c0c07da96b, 0x647a44f9e843d339
	.quad 0xe4d93393fb737dde, 0x7f87510eff800000
	.quad 0x00125f6f2ff0e094, 0xa6cf13bf5bfd938a
	.quad 0xfffb15cd6fc99e6f, 0x8000000000000000
seed52:
	.quad 0x00000000000000bd
	.quad 0xffffd329edfa7196
	.quad 0xfffedf33f90666ac
	.quad 0xffffffff5edbb8d5
	.quad 0x0020000000000001
	.quad 0xfffffffffffffdf6
	.quad 0x7fffffffffffffff
	.quad 0x000000000000008b
	.quad 0xffffffffd4562f3b
	.quad 0x9286d8e2d6da898f
	.quad 0x0000000000006cc6
	.quad 0xed8a850ef578aea8
	.quad 0x0000000000000213
	.quad 0x0000000000000000
	.quad 0x0000000000000384
	.quad 0xfffffffffffa0e84
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x5f7fffff7f923d01, 0x40f80000f9d45b8b
	.quad 0xffc000007fc00000, 0x800000007fc00000
	.quad 0x4f7fffff720e3113, 0x0467bb369519f49f
	.quad 0x9c449225ff800000, 0x35dbe7f4ffaffbfe
	.quad 0xf47b0b036a29b7e8, 0x80627d2d420650fd
	.quad 0xd0b60200067be015, 0x4a304e13ff838000
	.quad 0xac65c6c44d0c7a13, 0xc012000000000000
	.quad 0x8000000000000000, 0xcc8bad4b8c6e7dde
	.quad 0xc4e10000ad3e3dee, 0x6a685337bfe5ffff
	.quad 0x40e9a01a547d0400, 0x0990764d80800000
	.quad 0x9ab4260747000001, 0xc019800000000000
	.quad 0x3fda6af064bc59d4, 0xc0d3600000000000
	.quad 0x7fc0000000000000, 0xfff0000000000000
	.quad 0x3f800000448c8000, 0x8002aaf9e8aca8c3
	.quad 0xbfb968422f27d812, 0xc05fc57cfa6759f1
	.quad 0xc12c800000000000, 0x177dd6e4fff93efd
	.quad 0xb838de9ec7fffef7, 0x50c571a8bffbfe00
	.quad 0x82280e7a26770cd2, 0xffdd35a342300000
	.quad 0xfae89ec7f7bc8fc4, 0xce75d0adfcf7fc9d
	.quad 0x737494637f800000, 0x807d46c5ee1cb5ef
	.quad 0x3deb220680400000, 0x3ff06fbac4d9fbaf
	.quad 0x4a6acd1422fcbef5, 0xfff0000000000000
	.quad 0x3afe2192ffc2b03f, 0x3f800000cf45f296
	.quad 0x35fdc499ec7d0000, 0x7e2cb778572f730d
	.quad 0x413ad1ca73e17cae, 0x007fffff00d759be
	.quad 0x73d7707f5650cae9, 0x871c0742ff800000
	.quad 0x80c2508dbd1e8e4a, 0xaf4b6a1cbaec7c00
	.quad 0xdd6e5198ad1d99ae, 0x000000004333654d
	.quad 0x80088e36c0e00000, 0x5b0d65aceae8bc6a
	.quad 0x61d8127f77d4fb5e, 0xbf7eb43641fd4024
	.quad 0x0020000000000000, 0xa5b985ac5d30cf81
	.quad 0x7ff1f804b6f09c2e, 0xff80000000ffffff
seed53:
	.quad 0x7e06d73e772e6133
	.quad 0x000167a95662b65f
	.quad 0xbcc2740f4b3fe49f
	.quad 0x82bb58bdd7cb7a4c
	.quad 0x2f98fa26886f5ab2
	.quad 0x000000000000011d
	.quad 0x00191c3f25ee6263
	.quad 0x08cee9abd5437b3c
	.quad 0x00000000000002d9
	.quad 0x000000000000a179
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd1d
	.quad 0xfffffffffffffe8e
	.quad 0x31519d749569845b
	.quad 0xf158a3172775863e
	.quad 0x000001498674ea99
	.quad 0x02800000
	.quad 0x00000000
	.quad 0x7ff0000000000000, 0x828e8b9102b0de81
	.quad 0x73eafeaba8ac5cec, 0x4030000056ee7249
	.quad 0x7ff8000000000000, 0x0def643f294516cd
	.quad 0x3be854b6166466d2, 0xa5d073f4f1166cc9
	.quad 0x3ff0000000000000, 0xc064682e05d13d69
	.quad 0xd19316191ebc9c00, 0x7fdfffffffffffff
	.quad 0xabdb86b1f9f8320d, 0x8000000000000000
	.quad 0xcbff7fcbec7bc69c, 0x367707f9fedfc2b9
	.quad 0x436ba6843d8920aa, 0xbe7bb15c4f287f67
	.quad 0x8000000000000000, 0xff9d15e4feffffff
	.quad 0xbac6f04a4d8947f2, 0xb0cf548adb914280
	.quad 0x3426e5253cc1fa7d, 0xffc00000feffffff
	.quad 0x83b49060daf98e76, 0x807fffff97549804
	.quad 0x9d0dd8d5c01f5b08, 0x6796a30c4f76fc00
	.quad 0x8e4643abf9bff97f, 0x80ee4ae2c1872717
	.quad 0x802245705dcde8b7, 0x8000000000000001
	.quad 0x3fcd4dccc5600000, 0x969340cd048b9cbc
	.quad 0x0206a37a42454380, 0x9fa1dbeefffffcdd
	.quad 0x80800000a607f726, 0x40d8000040ff0000
	.quad 0x0f3ebab5dc0e6fff, 0x05b2b506bec8586e
	.quad 0xffc000007e800000, 0x3cba0000ef20c14f
	.quad 0x7fc00000015c623d, 0x7dc4a363f39e4e3a
	.quad 0x0000000000000000, 0xbc547537da5a7e00
	.quad 0x807b4e07c06cfc09, 0x3f830468b92c8793
	.quad 0x7f8000007f800000, 0x7ffd768b90a66444
	.quad 0xc0c26b0c807fffff, 0xc0ff76c28c2a0924
	.quad 0xf67bc265e3aa3bb7, 0x543a187e4dee8001
	.quad 0x0d36057dbd69dfdb, 0xc22d31732d1f8001
	.quad 0x3feecd1911d6d4de, 0xfeb5d66d9f6a9766
	.quad 0x7ff8000000000000, 0x3af755d9dddf3add
	.quad 0x9b2eb6e08e12e1e1, 0xd05b29b78307dcab
	.quad 0x7ff8000000000000, 0x0000000000000000
seed54:
	.quad 0x35f26e3d283574a3
	.quad 0xa69ae01a6e82e80e
	.quad 0xa5cb816c648fab65
	.quad 0x063877cfdf3b1b15
	.quad 0x9fed03476aa1fdf9
	.quad 0x7384dfc90d3eda41
	.quad 0x6256a23c3dee6a59
	.quad 0x000000007fffffff
	.quad 0x00000000018dc80f
	.quad 0x00000000000002bc
	.quad 0xfffffffffffffc82
	.quad 0x0000000100000000
	.quad 0x0005e80b2f0bf02d
	.quad 0xdc72a6b10081f077
	.quad 0xfffffdf4c11b42c5
	.quad 0xffffffff80000000
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0xffeb8f9ad7cbd5ae, 0x3cb60482a5e60800
	.quad 0xab0c1ef0f5b7fca0, 0xf7e9351afefbe64d
	.quad 0x401e000000000000, 0xfd7c485145087e00
	.quad 0x8970553c91b1c180, 0x0a7edae708fa2906
	.quad 0x515501a080cd1275, 0x8000000043c43dce
	.quad 0x1d794cf4b33a8f89, 0x1accba9771764bb5
	.quad 0x006f7367bed86da0, 0x4015000000000000
	.quad 0xee9c7287ffff3ed1, 0xbe6bac88425a669a
	.quad 0x7ff0000000000000, 0xff80000049a00000
	.quad 0xc03ce1a9ff046b5b, 0xfb7cd617ff983e09
	.quad 0xf2057874719fca10, 0x6dcee945feff5b6f
	.quad 0x6f46dc3189d776bd, 0x43e733aa7fc46b73
	.quad 0x3680bd5398770bff, 0x3d0515e2c4ad3f3d
	.quad 0x0021d6d27f9f4dd0, 0x002fffffffffffff
	.quad 0xc700346ac2d0afc8, 0x7fdd03bc7829041a
	.quad 0xc3b0000000000000, 0xffebb08e7f800000
	.quad 0xb49f172bbefbd7e6, 0x3c34faf1ffdb283a
	.quad 0x7ff3ddc1b85e59d7, 0xb20a81a57fb97e92
	.quad 0xffc8ebc279c742f6, 0xb7400000c22c5b9b
	.quad 0xd65069f7fffedf1b, 0xc006000000000000
	.quad 0x42fc3667bbcadffb, 0x3fa628339f2463e8
	.quad 0x7fc0000080000000, 0x4131682bb2893023
	.quad 0x7f7fffff005a1db5, 0x40349a734874009b
	.quad 0x00023599bd75edc5, 0xbfb2d083a96d0d34
	.quad 0xffee2e613d69b565, 0x80000000c0000000
	.quad 0x3f79905afa878cb5, 0x2d61abedc7ff8000
	.quad 0xbfcea351b79fad11, 0x7ff0000000000000
	.quad 0x4070000042c2aa9b, 0x7ffc700cb3676c6f
	.quad 0x7ff97cac510594f0, 0xc0b00000ce800000
	.quad 0x0560e36111d884c6, 0x7f80000080000000
	.quad 0xc69e575bffc68001, 0x5cfad5e0158e8215
	.quad 0x0057df8dc388d132, 0xff1aecc886c5e696
seed55:
	.quad 0xfffffffffffffdbc
	.quad 0x00000000009414ee
	.quad 0xffffffffce4ab7c9
	.quad 0x3787a6c19355bb21
	.quad 0xf0e4f0ef2919697d
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x000106b7c41ffab7
	.quad 0x7b53be498462686e
	.quad 0x7ccba7231129ba94
	.quad 0x0000000000295d14
	.quad 0x0000000080000000
	.quad 0x28b833febf838d34
	.quad 0x0020000000000001
	.quad 0xdd12540de231a753
	.quad 0xc28f049376ae8c0c
	.quad 0x04c00000
	.quad 0x10000000
	.quad 0x72783e150142b84a, 0x41806bcc6ba7dfef
	.quad 0x43fffffffffffffe, 0x607c73ade4fba329
	.quad 0x40ee3b0b12764e13, 0x8b336d43ea08ab13
	.quad 0x80118cf8fa39f528, 0x8b7c670ce27e3177
	.quad 0xff811eae68fb1ffe, 0x0000000000000000
	.quad 0xbfca5839d5608832, 0x0000000080400000
	.quad 0xffd0000000000000, 0x43fffffffffffffe
	.quad 0x74c310b9ffffa356, 0x9bfaa058c0480000
	.quad 0xc330000000000001, 0x3f78e57c77dfff7f
	.quad 0xb7a800005fa86bb4, 0x0c56d5d07ddfc7dc
	.quad 0xff8000003fd40000, 0x00000000e4ce2682
	.quad 0x4ecd30f056ea9473, 0xaec5056910f84256
	.quad 0xbef77798c1040000, 0xbf97a4581ec02c52
	.quad 0xe97cac1dc5daf9e1, 0xc02c27a2e32940e7
	.quad 0xfffb85c5ffc00000, 0x7ff177b5370cfb9c
	.quad 0x4f800001da000000, 0xffe811a2dbc281c7
	.quad 0x00e6d846b44753bb, 0x44dfca183bf1e9c0
	.quad 0xbc0027977ecb2d60, 0x18b6a0ae8ae279e0
	.quad 0x801d0e34d9373c9f, 0x4068176fccbfa3a2
	.quad 0x54fec3bbf7f1bd60, 0x7ffb0e501049da92
	.quad 0xcdf4b21c7ac5c1f4, 0xc0f0000000000001
	.quad 0x4023000000000000, 0x00ffffff7cd99a11
	.quad 0xfff5b3dc7d288f9a, 0xbfbfe934dfc613e0
	.quad 0xc03000007f800000, 0xc051e9b18a8d0606
	.quad 0x3eb64ed3b11df400, 0xf615829efdffb7fe
	.quad 0xc03a55d9a8a0bdf1, 0xc391cdb0006c6d08
	.quad 0x8204d9ccbd7dbfcb, 0x7630d9dbff800000
	.quad 0xf7646b6a7fbfff8e, 0x7ff0000000000000
	.quad 0x8000000000000000, 0x00671bc880000000
	.quad 0xac69e41f0e6d4580, 0x407fffff7fe29f57
	.quad 0x407ffffe006597ee, 0x9d46b12e50c8c700
	.quad 0xbd51f13dffc00000, 0x7f800000ffc00000
seed56:
	.quad 0xffffffffffffff0f
	.quad 0x003725cf8de89dce
	.quad 0x0000001f2f05c60e
	.quad 0xffffffffffffff50
	.quad 0x5fcc30eb09d02762
	.quad 0x88f89763fb40db8c
	.quad 0xfffffffffffffe10
	.quad 0xad985315459a1753
	.quad 0xecc4fc9ceccffe60
	.quad 0xef0e3a17baef34ad
	.quad 0xfffffffffffffd59
	.quad 0x0000000080000000
	.quad 0x0000000000000043
	.quad 0xc4d8f8138dca1774
	.quad 0x00000000000d8a7b
	.quad 0x0000000001000001
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x7f800000f74846b1, 0x6507dec37ffdbe6f
	.quad 0x3dec41852aa05800, 0xc68000003eeb5a21
	.quad 0xd41a171d016baf38, 0x40800000c2e66b8f
	.quad 0xfff412888133ce43, 0x8010000000000000
	.quad 0xdfffffff42afc259, 0xc015000000000000
	.quad 0x68f2aa7e466db538, 0x47128000cd000001
	.quad 0x4021000000000000, 0x31b7940fb12cf400
	.quad 0x4347c97f414d8000, 0xf20af34452b5232e
	.quad 0xfa85cfdcfc21f2f4, 0x7141ca0b438f3ed1
	.quad 0x4073ca07432a4dca, 0x8dd5a41755167ce5
	.quad 0x719a60c5ec107efc, 0xff800000dffffffe
	.quad 0x2607054ea1fee6be, 0x432a5a860c50983a
	.quad 0x45e7c02a45a0ade1, 0x406d14b521af4060
	.quad 0x5c1a8f732612795e, 0x81b90a58ffbe599e
	.quad 0xf3f97bf5a08fbc5b, 0xc00a6388ee0d80ee
	.quad 0x7ffc953dbb856a61, 0x004fb54b9937575d
	.quad 0x7fbec9a73e174558, 0x0000000000000000
	.quad 0xa2e605e7ff04fa00, 0x12296e55f4a57c3e
	.quad 0x97a42e84bddbfad9, 0xff946f06c1ab0000
	.quad 0xc34fffffffffffff, 0x412906077fd8b7b5
	.quad 0x4066db10088b0d4b, 0x90b415007fcba7e0
	.quad 0x399d3c107fbeb535, 0xb3ab8521d5079626
	.quad 0x810000007fc00000, 0x01000000768dcc55
	.quad 0x43e0000000000001, 0x41e7f672c942ea4c
	.quad 0x7fdf4bb6b3c62e20, 0x8000000000000000
	.quad 0x7ee816a354360000, 0x7ff5d6adaca7872e
	.quad 0xff800000c6000000, 0xd7a3130ae96f078e
	.quad 0x40144df4591bbf55, 0x063e9abda6ad8e7e
	.quad 0x08568e6901dc0a9a, 0x7f8000005a7fffff
	.quad 0xb9500000416e0dfb, 0xbfe6026b0216bbec
	.quad 0x50264e787fc52640, 0xd2d0e1dc871d4dd7
	.quad 0x59fffffff9f7e8ac, 0xbff0000000000000
seed57:
	.quad 0x0000000000000136
	.quad 0xffffffffffffffff
	.quad 0x050e7203dd66cc03
	.quad 0x5ea9d45fca036ce0
	.quad 0x9286495c2acd5ab0
	.quad 0xffffffff3c700b55
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffb3279
	.quad 0xffffffff9c34153f
	.quad 0x0000cd6811e6cfce
	.quad 0x00000000000001ea
	.quad 0x00000000000079ef
	.quad 0x2722f895e7e5cdad
	.quad 0xffffffffffffffff
	.quad 0x68732ca27ca102ab
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xad452a1ddb4ffb80, 0x63f26574ffc57c00
	.quad 0xff800000007d0287, 0x839e109a632945e1
	.quad 0xffd5f099c11e0000, 0x3edb400000000000
	.quad 0x802fffffffffffff, 0xc056bd4eac7c866a
	.quad 0x990b9a3058c7fd2b, 0x3524a8604eafc0c0
	.quad 0x41493339ff3d7f68, 0xc019000000000000
	.quad 0x7effffff00af2293, 0x7ff8000000000000
	.quad 0x470000019c3f6f35, 0xd196448cda6d15e1
	.quad 0xfff8000000000000, 0xf0239bea4771ec93
	.quad 0x0e5a530527664826, 0x337a54cea95eaac2
	.quad 0x74b83215f9114080, 0xb9480bd05bb0c8c0
	.quad 0x7f7b59a1795e3ca1, 0x3ba5b109901d2017
	.quad 0x31ca0bd74927250b, 0x2e0dfeb9bdfffefb
	.quad 0x37fc849227f51f53, 0x40a40000c0340c28
	.quad 0x4006aefbd7d31c0a, 0x00000000ec78f39e
	.quad 0x000fffffffffffff, 0xf0e88b1b00000001
	.quad 0xea155fdd902144dd, 0x7fd877c9fe0ec42c
	.quad 0xc1b50ee5680f21d7, 0xf6eca295ffc00000
	.quad 0x4000000000000000, 0x5d2fdefd0f6efd21
	.quad 0x2dbf6a8eeffff9ff, 0x560f4387ba62db16
	.quad 0x7fc0000080000000, 0x8f1a69609157c9d8
	.quad 0xc2c7a7f5ed7f2257, 0x40881c52df000000
	.quad 0x24c3e4ae8718cbfe, 0xeea17cbc6e823944
	.quad 0xed20a590401ed28c, 0xfff0000000000000
	.quad 0xbe0b1fdb3fb24506, 0x8023f6d2f2acda34
	.quad 0x4ffffffec0000000, 0x8000000000000000
	.quad 0x391fa169677fff6f, 0x7f800000c35111f0
	.quad 0x6b2870495fffffff, 0x4022800000000000
	.quad 0xb5fd07db8ef0fe00, 0x52f9f33a996bfe00
	.quad 0x00097e8bc3fdc210, 0x00503c77c4560000
	.quad 0xa687c81264cbfd8d, 0x0006ac525c0d1aab
	.quad 0xfebabcdcff86a288, 0xb85016026f62fcef
seed58:
	.quad 0x892a289fd92f5318
	.quad 0x0000000001c8eb1b
	.quad 0xfd152fd1ed4c5885
	.quad 0xfffffffff6aef92d
	.quad 0xb57b950e93733ddf
	.quad 0xfffffffe0e93587a
	.quad 0x029e4abbd733aa65
	.quad 0xffffffffffffd846
	.quad 0xffbcc13b73ea1f9d
	.quad 0x5e1f2ab388ff742b
	.quad 0x0020000000000001
	.quad 0xfffffffffff88d16
	.quad 0xbfbe923118b3cab0
	.quad 0x1a177a84ec122b56
	.quad 0x000000000000006d
	.quad 0xfffffffffffffd83
	.quad 0x03800000
	.quad 0x00000000
	.quad 0xc04b2fc28aa14c32, 0xc079b125da19ec88
	.quad 0x8020000000000000, 0x80082ddc151ff80a
	.quad 0xffd81dd80592fef8, 0x000000007e2322ae
	.quad 0x8907c5b7d9800001, 0x6ea6eac291b335e9
	.quad 0xfff0000000000000, 0x5d8fe5c8edddffdf
	.quad 0xc2a01195fff76d77, 0x800fffffffffffff
	.quad 0xdfca37b433540078, 0x44e89e86faa6eeb0
	.quad 0x7ff8000000000000, 0x742f025a009d04de
	.quad 0x3fcbcdc1395ecf23, 0x5030e551fedefdf8
	.quad 0x007fffff323207d0, 0x402685e7d3212c67
	.quad 0x80617488df42dc58, 0xc1a356e47fef4c0c
	.quad 0x778b43a3c1c43af7, 0x800b909b692fab52
	.quad 0xa031bd5e362886c0, 0x7ec3450f04c66d28
	.quad 0x3f8ad3601e220480, 0xc047a299b4dbf14a
	.quad 0x024786bfc554037b, 0x37133c3b918b1e39
	.quad 0x864e6d614f93a69b, 0x4000000000000001
	.quad 0x25a512fffff30a7c, 0x1a6fd0b85feeffd3
	.quad 0x4ffffffedf800000, 0xc85bc681e2773fff
	.quad 0x90cdc9988d17fc00, 0xfff0000000000000
	.quad 0x7b59aa52fedfeae3, 0xc6d37b949ae24200
	.quad 0x382000003f98d7fb, 0xff81a92080e60680
	.quad 0x28c455e74e2ddc93, 0xda764a70e166e7b4
	.quad 0xb3436191f959265a, 0x9dc65e6b92b9de6b
	.quad 0x334a4623dbc7029d, 0x8a337145caa17d88
	.quad 0xce4e4ee97aa50000, 0x3eadfb9817742961
	.quad 0x796e254f7fffffff, 0xdcb65d3b07d50335
	.quad 0xbfbc0c8a418289b3, 0x800000003e000000
	.quad 0x7fc0000041200000, 0x3360c50c728aca77
	.quad 0xbff6f7cab850819f, 0x6177554affbf8ae7
	.quad 0x7ff7349597917030, 0x42c0000000000001
	.quad 0x2f6c79dcbb4efddf, 0x41e9ac437fb23da0
	.quad 0x7eb1ec6db11caa0c, 0xdf800000be5b5f73
seed59:
	.quad 0xfffffffffffb9612
	.quad 0x0000327ec620772b
	.quad 0xe1466b116a4856fe
	.quad 0x0000000001000001
	.quad 0xfffffffffffffffe
	.quad 0x0000000000000000
	.quad 0x872a2aac6dbc5352
	.quad 0x5751a9694ef89c19
	.quad 0x9544482d11ecee06
	.quad 0xfc2680227fa94523
	.quad 0x0009b90dc261a717
	.quad 0xfffffffffffffd05
	.quad 0x0000000100000000
	.quad 0x000000000000001c
	.quad 0xea7a8ce8f20b5930
	.quad 0x242f460ceee93fb3
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x3db8cb67ff95bb34, 0xff3d8b63ad3f8319
	.quad 0xc130000000000000, 0x80068c160665d9b2
	.quad 0xd37ed76941100000, 0xbef4a86493133916
	.quad 0x80335b3041fe5872, 0x7ff0000000000000
	.quad 0x3fabeca92b30ec17, 0x53a5a0c8977ffef5
	.quad 0xc008000000000000, 0xa526bb5d22e59ba9
	.quad 0x51d8b886dffb7bfd, 0x3fea7369a1b6bea9
	.quad 0x3bd98e5a47000001, 0x003f0a7306ca92ce
	.quad 0xb79e0000ff133053, 0x7f800000cfffffff
	.quad 0xc340000000000001, 0x3f896360007b3552
	.quad 0x0000000000000001, 0xda9a6c6f37675bbe
	.quad 0x42f8f9524259064c, 0x4072e6048524660a
	.quad 0xde759607ff800000, 0xffc00000c0200000
	.quad 0xa9e463fabcf27fff, 0x7ff54f6666895e79
	.quad 0x3f168211bfaa52d4, 0x4004000000000000
	.quad 0x0d9bba3adb370000, 0xbff0000045a40000
	.quad 0x7fc000009a85917b, 0xea4a26e4db0b2a18
	.quad 0x46af0000ff964d60, 0xa6bf01748f0f8083
	.quad 0xc3dae152ac609116, 0x0000000000000000
	.quad 0xc06e5a3ffed1ec97, 0x2eb27008e461096d
	.quad 0xc54df6acffc0f03d, 0xbdd1f542c35fd898
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x816ce5376e6c5b74, 0xc022c00000000000
	.quad 0xff800000732a470f, 0xfff0000000000000
	.quad 0x94fa16faf873ee21, 0xe8f51dcbf7ff1d28
	.quad 0x0005aff4c4ceaa18, 0xc11f2f15b7a10000
	.quad 0x63522157fef9e97e, 0x3c3e00004075667b
	.quad 0x3f96f7531e0d15c7, 0x0026fb3e3fc830e8
	.quad 0xf394997efdcb4062, 0x4036c51e7fc403c8
	.quad 0xbd3cbe75433d7ff9, 0x88e1435cdfffffff
	.quad 0xc023000000000000, 0x2c67d0b43ffffffe
	.quad 0xfbc59acfc97e4a3d, 0xffd0000000000000
seed60:
	.quad 0x59a263c04a4e8bf3
	.quad 0x00000000000e14f1
	.quad 0xfffffffffffffd29
	.quad 0xe677e887ddc31173
	.quad 0xffffffffffffff54
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xffffffffffffffb2
	.quad 0x28ccb850043d4fc0
	.quad 0xffe419778edca4a6
	.quad 0x0000000000000001
	.quad 0x0000000000000014
	.quad 0x881ce4e5de13fadf
	.quad 0x0000000000000221
	.quad 0xba8031adb3943714
	.quad 0xf461028f62c0c01b
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0xfff0000000000000, 0xff81966fbf96e5e0
	.quad 0x00a00212410c0000, 0x71a58f14bf9bf3ff
	.quad 0x41e0000000000001, 0x9c1de988b7291ec5
	.quad 0xbff0000000000000, 0xc01c000000000000
	.quad 0x3087f367fd0e7cca, 0xff80000000800000
	.quad 0x41d6d568ffbe193e, 0xfff0000000000000
	.quad 0x5c8a2f185aab7feb, 0xb937f072bf8a4820
	.quad 0x234a99f3a3edbfac, 0xfffacd796ce76c1f
	.quad 0xba2000003c44fddc, 0x15679fa915ceee0d
	.quad 0x3ff0000000000000, 0xfff8000000000000
	.quad 0x21273674ecec69b3, 0x40ca5b6d71902977
	.quad 0xcf120fb69d7c9634, 0x7ff0000000000000
	.quad 0xf2ccd2d39f167787, 0x0ca87f5140000001
	.quad 0x0010000000000000, 0x63b6b701e5bf7e72
	.quad 0xb6db4d269433146a, 0x7f1e04545b3df47a
	.quad 0x3f44000000000000, 0x802dd0e24f000000
	.quad 0xffc000006fba8bcd, 0xc1060000ff800000
	.quad 0xff999b3015514546, 0x7fddacbaf84cbffe
	.quad 0x000022d275e1776c, 0x9377dde53790fd2f
	.quad 0x6026ac916cc999f7, 0xbfb31124339744e3
	.quad 0xf283d583410c0000, 0xf9858a625a123181
	.quad 0x41f383a8dab2c755, 0xc3271bf0017fffff
	.quad 0xdbc41f7486f33f00, 0xed0960893c3007c3
	.quad 0x21572fc4fd9cf27d, 0xfd3b165cae26cb9a
	.quad 0x56ff2ce5eaffffff, 0x1a56f3e63d1f117b
	.quad 0x3fe2ae97d47f7f99, 0x7ff7e515bc7d4209
	.quad 0x6d566459c12bf104, 0x8472d3e129a90108
	.quad 0xc06cf1a3cb3ba203, 0x5cbf0320a5e5b201
	.quad 0x800b6ff893d8db3f, 0x8ff30f9cc5e80000
	.quad 0x0000000000000000, 0x01f44b317fc00000
	.quad 0x9b8512d8a9f3fcd6, 0x800000007f8587c1
	.quad 0x000ca133986692d6, 0x3c553938bf800000
seed61:
	.quad 0xfffffffffe71ccbe
	.quad 0x0000000000000102
	.quad 0x2d27a34d7dbc96a3
	.quad 0x0060b2edb65d16ef
	.quad 0x29474dc9ed265ef1
	.quad 0xffffffff80000000
	.quad 0x01136298a678307b
	.quad 0xffffffffc39532b0
	.quad 0xfffffa06df606b28
	.quad 0x878d516cd79b032f
	.quad 0x52954af8430f370e
	.quad 0x6d146cffd091b661
	.quad 0xffffffffffffecc4
	.quad 0x00000000000000c2
	.quad 0xffffffffffffa307
	.quad 0xaa933c763f824dbe
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x41fd8a2f40ffffff, 0x3f9fdcde3f7dec12
	.quad 0x03763243ac28d339, 0x71751911ff800000
	.quad 0xff52d0d6fee89516, 0x0000765cc3ea2b64
	.quad 0x1e92401fc5d0c65b, 0x8000000000000000
	.quad 0xfff5efe66a898e35, 0xc00b000000000000
	.quad 0xffe7f56e59800001, 0xbf60000000000000
	.quad 0x287b583ebf3dc513, 0x8f504a46951c7c00
	.quad 0x43ff8c92f85a210b, 0xbfb34c9902cdcfea
	.quad 0xbd96000080000000, 0x9325d6669139bc00
	.quad 0x7c026a3cf9f7fc18, 0xc042257c9638a345
	.quad 0xfff8000000000000, 0xd632240123dd4100
	.quad 0x7ff6a6e12d999ec6, 0x7f800000ffc00000
	.quad 0x000fffffffffffff, 0xec51b39d930866ff
	.quad 0x8000000000000000, 0x7bf8f1f3cc16bb00
	.quad 0x0172c2e6174a0000, 0xf8cef70bc730f6f3
	.quad 0xa9cea862ff75ffbf, 0x749979f02aaf8000
	.quad 0x0a23a54dd2cf7e00, 0x000e7252ac3bb3a8
	.quad 0x0179794bde3b2cdf, 0x69f9c0636b3e5527
	.quad 0xc0e400003fd9247a, 0x8000000000000000
	.quad 0x3ff61b10f6c8e660, 0x3ee6000000000000
	.quad 0xc52601c2204d7c78, 0xcab70b5eddb57c00
	.quad 0xfe4b41a0bfbeff7d, 0x4060000047ffffff
	.quad 0x7ff097c6dc65d1e3, 0x7f7fffff4216cdcb
	.quad 0xffc0000080800000, 0x7ff0000000000000
	.quad 0x07f44c24dac70001, 0x0000000000000000
	.quad 0x41f12ad830865474, 0x6361aa060512075e
	.quad 0x9888134abcfefffb, 0xc00cb28ffe8d44e8
	.quad 0x57fdff562eed040c, 0xc118000047ffffff
	.quad 0xff80000000000000, 0x4a533085fffa8000
	.quad 0xa3fd5b8a64a9baf1, 0xc3d323d7bfff77bd
	.quad 0xf3fe2e0c00ce19c6, 0x3f77bc8594207ee3
	.quad 0x43dc0000a6813b7e, 0xffef450841120000
seed62:
	.quad 0xfffffffffffffff8
	.quad 0x0000000000000000
	.quad 0x7cc5ffb42cd26b09
	.quad 0xfffffffffffffc7f
	.quad 0xe863a614a9215c8e
	.quad 0xa7baa5fefdf94979
	.quad 0x21a8b62aa60ca9f6
	.quad 0x0000000080000000
	.quad 0xffffffffffb32503
	.quad 0x0000000000000021
	.quad 0xffffffffffd65b06
	.quad 0xffc4126e3a2196df
	.quad 0x0000000000000311
	.quad 0xffffffff9d163397
	.quad 0x0000000000000347
	.quad 0x2ad55dcd0a287351
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0x4c0938d566ccfe00, 0x006f517ebb960d37
	.quad 0x801abf04457f2f6b, 0xc242c91abb82968b
	.quad 0x10b55c9e7fbfdf59, 0x00488839e2d87a53
	.quad 0x7fc00000c0e00000, 0x0cc1118dc3a5b151
	.quad 0x00278e4fdc277734, 0xfffb92673f3760c3
	.quad 0x31c20e364478de42, 0x8005c17048b57da2
	.quad 0xfff0b6d64000e06d, 0x3c7ead9dfffff7bf
	.quad 0x7ff17545bca2ab80, 0xff800000c7b30000
	.quad 0xddb7fae1f8e503e6, 0xbf8db305e8a6a2b9
	.quad 0xeacdd833fd7f73fd, 0x0f462c87fffffddb
	.quad 0x7ff0000000000000, 0xffc000003aa5ca59
	.quad 0x800000003e9508b9, 0x6f4624281c7af80f
	.quad 0xc01fb9f2c6661d3d, 0xfff02e12a2f774a3
	.quad 0x938a4a2540ea58c5, 0xc0d3c098ff9ef939
	.quad 0x7effffff77b027e0, 0x1d5c3634c8bfeffd
	.quad 0x82ec526cb76dd3fa, 0x2dff6a8a069b0000
	.quad 0x407fffffc0e40000, 0x7f800000bddb10ce
	.quad 0x7faee10700825cfc, 0x000000000c51292f
	.quad 0x6d0df5e0b1c4fcbb, 0x2446c20d542f16cf
	.quad 0xf198ff386d69fe00, 0x7fb45393fff1dd2c
	.quad 0x95b343530f4909fb, 0x4002000000000000
	.quad 0x410c00007cb796b7, 0x000f81358ef36f7b
	.quad 0xd64afc9506fbc6e1, 0x7f85d43fc285ba8b
	.quad 0xc048c00000000000, 0x78b1252eff9283ff
	.quad 0x833cdf21ac1f66dd, 0xbf88c50584c11923
	.quad 0x00a6ddd9cde8f56c, 0x80000000fa119754
	.quad 0x97337fd4f0be7593, 0x447b000072d6d8b6
	.quad 0xc380179ef2f828fe, 0x8029761ad0ba0579
	.quad 0x98a62b9742e0fe00, 0x4839030dbee2ff95
	.quad 0x2a6155be2e77011e, 0xc09000007f800000
	.quad 0x3ff0000000000000, 0x00edb1b67f8044d4
	.quad 0x52fe2e7e5d5caf6b, 0x40fffffffffffffe
seed63:
	.quad 0x0000000000000180
	.quad 0x74ad1d4e0a468e33
	.quad 0xa8c3eb2bc16a6ae6
	.quad 0xfe576f4c9b4e0e43
	.quad 0xfffffffffffffda8
	.quad 0x0000000000001d5f
	.quad 0x5b71a434c9db5f5b
	.quad 0x0000000000000000
	.quad 0x637f3ca2a7004490
	.quad 0x0000000080000000
	.quad 0xffffbbb41f6b745b
	.quad 0x813a9623c4a54c54
	.quad 0x0020000000000001
	.quad 0x000000009d34e23c
	.quad 0x0000000000000100
	.quad 0x5b5f4931d111b495
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xc11a0000c1180000, 0x4848000080000000
	.quad 0x80effb6491f1517a, 0x4023800000000000
	.quad 0x7f800000eea0b906, 0x138b6f728850e481
	.quad 0x559a9a337fb68760, 0x80124584ff954d40
	.quad 0x859febabacb2e651, 0x942015e1e30047c0
	.quad 0x8000000000000000, 0x800fffffffffffff
	.quad 0x40cc00007fa922f2, 0x42829df240b80000
	.quad 0xfaeb3a18007fffff, 0x67eead3e3644b912
	.quad 0x8005aff724f38b7d, 0xbfb32d46a926f3d2
	.quad 0xe5fecc0695a9f829, 0xc4fe74741600a582
	.quad 0x80293c42ff905373, 0xbf06000000000000
	.quad 0x422327c8ff800000, 0xff80000085b50a8b
	.quad 0x7f80000000000000, 0x41100000990cc965
	.quad 0x7ff69776d52dd302, 0x80121813abdcd0a7
	.quad 0xc02c465ce4c08181, 0x3f5a000000000000
	.quad 0x298f3751bf3f0000, 0x40e35c357f9d9707
	.quad 0x22a70316fed7ff75, 0x8006fcd90c077316
	.quad 0x11e6b3a2acd4216d, 0x7f8000003ba96985
	.quad 0xedae83547da38543, 0x807fffffbcb7c253
	.quad 0xfffcc9f07ff3b882, 0x3e040000b8a89445
	.quad 0x4281ad3bffb15dd5, 0xfa94fd9f9be70800
	.quad 0x7ff0000000000000, 0xffc00000a4176498
	.quad 0xbf40000080000000, 0xb70e60e3ffe87f7c
	.quad 0x7fc00000c3cd204d, 0xc6ecef58ffffdffa
	.quad 0xff800000012687eb, 0x7ea529c0e363bee0
	.quad 0xfffcc3f8b8f2f74b, 0x234b9cafdfebf7ff
	.quad 0x999a2c751a511f9d, 0x7f865962c780b0dd
	.quad 0xffe0000000000000, 0x723231a7a044fc00
	.quad 0xcc1dfdbca3cb0bff, 0xdfffffff3b800000
	.quad 0x8000000146400000, 0x0035f97b35840000
	.quad 0xfdb23e8ff6b38501, 0x5f3c98917fff7864
	.quad 0xb1d8615ffdf5ae9b, 0x2fac2b51bfd7e5ba
