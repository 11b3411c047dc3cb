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
	.inst 0x6f36e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcc58b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f51fd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eeff536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd45257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e700268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2cf5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea0c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e72ccdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e4268df
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
	.inst 0x5ee0d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e20fd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fcb50b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e62c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0cca14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21ca55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2669b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2101c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e37783a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e70032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0c8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3101ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e20d51f
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
	.inst 0x1e240910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0d831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2f9614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e20dcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60367b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e3818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c019
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
	.inst 0x1f362f5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2201dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2542dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e60e5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3108df
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
	.inst 0x4e618890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc01a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2dfd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e189644
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2bd475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6228f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f09f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1d8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e642040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2ef5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7002ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c05f
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
	.inst 0x1e6300f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f679a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6741f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0b35f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee4d4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61ba56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0da57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2720b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0d999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1a83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8f91fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcc913c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eefcf9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea198fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22019f
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
	.inst 0x9e390120
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
	.inst 0x4e61d892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6541f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2300f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e610165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e198c66
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f57e698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58dce9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0c9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71024b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e23dd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e668b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70db3f
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
	.inst 0x1ee24150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20ccd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6300d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f66e414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2300f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2bf438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa018d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61ba5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d055d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67483e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7508df
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
	.inst 0x1e660870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e308871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e6168d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30ca15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6ad4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e68dc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c1f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6201d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6cc59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f11c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f7d3f
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
	.inst 0x1e6a1535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e219831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e6fe4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0d853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02a934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18f5e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d151f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6694df
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e263838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6818f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34091a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcf129c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e43f57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f44e47f
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
	.inst 0x6ea9e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1f811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f30c4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7800a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6cb014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0fa05995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e214402
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
	.inst 0x1e365ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fca98b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f083cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d099b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0d3f7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1a85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e2eed3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61681f
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
	.inst 0x7e61a910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fa35111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70ca53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e697874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f600a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a54bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fce50d9
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
	.inst 0x5e2fdc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65387c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e21a93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0fb3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1ab3f
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
	.inst 0x1e2c8810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2f9a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef1c4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f31e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c28d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2009f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1b917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e27dc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e664019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4f25ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2000cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1e4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fa8503d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b8c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c03f
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
	.inst 0x4ea0f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f709e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef0ce12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e20c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21e554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0f535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e75f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1a8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0c8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee3c479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1883a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eaeec9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0d93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6afd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2200de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61bb3f
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
	.inst 0x4ee0fd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1b8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5eaafd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f4fe5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6cd544
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fce1017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6ac518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2199b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c29a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e28010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0f95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ef2c51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f5475fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1d9bf
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
	.inst 0x0ea2cc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3fb011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e712000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e3954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f66b855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1b876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f7bfd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e669e58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee4ecb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea1d9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2641db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29a571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f9b5abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f63e59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f7de65f
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
	.inst 0x4e6af450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2520b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2139b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6cfdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e260937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e43f4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fd59a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e23e45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e622040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71026c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67383d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39024e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6502af
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
	.inst 0x1e02cc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e390201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b2972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e218a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b19f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6301d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e618876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f865097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4f9ef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6ec4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23501a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2169fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0a285c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24944f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e29dcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6efc5f
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
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6b8951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61a9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e304873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3001a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b3835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f443458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0fa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6fff3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62383c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2be43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e74ecdf
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
	.inst 0x1e261970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b5831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea1b8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61c8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0d854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb3ee55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e439c96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e746a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0d86d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e292aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4960fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20089d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c07f
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
	.inst 0x4e216910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70f5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2cddd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e27d434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2500e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee188d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63497a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65ef3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e78018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61a89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e630b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1d83f
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
	.inst 0x9e210120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1d551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f71e5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e32fdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c7874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3800a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f033276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e60f477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6d2099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f28e4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3902cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c2dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eaaef7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6100af
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
	.inst 0x9e380140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2e3151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e4489
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6179d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e290124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e69f017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea2d5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea1a979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c15a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60387b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23013f
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
	.inst 0x1e61c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6200f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e6dfc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fd210b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e604994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b8015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0d38f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7800c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f841a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc45059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2102ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eb7f51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f50805c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e65000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f453dde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fac5a7f
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
	.inst 0x1e23ecf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e622a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f200c13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e600004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21ecb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e661956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e69eed7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2199b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f509dfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70f81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f5de5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e217a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e31026e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1b91f
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
	.inst 0x7ee1a910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e300161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f1040b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0eb3c4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcc9a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e300206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21b4a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0f9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e65d659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f543a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a7d7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2fddfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62695d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20685e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6169bf
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
	.inst 0x1e6f09b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6201b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcb9013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e608c14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6401a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e600266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6dccd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e33b019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e76d4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43c57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1b9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6236fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f7efc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6135cf
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
	.inst 0x1f459470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f314632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e31ed53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2169d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f1815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eaeec37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e255db8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e193629
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f68e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2022c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea6eddf
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
	.inst 0x4e6dcd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd05a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fca5813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2828f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6101c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ef1d537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2dedf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e42c9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f31feba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2fb56c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2638dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f98929d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1f8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39008f
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
	.inst 0x1e608910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e706c51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e4304d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30c893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3320c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21da75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e612160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2ce5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e22cc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6694fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e23fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b399d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61417e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c1bf
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
	.inst 0x0f2bfcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eaeedb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2001e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e664113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e672934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fc19015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ef3f4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e688877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6000e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6201d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69185b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b081d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3901ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e429d1f
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
	.inst 0x1e650d90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e701a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f48a0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e72ed53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e2bdd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65551a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61d956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5eb1feb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e676a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f36c95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee5d53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e29c59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23015f
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
	.inst 0x6ee1a930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e67e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0cbcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e222020
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
	.inst 0x4ee0e995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c956
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
	.inst 0x6eb0fa18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0c6079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e234cfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61c43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f22bd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c85f
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
	.inst 0x9e310000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0faa1a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fd59236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e59f587
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e4380d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee18939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea8c53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2ef53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0c93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0c8ff
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
	.inst 0x9e2301d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a35ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e218a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e654213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e710264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e73c635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d38f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e024cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2800c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e72e41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e663b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fae997c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18bc8d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f039d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1999f
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
	.inst 0x9e6201f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e657e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc61254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e250125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e67edb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e250ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6835b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6200d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e72901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2402cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2dc49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e61681f
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
	.inst 0x4e67c450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e650201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea8d4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea9ec14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e25e675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f3be4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6200d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e652150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d2659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21d99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61c85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d08bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee5d4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2803ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f21e53f
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
	.inst 0x5fae90b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f4ce571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2858b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e618813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e290a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e290025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2200f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea4fe37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6401a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6301da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61997b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2ba57f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7e101e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67289f
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
	.inst 0x9e2201b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0c891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e66dd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c9c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2078f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7278b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f124a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e713958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e616879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e28030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e69fc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f112c5f
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
	.inst 0x1e58b440
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6bd4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6cdd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e672a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc819b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3219b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2178d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f36e6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee7e63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61285c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e2ee51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2bd5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021f8
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
	.inst 0x1e280040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6301d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e435033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e73fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eb0f656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fd51857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e28ec18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3102ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e38cd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e42f09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e76ec7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67387f
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
	.inst 0x9e0345d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0aa4f1
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
	.inst 0x1e680203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e72c654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2fa09975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7021a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e32ded7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7900a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d7a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc5907b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f495e7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f829a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d499f
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
	.inst 0x1e602140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e19f941
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f32fdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f034a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e26f476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e219917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f40e6f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43b579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0ca3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e02f1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20501e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63013f
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
	.inst 0x1e65c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e254951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5eacfcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e614035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f432c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fce9198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f9475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6440db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e4379dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f61fd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2401e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24427f
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
	.inst 0x1e6f2830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f21e4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f7ee5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1aa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f8690d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fc69877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f74945a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f7834fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21281c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0c93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0281be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c8df
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
	.inst 0x9e3900a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fd09811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e300243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0f9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e214175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6379b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e72dc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fa79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e61697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e25fd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea0d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c25d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2139bf
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
	.inst 0x1e6100c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6bd411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6cc615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6998d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e029037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e216838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e776e5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42d45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61f4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f58285f
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
	.inst 0x1e261810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2244fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6199f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e290124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2440f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2db017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea7fdd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02acda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0dafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc11bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e491f
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
	.inst 0x6e6fc530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70f891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e224cd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fac51f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e258a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e022cf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f430df7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f8a1198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e304571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e236e3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e235dbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21b93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3801ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e0265df
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
	.inst 0x6e26dc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3001a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee0ec32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4f2253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02b454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21c835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0f996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e24ee57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1d418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f609119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6301da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2201fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee188dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f1a1f
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
	.inst 0x4f4fe530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21a8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e2ce414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f064c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7000a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f49e4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f515899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03c9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1d99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e78fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1b95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20030e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2755e3
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
	.inst 0x5ea4fd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f7afd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0c9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f12be33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eefceb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e368997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f23c818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6241f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6200bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e60e65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e39010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a389e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1f9bf
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
	.inst 0x0e21e470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e20d591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee4f413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee18874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e692050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e621956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c2b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2740d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3102e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3838da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc51a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e18894d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fa499be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcc18ff
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
	.inst 0x4f54fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59edc2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e192c63
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2301f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eafd535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f75fcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f448517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1a939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c2da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e597b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f21107c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c2fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f461ddf
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
	.inst 0x5e21d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e19e961
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee2c592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2414b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f668857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70d9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2300f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0d97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f165d1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2179dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2eabe51d
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
	.inst 0x1e6c889f
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
	.inst 0x7ee1b9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e582021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa35212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e32c473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7800a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2300d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f293556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e32c417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6430f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e24cd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e25c4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c0fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f47b4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21697f
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
	.inst 0x4e23dc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f1a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6ae412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d28b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0d976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b2897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e217918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2000e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2300bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e30191c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69689d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f33fc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7afd9f
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
	.inst 0x6ee1a950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e640121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f819092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b19b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e304914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7448f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6bee97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eedec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e58dc09
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f7efcda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e660a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f22393e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1b83f
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
	.inst 0x1e221010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee7f511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1a852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1b993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2f31d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eabc635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7519d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e632858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6378b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65189a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f65335b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2189fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2dd59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68158c
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
	.inst 0x7e70d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e608a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0d835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e617ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea7d597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f8f58f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee2f639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e79010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30f99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63487e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e252a1f
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
	.inst 0x1e2d59b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f308e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710a32
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
	.inst 0x1e722160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0da75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e61c876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f75e5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0ead8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2fc49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0f91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e4385fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea3c79e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23001f
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
	.inst 0x7fab91d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0b8951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e70d492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb2d453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1b814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f53a075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e63d656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2801e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3101a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d6919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60395a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21b8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eadd4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e34781e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e668cdf
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
	.inst 0x7e61d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f8f5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2839b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0ca74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f693635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3102c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea9e598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f8159f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b29ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0da1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc791fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e28036f
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
	.inst 0x4e62e5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e264132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e20c0f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2119d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4c1c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2cd676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f018817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea0c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2bc5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6102ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ef0fe5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1d8ff
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
	.inst 0x6ee1b910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee241f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0f873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0e894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e790045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e618856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e657877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d6939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61d8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6500eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e70e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e692390
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e43d11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee8f41f
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
	.quad 0xb4d562d260856e09
	.quad 0x9839ddf84d42e404
	.quad 0xb979f60fce24dbe1
	.quad 0xffffffff80000000
	.quad 0x0000000000000122
	.quad 0xfffffffffff7d941
	.quad 0x000000838d213361
	.quad 0x46963fc292121639
	.quad 0x45183d2cae2f9c30
	.quad 0x000000000076a136
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffd7
	.quad 0x0000000000000000
	.quad 0xffff5f24b7128635
	.quad 0x000000000000000e
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xff80000080000000, 0x3cf67c583d1eca7b
	.quad 0xd42a3d86ffee7c01, 0x4ebc82c7bf338000
	.quad 0x6622fd21b5a7dc01, 0x5fffffff80400000
	.quad 0x3f0000005425506f, 0x4f7fffff4622ca7e
	.quad 0x002fffffffffffff, 0x7e3991a9615077dc
	.quad 0xdb837b4bf3c4d7c0, 0xaf072a7c7f800000
	.quad 0xffee3b56c0300000, 0xffdfbc3e2f4c8179
	.quad 0x9ccc65bd8e13db10, 0xbffc8a43006ff3ba
	.quad 0x16e594d8ff800000, 0x2f088d849b772abe
	.quad 0x3becc2757ff814ad, 0xa8c165226416ce9b
	.quad 0x7ff0000000000000, 0xff8000007fe84b57
	.quad 0xfff8000000000000, 0xfff0000000000000
	.quad 0x7fed87357fa200b0, 0xa6ecb2607ff52f1f
	.quad 0xfff2df9b0bcab987, 0x8000658dc9b1d3ae
	.quad 0x7f80000000000000, 0x007f4ed1d9fffffe
	.quad 0xbfe6b418bfc3986a, 0xda7fffff42c70ba5
	.quad 0x802213fa3d8c9e92, 0x8a4d4a75fdb198e9
	.quad 0x837203631a4b1256, 0x00000000c3fa02db
	.quad 0x0049c7777f800000, 0xe7031de7fe44e086
	.quad 0x8ce0bb967fbfffff, 0x6b634491e0b4c674
	.quad 0x40da000000000000, 0xbeb7c00000000000
	.quad 0x38e8737cd59d79fa, 0x387e288a27307c00
	.quad 0x98cd24160e3643e4, 0x49aa57d97eb6dc85
	.quad 0xfff8000000000000, 0x7e1a53b39ec3c382
	.quad 0x00482e9580000000, 0x7faa032effc00000
	.quad 0x0000000000000000, 0xf85993b03eaf16ec
	.quad 0x7f0f6c8c41040000, 0x7fee4461f7aaf6bd
	.quad 0x40ad0ea8bf61465d, 0x3324a3d9fff48bd3
	.quad 0x896056ce23d57c61, 0x024f363cff9cfbbf
	.quad 0x841dd0f678acfd30, 0x4040000000000000
	.quad 0x40e800007fa04e01, 0xffc000008f11a8ec
	.quad 0x8000000000000001, 0xfe4e1399cab9d20e
seed1:
	.quad 0x00000000000002bb
	.quad 0xffffffffffffffa0
	.quad 0x00000000000002ec
	.quad 0x35dd7b06adc3fac3
	.quad 0xffffffffffffff6c
	.quad 0xfffffffffffffd12
	.quad 0xc8d90c7e09fe30b4
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x000003e28ecdeadb
	.quad 0x449203d0facb4bb4
	.quad 0x0000000001000001
	.quad 0xff0e94e8abc61b95
	.quad 0x0000000000000372
	.quad 0xe183041bc256830b
	.quad 0xffffffffffffffbb
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x6f86f9e3deffffff, 0x4055ebbe19a171f1
	.quad 0x7d123b2a2469abf1, 0x3eb495b2d31479a5
	.quad 0x400e0bec376505a4, 0x401f000000000000
	.quad 0xd46fa88a571cb485, 0x20d7173152bc1f41
	.quad 0x00000001bd310000, 0xa55af240ff3ffe2a
	.quad 0x8931fb5f7fc00000, 0xfff8000000000000
	.quad 0x894dce5409403a34, 0x00c6fbc885082173
	.quad 0x353cb4eaa6d28000, 0xeec1d61f80000000
	.quad 0xbf08000000000000, 0x7fdfffffffffffff
	.quad 0x7d435a8441be0000, 0xfff1fc3439bcb95f
	.quad 0xff80000080ffffff, 0x7ad156b00646b9ad
	.quad 0x60f703e6770269f0, 0xff0000007fb03d2f
	.quad 0x80a0de2e3f3ab851, 0x04a01b109edf87a8
	.quad 0xfb13c60091345996, 0x94f10d79450cc480
	.quad 0x7ff0000000000000, 0x1520feb1ffe97f5e
	.quad 0xe22c930f9c0759fd, 0xfedbf1afffa650a7
	.quad 0x3d07be4809eff506, 0xc3aa73d6dfb50000
	.quad 0x2571b442f729c450, 0xe1ec3d6a2ee8ab00
	.quad 0xc000000000000000, 0x4054c73a086b14fd
	.quad 0x29a82dddfec0c064, 0x409000007f800000
	.quad 0xffd769923c3f45fd, 0x3e77f796bd5ebf86
	.quad 0x7ff47d28b4a24626, 0x25bbeb13264fff88
	.quad 0x88b36bf2da78ffcf, 0xc076d237b68cb7bc
	.quad 0xdcefa410ffbff7bb, 0x1040014a102b2e39
	.quad 0x39100000ff800000, 0xffd0a37c8b6cebd4
	.quad 0x57220ea709e66100, 0x40b0000042952b50
	.quad 0x800000003cdc69b0, 0xce844e203cdffffb
	.quad 0x407289b044dd01a8, 0x4019000000000000
	.quad 0xff8000007fc7a7ff, 0xe19cb8675b0a0d26
	.quad 0x8119add47fc00000, 0x7ff8000000000000
	.quad 0x0000000000000000, 0xdf0000008032c2f7
	.quad 0x40ac600000000000, 0x8000000071cec450
seed2:
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff8b
	.quad 0xf4812592f580fe5f
	.quad 0x0000000000000066
	.quad 0xe8923ab1f1a14dea
	.quad 0xea53c9b8b171d596
	.quad 0x39603861215bd6b4
	.quad 0xfffffffffa7ce34b
	.quad 0x1f0193387eaa11ae
	.quad 0xffffffffffffffff
	.quad 0x1e31ca53a843625e
	.quad 0x0000009b6a70ce1c
	.quad 0x0020000000000001
	.quad 0xffffffff7c5f8f5c
	.quad 0xffffb43e76a80029
	.quad 0xffffffcdde0261aa
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x310a73878a7b0bb1, 0xfe062ac9da216de2
	.quad 0x3f400000807bbe6a, 0x81890a3008112c60
	.quad 0xbc675df5fc4d4b82, 0x24f47c71dc7d48b0
	.quad 0x8452672b00237958, 0x2966e3a87fb7fdbf
	.quad 0x7ff1f7bedbaa90c4, 0xffb5ca4d7fc1dcfe
	.quad 0x5fc7d0adffe861fa, 0xfc47cd0a007fffff
	.quad 0x821ae94adaad72cc, 0x4112000000000000
	.quad 0xf677dc13c4407e00, 0xa26b3c133c17c6f8
	.quad 0xff9017f400800000, 0xc023800000000000
	.quad 0x630743aef78911d2, 0xc2c4ad8d38f2d4d4
	.quad 0x1295e914effe2fcf, 0xc086e07f24456863
	.quad 0xbfb000007f000000, 0x800fffffffffffff
	.quad 0x415e3b3affee59bb, 0x808fdec31999d7f2
	.quad 0x3373010dc07ffffe, 0xff09c08beb9f58da
	.quad 0x80164ff776776d0b, 0xc5a01015ffcb7e48
	.quad 0x40f00000bddd5697, 0xc87b4e159b7f9a67
	.quad 0xfff9faf1f2dd2559, 0x3b890308ffc00000
	.quad 0x145d6c8e2c99c2ad, 0x7fdfffffffffffff
	.quad 0xffe0000000000000, 0x4024400000000000
	.quad 0x3fd5c00000000000, 0x8026621543d50cb5
	.quad 0x8505286f4198fe00, 0x3fd000003ea3b748
	.quad 0x1f974ceefeffffff, 0x5b91312effe00240
	.quad 0xb7c0000040000000, 0x7fc00000c9800000
	.quad 0x82d3be6a129520e0, 0xc8786f1b7f940000
	.quad 0x8027c8cf40300000, 0x803588ef80000000
	.quad 0xc01806ba8e212f50, 0x000000007fc00000
	.quad 0xc3896cc2f2f25333, 0x10ee314f7f800000
	.quad 0xa0732cb0467953f4, 0x02bd184ed8387535
	.quad 0x872dad6140cc0000, 0x27cdf471d07903ff
	.quad 0x2abaaab9c6cb5685, 0xd91c693d931b3081
	.quad 0xe655f9388e78c5c0, 0xc05599feb787a85a
	.quad 0x40c8000080773986, 0xfff8000000000000
seed3:
	.quad 0xfab90bfb94eabe2f
	.quad 0x3945d17cc730bb95
	.quad 0xffffffffeaf868cf
	.quad 0x00000000ffffffff
	.quad 0x000000000000035a
	.quad 0xfffffffffffffcd3
	.quad 0x9f82ae54e2d962cd
	.quad 0xd041f3b14800f120
	.quad 0xfffffffffffffe4b
	.quad 0xffffffffe658955c
	.quad 0xfffffffff67fdf53
	.quad 0x0000000000000211
	.quad 0xfffffffffd9fc4d6
	.quad 0xcacdc21f6a719a4c
	.quad 0x60ea42338da322ea
	.quad 0x0765bf3f5f469eb5
	.quad 0x07c00000
	.quad 0xc0000000
	.quad 0xff9d3996424b9d80, 0xc03c7460ba2a4fb9
	.quad 0x3fde454f75e63cbc, 0x00000000ff800000
	.quad 0xff8000003e505aac, 0x7cb5547e25f6d144
	.quad 0xfff8000000000000, 0xa48a6abeff6ac68d
	.quad 0x8000000000000000, 0xde8a9d767fa8344e
	.quad 0xc0d000006ea86c0f, 0xc77fffff854be85b
	.quad 0x3fe81dd370d2b8cd, 0x598e00257d5ffbff
	.quad 0xbfde9984183a7b7a, 0x7fc00000ffaaf40f
	.quad 0xcf7ffffe086ec3f5, 0xfff5828ed8610eaf
	.quad 0xc3e22b0c80000000, 0x1af8bba9fb6d9ddf
	.quad 0x7d874dd1f39ffd34, 0xbf06a00000000000
	.quad 0xbc2ec92740d40000, 0xee832370dfbffffe
	.quad 0x08611b477e47ffb3, 0xf5fc6d5eba24dc03
	.quad 0x815ef0c56e017d6b, 0x66566ddfffbf9f3b
	.quad 0xff800000cf7fffff, 0x5f800000474e8ad4
	.quad 0x7effffff7f800000, 0x5e19a0349edae925
	.quad 0x40200000477ffffe, 0xc1403dc9c0e80000
	.quad 0x3fe8d0ed9a9d94ea, 0x414400005dffffff
	.quad 0x7ffb877e1fd61bcd, 0xbff85ac059fa6074
	.quad 0xc06f03a35f5ac6e1, 0x8000000000000000
	.quad 0xd9176257ffbe26f5, 0x00000000162acc36
	.quad 0x3d42d81fffaa0200, 0xc1888ba238380000
	.quad 0xd6608264ebdeac77, 0xff55f4f8c16c95fb
	.quad 0xcd161cb92821f3f7, 0x5b874bc2ffeafeaf
	.quad 0x76639a65e0d3c280, 0xc1dd72a845800000
	.quad 0x8000000000000000, 0xed3126710bdcc261
	.quad 0xbeadbdbd43cf7b88, 0xbfe12a3b0b4eef12
	.quad 0x2fbbdda2792938d1, 0xffb0edbbffbbeefa
	.quad 0x14c1635aed66fd91, 0x3fc3000000000000
	.quad 0xdabd7a582760f669, 0x1bc94ba77239d878
	.quad 0xc015000000000000, 0xfff0000000000000
	.quad 0xffcc8653fe800000, 0x8000000000000000
seed4:
	.quad 0xffffffffffff29bf
	.quad 0xffffffff80000000
	.quad 0xa3d2f7af1f436979
	.quad 0xfaf99ca8824cb5dc
	.quad 0x5a6ef8bf5bc3f606
	.quad 0x00d1d7b3e7c4b429
	.quad 0x000000000000012a
	.quad 0xfffffffffffffb32
	.quad 0x4e807304e6c96734
	.quad 0x00000000000000b5
	.quad 0x7fffffffffffffff
	.quad 0x00000000084ab362
	.quad 0xfffffffffffffdfd
	.quad 0xcc375cf2b8118489
	.quad 0x0000000000000097
	.quad 0x7fffffffffffffff
	.quad 0x05000000
	.quad 0x50000000
	.quad 0xa4a104f240900000, 0x3f91ae915af8b225
	.quad 0x7dfdce39038d5142, 0x3ec000003ded1729
	.quad 0xa100a2caa5664239, 0xfe986235bfbbc414
	.quad 0x4250c39aff800000, 0x7ff8000000000000
	.quad 0x0167401d00930153, 0x185fc235a1df1c41
	.quad 0x801131a594e2f60f, 0xc015400000000000
	.quad 0xe91eaa79345f04d1, 0xc0f00000ffa1171e
	.quad 0xffb66db0ff800000, 0x38f9872f323f4580
	.quad 0x14862ced1b6f1c81, 0x4d8da69e4766277e
	.quad 0x80e76ad9290dbb33, 0xbe70000080000000
	.quad 0xbf77c2234a487007, 0xbd71b58e74a4fce0
	.quad 0x804039923d098dd9, 0xae59f0c5ed12677d
	.quad 0xfff10e637fb6c400, 0xc0579abb1efbf6cf
	.quad 0x6ca5bbbe00e4016f, 0x9a1be32e5c707c00
	.quad 0xcdd4dbba9d3b119c, 0xf469aa4f3f800000
	.quad 0xff87235bbceb1f2b, 0x0000000000000000
	.quad 0x131b8358feff6f86, 0xda1959bbff7fffff
	.quad 0xffd04a41c4ce98fe, 0x43c3fba87facde67
	.quad 0xbfd8cb9d8d2e1adf, 0x4372ce52bdbc20cd
	.quad 0x8000625ce6c29b38, 0x7e7d4dca7c1ddb29
	.quad 0x0000000000000000, 0xbfd6b26d43597b07
	.quad 0xc020800000000000, 0xf6bc605aff3fdbff
	.quad 0xe45b21c284556eff, 0x5572fd99e1dbbe80
	.quad 0x49f4000074471344, 0x5a7598f280000000
	.quad 0xff1e3c61ffc00000, 0x000000007ffa70b8
	.quad 0x4513c3ae1d278bff, 0x01e6c38b66d1bf18
	.quad 0xfc15c5db77cdd10f, 0xea41e95ec6094080
	.quad 0x4f42ea467fffffff, 0xf0528356ffbef2ab
	.quad 0x435277d1ff800000, 0x1fb97fe7bbdb7fff
	.quad 0xecbb8625ffcab9e5, 0x32d3075dc77fffff
	.quad 0x006ce6ceb2123ca1, 0x403e38fb19374cd7
	.quad 0xbc0697fe612c5a38, 0xc42982e7ab63bece
seed5:
	.quad 0xefd2ae589ddd5fd6
	.quad 0x113bb6728303e882
	.quad 0x01156fc786a436d5
	.quad 0xac072026d33c5c13
	.quad 0xffffffffffffff64
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffeda
	.quad 0xbc212e1010d45f0a
	.quad 0xbaca8443cc030429
	.quad 0xfffffffa580f348c
	.quad 0x0000000001000001
	.quad 0x4284d117ef1c1f19
	.quad 0x0000000000000003
	.quad 0xbc888406484c5836
	.quad 0xb8c0b63666b2e91a
	.quad 0xfffffffffffffd7a
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xcf7fffff40e8cb7b, 0x6c23cf47445d3599
	.quad 0xfff0000000000000, 0x405cb0f031b36090
	.quad 0xcd8fc0ad94f0a7d6, 0x0f4836d2f936aba5
	.quad 0x8008000000000000, 0x8008000000000000
	.quad 0x40fffffffffffffe, 0x7ff33db325171b4d
	.quad 0xffc00000ff800000, 0x0000000000000000
	.quad 0x57e786c39bdf1b75, 0xffb9fafa75157676
	.quad 0x134418dabff668dd, 0xab2c52d93796f200
	.quad 0xbd58e9cf0e3b1c51, 0x7e234c8b8a91fe2c
	.quad 0x8009b2936e7fd0d6, 0x40b4624eff800000
	.quad 0x400a75bcaa2fda30, 0x4343e6833533dc99
	.quad 0x835032a12db5f701, 0xfc3a463e6cdcf0d0
	.quad 0xa2c6229bffa777d2, 0x0fc6103afeffffff
	.quad 0x7fcf3987428ceec0, 0x8f5181cc00000000
	.quad 0xc03e14f89675f393, 0x8000000059800000
	.quad 0x807fffffc0ff5ba3, 0x5212e7afc589ffdf
	.quad 0x2a6dcbdad2ebf800, 0x6b3e1110fa738000
	.quad 0xa37f0adfd6fd3fc8, 0xac718b4b2545019f
	.quad 0x402682f98ac35acd, 0x8776a6f52a445b66
	.quad 0x47fffffe6190206a, 0xc8486660aa08c580
	.quad 0xb8b2f8131923f9e8, 0x7b02291abe6d989b
	.quad 0xfff0000000000000, 0x8e7beae8d81ff889
	.quad 0xe46d413dbffffff5, 0x00d0f9ff9ab9b1c2
	.quad 0x8058eb3340180000, 0x7f80000070e3dc46
	.quad 0x977997996db8ff5d, 0x6d00b94a10dbdf05
	.quad 0x15cbf44144feb707, 0x9bf0b98d7fe2fc00
	.quad 0xc3d2bb9200000000, 0xffc0000052815385
	.quad 0x2db08b237ffefffb, 0x7ff57dd2cca717a1
	.quad 0x550ca128733357c0, 0x67dac4ea2c3a199d
	.quad 0x7fc0000080000000, 0x800000007f800000
	.quad 0xf7e00701c0400000, 0xbfb5e8a36b8d5e80
	.quad 0xc11600000116c9c7, 0x4327f464007376a2
seed6:
	.quad 0x058f94257321d638
	.quad 0x744e38675e1237c0
	.quad 0xfffffffffffffd42
	.quad 0x000000000000085a
	.quad 0x759f5601582edd06
	.quad 0xfffffffffffffd99
	.quad 0xffef08376fdce122
	.quad 0xcd2f2a94e1248557
	.quad 0xf95c7d7088b8d448
	.quad 0xfffffffffffffd6e
	.quad 0x5096fd8f6d91b4ab
	.quad 0x000000000000021d
	.quad 0xffffffffffc9289f
	.quad 0xfffffffffffffe2f
	.quad 0xff38f479f876d7e1
	.quad 0x0000000000001a89
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0xbefd000000000000, 0x4054a82b40a00000
	.quad 0x4330000000000000, 0x7f8000003d1f4096
	.quad 0xffab3cc440080000, 0x7ff38fc69c040db5
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x54c25d042b19b28b, 0xc24ff7c07f800000
	.quad 0x7ff0000000000000, 0x0295358b893255f7
	.quad 0x000000003c69a544, 0xbfcb19ed5469d487
	.quad 0xdf365c537f7efffd, 0xfba0feeac10488d8
	.quad 0xf9b9e9c76cef8000, 0x0ecd871c7f7dc75a
	.quad 0xbef4e09bbee88f27, 0xa0621f3d3f827e33
	.quad 0x7e296eb66b7fde3d, 0x7c310c1176db3d14
	.quad 0x7ff0000000000000, 0xff8000000c612c63
	.quad 0x39ec404bb6a6c560, 0xc25e3f973db5f2cc
	.quad 0xa18494b23d943928, 0xc287a12b03883c4a
	.quad 0x0c5e664832960000, 0x49c5ef31d67db999
	.quad 0x7ff4bb4e05ae4f3f, 0x3f00200000000000
	.quad 0x803c60ff3d9de540, 0xc01611bb7a12650b
	.quad 0x7e41de793d0f2aaa, 0xd99aae6afbffd9d4
	.quad 0xc0de8e44fdce9eb4, 0x80591f69c1080000
	.quad 0xc036b5aa85167823, 0x7f80000000513b72
	.quad 0x80400000c3e7e0be, 0xc0db200000000000
	.quad 0xf803130d98ffac07, 0xace65ed95f81fb37
	.quad 0x68ea4afc1ed4afe4, 0xdf7fffff00000000
	.quad 0x000d244c560129e7, 0xc865b9f9bc9a0000
	.quad 0xffd326c2a41422bf, 0x880325f100653c6c
	.quad 0xbf8ce4eb43a9159f, 0x35d7d455fca994ea
	.quad 0xbf4000007f8aff92, 0xbff11aed982e5113
	.quad 0xffa811655084f2a8, 0x20670785f6fbf96e
	.quad 0xfeecb512b8800000, 0x40e800007fd9db9e
	.quad 0x40efffffffffffff, 0x800000004108c296
	.quad 0xfffb15385223f612, 0xd492cfa7fdffffff
	.quad 0x7f73744671c4c0d5, 0xb95acc4dffee0000
seed7:
	.quad 0xffffdc94557466c6
	.quad 0x0b4a8e2960460666
	.quad 0x016ac7fa4bec0d78
	.quad 0xfffffffffffffeb9
	.quad 0x00039cd7141c2d24
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffa4f
	.quad 0x4f4294bdf3f2af66
	.quad 0xab48c0fb1d3c4f20
	.quad 0x0537715cd349c2b5
	.quad 0x000000003425638e
	.quad 0x0020000000000001
	.quad 0x0000000000000378
	.quad 0xe524018fd08c0f52
	.quad 0x63991a53d1c4b389
	.quad 0x369e664ddada5314
	.quad 0x04800000
	.quad 0x70000000
	.quad 0x3fd1a9a19eadd385, 0x8000000000000000
	.quad 0x4022c00000000000, 0x69571107ffd3f77f
	.quad 0x788fcbc280000000, 0x68569d3d155ec3ff
	.quad 0xa6f2302b3fbecdee, 0xa48c27224dce1a0a
	.quad 0x8ffd603c0076250d, 0x0972c4fb7ffbf5dd
	.quad 0xfff0000000000000, 0x3ffc886d7f76776a
	.quad 0x485e0000da7ffffe, 0xd39fa8b53c8b3eab
	.quad 0x000dc0f7f8440506, 0x00268ae5c6bae5cb
	.quad 0x1d997bf7fd2aefff, 0xfff2df4f403b272c
	.quad 0x7ec382c241200000, 0x944e68010ee1dc31
	.quad 0x40cc0000410a0000, 0x7d8cdc0bffc4224b
	.quad 0x000000000109dc3e, 0xfe4fb118f8d2fe09
	.quad 0x427fee4c74d23681, 0x616856ab0f3c3c66
	.quad 0xbe1b0320c0e61dd6, 0x65466490496f30d2
	.quad 0x7b02d6eeffc00000, 0xbe400000c0700000
	.quad 0x7fd0000000000000, 0xfff0000000000000
	.quad 0x3c34e84fff88f4fa, 0x800000017f1bdda2
	.quad 0xffd0000000000000, 0x8c51f1386db5b176
	.quad 0xeec5d56afbfcfc76, 0xaef397524257f66d
	.quad 0x28d4a6ebd025ef7b, 0xdcf8c5d8fffbfdb9
	.quad 0x18a6b55088065c04, 0xc098000041180000
	.quad 0x0c49ca14bf1eff9b, 0x5180c3634397a86a
	.quad 0x3efc60d68f6b2f37, 0xfff0000000000000
	.quad 0xbbb5b6673ddb8187, 0x0008000000000000
	.quad 0xbfa000004f000001, 0x726185753ed9fc78
	.quad 0x2e31bda9ffa9fb7d, 0x3fcb066785be8184
	.quad 0x800000004fffffff, 0x6e19ce855dba5bff
	.quad 0xc6163619fad9ab52, 0xc068000000000000
	.quad 0xe7098ad1b365807d, 0xc11e0000c1450235
	.quad 0x48940000f9747e07, 0x80371cad669523e3
	.quad 0xbe240dfd8009ac67, 0xc07344d719020907
	.quad 0xbcaf0771436a715b, 0x5fc87b16ffc3ba00
seed8:
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd0f
	.quad 0x0005d3b1a0a47347
	.quad 0xffffffc393253b24
	.quad 0x0000000000000628
	.quad 0x0e636cf4bbbab42c
	.quad 0xffffffffffffff0c
	.quad 0x00000001569905d2
	.quad 0x8e6f296d72252594
	.quad 0x658d203fbe919dad
	.quad 0x37c9bd15c0c20ab4
	.quad 0xffff585d38b09435
	.quad 0x000000003321e410
	.quad 0x0000000000000383
	.quad 0x970a9728afa414c5
	.quad 0xb86585067d984b41
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0x4005ad5ea5e90979, 0x7f92f2bf245e95d7
	.quad 0xfeababb018a7a119, 0x7f9f1b86bc500000
	.quad 0x16dd4d99753c4f1c, 0x001ac40680f66a7b
	.quad 0x3b077e1ef0e3fbef, 0x4122000000000000
	.quad 0xc04ccc8666554185, 0x7ff7e2ad70ed0132
	.quad 0xbf82ae5b27a8bd63, 0xff8000003ee98000
	.quad 0xbd274bf27f961ece, 0xe67f2c41ac71edb0
	.quad 0x335e306b7f7fdd9f, 0x80000000d130a1d1
	.quad 0xe6a83ebaffd3fbac, 0x0000000000000000
	.quad 0x80000000c462251f, 0xacc78292da4e1dc1
	.quad 0x5d1979d4a9bae396, 0xfffef3a2660372e2
	.quad 0x92b17b6ac6e07c00, 0x000f73762c5cbd7c
	.quad 0x0c97fdd046c81352, 0xbec09dc4fff7f8f6
	.quad 0xaec8802da700d724, 0xbf0ec7cd406e5f67
	.quad 0x7ff0000000000000, 0x410a000000000000
	.quad 0x412fb6c99e3ffdbd, 0x5fa15be7bf67beff
	.quad 0xbca2c8ed3cfc0000, 0x74b64396e53bb5ed
	.quad 0xbe1394e63bc00000, 0x434fffffffffffff
	.quad 0x0cb9bf1cd75e1afe, 0xfff0000000000000
	.quad 0x6ccb95435b190000, 0x0006ac643b903a29
	.quad 0x7fc00000005cd006, 0x8000000038400000
	.quad 0x00677e7f7f9d9a40, 0x3da021fb8b958164
	.quad 0xffffc4df283f4c4b, 0xa973e552d7cb5932
	.quad 0x7ff50287d270a4c7, 0xc1e0000000000000
	.quad 0x3bd1be9a692e3e63, 0x3fc9580f92919fd0
	.quad 0xc011000000000000, 0x07a1a1c3bfa00000
	.quad 0x00308a8f0b68eefc, 0x7ff0000000000000
	.quad 0xbeaca157bffffdeb, 0x1c0025342ac9d806
	.quad 0x4157ab977f800000, 0x721c1dffc0c00000
	.quad 0xadb906844cf7fe39, 0x7fa366a0ff49a0fc
	.quad 0xa7d8cd1bdfffffff, 0xfe17ac442bc43bc6
	.quad 0xffd53dd624fb41df, 0x427d3e748075e5ec
seed9:
	.quad 0xfffffffb454b8c14
	.quad 0xffffffffffffe70e
	.quad 0x00000000000000bb
	.quad 0x000000000000005a
	.quad 0x292514bedf4a2a71
	.quad 0x899d8a09e8fcea81
	.quad 0x47b2bd6ac8eadf7e
	.quad 0xffffffffffffffa4
	.quad 0xfffffffffffffe15
	.quad 0xdab22748c3f0649e
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000de
	.quad 0x4b58e595cb84d10a
	.quad 0x0000000000000192
	.quad 0x5a6c42f7506af153
	.quad 0x9f26039cd81d2f60
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x80839868ffe53f1a, 0x8000000000000000
	.quad 0x46840000c0a80000, 0x835bc5eb3fae8a92
	.quad 0xaf82238dbfbb7eff, 0x7ea6c1a5166e7534
	.quad 0xc04ee00000000000, 0xd19878e977247c00
	.quad 0x95ee9c8d8e1d0a32, 0x858572b47efb79ef
	.quad 0xf507176b6b97fbef, 0x981f53c870415ca4
	.quad 0x0f2d2626a7a27a7e, 0x9df15d29be800000
	.quad 0xbf828a8046800000, 0x3e80000080ffffff
	.quad 0x804725b9fa73e3bd, 0x42d06389004e3adf
	.quad 0x4039e94d334de1ed, 0xd49b9d35e6941f34
	.quad 0xfff6db432eb1d273, 0x5d241265689e0e5c
	.quad 0xffccacc300800000, 0xc05d4bd4d3117d5e
	.quad 0xf5d4b67b41ed86ab, 0xb25c0c2afecffbfd
	.quad 0x9975b466ffe34000, 0x7f800000c1200000
	.quad 0x3fcf09701bd19261, 0xc07fffff40ab535d
	.quad 0xff800000fffdaa34, 0x40900000c0f00000
	.quad 0x8134e216c0d695f4, 0x5caf808fbfbf4bed
	.quad 0x40063e7120552f27, 0x05dc01bfa1ea7cf2
	.quad 0x8c6908563f75ffeb, 0x7f800000ff800000
	.quad 0xf02ff5bc68fd7582, 0x80094523cf151717
	.quad 0x3b82cd9e42331921, 0x8272c8ab1c32aec8
	.quad 0xbf8f4963c420e083, 0x2474c52840b80000
	.quad 0x5585aea3527acdfd, 0x3fc4ad4300000000
	.quad 0x063eb6b322cc47bc, 0x8871cc667fc00000
	.quad 0x3fc9cb8d8ba20a59, 0xc3f0000000000000
	.quad 0xda000001ffbde174, 0x58b684f462328000
	.quad 0xfff0000000000000, 0x26d1d244ffffffff
	.quad 0x0050db8d6ae65e97, 0x85262cc0de7e435f
	.quad 0x7ff0000000000000, 0xfe56a2bb33f106b8
	.quad 0xcd414cdf8dd80200, 0xfea99cb8f7e3c700
	.quad 0x3e40000040600000, 0x420000014f7bbbb2
	.quad 0xbcc72b7bff800000, 0x400a000000000000
seed10:
	.quad 0xffffffffffffced0
	.quad 0x0000000000000359
	.quad 0x000000007fffffff
	.quad 0xffac846343b3147e
	.quad 0x7fffffffffffffff
	.quad 0x00004e1147b3c483
	.quad 0x76bcae96e4752e7c
	.quad 0xfffffffffffffd72
	.quad 0x000000000000001c
	.quad 0x0000000000000161
	.quad 0xffffff27c55b0403
	.quad 0xfffffffffffffe4e
	.quad 0xffffffffffffff49
	.quad 0x000000000000003d
	.quad 0xfffffffffffffc1b
	.quad 0x7859f02b0edd61d1
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0x800000001cea1f88, 0xbf78000000000000
	.quad 0xb7d4055abffdfe46, 0xfff0000000000000
	.quad 0x41e0000000000000, 0x80000000ffe99c17
	.quad 0x886022b9b2997c00, 0x812ecb52f3a5c6a8
	.quad 0x7ff0000000000000, 0xc23e82504bd5c7fe
	.quad 0x7e36aa1ede146b85, 0x88b578ca3e1729f2
	.quad 0x8d7a3b3941180000, 0x65e2c508fcdd7fff
	.quad 0xc6e80000bb8cffd8, 0x00000000ca7ffffe
	.quad 0x3970ce886fcca4a9, 0x7f800000c20e4eb8
	.quad 0xfff448461cf4bb4a, 0x2195b7f6e249feab
	.quad 0x11dff97965557800, 0x000000007fbd9e81
	.quad 0xc9979ad8e0bbfc00, 0x13c36e14ed0bfc00
	.quad 0x8072052eff000000, 0x5ac0480021e2fd25
	.quad 0x000cad3b55cb003a, 0x42e0a51ba5d03e77
	.quad 0x52f5efe1d6bc7c6b, 0x1339e90555bd9689
	.quad 0x69b54cc9c79bb860, 0x9621428be7d5d9f6
	.quad 0x0143b740e2df4050, 0xbbc9135e60499e54
	.quad 0xfff8000000000000, 0x7c7bd0e2039d7b3f
	.quad 0xa6f4edd62d7b9c5d, 0x00000000c15d40ad
	.quad 0x9dc3aa6ef49cdbeb, 0xb9b709007469a5e1
	.quad 0xc54200f6ffeb562c, 0x001d54979549dedb
	.quad 0xe61f12f94e227977, 0x4c35c23b74075a9a
	.quad 0x341cc54f4115afaf, 0x4021400000000000
	.quad 0xb8dedace65b736c2, 0xf7d2f0cd3d5f999a
	.quad 0xbd3ab862800b2612, 0x1a22110fb85cfdf5
	.quad 0x9581ad56afeef7ff, 0xd830909727d1ac80
	.quad 0x400fffffffffffff, 0xbff0000000000000
	.quad 0xd6603ea94d494870, 0xfff0000000000000
	.quad 0xffd9214d46f60000, 0xfa9b5a06ffff6ff7
	.quad 0x000b1cbb4868eb61, 0xb60c0c6affe6a898
	.quad 0xc1100000c18a8c19, 0x3a093e1fd1932fdd
	.quad 0x06445cb6987fa061, 0x948fbb63355e7e00
seed11:
	.quad 0x0020000000000001
	.quad 0xffffffffe3614884
	.quad 0xf40d8ad7edf7abec
	.quad 0xffffffffff9ffeb0
	.quad 0x6873fa3d443fc53a
	.quad 0xfffffffffffffe40
	.quad 0xb3da738df17e5f91
	.quad 0xffffecfbb8ce6024
	.quad 0xa7618cfeab43f2b7
	.quad 0x00000000000003b8
	.quad 0x0000000000000121
	.quad 0x20b4c654905a23de
	.quad 0x00000000000134a4
	.quad 0x0000000080000000
	.quad 0xffffffffffff7eb6
	.quad 0x000000000000015d
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x00d85bd340d80000, 0xc8ed76259c71367c
	.quad 0xffb016a74f800000, 0xbd1dd21118aabca2
	.quad 0x053348abc3f73ed7, 0xbfc5069a1cc4b7b9
	.quad 0xbeda51c33fffffff, 0xfff9109e997ad094
	.quad 0x000204bf92e08fe9, 0xbf00000000000000
	.quad 0x000b9d4071a8d53f, 0xfff0000000000000
	.quad 0x8819f60844340000, 0x8c6c4cb416a17c00
	.quad 0xbf800000f9935699, 0x91d0f2c15f62d551
	.quad 0xc09ffa5740373800, 0xcd0918b8ffdff75e
	.quad 0x8008000000000000, 0xf39f7fa83c59244f
	.quad 0xfff9211911f3113b, 0xc24d90317fb35e0e
	.quad 0xfff3324eacb1b3a2, 0x40b0000000000000
	.quad 0x7ebaccb5817fffff, 0x8036275312691217
	.quad 0x3d71631c89d38795, 0x40187dc7ec895906
	.quad 0x7fe902a6fa2443ba, 0x8070fbaaffb9c3af
	.quad 0xfc00685f80000001, 0x5f428cb87ff9fd37
	.quad 0xd27dc4fa7f7fbffe, 0xeb8bf1ba7617db22
	.quad 0xc021800000000000, 0x403116c0ffeffdef
	.quad 0x1d8dacb882c0fdd7, 0xbf7a2141ef0f2415
	.quad 0xc7c7847aa2938400, 0x400904b20380ebb6
	.quad 0xc1efffffffffffff, 0x800ff09257f1c282
	.quad 0x00ffffff7e86e83b, 0xbf9e14c181de4867
	.quad 0xc02d7c3dc81f23a5, 0xc7d900003a000000
	.quad 0xfd3a2a866ced7d4c, 0xa1de3017befe67ef
	.quad 0x3e81770600000000, 0x2ce7ef56e7f5840e
	.quad 0xfff88c95b4c3efcf, 0xfff8000000000000
	.quad 0x0000000000000000, 0x4021ddac6bb20ead
	.quad 0x7c457240f8a41d3c, 0x4010800000000000
	.quad 0x174ee6168b5b94e5, 0x5fadf4850d47a226
	.quad 0x60854bc6cafcfc00, 0x61ea687b7fc57eff
	.quad 0x1b5c87e0ffa8fefe, 0xed81ffd6bb460000
	.quad 0x5f3c3ab47bf1edb3, 0xb5aa0000416c8ff0
seed12:
	.quad 0x522e1d5294c5e32a
	.quad 0xffffffff39395b36
	.quad 0xfffffffffffffe68
	.quad 0xfffffffffffffff5
	.quad 0xffffffff80000000
	.quad 0x41d19867e94bb81a
	.quad 0xffffffff80000000
	.quad 0xfffffffff5d6d982
	.quad 0x00000000000006b1
	.quad 0xffffff0fa635c05c
	.quad 0x1738d98fa2a1c235
	.quad 0xfffffffffffffcd6
	.quad 0x000000000005daf3
	.quad 0x0000000080000000
	.quad 0xfffffffffffd8004
	.quad 0x0020000000000001
	.quad 0x04000000
	.quad 0x30000000
	.quad 0x41833ce9ffbfffaf, 0x7fc000003e000000
	.quad 0x4314efd0ff838587, 0xc330000000000000
	.quad 0xff8f78c0ff7fffff, 0xc275a31a4d9f3fea
	.quad 0x657e7d19a0837dce, 0x7ffea7f0c7432363
	.quad 0xbfe0000000000000, 0x0000000000000000
	.quad 0xd3396ca3c9131d00, 0x7ff3e714639a32ce
	.quad 0x3f9f00cc7f800000, 0x82e37f121e9c022d
	.quad 0x35c6155e5d9108ab, 0x8000000054871d8b
	.quad 0xd1c2db83f2fdfeee, 0x8000000000000000
	.quad 0x7ffa1ad33ec2a192, 0x0015b7ca3ddcc31f
	.quad 0x7ff51a18391252ec, 0x7ff6d14b6767b466
	.quad 0x1778516e6d866ee8, 0xff800000fd09306f
	.quad 0xc076b12e18208d30, 0x8003803f504245fe
	.quad 0x8135633680000000, 0x7ef236e859ffffff
	.quad 0x7f822cd4bc03f576, 0xbf8ac0b0ba12435b
	.quad 0x0000000080000000, 0xffc00000da000001
	.quad 0x7fdfffffffffffff, 0x406aa46e424f2fe7
	.quad 0xd5ac44c9584082a7, 0x39a58000bf800000
	.quad 0x352d4d499f41425a, 0x886711b00cc9628f
	.quad 0xffc00000007fffff, 0x7bb98349086a461b
	.quad 0xfff12a69c0d00000, 0xbdff425fb950bad1
	.quad 0x000df5e7aa5a5b08, 0x433fffffffffffff
	.quad 0xac0adcc9ffecce4f, 0xc7bf41290135bc4a
	.quad 0xffc35ca3893defbb, 0x3fcf6b9fd86a1c49
	.quad 0x0a530679d55d7cc0, 0x809cabedcb9d14ef
	.quad 0xdd6e863dd3eca4da, 0xffe8d6f380000000
	.quad 0x3c50000080000000, 0xbf04800000000000
	.quad 0x802d8923a8d2e985, 0x0116c88b2f60e654
	.quad 0xb25411ba6af1c080, 0xbbff6fb3fdf5f953
	.quad 0xfff9e33dd7446033, 0x93ead29c6c72feb8
	.quad 0x000000000039b344, 0x7fd045edc20a0000
	.quad 0x400a000000000000, 0x497000003b000000
seed13:
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0x9f33118c1745e8ad
	.quad 0xffffffff80000000
	.quad 0x8bc215dfebe3d977
	.quad 0xb82f5d527d5c97c2
	.quad 0x00018dce9fe33b8e
	.quad 0xfffffffffffffff4
	.quad 0xdbda597e7a13c8dd
	.quad 0x1f40f7ad8d5be5dc
	.quad 0xfffffffffffffffd
	.quad 0xfffffffffffffee3
	.quad 0x3ac3c8f8ff82d345
	.quad 0x00000000000001be
	.quad 0x4684bc6e2ea2584f
	.quad 0x41684d5433a08189
	.quad 0x02000000
	.quad 0x70000000
	.quad 0x851c73b4abdf529d, 0x3e9f2257480a0000
	.quad 0xc104000000000000, 0x88f0a89df5ff05fb
	.quad 0x4f18addf81696df2, 0x3eac000070ba7242
	.quad 0xc4b707c0ffffffff, 0xbf82fd57c4f480c5
	.quad 0x334ee3707ffb07a0, 0x721d11c97fc22d43
	.quad 0xc01d000000000000, 0xc3a3a145fcaa1c9d
	.quad 0xc340d52280000000, 0xbffffffffffffffe
	.quad 0x7ff0000000000000, 0xdd65672d0ba74300
	.quad 0xff95ecf5ffa34907, 0x756f863bf4ae5786
	.quad 0xae8465c1ca3d1296, 0x8050cabb42692a11
	.quad 0x792e73ce00ffffff, 0x7ff8000000000000
	.quad 0xff90c0ab0023e3ce, 0xdf7ffffe7f800000
	.quad 0x7ff0000000000000, 0xf67598148f12b4dc
	.quad 0x27a4f8c62f2e8000, 0x081798607c18fbec
	.quad 0x0000000000000001, 0x7e4b552489ecbc61
	.quad 0x7fecb0fa2ea71a90, 0xfff0000000000000
	.quad 0x7fa6b58ecff501f1, 0x3cfd09d0fffecff7
	.quad 0x2e82dc9affcb81a3, 0xbf763234cb2b9e0c
	.quad 0xfeec6e6c455bff56, 0x7f800000f0b90bc0
	.quad 0x7ff0000000000000, 0x00a56a1557253efe
	.quad 0x6b1e9adbc901638c, 0x84a4c28f737d30ad
	.quad 0xbff2d00000000000, 0x805f3431ab308047
	.quad 0x4017000000000000, 0x8176314b51f62369
	.quad 0xc167800040900000, 0xceb9fa56ff9c43ff
	.quad 0x100714b0db1e4a00, 0xbf902e31733e7804
	.quad 0x7f80000040791e83, 0xab9a0d3e6d04419a
	.quad 0x819caaf4657a4a9f, 0x3fbb6e930b6bfc85
	.quad 0x74e32a067fca8000, 0x8fbe533ac1db7c00
	.quad 0x4038db6739a8d004, 0x015b348d27a5ff1d
	.quad 0x7f800000574b7753, 0x7fea1a6cbd1ff1c5
	.quad 0xdb109a54ee1d7bdf, 0x87c881f7c2800000
	.quad 0x7a09ac596fe79ff1, 0xc07ee1690c2b127a
seed14:
	.quad 0x87dce40ae052af48
	.quad 0xb56906edf42f501b
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x7fc9bbdf0098019e
	.quad 0x40de64ebadd461f8
	.quad 0x00000000072e7350
	.quad 0x3ede35c796698bb1
	.quad 0x00000000000003de
	.quad 0x7a77a2f20ca6d7e4
	.quad 0x004947e72f71854e
	.quad 0x6ecfd300e4178e2b
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffcb2
	.quad 0xa29e3f52686a1313
	.quad 0xffffffffffffa0c9
	.quad 0x04000000
	.quad 0x60000000
	.quad 0x7fb609a4000a60c7, 0xc940000080000000
	.quad 0x924141beb8bede6d, 0xfc2c8d6074019e07
	.quad 0xaf8f5a578512b20f, 0xe3795ffa6dfd6ff2
	.quad 0xe4b344a2ffde8000, 0x0000000000000000
	.quad 0xfff8000000000000, 0xcb7ace20934feff7
	.quad 0xf1f41ff4475fca73, 0x593dc851f85d2181
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x7e6bbe0618a5f536, 0x40e8000040a80000
	.quad 0x0ea529123cb72325, 0x0168055c42c2adef
	.quad 0x91b6b4f7ffbafffb, 0x3da5fd15f6bd2518
	.quad 0x5f4098efc7bc7fe0, 0x5a0000013f800000
	.quad 0xc2025cd37f800000, 0xd9f08d06d2fc189a
	.quad 0xb0cfd625696a94fc, 0x1c58bb1144f8d364
	.quad 0xbf6c000000000000, 0x46b88120faae3ee4
	.quad 0x19fb5a28cf7fffff, 0x7f800000ee2a7c11
	.quad 0x40e80000b7200000, 0xc010000080800000
	.quad 0xceff10f3d66bfe00, 0x18fd047b4b3d7b2d
	.quad 0x8060d5c13ea5e47a, 0xc03e69ccff1fc0c1
	.quad 0xb4058f609379ef5a, 0xff9825cfa8f866f8
	.quad 0xc23b6e14ff944ca5, 0x01852f974edc94e1
	.quad 0x0e31802a53ffe5fb, 0x915812a3010adad4
	.quad 0x5057544353a9f97b, 0xffc000003db3c255
	.quad 0xf025a8043e537cd6, 0xbf89526dc0a4cfeb
	.quad 0xa3e6460aada5656d, 0x43d3c87900721b80
	.quad 0xafa6047d8058fc09, 0x0b6369580b332500
	.quad 0x40f0000000000000, 0x427a87bfc09eee59
	.quad 0xfff0000000000000, 0x4e92fa033fb00000
	.quad 0xffc000007fb3da8d, 0x9de9a754c11c0000
	.quad 0xffe1c43c16bfbdbc, 0x794c2266a4868001
	.quad 0xbc964200ffc0704b, 0x7fc0000080000000
	.quad 0x4000000000000001, 0x7f9ed3508044c1ca
	.quad 0xdf00000000000000, 0x15d67332812602c7
seed15:
	.quad 0xfffffe55ac802dca
	.quad 0x91cfc1f1fed9ebc6
	.quad 0x8bbb25718ef1ad88
	.quad 0xfffffffffff117ae
	.quad 0x00092b03df83958b
	.quad 0x749d792a14828906
	.quad 0x0000000001000001
	.quad 0xffffffffffffff81
	.quad 0x000000000000012d
	.quad 0x000000000000022c
	.quad 0x0000005ebf519968
	.quad 0xe9a22d76a74042db
	.quad 0x000000000000655f
	.quad 0x00000000000002e4
	.quad 0x0000000000171449
	.quad 0x80fe3ff9c95e0605
	.quad 0x01400000
	.quad 0xd0000000
	.quad 0xe27fb79d0f85bc01, 0xabb9de48fdf7caf9
	.quad 0x41a05ebc5a000001, 0xbf70000000000000
	.quad 0x7ff8000000000000, 0x948ca72254cb2cd9
	.quad 0x02aff9ceec548fc7, 0xe495bdba8afcaaa7
	.quad 0x0020000000000000, 0x486c0000119738c7
	.quad 0x0269a9137f9ef0fa, 0x4f1a124bfff17eed
	.quad 0x9be3fb199301650f, 0xfff0000000000000
	.quad 0xed59375c80000000, 0xffac208fff800000
	.quad 0x5f08db3a44fe33c5, 0x4186791c43f0aef9
	.quad 0x4039e73c61b83166, 0x3fab5d25a0cc1632
	.quad 0x3cff158effeb6710, 0xfff0000000000000
	.quad 0xfff0297c3fe3103c, 0x158632893bfefc2b
	.quad 0x50c781fd6b892e44, 0x8bb9b18dae18fc00
	.quad 0x812a371200000000, 0x51c2529b60457fff
	.quad 0x347cb844730ffc00, 0x7ff0000000000000
	.quad 0xdf800001ffa41dbc, 0x7f800000848a5ab6
	.quad 0x7e6a7a5887153dd1, 0x369800007fc00000
	.quad 0xf488d8d5d14f03ff, 0xffb76eddceac5f54
	.quad 0xc2086a733f400000, 0xf0257cd4f49ef860
	.quad 0x3f2cd72f40600000, 0xc14edd1f48d317d0
	.quad 0x82516139bf800001, 0x778d16fd3f9a89e3
	.quad 0x40fffffffffffffe, 0x8000000000000000
	.quad 0xf7ee5be25d67859f, 0x4330000000000001
	.quad 0x2ac044e3affdfffd, 0x4100000080000000
	.quad 0xbc000000ffc00000, 0xffefdfe8e20d73da
	.quad 0x6a5d4ac9bffbfcfb, 0x4037e000b61b339f
	.quad 0x7ff0d4d479aee179, 0x7fa3daf4413d5622
	.quad 0x4e0e3558ffffbd8f, 0xffcaed5f80725052
	.quad 0x2124308659b4bfe1, 0x43ffffffffffffff
	.quad 0x459786fa6cca64a5, 0x000b2c799ebfcba9
	.quad 0x2106c8d6f2046245, 0x3fb13232fba9a8a3
	.quad 0x3faa5fd58a0ca60c, 0xfff0000000000000
seed16:
	.quad 0xffffdc0fa5011c14
	.quad 0xffffffff71dbf740
	.quad 0x8e0409a1f2f8aaaf
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffa0d4a0b
	.quad 0x000000007fffffff
	.quad 0x0565921d876f64fa
	.quad 0x7cc68c07b418b553
	.quad 0x9a01ec0a66c2750d
	.quad 0x96fc4b968dcaffae
	.quad 0x67dcb78d59c3a911
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0xab7ce5873c50e88b
	.quad 0x01ca90f4bce1d19d
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x1a146a66ffbe2fff, 0x64a4fa024b355f68
	.quad 0x3da3548241020000, 0x201d5c433742e81a
	.quad 0x7ff8000000000000, 0x7f814ad4ff7627eb
	.quad 0x45e07e93eb6a9d2a, 0xc50c1e2db1dbc584
	.quad 0x3eec000000000000, 0x4343ffddfeb32a02
	.quad 0xc05221d7038a9bcf, 0xbfebbbe365ef03b7
	.quad 0x75eb2abc7fb86d65, 0x5873a19e0122c917
	.quad 0xbf8a800000000000, 0x984f5e5e9253fe33
	.quad 0x4adc57d1be66502f, 0x737015a7ff7fffff
	.quad 0x54b93fd9a0490000, 0x59800001c368500f
	.quad 0x7d6fe9826c8450d8, 0x80459ca607df2426
	.quad 0x0c7ebd3494a6c1ba, 0x7fd5752609e27682
	.quad 0xc0b0000087968fb0, 0xc0b7323f28368000
	.quad 0x7fdd3155bc5ff87d, 0xfff76434dae0a241
	.quad 0xbf800000fa8480f5, 0x807bb58559fffffe
	.quad 0x7f1e049b0fb65180, 0xa5cae7bccd029461
	.quad 0x5725f2e2884c7a9a, 0x80e68a727fb4e5b5
	.quad 0x802ad82a01000000, 0x3c321274dd6aff4a
	.quad 0x7ff8000000000000, 0x5418fc71ff85e7ff
	.quad 0xf8578f6fbefbbfcc, 0xa710008bf7e3f8df
	.quad 0x401c5f100e2d0000, 0x8000000020682c3c
	.quad 0xc07ec342c2667e05, 0xbfd1787918734100
	.quad 0x77f9d0090cef1e84, 0x72fff971dadf7bf0
	.quad 0x5af33e1dba21dc4b, 0x14235c2f6b28f905
	.quad 0x5a88df8264aea49e, 0xbff8000000000000
	.quad 0x3f7fb7336c99e642, 0x0047645865c637dd
	.quad 0x61ffffffff800000, 0x403d2c4a79d42851
	.quad 0xdf7fffffc0b80000, 0x817a7376837409d8
	.quad 0x7ffbb69cb503c8f7, 0xfff8000000000000
	.quad 0x0008000000000000, 0x5ed5d1446be52d0e
	.quad 0x8de4d90cd7227445, 0x9011f67af8f86d46
	.quad 0xd12e6591646bfe0f, 0x71abd747c1df5b52
seed17:
	.quad 0x00000000000609a4
	.quad 0xfffffffff40a2711
	.quad 0xff6bc4fc20762a27
	.quad 0x00000000000000db
	.quad 0x69c09dc5a251f511
	.quad 0xfffffffffffffffd
	.quad 0x793d4c41e0f02ea1
	.quad 0xfffffffffffffe2c
	.quad 0x0000000000000281
	.quad 0x752599a3a165e8d0
	.quad 0x02c8c433b44aa4e4
	.quad 0x000076498052d0f5
	.quad 0x0000b739c429e615
	.quad 0xffffffffe7604caf
	.quad 0xe567e7f8f7504eb8
	.quad 0x8000000000000000
	.quad 0x01400000
	.quad 0x90000000
	.quad 0x7f80000041e414f7, 0xe18ed26affefc6dc
	.quad 0x3faf4065460e6047, 0x3f00000000000000
	.quad 0xfff0000000000000, 0x47ffffff7f860fc7
	.quad 0xa833ceb2d2725f71, 0xbfb05750101a02b6
	.quad 0xf173d5b9f5b778cb, 0x9b9df6d06fc325d5
	.quad 0xffff22c203675905, 0xc0fffffffffffffe
	.quad 0xd38c197af1747ca4, 0x800e9198d246d6bb
	.quad 0xc3975efc0055e283, 0xc0460099ee062e9f
	.quad 0xf31b27a862160e75, 0x4334844aac871baf
	.quad 0x1cf95c1befe0fd8e, 0x7abac1c0a40891ad
	.quad 0xbf5cf014dbdf7bff, 0x238b67e456c4f596
	.quad 0x0000000000000000, 0xbf9a633efecdec70
	.quad 0x3fd9d479198d7812, 0xfe6d00638c1db6f7
	.quad 0xbfa3490f48566bc3, 0xcf80f4e50d857c00
	.quad 0x002928881db4e0ce, 0xffa3a3bf497e0000
	.quad 0xc61d6ffe29ff7f9a, 0x02812d7e3c6bed55
	.quad 0x77d6a3137fc6dbd0, 0xe3a25045102c3e00
	.quad 0x73b97a1affffffff, 0x096140f5e9eef7a1
	.quad 0xe284e38e0f5ffc83, 0x00c812f2bd22d321
	.quad 0x00000000f02aa1f6, 0x7ff7e0d608c85afa
	.quad 0xcc0b3f53006d2d33, 0xfff0000000000000
	.quad 0xc2c0bf06cfbf7ff7, 0x40173a56314237d5
	.quad 0x5171617954fb7e00, 0x5f662f09ffffffeb
	.quad 0xc8294e0b3406beca, 0x8778048076280000
	.quad 0xffdea37a64b8352d, 0x41786a45c0200000
	.quad 0x4042f8c1934233e9, 0x0372dcf5c9e8c177
	.quad 0x7ff198da00c9d27b, 0x278ad72e9dda7fdf
	.quad 0x403c330dc1ab3fbc, 0x7fc00000c0e80000
	.quad 0x012edeb6ff800000, 0x7fee788c49736e67
	.quad 0xaeb8e5643c95f939, 0xa047c65300000000
	.quad 0x0000000000000000, 0x7fa3a75985145940
	.quad 0x591d4cd14a977d7a, 0x7fff46aa51889566
seed18:
	.quad 0x368109fcd411f2c8
	.quad 0xfffffffffffffffd
	.quad 0xfe3dac497506b674
	.quad 0x04bb8fac5db7609c
	.quad 0xfffffffffffffca6
	.quad 0x766287aff9fc64b1
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xd61c7db02427ec54
	.quad 0x000000000000032b
	.quad 0x41b6bd41c2429b5a
	.quad 0x1781da33e099c667
	.quad 0x000000002e598b91
	.quad 0x0000009ffcae7ce0
	.quad 0x0001e5c7a8d283f6
	.quad 0x1c27682385a7eeab
	.quad 0x04c00000
	.quad 0xf0000000
	.quad 0x000000007f800000, 0x403e7e03f235cc22
	.quad 0x3eb68e8bffbffdff, 0xc0fc0000c0600000
	.quad 0xc0680000814008c2, 0xffde4f293ec00000
	.quad 0x3fdd95d41dac674c, 0x78d42cc2c7c38a3c
	.quad 0x7f1ed5a42aaa7da3, 0x7f97d15773b1ec16
	.quad 0x2dd91b0053ff5a20, 0x80626d21472c0000
	.quad 0xbf60000000000000, 0x7ff0c3328ecbebe8
	.quad 0x001fffffffffffff, 0x6061ae8c1cf98000
	.quad 0x80093e8e1410ab71, 0x414fc52100000000
	.quad 0x4018000000000000, 0x40d8059ef85972fc
	.quad 0xffc000003f400000, 0x8000000147c8c36a
	.quad 0x87dc8166d397ffd5, 0xffdbbfa23f58073f
	.quad 0x30399af6ffdffc40, 0x098c1b007f9eab2f
	.quad 0xb88bd30f55952c87, 0xffa6a977ff2aef55
	.quad 0xc7cf800098238005, 0x001ae6faafe87d2d
	.quad 0x80d8aee7d65a3d7c, 0xbfad949f9b3b919a
	.quad 0xc7ffffff46330000, 0xde97b2047fffdb97
	.quad 0x9eacd4495fe9331f, 0x21096cd8d3d369cc
	.quad 0x7d7866660ce61a18, 0xbdec70051ac100cb
	.quad 0x00000000eda2484e, 0x145dbb33f8123c83
	.quad 0x7ff0000000000000, 0x4023000000000000
	.quad 0x2c23e308a2358000, 0xaa5400fd1f173590
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x7ef9cb69c188f328, 0x915fcf1ffff58dfd
	.quad 0xf3cc5b47b6a3fd0b, 0x4000000000000000
	.quad 0xaeb1864d2a0eadb3, 0xf021ac2a3c36c347
	.quad 0xff800000f0cc647a, 0xc029e5affb73f45c
	.quad 0x00000000005e1521, 0xff072ae519757870
	.quad 0x5db6caa2fefb2ff6, 0xba5038287f800000
	.quad 0x6181a9c1cbbbfeda, 0x338d5f2462f7f800
	.quad 0xbf9c3f6febf76911, 0x41564dca3312c105
	.quad 0xfe6982b83eda82dd, 0x402decba6b8f3096
seed19:
	.quad 0x0000000002c8c21a
	.quad 0x0000000000000001
	.quad 0xffffffffffffff94
	.quad 0x6797b7422281d0ca
	.quad 0x5cfefb000d1423bf
	.quad 0xfffffffe79e8ebcf
	.quad 0xa5344a9c11511280
	.quad 0x00000418199bc86b
	.quad 0x2913b889169eea49
	.quad 0x00000000288fbabb
	.quad 0x0000000002420f60
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe40
	.quad 0x2b5bb9b781228bbc
	.quad 0xc624a5e3c8db9dad
	.quad 0xffffffffffff47f3
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x0000000000000000, 0xfdd46fefc638e043
	.quad 0xce7f6f2deeadc7bb, 0x59fd8e75552fc3fe
	.quad 0x7f8000005d1a7cb3, 0x7ff04e8cd0d66a23
	.quad 0xc0245fa59db8a458, 0x8063fb2e7c5b8ec0
	.quad 0x800e21e85cdf783c, 0x3f86000000000000
	.quad 0xfff8000000000000, 0xc0764db405aeca53
	.quad 0x8074e137feffffff, 0x8f42210fbdfa8216
	.quad 0xa757a3871d473e6b, 0xc5fcaa74ff5a7ef7
	.quad 0xd6ab3788ba1b14ab, 0x4705c2422dec47ec
	.quad 0xa73fc10cb3b79f2a, 0x40e7ebde3927230b
	.quad 0xc01c000000000000, 0x0005671d58b0e0c1
	.quad 0xf4d478ba757c0d97, 0x801af01200000000
	.quad 0x7dc93da09af07aab, 0x0000000000000000
	.quad 0x000000007f800000, 0x11a7ff3fff827544
	.quad 0xe93571a0ac794224, 0x7f8521a60036509b
	.quad 0xfff6e8ede6b7effd, 0x7ff691db293b76c0
	.quad 0x7ff94d821b0841a0, 0x807fffff7fc00000
	.quad 0x4d11a0e6baffffff, 0xfffcbc364c7f6ac4
	.quad 0x82e2e1245e8ec136, 0x7f9eb68a811b57b4
	.quad 0x6222ead38064e57b, 0x3e255d5b80000000
	.quad 0x7fd0000000000000, 0xe58085932f3e4205
	.quad 0x264d1e82bf77fa09, 0xff98f038383e3266
	.quad 0xef6a7d5cffffffff, 0x4013758a7a582e6b
	.quad 0x49f31afabbbffa9f, 0x40efffffffffffff
	.quad 0xc016000000000000, 0x3d30dce441120000
	.quad 0x7e3044257e4ffc95, 0xfff05cdfe905ca10
	.quad 0x000000003ca9dff9, 0xffd37aaf817fffff
	.quad 0x000eca1af82bfd52, 0x3faa87f499e6c8f9
	.quad 0x4015000000000000, 0xc11e00007f800000
	.quad 0x0099e4997e800000, 0x760d3b9e40d00000
	.quad 0x5b494eac920e0000, 0x7fa3a370ff85d357
	.quad 0xbfe0000000000000, 0xc53d4789ffe8fb7a
seed20:
	.quad 0xfe003e126946271f
	.quad 0x9789ab2b079b5050
	.quad 0x0000000000000001
	.quad 0x0000000000ba58ab
	.quad 0x000000000000038b
	.quad 0x0011a1d10f67ef06
	.quad 0xfffffffb059813c2
	.quad 0x00011b96b6544ac4
	.quad 0x0000000000000139
	.quad 0x00000000000001c7
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffc6d
	.quad 0x8a3f6391231f3e97
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x308be65185ed03ac
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xcae0f3f72f74df7a, 0x9444570c9324524a
	.quad 0x405e10a0e11fa156, 0x24783af8b4c9b38d
	.quad 0xfff27f18939e0198, 0xc2800000c2b6d426
	.quad 0xc2631a01407e65f5, 0x20b1781efffef9d7
	.quad 0x80067d539f4f3939, 0xffab9802be000000
	.quad 0x3e9f7046c1ae264f, 0x3cb49547806d4462
	.quad 0x65894bf71dd7c4c0, 0xc70000017f97a1fb
	.quad 0xb1090369dbe0c9f7, 0x7ae7f2c9d4827c2c
	.quad 0xb522dbe5ef488d59, 0xa011f0b4c44fa30e
	.quad 0xffcf802a4eb33815, 0x080c87a404c2e701
	.quad 0x3d93bfccbd8dfdfb, 0xc1fa2a5584a25763
	.quad 0x705cdafabf800000, 0x4d1ccca38063b36a
	.quad 0x78972186c08a5ec1, 0x93460c7a0299d0e5
	.quad 0xffe0000000000000, 0xc036bbea80ef159c
	.quad 0x8000000000000000, 0xfff703e309fc0b7d
	.quad 0x4b183a27c7334509, 0x75a43e4fff933f0b
	.quad 0xbfd35c06faa1dd1e, 0xffc00000e6f48771
	.quad 0xbd2a69d6fd7bbd7d, 0xe6c3ccbc4506f1e9
	.quad 0x6bf7d89b29b10ff7, 0x07a5d7c5253eb0b8
	.quad 0xd86f14d2ffb2bd01, 0xf505c85a20263787
	.quad 0x80a4585588b3d66e, 0xcf7fffff00000000
	.quad 0x976fddbbbf7fea67, 0x802b494b88db0763
	.quad 0xc0d8000000000000, 0xbf777ed47bd76e32
	.quad 0x307ab92d7f800000, 0x46bf1fabfdfbfcd5
	.quad 0x57cdd1cbbffffffe, 0x8008000000000000
	.quad 0xc000000000000000, 0xff8000007a39393c
	.quad 0x96717b9cfabafc00, 0xf263cbbd5adffe96
	.quad 0xc11c0000c3d65069, 0x7ffc626a285ae6ed
	.quad 0x40538ed771709466, 0x00000000007fffff
	.quad 0x81f677e6913fd5c6, 0x3f71ff0410a493a1
	.quad 0x41080000897fcf79, 0xc3e0000000000001
	.quad 0xe48a91f6fffdeeb7, 0x117571f6ca9835a4
seed21:
	.quad 0x098977fdc036a5c0
	.quad 0x000000000000010c
	.quad 0x0000000000000001
	.quad 0xdd5d39a68fd02173
	.quad 0xffffffffffffffe2
	.quad 0xf607db68733b5a9c
	.quad 0xffffffef4d389670
	.quad 0xf93c09c83d0b9861
	.quad 0x000000000057fcf4
	.quad 0xfffffffffffffec5
	.quad 0xffffb2a5220d187a
	.quad 0x2339e19fb75c0f23
	.quad 0x000000009b97080f
	.quad 0x0425006932c3340e
	.quad 0x00000000000002ad
	.quad 0x0000000000000001
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0xf3ab98da409c0000, 0x7ff08b71f1c42f23
	.quad 0xbc2d320d427f0114, 0x00000000c0c80000
	.quad 0x7fefffffffffffff, 0x00ffffffffc00000
	.quad 0xd5587f45fff51376, 0x09fe8b6fc36e6aac
	.quad 0xc3e0000000000001, 0xa7643ba93ce846c0
	.quad 0xd6ef7816ff7fbdff, 0x2a8fd3d97ffdffc2
	.quad 0x8000000000000000, 0x8008000000000000
	.quad 0x47800000090966de, 0xbf7bd1a7ffc04bc1
	.quad 0xc213d70cef7dee1a, 0xee4d0a2b8238a983
	.quad 0x8000000000000000, 0xc380b89340800000
	.quad 0xf1b7b319fffdfd4d, 0x96b9740e047a8001
	.quad 0x4242d1e880000000, 0xfff0000000000000
	.quad 0xc411b27dffc6f58b, 0x8f8bf29bcf9c6075
	.quad 0x00000000ff7fffff, 0xaaa64079ffc6f498
	.quad 0xffb008f21e04a671, 0xc4aff193a4663c19
	.quad 0xc0a494481c92c2c0, 0xbf3cc00000000000
	.quad 0xcfc65cb3204681be, 0x8c42558654697c00
	.quad 0x000fffffffffffff, 0xb8b18406dfebf59d
	.quad 0x8003fc81d4013b00, 0x40873ee47fc0188a
	.quad 0x0000000000000000, 0x00ffffff80000000
	.quad 0x80ffffffff92a293, 0x7f88aaab80000000
	.quad 0x80000000ffa85f64, 0x9d9ff5877eeb5e78
	.quad 0xbff8000000000000, 0x40e0000000000001
	.quad 0x40effffffffffffe, 0x8556c415805dd791
	.quad 0xffbbee3300000000, 0x42001b6c80397b56
	.quad 0x6167e9e4c17969e8, 0x7ee808ad9ec78c81
	.quad 0x6f52fe4affc526a7, 0xf17ddc3cea111439
	.quad 0xa94bfc36a6a21bc5, 0x0000000000000000
	.quad 0x825fe50ba5073868, 0xed05d317d001dd39
	.quad 0x984e9adc43f79e23, 0x4f9400c11fa47dae
	.quad 0xc120000000000000, 0x3fa000009c16c257
	.quad 0x6cf5ad9640e80000, 0xbdd9ee44ff93f8e7
seed22:
	.quad 0xffffffffffd47774
	.quad 0xfffffffffffffdb0
	.quad 0xfc473ee206ec6319
	.quad 0x5e0efe94d9687732
	.quad 0x00000000000013ff
	.quad 0x1a50b07dfe5d56b1
	.quad 0xc65ce7d7bac53d14
	.quad 0x4215119d02f9ae24
	.quad 0xfffffffffffffff8
	.quad 0xffffffffffffffb2
	.quad 0xfff7b8f5a434fc35
	.quad 0x435165bf1df42b65
	.quad 0xffffffffffffff03
	.quad 0xea0c391799fbd80d
	.quad 0xc78c81767d6be2b4
	.quad 0xfffffffffcdb7bc4
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x304179eeffeeebcf, 0xc86f0c3448ff7b31
	.quad 0xa6a8278811d2c3d4, 0x470000013f9d4bd7
	.quad 0x6d5ac3733e918150, 0x7ff4d728dac88a1d
	.quad 0x08075902fff277ff, 0xffe5e80df92d596b
	.quad 0x7fc495ea3bb1e016, 0x802fffffffffffff
	.quad 0xa14b9c559c243efb, 0xc5af38c15b80035e
	.quad 0x0b0670775f6fffff, 0x5468af8dbe01c5b5
	.quad 0x7ff0000000000000, 0x40c0000000000001
	.quad 0x4042cea90bc3ee4c, 0x42e1fc634f7f7feb
	.quad 0x41f0000000000000, 0x80000000c3600824
	.quad 0xbff2eaab294aa61f, 0xffdfffffffffffff
	.quad 0x7ff9155ab07fe92f, 0x66bfbeb7db007c00
	.quad 0x97cb866965818800, 0x5d2aea7fc5ca4125
	.quad 0xbd20b6513ea61208, 0xc5d48627628706d3
	.quad 0x8355990603c686a0, 0xbfab39bf4d5b8b50
	.quad 0xc09b6742f7eb217f, 0x932e7bda4f000000
	.quad 0x53b7c0154b4efdbf, 0xbf3a4f25e4b5276d
	.quad 0x8256877b87c5edcc, 0xbef00000c2cdab85
	.quad 0xff800000c9ee0000, 0x390e8a2d0037ed2a
	.quad 0xfff739c050aa1bb2, 0x7604fd523dfffe7f
	.quad 0x7fafe0ed48b00000, 0x475ce6ded9ffffff
	.quad 0x00000000fa477564, 0xbab25dc5ff9efe95
	.quad 0xc0b97bb4ffc00000, 0x07712a2d26c87a7d
	.quad 0x9cc4e14ac8f7ba00, 0xc34ffffffffffffe
	.quad 0x403bd92baa47b0f5, 0x2647fa5b2a13599c
	.quad 0x14aaf499807fffff, 0x3598e12f19c02319
	.quad 0x336450bdffec8901, 0x29497ac0e6fff8bd
	.quad 0x43807ba47f000000, 0xfebc36c1a59a199a
	.quad 0x7ff0000000000000, 0xfcd90081dafb28fd
	.quad 0x800ab6ab1ce9f0e7, 0x8f8d1981bf717a8f
	.quad 0x80400000e909a878, 0x8d04f06ffff0de00
	.quad 0xc05cf5f0274fd70f, 0x016c6206cbc51ab0
seed23:
	.quad 0x00000000ffffffff
	.quad 0x197e5c18cfc2a37c
	.quad 0x0000000000000001
	.quad 0x9366d7d8a06c0082
	.quad 0x970aeab9e86912a0
	.quad 0xfffffffffffffe4a
	.quad 0x0dfe9f366f82b464
	.quad 0x1a8d8cb9a6b746b4
	.quad 0x000000007fffffff
	.quad 0x9345bd39f2861428
	.quad 0x000000000000035a
	.quad 0xb49598a877348094
	.quad 0x8c1fe1c2575cd1a3
	.quad 0x0000a0699fd8dd1e
	.quad 0x435822b7f65cd80a
	.quad 0xfffffffffffffec1
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x5b6fcd2adfed7400, 0x7effffff4f7ffffe
	.quad 0xaf8ce0b86396a81f, 0x0000000042afc5db
	.quad 0xeda5dddbff800000, 0x0e493fa6fdaeb7ae
	.quad 0x7fc0000043652935, 0x1bef488180000000
	.quad 0xf61a48dda9f9b7e5, 0x80e2879178f2a840
	.quad 0x80000000bebed08c, 0xe7260ec87f0ef400
	.quad 0xc1effffffffffffe, 0x65d507b17b23d962
	.quad 0x7e4de286c944024b, 0xf116fc11bfe20000
	.quad 0x4056e02b7fc00000, 0xd1add020d2d0fef7
	.quad 0x31ff5c8c5fe4918c, 0xc122a00000000000
	.quad 0xaa25bb499c0b6400, 0xaac66794d7fd7e70
	.quad 0x3f2c6bf2be2c0000, 0x010c40ecf24d6fdb
	.quad 0x7f800000bee39093, 0x4a41d4044d9dbb67
	.quad 0x99b51d6820bd4b43, 0x7ff485a68978803a
	.quad 0xff9b59fa47800000, 0xffc000007ff9fcd6
	.quad 0x7fc18567be7db5f7, 0x6a1977985d05c7aa
	.quad 0x7f80000002f02b60, 0xbfeb000000000000
	.quad 0xbd31fa73e41f144c, 0xc05cfa4f759fba22
	.quad 0xffa3b8a48157117c, 0x43a3d4545a7ffffe
	.quad 0x80400000ff800000, 0x29d9b7fc7bfcf9df
	.quad 0xa25b5b7f595a1968, 0xc323d05b4369146d
	.quad 0xf3d258980019bcf5, 0xe402fc475b19fda1
	.quad 0x2352206415947e00, 0x5a7ffffeff800000
	.quad 0x7e0810b39c485909, 0x40169c4d81ced796
	.quad 0xc06b2ca6f7805b1b, 0x01bcdc6941a85915
	.quad 0x40506c3b267be951, 0xd48ff713ff40d1cd
	.quad 0xda687c1f5ed35ab5, 0xff800000b8200000
	.quad 0xbff6fa6874716bc5, 0x7ff43396888a8fe9
	.quad 0x7f9202cbff800000, 0x7892fe3b7967cdc7
	.quad 0xe0912bf57feefca3, 0xbb8dba9f64187c00
	.quad 0x9b1b3ca04dee755d, 0x76658df977ff6ff5
	.quad 0xfff8000000000000, 0x0f01116581000000
seed24:
	.quad 0xcbf406530b037b52
	.quad 0xffffffffffff52e1
	.quad 0x0020000000000001
	.quad 0x0000000000000205
	.quad 0x0000000000000022
	.quad 0x0000000000000263
	.quad 0xfffffffffffe7d20
	.quad 0x001d48122fd6d425
	.quad 0x7e5f3242d4a18cd4
	.quad 0x0000000b9cc4138d
	.quad 0x00000000000000c6
	.quad 0x00620f3d79173af5
	.quad 0x95f59268541746ff
	.quad 0x000000001f151ce5
	.quad 0x00000000ffffffff
	.quad 0x00000000002452a4
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x73f37d929df1c8ad, 0x5dc565feeb6fb561
	.quad 0x3324538b7ef4fc00, 0xbfd1fa80f6060932
	.quad 0xbf18000000000000, 0x7ff8000000000000
	.quad 0xbc5f87a2bf52b513, 0xbbf58be300000000
	.quad 0xda7ffffff135dc5f, 0xf1c6d524dff90000
	.quad 0xc7cf592b40dd7e06, 0xbfa330585fe0d26f
	.quad 0x788b3f007f9ec557, 0x7ff0000000000000
	.quad 0x82f988916afe9601, 0x093ad4877a6c7c4f
	.quad 0xbf74deaf52113cb4, 0x3e72d4907fc8e62e
	.quad 0x401c000000000000, 0x8000000080000000
	.quad 0xff9ab1b4c77ffffe, 0x437fcd30ff800000
	.quad 0x3efdf5f3db7ff77e, 0x80ffffff9ce1b563
	.quad 0x243edb48814b364f, 0x195178d8683bfe00
	.quad 0x32b877863bd7fe44, 0x0020000000000000
	.quad 0x4038000000000000, 0x914b9e0cdfffffff
	.quad 0xf5096fc4ffc00000, 0xc3daab71c19a81df
	.quad 0x0000000000000000, 0x0002d695caeef9b8
	.quad 0xa878c0ba7f9ddaf1, 0xc0480000426c9c11
	.quad 0x21d72f5eef6ffbef, 0xe8c1d5d8c9e39d98
	.quad 0x40e0000000000000, 0xd03efa8c7f800000
	.quad 0x9cee74c23f9662da, 0x800f054cdd310c35
	.quad 0x3ffd000000000000, 0xf2f4e4a8771f153e
	.quad 0x294d68e7df8349e7, 0x800000001bb49a58
	.quad 0x3bb7e69621c2bbf3, 0xfeffffff8d6182c4
	.quad 0x80c43e6ac36c3369, 0x6ae5c3ead1afddf4
	.quad 0x7f8a356b3e89f817, 0x4067c6de0ea3d8aa
	.quad 0xfffbcb5fefda2783, 0x41effffffffffffe
	.quad 0xc01e000000000000, 0x6873641232b2d366
	.quad 0x7fe6ee9641a04410, 0x9cff5a207c4c6485
	.quad 0x361cf4918381da01, 0x816bf7accd45b78b
	.quad 0x6dec54ee3fbefd0d, 0xc01000000c8e8026
	.quad 0xfff7833572935b29, 0x729935423feffbc4
seed25:
	.quad 0x6969d22c9318a583
	.quad 0xfffff912f920fe58
	.quad 0x20b1c0a70cc2611d
	.quad 0xffd7e922afb8c075
	.quad 0x2155094c65b056b7
	.quad 0x00000000000001ce
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff15
	.quad 0x291d0212dd1da25e
	.quad 0xffffffffffff6e63
	.quad 0xfffffffffffffd1f
	.quad 0x3aa761d484ab9816
	.quad 0xffffffffffffffed
	.quad 0xffffffffee43e7d6
	.quad 0x000000000030bca3
	.quad 0xfffffffffffffe91
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x82285b04367c0000, 0x87bb7ba63f800000
	.quad 0x236e2363a076791c, 0x4000000000000000
	.quad 0x7ff0000000000000, 0xe8300e21c4bd6748
	.quad 0xdaac2a8d357a79b7, 0x1021344d596e0c63
	.quad 0x8122b2cb413a1f27, 0x5318db81df9b1458
	.quad 0xbfa5947bfb6c4483, 0x41b9149b32113e20
	.quad 0x3fb7eab7afe8d841, 0x800000007f800000
	.quad 0xa220ed7fffdefbab, 0x7ffd334b89f4d21b
	.quad 0x9b42c231d7ffef2e, 0xffc6e82ba7dfd0ba
	.quad 0xfff8000000000000, 0xbaa923de7fbbd8ec
	.quad 0x40a80000feffffff, 0xc022400000000000
	.quad 0x7dbd004e2bbbc6e0, 0x41effffffffffffe
	.quad 0xbd0fb569619e7c00, 0x828fa8626da49f18
	.quad 0x3f811c3c084e2866, 0x80007c05250a45dd
	.quad 0x4f8d3026fffc2873, 0xead2ec11e9685241
	.quad 0xb95800007fc00000, 0x3d6e61b9ff8f7e00
	.quad 0x6ced401b76a9557d, 0xff800000f69a3024
	.quad 0xbc96a41c80000000, 0x7f800000df000001
	.quad 0xc1db0000c0280000, 0x3fd4090af7f1f691
	.quad 0x8100000040bc0000, 0xbcaa2e89f9fc4780
	.quad 0xbfdf4014ed4d5e83, 0x2186d76c816e03ff
	.quad 0xc07ffffef295856c, 0xf2c1f2ba80400000
	.quad 0x000327331fb7d846, 0x8000000000000000
	.quad 0x19c2739d0271866c, 0xbf9be7ed518e7e59
	.quad 0x9aa189e263edf84b, 0x02545f898618b726
	.quad 0x15453dad57b6b2ab, 0x402cc8c3ce21c0f7
	.quad 0x3eec115dc9d40000, 0x593d8c47164803ff
	.quad 0x072886894cd98252, 0x9e22724ac7fde4b7
	.quad 0xc3db9f89d0f934cd, 0x2fbb94cffff9fedd
	.quad 0xbef0000000000000, 0xff870848ffbfea9f
	.quad 0x6075dda7ffde7b9c, 0x272fe2f99b6b5288
	.quad 0x8000000000000001, 0x8000000000000000
seed26:
	.quad 0xffffffffffffe83f
	.quad 0x00000250ad1ae4fe
	.quad 0x00000000e4a10ec9
	.quad 0x0000000189401d7f
	.quad 0x6e944ebb98c08713
	.quad 0x11e7b579773abc88
	.quad 0x0000000100000000
	.quad 0xca6a388b2af3c671
	.quad 0x5787166081d83c2e
	.quad 0x84809169b6981f62
	.quad 0xd4a3103f8686c9d9
	.quad 0xfffffffff504baa5
	.quad 0x93f56b7584ca953e
	.quad 0xffffffffe8609fd8
	.quad 0x0000000000000305
	.quad 0x00000000000000a1
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xff800000aec33da3, 0x74e3c3087fd67dd7
	.quad 0xd107feecc5300000, 0x7d4ac04d14492ada
	.quad 0x0007cd829dfa8cf4, 0x403d3706a214c607
	.quad 0xfff4c20d4fe06cd4, 0xfede010e80000000
	.quad 0x403e00b399bdbaac, 0xc4ca1a0446800000
	.quad 0x8000000045c00000, 0x3f51f4a1628dbdc9
	.quad 0x8b048623da037ded, 0x8000000000000000
	.quad 0x4064822fc2f00000, 0x426461e3c0185daf
	.quad 0x827b066439800000, 0xff7fffffb9300000
	.quad 0xf29ea5684e0accd5, 0x62907250fff3c4c0
	.quad 0x7ff0000000000000, 0xc073dbfbdaff098f
	.quad 0x0000000000000000, 0x4032000000000000
	.quad 0x3ac7060647a2feb5, 0x66ae17376bd67031
	.quad 0x79e6e4bab1dbca35, 0x7ff0000000000000
	.quad 0x40f0000000000000, 0x7fb05bff7f800000
	.quad 0x4075880340ac0000, 0xffff552ff93abdd2
	.quad 0x7fbad2babef76b4e, 0x2de0ada8ef2981df
	.quad 0x5ffffffefffb857a, 0xad3475f09e5fbfff
	.quad 0xff339a493a51c8f6, 0x0896ed963ba1afb2
	.quad 0x3f2cd42700000000, 0x00000000c1d26451
	.quad 0x8c9bb313bfbfef57, 0x56c448777dfdb6bd
	.quad 0xbfe3c3f75558bda2, 0x80000001002c5967
	.quad 0x7ff0000000000000, 0xfffcc04f5f8f1530
	.quad 0xfa98ab69f76c0000, 0x3f66400000000000
	.quad 0x99713688c0a80000, 0xfe847dacc0d80000
	.quad 0x6176f1b93cbffdbf, 0xbf3ee42092ccdbf5
	.quad 0x4013000000000000, 0x80644c5a3d7db4d3
	.quad 0x7e70b4e57cb47f76, 0xd1ec1e6cbf719cff
	.quad 0x00000000c1200000, 0x003492df27366aaf
	.quad 0x7fc096547f800000, 0x1d9948bfe3dd8000
	.quad 0x80ffffff9956010e, 0x26ba436cbfffd92e
	.quad 0x017f243e8a95c286, 0xc7f3ee0a7ff176fb
seed27:
	.quad 0x31c035e366b9aa57
	.quad 0xfffffb220e377abb
	.quad 0x000000007fffffff
	.quad 0x6380996280f3666f
	.quad 0xbd634e4999af5376
	.quad 0x23afdc6a243f92d8
	.quad 0xfffc0d9ea971bb7c
	.quad 0xffffffff80000000
	.quad 0x00304bff6eddca82
	.quad 0xfffffffffffffee9
	.quad 0x74a81ce0f6cde66e
	.quad 0xffffffc8064120f0
	.quad 0xd205c179eb38236b
	.quad 0xeecf8158674c317c
	.quad 0x0020000000000001
	.quad 0xfffe54ed0e7162b6
	.quad 0x03c00000
	.quad 0xf0000000
	.quad 0xf3c1fc98c478c530, 0xffc000007fc00000
	.quad 0xffd87edbc10ec780, 0x3cf96c2e9aa98a8d
	.quad 0x7ff0000000000000, 0xbe5c44663fca255b
	.quad 0x3fdb0cd78cf81141, 0x24e6c0b4cefffcb5
	.quad 0x8e701edffffefff3, 0xcfc099d6f75d7ffa
	.quad 0x9fb8bc42a7ccc495, 0x000000013f5cb168
	.quad 0x41e3783e47ffffff, 0xfff0000000000000
	.quad 0x807fffff597fffff, 0x8ba96d80ab7564f5
	.quad 0xc1180000ffc00000, 0xbf93e8b04cde16f8
	.quad 0x00000000fc9d98dc, 0xd6b1011c7a7fbabd
	.quad 0xcef9d3497faf93fe, 0xf2710654405bba1b
	.quad 0xf5b09ced79a897b1, 0x0079c5ee0257ba4f
	.quad 0x7f936c0080400000, 0xda1e1129f8bb5061
	.quad 0x930b69a39ec13b8e, 0x0092e7c0bfbcb73e
	.quad 0xdc78e3d1c3db7fdc, 0xfff0000000000000
	.quad 0xbf92f3e801acb323, 0xc108000000512796
	.quad 0x89ba8f30bf7a8001, 0x7ff0000000000000
	.quad 0x9ce808eafae7a49c, 0xe1efdd6b4e67b7fc
	.quad 0xfd773ee88756fd5b, 0x9de3bf5aebac5eac
	.quad 0x2f8b6afc4019837d, 0x3fbd1ba72a1835cb
	.quad 0xc3e074aadf154037, 0x80000000f72a7a3f
	.quad 0x84ae6b80b5d6fd65, 0xffc0000001000000
	.quad 0x9f6c074382dd7c00, 0x9fa14ec5864b9d12
	.quad 0xccb18c02ef7fffff, 0x82b10aadfffd4ff4
	.quad 0xf1adc687afed575e, 0x29dc2a5bd86e33a0
	.quad 0xf7be4df76cec2f11, 0x800000007fbbac56
	.quad 0x228148a641d33fff, 0x7fc000007f7fffff
	.quad 0x56002f29e4b2d397, 0xcbee837f3918fd24
	.quad 0x37d2288b8fabfe00, 0x7f46c3b6fd99e3cf
	.quad 0xfffa5621a8a41921, 0xedc71017d5cde765
	.quad 0xffa1e2db989cab11, 0xda651e9a8931b144
	.quad 0xc3e0000000000000, 0xce92c36bfa17dd37
seed28:
	.quad 0x222207bea815e13d
	.quad 0x00000000000002e7
	.quad 0xffffffffffffff63
	.quad 0x0000000100000000
	.quad 0x000000da0cb37a37
	.quad 0x0000000000000184
	.quad 0x1e7a1aeab04b4126
	.quad 0xd98d06263dc979ad
	.quad 0x5471f93648b48771
	.quad 0x9d806fed79451fb6
	.quad 0x00000000000001ff
	.quad 0xc602d34a0aff0448
	.quad 0x1d7a65ab5f03e07d
	.quad 0x09d230eb16bbbdf4
	.quad 0xfffffffffffffe30
	.quad 0xfffffffffffffe95
	.quad 0x05000000
	.quad 0x10000000
	.quad 0xff6ca2df2efd1b6b, 0xbd8e039781c8a17b
	.quad 0xc051d6a59f3b92a8, 0x7fc00000ffad70c0
	.quad 0xb0956676fbaffd93, 0x5bc3a97a7fbfdf67
	.quad 0x149360f9bfdafff7, 0x8000000014a0102e
	.quad 0xd48bda50a1cc643e, 0xc00aa926c758d1ea
	.quad 0xfc9eadefa31bc6e0, 0x3fe0000000000000
	.quad 0x73a40ef3ff881c9d, 0x92cf043a12e5db9c
	.quad 0x505f9f3af273fdff, 0xfff0000000000000
	.quad 0x4016000000000000, 0x36b43610bfd4e564
	.quad 0x70574a0ad51f8f23, 0x8159366680000001
	.quad 0x00055e27ae9c1a8f, 0xc007b274f21f1537
	.quad 0x32e6fd6867dbaf7f, 0x8020000000000000
	.quad 0x527ac2d188bacd0b, 0xffc0000045420000
	.quad 0xa9bb63df755d1d54, 0xcd617a5953754ed9
	.quad 0x108f86bdbeedfdc6, 0xf215b39142d51040
	.quad 0x47000000016340a0, 0xbc14da9c0026204c
	.quad 0xc34fffffffffffff, 0x7fff067b377dcb31
	.quad 0x7ff0000000000000, 0x8020000000000000
	.quad 0x40e0000000000000, 0x8e5e3df5fffa5dbd
	.quad 0x00092a75510331c6, 0xddc9deb0cbe581c7
	.quad 0x7ff67801d63a5a5a, 0x95e35b923cb44f59
	.quad 0x32bea92a000dfaa0, 0x3e78d412ffc00000
	.quad 0x392e726cdffffffe, 0x009786ad471a62db
	.quad 0x401a71029c913562, 0xd5a49b071d26303e
	.quad 0x6ec73426117dff62, 0x88173dd1ff95b600
	.quad 0x860c02f9f777e7a7, 0xfa35b29c736d4640
	.quad 0x9db83810ffaf7fff, 0x7d0f8f21f09c6c64
	.quad 0x4124f00000000000, 0x79320f96fdfb9fef
	.quad 0xfff8000000000000, 0xc83612bee4ef91f1
	.quad 0x2d38bba218b187bc, 0xc00b4462ef55066b
	.quad 0xfb2df497fff8ffbd, 0x3feb800000000000
	.quad 0x7f1adb565c96beab, 0xffe2c2dcbff8ac09
seed29:
	.quad 0xffffffffffffffdc
	.quad 0xa2d11a238322a287
	.quad 0x1561c167cc4e11d9
	.quad 0x049333faed98a573
	.quad 0x0000000000016abd
	.quad 0xa3fb6bbc5652dc14
	.quad 0x99c9009f9867d8d2
	.quad 0x000000007fffffff
	.quad 0xc17c6a14177d967c
	.quad 0x000000000000013c
	.quad 0xffeeef9d66f0f762
	.quad 0x9475d20c94f499db
	.quad 0x0000000000000012
	.quad 0xfffffffffffffded
	.quad 0x15a3402980c972bf
	.quad 0xc4d9fe9c7c0a3e15
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0xe12f2b6ef25145c0, 0x3cce75e6218dbcb5
	.quad 0x000599304a7f4f4f, 0x8020000000000000
	.quad 0x810000003fb8c2db, 0x3f9d0e012828c2a4
	.quad 0x7002a7f4ffc00000, 0x40892b44c8e6fd3f
	.quad 0xff93a0b43ce33453, 0x7f992c54c1c9738f
	.quad 0x800ecc5b736600ac, 0x4f990b3780400000
	.quad 0x4236924b7fa937f9, 0x415f0c9dbbfc3b9a
	.quad 0x40f7fdaca4d576a4, 0x00c03037ffa7c9f0
	.quad 0x42f0cd1113ea2c79, 0xfff0000000000000
	.quad 0xdafdf687cece8400, 0x022161fcffc2b114
	.quad 0x1316286c22160000, 0xfe4dda6bd0477645
	.quad 0x6f01d1b040880000, 0xff800000c3240000
	.quad 0x7cbbd4a73bf64345, 0x19e99b723fbff59d
	.quad 0x18305ffcd9de76f5, 0xec6df1b6d5dbfa7c
	.quad 0xc011fce27fc00000, 0xbebde63bb8600000
	.quad 0xfa8fa3b6c3ba7588, 0x477fffff3ecb68c0
	.quad 0xc0699d35a23ee549, 0xdc0f1f6d5d21fdfd
	.quad 0x3f1b400000000000, 0x433fffffffffffff
	.quad 0xcfffd05a005ee194, 0xfff8000000000000
	.quad 0xdf829b23bff7ebe8, 0x4ee58e7501d1f4af
	.quad 0xbf901878da0c5cf0, 0x80656dd58da7999f
	.quad 0xc0050d96e541f1ab, 0xbf8d43914e9a8822
	.quad 0x43effffffffffffe, 0xb0474b0467e6a356
	.quad 0x000e302bbe2aef46, 0x4b3bf8d8c0b00000
	.quad 0xa86ffc6fe6defbc3, 0x7ff112d5a05f269e
	.quad 0x7fa417d87f3a33a6, 0xbfd549f1ffc4942e
	.quad 0x7ffc253b5025489b, 0xaffbf2078ae1ff53
	.quad 0x99aec7ac9fd526a3, 0xc056b3ef8bf12fab
	.quad 0xaf42a49441d04187, 0x9d7c0888f7fe4980
	.quad 0x478b747800d5fd10, 0x5018841c362a8800
	.quad 0x021e41739422c2f3, 0xeea3234dc77ca4ad
	.quad 0xfd269c5d9e339960, 0x7d7a128b770c987c
seed30:
	.quad 0xfffffffffffffdae
	.quad 0x75eeaf258e99d346
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x00e7b67cf47153e7
	.quad 0x0000000001000001
	.quad 0x720c0e8289fe11b5
	.quad 0x5eb233ddc2b8e42a
	.quad 0x63166f6ae4bfc6f2
	.quad 0xb6e21997b4f1b3f2
	.quad 0x0000001b7131d32a
	.quad 0xb7c52e41216b1102
	.quad 0x000000021225c983
	.quad 0xcda0f702cadf5439
	.quad 0x2f53367b4892bc31
	.quad 0x4cb08a97c1685ceb
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xb17f0018ff9833fe, 0x84ef94ac3713c27e
	.quad 0xe062ac057f977c55, 0x3fe8053168db9d25
	.quad 0x42c00000be4d309c, 0xc0df400000000000
	.quad 0x405e7c04eecb511a, 0xc3a30db82f188bff
	.quad 0x3fc00000807c6a21, 0xc3f0000000000001
	.quad 0xc018000000000000, 0x7eaf7eed3915a461
	.quad 0x3fad96885899487a, 0xfc57e442d417bd00
	.quad 0x24ceb89e4d3c7692, 0x0000000000000000
	.quad 0xc022800000000000, 0x55a7ee3dffef4ede
	.quad 0x800000007fdadcfb, 0x3fce000000000000
	.quad 0x3c9000007f800000, 0x007fffff00000000
	.quad 0x800000007f800000, 0x8007fd0dd10eb145
	.quad 0xfff128ce6818178b, 0x4020000000000000
	.quad 0x000eb60f281bafee, 0xa882ebca6bcca111
	.quad 0x40284243be4c9160, 0x2943fb52ffe97fd7
	.quad 0x0000000000000000, 0x2d950221db3de91f
	.quad 0xcc759df8fff6ed92, 0xdb0d7d5abf88d8a4
	.quad 0x40840000c074dbc7, 0xe3e59e98e0d70200
	.quad 0x43b2d43e00000000, 0x00000000ff800000
	.quad 0xd9fffffffaee69eb, 0xdfffffff0085b1fd
	.quad 0x716f26085eef1ff5, 0xc1f0000000000000
	.quad 0x7fc00000fc1fa797, 0x4054cc18cad7da0c
	.quad 0x9a6e474cae3ea74a, 0x96036852919553f6
	.quad 0x0a4d5c0ba0fc7ecf, 0xfe9ff93e19cfef1d
	.quad 0xbfe25e9e936407a5, 0x40840000ffff2fbf
	.quad 0xbdc0000080400000, 0xc073db9dc6d77fd6
	.quad 0xbfa4ddbb016cc6ea, 0x61b5d82ec8074173
	.quad 0x4f7ffffe5f800000, 0x006b5b9afeffffff
	.quad 0x01000000be000000, 0x831cd2ded4e21b24
	.quad 0xabfc95eebdb7c7df, 0xc059613d40a26cae
	.quad 0x40b8000000000000, 0x3ff265b03a3b9bf1
	.quad 0x3eedf1b1ff800000, 0x3a99000089fc1e64
seed31:
	.quad 0xfffffffffffffb6b
	.quad 0x71f4019c638a9deb
	.quad 0x0e9aacca1a318e51
	.quad 0xffffffffffffffff
	.quad 0x000034b5d049e467
	.quad 0xfffffffffffffdf8
	.quad 0x0000000000000276
	.quad 0xffffdb47c5997160
	.quad 0x0000000000000200
	.quad 0xebd93bddd652bbd3
	.quad 0xfffffffffffffe2f
	.quad 0xbbbbd7389db141a6
	.quad 0x0000000000000055
	.quad 0x85e5bb09b356f39a
	.quad 0xfffffffffffffd75
	.quad 0x00000000000000ee
	.quad 0x04400000
	.quad 0xa0000000
	.quad 0x4d19f85f7ffe46d3, 0x04f136dbff7fffff
	.quad 0x866f09fbf514c001, 0x7f8000007f800000
	.quad 0x68e4bc87ffffffbd, 0x028e8120ffe9c051
	.quad 0xeb26b10ebf08583d, 0xc20247daff9d5aef
	.quad 0xdfffffff844bdfb9, 0x7fff61d0c321db95
	.quad 0xff8c4f6a80000000, 0x800fcb57d3cb2c95
	.quad 0xb2e1d8c1de45b600, 0xa6b52fef4f327c04
	.quad 0x830046e5acc645cd, 0xfff89cdbbda97aee
	.quad 0xbc0917897d092322, 0x3f800001ffc00000
	.quad 0x9ea007502f7f7cff, 0x7ff0000000000000
	.quad 0xbffffffffffffffe, 0x4929a468e1fffffe
	.quad 0xc11400003e326732, 0xfff0000000000000
	.quad 0x80077982624ae077, 0xff9db703807fffff
	.quad 0xbf1b4531cddee7db, 0xb50594e3e77aff87
	.quad 0x852e9173f7dffc7c, 0xdf0000017fa59b9a
	.quad 0x437fb22d3dfbc47b, 0xc239109ec7000000
	.quad 0xc014954a4f5ef957, 0xc185768500000000
	.quad 0x1f5ccedf0e4a7a0d, 0xffee26b87418dc7c
	.quad 0xedde0cef7273bcbe, 0x3f34000000000000
	.quad 0x43e705247bdfbe0d, 0x4032f55c60faeb78
	.quad 0x6397cc63733400b5, 0x5c61cdc5606c0fbc
	.quad 0x3c7df268c0000000, 0x0247206d6517a93b
	.quad 0x00000000c0200000, 0xff4db89abfe77d4a
	.quad 0xc38ea354a98a31e8, 0xb7f7dddc54614982
	.quad 0xcca9d125fda97582, 0x0c84c424eb80784c
	.quad 0xfd774d5dfe16f51b, 0x8d340c9a0152899b
	.quad 0x7fb237e0c1810c88, 0x446057f56eda4a70
	.quad 0xfff0000000000000, 0x7951d19c5278b2c0
	.quad 0x812bee6b473157e5, 0xc01f000000000000
	.quad 0xc0d800007fa8fbe8, 0xc00fffffffffffff
	.quad 0x2d7fabe295727b7b, 0xa02f84803f57c4ac
	.quad 0xa64b3e90a3cbda80, 0x7ff68d549059eecb
seed32:
	.quad 0x5c26b8a8d66d8ff4
	.quad 0xb56be1fdcf1ab33e
	.quad 0x25a4759110ededc7
	.quad 0x0020000000000001
	.quad 0xfffffffffffffca7
	.quad 0xfffffffffffe575c
	.quad 0x8000000000000000
	.quad 0x000000007fffffff
	.quad 0xfffc9f28f8d218f1
	.quad 0xfffffffffffffe61
	.quad 0xfffffffff6ec4876
	.quad 0xffffffffffffff4b
	.quad 0xffffffffbe1b12a6
	.quad 0x000014d65b35351c
	.quad 0xfffffffffffffff9
	.quad 0xfffffffe63e765a8
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x808e2ab9c05c1398, 0xdcf3408fffdfb498
	.quad 0xbfd0000000000000, 0x8f8738e96ffbc612
	.quad 0x7fe97e864e0d6d37, 0x408231d53ac855eb
	.quad 0xf4b72a0dbd7d7f62, 0x4108000040af2e8c
	.quad 0x42ac4279ba720000, 0x7ff6e38a690921ed
	.quad 0xc9f00000f4173fbb, 0xf2660302c3511cfe
	.quad 0x749695f8d211ed9b, 0x3fc3070ac86d7fc5
	.quad 0x67a7d45ff965acbb, 0x91f1c280d60945b5
	.quad 0x801cfad1fdf61058, 0x19120781c28bd12a
	.quad 0xa4ab6a8afffcafd8, 0x3f9ad0538f7c2d45
	.quad 0x82555aa094163afd, 0x4b04131558e1fc00
	.quad 0xd0414ab841277a7f, 0x019166d4108d431c
	.quad 0xbfe60dc5553983f2, 0xc03249979e0e6599
	.quad 0xcc72a2c9ffffbf48, 0xddd6cc51f5bf0bff
	.quad 0xc1eaa772c3840000, 0xbab2b1267ce2ff6b
	.quad 0x8000000000000000, 0xc164270b712d2acf
	.quad 0xb4a166c863cc0f9f, 0x3f5bce8fbe5dffd9
	.quad 0xe5225baf78d70730, 0x09b7461580b35e32
	.quad 0xbfdf74561b69aaba, 0x14c30cd4c1b18400
	.quad 0xbd9a5711007fffff, 0x557e6f84cf8b3dd0
	.quad 0xc744231baeea0192, 0xeeb1d31bbdeef7bf
	.quad 0x1b8183737e800000, 0x00000000eca35fd7
	.quad 0xf8e04886b5f2fbe1, 0x4295065adb98a0d9
	.quad 0xfdd32c8b9ebba3bf, 0xc168bfcd3da16971
	.quad 0x3dc69808d3b29c2f, 0xc49ccea6fde8c6e6
	.quad 0x32ad2a0dfefa7e3f, 0xbf052b53c3000000
	.quad 0xc96800007f909862, 0xf3f5fb942e8dfde4
	.quad 0x4038000000000000, 0x0000000000000000
	.quad 0x1a39ee3ffbdd0000, 0x5b462f2fe7567d37
	.quad 0x501227aa96930629, 0x8179b3aa34c71932
	.quad 0x5cc7e89303977b5c, 0xc1e0000000000000
	.quad 0x43fffffffffffffe, 0x1a56b3908f6a712c
seed33:
	.quad 0x000001a96a4f9fb6
	.quad 0x0002f8ea8e5ce5ff
	.quad 0x6f104bebe4522759
	.quad 0x000000000000006b
	.quad 0x00000000000002b4
	.quad 0xcc8d8e8a3985500f
	.quad 0x0000000000000313
	.quad 0xfffffffffffffc61
	.quad 0xd63333c5fe910c17
	.quad 0x764dd6e9fb7e1cd8
	.quad 0x93634cec1287cd0d
	.quad 0xffffffff80000000
	.quad 0xf7e9688c52211eea
	.quad 0x000000000000011f
	.quad 0x000000000000009b
	.quad 0xcf1b42763cf6fb1b
	.quad 0x01000000
	.quad 0x30000000
	.quad 0xbd41c89b7fc15f5f, 0x29656a4f7f9ddfef
	.quad 0xffa7619e40dbcc45, 0x2c79a8a7fd6ffe59
	.quad 0x7ff628bdc4d03da6, 0x42088cb21be4ba95
	.quad 0x817dbbb8bcfc4ddc, 0x800000002a88020a
	.quad 0x8c9b829ccf7fffff, 0xff92541dc291b618
	.quad 0x3ffcc472b99bd8eb, 0x62ab55773712365a
	.quad 0xbf4c000000000000, 0x807fffff7e800000
	.quad 0xbfc6f725578f258e, 0x49823f9c7faa4d3f
	.quad 0xc7800000bce4f33c, 0x40689ea7a672841c
	.quad 0x41fffffffffffffe, 0xfff9685680000000
	.quad 0x9b6a744136000000, 0x007fffff005865b4
	.quad 0x1140baa3bfcc3ef0, 0xfff0000000000000
	.quad 0x4608d05dfff2ffe7, 0x099b1fec75cefa0d
	.quad 0x32c35dabeefffeae, 0xd31bb67b6f82fa7e
	.quad 0x48155a966ffbff51, 0xb3f036f3ebb34345
	.quad 0xcf80000140edd744, 0x06f94e9680b4ecb5
	.quad 0xde56d06cff9882af, 0xbfab6fb4defeb83b
	.quad 0x3ff0000000000000, 0x400ee3e61adce6e8
	.quad 0x6c8c96af7f9ca2f9, 0xecaf9f822bfe24a5
	.quad 0x7f80000046c00000, 0xbff8094fc2f8678b
	.quad 0xd216021be27fffff, 0xbf85c00000000000
	.quad 0x7ff0000000000000, 0xffdc2c707f800000
	.quad 0x7ff0000000000000, 0x8000000198220f2f
	.quad 0x831655010ff07c16, 0x80000000bb912c60
	.quad 0xec0d7213e30ecf8a, 0x80000000d2800001
	.quad 0xf77dc3f1ffb1026b, 0x238d5448d001115e
	.quad 0x80400000019466cc, 0xc01f000000000000
	.quad 0x7e9ed1ea3fb43f66, 0x00d6eb04e9f129ac
	.quad 0xefa11d080efc80fc, 0x401b000000000000
	.quad 0x00823f4d084dd42b, 0x081e73157ffddfbd
	.quad 0xe5ac64e33881821e, 0x92244b637fc00000
	.quad 0x40d6d4d57fc00000, 0x7ff0101e442ec01b
seed34:
	.quad 0x02d5c1381fe846ef
	.quad 0xfffffffcac006905
	.quad 0x0000000000000225
	.quad 0x0000000000000000
	.quad 0x8d5488655fd1c40a
	.quad 0x0000000100000000
	.quad 0xd7f6a0fd307d8eef
	.quad 0x690ccbd23fa921f0
	.quad 0x00000000ffffffff
	.quad 0x4753f0be9594f21d
	.quad 0x00000000000001a9
	.quad 0x000000000000028d
	.quad 0xfffffffffffffe5d
	.quad 0x6e2bd0f204983c51
	.quad 0xfe0d1561be97a747
	.quad 0x00000000000003da
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xe9a078c6be5a7c00, 0xf4dbce870015cf7d
	.quad 0xc379773fecfda55e, 0xffdfffffffffffff
	.quad 0x43b0000042a7adcd, 0x400e000000000000
	.quad 0x8000000000000000, 0x45f83deada5ffaff
	.quad 0xbfba9bd300f58654, 0xff4427e0802594c1
	.quad 0x2bfc0097e97e0000, 0x012be690ff800000
	.quad 0xff800000007fed33, 0x0026ba73df2beb6e
	.quad 0xb0b46105e1f97cea, 0xfe4e907a5d86c3ba
	.quad 0x0f257ae208c67f0f, 0x1440968f80400000
	.quad 0x177e9e68c1000000, 0x7e339071bb0e53f4
	.quad 0xd94cacef33497c00, 0x7fe0000000000000
	.quad 0x1cba2edc7ffdfd97, 0x3cdce96200ae481f
	.quad 0x46c00000ff800000, 0x99d46a2775410d1e
	.quad 0x90c32065ffed7a91, 0x7fefffffffffffff
	.quad 0x5f9fdde1bfffc7b1, 0x63a0589935d70400
	.quad 0x0000000000000001, 0x7fe4c1ec16b72156
	.quad 0xeca712d6f1498000, 0xc3345082ff800000
	.quad 0x39445123f7af829a, 0x599a90e70c3ac140
	.quad 0x0005dcbdcc848f0d, 0xd90c88ad4f598a20
	.quad 0x85369b66d3dab4f9, 0x43940000f6e0c2b0
	.quad 0x69ab1337ff7fffff, 0x8d74fec27fae3c43
	.quad 0x3faa09215143d436, 0xeaf39a17c95deb54
	.quad 0x84116003b2ce7bff, 0x07e3c24e0033212a
	.quad 0xbe45456380000000, 0x80395db500000000
	.quad 0xbffc000000000000, 0x2cdba380f92b1c95
	.quad 0xf57f44fff1a08001, 0x82e2e7ebdf000001
	.quad 0x9d533a035cab7800, 0xc038e888c00c434d
	.quad 0xc0f0000000000001, 0x7f000000c3a0e429
	.quad 0x49e00000ffc00000, 0xed3b7d87b2e48000
	.quad 0xfe80000080000000, 0xb20c7bc01ebab16b
	.quad 0xf04deb9a5dfeff3c, 0xffd0000000000000
	.quad 0xb946745988b0c225, 0xbfa9e7bf5681bf2a
seed35:
	.quad 0x51214fa85e6acc58
	.quad 0xbc8fb5518c2a4fdb
	.quad 0x31a5892a544efb8b
	.quad 0x45cf725f694e8e68
	.quad 0x2b7c6e8ce4076dea
	.quad 0xfffffffffffffd15
	.quad 0x20ec8aee940bed07
	.quad 0x87bf3892a2d3823b
	.quad 0x000000000000014d
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff42
	.quad 0x5a72738cc8102cc9
	.quad 0xb20cdb4085ef7e4c
	.quad 0xabac41d5b2ae6302
	.quad 0xa1b81d38bfd43073
	.quad 0x762b010ab0f65575
	.quad 0x05400000
	.quad 0xe0000000
	.quad 0xff80000004d0d4a2, 0x87eff65e4c387ab1
	.quad 0x0011e58d41d3c2cf, 0x00768d73c0500000
	.quad 0xfef844dfa6843667, 0xff32536f5724e222
	.quad 0x7395519f47ffffff, 0x17d7f790bf21dcdd
	.quad 0x41b5b5504354ebda, 0x350800f6ff7cfffa
	.quad 0xc5fcf36c72f7b57d, 0x72b77a9cadc34100
	.quad 0x79c8736148867a88, 0x7f97c4058aa52668
	.quad 0x8000000000000000, 0x27e637b4ffc7fe7f
	.quad 0xb19f5a8adffafecb, 0x21153773d2cf0780
	.quad 0x195e106eff98c001, 0x80800000feeff80a
	.quad 0x7fff8240e8e5acbc, 0x0008000000000000
	.quad 0x00000000da000000, 0x3e4319d07f08ea2d
	.quad 0x9c40aae09cbafcec, 0x7a8a6412fd4bfdab
	.quad 0xf1e9d8eb1440ec00, 0x66b536965c90d3ce
	.quad 0xf9ef6de272c12b6b, 0xdb348e2873d7364e
	.quad 0x266603e9bdb94890, 0x410ffce7cffffffe
	.quad 0x8000000000000000, 0xc4340000804be8d8
	.quad 0x3cc005b675973de0, 0xbf79e5b1f34c580a
	.quad 0xc0e0000000000000, 0x6d4f046140efbbef
	.quad 0x801ac230ff9e5f7d, 0x40f8660e3dd0ca05
	.quad 0xb46738b9f61927f9, 0x7e8aa1f103abcdfa
	.quad 0x5976ea52191ea298, 0x4012000000000000
	.quad 0xfff31cc5197ef694, 0x0b1ad19cfe800000
	.quad 0x9895d56c8466b335, 0xfe93d5f5c1479ed7
	.quad 0xc0180000cd54731d, 0x3fa184947effffff
	.quad 0x8032c917bd400000, 0x0163626b8da68f27
	.quad 0xd380a02788ffffff, 0x932dc5848698a585
	.quad 0xe5bfdc8ffead3e80, 0x957593bad8da8061
	.quad 0x800fffffffffffff, 0x3ee1e86e7f800000
	.quad 0xff3f2d2ef37fac5d, 0x0002f89c5e1b0db6
	.quad 0x56d8855979f3db5d, 0x80ffffff7ffe238b
	.quad 0xb1b06c03ffffffff, 0xb5a69c9623863253
seed36:
	.quad 0xffffffff612b3d50
	.quad 0x5d20df0e9f7657a5
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xf2d8a7fe1a85f43f
	.quad 0x0aad6782245759d2
	.quad 0x00000000000001ad
	.quad 0xe9ce92ed314fbbb3
	.quad 0xb3d2e1826d8400e5
	.quad 0x3a3c9f82150ac6a6
	.quad 0x0000000000000000
	.quad 0xfff82073ddf3d2ca
	.quad 0x000011dd5e0f4af8
	.quad 0xbf69e6d05e255f9c
	.quad 0xfffffffffffe5982
	.quad 0xffffffff80000000
	.quad 0x01800000
	.quad 0x10000000
	.quad 0xff8000004b62bf26, 0x403a17a9c49a11bf
	.quad 0x54f28def817fffff, 0xbfefb74ebfcfde99
	.quad 0xc38185a0da000001, 0xc01b000000000000
	.quad 0x527fa38cfbbbd6d1, 0x270e0c59a0e088a0
	.quad 0x3d9c4a30fcf24799, 0x0027c89800000001
	.quad 0x2f75df55a7be4900, 0x7fe6373357932fc9
	.quad 0x00019ad1347cc8f1, 0x014317d8cc2c32be
	.quad 0x800b3d5a9db1e924, 0x800d42440f9b7766
	.quad 0x1c892007b432bc00, 0x0d02f64040d40000
	.quad 0xfff0000000000000, 0x7ebb04e2c3725a1a
	.quad 0xc8358a338e39a855, 0xf4b2fd807e800000
	.quad 0xbfe13d38cde2f4a1, 0x80995f0e21e78000
	.quad 0x8d25483bfffffffb, 0xbeba78678026b2d6
	.quad 0xbfa4cbb67cce706a, 0xabb386b6169a5173
	.quad 0x41f0000000000001, 0xf7570720c8a35941
	.quad 0xc020c0d45d2583cc, 0x0000000000000000
	.quad 0xc1bdcff97836c259, 0x001fffffffffffff
	.quad 0x8020000000000000, 0x7fc000007f800000
	.quad 0x9df944330e81f9ea, 0x432a0f98bc31dc6b
	.quad 0xfe00edafff9371c7, 0xe43996bbff8ac8bd
	.quad 0x7ff36b0676587abe, 0xdf0afd4bedffffff
	.quad 0xe7a6cc4b67f6fc00, 0x9720b01e76d90b05
	.quad 0x7ad285d2ffdc7ffe, 0x3f746a19ad6ea526
	.quad 0x40d94505d9f9dd0c, 0x24d6c53099abfeff
	.quad 0xc8b925ef978a9f35, 0x7ff0000000000000
	.quad 0x0fcaa9b6bfb351c8, 0x00aa8867bc874781
	.quad 0x4065c00000000000, 0xc19603938cbf4d88
	.quad 0x3ff0000000000001, 0x7ff1ed7035ff008e
	.quad 0x2698ad5e51d27800, 0xb6df0000be800000
	.quad 0xbf92376721241224, 0x3e0000003dabed1e
	.quad 0x73c63e66ff98fd86, 0x0c524235bd9bffcd
	.quad 0x3db2c464ffc6fc00, 0x887749bbef5fa4b2
seed37:
	.quad 0xcba58f6ad0f5be7f
	.quad 0xffffff987f0f9b9f
	.quad 0xdeef1b69cb2125ac
	.quad 0xfffffffffff38dc6
	.quad 0xfd52506216c176fa
	.quad 0x000000000000016c
	.quad 0xfffffffffffffd2f
	.quad 0xcaca124534613d04
	.quad 0x582154fd13f63c35
	.quad 0x2efdeb981ffe8049
	.quad 0x359821c78af32212
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x0000000000000078
	.quad 0x0000000006daebfb
	.quad 0xffd1b3c517bfe142
	.quad 0x02800000
	.quad 0x60000000
	.quad 0x7f0937892172810c, 0xfff051f471410a98
	.quad 0x4021c00000000000, 0xdd9f733799a4a68c
	.quad 0x40f08cdd1b830a14, 0x80000000000a8201
	.quad 0x004000007f800000, 0xfff0000000000000
	.quad 0x3bc4ec9b7f800000, 0xfff0000000000000
	.quad 0x7fdb3c8cf82d7e12, 0x7faf782bbc795f45
	.quad 0x002791ddffa34e1b, 0x8000000040000001
	.quad 0x27044d6a82c05d12, 0xfd53f92aff9f5086
	.quad 0x2c164dfd6661a583, 0x46d30e8adf31fc00
	.quad 0x06502a1c49d80000, 0x41e0000000000000
	.quad 0xb7b28ce7dfffffff, 0x45730d9e4cc2c000
	.quad 0xed42370640a00000, 0x93319ea8e2fdc01d
	.quad 0xb9cc0000f58a399b, 0x12319644c3026307
	.quad 0xf7e1ff06c19750da, 0xc130468ddf7ffffe
	.quad 0xc0518bad6826715c, 0x7ca45596d61a7087
	.quad 0xbf181497ff800000, 0x7ff0000000000000
	.quad 0x2f597ef0fff2960b, 0x3cc5deb53f800000
	.quad 0xe1bfe2e4f9cb995e, 0x3f800001df800000
	.quad 0x4301741880000000, 0x3f2b390a3d77967f
	.quad 0x6470012d5a86bfe5, 0x7f890fb847000001
	.quad 0xbee00000007fffff, 0x53f51aec7cc4526c
	.quad 0xfff15df5410e66fb, 0xde5928187ffc8151
	.quad 0x3fa36ef65ece08c9, 0x0ecea2b07f5ffffb
	.quad 0x81a6fb146b164c6f, 0x8961818047a80000
	.quad 0xe9de61b8de9201e7, 0x15711733dfef38fb
	.quad 0xd8152175b1b70f05, 0x13055231c21e79c1
	.quad 0x802d840a1589f062, 0x80526d197b166d73
	.quad 0x0325f76400c17ff7, 0x8ea2c810cda0f3fe
	.quad 0x5608cf7a27fd9a43, 0x5a64e7a0ec5d7d1f
	.quad 0x3208d7942cd33276, 0x00000000cf7ffffe
	.quad 0x1ee81870456ce055, 0x3f8bafc6dc64e5ca
	.quad 0x84206249cb4263c3, 0xc4a0000040400000
seed38:
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd32
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffde
	.quad 0x00000000000003a4
	.quad 0x0000000000000071
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffd3f
	.quad 0x0fa56e7cd9cd9b5b
	.quad 0x000000007fffffff
	.quad 0xfffe9dee561f658e
	.quad 0x64749767c9df1b13
	.quad 0xffffffffffffff8a
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x5343a79d5de87c59, 0xc03d2baf3dd3eba0
	.quad 0x7ff3e16629549779, 0xbf845a1bbf4e4345
	.quad 0x448b4fa893bd279c, 0x410c0000c77fffff
	.quad 0x146f4086fffefeeb, 0x2396a501ff48d165
	.quad 0x802fffffffffffff, 0xcd211fd0bd54dfdb
	.quad 0x3c9105c7a4d94a14, 0xc9a60000be4c7d95
	.quad 0xbff45abd9a8deba8, 0x3fbc000000000000
	.quad 0xc074bb8913824cb1, 0xaab98b2f7f000000
	.quad 0x2dedfa83ff800000, 0x7ff0043c8a9aedfb
	.quad 0x7ce7cb00da887c3c, 0xd7e93fbc1f6507ff
	.quad 0xfff536e4786a3db7, 0xc06e959c9ef7e84d
	.quad 0xa5fa6c063dea1128, 0xfcac2859e0d51f44
	.quad 0x7f8765fa6f5b0e7d, 0x11f9a3ecbc9d0dfa
	.quad 0xbfd0000000000000, 0x7ff0000000000000
	.quad 0xc03d72e4de64e076, 0xd615c717a16c8000
	.quad 0xd6b2bb791ed5c214, 0x8049d62eb8c00000
	.quad 0xc0e0000047800000, 0x98ad58c73fa908ef
	.quad 0x40f0000000000000, 0xff800000438026a9
	.quad 0x48cbe888b821c280, 0xb836084cf6d0f8b3
	.quad 0x0a22cd64bd0d436e, 0x1f1dfaaad7c68560
	.quad 0x8925c2e99f0c4c40, 0x0000000001bcd5cd
	.quad 0xc07273461544c94e, 0x03ac0f6c88ffffff
	.quad 0x38978d340a20ff87, 0x7ff0000000000000
	.quad 0x00000000ff800000, 0xfff45f325061935d
	.quad 0x8080000040e80000, 0xd024fa31c210c46a
	.quad 0x277c9e04bee6c7a0, 0x5de4e947a3cad58e
	.quad 0x802261cfacab9840, 0x805e9ff4dd76a73b
	.quad 0x1097ca12ffbfffff, 0x6911781f6f7f78f5
	.quad 0xffe100a3394a6fc9, 0xfff8000000000000
	.quad 0xbcd2ed0400800000, 0x8da2c0ddfffda6ff
	.quad 0x802a4619664ca348, 0xbf7614e88e5297f3
	.quad 0x3edb400000000000, 0xf8538d0b5150e7d5
seed39:
	.quad 0x00000000459dc258
	.quad 0xfffffffffffffdbd
	.quad 0xffffffffffffff94
	.quad 0x0000000000000351
	.quad 0x0000000000000d82
	.quad 0x87f4772141239a5e
	.quad 0xffffffbd0656216a
	.quad 0xffffffffffffffff
	.quad 0xa119aabc8dcf1f77
	.quad 0xffa1e61d721a1816
	.quad 0xd9297957927a1763
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe5f
	.quad 0xff9dd2a2c130eae2
	.quad 0x00000000000003a5
	.quad 0x377050440fdd7543
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0x3fc213d44be3bc4d, 0xc006000000000000
	.quad 0xfff7e54f9f2cfbbf, 0xe2c9d98bc291b6b8
	.quad 0x9943b9e1b5fb7d7d, 0x99b6bbc2676b2d0e
	.quad 0xfff1617a91a73312, 0x40ea0000c3858950
	.quad 0x4829dcb4e6eb62e2, 0xc010000000000000
	.quad 0xc0446506f23a2744, 0x043f859dff9553b3
	.quad 0xfffc2de832e34f77, 0xc3180000c2edf7ce
	.quad 0x99f61388087ba687, 0x283c57e00ad9fc00
	.quad 0xbfbacdf4c7e6ce76, 0x13e574ed3f247d0d
	.quad 0x7ff8000000000000, 0xff7fffff40a00000
	.quad 0xfeb721c559850d9a, 0x04a7bd1dac680000
	.quad 0x3ff8eb3ec0a80000, 0x005168f1f083e1cf
	.quad 0x8527ea82a4d01fad, 0xc0ffffffffffffff
	.quad 0xbff0000000000000, 0x89d27d30d53eb2bc
	.quad 0x000000007f800000, 0x21be534eff98d9ec
	.quad 0x7f895c51c328cc2e, 0xc05b694617549fb3
	.quad 0x40d400003d500a60, 0xbf800000c02ebe02
	.quad 0xbf71fb25dc41e199, 0x0000000101294f37
	.quad 0xd55ac48e35d4ff48, 0x8005cc4fd84908aa
	.quad 0x7d99f4099ade3131, 0x55c945f5fda36dff
	.quad 0x1ce2d96cff000000, 0x7ff403dec72b15b7
	.quad 0xc4c000007f800000, 0xfff0000000000000
	.quad 0xc022000000000000, 0x0000000000000000
	.quad 0x3f848abb81b3bcfa, 0xc2c87d0385aa55da
	.quad 0x43efffffffffffff, 0xbf2e4d85bfd2336d
	.quad 0x7ff0f2ce721633f9, 0xffd6ab44b24d9b2f
	.quad 0xcaaa2bccd1b613bc, 0xc8dc62d0ffffcfef
	.quad 0xf281af76c61afcd1, 0x0065cfa68dffeafc
	.quad 0x8847ec53ae62fc00, 0xc2b35f26e5e544ca
	.quad 0xfff0000000000000, 0xc33ea5751fded4a1
	.quad 0x05f99c891ae35227, 0xe36df18ef2827833
	.quad 0xbf856f834a681be6, 0x7ff0000000000000
seed40:
	.quad 0xffffffffffffe95d
	.quad 0x2d353bfda536ddcf
	.quad 0x0000000000000001
	.quad 0xd78b8a1f4c145d93
	.quad 0x77a6e8f755b623d6
	.quad 0xfffffffffffffde6
	.quad 0xfffffffeec8890a2
	.quad 0x2e6997f800e770a3
	.quad 0xffffffff80000000
	.quad 0x035d1a171a36da0e
	.quad 0x00000000449747ce
	.quad 0x31320a5b61927924
	.quad 0xa9f7fa4e82ac895e
	.quad 0x0000000000000123
	.quad 0x06364f5f004a6311
	.quad 0x46fdbad9833a9c60
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0xc1effffffffffffe, 0x4f7fffffa73a1644
	.quad 0x091043f800000000, 0xbfc80dcf61ccbca1
	.quad 0x002ce3d07fbefde3, 0x1744e9289ec40af8
	.quad 0xc33ffffffffffffe, 0x8093861669ae7a6e
	.quad 0xc1efd18040b80000, 0x4002fe522cb9cd31
	.quad 0xff0f3c0b64e03663, 0xf659dd701782d9db
	.quad 0xfff6fb00b7bc2308, 0x3ff7e2d1a5f033b1
	.quad 0x3fa430df67537c00, 0xc0357642c36b0000
	.quad 0x994235b725613531, 0x7fc000003b9325c3
	.quad 0x4bcf9367eeffffff, 0x40dc00007fc00000
	.quad 0x7fc58102802bb9f8, 0x7c613e85924c66ca
	.quad 0xfd8ed1dafb3a92d6, 0x416000007f874286
	.quad 0x000000003c478000, 0xffd4cf7e0067642a
	.quad 0xab984115abfbcbd5, 0xb54973b914a172af
	.quad 0x7ff0000000000000, 0x7f8000007fc00000
	.quad 0xbc05b6117fbae752, 0x51c0d5fa7bffffff
	.quad 0x6a00f152ff92d60a, 0x7ff254c612779d55
	.quad 0x403a47a95fad13e0, 0x37c00000bba4c2cc
	.quad 0x7f80000065b7aa97, 0x4cae2abea31f81d1
	.quad 0xd42be31fac2ade09, 0x7fe095ca40b80000
	.quad 0x41b6433dffc00000, 0x7f800000c8400000
	.quad 0x80f9fbb02986890b, 0x17d3c5607eeedf7e
	.quad 0xa3fd348fa06f3fa1, 0x7fc00000013e845d
	.quad 0x05fefbc9c0c80000, 0x8010000000000000
	.quad 0x7abd4774b99387ff, 0xbe1e462380000000
	.quad 0x8000000080000000, 0x3f82cea9e0ae8c4c
	.quad 0x43f0000000000000, 0x3caf956597a50b79
	.quad 0xfff4d94bbe96fcff, 0x01000000ff811b7e
	.quad 0x3e5aa8dcfffec459, 0xc1419dbd938eb9fa
	.quad 0x97ca3794ffef7e56, 0x3f8142f2b3882cb5
	.quad 0x83c5286ca37336e2, 0x40ffffffffffffff
	.quad 0xc343ae1fc16bf8d3, 0x5e9c91b1e43b6d12
seed41:
	.quad 0xb3d1cd429a9dfa9e
	.quad 0x1617dfe09e5bdd57
	.quad 0xfffd83edf2719d39
	.quad 0xfffffffe6003e7f9
	.quad 0xff8f5b5d223adc26
	.quad 0xf67f1c2ea956169e
	.quad 0x98bd36a2872aeb1b
	.quad 0x8dc7638a169fb0c4
	.quad 0xffffffffffffffaf
	.quad 0x06ea50f4cfe55d07
	.quad 0x0000000080000000
	.quad 0x007457bcf2ad7588
	.quad 0x00000001d4eb4f0b
	.quad 0xfffffc8e3dfb3e16
	.quad 0x000000000000013f
	.quad 0xffffff2952593b15
	.quad 0x06400000
	.quad 0x20000000
	.quad 0x80a5f5441665e7c7, 0x7ff0000000000000
	.quad 0x812b754c8d106960, 0xad0d2ab5bc3cf7ed
	.quad 0x80030302e41bcea9, 0x0000000000000000
	.quad 0x80d7dd4cd29ad068, 0x40f0000000000001
	.quad 0x9c4dcfa30cfe005f, 0x3bf07ba30043606c
	.quad 0xc14d3248f5cf6833, 0x4a3f333b586ffcd8
	.quad 0x42baf79fe5db63a5, 0x7ff8000000000000
	.quad 0x24f62e095e9603ff, 0xe32ddee59476bc00
	.quad 0xff800000eeebcab3, 0xdc2f154cd71ec880
	.quad 0xbfa7f8c9ebfc69ea, 0x189d711aff800000
	.quad 0x3f92fe3390410dd3, 0x68376e1753a78c90
	.quad 0x400a000000000000, 0x0067594e80406b18
	.quad 0xf27787357fa764d0, 0x740cedc4fe6dd3ee
	.quad 0x81872ac605c60252, 0x80b6e67ad9bb8fc2
	.quad 0xbd25576180000000, 0xc3e0000000000000
	.quad 0x7db6d1ae5cd3de25, 0x94dfcf817fc00000
	.quad 0x5700000149800000, 0x43e2ddc9c0600000
	.quad 0x3fde60e7c9dba8f1, 0xa8e005f3cb96fc00
	.quad 0xc91000003da60000, 0x3ff8d108e704d94a
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0xc0727b1a57a82b10, 0xffd0000000000000
	.quad 0x802907942c39caad, 0xbd6b99737f800000
	.quad 0x814f4f0defffe7dd, 0xc052c1b7f63ddb41
	.quad 0x40600000011eb3a9, 0x0e295e87ffdffefa
	.quad 0x5993b29c8601dccb, 0x9c66f7074a3274e5
	.quad 0x80000000df7ffffe, 0x407c4c33c527ae93
	.quad 0x800000007ffd0ad4, 0x7f8ba76abf9a97c6
	.quad 0xce3da2f2dafffffe, 0x7ff623db9f1ce0e7
	.quad 0x0020000000000000, 0xbc38774000400000
	.quad 0x8fc5f3c1b3bdf36f, 0x000000004184ebe5
	.quad 0x0000000000000000, 0xcae282b57f937ec1
	.quad 0xbc400000ffc00000, 0x3b9e8317cb17937a
seed42:
	.quad 0xffffffff80000000
	.quad 0xd7f2d748d77c0a14
	.quad 0x2457ccc0f6450808
	.quad 0x8000000000000000
	.quad 0xe7ce1191254e7af0
	.quad 0x225e29afa64b2c48
	.quad 0x3f7ad6bcc61ab87d
	.quad 0x98dc676608591ea7
	.quad 0xe838b46918758b4a
	.quad 0x0000000001000001
	.quad 0xffffffa3d41f64fd
	.quad 0xd7aaad0dbfc2f98b
	.quad 0x0020000000000001
	.quad 0xa657100050bd7000
	.quad 0xf05d047d0c0dd09a
	.quad 0xffffffffe1c28341
	.quad 0x01c00000
	.quad 0xc0000000
	.quad 0x1503fa6768c70bff, 0x43efffffffffffff
	.quad 0x800b9a03f002119c, 0x7fae047bc8140000
	.quad 0xef1a6346ff97ed1a, 0x7824e1babcfaba8b
	.quad 0x4054000000000000, 0x29e52f91b96689b6
	.quad 0xb407d38279eb8496, 0x5a49d59b5ffbfbed
	.quad 0xf6b0cc1f10eb1434, 0x3854e7f069ecff32
	.quad 0x1b09568a4f1f1f67, 0x401c000000000000
	.quad 0x4fa26865dc815000, 0x3fab399084650ab0
	.quad 0x999a158ffffbef8d, 0x3f8c8c88a755e326
	.quad 0x69e505b83882b93d, 0x807fffffff90b3a8
	.quad 0x8000000039050000, 0x62e76a3cc1400000
	.quad 0x3f9f114d5d102a90, 0x0000000000000000
	.quad 0x42537940fad03537, 0x001fffffffffffff
	.quad 0xbb8e942c8032c14a, 0xcf5842c7d75cfc00
	.quad 0x68bee77f3e39032b, 0xae636b0ce796a951
	.quad 0x7d79bed9415cc778, 0x00000000ff800000
	.quad 0xbb32b5767fb2bedb, 0x7ff0000000000000
	.quad 0xc04170fbcfefb3de, 0x00d1cc5dffa11467
	.quad 0xffca0fe57f000000, 0xbf7e436a78f1209b
	.quad 0xfe0d4d81b8a80000, 0x43760eb1305682fd
	.quad 0x5f8000015f800001, 0x26697b2ba1547c5b
	.quad 0x8ec88088fffd3400, 0x2a9c2cc9900d2593
	.quad 0x80000000ff92151d, 0x2e42ad687a21f642
	.quad 0x3bde42f5195dbd8b, 0x99b03f053f800000
	.quad 0xfff0000000000000, 0xb97c3258f7e9fe16
	.quad 0x7ff4676a1bb2144a, 0xbffcb1e2c0880000
	.quad 0xfff0000000000000, 0x3e71b5b3b5086bfc
	.quad 0x3f88b529c388a65e, 0xff82608a3d9b4f56
	.quad 0x800704035bcafed0, 0x4f463514fdafdb1b
	.quad 0x41fffffffffffffe, 0x44420000c92548a8
	.quad 0xc780000180305745, 0x3f6e392136abbb6a
	.quad 0xfff7020bf1da2034, 0x512b7e0fbff37ea0
seed43:
	.quad 0x0020000000000001
	.quad 0x8c200205e6d569cb
	.quad 0x00000000ffffffff
	.quad 0x3d42dde044a3ec2c
	.quad 0x7e967e17182c3ba9
	.quad 0xfffaf11b9eae9007
	.quad 0x00000000000002cf
	.quad 0xffffff30be8f51cb
	.quad 0x1610c441acd8243a
	.quad 0x8e5b7f5a582b228f
	.quad 0x72a4663212599799
	.quad 0x000193e78cc512f1
	.quad 0x7fffffffffffffff
	.quad 0xa4eb50ed547ea949
	.quad 0xffffffffffffff95
	.quad 0xffffffffffffffff
	.quad 0x02000000
	.quad 0x40000000
	.quad 0x8007f0fb93ae8231, 0x3f86891fd496327d
	.quad 0x33376c5897ac594a, 0x4248c5b2952b6a59
	.quad 0x802c817040b80000, 0xc6f00000ffb34702
	.quad 0x3fa3b52887aa397b, 0x7f7fffff7f800000
	.quad 0x4a0f3d70ffbf9ae2, 0x47fffffe80000000
	.quad 0x800000007e800000, 0x00000000bf238a9a
	.quad 0xc6440000c4a80000, 0x801380cedb5a8109
	.quad 0x4967d3d1548d7bee, 0x43700c3b078d8107
	.quad 0x380effaabbd2c5f3, 0x4267b56fb6000000
	.quad 0x0582af28bd86f800, 0x3f8717075b601c35
	.quad 0xd966010977388000, 0x7e0adaa5dedc43b1
	.quad 0xffe174ba9effdc62, 0xf5306632f9598096
	.quad 0x40d4000045128000, 0x410a000000000000
	.quad 0x0b03fa1b3d6eceb7, 0xd66691267fc00000
	.quad 0xbfc31f7f9160b7c0, 0x7eb4cf91420b22a9
	.quad 0x4348fad280000000, 0x5e4cdab41a59fc83
	.quad 0x70c86c143d7fd7ea, 0xb4c3f2060fabffde
	.quad 0x8452e108f84fbf07, 0x45d00000ffa4bc51
	.quad 0xbc8bd8f996a4b8dd, 0x1974c8750ca9a114
	.quad 0x098813d3934f4200, 0x12bff2de6e040000
	.quad 0x7fc00000817fffff, 0x000df178c33ac583
	.quad 0xf7de9edcffc00000, 0xd79ab44ee1ed03e1
	.quad 0x07a052ec99779d30, 0x1d8dfed1879767cf
	.quad 0x81553710a3d15578, 0xbee8000000000000
	.quad 0x3be8044e0bba04eb, 0x8000000000000000
	.quad 0x32ba8f5023960200, 0xbfe0000000000000
	.quad 0xc0530fabadc5ddd0, 0x422f3785730389ea
	.quad 0xffd0000000000000, 0x7f93ccf7d4d2e3fd
	.quad 0x5ac991dd817b817f, 0x410000009597d2c1
	.quad 0x7fc0000047800000, 0x71d31f5efd337c00
	.quad 0x80ffffff3f800000, 0xc0000000f51b7345
	.quad 0xc284bcb9737582c2, 0xf3a8672a3c5f9219
seed44:
	.quad 0x00038eea159ef26c
	.quad 0x00000000001b71fa
	.quad 0xc2d1a0bedd97cc91
	.quad 0x6fe98377733598e4
	.quad 0xeea6b0453cd4a9b3
	.quad 0x9d98f44be69d889c
	.quad 0xfffffffffffffffe
	.quad 0x17e95dbb8db2c403
	.quad 0x0000000000000001
	.quad 0x00743619537e544d
	.quad 0x7bac2546c6f95eeb
	.quad 0x0000000000000133
	.quad 0x0000000000000004
	.quad 0x5c4e3d2d5c4c26a4
	.quad 0x0000000000000005
	.quad 0x0000000000000000
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x8000000000000000, 0xfff3a316ddc6576c
	.quad 0xca0780f413f8e200, 0xffa3ebc9422fe3fd
	.quad 0x7fdfe5302979845a, 0xebc171170ca17c00
	.quad 0x7fb504e83dbef471, 0x3fd6681c7aa63493
	.quad 0xff800000ffd2651b, 0x00000000a13814ca
	.quad 0x009194e23ecabff4, 0x0020000000000000
	.quad 0xbfe88a1ada18de83, 0xc03729fb85d998c0
	.quad 0xf0000c239e7504b4, 0x4fffffff00800000
	.quad 0xd7cf118eefac8155, 0xbfa9bca84bef8688
	.quad 0xf93420c74029ab3a, 0x802200bc68933732
	.quad 0x402c17286f15360e, 0xd07c1b1e8c3e83ff
	.quad 0xc3e0000000000000, 0x4b40b592bc82fc00
	.quad 0xcfffffff0f4c1f9b, 0x7ff0000000000000
	.quad 0x8008542a236bae08, 0x800000004f7fffff
	.quad 0xff86c935ca403440, 0xcd0ae05bce4ceaed
	.quad 0x3ff0000000000000, 0xbf9119152eb5a07f
	.quad 0xe5f486eadecf83f7, 0x0e4e13c9ff2ecb10
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0x4019000000000000, 0xa2d566fa9b8aecd8
	.quad 0x400f762f7fc00000, 0xd77131057fdefbff
	.quad 0xc91e49d3fff6d356, 0x841bc0e91afbfbff
	.quad 0xc03603b992f0ca7e, 0x800000015a5f5228
	.quad 0xf22530935f3dbec3, 0x66425c374f5f5871
	.quad 0xc210a1e77fcd3e00, 0xbec059cbab559833
	.quad 0x7ff0000000000000, 0xd9000000b319c46f
	.quad 0x3a54424a2c1bbffe, 0xb78333dbfdfefb7d
	.quad 0x4130a00000000000, 0x3b0180007f000000
	.quad 0x8066c8814f000001, 0x5dc108fa09b43000
	.quad 0x72cee36bc2db7437, 0x5b23a45ccffbff8d
	.quad 0x567a480100fc7400, 0xfef1b437b61d13f6
	.quad 0xc070c061bad95b45, 0x122a07487fffffeb
	.quad 0xbff0f4b2f1681804, 0xf7b99e4240610000
seed45:
	.quad 0x0000000000000035
	.quad 0xb2e8a76078531bbe
	.quad 0x000000000001fd81
	.quad 0x0000000000000001
	.quad 0xfffffffffffe3f7b
	.quad 0x1ad07d1b58d10655
	.quad 0x708162a43db14f02
	.quad 0xfffffffffffffffc
	.quad 0x000000000002b826
	.quad 0x82f44e9c63e9792d
	.quad 0xffffffff80000000
	.quad 0x1f8221d2e3108d61
	.quad 0x9e1616a16184d0d6
	.quad 0x00000000000001a1
	.quad 0x0c791b19ab31c7fe
	.quad 0xabd1941f40af4e32
	.quad 0x01000000
	.quad 0x10000000
	.quad 0x7ff0000000000000, 0xc780000080b8d806
	.quad 0x9093f9ea3958dc67, 0x7ff0000000000000
	.quad 0xd1d9f29c03497d87, 0x4024000000000000
	.quad 0x407ffffe93fd9d1c, 0x0115b11fbd7bc06c
	.quad 0x227bdaa2ffff6aed, 0xc0a400007fc00000
	.quad 0x7fc0000030233461, 0x63ad0cc27fdd73ff
	.quad 0x4cb63d8fd340fc00, 0xfee258e284b03a24
	.quad 0x62bdd2deae5203d4, 0xbd04a80a35e658d1
	.quad 0x3ff196326f593a1e, 0xbf64bbcc9ecfa0db
	.quad 0xa48cd0c3a4feadef, 0xcdda535d59000aca
	.quad 0x7ff08268a9f92ab6, 0x49c000007fc00000
	.quad 0xa46b11d7bfd7983f, 0xff9e591302f8acb2
	.quad 0xad94e2e7641d8000, 0x00055ccc91a0cc9e
	.quad 0x02a3354d0d49db9e, 0x7fe0000000000000
	.quad 0x335eefc2ffec8000, 0xbf8000007b3b7360
	.quad 0x68129d0f421dc6c0, 0x881d21bde7937fe5
	.quad 0x7db4c701867f9eb8, 0x800000017ff46d75
	.quad 0x00000000fea471fa, 0xa0b5d3fe6b57edb3
	.quad 0x254050bc181b200b, 0xe03f5cf791d30000
	.quad 0x18680ca86199b641, 0xbff63c47c6c00000
	.quad 0x837437951377a3f4, 0x7ff0000000000000
	.quad 0x5980000114e9411b, 0x9b4a1972c8e3fc00
	.quad 0xfffb78d9d15a2941, 0x8068e212906f87cd
	.quad 0x7f80000000000000, 0x3d0d2205c2b2634b
	.quad 0xb7700deef5228000, 0xc029800000000000
	.quad 0x3e4c03fa00000001, 0x403cdce09609e32b
	.quad 0xc3b5c2498d348fb3, 0xc3dd4e9b71b33dda
	.quad 0x403ebf2dba7054d5, 0x5ed4385b7f800000
	.quad 0x434e6ffc015522d8, 0x0000000000000000
	.quad 0x007fffff477fffff, 0x7f9063b9a9447720
	.quad 0x80028268523491f4, 0x02615d61bfeefff9
	.quad 0x0010000000000000, 0x3311fad16e8c8400
seed46:
	.quad 0xffffed860a1d4814
	.quad 0x0000000035dc1f6f
	.quad 0xfffffffffffffffe
	.quad 0x0000000000009853
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xe925509b532bbc40
	.quad 0xffffffffffffffee
	.quad 0x0000000005cbb931
	.quad 0xfffffffffffffe50
	.quad 0x0009aea09a7b2cc9
	.quad 0x18b1276741a5ba48
	.quad 0x986e61f8bbd99db6
	.quad 0x0000000000000327
	.quad 0x00000000000003b6
	.quad 0xfffffffffffffffd
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x96d0b4ed3b9a13ef, 0x71896c2363733d3c
	.quad 0xbeee900000000000, 0x971bc7854130fce3
	.quad 0x800000001de5a937, 0xbfe9380b886b880f
	.quad 0x216987c248a16554, 0x576cd67ae77fffff
	.quad 0xffdfd8fc0e63df23, 0xfff8000000000000
	.quad 0x22213249bbf58573, 0xff800000c0200000
	.quad 0x800000007fd7dbff, 0x3fe8000000000000
	.quad 0x65266fa977438138, 0x80414449221f782a
	.quad 0x00025ffc79ff76f6, 0x0101d1922a6b40bf
	.quad 0xa36207e7b6820000, 0x7ff374ccff9961a8
	.quad 0x94fe497491c42036, 0x4050cf27ae9396f4
	.quad 0x408000005f7fffff, 0x61fb9ed53e76f966
	.quad 0x0000000000000000, 0x3f7c3def02902f3b
	.quad 0xef19029771e5ad5a, 0xbfc3000000000000
	.quad 0x3f33341c36dcb3a7, 0x44c324f808cf81a7
	.quad 0xb9400000bd8ff9ed, 0x7fc00000bf7c4912
	.quad 0x1733c172cdaefc00, 0xbfafe6a0177065b8
	.quad 0x82216a41ca497218, 0x16a3f3c91805078c
	.quad 0x7fc00000df7ffffe, 0x8bac6b554cf60200
	.quad 0x4094000000000000, 0x25a74cdabbf8febf
	.quad 0xc0072e9ab446433d, 0xf1523057948d02ed
	.quad 0x0000000000000001, 0x2cd0737cb73d1540
	.quad 0xc7800001096f9372, 0x4047c62647f7feef
	.quad 0x7ff0c15e1eca95a0, 0xfe800000c8400000
	.quad 0x16d9f7767f7fffff, 0xd358d0b87faeffbf
	.quad 0x28f537f87f28894a, 0xfbd175a0ffaf83ff
	.quad 0x772f1a29ff7fffff, 0x7d309deb7fc00000
	.quad 0xf0e593f42203cd68, 0xbdb8597c93a0d9c2
	.quad 0x5c1fc89626c7934a, 0x66a5a65db7dd7a53
	.quad 0x3fdac03744ac0e65, 0xf874f9ec40f80000
	.quad 0x4c1b2e093fefffff, 0x3fa47af9b15dcc8c
	.quad 0x999d6971c0b81597, 0xa781f43786640353
seed47:
	.quad 0xffffffffffffff89
	.quad 0x2b5a4c36a4ba4493
	.quad 0x2d73039fdbfd6db7
	.quad 0x0000000000000081
	.quad 0xfffffffffffffc45
	.quad 0x0000000000074261
	.quad 0xfffffffffffffdfb
	.quad 0xbfc44c0d7b1c73eb
	.quad 0x0000000080000000
	.quad 0x0000000000000002
	.quad 0xe5e05bc8589bbdb0
	.quad 0xfffffff8b05d4abd
	.quad 0xffffffffffffff23
	.quad 0xacca4379bbdb96d3
	.quad 0xfff1144f54e5b872
	.quad 0xffffffffff78a2b4
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0xff800000c0680000, 0x408b65c28728c000
	.quad 0x7ff8000000000000, 0x81ea394116e5a056
	.quad 0x8006c69836be82a8, 0x59ffffffbfb33b5c
	.quad 0xbf78062295944f07, 0x40086c8c4d6db258
	.quad 0x407b49431a9ea94b, 0xfff8000000000000
	.quad 0xc1e0000000000000, 0x4021800000000000
	.quad 0xfff6d02ef748b52e, 0xd777df89b6037df9
	.quad 0x0000000000000000, 0xa83f035e8b70ff97
	.quad 0x8000000000000000, 0xcc068a50ffdfb3ff
	.quad 0xbfdbd74cd41fb28e, 0x3fefd9e1235437ce
	.quad 0x59fffffefe800000, 0x3c8fcd45416f4d21
	.quad 0xd4fefbe267315fc7, 0xeda719867f6c3d00
	.quad 0x3fa115146c90e931, 0x3fd5529a8d0984c7
	.quad 0x7fc00000ffb4eac9, 0xc07ffffe3ddac56d
	.quad 0x9d8a76bf20d6371d, 0xc0e2864767067bf3
	.quad 0xbbfb0d60be320000, 0x01d8abbd0b2a8200
	.quad 0xe4bd973fbe50a813, 0x8201ac83402d4495
	.quad 0x432d7691ffd0d3a4, 0xc023000000000000
	.quad 0xbfec6667634198d5, 0x402b600000000000
	.quad 0xc138000000000000, 0x8020000000000000
	.quad 0xc27511129c917f27, 0x7ffc2f0c3fa0b8e7
	.quad 0xa10f4142130930cb, 0x7f800000e4154c98
	.quad 0xbf55804ff33e7f4d, 0x7ff0000000000000
	.quad 0xfe50e6c30c198f28, 0x4311c7013f79d95c
	.quad 0xfceab742af9f49e1, 0xea81fd56d365eccd
	.quad 0xafa39b91d5a67e8c, 0xbb8c2142015e473f
	.quad 0xaf99179288de7f7f, 0x4d8c079e7ffd7b42
	.quad 0x7384176dee668702, 0x2116440bd2f68dae
	.quad 0xc011000000000000, 0x89385f2f016a4ca0
	.quad 0x6c6be707f7ffd0cc, 0xb870000003a7a37a
	.quad 0x4e6fc31ab5f57c33, 0xfff9057879ebc6f1
	.quad 0x011e3273eae52e1f, 0xc00229d4d4385c70
seed48:
	.quad 0x8000000000000000
	.quad 0x79a3d41049830103
	.quad 0xfffcfaaf5fb7e72d
	.quad 0x85e74a5ff3da8613
	.quad 0x00000000ffffffff
	.quad 0xfff3faf449986be4
	.quad 0xffffffffea4a1bd5
	.quad 0x00000000cbc88e77
	.quad 0xfffffffffffffcfc
	.quad 0xfffffffffffe180b
	.quad 0x000000000000026f
	.quad 0x00000000ffffffff
	.quad 0x0000000000005269
	.quad 0xa45d9aea3078c26b
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x00dcefccff903a4c, 0x3fd257eb2c916e3c
	.quad 0xc7de4e47ffacb558, 0xff7fffff3e246ada
	.quad 0x075b25dabfe7cf3f, 0x0000000080365cff
	.quad 0xff000000f1de9a6d, 0x3f74ca37434a6080
	.quad 0xff4709de390c8000, 0xd2e5f8baa1a3c800
	.quad 0x374de3af9c9600a0, 0xc5c0b060fffbfdfb
	.quad 0x062a637c40a80000, 0x000000003f5b0f94
	.quad 0x3a8f82a087c8798f, 0xbfe0000000000000
	.quad 0x839e9ed18dc6c079, 0x80b5fb5d537b66c5
	.quad 0x009595bb71617f3b, 0x0000000000000000
	.quad 0xf3c7438c4d2651b8, 0xa1b7cac443de65c3
	.quad 0x4258541075fddeff, 0x8000000000000000
	.quad 0x400e9e1d1d13d28f, 0xc7fffffe7f800000
	.quad 0x59832d5aeeadfff6, 0x7859c543eb2cff03
	.quad 0xa956b141802101b8, 0xfa36d7e07fe5c89e
	.quad 0xe4f0f9f51ff655ee, 0x80000000ff858021
	.quad 0xc3ae90563caaccfa, 0x42cfffffffffffff
	.quad 0x3eabc94ed7a3aa68, 0x618268e63d4c0000
	.quad 0x191d71a0c7000000, 0x0000000000000000
	.quad 0x7f90ce227470bc2c, 0x40480000df0b680c
	.quad 0xc8a206d5596940cf, 0x40ef9138c3fffffe
	.quad 0xbd66e9e35132fc00, 0xff8000003e6a6ab8
	.quad 0x4f000000bdfca7f3, 0x7faf47bacf7fffff
	.quad 0x0000000000000000, 0xc0428b30bffa3820
	.quad 0x68daa0ad5af96615, 0xbef35b8bc09e7a80
	.quad 0x304fb3e0fafdef6e, 0x8000000000000000
	.quad 0xbcc8997bdffffffe, 0xfdcb72a58890c7cd
	.quad 0x001af7aa4ee73de5, 0x00800000df800000
	.quad 0x00443d68e2cdd3c1, 0x0008000000000000
	.quad 0x2659f9ded60d5fc6, 0x387c0000ffb81b96
	.quad 0xfff0000000000000, 0x00ffffff7f800000
	.quad 0xbffd5d05c07dea70, 0x800f38b34157a558
seed49:
	.quad 0x04a2428cfa1ccd11
	.quad 0x0501c9a66066c5c6
	.quad 0xd7bf74e32383977b
	.quad 0x11add1053d883d8d
	.quad 0xfffffffffffffc54
	.quad 0xfffffff82d2d180b
	.quad 0x6ca8c679e43514c8
	.quad 0x0000000000000553
	.quad 0xffffffffffffffc9
	.quad 0x000000000c1354d4
	.quad 0xb2d5b025e638966b
	.quad 0x0000000000000303
	.quad 0x0020000000000001
	.quad 0x0020000000000001
	.quad 0x4c49e0ce050d7a41
	.quad 0x2ab2944f88d6a33b
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x0000000000000000, 0x47800000810924b8
	.quad 0xbfa7890ef27febdc, 0x4048000000000000
	.quad 0x2290d70fdefffff7, 0xecb1d34cffbf8045
	.quad 0xa16f7783fff6feab, 0xc79579d60703ec84
	.quad 0xbe682256f9058810, 0x8060cb24ff000000
	.quad 0xf3d7ed8c4b8f7abb, 0x4bc60bf3ffd1fc00
	.quad 0xfaa887076b0bfeb9, 0xa25404d1399d1412
	.quad 0x411600003d8efc27, 0x00e16df13e3c22b0
	.quad 0xffc33b030a575fef, 0x2f81eeeddbdbff49
	.quad 0x008f3971be3f018c, 0xee2a9056877dbb85
	.quad 0x3cf97203a4ffffff, 0x5f800000ffafd46f
	.quad 0xfff0000000000000, 0x403d90e7f262d685
	.quad 0x03ac9508f9f7978f, 0xaa314bc88046bacb
	.quad 0x7f820a97ff800000, 0xff3a571fcbeed767
	.quad 0xe3604c1aeefd55df, 0x7f8000007f800000
	.quad 0x1966d29fd79afc00, 0xc1ff9719c0500000
	.quad 0xeda5dc3770eebe42, 0x69ca0cc6b3acb400
	.quad 0x4d08fbe3b08581d3, 0x0100000012195734
	.quad 0x7ff0000000000000, 0x418a1bbb3d880000
	.quad 0x3c5693658f75c9a6, 0x89d7102b54b401f1
	.quad 0x3081b158c059459e, 0xbdf86669bffea51a
	.quad 0xbffd7f3870218f8d, 0x7ff3a6c2e6f07af8
	.quad 0xda48999713e9bbbf, 0xffc0000000000000
	.quad 0x6da203f580000000, 0xf3669b9d3ff870fb
	.quad 0x00f825c1f6ca7379, 0x8000000080000000
	.quad 0xf5ef6f4afc5f2d7a, 0xafa8fb7f7ffafd26
	.quad 0x78519262ffef059c, 0xa960aae765d0b080
	.quad 0x39b91fe2e2ffffff, 0x3ff4000000000000
	.quad 0xfedd53e3940e02c8, 0x7f800000cf375d82
	.quad 0x2846b6e37b094f41, 0x7538767b44ef4500
	.quad 0x5ec580a6ffc78dc0, 0x3d857185b270cb02
	.quad 0xbfe3a309853fa6d0, 0xfb300cddff5f6dfe
seed50:
	.quad 0xfffffffffffffffc
	.quad 0x0000000080000000
	.quad 0x8031e8eb45eb647c
	.quad 0x009dc277a7016ce0
	.quad 0x7fffffffffffffff
	.quad 0x0000b6d41a8ff4f1
	.quad 0x6d996599030b9acb
	.quad 0x55b2ada66623bed5
	.quad 0xfd3fddb326f0cad3
	.quad 0x7639ffb9a6531a73
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x055d54d4fb7c7e39
	.quad 0x539f361952d4d88b
	.quad 0x000000000009b6f0
	.quad 0x0000000000002138
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xf3a5aacfed4d8001, 0xae75e3ce824948e2
	.quad 0x80000000036c079f, 0xd41070e5f2325b27
	.quad 0xfe90c45f65eaa221, 0xff94be4c00ffffff
	.quad 0x7fc00000bd29eb3b, 0x7fe58b3ae18fd022
	.quad 0x712d4cac3f600000, 0xc01a3fa2beda0000
	.quad 0x8020000000000000, 0xffff7090fc07fe4a
	.quad 0x197404cf6ebb5826, 0xfff8000000000000
	.quad 0xa7a1529c50e9a98f, 0x7cf88569c7800000
	.quad 0xc111800000000000, 0x9db4932842284100
	.quad 0x00396e52bf71a409, 0x3660ebbe6c3ec600
	.quad 0xff80000046e00000, 0x3facab4dfb46a608
	.quad 0x6924427b59fa11e1, 0x7ff0000000000000
	.quad 0xed72afc3b5930928, 0x0e9e526ea9f75fe4
	.quad 0xfff0000000000000, 0x00042d5a807c9f24
	.quad 0x8008000000000000, 0x40d80000ffb18bfe
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0xaa7fa018d59a2537, 0x4f9c6954c17b0c27
	.quad 0x7ff4876d44c4012b, 0x7ff8000000000000
	.quad 0x7282683e176c447a, 0x2c5117aafde6c95d
	.quad 0x55882787d5f75bc7, 0xcdae595dfefbffef
	.quad 0x3c4cb7c17f800000, 0x04d92c9d847fffff
	.quad 0x3f9c000000000000, 0x410ca855fed3fc95
	.quad 0xbfb66ff1cd1078d7, 0x3ff3000000000000
	.quad 0x5033e89455e369e0, 0x00ec4a21ff800000
	.quad 0xfff1f22896dcf091, 0xcc8572407ff781b6
	.quad 0x6f5e50dd0f037f74, 0x093f33af8a3399c0
	.quad 0x8000000017404ef8, 0xbfbdcfe233ad9439
	.quad 0xc03cd6b41a37956a, 0x5fcba805620afc00
	.quad 0x430400007119424f, 0xec345a3dd3ffffff
	.quad 0xfffea2960c3a61fd, 0xfc5b975bd6f1fe00
	.quad 0x7ff8000000000000, 0x966fa3e574ea1695
	.quad 0xbfc61b3b5102617e, 0x017fffff47ffffff
seed51:
	.quad 0x0000000001000001
	.quad 0xe0b1d7153c0065dd
	.quad 0xfffffffffffffe52
	.quad 0x0000000000000005
	.quad 0x0000055b1f3ad672
	.quad 0x8000000000000000
	.quad 0xfffffff9910062af
	.quad 0xffffffffff837632
	.quad 0x41bf0aaa79139a0a
	.quad 0x8f2bd1cf45d56518
	.quad 0x00fea854098211af
	.quad 0x0000000000000385
	.quad 0x1bac3038afd1523f
	.quad 0x8000000000000000
	.quad 0xfdc1084647ad058f
	.quad 0x71a07f414a397bd8
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x3da72c51ffefc6bf, 0x580417781a4b5bb6
	.quad 0xfcfa3079fff785ff, 0xb37b1b65ccc7bb86
	.quad 0x92a336df7f800000, 0x4021b3b5f13693b3
	.quad 0x74bb959f08f7f4d1, 0x326cafb047a68236
	.quad 0x0fc5b62e80000000, 0x9ddaf3ffd1e5fc00
	.quad 0x9e81bc107f5c2a62, 0x0ab707db7deb73dd
	.quad 0xea4541ae87828dfb, 0xffa4e31a8f3081ed
	.quad 0x7fd0000000000000, 0xc1ffffffffffffff
	.quad 0xea628ae2f7eed7f3, 0x3ce00000ffeb7b5a
	.quad 0xffb85b2a70e1af84, 0x29ce4419507f3f80
	.quad 0x00400000dd7fab61, 0xde8786fec938f8c4
	.quad 0x8000000080ffffff, 0x7fc110e203eaae3d
	.quad 0xdfffffff806a392b, 0x55f7aa305e407c00
	.quad 0x39ff9bb36dfadffd, 0xc0d2d4dec37ff0fd
	.quad 0xdf7ffffef34cf803, 0xc023800000000000
	.quad 0x6bf6547b81000000, 0x405da5df53f6e7d2
	.quad 0xa6af5ceaefdcc741, 0x618995cc19577118
	.quad 0x000000003f300000, 0x6daff268b9534edf
	.quad 0xbfffffffffffffff, 0x0000000000000000
	.quad 0xfff0000000000000, 0x3fe4000000000000
	.quad 0x46a9d8ff95d3ff87, 0x08acb1e55dc9bc2a
	.quad 0xff8000007fc50746, 0xb3eb502df35d7fe3
	.quad 0x3f98ef4e005bfe5e, 0x6f0d5dea41e68000
	.quad 0x4041e00000000000, 0xeca021e6b62a0000
	.quad 0x40465fbd62e583e4, 0x7f82eb39c208fdd2
	.quad 0x1a4a514dc0b33b03, 0x430680114fb4c816
	.quad 0x3fc242fcca645a47, 0x47000001bb200000
	.quad 0x7ff44de03817821d, 0x00000000c9200000
	.quad 0x7ff7d2f12509d994, 0x807a681b3b98173f
	.quad 0xf119f4e6e27c4e18, 0xffe0000000000000
	.quad 0xe51027dbfffd3ff2, 0xb5e5f459776a01a3
	.quad 0xc06ef3a59181209d, 0xbc593c815f800001
seed52:
	.quad 0x00000000038a996b
	.quad 0x0000000000000000
	.quad 0x0b198a5e769f5f1e
	.quad 0x0000000000000037
	.quad 0xf0ad42e135f6deb3
	.quad 0x000000000000000d
	.quad 0x0000000000000127
	.quad 0x0000000001000001
	.quad 0x00000000000ea0e8
	.quad 0x0001d86e916d2be7
	.quad 0xc6cccf9fe1a0d696
	.quad 0x0000000000000290
	.quad 0xa93b4846cb05e1b4
	.quad 0x000000000000036b
	.quad 0x34f6d5c27d4ddae3
	.quad 0x00223be03bd0a9e1
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x408c000000000000, 0x4dd21c21b202151b
	.quad 0xc0117628fdf26e4f, 0x40a608dc00000000
	.quad 0x59fffffe36ce348b, 0xffcc5ffc09d19c48
	.quad 0x6d320d9a7f800000, 0x45160000bc23ae48
	.quad 0xc34ffffffffffffe, 0x2f71e7c5027e5ca0
	.quad 0x881065a1ffa5fca5, 0x9c3958e3b58e8000
	.quad 0x743d3bfd543cb9d5, 0x7b9a9e32d9a14951
	.quad 0x5f943559ffedf77e, 0xfff75c5fb883792c
	.quad 0x000000003038ff17, 0xcc3f8d04d640caa5
	.quad 0x0e3f7510c7011ea6, 0xfdebb9227fffffef
	.quad 0xbfc000007f800000, 0x58c1f51efffff1fb
	.quad 0xa42a0388feb77ffa, 0x2335fa77b6570001
	.quad 0x14020b1d48130000, 0xc04c7f900d062f73
	.quad 0xa13c6a24db3dbdcf, 0x6f9b9d45a10ec860
	.quad 0x800000000514bf1b, 0x7fc000006beae42b
	.quad 0x3d682826989f3dfc, 0x341c01cc5f987ded
	.quad 0x5228eab211fcd50c, 0x7cc0ddb0c9111d7a
	.quad 0x7de3411023fe86a0, 0xd768d32c77fb7d75
	.quad 0x21919c9fa192693d, 0x3ec000007f800000
	.quad 0x4776791081000000, 0x0b02a28c5a00f700
	.quad 0x407000003ff63c97, 0x2a12ab56c52bfc8d
	.quad 0x3f8dac6af8b35a95, 0x40373d0d5e68c5c7
	.quad 0xc07d08736f04f5be, 0x623de265096e7a50
	.quad 0xc1effffffffffffe, 0x384f05707fffffff
	.quad 0x90474acf2d118b50, 0xbac442ef7fcdff9f
	.quad 0x3d2bb29fa71d3954, 0x22c0ecb67da263f0
	.quad 0xc017000000000000, 0x7ff4e65b7c4e6fa3
	.quad 0x1e4abdfc9cd7a506, 0x8f43458279392f7e
	.quad 0x59ffffff7f800000, 0xcb8d1a6a3affff8a
	.quad 0x80000000ff800000, 0x3f9a208becc4217f
	.quad 0x4019800000000000, 0xfd91f419dcd4d335
	.quad 0xfe683a3c64a00d4d, 0xfff0000000000000
seed53:
	.quad 0x00000000ffffffff
	.quad 0xd64a155d14d3add9
	.quad 0xcf96ca3a5bf5e9b0
	.quad 0x0000000000000245
	.quad 0xfffffffffffffd9e
	.quad 0xffffffffffffffff
	.quad 0x000000000000f627
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x00000000000001ea
	.quad 0x7fffffffffffffff
	.quad 0x2a9164e8089f69e5
	.quad 0x76fd111f8881c850
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0xb07967a0ab4a1415
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x151de2fd8da3a930, 0xcf0ee438ff800000
	.quad 0x7ff8000000000000, 0x8000000041180000
	.quad 0x32393b15766cc84b, 0xbffc3a7016e32498
	.quad 0x406ff8f2bf800001, 0xffc00000bc380000
	.quad 0x44f844e5eea6fcbb, 0xe002b938ac534169
	.quad 0x1206ea658cec2adf, 0xbfb49b39d44632ba
	.quad 0xc2ddf2f03fed5cec, 0xfa3e1818bfaf4ecd
	.quad 0xb174a6318231fe00, 0xbfe505ba0eb64eaa
	.quad 0x6f2d03f86982952b, 0x7511de7b77ffefdf
	.quad 0x528cfa9bb153d784, 0x7fc0000000000000
	.quad 0x80b77dc8400c9696, 0x809ad0d4b80a0000
	.quad 0xd7a885c91021f801, 0xc01975e48078e3d5
	.quad 0x1132805f11b97b80, 0x40080000efc8fb7b
	.quad 0x8635385fffc5655e, 0x0000000040d80000
	.quad 0x7fc00000c11a0000, 0x169f1cec43a95c07
	.quad 0x97949113531b76f3, 0xfffbdfaf690af10c
	.quad 0xd7f7fae71322499b, 0xc011000000000000
	.quad 0x7ff7e3fabf692fa2, 0x017c52e5b4f192e9
	.quad 0x800633b7365ecb1e, 0x0e614a96dbc3a257
	.quad 0xefc66cb6bbd1e336, 0xbd6fec30c281e72d
	.quad 0x405d1242285b492a, 0x00000000c78f8600
	.quad 0x03bfee7500000001, 0xc108362f40a80000
	.quad 0x5b0a2b6877ffff4d, 0x40f8c29016a351bf
	.quad 0x1ebc5aefff747c0e, 0x190ea52125fdfbff
	.quad 0xfff68ac89d74e1f0, 0xda000001ffaefe5c
	.quad 0xbb86b4b2ff800000, 0x3fcb200000000000
	.quad 0xc03dcbdabec086a6, 0x7ff49f4bfef03b57
	.quad 0x33b0ac4ef1ee3979, 0xe5b94169be6fffe9
	.quad 0xc1100000c3e0d7bc, 0x7f800000be8e871a
	.quad 0x7501a52cffd747a5, 0xff8000003f06c318
	.quad 0x33d83bb8feef40a6, 0xfe800000ffc00000
	.quad 0x80491f38c0400000, 0x7fce8188805099db
seed54:
	.quad 0x00000e5080fce085
	.quad 0xb8d3af68918c3e18
	.quad 0x48bc7d403812a69c
	.quad 0x96e8643b034a4e92
	.quad 0x48831c556ac4b78b
	.quad 0x6cd8d0eb6c36f024
	.quad 0x0020000000000001
	.quad 0x000000000277c5db
	.quad 0x0000000000067559
	.quad 0xffffffffffffff19
	.quad 0xffffffffdb0b65ec
	.quad 0xffffffffffffffff
	.quad 0x00000000ccaf47e1
	.quad 0xac5692a7293e4cb6
	.quad 0x3172fe352c333ea1
	.quad 0x8000000000000000
	.quad 0x07800000
	.quad 0xf0000000
	.quad 0xe7ffa5fbefa0fe00, 0xd9ffffff3ed78464
	.quad 0x9ce190e50fd87803, 0xfff8000000000000
	.quad 0xbd0aa394faa59d2c, 0x80000000ff95e7c2
	.quad 0xd4030dda68060000, 0x404e297bc10c0000
	.quad 0x003a336c93c6487a, 0xbf98000000000000
	.quad 0x7fe0000000000000, 0x7ff7d123609916fa
	.quad 0xff00000086b77afd, 0xc057f06888d0e9d8
	.quad 0xc155428300400000, 0xcec04052d9fb5d60
	.quad 0x7ff0000000000000, 0x3d92415dd25f7f5d
	.quad 0x7ff8dc94b5a9e0b8, 0x7ff0000000000000
	.quad 0xacabb531bfdb7bda, 0x2bd78ea2fdef3eee
	.quad 0x098cca98b25004a2, 0xffff126bc5124bcb
	.quad 0x41040000ff800000, 0x0231d4cff3cfaed0
	.quad 0xbfce000000000000, 0x4016000000000000
	.quad 0x72d0185400000000, 0xbefad00000000000
	.quad 0xc04ae13b3e4bda60, 0xffa7643d00000000
	.quad 0xe20e597473affccf, 0x72d9afa0ff800000
	.quad 0xa7c6a59a0e9ffc00, 0x1fb9ef867fd9f75f
	.quad 0x8013dae042934d6b, 0xc0f0000000000000
	.quad 0x5d14e4f87cadfe00, 0x4398daf0dbbbfdf6
	.quad 0xbeffcaf505b32c3c, 0xaa43f8e1c57721b8
	.quad 0x9ae1471507abeff9, 0xbf7b9568be086f7b
	.quad 0x1e8c2f2bdf7fffff, 0x0080000071f060a8
	.quad 0xff922f9f3fabfa9a, 0xf659a32b64bfb38f
	.quad 0x80232fa6eed877cd, 0x0333cd0d7d67744c
	.quad 0xa1354c9bf38b0162, 0xcf7ffffe0e0dfbe8
	.quad 0xc87fffffffb05b78, 0x801f0961c8bc0000
	.quad 0x7de36a34ff800000, 0x43e804e659800000
	.quad 0x40d47ba67ffde2a5, 0x3dd4193f31b33efa
	.quad 0xd703702e3efc2f07, 0x3104000dfeffffff
	.quad 0x7e61991a7ec5baf3, 0x0ae79a1e6ba3fc4c
	.quad 0x80081c84ef295e7a, 0xc4ca449dff7ed7ff
seed55:
	.quad 0xdd7770ddb6ac9398
	.quad 0xffffffa099d1b9cc
	.quad 0x0000000000000003
	.quad 0x8b3f95214c5d6be3
	.quad 0x000000000000004f
	.quad 0x000000000000715d
	.quad 0x9bf355668bba0f4a
	.quad 0xfe2f1e69b1367a93
	.quad 0x000000000000001e
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffdf
	.quad 0x58edf29eceaedc52
	.quad 0xffff6142dcd82982
	.quad 0x0000000000000141
	.quad 0xfffffffffffffdf0
	.quad 0xfffffe74ceab104b
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0xfff0000000000000, 0xf1358003fea021e6
	.quad 0x010000002e486675, 0xffd6906180000000
	.quad 0x02921e3ee2bff973, 0x4032000056000000
	.quad 0xd391b532d6854000, 0xbf65c00000000000
	.quad 0x3fa0000000000000, 0x005df754c0400000
	.quad 0x81392ee4067a38e0, 0x800afdc3fec34b42
	.quad 0xb786e057ef9dff77, 0xfff8000000000000
	.quad 0x4f3180a7418eb2c2, 0xfacaf2e7ffffbf77
	.quad 0x5fd4b0228183a991, 0xa70926a2e17b8cfe
	.quad 0x6d85789fffc00000, 0xdbc6286382e11338
	.quad 0xb6600000182db656, 0x3facf048ca4a385b
	.quad 0x8000000000000000, 0xffc000007f800000
	.quad 0x00c738f7002933b5, 0x701c7f95fffd2bbf
	.quad 0x810a8599e50dccad, 0x39c79cd7848e7dae
	.quad 0x281e4515ef149f56, 0x8081553d7f800000
	.quad 0x00be822998e77129, 0x23f46b01bf79bdb3
	.quad 0xa1e906c4dcbb7c00, 0x391adc92a8effbfe
	.quad 0x3e2f7830fde9e5f1, 0x4019bad25f92e600
	.quad 0xc003000000000000, 0x3aa625c282c681c6
	.quad 0xc5600000f07b8868, 0x7a5eb51692b1b2c8
	.quad 0x00060966969713d9, 0xf1c1082dddf99cc0
	.quad 0xfe1037e663bc9465, 0xe831c427ffeca18d
	.quad 0xd04e98bb2de8fd08, 0x9ac9bcb57fe608a9
	.quad 0x00400000ff86f4f3, 0x4a4a9aa600000000
	.quad 0xbdb840b001519354, 0xb1f13ec78836e334
	.quad 0x3b9487c200000000, 0x000000003fc00000
	.quad 0xda335e7b11000e31, 0x3fa86f8106313028
	.quad 0xbfd171a42e8da7ef, 0xf046a48304158797
	.quad 0xfa61327def33bffc, 0x25dc47c1ffe559b2
	.quad 0xf148f2ee06e20a78, 0x52d15439e8e9ca1c
	.quad 0x7ff38e2d036c9e56, 0x144d0dddf3e5a610
	.quad 0xfcfcb0507ff13f77, 0x4fffffff00f51c1b
seed56:
	.quad 0x000000000de98be1
	.quad 0x00000000000000b9
	.quad 0x5471dd97236e8a48
	.quad 0x00000000000003cc
	.quad 0xffffffffffffffff
	.quad 0x70c7cc07acaf890c
	.quad 0x0000000000000202
	.quad 0x162f74945572888f
	.quad 0xf02c491692b8add4
	.quad 0xfffffffffffffd0b
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd97
	.quad 0xffffffa1e21e4abc
	.quad 0xfffffffffffffee5
	.quad 0x0124f60195573e10
	.quad 0x7a71d52a5922fccc
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0xe9d885ac6264fcbf, 0x84c0f4177def77bd
	.quad 0x776c6f507cbee044, 0x80784c2e80000000
	.quad 0x00000000d9ffffff, 0xbfd76775d7b881ac
	.quad 0x8000a270e23c9fd2, 0xfff7db2aec493cd9
	.quad 0x800912426b748035, 0x6315627556fd3d00
	.quad 0xa9b7e1e21ebceebe, 0xc41906229db63fe0
	.quad 0xedc3dd5339dd067e, 0x8000000000000000
	.quad 0xfea2e1230a7e37d2, 0x0000000080000000
	.quad 0xf89def6285e7c68b, 0x470277689712dfa9
	.quad 0x3d2304b5fa7eb6b2, 0xfff8000000000000
	.quad 0xc0f0000000000001, 0x7f545ded01777b92
	.quad 0x5989c32db532c643, 0x6766cd9ddf83f400
	.quad 0xbfe67c374c70e91c, 0x93f028860688503b
	.quad 0x1464c25118c6fc36, 0x421a1b516ec78cd6
	.quad 0xa1371384ea490b5f, 0xb0f35535340f772f
	.quad 0x1d336355f7f78000, 0x802001f2146424c7
	.quad 0x0000000000000000, 0xa10fdb36d8f14700
	.quad 0xffa33676f008a1b9, 0x8010c7b6cc0fd371
	.quad 0x7ff915f0a046bafb, 0x7ff5dff931b65c36
	.quad 0x7fc7515dff800000, 0xfff8000000000000
	.quad 0x1274e66fff9c0800, 0x42138a6bc91c0000
	.quad 0x8000000000000000, 0x5505ec37f7a14280
	.quad 0xbfdac3710424f1e8, 0x6bedebb8feffffff
	.quad 0xd7576362f55ff6c0, 0x7ff452523982a958
	.quad 0x400e000000000000, 0x2e3a1bbf7cf3fe3a
	.quad 0x400ffffffffffffe, 0xfd7567f8743418be
	.quad 0xda4cd99f653d5a80, 0x97b2104b016ddfe3
	.quad 0x0e2559817fc00000, 0xffed5d79d3f4cdaa
	.quad 0x00000000c3dd8a85, 0x2835353fc81ccaa9
	.quad 0x0b92e3c6fdff3fed, 0x9e2fe358efacdcc7
	.quad 0xf8e6d5aeff7fffff, 0xc1200000c0bc0000
	.quad 0xfff354a50bbeb5c9, 0x3e41fb89800caaf8
seed57:
	.quad 0xfffffffffffffffa
	.quad 0x00000000000001af
	.quad 0x000186973ba7cbff
	.quad 0xffff32f76955d06c
	.quad 0x5dde919f8ecc71f5
	.quad 0xf9e0539b7e6da477
	.quad 0x0000000000000067
	.quad 0x00000000000004ed
	.quad 0x0211497b975713ca
	.quad 0xfffffffffffffdc8
	.quad 0x3795c1cc1505cdde
	.quad 0xcfca13431e689c42
	.quad 0xf0665f4a83642f07
	.quad 0x0000016bee4561d3
	.quad 0xfffffffffffffdf4
	.quad 0xfffffffffffffd9a
	.quad 0x04000000
	.quad 0x10000000
	.quad 0xaa82adc5a3a582eb, 0x80000000c370fa95
	.quad 0x80c3e95d483b8486, 0xbf73000000000000
	.quad 0xc0cdc2e20fcf83a2, 0xffbfe5cdbf9b4f21
	.quad 0xefb166570c30abb5, 0x3a46230c3e4d468a
	.quad 0x7ff419b4e3cc17da, 0x30b1d609170dda27
	.quad 0x431eb1267fb505e6, 0xffdfffffffffffff
	.quad 0xff00000000000000, 0xe5b6b03878fffeb9
	.quad 0x7f8a82953bfc0fd4, 0x99bc939affc84c91
	.quad 0xfff0000000000000, 0x270ce37889d38000
	.quad 0xff47cd8d796e31a1, 0x4389711a724337b6
	.quad 0x7fb1f6cb3e8c81a3, 0x000000000046139e
	.quad 0x5fe34f8abd16f2b6, 0x3fa54e014381beec
	.quad 0xff9f6ccf7fa3c5de, 0x5fac1d1c1329b05b
	.quad 0x455a5021fb7bd9fd, 0xd83d5ec3f3f50217
	.quad 0x7f9f99d179cb7cfd, 0x173d1d82c18c0000
	.quad 0x8f97a5a97e800000, 0x3ff8ed55ad4d5664
	.quad 0xbfd000003e105fa4, 0xfcf3e99cda33fdfe
	.quad 0x48aab5c64554cec6, 0xc061fcec7fb51241
	.quad 0xffec77570e4f493b, 0x4c62b282324dfc00
	.quad 0x402a4665d138c654, 0xff800000df800000
	.quad 0x7f7fffff6e2cc2dc, 0x83340e45d7760f85
	.quad 0x009ca93eff800000, 0x000f443cbb57051b
	.quad 0x8d832535aa8018b9, 0xff800000578fc8bd
	.quad 0xc024000000000000, 0xbfc70e3d2c89ddde
	.quad 0x7ff0000000000000, 0xf85fa20e4b3b6f7a
	.quad 0x2a4fa9613ce6c891, 0x817fffff80362091
	.quad 0x3282981ff7acfe7b, 0x40245372ffdd8107
	.quad 0x0bdfb2853cfed5da, 0xff834b2602d18148
	.quad 0x5f000001ffcbd8fa, 0x3fedfe5aab55e3aa
	.quad 0x405195c844885c77, 0x7f800000d6b22c85
	.quad 0x3256dce4f0fa9c2e, 0xec03b891bf4fd6df
	.quad 0x7f8378cc97bff932, 0xfe65b36e1dae0a5e
seed58:
	.quad 0x00000000000000a9
	.quad 0xa02cf286ce7c2124
	.quad 0xe5015c5194ae0bc7
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x9bcdc2b9b58860f9
	.quad 0x0000000006409055
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffeaa
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x6720eb2fe9daa73d
	.quad 0x0000000000000026
	.quad 0xa5fb4fbdb42e8b12
	.quad 0xfffffffffffffd76
	.quad 0x000000000000000a
	.quad 0x06000000
	.quad 0x70000000
	.quad 0x664e7dbbbff79ded, 0xeaf386477fdb7ff2
	.quad 0x411400007f9164c4, 0x81000000bfffffff
	.quad 0xd2438902ff7ffa97, 0x34683850ffcbfe9f
	.quad 0x7f800000581c8d5a, 0xbf8176f52f441b99
	.quad 0x43efffffffffffff, 0xbd957d497ff5f7ff
	.quad 0x443a3b165a434439, 0x4024400000000000
	.quad 0x3fb4ced4b8d40000, 0xfb9da9817fac45e5
	.quad 0xfff8000000000000, 0xbfc7b322fbe2a5d5
	.quad 0xff8000007f16eac5, 0x3b3a000041180000
	.quad 0x3d8eade1b4b0cc66, 0x80114ef655c77d0d
	.quad 0x6ba8766048800000, 0xfff0000000000000
	.quad 0x0427f6f8fcce7ef3, 0x9bec6fa93f00ce79
	.quad 0xc6fd2c1441e75e5e, 0x76ab39d76d43b470
	.quad 0xa7620cc915bc4600, 0x3f8f000000000000
	.quad 0xfffaf7133040d73f, 0xba9604bf7f5cb4dd
	.quad 0xe4b0009cf57fffff, 0x7ff8000000000000
	.quad 0x8000000000000000, 0x6de6f9b0021c7c24
	.quad 0xc016800000000000, 0xa4fe1a4edd192a9c
	.quad 0x3fede8ed9ac7a0e3, 0x4fbb3bd91b85ab84
	.quad 0x00400000bd29d2e6, 0xc13000001070e133
	.quad 0x19873d48c750ce53, 0x0000000000000000
	.quad 0xfe748f30ff93d451, 0x7e84ec927fad0c9f
	.quad 0x8d4c4472cedde880, 0x0000000000000000
	.quad 0x4136e1e9f9ea18f2, 0x7fc00000807fffff
	.quad 0x001dc6467f885e1d, 0xc03cb84d55bf6e0d
	.quad 0x2fed09e6dfefcf8b, 0xbfa8ea253a0666ad
	.quad 0x7ff0000000000000, 0x409c000000000000
	.quad 0xfffe37c915e91c4c, 0x000000007f800000
	.quad 0x321983e0df22a5ab, 0xe34a9f89bee68365
	.quad 0x8ef554d3c6a5f9a0, 0xc0e40000ff800000
	.quad 0x1c032f9dff917e35, 0x1f733434f5918000
	.quad 0xbc0e7822bfca57db, 0x3bc4cfc1b9b87c00
seed59:
	.quad 0x816fb6c48f5c74e3
	.quad 0x0000000000003092
	.quad 0x00000000000001b1
	.quad 0xfffffd11f4c58346
	.quad 0x196f1b995636f023
	.quad 0xfffffffffffffd5e
	.quad 0x0000000100000000
	.quad 0x000000000000000c
	.quad 0xfffffffffffffcc4
	.quad 0x000000000000009b
	.quad 0xc9df1715aa01c72f
	.quad 0x0000000000000157
	.quad 0x7eff60a9dbd439f1
	.quad 0x000cd3c60715f028
	.quad 0x0000000000000312
	.quad 0x0000216860215421
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xdd07e45efbe39e2e, 0xd05f8884a3d7f8a4
	.quad 0x4df7fc1660269d20, 0x883341e7ad1a0208
	.quad 0xbf400000d9800000, 0xbff7000000000000
	.quad 0x8a6b3410049b8001, 0xd8bd6cd9dfe9bdfd
	.quad 0x407c382bc9eb57d6, 0x6f04b12a5d0a7a00
	.quad 0x5f99a97e00000000, 0x400fffffffffffff
	.quad 0x7557c2b7ed36ca61, 0xdf00000100000000
	.quad 0x35946bea61632deb, 0xb103c38efff5db2c
	.quad 0xdb8a8f6ec2baea4f, 0x6521856795e77c00
	.quad 0x007ec6b081000000, 0xc914ea37ebfef9a2
	.quad 0x400fa96e83eeabcc, 0x5a7fffff0011b774
	.quad 0x3ffebb0d7f6871a5, 0x25c8883991d53248
	.quad 0xffa48b2e004b772d, 0x80003689c14917ee
	.quad 0xc1200000ff44f955, 0xffe5e5b5c1360fce
	.quad 0xbfb3edd2c5f1cdb4, 0x8d6b833d1a700184
	.quad 0x005f89a53e6fdc43, 0xba94ec6848957c00
	.quad 0xfff0000000000000, 0x3c476db7fedc1644
	.quad 0x3f8b14793adfac10, 0x1b4e052a3f540000
	.quad 0xacc2e856fff6795f, 0x472ad32ebf7b7e62
	.quad 0x5c641cedfcbc4d99, 0x32d274aa0588fdb8
	.quad 0x870f4e9dbbef49f8, 0xbe24561abfdaf9b4
	.quad 0x9b387154bcbe8000, 0x1285ef3d8e689c00
	.quad 0x3b34afa9ac8cd963, 0xffca69baf2ab54a0
	.quad 0x0002f66623625d65, 0x2bfe2f33c9d18000
	.quad 0x7fffb7f91bbc34aa, 0x800bcf4f0571e96d
	.quad 0x00d4e03558fd535f, 0xeb280aace8c47cb7
	.quad 0x7f8000008d8eda1c, 0xec159db440401a33
	.quad 0xde760c9c1c673082, 0x7fa6950f70ff7285
	.quad 0xb86902c3f220fc09, 0x44ba00009c21e3d6
	.quad 0x22ef6656d7b9fed1, 0x100d4140fff79e15
	.quad 0x7f9554fc7f9d357f, 0xd72346c2c01f5453
	.quad 0x01dc529a5f7bf044, 0x173aa6da8dd0fb3b
seed60:
	.quad 0x9732aef8f08ef5cc
	.quad 0x8000000000000000
	.quad 0xf016510f7a4a9ce3
	.quad 0x00223b0c7ca89a5a
	.quad 0xfffff11c71e83709
	.quad 0x0020000000000001
	.quad 0xb0f004b22dbba6e3
	.quad 0xb5672f1646fdd2e0
	.quad 0x94635f94f8b08f69
	.quad 0xfffffeb2f94a3582
	.quad 0xffffffa7dc849b8d
	.quad 0x813e372dcfff9d0c
	.quad 0x0020000000000001
	.quad 0xdcec8d922b4f0e1d
	.quad 0xfffff0700ca31bdf
	.quad 0xfffffffffffffd80
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x3ff163b1466bca6a, 0xc34a26d68036dd09
	.quad 0xffe23b3bafc8ebcb, 0xbf9cf1e7d46416fb
	.quad 0xac431e6784684dca, 0xf1b8ef5ff75a8000
	.quad 0x4453000080000000, 0x032f4e8cf60ed084
	.quad 0x649993527fc00000, 0x80234bd4a49593c8
	.quad 0xbfb27de408dff9e2, 0xe1a8211687c968d0
	.quad 0x9af4eab279804160, 0x9bdde6e6bb77f7ff
	.quad 0x3888c7c2407fffff, 0xc0b8000080400000
	.quad 0xc014de93bbbcec82, 0x3a000000ff800000
	.quad 0xff800000df000001, 0xff8000008064d37c
	.quad 0x51723bfddfffffff, 0xbc2f8938c6c28000
	.quad 0x221dc46a7c0b7b55, 0xac6b8084081bda62
	.quad 0x614f17a09bbe8000, 0x3fdb587b3bbb161b
	.quad 0x403e707e7fcdb1e5, 0x88b70847422977be
	.quad 0x60484700516ba7cd, 0xfd94faf3dbcaa800
	.quad 0xcbea0caebaddbf4e, 0xc0bea3fdcba6428e
	.quad 0x883b3330d3187f49, 0x834159874f83a6d2
	.quad 0xf18f37d59fc3bc88, 0x0294d361be36c6d6
	.quad 0x3fffffffffffffff, 0xfe1f555f803a6cdf
	.quad 0xbd96b3f18e9dfe00, 0x006210426b846f20
	.quad 0xfff8000000000000, 0x5770a6ea6cc9d53a
	.quad 0x7ff0bc71893a0206, 0x463b4acddeac7c3e
	.quad 0x434769a0fefdd1fe, 0x40d800007f800000
	.quad 0x404c00007f800000, 0x3ff955cb2deb7c61
	.quad 0xbebf8aac80000000, 0xcf94f11d95b78fa4
	.quad 0x542bb4ea21fe728a, 0x9105e766ff7fffff
	.quad 0x001fffffffffffff, 0xbf1c000000000000
	.quad 0x402130b9a1a250b1, 0x3b85b63a6f74f9a4
	.quad 0xff853d8d00675296, 0x3fc01d2aeca8ea06
	.quad 0x3fe3800000000000, 0xd917ea093bc16ce5
	.quad 0x199b1e3152fd7e2e, 0xa02042ad4b89021a
	.quad 0xd3b186a487bcce53, 0x7f800000425db0eb
seed61:
	.quad 0x27da3bdf8f5cc4cc
	.quad 0x00000000000001c3
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffece
	.quad 0x8698584d14f0edc8
	.quad 0xf4973cbb35247c0f
	.quad 0x0020000000000001
	.quad 0x154ca479ddfcfa6e
	.quad 0x7fffffffffffffff
	.quad 0x00000000000001a0
	.quad 0x6637b23828b3fdb6
	.quad 0xffffffffffffff60
	.quad 0xfffff9abc2f93781
	.quad 0x00000b60a4d446d6
	.quad 0x3927293ab0e270ef
	.quad 0xffffffff80000000
	.quad 0x03c00000
	.quad 0xd0000000
	.quad 0x3f91cb1caefa537a, 0x4058abeef683b4ae
	.quad 0x81f5e4e200c4fb15, 0x7f90ed2764cecb58
	.quad 0x9919dd3f3223ffff, 0x0005efdedeea52b8
	.quad 0xb28bcdebfba7255a, 0x582569309ba64746
	.quad 0xb9880000ff800000, 0xfff6cb90227b42d3
	.quad 0xf356d290ffe4b292, 0xab65da15e4bdfa3c
	.quad 0x8000000000000000, 0x40ea200000000000
	.quad 0x00ffffffbede2351, 0xbc848db0fa6807cb
	.quad 0x79b4c786ffa6dc4a, 0xc1ffffffffffffff
	.quad 0x3f77be67cc9c63f3, 0x11fdf4993f0cc5a4
	.quad 0x63896f22eeffffef, 0xbe7a06b84bbd6a80
	.quad 0xc866434998d01378, 0x4e601b50fb6fb63f
	.quad 0x97e3f895b3088fd1, 0xfeffffff47000001
	.quad 0xbf92014301ca1dc5, 0x92984cf380000000
	.quad 0x8ebfd2ac93022a7d, 0x4008000000000000
	.quad 0x3da018f180000000, 0x3cbc000000000000
	.quad 0x5d50b5b0fdffffff, 0x366f49c1dfb4fe0c
	.quad 0xa6b823c451388000, 0x42504eb957b55bfe
	.quad 0x07b07d85f7c7e3de, 0x91f272db41a536aa
	.quad 0x8000000000000000, 0xcbf9b664c31eb000
	.quad 0x4ec59d2a55690200, 0x4c89779d7f99f215
	.quad 0x28f1db9e1032e715, 0x3d6f11030815a0d1
	.quad 0xffd376d4cac6cfb2, 0x43b2f51ebb680000
	.quad 0xfff0000000000000, 0xff80000080000000
	.quad 0x0055bb1e47480000, 0x64757ed7e8278aa6
	.quad 0xcf000000cf7fffff, 0xbe8c207f3e83d0f1
	.quad 0x4054735105c15903, 0x40649ed7164abf0d
	.quad 0xfbf937b831630000, 0x78df322e45d58168
	.quad 0x7fdfffffffffffff, 0xff89fd0c40940000
	.quad 0xda7ffffe7e800000, 0xcd400ec8ffc00000
	.quad 0xbfbe9e89be139e93, 0xb674a7d080000000
	.quad 0x8007e9272e75c202, 0xe5fe620400eaa737
seed62:
	.quad 0xc1aefa11dba34bab
	.quad 0xfa7a3c2c2b2e8c32
	.quad 0x13a4a715b22d0ac2
	.quad 0x07b13f6e720d591c
	.quad 0x080623bfcf57d3bb
	.quad 0x0000000080000000
	.quad 0x0000000000000369
	.quad 0xd04abec9c9b916d2
	.quad 0xffffffffffffffc9
	.quad 0xa6182264efd4e669
	.quad 0xfffffffffffffd5a
	.quad 0x000006c210685010
	.quad 0xffffff395b9ccaa2
	.quad 0x4051c7ffd5655d8c
	.quad 0x000000688c5e50d1
	.quad 0xf10a9367f926a34d
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x42d6ee997f86477a, 0x5415f3ef575c8500
	.quad 0xf04a67ceffdffe00, 0xf4f0dbd665d1eae4
	.quad 0x7f5ed816a7c31704, 0x3fe0000000000000
	.quad 0x8326179a81402246, 0x7ff8000000000000
	.quad 0x02106d8a517863e2, 0x7f8b95d540937fad
	.quad 0x7f4570635e020cf3, 0x4386b6e4ff800000
	.quad 0xb8950567ac7032e3, 0xbf66c00000000000
	.quad 0x40f800004184af75, 0x10086827f6733f35
	.quad 0x80c600a04298cb86, 0x1771bb669d277967
	.quad 0xc06b6492833dde50, 0x71a876999813e235
	.quad 0x0034d0c93cf0de76, 0xbfab339b40300000
	.quad 0xbfa1c83c3f17597d, 0xbc4ac95dc37a0000
	.quad 0xc8600d60f5f8e9a0, 0x5c277e92ffbd401b
	.quad 0x007fffff3e790000, 0xbf62800000000000
	.quad 0x7fd0000000000000, 0xda8a1c8aee56f7ef
	.quad 0xa6e8aa8392ce5bef, 0xd2a15e9afffbc61c
	.quad 0x7ecf6d0c80800000, 0x847bd2e7bdb94cd9
	.quad 0xff1f89f14597c2bd, 0x7a554308bfdd3db4
	.quad 0xbfdb26d2fd31a2df, 0x8012eb7f80000000
	.quad 0xff960a8c4c05114d, 0x7fe0000000000000
	.quad 0xe48ea9daffd3e48e, 0xfff0000000000000
	.quad 0x8000000000000001, 0x40cc000088780974
	.quad 0x334b3a9011c14480, 0xe8d1a5529947772c
	.quad 0xc022800000000000, 0x7f80000000800000
	.quad 0x7f80cefb062a5e7e, 0xfd32c211829b7b04
	.quad 0xbf9e9d7ae84a1e56, 0xc140000041501fc2
	.quad 0xfff0000000000000, 0x7ff8000000000000
	.quad 0x71868eacdfaf7eef, 0x0000000000000000
	.quad 0x66ad3486fc887ad7, 0xffc32ea48175ef32
	.quad 0xc019000000000000, 0x80319c1d4149c4aa
	.quad 0x5a000001ced7e027, 0xff00000048e40000
	.quad 0x11218a6a7f1fe93f, 0xdcdd2ecebf271a9a
seed63:
	.quad 0x000000028d44a98f
	.quad 0x78ac5f81b4276c3a
	.quad 0xffffffffffffffef
	.quad 0xfffffffde1b2e7d1
	.quad 0xffffffffffffff09
	.quad 0xca4272a74d03c5f9
	.quad 0xfff8dd002d249f14
	.quad 0xfffffffffffffff7
	.quad 0xf01ca1a1910e29e6
	.quad 0xfffffffffffffcc0
	.quad 0x9bd75fd5299a1b73
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe6c
	.quad 0xfffffffffffffdb5
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0x01400000
	.quad 0x50000000
	.quad 0x2a7d8f5d1141fc00, 0xc6561218473201ea
	.quad 0x3f91351127f588d9, 0x56491834ff87fedf
	.quad 0xfd9df7de28b472d5, 0x02d406ae3b4117de
	.quad 0x5724125bdbdec6ec, 0x67d945cc1e2183ca
	.quad 0x679ebd02fcef3a1a, 0x8073c90c87a3201a
	.quad 0x8000000000000000, 0xaa44ddac88f00000
	.quad 0xfff0000000000000, 0xf7b2e462a5dd7df7
	.quad 0xc0cc0000bfebdac9, 0x7169b0ce7bf3d713
	.quad 0x3f9822876a02ef7c, 0x631f48effe47ffff
	.quad 0x0008000000000000, 0x98fda7e11b1556d1
	.quad 0x3fd7b3747d76fe5f, 0xd6d754ad78f93e6e
	.quad 0x13105c83cf747e00, 0x7ee7d81d00acefac
	.quad 0x4098000000000000, 0x145aac727edaf9e3
	.quad 0x4104000002e2b682, 0xfff86baf0fb10f17
	.quad 0xb2f9eb8bbff77d4c, 0x3fa2219eac9b1c91
	.quad 0x89c6a7d3fd4460db, 0xbcbdcd68ffaf2a14
	.quad 0x107e2f1795770000, 0xf070eaa87f66cf00
	.quad 0x70a394c57ff67400, 0x17702401c7000001
	.quad 0xbff417625b611b52, 0x0cdeceae652bb9f7
	.quad 0x0107f2d27b7c2ce6, 0xfd8df23155b111e4
	.quad 0xc03ec00000000000, 0x46874bf2f7aa7de2
	.quad 0xdbacd581cc777c00, 0x7ff09ac60b1bc486
	.quad 0xcf7ffffeffa85d32, 0x3fd0000000000000
	.quad 0x4078800000000000, 0xc078000000000000
	.quad 0x5e8369551bce8321, 0x937542f93f975e21
	.quad 0xb803678e87ca7b94, 0x017fffffdc865de9
	.quad 0x7f9581263d643246, 0x7ff98a4eaaead33a
	.quad 0x41e0000000000001, 0x5570f1247ac13661
	.quad 0xc09d000000000000, 0x68741a5efbff8000
	.quad 0xa21aae241ea47652, 0xbc42e3f5f4299650
	.quad 0xb4ba15ebbe3a45c0, 0x3fcbad5a5ba1c49f
	.quad 0xc81faf9bd15efbeb, 0x40c80000bec2f3ec
