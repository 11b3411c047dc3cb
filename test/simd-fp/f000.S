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
	.inst 0x1e2640f0
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
	.inst 0x6ee198d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c623
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e780064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea0e875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f270416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee1a817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4e08b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d4819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee2d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e0394bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6540bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e652abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0e8ff
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
	.inst 0x1e710180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250c32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b5013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e2be554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0f8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea0d8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee8fdf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61aa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e611afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e216a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f24bf7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61b91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f891f
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
	.inst 0x0e21f530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e68ec31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e70fc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21a8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc19915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f69d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e0997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e746898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7801e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3801ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7356d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c09dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e21026e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e29dc3f
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
	.inst 0x1e248950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d1872
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
	.inst 0x1f02b0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6639f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f55d5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f04c5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f018879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6819da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f25159b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c27c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2142be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1e5bf
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
	.inst 0x1f27b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e300851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6198f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e68d613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d1814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0ca75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2dc556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61a9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f275879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61b95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2198fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6238dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0f9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0a5afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2540bf
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
	.inst 0x1e620190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f101591
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
	.inst 0x1f0cc953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0c894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e270421
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2158b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e219ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e291878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e605879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e483a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202308
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1f93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2004b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fa311bf
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
	.inst 0x1e198d60
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4e9611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1b9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e654013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e19d944
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2028f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2aad36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2ab017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f50e5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3001e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f088a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71281c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61aafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22087e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69249b
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
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e701872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6720f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e25fd14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f03a4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1ba76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7802a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4a4998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e218b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e268c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66583c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1b9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61195f
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
	.inst 0x1e18c140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c7a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1b8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0ea75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e644296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6541d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e6179d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f785c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c0647
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7858bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3800ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f87f
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
	.inst 0x1e6b3890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61c8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61b912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f450a53
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
	.inst 0x1e290835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6bfd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea0c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e3becbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f8bf
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
	.inst 0x4e68c550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f21fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e24e534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61a995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f35e6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea7ce77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f353898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e616453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea5ed7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2641fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602198
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
	.inst 0x7e6168de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0c99f
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
	.inst 0x5ea1a9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b3a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b2a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e291913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e27bc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e03c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c1d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e62ddf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3800aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e217adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e2ddc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eeeccbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2501ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61a95f
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
	.inst 0x1e6d1950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6338f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2440b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2fb098f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e240a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fa999f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f43ccb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61fc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f44a4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e30006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c399b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f8a535c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eead4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7b387e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f381f
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
	.inst 0x1e6e20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f845951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6af472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e274233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30fa54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e24d455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e619a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21d877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eade438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f7dfc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66bc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f66371b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1f99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25409d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f8892be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e42187f
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
	.inst 0x1e6709b0
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
	.inst 0x1e705932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee199f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e43bdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e24fc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e25ec56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7678d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42a139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e27d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e24ec1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6400ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2419e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eeff45f
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
	.inst 0x6e2189b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e640181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1d9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e610223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0e835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d1817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2178da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e20000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21681c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61a97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e73789e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6020c8
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
	.inst 0x6f46e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f482e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6ffe13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e610084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f3a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6169f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2ba2f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee6e659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fca19bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea4cc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c59be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1ccdf
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
	.inst 0x0e21b990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618873
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
	.inst 0x1e653815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4412d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4b28b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6901e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e211b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc5995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e27c45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2501ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1f9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e71004f
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
	.inst 0x6ea1b990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f49e531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e30cc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee1ba53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e18f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2add95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e690127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4db9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e67d5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21411b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2440bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e42a95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eafd4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f26e49f
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
	.inst 0x6e61d810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2309d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30f8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcc9113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f36fdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0b3055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2301f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f38fd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f219559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64407a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3802ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea8d55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f1cfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee5cc1f
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
	.inst 0x1f0128b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0d1891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e43d092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e65c413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2ab55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e250107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f18b099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e191a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2999fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e35dddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61697f
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
	.inst 0x1e2259b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e216a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e611994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e030915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fb25976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7559d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7248f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6198ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63c4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1fadc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e25d5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e31012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22015f
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
	.inst 0x1f022090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e640201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e700082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6cfcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e59e604
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644db5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc299d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03a5b7
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
	.inst 0x1f520019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e262160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c1dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e59814d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c19e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f35fc1f
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
	.inst 0x2ea19830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e644011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e200243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f66fe74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f64e495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2934f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e29e4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e65d538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02f119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2401ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f55535b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e72395c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e18c8ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30ca9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f29bf
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
	.inst 0x1e243890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eeac511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f620132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2401a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6301f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e72dcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e65f6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e217a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c397a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24481b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f40fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e616b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0b0b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30fb7f
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
	.inst 0x6e61d570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f422211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee3edb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e217873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e66e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43d1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3518d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e644197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61d938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e281019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f30fd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e65f53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24c17c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2417d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66411e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61c93f
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
	.inst 0x1e2719b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e261892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2b9633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c0834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e32acf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2194b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b4937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e616838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3900a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e60030b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e37501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26431e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea2ec7f
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
	.inst 0x1e207870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1a891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d8813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e33dc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee9ec96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f078197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61aa78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fa39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2800ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e393c5b
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
	.inst 0x1e782160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e3cfc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f20e41f
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
	.inst 0x1e790000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e630091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e71c472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e70c573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7378f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0aa275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21d956
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
	.inst 0x1e2c1898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8719ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f2cfdfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e18bf6c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e1909ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f75e5ff
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
	.inst 0x1e63153b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e250201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f09b0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f63c533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2300b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19d4e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e615956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc459b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eaae538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6d1dd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23007a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2409b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e28002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f3c561d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e619abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f71361f
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
	.inst 0x1f078410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e654131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f10a033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6820f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcf1996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6300f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c15a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c389d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f372bdf
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
	.inst 0x1f0ca550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e42f531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e663932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f00ae53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f02b974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f695035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e652a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e24c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61781a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e1b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e02a57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c27d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2ae4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e2380
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
	.inst 0x1e6f2850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b9a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6179d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea0d934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2501e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea4ec16
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
	.inst 0x1e252110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0d839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f239c9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3548fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f1988bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27439d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e266ade
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
	.inst 0x1f02a4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f6bfe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6801e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e732956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e23c5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1b8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1f9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f87183a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e61016b
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
	.inst 0x1e38026d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6efae4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e37701f
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
	.inst 0x1e2f4930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2000a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f6bfe33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0ea34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e22e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e216836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2528b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22259e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d8a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eabeefb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea7c57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62403d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7c67bf
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
	.inst 0x4ee3ccd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e69edb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21a853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4a0215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f68fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e253999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29381a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b79fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e439dbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb7ec3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea5d69e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c35f
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
	.inst 0x1e2a89b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2300d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e70be33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d19d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3dd015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e298a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eebec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d69d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1d9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0f91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68dd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b2a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fa5989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63015f
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
	.inst 0x1f6cb950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e68c4a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eabd432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc29013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0e8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e19a925
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1d836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e27edb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e342858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2741da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e02a51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2eecbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c1fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e306b7f
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
	.inst 0x1e6f2830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e673851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f41e5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f5241b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0e09f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e19b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e58ba86
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30d9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e72e479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6142fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26431d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e5911ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62417f
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
	.inst 0x6eb0f970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e600021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e618a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1d873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0c954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e20cd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f03bdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0e0917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61b978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30caf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61683a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea6f63e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1d93f
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
	.inst 0x1ee24170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6721e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea0f952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6ab4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2185cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1da55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f1595d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e272190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2c1858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71022a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f1195fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f1c2ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e68fcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f41017f
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
	.inst 0x0fac1010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eeac571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e380202
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
	.inst 0x9e432c34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e1e56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e68d6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6938d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e617959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f8b901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee7ed9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e207a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e42955e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1b83f
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
	.inst 0x4ee0d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fab5171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f110472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f608073
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
	.inst 0x1e698835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f632a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea0ca37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42cd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c497c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2741dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2708de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e70004f
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
	.inst 0x4e2189d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1f891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71cd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f9014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1da95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58e567
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f3efcd8
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
	.inst 0x1e71901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6fd49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21983c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1ab1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2441fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62289f
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
	.inst 0x1ee24170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e708911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2fd012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e592223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea19a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0d8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e251976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e706857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e654118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21089b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e25d63d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e7ccc1e
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
	.inst 0x1e64f402
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3901e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f6afcd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2919d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea9d614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee2d5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a15d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e6179f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b08d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee1a879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61699a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e25ddbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22197d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f650e7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6300bf
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
	.inst 0x1f00add0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f5ce413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e201014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e251875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2929f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3101e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f1432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3801c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee18ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e218abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e762010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66b01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f036cde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61004f
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
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6201b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6719d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e269566
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
	.inst 0x6fcd9215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e664016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2144f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21b979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f69bdbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2201fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e2cedfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0f97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2021d8
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
	.inst 0x1e19a8c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6bd011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea1d852
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
	.inst 0x0e21c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25a4a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f79fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2e3638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f13bc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d2a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29685d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e617b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79014f
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
	.inst 0x4ea1b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e58a442
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb1c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6a4d14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240226
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4500f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b3979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61da7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6efac4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e19b52d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e6169be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21783f
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
	.inst 0x1f4fadf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e216a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2fd452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2878f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e380204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a29b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eeed676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58e407
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e594288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e19f849
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21b91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee7cefb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e1920ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b6e7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e38002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6800cf
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
	.inst 0x6eb0c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0e872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1b8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e64fd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6dfd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2640f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21a958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6318d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22011a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2301db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70f8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7c48ff
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
	.inst 0x1e27c4a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f108dd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e656406
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0ea74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7901c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f8d10b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2bc417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea8fdf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0fab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e77c51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61987b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2de73c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e655a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65083e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c095f
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
	.inst 0x9e650100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d7931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6d94d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea5e5d4
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
	.inst 0x1e655415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e322857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3100c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f534cb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67587a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e3acc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2739bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e288c5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e34e4ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e2199df
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
	.inst 0x2e616810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eaef431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eacc432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea0f993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0ca14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d5a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e730977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7fa19a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2218b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7900ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1d9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6320e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2199fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6929bf
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
	.inst 0x1e59e4c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e303811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7800c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f7488
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a5895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c19d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f31fdf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fa95219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee2e59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ef9ec5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1895d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2fe57e
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
	.inst 0x1e2d3810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e657a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f8b99f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e332240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e71de36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e1811a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21ca58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea4d53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2dc408
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1b93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2a001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03b1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27693f
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
	.inst 0x6e30f850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6fec32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1d894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2168f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2038b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2300b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa652b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63013b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6aec9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6de5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020f8
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
	.inst 0x9e600120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eb0d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e260892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2028d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e65c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a2895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f67a5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1a838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e27e539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0e045a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602038
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
	.inst 0x1e2502ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0275df
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
	.inst 0x4e6ccdd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea9d5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eefc453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea9c4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eaed5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f074816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e38e5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6409ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc3929b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79014c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69291d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e42609f
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
	.inst 0x1f223c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e244031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f724a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4ea574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e59dd65
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e702050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e35e597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e380228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e641c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61293a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6241db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3100ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2169fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e28f5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28f01f
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
	.inst 0x6e30f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e312190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e42c433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e2cddd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58c245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea3e416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e380007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c3839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3ff01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea0c81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27f01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee6ee9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69691e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1dadf
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
	.inst 0x6eb0f910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c2a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc999f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e71dcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70f994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c976
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
	.inst 0x0fa89958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e38002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e39d69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2bf45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3900de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78000f
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
	.inst 0x1e6b09f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea18992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2000c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61dc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e03b9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e607016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e770918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e232150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2802ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42e9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4e11fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f34ac7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7159be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68101f
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
	.quad 0xa99d0d98bbdade27
	.quad 0x00000000000001be
	.quad 0x8000000000000000
	.quad 0x0000000003bd2d43
	.quad 0x0011083a81fd18c6
	.quad 0x0000000000000002
	.quad 0xfffffffffffffd9f
	.quad 0x01707aa1546dba0d
	.quad 0x00000018ddb16722
	.quad 0x0464e43918c6e0c5
	.quad 0x0000000000000000
	.quad 0xb8800123f711c1af
	.quad 0x0000000164ae6824
	.quad 0xfffffffffffffefb
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xc8100000bf400000, 0xfe6741557514dac7
	.quad 0xb42f3b46c3bb79ad, 0x3de1525e7d323342
	.quad 0x00400000e7feefea, 0x2de694417ba2fbff
	.quad 0x878c844fea5a2e1b, 0x20137e40eff2feb9
	.quad 0x9d128aaa01382860, 0xca205730d3b742c0
	.quad 0xfff8000000000000, 0x5da7f1d76b610000
	.quad 0xfff0000000000000, 0x405b42b8b5c531b0
	.quad 0xc34b9fba807fffff, 0x4c76e270d8ac1ddf
	.quad 0x83cfbd63ff800000, 0x7fa46eb07f800000
	.quad 0xcd9fcff3d7d3b7bd, 0x8007553c2718d377
	.quad 0x42681631a97fffff, 0xf257aa957e66a516
	.quad 0x8000000000000000, 0x8007164980ffffff
	.quad 0x170e8847b9d3fcff, 0x00400000c5acdf35
	.quad 0x3641d283ff3cc8e0, 0x6d498f838ccee812
	.quad 0xdf000001fa26ef15, 0x4012000000000000
	.quad 0xedfe5aa6422b0000, 0xee87712ae88f6043
	.quad 0x000000008007bf33, 0x1dccd703eef97c00
	.quad 0x1e57c0b404675ca8, 0xc3e2c7c7ff800000
	.quad 0xf7901c58ffc00000, 0x92ab988e915cc3fb
	.quad 0x7ffef3d951c563f6, 0xfff4f58b178c2bf4
	.quad 0xc478000040d62c3f, 0xb2ef40c1fdb1f97b
	.quad 0x47e40931599f9016, 0xaed6bee405190124
	.quad 0x000000007f8303ed, 0x113b1c938aebed6d
	.quad 0x15029d53bfb7ff3d, 0x415a302bbd7d8bff
	.quad 0xfaaaea3b7fedb97e, 0xbdaa87e77fc00000
	.quad 0xfd7b549081a722e5, 0x245a6770c5f6807b
	.quad 0xbfe1744d5121b05c, 0x801fffffffffffff
	.quad 0xc2c00000ff800000, 0xffec270baf6ea3d4
	.quad 0x51466e9138fe86e5, 0xbffcbc397f800000
	.quad 0x91cbc7b4ffc00000, 0x08f23595feffc7bd
	.quad 0xb1175fe87a3a21c9, 0xfd899fce25555a5d
	.quad 0x3fffffffffffffff, 0xe6b3c8f03a0900bc
seed1:
	.quad 0x0000000bf12a25d6
	.quad 0x8c7059d2e791a87c
	.quad 0x0000006e8b5f11c4
	.quad 0x000000076dabebbe
	.quad 0xd6cd14dd2cbffe6e
	.quad 0x0000000000000004
	.quad 0x0000000000000003
	.quad 0xfffcb5794e600b87
	.quad 0x315d6e4011e38e44
	.quad 0x0000000000000000
	.quad 0x780d53bdb53f5bca
	.quad 0x73e9e1c581eb8ebd
	.quad 0x64acc6ca165d1c62
	.quad 0x00000000000000bc
	.quad 0xffffffff80000000
	.quad 0x19b8b2b130d9ca30
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xbfcaddad4a5c88a4, 0x80085e4beacd767c
	.quad 0xc00536487debfdca, 0xffa2a7307ee6300f
	.quad 0x240e7405cef6f558, 0x08cd676991af0b75
	.quad 0x80199a94adfe981f, 0x0010000000000000
	.quad 0xc3c000004cc54658, 0x80000000ffc00000
	.quad 0x3f6390e4bea39360, 0x0000000000000000
	.quad 0xff06e44aff7fffff, 0x073582c1dfcac001
	.quad 0xeeed98d2c398fe00, 0xffdfffffffffffff
	.quad 0x80083754da2538ac, 0x8010000000000000
	.quad 0xc011000000000000, 0x40b8a00000000000
	.quad 0x3b5320eaf1ffffff, 0x40b3f55a7ef5c3c9
	.quad 0xd1eae1857f925487, 0x97041e0e192ffe00
	.quad 0x7ff8000000000000, 0x00c568edec40f61d
	.quad 0x7ca126fda829e354, 0xb3a7a5e4ffd6c480
	.quad 0xb8295df5e63041d8, 0x5b6a5a36fb7def8e
	.quad 0xff7556e9ca0e00f3, 0x59fffffe7fc4b53d
	.quad 0xfff61edf2982f3e5, 0xc078805bffb72942
	.quad 0x7f7fffffc316373c, 0x821c9dbce6113e5a
	.quad 0xbf90220cc7c39be9, 0x43b850ad00000000
	.quad 0x3ffbae2cbdf8fa73, 0xa24a314a0527de2e
	.quad 0x40a0000077cf01e2, 0xc3d0800000000000
	.quad 0xbc181f977fda23bb, 0x41f0000000000000
	.quad 0xc03a605654ecce61, 0xc01a87c2846544f8
	.quad 0x8000000095c4c720, 0xc011000000000000
	.quad 0x555f8337477ffffe, 0x7703b4fd5be51506
	.quad 0xa3cc72d47bd14180, 0xf3d0c1d75399ffe1
	.quad 0xbe1a360e064a3143, 0xfccd6c4f2f3fbfcf
	.quad 0x800ea3dd6d344009, 0x129c9102429dec68
	.quad 0x3d422f077355741f, 0xc2990039f72f0420
	.quad 0xd8bc0d81fff73478, 0x000fffffffffffff
	.quad 0x3dc6b8d97fc00000, 0xfff0000000000000
	.quad 0x10f996e92952dbcc, 0x626654be7fbff547
seed2:
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000279
	.quad 0x52f89e022fdb5616
	.quad 0xaa4dc374db0566af
	.quad 0x0000000000000015
	.quad 0x0000000100000000
	.quad 0x5dbff89eee254fec
	.quad 0x06a10ff90f27ea98
	.quad 0x60ca71e749c5f0eb
	.quad 0xfffffffffffffdb6
	.quad 0xffffffffffffffad
	.quad 0xffffffff80000000
	.quad 0x00000000000000dd
	.quad 0x00000000000000eb
	.quad 0x00002bf6cb298d48
	.quad 0x3195d6c88bba4287
	.quad 0x03000000
	.quad 0x10000000
	.quad 0x8b08386fbf7e4380, 0xbfe82edf7f719c17
	.quad 0x14ddfc218ece0780, 0x72c60a0840c493ae
	.quad 0xb534b2900d38b800, 0x827616bfe065a57e
	.quad 0x8d5b7f1fbfff7be7, 0xfd9bce4ad8e78f81
	.quad 0xca6bb4318fe3a297, 0xa47f6853a6173c80
	.quad 0x15d7e84fbfad02dd, 0xff21a9db769821d1
	.quad 0x6eee67ecffa818a3, 0xff829e337eba1c51
	.quad 0x7fcb67e480c72f99, 0x11a75d06f559558e
	.quad 0x3e578e1840a80000, 0x4013000000000000
	.quad 0xf0204b5d42cf133e, 0x6bce97cc7f800000
	.quad 0x24933ceff9ceab25, 0xc02261404d703370
	.quad 0x65f5fb904049f8f6, 0x3ff0000000000000
	.quad 0xc016000000000000, 0xacbc1a5cbdffc800
	.quad 0xc124713b807e9232, 0x8000000000000000
	.quad 0xfaa52847b977a9e7, 0xff8bf44d80000000
	.quad 0xe2e9aee2ffef97cf, 0xa82645d4bdfb4cf2
	.quad 0x7fa7d8d63f8bd0f6, 0xbef8396e80755533
	.quad 0xbe2f08a553940001, 0xc024d69798330ba5
	.quad 0xff93b160cf000000, 0x41df84013c93b03c
	.quad 0x404f63e78008a480, 0x400000006c4f09bb
	.quad 0x95dc40dad9f77ef9, 0x03cf628fa0c1320c
	.quad 0x03451ae600ffffff, 0x0000000000000000
	.quad 0xb4e944daf7b9a5b2, 0x2e024eaa7fc00000
	.quad 0x7ff8000000000000, 0x000b44f8852e6596
	.quad 0x1b30dc74f6a048a9, 0x4111105c80000000
	.quad 0x800d7af8c4e46510, 0x83677f5896646520
	.quad 0xff9f6d9fbcbffdd2, 0xbe4c0e3fbedf17f2
	.quad 0x41105c304b756a22, 0x05934d9d9afc9775
	.quad 0xdaf6fcb8eb0ed3ee, 0x4058000000000000
	.quad 0xefbfdb4682347400, 0x22d9d5becfebf9f9
	.quad 0x6a2b37e2d7ffffff, 0x7a3ecb87ffb39d52
	.quad 0xfffaf91fbfa18747, 0xbf91b8b0216e44e6
seed3:
	.quad 0x00000000000008f3
	.quad 0x48edc832eed1b524
	.quad 0x7fffffffffffffff
	.quad 0x000000001a72bb02
	.quad 0xfaf6560cbd4971b4
	.quad 0x0000000000000315
	.quad 0xfffffffffffffed9
	.quad 0xfffffffffffffcea
	.quad 0x00000000000000ef
	.quad 0xf22a8c920c83cf55
	.quad 0xffffffff80000000
	.quad 0xc25d8d6776944dcd
	.quad 0x90b48d0d0d09f322
	.quad 0xffffffffffffffe0
	.quad 0x00000000000000a2
	.quad 0xd403be76eb7d8b21
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x1435a1a2f39cf4ab, 0xccd7e32097abbf6c
	.quad 0xbebc000000000000, 0xd3bc424de6bcca06
	.quad 0x3ad3deafeff7ed7f, 0x0b99fa72778f189f
	.quad 0x3bbfc169b0584f80, 0xc1edbcf18386605c
	.quad 0x7fbc939340c80000, 0xbd27179a4348b07a
	.quad 0x007fffff7acc2200, 0x1282c7053beaa9b5
	.quad 0xb747261f367350c6, 0x976c6dc10e62adf0
	.quad 0x82db294a404b4cdb, 0x02a86075ef2b6a26
	.quad 0xbf68000000000000, 0xc1cf85650ee9f350
	.quad 0xffc00000410ba7b4, 0x33438eceb9003cb5
	.quad 0x8c34e47d817fffff, 0x800469a9c4fb68f2
	.quad 0x00737361de2ddb6e, 0x45c89c89de70d242
	.quad 0xbfa8000000000000, 0xfff40155ed864ad4
	.quad 0x9133056cb8b57c00, 0x0d20c7030b0fa1e4
	.quad 0x1d239437a54fdac4, 0xbe9a64807f425523
	.quad 0x0000000000000000, 0x3e800000beb6f5dd
	.quad 0xa2b1f46fffc00000, 0x406e800000000000
	.quad 0x24386eb5ccbfb827, 0x7ec333ed558b4740
	.quad 0xc1200000002d01bd, 0xfff46a0fca0087c4
	.quad 0xc0372f791ad40f87, 0xeb75bc0cad021271
	.quad 0xd902d958a90e7c00, 0x70a1325559ffffff
	.quad 0x57beb095fe738001, 0x93aa4230c93c1d2f
	.quad 0xc013000000000000, 0x800000007fc00000
	.quad 0x800000001a763465, 0xa5c04a661a948000
	.quad 0xcf0000003dec1d49, 0xff1348f674e2b190
	.quad 0xbf71d2f1e0b342e1, 0x000000004fffffff
	.quad 0xca47802118d5fe00, 0xb67e7ff38e2bb05b
	.quad 0x438960e27fbdf19b, 0x00ccb6c56eb17e00
	.quad 0xdf6e33fb7f57cd58, 0xe268d3df8455f8da
	.quad 0xc0ad17f240e00000, 0x3a3d71f910a50ad5
	.quad 0x202f52750946153d, 0x00000000ffc00000
	.quad 0x688eb30231157d0f, 0x7feb9ef5f9dfca68
seed4:
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe99
	.quad 0xc2946dd3c112f78b
	.quad 0xf79802819177f0fa
	.quad 0xfffffffffff8cd5d
	.quad 0x2f636c1859687123
	.quad 0x0000000080000000
	.quad 0xc83d79145b2a88ce
	.quad 0x0000000000000256
	.quad 0x000000004f93a35f
	.quad 0x00000000000003de
	.quad 0x42566ed436d15f2e
	.quad 0x00000000000003dc
	.quad 0x0000000100000000
	.quad 0xfffffffffff36329
	.quad 0xfffff81a466334a8
	.quad 0x06400000
	.quad 0x90000000
	.quad 0xffeec2d7f494c241, 0xc8ac000080000001
	.quad 0x800000008a3f6ea4, 0x1ed0e0046dff7c3a
	.quad 0xe8c31283e9bb7d75, 0x8bc91ed83709ffeb
	.quad 0xe9aa3eb86223fc00, 0xc7ae4edeffdefbc8
	.quad 0x3e770e655bd47e51, 0xacbd4f7d95ccfd44
	.quad 0x82b9db3f34d7100b, 0x7f9f5119bde5e78c
	.quad 0x0000000000000000, 0xff8000005f000000
	.quad 0x7f80000040da7c18, 0xf0f89c86943b1d57
	.quad 0x3fcab67a0ed9a942, 0xc6aec9945ba8fa01
	.quad 0x035708bc40b00000, 0x7eee5e96ffe07e48
	.quad 0xc60382d5e55b7d16, 0x91e9195a92553b9e
	.quad 0xc000000000000000, 0xff99b84d1e595100
	.quad 0xc065aa24b96e573a, 0x0000000022e49718
	.quad 0xc0effffffffffffe, 0x3e9b4ec647000000
	.quad 0x800e0826d25f4daa, 0xdbfb647dff85fc01
	.quad 0x3b65bf0b80800000, 0x4002000000000000
	.quad 0x964ce02affdbb2d4, 0xed3caff449d87c7e
	.quad 0xc12a909809ef209a, 0x009f03809f123ba9
	.quad 0x32b1881069edfd2a, 0xdf85101c5bebfef7
	.quad 0xa91c35d583955d96, 0x0e5cb52290e4d2ff
	.quad 0x9a95f965c0e80000, 0xf4c9b198d2dde26c
	.quad 0xc3579a8a3bd8aa81, 0xf658667222bc62d4
	.quad 0x3fc0bfb3507cf334, 0x3678000080800000
	.quad 0x82552a7876714336, 0x45d165a356b004db
	.quad 0x0539f9987fa3fda8, 0x4016000000000000
	.quad 0x24940e2c65b1cfbb, 0x000000007f800000
	.quad 0x7f8aad4cffa82a67, 0xaa655c297ff7fb91
	.quad 0x71affad2ff8b6ea5, 0xbf58d8dc414b6a83
	.quad 0x4bfdddbaa8f428cc, 0xc32ac8c0effda7fb
	.quad 0x48c739d2acb95c95, 0xff8e560ec10a0000
	.quad 0x7effffffc207d046, 0x728bbd0eff8ff5f6
	.quad 0xfb28f3317df6fc28, 0xd29c15a9fff01dd3
seed5:
	.quad 0x3cf440783c828352
	.quad 0x066f614548705ca3
	.quad 0xfffffffffffffe5b
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x00000000000a808b
	.quad 0xffffffff80000000
	.quad 0xef3c4b84b2e21a03
	.quad 0x8000000000000000
	.quad 0x98ca75d772a09959
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0xfffffc469b679ba5
	.quad 0xffffffffffffff83
	.quad 0xfffffffffffffdc7
	.quad 0xfffffffffffffe0f
	.quad 0x06400000
	.quad 0x30000000
	.quad 0xc045a563d9812811, 0xf0078cc27edbffbd
	.quad 0xef8889dcbfacc7d7, 0xb700000000000000
	.quad 0x4440000032638348, 0x3e800000fcffcbcd
	.quad 0x43e000007f800000, 0xfff8000000000000
	.quad 0x0000000049800000, 0x3ff4000000000000
	.quad 0x4dc8204ddc900acf, 0x7df54bc207e7a06a
	.quad 0x8fe534753afcc150, 0xfff8000000000000
	.quad 0x4ba258d2ff79ff9e, 0x3742f57ec03b068b
	.quad 0x98b372e0d6980000, 0xc0880000782f1e88
	.quad 0x286b1dbf7cfefd48, 0x3fed453a2bda6aea
	.quad 0x40782a9acd2d60eb, 0xbfffffffc2e9f432
	.quad 0x7f7fbb8e0d4d39ee, 0x3f12800000000000
	.quad 0x5ffffffe5736e46a, 0x34d35b876d27ca04
	.quad 0xde5d2fa23eaae7e5, 0xede2f4a6b2ddcbd7
	.quad 0x27ea527f55e0ad17, 0xc00000003dd9f8e9
	.quad 0xdf800000bf767727, 0xd3a57ddf6986fb9d
	.quad 0xbf2000000070b10c, 0x3fc398062e4cad44
	.quad 0x4069b5241d4cb05f, 0x95d41b2cff993c0f
	.quad 0x71df172c5dc60000, 0xbfae482df72a5016
	.quad 0x7f3cf1c790c5cdea, 0x1bc79b72b22de156
	.quad 0x43073f8f789bbbd6, 0x7ff0000000000000
	.quad 0x7b5a659b778a5e69, 0x2a5f4f18d133bef2
	.quad 0xcb4a179d19c30995, 0x7ff7c22b68f74cbf
	.quad 0x00274b48653ff507, 0x7ff0000000000000
	.quad 0xc303ec2dd68d8210, 0x3fd6000000000000
	.quad 0xc1180000337e94d1, 0xc2e499e8bd95fca4
	.quad 0x401710d0bb130af2, 0xd980000140d40000
	.quad 0xffe0000000000000, 0xae73232a85562e5d
	.quad 0x8000000000000000, 0xdf7ffffe7f000000
	.quad 0x7f800000c77ffffe, 0x3ff80472cbd36da2
	.quad 0x4340000000000000, 0xbf87c88800347a2d
	.quad 0xc074000000000000, 0xc0d8200000000000
seed6:
	.quad 0xffffffffffffe84d
	.quad 0xfffffffffffffdc4
	.quad 0x00000000e4212790
	.quad 0xffffffffff51a92c
	.quad 0xffffffffffffffff
	.quad 0xe7973aab1d63c92d
	.quad 0x0000000000000089
	.quad 0x329557843cf3efd2
	.quad 0x96b19e9bc34d3139
	.quad 0x6be4c28c05a4ae85
	.quad 0x16d857aacfa8eaaa
	.quad 0xfffffffffffffc5b
	.quad 0x91b16686cf4d6bfd
	.quad 0x00000000ffffffff
	.quad 0xfffffe368bd1a6d1
	.quad 0xfffffffffffd940d
	.quad 0x03800000
	.quad 0x20000000
	.quad 0x8000000000000000, 0x85a0a9838da07a78
	.quad 0x25a1ea8dcaeefe00, 0x0000000000000000
	.quad 0xffc00000c6dc0000, 0xbfc966d68179d0d8
	.quad 0xbf7b71ecb86333d2, 0x3ec8000000000000
	.quad 0x42d70f777529ff04, 0x40a000003f800000
	.quad 0xd4175633e98c2503, 0x45b64f78f098d6a0
	.quad 0x3ff58d7dea04313b, 0x737374edacd3f9cb
	.quad 0x7fbfafac8172d4f4, 0x0000000025b078cd
	.quad 0xff8000004f1fcb2b, 0x0858d8ae10d77bca
	.quad 0x42819b11f3fb7e00, 0x49cff5104c7a0001
	.quad 0xda7fffffc21d6dae, 0x3f7b5b742dbd680a
	.quad 0x4d0da5f5fe69cefb, 0x40600000b6500000
	.quad 0x9fb669d3d7544100, 0xef9313c84a4d3107
	.quad 0xade0233643816a69, 0xbed67b18c0267c56
	.quad 0xe97d567f44e15008, 0x3f91000000000000
	.quad 0x7dc622ed0758217a, 0x7ef4fe740add613c
	.quad 0xc3ed60a65979c97f, 0x680c6905faa1f9d5
	.quad 0x007fffff8bfa97f5, 0x4066ada680000000
	.quad 0xe8f21fa6611b218c, 0x6f0e0020af854055
	.quad 0x506969ced7f10000, 0x7fc000005ffffffe
	.quad 0x001215753b07177e, 0x7f9340ab8d0320d7
	.quad 0x48300f4320ef4ac0, 0x7ff8000000000000
	.quad 0x8d1e19d37fa3bf1d, 0xd66c00e7f9d4bbfb
	.quad 0x27c3d91504ed7a8c, 0x8040000040f80000
	.quad 0x3fde000000000000, 0x01de22c143e360bf
	.quad 0x741b02facaa4fedf, 0x0000000000000001
	.quad 0x878c30881e960000, 0x38f8802b437cfd70
	.quad 0x400b000000000000, 0x1809d1bb6a637d06
	.quad 0xd310a09eddd81e4b, 0x6aa4afbde7bffddd
	.quad 0x435e1e1c3fc00000, 0xc07aa00000000000
	.quad 0x12e083d1e5ab693e, 0xfff16f86b2a7bd4f
	.quad 0x401108f3b5a66521, 0x8267e2c6a5fceeee
seed7:
	.quad 0x000000000000022a
	.quad 0x000000000000004b
	.quad 0xfffffffffffffc97
	.quad 0xf2824172d2594eb5
	.quad 0xffffcf356ec9f900
	.quad 0x0000004f25a3f7da
	.quad 0xa195c2622e2922e3
	.quad 0x185204809cb7077a
	.quad 0x0000000000000032
	.quad 0xac399413c74a860e
	.quad 0x130a3ccdd0acb91a
	.quad 0xdbeb5b9de2cc77e6
	.quad 0xdf45dbb52abb2f56
	.quad 0x0000000000000298
	.quad 0xaa346e5a92f5b1cf
	.quad 0xfffffffffffffeb0
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x7047e0a27fd805e4, 0x80000000006862c6
	.quad 0x7ff0000000000000, 0x407e1f61d6231158
	.quad 0x40381dece114438a, 0x6447a45d5f8b7eda
	.quad 0x2b67e57aef9c4760, 0xa7cfa14063828000
	.quad 0x03a1db740f171f16, 0x3e2598ab7f800000
	.quad 0x4dd4b08ecff9eac4, 0x8000000000000000
	.quad 0x3febe7af15847392, 0x8986067effbdfed8
	.quad 0x24f0c36a6239feba, 0x7f61480b65d8c490
	.quad 0xc260000000000001, 0x460000017f800000
	.quad 0xc39469517f800000, 0xa4d1bab022144740
	.quad 0xbd7a164b6be7b623, 0x7f8000006e1a9795
	.quad 0xb88600007fe76076, 0xda102dcaffc5fce4
	.quad 0x2f790079c0a7fcf6, 0x800fffffffffffff
	.quad 0xf8997f317fc00000, 0x7fe19ae0ec35d28f
	.quad 0xb9e000007fe16c51, 0xf1f3263a47a47e00
	.quad 0xfff0000000000000, 0x4f800000c0f00000
	.quad 0xbf7f6af3f091a4cf, 0x71d6114afff1db40
	.quad 0x6feb3e539b8d0001, 0x7ff6d7c2bfa00000
	.quad 0x7f8a8c140208d648, 0xdac97545deeef989
	.quad 0xbc93ab5ec0af8636, 0xff3501b893e35fdd
	.quad 0xfd89ba3922003473, 0x7ff8000000000000
	.quad 0x7f000000c27b3f23, 0x7093742183a8e1e9
	.quad 0x7f80000042a668c2, 0x4bf86633ff1da73e
	.quad 0x4e2e2765d1cf0001, 0xacbea72e5ffffffe
	.quad 0x7fc00000ff99f863, 0x1e6126d01fe18b95
	.quad 0x72288e13a117fe00, 0xc78000019781151b
	.quad 0x176977cd00000000, 0xc290000000000000
	.quad 0x0000000000000000, 0xaeee9515677db3be
	.quad 0x7380fb5680e87fb1, 0x5e2d2bbd7fffcdd7
	.quad 0xc27fffffffffffff, 0x8014c0684f000000
	.quad 0xc0d000004262b690, 0xfff0000000000000
	.quad 0x7ffe112e5fd61c88, 0x5f013129e626a5a0
seed8:
	.quad 0xffffffffffffffc2
	.quad 0xfffffffffecbd362
	.quad 0xfff50de03d454686
	.quad 0xfffab7238bfad7bf
	.quad 0x000000000000003d
	.quad 0x0000000000000099
	.quad 0x00000000000002f8
	.quad 0x000000000000003c
	.quad 0xe61960a3ed3dc71c
	.quad 0xd4a5c5b871bbfd74
	.quad 0xfffffffffffffc63
	.quad 0xfff97d8cb919bdfc
	.quad 0xfffffffffffffffe
	.quad 0xfffffff9a11071d8
	.quad 0x67d5369bd8dfe96c
	.quad 0x000000001a0b0e36
	.quad 0x01400000
	.quad 0x40000000
	.quad 0x80000000bf906172, 0x7e023996b8aba527
	.quad 0x7ffd8038fdabfae6, 0x4127400000000000
	.quad 0x7f2a4aa1a2f90040, 0xc16027094891fe85
	.quad 0x4e9789b4baf22e96, 0x7db891c0b9cc9752
	.quad 0x0000000000000000, 0x4019000000000000
	.quad 0xf4ba64352fa087f7, 0xc3e2e0ef5d789f60
	.quad 0xc6ae5f6de7fc7d68, 0xffc579ac00000000
	.quad 0xdbbac3fab7a304fa, 0xdf45541783a27dc8
	.quad 0x8000000000000000, 0x9a42f652fffdfd70
	.quad 0x7ff4cc87de3b0574, 0x251573a0fffb3e00
	.quad 0x7ff0000000000000, 0x000fffffffffffff
	.quad 0xc054024690b19eb5, 0xeee2ac0907e80000
	.quad 0xff800000e4103da8, 0xc06fc47701d21ca4
	.quad 0x800236092e681281, 0x800000005f7ffffe
	.quad 0x80872caa7578995f, 0x3d84000080800000
	.quad 0xbf8f64a925b38cc9, 0x4035da441c3c7bc8
	.quad 0xbfeaf43ccf2d6ffb, 0x0000000000000000
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x0000000041040000, 0xff37efb8c3ab2439
	.quad 0x9111f42dd6b45403, 0x464000007fa57bb2
	.quad 0x02d5bf5170843579, 0x409000003a9b078c
	.quad 0xe3f57146c631798c, 0x801766c7c3cac3c1
	.quad 0xf597a8f6c10a5078, 0x712cba3c7f800000
	.quad 0x0045ba904d7bb2e6, 0xffe34cafc1cc0b68
	.quad 0x40300000010733c4, 0x000000005a6d5ea1
	.quad 0xfff0000000000000, 0x3cc721a580a0620e
	.quad 0x2a6b87c67fc00000, 0xbff0000000000001
	.quad 0x4016fea4f5caa799, 0x09a2df9abdf4b9ff
	.quad 0x7102bd0d9292e0b0, 0xc66a1d5ca0660233
	.quad 0x35f800006f3394ef, 0x92848a3639427c00
	.quad 0xf8a46dc740806ee0, 0x87770e16f9d1b9a1
	.quad 0x84fba386729aa7f0, 0xe7a2ddd71dcffc00
seed9:
	.quad 0xfff2a24aa55cb5e4
	.quad 0xc350d1925724bc71
	.quad 0xffec87818b67eafa
	.quad 0x4bd9ca2c442e1e9e
	.quad 0xffffffffffe0163c
	.quad 0xfffffffffffffe53
	.quad 0x9b3f824080c38443
	.quad 0x3fba89a034e278ac
	.quad 0xf05f4edb49ff0bbc
	.quad 0x3d7551485485e44f
	.quad 0x93bb4f3c6a423bd4
	.quad 0x6589527b6c27b699
	.quad 0x000000000000001d
	.quad 0x000003193fe4ffc0
	.quad 0x0000000000000131
	.quad 0xffff2bfa17c905c6
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xcef1f3dd7f97ef7b, 0xd622080500d0b024
	.quad 0xbcb487542e0b7c67, 0xcf80000063ab2ac8
	.quad 0xbf86000000000000, 0x8010000000000000
	.quad 0xffc0000078440f3d, 0xc00fffffffffffff
	.quad 0x35c1a0b7dcc58000, 0xaf59f7fbfd9efd7a
	.quad 0x6e993893bb336cb8, 0x8039b93d0288ad98
	.quad 0xbef0000000000000, 0xbdd9f57c13010c2f
	.quad 0x489c000080000000, 0xbfc2a9ef39a69085
	.quad 0x438ffffffffffffe, 0xc0e0000000000000
	.quad 0xc1efffffffffffff, 0x7ff0000000000000
	.quad 0x801fffffffffffff, 0xc52000007fc621c6
	.quad 0x4d8c06aeceaf7fab, 0x00266711ff800000
	.quad 0x4b88ec6771f215e6, 0x7ffe79eb8d86e2b0
	.quad 0xfff21a5699f2fcf8, 0x002da550000298e5
	.quad 0xffe9c8690008805b, 0x6c8ce9f3384a3800
	.quad 0xb99d91fd210d7caa, 0xff800000ffa0a53b
	.quad 0xfc8b09d4ff76ee62, 0x4cf6f3bfe40c2e5b
	.quad 0xe30751af53ffffff, 0xa76589c6436ffef3
	.quad 0x03dcd7f6a8d68000, 0x403853af7f7c2bfe
	.quad 0x7f300ff43c953aae, 0x0020000000000000
	.quad 0x8000000000000001, 0xacc0fe9edd7fffff
	.quad 0xc1ea091faebf1396, 0x75c458188ec44f01
	.quad 0xa60350af8b55ca22, 0x3db10000802f8c04
	.quad 0x3f9bdc0f95fc7e49, 0x43252a21c7ffffff
	.quad 0x1cf22b1aff6bb7fe, 0xbeb4000000000000
	.quad 0x7f8000003fc00000, 0xc006000000000000
	.quad 0x7ff5b48ed73a6478, 0xacd03a16ff50c5a3
	.quad 0x8075a28900000000, 0x400a000000000000
	.quad 0xfff0000000000000, 0x9d00d8097f800000
	.quad 0x12f51beb19240000, 0x001ead217de5b712
	.quad 0xbf88e9625ba83c44, 0x19b3f0697335c1e7
	.quad 0xdf7fffffff85c312, 0x9cabc95edddfef8b
seed10:
	.quad 0xbd8cfed03d020d5f
	.quad 0x145409e90adaef7e
	.quad 0x0000000000032186
	.quad 0xfffe3d4f9c0547db
	.quad 0xfffffffffffffc95
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0xfffffffe0feabdd4
	.quad 0x6aa8251a20afe93b
	.quad 0x0026822a63fb80e7
	.quad 0x60da5dfefc30f4da
	.quad 0xe87f75758a1a9d5c
	.quad 0xfffffffffffc1774
	.quad 0xfffffffffffffe87
	.quad 0xffffffffffffffd1
	.quad 0xbe481c6572d928f1
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xbffa000000000000, 0xfea62c90729f4c2f
	.quad 0x1a1a69a8624cd200, 0x36af7b8bdebff7a6
	.quad 0xe631ac7fbf8f9dfe, 0xfeb4eecd7fc00000
	.quad 0x8024d09ecd31a288, 0x0000000000000000
	.quad 0x80000000c9b6bc38, 0x000b2717399ad5ef
	.quad 0xffc00000ffc00000, 0xd3fae5e5073b759a
	.quad 0x739f57cc04664301, 0xe55fd8c4687f0a14
	.quad 0x8311ffadeb3d52ba, 0x407c2e09cee27d5a
	.quad 0x43f8ae374298ddac, 0xece8c333f0b965e8
	.quad 0x43efffffffffffff, 0x7e58c74c25052d92
	.quad 0x41ada72dc3940000, 0xfff0000000000000
	.quad 0x2586f410fdaff429, 0x517463963e1f7d88
	.quad 0xc008c2d6d6fe44c0, 0xb1a91e4240d80000
	.quad 0xd7dab6e1fefffcff, 0x9b61cc8ae4f282fa
	.quad 0xbee4000000000000, 0xb79caedeaef5adc9
	.quad 0x816e8b4f8595dd1e, 0xbc204a699b5760e1
	.quad 0xc44000007f81a615, 0x647f0af4ffc00000
	.quad 0xff8b12e23f2b9b14, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0xfbd3f2533c2fd7ac
	.quad 0xc2a909fe00000000, 0xc032d8bf3a501b0b
	.quad 0xd8e8af2dbbf70000, 0x7f95d13d3c5d0000
	.quad 0x4019000000000000, 0xfff0000000000000
	.quad 0xae8458e5a17a1f40, 0x57795a42ffe97c00
	.quad 0x7fc000007fc00000, 0xf3f93e498f1e427c
	.quad 0xc826eeceba0cf66f, 0xf16ea3a3ff9308b8
	.quad 0x4002000000000000, 0x4041fe78b231921f
	.quad 0xfffdf83e66c95d67, 0x3add4463870a87b9
	.quad 0x8fc70fa84316e0c0, 0xc3d09a6fbfa00000
	.quad 0x000a12bac06480f5, 0x17dc026a7edc7003
	.quad 0x4420000000d8e567, 0xc02335d7adfdb410
	.quad 0x7fdf26043e60c154, 0x39a77d5bea7fcbf0
	.quad 0xd34cf2c983e94830, 0x06d85cefb7bf46df
seed11:
	.quad 0x6ec3bfbd85d5f4dd
	.quad 0x000000000000028b
	.quad 0x0000000000000070
	.quad 0xfffffffffb1b4d4f
	.quad 0xfffff0cad66f4318
	.quad 0x000000000000ebc1
	.quad 0xc02c6e4484b2f966
	.quad 0x00000000096b6045
	.quad 0x555713cb4a554892
	.quad 0xfffffffffffffe56
	.quad 0xfffffecb2eb0e00a
	.quad 0x0000000000000000
	.quad 0xdb481327f3d79203
	.quad 0xffffffff80000000
	.quad 0x7bc2d7af1db57491
	.quad 0x8000000000000000
	.quad 0x06000000
	.quad 0x80000000
	.quad 0x4014417379204803, 0x7f9ca761c650cd61
	.quad 0xf1c25decbf984bbf, 0x0034482b8739b17e
	.quad 0x0000000000000001, 0x8108bdd8c0cc0000
	.quad 0x8000000000000000, 0x7fc00000c12a75f6
	.quad 0xf4d0db7f7fdf7ffc, 0x41f301fb76431e43
	.quad 0x289240f0bbeefe00, 0x9d790cad3a680000
	.quad 0x7a23cd8080213600, 0x6339a2a6fbdbc720
	.quad 0x3e3f01cf247c839c, 0xe4edce163dffffff
	.quad 0xf7f5e2fefd7e7f6f, 0x800000003e379be9
	.quad 0x155876be43420000, 0x59800000622964e1
	.quad 0x43b5150fa3947efb, 0x35b72bbd7aff4be2
	.quad 0x4bc1e88bdef7fae7, 0x855a93a66e5ef801
	.quad 0x709c5d221dff3faf, 0x805dbc6374ca2b2d
	.quad 0xc0200000c0e00000, 0xfffcc2e194499be3
	.quad 0x7fc1bbb40c2a0ee3, 0x8008000000000000
	.quad 0x80400000431cad94, 0x64939a1362fcfb0b
	.quad 0x800000009af152bc, 0x84fe0842eecd0bd6
	.quad 0xff8000007f8054c0, 0xc0b80000bbe42950
	.quad 0x99673412725a0b25, 0xb447f225d26a2983
	.quad 0xc040000000000000, 0xff9100b1812cb51d
	.quad 0x752c26ff3f33a24a, 0xc050d55d0e3776e0
	.quad 0x800654ad0085899c, 0xfff00a61feee1f1a
	.quad 0xb7577cd4e8bcf8f8, 0x29fa4c3c8c47f63f
	.quad 0xff8f78c08167eb2b, 0x7ff8000000000000
	.quad 0x01000000ff9272b1, 0x00000000ffa9b32d
	.quad 0xfff0000000000000, 0x000fffffffffffff
	.quad 0xfff409c5d2050acb, 0x8000000000000001
	.quad 0x434a85d6ffdc03db, 0xd83d5abea0300001
	.quad 0x816cd947b760f400, 0x09f88a2ced16e44e
	.quad 0x4330000000000000, 0x4186ad3f3fda1fc5
	.quad 0x4000000000000001, 0x8009318ae31309a4
	.quad 0x19d2978091f5dfca, 0x7f95b35b00646494
seed12:
	.quad 0x0000000000000003
	.quad 0xfffffffffe61105a
	.quad 0x0000000000007d69
	.quad 0xfffffffffffffca8
	.quad 0xffffffffff6dc0c2
	.quad 0xfffffffffffffc1e
	.quad 0xfa4098aaf4aa6863
	.quad 0x000001e030c4d26b
	.quad 0xf72d7a6d3fd25e40
	.quad 0xba56961f04b2f801
	.quad 0xfffffffffffffef0
	.quad 0x0000000000000001
	.quad 0x0e78a7812f389db4
	.quad 0x250987c8ed95d668
	.quad 0x0000000000000000
	.quad 0xffffffffffffff67
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xbeba206200000000, 0x7a297b8b7f800000
	.quad 0x2c3046f9ffa68133, 0xbe8000004f7fffff
	.quad 0x1ae48a2144f7fc5d, 0x8ce71351fdcbf5ea
	.quad 0xffe6139dc0f00000, 0x5b453f68583b702e
	.quad 0x7ffb4c01e5648057, 0x03e7a477ff94daaf
	.quad 0xe477b489218605a1, 0xc022c00000000000
	.quad 0x83989685c33b7988, 0x40507d6d22f47403
	.quad 0x8000000080ffffff, 0x4a006d12bfcbadff
	.quad 0x4122000000000000, 0x44bf792d14540095
	.quad 0xbff2400000000000, 0x00054d208587eb58
	.quad 0xbb11fb9999074f6c, 0xc568a6dad06002b9
	.quad 0xfe80000049d00000, 0xff800000ff800000
	.quad 0x804e237d12af7e6d, 0x00000000f6506d54
	.quad 0x3ffc3e1058819f96, 0x3ff0392020551cce
	.quad 0x745a69681e04b36b, 0xbcc5b18cc25e14e7
	.quad 0xffcd615bffc00000, 0x25609b3c28ac0e56
	.quad 0x53d7b5de9fecfff9, 0xc30ac90fc144d5e7
	.quad 0xa6a02ac57ff22f45, 0xbc44dd28017fffff
	.quad 0xc0014eaa35287eb9, 0x5d1bd100fff3cf7c
	.quad 0x3f99220419ba1d48, 0x0000000000000000
	.quad 0xc000000000000001, 0x202f2ef27af07c61
	.quad 0xff41e557df7fffff, 0xc0effffffffffffe
	.quad 0x69f7e9f4fd1f7e00, 0x3f9e9373bbb8f27c
	.quad 0x00ba763841e001a6, 0x1f343d54fdbea357
	.quad 0xffc000007f94039f, 0x7e95a6dd918073c9
	.quad 0x02dfd64814d69bbb, 0xfedd796599bdc7b3
	.quad 0x854cc0e247800000, 0x3edc000000000000
	.quad 0x7d52d689fa6b7a00, 0x630846acfffffdc7
	.quad 0x80000000848368d2, 0x7fefffffffffffff
	.quad 0xffbbb44d426987b8, 0x7fa801f91960ce59
	.quad 0x69cd4631fdfffe0c, 0x3f9d9bfe2291b205
	.quad 0x3f9ae9e76cdc01a7, 0xbdb6fd053b98bdf4
seed13:
	.quad 0x000000000000010c
	.quad 0x47ed388d931348c7
	.quad 0x88b17c82c42ee2fa
	.quad 0xfffffffffffff8b5
	.quad 0x000000000000000f
	.quad 0x0000000000000001
	.quad 0x00000000000003c2
	.quad 0xa1494a65181eff1d
	.quad 0xffffffffffa7d7a1
	.quad 0x002a571766095bd3
	.quad 0xfffffffffffffe27
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xffff378d845c3899
	.quad 0x0000000000000001
	.quad 0xf35a1c47495db0eb
	.quad 0x03400000
	.quad 0xf0000000
	.quad 0x015c877ffffad3d9, 0x7fe95dd93168151b
	.quad 0xc0191dfa1206710e, 0xe12d48ffc58ffc00
	.quad 0x454000007fb34bd6, 0x3f9dac2fecd97ba9
	.quad 0x7faf59bcffc00000, 0x800303bb9024eab6
	.quad 0x46252ab8df8f8ec6, 0x432410fc3f5fc17e
	.quad 0x816b1613ed0af625, 0xc074222aef81447d
	.quad 0xfceb41e60a415e77, 0x0000000000000000
	.quad 0xe9c7cc8adfffffff, 0xff800000c7590142
	.quad 0x8000000000000000, 0x1c8e7ca8769e8400
	.quad 0xf0c3d9677de2fc03, 0x3d321712ca0abb20
	.quad 0x3eab4a8a41200000, 0x402ec53dacb43729
	.quad 0xda7ffffebe14ab7f, 0xc3bf04e8003aec24
	.quad 0x4263ee174f800001, 0x0000000000000001
	.quad 0x80761bfeaea78f78, 0x1851c4ba91808200
	.quad 0xc86dca587fb13eb9, 0xf2501d3b7ffb63df
	.quad 0x87c2c5dd805edeb4, 0x9fcb8c5b7723786b
	.quad 0x802731e8ddc62fe2, 0xc9993009e02b1ad0
	.quad 0x8040000043ea2421, 0x7fbc8ac83d6db8ae
	.quad 0xb83dc04f08da0000, 0x2740981eb11cf400
	.quad 0x004f24417fc00000, 0x7fe0000000000000
	.quad 0xb7a05e4cedeae8cb, 0x16e589ce03f3531a
	.quad 0xfff1d8f01f791f0d, 0x4900000080400000
	.quad 0xc00efb24391e7da5, 0x7f800000f029150e
	.quad 0x40180000fe800000, 0x000000005f800001
	.quad 0x81c98febbfdfdbee, 0x92cbaea6806640b5
	.quad 0x98c2edc8f87facfb, 0x7fd614ad22dea0e5
	.quad 0x7f8000006eaa4fc2, 0xb20bd1528ded01da
	.quad 0x545dacc696670bff, 0xf5f299049dcc029c
	.quad 0x7f800000bfe00000, 0xc1c3ed2180400000
	.quad 0x29fba1fceed1c67c, 0xc022c00000000000
	.quad 0x64c30ca6ffc7443d, 0x9b5a7f634a232548
	.quad 0x43fffffffffffffe, 0xfe87d2f3434c0000
seed14:
	.quad 0x0000000000000003
	.quad 0x025c9c974084882e
	.quad 0x7bdbffdb9725baff
	.quad 0x50f09c96a662e907
	.quad 0x3004e45c1ede553c
	.quad 0x4ab67a0a492c2b16
	.quad 0xfffffffffffffc45
	.quad 0xdcf331bc74c25b03
	.quad 0x0000000000000059
	.quad 0x0000000100000000
	.quad 0x00000000000001d9
	.quad 0x095046cc9d83943e
	.quad 0x0041e7687b1349d9
	.quad 0xffffffffffffffff
	.quad 0x414ee87eb880edb0
	.quad 0x0000773f0c056b9b
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0xbfa47eba2d190b65, 0x2b472904d3fc3278
	.quad 0x96553f1748ae7ca6, 0x52243e765b9fff5a
	.quad 0x9ce5733600000000, 0xb6400000d9fffffe
	.quad 0x7ad31252eb6ff73c, 0x09efa51700dcf42a
	.quad 0x7fc0000000800000, 0x1eb20c91cae179e0
	.quad 0xc006000000000000, 0x7da7f69f227ea5c6
	.quad 0x7a47e4345ad93a00, 0x6a1335b8ed6f0194
	.quad 0xd895cb9ecd834cfa, 0x3eaebb89bf000000
	.quad 0xc07411a4fe54a9dd, 0x0000000000000000
	.quad 0xc7ffffffc977c85c, 0x3dc2fa4d007fffff
	.quad 0x9ce8d7c37f84d0ec, 0x707fb2c512cbb3aa
	.quad 0x66587467499f690a, 0x9ae139deedd2cd89
	.quad 0x4a032570fef1fffd, 0x49000f9cd8b63f34
	.quad 0x6d9c988132bdfc00, 0x3cc000008eb2ce23
	.quad 0x7ff50b39e2a4bb41, 0x0004374b017fef55
	.quad 0x00044a0e587d12d3, 0x026bdabb994dc6ae
	.quad 0x187977a600000000, 0xff2e7339dafabc76
	.quad 0x93735044c3b55fdb, 0x46ac4afbda7ac7ac
	.quad 0x6d1b550471a8227a, 0x32fb568c7e55310c
	.quad 0x7af052000c137cb0, 0x0008000000000000
	.quad 0xdcda9619f70bfc00, 0xbd926aca00704112
	.quad 0x7fb593683ff8c806, 0x4024000000000000
	.quad 0x9ebe7ac2507ffabc, 0xcfe4e8dcffffffff
	.quad 0x017fffff195c3edd, 0x7ff0000000000000
	.quad 0x3fa9bc362c4a33ef, 0xdeb25cc272108000
	.quad 0x0d2f859f85f8baf9, 0x7e90af978c544b49
	.quad 0xff800000ba300000, 0xbfe7d2b43938a9ff
	.quad 0xbdbb3c92ffa006f2, 0x40d0000000000000
	.quad 0xde17c5cae2287c11, 0xfff0000000000000
	.quad 0x4b7cb46cfe6d4400, 0x4128000000000000
	.quad 0x9250f65fa203618c, 0x800000008f3918b6
	.quad 0x8000000000000000, 0x004d03fc80000001
seed15:
	.quad 0x7ccd2d6b64dd1c6e
	.quad 0x000000000000019c
	.quad 0x000000000001e237
	.quad 0x63a0593f8dc53228
	.quad 0x622088b932cb9a9e
	.quad 0xc453d2855f9ae87a
	.quad 0xb5823372882bb883
	.quad 0x7cf5faea9ee3fcb2
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd13
	.quad 0xfae8347a92ec9624
	.quad 0xf2622d9e00a25386
	.quad 0xffffffff80000000
	.quad 0x04a946068e830106
	.quad 0x11d6c4c7fe0e9be3
	.quad 0x4de62f0cd12cb68e
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x2870288b89d37836, 0xffe4c26abb5fb72c
	.quad 0x7797ce27fcf7cbff, 0xbbbe93183f10f821
	.quad 0x1ac426edbfcb7be9, 0x59fffffe80159ead
	.quad 0x27b62624ffc00000, 0x7fe1616cb11bd7ce
	.quad 0x0000000000000000, 0x10818cf43efd5bc8
	.quad 0x549ca993ffcfbf9f, 0x4022000000000000
	.quad 0xa8b4a7ca35daed31, 0xc023400000000000
	.quad 0x40d000007fec7c43, 0xbb80406bc1140000
	.quad 0xb5cab062ce76fc00, 0x3fce800000000000
	.quad 0x7e0aed5e01000000, 0xbd3efe9b6fd3f97a
	.quad 0xb1071a15d4420d01, 0x5becd86bf247260c
	.quad 0x7ff0e7ab83918e4e, 0xff8000004f31e3b2
	.quad 0xffcf2034bd769ff4, 0x6f3f1812c0700000
	.quad 0x3b6890a6e76a0327, 0x80e5fb7432e6bd56
	.quad 0xffc829560cd07b78, 0xbfe9aba1836ccabe
	.quad 0xf92c7de3ffb0e008, 0xbd276a4c00000000
	.quad 0xfff4ef1af2a85490, 0x80000000f43169f6
	.quad 0xc001a00000000000, 0x7ff006881ff00c8e
	.quad 0xc0f0000000605540, 0xf0896886186e1c6f
	.quad 0x8074acbc16416b1a, 0xc19f78e66bf7c304
	.quad 0x3f68068e43d2b0c9, 0xc03281c23388cd1b
	.quad 0xdd382499a7fd4180, 0xbd87025488a81a75
	.quad 0xbfffffff29fbc22b, 0x807767b800000000
	.quad 0xbf978b66a0b7fd06, 0xc8bbe709ddffdebc
	.quad 0x77e7ad20ff800000, 0xfe55b121392adc40
	.quad 0xbfb9df56fd0fdc77, 0xc365f87cc04650d5
	.quad 0x14836295f3f6ff7f, 0x3cf5edc6408dc794
	.quad 0xc1effffffffffffe, 0xbfd2fcab6ff519ea
	.quad 0xc304cbebc2082d1a, 0x974d239d6c45c67f
	.quad 0xffc00000ff9a7423, 0x7ff0000000000000
	.quad 0xb7e51527db0a79ce, 0x13161b305a000001
	.quad 0xc30ca4136464fabb, 0x064b31c5be46c494
seed16:
	.quad 0x7fffffffffffffff
	.quad 0x0d1a7d73ecffe3b7
	.quad 0x977ba0496dd40655
	.quad 0x43c6895e00bbd700
	.quad 0xffffffffffffffc5
	.quad 0x97d6337f89cc4d96
	.quad 0xfffffffffffffef9
	.quad 0xfffffee75d989fde
	.quad 0x7bb03dc11f0a8c1f
	.quad 0xf36188f9591bf90b
	.quad 0x00000000000000cf
	.quad 0x4ef4972e23303b47
	.quad 0xffffffffffff4a52
	.quad 0x0000000000000229
	.quad 0x7fffffffffffffff
	.quad 0x88a869af477c03a4
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0x70489dacd55e6ae9, 0x8082a3974f000000
	.quad 0x381c9110b066006f, 0x359aaa29fb3dcc51
	.quad 0x0000000000000000, 0x39db5fa3a1fec064
	.quad 0x2cc31f0c70949268, 0x50c4a9fb19cf7800
	.quad 0xc1a83984f08c7d8c, 0xbfeb4772ed57d33f
	.quad 0xc072c67f8afeaec9, 0xac97a39b5be07c00
	.quad 0x580c8c5bebf782c7, 0xffdbffba5e60d096
	.quad 0x90fbe484ffb682ff, 0x9252f69b702dca5a
	.quad 0x8e96b2f540700000, 0x5e862ae8fff7b124
	.quad 0x7ff8000000000000, 0x2643dbd97ffefe02
	.quad 0x4037d7f5c65cab2b, 0x43effffffffffffe
	.quad 0xfff80a71d6095a98, 0xf7a5fc9545627f6b
	.quad 0x0047fb1100000000, 0x4031100000000000
	.quad 0x3ff28b9337f2d83b, 0xa5810ccf57664fcf
	.quad 0x360f4393bdedcb34, 0xc3ba375d7effffff
	.quad 0x42741323436dedbd, 0x69f31ea7dfe6afed
	.quad 0x00ac9edb415aa3b4, 0x657af29f8eec77ff
	.quad 0xb5d8000080000000, 0x0000000000000000
	.quad 0x7fe3e6febead27bf, 0xfff0000000000000
	.quad 0x48168f13c79fd4ed, 0xf235fff4c1220000
	.quad 0x4859ca12a05a7c0c, 0xb8e0000000000000
	.quad 0xf9ffe9832ce7fc00, 0x545a672149b85d6b
	.quad 0xbc2171117ce502fb, 0xc06390157b820b1e
	.quad 0x97532ac9fff7d8bb, 0x84aca747ffdf7abd
	.quad 0x7ff8000000000000, 0xd2568d50cae3e1cb
	.quad 0x04eac919803d22a7, 0x7ff0000000000000
	.quad 0xc1b2c8fcff800000, 0x550ecef26af25086
	.quad 0xf596b0ae42800000, 0xd09376a7fdb3fbf4
	.quad 0x7fc000007f80538b, 0xf43e4c54ff7f7ddd
	.quad 0x41356ffb705cee53, 0x0f51eee5f110d231
	.quad 0xc013000000000000, 0x02555b2380000000
	.quad 0xc022800000000000, 0xc07a2b08a7b391d3
seed17:
	.quad 0xf915f900bc0de5a6
	.quad 0x3882c238cc904638
	.quad 0x03b3fec30e82e058
	.quad 0xfffffffffffffcd0
	.quad 0xffffffe8700765f8
	.quad 0xe81fa180350b2439
	.quad 0x0000000000000287
	.quad 0x00000000ffffffff
	.quad 0x03c112bbcd4b6775
	.quad 0xd93799fbb7f74703
	.quad 0x000000007fffffff
	.quad 0x00000000000001cc
	.quad 0xe8e5ff41390b97ec
	.quad 0x0088b6485d647efe
	.quad 0xfffffffffffffffd
	.quad 0x1b3f48bfabae974a
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0x0409a9a0291dc7c0, 0xfff0000000000000
	.quad 0x7c15f9b2edf51e61, 0x0000000080000000
	.quad 0x8000000000000000, 0xcf800000da7fffff
	.quad 0xb660fe97fdff9cea, 0x06dc088aee60fbba
	.quad 0x7ff0000000000000, 0xfe6ac57b75aa1278
	.quad 0x80084a0ef45cdb5e, 0x7f84293bc41c0000
	.quad 0x4222e899ff000000, 0x568a4ecfffee25b7
	.quad 0x78525dbe3ea7d53a, 0xc02be1098bcc6d55
	.quad 0x7ff0000000000000, 0x801fffffffffffff
	.quad 0x6798d02a674f6fff, 0x800e86ca807eb982
	.quad 0x28f05f1f01187e00, 0x908afdb6e9feeebd
	.quad 0xc28cbfdae400b583, 0x43fe369389780e93
	.quad 0xc6f2351b17fac000, 0xc02c6bca74a0ce1a
	.quad 0x3e9e21df410c0000, 0x808000003bdf850a
	.quad 0xcab811c2058754d1, 0x7ff929c43e8800ee
	.quad 0x4020000000000000, 0xc19ad3d8414ffdbd
	.quad 0xfc435c0a803f9ec8, 0x03c500b0f5cfcbac
	.quad 0x3cf9061b00400000, 0x3d0a90693f4ce8fb
	.quad 0x7ff8000000000000, 0x8146b01ed37afbc8
	.quad 0xa23d4fa539e42bd9, 0xbf800000ff865645
	.quad 0x7e9fc0cf80000000, 0x71423884075d12cb
	.quad 0x5164af221c570bb9, 0x1a6a6dc696a2fa66
	.quad 0x47000000832a2863, 0xfffbc5d2bce4e550
	.quad 0x84979bd3fe0fff26, 0xbfbac00000000000
	.quad 0x0795192fa5895339, 0xae692ef5fff28000
	.quad 0xa58af7c4771d4150, 0x7fffdea99f885d6d
	.quad 0x4015000000000000, 0x4010800000000000
	.quad 0xac723cea16f208ea, 0x426fbe99cf9f90f3
	.quad 0x626a72baeaf2a7fa, 0xffdfffffffffffff
	.quad 0x8000000000000000, 0x388000008722264f
	.quad 0x13e861a94fdf1f80, 0xffda796ac0da1d8d
	.quad 0x39825ed135687e00, 0xfff8099936eae75a
seed18:
	.quad 0x0000000000115a8e
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xcbc43e49df301918
	.quad 0x0000000000056446
	.quad 0x0000000000017e82
	.quad 0x0000000002f7b8bf
	.quad 0x000000000000033b
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x000000001ceeda7e
	.quad 0xffffc50391dcac5a
	.quad 0x68ddc1113a4e9d7b
	.quad 0x693c61844003b8c6
	.quad 0xfffffff6f4243c40
	.quad 0xffffffff80000000
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0xe40d6f2600000000, 0x793e45b53291e0f6
	.quad 0x4018d5ce84f1091d, 0x80ea690dfbf6fbfe
	.quad 0x363056cce304aa1f, 0x401c000000000000
	.quad 0x3bbc5c2fffb77d9b, 0x001be5033ec46a6f
	.quad 0x676ff035ff800000, 0xc004000000000000
	.quad 0xc3fffffffffffffe, 0x80000000cf000000
	.quad 0x8026ea9e25f621c3, 0xb7406647ee12764d
	.quad 0x000f68be384b32c9, 0x63e8346cbce36e6e
	.quad 0x3ffe000000000000, 0x45c7f3a2ef89a6fd
	.quad 0x1c07c7e7bfa00000, 0x7e5239eb04e03b76
	.quad 0xff80000000000000, 0x56f59633a8385eec
	.quad 0x400a000000000000, 0xdfffffffacb6c90f
	.quad 0x80187aac7fe9b663, 0x6ec7d2da894c7f95
	.quad 0x1a900b8587de7bdd, 0x51502c7cc03f89d5
	.quad 0x191396987ffb7ebd, 0x33873834d8952265
	.quad 0x80000000411a0000, 0x048fc526ff36fdd6
	.quad 0xed99de6f8a7ff7fb, 0x0032dcc3c08c0000
	.quad 0x7f800000e6ec971d, 0x99843b8888c79ea2
	.quad 0x1b9013c47fbebefa, 0x2f091081ff9fd99a
	.quad 0x4023000000000000, 0x017e44de01000000
	.quad 0x59e674db53be23c2, 0x6cd02136014ad282
	.quad 0x8e19571c83f77820, 0x18c765d8ca2c4587
	.quad 0x481600003c2f0bbf, 0x80bd7ea1ffe14001
	.quad 0x207e755c3508e760, 0xfe44c9cb66d7de41
	.quad 0xfe0c07dab325d6e0, 0x9b8a07df7fb33308
	.quad 0x7fc886e5004f76f3, 0x7f8000001c6a51be
	.quad 0x42bd45a4c3f0bada, 0xc026041618fd2834
	.quad 0x09ff26573c8d0732, 0xc33fffffffffffff
	.quad 0x5bbf731bbff84c48, 0x001dab4be50bd609
	.quad 0x7ff0000000000000, 0xff80000040880000
	.quad 0xd3a4941340880000, 0x40e00000bec2fae9
	.quad 0x719212c47f9208a2, 0x51e8e08fdfff0401
seed19:
	.quad 0x29b5b4acb1603d60
	.quad 0xffffe96108df173c
	.quad 0x0000000001000001
	.quad 0x0000000000000207
	.quad 0x0000000000000c83
	.quad 0x000000e13f631ae1
	.quad 0xfffffffbb39be316
	.quad 0xfffff044d834ae91
	.quad 0xffffffff80000000
	.quad 0x002a4b204e9f318d
	.quad 0x000000000f12e333
	.quad 0x8dc21780d17b4daf
	.quad 0x4930adf4deb8efb3
	.quad 0xffffffffb6f70ce7
	.quad 0x0000000000000016
	.quad 0x0000000000000000
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0x817baaa01a427a2b, 0x89e9d3b2e36cb724
	.quad 0x40fd000000000000, 0x41f48a359c913319
	.quad 0xcd63fab6c92fc780, 0x8c9d75cdf7969000
	.quad 0x3f400000be3bb09e, 0x3f8ee8e4073a21ec
	.quad 0xbc2260da3d800000, 0x3ddddd3880000000
	.quad 0x8000000000000000, 0xfe45b679563e7b5a
	.quad 0xfaa751e4ff8effeb, 0xd5228e843a3852e9
	.quad 0x4a0a4cada249fb00, 0x6114d19f629bc664
	.quad 0xf149e5214dffffff, 0x0020000000000000
	.quad 0xc9b9b3fbf5a0fc00, 0x271b50e0fb4fb7f7
	.quad 0x00000001f252ab2b, 0xff8000003ee05078
	.quad 0xff9125966be330c1, 0x7f80000000000000
	.quad 0x19c346bb73823bc4, 0xff80000042a60c93
	.quad 0xbf9bb081e4f2314c, 0xb5f321ddc7d10000
	.quad 0x8e5a5b88ffbffbaf, 0xf9aced9dfffdf7d6
	.quad 0xfff0000000000000, 0x7e455336dbf9b29b
	.quad 0x330dcb7f9193006b, 0xe9dc1cb09bce0049
	.quad 0x3ff212093c93ec77, 0x5f800000c0100000
	.quad 0xa6a489d87fffffff, 0x43fffffeff985fd9
	.quad 0x7f8000007f8e2a56, 0x8d3855cff7ff8676
	.quad 0x3be1131ffffbb5bf, 0xc02aa2a3723495b2
	.quad 0xfe22a72b2d354bf9, 0xa494b70cc1120000
	.quad 0xc4e766be7684c80f, 0x82b689afbdf6bd7c
	.quad 0xff826edb80282b1d, 0x403104f7f447125f
	.quad 0x676900767fc00000, 0x7fa2b92400000000
	.quad 0x563f36d7cf63bcf8, 0x7da9e1353939799d
	.quad 0xe03678b137121174, 0x61e13812314fcde1
	.quad 0x3876d17d38fb4a53, 0x86c0461c3e7f96b1
	.quad 0xc1f0000000000001, 0xc2c00000ffc00000
	.quad 0x781933d87d21c6a1, 0x8000000000000000
	.quad 0x7dc1eb862c072336, 0x1c0f4b0a96d1ef7d
	.quad 0xadee39db3477c9e2, 0xbdc000003b874edf
seed20:
	.quad 0x0000000000000f24
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xb0c08e3fc5002939
	.quad 0x0000000000000230
	.quad 0xfff9b0f2a1281986
	.quad 0xffffffff74564972
	.quad 0x2559cb4dfc357191
	.quad 0xcbda4671fa02ef8f
	.quad 0x9e2f1d913930c5d3
	.quad 0xe88548e6c40793f5
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x00000000000001af
	.quad 0x0000000036345049
	.quad 0x9b600db7e6a248ae
	.quad 0x05c00000
	.quad 0x70000000
	.quad 0xbb80e68e1679eaac, 0x00d0aec118cbb6fe
	.quad 0x7ff0000000000000, 0xfda01150bde9a7c7
	.quad 0x4014000000000000, 0x0000000000000000
	.quad 0x403ee65d283e245b, 0x0000000000000000
	.quad 0x267677172f650000, 0x401b800000000000
	.quad 0x7ff0000000000000, 0x2d0909f0ab0277ff
	.quad 0x779f0fa27fd95e36, 0x359a00007ab55622
	.quad 0x409bf736ffe32451, 0x3ff8000000000000
	.quad 0x516e08d42d270047, 0x43da14a4ee64b3db
	.quad 0xffc00000ed424fb9, 0xfff0000000000000
	.quad 0x7f2cbcdaff800000, 0xb5b486aab54448e3
	.quad 0x39780756c05add2a, 0xdf816fd1779868d9
	.quad 0xfe1dbc8b16507d6b, 0x7f9e4804007fffff
	.quad 0xc3a63e2000000001, 0x039c41b58d6e18f6
	.quad 0x6380405e694fb4bb, 0xffb67667df1d6236
	.quad 0xffb66834402d25d7, 0x0c8967cddcd2e6dd
	.quad 0x97bb07a704042105, 0x4034e67bd1800001
	.quad 0x7e8a06f931271117, 0xb1eea540ea3a7cae
	.quad 0x9037214bc11a0000, 0x800fffffffffffff
	.quad 0x92acf2e6a5778fdf, 0x8000000000000000
	.quad 0x0b775fd400000000, 0x000d3470f5b16749
	.quad 0xc05eb9ace7f27f12, 0xc330000000000001
	.quad 0x00000000d9fffffe, 0x7fd0000000000000
	.quad 0x017fffff80000000, 0x7fc0000040d00000
	.quad 0x0ba9772affe74980, 0xbf47e6e3b164109a
	.quad 0xa39516a9cb61fa88, 0x7ff56dc30a00e701
	.quad 0x03030c9f00aaa380, 0xe2ce7afcff91deff
	.quad 0xc00a2ebffff12ae3, 0x842fdbd89e973c18
	.quad 0x80019e0582f42d31, 0x95a8721c74c19bff
	.quad 0xfffd2dd25f64f38b, 0x8935acfa2b48d1d6
	.quad 0xb4a2d58479ac7d66, 0x7ff73462b52106f9
	.quad 0x77419e2cffca44ca, 0x82cafb58712c29a9
seed21:
	.quad 0x2dfccd211e253b6d
	.quad 0x019d80dfee1e5890
	.quad 0x0005f2c3826045ac
	.quad 0x321455e9a4b169a0
	.quad 0xffffcaaa341d6b5c
	.quad 0xffe1883967219ed9
	.quad 0x0000000000000001
	.quad 0x0000000007e31c9f
	.quad 0x6f07534ff0f2b46e
	.quad 0xb621fcc66da51916
	.quad 0x0000000001000001
	.quad 0xc99338264022d19f
	.quad 0xffffffffff79348b
	.quad 0x1924512a13592d18
	.quad 0xffffffffffffffc4
	.quad 0x9ad78d874c20eb35
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x0000000000000000, 0xfff36c6e417fd96a
	.quad 0x8000000000000000, 0x7b139d9f905802e2
	.quad 0xc75f7ca2b32bba07, 0xffadfd96c0e383b0
	.quad 0x23a74fec9bb9003a, 0xbd5c00007fe217fe
	.quad 0x7ff88f0cc0b5792e, 0x829edfda63c54e21
	.quad 0x88cf8f56ffafdcd5, 0x7560100c4153893d
	.quad 0x7fdf7aaebff05ccd, 0xaacfa6f7ca21c6a0
	.quad 0xc390f2374bbf306d, 0x0008000000000000
	.quad 0x62bddf7acdecf7de, 0x0000000000000000
	.quad 0x60e13eebe714ae0e, 0xbfe4000000000000
	.quad 0xd9e7810bfff38b47, 0xbd361dfd61097c00
	.quad 0x81ce2fe3aaa55fd4, 0xc110000000000000
	.quad 0xc786c198c07ffffe, 0xce6b0633957d8000
	.quad 0x2ccedf60a4e0fc01, 0x3f71fe5c93905dc3
	.quad 0xf35ba5fc9124c3a0, 0x000fffffffffffff
	.quad 0x7fe1bda0ffdbb373, 0xe639845aeffbfef3
	.quad 0x52ff9170a2697c00, 0x4cb5b32880000000
	.quad 0xe31fc14d035f7c01, 0xbd1a8000e4078804
	.quad 0xff57c5fafefd87ff, 0x725e3c5b283973ab
	.quad 0x4021800000000000, 0xc72464017b8b98f8
	.quad 0x800fffffffffffff, 0xff8000004f6f7f04
	.quad 0xa8654d415f7fffff, 0x0c401d143f24a597
	.quad 0x4700000180000000, 0xd5ac31853f8e7c00
	.quad 0x2b11abd07fda4ddc, 0x24707b89ffff9b8a
	.quad 0xa9474500bfffffff, 0x7f8000007fc00000
	.quad 0x4019000000000000, 0xa2546efefbff7feb
	.quad 0x410a00006d9937c8, 0x80000000bddfb8ef
	.quad 0x6f0987cf7aed358b, 0x7f6928e47f019bf4
	.quad 0x000fffffffffffff, 0x3fcd9a6dd249e55d
	.quad 0x96151a996299029c, 0xc0fe1dba5f7ffffe
	.quad 0x3fa80a96788edb25, 0x86445629dd328001
	.quad 0x139c07b6bff47d88, 0x5a7fffffc07ffffe
seed22:
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffff575
	.quad 0xffffffffffff2b3e
	.quad 0x000000000019e1e9
	.quad 0x1eb11ae4dbe10269
	.quad 0xfffffffffffffe9d
	.quad 0x0000000000000001
	.quad 0x00005f589cecbea3
	.quad 0x0f11a9cf4a3eecd5
	.quad 0xffffffff5b6478ca
	.quad 0x5dd5649d2bd9658c
	.quad 0xe19ce16f501edfe9
	.quad 0xf481077d7b3d7bc7
	.quad 0xfffffffffffffeda
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0x60000000
	.quad 0x948c6963e109fc99, 0x8029ce15c48cd1ed
	.quad 0xfffc05cd6197ae4e, 0xfff4856cce55cf9c
	.quad 0xc0ffffffffffffff, 0xc2100000bece2c5c
	.quad 0xc2ec5b3ebc28af98, 0x4340000000000001
	.quad 0xf8c378a1c5fffe4f, 0x4d42c9d1fe6ff67d
	.quad 0xec7962a879dddce1, 0x4a82b28b33df7f3f
	.quad 0x67088e44f39239de, 0xfff0000000000000
	.quad 0x9db9bf2669afaf12, 0x00400000c7800000
	.quad 0x3c6765f942c7896b, 0x801fffffffffffff
	.quad 0x7c76f652a6d74306, 0x3c39447679f94a79
	.quad 0xc04b000000000000, 0xda7fffffbef47035
	.quad 0x7fd0000000000000, 0xc01500003d680000
	.quad 0x8000000000000000, 0x3f10000000000000
	.quad 0xdfba5fb6c2ea544a, 0x6884809b6dcd4c9b
	.quad 0x800000007fb38d3e, 0xc0608d56d1197e80
	.quad 0x076d9dc2fff3af60, 0xfebaf2ef3afa0000
	.quad 0x8000000000000000, 0x8370a1ecc0470000
	.quad 0x402bd39179d4e64e, 0x3ffbd4aa7d661415
	.quad 0xa909df944469e850, 0x5c9fe3ff3611fac3
	.quad 0x7fc0000000000000, 0x80000001874a9411
	.quad 0xce0a04a7477097ab, 0xece8a35f4218c740
	.quad 0x4f62f22bfefefdbe, 0xe489b07d6569c5c0
	.quad 0x7d1a4e307ffbff7b, 0x3f9dfc94a927819b
	.quad 0x2a9c84a37ffffab5, 0x80430d7b3a0e9bd3
	.quad 0xc020800000000000, 0x3faf53c0c0980000
	.quad 0xc0104e6e19effa49, 0x82406d19563bd131
	.quad 0x2a0439e0fba4ef50, 0x40d00000bcb717ea
	.quad 0x802317167f800000, 0xde837ec4dfdff7ff
	.quad 0xc3b1a4757fdca99d, 0xfefffffff04c428e
	.quad 0x7f800000427eb500, 0x000fffffffffffff
	.quad 0xc9137b3865b28000, 0x8329b169fbc35234
	.quad 0xc0e0000000000000, 0xda1084fffff4565f
seed23:
	.quad 0x7c20b78da39a44a2
	.quad 0x34a548f342ed0ea8
	.quad 0xcf5ef6307524c504
	.quad 0x54b8cd5a73846b22
	.quad 0x000000023125a786
	.quad 0x006c08e1b734f884
	.quad 0x00000000002d9432
	.quad 0x0000000000000237
	.quad 0xffffffffffffe863
	.quad 0x3e5814441a35a920
	.quad 0x00000000000001ca
	.quad 0xffba6e5ad0415757
	.quad 0xfffffffffffbbb15
	.quad 0xb9642601d85a3b2f
	.quad 0xfffffffffffffffb
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xfe9a4ae440d80000, 0xf1b900bc7736de37
	.quad 0x3d0d47a67f800000, 0x4068dec3ef3c776a
	.quad 0x5c17a93129f62d3d, 0xb6d80000bcac0000
	.quad 0x32dccb3f680b4cf5, 0xfd2bb59b6a9d8400
	.quad 0x8000000000000000, 0x05f3344ebfefdc9b
	.quad 0xbf80085010955488, 0xbffa000000000000
	.quad 0x1ac6ab84a2da4c49, 0xcc525f33ff800000
	.quad 0x4011000000000000, 0x806b9dc04269a098
	.quad 0x3824775c3681d703, 0xd8a7b2df0806d983
	.quad 0x2d7d0066c3e3e67f, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc018000000000000
	.quad 0xd469f082db84fc00, 0x56d460674ff07c00
	.quad 0xc11c00007fa5f9c9, 0x18ac538198782df8
	.quad 0x8db1b4626d58c8b5, 0x487ea5211059b8ad
	.quad 0x653de4827fa2fe75, 0xbc6c3b7c80000000
	.quad 0xbdb344773bb1faf3, 0xff8000007f90df59
	.quad 0x00a324bdbdfa8fff, 0x7f800000ff800000
	.quad 0xf5a1080cfd2103c6, 0x0dcf4a22cffffffe
	.quad 0x0008000000000000, 0x0e9747ed4fcb383a
	.quad 0x7f50c5329493ba4b, 0xaadec98cefffffff
	.quad 0xbef80000814ca4d3, 0x92f66a187a398759
	.quad 0xc016000000000000, 0x43fa491ae94f717e
	.quad 0xbd56c78800000000, 0xc04203d6ad78e497
	.quad 0x58dac1c3ff2f9eeb, 0x91bfea0c9a06eb6b
	.quad 0x7baa1fc8ffbffb99, 0x40efffffffffffff
	.quad 0x7f8000007f800000, 0x6fb391b2b7687c00
	.quad 0xa0e7acccffc00000, 0x55eba3f9fff65392
	.quad 0xfffd8daae1581c62, 0x800398cc931e7a51
	.quad 0x50c0b201ceff7eff, 0xc059e00000000000
	.quad 0xf76db3e17c66bbcc, 0xc0282b6f8628bc00
	.quad 0x8292f1f0a009db67, 0xff800000c9fa0899
	.quad 0xfb1f7bb5f98ddb63, 0x67b4df21efb656fc
seed24:
	.quad 0x814d3ee3b0126ec7
	.quad 0x9e3b77a1ab9ee82b
	.quad 0x0046e41a87a57e6f
	.quad 0x0000000000000258
	.quad 0x0000000100000000
	.quad 0x000000000000d560
	.quad 0xffffffab9bf773f3
	.quad 0xffffffffffffffff
	.quad 0x0000000000000229
	.quad 0x00000e6112bfd683
	.quad 0x05446b3d49c75fd2
	.quad 0x000000000000039a
	.quad 0x8000000000000000
	.quad 0x6605a6e44d11b3d0
	.quad 0x00000000ffffffff
	.quad 0x3c6f326518499e8a
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x71adbd000f824e57, 0x802d38c83eb3faf9
	.quad 0x3f9b81007f800000, 0x70b3547b339f004c
	.quad 0x1bb30cdcbbf8ace5, 0xf2ced72edcc77e00
	.quad 0x8edf1835735b12c4, 0xd64ae19c7cf64f37
	.quad 0x7f000000c0b00000, 0xc0e0000000000001
	.quad 0xfffec43913ee3771, 0x7c88a984f20c42fd
	.quad 0x94c11914ffe6ffbe, 0x0009b47348f4d7a5
	.quad 0x00b709b3e4cbb1f3, 0x7ff0000000000000
	.quad 0x0064b545ffc00000, 0xeecf4dcfbf0d074f
	.quad 0xd8aca2d3ff9172ac, 0x0002a4bae4c83337
	.quad 0x69299bf2d6127fef, 0xc02c18b2dce9d5c5
	.quad 0x36be6ee75f093fff, 0x7fd088583c2e0b97
	.quad 0x4023000000000000, 0x642bcc32ef737fbb
	.quad 0x7ff0000000000000, 0xc8f82d6cab0ebb17
	.quad 0xc8d34713fc4d7b97, 0x802fffffffffffff
	.quad 0xefbd3c6a37002d13, 0xca43b6f3d3d68ebe
	.quad 0xfff0000000000000, 0x7ffe497c4320ed05
	.quad 0xffefffffffffffff, 0xfff75b59b26abbcb
	.quad 0x371ee67f777dfd7b, 0xd9800000d9800000
	.quad 0x3e80a84dfee4f6f7, 0x05910809849cee62
	.quad 0x40a8000075ff66af, 0xff7fffffbd7a5796
	.quad 0x3c69ee4f50e460b1, 0x834a174a6fec282d
	.quad 0xc56b7ffd3a4203b9, 0x1c4c127bbdbef7ff
	.quad 0x9985a79aff800000, 0xccd489eac08a5400
	.quad 0x407e19ce5e26e3b1, 0xfe303dedfcf7cd50
	.quad 0xfff8000000000000, 0x7029941afffffffe
	.quad 0x000000006baaba5c, 0xc0d310fd00000000
	.quad 0x2cd1b8e67f9fc7cc, 0x3f64f87fc33334d3
	.quad 0x0000000043cac07a, 0x801fffffffffffff
	.quad 0x4197b115cf7fffff, 0x433fffffffffffff
	.quad 0x7fae1c59c10c0000, 0x7a0ce74f97510000
	.quad 0x43c51565e09e0000, 0x21f79d6c8c4e0000
seed25:
	.quad 0xfe0c8af6665c9b49
	.quad 0xfffffffffffffca1
	.quad 0xffadef7d24b2700f
	.quad 0xcea945d0fce33907
	.quad 0x0357bae724f5299c
	.quad 0x0000000000000283
	.quad 0x9808a7942b173164
	.quad 0x0000001efe6fb1e6
	.quad 0x0000000000000001
	.quad 0xffffffffffffce92
	.quad 0xfffffffffffffd2e
	.quad 0x09ce089d7af962d7
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x492e5520dd57607b
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0x211ec40ff0c201cc, 0x790ffefa37f57bbd
	.quad 0x2590fb2e4bb95b36, 0x7fbd70c8ecbec805
	.quad 0x81ec026bc3953389, 0x7effffff3e800000
	.quad 0x8fd7dd08ff28bfff, 0x008000003c8d0ef6
	.quad 0x4017000000000000, 0xffe8059dbdbe4730
	.quad 0xffc00000aa417901, 0x200dcf66db9c9ed0
	.quad 0x7ff0000000000000, 0x14ed8fd0effeaacf
	.quad 0xee2309ec9b4eda92, 0xfafcbe5ea6b9f98d
	.quad 0x421100cebc2fb6d8, 0xbf8ede78e4085a0b
	.quad 0x651d0b40f9cfd6f6, 0x49fd86b8ff872b3d
	.quad 0x7ff46da256c0828f, 0xc01c5433c1508776
	.quad 0x7fb9b052c09eb5ba, 0x7f80000013c8b0f1
	.quad 0x00040fbc41b59248, 0x3fec800000000000
	.quad 0x43e3dfe48decf692, 0xff867181edc95c64
	.quad 0x0000000000000000, 0x8d29b7e0c0f80000
	.quad 0x48b60000b9810000, 0x8000000000000000
	.quad 0x7fb7bea43c91666b, 0x0361f6a23ea37b1e
	.quad 0xa7ff87919389c0e2, 0xfffe259fcf1e89cf
	.quad 0x002b8bd95957ed28, 0x9b9aa1b8f997152e
	.quad 0x015fde3bff800000, 0x001fffffffffffff
	.quad 0xc064fd871248ca24, 0x8000000000000000
	.quad 0xe4ade7ebbf8d3fff, 0xdf800001bce74bb6
	.quad 0x807fffff041f38a9, 0xc004f87401b23094
	.quad 0xc35a83a5848ffbff, 0xff80000000000000
	.quad 0xff0e0826fffffd25, 0x96e07b5cceb68d2e
	.quad 0x60e9c0a8fff1c840, 0xe9df96c9a51efc00
	.quad 0x51fb47bbfffd33bf, 0x04cf9631c89f7c00
	.quad 0xd2841500845f7c00, 0x3f8e6c5f5bd974f9
	.quad 0xe37eb78f806672b2, 0x9aa01b535a81dd50
	.quad 0xfff974d34e4e2aeb, 0xfffbb99434bb0317
	.quad 0xcb41c147af827e8c, 0x7670606d7fd43c00
	.quad 0x3fc00000c1080000, 0x000fffffffffffff
seed26:
	.quad 0x35a9186e7fb4957f
	.quad 0x0000000000000054
	.quad 0x0000000000000000
	.quad 0x000000000000011e
	.quad 0x000000000005f526
	.quad 0xffff01b6afa30387
	.quad 0xeb4d1ee8cc85d339
	.quad 0xffffffffffffdf1e
	.quad 0x000000000002800c
	.quad 0xfffffffffffffee3
	.quad 0xddab5dad52776bba
	.quad 0x6a66f041ef80a70a
	.quad 0x3305764c1535f9fb
	.quad 0xe1165b7da88a5021
	.quad 0x000000000000000e
	.quad 0xdf9f84feaf651324
	.quad 0x02c00000
	.quad 0xd0000000
	.quad 0x818ba40cbdfb93bb, 0x007ffffffface1ac
	.quad 0xc051c156c61282e0, 0xd9ae37e77e14fe70
	.quad 0x7f800000ff7fffff, 0x40800000be0013df
	.quad 0x0000000080000000, 0x389a000040100000
	.quad 0x80cd1080ffc83f48, 0xa8e453c391b375ea
	.quad 0x4149f072c3980000, 0xfff0000000000000
	.quad 0xa7e586a9899f8ad6, 0x648dde34e9dc97ef
	.quad 0x4041b7f29b3ef565, 0x7fedcf404bb8bd5b
	.quad 0x7f5909c3cf8b04f6, 0x817efa9fe7a78f17
	.quad 0x94297024bfcf7f1b, 0xffdcdea8e679711f
	.quad 0x30c1ee1225d18400, 0x36d400007fc00000
	.quad 0x397216597fbb7afe, 0xc2b7c2777f5fc463
	.quad 0xf93f2d46d3bfc3d9, 0x3fe15985cc34b579
	.quad 0x3c9335a06c4b7e00, 0x146c223180e94d54
	.quad 0x9ee40fb2c0900000, 0x62e89b29ffba6f8e
	.quad 0x10eccd3f41027806, 0xebbd13dad8a277ff
	.quad 0xff800000ffc6b0eb, 0x32694ea5ffffbc03
	.quad 0xcc413e98cdd599bf, 0xff8a11d012abce20
	.quad 0x8000000000000000, 0x00b6cd4b5a000001
	.quad 0x8000000000eeee83, 0x02173110f0469873
	.quad 0x7ff2f03eab22e3ea, 0x08f82dd6bd38f800
	.quad 0xc6c20000c7a90000, 0xac8e713524f3fbf7
	.quad 0x51e2fc571ccf5ee4, 0x7e8000004f000000
	.quad 0x807942a53c219768, 0xfff0000000000000
	.quad 0xcbf93798d3d80000, 0xa19e41567a051253
	.quad 0xbd49584cbfeb0000, 0x3272184deba9a5fc
	.quad 0x09cd59f7ccfefd09, 0x20205da5bffb0000
	.quad 0xbe48e10a60bd8000, 0xff81532dec3dbf63
	.quad 0x9ece8b993ccbfc00, 0x8718290ac8d00000
	.quad 0x5162838f9ea72d1f, 0x7fbab0dd3d4ade28
	.quad 0x7f8000003e63951c, 0xd463836562bb4380
	.quad 0x00000000c0b80000, 0x78be81605c88fe00
seed27:
	.quad 0x000000000000020b
	.quad 0x000000006321ae5a
	.quad 0xf88b817633ea230e
	.quad 0x6ba214d5a70662d3
	.quad 0xffffb3edb0c82288
	.quad 0xad7da084a297b8bc
	.quad 0x0000000000000155
	.quad 0xeb3530f7ff0faa11
	.quad 0x0020000000000001
	.quad 0xbdd4924261f66c17
	.quad 0xda239f0ce39d1e2d
	.quad 0x0000000003907de4
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffcee
	.quad 0x168cf45b500bc3ef
	.quad 0x02800000
	.quad 0x70000000
	.quad 0x800a7ba17776f585, 0x0de75cd3ffae3fbc
	.quad 0x3b9f82ccf087fc00, 0xb5a000003cabd2e7
	.quad 0x1ed066c1272a37e7, 0xffff62a9aa9c2367
	.quad 0x4019c8aeffc00000, 0x5b54bbf6ffff7dac
	.quad 0x6917467ebe9fa7ee, 0xfff8000000000000
	.quad 0x414a0000f88d09ab, 0x2689b2f4fbf77f77
	.quad 0xbd4482f3c3fc0000, 0xf58c418f647f83fe
	.quad 0xbf8352603ad83506, 0x12babb388ac19400
	.quad 0x7ff5dfc50f685a6c, 0x40eb000000000000
	.quad 0xc12c000000000000, 0x484ac6151d32769e
	.quad 0xabcc3dbabf6c20a7, 0x000a32b4142b5e44
	.quad 0xfff8000000000000, 0xbf9ac7c216a72d19
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0xbdc5dac1afa685b3, 0x0020000000000000
	.quad 0xfeb9144e66a3736d, 0x79fe7fb07ff99bff
	.quad 0x80a9e029e5e06409, 0x3c4a800080000000
	.quad 0x3c73699041080000, 0x3f72148f1022279b
	.quad 0xbfc57735fd9ad442, 0xadc9f31eefefa3f7
	.quad 0x017ffffffe800000, 0xedcfa91680000000
	.quad 0xbf2b8da3a84ce24d, 0xf5c088e43b938430
	.quad 0xe456fc837e61554f, 0x3f893c055ae2e15d
	.quad 0x1d77e542c82b7c00, 0xff800000d9800000
	.quad 0x785801cb32368000, 0x84a90b1ec1c00000
	.quad 0x5e9ef549ae969da0, 0xa779b3e07f677dbf
	.quad 0x121bda6641040000, 0x1fe9e36a8e537a76
	.quad 0xf420aab5bfe20000, 0x80053c1659707e93
	.quad 0xbc15ec627f3fdb28, 0x0b6fc91dfeff3f7f
	.quad 0x6316289dbff0d1a9, 0x7ed6d8eaff9024aa
	.quad 0x7ff05e20acbe2835, 0x800000009894f52c
	.quad 0x0170fc387c712da7, 0x9d5c0e0af73dc3b6
	.quad 0x3a32dc16e45a8967, 0x5c99a87eee51268b
	.quad 0x3fe05210594d8d2e, 0x00091788ea547c2b
seed28:
	.quad 0x90d9fc75aafe4188
	.quad 0xfd1c673aa1f9c12f
	.quad 0xf9c62a8422112041
	.quad 0x7fffffffffffffff
	.quad 0xcd02199714b58ecb
	.quad 0x008e3bf0c9ee4506
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x0000000001000001
	.quad 0x0002bd83341ca976
	.quad 0xffffffffffffffdc
	.quad 0xffffffffffffffee
	.quad 0x40ee43c59f1d6dff
	.quad 0xddfbd1fc3f71941c
	.quad 0x25f542d44059f43c
	.quad 0xffffffc2ce1c14f7
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x89465607047437b2, 0x7fb5b74695e6f6d7
	.quad 0xbe642ef164ff8200, 0xf8d278e7fe7ff84c
	.quad 0x4197a5da18d1066b, 0x411000003b96b130
	.quad 0x0e0f2e08f4d7fccf, 0xad483abc491f4820
	.quad 0x88c8d2745fffffff, 0xbf063b68800bf3c8
	.quad 0x276f21fefebfeafd, 0xbf8000007effffff
	.quad 0x4a781f6c7fcdeeff, 0x9910377b9d7f7ed7
	.quad 0xfff0000000000000, 0x7ff101103aea16b2
	.quad 0xc28fa03eed863d8e, 0x425e0000ff800000
	.quad 0x002fffffffffffff, 0x8bd19e8e92cf03c6
	.quad 0xe4618ecd7fe58000, 0x1e9c5446f4e5c393
	.quad 0x99c9c0f7daadfc23, 0x0000000000000000
	.quad 0x5d4b6aacc19d0000, 0x8000000000000000
	.quad 0xe158ccf0debdf7ff, 0xc9af5084bf600000
	.quad 0x78c04a76c8030169, 0xf726a3d777b2a26c
	.quad 0x7fefffffffffffff, 0x4040000000000000
	.quad 0xbe6fd224c34473dd, 0x757562f5ff800000
	.quad 0x0000000000000000, 0x4d910217a36aff0e
	.quad 0x411e00007ecaddc3, 0xfff35128feb860a7
	.quad 0xffc000007f800000, 0x807fffff18e8e641
	.quad 0xfebc12e7a46d90cf, 0x17c7f1ecc32d7c96
	.quad 0xda00000180000000, 0xfff0000000000000
	.quad 0xfffb7530e2f379e6, 0x9839c48b5264da00
	.quad 0x00b88289dbedf9df, 0xc9ca000000231b7a
	.quad 0x4009f2b2cd214275, 0x7f983fa13b000000
	.quad 0x401e6f1c55c1c988, 0xfff8000000000000
	.quad 0xff80000099d1f356, 0x410c000000000000
	.quad 0x7fc00000d9ffffff, 0xc07fffff38600000
	.quad 0x3fe0000000000000, 0xe0dfaa4b6b2f1ebf
	.quad 0x7f942df0404fea94, 0xfb2586f4bd62fe00
	.quad 0xfff0000000000000, 0xc0b800007f800000
	.quad 0x810000000047a3b6, 0xbfd8000000000000
seed29:
	.quad 0x76bae1f7560f4023
	.quad 0x0000000000000243
	.quad 0x000000007fffffff
	.quad 0xffff08d707a70a80
	.quad 0xfffffffffcbd4f18
	.quad 0x0000000000000015
	.quad 0x00000000000009f7
	.quad 0x910361180066a0d6
	.quad 0x0000000000006eea
	.quad 0x480e1ce2fb9a1eba
	.quad 0x898aec90156a0c7d
	.quad 0x0000000000654ed2
	.quad 0xff38ad5ed50a1614
	.quad 0xfffffffffffffd02
	.quad 0x00000000000472c1
	.quad 0xd5af6c416017828b
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x9f81d73978ffffff, 0xffffa500dafaa649
	.quad 0x41272fd50aa4d7cc, 0x113418a2780a8523
	.quad 0xfff8000000000000, 0x3c22b55e831b46eb
	.quad 0x807fffffc2994bf7, 0x4ebcdde990a97ce6
	.quad 0xbffffffe3e7f7549, 0xff9a354cc38354a8
	.quad 0x002fffffffffffff, 0x50da51c351d56cbb
	.quad 0x1b5cf4f27a7e4907, 0x0057e298ffcffd25
	.quad 0x7f70619980c4ff53, 0x7fc0000014419ca0
	.quad 0x3fcf0af2e5b3780d, 0x14031377a678074b
	.quad 0xb50c96e89ffefaa9, 0xed72ce5b044ee707
	.quad 0x341b6b374a3379e6, 0x9da3f6f5ffb7277c
	.quad 0xab8f601457ec0c76, 0x02fc3c670e560908
	.quad 0xffc0000080000000, 0xbff7c5991dcc42f1
	.quad 0xfff0000000000000, 0xc092f44f00000000
	.quad 0xe4940ecfe3d9d455, 0xda021921bfeefead
	.quad 0x400800003eece99b, 0x241e7a4a44455e70
	.quad 0x7fefffffffffffff, 0x0000000000000000
	.quad 0x5caa85e5bef145c0, 0x6805dab0a05bda0f
	.quad 0x5c1c437dbb3dfde2, 0x51f1feecff357e00
	.quad 0x1866e81b39bcfd37, 0x8d72a972ddeaf8cd
	.quad 0x800f90aa0a846f03, 0x7ff0c573728a6dfd
	.quad 0xfff7b054e8996422, 0xc0058923620be4ec
	.quad 0xbd2bfb858146766a, 0x000000007f9087ac
	.quad 0xfff11e4b7c0131c9, 0x4900000000000000
	.quad 0x82142446dd7ce376, 0x2ae2838721cbbcaa
	.quad 0x7ff0000000000000, 0xc0b80000c10683f4
	.quad 0x3152c366e3d97b0f, 0x065d64c44568157c
	.quad 0x7b896ccd1699f9cc, 0x72a1890dcdedda80
	.quad 0x6f36ad76e2bdeabe, 0x0c5923f5ffc3ffc7
	.quad 0x7f0000000047049b, 0x0f4dc5a29e667a0e
	.quad 0x59461e09eb58eb0f, 0x0022d048ff9d340f
	.quad 0x7f9d3375ff801c81, 0x2869615bd7ffffff
seed30:
	.quad 0x0000000080000000
	.quad 0xf152e139ae6e0fe4
	.quad 0x65f6b0269ee5c279
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x00000000000001e3
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xacd0a5faeff8dd08
	.quad 0x0000000000000048
	.quad 0x000002a77cf17a63
	.quad 0xdaa913da61002f56
	.quad 0xf9c1f6a1992b214a
	.quad 0xd6fc3a024987bae0
	.quad 0x8070e332ca675b30
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x599e2fd7bf626b92, 0xff308abab12a7a61
	.quad 0xfefb7eed48f18502, 0xd379c1e0ffbbcebd
	.quad 0xfd1ea0b70d1afc00, 0xb1d8161aafc98001
	.quad 0x8b24c33fe6a62800, 0xec8283f1356249d1
	.quad 0xbc900000c0b32b85, 0xffc00000ff800000
	.quad 0x817fffff43f49c78, 0x83edaf50b5fde40e
	.quad 0x3efb4d757f881c78, 0xb961555fc1180000
	.quad 0x8cde37a330efedcf, 0xf510bae53b9917b0
	.quad 0x00000000b8f60000, 0x8000000000000000
	.quad 0xa719e8393ab39326, 0x3d0e1eef00000000
	.quad 0xbfc4000000000000, 0x0254cf6e00346d6d
	.quad 0xf825a1caa7ebfc00, 0xc23c7b20407fffff
	.quad 0x4071884975a01216, 0xff569b643f4ceff7
	.quad 0x420866c2ff800000, 0xbfaf67cb6499c4c8
	.quad 0x3fa040c45f287923, 0x0480b26effc930f0
	.quad 0xc50d8000477ffffe, 0xbd733ccbffc00000
	.quad 0x7f800000ffc00000, 0xaf2f5ff1a4f570ef
	.quad 0x232a4a167f7e9df0, 0x7fbc36210038b231
	.quad 0x800000007f800000, 0xf9dc57163e4fd700
	.quad 0x401a000000000000, 0x20a34f3fffd96fc4
	.quad 0x807fffffd9813dc4, 0x6482c26a5e0f7962
	.quad 0xfff88fade232b591, 0x6eb77f947fbfefff
	.quad 0xffbbbcba41c84659, 0x83de99ec5e06d87d
	.quad 0x3f9d9a52eec1b46b, 0x7f8000007fc00000
	.quad 0x00000000003d5108, 0x8000000000000000
	.quad 0x812d82cb595b9f5f, 0xa38fcd73f3ffffff
	.quad 0x218b71388b9fffeb, 0x8000000000000000
	.quad 0xeae41a3aef0cdc9f, 0x00000000c27216d0
	.quad 0x7ff0000000000000, 0xc3ffffffffffffff
	.quad 0xc03902a11efd7f92, 0x3fb796c06322ac57
	.quad 0x02cefd4d04c226d0, 0xfff0000000000000
	.quad 0x002fffffffffffff, 0x91bde1bbdf2fdd4e
seed31:
	.quad 0xfffffffffb21ff0b
	.quad 0x73d8d43ba3c3a6f4
	.quad 0x6a34caf9cff8f922
	.quad 0xffffffffffffce21
	.quad 0x00070776d500a2bd
	.quad 0x226ecfb07bd9834d
	.quad 0x148c03cb8f2bbc77
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0x00000006a0574acd
	.quad 0xfffffffffffffdf5
	.quad 0xfcfc57f5bfb18d89
	.quad 0x0000000000000047
	.quad 0xb01e48d63dee8e40
	.quad 0x000000000000015b
	.quad 0xbb5c464f719a55e7
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0xc001000000000000, 0x2ad18a3bffe97df7
	.quad 0x7fa7100dbb400000, 0x7fec88ad3cc9d57f
	.quad 0x4d8c1513f58f82e8, 0x7fc00000c0d00000
	.quad 0x0000000000000000, 0xffba7bc7804a1f83
	.quad 0xb73342bbffffff57, 0xaea3ee8da1e4fc00
	.quad 0x16068361ffdba3bf, 0x401a000000000000
	.quad 0xffc0000041040000, 0x7fff28dad3333604
	.quad 0x800fb4ec9c112d4f, 0xff9a572e4180865d
	.quad 0x8000000040660ff4, 0x3fbdd974bf3ae315
	.quad 0x7c315d7700365efa, 0xbd4f5b3ed156ff05
	.quad 0xfff7df49bce10fb0, 0xfeffffff414decf8
	.quad 0xffc00000bfd2b28c, 0xff000000bfe34fb4
	.quad 0x27fc8af5ca2a7800, 0xc021c00000000000
	.quad 0x0000000000000000, 0x4020c00000000000
	.quad 0x9f8141d26cc2d0fa, 0x7ff0000000000000
	.quad 0x4d287e7e071baa26, 0x6a7ae5bd4b058000
	.quad 0xfe82f18543f38ab9, 0x40500000060ed224
	.quad 0xbff0000000000001, 0x3f9f54167af0d145
	.quad 0x40dfed173d850f9f, 0x39000588ffb57e7c
	.quad 0x0065919af18f5ac5, 0x8000000080000000
	.quad 0x222f68317e6f0f38, 0x400bd8a11b7525b9
	.quad 0xcf3260a4ff967a12, 0x6dca2dc47f800000
	.quad 0x4000000000000000, 0x3ff93ad5ac346035
	.quad 0xb331b126ff8db3eb, 0x3f808c7cb95dcf9c
	.quad 0x5f00190973a8e4e6, 0xc62c0000ddb550dc
	.quad 0x830f33dd65787c00, 0x237d9753cff18000
	.quad 0xff79f87fb0bd462c, 0x06cb3624d9fffffe
	.quad 0xdf0000017f800000, 0x6205a1c12b91d8dc
	.quad 0xfff8000000000000, 0x9e4d7b01046a02eb
	.quad 0x3c9b0121c2d33c1c, 0x80000000c238a3a5
	.quad 0xc3218fbc00ffffff, 0xc055a9a4f023c783
	.quad 0xc0501c51023fd6fd, 0xc22351a4ddf8b2b3
seed32:
	.quad 0xfffffffff5424537
	.quad 0xffffffffffffff41
	.quad 0x000000000000000f
	.quad 0x0000000bc28cdd67
	.quad 0x82bc734147f41272
	.quad 0xffffffffffbee26a
	.quad 0xf66a66c5a55156ef
	.quad 0xb6b05ebcf435d658
	.quad 0xffffffbc94cda0d7
	.quad 0x31a3e042de45ead4
	.quad 0xdce7506749ffff6c
	.quad 0x2dc31c30534dc9a3
	.quad 0x42a49ade99b0c6a0
	.quad 0x0000000000000000
	.quad 0xaf41c14d05cb3839
	.quad 0xffffffffffffffff
	.quad 0x04400000
	.quad 0x90000000
	.quad 0x471f67214f3dfc00, 0x3fac4f588f5394c9
	.quad 0x8a9a0e45bb4d7fa9, 0x814880578f8aa68e
	.quad 0xffb730f80bfa99d4, 0xff80000080800000
	.quad 0xcb8aa4c2785ff7ab, 0x8000000000000001
	.quad 0x59f6ff66485f359f, 0x661f40f3f085ffff
	.quad 0xc043f9d769eaa940, 0xf267499960c249d8
	.quad 0x3f65000000000000, 0x481b431348050400
	.quad 0xa058d86c6f36bd38, 0xffa9068dd1ffc9c2
	.quad 0x7ff9dc39701a926d, 0x7fd5be773bfe7109
	.quad 0x407bc4ad24930a28, 0x800d13ed3d55816b
	.quad 0x40cbd00000000000, 0xcb9c4f43606cf62f
	.quad 0x000fffffffffffff, 0xced09b7df7fdf6ed
	.quad 0x9886134e71d79048, 0x26411d3400ef83ff
	.quad 0x77a30ad235800000, 0x0000000000ffffff
	.quad 0x993d7ef2004c83b5, 0x8051877647c00000
	.quad 0xc731279fdb70035f, 0x6b588de47ffe9d6f
	.quad 0xffa5b1037fe0cc60, 0xc0780000bcd621d1
	.quad 0xbfd000004026e04c, 0x83209cd79cfee8d8
	.quad 0x45100000500c8594, 0xfed2267b80000000
	.quad 0x347995f6bde54368, 0x0763ca96f5ff1a70
	.quad 0x7ff9a29d35710f79, 0xa9932f1ee7fcddaf
	.quad 0x3f40000070cd928e, 0xbb8427c0ff800000
	.quad 0xf6bb8173d48f4200, 0x05d5df6c9d8cf749
	.quad 0x4ffffffe7fc00000, 0xffff51d07ebaffc7
	.quad 0x7fc000003ed416d3, 0x797225f6d1912dd2
	.quad 0xc330000000000001, 0xc48d31d2bf2a40fc
	.quad 0x007fffff41d3b8ed, 0x90b279999512b483
	.quad 0x133a932340b89d72, 0x0009ff9821ece70a
	.quad 0xffcd6b359b974a2b, 0x3fed8ff87f027c05
	.quad 0xeb8108e27fc00000, 0x25b960089f40369d
	.quad 0x8000000000000000, 0xd9be8da080000000
	.quad 0x6030ea6d4a000000, 0x3fdbed7d007fffff
seed33:
	.quad 0x0000000000000156
	.quad 0x0000000000000002
	.quad 0x0000000000000009
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffdd9
	.quad 0x7370dd3e5c9a1996
	.quad 0xffffffff80000000
	.quad 0x00308fdc64a6f7be
	.quad 0x669eaabe10b453bc
	.quad 0x0000000000000203
	.quad 0x0000000001d8b885
	.quad 0x9b491c37bec1fd5c
	.quad 0x11c30cec3001825d
	.quad 0xffffffffff9bc8e3
	.quad 0xffffffffffffffff
	.quad 0x53ea4ed278c83689
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xffe0318b794a5fe0, 0xfff8000000000000
	.quad 0xd3077955ffbfdb5c, 0x98fea9ea9e3c84d4
	.quad 0x73a5e67c586ec83f, 0x935dcf4ad4de7c29
	.quad 0x08190d8002687bdd, 0x4043cbca5b70aad0
	.quad 0x1ac83483feddebea, 0x3e64da48c07ffffe
	.quad 0x3e5e735940c80000, 0xbe258105c3efcd29
	.quad 0xbf9f281d9980df33, 0xb706c1ab76d5cfa9
	.quad 0xffe38ddd4480a4d2, 0xd54a17080a868000
	.quad 0x5d3208a4bd5477ff, 0x801c1e70e7411e99
	.quad 0x35118c5e52cb7dfe, 0xc10200008037b00b
	.quad 0x40c43bdc00000000, 0x6a3676eccd137c00
	.quad 0xa4f21f37aff5fde3, 0xfff0000000000000
	.quad 0x7e4c131afec2af00, 0x800000003c63f2b7
	.quad 0x49a2734f699c1400, 0x29162543ffc6fc45
	.quad 0xefd38950c2af415d, 0x6f63a1c02b2d0b30
	.quad 0x6c24fd5afa36fe87, 0xb7ea000000400000
	.quad 0x0000000000000000, 0x7ff8000000000000
	.quad 0xbfc50000895faa0c, 0x359b0425fe7e67ff
	.quad 0xf71a920c503190bf, 0xcf8000003d200000
	.quad 0x40ffffffffffffff, 0x8b9b565e95641c3b
	.quad 0xa822980e8d873f31, 0x3fba0888ff98dba0
	.quad 0x45f6b27eb30e459f, 0xa55e45ec3bdf9673
	.quad 0x060d5a37ae7af83b, 0x8e8c6c4a7db75feb
	.quad 0xd667c8954aff7f79, 0x407fffff765decab
	.quad 0x70ccf6e4c9b4fbff, 0x7f800000ff9eda48
	.quad 0x88ca1cdd7faec655, 0x3bc5cea00b9f8000
	.quad 0x4017000000000000, 0x4079df52ffe56514
	.quad 0xc011d0e9572b5850, 0x083595fa3f984880
	.quad 0xfff0000000000000, 0x055e7ba400400000
	.quad 0xc03e13febc7c1a61, 0x800000017478f68d
	.quad 0x41200000ff800000, 0x7f716752926d4bdc
	.quad 0x802e8af900574436, 0x3c7152bedf7ffffe
seed34:
	.quad 0x0046dbe1537ffc0c
	.quad 0xffffffff80000000
	.quad 0xfffff95ab9ead83b
	.quad 0x51a85170f1d5a5a7
	.quad 0x0000000000000000
	.quad 0x5f290326850ccb02
	.quad 0xfffffffffffff0a2
	.quad 0x00000000ffffffff
	.quad 0x000000000000032f
	.quad 0xfffffffffffffd43
	.quad 0xfdba1fa158849d10
	.quad 0x0000000019682ea7
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe57
	.quad 0x7fffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x1132c0817effffff, 0x810000007fa114ee
	.quad 0xffc0000078f698f1, 0x49718174b2b24fa8
	.quad 0x8000000000000000, 0xcadf42f2bffff8a3
	.quad 0x8003b9cae680deb2, 0x7ff0000000000000
	.quad 0x0db655ed48619c11, 0x81e3e197f97bbc5e
	.quad 0xc1b48a13b5fdca3d, 0x74a71f1d4225cca6
	.quad 0x4fbce34fc1577820, 0x20dc4a08cc95ba07
	.quad 0xc11400000ead89b1, 0x44b000009324f6ce
	.quad 0x7f800000c5400000, 0xc053000000000000
	.quad 0x83072140efda0422, 0x1bdd01b0c3f2ff3f
	.quad 0x7fbb190d7f800000, 0x84910d196297fc00
	.quad 0x7f8000009441a17d, 0x6423d307bfddfc3d
	.quad 0xff80000080000001, 0x8000000000000000
	.quad 0xb4f217185aab7c02, 0x80000001cf000001
	.quad 0x2b8f453d8bc47c3a, 0xacf04db01a25dceb
	.quad 0x0009cb405eb39493, 0x9eb9ed0cffedf1a4
	.quad 0x232bc451fffffe7f, 0x5a53cc5dca6bfc00
	.quad 0xa0feb726eb198000, 0xc04b508c69fce9d3
	.quad 0x3fb3e0bc50016ea6, 0x0662b1690f48f7ff
	.quad 0x3ffc000000000000, 0x8040000079a6ba58
	.quad 0x784c3348becfeef5, 0x3b58000080000001
	.quad 0x6e31a97677f3ffd4, 0xfe6518d61cc702f3
	.quad 0x8cf58ca619586bb1, 0x000042c1fdf41608
	.quad 0x1e15ab85ce726d6f, 0x60e1140b217a7b7f
	.quad 0x6e9aa384e5f62300, 0x2811c8bc6a0cc828
	.quad 0x16e8978740e8d771, 0x9a96cebbff82c2f9
	.quad 0xffb839b600000000, 0xfff7682a5cc371a5
	.quad 0xfd5681d4bff55247, 0xfff0000000000000
	.quad 0x007fffffa8760640, 0x5f000000bc3b7448
	.quad 0x00000000c0c5116a, 0xc07ecb0245633b79
	.quad 0x5547c5b451343dad, 0xa0438c1b5d8ca79a
	.quad 0xc023000000000000, 0x382b2ef7f3b5fe35
seed35:
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffed7
	.quad 0x000000000000055e
	.quad 0x00000000000003b5
	.quad 0x395125ce342a89e0
	.quad 0xfffffffffffffe8c
	.quad 0x0000000000000001
	.quad 0xfffffffffffdc353
	.quad 0xffffffffffffffff
	.quad 0xfffaabc3929816e8
	.quad 0xf621f833c7538870
	.quad 0x002da43767c6fbde
	.quad 0xb21e483b8b055ba6
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0xfff8000000000000, 0xfffcabad67671da1
	.quad 0xbf6e400000000000, 0xc1400000811a9131
	.quad 0x00272afa524ac4a0, 0x426ade6dc85755d6
	.quad 0xfe7e6e35db7b0d5e, 0xfff33e387a1e91b3
	.quad 0xfc7c34ef7ef9bfea, 0x149105017fa9859f
	.quad 0xcf800001bbe918b3, 0xeaac7d2dfffffffe
	.quad 0x894d6f26719cadc8, 0x682e3ca9f8c84001
	.quad 0x47c643b611aaeed8, 0x585ac4eaf68220f0
	.quad 0x3f7596aedf999fb3, 0x48e1a8a73a19c590
	.quad 0x8000000000000000, 0xa038a77e1f2b30b7
	.quad 0x8511ef9eaff3c45c, 0xfff0e03e51b6d172
	.quad 0x802fc3ce4e8e01ab, 0x802780a82d9b4754
	.quad 0x11c1a92e471b8256, 0x7ee0afe440100000
	.quad 0x4b9dc1adadfbddbe, 0x7d8e617e9b59b703
	.quad 0x40de000000000000, 0xc00c000080000000
	.quad 0x3bba0ed66d2c1f93, 0xc008000000000000
	.quad 0x000000007ff704a0, 0x7f34ef58ceb1863c
	.quad 0x3c9a0616c2cf4a03, 0x9efc6601a62e43ff
	.quad 0x00e8ef107ff9b399, 0x6e7c6faabed7f736
	.quad 0x02c71d2a1a2d0da8, 0xc1354e80fee74df8
	.quad 0x04f655e0ffbffbff, 0x400fffffffffffff
	.quad 0xffedc07bc77ffffe, 0xc04143380bbb8aa4
	.quad 0xff80000000000000, 0x4057000000000000
	.quad 0xffb72bf17fc00000, 0xacbb0d468016fe00
	.quad 0x68e2c6ff05264566, 0x80234ace017fffff
	.quad 0xc27b9db272ff0413, 0xe55ab7ee789c530f
	.quad 0x9b5e958ef910a221, 0x43effffffffffffe
	.quad 0xcf0000006f51bf80, 0xbfa16c921793dedf
	.quad 0x7ff356dfb3552e76, 0x82d8c043c6d71600
	.quad 0xc2f2918400ffffff, 0x8372aaf19a3fffff
	.quad 0xf1120de3fffacf5e, 0x1d9da03e449d789b
	.quad 0x814f38d800000000, 0x11823c5abed6e290
seed36:
	.quad 0x66eea3253cf8d845
	.quad 0xfff0a75d3876a959
	.quad 0xfffffffffffffd32
	.quad 0xffffffff80000000
	.quad 0xfffffa568af71047
	.quad 0x0020000000000001
	.quad 0x00000000000001c4
	.quad 0x0000000000000035
	.quad 0x00000000000001b7
	.quad 0xfe283843a68d1648
	.quad 0xa572b9b30d055dc9
	.quad 0x61ccb281b4764922
	.quad 0x45b8e0967320a652
	.quad 0xffffa1ec5ee1d2c7
	.quad 0x00011221ee6e08c1
	.quad 0x4ae867cb484b1447
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x407fc1c7865e5d51, 0x40b000005fac084d
	.quad 0x207213b0eeedb7fb, 0xc206f4587f800000
	.quad 0x7f80000000000000, 0x0000000000000000
	.quad 0x48000000ffffcff5, 0xa3a296197c699402
	.quad 0x0041a0b1069d1906, 0x7fbd1f4d6ed6c5a5
	.quad 0xfa3aa29ca79a5004, 0x7f57dcfd529843ac
	.quad 0xd640c42dcbe76b10, 0x5338b2220a6ebc00
	.quad 0xc009000000000000, 0xc00b000000000000
	.quad 0x282f16faffdcfe00, 0xbfa3fd140d87a5ae
	.quad 0xac649adbe4f603ff, 0xc1200000f99b962e
	.quad 0x285770307b4a7ce8, 0x7f800000007fffff
	.quad 0x8009a483eec8ef42, 0x7fc000007fd4ae16
	.quad 0x3f702bcbe3d16b49, 0x8040000001078e11
	.quad 0x72b9b5e8de1dd184, 0x40f463cbbd802932
	.quad 0x8000000000000000, 0x7db12a144a01f0d7
	.quad 0x00000000c78e0000, 0x6b147134dffffbdf
	.quad 0xd580af11ffffffff, 0xffc000007ec007ff
	.quad 0xcf62c2c7df6f1470, 0x495d1a21ff67e7f7
	.quad 0xc0ffffffffffffff, 0xf499e3897f6dbde5
	.quad 0x40f6e00000000000, 0x7fe10e5241c06a87
	.quad 0xc038000000000000, 0x800e7b3ec328138c
	.quad 0x7e36906388bd93d5, 0x8c62160cff800000
	.quad 0xc5088e417fe34300, 0xc77ffffe421be013
	.quad 0xc050000040a00000, 0xbf4e9c92ff800000
	.quad 0x08a614c3811393d1, 0xbf79fe0f8455c13b
	.quad 0x2c9c6ea36e6c9c4a, 0x40116e967fbd7695
	.quad 0x9e43cff53da145e0, 0xc4d400000f03a18e
	.quad 0x80950311bb68d4de, 0xbfdaca0dd35413ac
	.quad 0x4025826a84ac1663, 0xc247ca686fb99234
	.quad 0x1a4b8c6abf725256, 0x3f02000000000000
	.quad 0x2a8cc6bb30fc3b9c, 0xbf22800000000000
	.quad 0x47220000df7fffff, 0x48c40000c2e4a54f
seed37:
	.quad 0x9320ef928b021750
	.quad 0x7f7f116e82240382
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xfffffffff64267c2
	.quad 0x00000000000a3d15
	.quad 0xffffffffffffffff
	.quad 0x000000538be1998c
	.quad 0xa8941821ab94afb0
	.quad 0x9bafc817d1576282
	.quad 0x5650072d5e500d9e
	.quad 0xd0829d07d2dc245b
	.quad 0xffffffffffffff06
	.quad 0x0000000000000113
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x04800000
	.quad 0x70000000
	.quad 0xff800000c2e2e8a0, 0x405c000000000000
	.quad 0x9718ab817b53830e, 0xb5800000ff800000
	.quad 0xd60f3883c0c00000, 0x4e9b56109e7fefb7
	.quad 0xc02e4fb0e21b9335, 0x00ffffff00000001
	.quad 0xbf000000c06c6ce9, 0xcf0771814839030d
	.quad 0x4048000000000000, 0xe3607c07fccb15e7
	.quad 0xc505db191d14417e, 0x8224d375e5f55bf5
	.quad 0x5f800000c0200000, 0x45e7ceecb9160ece
	.quad 0xfa6a4c60b6f946cd, 0x879168523db64f0a
	.quad 0x000000007f800000, 0x9fe7dbd266074860
	.quad 0x4526fd6039fd7bdd, 0xc3428c01ffc4bd73
	.quad 0xf662f8457f800000, 0x00290278c1180000
	.quad 0xc01f000000000000, 0xc6c2c5acd316398e
	.quad 0x4000000181000000, 0x4330000000000001
	.quad 0x23bec46efc7a7e00, 0xdde20822772a5d4e
	.quad 0x424209ceefb88755, 0x6cd4c0bf7fcdda81
	.quad 0xa3a0a564d4de8000, 0xc06dfdc589b3d67f
	.quad 0xda0000018017711a, 0x3359814abe6703ff
	.quad 0x9a2d4a600bddc300, 0x43e0000000000000
	.quad 0xa6ca984e68bf9878, 0x3fff127ad32659b8
	.quad 0x800c5c3b5eca3d78, 0x405d6380d3811fe1
	.quad 0x22d1a874a4817f94, 0x402d7b74ca626ce7
	.quad 0xffb94c667f800000, 0xc0444b8718bf158e
	.quad 0x11dc7bae21c57873, 0x00239bc5d8ded797
	.quad 0x3fcc70ed6bed0cbe, 0x005d5bb3601d6eaa
	.quad 0x7e5bc95b1f48a29b, 0x807a3e2d026319b7
	.quad 0x0d14a525ff966c15, 0xfffc238074d723fc
	.quad 0x28e9adc966edb1d4, 0x34dffbd67b62bc69
	.quad 0xb9ef3f2ffcfaf597, 0x7f800000ffabac35
	.quad 0x000000008ec51fdc, 0x7ff47d9c94c7a758
	.quad 0xfe146598bb8b0000, 0xc070000040ac0000
	.quad 0x8000000000000000, 0x7ff8000000000000
seed38:
	.quad 0xffffffffffffffe0
	.quad 0xe90cc2d96ccf2233
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcc5
	.quad 0xfffffffffffffd01
	.quad 0x07ad84e38bdb1862
	.quad 0xfffffffffffffda4
	.quad 0x0000000000000000
	.quad 0x0000000000000023
	.quad 0xe48454e1e6c0054f
	.quad 0x5a4b13aa9b700b70
	.quad 0xffffe94771ab238c
	.quad 0xff2b86c9dab9a721
	.quad 0x9a6dd327baee46e4
	.quad 0x4fc8ac828829703b
	.quad 0x000000007fffffff
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x368ce375ddbf37d5, 0x346651327f800000
	.quad 0xca880f8051b6740c, 0x3e185fda8f4f1d72
	.quad 0x3d168b67be145462, 0xc052ddce7fc00000
	.quad 0x0000000000000000, 0x1c8cf8eb7941f894
	.quad 0x4021400000000000, 0x6616917d67ca4740
	.quad 0x2067c60c2ba379b9, 0x4024000000000000
	.quad 0xbe9254b07fc00000, 0x3e81b56447ffffff
	.quad 0x2c115e0141f1ac2a, 0x411c00007fc00000
	.quad 0xf0194aa23f200000, 0x02277e6bd83c4ca5
	.quad 0xfae333e3bd569b6e, 0x11a5330a5dbf7400
	.quad 0xff8448e7ffa29620, 0x020bdd1263c9b086
	.quad 0x4070000081acf3d1, 0x639b2c1ed7e2831a
	.quad 0x40fc400000000000, 0x7f99f0c3002368a3
	.quad 0x7f89e6dc80000000, 0x42ce14c43f353ccf
	.quad 0x802f90a9229acb20, 0xf5bc2964e21a7e00
	.quad 0xdc1a0ad77d2e4ec2, 0x7f80000080000000
	.quad 0x2aec66caffcbfbff, 0xc0c5d516fc96d9a5
	.quad 0xfffacb085203ace7, 0xfff0000000000000
	.quad 0x8000000000000001, 0xff98dd583f9945ef
	.quad 0xa1edd083b2a0f958, 0x81f899513527e5fa
	.quad 0xfb1e27f88f27e659, 0x0054a26a381100ac
	.quad 0xae98fccad3450146, 0xd4ded598acb88000
	.quad 0xc0446493fd286a9b, 0xc1e0091cffb069a2
	.quad 0x3ffc000000000000, 0xb90e2faff7fd93fe
	.quad 0xbbddd41fff800000, 0xbf71ada5f4b3820b
	.quad 0x5218d3b9ffdeeca3, 0xc37a0000c268cd92
	.quad 0x44180000c5900000, 0x4d4fb571f33acedd
	.quad 0xeb713d8b99667b6c, 0x80800000bde2bc4a
	.quad 0x00751b6c3dab8a50, 0xc04bb3a522123bc3
	.quad 0xb30b33ed5ff8fd05, 0x505434572488fc39
	.quad 0xef193d4b7f800000, 0x7fac6434f94af228
	.quad 0xfff0a53554076ab6, 0x77eeb5ae7fc73663
seed39:
	.quad 0xec07722c142466f5
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x5ae0c34986a039fe
	.quad 0x280dde729b867831
	.quad 0x4e2529f9dde41049
	.quad 0xfffff8d9d21bf831
	.quad 0x0000000000000380
	.quad 0xffc7b8525b5d5404
	.quad 0x576fead664dce28f
	.quad 0x35e001505c80983c
	.quad 0x11ce15005edbd250
	.quad 0x9889465eeaf54ef6
	.quad 0xfff9e366f9c3d0e3
	.quad 0x0020000000000001
	.quad 0xfffffffffffffecc
	.quad 0x00800000
	.quad 0x70000000
	.quad 0x9efc5d2cd78ac080, 0x3f19a00000000000
	.quad 0xbfb21a3ca8e9f1c1, 0x3f752a5736ee8ed5
	.quad 0xff800000158e45b5, 0xa09d2ae47910ff23
	.quad 0xff80000080000000, 0x30c54225436c7922
	.quad 0xb85e4730dcf17d78, 0x4ffffffeff8262c5
	.quad 0x789798eea6e78fdd, 0x7ff3f2c1c6990f1d
	.quad 0x0000000000000000, 0xbfe65d20f7026b7b
	.quad 0xc01b000000000000, 0x3b0a07d63e5741d8
	.quad 0x7fc0000041200000, 0xc102651816f5f4af
	.quad 0xe156230078d2d12b, 0xd2b4b4a967de379e
	.quad 0xbfffffff7fa32c5c, 0x7e8000007fd7d868
	.quad 0x40e80000aaee4ed5, 0x507c28557f966f55
	.quad 0x8000000000000000, 0x02e1b7199c2ae153
	.quad 0xc0624fef3c5c545f, 0xff8000004329335a
	.quad 0x7fff9bcebb06cd80, 0xf7bc3920806bbabf
	.quad 0xcbcf44e354fffd72, 0x403edb9a87e7d76f
	.quad 0x800593f0b2087ae0, 0x7ff0000000000000
	.quad 0x2ac4734ba7ffffff, 0x4011000000000000
	.quad 0x3f30fb4f8003cb48, 0x0000000040a3d081
	.quad 0x2dc9d6ebffe178e5, 0x069928036b7ec800
	.quad 0x2388e4563bbff2e0, 0xfff4e06e3f2fea12
	.quad 0x038988af0ded1f4b, 0x69466a9a9a6d8b3b
	.quad 0x000000007ef2355a, 0x7ff0000000000000
	.quad 0x8338a9c388d20694, 0x47f9fc1900ffffff
	.quad 0x585ef68fe2d8352b, 0xdef571b5c3317a17
	.quad 0xa4b7c2ebcb8046cc, 0x577e14ffe2ddfc00
	.quad 0x1e6f30f644eb35aa, 0xc1f0000000000000
	.quad 0x8012b382bfc00000, 0xff094ee74340dd02
	.quad 0x01ee9918be9aa6f8, 0x00559867fd11e750
	.quad 0x47da2fff9df7fffb, 0xc296520d00de78c7
	.quad 0x16107113d21c9fd6, 0x8ddcefdaa6bbcb9f
	.quad 0x0000000000000000, 0x77082bb0c1e48072
seed40:
	.quad 0xffffffffffffffff
	.quad 0xc20921262f6fd61a
	.quad 0xfffffffffffffe19
	.quad 0x9018ede407d1aab9
	.quad 0x2ee6fd5b1943ffb1
	.quad 0xffffffffffffff08
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc83
	.quad 0x0000000000000919
	.quad 0x00a32235d65f2338
	.quad 0x0000000000000005
	.quad 0xfffffffffffffe44
	.quad 0xfffffffffffffc69
	.quad 0xf1c54b5d37b49d95
	.quad 0x00000000000002f5
	.quad 0xffffffff80000000
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xc3f0000000000001, 0x00a410a45dd99f78
	.quad 0x7ff03da291b75702, 0x8000000000000000
	.quad 0x800000007fc00000, 0xbfc916e49fcb3f32
	.quad 0x8cb793a27fd9e5b7, 0xfffa38ea5d95f2bb
	.quad 0x7f817f0f33591f43, 0x29ee616aa66c7e00
	.quad 0x2e7c726effedffde, 0xff8000008013fbea
	.quad 0x0ac0f17d7fd139e8, 0x8000000000000000
	.quad 0xffa00434dc3185fe, 0x1cfa81e3fe3bfcf9
	.quad 0x7f800000ffc00000, 0x8007043a41395aa2
	.quad 0x001fffffffffffff, 0xc3effffffffffffe
	.quad 0xc00a000000000000, 0xbfae0725c7238a8a
	.quad 0x8057a56980df5cd5, 0x88042795eaecd045
	.quad 0x45cdae7cb9a2dc93, 0x64128aaff1517055
	.quad 0x41b2074b3e2e3233, 0xe78c8b8ceadcfc00
	.quad 0x00242777c1921e44, 0xf37dd09d7fd87e61
	.quad 0x4bf86548b7fffe13, 0xc049b00000000000
	.quad 0x3f96d00000000000, 0x4ae8c2347fdedee7
	.quad 0x0545afca41969ff3, 0xeee9234fbfcfffe7
	.quad 0xa1c00007c776fcd3, 0x7ff3078aa0124d5a
	.quad 0x090c3ab9a0d52be8, 0xda5b740a782c4ed3
	.quad 0xb59a8ba5d0c1cf50, 0xa5a0739b9680fdd5
	.quad 0xc3c6284380000000, 0xbc950aee7bf7c497
	.quad 0x4002acc1af9adc4f, 0x47da77b5f91e96ac
	.quad 0xf96d652bdfa4c040, 0x44e20000427f7626
	.quad 0x434ffffffffffffe, 0xc3dab013ffeb1cec
	.quad 0x800000005fc0826c, 0x743b8fc9b323efe6
	.quad 0xbc224037b8080000, 0x0000000000000000
	.quad 0x7ffc811c17ba8d8a, 0x8072fcd20fb611bb
	.quad 0x06f10e77488443ff, 0x4165f488ff800000
	.quad 0x3f1a65b5025b5ede, 0xff8ccb90ffa12138
	.quad 0x82f0c2e03c840000, 0x786c4cb0b6dfca00
	.quad 0xc29c1cc37fc3afaa, 0x310e48126659220b
seed41:
	.quad 0xfb67e620f9160bcf
	.quad 0x115e4cb440f5ee03
	.quad 0x0000000100000000
	.quad 0xe575b8e8c016f3b7
	.quad 0x4a337afc902e9f62
	.quad 0xffffffff80000000
	.quad 0x00001df98b041b04
	.quad 0xfffffe1d4865b443
	.quad 0xfffffffffffffddb
	.quad 0xf34e7b689a562ab6
	.quad 0x00000004a721b1e4
	.quad 0x7fffffffffffffff
	.quad 0x00000000000039f2
	.quad 0xa4d176efe3b5688b
	.quad 0xfffffffffffffffb
	.quad 0xbf0dbca06566f2c2
	.quad 0x03800000
	.quad 0x80000000
	.quad 0xc07ffffe3f03ba28, 0x3fae000000000000
	.quad 0xaccebd345ffed9f0, 0x28b104d48ead6fe3
	.quad 0x3f8e4337a20ada9a, 0x8334ba266938c528
	.quad 0x000c90153e8a9375, 0x000fffffffffffff
	.quad 0x002fffffffffffff, 0x9a1aae207edf7b7e
	.quad 0x3fc351fc5b4fcbf2, 0xff800000b6900000
	.quad 0xfff581fe69b41a88, 0x7fc246137fc00000
	.quad 0xab1c987ff10b5330, 0xbcef0790ae69d892
	.quad 0x7e2c0d6358aa2d22, 0xbfa5dc191a49fdd5
	.quad 0x4027015e45cc39f6, 0x79ef96eec295231a
	.quad 0xfff8000000000000, 0x7822d3a744c1773f
	.quad 0x9e494d893974b8df, 0x4008000000000000
	.quad 0x000fffffffffffff, 0x0000000000000000
	.quad 0x1e991665be79fc00, 0x8133c3c1c28c9f01
	.quad 0x47ffffff19fb57c3, 0xc01d5ec2513ab857
	.quad 0x817a9565ef5f76e2, 0x308b7b922a7033c2
	.quad 0xffc00000bc6e0965, 0x90cf59dcbfaffbdd
	.quad 0x4015800000000000, 0xc102000000000000
	.quad 0xc0766c89c3645c2c, 0xf09450302375fd54
	.quad 0xa3374c7bbf7f444c, 0xfff6d6a59b490bde
	.quad 0xbfdfe82dff0d4ae3, 0x801eeea121bc9928
	.quad 0xff9caa0fff7fffff, 0x3fe577866dd6496a
	.quad 0x8009b5cb831e0805, 0x4cfcb99ffffcfe00
	.quad 0x801b3895e67a6f4b, 0x99b61cbb98cd0000
	.quad 0xa25d70e6ffadffbf, 0x00000000c0d80000
	.quad 0xbf899a1c4cf7fc00, 0x95c06bddf59fdbfb
	.quad 0xfff7b8d27f48e815, 0x3cdb430484849088
	.quad 0xff8000005f3bc0b5, 0x83cffb0afbfe2b5d
	.quad 0xf44e5f14a33f7cd6, 0x7f8000007fa9a221
	.quad 0x4f764709107b4400, 0x00002311b594aa1b
	.quad 0xbf968e2f17581c12, 0x37d98827eec3fd68
	.quad 0xbbd17f1c83be00b2, 0x71a7a638ffb207d9
seed42:
	.quad 0x0000000000000055
	.quad 0x0876fa7aab7ea2f1
	.quad 0xed810655b8a81845
	.quad 0xd8d962b852d8d564
	.quad 0x00000000000010a5
	.quad 0x0000000000000001
	.quad 0x000000000000033d
	.quad 0x0afded82d2b64a10
	.quad 0x00000000000003e3
	.quad 0x85f7593376062fe7
	.quad 0x2f5b00b590c650b3
	.quad 0x00000000506ddbb6
	.quad 0x000000000000020a
	.quad 0x230b898728c72940
	.quad 0xffffffffed210f52
	.quad 0xffff82a22ec24437
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x42be673900000000, 0xc387bcfe35b89f8d
	.quad 0x470ad5c25a2e8e52, 0x8008000000000000
	.quad 0x9b146a66da758349, 0x98df544ebd58eac4
	.quad 0x7d7e5ec480cd74ba, 0x016c75279060f00a
	.quad 0x8000000041d23a1b, 0x3e84da1fffdffe9f
	.quad 0xc60ebf02ffaf87ff, 0x40c80000cc4012e4
	.quad 0x40e3c00000000000, 0x1c32af8affb0de7d
	.quad 0xc024400000000000, 0xc012800000000000
	.quad 0x3c7affecc38e00d3, 0xffe2eb9b2608d412
	.quad 0x7fca9290d5bd2db9, 0x4003ae0ec7800001
	.quad 0x00a2a5995fe9fe00, 0x643a08317e8a4e66
	.quad 0x9b24e64600000000, 0x3ff8000000000000
	.quad 0x79cf4f7f00000000, 0xffa978ab3de958f0
	.quad 0xbfd998cb791bdb1e, 0xff934fd3ba520000
	.quad 0xad49090c3f947b92, 0x63c51a03f0294b51
	.quad 0x41024e7a6b8a43b0, 0x23828e115ff55b7e
	.quad 0x7b010fd0bffffffe, 0x7ff0000000000000
	.quad 0x7f505f2e9cbbbb5a, 0x6efc6bfcffce5b3c
	.quad 0xaa01e7a963bd43fe, 0xc02a6ba5d11aee4d
	.quad 0xfe9988ed32c85f44, 0x7ff0000000000000
	.quad 0xff8ec92540680000, 0xb1e92d729bffffff
	.quad 0x005aacc942357375, 0x0020000000000000
	.quad 0xbf8ba989ff81ec40, 0xfe8ca23fc0000000
	.quad 0xfec0e9b0a7bf399a, 0x09a333a26019b131
	.quad 0xbded0e9041238cea, 0x774d6f80bffaaffa
	.quad 0xfff8000000000000, 0xbfc621ac5ed0c5d4
	.quad 0x3fa30b968a3756b6, 0xa2fc96f91a117653
	.quad 0xc022800000000000, 0x7f8748cc92854300
	.quad 0x7ffec7ef4c0dba3c, 0x645bee8701188a22
	.quad 0xc3a15460ff9727ff, 0xfc78bbb80e0447c0
	.quad 0xbfa1f2b44cdcf47c, 0xc03000005f7fffff
	.quad 0x42f4aca641080000, 0x805c173c007fffff
seed43:
	.quad 0x0000000000000001
	.quad 0x00000000000003b7
	.quad 0xfd25915a5e2711fb
	.quad 0x0000000080000000
	.quad 0xffffffffe4cc150e
	.quad 0xfffffffffc35d826
	.quad 0x8cb1faa564d0254d
	.quad 0xd7dc2385578b7939
	.quad 0x598d2321fa5a5e36
	.quad 0xffff822cb578b41c
	.quad 0x0000000100000000
	.quad 0xd425e2a96d82caf2
	.quad 0xffffffffffffffe2
	.quad 0xfffffffffffffd8d
	.quad 0x0000000000000108
	.quad 0xac380640c76999c0
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0xc8b9fd7a524f7e00, 0xffa1ece741a93471
	.quad 0x2b0168427eddbbd9, 0x26e05034c5d8dfbb
	.quad 0xbf5331e415957716, 0x184778720975bb70
	.quad 0xc0bc000094c6a28e, 0xff800000c385c1c0
	.quad 0x982ea0ed69ca6779, 0x800ffde07f96df0a
	.quad 0x17529425ffdffae6, 0x405d7c93e57c7090
	.quad 0xb965502496288e23, 0x27078c68dfbf7fbf
	.quad 0x007fffff6f407672, 0x80795b143fbc0000
	.quad 0xc0319b22c788fc02, 0xbbcb9b74fffeff55
	.quad 0x6372c02879643486, 0x0008000000000000
	.quad 0x60042cc6c2a6cfe4, 0x7423176af75bbdf9
	.quad 0x800000007ed9c700, 0xc1fffffec0900000
	.quad 0x9a0a4dd5b7ba49eb, 0x8000000000000000
	.quad 0x0fd60f403d1b380d, 0xd878f5fdbfe7c74c
	.quad 0x80000000c8810000, 0xcef9086a8b9bfb5f
	.quad 0x1153970938ae8bb8, 0x4080000000000000
	.quad 0xe0e7c38e9dbb7f11, 0x000d1333e29c80d6
	.quad 0x95fc118bc9e87e00, 0x27a6da78c3f338f8
	.quad 0xffe2b96507699fdc, 0xffa888623ff01f12
	.quad 0x7ff8000000000000, 0x40cfffffffffffff
	.quad 0x74dbe164edaf4a9e, 0x4b556032612278d4
	.quad 0x0e25ed9e40ea8860, 0x56c2f9e671447e1f
	.quad 0xff80000080000000, 0x7fd0000000000000
	.quad 0x80108ec39b5b0a56, 0xd37ef3e7ff0fc780
	.quad 0x3d897742ff800000, 0xc181f6a0c7fa4f3f
	.quad 0x825b096b5024ea13, 0x9a2e4c77737fffff
	.quad 0x00000000bc2c0afd, 0x7fefffffffffffff
	.quad 0x43758763029c3825, 0xff96a8adc3600000
	.quad 0x40ca3cce7fafb5c9, 0xaf8fe8e2efeab8e1
	.quad 0x3148c3d75702b600, 0x433deb0f71f7ff57
	.quad 0xb71e7e5b3df1d4bf, 0x9b657c5b3c980000
	.quad 0x275a8c87fff9fc00, 0x0f0c43c2bb587948
seed44:
	.quad 0xfffffffffffffcda
	.quad 0xffffffffffffff9e
	.quad 0xa0497e036e1cae56
	.quad 0x9efb4a4f00b5b643
	.quad 0x0000000000000267
	.quad 0x0000000100000000
	.quad 0x8ae1b312310648be
	.quad 0x0000000001000001
	.quad 0x0012a82c05e6fb21
	.quad 0xd3114e5ddc844019
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0x00c06f0039e894d5
	.quad 0xffffffffffffffbc
	.quad 0xfb568bf8616fad39
	.quad 0x265969f2c3ece53f
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x01f7576020f9e0f8, 0x334fce35f79fd17c
	.quad 0x51669df23e090000, 0xf623f491c2129a64
	.quad 0xbbf677e43a29fc00, 0x39a40000004bc533
	.quad 0x0ac424d05b767ab8, 0x0000000000000000
	.quad 0x7da66ca025824bd9, 0x7ff13c7020e3ee08
	.quad 0x17999ead43e00000, 0x412a000000000000
	.quad 0x4b28d9d4fffdbb9e, 0xefd5e53c6e8ee4a4
	.quad 0x32827bf5ffc00000, 0x9e709e7d5edae80d
	.quad 0xd58aa014fffe7d89, 0x097ab02c579bfaee
	.quad 0x6ddc7d68c0c00000, 0xa58b57f97fa2e9f2
	.quad 0x73eaee8841be9179, 0x83ae5ccc8bf20416
	.quad 0x0c459aef59423acd, 0xc397eb1cffc00000
	.quad 0x8000000000000000, 0x04054022ffb77c00
	.quad 0xe5e5463e65088000, 0x7fdde68ba45ffffc
	.quad 0x24bb0f9f630408b3, 0x433ffffffffffffe
	.quad 0x7fab2d9dda000001, 0xbe66082bb6420000
	.quad 0x6f4a35e100000000, 0x0000000080ffffff
	.quad 0xa8cf0987e7ee7c00, 0x7ff68ee3d8c21f3d
	.quad 0x282c5306b7afc22d, 0x8000000000000000
	.quad 0x8912e9f9105e7d75, 0x7641bfd20c02799a
	.quad 0x0000000068298f4c, 0x1bf22cefffa71767
	.quad 0x000e21153b74f9b0, 0x7b338775ec9685fe
	.quad 0x7fc0000080451405, 0x73f4034665aa3040
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x41effffffffffffe, 0xd60139baffd58000
	.quad 0x7ff0000000000000, 0x43be1b1e3bd5e12b
	.quad 0xbec00000f7ff874b, 0x3caffbce7f8f25e9
	.quad 0x05dec9b000e3bf9b, 0xff8000001bd6d236
	.quad 0xbf19a00000000000, 0xb0206176bda7bf81
	.quad 0x401d7daef41a2ed0, 0x433cd8aac0400000
	.quad 0x3d934c70ffa03987, 0x6125718b915ddffb
	.quad 0x1b1c418b7ff1c6c0, 0x4c9190c0299d8000
seed45:
	.quad 0xfffffffffffffed7
	.quad 0x0000000080000000
	.quad 0x00000000000003b5
	.quad 0x38ae457a135cc359
	.quad 0x00000000000034ce
	.quad 0xa4b146b1747b0575
	.quad 0xadee21780dd10c33
	.quad 0xf314f8b321287c48
	.quad 0x15df2673e62bcf03
	.quad 0x056445bafc1f1aa2
	.quad 0x71d85b0fdb4b2f12
	.quad 0x13dcde951310712d
	.quad 0x000000000000022d
	.quad 0x000000136957f41f
	.quad 0xdd5eb1d204a28f1e
	.quad 0xffffffffffffffab
	.quad 0x01400000
	.quad 0x70000000
	.quad 0x011393c4c0200000, 0xc1f0000000000001
	.quad 0x418923f680ffffff, 0xc5a000000ce7edfa
	.quad 0xbfd11d7c97b60171, 0x40ffffffffffffff
	.quad 0xc0245ec0e1119f9a, 0x8e1ad58debe77c5f
	.quad 0xc008000000000000, 0x5563b415740bf9e3
	.quad 0xfe8c63dfcffffffe, 0x1762d55dfef9cb32
	.quad 0x7ff37ebc264ff910, 0x3fc60a3daca9a37c
	.quad 0x93aa04b78f8db8c0, 0x950a30a54523cc43
	.quad 0xf71c29ca474b236d, 0x01d9fbedddffdfdd
	.quad 0x8675a9147cf97c63, 0x88b4ebce10680373
	.quad 0xc7ffffff80000000, 0x5c29f590febbd3e4
	.quad 0xc07ffffe80e4b8a1, 0xa26d54138ffdfe2e
	.quad 0x7ff07a8dc7ad88d1, 0xd9c0b5e5beffffda
	.quad 0xa112f56704f6fe00, 0xa208ec34d7f5fe7e
	.quad 0x629d7166584044c0, 0x6daacd2f607e6d51
	.quad 0x40b0cb79f7710000, 0x76deb200c9df6bff
	.quad 0x0010000000000000, 0x404c5c316046e087
	.quad 0xfff11e3c74b81cc4, 0xc01bec6108916f8b
	.quad 0x494000007fc61fad, 0xb037564251749207
	.quad 0x4285b4d47fb0280f, 0x410800000706761c
	.quad 0x130b8ef881dffc00, 0xfff8000000000000
	.quad 0xff800000c20be0cc, 0x3fd419f613c6fcb9
	.quad 0x81f447bbaca126bd, 0x72cac782bda484f9
	.quad 0x4068a5911917f574, 0xfffa0204713f48ad
	.quad 0x7fdc9acaff8c9834, 0x916a88ceb02352d7
	.quad 0x77425aa5f625240b, 0x66ce45b780000001
	.quad 0x3f40000080000000, 0xbdf868f7430dd7ef
	.quad 0x67794d91f3434f00, 0xff854bf7c1200000
	.quad 0x0d829195c778d539, 0x7ff8000000000000
	.quad 0xc292a245c0ac0000, 0xfff0000000000000
	.quad 0x03bc5c626dc802e0, 0xb8a21928f0af4f1a
	.quad 0x4010000000000000, 0x80000000ffc00000
seed46:
	.quad 0xffffffffffd330d5
	.quad 0xfffffffffffffd5a
	.quad 0x8147f0907b4f76c3
	.quad 0x655c6f240ae7d2d6
	.quad 0x288687792a6b73ac
	.quad 0x14eab3a8c2010315
	.quad 0xb78f76748ddfc091
	.quad 0x000000000006b5e1
	.quad 0xc8b608f01fdc8607
	.quad 0x0000000000001efe
	.quad 0xe130f461987c7d7f
	.quad 0xfc742c46b0522c72
	.quad 0xffff838243c72a47
	.quad 0xfffffffffffffcfc
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0x00000000
	.quad 0x60000000
	.quad 0xba1000003d229317, 0x80000000c0b41230
	.quad 0x3e1a000073088abd, 0x48b00000ff919d7a
	.quad 0x834a5aaae2a4b82d, 0xe5ccf8da7fbefe2f
	.quad 0x82d2d75d98b13ecc, 0x212b0b67ca5ca64e
	.quad 0x149fdf40c8f3d6a5, 0xff524ce93c9b50ef
	.quad 0xffbed9d780000000, 0xffa866af7fc15ef9
	.quad 0x48a0000098fd3559, 0x2010be375bad7bfe
	.quad 0x286a0640da705ffd, 0xa15a6cd8aa2ca71c
	.quad 0xfe4316600930dbed, 0xc031dd107402f5b0
	.quad 0x6e4042ab0cf702cb, 0x7fa4af7480000000
	.quad 0x4f7ffffe4329bda6, 0xabb2b503fddf57ff
	.quad 0xfff0000000000000, 0x10f0997e37f8fc00
	.quad 0xbf68000000000000, 0x8000000000000001
	.quad 0x7bcd4deffdbfab99, 0x0d1162b71a3fa797
	.quad 0x43dec8e3df7ffffe, 0xffe0000000000000
	.quad 0x7063a839d259c580, 0xa75f0b8fc909c051
	.quad 0xc001765d8ef88864, 0x7e6192ddffce7c59
	.quad 0xcd518d88e1c6a9de, 0x8f2ccbbe4252be3c
	.quad 0xee48a363412cb7ea, 0xb197482e5708f400
	.quad 0xc00000003beece95, 0xa5f014625f7fffff
	.quad 0x40ea99cebf600000, 0x268b3e8240f1aeee
	.quad 0xe415911938b4c4a0, 0xc00e000000000000
	.quad 0x92fbfe72fb657e01, 0xfff397380ab6a274
	.quad 0x77ee95e5dffb7c55, 0xb73a7bf3ffe4488e
	.quad 0xfe8c6066ec23db2b, 0xc015000000000000
	.quad 0x76b731c2c8564c61, 0x7f800000807fffff
	.quad 0xc0dd000000000000, 0x00146eee2b152ccb
	.quad 0xc7ec7d1c43f80000, 0x87e31291ffffffff
	.quad 0x00dba5076e4203c5, 0x00021dfb478d0d3a
	.quad 0xc048fdff8e7fed49, 0x80000000c1220000
	.quad 0xffc231c34f800000, 0x8618219554e8bcbe
	.quad 0x0b1a73f27fc43e8a, 0x802447c923aaa309
seed47:
	.quad 0x000000000000025e
	.quad 0x00000000000000c2
	.quad 0xae3ef3868bfbf5ba
	.quad 0x9ed4bf92d5a22ad6
	.quad 0x0000000000000000
	.quad 0xfcc8dd45bc72b975
	.quad 0x86809ec279d36eb4
	.quad 0x32f856f9cd759e38
	.quad 0x7cdb4ec10bc0b4e6
	.quad 0x00d4eaa99ceb00ea
	.quad 0xfffffffffc597142
	.quad 0x84fcddba00c96f7c
	.quad 0xffffffffffffff57
	.quad 0xffffffffffffe6dc
	.quad 0xfffffffffffffdfd
	.quad 0x0000000000000014
	.quad 0x03c00000
	.quad 0xf0000000
	.quad 0xd94de4b5cb7fffff, 0xa4529bb8e1bb777a
	.quad 0xff88563dbd533d35, 0xffd18f99bd151ea6
	.quad 0x5d3cedb4ffd67dd5, 0x7e3acb304326601a
	.quad 0xba7819b5281efdcb, 0x7fc00000c57d0000
	.quad 0x0e023986c3dfdf7b, 0x401b18a88bba247c
	.quad 0xc07fffffffb03b69, 0xf11acee45553c8a0
	.quad 0x7ff0fec2258b93be, 0x4003425612c94678
	.quad 0x7e80000041140000, 0x80000000be800000
	.quad 0x015c82eaa5ac3468, 0xfeb1000bf6f9900b
	.quad 0x726d7a18eb592d49, 0x4a575bf23c2ed37b
	.quad 0x6f442b2b7edd7edf, 0x331500e74146f400
	.quad 0xffe0000000000000, 0xffefffffffffffff
	.quad 0xf1de09f08f8cfb8e, 0x5776724e927fffff
	.quad 0x806167a07f800000, 0x5d652d026dcff6fe
	.quad 0x0000ef06e89939cd, 0x00eabbbf30afd648
	.quad 0xd827754ae7beee7d, 0xc5124296fffe85d7
	.quad 0x40415b60188e5e4f, 0x104bd9b07f800000
	.quad 0xc890000000000000, 0x40a00000c3780000
	.quad 0x33749433d2520435, 0xc0e0000000000000
	.quad 0x0000000000000000, 0xf59aaac9ffffffff
	.quad 0x7ff0000000000000, 0x404000007f800000
	.quad 0x8994e6f5ffaaf197, 0xc074000000000000
	.quad 0xff9100f47f937fbb, 0x2204c43c98c00f14
	.quad 0xff0a72cb741c0000, 0xa2731c7fb59d1384
	.quad 0x43100000c9ffffff, 0x80041ef0723f8ef0
	.quad 0x7fde485040c80000, 0xc04be612fe61f47c
	.quad 0x71da1799ec133c2a, 0x5c2039453f6d7fdd
	.quad 0x4fffffff41679f59, 0x407e0709c7587a39
	.quad 0x7ff8000000000000, 0xbfb3170de61400cc
	.quad 0xc0658cd613bbe55b, 0xc86c7ad6d6fbb026
	.quad 0x7f80000000400000, 0xbbd3f69bc1040000
	.quad 0xaad1b78e3a25b135, 0x3ff9ff457db0cc98
seed48:
	.quad 0xc11261b6e11228a2
	.quad 0x32c06d3a856ce07b
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x7373470a72caff23
	.quad 0xfd1fa88a03004360
	.quad 0x0000000000000303
	.quad 0x00000000000037f7
	.quad 0x036a6f500d9c1624
	.quad 0xffffffffffffffbd
	.quad 0x003281dbb215f68e
	.quad 0x0000000000000052
	.quad 0x2e86ff75e9948548
	.quad 0x0000000000000007
	.quad 0x00000000ffffffff
	.quad 0x06800000
	.quad 0x30000000
	.quad 0x14c1eb95d6743d04, 0xbc0663547fb52d6d
	.quad 0x360230097bffe25f, 0xff80000080000000
	.quad 0x448800007fc7ff4f, 0x80000000f41a3065
	.quad 0x839831c175d4ef1a, 0x64b086a654f3f3fb
	.quad 0x0e42de6fdfdae7ff, 0x0000000040ec0000
	.quad 0x40efacaff2bfc4f5, 0xe872e9e2dd7e7ef6
	.quad 0x7fc00000c0ff22b9, 0xceba626100000000
	.quad 0x0bcb0686f2d8afbd, 0xbca58d3d7f800000
	.quad 0xc325511043b75347, 0xc00ffffffffffffe
	.quad 0x404ae29e5190aef5, 0xfff0000000000000
	.quad 0xb28295837fa427aa, 0xc78000003e94d1f6
	.quad 0xbb334c9d104626b3, 0x800fffffffffffff
	.quad 0x80f87f61bf500000, 0xc3d68f02777432ea
	.quad 0x294b1155671bb8ff, 0x5c009551ffff2fef
	.quad 0x7ff49f231063e946, 0x7fd0e5e5f7fc1b88
	.quad 0x0000000000000000, 0xc0262088d1f10fea
	.quad 0x023d42ea11e5568b, 0x2d9160eccaa17c00
	.quad 0x27d52770a1c87c87, 0x60c90e0cfffffffe
	.quad 0xfe41181a823ce862, 0x9e15f8423b260a87
	.quad 0xc02d07516cbccdd5, 0x70271d09c3b652bb
	.quad 0x80315aa683cbbaf9, 0x47636aaaeebed6e8
	.quad 0x7f000000c1bcdbf3, 0x3d4d6eddc1f1dc5c
	.quad 0x61180b7dfffd7afd, 0x40689745d5d1f1ab
	.quad 0x9cb882ecc6628580, 0x4ceb2f04ea5c0000
	.quad 0x961b69025b374159, 0x6b4b988efcda0000
	.quad 0x3fd438a44095ce5b, 0x34bb5a36806d5070
	.quad 0x6f1147c0d5f5fc63, 0xa7f8502ef7ffffff
	.quad 0x3fd00e80b35ceed2, 0xc03d58376e267c2e
	.quad 0xc03bb083b458cf67, 0xff0000003fa00000
	.quad 0xfff0000000000000, 0x4021c00000000000
	.quad 0xc0b5000000000000, 0x2544b3d4deefffee
	.quad 0x4f3bb24bfefffff0, 0x5b031f4bc023cdfd
seed49:
	.quad 0x00251670935308d1
	.quad 0x4feeea69b261cc02
	.quad 0x00000000ffffffff
	.quad 0xf5cad63fe9e09703
	.quad 0xfffffffffffffd10
	.quad 0x86d2f24514436673
	.quad 0x0000000000000193
	.quad 0x0000adca20fa0c03
	.quad 0xfffffffffffffd1e
	.quad 0xffffffffffffff3d
	.quad 0xf017fb5063460686
	.quad 0x000000000000021c
	.quad 0x0002dbb95878e285
	.quad 0xfe2d0e9d11373154
	.quad 0x57247c1125183c41
	.quad 0xfffffffffffffffc
	.quad 0x02400000
	.quad 0x20000000
	.quad 0x7ff0000000000000, 0x00230a2bff000000
	.quad 0x088a552cd1614880, 0x5f800000b91c0000
	.quad 0x002e8fcb7fc00000, 0xd6179c6be5f5f417
	.quad 0xc00d9cb101475f96, 0x7ff0000000000000
	.quad 0x7e638746fea9efda, 0x9097209dffc008c3
	.quad 0x5cc1d625fff2fad5, 0x7ffadd4f21237ce7
	.quad 0x29c6a21cebfffa5b, 0xc112800000000000
	.quad 0x3ca91632c0730659, 0xffdfffffffffffff
	.quad 0xde2437c990eef98e, 0x0000000000000000
	.quad 0xec081f6100632c07, 0x000fffffffffffff
	.quad 0xc08663bd00800000, 0x7d9034340dc8f58a
	.quad 0x7ef62ea740100000, 0xc018000000000000
	.quad 0x8000000040600000, 0x9c2daf90980bbf07
	.quad 0x6f1b19f0cf2b49e5, 0xfff0000000000000
	.quad 0x28757c71ffdcf800, 0x68da013effda7c00
	.quad 0xbdceed59cf5b8000, 0x000fffffffffffff
	.quad 0x1f58ac26d82e25cc, 0x40400000f0b2b51c
	.quad 0xfff264da734e5533, 0x410800007ab54a5c
	.quad 0x0020000000000000, 0x7f60fa5641400000
	.quad 0x3fc00000c7ffffff, 0xc114000070c96eb0
	.quad 0xff7fffff41b25efd, 0xc2b62a1a804f717f
	.quad 0x6be9c8e5ffaf7ffb, 0xc012c859bb12fc34
	.quad 0xbe2fbe4e00000000, 0x0000000000000000
	.quad 0xb8807ae338b8fe00, 0x7fd934de62204ecc
	.quad 0x40980000ff800000, 0xffbf9fd595637984
	.quad 0xff8000003bbbb0de, 0x7fc0000000d08e6f
	.quad 0xc418f47386bf959a, 0x40583faa106bfe7b
	.quad 0x41a9f3cc4831a711, 0xbf8000007443e9ba
	.quad 0x4015000000000000, 0xc024000000000000
	.quad 0x234bb87772320700, 0x7e9f8aa8b7a59d41
	.quad 0x839462f2449b8451, 0x3f71800000000000
	.quad 0xfff0000000000000, 0xbf8a54a0cee7aa50
seed50:
	.quad 0xffffffffff7f7fab
	.quad 0x1cb3b6cb7a6923b6
	.quad 0x00000000000001cd
	.quad 0x0000000000000078
	.quad 0x3b3a5de6f42a818f
	.quad 0x000000000000bbd1
	.quad 0x75f3f6851ddf234a
	.quad 0x00000000128f9948
	.quad 0xf565944797e1a220
	.quad 0xde0a04d0d0e9b55a
	.quad 0x6180902dcebf4452
	.quad 0x88185c7c6a05242d
	.quad 0x000000000000034c
	.quad 0xfffffffff50cde97
	.quad 0xffffffffffffff1c
	.quad 0x0000158253f0ee2f
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0xb60f3908fff09a06, 0x0197f6c106df2875
	.quad 0x10743bbf3f7ba7c7, 0x70e4159208f0b64f
	.quad 0x80000000ff9722f5, 0xff7fffff3a500000
	.quad 0x7f800000c0217d3e, 0x01f950ca06511e1d
	.quad 0x000367d4043cc8e6, 0xdfba52b4eca37400
	.quad 0xc018000000000000, 0xfff8000000000000
	.quad 0x1f7a7e6de8cd48e0, 0xfe2d853b768596eb
	.quad 0x8000000000000000, 0x0e5cd0527fffffff
	.quad 0xc1e0000000000001, 0x9b2b1d34bfc00000
	.quad 0x7f800000017fffff, 0x4022800000000000
	.quad 0x906fdefc3965ffea, 0x30fd0fee26f5cc69
	.quad 0x00000000ffe2a5f7, 0xc0388f867fc00000
	.quad 0x12bf69e1b99a3e37, 0x7e46eb2955936916
	.quad 0x80000000c0900000, 0x412257e64fffffff
	.quad 0xa318ffd1ffdec850, 0x8000000000000000
	.quad 0x7f800000c312414e, 0xc11c0000a7ead29c
	.quad 0xffd73ff9d73f1e54, 0x7fc0000000000000
	.quad 0x34a5c8abb7bdab55, 0xa5f1f02f7e782666
	.quad 0xe2b980bcbf80fcb8, 0x433fffffffffffff
	.quad 0xfff0000000000000, 0xfe8b054e7fc57bf2
	.quad 0x5fffffff7f800000, 0xbfe2ba79e005b074
	.quad 0x10470369132b9e06, 0x9b6fd21840c17def
	.quad 0x7f9b90c900cac142, 0x8666e0e85de9fe17
	.quad 0xb1f813efc76e2d35, 0xbfcc57b0cabfe955
	.quad 0x7ff31f6ae898aaea, 0xc10387483fb8fdc1
	.quad 0xedd241c3419c32c8, 0xfff92babcf629b35
	.quad 0x5e8e65abeb647f89, 0xa20cb8e4dcbdacd5
	.quad 0x4a99ac96ffe98000, 0x58b62d67b30efccc
	.quad 0x51144d958781ccbe, 0x0000000000000001
	.quad 0x938770cbdc4dcce0, 0xffc28933bcfc5736
	.quad 0xc023000000000000, 0x80000000ff9df038
	.quad 0x1234298dffc27d6d, 0x69f50046e835c5f9
seed51:
	.quad 0x618ae67880cc1b11
	.quad 0x2f327f1091a3e9ce
	.quad 0xffc763171fea632e
	.quad 0x0000000080000000
	.quad 0x02a0e0e77cf2ed4e
	.quad 0x000000000000001c
	.quad 0x000000003e962086
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xffffffffffb4987b
	.quad 0xffffffffffff20d5
	.quad 0x0000000000000389
	.quad 0x000000000000019b
	.quad 0xffffbfb342f03648
	.quad 0x0000000000000000
	.quad 0x00000000000001ea
	.quad 0x02800000
	.quad 0xa0000000
	.quad 0xc134000000000000, 0x80000000c3f811a4
	.quad 0x0000000000000000, 0x7fd3a887409c5a77
	.quad 0xfccaf5a165b8cea7, 0x7fc00000bf400000
	.quad 0xbfffffffc2000000, 0xc021800000000000
	.quad 0x4ca0696800000000, 0xa4f343298b0e3dec
	.quad 0x7fbfd261006f717e, 0xcf2e7859d8ffb4a4
	.quad 0x5f153c0cfb7cf4b1, 0x000850fdfc69e546
	.quad 0xbf8a800000000000, 0x8080000080000000
	.quad 0x586de42f5f000000, 0xfdc7cce0a1b40329
	.quad 0x5b354fe77fb22a6a, 0xdb7d4ee56f6cfe00
	.quad 0xbf76000000000000, 0xdf8e2b4fc0a00000
	.quad 0xc0de000000000000, 0xd9800000bb95721b
	.quad 0xecf06264ffdedc78, 0xfff0000000000000
	.quad 0xff3b1d7b4008ef6a, 0xc417e57f6da563e9
	.quad 0x237611b580000000, 0x6328a281fff7bfbf
	.quad 0xcf28cc9c1f997dd8, 0x533eb521fdb6dfdf
	.quad 0x5470a79d267578c9, 0x24c677cea54bb5a9
	.quad 0xff800000c07ec1f6, 0x3f67c00000000000
	.quad 0xc003000000000000, 0x415c3f41bfaa3894
	.quad 0xc0b80000bba1912d, 0x00006fea10d8f991
	.quad 0x7f80000040a80000, 0x738e08dc40980000
	.quad 0x8390c4c61070e4d2, 0x7c69d9b0a696bcac
	.quad 0xbbc1b67cc109cb18, 0xc039c057cffffffe
	.quad 0x1999880080400000, 0x01737a16ddcffd7e
	.quad 0x0199a26d9a17294d, 0xbffff961bacfcf4f
	.quad 0xb073b320ff8f0fba, 0xbcbc022dfd77bdf3
	.quad 0x3415d72b5f800000, 0xc1efffffffffffff
	.quad 0x00000000807fffff, 0xffa385f54252f0cd
	.quad 0x400d000000000000, 0x3ead52ca758198db
	.quad 0xc0efffffffffffff, 0x389516c9cf867fbd
	.quad 0x211349c1c9bd7e00, 0x16311fe180000001
	.quad 0x48e05bf07623a430, 0x8001cce24c834b05
seed52:
	.quad 0xfffffffffffffc92
	.quad 0xfffffffffffffffd
	.quad 0x0000000000000087
	.quad 0x0000000000000000
	.quad 0x00000000000002d2
	.quad 0xffffffffffffffff
	.quad 0x0000000000000021
	.quad 0x61064ba36bd347da
	.quad 0x0000000000000169
	.quad 0x0000000000000635
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd16
	.quad 0xcb94da61577838aa
	.quad 0xded6e9a8593d7e22
	.quad 0xfffffffffffffea0
	.quad 0xfffffffffffffc35
	.quad 0x04400000
	.quad 0x60000000
	.quad 0x2308f699738173eb, 0x7ff6e43b63efd354
	.quad 0xbfa0ae0d6d3b61c2, 0x427ab93136cc0000
	.quad 0x00800000c87ffffe, 0xc075fc986013eb03
	.quad 0x40200000ff000000, 0x8adf5900fdf8f77a
	.quad 0xc0000001ffa78d1c, 0xff800000bc35f4f9
	.quad 0xff8000007fc00000, 0x38628a49439f5fb2
	.quad 0x7ff2ed0473cd1bf5, 0xf9750ce4cffffffe
	.quad 0x7ff01a6ea813d5dc, 0xe8004c1ff49bbb5b
	.quad 0xff800000f9234528, 0xfffa4e4c807236f2
	.quad 0xe2a6af533c1f4780, 0x00228935ffd30649
	.quad 0x897c668e0ec0cafa, 0xc67011b4f79bae13
	.quad 0x424c05d4da000000, 0xa795e80eb10efc7a
	.quad 0x882c47b0c0502192, 0xc3439f6bf6f93c00
	.quad 0x80759dff5fffffff, 0x02022e8aaa778d22
	.quad 0xbf9e4a4dcdb6ff97, 0xbfc00000feffffff
	.quad 0x7ff8000000000000, 0x760b06b92494fb02
	.quad 0x3fcedd8fec458fe8, 0x800ab77632a03c58
	.quad 0xb9da059155935dc9, 0x4120c00000000000
	.quad 0x7ff8000000000000, 0x72c21a00cfe6e8fe
	.quad 0x4004000000000000, 0x05e051793e8d15bf
	.quad 0xfff2b33dfdb7bcf6, 0x47237ea6dc5096b6
	.quad 0xfff0000000000000, 0x821c354ef6dfc39f
	.quad 0x362ab1d27ff6ffac, 0x7ff0000000000000
	.quad 0x5cf63c4c40400000, 0xfdcf83d172474315
	.quad 0x8375824f425527eb, 0xbf8099c567ff01b9
	.quad 0x930976aa9bf06e87, 0x92c43f0ccf67bafc
	.quad 0x647d26249135fe38, 0x7fe756f741fc0000
	.quad 0x4a9eec1d2df2d41a, 0xc38e1415fffe37ff
	.quad 0x7f51f1efeab30700, 0xfcd5e915cfdfff5f
	.quad 0x7fc0000080000000, 0xbf97a2edb8bac5fa
	.quad 0x6ede04a9ffa37e00, 0xc00a000000000000
	.quad 0x4035f2ceb33719e7, 0xc300369b83784a47
seed53:
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0x00000000000003a1
	.quad 0x0020000000000001
	.quad 0xfff9f97ecea94dac
	.quad 0x0002de066e924aeb
	.quad 0xfed0f5e2d851a030
	.quad 0x48155db7ac0eb39a
	.quad 0x0000000000000147
	.quad 0xfffffffffffffff9
	.quad 0x000043db09e5301a
	.quad 0xfffe093e38121204
	.quad 0xffffffffffead66f
	.quad 0xffffff065f88a48c
	.quad 0x0f0ac696952574fa
	.quad 0xfc2e0b2bb0eba372
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0x4083000000000000, 0x7768563eb283b01c
	.quad 0xbff449a980ffffff, 0xc775762c7405a7d0
	.quad 0xffa6a6eac20e66af, 0xc014000000000000
	.quad 0xc09b444ebbc39506, 0xa761e95d354a8001
	.quad 0xa505e09df7dbb9ef, 0x25b44a73c82b01dd
	.quad 0xb3fe3c95ec869708, 0x2fe818b37dff8d9f
	.quad 0x3c4db5cb7fc31e24, 0xf6579dd741a82a2e
	.quad 0x1261c8df02dfc47b, 0x40be000000000000
	.quad 0x3e3815acfea460d9, 0xb24c6e43ffa24640
	.quad 0xc0a9dee93daf6ca3, 0xc020aeab3b223cf3
	.quad 0xc3c538fb5f800000, 0x8dbbdfeff1da7ffc
	.quad 0xfff5aa7d77a5e6d1, 0x3e73d0a4bcc3ce45
	.quad 0xb6400b0b07cc3d7b, 0xac12424e7bbebdff
	.quad 0x350f7974fddffe9a, 0x81123f60346fab8f
	.quad 0x81eb2287c40746dd, 0x7cbb99531e5e6987
	.quad 0x3f8e468ea415ad0a, 0x0bf0b7947fa9fe36
	.quad 0xf439e586e7ff7e72, 0xa209411f8f65a6ef
	.quad 0x5e54f21537bd0000, 0x8000000000400000
	.quad 0x8b116a193c464526, 0xfb71a6ac22558000
	.quad 0x7ff06db16e2954fc, 0x7de2aa88b6eec0c2
	.quad 0x005149f4c1fd223f, 0x7cf9a3b9ae232f2a
	.quad 0xc01e3195144fee03, 0x8000000000000000
	.quad 0x373e2abe9d03a6e8, 0x0000000000000000
	.quad 0x0029efbb869c6a31, 0xf98d70ae7f8d3750
	.quad 0x40dc000071cc956e, 0x7ff45da2fbfcadea
	.quad 0x00439691c1d847ab, 0x8000000080000000
	.quad 0x49297535326b0000, 0xbfc03f989f9c456d
	.quad 0xfff0000000000000, 0x0b75e29fc7840000
	.quad 0x0009c2085abf05f5, 0x82a913d982f99968
	.quad 0xc066fc1c72eccc28, 0xfff85de500000000
	.quad 0xbfe8000000000000, 0x0005d9fa71ec6840
	.quad 0x7ba7b0f041e9a35a, 0x7f800000bce80000
seed54:
	.quad 0x000000000000007d
	.quad 0x0000000004aecbe9
	.quad 0xea33223229351ec1
	.quad 0xb46f4a522ff95bd8
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0xffffd09a4f9eb37f
	.quad 0x000000077c2cc0af
	.quad 0xfffffffffffffffd
	.quad 0x611ce0b009b2bedb
	.quad 0x0bd506cf41da786f
	.quad 0xbd6d8cfc06f42b90
	.quad 0xffffffffffffffff
	.quad 0xffffffffffcb5865
	.quad 0xffffffffffffffb4
	.quad 0x1c0165c369ce3d2e
	.quad 0x01400000
	.quad 0x70000000
	.quad 0x47fffffe42495301, 0x53d73b8c7e7d79da
	.quad 0xb5cbfe85f834ab0b, 0x40900000006eaa05
	.quad 0xffbe845b3fc00000, 0x800f8565a3b2ccc3
	.quad 0x82552ffa7a7be601, 0xee650c5021962ef6
	.quad 0xb2152b2f93417bac, 0xff0c8334894b3d2f
	.quad 0x434fffffffffffff, 0x65fb6481ffd77054
	.quad 0x3ec000000004a2fa, 0x3f96c544b74cdf7e
	.quad 0x42210ee87f800000, 0x80000000407fffff
	.quad 0x400f5c98cdff7f6e, 0x0000000000000000
	.quad 0x028a4fd9fff33681, 0x000fffffffffffff
	.quad 0x83712840825b4418, 0x5f2704cd75bb13ee
	.quad 0xffcecdfc3970de6e, 0xf9f4aed9c9d3ff93
	.quad 0xf7ebb8e765a0d157, 0xffc000007fc00000
	.quad 0xdf0000007f7fffff, 0xff800000c2f1d2db
	.quad 0x53ffc8616c7e9df4, 0x800000007ffba309
	.quad 0xff8000007fc00000, 0x00000000fe800000
	.quad 0x1076f94444e98a08, 0xbdbfe823480d6696
	.quad 0xcb555eb1ff5ffedd, 0xfff701ec7f800000
	.quad 0xc380000080800000, 0xf7c4f1e041e4d981
	.quad 0xa09d1cc3411e0871, 0x7a85539b45f77ffc
	.quad 0x7b0ce13ceae37baf, 0x8493e74340400000
	.quad 0x3c4deeafe6e400cc, 0x0020000000000000
	.quad 0xf58f6d8f77df7ca2, 0x7fef80c6992da09e
	.quad 0x017fffffc2a43d80, 0x7f800000bf800001
	.quad 0xc028000000000000, 0xf4a7f8f11f270000
	.quad 0xc011f66eaaefc7a9, 0x7eec5ed601e70711
	.quad 0xc06000003eaa0e61, 0x7ff0000000000000
	.quad 0x3f74c00000000000, 0x99500a163c496b92
	.quad 0x7f82d52afecb0701, 0x67c700b5c0980000
	.quad 0x7fd6e0920119117d, 0x00400000ff96d1b9
	.quad 0x370052a2c1321616, 0xa6430987bfaaa49c
	.quad 0x4030a48abd6db818, 0xcce63a66c2def05f
seed55:
	.quad 0x0000000001000001
	.quad 0x81eba80cff09218b
	.quad 0x000000000000007e
	.quad 0x2a590aba379c32d7
	.quad 0xfffffffffeb698d1
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x00000002889db4d1
	.quad 0x0011584927b10b5a
	.quad 0x1f78156ff84f3456
	.quad 0x581be1732a5bb4b4
	.quad 0x003595fe509f171e
	.quad 0xfffffffffffffdb9
	.quad 0x000000000000001f
	.quad 0x017a5236a98d1ac0
	.quad 0xbfd3263619a2cd61
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x8329315e4fa1af92, 0x24e3c27b42ce7ded
	.quad 0x98a547e85c2f78a8, 0x7fe265c51fc5dea1
	.quad 0x3bef012b3d6324cc, 0x800348d106d8f868
	.quad 0x401d800000000000, 0x816194a9e0167be4
	.quad 0x7fc00000945792fe, 0xbfdc400000000000
	.quad 0x266a2a746e74fc1a, 0x8000000000000000
	.quad 0x7ff0000000000000, 0xc182758c3fffffff
	.quad 0x7e723e21c08b039f, 0xa0aeb075ff5ff4fb
	.quad 0xc110d21916defe74, 0x9cc77f0296b87bf0
	.quad 0xb9612832bbfffb9a, 0xc018000000000000
	.quad 0xffe0dfb7477fffff, 0x25784c2dd7fcfc57
	.quad 0xd51d5f2a5ee95a3e, 0x800fffffffffffff
	.quad 0xff80000001000000, 0x75458287ceffe2ef
	.quad 0xb11d781049f9fa7f, 0xff800000c9900000
	.quad 0xa40b7f15969c7d52, 0x86488ea5eb814360
	.quad 0x01e312a9e703dbd3, 0xe194857003812072
	.quad 0xac168300620580a2, 0x00000000d9800000
	.quad 0xc31600008252dbcd, 0x7f184efcee400998
	.quad 0xc3e0000000000000, 0x4996dec5a3340675
	.quad 0x85f7b16485d980e2, 0xffc000007f4b8ce1
	.quad 0xdfc7ea7628407e08, 0x01ea261a3afd473d
	.quad 0x69df3cc4bf77fe60, 0x443fb319fcfefdfb
	.quad 0xc02c7adf7ddfa4ea, 0xc0100000ca9fb522
	.quad 0x0000000000000000, 0x25913bc8d3d7fe9b
	.quad 0xff8000007f8f2246, 0x6713f9f57290c000
	.quad 0xbf295ff1ff800000, 0xffaa77f0801600c3
	.quad 0x7fa24ed513291ceb, 0xfff7ce78d6b6f882
	.quad 0x800ab18db2abb159, 0x7f8000007effffff
	.quad 0x41fbd3c3014a6aaa, 0x80bc0590ff7fffff
	.quad 0x21adab00e97ac041, 0xc0e0000000000000
	.quad 0x7f9e54dd42336665, 0x4023f42313165c4e
	.quad 0xfa50a8a5fc7a0001, 0xf38f3f29b609f9e4
seed56:
	.quad 0x0000000000000209
	.quad 0x4ff240b6e0936f85
	.quad 0x7ae840fbb885dbbe
	.quad 0x79da0118c131766d
	.quad 0x0000000000000004
	.quad 0xffffffffe7731dbc
	.quad 0xf7c1263af5dadbc5
	.quad 0x00000000000002d4
	.quad 0x7fffffffffffffff
	.quad 0xffffffed80e1448b
	.quad 0x0000000000002ab1
	.quad 0xfffcc2a0a8a658e1
	.quad 0x000000007fffffff
	.quad 0x0000000705302e71
	.quad 0x0000000000000048
	.quad 0x405e95000db769f3
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x405cc911e05ba1b4, 0xacea067d6a677c75
	.quad 0xc01a000000000000, 0xbfa2392a00400000
	.quad 0xcf0d51119360decf, 0x81d0bbe36f9c186d
	.quad 0x43fffffffffffffe, 0x41100000bc8ef55d
	.quad 0x80a12025f5b10424, 0xbce80000007fffff
	.quad 0xbf99fc79d320827a, 0xdf000000c2e8c7fc
	.quad 0x7ff0000000000000, 0xbf914b62c95c3615
	.quad 0xbfe9788d49500000, 0x3f7f407818c26afd
	.quad 0x7d73a7cafa5c86cc, 0x80000000c0880000
	.quad 0x00037f2dfeffffff, 0xff7fffff3b0b863c
	.quad 0x0000000000000000, 0xbf1c000000000000
	.quad 0x76fc3867837ab51e, 0x3acff81affef0000
	.quad 0xd9ffffff4142ec11, 0x4f6b1fb972ba8c57
	.quad 0xbff4b411c218f793, 0x4015261fdea2dea0
	.quad 0x434fffffffffffff, 0x95390c796ffffce5
	.quad 0x807fffff404e5f44, 0xfd8abd8a8952f2eb
	.quad 0xffc00000771dc556, 0x61dd5e06b9c280b9
	.quad 0x932f9157e380069d, 0x7e999588768f0662
	.quad 0x3d0630a3eccb7938, 0xff69de33d8bbf59c
	.quad 0x800fffffffffffff, 0x401c000000000000
	.quad 0xdf0d762c6e2940d9, 0x401b000000000000
	.quad 0xf4f437447221c6c0, 0xc31b789b89507fb3
	.quad 0xfb241134c153e071, 0x43ffffffffffffff
	.quad 0x068d996fff800000, 0x00ffffffefb62670
	.quad 0xc0fffffffffffffe, 0x2e487bfd7a1a666c
	.quad 0x43effffffffffffe, 0x2cc58751af470dbd
	.quad 0x419e54c5f7de6577, 0x7f640968514069d2
	.quad 0x7fd6d5907e46d15d, 0x881be50a41200000
	.quad 0x6b0a176110c7b9fb, 0x7ffba7cfbdad5092
	.quad 0xe024134f8ff5dc1b, 0xbffc012ad00bcd8f
	.quad 0x1789f3908fffd75f, 0x99d085b0f3a3fe00
	.quad 0x3cfe4375fffffedf, 0x80000000ffab98cb
seed57:
	.quad 0x2f898c09d12d3c0b
	.quad 0x0000023e967f82d4
	.quad 0x00000000000000df
	.quad 0x00000715bc5700dd
	.quad 0x40a6d7bed1ffde64
	.quad 0x00000000000007de
	.quad 0x000000000072ea66
	.quad 0xfffffffffffffc6b
	.quad 0xb474bd255ec023d8
	.quad 0x00000000ffffffff
	.quad 0xab9bea4659903176
	.quad 0x5b9f12b6f7c52f27
	.quad 0x82b3162fbc48cdfb
	.quad 0x7fffffffffffffff
	.quad 0x0000000000001cf6
	.quad 0xfffffffffffffed8
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0x31beb20782247c00, 0x61238fb440b4fa99
	.quad 0xc1ffffffffffffff, 0x195c77647fc39e6c
	.quad 0x8000000000000000, 0x3fd1b4cf27aca8c5
	.quad 0x5db5275f50992d1e, 0xab2495c001dbcfb3
	.quad 0x009ca07506a40d62, 0x78162c78c63b913e
	.quad 0x48aa90f5c773fe5e, 0x7ffb87f474e6aee4
	.quad 0xc01be0f2cd382ded, 0x10ad597e05a62ae5
	.quad 0xc0357abf4e0ccd30, 0x7ff5e3d1093a9200
	.quad 0x47de21fe004f8c7a, 0x7f800000f5bd84e0
	.quad 0xc0c80000437b3331, 0xd71f60961b37166e
	.quad 0x5fffffffdfffffff, 0x3dbbc46d3c89f01f
	.quad 0x01375a93908c26f6, 0xbfea5bb45b7582f2
	.quad 0xc1a587f456317c00, 0x3bb171c1f88e74f6
	.quad 0x74cbfdde832b7cfc, 0x8000000000000000
	.quad 0x36bc000000000001, 0x071d5792b7c7323c
	.quad 0xda9019af33cdfa2a, 0x7c6469e6e1fc0d24
	.quad 0x7fc0000001000000, 0x96298d0fad34d09c
	.quad 0x42200000c93f8000, 0xa848c5a7dbbf6dd7
	.quad 0xbff3000000000000, 0x5dc010157e3efff5
	.quad 0x3d07e1beddc6ab8d, 0xc0d405cefbffdfeb
	.quad 0x912c8cea1d04fc00, 0x7ff8000000000000
	.quad 0x6980bacf20517bbc, 0x4006000000000000
	.quad 0x3ff2d99a2a7dd6f8, 0xc00938b56503c64f
	.quad 0x7f800000ff800000, 0x1e2369dd80ffffff
	.quad 0xf2d45ec8d7d77c00, 0xf5969b077f800000
	.quad 0x75f07ded7ffbd106, 0x0de32e56491188a1
	.quad 0xc1a7546c007cb837, 0x4023800000000000
	.quad 0x8b63b503cff60000, 0x7fa23714bf2e7155
	.quad 0xe8a56f6abd200000, 0xc1effffffffffffe
	.quad 0x4ffffffec367e75b, 0xa521c1064fedff7f
	.quad 0x8000000042cdd79d, 0x60de333bffe7ffff
	.quad 0xfff0000000000000, 0x26129e55fff75e5d
seed58:
	.quad 0xd7bc5cac502c416b
	.quad 0x00000000193b7aa9
	.quad 0x33c3f5b731966e68
	.quad 0xffe238cc11b87a20
	.quad 0x0000000100000000
	.quad 0x3a253370ec46e066
	.quad 0x6e3776cbc46f67cb
	.quad 0x0000000000000080
	.quad 0x16f80f493722a08a
	.quad 0x00000000000000eb
	.quad 0xa033d507dbfabec5
	.quad 0x583b7e44ca582ea3
	.quad 0x3e927e6d29c4510b
	.quad 0x7fffffffffffffff
	.quad 0x9fcb85fef210d85e
	.quad 0x4e009a6f096819bc
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xaf9032d2b0ed9c14, 0xf6a07258f48bc3d4
	.quad 0x6c45531681640be7, 0xffde1ac3bcebf0a9
	.quad 0xbe9f66468025f8b8, 0x190998b5004c40be
	.quad 0x4058000000000000, 0xfdd6d09448c8cd23
	.quad 0x3f759ce06a15fdad, 0x9518c7f8415f32ef
	.quad 0xec3b5a874b1fa840, 0x0011a015fc4fabe3
	.quad 0x80c0cb4170d2c33c, 0x1de188fc0818c34c
	.quad 0x807fffff5f000001, 0x3fbe01a159bcd69a
	.quad 0x000fffffffffffff, 0x1c490ba07e800000
	.quad 0x7dc36606a34db336, 0x622b4c21ffeffcdf
	.quad 0x7ff0000000000000, 0xfc0b9d31e9ce2ce9
	.quad 0x8d170522adb01c95, 0x00294daa93f919d7
	.quad 0xbd61977ccc9e7c00, 0x00400000929a25ab
	.quad 0xc04dfa4025101a5f, 0x000da9f8307ecfa4
	.quad 0xbd8b44cd00000000, 0x0000000000000001
	.quad 0xc06240ab2309308c, 0xb70b130b2991ac64
	.quad 0x3fbd4934794d6840, 0xc0763c7b74003751
	.quad 0xc3f00000bfc00000, 0x1b2ba85371ffffff
	.quad 0xe6695a402b51fb28, 0xe9de79d48776fea7
	.quad 0x98b43168fde978ef, 0x01e122d335fca3ae
	.quad 0xb18ca089d7ac8741, 0x801aaa46331fbd61
	.quad 0xb65da3a6fb37fd83, 0x08125c2e8cf94137
	.quad 0x4680ca63fff97e1c, 0xcad82bcb138f8720
	.quad 0xa8328de9222d919f, 0x7e3b0d400ae457db
	.quad 0x1ecc1760dbc3fdfa, 0x35e000004115add1
	.quad 0x5dd2b24b3e42fe8f, 0x824ccfe534bb7bff
	.quad 0x07f125e8fedcbdd7, 0x87191a29940dc850
	.quad 0x6073eb8586c3ebca, 0xe35530fbb842027d
	.quad 0xc102800000000000, 0x46e75a31d9057d1c
	.quad 0x80000000552bf5eb, 0x4112000000000000
	.quad 0xfe60f06ec11d485a, 0x36c6acc9ed86fa7d
	.quad 0xf20bd5609d96b899, 0xdfffffff5fb809de
seed59:
	.quad 0x00000000019d5c82
	.quad 0xfffffffffffa5f9e
	.quad 0x00000000000001da
	.quad 0x988be78272b38209
	.quad 0x789ea0f606fb3bc4
	.quad 0x8481770742388201
	.quad 0x0000000000000379
	.quad 0x1f1cab4f62e1beb3
	.quad 0x89224bbfe0a785ac
	.quad 0xffffffffffffff85
	.quad 0x759c4e8254784a99
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc29
	.quad 0x99776dee383acf22
	.quad 0xffffeb582505aace
	.quad 0x0000000100000000
	.quad 0x01800000
	.quad 0x60000000
	.quad 0xff800000b5c00000, 0x7248d1fbbb240000
	.quad 0x403b7eeec290c91f, 0x810000007ff1db49
	.quad 0x52cd3280bdccd473, 0x7fdc3862c59e5a75
	.quad 0x0ef91e4fe1f67dff, 0x9e1271819ba52c19
	.quad 0x413ed0f30046504e, 0xcc58153e401934db
	.quad 0xc45e7b5c7fc90000, 0x7ff0000000000000
	.quad 0x5289701f80000000, 0x94060b73cfc80000
	.quad 0x54fffffe7f800000, 0x4239cc53ffb06062
	.quad 0x004533347ffc205a, 0xa47bd5d00381b36b
	.quad 0x7f789726b67fa1ca, 0x4ba0b37d9f439680
	.quad 0x801090821d7d0ba5, 0xc023400000000000
	.quad 0x7ff8000000000000, 0x9c792003df69ba10
	.quad 0x624b6a89d0a54baf, 0x4da49398c86bfdce
	.quad 0xbf94a2c74e7baf8f, 0x3acb61f85b7ffffe
	.quad 0xb23991e8c5fe4745, 0x3cc7db9cffa10789
	.quad 0xc3d0f970411fd914, 0xc0ffffffffffffff
	.quad 0xbdee1b22e7ffffff, 0xff8000007f800000
	.quad 0x3fbe23a040538515, 0x0000000000000000
	.quad 0xc020000000000000, 0xb7de800047000000
	.quad 0x8e1192eceeafbbff, 0xc56942891617df18
	.quad 0x412695cf1454fcf5, 0x3fa000000f9f4149
	.quad 0x7fb448917fbe931f, 0xff8000007f800000
	.quad 0x350ae5a1ff6d8010, 0x8000000000000000
	.quad 0xd3343b946493d1ef, 0xc41000003fe70000
	.quad 0x8002f5a9149737ad, 0xda0000017f800000
	.quad 0x8358c896a1ac967c, 0x7ffca8d162a6153b
	.quad 0x11ef9d0a27158000, 0x40b8000067f68b99
	.quad 0x1501a0b47cc0f7ba, 0xc1200000c0000000
	.quad 0x0008550d64940552, 0xffa60f0e41abb01f
	.quad 0x0000000000000000, 0x3ff3114099e80cbc
	.quad 0x0000000000000000, 0xffa06f2da2a03506
	.quad 0xaa59fe91d46c4806, 0x801d8bcaf46506a6
seed60:
	.quad 0x0000000000000002
	.quad 0xfffffffff60730a1
	.quad 0x000001ae489a5afd
	.quad 0x0000000000000001
	.quad 0x00b21aa6dc8a8476
	.quad 0x0000add6889a2e5f
	.quad 0x4c72c5ab57c48aa2
	.quad 0x00000000000003b6
	.quad 0x0ec786959cd7ffae
	.quad 0xfffffffffffffd12
	.quad 0x7777e38bcbbb8b31
	.quad 0xffc901f57a641979
	.quad 0x00000000000002c7
	.quad 0xfffffffffffffcef
	.quad 0xfffff2bde478f680
	.quad 0xffffffffffffffff
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0xfff8000000000000, 0xff800000c9a80000
	.quad 0x3bd88ca03faa3433, 0xc0551d07382cb2a7
	.quad 0x7f8000004f7fffff, 0x0001fca435fca5d3
	.quad 0x7fbc3fa480652109, 0xfff0000000000000
	.quad 0x4110000000000000, 0xbc7c743c6be3fd9d
	.quad 0x3fa083fbb8752164, 0x55c9321643a37bac
	.quad 0xbbe34e96ff800000, 0x3fc2f11481d3a671
	.quad 0x8ceb6831ee2fe8f0, 0x3fb62de73481c4dc
	.quad 0x39d8c002ffdf60ed, 0x332ceb0a31d204bd
	.quad 0x342e3437c707c963, 0x7fecb3b810d2aa4c
	.quad 0x400c000000000000, 0x8034980a650406e6
	.quad 0xf86570e4fdf8d6b7, 0x8100000016cc4f4c
	.quad 0x40c517ff33793b76, 0xbc112d237fc00000
	.quad 0x4be824238bdb5fb5, 0x800860e2b3c5c6a7
	.quad 0x8a9d2c679217d562, 0x7dada6e73ff34958
	.quad 0x7fbf07e0c0c00000, 0x47b356fbc0f80000
	.quad 0x407fffff7e800000, 0xdef4d78a4ac9f99d
	.quad 0x0000000000000000, 0x002fffffffffffff
	.quad 0xc10c00007f800000, 0xc1f0000000000001
	.quad 0xc10c0000815703d8, 0xbf800000f27aba27
	.quad 0xffc000003f600000, 0xaec7763deebe592f
	.quad 0x9fe2b87dbfbe7dfd, 0x8000000000000000
	.quad 0x43e0000000000000, 0x23180eff62387eb9
	.quad 0xb7ff9c4da04a5ca2, 0x37a7000041923502
	.quad 0x81bd6636d03a5d2d, 0x9cfe1799c3ac7728
	.quad 0x817fffff0b90b6a3, 0x3fe0c00000000000
	.quad 0x3fb709757f90f8cd, 0xfff69a8b1e0ca565
	.quad 0x3fc8321b57bb8c9b, 0x8a6b89917f885bed
	.quad 0x41f0000000000001, 0x7f7e738897b7f16e
	.quad 0xbaaa0000007fffff, 0x41f7a70eea0a99ec
	.quad 0x49c547b3a5017c00, 0x1a63f34947d5d67e
	.quad 0xb68dc0fa89bbbf3c, 0x831a00277fbcfbf6
seed61:
	.quad 0x48978e4ef56cdfc8
	.quad 0x000000000003540d
	.quad 0x0000000000000000
	.quad 0x000000bbd4dd6a51
	.quad 0x0000000000000346
	.quad 0xffffa61f72471611
	.quad 0x00000000000003a2
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x9936039eeca07158
	.quad 0x00000000351eeb2c
	.quad 0x0000e7512dcdaaa2
	.quad 0x0000000000094929
	.quad 0xfffffffffffff994
	.quad 0xfffffffffffffffb
	.quad 0x03400000
	.quad 0x60000000
	.quad 0xd861debadcd13006, 0xdbdf88fdbceb4c21
	.quad 0x8b33701b9efd7fd5, 0x3fc0000000000000
	.quad 0xeea6d97a6e715d9a, 0x69cddbbb89a9f400
	.quad 0x017ee0a9a3c8a702, 0xffc00000ffebdb00
	.quad 0x9106f2296fd5fef1, 0x1249bf8835e1d5e4
	.quad 0xd4de4af7696b3d5c, 0x000fc13a7c4eb7a2
	.quad 0xc879d25e4bcffc00, 0x0013812ce630a93f
	.quad 0x92a2480ffa29bf00, 0x245916eea9f07cde
	.quad 0xfeb62c8dffef2265, 0xc00b000000000000
	.quad 0x810000004046dea6, 0xaebdbc44f3257800
	.quad 0x7d9980a0b7cda957, 0x7ff0000000000000
	.quad 0x9c354c707fc00000, 0x401b1b94c174e6d9
	.quad 0xc0a0000080000000, 0x7500221ab369cbb3
	.quad 0x99ed67dd6110fe47, 0x61680f2dd3de7d43
	.quad 0x20ede04000000000, 0x13b94eab49480000
	.quad 0x4340000000000000, 0x8bbcd5d8e5fd7956
	.quad 0xc0e96fdfbe8ed186, 0xe862a40e7c5a3c19
	.quad 0x40e0000012782ad4, 0x05353998342fc780
	.quad 0x7fac9176481d12c8, 0x43c000007fcc5636
	.quad 0x01c8ac2152254f27, 0x1242182800000000
	.quad 0x761b3c24201d05cd, 0xb199452d3c852d87
	.quad 0xc05de495397676db, 0xfff8000000000000
	.quad 0x5dfa871a93355677, 0x4064fb665349a211
	.quad 0x0a4d207e00000000, 0x4019000000000000
	.quad 0x7fc00000b8b00000, 0x400fffffffffffff
	.quad 0xf69abdde608edb78, 0x7fdfffffffffffff
	.quad 0x1387a5ab3fe00000, 0xff80000091ffbb16
	.quad 0x2af3101d1804c500, 0x8000000000000000
	.quad 0x36e903fb6c940000, 0xc2200000ff000000
	.quad 0x9da95478fc3ada05, 0x8000000000000000
	.quad 0x3f200000807fffff, 0xc142eb1980000000
	.quad 0x8045e9c6027a7e16, 0x57f35ad97fd5bfd7
seed62:
	.quad 0x9f7aeb58052581f3
	.quad 0xfffffffffffffc26
	.quad 0x718546b3800d4c21
	.quad 0x00000000000f2bca
	.quad 0x00000000000002d5
	.quad 0xfaca719cc19ac693
	.quad 0x7fffffffffffffff
	.quad 0xb9b17afd2a7632b8
	.quad 0x0000000000000000
	.quad 0x0000000000000303
	.quad 0xe8bbfb2d2a7a6bb4
	.quad 0x000000000000005e
	.quad 0x00000000ffffffff
	.quad 0x413b34fd2daf40af
	.quad 0x00000596b1f8f0ca
	.quad 0x0000000001c02e72
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x7ff2397e7c36728a, 0x800b520038753214
	.quad 0x7ff9d9a741800000, 0x4f55d48580897b3c
	.quad 0x80800000a6b284f2, 0x3d8000007f800000
	.quad 0xe249caadbffdcfff, 0x7c3f99de7f800000
	.quad 0xb7e8000041140000, 0x7dccb01a8bf9f623
	.quad 0x814aec8180a070fa, 0xbd1ead66ffbed7c1
	.quad 0x41229644ffcb000a, 0xeaffde49702c9659
	.quad 0xc8a7716ddff757ff, 0x0000000000000000
	.quad 0x82da2228fffae959, 0x016a1598ff800000
	.quad 0x0000000000000000, 0xf0bb2ba3f9fffb7e
	.quad 0xfff6550d3136c44e, 0xc0597e27408b2739
	.quad 0xba366c2bfbff8000, 0x8000000000000000
	.quad 0xc228d7e6f2afb80c, 0x1138c9bff4bfc280
	.quad 0x88c7f88eff83bf23, 0xc043fd124fe18a05
	.quad 0x7fb45fd975bbfdb6, 0x76b3d65993178000
	.quad 0x0000000000000000, 0xc0d000003fbb8d55
	.quad 0x7fd0000000000000, 0xc3abc32677f09a82
	.quad 0x6888d966ffffffff, 0x74ba6128ff94f894
	.quad 0xa6a970504f170400, 0xc068ca8dc27f813b
	.quad 0x837ffefbf3740800, 0x7ff0000000000000
	.quad 0x3eb960550000e785, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x000000009606bda8
	.quad 0x93681ebc9d620250, 0xc16ec44f6fffffff
	.quad 0x4fc05477ff33a2cf, 0x71fa1e473de33b08
	.quad 0x846d850ceb597c00, 0xdb644c71fdb1d84b
	.quad 0x39a00000817fffff, 0xfff4b045e926181a
	.quad 0x3fe0000000000000, 0x8000000000000000
	.quad 0xe19c8b4f6cfb871a, 0xfff8000000000000
	.quad 0xc03b88282084b586, 0xc108000000000000
	.quad 0xf83e4832a6454964, 0x401cfb5e5427bbcb
	.quad 0x807fffff7f96e93e, 0xda7ffffebec1ad75
	.quad 0xffdfffffffffffff, 0xc020800000000000
seed63:
	.quad 0x000000000000014c
	.quad 0xfffffffffffffc18
	.quad 0x00000000ffffffff
	.quad 0x00ed0bee1fcd955f
	.quad 0xc0b3436e85aff900
	.quad 0x00000000000001e2
	.quad 0xfffffffffffffe11
	.quad 0x00000000000000bc
	.quad 0x6edd69847dc04552
	.quad 0x46fc9b4eea3da002
	.quad 0xffffffffffffffff
	.quad 0xe3f56eada868f92f
	.quad 0xd375dad1c0c8dc74
	.quad 0xea31e6e006f80df7
	.quad 0xffffffffffffff25
	.quad 0x0020000000000001
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xbfd0000000000000, 0xb6e093cbe4374b9f
	.quad 0xbf73f584a39dbf21, 0x7b260a5da69b5bf7
	.quad 0xf7386498cfd084b9, 0x01484528c29e5ea2
	.quad 0x40489c33c2972f27, 0xffc174165a000000
	.quad 0x4630000041220000, 0x8ef338117a6f0d7a
	.quad 0x0000000000000000, 0xecc44f79cb02533e
	.quad 0x3dd70000cf800000, 0x7fc000006ac09b13
	.quad 0x3f8f7a4f251ea97b, 0xfff8000000000000
	.quad 0xfff0000000000000, 0x0b3f3f5f66cf8000
	.quad 0x3fee9e98bfaa9139, 0x7f800000c7fffffe
	.quad 0x82b2f2a81dbf7185, 0x7f800000bb9601d3
	.quad 0x40a8000012474d51, 0xffb56e4f2a5d7c32
	.quad 0x017fffffffbaaeac, 0x7c01240b8dd48588
	.quad 0x3ffa0978e954c292, 0xbeb0500000000000
	.quad 0xc001000000000000, 0x3dcb152f4e6efc00
	.quad 0x6e560960ffcc240e, 0xbfe8000000000000
	.quad 0x7ff9fc7908b353c5, 0xff21139100000000
	.quad 0x1f8a00e7fffa709d, 0x7f800000c3400000
	.quad 0x000000003d5cf52f, 0x0000000000000000
	.quad 0xbf71f1061329d3bc, 0xd793bd3de0b45a11
	.quad 0x80e6c080b0e1a0e5, 0xb9ee388a8f0f30e4
	.quad 0xf248337dbaa8b21a, 0x149fea32c144ee4e
	.quad 0xda000001c1040000, 0x41b1735901339a82
	.quad 0xc70000013d062784, 0x853342942bb651e6
	.quad 0x9a5f8d2bfd77f3f0, 0xff00000018f70390
	.quad 0x2f3221747c487c00, 0x7f58800fbea944e4
	.quad 0x7ff0000000000000, 0x3fd61c20a7f826c1
	.quad 0x8000000000000000, 0x409800007fffe8e4
	.quad 0x3ed8000000000000, 0x000ad35b22d8d31a
	.quad 0xc361056300000000, 0x719ea2adfdf7ffec
	.quad 0x8023472fffbddfd7, 0x0076c14dbc792a4a
	.quad 0x727978e3c4000000, 0xc0c83c867f800000
