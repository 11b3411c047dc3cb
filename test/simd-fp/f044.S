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
	.inst 0x1f0fbd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c1991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0bc253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f53b575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f0976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2301d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e029959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2cdc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e212090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6200fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f8250dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f68217e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6ef01f
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
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc91911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e674192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e31c594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2709d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1da36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780227
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e62ced8
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
	.inst 0x1e2021e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f3be41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e191d2c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5eaafd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2901ef
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
	.inst 0x4f2afd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e325012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eacc434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e380045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f49c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f23a61b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e61024c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2e117d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f23613e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e672190
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
	.inst 0x6eb0c890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21d8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e217a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4dca56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3ab017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef6d4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fd5503a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67483b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eefe47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e7cef5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e24ff3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2640ff
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
	.inst 0x7e61d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2169b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f3bfc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e273997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fa810b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6179b9
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
	.inst 0x7eb0f8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e282110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2101ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d38ff
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
	.inst 0x2f26fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f7afcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d68f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6189f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c5994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e680185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e617a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e589de7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f6ae458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61a879
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
	.inst 0x1e2d093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e373492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21aabf
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
	.inst 0x1e6b19b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21d609
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
	.inst 0x1ee24234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f62a5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6c5636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f61d8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0e958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1a899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e70002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f29e41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e603b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f01bc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61581f
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
	.inst 0x6ea1f890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eafd571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e3812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e600223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2178f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6bde95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2720d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3000a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6eedb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f25fdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee0d83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6a3dbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6bf01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f49309f
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
	.inst 0x1f278c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea8c611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fcb9232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f29e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a5a74
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
	.inst 0x6eabec76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e662997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea199b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e76cc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2301da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0f85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25c1dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f62fdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67381f
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
	.inst 0x1e61c130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c2200
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
	.inst 0x6e61d4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e20d6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e19e609
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62011a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1e5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64aefc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6200dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e3ce51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fce127f
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
	.inst 0x1e2d6479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61d9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea19893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e233994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f74d035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e218996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e1817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0d998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6522fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25419b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3001ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3001ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d88de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c9df
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
	.inst 0x1e379010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2284f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2001e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f3cfd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4295b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6cfc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e02f057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e310168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f1155b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d79ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6440fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2c107c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e72d57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e36859f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7d093f
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
	.inst 0x4ea1b910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f3de411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2620f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2148d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f043974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616995
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
	.inst 0x1e693a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2319b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e6edd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f3962da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e3a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f28fcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e60e5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcf937f
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
	.inst 0x0ea7f530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a5952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eeff493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6540f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4f05f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f2cfc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e610048
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
	.inst 0x1e63185a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eb4c63b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7802cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03943e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021c8
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
	.inst 0x1e2d3930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6819d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e267814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef1fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee19876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6bad57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a648e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0d1079
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
	.inst 0x4ea2d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f8d91bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a58bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39016f
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
	.inst 0x6e60e490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e63d511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcf5913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2b48f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcb9195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee8d5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f8f1a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e216958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202118
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
	.inst 0x1e2108fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26799d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22007f
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
	.inst 0x1e70f010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2808b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0b8d72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a6c13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e75f014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e25de55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6b5016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61d4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e26e418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4ce139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2acc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67581b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e1995ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0515fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6800ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e693cff
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
	.inst 0x1e640810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e610201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1aa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f684553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e322090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f38fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d2937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee19a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fb350b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66691a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25c05b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3801ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee5f4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b301f
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
	.inst 0x4ea3c5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea6e5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4d08b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a59f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e301453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0c875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02e936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea0fa57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202088
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
	.inst 0x4e61b81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3929db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7220e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e59ef4d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f252d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2039df
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
	.inst 0x1e240180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b7497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e252834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2419d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e19c466
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f1534b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c0424
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61697b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e038dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1da1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fa3135f
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
	.inst 0x1e67c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f4ffe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e59e023
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f65a234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f112c75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e270a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e251a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7100c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65a75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29032c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23e6a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1b89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f34e4bf
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
	.inst 0x6ee1f810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e212130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1cd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e42c0f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e219a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea1ba15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2201d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1b8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e610ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee1fb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee8ed7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f76883b
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
	.inst 0x4fc3995d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fc8507e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eaed5df
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
	.inst 0x9e2300d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e704931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea5fe12
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
	.inst 0x1f203814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2faa9035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4fd496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e43e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e678979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f471cba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2179db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30f95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e374b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29550d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e2198ff
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
	.inst 0x4ee1a990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e719012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f033833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2ece54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee19995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5eb3fc96
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
	.inst 0x1e59dc68
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e62fc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e63e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7801ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0e9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e77e5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c07e
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
	.inst 0x4f7de410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcb1211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e213932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3120a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f01ad55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e700286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f749cf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e35c618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e250169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a395b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f09345d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f429dfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e212150
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
	.inst 0x7e30c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61d9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e633a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e612955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f2bfcb6
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
	.inst 0x4f2ce6f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1d819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e42a41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2e051b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2140dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ef4f5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3903af
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
	.inst 0x6eb0c830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2101c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e271853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1da74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f54e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f730db7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2819b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6cfcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28a474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61789c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb3edfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eeee53f
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
	.inst 0x9e7801e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e438171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eaace12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e25fcf3
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
	.inst 0x7f60fcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2029d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e68dd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6442f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f700d7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f156e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee0d89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79016f
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
	.inst 0x0e27fd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee8f511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7800c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f57fc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2af4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1d816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ac438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7619d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e617ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4799fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f64fcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6441dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21c49f
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
	.inst 0x4e66d450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59e201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eecd512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e32f573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e616854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e352220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f03acd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b9f3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2ff5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c8583
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0d8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2441ff
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
	.inst 0x4fcb9830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e610141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f058e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1b813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22d016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6800c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4e1c18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e65fd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e4288da
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
	.inst 0x1e37391c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f72fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0d61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b487f
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
	.inst 0x1e618930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e6178f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f65e433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e617553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e631895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7100a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3901c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e5931e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e71d43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2fa47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea4cd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e273491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1a9ff
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
	.inst 0x4e61d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea7d531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea4c552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e328a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fd011f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e67fed7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e59d5a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f51fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc41b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2dc53e
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
	.inst 0x1e6240b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e187e01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f08b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee240b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f24ae35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f552d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fcd9177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e4938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6ea839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2411b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e18b0ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f49b63f
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
	.inst 0x1e612970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e43ccb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2901a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee1d9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f67b256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6b8018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3000a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f27e59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c27c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d79fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c0df
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
	.inst 0x1f67bd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0f2d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f8c5212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e24fd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6848f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f063d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e652a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f2ee637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1b8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eaec4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21ab9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6309df
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
	.inst 0x1e280870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e718872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e312873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2b3174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eabfd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e35765a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f298cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30c818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee1b999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eb4c6ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e78887b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19700c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70dabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f88519f
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
	.inst 0x1f6504d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6568f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f624194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e266976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0348f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e639c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e495a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e65dd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78081c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f28fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f742f
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
	.inst 0x1e630190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2bc455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e584622
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea1a933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fce1194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f21fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb2e5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea0f9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1d418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e618999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fd7995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee9f45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63293c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1981d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee8d5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2198bf
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
	.inst 0x0e617950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e291011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2be632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6640b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e702120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e29d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e2aed56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f51a4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2fd8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e599c29
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29446d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61693b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1b9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24285e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66501f
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
	.inst 0x1e6d20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e60cd73
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
	.inst 0x6e63f595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc091d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e589ce7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e18a068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f28e4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2101ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c25d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7808de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67f01f
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
	.inst 0x1e690930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1d5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e180e02
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3059b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4905b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6cd016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b19d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0ca38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4f18f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c21a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eefecfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e200591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e501f
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
	.inst 0x9e6800c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6dcc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef1d653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee3fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e290206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e67c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f102d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c2fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e251a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e69e59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fa158be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fa6191f
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
	.inst 0x1f4c2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f039dd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71bcd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e029073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b89f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e380147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea4fdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c11a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f47e41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21405c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a94fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6e21bf
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
	.inst 0x5ee0d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b78d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30fc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef1d533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e26f594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e73d536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e3817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f012538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2189f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef5e41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43685c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6740de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c05f
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
	.inst 0x1ee2c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a5991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2198d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2519f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e321a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e67e455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee2e4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4d2d18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2278fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e34381b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1899c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61b85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e6bde1f
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
	.inst 0x0e28fc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6168b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e73fcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e736876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f915077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2de4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2ec6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f46e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea0f8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2c841c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e58188d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e703d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62007f
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
	.inst 0x6e6cfc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3039d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e59cc04
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee8d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2dba36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e342140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee3edf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21a899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e21014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ef4f51b
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
	.inst 0x1e79189d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2428fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1e059f
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
	.inst 0x1f0195b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e623891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e5813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee0d894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f5ffc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f3be536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0ca77
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
	.inst 0x1e02f519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6ff57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc819db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee2c53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e374abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4ec9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3c69df
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
	.inst 0x1e6a59f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4f4412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e300023
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61a974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e67cd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d0977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e664178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6541d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2022c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e642110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e36b01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64415e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea7d47f
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
	.inst 0x4f40e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee0e8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c9d2
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
	.inst 0x1f2f4dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e697a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2ac516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61b957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8c1ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0f95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61a99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2bb8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25101e
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
	.inst 0x1e211970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc750d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e581943
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4c3255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e254276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f039557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2540f8
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
	.inst 0x1f09c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6022e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e71d6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6fd71d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c09f
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
	.inst 0x0e217810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e595961
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e312932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2741f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e251a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e438455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0ecb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61ba78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e643a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f513e9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e26e67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f31fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee199bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6094d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f38e4ff
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
	.inst 0x1e235448
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6829f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a8a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e20d574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f861215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eacf556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e214197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e03a4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a5839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e754b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e29006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c39e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0f135f
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
	.inst 0x1e620070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f411011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee8ec12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b4813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea0e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e373015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f8c5156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e710187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2518d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6100e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6a20ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61ca1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21787e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68012f
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
	.inst 0x6eeac470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e69e606
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e643992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e67dd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e651934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e216995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e5999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1b87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3220c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2fe53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21d9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0c2ddf
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
	.inst 0x1e282060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea9d592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e210103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e293894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6bf5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea188d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c4a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1f998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e33f43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4aa33b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21b83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6539fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0e89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2218ff
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
	.inst 0x1e600910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e233991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e632220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3088b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e28f495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0c5117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea8f578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc85139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e650a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e67d49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3103cf
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
	.inst 0x1e6e19b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b1831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee19852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2bec74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3d9015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0e8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f34e5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e292010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6300b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f1b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c05a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20089c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2301fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25901e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6222c0
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
	.inst 0x1e2f8dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e036d51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2838d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c2813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0ea14
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
	.inst 0x1e3900c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f08d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e244118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22d407
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6815d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18c22b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e39000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6199be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f291f
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
	.inst 0x1e373010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e613db1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f5188f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f3813
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
	.inst 0x6e2efc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61ba37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e5808c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f3bfcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58e5eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6401ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e25f47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6168de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61999f
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
	.inst 0x9e3000c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc258b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f312212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e32f613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67fcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b4955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f28d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f472d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e616a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6ecc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2df629
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22485b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0c85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e722230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2318bf
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
	.inst 0x6e61a8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e390121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ef1d612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67ce74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e60d495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e617a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0e837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6d10b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61cab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea9f59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2fb199bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f889a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39004f
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
	.inst 0x1e6c0810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0d851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e27dcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4845b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e219835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f15bdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2dd497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea8fc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e28d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2039da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2aef5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f499c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43d19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e26e47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21893f
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
	.quad 0xffffffacd2abc17b
	.quad 0xfffffffffffffff0
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe96
	.quad 0x38b351f478c0ea39
	.quad 0x000000000000407f
	.quad 0x605cc9200ace32dc
	.quad 0xfffffffffffffca8
	.quad 0xfffa525bb83c9a6f
	.quad 0x74769026ab0085ad
	.quad 0x30746778f2cc7ca4
	.quad 0xffffffffffffffff
	.quad 0x09e32a52154adc67
	.quad 0xffffffffffff4758
	.quad 0xfffffffffffffd56
	.quad 0xfffffffffffffc23
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x3d93a4d5bb200000, 0xc02305b12d45648c
	.quad 0x41080000c77ffffe, 0x3fbd78096217b505
	.quad 0x7fbb7c27c091456a, 0xc00c000000000000
	.quad 0x8006608f4bf4e5f3, 0x800000013c6acb43
	.quad 0x407b1bcb0e686b09, 0xc0543c999f6c9129
	.quad 0x0cca088138eb85a0, 0x6cd24905ffabfdbf
	.quad 0x2ff304818ffdbfde, 0x8ba39e2446ffffff
	.quad 0x8008000000000000, 0xfe4fef669186c1b0
	.quad 0xbe7dfb00a2e0f400, 0x3f789eb516ada992
	.quad 0xfddb44de524df3d3, 0xffe94aaa3cd8a612
	.quad 0xc0f80000a6874f1d, 0x943a12ee84c60759
	.quad 0x42198414c0dc0000, 0x573e26a86e9fe09b
	.quad 0x7ff8000000000000, 0x3c2d02792d3382bc
	.quad 0x9eee2dba4b5cfe00, 0x3fdfeb623a7b991e
	.quad 0x801f59dc260ea98c, 0xfea44949ff49e8e1
	.quad 0x7fb19cad00000000, 0xc051000000000000
	.quad 0x27f916bcff76973d, 0x4974cfa7c0502e64
	.quad 0x7ff9a7d7ddf1c0e4, 0x1d256ea9c3fdf928
	.quad 0x19511b732f110000, 0x7f800000135f830b
	.quad 0x6f827346c97fffff, 0x8e0e316dc0a80000
	.quad 0x93e32833bca44c64, 0xc42514961317c080
	.quad 0x277c584e7fa6fee9, 0xb26de62fffc00000
	.quad 0xfff22077d1e486a7, 0x8000000000000000
	.quad 0x15a297c6908d01f6, 0xa319ee7a0efd3a76
	.quad 0x9bf0f1cf8b2eb800, 0x4031b9c95f47fd2b
	.quad 0x8117b51177d66698, 0xe41e7fca4abd116a
	.quad 0x4a783d680b7c8f34, 0xdb6fb5140b5e58ff
	.quad 0xc315ddf57fc00000, 0x816c955ddffeff9c
	.quad 0x800000007fc00000, 0xbfaff66c7dbca157
	.quad 0x7ff2bdd7d9f9d721, 0x8d0c1fd2916afd77
	.quad 0x40200000ff800000, 0xf3e67cdbbf200000
	.quad 0x3c1e74daff89747c, 0x6882adbca1b751eb
seed1:
	.quad 0xfffffffffffffff0
	.quad 0x7e3299f93e6ecb3c
	.quad 0x29d4385645179f70
	.quad 0x2b4f45856d47e185
	.quad 0x7fffffffffffffff
	.quad 0xffffff8589a83e88
	.quad 0x0000000001000001
	.quad 0x1f389073dbc21452
	.quad 0xffffe208f721dcec
	.quad 0xfffffffffffffcd9
	.quad 0xffffffffffffff79
	.quad 0x00000000000002c1
	.quad 0xffffffffffffff52
	.quad 0xffffffffe80e5054
	.quad 0x89ceae9a455bf93d
	.quad 0x0000000080000000
	.quad 0x02c00000
	.quad 0x50000000
	.quad 0x3fb8400000000000, 0x7ff8000000000000
	.quad 0x5ca70857fdd7f7df, 0x0010000000000000
	.quad 0x417fd5e1ce04fe00, 0x007fffffbe903d18
	.quad 0xfff0000000000000, 0xcd27b7a3bfff77ff
	.quad 0xe40f58fc7fbeedff, 0xb742f133e4547800
	.quad 0x7f80000073dbc0c6, 0xd8afd0086c2c1697
	.quad 0x7f6e8244d9800001, 0x8069edd4845c9fac
	.quad 0xcd7f6626422df3b6, 0x3ece400000000000
	.quad 0x452af8a541080000, 0x40571aac72961f0f
	.quad 0x7fd0000000000000, 0xfff8b1593601cc7a
	.quad 0xd4541ed37373fd1e, 0x2b19965dffd8ffea
	.quad 0x54c7235eb52e8631, 0xc0341236fc8d788b
	.quad 0x7e2fd66f492eade2, 0x7f80000002003b87
	.quad 0xc2c000007f800000, 0x37a37c34ffffffff
	.quad 0x404ffffffffffffe, 0x29b62106fec47e00
	.quad 0x1fda7944bfffcab7, 0xfef4293abf000000
	.quad 0x7ff2208c07e0537d, 0xc1e0000000000001
	.quad 0xc015800000000000, 0xbfbb6ac8950f1e2e
	.quad 0x0000000000000001, 0x7377fd20ffbf717d
	.quad 0xd11206e0a6f5b0f5, 0xe4287c43e12cfbfe
	.quad 0x481000007fc00000, 0xc78000007e949a03
	.quad 0x41f4ea135c728470, 0x800b102e72a92405
	.quad 0x0e60025075874840, 0xbff0000000000001
	.quad 0x000000004204d98a, 0x4f3f23f87f800000
	.quad 0xc058cb6b5c9267d0, 0x7fa80ea8c0e00000
	.quad 0x1fc91137ffff8200, 0xffefd6d9fe800000
	.quad 0x43f6d21780000000, 0x8af968e1bf9fbfef
	.quad 0x7ff18fddc10f01da, 0xbc7a78b2773d3bb1
	.quad 0x4f14e404cb450400, 0x41b451b346960000
	.quad 0xc5e61a35c8ddfb8d, 0x7ff0000000000000
	.quad 0xbfa8f8e29eb9dec3, 0x8a4a144baca92b51
	.quad 0x7ff0000000000000, 0xd133a309d87f041c
seed2:
	.quad 0xfffffffffffffd5f
	.quad 0x0000000000018418
	.quad 0x0000005c0d252278
	.quad 0x98ece86d1513bd84
	.quad 0x0000000000000167
	.quad 0xfffffffffffff946
	.quad 0xfffffff9db2312a5
	.quad 0x000000007fffffff
	.quad 0x82a155055358ed4d
	.quad 0x0000000000001f13
	.quad 0x7fffffffffffffff
	.quad 0xcea7e4d34e48d318
	.quad 0x65dc493fb4cf8957
	.quad 0xffffffffffffffc1
	.quad 0xffffffffffffffaf
	.quad 0x0000000000017151
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x9ad970a9bca03268, 0x9df105fa80000000
	.quad 0x3d5cc57cc21df17e, 0x3f8cca614e3e2ef3
	.quad 0xa15e0bbc2e7368f8, 0x800000008034751d
	.quad 0xff9fee3973940c08, 0x3c788e6a00000000
	.quad 0x4f66a68b75e81d3d, 0xfff472a97abd4d00
	.quad 0xfff3c8c1c236582f, 0xfcef281ab5aa3b45
	.quad 0x3fbe75e96b2451c9, 0xc0800000c03f0000
	.quad 0x24d1e718e4bdbfa9, 0x40e0000000000001
	.quad 0x81eb40ffae269a53, 0x0642bbaea4ff9863
	.quad 0x010070edbdf1e681, 0x3a300000e97624fd
	.quad 0x000ca5c5eddf752e, 0x7ff0000000000000
	.quad 0x2def9ff1fff9533b, 0xa0a35a396a597e00
	.quad 0x747e56d8f3957dfe, 0xfeb2c5e85a7ffffe
	.quad 0xecd02c32b0c129b4, 0x7ff0bec98c72f798
	.quad 0x7c3ae9c2ffda8000, 0xe0c147d1c16bf435
	.quad 0xb01cc84701931163, 0x3b9e62a28114fc49
	.quad 0x00735a40b6e00000, 0x2a919b66eecf3c6a
	.quad 0xc2db7fcc807d92ac, 0x7ff8000000000000
	.quad 0x000000003a11c3ac, 0x02c24054aaa09bb5
	.quad 0x80a34eae2679a840, 0xffb6d9902100d168
	.quad 0x6a779c4151058400, 0x7ffe9536d83448e4
	.quad 0x51038b9393a9f7ff, 0x7ff3d44680ad2d0d
	.quad 0xae4e1e152e128241, 0xbf7e055c17591fb7
	.quad 0x0004fa9c03cb2d32, 0x8000000000000000
	.quad 0xcccb3b2e00496543, 0xe79faefdbf6bfc00
	.quad 0xc337fd9c0404a9c8, 0x26a89bb78e4e7d41
	.quad 0xce753fa945ae339f, 0xffe8805d7f8ea8c5
	.quad 0xe61331ac7fff8821, 0xc06fb773ab40e3d4
	.quad 0x46d83a167f800000, 0x3ee053dbeaff3fd6
	.quad 0x04493a9ec0100000, 0x78a65ca39e7dfdbb
	.quad 0xdb965239fdfebf53, 0x598186685fb3f9f3
	.quad 0x0007b7278eb88675, 0xfe137242fcbfd9ca
seed3:
	.quad 0xfffffffffffffcad
	.quad 0x535668727f10dd4e
	.quad 0x0002817e2c06076b
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffdcf
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x004dd29ae4b3d834
	.quad 0x496a72fcaa9b233e
	.quad 0x00b3dd7c62745e19
	.quad 0x00007e1cba77099c
	.quad 0xfe2a32f90af9b76f
	.quad 0xfffffffffffffdc3
	.quad 0xfffffffff0ac6119
	.quad 0x4f7a8c7a5dc080e2
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x68df3b5c33becfce, 0xec0603827fccb42b
	.quad 0xdfbc6ffc3e11d198, 0x0020000000000000
	.quad 0x6b8231c8e30f7c00, 0x0000000000000000
	.quad 0x8008000000000000, 0x4015800000000000
	.quad 0xfe3788ddffb5df5f, 0xd9beb9caa74bfe76
	.quad 0x7ffd9d0318662775, 0x4088000043d80000
	.quad 0x7f80000080000000, 0xde5fd512f8578bd0
	.quad 0x7ff0000000000000, 0xc0ffffffffffffff
	.quad 0x000fffffffffffff, 0x5f0000019c998122
	.quad 0xc159dc50c0580000, 0x7ff2a479c86d31c5
	.quad 0x4014000000000000, 0x8000000000000000
	.quad 0x4f800000c03c6a93, 0xdc9bc30fe209fe00
	.quad 0xc769ab0ad94eb7ca, 0x53632af5edff9ff5
	.quad 0x7d9a36a181bf3e9f, 0x89e50e11d3d786b5
	.quad 0x00000000bd857d20, 0xfff0000000000000
	.quad 0xbbbd7ee48014fb33, 0x7f8f53b2c34f8000
	.quad 0x7aca17aa400474eb, 0x80ce3e5937584628
	.quad 0x008b13993915b606, 0x27fc0cf6bc6fc9d8
	.quad 0xbf644b457f8fa963, 0x800f86ad30cfd87a
	.quad 0x3b7ab247677efc00, 0xd67ff00c7d6f33a5
	.quad 0x07b5651fdc729add, 0xbfef8f6a08e334d2
	.quad 0x6f0b247fff800000, 0x3db054ba1cabdb37
	.quad 0xc01a000000000000, 0x00637e35f5b10830
	.quad 0xbfa97095c9e2086a, 0x00000000005c4ebd
	.quad 0x4047eb1033379335, 0x00000000ff800000
	.quad 0xe5353715de3ffe2a, 0x7f800000ff80ccc7
	.quad 0x0000000000000000, 0x6e036f7dd1f9bffe
	.quad 0x3af7f8acdf4a9c72, 0x41b9d322c3051977
	.quad 0x807fffffff800000, 0xe5f64fc043252e45
	.quad 0xc20767a2540802b0, 0x000000007fe82008
	.quad 0x702c964affab198d, 0x6f7ec054e6d58000
	.quad 0x433978e008138333, 0x47fffffe7f19a721
seed4:
	.quad 0xaed3ce30c7641241
	.quad 0xa90def78fc1ff34a
	.quad 0x93253470a42dcdde
	.quad 0x7ae0123fe9706759
	.quad 0xfffffff776e1dbe6
	.quad 0xfff33dd9b6082af3
	.quad 0xc387a1685ce2f236
	.quad 0x0000000000010b36
	.quad 0xbb23b54bba82283a
	.quad 0x28744a3d8421f26a
	.quad 0x67d13bfef76015f4
	.quad 0x334b6f887a421efa
	.quad 0x0000043268de2d34
	.quad 0x00006b4296e86d1e
	.quad 0xfffffffffffffe33
	.quad 0x0000000000068ca9
	.quad 0x07000000
	.quad 0x10000000
	.quad 0x8000000000000000, 0xf2f09230150073eb
	.quad 0xf0ed930244caa705, 0x608236e39ffaee78
	.quad 0xd115000e41200000, 0x416e535e2cc58001
	.quad 0x0000000000000000, 0x7b7e93466f372cf0
	.quad 0xb65d217effc5b7ff, 0x83cfb9a2ccf5e370
	.quad 0xcaa1ccc9cffefc45, 0xb43f5baac7b43f1f
	.quad 0xe664ec57426ec640, 0x578c838b0c982f3d
	.quad 0x35c7a590436c42e7, 0x002d790a00000000
	.quad 0x7f8000000017f8ea, 0xfff8000000000000
	.quad 0x0cf63d6d77e7ff94, 0x7fbbe24d989bf07f
	.quad 0xecaccb47cffffffe, 0x4f3c83515f7fffff
	.quad 0x0c3fb3a1f392c21e, 0xc1fb480c686619e9
	.quad 0xff5e364f4b0e2171, 0x97d21002b93efbda
	.quad 0xffc00000c158f7a0, 0x80000000f857f042
	.quad 0x0cf62c5419f48e9d, 0x84643f809aca71f5
	.quad 0xbf000000c5400000, 0x3f76dd94b32ba941
	.quad 0xef5e0a209c900315, 0xc1eaca9f1cc4e849
	.quad 0x7987ac0aff7b78b8, 0x7ff0000000000000
	.quad 0x473e6d42418a8000, 0x36d00000cf7fffff
	.quad 0xfffc6ecc4c73c5f6, 0xb5c0000079a8b43e
	.quad 0x94578d7dff800000, 0xbce888c3c0a80000
	.quad 0x84f949e314e93a00, 0x64bdbdde5aa5168d
	.quad 0xd782f516c23e4701, 0x401b77d823cc2acb
	.quad 0xc00a84a64d7900c2, 0x7fe4833466a2cf96
	.quad 0x7e0f1d0e1df34402, 0x37000000a7dd5977
	.quad 0xff800000af575db3, 0x6d22eff17f800000
	.quad 0x3e1b22fde27ac4a8, 0xf56819fc83b24cd9
	.quad 0xfff33e6ea97371c8, 0xb5a3ca9bffc00000
	.quad 0x7f8c15e1bffffea7, 0x5b7b40a4ffc6ffdb
	.quad 0xc0ac800000000000, 0xc15dabef298afe00
	.quad 0x4003000000000000, 0x41d3fb9740d80000
	.quad 0xc11e00007e542e66, 0x9221a2c409544800
seed5:
	.quad 0xfffffffffff6797a
	.quad 0x52bf8a0d9d251087
	.quad 0xfffffffffffffe7f
	.quad 0x00000000006234eb
	.quad 0x98af588f5e917838
	.quad 0xffffffffffffff68
	.quad 0x60c62cd6416b67f3
	.quad 0xffffffff80000000
	.quad 0x3d88ae1d8d106a9f
	.quad 0x00000000ffffffff
	.quad 0x0000024a0f240592
	.quad 0xfffffffffffffffd
	.quad 0x00000000000001e8
	.quad 0x78e9393610287eab
	.quad 0xa30b0aad8d615fab
	.quad 0x0000000080000000
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0x56e1692c827eff95, 0xd2ac91ce55f32dd4
	.quad 0xfff669530f52a6e2, 0x3d88d8b4b3a46692
	.quad 0x7fdfffffffffffff, 0x822e7e6486004bfc
	.quad 0xfb9022c972bf7e08, 0x8b7fd7ed50d70314
	.quad 0x6afaea76dfebffef, 0xc700000140527a49
	.quad 0xc011000000000000, 0xcba11aecff3dffb5
	.quad 0x0000000000000000, 0x4667660a17f37fee
	.quad 0xbff8eb66b3326b52, 0x432b51c3ffd537a8
	.quad 0xffc000007ff6cd7d, 0xff8000005a2d4d90
	.quad 0x262b08c0d5c7b45f, 0x817a00ea6ec9e55f
	.quad 0x64f9d3aa10268179, 0x7fc000002c9f19ef
	.quad 0x6d6ae4053bfbfa72, 0x7fefef2d3dddffe1
	.quad 0xbf8d31f657c9651c, 0x3fffffff7f800000
	.quad 0xff8d68d980400000, 0x8000000000000000
	.quad 0x8000000082eb82a7, 0x7ff8000000000000
	.quad 0xc050889d0fd6d76b, 0x6591eb6fa5cbbeea
	.quad 0x461bb191feff9fff, 0x415607451457f6ef
	.quad 0x3f96f317b35336e2, 0x5fbd08796227000d
	.quad 0x7ff8000000000000, 0x8255edecd09eed5c
	.quad 0x0c422fafacf3ffc0, 0x14ebb5d456f5ef7c
	.quad 0xf1636e43feffde98, 0x9d43aacd668c1da6
	.quad 0xfff8000000000000, 0x4db428877eefffe9
	.quad 0x7f86e04080000001, 0xe44da0fcfddcf3ef
	.quad 0x9b78e23dca024c1a, 0xd9fffffe7f800000
	.quad 0x59f9f2d100000000, 0xffae45b042cd282a
	.quad 0x1720258faedf7a66, 0xe3b52642fff2e9c7
	.quad 0x165a2c55fddffe0e, 0x7bce5483f43f2ce0
	.quad 0xfdf5d19688648469, 0x3bb303c2c9e00000
	.quad 0x7fc85cf0ed408d01, 0xe633ec9c214ac7c2
	.quad 0x704ce703c0be4619, 0xc07b919da4e3abe4
	.quad 0x75665fd184882c82, 0x83513202a6bb0580
	.quad 0x400fffffffffffff, 0x7f7fffff19534469
seed6:
	.quad 0xffe7b0f9c7e257b1
	.quad 0x012c75e8ff159573
	.quad 0x0000000100000000
	.quad 0x00000000000002e0
	.quad 0x8000000000000000
	.quad 0x000000007fffffff
	.quad 0x11674723ad5c9a50
	.quad 0xffffffffffff5364
	.quad 0x0000b52b6ab8f2d0
	.quad 0xffffffffffffffca
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xfffffe3293461cab
	.quad 0xff908c1d42a6dc63
	.quad 0xffffffff9160655b
	.quad 0x0000000000000084
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x690fcd934330d9a4, 0xfff3314f61047bad
	.quad 0x3bd403b5be13fbb5, 0x9816db21017fffff
	.quad 0x7710a221cd800001, 0x0eaa832e7fdf7e00
	.quad 0x3f8f6b0cfce72c55, 0xc3f6694dda7fffff
	.quad 0xe5ac6074693d7e00, 0xa75580d1ffc9fc54
	.quad 0x0000000000000000, 0xff37309a7f800000
	.quad 0x000fffffffffffff, 0x7ebff927726e7ea6
	.quad 0xf8df8a0ade4a7c00, 0xc75da3057f97e089
	.quad 0x802da325bd761bf2, 0x9bfb2bbbfffd9f9f
	.quad 0x1d9e9b48ffaf8000, 0xbf71df0ad21daf97
	.quad 0xf549c1feffa48719, 0xa2d2207dffdc7c9c
	.quad 0x7ff0000000000000, 0x82b0792402fb5c0a
	.quad 0x0e554f5a7f9eed4b, 0xe8e93ed71568635b
	.quad 0x3c6ca993402ff915, 0x941b4da99ffea729
	.quad 0x411400009d66f13d, 0x400ffffffffffffe
	.quad 0xffc00000bf800000, 0xee59b43f99c3a518
	.quad 0xb6f58af5ed0df5b1, 0x0fc2f2aa07f7c3fe
	.quad 0x0aec6bdcfe6f7800, 0x891fc16b7fe811fe
	.quad 0x00000000f57903f8, 0x8004483bfe9c3c4c
	.quad 0x418d99c840c034ff, 0xa2b29fb6c4ef48e0
	.quad 0x5e5ec3e20f460bff, 0x3ffc000000000000
	.quad 0x8000000073f1cf71, 0x7fa516cf805040a2
	.quad 0xc0effffffffffffe, 0xef8d7c4daf7bffdf
	.quad 0x7f89d5a800000000, 0xffa5e5b500000000
	.quad 0x7fde2af9d3c7666d, 0xc0c115ddffc00000
	.quad 0xfff8000000000000, 0x81ca5fe5209f9f3f
	.quad 0xb1e8675af716754d, 0xbfc46c3431f0fc5d
	.quad 0xec9fcb84e9ffffff, 0xfff8000000000000
	.quad 0x00024915247c0e86, 0x7ff8a28c2b441886
	.quad 0x9d741b36247704a2, 0xc3efffffffffffff
	.quad 0xbfc02ecd3c11cada, 0xfec740f2a49fba02
	.quad 0x40754336e3f7c002, 0x40faa9d67fce0072
seed7:
	.quad 0x00000000000003b6
	.quad 0x5d10f747677cdf3b
	.quad 0xae88653c072aa344
	.quad 0x0717c40df7db06c7
	.quad 0x3d78c6f4d2d50f22
	.quad 0xe530e5ab477cb7af
	.quad 0x2e6b0d7a860058cd
	.quad 0xfffffffffcbbb3e3
	.quad 0xffffffffffffffb3
	.quad 0x00000000000000d7
	.quad 0x000000007fffffff
	.quad 0xfff3c4a0ccbe4cde
	.quad 0x9fda0a6509f5c391
	.quad 0x001afb73abd37ac8
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc31
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0xfff8000000000000, 0x82339714b89565cf
	.quad 0xfff1d65657d6a010, 0x80000000c5f7d21a
	.quad 0x9e4d916519f4e600, 0x1740fdb3d01c066b
	.quad 0x7ff0000000000000, 0xb49295bca36e7b64
	.quad 0x7ff8000000000000, 0xf9ac2e2986d9fc00
	.quad 0x8224bf738177b3b6, 0x99a2f32f0c5f65bb
	.quad 0x0007733a79bd7397, 0x8353307c1dd54205
	.quad 0xb06fa50bae645c3d, 0x7f80000043ad0acb
	.quad 0x7e710a587f9dffef, 0x7f8000004faf084a
	.quad 0xd8800001401000cb, 0x7f04057a84b158f2
	.quad 0x25ecab35e1ec7bff, 0xff2f85ad2b943011
	.quad 0xfff51c79539e668d, 0x6fc8126f8076ac6c
	.quad 0xb2458186994dfff7, 0x4009c66eb8ad483e
	.quad 0x7ff0000000000000, 0x1619dcd78bd85899
	.quad 0xc114000040600000, 0x8010000000000000
	.quad 0xbe25d8f5a53be9ff, 0x80047f8ac7e9ef63
	.quad 0xc7c00000feffffff, 0x804ff4e33f40cd28
	.quad 0x7f8000007fc949ed, 0x8020000000000000
	.quad 0x079bbec084bc8508, 0xc58000004f7fffff
	.quad 0x7ff8000000000000, 0x8005fef0f9b3669d
	.quad 0x798ad144e0588001, 0x22903f36ad7f4138
	.quad 0xedd6be5388dd1638, 0xfff733b0f7294910
	.quad 0xfff0000000000000, 0x800de25dff07fafe
	.quad 0x55b5773b9ae36bbd, 0x8842e16b46c6d011
	.quad 0x7f800000000c6a48, 0xc04d0f00c1f4b617
	.quad 0x0000000000000000, 0x705eb18c4a90e414
	.quad 0xbfeee91bc0c00000, 0xa2dade73fff30e6f
	.quad 0x80f79ac8d8d10080, 0xfff0000000000000
	.quad 0xfff489cd3346c2f7, 0xfff0000000000000
	.quad 0xb55d4727f2ff87ff, 0xc047b1d3e198dae2
	.quad 0x00f8563519840f62, 0xc4e33438f1f829ca
	.quad 0x753f81b2ffff83fb, 0xaf826f1cecbff25d
seed8:
	.quad 0xfffffffffffffe23
	.quad 0x0000000324b2374f
	.quad 0xfffff546eec9299b
	.quad 0x8eb91505d86b21ef
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc4e
	.quad 0x00000000ffffffff
	.quad 0x2d8f5b77e0981b1e
	.quad 0x0000d0dff1502fad
	.quad 0x8000000000000000
	.quad 0xfffffffffffffcce
	.quad 0xbb38c9703711166f
	.quad 0xfffffffffffffd8a
	.quad 0x0000000000000341
	.quad 0x000000007fffffff
	.quad 0x0000000000000008
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0xbffcfc4d468e856b, 0x7f800000ffc00000
	.quad 0xa275c565ffbb0000, 0x0543642440300000
	.quad 0x7ff0000000000000, 0xff61941b4c91ec02
	.quad 0xffc000005fffffff, 0xc1c00000ffb8201f
	.quad 0x637b5a0c79ed84b8, 0x1b27efb6fa8c0b99
	.quad 0x00000000c2e36a7f, 0x726f1fd64f148540
	.quad 0x7f800000822e52d2, 0x40e0000000000000
	.quad 0x7fea72764b268444, 0x3db238d15d838000
	.quad 0xfff7e2a17ceef0f0, 0x90db0e7dc2ae8de5
	.quad 0x800082bd8365d72d, 0xca75e5ac60645880
	.quad 0x4000000000000000, 0x7ff0000000000000
	.quad 0x4943e520ad5dfc00, 0x81b9e2a46d887bbd
	.quad 0x27f51b57fa58fcf4, 0xe2800001ff800000
	.quad 0xfff0000000000000, 0x7ff3ecec439963e2
	.quad 0xedbd151fc75ffd77, 0xbf80000100000000
	.quad 0xc34941c57795ec68, 0x3ff6570b30484a02
	.quad 0x21a504e6bc69ed41, 0x402c1ec7ef7dc6f7
	.quad 0xcb3b0c9e98b3165c, 0x00fee4ec82eafa35
	.quad 0xffa35b017e3c605d, 0xa16098d7ffd84b9f
	.quad 0x3bc78127ff800000, 0x41140000feffffff
	.quad 0xb0ee2caa645607ff, 0xa0ebd5a4d07d4e39
	.quad 0xb3d73f6e45a68bff, 0x3fe9100000000000
	.quad 0xfe5839aa673bb065, 0x9fcf897580000000
	.quad 0x0065a32b00c5de64, 0xec761c2aa6cc216c
	.quad 0x1094f7a0fd16ed49, 0x4d8088944378d6fd
	.quad 0xfff0000000000000, 0xbcb1e522003b1263
	.quad 0xa770afe6debbff92, 0xc00b7675c1f47bb8
	.quad 0x46f600007f8b559f, 0xfff8000000000000
	.quad 0x96e073a1dfffffff, 0x8010000000000000
	.quad 0x9020b28d41326b01, 0xe398bcf87eaf3d06
	.quad 0xb0f2d3f4c84ddc40, 0xf149a93f03d37c00
	.quad 0x7fa875546f2da3e5, 0x7ff6eba4aaf2a0ef
seed9:
	.quad 0xd6b97e10c9c15212
	.quad 0x8e574ceb297b5ae3
	.quad 0x0000000000000000
	.quad 0xbbd895c850c7d213
	.quad 0x6013cdee7560a1ff
	.quad 0x000000000000bcd8
	.quad 0x0000000001000001
	.quad 0x000000000000004e
	.quad 0xa9016a4da6aca7cc
	.quad 0xfffffff889254465
	.quad 0xfffffffffffffc63
	.quad 0xe1d1200300fd7beb
	.quad 0x1ea5000712558be6
	.quad 0x0000000000002c11
	.quad 0xffffffffffffffff
	.quad 0x53d8f1de6284fe24
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xd96748a2249acffa, 0x7ea8aefeb75bd66e
	.quad 0x0000000000000000, 0x3f30000000000000
	.quad 0x7faea755bc2c50af, 0xffdb8283c443695a
	.quad 0xc02161071bc4f16d, 0x3f9aae76d4c62e79
	.quad 0x7fc52d7d42e26152, 0x5e1900a2c3fe96de
	.quad 0x184c10fdffbf7fe8, 0x9b79606d8006d5e2
	.quad 0xf1832714ffd8e3ff, 0xc8b6f054bfafffff
	.quad 0x7ff0000000000000, 0x5593e956d5b31cfa
	.quad 0x802401090038af94, 0xbfa0472f0ec8890e
	.quad 0xde34d386ff97fce3, 0x3c9870547f987960
	.quad 0xafb24235a6a74140, 0xff870145ff8a782d
	.quad 0x3da42c76d810da88, 0xc1ba25f540f0a492
	.quad 0x5c64993bf716fbd9, 0x00000000f8a334ce
	.quad 0x8002d4313bb20000, 0x7ff790abc3b8f4c7
	.quad 0x7fcdfe680065d709, 0xc3e0000000000000
	.quad 0x7fbf17153b9c0000, 0xb867d318671cfa80
	.quad 0x9df1f5317fbd214e, 0x4006000000000000
	.quad 0xfff0000000000000, 0xfc1c4614ff800000
	.quad 0xc182046c3bd18db3, 0x40264305506d56c8
	.quad 0xfff0000000000000, 0x7feee92d0165664b
	.quad 0xbfb6fdda219cd5c4, 0xc006c4b9871705e9
	.quad 0x7f800000fff4def2, 0x4f7d2a2fdf9ddf66
	.quad 0xc0511c90ab39d0a2, 0x783331cac7a8b739
	.quad 0x428b9b3bc1060000, 0xfff0000000000000
	.quad 0x491b2cc03d1c7800, 0xd50549323eb73121
	.quad 0xe5df5ebadf94bfff, 0xf65dce467fe5fd8e
	.quad 0x7ffa0e24f22aeb6c, 0x809b69208e11f0c2
	.quad 0x03adbdd33414da3c, 0x3fdd84fb994b6752
	.quad 0xaf3fe0b407d543ff, 0x80e65df75a9cf470
	.quad 0x43e0000000000001, 0x7e8000007f9e375d
	.quad 0x40e80000c34961b5, 0x869627b07f9916ad
	.quad 0xdf800001c0e80000, 0x00ffffffc0980000
seed10:
	.quad 0x000000000000033f
	.quad 0x000000007fffffff
	.quad 0xf76b2100ab666488
	.quad 0xfffffffffffffc34
	.quad 0x63a1468c763efc47
	.quad 0xf3753a4571184443
	.quad 0xffffffffffffeee2
	.quad 0x00000000ffffffff
	.quad 0x000000000000671e
	.quad 0x0000007676bcecb3
	.quad 0xffffffffffffff07
	.quad 0x00000005eeb72127
	.quad 0x00000047fe1f0447
	.quad 0xfffcf6c0d8d6ebb1
	.quad 0x000000089601295e
	.quad 0x0000000000000193
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x3c255bb3ef80ec8d, 0x77dce3d7b35ef856
	.quad 0x3b9c17207f9ec201, 0x7fb4d5cf3fffffff
	.quad 0xa9531887f7ec7e00, 0x1e22ac297fa070c5
	.quad 0xe825f75a77e7f2df, 0x0002b9090b02ed10
	.quad 0x7fe5c5e92d08f7d9, 0xd4c63518fde8af7c
	.quad 0x3f18000000000000, 0x3d800000572230c9
	.quad 0x04ba6ec55bfdade5, 0x3ea61bf37e800000
	.quad 0xa6498a2771df9453, 0x8000000000000000
	.quad 0x290a90a9974983ec, 0xc0743f660e9124e0
	.quad 0x3d70143de0084839, 0x8b5f44455fffffff
	.quad 0xc164a9bb3e20286e, 0x3fb6498533967e08
	.quad 0x3febe9397fc8fc00, 0x5621323eb30d0deb
	.quad 0x7ff0000000000000, 0x735ec0f83dbafc00
	.quad 0xfff0e4aff05b39f8, 0xf55208fdccc2a420
	.quad 0xd690ebda1f778cff, 0xef0a01be3bd845e4
	.quad 0x8821158ffabdfe22, 0x5f800001793616ff
	.quad 0x80ffffff3d8309e4, 0xbf21000000000000
	.quad 0x7f5bdff50b77857c, 0x28726352a735ff5f
	.quad 0xf96c70fd4170cfb2, 0x7ff03e3b6cd6c8d4
	.quad 0x15b50218bddfffdf, 0x7fdbe8585b5b3775
	.quad 0x41f33e96fff47ff7, 0x7ff3a4a97f22e85d
	.quad 0x38571ca48ec1fe00, 0xc3c4f8b046d18000
	.quad 0x7fde4767e53896e6, 0x26fece619e280081
	.quad 0x56415df8184a75ed, 0xeb20f1c763ae830a
	.quad 0xc006000000000000, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x4015b70c71866436
	.quad 0xf3621c1effbfdff9, 0x40117288769e793a
	.quad 0xbba74dcf3f540000, 0x3f935974e5ac9ca9
	.quad 0x0013fce4ffe1c6b2, 0x1c0b57beff9ffffc
	.quad 0x7fc00000e73146c7, 0xfff0000000000000
	.quad 0x40b00000c0b40000, 0x41e39ba37fc00000
	.quad 0xbfcc78b080860d8c, 0x3fcbc1b2106addb9
seed11:
	.quad 0xde81474690b8c919
	.quad 0xfff139d9620ca02e
	.quad 0x0000000000044761
	.quad 0x6a4bd3cb06a6984a
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0xfb4628d08e77162e
	.quad 0x0000000000000032
	.quad 0x502d7bbd4e129f45
	.quad 0x7e11414fbf6bea84
	.quad 0xd9c5b1632c2b87d8
	.quad 0x390d0cbc11f8004f
	.quad 0x0000000080000000
	.quad 0x000000f33e3768c1
	.quad 0x2dcefcb69f6a3019
	.quad 0xd345b061350c8819
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x28356095ffeb8bff, 0x5d19f7a4ff9fafc6
	.quad 0xa5d83906f7c77cdf, 0xe481c22f3b67726d
	.quad 0x447903d8bd0f7d1c, 0x602ca2ebe1c63520
	.quad 0x0f4ea2dc7d91a195, 0xdae2510c7f277e57
	.quad 0x7b2c41ed2c561dda, 0xff800000c0c00000
	.quad 0x7f84d20b4d872f1f, 0x7fc00000c0b80000
	.quad 0x0ff75c97ecbb6175, 0x8e71bf050ba1b504
	.quad 0xc0c1151c8098313f, 0x7fd0000000000000
	.quad 0x08028c404ebb0966, 0x0cdb535c9486fe00
	.quad 0x7fd66932454bd743, 0xfff0000000000000
	.quad 0x8000000000000001, 0x231cbe0ed0b27890
	.quad 0xd8a718149c743400, 0x7ff78603ff839862
	.quad 0x11a34ad27688fe3f, 0x35ea416bffd1efaf
	.quad 0xbcf6f41f7f800000, 0x2ef506c65679513a
	.quad 0xbb647496f2890000, 0x11c1d9e77feaced2
	.quad 0xfe91638741751f41, 0x434ffffffffffffe
	.quad 0x7fed59a2f6c5d917, 0xffe0000000000000
	.quad 0xff8ff20e00000000, 0x512947cdd66bdd88
	.quad 0x3c2f24d34c036eae, 0x7ea19a0cefab5ddc
	.quad 0x97805600ffdfafbe, 0x909ae64dc412c300
	.quad 0x03cb0462b6b4c8d1, 0x447768f7716c7bee
	.quad 0xafcf286d067b5698, 0x7ff382c3b3eace12
	.quad 0x5b8c2a30ef97ffb7, 0x40c8000000000000
	.quad 0x7ee5644eae76caa1, 0xc012000000000000
	.quad 0x17590b6964bcb282, 0x43e0000000000000
	.quad 0xff4a086599c8a28f, 0xdcb2e3c051d17ea0
	.quad 0x44de3f0c8365a837, 0xc4f8b0c9ffe4fbff
	.quad 0x2591e089dece9fab, 0x0000000040200000
	.quad 0x3fa5d1975a8ed88b, 0xc004000000000000
	.quad 0xf2cfd1378b4ebb58, 0x0a97a6d10f5bfc00
	.quad 0x79b4a058f3f2cf15, 0x8000000000000000
	.quad 0x8000000000000000, 0x42dbd24219beb589
seed12:
	.quad 0x00000000000001d8
	.quad 0x008c900cdf17275b
	.quad 0x8000000000000000
	.quad 0xef4b13bcac688f3e
	.quad 0xcfc1cc9c37c419ea
	.quad 0xffffffffffffff97
	.quad 0x8000000000000000
	.quad 0x00000000027a7d14
	.quad 0xffffc49e7da98d0d
	.quad 0x0000000001000001
	.quad 0xffff3a13de4fdb90
	.quad 0xe364e4ec300b0b17
	.quad 0xfffffffffffffeed
	.quad 0xd7b78864c986a4b9
	.quad 0x00000000000000b7
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x40ffffffffffffff, 0x0003d57b964c8f59
	.quad 0x7dc44d5250118000, 0x3371291efb73fad6
	.quad 0x3fdcf2f85f000001, 0x40d30a6271e19de6
	.quad 0x47800001c901ec25, 0x0000000000000000
	.quad 0xc022000000000000, 0x000b78c2d2fdbda4
	.quad 0x3feaf020feea3fb9, 0xbf82435c0cb65555
	.quad 0xc06fb29e724ebfa0, 0xd9ffffffdfffffff
	.quad 0x6c5d3650810848f1, 0x8c44805bfeb5bbdf
	.quad 0x8352d842f3d88011, 0x6d87f69c9d2578f0
	.quad 0x329749fe9afa6b1b, 0x41260000c7750000
	.quad 0xd11abf2cfffd77f1, 0xff89fa31430fe788
	.quad 0x1822756bc0400000, 0x40ec0000ffc64ab2
	.quad 0x8ed4667d50f34743, 0xf730d2c9c26b7d56
	.quad 0xffc0000040600000, 0xfff68a61d5b2176e
	.quad 0x6a166fdf8189c2e5, 0x3cbc000040a00000
	.quad 0x9e70bb974eff04af, 0x03e87e1efff77e00
	.quad 0x2a87e21b7fbe520d, 0x6724d3107f859d7f
	.quad 0xfc35b283f73f93d7, 0x25dc76e9ed9376ff
	.quad 0xc031fa2e7fbab400, 0x0a4b90a8c0c75320
	.quad 0x807e78949b7113d9, 0x00d71eb74634fe00
	.quad 0x7fe0000000000000, 0x803f75c5ffabf9bb
	.quad 0x2ae36ee7f66426b8, 0x0005863b5b4df1e7
	.quad 0x0c2fdfde94c5014d, 0x3f6b63ddffd1d3d3
	.quad 0xc379940bffbf45ba, 0xfff0000000000000
	.quad 0xc25f8877ffc8fb54, 0xc006000000000000
	.quad 0x80254c879fadd3e5, 0xbf83cafd05590d92
	.quad 0x158abcb8cff7fffb, 0x433a6be640f80000
	.quad 0x7ff36d20cc1281d3, 0x8159a083ffb877dc
	.quad 0x0008000000000000, 0x7f800000c7fffffe
	.quad 0x8000000000000000, 0x80000000ffc00000
	.quad 0x8518c032005e6773, 0xbf74000000000000
	.quad 0x0ccaae60ffdf8f11, 0x87f365c39bbe0dea
seed13:
	.quad 0x824a04af3684c21a
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x1262e923942771ca
	.quad 0xfffffffca280debb
	.quad 0xfffffffffffffd00
	.quad 0x225936dfdfd53f30
	.quad 0xfffff505457b1b79
	.quad 0xfffffffffcf85e67
	.quad 0x0a3059922edec21b
	.quad 0x0000000044c24bea
	.quad 0x00000000000003a6
	.quad 0xbaffa5c69750e357
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0xc01b760b9301283d, 0xc3e28579b294766e
	.quad 0xff307fcf1f72ff9f, 0x800000007fa4eabf
	.quad 0x43e26732c0cc0000, 0xbfdce8593f7ffe19
	.quad 0xbbeba1ec9280cba3, 0x75d95639f67b0aae
	.quad 0x042964e076eaa0dd, 0x5f716263af52fa1a
	.quad 0xfff0000000000000, 0xc93b50ba7ffb7c00
	.quad 0xbfe344e1b8ed4da8, 0xde2193d2df1e4c2d
	.quad 0x1558e8ca4162a348, 0xca000000ff92bf29
	.quad 0xc1f0000000000000, 0x4b2e0509a97bca24
	.quad 0x06936a5b7237fde2, 0x8023184d6185f5f6
	.quad 0xbdd5f1e07f800000, 0x3624f26cdff8b64c
	.quad 0xe07924d165fe7e00, 0x7df41f58decabf3b
	.quad 0x7fabf14d3fcc842d, 0x470000003f4ca4e2
	.quad 0x8029858e5859dfeb, 0xc1435b27fff93d45
	.quad 0x830166ad93b76bbc, 0xc08ccf057fc00000
	.quad 0x77089602ee888000, 0x00d9e50c40b85661
	.quad 0x2ab8368e41773d7d, 0xd46e7edd20898200
	.quad 0x36aef257f5dfc56e, 0x817fffffbf845134
	.quad 0xfafde4d79894b31c, 0xb9000000bd13bf53
	.quad 0xc10c0000c116214d, 0x4114000000000000
	.quad 0x7ff0000000000000, 0xbb4d3e0fc88bfdff
	.quad 0x5a000000c32b870b, 0x44163bf5ffe4a099
	.quad 0x7ffbb608bc58c6d0, 0xfff8000000000000
	.quad 0x817fffff00400000, 0x5c587669f9ff5256
	.quad 0x1da0514bcf42cf44, 0xf0b86d8e7fc00000
	.quad 0x38b30000005038b3, 0xc0f0000000000000
	.quad 0xd6d0ba2cfe2ffeab, 0xc1a7aad800000000
	.quad 0xb05f91eebd7fffff, 0x90865fd35c77f0de
	.quad 0xa676b338adbab55c, 0x4297d130408a65d8
	.quad 0x40f0000000000001, 0xc08000007ecc0308
	.quad 0xac162c51b982d35f, 0x7fc00000c2ca6044
	.quad 0x000ec7eebdfce511, 0x407a1fa5b64d4a76
seed14:
	.quad 0x3156609ee858fe29
	.quad 0xfffffe49dafb1e03
	.quad 0x00386a728f014ae3
	.quad 0xffffffffffffffcd
	.quad 0xf2e4be69f78cda72
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x000000030502a376
	.quad 0xffffe063068b7677
	.quad 0x29a463d27de88467
	.quad 0x22195435afdeba69
	.quad 0xffffffffffffff10
	.quad 0x0000000000000108
	.quad 0xec4163de908b29cc
	.quad 0x0000000fa3c445b7
	.quad 0x0000000a3ed2b57f
	.quad 0x01000000
	.quad 0x10000000
	.quad 0x5a2aa0ff894d7bc5, 0xdf6bfe653fd00000
	.quad 0x3f921573ec7027c7, 0x3d97815dfa239366
	.quad 0xbfa000007e695dde, 0x8038ef34c1040000
	.quad 0x141f821ffb7f9fff, 0x42dc00bbc8700000
	.quad 0xc4419ee6c24ecf13, 0xcdef09dcffcaeb88
	.quad 0x3fde6ecec3201f84, 0x02ab6b497f923e76
	.quad 0xab0545bf8b815c8c, 0xc104000080739b47
	.quad 0x944ae5bf30f20400, 0x7ff0000000000000
	.quad 0x6bf95eadbd338800, 0x69d761403f9f877f
	.quad 0x401aac6608536d94, 0x737e84cb466c0353
	.quad 0x80b47487c4ad97d1, 0xc01c90e3af728f9c
	.quad 0x117f8176ffc7bdbc, 0x000fffffffffffff
	.quad 0x7e7c69250074a08a, 0x001fffffffffffff
	.quad 0x1dee3fb9c03c373e, 0xbdd033e0c13fb54d
	.quad 0xbee8d20c436efcf8, 0xfd6a7f04e2767c9e
	.quad 0x63d75176faff7da4, 0xbeb8000000000000
	.quad 0x47474bcb7fb7e47a, 0x7ffe7d2ba6c055ad
	.quad 0x00000000c8000000, 0xc034a9df922b35b1
	.quad 0x807fffffffc00000, 0xb121d025dabdfdb7
	.quad 0x413c6f92c0bf2607, 0x400ffffffffffffe
	.quad 0x7ff8000000000000, 0x3f7c000000000000
	.quad 0x9609a6e28dd9560c, 0x3c07a7cb9dc70f95
	.quad 0xd6819f86c9287bc4, 0x80000000c0f1fba3
	.quad 0x8000000000000000, 0x8152c867b39e944c
	.quad 0xffeeceddffb3788d, 0x5895159c6475f528
	.quad 0x404fc619cc92ed17, 0x888dc58e2d767bec
	.quad 0x7e8f6f40ffe50ad6, 0x8000000000000000
	.quad 0x40cc0f84c6c00000, 0xba400000bd4ecef3
	.quad 0x40b80000ffbead24, 0x7d8e6875fd3e7e00
	.quad 0x72da42e17f800000, 0x2cb3d391b7f3580a
	.quad 0x96506fc8ed47ef1d, 0xbe80000088a4c2b7
	.quad 0x43effffffffffffe, 0x6e874b0fbd960000
seed15:
	.quad 0x866b43580ab2f281
	.quad 0x00000000000002a1
	.quad 0x05de4f5b04839675
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x000000000006831e
	.quad 0x0000000000000272
	.quad 0xb2ea99baba75d33a
	.quad 0xfffffffffffffd0a
	.quad 0xffffc7d6a8c0f6b5
	.quad 0x0000035326c158c5
	.quad 0x27cc3a0a73d9a896
	.quad 0x24cd267931c85c39
	.quad 0x41ac79879f0769be
	.quad 0x59506ec93669be65
	.quad 0x6995a2da09e38149
	.quad 0x02c00000
	.quad 0x70000000
	.quad 0x7ffab2efbdb9e731, 0x50ff9252157c7e00
	.quad 0xbf38e908bc9c2fd8, 0x82ee16ef349a2d77
	.quad 0xfae15db7cadb8f5c, 0xffc000007cd91ae2
	.quad 0x791a250c1372cdba, 0xb0fc2820ffcf7fff
	.quad 0xfff0670df465098e, 0x9b05350dee20039f
	.quad 0x8000000000000000, 0xb36b6bb1dfff2998
	.quad 0x3f400000ffb226eb, 0x4011000000000000
	.quad 0xc4740000247f5948, 0x7ff0000000000000
	.quad 0x7fee70a6e32cd9f2, 0x7fa44d7b6763cc1e
	.quad 0x3fe552d693cfdefd, 0x921c5dd53f000000
	.quad 0xfff13c28ffbdb463, 0x7fba97fdfd4dedf6
	.quad 0x786ced68dea87e00, 0x7f8000007effffff
	.quad 0xc0456e80274ce8a7, 0x7ff0000000000000
	.quad 0x1df4e149aaba4adb, 0x80000000bec9f396
	.quad 0xbfaaec8819a2c48f, 0x800b0371141d3f44
	.quad 0xb6b6dbbbfcaf2f3d, 0x3e90a66678734431
	.quad 0xc03e3a36cf000000, 0x00000000bf800000
	.quad 0x43f2654241160000, 0x271520efc9ebfa37
	.quad 0xd9524f45ce63391f, 0xbec000004ec3244f
	.quad 0x00ee3dfe00000000, 0x4000000000000000
	.quad 0x770133da47c7d970, 0x7e132e81707b9744
	.quad 0x5b5d7e6cbef93cd6, 0xbf7f542670ff96d8
	.quad 0x0d03bac33a97c180, 0xc13379d93e2f7198
	.quad 0x3bf7da867cdeddfc, 0x3de0a7f29b6bbdef
	.quad 0xc01e800000000000, 0x7a8379f244e80627
	.quad 0xbd3b24657fc57a21, 0x2aad5374ec6fc900
	.quad 0x0c7cddaad0fc425e, 0x44ea00003cefd9a8
	.quad 0x817fffff7fef17b4, 0x3fe385178635a159
	.quad 0xa138b29fc0e90400, 0x7ffca056b324bca6
	.quad 0x7ff8000000000000, 0x7eb4835400000001
	.quad 0x4530fd96ffb9b6bc, 0xffc3dd8740c00000
	.quad 0x14259c897f000000, 0x5e63119125048001
seed16:
	.quad 0x01ebea60aacd0105
	.quad 0xd9afd1484970f572
	.quad 0xfffffffdff8d9ac0
	.quad 0x3687db3326ab00a7
	.quad 0x1729a0f87578ff87
	.quad 0xcf5380795ba055d4
	.quad 0xa49848483d852eec
	.quad 0xffffffffffee178c
	.quad 0x000000047f5b6aa6
	.quad 0x00000000000001a6
	.quad 0x000194cb74f2079b
	.quad 0x00000000000026cb
	.quad 0xb75115d97d6c516b
	.quad 0xa012064242f48abb
	.quad 0xc5de5aa471e8e513
	.quad 0x45507865714cc3f4
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x80489016beb77f9d, 0x3fbb4339fd7b1cf6
	.quad 0x802fffffffffffff, 0xa9c43d70906d7c53
	.quad 0xb7945d77ece4f076, 0xbf74000000000000
	.quad 0xf5bbb6f2febb7cfb, 0xbc8fecf87ffbcfd9
	.quad 0x3f00000046800000, 0xacbfa42ebefbbfef
	.quad 0xc3a8ba3200ffffff, 0x13ae5581842443fe
	.quad 0x62feb3186ffe6dbd, 0xcfffffffdf800000
	.quad 0x50658073f3ae6100, 0xbee4000000000000
	.quad 0x853126aaf6a17d04, 0xfa62dd38c1646a99
	.quad 0xc00e000000000000, 0x42a81d14df800001
	.quad 0xb8a4627083e9d637, 0x3ff4000000000000
	.quad 0xff800000bfbf138f, 0x8077eb0f38540000
	.quad 0xd7453b4476eff6ea, 0x40233315a17edef6
	.quad 0xfff8000000000000, 0x4780000080000000
	.quad 0x22e846fb27cb832f, 0x7dc254ed6f69fbba
	.quad 0xc9180000cead2097, 0x904164beff97346a
	.quad 0x93808627c0a80000, 0xbb1ff2adc87e3c26
	.quad 0x99c6372878ff72e5, 0x290011a8b03daeb7
	.quad 0x3e67991200000000, 0x9dc5ccf156266f68
	.quad 0x0d9ff5fab31a79a0, 0x00000000c2400000
	.quad 0x2817465101048000, 0x6fcaea6affa2f3bf
	.quad 0xc000000000000001, 0xbff0000000000000
	.quad 0x4a61d62b7fe328bc, 0xbf4000002e37279a
	.quad 0xffe53ab73ffdffca, 0x84c2666dc3faf6e3
	.quad 0x3e0b4ca797f7e454, 0x0008000000000000
	.quad 0x7fe0000000000000, 0xc0d41e79ff800000
	.quad 0x2a9340f8fd6312c2, 0x000ce7cd74ad9709
	.quad 0xafe818d080ffffff, 0x8000000000000000
	.quad 0x0547c53bbbb7d7fd, 0x400f000000000000
	.quad 0x54759b7ca3ffffff, 0xc5620652ffbbbf82
	.quad 0x8037665affaadd98, 0x66fe17df0c72fcfd
	.quad 0x00028648bf58adfc, 0xfff8712f7fb20d21
seed17:
	.quad 0xa9d975ced579ea81
	.quad 0x00000000000000e3
	.quad 0x141a5d01a40141c4
	.quad 0x56578d19add1e284
	.quad 0x0e74c3ffa1ceece3
	.quad 0x828573bc06c57de9
	.quad 0x341344a52307865a
	.quad 0x0000000000000000
	.quad 0x8b48a6937b8808e0
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0xfffffffffa3696d7
	.quad 0xadc10a97839f45be
	.quad 0x00000000000000e0
	.quad 0xfffffffffffffde9
	.quad 0x000000000000028f
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x8c12ca3de13aabca, 0x8000000000000000
	.quad 0xffb71f246bbcfcbc, 0xa43961d24b0b2293
	.quad 0x95fbf7c31fb779b2, 0xbff51aeef05d0901
	.quad 0xdc1a11f38f795762, 0x5ad3cc73aa10dfa5
	.quad 0xf3a25a2cbf7ecbff, 0x7fc00000f28fb1ab
	.quad 0xfff0000000000000, 0xfef5c5f099284a8c
	.quad 0x7ffcf942fbdac6e0, 0xc020c69747262e05
	.quad 0x7f216a87e95f9633, 0x7ff8000000000000
	.quad 0x000000003ced92c2, 0xc0a2000000000000
	.quad 0x6cd8e96100800000, 0xc108000036c00000
	.quad 0x3e8235bf4153976f, 0xfe5efed347d97e00
	.quad 0xfff0000000000000, 0x9f86efd96defdfef
	.quad 0x6895d8360f69fd62, 0xde8725a5c2de34fc
	.quad 0x26ab44f7259b727d, 0x7f8000000064b654
	.quad 0x3d14cf1f7f8f138a, 0xa510213140fc0000
	.quad 0x7fac9e668edbd382, 0x80000000720c3230
	.quad 0xc07c0ce26e62c440, 0xa9f3ec45c3ffff58
	.quad 0xd9a3dea2565539d6, 0x40700000007fffff
	.quad 0x9ea75f5a55620000, 0x5f7ffffebf900000
	.quad 0xfffddc937fbd7374, 0x8008b90444c7b6fe
	.quad 0xbfb17ff9b3364bc4, 0xf7fdeffa1ecb0000
	.quad 0x40f0000000000001, 0xc92e426e7fdde587
	.quad 0x0232319f4d980a0d, 0xc51bfd6c8c7e7eff
	.quad 0xffd0000000000000, 0xf4e04ae6c177fee3
	.quad 0x38600000fc63584e, 0xc91724a9ff527f5f
	.quad 0xfffe79ca29683626, 0x8000000000000000
	.quad 0xb79bc863ffceddf7, 0xb6880000002b9bc6
	.quad 0x80000001ffa16bae, 0xa996285d32ffffff
	.quad 0xc116000089087ba5, 0x793c09271dc22c40
	.quad 0xffdd8b86840167bf, 0x95ce2f297fbb00f7
	.quad 0x7759b00d08f30720, 0x6b0234ccc0900000
	.quad 0x4dffffb8b434c620, 0xc7ae000043422bd5
seed18:
	.quad 0x5ebe87043acc2a70
	.quad 0x43de57edb676601e
	.quad 0xceff7ab2e3689da3
	.quad 0x0000000001000001
	.quad 0x00000000000003e2
	.quad 0x8f8e6f74c1549e63
	.quad 0xce9d7c2cda66890f
	.quad 0x08d7794a19a4a2b1
	.quad 0x0000000080000000
	.quad 0x00000536a70ccf14
	.quad 0x000000000000039a
	.quad 0xe632589eb9fbb501
	.quad 0x57544242eedf9a25
	.quad 0xd88da92815f5981b
	.quad 0x00001d32b9121018
	.quad 0x96df62438d91fa22
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x800a3508bd201f6d, 0xbfd44c4a48c03315
	.quad 0x7fd5bd37a5cb8ae2, 0x47d9ebf3efeef438
	.quad 0x7fe61a2fb5d50000, 0xce38ce366f7fffff
	.quad 0xffb0f3967f45a7cb, 0x43e3f4ef33fe0afa
	.quad 0x00bbc202002c3635, 0x3fe6d0fc800a2d17
	.quad 0x7fd2031dfa7934b4, 0x8f3f623965867d9a
	.quad 0x4473803e7db97c25, 0xc8ea2d09f79dfe3e
	.quad 0x2f15ad8a3558790a, 0xbf8f46853fb8c960
	.quad 0x43994b6580400000, 0xbf0d000000000000
	.quad 0x807fffffb2cbb54a, 0x3c20458dbc47b8e3
	.quad 0x7e9895d635eb416d, 0x4048bd0395bdf5a8
	.quad 0x00000000ff9077a1, 0x075129efcf7fffff
	.quad 0xffe1e1be434da02d, 0x29a855d557d6c81c
	.quad 0x40c0000080000000, 0x6bb0afd96998a90c
	.quad 0x437462628d037e1f, 0x7ffdd1b79c502819
	.quad 0x7f80000080764f65, 0x80dac3de48677f11
	.quad 0x09255cd86bdc792b, 0xff7a8e6ec4a62780
	.quad 0x002fffffffffffff, 0x1ddffa3fffc95b7e
	.quad 0xc06d54a3c2abe50a, 0x7ff8000000000000
	.quad 0xc0a5000000000000, 0x55b88ce5194bc354
	.quad 0x7b29cc1015a50172, 0x88cc1e8600800000
	.quad 0xbb973455c20bb378, 0x7956f3a7dbafe7e8
	.quad 0xb9c0000000000000, 0xffc00000ffa20e4f
	.quad 0xc33c70effffedb16, 0xc064db45cf1fe583
	.quad 0x408e000000000000, 0xff295d871d1200a2
	.quad 0x0000000000000000, 0x477ffffe05e989a2
	.quad 0x7fdeb04204c1fa7e, 0xcd7c6aee58daa2d7
	.quad 0x7ff205fcb94c42f9, 0xc32fffffffffffff
	.quad 0x7f800000807a54dd, 0xbfe9738a392291ab
	.quad 0xfffad4d443f56f55, 0xc02d6a7a2fd11cde
	.quad 0x54d10ff9c9ad7c01, 0xbde80000b6400000
	.quad 0x40400000bcb32ce0, 0xbaa000006ddc7ae1
seed19:
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x000000000000016a
	.quad 0x000000000000002c
	.quad 0xfffffa8caa93371c
	.quad 0x0000000100000000
	.quad 0x0b7b630bc6ef262b
	.quad 0xfffe3816969df315
	.quad 0x012499cd82b2ab36
	.quad 0xabf30c267a171ca8
	.quad 0x0000000080000000
	.quad 0xffffffbaaac4402b
	.quad 0x0000000001a19f90
	.quad 0x00109c615c4a7213
	.quad 0xfffffffffffffe2a
	.quad 0x02400000
	.quad 0xd0000000
	.quad 0x3ca536ef3fa00000, 0x8311a0660bd433d5
	.quad 0xf08d88b8ffffffff, 0x0000000000000000
	.quad 0xdac1e24a9c69fd3a, 0xcd8fd83acca18000
	.quad 0x8021eacd8a5d7837, 0xc0d00000ffa924de
	.quad 0xbf9a48cc62e821b9, 0xc0713724eb94859d
	.quad 0x800359b4a1097f04, 0x1fc26e5fefc28000
	.quad 0x72f49cbed07c3d00, 0x00400000c1293db3
	.quad 0x80000000bbe8ec7d, 0x43cc4914a65c633b
	.quad 0x0054c6d8ff996240, 0x910aeabca51472ed
	.quad 0x788180cd0052f29a, 0xfe6db7d360de01af
	.quad 0x70df3529ff0e8167, 0x30976de57f9b9bff
	.quad 0x00ffffff00000000, 0x42bb91d7cca27893
	.quad 0x7ff81e369715de84, 0xbd001bd87def7a45
	.quad 0x6887ae0efffa57bd, 0x40298e6d7fe5aff6
	.quad 0xc075800000000000, 0x7574833f7f94285b
	.quad 0x833edf193fc7f44c, 0x80c88297ffc4bcb1
	.quad 0x82a4b5abc4fb7600, 0x2142fc58bf9ac39c
	.quad 0xfe5211a03a507ec0, 0xbc578526da7ffffe
	.quad 0xbfe8800000000000, 0x43a00000117a1faa
	.quad 0x029a24fe8404cc18, 0x3bdb97c0d37fffff
	.quad 0xf58cb5ae1042dac1, 0xff725bc2044c7a72
	.quad 0xbfa3d471a8a2bc93, 0x809458a91018c0c5
	.quad 0xc1fffffffffffffe, 0x3ff980568130f770
	.quad 0x406513c4be240215, 0x74dbdc16923ca1b6
	.quad 0x863c9abf1cd3b206, 0xbffc000000000000
	.quad 0x0155d68a5a7fffff, 0x8010000000000000
	.quad 0x74e2275534640200, 0x807fffffff800000
	.quad 0x3dee6c03ffb5c196, 0x5e9df6c23ffedffe
	.quad 0xc07ffffebe513ac3, 0xdfd6bb3a941d074f
	.quad 0xff71cde2ffe1fbe6, 0x7f36b76ad628aa0e
	.quad 0x7fc000008028b430, 0xc06b787840c6480b
	.quad 0xb25745eb2ff7a50d, 0x29d4c71e8a528690
seed20:
	.quad 0x1384238306cb036e
	.quad 0xfff8a4b72e61bc2a
	.quad 0x0000000000000012
	.quad 0x00000000000001eb
	.quad 0x678d10f59d966fec
	.quad 0x0000000000000001
	.quad 0xffffffffffffffce
	.quad 0xfffeee1a318b1087
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0xffffffff8c70c226
	.quad 0xffffffffffffe866
	.quad 0xef1454c378af4cfa
	.quad 0x4c7dd0e9150aed89
	.quad 0xffffffffffffffa2
	.quad 0xf85bdbbe8f9b7fe3
	.quad 0x01800000
	.quad 0x10000000
	.quad 0xdfc5848deecb6dde, 0xf49c127c6374c700
	.quad 0xb986622f39efc725, 0xc032f03eac52d6b5
	.quad 0x7ff055bd4d7e8a1c, 0x93a6c5a724d5cc5d
	.quad 0x7fe279e02a2c692f, 0x401a000000000000
	.quad 0xba9000003b89ddf3, 0x7fe14738d6c539c3
	.quad 0x401f000000000000, 0xffd4b8c0826a12b4
	.quad 0x34b0761ab2f37900, 0xc0596c5618ce3e1b
	.quad 0xbfc0cd2e8f3d2938, 0x28fdabd1e67fffe7
	.quad 0x02b6d8a6a1648000, 0xff00000000000000
	.quad 0x817fffffc1f58de5, 0x4043530d6713dcd6
	.quad 0xe7d8e6c3947fe3ff, 0x0c14fc3dc3164623
	.quad 0x23306dd0ff832c50, 0xffc000007f800000
	.quad 0x8000000000000000, 0xded5989cb653e89d
	.quad 0x80ffffff00aa48b8, 0xc8a000003f4502e9
	.quad 0xffb02a54008bf42b, 0x415e962c941c562f
	.quad 0xc01e4593c7eb23df, 0x867efbe1bfbb8944
	.quad 0xda3c6b646bff979c, 0xfecef7bff32b696d
	.quad 0x7ff0000000000000, 0x7838ec74267a4e8e
	.quad 0x304a9d497fd41e34, 0xffddb74cf8ab7478
	.quad 0x4e0e944d504282a2, 0x76a80a4a7fdf6ffe
	.quad 0x7ffbd99fc2c29f61, 0xbffffffeca74c391
	.quad 0x4e97c096f26b79b6, 0x7ff8000000000000
	.quad 0xfff076123749920a, 0x3a4e00007e800000
	.quad 0xbfadbc08fc9a5eb6, 0x7914b595274e1919
	.quad 0xbfb6000000000000, 0x7f800000bce16e8b
	.quad 0x800265d423aa7624, 0x65d5776bff8df400
	.quad 0x92c335f1e03e8000, 0x7ff10ece24db7f78
	.quad 0xe9c4eae1c6b9ff74, 0x5f000001017fffff
	.quad 0x3fbd5da1306b2dd8, 0xb69b4c697f800000
	.quad 0xe1f9a8cc3f800000, 0x7f8000008e60729c
	.quad 0x7e7c132bb6ca48c5, 0xc08000005fffffff
	.quad 0x08053fe0e3d67df5, 0xffc0000040f80000
seed21:
	.quad 0x00000034cb85e91e
	.quad 0x4c10dad10843d26a
	.quad 0x0000000000000061
	.quad 0xd2ac5557ba9e5747
	.quad 0x365d014bf4661270
	.quad 0xfffffffffffffe9c
	.quad 0x0000000000000259
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x0082f212c19aeeb8
	.quad 0x0000000000000043
	.quad 0x0020000000000001
	.quad 0x149f6efc853172fb
	.quad 0xfffffffffffffc27
	.quad 0xdaa2a410ec518231
	.quad 0x00000000000002e1
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x3ff4000000000000, 0x410a000000699b7c
	.quad 0xbb4fb5aeffffbdf7, 0xd51d695949f7b736
	.quad 0xfff267d0a8e0be6b, 0xdeffffff3f800001
	.quad 0xff80000041200000, 0xc020800000000000
	.quad 0xbf9cc61c0d44aa6e, 0x7840bf42ca713319
	.quad 0xd3f8c9c8d22ba83b, 0xdcdbcf1632df2200
	.quad 0x2767ef85a983ba5a, 0x7ff0000000000000
	.quad 0x102eafd5ff5dfa53, 0xbdd1f83d7f87b9ca
	.quad 0x7e8b5efe40b80000, 0x000000007ee88aa0
	.quad 0x400b000000000000, 0x7ff1191dd1946fc5
	.quad 0xd432f71b4bac7fb5, 0x9a6bd63d8d7f1624
	.quad 0xb4c073f2510bbb58, 0xb72eb3ef6c99fc00
	.quad 0x7f800000c08afb88, 0x7f800000c5500000
	.quad 0x00000000f1f6e7a4, 0x7ff0000000000000
	.quad 0xd0f4f659ae5f7fef, 0x4f000000c3bd7356
	.quad 0x800000007fb77ac9, 0x800280c13be829b6
	.quad 0x3cf62b4bee81ee33, 0xffd7d3db89fad459
	.quad 0xc1efe026df7ffffe, 0xffbd1bfc3ea8e835
	.quad 0x025a41cebbd34402, 0x6c6f5006fff17d00
	.quad 0x17841454ff7fffff, 0x41dc342aec1350c5
	.quad 0xf0c4fa4f906ff75d, 0x9458b0a1cb9cfc00
	.quad 0x7d0f563a7ff3d339, 0x000000017fd35687
	.quad 0x7983fbef81efd421, 0xff9e916f40cfe3d8
	.quad 0x5bd8f49ca30df4cb, 0xf385fc26beefa74d
	.quad 0x19ce58f563d28000, 0x837cc23d7f5bfdff
	.quad 0xbff4308cf510248f, 0x405e2faa59cea327
	.quad 0xc06e7da16956145c, 0x002f5b117c499be0
	.quad 0x411000002f71d9d4, 0x41046ce1c3873d2c
	.quad 0xffc8365046d00000, 0x09b8a98dff857c00
	.quad 0xc0b8fac2bfa95845, 0x800b1c645accdd6b
	.quad 0x90d7d87f5126c233, 0xbc330000c2e91175
	.quad 0xa1a7d450ff95f3b9, 0xbdaad6695fa4df8b
seed22:
	.quad 0xfee0e01330340c57
	.quad 0x102292a7af3efd4b
	.quad 0xfffffffffffffc89
	.quad 0xffe49ea7a4d698bd
	.quad 0xf6105d115e2c17af
	.quad 0xffffffffffffffff
	.quad 0x0000000000000244
	.quad 0xb0bceec6feea3c1b
	.quad 0xf9915bceeb583249
	.quad 0xdc06c1de5ccf5757
	.quad 0x0000000000000151
	.quad 0x26a2d1a489bb48f2
	.quad 0xffffffffbf268f6d
	.quad 0xffffffffae16111b
	.quad 0x252c79e08b08a3c1
	.quad 0xc2430a36b5a8c096
	.quad 0x05c00000
	.quad 0xf0000000
	.quad 0x4053e2da9b8d4cc8, 0x1f5fc8993c9a6515
	.quad 0x7f2410a3793b257d, 0x42ff633cfeb00930
	.quad 0xcddd1a69ffa7f9ae, 0x1d71cba1ffbc7feb
	.quad 0xbed2000000000000, 0xfff0000000000000
	.quad 0xbde648d3fa638000, 0x7ffef1e55295e9fb
	.quad 0x3f9361f3f9d4d212, 0x600e9bb0bfd77f76
	.quad 0x3c362c5748568000, 0x0080000041ba8000
	.quad 0xd429a3fcffe07ff2, 0x7f80000050e46bcd
	.quad 0x80b54eda87fbe6d5, 0x80269a40e2d39b50
	.quad 0x0000000000000000, 0x8c021ce07fffffff
	.quad 0xbfa258b85ace1276, 0xd353fd50a7a22dd3
	.quad 0x74a6df9b87d78236, 0x3c680000bdb8de1c
	.quad 0x3fa9000000000000, 0x61bcd726c07ffffe
	.quad 0x5f029b29b2104090, 0xff80000065283bef
	.quad 0x00000000bc111fb6, 0x8d4439a15744bf00
	.quad 0x8369f6a7cbdb1049, 0x7fc0000000000000
	.quad 0xffd59e12d435505a, 0x7ff0000000000000
	.quad 0x2a935708ffafb7ff, 0x1721f1b64840da7d
	.quad 0x8000000000000000, 0xc0909800ffb41eeb
	.quad 0x40000000400e68fe, 0xe6f6d383d2ebbc00
	.quad 0x942faa7a92fb7c00, 0xc05a75405185fc4c
	.quad 0x5fd492b390283564, 0xffc0000044200000
	.quad 0x73ceb527e77fffff, 0xff891d5d00b5d8de
	.quad 0xa896e1a4fffbcbff, 0x8074eaa338f10000
	.quad 0x7f9c45e600000000, 0xf1265640413c333d
	.quad 0xc084000000000000, 0x4f000001df7fffff
	.quad 0x06fd8f9d5ae68000, 0x3ec65f71ffa070f7
	.quad 0xfff9f126e1b7bec5, 0xbffc000000000000
	.quad 0xca645541fff7ee56, 0x4290000000000000
	.quad 0x437200005f7fffff, 0xff7fffff7f890d03
	.quad 0x0e07ae65f9c8d788, 0x7448666180000000
	.quad 0x23295899f218c3c0, 0xe1bf9bfcba093d2d
seed23:
	.quad 0x0000000000000189
	.quad 0xdc7620b0b2f55a06
	.quad 0x9b28c94503d3d910
	.quad 0x7fffffffffffffff
	.quad 0xb91bab86a41095ee
	.quad 0x000000000fc9deeb
	.quad 0x000000579097f130
	.quad 0x76b7bd4951783a2d
	.quad 0xffffffffffffff99
	.quad 0x000000000000357c
	.quad 0xffffffffbaa05e1d
	.quad 0xfff6cc5a832408b4
	.quad 0xfe2bea3e0aa985ec
	.quad 0x0000000000000007
	.quad 0x8000000000000000
	.quad 0x0000000000000162
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0x802e650af697effa, 0x5fffffffbb580000
	.quad 0x7ffe145cf362e1c5, 0x873d9290569052f3
	.quad 0xfffc59b34cbd17bc, 0x939e6609d5ddedfe
	.quad 0x3ba9930f007fffff, 0xfb1be432c3b2c299
	.quad 0x7ff8000000000000, 0x0b974a517b3fc9e1
	.quad 0x7ff0000000000000, 0x529478061af59e61
	.quad 0x6f9daee46ef9cf1e, 0x4fffffff47000000
	.quad 0x9993022736e5ab27, 0xc06d000000000000
	.quad 0xff8cf10380000000, 0x7fb39ce6fe2b17ec
	.quad 0xb393ebee3ffefe3a, 0xbafcdf21632bd28e
	.quad 0x3f800001ffaa1055, 0x6e6d7342002702b0
	.quad 0xa6cff0bbe28cfb80, 0x2479c4787fad0fa5
	.quad 0xe4fb4835ffaffddf, 0x39134fa5bfd9ddff
	.quad 0x45e3aa8c6bba8077, 0xbf0eb67300000000
	.quad 0x804967edffa3b38f, 0xe08a48909138c840
	.quad 0x7f4e8b6dffb869f6, 0x654614eb7fd0c640
	.quad 0x3c793cda7fc00000, 0xd6bc5839c9ddffed
	.quad 0x8047dfc54be6abe7, 0x4002000000000000
	.quad 0x008000003c7a2c62, 0x400415fe3778cef7
	.quad 0x1694f695ffe692d3, 0xfff279b06dc52b59
	.quad 0x0000000000000000, 0x1996f7816ac27393
	.quad 0x8000000000000000, 0x4c31c2514abca9bf
	.quad 0x0000000000000000, 0x7e8dc20875d7fb26
	.quad 0x802773dfff1fcf6e, 0x01fc11b99c4df327
	.quad 0x7e8a69bc08eb0a0f, 0xffecce68841ab26f
	.quad 0x180cab2ccff7feaf, 0xbdf00000a8057044
	.quad 0xc2db5aae27d56777, 0xc1d0000000000000
	.quad 0xcd9477a4fbcee374, 0x7ffcc0f3f5f391a9
	.quad 0x0009e4c0e87eb9df, 0xffdfffffffffffff
	.quad 0xfff96c5ade494181, 0x401eeddc149b6385
	.quad 0x741ac80ffbedeeb4, 0x8040dd7941547c8e
	.quad 0x0e07a2479f817f24, 0xdf7efaa080000000
seed24:
	.quad 0xbedd288d5b2a1a8c
	.quad 0xfffffffffffffd51
	.quad 0xefef0c00c3590a22
	.quad 0xffffe9e85ae689b8
	.quad 0x000000000000007c
	.quad 0x0000000000000005
	.quad 0x000000007fffffff
	.quad 0x0b7b44c8839dc0c6
	.quad 0xffffffffffffff14
	.quad 0x0b7e36190cd871f3
	.quad 0xa63c9ecb6a8d7861
	.quad 0x3a928a09968ff6f1
	.quad 0x000000000000008e
	.quad 0xfffffffffd20ea2a
	.quad 0x1dba4eef47e8e8d1
	.quad 0xfffffffffffffd56
	.quad 0x06800000
	.quad 0x00000000
	.quad 0x400000001d91c0c3, 0x0006eb242bcf0121
	.quad 0x7ff0000000000000, 0xf5967b837ff7ffbf
	.quad 0xbfffffff80d79b2c, 0x482de2d711f10fbd
	.quad 0x710f2bfdff800000, 0xf5da199bff7b545a
	.quad 0xad2e9e054b0ffed7, 0xb4552becc299fc52
	.quad 0x7c1ba6ed3feabf2d, 0x84eb8816bea9c2ae
	.quad 0x92fd3d21befecf7d, 0xd0e24f943ff5cbff
	.quad 0xfe4d73f07159654e, 0x74e4ccdcba1d4cca
	.quad 0xf3395f4d16664ba9, 0xc92239587c67ff7f
	.quad 0xf29db63e00400000, 0xb5c4000094b214c7
	.quad 0x7f80000080705b6d, 0x7fe235233fc00000
	.quad 0xff971dfe0f37cfda, 0x7018f4bb65f8fd32
	.quad 0x7fc00000ffc42c62, 0xc8f8d3a87f5fff27
	.quad 0xf25c4ac5e54c5711, 0x0d8ee8dbffdfbf55
	.quad 0x801fffffffffffff, 0xc0a7b00000000000
	.quad 0xd2826b3b34437c00, 0xc00fffffffffffff
	.quad 0xa7923c24fadfd6ef, 0x7f8000007cb9a48e
	.quad 0x9841e35cfef71d5b, 0x7f800000bec00000
	.quad 0xc11776c327c061e4, 0x42a77659a7f47f13
	.quad 0x24e7caff99ba027e, 0xf01d73f247800001
	.quad 0x7ff0000000000000, 0xb631fc58ffedf5fe
	.quad 0x7ff8000000000000, 0x7fa0e3f04386f6b6
	.quad 0x8a71dc48d3bdebee, 0x108feb54de437be5
	.quad 0x7e1aa9487f835e37, 0x26827c02733e8594
	.quad 0xbfe04ee3c1516b79, 0xce3293350d56174b
	.quad 0x0a06123a57850e00, 0xc70526a197fdbfdd
	.quad 0x2db40b2f0ff2fed9, 0xc04eca949fa3a77d
	.quad 0xeeb0d617d1d3a22f, 0xc17df0f2c2d49926
	.quad 0x4070dd0570dcdb4a, 0x87c425d0cb9c8384
	.quad 0x800b5fc5496bfeac, 0xf0cffb1eef6be86f
	.quad 0x36a5bdb33dbf65ef, 0x41b6c60fc14f62d1
	.quad 0x3fcee2d67f800000, 0xf14fabe5ffffdfff
seed25:
	.quad 0x00000001e91c6749
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0xe5bb2610745f6dd1
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0x91b1f91e30e4d8d6
	.quad 0x41188fe94375ce5c
	.quad 0x10a8569d27ecfb2d
	.quad 0x42ff8fc3fc386a7f
	.quad 0x32f2d52a98c3f179
	.quad 0xffffffffffffff30
	.quad 0xf1f8de1ab89bfbb6
	.quad 0x8937cc02e644cc95
	.quad 0x00000000ffffffff
	.quad 0x000000000005fad4
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x740c09c7c3dc1396, 0x86ed878800266a4c
	.quad 0xfff0000000000000, 0x800000006e65281a
	.quad 0x156b753df9141f50, 0x72eb2720aff4ffbd
	.quad 0x97ca316f90ab0038, 0x71d012f2ceba79f7
	.quad 0x4261223401000000, 0xbfb8a468292675a4
	.quad 0x4064880e87892d1a, 0xc037743dfef3fb02
	.quad 0x5a8b05736379fd47, 0x0a69bc79bdbe3b89
	.quad 0xca000001be32cecd, 0x002fffffffffffff
	.quad 0xcfffffff7f800000, 0x459335e675495ecc
	.quad 0xbed8000000000000, 0xfef995a08031550d
	.quad 0xcff70b30100c6227, 0x40fc0000c2e8e08c
	.quad 0x7ff8000000000000, 0xcdcae78f836f3714
	.quad 0x193f829ebc29e82f, 0x000df6bab542014b
	.quad 0x79816a1580000000, 0xddaf594390927e00
	.quad 0x00997605feddbe50, 0x3e6893154171738d
	.quad 0x5654f4d1c3c6eff7, 0xc22f593e9290fc00
	.quad 0xbff0000000000000, 0x63aa6742fbd6fe00
	.quad 0x83805239ef6cc7d3, 0xe09e710f661b3273
	.quad 0xf38d940c04451e82, 0xfdc7a6e704e20c90
	.quad 0xc330000000000000, 0xe90736bce3eb9a7f
	.quad 0xbfe8800000000000, 0x801b3af1fe5736fa
	.quad 0x00000000c39023bd, 0x1d902846c29eef21
	.quad 0x3520f85dbba7fcfb, 0xec2375ca80000000
	.quad 0x826acef70cd97820, 0x002fffffffffffff
	.quad 0x7fad6a5dbb917c84, 0xa81f8342bf938000
	.quad 0x4e674d7d7fcfed83, 0x3c71aa23176ffeb4
	.quad 0x861e5b0becf9f33e, 0x80000000289cffeb
	.quad 0x2f73f903eddaee3e, 0x90d49405278153e3
	.quad 0x0c7f0b2efbd9e67a, 0x02c4a27bfb49990b
	.quad 0xbd3d2d374140ae15, 0xc104000050e5910a
	.quad 0xffc00000c768881e, 0xc0000000f6e17279
	.quad 0x816a06d5d0a00190, 0xc07d79fc6b984bbf
seed26:
	.quad 0x3d7b24a0a51680f1
	.quad 0xfffffffffffffd01
	.quad 0xf78be15c933fc8ee
	.quad 0x000000000000017f
	.quad 0xfffffff9b9921b65
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xe144a9759be7d4cc
	.quad 0xc0b1966b64fc7060
	.quad 0xfb0d2a7136642bcb
	.quad 0x7fffffffffffffff
	.quad 0xffffd245efad18eb
	.quad 0x00000000006affd4
	.quad 0x0000000001000001
	.quad 0xfffffffffffffcb6
	.quad 0xfffc0a27a57ac857
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x0f7f31757f800000, 0x7fdfffffffffffff
	.quad 0x9dc6c556755bcc74, 0xffb0db3da1f53370
	.quad 0x7fc00000c2df9de7, 0xfffe9237eebf6aed
	.quad 0x800e5d4734df9254, 0xc37a78f77e1255e2
	.quad 0xbb95dde70293ba09, 0x3ffc99c8e3359ec4
	.quad 0x8d83b9d6817fffff, 0x415ab3ca787008db
	.quad 0x12e501becb7bbfbf, 0x7d17207d773ffd5e
	.quad 0x075ffd47da6a738b, 0x5fc478cd6fbae551
	.quad 0x7ff2de2477375399, 0xa385ab7dfc278ef7
	.quad 0xe554ceab24cb0480, 0x4227557d2b2c3246
	.quad 0xc1000000b7000000, 0xfff0000000000000
	.quad 0xfff4c7b6d034506a, 0x400c5cc35880eb1b
	.quad 0x000000010039b4a1, 0x3fadd2c652e19af9
	.quad 0xff000000c2d96199, 0x813e81e57f800000
	.quad 0x43cefa6881000000, 0x7ff8000000000000
	.quad 0xfce7fa99f02dff62, 0x3ffffffffffffffe
	.quad 0x8316d40b50958ab1, 0x422888f98907ac91
	.quad 0x7ff91bd5440d87b9, 0x0ce51af13bcb79f3
	.quad 0x69ec6549ffc0af22, 0xc020b128898908af
	.quad 0x003f58bb7f077d69, 0x40fffffffffffffe
	.quad 0xa1f10fc8c0c00000, 0xbfc1c1450ae21413
	.quad 0x2f43c6b19464c8e0, 0xbfa3e3c9efc467ac
	.quad 0xfff4d773364c89f9, 0x800000009320ae21
	.quad 0x3e8f80007f800000, 0x63b720551003fc00
	.quad 0x7fba991881611126, 0x7fefffffffffffff
	.quad 0x1c23ba6dffffffff, 0x4048764afa22a765
	.quad 0x40200000416d9fa9, 0x800ddd52dad62f90
	.quad 0xc066effd78c90c7e, 0xed765d306bf31e88
	.quad 0x15f671736e7e532a, 0xfac52fea1f67ffff
	.quad 0x000000000b9b63dd, 0xe4d85201eda25942
	.quad 0xc044cf4064e45aae, 0x800669967118a381
	.quad 0x731a9248dfed0200, 0xfff0000000000000
seed27:
	.quad 0xfffffffffffffe8b
	.quad 0xda0b6bc1688a9946
	.quad 0x00000000001c60d5
	.quad 0x7fb6843a849a9969
	.quad 0xffffffffffffff1a
	.quad 0xd7202ad1e538d6d1
	.quad 0x0000000080000000
	.quad 0x00000000000001cb
	.quad 0x00000000000003b5
	.quad 0x000000000000000f
	.quad 0x84f0cd4d400ecf7f
	.quad 0xffffffffffffffea
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x5c92e5dbc4ed06e8
	.quad 0x00020cf3fd862bf1
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0x0ca46ef71879fe00, 0xbe8db1adfeffffff
	.quad 0x104b0f21eff95ed3, 0xca88e691fedbfcab
	.quad 0x400e000000000000, 0xc3cb382146680000
	.quad 0x9c5449e93df7aea4, 0x810dd5f2bc69ef5a
	.quad 0x400ffffffffffffe, 0x0ef9b74288b7fddb
	.quad 0xd5809ace89d75705, 0x3aebf73ad291fc00
	.quad 0xbff17ee4c635ba1c, 0x3b41d96930f40545
	.quad 0x000d3b3d583ec00d, 0xe439808322450000
	.quad 0x7facefc57f800000, 0x800177948b8bc1cd
	.quad 0xfff0000000000000, 0x003f4bb0078b7d47
	.quad 0x000000017ff0e08a, 0xda0564e307dd7c00
	.quad 0x79dd477158c0fc00, 0x65febf5c4be7df3b
	.quad 0x4fe80c79d8ded225, 0x41ab1176c3baa0b9
	.quad 0xbe4c00007ff816a0, 0x26656fdfe6a31c10
	.quad 0x23432b49e265483e, 0x7b19459dbfb3cbc6
	.quad 0xbf1961a8dc518f27, 0x016bfbb8bfbbf54f
	.quad 0xffe0000000000000, 0x7ff8000000000000
	.quad 0x9d7f55ceb30b239e, 0xcbc9ab4dfbfffffe
	.quad 0xd71f97ffff8b8701, 0x6e0496b5427384d6
	.quad 0x80186b244bb04d07, 0x00787aa700000000
	.quad 0xe13725aad06179ba, 0x007aefd680000000
	.quad 0x40421ec9f17cc162, 0xfff7190af124d89d
	.quad 0xbfa000004399b115, 0x18505aea0795841d
	.quad 0x94a4914920572e7c, 0xcafb65f502b47531
	.quad 0x44de00007f9448a9, 0x80000000802e7a8f
	.quad 0xc0d80000ff800000, 0xbf662b50b1b92e99
	.quad 0x810000009b94b217, 0x92a51be28d0726f2
	.quad 0xe86409469cc8ffdb, 0xc56ee8a067eff3f7
	.quad 0x3fffffffc239746b, 0x3bfa171cffded3fe
	.quad 0xa160081bffc37c00, 0xff8000007fec0b84
	.quad 0x23359867fffbcfef, 0xcea4dcc14bcafe00
	.quad 0xbe4d137180000000, 0x6984265e7fef9fde
seed28:
	.quad 0xfffffffffffffd83
	.quad 0x7fffffffffffffff
	.quad 0x006cf5b9fcad2d0c
	.quad 0xfffffffffffffe26
	.quad 0x5aba2237d859b316
	.quad 0x89fbb5a5628f5817
	.quad 0x00000000ffffffff
	.quad 0x00000000000002fa
	.quad 0x0000000000000089
	.quad 0x914c8ce529dbe441
	.quad 0xea34f35a07f80060
	.quad 0xfffffffffffffd90
	.quad 0xffffffffffffff1b
	.quad 0x0000000000000009
	.quad 0xb260b288d47cc4e5
	.quad 0xfffffffffffffc76
	.quad 0x02000000
	.quad 0x80000000
	.quad 0xd8a15b76f1c7b7e8, 0xfff77595a56d7885
	.quad 0x7fc0000043d23a47, 0x400b000000000000
	.quad 0x40334cf360adea21, 0xb4e677cd0c6d7820
	.quad 0x7f1773602616d86b, 0xfffc1a1754db66b2
	.quad 0xd9cb1181f5d9e476, 0x800000007635d494
	.quad 0x3f9779504e8f59d3, 0xbf961a2a44ac8ff1
	.quad 0x7ff45771ea5b2b7f, 0x80000000ffc00000
	.quad 0x006e626cf7e65ae8, 0x7fc0000042773e94
	.quad 0x4015b9d286ecbadc, 0xc42cbfdbecf5882d
	.quad 0x48e0000000000000, 0x415fffffffffffff
	.quad 0x5fffffff00000000, 0x40276a7b7967e059
	.quad 0x6c2b8abebfc0fb03, 0x829f70582d704d21
	.quad 0x1d20cf3466eb5844, 0x6c5b0dcaed687c00
	.quad 0x263fddb26d9902bf, 0x1c48b9a505268c16
	.quad 0x957101eef9be3ffe, 0x7fe0ba0709ae6d77
	.quad 0xf5c84450f113ff16, 0x6dfcd57056a2fc00
	.quad 0x7088fc49f1ffe701, 0x023b595f2b973b74
	.quad 0x7ff711607fd5f180, 0x918ab355fcfff1ec
	.quad 0x7f8d86afb5c00000, 0x80000000ffa445fa
	.quad 0xfff09ff879d24873, 0xc3583198c6a00000
	.quad 0x7f800000ff800000, 0x80000000dc7753d3
	.quad 0x8d71348b969f3adf, 0x4006018188813c3e
	.quad 0xfff0000000000000, 0x3fed200000000000
	.quad 0xbfc7472614fc17c3, 0x6e7890703e2731b5
	.quad 0x7e603edfe34a8e50, 0xc0940000ffb7b9c5
	.quad 0x7f9d73eb17047d34, 0xbcf7fdef7fdb20e7
	.quad 0xf6914b3b4ced8348, 0xf29267fff116d7e7
	.quad 0x8000000000000000, 0x79233dba328e9419
	.quad 0xbf48c961c1080000, 0x4f7ffffeff31f84d
	.quad 0x3fb5cf92bede65c7, 0x407000004071835f
	.quad 0xffc3729e5c3958dc, 0xbf985d955fe79460
	.quad 0x0de9e3df94209e25, 0xc03000000034709c
seed29:
	.quad 0xeb2a5a5ceba15322
	.quad 0xffffffffff9bca47
	.quad 0x0000000000000000
	.quad 0xffffffffffffffd3
	.quad 0x000000000000000c
	.quad 0xf5a6e3bb1211bdae
	.quad 0x7fffffffffffffff
	.quad 0x00000000000002fd
	.quad 0xfffffffffffec443
	.quad 0xffffffff80000000
	.quad 0xdd967d74cf40ed21
	.quad 0x0000000000000358
	.quad 0xff4d10046001de43
	.quad 0x0000000000000000
	.quad 0x00000000000003b6
	.quad 0xffffffee45553232
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0xd580596df83b6917, 0xbc18a73d3d9e3612
	.quad 0xfff0000000000000, 0x801fffffffffffff
	.quad 0xc3effffffffffffe, 0x7f382f45cffffffe
	.quad 0x4391f5edd1f1c1f3, 0xa0622d43ff32fc00
	.quad 0xbd875ad87fbffca6, 0xcea612b57fbb7f79
	.quad 0xe85ef69a23a0cace, 0x3de80000ee58ffa2
	.quad 0x01d6e7fec30daf69, 0xff8d2ad441fed9f5
	.quad 0x3ceaa9daf56cf31d, 0x0000000000000000
	.quad 0x4f3d6514b9eb7d44, 0x7ff8000000000000
	.quad 0x13e30d2c3761d00d, 0xfffd7cf5053695f2
	.quad 0xdcc8a62bfddf7eff, 0xdd61f2a7bffdfbff
	.quad 0x47b93e8b165429b8, 0x40600000c0a00000
	.quad 0x7fc0000042e47f6a, 0x72de07f2fd996c40
	.quad 0x413ac00000000000, 0xfff8000000000000
	.quad 0x40001de31270254b, 0x5b7fa250bed7dfd1
	.quad 0x71d7e503e2cf9adf, 0xfabde61dd49586c0
	.quad 0xabebf913bee64239, 0xc05c31c6e9ff299e
	.quad 0xc48e49340be7c8a0, 0xb98880aed10b00ac
	.quad 0x3fd9c5d87f84f1fd, 0xfd3a5d6503acd554
	.quad 0x7fc00000ec53f218, 0xb3ffa594afe7b710
	.quad 0x70d2d7627f732a64, 0x35fe84f3fffdfeee
	.quad 0xfc2e7b8d14713157, 0x392df01f0a34fbc2
	.quad 0x72ef64edbf27fce2, 0xec1606d6956d44c0
	.quad 0x3fbef1a0dc042d12, 0x4002000000000000
	.quad 0x92af225c9524fc00, 0x08ed14b3dbfa3830
	.quad 0xc1551b18a483bce4, 0xc00b4ee42ac196e2
	.quad 0x3ffb0cc5ae3039d7, 0xd3bc46b1d7ddd196
	.quad 0xba300000fe6a0113, 0xba9b34de62a5fbb5
	.quad 0x803c1e97b66c0000, 0x8000000000000000
	.quad 0x85331ec77f800000, 0xfd94b14de9dd58d7
	.quad 0xc20139bf7f800000, 0xc01b3812386bc2fd
	.quad 0x8007476a016c02f5, 0x002ecec812e3d8da
seed30:
	.quad 0xffef8ce256331826
	.quad 0x03f669b9ad00cd3e
	.quad 0xfffffffffffffccd
	.quad 0xc3add98a41d31431
	.quad 0xffffffc3e184706d
	.quad 0xfffffffffffffe08
	.quad 0xf87263cbc73602be
	.quad 0xffffffffffe6eadd
	.quad 0xcfce2777ff5dc0d2
	.quad 0x00000003d2352879
	.quad 0x0000000000000001
	.quad 0xffffffffffffd28a
	.quad 0xfffffffffffffc70
	.quad 0x00000001376830a7
	.quad 0x0000000080000000
	.quad 0x47b7d9aa6ab938b1
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x8577588b34995b85, 0x9e70d6980dec7e34
	.quad 0x465d03feffaffac5, 0xe2ea23d3b0706189
	.quad 0xfff111e02c79d69e, 0xbbd4d45f0d47ef62
	.quad 0x1bdc635e6d3f9f6f, 0x000fffffffffffff
	.quad 0xda759c869ffc7f48, 0xae2a0c5c7f800000
	.quad 0xff9572b2ffc00000, 0xbffb2426c382507e
	.quad 0x002fffffffffffff, 0x0001be728960a55c
	.quad 0x7f800000119f8568, 0x64497d12dd87f72f
	.quad 0x7fed9b2ddc24caec, 0xc105000000000000
	.quad 0x8000000000000000, 0xe5284dfed5b0fc00
	.quad 0x7fc00000ffad65a1, 0xc77ffffec0000000
	.quad 0xbff4441a23ac4793, 0x3d8fba1e3e503780
	.quad 0x943ecaf0ffe7f855, 0xc5179bff4f1fb9d7
	.quad 0xc2e77ddfc69083a3, 0xbfe57d18fbf44620
	.quad 0x3fbae637dae02ed4, 0x1cdd2c4306868000
	.quad 0x78d6a2b667047bc0, 0xf1fd303685211c59
	.quad 0x853b25ae10e0ba00, 0xd7ef9a936cab067c
	.quad 0x83cc22f5dcef5567, 0xbfb8923a6df57249
	.quad 0xd6da689f8a6ae7a4, 0xecd432ea80df5352
	.quad 0x802c49dd28db0d05, 0xe675b4193b5dff7c
	.quad 0x5c09ac7f0b41d624, 0x4022000000000000
	.quad 0xffe2885ec1040000, 0x00618343bfe00000
	.quad 0x0000000000000000, 0x3fe72bf33c0c2e50
	.quad 0x1187a9acc16a7c00, 0x407008804155951d
	.quad 0x405d00638dc68d54, 0x17e1d7cf0a493071
	.quad 0x7fc00000c6400000, 0x01899ec64167fdf3
	.quad 0x3e15545dc199a504, 0x1f1e3946c7417e00
	.quad 0x7d175248ff800000, 0xce11d241bfe7feed
	.quad 0xc098000000000000, 0xf54ee8b7da8738b4
	.quad 0xc800000078a563fe, 0x7fd15b8d74597004
	.quad 0x0000000000000000, 0x0c38e359be7724be
	.quad 0xc084c00000000000, 0x00000000be0c0000
seed31:
	.quad 0xffffffe4d0a9f59a
	.quad 0x78ead5e3ebc71aaa
	.quad 0x00000000000005ae
	.quad 0x19db50e18101d6c3
	.quad 0x0cb03bed5b27b235
	.quad 0xa7ccae3e177f026c
	.quad 0x56a97c6fb2238d57
	.quad 0x000000000000024d
	.quad 0xe5dca55cf01545e3
	.quad 0x00000000000002fb
	.quad 0x000000a9935a0a25
	.quad 0x077893b273ad1ace
	.quad 0x0000000000000001
	.quad 0x0000000000049867
	.quad 0x0000000092aefb50
	.quad 0x00000000000000ff
	.quad 0x03800000
	.quad 0x60000000
	.quad 0x0062542519172577, 0x3cefd78d7f800000
	.quad 0xe9c66cc9bdbbfda1, 0x4f80000042339bba
	.quad 0xfffda8dd75a33b87, 0x406e4423aa3bd08c
	.quad 0xc0f00000ff95cc8f, 0x7a5bad8ad08e0700
	.quad 0xf2b8a914f3b7fff6, 0x80000000c4b50a9d
	.quad 0xaa262568457a7bbb, 0xbc1800003f606dc9
	.quad 0x824b296033fafbb5, 0xe78b488afff8f86f
	.quad 0xbff5000078d5abdc, 0xa7f2550b5174f662
	.quad 0xc3ebfa550474b402, 0x402000000a135b0c
	.quad 0xbc40000080000001, 0x401e000000000000
	.quad 0x017fffffc07ffffe, 0xc4758f3f7fbdfddf
	.quad 0x800000008dd568f5, 0xe43b14642161c723
	.quad 0xff9a9ad287eb401b, 0xc3e0000000000001
	.quad 0x62402f57ab344006, 0x2aa26ecb46c5fbff
	.quad 0x9d003c52fcd7e4ff, 0x5996f96db8e90000
	.quad 0xbfbe000000000000, 0xb76600007fc00000
	.quad 0xd83af9f57b541af4, 0x7f6e3a1ff0da55d0
	.quad 0xf55a8a82bfa1fc00, 0x571a8bf6c3897b9d
	.quad 0xf3dff976cfefb27f, 0xa87b3c188d83a970
	.quad 0xffe97ede9d2e1139, 0x4060000047a00000
	.quad 0xc10000009eae8098, 0x9ae318dcffe3c400
	.quad 0xa3e8e335c5c5fab3, 0xc33ffffffffffffe
	.quad 0xf2ed8b3d7fa8779d, 0xc0280000f101af8e
	.quad 0x9be241e6b6100000, 0x00400000c0c00000
	.quad 0x4069ea91a32910dc, 0x500823ebcd23850b
	.quad 0xf08afa6e7e4232dc, 0x5d477aeed6eeffde
	.quad 0x96925ca6bb56762d, 0x307ddb3418af28b4
	.quad 0x80000000007fffff, 0x00000001ffd61a2a
	.quad 0x7ff0000000000000, 0x097bb9e679f69214
	.quad 0x00af33c017c441d8, 0x1c029133b7722551
	.quad 0x29ef9ff9103257f4, 0xc044ed47ded39170
	.quad 0xa620b047fd57c9e7, 0x3e4947fbffeb7fe7
seed32:
	.quad 0x8000000000000000
	.quad 0x00000000000002f9
	.quad 0xaf3a3f8895eea4fd
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffda1
	.quad 0xfffffcc88cc8b685
	.quad 0xffffffffff4aebef
	.quad 0xaaec3c46f738e60d
	.quad 0xf96077b81a590e9b
	.quad 0x9f43585b12efd114
	.quad 0x0000001073f5d545
	.quad 0x2f0e2af6b8f1533f
	.quad 0x0000000000000200
	.quad 0x0002622ec3470e69
	.quad 0xffffffffff9c0c36
	.quad 0xffffffff55565555
	.quad 0x02c00000
	.quad 0xd0000000
	.quad 0xff9bd9fa4166dc02, 0xc06d20c918d1098d
	.quad 0x7fdfffffffffffff, 0xffdfffffffffffff
	.quad 0x72737701efd7adb8, 0x3fd07d51a39ee0ba
	.quad 0xba0000008cba055e, 0x78cb3cc5dfb5ffbd
	.quad 0x89407f855372c080, 0xc2fb251380b76b0d
	.quad 0x91b59485ff8efffb, 0xda2cb8c641de8001
	.quad 0xc0e0000000000001, 0xb44a649fc4224001
	.quad 0x405443a0c7ed569f, 0xffd0000000000000
	.quad 0xbfe5a10fbfe00000, 0xfff0de76ff800000
	.quad 0xe1ec2304bfba4200, 0x02554e31e1cd25ef
	.quad 0x55b22415f6f8ab00, 0xed02aab17e70cf29
	.quad 0xdbea98e14afff96f, 0x41f0000000000001
	.quad 0x991f0efa37e83b34, 0x800073a3324ebe80
	.quad 0xbf59000000000000, 0x7ff0000000000000
	.quad 0xea6ee7756ff891a4, 0x14e7f5c37ffffffe
	.quad 0x20bbe8617f443a0a, 0xffd35ce5e080957e
	.quad 0xaa1dde44a5b59dec, 0x7ebe3788fab38c57
	.quad 0x1cda096ed9e17c00, 0x801836ec77205bdb
	.quad 0xc0cfffffffffffff, 0x3fffffff3e7be8a1
	.quad 0x5269b0b57fdcfe00, 0x41f46e176003eda7
	.quad 0xe37cafdbffdad7e7, 0x3fa384f420ad2575
	.quad 0xbff3b6155b8f67f6, 0x40effffffffffffe
	.quad 0xffc65acf4ff79dce, 0x873d432f7d96e9c7
	.quad 0x7fc0d0a74afcd39d, 0x8151563c41cd4777
	.quad 0xfff0000000000000, 0xd079e6a2505dd286
	.quad 0x7fe937a50116d867, 0xbcde62a1c02c8ec6
	.quad 0xbdf60576ffd7bf03, 0xe62a266806c05b2e
	.quad 0xfff0000000000000, 0xfff5854250328d13
	.quad 0xbd92c2347eac7c00, 0xffc000000053ae47
	.quad 0x3277ce76ecd44300, 0xbf8b8cb30a34acf3
	.quad 0x01d442441623978b, 0x8d0871bbe5d1863e
	.quad 0x5630f669fad93281, 0xe57ecce9edfcfd6b
seed33:
	.quad 0x00000000000001c0
	.quad 0x0000000080000000
	.quad 0x471e78d91562a731
	.quad 0x8000000000000000
	.quad 0x09796d0c0eec0903
	.quad 0x5ce80a2e3eca6bfe
	.quad 0x0000000066f5ea32
	.quad 0x5da6e1631794758d
	.quad 0xffffffffffffff84
	.quad 0xffffffe1ea2db894
	.quad 0x0020000000000001
	.quad 0xffffffffffffff91
	.quad 0x0000000000052002
	.quad 0xfffdb82401a092fe
	.quad 0xffffffe6e69cd2a7
	.quad 0xfffffffffffff768
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x3feaad0987b87be1, 0x8160c6eccc4f1e4a
	.quad 0x3760000040880000, 0x6befebb7bfffffff
	.quad 0x82b9c45fdc253a97, 0xc0200000facf1b00
	.quad 0x8030cdfa8d91e692, 0x403cb034c9bfaf4b
	.quad 0xf19d39bb8bb9abe4, 0xc022000000000000
	.quad 0x7a831e4540300000, 0x00000000ffc00000
	.quad 0x688348644f6bffbd, 0x31d6307eb6cfdb66
	.quad 0x897ebd663ac74640, 0x402d3bd8221aa7a1
	.quad 0x3a4000008000d25a, 0x4c328aec9acb87ff
	.quad 0x45a086ce80000000, 0x9c7224f1c77ffffe
	.quad 0x18d3f9337aaea65b, 0x4019a2266f554b49
	.quad 0x950805568cb787ff, 0x9d2fc1bd9858ced9
	.quad 0xc090000032be9e9d, 0xc01d000000000000
	.quad 0xbfcc22e1004a1e21, 0x5f7fffff005c47ec
	.quad 0x70fdb1bc87ffffff, 0x40e7fd466bd3ee14
	.quad 0xbfe0000000000000, 0x90a066e6fffecfff
	.quad 0x950d54af8c49c3fe, 0x42a9f55a5f800000
	.quad 0xff9c68d70b2740ac, 0x7ffb960e28c17876
	.quad 0x800bae0c1713cdf4, 0x5c9330a1d518f7a5
	.quad 0xa71003cb8eca145a, 0xffafdbddcbfbfff7
	.quad 0xfff6fae7caf35950, 0x7ffdf04b9464428b
	.quad 0xffd30711808247ac, 0xa8464540efd67f7d
	.quad 0xc38000007f9decdb, 0x372d38aebfdff9cd
	.quad 0x7ff8000000000000, 0x800000013e97c91a
	.quad 0x404b87911b02acf8, 0xda7fffffb97a0000
	.quad 0x410e000000000000, 0xff800000c0b5b5f5
	.quad 0xffd56942c09f6e78, 0xe84c4b6fb0c9f17c
	.quad 0xd38b6b9f788d7ba3, 0x7f91cd27fe800000
	.quad 0x01497600e35a46c0, 0x7f8000003fc00000
	.quad 0x52bdf73142bff2fd, 0xbde00000bfcaeadf
	.quad 0xb0bc845fffe783a6, 0x4112000000000000
	.quad 0x7fc64d86faa919b4, 0x3291fb24fffff2f2
seed34:
	.quad 0xfffe311c561f25ba
	.quad 0x00000000000001b5
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd3f
	.quad 0x0000fb400507dd47
	.quad 0xfffffffffd4410db
	.quad 0x0000000030dd1de2
	.quad 0x37f110fa296acbc1
	.quad 0xffffffff80000000
	.quad 0x0000000000000123
	.quad 0xfffffffffffffe8f
	.quad 0x5bd3320938592a8b
	.quad 0xfffffffffffffdc1
	.quad 0xffffffffffffffff
	.quad 0xe4a9f9281be03612
	.quad 0x01400000
	.quad 0x30000000
	.quad 0xef591eb6feebfc1f, 0x5421d2bfce9f0000
	.quad 0xbfcd48c099bcb515, 0x397d85ca7b682aa7
	.quad 0x0000000000000000, 0xaddb95500636a9de
	.quad 0xff8000007f800000, 0x6aab28a8dc750000
	.quad 0xc024000000000000, 0x262c2c0714860000
	.quad 0x16e55bce65dc0000, 0xb2825c3c7e0afcf6
	.quad 0x1cf4c86b05163135, 0x7f2c2b1a5e8883d6
	.quad 0xc06eb0c34a3bb663, 0x0000000000000000
	.quad 0xbf29000000000000, 0x3f7bc2fb118280ed
	.quad 0xfff1f999b7cd844c, 0xb680000000000000
	.quad 0xbe89c8c6bd6ec81b, 0xbfa0f336ffac6940
	.quad 0x384be3ae84ca959e, 0x11d02e63d9b10000
	.quad 0xbff0000000000001, 0x2010fd14accf7985
	.quad 0xbff3c251602c18d8, 0xfeecab5299c6435b
	.quad 0x7ff74fbd7a6eebf8, 0x60e42853c9e9117c
	.quad 0x0000000000000000, 0x3fe8453eba27d6bf
	.quad 0x7dccf24744f1ef46, 0x52188d6ef3fbff7b
	.quad 0xb36358d8c3b3de61, 0x5a1bbd353c2b075e
	.quad 0x8001886c5519539b, 0x7836f99cbd4ffee2
	.quad 0xbc0c46791d585965, 0x808c0a96ffcca19c
	.quad 0x59f3ad98fd6bfb8c, 0x73af5cd18fd226ba
	.quad 0xc024000000000000, 0x7f80000002d14dbc
	.quad 0xffc0000048900000, 0xffbad4fcffc00000
	.quad 0x003cd9c2da000001, 0xbbc7b16bfeadd286
	.quad 0x0934f6bbf5f1bbfb, 0x9f0b373bb050fbff
	.quad 0x7ff0cddd7adf8246, 0xc00c000000000000
	.quad 0xfff69233d7376976, 0x43ce6a7d13aabfbc
	.quad 0xbff679193f614d94, 0x06db8044c1187ba5
	.quad 0x781e795eada87c00, 0xfff02fe01cb9afd5
	.quad 0x1d70625ee756a949, 0x3f855f92c472fe47
	.quad 0x400000003ee00000, 0xc14f26b88fe5c480
	.quad 0xefdce1f4fefd7d5f, 0x80c695f0bf04fe30
seed35:
	.quad 0xffffffffff3e431e
	.quad 0x96a67e76df326365
	.quad 0x89af657ef619f375
	.quad 0xfffffffffffffd21
	.quad 0xa6b9c0e588e074b3
	.quad 0x16316effd5aed2e5
	.quad 0xfffffffffffffd01
	.quad 0xfffffffffffff065
	.quad 0xffffffffffffca18
	.quad 0xb7fb921755617d71
	.quad 0x0000000001000001
	.quad 0xfffffe2a566808a0
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x513a2bf20a1076b2
	.quad 0xdd3e503ba0f490bf
	.quad 0x03800000
	.quad 0x00000000
	.quad 0xe26a9c936fdfbdbf, 0x0000000000000000
	.quad 0xc31cf3dc40fa2bae, 0x305852d4584102be
	.quad 0x7d80d72c122ec8fd, 0x7fc000007f800000
	.quad 0x0000000000000000, 0x7dda37857f000000
	.quad 0x3f9833331bcbecba, 0x80840d550e9a366b
	.quad 0x0000000000000000, 0xbf52000000000000
	.quad 0x7ff0000000000000, 0x7fff298adf800000
	.quad 0x8910da57ecf8fb6b, 0x52c2aa2b7fd3b3f0
	.quad 0x2e85b1b7138c7e00, 0x61a5d47a37184224
	.quad 0x50710c8172d7521f, 0x7fdbcc8b6f1458d9
	.quad 0xbef2ab11719bb995, 0x804000000000d6a7
	.quad 0xb5954d1e3445fae3, 0xa91b3f4421122204
	.quad 0xbfce800000000000, 0x8000000000000000
	.quad 0xf9c5a977d6ed7c00, 0xfffd72e05e571322
	.quad 0xc01a000000000000, 0x4e62a3b77face93c
	.quad 0x4033ca871639d861, 0x7d96493d7f800000
	.quad 0x00400000362e6c7b, 0x7fc138c1bd5a4dbe
	.quad 0xf1c13c50ffcc8001, 0x9282b2417a9fc70b
	.quad 0x44180000400d8e81, 0x0043036d3c3398e2
	.quad 0x7f80000007219198, 0x7ff2f234553476e7
	.quad 0xc230dadefa16fc5a, 0xbff4000000000000
	.quad 0x87f97f9bcf018001, 0x3bc165cb4f7ffffe
	.quad 0x7e800000ffc00000, 0xf4fd71ffb891c8a0
	.quad 0x796a4018e9f795b1, 0x0385b881dc7edfce
	.quad 0x7168677a7f800000, 0xbffffffe47800000
	.quad 0x4022000000000000, 0x832e799f47edfe5b
	.quad 0x8020000000000000, 0xc084000000000000
	.quad 0x7e31e2f2240c6309, 0x2f8202707d5ed8ea
	.quad 0xb510d95843bba543, 0xbed9f6ff9c30e0f1
	.quad 0x434fffffffffffff, 0x7272c230ffc00000
	.quad 0x026fc438afd5e644, 0x97270b807308fc00
	.quad 0x7aea8c6466761756, 0xc009a667f3386e6d
seed36:
	.quad 0xfffffffffffff733
	.quad 0x67cc9b79d0ba87e3
	.quad 0x16f57b64e90acf3c
	.quad 0x0a9e3d8a08492f3b
	.quad 0x04614b54426a8975
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0xffffffdfa346cfe5
	.quad 0xd85708ddb3618c4a
	.quad 0xfffffffffffffcfe
	.quad 0xfffffffffffffc55
	.quad 0x1bb0530ea5abdb4c
	.quad 0x1428d9ea0c13a8d0
	.quad 0x9d1156f4413fff07
	.quad 0x0000000000000000
	.quad 0xfffffffedb2551e9
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xf9cfbb22c5fec2e9, 0x7ff0000000000000
	.quad 0xa7d0b08a99eb4d8c, 0x764bfdc594b27e30
	.quad 0xf271055420dc82ad, 0x7ffcf84772a24878
	.quad 0x98dffca4cf5edeec, 0x3fec000000000000
	.quad 0xdbc1670ecee2c480, 0x46b2f6fdbe72fc00
	.quad 0xff8000007fc00000, 0x7e7104b3274ee8a2
	.quad 0xff800000ebc9ef1a, 0xcc1017b5dbfe7c00
	.quad 0x2358b0e654230cf4, 0xbff01baaf41e6cfb
	.quad 0xfa7f4b05ecb6c500, 0x4023000000000000
	.quad 0xc10000007c5ffbd3, 0x8b6116bcc36fdbff
	.quad 0xfface479c12223c5, 0x3f9debba32869b67
	.quad 0x800a94720808d5b9, 0x7ff0000000000000
	.quad 0x6d5b87db8c64a140, 0x5f7ff6f1eaa0eea5
	.quad 0x7fdfffffffffffff, 0x7f80000000800000
	.quad 0xe2a08c90d860a345, 0x6dffd059b2eaba00
	.quad 0xa1f4054fe6c07f38, 0x3fdacee86f86c134
	.quad 0xf0503ba666751872, 0xc01b000000000000
	.quad 0x0000000000000000, 0xcfc0e73b376ecc6d
	.quad 0x329d643eed6ffef7, 0xc2276aee80000000
	.quad 0x820534ce1f0b7dae, 0xc0edb07fbcc00000
	.quad 0xfd7618caff800000, 0xfff2269a809e17bb
	.quad 0xc03d200000000000, 0x123eb769006ea74b
	.quad 0x6accf3252e8a7192, 0x7ff0000000000000
	.quad 0xc0ffffffffffffff, 0x800849b783746097
	.quad 0x6abd02940cad8001, 0xfff9dd49c92c3d08
	.quad 0xba86800007882244, 0x007fffffc15c22df
	.quad 0xf1a32c587beb27f7, 0xc0effffffffffffe
	.quad 0x003f2ff7c0e00000, 0x111d379de323f654
	.quad 0x7e4ba92f0bd37eb3, 0x7fdfffffffffffff
	.quad 0xbffffffe78286e92, 0x7ff8000000000000
	.quad 0x3fe071905cac9179, 0x419b66e000000000
	.quad 0xdaeaab9cd247f85f, 0xe15a2e5c94b6ea90
seed37:
	.quad 0x1aab82972ca2d9a9
	.quad 0xfff807f017970287
	.quad 0xd8cfd2c222dc6c40
	.quad 0x02070e8f5f00d98e
	.quad 0xeb5568b0321df9bc
	.quad 0x0000000000000320
	.quad 0x52b2fb10de55ea9f
	.quad 0x000003a8d0ee0de3
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0xfffffffffc4b6a96
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0xfd1d3796d1aca6aa
	.quad 0x00000000000002cb
	.quad 0x00041239415eefd3
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xff800000bf4a0000, 0xe526149334198213
	.quad 0xea3f9183f33733d7, 0x51887eefffaf9d70
	.quad 0x9c6ab31dfddbb8cc, 0x4120000000000000
	.quad 0xc8400000be136ee2, 0x72c9a596c11c0000
	.quad 0x8122fb7801183056, 0x40b1000000000000
	.quad 0x8b912cff770c4700, 0xc03a526a4f160a5d
	.quad 0x61986b5ace957ef5, 0x3f90db4ca0223007
	.quad 0x46b00000ffc00000, 0x59ffffff64876094
	.quad 0x637f03a7fd298fb3, 0x000000007f86837c
	.quad 0xc3e0000000000000, 0xffb72b007f80d046
	.quad 0xbc6866a3bb8d6891, 0x7ff8000000000000
	.quad 0xbe800000cf8f21e9, 0x18d558afffd3f568
	.quad 0xfe944bc72d758904, 0x002fffffffffffff
	.quad 0xbfc8000000000000, 0x432eb35dffc00000
	.quad 0x8d64036cff66fe00, 0x7ff0000000000000
	.quad 0xffa37a18e48ee2b4, 0x3aca8cc14c45fda0
	.quad 0x002ab760aa9473f8, 0x7eb106b627bce2c3
	.quad 0x6328b0f3ffddfbee, 0x7f8000001f34b95a
	.quad 0x8015f6a589dca274, 0x411000007fdb42c6
	.quad 0x00000000d1f223c6, 0x6e5382ae00ffffff
	.quad 0x501d963b0cb2d17d, 0xbc2fd82fffd64d71
	.quad 0x7ff8000000000000, 0x2f14989afebdf4d3
	.quad 0xc24fffffffffffff, 0x6597e6125ed86aa3
	.quad 0x89c245b3e8017ed3, 0xc000000000000001
	.quad 0x2ecfa44d41a8fe00, 0x7f8206554009ba54
	.quad 0xe183c3f25fb6fdbf, 0x46d1fc2dc5270200
	.quad 0x3f8e56d6c22c57c2, 0x7f8000003fb568fb
	.quad 0xff4e43e1bf498cae, 0xfe80000080000000
	.quad 0x4b2c36c353f37d63, 0x2fe8e833f7f4fbde
	.quad 0x69ba6b253d6fe5eb, 0x3f00000000015450
	.quad 0xbff361b17b470421, 0x649fe899fff47400
	.quad 0x800000004186b713, 0xaaa865b85376d4f3
seed38:
	.quad 0x9f0a2c2ee6c9ad92
	.quad 0x0000000001000001
	.quad 0x00000000000003d0
	.quad 0x000000000000013a
	.quad 0x27255a2066fe953d
	.quad 0x0000000000002c3b
	.quad 0xffffffe27f52c0c7
	.quad 0x3f45496cccbf8449
	.quad 0x7fffffffffffffff
	.quad 0x85ff4de8f10949de
	.quad 0x3279d38c3a04575e
	.quad 0x503cba3a379414f9
	.quad 0x37c3a1a63a33d7f3
	.quad 0x2b2b1206f0b5673d
	.quad 0xfffffffc35d0638b
	.quad 0x00000000ffffffff
	.quad 0x05000000
	.quad 0x10000000
	.quad 0x7ff0000000000000, 0x587e47b3fdff7ddf
	.quad 0x019f5f3b08d35c44, 0xb7a8284c48eaf837
	.quad 0x5fb7418aff92dc6d, 0x8c8cdfc6f1826c0f
	.quad 0x92108ccefbf6974d, 0xdcb3c8fafffebfff
	.quad 0x8a40b08c7f8af165, 0x9bd7933d7fba651a
	.quad 0x60c364e7f55babef, 0x00056ca0a0621d18
	.quad 0xef466a67615cfff4, 0x40effffffffffffe
	.quad 0x375c66329969a9e2, 0x804000007fd06a58
	.quad 0xdc1d69038c61c8c2, 0xcecebb4d48d435ba
	.quad 0x9188032d7fd53fcf, 0x9a18711eb011dcf5
	.quad 0xe5c9efe67fb691f7, 0xdd8c6ddfb3e98d7b
	.quad 0x7f2fc531d76f8654, 0xbfc0fb5701c07ffb
	.quad 0x3fa000005b000001, 0xbdac0000ffc00000
	.quad 0x3fb7efabad4af233, 0x04eee0eb28197f04
	.quad 0x0f3bc036bb9c9f49, 0xda000000f4c1c282
	.quad 0x006865b2ff8463c8, 0xc033fbb440c7d775
	.quad 0x6cffe0993d3ef6b0, 0xff800000c0c3bfdc
	.quad 0x3f24dabeff800000, 0x7f93f88800c8fad8
	.quad 0xc780000040b0327f, 0x7fe52b4d0d5eaf43
	.quad 0x017fffffbd64b62f, 0xaa3fc90d430a9500
	.quad 0xc00d4e857fc00000, 0x3ff52485a736f43c
	.quad 0xb0abd011d47ffffe, 0x026890efe62d7f43
	.quad 0xf85179b641140000, 0x0027f6264241de96
	.quad 0x04db97e3cbdfeffb, 0xffc00000803ebf86
	.quad 0xe60defcabf5fe3ab, 0x7c5a27ded2b8fc00
	.quad 0x914b2e7ff7dbe9d6, 0x805f12403e887e1b
	.quad 0x3c8fe0f6c9b4ba16, 0x41effffffffffffe
	.quad 0x3f32100000000000, 0x4fe207f0dbfcefa9
	.quad 0xacbd723043617f6d, 0xfc83f78b7e457eab
	.quad 0x9dacc9b78f0cff22, 0xe91dc6d0856a0007
	.quad 0xfedaad0115bec411, 0x8000000000000000
	.quad 0x00082fe10a51cda9, 0x0b9c15273cdf10ab
seed39:
	.quad 0x00000000000034a0
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0xffffffffffffc779
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffc8065
	.quad 0xff4e9f79895088b6
	.quad 0x0000000080000000
	.quad 0x45ad3576ab05dc9d
	.quad 0x7e0dfc18cfb65326
	.quad 0x0000000000000093
	.quad 0xfffffffbef892d86
	.quad 0x84c96c0102e06061
	.quad 0xa81fc75eba882b8f
	.quad 0x000000000000031c
	.quad 0xfffffffffff32881
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0xffd2116a7fcd6e64, 0x3bf17d480d6f2214
	.quad 0x8000000000000000, 0x541a44a5ffffffb9
	.quad 0x5839f0e77ba84e7b, 0x4deac757642938b6
	.quad 0x558f7be8e95a7a4d, 0x81e720e06381772e
	.quad 0xaa7b6265053e8500, 0x416b5c456ebbdd83
	.quad 0xf0d1c1fc16f119d7, 0xd994b91891421fff
	.quad 0xfe800000ffa64f74, 0x7ff8000000000000
	.quad 0x95e9e1777f800000, 0x8000000035aa1d1f
	.quad 0x4cd84a81d115c5de, 0x0467ad4096b74c79
	.quad 0xbfa9fb0ecf45c2a2, 0xc340000000000001
	.quad 0xc06bd087e0aa3c34, 0x80000000be8acf68
	.quad 0x7f2a1a6eeb8d8fd3, 0x0124c6f080ffffff
	.quad 0x17dc6aeafffbbf00, 0x430af30243533ad5
	.quad 0x49159d536305b032, 0x0000000000000000
	.quad 0x3867c870bfa00000, 0x5ffffffec0af2923
	.quad 0xff80000040500000, 0x71c21e6cffd39978
	.quad 0x4042b315bc06818f, 0xc880000040b80000
	.quad 0x37ac6f939577ab2f, 0x568294a54cd679b5
	.quad 0x3ef9daed3e800000, 0x8000000000000000
	.quad 0x16c65001183b64ac, 0x0000000000000000
	.quad 0x0f91faff6176f9f5, 0x60e6ce84b815fc00
	.quad 0x3fe0000000000000, 0xff80000047fffffe
	.quad 0xbfd51fd0fe9e230f, 0xc03fb356916d58fc
	.quad 0xba3095c0ffc01f8e, 0x44d3966a50cf9b1b
	.quad 0x80800000c07fffff, 0x0626328ac0e9c3d2
	.quad 0x000000007f800000, 0xbe7a3e8a7e505d8a
	.quad 0x3fc00000bd40b7bf, 0x7fd0000000000000
	.quad 0x010000007f800000, 0x41132d217f800000
	.quad 0x40ba000000000000, 0x47f7b18c0604660e
	.quad 0x7ff77c9277c2e907, 0x3c847cf319674461
	.quad 0x44dbc8347583fe00, 0xbd38b58e00400000
	.quad 0x40370015dbaf3132, 0x3fe47a9e1db661cc
seed40:
	.quad 0x14d636a7745317da
	.quad 0x234c983cb025c0ee
	.quad 0x0000000080000000
	.quad 0x93746a98e8924e7b
	.quad 0x0020000000000001
	.quad 0x27512de0d63e7c56
	.quad 0xffffff8c35b22413
	.quad 0x0000000000000092
	.quad 0x9f4d5a46f93d6048
	.quad 0x6123942b756c09ac
	.quad 0x0000000000000001
	.quad 0xa9d46c22558f8b50
	.quad 0x5c0007b5b5dd1db6
	.quad 0x38b2d2e88b25a963
	.quad 0x000000000000432a
	.quad 0xfd14cd40639bc5e0
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x08ff6366ca764080, 0x7ff3b623bd447a34
	.quad 0x0000000000000000, 0xc11c0000bed3988e
	.quad 0x3ffbe93c0b786d60, 0x2a8509401a237c00
	.quad 0x7f877c977f800000, 0xe1d9e4f393631958
	.quad 0xc07d3e18007b8322, 0xcfa0ebe8ed7161ea
	.quad 0x001ba000c255b98a, 0xbf2d307bff9f9eae
	.quad 0x7f3ed929337950b9, 0x18aea8c32063fe00
	.quad 0x0104eeff816da97a, 0x5af02227feffffff
	.quad 0xabed4c1f004dfe1d, 0x9e054e6a00000000
	.quad 0x39428b68d337fb49, 0x8006923d8642d2ce
	.quad 0x5c994357da0ec58f, 0x7050122effe17044
	.quad 0x75094d36bd7ffeef, 0x43ca6312ff800000
	.quad 0x3f8b9402d8831c90, 0x1835f383ffe70796
	.quad 0x6a3b6b6f1f6ffe27, 0x5b1fd0da2c2cc001
	.quad 0x7f86861c75481d59, 0xc0adc00000000000
	.quad 0xd841b5ffffbf7f03, 0xdb49e801f3bdfef7
	.quad 0x41040000c5627d47, 0x4340000000000001
	.quad 0xe0f0a85187a16b58, 0x3fe00000ff9ee6f8
	.quad 0xc01d800000000000, 0x3d3bdd88ec5c71c9
	.quad 0xda8b7c907c567710, 0x9ed656db9c2fabb3
	.quad 0x7f32c08190238845, 0x3f40000080000000
	.quad 0xc0a000003cc45298, 0x470000009696e09b
	.quad 0x750955d27e9fe0ce, 0xc020800000000000
	.quad 0xefbe4044edfeed8f, 0x33d3b8fbb2094706
	.quad 0xab914f2ebe290d2c, 0xd566ff4832ed8db7
	.quad 0xc04d6d7567301c51, 0x4023800000000000
	.quad 0x20974663160cfc00, 0x7e73ddfc067c1a20
	.quad 0x7ff0118037b0fe27, 0xf20239e236660000
	.quad 0xc11b33b97f9005f1, 0xc040e107bdc54964
	.quad 0xfff9a67484e63abd, 0x0d95b2dd3ce41477
	.quad 0x023e569b758f5d70, 0xc1e0000000000001
	.quad 0x4039f1c11d6425f4, 0x7f80000080e41b8d
seed41:
	.quad 0xfffffffffffffd5a
	.quad 0xffffffffffffffe4
	.quad 0xffffffffffffffff
	.quad 0x000002ffddca0c40
	.quad 0xfffffffffffffce3
	.quad 0x000058c817a6473f
	.quad 0x6ef28ac7dc137f4f
	.quad 0xfffffff107d144cf
	.quad 0x67000693bd307bce
	.quad 0xffffffffffffffff
	.quad 0xcb2d731adba678ac
	.quad 0x05652f3d21dd51d9
	.quad 0x0000000000000000
	.quad 0xfffffffffffffddd
	.quad 0x8da7b9c614ba4cc6
	.quad 0xfffffffffffff159
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xc067fd42c98259bc, 0xffff2f15aba8c089
	.quad 0x9ad51e1ce37dfe5d, 0xf196e153fd97ff8f
	.quad 0x611e0b112ce6f1c1, 0x10d720e6ffea7aa3
	.quad 0xbf34000000000000, 0x3fd0c952e23b362e
	.quad 0x76dfb7b743502de1, 0x80172946c6908df7
	.quad 0x2b678cf82030f8da, 0x5f00000080000000
	.quad 0x7ffcdddfcda31a5b, 0x418b517bffbff577
	.quad 0xbff0000000000000, 0x7f3327a74b197f56
	.quad 0x1865a0f6390f8000, 0x7ff8000000000000
	.quad 0x4100000080000000, 0x801d709e3fa28fbb
	.quad 0x0b837b87c1b7f665, 0xcecd66fad3bbffff
	.quad 0xbfb1c982fdb5defa, 0xc3d927acbacffdeb
	.quad 0x7fefffffffffffff, 0xfe6ba2957fdfa7ed
	.quad 0x393730d7d98b46e0, 0xbf9c200000000000
	.quad 0xe7fefdf44d67fd66, 0x010000007fb5d65d
	.quad 0xc0305044e00d074d, 0x4330000000000001
	.quad 0x1461ed2cd10e8679, 0x7f800000751f62ee
	.quad 0x3fbed38a16160ff7, 0x8000000000000000
	.quad 0x7ffe8cba0589c0d5, 0x28cdba5bb9060000
	.quad 0xbfea31e04ea96c59, 0x9ab2c968fcfa9a00
	.quad 0xd9d4d63771258f83, 0xef6f9994fffffcbb
	.quad 0xf64e8b1eb3873bcf, 0xd343bdcfdffffffe
	.quad 0xea6ea965cf8fd7d0, 0x010000007f000000
	.quad 0xcda5efa6eef6f473, 0x9ee93ec1dee6032a
	.quad 0x7ff0000000000000, 0xc605ba6ea71ebd7b
	.quad 0x7ff0000000000000, 0x1fef89f0adbde16f
	.quad 0x0000000000000000, 0x63cab7a094378259
	.quad 0x7f80000043ade330, 0xb7487c577e800000
	.quad 0x6df49b7f00000000, 0x0040000015e091cd
	.quad 0x7ff8000000000000, 0x80efdc4696c1ff28
	.quad 0x7ff8bf523ad4a457, 0xff9a04b2213fe2f0
	.quad 0x7fcd92c480b71037, 0xc031f5fbf1e0e5df
seed42:
	.quad 0x00000000ffffffff
	.quad 0x0000caf9fc951553
	.quad 0xe78389edb1bec72e
	.quad 0xe001281d3c5f9f60
	.quad 0x0020000000000001
	.quad 0x0000000178136818
	.quad 0xfffffffff2e2b06f
	.quad 0x00000000000ec3fa
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe4f
	.quad 0xfc0dc04ba12b9f87
	.quad 0x00569e64615004bf
	.quad 0xf59ddb8dce2f7eff
	.quad 0xfffffffffffffc4d
	.quad 0x84544855414740db
	.quad 0x23befa09727501ee
	.quad 0x00400000
	.quad 0x40000000
	.quad 0xbf3000008041d578, 0x1bf7242380000000
	.quad 0x8002c25f3c757c92, 0x127f1ba7bc46d217
	.quad 0xbbc2fc034184d77d, 0xbff2000000000000
	.quad 0x40dbfd41d4d20200, 0xfee73163c14f3b1c
	.quad 0xe2e4e363ffc8ccd1, 0x4014fb282173180e
	.quad 0x1fe62b7d1d8cf7d1, 0x67bee7398f7ffc2f
	.quad 0x036ea06838c3ea59, 0x002135e447f94f11
	.quad 0xbfeb02ca589e61df, 0x000000003bc8af56
	.quad 0xf71f99a1ee312848, 0xff95625b7fdc660e
	.quad 0xb7680000f649e84a, 0xd83f6ace99d24794
	.quad 0x434fffffffffffff, 0x1a1954980fc48bff
	.quad 0xbbb49356c79dd073, 0x5f000000c62739ec
	.quad 0xc233daddbbdb5cbe, 0xf2f34cbcff94fc00
	.quad 0xa419c4cdfffcffb7, 0x0000000000000000
	.quad 0xf269bc864ee9da47, 0xbfaab1775427ccf6
	.quad 0x7028cdeaaba1beaa, 0x69e8efc8f7b7ffff
	.quad 0x3cdfc1ce3efe8719, 0xc00e12dfa20dd486
	.quad 0x7e77a32afd4d1f6c, 0xeef0eb0a1bfbffcd
	.quad 0x975fe4f6ffefb382, 0xffa2e352ed37d131
	.quad 0xd84c567cb9bd7e00, 0x68de57177f8429d4
	.quad 0x43471b0643312560, 0x4009eff4453f7c2d
	.quad 0xacd820bf81ffffff, 0x040a30b447ca0000
	.quad 0x40a80000bf0c4f53, 0xc1efffffffffffff
	.quad 0xc92000006d51e4ad, 0xb26916eb3db944c0
	.quad 0x4022800000000000, 0x3fd1fae8e79e1467
	.quad 0x43f0000000000001, 0xe8b9abad4f6e9b7f
	.quad 0x80000000c6b00000, 0x280fd799007367bb
	.quad 0xff8000007fafb5fd, 0x8020000000000000
	.quad 0x8d2801f0fcdcef8e, 0xc0e00000e75a5115
	.quad 0x2d4dd083fdbfab5d, 0x5bdd125b7f987c00
	.quad 0x432bd746e16d5f42, 0xd05b987ccaba4400
	.quad 0x70c65fc01ff87411, 0xfff1da91ffbdaefe
seed43:
	.quad 0x0000000001000001
	.quad 0x7f8a0445c1f82fbd
	.quad 0xffffffffffffffd3
	.quad 0x0000000080000000
	.quad 0x00000000000001e5
	.quad 0x0000000044fb17ab
	.quad 0xfffc6117503a4907
	.quad 0xfffffffffffffdd6
	.quad 0xbfc4f922c38cd001
	.quad 0xa3e980a4deea1f4f
	.quad 0x431ffcf5e42cbe60
	.quad 0x0000000000000207
	.quad 0xedca603f65af0b43
	.quad 0xffffffffff9c1251
	.quad 0x3f79937113f38183
	.quad 0x0000000000000012
	.quad 0x04800000
	.quad 0xc0000000
	.quad 0xfff7e82924084768, 0x7ff8000000000000
	.quad 0xc1b0cbdce727bef6, 0x8000000000000000
	.quad 0xd07996332732b0d6, 0x7de942f1a88da8ee
	.quad 0xc013000000000000, 0x4072e4709809a5bc
	.quad 0x3ea19ab100000000, 0x7145f38a4d364140
	.quad 0x3d5cb6627f8f24c7, 0x9cdc76a6fff94261
	.quad 0x4490175fd4332bbf, 0xc00b3d39e6be3593
	.quad 0x0008000000000000, 0x413c000000000000
	.quad 0x80000000c305bea8, 0x8000000000000000
	.quad 0xc07c0de68c7dd804, 0x20bd74456ffc4252
	.quad 0x7ff0000000000000, 0x73f908b5936f5bae
	.quad 0x802d2a21c4eb028b, 0x99ab8f296ef3a067
	.quad 0xff146238f9c985c2, 0x401cdb5eed62ee17
	.quad 0xf29d1752bef35b41, 0x2b1a003d6b37f57c
	.quad 0x5b6377accf4dc880, 0x000000007f8b2ffe
	.quad 0x7f29ed27d6cd7e8a, 0x213373244781fa00
	.quad 0xc2cff1cbbecd7e22, 0x6710700516bd5cdb
	.quad 0xff9186d6425cbf86, 0x9aed52d97fecfdf6
	.quad 0xfff8000000000000, 0x7bc3a0a6ff5ea3c5
	.quad 0x5989da0e35f40000, 0xc2ea1119bd419f6f
	.quad 0x36c00000dffffffe, 0x8000000000000000
	.quad 0xc0e0000088351652, 0xbf97efd49f13ee33
	.quad 0xc70ff4d97e934cfe, 0x6ce616c7c0a00000
	.quad 0x3ffb7adb180029e9, 0xb02c357cff9a490d
	.quad 0x8000000000000000, 0x72191d0f1dd53fff
	.quad 0x4075be12885635af, 0xde2f290ded47fde3
	.quad 0xd510982b58d0ff61, 0x0814b47d80000000
	.quad 0xffc00000c0a00000, 0xb89890e27f800000
	.quad 0x7db249fdc81144a2, 0xa6677f25e6dfbfff
	.quad 0xf61a30257fc25148, 0xff955015ffcbf576
	.quad 0x3a8000005f7ffffe, 0x7fdfffffffffffff
	.quad 0x87590fcab03e9f12, 0x3e8000007fa65138
seed44:
	.quad 0x000000013779b68f
	.quad 0x89c2ded6250f10d4
	.quad 0x000000000000032e
	.quad 0xffffffffffffdb77
	.quad 0x00000801d24d1f01
	.quad 0x57290c617461077d
	.quad 0xfffffffadf5fce1d
	.quad 0xdaa9743a08e05a64
	.quad 0xfffffffffffffe4e
	.quad 0xc939e890a47cd368
	.quad 0x000000000000012e
	.quad 0x0000000080000000
	.quad 0x05a2abc2171f278a
	.quad 0xe1efbad1515a0aef
	.quad 0xffffffffffffffdc
	.quad 0x00000000000001cb
	.quad 0x01400000
	.quad 0x90000000
	.quad 0xffe01f5000153908, 0xffc000007fc00000
	.quad 0xc9c00000ff000000, 0x7ff0000000000000
	.quad 0x7fc00000fff9de61, 0xc0d400005a000001
	.quad 0x36735f6fe3fffdfd, 0xc01e000000000000
	.quad 0xf0f95c6f9abe0000, 0x3f3c000000000000
	.quad 0xc4ebf35d3c73d003, 0x721614b475ebf088
	.quad 0xbfe97b722b5ea904, 0xb0aa7e4ec2ff0000
	.quad 0x606372d0bfef87ff, 0xf2a9c68cff99feff
	.quad 0x7ff8000000000000, 0x800fffffffffffff
	.quad 0x41b4000040cb2b1a, 0xbbf74f9148a74d4b
	.quad 0xb3a5224b9d4c4280, 0x5722ca1e7f9bc850
	.quad 0x83919e02c1a92471, 0xb847000041140000
	.quad 0x7dee7963fafe7e00, 0x6bf38e3fdd6467ef
	.quad 0x837f1041af63f97e, 0x528d97e9da7d47fd
	.quad 0xbf4eeb7b85a3f68b, 0x7f078d0a903e9f5b
	.quad 0x00000000458c0000, 0x6224f8cd32170e91
	.quad 0x04532fe6e8117c5a, 0xbfbe5cce34cb3bb3
	.quad 0x5cf6a500b9554841, 0x43f0000000000001
	.quad 0x8003cfbb7ba9ecf9, 0x69d5c930ffffcc6e
	.quad 0x2418bc29d7017809, 0x25ebe41ff4fcd995
	.quad 0xffdfa22b4adb4d3d, 0xb7bb547c516aa665
	.quad 0x3c3585e680000000, 0x40000000ff800000
	.quad 0xffeee38dc1586c97, 0x41f0000000000001
	.quad 0x966bc073975ff6fd, 0x4066f68e5f28929e
	.quad 0x38a00000c324296d, 0x800317d1e6b41d57
	.quad 0x7ff0000000000000, 0xebab45b1da450000
	.quad 0x439eaaf69b42fc14, 0xf74f76589743b5df
	.quad 0xc0df6c9c7f800000, 0x4013000000000000
	.quad 0x4a2b81ff6fffc7ff, 0xc0f000007f800000
	.quad 0x0000000000000000, 0x9df0ef5f81456c56
	.quad 0x4021800000000000, 0x4124000000000000
	.quad 0xbf8ee06e08508cc0, 0x002bc415b8b553dc
seed45:
	.quad 0x47ee3b9786f890d4
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x0000000000000376
	.quad 0xfffffefd9cf7a78b
	.quad 0x70abc855054d1148
	.quad 0xfffffffff9dabc41
	.quad 0x77a93ad2d38ba4a6
	.quad 0xfffffffffffffe6e
	.quad 0x7f4f22f042afbd32
	.quad 0xd8bdcc6bbb8b88db
	.quad 0xd1b49c4d6b6158df
	.quad 0xbf80bf03a2a1b3bb
	.quad 0x077cb9ab05c07132
	.quad 0x6ea470206df1bbb2
	.quad 0x000000153c8a582f
	.quad 0x03000000
	.quad 0x80000000
	.quad 0xbf779972e8773c23, 0x7b0907a3c953b9ee
	.quad 0xc2c371470945c480, 0x15b95ab27fea673e
	.quad 0x784ef0d1fff77daa, 0x5dd142b952bd0066
	.quad 0x7fc000006c5e364d, 0xfe3bf8dcffe9717e
	.quad 0x9cb636ff7fdee63d, 0x7fc0000080000000
	.quad 0xc07ed262b068aaac, 0x0008000000000000
	.quad 0x6e248f1dfe3d5fdd, 0xbfcba9058034cc2a
	.quad 0x189092abc0d40000, 0xffee5dfa93f341e9
	.quad 0x4018000000000000, 0x3f0000007b442818
	.quad 0xf2b2f16a3d891fa5, 0x8020000000000000
	.quad 0xbf64000000000000, 0x3fd9b0641d608b02
	.quad 0x946ae0b7b7828d51, 0x015a9e17c1ed7158
	.quad 0x68410175ff65a086, 0x81552a2e40f00000
	.quad 0xc0b83946b6e2df3d, 0x0000000000000000
	.quad 0xc8d65d0d9fb003ff, 0xf364bdb616448800
	.quad 0xfff70a9d48d79666, 0xcf6c4fc4ffdc610e
	.quad 0x3f7942e8588b5cb7, 0x0b388363eb3e7ef9
	.quad 0x44faff5b5ffffffe, 0xccec8f96fff9f400
	.quad 0x7ff2d3b6be96c074, 0x6242add4f09bdfee
	.quad 0xffc00000806dea80, 0x406427fed9c8e81a
	.quad 0x43e0000000000001, 0x68863075fdbff4f6
	.quad 0x49b59ef5bfdafb1b, 0x3fddc63a067e018d
	.quad 0x80748ee7410c0000, 0x0c5ce59792cfbd30
	.quad 0xbe93e788bcfece3c, 0xa70b39d3a6057824
	.quad 0x695f954985f7fd23, 0x80738f57c1000000
	.quad 0x79e80b96fb468cc8, 0x7f97c941ffc00000
	.quad 0xbcff5338892438f3, 0x3f800000c1e17552
	.quad 0x026fc19698171bf0, 0x8edaf4bbc094b35d
	.quad 0x0009551e65672b0d, 0xc03e3c8045800000
	.quad 0x802ac86082e1c9f6, 0x995fbd5cdf1fb3f8
	.quad 0x3efea00000000000, 0xfff8000000000000
	.quad 0x3f96933b43a7b5f9, 0x4017000000000000
seed46:
	.quad 0x000000a0b4d03e57
	.quad 0x0110356bb68b5508
	.quad 0xf9663e0442f18dde
	.quad 0x0000000000000001
	.quad 0x000000000000021c
	.quad 0x9268d673486bdacb
	.quad 0x9c2dc84abee84aad
	.quad 0x00000004f598dd8a
	.quad 0x033aeafc5e16bc41
	.quad 0x907f4293fbd95150
	.quad 0xffffffffffffffe5
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0xffffffffffff63c5
	.quad 0x81c857fba15cc3c8
	.quad 0xfffffffffc42306c
	.quad 0x05400000
	.quad 0xa0000000
	.quad 0xe16f36dfc3ffffff, 0x804dc383c0500000
	.quad 0xc041b9590034a7ba, 0x81c2d07c3dd43b44
	.quad 0x5e96e296c93d34b0, 0x47000001ffc00000
	.quad 0x3e5b2e6e27164812, 0x8fe0807a807fffff
	.quad 0x801a6a2f8c908586, 0xc0605e06e7ee97f6
	.quad 0x7fa5d7687f7fffff, 0xfff0000000000000
	.quad 0x359329fdd0299006, 0x7ea639a9c7134113
	.quad 0x8002f22352800000, 0x3c616f23c279ce14
	.quad 0xcff643c73dc75a6f, 0xefbc7ad07c4dfc00
	.quad 0x1bd20278bc3abfff, 0xa9cf73f1ffee9622
	.quad 0x9514fc32c3e77831, 0xc020800000000000
	.quad 0x067cd5eba2dc7c00, 0x41e40000bdeff60c
	.quad 0x400e000000000000, 0x41889417806bd0ff
	.quad 0x80000000cf7fffff, 0x29c15d867ff8fc00
	.quad 0xd145b780625f2fe1, 0x2a039a58ee77ff6f
	.quad 0xbfbb7146eee3551e, 0xbe876fbec209c68a
	.quad 0x6efface7b12b197b, 0x0f82722cff800000
	.quad 0xc1200000bee7e2a7, 0x3fcb7245ab5d5153
	.quad 0x4885000000000000, 0xb4e91d2cb40523bc
	.quad 0xcfffffff8069f584, 0x0000000000000000
	.quad 0x4056421a61143005, 0x1e832986c5800000
	.quad 0x800d54736c0c2fd4, 0x1f6230fdf7fdcf13
	.quad 0x5e32b9d5efc7ff7d, 0x00000001f29cb317
	.quad 0x802fffffffffffff, 0x53a5eb07ff37e2e3
	.quad 0xfff8000000000000, 0x401e000000000000
	.quad 0x7f80000000000000, 0x8010000000000000
	.quad 0x14f033ddbdfefc7f, 0x5ef314d13766fe00
	.quad 0xbfebc63b19f0411f, 0x800da9c723553dc0
	.quad 0xfff8000000000000, 0x007f204200000000
	.quad 0xf82c880300800000, 0xc3c9a2c297a1da1e
	.quad 0x4a14d2156c5b9642, 0x308a67728f0f8000
	.quad 0xc0bc000000000000, 0xbfffffffda000000
seed47:
	.quad 0x6e9d5d70be3984e1
	.quad 0xffffffff99be5d1b
	.quad 0xffffffffffffffff
	.quad 0xe6874b48d780c529
	.quad 0xffffffffffa00166
	.quad 0x825f9caf46943858
	.quad 0x00000000ffffffff
	.quad 0x4edb281bdf2d58f6
	.quad 0x000282f1643565b3
	.quad 0xc0ea715bc07ea161
	.quad 0x0000000001b7c6da
	.quad 0x0000023bcef25bb0
	.quad 0x8ab6e66ffa02391d
	.quad 0xf277d87534d271d7
	.quad 0x8f7d5966dcd33272
	.quad 0xfffff947cea53c53
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xe099ef529dda57a4, 0xb3da6a9d6aeac8db
	.quad 0x7f8f677c8ed2ea7f, 0xc3bea8a0fffcfc00
	.quad 0x4047658e5f898aa6, 0x80187da5bd59fde5
	.quad 0xc04e5282fbe26f1b, 0x365f0d58dad7cac0
	.quad 0xfff206d3d8398eae, 0x1091d9e75dffffff
	.quad 0x7ff7a8d8874e021b, 0x7f9d5ca7bf800000
	.quad 0xbff6c41fa950542b, 0xc0ac00007fc3270b
	.quad 0x80038d66949081a1, 0xe3ffc23dfffbdfff
	.quad 0x40499cc57d7bc0b3, 0x384cfb85bef3fa6b
	.quad 0xc0f400007f800000, 0xd0f45f41c34cba6c
	.quad 0xb110571fffdbfcff, 0xa5634dadbb7c92ba
	.quad 0x4002000000000000, 0xffb0a74df0de2c0c
	.quad 0xc63c316ef4c77cf3, 0xb178ae66dfffe6f7
	.quad 0x6f259102ffddf3ff, 0x802367e481000000
	.quad 0x01468ed5d8ff62c7, 0x2437da2f8da56edb
	.quad 0x40ffffff00000000, 0xff8000007efa1869
	.quad 0x23b896b3da94dd80, 0xe1d97bd8646e7ccd
	.quad 0x3fbd9f0642772a4e, 0xae2578760546561d
	.quad 0x56642cbefffbbf26, 0x7fc0000001b87153
	.quad 0x3ffd48ee26312cde, 0xfff8317651fc5b04
	.quad 0xf46387dd7fa8a59b, 0xffe0000000000000
	.quad 0x034df8fe4c0c6384, 0x0000000000000000
	.quad 0xf2978b6700400000, 0x4020400000000000
	.quad 0x017fffff80000000, 0x0c6e0fca7df4fbf7
	.quad 0x68c671c30bd067e0, 0x7ff71fd8fcb72708
	.quad 0xffc000007c66ba19, 0x7f8000003e74d87e
	.quad 0xb1c176863cdcff36, 0xfe5745f312504536
	.quad 0x6ed246f0fab691f9, 0xafafd211d3a98000
	.quad 0x7e8000007f800000, 0xf0da7c34604f8800
	.quad 0xbfb7b79c0e860d14, 0x334c9e98ffaec2a0
	.quad 0xdc214ed57f79f3dc, 0xbfa9800000000000
	.quad 0xc4c5e17c3598fd0f, 0x7fd4b339431c0000
seed48:
	.quad 0x83fff0de6f3a8fb8
	.quad 0xfffffffffffffffe
	.quad 0x00000000001c42d9
	.quad 0x0020000000000001
	.quad 0xfffffffffffffee2
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffc9
	.quad 0x06985f0b573be939
	.quad 0xffffffffffffff7e
	.quad 0xffffffffeb6c4203
	.quad 0xfffffc766b596ae9
	.quad 0xfbcfd3d0d95ba570
	.quad 0xa04b0315d7127c65
	.quad 0x52c2da530c610ffd
	.quad 0x000000000001c941
	.quad 0x0000000000000000
	.quad 0x05c00000
	.quad 0x30000000
	.quad 0xdbfeb6c2ab233a00, 0x8000de81d4cfde86
	.quad 0x5d7b77427ffc7ffb, 0x000bc35be091de94
	.quad 0xfff76820e5aed3a4, 0x000a87dad5158d64
	.quad 0x002fffffffffffff, 0xff708645c0840000
	.quad 0x43fdb41c7fd22048, 0xc92d1eeb8d9a5261
	.quad 0x3fa8000000000000, 0xfd9548f440696b50
	.quad 0x3587c62018a74a02, 0x7ffb184cff9805b1
	.quad 0x05630746f8a3f444, 0x9f1f9d7f7d97a7ad
	.quad 0x8ea48378ad1daa3d, 0x8a6b52eba5007c00
	.quad 0x8080383866e28200, 0x524a2d220d5d8000
	.quad 0x7ff8000000000000, 0x4d1559b89321bcee
	.quad 0xffc000003f000000, 0xcf0000017fb87297
	.quad 0xca0aa0c5aa817fda, 0xc1e01c627fc00000
	.quad 0xa5dcb4ad957e7fb3, 0x59224e1e0dfc163a
	.quad 0xb0ee30a50f855d8f, 0x000000007f800000
	.quad 0x8000000000000000, 0x807eb57e9727da92
	.quad 0xbf7a32ea29db0f6e, 0x0a22650480a2bb5b
	.quad 0x7fc67ceb11749368, 0x8000000000000000
	.quad 0x8000000080000000, 0xc000000000000000
	.quad 0x1c93f94418737c00, 0x7ff836065c242a8c
	.quad 0x4c7c6d6b95d20b8e, 0x8000000000000000
	.quad 0x7f800000db0485de, 0x2b8336e1946a8e84
	.quad 0x50afc3edc1ca2502, 0x9b5e4c58ff7fffff
	.quad 0xc0680d935e052713, 0x83e1da517fdd7d66
	.quad 0x3f7ea3dc60ef9e9e, 0x400c000000000000
	.quad 0x8464219deda71639, 0x4330000000000001
	.quad 0xbfbd94deadc188fa, 0x3fc440593dfb87a4
	.quad 0x95f38432165d8001, 0x7ff0000000000000
	.quad 0xc024000000000000, 0xfff0000000000000
	.quad 0xbf800001c169f075, 0xff8c367d00d3a9c4
	.quad 0xc125000000000000, 0xffabd1517fbbcb5b
	.quad 0x3d66f90841dbecc3, 0xc2aae891d0fe55f8
seed49:
	.quad 0x00005e932b1b33a5
	.quad 0xffffffff80000000
	.quad 0x41ee9a2cac066a56
	.quad 0xfffffffffffffffa
	.quad 0x0000000000001f91
	.quad 0x00000000000001a4
	.quad 0x0011b8732c4241dd
	.quad 0x0000000000005fe4
	.quad 0x7fffffffffffffff
	.quad 0x7a0f5ddb7b3b93cc
	.quad 0x52a1fb5f78b68a3a
	.quad 0x0020000000000001
	.quad 0x00001b10108d96a0
	.quad 0xfffffffffffffdae
	.quad 0x47a0f75b340521fb
	.quad 0x074cd10a56fdb4b6
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xffc00000887e504d, 0xc4253abb75e2cc4c
	.quad 0xc44ace449b4ede00, 0x7e80000000000000
	.quad 0xffdb12228666f28f, 0x7b1921f97fa928a4
	.quad 0xf1b37fea95df7f38, 0x7bcc7a005c8c0001
	.quad 0x177a074f0031bbd0, 0xc1e0000000000001
	.quad 0xa26014897ff50000, 0xbd800000b7980000
	.quad 0xc5543ef661f80293, 0x0000000000000000
	.quad 0xfff0000000000000, 0xbf8c37b0b1efbc55
	.quad 0xffea1f0f61389ca2, 0x0a129953857c587f
	.quad 0x7fd9cbe77fbbb6d3, 0x803fe0a800000000
	.quad 0xbf20000000000000, 0x7fd0000000000000
	.quad 0xffadeb0d43c3d173, 0x638c39727fedbd9f
	.quad 0xffc00000ffc00000, 0xc34a9d06416f3cd9
	.quad 0x267fe5a714ffffff, 0x800000007f800000
	.quad 0x4c85d5c8a92a0ba4, 0x9d721401de93fc72
	.quad 0x7ff5de26e84612a7, 0x81454e04a16506d4
	.quad 0xf6fe10b5ffc27400, 0x800054eb0175716a
	.quad 0x10256dce18b27e52, 0xc2bdaf028dd2770f
	.quad 0x0733b1d973336194, 0x000fa7aeff450005
	.quad 0xb65a4d69ba8ba600, 0xc507250bffffffff
	.quad 0xdf7ffffe00000000, 0xfff0000000000000
	.quad 0x6eb02f8eff7ac95d, 0xfff0000000000000
	.quad 0x4002000000000000, 0x7fe0b54b54326f06
	.quad 0x796f67ec0d0429e0, 0x0000000000000000
	.quad 0xfffa1c413faefea4, 0x401f000000000000
	.quad 0x035cddc118d2ac76, 0x000000007f800000
	.quad 0x602daabdc1105335, 0xa578dcc2bdffcecf
	.quad 0x7fa3b9793ff06d43, 0x8000000000000000
	.quad 0x27c50256ffb8de72, 0x81723c3fc0500000
	.quad 0x41c4f263bfec0000, 0x55243183ffccb738
	.quad 0xd5d03299c4ddc140, 0xfff316c9d3d0f7a9
	.quad 0x407f4e5a0ab31d2c, 0x977cd4fc7f7fffff
seed50:
	.quad 0x000000000000028a
	.quad 0x00000000143f9671
	.quad 0xfffffffffffffebc
	.quad 0x000000001226130d
	.quad 0x000000000000002b
	.quad 0x0000000000000000
	.quad 0xe5275f10c37b7cfa
	.quad 0x8000000000000000
	.quad 0x00000435f44dff69
	.quad 0x6773f0a48e7963bf
	.quad 0xfffffffffffffe14
	.quad 0x000000000000871d
	.quad 0xffffffffffff9fed
	.quad 0x7110583645cb4d0c
	.quad 0x3f7b4fbab36fc1d3
	.quad 0x5f094cc19edae6f9
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x230525e1a18e0129, 0x5de6b0baa7bd4dd5
	.quad 0x44f8721cf6a312ff, 0xbfd8000000000000
	.quad 0x2c0a7d08793568b0, 0x3f8dc3744374909b
	.quad 0x80197c5b10747696, 0xd377740ce3802c36
	.quad 0x3fc4e79ba24d9f72, 0xbdc29589a1388000
	.quad 0xffb8021480000000, 0x3c3cdd73f888c09a
	.quad 0x191f6656597ffb46, 0xabc57eeffb7fffff
	.quad 0xc162f620ffc00000, 0x8cd5ed6fbfe10000
	.quad 0x45d4bc0828035ba3, 0x7fbca10e3fc00000
	.quad 0x18f1d1c95f5b8299, 0x3fb01f91bd37706b
	.quad 0x7bc27054f13590a8, 0xb9a80000c14f5ea3
	.quad 0xb60ee9acb6fbfd6c, 0x3b7449055a59508e
	.quad 0xfffaad1992dc5d81, 0x0000000000000001
	.quad 0x5d1b7e3f0a778000, 0x754ac26cf07b2b0d
	.quad 0x523986069306e9bd, 0xfdafb62a7fbfe5cf
	.quad 0xb382db1d03f5423e, 0xf03a3e11a54628b7
	.quad 0x7ff8000000000000, 0x9153f638b5647c05
	.quad 0x7f7332d7ffc00000, 0xbd6859e2f9fd1f48
	.quad 0xec9c7380e5ffb7f1, 0x00006d57fe841c7e
	.quad 0xfa96fef9afe58774, 0x1cf88fecd0cffea9
	.quad 0x7ffa428caf1e5d65, 0x3bbe884b41145e8e
	.quad 0x9908fd4980000000, 0xd4219dfaf647872a
	.quad 0xc022c00000000000, 0x0009ecc20987f69d
	.quad 0x80f7ffbbf7fe7ffe, 0xb207b814f7fdfff9
	.quad 0x80082f9f44fbf751, 0x0220e7a958255f5c
	.quad 0x65a02ed59c76e309, 0x4019ee7b787db5ff
	.quad 0xa5452749650a79c2, 0xffd9d78e02036c24
	.quad 0x7da4b13406c17c56, 0xecd12ed800aa53b0
	.quad 0x4a748702e3fbb924, 0xb0efdbe1d9800000
	.quad 0x3f54000000000000, 0x79f03c50f1ed1d40
	.quad 0x84ee800d797f1872, 0xe15c614bffda7dde
	.quad 0x3f93511fb87654c1, 0x7e5f57718514b132
seed51:
	.quad 0x0000000001000001
	.quad 0x64702ce55e53f289
	.quad 0x000000000000039d
	.quad 0x3ba726d7f9ca1172
	.quad 0x0000000100000000
	.quad 0x0000000000000082
	.quad 0x0000000000001889
	.quad 0xfffffc9955fef16c
	.quad 0x0000000000000297
	.quad 0xc0a2019b9087c60a
	.quad 0x3f96b688d8672fe7
	.quad 0x2a0ac418e8f4be82
	.quad 0x00000000000002eb
	.quad 0x8000000000000000
	.quad 0x3f00d0425f52a381
	.quad 0x88171976aadfcd4b
	.quad 0x05800000
	.quad 0x60000000
	.quad 0x7fc44be7c0000000, 0x83b9b217a51e045e
	.quad 0x3fe4410f1b6da61c, 0xded1aa28a6301db5
	.quad 0x0003382b36001e85, 0x923cada9fff6b6e7
	.quad 0xffca3b61c0880000, 0x8000000000ffffff
	.quad 0x00000000bfdd5823, 0xfffaa11de32dd7af
	.quad 0x3caf319ebd69fc7a, 0x11a63513efdfa7f7
	.quad 0xee6b1e40c0151a88, 0xd488ddb7beba8453
	.quad 0xbf8000003d5957ee, 0x416a02756bfa4dc0
	.quad 0x41358e6bff000000, 0xeb89cefb4a182ae0
	.quad 0xbc792b60e09f3e9b, 0x00000000ffa145bb
	.quad 0x7f93e319c80822ae, 0x7ff8000000000000
	.quad 0x3fc97816a891272b, 0x1fdda3269777fb66
	.quad 0x0000000000000000, 0x4e84e1ceffffbdcf
	.quad 0x145ec105bf3c035d, 0x830af91def21a77f
	.quad 0x80062538c2a198eb, 0x8001c8984d928777
	.quad 0x4254970e00000000, 0x4014000000000000
	.quad 0xc002691d3094b400, 0xb334efc2ee0c3b61
	.quad 0x0000000080000000, 0xc04347c2adc65b19
	.quad 0x7fa57d8240100000, 0xc014000000000000
	.quad 0x10ed983c04b4c5a0, 0xe713c87c7f54cd0a
	.quad 0xbc8ef4626b820e2a, 0x7fb8118f5fa6f40a
	.quad 0x8004a17c4350abab, 0x7cfab697defa3b7f
	.quad 0x43effffffffffffe, 0x4e3cdcb7cf3f7d63
	.quad 0x4005000000000000, 0x9202f1e8ffddc31d
	.quad 0x022e7310ae7bb332, 0x9ff1ffebfdcffd1f
	.quad 0xc97093da86a9fa0d, 0x4902e215c136f4bc
	.quad 0x61cbb8ae4be2978c, 0x04d2283c3372c480
	.quad 0xc8c28a21ae317c00, 0x8000000000000000
	.quad 0x47841afe63415bc1, 0x800664e3a51b1a6e
	.quad 0xfff0000000000000, 0x7f5dd7b5be94899b
	.quad 0xc1e0000000000000, 0x77900fe594f580ae
	.quad 0xbff62a4a0a2123d7, 0x3fbed8473c65c2bd
seed52:
	.quad 0x5d13a28f6d585ee3
	.quad 0x00059e05f5bb806f
	.quad 0xfffffffffffffe2e
	.quad 0x294ac4ae20909de6
	.quad 0xb253e8a500132a9e
	.quad 0x00000000000001b3
	.quad 0x0000000000000000
	.quad 0xffffffe50739b823
	.quad 0x19d47c74214e9c34
	.quad 0xffffffffffffcba6
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x00000157a496ef4d
	.quad 0x1b9e491b01032b1b
	.quad 0x69cd16fb02b65232
	.quad 0x00000000000002f3
	.quad 0x04000000
	.quad 0x70000000
	.quad 0xca553932c07ecd74, 0x4938a60be64c7f3e
	.quad 0xff9c0c6038880000, 0x433fffffffffffff
	.quad 0xbfbc9fc5a10ed7bc, 0x3f919e50f0652ba8
	.quad 0x4090000000000000, 0xfff8000000000000
	.quad 0xc51164993aee2200, 0x7ff0000000000000
	.quad 0x7ff077ebbd76baf7, 0x3f22000000000000
	.quad 0x0000000000000000, 0x1888c3de9f9aabf7
	.quad 0xf8b95f46c7387c00, 0x85035cee40100000
	.quad 0x00ac848bae3d82f4, 0xd6189898e69b6efd
	.quad 0xbfbac8fd4cd9ba6f, 0x64cdf26853bf7ebe
	.quad 0xfff81bf2d0f19861, 0x0182d117fb11faaf
	.quad 0xfff565ba46a33252, 0x3d13f7d9237b49c7
	.quad 0xfff0000000000000, 0x6f525d0c8a1bfdab
	.quad 0x3fdcd70389f9466d, 0x40a312899e3c3a0d
	.quad 0x3fb4ceeebff00000, 0xc340000000000001
	.quad 0x7fde9fe83b81c210, 0xfff0000000000000
	.quad 0x09238e3847d37ca9, 0x735b28119fafff77
	.quad 0xc00175d9e5785e5a, 0x44100000005fa02e
	.quad 0xfd464ba1bef97a2c, 0x7fc00000ffcc0df3
	.quad 0x1c42eb84bfe9c9d1, 0xca89b2b64e243b0f
	.quad 0xc1180000bddf2be4, 0x932d45b213087b7d
	.quad 0xbcbb137080000000, 0x40208acac2584fae
	.quad 0x0906f51ad8ecfc48, 0xb5c5570ffdf8ef79
	.quad 0xd9dccf09daf3fff8, 0xc0efffffffffffff
	.quad 0x699650ffa2397c00, 0xcc2e971af3eff8f9
	.quad 0xd0ac0959ffeddf42, 0xbbbe9125ec6a05c4
	.quad 0x43e296784b000000, 0x3583c7d2ffeec0ef
	.quad 0x717257717c42fc00, 0x4f8000016f4b6c3f
	.quad 0x398bfb11ffb1ddaf, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x21da31cc9bef7875
	.quad 0xc070000080400000, 0x8000000000000000
	.quad 0x009cfd0fe3931271, 0x800000007f800000
seed53:
	.quad 0x000003340ea32943
	.quad 0x71704e09fc084567
	.quad 0x00000000ffffffff
	.quad 0x00000000000000b9
	.quad 0x0abf2792c9aff687
	.quad 0x9e76e722bff56470
	.quad 0x0001348b7ea341d6
	.quad 0x7fffffffffffffff
	.quad 0xa6083433760bb4ee
	.quad 0x00000000000003d1
	.quad 0xffffffffffffff37
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x0000000000000369
	.quad 0x0000000000000227
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xf343215e7ea8ea00, 0xc006000000000000
	.quad 0x7dce0c4c7f5c1420, 0x403151bf4fd5e2db
	.quad 0xcb0b3be4ffff6f7f, 0x9b7c177940b50000
	.quad 0x7f800000bc360000, 0xc1040000d87a488d
	.quad 0x7ddc41922b45cc6e, 0x1b66eaed55e7e096
	.quad 0x7f80000041f23c63, 0x889855b94a47361e
	.quad 0x7f800000df000000, 0x806fbe387a9dc6d1
	.quad 0x3fd6be62ab536f7d, 0x12496d1c41180000
	.quad 0x800fffffffffffff, 0xffab7f70ffde9e54
	.quad 0x05a12212dde4ff7f, 0x088adb4d0079d289
	.quad 0xc3199f95c0400000, 0x7ffd62e14ace70e4
	.quad 0x3bc5e40bc0e00000, 0x3ff4000000000000
	.quad 0x7ff0000000000000, 0x8c66293e7f800000
	.quad 0x400000007f8c34d1, 0xe714fc85b8f07cfb
	.quad 0x802fffffffffffff, 0x7fd1a0ba7f48a33a
	.quad 0xec9bd091a47e4ef7, 0x9507667d47000000
	.quad 0x05822991ffabdfae, 0x477fffffbc5c0039
	.quad 0xc7b96b7096333dc9, 0xb803b4dfbe5ddcf1
	.quad 0x7f80000080000001, 0x3fd8000000000000
	.quad 0x15d6fd0a80130082, 0x22c18899894a5b9e
	.quad 0xc186f2e23cffce69, 0xffa5ad10ff800000
	.quad 0x7ffbbfdca37306ca, 0x5f1f4f0b3f2a0000
	.quad 0xe3802b98bf3dc9a9, 0x800ad04aefe3df83
	.quad 0xc33ffffffffffffe, 0xc00ffffffffffffe
	.quad 0x403c699e8334dba2, 0x4021800000000000
	.quad 0xb742f44e145e7c00, 0x0000000080800000
	.quad 0xe07fffff7f8d06dd, 0x3ae1d792848965b9
	.quad 0x800000007ff77c26, 0x43aea151cf7ffffe
	.quad 0xffc00000ffde1086, 0x7fa73e4d00000000
	.quad 0x083e354b67ce5d58, 0x017989522ac2f938
	.quad 0x41f0000000000001, 0xc070000017601610
	.quad 0x7f13fe60fc816fb5, 0xc318dfc018eee7ad
seed54:
	.quad 0x0020000000000001
	.quad 0x59be4d04937dc958
	.quad 0xff22492af2bfece0
	.quad 0x89a61db603bc9a4f
	.quad 0x4e1b32f54901d94e
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x00000000000002c0
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x003653bef515031e
	.quad 0xabc19096561367bd
	.quad 0x98aee2a4a5287655
	.quad 0x993b22919d5af27d
	.quad 0xfffffffffffffddb
	.quad 0xb9f2b5b0847b9c24
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xfedb662efbe152a3, 0xffd0000000000000
	.quad 0xc478c6e58b982766, 0x69a722d4ffa0d3e1
	.quad 0x6a46d4c97d750000, 0x33ddbae3b1a7eacd
	.quad 0x182faccb89cdc1dd, 0x25061f059f75a5f6
	.quad 0x817ffffffea503da, 0xbbd400002f50a05f
	.quad 0xf4c24fe4cfffffff, 0x00000000407ffffe
	.quad 0xbf72e00000000000, 0x07c87106430e03ac
	.quad 0xc00d000000000000, 0xfff0000000000000
	.quad 0xff8ff725806e1b9e, 0x3b8777885dea7956
	.quad 0xfeffffff4740befd, 0xa70cd3cb8e8e7d34
	.quad 0x0d020867fda6fba4, 0x7eba9c6de6137bad
	.quad 0x97917759badf0ddc, 0x4079d7f9f10e6a94
	.quad 0x0000000000000000, 0x00669586bf59a689
	.quad 0x24d037c64b12d235, 0x40b0000080800000
	.quad 0x7f8eb322c0600000, 0x59800000ba2f14e8
	.quad 0x0000000000000000, 0x43c0afcec018a03f
	.quad 0xc672a1a109d146c0, 0x5f730264f09bc909
	.quad 0xe8175ed5ef1b7aad, 0x7f000000ed4f52e7
	.quad 0xbf9fe928641d1a2e, 0xffc00000b8e1e1e7
	.quad 0x000fcd4b2a805ec0, 0x3e0e00007fbdf906
	.quad 0xbf792ccd2ed854d2, 0xba2fd274bbfa03ff
	.quad 0x7faece5600000000, 0x4d7b38c25dc3750c
	.quad 0xab4c2a77ffa88000, 0x40cc000000000000
	.quad 0x3ff0000000000000, 0x4340000000000000
	.quad 0xc020000000000000, 0x7df6479c8592812d
	.quad 0x7ff0000000000000, 0xfeee01d800400000
	.quad 0x3f49637aff908ed2, 0x4e80d4a3dda14000
	.quad 0xb24dcc46857dc8d0, 0x801557370d83bfd6
	.quad 0x816b712dda3952d0, 0x0bfe8292d3477df3
	.quad 0x36d4d1b4dffffffe, 0x000000003bba35e1
	.quad 0x83068ec347800001, 0x5f7ffffe6d571ad1
	.quad 0xc037409a708f8fa9, 0x3e7c235d02059860
seed55:
	.quad 0x000000014d9c76f3
	.quad 0x13f50436c0a711e1
	.quad 0x000000000000013d
	.quad 0xfffffffffffffda0
	.quad 0xcbd8746a7e9bdb21
	.quad 0x50ee73a0b3137925
	.quad 0x0000003487f82ed4
	.quad 0xa79f0d0db58c9422
	.quad 0xcedd33128e3eee80
	.quad 0xb37a3441d8dee6c2
	.quad 0xfffffffffffff8f7
	.quad 0x3fca54c7e6527861
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x8a28abff596e2457
	.quad 0xfffffffffffffe12
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x018effcff49e8f2a, 0xfe963c355ad0907a
	.quad 0x3fdf9372451b23c2, 0xc1e0000000000000
	.quad 0x68f776b6fd9ce6f5, 0x420b012ebbecd66c
	.quad 0x8b8cb684ff80f0b7, 0x482000003c7b4a5a
	.quad 0x0cfec45af1f8bbf6, 0x6f2f46e9450c3d00
	.quad 0xd1e57387d23331bb, 0x29a78ed475d808f9
	.quad 0xbc1e15710949ce9e, 0xc02c5f2e3d92f918
	.quad 0x80cf7bc00037b5fb, 0x387913238e5f19a5
	.quad 0x4014000000000000, 0xc029a829e5bebe80
	.quad 0xc020800000000000, 0x7fbccbca59800000
	.quad 0x566333a2e2ec4800, 0xc1ffffffffffffff
	.quad 0x062f0c1a53460000, 0x3fcd591d43100000
	.quad 0xe9995172bf4d84bf, 0x8fe63dcf51dda6b5
	.quad 0x7ff0000000000000, 0x3c93db1c7eca71fb
	.quad 0x3409accdb6d31c18, 0x0000000087afdacc
	.quad 0x8616d2c91b5759b3, 0xb73ae3d37f97f7ff
	.quad 0x4007ad7621f25d2a, 0x6c170c082644cd4e
	.quad 0x3de00bffffe81f3f, 0x80229aa443e1d56f
	.quad 0xba5c0657f8bb77ff, 0x854be43387ffffff
	.quad 0xfe181719853317c3, 0x0000000000000000
	.quad 0x216c8fe930f602f0, 0xc0364463d1ea6083
	.quad 0x7ff141450523082a, 0x8334c2fcce4a3443
	.quad 0x5a702a823f025001, 0x3d552cb1bbbda649
	.quad 0xfff7e6948f3edb9f, 0x48c000007f800000
	.quad 0x2187dde443e9d930, 0xbc3e1526c0000000
	.quad 0x8cffe3bf1daa5f43, 0xbfce37e0c0000000
	.quad 0x151a6b20754b45b2, 0x95b14dc98884e0e4
	.quad 0x3fa000003ecb5af5, 0x365a0883de9ee797
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0x0065851c898deb73, 0xdc4dc91f72d25c47
	.quad 0x40336a38efbfcf95, 0x3c2881914fe0509c
	.quad 0x7f8000003fff8111, 0xc34d26964031887d
seed56:
	.quad 0x149024f2276faa4a
	.quad 0x26b8fef8a2fe72ea
	.quad 0x00000000002ac8e5
	.quad 0xffffffffffffffec
	.quad 0x0000000100000000
	.quad 0x199928c2f2d4ca32
	.quad 0xfffffffffffffdca
	.quad 0xffffffffffffffff
	.quad 0xe266b3fd7b7c3e54
	.quad 0x0000000080000000
	.quad 0x0000000000000007
	.quad 0x7ede5cfa98d1245b
	.quad 0x0000000007add256
	.quad 0xf04e373dc661d49a
	.quad 0x147cda21e9d67f01
	.quad 0x000000000192c7ca
	.quad 0x04800000
	.quad 0x90000000
	.quad 0xc1e0000000000001, 0xc330000000000000
	.quad 0x7ff4e09a44a6ab81, 0xf7f208dbb8950766
	.quad 0x007fffff412fe1d1, 0x40b400008072c849
	.quad 0x8000000076168bc7, 0x3fac0f99ebed1d03
	.quad 0x807fffffff8b9ec7, 0x56bf430fa72dfc1a
	.quad 0x692f0853fff6c139, 0x0000000000000000
	.quad 0x800760a071a2e587, 0x424a186c3fffbf62
	.quad 0x5a44d824f5217b19, 0x19992dc65f20d7c1
	.quad 0xbfddadffadb3157f, 0x248252f533bfb7f7
	.quad 0xff897f5cbf800000, 0x80f008e9092d5248
	.quad 0x52add1c119b3fd1e, 0x347df71d4edf8001
	.quad 0xbf8decb5a982ebbf, 0x4b30b43a577f3bd0
	.quad 0x7e347e54d2abe0dd, 0x0000000000000000
	.quad 0xffc00000439302ab, 0x001fe3157fbfc3d2
	.quad 0x7a11107708d91e7e, 0x7f74d7b5416f77bc
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0x8026fb2b80605cdb, 0xc04b7fcc889e853d
	.quad 0x6593e68dfee3c35c, 0x88da90aeff9efc00
	.quad 0xeca37fcbc6b046fd, 0x60c1b2a19d79b91d
	.quad 0x6e780313d92e0000, 0x4122c00000000000
	.quad 0x7ff2be305b0246d7, 0x6a7eea76d7b2fc3f
	.quad 0xc015000000000000, 0x8bc2de767738fe64
	.quad 0x7ff0000000000000, 0xbd73d0e4768f780b
	.quad 0xb3999d83c244c80a, 0xfedaee71fb7c2d3a
	.quad 0xffd62d06a3709fe2, 0xbf92fbbea9cd3f4e
	.quad 0x8020000000000000, 0xc67395a980000000
	.quad 0x854077fcffde6bbb, 0xfa3bcadce61f8400
	.quad 0x7ffaef7b234b0bd4, 0x3ffe3a0c7a1ba0a1
	.quad 0x85a6f9a3ff96518b, 0x493de9113e728000
	.quad 0xfff222ccb30e5392, 0xd4494259ffd0b2cf
	.quad 0x7fa82bd83c0be05b, 0xf0e947fc7425996b
	.quad 0x03d2292d3c900000, 0x034438dddcae478a
seed57:
	.quad 0xfffffffddfec8e27
	.quad 0xb56349b2b9e621c9
	.quad 0x0000000000000005
	.quad 0x8000000000000000
	.quad 0x0000000000000002
	.quad 0x0000000000000024
	.quad 0x00037aa22dfcd51f
	.quad 0x0f2951244628bc92
	.quad 0xfffffffffffffe9a
	.quad 0x0000000000000001
	.quad 0x0000000000000233
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0x00000000000003cd
	.quad 0xfffffffffffffc81
	.quad 0x7fffffffffffffff
	.quad 0x01000000
	.quad 0x50000000
	.quad 0xbfffffffffffffff, 0x57e3e836ca2a4682
	.quad 0x8000000000000000, 0x80400000408c39f7
	.quad 0xe6ffeb6e4afd5400, 0x4015000000000000
	.quad 0x795cf666feffffff, 0x7d86c553fdffe9f6
	.quad 0x2eaa664c7fdb76fe, 0xfea414855862b27e
	.quad 0x807be41840d40000, 0x2d481a32bf400000
	.quad 0x5ef84db81b3c874e, 0xc062081e1aa4ab13
	.quad 0x43edd8837edcfb13, 0x7fcd259abfc186e6
	.quad 0x80c4e6bdd7e4769a, 0x79e30fb37f800000
	.quad 0x3becec1a0045dc6f, 0x508665182fbc0800
	.quad 0x3e4d96c7abeaa565, 0x3fb8dc6f3da7abf4
	.quad 0x7fc692aa3e747883, 0x7ff210428e48c361
	.quad 0x4036abdddadcf775, 0x7f80000080000000
	.quad 0xecc6cb57d5becb2c, 0xc020000000000000
	.quad 0x7dcc419420f6cc5a, 0x7f8b1afe9b825d44
	.quad 0x1a0cdad0ffeb3777, 0xc1e713407ac7e822
	.quad 0xfda30731c6f5178d, 0x7d7db88e1d8d182d
	.quad 0x4eae84cafde66cfb, 0xff5e9e59d7591af4
	.quad 0x70b8b26b54ff9dc6, 0xfff3e6a7e5503d8d
	.quad 0x4031020092b8c6be, 0xc3d309cdffcbaba2
	.quad 0xffbc0ee0ff800000, 0x8000000000000000
	.quad 0xc42c00007b1d209c, 0x006b04968012e39c
	.quad 0xc07a9ca0ca6776f9, 0x7fbf06f52cd0a4c2
	.quad 0x8c8303c057465fef, 0xb3e21491ffe98fff
	.quad 0x87ed7a2280bfe154, 0x3fe1287653b1a470
	.quad 0x0006bf66b7123ac1, 0x4d25363296368980
	.quad 0xc57ffffe1aa774ea, 0x8000000000000000
	.quad 0xbf3bf84d81000000, 0x41080000c1140000
	.quad 0xbf7f6c541b873935, 0x1d40b4b03ff87e74
	.quad 0x66ce6b873b3dfeda, 0x10a0cd433615bd00
	.quad 0x0199d97542981761, 0x7ff5eff658ea2a2f
	.quad 0x0021861aebf2393d, 0x413dee1e98d2d330
seed58:
	.quad 0x8000000000000000
	.quad 0xcb543c40f8c56fcf
	.quad 0x7fffffffffffffff
	.quad 0x18ac4565e1322546
	.quad 0x00045cc3d240795a
	.quad 0xf5bbcff75bb0eea4
	.quad 0xf94f38ebac28f541
	.quad 0xfffff9317a25452b
	.quad 0xffffffffffffffc5
	.quad 0x0000000001000001
	.quad 0xfffffffffffffffd
	.quad 0xab6b9bc49ebe5511
	.quad 0x00000000000002ff
	.quad 0x8c5358b6246a343d
	.quad 0x00000000ffffffff
	.quad 0x00000000000002a3
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x9c0b6b87e6f98345, 0x9bed25ebe98ac6e4
	.quad 0x41c1c77dbf800000, 0x0448d0f8ffce2633
	.quad 0xec1759c6c29ca0f2, 0xc330000000000000
	.quad 0x41fffffffffffffe, 0xfff0ed4e34f9af0b
	.quad 0x8010000000000000, 0x8b49cf865afe1f4c
	.quad 0xfff0000000000000, 0x3febc8570511e96d
	.quad 0x0000000000000000, 0xb1e8bcf53fcdee07
	.quad 0x0bfa6c695ffaf5ef, 0xfff5314c3410d0b3
	.quad 0x40b400000004d590, 0x3fe8000000000000
	.quad 0xbda91247001bac5c, 0x02329435bfd804ef
	.quad 0x40effffffffffffe, 0xc03c2c6e129e143a
	.quad 0x401cb3a06138f6c2, 0x0000000000000000
	.quad 0x0029db16b4643427, 0x8000000000000000
	.quad 0x8b5d78c17fbf32b9, 0x2cb87708fffd5fea
	.quad 0x8000000000000000, 0xd9fffffe8148cb11
	.quad 0x3f8fc7ff2b1301b4, 0x798642cc045d4675
	.quad 0xf6ef4b237fed581e, 0x00000000da7ffffe
	.quad 0xa4dd00424617c820, 0x0008000000000000
	.quad 0x1f3a5a33f3a7a5da, 0xb95a0d9ecd2fc860
	.quad 0xc3bb4c553c5fffed, 0xfa26151a7e6ecb5e
	.quad 0x7fc00000c191e042, 0x7fbc3fe581000000
	.quad 0x873e5a91e3dffcc0, 0x7fa8b14e00000000
	.quad 0xfff3865b9c4d3b80, 0xd0eb3d345dcafbea
	.quad 0xbfc862092401b868, 0xffe1d311850c6c83
	.quad 0xc0f0000000000000, 0x7ff0ad5358b29f8d
	.quad 0x401c800000000000, 0xbfed7ef21a5c1907
	.quad 0x8000000000000000, 0x7058f25b7f800000
	.quad 0x8000000000000000, 0xc09b000000000000
	.quad 0x82ed2b5cdfffab9f, 0x41f349bcd341bba7
	.quad 0x74f460ce81021d0f, 0xc764b8f9f9fffffe
	.quad 0xffde367cb08c2c5c, 0x427c6c7320d08777
	.quad 0xedcdf4d1fe26d57c, 0x736727abade3757e
seed59:
	.quad 0xffffffe85ff6cb7e
	.quad 0x000000008f3b262c
	.quad 0x28d558735f946ff1
	.quad 0x0f13fee10c128e06
	.quad 0x0034428ebf00941a
	.quad 0x00e3a09ad4d96643
	.quad 0x0f2c8ce2c94910b4
	.quad 0x0000000067b9e084
	.quad 0x000000000000009d
	.quad 0xe916c27c5a808513
	.quad 0x00025f33198fa057
	.quad 0xdbe169e836dad513
	.quad 0xfffffffffffffc3e
	.quad 0xfffffffffffffe0f
	.quad 0xffffffff5e468c7c
	.quad 0x6fe5a8144e29d1f8
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x93ad8415feb17c00, 0xffe92799e93372b6
	.quad 0x3f800000403b2ed4, 0x0000000006636552
	.quad 0xfdb809ef6eb2d015, 0xc004000000000000
	.quad 0xbd1ba255f406c68b, 0xda3a8a47c5f2dcc0
	.quad 0x0efada79a00c8800, 0x45c981cc7ef99180
	.quad 0x982fe91dc8680000, 0xee3a531f3c84b890
	.quad 0xe341b7283925b823, 0x3f03469541e2ea06
	.quad 0x7fd92146bfd21dbc, 0xc34fffffffffffff
	.quad 0xb91c7500b190af1a, 0xcfbbfd3f14357d5b
	.quad 0xffc00000fd82c709, 0x40d80000f1814fe5
	.quad 0x7f800000bf441af5, 0x40778c41f68680c3
	.quad 0xfff0000000000000, 0x975fc54eb905a3f7
	.quad 0x42440390411d6c75, 0x827a6b4cacb592a8
	.quad 0x7ff0000000000000, 0x400daedc9c68bd32
	.quad 0xa95f9fdcbe6f7ed5, 0x11513881ffd5ea95
	.quad 0x51f82c15ffaf1099, 0x7ff8000000000000
	.quad 0x94238b61ffde4bdf, 0x01b68098b8d4eaba
	.quad 0x7fee097a7f800000, 0x7f800000bcac0000
	.quad 0x2dd225d449aac770, 0xc07da12effb3d9f0
	.quad 0x35e5df13f597fdff, 0xc0893601df800000
	.quad 0xffe429dc74196553, 0xb6dcb597ffffab24
	.quad 0x74e14141b8455c20, 0x4008000000000000
	.quad 0x7785ce3e5dfffcfa, 0x7ff0000000000000
	.quad 0xdc7d65100e561553, 0xfff0000000000000
	.quad 0x76bbca520b17bbb0, 0x401e000000000000
	.quad 0x802177ce96fe1179, 0x42088d63ff800000
	.quad 0x50137112df7fffff, 0xb86e1b64909eda58
	.quad 0xd7b34119f5f6fd5e, 0x37e35e55404f7c8a
	.quad 0x6cb4a1cd80000000, 0xc0629eb66b7d7d5e
	.quad 0x07678b2b6f2f6ffd, 0x82c4485b1b146c3d
	.quad 0x8136a3ab4f3a7099, 0x5afbab97ffe7d2ea
	.quad 0xa24dfab34c2bff8f, 0xc293c00f7f85f4e0
seed60:
	.quad 0xfffffffffffea53e
	.quad 0x801e1c811d0c3c35
	.quad 0x0000000000006efd
	.quad 0x9b98eb4f6af79694
	.quad 0xfffffc19922c40df
	.quad 0x000000000000010b
	.quad 0x698ab9d0f2a71d0d
	.quad 0x0000000000024085
	.quad 0x000026bf4e3d619c
	.quad 0x000000000000044d
	.quad 0x8000000000000000
	.quad 0xb8f5b08551177d73
	.quad 0x0000000000000001
	.quad 0xe23eba7835469f4f
	.quad 0x000000007fffffff
	.quad 0xffffffffff0f0629
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x3894b59f51d64900, 0x7fc000005e932aa1
	.quad 0xebcd2a92b2d2ffd0, 0x401ba92f8e2ecbfc
	.quad 0x060ee9dfd773cddf, 0x921ddeb89aa7f940
	.quad 0xd4b418b521a14890, 0xc2b0b8de1930b003
	.quad 0x7e3a86b644d78710, 0xa15058c3dcdfbde4
	.quad 0x0ac92369bc2b21b0, 0xff8549029caa7304
	.quad 0x3f72000000000000, 0x3db86095e77f9500
	.quad 0x21f960a9ceeeddde, 0xc0a00000bc4e9d11
	.quad 0x6a377712d652def8, 0x2bb98b2dffb5fdbd
	.quad 0x54117b9180000001, 0xc00b000000000000
	.quad 0x776fbace5760e7ac, 0x000fffffffffffff
	.quad 0x2bd9ee6a6fff005c, 0xf1e483bbdffabbce
	.quad 0x6778a44b83224f67, 0x001fffffffffffff
	.quad 0x7e78d6d026f6a1fe, 0x7ff0000000000000
	.quad 0x732a5db940000000, 0x0010000000000000
	.quad 0xc9bcd6fdff800000, 0x59833fb03c08ffaa
	.quad 0x7eb40e7c01000000, 0x6f9ae3dbc9fefd61
	.quad 0xedff7e0c7f3dff73, 0x3eb4a60dfe800000
	.quad 0xc17ad22080000001, 0xfd1545bc3e800000
	.quad 0x302875c2ffbfffdf, 0x8cd8832971947837
	.quad 0xc0000000002b5e90, 0xa8520cc0f5fc797f
	.quad 0xbc1e60b2a12e111b, 0x3bb4f7613fe397e9
	.quad 0x51f954a93bf61ccd, 0xffc0000042844e37
	.quad 0x800fffffffffffff, 0x43a9d3c1b7470000
	.quad 0x3ebd000000000000, 0xa38792e8a5587c00
	.quad 0x0000000060507e1c, 0x061bb085bf17cba9
	.quad 0x96e8fa7bb3edb157, 0xd5ddc11861924460
	.quad 0x09d7d6f3feddffae, 0x741bc607d54e4830
	.quad 0xbfb37c23a3e1c660, 0x0080000059eae41c
	.quad 0x4012000000000000, 0x0004b760c7740000
	.quad 0x0a6dd857c0aed757, 0x43effffffffffffe
	.quad 0xfe8309e8b0acf4c2, 0xc93ed74216d274f4
seed61:
	.quad 0x0000000100000000
	.quad 0x00000235429d37f7
	.quad 0xe0d8c2561c409b56
	.quad 0x0020000000000001
	.quad 0xfcbc2aa4513fd526
	.quad 0x0000000100000000
	.quad 0xfffffffffffe6c4e
	.quad 0xffffffffffc23e4e
	.quad 0xde52059d94ed0340
	.quad 0xfffffffffffffefc
	.quad 0x000000000000015a
	.quad 0x000000035c0902bc
	.quad 0x8e60e2068dda057b
	.quad 0x001fb6e7f2bd1b87
	.quad 0xd4cda2068b480501
	.quad 0x481bfa411fea1381
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xc2666c4c8ef67fd9, 0x84d3a42541e687fe
	.quad 0x7d900ed60b50895c, 0x000fffffffffffff
	.quad 0xcc0ff307e1717109, 0x048104037fad4ffa
	.quad 0x4b01bd5b177ffbfc, 0x8008f8fa494e3ed7
	.quad 0xff423b5370fe0498, 0x97a5d860c0800000
	.quad 0xb18898ee0e4b9dfa, 0x0001c7341bd266c1
	.quad 0x7838800b52feff96, 0x425d6df97e997fbf
	.quad 0x8000000000000000, 0x72432a4ea655ffff
	.quad 0x733df98431e923f4, 0xbbe80000c0c3237a
	.quad 0xb2282b43f42afc00, 0x00000000418dcf9d
	.quad 0xddeccb5579ffec5b, 0x8000000000000000
	.quad 0x7baac58a7f9fa29b, 0x5819d227ff800000
	.quad 0x000631e2f3135118, 0x7ffa1964007fffff
	.quad 0x6bcf989089cfe4bf, 0xa2f9bfb28239bb55
	.quad 0x821db403ffd69fb3, 0x9cfd782eb9c68814
	.quad 0x403bf478454a0000, 0x402105b0b0e00804
	.quad 0xe8d43f5cfa2fc7fb, 0x00000000ffc00000
	.quad 0xc7d07aaa80f5f5fe, 0x803e272f7fc00000
	.quad 0xc0c3600000000000, 0x00ce968bd5eff66e
	.quad 0x7effffffff7fffff, 0x0e963522f1c47369
	.quad 0x8000000000000000, 0xc026a3d53db47009
	.quad 0xfe800a6571b7a84c, 0x94bf0801e9db8427
	.quad 0x000799eab589f1ea, 0xdeabfe05cde87f5f
	.quad 0xe14d5c77c0340000, 0x7ff498f15d60f1fc
	.quad 0xbd78a6b400400000, 0xd3fded31641f3055
	.quad 0xc0fffffffffffffe, 0x943127d27ff0e5ff
	.quad 0x807fffff3e0184f6, 0xa8c739417f800000
	.quad 0xafaf35aba1593612, 0xf5f54c1ddbfd3a95
	.quad 0x01f5960c01109c75, 0x6432e819f5fef1df
	.quad 0x3fa2c00000000000, 0x35ae29fdbbdd7ece
	.quad 0xffbb8ab8bc9d6bf5, 0x4258537c5f000001
	.quad 0x6b97c69b4cfabc26, 0x7ff0000000000000
seed62:
	.quad 0xfffffffffffffd95
	.quad 0x028653ce185b9646
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0xa4d2f8e34911e6d1
	.quad 0xfffffffffffffe88
	.quad 0xe9ca1992b0d01db8
	.quad 0x0001da9bfea0e3d7
	.quad 0x00000017d694116b
	.quad 0xeee08f0726620761
	.quad 0xac876165d46ef4c4
	.quad 0xfffffed34bcc613e
	.quad 0x000000000000022e
	.quad 0x003a7373f10d6cf5
	.quad 0xf3645368557e7127
	.quad 0x00000000ffffffff
	.quad 0x02000000
	.quad 0x90000000
	.quad 0xc018000000000000, 0xbc015bfb5a000000
	.quad 0xbb1800007f800000, 0x4fe77d53c2d4fa01
	.quad 0xce52d3e281862eb0, 0x6a56a40caa45b1dc
	.quad 0x8027947e48e30000, 0x402ad21b0e649129
	.quad 0xa4bb2aa8da330000, 0x86f96b6977c7c222
	.quad 0x3ff4000000000000, 0x7d8fe3b33d2785fe
	.quad 0x78249bd57fd395c4, 0x1f4dd618ccfe857f
	.quad 0x92827362c1c51712, 0xeccb13affd75b9df
	.quad 0x7ff25a21f206b817, 0xc018000000000000
	.quad 0xbfb704d2cb943fcc, 0x4e9e1aac5e08ffca
	.quad 0xf3fa2b03c84efc00, 0x836762f480000000
	.quad 0xf732a2d880bd3ba4, 0x40150d13d7f82d97
	.quad 0x2d82841f0b97786a, 0xfff0000000000000
	.quad 0x32e7069cff8c7e7b, 0x800f16846ed9c479
	.quad 0x8000000000000000, 0xda7ffffe7ef54dcd
	.quad 0xe42f3a56d30dcf43, 0x01000000bdd90000
	.quad 0xc0effffffffffffe, 0x7f8000003e842460
	.quad 0xc0d8000001447b93, 0x00000000ff9a81ad
	.quad 0xc075fbce3c73d229, 0xed74eecc00000000
	.quad 0xa3b4c29149ac2693, 0x0007001511b7f532
	.quad 0x153f8f04e73d7c1b, 0x7ff20080c85dc208
	.quad 0x6e1ee5b0f4959460, 0xa78c92662c1eb953
	.quad 0x80000000072c982f, 0x80000000bca14bb6
	.quad 0x4d4ae902ed17caab, 0xc0a40000e3c05d30
	.quad 0x80000000bbc00000, 0x800000003e000000
	.quad 0x42d4fe9fc9390001, 0xf26976610019f9d5
	.quad 0x000000008ee19f78, 0xfe596f97acfeedfd
	.quad 0xc004000000000000, 0x80000000ffba49d4
	.quad 0x7f9b853d5fc02a2d, 0x80100e822738d9fd
	.quad 0xca5a0e5e01019700, 0xffd41401e2eb342b
	.quad 0x3bd1725bfff6fc00, 0x405c30557c37b1ee
	.quad 0x00000000bbde2fcd, 0x7ff1e1d82504a0ba
seed63:
	.quad 0x0020000000000001
	.quad 0x05390809446c0f64
	.quad 0x0000000001000001
	.quad 0x00000000000000dd
	.quad 0x00000000069308e2
	.quad 0x8000000000000000
	.quad 0xfe9df9e06b8efaaa
	.quad 0x0000000001000001
	.quad 0x00000000000000e7
	.quad 0xb67f78bf20baa8d9
	.quad 0x6fd00351e78ca807
	.quad 0xfffffffffffffe8e
	.quad 0x7651d89fb9995f08
	.quad 0xa745bba4734962b5
	.quad 0xffd87ed984db9316
	.quad 0xfffffffffffffe09
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0x0cb97a7735053af1, 0x403854401934330f
	.quad 0x0019734d00099817, 0x4038ff60960cd9d1
	.quad 0xf152fc5700000000, 0xbfbac2d9bdd29498
	.quad 0x80239e0581000000, 0xcfe59b5e7ff9f919
	.quad 0x7fc00000bd5d2198, 0x40b8000047fffffe
	.quad 0x6eee52b080000000, 0x2272f281ffd15a9b
	.quad 0x7fefffffffffffff, 0xa16bf2f97ef9c578
	.quad 0x59830aeb1c6fb79e, 0x7f9bd4f8da000000
	.quad 0x03c0179cd94983f0, 0x4010000000000000
	.quad 0xf6b77d78644f88c3, 0x739de5df0038b415
	.quad 0xff81d06cbbaf705b, 0xcd2559441d82dffd
	.quad 0x4354efcf3e306e0a, 0x813b70b6777bff7b
	.quad 0x9a485229ff9eff1d, 0x8092269e0557d5c3
	.quad 0xbff4000000000000, 0xbff4000000000000
	.quad 0x3e721b9fff800000, 0xd91d6554de780114
	.quad 0x800fffffffffffff, 0xc1700000f138031d
	.quad 0x023ec837fd791f3b, 0x91009f95c1d80000
	.quad 0xafbfdfe81519970c, 0x7810388675fcbece
	.quad 0xffe0000000000000, 0xfff0000000000000
	.quad 0xe36893dec29d2268, 0xc0fd270667996dd4
	.quad 0x42c20a646bfa7da0, 0x4c9dac3a00000000
	.quad 0xc01be8ee8d6fe6e2, 0x9104476d811460b7
	.quad 0x0d6728f43f76ff87, 0x16b4459808165368
	.quad 0xffdfffffffffffff, 0x763afd29bffffec0
	.quad 0xbe3a52cfc32b0715, 0x06c98ab2fbdf7d91
	.quad 0x5f983c2c1b4d899c, 0x59ed315bda1afd49
	.quad 0xc3c9d0a7da1ec580, 0x7dd5f0af10f88de6
	.quad 0x3f83ae77a381bc4f, 0x106c289dfbfbeff2
	.quad 0x4012000000000000, 0x047df62269daad09
	.quad 0x1440463cd2f980b1, 0x583fd9f2124781ef
	.quad 0x3fdbc2a20ec0318c, 0x806077b0ffb7a53f
	.quad 0x85d1b5a8f8fffde3, 0x801680567effffff
