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
	.inst 0x7e61c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee6c471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e690932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e37b013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e700264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e740a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61a857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1bb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee7cefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2768fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e25012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1a81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7fcd99df
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
	.inst 0x1e6c21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e6169d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e2a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc21a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4844f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f2fe4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d5016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee5edfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6349bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3801ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f25fddf
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
	.inst 0x5f32fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e26d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e622a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f69b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fc391f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fa39939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e5992aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2222d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f42359d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021e8
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
	.inst 0x1f4200d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4e20b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e203932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f37fc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e26f675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2300d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc09017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee7ec58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b1819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e252120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61a83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62483c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70c9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e02e57f
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
	.inst 0x9e028d90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7d1012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fc99933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f204974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0c9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0c956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6302d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f01c818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21fd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f8d9a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a081b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21889c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1b9bf
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
	.inst 0x9e2001a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b6c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2fc570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e672090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ef1f436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f23a437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee7c478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2bf539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b487a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e651a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e23ddfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fcc905d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e273563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e21d87f
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
	.inst 0x5f34fd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b95d1
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
	.inst 0x1e6c8a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f013cf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eb3c557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e662230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b3919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f60351a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea9ff5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e75383d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f79ff
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
	.inst 0x6e61c990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0e2412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6fcdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2fa69156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd01997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f3fe578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f54a89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d34c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c21d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6efc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d0b5f
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
	.inst 0x1e6bec70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d7011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30f852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6200f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee0c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e780167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f32b138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0cb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21b9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e23dc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e616b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f350dbf
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
	.inst 0x1e6748f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eeee591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e18ed02
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3029b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61d914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e643995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e74dc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee24157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3801e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c4899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6179ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e22e67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64895d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e7ef7df
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
	.inst 0x6eb0f8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eb0e591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e300202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e4298b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61c954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6300b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f31b0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0fc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a59bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6209bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1fa5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eafc45f
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
	.inst 0x0f8f99b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e5971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e221912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3294b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e713492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e616a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f59e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e28e557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7349f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e234af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2a221a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e68006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc3909d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e36fd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee9c51f
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
	.inst 0x6e61c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2741b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e189d22
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e27d414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e740995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e72ecd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e25cdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f09a1f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fd49939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f0aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61d9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f70141c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6fcdbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea0ca3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64285f
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
	.inst 0x1f2298b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21b61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6158b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e216815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6039b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea7f4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e265958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e650249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6500ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6929dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4ea03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27407e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a68df
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
	.inst 0x4ea0c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e30fd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c4952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc65033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e65c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fa998f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70f816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61aa37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee5e418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa85179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21b8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39020e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62387f
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
	.inst 0x4fc59050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f608232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc359b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6648d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e69f555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fca1256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f34fd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f22dd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2e30fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2188fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e771d5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0f81f
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
	.inst 0x1f44bcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2141f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6358d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f5ffc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e32fdf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e658859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e59d06a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f678d3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1d85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f65169d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e02f05f
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
	.inst 0x9e195960
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2bdc11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f3ce5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e623915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e279588
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e710187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f3038d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7220c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e44b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67385b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6200dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c087d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fa818be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e616423
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
	.inst 0x1e2740d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e200161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4980f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61d933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea1d954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e71d4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e8c77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7901e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e662070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e33289a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2200bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21393c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e23e41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f45f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0c9ff
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
	.inst 0x0ea1a9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2b8e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b3993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4c2c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e25e4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1da16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e72d017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e690068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e669c7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f25b1bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f354edc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60034d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30d97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30002f
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
	.inst 0x1e390040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc458d1
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
	.inst 0x2f929253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2ef434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e32d4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6021a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e18b687
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e65d418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eede559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2ac69a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea0d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e35085c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b58dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fcf989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38008f
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
	.inst 0x4e6168b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0c8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e310222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f72e633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e703837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61b9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0fd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e25fd1e
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
	.inst 0x7e30d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2665b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e02fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e26c4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e186c84
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61b895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61b876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e9e77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f08ac18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f69d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e78f6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f65dd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e69e53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e885f
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
	.inst 0x6f25e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e5895c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea3e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f25e655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e7017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e617a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f4ffc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e25d47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59e5cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27383d
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
	.inst 0x9e29010f
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
	.inst 0x1e23b010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6200d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1f9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea198b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e712190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e613d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7620a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6cdd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e291919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e681b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f66305b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b581c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6aa87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fa5905e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f86995f
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
	.inst 0x5f5dfc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1b951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e617912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6589d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e43c4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee6d535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e74c4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e68c6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e1ef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f70c2db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21999c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f35febd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e661a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f3354bf
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
	.inst 0x7f6ce410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2ee511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21a852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e280474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e618835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e607876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e616917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0fa78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f32e499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e65032a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eadd49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6e8d9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc2533d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6efd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3901af
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
	.inst 0x4e62d430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e222090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0d8a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1b9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6300f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2115b6
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
	.inst 0x1e648978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7a1019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28793a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eadec1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62b4e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c59df
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
	.inst 0x9e1958a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e8851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f6de452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c28d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1f4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0da55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2400a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6718b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c1fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2300db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67f52b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61d9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e7de63e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23005f
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
	.inst 0x1e230190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6928d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f9359d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea7edb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2fe67f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4faa18d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea189d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef6fdf9
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
	.inst 0x7e30ca1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2301bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e28018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f74983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e21000f
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
	.inst 0x4fc199f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6efd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e653a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d18d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e21d9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7901e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea7edf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e240269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f6cfdbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6989fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c4a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0d95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60008f
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
	.inst 0x1e647810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0f8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eacc5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e030554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a7895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e723916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e70c438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63aef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea8fdba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e64002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22013c
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
	.inst 0x9e23017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b68bf
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
	.inst 0x1e256810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6201b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e318993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e035db5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21aa96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2501e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70ca7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e612190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e24032c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d28de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62011f
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
	.inst 0x1e63c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e596ce1
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
	.inst 0x1f2da9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e8954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc959f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fc19116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2578f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b7818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e68f5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e70d01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f5399fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18a96f
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
	.inst 0x7e30f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f029db1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e690222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e68e5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6300d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6929f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f271df7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70ca38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0d91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e25fd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f68215d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69897e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26193f
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
	.inst 0x1e636910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f5085b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d8a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0f8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f33e474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e214035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e24e617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee241d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f2dba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f14b87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6188fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e207ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2638be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee6e41f
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
	.inst 0x4fc790d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee2e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e603973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c38b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6140f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1ba37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eefc4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f45b87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6301fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea189fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e43f03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2300df
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
	.inst 0x1f0934d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7048d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f829092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7259b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6301b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea1d9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e616996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f5de697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e76fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e618879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6ef49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6edd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23addc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2c8dff
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
	.inst 0x1ee24130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e282210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f108612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6441d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e60c134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e240402
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcf5196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e70de58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2142db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d9431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6401ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c8bf
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
	.inst 0x1e6c6850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20fdd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e664253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f0954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e617a95
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
	.inst 0x1e690227
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e667a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2908d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6fbcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0ca3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18c4ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0c001f
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
	.inst 0x1e2c2810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fb05a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f811812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6301b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f446b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e217959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f632d9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26431b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e77d5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21a99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64057c
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
	.inst 0x4e6bdd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2cdc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e714a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02d5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e680104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e321855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e32f416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e26469c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee241b8
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
	.inst 0x1e74089a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6349fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e338b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e29016f
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
	.inst 0x9e59f400
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e676931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61ee13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f10b474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb3d5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea0c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e28c4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee9ec58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e188e29
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e242020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c0fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f33e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e35bdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21a9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0c95f
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
	.inst 0x6e61d910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6641d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0fa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e616958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6fdc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22091a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2fed3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0c85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e34df1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e6168be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23dedf
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
	.inst 0x9e640180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e277871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71d4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e23de53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f24c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0f875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f41e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2058b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3100c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f22e61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e0310fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6ac5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fa1517d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6830fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e59e4af
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
	.inst 0x1e310080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03ac71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6198b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e26e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e74ddf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e714897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7489b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30f8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e42c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e33d57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7100cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c701d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21891e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1b85f
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
	.inst 0x1f20bdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e031971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f79fdd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e717013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61c835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f5018b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c2260
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e18adc8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6168f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20dc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e19fcab
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
	.inst 0x1e5898cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f57e43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e7efcbf
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
	.inst 0x0ea18890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0c0552
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
	.inst 0x7e70d894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f22e5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e251a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e274138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d1879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79301a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7322a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2beddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3902ef
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
	.inst 0x1f018450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e617951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee9ed72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f46c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f403e14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2540f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0d936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2fa49917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f37fd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee2d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2169da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6101eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1a97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6301fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6bf01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0fb5f
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
	.inst 0x6e69d4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f7cfc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f7fe593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e21a834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e710265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e654494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e293c97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d2898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e26fdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6142ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c29b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2cf73c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f46e45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21697e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602098
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
	.inst 0x9e0289d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e212130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a0953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e224a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e734652
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f07ce16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e220017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee4ec79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21291a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e62f57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24429c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e68014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2740ff
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
	.inst 0x6e616910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f60e491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0cc112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a3953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61c975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2ea4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea0d957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee5fef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f74411a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61495b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f585c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e60febd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2fb01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e20d45f
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
	.inst 0x1e275830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e206a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e1a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fa098d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eeef675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e28f636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee240f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e262150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f538d19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e67fc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6095a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f21b8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7323b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f3a7f
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
	.inst 0x6e63f5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e599581
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f89b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e302140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1b975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fa918b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eecc5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2adc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e310229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6a9dda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc9911b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea0cb1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f44a91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61881f
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
	.inst 0x1e6d28f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee2e5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e034152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e253993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fd29935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1a976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0cadd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc050d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68028a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d78bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f7ce63f
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
	.inst 0x1e290080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2bdd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e290123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6dce34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690cf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f5dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e6169d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e303019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65287a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee2c6fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d1a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65417f
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
	.inst 0x1e6739b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e218991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0e494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4e40f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f12d496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e265978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e23f4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f00251c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e33dd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2fbcbf
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
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e661971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e0305b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f22fd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e65fcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e598967
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e6168b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66411a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e244ebb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6129fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6806d3
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
	.inst 0x7ea1edb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fa910d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e263a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee8c593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea1da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b0a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e641876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e271917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30cab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7028d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e24006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e63cd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f8d91fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25433d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d891e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e63d57f
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
	.inst 0x1f008c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5eeefd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f32b453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e380144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee2d655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f835096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21b9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3801ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03fdfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4c81bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f41b43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f5e243f
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
	.inst 0x9e190dc0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f7a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f1a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f038654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6808f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f47e456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1b8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea0c938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e23dc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0c85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28020e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39032f
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
	.inst 0x1e6d20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e690001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e24d612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fae50d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2769b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2520c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2f8177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee9e458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e244159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2abe5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d89bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28895d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e75455e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7a38bf
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
	.inst 0x2f829190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e24c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea0d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30fa55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e243857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6aac78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a29d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21409a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e70ec9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f5de45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e35d423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21d81f
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
	.inst 0x6f2afd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f5efe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f7ee412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f845054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e66e65a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e18a8c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fcf9917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f62fe98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e61793a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f69843b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28397c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0e47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f81939f
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
	.quad 0x77250f21bde1a9a7
	.quad 0x000000000000d31c
	.quad 0xdd338d7a1f6f5dfd
	.quad 0x000000007fffffff
	.quad 0xfffffffffffcf86b
	.quad 0x7c43b8a8b874920f
	.quad 0xc84b12df929a55f7
	.quad 0x7fffffffffffffff
	.quad 0x322e2ecd64a9f0af
	.quad 0x000000000000014f
	.quad 0x2bc49cb8fc92f404
	.quad 0x0020000000000001
	.quad 0xffffffffc04a7740
	.quad 0x000000000000033f
	.quad 0x718ee7a11d020b5b
	.quad 0x00000000000001ac
	.quad 0x02000000
	.quad 0x10000000
	.quad 0xf4723becc56729e0, 0x7f89127f7e944740
	.quad 0xbfce317f387159a9, 0xbf9325fe2af06e3b
	.quad 0x3fb78d771cb33e56, 0x1542622bd1284c00
	.quad 0xc013e15c5865fdc4, 0x7ffa08c1037045b3
	.quad 0xcb107e0e395e6a45, 0x802391f4037c6d43
	.quad 0x17564d147fdcd2e1, 0x7ff8000000000000
	.quad 0x7f800000017ebee3, 0x3ca5236d7f7fffff
	.quad 0x3ce99fb57470d4ef, 0x785178adfafeff5b
	.quad 0x3f90000000000000, 0x40a5d26a05bbc5e1
	.quad 0xaa4ce4ce126c0000, 0xc03eb2902cf393f9
	.quad 0x40683624c4129318, 0xfe1365a88f2db3b9
	.quad 0x7f9b272b08439b17, 0xc1ffffffffffffff
	.quad 0x83618b6912e267c7, 0x7bd4ffefd2961add
	.quad 0xbdd52f5143840000, 0x800e1c4bf49d8071
	.quad 0x3f80000000411c90, 0x61d17646e2fb6f33
	.quad 0x675338d4eae36fc0, 0x4344d8bb3d6f4577
	.quad 0x3e4573af80000000, 0xb2d9180440d80000
	.quad 0x9224e021d2ffffff, 0xad708b574e436e8e
	.quad 0xfff793dfbf7e4077, 0x33e70e3234e87c17
	.quad 0x749dd9f3bf76fcb6, 0x7ff4367f827b2dcd
	.quad 0xb8166242d2497940, 0x3f96dbaa858e1619
	.quad 0x37f46dd72f98615e, 0xec817b0241e1758b
	.quad 0x3f48000000000000, 0xe0cc66353863002b
	.quad 0xdd912c5e5357b366, 0x8c450c57eee145c3
	.quad 0xa21f6be47f85abfb, 0x1728cd1671dc8200
	.quad 0x0d715aa1ed5ed04f, 0x0b8b41acf0678e47
	.quad 0xfff0000000000000, 0x077df7f8bffbfeff
	.quad 0x8017cc078e9d710e, 0xfe9ee3ac7ca1b09a
	.quad 0x3feb812cc7e1178e, 0xf1f2d8a29d367fde
	.quad 0xffafeab4defb7896, 0xc0000001fc6efc92
	.quad 0xfdd5dad773b0ee16, 0x1b3191f8b6600000
	.quad 0xc4bcbc64fff7c7e7, 0xff800000ff800000
seed1:
	.quad 0xffffffff139ae39b
	.quad 0xffffffffffffffff
	.quad 0x2c2a0aaba61b8ad6
	.quad 0x2d8281759dc17e6d
	.quad 0x000000007fffffff
	.quad 0x00520cb23192fcc5
	.quad 0xfffffffffeb286d0
	.quad 0xa534cefaa677b0aa
	.quad 0xffffffffffffffbd
	.quad 0xd44a8ac82074cf3c
	.quad 0x00000000845311c2
	.quad 0x00000000935db122
	.quad 0x0020000000000001
	.quad 0x00000000000001a6
	.quad 0x0000000000000003
	.quad 0xffffffbd404dab26
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xdfaefe1c40e20000, 0xff80000080000000
	.quad 0xbc46886783eafdf5, 0x002fffffffffffff
	.quad 0xbd7e82ca16686f88, 0x40c800007ff43152
	.quad 0xc43fafee4a7fffff, 0x3fee570bfcfba10a
	.quad 0xba6590073ff2fb48, 0x80000001b7800000
	.quad 0x4073b9ea2d1c508c, 0x48a800003d6e45e7
	.quad 0x3feba98cfa327f39, 0xb8a3c0b8bb827c00
	.quad 0x3f9275c40c8f5965, 0xfe800000bdfac33a
	.quad 0xfff0000000000000, 0xbfc71bef40cc81ad
	.quad 0x59bb5e85bd75e6f7, 0xb16030876ebbe56a
	.quad 0x7f800000f7d03ee3, 0x7fd9dffd4f7fffff
	.quad 0x8000000000000000, 0xc5900000c2fdfd96
	.quad 0x7faf4f1cff9ebc5e, 0x055b203d00107a15
	.quad 0x002e59da510ba111, 0xc07070bf1fbfd624
	.quad 0x47000001fb3791fa, 0x7f9beaa6bd44de68
	.quad 0x598dee924cf58bb7, 0xc0b80000ffde4e0a
	.quad 0xed9ab35ca3d4908a, 0x40fffffffffffffe
	.quad 0xa5915fdeffc00000, 0xc0e000003ca1637c
	.quad 0x2071aaea7fe2c966, 0x3f9e956d71054f5f
	.quad 0x5df7e9b99ad1b7ef, 0x40db212300000000
	.quad 0xcad4dbc2ddfffffe, 0x3fd11fa984dd7fd8
	.quad 0x3e3a3dedc0d80000, 0xc77fffff00000000
	.quad 0x8183a3e528d87a6c, 0x8023d53d827c1aaa
	.quad 0x0142201ae1e54e25, 0xfff43fdfbdec9645
	.quad 0x633f9dcb3b4efc00, 0x7f264721c5a40000
	.quad 0xf1308ff197477169, 0xfd7b243559900666
	.quad 0x27df72a39e533d80, 0xbf84f28f0e887d16
	.quad 0xc5fe7ec5d2cfcb66, 0x072b284f7fdcfd9f
	.quad 0x0786c9c9e4261576, 0x97c29ce3c87ac5c0
	.quad 0xfffc9e356f0c1279, 0xc34fffffffffffff
	.quad 0x407f8952273cf33b, 0x62ab8319ffb1e355
	.quad 0x4020800000000000, 0xfffd29d3d524c679
seed2:
	.quad 0xfffffffffffffdae
	.quad 0x0000000000000001
	.quad 0xcceb5cdb574f45f0
	.quad 0xffffffffffffffff
	.quad 0xfaad50950597b805
	.quad 0x00000000000cb4e2
	.quad 0xabeaef1e73af4edd
	.quad 0xfffffffffc2fbd38
	.quad 0x4ab617fd684677cd
	.quad 0x0000000000000001
	.quad 0x47f1b782150c3893
	.quad 0xffffc1d6b5fceec3
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0xffe70cc391be9b38
	.quad 0x79256ac12669038a
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0x5d1ad6c8b6ed3f00, 0x8010000000000000
	.quad 0x42f680367fc00000, 0xc383317bff7fffff
	.quad 0x8000000000000001, 0x823ce3f78ed4423a
	.quad 0x3c47f8d7bfe78672, 0xfdc62183c637ae4f
	.quad 0xff8000007b0f1197, 0x40f0000000000000
	.quad 0xfda23be52edfaa5b, 0x7f59db21716c334a
	.quad 0x000c740edd7e8975, 0x936045ec69e09b15
	.quad 0x80748a4a3fa2c120, 0x8000000000000000
	.quad 0x8d632efbffefd093, 0x9bc1c791762470d2
	.quad 0x0008000000000000, 0xbfa00000830a14aa
	.quad 0x275f427cc4d34b29, 0x5f73040d016c81af
	.quad 0x89f2a935ebddc100, 0x836280c12691f6d9
	.quad 0x41e0000000000001, 0x236024a67ffebffc
	.quad 0xbef9a5d0bd026767, 0x7df75790f8cfffb1
	.quad 0xffe50c73f47dcce8, 0x72a5e2c6ff7fc920
	.quad 0xf5eeefbaae85de53, 0x3ae101bae2fcfadf
	.quad 0xffd351597f800000, 0x507d3f1fffddff0e
	.quad 0xe074b3777a5c7724, 0x9411f1bc2f497e4f
	.quad 0xffdaba670798d875, 0x344d4d6f7fa15be0
	.quad 0x62ef296ac7695896, 0xfff0000000000000
	.quad 0xa305a8eefd3bc93c, 0x774641b7f6b1fc53
	.quad 0x433fffffffffffff, 0xcfd4a813f6bfbe76
	.quad 0x222296ad39b58417, 0x80055140bf05c446
	.quad 0xc95a53af003fece2, 0x4000f3b5ee450843
	.quad 0x406ac82e7ae1c7de, 0x9a477017abd60fff
	.quad 0xc700000100000000, 0x98f7a851dff5fdce
	.quad 0x7f80000090b8231c, 0x41100000c3e0aa93
	.quad 0x3fb00000c7000000, 0x411c800000000000
	.quad 0xc0a000003e6c87c7, 0xf93dfa8dd8344740
	.quad 0xa4299ea3ffecc780, 0x40f0000000000001
	.quad 0x4001b52321b52063, 0x5e52e7f77c28bf8f
	.quad 0x2c27199c8cd77aab, 0xfda4bc8bcfb46444
seed3:
	.quad 0x0000000001b33712
	.quad 0xfffffffffffffff7
	.quad 0x66c2890c5d050f74
	.quad 0xfffffffffffffa43
	.quad 0x00000000da2e450e
	.quad 0xffff1bbc22e99f4c
	.quad 0x0000000080000000
	.quad 0x6df601fc5b6accef
	.quad 0xfffffffff33ffc90
	.quad 0xdb12e19cf8b6691d
	.quad 0xfffffffffffffc9c
	.quad 0x0000000000000077
	.quad 0x000000019d052503
	.quad 0x07228ee33b92ba2d
	.quad 0x72225f0970cec036
	.quad 0x0000000000000130
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x87a88fa7f506e11c, 0x3f03c22ac08935ef
	.quad 0x0000000000000000, 0x5e409918c909fd35
	.quad 0x9ed6c900977ffd9e, 0x43f0000000000000
	.quad 0xfffffffd07cf0254, 0xc654279980ec2b87
	.quad 0xb4c1fe3bbbf67bae, 0x7e2b345d00a73c3e
	.quad 0xc1efffffffffffff, 0xc1ad538b46c00000
	.quad 0x9dfdaa4af2d11f9b, 0x8008000000000000
	.quad 0xb5ca7fba80000000, 0xb865123dcf7fffff
	.quad 0xfff0000000000000, 0x4000122ce2199c3b
	.quad 0xaf2fe3b7d14f57cf, 0x78ee1f8cff944562
	.quad 0xbeb395a9e78dbed4, 0xcfa5b35640000001
	.quad 0xff800000f0e33b12, 0xff9281a4ffc00000
	.quad 0xff00580480000000, 0x80000000e085cad4
	.quad 0x8000000000000000, 0x9858cb7548ebc6c0
	.quad 0xcf978b919f81e4b8, 0x9316ec3ff3fefd2e
	.quad 0xe75a3abd7be6cfff, 0xfff4ad154c1fb337
	.quad 0xb2709305ffd74cff, 0x4554269b7bf707b8
	.quad 0xbfd39711a4e4ef68, 0x7d00bdf1b0393bef
	.quad 0x8d20f85ec06edaf7, 0x80f55d2308855e06
	.quad 0x41f0000000000001, 0x84aa91ffe9e0ca95
	.quad 0xffed1323c10c0000, 0x83927d9730ad3135
	.quad 0xc0ec0000ffc00000, 0x800b3307d83fcc35
	.quad 0xfff0000000000000, 0x3f80000080a84497
	.quad 0x88fec8a0ffbb776d, 0x3d050f13059fe289
	.quad 0x0022aca8ffc00000, 0x59fffffebfc00000
	.quad 0x7f863b6b49200000, 0x7f800000c0000001
	.quad 0xff8000008969bb88, 0x58bd66b0fec1fc4a
	.quad 0x105b0d8e8cd7fe00, 0x8000000000000000
	.quad 0x25b8b78affbd1a03, 0x3ba97e2e91eb8000
	.quad 0x7a0790bdc5a00000, 0x80c71caeffafd0d7
	.quad 0xce5e84e4cfe9c76e, 0x74dfc69ee9847cdf
	.quad 0x59fffffeff800000, 0x0ac75f1b1c6ad664
seed4:
	.quad 0x0000000000000001
	.quad 0x7621a15193efd7cc
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000297
	.quad 0x0000000faa03ad38
	.quad 0x0000000000000136
	.quad 0x0000000080000000
	.quad 0xffffffb81912a356
	.quad 0x4deb089ce88030fc
	.quad 0x0000000000000177
	.quad 0xffffffffffffff76
	.quad 0xfffffffffffffd7b
	.quad 0xb2c365de45a4d251
	.quad 0x0020000000000001
	.quad 0x0fc8c49d35e12d05
	.quad 0x8f73bd4827e8ab92
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x5290c0add7fdffdb, 0x3f1df1ca807fffff
	.quad 0xc044a8233f000000, 0x7c30da3bffcac6cc
	.quad 0xfff72deeaf17707e, 0x5e5371f2ebba8748
	.quad 0x65ad950b2a65227d, 0x1dfe1b1affd18c15
	.quad 0x405c7c1d3fab4ded, 0x31d067c6e8fcffdd
	.quad 0xbf958a516a8118e7, 0xe9ff623beedd94b0
	.quad 0x8000000000000000, 0x5ed0691ffea2a722
	.quad 0x6e0926bdc0d7fc6d, 0x817fffffc2d7236a
	.quad 0x38144fad65ecbb40, 0x8000000000000001
	.quad 0x4023400000000000, 0x93b45d1c74dd8800
	.quad 0x7fefee2300000000, 0x3cc0e1f672669890
	.quad 0xc4f93f18febfd533, 0x06061c15933afb5f
	.quad 0xe263ab3eff8244dd, 0xfff0000000000000
	.quad 0x29c7d059e740bca4, 0x0e3904c71faf8000
	.quad 0x19cc175f4377fddf, 0x80000000ff800000
	.quad 0xc038000080000000, 0x007fffff40d0e0e1
	.quad 0x995a67a9dc657e04, 0x000f9a2d3e0da106
	.quad 0xffc0000040795cf1, 0x3a6606e4ecfa8400
	.quad 0xff8525e0bba34c03, 0x7be5e936ddd3b4f3
	.quad 0x39cddd04de9fb9cf, 0x8000000000000000
	.quad 0x319bd48fc541acfe, 0x3f78fcacc0830aa0
	.quad 0x87d886c2093ffc02, 0x7e333c1ef2a53156
	.quad 0x3f7fc2a7a940c835, 0x000440b072310e13
	.quad 0x403df1228e4d1ee6, 0xb6444708e61cf948
	.quad 0x7fd36e15380b0000, 0x7e800000ffd9988a
	.quad 0x3fce495c7f5e8eb5, 0x47ec000000000001
	.quad 0x08daae13bbfcfd43, 0x8000000134cb5418
	.quad 0xce3ece2f2cfb75ff, 0xae3ec3b4ed24ed92
	.quad 0x800fffffffffffff, 0xffdfffffffffffff
	.quad 0xda000000ff800000, 0x7ff8000000000000
	.quad 0x3ba7b80a2bee54a6, 0x8263704cfef527fd
	.quad 0xbfb08a412a97de52, 0x7b23e39970397d1e
seed5:
	.quad 0x0770d0e40c57ecc5
	.quad 0x755d6cc05a41557e
	.quad 0x14f7ac7f5994b73f
	.quad 0xcbc7592d49526e08
	.quad 0x0000000000000000
	.quad 0x0000000010fc3708
	.quad 0xfffffffc54d5c1a1
	.quad 0xffb37e7bde0b41fc
	.quad 0x46f942de48e6290a
	.quad 0xfabeec891a10e4ac
	.quad 0x0bd4bc8d71aacb4c
	.quad 0xfffffffffffffd08
	.quad 0xffffffffffffffb6
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x0001e80f8a4f8399
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x400b4ec811132d04, 0x003cac8900000000
	.quad 0xc0277dc640e00000, 0x83801a94c5bfc63f
	.quad 0xffa4f63ac0fc0000, 0xc34aeaa390989588
	.quad 0x09ac08d15a66b1f3, 0xeaaa495b55bb0000
	.quad 0x3f93f9bf54de3359, 0x6e563e5ab3fbfe96
	.quad 0x000358fce8996fd1, 0x1e831f9940400000
	.quad 0x82adad4c08a19230, 0xfff0000000000000
	.quad 0x0198124c63938a6a, 0x000853623161c475
	.quad 0x20116b2cd7db27af, 0x0f5060e9f7fa7ff7
	.quad 0xa0e9ca4c264c08a8, 0x0000000000000000
	.quad 0x89c099d07f96b7d1, 0x3e4ddc717c0ada24
	.quad 0xacddd2812eae0000, 0xacfa76be83d29742
	.quad 0xc00fffffffffffff, 0x076ecf75e67bfb7e
	.quad 0x50a2ebbaffe1fd9e, 0xac1171aa4bd7056a
	.quad 0x3f80000000000000, 0x09e3a6cb3c1238cd
	.quad 0x4010000000000000, 0xc1ffffffffffffff
	.quad 0x43e70e697a0664f2, 0x7ff8000000000000
	.quad 0x4f8d2ec7ddf13049, 0xbd0ddf5d3bbd52d1
	.quad 0x69bbfd9d97619b3d, 0x830caa37eb283b07
	.quad 0x41bae032ffaaaab3, 0x53a21a98d9b7b733
	.quad 0x2f755bcedbd8fa60, 0xfff590ee0784c955
	.quad 0x4018000043378e1e, 0x03c47fa8ffedcdff
	.quad 0x70308517bcedff31, 0xbfed113ea8e10ba6
	.quad 0x2b8b3504ce867a07, 0x3454311a6eb67e11
	.quad 0xdf61901f78bb526d, 0x0000000000000000
	.quad 0x252558834535553d, 0x7f800000bdf7e9f8
	.quad 0x7f936b5fc2925a5e, 0xada4856929117e00
	.quad 0x0e7a128cffd732ff, 0x3e3d7df8004f879c
	.quad 0xff9f626940900000, 0xff800000c0d80000
	.quad 0xfff373d315a53c63, 0x4f7fdc87d85c87ff
	.quad 0xff800000fa498741, 0x3f8a3abeeb1e0963
	.quad 0x5791a716eaf8bfc2, 0xc7000001b9c2c50c
seed6:
	.quad 0x00000017aa1dc2a6
	.quad 0x1f86a59f28e03cc5
	.quad 0x92a27df7dfc083fc
	.quad 0xdda51856ede5b3df
	.quad 0xe0921d6928e65a7f
	.quad 0x0000008c3e3e6edc
	.quad 0xcf4940743a60fce2
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0xe24be16be67762ac
	.quad 0xfffffffffffffde4
	.quad 0xfffffffffffebebf
	.quad 0x0c40e06bdfadd0d3
	.quad 0x24ada8f6de37c96a
	.quad 0xe4a79623649bd840
	.quad 0xffffff580d479b99
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x41f0000000000000, 0x818311ef91292a3c
	.quad 0x34a306cac5b978bd, 0xf540d9e7bebefc00
	.quad 0x43066effff800000, 0xde4c678340c80000
	.quad 0x5573fa5e4305fb9c, 0x80f529ab7479dbd7
	.quad 0x0000000041249b6a, 0xb5f69c48cf69d927
	.quad 0x6ec4aa69ef5feadf, 0x800dca499e1a0dcf
	.quad 0xee32dd097b7fffff, 0xfff8000000000000
	.quad 0xa58846d922afa6eb, 0xfff887b50a9b36db
	.quad 0x70e4e1d6ff800000, 0x08ace72df4d20289
	.quad 0xf246116a5893bf26, 0xfff0000000000000
	.quad 0x5945394878407e00, 0xebdd55a5cc307b4b
	.quad 0x7fffdc0f7f6c97c8, 0x164a50fcf63fdebf
	.quad 0x40f73e317d8cb1f3, 0x7fd93d83fdbf88f6
	.quad 0x7f8000005bd291f7, 0xc014728f0e2c4a0a
	.quad 0x1270f5ed01d1a821, 0xc026cfa9f25de8ab
	.quad 0x267e6286fffbdfbe, 0xff926c573c7b6899
	.quad 0x9520b5d68966c4fd, 0x64b9cba5758db7c6
	.quad 0xff800000411f8000, 0xc1dfffffffffffff
	.quad 0x62a96db8bf7effc6, 0x406ec527f368c277
	.quad 0xcb5ddb75e0fd4a66, 0x94466c36f6732bf1
	.quad 0xfe46bea4ab967d45, 0x887c6a4fef83d635
	.quad 0xff000000c9c00000, 0x3e235f65123a8b73
	.quad 0xfffdc236ff5d4a63, 0xfad4aca702a20408
	.quad 0x7ff020f97488e9a4, 0x9ee408718eb7ffff
	.quad 0x80cfa0447912c3c5, 0xc32be5e336400000
	.quad 0x64af291e5fe9fc00, 0x800000007fbf4d62
	.quad 0x3c5c96924f800000, 0x7d1be4cfff63efd9
	.quad 0x87f8d59fd573a300, 0x1210c872beeccdd5
	.quad 0x826f4242cc3adf39, 0x00dd294300000001
	.quad 0xcc6272d18bffffd7, 0x000000008028655e
	.quad 0x0cc0444b7fef5fbd, 0x5bef2e2e9ddfde7e
	.quad 0xc04812d6d82142ad, 0xbe0a47c840bc0000
seed7:
	.quad 0x000660ee84bb7697
	.quad 0xfffffffffffffff7
	.quad 0xe7313b5a29137d8c
	.quad 0x498849ca7f6be4d7
	.quad 0xfffc7a26bb0d0266
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd0d
	.quad 0x00000000248d4b02
	.quad 0x8000000000000000
	.quad 0xfffffffffffffc73
	.quad 0x0000000000000279
	.quad 0x51b439e715acd5fb
	.quad 0x9f79de877b4187b8
	.quad 0x00000223a7ecbabe
	.quad 0xbba79ffef77b4f4c
	.quad 0x0000000000000001
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xb080c7f5fe77817a, 0x7f80000059931607
	.quad 0xfff0000000000000, 0x7ebb349db1457c22
	.quad 0xff3ba4aaff824353, 0x96a49e8343a00000
	.quad 0xc353df0300000000, 0x19fc32a9cf7ee70a
	.quad 0x0e68ebe2003088f2, 0x407d1086be8b51d5
	.quad 0x7fdfffffffffffff, 0x40e6ab467f800000
	.quad 0xff800000b6620000, 0xc003e09f97ffbe11
	.quad 0x3feab9b79c814ed6, 0x80000000ff800000
	.quad 0x1c97832cecac96bf, 0x976ad3445bc87f7b
	.quad 0x7982e3f9def4b1f6, 0x5494af947fc6fd00
	.quad 0x000000003d16c55e, 0x7e8a41fd7bd96391
	.quad 0x3d187c1bbe3a3d24, 0x7ff9c0b74be148d2
	.quad 0xb2db74317ffe7d5a, 0xbff67a7ad2f82ee2
	.quad 0xbbf783f77effffff, 0x21b701d3265dfc00
	.quad 0xc5fffffe747a42ad, 0x7ff8000000000000
	.quad 0x400d000000000000, 0x3b961acc414cba49
	.quad 0xfff7bf88c62b1a68, 0x8c6853da797f7862
	.quad 0x3bce85ceffbed27a, 0x7f950fcb3f09d1d9
	.quad 0xfff0000000000000, 0x3e5a1fc5726160ba
	.quad 0x7d7e1c60774de82d, 0x800862756f5648fa
	.quad 0xc0980000d152d304, 0x0003f3b8c38b306c
	.quad 0xa1e956e5b22cfe00, 0x9a715709c823fc00
	.quad 0xc02a1e2a9b5d6478, 0xc01e961a71296de8
	.quad 0x4a5feb344bfc7a73, 0x4220000000000000
	.quad 0xc4bd5d8f86eb296e, 0xfff0000000000000
	.quad 0xced35df27fb8ffaf, 0xbd61fb61bc05f457
	.quad 0x47ec08d2ff6cdcdf, 0x7fdfffffffffffff
	.quad 0x2fa646294df97a71, 0x80000000c1100000
	.quad 0xc133800000000000, 0x0020aa0b9335713c
	.quad 0xb5c88d0048200000, 0x734662cce0c183be
	.quad 0x51f1893c61200000, 0x1676e8cc3ef40000
	.quad 0xe9cc32f2a31d0000, 0x6e42ac452ce8b272
seed8:
	.quad 0x00000000000000c2
	.quad 0xeca221d924459919
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x00000000000000b9
	.quad 0x0000000001f668f1
	.quad 0xffe4bba0c9b94e00
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xfffffffffcb107dc
	.quad 0x0000000000000005
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe31
	.quad 0x39b810bedc2547b8
	.quad 0x0000683ca8fa6c6e
	.quad 0xaa4686230ef97b90
	.quad 0x04800000
	.quad 0x60000000
	.quad 0xc1060000097567ee, 0xff800000b74a0000
	.quad 0x4192d4c8a8a3092b, 0xfb4e3293afde9ada
	.quad 0x22c0be47342ac17e, 0xfe800000f416de79
	.quad 0x7f80000080000000, 0xd677e7fa51de29eb
	.quad 0xfff0f7a008394c89, 0x44cfd648be8850b2
	.quad 0x198908c6806b2f8e, 0x00d54f6c3e99e7fb
	.quad 0x80000000ff800000, 0x36400000aec876bd
	.quad 0xa9bfdfadfec84b7f, 0xb82ff28a3ea4dd04
	.quad 0x551485665c57fa88, 0x7f80000042675b4d
	.quad 0x7ff8000000000000, 0x0000000000000000
	.quad 0x7f0000001e1da52d, 0xb9b427713b99e571
	.quad 0xff800000bc69875b, 0x3f8c753cc8400000
	.quad 0x0aa4bd6dff8e96bf, 0xc00408527a4195dd
	.quad 0xc059c00000000000, 0x7feace3260aa348e
	.quad 0x275e318ac01902df, 0x04fa2b88e1576e9e
	.quad 0x7ff3972b9d3e4d37, 0x3f20e00000000000
	.quad 0xbfc503c316642e1d, 0x3d0200004f9569af
	.quad 0x6c970439fffcebff, 0x7fc000007f92c1e8
	.quad 0xc0c0000040befa52, 0x76c39c97c0bc32b1
	.quad 0xbff961be0405cd1c, 0x2614b51ebfc37400
	.quad 0x3beb83e1c52e5678, 0xfff5ebb30d972b02
	.quad 0x65dafc3cad943b65, 0x005b96bce74b8d1d
	.quad 0x2fd9d5c3f7ada3ff, 0x00576ce9ffc00000
	.quad 0x5fff1be9f7fdfac9, 0x47800001ffa48277
	.quad 0x41e985cebd228ae1, 0xc040000000000001
	.quad 0x3ba571433df02cf9, 0x4028000080695ec6
	.quad 0x0e7e55b66a1a3525, 0x7647becaae7ffffe
	.quad 0x412000003dbf4019, 0x121d1d8af3588bff
	.quad 0x5d5a7401803e4ff8, 0xf20505efff800000
	.quad 0xbbf20d639cdbe729, 0xbf758ba0d91a5b1f
	.quad 0xbfb19f9fda184e58, 0xa76c0fe823900932
	.quad 0x5f7be224b1377e21, 0x801721df25e52bb2
seed9:
	.quad 0x000000000000000f
	.quad 0xfffffffffffffe6c
	.quad 0x0000000000000353
	.quad 0xfffffffffffffcc2
	.quad 0x2906ae0b96e8a358
	.quad 0x12d9500a3f4351e2
	.quad 0x7fffffffffffffff
	.quad 0x000000000000027c
	.quad 0xffffffffffff67fe
	.quad 0x0000000000000313
	.quad 0x0000000000000000
	.quad 0x230088c277114e2a
	.quad 0x6ad04ff9c4bf657d
	.quad 0x0000000000000b0d
	.quad 0xfffd61ffa4827244
	.quad 0xfb630e63e71fb2ab
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xbf554cdbfc59ca22, 0x000000007f800000
	.quad 0xc7423040ebff2151, 0xd67ebe51fffffffe
	.quad 0x68f9f8f7efe74fb0, 0xbf8e7bb00f0eacbe
	.quad 0xff127e246528c438, 0x65b82ae7f6b1d4ee
	.quad 0x0000000000000000, 0xa11cbf3df0a7f50d
	.quad 0x3fb446a54b551f09, 0xc00cd698a1874903
	.quad 0x0057742bcf800000, 0x0028c50e80000000
	.quad 0x001f88c8e6d8139d, 0x94df043b42926654
	.quad 0x41f0000000000001, 0xf716bdd1ffc00000
	.quad 0x0fa171d28eed4740, 0xe7662ae3ffd9fd20
	.quad 0x39b0000080000000, 0x390491b880000000
	.quad 0x3f967e21f61aa4e1, 0x402000003de8924f
	.quad 0x7ff0000000000000, 0xb4c99f7f7debb5ee
	.quad 0xbf8bccd373678047, 0x4014000000000000
	.quad 0x80411f0b7ff44192, 0x7ff8000000000000
	.quad 0x8008000000000000, 0xd75c79affcefb3af
	.quad 0xfffc1edf8b1f7d64, 0xf2f02a073fb84a6c
	.quad 0x023f3257c0bd5fff, 0xfff7d60331121225
	.quad 0xc05d17fff9265da1, 0xc0dcc00000000000
	.quad 0x8b09e7d5072fa0fb, 0xc3ec3c13426d36ee
	.quad 0xeef8955e72eac096, 0x6590d519961165c6
	.quad 0xdad7c30effafbfc4, 0xffe77fa7b1d74d3c
	.quad 0xdf20489fae8bfc00, 0xea513fd6decaf71b
	.quad 0xc04947d8f8dfffa0, 0x8000000000000000
	.quad 0xc03c717cff800000, 0x29f9e057ffff3c7f
	.quad 0x7ff0000000000000, 0x23d5257a3ff07edc
	.quad 0x017fffffee5cf4c8, 0xbc6623a1bebadb9c
	.quad 0x00000000bfe00000, 0x0096c716c722faf9
	.quad 0xffc00000fbc25b29, 0x40369eafe6e7d64b
	.quad 0xb6ad54479c272b40, 0xc0ffffffffffffff
	.quad 0xc00fffffffffffff, 0xc016000000000000
	.quad 0xb6d462a3797bc380, 0x3fc0000000000000
seed10:
	.quad 0xca47723a3994ebc0
	.quad 0xbbe709eb4cd4ecf7
	.quad 0x00000000000000dc
	.quad 0xa2a5cf603668247f
	.quad 0xffffffff60bf4234
	.quad 0x001673e03403b4a5
	.quad 0x3df85b25904d990c
	.quad 0x37960399b42a1693
	.quad 0xfffffffffffffd9f
	.quad 0xfffffe350b2b6800
	.quad 0x04dac5f467dacf7e
	.quad 0x05c8104632541096
	.quad 0x0020000000000001
	.quad 0xffffffffffffff22
	.quad 0x00552f6f3ff0768c
	.quad 0xe3c7d2836cda7dfe
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0xbfec000000000000, 0x2bd93aca1b7727fe
	.quad 0x0e4a1d7df7dbdf5d, 0xebb05ce816db3e58
	.quad 0x000023a0a3046a35, 0x3a7eadf7ffdff0db
	.quad 0x7e980e879505f780, 0xe436bccb75f2f449
	.quad 0x386b4771fefef7fa, 0x80253339af0f5e81
	.quad 0x107f99bca67f0000, 0x60ffb9cac3db24e4
	.quad 0x00000000060aaf0f, 0x4000000000000000
	.quad 0xc06b4c959da4680e, 0x52128e413e6f50a3
	.quad 0x75ff0ae941706a1d, 0x89b348422ed80d62
	.quad 0x0000000000000000, 0x7f800000c1487354
	.quad 0x3de32ae6ffe539ef, 0xfdf35aa3e64f3ef9
	.quad 0x0c6cdee49763f90e, 0x0044ce6c123c420d
	.quad 0x002c95323a43fd61, 0x8e3a0fecfae6ff39
	.quad 0x7829c33bffddf9c7, 0x7f2b2b053227996d
	.quad 0x7418dcefa75eb768, 0x8000000000000000
	.quad 0x7ff9bf61a5e71162, 0x41b816dbbfd00000
	.quad 0x3ff6ddc05e357a3c, 0xc66d802d7fbcba75
	.quad 0x10ee10b4fb6ffebf, 0x3fca214855ddb7fe
	.quad 0x7fc00000850040a4, 0x7e94917a31cfaab1
	.quad 0xc933f57cc5f77fbc, 0xc09e000000000000
	.quad 0xffe0000000000000, 0x780a443dbf8221c4
	.quad 0x6f5b2e08ffb68000, 0x1a7327efb47cd4bc
	.quad 0x28980e47439fd520, 0xc88d53b2a17fffff
	.quad 0xc1181f9c534323ac, 0x9c39f60617bb7e3c
	.quad 0xfffee96534409b03, 0x807fffff80171fcd
	.quad 0x0000000000000000, 0x3c0cb2d764b10746
	.quad 0x0441e2317f8d0000, 0xe9417fd2fbfffffe
	.quad 0x3fa85ed33a36cc36, 0xf1b7a7370d424000
	.quad 0x2dc7a0781ee6af8e, 0xc1e0000000000001
	.quad 0xfa6c63d6bfa97981, 0x1f2dbd07fffeddfb
	.quad 0x7ff00325e78327f9, 0xd9f250679a670680
	.quad 0x456d0d623fb08ba6, 0x3fd28a9e4bcfc27c
seed11:
	.quad 0x481350e42b5d497f
	.quad 0x0000000005899d7a
	.quad 0x00000000000001b8
	.quad 0x0000300d6535d20d
	.quad 0xffffffffffffe311
	.quad 0x00000000054fd9ad
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x976135cc8589d397
	.quad 0x47131a47eb473523
	.quad 0x0000000000000000
	.quad 0xffffe3c8179e1791
	.quad 0x80b0da4803d7f0f9
	.quad 0xfffffffffffffc58
	.quad 0x9fb6f8aef3b92cf1
	.quad 0x000000007fffffff
	.quad 0x02800000
	.quad 0x80000000
	.quad 0xc000000000000000, 0x7ff980e865d66962
	.quad 0xc0d0000041529717, 0x80000000c4800000
	.quad 0x411200005a7fffff, 0x5f000000c1a95967
	.quad 0xc1bcee608db837b6, 0x37589ce8f87dc63c
	.quad 0x02f6dfe9c7fffffe, 0x7ff60f2dff6d8218
	.quad 0x422997e3c0500000, 0xfdb629f176fbe13f
	.quad 0xc1fffffffffffffe, 0x0000000000000000
	.quad 0x7ff8000000000000, 0xfff8000000000000
	.quad 0x318667351b519daf, 0xe11e66c102dd7c00
	.quad 0x800fffffffffffff, 0xeebd84065499d1cf
	.quad 0x0005f6bb2a530fd8, 0x0000000000000000
	.quad 0x7ff0000000000000, 0x4b2d89d5fd97b5df
	.quad 0x1f5a8e407fffffff, 0x5607602650327c00
	.quad 0x708c3f965be2d500, 0x216b100a7fc00000
	.quad 0x118db36dbfb37dff, 0x2434b455fff23adb
	.quad 0x002e0eaf573cd24a, 0x1f2a908cffea4b7f
	.quad 0x33a2a247b36e2b1c, 0xfff891363d9f4539
	.quad 0xff80f66737ac0000, 0x0e91bd9e94e9c8ef
	.quad 0xfac09120fff40000, 0xb8bcb02e7efefcb3
	.quad 0x38e280007f800000, 0x40091635e0904c8b
	.quad 0x42a10668ffb75563, 0xc15c37897fc00000
	.quad 0x7d34631fbf5efea0, 0x404d66292b9cb9a8
	.quad 0xc11d400000000000, 0x4338ec1edcd1f3a7
	.quad 0x7307d3f6ffe5c07a, 0x7fc00000ff84f310
	.quad 0x7f98fdf0ffad178d, 0x971f3026ffc5debf
	.quad 0x7c99c0037f7cdf2f, 0x37f00848fff77f7f
	.quad 0x60ec5992a187f473, 0x3ff0bfc49f349c40
	.quad 0x59904ecd7fef7fff, 0x007fffff7241f75d
	.quad 0xfff8000000000000, 0xe6da9e23fda3fe77
	.quad 0x80202e905d384a0a, 0xc024000000000000
	.quad 0x40ed400000000000, 0x059fa162f5ee8000
	.quad 0x0008000000000000, 0xbef0000000000000
seed12:
	.quad 0x0000000000000055
	.quad 0xfffffffffffffc8a
	.quad 0x2f002be41a698568
	.quad 0x00000000000001d5
	.quad 0x0000001a7845a5b8
	.quad 0xffffffffffffffbd
	.quad 0x0000000000000195
	.quad 0x43a6d9bc5b6d0939
	.quad 0x5492befccb9f6420
	.quad 0x0000000648b6a323
	.quad 0xfff5da9a96d1bed4
	.quad 0xb558b26b98de5723
	.quad 0xffc9f01e8907bc34
	.quad 0x2c192109e77b388a
	.quad 0x00000000000000ca
	.quad 0xce3565f47a794abb
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0xfcc59eaabf800001, 0x5cf1e97c365f0ab2
	.quad 0x371f8a9a40137f3b, 0x3ff4000000000000
	.quad 0x43431f06fffbfc00, 0x7bbfa2b17ed1ad1d
	.quad 0x8601c757b3068019, 0xd03c1c68f6cf7bff
	.quad 0x43bd65e581afb7cc, 0x4017000000000000
	.quad 0x1fb148bc0ef68219, 0x7f000000ffc00000
	.quad 0xb1139748222c2576, 0x7329e33c42f0399f
	.quad 0x7fb666a718776926, 0x5da3c92f9f7cbbe9
	.quad 0x03caae2894fe1d08, 0x7ff0000000000000
	.quad 0xc32b46adf59c784a, 0xfffb838161f0be92
	.quad 0x0000000000000000, 0x7feb6ac380000000
	.quad 0xfc7f1b82d0b3f800, 0xffc000002b3e956d
	.quad 0x83b1f114cff49363, 0x06e0e5c71adf13ee
	.quad 0x8771ca7a00000000, 0x0ca226fdc7aff41e
	.quad 0xc4466ecebbad4bee, 0x0887cb445bc4f9ae
	.quad 0xc04f725a994005e3, 0x000533cbbdb0e7e7
	.quad 0xfff0000000000000, 0x406ee6113716afcf
	.quad 0xf3611a0dff91f6cc, 0x806c2e121e7aa571
	.quad 0xfff0000000000000, 0xffdfffffffffffff
	.quad 0xefe194beffffcbdf, 0xb3426a653335cb5e
	.quad 0xe301ef895f7fffff, 0xff800000f8511562
	.quad 0xb5c000007e800000, 0x4016000000000000
	.quad 0xfff5a0e7b1c86310, 0xbd8fdd4321e75ebc
	.quad 0x4170906cbfe7d32e, 0x41200000c16a796a
	.quad 0xb57971b726b37c00, 0xc09800003ec00000
	.quad 0x10c51186757e46f2, 0x8e63da88fff802a4
	.quad 0x4022400000000000, 0x3e8853e584bde999
	.quad 0xc0fffffffffffffe, 0x4340000000000001
	.quad 0xf7fa461b6c644236, 0x05526f888678c002
	.quad 0xa613ba61012ba9d8, 0xffb8289b407552b8
	.quad 0x47abe1c3fff87cd2, 0x4119787cdfff779f
	.quad 0x011437ae630e0bdc, 0xfdb4205a3975d02e
seed13:
	.quad 0x4ffaf996a2c89c64
	.quad 0xffffffffffffff67
	.quad 0x66bd9ef77e729920
	.quad 0xa2211822c4895d24
	.quad 0x0000000000033094
	.quad 0xffffffffffffffb9
	.quad 0x00000000000001a1
	.quad 0xfd50d6b229f7cb53
	.quad 0x04221d4ed176133e
	.quad 0xa728898db7191e63
	.quad 0x149310b5f4795c45
	.quad 0x337b1dea440c2011
	.quad 0xfffa543aed453423
	.quad 0x0bb5c34aa2799f00
	.quad 0x159dbe2867ddd1a0
	.quad 0x0000000001ca5084
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0xa40c295f06d1402f, 0x9e12f36ac4e721fe
	.quad 0x7ff15c316d6980a6, 0xc004000000000000
	.quad 0x243a28b77fe77ffd, 0xe581bd677f8f55b9
	.quad 0x3fb130bd607d571b, 0x5e2ab306c1180000
	.quad 0x5ffffffeffa9acc4, 0xfe6a2901a6f71f1f
	.quad 0x3740000087873c24, 0x9436f1e101463eac
	.quad 0x3f48c968fa64d395, 0x6c0e50f1ffefffe7
	.quad 0xbf26800000000000, 0xfe3bdb0cffaf73f0
	.quad 0x7f8000009a21906f, 0x7ff8000000000000
	.quad 0x7ff0000000000000, 0x5f192eb2e2df537f
	.quad 0x8000000000000000, 0xc0274f84c1c24ec1
	.quad 0x7ff736d9cd215e9c, 0x7ffdc36405d6a62a
	.quad 0x7ffed98c75a4e8a9, 0x3ffffffeff7fffff
	.quad 0x0000000008c91dcd, 0x7f119f26a513762a
	.quad 0x3f48000000000000, 0x0000000000000000
	.quad 0x017fffff7f800000, 0xc13a30df7f81a4f4
	.quad 0x98571f00743192e4, 0xffaf51f88de03c63
	.quad 0xc102200000000000, 0x3159452c54583fff
	.quad 0xbecfddf07fc00000, 0xb4ec87e7ffa45a49
	.quad 0xbac0000040600000, 0x402d867e31e34ddc
	.quad 0xbf9eb561876cf2c3, 0x804000004f7ffffe
	.quad 0x00400000c0800000, 0xc0100000ffc00000
	.quad 0x052542af7ffa68d6, 0xbfdd987cb4d65f32
	.quad 0xf64d7c5b7f8d0b1a, 0x05cce7581ce684a5
	.quad 0x00b0a196d60d8c0b, 0xc1de566fc8700000
	.quad 0xfc4ba1c848f69d0d, 0x3fdb2d8ca3a5b84b
	.quad 0x4ffffffef4a6d11c, 0x00000000ff86772c
	.quad 0xbc2bcc3afea4459d, 0xb11f43d3d97bff46
	.quad 0xc280000000000001, 0xf3907a2456918b14
	.quad 0xffc00000cafcbc10, 0xa2175c59efa7e3c9
	.quad 0xbfa99bff655ff3a6, 0x0b58a08bab488b81
	.quad 0xdcb9e3b9ff800000, 0x0000000040080000
seed14:
	.quad 0x0973c5aeddfcd2bb
	.quad 0x0000000001000001
	.quad 0x00031fef85f1000c
	.quad 0x007fd28fc7e7dc22
	.quad 0x0020000000000001
	.quad 0x429d3d092159ad51
	.quad 0xfffffffffffffd8d
	.quad 0x0000000000000006
	.quad 0x8000000000000000
	.quad 0x837d9270cd9abf6b
	.quad 0x0020000000000001
	.quad 0xfffffffffffffcc0
	.quad 0xb973ce710889e53b
	.quad 0xffffffffffffcabd
	.quad 0xfffffffffffff779
	.quad 0x8000000000000000
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x833be252c02c478d, 0xbfaa268e93bf6a5b
	.quad 0x0000000000000000, 0x0350d6d21d95d503
	.quad 0x112346c4ae1e86c9, 0x40d2000000000000
	.quad 0x4ed8694cfc99eb8f, 0x94ea1a5b24f1c756
	.quad 0xff8754df750df8b8, 0xed43c413710ec23b
	.quad 0x3ff3fa3dde66b203, 0x41ab3d59ab8ed6b8
	.quad 0x7f80000042d8b412, 0xf1239a23ff919bbb
	.quad 0x3cb5eede80fb7a64, 0x7fc00000fe800000
	.quad 0x13cbf0e52deb0000, 0x030ee46bffefd99f
	.quad 0xa039c6efffe7cd7c, 0x29b0ae92dfe09afc
	.quad 0xb5bc307afaeffbe7, 0x7ce66510d824c37e
	.quad 0x80bab035d0798fea, 0xbcd974e7c1d99743
	.quad 0xc010000000000000, 0x532cbeb357a17c00
	.quad 0xfff6c5390c408179, 0xbc20f7297fc00000
	.quad 0x403ce3e5131521c1, 0xffc00000005617c0
	.quad 0x004510f10ca8c9be, 0x777d4201bcddac25
	.quad 0x80b144478f0425be, 0xffc1b6e17f87aa6e
	.quad 0x360e7ad309702ff2, 0xc0f0000000000000
	.quad 0xcb2f7f533ec3ca33, 0xf5fa815ffec3881e
	.quad 0x41180000da7ffffe, 0x1cbb25389dccf600
	.quad 0xc07936bf2c616ddc, 0xc7d752dbb730ab37
	.quad 0xa40389becfdf7766, 0x0000000080000000
	.quad 0x3f800001c5dd7cdf, 0xbfb80d243b1a7a6f
	.quad 0xbfc000007fc00000, 0x3e2e00005f800001
	.quad 0x3c0c8df8bc487669, 0x8029e4718a2ed115
	.quad 0xbef4000000000000, 0xd649d8cc3099d0a5
	.quad 0x8bc0a1d804e706bc, 0xfff2560e2b401e02
	.quad 0xd7b0d2c971fed9f5, 0xb470b2c2015d4eec
	.quad 0x405748c6bfa849ed, 0x8fb6a29aacfffe00
	.quad 0x7fc0000000000000, 0x0be417cc00000000
	.quad 0xd7dcf305b151e100, 0x43f0000000000001
	.quad 0x917db4cdb214fc00, 0x2be3b47bc0100000
seed15:
	.quad 0xffd1e78fea26b9a4
	.quad 0x0000000100000000
	.quad 0x0000000001000001
	.quad 0xb20daac0563bd930
	.quad 0x000000000000015a
	.quad 0x00000000ffffffff
	.quad 0xf07f846644729755
	.quad 0x00000001f43f8a40
	.quad 0x6863c8b17b4848b3
	.quad 0x1f279b7c7f45f7a7
	.quad 0xfffffffffd856e39
	.quad 0xfffffffffdb20a5e
	.quad 0xfffffffffffffde4
	.quad 0xca743ebb02197fed
	.quad 0x83d8b6523ffcacc6
	.quad 0xfffffffffffffcdb
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x6b84f5d64797ffde, 0x77f9298b75591952
	.quad 0xfff0000000000000, 0x807d69884321acee
	.quad 0x800000007fc00000, 0x3f800000bd000000
	.quad 0x3f04800000000000, 0x99f4d1bddf7d7fa7
	.quad 0xff1c8ad1dd17aa05, 0x4285e36a80000000
	.quad 0x40fffffffffffffe, 0x808c7d404f1bc89c
	.quad 0xbf1ec32cc96d5f74, 0x43e0000000000000
	.quad 0xffbcddef80000000, 0x000000004218e05c
	.quad 0xfd9a6627d7a58a55, 0x3fb8d369b55002fd
	.quad 0x433d3ad5be2455ac, 0x0e69a1ae6a3a0193
	.quad 0x3f74400000000000, 0xfff1874e4ac6caeb
	.quad 0xffa92a345b41a242, 0x1129cab7c3a6c622
	.quad 0x7ff8000000000000, 0xbe0dd5ab00000000
	.quad 0x4011000000000000, 0xfff75e4ad456d921
	.quad 0xfeffffffffc00000, 0x3665e9cafa70c6db
	.quad 0xbfbaeb0dd5a6eeac, 0x40880000127897f3
	.quad 0xfffcbec23bbf0d55, 0x02a9e26f24638eaf
	.quad 0xe246200281ffffff, 0x7fc00000ff20d2da
	.quad 0xe1a248d7ffff77bf, 0x4546fd3246efc300
	.quad 0xafa9965afff4c000, 0x0b3ff6b83dc9c7a0
	.quad 0x81e7160f8a00df66, 0xbc0314468fc9fc00
	.quad 0xbfe1fb30287bbf86, 0x57cf3744047ffc00
	.quad 0xbf7b2d2680000000, 0xa9d562874f685e38
	.quad 0x719eb096ff800000, 0x2c3995a3dd9f2ff7
	.quad 0x57f22b2d55e76ba2, 0x369dbe877fed93bb
	.quad 0x7f82d8d77fd3aa1c, 0xc68800007f9de849
	.quad 0x7fb42d401d03fb85, 0x4020000000000000
	.quad 0x1847cdc7ffe1fe85, 0x8040000080000000
	.quad 0xbf9dcf661b1a4fa6, 0xbf40000000000000
	.quad 0x6ced392192cd3a9b, 0xfff4daabb22bc3f4
	.quad 0xe3f5ee6377f4bf62, 0xafd7642950b81c32
	.quad 0xff3e6fd0bcac4260, 0x8bdee06abc34463d
seed16:
	.quad 0x77f3d5f8a41b33c6
	.quad 0xb7548458fdfba892
	.quad 0xffd1b72140c683e9
	.quad 0x0000000000000000
	.quad 0xffd5e7123a28402c
	.quad 0xdd80de45b1f61243
	.quad 0x828c7d4967cbab18
	.quad 0xfffffff4c88bee43
	.quad 0x00000006adcfb93b
	.quad 0xffffffffffffffff
	.quad 0x2986966ea30b10ad
	.quad 0xffffff76c7b6e9d0
	.quad 0x0000000000000112
	.quad 0xbf392e23fa95bd26
	.quad 0x00a3c463db2ad321
	.quad 0x554f6e7aea7705f7
	.quad 0x01000000
	.quad 0xa0000000
	.quad 0x30fac864feffcbf7, 0x7325f0a20d4a2d21
	.quad 0x66167199ffb3d92c, 0x40a9747aa3d9feed
	.quad 0xbfa3926ca1c10010, 0x450666dcb2834280
	.quad 0x8313f8b27e93b719, 0x5a7ffffe7fbc8a17
	.quad 0x407c4b500a13c17b, 0xe2e72a63fe79c630
	.quad 0xfd8cfbc03d4c2132, 0x80400000793602ae
	.quad 0xfef12082b662e263, 0x7effffff003ae312
	.quad 0x5f00000041f174e3, 0xc02d02dbd832fa7d
	.quad 0x0010000000000000, 0xfff0000000000000
	.quad 0xc3ffffffffffffff, 0x7f80000080000000
	.quad 0x7e14beb6aefffb5b, 0x8000000000000000
	.quad 0x42400000bfe00000, 0x0008000000000000
	.quad 0x7fed4d9aea798639, 0x40a52ef7977934d4
	.quad 0x0113d786f2478153, 0xffe739a3c77ffffe
	.quad 0xfff842d38774929f, 0x7fa98297c39413ea
	.quad 0x884a39d23dd83675, 0x9ac144842fec23ee
	.quad 0x59fffffe42800000, 0x28ff8db55a60d389
	.quad 0x7ff187846892631a, 0x6f0c7436d93fc76a
	.quad 0xa5058360fdb2fd3c, 0xa5c5b97b84bce5bd
	.quad 0xf30f157bf678a017, 0x3d404cd800000000
	.quad 0x81374e86f27d8315, 0xfd7229a23413ead7
	.quad 0x7f9b046700000000, 0x0000000000000000
	.quad 0xffd146150131abe9, 0x0000000000000000
	.quad 0xff800000801f56c2, 0x800a761649f82bf2
	.quad 0x8900164f7b8764f9, 0x7ff8000000000000
	.quad 0xc079c2c7a0dc0fa1, 0x123a60fd5d150332
	.quad 0x3e9f872448000001, 0x37b5d1d60c2d8500
	.quad 0x16cc2eeefe35fa96, 0x7e2186a9591059cf
	.quad 0x411acfa9bcf5fbf8, 0xbcab42957f800000
	.quad 0x43f0000000000000, 0x3fbc719384d65698
	.quad 0xc05800007f87794b, 0x0003a9f074220e86
	.quad 0xbfffffffffffffff, 0xcffaf996f976dd0b
seed17:
	.quad 0xfebb58e061bc4402
	.quad 0xf9358a59922894c0
	.quad 0x00003465a89c3eb7
	.quad 0x080f3df7b8bd735a
	.quad 0x8000000000000000
	.quad 0x0000000000002f00
	.quad 0x3992366134d005ab
	.quad 0x0000000000000000
	.quad 0x00000000000018e7
	.quad 0x9050099541e16850
	.quad 0xffffffff80000000
	.quad 0x6f61d8c478dc50c8
	.quad 0x4a88f89605de790f
	.quad 0xfffffffffffffe58
	.quad 0x000ee89cb03eef3e
	.quad 0xf9b73f16d956960f
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x02090524547321da, 0xa7e91dd2c558fdc0
	.quad 0xffefffffffffffff, 0x80000000477ffffe
	.quad 0x7e0abeb42e2ebb84, 0xc0568eea1580b192
	.quad 0xff803bd200840153, 0x801fffffffffffff
	.quad 0xffff9d15f314cf9a, 0x7fdfffffffffffff
	.quad 0xfff0000000000000, 0xc06f9b568cab5107
	.quad 0x71fabadb7627c460, 0xc0880000fffa9825
	.quad 0x8e052b94363e82a0, 0xe2479125bd7a9b50
	.quad 0x7ff8000000000000, 0x7fd0862edd030898
	.quad 0xfe90662dffc53f64, 0xbfa8c0eb81c97147
	.quad 0x3f8e9be2d705331c, 0xa7635d79f6f57907
	.quad 0x43fffffffffffffe, 0x7ff0000000000000
	.quad 0x7a2751c7e6e5d211, 0x0000000000000000
	.quad 0x79db514e7effffff, 0x080de610009d03ff
	.quad 0x00f201f8941b9c5e, 0xdbbeaf9ffa7dfcff
	.quad 0x2862f95a7f9a5e3e, 0x7388be58efeb40f9
	.quad 0x7f9f76f34f6e4180, 0xfff72d97b9b223ef
	.quad 0xff036ac5b969e03c, 0xb6364e7a4bfaafff
	.quad 0x4de40ea2f6ef7ac6, 0xffcd3a1fbdb311ed
	.quad 0xf8ec2e5457117f43, 0x6f96e68fba834f4b
	.quad 0xffa025a7402d01f9, 0xda00000000796471
	.quad 0xcf7fffffc0000000, 0x088dcbe23bc00000
	.quad 0x7f92fbd27ccc336b, 0x7733db8d19bdbb22
	.quad 0xd2daab8b14d74e4c, 0x8317ef2472f307e9
	.quad 0xbddb4190545b871b, 0x8a1f77d0b7740000
	.quad 0x4a497e7bbd5efa5f, 0x817f094033b33c52
	.quad 0xc34fffffffffffff, 0xebd480aeb8ce7d65
	.quad 0x7fe11298ff800000, 0xdfb1d9b8bfc0c7c1
	.quad 0xff9d325dfdbdb77d, 0x7e560740b47fffff
	.quad 0x41e8305da3942634, 0x2ba57b17d26baa30
	.quad 0x8e8801d7807c5620, 0xbfe4ccb5b812314d
	.quad 0xc01eb3e68187a0e8, 0x802455dd2f9f4eb0
seed18:
	.quad 0xfffffffe332bff4d
	.quad 0x0000000000000047
	.quad 0x0000000000000001
	.quad 0xfda9af8779c3579d
	.quad 0x66778844e662c9f6
	.quad 0xab5f2c63294c3bae
	.quad 0x0000000001000001
	.quad 0x002510472341b30b
	.quad 0xfffffffffffffcdb
	.quad 0x5f45576998cadcbd
	.quad 0x6ef17199823362d1
	.quad 0x00000000000001a4
	.quad 0xdeac3aac6890ca26
	.quad 0xb33de40d565ac4ae
	.quad 0xffffffffffffff5e
	.quad 0xfffffffffffffe5c
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x41e0000000000001, 0x00a137a0f1f01e06
	.quad 0x80000000993a96ac, 0xa8056e084ceb7b0a
	.quad 0xbc9b5ee67eb5b38b, 0x6ecdaba8167dfc00
	.quad 0x2af3c16c2d3804f9, 0x02a7f5a6013c2ecb
	.quad 0x3cbe1bfc17381998, 0xe787b759ed574aab
	.quad 0xfff0000000000000, 0x555e8279eef38ec7
	.quad 0xb86d3f63fcfb57ff, 0xab46355797ee0000
	.quad 0xff8fd7d6c04fb465, 0x252ebf296da7f62f
	.quad 0x3fa00000ff987dd1, 0x3730000000000000
	.quad 0x30bbcec0fb75ffd7, 0x6e76bb83ff8fc3fe
	.quad 0xbfd71e76528640e7, 0xc230d33043b93148
	.quad 0x7e8000007f800000, 0x4280e34e7e800000
	.quad 0xc5865aabbee37cfc, 0x6c0fb5da98067900
	.quad 0x8132164ab9b298b6, 0x0000000000000000
	.quad 0x8001b982d36b2da8, 0x2c6aeceeab497c00
	.quad 0xa204f2957f887cbb, 0xffd25737ff4f7002
	.quad 0x596c5d89fd97dfc1, 0xc00dda62bef7bb70
	.quad 0xf7fdfc6efff71f2e, 0xff80000089b836d4
	.quad 0x50a6cc4723967800, 0x017fffff098a2780
	.quad 0xff928cd1fad64300, 0xc60a0211ffd9fe00
	.quad 0x800857280ad9644e, 0x990cac24cf800001
	.quad 0x6f1d260c5f9c83ce, 0x04f8aa34589efa02
	.quad 0xd0641856ff137e00, 0xdfd9d0980111c273
	.quad 0x6d08ed2c17ab9938, 0x7ff8000000000000
	.quad 0xffde669cc30ed575, 0x3feae92c81488dc0
	.quad 0xfff0000000000000, 0xfde6e69f158a542f
	.quad 0x6eb98f3effbfefd9, 0xfebfdb0faadff888
	.quad 0x00000001c3bca227, 0xc1579a3206f3cd5c
	.quad 0x3de3eccffffec891, 0x48ce9c5f7be07e3c
	.quad 0x7ff0000000000000, 0x3ff9000000000000
	.quad 0xc8ba2176c8013733, 0x5c5b28837e369b64
	.quad 0x0080000040a80000, 0x8000000000000000
seed19:
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0xfffffffffffffffb
	.quad 0x00000000000001da
	.quad 0x0020000000000001
	.quad 0x0000000007f4d654
	.quad 0x0020000000000001
	.quad 0x00000000000001de
	.quad 0xfffffffffffffd45
	.quad 0x0000000001000001
	.quad 0x0000000000000273
	.quad 0x000000000000013a
	.quad 0x810ae11f9d22a4c1
	.quad 0x6f960718337b8cb4
	.quad 0x594777d34ce03d1e
	.quad 0x8000000000000000
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xe4c219bfbf3b9787, 0xfa4dd76bffffffbd
	.quad 0x092805ef5962fc00, 0xd2ab150c9e0a614a
	.quad 0x992f0e8a7ff3fd21, 0xf0fdabffcb9aa9ed
	.quad 0x008312e3e6528000, 0xc047a18ea94335c0
	.quad 0x42c7a822661720c9, 0x3fe4000000000000
	.quad 0xc0323ab37f800000, 0xdb009f6cffabf116
	.quad 0x8135dd1fa45c7df7, 0x3f4a924c47800000
	.quad 0x7f8b0636c0e00000, 0xc29db32200348443
	.quad 0xb41a978f80000000, 0x8000aa40044f7b14
	.quad 0x23a40539c1489a70, 0x403cd00000000000
	.quad 0x60bccbe4fffe2fd3, 0xe29c384744d8ff64
	.quad 0x9a7f5dc09d96fd3f, 0x2f6b927068a0ea97
	.quad 0x3fb21542e384f487, 0xf648b30bb78be1ef
	.quad 0x8010000000000000, 0x7fe56ba18024890a
	.quad 0x798f68d323ffffff, 0x737cd5a68c5b106a
	.quad 0x55b2b8e6fbfbfed4, 0x9f6e6fe9feba82a4
	.quad 0xc01c1de47cb7b713, 0x0790ed153fe7fd3d
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0x1c370ed8a74cb2ac, 0xa3faca13ffbb3d06
	.quad 0x7fc000007f9b3dfc, 0x02201ac35f94ac3b
	.quad 0xc5e87b1057297d9e, 0xbaa5fb2dc07dff5f
	.quad 0x449c128fffd6fffd, 0x0087447c93303eef
	.quad 0x409000000bdd6a3d, 0x0007066148a2d7aa
	.quad 0x7ff8000000000000, 0x2ebe812662dc2818
	.quad 0xc05a7d658b41c240, 0x8000000000000000
	.quad 0x6d14935bffc00000, 0xf7f9ba84c0900000
	.quad 0x750c412fbd9a8367, 0x800697e99a2850e8
	.quad 0xb782f49bffdf787f, 0xfb791f453d181f37
	.quad 0x7faab20aff800000, 0x800436ab91017d4f
	.quad 0x7f9bbbc57fc00000, 0x3c564ed97fc4dd29
	.quad 0x4a189ed664602e65, 0x78685a6d7e88e2a9
	.quad 0xc02c601f702ca751, 0x7ff0000000000000
seed20:
	.quad 0x7c9197b210676097
	.quad 0xffffffffffffff09
	.quad 0x000000000f6eac8c
	.quad 0xbc27bec14014ef98
	.quad 0xfffffa66eb225553
	.quad 0x00000000000073c8
	.quad 0x0000000000000000
	.quad 0x0000000000000303
	.quad 0x0000000080000000
	.quad 0xb4fe0e9783cef076
	.quad 0xfffffff35b7dbde0
	.quad 0x0000000095d3dca1
	.quad 0x0000000000000113
	.quad 0xffffffffff95a510
	.quad 0x0000000080000000
	.quad 0xa004942c441e80e3
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x80ffffff7fe27bff, 0x21e2c9cbbfdf9ffd
	.quad 0xb9b7d0ff4a7d6efd, 0x44fda45e8079c20f
	.quad 0xb9b7896cc2fdeed9, 0xc6a2a39de87683ec
	.quad 0xbe8c50917e35c752, 0x388ce2a1ff800000
	.quad 0xfa8adbcddf7fffff, 0x03b296cf3147c2a8
	.quad 0xbf78b69900400000, 0x3f2f000000000000
	.quad 0xc59100007ffd06eb, 0x33c7c196ffd0a09a
	.quad 0x405887fb7963a2c7, 0x400d000000000000
	.quad 0x8000000000000000, 0x531e894bfff5f7fe
	.quad 0xfff44f74604d9a77, 0x8182d67a8d55fc76
	.quad 0x7886e367a2f483bc, 0x7ff8000000000000
	.quad 0x3fe2f697d986e0f1, 0x05cb31b77fffffff
	.quad 0xb88d8752f1dd0000, 0xc10000003d57b2f0
	.quad 0xca0440e55bcd03ff, 0x7fc00000f6de333a
	.quad 0xfff0000000000000, 0x8020bcfc29ad174f
	.quad 0x008000003f9619c5, 0x55430815ef4e320f
	.quad 0x6ee855cb18bb4265, 0xc10651ab7fc00000
	.quad 0xfff20015935ade73, 0xff0000003f584003
	.quad 0xc5c31d20781173aa, 0xdfdb5f25baeeaeff
	.quad 0x17e2a1371d02c79d, 0xc240a3023b85d7a7
	.quad 0x7fa22b8a46180000, 0xc01ff830bb1bf964
	.quad 0x00000000ff800000, 0xfff0bc333384b147
	.quad 0x5ffffffe80000000, 0xfff0000000000000
	.quad 0x7f80000011a63efc, 0xf3ef1e86b2b2ffbe
	.quad 0x4fa6c98e3d934f22, 0x6c6c74b1500f3bca
	.quad 0x40efffffffffffff, 0x3a6e314d823cfdb7
	.quad 0xbffffffffffffffe, 0xfeeb679d9becbad9
	.quad 0x40c46b280036cd0b, 0x39f7740dffd0ed14
	.quad 0xbf858d2d92bf69ff, 0x8dac6780f7efff70
	.quad 0xc84ca1b98db57c00, 0xbea400007eff8a95
	.quad 0x7768eff280400000, 0x900df708ff9d780b
	.quad 0xec96f8483ffdbcbf, 0x7f89149f00000000
seed21:
	.quad 0x8882a773efc2a6cf
	.quad 0xffffffffffffffff
	.quad 0x75f4ac93ab22a611
	.quad 0x0000000000000358
	.quad 0xfffffffffffffa53
	.quad 0x0000000000000000
	.quad 0xffc361a56825c43f
	.quad 0x0000000000000000
	.quad 0xeea52fdfe1653844
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x526a7a0f0fb9b403
	.quad 0x38dfbc88343417d4
	.quad 0x6ad57668b05943ff
	.quad 0xe4adab3a0e8f98c7
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x3f7f000000000000, 0x0018560e8d2dbfb8
	.quad 0x4015000000000000, 0xbcd57a1c006f4690
	.quad 0x7f800000007f2cff, 0xff800000c03ed86c
	.quad 0xc014000000000000, 0x28bfcd00ff88ff62
	.quad 0xbfdd00a0f4ebded4, 0x7faadc0fffc00000
	.quad 0x80000000ffa422aa, 0xc5f47a9f7fbba6ff
	.quad 0x0f9569fd18dfffc0, 0x765e016bffbbf52f
	.quad 0xc20819624b786d5c, 0x0008000000000000
	.quad 0xdb623aba92a881c5, 0xe00601d01a38fbff
	.quad 0x7fad79ed410c0000, 0x7f8ef3eb807fffff
	.quad 0xa86115a369893a78, 0x8cf002807fcd7c91
	.quad 0x1ff4fe2d75f7df8f, 0x267b6707c0700000
	.quad 0xe6a192d2c0500000, 0xbf92356fc722fa13
	.quad 0xecc6ff43ea43c001, 0x3f49000000000000
	.quad 0xb6f43ab7a67078fd, 0x05e45316dafffb7a
	.quad 0xef2881fab5f250bc, 0x800fffffffffffff
	.quad 0xbfffffff00000000, 0x43fdf02fa4c62b83
	.quad 0x7fefffffffffffff, 0x4330000000000001
	.quad 0xc0fd000000000000, 0x529cdab65dccae8d
	.quad 0x3fe900ddc5900141, 0x66ec488c49de8800
	.quad 0x7ff7b30d3747f69e, 0x74e22d762ce926da
	.quad 0xa9890953bfebffc1, 0x4c1bc1e132d604f1
	.quad 0xbe30bc247fdf9acd, 0x4c5be3ee7bfe4713
	.quad 0xc258419e5e6277ff, 0x60e115a1b5b9e776
	.quad 0xff80000080400000, 0xd102fe32a706fe00
	.quad 0x354b3e3d7fbe7fef, 0x716f1f0fff800000
	.quad 0x3da8eb590055f394, 0xb5c000007f800000
	.quad 0x3d4b2d4f3ceaf455, 0x630688c1feecd3ef
	.quad 0xc95ab241ba17023a, 0x80000000ff800000
	.quad 0xe94af7b3ffed7d4f, 0x8cb80241d3f9ff39
	.quad 0x0007588f804acde2, 0x7faeca233f4e30c2
	.quad 0x3adb2e633f0e8000, 0xbc5671ef00400000
seed22:
	.quad 0x000000000000022e
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0xdb0d0a8841a504ee
	.quad 0xd30c6bd02db8fa6f
	.quad 0x5ce31aefc8880e8c
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe8d
	.quad 0x00059c395eb03762
	.quad 0xc6439aafb7c7c1fe
	.quad 0x93cbd0b71cbe765c
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x000000000000032b
	.quad 0xffffffffffe26a5c
	.quad 0x00000000009125e9
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x45840000824f042d, 0x9256bb91e7ef43f6
	.quad 0x000000003f6d2398, 0xff8000008067e1ba
	.quad 0x807fffff39400000, 0xbfffffffffffffff
	.quad 0x800fa79224d29a1b, 0x057b7582926e0478
	.quad 0xc07000007d726668, 0x1f1384ecfdaff7e6
	.quad 0xc05852bf38f4017d, 0x5ef508456a7416e5
	.quad 0x6a019a47fffdffb6, 0xc149223bffe012f4
	.quad 0x9e0793b861a83d80, 0x2f4b7dcdc60dac4c
	.quad 0x000000006cdfec05, 0x0a313bc93fffffff
	.quad 0x17349860ab05723a, 0xfff84d8ddefe6a36
	.quad 0x31520f7336afbb83, 0x7dce4582c07e6541
	.quad 0xc005000000000000, 0x6ca1d53abfbddffc
	.quad 0x1ac9a2233f9f22cb, 0xb5b4165838763f18
	.quad 0xc061db69dd05fa19, 0x02118ca39d73a49c
	.quad 0x7e81fd8fbbcb4d05, 0xb6e4ae10fa7bfce4
	.quad 0x3ec000007f800000, 0x7ff8000000000000
	.quad 0x0e26d2ec81d7f483, 0xa588297a533afeda
	.quad 0x5d6077d17950792b, 0x7ff175df27771c27
	.quad 0x3f21400000000000, 0x2ceefb887fc00334
	.quad 0xfea3f6481ba11eca, 0xbde59777b850759f
	.quad 0x016ec73280fa5888, 0x0000000000000001
	.quad 0x0000000000000000, 0x7f80000038c00000
	.quad 0x6ea779aaa298ad77, 0x80000000ff800000
	.quad 0xf53090cd0acf5a8b, 0x801fffffffffffff
	.quad 0x438caa72c1000000, 0x8000000000000000
	.quad 0xfff2c2875db80425, 0x7d7a6ffc91dd2db5
	.quad 0xab496fb8816f4e99, 0x839ffc276b5f2afb
	.quad 0x6c2848d5ff99d373, 0x7fc000008dd7f8f0
	.quad 0x09eb34ce5191a54c, 0x7fc00000805fefc2
	.quad 0xa4c233ec3ddb45d5, 0x7d834ef5f19ebcb9
	.quad 0x30f2c6b7d562fcf5, 0x2b055b6a4b21fc00
	.quad 0x02989ab194276762, 0xf67f8acb4623ba3c
seed23:
	.quad 0xd7882ba0724fd526
	.quad 0x0000000000000232
	.quad 0x28507838d9422fad
	.quad 0x0000000000000003
	.quad 0x0f8c5b0b3eaa245c
	.quad 0xae00d4f814bb47ba
	.quad 0x1a988de52daf4d93
	.quad 0x235f848449d70f17
	.quad 0xffe67d73f92ab4c6
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x00000000000003c3
	.quad 0xecfe7de110efa34e
	.quad 0xd39598531fb9ad5a
	.quad 0xe1f8bbb73bdbb67e
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0xf58723c280000000, 0x0fc142213a7fc1dd
	.quad 0x7e8000007fc00000, 0xe7576d405c757bff
	.quad 0xfff8000000000000, 0xcc07da02ffbeb60f
	.quad 0xc080000000000000, 0x80037d1c4dcb0a22
	.quad 0x7822b17cc3565801, 0xc6344777e35c78a0
	.quad 0x063d57c5c75ffd8b, 0xdfcc9a16bc5dffcb
	.quad 0xd2457ac954c4fef3, 0x00dae20cffbce7c1
	.quad 0x6cd889bb4fdd2a16, 0xe94151f67feddff7
	.quad 0x81000000ffc00000, 0x400c408d009086df
	.quad 0x80400000da7ffffe, 0x9f231e4affff7fc7
	.quad 0x474cdb9262113b36, 0xbfffffffffffffff
	.quad 0x1a271395ff51f3c1, 0xbfd7c5bdadb25bb2
	.quad 0xff8000000b594253, 0xde0027cbcf927533
	.quad 0x955f9fef477a238e, 0x4065ed0b1f25cf75
	.quad 0x3fea6c297e31f814, 0xe6fd927cfffaa96b
	.quad 0xc2800000033a5111, 0xca694da2c8c03a87
	.quad 0xfedbd11e85cf3d2d, 0xe2385350ef9bbfb8
	.quad 0xea87623cc3400000, 0x25eadccb3e800000
	.quad 0x0038755a817fffff, 0x7f800000ffc00000
	.quad 0x3fc000003d06e729, 0xc019742d6ae8bd85
	.quad 0x6e593d2e33ee2a58, 0x41afe66cbda9462a
	.quad 0x00000000007fffff, 0xc020000000000000
	.quad 0xc088000080000000, 0x7f80000040ff5463
	.quad 0x6af24df77e45cebb, 0x5a16d617be7bfded
	.quad 0xe23bd7c54227fc25, 0x08ed71400d1f1c5d
	.quad 0x40f0000000000000, 0x7ffab76ab3b9e769
	.quad 0x2a1cefa568a74bb9, 0x0000000000000000
	.quad 0x48ce09a0b9bc0000, 0x6bc6744c6b446ef1
	.quad 0x817fffffbf000000, 0x3edae00000000000
	.quad 0x9714f68d94817e55, 0x5a2289ec234efd34
	.quad 0x010bce96702582f2, 0x7fc00000c13cdcdc
	.quad 0x4f416eb2dffd7f77, 0x19b3e0a67effffff
seed24:
	.quad 0xecca14239dfa8d06
	.quad 0x00000000000000b7
	.quad 0xfffffffffffffc8b
	.quad 0x00000000000002c0
	.quad 0x0000000080000000
	.quad 0xffffffffffffc10c
	.quad 0x0000000000000319
	.quad 0xffffff8c68f5f470
	.quad 0x7fffffffffffffff
	.quad 0xb01208391fb03954
	.quad 0xf15e86048b018bcf
	.quad 0x0000001b318cdf38
	.quad 0x000000001b0cb23f
	.quad 0xfb2685e9a568f013
	.quad 0x51590325ac21633a
	.quad 0x9d6983477838192f
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x9699849ed89d0577, 0xff800000bcfacedf
	.quad 0x827f5143e03b7e00, 0x40f800007fbed274
	.quad 0x0008000000000000, 0x42e527ebff8d1408
	.quad 0x3bbb69de80000000, 0x461e157b41b47758
	.quad 0x3fb8974a037a3800, 0xff8000003cbbc376
	.quad 0x83ea23368f89177f, 0x9ac283b67dfc2700
	.quad 0x7ff47469e4c99743, 0xbffb8fdb9d094e84
	.quad 0xf44b8476fbdf747b, 0xcfb53bd5f242d580
	.quad 0x8020000000000000, 0x58f235117c55e001
	.quad 0xd75a32ab7f866e14, 0x7fdcc5dd0de08a30
	.quad 0x7ff3b0784b35e413, 0xfa20ccfac3b7b7bf
	.quad 0xa3011d32f449867d, 0x017fffff0079bbb3
	.quad 0xfe386c0c911d6817, 0x35915efc8fe04888
	.quad 0xb6d9ff73be7e5db3, 0x3fe4033f01000000
	.quad 0x3f52d7e27f8b2ea2, 0x40aa4305411e0000
	.quad 0x80000000ffc00000, 0x268f7ff67efb4740
	.quad 0x001fffffffffffff, 0x422a7b5949ad8000
	.quad 0x771f90cabfd805b6, 0x416cc51a80355cdf
	.quad 0xfbc062a9be3e7d08, 0x80307c63df0ca7e4
	.quad 0x3ff294acbcaae02d, 0x3eab300bbf01f434
	.quad 0x0119c264253094c3, 0x3f854290d7cb4213
	.quad 0xa3990f3c436c83ff, 0x42dc04331038dd83
	.quad 0x89a70619a10804c6, 0x800445e60a3c54b1
	.quad 0x4f4179be40200000, 0x9d726beabecb55fb
	.quad 0xff78ac0d3f112c41, 0xbe3431abffd79a04
	.quad 0x3ab11174dd2773fb, 0xbfee267bf242a15f
	.quad 0x1d976ffaffbbff34, 0x0000000000000001
	.quad 0x462d800046470000, 0x1f73289fe5d7fd0d
	.quad 0x1e05a2aa403b8463, 0xbc77a1185a7fffff
	.quad 0xfff0000000000000, 0xbf988e45bffeb04a
	.quad 0x9dab9f25f59e7969, 0x8e013ff6ce11e7f5
	.quad 0x9957d228c21bcbf0, 0x0000000000000001
seed25:
	.quad 0x54c994c36eba7976
	.quad 0xfffffffffffffe6e
	.quad 0xfffffffffffffccd
	.quad 0xfc585b80da168632
	.quad 0x0000000000000026
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x0000000000000101
	.quad 0x000000000000008b
	.quad 0x0000000000000001
	.quad 0x00000000000002e9
	.quad 0xe6f665b337bd7c06
	.quad 0x000000000000038d
	.quad 0x00000055f9e66f1a
	.quad 0x8e0d49d6f5a89404
	.quad 0xffffff6743bb31c6
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x7fc0000059ccf7f6, 0xff80000080000000
	.quad 0xbfb0c4dcfc7a98a9, 0xdcd2dabadb137bff
	.quad 0x429faaaa44d323c0, 0x0cd0379dfeffc4a4
	.quad 0x7ff0000000000000, 0x0977864d0070366f
	.quad 0xc3f400006c087b5b, 0xb8a40d47bfa45590
	.quad 0x183e47122b6ef318, 0x7f22075adaf05181
	.quad 0x3fba718e7e800000, 0x96d92cb2c7bab94c
	.quad 0x213a7a1db7c93fdb, 0x718d04afc0800000
	.quad 0x63e574a4fdfff9ef, 0xfffd0e484afffffe
	.quad 0x413a6f2fc07fffff, 0xff428c7ceac257e6
	.quad 0x74d9dee9c3af82bd, 0x3dcb3fd1b84887a6
	.quad 0x33cd39ced7defbf1, 0x64efbeaa803440ff
	.quad 0xfff8000000000000, 0x2607df68b482ac22
	.quad 0x5a7c91c77e8ffa66, 0x7f8000008c8cb0c3
	.quad 0x00387a257925a506, 0x003d4ba56e3d82f6
	.quad 0xff800000bdb90be1, 0x0000000000000000
	.quad 0xc7c2d06f2cd97e6f, 0x0049a67be9c90559
	.quad 0x7fd59adf790bbb60, 0x18dd231cda7fffff
	.quad 0xffbae87abce10d45, 0xf79165cac9fcfcdd
	.quad 0x7ff8000000000000, 0x25943d8e5f537c00
	.quad 0x0007b6349382a0ff, 0x49800000bec825aa
	.quad 0x24e197841fef9bff, 0x400e7a88af386951
	.quad 0x006e199b1895e0ff, 0xfff05902439add45
	.quad 0x9df7016f74bfd96f, 0x30f816c9ffdf4ff5
	.quad 0x8433c081a81bfc41, 0x7ff8973de5dedefa
	.quad 0x99a79575bb418000, 0x81ec3e81611b08aa
	.quad 0x7f8000007f481b63, 0x92c9e02c79f3de50
	.quad 0x84a6d387a94140e6, 0x0000000000000000
	.quad 0xbf8b7a9e7622f177, 0xc07000007fafd2ad
	.quad 0x616686c780769af5, 0x7fa2dd43b2791f71
	.quad 0x346ef09940480000, 0x3c3c6d417f9552c3
	.quad 0x3fddfea441180000, 0xfd4f615202a25b40
seed26:
	.quad 0xffffffffffffda1f
	.quad 0x541eecaf490cf66b
	.quad 0x00000000000002a9
	.quad 0xfffffffbc1d18b79
	.quad 0x00000000000001b5
	.quad 0xfffffffffffe7269
	.quad 0xf1c36a0270a5fe1d
	.quad 0x5d914df544583b9a
	.quad 0x7aefe7adb33381de
	.quad 0x0000000000000129
	.quad 0x77056b725051a9cc
	.quad 0xbd9b4d7802835316
	.quad 0x00000000ffffffff
	.quad 0xb866cb2160b1e797
	.quad 0x00000000ffffffff
	.quad 0xffffe58e525f6c84
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0x06884cc928a44171, 0xc740000000000000
	.quad 0x1f3b0eea3da4d5a4, 0x1281cd14ff88837d
	.quad 0x79fdff65cfb1c201, 0xc13adc35860615b6
	.quad 0xbcaccc2880000000, 0x7effffff7f800000
	.quad 0x2f6909e8e3abeb1f, 0xbc3298c8e816dffb
	.quad 0x1f205883b9710000, 0x005418a73ebf4a33
	.quad 0x7fe18b7ff19cff48, 0x7effffffc0b00000
	.quad 0x7ff8000000000000, 0x4f80000149480000
	.quad 0xc05f8ecdeb9dfd43, 0x897e4fdd7fd50000
	.quad 0xc000000000000000, 0xc019800000000000
	.quad 0x000c3180335b55a2, 0x3c63f5ec99987bff
	.quad 0x75adc2653362a55c, 0x002fffffffffffff
	.quad 0x4adee9ddbb068800, 0xffb6b824004032c5
	.quad 0xc4500000407fffff, 0xffe9c3275be29b14
	.quad 0xfd8306a5be330598, 0x6e2301d47dffc36f
	.quad 0xbefd000000000000, 0x3fe0000000000000
	.quad 0x3708000047000000, 0xbbfe120680000000
	.quad 0x2da9bf199311a7ac, 0x265e2703a9f9e855
	.quad 0x4091dbfe43c80000, 0x7fa515a6ffef1109
	.quad 0xc0ca000000000000, 0x00149f3bc7610d4d
	.quad 0x5f7fffff00000000, 0xb6c8915d7fd6f8bb
	.quad 0xc7000000429f5f6c, 0x783d57e06fc95ec8
	.quad 0x7ff8000000000000, 0x3fc8e4030b29daef
	.quad 0x3f9e906bd5ef0e24, 0x50d0e992c3fc3ef9
	.quad 0x5f5f86112ffddefb, 0xff51299e80c39034
	.quad 0x4070fa06f65cee3e, 0x4820152cef7ea7ff
	.quad 0x0020000000000000, 0x0197f6f9ff5edd4f
	.quad 0xc00fdd0f023393e8, 0xffc00000becdd626
	.quad 0x0000000000000000, 0x11117f0f3d1e93dc
	.quad 0x40cff129ffb6a792, 0x809db068383f38fc
	.quad 0x8f94456a7f8e4e59, 0x40f2c00000000000
	.quad 0xd77a21efea11f400, 0x7ff5f2f6576c66a5
seed27:
	.quad 0x6d458d187ca1c422
	.quad 0x8000000000000000
	.quad 0xffffffffffffff2c
	.quad 0x0020000000000001
	.quad 0x4ea0bba2daf7716c
	.quad 0x0529beef19b8907f
	.quad 0xfffffffffffffe50
	.quad 0xffffffe3e033e7c8
	.quad 0xfffffeb9bf6b28ac
	.quad 0x0000011ae1b893bc
	.quad 0x0000000000000272
	.quad 0x6ebb03e81eb72ea0
	.quad 0x0fa75e6606f64e89
	.quad 0x26fed06155e94768
	.quad 0x0000000000000000
	.quad 0x0000000000000036
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0xc02000005a7fffff, 0x783f0d2bb2df46e4
	.quad 0x193324317ada96a6, 0x3f51400000000000
	.quad 0x000955369fdb9c37, 0xbec3da089bf7fdb5
	.quad 0xcf7ffffe00000001, 0xf2f9dcb7e9072458
	.quad 0xc11e000080400000, 0x9aa43a64fc7fffff
	.quad 0x3f0173a27e062adc, 0x778f3dcaffc00000
	.quad 0xf56df173329589b2, 0xc81bd7b34fdffdf3
	.quad 0x57118f71a6efd427, 0x42b4cf81b7300000
	.quad 0x1c71b9fe39144643, 0xbec622f5feeadbef
	.quad 0x3448eb0209ef600c, 0xc1df62ec133ba3db
	.quad 0x7f8000004aa6c32d, 0xc07e70c32b34490a
	.quad 0x7e5817f9b6cc7d31, 0x7ffd142b75d91291
	.quad 0xf2bed128ffc00000, 0x80000000424ced0c
	.quad 0x3f880000ff8ee8cd, 0x7fa4e9dccfffffff
	.quad 0xff9d83301ba61120, 0x250d663ed7ef2d17
	.quad 0x64863238bd2d8000, 0xfa190f07c0f34cba
	.quad 0xff9dc70e49bb97d2, 0x0512f0b5907f7a00
	.quad 0x4124000000000000, 0xbdbdf30ac4c00000
	.quad 0xa60b46b33d193598, 0xd8b5eea17d38ca94
	.quad 0x0072ac6e8b797a80, 0x3d995b6b1a0160bb
	.quad 0x1c84948161f97e8e, 0xcac90f67692cfe00
	.quad 0xc67fffff07bcf1c0, 0x82f461098288d974
	.quad 0xa41db23349284e40, 0xbffe000000000000
	.quad 0x5a00000100000000, 0x3e80000099d30623
	.quad 0xbfa000007f800000, 0x3f8499ead9afb20b
	.quad 0x9a8307644fffffff, 0x7fc00000c19d04fc
	.quad 0xefe005c8afffffc6, 0x7ff0000000000000
	.quad 0x002c0f8febfd7eba, 0x6834a2276fe6edbe
	.quad 0xbfa26629bf79fe93, 0x95f652be59800000
	.quad 0x6b948de618b7281a, 0x5c72d810e25bfef4
	.quad 0x73f3e26b80f0dfae, 0x7e8000002038fb32
	.quad 0x58b64492c96c459f, 0x7f91f919b57fffb7
seed28:
	.quad 0xfffffffffd959987
	.quad 0x5d37bf00d4fa3a79
	.quad 0x00000000000110c5
	.quad 0x0000001b78538ab1
	.quad 0x34bb24cde6ad68d8
	.quad 0x030d642603a43a45
	.quad 0x00000000000001d7
	.quad 0x000000000000efd1
	.quad 0x4b4839d3b1183205
	.quad 0xffffffffffff283d
	.quad 0x0000000000038423
	.quad 0xabc8a512860989d1
	.quad 0x000000000000034c
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x66355b0fcf494958
	.quad 0x04800000
	.quad 0x40000000
	.quad 0x4f8cbbbc0d647c00, 0xcaf9ee607c3d6abf
	.quad 0x99558449bfffffff, 0x00ffffffff7fffff
	.quad 0xc02eb2d0929477af, 0xff0cca2900000000
	.quad 0xfb354be1a3ef5920, 0x480300000160b4e3
	.quad 0x7f7fffff0109e693, 0x0000000000000001
	.quad 0x73dbdf4c6ea40608, 0x43bf4c7e2eb85388
	.quad 0xe62e6d4183fc46e0, 0x7fff7c70e743ab5f
	.quad 0x3780000080000000, 0xfeeefd7d96b82025
	.quad 0xff6edf8ccbe9c400, 0xd9aa8f1c8e044cbf
	.quad 0x01e0360baa6668a0, 0xc29733f4ac480100
	.quad 0x8187f7a9d850ed20, 0xd59eecef608dbb00
	.quad 0x0b233f53f1faf839, 0xc07d16a9aa740832
	.quad 0xc0a03acd014b50de, 0xffc00000800a00fe
	.quad 0x404825d227a4e490, 0x81a2298e84f3cf16
	.quad 0xfff0000000000000, 0x45751a73e3f7f9d0
	.quad 0xff80000042fbd9db, 0x401a000000000000
	.quad 0x7ff0000000000000, 0x124c0ad71a00c62b
	.quad 0x9efb2dfad3fffa3c, 0x7fb2fa228ffdff3f
	.quad 0x0000000000000000, 0xc11400007fc00000
	.quad 0x970215e6d972c700, 0x28876323fdeffc00
	.quad 0x66267f35c2000000, 0xd3991212718fc780
	.quad 0xc09456d8824af99b, 0x7900663cff9bfe0c
	.quad 0xffa37e27cfafb98b, 0x1de288380a483400
	.quad 0x6b8f89c47fdd4141, 0xecd5c1a6a8d1acaa
	.quad 0x8000000000000000, 0x1ac1efe5126bda26
	.quad 0xfffbd07f58dc290b, 0x401bc521ca8de02b
	.quad 0x4131ef7b70d4110d, 0x7dbdd49901ef2e25
	.quad 0xb900000040da057e, 0x59dd822da16d8aa4
	.quad 0x0d13d5fa5b1807ff, 0xf72da4e9fff5fbff
	.quad 0x7f8000007f800000, 0xbd7d8e350e4106d7
	.quad 0x0000000000000000, 0x92fc0c95ffff9df7
	.quad 0x9b98fe472fdc47d0, 0x7e5482f5633b1604
seed29:
	.quad 0xc221b0b88561984f
	.quad 0x2dcf1968ae2de6eb
	.quad 0x0000000000000345
	.quad 0x5323698fd07bb16d
	.quad 0xcd2bddf26e925c0b
	.quad 0xffffffffffffaf16
	.quad 0xfe3c2db3581372a6
	.quad 0x0000000000000281
	.quad 0x1b5fa098ff7f8b60
	.quad 0xffffffffffffff1a
	.quad 0x00000000000001c9
	.quad 0xfffffff75d5293bd
	.quad 0x34866b41bc5afefd
	.quad 0xa8e546f548ead51d
	.quad 0x0000000000000161
	.quad 0x87641c1887280615
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x4021000000000000, 0xbe87970c7ef5638c
	.quad 0x7f1eacc54ab5cbc7, 0x7ff0000000000000
	.quad 0xc17a71fb00800000, 0xbba000004129c287
	.quad 0xc0316db3132ce277, 0x80000000814674b1
	.quad 0xfff5245c0c68a775, 0xc11a00003f000000
	.quad 0xe8443aee7faf5fff, 0xb11e5437fbb59ff6
	.quad 0xfff0000000000000, 0x2a858a6b4842f89a
	.quad 0xff800000bf8d0e52, 0x410cb7d3ffdce147
	.quad 0x4064dc9253e568db, 0x7fe7f4e28bcfeaab
	.quad 0xfc815ae01540acb4, 0xbd45168eb5fde66b
	.quad 0xff800000ffc00000, 0xffad00eb5ffffffe
	.quad 0x7f8000008036bf41, 0x3f2c000000000000
	.quad 0x431759dd49f0b4e2, 0x23dd76ecf717fc6d
	.quad 0xc023c00000000000, 0x1a3c57a0d1feb905
	.quad 0xff39254d5ec42138, 0x0000000075e1d78e
	.quad 0x7e2aea5ba99c55db, 0xdefffffe00000000
	.quad 0x7ff8000000000000, 0xc33ffffffffffffe
	.quad 0x0000000000000001, 0xfa43c8d67fd27ced
	.quad 0x0e2505180060cad7, 0x8000000000000000
	.quad 0x4770eccb415bc1a2, 0xdcdbab6bfeff280c
	.quad 0xc498e60d7f35eefb, 0x057c9b8df5ea3f3e
	.quad 0x8000000000000000, 0x3f7987f97551fd7f
	.quad 0x0becfe6a7fc00000, 0x102fa7711ab8334d
	.quad 0xf2750c253e3db77f, 0xe7f1b83efff4f800
	.quad 0xe7cf39c6ba580000, 0x819ce52f02ff5c9b
	.quad 0x3e09d0cd40600000, 0x4016000000000000
	.quad 0x80005cb3dfe3f63c, 0x3fa0000000000000
	.quad 0x008b8dac21b2f6bf, 0x7fc000007f800000
	.quad 0x7ff6d557d8a98041, 0xfa9f899cff8cbf19
	.quad 0x99a63cd58d4d1cd0, 0xc346c9b305154a76
	.quad 0x6f745b490bd83ae9, 0x0a8943a6807be8b1
	.quad 0xc054204b5c417e2a, 0x7991cb20a3d3fc00
seed30:
	.quad 0xffffffffffffffff
	.quad 0xb501b0d8863ce99c
	.quad 0x8598544df0bd8151
	.quad 0x0000000000000024
	.quad 0x00154af8912e8859
	.quad 0xad1e2350c9cfacae
	.quad 0xef71279fd2fd9fc1
	.quad 0xfe095ee16c043638
	.quad 0x2c58b2ce65b95e12
	.quad 0x0000000001000001
	.quad 0x6006c95ae5912c2b
	.quad 0x000000031a6bf179
	.quad 0xffffffffffffaf92
	.quad 0x0000000000b5e8ac
	.quad 0x00000000000003e8
	.quad 0xfca971ee06549cc2
	.quad 0x04c00000
	.quad 0x00000000
	.quad 0xee9a7e3759c718c4, 0x00400000199c36b9
	.quad 0xc3e0000000000000, 0x814e4229194dffbc
	.quad 0x3f1e800000000000, 0xc0297a9ffa970f22
	.quad 0x3bc3ae704113fd80, 0x95c790194dba8000
	.quad 0x613a0c9bff992471, 0x8424ae37e0313d90
	.quad 0x79a3c60ac6240000, 0x3da8b3fa3eb5faf0
	.quad 0x434f081f8e5617d4, 0x81fd76b1f1ac0a70
	.quad 0x6eb57cf51179bc8e, 0xff000000c0f75f90
	.quad 0xff9e81e87f800000, 0xbf32956dc8b80000
	.quad 0x7fcc77fe3e0354a4, 0xbfde2d7180ca65a7
	.quad 0x7fd0000000000000, 0x4023800000000000
	.quad 0xfe93ec776205ea44, 0xbfc0c4dc123f9cbf
	.quad 0xc07ca7e741100000, 0x0000000080000001
	.quad 0xcdf6e7b8ca93c8a0, 0x000b2ab1d3fc8483
	.quad 0xe73f80faffb30000, 0x270dface6e86fd4b
	.quad 0xffd01add0e930000, 0x800000007effffff
	.quad 0xb95300000928dfd3, 0x7a05bd95fffa8b7d
	.quad 0x3fd8000000000000, 0xd10caef84d485fe7
	.quad 0x405e19ae4a5abf21, 0x008beb252bc17ca2
	.quad 0x807cb79497f070a4, 0xa5c8dac470799b8a
	.quad 0x7ff0000000000000, 0x2da48878fab8333b
	.quad 0xbf61000000000000, 0xfe369a9400000000
	.quad 0x806e0e1b3bd83129, 0x0c77d807e092bf3f
	.quad 0x00084dadce839157, 0xee111fb5ff886f31
	.quad 0x0d183dfbff800000, 0x43f0000000000000
	.quad 0x37d163a9fd74fe82, 0x4343e05c9d394a92
	.quad 0x8077d2cd00000000, 0x8cc11e0d39e684c0
	.quad 0x4ffffffe80425afc, 0x4008000000000000
	.quad 0x00000000c0c00000, 0x7fec4b31fac7c8e0
	.quad 0x7e7423d4da031661, 0x0148962305977e21
	.quad 0xc098c00000000000, 0xfb8687c2c0200000
	.quad 0x032ccaad5fb5ffd7, 0x1ef363164b75656a
seed31:
	.quad 0x8000000000000000
	.quad 0xffffffffffffffea
	.quad 0x000000007fffffff
	.quad 0x000000000001c670
	.quad 0x88f00517fe1abd76
	.quad 0x29da756d8f1759a6
	.quad 0x0000000000000001
	.quad 0x2f66c41688647bef
	.quad 0x0000000000000216
	.quad 0xfffffffffffffeee
	.quad 0x00000000299fcc6d
	.quad 0xffffffdafaafb749
	.quad 0xffffffffffffffff
	.quad 0x00000000005d719c
	.quad 0x0000000000000001
	.quad 0xffffffffffffa55d
	.quad 0x02400000
	.quad 0x30000000
	.quad 0x412c2ac2ffc00000, 0x17b8626e020ab97e
	.quad 0x7ff7cc1812957391, 0x7e2bc225de79938f
	.quad 0xc000c1820e2887ea, 0x3f20000000000000
	.quad 0xea38dbc1f37ffdfd, 0xe9b87a56ef71459d
	.quad 0x434f507b6068dafb, 0x7f800000097a6657
	.quad 0xecf0468fa193c162, 0x653ebb02fff73538
	.quad 0x0c321c7bf7b7cbbf, 0xffe8b29b1058a599
	.quad 0x3ee8e0d9bf42440e, 0x401d2d3316141fcb
	.quad 0xbcd4bc967f7da5b0, 0x40194a3371865f0a
	.quad 0xbdac4622f579aa8b, 0x7ae8dd80f154cfc5
	.quad 0xffc58a93013ad43c, 0xe4a47008dffe1ffc
	.quad 0xcfd9f3a9a7183ffe, 0x877a0aeec0a3594c
	.quad 0x41ddd2c17f90cd73, 0x3f893d792964a976
	.quad 0xfffc8079b1143b82, 0x40623923ded891b9
	.quad 0xc03c122bc5000dc0, 0xa2b2c0081c0a3d99
	.quad 0xffbbaa4b4c841b58, 0x6351a43eb62ec369
	.quad 0x813ae46f5d3d88ba, 0xed1c33afc1180000
	.quad 0xc0e37d58385183a3, 0x403ee7117935ea40
	.quad 0xfff3a7fc23a64d61, 0x8000000000000000
	.quad 0x33bcaeaec36bfc0c, 0xc019f751fd987579
	.quad 0x01f96af65ab28df5, 0x838ac29bc15760d0
	.quad 0x03772bc36eac2eaf, 0xffdfffffffffffff
	.quad 0x7e31584d483a539f, 0xfff23f52bee4e226
	.quad 0x0b2040d31f957d1b, 0xfd75e912ff03a0b9
	.quad 0x4071b9fb4607acdb, 0xd973a763cb5f7c25
	.quad 0x63d521c886e0a7c1, 0xff39f92579d85366
	.quad 0x41d857ed3e361927, 0x00042f0effe56fc3
	.quad 0xc3efffffffffffff, 0x43b000005dc2abc2
	.quad 0x494f835f3c0a8d38, 0x3f855df7c093b265
	.quad 0x4225541a98d795e2, 0x0763d635c1180000
	.quad 0xc3fee61e92ce9a59, 0x66ecac0ad473aa0f
	.quad 0xff80000038e00000, 0x9e641d02fbb537d9
seed32:
	.quad 0x00000002c00967bf
	.quad 0x281909d9dba82df3
	.quad 0x0000000000001217
	.quad 0x20a7337f6640e1a8
	.quad 0x96a92f0adb1d0b25
	.quad 0x3988f8d224b753b2
	.quad 0x618f745ec6db5344
	.quad 0x7a62f4248db090b4
	.quad 0x6e0dbbdd88d35fcd
	.quad 0x00000000000002e1
	.quad 0xe00c64b748f0a67e
	.quad 0x000000000000000d
	.quad 0xfffffffffffffffe
	.quad 0x0000000000000003
	.quad 0xfffcd3da6b13d14a
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xf38af7df1d9140b4, 0xdc5545b202cbca60
	.quad 0x990860cfff8fffea, 0x7ff8000000000000
	.quad 0x005622bc3d5f0dcd, 0xffdb7fbc9357499a
	.quad 0xd7f14ae70a12042a, 0x7f800000c7800001
	.quad 0x470000016a8fd945, 0xfff8000000000000
	.quad 0x7b01bfb5c9fefc20, 0x349a9d098a9a03ff
	.quad 0x4730000001493792, 0xc2ee02ff9cb1c814
	.quad 0x001fffffffffffff, 0x0000000080000000
	.quad 0xd15898a1e9b7fe88, 0x7d9112f9dcf60400
	.quad 0x3ed681fc415ad6bf, 0xbe99c689c0dc0000
	.quad 0x895a6e5bfffff7d9, 0x36c000004f800001
	.quad 0x43f0000000000001, 0x1f3328097f977c00
	.quad 0xede6840d9a3a35e9, 0x4672c053b1bad7b7
	.quad 0x7ff65f6e9079813c, 0x43f0cb884aac44d4
	.quad 0xb8bd6f0cff000000, 0x3fb10aa5ffc00000
	.quad 0x4db4e65dffefd445, 0xc021800000000000
	.quad 0xb4b19cd5bf401300, 0xc0116a54fe6ef5c8
	.quad 0x7d8731e52821b855, 0xbf909946041616e0
	.quad 0x4106c7eb7f284cca, 0x3e69a9e0988a73d0
	.quad 0x90dfe4f1cb68a60e, 0xdcfc99c09ac3c2ac
	.quad 0x7e800000811fa58a, 0x406f5f26ff47d73b
	.quad 0x1531839a98a68995, 0x72614e0dc0200000
	.quad 0x400a6c395f14056a, 0xcc38d423fd7ffe22
	.quad 0x3fc39b388119010a, 0x7ff0000000000000
	.quad 0x433fffffffffffff, 0x586ed2c6aee31be3
	.quad 0x99d31645807fffff, 0x811809791485fae0
	.quad 0x7133b856ffc6e4eb, 0xcd9275e33d8ffb4b
	.quad 0x3fe52a92ea982072, 0x807bd4e4ffc00000
	.quad 0xff8000007fb3d688, 0x8d4397191f44f800
	.quad 0x002ba497c8453501, 0x8000000000000000
	.quad 0x9261a991de0f7fc5, 0xc7800001007fffff
	.quad 0x805e532c3d579a87, 0x77b21dede2d32144
seed33:
	.quad 0xfffffffffffffc9c
	.quad 0xfffe996194112d25
	.quad 0x0020000000000001
	.quad 0xfffffc8dc1a5ba1d
	.quad 0x00000000002c7b90
	.quad 0xfffffffffffffe95
	.quad 0x0af89378db6ae73d
	.quad 0x0067f51e26960a1d
	.quad 0x464a8ef32c3d4aaf
	.quad 0x0000000100000000
	.quad 0x000000000000030f
	.quad 0xdcbc2a555610f0b7
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc2c
	.quad 0x000000000000038e
	.quad 0x07ead0e9eb570251
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x6ad3cbe6775689e6, 0x7fdfffffffffffff
	.quad 0x0035f74254d73b27, 0xbfd0000000000000
	.quad 0x47bf93786bb778ac, 0xa93dc845807fffff
	.quad 0x800103d33c5b3a39, 0x5aabbfedfabf0aaf
	.quad 0xbfc639daca182e8b, 0x004f5a49ff800000
	.quad 0x3fb597db334947d9, 0x16077526a7442cbe
	.quad 0xc4b9d1a07f8de7bb, 0x4fd30de96affd3ff
	.quad 0xc06e36d8f62466bc, 0xbde771a07f80963d
	.quad 0x85c4391088b98389, 0x29a9a3362b5ff9ba
	.quad 0xc00c000000000000, 0xdc573a45d6ddf5fe
	.quad 0x1d8c7855fffc7c00, 0xc5e00000999879ef
	.quad 0xfff5647d86a25839, 0x2fe42220f3d33cbb
	.quad 0x8ffb2f39ff9f7de5, 0xc012000000000000
	.quad 0x4029f2cbd19ae296, 0x4024400000000000
	.quad 0xff972076fc60895b, 0xc211b79e355f6fcf
	.quad 0x000714cad19d2803, 0xde1d05af9daefd4e
	.quad 0x92cb918ee9e77eff, 0x79076adfb6608ea5
	.quad 0x54accf45500d7b95, 0x11b5563904142a5f
	.quad 0x8f5ca2a555311f38, 0x14e00121e5bbfb00
	.quad 0xe6a2a35affe1f9af, 0x7faf33fcffcafe00
	.quad 0x7fc00000c6080000, 0xc40fffffffffffff
	.quad 0x03653435baff0b84, 0x5bf267486710bb11
	.quad 0x7e710d63b6600000, 0x7ff0000000000000
	.quad 0xce5103d7e9d86d60, 0x000000007e800000
	.quad 0x51f18d6177f7f7ff, 0xbf657fc9138ee0b6
	.quad 0x6494184affbcf7de, 0xbf91f12255014af2
	.quad 0x6d1e75602baec72f, 0x80458ebddf800001
	.quad 0xea18e0c2db4e44af, 0xc050000000000000
	.quad 0x00000000adf63381, 0x1533b576448f4beb
	.quad 0x7002ba53c6ce05b0, 0x25cdea4e3ffffe74
	.quad 0xfff0000000000000, 0x8f8b9673ef82237b
	.quad 0x3798b2f75f800001, 0x9a1bae85377eacf2
seed34:
	.quad 0x43bdc6968d6bd5e3
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x2c729fdfc9d1e915
	.quad 0xfffffffffffffffc
	.quad 0xfffffffffffd91d4
	.quad 0xfffffffffffffc47
	.quad 0xf19e942ce0abfa71
	.quad 0x00000000000002d9
	.quad 0xfffffffffffb312f
	.quad 0x1e8bb62b6842a2a9
	.quad 0x0020000000000001
	.quad 0x0000000000000002
	.quad 0x000000001ef09998
	.quad 0xfffffffffffffd59
	.quad 0x0000000000000368
	.quad 0x03400000
	.quad 0x30000000
	.quad 0x3729e6a5f88d3117, 0xfff7ee70ffd411de
	.quad 0x0eb657cdc78ce59d, 0x3e000000ffb1c0b7
	.quad 0xbca75de2be280000, 0x429c64147ff02ce1
	.quad 0x17a21900057a00be, 0x7f93bce5455a0000
	.quad 0x3d12125704ff2625, 0x04b23cab1d9c8f00
	.quad 0x9115c6ce65338c10, 0x7ff8b8318fb4a59d
	.quad 0x81d8f6352f31c923, 0x73c46ba061254c4d
	.quad 0xc018000000000000, 0x66b12f43076e094c
	.quad 0x3d977bf24254c640, 0x9f43d908e7ea1ae1
	.quad 0xedec2a91bffd4f65, 0x7ffe3551baa32159
	.quad 0x3fb8f07514df2114, 0xddc66fba8eb5baf4
	.quad 0x6eddc8ae29e0c488, 0xbfa73d533e552890
	.quad 0xf9c32bcc9089cb73, 0xfff0000000000000
	.quad 0x43a4e299053c3c01, 0x65082724503b8000
	.quad 0xa6a3b09bbc329fbb, 0x802b3d9a1680bec4
	.quad 0xd4daaa960075b31b, 0x7fefffffffffffff
	.quad 0xe100000000d08401, 0x44259a11bbac0000
	.quad 0x096deff8feffffff, 0xffe0000000000000
	.quad 0x405c68fc45ea8bff, 0xc3bac1033d28626f
	.quad 0x00400000bcd5831d, 0x7ff71078e9e29a5d
	.quad 0xc01e800000000000, 0xc1c77f0dfff3c6b6
	.quad 0x00000000c0000000, 0xfff0000000000000
	.quad 0xfe944ae67f800000, 0x3fef0ce5f1ffe25a
	.quad 0xffc878a03fc00000, 0x41140000ff800000
	.quad 0x9390ce7133f949d5, 0x3f80400000000000
	.quad 0xc023000000000000, 0x432d2a8e4072e7f8
	.quad 0x7f80000080800000, 0x0aeb853ccf664380
	.quad 0x416b0f8753ecae40, 0x9bd2e95cba4947f1
	.quad 0x3a928bbebddf8000, 0xfff0000000000000
	.quad 0xffeda9d4df800001, 0x81a80bc3e2dd53f9
	.quad 0x91698c917efddbfb, 0x8010000000000000
	.quad 0x3ec9fbd580694da2, 0xff810d107fc00000
seed35:
	.quad 0x00000000000001b1
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe4e
	.quad 0xc9b9744d6c09c523
	.quad 0xffffc52095342d2f
	.quad 0x0000000000000000
	.quad 0x000000003fa97c67
	.quad 0x000000007fffffff
	.quad 0xffffffffa9a38579
	.quad 0x00000000000001ae
	.quad 0x000000439f1ce00f
	.quad 0xffffffffffffffce
	.quad 0x0000000000000000
	.quad 0xfffffffffffffda7
	.quad 0x0020000000000001
	.quad 0x3c2103a6db6de35b
	.quad 0x02800000
	.quad 0x20000000
	.quad 0xe29cb2b5a8a28e8f, 0x7f8000009dde2c11
	.quad 0x3cfbc2f03fffffff, 0xf42a5a7ccfc18000
	.quad 0xb6bfceb9e6308000, 0x00863aa4c7000000
	.quad 0x407a2645fe802e24, 0x68b15a05ffaad602
	.quad 0xb3194a6862fc0932, 0x02a21cf97b4de2e5
	.quad 0x4bd89572ff7db904, 0x16dc5d78ffc886a0
	.quad 0xb93a7b81f72c45c0, 0xb26d30f2506f0d26
	.quad 0xa7d06c9541797adf, 0xf44c0d5fbf400000
	.quad 0x655cb959c31b0000, 0x834ffbd79a88bea1
	.quad 0x20f730b37fd00f00, 0xfc67cd86bcfd2ced
	.quad 0x79bf510ed3f78318, 0xc7b80000700794f0
	.quad 0x1aae5dc53ff0362e, 0xbf81923621817a7f
	.quad 0x0a09048644b27913, 0x3e982cd301674c54
	.quad 0x720b46cc7f800000, 0xd968e13bac8750c7
	.quad 0x00952422f7fa7e83, 0x7fa1c9e412f3dfd1
	.quad 0x16ecfc4b00ffffff, 0x5a8b2e35b990ac10
	.quad 0x1d972f031470d09f, 0xfff471dc7fffc540
	.quad 0xbb82e7f3c284f6d1, 0x991d476a18251474
	.quad 0xda7fffff7f800000, 0xbf4c800000000000
	.quad 0x7ff0000000000000, 0xbf72a96a97678d81
	.quad 0x1977be694bc89500, 0xf2fd0adeffc00000
	.quad 0xc1e6f5bc223e9414, 0x406000004346ba2b
	.quad 0x653671e710c2fe00, 0x400e000000000000
	.quad 0xff91edffc22ee19a, 0x7fc000007fd3ef16
	.quad 0x54f553e57f8b8001, 0x649d56e0d1114db4
	.quad 0x3fe4000000000000, 0x149438c4df9b4a3e
	.quad 0xceb925ccb121f637, 0xbbb079febe800000
	.quad 0x8068fc913d663cb1, 0x5588f04dbd000000
	.quad 0xc016000000000000, 0x61900e003be0c6f6
	.quad 0x7ecfffeb6dc7acb5, 0xc55fa109b64ada00
	.quad 0xc00b8a544b915a13, 0x401a800000000000
	.quad 0x995b5385ffbdfdbf, 0xc06e500adda691b0
seed36:
	.quad 0xfffffc0fe21fbb35
	.quad 0xfffc3a74bcdd85d6
	.quad 0x002702acabeefdc6
	.quad 0x00000000000001b3
	.quad 0x000000000000021f
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x0009e5dea45eb039
	.quad 0x0000000000000049
	.quad 0xfffffd23877905aa
	.quad 0x9eda3280f61e1819
	.quad 0x526ebf1776a161c5
	.quad 0x00000007156e002c
	.quad 0x3f801330061921aa
	.quad 0xffffffff80000000
	.quad 0x000000000000000b
	.quad 0x01800000
	.quad 0x50000000
	.quad 0x7ff0000000000000, 0x191243c423c41800
	.quad 0x3cc8dc32477fffff, 0x4d96267f0e64a888
	.quad 0x80bf29c3c04816c2, 0x807fffff8ed7c739
	.quad 0xbf8000007f800000, 0x9f13074daa9af469
	.quad 0xc3c59881ffd14389, 0x9967f43c7f844b71
	.quad 0xc10000006b82b707, 0x41fa7d68df6b8983
	.quad 0x25e9e1535fec2f2d, 0xf3720be023378000
	.quad 0xd8fe110300000000, 0x12d7e35ad3fa4fa3
	.quad 0x7ff9bcac4665da2c, 0xc17ba086bcc1bb17
	.quad 0x807b1438ff800000, 0x008414a2e93959f9
	.quad 0xc058d426e0169c9e, 0x8020ef083d654e88
	.quad 0x4003000000000000, 0x43860b5838a4a5d6
	.quad 0x43dabb4dd4e97bb6, 0xfff0000000000000
	.quad 0x8b8797dc7b3febbb, 0xa1a5464709ac3c00
	.quad 0x7e75bc20bd544c00, 0xfe5f23686854e68b
	.quad 0x0002b173bee405c4, 0x7ff0000000000000
	.quad 0x7fb5686d0920d88b, 0x12e187191ea9c0cd
	.quad 0xfce75183ff772a86, 0xfffe57e236a80000
	.quad 0x497fcf6dde6f9cea, 0x000311e2df02e0e0
	.quad 0x40c800000101b783, 0xbec7f0cc5f7fffff
	.quad 0xc603aa47dffffffe, 0xff1977faffeb5fff
	.quad 0xc027ec12aa9c7595, 0xff5d4797b673db67
	.quad 0x8000000000000000, 0xc7800000c3640548
	.quad 0xad5b8823571b1180, 0x001846ce81dddff8
	.quad 0x41e6a77cfbabcfff, 0xa6a5805793d6446a
	.quad 0x3c98be3c5999494e, 0x20dbe1e65a684db0
	.quad 0xc051d6c28534dd99, 0xbfe1000000000000
	.quad 0x0807f45fd59077a9, 0x7278992c7f800000
	.quad 0xb6437770ce58fdc8, 0xd7b2d8337fe5fedb
	.quad 0x0fb2d8e1c07cbbdc, 0xbff5fcf466b9f2d9
	.quad 0xbf8f4f54bbf7faa3, 0xe75da37cfdff8bbe
	.quad 0xfff0000000000000, 0xffcc1d557fc69631
seed37:
	.quad 0x000000007fffffff
	.quad 0x00000000000000e4
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffffe
	.quad 0xdd453aa148a5eb1d
	.quad 0x0000000000000326
	.quad 0x000000007fffffff
	.quad 0xe7ba49442d75d4ec
	.quad 0xf6481d258841f11b
	.quad 0x0abec201340b3aa5
	.quad 0x68b3ffd785af8c7a
	.quad 0xffffffffffffffff
	.quad 0x10a554ce0ff7aa48
	.quad 0x4361e4a11e55c051
	.quad 0x000000007fffffff
	.quad 0x68609f1692e04f22
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0xbfba5d2335126a10, 0x7ff0000000000000
	.quad 0xfa34e6efb0a80767, 0xb601ecad31e7cb93
	.quad 0xbfe82643e85cdaac, 0xbdf000003d49a0ad
	.quad 0x0003f8fd971b3f2e, 0xb661a08ffffd9790
	.quad 0x7ff09694b1b9b830, 0x404591dfbb046e06
	.quad 0x8000000000000000, 0xff800000c19ac1e0
	.quad 0x407f000000000000, 0x4120000000000000
	.quad 0x40325134e197c709, 0x0f5a285977c77ffb
	.quad 0xbfe74054a5733e48, 0x8000000050f6d5a0
	.quad 0x1e50f003bdfb7efb, 0xc130000000000000
	.quad 0xf1ccb2e14653b4df, 0xfffe29d310e6184b
	.quad 0x7fa6337643390bd2, 0x7f931e9a48300000
	.quad 0x801d000c68579f93, 0xfff7209295dfffc2
	.quad 0xd9d9cc23fb3fbd00, 0x8b0f6ab59fe7affd
	.quad 0x6e6515620038182e, 0x85cd7a65ffe47936
	.quad 0x7ff4fa53a6d8e31b, 0x80000000df000001
	.quad 0x61968616d0fedaa0, 0xfdb74c5958609909
	.quad 0x1af855c745b82936, 0x80000000bc8f7dca
	.quad 0xbaafdfb380000000, 0x19cba2f17fc00000
	.quad 0x434fffffffffffff, 0x3ff4000000000000
	.quad 0x4000000000000000, 0xfd9649efa1a1af07
	.quad 0x808e240541160000, 0x3f6dc00000000000
	.quad 0x259d444cff47fd6f, 0x6087b7bcff97f64a
	.quad 0xfff0000000000000, 0xc00079a87f800000
	.quad 0xbee56946ffe492e9, 0xc100000000000000
	.quad 0xf1eb9dd5da6203ff, 0xff800000f8376b98
	.quad 0x084b685d177a83ff, 0x296c1aec911e4bfe
	.quad 0x0ec54cff65fb2f9a, 0xbfb73380295323e3
	.quad 0xfff0000000000000, 0x7fc000003fed2b02
	.quad 0x2aa115f8fda7fefa, 0x7ff8000000000000
	.quad 0xff8ca3e36650b358, 0x7ff8000000000000
	.quad 0x0000000000000000, 0xc520e7a87f7d33fb
seed38:
	.quad 0xe4cd5066851443f4
	.quad 0x3ffa2664f543c49c
	.quad 0x0000000100000000
	.quad 0xfffffffffffc50ff
	.quad 0x5ae26284b1ea795d
	.quad 0xffffba9f61f42598
	.quad 0xfffffffffffffc85
	.quad 0x0020000000000001
	.quad 0xffffa95a3ce59978
	.quad 0x002a35decd72b024
	.quad 0x0000000100000000
	.quad 0xfffffffffffd4869
	.quad 0x740f04a7965ae89e
	.quad 0x626f2418916968d2
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffd2e43b
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x0139c9b042df7fe3, 0x3cf663527fc00000
	.quad 0x1bc71454fffdfec0, 0x02a270d0c026c779
	.quad 0xeaf9b691505d8000, 0xcf079bbfbe6c7410
	.quad 0x007666127fdb21ac, 0xe4f265af7e797ef1
	.quad 0x1e7644ead6bfbf6d, 0xff9e00ed7aeed3d1
	.quad 0xfe0293d96f99d48a, 0x762100911dc7c6d8
	.quad 0xc1f0000000000000, 0x3139a1eee4730000
	.quad 0x7ff0000000000000, 0x7fb68d59feffffff
	.quad 0xffda30bcb4904cb1, 0x1b70c109a8e00000
	.quad 0x115a6e78a53539a0, 0x7ff0000000000000
	.quad 0xc017597255effbe1, 0x016b9e3b7510d252
	.quad 0x5ce972506eea6df8, 0x00000000923911d0
	.quad 0xfd13b3b7d59b0283, 0x000f5cb85454041e
	.quad 0xefff61a199df8000, 0x265fe5a3ffec8800
	.quad 0x5dea582c7f800000, 0x9008a293d57bfedc
	.quad 0x968a0a3980000000, 0xc049eb70e138d5c4
	.quad 0x1b2f25cc217c0578, 0x47bbe6a29c3dd2a0
	.quad 0xffc00000ff85fdaf, 0x41200000a9251c30
	.quad 0x2eccf2e592bcf800, 0x8001461acbcdbaff
	.quad 0xab2c9f3e7ffbe7f6, 0x44d154cd80000000
	.quad 0x03686a1518e99d6a, 0x800e6e292feb5b9b
	.quad 0xe275461ef5ef8200, 0x40531639347d1ebb
	.quad 0xdca1d626fb45fc66, 0x7da9c2f8707fffff
	.quad 0x35f2d80989b33f00, 0xbc5f12fb43f49d4a
	.quad 0x5f7ffffeb1d39c0a, 0xc100000080800000
	.quad 0x7f80000000000000, 0x3568f243ff984280
	.quad 0x4e279a6ead405fa2, 0x006ab85742000000
	.quad 0x406cb02ab190ee88, 0x896129847fb7fd32
	.quad 0xfff6673ee6cdbe5a, 0x6bec8ed5fff3976e
	.quad 0xe26774c3b0ffff4e, 0x3a1c0000211d4713
	.quad 0x423fef0b43c9aa27, 0x00000000001dd42a
	.quad 0xc011800000000000, 0xc003cfc8af84e67b
seed39:
	.quad 0xfffffffff9701f2e
	.quad 0x000000000000003a
	.quad 0xfffc4607cd5f30c4
	.quad 0x7ead53b008a4cd7e
	.quad 0xfffffffffffffad2
	.quad 0xd007e7ac71ddc67a
	.quad 0xea486fd6faf8a271
	.quad 0x0000001d73f94ff9
	.quad 0xfffffffffffffd72
	.quad 0x317f3120e4c8c154
	.quad 0x7fffffffffffffff
	.quad 0xffffffffe6db2c82
	.quad 0x0000000098afe5b7
	.quad 0xffffffffffffffa5
	.quad 0xa52601f3438cabe1
	.quad 0xffffffffffffffd5
	.quad 0x02000000
	.quad 0x40000000
	.quad 0xcaed8b9e912620ab, 0xff64b5f247a4d20f
	.quad 0xba63a816067778b8, 0xfff8000000000000
	.quad 0x101301249520c243, 0x800000007f800000
	.quad 0x3fe0000000000000, 0xbb26d7749033ca41
	.quad 0x8cae6a4d3d9b801e, 0xe544f869831109c6
	.quad 0x3f8992db68c5bdd7, 0x038be0dc4b7f8c6a
	.quad 0x445aed07fffbef74, 0x0000000041ff1203
	.quad 0x40fffffffffffffe, 0x672a062fffc77537
	.quad 0x29e69b82b761d183, 0x9fd6f953b20eee1a
	.quad 0xa11fa3badf7fffff, 0x764c8e8dfdbadf6c
	.quad 0xd4643de650814280, 0xb9a860967fa1fd4e
	.quad 0x54c426bbeeb5fd27, 0xffb93a1efff42a61
	.quad 0x76b306d87d924a7f, 0x99e77e1f7fc486f0
	.quad 0x4e893063e26dc5c0, 0x94892dd1d7b63400
	.quad 0x8000000011af6119, 0x3f9cf26f4ce64843
	.quad 0xd057320cae29f792, 0x8a0aa96540000000
	.quad 0xbfffffffffffffff, 0x4d15ecd12aa37e00
	.quad 0x6532c445217a3317, 0x3fee496480000000
	.quad 0x3daa6be400400000, 0x56a12d964fffe77f
	.quad 0xbb988f5f7fbd1400, 0x28328d6867fdfeca
	.quad 0x407a5c7564c54e11, 0x3e6ede607f800000
	.quad 0x5456142624817b93, 0xfff14258f2c2c722
	.quad 0x7ff0000000000000, 0x38f251e6305407ff
	.quad 0xfff0000000000000, 0xa36f3e99ffc94bee
	.quad 0xfff0000000000000, 0xff936879c4e00000
	.quad 0x3ef3800000000000, 0x7ff0000000000000
	.quad 0x4104000080000000, 0xff80000080000000
	.quad 0x82ae969dcbfbb7b2, 0x04344d38ffc7fc00
	.quad 0xc3b8b37fc067c0ae, 0x7ecf93556152950f
	.quad 0x4040f73ebc20b9d3, 0xfff0000000000000
	.quad 0x940084e96df4dff1, 0xc7fffffec378154d
	.quad 0xd2d8425bf028baff, 0x33156b7f797f8000
seed40:
	.quad 0xffffff9960778ab4
	.quad 0xffffffee72119369
	.quad 0xe27dd1bde5b9f05e
	.quad 0xfffffffffffffed9
	.quad 0xffffffffffce73ac
	.quad 0x00002f458fcf58fa
	.quad 0xffffff3d30030c71
	.quad 0x0000000000000032
	.quad 0x0000000000000e14
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0x644ccefb853a007b
	.quad 0x5d3c979801715f69
	.quad 0x0000000000000001
	.quad 0xfef595c7c9456eb6
	.quad 0xfffffffffffffefe
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0xbf26800000000000, 0xfff0000000000000
	.quad 0x0b2e560ee08dfb8c, 0xc023df309c308254
	.quad 0xd9c1f5d040e80000, 0xf4518f285e0d731c
	.quad 0x359207a92ee87dc0, 0x718aa22347ea0000
	.quad 0x309a493e202cfc00, 0x3f8000009b6e60c3
	.quad 0x807e010a8c61d866, 0x40ac4fc238500000
	.quad 0x804000000f230c88, 0x2c5c8ea84269d6a5
	.quad 0xff839a10ff800000, 0xbfb3475bc5f77be5
	.quad 0x800000003d2d1a47, 0xfe833f500b7c0b3d
	.quad 0x3f80000100000000, 0x0000000000000000
	.quad 0x1abbb751f5f7feec, 0xfff0000000000000
	.quad 0x0000000000000000, 0x3d9a2ff143168000
	.quad 0xbc9833f612af4675, 0x64992101f0eb7f54
	.quad 0x272c093b22ed4910, 0xb03faa2d10c0b3f5
	.quad 0xd69626005871fe00, 0x72a3eb1dffd97a00
	.quad 0x029c4294adb0d256, 0x00000000c2a41349
	.quad 0x1a82d6057df70800, 0xb269656d97cfd76d
	.quad 0x96ba453dc7d850e0, 0x80000001bfd00000
	.quad 0x1286560cc1eefaec, 0x883b0069fffabbb7
	.quad 0xf699a46d384e0000, 0x58c6d10ff6dfcffb
	.quad 0x7fbaed2f7fb50c2c, 0x74aa6ef66fc7ee87
	.quad 0xbc98d7e968778000, 0xa5f4088f405e2913
	.quad 0x36e1989f77da8000, 0x964fbe45cbdfd820
	.quad 0x5a66ff34357624ec, 0xb7c2ddd37d7fffff
	.quad 0x48851ba288fa7c00, 0x3f82ebf16644f2a7
	.quad 0xf12173b2a13c831a, 0x3faa9dead48e173f
	.quad 0x9056e8946f55c400, 0x7fc00000f840a6cf
	.quad 0x7d8c578d68e0451d, 0xc33f6f99f5972a5f
	.quad 0x36799b9cfb3100ad, 0xbb1eac7d3b3787ff
	.quad 0x6453fc49273b8200, 0xecd45b857ebfbb7f
	.quad 0xa442e7dacfffffab, 0xd5d51c60d4ffda98
	.quad 0x3ca695de1b27008f, 0x8000000000000000
seed41:
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffe
	.quad 0x23883ab1c7168b03
	.quad 0x00000000071eced4
	.quad 0xffffffffffffffff
	.quad 0xff2ba2040bf8a8d1
	.quad 0x0000002c9c740b77
	.quad 0x0000000000000000
	.quad 0xffff1439b7bb089b
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0xa401cc5b99940438
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0xffffffffffc853c4
	.quad 0xb2ec35c754d315a7
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0xffce47b95f800000, 0x8000000000000000
	.quad 0x4060000000000000, 0x1d79dc69f8cfcda9
	.quad 0x761db5a385448000, 0x7fc00000ffa222a2
	.quad 0xdb1469b9eba511d9, 0x7723500c069ea87d
	.quad 0xfb1aa8db7fc0eaa4, 0x1c61c9b87f800000
	.quad 0xa7e44790d0b79cb7, 0x8e9f17e78f09fd5b
	.quad 0xd2807460bea3beaf, 0x852084efbfead8d0
	.quad 0xc0a82d67b71f37c0, 0xff8000005f7fffff
	.quad 0x40e00000c0a00000, 0xfe683d52ed111dfe
	.quad 0xd07e7510facddd7a, 0x7fda90713a2750ea
	.quad 0x42f802b7ff9aa465, 0x3fd1db7ce7e0ec85
	.quad 0x54f8da772dc64700, 0xc031ae59dc80fdd3
	.quad 0x08759265c393f3a0, 0xfff75661ff8952ea
	.quad 0x9f0e8083127e4ab3, 0xda17855880400000
	.quad 0x8000000000000000, 0xfff2e1f24d749a56
	.quad 0x80000001c2e521dd, 0x315af2369f6bcddf
	.quad 0x008322625a45d4ae, 0xfbb71f89e8ae7c00
	.quad 0x400000010019d1aa, 0x7f000000bc33e653
	.quad 0x7f95d4a6c9040000, 0xfff0000000000000
	.quad 0xbfa2ebf7e369e43a, 0xd306f2907fec3c00
	.quad 0x6ab6101bdbd0fe27, 0xc00f35da1011bcc1
	.quad 0xc77ffffe5bb08028, 0x5569c96fcdcc0600
	.quad 0xb45f0196f3fffdf0, 0x5b1a026bae2dceb4
	.quad 0xcfa80dd6bff3f9b1, 0x8e73f0bcfff20a2f
	.quad 0x95f6553398eb0dbc, 0xfff8000000000000
	.quad 0xbfe000003b8e1f8d, 0x0005956f93ea22bd
	.quad 0x064f0e4fba205ebd, 0x3b9157ff3fa85478
	.quad 0x90f8538778909582, 0x7ff255c4e6a82f8a
	.quad 0x800657e85d98ab8c, 0x8000000000000000
	.quad 0x9f380f2a39d32615, 0xc3c221e5355f4999
	.quad 0x67309868feffffff, 0x46d07007a2d27076
	.quad 0x3f2b400000000000, 0xf424fd173fe00000
seed42:
	.quad 0xf104e7adcf446f02
	.quad 0x12b3435f6a96c349
	.quad 0xffffffffffffffcc
	.quad 0x0000000100000000
	.quad 0x0000000263cded00
	.quad 0xb7248818fdc452bd
	.quad 0x61091f6c6d47d8a1
	.quad 0x0000007b1f51a03e
	.quad 0x3bbdd1131e95fb35
	.quad 0xfffffffffffffc1d
	.quad 0x0073e67ed900ec3f
	.quad 0xeb0ac6389ff81761
	.quad 0xfffffffffffff0bb
	.quad 0x8ad689dc3564d3c3
	.quad 0x65139980e83130fe
	.quad 0xffffffffffffc064
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x800000007fc6a9d8, 0x1488c360fbb9843b
	.quad 0xfff0000000000000, 0x4000000039110000
	.quad 0x417ddb8740980000, 0x4d2f725b2ad8080d
	.quad 0x154eb8ef797c0558, 0x5d4807eddeff7fff
	.quad 0x4038200000000000, 0xfff0331126f94e29
	.quad 0x7f00000000000000, 0xfa11e3152084fdda
	.quad 0x7763d3507f5ff89f, 0x8009f9b25bf35646
	.quad 0x3dd36257432b508c, 0xffd0000000000000
	.quad 0x7e863da0ffc0a7f0, 0xeba575999673c380
	.quad 0xfff0000000000000, 0x7ff2a44eff800000
	.quad 0xbc778aea166a2f53, 0xc259a7669e6ccab7
	.quad 0xfdaa9fa6d148210c, 0x6b7794747f843053
	.quad 0xd2536541e8fa8000, 0xe9329058efe7ee63
	.quad 0x4001162e18ce8cc6, 0x7fc208d09dc208dc
	.quad 0xd4530d5e00000000, 0xdc02eb565b0f06b4
	.quad 0x64f47e42b88c00a8, 0x65477ecb3dba7efe
	.quad 0x0000701ae1484ef0, 0xc8b25ca2592a0000
	.quad 0xc067030b2d6d2c0c, 0x80193a5f75d3fb14
	.quad 0x6ae3ea14d74eb8ff, 0xabb39362ca7fffff
	.quad 0x35d3c3a7c00248dd, 0x854831bd31bd944b
	.quad 0xe0e2b5109bc28000, 0x80000000bf000000
	.quad 0x459965aafbfffffe, 0x7f8000006399797e
	.quad 0x402e09faffc00000, 0x8000000000000001
	.quad 0x8000000000000000, 0xd653b88befbffbed
	.quad 0x46a476e97fe77f4d, 0xda399c183d856907
	.quad 0xc04074f9f5efb5d7, 0x30569bb259e6d4d4
	.quad 0x3f77500000000000, 0x33e423affefbfe3f
	.quad 0xcf31dbca7014fc00, 0xffc0000000000000
	.quad 0x3b2426cd58f59958, 0xc006000000000000
	.quad 0xd4737e50809ea15c, 0xf22b243143d92bcb
	.quad 0xffefffffffffffff, 0xbeaa56dedc476f35
	.quad 0xb8800000c0ad7e04, 0xffc00000411a0000
seed43:
	.quad 0xd897a55fa2515ce8
	.quad 0x0000000000000115
	.quad 0x25fbf7fe860e081d
	.quad 0x000000000000e9b0
	.quad 0x3d3bd58f61d82d5e
	.quad 0xfffffffd796b9a15
	.quad 0xffffffffffff8656
	.quad 0xfffffffffffffe7d
	.quad 0x547cecb07c8eea79
	.quad 0x0000000000000293
	.quad 0xba952cd82faed3bd
	.quad 0x0000000001000001
	.quad 0xc6620036d9c23a3f
	.quad 0xffffffffffffff0e
	.quad 0xe5e200dd891e8702
	.quad 0xfffffffffffffe87
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xc719999942993b1c, 0x14953511c14c8570
	.quad 0xc000000000000000, 0xa86db169086b47f8
	.quad 0x404556b7e1a12878, 0x81cf441b48bd00fe
	.quad 0xffc000007fc00000, 0xff8000007fb08a9b
	.quad 0x4741525b79e91e30, 0x448c1c47d4e7bfef
	.quad 0x477fffff80786c10, 0x81a63e83b969263e
	.quad 0x79cca2eefe800000, 0x1af71b81f6613d29
	.quad 0xa90adeb1262dc8b0, 0x8bddfd8684c847bf
	.quad 0x00582d003af40000, 0x35acc37710f70152
	.quad 0xec962a94ff7bf99b, 0xc9b7fbed3d826ea0
	.quad 0x421dd77b5f7ae6f2, 0x592847bdff800000
	.quad 0xfff0000000000000, 0x7ff85e30742f2c6f
	.quad 0x42ac008e7f000000, 0x41200000cfffffff
	.quad 0xc0164f519335a6fb, 0x91e027a6c9d7ff2c
	.quad 0xc009000000000000, 0xff842a0a802e046c
	.quad 0xb698ad9ba86f57cf, 0x0900bf5abe1aeed3
	.quad 0x6adf2881ffefec5a, 0x818ced06c4e457f8
	.quad 0xade70571f6bfff75, 0xfff8000000000000
	.quad 0xe04e7828d7ffffff, 0xff8000000063f52d
	.quad 0x97723ae88d6953de, 0x0000000000000000
	.quad 0xc02e000000000000, 0xcd916f0ecdffeb3f
	.quad 0xa58f0b93bfc45d7a, 0x1d835969c34f7fdf
	.quad 0xdd6114dd7dcfafb9, 0xda0000003f419ee5
	.quad 0x4d94faf6ad3e1c4d, 0xf1ee64c6ffaccd1c
	.quad 0x3fb5f00000000000, 0xf29223855f8c1f79
	.quad 0x80ffffff48800000, 0x9aafc5c600000001
	.quad 0xffc00000ff800000, 0x507ffffe7fdeee0d
	.quad 0x0f58492cb55a3649, 0xffa4e4d3bb94ea08
	.quad 0xdf1fdcca7fc00000, 0x3d76a643cf72bc80
	.quad 0x7fdfffffffffffff, 0x18a778271946fbff
	.quad 0x648c476911ba7e00, 0xc8f4c507fe207c00
	.quad 0x0dc1961fdbb90000, 0xbce000007f998e1c
seed44:
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0xffff29d7831c1644
	.quad 0xda99d0b07556b2ce
	.quad 0x00000000ffffffff
	.quad 0xcdabedce8c57ea79
	.quad 0x63b2390dab436290
	.quad 0x89d0353b382ff807
	.quad 0x0000000000000000
	.quad 0xe03263f7114143a0
	.quad 0xfffffffffffa4780
	.quad 0x83b33bc7628341cb
	.quad 0x0000000011f8de25
	.quad 0xd2c321a04615efeb
	.quad 0x0000000000125bb2
	.quad 0xfffffffffffffda9
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x3be670ebc0ee7e00, 0x0000000000000000
	.quad 0x8000000000b01963, 0x3bc5019e9f93767e
	.quad 0x8000000000000001, 0x81ac8e3f1a6e885f
	.quad 0x81412e80800a3d32, 0x402161723b6688fa
	.quad 0xffa214bfc0000000, 0x4004000000000000
	.quad 0xffe30c7e1d4a6873, 0xb935499ebfd3c40a
	.quad 0x3ffc7c0fbfb66ae1, 0x9a3e32c47ffef7fc
	.quad 0x087481e5ffc53765, 0xbb3b45fe7fef0eac
	.quad 0x807645aec0644893, 0x027afd9c85268000
	.quad 0x25951d9fedfb83ff, 0x80059b1975f9cd59
	.quad 0xdec48f0e92567e00, 0xc17612d93d740000
	.quad 0x0643ddd3d6fd42cb, 0x3e04889cc11a0000
	.quad 0x80029048a87a0283, 0xbf05000000000000
	.quad 0x3eab68f37f8c0000, 0xffefffffffffffff
	.quad 0x7318081dff927c00, 0x7f8000003d424c06
	.quad 0xff800000887c6b32, 0x3e98614dd18bf28f
	.quad 0xfe800000b8000000, 0x6b176eb9863a0993
	.quad 0xfff8000000000000, 0xe315238ebb37a7ff
	.quad 0x03773b59ffb6fc51, 0xd557502bb8a65ca8
	.quad 0xff8f2c8d7f99062a, 0x802fffffffffffff
	.quad 0x715257497f09cf1a, 0xffdca0a43b3590c4
	.quad 0xc3f0000000000001, 0x3f9f63d3fc03e2ef
	.quad 0xfff3505765dc12f8, 0xc00ffffffffffffe
	.quad 0x4002c43cddcb25f3, 0x7e38dd1bc7add00b
	.quad 0x801fffffffffffff, 0x02ee0eacc128051d
	.quad 0x80ffffff815dc6fe, 0x0c3091797fdb4440
	.quad 0xfeb4a81b1e93bf03, 0x3ff8b7cede789b83
	.quad 0x214bd20fffdf4f73, 0x3c6c0000ff893f35
	.quad 0xc020800000000000, 0x7ff32002fd1964ca
	.quad 0x41dc87a9e2061d4c, 0xbf5b7369ffbe05e2
	.quad 0x0fe943fa366b9982, 0x9dbed1997fb7cfef
	.quad 0x02aa1631696aacf0, 0xe6a82857ff800000
seed45:
	.quad 0x0ddbd660b119114a
	.quad 0x00000000000000d2
	.quad 0x0000000000003173
	.quad 0xffffc57259fde076
	.quad 0xf9068234e735ddd9
	.quad 0xe91d193db9c9e0d9
	.quad 0x23dccc3f373dd1bf
	.quad 0x7f5c4f1776ea2520
	.quad 0xa79a7087307d660c
	.quad 0xfffffffffffffd06
	.quad 0xfffffffffffffe19
	.quad 0x0000000000000380
	.quad 0x00000000ffffffff
	.quad 0x000000439e5e3dd5
	.quad 0xffffffff4939a4a3
	.quad 0xfffffffffffffdd4
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xc020000080000000, 0x42aef91a00800000
	.quad 0x0010000000000000, 0xbc006367ffbff7f0
	.quad 0xffac7dafff800000, 0x39a0cc71cc6d10c2
	.quad 0x7fc00000c15bb5fa, 0xfffa7f518155c462
	.quad 0x7fd0000000000000, 0x406c35d9b782e4ad
	.quad 0xf9ccf648e9f3bde2, 0x403216b85c407349
	.quad 0x1a28e7a2ed78f03f, 0x5ec4bad7c63a2ba4
	.quad 0x8000000000000000, 0x13f799adb5195f39
	.quad 0x7fe0000000000000, 0xa10f821a00000001
	.quad 0x5113db9cc2f17f81, 0x3d256d00c37f8000
	.quad 0x3ffe1c3b0432e74f, 0xffd87ed36633ab94
	.quad 0x3ed9000000000000, 0xb95feac5fe5ffbdd
	.quad 0x1616ec1f8162663a, 0x80800000ff9a2ec1
	.quad 0x7fb474eb00000000, 0x7d1909acffcadece
	.quad 0xc00000007f800000, 0x4e5c3454ffe27880
	.quad 0x5f000001ff7fffff, 0x81250263d9f569e1
	.quad 0xe13435ef794ec740, 0x85529da242576e88
	.quad 0xc07ffffe00f718b4, 0x973a34d6bb53fef0
	.quad 0xcb28457f0b5438b9, 0x1a8834f932cefcca
	.quad 0xc0c80000ffc00000, 0x987cd1207fd5bc4d
	.quad 0x18813679ff817a24, 0x77b4acf1c0500000
	.quad 0xfc8170d2bc76c958, 0x956856563f800001
	.quad 0xfff6417ec005aeec, 0xc520000080800000
	.quad 0x7fd8f37b0d2f79fe, 0x13178359daffffff
	.quad 0x400a000000000000, 0x80000000be21314f
	.quad 0x7ff5d77db8807ea9, 0xbfe0000000000000
	.quad 0xd9aa540280400000, 0x30146bb1a1de2d95
	.quad 0xc022fc2e2a5c9e95, 0x800ea043128f16a7
	.quad 0x0ac834367efffbfe, 0x8887280d3634000c
	.quad 0x6f941b5a8d3c5fc5, 0x401d000000000000
	.quad 0x83a052243f27dd9d, 0x800000000168d572
	.quad 0x5ffffffebf042411, 0xc06922e4de64f5a1
seed46:
	.quad 0x670992c252e754aa
	.quad 0x7e3e471e1fcc043a
	.quad 0x0252d93f690bc8df
	.quad 0x43855ebb3923d090
	.quad 0xff8803d102e5fa07
	.quad 0x11d24cdab2842d9c
	.quad 0xfffffffffffffff9
	.quad 0x5269bdacdde2b215
	.quad 0xff6d6033384289b5
	.quad 0x0000000001000001
	.quad 0x0000000000000287
	.quad 0x7fa6eda108b9057d
	.quad 0xcb6ae6ec5e239855
	.quad 0x00000000000002bc
	.quad 0xffff7d73c143d25f
	.quad 0x0000000000000124
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xc07ffffe80000000, 0x7a0ef6d3802ea090
	.quad 0x3ff4edec894a508d, 0x43e2027a9750f458
	.quad 0x800000006d4f954b, 0x6f2abff28cfcc98e
	.quad 0xbf8745a5b7b2f25a, 0xb1d73b90bf9fddee
	.quad 0xd7c4a3d1dd2effdd, 0x800000000076e9de
	.quad 0xfffd9fdd2edd8b9a, 0x52323b06ff5f7efc
	.quad 0xc01e000000000000, 0x0fa3498f4098223d
	.quad 0x89f08db9a77fffff, 0xc0300000bba4a41b
	.quad 0x3f71000000000000, 0x0000000000000000
	.quad 0x8000000000000000, 0xbfd70e74963b5652
	.quad 0x8040000080000000, 0x4113e00000000000
	.quad 0x477ffffe7effffff, 0x3fe4979023425809
	.quad 0x4d17b2d6345ec263, 0x9aae72b4850cfa03
	.quad 0x8003bdbb56a3b538, 0xfff8000000000000
	.quad 0xbcfe1096bf4bd6b3, 0x7fee38b7ec854bab
	.quad 0x014c34e2c6944c96, 0xc0f678c1bcbe4860
	.quad 0xfff0000000000000, 0x5a5560767ff1c623
	.quad 0x5bd99ca37fffffff, 0x6beb4d2f92c33ea1
	.quad 0x4490203e1dbbda70, 0xc110000083311194
	.quad 0x06d51581fffdfc2b, 0xc96000007effffff
	.quad 0xc6887c2eedff7f5b, 0xc1140000ba4affff
	.quad 0x577c06663dd00000, 0x9881477be0c518b5
	.quad 0x80049d8a74d42c86, 0xc922faa7e974d387
	.quad 0x3fb90f1b00edaf08, 0x514a28af7d61a550
	.quad 0xfff8000000000000, 0x7d0098937bbeccf8
	.quad 0xfe800000c09c0000, 0x195e0ac1c0c789fc
	.quad 0x26b934177fb0e100, 0x2965b65be2d4788b
	.quad 0xb529bfc07fd3382f, 0x7fef4633ea2f7bb1
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x9b794066b7fd9529, 0x0e3f1aa2ffc3a75b
	.quad 0x00757e8c80000000, 0x3fb9bf4501f00edf
	.quad 0x4048f6b84bda3f3e, 0x390366b9791ae26d
seed47:
	.quad 0x0020000000000001
	.quad 0x000000000003cd68
	.quad 0x00000000000001f8
	.quad 0xfffb46d85159c029
	.quad 0x0000000000000073
	.quad 0x00000000ffffffff
	.quad 0x00000000ae355f79
	.quad 0x0000000000cd6b2e
	.quad 0x08753f2db80198dd
	.quad 0x0000cc3068034824
	.quad 0x0000000011ff90e1
	.quad 0xae2d0ae506d5c29a
	.quad 0x0000000000000001
	.quad 0xffe979c435af0996
	.quad 0xffffffe7f9332b03
	.quad 0x00000000000ddce2
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0xdb6e998c49ab36e5, 0x9b5db7a53ffdf3ed
	.quad 0xe65132fc507fffff, 0x979811ef3fa00000
	.quad 0x7c105c796610012c, 0xfd907cac7cee3d81
	.quad 0xc129000000000000, 0x023b448fd7d179ee
	.quad 0xc1c415d246f50000, 0x147f1dcdf8ec25f5
	.quad 0xc3e0000000000001, 0xa0923c5059dffd86
	.quad 0x801b226b65b96f19, 0x88780498effdff6b
	.quad 0x7ea5b6e771e5cd81, 0x5f000000bea00000
	.quad 0x03bb67cd34eaa847, 0xc018000000000000
	.quad 0x0777911f41f81d1b, 0xffc000007f94680e
	.quad 0xd74372f87ff30bff, 0x7de1f8680d0a5ab7
	.quad 0xc603cc4fe0460957, 0x61eb8406fd47e9ac
	.quad 0x45a6803781a454bd, 0x8723db6005bd7c2f
	.quad 0xf3a45901b0b0bbcb, 0xfffbbc37b76840a5
	.quad 0x0000000000000000, 0x99b828de3fbc0000
	.quad 0xbfd4a83dcc2254e0, 0x7ff4a8fec08be398
	.quad 0x111b7f3381916681, 0x7f8000007f8668e4
	.quad 0x9d7008132e637e00, 0x7f8000007fb7c70f
	.quad 0xf8d83d48c1200000, 0x000000005fffffff
	.quad 0xc002000000000000, 0xffb725d741a6f3f4
	.quad 0x0000000000000000, 0x49b2053e5dffffff
	.quad 0xd42888d441c75497, 0x3fe26750f16acf88
	.quad 0x805a53be80000000, 0x406891575b213be5
	.quad 0x71e05f03e4b0c4c0, 0xff2aaff7ccffffff
	.quad 0x9cfb36477dbdffa6, 0x0056d5b700000000
	.quad 0x59ce9686ff57dedd, 0xa52c0092a2291e0e
	.quad 0x5c8b1021fde376ff, 0xffded3c462514066
	.quad 0xc3bd00003e6839bb, 0xff80000014a3df57
	.quad 0x01227a710124b74c, 0x7f23980b006dd26a
	.quad 0x9c113bac609ef4c9, 0x7e40ebf93c748a0f
	.quad 0x40b80000ff800000, 0x0000000000000000
	.quad 0xffae39dbf1e55d68, 0x665f0ac87fc00000
seed48:
	.quad 0xa80a2617b59df0a8
	.quad 0xffe5032d22738338
	.quad 0xff9ba8b6027ebf90
	.quad 0xc7e92d749cf79416
	.quad 0x00000f35ad0f15a1
	.quad 0xfffffffffffffe9c
	.quad 0x8049940541819662
	.quad 0x0000000000000141
	.quad 0x40aa81ab4b19c677
	.quad 0x00000005b81ae29d
	.quad 0xc1b6ebb4825ffbcc
	.quad 0xfffffffffffffe28
	.quad 0x0000000000000002
	.quad 0x32c57f0a1c160930
	.quad 0x000000002f0525a4
	.quad 0xfffffffffffffffb
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x40052f657c6404cc, 0x4052c4be67f1fe00
	.quad 0x3ff3a9970d5cb4b6, 0x6fb189b4f6bc905a
	.quad 0x800cf61b5206bb3a, 0x040cc7c158f1c244
	.quad 0xddf8f4a5f7fffee0, 0x182aba151c587b23
	.quad 0x0000000016fc92e6, 0xbeb4000000000000
	.quad 0xe8bfe12ebb77fc54, 0x4383ef0788f12614
	.quad 0x98a7a8e806bd7e00, 0x6f50fec641620000
	.quad 0xff1838eed5efbaf3, 0x3bf367c8a3d8814f
	.quad 0x919e4f0ff7714770, 0xbb438e82a8b326a0
	.quad 0x6cd89c0419afba5f, 0x7ff576c90d0db782
	.quad 0x7f800000807fffff, 0x224b83c8cb67d5a0
	.quad 0xe900aff4cbdfc6a0, 0xf5d56f80dfe278cd
	.quad 0x0000000000000000, 0x7ff8000000000000
	.quad 0x5a515cf68ba3eb85, 0xffe168402c52d76c
	.quad 0x807fffff6995b6f6, 0x5eb6ceef7f800000
	.quad 0x9970851e3bff7cfd, 0x7d0e56680077ac36
	.quad 0x0318be53410c0000, 0x3fffb64f7ed76dc1
	.quad 0x8000000000000000, 0x03c46761393f7420
	.quad 0x32b6e5483f1bc91f, 0x266b3a537ee27c0b
	.quad 0xc474b1be816800aa, 0xbef7fb36ffa2562b
	.quad 0x3f981b26db92d0fa, 0xc054cc2ef6917e00
	.quad 0x1315a45cec721000, 0x8134878cfa5c1955
	.quad 0xfff67b2d30ce2e89, 0x5a7d3055ff77f0dc
	.quad 0xe64d174aad1b7aab, 0x00f8a5f700000000
	.quad 0x800000006de5ed10, 0xbec28c503c9e3bd5
	.quad 0x802fffffffffffff, 0x40cc0000c3600000
	.quad 0xc048000000000000, 0x800599fff38bb40c
	.quad 0x4975d0a8f035fb15, 0xffad2ee4ffab3cea
	.quad 0x026bcab46f71abaa, 0xc1f7446b3e397e0c
	.quad 0xff95543ec08ca0e6, 0x397c54c5d14f20d9
	.quad 0xffe564a675846670, 0xfff089f738a7883e
	.quad 0x386ba4429a39bfef, 0xc004daf198f0c248
seed49:
	.quad 0x0000000003657ce5
	.quad 0x61fac052f933f833
	.quad 0xffffffffffffff92
	.quad 0xb0a78ebe38b3d98f
	.quad 0x00000000000000cc
	.quad 0x0000000000000002
	.quad 0xfffffffff8a363e3
	.quad 0x4d93c244b1f31a5b
	.quad 0x03ee2a16e18635ef
	.quad 0x110a4dc8353a0d18
	.quad 0x00000000ffffffff
	.quad 0x00000000001438c7
	.quad 0x508397acd9d2838f
	.quad 0x7fffffffffffffff
	.quad 0xd311b84d9fd84c61
	.quad 0x5a232bb86bb60742
	.quad 0x03000000
	.quad 0x20000000
	.quad 0xde9882a95dd67c00, 0x4070c00000000000
	.quad 0x39e0000040bc3ce0, 0xf78f4370444dc880
	.quad 0x10dcf2b19d140188, 0xc7ffffff80000000
	.quad 0x276d6ca8fc39fe00, 0x800fffffffffffff
	.quad 0x240b37f2febf26ff, 0xfd74954f69358df7
	.quad 0xdf51c8a63ff6f9ed, 0x416ffffffffffffe
	.quad 0x58f2f83dbff998ad, 0x0000000000000000
	.quad 0x03858d24088bc2f4, 0x087771d0437dfc00
	.quad 0x7fac813647800000, 0xb47a817e40d80000
	.quad 0xc0880000dc000001, 0x7cab5d5ddffffffe
	.quad 0x7ff08dfb7cd48e26, 0x75ae807cafa5bffe
	.quad 0x3fbe1c09bfdfca24, 0xff8000000160c434
	.quad 0xffb0ac4b15b3e7e6, 0xb68ffd3b032b3800
	.quad 0x9b3303987fa94445, 0xfffe74b72e3d1229
	.quad 0x3865336afefffffe, 0x3ffc000000000000
	.quad 0x958bb4d42056fd76, 0xfe3b4c4f42185300
	.quad 0x01e52007b3392f88, 0xfff8949562106fd8
	.quad 0x0f0377399a2fc200, 0x957e5cd4921874bb
	.quad 0xc0687cc0742f8b83, 0xfffe04e3de23a52f
	.quad 0x0c899f38c38b4335, 0x3eff8000fff378bd
	.quad 0xda423314f436374c, 0xffd2bb0b841c5083
	.quad 0xf058cc3457741cdd, 0xa1ccc794e08a360e
	.quad 0x9dd6fcff11e68000, 0x4022800000000000
	.quad 0x116160fac6f77fdb, 0xffefffffffffffff
	.quad 0xfff0b606ffc00000, 0xc10c00003ee9baee
	.quad 0xd8f3cfb41298c4f9, 0x7f8c974cd93aa37d
	.quad 0xffbeecc380000001, 0xc0790d40ad3dcbaf
	.quad 0xc34fffffffffffff, 0xfff58c354f7161eb
	.quad 0x3d7e23f1416f8de9, 0x6e9d4df441c2129a
	.quad 0x27808847e7ff7fcf, 0xc7000000800e4889
	.quad 0xa3f6852ac86877ff, 0x7fc000003bd2e3a3
	.quad 0xffe67183e1b9a2b4, 0xd98000013b854a4a
seed50:
	.quad 0x000001f3443a8360
	.quad 0xfffffffcde7252d7
	.quad 0x00000000ffffffff
	.quad 0x0000048b1a516691
	.quad 0x677fd3a5efefb660
	.quad 0xa8fc43cd0d982f5a
	.quad 0x000000014a1d2632
	.quad 0x0000000000000000
	.quad 0xdb5e5164d4196b79
	.quad 0xfffffffffffffe1f
	.quad 0xcc6d7456da600041
	.quad 0xffffffffffe3851a
	.quad 0xfffffffff7b39a7a
	.quad 0x00000000000002af
	.quad 0x0000000000000000
	.quad 0x0000001e08f8fbfe
	.quad 0x02800000
	.quad 0xa0000000
	.quad 0x1d394ea7f36fe9eb, 0x4048000000000000
	.quad 0xbbd26d6dfb6cbd95, 0x7fa36b8dfbdcf07b
	.quad 0x6c685f35d87f4500, 0x014e377780000000
	.quad 0x3fa9c009c46d3736, 0xc3f0984dd9ffffff
	.quad 0xe413aaf2bd7f7c96, 0x7ff6ca9f675006ef
	.quad 0x370493d5e8ce9e16, 0x3bab6a4b41b45ef6
	.quad 0x8000000000000000, 0xffdc0b717e800000
	.quad 0x422aeec1c014d2d8, 0x1a6d3c6d2b26fc88
	.quad 0x6c8d1cfc7bf77f18, 0xc30ae67e7f800000
	.quad 0xbdcf0e7f00000000, 0x4e0e08bea57583c0
	.quad 0x7ffc348881a27583, 0xcdb4eba9a7648029
	.quad 0xff755f3300ffffff, 0x80c760444767e5d4
	.quad 0x3cfb9646337a7fd3, 0xa76cbcf67dfffba2
	.quad 0xc0785b15a9898c18, 0xbc0000000fa62cd4
	.quad 0x80bfe84ebdf03018, 0x8f3e4e287ff2e774
	.quad 0x02259a20d1a178d4, 0x5e821db3afe91bbb
	.quad 0x2d6319f87fa63a5d, 0xfff6e3a91d1b5acb
	.quad 0x8b2dd1aafa2b7c84, 0x0e6be1d37fcfe7d5
	.quad 0x088281ea7ffe0b2d, 0xe651b22ed1fdff30
	.quad 0x8000000000000000, 0xc02dd1e98fa224ab
	.quad 0x7e3dd62bd590218a, 0x919595eaff9cc7ff
	.quad 0x0000000000000000, 0x747b5e0e11397a21
	.quad 0x0000000000000000, 0x6d8d09cdc180c217
	.quad 0x5ab8da0e8945fc0f, 0x4029795e6fea3ce8
	.quad 0xffc000008060a225, 0x7ffbde2067c8f4ce
	.quad 0xfce5569af2814862, 0xdebf82e6bc44ebea
	.quad 0x3ebc000000000000, 0xc28390f4bfe5d006
	.quad 0xbf96064915942e31, 0x089991349d39a580
	.quad 0x00069c9ed3a7eba8, 0xff8000003fa00000
	.quad 0x00036f74ca766fdf, 0x03f1a06effefdbd9
	.quad 0xc32e18c7dffffffe, 0x7ed364e93c2300b4
	.quad 0x21620dc0fffb0fd6, 0x14c300efcebdc65d
seed51:
	.quad 0x7fffffffffffffff
	.quad 0x001f6f887a1400fd
	.quad 0xc62cfac32bb13c8f
	.quad 0x030e1a5ec049df08
	.quad 0x5191c6be7c2009ed
	.quad 0x0000000000000001
	.quad 0xffffffffffffff78
	.quad 0xffffffffffffffd9
	.quad 0x00000000001a0f31
	.quad 0xdd3cc58cd0754b75
	.quad 0x99a72e275bdb31bf
	.quad 0xf120d305928bd1c5
	.quad 0xfffffffff7d65901
	.quad 0xfffffffffffff94d
	.quad 0xffffffffff64963c
	.quad 0x0000000015776020
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xfeffffffc09414f1, 0xfe0ae527bb407c6c
	.quad 0x7ff22fb53402648e, 0xff2f4d30cf4749d4
	.quad 0xfb2c10de7fc00000, 0x7f86b25300000001
	.quad 0x8000000000000001, 0xae8c0410cf35c700
	.quad 0xe4c443483f679494, 0xbb7193eac3e13714
	.quad 0x015748fab38f7336, 0x17d38b22f6dfff11
	.quad 0xfff6c67da5b0674d, 0x9e1ee08dfffdfaf4
	.quad 0x8ccf44712b42f589, 0x18775e3adcc7af77
	.quad 0x49c5df8eff7ffefe, 0x78c2fc01ac0b7950
	.quad 0x019eeb07ae4cc840, 0x4e8537a2e1ffebcf
	.quad 0xb74b660746e56f24, 0x80000001cf7ffffe
	.quad 0xe6634fc8ffe70142, 0xc1a8a5a6ffb00dc7
	.quad 0xbf2cf78ccf000000, 0x84b4754efff6462c
	.quad 0xfd7423a421dfc287, 0xab61e020bdbe8000
	.quad 0x3f8a178682bd5945, 0x41b3767c1b14beef
	.quad 0x0a93771a3cc707b0, 0xbe1a7c91ffb7efaa
	.quad 0x8aa65815402542f5, 0xc7e9af04bfef7f95
	.quad 0x7939b03f28237c00, 0xfde6c920fffd742e
	.quad 0xc0326de81118415f, 0x0000000000000000
	.quad 0xffb226033e304ed2, 0xea8ef806ff800000
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x8021dd6af3ec7e0a, 0x7d3fe013ffc00000
	.quad 0x66dd013ebc6bfc7e, 0x7ff1c099a930cff3
	.quad 0x8bd411ce5cdbdffd, 0x9c60c09cd400c162
	.quad 0x7ff8f905a4d75bd3, 0xcf6ab02b7f7fffff
	.quad 0x7ff4d2120926df89, 0x017fffffffeefda1
	.quad 0x3f93cc3b5457cf99, 0xffc7cbacf4221859
	.quad 0xafc8a0189713fc00, 0x017fffff3e102a03
	.quad 0x60a80e0fbecfc7ea, 0x7fdfffffffffffff
	.quad 0xc00ffffffffffffe, 0xc700000080000000
	.quad 0x7fc0000080000000, 0xc003000000000000
	.quad 0xbcefd865cd808d84, 0x7f91e45abfe7f595
seed52:
	.quad 0xfffffffd8dbee38c
	.quad 0x8000000000000000
	.quad 0x8e08f9ad4dcd4778
	.quad 0xde96c1fe3bfe47b4
	.quad 0xa7a805683d453b8c
	.quad 0x0000da4d06f01a36
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x96ab334d267e29ba
	.quad 0x0000000000000220
	.quad 0xffffffffffffffa9
	.quad 0xfffffad19d664bda
	.quad 0x4bad95167a7765d6
	.quad 0xe9296890cdf0e884
	.quad 0xfc4b2649cd9a6992
	.quad 0xfffffffffffffc63
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0xfff6f10d4ac3c0da, 0x7fc000007f7fffff
	.quad 0xafc1934cfc11fbff, 0x8029913f9b407d90
	.quad 0xff0182a6c0800000, 0xc0d800002f035b53
	.quad 0xc104000074d6390d, 0xeb0334d1c9c5f800
	.quad 0x6dc74714026cb4a3, 0x6a87e6bbffb6ff01
	.quad 0xc050000000000000, 0x8000000000000000
	.quad 0xc040eca7d83f70c8, 0xc00c000000000000
	.quad 0x1635d6c63e45d8c7, 0x421ee31bf5ff5bf7
	.quad 0xfffe35e0568b8743, 0xff8c06b440f80000
	.quad 0xc05aaa135025db15, 0x471775c4bf9ff757
	.quad 0xfff8000000000000, 0x00000000c5500000
	.quad 0x0ecbcd7441f2e950, 0x8f7c314143fbc797
	.quad 0x007ffffff73eed7e, 0x4006c244d9d44c5c
	.quad 0xb649d4a1846c763d, 0x63f00cc370a620db
	.quad 0xc8b39350f78478c1, 0xc0df9deb3dffb799
	.quad 0x6b872d4bb199df9b, 0x4ce9fa5f2914c810
	.quad 0xf4fc232aff19d4c8, 0xf7e1e3f8c44eff36
	.quad 0x629ee6adfdf424ba, 0xfff03797cd4f6059
	.quad 0xc11a0000ff85b333, 0x40756aaa8058694c
	.quad 0xe1a29dd0eef92d1a, 0x0000000000000000
	.quad 0xa8eda149d7fffdf7, 0x23794584f60b1026
	.quad 0x0115bcc177bfdef6, 0xf4d18096099ac70a
	.quad 0xd7cbcb34ffbefd9b, 0xc3df237b75deffdb
	.quad 0x0a77c2ed1c417cb9, 0x1966a2db97fe91da
	.quad 0xaca9cb06dbafa9df, 0x4300000004dcefef
	.quad 0x864b20cdbf6f9ebf, 0x8008000000000000
	.quad 0xc130000000000000, 0x7ffc0f6630fcbb42
	.quad 0x409b9cd17ff73d47, 0x3f6a000000000000
	.quad 0x3d469f78c2151e04, 0x7fb1244c000a4047
	.quad 0x79af53bb1d7a4880, 0xd7be588eb8385a1f
	.quad 0x41c7fadd7f800000, 0xb2a6ffca4cafc700
	.quad 0x3d62d5ead9800001, 0x7fe6b5899c39dac8
seed53:
	.quad 0x0000000001000001
	.quad 0xffeaebeb15bf3d03
	.quad 0x0020000000000001
	.quad 0x000000000000036d
	.quad 0xa18de824897913bf
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffea835e
	.quad 0xccdc6373590c177c
	.quad 0x5d15db0c4b0a124a
	.quad 0x22b6160a4d020d7d
	.quad 0xfbe55fb7448e6ae8
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff6b
	.quad 0x8c296948de10e702
	.quad 0x0000000000000001
	.quad 0x0000c98e8fe0b0e2
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xbf55800000000000, 0x951b4b690f77a796
	.quad 0x9f58edab70c31cd5, 0xd211a0ba61fc4d54
	.quad 0xbfe6f759050a3d1c, 0x8020000000000000
	.quad 0xc001660589940490, 0x7fe0000000000000
	.quad 0xdfc4395bc67b780c, 0xe4e00638bfdade4e
	.quad 0xb2a395c3f337ffde, 0x520ece28c752de79
	.quad 0xf38a8c649effffff, 0x802fffffffffffff
	.quad 0x00acf450c4e03400, 0x80b80af33c57cb4e
	.quad 0xffb91f6d43a652fb, 0xfd0f64afffa9fc00
	.quad 0xf555fa767c5b87c8, 0x3fad0000407f76df
	.quad 0x81000000bd7cc18a, 0x8000000000000000
	.quad 0x40978e85dffffffe, 0xd8795c9f05fb2f2d
	.quad 0xfff0000000000000, 0x3fdfeeb8e98161cf
	.quad 0x7bdd8e7a7bb38800, 0x8000000000000000
	.quad 0xece74846ff82d3c9, 0x802ca6dac3c945ef
	.quad 0xc0e000002177c790, 0xc053a6b7062f3b69
	.quad 0xc0d8000000000000, 0xe535e47d3e88fdbd
	.quad 0xc1f907967effffff, 0x7ff0000000000000
	.quad 0x0043c6347772554f, 0x56f746cdc365def0
	.quad 0xa4f098dd807bff0d, 0x7f4fdc7cbfe5f63b
	.quad 0x984976ca4d9cec00, 0xa3fb801c00000000
	.quad 0xd4a0b40955723c01, 0x34fd951d5335fc00
	.quad 0x24b436c2fffdfb94, 0x0b0957013dde0000
	.quad 0x900ba9457f913238, 0xfff8000000000000
	.quad 0x410c0000bc1740a5, 0xea84f20d64bfddd3
	.quad 0x881dd7d8d7fdff03, 0xc1d3b100f1db6e42
	.quad 0x0491a04aedb10000, 0x9c29066bf65efbff
	.quad 0xbf5fac9c006a8600, 0x1d2d710f3be7c155
	.quad 0x800000003c311d76, 0x0005ef337c4b9d9d
	.quad 0xf2555e59e1c74200, 0x80000000ff800000
	.quad 0xb9540000ff86f35b, 0x0163986091c2b971
	.quad 0x7ff0000000000000, 0x8b9acb2debc58fd3
seed54:
	.quad 0x7036f12e85b472e5
	.quad 0xd4804fe488a8608c
	.quad 0x000000000001d1e9
	.quad 0x0000000080000000
	.quad 0xffffffffffffffe3
	.quad 0xffffffffffff7cd9
	.quad 0x0000000245be5217
	.quad 0xfffffffffffffc65
	.quad 0x0000000000000333
	.quad 0x000000ca878e7d1e
	.quad 0x00000000000003be
	.quad 0xf957614d6c390040
	.quad 0x000000000000028f
	.quad 0x000000000000018f
	.quad 0x0000000000003440
	.quad 0x0000000000000000
	.quad 0x02800000
	.quad 0x60000000
	.quad 0xfa6a354151b7d65f, 0xbfadad4ee007de7e
	.quad 0xe517da6187237127, 0x7ff5fefde76fcea5
	.quad 0x00c2b26800000000, 0xb1b925d3c8103820
	.quad 0x7d76009183abaab5, 0x41b2000040c4cfdf
	.quad 0x4010000000000000, 0x0000000000000000
	.quad 0x47fffffebe9224fc, 0x6a1e8852ffffa42a
	.quad 0x3f58000000000000, 0xe36225c2faec3552
	.quad 0x6b1a62d0d4a1c393, 0xbbdf4ad880800000
	.quad 0xfff0000000000000, 0x7f800000b2ad596b
	.quad 0xa6699c7e81d02ed1, 0xbd1927ca00800000
	.quad 0x0000000000000000, 0x3feef4ca31bf7a07
	.quad 0x8000000000000000, 0x41479be93fffc442
	.quad 0x35db61236b271f0c, 0x312438eacbe206cc
	.quad 0x60db7900fddff3ff, 0xff6d3f23518a66db
	.quad 0x3fa472e3bd1ad89e, 0xd3d7343b0ea50000
	.quad 0xccba1ced794db1d2, 0x80000000bd700000
	.quad 0x6249ab245bea59ff, 0xb1d4aa726e59f393
	.quad 0xfe80000042761bd0, 0xfff0000000000000
	.quad 0xbf76f0cfab42ca92, 0xd02e86aeffdd7b3d
	.quad 0xffaf071ebd563757, 0xebaf98a800800000
	.quad 0x8fade04abcfe3c22, 0x7742c271fc52915a
	.quad 0xd29d7494effae6ff, 0x58e3633f27e20228
	.quad 0xda6c256ff7f7f65c, 0x3f202fe7870ba21b
	.quad 0x3f800001406e040e, 0xfe8782ec80000000
	.quad 0xc11400007f92c410, 0xffa8396dfbffff7f
	.quad 0x80000000df91b4d7, 0x7ff8000000000000
	.quad 0xc0d1abf47fc00000, 0x7fddbf5a8523ad2f
	.quad 0x1d925f8661c623f2, 0x5667e4353c692e72
	.quad 0x65bbdf119ce7b392, 0xf7a5164c5fde7de6
	.quad 0x40f520ae16d3d813, 0x05b3705e5673f436
	.quad 0x00735f4036ab77d7, 0xfc13da1b63ee779f
	.quad 0xc067a683c5ccf47a, 0xc92b6030a8048000
seed55:
	.quad 0xd29abe810b2b1905
	.quad 0xffffffffffe76e27
	.quad 0x30a0ec9953f07d74
	.quad 0xfffffffffffffe99
	.quad 0x1ebfd6f9b74b01fa
	.quad 0xfffffffffffffeff
	.quad 0x000000000000017b
	.quad 0x7424f5a9cc0dc9ec
	.quad 0xfffffffffe7090ce
	.quad 0xffea7ffa94c19ea1
	.quad 0xc98610f8a5168173
	.quad 0xfffffffffffffd69
	.quad 0x0000000000000071
	.quad 0xe24847a3264a0cdf
	.quad 0x7f76fbd231b357d6
	.quad 0x9c5ff7b1b063eb04
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x9252c19143eccbc5, 0xfff8000000000000
	.quad 0x15075ad2fae77dbc, 0x6fbe2018fcfccc43
	.quad 0xf91e62b940c80000, 0x9fb83d65d89e8bff
	.quad 0xc74ae51537b97c00, 0x801cb26d80000001
	.quad 0x5f834a47d319af14, 0x09facb6e7d1effed
	.quad 0xb8598c984ffcfdcc, 0x6e8c3a5a78df2b39
	.quad 0x407de54413c1a021, 0x817fffff781ab29d
	.quad 0x29c176d1c7ae0000, 0x0000000000000000
	.quad 0xff000000ff000000, 0xc0400000ffc00000
	.quad 0xdefdf7d7771fa797, 0x29b50eb39c51feba
	.quad 0x8000000000000001, 0x13280647c3ddbdf3
	.quad 0xfcddc57ff7e9e263, 0xc0589f5b0255c08e
	.quad 0x7f71b3c280a888bf, 0xf2f3c62e05bb30a5
	.quad 0xa316dd6e7fdd6ddf, 0x2d19350fc2f3fbf4
	.quad 0xc3efffffffffffff, 0x7343907efde7a74d
	.quad 0x0000000003fd2477, 0xbfdba5f040307f5e
	.quad 0xfff8000000000000, 0xc06944d242400000
	.quad 0xdfadfe8780272d1b, 0xc7f2be2038475600
	.quad 0x7e90d8c54071beef, 0xb7219d38cbb23680
	.quad 0x49a3604ddfeffb23, 0x8000000000000000
	.quad 0x000000008c91a063, 0xcac4aa8dd3c5c280
	.quad 0xf272d41dad557790, 0x3de15cf17fc5910c
	.quad 0x0000000000000001, 0xc020000000000000
	.quad 0x4112000045c00000, 0x401bc203802aac9d
	.quad 0x4d063c91eeeada39, 0x8009defda923124b
	.quad 0x0000000000000000, 0x6fe54e30968af8a1
	.quad 0xa2a20f0c5fffffff, 0x9869f6b892097adf
	.quad 0x1c757968bd6a0b65, 0xd1b8f05bf67af93e
	.quad 0x3f4cb00000000000, 0x7fd6f79fcfb6d8a3
	.quad 0x5dcd4d46ffcba7a6, 0x6b86ecd1003bac10
	.quad 0x800000001500b03a, 0xbfd8000000000000
	.quad 0xeff1b50c14097112, 0x3ff0000000000001
seed56:
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x7c4167cdf4becf2c
	.quad 0x0000000c7d6ef4d0
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0x0af8b1577c6bab81
	.quad 0x000000022a1402d7
	.quad 0x63bebab3fafc6875
	.quad 0x0000000100000000
	.quad 0x536bd5b74002defc
	.quad 0x00000000000002a0
	.quad 0x8bcc689d9a47b02a
	.quad 0x0000000000000000
	.quad 0x0000000000c80134
	.quad 0x0000000000000085
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x85a1ba8705d5fbfa, 0x52f8af36776446c0
	.quad 0xc0d0000000000000, 0x8000000000000000
	.quad 0xfff8000000000000, 0x7fc00000419c7b88
	.quad 0x6d840a6559af24a9, 0x6d7d02e63fd53ed6
	.quad 0xbff49aeb7f800000, 0x7e800000ff800000
	.quad 0xffe0000000000000, 0xff7fffffc1f926f7
	.quad 0xc5d0bfa1ff6b37c7, 0x7fc00000c0000001
	.quad 0xc1fffffffffffffe, 0x4af41b067fca9a07
	.quad 0xff8000007fab6b97, 0x12ade7e685c0a2b1
	.quad 0x7fc000003d88bf62, 0x006a82354496f5e3
	.quad 0xf82138390e527712, 0x5ffffffe8005b168
	.quad 0x4025cdbfe2fed311, 0x202dcffd0452da22
	.quad 0x7f87305bdfffffff, 0xd7465923dc9df4e5
	.quad 0xc3fb762a7fb302c7, 0xda7ffffffd4c67fc
	.quad 0x800848b837da2808, 0xff464cb1ec7403c6
	.quad 0x9e7d29c2fffa7e74, 0xbec00000c0980000
	.quad 0x1fff22a2ff800000, 0x8013ab2a46b77cb4
	.quad 0xcafeede9f7b7ffec, 0x0da7b6f12bfc04d4
	.quad 0x000aa34ac364f4cb, 0xc03c000000000000
	.quad 0x3ff2008471109815, 0x080824408dd8fd9e
	.quad 0xaed04e91eaa21050, 0x14564010ffcefdcb
	.quad 0x31514384ee3bda50, 0x4accfd155bfed1e6
	.quad 0xc0753aedc14d870e, 0xdb16dd7ffb53b2ee
	.quad 0xc7000000c0400000, 0x801037f94015f9f6
	.quad 0x1a5180e1d9ffffff, 0xffd874d4ef6ad2fe
	.quad 0x897c7bbdffdef047, 0x7ff8000000000000
	.quad 0x40012f63933aa135, 0xc1e37bccf6ed7900
	.quad 0xffc00000ff800000, 0x00091d279104bfeb
	.quad 0x7d4343bc964f9cfc, 0xa2bf721ee1dd7ec2
	.quad 0x9544ae6dbb700000, 0x0020000000000000
	.quad 0x80ffffff42818d17, 0x407ec668428dfeff
	.quad 0xbef80000bdf589d9, 0x08a38b5fb37eb87d
seed57:
	.quad 0xeae145eac9a46f20
	.quad 0xfffffff96cd775c1
	.quad 0xa23d97eda1db8059
	.quad 0x6eb53bd6a91688f1
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x003ad8c312fe603e
	.quad 0xfffffffffffffcd4
	.quad 0x00000000000002fc
	.quad 0xfffffffffffffd63
	.quad 0x6f6e956e444d5b6e
	.quad 0xf3a761c0376d11ef
	.quad 0xeda877a86ff71a2c
	.quad 0x0000000100000000
	.quad 0x4c7c7fba2ebea131
	.quad 0xbf584f69de559300
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xa272f7eb5b747c00, 0x094cc8c940d00000
	.quad 0x8000000016af4e58, 0x4108000071a62a99
	.quad 0x3f9041ba53ef430c, 0x3f9bec79ffcc672a
	.quad 0x7ff0000000000000, 0x3b2dd2874dfc7f9b
	.quad 0xb837c47752a1a71c, 0x00b3ee2b678f058c
	.quad 0x7ff8000000000000, 0xbf8000003c3347cb
	.quad 0xf5186f09eb21a848, 0x71d164ea3e8ca793
	.quad 0xc002000000000000, 0xc053c0865574ed0f
	.quad 0x3e662bcf410e0000, 0x4008000000000000
	.quad 0xffc00000071f3695, 0xa4760658bff1fb16
	.quad 0xffef85c453681f72, 0x8000000000000000
	.quad 0x67247cb579e77e9d, 0x3bfd2398926deb4c
	.quad 0xc7b80000007fffff, 0xbcefe19537224a19
	.quad 0x000dc1d81f711b07, 0x4f929f0c5bdeffac
	.quad 0x017a69eab7f72273, 0xba2bc6784bdc02f6
	.quad 0xbd26cb1dc28c6bc6, 0xc1d1ca9aedf5f7c0
	.quad 0xbff38f058d5aef4f, 0x4b6a4aa5752121a6
	.quad 0x7027c75cdf9fdf1b, 0x2147f9e3ffe3bf1e
	.quad 0x0000000000000000, 0x9bf1bcc1ffa1f090
	.quad 0x3f87b51ebeb05470, 0x7f93731dffc00000
	.quad 0x7fe0000000000000, 0x8e06dc3b6bfc78e0
	.quad 0x0ed19f239af22dcb, 0xc3f800003c45243c
	.quad 0x7ff1f4d1c9087796, 0x43440dfcff800000
	.quad 0xc77fffff94281250, 0x8d03b779c3a82371
	.quad 0xc21f02b13f1d4863, 0x182561277f7f0bfb
	.quad 0xffc515eaff800000, 0xfd1a494bff800000
	.quad 0xfffd4b2480612a4e, 0xfff795b395fb50f9
	.quad 0xb4f3f26fa7181cf9, 0xffcd0e5a80578d4f
	.quad 0x443f00003c753dbb, 0xfff0000000000000
	.quad 0x7ff14e249ed33f68, 0x4110000080800000
	.quad 0xc0d8400000000000, 0xfff0000000000000
	.quad 0x5e01b456f783852d, 0x311f30e97fae7ef6
seed58:
	.quad 0x0c1aa79065401241
	.quad 0x7d0d177888eb11d0
	.quad 0xffffffff8ece22cc
	.quad 0xfffffd8905545662
	.quad 0xb765a6a0a92b5e0b
	.quad 0x17f7a56444276243
	.quad 0xffbf54b941015c12
	.quad 0x00000b8066feeb2e
	.quad 0x33792f46a060f785
	.quad 0xe015b12f365db04e
	.quad 0x000000000000af76
	.quad 0x71efd87eed6775af
	.quad 0x7fffffffffffffff
	.quad 0xcedfbc66d4356836
	.quad 0x0000000000000001
	.quad 0x0000000007a4768c
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xc0200000c39d17ae, 0xbe997beebe808935
	.quad 0x683a74cfe9eafffa, 0xa45e4ba8963dabf6
	.quad 0x3f02000000000000, 0x4f8000013ba0c900
	.quad 0x463c804d3874f880, 0x3b0000007fbb91b6
	.quad 0xf4f869ecad5ba82f, 0x51b2ac7bffbf79ee
	.quad 0xb4d7462bffaffab0, 0xff80000080000000
	.quad 0xd6d58c643a740000, 0xc050000099138852
	.quad 0xffe6a36c4392aee3, 0x4f7823264b09a6c7
	.quad 0x7f97d4eb3084d541, 0xdfb4a946135799da
	.quad 0x18d40f14e1ffffff, 0x24e41476625a63ea
	.quad 0x652e63959cba9577, 0xae174cbb7fffefaa
	.quad 0x1225422ddff37e6a, 0xc10b62a0a8fa032a
	.quad 0x51384394ffcdffa7, 0x41080000c7000001
	.quad 0x3dff63228bfa0e27, 0x7ff755fe7c7de8b9
	.quad 0xc798b2c4ff3f7d2a, 0xffe60e6fdc06d3b9
	.quad 0x5700a074d4a9c780, 0x400a000000000000
	.quad 0x40520328f1f8c278, 0xf65d5e9ad52c47eb
	.quad 0x7b1bc698e14b48f0, 0xc77ffffe00e3c0b5
	.quad 0x401b000000000000, 0x0783838180000000
	.quad 0x4175206a7f800000, 0xffdfffffffffffff
	.quad 0x7d32e83c916016d0, 0xcb5549757db90071
	.quad 0xfecb1a1a19232156, 0x557ec10fb7995621
	.quad 0x006a1987ff800000, 0x00fdc22d084c6505
	.quad 0x8000000000000000, 0xd1e061a465aafffe
	.quad 0x2116195b5154c5be, 0x817fffffbc22e9c1
	.quad 0x19d2ceb2fadaf3da, 0x82d0751c826f200c
	.quad 0x39000000809671e1, 0x7d71a60d9d60e6a4
	.quad 0xfff1f26e6a9e3169, 0x7f887886762c6e00
	.quad 0x4f800000c06522cf, 0xfaa4589b804720cb
	.quad 0x80000000d2000000, 0x8009edc754808358
	.quad 0xc887bd257fc00000, 0xc0cc00003b400000
	.quad 0xfff49a48f1a30e33, 0xf11dac2e4544b761
seed59:
	.quad 0x0000000000000000
	.quad 0x00000002148ad737
	.quad 0xa44c3fbb292a03c3
	.quad 0x0ea469d455073ec2
	.quad 0xfffffffffff64e03
	.quad 0x0000000000000000
	.quad 0xcd96e8adde926aa6
	.quad 0x0036809565bc6054
	.quad 0xd00168c4a6d57b6c
	.quad 0xffffffffffffff08
	.quad 0x0000000000000005
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x0000000000000295
	.quad 0x7b1741737b7e9005
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x5e66eb74cbaca676, 0x7ff4086b2500128e
	.quad 0x1673ea9faa3c78ce, 0xc2655f7d7f80389f
	.quad 0x883c29d331190bff, 0xfff0000000000000
	.quad 0x2b401c14fe800000, 0xc3e047f9f0042f35
	.quad 0x835bd87cffbffacb, 0x8010000000000000
	.quad 0x409000003c9e6193, 0xeea65f5280000000
	.quad 0xbfb1e5bd451dd319, 0x9ead37d6ffcf7ff7
	.quad 0xc1e6f52b3ee1a6cc, 0xd2256a807f965fff
	.quad 0xa049ae71771ad877, 0x00000000c5bc0000
	.quad 0x865ca5313d1fdf10, 0x80000000ffe6ad93
	.quad 0x0000000000000000, 0xaf1130dd99184580
	.quad 0x664868756833240c, 0xae0319603ce578fe
	.quad 0xfff0000000000000, 0x94eead04fd02b34c
	.quad 0x7f923db080400000, 0x649e153f7e518000
	.quad 0xc375b356bfdb1917, 0x00000000c1e99b16
	.quad 0x6576709affdcb5b8, 0x0d82703e762b0749
	.quad 0xfff31000cb73ffa9, 0x0010000000000000
	.quad 0x8c3aaa8735518b02, 0xffc000005f7ffffe
	.quad 0xe885741ada987c00, 0x5b66ff57764ecabf
	.quad 0xfff0000000000000, 0xbfffffffffffffff
	.quad 0x72bd509cfdb0f200, 0x7e5dc06bef7bfa83
	.quad 0x95bed706b1810001, 0x41f47e020535a3bc
	.quad 0x0e797843fbaffde8, 0x403516015cd11d57
	.quad 0xcdee39cb00000000, 0x7f8000007f800000
	.quad 0x7f800000df9f6078, 0x00709369fff7962b
	.quad 0xba167e4039e78202, 0xca1422f5ff4f0a2b
	.quad 0x7e217a1c217ff1f4, 0xdb5aab3dbd036e65
	.quad 0xc0ba000000000000, 0x0203d9acd30c44c0
	.quad 0xff0f7d8daee53d18, 0xc3e0000049c00000
	.quad 0x47ba87d1ffff9ff7, 0xbbc3215800000000
	.quad 0xe74519bbc3b13759, 0xe2d57130a7e7f6a9
	.quad 0xc2155a6f006e51ce, 0xbd48eecfda7ffffe
seed60:
	.quad 0x44309d073e170f6a
	.quad 0x0000000000000136
	.quad 0x77bf85a4e146a3c3
	.quad 0x00000000000001be
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x7319c9fffe7b9525
	.quad 0xc88ce0e6365106ec
	.quad 0x00000000ffffffff
	.quad 0x4349352adc541a46
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x0000000000000314
	.quad 0xb0c938770a3c5794
	.quad 0x000000000ef6dddd
	.quad 0x05800000
	.quad 0x40000000
	.quad 0x072cb2afffd43119, 0x2df91336f5ec0000
	.quad 0x6184fb2565ba7e00, 0x7ff0827524f866ec
	.quad 0x6b4b50d9f022c4ca, 0x80000000ff800000
	.quad 0x3b80ae153f584516, 0x800fffffffffffff
	.quad 0xc0019e41b64750af, 0x8000000000000000
	.quad 0x112825f73d85dba8, 0x44c35f3b0fca01e4
	.quad 0x0087e08ef5c94029, 0xfff5ded44716edc7
	.quad 0x4001966284601a2e, 0xbff8000000000000
	.quad 0x421800007f800000, 0x50bfae37be5f4b24
	.quad 0xbf7e4c9545d91e11, 0x3f99c56ad96ecfa0
	.quad 0x037c72ea91ab2bbf, 0x8163f0f980ffffff
	.quad 0xb9500000c99b2f0f, 0x3d70ffabc1e3a039
	.quad 0x314922fc7faf39a7, 0x15ac21b846dbb521
	.quad 0x65530ab55c1d4b16, 0x1abeb25618034580
	.quad 0x5a7fffffbc95549d, 0xe26c2a4ec0d80000
	.quad 0x3fd4532d6670c4e7, 0x3fcd28f4ff9b3640
	.quad 0x580e76ba960f0000, 0xed395c9f41ae2fcf
	.quad 0x2c12c1d456450200, 0xc05e45a720a3ad07
	.quad 0xffdfb9846efc4d28, 0xd60c435b3c900000
	.quad 0x3f71e3f92e1b8132, 0x2f0d3360fff3f7dd
	.quad 0x0075c9223df8b01f, 0x3ff8574b003e43e3
	.quad 0x6dac23d0801c9a29, 0x8011fb443be3d4d5
	.quad 0x41c7ca4639b4f609, 0x030b0fa5ffec5ef2
	.quad 0x0008000000000000, 0x998505c8bfbcd555
	.quad 0x1e455c66190d203f, 0x3ff6e2acff800000
	.quad 0xc34aaa2cbfeed2c1, 0x0000000000000000
	.quad 0xfe800000bd808316, 0x7fbde3517d0938ce
	.quad 0x007fffffc12f2022, 0x8000000004af2c50
	.quad 0x0e6dcef372bafc00, 0x175391c228f27c00
	.quad 0xf79f8f9effce9ff7, 0x9b2c058576948438
	.quad 0x8001ef925afa6276, 0x0000000000000001
	.quad 0x3603ea7fe7dffbf7, 0x445d000042b933b8
seed61:
	.quad 0xdf156f39f8e79c3b
	.quad 0x00000000000001dc
	.quad 0xfffffffffffffc1a
	.quad 0x3633c078ee11fb11
	.quad 0x7c880f21764f7153
	.quad 0x0000001fcfd55c08
	.quad 0xfb98c924bbdf8f51
	.quad 0x00000000ffffffff
	.quad 0x814d77ee95bc12ae
	.quad 0x00000000000001ec
	.quad 0xb6b9b7790730e6c6
	.quad 0xfffffffffffff8b0
	.quad 0xfffffffffffffffc
	.quad 0x104c6400b8191149
	.quad 0xffffffffffffffff
	.quad 0x9457c89e8c1dc00e
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xc07f71d0d7b350f0, 0x126a10b7f25dc640
	.quad 0x7fb4473f1d237f61, 0xbb8000007f9d2d17
	.quad 0x3f8dff8643d15d20, 0x7f7d3e4ff87a8de9
	.quad 0xff8000007f800000, 0xff8000007fe6b615
	.quad 0x2fe4adddac47836a, 0x3fa573d3202dcc23
	.quad 0x5c07d5327f8f7e53, 0xddc7d24d2a55358d
	.quad 0x4b6af0e08c7f7e00, 0x413ffffffffffffe
	.quad 0x8000000000000000, 0xfe66e7187df77eff
	.quad 0x57ff801519c0594c, 0x78274ad7ff800000
	.quad 0x95bce282eb697e5f, 0xf5cc935dd01c2b4b
	.quad 0x7f392bace483010b, 0xbfdd781a18b28f42
	.quad 0x807d8e12c0000000, 0x82308c8b2e3b9b5a
	.quad 0x9a63aedb5f3f77ff, 0xc016800000000000
	.quad 0xe6c264fda699841b, 0x4028d51f03c27585
	.quad 0x9d72095100518661, 0xd7ce2eaf3bae5b26
	.quad 0xff8000003d6774d6, 0x8bd9d6627fbeffd7
	.quad 0x0468d47aff95f694, 0x5716eb216f6ff7bb
	.quad 0xc500000000800000, 0xbff0000000000000
	.quad 0xbfcd9bb345532540, 0x40effffffffffffe
	.quad 0x3d380000410a0000, 0x7ff0000000000000
	.quad 0x80000000016c091b, 0x0853d652dc65564c
	.quad 0xc00faee1899603cd, 0x7fe9a9ceb6fb7250
	.quad 0x3f100e3eff800000, 0x15b0f436d6778b10
	.quad 0x812a61dbffe1d374, 0xb39ac95e3f3d7733
	.quad 0x7fc000004d7ffffe, 0x000b210389e19212
	.quad 0x7fc00000ff800000, 0xc79df61842adfe00
	.quad 0x5bdcc4046fd85491, 0x9922b37be39eda01
	.quad 0x3560c081da095bf5, 0x685fdef99a081eb6
	.quad 0xcd6085e2225865b2, 0x0a233dc300000000
	.quad 0xc910341a91884bc9, 0x402a9346579de19c
	.quad 0x55b9196f00000000, 0x0020000000000000
	.quad 0x6f20814ceff77ddb, 0x017fffffffa017fe
seed62:
	.quad 0xdb33a5f8a645cf1a
	.quad 0x0000000000000003
	.quad 0x0000000000000000
	.quad 0x00000000000002cb
	.quad 0x000000000036e0e0
	.quad 0xf3ece15c49937529
	.quad 0x78936a4c2e6007a8
	.quad 0x000000691a6a3999
	.quad 0x33513d80dac662fd
	.quad 0x0000000000005d22
	.quad 0xeaffb1874e9f7ac8
	.quad 0x000006e7f8718825
	.quad 0x7020674611b0cd0f
	.quad 0x1b4b19ea3ad5f182
	.quad 0x8000000000000000
	.quad 0xacd3ea767bad1822
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x46a6fb5674bfdf77, 0x0040000080000001
	.quad 0xffe5edfd7e67e745, 0xbf0f5e3784e88176
	.quad 0xc7653755578fbeff, 0x800bad2fd170d445
	.quad 0xe031f573ba58fc71, 0x4039b4ae5a46f044
	.quad 0xbf4550c600000000, 0x7dfc01882b3f2eee
	.quad 0x535af05fd1bd5a25, 0xffbb4aee9e7f69b1
	.quad 0xbf26000000000000, 0x63ac50339ef76b7f
	.quad 0x7f926465477fffff, 0xc08c9df1eecdfdec
	.quad 0xfff2970024231eb9, 0x73894612a941ceea
	.quad 0x402d1c41c0200000, 0x62bdfd81872b7bff
	.quad 0x8000000080000000, 0xac3b69d8679b3d00
	.quad 0x90c80a82ba290808, 0x596587b2fa3d58fc
	.quad 0x017fffff00000000, 0xe97869398a10f854
	.quad 0x0000000000000000, 0xc166531a763f54ab
	.quad 0x00000000c1200000, 0x7ff0000000000000
	.quad 0xc016000000000000, 0x147af24efff11dca
	.quad 0xa4ad4f82ff9dd01b, 0x2f5a5307ffedfad0
	.quad 0x43b77cb2d3ffffff, 0xfff0000000000000
	.quad 0x0000000000000000, 0xbc8fa33c7fea4674
	.quad 0x72fe8c32f6bb76c7, 0x8000000000000000
	.quad 0x3c4671e37a297860, 0x59ffffff43dfb607
	.quad 0x2fb0f71035ce79a0, 0x4db4a283d1ca7eab
	.quad 0xc0ffffffffffffff, 0x4025a2429778fa04
	.quad 0x43f5ff3c58736696, 0xc0c99212feffffff
	.quad 0x5b24e3b27affffd9, 0x8000000000000000
	.quad 0x7fa345227f800000, 0xc12d53bb52083ad1
	.quad 0x9b4902a8ffb6a4e7, 0x7ff8000000000000
	.quad 0x41b866c73fd00000, 0xa0232ef8cf297f0b
	.quad 0x7fb55f91be376d2a, 0x96eba0e0e2b778d2
	.quad 0x6e114b3db41b7800, 0x001a6543ffed3d7c
	.quad 0x0000000080000000, 0xff8f1782bea5d81c
	.quad 0xff2ae2d09b0f43e6, 0x82da95b2ed38b7e5
seed63:
	.quad 0xffffffff4e1d4a5c
	.quad 0x000000000002c545
	.quad 0x31166fe09eb46504
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffeb7
	.quad 0x7fffffffffffffff
	.quad 0x5ba1a08fdfede501
	.quad 0xffffffffe3f1cfc9
	.quad 0xffe4e197f925e8bf
	.quad 0x0000002ffbfa8a60
	.quad 0x9cafdc1d5c29ed0f
	.quad 0xfffffcca61730997
	.quad 0x4468917227c0e40d
	.quad 0x0000000000000001
	.quad 0xfffff64547aaadd8
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x7ff8000000000000, 0x800e5f8143411ee4
	.quad 0xa13e80c73d400000, 0x5146898dfcfee76b
	.quad 0x2ee3f1e4df7fffff, 0x8000000000000000
	.quad 0x435c06880fad7265, 0x7e705e936e8fff8a
	.quad 0x8008000000000000, 0x7ff12d126fbeeb33
	.quad 0xea3818eb32ffffff, 0x800b9dbb938fef1a
	.quad 0x1d7261967fffee9b, 0xc2b6a0330de27df4
	.quad 0x80000000649327e6, 0x6330c55fdf7ffffe
	.quad 0x808000003c980000, 0x31b1891cbcbfffef
	.quad 0xd628aa257c384780, 0x7ff8000000000000
	.quad 0xc054b39329a6aae2, 0x80b98aac57a00000
	.quad 0x9540d844bd2b129d, 0x4454aeaa42d86285
	.quad 0xb6cc00000c86b803, 0x7ff0000000000000
	.quad 0x4c6a7f3adfffffff, 0xfff1eaefdc079fdc
	.quad 0xbfe39464c928e6bf, 0xbd059ca736ff0000
	.quad 0xff5c487d81d2729b, 0xb6d96e1039c88400
	.quad 0x019d84b9ff800000, 0x7ff0a9d6aa823e3a
	.quad 0xfff19353be98b5f1, 0xfff8000000000000
	.quad 0x7865655c36e00000, 0x0025e0df8fd3094a
	.quad 0xc0f000007f800000, 0x425aa94b83723a4c
	.quad 0x8adb41ef304afe00, 0xff86768935bc8bd4
	.quad 0x7ff1598c1bd172bc, 0x3d55051ef9cd4880
	.quad 0xe410cb66b3e82f38, 0x2a94fdfd81e47cc0
	.quad 0xc02863b6c86fa73a, 0xbfed0741eaf19533
	.quad 0xc0a00000bc989088, 0x7d8144b49a45c578
	.quad 0x7d7587c5ce2205af, 0x013bc88630f78aef
	.quad 0xffb4d206c2bf1689, 0x0705b0702b537aa1
	.quad 0xffefffffffffffff, 0xff940f07bf000000
	.quad 0x2f884c0aa8f0a64a, 0x7ff64e5ffe78cf87
	.quad 0x40429d099bb40f8c, 0x64c38726f33cfd37
	.quad 0x4184480d3c6ba5ca, 0x4cfb16b4d9ffcfe3
	.quad 0x3f9b456adc3a7b02, 0x510ebeb5fffa5ef0
