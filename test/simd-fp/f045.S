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
	.inst 0x9e230030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274131
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
	.inst 0x5eeefe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f48fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c3995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2900e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e333997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1d9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef5d55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb9c67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2fd5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f50e59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2300de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e71789f
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
	.inst 0x1e65c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f8a10b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e845b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e728814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6ab535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e300006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3801e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c15a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e36195b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f342a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0cb7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e648513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c03f
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
	.inst 0x9e380160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e03a112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e438473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e775015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e337016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e6168d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e34f438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e330959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f25e53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e198c0c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e59636d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d08de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22003f
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
	.inst 0x2ea1f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61d811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e322893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e310024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6318b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee3ee58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e255979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e28e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f04859b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fce5b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f2457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62435e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2641df
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
	.inst 0x2e23fdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc39032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2ff4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2608b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4609b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2542b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3689fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61b99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e23e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2189dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e60c57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31559b
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
	.inst 0x5fcf5130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eeec611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6efe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61b9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e20e515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a2997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e37cc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6019bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f26a49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63293f
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
	.inst 0x7fac9990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f875171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70d952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6efc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e607894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b3a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0e836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1b957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7801a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1a99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e70012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1995c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f28299d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e31012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7f101f
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
	.inst 0x1e22c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4c2471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f8618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2908b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2629b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e309df5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2bd616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e710047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c0f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e664119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e72c5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4640bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3248fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3100af
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
	.inst 0x7e70f830
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
	.inst 0x4fd01232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2adcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e248c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7101a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e74c636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e72f017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60f5ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03f1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1a9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b295d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1db3f
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
	.inst 0x5fae58f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e290161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e266526
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d2973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd01195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e7896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2c1817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3621b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42bdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5faf9a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee2f63b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7900ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e189ced
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
	.inst 0x1f52a8bf
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
	.inst 0x6eb0c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f26a451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1d9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd09253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e18a904
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcf9175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d0976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e683997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a39f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2169d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2198da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f67e51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b2a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0fb3f
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
	.inst 0x1e630110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e390041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0eafce13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2e2e15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e332080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6820c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f86981a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fa9997b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c37c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6300bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2722e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6ea4b5
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
	.inst 0x1e6241d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f36fcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2400a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e683836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e3a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2568da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e253579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eb3ccbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3bd01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20595f
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
	.inst 0x1e22c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f701cf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f5084f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc351f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e68fcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70f9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3901e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f23fd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d399c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6cb01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2bac9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f97f
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
	.inst 0x1e254190
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
	.inst 0x1e61c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f19b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2200d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f41c435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03e856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef0cab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c0858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f589c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b799a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2522a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30fa5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6741fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e39cf1f
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
	.inst 0x9e42e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f701592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f701593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e618a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f40a5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0108b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e246562
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6406e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f23bf7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2cd62c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e67fc5f
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
	.inst 0x2ea1b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee4fc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee4ce75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f5de696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61b9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e797019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20195a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f42a19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e65018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e22ef1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1a83f
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
	.inst 0x0ea0c930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8d5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e703012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef1c5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e25ecd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1aab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e761018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e4299b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20024a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1d9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e31699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f76fc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0e8bf
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
	.inst 0x6e21b910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e680931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e210222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eadc513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e6178b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e623a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e622220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f225dd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2300b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e38f6ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6faa981b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f412d9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25c33e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1b97f
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
	.inst 0x4e2179f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e310181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f290152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61c913
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
	.inst 0x6ee0d9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e43cc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6200b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee19a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e27fcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6fb45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e24fd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2da8ff
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
	.inst 0x1e03f1f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e618a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2301b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1b813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f264295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e189ce6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d0cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f68c5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e264472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e61685b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6189fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e30014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2319df
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
	.inst 0x4ee1a910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f078911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e6ee4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27f41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f30e616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e616837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fd25898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2f3139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2429da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e195dcb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb6e5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39038d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d39de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7349ff
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
	.inst 0x0e2ee530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f70be11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa95a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0da13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e732995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e219876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58dc67
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6301d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70f939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7ef01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6441db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f56e43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e363a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30185e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e622090
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
	.inst 0x1e6848b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e653851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc518f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4339d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5eaffc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e63fe56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2140d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f013cd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f380139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23013a
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
	.inst 0x1e7901ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2125d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f27e5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62019f
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
	.inst 0x1e2984d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f24e5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f039c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21e573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e33d014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b19b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcb91f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e64dd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e364998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f52e5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f70359a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e34501b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0fafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5eeafd5e
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
	.inst 0x1e6b89b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea18851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7038d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2168d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6ed4ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e3557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1c4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef6ed78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0cafa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42e47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e2becbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61785e
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
	.inst 0x1e65c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e200001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3014bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c1a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e666a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e302180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03f136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21b838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f795a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef8ed1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7901ef
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
	.inst 0x6ee2ed30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22dcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eaded96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2f8877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f5be5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2fb59159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea8d5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e68d5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61d8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e251b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b7d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e68e43f
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
	.inst 0x4fac1870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e62cd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e320893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b6475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2eabee17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4ddcb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c09b9
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
	.inst 0x2ea0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b689c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70da7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60289e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18fd4f
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
	.inst 0x4ea0e9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6cb5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e617954
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
	.inst 0x1e244056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e797018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f499979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f44bcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc091bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e6ae4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21d8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2e213f
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
	.inst 0x0f20e410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6ff5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e60e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e270894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e210185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd51256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3089d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0d9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea1b979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1d8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21b95c
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
	.inst 0x1e67493e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e617b9f
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
	.inst 0x4ee189f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e028d11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e292832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e635013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7100a5
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
	.inst 0x9e380107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3902a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee1d8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee2ecfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6578dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a289d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f68841e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c0ff
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
	.inst 0x1f63a0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f20e4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2c95b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f35e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e71e656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61b817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e68c498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0fa9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1f93d
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
	.inst 0x9e23013f
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
	.inst 0x6e6fd5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f64e5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1aa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e0314f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f3108d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e210007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e300028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f4be659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21791a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e672120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3900ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62409f
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
	.inst 0x1e2bd5e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f40c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e600243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6139f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f263095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2cdc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e25c297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b59d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b1af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f8011da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f47e19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea9cebc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2438dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e31dc5f
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
	.inst 0x1f4fa8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f7011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6df57f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e780124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f24a615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e29dd16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21a817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c0998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f5efc1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70fafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4e889c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30191e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6887bf
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
	.inst 0x1e6000c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2640f1
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
	.inst 0x6eb0f9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d2230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eade515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e343936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f040477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e713938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e66fcf9
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
	.inst 0x1e2540fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e3ad59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2fe51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24401e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e342340
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
	.inst 0x2e2ad430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7bd011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc65212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef1ec33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f42fd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f2be4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f78fc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef4ee58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f58feda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c09b
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
	.inst 0x1e79008d
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
	.inst 0x6ef4d4ff
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
	.inst 0x7eaed530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7801a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e216a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f633533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e596105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f674e96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea3fe77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e71de78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e28248b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f36fe7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fce91db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0fd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e391a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3829fe
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
	.inst 0x4ee1b9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f453c11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0f853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e211815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f07b157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3902c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f038ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2fb7991b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f67e4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4dd1fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e243c3f
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
	.inst 0x6e21a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e6dd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e211894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6108f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e686876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e232210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30f8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea1da3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e43f5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24c11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e38018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ef8cc1f
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
	.inst 0x9e3901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea3d4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a7451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee19a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f651096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee5e4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c2d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f2de559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f02e0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a4454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30cb5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eb3c49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1a8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee0d81f
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
	.inst 0x1f0b19b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eaad611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3149b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d29f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2fd015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f931056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f64c437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1b8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0d979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1a9fa
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
	.inst 0x9e6801ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30ca3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21cc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fa0529f
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
	.inst 0x4ea1b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e290081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e3a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e25f633
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
	.inst 0x1e2d2875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1a856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6201f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e36eed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d19da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e5916ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27185c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23791d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c3afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21785f
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
	.inst 0x6ee2c430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f103e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2541b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e213835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f61ac76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0ca77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e280028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e692df9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2329fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2201bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea3d55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e232190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7c09ff
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
	.inst 0x0ea0f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eafd512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23752c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61c894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e30de75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2fd018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f4bfdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f09bcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e31006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e428c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21885d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2958fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2301df
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
	.inst 0x1e6359f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e8a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e654052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f8d9a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eecd574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61dcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e24dd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4d1c97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3158f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc818f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61685b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63f711
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee18b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7759fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f3ae43f
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
	.inst 0x1e2e08d0
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
	.inst 0x9e610002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0faa9093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7020a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0e897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e19d148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c3979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f22aada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f46f1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f65901e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eecef7f
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
	.inst 0x1e77b010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1b891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e21c872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea9e553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3901c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e745915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f36fe56
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
	.inst 0x4e67d518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f65d139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58a80a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea8e51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d09dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2740fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eeffd5f
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
	.inst 0x1f67b5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e436111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0faf98d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f79fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e322876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea0f837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eaad458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f582899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22085a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6174d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e36c66f
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
	.inst 0x1e79026f
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
	.inst 0x5e61b8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea3c5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e214052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21b9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d3914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eeeed15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61c9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c84b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e736a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6419ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e38ff1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e20008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f20d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc79a1f
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
	.inst 0x1e651c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f7afd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6540d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b29d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0eb0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f64fe57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eedd4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc4193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61e6bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61985c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21885d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6478de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e0319df
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
	.inst 0x6e20edd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f2ee471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61b8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcd1a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e643934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e68dc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61b877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c118
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
	.inst 0x7e30ca5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e622a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eeed43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f39b5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61bbbf
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
	.inst 0x4e6cfd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6199b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f911932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4dad13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6168b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e240125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e72dd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b1998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e34c5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35485a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f223c9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eb7d53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3002ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4efdc51f
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
	.inst 0x1e661890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25e453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e303972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6029d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e2189d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e747856
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
	.inst 0x1e230098
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
	.inst 0x7ee1b85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4dc8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f48e5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25417f
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
	.inst 0x5e61c830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e62362a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f5afd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea1b954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f511175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eacd437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6102e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2441d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee1d95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20597b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e38034c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f37a51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6301de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21d9ff
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
	.inst 0x0ea18810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e319e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e30f5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eafecd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e29e46b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67755d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30f937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e250128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0ca99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6300fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64433c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e70012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e099e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f718dff
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
	.inst 0x1e222140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6300d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2779d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6ad653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e652db4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a3815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e200007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e380049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65793a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fca507b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f50e69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0fb1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e21028e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f28f19f
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
	.inst 0x2ea1b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d88b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e65dc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e632c13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f3181b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eedf435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2fc657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fc892f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e625ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24cd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e348a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fd2519f
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
	.inst 0x4e27dc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c8f1
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
	.inst 0x6ea1b933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e726834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6901c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2689f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fb61097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c3858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea9f6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f005f7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e63fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef3d4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38000f
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
	.inst 0x1e377010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f701951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e313912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee7d473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea6d554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e427db5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f121e56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f29f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e670ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f243c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c2fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e298a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1fa1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e232a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2bd487
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f08b31f
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
	.inst 0x9e620030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e262a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f3ee433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e220074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e622290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e616936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e333a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb5c598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e287959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2bbb3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29289b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24785c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7900ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f2be61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30c91f
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
	.inst 0x6eb0c930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e630111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea8cd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d59f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21b936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e6de577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c1a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f001cf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee18b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6bccfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21799c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f42fcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2078df
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
	.inst 0x0e2fe410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e24e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e217893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e2ac454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c8936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea18a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee5fed9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e33d47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f485c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e244abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e28e41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6241be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a101f
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
	.quad 0x007476f8a5c36121
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe84
	.quad 0xfffffffffffffea7
	.quad 0xda859486a74074e1
	.quad 0x00000000000000db
	.quad 0xfffffffffffffeb6
	.quad 0xffffffffffffffff
	.quad 0x93631fc9aca5de07
	.quad 0xfffffffffffffe60
	.quad 0x0425b8dcff017bce
	.quad 0x00000000000001e6
	.quad 0xffff807b5e0e9309
	.quad 0x1f7e31f524ea0c5f
	.quad 0x01885061c4a4f729
	.quad 0x1c12196a4246d2e9
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xffdacd3bff800000, 0x29bfe4415f800001
	.quad 0xbfc5b593178845a8, 0x3c7987a8df468200
	.quad 0x19a448e9cbf5ff7c, 0xfff0c79b0ce514d9
	.quad 0xbb91da833b8afd45, 0x3f54a2a1befb8728
	.quad 0x8d9058a3bc9a4dd7, 0xbffffffffffffffe
	.quad 0x2b8d6053e777fedf, 0x3ff78bc6eebc6e21
	.quad 0x00000000ffe70aef, 0xcf7fffff7f800000
	.quad 0x41203c6f8211c480, 0x8005730aa247b41c
	.quad 0x06c7f6823fff5843, 0xb97d72f54c08fccd
	.quad 0x0fbacdb7b5167c00, 0x0000000000000000
	.quad 0x40641439f5598992, 0xc0aa9cbe42850e77
	.quad 0x02bec6e18058f587, 0xc277091adf000001
	.quad 0x86ab6d327f5f3fc1, 0x40716f12ea996b2c
	.quad 0x5ccb6f7effff35ff, 0x756d6d75ff6efef7
	.quad 0x001063fa7872b8ec, 0x0b5f575b64b2db6a
	.quad 0xffecd1dc81943ebc, 0x12cf8cf363184500
	.quad 0x13aaaae73bfd5a15, 0x1797db85365a4080
	.quad 0x3c624a05ffffefc8, 0xc72172ed9b6f6b3d
	.quad 0xfff16748ae8b7a95, 0x4ffffffe7fc00000
	.quad 0x3f8cc00000000000, 0x83f1b34e80800000
	.quad 0xff7fffff0edffa13, 0x710e3f198a20f614
	.quad 0x1fd7db90419c5b8f, 0xbbabf3d25f777ccb
	.quad 0x7fc9480000400000, 0xbfa0a414a8cc0552
	.quad 0xfffc4e2f85892826, 0x41e0000000000001
	.quad 0xff12d8c705e010ff, 0x2b8649d8c1fdfd37
	.quad 0xfff45156500d4c3d, 0xc0b0000000000001
	.quad 0x3fcbe9f49d4f0766, 0x00060806e82d890c
	.quad 0x7bdf077c779fffe7, 0xa799a81970ce94ed
	.quad 0x9bef98a77fb8ae67, 0x83688050357d1c23
	.quad 0x7ff0000000000000, 0x725a3ec8fe19fb6b
	.quad 0xfff8000000000000, 0x3c1b4370fff92b4e
	.quad 0xff8000008041c838, 0xc4b95732eb5ae3fe
seed1:
	.quad 0xffffffffffffff5c
	.quad 0x0000000000000000
	.quad 0x0004019ae89344cc
	.quad 0x000dc7f8f7e1cb20
	.quad 0xfffffffffffff7d2
	.quad 0x00000000000000a5
	.quad 0x649eb816a7decc77
	.quad 0x8ec03a907f05a425
	.quad 0xd8889fdf637ee11e
	.quad 0x8ecafba76f851230
	.quad 0x8bbbc8ea456daf59
	.quad 0x000000000000029e
	.quad 0x006d62bc49596b21
	.quad 0xffff46d83cdaa388
	.quad 0x00000000000000df
	.quad 0x0000000000003524
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x7e0b2dd399d18b23, 0xfff255e2d6dded07
	.quad 0x10c6dd2dc3e8c88d, 0x3f882b463bbaff12
	.quad 0x405e7e9c3ec00000, 0xe67d7360758b77ff
	.quad 0x1702e9a1c7fffffe, 0x873f4f96d96e7f75
	.quad 0xff80000041389162, 0x80043d0d90d18e51
	.quad 0x7c1f27e0ef7187f3, 0x480000007f9fe7b2
	.quad 0xb9200000f2725bcb, 0x4aea2b0d809d4f00
	.quad 0x9636f5a63cc33410, 0x001fffffffffffff
	.quad 0xef71521e26fe49f0, 0xb1ef0f29ffede780
	.quad 0x42a9309d7730f5f5, 0xee2096dcceffb9ea
	.quad 0x3fb924c954168336, 0x5f74e878f96f2482
	.quad 0x3bed4157ffe8fbbf, 0xc075ce69063ff9d8
	.quad 0x6e497c7d939afc00, 0x6b7774c0bd800000
	.quad 0xa8b9094a20d1c219, 0xbe77629a005dfe02
	.quad 0x7f2e0df3736aecfa, 0x7fe0000000000000
	.quad 0x4023800000000000, 0xfff08e0747dd9fe4
	.quad 0x800e0aa3be2e62a7, 0x99f03c16ff94af4f
	.quad 0x8df8905e39e3d8d1, 0x79e6156fffaffcef
	.quad 0xc042196e1f7e2f4e, 0x4000000000000000
	.quad 0xbffffffffffffffe, 0x808000007f800000
	.quad 0x4034c0057bd9686b, 0x7fd0000000000000
	.quad 0x004cebbe40600000, 0xfff0000000000000
	.quad 0x4d13626243df9cb1, 0x3e706ee0d47ca092
	.quad 0x3e0d345143300000, 0xc1f6d43cff800000
	.quad 0x000d580c031794c1, 0xa20af8570c7333bc
	.quad 0xb23590321886b8cd, 0xa49207d77e6f7f9f
	.quad 0x40a2eafc0dc87bff, 0x802fffffffffffff
	.quad 0x43439064b82eb67b, 0x7ff0000000000000
	.quad 0xb719c727ffed2dcb, 0x8010000000000000
	.quad 0xff846ccfc0e40000, 0x157ed7b0ff97e78b
	.quad 0x7767739a1f987308, 0x16231c9972bdab96
	.quad 0xffdfffffffffffff, 0x824719404c3d327e
seed2:
	.quad 0x0000000001000001
	.quad 0x00000164e099e402
	.quad 0xe00127b313ff3b2e
	.quad 0xd7db6c9c173029c0
	.quad 0xffffffffffff4d05
	.quad 0x803af4db0a60a538
	.quad 0xfffffffffffffc74
	.quad 0xfffffffffffd9fa3
	.quad 0x6962eb3950d8d6d5
	.quad 0xfffffff9d1473f1e
	.quad 0x0000000000000001
	.quad 0x19464eab0c14ab37
	.quad 0x000000000000017f
	.quad 0x7f3a8a8641ab7ba1
	.quad 0x960d7c3004217985
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x000f585af925ebb1, 0x8000000000000000
	.quad 0xff8000007fc00000, 0x3e09ec3cd4e9d91e
	.quad 0x00000000bc20484a, 0x3f68000000000000
	.quad 0x2f790cbcd2feafdd, 0x7a190e4dffb46ffb
	.quad 0x6b31dbdef117e0b6, 0xdb104959dfac7e00
	.quad 0x16c1c5d3401ab414, 0xc9e000007effffff
	.quad 0x7f800000b6cda862, 0xc4e4b421ffdedfbf
	.quad 0x5b00e195508dfd48, 0x00400000bc8555ce
	.quad 0x11f75057eefc090a, 0x71c3c9c722558000
	.quad 0xbf7f4d2602a7d214, 0xffd0000000000000
	.quad 0x0040000077fbbe17, 0xecfa445ed542ff3b
	.quad 0x7fefffffffffffff, 0x4012000000000000
	.quad 0x7fe08449f2418c0c, 0x7fd0dbad5a7fffff
	.quad 0xff98920f7f8d9a08, 0x217e89c0d3537fb7
	.quad 0x00090df32ea916d1, 0x00a89e64858208fa
	.quad 0x5888f8b3775f8008, 0xfe9b5693ffb0b270
	.quad 0x8198858cb5b8f4a0, 0xfff0000000000000
	.quad 0x466ce81cc07dfc00, 0x8015a548ecd916c3
	.quad 0xee54a6a4ff800000, 0x8000000000000000
	.quad 0xd2cc1be0c9bf7e00, 0xc1080000812ad8ab
	.quad 0x430c0d8b3cc5c9f3, 0x001526c910dfe7d7
	.quad 0x109129020b823c9d, 0x57f94b112d9ecc87
	.quad 0x3cfbe7227fa5a0d5, 0x0000000000000000
	.quad 0x41800000cfbdc7d7, 0xc1bf332d72025e4a
	.quad 0xcbae76f6553e86da, 0xa1c1a8117643f786
	.quad 0xff800000ffc00000, 0x7ff56b35ce61fc38
	.quad 0x834e62f7a5fc6ebc, 0xddd37da29a828000
	.quad 0x8000000000000000, 0x800ec0d555c74354
	.quad 0xc074000000000000, 0x7fdd39a6adaf805b
	.quad 0xc2ac5c377f9f3141, 0x50aab87bbce3c3ff
	.quad 0x79549f607bffdbfe, 0x6d69cf0d85ab7d07
	.quad 0x3fd0000000000000, 0x411ee00000000000
seed3:
	.quad 0x38853a085c865256
	.quad 0x0000000080000000
	.quad 0x2f880956796fe3b4
	.quad 0x3a20d5c4ef0eb018
	.quad 0xf6c748304c312847
	.quad 0x5c030f629d0c2174
	.quad 0xeb9c0004acb34b05
	.quad 0xa5459bec482b9319
	.quad 0x52d885a58b5f7e23
	.quad 0xefa1d9ec1e68f5b5
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffef8
	.quad 0xffffffff80000000
	.quad 0xffffde0c609a5d6f
	.quad 0x00000000000000d6
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x24117341d2753268, 0x62d8f7bb2886018f
	.quad 0x400ffffffffffffe, 0x171097259c9982b0
	.quad 0x7fe0aee692ee2bb3, 0x3c2cb3a200400000
	.quad 0x7fdfffffffffffff, 0x205e8aedfefbb860
	.quad 0x3fcc356c38b2385e, 0xff6a8611802f524b
	.quad 0xa14b8b9affe30000, 0xbf6a000000000000
	.quad 0x2f814ea6846ed6a0, 0xd42374332dc7fe00
	.quad 0x7ff0000000000000, 0x9f14837004434670
	.quad 0xff9fa4624f619659, 0x802f330190c98758
	.quad 0xf9c9ea54d7da956a, 0x7f8000004379c1fd
	.quad 0xbfcf78c70f168092, 0x0fe81fa9ec6220e9
	.quad 0x04791b32000a49cb, 0xff80000000ffffff
	.quad 0xf044e5ecfdd09cdf, 0x005fece462b22b8a
	.quad 0x7fd661a1d87ea788, 0x7ff0000000000000
	.quad 0xc00c000000000000, 0xc2621a9c30bf08c4
	.quad 0x3bc0000080000000, 0xfff113c94bdc6cd6
	.quad 0xbfa9daf6e4cfbe85, 0xffc000006bf12b59
	.quad 0x1b9e1b50002668e5, 0x12234ecdfffd5b8f
	.quad 0x7ff8000000000000, 0xf6aed7e037250000
	.quad 0x631cb1e872c1f8d6, 0x03bb40667e92794c
	.quad 0x36e300009851b754, 0x0007fcce287a73d6
	.quad 0xf744222114bd6dc2, 0x9350339fd5f53ffd
	.quad 0xbfd34adbf14e9e8e, 0x5f133a1ea782e0fd
	.quad 0xb3cfc12cf59bf759, 0x7c49b461a6900000
	.quad 0x74e986f8ffb18514, 0x800fffffffffffff
	.quad 0x4006000000000000, 0x2f7c95fa3f1a8000
	.quad 0x7ff8000000000000, 0xadd9c0b1cf56fb2d
	.quad 0xfff0000000000000, 0x2ef665aedd3f73d9
	.quad 0x7e80000080000000, 0xd6413824d1b72178
	.quad 0x423b317975e05f5f, 0xb4019b8d3ac941b1
	.quad 0x37d4ba6c47000001, 0xfb2db6d6804f48cc
	.quad 0x943e2a47bf5aa6bf, 0x403e3d4f61118617
seed4:
	.quad 0x0d3b573701d92189
	.quad 0x1f6b533879bfdc3b
	.quad 0x0002ed649eb95370
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x79b119df27139921
	.quad 0x2de7c1f1cb04e18c
	.quad 0x00000035373f9471
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xff94f30160e87b8c
	.quad 0xffffffffffff383c
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd8b
	.quad 0x0a0568c6f929ad6e
	.quad 0x35d270fb5dc753b4
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x46d7b681fcf66500, 0xbf0987efc3e10000
	.quad 0x80a47fa59547cd5e, 0xc37d0192ff82563d
	.quad 0xfef1d95a47c6559b, 0xabd46b57a38382ac
	.quad 0x800000017f800000, 0xfe8f329acc33ca86
	.quad 0x2b536b3a5b7973f7, 0xfff0000000000000
	.quad 0xffc00000ef991d04, 0x8000000000000000
	.quad 0x00000000bda9d1c8, 0x7feb26c6bfe44ddc
	.quad 0xaf013c5b67a92704, 0xc0d2f1ea80486aed
	.quad 0x404a34ba9c22c6b4, 0xc0b00000ffe85d03
	.quad 0x3fc810a9d1eeb28a, 0xf53c6e610191744b
	.quad 0x7a48ef967f932dd0, 0xd27a401cbabbf531
	.quad 0x8ba73387c27efee0, 0x604ca02d8bff7f7a
	.quad 0x80241513a42cc272, 0xfff0000000000000
	.quad 0xf461ab7586691e2f, 0x5dca533401bd4b20
	.quad 0xbef0000000000000, 0xc7c530fdf92cfc68
	.quad 0x01867288b6ffffff, 0x83bda2b3163a9751
	.quad 0xbf85909a2bf5079a, 0x0f99371cded1fee5
	.quad 0xdf24d2157f800000, 0xf595e61600000000
	.quad 0xc4e1fb8dcae6fe35, 0xc24d7b85ffa57a0c
	.quad 0x5a84ba083864c5dd, 0x000000007faf51a7
	.quad 0x7ff8abd43146b9d2, 0x7f8ad7cdfd152158
	.quad 0xbf842cfed9800001, 0x273ea4455f3ef1b1
	.quad 0xfff8000000000000, 0x0000000000000000
	.quad 0xfe7a3eb9d10a9cb3, 0xffd6b7729526405d
	.quad 0x7ff0000000000000, 0xff5f216283228206
	.quad 0xc0500000ff97d404, 0x11eccee4dffffffe
	.quad 0x8000000000000000, 0xff856cabdf000000
	.quad 0x3f75ad102b5ffc3d, 0xfff2b00e7cd8be73
	.quad 0x43e377c16bd4dae9, 0xf3f38718fff9a65c
	.quad 0x93812d92bf3ebfb9, 0xffba11c23d593c99
	.quad 0x373b205bff9bdccb, 0x7f38f89460cc771f
	.quad 0x0008000000000000, 0xbfcc3de07f89170f
seed5:
	.quad 0x37a5ad976dee1a7b
	.quad 0x0000000000000383
	.quad 0x0000000000000001
	.quad 0xffffceac5cedda18
	.quad 0xfffffffffffffd6d
	.quad 0xfffffffffffffe34
	.quad 0xfffffffe75220943
	.quad 0x55fdd2f15898d040
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000035
	.quad 0xfffffffffffffffc
	.quad 0xfffffffffffffd30
	.quad 0xffffffffffff7152
	.quad 0x0000005b62994be2
	.quad 0x1c6ae7e458b0257f
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xc0550d02da0dd98b, 0x4340000000000000
	.quad 0x8050f03d7fa622ea, 0xfa9dd11affaf7bff
	.quad 0xc100000019c46e73, 0x6512d43a691ffadf
	.quad 0x808000007fb55d3f, 0x404e600000000000
	.quad 0x7ec9b344b8df4394, 0xde1d1a72be9f3321
	.quad 0xc11b246fffbb572b, 0xbda92e00f52c93d6
	.quad 0x4014000000000000, 0x8f953daf4e301ac0
	.quad 0x7fc6db8400000000, 0x8000000000000000
	.quad 0x3fe9e34708854e0d, 0x7823326f579e673f
	.quad 0xe587dcc5b8be0000, 0x76ca32ad606cbc39
	.quad 0x3fd8fa92b9b10c1e, 0x3fffffffbe977cd6
	.quad 0x7fda225a00000000, 0x3272d978a57def3f
	.quad 0xc710000047fffffe, 0xfbc5011ffd508fdb
	.quad 0x6ab9f602407f8000, 0x3f5525b381000000
	.quad 0xcdfd2afde6c37e00, 0x45b4f62315815c9e
	.quad 0xbcefb27342278b1a, 0xe350d2e6fd3fffe1
	.quad 0x4387677d80ffffff, 0x800fffffffffffff
	.quad 0xebd5390075a6634e, 0xd1d642ad28c6dd1a
	.quad 0xd8a6fc561f62791b, 0x0ee094b3c5e90001
	.quad 0x22e6772168d27af3, 0xf03f1e2bb7780000
	.quad 0x66e87e88d465a29d, 0xbf97a0c6fc535dd2
	.quad 0x7f800000806f95ab, 0x45556dab522b25a9
	.quad 0xff800000ff82f2b0, 0x509e79e314b6ca2e
	.quad 0x7ad8d691ffbefdc6, 0x7ff8000000000000
	.quad 0x115c231d95bd0bff, 0x4134000000000000
	.quad 0xea68d35fafa6fe00, 0xd019c3f44c017fab
	.quad 0x7fde314dd983c39a, 0x8000000041714dc4
	.quad 0xd4113539bf9e9ffd, 0x00000000006fcd41
	.quad 0x80000000ff3417a1, 0x40880000f5225def
	.quad 0xc024000000000000, 0x1c541afc7fc2f8dd
	.quad 0xb223175200800000, 0x7ff8000000000000
	.quad 0xbf72000000000000, 0xc2a22ac349510000
seed6:
	.quad 0xffffffffffffff73
	.quad 0xfffffffffffffeb5
	.quad 0x7612bc6a2d147ad3
	.quad 0xfffffffefc595eff
	.quad 0x9cc71130a5f97f9f
	.quad 0xa19e3195368203b3
	.quad 0xfffffffffffffe17
	.quad 0xf8848e9e6c2ef9a1
	.quad 0xf03bc1d9bb5127c1
	.quad 0xffffffe77d164e26
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x000000003ea64119
	.quad 0xc330341555cf5e26
	.quad 0xfffffffffffffc20
	.quad 0xf1b758a370b07151
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x40aa000000000000, 0x80000000c9640000
	.quad 0x7ff8000000000000, 0xe47b9e811c18febe
	.quad 0xcf03279dbff7784f, 0x8074aba7716d49da
	.quad 0x4094000000000000, 0xbcf2f63a7fe96651
	.quad 0x07f513827eb9766d, 0xcdd2c750307c47c0
	.quad 0xd3ace8950ff4de98, 0x7736ec6cc8cceba2
	.quad 0x7ffc7e6fd6534a5c, 0xff17c6ea60561f53
	.quad 0xc29b02133fbe61f7, 0x5014b7887f93dc22
	.quad 0xff800000ffb349dc, 0x288594a43bad8367
	.quad 0x007c17033bcfff44, 0x804000007f84c1b4
	.quad 0x43a98c28ffc00000, 0x92a5506e7f464228
	.quad 0xb7000000c10e8d4f, 0xe96a34de8a4e7cd5
	.quad 0x4e27b378faf7f7a4, 0xc026502a5ce93948
	.quad 0xfe12467919e8928b, 0x4076b58a5d8766d0
	.quad 0xc07ffffed9bdd61e, 0xc33f2b6cc40ab5ce
	.quad 0x1ad4c6bf00000000, 0x7f8bd576003f342b
	.quad 0x3fce1603f5eb1ec8, 0xc137023f3f1928bc
	.quad 0x3f40b318ffd7fe0b, 0xbf7992620ed46682
	.quad 0x7fd0000000000000, 0x8f867608ff317f7d
	.quad 0xbfa155ef64583696, 0x08748cb4c0a80000
	.quad 0x7ffbfed45e49bddf, 0x80000000806bdd7f
	.quad 0xbfe52ff1e5e2814c, 0x820d8c364e0a823b
	.quad 0x000295c5f8ad7650, 0xc06bf4553edc115a
	.quad 0xffe43b6e79816088, 0x8541e6f9d5fc7373
	.quad 0xb14ccb36616ec580, 0x7fbc752a016477e3
	.quad 0x250c41a2feffffff, 0x4064000000000000
	.quad 0xe4dd66497fa9c400, 0x0054deb93b893656
	.quad 0x0004326a070b46e1, 0x033a07cc691b8d5e
	.quad 0x445cfa8b40ee8c6b, 0x92b9faf7b0f13bbd
	.quad 0x3fb90ccd13097505, 0x75ff21de114d7eff
	.quad 0x11ab0f17f108318a, 0x0023d1a4e5856abd
	.quad 0x0051a1d259800000, 0x615878925dcffd7a
seed7:
	.quad 0x8c38ba75e4d4420b
	.quad 0xffffffffffffff29
	.quad 0xb217951dac27bfba
	.quad 0xffffffffffffff75
	.quad 0x75cedcf9d6a5bfb2
	.quad 0x000000000000006b
	.quad 0x5260aa81ef3242d8
	.quad 0xb995fe4fc040330f
	.quad 0xffffffff80000000
	.quad 0xffb73ef26ef135ef
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffb98e0
	.quad 0xfffffff063e943c5
	.quad 0x7e76dd608c9b0261
	.quad 0xffffffef4a8c7ab3
	.quad 0xffffffffffffff04
	.quad 0x04400000
	.quad 0x80000000
	.quad 0x18ff6379e9ad9d6b, 0x388eba8bc48046c0
	.quad 0x9f861b674bc17e2a, 0xbff6c15d819f9e18
	.quad 0xa82fa61f66687e00, 0x36400000fff0b71f
	.quad 0xbc8ad08e26f67e00, 0xec5d2a445fbf082c
	.quad 0xff9eea53c0800000, 0xfff0000000000000
	.quad 0xad91db944ad2abe1, 0xef7ab8373a0fd67b
	.quad 0xbf8000007fce43d2, 0xfd90c14750899746
	.quad 0xe42a8a33ff7b87f2, 0x7f800000ffde115c
	.quad 0x7500936fc3d52df0, 0xecb958fa5e080000
	.quad 0x0000000000000000, 0xffe0000000000000
	.quad 0xc084cae145a3c016, 0x005d46ba40a7d594
	.quad 0xfff0c6395fca819c, 0xc023000000000000
	.quad 0x6e2d257d29640000, 0xfc60ddc2c0409e0e
	.quad 0x8000000000000000, 0xd1256f2640d00000
	.quad 0xc1efffffffffffff, 0xfde3d23e87ab85d5
	.quad 0x4077dd51476fe2c8, 0xcd509636d9f9fc00
	.quad 0x004861fe7f800000, 0xc02b00709a3817e9
	.quad 0xcb2b3d3ec9ffb74f, 0xff80000040cc0000
	.quad 0xfff8000000000000, 0x43ffffffffffffff
	.quad 0x16a7fee7f40b38f4, 0x58298bfaa0ee7d38
	.quad 0x26ff88f5413c01d4, 0x98bd65eb4f38865b
	.quad 0x800e638f6c1d1761, 0x70bd9ac5d0d67c00
	.quad 0xbcda6458716a082d, 0xc079dae773f9b98f
	.quad 0xc0565c94629ffadd, 0xffc0000040c00000
	.quad 0x50c9a1496a8c3900, 0x6d5316194b3f40af
	.quad 0xc013800000000000, 0x80000000108e31cf
	.quad 0xfff8fd2471b5d001, 0x56182dd83a36bc38
	.quad 0x3661873e87e8fc00, 0xb1218a8a33b31800
	.quad 0x8040000000000000, 0x231a92733fc80000
	.quad 0x9a446daa9ec4c100, 0x818475f49632d7c0
	.quad 0xc21ffffffffffffe, 0x2285b47cfe9b7c00
	.quad 0x966ea8634680935a, 0x7ff0000000000000
seed8:
	.quad 0x6555eef7892853d3
	.quad 0xd7366267637509f4
	.quad 0x00000000ffffffff
	.quad 0xffe9173f2eefd410
	.quad 0x0000000100000000
	.quad 0xb8e5b2d5ad02b54f
	.quad 0xaafe372898178961
	.quad 0xffffffffffffffff
	.quad 0x0005b08ee7111620
	.quad 0xfffffffffffffe0b
	.quad 0x0000000000000398
	.quad 0x816228c49c99098b
	.quad 0xffffffff80000000
	.quad 0x8a2e9998ca3b0a87
	.quad 0xfffffffffffffd1e
	.quad 0xa254b6080840ffc1
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x1ff55b94ffffffff, 0x2838e30241ffc440
	.quad 0x7ff5634a768c734d, 0x7ff0000000000000
	.quad 0x775709b53c792f81, 0xc8c0000000000000
	.quad 0x4149213442f2069a, 0x000000007f800000
	.quad 0xbe920a86af455808, 0xcf800000e001003d
	.quad 0xd7e4e42df2538000, 0xddf809236fb1aa1b
	.quad 0x47800000477fffff, 0x803cca34f222311d
	.quad 0x364000007f800000, 0x3fffffffffffffff
	.quad 0x7ff0000000000000, 0x057b41847435c689
	.quad 0x80000000ffc00000, 0xe09cfecdd1ebf926
	.quad 0xf962b65dff37dc3c, 0xbdd97834ffc00000
	.quad 0xbd87f3bd86cb8af2, 0x4801bf8cede47f21
	.quad 0xb59ce4fee3f9bfcf, 0x000f599c5f9bb550
	.quad 0x8ca2588e4eed5607, 0x7404fada5a7e8060
	.quad 0x802fffffffffffff, 0x264b22c6007fffff
	.quad 0x37c000003dd6a98e, 0xc3f6a741d77ffbff
	.quad 0x91f94b967fdc5bed, 0xf09b453ae9f6ffdf
	.quad 0xc6e671fe3ffd7f9e, 0xc330000000000001
	.quad 0xc28192a0d9800000, 0xbea0e4b781254a2f
	.quad 0x2610fe88ffbd62ee, 0x969b24f7dcd37c00
	.quad 0xb7bf5f6eff800000, 0x4f7a2cff7ff93b00
	.quad 0x800c792dc62b8f65, 0x13529e5a48b76852
	.quad 0x47facb08237ff7cd, 0x407c64b7b5a66a5f
	.quad 0x3d4678a5bff7d4a5, 0xe37ad264b5a383b3
	.quad 0x0006c02a07a9e027, 0x0000000000000001
	.quad 0x7fc0000042de74e4, 0xd197d16940d8fa44
	.quad 0xc10c00009d125d2f, 0x488206663bfddfde
	.quad 0x2a513f409ea32b75, 0x7e3cc8ba0fc12eeb
	.quad 0xff7e41e6719e9624, 0x00236a530f76ff7b
	.quad 0x0134bce5b22c253e, 0x793bd078c18501b0
	.quad 0x1196994610bd9fff, 0x00012c6abe41249f
	.quad 0xafd1058709fa4280, 0x0535a39ac6dfdbb9
seed9:
	.quad 0x8000000000000000
	.quad 0x0000047813a28f1e
	.quad 0x1c6cc95571b50c16
	.quad 0xda9813a6ff78e3a2
	.quad 0x854eaa31838c4c18
	.quad 0x0000000000000003
	.quad 0xe1d76d108d566f40
	.quad 0x000000000000023b
	.quad 0x00000000000001ab
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffff8bb6a
	.quad 0x0000000001000001
	.quad 0xba3f3c1b95e53c60
	.quad 0x4752444c3daf8f94
	.quad 0x647dd3418f12f44c
	.quad 0xfffffffffffffef9
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x4014cc3611e10a66, 0x7ff35bc3b4ebf049
	.quad 0xb509b607cadde139, 0x4058000000000000
	.quad 0x47a743bed4d1a9d0, 0xacea01e68615fb60
	.quad 0x8f4b3a7a5e15542d, 0x830ac6a67fc00000
	.quad 0x7fc00000b87a0000, 0x7f22c6a9c76fd9be
	.quad 0x3f20000000000000, 0x8d91b90b8ccb7365
	.quad 0xbfd0000000000000, 0x3efe000000000000
	.quad 0xf3cc63378a68fca8, 0xbd7df3ffbf800000
	.quad 0x807fffffffd1de13, 0x84f4d3d30a03fc00
	.quad 0x3fb69bf85bfe12d0, 0x40f7000000000000
	.quad 0x78ae029bff9fe874, 0xcbbd3763b860d555
	.quad 0xc79f0744bdeef17f, 0x148f66e8074400e9
	.quad 0x486ae917dbace57f, 0x2a2b2d780429b1d8
	.quad 0xc7940000feffffff, 0xfff8000000000000
	.quad 0x036ee103b2d852be, 0xbed2600000000000
	.quad 0xc340000040fe9e6d, 0x0000000000000000
	.quad 0x5a6e9d0cdd77fe9b, 0x05030e72fff3b3ff
	.quad 0x7effffffff800000, 0xffd0000000000000
	.quad 0x7e7f6a5853ebbd5e, 0xffaad541c9685c80
	.quad 0x7341287933988891, 0x988c8e74cd95bdd9
	.quad 0x7ff2b6c1f512100f, 0x008ba798c669582a
	.quad 0x69f69568d8eb8400, 0x3edfc2ec86bbdf22
	.quad 0x4f758c1417cc7c00, 0xfffc06525b9b23b8
	.quad 0x434c20107fbfa183, 0x8ce219e6ffb08639
	.quad 0xa414eeb8a4db46fc, 0xbbd8f78384639bea
	.quad 0xba9c0f20d6de7e21, 0x7dcc0eb5098fcf4a
	.quad 0x6fac0c19bf6682f1, 0x3ec6000000000000
	.quad 0xde1dd7870f27fc00, 0xbf845ccaa1bd82ac
	.quad 0x8004bd09d0a73147, 0xc4ff770878fba3df
	.quad 0x3ac110bd16fac9d9, 0x0262afee7cb83b1f
	.quad 0xebbe11d7d359d164, 0x13617b033cb10485
	.quad 0x80431ff2ffb840c3, 0xc30df23effd5f96a
seed10:
	.quad 0x28d2decec30aa4fb
	.quad 0x7ba2e4a22ee4eb37
	.quad 0x8000000000000000
	.quad 0x21fbb16492d56860
	.quad 0x0000000000000001
	.quad 0xa2fa0ef7471af88b
	.quad 0x0000000000000000
	.quad 0xffffffffffffd577
	.quad 0x0000000004661a4e
	.quad 0x8000000000000000
	.quad 0x0000000100000000
	.quad 0x892a92c02d753f64
	.quad 0x0a9085b68cbb14c7
	.quad 0xfffffe1508059af5
	.quad 0x67cc298ff20bff69
	.quad 0x00000000eaf48a3a
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xcf7fffffc1cd2772, 0xfff6dafe673de337
	.quad 0x811be0d144a00000, 0x680580c47f52c3fe
	.quad 0xc0e00000be76aef7, 0x3f8e41c8190cbf92
	.quad 0xc021000000000000, 0xfff0000000000000
	.quad 0x7ff8000000000000, 0xffaaef024229d729
	.quad 0x0000000000000000, 0x7ff87138ae5ae38b
	.quad 0xdac8533889c37d63, 0xb06d2f768f67c19a
	.quad 0x3ce180024074682f, 0x4383e7203d8261eb
	.quad 0xda163dbe7f800000, 0x917aea182d0ac2c0
	.quad 0x027609b00d80cf18, 0x7ff8000000000000
	.quad 0x57e783ae410c0000, 0x3fb9a63e91abc0f3
	.quad 0x8000938d81b1f7ad, 0x40300000ff7bea42
	.quad 0x279a95ce581081c1, 0xc2cbef3242f0790a
	.quad 0xe375212cf2206c03, 0x711c39c51227fe43
	.quad 0xc025190f9ce1e9e3, 0xfe28868dee3eed40
	.quad 0x8010000000000000, 0xffc000003c9bca83
	.quad 0x3f963af2031ea77d, 0xaf56a9c511f8501e
	.quad 0x99d9590b9c1e96a1, 0x800d30f117b3c63f
	.quad 0xff800000c0b80000, 0x00800000c38fbea2
	.quad 0xc024400000000000, 0x3f3d200000000000
	.quad 0xffc0000041180000, 0xa2315cf9770bfe00
	.quad 0xff9d72dfbe800000, 0x86d58839c607d86e
	.quad 0xbf8000007fc00000, 0x20018c3a2af2fd8e
	.quad 0x800cd535c318be94, 0x800000003bb04f2f
	.quad 0xcb85be1d8f9dff9b, 0x9ce5ca92c25e2160
	.quad 0x25dd0343fefa75fe, 0xfff3b152391b2b23
	.quad 0x152ce7790649a253, 0xc696000080400000
	.quad 0x8a03beeecf022b07, 0xbe7bf4327e7f7e9b
	.quad 0xff853add297ea662, 0x7ff0000000000000
	.quad 0xffe0000000000000, 0x47ffffff41892526
	.quad 0x6ce97ba57f98d57b, 0xffa8bd02c30a4791
	.quad 0x85bbd2d0f293c000, 0x9babf386c0fbcce2
seed11:
	.quad 0xd69f5d1534d63145
	.quad 0x000000000000025b
	.quad 0x2b86af25c56bd703
	.quad 0xe81861846b9e4c0a
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0xa0dd9b68d35f88dc
	.quad 0x000000000000000f
	.quad 0x0eb22f340d21848d
	.quad 0x12d2e10feb26f29d
	.quad 0xf0e3bb63dcbea5bb
	.quad 0x0000490d436aad86
	.quad 0x000cc23bd380083f
	.quad 0xe248b6f3c1922ce1
	.quad 0x000000000000015e
	.quad 0x000000000000004d
	.quad 0x06800000
	.quad 0xb0000000
	.quad 0xce18aa037a630bff, 0x3ff0000000000000
	.quad 0x38db55ddfabfff7b, 0x3fc000007f800000
	.quad 0x0779791ebb000000, 0x8d1cc2cd7e95a5b7
	.quad 0x3bf74bc50508c7d0, 0x003b1baba43f797b
	.quad 0xc3f1d3dc50eead82, 0x2dc123c6e9028000
	.quad 0x3ad51c8ccfcfeff3, 0x7f1d3d1bfacb90be
	.quad 0x9e2ddeba6814aaf5, 0x7e3685af57db7d54
	.quad 0xbfc5a70d7f800000, 0xc06cbec8260d4698
	.quad 0xbd18d46e25ca3a00, 0x43effffffffffffe
	.quad 0x0029ca592c12d2ba, 0x0000000000000000
	.quad 0xc01a000000000000, 0xf62ef47b3e6f9bff
	.quad 0x8005a0472ce2b17b, 0xbfecb0e5303a0a18
	.quad 0x7fcb282e80000000, 0x76a7375305f463b5
	.quad 0x3ea00000ff82398d, 0x2b88e03fd2c04132
	.quad 0x7ff0000000000000, 0x7fe27bf113a9cbfc
	.quad 0x7faeacb7c21abec0, 0xbfffffffffffffff
	.quad 0x7ff0000000000000, 0xb07d375cffbe799e
	.quad 0xcd6717519006916e, 0x5fb76c5421b80bff
	.quad 0x000df785a4c0098d, 0xbe2584b34006a87e
	.quad 0xae33625241140000, 0x3c60000040d40000
	.quad 0xc020c00000000000, 0x0878a71a3da25453
	.quad 0xfff0000000000000, 0x1afe0f0d6e8fdeb3
	.quad 0xfff8000000000000, 0x63e9781ca134fc47
	.quad 0x4106b76fffc00000, 0x8000000000000000
	.quad 0x419da254a5c8242e, 0x401e000000000000
	.quad 0xc067561aea0b363d, 0xffbdde4040a86564
	.quad 0x7f2e5fcf41e6af31, 0x8a3169c073f782c3
	.quad 0xfeaae53591343114, 0xa283a972b97ba7b7
	.quad 0xffc00000409a1a8f, 0x183bd4ffecb2fda3
	.quad 0x2713a2967ac10165, 0x3e8ff621476e8000
	.quad 0xf7db30b9db8efc00, 0x57498eb27cbd6aa9
	.quad 0x00000000ff9b4353, 0xbf311e1d80000000
seed12:
	.quad 0x204992eec2dff106
	.quad 0xfff5883620c62ec9
	.quad 0x0000000000000011
	.quad 0x92140de0c67f42b3
	.quad 0x9d94731aae0a3315
	.quad 0xfffffffffffffed2
	.quad 0xfffffffffffffedc
	.quad 0x9c2959c7dccf140a
	.quad 0x0000000000000000
	.quad 0xee7bfc9b3c6272fa
	.quad 0x0175fb62d1eb4bec
	.quad 0xffffffff80000000
	.quad 0x57954ddb1e1b8bb3
	.quad 0x00000000000001ac
	.quad 0xb70fd0901cfee58f
	.quad 0xfffffffffffff605
	.quad 0x03c00000
	.quad 0x80000000
	.quad 0xdf80000140b00000, 0xffe56f0450ae2139
	.quad 0xc8cff6e496b05217, 0x8000000095ed1f01
	.quad 0x3fcd92bba8c1f25a, 0x7ff8000000000000
	.quad 0xffcf2a4d4544db08, 0xc7b0000080975af4
	.quad 0x0cea269274247e4f, 0x141f3e0493450520
	.quad 0x5f000001ffbedca7, 0x005416e141da55fb
	.quad 0x053a8578fcde28f7, 0x16875a04bf7cfd9d
	.quad 0x7ff0000000000000, 0xc1e0000000000000
	.quad 0xc1fe296b410c0000, 0x00000000fffbb60f
	.quad 0xffe37e0bff800000, 0xbd9784c7c1200000
	.quad 0x7ff3bc776bc9e4ed, 0xabbc6b0b163bfd44
	.quad 0x7ff3dcf96ed196f1, 0x839d4ea36a240adb
	.quad 0xfd23b88bfffeac8a, 0xdaa4f503fffe6d99
	.quad 0x598000017fc00000, 0xffa65867fef0eab4
	.quad 0x3e950f8c8cc19e7f, 0xceb1dceda2c43884
	.quad 0x7faaf3cdbdc56bc8, 0x02f83940efaffbff
	.quad 0x3fe40f5b74d44b8e, 0xe89e0d5b7ba69e47
	.quad 0x2ba074161eb6b4bd, 0xfff0000000000000
	.quad 0x397148f7769c77e5, 0xf1f9c9a26e46a42e
	.quad 0x1277f6eaf8739058, 0xf907e546d809c845
	.quad 0xc34fffffffffffff, 0x47097fe77b8c7360
	.quad 0x800000007fac3470, 0x7fefffffffffffff
	.quad 0x4ebef2e97f6d7eff, 0xe958317a5be68891
	.quad 0xf8a5776effaffd0f, 0xecf5eab7ffe96737
	.quad 0x161cb434aabf964a, 0x7b80b3e87f000000
	.quad 0x469cc5d25fffffff, 0x0008000000000000
	.quad 0x7b2abbcba84d5000, 0x5998f919ff885980
	.quad 0x24f7e53bfabffdde, 0xfd2ffb045a000001
	.quad 0x7ff0000000000000, 0xd68a6d8be1bec98a
	.quad 0x01e9bb0fc156e6e0, 0xbc400b9c80000000
	.quad 0xc37cbc05a01fc21f, 0xbe5dde21c29e568e
	.quad 0x6ace0ca8ffb8fe00, 0xc16955c5be89b3e1
seed13:
	.quad 0x00000000000002d0
	.quad 0xd0a71800dd4c05c7
	.quad 0x050d96c13f3be2b3
	.quad 0x0000000092510ab4
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe01
	.quad 0x000000001cf2a7fb
	.quad 0xad3fcc59100dd5bf
	.quad 0x00000033f0c06175
	.quad 0x86db23b20d59ed1e
	.quad 0xffffffff80000000
	.quad 0xfff3b198d3de0d93
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xb7eea83d1c108aa2
	.quad 0xffffffffffffffc2
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xfb02b9e2761d2c50, 0x08c8fd2e443c319e
	.quad 0xcf000000bcf40f26, 0x7fc9d274bf082b40
	.quad 0x0000000000000000, 0xc6cd3a3f341ec100
	.quad 0xfff8000000000000, 0xbe8000007f7fffff
	.quad 0x04dd01bd49e0869c, 0xc07b5995168e3e12
	.quad 0xbf6c02327f800000, 0x1ed7397bf7defdcf
	.quad 0xa332e6b065825bc9, 0x0017aa3527e00c09
	.quad 0x40753e5f883e1477, 0x5c725f8018cc2758
	.quad 0xc0ff95f6ff7bbfff, 0x96b7a91d96f4fa18
	.quad 0x5c5f8fb7780fbebd, 0x604aa90c8fb67d70
	.quad 0xdd7de6da4978802f, 0xffeede94beef0264
	.quad 0xc021000000000000, 0xbecde00000000000
	.quad 0xb6815d8b77b6f3fd, 0x4ea68f0394f00001
	.quad 0xd467b982b92bf791, 0x810245dc93f59c73
	.quad 0x90575a6a77e26dcf, 0x09848baa58187900
	.quad 0xfff746b4813353fb, 0x0f416d617effffff
	.quad 0x477ffffe9b32274b, 0xcfe030c73e6823e0
	.quad 0xf4cb5430801a238b, 0x806d1f4cff800000
	.quad 0x40bf000000000000, 0xbfc2a4a5af3f69e3
	.quad 0x74cfb5d9c9800000, 0xbf4896b49aabe29d
	.quad 0xff7fffff7fc00000, 0x80000000ff9bfd95
	.quad 0x4b03cf567db376f0, 0x3f80956a12f8a5a8
	.quad 0x4012000000000000, 0x90cad0cedf9e91cc
	.quad 0x3e371e1390ed6e66, 0x6a6eb38e8252db26
	.quad 0xff8d98353f5500b4, 0xfd34448780400000
	.quad 0xfff0000000000000, 0x1b69e051a23b4472
	.quad 0x438791dfff800000, 0x7f8000003d971879
	.quad 0xc000aedf02fcd84d, 0x663c53e21dbf4bf0
	.quad 0xff8000003c0e8000, 0x7f80000097d6b49d
	.quad 0xedf77b0e673a7da7, 0xbe77c8901d4b1b2a
	.quad 0x3f93a9171e7b54b8, 0xa565cb363d03f1d6
	.quad 0x0000000000000001, 0x80169dc6c325f623
seed14:
	.quad 0xfff4878eb6a112bd
	.quad 0xffffffff9e9b431d
	.quad 0xfffffffffe1a9d7e
	.quad 0x0000000000000000
	.quad 0x29e56e405c569058
	.quad 0xffe67ce4965829b6
	.quad 0x82ddc3d92730cb34
	.quad 0x00000cdb03d4427d
	.quad 0xffffffffffffe100
	.quad 0xfff5a9778c8beefd
	.quad 0x000000000000001c
	.quad 0xffffc7903fa5302f
	.quad 0xfffffffffffffd06
	.quad 0x8000000000000000
	.quad 0x7686ad1654bcd991
	.quad 0xe7b95127c7058112
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0x7380cd548095caef, 0x970959cfdf000000
	.quad 0x40000001773947db, 0xc01a30cc13c3b277
	.quad 0x7ff8000000000000, 0x40ffffffffffffff
	.quad 0x7f80000000000000, 0x5eda11b2bddeadf5
	.quad 0x000000003ce00000, 0x7fb497d108b200fb
	.quad 0xffc00000527ffd61, 0xc0000000c1e8cc00
	.quad 0x625e113ba0d5a6cb, 0xcae61048a188089d
	.quad 0x731ef525a2adfce8, 0xb682dc7f43fdb71e
	.quad 0x926408c9b507fc00, 0x4052e784bfc99530
	.quad 0xf63d849d7e927036, 0x7df5bf6287e7c64a
	.quad 0x434f7432c0500000, 0x7f7fffff8aa3f05e
	.quad 0x7a5d6fa49c507f51, 0x4059c79a3d9ea109
	.quad 0x6d31c28680400000, 0xffbca3f93a040000
	.quad 0x40c800007fa04002, 0x124125537fa02e09
	.quad 0xef424acd427bdf2a, 0xfff2bbdbdc92dc0d
	.quad 0x7386184f23ffffff, 0x83c63a495c4b4660
	.quad 0x720c72caffffffff, 0x0162c6abfeffffff
	.quad 0x3fb75581a4631ab3, 0x7ff2f21e2f1bc821
	.quad 0x3faf213dd9cd2f68, 0x496046fa4e60c648
	.quad 0xbffffffffffffffe, 0xbc3708d140480000
	.quad 0xc016000000000000, 0x2f69316effcefe17
	.quad 0xca156dad38894bb2, 0x30f19b173e73ff2f
	.quad 0xfef01b6c0c108385, 0x675cecee28bb7d2b
	.quad 0xed4daf573431dad6, 0xc00f000000000000
	.quad 0xc0a8000080000000, 0x4478a966ff9e3caa
	.quad 0x5ed3fbb69418d639, 0x7e96f6a151ccf88b
	.quad 0x547ee5faffd3c44f, 0x7ffaf9af75b9ba44
	.quad 0x0c88b86e80000000, 0x809d6fae80000000
	.quad 0xfff234567a83580f, 0x4170deb0fff7dc77
	.quad 0x00000000bb800000, 0x7f8000005f55efc4
	.quad 0x0003158678da1fea, 0x9e205cb030b2f7ff
	.quad 0x3fdfd5051d9e81d6, 0xf0efd1d31060ec12
seed15:
	.quad 0x9ef84983542bc58d
	.quad 0x00000000000000a6
	.quad 0xffffffffffff8b2e
	.quad 0xab64010094dd2fae
	.quad 0x8000000000000000
	.quad 0xffffffffffffffea
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x12c8829b1c35f69b
	.quad 0x000000000003bb25
	.quad 0x1108c81a5c665dbc
	.quad 0x000000000079f289
	.quad 0x0020000000000001
	.quad 0xfffffff5e0e0f546
	.quad 0x235eb4d2400711c6
	.quad 0xfffffffffffffc6d
	.quad 0x04000000
	.quad 0x40000000
	.quad 0xc020000000000000, 0x25e97c92addf5a8f
	.quad 0x863d96bff35f7fff, 0x4cb736d09b32bc7a
	.quad 0x3fec7f67bf120000, 0x61a5e71ff7ffffff
	.quad 0x7fc00000817fffff, 0x800a4c53522ac2a5
	.quad 0x1b9136ea9c9ffdb6, 0xfff024bf986157b6
	.quad 0x8000000000000000, 0xa93860d77fd425ec
	.quad 0xc3417e3cb65d5f84, 0x5bc30a297f8456c3
	.quad 0xffd9d8c796407eab, 0x403c633e11546709
	.quad 0x962bb3af0532d7ca, 0x7f800000ff800000
	.quad 0x1c89063cd9fcc2c4, 0xffc000009aaea44d
	.quad 0x1d354e35ccc4c4a0, 0xac9fc9ce7e913696
	.quad 0xc017000000000000, 0x0017b995f66cbfee
	.quad 0x0008000000000000, 0x7ffcab72edb81e73
	.quad 0x80000000c1c5ec0f, 0x95575bf600400000
	.quad 0xfff0000000000000, 0x7ff8000000000000
	.quad 0xa10871aa8ac944a0, 0x80098c9e99631ccc
	.quad 0xfff8000000000000, 0x000000007fc00000
	.quad 0xbc6a00007ae43461, 0x0000000000000000
	.quad 0x6c9bf944ef49290e, 0x98e3af8fbb952712
	.quad 0xc11ae4207ff89971, 0x3f73c81a6b62d968
	.quad 0xc0600000b9c00000, 0x7ffd067f4dc2c401
	.quad 0xc1800001f69da941, 0x3f9743ad8f4d939d
	.quad 0x6e1ba6c4460f5145, 0x833f9e0ae4b52d82
	.quad 0xc0ec00004101fa1d, 0x9adbb38c63378000
	.quad 0x7f800000c0800000, 0x6e6605c6e430b93c
	.quad 0x80000000f5edb158, 0xa106193603d83f03
	.quad 0x97121937dfbdffcf, 0x99d7d8c004fe7d14
	.quad 0x3fbf1ed624c84357, 0xda978f05ed62adf1
	.quad 0xa0ac65b6cb96bc19, 0x752db6057f800000
	.quad 0x71af8e027b9356e2, 0xc5e5c38b7afff75b
	.quad 0xc093000000000000, 0x77dc1c56df000001
	.quad 0xa2c33f5e75fdfdd7, 0xf27ddac17f8ccc82
seed16:
	.quad 0x000000000000f240
	.quad 0xfffffffffffff52c
	.quad 0xfffffff9ae81fdff
	.quad 0x30712cafda4b426f
	.quad 0x0000000000000318
	.quad 0x1da9f16bf845d92d
	.quad 0x00000000ffffffff
	.quad 0x9c8335b100f08356
	.quad 0x5127c6f728b0fef5
	.quad 0x2ef6f03e7d089b77
	.quad 0x000000f8869f1bbc
	.quad 0x0000000000000317
	.quad 0xfffefece5f404fa0
	.quad 0x1a338f0ae4a499f4
	.quad 0x9c795e5478603a58
	.quad 0x0020000000000001
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x7e0967d308beabe4, 0x9fccc64cf6e9fffb
	.quad 0x3ff4000000000000, 0x4054c23b2357fdd3
	.quad 0xfed7ddc7521c7c00, 0x824fb7a3109d5ef2
	.quad 0x569a7fddbe6684f4, 0x7a0e2e4aa1e2b7a1
	.quad 0x4000000000000000, 0x5c000001f4973007
	.quad 0x11ce9a13bf7faed9, 0xfa3e8077f43546ac
	.quad 0xffc2b47c80800000, 0x807fffff7f8a61f9
	.quad 0xffa0e0e7ff800000, 0xffc00000c10c0000
	.quad 0x78f2bc96fff977b9, 0xc70000013e000000
	.quad 0x5a3a3e797f800000, 0x220a066cefeed7e7
	.quad 0xc3be5ca0ff800000, 0x7ee6dd12ffb239d0
	.quad 0x809189684891f5a2, 0xe61690e1f80957fa
	.quad 0x38ea95f61ebb85ff, 0x0cb00df76f7dc4aa
	.quad 0xd6eaff85ffc00000, 0xfff0000000000000
	.quad 0xffd0000000000000, 0xc02c000000000000
	.quad 0x6924a620522bfc95, 0xf58c4f6a00000000
	.quad 0xf880c03d1f2982b0, 0x7f800000be131ced
	.quad 0xe0bace88e3cefd6a, 0x410e000000000000
	.quad 0xf6f698d8a2f5fc00, 0xbfdc5157ffc00000
	.quad 0x9ed4fc1cd3fcf7f7, 0x820e16bf00000000
	.quad 0x80ffffff7f0a77e5, 0x400dbdd5ac4d5e28
	.quad 0x49c0000044260000, 0xd6fccc070c6c8640
	.quad 0x7f800000428fefc8, 0xbffcbab84f36bf22
	.quad 0x0000000000000000, 0x19db84c946dcc4f4
	.quad 0x59c94a69730087ef, 0x427b80473c6034a9
	.quad 0x4340000000000000, 0xbfd801b77e6800f1
	.quad 0xd58622d26848d841, 0x7f8f39e7bf29a924
	.quad 0x48a0000086ba5962, 0x33ef67656206b4bb
	.quad 0x5f492cf72fd4bbae, 0x401c000000000000
	.quad 0x4021800000000000, 0x7ff0000000000000
	.quad 0xc7ffffffc2047dc5, 0xf57381b87eb27f6f
	.quad 0x440000005a7ffffe, 0x401f000000000000
seed17:
	.quad 0x964b72b31a94f7d9
	.quad 0x4352d34fab72b272
	.quad 0xffffffffffffffcf
	.quad 0xf34ec5d721b8749e
	.quad 0xade156fe645b1af0
	.quad 0xfffffff945d8c64a
	.quad 0x0020000000000001
	.quad 0x00000003ecd1520e
	.quad 0x0000000100000000
	.quad 0xdc45a6609ff4d07f
	.quad 0xfffffee700975924
	.quad 0x00000000001855ea
	.quad 0xfffffe4cd1af2c71
	.quad 0x000000006219aa72
	.quad 0x000620a39f2e4109
	.quad 0x757cfba2df41a4c0
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x7f80000080ffffff, 0xc1e894daa6cc4332
	.quad 0x3cfd6ec62b8b8021, 0xc022000000000000
	.quad 0x3f8000003f5c1157, 0xa58c6a9e2e99fe00
	.quad 0xbffb83a9bfd2e449, 0x8000000053d0be15
	.quad 0xbfd00000246bc29a, 0xdeb5f8b1066330ea
	.quad 0xbf58d881407a6fdf, 0xa301a665e00a80f4
	.quad 0x75fe39945d6283e0, 0x775871a563351411
	.quad 0xc52e2fe37be992f8, 0xdfaa5b06ffbffefd
	.quad 0xbf9f9d9f8d14a156, 0x0008000000000000
	.quad 0x00f8c1cf6805c205, 0x8b3af4215795555c
	.quad 0xbfe645828d1fcada, 0x65d8c78256557ce5
	.quad 0xc0080000bf800000, 0x5115104647cc7d97
	.quad 0x80000000c0ae1cb8, 0xdfccc74f57bbbbb7
	.quad 0xbc1aeb297fdddfad, 0x0557b01816d9d5c0
	.quad 0x403c469875335fd3, 0xf20303fdfbbdff9f
	.quad 0x32b65f504eccfc00, 0x3fe0000000000000
	.quad 0xbd60000037200000, 0x250b5b8d431896ac
	.quad 0x00000000be75251d, 0x4021000000000000
	.quad 0x3f7074090a996764, 0xfff4f76688305475
	.quad 0x7dafab5d3c02534a, 0x4137c00000000000
	.quad 0xbdfae7cd842f02af, 0x8adaed72ffe94e00
	.quad 0xedeae13c4a730001, 0x3fb9a4fab1da28e5
	.quad 0xc14b515ce6055e32, 0xce81735d37a7f62e
	.quad 0x7ff5b43ae037ae61, 0x80154e63fab6d034
	.quad 0xc1ef15ce22aca27e, 0x896a15c04336fc00
	.quad 0xc87e0000c0700000, 0x8000000000000000
	.quad 0x38400000f395fc83, 0x02966e18bf3ffd9f
	.quad 0x8259584df4021259, 0xb426637cfe29fbff
	.quad 0x099865434325fdf9, 0xff890743ffb748e3
	.quad 0xbd18000059800001, 0xd79a48bb3927fe0f
	.quad 0x00000000c0f00000, 0x411000003b4a0000
	.quad 0xfff0000000000000, 0x6d80ec6d31f51d74
seed18:
	.quad 0x8da1154a5c9a0e1a
	.quad 0xfff98130c5fa8ce3
	.quad 0xfffffffee72d735c
	.quad 0x0000000000000008
	.quad 0x8000000000000000
	.quad 0xd6ebbc760dc5d6be
	.quad 0xfffffffffffffe2a
	.quad 0x000000003c1dfd0d
	.quad 0x0000000100000000
	.quad 0x1c421175a53983d1
	.quad 0xfffbcab628ede4fd
	.quad 0x1c5c52c0665db6e0
	.quad 0xffffffffff945a53
	.quad 0xffffffffffff6521
	.quad 0x0000000f25b8ca58
	.quad 0xfffffffffffffc20
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x68745694d83387ff, 0x60503a59c36da44f
	.quad 0x80ffffff3e709b13, 0xf7b53b74019c8000
	.quad 0x41140000c0cc0000, 0xdc2a6c98e7fffe7f
	.quad 0x7de09a958ed6176e, 0xf8a6ed4dfef7ffff
	.quad 0x7fd4123cdf9dc88e, 0x000000009248fc17
	.quad 0xc095394f7fab87d2, 0x7f0d41640909c1e1
	.quad 0x7effffff7fc00000, 0xfff7686e4b6ddd1d
	.quad 0xfecbf69bc7b0e39b, 0x0004ff44477c805e
	.quad 0xfec530fd99ac9d4d, 0x7f7fffff98bb595b
	.quad 0x0ca8d029bc7fcb52, 0xde5c67b4d70e8b7b
	.quad 0xcfa2e41f7f800000, 0x981b432b5a4cf5cc
	.quad 0x9fcbf43fab4454bb, 0x80018d7ab8bcd9b8
	.quad 0x802fffffffffffff, 0x40569378d0a03a94
	.quad 0x8ea8d69d559efd37, 0xfe03159ea26671f5
	.quad 0xc108000000400000, 0x3fad2eb6d2915af4
	.quad 0x7fd7223e4b5f9f45, 0x800000007fc17908
	.quad 0xada4140bffddfd8d, 0x9bc79ac580084cdc
	.quad 0xbff54b283752367f, 0xe446aae780ffffff
	.quad 0x7ff42c3207e2955a, 0x98c1c463e7fffffe
	.quad 0xc008000000000000, 0x5184047e7ffa3bb5
	.quad 0xc00a000000000000, 0xf72828e87691ee90
	.quad 0xc7081555f7804e7d, 0x811c4683e8f812ff
	.quad 0x2461dee27df46f7f, 0x80519bae3bc6a65c
	.quad 0xc01f3c937f93b230, 0xffe75b128015426d
	.quad 0x3e9e39635ffffffe, 0xe95fc35bffffff9f
	.quad 0x3fcc000000000000, 0x7ff0d35c7cc85855
	.quad 0xc1e70ea3802d138f, 0x7ff0000000000000
	.quad 0x800fe8ab5c3e8603, 0xc10ad28c80000000
	.quad 0x805212d87fb2302c, 0x406b71a747918243
	.quad 0xc1f0c59c9d1d5055, 0x935ad63efffffffe
	.quad 0x0004e2d8743fd363, 0xe3c78e5d50b23d6c
	.quad 0xbf92eb8e3e3dcbda, 0xecc8cab6fffbc579
seed19:
	.quad 0x000000000000080b
	.quad 0x0000000000000207
	.quad 0x8be263348d3dda0f
	.quad 0x001f1c82226f5617
	.quad 0x39c6e9236174d123
	.quad 0x0000000000000124
	.quad 0xfffe3dc5d61233ee
	.quad 0xfffffffffffffd41
	.quad 0xffffffffffffff8d
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x00000070d519b4fa
	.quad 0xe86eedf826e8827f
	.quad 0x788c019961b66812
	.quad 0x000011c992b35567
	.quad 0xffffffff80000000
	.quad 0x04000000
	.quad 0xb0000000
	.quad 0x00000000c3358668, 0x4021000000000000
	.quad 0xfe6990d7b4ed3665, 0xc34fffffffffffff
	.quad 0x2658150e2cd28000, 0xff8000007f7fffff
	.quad 0x002c2aa1fc7ebee6, 0x7b886d6840ee5615
	.quad 0x3ff0000000000000, 0x385cafe35de11d67
	.quad 0x58de399301694c28, 0x433ffffffffffffe
	.quad 0x83414aa62ec78000, 0xffc00000f63b848f
	.quad 0xfff1ede0707fbd7b, 0x8000000000000000
	.quad 0xee23c5effffed7b5, 0x800db099dca4a648
	.quad 0x7fe1f3ff3b800000, 0xcc17786565f51c06
	.quad 0x3d8b59490d56cb70, 0x80000000425faca1
	.quad 0xf39446ef7fed6feb, 0xc03f0699825a1aac
	.quad 0xcfafc4a4ea0dd2bc, 0xbff0000000000001
	.quad 0x3ff4f4beb9200000, 0x6c59b953ff7f4700
	.quad 0xbff0000000000001, 0xbedfe00000000000
	.quad 0x6810eee0452c3ffe, 0xc80c8963738ac758
	.quad 0x3d9acc188b700947, 0x0040000002088ffd
	.quad 0xd38790f6e56b416c, 0x56d873b4e31e3dc6
	.quad 0xc8ea1c3bf12c7e00, 0x5041ec5ee29f3bbc
	.quad 0x3a4c4b079eff97fe, 0x405f70b36fd28491
	.quad 0xf5320141be11fc59, 0x3f1a09dd407ffffe
	.quad 0x0000000000000000, 0xbf400000ff800000
	.quad 0xfff2b1cf34d78342, 0x421a0ff641200000
	.quad 0x01c3a9f836474322, 0x7f9249be3ab80000
	.quad 0x97f9d4877ff095e5, 0xfece568340400000
	.quad 0xc0e0000000000000, 0x840dc54e80000001
	.quad 0x9d78042c1fa987ff, 0x404d36a45e9c9392
	.quad 0x7f8000007f9ef6d9, 0xc0943d5fffc70af1
	.quad 0x3fc8a5dfabf729dc, 0x62462f75602e9b96
	.quad 0xbc530962ff81575e, 0x3f7af1a5571c97d2
	.quad 0x3fc7ab48f25992e6, 0x800982f2e58a187f
	.quad 0xfff0000000000000, 0x02b25d24dbba6296
seed20:
	.quad 0x0000000000000000
	.quad 0x000127cb46f6476e
	.quad 0x0020000000000001
	.quad 0xde66d1bb976520a0
	.quad 0xffffffff80000000
	.quad 0x72a063802e956a93
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd48
	.quad 0xa4ad575d0d011e46
	.quad 0xda093a5667acf34f
	.quad 0x0000000000000212
	.quad 0x65c07a1b0b7cdb4a
	.quad 0xcf36f59e33e5c0b5
	.quad 0xfffffffffffffc5d
	.quad 0xf4d8e070f1d51ed8
	.quad 0xfffffffffffffd7d
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xc014000000000000, 0x4fc9b2accddc0000
	.quad 0xfa85ce0442996632, 0x433a4fd9ffe7ffb6
	.quad 0x7831efbeff9c5645, 0x7a4c1df982f3277a
	.quad 0x7ffc00076b30179a, 0x49d9df1abbad8e03
	.quad 0x1fd28f46ffff5d15, 0xfff0000000000000
	.quad 0x7fbeab0542f48874, 0xc44ac7dcfb4e187d
	.quad 0x841efa31fffffffe, 0x374e5c535a1bc180
	.quad 0x3e18b2ca7fc00000, 0x3f10000000000000
	.quad 0x4074286e346e76bf, 0xb18b1364015c4380
	.quad 0x7ff0000000000000, 0x3f8f51a8109a60eb
	.quad 0x7fc00000a48f5189, 0x28583abe0a507c38
	.quad 0x26724fa4f66e35fe, 0xffc000003fa00000
	.quad 0x47fffffeff800000, 0x7bae1ffaef3aab9f
	.quad 0x7ff54b8e47903765, 0x7ff0000000000000
	.quad 0xc10c0000fc21440c, 0xe05eaf5e27ce01b7
	.quad 0x18d1bd17c7fffffe, 0x41fffffffffffffe
	.quad 0xc00a000000000000, 0x4069dda0defca60f
	.quad 0x3020851fb7fafdfb, 0xbfdc21fe19118ded
	.quad 0x2ad6c8af93360800, 0xffea44bf43f5a32e
	.quad 0xff000000bd73647f, 0x8cf9e08eb3c67c00
	.quad 0x4032c9f3b3c5eff2, 0x3faf66028ca271a5
	.quad 0xffdaab8879fb5337, 0x425e8458ed2c8556
	.quad 0x7f1830d57f865c8d, 0x3eb4465cff800000
	.quad 0xddc80be818c784bd, 0xfff0000000000000
	.quad 0xd9fd9fa4ff800000, 0x038cad0a055c8c97
	.quad 0xfff8000000000000, 0x7effffff919c8dbf
	.quad 0xed1291f1d7fdae53, 0x4042757dc3de6eb0
	.quad 0x1a9b8c89fff59cf9, 0x40d80000c1b27677
	.quad 0xdf65cda6b25d7f99, 0xfff0000000000000
	.quad 0x6254be9cecc17400, 0xfab90861ffbffc0c
	.quad 0xa28526b4bfc00000, 0xc33a3faa7e9a8e51
	.quad 0x562dc02f2f79fe00, 0x402e9049e9fcb2be
seed21:
	.quad 0x0000000000000133
	.quad 0x0000000001000001
	.quad 0x0000000000000036
	.quad 0x005e752367e62b15
	.quad 0xdbf790b96b3a710b
	.quad 0x0000000000000290
	.quad 0xd0be53b8b3a1c58d
	.quad 0xffffffffffffff76
	.quad 0xfffffffffffffd0c
	.quad 0xffffffffffffffb4
	.quad 0xfe6d3d6de3d33af5
	.quad 0xffffffff80000000
	.quad 0xfffffffffffea442
	.quad 0x1363839627407db2
	.quad 0xc339a65d5953459a
	.quad 0x8000000000000000
	.quad 0x01400000
	.quad 0x90000000
	.quad 0xd2a9b3ad7fc3207c, 0x73e4b8a2bdc00000
	.quad 0xdf8000017fc00000, 0xf371e2ef8174ea1e
	.quad 0xbe616024ffc00000, 0x41975e46ecf25bc2
	.quad 0x7ffe68bc0a89687f, 0xbe0f3beacf0a742c
	.quad 0x803d207d40198f7d, 0x005f1d12e6c31572
	.quad 0xc3f1003dff974a27, 0x3f52fab5ffbe14da
	.quad 0xc57a5799d7f592b1, 0x2265c80f044e89a3
	.quad 0x9a634db6fffeb743, 0x82c03bee67ee7cb7
	.quad 0x60b5c74b4f516719, 0x7fb8cf61c2cd7ac1
	.quad 0x036c222116f94bcd, 0x4598bfe277fad9fb
	.quad 0x5a841d6380ed51f5, 0x3fe3315d00000000
	.quad 0x2f94e86bffdcbb5b, 0x0000000000000000
	.quad 0x3f7deeeb75abfd71, 0x0000000000000000
	.quad 0xd6a781c6c1975901, 0x8010154e78beb72d
	.quad 0xffbc5543b10eb623, 0x357c1061d4f18036
	.quad 0x73fa66f60ac4d958, 0xff800000426ff3f9
	.quad 0xb0a5fd22ffe7fffe, 0x81d32ed7e5087658
	.quad 0x95a860746def497a, 0x08a8143a00000000
	.quad 0x801312e412716b19, 0x0954e9ff91fe65e9
	.quad 0xe5dac9ad007319a7, 0x1ac895bf0ad5ee94
	.quad 0x0240339ee01a853c, 0x29d1b6daedf77102
	.quad 0x0b5416d5b58b0000, 0x068c1bef00000000
	.quad 0xb020e83eb6be507a, 0x00800000bddd6be9
	.quad 0xfd94c5753c3b6571, 0xc0bf400000000000
	.quad 0x800000009dde4bf3, 0xffff77243521dac4
	.quad 0x00000000817fffff, 0x7dd59d13cc380b5b
	.quad 0x7e597dbeadc5a7d3, 0x41352c8700000000
	.quad 0x40e0000000000000, 0x0000000000000000
	.quad 0x44b7989d917afdb7, 0xd9b46f61df7fffff
	.quad 0x13810a9d48edf7ff, 0x15fe9cb2ff957dfa
	.quad 0x3fb0daa0ba4624e8, 0xe2000001807aaa28
	.quad 0x0234159f127ff2dc, 0xc0f391df539f18cf
seed22:
	.quad 0x0000036642c98d47
	.quad 0xfa8b5fba6245fcec
	.quad 0x0000000004be84e3
	.quad 0x0000000000000193
	.quad 0xfffffffffa01ef96
	.quad 0x0000000000601b2d
	.quad 0xfffffffffffffe10
	.quad 0xffffffffffffff0a
	.quad 0x24c8bd1fa2e1a4b8
	.quad 0xfffd4c2fede96841
	.quad 0x00000000000001e3
	.quad 0xffffffffffffffba
	.quad 0xfffe628b48fe6c51
	.quad 0xfffffffffffffd8d
	.quad 0x00000000000000ea
	.quad 0x8ca281f6f4954df8
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x40a00000097dd11c, 0x3f0000004e57061b
	.quad 0x05b64be816d28800, 0xc01c000000000000
	.quad 0x02fcbfdf64b7c156, 0x92ddcd92ffdcf99d
	.quad 0xc00d000000000000, 0x0a16d1a919211fcc
	.quad 0x00000000c0c55dd1, 0x5f5cce3c12507c8c
	.quad 0x4008000000000000, 0x00033362cb4bc16e
	.quad 0xc6e00000017fffff, 0x3ec6dca1ffb73e2c
	.quad 0xc1effffffffffffe, 0xacc30f360d1646fd
	.quad 0x9f7315d4bbfe7f0d, 0x3d41a7f7bf000000
	.quad 0x7f80000022fd1a23, 0xd9b10267d430fe00
	.quad 0x9db8723d0bdfd114, 0x3a0800004108e05a
	.quad 0xfff0000000000000, 0xb7f800003e38c94b
	.quad 0xfff0000000000000, 0xb84422b4681d05c0
	.quad 0x801d84cc44ccb034, 0xa2cf2775fee7ff5a
	.quad 0xffd8b0c42e17381a, 0xc0941564c16d8d06
	.quad 0x894cdbb341800000, 0x96b91e3641000000
	.quad 0xffe4977865cf4549, 0x80000000ffad67ef
	.quad 0xfff41e5dd6d9965a, 0x7e92a7a542491ee9
	.quad 0xad79b17de6e7ff7a, 0xff80000042ba2286
	.quad 0xff800000312451d9, 0x356f5e4dffa38453
	.quad 0x062c640610d632dd, 0x0000000000000000
	.quad 0x3a4525f824e1f9eb, 0x0a1429d1b044fd47
	.quad 0x41717d3d2b307ef4, 0x7e655c783d6bc599
	.quad 0xcffffffeff800000, 0x8099c1a7e5da0e05
	.quad 0x6f0cf0f0d82d27c2, 0x59237c0ade0bfb06
	.quad 0xed36fbc0b893735c, 0x5ecd227e7fe9b01c
	.quad 0xffca1095167d2451, 0x3feb74785f144ad7
	.quad 0x0e500f8f42ad4065, 0x8020000000000000
	.quad 0xffaa658da3ecef53, 0xc3f4a10dfe800000
	.quad 0xfb93bcaefad60000, 0xdbee7127c6db7c00
	.quad 0xbfee4c649036e421, 0x7c3b4eb832bb9ca1
	.quad 0xb34c5e92ff31a676, 0xb5771d78aceb7e43
seed23:
	.quad 0xfffa64ed36f7e670
	.quad 0x0002619561b08842
	.quad 0xc00bb4c5cf6ce5c0
	.quad 0x3549b25a9711c3d2
	.quad 0x000000000001bb16
	.quad 0x6cbfa26a48a92590
	.quad 0xfffffff8076829a8
	.quad 0x0000c1e22c920545
	.quad 0x00000000000000e9
	.quad 0xffffffffffffffcb
	.quad 0x000188ee8f932815
	.quad 0xffffffffffffffff
	.quad 0x00000000000003cb
	.quad 0x1f04fff7a18ae36a
	.quad 0xfffffffff67d8795
	.quad 0xffffffc7b648eb91
	.quad 0x04400000
	.quad 0x10000000
	.quad 0x63c9d8d3fa7e838e, 0xff80000039b80000
	.quad 0x8010000000000000, 0x3188e4da2a9f3edf
	.quad 0x27bf2bef84697d22, 0xc020000000000000
	.quad 0x405fd890b1f9db83, 0xfff8000000000000
	.quad 0x3593b5554136df9b, 0x206fca7cb7223600
	.quad 0x7f800000c11c0000, 0x5e6d923ebfbeb7fe
	.quad 0x7ff0000000000000, 0xad2fdbdd9ebf696f
	.quad 0xdcacdc42a15a3e9b, 0x78500fc3004898cd
	.quad 0x2ac12f1b18714df0, 0x412000007ff3d8ee
	.quad 0x879a416abd1fd93a, 0x401a587591a1d705
	.quad 0xdb4fc9d004441731, 0xbfb1ee3d5e30c8e7
	.quad 0xa9738a97ffedb1f6, 0xe4c777b6ff958000
	.quad 0x3d33b7c0ffc00000, 0x9fc1f83bffd236ce
	.quad 0x7fea4b1a068f2f73, 0xbfc6b05308c6d303
	.quad 0x0078b6d68055e29a, 0x6950ad6eff917daf
	.quad 0x0000000113d8ca76, 0x000000003f98e659
	.quad 0x01519bfe3c53a858, 0x3f1c400000000000
	.quad 0x8d68aba65a3283ff, 0xffaedc306e216789
	.quad 0x7fd6eab6cfa9c5c5, 0xb15f32ae2339fd7e
	.quad 0xbc35fdde40b7f791, 0xc055b7de15a4026f
	.quad 0x9f930f8d3e177605, 0xbf03400000000000
	.quad 0xbbc16f8fd6dfff3b, 0x7f8000003e800000
	.quad 0x563ea5aa95966bad, 0xbfe31707ff9c595a
	.quad 0x5b24d4c8cf8ac4a0, 0xb51c035eb6f97e00
	.quad 0x28ecd93abf8bfffe, 0xba5c6a01321c768f
	.quad 0x9a667f5fdf487cf9, 0x70d937a125e7d990
	.quad 0x596773a60c907c00, 0xb871aad3c09de483
	.quad 0x879bfb53dbaefb4f, 0x000000001ba93bd3
	.quad 0x4048deb833b5f2e5, 0xcf80000018b70fbe
	.quad 0xf5c4cbff66655c2c, 0xd52ed47e5e0ce268
	.quad 0x02021b6015b3a989, 0x2e3ea6f7e262fb08
	.quad 0xf105cb2bf5cc7c00, 0x705e8456e8291f58
seed24:
	.quad 0xf5c80188da3db6e1
	.quad 0xff34f09976f92014
	.quad 0xd94971d639ae881c
	.quad 0x924603af324a7fb5
	.quad 0x0000000000000247
	.quad 0x00000003aaef2819
	.quad 0x00000000000001f7
	.quad 0x1259352468849edf
	.quad 0x0000000001000001
	.quad 0x10b0c173d07026d0
	.quad 0x0000000ecf25dd6c
	.quad 0x1b5f27d5524fe6e7
	.quad 0x9c71176675e19cc8
	.quad 0x0000000000003daa
	.quad 0x00000000000002c3
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xfff67d798af6201a, 0x22d7654b31cbc6cb
	.quad 0xbe007c0094df5c0c, 0x94543287feee7c23
	.quad 0x7fc00000000159d1, 0x18b6adcd3bbcdd1b
	.quad 0x000fffffffffffff, 0xc347dedb169d8480
	.quad 0x64b34a05372ddfef, 0xbfa7a718f65f47ac
	.quad 0x7ff225acb332d727, 0xe96c87b2bcb087d3
	.quad 0x7f8d996a6d2cf731, 0x11d2616a7ca76080
	.quad 0x0000000072175c1f, 0xfff8000000000000
	.quad 0xc0577d90f06ae413, 0x7f09c4a6bf97b020
	.quad 0x6ccba55e8502fc00, 0xccbb1ee22e72e943
	.quad 0x680c78a1d083af2b, 0x0ba6006eff800000
	.quad 0x7fcc53497f800000, 0xc017000000000000
	.quad 0x8ec0cf924fffffff, 0x3fa1cb0a59bb1da0
	.quad 0xa02edeb70023a1f3, 0x316e5e39ffacfb96
	.quad 0x800000007f800000, 0xffc57cecbf21a2fc
	.quad 0xf860b77acfff7ca4, 0xc06209439834b9a0
	.quad 0x4a8853dbbf3f8f47, 0x1772e669f7fefd2a
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x58af82de7e56fed1, 0x8d28d79fff800000
	.quad 0x0e36704ad6c103ff, 0x58ada303ff9f77fb
	.quad 0xecc943fddfc8507b, 0xefcac3783d958b88
	.quad 0xadb739beff8702a9, 0x0737c79cfefc7ff7
	.quad 0xa755d648fffcc180, 0xb13c1c0fffed4440
	.quad 0xbfe9e1934baf77e4, 0x8000000000000000
	.quad 0xe94754f46e18e0cf, 0xc10c0000bdc00000
	.quad 0x06f1403c8c5d7dc7, 0x8ef3a46c1d9eda4c
	.quad 0xfe5265f47b32ee03, 0x7ea74c7eeae1d537
	.quad 0x16f2373f0a57bb80, 0xb1c13c76c0a80000
	.quad 0xc1313d757fe8876d, 0x162b74f3068eecde
	.quad 0x935340715dc43d5e, 0x752085ddcdcbffff
	.quad 0x549a8899fbc7e015, 0xbd655c2ff5d186f3
	.quad 0x9fccfa8657dec7eb, 0x001fffffffffffff
seed25:
	.quad 0xfffffffdee56c87f
	.quad 0x000000533fb14655
	.quad 0xfffffffffffffe0a
	.quad 0x0003b68e57675c0f
	.quad 0x1f4bfe75223635b5
	.quad 0x263a65625300814f
	.quad 0xffffffffffffe370
	.quad 0x8eba966ea81ada6e
	.quad 0x0000000000000254
	.quad 0xb7510864a1c5dc91
	.quad 0x733535ff88092a3b
	.quad 0xffffffffffffff99
	.quad 0x02a76ef9450cae35
	.quad 0x474aeafce14cd74d
	.quad 0x000000000877a466
	.quad 0xffffffffffffffff
	.quad 0x04c00000
	.quad 0x90000000
	.quad 0x00000000bba0ea6d, 0x8008000000000000
	.quad 0x1f446202f6ffdfbf, 0xfff0000000000000
	.quad 0x419e37dca59281af, 0x000e12603e4d7f0d
	.quad 0x7f8000007fd32cf3, 0x04e052e46bbffcf5
	.quad 0x7ff6e1382f06e376, 0xff8463eebefe6428
	.quad 0xc7ffffff3c7e27ee, 0xf5c5d2fd30073bb8
	.quad 0x00118a5a8503d2d0, 0x83397192e5e88000
	.quad 0x80400000004067f0, 0x801fffffffffffff
	.quad 0x02c1876107069f44, 0xf5789825c1ffbc5a
	.quad 0x8075c97f5a1a048e, 0x4016000000000000
	.quad 0x7f80000000400000, 0xcd626f0c5fdc7c00
	.quad 0x76dfb98f7822bfc0, 0x4027400000000000
	.quad 0x5728200f5872c7a0, 0xbf000000ffeaada1
	.quad 0x7ff0000000000000, 0x00d9b8ffacb415d1
	.quad 0xfffd81ea8fcb30ba, 0x004be92fda7ffffe
	.quad 0x8012d3c84b990de7, 0x036310a330b8059c
	.quad 0xff800000bdb960f6, 0x01ffae305def1921
	.quad 0x817fffffbfa00000, 0xad2f5715b935fdea
	.quad 0x000be9f6800d0743, 0xdadd5806d75fff04
	.quad 0x8829eb33623f7e00, 0x7ff5b33304a8487b
	.quad 0xd4f145f78daf0000, 0x800000017f8ac1a2
	.quad 0xc3e0000000000001, 0x27e6409ecbffffff
	.quad 0x863b77deffc00000, 0xc096c00000000000
	.quad 0x3f9444d7606119cb, 0xe2b2c074ff8b81a1
	.quad 0x759eda76ff800000, 0x01a18e373ec00000
	.quad 0xe9ac6907187191a6, 0x07b1ae605b1ef75e
	.quad 0x37fba6a58b6f0000, 0x0000000097526a15
	.quad 0xa0e39547e5fdb9fe, 0x0000000000000000
	.quad 0xffd0000000000000, 0x79ca52257fedfb76
	.quad 0x3f84c77600000000, 0xbfcb7ca6cdcef7ea
	.quad 0x0c85ab8aebefeeeb, 0x7ef1cd4cefd7bbb9
	.quad 0xdb841359652f7b54, 0x7dba7a48e56de471
seed26:
	.quad 0x000000000000023a
	.quad 0xa7484ae736fc26be
	.quad 0x0000000080000000
	.quad 0x617c928e3c9da38e
	.quad 0xd90b92088b910631
	.quad 0x60cc905147706fca
	.quad 0xae3790a3b37a7b8b
	.quad 0xfffff29a7f7d6576
	.quad 0x000000000000000a
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe1c
	.quad 0x0000000000000000
	.quad 0xfffffffffff8bbc3
	.quad 0xc34954c10ae8a4b7
	.quad 0xfffb11c9258764e3
	.quad 0x0000000000000001
	.quad 0x04400000
	.quad 0x30000000
	.quad 0x44fe5ddf01fefc04, 0xd69cea31f7bffffd
	.quad 0xbb8ecc6e76d59300, 0x80000000fff2e0f9
	.quad 0x9efe0b3f3dedcfdf, 0x4350ef0acbc8bf53
	.quad 0x18fa5257dcc50a00, 0xe5be2b8bd73948fd
	.quad 0xfff17b4d4da38071, 0x00260a4a7fc00000
	.quad 0x4946a5e141ea4233, 0x03b0d290048ffac6
	.quad 0xfeffffff46a90000, 0x155fed861f75fc00
	.quad 0x4dc5caddfcf77fbb, 0x8b0c6c89f7f8f944
	.quad 0xc00c000000000000, 0xfe2fae9831591f22
	.quad 0xcda816018135f65f, 0xfdf8d3d91ab6e673
	.quad 0x4f7ffffeffb014f4, 0x825138a6bba5ac00
	.quad 0x400b9db964871463, 0x3b9779e1ff2174f5
	.quad 0x02b3b67c4f9f8090, 0x778fcf98207b5d40
	.quad 0xfff204c198465809, 0xc6252adfffc9d1ee
	.quad 0xffe58b38c035a88a, 0xda7ffffe40880000
	.quad 0xc01cc8287627cb02, 0x41e0000000000000
	.quad 0x5d9c2fff25da4e1e, 0x77a025250041a740
	.quad 0xc09800007e800000, 0x0c0489cfdb28fc70
	.quad 0x021760ca18712135, 0x8000000000000000
	.quad 0xb9c4ef70b44b6f8a, 0x8000000000000000
	.quad 0xbffc000000000000, 0x3e140917e0027900
	.quad 0x007fffff406dab75, 0x755e5277414da96e
	.quad 0x827a9dd4013a80c2, 0x800000007ff6eda6
	.quad 0x7e5e8fec02fbe035, 0x5efe2f550219fa78
	.quad 0x53106fa6203b3d7a, 0x3760000000000000
	.quad 0x7ff8000000000000, 0x81e6ea3b6861515e
	.quad 0x027b6cba06bb8ae8, 0xc0300773b8b21160
	.quad 0x0925acceccb1dacd, 0x16ccbf8ad4c8f8a1
	.quad 0xd67f540f3a4dd8ab, 0xbf80000000000000
	.quad 0xc32b28692306b865, 0xcfc29dd3c1140000
	.quad 0x71c290c0baffffff, 0x4ebe82bbd0dffc00
	.quad 0xd07ffffec0000000, 0x0a3535a7112ffcad
seed27:
	.quad 0xffffffff80000000
	.quad 0x000000000000010e
	.quad 0x61cd76ae8884febe
	.quad 0x0000000000000150
	.quad 0x00000000000002c2
	.quad 0xfff3f6bfcebe3860
	.quad 0xfffffffffffff010
	.quad 0xecbec91dfedd756b
	.quad 0xfffffffffffffcf2
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd9a
	.quad 0x766fbebbec927557
	.quad 0x00001a2e27695555
	.quad 0xffffffffff8aa86f
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x65c9dd7c9196f8fb, 0x5d0fb76b4f4141bc
	.quad 0x815a0eb4bf400000, 0x8000000000000000
	.quad 0x028f905405dc6bda, 0x2601756e5ffa8000
	.quad 0x4118000047800001, 0x2cf72f9d1e1948a0
	.quad 0x69abebe7ff8a58ae, 0x4008000000000000
	.quad 0xc00000003f7bd48b, 0xfff4e62945b40000
	.quad 0x0000000000000000, 0x479e8e41ffc00000
	.quad 0xbff1c3a872ae3e32, 0xbbc7cf7c7fd24454
	.quad 0x4138000000000000, 0x8c2bceee76915bed
	.quad 0x7fdfffffffffffff, 0xc012000000000000
	.quad 0x75b1e18602e096d4, 0x43c00000005d9c17
	.quad 0x0000000000000000, 0xfff2a40d93c43ccf
	.quad 0x77046eb797d88352, 0xfff0000000000000
	.quad 0xc046afcf21644cc4, 0x7fc0000080000000
	.quad 0xce26a5a0f7cdbff3, 0x4edfa0d1fcbdabfe
	.quad 0x33cbd5168d2a9237, 0xf215ebca7ab7fada
	.quad 0xfe9f0b52d208f081, 0x4ee65b02ba600000
	.quad 0x4fe497dac4377c00, 0x8000000050ffffff
	.quad 0x001fffffffffffff, 0x7ff2e5897625adba
	.quad 0xb8da32d5ac727b95, 0xece720604338305d
	.quad 0x345ca399798bfc00, 0xaea3b809d1fd3e00
	.quad 0x000d82f7f877ea95, 0xc05f000000000000
	.quad 0x777dba84bd79f0fb, 0xff800000fd6a9e46
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x2416abf8c4eefbff, 0xff278b1c0e8300f4
	.quad 0x7ff0000000000000, 0x406f72b755ee4cd4
	.quad 0xe86bf57a10f82948, 0x800000007f800000
	.quad 0xbea2485d247cb864, 0xff8b2d4bb05b65e0
	.quad 0xbcb8800080000000, 0x1f6a3a29df2b272e
	.quad 0xc058f1bae145b540, 0xfffb48f0a5b22b9c
	.quad 0x0386cde847177877, 0x00000000c5890000
	.quad 0x3c45103bffde4ffe, 0x7ff8000000000000
seed28:
	.quad 0x000000000000026f
	.quad 0xcca08253d303ceef
	.quad 0xffffffffffffffc1
	.quad 0xe78163cd9585cf43
	.quad 0xcc8be3e260123859
	.quad 0x41243e5fd4047a92
	.quad 0x449c5b7011b47d30
	.quad 0x000000004d5fb92a
	.quad 0x00000000000003af
	.quad 0x290519b6350f72f6
	.quad 0xfffffffffffffea5
	.quad 0x0006325d22862680
	.quad 0x5e7cf6645072d5a1
	.quad 0xcd8657929fda4735
	.quad 0x018ca5ade0bf15f0
	.quad 0x0000000001000001
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x802dcb799a889f96, 0x2af7912ebf9bbc8e
	.quad 0x4f000000c8000000, 0x905d40d13777f400
	.quad 0x120834cf4f000000, 0xc0046719fed9d380
	.quad 0xcf8000017fab1f87, 0x7ef13446419c2865
	.quad 0x83c8c308f0ffffff, 0x72e773ac00000000
	.quad 0xbfaafea306c11afd, 0x007fffffff800000
	.quad 0xfeb422711b298020, 0x7ff1979940500000
	.quad 0x3f7975b67f779a21, 0x44980000bb9de1c8
	.quad 0xea6cf0b3dab5f8b7, 0xc0d0000005512eab
	.quad 0x3cb62e008baa990d, 0x6e6c8eedcceca53b
	.quad 0x7b82231f9f4dfc00, 0xc6600000c06d43e6
	.quad 0x30938da0420ca79e, 0x812aa0a075c97b42
	.quad 0xe16588285d7ebbd1, 0x3ac00000f98bd5dd
	.quad 0x324cbc5f1c60fd33, 0x4a3c4f4ee5b60236
	.quad 0x2743ba37817fffff, 0x9350d513cf31085d
	.quad 0x2e3b7ceea7258001, 0x80000000043dfa83
	.quad 0xc00c000000000000, 0x7fefffffffffffff
	.quad 0xc01f000000000000, 0x3de8ceae05e4e963
	.quad 0x7fe6ae73b2ef6467, 0xfee7f91f7582b3af
	.quad 0x7ff8000000000000, 0xa62b4db4f6f3fe7b
	.quad 0x0dfe4db6c15c85ec, 0xe554ca50a966fd58
	.quad 0xbfc4000000000000, 0x71b4a5cc072af195
	.quad 0x7e8e6164d5087ffd, 0xbfc02eedc0de17fa
	.quad 0xb798427e44ff0001, 0xb1ad759cffc77f51
	.quad 0x33704807abc13700, 0xab13ccb1c9517dca
	.quad 0xfff51ee33693c75a, 0xbfd4a8257d4987f5
	.quad 0x017ec95c7fd88ab1, 0xc02fa8cb0322f857
	.quad 0x8000000000000000, 0x8f82ab707fedff37
	.quad 0x49d3ccb2cda55f8c, 0xebe4ff49cf7fffff
	.quad 0x175c2ffd5ce73d3d, 0x68957c51ff9fc261
	.quad 0xbcf000006ef88660, 0xedbe86d507417ea9
	.quad 0x3c922bf0bf513c22, 0x3f29456e00000000
seed29:
	.quad 0x314b4bdd10a527f5
	.quad 0x7cb8628031b2abe3
	.quad 0x00000000000000b3
	.quad 0x8e3f622b1443e346
	.quad 0xb53c6d359e8c2b1c
	.quad 0xfffffffffffffc94
	.quad 0xf6408f8655f1d7aa
	.quad 0xffffffffffffffe2
	.quad 0x77e98b052f930cd0
	.quad 0x00000000ffffffff
	.quad 0xfffffff992a8b505
	.quad 0x7c0b266ee3896d8d
	.quad 0x0000000100000000
	.quad 0xffffffffffe3585d
	.quad 0x7fffffffffffffff
	.quad 0xe2cf3066f04eeec4
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x8000000080000000, 0x4f3aa2ccaad9c080
	.quad 0x41763d233bc5991b, 0xc0880000bffffffe
	.quad 0x6abf447efffe7ffe, 0x4ffffffec17251a3
	.quad 0x3bb5518000000000, 0xc01b000000000000
	.quad 0xc01c000000000000, 0x7932f21ed14bfc00
	.quad 0x2746aaa234ab785a, 0x80226d19d9d2b593
	.quad 0xf6346debfeffbeef, 0xda1485d0947c7ddf
	.quad 0x875d0d9746e40778, 0x3c100000000d96f0
	.quad 0xbf9aab9494566111, 0xc073c1d699aeb7e9
	.quad 0xf9ca49620c17ffb4, 0x4fc08d48845e5b97
	.quad 0x798505aac4418000, 0x7ff32ddeadaba142
	.quad 0xc07000003bffe87e, 0xfff8000000000000
	.quad 0x7f8bc295b1ea463e, 0x40b3d515c04e75a9
	.quad 0x715bdf44802f5509, 0x2e2a57583fe29f7c
	.quad 0xc09bd6f2ff800000, 0x5fb6d21e70d1fe00
	.quad 0x958c500cffaffebe, 0xc006000000000000
	.quad 0xff8a27b8007fffff, 0x04efedc14ff99008
	.quad 0xff800000808f4745, 0xdf5dd2381b80f7c5
	.quad 0xc00d27adff800000, 0x7ffe14d8fb0c0a65
	.quad 0x41762fcbed497838, 0xff8000009ca2bf21
	.quad 0xc06eacc8cb02ba07, 0xc0b1800000000000
	.quad 0x0000000000000000, 0xa9e13bbafdbe67be
	.quad 0x99e280dd986d7f75, 0xfffdef00131ca23d
	.quad 0xc1983c5471a20eab, 0x800000005ffffffe
	.quad 0xbd2f94587fc00000, 0x9beba6e248c97935
	.quad 0x8010babf82693385, 0x418aaa4980000000
	.quad 0x0005e1f5a45480d2, 0x8011a9d80d9c2694
	.quad 0x8e53dd95e7df076c, 0x410000003ff52946
	.quad 0xc0f0000000000001, 0x7e3cc4d0f7b1000b
	.quad 0x3dcb5f7973f736bc, 0x3f6c000000000000
	.quad 0x3e79ca7f59fb21b0, 0x1eb06f091fadc4aa
	.quad 0xc011800000000000, 0xc3b655f6a896fe00
seed30:
	.quad 0xfffffffffffd9a4b
	.quad 0xffffffffffe9a2e4
	.quad 0xba61a6eeac6c9a5c
	.quad 0x8000000000000000
	.quad 0xf75315c4709dd21d
	.quad 0x032288095c291335
	.quad 0x55f82a7ab8cd7c9c
	.quad 0x0000000000000001
	.quad 0xc4910e809d127e23
	.quad 0xff928f63ea56cbd6
	.quad 0xfffffffffffffed9
	.quad 0x341d5378a00ef22b
	.quad 0x0000000864b24d11
	.quad 0xfffffffffffffee8
	.quad 0xf7371434f0a6dd22
	.quad 0xfffffffffffffe02
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0xc2aada978ebdf5a7, 0x00a51fd6624d7925
	.quad 0xbd79f59eed5afb76, 0x7d6c1ee87f83bac2
	.quad 0x5fa7aeee2f6e7f9b, 0x934e2388feffdbf8
	.quad 0x14b440c62c4bfc00, 0xbc5c8e395fd4f0fb
	.quad 0xc022800000000000, 0xfd2204bb8e61f0de
	.quad 0xb6e914c76d83f8c0, 0x7a93b887d98efe00
	.quad 0x68f4e2b3ffda2b10, 0xe44789abe2cde0e5
	.quad 0x63967112211a8d0b, 0x9656888baf607103
	.quad 0x3fc67ace45bcced8, 0xaa4cfbf11b4ec8c0
	.quad 0x3ac8000080359689, 0x4af8529212cb44ba
	.quad 0x50deaecfffe62e0d, 0x40b40000ff800000
	.quad 0x778b02d36eeffd7b, 0xc262298540cfc731
	.quad 0x0000000000000000, 0xda5dea384f324f39
	.quad 0xbe966351ff9f2a30, 0xde46e9b16dff7c84
	.quad 0xc023c00000000000, 0x80400000c3f81082
	.quad 0xfff0000000000000, 0x479821ddbe35b3b9
	.quad 0xb3aa99b6c357fcaf, 0x7fbdbdc68b607b07
	.quad 0x7f8c22a7c3b80000, 0x005eb14cfecde32a
	.quad 0xc161321e6fcbd1f6, 0x3fd99e473d49ee43
	.quad 0x40d33db669e8c354, 0x75e9fb6b7ffbfedf
	.quad 0xd37eefc979fffefc, 0x5d791fa9f7377f61
	.quad 0xec0b3848ffefefff, 0xea601237424d846d
	.quad 0xcab65b93ff7fbfff, 0x41f0000000000000
	.quad 0x3f36307dc37fa4f1, 0xc77fffff7e11b373
	.quad 0xfff0000000000000, 0x46a679aad8e08000
	.quad 0x7ff08386bad2b00e, 0x000a3319fe691667
	.quad 0x7ff0000000000000, 0xf99761e3fefd98c7
	.quad 0xfeffffff3d9d70f9, 0xca133a7cec55fc00
	.quad 0xfff8000000000000, 0xc0339620ec943f3b
	.quad 0x7faacb0d7f8e61e7, 0x8043f2c5888365ba
	.quad 0x4051cbde3588f0c0, 0x800f91a0ff800000
	.quad 0xc02dbf73f7d4946b, 0xbfe0000000000000
seed31:
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0x0e3b6a5896e8231d
	.quad 0x66edc7187930941f
	.quad 0x0020000000000001
	.quad 0xfffffffffffffdaa
	.quad 0x00000000ffffffff
	.quad 0x00000000000000ea
	.quad 0xfffffffc9f90dfa7
	.quad 0xffffff370ab82866
	.quad 0x000000000000025a
	.quad 0x00000000000078fe
	.quad 0x4e5df970604947db
	.quad 0x0000000001000001
	.quad 0xffffffffe5820232
	.quad 0xfffffffffffffcbd
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xc609f673defb7e26, 0xffb1c72ac3f3d1d8
	.quad 0xc00a000000000000, 0xfff8000000000000
	.quad 0xef57a90ec0100000, 0x4365c82effc00000
	.quad 0x80000000f02510d5, 0x5bf9bd146a9837d3
	.quad 0x80000000bbc21e9c, 0xfcd30d3f15848000
	.quad 0x86f881c8ef79f657, 0x001cbc5d7f014beb
	.quad 0xeed147fcb9593425, 0x3f78377200a759da
	.quad 0xf6547664bbffe73e, 0x0004e709cf7fffff
	.quad 0x000c90477e2ac292, 0x5f8fada0577fdeff
	.quad 0x43c00000bf5d4527, 0xe4d74e3937717000
	.quad 0x4047365f5011c1e9, 0xfd9a0300dd7b1d19
	.quad 0xaf78e684bf9333ef, 0xe7d28a58fe97a194
	.quad 0x80518f80c48c0000, 0xc337f09ef323d27f
	.quad 0xf8ce4f9980540da2, 0x7ff0000000000000
	.quad 0xbfd600007f800000, 0x657a606af54c5017
	.quad 0x750caefd102afe00, 0xf530f150ca3ffee3
	.quad 0xbe800000b65c0000, 0x50f7d087bd409676
	.quad 0x0001f0c1e2356b70, 0xfa9fb24246ad7e00
	.quad 0x000000007f937593, 0xf272f6a5a7cbc600
	.quad 0xe52d34cc5bbb7f6f, 0xfff536ae11542eae
	.quad 0x80000000ffc00000, 0xd91f20405a5c4298
	.quad 0x39d97d307ffe581d, 0x03ea4e597f91f93e
	.quad 0xbea2000092f20f3a, 0xbff140bedaade753
	.quad 0xfff0c0e30705d52f, 0x3343fad734da7434
	.quad 0xfff39f2751b091bb, 0x17d3b1d4dfccfbff
	.quad 0x7f8000003d4a5a7b, 0x813af690fe8619ce
	.quad 0x5f1eb7d68b9f50df, 0xbff77347b51c043a
	.quad 0x04e716478cae0903, 0x7f7fffffbb93f60f
	.quad 0x470000017db3d7d8, 0x000000007a0e654c
	.quad 0x989888d7f6f27e43, 0x00b238d178b57637
	.quad 0xcc6d4e3780000000, 0x6fed562aff800000
	.quad 0x0166dde5411020f7, 0x97c0c56efffff0d7
seed32:
	.quad 0xffffff3ce2cb3ff5
	.quad 0x000005a12d2ca509
	.quad 0x000000000000028d
	.quad 0x63a7d22fd7ae1ef5
	.quad 0x24db9845e8327043
	.quad 0x40e5d24d32668ec2
	.quad 0x0000000686e7d043
	.quad 0xfc360d7137459ce6
	.quad 0x00000003a58cd93b
	.quad 0x00000000000001bf
	.quad 0x7fffffffffffffff
	.quad 0xbc9917e396f98e87
	.quad 0xfffffffd907b3d54
	.quad 0xffff42d4c24a027f
	.quad 0xffffffffd53861f8
	.quad 0x0000099b9202fc68
	.quad 0x03800000
	.quad 0x10000000
	.quad 0xbc16a0e8c21a14ae, 0xff8000007fc00000
	.quad 0x7f8000007f1ba0ad, 0xffc00000ffc00000
	.quad 0x92ddbe835f35ae4b, 0x80800000c0e40000
	.quad 0x000a2a2b64df2bfb, 0xc01c94674d845db6
	.quad 0xf00399a680000000, 0xf4e5cc626288a59a
	.quad 0x7f800000389002ae, 0x89c4c47fe600fc21
	.quad 0xd13119c8bd4fcbf5, 0xc134600000000000
	.quad 0x00ffffff7f800000, 0xb20adfc0ffcc84e7
	.quad 0xac2d39c516d44fcd, 0x3463e094e85abd00
	.quad 0x124443935fe7a37f, 0x7f800000400d9b0c
	.quad 0x0b754c36e0ac95e7, 0xcb45acb0d29262ab
	.quad 0x7ff8000000000000, 0x481a5a4bbc460000
	.quad 0x7998f6397fc00000, 0xefeeebf16bba7d15
	.quad 0x7fc439127fa033cd, 0xbf9b2ea0e7675216
	.quad 0x70d8a7a3c7b7df77, 0x01134cf57151ca58
	.quad 0x9b9ab960a4ecfd19, 0x2ec088f3442543ff
	.quad 0xfff8000000000000, 0x61e1c7f171f307ff
	.quad 0x000000007fc00000, 0x3ffcebd683913e2b
	.quad 0x54d0afd67fc00000, 0x7fb5290c8cafb670
	.quad 0x3da068943f336495, 0xf6622545b7a88000
	.quad 0x627c300162667c00, 0x3fd0000000000000
	.quad 0x7ff8000000000000, 0x3cd902d2fed9b721
	.quad 0x609146f3fb21a015, 0x015e943eb7c00000
	.quad 0xfc63ea727fbefeff, 0xc3dffffffffffffe
	.quad 0x7f8000007f800000, 0x3fa396b3292e162b
	.quad 0xff8af31dc1acbe42, 0xff9c6dfdbe806110
	.quad 0xce84d6ab9c69fbfe, 0x9de7dc47bbf57250
	.quad 0x810000003eb251ae, 0x8000000069a7a41c
	.quad 0xf9d2374effbdef9e, 0x6b73c758a2a3ca78
	.quad 0x3ade985c40480000, 0x6e08c62ddd6f7c75
	.quad 0x9ba8337720ff94ff, 0x409c0cc55b1f39f9
	.quad 0x7ff0000000000000, 0x007fffff37f40000
seed33:
	.quad 0xfffffabfc2508d4c
	.quad 0x22c785734b08ca3a
	.quad 0xe09df767e1a150c2
	.quad 0xfffffffffffffc87
	.quad 0xcef33f45ecaab3d7
	.quad 0xf0063122072b5f29
	.quad 0x0000000008f3f091
	.quad 0xf3678d5447fb8fa1
	.quad 0xfffffffc483200ee
	.quad 0x0000000000000000
	.quad 0xffffffffff566417
	.quad 0xa610017191b8c960
	.quad 0xffffffffffc326c9
	.quad 0x000dfabf1aead085
	.quad 0xb915de4103706f69
	.quad 0xffffff15e5f8da72
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xc0effffffffffffe, 0x3fffffff512f66f3
	.quad 0x80000000fdda1468, 0x98c734e87667b7a0
	.quad 0x3700029e7f77c7e0, 0x0000000000000000
	.quad 0x35c0000080800000, 0x41a701a26eabba82
	.quad 0x40600000ffb15bb6, 0x7ecd58fdc0165f45
	.quad 0x6045591dc398b704, 0xbc080000c3793e65
	.quad 0x7ff36c330cfbf74f, 0x3f8c28d445674d43
	.quad 0xf76a5a666f1234ea, 0x800000007bee9336
	.quad 0x82f9c25dac5b1f30, 0x2770de4deba2c810
	.quad 0xea8252ebc3336560, 0xd277f8a90a2a4640
	.quad 0x4ab9b2cb19bafd95, 0xaf5c29589168b4ea
	.quad 0x3ec80000ffb7f4f2, 0x3f8ebd477adb0e28
	.quad 0x00ffffff010715ea, 0x45a0000040000000
	.quad 0xfcd9078c5a000000, 0xbfad3067eaa78f5c
	.quad 0x3fa767a09ecb3770, 0x7f800000ffb6d3aa
	.quad 0x805f17a9ebb54740, 0x43e0000000000001
	.quad 0xc05025b3b47c7fae, 0xa6694b03aae90000
	.quad 0xbf26000000000000, 0x788a1c213ddce880
	.quad 0x7c82d92988440f18, 0xff9b3e0afb92991b
	.quad 0x6a75bedca0dec095, 0xfff0ee327f131f81
	.quad 0x007d48487f9ceec6, 0x4c161151ebe30800
	.quad 0xffa9c50e75a01229, 0xbfa0fec1c1c2daaa
	.quad 0x034d64840f6fffd9, 0xfe800000817fffff
	.quad 0xa078c89780000000, 0x40b5e86a15b499df
	.quad 0xc998accbeb2fc6f3, 0x44fa00004207aa4c
	.quad 0x7f7fffff40e40000, 0x5e53b6d17fd4dad2
	.quad 0x7fdfffffffffffff, 0xc70000013eef7c9c
	.quad 0xc1fffffffffffffe, 0xfe2f32561c864400
	.quad 0x8040218732d25308, 0x6cc84af283ff7888
	.quad 0xfe8df13252fa80dd, 0x005b9ed4ffa6d8bd
	.quad 0x0296be7ad2b0dcdb, 0x0000135742e822fb
	.quad 0xc1c10cbcffb47fff, 0x8015d4d575a264d0
seed34:
	.quad 0x0000000000000217
	.quad 0xffffffffffffffb7
	.quad 0x3ae650e4c667c6ee
	.quad 0x5a00e2fe731e3e41
	.quad 0xffffffffffffffdd
	.quad 0x000000000001ee5f
	.quad 0xfffffffff142e0ee
	.quad 0x0000000000000000
	.quad 0xfe3d290df261c6a1
	.quad 0x0000000000000000
	.quad 0x0000000000000363
	.quad 0x000000000000021b
	.quad 0x0000000000000005
	.quad 0xfffffffffffffcd6
	.quad 0xfffffffffffffec4
	.quad 0x4e7b5e01446dad88
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0xe60af30ce2e0031a, 0x8000000000000000
	.quad 0x71107c49ffbb7fbf, 0xc04ef00000000000
	.quad 0xceb7e8cf9da39534, 0xff800000c8270000
	.quad 0x9b2bb0ea76d25af2, 0xfae934b4cbdfbf20
	.quad 0x7e65bf36a41017c4, 0x37300000005eb2bc
	.quad 0x00059b2a0d0e1cc0, 0xbf102f110522ab79
	.quad 0x409aa8e796e473da, 0x7ff8000000000000
	.quad 0x0000000000000000, 0x0475155a4fdefa92
	.quad 0xfe800000ffc00000, 0x3f8ef3307daef9c7
	.quad 0x7ffad2b39793ed62, 0x3f29800000000000
	.quad 0xd9e61294c0000001, 0x08f4f9847fceffff
	.quad 0x14ccd5bfc7d89917, 0xffa8f46b23526f44
	.quad 0x232c1495ec5eaaa9, 0x48579f8dff85ef49
	.quad 0x4dee8de17aa9fc00, 0x3fe00000ff8ac695
	.quad 0x54f7b5a7e6850bff, 0xc580000043c05c1f
	.quad 0x7ff8000000000000, 0xdc9d9081ffbefdd9
	.quad 0x0856409fc0de2bb8, 0xd573242794488000
	.quad 0xfff3ad059aaccb41, 0x77d740ec4212a4d3
	.quad 0x6df8e32300000000, 0x7f800000ffaf6ea7
	.quad 0x7fdfffffffffffff, 0x0cf98857effffffe
	.quad 0xfb8e042cb9fff35f, 0x28eed78f2bb4a274
	.quad 0x7ff5e8c2d66c648a, 0x4330000000000001
	.quad 0xc35df08245dfdffb, 0xbbe1e59bc81d8adb
	.quad 0x94bbee21efea8b5d, 0x01277b50ff800000
	.quad 0x400fffffffffffff, 0xc350f5ecdf777e00
	.quad 0x85cdb2f99993fc00, 0xfffb331feb106881
	.quad 0x5ffffffe924f3c74, 0x127163c0ffececc7
	.quad 0xa8cb8622acf52ae7, 0xddf496b9bedd81a1
	.quad 0xf4f777e8e25ffbff, 0x37a00000ff800000
	.quad 0x80ffffff80000000, 0x7ff0000000000000
	.quad 0x6dd0883ebfdf7daf, 0x000000006379d067
	.quad 0x7fc1e6323deadd7a, 0x856fbb372ae1282f
seed35:
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc89
	.quad 0x0000000000000000
	.quad 0x0b632313106e58c1
	.quad 0x32ada81c1022f974
	.quad 0xc0391276bbd3083b
	.quad 0x0000000000000ea2
	.quad 0x9dee05f8835016b1
	.quad 0xffff20389b7289ea
	.quad 0x0000000100000000
	.quad 0xfffffffff984a5fe
	.quad 0x0000000001000001
	.quad 0x0000000000003887
	.quad 0x000000000000017b
	.quad 0x00000000033e524d
	.quad 0x7fffffffffffffff
	.quad 0x04c00000
	.quad 0x70000000
	.quad 0xc3548c2cffb7fe5b, 0xc0d80000175aa0f9
	.quad 0xaad81cccfbf0fd89, 0x45400000800fe6ba
	.quad 0xa945b95ac86e1f4c, 0xc05c71f75e0c046d
	.quad 0xdda984e946447fb6, 0xc0e1103c976fec75
	.quad 0xa320b5d10085fe00, 0xee21f9b2d6ffff6f
	.quad 0x8e69f056cf48bf7f, 0xc0109621fcac1d6d
	.quad 0x9b598a82803c4ccb, 0x80f5aa3bd8532e86
	.quad 0xffc0000040380000, 0x7f8000000816b44b
	.quad 0x3c316cd3ffc00000, 0x7fe5164e5683f158
	.quad 0x405000003fd82837, 0x402fc81f09e1cefd
	.quad 0x4038e55626d4c819, 0xf629b6803ebaf88d
	.quad 0xf7377a339689c9cf, 0x392f2bc2ff800000
	.quad 0xac3b2f056032cb9e, 0x68d27cb38488351a
	.quad 0x41d5252840559a68, 0x000000003bb1a7dc
	.quad 0x0ed5af5fd88e4984, 0xc000000000000001
	.quad 0x3f80f726ded3f62c, 0xfa82d02bfe0f2c8a
	.quad 0x40e1e00000000000, 0x3fc389565ce4e0f3
	.quad 0x11752638f97df08f, 0x056dd7478e67868a
	.quad 0xbf12090300000000, 0xfff8000000000000
	.quad 0x3da5c88d803c336b, 0xffbb4849c7e23246
	.quad 0x6f614e01ff9a8cda, 0x407ab3340969d009
	.quad 0xfff2e3e04aeb9137, 0xfff5d6ce7d26c107
	.quad 0xd01a99efd2c207ff, 0xc78ad70f4cd171b7
	.quad 0x5baa4d46f99dbee6, 0x3fc0d4d313e048e4
	.quad 0xbff985fbe9c96f87, 0xcdbed585aa7a0000
	.quad 0x8000000000000001, 0x7ff0000000000000
	.quad 0xf56a789b227276e2, 0xe16c1e2e9f7dfc00
	.quad 0xc0f0000000000000, 0xffb503a500000000
	.quad 0x7c3d7601ff0ac326, 0x47fffffffeb427a1
	.quad 0x017e8209aebf7206, 0x7fc00000c3b593e1
	.quad 0x09dca35a07ec0200, 0xbfe01d8be64380cf
	.quad 0x9e096e9405a0641f, 0xf4022f552553fbff
seed36:
	.quad 0xffffffffffffffe4
	.quad 0x68489907d2f31c42
	.quad 0x0000000000000038
	.quad 0x000000000075e03e
	.quad 0x441944ffa46a4435
	.quad 0x0000000001725eae
	.quad 0xfffffffffffffffd
	.quad 0x337d01b935550f23
	.quad 0x31005be8737f85de
	.quad 0xfffffffffffffffe
	.quad 0xffffff919fa0f34d
	.quad 0x0000067d81fd2372
	.quad 0x261389d622d84113
	.quad 0x81030af37388158a
	.quad 0x7fffffffffffffff
	.quad 0x112b6486945b2a52
	.quad 0x01400000
	.quad 0xd0000000
	.quad 0x8020000000000000, 0x404412702d55bd89
	.quad 0x7fe21c80f4f48243, 0x7ff0000000000000
	.quad 0x00000000ffc00000, 0xc1efffffffffffff
	.quad 0xc01c0000bd3400cd, 0xc0980000f85c0f5c
	.quad 0x108ac208d525c580, 0x7fc0000080000000
	.quad 0xbbf0c538dd69166a, 0xfb5cd0aa99a206e6
	.quad 0xbf834eeeaadf4f5a, 0x80000000103d448c
	.quad 0xcee70c32fd7f5cbf, 0xf2ca25fbbca2e188
	.quad 0xbf883e30c4780000, 0x69b40d5fe3e3fbfe
	.quad 0x716db9c69c4403ff, 0x0000000043cfcffe
	.quad 0x0020000000000000, 0x7f65fbb2df1953b0
	.quad 0x0019cb847fa558f8, 0x029da60f8195c6a1
	.quad 0x8000000081201920, 0xc08000007f8ab792
	.quad 0xdd91afddc0180000, 0x3dec0000c07e2d06
	.quad 0xf057a24f35da0000, 0x5c98b263e8110838
	.quad 0xdddc5a8efe96dfb7, 0x56966beebeb2e4bd
	.quad 0xc584a96f74e08001, 0x3ffcc730cc5d253d
	.quad 0x7fe0000000000000, 0x7f80000000edbed9
	.quad 0x8000000000000000, 0x611f12750613cde6
	.quad 0xcd9c7a02eafff410, 0x94aff7d6ffffacee
	.quad 0xc000000000000000, 0x7ff39a03cc0da8df
	.quad 0x01de0b767fec5f46, 0x760b727b59cc7c41
	.quad 0x360923a024084e19, 0xf3a10f4440900000
	.quad 0xed9482cf829f6a91, 0x013bcae0003bd787
	.quad 0x04ce845fbe1679c5, 0x244ff1b6d3794af4
	.quad 0x796bf152ffaf4e6f, 0x06fe37b9ffb71280
	.quad 0x000a6b0dfbe5ed3a, 0xbc35fbdec3ec7154
	.quad 0x80d4af9217cb0e78, 0x4071b58f03e7da11
	.quad 0x7ff0000000000000, 0x3eda000000000000
	.quad 0xc0100000c94c0000, 0xdeec738c30aa3981
	.quad 0x98414fe6ff5b5ff6, 0x0f1537053d30f2b0
	.quad 0x7ff80344b2115031, 0xf4e875927c76fbff
seed37:
	.quad 0x5c4a714c4feb9956
	.quad 0x2e5d745ed2a4a04f
	.quad 0xffffffffffffff7d
	.quad 0xfffffffffffffe74
	.quad 0xfffffffffffffd25
	.quad 0xfffff5680a7334c5
	.quad 0x0000000000000052
	.quad 0x00000000000002e8
	.quad 0xf92a7c9a12c24509
	.quad 0x1795c520bad8d919
	.quad 0x7fffffffffffffff
	.quad 0x3af832a070a42057
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xd819374861ca677d
	.quad 0xffffffe45acad7d7
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x06f9cebb4df08800, 0x7f9c5d75fc853bee
	.quad 0x4013800000000000, 0xdfe3ed9846393404
	.quad 0xc7e0917853984763, 0x0080000000000000
	.quad 0xe80f24c8f6cfffbb, 0x41effffffffffffe
	.quad 0x8008000000000000, 0x096f4e32c9540000
	.quad 0x7fc000007fb41ecf, 0x80800000c0500000
	.quad 0x41bc66c3fb843ab0, 0xfff25b246f63045b
	.quad 0x00000000ffbe3f66, 0x95b6774da29d7d18
	.quad 0x7afc35d38dedcd67, 0x778216bd7f33f18e
	.quad 0x819beb42306d8000, 0x5a4f987de6fe34ff
	.quad 0x80bb489f0e90741c, 0x7ff44f521661b5d3
	.quad 0x4041482e9abaf822, 0x033e0485e10d28f0
	.quad 0xbc88fe0d7f806565, 0x7ff8000000000000
	.quad 0x8206d27a8d9a0bd5, 0xff8000007f9f62db
	.quad 0xc33fffffffffffff, 0xa64976f03303f83c
	.quad 0x9d853c2076c74dc7, 0x7f9fa7788c0ea005
	.quad 0xffb9c9d180530650, 0x8000000000000000
	.quad 0xfff8000000000000, 0x353a1a07b7200000
	.quad 0x3896a961e6fc2d0e, 0xffd81c99a60465b5
	.quad 0xc0037618e0d9f4f2, 0x91ee6950fbe2b6e1
	.quad 0x7aed49dbffc00000, 0x02eae539a2bdc9a0
	.quad 0xeaad831d7ffe7b8d, 0xfff855dad94d8018
	.quad 0xf7366990ffc40c09, 0xfdfa4cbc003e04b1
	.quad 0x00000000ffa4095c, 0x007c773f00000000
	.quad 0x7fc00000c0500000, 0xffd0000000000000
	.quad 0x35a92926cf08fc00, 0xfffc861bb6d30c70
	.quad 0xebf313168d57825d, 0x7ee9bae26e9501cd
	.quad 0xfff0000000000000, 0x00011972ce8c17dd
	.quad 0xcfffffffc0f40000, 0x438e4e88c0e00000
	.quad 0x424000003c6bd03d, 0x7f800000df7fffff
	.quad 0x4dfe30b03d708000, 0xcb523107c3c734b1
	.quad 0xd6638c37fff560f4, 0x7fc00000b7a80000
seed38:
	.quad 0xffffffffffff8250
	.quad 0x0000000100000000
	.quad 0xff21eec6f71c3e6a
	.quad 0xffffff6860643446
	.quad 0x0000000000021cda
	.quad 0xfffffffffffffd53
	.quad 0xfffffffdd776bc47
	.quad 0x0000000000000137
	.quad 0x00000000000002fa
	.quad 0x0020000000000001
	.quad 0x7de84f0d9f380ee2
	.quad 0xffd63f29ba8aee58
	.quad 0xfffffffffffffeba
	.quad 0x7966f75e8181c1d2
	.quad 0x05187150c52447fd
	.quad 0xfffffffffb6373b6
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xce3b15f6cf1e44a0, 0xf64b4bc8ff5cd9d7
	.quad 0x7f8000003e800000, 0xbfe86a9f14418800
	.quad 0x00525f9f858d3cd8, 0x4c45d5b07c6dff3d
	.quad 0x37b783273ffcb6a7, 0xb3b98ecee3a2b2e1
	.quad 0x2772f29bf8d5d570, 0x8000000000000001
	.quad 0xc007000000000000, 0x4033d248ceff7f14
	.quad 0xfe2e4b637f800000, 0xd2728550cc4c591d
	.quad 0xc300000000000000, 0x2fa72dc09fc0780b
	.quad 0xffee504736bac8c9, 0x8cce4d9b39ef723b
	.quad 0x0306e28aee149cf9, 0x83eebb42d9865036
	.quad 0x81e66104e0c10b02, 0xfa20828df7fad3a3
	.quad 0xd13155335e7103ff, 0xfff91208491fc25b
	.quad 0xc08800008041bd38, 0xdf167010c70eb438
	.quad 0x893565bdf7ffffff, 0x59ab1ef98e15809d
	.quad 0x455f258a13ee1699, 0x960ecdf520e5c294
	.quad 0x4c41e512febfbffd, 0xffc00000432ffa20
	.quad 0x001fffffffffffff, 0xffbb4a66c2372280
	.quad 0x514743e1cf85bdc4, 0x3ff5800000000000
	.quad 0xbbe239940d188c00, 0x0c435d29b0f9a834
	.quad 0x03c3d0a19f64c8c0, 0x800d48e5e99ab419
	.quad 0x41400000ff8aa01b, 0xff72e4a6ffdeab3d
	.quad 0x6ad9c8d6dfdefa7f, 0xa66a4f585b7f0b9d
	.quad 0xd452ec27c809b494, 0x7f8000001382d1a7
	.quad 0x8009da314976c45e, 0x77c1d9871c627b92
	.quad 0x61b1fc77bcd35c32, 0xa4b4ad43e7bbffff
	.quad 0xc084000042400000, 0x802fffffffffffff
	.quad 0x8dba4320753dd59c, 0xbfc9c00000000000
	.quad 0x80000000bc7e63e6, 0xbe7502627f830ee6
	.quad 0x1bb2313973437c43, 0x4004e00e49a47be8
	.quad 0x3fe9f223087166d9, 0x816bbaeec1cba772
	.quad 0x25761995bb700bee, 0x00000001e264656e
	.quad 0x000588de0cfa98d1, 0x3bacee13c3c00000
seed39:
	.quad 0x00000000ffffffff
	.quad 0xfffffffff0285b9e
	.quad 0x0000000000001d24
	.quad 0xfffffffffed5828a
	.quad 0x0000000000000066
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0xfea1f92304bcbcbf
	.quad 0xb04cf9ebed1f20eb
	.quad 0x57eaec902d10ca42
	.quad 0xcb1c1b081c39d66c
	.quad 0xffffffff81c57d05
	.quad 0xffffffffffff1ea4
	.quad 0x00000003add42b60
	.quad 0xfffffffff478834d
	.quad 0xffffffffffffc4a0
	.quad 0x05400000
	.quad 0xf0000000
	.quad 0xac41e99dff77fd75, 0xbe14aa76f42c8832
	.quad 0x7fdfffffffffffff, 0xffaac460c8f00000
	.quad 0xbacb787bfcf5c589, 0xbf96fd6f09558481
	.quad 0x5352b4ddfe7f987a, 0xff98316200000001
	.quad 0xc3324ba1cf000001, 0x451800006ca7bb2d
	.quad 0x000605cca290defe, 0x9d0cfb909b5d94fc
	.quad 0x7ff52625f6049fb2, 0xfff0000000000000
	.quad 0xc78000013ee38d71, 0x5f1be0437298cae5
	.quad 0xc2441bff017fffff, 0x437e68f68527aede
	.quad 0x7a1f231f99606aba, 0x7ebdf54da878356e
	.quad 0x99ec0a5ab7ff8eff, 0x00000000c0980000
	.quad 0x1dd9e6e2dfe43000, 0x7ff65e63f05b560d
	.quad 0x06d20a4c42198bc2, 0x790b571ed9fffffe
	.quad 0xfd1dfb7901597dec, 0x743fa204ffe6ffda
	.quad 0x03baad4eaa803521, 0x7f80000047000000
	.quad 0xb838001e967d8001, 0xff8000004329ceaa
	.quad 0xda00000152d2a058, 0xce28cdbeffcefc6b
	.quad 0xfff33030b0be718e, 0x7f70bc8ce394f725
	.quad 0xfff0000000000000, 0x9ce39779f51a002a
	.quad 0x0000000000000000, 0x41a015d300000000
	.quad 0x1c1de4e839b66193, 0xc02f5de823767b66
	.quad 0xc15906676c7ffb78, 0x419ee3fb7f917f49
	.quad 0xe32c3e5ce9fe7d74, 0x3fc01dd87fcdb7f8
	.quad 0xd6f8f74f03f27331, 0x282502908e712a40
	.quad 0xc4e00000eff05d48, 0x033f570e3e70826a
	.quad 0x401a800000000000, 0xa7726d0d7fb73fbd
	.quad 0x772f88cfc6640000, 0x5d9ffb20e35fc0de
	.quad 0x5d0f9d50e2134fb2, 0xc07ffffe7f800000
	.quad 0x7ff3417d28c6c38b, 0xbff4000000000000
	.quad 0x8008e50f27d59bff, 0x9f7488647ba5c380
	.quad 0x662d970400000000, 0xc112000038ae0000
	.quad 0x2d47ab8941c92486, 0xa4487a2dbff52baa
seed40:
	.quad 0x943b6c0f8b2c5d7c
	.quad 0xa7ce15eb311b1c58
	.quad 0x5a227f9728e924f5
	.quad 0x00000000000001da
	.quad 0x0000000001000001
	.quad 0x02df84b9178535af
	.quad 0x0000000000000229
	.quad 0xfffffffff3d8be8c
	.quad 0x00000000000001b3
	.quad 0x6be357bc4e12a021
	.quad 0x0000000000082dc4
	.quad 0x00000000000d21ba
	.quad 0x0000000080000000
	.quad 0xffffffffffffffb8
	.quad 0x0e617e738bd86760
	.quad 0x9c18607cf296af16
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xf8c0fc0880400000, 0x7facf7814180f138
	.quad 0xc27b3ca2ff8bdcfe, 0x297aeac3fbdd7e59
	.quad 0xea75379e4bf6feb3, 0xff80000040b80000
	.quad 0xc06e18c029dc83ef, 0x3f931e32d764a412
	.quad 0x97edd0711fe00770, 0x434fffffffffffff
	.quad 0xfffd011ce3374d24, 0x5d7a418eef28c080
	.quad 0xc018800000000000, 0xd3269ca979657bff
	.quad 0xffc0000080000001, 0x7fc00000c071881c
	.quad 0x026deca07b747e44, 0x3d1e4dcb4130452e
	.quad 0x401d000000000000, 0x7f28c85dffd3ddb9
	.quad 0x3ff4e9455587e670, 0xfff8000000000000
	.quad 0x8a6cbeefff75ffd4, 0x7de30f99507f4200
	.quad 0xff800000ff800000, 0x3b0050a2202f79e0
	.quad 0xd444b60c40b62d1a, 0x94aec822efc9ff7e
	.quad 0x3f52f00000000000, 0x7ff746cf507cda7a
	.quad 0x7ff8000000000000, 0xfff052cc504ad710
	.quad 0x546d52b2f3afb7bf, 0xc3ffffffffffffff
	.quad 0xddcd4eaca4f82c2c, 0xdc07d82dc0ac0000
	.quad 0x402b842d10be7c1e, 0x658ccba6fff7c97f
	.quad 0x9f7a365c7caf7ff9, 0xfffdcab753fa5011
	.quad 0xabc3e1d5a8894441, 0x82e67ea98103293f
	.quad 0xb2d38b59e0abfe25, 0xdfb6144d2db6a703
	.quad 0xfeb3b51a5adb4bcf, 0xda44479efffd3fbf
	.quad 0x669d9a2dffe87d7c, 0x4019000000000000
	.quad 0xb4471df2fff68bdf, 0x1483f69fc0980000
	.quad 0x00ad2a63fffffffe, 0x7119fa63412908df
	.quad 0xfff77bc3069d0e2b, 0x2e61b6a8faeeba36
	.quad 0xbf822e93b93f6aa5, 0xbfaba07c79be129f
	.quad 0x7ff2652b361536be, 0xc11400000b0a2490
	.quad 0x7f818c12ffcdb50f, 0x4588000040cc0000
	.quad 0xae5f8ceede0f1a71, 0x3fa58551e8d716b0
	.quad 0x7ff0000000000000, 0xbfcef6b2bfbe7b9c
seed41:
	.quad 0xfffd513c4c5ca36f
	.quad 0x00000000000001a3
	.quad 0xe5a55e79ebdf8b45
	.quad 0xffffffffff8a0bef
	.quad 0x00000000003bab4b
	.quad 0xfffffa8147867685
	.quad 0x82dc8a5f87876e2a
	.quad 0x9f0bfa20f09031dc
	.quad 0xc1e2193f187d3af7
	.quad 0x001ffdecb1a74b1c
	.quad 0x00000000000001de
	.quad 0xfffffff651f1fabc
	.quad 0x2a8f56a56a205b3a
	.quad 0x8f038ba2051cca10
	.quad 0x31f833588d3ec89c
	.quad 0xa9694603cc08baf0
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xbfa8a00000000000, 0xbca62440d3bff8d6
	.quad 0x42628229bea7e246, 0x1b9466b2a57257bc
	.quad 0x0000000059c1bd41, 0xc1100000c6c00000
	.quad 0xe9d2e462efffffff, 0x3df66d735f000000
	.quad 0x9ed4309907bb03ff, 0x5166ab98befd1f9f
	.quad 0x6a35e3f9efd8b7fb, 0x3f8c7929f4a3bf24
	.quad 0xff8b8a5238300000, 0x40e80000803ce9e6
	.quad 0xc2ca75c3ff1a7b5f, 0x52a5ca8f2b797c00
	.quad 0xf5913368ff5f7bee, 0x0000000000000000
	.quad 0xc14adc80fdbdffaa, 0x80000000ff845a1f
	.quad 0x16a63f4a69294329, 0x00000000804d6f52
	.quad 0xda2e044180000000, 0x70060cdf40600000
	.quad 0x7f8000007f800000, 0x0981d92d759ff7d5
	.quad 0x8019f655422c69a0, 0x3fed000000000000
	.quad 0x0028ed4e24c31615, 0x686dd116b7eb77fd
	.quad 0x7fc0000053a3ccba, 0xfdc40abb83134829
	.quad 0x7f9673f200000000, 0x574e077eb5769e18
	.quad 0xffda7dfbc37f3d52, 0xbc968bdac1200000
	.quad 0x0000000000000000, 0x8066b5dfc77ffffe
	.quad 0xc01c000000000000, 0xc0b5000000000000
	.quad 0x2e618c97245895e9, 0xffe34fcf9bec8a87
	.quad 0x628d84a91c2c0000, 0xf9f2ed2aa2ffffff
	.quad 0xbba7189849000000, 0x0040b7fb6881dc30
	.quad 0xc88d6dddf0ec722c, 0xc18b4ee0dfd5ffdc
	.quad 0x0053de347f7fffff, 0x023fc843e0f4d904
	.quad 0x00400000b9a40000, 0x39e36781b26b2e13
	.quad 0x007aac7f433e43b8, 0x2dac5b33e6845b72
	.quad 0xff80000003f5ea73, 0x7ff8000000000000
	.quad 0x47ffffff3d06f402, 0x800b43fd38b093db
	.quad 0x7ff0000000000000, 0x85b37060e5bad93b
	.quad 0xf12c00017ffb9fff, 0x95ebb3a3f73cc6a2
	.quad 0x4010000000000000, 0xc03a3c06c69e6bc3
seed42:
	.quad 0xffffffffffff8896
	.quad 0xffffffffffffffcd
	.quad 0xfffffffffffffc40
	.quad 0xfffffecc50580c85
	.quad 0x0dd7ddab581555d4
	.quad 0x0000000083f1dd52
	.quad 0x00000000000017bc
	.quad 0xfdef908ecf1e14ed
	.quad 0x00dbdf7c35ae8072
	.quad 0x0000000000000170
	.quad 0xf0b3d33c7f77601c
	.quad 0xffffffffffec493c
	.quad 0x75f9cbd5d5a111de
	.quad 0x00000000d84575e0
	.quad 0x1fc230ab744d099e
	.quad 0x7fffffffffffffff
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0xa2aa1ee6ef42500c, 0x0b15b6578b17d0c0
	.quad 0xbe0f2c9e7f879d9a, 0x001fffffffffffff
	.quad 0x828c8a0b41c00000, 0xd6bea90cbdc061fa
	.quad 0x602fa174dffbe7a4, 0xbf127c01da000001
	.quad 0xf8b1044153df6bd1, 0xbf9f5e985a332905
	.quad 0x74caff42b8dc9a78, 0xc29273124475f800
	.quad 0xff800000c7000000, 0x3f8ed7c3fefffdef
	.quad 0x7fefffffffffffff, 0x000c066a4a855056
	.quad 0x7f800000feffffff, 0xc1e0000000000001
	.quad 0xc00b000000000000, 0x000000003b81dcd5
	.quad 0x7d3736d941cd6397, 0x40e4800000000000
	.quad 0x3a000000bf280000, 0x2b02328bbfefedf4
	.quad 0x7ff62459c45ff660, 0xadff36f7dbd3b7f7
	.quad 0x30348249b17fffff, 0x033ba9f174feffbe
	.quad 0x82b2be2d82c80d04, 0xba9ccea64c7145c0
	.quad 0x3ffc000000000000, 0x629b786affd6bdf7
	.quad 0x18d4ccb5e54cbffe, 0x7f815800be180000
	.quad 0x9e15e350ccf74640, 0x9ccfe28308189752
	.quad 0x3f2000003cc4bcc2, 0xa6df5ef6f1937c76
	.quad 0x87edbb9a42354efc, 0xfff0000000000000
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0xc004000000000000, 0xa48e741644653ebf
	.quad 0x8fac8896dfffffff, 0x625c24f9d9389ed6
	.quad 0x0000000001767670, 0x4006bb5a6f4b92c5
	.quad 0xfff389098656078c, 0xbfe2619796954907
	.quad 0x66e8a480d3bd0000, 0x749cbd237f4587b9
	.quad 0xffec1a05c1938540, 0x61104e4eedfefffa
	.quad 0x12267aabf1bfe577, 0xc02f870a5c8537fc
	.quad 0x7ff0000000000000, 0xc0194fd9fe8c3868
	.quad 0x4fecb680180477ff, 0xedfca32c3c9c0000
	.quad 0x5f8000005fffffff, 0xc0980000cef81512
	.quad 0x7ff0000000000000, 0xde9c5070f27fff5b
seed43:
	.quad 0x3894232dd92ed63c
	.quad 0xfffffffffffffcd7
	.quad 0x6cb42b86e00ed8bf
	.quad 0x0000000000ccc78c
	.quad 0xca613e14c650d98f
	.quad 0x0000000000001abe
	.quad 0x972e74695ce6a6c8
	.quad 0xffffffffffffff62
	.quad 0xdc28493070a22cc4
	.quad 0xfffffffffffb9267
	.quad 0x353964ab7c8df16f
	.quad 0x0000000000000078
	.quad 0x485893e3d753fadb
	.quad 0xfffffffffffffffa
	.quad 0xff070459fee28c84
	.quad 0xfffffffffffc71d5
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x0845e4fb7f33ad2c, 0x0aa4a970fffddff2
	.quad 0xffe13e4e9155e525, 0x40604115a9d47c00
	.quad 0xfa79ba820910b8e1, 0xfeb900afbc000000
	.quad 0x98aa1bf87e68f495, 0x9601106f00400000
	.quad 0x000f1d09993a7f16, 0x17270bc47fc00000
	.quad 0x800000007f9110b6, 0x240032300b1728e1
	.quad 0xfe51f3caf0986bdd, 0x0035033380400000
	.quad 0x1e399c2d5967fe25, 0x0f81db3180000000
	.quad 0x7fdd6ee3bfa00000, 0x800000007f800000
	.quad 0x3fe0000000000000, 0x0000000000000000
	.quad 0x00e594993116dc7a, 0x01590121d3cfe88f
	.quad 0x803e7037c4cc0000, 0xfff0000000000000
	.quad 0x0020000000000000, 0xbb29932aaad5fff6
	.quad 0xb79db11b7fc1410c, 0x855fe76c00000000
	.quad 0xff284d927dc9e789, 0x0000000000000001
	.quad 0x8a3cf23b7fae3ed4, 0xc1e5c661270a1cd9
	.quad 0xc1d5e192c2fb7e0f, 0x800965610545e1df
	.quad 0x400bdee6737ed7a6, 0x77e518e58f8b54ae
	.quad 0x000000007f800000, 0xc1d0f4727f800000
	.quad 0x450801d40d362883, 0x808000003a6add4d
	.quad 0x00ef86273534a010, 0x7f8f4851ff800000
	.quad 0xa3c9f7ecbf7dfbbb, 0x3fd6ee570a512d0c
	.quad 0x8f5072bd805a3897, 0xffd39ebbfefba44f
	.quad 0xcc4cd201e6bb7c00, 0xfff8000000000000
	.quad 0x137bf39b41140000, 0x7fd59d3d3652bb02
	.quad 0x8a061d05ffd940ac, 0x0052331a5f000000
	.quad 0x7f8c727bc3bc71fb, 0xc03e000000400000
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x974b8c889556a2c4, 0xdf800001ffb2e0bb
	.quad 0xc0effffffffffffe, 0xfffde4ab15e3e33f
	.quad 0x7fe0000000000000, 0xc3f5c5fe08cf9844
	.quad 0x004bdfd4df000000, 0x3ef2000000000000
seed44:
	.quad 0x90af281e525a6c28
	.quad 0x0000000000000000
	.quad 0xfffff1bbf8c25ecb
	.quad 0x000000000000010c
	.quad 0x00000000000002a1
	.quad 0x0020000000000001
	.quad 0xede6d6528fab705f
	.quad 0xffffffffffffffea
	.quad 0x0020000000000001
	.quad 0x565d56e43c840d66
	.quad 0xfffffffffffffef9
	.quad 0x9506f40eecb3a804
	.quad 0x0000000100000000
	.quad 0xf55dec0fac334f5c
	.quad 0x0000000019a90c3b
	.quad 0x0000000000000190
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x807fffff005a1a13, 0x42923317df800001
	.quad 0xfffa24ecb07de32d, 0x9def449c7fbf3fdf
	.quad 0xc9600000437dc67c, 0xc2627ae44d305797
	.quad 0x4266ff7d7f979a30, 0xf8bde5bc4167927f
	.quad 0xb42642dade9ffc00, 0x5b5cb6c2e70bd11e
	.quad 0x081cbaedc72b0000, 0x411c000079ce60eb
	.quad 0x6d6200c5800044b2, 0x7fbf1aadffcac87a
	.quad 0x7fad521f7fc00000, 0x511b8780de9fc3fe
	.quad 0x7eab0ee6273cd5e2, 0x01fe76b7ffad7c00
	.quad 0x9f454c66ffbfaf5c, 0xb819b8d6a0502e85
	.quad 0x3de22ff17f800000, 0x0000000000000000
	.quad 0x45255d9ec9e0ce8b, 0xc010800000000000
	.quad 0x80ad698094edfdd3, 0xba8000008e1119c1
	.quad 0x7ff27e15b2e9a0ff, 0xffe5fbe970993bfd
	.quad 0xdffffffe7fc414ef, 0xff8000007fc88a3c
	.quad 0x9fa909d4eef0aee9, 0xc01f000000000000
	.quad 0xff8fb1d0739a1840, 0x75ea219b278a3c1d
	.quad 0xfff0000000000000, 0xa45c64c6ffff782c
	.quad 0x7f8ae36c3d32597a, 0x2f3ce42d4abdffc7
	.quad 0xfff544db765c7f0c, 0xffd50762c2b0eba6
	.quad 0x817fffffb89e0000, 0x026323c37824fe29
	.quad 0x4030000000000000, 0x5f800000ff7fffff
	.quad 0x057037ff777ffd4b, 0xb8af5ba3d0887f8f
	.quad 0x7ff1dacc5919d34a, 0xf9015881743994b6
	.quad 0xbb8e3679bdd80000, 0x80001bf483821c15
	.quad 0xc330000000000000, 0x5c58cc2921046c20
	.quad 0x0025046bc62e1490, 0xf607d7caa264fe56
	.quad 0x9444ed0ca27fffff, 0x80f795d1254b479a
	.quad 0x609bfb79dbffdbff, 0xfff0000000000000
	.quad 0x8020000000000000, 0x7f9eb0400030a605
	.quad 0xc016000000000000, 0xffc000008292009f
	.quad 0xfff0000000000000, 0x7fd9898e410c0000
seed45:
	.quad 0x9c8fa9830e66194e
	.quad 0x0000000000000000
	.quad 0xffffffffffffa526
	.quad 0x0000000000000001
	.quad 0xffffdc78093aa569
	.quad 0xabd445511e2a8f86
	.quad 0xff4299fbac48793f
	.quad 0xffff5428f738e8ae
	.quad 0x0e88ce4cd7790ba4
	.quad 0xffffa2558409e10f
	.quad 0xffffffff83bc1b7d
	.quad 0xffffa47bbd08b5dd
	.quad 0x000000007fffffff
	.quad 0xd9e2f884985926b9
	.quad 0x4470b9bf33f35995
	.quad 0xffffffa6ccee0f82
	.quad 0x02400000
	.quad 0xf0000000
	.quad 0xc530000049000001, 0xf5ced8fbd3ce8200
	.quad 0x61ef5042c45083ff, 0x802a3d873b54da13
	.quad 0xc00ffffffffffffe, 0x4db72958bc600000
	.quad 0x03cc1fc5b5856c59, 0x1b2e00df55acdde1
	.quad 0x2964dc5d9836cfc3, 0x3fb7144cffc00000
	.quad 0x800bb658fdca7514, 0x13373f71172e0cfa
	.quad 0xe0d470150510fc00, 0xffc0b496ffd03ff6
	.quad 0x0146a65247e6c100, 0xbfc00000bcf00000
	.quad 0x44f00000ffe21efa, 0x0000000081aa0274
	.quad 0x8e48cfa2c890fd8c, 0x1db0085eef09cb69
	.quad 0x8005addd3a81c16b, 0xdf272924c7e6ac08
	.quad 0xafcbcac57fe7140e, 0x404fd0b4d75ed6d0
	.quad 0xc012000000000000, 0xc000000000000000
	.quad 0xbff1c8ad05d73ed5, 0xec8198ec78b90000
	.quad 0xebb30e43bfed840e, 0x7dd6fbaf8e4bcf6c
	.quad 0xbff4000000000000, 0x7f8000008c086a73
	.quad 0x8ba90bc6fffdffcf, 0x513c8118fbbcfc00
	.quad 0xbee27faedc71a769, 0xffc000007fb0434d
	.quad 0xc1ac840d40cc0000, 0x007147fc59b8874f
	.quad 0x3072a36d6c4046e1, 0xbfd0a4264b5e18fa
	.quad 0x8008000000000000, 0x7ff0000000000000
	.quad 0xb29ee49aab7d836f, 0x6ca83a54b8400000
	.quad 0x7f81486bff4e900b, 0x7f9f9de3437371a9
	.quad 0x1c1151fcc12f2603, 0x3f846813dfa8df86
	.quad 0x7b611029faf7ff62, 0x4516bed43b163380
	.quad 0x7fb2474642756ba3, 0xfecb3622ee34530f
	.quad 0x123e057647edfffd, 0xd1bff730ffe9da4a
	.quad 0x7fb9612f5a3b735b, 0xd73e00af47b18000
	.quad 0x7672f9b44bb57fff, 0xf576e3cd1a1ed24d
	.quad 0xc0020cba78f20070, 0x406445cde1da53b5
	.quad 0x40fffffffffffffe, 0x90c7794a2c6001d2
	.quad 0x7ff0000000000000, 0x71aa34345f7fffff
seed46:
	.quad 0xe51f2327edec9cfd
	.quad 0xb8639a719ec3ad40
	.quad 0x0000000000000069
	.quad 0x29368a460ff65628
	.quad 0x00000000000000f9
	.quad 0x430fa6337d8eab2d
	.quad 0x32989a9ad51cea3e
	.quad 0xffffffff2f94d1e7
	.quad 0x0000000b345050ac
	.quad 0xfffffffffffbb3db
	.quad 0xd630eaf01a174608
	.quad 0x57cec504ffc80963
	.quad 0xb5d9f0692f99f6f8
	.quad 0x3b11addf8f6f2a7a
	.quad 0x000000000000012e
	.quad 0xffffffffffffffb5
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x405902d77e18b326, 0xcffffffe7064ecf2
	.quad 0xc2f1f4b97fa635af, 0x00dc241e5ab0c25b
	.quad 0xffc0000011d95cf1, 0x4000000000000000
	.quad 0x4f80000080000000, 0x757f9cbb40f00000
	.quad 0x7f35ca24e0d0ab2a, 0xddbbbdd6264db6cc
	.quad 0xbcbf292a406774e3, 0xece7e453843d2dab
	.quad 0xc7e93379a9ba777b, 0xc05e52d0b0970e7d
	.quad 0x0005a4a75c572624, 0x6c8412641e877c00
	.quad 0x0ab0a40c09a52b7c, 0x16d56d2a88e8e078
	.quad 0x80000000710d0e75, 0x7ff8000000000000
	.quad 0x7f8000000f1e12f7, 0x0000000000000000
	.quad 0xd6c26d2000000000, 0x7ad9e7617f800000
	.quad 0xc053978a78382584, 0xf2e48ba4ad0a53ca
	.quad 0x005a105b00374d03, 0x71d6f2d4c2581173
	.quad 0x4330000000000001, 0x4bf05c729e81e084
	.quad 0x7d7596dc33e3fd33, 0x7ff85561751da3fa
	.quad 0x2bd35b78de131d82, 0x4fa08136d4df4499
	.quad 0x006a8266fadffefc, 0x7f9bb9c87fc00000
	.quad 0xb86cf5d3bc8efad0, 0xc1e0d9e9cc856f39
	.quad 0x2ed80039a2cb5505, 0x1a6c7c0a953790d4
	.quad 0xd0a97a4f8effffff, 0xc0d800003dfb533d
	.quad 0x401ffffffffffffe, 0x7fd5c52e7fc00000
	.quad 0x4027e37a448c9225, 0x55ba75ebfeffcbff
	.quad 0xff9835e211ac0910, 0xa6ff1d7effbffdd7
	.quad 0x8000000000000000, 0x00000000bf000000
	.quad 0xffdec8479b84e2f2, 0x36c4f449de6e7c00
	.quad 0x7f981541004851a7, 0x27b498e77f9bffff
	.quad 0x7ff0000000000000, 0x92d22c5413174340
	.quad 0x93891a3500000000, 0xc014000000000000
	.quad 0x1fada6686714fe51, 0xbd64e7f63e8f7e5b
	.quad 0x4340000000000001, 0x42413349e5488000
	.quad 0xc5c165edce0bfe5d, 0x9c1d1925eaeffe4a
seed47:
	.quad 0xffffffffffffffff
	.quad 0x738b8ac8b4792198
	.quad 0x0000000d077dcdcb
	.quad 0x9fdd858b273ceb2a
	.quad 0x0000000c643e1136
	.quad 0x00000000000002c5
	.quad 0x0000000080000000
	.quad 0xffffffffffffff1b
	.quad 0x30120763c0600bec
	.quad 0x05c84784227d42fd
	.quad 0x7a434ab6111066be
	.quad 0xfffffffffffe06aa
	.quad 0x4ed641293a6d6a28
	.quad 0x00005bb887b5c4e2
	.quad 0xffffffff80000000
	.quad 0xb4ab1719d4558143
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x82bf2eddff9d38c8, 0xd93171a5b1ffffff
	.quad 0x7035c3d4c0001717, 0x489f0000a47b70fc
	.quad 0x800000000aa81d9e, 0xc0e4000000000000
	.quad 0xa3d36d738be52576, 0x0f8824668c389271
	.quad 0x02f3046b34a803c0, 0x047609f56766beaf
	.quad 0x42fac8b971013adb, 0x803b43a07f800000
	.quad 0xc6fac218c0700000, 0xf866ca8cb238f14f
	.quad 0x7f063e312c73ebf6, 0x3d9702b8cb7f67fc
	.quad 0xa77f4edcffb8c51e, 0xc60a800016091e44
	.quad 0x3fe0f2721a46eb9f, 0xc5f7bf07b80fb119
	.quad 0x8bab44720968fc00, 0xff8b9409b4350d1b
	.quad 0xf28dd053c88f4e00, 0x8001b77380feadf7
	.quad 0x000000003cd0a8c0, 0x8008000000000000
	.quad 0x7c519dbac10c0000, 0x7ff0000000000000
	.quad 0x7ff4b0319fda8c6d, 0xc00025f3fb8c071d
	.quad 0xbffa68e15f9446be, 0x7f9e9a8d10fa92de
	.quad 0xbfd8af1ed8fcac4b, 0xff80000080000000
	.quad 0xbf79000000000000, 0x931baea3ffdb3ffd
	.quad 0x4007000000000000, 0x410e0000ff800000
	.quad 0xcc0196ab72084860, 0x38f93d627fdf2ffa
	.quad 0x8d67f67a56528003, 0xfff817b0852b6d96
	.quad 0x8006158aa1397872, 0xc69de088e2153df0
	.quad 0x38d463f0fbf9961f, 0x3f97bb33b3ac2863
	.quad 0xc03975624e40b78b, 0x7eb0ba4410ef1a83
	.quad 0x3bb6c8fc0307dcb9, 0xbd96ee5d3f73dc8d
	.quad 0xfff8000000000000, 0x4a1a6b7829ddbd00
	.quad 0xda09ad5f7fb52132, 0xa1efaeb9f25d0204
	.quad 0xfcb769277afff7ff, 0xff1cb80c0049425a
	.quad 0x400cb97914487ab6, 0x00ffffff6a63c3a9
	.quad 0xfb211eef60ef6819, 0x7db4efa7abe7bdf1
	.quad 0xff0000007fbbe969, 0x756de7e3ff977bf5
	.quad 0x89596e0d818bd447, 0x433fffffffffffff
seed48:
	.quad 0xe90d1cd6f2466362
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe64
	.quad 0x000000ad809f8463
	.quad 0xc117683fae2155fd
	.quad 0x015a8b5e4f9f287c
	.quad 0xfb4b37c0e452babf
	.quad 0xffffffffffffffe7
	.quad 0xffffffffffffff62
	.quad 0xffffffffffffffc6
	.quad 0xffffffc18eb1cdc1
	.quad 0xfffffffffffffc35
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0xe4c06e20c31ed60f
	.quad 0xfffff69ffa4f567e
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x410c8f3fccdcd441, 0x32eea1d6ffe5c500
	.quad 0xaba75bf8ebf6fdbf, 0xeee54d5e8a2644c5
	.quad 0xfffd9a7d815c4e2d, 0x3b00f97ac37f7faf
	.quad 0xc37bee7754147c00, 0x7f865d7f40e80000
	.quad 0xffa401aeffd07931, 0xa7bee5fafad67e00
	.quad 0xdaea792e29aefe00, 0x3efe5fd3d627b285
	.quad 0x99d23fa73e7b5bbe, 0x0090e3ac3cd233d7
	.quad 0xbee77f3e407fffff, 0xff97d83b4f800001
	.quad 0x751958118297984d, 0x5a3a765bbde2dcae
	.quad 0xbf795c32dfd235c3, 0xc1d8000059bc227c
	.quad 0x7fb7e89d6acd643c, 0x45a562a47fdff7ff
	.quad 0xfeb6c7d064d69245, 0xe27e7445860854d4
	.quad 0x73c92823ffca1f7e, 0xbe4a25ae863653f2
	.quad 0xc340000000000001, 0x530000000141104d
	.quad 0xc189fd743ff7c197, 0x6256605500baaa0e
	.quad 0xfff91eb6e0b222f0, 0x2840b7ecbb2533e0
	.quad 0x64a4eab6fffdeff7, 0xff8bc1cd5f000001
	.quad 0x7aa5d0020fbffbff, 0x7ff84626d3374394
	.quad 0xe4622b64ffebffe5, 0xe913c71740fe90a1
	.quad 0xc0fc0000bb8e2299, 0x82bbc1c076968cab
	.quad 0x002fffffffffffff, 0xbf14d492c3bf30de
	.quad 0x3ae00000f6f2e52e, 0xc1a60000c2da4481
	.quad 0x21a39953ef3bde5f, 0x8ce9c1827fffffff
	.quad 0xfff7d296bd310907, 0x8057f79d00000000
	.quad 0x80ffffff430e3f8f, 0x9e1055ad0010d3d6
	.quad 0x0013a4175e575a7e, 0x022f53d3313da055
	.quad 0x32cd940ea87bfd62, 0x7fd6b75591c70b30
	.quad 0x24a94397f7b9a1c6, 0xc330000000000000
	.quad 0xc2a800000026a983, 0xb867c2a0fee5fe8d
	.quad 0xc61c18a32d9ba262, 0x4022000000000000
	.quad 0x3f79ebdbd36f5289, 0x5afbaaf5eff1075b
	.quad 0xbe1b5354b119b59d, 0x77ac0c8bb7f7ffaf
seed49:
	.quad 0xe132077f3a7939a0
	.quad 0xfffffe516c11f4e7
	.quad 0x0c8027b8d0925c5a
	.quad 0x000000000001b3b1
	.quad 0xfffffffffffcfcf8
	.quad 0x000000000003d1ac
	.quad 0xffffffffffff9593
	.quad 0x0000000000000175
	.quad 0x0000000080000000
	.quad 0xb243db5933c0588c
	.quad 0x0000000080000000
	.quad 0x1c86f51cb08c7455
	.quad 0x8a723478432d621f
	.quad 0xffffffff80000000
	.quad 0xffffffffffd0a746
	.quad 0x0000000000000817
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xc022800000000000, 0x03944f5926ed77d9
	.quad 0xc108aaa85a7ffffe, 0xffa9c1854367625f
	.quad 0x99806e33105c8b40, 0x02ab88dbe1325b4e
	.quad 0x9d3fd5257fa80e74, 0x3d16e0779af26ff4
	.quad 0xc0fb000000000000, 0xcf80000044500000
	.quad 0xc10000002ac955af, 0x4b1764bb5c78fc00
	.quad 0x9a9c64dc6ae48957, 0x4ff831957f9f5e45
	.quad 0xc60a5e06e1254930, 0x3f9a6c628b29e6d3
	.quad 0xa75b5f10656e0105, 0x7ff2ca485c1a0194
	.quad 0x084a09e97b1fd05c, 0xffeebc9b4c677db3
	.quad 0xcd3cd506c635fcbd, 0x1148fd59fd8a0000
	.quad 0x71ad22bbcb09fd2e, 0x40392f58ff800000
	.quad 0x7fb7b48c3146550f, 0xffdfffffffffffff
	.quad 0x0feacc6de94755fa, 0xc00fc00000000000
	.quad 0x0000000000000000, 0xc0a0000096c63fd8
	.quad 0xc0171ab7e6284d4d, 0xa60827d12fe2bcbb
	.quad 0x6598d537a97fbfff, 0x819b54abdcfd00c0
	.quad 0x80a9fff8edf74f75, 0x654469e7a1ee7c00
	.quad 0x5d92bcb8be80fc05, 0x78430dd660ffd4eb
	.quad 0xa7177cd0ff374180, 0xdf5df732f0575ce7
	.quad 0x7f1110f28be67d64, 0xe24eb9edffd7cdf9
	.quad 0x1dd4c578fdb3feae, 0x3fe8000000000000
	.quad 0xd9d0310f56eefe00, 0x213eabc4e1b915a6
	.quad 0xfff6512f5bf02421, 0xe4f25105bfdd09e5
	.quad 0xff800000ffc00000, 0x3a700000ffc00000
	.quad 0x40bd96de80000000, 0xbfe0000000000000
	.quad 0x3fae91d40b68c745, 0xaa40ceefd9acb504
	.quad 0x11cc4a7d45400000, 0xb1a44b46beb7ffbf
	.quad 0x000bd783ffc00000, 0xbfd61d80392890db
	.quad 0xffbcc311ff800000, 0x7ff14a9d53df0933
	.quad 0xe5574e75fcc3631b, 0x7ff0000000000000
	.quad 0x4321177500000000, 0x800bd380a29438a3
seed50:
	.quad 0x00000000ffffffff
	.quad 0xff8ccb357afd1738
	.quad 0x1c6b8978ce778cce
	.quad 0x3d1b8a7bbd80b1f0
	.quad 0xfff7d76a1298faa1
	.quad 0xffffbe48f923311f
	.quad 0xffffffffffffff79
	.quad 0x00000000000002c3
	.quad 0xfffffffffffffe9f
	.quad 0x0000000001000001
	.quad 0x01c9344cf5ca0c7b
	.quad 0x0000003e21134868
	.quad 0xfffffc415d094cfc
	.quad 0xffffffffffffab01
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffff6
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x3e0fb81233177bc9, 0xfff0000000000000
	.quad 0x5a2c453cc146095c, 0x62852016bfcf7ffe
	.quad 0xc128000000000000, 0x50111f9147800000
	.quad 0x7bab528300000000, 0x8000000000000000
	.quad 0x0399ab3e00eeb12d, 0x4042000000000000
	.quad 0xdefcbfa24a745136, 0x8328831ec9eb104e
	.quad 0xff2baa59e2c1bd07, 0xa319917257f7ffff
	.quad 0x402c934c5731bfcd, 0x4340000000000000
	.quad 0x154ec9ebffcb4900, 0x3161b029560cc600
	.quad 0xf7a701b7da8d7c4b, 0xe3e48097932b7c00
	.quad 0x80733467855b95b3, 0x7f49874b05a7b4b0
	.quad 0xf151a0a8b4dafe79, 0x9a8bd5e73eacc4bd
	.quad 0xfff584efcc01749e, 0xff80000000405b02
	.quad 0x80be7eae37b98b75, 0xbf9faa634ad15109
	.quad 0x00dbf5497fc00000, 0x8000000000000000
	.quad 0x005300113f6624d8, 0xc79725bcd3f77fdf
	.quad 0x2789f2a57f800000, 0x4aad16a1cbfffd54
	.quad 0x001cef2c9b85659b, 0x000a02f51d079d06
	.quad 0x400000007f969f9c, 0x38e6ac7cad08f9df
	.quad 0x801579b84164a944, 0x4072827b97b05155
	.quad 0xff8e44d3ff800000, 0x00119a2e6b352e2c
	.quad 0x8f2f9bc52d7d4cbf, 0x3ff58836c6fcb68b
	.quad 0x504188e66b6aa855, 0x94575051d6725f0f
	.quad 0xd7538c065f4f4860, 0xc1bd5e8b6867db2d
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0x268123a68fb4f680, 0xb8a47dbbef9fbf76
	.quad 0xc102e95080f6e5bd, 0xfea22ab62d71a848
	.quad 0x778acb8b4fa2fced, 0x40295b6ac321dafb
	.quad 0xbf7c3b295ea7459c, 0xdcc8120962ccfc4e
	.quad 0xffb49092c2000000, 0x000ee1209dc531e2
	.quad 0xa83f2ccd8d7eff8e, 0xbe7746096df444cc
	.quad 0xfff6e800a8337ba1, 0xe94c1df95f9db800
seed51:
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0x000000000000007c
	.quad 0x0000000000000000
	.quad 0x0000000000000289
	.quad 0x0000000000000000
	.quad 0x020e231e2fbf662e
	.quad 0xf96e0b0e92e18ca1
	.quad 0x80729a4c4ec27f2b
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x0000000000000381
	.quad 0xfffffffffffffedc
	.quad 0xffffffffffffd40e
	.quad 0xfccb797359483ed7
	.quad 0x8ae01838780fa495
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x980a4d4d40cc7400, 0xc030000041160000
	.quad 0x1e0ad726ff800000, 0xbc1e00f042994d37
	.quad 0x7feb00bfebba3425, 0x02ba3feb7f48a90a
	.quad 0xfeb6183f47800000, 0xc6eafe91cde98014
	.quad 0xb15aaf84421527ad, 0xf9031f82da174dae
	.quad 0xffe0000000000000, 0x000003e4e7b6384b
	.quad 0xa81f7d4a3312b00d, 0x08b5138c88147daf
	.quad 0x000000003ef22480, 0x4012000000000000
	.quad 0xfcdb7a3741554662, 0x721969fec1a11cb5
	.quad 0x7f2521a87ba4bf09, 0x48bf57fc49d24000
	.quad 0xc023c00000000000, 0x400e000000000000
	.quad 0x3d06dec3c3092d0c, 0x3e80000042dd90d0
	.quad 0xd223998cbfef7cbf, 0x7ff1c6ff9fa117be
	.quad 0x7ffb9a3131b19256, 0x0000000000000000
	.quad 0xbba267915fc40200, 0xba780000411db39d
	.quad 0xf7b6ecc77f800000, 0xa593eaf1a0f8fe00
	.quad 0x0000000000000000, 0x70d77aa9ffceb9d8
	.quad 0x8000000000000000, 0xb2528b926db403ff
	.quad 0x7ffe06fca0ea313e, 0xe2859eb277ebc3c9
	.quad 0x4780000100503450, 0xfd0d8ef1d6c0a352
	.quad 0xc4f000000397dbb3, 0x7f80000067a1e65a
	.quad 0x8bc255edf5033400, 0x6b25549dff800000
	.quad 0xc1d701b2ffc00000, 0xc366121ed9fffc00
	.quad 0xf34d219f53416456, 0xc5f8c48fbffb042f
	.quad 0xf2455948ffeffbfb, 0xe97c2e82feb67f5b
	.quad 0x897edf38977ed934, 0x08d3aba284fcfe00
	.quad 0x55b3057d21bc46b4, 0x3feb0925aabdc97d
	.quad 0x627f54cdff9ff7ef, 0x0e7d07b364f3efbd
	.quad 0x2b8518ceff2a4100, 0xfff40dea23163ed9
	.quad 0x6cb9cd9affc57a40, 0x491589b7f1801197
	.quad 0x04803ee9bad1fe89, 0x37e780007fb53793
	.quad 0x0d01ed3fdd7fffff, 0xa8ad340bfebd9ea5
seed52:
	.quad 0xad74f8365ddc9772
	.quad 0x8000000000000000
	.quad 0xef2c755df0cb3c3f
	.quad 0x0000000177aefb51
	.quad 0xfffffffffffffe87
	.quad 0x00000003951b45a8
	.quad 0xb35af6841d0f736a
	.quad 0x23a316a4c8ed695b
	.quad 0x00000000000000e0
	.quad 0xfe14ec5654ebe0f9
	.quad 0x53f0f55849e64add
	.quad 0xffffffffffffff25
	.quad 0x0000000000000001
	.quad 0x6e44ca5659ef9fed
	.quad 0x0000000001000001
	.quad 0x2967966f719687be
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x425c7179f7774034, 0x407b3ac94681173c
	.quad 0xffeee95f7fab9747, 0x3ed6000000000000
	.quad 0xc70000013e706889, 0x0000000000000001
	.quad 0x790ae7eade5779b9, 0x3f66400000000000
	.quad 0x8002995a5165962e, 0x13d78b4dffff079d
	.quad 0x7ffb23c2c7000000, 0x0000000000000000
	.quad 0x3f14000000000000, 0x7f80000073563e9c
	.quad 0xf32d6320c0b80000, 0x000000003e08ae23
	.quad 0x4549d2ac7cda8000, 0xf39314c046b84b24
	.quad 0xc03a80a1b1ef7d87, 0x9b8dec552fffffff
	.quad 0x80000000ffe6f01c, 0x001fffffffffffff
	.quad 0x7d9689cdcdea2d54, 0x4003eb725d261891
	.quad 0x7f11c40141990d79, 0x800c112b8a8a1721
	.quad 0x1d523fc26197873c, 0xbfcd5c3d5c052c67
	.quad 0x6241568e449124be, 0xe4cacf3293c6fdf2
	.quad 0xd48774c350940230, 0xff800000745a155f
	.quad 0x80000000feffffff, 0xab1693c8be0307bb
	.quad 0xdbead1eda30fb710, 0xc08f22332513aab2
	.quad 0x5f00000041a00000, 0x00cfcab0c1543ed4
	.quad 0x7adfd9acf0de2918, 0x40f000008071b42d
	.quad 0x7ab9f02b9b51e374, 0x4340000000000001
	.quad 0xc08f3276415db178, 0xfff0000000000000
	.quad 0x800000000044f4ad, 0x7ff0000000000000
	.quad 0xdf0000018b4031b3, 0xfff7bb676223ca16
	.quad 0x47cb9847040fcba1, 0x5fd4835d7f800000
	.quad 0xe58d0027f50e839f, 0x2b044ab75d7ffffe
	.quad 0xc0632198cd597518, 0x50a06df6febf89b9
	.quad 0x7587611f00000000, 0x7fe012037183c542
	.quad 0x7ff0000000000000, 0x812ea04080000000
	.quad 0xc133000000000000, 0x7fd837ecabd6227a
	.quad 0x0b552f94ffffffbe, 0xbfe8000000000000
	.quad 0xc000000000000000, 0x8000000000000000
seed53:
	.quad 0x0000000000000285
	.quad 0x0000000001000001
	.quad 0xfffffffffffec060
	.quad 0xfffffffffffffcdb
	.quad 0x8000000000000000
	.quad 0x00000000000002c1
	.quad 0x03002523390fc2ac
	.quad 0x18446fbd347cfe8e
	.quad 0xffffffff60a1b1ee
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffd99
	.quad 0x00000000000000b1
	.quad 0x0000000000000001
	.quad 0x0008d1f3cb690720
	.quad 0x0078e7528bc510d7
	.quad 0xe587c9a9fcdff2cf
	.quad 0x02400000
	.quad 0xd0000000
	.quad 0x8b8f0c032b6fd53e, 0x206cd5f2fcbbfdfe
	.quad 0x477d8681ffebfe48, 0x807fffffffc00000
	.quad 0xbd6fd94fa3fdeca4, 0xe209d47a08158072
	.quad 0x0000000000000000, 0xb6d4dc04faf7bf7f
	.quad 0xc3f0db0f04a4d166, 0x7fd0479c00000001
	.quad 0xff800000df7ffffe, 0xe277275c8a66097d
	.quad 0x8d02af05419fdd65, 0x4455f51b4b521139
	.quad 0x3954c84cf3af7ea1, 0xf24f66dbe76e36e8
	.quad 0x3fce2ddb3ac5b4a5, 0x40c000007f9ee396
	.quad 0xffc000006efb5fc9, 0x82d0374c9f86dea3
	.quad 0xbe913cfd18612c5e, 0x3d924bd77f800000
	.quad 0x0000000000000000, 0x66b914aecd4d0000
	.quad 0x40500000ffc00000, 0x785732ecc24afc7b
	.quad 0xec0735e07ffbfde7, 0xdb2ae016cdd6fbfa
	.quad 0xdce1b9e04ff94700, 0xc06f2b90411d00b9
	.quad 0x3ff7f532139169be, 0x6636f2e7e078ae9b
	.quad 0x41ed4140c15b0a51, 0x51827f4cfd3fefbe
	.quad 0x261ca99f642ad1cc, 0x4020800000000000
	.quad 0x1c622887a7ef4a16, 0x988ced25ffa0d580
	.quad 0x3fef7b28b63243d1, 0x793e0012b96d5b41
	.quad 0xe6e72716fb7edefb, 0x800c3e27f2b7ca3f
	.quad 0x4054a34abcff6509, 0xeeb9afd2bfdbefbf
	.quad 0xc000000000000000, 0x8cdcc6aa6803795d
	.quad 0x5993c554f7fd7db3, 0x73798933ff8ffebe
	.quad 0x82e0d582bd66f923, 0x5f800000c72e34c7
	.quad 0x80167cc9a9ef0bff, 0x84572f54bc2faed2
	.quad 0x207810d7094d5eb1, 0x3f18000000000000
	.quad 0x0008000000000000, 0x7fc90c02bf800000
	.quad 0x802cea7cec1c7add, 0xaaa1fc92e3ffc2a9
	.quad 0x413791030b649ac8, 0xffc00000cf800000
	.quad 0x7f800000404c0000, 0x00407ac87f998a5a
	.quad 0x3ffffffe7fc00000, 0x3c5aabdd3799f906
seed54:
	.quad 0x000014f19ad717bb
	.quad 0x10187f61d2ea8e8a
	.quad 0xffffffffffec0620
	.quad 0x0000000000000258
	.quad 0xffffffffffffffa5
	.quad 0xfffffffffffffd41
	.quad 0x00000000001c97c7
	.quad 0xe493dc5f047be102
	.quad 0x0d3f8629f026b489
	.quad 0x88bd10610b943919
	.quad 0x0000000000000064
	.quad 0x2668a72a324d9ff1
	.quad 0xfffffffffffffeb2
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe83
	.quad 0xfb508972e0108d25
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xff80000080ffffff, 0x62b8ecc27ff77f53
	.quad 0x24692f84af1737ff, 0x9e1917a480800000
	.quad 0x802e89da4c68e8b6, 0xffeebd8338000000
	.quad 0x745f90b971829c59, 0xc1d44a442799fe00
	.quad 0x7d7ec38a05a7a522, 0x4602d707e74733c9
	.quad 0xee4fe8231f60acc3, 0x799e50c1ac7e4100
	.quad 0x96de4e6e50d1a2b4, 0xa6aa0b776c3d236a
	.quad 0x7fc00000da000001, 0x7ff0000000000000
	.quad 0x800604697d35f5cf, 0xc952e1b800000000
	.quad 0x6a80e107b8f1207c, 0xc020400000000000
	.quad 0x73494364dcfc9c1e, 0xb60900003d4752eb
	.quad 0x431bf9067f800000, 0xf5597d519bf7fdff
	.quad 0xfff12b0dfb2bfef1, 0x3cf7ad807fc00000
	.quad 0xa2fea182858cd580, 0xd66c688e0ee6c81a
	.quad 0xbf64000000000000, 0x7fc97aefbda7e9f1
	.quad 0xc074592a5561a406, 0x82247b41bcbd3792
	.quad 0x786e29f524187c29, 0xc20b1ad74edaba42
	.quad 0x8000000000000000, 0x0b5dad78986fdd4c
	.quad 0x4054c6b0f2b267fc, 0xfe9ab991a5284938
	.quad 0xe7e5bca9afef47a9, 0x45550000ed224957
	.quad 0x7ff8000000000000, 0x51f59f1df3bbdfdf
	.quad 0x4ca016d10878f9ed, 0x55686bc3dc6ca68f
	.quad 0x029d6e89213de540, 0x9eb5cca04892fea9
	.quad 0x23a2df8a92f5e33b, 0xb391c2b1a96afff3
	.quad 0x0000000000000000, 0x400a7eadc37b40bd
	.quad 0x406baacbfa7897c8, 0x7ffe5546bd290d0b
	.quad 0x712671bc7bbdb337, 0x000366463bf3f342
	.quad 0x06d8d432bc800000, 0x449a7cc19510fe00
	.quad 0x0010000000000000, 0xb5d0000080000000
	.quad 0x014a4c7a73ae96af, 0x0000000000000000
	.quad 0xa24552bc8f7790ca, 0x7fd630459531ee4e
	.quad 0x347cc18ad65a4380, 0x3fdd7182f1a500d3
seed55:
	.quad 0x0000e8e7946e6723
	.quad 0xfffffffffffffff9
	.quad 0xfffffffffff43cfb
	.quad 0x4c381a52b4d06f79
	.quad 0x0020000000000001
	.quad 0x29b1bad372702ce9
	.quad 0x0000000000000000
	.quad 0x55b50b3852088c0d
	.quad 0x089c86c1172a3173
	.quad 0xad265887b0a02407
	.quad 0x0000000000144d03
	.quad 0xb04bcd7634b7318b
	.quad 0xffffffffffff1b1e
	.quad 0xfff97d00e890d27c
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x42537e2e477ffffe, 0x7fe0e6114253be65
	.quad 0x7ff8000000000000, 0xfff8000000000000
	.quad 0xc7600000c4f7e340, 0xb9f45033fffbfffe
	.quad 0x5a2e91917cfbff9f, 0x61061b885ec1b7fb
	.quad 0x3da27c63411c0000, 0xdd5d8afdda417fc9
	.quad 0x1de30a0e0c9d83e2, 0x7f800000be800000
	.quad 0x400000000e2bd497, 0x3e5477448558c877
	.quad 0x0c5a8ac1fffa5b35, 0x55b4926855f6e7df
	.quad 0x007fffff7f7fffff, 0x698bbcd5ffe657be
	.quad 0x7f80000041fd3a14, 0xffd06f60da30894a
	.quad 0xfdde1590efd2af8e, 0xd80582243e7e7e9c
	.quad 0x7c7c19a0c3d4c6c0, 0xbe7a7b6abfffffff
	.quad 0x36c0000040500000, 0x3c832e49ffc00000
	.quad 0x7f800000d88afb0f, 0x000b6d91b9881285
	.quad 0x93adb580ff7fffa2, 0x09a23c54da530283
	.quad 0x8000000000000000, 0x000e67dcd1ef075c
	.quad 0x000000001dc77902, 0x22ccd046e8a938ee
	.quad 0xdf3a431c861e0309, 0xfff8000000000000
	.quad 0x8000000000000000, 0x234f54c7457b3ec0
	.quad 0x1e838518baf0fddd, 0x31de18b9bffebff6
	.quad 0xdea229e92b4cb757, 0x3edf000000000000
	.quad 0xc4bc711ebf27b5d1, 0x8008000000000000
	.quad 0x56bc3ca7fb310c00, 0xffffed00c93e8b82
	.quad 0xbb4000008a6db58b, 0xbff83eec5864ce08
	.quad 0x7fd79af11e5b0382, 0x002fffffffffffff
	.quad 0x3f878acca61e9e88, 0xc90658feff97fff0
	.quad 0x92e21f8cfde677a3, 0xff187011b37a4a48
	.quad 0x3425eddbf5ea0000, 0x8000000000000000
	.quad 0x9b5209d0e5feec97, 0xcc3a562089cbfd32
	.quad 0xfff0000000000000, 0x86242e1fff635e39
	.quad 0x40880000c0373211, 0xb38f6b0c296d7c00
	.quad 0x7e7061d3dab281a3, 0xffd1153d95101060
seed56:
	.quad 0x7f485b848b58c661
	.quad 0xf85b636dcc754f13
	.quad 0xa3f937bd7e0e7f03
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc23
	.quad 0xffffffffffffffff
	.quad 0xffff9d7e4aa1720f
	.quad 0x00000000000000d3
	.quad 0x2eed376d539524bf
	.quad 0xffffffffffffaff8
	.quad 0x000000000000012e
	.quad 0xffffffffffffffe5
	.quad 0xff4c7c3111ac66e5
	.quad 0x00000000000002dc
	.quad 0x7fffffffffffffff
	.quad 0xe11379122390812f
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xc77c000000000000, 0xffc00000903c9bc1
	.quad 0x404230797fc00000, 0x5727b89c3bfd8000
	.quad 0xb365bde183e8fbff, 0xdf375786ffcc9bea
	.quad 0x000fffffffffffff, 0x0053a68fc0c80000
	.quad 0xecc7efbb981683d3, 0x8000000000000000
	.quad 0x9a45979e0a1fd1ed, 0x7b019d767f800000
	.quad 0x103741dcd5c5e9bb, 0x58aea20bb1087c00
	.quad 0x11eac6197fd4bfdd, 0x582daebcfef96d84
	.quad 0xfb77ac23ffffe34a, 0xfa47e200767ffffc
	.quad 0x41d228f821556e16, 0xdb6fba3b64e882ec
	.quad 0x4020200c2cffe22c, 0x04a2a0f7814fa436
	.quad 0x37d1e20564147dfb, 0x409d000000000000
	.quad 0x4222b3475ffffffe, 0x5fb6d093ffef6ffe
	.quad 0xc6200000ff800000, 0xbfc9579eb51a762f
	.quad 0x7ff6611fc0615303, 0x0b722dcff5f50000
	.quad 0xbf26000000000000, 0x207abca8cfaefa76
	.quad 0xeb5afb9b2636c2c0, 0x4027f7a59381f0df
	.quad 0xff0000003a0c0000, 0x8000000000000000
	.quad 0x4025339b91516667, 0x50c80bf53efbde75
	.quad 0x19d8cd527f56bf7a, 0xc022011ba596fa16
	.quad 0xff7ffffff715c4d1, 0x0000000000000000
	.quad 0x77e70f15efe87c00, 0x77ba4467076e4e15
	.quad 0xc0600000792a05ff, 0x0a338db4df000000
	.quad 0x3deba40ae22b92af, 0x3820000000000001
	.quad 0x7ffd725eb629b4c2, 0xbf91eb334325f8fc
	.quad 0x66121778ffbffb65, 0x7dff5f71d6155716
	.quad 0x3f70e7390c6905cc, 0xc1447eead3ffffff
	.quad 0xff89a4febf7e0914, 0x7f35524fb56cc826
	.quad 0x7ff746d5e6f1f27a, 0x007fffff807fffff
	.quad 0xc0614f01d44336c3, 0xbbe31b099a25ad93
	.quad 0xb93db5541edb1f56, 0xffc37fe1a58f24d6
	.quad 0x80000000b9400000, 0x15cdf79d18650200
seed57:
	.quad 0xffffffffffffff61
	.quad 0x00000000003eaeaf
	.quad 0x314a6ebe190edf5f
	.quad 0x36d39424606586fb
	.quad 0x0000000000000285
	.quad 0x0000000000000020
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x00000000000003c3
	.quad 0x80d7ae72dfebc794
	.quad 0xfffffffff851a9d4
	.quad 0x48596a350b682bb0
	.quad 0xc45ecc0b1207726e
	.quad 0xfffffffb383ccbbf
	.quad 0x0020000000000001
	.quad 0x000003bf0eae042e
	.quad 0x03c00000
	.quad 0xe0000000
	.quad 0x89e5a500ad0f0545, 0x8052e33eff800000
	.quad 0x025328d2e302f718, 0x731f0ac8e4af39a2
	.quad 0xc1f530eac1220000, 0xefc2b6f540ff0000
	.quad 0x7ff8000000000000, 0xeb9a0aeb53f5aa28
	.quad 0x7f800000c1140000, 0x80dd9d39ab6d0818
	.quad 0xfff0000000000000, 0xec7818a0c0200000
	.quad 0x03c66b6ff808446e, 0x8000e444b35998f5
	.quad 0x3fc2121879e036db, 0x7c1ce682c3f566c0
	.quad 0x015fce70ff800000, 0x6dc09d627f800000
	.quad 0x3c7f2da77e76d738, 0xfe624f903314be00
	.quad 0x74e78145e2d93210, 0x45b80000ffc00000
	.quad 0x7f8000003b200000, 0xcb16f5c7757dffbd
	.quad 0x596ae3ecbd2d0400, 0x7fb4ba1b7fef2a9a
	.quad 0x804cc17a819b28c7, 0xecedc2f0bfff3bdb
	.quad 0xfff8000000000000, 0x28aafe71d1342393
	.quad 0x5a6f9940ff862fae, 0xe492c83ea88cd611
	.quad 0x4036000000000000, 0x4f7b9135b1cdb43c
	.quad 0x000341683940ee38, 0xe0bb452ce27c810b
	.quad 0xff800000b9980000, 0x6eeb229bd4507e85
	.quad 0x7ff1e83e6348164b, 0x4008ba4dbb55407f
	.quad 0xfff4ebba47cde419, 0x393f711082f44300
	.quad 0xcec69e52d5a5afca, 0x3b69dc96a7b47c00
	.quad 0x3f6b3d517fc00000, 0xc1d4a0700dbe5be4
	.quad 0x401000003d6f6446, 0x19902fceabafa2a6
	.quad 0x8000000000000000, 0xeeebb4a376b77e00
	.quad 0x86b9144a3d7bef47, 0x7f8b1fc9bbdb2701
	.quad 0x00000000ffc00a13, 0x6a13df598122bbc8
	.quad 0xe67967bb3a3a5498, 0x98108e987fa72a87
	.quad 0xac60539ea266fcff, 0x3eeab41abc753a1d
	.quad 0x0c88243b4bcdf975, 0xb70000005a76ffa6
	.quad 0xc00c24f99e4f2dd4, 0x94f850a0374da6ec
	.quad 0x3fed200000000000, 0xfe72cabc80000000
seed58:
	.quad 0xfffffffffffffc23
	.quad 0xfffffffffffffedb
	.quad 0x8eb85c0201d2eadc
	.quad 0x00000000000001f4
	.quad 0x8000000000000000
	.quad 0x92b4fc9ec73a6ec0
	.quad 0xffffffffffffffb1
	.quad 0x5faa20a2146c5357
	.quad 0xa48b7646ce654beb
	.quad 0xfffffffffffffda3
	.quad 0xffffffffffff8f7c
	.quad 0x0000000000000067
	.quad 0xffffffffffffffe0
	.quad 0x00000000000000ec
	.quad 0x000000000015af01
	.quad 0xff9b81566310a585
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0xc31d53721a68436e, 0x0000000000000000
	.quad 0x45b7c10250ed4200, 0xd7567ad7d1266034
	.quad 0x7f95626383ba4da8, 0x3fbc4ab1cde640d9
	.quad 0xc048000001e5768e, 0x8996cdc8e6667bc3
	.quad 0xfff78d361a17f1e0, 0x001bf18af2524959
	.quad 0x4fa21d92beff8508, 0xc004000000000000
	.quad 0xddc185469efdd68a, 0xdf0000013a000000
	.quad 0xfffe6ddb11b66f6b, 0x7f93f28d017fffff
	.quad 0x564351f1eedefa2d, 0x0008000000000000
	.quad 0xffc33c88b151507a, 0x7fc0000040b9df1f
	.quad 0x7fc000007f4a28b1, 0x0af3adce6efff8fc
	.quad 0xc06f7029407ffffe, 0x3b242c287fe67c00
	.quad 0xc03ccf9d03f0ca49, 0xeac653bfe8617bff
	.quad 0x1f8a6a24b01c59b6, 0xf292ee483dbf92bd
	.quad 0x50b2ccea7ff6fe00, 0x3eac50c1a09892ea
	.quad 0xff8fd6793c963027, 0x417c2032cb20fb80
	.quad 0x10328bafffc13a97, 0x098d8176bcd4e4bd
	.quad 0x80ffffff00763ba7, 0xbd0ba08b2d6f79e7
	.quad 0xba800000ffee0d06, 0x402ab4c795dac29b
	.quad 0xad295dc452bc33dd, 0x407a8448b4f5c0cc
	.quad 0x40ffffffffffffff, 0x7c1f7f4cffa13f75
	.quad 0x813a3fd3507a1ea7, 0x0a8cd5a380000000
	.quad 0x8006450cffa9f324, 0x8000000000000000
	.quad 0x0000000044d00000, 0x9c01174ce7aee40d
	.quad 0x3ffefecd778447e4, 0xc3afffffffffffff
	.quad 0x8010000000000000, 0xa2beb61ffd6cbbed
	.quad 0x2a1c61abb4f80800, 0x8017262b48010000
	.quad 0x0039f0a97fc00000, 0xdfdc8807da309c37
	.quad 0x242c56df2385f827, 0xfff8000000000000
	.quad 0x4248bb9f598c6937, 0x0ba9ee8300000000
	.quad 0x40ebd1958953c603, 0x42f0000000000000
	.quad 0xdb97bba0f97b7dd3, 0xc00c02b4d94748e5
seed59:
	.quad 0x003c9086efda8a92
	.quad 0x00000000001a22cb
	.quad 0x000000008d92c01b
	.quad 0x0020000000000001
	.quad 0xd9183d1e3a83d8cf
	.quad 0xfffffffffffffc31
	.quad 0x000000000000003a
	.quad 0xff9c712c21f62215
	.quad 0x0000000000000319
	.quad 0xfffffffffffffc2c
	.quad 0x00000000000000b3
	.quad 0x294ed4e28b10eda3
	.quad 0xfffffffffffffe66
	.quad 0x654eda5e515ceb21
	.quad 0xffffffffd04c9e82
	.quad 0xecc6aca4d6141e6c
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x96066aafff7df7f5, 0x006ac61f00000001
	.quad 0x00ada84d38ffe522, 0x8000000000000000
	.quad 0xffddf4313f200000, 0xc000000000000000
	.quad 0x8000000000000000, 0x674c3040c217dc9e
	.quad 0x7cb6153fb4d04295, 0x4015372f00400000
	.quad 0x35e410370f753fff, 0xed2aa7e4bf5c7ddb
	.quad 0x7fc0000000000000, 0x665db2ad47e16225
	.quad 0xb8c7c198d19bfe00, 0x3ff0000000000000
	.quad 0xc055cb2472ea7ed0, 0xbf600000bfef21f7
	.quad 0x4098000000000000, 0xd06e993ffdafb252
	.quad 0x9de97af817742d61, 0x7f92a000c3ac0da1
	.quad 0xfff2eb6c4e732b13, 0x3f806c1f40911774
	.quad 0x664341be4d23ac36, 0x0000000000000000
	.quad 0x505c8074eefdf5fb, 0x410d6a7cbda06abc
	.quad 0x85392a9706229ad7, 0xbb4cd7e96b140b1d
	.quad 0xff800000c1000000, 0xffeffc83475e82a1
	.quad 0x00d6c40d604ff4e5, 0xc02c448f180d93e8
	.quad 0x3f270cd93a000000, 0x3f9814b4c13b3c19
	.quad 0x010d96818cc1eadf, 0xffe36a944841eaa7
	.quad 0x82034f07bfbfb53f, 0xff7fffff41908874
	.quad 0xbf653d947979602c, 0xbf95d5c62e78753a
	.quad 0x40ba7ca743240a37, 0xac008343bffffffe
	.quad 0xfff0000000000000, 0xcca12ac4486179de
	.quad 0x4b16ac417f99fd4f, 0x6d21361ffc505064
	.quad 0xffd51899dad69614, 0xb1403379cde9fe00
	.quad 0x96df2379ffeefffc, 0xbe9098caff87fffb
	.quad 0xffc000007f995a63, 0x7ff9c0a16793e8f5
	.quad 0x4b8cc551d6fd7ecf, 0xbf423f387d89414b
	.quad 0xfff8000000000000, 0xbfb83a3f5cc1eafe
	.quad 0x400000018004c4bc, 0x0705d20251b0a78f
	.quad 0x9cb1fd9dfff0fdf3, 0xff8d4c23ffc00000
	.quad 0xc05c8a61a67f502c, 0xdc2c8128e46ffc0f
seed60:
	.quad 0xffffffffffffff0f
	.quad 0x94e4ab457881c0ac
	.quad 0x236d37d1844d4778
	.quad 0x000000000000035c
	.quad 0x0000002ceb2a639a
	.quad 0xfffffffffffffc1e
	.quad 0x0000000000000007
	.quad 0x02258f5065a6209c
	.quad 0x090ff08ad68d6d1b
	.quad 0xfffffffffffa807d
	.quad 0xc456cfa570840811
	.quad 0xc106b139848f34b4
	.quad 0x21f0a3743751ff40
	.quad 0xfffffffffffffd33
	.quad 0x0000002a95d6de2d
	.quad 0xfffffffffffffe83
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x237e9c52ff9f79f3, 0xda40acd9dc3443fe
	.quad 0x32f15bd66d9a9715, 0x03eb6fbf2234408b
	.quad 0x78cf9f051716c280, 0x802f775d059062a0
	.quad 0xa6f92fcacfafce55, 0x3fc5f9c8105fa0af
	.quad 0x525283b3ddf14680, 0xa07c37b1cf31617e
	.quad 0x7ff2e9e8eb7298fa, 0x003b532801000000
	.quad 0xa43b3d61faaff7b1, 0xb7f6e8d5512c2ad1
	.quad 0x96ae4ee9089a1935, 0xd79906c5bed2fc00
	.quad 0x4021000000000000, 0x85a67e26b02d47dd
	.quad 0x5f75c734fefeddff, 0x00006bd074c2067f
	.quad 0x9a65811f77fbfce7, 0x40840000427c0000
	.quad 0xff598582de99a30a, 0x8000000000000000
	.quad 0x438bd8f3ffa6fb7e, 0x48f80000ffbf5607
	.quad 0x4f800000ffa5ab1f, 0x3d2a2ec0011eda9d
	.quad 0xf2caab7f00ffffff, 0x2167b2f0fa5b6ee0
	.quad 0xa8c94ae4ec14b25b, 0x800e2cfbe939bf7d
	.quad 0xfe88633c3f55b11c, 0x7fd401126e190d97
	.quad 0xdffffffe80000000, 0x7f800000ff800000
	.quad 0x63bb9f8300800000, 0xc0db5db280000000
	.quad 0xe9427aa3397c0272, 0xfff0000000000000
	.quad 0xe1433c88d568fe00, 0xae5d2bd5f591c500
	.quad 0x401e800000000000, 0x76e6dc699dfb8370
	.quad 0x8cf543fbffc88000, 0xfffa2b314e8dda50
	.quad 0x43c1aeb01a0fc70b, 0x348328ef0c3ec580
	.quad 0x800751e0f5f975f0, 0x7fa109448f3d3d1d
	.quad 0x03264dc0c6d6a4f0, 0xc3b5c3838a5849f1
	.quad 0xe18858f1bf400000, 0x28c506a26a747acf
	.quad 0x405d9708e2d9116f, 0xbfe6973fca3af916
	.quad 0xdac4429842f7fa6d, 0x55bafd972f707c8a
	.quad 0x3ec8000000000000, 0x8131af16ffc95470
	.quad 0x3b3d90e8804dfccc, 0x7ff8000000000000
	.quad 0x3fa9e1304b5bd5fa, 0x4010800000000000
seed61:
	.quad 0xffffffff80000000
	.quad 0x0000000000002d93
	.quad 0x0dbd8abbeae57d05
	.quad 0x0001e050b8fd52fd
	.quad 0xfffffd9f1a2f65ff
	.quad 0x80ebe2bc1f9927ca
	.quad 0x129c436de947da7a
	.quad 0xffffff8419493b59
	.quad 0xffffffffffffffea
	.quad 0x7fffffffffffffff
	.quad 0x000000000000004e
	.quad 0xffffffff80000000
	.quad 0x00000000000055f3
	.quad 0x0001a9e5adcd30dc
	.quad 0xfffffffffffffcac
	.quad 0xfffffff97d03e2d8
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xc0fffffffffffffe, 0xa2dc6ac16e00461f
	.quad 0x18efb621e04b65cb, 0x4350000080000000
	.quad 0x7f95b675ff816851, 0xff8000000ca3f2bd
	.quad 0xbfd9c209ac02792a, 0x4e28ab18cfffbc71
	.quad 0xff000000801c3f36, 0x7fe20df58f58c87e
	.quad 0xd29a51c4ffc00000, 0xffa08fb9c0400000
	.quad 0x008000003e46fee9, 0xffc0000080000000
	.quad 0xfffed151da42a922, 0xa9fe977a5fbbfe83
	.quad 0x43acd3b955b4a1e6, 0x952033dff7930200
	.quad 0xfff68af20e65d9f1, 0xc066e96126bd2cff
	.quad 0xc382644480b5ff5c, 0x261698312c1f3f6c
	.quad 0x7f80000083cbdd13, 0xcf6895ec41396097
	.quad 0x9cf93b647d9fedf3, 0xff7fffffbd7e4f40
	.quad 0x3eb3ce6cff9d7ce3, 0x4002000000000000
	.quad 0x7f834140007c10b6, 0xc040df5003f8d25f
	.quad 0xfff7d4223ec76423, 0x3d08f74a80000000
	.quad 0xc050000040000000, 0xda7fffffbe41e5d5
	.quad 0xe306aa7bce69f800, 0xfef53438f0c4ffcc
	.quad 0x7f864a3c0065ac58, 0x8b161899e7318000
	.quad 0xbed9230b78bc7c33, 0xff8000005f800000
	.quad 0xff7a8765e5338257, 0xd94bd66843d7c37c
	.quad 0xce857ec4a174fe7d, 0x99fb6fa8a8327e00
	.quad 0xb9bf9da8cf761cc2, 0x401000004f800000
	.quad 0xc14b1c0bc6d9b97b, 0x84c1c8b1f80027f6
	.quad 0x38b0341b30de01cd, 0xfff0000000000000
	.quad 0xc10400005c000001, 0x3d50bc88ff8b8172
	.quad 0x41623cf17f800000, 0xc74000003a400000
	.quad 0x7fe0000000000000, 0xe564c30d7f9ca8bc
	.quad 0x005004f390a6c83c, 0x74b80e68be2dedd4
	.quad 0x7fec8dfcb84282ff, 0xb5c6f3fdcb64b205
	.quad 0x610699f6a72cfbcd, 0xbbef3adc00000000
	.quad 0x0c0b8e30330b27e3, 0x00995a420106f54b
seed62:
	.quad 0x0000000001000001
	.quad 0x167d6252a816e764
	.quad 0x000000000000109e
	.quad 0x000000007fffffff
	.quad 0x008ee65424da839a
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xcbcdc55ae5f0fe92
	.quad 0xfe3d9f1c61551024
	.quad 0xfffffffffffffc36
	.quad 0xffffffff80000000
	.quad 0x9637f90a57980915
	.quad 0xfffffffffffffc31
	.quad 0x0000000006cb5e0a
	.quad 0x000000000000008c
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0x7fea78dcf3d7be57, 0x5d029a42a2e7c600
	.quad 0x80000000c8280000, 0xc0fb7169bffcfb02
	.quad 0xc3fffffffffffffe, 0xf16b511a6ac8b58a
	.quad 0xf221cdf8000ffa0b, 0xde49ca70a53b9c40
	.quad 0xe915e135df7fffff, 0x9707baf33d7f7d7d
	.quad 0xc09800001c18bb5c, 0xdf00000180000000
	.quad 0x9ca5107da9efff74, 0x7586d23bd19ffe6f
	.quad 0x400eb63cc41be32f, 0x856fad3e68c744e0
	.quad 0xff9b2b587fc00000, 0xff8054e7c1180000
	.quad 0xffa283bebeee8a64, 0xfff0000000000000
	.quad 0x00abc75e98260bcb, 0x73ad704f8fdbf7ff
	.quad 0x02cd6448126c3eda, 0x437ea6db3f9f4fc7
	.quad 0x0000000011c23a09, 0xc074b20331881a47
	.quad 0x5dfcda14b8372e45, 0xc98e98e93b800000
	.quad 0x7ff8000000000000, 0xa9c5ad67adf7fffe
	.quad 0xfc53df357fb85836, 0x7fd831647f8706ea
	.quad 0xa337fd76fdedbffd, 0x98b32ee6d752baaf
	.quad 0x5ee5a69f80aa1886, 0x400c000000000000
	.quad 0xc1f9311daca96da4, 0xc0eb74fe7f800000
	.quad 0xbf48e00000000000, 0xd15bdcbeda7fffff
	.quad 0x7fd936f0c2b80c19, 0x72ffc8f7ffeff77f
	.quad 0x7ff055d3af7fbecc, 0x3eff7681753ffeef
	.quad 0x8b6183e638c18000, 0x3e0e163ef9caba39
	.quad 0x81addc55c6d993e4, 0xcf000001629bf878
	.quad 0x7f800000786e8baf, 0x7ff0000000000000
	.quad 0x7effffff3ec4e82b, 0x4031ba5723548234
	.quad 0xc1effffffffffffe, 0x0000000040f97783
	.quad 0xc1f0000000000001, 0x17f4d90c763c7e2b
	.quad 0xbff0000000000001, 0xff8ed8bfff847656
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x7db37dc796ed0768, 0x7f800000f071f1f4
	.quad 0x7fb3d3140753542d, 0xc011800000000000
seed63:
	.quad 0x001979878c9b2304
	.quad 0x8bdfa4dcc753ea00
	.quad 0x000000007fffffff
	.quad 0xfcacd6921a842a65
	.quad 0x0000000000000131
	.quad 0x15189620bb901c77
	.quad 0xfffffffffffffe63
	.quad 0x7a88a1608dbaf2b7
	.quad 0x0000001745a12d25
	.quad 0xecef3043c2ba9d0d
	.quad 0x00000007cd154810
	.quad 0x91cc0af414cc4331
	.quad 0xfffffffffffdcb37
	.quad 0xffffffff88cc86aa
	.quad 0x370f05311865fec5
	.quad 0x00000000ffffffff
	.quad 0x03800000
	.quad 0x50000000
	.quad 0xffe0000000000000, 0x01000000c0700000
	.quad 0x91b1214a7ffd7c4f, 0x0000ea155842de2f
	.quad 0x800df81866df8668, 0x916813203cb80000
	.quad 0xfff0000000000000, 0x7ff14ca2cf800000
	.quad 0xf11bad7afd98389b, 0xaa727ef8fa776edd
	.quad 0x5ca925bcbfeffe6a, 0xd4b62752fdb11b0f
	.quad 0x401dcc0939952eb8, 0xbeee8632b8db1b5c
	.quad 0x807fffff7f800000, 0x1d8d2af362eb3d49
	.quad 0x7ff055be5879c4e0, 0x0908090300adcd3e
	.quad 0xcdb4127eeeb9fe00, 0xcb38ebf49a3b9da9
	.quad 0x261b95ded8cf5e43, 0x57f7a96ad3bffdc2
	.quad 0x001fffffffffffff, 0x7f8daffbc1080000
	.quad 0x00000000f6435033, 0x0000000000000000
	.quad 0xd577e4babd445505, 0xbcd900000b75c274
	.quad 0xbff8000000000000, 0x3f84718d00000000
	.quad 0xc57f000080b5d8b8, 0x7ff68a9ea4800a57
	.quad 0x3114cc17fddffdc5, 0xff800000bf800000
	.quad 0x70c377b6ff63e33f, 0x70ad7ab411b38fce
	.quad 0xfff3a461bb8c6f45, 0x94ece2ee70367e00
	.quad 0xbf951ea9ffc7fc3f, 0xbc484c98bbc40ffb
	.quad 0x5739f54c7488c2c9, 0xfea1bd4ff6020cde
	.quad 0x3ab800003d3b855f, 0x400e000000000000
	.quad 0x0124be968013ca20, 0xd64f93edef57feaf
	.quad 0xffcbc0d3c292694d, 0xa2fb356e7efff88c
	.quad 0xd19619f8fffac33a, 0xb9ef0000ff800000
	.quad 0xffd0000000000000, 0x67dcd0b044a20000
	.quad 0x37be0000c0fcc414, 0xb028fd50ffedfe00
	.quad 0xc0247a351bd23b2d, 0xd980000119213723
	.quad 0xbe9c72c9cffffffe, 0x0045f92930685b9c
	.quad 0x43ffffffffffffff, 0xab734738b2198000
	.quad 0x42900000762488af, 0xe4377557d0dac273
	.quad 0x6986a887e5310000, 0xaaa86d790e3e42cd
