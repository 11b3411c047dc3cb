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
	.inst 0x2eaeecf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e68d571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21b812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1d9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d39f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b3a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e32ddb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30cab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0d8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f152c9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2300bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61da9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70f01f
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
	.inst 0x9e610120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d8a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a3934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f8a1075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e712a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e650169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f5dfc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6198fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e601662
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67085d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c2000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e30016f
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
	.inst 0x1e630050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e664211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea19992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e635853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f200914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fa499b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f711a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f07d0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6200b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc41119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7fd2993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64483b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f7122fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1da7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1199bf
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
	.inst 0x1e63c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7078d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2201d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f30fcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f8198d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2924d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2a99b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58ad29
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4624ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20087c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2fc639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2fdedf
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
	.inst 0x1e2538d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e218891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e200203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e338a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e673a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0a49f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e32f018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f069419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f25fd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f5160db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1b97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e217bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1e57f
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
	.inst 0x1e200060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2bb032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61ba53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e45ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2c8a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e68f577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e700048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea7c699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e588aea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e29dcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e73649c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6168be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61681f
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
	.inst 0x4fc31150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21b911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e273872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f3005b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e616855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f3dfcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4245d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e610069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e42b95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2908db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19488c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3b3d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b385f
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
	.inst 0x7ee6d430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2201b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f28c112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e654033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2d3154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18b285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e0d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e332837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3138f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e619a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee2d5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f6de5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee2ec3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3901ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6da4bf
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
	.inst 0x1e198540
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6848f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f03bdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0f894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e34b41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e3976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e335977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2140ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f56fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2539fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67419f
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
	.inst 0x4fcf91d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6021e8
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
	.inst 0x4e70fd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e6179d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea6f535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7539d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f44fd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f24e45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c17d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30cafe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6200bf
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
	.inst 0x1f6ab030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e1895a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f809992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e71b582
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d2a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e610185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fa29956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f77fed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e43d1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2109da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a581b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29395c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e097d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea7c45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2140bf
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
	.inst 0x1e2c2890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e280181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fd21133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f49a0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e1855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6818b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790267
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790188
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
	.inst 0x1e2549fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65085b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2022e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2800ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c2a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2771ff
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
	.inst 0x0eafcdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f871992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f32a813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f9df4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e8a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e650896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2140d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fb51059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21d97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e692040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24401c
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
	.inst 0x1e25018e
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
	.inst 0x1f090930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e685d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e252933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e618954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea1d9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2300d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e59e547
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e210959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f46111a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a091b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e659dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6069bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee8ec3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e24e47f
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
	.inst 0x6e61e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fa510d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f22fd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e221a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e254275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e63fdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21aad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1b9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcd98f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27bdfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e620a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29483e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22009f
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
	.inst 0x1e630050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1a991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fce9a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f909093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23944c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e210916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eebed17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea3fc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0e9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f2ce51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c35d
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
	.inst 0x4ee1fc5f
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
	.inst 0x0faf5070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f65fdd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f51b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e6efd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e613a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f8419d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e623996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f669438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eedf499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2800cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67283c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4ba13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61babf
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
	.inst 0x0ea0d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e623991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea1f892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e20c193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e218855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e1909c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e62fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd610b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7fc4903a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61687b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc8981d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2140de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f3cfd1f
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
	.inst 0x1e630070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2178b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc499b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e225a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e380064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3900e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e688836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6ae6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4cd1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1a89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f742c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e249505
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4a475d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0e83f
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
	.inst 0x2eaeed50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7800e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a64b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee3fd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3801a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2268b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e275a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eabf4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7fcb9239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0f87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e372abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f3a373d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e672180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0f8ff
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
	.inst 0x4e21d910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef1d432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e213873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1d955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea2d616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee0d9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21cb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25c03a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e652030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7802ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0f85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f67f9bf
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
	.inst 0x1e6138f0
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
	.inst 0x1f65c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb1f574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f23ce55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea5ed57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e6eec78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a2a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f429d7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa75adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e6ee55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e69e4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c35e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f020c5f
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
	.inst 0x1e295472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0f511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e03acb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1fa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e74c555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f6ee4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f9151f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e039179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2300da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3225fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25419c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e73699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a58de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e1881af
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
	.inst 0x1f421130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b09d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea3c574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e240065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4b4657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e262220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f272839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c1ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f3afcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2be45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2300fd
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
	.inst 0x7e30daff
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
	.inst 0x1e206890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa359f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61c872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea0da53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ef1cd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e69cd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2064a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e36ed38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e68e679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61ba7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2ced5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fb39b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61d83f
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
	.inst 0x1f4784f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e218891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f879a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b2df5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e640817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f44bd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68587e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c35f
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
	.inst 0x1e589400
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e200001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e60d453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6929b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3901a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e280086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f7ce6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fae1918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a6a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e0395ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e35c441
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f89905c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e25ee1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc1931f
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
	.inst 0x4e217970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a5931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6001e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e31f4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee241b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21aa76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ec5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2169b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7101aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3100eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e6168fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c68fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f4ffcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d089f
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
	.inst 0x4ee1d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70dd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e25ddd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e266954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e300225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3c5016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21b957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2cf018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef6d5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc9903e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d49ff
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
	.inst 0x1e610140
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
	.inst 0x5e28e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2801c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e264114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e72dd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e208996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea5fc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c8998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee7d419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f81901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69581e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61a87f
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
	.inst 0x1e630930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e27cc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f753456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6cd437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e280008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c3afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2de480
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21999c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0c91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea6d57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1985f
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
	.inst 0x1f45b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f06a591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1a8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e650064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7100c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e254cb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e700188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e433c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f05a1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21b83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69185c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b281d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fcd983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a5a1f
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
	.inst 0x1e663910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc71151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f69b412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0fa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61d915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e206836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30d9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e200088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2640b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21687a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c956d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eabcc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f288d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30c9df
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
	.inst 0x9e390160
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
	.inst 0x9e690122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee240d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282d74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230035
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
	.inst 0x4e617857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e598828
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274259
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea6c45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1a89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69093d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fa8113e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e66fd1f
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
	.inst 0x1f2e0d30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e19bda1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e26e632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e694934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee19835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e790286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f67e5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6201d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2cadf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c33a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24097c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e661abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a39de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e62d4ff
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
	.inst 0x1f0489b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1a891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1aa34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6df5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2741f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6f0e57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3900a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e6179b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22011a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64417b
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
	.inst 0x6eede41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70c83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ebbecff
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
	.inst 0x4fc498b0
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
	.inst 0x1f249452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e275993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e32dd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f131e55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e645976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6001a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e616af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e70014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2e643c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e664c1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602090
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
	.inst 0x6e61d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e306971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6740d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6708b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6fdcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e669570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd418f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e616a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6059d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1b83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e2be5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b783d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f8f99fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70c87f
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
	.inst 0x1e2a0910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee18872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1f893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2838d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e240145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6ae556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e681a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300008
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
	.inst 0x1e33887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1d6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7802ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0f171e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64097f
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
	.inst 0x1f2f1c70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f072e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2121a0
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
	.inst 0x7e616a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f29d5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f2dfd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61e44f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e666899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70d97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f020c3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eaeec7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70cabd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e29c75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7800af
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
	.inst 0x7e27ed90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2300f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2fab9874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e680915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0d956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e619a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d22e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20083a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69493b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e24cd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7038fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f61387e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e212170
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
	.inst 0x1f4915f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea7c632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f69e573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0d454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e732955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e185286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2ef4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0426b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21c959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0181bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eebf69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e21ba7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e77787e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fca98ff
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
	.inst 0x1e622810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f01a471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1a8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e423c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2025a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc550b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e4937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f2979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e6169fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3af01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f55e53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b3a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f9d585f
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
	.inst 0x4e6fd410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e680161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0c8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e73d4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e717d15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30f816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21feb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e20dc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e63ff1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea7fc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0da1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f77fd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1b87f
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
	.inst 0x1e27c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e232110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e58e982
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f69d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e69dd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6200f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea189d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e30e458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2ef4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39022a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a193b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7102ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ef43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1a99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61683f
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
	.inst 0x2f22e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2301b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6001c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2301d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19bc05
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21c818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d0a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaef5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee3cf5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7428bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e643d3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb5d75e
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
	.inst 0x6e6edc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7100a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3021e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e71ecb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f6a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f20fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e71e438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6239f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60299a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21a81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26401d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6739de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23003f
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
	.inst 0x7e21d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6fdc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2ec1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb0cc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee241d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f6afc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2289d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2201f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3279d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27691a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29195c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e222110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e68f5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eabd41f
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
	.inst 0x1f0b9050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e701a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee3d613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6068f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6ba5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e616979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f1621bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f40365c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4c009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e18dd0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c27f
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
	.inst 0x0e23d4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f59fc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef3e5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e72e556
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
	.inst 0x6fce9938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f079599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21d91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e272a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30f89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f285e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f83f
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
	.inst 0x1e642990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f58f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc499b2
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
	.inst 0x1e71a574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e278c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f67e556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee0d958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e336a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb9eefc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21b8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f61389f
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
	.inst 0x9e6301f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e02b131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b7852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21a9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea1d914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e640285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e18c487
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4c92b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e25e619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f199e5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eb3c4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6740bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f589e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2541df
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
	.inst 0x1e644130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e219812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f8556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eaef4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e186c05
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e293896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6be457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1fdd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3900c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71587a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e700c9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea0c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1da1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65483e
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
	.inst 0x1e220070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eebf591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f41e492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3900a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e310164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f498c15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e632856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2459d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8e1958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e68f019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61a8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58d00b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd910dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e20014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38034f
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
	.inst 0x1f6224b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6138f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e68444d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6021c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea6d5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea1b857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea7fd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e29c51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0085ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b5d3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0eafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2fe43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2198fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1893f
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
	.inst 0x1e230930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d48b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e380223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61b994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e210125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2908f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f292478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2cdd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e43753a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea3e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fca99dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6800ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3819ff
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
	.inst 0x1e6d19d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6189d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f46c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6aba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20a59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e652160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fac99b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0e897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a79d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4e08f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6121a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1983b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f63fd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03bcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c09f
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
	.inst 0x7ee0c830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea2c511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6441b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eecc4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e599ca4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3900e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6300b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fa158d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2f9278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e25fc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61cb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e630afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f27e57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e18bd0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0c9bf
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
	.inst 0x6e30f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f03a9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0b00b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e204853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef1d574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee6c575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2301b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e42ac97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61ca58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21a979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e233a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64026b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e73797c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f56da7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f66135f
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
	.inst 0x4ee0d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e616a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1a972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e210144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f29e615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6fce17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d38d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e62def9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f4e1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2fa0919b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f33fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61d85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21c8bf
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
	.inst 0x1e660890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc05972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e438d33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61f455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e650186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e250027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2de578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6d2159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f29095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7609dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d2270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64297f
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
	.inst 0x1e6a4830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e680201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f128453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e244034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3b3015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f8691d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e680047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eaecc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1d8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3648da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2200bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcf515d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2301de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eecef5f
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
	.inst 0x1e23c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1d991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e212230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6ea534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2541f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea9c4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f7ce5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb5d579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee188da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6ecddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d289c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f080ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e247b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ce69f
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
	.inst 0x1e6d5950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e6168d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea1ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3100c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e691835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f35e4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03f057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea19a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea0ea59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0a959a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0ca3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f42e53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66b6f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc1189f
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
	.quad 0xfd884fa535a18019
	.quad 0x39a11015d57452da
	.quad 0xfffffffffffffde6
	.quad 0x00000000170cf0d1
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x000000000000027b
	.quad 0x8000000000000000
	.quad 0x64f2b6e51fd9e3f5
	.quad 0x6f047dcd0366211a
	.quad 0x5980720f4331ecc0
	.quad 0x0000000080000000
	.quad 0x00000000002d1a80
	.quad 0xffffffffffff987f
	.quad 0xff7ca3197168e40c
	.quad 0x0000000000000003
	.quad 0x07400000
	.quad 0x90000000
	.quad 0x00000000c7448af2, 0xfff0000000000000
	.quad 0xcaa17db2610cdbd1, 0x40143251a6942097
	.quad 0xf904821c3c4048a4, 0x3d8715217fc00000
	.quad 0x0000eba78cb8563e, 0xc144bbf43fffffff
	.quad 0x7f80000044080000, 0xd9ffffffc0300000
	.quad 0x0020000000000000, 0x810000003b9e8474
	.quad 0x8e1610b285eb7e8b, 0x1d364d04ff7fbdff
	.quad 0x4566e3177fc4a61b, 0xffc0000041400000
	.quad 0x410000003fd844c2, 0xf3a60a5f277858c7
	.quad 0x43aaed59c96b7d3d, 0x35a4c202edc4a2ea
	.quad 0x000be774bdf89b8c, 0x02fe627b0fe9da3b
	.quad 0xbfa2eb5d2cb841d2, 0x3d7d9aa3bd32e5b2
	.quad 0xdb352a8a557925db, 0x000617b3c1785566
	.quad 0xc9d000003cf7f22b, 0xff800000c10e0000
	.quad 0x10eda4f58a66795b, 0xec5026e90c05fc00
	.quad 0x1fb8b550d2ed8000, 0x9c26f684f2c163bf
	.quad 0x3fb67244a68583d2, 0x7e8eeb5bc7df8d9d
	.quad 0x19176736f2c9f8e6, 0x0135d6a47671a8be
	.quad 0x42cdc31f80fe3f7c, 0xbffffffffffffffe
	.quad 0x017fffffff800000, 0xfff30758b7df5c3c
	.quad 0x3faf755f32b83775, 0x7ff0000000000000
	.quad 0x73bcc10df7ffc580, 0xf10eef81ff7fffff
	.quad 0xfff7508a2ae6df3d, 0x40519d912d85ae1f
	.quad 0xcf1293477fc00000, 0x819b4b5e8044a5fb
	.quad 0x0037b1598ef1ae0d, 0xc69c8f301b365467
	.quad 0x7b7239c205292e08, 0x7ee04bd47f800000
	.quad 0x7fc64c12e3017535, 0x25d76eb406feb3ea
	.quad 0xfff0000000000000, 0x7f6e6ccfcf000000
	.quad 0xbcfe567dd9fffffe, 0x80844c9fa432c8fa
	.quad 0x3f07d8cebcdad424, 0x43f0000000000001
	.quad 0xb1e9357bd901c480, 0x00ebf77000ffffff
	.quad 0x002edd57920c4d05, 0xae1501f7bffdb7ff
seed1:
	.quad 0x824c82984e36de7b
	.quad 0x4ae09e4ed84a4f34
	.quad 0xfffff08d3d914811
	.quad 0xe6370721bf9dab79
	.quad 0xab3f703e12876227
	.quad 0x000000000000010d
	.quad 0x0000000080000000
	.quad 0x00000000000002db
	.quad 0xd22ddb9b076bafe1
	.quad 0x000000000c811884
	.quad 0xae55eab544545c08
	.quad 0xd70029edd2c0b05c
	.quad 0x00000000000000b6
	.quad 0xfffffffffffa1891
	.quad 0xfffd26bbe7b12b6b
	.quad 0xfe33d4c6acf7b40b
	.quad 0x03800000
	.quad 0x90000000
	.quad 0xbd31859f407bbb2d, 0x7ff174288aa50263
	.quad 0xdce6efe3ff4fffe9, 0x7faa9631b7e40000
	.quad 0x002e59c4fee0f8cd, 0xffa92a710041b774
	.quad 0x0e9328b6fff8b77f, 0xff8000007f976a84
	.quad 0x6b6bd6f19fabefe7, 0xc8ebd3ab64012f3e
	.quad 0xc023800000000000, 0x24e1184f7ffefbff
	.quad 0xc020800000000000, 0xc024479aff802305
	.quad 0x96f002c7bdeb8001, 0xc06c02c64b258bc9
	.quad 0x5aa4f0f1f3790000, 0xc7c1a576eac56091
	.quad 0x000000005f7fffff, 0xc0e6500000000000
	.quad 0xbfd0000000000000, 0xf5a18290d47c03e3
	.quad 0x425bb77b7f99378b, 0x40980000bfb65f0d
	.quad 0x00e98559715cfc00, 0x3f3e000000000000
	.quad 0x416ef414817e5efa, 0xe055c65695a7fe00
	.quad 0x937cd5b9df000001, 0xbc610e8affc00000
	.quad 0x8045c9c7c38e65d4, 0xbecc000000000000
	.quad 0xaa4c7a06b93f4860, 0xc013000000000000
	.quad 0xbf28000000000000, 0xee9dfdca3eea7b83
	.quad 0x0000000000000000, 0x3ebac00000000000
	.quad 0x966ad65319858000, 0x7ff7abb0900be0aa
	.quad 0x16f07865b10f9dc0, 0x7819e6f54d1e2799
	.quad 0xfff0000000000000, 0xbb98f54241cf9284
	.quad 0x419b30507f800000, 0x7fa21fe9c11e0000
	.quad 0xc033830ff044b57c, 0xadcf273412363442
	.quad 0x7c5f0768cd4a8000, 0x9512330e53dafb88
	.quad 0xf5dee66fffaffe61, 0x55ef9455d0ce2562
	.quad 0x800e2fe9f362ca43, 0x0015ede50b28e715
	.quad 0x812cde92b0447c00, 0x010000003f700000
	.quad 0xc0700000985bb2ba, 0x001d50ecf3bf2a38
	.quad 0x65e7fe31dda6fbbc, 0xc1200000414d7c1d
	.quad 0xecd1c9a1ddbffffe, 0xff84cde36baebed1
	.quad 0x4070000000000000, 0x2185c4c2ffe47671
seed2:
	.quad 0x000000000000000d
	.quad 0x000000000000000d
	.quad 0x000000000000014d
	.quad 0xb854994d6e6d081b
	.quad 0xfffffffffffffcaa
	.quad 0x2a5cb8d0dc0dc9f1
	.quad 0x6bbab8e7c2f9412b
	.quad 0x0000000000000049
	.quad 0x0020000000000001
	.quad 0x95bde5bf1d7101ca
	.quad 0x10343afedb154df4
	.quad 0x84389083a77e1f21
	.quad 0x0000000000000194
	.quad 0x0000000100000000
	.quad 0x682cb6aa8efb6e24
	.quad 0x0000000000000001
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xff31e2068043ff4e, 0x3fa9bac677b17f27
	.quad 0xb3824e9c41040000, 0x7ff8000000000000
	.quad 0xcbad64fd6e2e296c, 0xbf87ed5ee184d58b
	.quad 0x06ab491305fb008d, 0xbbbc7f7992c780ae
	.quad 0xbf579ec7c628e9a7, 0x41000000007fffff
	.quad 0x7eeca6d8e3e7fbbf, 0x7ff0000000000000
	.quad 0xbf753cfee6ae7a99, 0xced7d06ba7d4bbbf
	.quad 0xb2431510128d20ba, 0xd6a94687bff3befd
	.quad 0xbfe6e98c51f0ce0c, 0xffca9f3500000000
	.quad 0xbdac0da4f97fffff, 0x7f8000007f800000
	.quad 0x7b677e073f800000, 0xc2f032d4fe679bf7
	.quad 0xffc0000080800000, 0x72f6bc537fadfc00
	.quad 0x7ff8000000000000, 0x47ffffffc12193f2
	.quad 0x401f000000000000, 0x7ffdbc7679012d12
	.quad 0xf4ecd2747fdb79aa, 0x993d21e5d9ddcb4d
	.quad 0xbff9000000000000, 0x427907a1c8a9cb72
	.quad 0xf26e5d7197cc5d9c, 0x9abbee84ff69ff71
	.quad 0x8000000073a71c3b, 0xfb9bf337ffc77d23
	.quad 0x6ca28ddd3be9fc22, 0x77cfd0fbc0b1de1f
	.quad 0xd0739baca8d71749, 0x19e1d5f0e9b73727
	.quad 0xbc9bc92f40ad02db, 0x407ffffefe96fe65
	.quad 0x80d40c907fbbdfc5, 0x52d70c23ea71fdbf
	.quad 0x3f7bb8e02c035ab6, 0x2256878edd6d83ad
	.quad 0xbb93ddbaffa93025, 0x159f0b55f0344007
	.quad 0xbec05ed453774d17, 0xd980000040e00000
	.quad 0xea7eedc773ffffff, 0xc0e80000bd0bf32a
	.quad 0x343aeed0b4b78c92, 0x43af0000e7af1e70
	.quad 0x7ff649761bc86175, 0x40369a9b8f16fd9b
	.quad 0xe1905344de330705, 0x061f1f205f800001
	.quad 0x4021800000000000, 0x6639cf90a71ea3dd
	.quad 0xff94476883ea797d, 0xbecaa7361821c327
	.quad 0x3fa69502ba5666d4, 0x7feaf1872e0ad4d9
seed3:
	.quad 0x000000001c125eb1
	.quad 0xbb3e11f37d648f29
	.quad 0xf19577975b119432
	.quad 0x455620ac2670349a
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x80bbb0daeb7ff873
	.quad 0x0000000000000034
	.quad 0xfffffffffffffdea
	.quad 0xbb9fe99c46a887f3
	.quad 0x000000000000017c
	.quad 0xfffffa8e31050b35
	.quad 0x7f2cd17833ba2ede
	.quad 0x00000033c7f7e2dc
	.quad 0x02800000
	.quad 0x90000000
	.quad 0xc000000180800000, 0xdbf87cd73e0691e8
	.quad 0x3b8e8000c377335c, 0xb9f31a487f7fffff
	.quad 0x1cf27fc4bcf6ffbf, 0xf43f472ac10c0000
	.quad 0x0000000000000000, 0x877341947fa845d2
	.quad 0xc0329acab049bcaa, 0x5a55f29912864d6d
	.quad 0x63c29d9180000000, 0xc1f0000000000000
	.quad 0x2ea3038c8a5cfe00, 0xa812698faf8d36b2
	.quad 0x4074d29ab4e9d26b, 0xff80000043800000
	.quad 0x3e8dd2a143bbe942, 0x9b2d3cad5ff8cf8c
	.quad 0xbc11bdde40f80000, 0x4d1822bb84c3fe00
	.quad 0x91e7099cfef3df7b, 0x3ff5156fe2ba051b
	.quad 0x8f9d314342314dde, 0x7ff0000000000000
	.quad 0x408400007f000000, 0x40012e2199c382e0
	.quad 0x7fc00000c0000000, 0x7b543ce6d5fa8000
	.quad 0xff524ee03eeffa6f, 0x7f50a3940db96a87
	.quad 0x3eba450988590533, 0xfe0790e814b97eb8
	.quad 0xc36e80005a000000, 0xc00e000000000000
	.quad 0xbc0f5aa4210dc880, 0x3b8af35100000000
	.quad 0x40c40000c0c80000, 0xb4a3b846ffc00000
	.quad 0x7e32209700e05ef2, 0x3fa00000bf800000
	.quad 0x0ee23c406ea152b0, 0x7f80000074c2853c
	.quad 0xcb7f23529f2e5334, 0x80ffffffbcbeec05
	.quad 0x97ba92e2998636f0, 0xc49bb3f466478e8d
	.quad 0x7a6e61c07cdc8000, 0x7ff0000000000000
	.quad 0x31bc8fa08c1e7ccf, 0xecb1ad8dd1647c00
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0x055d45a4c77fffff, 0xffc00000bd1e9f90
	.quad 0xbe4ae4f5c0300000, 0x0020000000000000
	.quad 0x3fe8000000000000, 0xbf64000000000000
	.quad 0x7ff0000000000000, 0x0343dea5e598cb05
	.quad 0xbfd4cf049241f834, 0xc00c000000000000
	.quad 0x53d8ea36ffe0a3d0, 0x7e1e815f5642fbd8
seed4:
	.quad 0xcdf734cefc773da9
	.quad 0x8000000000000000
	.quad 0x0000000000000042
	.quad 0x000cd2309cbdb208
	.quad 0x00000000000002e0
	.quad 0x830e5bf4384cc6d3
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe62
	.quad 0x0000000000000046
	.quad 0xfffffffffffffd22
	.quad 0x1cb84473b8200604
	.quad 0x00007453e24b00fe
	.quad 0xd866064e17e56d0a
	.quad 0xa057e3247ef3be31
	.quad 0x0000000000002ed9
	.quad 0x0000000000000008
	.quad 0x02800000
	.quad 0x30000000
	.quad 0x0006d6b66f8200ca, 0x7fc00000807ee5d5
	.quad 0x0015251bf71a2296, 0xbff3f9b6f206290f
	.quad 0x3cf38be13fdaff0b, 0x80000000b6180000
	.quad 0xc1e0000000000000, 0xffd45746ed90580b
	.quad 0x3dd9ce223d4bd135, 0xf03a87fd497c7f2f
	.quad 0x64a723714a76bd0f, 0x802e28d6ad21831c
	.quad 0x000000007faf6d07, 0x7a746595fffb7fda
	.quad 0xbbfbc6cfc18ca094, 0x50057e6bfffa79e8
	.quad 0x8000000041040000, 0x40e00000bcda7c62
	.quad 0x360c06c67ffbebef, 0x19f109a8f4bffbee
	.quad 0x00000000ff800000, 0xff800000c2d1eed0
	.quad 0xc31a4b52bf5846bb, 0x7ff8000000000000
	.quad 0xfd5bf12ad6ed0435, 0x68d62822ff901d2d
	.quad 0x37e47656ffaf07c0, 0xe44a2d64f65722d4
	.quad 0x71b7e038bbe77f1d, 0xc780000043aaf8ee
	.quad 0xc06dfd780016d214, 0x3f86634ab23ec610
	.quad 0xc0118727c6970103, 0xa2fe6c29d4638000
	.quad 0x7ee56790802e2515, 0xffbac5752d2a6bdb
	.quad 0x83c0090ad41de6c3, 0x40ffffffffffffff
	.quad 0x5f8000013c2f2e3c, 0x410c00002b0774fb
	.quad 0x7ead085ba8b75f5c, 0xc20d7a547f151fff
	.quad 0x83288e1674cf70bd, 0x2be59ca9bffbe5af
	.quad 0xc3e8011923fbdf91, 0x5ccc30047fa77c00
	.quad 0x7ff1662bebe74ce3, 0x94c679a5c9e3fffe
	.quad 0x51cda11035224047, 0x7f54f0e1913908ce
	.quad 0xd6ea0d44bfff7c2f, 0x816442fec0395248
	.quad 0xc0f0000000000001, 0x59f0f9c080ffffff
	.quad 0x000d2626fb20086a, 0x3820300bfe7fa3fb
	.quad 0x000000007fc00000, 0x0107bfb3c0a80000
	.quad 0x2cb4d02beccf2870, 0x0000000000000000
	.quad 0x1c675327fdff53e8, 0x0f9b1673b8ffffff
	.quad 0x4abb4f5d5d0a7bff, 0xa2005349f4a779fc
seed5:
	.quad 0x89efb18715ca4054
	.quad 0x36dc9da9478910ff
	.quad 0x2e2af18f09886ee9
	.quad 0xffffffffff6cd8d2
	.quad 0x01c53c8075cb1f23
	.quad 0x0000000080000000
	.quad 0x00000000000003cb
	.quad 0xfffffe863af500c2
	.quad 0xf24d99880472afb5
	.quad 0xfffffffffffffdd0
	.quad 0x111f5c84d09a41cb
	.quad 0x0000000000000273
	.quad 0x0000000000000002
	.quad 0x001577cfe6d40baf
	.quad 0x1914e26f79f4a31a
	.quad 0xfffff08db162105b
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xd70cd5d7ff2187ff, 0x7f021cf97f800000
	.quad 0x9b0427843b319d0c, 0x3f78000000000000
	.quad 0x263ea9e4f2dfdff7, 0x00062dd7feffffff
	.quad 0xb62e8f4dd14a0200, 0x85904795006a288b
	.quad 0x80000001ffc00000, 0xc0e80000bd53c213
	.quad 0x6d183dfe2b052607, 0xbfd050f994f38a45
	.quad 0x405501f0838ebd96, 0x7ff0000000000000
	.quad 0x7f8687ac80000000, 0x7ffa6dcbcf7ffffe
	.quad 0x45400000c2ec0000, 0x9d70cd5e36af8001
	.quad 0x800f15f541143596, 0x5f6de7ce9be2e975
	.quad 0x0000000000000000, 0xc017000000000000
	.quad 0x7fade53c91dfdd61, 0x7f9bfa0a40100000
	.quad 0xdda3dcc34e382183, 0x401f66c5ec3278d1
	.quad 0x3fdfcce43cdc02c5, 0x9858d783ffede3fb
	.quad 0xfe9a365bdaa3d98e, 0x39eee42a92217efc
	.quad 0xfff8000000000000, 0x7dff91c75ea21465
	.quad 0xbfffffffffffffff, 0xbff0a0dc08c24817
	.quad 0x8b200edbfcf43800, 0xbd4047d59255f7ff
	.quad 0x9361cc2a80000000, 0xc02aa38912f331a2
	.quad 0x6764fc8dff94af14, 0x38c8fc43fefaafea
	.quad 0x41ba5eb7931f554e, 0x8000000000000000
	.quad 0x75a5ef325a000000, 0x3facf00000000000
	.quad 0xb3b8391bffc47f0c, 0xffcb35e27fe396e2
	.quad 0x8009cdae778ca6b5, 0x8000000000000000
	.quad 0x001fffffffffffff, 0x3189bff30b867aa5
	.quad 0x18c9f0439c12fe00, 0x7ff0000000000000
	.quad 0x755b21aa5fe7d439, 0x7ff6b653c3672def
	.quad 0x7f7d0c3b3a492b56, 0x0a91bd73ffd9c29c
	.quad 0xd1695047d10f5700, 0x3a2aa7443de64280
	.quad 0xc023800000000000, 0x400b4bd1de630483
	.quad 0x5fa500dbd27cd822, 0x0001c37e1a6ec8a6
	.quad 0x3f0d527220892746, 0x3f85eb6fa2f1be32
seed6:
	.quad 0x00000000000003d9
	.quad 0x070874c9281a79fe
	.quad 0x98609fcb89d926e1
	.quad 0xfffffffffff8a006
	.quad 0xb4d21877106c4eda
	.quad 0x502a77a490951cac
	.quad 0x4ca504410af6150d
	.quad 0x00000000000001da
	.quad 0x2d2dcc619c2adc53
	.quad 0x1a941002713ca428
	.quad 0xffffff989f3a895a
	.quad 0x00000000000000e2
	.quad 0xffffffffffffff06
	.quad 0x437f737b93fec9f2
	.quad 0x000000000000029d
	.quad 0x0000000000000038
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x7fdf9c867f800000, 0x513d9a5e6e0380eb
	.quad 0xc0811c627bfa3948, 0x66216f893f342a58
	.quad 0x7e50bfa0708c7800, 0xf708a50aff7fffff
	.quad 0x7ba9bd9070808000, 0x8005321e5f720794
	.quad 0x7e65945cf7e49132, 0xd9fffffeff800000
	.quad 0x3ab164fcfde7ee7f, 0x3e1a5fddffc00000
	.quad 0x6ed3d16c7ebf4cc7, 0x0000000000000000
	.quad 0x000000007fbfd011, 0xd9800001f6671fdd
	.quad 0xc7800001e2000000, 0x6d4a64bb43c80000
	.quad 0xf640a3849afd9e4e, 0xc0755df7de719779
	.quad 0x7e80000080000000, 0xb81368b8f46eb9db
	.quad 0x7fab94acffb6f281, 0x04040d943efd8850
	.quad 0xafc94be7fc3f7a7e, 0x0b30d2aff4d1c14a
	.quad 0x8c7bda0f807fffff, 0x1d04f35f7fdffa42
	.quad 0xbc359096ff8ff6f3, 0xdf7fffff3c28b8f2
	.quad 0x521859283d35ff51, 0xae1012427fff8fab
	.quad 0xff8000001e03244f, 0x7db1311b05f86649
	.quad 0x800000007f800000, 0xd5439ad3adc434f8
	.quad 0x9c571e32fff7c100, 0x4035d67edd29abc1
	.quad 0x8003984bb8b0d087, 0x41281fc49e303185
	.quad 0x01daefbd88faf400, 0x01a1fab6fffffb4f
	.quad 0xe0838f32f4314e5b, 0x5e845963fe237f3e
	.quad 0x7b8150a9d69f7fff, 0x6ff163f38c6cee00
	.quad 0x800a73c2e9f02b56, 0xc7800001fe800000
	.quad 0xd8f46bfec2dfae92, 0xaff5116141c34d17
	.quad 0xbf7e436949c7c6b8, 0x09cfce03f534f7ce
	.quad 0x00266c803feb5695, 0x418a9c1c71df6f37
	.quad 0xf1e717fcae0da7d9, 0xbbf151d620e329d3
	.quad 0xa5306d15f1a37cfb, 0x43f51bc54ffffffe
	.quad 0x2859d829ff9ef6fd, 0x7ffd1a5fc71f6159
	.quad 0x7e11b1fe13067f40, 0x8002ba4b12004b67
	.quad 0x7fae5e37f6584308, 0x7f3b62843ca66ac9
seed7:
	.quad 0x00000bf932a7b4ee
	.quad 0x0635531b503ab1c8
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffec1
	.quad 0x0000000000000136
	.quad 0x951202ff6ce831d1
	.quad 0xac0cb7b8575a326d
	.quad 0xc47977aefc5329ab
	.quad 0xfe5d78d0a3225c3c
	.quad 0x000000000002c919
	.quad 0x000000000000000c
	.quad 0x00000000000304be
	.quad 0xfffffffffffffff5
	.quad 0x0000000000000132
	.quad 0xc539a649732a064a
	.quad 0x9fd55843272d3e35
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0xbfe0000000000000, 0xad4a5b5afafffdd5
	.quad 0x085edf8bff800000, 0x7288f42480000000
	.quad 0x25b1b8343cc9c4c1, 0x0000000000000001
	.quad 0x0cf8e3b2f415b0f1, 0x4f441fd445be7cc2
	.quad 0x7ff0000000000000, 0x30afb0f0bed37800
	.quad 0xffd0000000000000, 0x4016e9ce1cf28e7d
	.quad 0xf402481ecc2e4e90, 0x1c770982ba775123
	.quad 0xc0253c971eb737fc, 0x84c14471ffd7ff31
	.quad 0x3ffc526bfaec91e1, 0xdf4eb2cb7fd8ffe6
	.quad 0xff7fffffc395886e, 0x7f800000bd063c39
	.quad 0x4013000000000000, 0x7ff8000000000000
	.quad 0x25412bc6d95f9346, 0x41effffffffffffe
	.quad 0x00000000c244df8b, 0xbc3c605c7fbb4a76
	.quad 0x1c10e2bb7f964fd8, 0xefebf8d6bfbd7bd9
	.quad 0xff80000000000000, 0x86f2e5239e5ac000
	.quad 0x1b91ec68df87f663, 0xc856bb1801000000
	.quad 0xc2a7b35bff800000, 0x3feca00000000000
	.quad 0x4087e4a07fb95233, 0x803211ef6f65698f
	.quad 0x5c9429339b9d0e99, 0x1acd242db301078d
	.quad 0xae256c6eaddbde4e, 0x40790e30b545e3b6
	.quad 0x47800001e8e9a352, 0x857bde4e6f3d7fc0
	.quad 0x007fffff4280f3d0, 0x46660000ff843111
	.quad 0xd30952401d696ab6, 0xf3fd6ec49cc3b9ff
	.quad 0xf35a0eaf08f748ee, 0x857ad6329c14a637
	.quad 0x2b42f863bb26c639, 0x53fa07bf1a8477ff
	.quad 0x4150000000000000, 0xff8000008054feed
	.quad 0x000a2b64cea1e152, 0xbfa668fa85cb6e29
	.quad 0x000000005f800001, 0x9dae467fffdfff95
	.quad 0xc095a1f87683aff5, 0xa01ef5d5bdfdff7e
	.quad 0xc19b81e0ff7fffff, 0xf5665ebf40f80000
	.quad 0x88113edfba7f5b82, 0x0f16c2b07fbc4ab5
	.quad 0x7f1b762180000000, 0x7ff392c0adcfe10b
seed8:
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0x340e3fa5034019d9
	.quad 0x7f39903c581bca4d
	.quad 0x00017943d995eaf5
	.quad 0x50b1b81d4b237afb
	.quad 0x0000000000000019
	.quad 0x0020000000000001
	.quad 0xffff3368e3aa9733
	.quad 0x0000000000000167
	.quad 0x42e7ae8ecd9cdb7c
	.quad 0x000000007fffffff
	.quad 0x06e234019c7ae889
	.quad 0x7fffffffffffffff
	.quad 0xedc161a64302cce4
	.quad 0x0000000080000000
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0xc240000000000001, 0x37641970d9b08325
	.quad 0xc019800000000000, 0xffef0c7e98e6ee2e
	.quad 0x40e0000000000000, 0x49291d1d7ad08000
	.quad 0x43efffffffffffff, 0xca4b3f643fa57d5b
	.quad 0xc020c00000000000, 0xdf6349ef7faa7638
	.quad 0xe3fcc272feebbf17, 0x3ff0000000000001
	.quad 0x3c9753f39505870f, 0xfff0000000000000
	.quad 0xc6e1045080000000, 0x40e624712702ba68
	.quad 0x344fa2593f64766e, 0x0010360adffffffe
	.quad 0x000000006d2d0864, 0xc196faedc0547e63
	.quad 0x8cee7c687f800000, 0x3e093ff5412289c6
	.quad 0x594621083d0ffc26, 0x739b3d4654d38976
	.quad 0x80fc7f64c0b00000, 0x440fc31c5fdc7e7e
	.quad 0x29a87dcd3dbd7cdd, 0x368c000042ef1ccb
	.quad 0xa630b10865805e4a, 0x757dd689519cd7f6
	.quad 0x71d437d343725d00, 0x272e07595ba3af00
	.quad 0xc287cc2e60ea0000, 0x959ffd1b940532a6
	.quad 0xff80000034ae99e2, 0xd9b18e9bdb38bf49
	.quad 0x8a08ac6df91ceefb, 0x8020000000000000
	.quad 0x2d655d1dd9ae612b, 0xbb9f386f7180c100
	.quad 0x7f24fc309922cd07, 0x5fbeb19585ea2cd0
	.quad 0x37b80000c104b43b, 0x34b6129de6de44d0
	.quad 0xc41fb87cda000001, 0x83422003f6f07632
	.quad 0x94958ced6c2a4b94, 0x7f830d13c1f4633d
	.quad 0xbf2d06cf29ff6abe, 0x10a9ee618154b5ec
	.quad 0x802b347cc664f11d, 0x7ff70963183fe971
	.quad 0xfff1ceced40d7b9e, 0x7fe5b778d6b47915
	.quad 0x36de1f0a4b0797e0, 0xa4f6dddf3a856c9c
	.quad 0x89354eda4333d406, 0xeb2101f25b38ff49
	.quad 0xd816652ee5d21028, 0xfba10825bf7d5220
	.quad 0xe540cbfe7f92d376, 0xc00f000000000000
	.quad 0x3f73914af619861b, 0xf679862f00000000
seed9:
	.quad 0xfffffffffd884b79
	.quad 0x007a6207a7606200
	.quad 0xc021be5371935eaf
	.quad 0xffffffffffffffd3
	.quad 0x0000000001000001
	.quad 0x72298d46a80721b9
	.quad 0x60802e473c9d771d
	.quad 0xffff9154bfa14337
	.quad 0x8ec874b53a15c4a9
	.quad 0xffffff653c603f4b
	.quad 0xaa6526337a9ef095
	.quad 0xf1bec293cf28bb79
	.quad 0x804e941cc6f8414b
	.quad 0x0000000340089e35
	.quad 0x001a16519ebc955d
	.quad 0x41a3850872491eb2
	.quad 0x04800000
	.quad 0x90000000
	.quad 0xee11ac2464e82e11, 0xb9cca88dbbdeb547
	.quad 0xfe0bbe8a0475a961, 0xc12cec9dffb0f380
	.quad 0xc000000000000000, 0xc01a7dd6dbbe0de7
	.quad 0x720505c998c83772, 0x00400000ff800000
	.quad 0xb49a4ef802a12113, 0xbfd4d3dabf6ebdce
	.quad 0x34eca782f52a7a17, 0xffc00000c0b80000
	.quad 0x405cc4f62a5d6c2d, 0xfff0000000000000
	.quad 0x4bc43bc98059fc00, 0xd3615a93e7b69577
	.quad 0x7ff8000000000000, 0xfff0000000000000
	.quad 0x3eb07c5ba5533c6e, 0xc3f3ba953cfdf225
	.quad 0x6c65d347791afc00, 0x1af81d3544e5bf93
	.quad 0x7373f774799dfcfb, 0x43e0000000000000
	.quad 0x7fdfffffffffffff, 0x403a2d1b1aadf4b4
	.quad 0x7b38f5bbf4fbcfdf, 0x401d1dedf9ba19a5
	.quad 0x000000007efdeb40, 0x9a207a20fd917fff
	.quad 0xf306f2e1eec22b17, 0xd816471b76bbd0e1
	.quad 0xd94b66c1aa280000, 0xe3717a3c42fd6dc0
	.quad 0x0d061db6f7dffef7, 0x7f0000003fffffff
	.quad 0x27ad425397ec739d, 0xc27a670780000000
	.quad 0xbff4000000000000, 0x42b25d61e77fdb84
	.quad 0x463d24e77ff5de34, 0x7398798dbe7ff97e
	.quad 0x13eecaf9bff52181, 0x9c2efc2fa9bdf7fd
	.quad 0xbf9d6e3954c08711, 0x5e4bedab6ea983ff
	.quad 0x9d9eb288bc03bff3, 0x7fc000007c10cae3
	.quad 0x0b81fb7d129d4a60, 0x08854f4900000000
	.quad 0xc10400007e97a56c, 0x821c849b24fcb2b4
	.quad 0x63ed984789c38cd7, 0x4e74863e868b2455
	.quad 0xc0ba7667fd64d01c, 0x3f93f07b07a8c727
	.quad 0xc022000000000000, 0x1c2bfc993ffffffe
	.quad 0xb8800000ff554769, 0xa1e3ef0a7fda58b0
	.quad 0x7ff0000000000000, 0xfeb0868445639179
	.quad 0x7f99de5fbe695511, 0xa7f4d459eaebfd82
seed10:
	.quad 0x0000000000000001
	.quad 0xc9fc543ba0c150c9
	.quad 0x00000000019a4c91
	.quad 0x7bbcbfd444fa82de
	.quad 0x000000000000017e
	.quad 0x0000000000000000
	.quad 0xcb3b9a2923d6b383
	.quad 0xe353e6fa9eb21706
	.quad 0x918362bff9edb087
	.quad 0xeae820e68b6e76c1
	.quad 0xfffffffffffffe32
	.quad 0xb3c6d2e2cb6e2dd2
	.quad 0x000000000000039b
	.quad 0x000000000000039f
	.quad 0x0000009cc838ae12
	.quad 0x00000000000001db
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xbfacb00000000000, 0xbf9e0000ff000000
	.quad 0x316cf358fdbf1a6d, 0xbfaadd9047fd692b
	.quad 0xf4885d6c00000000, 0x80ffffff7f800000
	.quad 0x5535c60ad320ab29, 0x3f98aea4f4f81c59
	.quad 0x80000000d9ffffff, 0x428173fb3c079a97
	.quad 0x2dfbb60748af8291, 0xc01c0040096f938a
	.quad 0xfa271cfe585db150, 0x0ab847296ad74bde
	.quad 0xff9fbfb140e6c1f7, 0x3caaa55994bfc4cf
	.quad 0x57d083fca644fd5e, 0xffc0000008ae1946
	.quad 0x386e00007f800000, 0xffc000005a7fffff
	.quad 0xb11a319078c2f942, 0x5246bc29fffd28b3
	.quad 0xc0b00000ff800000, 0xbfc1ed8e090a8784
	.quad 0xf7c77d6c61fe7817, 0xed88438dbefffdeb
	.quad 0xffd4c4ae38a7b401, 0x7ff0f413a9231da5
	.quad 0x817fffff3e4b9a37, 0x800000003c076b61
	.quad 0x3ccce3decefc07d7, 0xbcf9abae8ff415e9
	.quad 0x51343625bc0b0000, 0x40a3b512ffaf7c8c
	.quad 0xa59096b87aa10821, 0x7fd2be79b817d634
	.quad 0x3ff6000000000000, 0xfff7264877d2fddb
	.quad 0x7ff0000000000000, 0x0020000000000000
	.quad 0xffbbcb333fe03cfd, 0x81da944cae0650ac
	.quad 0x7fffa9198bebb061, 0x002fffffffffffff
	.quad 0xab00c2e2f6e079a3, 0xc2f26477c142838b
	.quad 0x16595e91d7d9d8ad, 0x7ff7eeaf5c75c2c9
	.quad 0x0000000000000001, 0xbfd861b880aaa944
	.quad 0xc0743d7e265cdc05, 0x59266a5db330e9fd
	.quad 0xa7b51eb675e1fc00, 0x5a129278d88f7833
	.quad 0x251d09bd66101ad0, 0x40b8000000000000
	.quad 0x1da4660be00a8f06, 0x8f0b528ea17fc25f
	.quad 0xd0959c58ff8bd6bb, 0x8bbcb255d414571e
	.quad 0xf5fdefc4fb5774c7, 0xbfc8a313bdfdf88a
	.quad 0x04cdd328410c0000, 0x817fffff42bfeff3
seed11:
	.quad 0xfffffffffffff2a2
	.quad 0x00000003bd5826fd
	.quad 0x0000000000000003
	.quad 0xcab4c16b5f49fa03
	.quad 0x00000000000001b0
	.quad 0xc9859d03cfb54330
	.quad 0xffffffffffffc955
	.quad 0xfeaa00b732ddaf42
	.quad 0x8000000000000000
	.quad 0xfffffffffffa7418
	.quad 0x000000007fffffff
	.quad 0x20705fd8b289d72a
	.quad 0xfffffffffffffde4
	.quad 0x0000000000000308
	.quad 0x0000000a52fd5ea4
	.quad 0xfffffffffcc2fa83
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0xe60716b4b1a062f6, 0x0000000050a7f1bf
	.quad 0x7ff0000000000000, 0xc07f2f4f0c394d00
	.quad 0xfff0000000000000, 0xc0e0000000000000
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0x7ff6c665e6d4bbbd, 0x3f96b85a374728d3
	.quad 0x3fc5000000000000, 0x2a0302bd6c8f30ba
	.quad 0xd08ff3b9bfffe5e7, 0xc021b0fc7912a726
	.quad 0xc056c8c148b0f449, 0x7ff0000000000000
	.quad 0xfb0f054795a18000, 0x4002000000000000
	.quad 0x40e793fda8eddf74, 0xd2a5f27a16af7c00
	.quad 0xe946af21ff95bf00, 0x5c7789baf44249f9
	.quad 0x7fbf0e4ac6000000, 0xe173c353fff407ff
	.quad 0x31ce53376ec8c061, 0x1a8db25540528000
	.quad 0xbb53bac77f800000, 0xbfbae9a88f740a58
	.quad 0x7d3961b6bdb92d95, 0x1711fa8ac2fe44c0
	.quad 0x0cdd855c0cbe982e, 0x9ceae10396dcb3f7
	.quad 0xff800000c0de0000, 0xe1def7a2bfb0bff7
	.quad 0x9ef1121ca60e3fff, 0x800ed7e7e856a771
	.quad 0xbf84507249708f79, 0x4007000066038ae9
	.quad 0x4008000000000000, 0x316e27dbbfd97ef8
	.quad 0x0000000000000000, 0x8a91d966fff0fc42
	.quad 0x039a5dcf1bcbe6f9, 0x801544128c23170a
	.quad 0x3a6800005f000001, 0x00399eabc0ac0000
	.quad 0x5a000000eeac7893, 0x41bd44c7c663cb10
	.quad 0xffc00000421a868f, 0x412e744755fcfae7
	.quad 0x8100000047800001, 0x401077b7c60f6d7d
	.quad 0x7fc00000807fffff, 0x7fe879ecffa9ce7a
	.quad 0x95c41aa6ff923d52, 0x7fff5f9e6eff2c8e
	.quad 0xf34a4d3d3eadca3b, 0xfff8ec9856b06af0
	.quad 0x3fbc9d18df9ff247, 0x7adb33298b800500
	.quad 0x3c984c15fddffbc3, 0x431100001368f87d
	.quad 0x7ea6eab900000000, 0xffd97fb34098cecf
seed12:
	.quad 0x0000000100000000
	.quad 0xfffffffffffffea4
	.quad 0xdaf172c0c4ec45b3
	.quad 0xffffffffffffff79
	.quad 0x27b187629c6ff359
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0x0d00a9fe6febd8aa
	.quad 0x0000000000000043
	.quad 0x000000000000028c
	.quad 0x5ee14788ad7b4eaf
	.quad 0x71067fe0e9bf1d3d
	.quad 0xfffffed873a66c81
	.quad 0xfffffffa7d602046
	.quad 0xffffffff8e38187e
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xfff222c1062175dd, 0xfff5e2103daa47ec
	.quad 0x25a84e77dfd6fefb, 0x44af20ae848a3a00
	.quad 0xd98000013c3fec0e, 0x73e7ff638066e2a9
	.quad 0xf89d99377f800000, 0x7ff7c5dbd0285a13
	.quad 0x7dde76b37c5d3620, 0xfe8333f4c0c80000
	.quad 0xc78800003ea5199a, 0x80000000ff9a304b
	.quad 0x1ce290da4f483766, 0xfbda0423c21de5aa
	.quad 0xde1909272c6afc00, 0x407b91e23ca6e7ad
	.quad 0x7ff436afc6251980, 0x00000000bbc085b8
	.quad 0xa1aff3887effffff, 0x4224c5de00ffffff
	.quad 0x8005cdf108bdde3c, 0x5709b6bbde890000
	.quad 0xd1d198edbaffbfd7, 0x40efffffffffffff
	.quad 0xdf57fb5f2266c280, 0x4c4601dd4643c8f0
	.quad 0x3ef1000000000000, 0x7f6d06de40940000
	.quad 0x7ff0000000000000, 0x4004000000000000
	.quad 0x767cfd73bd34c696, 0x0067a15fa84b7c0f
	.quad 0xc02000005a61522f, 0x401e000000000000
	.quad 0x4035da666424f94d, 0xbfcc8e64fdebffe6
	.quad 0x7ff1281e8365cb1a, 0x36d00000bc44151a
	.quad 0x00d4494580ffdb7a, 0x8e9061107ffc45d6
	.quad 0x41b388de89db7f8c, 0x7fa6bdb7017e7dfc
	.quad 0x8c4683a0c662c03f, 0x800000001b7e228a
	.quad 0x7cab186bffac0000, 0x402dc9be3349c242
	.quad 0xeef7bbad488f2bce, 0x3fb4000000000000
	.quad 0xf8f2388dd4700b31, 0x195b244abbc06e70
	.quad 0xd2f7e8efc0fc0000, 0x442ffffffffffffe
	.quad 0xc00800007fea5e37, 0xffee4d329ed0f454
	.quad 0x6552e61ce6a30000, 0xffe123777fc15b89
	.quad 0x407eaf2e634debae, 0x3f05000000000000
	.quad 0xe60280c22dfa5b12, 0x973b49a57fea7eeb
	.quad 0xcfeb527b00400000, 0x406000003cef95db
	.quad 0x8e80178ebecd159c, 0x008b5f51bf73ebfe
seed13:
	.quad 0xfffe05d3b24026be
	.quad 0x000000000000010e
	.quad 0xa0792dad273b655e
	.quad 0xffffffcd1f3c2ed8
	.quad 0x36645a99173c3abd
	.quad 0xb535e4deff0e32a0
	.quad 0x00000000ffffffff
	.quad 0x000000000000549e
	.quad 0xffffffffc82aa873
	.quad 0x19660429bfe76294
	.quad 0x0000000000000001
	.quad 0x0f85785db08ccc47
	.quad 0xb1ba74cfd8546a34
	.quad 0x000000000778edb2
	.quad 0xffffffff9a601ff6
	.quad 0xffffffffffffffff
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0x6c294012cb7fffe6, 0x007aeb2c00000000
	.quad 0x12b7065177b6f3ab, 0x2ea308e639f76dff
	.quad 0x01783637df7ffbd7, 0xffd8c727c0400000
	.quad 0x3f95d5bf3f034d42, 0xbd300000ff95462e
	.quad 0x09d330ab2e5a9cdc, 0xf2eb207e571e9867
	.quad 0xab0d3d504a39856a, 0xbf9dc325ec4bd8a6
	.quad 0x5eafae7b82428f53, 0x4da22ed4b52e71b3
	.quad 0x7fb3b3647f9a0d6b, 0xc0324612770cf7a8
	.quad 0xc07c67fab0b8389e, 0x538e8b5d883bfdac
	.quad 0x7f800000bdf6f796, 0xfb9e1f77cc99a821
	.quad 0xc1e7f7096d90fb18, 0xc2123e7e3bdcf74a
	.quad 0x80ec82003c3e7fbd, 0x00fc8148121982b8
	.quad 0x0c8cce6bfb1eae5b, 0xc1a0a11974661e5e
	.quad 0x3f765970a0cc2221, 0x70003aba7f800000
	.quad 0x0067c341c1eb5b94, 0x7ff0000000000000
	.quad 0x7fab692e017fffff, 0x800000003ba99a02
	.quad 0x7fefffffffffffff, 0xfff0000000000000
	.quad 0xeb1910b483a00000, 0xb7058c9c80e44a08
	.quad 0x1f4a0d1ec036a7f5, 0x5200cf5573604760
	.quad 0xbf30000000000000, 0x3e6192d587440825
	.quad 0x9efe0cebe7297c00, 0xbf6df407ff8ad5cb
	.quad 0x3c1000007fd902cc, 0x3fbefdad508000d9
	.quad 0xb13efca72a026854, 0x1f04550f7fe44740
	.quad 0x8000000072aa3020, 0x777454887d6e4405
	.quad 0xdffffffe43200000, 0x7f8966c87ebe2e33
	.quad 0xbfe5ea2f2845db37, 0xbe84c7009e6b7bb5
	.quad 0xfffd23d7c7800001, 0x7ffa128d8770fcc7
	.quad 0x40373a3fabe14bac, 0xfffc40030e8afa55
	.quad 0xa2ba8f91f47f9fee, 0xbf8dc23496bfb2dd
	.quad 0xc047b8539dc72894, 0x917c128dbbb0ad3a
	.quad 0x417fcae75abacbbb, 0xfdc7555a07dba1f3
	.quad 0x4d39d9de725c9f92, 0x80390b644106f570
seed14:
	.quad 0x8000000000000000
	.quad 0x7034e06c2a3ab2f4
	.quad 0x0000000100000000
	.quad 0xfb8d1e1856c1dad3
	.quad 0xd83b31b1b2f623c3
	.quad 0x7fffffffffffffff
	.quad 0x000000000000097f
	.quad 0xffffffffffffff8d
	.quad 0x000000000000006a
	.quad 0x0000000000000095
	.quad 0x00000000ffffffff
	.quad 0x000000000247467f
	.quad 0xffffffffffffff75
	.quad 0x6ee1b9e67f1d82e5
	.quad 0xfefd786af04df1d0
	.quad 0x4921afdcfe60eca8
	.quad 0x07000000
	.quad 0xa0000000
	.quad 0xff8000009761f70f, 0x468ba38d3386f400
	.quad 0x857d3dcc5f072ac8, 0x187d9e15feccf88b
	.quad 0x2f68daa6e0dfa6fb, 0xe73abddddaf1fc00
	.quad 0x403f280fe49b86a1, 0x00000000ff936e34
	.quad 0xc02909a1f639aadd, 0xff8f3c349c877162
	.quad 0xa235c087dfdb16f5, 0xc010000000603248
	.quad 0x0ab43db8c0e40000, 0x7fed0beda9390962
	.quad 0x9c2ca01e69afbd89, 0x7ff0000000000000
	.quad 0x00f6993f00800000, 0x5823d1877fffffff
	.quad 0x921af798c3271dc1, 0xc33a3483fffffdc2
	.quad 0x40813c9000430b2d, 0x40efffffffffffff
	.quad 0xfff6efd699bb48f5, 0xc06e8de2f91464cb
	.quad 0xfff12881ea1de575, 0xf5100846fb0ea943
	.quad 0x001f8d7a1c1cfa88, 0xdc6c79297ffd7fdb
	.quad 0x456b000080000000, 0x900bc0585302f860
	.quad 0x498514b1b950c672, 0x129b2c53b67bfa40
	.quad 0x006a1f6877e9344f, 0x499661ed626d2632
	.quad 0x8008000000000000, 0x7d8cfd3c80000000
	.quad 0xc2221a8e79a336fc, 0xff800000ff800000
	.quad 0x80429c9eff800000, 0xf2602d935e8f5853
	.quad 0x810251b4046e2c1a, 0x5493ed7f7f3fedff
	.quad 0x333fb29480ff63bf, 0x70ec032ec3cfffe3
	.quad 0x8414823df50d05e4, 0xee690248c26c7845
	.quad 0xbfb0000000000000, 0xed6287dfbe547b5b
	.quad 0xcf574bf7b9e54db1, 0x19076c3dfcff7fcd
	.quad 0xc330000000000001, 0x4d0c02dcff99fbff
	.quad 0x8073f83080000000, 0x0fa988413e3ffcff
	.quad 0x34fbdfc2fafdafff, 0x60196efdf7bde6ad
	.quad 0xc07cc35833e50435, 0x69a0bf53c78e022e
	.quad 0x8b38797ac2d152a2, 0xeefbff8b732f5fe4
	.quad 0xecde5108ffeffdff, 0x3febdd3c353eb4ce
	.quad 0xbfd9000000000000, 0xb0bf7369ffeefd65
seed15:
	.quad 0xa1230d8da1c04e30
	.quad 0xf62cdd65e3e4eded
	.quad 0x00000000000003be
	.quad 0x00000000000001a5
	.quad 0x0000000000000021
	.quad 0x000000002a6da5a4
	.quad 0xfb695b861f1151a6
	.quad 0x8000000000000000
	.quad 0x40a841f737f9415c
	.quad 0x15562d797b484eae
	.quad 0x0000001ff0e6716b
	.quad 0x00000000000000c7
	.quad 0xfffffffffffffc9d
	.quad 0x0000000000000000
	.quad 0x9cb0e45b6660c8d8
	.quad 0x00000000ffffffff
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xbe800000c11818d2, 0x0e72e21db537ca70
	.quad 0x725db783fcfbf479, 0xc1e0000000000001
	.quad 0x05e963cf832a82cf, 0x3306d4aabf4eb5c3
	.quad 0x28811a2182da7f09, 0xc330affd7ee157de
	.quad 0x0000000000000000, 0x7ebac6794c872d73
	.quad 0x000b418d418310e0, 0xbfab1da23874b2e3
	.quad 0x9933d35546211c90, 0xee8dc373403a7528
	.quad 0xce4719a5c6ffffff, 0x80e128a38b2107bd
	.quad 0x57fd253e5fa5fd35, 0x3fe6bf8de2c3e534
	.quad 0xff2dc884b8980000, 0x3fd000007f800000
	.quad 0xbdcc072e765550f1, 0x3fd8000000000000
	.quad 0x673d35c203f67c00, 0x9f6a630a3bbd8000
	.quad 0x3fc87eebffc00000, 0xe3dc9bd5ffbaf3fe
	.quad 0xbf1f7d557f8ca1f7, 0x98f31aa5bf6ed7f4
	.quad 0x7f800000ff800000, 0x0003f045a8dfa596
	.quad 0x329d2077ffffffff, 0xc77ffffe445ef1f7
	.quad 0xfe6cedfac16a337f, 0xfff0000000000000
	.quad 0xb40945dcfffff0b5, 0x357fb2326655fdc5
	.quad 0x36910c97df6ff3ff, 0x45ddc3b3d425fb69
	.quad 0x764450129a76d78d, 0xc002000000000000
	.quad 0x7e4b54781c883ffe, 0xd09631d98cd2f3da
	.quad 0x8010000000000000, 0x3db1b3fcca81beb4
	.quad 0x5285c2441e337814, 0x123936fb35970000
	.quad 0x346ac270f7df7fff, 0x7f98ce03f9cf8866
	.quad 0xd03d6176d71e0ed0, 0x4000bc2b354ef0a5
	.quad 0x401026775de0a1e0, 0x3d60597cbe400000
	.quad 0x7cb6f37ec0fc0000, 0xbfe79378364070c9
	.quad 0xa6f310e9c9e5fe00, 0xbf8fe347494161de
	.quad 0xa0ac3740842dc58c, 0xc10800008da8b97f
	.quad 0x800000003c703139, 0x2dc3efa9dbffdb6f
	.quad 0x412000003ff32676, 0xbf400000422bd1af
	.quad 0x4023800000000000, 0xd3e7250af7fffcef
seed16:
	.quad 0xcf71289978cf7a50
	.quad 0x8000000000000000
	.quad 0x52dc4533989f43ad
	.quad 0xd9ee46184e002c36
	.quad 0x00000000000db7fc
	.quad 0x000000000000035e
	.quad 0xff6aaa38be79ab72
	.quad 0x806d12590c43587e
	.quad 0x000039eed0fb34e6
	.quad 0x0000000000000097
	.quad 0x61ac7b441990e410
	.quad 0xd97a0b24265acbeb
	.quad 0xfffffffc7c1512bd
	.quad 0xfffffffffffef95a
	.quad 0xfffffffffffffffb
	.quad 0x83b253454e0473c7
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x923b5d47d15a7bc6, 0xae8cd9a3dffefbe9
	.quad 0xbc69e4bb998c3a4e, 0xd332d2703df4cd42
	.quad 0x3f98b559ca5f4a29, 0x1208dc88ff85f400
	.quad 0xf4b8e9a084043ab0, 0x057a89b6f656aaa4
	.quad 0x3bd8ba1788d6e1a3, 0xf0a5766a3f003536
	.quad 0x7fa6fb0b3f50c834, 0x042ec914007a29dc
	.quad 0x8000000080000000, 0xff4d5856ffffffff
	.quad 0xa32fb24bffc00000, 0xd2d9ec1672b049be
	.quad 0x6647ec14126022a5, 0xc0d000007bbc4403
	.quad 0x7ff1960ee1ec4c06, 0x75106ea77ffff6b2
	.quad 0x4017000000000000, 0x4d2e9abfff9724b5
	.quad 0x9eeb9944b7726875, 0xf8d5f99388857db5
	.quad 0x40200000801ee7d3, 0xbcef3c0dbfa42655
	.quad 0xc002000000000000, 0x398000007f800000
	.quad 0x0500076be5dfeb3d, 0xbfe4079f519ee069
	.quad 0x1987791a80dfc9e6, 0x7ffaee4652a2d4c9
	.quad 0x74e000b582834fa3, 0x3ee0000044980000
	.quad 0xfffdee0d71d79b42, 0xc1d500008c714819
	.quad 0xed8f83cbfbf5ffb7, 0x9fe836e9ffbf5fdd
	.quad 0x7b240075f5eef75a, 0x5cca7a16fafb7bd7
	.quad 0x7f8000005eda5a3b, 0xbff11d584e03145c
	.quad 0xfff4386ba99abd91, 0x80000000c2fd9cdc
	.quad 0xff80000080000000, 0x5a800000c1ccd998
	.quad 0xbf96901c47891826, 0x3f9babab93ce2970
	.quad 0x8003410db0050e2a, 0xbc670015cbff0000
	.quad 0x800000003c78227e, 0x25bd67c7f8cfaf8f
	.quad 0xffdfffffffffffff, 0x021d2909dbb3edfa
	.quad 0x3858ea7c7ff7eb9d, 0xffc000007f9adfa9
	.quad 0x000000003ec67dac, 0x4020000000000000
	.quad 0xa1867a8deefd7c00, 0x45fc00003c64e349
	.quad 0x3f800001ff9f791d, 0xc34bdca4ffbee240
	.quad 0x76539800ffeffc5f, 0x7fc00000e36849aa
seed17:
	.quad 0x00000016168ee7bf
	.quad 0x0e0f2a1fe0ab8a9a
	.quad 0xffffffffffffffb3
	.quad 0x000000000000027a
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdb1
	.quad 0x2efe322cb98b0d3d
	.quad 0x0000000000000d3a
	.quad 0x0000006dbded89b7
	.quad 0xa4f22b62f23b7a43
	.quad 0x0000000000000381
	.quad 0x00000000136fc0ff
	.quad 0x231806a6052846d9
	.quad 0x000000007fffffff
	.quad 0x5da5d9aeb4252c88
	.quad 0x71691c729ff9c5c5
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x0020000000000000, 0x6389d56eff873c00
	.quad 0x800000006c14df5b, 0x28ef29315affffff
	.quad 0x3ece000000000000, 0x40633c3b0e27d8b3
	.quad 0x3f7fd3f45e4c333e, 0xd1134486fdffffff
	.quad 0x18c03413ff5afffa, 0xfff0000000000000
	.quad 0x400800003e8dc0d7, 0xfffb61c078b8d15f
	.quad 0x7acdad467f8eb821, 0x1ef50a6224555092
	.quad 0x40f0000000000001, 0x9ae0b54b67ba19a4
	.quad 0xbf6000007fc00000, 0x00400000c0a15f85
	.quad 0x8000000000000000, 0xe458ef843e3cdfbf
	.quad 0xc06899107a3ffff1, 0xe5ec44637f90fe00
	.quad 0x1e70d92dcafdaacd, 0x7ff0000000000000
	.quad 0x96dcd17c7b6f9bb7, 0x118daa2fffabcfd8
	.quad 0xfabba4b47f800000, 0x370000003da80eb9
	.quad 0x7d98529a7f800000, 0x7f800000ff800000
	.quad 0x614bc7c466d06f24, 0x06e0bbddc8df4397
	.quad 0x000231449245a295, 0xfb9e05cd00b42f58
	.quad 0x4071df3f7a9153ba, 0x8023c05a7f8947f8
	.quad 0x027dcfe51c845441, 0xee29f43ccfddfe34
	.quad 0xfff317e322a8af77, 0xc77d0000ffda6dd0
	.quad 0x32158d3f915716ef, 0x410c00001c523879
	.quad 0x410e000000000000, 0x0a7c4fe0d2b144bf
	.quad 0x7ff0000000000000, 0x3fca0c1930dfcf74
	.quad 0x800deb17d6b30c92, 0x43fb2c87be3a95c8
	.quad 0x6ddb7b026e7030c5, 0xbfbed76ad1c2bbc7
	.quad 0x584a4dafb1bdfc00, 0xbd9622d5800b52b6
	.quad 0xc08800000164b32c, 0xd1040b9749d2fc8d
	.quad 0x7ffe3e7eb0a5eafa, 0xe41ad9979137d98d
	.quad 0x7ff0000000000000, 0xcc2e308bff755fb3
	.quad 0x8084748becbe9af4, 0x6c7ee1ae95a2e895
	.quad 0x432eaa1a7fbc5caf, 0xc016038cdc6d5651
	.quad 0xfff529a82ac301e1, 0xbfc9cab8021d544f
seed18:
	.quad 0x7c5b41cff5da23d4
	.quad 0x3253ab9c1a9f1662
	.quad 0xffffffffffffa8f8
	.quad 0x33cfb72f2f1bb727
	.quad 0x83ba03ab57b9e0fc
	.quad 0x00000000000002e1
	.quad 0x000000000000027f
	.quad 0x0000000000000001
	.quad 0x00026db34a5b5e00
	.quad 0xffffffffffa2eeab
	.quad 0x90c46bcbdd9e1e11
	.quad 0x0000000000000071
	.quad 0x0000000000000001
	.quad 0x9c0096f00582581a
	.quad 0x0000087bf29e1dfd
	.quad 0x02ceed44689ce280
	.quad 0x05c00000
	.quad 0x00000000
	.quad 0x8a941735bf800000, 0x32ee2f8dff842f16
	.quad 0x4d0029bcbeedc654, 0xde7ffffe36880000
	.quad 0xe1e47efd9dd7fffc, 0x066e051676ab8d70
	.quad 0x3c2104e1719762c1, 0xc5fe00b0ffdbc772
	.quad 0xc819bd2b64d27c00, 0xc00a000000000000
	.quad 0xc70ed88cecfffffe, 0x802de25ced8e2a2b
	.quad 0x822ed418ffe772b3, 0xa4406204b496fbe9
	.quad 0x7eb0ee4e30086be8, 0x01a8f63c7be2e509
	.quad 0x8000000000000000, 0x7fb83937087de727
	.quad 0x9e3bcbe3bbfbf6d3, 0x810000004206d4cc
	.quad 0x3b8741b1d337d858, 0xdc371eaffffe8f7f
	.quad 0x7861cdaaffb98720, 0x5c7545ad624163fe
	.quad 0x3f9ce5bae3dd3e42, 0xc0c2c325c0db2a56
	.quad 0xc0a00000bbd00000, 0x4023800000000000
	.quad 0x801a9be290f7c7e2, 0x83ac3031c73d6b04
	.quad 0x5a7ffffe759e980a, 0x35cf41df2dbc3c49
	.quad 0x40d80000bd7c2b3c, 0xc028c7d4a0d80e09
	.quad 0x804ae54fc10c0000, 0x8257b69bc79f7ff9
	.quad 0xc0464291f7596a7f, 0x960cff7c1d10ffe0
	.quad 0xfff27da1ee94d80c, 0x825bd5e831c46c3b
	.quad 0xc0272026faa751e4, 0x3f78ac224fffffff
	.quad 0xbd18e2ffee9f9347, 0x8000000000000000
	.quad 0xffbac6fc43f76991, 0x3daf3084ffc6342a
	.quad 0x3ec4000000000000, 0x2e79341b3f854000
	.quad 0xeefc636ee4fb7bec, 0xfec4a0d22c9a96e4
	.quad 0x401e000000000000, 0x7ffa9214098cc81e
	.quad 0x8afdeab1bff981db, 0x7fc000007fa6d802
	.quad 0x9c2e923bbe1e2cea, 0xfd69456bcd59f72b
	.quad 0x8008000000000000, 0x00605b39fd687441
	.quad 0x60fc00888e308000, 0xfff0000000000000
	.quad 0x265c510cbeddeadd, 0xe0f4b73dd568fbbb
	.quad 0xdbd3a4277f77ffa5, 0x0415f85da22c57ad
seed19:
	.quad 0x1ad19f280dc0f487
	.quad 0x000000000001f586
	.quad 0x0000021a5908057b
	.quad 0x00000000000002f5
	.quad 0xbee31062d23f8c03
	.quad 0x84cb967c18f3efb8
	.quad 0x0000000080000000
	.quad 0xd61f6871dccd0df3
	.quad 0x0000000000000007
	.quad 0x0000000000003b52
	.quad 0xfb9668fa5d36991b
	.quad 0x000000000000003c
	.quad 0xfffffffffc2e79e5
	.quad 0xaf1648b0e32ab3fe
	.quad 0x000001a741a67294
	.quad 0x0000000000000349
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0xfff5a86145ad39ca, 0x8dee371c7fbb7c00
	.quad 0x779addb967b286c4, 0xc2876395ffc00000
	.quad 0x37fe0000ff800000, 0x7ff1b355deaf1c9f
	.quad 0x113faed15b668000, 0x7f800000fc28e951
	.quad 0x3f582c4e7e99d01c, 0xb5ebc80a12fa8817
	.quad 0xe1739c859dec82c5, 0x63ebd59494ed512a
	.quad 0xbe458fbad52d0000, 0x1024858affc00000
	.quad 0x3c0ce61900000000, 0x624a452f1925fdda
	.quad 0xb4ed3ecabbb6fd1c, 0x405642875f7f2132
	.quad 0x3bd07a8b328d7aa0, 0xc063069011ba7d82
	.quad 0xfb72dfa8ff90c3e2, 0x7fc000007f83e721
	.quad 0x7ff4300944a1912a, 0x8d9f475ddbdc26b7
	.quad 0x00050a0aaa44884a, 0xa0bac6158f0b3444
	.quad 0x978a9e6980d30385, 0xfad891c3dc7e3839
	.quad 0xda000000ff800000, 0x407fa76812a7f910
	.quad 0x278579d3f7ae92f8, 0x8275d5e500000000
	.quad 0xdd5eeca6c7c00000, 0x3c25a4e28e61a2fd
	.quad 0x81a008a02075ab92, 0xe0ea3d00153bae6e
	.quad 0x74b1181a83bed200, 0x800195909a66ea51
	.quad 0xf88e9772db39feff, 0xc058000004c1ff1a
	.quad 0xc063148332630be5, 0x9452890095a23881
	.quad 0xaefd7d88bab55b10, 0xc1140000c32794ff
	.quad 0xc840004bab453ddd, 0x4cedacab9eebfbfe
	.quad 0x4050000000000000, 0xffe9bcfe2bb9d334
	.quad 0x0330d043d08ed8ad, 0x0000000080201845
	.quad 0x017fffffc1a00000, 0xffc0000001ae6f30
	.quad 0x0e21a15ca2d38000, 0xffbdc4bdc1080000
	.quad 0x332c518fc7ffffff, 0xde94b233ffeafc00
	.quad 0xdf7fffffef4a0d29, 0xc0d80000c2d1c9b9
	.quad 0xff81c4c07f800000, 0x7ff0000000000000
	.quad 0xc0a80000c07ffffe, 0xe775393976c0fc00
	.quad 0xfd735813dd26534d, 0x832c348b06717fe5
seed20:
	.quad 0x0000000000000001
	.quad 0x5fc84b907382f594
	.quad 0x1f4ba69356c92a9f
	.quad 0x84099c6721e7f9fd
	.quad 0x0000000080000000
	.quad 0x0000006181221d60
	.quad 0x0000000080000000
	.quad 0x00000000042e26d7
	.quad 0x0000000000000156
	.quad 0x68159af194b3642b
	.quad 0xfffffffffffffcba
	.quad 0x0000000411db62a5
	.quad 0x4755627c82861ae2
	.quad 0xc08fd2b2e6a59e6c
	.quad 0xfffffffffffffe53
	.quad 0xfffffff7810716e3
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x32894efaffb9e5d7, 0x1f9745225d287e00
	.quad 0x80000000c0000000, 0x7ff8000000000000
	.quad 0xc040c535ffa8ea71, 0xbffb4d8fa2c325af
	.quad 0xfff0000000000000, 0x4026d52ff6972cbb
	.quad 0x833efc26645db069, 0x907711694bfec300
	.quad 0xff800000c0f80000, 0x72f4c5177ede8e98
	.quad 0xfff8000000000000, 0xfff3b9770826afc0
	.quad 0xfff1de8851a44f1a, 0xbd400000c0880000
	.quad 0xc2dbfbd9c1f97b25, 0x000000001da8fcba
	.quad 0xcfa8d07dfffdfdbd, 0xffd45b6038120000
	.quad 0xc00000014093f0e5, 0x5d9543fbffffff9f
	.quad 0xfc487ec869aa7d37, 0x20984ec361377bff
	.quad 0x38016b17c9cb2297, 0x000247bcc23a309c
	.quad 0xc000000000000001, 0x79473c2abbdf441e
	.quad 0x4d2a64fa0390486a, 0xda000001cf000000
	.quad 0xa6b6f0cf6a65af3b, 0xb75b0902ffffffff
	.quad 0x405f4b8faff07729, 0xdb53c8a096f80280
	.quad 0xfefa27fb293aa662, 0x838334b7e38f7fff
	.quad 0x2dec70c2c1000000, 0x817fffff3b7e0000
	.quad 0x3d620bb9ffd5054c, 0x000dd9d4c2c838b1
	.quad 0xc018000000000000, 0xb75000006a7c1729
	.quad 0xf9a5738ee1ec21dc, 0xc0255c3cfd4c13bd
	.quad 0x9daddfdb3af64830, 0x25f46537a7af6750
	.quad 0xc330000000000000, 0xd163cf9dfe6f8001
	.quad 0x75662710bc7bf10b, 0x95deedda3ea00000
	.quad 0x7fdfffffffffffff, 0x7fc00000816200bb
	.quad 0x609e6ed7ffa5d965, 0xfec2318216c63591
	.quad 0xe57da53deaa8a85b, 0x8025e4b0b6100000
	.quad 0x7fa15a65c0300000, 0x0709da1550db3fb3
	.quad 0xff617482cbfafbfd, 0x869ad9a26cb39eb7
	.quad 0x7d0b845eaffc45f5, 0x28bbb86ffff9a7a7
	.quad 0xc023800000000000, 0x017c96a3b0dfb2f4
seed21:
	.quad 0x0000000000000000
	.quad 0xfffffffff3f77f8d
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0xfffffffffe6ba95c
	.quad 0x000000015f0f4f73
	.quad 0xffffffffffffff7d
	.quad 0x0000000001000001
	.quad 0x82f473e0bde3c84b
	.quad 0x000006ce7b3d1add
	.quad 0x70029d46c77ee4c9
	.quad 0x00000000000001ba
	.quad 0x0020000000000001
	.quad 0xffffffffffffff67
	.quad 0x00000000003c625c
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x833a546984585be7, 0x87e6f988f88df567
	.quad 0x39d53389867d8a77, 0x7fed7cb97d998f43
	.quad 0x7fdf46d44af8fe77, 0xce27c3d47f7ca0cf
	.quad 0x8000000000000000, 0xfffbdd68d5978482
	.quad 0xba08f322fb164388, 0xf6971ce611fbc5a0
	.quad 0xc256387b84f71618, 0x88b7ead6767babaf
	.quad 0x9446fa9bbc78d63a, 0xff0e4343407fffff
	.quad 0xc9c000007f800000, 0xbd9c7453f4c498ee
	.quad 0x4642b0da97df8000, 0x4f995930917ab374
	.quad 0xebee409c7fb45c0e, 0x30dca3ab8d96fe5b
	.quad 0xa04169daffd6fe00, 0x6c9d4f2affd7cfcb
	.quad 0xc10c0000c3a2bbef, 0x63f1fb4ddf7fffff
	.quad 0xfdc5e96500ffffff, 0x3b8cb07e0ac6d148
	.quad 0x43166c2dff800000, 0x0fcdb7e18ff4feae
	.quad 0x33b4a713935b2f8e, 0xa55b4f0f3cce8000
	.quad 0xbee5d4c1cbffef74, 0x75e977674ddebe7e
	.quad 0xca54661136ec01e8, 0x477fffff00ac2665
	.quad 0x86568477e4fbac0a, 0xfff0000000000000
	.quad 0xbad6b0d96654fe92, 0xff80000042c8ec55
	.quad 0xc000000000000000, 0x25c26c019478c7f3
	.quad 0x8c3d0aa1df8062cb, 0xfff8000000000000
	.quad 0x04c58f7b5ffffffe, 0xbc7f2ada00000000
	.quad 0x70e435bc7fe2fecf, 0xfff0000000000000
	.quad 0xcfe4155a5f56f7ff, 0x80000000f877896d
	.quad 0xbdb351bdff109a43, 0xf119d86a97a4f886
	.quad 0xf880e098ff1b06c7, 0x4043309951aa38f3
	.quad 0x8a06a7983b44845c, 0x40fffffffffffffe
	.quad 0xc1fffffffffffffe, 0xfff0000000000000
	.quad 0xfee937bc7f800000, 0x40d7000000000000
	.quad 0x6a5e53bdffda0b9b, 0xdc0644be7e557c00
	.quad 0x251a5b603ead6901, 0x80000000814e81bb
	.quad 0x0133e6a458c691ff, 0x8000000040d8ab9a
seed22:
	.quad 0x00000000000000bd
	.quad 0x1ffeffde73025f07
	.quad 0x000000000000005e
	.quad 0xffffffffffffffb2
	.quad 0x0007abebdf25c317
	.quad 0xa38ab955b398d8d8
	.quad 0x6d287ae55b0c58fc
	.quad 0xe70aaf642224d41e
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe8d
	.quad 0xd06fcc4ecded751c
	.quad 0x0000000035990318
	.quad 0x000000000000044a
	.quad 0x3f6b06734a517d41
	.quad 0xc28314010c22a590
	.quad 0xfffd295152ed0882
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0x401c000000000000, 0x7f800000beb671ee
	.quad 0xc087d9d3c18d9d18, 0x6eb876d5c2e50e4c
	.quad 0xf9893f7aa2477836, 0xfd976d12da7fffff
	.quad 0x40c8000040880000, 0x7fe88c0beeca9af0
	.quad 0x4034b075322de2d0, 0xc77c2be7802e2d74
	.quad 0xbef516647ed34a8e, 0xc00000003d868a81
	.quad 0x3f4b200000000000, 0x3cafc07e49940000
	.quad 0xff80000080000000, 0xc37800007fbba512
	.quad 0xc080000080000000, 0x3f15000000000000
	.quad 0x177369866d5b7d1c, 0x493c0000bc94d5a4
	.quad 0x8e741b17c9ce7c10, 0x401ef834c8361021
	.quad 0xc03cca9900000000, 0x9d44576afeffb57a
	.quad 0x2bdbb8f9cfffffff, 0x5a161ac446b92f8b
	.quad 0x3085d86690d40000, 0xffc000007fd0dd92
	.quad 0x3f877734ffffffff, 0x39b6850487aab680
	.quad 0x00000000ffcefac4, 0x404df764ccc5dd2d
	.quad 0x7dfd6381c654801b, 0x40d0053d7f800000
	.quad 0x4001894305843992, 0xbef0a00000000000
	.quad 0x162e53a0a118c467, 0x80d8d7d7c1400000
	.quad 0x6fb3f18eeccaf564, 0x7fbdc21280000000
	.quad 0xf741eefbcc58f219, 0x269d4ec83a004c01
	.quad 0x8022b3c17f800000, 0x1b09cd731ff77d25
	.quad 0x001fffffffffffff, 0x7fadfb217c0e4701
	.quad 0x0f7fd31ddf64bca7, 0xbf8e182077bf7153
	.quad 0xc07fffffff1ee25a, 0xb1c33bfd7fbefffd
	.quad 0xc3c0000087de546c, 0xc0068d1cef80daca
	.quad 0xc00af2457fffffff, 0x5bbc4eaea0b70bff
	.quad 0x7fd0000000000000, 0xbff0000000000000
	.quad 0xdacd9049ff869a39, 0xbf0a1b15ff000000
	.quad 0x0cba6dccb345fc00, 0x43e0000000000000
	.quad 0xff800000edc8cc70, 0x53f554946effdbaf
	.quad 0x806c82dcfffef411, 0xc395b7198f1c4fe0
seed23:
	.quad 0x50e1ee9050404e09
	.quad 0xfffffffffffffc9d
	.quad 0xfffffffffffffe3f
	.quad 0xffff144c5139d2b7
	.quad 0xffffffffffd51389
	.quad 0x000000006dbe8760
	.quad 0x0000122bddf19e76
	.quad 0x74ff28ed7ad0c13b
	.quad 0x0000000000000000
	.quad 0xfeedb250c1758cc6
	.quad 0x0000000100000000
	.quad 0x0052d5356ae298c3
	.quad 0xcb2b129c753aee16
	.quad 0xffffffffffffffff
	.quad 0xffffffd39cbfd6a1
	.quad 0x7fc04fa26cce5026
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x80e8508dc57fffff, 0xc01b039d8545b76f
	.quad 0xf3e1598227388ff4, 0x955ffd8eff800000
	.quad 0x3c3d6a23c77ffffe, 0x94bdf161559ff638
	.quad 0x7ff0000000000000, 0x69f883a2654ef9b5
	.quad 0xcb68a1d4ee4385f2, 0x7e3304e24973ee79
	.quad 0xf3a646a3a7d8794f, 0x40532a663f611544
	.quad 0xf7bd332b7fbffbd7, 0x3e75e9b27fd70a51
	.quad 0xfff309e94f800001, 0xbf8629e81df11642
	.quad 0xffc00000ff800000, 0x802fffffffffffff
	.quad 0x7ff0000000000000, 0x405e9c676abb2ac3
	.quad 0x0796960ed08a38bd, 0xf117dadaceacb37d
	.quad 0x802c38a5b949a7c8, 0xf9affd69c7f550ea
	.quad 0x0a92fde6727ffff2, 0x7ffdfae1ff800000
	.quad 0x7fe0000000000000, 0x3f020e457ff05300
	.quad 0x73f6e64a8ae52a2f, 0x5f7fffff83017a3b
	.quad 0xfff5d497b4609584, 0x1cbb45dec10c101e
	.quad 0x474f241d435366f7, 0x3349a35dbeb68ffd
	.quad 0x40fc000000000000, 0xbef5ad663fffffff
	.quad 0x70198a217fe53d9c, 0xdbc73ed3a71aa208
	.quad 0xefb93054931ab900, 0x897ea7a8843f1ea5
	.quad 0x885c2ee6bf444903, 0x8000000041f006ba
	.quad 0x7f800000ffef0a39, 0xc014000000000000
	.quad 0x800e63f7598c3166, 0xbb85cb457b7ed694
	.quad 0x4a209e8895eaab0c, 0x402569b97e4fdf47
	.quad 0x0ea3d2f9e3857fee, 0x7df37a1397eafbc5
	.quad 0x0049d095f385b1d7, 0xffd631e0c1ef4e54
	.quad 0x0000000000000000, 0xbf8c3542e5513bb1
	.quad 0x4f80000080400000, 0x3ffc000000000000
	.quad 0x79be774ffbdf0740, 0x8000000000000000
	.quad 0x3be9d0d3beddd29a, 0x6df378b40c284785
	.quad 0xc0565fcbaff3b3e9, 0xd427ad412b42efba
	.quad 0x7f9a96d97a9e2e99, 0xb2a99a65bcdf7dfe
seed24:
	.quad 0xffffde91569ad6a3
	.quad 0x00000000ffffffff
	.quad 0x2f0882d6fb4c5fd2
	.quad 0x000000000000009a
	.quad 0xbc28195b41423026
	.quad 0xffffffffab37e8e1
	.quad 0x16a7819775abfd8f
	.quad 0x5b399aeb386156e0
	.quad 0xd7f4bb9b616e7256
	.quad 0x0000000100000000
	.quad 0x389d2012f4ab48a3
	.quad 0x00000000000002ae
	.quad 0xfffffe07d61e1e5a
	.quad 0x35cdaa03c9c170cb
	.quad 0x22a8bdaca5b53bed
	.quad 0xfffffffffffffcf3
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x740ff2d441580000, 0xc1f0000000000000
	.quad 0x9cb1161b4f98e9dc, 0x8000000000000000
	.quad 0x409400007f800000, 0x3d400f8d3e3fcf56
	.quad 0x3fffffff9864ba9b, 0xc22cd6d9c6710141
	.quad 0x8b61bf7be7f73f00, 0x82a3a55a1194f55b
	.quad 0x7ff1f80193a48c84, 0x7ff79ed819245bef
	.quad 0xff8d4b107f800000, 0xc014000000000000
	.quad 0x4954ab3c7fd91c00, 0x4706c2353829877b
	.quad 0x0fb8d05880800000, 0xb86bcf967f394200
	.quad 0x4afffffe007738e6, 0x3ff0000000000000
	.quad 0x004000003bfcc4b8, 0xbff82a1debe8deb8
	.quad 0x7fa968107f995377, 0x7005df285f303ec4
	.quad 0x46736f349fbf7fba, 0x7414cb5ec735fdff
	.quad 0x7f7fffff73a96993, 0xdfffffff7f000000
	.quad 0x433cdcac014bf184, 0xff800000b9fe01f7
	.quad 0xff000000817fffff, 0xd8a1da48c735fd6e
	.quad 0x2db118bfda7fffff, 0xfe07f60dc832ae61
	.quad 0x3f8e9313a4b12e25, 0x81fa98b25a0bc102
	.quad 0x7facb9e4e807f2a6, 0xbc7a1fc47099dc7a
	.quad 0xc7123835f91059c3, 0xbf7fa0567808448b
	.quad 0xe8444920c3ffffdf, 0x7ff8000000000000
	.quad 0x5622bbe3d3eefa2b, 0xa5ea5c4d666fafff
	.quad 0xc057b0b20b26a584, 0x7ff0000000000000
	.quad 0x613f689980000000, 0x0691a309d6d7a400
	.quad 0x7fc00000ff9d7759, 0x8008a8fe49375008
	.quad 0x6f5d8a791d27a58d, 0x003004637fc00000
	.quad 0x68eb1e9fbef7f7ff, 0xfcb1bbe9d19d0000
	.quad 0x996a31e30011cdba, 0x3ff4000000000000
	.quad 0x4006000000000000, 0x6bb94371c97efe5b
	.quad 0x4004000000000000, 0x08c8e814e204cdb5
	.quad 0x22d936751ff27c00, 0xcce6899787e9fdcf
	.quad 0x93c7d9bfa777a9d8, 0xffd69d101675fac3
seed25:
	.quad 0x000000000000034f
	.quad 0xe99e7129cd70a236
	.quad 0x73c165a277e3ff61
	.quad 0xffffffffffffff42
	.quad 0xb51d28b3e77c840e
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0xb79f1d218700f720
	.quad 0xffffffff80000000
	.quad 0x903291e2f953ca7d
	.quad 0x0000000080000000
	.quad 0xd7201489d1286f95
	.quad 0x74e566cbbfc490a5
	.quad 0xfffffffffffd5c93
	.quad 0x8544d41102cfdb93
	.quad 0xeddce6e76f744f3d
	.quad 0x02800000
	.quad 0x40000000
	.quad 0xbbc00000bd0aeffb, 0xfe8000003f3c341d
	.quad 0xc0e517f748667aa2, 0x000000007702f5b4
	.quad 0xd4c03f99ffe6a795, 0x87757740ae9c52cd
	.quad 0x7f800000802b7996, 0x005b73a7dbfbf7fc
	.quad 0x4011000000000000, 0xbea20f6fb8000000
	.quad 0x82e96b39d77e77ff, 0x43471c4902781828
	.quad 0xda98741efdf7afcd, 0xc017000000000000
	.quad 0x389a751b94055b7c, 0x4053f30c8b824a65
	.quad 0x2e3c22f1800d787a, 0x00254a1705a162b9
	.quad 0x001d4d985351271d, 0x003cd981dadb31f5
	.quad 0x814316984b953334, 0xad3e0e25ffe3afcb
	.quad 0xc01d800000000000, 0xfff62a352bf47727
	.quad 0x1d56b213f8b6efec, 0x779c1e51de18fded
	.quad 0x27389d596beae5a7, 0x7ff73346c3b32fd9
	.quad 0x7ffd35b9b02abf9c, 0x000a59f154c5b71f
	.quad 0x4086900000000000, 0xffafb7aa3fc00000
	.quad 0xa7ea0adddbeafbff, 0xe9fcb24605f46a4e
	.quad 0x0000000000000000, 0x7ff32bdfd0fd7386
	.quad 0x1bc884016b4b61d6, 0x7fdbe3b2bfe8eb93
	.quad 0x04b652a45f8024fb, 0x483900003fb00000
	.quad 0xd6c3ec65ba3f2d75, 0xbdd1c0617fd323a5
	.quad 0x12b292b61648a1ce, 0xf94e0b12eb830800
	.quad 0x7ffd128dabd70090, 0xbf8ef0bb9d90b545
	.quad 0xdff465b8b8892795, 0x7ff0e1ec7760d518
	.quad 0xffe9cd0d94c4cc77, 0xb57b93d8de5dbfff
	.quad 0xfeda3c331937ab45, 0xbf8000013ff8bbdf
	.quad 0x031bb6187f3acf29, 0xc887fcfbeaeafffe
	.quad 0x0215b3ccbff7e38f, 0xee4c7d041ed98098
	.quad 0x0008000000000000, 0xbfd0c00000000000
	.quad 0x064c49d35298c850, 0xfff70eec0e130130
	.quad 0xc01d000000000000, 0xc02c000000000000
	.quad 0xb0101a669972b141, 0x800923a0ff50aa27
seed26:
	.quad 0xffffffff8b26d390
	.quad 0xa284b7a340e937e6
	.quad 0x0000000080000000
	.quad 0x71f19810d5cbb57b
	.quad 0x0000000000000191
	.quad 0x00000000ffffffff
	.quad 0x00000c5717d8f2bf
	.quad 0x0e4f61f33217b9e1
	.quad 0x691bdba5da23bf3b
	.quad 0xffffffbda4d9628c
	.quad 0x09a172cd85658743
	.quad 0xffffffff80000000
	.quad 0x000000000304675c
	.quad 0x22c56cd2fd8a97fd
	.quad 0xfffeebb388046b1f
	.quad 0x0007feeb3d9e84a3
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x6a76224a8aa64e88, 0x8a27f6e7c0f80000
	.quad 0xfff0000000000000, 0x282eca6d42100000
	.quad 0x18e30f2d7f800000, 0x434de12ebe136dc7
	.quad 0x3c5c49e54299bea4, 0xc0d49e36c2200000
	.quad 0x1fe38accfe7ffffe, 0x55b9fe477fd51efa
	.quad 0xffcabcc542648ea9, 0x4143218889a09579
	.quad 0x01f3d866cb867c00, 0x7f80000080000000
	.quad 0xbd5d6de43bd08ff5, 0xd3406ffe7f2f7626
	.quad 0xfa5ca1d1ffefc8a4, 0xff935c893f800001
	.quad 0x7ff209bef098a9f3, 0xbb3db5d0cee27075
	.quad 0x7ff8000000000000, 0x0c5835dea9840000
	.quad 0xd68e809b8ab22f96, 0x0356a0350961d847
	.quad 0x3fc7cb1a4d840bd5, 0x94edef1ae41f1d7a
	.quad 0x585c7d2affdfd304, 0x40fffffffffffffe
	.quad 0x78567ee85cfc0699, 0xff115819682050e0
	.quad 0xff05128b0be33689, 0xe6cf9b7ac6f7f9e5
	.quad 0xbfddd2db010c1bd5, 0x4dcefdb2303f7f7c
	.quad 0xc0087d668b16ad66, 0xfff1aa74717a7c07
	.quad 0x25c93fbade749fef, 0xd744e13ca7cf7f9e
	.quad 0x9a289e5b924c7e00, 0xc065022f16fc5f6d
	.quad 0xced141573ccb4013, 0x69aefdc17f800000
	.quad 0x7ff0000000000000, 0x3b9103a474738380
	.quad 0x771cc50bbaa6b100, 0xc004000000000000
	.quad 0xd5066cfeffecfd4d, 0x7ecfaf5b40d00761
	.quad 0xc022400000000000, 0x7ff72adf6964f61a
	.quad 0x67dfa4ca09ce752b, 0x7ff277a16e7253ba
	.quad 0xc9d83ebaffbf0ef7, 0xcf7ffffe80000000
	.quad 0x810000004349f4c6, 0x487f1f4aff800000
	.quad 0x7ff8000000000000, 0xc017a6951b8a06e2
	.quad 0x42aa9cf110643900, 0x3fb13dbf5a5830e1
	.quad 0x65ad28e2fc57fa44, 0x7721dbe8e11e0290
	.quad 0xdcb950c0f7d8fe95, 0x40bc0000014be8fb
seed27:
	.quad 0xfffffffffffffeab
	.quad 0xffffffffffffffc2
	.quad 0x0020000000000001
	.quad 0x000000063a7e6b5f
	.quad 0xffffff9fb41187f6
	.quad 0x0cc13cf5eaaac806
	.quad 0xffffffffb44333cb
	.quad 0xf9cae8c5d4704c32
	.quad 0x2662f3c07dd30835
	.quad 0x7fffffffffffffff
	.quad 0x6ee496b5f0fdb1a1
	.quad 0x345184c66862762e
	.quad 0xfffffffffe11f436
	.quad 0x00000000000000b8
	.quad 0x0000000001000001
	.quad 0xc0cc595ca9222b74
	.quad 0x04c00000
	.quad 0x20000000
	.quad 0xc0f59318e4680352, 0xfff0000000000000
	.quad 0xc021eeb0d510e105, 0x8decb45fbf800000
	.quad 0x45334f584dd89e24, 0xc0fd000000000000
	.quad 0xff80000080000000, 0x3692db26ae85f800
	.quad 0xa3a75109962624b3, 0xbca4ae89eb8dcf24
	.quad 0x4359cb1b7f7fffff, 0xbfbee77d2499255a
	.quad 0x7f91b4a4cf800000, 0x407d400000000000
	.quad 0x3d1ec010ffab8193, 0xc04d800000000000
	.quad 0x8f950cb5ff800000, 0x9e4761faffede35f
	.quad 0xd8c3f8ebd8ea8d25, 0xcc1726c2c416e06a
	.quad 0x40fffffffffffffe, 0x4ca05dc7299ff9c3
	.quad 0x7dc60e28b111c86b, 0x8421bb6e43ddf800
	.quad 0x002ae53f7fe894dc, 0x7ff0000000000000
	.quad 0xe8e78e9270e4e5e3, 0xce784638f0dab5e5
	.quad 0x76aa19fcbfd47cfc, 0x7ff0000000000000
	.quad 0xdc1bc657ffbdb2fd, 0xc02d791a415d9fc0
	.quad 0x0558a64380000000, 0x7ffa1d98959cb494
	.quad 0xff988dc7a67e46ee, 0x85f2ee0afffb3bff
	.quad 0xbbe1afbc126bfd1b, 0x77fcc5e9ffdd0041
	.quad 0x5aa281ed89055151, 0xf7cbf9316f7daf48
	.quad 0xfff4cf88a7804fa1, 0x8fb29724ebb7ecdd
	.quad 0x418ea0a5805221fc, 0x8000000000000000
	.quad 0xfff0000000000000, 0x539a1b058e1c4d4f
	.quad 0x8000000000000000, 0x7ff3300e94fefa74
	.quad 0x03dad5ccbbcdd775, 0xc07b55be0d7fafd7
	.quad 0xc00fffffffffffff, 0xbafcc928d5a87cab
	.quad 0xf710c20c0038fb98, 0x06eba3330abd48da
	.quad 0x97ca69bd9f6af712, 0x03530537c1b13b8f
	.quad 0xa7f40c3dff800000, 0x801fffffffffffff
	.quad 0xe2e67bafff94fa4b, 0xfff8000000000000
	.quad 0x05b237a180000000, 0xff95118cbfa91ee7
	.quad 0x4020635dc66eb592, 0x7f2b2a2bfffcdd51
seed28:
	.quad 0x00665dc602b6f81e
	.quad 0x00000000000000db
	.quad 0x00000000000003b7
	.quad 0xffdcfdf60fad003b
	.quad 0x00000000000001cf
	.quad 0x00b99872dfa0497a
	.quad 0xfffffffffffffd5d
	.quad 0x089ef153ff9e1194
	.quad 0xfffffff7fb980d46
	.quad 0xfffffffffffffcb4
	.quad 0x8000000000000000
	.quad 0x0000000001000001
	.quad 0xffffffffffffff7b
	.quad 0xffffff2c5bb2f268
	.quad 0xfffff3e5dc02f2eb
	.quad 0x0000000000000d88
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x5d51465b92dbff7a, 0x8caf70a8298a181b
	.quad 0x89640ee6befffe3d, 0x8c164724c72fff9f
	.quad 0x81f80cd746fa9883, 0xbe6bfa58c0f37c00
	.quad 0x000e1965c37b8ab7, 0x7eb705619b2836aa
	.quad 0x27c87ff03edd6f88, 0x7f6e726ad35113ed
	.quad 0x59800000bffffffe, 0x000000013e8fd42a
	.quad 0x3b8d7fecbbaa9d3d, 0x4fd4ac9819535a59
	.quad 0x40f1899aa29dac87, 0xffe0000000000000
	.quad 0x7dce8eea7ecfde6c, 0xc024000000000000
	.quad 0x43bd3728dffffffe, 0x98ca2f29ffb7f8c8
	.quad 0x3ec0000009ff72be, 0xdfcef82363e04440
	.quad 0x9790b6424f000000, 0xb1e3cd28f9fbef7f
	.quad 0xb355a0cd8d3e78ff, 0x00000000c0796be6
	.quad 0xc1efffffffffffff, 0xc081800000000000
	.quad 0xbd95fde0fff0fc1d, 0x6a2aedf647212c86
	.quad 0xe11e8c64495600e0, 0x3bf015f0df7ffffe
	.quad 0x7f82da9f6ecccabd, 0x00400000c2580000
	.quad 0xfff26f30ca89a8a1, 0x40ffffff7f800000
	.quad 0x3ec40b5252d64860, 0xf8d535bc7e2856b3
	.quad 0x7fd5d0efa722a7c5, 0xf4e983cf904e0935
	.quad 0x65baaff872a20089, 0x02f2d1e8489da866
	.quad 0x7f8000004f7ffffe, 0x4323ec687fcdeb33
	.quad 0x7d8c7cffc0eb7224, 0x221a93c825a58780
	.quad 0x7d8e11552bf61961, 0xe83d7e5eb57fffff
	.quad 0xbff608c58892f040, 0xc1ffffffffffffff
	.quad 0x8c3dee10ec6c8726, 0x4089e00000000000
	.quad 0xec096dd8dfffffff, 0x010000007f9ca379
	.quad 0x193c6c5373a2a412, 0xf3ad15acfbdfb8f5
	.quad 0x84e95eec3ff77347, 0xe6009ee49995efab
	.quad 0x00000000ff8ebdba, 0xc0f0000000000000
	.quad 0x67b583a0e7dea85a, 0xdcec8dc695e78273
	.quad 0x80000000feffffff, 0xfee56f7510c3dd59
seed29:
	.quad 0x64126ba0514105bd
	.quad 0x0000000000000249
	.quad 0xfffffffffffffc9f
	.quad 0x1670eab2bfd55e76
	.quad 0xfffffffffffffedb
	.quad 0x00000000000002bd
	.quad 0xda113fe1a0dc679d
	.quad 0x114b4af4eda1784f
	.quad 0xfffffffffffff4fa
	.quad 0x6dff052f9527a16b
	.quad 0x8b1480e64fa35ef3
	.quad 0xfc7179ba683339f0
	.quad 0x001e087d56d6a4ca
	.quad 0xfeff77aefac7a1b1
	.quad 0xfffffffffffffc28
	.quad 0x0000000000000069
	.quad 0x06800000
	.quad 0x70000000
	.quad 0xfff0000000000000, 0x835b5b94ff67fff6
	.quad 0x80000000f6aed05d, 0x571c4537c19bfce2
	.quad 0x23b3956cbfffffff, 0xdf394331bf3ffbc7
	.quad 0x3e77d0533fff7f7f, 0x000d272712ef12a4
	.quad 0x7fb882e7feffffff, 0xc668f4dee4961bc7
	.quad 0x4712d7385c0f3c00, 0x4020800000000000
	.quad 0xff800000d9800000, 0x412e6ba840000000
	.quad 0x7ff0000000000000, 0x40a6000000000000
	.quad 0x7ebff025ec0b0970, 0x2cb8e11913d6a1af
	.quad 0xbfb6dc92b6fd3f49, 0x3f1532dd67e01403
	.quad 0x1df63cacc0100000, 0x24f42928bfdb4680
	.quad 0xbc03414a5fed1647, 0x39d400007f950629
	.quad 0xc2da829af1b2ce86, 0xfef4cae75641542a
	.quad 0xfff5a3e5e43efc88, 0x80000001477fffff
	.quad 0xff6ca52de7c977ab, 0x0000000049c00000
	.quad 0x0000000000578b87, 0x48fa56c3bfdfffd9
	.quad 0x574331ebefffe4f0, 0x80766e3984d97244
	.quad 0xdc53af270fceff7c, 0xc9030479ffdffffd
	.quad 0x087704c3bf7583fb, 0xc330000000000000
	.quad 0x654541963bbfff84, 0x3c2f998ec2210000
	.quad 0xfe2ac469740b03f8, 0xeb849cbffed694a2
	.quad 0xe6b5764a9fd84f99, 0x41e0000000000001
	.quad 0xe1f311e31a06fc00, 0xff800000134f4dc0
	.quad 0x7ff6b3454f3f08d4, 0xc060000000000000
	.quad 0xa9eb85bfa9d07c00, 0xf249e2a500000000
	.quad 0xc01167ef4fd3efba, 0xb7b00000ff9fbb80
	.quad 0xc0a00000be800000, 0xc0653ec9c85dcb59
	.quad 0x4017800000000000, 0x402bd29d623aa5ae
	.quad 0xa39744e33f7bbb09, 0x7f8f258bfa633e33
	.quad 0x3ea8c30680000000, 0xff097192c6cabdec
	.quad 0x8033cb8328fdc772, 0xd8446555ac38fc00
	.quad 0x46053aed1d2e07ff, 0x65f9b23e51787452
seed30:
	.quad 0xffe137e068c3aaf0
	.quad 0xfffffffffffffffd
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffff8
	.quad 0xa889cb079b653ef8
	.quad 0xc7ea184cf10aad27
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x0d68aef3780b2a0f
	.quad 0x00000000000002e3
	.quad 0xfffffffd178bd93f
	.quad 0x0000000001000001
	.quad 0xcaf06330f577763c
	.quad 0x44ec3a301e7c02f4
	.quad 0x0000001a1f0cb586
	.quad 0xfff1ad7a9288ffe3
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xf17996c4be0f7c0a, 0x09d8c09fe3a3c4c0
	.quad 0x04bca9f79df937fd, 0x404327fba276ad78
	.quad 0xc011000000000000, 0xc219542b7b212aa9
	.quad 0x7ff8000000000000, 0x7fc000004fdee2db
	.quad 0xc1ffffffffffffff, 0x8000000000000000
	.quad 0xf0cf87b7d64fb45d, 0x7fe45fadc8d12599
	.quad 0x4221aa2ab61af2b5, 0x62268a577f7753f7
	.quad 0xccbdc63fc5af7fff, 0x3ce726fffeffffff
	.quad 0x3f8c4c6d66bf27a4, 0x40ca0babc1ade346
	.quad 0xc016efa8ffe29aff, 0xba039440bce00000
	.quad 0xaf7367b18a0fc2c9, 0x8080000080000000
	.quad 0x41ed0fc29b5cfbb1, 0xef3d2c54a57ddfb5
	.quad 0x3f8000007f800000, 0x7f800000803e1765
	.quad 0x418af3e990ae4d23, 0x7fcec38280800000
	.quad 0x0000000000000000, 0x97c4371541100000
	.quad 0xa64a91a421aed2e8, 0x567f8468bfafc17c
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x40792657471d141e
	.quad 0x3ffd7a607042061f, 0x401a000000000000
	.quad 0x4080000000000000, 0x8080000041000000
	.quad 0xfea6b4b1cf925b91, 0x88f25b99eda06ea0
	.quad 0x3f72b1cd81e04a87, 0xffc07fdc6d91466d
	.quad 0x400c000000000000, 0xae49416fa327c593
	.quad 0x401ae85a94e0d0b0, 0xfff0000000000000
	.quad 0x397483a05479f794, 0x0f84f672ff800000
	.quad 0xc8000000ff800000, 0x4041516de84cd01f
	.quad 0xd9ffffff800df38b, 0x7ff8000000000000
	.quad 0xdf62b6a07f800000, 0x8c9e2b21a3a4b2a4
	.quad 0x7fb2d53c264b0d89, 0x3f78a7df8436132d
	.quad 0x78c22ce0ffffafff, 0xb3fda334aa0ab866
	.quad 0x401f000000000000, 0x3ff2000000000000
	.quad 0xdf000000fff15fd7, 0x7ff78d767f83209b
seed31:
	.quad 0xfffff9b4097bb383
	.quad 0xdcdc848dae4ad022
	.quad 0x000002567cca56aa
	.quad 0x0000043bb93e52d6
	.quad 0xd77257e52d24efe2
	.quad 0x5e8c8b0b42b5b826
	.quad 0xbc9866fe89c248b0
	.quad 0x00000245acd2b676
	.quad 0xffffffff80000000
	.quad 0x000773240e285bd4
	.quad 0x7fffffffffffffff
	.quad 0x00041d09c1347c6e
	.quad 0x0000000c059a2365
	.quad 0xffffffffffffefee
	.quad 0xfffffffffffffff1
	.quad 0xd8d673fb440dbba0
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xbf843d88e8e78d96, 0xb0f3bf7acd8dc600
	.quad 0x21d133c13cfcbf7b, 0x9e54379a03f70400
	.quad 0xe48c1fa3407fffff, 0x3f9caf6c77b43229
	.quad 0x8000000040b80000, 0xe73b791a7f800000
	.quad 0x86d2e73c7fb97fff, 0x7faf0f23fd24e4de
	.quad 0x245db8a662e3caa1, 0xfff8000000000000
	.quad 0xbf4a000000000000, 0xaec1e89250c3fc2b
	.quad 0xa7059d0f7efc9ec0, 0x4a9917d9997f4ff1
	.quad 0x59ffffffb139d261, 0xdcc3de2162f7ffec
	.quad 0xfff202a0951afe53, 0xe01e5063df977c00
	.quad 0x00000000c3fd3d94, 0xe9076a0048eb802c
	.quad 0x2e0fda2d2b201c0f, 0x7b7521f572501f7b
	.quad 0x1ec189c9c1f7167d, 0x2910f6970b8c3600
	.quad 0xbaefae28ffe05646, 0x3e4b256651d21e26
	.quad 0xaaec9c7e7f2f617a, 0xe5590b9adf7c9f27
	.quad 0x5f800001ba2dbac7, 0x7fc000003f5d129a
	.quad 0x32089d7df68f9449, 0x37acfec2fafb1d1a
	.quad 0x80000000027a323d, 0x3fe560fe7cfd8c28
	.quad 0x0235f06d67451440, 0xfff8000000000000
	.quad 0x80000000bbebe3ac, 0x7fc000007c31243e
	.quad 0x807fffffdf317887, 0xbff3187c13d0dfb0
	.quad 0xfff60f81b47820e4, 0xbff777d2f5f40612
	.quad 0xc3efffffffffffff, 0xa0c77f9d0211bf3a
	.quad 0xc78c8055df37fc00, 0xc1a4000043ba8208
	.quad 0xbe9b323280000000, 0x067872f002242082
	.quad 0x884116ebfe72fbff, 0xfff6cdb0168fef19
	.quad 0xc021000000000000, 0x4148f0cb3c4e30a1
	.quad 0x5d7bedbe3f57d980, 0x3fe0000000000000
	.quad 0xbcb7eeee41160000, 0x00171c0c180c7392
	.quad 0x44e0182b3b400000, 0xa36fcb27f09d4600
	.quad 0x837c617c015a5e03, 0xde63577cb4f07ca3
	.quad 0xb7704acf5dff9e6d, 0x800bac4094a8f29b
seed32:
	.quad 0x00000000000001b3
	.quad 0xffffffffffffffff
	.quad 0x3405de68bc0dd59a
	.quad 0xd18317015ec81129
	.quad 0x000000000000031d
	.quad 0x0088a18e8bba607f
	.quad 0x0007808bd249f31d
	.quad 0x8000000000000000
	.quad 0xfffffff5e9efc9b6
	.quad 0x7d4574bcac1cf88a
	.quad 0x0000000000012924
	.quad 0x0000000000000172
	.quad 0xaf4c99d529c7c557
	.quad 0xe8e6d535045598af
	.quad 0x569a2ad1cb195c96
	.quad 0x73172f5e17de9e6e
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x7ffddb6ec08f92b3, 0xaf62a17ba7bff8ed
	.quad 0xa16fa4ead5cd2c5f, 0xa7d2b02d769bca87
	.quad 0x000000008066a3b3, 0xffc0000000b83bcb
	.quad 0x7f800000ff82cc42, 0x800c806010e7e2b1
	.quad 0xc01c000000000000, 0x4020000000000000
	.quad 0x00400000b619b817, 0x0000000000000000
	.quad 0x11ccae42ffadcf9b, 0xfeffffffc31fc7c2
	.quad 0xc1bd4e791e0203ff, 0x0004e0726df0a4be
	.quad 0xb57d74dc165e4764, 0x2a347551ffdf0000
	.quad 0x807d9d4b7ad98a41, 0xf1ea3b96feeeffdf
	.quad 0x764ffd740b7ce7e0, 0x7f0f189900000000
	.quad 0x800daf0c3efc67e3, 0x800a55712b0b2c42
	.quad 0xc3f0000000000001, 0xfff0949efa961a85
	.quad 0x25c2156e0e08608c, 0x0069adcd00366ab9
	.quad 0x13262b57bfef78be, 0x7ff8000000000000
	.quad 0x431a9d1736000000, 0x7256801a806fe520
	.quad 0x7f85abaa6ec03b8e, 0x858807017feefc00
	.quad 0x7cdd0df2e2ff7e00, 0xf88eb5533bf6b79a
	.quad 0xffff65a7f0b12fc9, 0xc06ad643eab7403f
	.quad 0xfd9abcdc3e1d6064, 0x8008000000000000
	.quad 0x3ef52c11be6ce841, 0x856566dafdf6dfb1
	.quad 0xd303172fccaf7c00, 0xb5926bf8ea467c00
	.quad 0x3e4333fb86eeef1a, 0x8010000000000000
	.quad 0x80000000feae629b, 0x46000000feffffff
	.quad 0x7f38dc197d56ab10, 0xc8478000be82907d
	.quad 0xfe967fae890465e1, 0x4b56aadc73da0213
	.quad 0x7e800000fe30084c, 0xfff8000000000000
	.quad 0x8ff76db97fb6afbf, 0x48d7d899befec5c9
	.quad 0xce3308fbffa76e2d, 0xffdef2afb11e05df
	.quad 0x40ab000000000000, 0x411c00007ee6e491
	.quad 0xfe1ece6a54129159, 0x91181220c097d54e
	.quad 0x04d4ece1d5ffffff, 0x80400000bcd63cbe
seed33:
	.quad 0x0000000000000001
	.quad 0x000000acd3ed49eb
	.quad 0xfa72d0c98545e1d4
	.quad 0x00000000000013d8
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffdc8
	.quad 0x0020000000000001
	.quad 0x000000000010fa1c
	.quad 0xc5e1e4617dc0418e
	.quad 0x757c9a7fe0e3933a
	.quad 0x09ea64287567e507
	.quad 0x0000277c5e76e97e
	.quad 0xfffffffffdd0eef0
	.quad 0x00e9c427622a17ef
	.quad 0x000000000000008a
	.quad 0x0000000000000058
	.quad 0x01c00000
	.quad 0xf0000000
	.quad 0x8fd079550f6cfcb0, 0xc01fc48c984d8c45
	.quad 0xc07054c0ea9461ae, 0xdfe91848df5611a8
	.quad 0x3ab00000c3ac0000, 0x8000000000000000
	.quad 0x9db928a15fac2df0, 0xd613df05f97aa060
	.quad 0xbf8f2574678b1331, 0x8008000000000000
	.quad 0x8d42d5a82676a175, 0x40a40000f4a69488
	.quad 0x4000266c1bcce62f, 0x0c4407cfff9a7cb8
	.quad 0x64e24881fef73dff, 0xecf883557e1130df
	.quad 0x3d1ca1cc809a0d61, 0xffb55a59419fd72b
	.quad 0x2e64dcdf833de347, 0xd9899c5247000001
	.quad 0x7ff12a9eddd3e8d5, 0xff9b055c7f800000
	.quad 0x3f947ea3afa38b23, 0x7f800000498c0000
	.quad 0x7ff0000000000000, 0x0653122efffffffe
	.quad 0x7fec8e2c893433f4, 0x3b948c95c05d32ef
	.quad 0xedad89f156737c00, 0x40b40000f67396f6
	.quad 0x41060000df000001, 0xff80000000573bba
	.quad 0xc840000001750774, 0x3f72dc936332d412
	.quad 0xfef98340752b1585, 0x7876ca31d751ffe5
	.quad 0x43d3bffbbe97959e, 0x40405ea677134b6b
	.quad 0x0024826751409164, 0x3fd7f1b02a0649db
	.quad 0xff8000007fbb12ba, 0x00800000bf9f4812
	.quad 0x52000000406c6d2d, 0xff68018fbfa00000
	.quad 0x7f666feb007fffff, 0x7ff65bdc47b50350
	.quad 0xc700000181f1e661, 0xff80000000000000
	.quad 0xbfb8850574ee73c5, 0xfe2ed2d386b6ec1a
	.quad 0x7317577e7ffa7f64, 0x401e000000000000
	.quad 0xcf7fffffda7fffff, 0xffcb0798974d308f
	.quad 0x9b9466e54ed7fc00, 0xd9adc4364740822a
	.quad 0x81d4ddb470d8cf85, 0xed91777f9f37fdef
	.quad 0x6ec007020765021b, 0xc021000000000000
	.quad 0x7f94a2b500000000, 0x8000000000000000
	.quad 0x04782bd340c00000, 0x7ffff1163c840fa3
seed34:
	.quad 0xa3faa1a314486384
	.quad 0xfffffffffffffe42
	.quad 0x5542bffb95461042
	.quad 0x000000000000015a
	.quad 0x5ac1687d3804afad
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x00950fd5b9470309
	.quad 0xc18af8515f4bacd2
	.quad 0x0000000000000787
	.quad 0xfffff955365024f9
	.quad 0x000000006b79faba
	.quad 0xb5993a218ddf7fb4
	.quad 0xfffffffffff91236
	.quad 0xdad2f7a39bbd705d
	.quad 0x3db477643660ac3a
	.quad 0x02000000
	.quad 0x80000000
	.quad 0xc1100000435adb66, 0x2e65dfc9fe410000
	.quad 0xe95dc9ebd70b44ce, 0x408690542827f3f2
	.quad 0xa306422239e3fdef, 0x92a39a82754583ff
	.quad 0x9a91c1edffffffff, 0x04276acb75fe5b6d
	.quad 0x8ee6900ad05f4a6c, 0xfe68f2a47583bae8
	.quad 0x77033140ef7ffffe, 0xbf80e7debf101912
	.quad 0xbfa2b4fca8b6336f, 0xff97c477ff7a2702
	.quad 0x37d80000ef6de471, 0xe690eca9d9feab18
	.quad 0x42d800004ffffffe, 0x7f800000c0c00000
	.quad 0x7cbb836180365b34, 0xdfffffffebeae5a9
	.quad 0xa59d617bcdf283c3, 0x0cf0d5b03ffd515f
	.quad 0xffbe63e32d6df9d1, 0xc021c00000000000
	.quad 0x43dec34600000000, 0x689572e416eb81ee
	.quad 0x51dca7e3fff7e79b, 0x98ff447efe31d1f8
	.quad 0xe6b29ce3dbe97328, 0x01000000c05634eb
	.quad 0x7ff0000000000000, 0xc128fdfdeea038fb
	.quad 0xfff0000000000000, 0x7ff8000000000000
	.quad 0x7f3e48c968b92e20, 0x00524c8bd9b53090
	.quad 0x805e3685c8caaaf6, 0x7ffc22920cee5628
	.quad 0x0000000080000000, 0x6750860bbcc956db
	.quad 0x69c2e4d9ac56fc00, 0x59eec4bf3e6e8ea7
	.quad 0xf41bf8efc3133e0a, 0xc70ed911fc7ffe0e
	.quad 0x03124365fdb813fc, 0xff1e97c20b22e58e
	.quad 0x8000000000000000, 0x7b21fc3629537925
	.quad 0x9861c899b1be3f37, 0xff80000019406afe
	.quad 0x3cc6fe58f98e7211, 0xf3e0ab1f42f5a7a6
	.quad 0x0a12b36c4f000001, 0xe9f1865fffeee7c8
	.quad 0x7bc2cd42602f26c0, 0xd92fa856a3af7e00
	.quad 0xc1077736df000000, 0x17ee1569c0600000
	.quad 0xff80000000b304fa, 0x427f92fe4f800001
	.quad 0x454a95c742ac7f07, 0xc02cfeaf06c4c2ef
	.quad 0x7a8a391f43162b94, 0xc1080000c2c4252c
seed35:
	.quad 0x7f4359fdfd4853d7
	.quad 0x84a59c9a415a9486
	.quad 0xf3bde2742a00476d
	.quad 0xfffffffff10551d5
	.quad 0x0000000000000118
	.quad 0xffffffffff366f2b
	.quad 0xa3cbb092d35984c3
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0x1e63be489840e017
	.quad 0xfffffffc3519aaa7
	.quad 0x070bed360cd28430
	.quad 0xfffffffffffffd35
	.quad 0xc4ff4d76acd2f256
	.quad 0x02000000
	.quad 0x10000000
	.quad 0xbf9f400000000000, 0x4002400daca2b843
	.quad 0xa09352ac40a050c9, 0x456524c7b4f3c580
	.quad 0xda00000180000000, 0xbcc646310151c822
	.quad 0x7f9eb867007fffff, 0x403923e08e830076
	.quad 0x7f8000007fbdbe34, 0x52adcb8b7f800000
	.quad 0x6fe75dd2babcfc91, 0x260b5bc79dff0850
	.quad 0x4006000000000000, 0x513a0f924ca11c09
	.quad 0x256d072d4d96bc00, 0xc7fffffe39800000
	.quad 0x403f4e6219b96e42, 0x0000000000000001
	.quad 0x0e04e092d3000000, 0xf177ee136ab3698d
	.quad 0x9c205515c5b30000, 0x74bacede6b4efc00
	.quad 0xa0bd6e94fe9ed400, 0xc1e0000000000000
	.quad 0x53e4a40097c05285, 0xba86e02e4ee0a002
	.quad 0x7d7adf9f6e17322c, 0xc87d80387e566fde
	.quad 0x7b5a8ae941140000, 0x7138bf973f4355b8
	.quad 0x1c9d0e5fff99fc87, 0x80000000c23602a5
	.quad 0xbc7335125f7fffff, 0x018b45c146337000
	.quad 0xc000000000000001, 0x3f932a7b045b7a11
	.quad 0xbf99800000000000, 0x302e4a1cbfebdbc3
	.quad 0xc357b381d0e9ac4a, 0xc0b40000ffc00000
	.quad 0x4012000000000000, 0xbf735d05f5b76af5
	.quad 0xfff8000000000000, 0x4f80000080000000
	.quad 0xbeea000000000000, 0x8000000041800000
	.quad 0x8000000080400000, 0xf2543fdef7df7c55
	.quad 0x00000000f95ccf5d, 0xfffca196913103ed
	.quad 0x9526dd5144d9825f, 0xbffc000000000000
	.quad 0x33310a4a408f77ff, 0x582279c77afffff7
	.quad 0x40fa9f4d4f87ca00, 0x000a23da0a55c433
	.quad 0xc8a6cb3f2516cfc8, 0x7f00000080000000
	.quad 0x3d6ae6c7f2bfd56e, 0x3fab74713d472aad
	.quad 0x3fa804a2c2d40000, 0x2695f1780005c297
	.quad 0x7f800000c11a0000, 0x7ffac8c5873d3c60
seed36:
	.quad 0x0000000000000078
	.quad 0x12cabddd05928d27
	.quad 0x0000000001000001
	.quad 0x92aa6c293d50b3f2
	.quad 0xffffffffffffe05c
	.quad 0xfffffffffffffd6a
	.quad 0x05906f137daab881
	.quad 0x0000000100000000
	.quad 0xffffe6f482503c76
	.quad 0xfffffffffffffe87
	.quad 0x0000000100000000
	.quad 0x37e535132f33e918
	.quad 0xfffffffaff84a24d
	.quad 0x12a3239c3fb38d5d
	.quad 0xffffffffffffff92
	.quad 0xf4aee7b89bd1e55a
	.quad 0x04400000
	.quad 0x70000000
	.quad 0x367e7df3e1bffffa, 0x00c0f3ca61402613
	.quad 0xa5f47760fcac7f95, 0xe04dd385dee5fe63
	.quad 0x987f0ec3a211fe00, 0x2886e5c30053665c
	.quad 0x0aa517707ff55724, 0xbfc2fefcc36f1d05
	.quad 0x0006612dffada959, 0x7fd8e5124f800001
	.quad 0xb49aa92131acc223, 0x3fee34c9ab1bc12e
	.quad 0x3f20c00000000000, 0x8a5af2c1577399fe
	.quad 0x5a3a18b6ffce991c, 0xf19322e4ffbf8b1b
	.quad 0x7036a8ce00000000, 0xbbfa6871806dfb07
	.quad 0x4063d1c0e5c0fd63, 0x7ee5ba027f800000
	.quad 0x022e8b5affd57c00, 0xc2560da380000000
	.quad 0x800fffffffffffff, 0x7e01cc1d40100000
	.quad 0x7ff0aa6c3a163117, 0x8000000073790d7b
	.quad 0xaf496741ffd1bf86, 0x8000000000000000
	.quad 0x7f934144bcb431f8, 0xc2edc15e432bfe79
	.quad 0x69e090c33eff0800, 0xc032ae64d614424b
	.quad 0x8000000000000000, 0x7f07c0783d79c305
	.quad 0xc53f0c4807ea47ea, 0x7f7fffff7f800000
	.quad 0xc2afcdef47f181fc, 0xfff0000000000000
	.quad 0x744c5f91e3ef9f00, 0x8f430c919a9e7e00
	.quad 0xfffa47b10030f88e, 0xbd9445efdb458000
	.quad 0x3c3ce18a01500a20, 0xb9e80000ffa2096c
	.quad 0xbfddb8fcc3d7bdb4, 0x7b5fca88ff95527d
	.quad 0xd9bdfa78fff78000, 0x4f76af010ff30000
	.quad 0x7ff8000000000000, 0x1e5ae30a6f75ebef
	.quad 0x25ccaa4c5f910001, 0x80018be6cb7db79b
	.quad 0xa6dc0d10ffd5a6f2, 0xbb579e8495fbcfff
	.quad 0xfffc4d93c27e554a, 0x7ff8000000000000
	.quad 0xb935f73dd791b87e, 0x7ff66fb30c20ff1e
	.quad 0x16aec6573d9ffd0d, 0xbc0000003b83199f
	.quad 0x0679c779ab9a0336, 0x000fffffffffffff
	.quad 0x43effffffffffffe, 0xfdb2314112556fbf
seed37:
	.quad 0x7ef1bdd489db7eaf
	.quad 0x0017b4d7c6b48d7a
	.quad 0x04921844cff5afa8
	.quad 0x3fcee62ec5cccb54
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x000000000000038e
	.quad 0x0000000001000001
	.quad 0xffffff4c7085dd5c
	.quad 0x000000019ae10f8f
	.quad 0xb600f39401a67200
	.quad 0x9f4f08318549f880
	.quad 0xfffffffee8a23fad
	.quad 0x00000000000001fa
	.quad 0xfffffffffffffd16
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x7abe29c8df8fb6ef, 0x000a113c32e87459
	.quad 0xd35dd1517b7fd97d, 0x739056cfc12ad312
	.quad 0x7ff74aad30b9215c, 0xff3413bb7d692146
	.quad 0x688620a253000000, 0xfff7bad144e3cd0f
	.quad 0x63b44553ecb87898, 0x79e4397a6d3e1400
	.quad 0xaeae25b800000000, 0x4016000000000000
	.quad 0x93e8835018578fd9, 0x59915dcb409d9910
	.quad 0xb60635cd61be8db0, 0xffe50d31167d3668
	.quad 0x4224fe337f800000, 0x3fe4fe2c59fffffe
	.quad 0xc108000040f80000, 0x94e18a5bbfffffff
	.quad 0xe197b5fde7dffd77, 0x7e14aa9d44b64030
	.quad 0x3fa5421f8e72c3ab, 0x836513fe39f18cd9
	.quad 0x529e5ae4df2d3b6f, 0x644111b54a513d30
	.quad 0xd1e155b6688e7fff, 0x5a49fe982acc5aeb
	.quad 0xe4939524de512e67, 0x1a81561b80400000
	.quad 0x97bf9b4327947c00, 0x59cbac8c6b800413
	.quad 0x5f000000514b0ee8, 0x004000007f000000
	.quad 0x4014000000000000, 0x74a6feaefffa44d4
	.quad 0xc6530398dbfbb5f5, 0xc01c000000000000
	.quad 0xc3705a650fc27c00, 0x7e80000080000000
	.quad 0xd87a95c6ffbbff7d, 0x3eb77f26bc3ae629
	.quad 0x368638209a167c00, 0xd6a0ab6d9dad27e6
	.quad 0xce7fffff7fbe8096, 0x7b7b4cab6e070000
	.quad 0x8000000080b95f88, 0x3f8fdc433216438d
	.quad 0x7ff0000000000000, 0x5f7fffffc38f2079
	.quad 0xf737fad59e014f47, 0x29bad995800d6de0
	.quad 0xfec8519909f744e8, 0x8000000000000000
	.quad 0x4f12abb7ffbceaef, 0xc00373bb410119ed
	.quad 0x8fafc495495206d2, 0xc10e000000724f86
	.quad 0x7f800000be800000, 0x7ff29b69d9c9bc4d
	.quad 0x49fa4d57ffa3dbdd, 0xf9b6fd682092509a
	.quad 0xf5f0629c7ff5fffd, 0xc11a000040900000
seed38:
	.quad 0x9ef9d6c044c92c86
	.quad 0x79b8aa01fad577e0
	.quad 0x00000000007c72d6
	.quad 0xfffddb279547d85b
	.quad 0xfffffffffffffedf
	.quad 0x00000000006c8235
	.quad 0x0000000000000288
	.quad 0xfffffff4855eb86c
	.quad 0x004681a310b33335
	.quad 0xe0914f552351ed0f
	.quad 0x0000000080000000
	.quad 0x0000be7e5a679ea8
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xffffffffffffd38e
	.quad 0xffffffffff0e49f8
	.quad 0x01800000
	.quad 0x30000000
	.quad 0xc880df9b7fffe83b, 0x5399ebf10545dcc5
	.quad 0xf94c432a2a213f26, 0x3cd424d20dd356e1
	.quad 0x000000007f800000, 0x5f218e024f88617f
	.quad 0xb1c5e69ddb977c00, 0x8400b2207faaea7e
	.quad 0x800fffffffffffff, 0x6e246e3c506a9b00
	.quad 0xc70e8725592817fe, 0xfff8000000000000
	.quad 0x3cdc91150050e6ae, 0x8000000000000000
	.quad 0x000e7155735f4f35, 0x1fc2c6954c7bc2bd
	.quad 0x50e74a2e804f140e, 0xc3a598d2ffff0ae5
	.quad 0xf88c828abde9947f, 0x8000000000000000
	.quad 0x17fe9fbd4b8dfc00, 0x7fc000001fa96b78
	.quad 0xbe6201b9fffdffdb, 0xfff111bd928fa8cd
	.quad 0x7f7fffff87378408, 0xc234e99924bb5d12
	.quad 0x0949c2f8a63d4a93, 0x481aa392ffe981f7
	.quad 0x8000000000000000, 0x6b88325f4a39c5c0
	.quad 0x3d087268c10c0000, 0x7f8000007e96961c
	.quad 0x084bf4f3b6000000, 0xfff0000000000000
	.quad 0xbfd3c804db692b9a, 0x00f25c76441a9117
	.quad 0x30141d3bf63f7b68, 0xbc68076c3fc249be
	.quad 0x8f1d2f3fb935b400, 0xc2c8803ec10c0000
	.quad 0x3c15589e81721504, 0x4012d24179df4cfc
	.quad 0x43f5d6bca91300b9, 0x7f800000409c0000
	.quad 0xcada324d7b0f4720, 0x07113390916beff9
	.quad 0xbf77430a271ba8e0, 0x8000000000000000
	.quad 0xcf3519b07f9c666f, 0x8023b631f3457a88
	.quad 0x17bb612591ac01d1, 0x8000000000000000
	.quad 0xfef38124802f3e85, 0x407fffff6fdb9c30
	.quad 0xc0800000c3d0f3e3, 0x3d686762c3c28d15
	.quad 0x7ec03dcf00000000, 0xdebd6e7585fbb400
	.quad 0x71176defc235a218, 0x034afcc6b7c13dc6
	.quad 0x0ad9cd183bf9c4c0, 0x00000000b6200000
	.quad 0x800fffffffffffff, 0x3435e1847fffd57b
seed39:
	.quad 0xffff1e615beb962c
	.quad 0x000000000000011c
	.quad 0x17f3ed820587d444
	.quad 0x329e822fc4b37e50
	.quad 0xfffffffffffffc51
	.quad 0xfffffffffffff82c
	.quad 0xfffffff9d8de7dd5
	.quad 0x0000000080000000
	.quad 0x0000000000000359
	.quad 0x00f99d683bbf525b
	.quad 0xffffff58d218997a
	.quad 0x5b674148fcf6f1c9
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x0000000000000351
	.quad 0xc0abbabe18764f45
	.quad 0x07c00000
	.quad 0xf0000000
	.quad 0x14295bc7fed34380, 0xee73002840900000
	.quad 0xd16f7eb4d171ca46, 0xa9d015aa1b9f772f
	.quad 0xd64b633d060a46ac, 0xfeffffff7fcff507
	.quad 0x3ffffffedb06d779, 0xbf10800000000000
	.quad 0x3c0dffe880000000, 0x8009d738b96d08bc
	.quad 0xc947a306fc74aabb, 0xc048d8eb009e2432
	.quad 0x634062927fc00000, 0xd643878e3d5fa8c5
	.quad 0x811a5e320163fc34, 0xc028000000000000
	.quad 0xa7925434a72d2e1e, 0x01e05cd40e7608c7
	.quad 0xe9a01cea8e7f7e00, 0xffecc7165f30b23c
	.quad 0xe8713715b2fb232b, 0xc37cdebe9d729d3e
	.quad 0xbdf17e72735b1379, 0xf36e539bc3b4a5b1
	.quad 0x58242ee826ce0671, 0x411c00007fc00000
	.quad 0xbffffffffffffffe, 0x7faf879539a80000
	.quad 0x813db94b3c8c57f6, 0x69f02dc2085dc800
	.quad 0xffc0000080000000, 0x3ebd60a77f834b24
	.quad 0x54a8eb1e93a849f9, 0x7cdf1692164d1843
	.quad 0x8ce2fda0d7ecfd9c, 0x115267ee4483ba5b
	.quad 0x8ae96cdbc3f324a3, 0x97af4a12c7488000
	.quad 0xfff5455b569e3f89, 0xbcc5d64841180000
	.quad 0x653d5cb4b4837c00, 0xc9c000007df4b8fd
	.quad 0xb8ba5513fef0fe7f, 0x023f772f46029e19
	.quad 0xcaf9e71ffffbb4fc, 0xc157ca6d376c0000
	.quad 0x799aecdf868be458, 0x7fbe9bb0ffb8ff66
	.quad 0x405dfc59526b80e5, 0x000d1c6781d9897e
	.quad 0x03fa4c4df045fdab, 0x21493448b13bc644
	.quad 0xbb94f73efeffffff, 0xbfb6a7fd7379e4f0
	.quad 0x00025c19d03fc392, 0x92a7daeb7ffffded
	.quad 0x41307d9ec14d6464, 0xbd9ea542c17b8000
	.quad 0x7f92c6c17fc51cb1, 0x7ff8000000000000
	.quad 0xc10c0000c3b52998, 0x94fe3df392ed2080
	.quad 0x6cfc77736d4cc45b, 0xbf78981029f56d7e
seed40:
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0xf3d8c1158cdac99d
	.quad 0x0000000000000068
	.quad 0x0000000000000205
	.quad 0x8d38a5c4c987f303
	.quad 0x000000000000006a
	.quad 0x0f3cc108c2a2b668
	.quad 0x00000000000003b4
	.quad 0x16dd9af81ab292e3
	.quad 0x2838e586e0b9789d
	.quad 0xfd8746e7704f7d01
	.quad 0xfffffffffe349d60
	.quad 0x0000000100000000
	.quad 0x95339a35c8ee0f64
	.quad 0x00000000ffffffff
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0x800e6356485d487a, 0x221360b80386bf4a
	.quad 0xffdfffffffffffff, 0xc23000000032cfd7
	.quad 0xf74c5173ffcefc5f, 0xa76f08c462664483
	.quad 0x43f0000000000001, 0x6bc12e1a477ffffe
	.quad 0xd6bb772cd5bfeb92, 0xfffc6b36e279e785
	.quad 0x882fc7e641a1d1d0, 0xca2a89b6fffbcbb5
	.quad 0xc03a1739fbbb30c1, 0x8008000000000000
	.quad 0x5697adc4bf1e04d0, 0xc138db7546548000
	.quad 0xff800000c2cce704, 0xec51c0237ff597aa
	.quad 0x7ff5d77decc541fa, 0xc340000000000000
	.quad 0x78c430977f800000, 0x7fbd7f7a28837e00
	.quad 0xc7962deb0c654e40, 0xe19e923941abb333
	.quad 0x1d1ae7bae1ed858b, 0xef192ffa44480000
	.quad 0x65849cb2bfe7fff6, 0x13b9d3b37fdefebf
	.quad 0x9d23d2cabc8829ce, 0x466d339d3eafff77
	.quad 0x41e53ef680000000, 0x3f7d29165b139ec0
	.quad 0x6c63035a4ef14b2d, 0x7ff0000000000000
	.quad 0xde07e6f9f29662f0, 0x01f7b1e5164d188e
	.quad 0xbc15e7d540289fa9, 0x255d4a0459875e1a
	.quad 0xc023c00000000000, 0xbe094bcb77705c05
	.quad 0x7ff3c8ae617f30b4, 0x44b000003dbd0935
	.quad 0xc02e9df8acb7fccb, 0x3fd296ad0dccbeca
	.quad 0xfb1af6f251c582cf, 0xbf8c0000ffe1cbb1
	.quad 0x007fffff48280000, 0x7f8000007fbb698d
	.quad 0x2decdfe775dfdc37, 0x8b377e33c1040000
	.quad 0x3ff6d0b71f6a9c02, 0x4d7bb3691623fd16
	.quad 0xa1496b2e65317690, 0x25de7c2a7f9ed7f5
	.quad 0xbe1a1e4245000000, 0x7ff0000000000000
	.quad 0x604210b8def9291a, 0x3816e41dffdfddef
	.quad 0xbc907486f5475c77, 0xf06b43feefcefe03
	.quad 0xcc3f245bfd86a08a, 0xbda0dae13e630000
	.quad 0x7fc00000418763ce, 0x40000001ffa0a44d
seed41:
	.quad 0x4270224557e1b9c0
	.quad 0x6abb048a7feb0dad
	.quad 0x00000000c382cec4
	.quad 0x00000000ffffffff
	.quad 0x293739a4f7b98dd1
	.quad 0x00000000000278c7
	.quad 0xfa0fb3ee0766616f
	.quad 0xdb15a3b5c850dd52
	.quad 0xffffffffffffff08
	.quad 0x0000000000000000
	.quad 0x00000000000004b3
	.quad 0x00000000000001aa
	.quad 0xffffb4e593fbc9f7
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffff9
	.quad 0xfffffffffffffe0b
	.quad 0x04800000
	.quad 0xd0000000
	.quad 0xf7ddac683ebc7dda, 0x64ba6bfa96947c00
	.quad 0xde4ba1eeb17b7daf, 0x0b5b30297fc00000
	.quad 0x8cc21bf0df7ffffe, 0x6c8412fb80000000
	.quad 0xca9635f8eba98bb4, 0x6a0fae744042eba7
	.quad 0x46c00000ffc00000, 0x2c6364783b3ffee3
	.quad 0xcc13a229eee15c2b, 0xffc00000ffc00000
	.quad 0x8000000000000000, 0xff800000ff84d3b1
	.quad 0x7fe0000000000000, 0x8ccdccabee913014
	.quad 0x3fe068b5e77c6329, 0x21ea9843ffdfffdb
	.quad 0x88fce038ff958000, 0x4dd30a866f48d4a0
	.quad 0xcb964ee0f6630248, 0xc011fbca97d6b58d
	.quad 0x70ea5c4b9c8a48c0, 0xdf000000c6ae9426
	.quad 0x3d0c448396d0753f, 0x6c8199c47ae3ff25
	.quad 0xfff5875218bcd1d5, 0xfe965acebfb00000
	.quad 0x0000000000000000, 0xbed7c00000000000
	.quad 0x3fc4049fcabbe983, 0x3fd8751f38e1828a
	.quad 0xacc360151f729b3c, 0x98dbf94fa4f34883
	.quad 0xc050000000000000, 0x7ff1cbdfc52bd3d4
	.quad 0x46200000807fffff, 0x740918b2fb107d77
	.quad 0x3fe00000daadfa87, 0x64107d59a20b7c00
	.quad 0xfff0000000000000, 0x8015d37992fe4604
	.quad 0xaeb13d895c9c9071, 0xfaeda9cc00000000
	.quad 0xfff8000000000000, 0x6c8be201cd563c41
	.quad 0xbfe631e56e142db8, 0x741863687740c7ee
	.quad 0x38d37155846bfdbf, 0x0b74dcc08fb7fefb
	.quad 0x84dadfb1ff3ffb9f, 0x7ffa170fbde84742
	.quad 0x800c29efb9d4d0b1, 0x0000000098d4ad18
	.quad 0x83875bad5dbb8400, 0xffab951037000000
	.quad 0x303e773dc0ab7b04, 0xff8000008e3dea25
	.quad 0xc8c000004df22a13, 0xc0700000e0b6e825
	.quad 0xc7800000c0f00000, 0x3deb39364379e708
	.quad 0x0e8db9613c463fe9, 0x7ff8000000000000
seed42:
	.quad 0x0000000000000112
	.quad 0xd5834ab2dc5fd138
	.quad 0x0000000000093cbe
	.quad 0x00000000000000fc
	.quad 0xfffffffffff7ac31
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000188
	.quad 0x0000000000000005
	.quad 0x45f88434ff5589fa
	.quad 0xffffffffffffffff
	.quad 0xfffffffff8414675
	.quad 0x2a4d6f4975b436c8
	.quad 0x000000000001e06b
	.quad 0x0000000000000c80
	.quad 0x000000000000f666
	.quad 0x0000000080000000
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0xfff0000000000000, 0x7170c935d04c4cf1
	.quad 0x3fc90a2cf28e4606, 0xed684e667ed6110e
	.quad 0x407a6564a3229d16, 0x7fe02e406bbcbf15
	.quad 0x9f328aa3bda79f91, 0x0c5a63ca7f800000
	.quad 0xfda8d116f7d7efc2, 0x4f0000017f9e71cc
	.quad 0x402cab4ac5c76c7d, 0x8008000000000000
	.quad 0x5891a55bbffffffe, 0xfff7a7f8fe9dc7c7
	.quad 0xbaa5827243763800, 0xcf7ffffe7f8d0136
	.quad 0x7f800000021d88e4, 0x25e58642d8261340
	.quad 0xb71874387f6b333a, 0x0000000000000000
	.quad 0x7f897d45bf1bfbca, 0x9fc41d56ff918a05
	.quad 0x26bc574eb456839c, 0xfff0000000000000
	.quad 0xfff154687f7927d6, 0x7df16a767f9f6b55
	.quad 0xc04000007f800000, 0xc3f09dde6f7c3303
	.quad 0xc0177fbc8dd7e77e, 0x3dfb101a335e0504
	.quad 0xc023800000000000, 0x563ecc714788b946
	.quad 0x0259e58c608fa8c5, 0xffac38d13f800000
	.quad 0x3bfcceb8450ecbfc, 0xd6e90909da7ffd2f
	.quad 0x4071a00000000000, 0x048f954442ea7d31
	.quad 0x7ff0000000000000, 0x087f8d117fc00000
	.quad 0x888ab431e89efd6a, 0x6b4a6421634afb45
	.quad 0x0010000000000000, 0x7ebb41bf27a81baa
	.quad 0x3fecf00accd046f2, 0xb09597280c64faf9
	.quad 0x802d7c567eef0e73, 0xae94fc47fedeff5e
	.quad 0xffdcaf92bf4fd5ed, 0xffc0000056e7e37c
	.quad 0x2799386dfefe51de, 0x400c000000000000
	.quad 0x40745ed923b4ad8a, 0x7e74666cef878e92
	.quad 0x8f50d18bfc3bbadb, 0x807fffffff0a5729
	.quad 0xfe19144e1b8fa44e, 0x0000000000000000
	.quad 0x3fe4c00000000000, 0x7f912758006b5dd7
	.quad 0xd7d0e6ee1db97afa, 0x6cd9bb03d48f231f
	.quad 0x7fe0ffa480000000, 0x7f856eb4bd76637b
seed43:
	.quad 0x8000000000000000
	.quad 0xffffffffff7ce5a4
	.quad 0xfffffffffffffd81
	.quad 0x0000000000000081
	.quad 0x0000000000000001
	.quad 0xffffffffffffff57
	.quad 0xb45a985bd4e7a01f
	.quad 0x000000007fffffff
	.quad 0x2a1b45d80dfa46f0
	.quad 0xffffffffffffffeb
	.quad 0xfffffffffffffc5b
	.quad 0xfa3b16ecbcdb0a6a
	.quad 0xfffffffffffffe93
	.quad 0x00000002db907b5c
	.quad 0xffffffffffffffd2
	.quad 0x8b1f7deffb196b41
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x62773518ee4d0b8f, 0xa0004097255dfb7f
	.quad 0x19b56da0e75487ff, 0x0000000000000000
	.quad 0x7ff0000000000000, 0x6f3ed61f429a0000
	.quad 0x57fe00628f0d65d3, 0xbda27d5267bc7c00
	.quad 0x7fc0000041500000, 0x7f83ac9e40954dfb
	.quad 0x7f8c49257f800000, 0x0000000000000000
	.quad 0x0c81d9a7803b930e, 0xc2c109f75eade1c8
	.quad 0xbf800000805cf95a, 0xbcecd89fc26af711
	.quad 0x0008ec6a209326e6, 0xfff3bef8fb6a6f3b
	.quad 0xce47b0b1fff38b78, 0x4bb5c43bbe2ee67b
	.quad 0x40b40000fe800000, 0xff58f07e40aa0756
	.quad 0x7fe777ec4752b407, 0xa4699e7460937d0d
	.quad 0xdc2db51dec7fffff, 0xe01743e6642bfd1e
	.quad 0x08a9d3059006c8a0, 0xd06b1e608e1880a6
	.quad 0x0d81d295d357d6d7, 0xbf929c00f88f3d25
	.quad 0xc46dbbc295fff3b5, 0xf644c2ffc5fb6c70
	.quad 0xbd0c0000bc665289, 0x7f55f75ca4c28082
	.quad 0x2df2d359813d7d7f, 0x594a468975ff4554
	.quad 0x8004c7b48ce173fe, 0x4db09615e97e03d7
	.quad 0xbad00000ed6d557a, 0xfebf9e0ca120d7d8
	.quad 0x7fc42fd0bceb914f, 0xfff14a1e805bd638
	.quad 0x6c0cbc2c28192c19, 0xfeb7704dff8a8e19
	.quad 0xc00c000000000000, 0x6718525474a63776
	.quad 0x3bc82150bc9c82ae, 0x800000003cba962b
	.quad 0xfff20695af2ae71b, 0xbef4000000000000
	.quad 0x40b9f0c6e6990000, 0x698aa3a2ffd4786f
	.quad 0x3e7d487cbcf3802c, 0xcc3ce7a97ce0a709
	.quad 0xc061c0ec0e07dd3b, 0xb61227197fab0d2f
	.quad 0x7ff0000000000000, 0x802ef161852e50c8
	.quad 0x801dc06836668072, 0x61e8f63b5ecd7601
	.quad 0x98b1d567ea982af5, 0x0000000000000000
	.quad 0x3fd5569cbbf49d80, 0x3fa77d6ad5c1ec72
seed44:
	.quad 0x21c1236eba668263
	.quad 0xfffffffffffffa3c
	.quad 0xfffffff40226cc46
	.quad 0xfffffffffffffc46
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffe2743
	.quad 0x000001aa34f1cb90
	.quad 0x9c47cd8b2f3c2400
	.quad 0x00000000000003ae
	.quad 0xa81184383571fcaa
	.quad 0x00000000000001ef
	.quad 0x000000007fffffff
	.quad 0xdf1fe407c85b13e1
	.quad 0x0000000000000001
	.quad 0x24f97e1e9d18b018
	.quad 0xfffffffffffffdbe
	.quad 0x03c00000
	.quad 0x20000000
	.quad 0xf3eaeec9158cf304, 0x0c1ad9710008afff
	.quad 0x7fdfffffffffffff, 0x4114000040d80000
	.quad 0xf10ef5f4be8009da, 0x801cacdb72026569
	.quad 0xcf7fffffbcac466d, 0xeb72a541fed7ef6e
	.quad 0xde540b177f800000, 0x83b5c013d980a375
	.quad 0x7f90cdbb92cbcbdf, 0x5e3ef3fb01246582
	.quad 0x7fd2938d05f3eabf, 0x37f92d6564897e91
	.quad 0xa26aaee1ff86a0fb, 0x819f14f3da6ccaea
	.quad 0xb9cab1c34594a963, 0xda0000003c34c330
	.quad 0x37f00000bb8f1ffc, 0xdb76e6904da3b61c
	.quad 0x29d51beccc6ef800, 0x401f17da0795b467
	.quad 0xfff4d6cfa4aaa5ae, 0x8ab74359eaefd9ec
	.quad 0x8ae37c6dffca3dbf, 0xffc0000086c09d08
	.quad 0x8000000096ee903b, 0xffe18953b1941a9d
	.quad 0x318536d58dcad57f, 0xbe065e32a3ab05ef
	.quad 0x99dd14b93efc7be4, 0x00000000895e6465
	.quad 0x800000002b6bbd9e, 0xffd27d1a7fed2881
	.quad 0xc021800000000000, 0x00ffffff945bbfc3
	.quad 0x6d46a4fc7f800000, 0xc2746c7280000000
	.quad 0x4d3a013bff7e1f6d, 0x8dc57971bbf964f7
	.quad 0xa7fe7e50de1b657d, 0xe37b97637f0b7fa5
	.quad 0x1fbd6888ffe50630, 0xdf9783aabfffbf70
	.quad 0x7ff8000000000000, 0xd977194a61adab43
	.quad 0xc07383cbfbbf2cd4, 0xfe7e9ba3b8d78995
	.quad 0x7643d4f7ee4f3666, 0x000000003d18a4ba
	.quad 0x20179017eacbfe67, 0x7f80000040980000
	.quad 0x3fe0000000000000, 0x36d38000804615bb
	.quad 0x00614ee57fffdfff, 0xc27fef49bbf32862
	.quad 0x7f800000377b0000, 0x5f80000042480000
	.quad 0x005ba457ff800000, 0xc11400007850f4f8
	.quad 0xc57a3ff58d34bc01, 0x00400000c77ffffe
	.quad 0x51e4edadfeffffff, 0x515e7d16a2417c00
seed45:
	.quad 0x3dfb6d0c521032bf
	.quad 0x1d1958bbf6254223
	.quad 0x0000000000000f85
	.quad 0x8660f7b8e95e60e4
	.quad 0x01a7702fe7b20da1
	.quad 0x0000000000000023
	.quad 0x0000000000000450
	.quad 0xa786550d330acd3b
	.quad 0x0000000000000000
	.quad 0x0000000000000031
	.quad 0x02233d35b46fc871
	.quad 0x000000056ba994cb
	.quad 0xfffffff83b6b0197
	.quad 0x00000000000001c3
	.quad 0x51be0b882be8fb47
	.quad 0x0000000001000001
	.quad 0x01000000
	.quad 0x40000000
	.quad 0xaa1fab5073d14b32, 0x0092583e764a48a5
	.quad 0x7fdfffffffffffff, 0x6bd4d3149856aefe
	.quad 0x4da8629d5289cd54, 0xf7e46890ffe6cd57
	.quad 0xffe0000000000000, 0x818a7b48cf7fffff
	.quad 0xc38ba722bf60debd, 0x7e8000008019e99f
	.quad 0x80000000c0300000, 0xed573eaba446d5ae
	.quad 0x0000000000000000, 0xc56d00003d8d0813
	.quad 0xbd2470013d005b19, 0x03977f1cabb3b830
	.quad 0xbfd9c507017d05fa, 0x48530a66ed364cb4
	.quad 0xbcd02fd540100000, 0x008c37f87fe9a569
	.quad 0x93d7876dc2240000, 0x3fbb1d9865009191
	.quad 0xfffc335a04221711, 0x7ffa7be3ac4db35a
	.quad 0x0145fe1b7419015b, 0x73e147fcd7d1f679
	.quad 0x56e014ec5e7fffff, 0x7e25ae9bcb13c880
	.quad 0xc11c000040e80000, 0x7ab55d5bffebba7c
	.quad 0x183d43f53362fb6d, 0x7fefffffffffffff
	.quad 0x8a2c79fd13f0c600, 0x7fb31060c188b02f
	.quad 0xfff8000000000000, 0xfff460f85ff8b3ae
	.quad 0x7dd914a020746c98, 0xc013000000000000
	.quad 0xbfef600000000000, 0xbf7dabf67eefd9c3
	.quad 0xbfc4a00000000000, 0x5db23dc70063fe00
	.quad 0x4af81ee4e8f48000, 0x7f917d86003e4d3c
	.quad 0x7ff0ca6a6050e866, 0xfff0000000000000
	.quad 0xbdbc000078d19bfb, 0x001fffffffffffff
	.quad 0x527de2ef5fdaff3c, 0xd5d7990da8ffbbff
	.quad 0x887b2356ecc4ba00, 0x4888619194c9258a
	.quad 0x7f827ad6c9368000, 0xfed65648f8e73d89
	.quad 0xbdf27d5540a16ea1, 0x99e032fedb307400
	.quad 0x7fa77d47805e78d8, 0x3c3e312e696e84e0
	.quad 0x7f9030047faadbed, 0x7ffe8abac7e09b75
	.quad 0xe91d6d00febb5a76, 0x81c2087f83d473be
	.quad 0x7fcd5a6791de5140, 0xe9ccacda9347c540
seed46:
	.quad 0xfffffff6cff8b8a8
	.quad 0xfffffffffffffecf
	.quad 0x000000032ff72cff
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd2a
	.quad 0xfffffffffffffc99
	.quad 0x8000000000000000
	.quad 0xfffffffff0f35936
	.quad 0xbc69210cd090492b
	.quad 0xffffffff80000000
	.quad 0x3c1057a012413c50
	.quad 0x0000000000c2366e
	.quad 0x12364af80341ee68
	.quad 0xcfdce3a19d996fb6
	.quad 0xfffffffffffffec5
	.quad 0x06c00000
	.quad 0x10000000
	.quad 0xc022000000000000, 0x86ebb0529044fc00
	.quad 0x2e4a71f55887795e, 0x40fffffffffffffe
	.quad 0xee79adf500000000, 0x402b000000000000
	.quad 0xffc0000080000000, 0xe7575d0117dfbf97
	.quad 0x054523e0f69dc8b9, 0xffeffe339edf7beb
	.quad 0xbf362889c0700000, 0x0117c2ff6fabc196
	.quad 0x7f8cae1edf40fa98, 0xe2a16dab8ef545b1
	.quad 0x4030e22b80783d4d, 0xae1807626e0ffb67
	.quad 0x1090b96cc0b80000, 0xc23d3dad14e5af6e
	.quad 0x9ad05ef22ba298f7, 0x062102d0119049ea
	.quad 0xff7861e080000000, 0xbb600000df800001
	.quad 0xfcbf7405fd1bfdaf, 0xbc63272dc4ea769e
	.quad 0xb5c44368f7f075b3, 0x7dcca0e8f62cffa7
	.quad 0xee6fab2bd4cb8000, 0x4122000000000000
	.quad 0x0000000042c00000, 0x86f0035017387bff
	.quad 0x4000000000000001, 0xffdd601eb418c864
	.quad 0xfff8000000000000, 0xc015000000000000
	.quad 0x4015000000000000, 0xfff12d5959a972ec
	.quad 0x21c98a82c1dc8000, 0x7fd60f52be807a4e
	.quad 0x194236e751894800, 0x398962c3cebffff7
	.quad 0x854c03e68fc2b4f6, 0xf2fd9f887285a7da
	.quad 0x00c1804f3bcfe2b5, 0x9ffbbb3cfebf7fee
	.quad 0xffd84d48e269cacf, 0xff800000c0d00000
	.quad 0xfa5e6688f6a17e00, 0xfab5a1f379f90221
	.quad 0x00000001e2b6869b, 0xff329e29b55dc435
	.quad 0x3a6b4d99fdfdfd26, 0x3fcd9e2a4b2d4102
	.quad 0xc2374f4bffc46fe5, 0x8887c20cff800000
	.quad 0xc3f0000000000000, 0xfb02c325d57ea16e
	.quad 0x0beca7fa00000000, 0xcb442988ffb6ddf7
	.quad 0x0000000000000000, 0x4763000080000000
	.quad 0x02fb6fbeb6055940, 0x74cd435fbc12799a
	.quad 0x62002602da4bb6a3, 0x3ef0000000000000
seed47:
	.quad 0x0003194de8811baa
	.quad 0x263b63bd0d308473
	.quad 0x0000000000000001
	.quad 0x00000000000002fe
	.quad 0x0000000000000215
	.quad 0x0000000013d772d0
	.quad 0x7fffffffffffffff
	.quad 0x0c25d8c70a8f7691
	.quad 0xffffffffff73b2fa
	.quad 0x3ec32c93daf57aa6
	.quad 0x0000000899af3c9b
	.quad 0x0000000000000277
	.quad 0xffffffffffffffff
	.quad 0x0000041f76e6a148
	.quad 0x0000000000000001
	.quad 0xbc844c61fa0ae8f3
	.quad 0x03800000
	.quad 0x60000000
	.quad 0x7bec68b43fd01529, 0xf302d0abd6ffffff
	.quad 0x7fd0000000000000, 0x3852bd65e14e8c40
	.quad 0x31a3dbbd7fd7daa6, 0x7fad98de3c3acab9
	.quad 0x42435dcc8ca0a576, 0x454421ddff7b7f87
	.quad 0xffef77b300000000, 0xd8cee49688387e00
	.quad 0x2aa94b12eeddb73e, 0xaa05caa4f1b50000
	.quad 0xbe217e7f3c7bd43a, 0x04a143f6d0263c00
	.quad 0x7fc0000047800000, 0x30f11bb5ffe744b8
	.quad 0x7ff0000000000000, 0x407fffffff800000
	.quad 0x26d7c2cb80500e8e, 0x401a000000000000
	.quad 0x7ff0000000000000, 0x0000000041b4d48a
	.quad 0xdf0000017f800000, 0xc0900000bf2d0acd
	.quad 0x42e80000f4ad9eb1, 0xc0b00000927193dd
	.quad 0xc004088753a29f0c, 0x64e70110999e3ffe
	.quad 0xfcdeb32efff329f5, 0xf84c5228d04afd15
	.quad 0x6530060d39685b7a, 0xff80000080000000
	.quad 0xc8826e30f76191e3, 0xee71b7cb1cee5ae3
	.quad 0xc0cc000000000000, 0xc1d70000bf800001
	.quad 0xfff0000000000000, 0x0048f03380000000
	.quad 0x4078000000000000, 0xfff0000000000000
	.quad 0x6c9e2d5563313934, 0x9758443717b27dce
	.quad 0x1a8a047dff95617d, 0x4260000000000001
	.quad 0xbeea8fbd471a7c00, 0xaa1f5cd8eef039e9
	.quad 0xb5f819d618ef0001, 0x0061b7717fb0d1d4
	.quad 0x3e3672fa0cab2cce, 0x1cecd882bbdf2c38
	.quad 0x2215ffbd7ffd7c00, 0x7f0000006fa33a70
	.quad 0x7c00b1db2d88f9b9, 0x06aaebab8c9afa71
	.quad 0xc708000059fffffe, 0xbbe812ca6d51ed41
	.quad 0x477ffffebe22ee5d, 0x0197be09a5a9ac56
	.quad 0xffc0000041f22d72, 0x003dea7e000cea9b
	.quad 0xc3478530c0e2fbb1, 0xffc000007f82a5cc
	.quad 0x911c779d84539e43, 0xb6f14604bded4c11
seed48:
	.quad 0xfffffffffcbe59cb
	.quad 0x0000000001000001
	.quad 0x0c99984884f5d9e0
	.quad 0xe6c579d8bd56a0ae
	.quad 0xfffffb05ef1084c5
	.quad 0x0000000009f779f2
	.quad 0xffffffffffffc760
	.quad 0x0000000000000147
	.quad 0xc3a293ee6c593c6a
	.quad 0x00000000ffffffff
	.quad 0x27174bddbdffb2be
	.quad 0x1fc6708c67907479
	.quad 0xffffffffffffff1b
	.quad 0x4bfd97d063c0cf77
	.quad 0xffffffffe8ce9389
	.quad 0xc06aa5dd6a34a9e7
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xc1e0000000000001, 0xc008000000000000
	.quad 0x5eb8dd6fc013f566, 0xf255f81e2caac4c0
	.quad 0x82a71a0cd2e55f88, 0x8000000000000000
	.quad 0x06b5e6cd27187c00, 0x7f80000042a2a2b2
	.quad 0x8fea3a59d557ecab, 0x40a8bbc67fa2084e
	.quad 0xcf718dd7fd6fdf74, 0xc08734c57ddae302
	.quad 0x8010000000000000, 0x80000000800d1f23
	.quad 0x7fddb9582cee2086, 0x7a71d5397efefb07
	.quad 0xbe97dfa400130b83, 0x000fffffffffffff
	.quad 0x6e59fb78d7de7f0f, 0x86442d69ff7dfdbf
	.quad 0x000b9af039482403, 0x27582a2a58028000
	.quad 0x3e2dc979c1180000, 0x0b6acd4a16430064
	.quad 0x39400000c3d4f677, 0x2b0466cf69a54700
	.quad 0x000fffffffffffff, 0x7f814de640c0aede
	.quad 0x814f0aca80f76874, 0x2d21bad4ffb6797f
	.quad 0xd94b5f3140200000, 0x8000c7d245599129
	.quad 0xb64c0000ff000000, 0x4a54abb454982aea
	.quad 0x96230c05c4beb016, 0x10952b03bbedbfd0
	.quad 0x7ffc3a46926b5c27, 0x737841537ceeef87
	.quad 0xe75eaf7f3d6e6084, 0xd5a3a570fb43c9fd
	.quad 0x557834887fffffb2, 0xff800000c1140000
	.quad 0xbfa000007f800000, 0x2c935d697599f0d6
	.quad 0x7fdca2c19a4808cd, 0x4399902580000000
	.quad 0xc0c80000c0f235a8, 0x801fffffffffffff
	.quad 0xc3458fb4bec74a09, 0xc0280928d4dec7b0
	.quad 0x4022000000000000, 0x0000000000000000
	.quad 0xffca68a886277982, 0x50ce1df51549d9ac
	.quad 0xfff0000000000000, 0x40840000bd67b795
	.quad 0x0000000095763c71, 0x817fffff017975fe
	.quad 0x9fa1a159ff9feffa, 0x809651a70048edc9
	.quad 0x212cc0895be4fd51, 0xc5ded26c26ee0c84
	.quad 0x7b571b96e6017e00, 0x830392990d184d5d
seed49:
	.quad 0x8000000000000000
	.quad 0xffffffffffffff3b
	.quad 0xffffffffffffffdc
	.quad 0xe436012827502725
	.quad 0x000bc1f517ab0506
	.quad 0x0000000001000001
	.quad 0xffd7d93bcd384780
	.quad 0x392537455ede048b
	.quad 0x0000000000000216
	.quad 0x9c3c67e7d717b289
	.quad 0x9956bdbd8e94f7c5
	.quad 0x0000000000000206
	.quad 0x052bd1c91461e78d
	.quad 0xbe627ed1a447d87d
	.quad 0xffffffff80000000
	.quad 0xb1cd4877fce8e626
	.quad 0x01400000
	.quad 0x60000000
	.quad 0x7db9e89bb150e2d5, 0xa591cf6cdfedf3fe
	.quad 0x8099a7ed5a7ffffe, 0x807fffff7fc00000
	.quad 0xacd263eaefffafcc, 0xffa8b3673f0a93fe
	.quad 0x7fc09c623ae70000, 0xfaa841b3d2f30000
	.quad 0x4bd1b4013d7b7e00, 0x8000000000000001
	.quad 0xf623f842ce5e03aa, 0xfff8e6dd4d10fca3
	.quad 0xc0db2d1721645eb2, 0x7fdfffffffffffff
	.quad 0x4059b9256864d8fe, 0x433052bbde8bff4a
	.quad 0xda0793ddff9ffe8a, 0x7f800000b9d30000
	.quad 0xc0580f116c675489, 0xc481a46502563dc1
	.quad 0x43effffffffffffe, 0xb0afef69d2ef2b93
	.quad 0x41275d8fffae7eae, 0xf9fe313ed2bafc6f
	.quad 0x4700000059fffffe, 0xffc0000080660747
	.quad 0x76be55ab1bfb0f20, 0x6e7a0466ff7dce7b
	.quad 0xff4ed6c642dc9046, 0x8022c5dc933011a9
	.quad 0x915d0889becbeb9d, 0xfff106d37fe1d892
	.quad 0x7fef11a9eb8cfd6e, 0xc134e267b7ee5ecd
	.quad 0xc10a00007d77b51f, 0xfc7797415afc9cb1
	.quad 0x4fbd77d565d85640, 0x2a526528bf2058ec
	.quad 0xffc0000040900000, 0xc021000000000000
	.quad 0x720cc5504559ab92, 0xfffdeadd4525f9b6
	.quad 0x5ac84aac9a524b59, 0xd2cc6755fd1fbfcd
	.quad 0x5e0e34c4bffed5e2, 0x7fd3e4108e2fbada
	.quad 0x204d00d1bf5bff61, 0x70e236bca2204380
	.quad 0x9574e8963b446308, 0xc761a694c0a83c00
	.quad 0xff8992af805683ab, 0x4baea5c4a9a3db02
	.quad 0x579cd6d97c6ffb6b, 0xd92a04f83603675c
	.quad 0xbe97f7e25f000000, 0xffd5f444a41ffdee
	.quad 0x41d499c3bca00000, 0x0000000000000000
	.quad 0xffa8b9538071c07f, 0x7ff8000000000000
	.quad 0x2b33b014d70b97ff, 0xdfffffff7f800000
	.quad 0x920496e600000000, 0x6e1ed32a398486f8
seed50:
	.quad 0x000000000000014a
	.quad 0x0001275c0d1671a4
	.quad 0x00000000000003ae
	.quad 0x00000000214abba3
	.quad 0x0020000000000001
	.quad 0x000000001e8cab69
	.quad 0x9f27d8b1d663b827
	.quad 0xfffffffffffffe19
	.quad 0x2057c68319670503
	.quad 0xc9a80d8522c5f573
	.quad 0x450dee2f46f984c1
	.quad 0x00000000000001ed
	.quad 0xfffffffffb1eb971
	.quad 0xfffffffffe4bb282
	.quad 0xb818543ef2887f3b
	.quad 0x72d902672d5ea369
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xa4f86616c97054f9, 0xa66ba986bdfef400
	.quad 0xd18da847ffb7e6f7, 0x8009bb5bde87237b
	.quad 0x3e9efeea7777e6ef, 0x8000000000000000
	.quad 0x03cab89da3e07801, 0x4030d60567989727
	.quad 0x208772487eff74be, 0x7e3c18efbabfb5f1
	.quad 0xc7c803d13a240000, 0x0443955e12dcd779
	.quad 0xf620d0fb7f800000, 0xbb17316d106703ff
	.quad 0xc028e4958112a1b6, 0xa4a883e8c038791a
	.quad 0x82b262ec7b6241fa, 0x0000000000000000
	.quad 0x7ff5fe6f6abf8fc9, 0x4110000000000000
	.quad 0xb8dc53ef191a0e4a, 0xbcfa5ee8ffedb7da
	.quad 0x3e0490f200000001, 0xb543054a412dc480
	.quad 0x7fe14a74a951c0bb, 0x89d086c3ffdefc67
	.quad 0xc01ea178148817fd, 0xe700f1c72c50099f
	.quad 0xbf203dae0a7ad329, 0x4e218ed6ab7e7910
	.quad 0xffa4f98d7fb69b17, 0x5a000001c34f4280
	.quad 0x4022800000000000, 0x10b4a62dc1200000
	.quad 0x772812c0ffc60b29, 0x403b5cdb8cfc1d14
	.quad 0x72b8f89f81fa76b1, 0x8c21d8bead5039af
	.quad 0xc002000000000000, 0x0008295c23c7a2e9
	.quad 0xfe828629ffe28b8b, 0x7ff3ee524673caca
	.quad 0x4049b2fdb6e14276, 0xc7fffffe36000000
	.quad 0x3ff8000000000000, 0x482434e0c0880000
	.quad 0xff800000fefbc52f, 0xeb7ddb91ffe48f06
	.quad 0x4046130dc7fcfd7f, 0x4015000000000000
	.quad 0xd465cbb92a118755, 0xd9f807e9f2fe7bff
	.quad 0xcf9c8daafff56d7e, 0x3fbd72b5707d8329
	.quad 0xf3e8057575a78d72, 0x8008000000000000
	.quad 0xf5263f8d3f325087, 0xffc873dde172e30d
	.quad 0x9ea15fbddcdb2393, 0x0000000000000001
	.quad 0x5515e450ffabd787, 0x817fffff6426c210
	.quad 0x55bd7d56c7027adb, 0x7ff8000000000000
seed51:
	.quad 0x0000000085d70b9a
	.quad 0xffffff9a2da1842f
	.quad 0x0000000000000085
	.quad 0xffffd06f6d5ce328
	.quad 0xa09ec396efc20ee6
	.quad 0x0000000000000057
	.quad 0xa10ffc00183bdf10
	.quad 0x7fffffffffffffff
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0x0000003e84eba48d
	.quad 0x0000000000000001
	.quad 0xffffff6f245c1257
	.quad 0xffffffff6ad37711
	.quad 0xffffffd2c4ff8e3f
	.quad 0x5fe53b4be59e9e29
	.quad 0x05000000
	.quad 0x40000000
	.quad 0x056ed02fedfe61ec, 0x4c0cd1e0f7d77dfc
	.quad 0xff8000007652b70d, 0x3b3fedc5714e3b19
	.quad 0xca2b3651fffee7fb, 0x00000000e3459526
	.quad 0x5e3d0616fdae3fbc, 0x800fffffffffffff
	.quad 0x6c37ad218070c2e3, 0x69983ea0edcaf9ac
	.quad 0x4064000000000000, 0xff80000080000000
	.quad 0x7fc00000ffe5104a, 0xc0256eeec1e93959
	.quad 0x02de629c8df1e63f, 0x1c78261f4c20e396
	.quad 0x801fffffffffffff, 0xf5186ed500000000
	.quad 0xfff9dd021b5ee731, 0xd1cee949f57b9dff
	.quad 0x8002fce0c919adc0, 0x545c1ea3bc7f8f8c
	.quad 0xc3f130b990299ca7, 0xbf73b0937fbcbb86
	.quad 0x0000000087acd2a9, 0xdfcc116981273c70
	.quad 0x402df20d19113b4e, 0x8000000000000000
	.quad 0x8976e5393fa00000, 0xc05bccec851b0206
	.quad 0x910755ed08ab0708, 0x3f800000f63fa0d5
	.quad 0xff80000007e25aa9, 0xac84e1e6c7090019
	.quad 0xdfdf6b09d1564fd1, 0xffcce07c49b10000
	.quad 0xbfdce0b173273e3b, 0x90ec35763b3b7c5a
	.quad 0x3a6497c3ffaefb33, 0x7cca6864ffae98ae
	.quad 0x907b4c49427e1960, 0xc0580000c7ffffff
	.quad 0xd9fffffe7f86fb7b, 0x72b40673bfddffbd
	.quad 0xfff0000000000000, 0xd83e63044591ce9d
	.quad 0x32c13ed1fe67fedb, 0xb53149b65baf00ea
	.quad 0x80000000fff65346, 0x0ae88ddf9fef83ff
	.quad 0xfff0000000000000, 0x18bb4ce6ab23243e
	.quad 0xd5d90dcefff90b43, 0x3ff351fd89721179
	.quad 0x7ff4c4b5bf916ddf, 0xfff141228ed0ca53
	.quad 0x8a67193c89b46bb3, 0x6e2657593e8bedf9
	.quad 0x40880000feabbbe8, 0xc0e0000000000001
	.quad 0x809a9478bd0da868, 0x2b45b6b0ffbd7efb
	.quad 0x398ca3c6a299f5e8, 0xbff0000000000000
seed52:
	.quad 0xfffffffffffeed6b
	.quad 0x884194545174acbe
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffd4
	.quad 0x0000000000000002
	.quad 0x7fffffffffffffff
	.quad 0xd8a28b3060b53159
	.quad 0xffffffad8fe49009
	.quad 0xe671557a9bf2a683
	.quad 0x0000313f0d0d83b2
	.quad 0xfffffffffffffa95
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffe1
	.quad 0x0000000000000000
	.quad 0xfffffffffffc3591
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x7f800000ffc00000, 0xfcfb919038d4c8c0
	.quad 0x0008000000000000, 0x3950fa4b80000000
	.quad 0xc052a27afa73a7a2, 0x7ff0000000000000
	.quad 0xae957c78fdfaf39a, 0xfe800000cf000000
	.quad 0x7dc6072e68c8fc05, 0xc110000040a80000
	.quad 0x9dee9ce50fc4dc65, 0xbfa5a13cea812ad5
	.quad 0xc013000000000000, 0xd9fffffe477fffff
	.quad 0xc06000005a000000, 0x001af80d2a0e6018
	.quad 0x0000000000000001, 0x3fd9561047fffffe
	.quad 0xe58c2be674635f0b, 0x7fb9be12ff800000
	.quad 0x68b64acec18b026b, 0x66838f33ff8fb3fb
	.quad 0x6e562f89ffdb0400, 0x6e63000a9799a38b
	.quad 0x006220f7630987c4, 0x3fe000007fafe9c9
	.quad 0xc002000000000000, 0xfa7cc8685d26f08e
	.quad 0x6e401ea3f48d7480, 0xa360f816ffbbbfe7
	.quad 0x0000000000000000, 0x02a347f947f50000
	.quad 0xe8709fcaf1cf9f61, 0x1eabb6629c48426c
	.quad 0x182fddeedffffffe, 0xfff073508149a6ca
	.quad 0xe7c583c1e639a127, 0x82f10028f7de6c6d
	.quad 0x881f2abeff800000, 0xe1b588739c79fd0e
	.quad 0x420d6673655c7c00, 0xf79f352c40800000
	.quad 0x80047e040e7a4543, 0xbfcbda9c3ffffffe
	.quad 0x8047aa02a4b76340, 0x62f214966d7efcdf
	.quad 0xbcad02fdbd3efd2a, 0xfbf33fe1a49943fe
	.quad 0xd5da419ca92131ad, 0x88ea6f665c347c00
	.quad 0x94bb99365479bfff, 0x3c478dea61ffcccb
	.quad 0x8000000000000000, 0x7ff0440bd18e82d2
	.quad 0x80e9ac547fc00000, 0xf05d13c27fb1fc00
	.quad 0x3f9868230cb3c979, 0xc72f113ee1e84200
	.quad 0x801fffffffffffff, 0xc69be413b1c6fc00
	.quad 0x602196cec3fa7c78, 0x7fefc757ff8e0886
	.quad 0xc40a3de77de7ad4e, 0xbe7d5b8aff800000
seed53:
	.quad 0xffffffffffffffff
	.quad 0xd6b8b580637a6c56
	.quad 0x579790ab86344b70
	.quad 0x00000000000002f0
	.quad 0xfffffe745c00505f
	.quad 0x49c1cf051a688865
	.quad 0x00000000000617b1
	.quad 0x00000000000001c4
	.quad 0xbf317f2e05d290ac
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xed082d9d10fec8bf
	.quad 0x000000fdfd070a8c
	.quad 0xf67979c6bfcfb5f7
	.quad 0xfffffffffffffed5
	.quad 0x0000000053a1576e
	.quad 0x04c00000
	.quad 0xc0000000
	.quad 0xff800000bbba88d8, 0xfdee1e277fc210f8
	.quad 0xa2334e333ad23c00, 0x5fbf07433f3fdfbd
	.quad 0x590740a6ffdefe3a, 0xadfd08748fa5646f
	.quad 0x0049b43d002235e0, 0xfe305e3a13707a1a
	.quad 0xdf0000007f800000, 0x3fb2f3ad5da01ef6
	.quad 0x3bc00000fae59dac, 0x151c88e240f00000
	.quad 0x7fffef708cdc953c, 0x753f1d66fffa7fbf
	.quad 0xffae22c26d3c94c8, 0x2694b5b3fffbdd67
	.quad 0xcdd21f80defaecd2, 0x3bc263e3800417ea
	.quad 0xd26fe70852880fcf, 0x40523d6904d4b70c
	.quad 0xfff53f02a71e692a, 0xff8000003fdbe966
	.quad 0xbe682e4dc9e80000, 0x0000000000000000
	.quad 0x0f1163626ccba9d6, 0x8a19331f49dcf9fa
	.quad 0x66bdb0ccfef9fffd, 0x3f83d35fb3745241
	.quad 0xcd48f7484f47fe00, 0x0000000000000000
	.quad 0xfe599f1e62d80a42, 0xc050789472f67303
	.quad 0x1bdd2acb7ffdfe21, 0x7fdd5c71c521ca45
	.quad 0xebe1300ff977db5f, 0xbece5578bfffffff
	.quad 0x3dd9f301d0f8a546, 0xaf49fac85ed8017e
	.quad 0x800a504319768d90, 0xca44c69f80e454db
	.quad 0x7fe0000000000000, 0x0000000000000000
	.quad 0xc289cb8d6cce07d2, 0x244bdb1a78a1db6c
	.quad 0xb1b849a0eeb359e9, 0xc338a842fed8d661
	.quad 0x3f4c8722090720be, 0x8000000180000000
	.quad 0x1f9bbbf37f45fe9d, 0x3d66fd063f80fd02
	.quad 0x0008bc74c4be300c, 0x8cfc52ea1cff7c00
	.quad 0xffe139f679ab6afa, 0xffda29c00ee5fa2e
	.quad 0x4024000000000000, 0x0fb444b36ae8fc7f
	.quad 0x3fcdb0835be6d0e5, 0xc19ad8be58800001
	.quad 0xbe35c95db9d78000, 0xfcc1a42effffffff
	.quad 0x400aee06c0acbbd8, 0x7ff9d635a9ff9e0a
	.quad 0x9d6a0e313492bca2, 0xfff0000000000000
seed54:
	.quad 0xffffffffffffffff
	.quad 0x0000000000000126
	.quad 0xdf341490f473b37c
	.quad 0x978f64d05b0891e2
	.quad 0x7b42f01efafb03a0
	.quad 0xfffffffdbe08937b
	.quad 0xfddda1401ae447c2
	.quad 0xd32f5f3ee8ee726c
	.quad 0x8716894862eb0122
	.quad 0xfffffffffffffc67
	.quad 0x000000039b2c8adb
	.quad 0x0000000100000000
	.quad 0xe1aa2631e3ddba7e
	.quad 0x3e2fc59f8dcce75f
	.quad 0x918ed90449f55a64
	.quad 0xffffafe242178cd0
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x81d7ec8f8220ce60, 0xc008000000000000
	.quad 0xffb05c10bd91bf6f, 0xff9bcbb8919cdd6c
	.quad 0xc126000000000000, 0x3fb5b3172118ba45
	.quad 0xc11c0000179fb09d, 0x926cb71e0b34e502
	.quad 0xfebfb5abbfdfefc7, 0xfff8000000000000
	.quad 0x5f0bcd660110fcbb, 0x3d753d54988b1b83
	.quad 0x58c59c0e54677e00, 0x7ff0136103b30730
	.quad 0x7f80000019ddf4f7, 0xd5d00c7aec237c6f
	.quad 0xc3d77353c11c0000, 0x405626b1ce95d1d0
	.quad 0xcbca845d48b40000, 0x0000000040500000
	.quad 0xffefffffffffffff, 0xfe2d159ad99a032d
	.quad 0x3ad538fc75dac8c0, 0xffe0000000000000
	.quad 0x7ff04695cc1683f6, 0x8000000000000000
	.quad 0xb91187c6ff8d5988, 0x8006a7003e2e3b9f
	.quad 0xaa1fdc02235b8500, 0x7e95db37073094eb
	.quad 0x000a31309a2d762d, 0xc04564e921098319
	.quad 0xbb3f5543c7bf97b2, 0xbffebdbbc39e5c57
	.quad 0x7f3167dc826307c6, 0x459000007fc00000
	.quad 0x4035087d89713c6b, 0x4e182d93fff47bf6
	.quad 0xffe0000000000000, 0x3e3fb9c4ffc00000
	.quad 0xfbf4a1667fffec7f, 0x0000000000000000
	.quad 0x60e0cb9ad6f7f982, 0x5dcec6997bef86df
	.quad 0x8d58b688ac77feef, 0xde262a0e9e3eea70
	.quad 0xc5ed373ad6b9ff7f, 0x900453ca7fc00000
	.quad 0x7f800000d9fffffe, 0x3e2ce3627fbda0a7
	.quad 0x82911edb4bcbf294, 0x8000000059800000
	.quad 0x9b192ca2ffe4fedf, 0x85be48a856ab43fe
	.quad 0x4d9ea829326cfd17, 0xc062a0c5b7d50274
	.quad 0xb7be48e44eb54915, 0xfe39b1ca7fc00000
	.quad 0x3bc7d0157f7fffff, 0xdb7ed544ebde7c00
	.quad 0x3f8675e00b833296, 0xb7d19fe88f5f7dfe
	.quad 0x6a12e16a2fff98c3, 0xc000000080000000
seed55:
	.quad 0x0000000000000399
	.quad 0xa3ef4891589726a2
	.quad 0xffffffffffffffbe
	.quad 0x1f949f1abd42c623
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x2dc85c634f78d2e0
	.quad 0xfffffffffffffff4
	.quad 0x86a14935695c2bd5
	.quad 0xfffffffffffffdbf
	.quad 0x618722311a958013
	.quad 0xfffffffffffffc24
	.quad 0x07725a4f98435685
	.quad 0x0000000000000296
	.quad 0x000000000000028e
	.quad 0xfffffffffffffc5d
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x4f7fffff00287587, 0xe4901ac7f76a0579
	.quad 0x38300000ff800000, 0x7fdfffffffffffff
	.quad 0xdb296c5cbf777fec, 0x73936c5f260fd3dc
	.quad 0xf76ad749f2d6ffef, 0x8017659ccf923ef1
	.quad 0xc0782208b668ecd3, 0x42f80000886f2fa7
	.quad 0xfff8000000000000, 0x3f800000d83f9f6f
	.quad 0x3fa9595ad377ff7f, 0x41e032a3e8fc7c00
	.quad 0xfed9e2d0239d2bcd, 0xffdfffffffffffff
	.quad 0xf4c794f0e9d58000, 0xc0d80000e2c3e75f
	.quad 0x8fe55b63bbfb0e72, 0xc162d2d7f3a88268
	.quad 0xc51c1043ff2ffff9, 0x5c43ed3678f2c540
	.quad 0x407ffffe3e8dcfcb, 0x91d848cbbbea83ff
	.quad 0x8001675f743518d0, 0xc3f142735ce7155b
	.quad 0xaf40eb15f7fffdbf, 0xbfd5c42169cc08cc
	.quad 0x3b86c699f1fd02de, 0x4008000000000000
	.quad 0x7f80000040480000, 0x6d481d17bcc22335
	.quad 0x7fc00000bd100000, 0xbfea35c17a634dca
	.quad 0x3a6ea6ca78753400, 0xc010000000000000
	.quad 0x6fecd41846f62f0d, 0x823477166dffbc98
	.quad 0xbfe8000000000000, 0x7ffc3c3143a1b088
	.quad 0x8011e3499e020252, 0xf48a10827ef8e36a
	.quad 0xebd48178d75dc811, 0x14424e8dc087a0d7
	.quad 0xfff8000000000000, 0x3f806bfe4baa91f7
	.quad 0x3fa000007f80a22b, 0xf81e6871fff77efe
	.quad 0xf57a8944f93c65b6, 0xc7f00000dedefc93
	.quad 0x070e3f9fc2778cec, 0x470e857dbcdea3db
	.quad 0x781e54e9d2f625de, 0xfff0000000000000
	.quad 0x016ee61c3c5d7de0, 0xc0f0000000000001
	.quad 0x7ac9ee1dff7bfbee, 0x40d0000040200000
	.quad 0x5fbdc52e5a6b7c4d, 0x397b7a2bedfbdf73
	.quad 0xfc5886220e82907b, 0xbf9219c1c75dedb4
	.quad 0x78887bf82efe02d0, 0x3ebe6e0dc9800000
seed56:
	.quad 0xffffffffffffffe3
	.quad 0x0000000100000000
	.quad 0x0000000000336224
	.quad 0xf6890eafc7831eea
	.quad 0x000000000000032f
	.quad 0xfffffffff6539d61
	.quad 0xcb224bf28f500cf8
	.quad 0xffffffffffffffff
	.quad 0xd15b9b0d9df332c6
	.quad 0xfffffffffffffe8c
	.quad 0x003ab65c0b87c4e6
	.quad 0x0000000080000000
	.quad 0xdc5a9abf9802e06f
	.quad 0x00000000000003da
	.quad 0xfeb907123ade260d
	.quad 0x37f5c65d94c61068
	.quad 0x04000000
	.quad 0x90000000
	.quad 0xff806692ffde40a1, 0xbfc449c7004dfd41
	.quad 0xee9b0fa3bcb2e8da, 0xc3efffffffffffff
	.quad 0x835a9c6bb48fa9fc, 0x6d2e9d4e53d8bc01
	.quad 0xc07ffffe3faafd4a, 0x41c969ebffc00000
	.quad 0x8b37a07cff7dc001, 0x3844361cd7357400
	.quad 0x7f8000003bc72445, 0x0e35d71e80000000
	.quad 0xd33bc24791069144, 0xfe3ebe01d4aa5afd
	.quad 0x3fe5485c84cf2f08, 0x7e0bfc18074969f2
	.quad 0xa0757e5bffd7a6ff, 0x47c00000bf6406b5
	.quad 0xff800000c3ba20e3, 0x39bcb7d2bdc5fda1
	.quad 0xf120d945bf2805fb, 0xe8519adb17d6fd20
	.quad 0x99ea8c65b0c28508, 0xc1effffffffffffe
	.quad 0xd0876b817ed7fb74, 0xa9aa54ac1ef479a6
	.quad 0x7fa8b0857fbc95e6, 0xe0e1adad0074cb72
	.quad 0xc00fcea380000000, 0xbf796bf801168a29
	.quad 0xd5b9f2e36e601f57, 0x443749ef83f0fce8
	.quad 0x4d7bb5ab28cd15bf, 0x3c819a1a7f800000
	.quad 0x7ff0000000000000, 0xc076000000000000
	.quad 0x848ddc708120542f, 0x15943289ffffffff
	.quad 0x3fbd9334eed120ef, 0x87a79399999a0000
	.quad 0x841466a6a19b1912, 0x7fe95425bc03fb59
	.quad 0xe9f6b67c2aadbcfb, 0xbb5aefeff0ff4fff
	.quad 0x407fffff41e21ee6, 0x7ff508bcf631a69c
	.quad 0x7f8d3d6d49a68000, 0x654e15a5d950fe00
	.quad 0x0632165ebfadfef7, 0xa84f4b853aea84ac
	.quad 0xc0d8000000000000, 0x81e4f73250fbc2a2
	.quad 0x4662edbd7efb7a7e, 0x8000000000000000
	.quad 0x895d5844bc339a4f, 0x4069415685dfae1c
	.quad 0x36c000007ed0a8b1, 0xbfc9d5c18202ad92
	.quad 0x0005c23d47731563, 0x3fbe4213ee6b7bd8
	.quad 0x40398279fd5f2fa4, 0xead2034efddf936b
	.quad 0x28fc554bf42e323b, 0x16b4302300400000
seed57:
	.quad 0x0000000000000000
	.quad 0x0000000000009a98
	.quad 0x004dd3c117cf940a
	.quad 0x64b7daec1d59e0d7
	.quad 0xcad7261661af968f
	.quad 0x8f474dbd5525d905
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x33440756a67e03d8
	.quad 0x8f0b17c49842aac4
	.quad 0x3727baeb2e086f67
	.quad 0x00000000000056da
	.quad 0xe366f8fa19d8c2f3
	.quad 0x0000000000000000
	.quad 0xbbb1053d6c33b61c
	.quad 0xc10f848d6881cc50
	.quad 0x02400000
	.quad 0x40000000
	.quad 0xe4287647f6fd3a2f, 0x3e00000000ffffff
	.quad 0x4b14e8bfef32fbbd, 0x4066d947fa88d6cb
	.quad 0xd65328377fc00000, 0x4200684200000000
	.quad 0x5f13aa6ab6100000, 0xfff473ba463db4f4
	.quad 0x7f80000080000000, 0xcf800000a8603520
	.quad 0x82168e561797f4c7, 0x228ab70fbf4b4f2f
	.quad 0x2079877200000000, 0xc273a93066bb67bd
	.quad 0x7ff0000000000000, 0xffab002d7fb94fee
	.quad 0x18ffcfc4ff47617e, 0x410e0000530036b2
	.quad 0x3d72fab8ff800000, 0xe0800000e35a9d19
	.quad 0x6f3fd631ffc47a38, 0x7ff0000000000000
	.quad 0x400f3ac8feffffff, 0x4060b9e40cd39885
	.quad 0xffd146b4c1c42999, 0x022e3984dbdc7400
	.quad 0xd980000081761c92, 0x0c0463da68062b51
	.quad 0xc0f197fc7e413ccd, 0xfff2975e40c00000
	.quad 0x98f012feef137012, 0x0000000000000000
	.quad 0x3631738f471f0000, 0xfff0ab2d2f95316e
	.quad 0x0000000000000000, 0x83a655d46daaf40f
	.quad 0x800000003e200000, 0x389a744fefbb3fff
	.quad 0xf6b7586dfdbf7e47, 0xbc830557bfce758b
	.quad 0x3ff6000000000000, 0xc8babc07bef86eef
	.quad 0xcdcfa9f4d3efceb7, 0x7dc9c688407fffff
	.quad 0xd2edcd0772ff7df7, 0x517079c17feb43c8
	.quad 0xfd3409bb46b53e35, 0x72fe386bda3c0843
	.quad 0xff88c0287fb389c9, 0x3c5d5cc7bd8f23f8
	.quad 0xda072c25ff847c63, 0x02dfa4cf7b267422
	.quad 0x7860c44441ef8e33, 0xfa923346c1021aea
	.quad 0xb720000000366b16, 0x3fef5ce36a043f19
	.quad 0xfe12202dcd5e50b4, 0xff9e755303b62755
	.quad 0x2f238381f8fb1644, 0x7e85fcc0ecbfaafb
	.quad 0xedafa62cc11a0000, 0xc014000000000000
	.quad 0x0000000000000000, 0xbda7ea1c80000000
seed58:
	.quad 0x0000000000000210
	.quad 0x528ffe3d86405002
	.quad 0x127faa20dc1a36af
	.quad 0x0000000001000001
	.quad 0xaed59b9f90ab6409
	.quad 0x18e139a118d208b6
	.quad 0x0000000000000000
	.quad 0xfffffffffffffb08
	.quad 0x50792c0e6faf9de6
	.quad 0x000000007fffffff
	.quad 0xfffffffa65590a90
	.quad 0xe90b116e76398585
	.quad 0x00000000000003d7
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x2e91ddeac56c9311
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x5e55492e3ec80000, 0x2b6e7db8b6bbdde7
	.quad 0xee052ef77fe77d09, 0xfff1b84f5de11d54
	.quad 0xfb5a7516637727ee, 0xf3510847fbedd7f7
	.quad 0xc011000000000000, 0x3f2baa670b7adc4a
	.quad 0x62b338b1fe0a29a1, 0x02a813e08e8c2249
	.quad 0x529c4a86ff3dfc00, 0x92798cf03ffffffe
	.quad 0x7fc0000025b36a11, 0x00018a348826eae5
	.quad 0xbf1535313c731d2a, 0x1c47dd61b69e52d5
	.quad 0xeee40492e5d87800, 0xffc00000bd1a051f
	.quad 0xb07ab208fadebe31, 0x804474faf36dba3b
	.quad 0x804bff956a29630e, 0x50a1c865bee37fb4
	.quad 0x7f1fd738c72b083c, 0x0017528157d3d747
	.quad 0x7ecd82a64c8a81c2, 0xbca2c87446ae7fb9
	.quad 0x0062d2c571338361, 0x7ff0000000000000
	.quad 0xffa6e1fb2c9bc8e7, 0x3e095902ff800000
	.quad 0x7ff8000000000000, 0xffe93f61a236c3f9
	.quad 0xc11583e93f400000, 0x420000007faa209d
	.quad 0x40a0000080000000, 0x008c5e5c41d6a515
	.quad 0xfff0000000000000, 0x3d35717bdea90f08
	.quad 0x7ff8000000000000, 0x82b974330595080d
	.quad 0x4198799c40c269eb, 0x7ce00450e791b515
	.quad 0x3fc0832522c98670, 0xc0a291647f78aee6
	.quad 0x5e326cb880000000, 0xff2a60fdff800000
	.quad 0x8c4ade3d80000000, 0xaf5e50af0febe89f
	.quad 0x7f80000000000000, 0x8dc4646fffc00000
	.quad 0x7845e530fef95a18, 0x2e55ced0503adbc3
	.quad 0x03650074b51d121f, 0xe905b0137fc00000
	.quad 0x7ff8000000000000, 0x8008000000000000
	.quad 0x52fc93eec4784c2e, 0xbf844a28a71c55a2
	.quad 0x0315d68742e4896f, 0xfff59628f1b8d685
	.quad 0x7f000000ff800000, 0xa3fddbe32cbaf6f1
	.quad 0xcf7fffffff800000, 0x7dba05ffd92122b7
seed59:
	.quad 0x0000000005793aa7
	.quad 0x0020000000000001
	.quad 0xa31c672dc18cf1ed
	.quad 0x00000000ffffffff
	.quad 0x7113f2c3b3d5d646
	.quad 0x29cda2ada9f3d495
	.quad 0x0000000100000000
	.quad 0x194c4c35e9389fde
	.quad 0x0000000000000393
	.quad 0xfdd45f3a04538acd
	.quad 0x1462db7af322f765
	.quad 0x000000039ad65a51
	.quad 0x00000000025e48dd
	.quad 0x0000000000000000
	.quad 0x9edb54007f5d5592
	.quad 0x0000000000000010
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xd75457a5b6cdc992, 0x3fdd0b50ce53be02
	.quad 0x7e7444119bc8c78c, 0x8964f5fe6610fe00
	.quad 0xc8c309be42cb1ddd, 0xc283138f7529a273
	.quad 0x40f0000000000001, 0xfff5809714094d1e
	.quad 0x61b006ba7c3dd08f, 0x809e4d2ceaeb4192
	.quad 0x7f8000008117bc61, 0x60880a4ac8f67c00
	.quad 0x0000000000000000, 0x4018de9ea01fe165
	.quad 0xc01a000000000000, 0x870d35217ffbbe9f
	.quad 0xbefe45d0817fffff, 0xbfdf800000000000
	.quad 0xc3e4e1c414d87664, 0x41655324676dcd95
	.quad 0xddf8f7805d763c01, 0x27ec1c56769dffbf
	.quad 0x448e8be57c93da00, 0xffc0000040f00000
	.quad 0x3695ff77a8347800, 0xbff8000000000000
	.quad 0x40000001ff800000, 0x90cb5027a5afd45f
	.quad 0x40267a04801d95da, 0x3bf85bd87f800000
	.quad 0xc215d174b25b061b, 0x800000007fc54b58
	.quad 0x0008000000000000, 0x0bb408e77f800000
	.quad 0x7f80000000000000, 0x3d1c00009af55008
	.quad 0x3f83d7699fc909be, 0x0010000000000000
	.quad 0x1679b0f77ffb37cd, 0xef8d0974c6400000
	.quad 0x7ff0000000000000, 0x002f377d55b405ab
	.quad 0xc2084b64426ef531, 0x7e6513e7ce4831f4
	.quad 0x410c000042af69da, 0x9d4ebacbbe20fe00
	.quad 0x7ff8000000000000, 0x007449a1fe13f65f
	.quad 0x1b6cbba79bfa876a, 0x80014086a8fa80d4
	.quad 0x7f952f3380400000, 0xf4ff15ed7f92d011
	.quad 0x53481510ad8afc00, 0x400fffffffffffff
	.quad 0xbbdf9304ffb0c3d7, 0xc0690eb089c94511
	.quad 0x7fd1f8217fc2544e, 0x3cd00bebbcf75519
	.quad 0x107cc535801c1675, 0x5e473e61fdb47c0d
	.quad 0xe566b83fc06e8000, 0xcd8099e2fd09ff72
	.quad 0x7ff60cd7d7de9dc0, 0xbf6c0000c0700000
seed60:
	.quad 0x00000000000002fb
	.quad 0xffffffffdfb144fe
	.quad 0x7fffffffffffffff
	.quad 0xffff59f50ff023fe
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe38
	.quad 0xffffffffffffffff
	.quad 0x13640bcf6ab97132
	.quad 0x00000000989a1302
	.quad 0xffffffff95ce5807
	.quad 0x0000002efd573839
	.quad 0xa1e3ceec0be759ed
	.quad 0xfffff938e54e189c
	.quad 0x00000000ffffffff
	.quad 0x0000000bdde3ef10
	.quad 0xb3579f713f4d59b7
	.quad 0x07800000
	.quad 0x20000000
	.quad 0x00000000ff83a264, 0xb2c55aa2ffa349aa
	.quad 0x98d1d3d2bdf6fee7, 0x7fe80d94998de83e
	.quad 0xbc018467c02b2d74, 0x3f1f800000000000
	.quad 0xbfad1ab0a5e0c8a4, 0x7c7ed649067bffb7
	.quad 0xcdf4819c13f4faf0, 0x9666dbaefffe5faf
	.quad 0x7ff0000000000000, 0x8004607cc8896dd1
	.quad 0xc014000000000000, 0xe5ff55a2e11a7d65
	.quad 0xfff0000000000000, 0x26bbc2bb7eedff9f
	.quad 0x1862e3a94683c68f, 0xc096000000000000
	.quad 0x80905019ff800000, 0x7fc000007fc00000
	.quad 0x3721d0ae97467fff, 0xc24688333f600000
	.quad 0x39eeec0e7fbbbee3, 0x135d649fc77fffff
	.quad 0x3e957c80ffc00000, 0x5f3c17e6fffafeb5
	.quad 0x4003000000000000, 0xb0b1f799ce25ce80
	.quad 0xf306f6a6ff800000, 0xff87fd77cf800001
	.quad 0xfff0000000000000, 0xc98c0000beb2e460
	.quad 0xbeef700000000000, 0x4a2ad4a82ebd5c9a
	.quad 0xd7ff6d6480d88531, 0x85aa19be82220bff
	.quad 0xbf7e290f231b63e6, 0x7f90a9589252e980
	.quad 0x800828aedb6f0aa5, 0x21efb7b4c994fc00
	.quad 0x3ba571767fc00000, 0xc3f98684c0beffff
	.quad 0x800fffffffffffff, 0xdc10ec89d5cfdccc
	.quad 0xfff0000000000000, 0xeee82313e69f7bff
	.quad 0x3b19500f441b71d2, 0x3d6ddef4bdfdf7ff
	.quad 0xaad67984fbf822f0, 0x441ff2f1f7df7f71
	.quad 0xc0b245a23e4a58d4, 0xbf6b3eadc4b78001
	.quad 0xfff0000000000000, 0x8008000000000000
	.quad 0xffc00000c2620966, 0xffefffffffffffff
	.quad 0x7ff0000000000000, 0xc35dd7ae38234250
	.quad 0x007db26eb6400000, 0xeeae094a8055b927
	.quad 0x8008e00dbb80b36f, 0xfff92cf2cf02090b
	.quad 0x4fcd6f01bde37163, 0x7ff0802f9bfe3fa3
seed61:
	.quad 0xffe9e2209202b702
	.quad 0x0000042308c91de3
	.quad 0x0000000080000000
	.quad 0x0000000000000104
	.quad 0x00000000000001c2
	.quad 0xa8f5078ca742ff2f
	.quad 0x000000007fffffff
	.quad 0x000000000000023e
	.quad 0xffff9fbbb7f6e790
	.quad 0xfffffffffffffcb1
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffeac82c
	.quad 0xfffffffffffffccd
	.quad 0x0017a4df400d237e
	.quad 0xfc671452e40afc18
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x8cfc9794237633de, 0xfdaf362311318d7f
	.quad 0x033cbf83d2b67b6a, 0x3fb49c9b86cd15f3
	.quad 0xcffffffe4007f577, 0x066a73ec41c5ba03
	.quad 0xa674fbce6a2db29c, 0x5da0a90ef7b09700
	.quad 0xffc000003c1c3dd4, 0x4016de0d5ef422be
	.quad 0x425017973ec00000, 0xc20e0fd12360ff28
	.quad 0xe80fa57ae8b40499, 0xf59ba2044990f7ff
	.quad 0xd6cbcc947e45fc02, 0x5a24d9a6cb19fdbd
	.quad 0x7f000000da7ffffe, 0x03ac1db120156a8f
	.quad 0x401d000000000000, 0x4f8000010040a132
	.quad 0x3ffabf623fceba8f, 0x1803b7f7f26f7d68
	.quad 0x00066e6fa1dc1315, 0x7f9d48876e9b2758
	.quad 0xfe3ba6600ad741f4, 0xffc00000c1164e01
	.quad 0xfff093616e7820dc, 0xb89a0bc691f703ff
	.quad 0xcd414219ffffcee6, 0xf1965cf359f3beb9
	.quad 0x40840000401d396f, 0x7e1d9f69bd222040
	.quad 0xc133000000000000, 0xbf7236f1c9cc6599
	.quad 0x3cc77023ff910000, 0x4c0d8a96ffea076a
	.quad 0xc07fffff6f62b3e8, 0x77a8c7b83d246e0c
	.quad 0x21a6b8092294e352, 0x4023800000000000
	.quad 0x7e8000007fd9c99d, 0x7ffd0e96afef549f
	.quad 0xbbf77224af6f29a4, 0xc462e017f4bfc52a
	.quad 0xbd000000ed72e937, 0x8000000000000000
	.quad 0xbd417a8abe1e12cf, 0xa9ef229dfefeff58
	.quad 0x7fc000002d005548, 0xc08000005f800001
	.quad 0x2e504e1ce0e6a48a, 0x302dc7d6e77fffff
	.quad 0x1ee9ec448ba1d7ed, 0x3bffb41d80441f78
	.quad 0x901ca80cffe13d83, 0x81b59cd2b2752a9d
	.quad 0xfff002ae4c61acca, 0x7ff0000000000000
	.quad 0xc0d800007f8cf797, 0xfff328ca13e03815
	.quad 0x55a6ee29bee4dceb, 0x8e3d67f2fffbaffa
	.quad 0x3c8d090f153381f3, 0xd87f5a6fbeeb885d
seed62:
	.quad 0xfffffffffffff66f
	.quad 0xfffffffffffffffd
	.quad 0xffffffff3a5ff6ac
	.quad 0x0b8d5b67d4229f5d
	.quad 0xfffffffffffffebc
	.quad 0x000000000006be18
	.quad 0xfffffffffffffe21
	.quad 0x0020000000000001
	.quad 0x00000000000003a4
	.quad 0xf9a70a355468d363
	.quad 0x000000000000005d
	.quad 0x0893521a18a3d046
	.quad 0xfffff0f09eae564a
	.quad 0xffffffffffffffd4
	.quad 0x00000003a29b02ff
	.quad 0x3ddfde3c2754f357
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0xda105fb9410c0000, 0x5f800000ed1b339a
	.quad 0xc00e3a8c479137ef, 0x77d1836a47fffffe
	.quad 0xc32194eb38320000, 0xfff0000000000000
	.quad 0xce697be8536cf996, 0x3b300000ff800000
	.quad 0x15f8bcc3db43d2ed, 0x8142e2bef0054a59
	.quad 0x00224e58c2750ca0, 0xffb9de21ff800000
	.quad 0x4ea9bb507f8d4c54, 0x0000000000000000
	.quad 0x0239fa3c4181c282, 0x40469e97bd8e7f86
	.quad 0xfff7b65840000000, 0x68e5ab787ea1be2c
	.quad 0xf544de725a39fc00, 0xff800000807fffff
	.quad 0x40442410c249444f, 0x428b42f97bc7bbc5
	.quad 0x6dacbb2344978155, 0x7ff0329f849ac12a
	.quad 0x3753e86f7e7cfbff, 0x7658ccd3ff800000
	.quad 0x2b05c3f71fd6fc00, 0x02c2324ddcee2142
	.quad 0xc03000007f800000, 0x7ff0f8279d1072f5
	.quad 0xb0a217583eb45765, 0x43b0000000000001
	.quad 0x4037800000000000, 0x4009093389779678
	.quad 0x9976204feff7ebaf, 0x3c90ebf9bc1c2209
	.quad 0xb86cffcd7bfffde6, 0xc700000000000000
	.quad 0x76d3052537442225, 0xffac0862c28a45ee
	.quad 0xbb86fb7580000001, 0x414c0000fe8080ec
	.quad 0xc0bd7da77fa177e9, 0x348a6197446e3817
	.quad 0xc3a6fea940980000, 0x7d227466d0a349d6
	.quad 0x023feb3ea0cde4d8, 0x079300327fd6ff6e
	.quad 0x80000000c1a2e320, 0x54800000c1180000
	.quad 0x8000000000000000, 0x49600000ffb1af79
	.quad 0xa39cbe2ea70ca803, 0xfe455077c806110d
	.quad 0xeb9cbaeff7b9010f, 0xc0180000f5a6bca9
	.quad 0x3ff4000000000000, 0x455adac596405e3f
	.quad 0x181f7a7800000000, 0xfe3453e5ba970f10
	.quad 0x508d33463c484cf9, 0x14fa3362fff12015
	.quad 0x00000000be4d12fb, 0x801fffffffffffff
seed63:
	.quad 0xffb3f9011ad06547
	.quad 0x000000007fffffff
	.quad 0xef8ac9d4d79de202
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x98f2cce61072e6e0
	.quad 0x913bb5a38e0d4d25
	.quad 0x0020000000000001
	.quad 0x0000000000000758
	.quad 0xd48888dbd77f2ef7
	.quad 0x145a36c7b5f60bac
	.quad 0x9bfbefe27d65c670
	.quad 0x0000000000000241
	.quad 0xfffffffffff6bd81
	.quad 0xffffffff80000000
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x8010000000000000, 0x4205df5800000000
	.quad 0xdc8f54cf7eb7fe0b, 0xa539185f24d1a05b
	.quad 0x9ee493f119e369ff, 0xbf3050e1c0000000
	.quad 0x6320e2c2ad067bff, 0x8000000080400000
	.quad 0x854b0647d5d8c340, 0x801fffffffffffff
	.quad 0xfe800000f0502773, 0x7ff8000000000000
	.quad 0x8000000000000000, 0xc0b8000000000000
	.quad 0xfe53abaa82ca95c0, 0x0016d4b2436f297f
	.quad 0x7ff745414dd0a919, 0x3fc72ba4d990cbac
	.quad 0x8008de310027cf46, 0x06d29006a7a340c6
	.quad 0xf6748f14c24a7c00, 0x3b0c15f6ff3bfc00
	.quad 0x0000000000000000, 0x3f757c72f8e1d23f
	.quad 0xfd4bc90401bf7d81, 0xa9a1e3c5ff953c00
	.quad 0xc330000000000001, 0x8000000000000000
	.quad 0x426ff57b31c71fcd, 0xf3394ea5853a4060
	.quad 0x3c5f0466c1ad2f41, 0xbfbb550119c38879
	.quad 0xfffa8759d00c05c0, 0xc244971440400000
	.quad 0x64f248c730655801, 0xfea3c81342353409
	.quad 0x400ca79d4c4fe025, 0xf5448542febbff1f
	.quad 0xf83c0b35d19f1f62, 0x7eb1c321c8288000
	.quad 0xdd127e863f7f1e46, 0x00ce465f1d13923a
	.quad 0xb5dd54d89ff3d693, 0x0000000000000000
	.quad 0x47000001a793b0bf, 0x141a2bbc064dcbf4
	.quad 0xc33ffffffffffffe, 0xfeffffffc198ac11
	.quad 0xe37d3e135f191b54, 0x7ff5119d2a57d365
	.quad 0x7e65e668b18ea883, 0xfff8000000000000
	.quad 0xfffbc6481991d016, 0xc2202f88ff5efc05
	.quad 0xb20361a1d6c74732, 0xbb3dd1b8bf7d13de
	.quad 0x401d000000000000, 0xffed7c39c0cc0000
	.quad 0xc0c4565d40680000, 0xcf76ae10480966dd
	.quad 0x2400f999ffbe7e00, 0x87e72812c1573ca7
	.quad 0x3e4df2e1ffb9fcf3, 0x7ff12d91162b4910
