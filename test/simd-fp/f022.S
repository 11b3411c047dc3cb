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
	.inst 0x1f05b0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1f8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e039892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea1f9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea2edb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e320916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e24c1b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e710108
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
	.inst 0x1e6200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e589c6b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e20c63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2fa0913e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e73583f
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
	.inst 0x5e68ddb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee24152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e240203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f65bc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e753015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e641016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e625858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f36b459
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
	.inst 0x1e6241fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e617d5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f40fd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee3c59f
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
	.inst 0x1e6c2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea8edd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f08c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20a580
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e321815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6200f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e34e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6cddd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcd5039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7008ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2501ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ee41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b681e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62419f
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
	.inst 0x1e2b3810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c3892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6d1d33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee6d594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e70ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61a977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0c918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f39fd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e42c57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43a5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61d97c
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
	.inst 0x4eafff9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee0ef3f
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
	.inst 0x5fa31110
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
	.inst 0x9e42cd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0e2533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6541d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1a975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6fd458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2178f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0ca7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3902eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e232230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e71f49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67411e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee241df
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
	.inst 0x4fc41830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e618a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6ec492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e73e4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e244275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e214076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2188b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6fd4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21d81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e19d0eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e20010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f085d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e26fcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7901af
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
	.inst 0x9e2100a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f67e4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f62e593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e185984
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f41d116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c24d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6ed5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0dad19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e60d4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1981c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f61277d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc09bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21d87f
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
	.inst 0x1e2d79f0
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
	.inst 0x1e605972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea7e593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6201d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e633857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fc751f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d0019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0d8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f45fc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2501ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2902cf
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
	.inst 0x9e5999c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6388f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6bf68f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fc29a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e03d057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25762d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2300b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee2d5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f22b9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64417e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e71006f
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
	.inst 0x1e28d470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e30fc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6909b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e65fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e645d34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e337539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23945b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1f9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea0d8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25c17b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1a87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6ee53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fd2183f
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
	.inst 0x7fcb9830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a09d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eb1ed13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea1d854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61c515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0bba96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b46cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2900a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2100a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21b89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6300db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e20018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c38fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3b69fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcc589f
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
	.inst 0x1e274030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f909131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e6168f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c5a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fd39836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e219977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6edd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f5fe419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6020f8
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
	.inst 0x5ee0d89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c23d
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
	.inst 0x1e283bdf
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
	.inst 0x9e240100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f212831
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
	.inst 0x1e42a833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2809d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6119b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8d59b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e62eef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaae41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd55b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1f9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1b9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e216abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e42c95f
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
	.inst 0x1e6f1810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c1f1
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
	.inst 0x6eb0f8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e71de54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e038475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f49d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2101c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3800c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70c95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0d85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61ca9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1a99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea9fc1f
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
	.inst 0x6e6189f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3900a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e033c32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7101a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30fa15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2038f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7358d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e210008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22d019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21c95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67087b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24c05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d30bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc3991e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eaded5f
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
	.inst 0x1f4aa570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e02d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f254552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e678953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea18874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0c975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e27edd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fcb9217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0d9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61aa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f8659db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a189c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61a9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e32391e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4135ff
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
	.inst 0x1e2c28d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e6169f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3139d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e216873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58ace5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e025496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eaad4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fa99a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f579199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4abd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c689c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3168bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b89be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee9ec5f
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
	.inst 0x4ea1d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e243851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee0da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e719013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f34e434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e219a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2809f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3900e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e761879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20e5ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f452d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e18a12c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f093d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b29be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f452a7f
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
	.inst 0x1e274830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1b9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a5e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea6fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c1875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f25b9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d2877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e039438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e64016a
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
	.inst 0x6ee1a87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d8a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19452e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e616a5f
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
	.inst 0x7f849110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6edcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e293893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea19a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef4e515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e19de06
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6829d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d7938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30d839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f675c7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1f85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e616b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f55e57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eebfc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68949d
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
	.inst 0x5e61c930
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
	.inst 0x4fcd9892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e72fd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e613914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f831938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7800a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21a95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2201db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1a8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f3aff5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2900ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26397f
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
	.inst 0x6ee6c4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f0931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6e08b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f704593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6ac434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e60f595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd09856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e217a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e37f5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1a95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea188fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e29ee7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f65b55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e68ed9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27ccbf
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
	.inst 0x4e6179d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e425091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6fdcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e711664
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1fc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0f856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f4ce4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e304ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c6a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e27cc1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65940d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2121f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e71004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ede9f
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
	.inst 0x1f0ca5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e28fdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0f993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e60c414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c0815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f68add6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21aad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f2858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d689a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2089fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee19adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d399d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4bbe3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21403f
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
	.inst 0x1e6541b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e690201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1a992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e311a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e18d286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f31fd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e697818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e722140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1dafa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6348fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f640edf
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
	.inst 0x2e20c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2bf491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee4cc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e235014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd291b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7b9016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0f957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e19d969
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f48159a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e0652
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f22eefc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e20006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f45889e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2639df
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
	.inst 0x0e2adc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e617971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e217952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e63e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea19895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6800e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e68c577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30dab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21ba39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e702090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f20fd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fae907c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e36181d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202058
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
	.inst 0x0ea18850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e66b632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4e30d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f14d115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee9f656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e218857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f66c8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee9ceba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e187b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3902ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eafcd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2001ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63003f
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
	.inst 0x1e2740f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2301b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e259c32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f3913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21b915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e697016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e224857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f39b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e640ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21a9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e390a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0d59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2c005f
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
	.inst 0x1e232050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f4dfcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21e592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e700143
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
	.inst 0x4f37fc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0cd1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3101a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6200fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f7b905c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e42f4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c21f
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
	.inst 0x1e6a08b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61a8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b5a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60f47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e780084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eaed675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e688896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f2837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2528f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61b91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2729db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f2260
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e0682
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e1996ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0fd9f
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
	.inst 0x1e620170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e677991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e312210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e200203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e614014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e68fd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c2b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e25fcb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f448d18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fca111a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21891b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ef5ff3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e617afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62587e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6800af
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
	.inst 0x1e235890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e5975e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea0c852
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
	.inst 0x9e037474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b6a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e63c596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c0ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eabf678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e639ed9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee241db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e77587c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e358c5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e632260
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2200bf
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
	.inst 0x4fc51030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e186201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e20e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e619973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2cfd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2300b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e8916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd39877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7101e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62433a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6142fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f31e53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6320a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3c8cde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7800ef
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
	.inst 0x6fc89930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e243a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fac99b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0c9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e2be654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f509d15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22cd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2addf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67dcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e300029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f73e45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7101cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29034f
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
	.inst 0x4ee6cd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e6cdc11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fa49072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6c3593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e685a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f13d656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e29c458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fb45319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c74c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0f9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f50399e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e0561
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
	.inst 0x1e650160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e680041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b0972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e0371b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e593e24
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee6c655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f4de436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2620b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e210128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6b1039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eaad61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e60018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39adfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e214570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f63305f
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
	.inst 0x2f33fc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2179f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e203832
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
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eefd415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e22fd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2002e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d3059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66feda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2fe55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e33791d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f1dae5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3801cf
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
	.inst 0x4ee7cdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e630011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f513932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21c973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e73f494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2400e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e232a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e640127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61ca38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f6efcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e28000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0d89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b185c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e2fed1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f773d3f
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
	.inst 0x1e6f39d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a19d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f71a212
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
	.inst 0x9e650124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0fad35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e18b9e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e036997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e66ecf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a2a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61785b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2318bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6929df
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
	.inst 0x5f849110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f454151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e42b1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea1a973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e0d14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e303875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea0f9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4aa897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e299c78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f024539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602308
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c29dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2829de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0fa3f
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
	.inst 0x1e42bd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e60e531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6200d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e692a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e642a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea0ca96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e633938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e214319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e32b01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65389b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6e1e3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6de6fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61a83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65385f
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
	.inst 0x9e780100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21d9b2
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
	.inst 0x4ef3ce74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0fa15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e216996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21a919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6bfc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58eaeb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e61691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61d5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6448ff
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
	.inst 0x1f4404b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2441f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e628892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f3dfd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e680894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2500e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fca91b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1f997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e332a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7fa198fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63fe9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25b01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21a83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f195f
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
	.inst 0x7e70f830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e280161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e31f452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0eacd613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61cd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e712a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e252877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e242290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1d9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e71ed7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6201bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43fc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f32fdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c91f
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
	.inst 0x5e21d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e42ad31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7120f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f871a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc51074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2f3155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43d896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6928f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e780068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2aee19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e60e5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f56b83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f881b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3901ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2415e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c27f
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
	.inst 0x1e2100c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eb1e632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c345e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6200d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6cc215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2cc676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ff6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e616918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f56fd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f59813a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7901cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e286f3c
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
	.inst 0x7f48e41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f64b45f
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
	.inst 0x9e380040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59da01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea6ed32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2200f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e600104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e746835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc41a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e716857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e62ac38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a8979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef9e67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e725dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fa99a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d08bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e24ec7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e68006f
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
	.inst 0x5e2cdc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e24c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f9099d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18ad04
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e742290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25058d
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
	.inst 0x9e62001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f38e43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2fc47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2c8d9f
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
	.inst 0x1e66e44b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7109b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e60e453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f659494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2a4035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7528f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e697018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e39dcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee241bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e60e73f
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
	.inst 0x1e6b29f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0c8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0d892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61b8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e207a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e243895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e662230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f1681f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e69c4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26487a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e22e4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2ef5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f47b91f
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
	.inst 0x5fa59830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e20fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e312853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2168b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f519075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f442a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7fa79298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2189fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee5f65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60085d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61df1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61a8ff
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
	.inst 0x1e266890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e30f591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e214113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e4310b4
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
	.inst 0x1e23c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6fe477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f524ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e64006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21989c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f4ce5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0eaad77e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f81f
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
	.inst 0x1e65c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616911
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
	.inst 0x5fc710f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e020c54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21c8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e214098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2720a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6020a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f84b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1ab5d
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
	.inst 0x6ee1b91f
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
	.inst 0x2eadf5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e217911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e290182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f50c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f8899b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0ad115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e589887
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f04cc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f79f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1bada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c2110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3801ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6c0c3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b185f
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
	.inst 0x4e61d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18ba01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f430572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e664833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f49fe54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e618875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a2110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f8857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f259c38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e218839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23689a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e712040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ccdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4eb5bf
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
	.inst 0x1e1898e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6201f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0d18d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e72e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e69d435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eaaf635
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
	.inst 0x1e6e5017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea0d858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7778b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62407a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2dd49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e432ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c07d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e79ccbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602048
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
	.inst 0x0e21d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e284891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f08f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e29dc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f5cfe34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f338136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1d9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eadf458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d887a
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
	.inst 0x6e21c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f3de55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e24f53f
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
	.inst 0x7ee6e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e678e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7188f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2acd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e731a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1d976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e350ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f851118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21d8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c03a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61699b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b3b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202398
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b283e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24185f
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
	.inst 0x2f31e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fd09111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2201b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21d833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21ca34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0f3016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e617917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0ea98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f661cb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2403b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f809b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0ba0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eacd43f
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
	.inst 0x1e61c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e26d4b1
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
	.inst 0x2eb1f453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc318b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61d858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e791a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0f9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f031e9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61a8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2200be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0fbdf
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
	.inst 0x1e682810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2421e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f25e552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e252200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c1d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21b49c
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
	.inst 0x9e610087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e23dc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6429f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eaad5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa3997b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e222080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43ec7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef8ef3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e71008f
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
	.inst 0x7eead590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30c8d1
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
	.inst 0x6e6189d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2278f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e690165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60640d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1a957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70d878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f3bfc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0ec1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27b01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f162f1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2201bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e25f6de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f8f907f
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
	.inst 0x0e6178d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e310081
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
	.inst 0x1e220113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f4896
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
	.inst 0x9e2301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f233919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fc0995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61483b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f00c4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6139dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e43651f
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
	.quad 0xb1911ee4057e18f6
	.quad 0xfffffffffffeff41
	.quad 0x6c3b8faa8f97c505
	.quad 0x00af88f95d6791b1
	.quad 0x00000058493a6a7b
	.quad 0x2b61c3b7e7f7849a
	.quad 0xfffffffffffffcfc
	.quad 0xfffffffffffedad8
	.quad 0x0000000001000001
	.quad 0x197c0b99fa8408b2
	.quad 0x000000000000002b
	.quad 0xffffffc41994a613
	.quad 0xfffffffffffffe52
	.quad 0x0000000001000001
	.quad 0x903aa65d4e1ad5f3
	.quad 0xff33c7d0599696ad
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x41e0000000000000, 0xfff0000000000000
	.quad 0x406cfa29e4c2313c, 0x81298b5154a47c00
	.quad 0x80000000beadf227, 0x8fd96635dbbbf6d0
	.quad 0xf7238d3d1641a450, 0x037a8b0438f0fa7f
	.quad 0xa33867dbfff6df38, 0xfff0000000000000
	.quad 0x40e8600000000000, 0x5ed0fb5cdfdd7678
	.quad 0x00000000007fffff, 0x283932423023fc8e
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0x000388343d687de5, 0x5bb3b82e969c7c00
	.quad 0x3a4d4bc73fef7ea7, 0x5980d5ca00bc24f0
	.quad 0x6b2de7a4fffdbffe, 0x3ff554b0d11fedf5
	.quad 0xc0a00000c056ccc4, 0xa6aa55c671ffffff
	.quad 0xae727ad8bfee47c0, 0x3ffaa70567be7cd7
	.quad 0x8169102b373f50b9, 0xbfa56e702b6fda66
	.quad 0xc300d6663faef9f5, 0x0022c22a7fc42ec8
	.quad 0x36640000862eab72, 0xe9e6ba12159a5eb3
	.quad 0x2585712058e50389, 0x0000000000000000
	.quad 0xc95c00007ef3a43b, 0xfa902b79cffe7e2c
	.quad 0x7fdd7d80b89ffc00, 0x21cd1e9fda7d821e
	.quad 0xbe27f22a43ace315, 0xbd2c386b7fec8166
	.quad 0x369975bbc77ffffe, 0x7ffff16ee0fcab7f
	.quad 0x00000000843ff2e1, 0x40e51732ff9455bc
	.quad 0xabf66ed743fcc240, 0x421d440eac4b5160
	.quad 0xe9ccf3477ffd8000, 0x5b81fbaef76c4830
	.quad 0x8cdbfa08ff2f4c8c, 0xc701bdd5a7a58000
	.quad 0x269d3bc5f7657d19, 0xfff8000000000000
	.quad 0xef50c344c1000000, 0x80000000eefdbcaa
	.quad 0x8000000000000000, 0x7fbde68e47ffffff
	.quad 0xd9c2d629bbfc90fb, 0xfe800000c0200000
	.quad 0xff8000003a600000, 0xfff3ec8ccf1d700f
	.quad 0xf693d39abdb5ff8e, 0x7f7628546859c440
	.quad 0xff13c70001dbfc65, 0x031ba692c827a631
seed1:
	.quad 0xffffff6a95638e84
	.quad 0x0000000000000004
	.quad 0xfffffffffffff6ca
	.quad 0x4a5fc16e647b3bd2
	.quad 0x0000000000000000
	.quad 0xffffffffedcf2382
	.quad 0x9b965497e2d3b219
	.quad 0xa34a95a4f63a018f
	.quad 0xfee0b514a0286964
	.quad 0xffffffffffffffff
	.quad 0x000001cd8aa8fab7
	.quad 0xfffffffffffffe9b
	.quad 0x00000f270b9418c5
	.quad 0xfd027b8e18675307
	.quad 0x00000000001966aa
	.quad 0x174a2a804500ca55
	.quad 0x01400000
	.quad 0x40000000
	.quad 0xf52ea1ae3fffb6af, 0xffc00000feffffff
	.quad 0xc0475924fe584d72, 0x763272767ce63335
	.quad 0xbb18a1b14460fe00, 0x7fdf5fe79c9d59f8
	.quad 0x7f8000006ef70f36, 0x9b167225fffdbfff
	.quad 0xed37d074e87a3cc0, 0x8131a80dcfffffff
	.quad 0x800000003c300000, 0xfa23b790a88a92b7
	.quad 0x7ff0000000000000, 0x755edfa1c14b9df5
	.quad 0x7ffabac6c2249565, 0xe2d7a15f3fff97ee
	.quad 0x42bad5e300000000, 0x82469c66ffc00000
	.quad 0x05a4e424ffff750f, 0x7effffff41160000
	.quad 0xdf80000180029c0d, 0xfffd64803a46d1b9
	.quad 0x43c02c4516ffff4f, 0xc3f14c77b257e464
	.quad 0x733cf3673f800000, 0x5b67242c97654e40
	.quad 0x5149a163fff2a306, 0x000fffffffffffff
	.quad 0x7fdfaeac00000000, 0x29e35b31d0ed7444
	.quad 0xeb8822037b5fc5c0, 0xd021258ed3b9ffbc
	.quad 0x19f2e4fdc3da9a38, 0xc06d10f2c8451876
	.quad 0x007fffff808b1c02, 0x3dd52cf4807fffff
	.quad 0xff9bd9284308c21b, 0x3d1790d574297ca3
	.quad 0xfde035d02215ff15, 0x407209b386a03687
	.quad 0x9a8069c4ab72fe00, 0x002c888739000000
	.quad 0xbe6cbc8f002a2e8c, 0x43aab8784f000000
	.quad 0x63529127ff909dc8, 0xf48bf01b59800001
	.quad 0x88d83dfcc0eaf888, 0x4953741b9a298222
	.quad 0x80000000c1140000, 0x2c4a6fc6e73e7000
	.quad 0xfe64c76013e45290, 0x8009b025716a3abd
	.quad 0x004000007f800000, 0xd31f088fff9a0f58
	.quad 0x3f845a9f26555a4b, 0x0dfdcc94856d6a66
	.quad 0x4012000000000000, 0x7ff0000000000000
	.quad 0x0009f44f7e4e1d44, 0x3f400000c0400000
	.quad 0xe1b370eab8b7f2b2, 0x370b9a156f10c9d7
	.quad 0xc585501901de21ad, 0xc0be9e1e53547056
seed2:
	.quad 0x1da0eb217d76f0b8
	.quad 0xa56830b58b64096e
	.quad 0x5a4fcc75f148d917
	.quad 0x4479ea57f2e8a881
	.quad 0xa27347b647eb5e46
	.quad 0x0000000000000285
	.quad 0x0000000000000024
	.quad 0x2b1fd697aa9ca831
	.quad 0xfffffffffff85b6c
	.quad 0xfff954686e578b9f
	.quad 0x5cc1bb4f2f753769
	.quad 0xffffffffffffffff
	.quad 0x00000000e3cc7149
	.quad 0x3e1ea59e39c6921f
	.quad 0xfffffff7230d04e8
	.quad 0x0dbc5483a6ccd9d4
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xbfe00000005dee1e, 0x8c9d77c291cca1d5
	.quad 0x8cd8c19346762139, 0x802fffffffffffff
	.quad 0xffc0000056743655, 0xb27754e87feb7f64
	.quad 0xfffbc0ffa05b83b8, 0xc3f3bc667fbafbe1
	.quad 0xbfceda9e887ff4c5, 0x34557182b58d3347
	.quad 0xc030cdfc301e5d03, 0x5afee9e5c83d15a4
	.quad 0xc018800000000000, 0x62be1808fbbfa6ff
	.quad 0x2d512073ca74c5e3, 0x9b804105dffff5be
	.quad 0x7ff036217369bafb, 0xc2e4f04c8223d963
	.quad 0xbfe9e6e500000001, 0xede50379d52136af
	.quad 0x3dbc0b6c23fe616d, 0xfe890f1c80581044
	.quad 0x8352ba7fa32b3f5c, 0x106f28aa21fd6eff
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xd82a3261c421251c, 0x5a1ac975d7c3c5ff
	.quad 0x803c96b4b790118e, 0x43fe0000bf9073a4
	.quad 0xffe0000000000000, 0xff800000c0b00000
	.quad 0x054ce504c6d55cfd, 0xbf9f1f2b92f83293
	.quad 0x9a802dc74bbe6bec, 0x41b232f6ffea7e7a
	.quad 0x800000000c2cb88b, 0x543951c2fd5f2577
	.quad 0xf5f13db2985a5759, 0x807fffff9db287f1
	.quad 0xf1e267609d63796f, 0x5fd9a1e84198932b
	.quad 0xb7e74da96076bcf3, 0x8979bccdd3797ca9
	.quad 0xe7cee82cc779d4f7, 0x1d3bab15d500eef7
	.quad 0x4dbe4c5996aeffd5, 0x548c6a3cebe5ac72
	.quad 0xcaab08d829c87d60, 0xffcd631747c671db
	.quad 0x0013288c4908b995, 0x9e5d789cbf039733
	.quad 0x80dadedab416bf97, 0xa7f1fd8a2eb2ab96
	.quad 0x71a8879e7e46b6f2, 0x2b1ac677e51efc8b
	.quad 0x7172a7cb9347f95c, 0xc023400000000000
	.quad 0x000068c61f33148c, 0xe834e1a497dbfaff
	.quad 0x3fec000000000000, 0x800000009a0cce89
	.quad 0x3f9123aee48d2d30, 0xe3c59c0816187a90
seed3:
	.quad 0xfffffffffffffc33
	.quad 0x00000000000000fb
	.quad 0x0000c8d7b0c06738
	.quad 0x0000000100000000
	.quad 0xffffffffffffff11
	.quad 0x000000007fffffff
	.quad 0x0000000007cf4c41
	.quad 0xffffffffffffff3a
	.quad 0x000000000084eb1d
	.quad 0x000000007fffffff
	.quad 0x00000002da26308f
	.quad 0x0002482d23458a0f
	.quad 0x000000007fffffff
	.quad 0x62036b5c2e8ec8d4
	.quad 0xa6196bb313ea76f4
	.quad 0xd9fe095f8c0ac48a
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x04d0c7ec3c05b477, 0x001dd4a27d85000b
	.quad 0x4004000000000000, 0x7ff0000000000000
	.quad 0x943ab8021cb2fb00, 0x0004aace2ae3cd61
	.quad 0x98aae118c2554fa6, 0xdaf50474ffbb6783
	.quad 0xf9844a86f17f49cc, 0x6b455490fffced6f
	.quad 0x0012171896f90f41, 0x787c358fd4d2f288
	.quad 0x2e21278a57f5fe00, 0x9679d40cff2312b2
	.quad 0xff800000bf715ee4, 0x812aaa7343b1ba9b
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x6c58d539f7d7fede, 0x3cd49a24ffc00000
	.quad 0xbff998a2624113f0, 0x88435626a832a2cf
	.quad 0x8b2e98b486f0e31f, 0x6b64a1d90645d5cb
	.quad 0x3d5c6dbf8ca14da7, 0xff9fea9bc2447d10
	.quad 0xc0cc00000021ec69, 0xa17d69edaf0e7c61
	.quad 0xbed0000000000000, 0x8000000080000000
	.quad 0x809577a7a98c7606, 0xfff1be3aa4ccb5da
	.quad 0x1d4d1ff6ffd18000, 0x8049b71071a2168d
	.quad 0x7ff0000000000000, 0xbbe3b42480000001
	.quad 0x05150ef1b5d5fe00, 0x3fa00000115a73aa
	.quad 0x000b5a1ceabf4ea5, 0x404883fe81209b5c
	.quad 0xff800000ffc00000, 0xbb8ed5f97c7146f4
	.quad 0xc700000055b24e27, 0xbece86b6bfcd5fe2
	.quad 0xeedcb31c87677e00, 0x10ed19a33ffffffe
	.quad 0xff81863e00400000, 0x40399d072293af33
	.quad 0x4f4519679b2f55f7, 0x0bdf322ce3a77d14
	.quad 0x48c00000c1060000, 0xbfe2bf1197e9a3ee
	.quad 0x4d29ae85996e7e00, 0x2090d3cfdffffffe
	.quad 0x26b4b749bf64577d, 0x37ee2d53b25bbcdb
	.quad 0x7ff0000000000000, 0x0008000000000000
	.quad 0xc0e8000039f77665, 0xb4658de6ffdb9512
	.quad 0xc023400000000000, 0x805a6ea8802818b0
	.quad 0xbf63a8cada7ffffe, 0x1bde69e7f4d952e3
seed4:
	.quad 0xe7c32e75f0f7a31c
	.quad 0xed43553ef21037ab
	.quad 0xfffffffffffffc19
	.quad 0xffffffffffffffff
	.quad 0xa3fbbb3bd3e4d782
	.quad 0x000000007fffffff
	.quad 0x2db189b60c612eac
	.quad 0x3671dc7c5697b1b3
	.quad 0xffffffffffffff71
	.quad 0x1c8488985f71545f
	.quad 0x3f71dd7c45938da5
	.quad 0xb50cf214c27a02e9
	.quad 0xfffcd9796bf430b8
	.quad 0x0001e5d819d8a95d
	.quad 0xe62741b0333c1f0c
	.quad 0x00000000059c1b9e
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0xff8000003fd31255, 0x86fe68f3bac51518
	.quad 0x0fdf337984c57c00, 0x836c8ebfca5aee55
	.quad 0x36180000feffffff, 0xc2124d4ce2dda93d
	.quad 0xc7d55a897fe04d78, 0x04afa3c1555af83f
	.quad 0x7f965c25856a71d5, 0x017fffff40c6e5dd
	.quad 0xf542d73d7fc00000, 0x40311bb0002998d2
	.quad 0xd03625f719fefebb, 0x41cd291da9efdffe
	.quad 0xfc5480f53bbb3510, 0x3ffb90f6a92f39da
	.quad 0x0040000040f1ace3, 0x1bbdcc86c0dc5a00
	.quad 0x7f8000007fc00000, 0x325ca221d9800001
	.quad 0x7c20f10adf2e062b, 0x7b5e3d645aff0bff
	.quad 0xd91c9f264ffffffe, 0x42e9629bfeffffff
	.quad 0xfb5b1acd31ef8000, 0x7c789ce9f2e7fbe6
	.quad 0x40b00000bcc00000, 0xbff2b57f14a846e6
	.quad 0xff800000f6f2913c, 0x5ef8a4127f930de9
	.quad 0x402b17044ea812ce, 0x7ff3c7e485c0736c
	.quad 0x6ece81cb22a879c8, 0x59aa16ab309b6f7e
	.quad 0xc3e0fb79364c82b9, 0x8e74302f80000000
	.quad 0x0000000000000000, 0x0000000080000000
	.quad 0xc09c0c210e146000, 0x41200000aec60a1c
	.quad 0x12b4b812e9fdeb7d, 0x7ff0dca844e42552
	.quad 0xafd25f89ebe4fe32, 0x7ff0000000000000
	.quad 0x8000000000000000, 0xff8000007f800000
	.quad 0xbdfc6449be137358, 0x66da466ee48943ff
	.quad 0xa01fd563effb5ffd, 0xc12000007fb962cd
	.quad 0x63d8f42740900000, 0xc1f0000000000000
	.quad 0xbf2c000000000000, 0x81a96d9d614392da
	.quad 0x7ff0000000000000, 0xc36000003d621e32
	.quad 0xfddff5c57dbd3175, 0x00000000830cc70e
	.quad 0x437786d13df39439, 0xbff477a93f7bbf97
	.quad 0x00000000b1397dc5, 0x7f81cc5e477fffff
	.quad 0xb94c82a8c3dc0a28, 0xe5d9312fbbf09c38
seed5:
	.quad 0x00000000ffffffff
	.quad 0xeb5c714ca90c9c3f
	.quad 0xada74b878dbbf51e
	.quad 0xdea3575873160083
	.quad 0x14e5c9839f913b1a
	.quad 0x000000004b36899a
	.quad 0x854c28ff901a12b9
	.quad 0xeb6021e403fb806d
	.quad 0x0000000000000119
	.quad 0x20030e9f2a06c9c3
	.quad 0x3e9da5b1f71e4bcf
	.quad 0xfffffffffffffe34
	.quad 0xffffffff80000000
	.quad 0xfffffffdb89effd5
	.quad 0xfffffffff239ce0c
	.quad 0xffffffffffffffff
	.quad 0x04c00000
	.quad 0x90000000
	.quad 0x1936a8824bfeaf9f, 0x27111a52b0deed4f
	.quad 0x3c645c65ed9dfc20, 0xfe275fa6df12d92c
	.quad 0x000604ea1643fe15, 0x9e176b0dbffb66d5
	.quad 0xe7d3c58231a8d353, 0xc3a49b69806930fe
	.quad 0x1a3eb4cb7afffe39, 0xbc444a7776fccea9
	.quad 0x7fb2eb2000000001, 0xefcb0f8bb0ee2d48
	.quad 0x71bb0b8f9e50d522, 0x2288e188f3fdffff
	.quad 0x1aafc629ffbfff85, 0xc357e764678fbeaf
	.quad 0x38c1b70b000ab4dc, 0x411de00000000000
	.quad 0x7ffeed9c56febc4f, 0x00000000c0500000
	.quad 0x7ff0000000000000, 0x6407a5a111fffdc2
	.quad 0xc90532db3a7fffff, 0x00b13590f6f48b8f
	.quad 0x18362d6fec83c8df, 0x3d4c9ef04971b85d
	.quad 0x3febc9be775859ef, 0x329b7691d0617d7d
	.quad 0xff9e6fae59800000, 0x67295b752c25d2cb
	.quad 0x6fd572ad9ffadbde, 0x400f000000000000
	.quad 0x369b760c5bafbfd9, 0xbf80de725f820631
	.quad 0xde5cce69f9b82fa9, 0xc0000001ff000000
	.quad 0xb4a7a985b8ee7866, 0x3c272100963b47bd
	.quad 0x463cc4da5370826a, 0x43958b3025d0da39
	.quad 0x5500000041cb4c97, 0xe03c3967dc6bab51
	.quad 0xbd77140a03d5d7f0, 0xc017bd82435a5560
	.quad 0xcdc7c8ec638fb8b7, 0x007fffffffa3c5cc
	.quad 0xda318c73be9993c5, 0x7ff23a65fef527c5
	.quad 0xc01f800000000000, 0x48c00000ff800000
	.quad 0xa13466bad5a7511f, 0xfc892d68c7000001
	.quad 0xa00a8c2bd3fd0001, 0xb319e09afd68beaf
	.quad 0x7ff05148614f3ac6, 0x3ee8000000000000
	.quad 0x00257b11a7ddeef1, 0xfe543aecef9e43eb
	.quad 0xffc00000feaa70fe, 0x01c06335205eef33
	.quad 0x8a4d359da735af39, 0x801afe4f1bca9299
	.quad 0x8000000000000000, 0x8e8cda6fc14580b6
seed6:
	.quad 0x0000000000000144
	.quad 0xbc377fdb307d7252
	.quad 0xfffffffffffffc56
	.quad 0xfffffffffffffc30
	.quad 0x0000000000000051
	.quad 0x02fed34cd7b1233f
	.quad 0x818643e740f79957
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x000000000000c1d5
	.quad 0xffffffffffffe369
	.quad 0x000000007fffffff
	.quad 0xfffffffffff267b6
	.quad 0x4a5ae5a74ddd0177
	.quad 0x000000000082fac5
	.quad 0xfffffffffffeefc3
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0x4063b6eece4e0dd6, 0xbe850000c37a3359
	.quad 0x4f7fffffe1561ef7, 0x3f18000000000000
	.quad 0xc060d07cfb461ac5, 0x47800000c5aa0000
	.quad 0x817c58e800000001, 0x200a77ffbcd934c0
	.quad 0x00061c7145cfee14, 0x40600000c07fffff
	.quad 0xcf7ffffe47ffffff, 0x40fffffffffffffe
	.quad 0x7ff0000000000000, 0xff60eb47b278d826
	.quad 0x3fe8bf193176071a, 0x2378c5ffffaef213
	.quad 0x40287f6d867132f5, 0x3ff000007f800000
	.quad 0xc28d5b9093716903, 0x7ff0000000000000
	.quad 0x6e4604e2f3ac7e00, 0x9105987c045d0a12
	.quad 0xfb14fdea3af0fcca, 0x40ac000000ffffff
	.quad 0x6bd0ef6dba329978, 0x7f800000884e6b6b
	.quad 0x3dc8b43e6ad778e6, 0x13d14f40c367dd0f
	.quad 0x99026d72a406b09e, 0xbf96da7d7c3e2dcd
	.quad 0x3e4e230e3f800000, 0x6df8f50582de7900
	.quad 0xbf7c4ef289660623, 0x813c7e92ffc00000
	.quad 0xebd247c96d670800, 0x06dfc89de0c6295c
	.quad 0x6012eb4affa48000, 0x0a5419c5407fffff
	.quad 0x67f7da28ce23c073, 0x400000013c91010c
	.quad 0xc0b80000ff91999f, 0x80000000f89f1813
	.quad 0xc05f7248fde0ca30, 0x16a0c69315fb0000
	.quad 0x5c3df39de588a420, 0x057c3aaeff79fff4
	.quad 0xe0bbcd9397e0674e, 0xffc0000000e8fdd9
	.quad 0x80400000c2aade6e, 0x7f9ce7f0ffc00000
	.quad 0xfd9ef5c4c77fffff, 0x3fb0a4d08946c41f
	.quad 0xb6f8000084fbb2d2, 0x8631f5404f976117
	.quad 0x413e000000000000, 0x80d78763e3a707dc
	.quad 0x40a0000080400000, 0xb577f5f77569a27f
	.quad 0x714034743fdffffc, 0x7fc00000812c53ed
	.quad 0xbfaa2dd8e626f4da, 0x9078bba4df4d4000
	.quad 0x96f304bdffaaffdf, 0xf275a88e906b71b0
seed7:
	.quad 0x000000000000011b
	.quad 0xfffffffffffffe25
	.quad 0x0000000001000001
	.quad 0x00000000015b1bf2
	.quad 0xfffffffffffffe00
	.quad 0xfffffff911ce09e9
	.quad 0xfffffffffde20db4
	.quad 0x22940808be9340f0
	.quad 0x0000000000000130
	.quad 0x0000000080000000
	.quad 0xffffffffffffff4f
	.quad 0x54c90a6123ce72ba
	.quad 0xfffffffffffffd2e
	.quad 0x00001ba7281d673e
	.quad 0xffffffff80000000
	.quad 0xffff95067bf99080
	.quad 0x03800000
	.quad 0xe0000000
	.quad 0x99172f1dddb9491d, 0x7ff2c01b56d76289
	.quad 0x3f7b7a96a3a1f455, 0x04ac3cd1bf5f36dd
	.quad 0xc2b78da70d542d59, 0xfbc1a691806969e9
	.quad 0x0000000000000000, 0x0e8f09653f6cf7f7
	.quad 0xeec80d56c5d403e1, 0x583259809eefbf5f
	.quad 0xc1d96a7bda93f546, 0x7dfa188922fa242b
	.quad 0x0020000000000000, 0xfff0000000000000
	.quad 0x9e812d245fd781bb, 0x3f80000000000000
	.quad 0x3f7b1ae7a82a0077, 0x88ea7fca5cbbfc06
	.quad 0x1cf59cc7b1b2d071, 0x3f737ed123da7a8a
	.quad 0x4e2b50a7eccfafb2, 0x6a33249c407832f4
	.quad 0x72e19f2c23da6928, 0x21127464ffda3e00
	.quad 0xfff0000000000000, 0xa000e8edd22a3c05
	.quad 0xcaefb2e8e6987400, 0xbf537bb3c0200000
	.quad 0x6d5dbb614d57de49, 0x433700007f000000
	.quad 0x7ff0000000000000, 0xbd627da83cad699e
	.quad 0xfff0bd46e0c8a2cc, 0x40bf7a5c42fd8f25
	.quad 0xc03401a73d423640, 0x3ac73ed42e967240
	.quad 0xdc96977ec3037df2, 0x5036df41d51b5160
	.quad 0x7fa18350ffd0a8c6, 0xfff75642b74bc019
	.quad 0x19e718f63ce95230, 0xc016800000000000
	.quad 0x0297a0546803a73b, 0xd53746137bf5f540
	.quad 0x8040000080400000, 0xc0fffffffffffffe
	.quad 0x410061219e33021f, 0x3f99469c0cca157e
	.quad 0x6e03120c75f74b33, 0x395b9b79ebcc3d00
	.quad 0x7ff8000000000000, 0xfab2bd2abd73cd86
	.quad 0xe505dd93005ebd80, 0x80075a1c80000000
	.quad 0x5ffffffe817fffff, 0xd0750644a74a9473
	.quad 0x042fce22b6e6b6b5, 0x3fadc4e1d304f262
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0xfff55a7337bdb52f, 0x81b0df53ae9ca6ea
	.quad 0x015bab5193311c4f, 0x3fbb289c2864e396
seed8:
	.quad 0xffffffff80000000
	.quad 0xb0b3a1929ec0feba
	.quad 0x00000000000001e1
	.quad 0x0a5576e51252059f
	.quad 0xc0ff7258949ead8f
	.quad 0xfffffffff0d06194
	.quad 0xffffffffffffe7c3
	.quad 0x00000000011360f5
	.quad 0x371bfc94343f1922
	.quad 0xffffffff1a6ab7a6
	.quad 0x0000000000fb832c
	.quad 0xcbd98ae908c625c9
	.quad 0xbf861eb52ac4660b
	.quad 0xfff9f39e4bdb950c
	.quad 0xfffffffffffffdc4
	.quad 0x80cfe5a7f11800fc
	.quad 0x05c00000
	.quad 0x40000000
	.quad 0xc310000080000000, 0x6166b3baf064d88d
	.quad 0xff8f432240100000, 0xfff8000000000000
	.quad 0x5909018d8209d011, 0x6d863c7af08ad085
	.quad 0xfff5166e42bec5b8, 0x3edc8aa780d7dfa9
	.quad 0xbff4000000000000, 0x405ab447f9935467
	.quad 0xffd0000000000000, 0x3cd862011c3a3d8d
	.quad 0xc0404269e9110333, 0x7f800000cd96a64c
	.quad 0x02923cc0cf447c00, 0x34911ed5e7b2f4f8
	.quad 0x75890f18f117ae00, 0x7869d68cf9dade62
	.quad 0xfdf6a138b41c64c3, 0x7dfe1a385993df7d
	.quad 0xff8000001b2e6f08, 0xbfa76a6f76bd1a90
	.quad 0xd89483edff1debff, 0x014751b1c0000000
	.quad 0x196263883c548000, 0xb602dacd78ddbbe6
	.quad 0xff82f77eed921a42, 0x1ae9b1b2fffd7c00
	.quad 0x04b77bf242ec0000, 0xd28d6eb34987e5b4
	.quad 0xa37a09e64f7abe82, 0x0617359a1aba7800
	.quad 0x3f770a6a68b05c05, 0x37df725df1d4c380
	.quad 0xff96d5b77fed639f, 0xffc0000040780000
	.quad 0xc09318de40d80000, 0x42820782bd5bf4c4
	.quad 0x429a32b0f7dc832b, 0xc5d0c193dcbe7697
	.quad 0xfea3981c1349d1e1, 0xfb10ed355915e0d1
	.quad 0x0000000000000000, 0xbd82c025ff800000
	.quad 0x3fbaae35caf5f80e, 0x0046a4863cb00000
	.quad 0x00748ce5bb440000, 0x407984cc89a30c2d
	.quad 0x2e2925a77fdd8591, 0x4e279348daf77fff
	.quad 0x3f70aa585d90c87f, 0xbbd2db8c41676e26
	.quad 0x800000007f800000, 0x000b9a532fd8d7b3
	.quad 0x06029c869f564380, 0xbf830367c0500000
	.quad 0x6ac39941f0bf7ed1, 0xfb6826b2c053e4fb
	.quad 0xf2570924feffffff, 0xddeb6c455f3025fe
	.quad 0x7f8000007fda63fa, 0xc0fb06bbfeffffff
	.quad 0x32ceb03bffdffffd, 0x599e3eee6bedf7de
seed9:
	.quad 0x0000000000000050
	.quad 0xfffffffffffffff8
	.quad 0xaa2dfc2b7fc59bb1
	.quad 0xfffffffffffff3fb
	.quad 0xf54447198331b05f
	.quad 0xf9f4ef61808c859e
	.quad 0x8000000000000000
	.quad 0x000000000000035a
	.quad 0xe621c14c0de8e91a
	.quad 0x10aca205c1bf82d1
	.quad 0x0000df555741c8dc
	.quad 0x00000000000003b1
	.quad 0x00000002bff16dff
	.quad 0x513ea6fafc56b173
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0x02400000
	.quad 0x80000000
	.quad 0xfff2c5fd84182f47, 0x7ff07fbd9e96853d
	.quad 0xfdac73406fe6217a, 0xc23d9ec97f800000
	.quad 0x09696ef63daa7fe7, 0x3c14000041d90d66
	.quad 0x8000000000000000, 0x64b52f5702b32a3e
	.quad 0x7ff0000000000000, 0xa26c1867ffd03e57
	.quad 0x7e6039e9015e68f1, 0x0169af6f7ba5a51b
	.quad 0xffc0000040900000, 0xffea8fb647000001
	.quad 0xc01f97f7b67be4d8, 0xac128135d87ffeeb
	.quad 0xfdab237fd91cdb96, 0xff80000017820c85
	.quad 0x3fd454ef2f67476a, 0x66e30d98a4c4c9c9
	.quad 0x3fb932563ce2a639, 0x6f4f313b41140000
	.quad 0x04a323f38a3b3b15, 0x2f832355bed1f917
	.quad 0x755455344168e1ea, 0x42cc4bb41d5bbdb2
	.quad 0xbfd8d905fd0c7ad9, 0xfff0000000000000
	.quad 0xb6800000804aac68, 0xf9217bf9e245f06f
	.quad 0xada572d952c39c80, 0xc003000000000000
	.quad 0x6dc8ec37622cd7d8, 0xda3711b5ddef5f24
	.quad 0x5e37217493883247, 0xfeebab58a9234936
	.quad 0x808000000ed5c6e3, 0x000000003ea13ac3
	.quad 0x24dee4f0a7118587, 0xbfbac96e2bfd9d4a
	.quad 0xf05afe422f69e400, 0x41416017c0c40000
	.quad 0x1d0236cb19ff412d, 0x000c82012eb847e7
	.quad 0x3fe00000fed666c1, 0x7746391c1eade3a5
	.quad 0xffe0000000000000, 0x3fbf2a63ddca9ea1
	.quad 0xff800000c07fffff, 0x000443faadeebcef
	.quad 0x242b95aad6dfb6b0, 0xb8316895d1fc87ff
	.quad 0x0637af8671cc7ceb, 0xf6e1922c80000000
	.quad 0x3f80aaf07fd6feee, 0xc03000006e7f68b3
	.quad 0x7f97b4bb6e3d4de6, 0x3f8c62d196ffc0fc
	.quad 0xf1c1fa6bd841edc7, 0xc009f9dd40b80000
	.quad 0xff800000d56a0b54, 0xbfd7404651fcef36
	.quad 0x802fffffffffffff, 0xbff80ced051c1bc7
seed10:
	.quad 0x0000000000000396
	.quad 0x7fffffffffffffff
	.quad 0xc58a6df72e25da5b
	.quad 0xffffffffffffff28
	.quad 0xfffffffff4af1e0d
	.quad 0xffffffffffffffd9
	.quad 0x8000000000000000
	.quad 0xeaa72e38a17365bd
	.quad 0xffffffa997f45130
	.quad 0x578eb7b96a09d4bd
	.quad 0x37ede6eab75ae731
	.quad 0x00000000000001d3
	.quad 0x8b5f4f49b6fd7cfd
	.quad 0xffffea213a54fdc5
	.quad 0xffffe979cc779cc4
	.quad 0x00000000000002c6
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x4073a8d7259316ca, 0x00289b9a253a2042
	.quad 0xc0b4f06ebf100c09, 0xbedc800000000000
	.quad 0x19ab9b18ffcfde71, 0xc15f6daf80000000
	.quad 0xc0886f082aad4212, 0xf7d23ddbf7ac20b5
	.quad 0x7e800000c0d00000, 0xfe800000e3a4af9a
	.quad 0x6e0f70e780cb37d6, 0x800d151b21562351
	.quad 0x7fc00000c1fa8000, 0x0c0a237835d4c320
	.quad 0x817fffffff800000, 0x4332f8bf7f800000
	.quad 0xbd3f1be672bc25f2, 0x144b22c8fffbffdb
	.quad 0x5b9d32133efaf092, 0x8008000000000000
	.quad 0x718697e79dce7981, 0x0fbef8c50590f646
	.quad 0xee9ec55dcf1bc94d, 0xffc00000920fe639
	.quad 0x3d052250e2ff2789, 0x7fa7069936240000
	.quad 0x00e486e500000000, 0x02640ca34e97fe0e
	.quad 0x463116d2d137b458, 0xfff993f22b08d4f6
	.quad 0x67b1239113bda7c5, 0x0647d5f48072f37b
	.quad 0xbd254b9f7e9cbcc9, 0xff8bb0f63c700000
	.quad 0xd456ee627fbf7fff, 0x3f9ce6f064128e53
	.quad 0xbf93000000000000, 0x48931849f7604700
	.quad 0xdbdeee4ad8aa4be6, 0xbfb6000000000000
	.quad 0x649e520279fb7fcf, 0x00000001bba45c90
	.quad 0xc320000012c7789b, 0x9b7fe342582dec5e
	.quad 0x3ff68eb253973622, 0x3edf76b5001af694
	.quad 0x8000000000000000, 0x7fc000007fc00000
	.quad 0x92d25e04a2a107e1, 0x40ee9fc90cb303ff
	.quad 0xc12000001277869a, 0xff20adf303caab13
	.quad 0x150de58cfffaff63, 0x7fe252301263ad2c
	.quad 0xff80000000000000, 0x7f8000003e000000
	.quad 0xc00f612b9551c0da, 0xbf64d00000000000
	.quad 0xebd5781afbffffff, 0x7ed43053bc9ff7be
	.quad 0x800000007f800000, 0x1c695745f5913df8
	.quad 0x406cc83bc6640466, 0xc1c7c71a00b05999
seed11:
	.quad 0x07ba1ad54e49aa71
	.quad 0xfffffffffffffe1a
	.quad 0xb307cd34b412a01a
	.quad 0x0000000000000186
	.quad 0xe4514ff16da08c57
	.quad 0xd97f16021c3b7b17
	.quad 0x8000000000000000
	.quad 0x000000007fffffff
	.quad 0x0a51b5820c90ac2f
	.quad 0x000000000000003a
	.quad 0x03c9e62929910ed7
	.quad 0xf4822f584baef946
	.quad 0x000000000024d09f
	.quad 0xf047c2bfd3af59b6
	.quad 0x0000000001000001
	.quad 0xc7407e08e1e0ef40
	.quad 0x05c00000
	.quad 0xc0000000
	.quad 0x411e0000bfb6faaa, 0x8377c2a680c97910
	.quad 0xb71957b5792c8000, 0xf64f1983bdfcf77e
	.quad 0xc14c48910ee9c4de, 0x40effffffffffffe
	.quad 0x082189cd7697e7ff, 0x0060e5997fc00000
	.quad 0xc00f332d69c2578c, 0x3e452b1544337f24
	.quad 0x477ffffeffc00000, 0x7f800000804df5eb
	.quad 0x824affc8ff2edfa4, 0x41000000dfd2e5d3
	.quad 0xfff0000000000000, 0x8e6eac35d3800000
	.quad 0x3d8fc17cffc00000, 0x43f684f2e962851c
	.quad 0xfed0b834b3f81e0d, 0xc0b00000becc89ca
	.quad 0x477fffff8083b4c4, 0x3e2d327d97d29b9e
	.quad 0x69562d2cfda7f8ed, 0x75b06c35e33afe96
	.quad 0xff188d3fa2a4f339, 0xc016406a31331be4
	.quad 0xfebb5c2a9146fc00, 0xbc78a10300000000
	.quad 0xfff0000000000000, 0xb5f3e166cf0ee7e9
	.quad 0xffec77aac05e84c2, 0x80041602b610a760
	.quad 0xffa244c81ad5686d, 0x7f800000f9153775
	.quad 0x8748a75e9ea4c880, 0x1805bed07fdefdff
	.quad 0x7fc00000ed8e4962, 0x40efffffffffffff
	.quad 0x7fe2c6156357bd80, 0x800277f13d2dc136
	.quad 0x7449db10ffb34278, 0x74c4b24dbfe58000
	.quad 0x800f452060f1325d, 0x40a05a867effffff
	.quad 0xc007000000000000, 0x056fa28ee3d05d2e
	.quad 0xff8ee78abdcf11f8, 0x4033e00000000000
	.quad 0xbf9ab70c969e394a, 0x77badf09dbe3fe6b
	.quad 0x025e9a8c002db220, 0x5f0000004139b943
	.quad 0x3094b3890733dfc5, 0x80070f77ee908797
	.quad 0xdc85a522264742c0, 0x8de3a956ffefcf8b
	.quad 0x14682432ff84e36b, 0xff800000c2429697
	.quad 0x3f7d90180466c0a4, 0x46e87b950fa77320
	.quad 0x0286d4f6a8f2c1ff, 0x08fb47be7ce55f8f
	.quad 0x8000000000000000, 0x6dd7bfccd3d58214
seed12:
	.quad 0x00000000000001f2
	.quad 0x0000000000b26cd5
	.quad 0xffffffffff9bba8a
	.quad 0x8733912e28c36ecb
	.quad 0x0000000000000000
	.quad 0xf8f80418d20f6ac5
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x0000000000000137
	.quad 0x0000000000000000
	.quad 0x91e4a8cc3ec887c0
	.quad 0xfffffffffffffd26
	.quad 0x00000000000003d5
	.quad 0xb09c1f3ee403f751
	.quad 0x180ad789891d4c2d
	.quad 0xfffffffffffffcf3
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x3ffe000000000000, 0xc0c8000000000000
	.quad 0xff93ad0147708ced, 0x1fa5ccf5a1c68000
	.quad 0x0000000000000000, 0xff9afe81513b23b8
	.quad 0x17438d21b68d2579, 0x004b21a6f1fd7c00
	.quad 0x0312b715892e51ba, 0x340a2ed83fa56ed7
	.quad 0xc9db8651da5a7c00, 0x7ff776764ff50df5
	.quad 0xff854921017fffff, 0x7ff0000000000000
	.quad 0x94194df3805a7dcf, 0xc0700000716cc239
	.quad 0x40f80000c2f80000, 0x1fe81660faae25fd
	.quad 0xfd717f0b7fa5b64b, 0xe9a29583beffd4d7
	.quad 0x9309ec0b5b933da3, 0xef3cdda2aa302694
	.quad 0x0000000000000000, 0xbfd19e4b8b83090f
	.quad 0x8156bc9f2230fc0a, 0x6d25437b9d4dfcd2
	.quad 0x023414e55a135b90, 0xffed59c2c5a00000
	.quad 0x6089938e3a70f969, 0xfff0000000000000
	.quad 0x8000000074cf84c2, 0xd99becec80000000
	.quad 0x1beb05bea86c02a8, 0xe6d4f0da98b003ff
	.quad 0x8000000000d20b6f, 0x41040000f7efb693
	.quad 0xab4a1d8ffffffffe, 0x7c2a7dccbbc2dce2
	.quad 0xc394f8677fd3da20, 0x7feee5001b30b01d
	.quad 0xbb979e993cba39d2, 0x3fcaf24c160e1490
	.quad 0x7de45d22633d03bb, 0x7fc00000bba3db6f
	.quad 0x002375928d46fd11, 0x037472deb1bbb297
	.quad 0xfff8105fed893f38, 0xfed2ffb788474e78
	.quad 0x000000007c286b54, 0x9c4bbe1cc57df956
	.quad 0x6c695fbc08c6822f, 0xff9700a3bd7f020e
	.quad 0x8eb49479be7eff56, 0xfefb93f3652ea0dd
	.quad 0xf5444a4e6d58cbe9, 0x19b8c26b417ffffe
	.quad 0x4cd3f92f018d8d40, 0xbc2588d37fbb8904
	.quad 0x37e8d30ce471beb8, 0xa1a41a94ffbfbf50
	.quad 0xa370b29be419c0da, 0xfff5544750efb681
	.quad 0x2dc5ac417fcd3e00, 0xfff32eebdd275df9
seed13:
	.quad 0x9ac153644519b720
	.quad 0xffffffffffffff3c
	.quad 0x0000000000000124
	.quad 0xfffffffffffffdf5
	.quad 0xebb4bcfa9c00ccaf
	.quad 0xfd05ad8fd31ca4aa
	.quad 0x5b17669d82cf8877
	.quad 0x000000000000036b
	.quad 0xdf26fc8d02bfd368
	.quad 0x0000000000000060
	.quad 0x000000009b83216d
	.quad 0x00000000ffffffff
	.quad 0x3d30af391f0823fd
	.quad 0x91b66b5895c2164e
	.quad 0x0004ce5ba75309af
	.quad 0x01ae941cc528965c
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x402d0a45db561c5c, 0x5a970a75ffff659f
	.quad 0x001b22ed00000000, 0x48d814c0ff864581
	.quad 0xff8fb3adc77ffffe, 0x400ed0dafb8db25c
	.quad 0xf07f53a2164879c7, 0xc04b25f04ce7da8e
	.quad 0x7f8000001116b7fc, 0x14ee29bc7f82db49
	.quad 0x87bcc899c6fb2f65, 0x421f316c753355a8
	.quad 0x04d2f764f6bc41c0, 0x000000007f800000
	.quad 0xf9f77f9563ffffff, 0xaaae31e3efefbeb0
	.quad 0x7ff0000000000000, 0xfffeba1cf7e15126
	.quad 0xfe8ba95bfe77fe7f, 0x34cd08322f44fc00
	.quad 0x7f7e615ebc4afe70, 0xf59314a2f4ffff7e
	.quad 0x000ac01204b4960c, 0x879080bb43ac5c85
	.quad 0xbd0b48c3b9e00000, 0xe0800000bfc4fe31
	.quad 0x46539239c6fc84d9, 0xd829814d007564d7
	.quad 0x40203fd8f07a8b02, 0xbfb43f048f60d3cd
	.quad 0x407b2e181d8ded10, 0x8ee268ccf5fbd79f
	.quad 0x57106781c17f6ffe, 0x9073f1d829168f87
	.quad 0x7f197f80ff340362, 0x768d8239bffef758
	.quad 0x0cc781351ad3eb30, 0x0100000057000001
	.quad 0x41fffffffffffffe, 0x4623890829a62468
	.quad 0xbfb3abc0ff99ed88, 0x7f800000c4d70000
	.quad 0x498e40b5699a9f3f, 0xfff0000000000000
	.quad 0x8002796dad5f3ef4, 0xdb4bf188ffa9d457
	.quad 0x7d00910407fc1572, 0xbb8b0167dbe047c0
	.quad 0xc900000041552394, 0x7f800000053ad1a0
	.quad 0x8000000000000000, 0x810000007f800000
	.quad 0xc00a53253e6a8961, 0x97614ec33ff5d9ef
	.quad 0x4023000000000000, 0x3f529650ff919b5a
	.quad 0x006fb8507f800000, 0xbfa328d4bcf5f5ab
	.quad 0xa7339a1cf726d1a6, 0xc01e000000000000
	.quad 0xe6deccfbfffffffe, 0x224b8ec79cfeb71d
	.quad 0x22c97461cd50f980, 0x7fbf48580cae24c8
seed14:
	.quad 0x0000000100000000
	.quad 0x0000000000000097
	.quad 0xf2c7178c9f6b2dff
	.quad 0xfffff59b671f2e3a
	.quad 0xffffffffffffff5d
	.quad 0x03982a59420fbf8a
	.quad 0xb27adf94a2fc8352
	.quad 0x0000000000000086
	.quad 0xffffffffffffffff
	.quad 0xffffff82b54e6840
	.quad 0x0000000000000000
	.quad 0x51cde6756fe81346
	.quad 0x0397a2e4254ae57a
	.quad 0xffffffffffffffe5
	.quad 0x000000000000028f
	.quad 0x5d0d3566bd24021c
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0xbf3ec00000000000, 0xb9ef5fd57fb7776f
	.quad 0x94e29e91bdafbafb, 0xfff0000000000000
	.quad 0xf077307a8ba47f0e, 0xbf863d75e1d5aa92
	.quad 0x95485703a470a494, 0xfff8000000000000
	.quad 0x6c1435c619954da1, 0x0007ee90e9546a0c
	.quad 0xfff46e90392155c3, 0x4e053cc8dffffffe
	.quad 0x4a322dc9effdfc5f, 0x4018800000000000
	.quad 0x1c9a34c1715b6098, 0x00000000fba4de7f
	.quad 0x47fffffe007fffff, 0x0c2c707534887c00
	.quad 0xfcc823c1fade7400, 0xbf93821521d5bd96
	.quad 0x417c0c5680000000, 0x5f0000005f800001
	.quad 0x35fe00007a230fea, 0x7f8b4ef340ba87f1
	.quad 0x3f9b393af3eac002, 0xbfa576be70ea7eec
	.quad 0xc015000000000000, 0x0000000000000000
	.quad 0xffe1d37700fbd374, 0x000000007fc00000
	.quad 0x8007c54527a66da7, 0x59fffffec0400000
	.quad 0xbba50dd350f1fc00, 0xa5f4a1e3c514fa17
	.quad 0x13978275c058fc00, 0xfe9a1a7be888d8e2
	.quad 0xff800000c0780000, 0xc058522b509d1f7c
	.quad 0x3f910e702dabd1fc, 0xff8000009924385d
	.quad 0x7ffbff8cd26d31e4, 0xffb5a8e8ff800000
	.quad 0xe797a5d07475bcc4, 0x6ce3b1daffffcbe6
	.quad 0x7baad2123dbf7a10, 0x231a81657443593d
	.quad 0xcf0000001e2536d5, 0xffefffffffffffff
	.quad 0x3f74f98f29509595, 0x8021a211ffc00000
	.quad 0x9f8ff3cca2dcf962, 0x7fb62bc1d858f61c
	.quad 0x7f800000c7fffffe, 0xffa3b12c197437e0
	.quad 0xbf7bcf4115b058cb, 0x3fbab40fad9534e2
	.quad 0x7eec2280ffbcc1ef, 0xc073c2a1b7dc86d8
	.quad 0xbcde63eccabfdeeb, 0x984b056eec9f0000
	.quad 0x0005baa1929bae5e, 0x802be3ef144ee1dd
	.quad 0x6d566460ab80a7ce, 0x7fe3b44f40876a35
seed15:
	.quad 0xd99fd39b5b9ca679
	.quad 0x000000000000031e
	.quad 0x83fafeae5ec3a78f
	.quad 0xffffffffffffffff
	.quad 0x000000000000029c
	.quad 0xfffffffffffffffe
	.quad 0xf29530040b19accd
	.quad 0x7dbdd494f803acfb
	.quad 0x0000000080000000
	.quad 0x0000000143aacac9
	.quad 0x000003ee0b404595
	.quad 0x0020000000000001
	.quad 0x3bdc971677cae2b7
	.quad 0xfffff412e9ff7001
	.quad 0xc0e82b2bdc68f960
	.quad 0xffffffff80000000
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x80000000ff800000, 0xfff545f18968f77d
	.quad 0x0008e4608058e417, 0xee268f31df37fc28
	.quad 0xcf22379055e7f8a8, 0x7478c40e70074717
	.quad 0xb8171c6e5f7fffff, 0x7f8000002f9b96e5
	.quad 0x65971f76f557f9fa, 0x15b27e9dfbc9fd8c
	.quad 0xc0900000bdd560db, 0x142653c9209a1d98
	.quad 0xc3c000c2bef35537, 0x479fc02a2eeb78a7
	.quad 0x54cfc08239f37e86, 0x28d8a55bc570d99b
	.quad 0xf883d0c0fffe7c14, 0x7ff0000000000000
	.quad 0x7f9e41bab4abe583, 0x7d8ef7c7fb1909b3
	.quad 0xffe8cd603d6bc140, 0xc0f0000000000001
	.quad 0xbe0ca1b77e7cde57, 0xecc7e59ae858f9c2
	.quad 0x7fa3f17bc1fd5c16, 0x4010f5e31291f0a2
	.quad 0xb1b31beebfb7e7ff, 0x05b27f23f2fe6693
	.quad 0x80000000017fffff, 0x8004fd53a941c176
	.quad 0x3ab126190fc07da9, 0xc39503fac1a832ef
	.quad 0xffd767b2bd712f4a, 0x8ca224a458118fc6
	.quad 0x0009195c457032bd, 0x7e0b44968f8a8c27
	.quad 0x3d96d90293883e59, 0xbbf6211b7fff9ff6
	.quad 0x000e6e3cd9d74929, 0xff661830c10a909a
	.quad 0x812991089cb0c96c, 0xd4de48d2ffc00000
	.quad 0x8115777fc093ee63, 0x5955bc14dbfafd97
	.quad 0xc0643ffcb300b270, 0xbfb627695a989527
	.quad 0xfff02e344ceacc9a, 0x0196bf4454bfb2ea
	.quad 0xffc000007f800000, 0x007029aacb9d7857
	.quad 0x60809e1d8d41fe00, 0x0008000000000000
	.quad 0xc38697e600000000, 0x4247a327a58aad57
	.quad 0x4a8456a0b0b8fc6b, 0xc397b749709e87a9
	.quad 0xff3cc94dfb6bdefb, 0x3b6e68457756f7fd
	.quad 0xffecd1d0008586e5, 0x81b84ae53948ee03
	.quad 0x80387c30c25e7de9, 0xfde75a61ac23563d
	.quad 0xff9d3e98399119f9, 0x0177f2a1bdc55e33
seed16:
	.quad 0xffffffffff395801
	.quad 0x0000000100000000
	.quad 0xd1f4c416905c2e50
	.quad 0xfffffffffffffecf
	.quad 0x3a265dd99ce9b408
	.quad 0x0000000003a36ad1
	.quad 0x00000000000002a9
	.quad 0x000000000000036c
	.quad 0xfffffffffff15f2d
	.quad 0x85353c3acd99eacd
	.quad 0xa914f7f712fc5925
	.quad 0xd444f12cf824a4a2
	.quad 0x0000000000000600
	.quad 0x0000000290d2811b
	.quad 0x0000000000000025
	.quad 0xffffffff80000000
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xcc7971f6cf293800, 0xb5224234f6c8f8de
	.quad 0x3fa80268e789283d, 0xbfb9c95fa0b00165
	.quad 0x407f88970de50d5c, 0xc066fb3f18cfa4d5
	.quad 0xbadb5b023faffddb, 0x1f1be043fca68000
	.quad 0x40200000c380b862, 0x405b95fcf897d371
	.quad 0xc0148780f5cbbbae, 0x0000000000000000
	.quad 0xae72b44f76feb6ff, 0xff23c683bfa00000
	.quad 0x7ff3fdddd1621c63, 0xc015000000000000
	.quad 0x2f01cbe380000000, 0x5d7536b6ff807cc4
	.quad 0x999cf1d985bb8357, 0x3f4281225c74a818
	.quad 0x820ed84581d083ff, 0x54936f4c8051a44e
	.quad 0x41977284c0805112, 0x7e75d0cca0c2f5ad
	.quad 0x0366e8a9475f53dd, 0xf8a1ae9041ff0b3f
	.quad 0x3ea1548d7f800000, 0x00000000bf000000
	.quad 0x401826d44131f6f9, 0x3d6698240a202111
	.quad 0xc3f0000000000001, 0x1e926ca8a737d8b7
	.quad 0xb6c000004069841a, 0xbff0000000000000
	.quad 0x1076b06a443c8999, 0xf6010433ffde0800
	.quad 0xd1023cf0f5e5d47d, 0xefcac29fb36debb7
	.quad 0x2122e8742d300000, 0x125e68a100a1f2d5
	.quad 0x3fcce07283cffa1f, 0x40bd3904c345784c
	.quad 0xffffc3d865c5990d, 0x319499ff41abffb7
	.quad 0xffe3a2f2cffffffe, 0x017fffff8043f47a
	.quad 0xbee7600000000000, 0x40625fb75efeb3ef
	.quad 0xf1d0586c81a282d1, 0xbff3958848a7f23c
	.quad 0x3fc8000000000000, 0x80116e229e90c302
	.quad 0x7fc225a8bb9c9b7d, 0x3f28000000000000
	.quad 0x546d5ca6bff2bc72, 0x7ebacd11dbd037ed
	.quad 0x001fffffffffffff, 0x40efffffffffffff
	.quad 0xfffb21e273123c17, 0x8020000000000000
	.quad 0x7bacbeaadcfe7d82, 0xff800000008b35fe
	.quad 0x010bca43c0400000, 0x7ed98a3980000000
seed17:
	.quad 0xed68542c90d6802a
	.quad 0x0000000000000001
	.quad 0x32e3c015c7099e46
	.quad 0x74afea1714ce936f
	.quad 0xc0b7fe76b50d7b2d
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffdfc
	.quad 0xe4df98cef4b91af5
	.quad 0x00000052090b6735
	.quad 0x4425211b7eedd7c9
	.quad 0x000000000000000d
	.quad 0xfffffffffffffdbb
	.quad 0xfffffffffffffd77
	.quad 0xffffffffffffffb0
	.quad 0xffffffffffffffc7
	.quad 0xd58d3a72df72b466
	.quad 0x05400000
	.quad 0x10000000
	.quad 0x80fe947872579a51, 0x4020800000000000
	.quad 0xffbfa3b449140000, 0x184f05a3ff800000
	.quad 0xcd94cf42ff5efbff, 0x7ff0000000000000
	.quad 0xc0524504c831f09a, 0x73e3578cdd9fdfab
	.quad 0x556b509cbe8fb6bd, 0x38e3694e594234ef
	.quad 0xce6bbd9811d0d2c0, 0x912b316f2722df88
	.quad 0x4021800000000000, 0xbf76d18f84a1c678
	.quad 0x7fd6dadbf06fbdf9, 0xfff4fdc400a63edb
	.quad 0xa87d18a950a1ff36, 0xebc3bd04fd6e48e2
	.quad 0xcc78f1f42e9bc137, 0x6c883b6a67e9f997
	.quad 0x00000000b77f0000, 0x83ac017b00c3e6f1
	.quad 0x7d8c9d7ebf9bfb7f, 0x4340000000000001
	.quad 0x1b53706f5eb38640, 0x807fffffffc00000
	.quad 0xc03980a5c8ef9d58, 0x40e0000040f80000
	.quad 0x425d455b40e00000, 0x7e750a85e615aa22
	.quad 0xcc62a4fcf1d1faeb, 0x3f70a10bea655993
	.quad 0xff80000000516614, 0x7ff5a32ed879b597
	.quad 0x008000007fc00000, 0x41fffffffffffffe
	.quad 0xff56908299c58a35, 0xfffcb162e54783e6
	.quad 0xc280000000589497, 0x5b5df3d8245b80a0
	.quad 0xda5a8f7c1759119a, 0x63839b693cecfd2d
	.quad 0x1fc1e8cb1acec218, 0xbf7d943fa72de0e2
	.quad 0x42a28454c1773622, 0x3b3873b6d4660232
	.quad 0x0000000082495378, 0x0008b7d33ec9a26a
	.quad 0x7ff8000000000000, 0x696db42674b65c22
	.quad 0xc1fc67d618128225, 0xc330000000000000
	.quad 0x7fc573d30c3be7a2, 0x7fd0000000000000
	.quad 0x7fe9481a1c8a692e, 0xb21f7e733a700780
	.quad 0xfff8000000000000, 0x8c93b7c919dcfc22
	.quad 0xc6b8000039940000, 0x8020000000000000
	.quad 0xfff45576793cb28c, 0x418b08833ffffffe
	.quad 0x3fdeac24f48dbab5, 0x8d97f17442100000
seed18:
	.quad 0x00000000000000c5
	.quad 0x00000000000d9289
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0x0e9ec3a90b574097
	.quad 0x058af2fb712c198e
	.quad 0x9d23176f9186fccb
	.quad 0xab90310085cf9ba1
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x8b9f7e5bd5c1a0b3
	.quad 0x513e4c1459f7766b
	.quad 0xffffffff80000000
	.quad 0x00000000000001ce
	.quad 0xe57eb03f8285b7d5
	.quad 0xffffffffdf61e246
	.quad 0x02800000
	.quad 0x90000000
	.quad 0xc935b3a851f4b44e, 0x000000003ff6edae
	.quad 0xd9ffffff70a69b97, 0x5b1a495a443a9f9c
	.quad 0x1670d4ad906a33ea, 0xffff9bb0987a15e1
	.quad 0x7fbb455b7f800000, 0xff82b1fdf6dfce0f
	.quad 0x4021c4d85482f5dc, 0x405a18bf588b854b
	.quad 0xb40896835d7ffbfc, 0xc019027220e13ad2
	.quad 0x7ff6a7b5935baaa8, 0x0000000000000001
	.quad 0x90729c57cb70cea7, 0xeeecd0652b690000
	.quad 0x00000000da7ffffe, 0xbfffffffc07a0000
	.quad 0xfff3178b24b22399, 0x0000000000000000
	.quad 0xa6929ffa6d13f9e0, 0x040e514fc516f895
	.quad 0x5514d40540383be9, 0x3e96c0ddbf4e50e7
	.quad 0x3c168b317890c21b, 0xb6150000de3942bf
	.quad 0x7e4c29bcc4551bf5, 0xbdc1466dcbde6fee
	.quad 0x68b48497fff7ffae, 0xfff3fc901c09fd2b
	.quad 0xff80c30b01000000, 0xc9901aa6d1231328
	.quad 0xb433c89a3ca78268, 0xf984aeb9ffeffc19
	.quad 0xb0eca9ac0f61c196, 0x99844a0db5a1c000
	.quad 0x6204afd451bf277e, 0xbfb415461ec3fb6d
	.quad 0xa28bf399f73fbb3f, 0x11024ad8d7ff09f1
	.quad 0x5895803fefb3c3fe, 0xffe78a5c3a26b4b7
	.quad 0xb491c588cb7a7eff, 0x67e8baba5ba30000
	.quad 0xbe7f9d8b00000000, 0x0000000049c40000
	.quad 0x7e1a310b498ca40e, 0xb435b9788e1946d6
	.quad 0xfff1a966f89e7358, 0xf0e2aa5ffe5dee8c
	.quad 0x41079e96c37c14c3, 0xa989ded77020572b
	.quad 0x7ff1bd1200000000, 0x904c6a7ac199c866
	.quad 0x7fd0000000000000, 0x8d61e51b48524f60
	.quad 0x0000000000000000, 0x8008be8efb6d49e9
	.quad 0x7ea61718ff800000, 0x40f8000081714041
	.quad 0x4340000000000000, 0x7ff7de7f1862715a
	.quad 0x66b8c35949718d53, 0xf768b6febbfcff7f
seed19:
	.quad 0x400c4877744dbd79
	.quad 0x000000000003cd5e
	.quad 0xfffeb618cbd65c8a
	.quad 0x000000000038d70a
	.quad 0x0000000000000160
	.quad 0xffffffff8db92e92
	.quad 0x000df4f3b28be061
	.quad 0x0020000000000001
	.quad 0xe2aee47dfaba4c44
	.quad 0xfffffffffffffe3e
	.quad 0x00000007cb2fc247
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd15
	.quad 0x7fffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcb0
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xdb79a09bbef67e00, 0x7fdfffffffffffff
	.quad 0x59800000805d58a8, 0x4016000000000000
	.quad 0x96da3ec9f1e8e9ea, 0x1688024834fae977
	.quad 0xbfc7372060c7374f, 0xce6fb4c95ffffffe
	.quad 0x7e80000080000000, 0x7f80000000248eb7
	.quad 0xfd9b0ed4fe9260a6, 0x400b000000000000
	.quad 0x30c057a37ff7efdf, 0x216514cff9f9df95
	.quad 0xaa33aeac4f9d7c00, 0xfff0000000000000
	.quad 0xbc6dd45e8146835b, 0xec929f9f41020000
	.quad 0x000000017ed2fd8d, 0xff8000006c5ded2e
	.quad 0x8000000080000000, 0xc0c0000080000001
	.quad 0x3f9048f133424397, 0x7af80bccff159b5e
	.quad 0x53f6636cfe3662f0, 0xb656a38850d7fa5a
	.quad 0x8acb5f4862aefa8f, 0xed26a019f466c34f
	.quad 0xe8e8aa99148ba8f0, 0x80705c046ba9f861
	.quad 0x543f13bb67faf7ad, 0x2366f9999f9cdaff
	.quad 0x4df661ed4f190385, 0x5364d12ffdc7ffbd
	.quad 0xfff0000000000000, 0xd4ae751359f5015b
	.quad 0xc2d59370dbe68000, 0x4787ff811b5ea085
	.quad 0x4005000000000000, 0x7bada6606f64498e
	.quad 0x8021a163810e5426, 0x8071ee56c0840000
	.quad 0xc1907978ff800000, 0xbfd213d668526eaf
	.quad 0x00776733ffb5dd06, 0xfffbe32f2573c889
	.quad 0x72d000a443af28a3, 0x9d8d206329b9d556
	.quad 0x65c0c96b7567fa33, 0xf79fb513278bc200
	.quad 0x10efd0d5fb64add8, 0x0385138280000000
	.quad 0xc96b5de9e9afff7b, 0x7d7cf191c2da58ec
	.quad 0x4f1df95774239c9e, 0x3f9728ff355e8b9e
	.quad 0xbfc0000099d866b1, 0xfff0000000000000
	.quad 0xfef4571d3f900000, 0xb8632438401f8896
	.quad 0x3c1e606758787cdc, 0x57667f30dcca16a9
	.quad 0x7f800000ff800000, 0xffc3224d393c88c9
seed20:
	.quad 0xffffffffffffff9b
	.quad 0xffffffffb0e44df7
	.quad 0x8000000000000000
	.quad 0xffffffffffffffb0
	.quad 0x0000000000000000
	.quad 0x84bc3d34aed23545
	.quad 0x0000000080000000
	.quad 0x00000000ffffffff
	.quad 0x27c12b8ec410847c
	.quad 0x0000000000000001
	.quad 0xb2d493ed7528eb58
	.quad 0xfffffffffffffef4
	.quad 0x0000000003ff463c
	.quad 0xffff23c7f7cfd257
	.quad 0x0000000000f7c5c1
	.quad 0x6c9b569be8f18a31
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x7ff0000000000000, 0xbc2e900fc2558db5
	.quad 0x7ff769a5fb3332a6, 0x7ff4fa2c4972f0ae
	.quad 0x3f02000000000000, 0xf2c8cfa7ffbff96b
	.quad 0x3f54000000000000, 0x8071ca7444000000
	.quad 0x499b8f25f25f7f7e, 0x477fffff401e504d
	.quad 0xce45728ea6b07e00, 0x0020000000000000
	.quad 0xc9c00000ffd17c2b, 0xdf7fffff802597da
	.quad 0xff8000008c996116, 0x4017000000000000
	.quad 0xfea47f51000896c5, 0xfff8000000000000
	.quad 0x03a62790fdaeb425, 0x4aff41b34e7b31de
	.quad 0xbfe6342bfec6ec79, 0x7f8000005139e428
	.quad 0x8028ecdd410c0000, 0x7f40e69c80000000
	.quad 0x400a000000000000, 0x0ab482cdffc00000
	.quad 0x4b0c50c4ffe8e774, 0x82e8e1ee1cb4edc6
	.quad 0x19e010b8fefd86ef, 0x6bb2db620c97c001
	.quad 0x246b8430cbf7f98e, 0xf373560c7effffff
	.quad 0xed342c13d77afff6, 0x5245434de5947d8d
	.quad 0x3fec000000000000, 0x8002c4f5197ae8d0
	.quad 0xf636a068461b7eb6, 0x3e98e757c1000000
	.quad 0x43483cc6ffc00000, 0x407a800000000000
	.quad 0x000000007ce21d32, 0xd4752c29dc138001
	.quad 0xc011000000000000, 0xc7ffffff7f800000
	.quad 0x78f02005e6e66cc2, 0xbf67b00000000000
	.quad 0x8000000000000001, 0x80000001bde4ea39
	.quad 0xbb00000049680000, 0x015a42586e65a778
	.quad 0x402ac79e9c3bd8a1, 0x404a879e48581712
	.quad 0xc278b6cd8f94d8f3, 0x1f36ab05ad2e7e00
	.quad 0xf9c339dfc0400000, 0x727075ebd7f3b6c5
	.quad 0x3c376ea700000000, 0xc77ffffec291c56a
	.quad 0xbc63b8b7b7b80000, 0x10ffa30e0f9f8108
	.quad 0x3c6bd661817fffff, 0xbcdeef61ff800000
	.quad 0xb740000000400000, 0xc076edc6403d7689
seed21:
	.quad 0xd9659616916f52a8
	.quad 0x998893fb0794fa79
	.quad 0x7a37d36bf3b96672
	.quad 0x1a76d9db6eb31dc6
	.quad 0x00000000ceda95e3
	.quad 0x8ab88789c2b97f85
	.quad 0xfffffffffffffe75
	.quad 0x000000000002dbe0
	.quad 0x0000000001000001
	.quad 0xe9c281be9a957eff
	.quad 0x00094fb3350a95e8
	.quad 0x00000000000002ee
	.quad 0xffffffffffffff57
	.quad 0x0004b11d9cdb9ca5
	.quad 0x1502488e86d5a31d
	.quad 0xffffcd056700dbd1
	.quad 0x03800000
	.quad 0x60000000
	.quad 0xbe58f2afc189c477, 0xc16185047f3c9b43
	.quad 0x7f0000003ba964ce, 0x66afb71e3f9fc829
	.quad 0x0000000000000000, 0x817fffffbdfbf31b
	.quad 0xec5ce70edb67fffe, 0xd96279e7bfcfffea
	.quad 0x4075800000000000, 0x43465db06e50a521
	.quad 0x3ff0000000000000, 0x5c8030e3a397ffbd
	.quad 0x00400000ff000000, 0x32d2ebe1b3828aa3
	.quad 0x0000000000000001, 0x8cda8cb1c3f885ca
	.quad 0x135bd1d51ddb068a, 0x0000000000000000
	.quad 0x86156d36ffde4641, 0x277ba2c338853e00
	.quad 0x3fee77e52ffe5f15, 0x614ab965229d82ed
	.quad 0xc6f00000bcc990a4, 0x0000000000000000
	.quad 0xbf9cde61e1f7e0b0, 0xc238133339000000
	.quad 0x8c79a4db72ab21fe, 0x3fbc73de08062e6e
	.quad 0x1fabf847f7ff3ff7, 0xff800000bdcae0f2
	.quad 0xdf817664825cfc00, 0x9cc61ffaaf314467
	.quad 0xf34cce0bc4abc180, 0x63d653dcefbfed71
	.quad 0xaf3ecf39f77dfbaf, 0xbf82555a814d89d3
	.quad 0x8d378fce00714118, 0xbb1f0000ffc00000
	.quad 0xbfad18e67a74e95e, 0x7ff8000000000000
	.quad 0x41af3e0600000000, 0x8295fca06432bf25
	.quad 0xd41e254831678872, 0x2e93cc2ce42c0480
	.quad 0x7fa3295dff768d72, 0x43fffffeff800000
	.quad 0x7f800000fecda43c, 0xcfffffffff800000
	.quad 0x5fd220c0fdacd68d, 0x80126ff47e800000
	.quad 0xc0733bde492bc6c9, 0x7fc000005404a5c6
	.quad 0xbfffffffffffffff, 0x9c7c841cd0a26cd8
	.quad 0xf86be4ecddee7aee, 0xde027072be75adb7
	.quad 0x7ff2a8744f339d02, 0x434fffffffffffff
	.quad 0x0000000000000000, 0xa9ce93dcd4ffffff
	.quad 0xc3092e203efbf2df, 0xdec83bd2c0db7e21
	.quad 0x6fd5709e8f170cb9, 0x29d2168494b4bb01
seed22:
	.quad 0x0000000000000001
	.quad 0xd8a8abe44f3f281e
	.quad 0x00000000000002c4
	.quad 0xfffffffffffffcfc
	.quad 0x0000000000000331
	.quad 0xffffffff8bb11c4d
	.quad 0x3be338346dba7982
	.quad 0x0000000000000000
	.quad 0xffffffffffffff37
	.quad 0xfffffffffcdaea6e
	.quad 0xabfe64456a255f77
	.quad 0xfffffffc8eca2581
	.quad 0xf283c2391ad59dc3
	.quad 0xffffffff8012f0f6
	.quad 0x8000000000000000
	.quad 0x00000000588da780
	.quad 0x02400000
	.quad 0xf0000000
	.quad 0x452ae61295900263, 0x394ab5ada16edce5
	.quad 0x90ad84dc3bee121d, 0xffbae05b7fe49860
	.quad 0x4b4bc9c619690000, 0xbf80000042800000
	.quad 0xc03fc5418a84fd00, 0x7083ad0537200000
	.quad 0x039d6a832181530e, 0x8a64a2a43c06ab19
	.quad 0x514fc426df7fffff, 0x37000000275fcbb9
	.quad 0x19e6af9849140000, 0xf10b78a8ff7fffff
	.quad 0x001b59927ca7bad1, 0x3fa288957aeb68ea
	.quad 0x034cee6498896b9f, 0x6caf4c51bc80a490
	.quad 0xffa7a709cf800000, 0x0000000000000001
	.quad 0xc66236d2e47fba2a, 0xec367e27e24e39a8
	.quad 0xebf6b322407fffff, 0x4fc089571756fccd
	.quad 0x7fb9fd3b3ebd7138, 0x3e65886c80000000
	.quad 0x0020000000000000, 0xd3cbd416fffffe61
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x3dffa3abbd6a5e19, 0x063b7e739437f594
	.quad 0xc002000000000000, 0xfff0000000000000
	.quad 0xdf8ee129ece8d600, 0x40ffffffffffffff
	.quad 0xffc7f2fc3d0699bf, 0x40762ddf8576c072
	.quad 0x9d0efb7b80667daf, 0xbff70d81c1ac84a7
	.quad 0x39fce064d750fc00, 0x3d01cc9a007fffff
	.quad 0x3eea0368ffd82c32, 0x000a836897249000
	.quad 0x79bd0be2de8155ce, 0x402eaf4da2e4fff6
	.quad 0xb4f459e1802a35eb, 0x7911a9cb4738d1d4
	.quad 0xb8ee46c8d2ec7d91, 0xff8000007f85d1cc
	.quad 0xfd0853493d924250, 0x550153ea7dc7270b
	.quad 0x4114000040552eda, 0xc019800000000000
	.quad 0xafe8cb8cff7ffffe, 0xb6195598edffff4f
	.quad 0x0000000000000000, 0xbf68800000000000
	.quad 0xbfd973f5fa084109, 0x23f546e43ad34632
	.quad 0x414d8f4aed66cd9f, 0x810000008beb6492
	.quad 0x7837667e166f169c, 0x90eb04fbfffbde9e
seed23:
	.quad 0xfd63be48ecdfc19d
	.quad 0x7fffffffffffffff
	.quad 0x000000000000008f
	.quad 0x0000000000000001
	.quad 0x8de4b534c34c95d5
	.quad 0x1bd03ad208b1e2df
	.quad 0x6cc539419918bb68
	.quad 0x00000000000000f4
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0x0000000003ee9463
	.quad 0xffde5e7fddb2a71b
	.quad 0x178d8df516a1b380
	.quad 0xfffffffffe2fb089
	.quad 0xffd24a6a41cacc1f
	.quad 0xfd09fc6bc420e75f
	.quad 0x06000000
	.quad 0xf0000000
	.quad 0x7ff254499118c79d, 0xffb59bea8db5abfa
	.quad 0x3f551ad74a25c418, 0xc07eee977b893092
	.quad 0x000f736abc2f5f3d, 0x7fae6da1f71bc59d
	.quad 0xdd4418bafb1b092e, 0xfff0000000000000
	.quad 0x189108a47fe380b5, 0x0000000000000000
	.quad 0xfffca211282db001, 0x7e50fd373044cd2d
	.quad 0x8ec68ca691ad298e, 0x07294055fff2ffff
	.quad 0x4e15a50ccb7803eb, 0xd37b008d095182bc
	.quad 0xcab95b6eecf2575b, 0x3cde772905dcbcda
	.quad 0xc02ffffffffffffe, 0x02ed3a0cdd95d198
	.quad 0x01d55140dfe820e7, 0x8008000000000000
	.quad 0x7fcc149ca71dbb0c, 0xa4f9a902211d4b73
	.quad 0xc0a8000080000000, 0xfc8b7204bff57c00
	.quad 0xfff9a5d3db3b142d, 0xff758ed5fbbe77ad
	.quad 0xff8434f700000000, 0x80000000fef26745
	.quad 0xffaba4e3c0500000, 0xcf67528953627b0b
	.quad 0x7db6cac30d6a892b, 0x2ab5185eff9e7fb8
	.quad 0x7f59be453f22c168, 0xffffacf0cff8db3e
	.quad 0x090f572f97ab78bd, 0x000bd4dad9b2cee2
	.quad 0xc07fffff99552649, 0xa9ed29be7889fc7a
	.quad 0x8000000000000001, 0x9e24732843ffee7f
	.quad 0x472600007ee4c3bf, 0x11f97776421865b7
	.quad 0xa914419b898f0680, 0x40a0443d8b1afbff
	.quad 0x000d4d7fee49f3cc, 0xc1d551c3d59ccd5a
	.quad 0x434fffffffffffff, 0x80038acdef516ae0
	.quad 0x46da72403bf0ae3c, 0x7006d92fffd6ce60
	.quad 0xb5a4fe42f75e768d, 0x8eb943957f987b4a
	.quad 0xe1fdca0b5ab7ffff, 0x3bebf4e1ff684c89
	.quad 0x8008aeaa239d9574, 0x4e7c15bb451ca2a5
	.quad 0x7fa8bf0e7fc00000, 0x3f5dc00000000000
	.quad 0x40faf1a5323ac834, 0x8069a4a4ff91aac5
	.quad 0xed9cb07d0670420c, 0x000d00c255bf90e8
seed24:
	.quad 0xda7e9c187ccc9a99
	.quad 0x9ca312bad2f8361e
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xc948bee4e15a54cf
	.quad 0x000000000000024f
	.quad 0xf8ab3e6917936538
	.quad 0x000000007fffffff
	.quad 0x0000000000000060
	.quad 0xc220986f79c53f8f
	.quad 0x000000000000016a
	.quad 0x000000000f465d8f
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x00000000dd135364
	.quad 0x36ffdc90258b2752
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xc33d36a137f9c5b3, 0x7ff8000000000000
	.quad 0x5a2aa5ed10893df5, 0x40d8000000000000
	.quad 0x800e97f548ba570f, 0x3fdd112bf7b7fe23
	.quad 0x3fd164fb951ebaf9, 0xbcf8c796cd678801
	.quad 0x3b526034f8708000, 0x7ffe31768d766a94
	.quad 0x1e17a837bffffbe3, 0x39654012fa71badf
	.quad 0xfdef0ad89e789d7b, 0xf99528e36f018000
	.quad 0xfafb6705000daf11, 0x7ff850cf0afb84ef
	.quad 0x3fc3ae674ed33ab0, 0xf558319dbefdb801
	.quad 0x3fd0000000000000, 0x7effffff6e07813a
	.quad 0x3ff0000000000001, 0xff56857895302227
	.quad 0xff20e775261f7e2b, 0x3f838521df09182e
	.quad 0xc020b7cf68889dca, 0x0896d4ec4d4f5aaa
	.quad 0x9557279c88634c65, 0x7d0f3d59feb4f4c5
	.quad 0x0010000000000000, 0x8000000000000000
	.quad 0xf5e53135929c0000, 0x4019c00000000000
	.quad 0x80000000da000000, 0xafdc4fadbcfe9fc2
	.quad 0xfff8000000000000, 0xac2bc49846276a44
	.quad 0xbebc5abaff9b46eb, 0xc2dcfdd200000000
	.quad 0x4012000000000000, 0xfff8000000000000
	.quad 0xbc3bfefb3eacde18, 0x7ff6b67d8e728475
	.quad 0xb35a47b4d779febc, 0x2719123318671232
	.quad 0x4aaf97837fbdfd2d, 0x43f0000000000001
	.quad 0x5a8a37f6f75db7dd, 0x3f7e301a3aa6fe70
	.quad 0xf56537be58d41e75, 0x41a63fea7378a744
	.quad 0x3f5c88eb40a80000, 0xeb8412ea00000000
	.quad 0x40199bb26d8220c0, 0x404be3d78c717738
	.quad 0x34d7767206838000, 0x8010582ab01d1ae8
	.quad 0xbf000000411c0000, 0x3ff677eacf13b837
	.quad 0x0000000000000001, 0x42035abd707fa3a3
	.quad 0x0f84e811ffd785f6, 0x0000000000000000
	.quad 0x98f5ef9c4ff5feff, 0x4042400d929e75eb
seed25:
	.quad 0xffffffffffffe354
	.quad 0x000000000000134d
	.quad 0x2bfba06081a8181e
	.quad 0x000000000002a1e7
	.quad 0xffffe7204c09b9dd
	.quad 0xa7713566bb2af507
	.quad 0xb2e387a65cec8556
	.quad 0x004ca6889cfef4cf
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0xffffffffffffffe0
	.quad 0x0000000080000000
	.quad 0xffffffffff8d02cb
	.quad 0x00000000ffffffff
	.quad 0x0000000000df2a92
	.quad 0x00000000000112e5
	.quad 0x07800000
	.quad 0xe0000000
	.quad 0xc0740332d188ac56, 0x8e21d81ff0e63a95
	.quad 0x3a466e89064afce1, 0x3853a3c509a4c400
	.quad 0xc07791987ac813db, 0xbd7c0000ff986fc0
	.quad 0xfeb35bfa7f800000, 0xcf000000da7fffff
	.quad 0xbf9935d8252d1fd3, 0x2877a204923fdc42
	.quad 0x5cf6db48e76e7df7, 0xb26882b873521a7e
	.quad 0x8000000000000000, 0xbf99e263d4263882
	.quad 0x80b2af83810b2620, 0x3eb65fc547fffffe
	.quad 0xc7000001edf1db08, 0x807fffff134c301f
	.quad 0x8066b8ccbc3d7599, 0x0e184cfe386c2cc5
	.quad 0x6b99b27affffffff, 0xfe9d99891b6aad2f
	.quad 0x4e0fc31cf1f13f16, 0x723a27c2a9914971
	.quad 0x1e13c342bf2e374b, 0x59eb458c19bfd7f4
	.quad 0x63a7819bd7fcfc4c, 0x4016000000000000
	.quad 0xbfcc4db6bc1a3d02, 0x778f25263fd7aad6
	.quad 0xffdfffffffffffff, 0x8024633887211fbc
	.quad 0xfff8000000000000, 0x00073507ebf7d4af
	.quad 0xc1c00000701ff1b1, 0xbf7cfb1206a25ee0
	.quad 0x8c1ba953aaf61327, 0x7f213ec35679d9de
	.quad 0x1b43bd703d6b8caa, 0x00000001c11def46
	.quad 0x01558b6bae04058f, 0x000000004c1ee736
	.quad 0x096d4107815337d4, 0x3fc6e65aabc2cfab
	.quad 0xc2e00000c11c0000, 0xbd9854d7feff7fcf
	.quad 0x35bd3fd5bd0fdda3, 0x42d5c0fde8dfffdd
	.quad 0x10f154345f700000, 0xf2579863effea7f6
	.quad 0xdae8e4377f92b807, 0x0000000000000000
	.quad 0x49c1000046fffffe, 0x7ff0000000000000
	.quad 0x9c3aa5326d1e59b8, 0xd1b1be0ac8fb1a61
	.quad 0xc05ecb4571e0c660, 0xc022800000000000
	.quad 0x7ff0000000000000, 0xffbcf510903394f6
	.quad 0xac8f2a5d9f2f40be, 0xc4887be9b4f7c104
	.quad 0x3fda000000000000, 0x3fb00000ff889889
seed26:
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0xb966b3a47a0d49bd
	.quad 0xffffffffffffd16c
	.quad 0xffffffffffffff66
	.quad 0x1367b8b156a3c4d0
	.quad 0x00000000000a76d0
	.quad 0x0000000000000000
	.quad 0xffffffffffffff68
	.quad 0x3a812502da8707c1
	.quad 0xfffffffffffffd6b
	.quad 0xffffffff9e6dcdd5
	.quad 0xa9b1a6b4d63eae99
	.quad 0xfffffffffffffe22
	.quad 0xffe48c23cfd3dce4
	.quad 0x60171f0eafa25f8c
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0x24e62c931382cafe, 0x3d5a8acc7f8ac242
	.quad 0xff91691e807fffff, 0x005d3655f1f41a7f
	.quad 0xd088b1f9c8636400, 0x8a40d6f1cd7fffff
	.quad 0x4013000000000000, 0x40a800007f935aad
	.quad 0x3e78c938c05c3cb1, 0xb3ac397f97bfc908
	.quad 0xb3e710f4ffafc9be, 0x81d53e26a6a52e43
	.quad 0x7fc513f97faff7e5, 0xfb118b66cf5b7fad
	.quad 0x3e80c1bd7effffff, 0x2d7da38719d2fe00
	.quad 0x3b865de4fb1d7bfe, 0x015b2c3329dec905
	.quad 0x7e2136d2264a8040, 0x15aefcd77d48f750
	.quad 0x444714844afa8355, 0x01d14fe0d84cea00
	.quad 0x403b800000000000, 0x40437fd9d0342420
	.quad 0x86d743e62cdba9ee, 0x0008000000000000
	.quad 0x155e33fa55e7fb68, 0x800000008b5aeaeb
	.quad 0x8000000080407b63, 0x7f800000b7080000
	.quad 0x9c8b9cbd2129fd74, 0x7ff58cf836c54960
	.quad 0x7f800000ce749aa8, 0x400e000000000000
	.quad 0x7ec393b3687c90f4, 0x8010c2293690a226
	.quad 0x3fd0000000000000, 0x3f9e9afa1b8a4880
	.quad 0x000fffffffffffff, 0xc021ea16ffdb2838
	.quad 0x7f797d90924319a0, 0x44f0fa2ec8befbfa
	.quad 0xc0b60eae53a9ff3f, 0x45b26db237c00000
	.quad 0xfde948c6b2c81dfc, 0x7f800000169fb59a
	.quad 0xa623cc5bdcfffff5, 0xc00be8feab9b2eed
	.quad 0x404960df8f8ae187, 0x00079885c5bdb30a
	.quad 0xfff0000000000000, 0x41fffffffffffffe
	.quad 0xc0a000007e86a449, 0x1f060dfffbe4f0fe
	.quad 0xf52697ca51fd3950, 0xcf42971725f13354
	.quad 0xc3bd6aef429f64a7, 0xc25b0ee6fc1b3008
	.quad 0xbf38000000000000, 0x0b58489ef6439b8b
	.quad 0x0a0130e833e5002c, 0xb56fa995683bc4c5
	.quad 0xbd69c5755bdf18b4, 0xff2e259825fc825f
seed27:
	.quad 0xffffffffe4af9753
	.quad 0xf0417dabd93cde24
	.quad 0xa0266e0d136fb9c0
	.quad 0x10169f940800d9a9
	.quad 0x00000001005984e0
	.quad 0xff8ea705fa315578
	.quad 0x8e8e9a9171948f55
	.quad 0x5934663eeb5e4b7f
	.quad 0x0000000100000000
	.quad 0x56896f8ef5e81316
	.quad 0xff67516d65c8b36d
	.quad 0xfffffffffffffe16
	.quad 0xffffffffffffffe3
	.quad 0xfffffde74d88900a
	.quad 0xc45d0b2c04926c56
	.quad 0x6a1a95e738988135
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0xc042f1c82528c00b, 0xfaaff5373e892d28
	.quad 0x9f5956e4d349f5bb, 0xdf4699dfbbbafbff
	.quad 0xc0d0000000000000, 0x62bfc8045bffbbfe
	.quad 0x6ece670a00000000, 0x1530a443a53dfcff
	.quad 0x3fbc3cc55f931900, 0xfffa67727f806267
	.quad 0x7fdfffffffffffff, 0xfdf0764f7e3efade
	.quad 0x95bd6a731116109d, 0xe8eaf5f173785b83
	.quad 0xff956d0d017fffff, 0xb0dfd3579e6ebc01
	.quad 0xb96b196a1049fd4e, 0x4058000000000000
	.quad 0xffa2485dc1c3f80b, 0xff940e2dc6580000
	.quad 0x017fffffbd8e3fac, 0xbc123f22c8cf3487
	.quad 0x831addc2572c1064, 0x8022d3a2e407ecd2
	.quad 0x3fc6d8889284c8ec, 0x0006eed5536984a9
	.quad 0x7d7f2557500a65e1, 0xc2a16ce6ffb8c03a
	.quad 0x3f725d621e72a4fe, 0xf1f1dbc5dfffeade
	.quad 0x478000013bb64578, 0x061dd46b5dd70bff
	.quad 0xc0ccb0da407ee16a, 0x92c4e786f7fec7ff
	.quad 0xffe63b50f67dc90b, 0xbc5a3e2037ca4710
	.quad 0x42a5394f7f800000, 0x28ba3d24ebdc864c
	.quad 0x3f71363260d0c113, 0xe17842e543393905
	.quad 0x8029a6f981559c83, 0x7f80000007469aa4
	.quad 0x3f3f000000000000, 0x3f80be2389465b31
	.quad 0x8003f3397e1f5cda, 0xa9ebb779ddfe3ffe
	.quad 0x8176745f3d200000, 0x7ff26ccdf6be248f
	.quad 0xf313ea06e5fff87f, 0xe6b615b9284ac215
	.quad 0x4880000000000000, 0xc050000069efa62e
	.quad 0x3ac01bb77f98b426, 0x400000003c28c119
	.quad 0x4473b82ca8eb7b49, 0x7f383dc9610f2695
	.quad 0x411600007642066c, 0x7dc7dbe7ffc1fee9
	.quad 0x80000000c0700000, 0xffc000007fc00000
	.quad 0x3fb000003d9b6ef3, 0xee58180bfdf7ebf2
	.quad 0xc02cc7a370590ec0, 0xc16e99ecc7e9bc98
seed28:
	.quad 0xfffffffffffffffe
	.quad 0xa0085182beb9bd30
	.quad 0x0000000000000001
	.quad 0xfffffffffffffdf2
	.quad 0x1e3c3604dee8b217
	.quad 0x0000000000000000
	.quad 0x00000000000001ed
	.quad 0x00000000ffffffff
	.quad 0xdc3fd015822b8c6c
	.quad 0x00000000000159d7
	.quad 0x000021593988e91e
	.quad 0xef14c3bace5b590c
	.quad 0x000000000000029f
	.quad 0x000062508892aefd
	.quad 0xfe40dc35fb0e174e
	.quad 0x00000000000000ac
	.quad 0x02800000
	.quad 0x60000000
	.quad 0xbfab1fcc4cce3749, 0x3fb3feda7ad888ac
	.quad 0xfff6b7110f3dcec9, 0x3ff7274031f889c7
	.quad 0xc0800000fe800000, 0x98584b1b79ef8000
	.quad 0x3fb794fcdfda3c50, 0x18b7abf2b39316dd
	.quad 0x8001592053269af3, 0xbfc2a4768c38d416
	.quad 0x07b7933489f52e31, 0xff800000fffe3786
	.quad 0xbdbc99251dc55d6a, 0x3c7bb3e4817fffff
	.quad 0x404537d23f7fd493, 0x70b209ea3099fe00
	.quad 0xf0755654d869ff1b, 0xfff79d2344d55917
	.quad 0x43e000007fbab5ae, 0xfff8000000000000
	.quad 0x404cde85586a1297, 0xfff4eb439fbb1fa4
	.quad 0xc330000000000000, 0x7f800000bfffffff
	.quad 0x403e6603b6e7aece, 0xb127516e835faf98
	.quad 0x3ffffffffffffffe, 0x8000000000000000
	.quad 0x3f8ebe0b2f029040, 0x3f88581dd36c9206
	.quad 0x5980000047fd76c9, 0xfb7bac6d55da8537
	.quad 0x7ee6a0857ece1189, 0x5a0bacd0220e84e0
	.quad 0x140a0ba7becedbb6, 0x584800d341a490bd
	.quad 0xfeffffffc345b052, 0xabd81bf1a6758000
	.quad 0x68c766363493bb7a, 0xac7d51300bde2d66
	.quad 0xb41cb9963dffffff, 0xc07c000000000000
	.quad 0x23a14339ff1f7800, 0x4330000000000001
	.quad 0xa08942ec8be5fdbf, 0x16b0dfc8c2f383ff
	.quad 0xbffffffe00000000, 0xa45b4b0abf9fe3be
	.quad 0xc005000000000000, 0x40f0000000000000
	.quad 0x401b000000000000, 0xba8000003eb48e06
	.quad 0x81000000644dd803, 0xb15473f0ffdcfe79
	.quad 0xe7021076fbf4fb20, 0x3faf707b70790e4b
	.quad 0xfff2f54cdfbd207c, 0xffa70a24f43bd13e
	.quad 0xf2ea13b3ff9a65fd, 0x41fffffffffffffe
	.quad 0x0761cafdbffffffe, 0x32c5234aff72d030
	.quad 0x76e6589cf486c03e, 0x0000000000000001
seed29:
	.quad 0x4910460482635eea
	.quad 0xffffffffffb35947
	.quad 0xadbb030a1a2ef96c
	.quad 0x0000000000000273
	.quad 0xfa89af57f51315dd
	.quad 0xff09e3c8e7135826
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x05958e10e1979202
	.quad 0xfffffffffffffc81
	.quad 0xfffffffffffffe90
	.quad 0xffffe5cc83f6e36b
	.quad 0x0000d14b6d41ad64
	.quad 0x00000cda01664ebc
	.quad 0x0000000000000169
	.quad 0x0000000001000001
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0x0b9ea0ae8531bc00, 0x7fc0000046a40000
	.quad 0x0025cc14ba114ee1, 0x3ffffffe00ffffff
	.quad 0xc1bd649d95137902, 0x2bfc5dcc0a547d2b
	.quad 0xf3ea27fbda09c0b4, 0x2d247c6ebdfcffee
	.quad 0x5a5e56bdffa2ab0f, 0x8100000000000000
	.quad 0x9bb87aa81e1c6499, 0x410e57edc08d03ac
	.quad 0xc2baf9e0f7670000, 0xdb18b0aaf321afd9
	.quad 0x03ac1129da4407f5, 0xc5728660272ab86a
	.quad 0x7e9aac197fc00000, 0x20eb57fe97cc7c00
	.quad 0x3f9a800000000000, 0x7f4016e4d1e6f7ff
	.quad 0xfff6540a00a13bff, 0xc0d5ce47ff8ded1d
	.quad 0x739d930b7f800000, 0x7f800000fff5964d
	.quad 0x7f6e8d609a5f0b4e, 0x7ff8000000000000
	.quad 0x7fbe894ff1cfb983, 0x41dfa66000000000
	.quad 0xc00fffffffffffff, 0x16fd19fb36c8c6d2
	.quad 0xc22c9f46881d002a, 0x03abbe34fe800000
	.quad 0x49900000c2c00000, 0x006717e5ff800000
	.quad 0x5e897e412a6cf8bc, 0xc0efffffffffffff
	.quad 0xfffa1315379dfc47, 0x001591b8aa7d1ee9
	.quad 0xbffc655c42407299, 0x3f7118ffe31cec7a
	.quad 0x75a120fbbea04992, 0x406b1df03f4b78c0
	.quad 0x002d77c6f49368b9, 0xb9eda02bfba788ef
	.quad 0x396d4c8efef7bcfb, 0x8000000076345e78
	.quad 0xc1e0000000000000, 0xbf9639588ccf1b18
	.quad 0x839ebc5d59805dd1, 0x800000008042a282
	.quad 0x3bc5d68b03fe8e4c, 0x8000000000000000
	.quad 0xc16db8bcff800000, 0xf674dbfbcfffffee
	.quad 0x0f247eb4d4966c24, 0x802faffbd1c5c54e
	.quad 0x67c949e5b8908000, 0xcb9555d37b95fdf4
	.quad 0x7f800000c1080000, 0x6d297cc2dffe4f75
	.quad 0x7f800000d9800001, 0x83537df8424251ac
	.quad 0x404ac2ef19f42aea, 0x2becf039a186d851
seed30:
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x0000000001bb92ed
	.quad 0xfed9054958995de6
	.quad 0x000000000000084d
	.quad 0xe44a56535f81979e
	.quad 0x00000ed49cf5d072
	.quad 0x00000000ffffffff
	.quad 0x0000000000000005
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0x8494f90c6536b4be
	.quad 0x86b783816fb32d16
	.quad 0x000000000253f0f9
	.quad 0x2e025876a6efdd06
	.quad 0xfffffffffffffd94
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xa16cef873b9c6ffd, 0x513a1be98d7bfe9f
	.quad 0xfc3d39636a07d6bd, 0xfbcd8898bb7fffff
	.quad 0x676b8fa4b780fd49, 0x236397b9fbf98bff
	.quad 0x8f9c3d0b11e7b773, 0xc5c66c6e4cfb1d25
	.quad 0xfed6abe9c7800000, 0xffd29248e2fd186b
	.quad 0xcbf0b58fbbfd3e3f, 0x30e72ce724338000
	.quad 0x0bf3e479fffea260, 0xd73fc4101e61d2fd
	.quad 0x85ef8e6aeaf89a53, 0xffca56ed41200000
	.quad 0x084d7a12ffad03ff, 0x01d756e5e13bcb67
	.quad 0xfff0000000000000, 0x4050d1a53b7e46e1
	.quad 0x82e39b305f0e7894, 0xf1fae1282c8f7c00
	.quad 0xc060000000000000, 0xd81ba791bfefff2f
	.quad 0x3fbce0ffedc01559, 0xc0ffffffffffffff
	.quad 0x80400000c097177e, 0x01c34875c30f4f08
	.quad 0x2951504cedb0cfdf, 0x005ebbcfdf7ffffe
	.quad 0x7ff0000000000000, 0x41915606c3788d53
	.quad 0x4094000059fffffe, 0x3fbcb1299498401d
	.quad 0xad6a1ad82f8acc79, 0x0a60bd5ea41dbff4
	.quad 0x487903991c4e0000, 0xc094000000000000
	.quad 0xc03b7f6aa1526290, 0xfe800000ff800000
	.quad 0xffe36744ff9f3e90, 0xbf74000000000000
	.quad 0x470000017fcd15bc, 0xaa1a62fc4d6e7e00
	.quad 0xc0b8000000000000, 0xc0d6792b3d0f0000
	.quad 0x716690e011f68e28, 0x12c757faacf67d0a
	.quad 0xac7f2c4991536092, 0xffff542ec048c512
	.quad 0xcd1c3441edffffff, 0x89a53392ff9effb5
	.quad 0x801751d17fa4999b, 0xc076f8d3f373e1cc
	.quad 0x3fd8000000000000, 0x3f50000000000000
	.quad 0x28d6c0be88be500a, 0xebbc6b14857ed084
	.quad 0x7ff74b79e576588f, 0x41ffffffffffffff
	.quad 0x40266525747d2c38, 0x001fffffffffffff
	.quad 0x4277b7b180000000, 0x6fc9062e92101475
seed31:
	.quad 0x0000000001000001
	.quad 0x4e1d089767ae812e
	.quad 0xfcf0a5997f596afb
	.quad 0xffffffffffffff18
	.quad 0xa4fd64435d60955e
	.quad 0x0000000001000001
	.quad 0x53f206c9aefc587e
	.quad 0x92359ee1bb609a0a
	.quad 0x00000000000002c3
	.quad 0x0d9aadabe8381c74
	.quad 0x8ee0a542d676ee9f
	.quad 0xf1dd3f29cad5fdba
	.quad 0xffffffddbf831f08
	.quad 0x1d025b0418d54a27
	.quad 0x0020000000000001
	.quad 0x0000000000000291
	.quad 0x03400000
	.quad 0xf0000000
	.quad 0xf025143c40500000, 0xde5e266eafeeffbf
	.quad 0x02057c51e0627230, 0x7fc0000002669aa3
	.quad 0xd9b6e3f07f84e221, 0xfff5bca27baa1614
	.quad 0xbc0465f7fff38159, 0xbd203ff4ffe46f64
	.quad 0x7fd0000000000000, 0x8000000081000000
	.quad 0xa199b21e45fc7bd5, 0xc6ea70b9b2b3a0e1
	.quad 0x3ff8000000000000, 0x8000000091e5df9e
	.quad 0x9428a4b91983d4ee, 0x06baeecf7f800000
	.quad 0x2ef9a36dfff7fcd1, 0x5cdf53752528fe3d
	.quad 0x74c0b679424b8a3b, 0x91d03e0b7dbbeeef
	.quad 0x7fda2178d3317d9c, 0x0000000080000000
	.quad 0x7ff70d4dbb6650c0, 0x7f987250422330dc
	.quad 0xfff79027d8095c4b, 0xbfae4d4796d1eb15
	.quad 0x80226a96bcc7d55d, 0xa901f251107fffff
	.quad 0x9a36520dc1000000, 0x338bf2690557339f
	.quad 0x02fa849b957381db, 0x3e8000001036b8e9
	.quad 0xff7fffffcfffffff, 0x7fefffffffffffff
	.quad 0xc01f1ff85c91c521, 0x401fba7ea6eb4b63
	.quad 0x0000000000000001, 0x433ce3d68b00edac
	.quad 0x7c2d0a1dbdda75fd, 0x00ef31c71f986d2f
	.quad 0xbe40fe187fc00000, 0x1bf745bfad309531
	.quad 0xc8bb74db5fd9b7bd, 0x000fffffffffffff
	.quad 0xc00f000000000000, 0x7a3f55145e2546e0
	.quad 0xe3b7084c2093fcda, 0x7fa1d136df60d182
	.quad 0x803369a5656dc406, 0xc87000000d67a78a
	.quad 0x478be0e55b402d29, 0x75b9f6e1424efbfe
	.quad 0xc04c000000000000, 0x795e1743c003e9d6
	.quad 0xc0168e3df1e7f5ef, 0x1447cb303933fc00
	.quad 0x8000000000000000, 0xff8000003bb3188e
	.quad 0xfff4b8332db6d844, 0xe6af5e8244d9b20b
	.quad 0x00043d04411e0000, 0xfff0000000000000
	.quad 0x50bcf051cba5baa3, 0x4250000000000000
seed32:
	.quad 0x000b9c37b7609dba
	.quad 0x0000000000000003
	.quad 0x29cac3b6cf3737ef
	.quad 0xfffd1bcc12d8bc50
	.quad 0x00000000004c40f7
	.quad 0xaaf0bd2f5a513e7d
	.quad 0xfffffffffffffc8d
	.quad 0x7abe441db2ac790b
	.quad 0x00000000ffffffff
	.quad 0x000000000000004c
	.quad 0x0000000255b5ef6b
	.quad 0xa862a80db859f92f
	.quad 0xba2c0296dabc9fd7
	.quad 0xe3c4bcac43ffce7c
	.quad 0xfffffffffffff163
	.quad 0xfbabc17d5bd8ba4d
	.quad 0x03000000
	.quad 0x20000000
	.quad 0x4252b1211d8f7891, 0xbee7000000000000
	.quad 0x0000000000000000, 0x74a2f6a880b4cf06
	.quad 0x0000000000000001, 0x8101cc9680619682
	.quad 0xf61844e9ffc00000, 0xc000000000000000
	.quad 0xa02ed5fcfff6ffb7, 0xc0a3957580000000
	.quad 0x3fec3617ffeffbff, 0xffdf6639ff91d513
	.quad 0x181b56299291dfe9, 0x41df117efc2afc8f
	.quad 0xbffffffe3e2a2859, 0x2a98524388307c00
	.quad 0xbe27c1db428b9d43, 0xed0a9dae2d6b0000
	.quad 0xccc76d11ffedfdfd, 0x7ff0000000000000
	.quad 0xbcb6680d17f7ffbf, 0xb6f6ee4366a10000
	.quad 0x7ff0000000000000, 0xbfafd30c51bbd68d
	.quad 0xc22c05165a3765b6, 0x017fffff800ca22a
	.quad 0x41afffffffffffff, 0x1553a7ce803d3bd8
	.quad 0x81a5e6f389fb1b64, 0xcd4ba18bfffea99e
	.quad 0x8000000000000000, 0x7ff3f0f1d664f9fd
	.quad 0x7ff8000000000000, 0x74d416be7ffcff64
	.quad 0x40163238a3b007ec, 0x7ffa1dfcb999cc83
	.quad 0xc79eba2dffde47ec, 0xec236ae145a00000
	.quad 0x7fefffffffffffff, 0x64be2b27d7da4440
	.quad 0xffc00000ffb9a4d3, 0x800000009ac65c86
	.quad 0x80000000803f966a, 0xc64000007f000000
	.quad 0x804d2ac9f766ce1f, 0x7fa9d19a5ffffffe
	.quad 0xc14c2453257e65f5, 0x0fb08d37d4350043
	.quad 0x0000000000000000, 0x7f99fad5c0a99a84
	.quad 0x4052300000000000, 0xfec374e80007bf4f
	.quad 0xff000000985f435a, 0xffc00000bd800000
	.quad 0xfce1284230ab309f, 0x8b869a6ebfffdfe7
	.quad 0xea855db47cdb3f69, 0xbb10000054e2932f
	.quad 0xc0973e3fbe903fd6, 0x40ab000000000000
	.quad 0xe56e105945b33766, 0x435c8933ffff3f11
	.quad 0x40e0000000000000, 0x5bde093a7f000000
seed33:
	.quad 0x00005ab09b4d63e8
	.quad 0x4e54aebfef76c66e
	.quad 0xffffffffffb919c8
	.quad 0x031723b8b621c925
	.quad 0x14c11bd95dc11edd
	.quad 0x0b76e1d9b0902ac3
	.quad 0x18fb9bacca92e70c
	.quad 0xffffffffffffffd4
	.quad 0xfffffffffffffc4a
	.quad 0x7fffffffffffffff
	.quad 0xffda0d815f1a4571
	.quad 0xffffffffffffffe0
	.quad 0xfffffffffffffea4
	.quad 0x0000000000000186
	.quad 0x57e300949e48b184
	.quad 0x000000000000023c
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x1b381fbf93e1522d, 0x65577cb4f6fdef4d
	.quad 0xf3fd80fd27f72e00, 0x000c84932fd3834c
	.quad 0x800000003c3bcfe1, 0x783c8016ff800000
	.quad 0x411800004722abd2, 0xc078000000000000
	.quad 0x00000001f498fd35, 0x55e59f80fffd471b
	.quad 0xfec598af28c96d79, 0x5f9c8865850e8400
	.quad 0x24ae314e5160ace0, 0xccdff3b99a4f7e00
	.quad 0xf985534b7f7ac0ad, 0x8000000040cca562
	.quad 0x436d62a3c67fa539, 0xc06000003ee697b6
	.quad 0x3f29c81cbfc00000, 0x3ac933107d45f33e
	.quad 0x0dc0ff04f7fffffe, 0xc9064172023e7c00
	.quad 0x5634f28d6547790f, 0x40e0000000000001
	.quad 0x09ec6a15b3e2fc00, 0xc3c202b1f5868217
	.quad 0x8e4d7ff8a04d7c78, 0x5285b1ea572d1eea
	.quad 0xe5f133aa6182c236, 0xf152436f68029336
	.quad 0x7c2daf52ca9df869, 0x3f400000b6850361
	.quad 0x7fa723e080000000, 0x7f8000000c173bb3
	.quad 0xefe2712dff8ecbff, 0x7fc3027ec5178ac8
	.quad 0x3f5e000000000000, 0x3f74ab72b48bb6eb
	.quad 0xbcc80000be35c227, 0xbf8000007fb6b445
	.quad 0xfffafa90cf131c32, 0xad1392bb3d562632
	.quad 0x40473f5ff3375d28, 0x7fa109fd80f2d38e
	.quad 0x83969b8fd4e0e2a0, 0x7bd089967fe3f7eb
	.quad 0xbfc96cd342f06bad, 0xc2dea9532fa35e31
	.quad 0xe64535e8df1db7f2, 0x3fa61a203d3f5d34
	.quad 0xc16dbdb141040000, 0xa0058a9aff96fc00
	.quad 0x41efffffffffffff, 0x3dca3d2a005138cf
	.quad 0xca438d91fefffb9f, 0x7d7190d0fc9dde00
	.quad 0x7fa8dc50836bf44a, 0xfc506fdc50967d25
	.quad 0x15e1fa2186688624, 0xc118000043dd12bd
	.quad 0x2a8a1ad97ffeb370, 0x87ba59ade3b043bf
	.quad 0x7ff8000000000000, 0x4022c00000000000
seed34:
	.quad 0xfd29edcaa87f5018
	.quad 0xfffffffff2582bb2
	.quad 0x00000000000003ca
	.quad 0x4144a7b2b14c1d56
	.quad 0x0d7a9fca3e630170
	.quad 0x00005da1bafc1218
	.quad 0x000000a02699e6fc
	.quad 0x000000000000000f
	.quad 0x6c1508cbf41ffec9
	.quad 0xffffffffffffff38
	.quad 0xa86165942c6d4952
	.quad 0x00000000000002a3
	.quad 0x0000000080000000
	.quad 0x451e6ab74a32d5be
	.quad 0xfffffffffffff912
	.quad 0x3fbd1579752c8338
	.quad 0x02400000
	.quad 0x70000000
	.quad 0xae0ec97531bd273b, 0xbe17a1a090e15a77
	.quad 0x3fc00000bd08e546, 0x1fa36ed47feafe4a
	.quad 0x6e93c88f7d31adec, 0xa3c9fd3b35c8018e
	.quad 0xfa769d85c4cbd615, 0xc0e0000000000000
	.quad 0x7fa89b3e80800000, 0x404b0c615d2d03b3
	.quad 0xc0234f8547000000, 0x41efffffffffffff
	.quad 0xfb6b4459fff5fc86, 0x95917309fc3d6fff
	.quad 0xfbcd02aae6f77957, 0xa6045e5a9d72fc89
	.quad 0x003244dfee7b004a, 0xfff9f8430b889d07
	.quad 0x8001946f373c5546, 0x6fec950940b58bff
	.quad 0x5375de5dfdffeff5, 0xe2f3f5b2f5bb9cef
	.quad 0x3d30dcb17b6b288e, 0x2059bcec3ffff35b
	.quad 0x80da2af2ea2efee6, 0xffe20e67fffab83b
	.quad 0x7ff8000000000000, 0x40f8000000000000
	.quad 0x67c12578b96bfc3e, 0x4340000000000001
	.quad 0x80aab37f2a871ac8, 0x5558afd66bd8fec1
	.quad 0xe314af8042b3c7a7, 0xfff0000000000000
	.quad 0x800000009685fede, 0x4013000000000000
	.quad 0xd56346a2d221cd6f, 0x4072be141d333112
	.quad 0x26768ecbc282fd28, 0x6c4514b27ef77c55
	.quad 0x2b1bfc539082c003, 0xfff0000000000000
	.quad 0x43b622c77fc00000, 0x7b957850813e383f
	.quad 0xc118000094ce9072, 0x3fab557c0d768008
	.quad 0x0052057a3ecd5428, 0xe73a51531cf92bdc
	.quad 0xae359f00f98f03ff, 0x284e7e4a940e6581
	.quad 0x82e246f0e7738000, 0xc0d80000c02aaeab
	.quad 0x3fe8ef1c7f8ace9f, 0xbff427b6529114b5
	.quad 0x19b38b1f5f55f7a7, 0x23029241fdbf2632
	.quad 0xc02622cf63f5fff7, 0xfff2e885b245572c
	.quad 0x3f8000011dc74009, 0xa78672483fefc2f4
	.quad 0x403736c020388867, 0xaf580560d4980a1c
	.quad 0x8f9d7fd4ff800000, 0x0000000072c0ca0f
seed35:
	.quad 0x0000000021d7c8aa
	.quad 0x000000000000001d
	.quad 0xb9a731abe2fd3064
	.quad 0x577c74ca533708ec
	.quad 0x8000000000000000
	.quad 0x00036c705140c9a0
	.quad 0x14158f80025db561
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffdac
	.quad 0x07f7ca71104cccc1
	.quad 0xffffffffff337ed0
	.quad 0x000000005000bbe3
	.quad 0xffffffffffffffe5
	.quad 0xffffd0d7f2c4885f
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x5819903dde748068, 0xc21f678b0053616b
	.quad 0xd680fb07da62782d, 0x7e800000c3e83990
	.quad 0x2178c9277fddffe7, 0x7f1dfd1e8010d1dd
	.quad 0x8008000000000000, 0xbf3b2de350691fe1
	.quad 0x2c08d0684a565e12, 0xc0a605d2ffe4a562
	.quad 0x42912a9affc00000, 0xbfc0000000000000
	.quad 0x7ff21b129727a382, 0x703932637dffbffe
	.quad 0xbc5ddfc200000000, 0xbfe8000000000000
	.quad 0xbf1ac00000000000, 0xae19932b188c7bff
	.quad 0xc021000000000000, 0x8000000000000000
	.quad 0x23f7b144ff800000, 0x80000001ded25e3f
	.quad 0xfee9d6c85a000000, 0xd6cf8042bbdf3e67
	.quad 0x39440000c71ef9a9, 0xffb93a7dbd688058
	.quad 0x0f0cdec92878cd68, 0xc022800000000000
	.quad 0xb88bf009ff800000, 0xc0d80000d9800001
	.quad 0x92ce44c5c3c03abd, 0x7ff24d77f8e1088b
	.quad 0xe0ab88e2ffde48f0, 0xc054948c40b9ea0c
	.quad 0x3d4adf283f800000, 0x5d7fffff00000001
	.quad 0x8eef99423f2c78d7, 0x075c4ff17fb699dc
	.quad 0x2708a204bdbfd7ff, 0xc021800000000000
	.quad 0x6d00fae40bcaacf5, 0xbcb43f1cffdbff40
	.quad 0xff758863154be40b, 0xa8d2e24a4ffbaa40
	.quad 0xc30867f7e522801f, 0x3fc75384a101d192
	.quad 0x7fa34fafb1e75cff, 0x000000009c68ecb0
	.quad 0xfe0bf38c756c6598, 0x7d8ff18c3edadd99
	.quad 0xbbe400003ed156e2, 0x5e8757f52a7dbff3
	.quad 0x80000000bcbd71a0, 0xa47ddd9cf3d3e7e5
	.quad 0xcf0000007fc00000, 0x7f9817abff800000
	.quad 0xc13ea00000000000, 0xc733e8e4fcc902b7
	.quad 0x8000000000000000, 0xc5ac00008095d8e4
	.quad 0x7f8cf59a7fa08547, 0xc775217b9c04be0c
	.quad 0xf72aaff2513b054a, 0x43c800004005acce
seed36:
	.quad 0xca0914f5c60322c7
	.quad 0xfffffffffffffdff
	.quad 0xf8812b1b9cf6e5c0
	.quad 0xecd94cb81e63f85c
	.quad 0x9ccc2492b814999e
	.quad 0xd69b31eb88e64c20
	.quad 0x52a68d2ad0a509bb
	.quad 0xffffffffffffe2b2
	.quad 0x0e4d8dd7a944cec1
	.quad 0x69174e33e8031728
	.quad 0xfffffffffe142d5a
	.quad 0x000000000003922e
	.quad 0xfffffffffffffc3e
	.quad 0x0000000100000000
	.quad 0x00178880a18c9afe
	.quad 0x0000000023c2bc0c
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0xc114000045500000, 0x1c573a26be670000
	.quad 0x7f80000000000000, 0x054b0c319f7fffff
	.quad 0x1c9d0e8cd9bff6eb, 0xb7e0000080000000
	.quad 0x3ffb74da737bb0d3, 0x06d651a5fffdfbb9
	.quad 0x7ff0000000000000, 0xff800000c262a450
	.quad 0x40c80000c7c84a42, 0x06d58c1da580f5d9
	.quad 0x3fec000000000000, 0x8f26b3e08eb84d28
	.quad 0x7cdc5c329579c380, 0x7ffa2532f8f13f43
	.quad 0xd4b29cc823808000, 0x3f38000000000000
	.quad 0x833e27dfcf247600, 0xc059a7b3118cfc18
	.quad 0x8e857bdfb2157aa2, 0xffc000003e520777
	.quad 0x0bf9a9d425091dc5, 0x1f8bd61dd7124900
	.quad 0x4021400000000000, 0xc11800003f443d4a
	.quad 0x3fde300000000000, 0x7f800000ff1314cb
	.quad 0xa81f4a1c57ac7b44, 0xff80000000431b11
	.quad 0x9b221cf5fe7fffbf, 0x0008000000000000
	.quad 0x3dc0b2b3fdfdfcf6, 0x80bcb136df515d6f
	.quad 0x21738beffffdbfa5, 0xb51affabf8991651
	.quad 0x9068c83b62d9bcae, 0x7fae6b965f000001
	.quad 0xffd88fd6f4bee9bd, 0x497e13c736da8000
	.quad 0x3d6b8000b320901e, 0x4020c6e56290b9bd
	.quad 0x3b52fefc0a4129ff, 0x7f933d5b7fb109ba
	.quad 0x000fffffffffffff, 0x0035c1caf4146a99
	.quad 0xfe19773f99e4a527, 0x4057097250fb896b
	.quad 0xff80000043e9460e, 0x3dcf3ae07fc00000
	.quad 0x7fc000007fc00000, 0x3eb6700000000000
	.quad 0xbfc8000000000000, 0x378c00003a580000
	.quad 0xed02e464bc0f9102, 0x401c000000000000
	.quad 0xe14551b420f04e36, 0xfff69ff60209c5c3
	.quad 0xc0ffffffffffffff, 0x5f7ffffee726357e
	.quad 0x0000000000000000, 0x7f800000ff800000
	.quad 0xa2b901eaf0932bd4, 0x3e73a7bf0894a26d
seed37:
	.quad 0x000000000000001c
	.quad 0xe63f5cd56bfcf4a8
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdb7
	.quad 0x2790ffb1c8dc25bf
	.quad 0x2d04c07f95359556
	.quad 0x9fa2ebd4717939c4
	.quad 0xfffffffff5881cf6
	.quad 0x00000000000001c9
	.quad 0x0000166b4ed874fc
	.quad 0x00000000000003de
	.quad 0x000000014604e742
	.quad 0xbef7ecbbbea5c1a1
	.quad 0x03d21d49793525be
	.quad 0xfffffffffff2231a
	.quad 0xbdb4e03c4229fd5e
	.quad 0x03800000
	.quad 0x50000000
	.quad 0xf334e4d5c267db0d, 0xbf8f5a2186143f51
	.quad 0x3fea70b1a6cd446c, 0x7b4cc614411c0000
	.quad 0xffe26d70ffc00000, 0x3f99892dd2233de2
	.quad 0x7ff6da195de0c3d1, 0xfff70066aa039dfd
	.quad 0x2f634f8c82bfdbb1, 0xc06da7ff66cd68aa
	.quad 0xffe3ae6900000001, 0x7e067722f7ff7f7b
	.quad 0x7ff0000000000000, 0xf565f4e119445b61
	.quad 0x904a61a9ffdfff6d, 0xca79cc4dfff1bfb5
	.quad 0xc2561ed06a7f4c3a, 0x3bd763167f7f2475
	.quad 0x25d4adb6dfefdefb, 0x06ce98ccee0e6395
	.quad 0xa09a40e43bd3db29, 0x23025f58700ba5f1
	.quad 0x34e4e9dd7a1ff816, 0x807fffff7f857355
	.quad 0x411d0a9cf274cc9a, 0x89de7f1f74ab15c2
	.quad 0x80038a9972b96db6, 0x9344be3f3b08a5fb
	.quad 0xfff0000000000000, 0x001fc1cc9a7636cf
	.quad 0x7f922c00c3cf08e7, 0x35831ec93d32b6ce
	.quad 0x7d042d0ac8be3d00, 0xf93f59bf3b4fcb5a
	.quad 0x403b915385311abe, 0xfff7fa4cda0461f0
	.quad 0x89999ad22d50c600, 0x8000000080d90df7
	.quad 0x7fd80e9c38400000, 0x7f63eac9d0fc519d
	.quad 0x80000000430b48f4, 0xc079826f0675f45d
	.quad 0x8000000000000000, 0x3ab2cbf56e70dfd0
	.quad 0x8b89ecfa9affffff, 0x8c974035ce4e25af
	.quad 0x002c5d1bfff16673, 0x7ef3ff0fbb9e9b87
	.quad 0xbf9b000000000000, 0x0a25b9b6a16183ff
	.quad 0x7d4fcce590e2a8c3, 0xfff0000000000000
	.quad 0x80a66caf3c1997c1, 0xffee79932d9114cb
	.quad 0xc0700000bcefaf5f, 0x739213232e4e8000
	.quad 0x3cb028b6c3ad0000, 0x80070330998b6807
	.quad 0xbb76ad20efff7f56, 0x005aec75810db6ba
	.quad 0x7ff0000000000000, 0x3f1c600000000000
	.quad 0x7fd3c6bec3812c25, 0xc0f0000007f01f74
seed38:
	.quad 0x9cde145dc0360869
	.quad 0x66456ee0a798dfa6
	.quad 0x94f0b65069a21bd1
	.quad 0x0000000000001ff6
	.quad 0x00004508686c6590
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffffffc
	.quad 0x400e5e58c59e2ec4
	.quad 0x000000000000022f
	.quad 0xd7469f4ad809d101
	.quad 0xfffffffffffffc6d
	.quad 0xfffffffffffffff1
	.quad 0xfffffffffffffc50
	.quad 0x178508188d329769
	.quad 0x0000000000000002
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x0b2eadf87f357e00, 0xbf800000b4657be3
	.quad 0x66e80c2b69faffef, 0xfff0000000000000
	.quad 0xbf8716123f1f246b, 0x3fe8000000000000
	.quad 0x8cfa4d11f3fdff7f, 0x575958f4fed9b771
	.quad 0x6361eeccb7fd5e9f, 0x7f800000ffd0097c
	.quad 0x3ff0000000000000, 0x41376785bf978477
	.quad 0xbff4000000000000, 0x6d961cdc7e49bd00
	.quad 0xc019f24376ea297b, 0x00ab71123e0053c8
	.quad 0x5fc57050ff57a17f, 0x804c3771407fffff
	.quad 0x7f84ec03ffc00000, 0xc5e9c0a8ffffffff
	.quad 0x3f2c406a4ffffffe, 0x9ef7f43b63e60e9d
	.quad 0x13ae8093ff7fffff, 0x00014b057c1b7b4a
	.quad 0x8000000099c951c6, 0x3dc439fdc0200000
	.quad 0x0000000000000000, 0x0000000000000001
	.quad 0x6a1f3ea95cfcfcdf, 0xc01c000000000000
	.quad 0x7f914d85ff800000, 0x7c089e3f7da1fa18
	.quad 0xc42ffffffffffffe, 0x7fed02206c71fc3a
	.quad 0x800000007f800000, 0xe3f5422cf9ebab7a
	.quad 0x22166a2bbc3c80db, 0x000b1dcf48621d62
	.quad 0xbe136b6b125919a1, 0x9d2fe48484d2fcf8
	.quad 0xc0e70a1af1be5198, 0x3e88b7b1dffededa
	.quad 0x62067778499d8bff, 0xf73f1fab93fe7f7f
	.quad 0x4050000030bb8790, 0x3f60000000000000
	.quad 0xfff0000000000000, 0xffa9a34b128357a5
	.quad 0xc34ffffffffffffe, 0x364166be0c0cd6f1
	.quad 0xbfd1b1acc8e747b2, 0x6dc8a47600d38011
	.quad 0xfa115559beffdd9e, 0xb04ca8a9f59cedc8
	.quad 0x3fa401bbe8528a3a, 0x0000000014fa09a6
	.quad 0xf4190c928ec3aa73, 0x7f800000f32e7551
	.quad 0xbf8c76050707f933, 0x3f52ad9cc25f7630
	.quad 0x838a16b0985facfc, 0xeafec931e3dbff56
	.quad 0xc15ebe93da000001, 0x86c9071c84724fc0
seed39:
	.quad 0x7fffffffffffffff
	.quad 0xeb1c0defeb5c9bb5
	.quad 0x0000000000000193
	.quad 0x69eb49843dba9786
	.quad 0x1b607e79f8855ca2
	.quad 0x0000000000000351
	.quad 0xe834a5a598a90e36
	.quad 0x7b9e431bf7a0d338
	.quad 0xfcf7b107e1484afb
	.quad 0x24a0efff5a3abbe2
	.quad 0xd95a5ff568af4d6d
	.quad 0x0000000000000001
	.quad 0xfffffffffff3ef37
	.quad 0xd23617169fc91be2
	.quad 0x000000000000011e
	.quad 0x26b914dbc6531d56
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0x421049ff7e17e834, 0x28612f3452b9e52b
	.quad 0x7f8000003d9b8623, 0x8000000000000000
	.quad 0x80000000ff946f3c, 0xfff0bd1d6eadbed3
	.quad 0x7fc0000078e79a86, 0x4340000000000000
	.quad 0x7ff0000000000000, 0xc0ffffffffffffff
	.quad 0x162bdac02cfdfdfb, 0x41fffffffffffffe
	.quad 0xb2895bf6ed6aebb0, 0x5abeb3e26442eac8
	.quad 0x80574447584dad61, 0x3d1839d9edce7e00
	.quad 0xdf42d525bb3d3c01, 0xd980000180000000
	.quad 0xbe60000080000000, 0x41914eac5c2004f3
	.quad 0xffb33461813207fc, 0x82940b62a4183ac7
	.quad 0x3c06c6397feb12c8, 0xffbe63b7bd4aeacb
	.quad 0x5abc76abeffefce5, 0x26f71dee6a847e22
	.quad 0x7ff46a5f855a3be6, 0x3edfcd0048100000
	.quad 0xd45de6d14fb9685b, 0x9f9e6a6382644833
	.quad 0xfff4e8b62cc0b49c, 0x4014000000000000
	.quad 0xfff2dca713367c78, 0xff886d45c0507a88
	.quad 0x8acec35efbfffbff, 0xfff07d41a7a8a43a
	.quad 0x003b886ac5e00000, 0x00a4e607803a55a2
	.quad 0xe0e2982def37de64, 0x4059800000000000
	.quad 0x941acf1aedc9aee1, 0x87dae7888b823a9b
	.quad 0xf571d746cfffffff, 0xb2157aa32c837c00
	.quad 0xfd75368c2e526cf7, 0x80cb2b8531877464
	.quad 0xc068000000000000, 0x0bdb8f15010112c6
	.quad 0x76e0bc1a005a9eaa, 0xed45e2c376448291
	.quad 0xfe5865b0c7b7c2c5, 0x81733801ff8cb524
	.quad 0xad75130dab5ab9cc, 0x8000000000000000
	.quad 0xc0b000007f800000, 0x6865136d65050001
	.quad 0x3ae6ac40bd085798, 0x3f3110d43bd13bfa
	.quad 0xd7751ec05730ccc1, 0x4f8adb937fc00000
	.quad 0x7ff453df3ea22ea7, 0x703a21d2000f33aa
	.quad 0x8000000000000000, 0xff97ac6c3d9bc434
seed40:
	.quad 0x00000386b3edb39c
	.quad 0xfffffffffffffc8c
	.quad 0x0132997273cfaf03
	.quad 0x06e4344094a0980c
	.quad 0xffffffffffd1acad
	.quad 0xebd9444e13501fcd
	.quad 0xe075f082eb0b1272
	.quad 0xffffffffea647cb9
	.quad 0xfffffffffffffdba
	.quad 0xfffffffffffffff7
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffff8
	.quad 0xfffffffffe1ad7f3
	.quad 0xe4bce42b668197e0
	.quad 0x0a39b2ac77f8fdf3
	.quad 0x0000001c378f0a16
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xa8c48210bdb9d17d, 0x45a00000430d0c47
	.quad 0x8981b3fac9b2fc17, 0xc7fffffeffc00000
	.quad 0xebc1c3e1fffbf81e, 0xfff3912c36040c11
	.quad 0x82c14ee0cfa7fc00, 0x049004fa4acbd605
	.quad 0xbf4e0d09692b0f80, 0x8000000000000000
	.quad 0xbbc02f490a7decf1, 0xd9b43bd106cd2f6d
	.quad 0x8bba1ff3ffc99c10, 0x3c823e64178dc43b
	.quad 0x7ff0000000000000, 0xcebb2e9af3dbcbff
	.quad 0x407800003f42e6ff, 0x800065124653b0c7
	.quad 0x20f5a9c756107c00, 0xbf75d97a99e33be3
	.quad 0xa9f1f48f6d9d8000, 0x7fc4277d8879a48e
	.quad 0x81385e2f154f60f0, 0x41b20000c399d2b0
	.quad 0xc0ab400000000000, 0xfff72e6930d48645
	.quad 0xd3003b73ffdbffb0, 0x1611bc2922585a2d
	.quad 0x7e9aeee4bfa49059, 0xc2899b1b80408a6d
	.quad 0xdc34ca3dfffd7fb9, 0x8000000000000000
	.quad 0x215f7d53febb2dff, 0x4019000000000000
	.quad 0x81353306e11497c5, 0x5cf43103a2b7fddb
	.quad 0x8000000000000000, 0x05465f537632a2e6
	.quad 0xab6c3f88baeb7c26, 0x8ac57c69ad737dde
	.quad 0xbfa2000000000000, 0x44c24ff68d295911
	.quad 0x39c60000ffc26497, 0xbfe000007f800000
	.quad 0x41f451cead69b0ed, 0xe6e50948ffc03452
	.quad 0xffefffffffffffff, 0x0000fb9d5e374ba0
	.quad 0x7bb330c92175fedd, 0x41100000ff800000
	.quad 0xc108000000000000, 0x000befa31dfe03ac
	.quad 0x5ffffffe80400000, 0xc06231d69bf9568f
	.quad 0x5399c9f450d903bc, 0xb398749dc291457c
	.quad 0xffa1ceae92da8d4c, 0x81000000f9a574c4
	.quad 0x8b6f014fb4dd573c, 0x3fffffffffffffff
	.quad 0xbbf800003c777250, 0xfffcbe6a80cbb4c9
	.quad 0x433ffffffffffffe, 0x0000000062b3f662
seed41:
	.quad 0x70a913564bbbe513
	.quad 0x0000000000000315
	.quad 0x0000c3066b8973c1
	.quad 0xfff95c83587096c4
	.quad 0x000000adf0b1a50b
	.quad 0xffffffffffffffe6
	.quad 0xffffffad8feca79e
	.quad 0xfffffffffffffd32
	.quad 0x871e6b4b1e4a7bd3
	.quad 0x00000000000a0ead
	.quad 0x56866c69c202ecc4
	.quad 0x0000000000000351
	.quad 0x0bfe5c612cce00f8
	.quad 0x002adc7ab224765d
	.quad 0x5121ea1fcee7c2bd
	.quad 0x0000000011a8ce14
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0xb74bf6bdfee7fdfc, 0xbfc858767764b6f2
	.quad 0x47800000fed9d0f7, 0x47542896d28206c7
	.quad 0x00ffffff04110dff, 0xffb04f8900000000
	.quad 0x63965530c0c24600, 0x0f2a89ff7ae8ff67
	.quad 0x441029d4d3a85f00, 0x04d3750e386eb602
	.quad 0xe558be16fbf77c00, 0x591165c08f51fe00
	.quad 0x7ff9b6050a510035, 0x4006000000000000
	.quad 0xc01a000000000000, 0x318f64a6ffc00000
	.quad 0xfa6af0f780000000, 0xfd3408e87effffff
	.quad 0x800a16f0efffb3ba, 0x80083b867eec1fe4
	.quad 0xf1a48586a21a053a, 0xc0c8000080173d11
	.quad 0x3f7c000000000000, 0xc0efffffffffffff
	.quad 0xbfaf44647f800000, 0x1cc14947a85f7584
	.quad 0x480baa6dfdf8fe7b, 0x7fc0ef7a6b0336ba
	.quad 0x7f8000004399a714, 0x8033f7b7bdabb5d8
	.quad 0x802fffffffffffff, 0x7ff0000000000000
	.quad 0xbc4a2679fe7ea97f, 0xfec49ccec3022e3b
	.quad 0x80ffffff30198b2b, 0x82a01b0f7c577920
	.quad 0x3bb8b30e401f06e5, 0x110880ff47fffffe
	.quad 0x81ab553ac3d96da2, 0x0007f7e11c400952
	.quad 0xc015000000000000, 0xb98b477f5a000001
	.quad 0x0008000000000000, 0xcca170fcffa17ef0
	.quad 0xbf28000000000000, 0xc0e0000000000000
	.quad 0x5a7ffffe00ffffff, 0x7fc000005a7fffff
	.quad 0x5340276b603646d6, 0x81b179d4224e7d64
	.quad 0xfd898783010c7257, 0xddd2145340a00000
	.quad 0xc34fffffffffffff, 0x0b474a92ffc88003
	.quad 0x3e23f3fbd1fc6243, 0x10a8b71dffa7efbb
	.quad 0x63ce1d8ebfa05239, 0x2dd44b6d9df56829
	.quad 0x004d44a8c12c11ce, 0x2ab76d4ce38afba9
	.quad 0xfff8000000000000, 0x406000007fc00000
	.quad 0xbbe3251a7373ff7f, 0xc002000000000000
seed42:
	.quad 0x000000007fffffff
	.quad 0x022e2dd4811ab342
	.quad 0x16dae0a2f4d2c6b6
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffd
	.quad 0xc8c86d95851e1918
	.quad 0x0af7f0ded5bdd1bf
	.quad 0x000000000000020c
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc71
	.quad 0x0000000000000290
	.quad 0x1e286f281ed8cd36
	.quad 0x0000000000000000
	.quad 0xdb63de73a470e897
	.quad 0x98bb5d9b19f417d8
	.quad 0x2e5b7aed83517ee3
	.quad 0x06800000
	.quad 0x10000000
	.quad 0x4f2e4a411f1eb15d, 0xff80000043000000
	.quad 0x404221f3e2061609, 0xffc00000ff800000
	.quad 0x4021000000000000, 0x3d0a65c09dd47c00
	.quad 0x0ca1687a7fb04b02, 0x3cd9e50f7f800000
	.quad 0x344e1ef07f9ffe52, 0xe1800000006df47a
	.quad 0xfffe3a99740d6ad8, 0x0c0ada43b6543864
	.quad 0xfff33ecd729e3ecc, 0x006f6384ee569c79
	.quad 0xc0c4d5e17a93e44e, 0xbf986062fffa781b
	.quad 0xb5ad98310cfd2800, 0x3d161ca3ba750000
	.quad 0x81d4ba1457c6fd10, 0x80b2011ccbbcba5c
	.quad 0x404afa3c3ac70989, 0xbc30223a49fe0000
	.quad 0xc0bb94dcc2c2f912, 0x4066439216fb5f28
	.quad 0x580838a1ea1380ea, 0x4d371467dbc04001
	.quad 0x882e2cd0ce4f876a, 0x9ee4049aa5817dfe
	.quad 0x0f2aca66942aa7d5, 0xffbd0de5c49e8000
	.quad 0x4a57c0e14bd6fd69, 0xc03efefa6138d3b1
	.quad 0xb36ece49ffc74d2e, 0x4000000000000000
	.quad 0x436f51547fc00000, 0xc34fa6f97a06510e
	.quad 0xf2b13330daa7cb74, 0x800a8b41adce89d2
	.quad 0xfdb1e5979047f92e, 0xc0e5e1d55123a805
	.quad 0x7fd522451119efe3, 0xc16f9f41ffec02fa
	.quad 0xbf9c24c04f309573, 0x082e1b6d63625792
	.quad 0xfffe476fa5e14c07, 0x3fbf66af802e46fb
	.quad 0x730db19e18eee0c0, 0x00400000c0500000
	.quad 0x13d0d7689f4d87ff, 0x00000000ff800000
	.quad 0xbd292a7bc49179bd, 0xffe21d059a9aa7d0
	.quad 0x40004ccc2f0cda1d, 0x3fbe630f765c8403
	.quad 0x80ea130dabfa9c09, 0x000e09bc39c7c6a9
	.quad 0xf9cd2578d36feffd, 0xf897905c26b03408
	.quad 0x800000009bf3cc3b, 0xc00987b872613119
	.quad 0x807fffff3e371ee0, 0xc085d00000000000
	.quad 0xbff8000000000000, 0xffd0000000000000
seed43:
	.quad 0x77cacbf15eba14a5
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcf9
	.quad 0x000000000000026e
	.quad 0x190a3d9efdf67524
	.quad 0x0000000080000000
	.quad 0xffffffffffffff1c
	.quad 0x0000000100000000
	.quad 0x6276284412df5bef
	.quad 0x6d6836575e320625
	.quad 0x00000000000000b2
	.quad 0x36fed2cd76d97a8a
	.quad 0xffffffffffff00ae
	.quad 0xe01b26999ca97e9c
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdd2
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x7fae547ac14d9d60, 0x98bc9260505b0b2f
	.quad 0xff99b68f756b1144, 0x0f81f32a00000000
	.quad 0x801b475d146990b6, 0x0afe5884cfef4717
	.quad 0xa8980a96eff1fff4, 0x3f36800000000000
	.quad 0x5411a58ffe800ab5, 0x8860fb7a02567400
	.quad 0xbfae4af2ab4c2b3f, 0x3e68c96336d10a56
	.quad 0xff800000ff800000, 0x8040000019f2aafe
	.quad 0x7f80000080000000, 0xbc645cc7261c85d6
	.quad 0x3c276e3e7ea3bbe2, 0x48500000c3f08000
	.quad 0x725d7cc16fbff7eb, 0xeff5474ac0940000
	.quad 0x9ce65bdd40c04524, 0x3c22cf9cdf800001
	.quad 0xbfedd49adbdc6684, 0xc095dbcb5af5fc00
	.quad 0x9221ebe2ffdce704, 0x88bb287fb11b6bc4
	.quad 0x7f15cd534285547c, 0x71df8c7b931fc87f
	.quad 0x7867e8d37fc00000, 0x72f465e3ffeffcde
	.quad 0xc00c000000000000, 0x7fef5345be38fb81
	.quad 0x78c56221c970f140, 0x623fa685ccd487b8
	.quad 0xc33ffffffffffffe, 0xab4dee9bf65b0e6f
	.quad 0xc2000000e3cb5d12, 0x3ff3baf825444363
	.quad 0xc071c00000000000, 0x1e4165fa323da07d
	.quad 0xff4403fdc1955ca9, 0x7e23655e9186e08a
	.quad 0xb600000000000000, 0xc08f04f680000000
	.quad 0x40039be663c8423a, 0xc8f00000c208216d
	.quad 0x0587d3177576fdfd, 0xffc00000fa721fe3
	.quad 0xf4eb1bc0dfffffff, 0x0000000080000000
	.quad 0xc1d67d94eca98b84, 0xfff181958a7eaee7
	.quad 0xff7fd619f4bbf81a, 0x0000000000000000
	.quad 0x713bf8cc7f2efbff, 0xc052000000000000
	.quad 0xc03af0a1ff99fd26, 0x9bba9df4ffdfe502
	.quad 0xff8000007fc00000, 0xce6a58299542f1c0
	.quad 0x8000000000000000, 0x8d754b8400000000
	.quad 0x5f2adb08f72cfb37, 0x73af55ff3bcbe11f
seed44:
	.quad 0x000000000000007e
	.quad 0xbc4c3db880dbb1b9
	.quad 0xffffed0a30b5efb0
	.quad 0x0000000001000001
	.quad 0x0000000000000017
	.quad 0xfffffffffffffffd
	.quad 0x0000000000000001
	.quad 0xfffffffffffff6fd
	.quad 0x0000000000000000
	.quad 0xffffffff20896db4
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xe4ea15a26afa9934
	.quad 0x8e25fc5d011f4dae
	.quad 0xfffffff90927de7b
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xb7d3f32dbffffffe, 0x9d0fe94969bd381d
	.quad 0x000fffffffffffff, 0x90b07344426d688a
	.quad 0xbfd8ef5ff6d9d722, 0x8000000042ae0000
	.quad 0x7ed525547fc00000, 0xe28333af3f4b1df4
	.quad 0x730fe59980000000, 0x0000000000000000
	.quad 0x7fc6ea06ff800000, 0x114ba6b580000000
	.quad 0xc010d0c5412a6bc0, 0x607a5e29796a6e45
	.quad 0x6c0a2f114be44340, 0x3f40a31118f16175
	.quad 0x8000000000000000, 0x0017d2be01e83825
	.quad 0x8d2bfd0d252d0d00, 0x049fb5c362834508
	.quad 0xfd9382fefda54a0b, 0x3d7e92b2f772d11e
	.quad 0x17636c4b50914860, 0xc24f11e9ff9fee1b
	.quad 0x7effffff7fc00000, 0x5f4c8a89ff90e01d
	.quad 0xa21a27eaebfedcff, 0x7f800000c5a00000
	.quad 0x8000000000000000, 0x555df5e881154428
	.quad 0x7f8000007a99d795, 0xff83786639c00000
	.quad 0xc3240000cf000000, 0xffa2fce1882d2bd0
	.quad 0xabc33be9fe7f7ff5, 0x001fffffffffffff
	.quad 0x8389bfcbc1bacc76, 0x2c58ab029e8f4cb7
	.quad 0xc0394fd087317ad9, 0x7f80000080000000
	.quad 0x427701e56f76061e, 0xc0383052966bd7c0
	.quad 0xc242f36b1c7b82b3, 0x7ff8000000000000
	.quad 0x407442c5c23b8568, 0x001cbd9c182e5139
	.quad 0x000fffffffffffff, 0x6c85952d3ffde6e9
	.quad 0xc1768db8dffffffe, 0x7ff86922ec718cdd
	.quad 0x90fc32cc7ffbf5ce, 0x7c2df76b3ad613c8
	.quad 0x4002000000000000, 0x27ebaa8aed6c95ba
	.quad 0x4cfe141c3eff4fd2, 0x0364009d49bfc39a
	.quad 0xffc00000c2c38474, 0x47be05bb9a2f4180
	.quad 0xffe823409b759a99, 0xc01a3b4c54802eee
	.quad 0xc662de767fbf5bf9, 0x518d2b9cff800000
	.quad 0x8000000000000000, 0x94c9244da2d04f10
seed45:
	.quad 0xfffffffffffffffb
	.quad 0x0000000000003ed9
	.quad 0xfffffffffffffd94
	.quad 0x0000000080000000
	.quad 0xa8cacd0cd6a2fbf5
	.quad 0x0000000001000001
	.quad 0x0000000000000027
	.quad 0x51eff27cf9effe85
	.quad 0x5d2f17c1a1645403
	.quad 0xf4c60bd54f84eb3d
	.quad 0x0000000000000000
	.quad 0xfffffcba9cdb44b5
	.quad 0x0000000000000000
	.quad 0x86949753e6eef767
	.quad 0xfffffffffffffd73
	.quad 0xffffffffffffffe6
	.quad 0x04400000
	.quad 0x80000000
	.quad 0x4ffffffe00000000, 0x6b9ce15597f6bfde
	.quad 0xc01d000000000000, 0xff90a2f780000000
	.quad 0xbfa4f5fcb98ec47a, 0x2054f316635e0001
	.quad 0x751ab43e7bbff76f, 0x00158bdb9fd459a1
	.quad 0x91f96811fffbbfe1, 0xc0312308f6320bd3
	.quad 0xff800000bfe61e88, 0x000ca24898641095
	.quad 0xc9a5187554077c00, 0xc32501827faa7ab4
	.quad 0xdbb13939585503f7, 0x0000000000000000
	.quad 0x1653d2cec1842a00, 0xc076ab601d46bfbd
	.quad 0x80ffffff80800000, 0x3fd43a55d469385c
	.quad 0xbff553f41b90d057, 0x71b8529be6421f87
	.quad 0xbff6000000000000, 0x411e00004827f7b5
	.quad 0x7fefffffffffffff, 0x807d07dfffc8cc27
	.quad 0x7f90dbc77f83c426, 0xbfa7c40e95fa1d21
	.quad 0x3fe986b3ae5485b0, 0x0075de90bc3660b9
	.quad 0x6528758af3c720df, 0x4330000000000001
	.quad 0x0008363891f485ca, 0xd8ab5c444fe37cbd
	.quad 0x039d5fa95fd5d7b4, 0x800fffffffffffff
	.quad 0x782a35cbfd95ff7e, 0xb76820a83aba902f
	.quad 0x3f14dc2cd2971333, 0xc05e6f125d973b18
	.quad 0x44100000974f96a4, 0xe016f126f5f92f9c
	.quad 0x3f73000000000000, 0xc3a428a670647e00
	.quad 0x00497d20fd59a173, 0x8b364260f11b05f9
	.quad 0xbec8b0ffbb99c828, 0x049fb5033fbd7677
	.quad 0xfeffffff079b3203, 0x7ffe4a0f09124c77
	.quad 0x5a00000002df3beb, 0x834ffcd049093462
	.quad 0xaae07f0c53230724, 0xfff0000000000000
	.quad 0xba4000007aa80500, 0x7c70f8087faffece
	.quad 0x99ff857bbc88eb6e, 0x556e3b15aab52f1a
	.quad 0x80000000800ffaf3, 0x7a86baf27ebdc0eb
	.quad 0x41180000c5560000, 0xff066fc79f91f477
	.quad 0x4227df233eeb0000, 0x3d42f980ff800000
seed46:
	.quad 0xffffffe50da427b4
	.quad 0xfffffffffffffd04
	.quad 0x7081c272a931edf3
	.quad 0x006566d8b92fd5ce
	.quad 0x0000000080000000
	.quad 0xffffffffffffffdf
	.quad 0xff8552a8392e45fc
	.quad 0x8000000000000000
	.quad 0xffffffffffffff72
	.quad 0xfffffffffffffc8b
	.quad 0xfc9b402300d4260a
	.quad 0xffc9f049cbe5233b
	.quad 0x94105fb9ad03783c
	.quad 0x20c354a9d6467fb2
	.quad 0xffffffff21c6e279
	.quad 0xfffffffffffffffc
	.quad 0x03000000
	.quad 0x00000000
	.quad 0x400a04def6e78480, 0x3f9e25e89f13c3e0
	.quad 0x3f0c706d54edbe00, 0xc3f0000000000001
	.quad 0xc663fde83fb9916a, 0x7f8000007e576ab1
	.quad 0x375ba9e3ff864400, 0x1a435d867f800000
	.quad 0x40efffffffffffff, 0xd5264259d6be7b56
	.quad 0x9fcf1761b1ab9ec1, 0xb8800000c35439fb
	.quad 0x3697fb7e7f800000, 0xbccc786543dfe7d4
	.quad 0xc28268feeb21fe00, 0x0000000000000001
	.quad 0xfff8000000000000, 0x40978a38b8565cac
	.quad 0x3e9800007b685c24, 0x7fdfffffffffffff
	.quad 0x801fffffffffffff, 0xa7c8257600000000
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0x2aa507cabf30dbff, 0x5275e007e5d73401
	.quad 0x6e34c1ad7e800000, 0xed23ef9057fc2838
	.quad 0x68d3174b297a0000, 0x8000000000000001
	.quad 0x0e141e7184d563f7, 0x10f3ac61ca4a7ccc
	.quad 0x0000000000000000, 0x5dba393555bc0b33
	.quad 0x401c5d35ee16e7d7, 0xa513b51966d13d53
	.quad 0x4027e1d3e842fd9f, 0xff9b483b80000000
	.quad 0x8054064d94dbf168, 0xbf00000000000000
	.quad 0x0061a2ff7fe31fe4, 0x0ce0d8937deefefe
	.quad 0x7fa23767ff800000, 0x3f744ecd41000000
	.quad 0xb832f750fff7cabc, 0x8069b4c3c715cdba
	.quad 0xb9181c537f3043c2, 0x349050bbffde12a1
	.quad 0xc1f7a5cc2a51dd90, 0x6df8d0093db1f801
	.quad 0x8000000000000000, 0x374000003ec46237
	.quad 0xebb28a435f6ffa73, 0x0005c9166e03940d
	.quad 0x9a6931d840980000, 0x3fc33022d816dcdd
	.quad 0x7f2d5a80df9750c7, 0xebd5c5a076aefa4a
	.quad 0x5f40ba93f5f7fb75, 0x401f000000000000
	.quad 0x12614f82d96c7ed8, 0x800000017f800000
	.quad 0x4c2b6fe03f659467, 0xff800000cf82c08b
seed47:
	.quad 0x0000000000000170
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc45
	.quad 0xffffffdc170ae9cb
	.quad 0x00000000000000ab
	.quad 0x42c5b8e048cf4901
	.quad 0x381d55d6ddcbcfc0
	.quad 0xfffffffffffffe05
	.quad 0x3166e8aac9b08158
	.quad 0x00000000000001c3
	.quad 0xfffffffff5685876
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x0000000000000258
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x7f80000080000000, 0xc80e49cd18af4880
	.quad 0x8010000000000000, 0xbf95b01ccb6c3135
	.quad 0xfff7b55f8194dbf5, 0x204283a7dbbfe6cd
	.quad 0xffe6e36e364f7666, 0xffd0000000000000
	.quad 0x4a1b8aeb52f1a25e, 0x2ec9c3b2bdbbde6e
	.quad 0x800000003bf50e50, 0x3da78d5b7effffff
	.quad 0x8000000040be0000, 0x7fc0000026d54ece
	.quad 0x7f20b4527596f30e, 0xb604b761f8258bb4
	.quad 0x800755d69c2b1b2f, 0x62943722feffdfec
	.quad 0x5f23d2357fddb4b5, 0x71a705d89bc3c6e6
	.quad 0x7e8000003c97fd62, 0x4114000049630000
	.quad 0x7169a9c603e3c4f6, 0x3c3d976eef647dd5
	.quad 0x795256ea181d0ad0, 0x6f013f4f8f665d85
	.quad 0xffa0562ee2800001, 0x00013195481698a7
	.quad 0x7fad138000000000, 0xd739a90bcd9ac600
	.quad 0x3fd556e8cfd2177a, 0x8b532cc60ffffc17
	.quad 0x7c1253a59c287e00, 0x09ae66247fbedfd6
	.quad 0x18f6a7f180000000, 0x3ff8000000000000
	.quad 0x7fc000009df71a95, 0xbff3ce54414d32b6
	.quad 0xfe800000a9bb94c3, 0x7fc000008b454eab
	.quad 0x312de74affc73859, 0x8d726189f6fcfd92
	.quad 0xb69ea01a63015bd2, 0x405c9b1ec6aeb344
	.quad 0x7ffe8802857fad2c, 0xfff8000000000000
	.quad 0xff82e62b3bd3ec67, 0x322375a9a6bbfc00
	.quad 0xff8000007eabff88, 0xe955a14981176097
	.quad 0x3fb68f597ffff774, 0x98db8dfa6f4a1743
	.quad 0x980cbb1a7fd7ffcf, 0x828bf384ffe79cc6
	.quad 0x3fe8000000000000, 0x74e3dd0cbc7c32ad
	.quad 0x40f800006be20b05, 0x4929c7ec75d7df9f
	.quad 0x7fc000000058ff10, 0x73c72e7773af2bae
	.quad 0x02d74ec7c0388c79, 0x00ffffff43dbdcc9
	.quad 0xaa0d75a2c7bf8000, 0xc07ffffe00000000
seed48:
	.quad 0x3d5cd75f77ca57fd
	.quad 0x00000000000002bb
	.quad 0xffffffffffffff94
	.quad 0xfffffffffffc0f67
	.quad 0xffffffffffff8532
	.quad 0x000000000001ef28
	.quad 0xffffffffffffffa3
	.quad 0xc7741fc431fc2789
	.quad 0x0020000000000001
	.quad 0x00000000000002ea
	.quad 0x0000000080000000
	.quad 0x00000000ffffffff
	.quad 0xaec14efc95777149
	.quad 0xfffffffffc7cfba0
	.quad 0x000000000000026a
	.quad 0x0000000001000001
	.quad 0x02400000
	.quad 0x00000000
	.quad 0x3e9ba0d6ff800000, 0x40e550b3bfe2c43c
	.quad 0xbfb6ce87ff800000, 0xc81e818ff405f8bb
	.quad 0x6a06710729253f6e, 0x85c8fc8537c78000
	.quad 0x7f9ebdaf9c29ff88, 0x807fffff80000000
	.quad 0x42beaf0d19198000, 0xbe4d6ee99f3436d9
	.quad 0x7f800000bf38d924, 0x834987649486f73f
	.quad 0x000000007de8401d, 0x4090000080000000
	.quad 0x7fefffffffffffff, 0x63ea4176d17ffffe
	.quad 0x8bd34dbcff96bf3d, 0x9e336eb6ff95b3f6
	.quad 0xec66a84fb0ffffff, 0x258d8776fd7f5f7f
	.quad 0x3f78154de4aa52fd, 0x608a482cefb7d3f2
	.quad 0xc000000000000000, 0x3a2bf2e2a5f35fff
	.quad 0x77d532ad1c887c00, 0xb86aa355ffca1f6e
	.quad 0x7fc000000044a4d8, 0x364e3d250fcf80c3
	.quad 0x7f8000003cd425ec, 0xc104136000000000
	.quad 0x82d178678670f013, 0xc184f49f7f800000
	.quad 0x00a583a3099e09ea, 0x0958865bafeab2ec
	.quad 0x7f800000800a6267, 0x0020133ae90babaa
	.quad 0xc008000000000000, 0xc0900000ff800000
	.quad 0xab399ab0183d01d9, 0x434ffffffffffffe
	.quad 0x59914bdca0687801, 0xfdb71d14f4002b30
	.quad 0x5fbf72080055ebdc, 0xc042778116c3c252
	.quad 0xda1b1631adf2c480, 0x7eb8d424903f2bc1
	.quad 0x7fc000007f90f071, 0x7f8000000555417c
	.quad 0xff800000bfb08a3a, 0x5b69413f7f8f7fdd
	.quad 0xb63000007f800000, 0x406182c3244a0b6d
	.quad 0x00000001ff800000, 0xde3aa04b13d0fc00
	.quad 0x1a2ae49903f74607, 0x470000004ffffffe
	.quad 0xbf5c200000000000, 0xf9fa4912ff826f15
	.quad 0x3fb62c7dff800000, 0x0a4af9e33edfeeb6
	.quad 0x23bf549382c6611c, 0xfff741c0e4b91e13
	.quad 0x91da38e279708372, 0x0f6950dcbfffbf57
seed49:
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xffff829f93805ad6
	.quad 0x8318b525daed6b3e
	.quad 0xfffffffffffffe18
	.quad 0x0000273ee9302f3f
	.quad 0x000000000000001d
	.quad 0x0000000000e57198
	.quad 0x92158beea9c1e14a
	.quad 0xfffffffffffffeac
	.quad 0x5debc6045abdda2d
	.quad 0x93659ce8eda3163c
	.quad 0x5b81e914d0722850
	.quad 0x048ceb3fc1f63820
	.quad 0x000000000000036a
	.quad 0x5937d47f9f6e4344
	.quad 0x05c00000
	.quad 0xb0000000
	.quad 0xc1668724877f9a7f, 0x6cdd28df7f9dbf52
	.quad 0xbfd8000000000000, 0xec8e1cdf2368c720
	.quad 0x8000000143400000, 0x4aac0738597d9f9b
	.quad 0xdd4cabeef9fdc7d5, 0xff4a988ec5bffffb
	.quad 0xe6f8178a1cef38b7, 0xd19188982ec55380
	.quad 0x404447390d84c5a0, 0x007fffff01732af0
	.quad 0x051529fe59f7ff7b, 0x2cf4c53f985b5380
	.quad 0x5a7ffffefff6a544, 0xc01e000000000000
	.quad 0x72b5ffc2219bdd58, 0xbff0000000000000
	.quad 0x002fffffffffffff, 0xbc8d7848ffc00000
	.quad 0x70075bb03fecfe4c, 0x4262087511ff0591
	.quad 0xfff0000000000000, 0x7ff6017eb9e4581f
	.quad 0x9da7f8c038409775, 0x78b2b6d4cc7fa484
	.quad 0x3f850205ac22cc59, 0x415f47be17ce8994
	.quad 0xc1896cacbfbcef6e, 0xaaea9b65154c8000
	.quad 0xffff47891fae562e, 0xfbcceff83ffffbf9
	.quad 0xff4215e62b2dd00a, 0x7d18158c97884fb7
	.quad 0x804000007fba6185, 0x8185a525916f8a0c
	.quad 0x957834180eff97c7, 0xb50e75bc7310c161
	.quad 0x4bb19030bffbfe61, 0xb3d19fae554e7bff
	.quad 0x43574c42804e395f, 0xfff0000000000000
	.quad 0x7e72efa18f161b5e, 0x8805f65effff7dff
	.quad 0x7ff3d46624599d86, 0x80400000801a9826
	.quad 0x8000000000000000, 0x1189db92fc678800
	.quad 0x7f2ca499bf800001, 0x87b63392ffd63ca1
	.quad 0xc383000040a44e7b, 0x81319cde40330000
	.quad 0xbdbe669abcdbb51f, 0xbfb4300000000000
	.quad 0x66342fbe23f6fd7d, 0xcc605bc5273f7bff
	.quad 0x7fb148199b1bbd30, 0x4070000000000000
	.quad 0x005c11d3c1710b80, 0x0000000000000000
	.quad 0x7ff374c72514982c, 0xf180dcb2f226504b
	.quad 0x4015000000000000, 0xbfd35c1cf7eab497
seed50:
	.quad 0x0000000000000356
	.quad 0x0000000000000001
	.quad 0xe158cc0ec2f4da06
	.quad 0x00000369f84edfee
	.quad 0x00000dacf81a86b2
	.quad 0x675cd7ff2c7a48df
	.quad 0x7d733f97b411af32
	.quad 0x23105310af777473
	.quad 0x000328c753db9372
	.quad 0x6e3465e94c50fe59
	.quad 0xac1045ce2a855cf3
	.quad 0xffffffffffffffe4
	.quad 0x00002aa03592a527
	.quad 0x371622ead6fb4988
	.quad 0x0000000000000102
	.quad 0xb82df02df7c29996
	.quad 0x01000000
	.quad 0x80000000
	.quad 0x7fc000007fe47ca7, 0xba6000003d6b147c
	.quad 0x202cd202bf3b4bd7, 0x18bc65b07af9dca9
	.quad 0xc0b5ff6240a80000, 0x4838bdeb76fffff7
	.quad 0x0000000000000000, 0xe7941fd4218f8000
	.quad 0xc3efffffffffffff, 0x0c5c05e27fe08000
	.quad 0xbfe1400000000000, 0x799ef5c5e76c7c00
	.quad 0xffb055197f800000, 0xc94501e338630341
	.quad 0xc5d32027ffdebefe, 0x8c37cbea8523832c
	.quad 0x7e39902672a4142c, 0x1bed4308b0130800
	.quad 0x7f8000008cfcdc6a, 0x3151cd2296fbf423
	.quad 0x02f5164b45bb0790, 0x9ca711fdfffbfadf
	.quad 0x8036a4517fb88a85, 0xbfe375482bd44f62
	.quad 0x8000000000000000, 0x00400000ffae9303
	.quad 0xbebf6f5c8064a8ce, 0xbe61daa2df800001
	.quad 0xfff1f27fcedaafdd, 0x7ffc23c237172d71
	.quad 0xfd13e85bffff4a75, 0x41c0055fe11efc21
	.quad 0x63abc29a83beab9d, 0x8d2f57e56a708000
	.quad 0x7f8f718a7ebf1bf7, 0x33533747f648fc32
	.quad 0x3ef8000000000000, 0x8028aeafbd7fad1b
	.quad 0xa224acdcf2d98c19, 0xbdb95304ce65f400
	.quad 0xbf801d6615cc2c64, 0x0000000000000000
	.quad 0x3f7841b56f3ba555, 0x3bb7b28c3f9ffde8
	.quad 0xffe2b4dd0d7a856b, 0x384d81a1df7bfc00
	.quad 0x4011000000000000, 0x9c44689350b17c5b
	.quad 0x060ee2afbf800000, 0x6eeac88cffaffdd6
	.quad 0x475e856dc4880000, 0x8002081b1d2dc3ab
	.quad 0x83ca89ff4496d451, 0x7fc0000043800000
	.quad 0xc77ffffec2e4b589, 0x7ff93ea01c753f3c
	.quad 0x7ff0000000000000, 0xbf8790eb0eef9848
	.quad 0x294dcd92216b7fe9, 0x5caa8a6fd8dac5b8
	.quad 0xe69cd1c836fef94f, 0x51c17013cc7fab0c
	.quad 0xffcbc7a19dcfff80, 0x8abf1438ff95fdfd
seed51:
	.quad 0xffffd6cdcd7622a6
	.quad 0x0000031606a8cdac
	.quad 0x00000000000a61ff
	.quad 0xfffffffffe59c792
	.quad 0xfffffffffffffcbc
	.quad 0x000000000daab27c
	.quad 0x7e4ff9eb0a3d2e84
	.quad 0x0000000828cdf6eb
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffffd
	.quad 0x03d149fd62249090
	.quad 0xf387b143ffb4f48d
	.quad 0x00003c422110f802
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0xfffffffffff8c263
	.quad 0x06800000
	.quad 0xa0000000
	.quad 0x8989241601c8a2d4, 0xba91800017c92dac
	.quad 0x5252876400620400, 0x9ba966dabd7a7c37
	.quad 0xbecaea6747400000, 0x8000000000000000
	.quad 0x88b6d864dbfc8001, 0x62c6768b1da5c740
	.quad 0x3deb9652fbaf84f4, 0x42b226a17f800000
	.quad 0xdf7a201d7ec48765, 0x400fffffffffffff
	.quad 0xac039d5c9ffa7321, 0x7f80000040223397
	.quad 0x6518c675ba4f758e, 0x4088000039c2db2c
	.quad 0xc34000007fb66c13, 0x0196ac38491d3a00
	.quad 0xc000000000000000, 0x7f1c21072ec25a7a
	.quad 0xb7fc0fe0db2fb73b, 0x81000000c27c0000
	.quad 0x1abd41e57f7eefff, 0xf91fad3ef8f37d51
	.quad 0x6ae40e7da79e8001, 0xbf9d8ae6cf862166
	.quad 0xffc00000be3f88e0, 0xf00ead9940d00000
	.quad 0xf739e3062a3d34ae, 0xff800000048f244c
	.quad 0x917ff4c8a93ed418, 0x7f20cc6b58c4a082
	.quad 0xff800000bcc1fc22, 0x3f916226afc168c6
	.quad 0xc040000000000000, 0x103ca61585f2c03d
	.quad 0xbfffffffffffffff, 0x409a195f0244bcdc
	.quad 0x3f8a441579f7df68, 0x3750000040d27043
	.quad 0x401b000000000000, 0x8cdf757c4ba41fe4
	.quad 0xfff0000000000000, 0x40780000f4cfe5e7
	.quad 0x2efc27788dedccb9, 0xbc800000bf364e72
	.quad 0xa8731aa5d3a9c180, 0xc340000000000001
	.quad 0xfff0000000000000, 0x4008800000000000
	.quad 0xfff2e8b35bfa35d7, 0xc109c00000000000
	.quad 0xdf3bdc39fa5f8296, 0xc0050939cd582969
	.quad 0x372800003c800000, 0xc01c000000000000
	.quad 0x413b3ec93de09a9c, 0x7fc000007fb8e436
	.quad 0x8000000000000000, 0xba93ec5eee65d3e4
	.quad 0xf1a852c72e12cc77, 0xc335c107ab4568ca
	.quad 0x482b45cbeb73fb79, 0xfff0000000000000
seed52:
	.quad 0x0000000000000122
	.quad 0x00000000e7a109c6
	.quad 0x000000000000005a
	.quad 0x0d0c56e97cf94f2f
	.quad 0x79f4b407b944b80b
	.quad 0xffcdf6a3b65d01d6
	.quad 0x0020000000000001
	.quad 0x93322e57a8724737
	.quad 0xffffffffffd75af0
	.quad 0x63fdfa97f6ad80b6
	.quad 0xffffffffffffff22
	.quad 0xfffffffffffffffc
	.quad 0x15a14845c6bc2ab7
	.quad 0x37c508678ce7355c
	.quad 0xea4e37873bcf0f9a
	.quad 0x5c1e53cc03e05268
	.quad 0x06400000
	.quad 0x80000000
	.quad 0x7de69b97c9dffd9c, 0x407c894487979603
	.quad 0xc92522e1e9bffd08, 0x7d1aacf9c05c1e24
	.quad 0x807e0fbc7f94c72b, 0x1e89d2ecd0b4c500
	.quad 0x7eb4291517c12100, 0xf352d23861d8eaaa
	.quad 0x946cb16835421e4c, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x00800000b8e60000
	.quad 0x38fb65bfebdf8fdf, 0xc07a0becd4f5cf30
	.quad 0xa24f3fdfc776c6c0, 0xb6e56330fff5fff7
	.quad 0x00357d6ebd27ffdd, 0xa68f53b9003a45c0
	.quad 0x184543cb25ba7fe0, 0x82cd988570892445
	.quad 0x0c060d48b9c70000, 0x8033370b007fffff
	.quad 0x4f000001bfb8ae7a, 0x3b25682df7fbe5ff
	.quad 0x7ff0000000000000, 0x30a3a59b39214a0c
	.quad 0x888fff08f8fb7e7e, 0x4050b27dfdaff57e
	.quad 0x0169f506c6b9d6fb, 0x802fffffffffffff
	.quad 0x16e89f136cbff8e2, 0x5e2a6045d9debb73
	.quad 0x123fc533f9c0280c, 0x8000000000000000
	.quad 0x4004000000000000, 0x4020c00000000000
	.quad 0x0000000000000000, 0x3faf11835a07e74d
	.quad 0xbf75f48cd109f826, 0xfffca104f1c40324
	.quad 0x404fa56d7310f68e, 0x8000000006eec5f1
	.quad 0x7f800000c4460000, 0x7ff0b1b8b1c35b5e
	.quad 0xc11f7412ffbe5659, 0xbeafaaef7f800000
	.quad 0x40025afc112b9d3a, 0x00000000ffb4bf20
	.quad 0x000af7a5cc83f4b3, 0x99caf3696219fc00
	.quad 0x3ff1bae53623f9bb, 0xc0647ff6a81cdcc6
	.quad 0xc03229676655ef88, 0x0a6b8009ff8f7d0b
	.quad 0x9c81b36643500000, 0xfffa6a84e2dd8999
	.quad 0x003939157fc00000, 0xc0efffffffffffff
	.quad 0x930937e6b0d2c000, 0xc00e000000000000
	.quad 0x369baa4c52bac41e, 0x01cdf00e16b407bf
	.quad 0xbfa00000477e9d67, 0x7ff8000000000000
seed53:
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xfffee67fc2f95a5a
	.quad 0xffffffab4142a2d8
	.quad 0x0000000000000000
	.quad 0xffffffffffffffcf
	.quad 0xf67b10d47d6a13d2
	.quad 0xffffffffffffffff
	.quad 0xffff45ec229f8fd1
	.quad 0xfffffffffffffd08
	.quad 0x0000000000000000
	.quad 0x98867df60f9a909e
	.quad 0x86ed7383a7671b7e
	.quad 0x000003017cb108a0
	.quad 0x00000000000003c3
	.quad 0x00000000ffffffff
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x26f226ffdf6fd72f, 0x7077d7118097e265
	.quad 0xeee3d6b8bf24de7e, 0x90c27fb8ac52829f
	.quad 0x7ff0000000000000, 0x7ff329e21c7755a3
	.quad 0xb7540000d0af893e, 0xfbeee3a90b9d6a80
	.quad 0xade03ccdc20d85e8, 0x3753375100000000
	.quad 0xffb0603dbf600000, 0x6d24871af6e6349b
	.quad 0x8008000000000000, 0x1b26505cfbdfffdb
	.quad 0x04fd45f5a0647d89, 0xb79f99576ab94100
	.quad 0x1524dc7d9b0ff4bb, 0xc00b2291699ea6a1
	.quad 0x4ecb8f9ebec4c8f0, 0x06e0b2815dd130e7
	.quad 0x8d6e26db6ba4bf8c, 0x7fc00000c00b722d
	.quad 0x3690d84ca09fe2c9, 0x40438509274491b2
	.quad 0x8079711a43c04922, 0xcfbffa5480000000
	.quad 0x7da916954baeb1ca, 0xc0667f1ac79aa40d
	.quad 0xd9aae5acc0300000, 0xbbafd499c4880000
	.quad 0x80000000ff7fffff, 0x3ffd700000000000
	.quad 0x5c7c1ae0775ffe59, 0xdfffffff4735bb33
	.quad 0x7ee06e5efffb8cf7, 0x7ff0c0883e1e61dd
	.quad 0xb9d1adcf05f06bcd, 0x83bffdf6c4971336
	.quad 0x3d6fc9157ff8c519, 0xb6e44419b47ffc8c
	.quad 0x20b0912ecd3495d5, 0x5f000001c2e142be
	.quad 0x8001060aefde0125, 0x003344dbfaaff3b9
	.quad 0xbfe482cf811581c7, 0xd060a9f23c557b80
	.quad 0xfe891e3f7f800000, 0x9bfe2a71ffaefe8b
	.quad 0xffc0000061759834, 0x2fcf094a9cfd518f
	.quad 0x19f8749182298000, 0x8000000000000000
	.quad 0x0740389a689e02c7, 0x4f273e4032d6cfe0
	.quad 0xc129442e386f9bd1, 0x0006f4faf1b17be5
	.quad 0x3f882849a5fa7c1b, 0xffd01009b00d7529
	.quad 0xbfa09a5ac4caeaa1, 0xcd53fccaf86cd4b4
	.quad 0x0000000000000000, 0x934fe36c7f800000
	.quad 0xfff69303e86b43e9, 0x94243a9bbe450000
seed54:
	.quad 0x287fe86a91316e41
	.quad 0xfff77e1e0ea23152
	.quad 0xb6a21f1a511f1aab
	.quad 0xd5e505cf3cefb93b
	.quad 0xffffffffffffffff
	.quad 0x0000000f8119ef1c
	.quad 0x53ef9ad4045c8bb4
	.quad 0x0000000000001029
	.quad 0xffffff9291da4c86
	.quad 0x5f53010c92b40022
	.quad 0x000000000000001a
	.quad 0xfff915824eb73244
	.quad 0xfff70a0fc95728c0
	.quad 0x84ab186558e87d94
	.quad 0xffffffffffffff88
	.quad 0xc599187741db3fe5
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0x00000000c0100000, 0xc09163b400648395
	.quad 0x00f2b39440580000, 0xd27b086db523bed1
	.quad 0xeb07148ac12fde5a, 0xbf6e6a4b3be8bad4
	.quad 0x80173d847f46856e, 0x7fce74b6483e8583
	.quad 0x0bd7d5dabdadb7d5, 0x4f334117ffdfa7fb
	.quad 0xb55dbe7505affdf2, 0x3a000000ff800000
	.quad 0x0157331449620000, 0xa2c89a47fddbfb74
	.quad 0xc833bd243c192272, 0x40e9000000000000
	.quad 0xbf80000000bd5b8d, 0x36f84a75b936ff27
	.quad 0x0e4b9211b3fbffbf, 0x7d06dad972d9999a
	.quad 0xe87cf6fdffef97eb, 0x817fffffffb5596d
	.quad 0x00000000806cbf56, 0xf2c070714d96a7d0
	.quad 0x00037c7ba2af14c2, 0xd63a9e29df307ce5
	.quad 0x7e1cebae7eb577fd, 0x7ffad4e11c92e12b
	.quad 0xb49efca8256d141a, 0x801fffffffffffff
	.quad 0x592c476f60f05fcf, 0x3f9ee00000000000
	.quad 0x809003ee000c6a21, 0x054bd487f267afd9
	.quad 0xf1322fd066dd0001, 0x6fd9dc881885e3d5
	.quad 0x81b689144f2f1c0b, 0x2df03f6f00273749
	.quad 0x9104873bbd36a46a, 0x232d3409df0bf84f
	.quad 0x80d793adcb75decb, 0x803933d2bf9f3bd2
	.quad 0xfff4441abd77b512, 0x757f3934c0f74e60
	.quad 0xd1003999eb7ceffe, 0x5a47d1c7f3fafaeb
	.quad 0xc0025095a72544f0, 0x5416cc6401c052a4
	.quad 0xc03ddde01da7461c, 0x3fa0000080000000
	.quad 0x80c72849cec87c00, 0x38100000802b6f50
	.quad 0x0008000000000000, 0xec5595298030f878
	.quad 0x012d602873ab271b, 0xfc60a62ba9a47b71
	.quad 0x5a1617797ff7787b, 0xffad7b36470d0d54
	.quad 0x7940945ce6613d0a, 0x29306b5dfa3efddf
	.quad 0x399ee4e13e2a0000, 0xc0480c2a005ee06b
	.quad 0x02d43eb9af075979, 0xbfb4062f1c6f29f3
seed55:
	.quad 0x00000003374ef5c2
	.quad 0x9e3c3fd321827a89
	.quad 0xfffffcd90cbbd089
	.quad 0xffffffffffffff14
	.quad 0x0000000000012c07
	.quad 0x240958cf1df58e6f
	.quad 0x0b8f2ac2260ade81
	.quad 0x0000001aa3201c72
	.quad 0xe105a6d69854064f
	.quad 0x0000000000000041
	.quad 0xffffff6f381d2fff
	.quad 0x6a210704ce1e82b3
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x0000000017a040b5
	.quad 0x9b1e134016e3ebd9
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xfdb020602c3cfd8c, 0xbd90da20ff800000
	.quad 0x7ff0000000000000, 0x892da6017fc40c56
	.quad 0x82e4deda9e065981, 0x3f1c000000000000
	.quad 0x3a24d472ffdd7e85, 0x04478a447fe5fe00
	.quad 0x8000000000000000, 0x266f91dc70ba0001
	.quad 0x8008000000000000, 0x0000000042e25510
	.quad 0x8008000000000000, 0x02bd99aeef3b9b6b
	.quad 0x001fffffffffffff, 0xc0204f13e581f8cd
	.quad 0xfb6d7827815eb6c3, 0x0b2c04f0ffaf3d5e
	.quad 0x41e0000000000001, 0x45fd000040e00000
	.quad 0xc04d1dd316684e3f, 0xff8000007f800000
	.quad 0x3cafe5220930dcc6, 0x7f800000c2978000
	.quad 0x3f773e63a8ef3e6e, 0x3cdd3b97d01223e9
	.quad 0xc07d07712c63e4a1, 0xf3dbd50958a6fd2f
	.quad 0x5a7fffff80270b4b, 0x4214af98c21a0000
	.quad 0x7fa2722e7f800000, 0xc0940000ffbe8105
	.quad 0xb6e8000073fe399a, 0x7fe0eca22f6c6061
	.quad 0xffc54c6e7fb48912, 0x3fc4d845a378625f
	.quad 0x3a50283dfdfefff9, 0xfffc163b5b141727
	.quad 0xfbd27f2b7f3eae52, 0xaaf11560ffbcfdfe
	.quad 0x01c12c431868e6c9, 0x7fc000003faea88b
	.quad 0x7ff65de946900000, 0xfa454995cee72100
	.quad 0x94f7c75cbd140000, 0x23cc32c6d7579fcf
	.quad 0x54130037d497371c, 0x7f5ec2a6ffc00000
	.quad 0x5ed931ecc1d0fa7c, 0x9be982168aabe327
	.quad 0xc5ed7523181dca1d, 0x801fffffffffffff
	.quad 0xc3ebe0af7f8d894b, 0x7fe2e955422c3672
	.quad 0xc02800003ea46916, 0xc02abfe526e8fd5f
	.quad 0x00026de593f88d70, 0xfff1228a641a87ea
	.quad 0x13b844493a15b4ee, 0x1b7397d6c0b00000
	.quad 0xc329fdb243450166, 0x4acb06457e924aa1
	.quad 0x7d49a582fbf7fce2, 0x7f45b5fba763bd78
seed56:
	.quad 0x0000000000000304
	.quad 0x858aa28ddc2fb0d7
	.quad 0x000000000000022f
	.quad 0x64bce58e4395938d
	.quad 0x93ae518f14197189
	.quad 0x5153b02cfd9f83eb
	.quad 0x01147b73343f8156
	.quad 0x6e842b8d76fd5fad
	.quad 0x54d3a48801a024ff
	.quad 0xf2ad8729a29c1128
	.quad 0x0000000000000371
	.quad 0xbf4c99cc07d06a8e
	.quad 0xca031f4e49295249
	.quad 0x000000000000017d
	.quad 0x85da51dbf242b88a
	.quad 0x0000000000769dfc
	.quad 0x06000000
	.quad 0x20000000
	.quad 0x7f792ef5ff30c19d, 0x12451bc93bc80000
	.quad 0xc0a4468f3b000000, 0x25712b6afdd77f5e
	.quad 0x180fd0e4c7ffffff, 0xbe4d6961ff800000
	.quad 0x7f0000003e9f32c8, 0x7ff0000000000000
	.quad 0xa133d8188c9f7f9f, 0xff800000c266798d
	.quad 0x0136c815fdb8fb73, 0x80bd9829a5bf493e
	.quad 0xe467ff71bf5bfc94, 0x777a16e5ffcc7958
	.quad 0x9db893f90950fc00, 0xc0174ae36694fd70
	.quad 0x3fd8800000000000, 0x800d3bde184bcd5b
	.quad 0xf40138728ce68b56, 0x08075838fffdfffa
	.quad 0xd8f3a2fec2fffffe, 0x2a6e020ff8ad84be
	.quad 0xfff8000000000000, 0x7fff43d4c79626b1
	.quad 0x3fa6609e07cb96b1, 0x80000000c7800001
	.quad 0xbdd3903f80000000, 0x41310805f3758220
	.quad 0xc6f851fe68308000, 0xb9da2ef6605252e2
	.quad 0x0d943d6d1fff3bcf, 0x84a29b3dbf070bed
	.quad 0x3e0b8685b91452e9, 0x3f2395bec1140000
	.quad 0x000000003f82200b, 0x004e8c54fa22b739
	.quad 0xc4400000fe800000, 0xc3b4ea4467224300
	.quad 0xd05647b3fdddb0f4, 0xf1d5e5acf0ecdfe5
	.quad 0xc33fffffffffffff, 0xd4d09761bf1e91a9
	.quad 0x0008000000000000, 0xace9ef2222be0161
	.quad 0x435d800000400000, 0x7fbdd7dfc0ce7534
	.quad 0xa10a25f4fff5a4ef, 0xbf848ca4498ce4c3
	.quad 0xffd3b1709e3afbad, 0xe4804d0789486871
	.quad 0xdc7503343f6dbdfd, 0x3fbcd52b1027a224
	.quad 0x7eb2dc7ae3d37fb2, 0x982368963f638700
	.quad 0xcdc5a67f2e54038d, 0x1ee0e15f7fef3de3
	.quad 0x0000000000000000, 0x418dc45737ca4e63
	.quad 0x7ff0000000000000, 0x0dd4178e3cadfc00
	.quad 0xf73792fd6d200101, 0x348a6dc99ae3fc29
	.quad 0x43ee86b3ffa0b38d, 0x3f800000fe800000
seed57:
	.quad 0xfffffffffffdbda6
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x00000000006cbb62
	.quad 0x0000000000000398
	.quad 0xfffffffffffffeca
	.quad 0x1ba6529fba9d65b5
	.quad 0x9bb542352cb1e22d
	.quad 0xffffffffffffd2e7
	.quad 0x0000000000000001
	.quad 0x67de9533c842ce03
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0x7fc51b86f90f2663
	.quad 0x39a7e7ac18b4e9fc
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x9f09d7d94a19b8ce, 0x90eaa3b60d3045e0
	.quad 0xc04b0b7584ce2445, 0xc70000013f250000
	.quad 0x5042bf46db057319, 0xc067096e12e77216
	.quad 0xffdade9d180b57fb, 0x3fa0bb0ef6e2f408
	.quad 0x7e970b8f7e800000, 0x001fffffffffffff
	.quad 0xd55cb48eb2167c94, 0xbff5500000000000
	.quad 0xf936da173b500000, 0xc00a000000000000
	.quad 0x3ffc000000000000, 0xb38e70877d9e4200
	.quad 0xdf80000100000000, 0x3f1bda6305c203ba
	.quad 0x94afe4c1ef3b84ee, 0x8007292140100000
	.quad 0xfdf2e55ebfddfd33, 0x131f95efd1d412d8
	.quad 0xb10c47e1b7ddcffd, 0x7fd4c80cbc84e154
	.quad 0xdf7fffff80000000, 0x0598946d2d3027cf
	.quad 0x800c5c25d352e897, 0x62d42bb810ddc000
	.quad 0xbfca86748ef18645, 0x4406387ffdbe58ee
	.quad 0x56b7c726e6711120, 0xf96bed74e276299f
	.quad 0x700a37c9c1080000, 0x59425ddc7f8f7e87
	.quad 0x7ff0000000000000, 0xff61568241087f0e
	.quad 0x70aa7a3380000000, 0xfff238c3e0cddff2
	.quad 0xb1078586b16993e3, 0x401e000000000000
	.quad 0x6157fcfcf94f3ef1, 0xe205fb532912cc6d
	.quad 0x407de91a7f800000, 0xfff9e1381f893df0
	.quad 0xfff0000000000000, 0xd2a2cdbc547fff63
	.quad 0x7f8000007f800000, 0x189ec0e980000000
	.quad 0x0000000000000000, 0xbfe60fea6f3c28e1
	.quad 0xa65d63b5bf1b70c1, 0x0c277ff6ceebdff1
	.quad 0x7f8000003ff81e6f, 0xba877aa85f4583ff
	.quad 0xc01e000000000000, 0xbf8a98007387f4cd
	.quad 0x000000005a7fffff, 0x7f58ca08de5d1f3a
	.quad 0x30c88a32c02a8000, 0xc01e000000000000
	.quad 0x3d08565dbdbcbad9, 0xf67bd362c39e246b
	.quad 0x57fb6fefbd70c8f0, 0x3af1702effed2e70
seed58:
	.quad 0x0000000001000001
	.quad 0x000000000818b793
	.quad 0x000000000000001c
	.quad 0x0000000100000000
	.quad 0x596d94ff0b79d075
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0xd3406ee576be620e
	.quad 0x0000000000000001
	.quad 0xabd3140f5baf53d9
	.quad 0xfffffffc40c9bca8
	.quad 0x0000000001000001
	.quad 0x40cf0f23b50b178c
	.quad 0x00031c5425239cc4
	.quad 0xffffffff4ba5b8ec
	.quad 0xfffffffffffffcea
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xcc9c1e4d2390cc4e, 0x40900000319f60c4
	.quad 0x755b6bdeff800000, 0xc8400000ff800000
	.quad 0x41728d9d801a15d7, 0x4004000000000000
	.quad 0x406b0131638d29e8, 0xfff5421e1bb2aef3
	.quad 0x88c504f8994d8000, 0xf9198a61a59cbe45
	.quad 0x8000000000000000, 0x0457c716eea7c119
	.quad 0x4330000000000001, 0xc3027deeffc00000
	.quad 0x66c7c8f10fc30eff, 0xb3bd2611857fffff
	.quad 0xb132d16b3dc7ff8d, 0xbfddb45e80800000
	.quad 0xccbb234b5bbf4292, 0x000838b8f79ba72e
	.quad 0x0000000000000000, 0x7fc00000bd4b568d
	.quad 0x8000000000000000, 0xf8f14490ccffffff
	.quad 0x9e7fc3897af27ce8, 0x4f8bdb12ce74fb16
	.quad 0x40758af0301953fe, 0xfe800000bf91b9ae
	.quad 0xb46f1b37ffb5fc00, 0xdd16d8d8ab743e73
	.quad 0x40d0000000000000, 0xfe8a6553c1c023cf
	.quad 0x7ce15637b15c7bff, 0x3f1649b87fc00000
	.quad 0x360c0000da000001, 0x9ed4d33137ebb934
	.quad 0xc0131baafab6e194, 0x31b24c8d1971b7aa
	.quad 0xfecfcc0dbc462b6c, 0xc07ac9e7087df1d1
	.quad 0x7f80000044800000, 0x8000000000000000
	.quad 0x3fa7a7f1a9f94de4, 0xb93d0000ffd88904
	.quad 0x7fefffffffffffff, 0xa912c166fe58cfbb
	.quad 0x3fa43bceb0a16af8, 0x411ed5f5ff8527ab
	.quad 0xfff0000000000000, 0xbf7032da02f1e8ef
	.quad 0x3f800001bd820000, 0xd90bcbf09effffff
	.quad 0x3e283f4646000000, 0x403ca1b96a0ad93f
	.quad 0xdf4eb2acfa6efb58, 0x8006926a3ec15b0a
	.quad 0x82842e8e20194861, 0x7f7c69ea15694aa5
	.quad 0x3ff8e04f5d15517d, 0x7ff0000000000000
	.quad 0xa4dd37dfffcbcdba, 0xd46d574fc1321b5e
	.quad 0x6a2bc870bfffceeb, 0x9ed77c367f5def7f
seed59:
	.quad 0xc7f12219645d8cf4
	.quad 0x000735bfb9b61c85
	.quad 0x0002ef3c9a98d74f
	.quad 0x0000000000000369
	.quad 0xfffffa4e5c59673c
	.quad 0x2b049f71113af621
	.quad 0xfffffffffffffc68
	.quad 0xfa433a2471b18995
	.quad 0xfffffffffffffee6
	.quad 0xfffffffffffff49d
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0xffffffff449ccafc
	.quad 0x142b61eb6b9e1fdb
	.quad 0x0000000100000000
	.quad 0xfffeef8f8a49db68
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x7e5c420bd2afb2b2, 0x008000004db38786
	.quad 0x801506832fa7248a, 0x8e2859f5a6a91d00
	.quad 0x3fe526f87f7fffff, 0x69166e945559207f
	.quad 0xb22349deb99a78c5, 0xe2976205b839401c
	.quad 0xfff0000000000000, 0x000000016fab3536
	.quad 0xc019800000000000, 0x00062992a5950670
	.quad 0x0c993a1143c1db22, 0x9ea8e522fea73d2b
	.quad 0xcd567f928affffff, 0x1d0270dce4c28000
	.quad 0x882ac4d9e06dfe00, 0x7ffa013b65dbc268
	.quad 0x4056802138dc590f, 0xefc2504dea375bb1
	.quad 0x805b6dcd80000000, 0x7f8efe89b5f801a7
	.quad 0x7ff0000000000000, 0x25e9409103810499
	.quad 0x800000003c1f52bd, 0x401b800000000000
	.quad 0xdce382fe09cf9b67, 0xbf25d00b80000000
	.quad 0x4068000000000000, 0x427a7d4800000000
	.quad 0xf587b871bfd7ffcf, 0xd08c95a3ffd65ef9
	.quad 0x5aa7e50f0ec083a1, 0xfeabe24d5f008000
	.quad 0x3c2c3d433a080000, 0xa3b5af987fbffff2
	.quad 0x427b4a4af296490b, 0xfe3c54d3cced0a98
	.quad 0x3fe82dcd6e894fc0, 0x3ed8400000000000
	.quad 0xc1e0000000000000, 0x802472ab05eea47d
	.quad 0xc023000000000000, 0xbdfa541906bad746
	.quad 0x3fe46f2b2162a3d5, 0x43ffffffffffffff
	.quad 0x4039818980000000, 0x9b8525fe7e819c0f
	.quad 0xed5a9b2a3d400000, 0x800e1f389d1f76fe
	.quad 0x80000000bee71335, 0x802b155bd5ebb29f
	.quad 0xfff0000000000000, 0x4056cb7890a363a4
	.quad 0x807489cc0355c388, 0x56dd1b18fbdafdf1
	.quad 0xb8a91e707fd87eb3, 0xc017000000000000
	.quad 0x044ee75cff8dc540, 0x5beaca3353d7fc46
	.quad 0xbf25a5caffd210a5, 0xbfd7b3572fdc19d0
	.quad 0xc00da5c8264c246a, 0x82261ffe3d82b0bb
seed60:
	.quad 0x8298c621e1408f06
	.quad 0x85ee84f3c25f9ede
	.quad 0xb28395bf4d1a25ae
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0xb03dd74e9ebce9d8
	.quad 0x00000656914c7758
	.quad 0x00000000000ad1bc
	.quad 0xfffffedd51859a43
	.quad 0x0000000000000253
	.quad 0x8000000000000000
	.quad 0x000012d16f320293
	.quad 0xcc88115e67a892d4
	.quad 0xffffffff80000000
	.quad 0xb4939ce916efbdeb
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x44755a88c1c14700, 0x400c879dd6b0b170
	.quad 0xb6245a3ca2ac8000, 0x125cd3206fdff23b
	.quad 0x00000000ffc00000, 0x40f788cc148e6d72
	.quad 0x7fc000003d4de598, 0x3c9314f1c18bfef2
	.quad 0x7fff857aea3d1938, 0xc05c0e46468615b9
	.quad 0xc340000000000000, 0x41dcb177c0d98be8
	.quad 0x35abbed6534e8000, 0xda48ca8cc0600000
	.quad 0xc0e0000000000001, 0x6b1cc01e17e94048
	.quad 0x4330000000000001, 0xc00000007fc00000
	.quad 0x80000000bfffffff, 0xff3a84871e49107a
	.quad 0x92e571f4ffbc7fdb, 0x84a91aad1f352dc6
	.quad 0x00000000df800000, 0x4017510f9b14720f
	.quad 0xfff0010a48c6c6ee, 0xcea4b20dfff8feed
	.quad 0x407ab00000000000, 0x7e89e51e9e53382a
	.quad 0xf59adc229bb8feff, 0x17e3e036ffe2eb94
	.quad 0x7cc9a7e34f5dd5a4, 0x3eebeb0a1b966bc2
	.quad 0x45e38b0f76e5686c, 0x29fb84717fe81e57
	.quad 0xd5ffffff7f800000, 0xbe1adc247f800000
	.quad 0x0000000000000000, 0xffe0000000000000
	.quad 0xfe0cfac7775a8d3e, 0x27be0b6e39777d2e
	.quad 0x3277fdb0bf9cf867, 0xf61357abc3400000
	.quad 0xc0510c7cd428bcb2, 0xa020cc097b2e4440
	.quad 0x007fffff80ffffff, 0x811d9d74be866529
	.quad 0x810000007f800000, 0xcecdb91de4e7f6d4
	.quad 0xc234f040817fffff, 0x68814a064b9e5a07
	.quad 0x3e8754ec007fffff, 0xe9748f2cc7d2fc0f
	.quad 0xfef1e8413f7900cb, 0x2e24e4a037d6c8f0
	.quad 0x330151c7e14bc05c, 0x7df3f0f27f97885d
	.quad 0x7f80000043bdd9df, 0x7b422100bed7e17f
	.quad 0xbf3fd27ebf209d8c, 0xffe380f8c28ac4c0
	.quad 0x69b3e86400000000, 0xff8000007fa7de3c
	.quad 0xc378a9cd63ac98a0, 0xf561151a7f800000
seed61:
	.quad 0xfffffffffffffd3e
	.quad 0xffffffffffffffb5
	.quad 0xdad8aedc1125854a
	.quad 0x0000000001000001
	.quad 0x4246338602a04986
	.quad 0xfffffffffffffee7
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0xfffffffd296d7fc8
	.quad 0xfffffffffbb6e376
	.quad 0x4e8f0882f388f056
	.quad 0x000000a9b248fef8
	.quad 0x66cd1ce774666112
	.quad 0xee12c7f39cebf879
	.quad 0x00000000ffffffff
	.quad 0x4c153e3fca1a2afe
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0xc107e888999a6fbf, 0xff8c4c73ffc00000
	.quad 0xfff0000000000000, 0x8000000040000000
	.quad 0xff8da323439d5540, 0x5c2544eb070015be
	.quad 0x41f1c215df7fffff, 0x1800b7f1bffffffe
	.quad 0x8000000000000000, 0x94506a02a70789be
	.quad 0x8119c1ae49500000, 0xa2d1c16526ff8001
	.quad 0xf34e6bd07ff47e00, 0xcd029bc5ffd0c296
	.quad 0x3e93d4bf81e045eb, 0x5fda8f3844e7bdbe
	.quad 0x40893a0afeaf0e9e, 0x02f5a299c18c0153
	.quad 0xbf9fb7a629c5b2c8, 0x4000000000000000
	.quad 0xc5c07d18a1fbe5b9, 0xcf7fffffbd36ca44
	.quad 0xbcb9513e9331c841, 0xa5a6d885d7c4ed56
	.quad 0xa7c44786b30e0ce3, 0xffeb9182ffc33ff1
	.quad 0xeef40f0bc0d72730, 0xfff0000000000000
	.quad 0xc3e0000000000001, 0xc1effffffffffffe
	.quad 0xff800000ffc00000, 0xbc117f8fffbe1569
	.quad 0x7974474bfcf48000, 0xf48c8cfe7fb64700
	.quad 0x4580000080000000, 0xf920e81c41b96374
	.quad 0xbfa553191becc929, 0x4018a3424330aa13
	.quad 0x4700000100000001, 0x7ff65a36adc3ff2b
	.quad 0xae083d8c65947f9f, 0xc755000001000000
	.quad 0x002f62d925beefd6, 0xee59a734e1b5fc00
	.quad 0x0fef7d4035f80000, 0xe1e4be49ffc00000
	.quad 0xc0b1d2a8ff800000, 0xc996f9c5ffffff7d
	.quad 0x800cef472be5a7f1, 0xc935b4d9fca67f2f
	.quad 0xc05b2fd29fe6c050, 0xdd88230a00183a23
	.quad 0x40deb244ec8583e8, 0xbfffffffffffffff
	.quad 0xc08c000035f00000, 0xbff4000000000000
	.quad 0x40971852be181621, 0xc97861137b0cddd9
	.quad 0x7298fe18199958fe, 0xbe696feaffb64900
	.quad 0x6f64cb9fe5657e3e, 0x0000000141cc351e
	.quad 0x0e8f93fac345b916, 0xc16a9eff7f800000
seed62:
	.quad 0xfffffffffffffe1f
	.quad 0x000000005899a7f5
	.quad 0x8d396172718d2d5b
	.quad 0x892f92e3251a999a
	.quad 0x8f72aec27d355333
	.quad 0xfffffffffffffe74
	.quad 0x02a5bb5f5ebbe0ad
	.quad 0x1bdca2972a032d87
	.quad 0x000000000000034f
	.quad 0x9e4e012726e829c5
	.quad 0x23d05bef9b6c157d
	.quad 0x9344ad9fd1b5847c
	.quad 0x000000007fffffff
	.quad 0x3f8d5f81cec1b959
	.quad 0x7ce9835584b1e8e6
	.quad 0x0000000000dbbfc7
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xfff0000000000000, 0x354d363a4a7cc340
	.quad 0xfee8537b5db837d2, 0xfbe6a61b18c052f5
	.quad 0xa62ec493a2c6842e, 0x800fc6f3996a6db0
	.quad 0xb93fb33f3bff76ff, 0x74f10b27dba77e00
	.quad 0xfff5447cdd68c841, 0xfff465ef44164511
	.quad 0x8020000000000000, 0xbe8efc1fc069aece
	.quad 0x7f5cfe2dc7dfb948, 0x878451571b900bf6
	.quad 0x409923216fabad77, 0xc4f665b6cb5c5fbf
	.quad 0x3ca75f6300482109, 0x425f6bb880000000
	.quad 0x8b267ffbcb643a5d, 0x800fffffffffffff
	.quad 0xbf6e1a6f7f800000, 0xf25f741c576ecd04
	.quad 0x00000000ff800000, 0xbea5565180686fea
	.quad 0x7ff0014f3c67711d, 0xe81478f3fffffffe
	.quad 0x3fe8000000000000, 0x3f41fa1a36400000
	.quad 0xfc932ad838e37c00, 0x0000000000000001
	.quad 0xbff2164b56555bcc, 0x3ffadc605a2ee35a
	.quad 0x400ffffffffffffe, 0xfbe4a8ef36400000
	.quad 0xf29afbc37ffa87d5, 0x243ff3ced9bca668
	.quad 0x3f7f402d0a5fab1b, 0x16342f244dc60000
	.quad 0xff80000092d188a9, 0x96868ad943aa7b8a
	.quad 0x89485befd1c4fb17, 0x7ffb19cb7f800000
	.quad 0xd1d9fcf528047eff, 0x8c59c7a9ffd83ad7
	.quad 0x36f08c80bf5f4f55, 0x0048dea7bb830000
	.quad 0xc66400003c4981eb, 0xaa195835d0e68000
	.quad 0xd2bc91a4c9400000, 0x7fc19690e7c38391
	.quad 0x319d6b9767ffffca, 0x9e5064f3ff9bf9ef
	.quad 0x7ff0000000000000, 0xf5dba6f3e7edfbd7
	.quad 0x3fa88d69655c1be9, 0xa98e3deddc2f8ae4
	.quad 0x42094d9245c00000, 0x3abd79eef5d9fcad
	.quad 0x2138824dcc918a23, 0x8008049bbdcc8e45
	.quad 0xb8437d4ac18aa15c, 0x7fcfcc1e42b60000
	.quad 0x3bfcd0a0fffd5fdb, 0xdc9016f1bf5edd5f
seed63:
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x9ea45587ce372787
	.quad 0x000000000000008b
	.quad 0xb4ddc268c0dc4ef5
	.quad 0xffffffffffffda37
	.quad 0xfffffffffffffde3
	.quad 0x0f886fb49d7d1b10
	.quad 0x5eb97be77da14cc2
	.quad 0x000000007fffffff
	.quad 0xc3b149361f9a9a20
	.quad 0xbe900a0f573348bc
	.quad 0xfffffffffff72eb1
	.quad 0x3e0e725322a9631b
	.quad 0xffffffffffffffc4
	.quad 0xffffffffffffff80
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xfff8000000000000, 0x9d0e2220803696c3
	.quad 0x3c4d782ea29203d6, 0x84640ac07f800000
	.quad 0xc3d2e55f3ba1fc67, 0x2dc69d01614da826
	.quad 0x97a587d4c0fe4820, 0x3fc0e5dc34e6903d
	.quad 0xbec943f3ff800000, 0x1237d8127ac86461
	.quad 0x090d43fb6626831c, 0xff88e5bf7f887478
	.quad 0x34996f3b245b57e0, 0x92010aecffc00000
	.quad 0x8010000000000000, 0x57c774f77fdf73ff
	.quad 0x49a00000bc676aad, 0x40100000feffffff
	.quad 0xff09266a99604486, 0x9620590cff92c9ff
	.quad 0x000a881379f46c14, 0x8000000000000000
	.quad 0x7ff8000000000000, 0xffd91ee3c9780000
	.quad 0x802adfcb987f6af3, 0x80afc07200000000
	.quad 0x0008000000000000, 0xbd3d0db5bc5f631c
	.quad 0x31efe0767f9e8001, 0x3ce22801c176fc32
	.quad 0xbca054a480619faf, 0x30a90a3dc3f3b338
	.quad 0xfabb66334fffffff, 0x7e8000007e800000
	.quad 0x7ff0000000000000, 0x8005c7d236fc74e0
	.quad 0xffa6ad273ced8ae7, 0x4000000000000000
	.quad 0x8020000000000000, 0xc0c44709017fffff
	.quad 0x8104966f80019a5f, 0x03b8b070ffeaffb9
	.quad 0x3fb3c106e904e118, 0x3d5fa8a7befd6e5e
	.quad 0x00e5cf9440d80000, 0x7ff0000000000000
	.quad 0xf6e241086d8d9cbf, 0xc492cd456f7f5f37
	.quad 0x92aa659d78b17400, 0x7f800000ffad3c0a
	.quad 0xff3ac3afd5594eaf, 0x04f2d0edd7f051ce
	.quad 0xec457ec7059ee345, 0xd8a33cd29d46cc47
	.quad 0x532d28ce43e43c1b, 0x40b8000043f103eb
	.quad 0x40880000be0cb3be, 0x6ea507017ffa7bff
	.quad 0xbdbb7f0c7a7834f0, 0xf6fa4dba0994ba00
	.quad 0x6e331e4dbe76a5b9, 0xc09281bcfff3f1eb
	.quad 0x1267f2f0f0a1f91f, 0x0f91d0e00643812d
