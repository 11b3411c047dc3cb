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
	.inst 0x0e617950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e767011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67552b
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
	.inst 0x1e6e48f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f2dfd76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fc49857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e219878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6ae6fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7900cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2440dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27485d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21419e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602198
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
	.inst 0x0e21a9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6809b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee2f634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2eaed5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e65e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e245997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7068d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc09219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e262040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2141fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fca98bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0ca1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3439be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e20018f
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
	.inst 0x7e69e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f04c051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e385012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2300b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f720a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee8f576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e33a522
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e790089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c287a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eacec1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e67cdfc
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
	.inst 0x0e25e79e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1b99f
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
	.inst 0x1f601410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f62c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602188
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
	.inst 0x4e2ad695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6bc657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e633898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18d18a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61d8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d29fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28087d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6919fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e2efc3f
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
	.inst 0x1e2301d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e79b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6240b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e219875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c2b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fc89257
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
	.inst 0x1e220039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e263a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61433b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2301dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23019d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f08249e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e616a5f
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
	.inst 0x1f4e0550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0aa971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e259f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee8ec94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2ead56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3769b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f359c99
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
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6300dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1a8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1faff
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
	.inst 0x6f65fd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2141d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e423552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0f913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2fe614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f849815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e619a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60c137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e380088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f62b9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1d91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa992fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e597c8c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e30899d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64083e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6178df
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
	.inst 0x1e6028d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6389f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fd09973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e18f1e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eaeccb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1a816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e254277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0b5d38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c1fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e27ee3b
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
	.inst 0x1e6a29dd
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
	.inst 0x1e25f01f
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
	.inst 0x6e30c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e264211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19a042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e271875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e692876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21a917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f20e4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21c85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2151fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21cadd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1a93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6ce7df
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
	.inst 0x0f31fc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e255932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fa399d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2301b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e69fd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6cdd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e68043a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26285a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4795bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e30f5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ebdfd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee4ec3f
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
	.inst 0x4e60e470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eb1c512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6de633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e390244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6301f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e733958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0c8b9
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
	.inst 0x1e2149db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e62dc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a09dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0cb5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63013f
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
	.inst 0x1e624030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a6c71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ef0d653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f42c1d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eb1d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7278f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea19957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2efc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79f6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a65f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7a089e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3a689f
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
	.inst 0x1e204890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20a4f2
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
	.inst 0x1e250003
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3419d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2380d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e619e79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c1fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e29fc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f6ffd7c
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
	.inst 0x1e7049be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70d85f
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
	.inst 0x1e642890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f869031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e24e412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63cdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e616914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea0c875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6189b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e700267
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f653678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee199b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f68ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2ee53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e61008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6629bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e73281e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f79bf
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
	.inst 0x1e269010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e221a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e58ad22
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2e0df3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230174
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
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e72dd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f135cb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61dc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2da9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eeac57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea3cd5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2300ff
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
	.inst 0x6ea1b9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e24e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e20dc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e322230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2200d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0f917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21a9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30f9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65403a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2ed65b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e666c1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1d8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f83525f
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
	.inst 0x7ef0c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2dadd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2ae613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eaec654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61b815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f3ce4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0fa17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f1715b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e6169b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03f93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27c25c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68499d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f2ee4ff
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
	.inst 0x1e230110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e6169d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61ba35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f6cfcd6
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
	.inst 0x1e2f1818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e188a29
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1c63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d28bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee6cc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f44307d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e59a58e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e60efbf
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
	.inst 0x5e6fe430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f39fd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0e9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e60c495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f5afd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f7afd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ef3d59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c07f
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
	.inst 0x6ee19930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e022c51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2640d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f429475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e70d6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2fcc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea6d55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f897b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7fb01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2441fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61d55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602068
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
	.inst 0x1e2f3850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6ad411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30fa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e230074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4c3df5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6301b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4dc9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2cac5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2d8cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2a9dfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66185f
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
	.inst 0x1e61c0b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6201d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6b3552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eeec414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1a836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6200f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e650288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4d0f5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21989c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23397d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e24e49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e743b7f
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
	.inst 0x2ea4e5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1b831
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
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f513916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e63cdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e255694
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f941919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7719ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f50c97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc6907c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c23d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6240de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21681f
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
	.inst 0x7e21c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1a8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b39d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f7dfd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f092d56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2ca4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0caf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e68f499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2fde5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee199db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6000ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c38fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4ad43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f72e57f
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
	.inst 0x1ee241d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e677a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e310124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6201b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e18f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f48e5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2900a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a097a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70f87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa051fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e293b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e64fdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22005f
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
	.inst 0x1e638930
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
	.inst 0x1e2d69d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2364ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e24d4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e238613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21b8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6cfc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f68bc1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eefc47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6201fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0c903d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0c93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a08df
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
	.inst 0x5f8f51b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2900c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1b9f2
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
	.inst 0x1f5299b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0fc837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2af498
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
	.inst 0x1e25002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0d97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2200fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc8983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e72fcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eefe57f
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
	.inst 0x1e611910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e707991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e225973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02a974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1b8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e642130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc39918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2bdef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f08fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e67ce9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ef9d75d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61b91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e375cbf
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
	.inst 0x1e2e2542
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f478171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e217833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61a9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e662280
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e654017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fb71818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0e0c79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1b93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3839bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f46075c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2740dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6541fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e03c1df
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
	.inst 0x1e62e409
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e270d71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e4284b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e304953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0ac034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61aa75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6dedd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc79097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd258b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f00a1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e382d7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30d87b
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
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6201de
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
	.inst 0x1e3800a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f30ac51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6140f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e640203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6af430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3268f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7801a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f6efcb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee5d639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2301fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2801eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3b189c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29089d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e216a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ecddf
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
	.inst 0x9e191580
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a0a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f652df4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e250005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f38e636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b8957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f119838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21d8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d9edb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25881c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3c19dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea7e75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e62ecdf
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
	.inst 0x1e624870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7801e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4c8dd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2900a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b2a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d5a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21e5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e616afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e20006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f38b1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c17e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee189df
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
	.inst 0x4e2dfdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e02a1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fa990f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1da13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc891b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6548d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c2b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6cf577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea1b898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f321f19
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
	.inst 0x1f6e141b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65401d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0fb7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64c17f
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
	.inst 0x1e620970
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
	.inst 0x1e259d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6500e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f48be95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e340ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e2bec99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2354a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e30397b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e28ecdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21407d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f30e75e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2201bf
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
	.inst 0x9e210100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fab9171
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
	.inst 0x1e2f2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18b464
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e217a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e2cdd76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6354f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f531818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f018839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea4fd3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f89bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c187e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e03645f
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
	.inst 0x9e680060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c1951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e618812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e224833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b1a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6019b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1dab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e600918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2238ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f222b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21695c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e31f5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d9462
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ef0c53f
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
	.inst 0x2e2bc530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7fa29191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e608d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f09c613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e29e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2201d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e346c96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e36d577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7fc29079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eb4fd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7608db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e61030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2db01f
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
	.inst 0x1e3100e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61c9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e601a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f511c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc658b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e610246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c2d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2af51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2420d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f2efd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f795d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e70014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e291b5f
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
	.inst 0x9e2500e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65ee13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e24c2d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fa71019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7901aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e601b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3001cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602378
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e628eff
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
	.inst 0x6e30c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eede432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6efc53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5eabfc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f6ae4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6008b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e66cc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e43915a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25183b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea4edfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61387d
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
	.inst 0x1e22c0df
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
	.inst 0x1e2d2180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc45871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2619b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e62f613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea1b9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea8fc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e03e816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e780047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2dfd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62393a
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
	.inst 0x7fca90fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2743bf
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
	.inst 0x0ea0e990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f504111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e680042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f478654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e586865
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ef557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02a119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2878da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fc690fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2641dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66193e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60697f
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
	.inst 0x1e663810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eaee432
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
	.inst 0x5ee0c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e210025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e341a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ef5c618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e75487a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c58bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f75e77e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62017f
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
	.inst 0x1e670582
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2301f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fd091d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c1b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e603898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f61acd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18dc8a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6ce5cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f58e75c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e28012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc7135e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fd7193f
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
	.inst 0x1e235890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3020d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6e0593
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
	.inst 0x6f70e615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e750574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e35dcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e267999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30fb3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65193b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ef3fd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2d25de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1b97f
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
	.inst 0x6e69fd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e253d11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eaeec72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6100a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61a935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0d9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2000e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee241d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2decda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1da7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62581c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f793d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c21e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f5ea57f
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
	.inst 0x1e2a18f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6eadf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620192
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
	.inst 0x1f6bcd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7169b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f5ce437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e643898
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
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2440fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2c815c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0b149d
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
	.inst 0x5fc7191f
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
	.inst 0x1e600160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8190f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e712200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e617913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f7014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e256c56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e310127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e712978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f8890ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68095b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee2f63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18dd4d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f5d697e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21685f
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
	.inst 0x6eb0f830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e691911
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
	.inst 0x0e21da53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6815b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e250245
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
	.inst 0x4e6cdc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61f658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea1a9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f2ffd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63881b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee240bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e71032d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0c97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0c9bf
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
	.inst 0x4e619970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f48c011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f919812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d08b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2199f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e19b4e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e616958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e191c09
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3921a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e79d41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39e5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e292110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18c96f
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
	.inst 0x1e2c1930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2179f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f37fd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61b9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e28e5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e641855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ef3ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c2d37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e72fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e640109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e69010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e64034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f89189c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1b9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202018
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
	.inst 0x9e640020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f3bfd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e643e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2541d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e29ddb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1f477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e616899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e64e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f6ae75b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a595c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eafcd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f8e107e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f60fdbf
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
	.inst 0x1e6c19f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eecc611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f639415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1b856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e33cd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f3dfc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e772979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c33a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28793b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e616b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e616afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61b95f
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
	.inst 0x9e032cf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220111
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
	.inst 0x1e399013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e23dcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcb9835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f244c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6240b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e425c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0cab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f43e51a
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
	.inst 0x2e2edd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6abcbd
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
	.inst 0x1e02b0ff
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
	.inst 0x1e7801e0
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
	.inst 0x7eb0fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1d993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2279d4
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
	.inst 0x1f0a0d56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea8fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e69ec39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f12e5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6459bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e71e53d
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
	.inst 0x1f0eb6bf
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
	.inst 0x1e63c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2dfd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6d45b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e280894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0e5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc45096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc65117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7001a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20026a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f54e47b
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
	.inst 0x1f726c9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f27fede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e20edbf
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
	.inst 0x1f6c2510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6bbe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd01013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61da35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e69dd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e700108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e67ec59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6901cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6bc55f
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
	.inst 0x7eb0f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2259b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f6fe412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e43d154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e632a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1f8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25456d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e02f49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6168fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6af01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6edc3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68089f
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
	.inst 0x4e6bcdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e30ec31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e616a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef1ee34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f250496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6edd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f9618d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5eecfd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6cf51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1b8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1d93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1a93f
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
	.inst 0x1e651970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18ca01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1fd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fd099b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6bb655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e248856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc110d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e213878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a8879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b383a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f4cfd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2ef47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f65e47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c03f
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
	.inst 0x1e601970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee4edf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e0229b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea1a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e32d618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eeac499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202308
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e617423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea4d41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61597e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f393f
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
	.inst 0x1e6e2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d48d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f2de5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee4f674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21da15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c0b6
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
	.inst 0x9e2301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eabc53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f49273b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64095c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7320e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e29fc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f39fc5f
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
	.inst 0x1e672090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcd91b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780003
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea1fe74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202138
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
	.inst 0x6eb0f837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e69e6f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f3afcda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e2000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e38012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f4ffcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e242566
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
	.quad 0xfffffffffff207e2
	.quad 0xad46600a6fb6895f
	.quad 0x0000001695a9c356
	.quad 0xfffffffffd90a083
	.quad 0x8000000000000000
	.quad 0x08a6bbc64ffb299e
	.quad 0x0000000000000244
	.quad 0x0000000000000000
	.quad 0x2228b4117a011719
	.quad 0xfffffffffffffc8b
	.quad 0x000000007fffffff
	.quad 0x0000cab2a487c3ab
	.quad 0x000000000000009e
	.quad 0xffffffffffffeee4
	.quad 0x0000000000002d0a
	.quad 0xbc5589edfa1d9951
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x0e80731f35b77ef9, 0x7fde5d316876d5ea
	.quad 0x49aa78a28ad355f9, 0xbf973a7a09a89824
	.quad 0x9e945481e397b6d0, 0x7ff759b339b82fae
	.quad 0xc0f61244a64572fc, 0xffe0000000000000
	.quad 0xec6d74c77ff77c00, 0xe4683cb83f3386fd
	.quad 0x95acdf8e00000000, 0x43093e1200000000
	.quad 0xbfc67e74b4a9431d, 0xc11400008bb52733
	.quad 0x2b31a2077ffafffe, 0x7fc00000ffc00000
	.quad 0x9abdad052a287f04, 0x57caed8af4c70f53
	.quad 0xe76cfd106ff259b1, 0xb0513489d86dc76c
	.quad 0x4066c00000000000, 0xbbbcb7959463ff76
	.quad 0x75c96cf4fdb50a92, 0x7ff8000000000000
	.quad 0x3f9aa00000000000, 0x7ff1cf7d88c767aa
	.quad 0x3efa000000000000, 0xbff8c239ab401989
	.quad 0x7f94ffaeff800000, 0x3f9c5844e4f05666
	.quad 0x8694a03bfbf69c35, 0xbf756db53631c90e
	.quad 0x49823eb29ffdbb7d, 0x6ca6830fb72fe51e
	.quad 0x22c282e91094e970, 0xd4758550dc3dfda7
	.quad 0xc0b4000000000000, 0x3ffc000000000000
	.quad 0xfff91434c88ff36c, 0x907d828a52e42c59
	.quad 0x05633d4471b203ff, 0x942312ccfffc7a8a
	.quad 0x450b426200c6c3ac, 0x80f6e8dfd86441fc
	.quad 0x475100009de5070f, 0x000fffffffffffff
	.quad 0x380000000a6b0834, 0x75773d9dffac46c0
	.quad 0x0043b8407f82d5d5, 0x7f800000ec5c6960
	.quad 0x3f851b17d0967f8b, 0x3fc3000000000000
	.quad 0x47788d6483a5997e, 0x2d221764df3b7b12
	.quad 0xb165d22a4eabc012, 0x3e4a56bbbe742be2
	.quad 0xc02e068cb2cf76a6, 0xf9827a8efff6bc00
	.quad 0x4f67b31e196501e6, 0x7f8000003cd6c3a7
	.quad 0xbeaf872540e60e36, 0xffdca7fd3f000000
	.quad 0x597c6d0fd66562d8, 0x8000000000000000
seed1:
	.quad 0x0020000000000001
	.quad 0xffffffe98985aa05
	.quad 0x0000000000020b07
	.quad 0xf24a9cdffc76dd7d
	.quad 0xdfee85590b7dd8aa
	.quad 0xb85752994ff6adf8
	.quad 0x5c2b920594f41b66
	.quad 0xfffffffffffa8fe0
	.quad 0x772283e7a5b03fee
	.quad 0x002fa0680a0808c1
	.quad 0x39dd0d6458ac2edf
	.quad 0xfffffffffffffe0d
	.quad 0xfffffffffffffea6
	.quad 0x013a2688b72ed0ac
	.quad 0xef6631d25336d0f4
	.quad 0xc2231eeb90b2b80b
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x72a941fe7ac7c7c0, 0x03bf4f7d1fce28da
	.quad 0xb720000080000000, 0x00000000c2566b69
	.quad 0xc4c00000ff800000, 0x5b89faf73549b0de
	.quad 0xc00ecd467378bc39, 0x7fc00000c1de11ef
	.quad 0x8002acd14392fa23, 0x668ef8db7fdefced
	.quad 0xf6ad0bee1862fe20, 0x802764cac3f4355a
	.quad 0x980afd8fff3e7d6e, 0x7252bb597fb22b58
	.quad 0xfbc1141c5472dca3, 0x8000000000000000
	.quad 0x3ff3751c6c4e49f4, 0x7f55ccee5886fe00
	.quad 0xfff0000000000000, 0x966be414bb20fa53
	.quad 0x214c313eea5cd34d, 0x82281088122eff79
	.quad 0x27f491eb7fde0000, 0xaf68e155eadeb54d
	.quad 0x3f9b56cbffbffff7, 0x3d257c5306f848c0
	.quad 0x28017f91bf4d7f57, 0x65c944377d74a35c
	.quad 0xfff8000000000000, 0xf087add280000000
	.quad 0x41d80000bcbb2fc5, 0x7ff8000000000000
	.quad 0xa4c43d974ad10200, 0x3bd652d5cf7d5c96
	.quad 0x9c3172b565d5a9ab, 0x7f8000007f800000
	.quad 0xf4431a076cfebd00, 0xbfe0000080000000
	.quad 0x8020000000000000, 0x6e6ea6497fbe7dd1
	.quad 0xff91e57f430015e4, 0x3f7b484b3f61feeb
	.quad 0xbfe97fed978adeeb, 0x2ae2c5f9fbfcfffc
	.quad 0x7fdb54ffea45bd9f, 0x8e77b9215ef9dba6
	.quad 0x0026f6ca13b67c3c, 0xc01c000000000000
	.quad 0xffb631df46dfdba2, 0xc02ba481dc798eff
	.quad 0x2c41f50aebe3c920, 0x405202afadb7c36d
	.quad 0x42c8ee2fffb62915, 0x4056fb7aa6a70d34
	.quad 0x80000000bd45bdc6, 0x7db3ba62d465c993
	.quad 0xf22033974859fc00, 0xbfffffffffffffff
	.quad 0x859a25f0ff94c9e9, 0x015588ae0b621ade
	.quad 0xb906ab87979fb336, 0xb1a0cef367ea9aae
	.quad 0x5372cb82caaf7dfa, 0x4023000000000000
seed2:
	.quad 0x00000000000000e5
	.quad 0x000000007fffffff
	.quad 0x00000000000001cf
	.quad 0x00000004d94c90e0
	.quad 0xfffff886a25ecec5
	.quad 0x0000000100000000
	.quad 0xfffffff99e3a7ae1
	.quad 0x002ab44442f3e72e
	.quad 0x0000000000000180
	.quad 0xffffd848297579cc
	.quad 0x099004ddd56ba9ff
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0xff7cae42d45abbc3
	.quad 0xffffffffffffff6f
	.quad 0x0000000000000170
	.quad 0x02000000
	.quad 0x80000000
	.quad 0x7ff0000000000000, 0x51526f3f19533e00
	.quad 0x6b8bcecbd7c25c60, 0xd3b964b7404232d2
	.quad 0xffb6b18b7faa7825, 0x802fffffffffffff
	.quad 0xd59ef0ecb60d29c8, 0xc330000000000000
	.quad 0xffe4aacf62a94793, 0x403000003ea00000
	.quad 0x15588fca2be8f45c, 0x0c495d8272970001
	.quad 0x013132bab3659e92, 0x0000000000000000
	.quad 0xa3488ec266f2cc0e, 0xc664c65af3f9f43f
	.quad 0x214fe6086f7ffde5, 0x80647e2680000000
	.quad 0xb9cc48e4ffc5fc00, 0xc73f92c31d6bded0
	.quad 0x73e93e7f63fb85a2, 0x3faae1a217d8f7ed
	.quad 0x409c000000400000, 0x402dcf0b4137221c
	.quad 0xbfa5403325e86937, 0x0000000000000000
	.quad 0xd9ffeaad7bdf7e00, 0x4072daec5024e73e
	.quad 0x47b1431bd89e7f65, 0xff40598af3eca278
	.quad 0xc010000000000000, 0xc0e0000000000000
	.quad 0x85634bfa0d9b09c8, 0x5963b918885a05c7
	.quad 0x385eb1f043cfde5a, 0x000e61ac700eba14
	.quad 0x974581d5bf400000, 0xd147696963777bf7
	.quad 0x7ea8d1de4d000000, 0xb0b076a6157a5f95
	.quad 0x7a3ad230bdb6fbff, 0xfa2e8e177ffffe3c
	.quad 0x00000000c0e41f59, 0xe5b9a70114bafca2
	.quad 0x7fa4c10f0052d1af, 0xd2ffd2ce72770197
	.quad 0xffb5860a7f0fbf59, 0xbd86b5db7fabfe84
	.quad 0xfff5796b3498f31d, 0x62f763d4a8cbbc51
	.quad 0x7f800000ff800000, 0xb1cfebc4f5b6fbbe
	.quad 0xe48c9848c7787ff1, 0x74c37da3c43178cb
	.quad 0xcebe3df7b639bdec, 0x3fcc261f2b52d908
	.quad 0x6d3838282068cbc0, 0x8d187dfe0bc1cbc4
	.quad 0xbb927de0401b81c2, 0xa7aa9a47fe17c970
	.quad 0x7ffe661dbb932559, 0x191a129c9a915c18
	.quad 0xfbe8a880069d267c, 0x4da215286b1f2080
seed3:
	.quad 0xa0523bd78058c7a0
	.quad 0x0006393d526a4690
	.quad 0x012796e26a2205e3
	.quad 0x056f9cd38407a375
	.quad 0x000000000000008a
	.quad 0x0002ff6aea73dfcc
	.quad 0x0000029f0387763f
	.quad 0x6f42a159fec5ae67
	.quad 0xffea56504797e557
	.quad 0x556bfe399b95c0d7
	.quad 0x59a66e3baa30ba19
	.quad 0x0000000000000374
	.quad 0x857905b198f432f0
	.quad 0x1a0a0aa7cec18cae
	.quad 0xffffffffff94626d
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xffa406ea80ffffff, 0x937d80501f166bbd
	.quad 0x93e8056bc0f00000, 0x7fe0000000000000
	.quad 0x7ff485ba0718b156, 0xf7d60cf5b45efd55
	.quad 0x9b5d771dcdd33ea4, 0x71142cf18e66a19a
	.quad 0x26c20cd0df7ffffe, 0x915e7baf90b36292
	.quad 0x7ff3a3bf952dd9ab, 0x8000000000000000
	.quad 0x8000000000000000, 0x800ad7a9271860fe
	.quad 0x000000007fc00000, 0x7effffffc0ff9f55
	.quad 0x49500000bee00000, 0xc00d3959766ebda9
	.quad 0x43f4f70f8db9da2e, 0xc058c00000000000
	.quad 0x61c836b8e7bf57fd, 0x6502e2b3b0f3087d
	.quad 0x000000010b9785d0, 0x00000000c7800000
	.quad 0xff9655187f811e0e, 0x7fdfffffffffffff
	.quad 0x3fa5c5374e0d58c0, 0xc388f8917fdf2ddf
	.quad 0x7a8334adda800001, 0x3ffc000000000000
	.quad 0xc2f31c6afa79a08c, 0x412c000000000000
	.quad 0xfff0000000000000, 0x07e4d164556d1e70
	.quad 0x03020d9a6c66bd03, 0xf7ba091f1f8f3883
	.quad 0x33ff3315433c18b5, 0x87c7b1b3607cfdf1
	.quad 0x0000000000000000, 0x40c000007f800000
	.quad 0xfed71244e3688a29, 0xfcda296032a9472b
	.quad 0x8c63ba6bff800000, 0x0000929212f0ce91
	.quad 0xffe0000000000000, 0x800000007fc00000
	.quad 0x8b7f4cbcf7fffe06, 0x7f800000c0f00000
	.quad 0x77581c83ca357fc0, 0x2b5d2529ffc41c04
	.quad 0xad65d5e1bfdf7d4f, 0xbe271a6f7f800000
	.quad 0x263f1cbffecd7e76, 0xfdd31e1647c100cd
	.quad 0x800c21d736f36cba, 0xf8c2e49eb6060000
	.quad 0x8ce0f1a8fffffd74, 0x40e1cf3e42623226
	.quad 0x1cece30db6bb284c, 0xdd73ecb7af77ff5f
	.quad 0xfff0000000000000, 0x000000007f800000
	.quad 0x4069a3c27490cca2, 0x8e6ff8fb377f0000
seed4:
	.quad 0xfffffffffd97b8da
	.quad 0xfffffffffeac5f3e
	.quad 0x0000000000000001
	.quad 0xffffffffffffbf1f
	.quad 0x0000000000000096
	.quad 0x0000000001000001
	.quad 0xd801a6479bab88fc
	.quad 0x000000724ff717e7
	.quad 0xfffff71200a8228e
	.quad 0x0000000000000068
	.quad 0x0000000000000001
	.quad 0x0102f2d4024f5e04
	.quad 0xfffffff88e462d90
	.quad 0xffffffffffffff70
	.quad 0x595a993fffc57292
	.quad 0xb9d42182aea7d741
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xf6f7a366ca3881c8, 0x403a10135f71663f
	.quad 0x63751fbc016c6dae, 0x40dc200000000000
	.quad 0x802fffffffffffff, 0x8000000000000000
	.quad 0x9e741c699da08200, 0x009b9328ffe3d9ef
	.quad 0x3f3de241bd757ae0, 0x40f274f30a66b736
	.quad 0xffd6332f17a81c2b, 0x7f7fffff4f08a98a
	.quad 0x7ff707c18ced5ebb, 0xbf8a868a137d50e2
	.quad 0x3f6c300000000000, 0x7fa952ca80400000
	.quad 0xe1ac69e8ffbfb305, 0x43b0464c03dd7c00
	.quad 0x7fc00000bd81c43f, 0x9b32929b2ea5ab20
	.quad 0x9b4c982d572203ff, 0xbfdf612177a7e927
	.quad 0xabbef5677c5c19a7, 0xacf8360b69153227
	.quad 0xd733b7b4ffa68000, 0xb6d00000ffa1a9ed
	.quad 0x000cf4bd488c43e3, 0xb7c43d722b707484
	.quad 0x4650b81700000000, 0xfff5cc8cbe2b56df
	.quad 0x9706eecbcf85a6f8, 0xa851ab73b5c5d8e3
	.quad 0xc243a133ff336def, 0xb24624e3ecb374fa
	.quad 0x6be2822880000000, 0x8010000000000000
	.quad 0xff8000009201c6b7, 0x7f800000ffa42447
	.quad 0xf3dbe3b9bffec7ff, 0xffedbe80d2c4b841
	.quad 0xdd037c9b31f532f8, 0x7ff0000000000000
	.quad 0xb8790395369d828b, 0xab979dc18cfe3fe0
	.quad 0x3cc948800c9e1c60, 0x85289c93deddfc32
	.quad 0x155a44d743af3604, 0x3f2150040053ec5d
	.quad 0xbd54d9c600f4fe94, 0xbac000003f5fbf96
	.quad 0xa4a25d891bfbee0a, 0xfff978a096745d9c
	.quad 0x83a88b39b4e745b3, 0x80000000003af871
	.quad 0x7ff0000000000000, 0xd5bb135dbfcfaf75
	.quad 0x401a000000000000, 0x810aa860ff1b8041
	.quad 0x1aa769bbdc84ff0a, 0x4f800000c00290fa
	.quad 0xbf35d879ffb2011f, 0x5bf6093a96924cab
	.quad 0xb6c00000c3013fcf, 0x3e0000007fc00000
seed5:
	.quad 0x485a8f8a73c94472
	.quad 0xd58ca235f2d3b776
	.quad 0x0000000001000001
	.quad 0xfffff111754a4e0a
	.quad 0x0000000001000001
	.quad 0xffffe87c38d2849d
	.quad 0x3d323c580685c5be
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000002
	.quad 0xfa95badb4ac8c0a3
	.quad 0x0000000001000001
	.quad 0x3ff986147378256d
	.quad 0xffffffffffffff42
	.quad 0x09019ea386ee15a2
	.quad 0x0000000080000000
	.quad 0x583adc1980ad5d10
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x96557f19868b9813, 0xbf9deaeb90453260
	.quad 0x3f790ce6f74e8db4, 0xfefd38e19a023f03
	.quad 0x39d800007fd11c47, 0x1509436a94295f65
	.quad 0x7edfe7c5ff7ffffe, 0x01341d9bffcb3dd0
	.quad 0x98dc2a737ffe5b7b, 0x06d2ae883ac34038
	.quad 0x7f800000c00d180c, 0x40f0000000000000
	.quad 0xc07000003c134923, 0x7ffebd219cccc2fb
	.quad 0xb6ec00008515a4e9, 0x3ec1c00000000000
	.quad 0x0053f3803d7d6f12, 0x528518a202b60000
	.quad 0x9966335bba740000, 0x41e5902f687f9a26
	.quad 0xc324094ebfbe7c2f, 0x698767f8fd79f5d2
	.quad 0xff8000003cb15056, 0x02471022712f538a
	.quad 0xcf99247d21ab0200, 0xfffa3d5f1c489a6e
	.quad 0x8168660d404ee8e9, 0x7fbed7022f0f1129
	.quad 0x80090b2ba7cf3c52, 0x43de1a96fff978f7
	.quad 0xbfe5745609eaac5f, 0x40000001426ac75c
	.quad 0x006e0177007a8ae2, 0x8000000000000001
	.quad 0x1c1749742a408000, 0x8000000000000000
	.quad 0xdba895b4e81125c9, 0xfff3bda31b23f71c
	.quad 0x4100000000000000, 0x7289381c7f8a435f
	.quad 0x00000000017fffff, 0xf2efebeffaede7bd
	.quad 0xfda062407bf0d599, 0xfff0000000000000
	.quad 0x413f658f1a69cb17, 0xfdc2ab815eddf675
	.quad 0xbb30c2efbfde40f8, 0xc05e10db896f01f7
	.quad 0x7326a459ff8e39ff, 0xfff0000000000000
	.quad 0xfa6cc12d972e57e1, 0x80629427817fffff
	.quad 0xf6964d95f469dc98, 0x3f8ee4e2a5e60014
	.quad 0xedf263f6beacacd3, 0xbcb4eb59c0dc3113
	.quad 0xe98a553cf73cffef, 0xe12b3c970a3e7a29
	.quad 0x7fe4ff364388a6e4, 0x7ff6aded7b6866bb
	.quad 0x804000007f800000, 0x74935a3dffd7effd
	.quad 0x5ffffffe3fa66fb1, 0x4193b3d1ff800000
seed6:
	.quad 0xa166a8512ab8fc27
	.quad 0x374c8ceb9eedbb8c
	.quad 0x01ab86b7f11c75af
	.quad 0x0020000000000001
	.quad 0xffffffffffffffa1
	.quad 0xffffffcf481f5254
	.quad 0x00000000000000c9
	.quad 0x0000000000000000
	.quad 0x00000000004e14d3
	.quad 0xfffffffffffff670
	.quad 0xbbc75f51e86290be
	.quad 0xfffff88529d40239
	.quad 0xcf6fc42a89fbedcd
	.quad 0x00000000000002b0
	.quad 0x5fff6defeaf18a17
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x41f9273240000000, 0x89b9a0d6f99fadc0
	.quad 0xc0ffffffffffffff, 0xb07bf4b67ff7d48b
	.quad 0x7127ab3cc1f03d9a, 0x707c14b8bf292c6e
	.quad 0x4c322cd1f4b22b6c, 0x40d800004fffffff
	.quad 0xc1954d89be5724bf, 0x2eb40ed7ab53c6a0
	.quad 0x418dad3dd119f578, 0x411400003a200000
	.quad 0xb53f2311f6d8c000, 0x60103f409ef3880a
	.quad 0x00ffffff7f94b666, 0x801fffffffffffff
	.quad 0x40c16f937a9648b0, 0xfb352dadf3c64b5f
	.quad 0xbfc4b6bfe5e9d23f, 0x5ed3e651206a3332
	.quad 0x41101a77ee4128ba, 0xe30eb87041c3fc00
	.quad 0x80000000c1800000, 0x7ff0000000000000
	.quad 0x20e593506becc400, 0x112ceaec77bd1b05
	.quad 0x3f545fb9440a7847, 0x057c3eb143410000
	.quad 0x44e6009e97ca4d00, 0x8010000000000000
	.quad 0x6d9e18fa3eef65d5, 0x7390b1a8808a71b1
	.quad 0x3f84cf90bdfaf79e, 0x007d99653e800000
	.quad 0x7f7fffff7f800000, 0x00f51c25d844e098
	.quad 0x0000000000000001, 0xed5c2daba374fee1
	.quad 0x7a901bbf002ff2df, 0xffefffffffffffff
	.quad 0x2c4493a6cf7ffffe, 0x66be1b01fad7c19d
	.quad 0xaf639e6c7d5ffaba, 0x3fee227730de0642
	.quad 0xc23de54159a962bc, 0xade3d8fcbdf3bdfa
	.quad 0x00c19c8b7fc00000, 0xbff4180eae3dd533
	.quad 0x98352f7fbd9ffbb9, 0xfff0000000000000
	.quad 0xfc8aab0bfeb1b57f, 0xeb37726af3ccdef3
	.quad 0x7f80000000000000, 0x3f2a000000000000
	.quad 0x0307d198fd0c770e, 0xff80000040b9cde8
	.quad 0x7fdfffffffffffff, 0xc6a34e150b38c870
	.quad 0x341640170c592d33, 0x7ff2aa6c58a441fa
	.quad 0x7ea64797ac6c166f, 0xc052c029b8c964df
	.quad 0x800fffffffffffff, 0x63a153ae83618277
seed7:
	.quad 0x0000000001000001
	.quad 0xfffffaeee37c66ec
	.quad 0x00000000000139f4
	.quad 0xfffffff13395e0a2
	.quad 0xffffffffffffffee
	.quad 0x0000000000000132
	.quad 0xffffffff48f0d16d
	.quad 0x2a4ce160f7cb2c7d
	.quad 0x000000000000031a
	.quad 0xff2227026cb1348a
	.quad 0x64e45e76ff48e548
	.quad 0x87be03a77e5613a7
	.quad 0x9d786baa7cb6884b
	.quad 0x84d586a9fe98f81a
	.quad 0x87bc9f8b95f1286b
	.quad 0x000002a4d673eb0b
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xfff049a8977ec463, 0xff36dfbfe6f78400
	.quad 0x983897aaffc00000, 0x7ffff8ff856b8b94
	.quad 0xfa919494bfb3ec86, 0x40c80000c0600000
	.quad 0xbd7dc16be0b3bf02, 0x7fe5d3f71d65f1e1
	.quad 0x7a853ea57ce8f4db, 0xbfbaf1b50bbff5e9
	.quad 0xcd4264d30984d8e0, 0x1746af14c9ea0000
	.quad 0x021bcfb7059b8c81, 0xc02c450473b7d759
	.quad 0x407cd8bda6fbe5e3, 0x7f8000007a45da22
	.quad 0x5c279cc5c7ff7d5f, 0x411000001aa18458
	.quad 0x0d954d9e4140c880, 0x8020ab167f800000
	.quad 0x81e72b01b4eea448, 0x418ba653ff800000
	.quad 0x3fcbc7db163a925e, 0x4cf23f45bfeed918
	.quad 0x817fffffff800000, 0x7ffe8165804b32b8
	.quad 0xf60a1bb7ffffdb17, 0x8d628c5a4fffffff
	.quad 0x400000003c8e3da9, 0x3fe0000000000000
	.quad 0x7fccfb03466b8fe1, 0x4064ff1391916010
	.quad 0xff8000008067b8e5, 0x2199904736d98333
	.quad 0x0000000000000000, 0xc0fffffffffffffe
	.quad 0xaa9a7193ff9bfe00, 0x90572e1bfff1fc00
	.quad 0x802cf09e5d36dd5a, 0xfffc572454303ca9
	.quad 0xfff8000000000000, 0x430c05ebc0000000
	.quad 0x7ff2fa0aedfd623b, 0xf98ba1e3aa4ec604
	.quad 0xf9b10a6e0d233817, 0x7b8b5b51001a56dd
	.quad 0x817fffffafbc9c31, 0xa47ce91fffddfdbe
	.quad 0x4004000000000000, 0x3786abc047fb7cbe
	.quad 0x0257ab96f5eff21c, 0x7ff0000000000000
	.quad 0xbd402b807f819c41, 0x8548329bff9cffc0
	.quad 0xa6798c4c788e9e79, 0x7ef27fe110c6d1f6
	.quad 0xbf8fb285e9c0dccc, 0x0e671398d7a87c00
	.quad 0xe1e4a90e0c38d44a, 0xbfedfdb1213cdd7c
	.quad 0x805f4441de000001, 0xc3b1e36cc7000000
	.quad 0x7ff0000000000000, 0xc31745ad017fffff
seed8:
	.quad 0x498b043e04a1cee5
	.quad 0x7d3f15c8a7b00c57
	.quad 0x33112b7ada99c65a
	.quad 0x437e142710bbab21
	.quad 0x00000000ffffffff
	.quad 0x0000000000000258
	.quad 0xffffffff1927f8d9
	.quad 0x1f3cc538cdfe165f
	.quad 0xf5d4fb8030e3369f
	.quad 0x00000000ffffffff
	.quad 0x760782690a13f854
	.quad 0x000000003a07d527
	.quad 0xfffffffffffffdc5
	.quad 0xedbab779dba68d78
	.quad 0xffffffff80000000
	.quad 0xe63e2cd1c94c96e6
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x71fa38e528677c00, 0x584d464c0cbedd2b
	.quad 0x3f76be66a4cf88e6, 0xfade0a824ffbd4b5
	.quad 0x3fe8000000000000, 0x8184092800400000
	.quad 0x3f72420a0a80b319, 0xfff8000000000000
	.quad 0x600a1f4dd0ccfc00, 0x33e6afc9fa17f8c8
	.quad 0xcc6551327be57d86, 0xd7153a76cbeef7ff
	.quad 0xffc000006b8bc1e6, 0x7ff0000000000000
	.quad 0x7a7a2a7580744bfd, 0x692fc666df7ffffe
	.quad 0x3abc4383aeeb7dfc, 0xc023000000000000
	.quad 0xe8913cbe3df77d29, 0xebbef8dd7a7429ff
	.quad 0x1b75cd8e823155c3, 0xbc2a1a1d7f8dd194
	.quad 0xff80000004c1fa02, 0xc078000000000000
	.quad 0x77b095923ecad012, 0x2d02c2ff4f3fffd7
	.quad 0x1024c7b1e07bc0d3, 0x634e833a76998990
	.quad 0xfff0000000000000, 0xbbcd74a45b060000
	.quad 0xefb286151401e75b, 0xfff19e4c214fa60a
	.quad 0xfff8758307ecbda8, 0x0000000000000000
	.quad 0xe21c3da1a045000d, 0xc270f00e3c052f09
	.quad 0xb197cf2013827f8a, 0x7fc00000c0600000
	.quad 0x49e9a2bec1f74bc0, 0xb830db6e98f18400
	.quad 0x958c37f1daeffb70, 0xa80b9d4e0721b79a
	.quad 0x00284618521a5962, 0x012b129a4feb0522
	.quad 0x181240412af5c580, 0x09d05f82a64bf801
	.quad 0xf2c68f1e1ef76cb1, 0x5db289a6ffe9f5ca
	.quad 0x48be00c6d2f6fcad, 0x8bd20a64ff800000
	.quad 0x81eb9575ef3bf055, 0x096acfcb1a890000
	.quad 0xa92db3a637d31283, 0x4060fe6b6c035d02
	.quad 0x91ea30ec8dc25939, 0x3ff12e571ecac2e0
	.quad 0x2b0903c7918a47e8, 0x07a01feb3ddd7708
	.quad 0xf8f70ce94f987c01, 0xcd0d7ae778db7c00
	.quad 0x8014dda426caf054, 0xc000000000000000
	.quad 0x3ffa5234bfa429a3, 0x3fc2994121d926ef
seed9:
	.quad 0xb07cd3c96fde3c5f
	.quad 0xffb8565edbb0550d
	.quad 0x4b6f060ecc15444e
	.quad 0x0020000000000001
	.quad 0x34d74e4b3a576227
	.quad 0x5ec897166952a611
	.quad 0xff89f2866a1528ca
	.quad 0xfffffffffffffe0e
	.quad 0x1cbaccea9c4e78cb
	.quad 0x2cba817893d64879
	.quad 0xffffffff80000000
	.quad 0x000000003adc4119
	.quad 0x75beeb92f5fdb2e0
	.quad 0xffffffffdc1fc329
	.quad 0x2d875680e43ab6b9
	.quad 0x3608a48fa24d379c
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x3bb4ca22497fffff, 0x884d2074213c8083
	.quad 0x2214e7fbdbed03eb, 0x0000000000000000
	.quad 0x3faddcb257c84022, 0x3d713015c1889e53
	.quad 0x8d0835a0fff716b1, 0xfff1af2efa4ae5f7
	.quad 0x1e0f4a657927b8a6, 0xc104000080400000
	.quad 0x3fe0000000000000, 0x53c6512246a75e41
	.quad 0x2ff1e29ed3dbfd6e, 0xc37d886afffac2f4
	.quad 0xeb472e30bfe00240, 0x2877bc749b4dfd86
	.quad 0xb70da73ffbba8721, 0x4363e8cc41e395ae
	.quad 0x7ff0000000000000, 0x40d0000000000000
	.quad 0x7ff0000000000000, 0x3ff0000000000000
	.quad 0xec9adcc7f9b68000, 0x000000007fae11f7
	.quad 0x41efffffffffffff, 0xcab4fcb1ef740c43
	.quad 0x41ede89ced4a62aa, 0x0d45baaae7ef3f7f
	.quad 0x7eadd02177212ffd, 0x40000000cfab516b
	.quad 0xc52e1504633d0590, 0x89348fe7fcfff661
	.quad 0x56d826667fc00000, 0x97f5a8e218c75d10
	.quad 0xf00b8cb97fde9621, 0xbfab31ce71a07058
	.quad 0x65998204d823bfe9, 0xfe26a47f0c830a87
	.quad 0xfa70bb8ffebbcdea, 0x721b83fb7f9baa46
	.quad 0xede6584b82fbd7d3, 0x80139631cad18415
	.quad 0xbfa78e4e4d98bad8, 0xff96812f59895f06
	.quad 0x190d9b01fff6ba07, 0x9e3e68df402dd554
	.quad 0xff800000d02e5584, 0xc38ab604c0a00000
	.quad 0x7ff8000000000000, 0xfeffffff3e800000
	.quad 0x92e7debd7dfdfffb, 0x40528a92b4cff022
	.quad 0x62294410dbbffdef, 0xc1e0000000000000
	.quad 0x7cb609b033458000, 0x40e800007fb6c7f5
	.quad 0xb25c01afecf7015b, 0x4ea9e2c35081a598
	.quad 0x9d23762a1e14bc9e, 0x0000000043a380b1
	.quad 0x800000001cbcc8e5, 0x21adf1e37fdd5faf
	.quad 0x2e790ad50f8bfe32, 0xf5e9170fe19a9301
seed10:
	.quad 0x00062dd062409b8f
	.quad 0x060052a7b82aaf0e
	.quad 0x000000007fffffff
	.quad 0xfffe7d3c7dbe3f3a
	.quad 0x0000000000000162
	.quad 0x0000120c51431366
	.quad 0xffffffffffff172c
	.quad 0x14acd3a66e8bc884
	.quad 0x00000000000002e1
	.quad 0xfffffffffffffdd4
	.quad 0xffffffffffffff9d
	.quad 0xffffffc494152cca
	.quad 0xfffffffffffffe53
	.quad 0x000000000001b303
	.quad 0x8000000000000000
	.quad 0xeaba9e15a63a5867
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xc232fc95ebd339a6, 0x97c579494ec64100
	.quad 0xdb4b9c163ebb0000, 0x709f1fff3c000000
	.quad 0xd4b9d079dae17c00, 0x7f8000003f96f1a6
	.quad 0xff994777007a2ad7, 0x80706262c1080000
	.quad 0xfff194af1ae8eb4a, 0x8000000080400000
	.quad 0x82a71f1189af6406, 0x1894697bffbffbff
	.quad 0x3f0ec5dbbb98ad1a, 0x5f7ffffead6e6592
	.quad 0x4072fb7a1bae791c, 0x3eced00000000000
	.quad 0x7ff0000000000000, 0x401800002d05920f
	.quad 0x2936acda7e7eff62, 0x11f07fb6b71ccb05
	.quad 0xab87bf7be5f314fe, 0xa853108dfe7f7fdf
	.quad 0x3c9ed8b7c10c0000, 0x7ea7e9912823b4f3
	.quad 0x40f8000000000001, 0x7ff0000000000000
	.quad 0x522f7342bdfdb7ff, 0xdba80aa9fff197db
	.quad 0x7ff0000000000000, 0x18bee603decd0000
	.quad 0x7ff63ff27174a241, 0xfff71280865b50a3
	.quad 0x4008000000000000, 0x944280f8bf800000
	.quad 0x7fa372ba01000000, 0x40521c95ff844285
	.quad 0xc577800badbfa980, 0x00000001c07d76ab
	.quad 0x7bbca1cfbf84395e, 0x09d926a0c62839f1
	.quad 0x7fc6feb48b405b13, 0xff80000040280000
	.quad 0x37a939f37eb678fc, 0x02989b05422a5da5
	.quad 0xfff8000000000000, 0xbadbbc331b8b8000
	.quad 0xf81596407ef9ad91, 0x477ffffe7f1a60b5
	.quad 0xc275e132c3de69ef, 0xc2c39d51bace0ad1
	.quad 0xbfb0c4113ce00000, 0xbf9c92501d062cbf
	.quad 0x686337b98f407c9e, 0x65d7ed9243900000
	.quad 0x7a3f4867bf37775d, 0x401a000000000000
	.quad 0x414aec1489a30d2a, 0xfff9883132805acc
	.quad 0x36bbe23b6bf08000, 0xbf931498f966e94b
	.quad 0xb84900008017830b, 0x7f800000bc1d2363
	.quad 0xfff94f1f8026a60b, 0x7ff0000000000000
seed11:
	.quad 0xe32cb851bb1b6a06
	.quad 0x0020000000000001
	.quad 0x000000000000008c
	.quad 0x0000000000000002
	.quad 0x000190db84406010
	.quad 0xffffffffffffffe6
	.quad 0xfffffffffffffd1a
	.quad 0xffffffffffd630cd
	.quad 0x0000000000000001
	.quad 0x0000000000000343
	.quad 0x67b47ee40e3c687d
	.quad 0xfa61b8e1914deef5
	.quad 0x2cfa5370f0224f21
	.quad 0x0000000009ea80a2
	.quad 0x0000000100000000
	.quad 0x00000000000001f7
	.quad 0x05c00000
	.quad 0x50000000
	.quad 0xfff0000000000000, 0x892af794e58781ce
	.quad 0x7ff5c20018c40d90, 0xc187e15180000000
	.quad 0x8000000000000000, 0xf34f0f44c7e6da1b
	.quad 0x8d9b09b4fbbea212, 0xcfffffffff000000
	.quad 0xc231498400800000, 0x3ff0000000000000
	.quad 0xffc00000571de703, 0x74e19dc077810000
	.quad 0xf6a3bbda1771446a, 0xfff8000000000000
	.quad 0x41efffffffffffff, 0x05db74154335a134
	.quad 0x818eb0a2b50b0148, 0xa89d5cb6d1ffffff
	.quad 0x47fffffe7fa38f30, 0x3ffe1c781e3991c7
	.quad 0xae08578a38350200, 0xcaebd1a9f7ddf3ff
	.quad 0x7bfd97b87fabd5dc, 0x8000000000000000
	.quad 0xf86d2781fffb7f03, 0x3f689b29eb339c35
	.quad 0x458913bbcf6de2bb, 0x1584ef6ced3ffc7d
	.quad 0xbfd917d3ebaa14be, 0x3d7904bdb025a674
	.quad 0xc184b8a3e5bc9f57, 0xfdaff830ff800000
	.quad 0xfff0000000000000, 0xff0c03e43194d3b8
	.quad 0xc028c4ab1a4ea0d7, 0x39700000008a9ff3
	.quad 0x8000000000000000, 0x7dd7d6943c9f7a33
	.quad 0xee00e128fdfafdad, 0x3827dc5a43eef93f
	.quad 0x7efd432980400000, 0xfffaf107bbc8dc26
	.quad 0x438f403da3eceb81, 0xfff8000000000000
	.quad 0x804000007fc00000, 0x67d5a5ba9383068d
	.quad 0xd83103e5fff5d801, 0x956b6f168386648c
	.quad 0x3dd6ec4980000000, 0x87e939cffbfb7efd
	.quad 0x000000013e88147e, 0xbff2000000000000
	.quad 0x4016898214747755, 0xfd416cf88985d656
	.quad 0xdbe6a6ad20c28ea6, 0x378416b40766a40e
	.quad 0xbefee0cdbc03f072, 0x0000000000000000
	.quad 0xdf059d66bd03cedd, 0x801ef9b143780000
	.quad 0x8051b2a3c03498b6, 0xc0808c65dfd7fd22
	.quad 0xfff3459adf193cda, 0xfff0000000000000
seed12:
	.quad 0x0000000000000001
	.quad 0x475c03ac2833604c
	.quad 0x000029a65756c827
	.quad 0xa4266b2cf52ee7c5
	.quad 0xf958703c95053cad
	.quad 0xfffffffffffffe65
	.quad 0x0000000000000000
	.quad 0x640b7818e3dc72aa
	.quad 0x0000000000000091
	.quad 0x0020000000000001
	.quad 0x0000000000000387
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffffe
	.quad 0x0000000000004549
	.quad 0x0020000000000001
	.quad 0xa0eb895a77e9ec30
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x812c2ca33493b6d6, 0x41bb1f58ff7fffff
	.quad 0x5a7fffff7073c543, 0x409000007fb48010
	.quad 0xbf60000000000001, 0x4593ed45ffecbfff
	.quad 0x8000000000000000, 0x0031a6499a8a7db3
	.quad 0x7ff0b2235ff47120, 0x8b526993bd761a66
	.quad 0x7ff0000000000000, 0xd3c6e9421c99ffb9
	.quad 0x041d964a3eccd57d, 0x4024ebb359ffffff
	.quad 0x804fcf217fd3138f, 0xb0083c9c515af08e
	.quad 0x7f0000003f000000, 0xa34fdd8180000000
	.quad 0x433faf32ff800000, 0xc6b252fffcf67dd3
	.quad 0x44b80000bb92a26a, 0x3cc5c800ffafaede
	.quad 0xce462d1d327bf012, 0x84819b3cc46ebe00
	.quad 0xfff0e3a11a449af1, 0xc0403f2e1bf5fa0b
	.quad 0xe8582cf80e026827, 0x69fee78cc63b5e3e
	.quad 0x572ea04e9a8a6436, 0x7ff0efd77ef380f1
	.quad 0x40412b2d5e2aa404, 0x7eea15a97fe87e00
	.quad 0xed01c8978effffff, 0x7ffcf450dc218b8f
	.quad 0x4016000000000000, 0xfa717f1afeffffff
	.quad 0x0000000000000000, 0xc09000008118dfea
	.quad 0x800fffffffffffff, 0xd4cebfd2c3df7f7a
	.quad 0xb760cd5640c07eb0, 0xefa158b77fc00000
	.quad 0xd584f6e9ffce0000, 0xce8a8c2760a1e850
	.quad 0x31289f32659a0e4e, 0x09b6d0fd1eed11b1
	.quad 0x3fa45c3d6cafa27d, 0x354c9ce8ffff7f65
	.quad 0x000fffffffffffff, 0x6ca81b377f800000
	.quad 0x0000000000000000, 0xa842f93803040410
	.quad 0x817ae788fc93d7c2, 0x428a9380ff2ffeeb
	.quad 0x3ff05f6f4e946d4c, 0x007e16697015f34d
	.quad 0x99a2376cbffb55bf, 0xc000000000000000
	.quad 0xc03ed89c3d69a49f, 0x000091f702faaccc
	.quad 0x87b9e7183fabc6e1, 0xed9c768dc36f43c0
	.quad 0xb9300000ff800000, 0x0000000000000001
seed13:
	.quad 0x0000000000c6b448
	.quad 0x3ea25d1b7e69fe1b
	.quad 0x00000000000000a5
	.quad 0x0000181d9e8461a9
	.quad 0x51782117fda87aaf
	.quad 0xfffffffd571b2bc7
	.quad 0x0000000000000000
	.quad 0x0000000e6b8a0ef4
	.quad 0xfffffffffffffeb5
	.quad 0xd3c69056fcced2ff
	.quad 0xffffff38a927b139
	.quad 0x43e2f0f6d91632ac
	.quad 0x0000c5f1e77dec35
	.quad 0x0000000000000001
	.quad 0x5883561537e0e922
	.quad 0xffffff5ad795168f
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xfff8000000000000, 0x013a2c84d2360979
	.quad 0x0000000000000000, 0xd290cd14ebed5460
	.quad 0x80349abc7fae3010, 0xff8f382cffc00000
	.quad 0x0000000000000000, 0xf32fdc354fffffff
	.quad 0x817fffffbcf425f7, 0xbfaa9d9f00000000
	.quad 0xffd0000000000000, 0xb6f0e27f977bdcb6
	.quad 0x7fc000003ee01628, 0xebcf3201ff800000
	.quad 0xc31e2e89807075b0, 0x7fc933d5fa72d8c3
	.quad 0x3fc0fb77bc075f5b, 0xf111b57cc0a00000
	.quad 0x7f5c74045dfab59c, 0xbc5830a4c3ba47a6
	.quad 0x00000000ffd865ec, 0x7f2a0185995dd499
	.quad 0x7fc000009afb00ee, 0xf38c41573df5f5bf
	.quad 0x50748a9adaffc7d4, 0xc578625dffa1c7ec
	.quad 0xc1e50000c4a00000, 0xb1f0e0757fbcb76e
	.quad 0xff0c03bfc7e3c992, 0xe968ed9161efbfbb
	.quad 0xdeb79b09504cb0de, 0x586a9595ff8ffe00
	.quad 0x49918000ffbde2cd, 0x366e03867fcf0bfe
	.quad 0x1d6ab513b59f7fee, 0x0178b0417dd286cd
	.quad 0xb5f7fc44fffffffe, 0x673bb92380000000
	.quad 0xbd53ac457f800000, 0xf65cddcd7f8ebdef
	.quad 0xc1fd84cbcdfdbde5, 0x87a672b8ffc00000
	.quad 0xc022000000000000, 0x1e7d092cbdd72496
	.quad 0x80000000989a699a, 0xbd55c461ffd8c1bd
	.quad 0x235e0f09ec14a7ca, 0xc4c00000ffa1e6b8
	.quad 0xde7fffff3d0e3fb7, 0x4006adcb5c72b5fe
	.quad 0x6e1073fb73800500, 0xc8544c13e6421183
	.quad 0xc11800008e539583, 0xd08a4bb3c2bc0000
	.quad 0xed297f6fde55f3fd, 0x7e65c9b891fe26fe
	.quad 0x7fed3fab0941bcbd, 0xc2289fa0ff800000
	.quad 0xfffd4d2cac95463c, 0x23e6f1e825f0fd0f
	.quad 0x7ff37dd1d9f6af58, 0x8000000000000000
	.quad 0x403000004047bed4, 0x8000000000000000
seed14:
	.quad 0x8eb03ea1fa24ddc0
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x72611cbfe77a7020
	.quad 0xfffffffffffffff9
	.quad 0x5608d9c790f29879
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd51
	.quad 0xa9f77616d4434d89
	.quad 0x31e889af1114b124
	.quad 0x00123ee3ed44fe38
	.quad 0x0020000000000001
	.quad 0x0000031857fa6dfb
	.quad 0x0000000080000000
	.quad 0xffffffffffc20867
	.quad 0xfffffffffffffec5
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0xd3031a147ffcfefe, 0x403a433240e73579
	.quad 0x003da2febc0aa9dc, 0xc0fffffffffffffe
	.quad 0xc01f000000000000, 0x86bfd170fffefbbe
	.quad 0x575d858318364200, 0xf5c06ac1926b36c4
	.quad 0xa8cd1ac2ad6b7fcf, 0xadea0d881061fe00
	.quad 0xb1f731e7e7cafc00, 0xfff705037fb3c118
	.quad 0x80000000bbfc9f7e, 0xc016800000000000
	.quad 0xadc2c20f3fe17c93, 0x6a23ebdf34e07d0d
	.quad 0x5c539f5af1fbcf47, 0x69d150f307acfae8
	.quad 0xf5b91b857f802c91, 0xfff59ef2f4fa80f8
	.quad 0xbfade0f393eb8c29, 0x8001fe68e4161486
	.quad 0x8bc7bc9d3efd88cd, 0x8000000000000000
	.quad 0x80000001be25df61, 0xbbaeacc5bccc674b
	.quad 0xdf7ffffe7f8eb86b, 0xb9360000c35066f8
	.quad 0x1a6c1990bfacd1d4, 0xffadca3f6d3a7121
	.quad 0xc017000000000000, 0xaa03a940be37fdf2
	.quad 0x377000004f800000, 0x007fffff4073e4da
	.quad 0x2231d8546925f490, 0x90dd48d9919f4910
	.quad 0xbbc0af7b81000000, 0x555bf56c0a258200
	.quad 0x8053fe5700000000, 0x8656c2fb15810309
	.quad 0x4f31bc74bfc6ffbd, 0x5c91d4b9ffde9fff
	.quad 0x28a20e001da4fbfe, 0xfc4e02fc7f8c0a3e
	.quad 0x2d6507c358e7fbf0, 0x001a3e34ffc8897f
	.quad 0x89bba2409b845900, 0xfed8182ecdaf97ba
	.quad 0x7ff0000000000000, 0xfe01d93153776ed3
	.quad 0x1ff3519d3e477694, 0xbf94ab45faccadeb
	.quad 0xe037bc2492eff49a, 0x00167be8eaa5a889
	.quad 0xff80000040a80000, 0x1026084a3cec062b
	.quad 0xbfeed8875c7bf673, 0x0695b5c165fff5fb
	.quad 0x5d6196e89fafbbf9, 0x743ecb2840400000
	.quad 0xc012000000000000, 0xb74fec41fe2febff
	.quad 0xffefffffffffffff, 0xd4000001003096c0
seed15:
	.quad 0xb2ed4e8d4c959328
	.quad 0x0000000000000188
	.quad 0x00a01b2492bd8ae5
	.quad 0xfffffffffffffff5
	.quad 0xf85d7de398c6aaab
	.quad 0x1898f2dc680e61d9
	.quad 0x00000000000001d4
	.quad 0x0000000002869272
	.quad 0x00000000000000db
	.quad 0x00000000000e67a7
	.quad 0xffff586864323842
	.quad 0x000000000000007a
	.quad 0xffffffffffffffc3
	.quad 0x0000000000000001
	.quad 0x00000000000000c0
	.quad 0x0020000000000001
	.quad 0x01000000
	.quad 0xb0000000
	.quad 0x8498d0277feec67f, 0x8010000000000000
	.quad 0xc0d800007f800000, 0xfdae8c5bf3aa05b0
	.quad 0x41040000c072916e, 0xf20939ef2307fdb8
	.quad 0xbff0000000000000, 0xfff8df506dc18fe9
	.quad 0x802fffffffffffff, 0x32861a37ffae2e01
	.quad 0xc3a8905b786f48b0, 0x27f3d4e452f75ab3
	.quad 0x68d54aa64c1a8bb8, 0x002ff12880000000
	.quad 0x9b5fc3f0bffff4d7, 0x7f8000007c6eabcd
	.quad 0xffc00000bca98bcc, 0xff8000007f800000
	.quad 0x39958e0459da7ccc, 0x0dc2723f3c594c5a
	.quad 0x56caab229f9ba571, 0xc045f7bc0bd1c51c
	.quad 0x8d0c6c3d7ffc640e, 0xbacab7b622756fcf
	.quad 0x35deee78ffdd7dff, 0x6cd472b60ff5bf2c
	.quad 0x403e2fc54696ad97, 0xbf3abcc700000000
	.quad 0x81807f0bdfdbffdd, 0x40efffffffffffff
	.quad 0xdd53bdb3f17a2819, 0xd3c14bd153fefe2f
	.quad 0xb9000000c140000e, 0xc238f4ff920c7e98
	.quad 0x767e92d3fffa0000, 0x401a571133392625
	.quad 0x007fffff91c2f02f, 0xbfc3fbf902efa106
	.quad 0x403c3c6a4c277947, 0x6ba20999d0d062f0
	.quad 0xffd83eb700f428e1, 0x3f7e63bd195b55d3
	.quad 0xba7ed991f2928000, 0x47020bcdd9e85601
	.quad 0x0000000041180000, 0x877a1707fff7e7ff
	.quad 0x402dc02f23aa4ce9, 0x71be6b84bc786b10
	.quad 0xc05746ff7f81722c, 0x7bf92f5f7ffcfc95
	.quad 0xbbec0e51fae3bd13, 0xabac0d3706342c20
	.quad 0x00736ed7c0b02493, 0xfff0000000000000
	.quad 0x3f78000000000000, 0x1751e2803eec4b2f
	.quad 0x15d6b72fdfebfa1d, 0x80400000fec68410
	.quad 0xc9300000ff800000, 0x000fffffffffffff
	.quad 0x1d3a8d73532585d8, 0xa28e3e67b8473a2f
	.quad 0xff8000007f800000, 0x449a0000feca0f1e
seed16:
	.quad 0xffffffffffffff9a
	.quad 0xffffffffffffff4d
	.quad 0xfffffe806b2b91da
	.quad 0xfffffffffffffff4
	.quad 0xffffffffffffff75
	.quad 0x0000000000000754
	.quad 0xb044f4922637a6cc
	.quad 0xffffffffffd90c82
	.quad 0x000000c1573f7b2b
	.quad 0x0e826565052c44f6
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000002
	.quad 0xfff65dbdc251fbfe
	.quad 0xda91cc93fcb75f47
	.quad 0x0020000000000001
	.quad 0x00000000000001ea
	.quad 0x02400000
	.quad 0x80000000
	.quad 0x501b4d23ff848000, 0xbfc375ed466f76bb
	.quad 0xc52100007fb88645, 0x8c65bb17f4af8302
	.quad 0xfb8a5923d102a30c, 0xd450479fffef6bdb
	.quad 0x732fbf53ff800000, 0x7fbeaed5bd2f40c3
	.quad 0x588cfba5230afcd9, 0x40116abc1e6d99e1
	.quad 0x534a64db3724803a, 0x4a156ea636726ab1
	.quad 0x0f5026d5ffa57c00, 0x3b982fbdd9937c64
	.quad 0xbda2901a18c978ac, 0xbe0042fa77350200
	.quad 0x3bad8cf5461ffec2, 0x8062b5497f800000
	.quad 0xc00aa1af7109ad89, 0x7fc00000bd40e839
	.quad 0x000789b2d2bdf5aa, 0x406e8dc3d78c7297
	.quad 0x6bd338669e1fcea7, 0xbb805f0e80000000
	.quad 0x4f7fffff7f800000, 0x3dac179e80000000
	.quad 0xebf83fea6ff5fef6, 0xff800000bd100000
	.quad 0x4034350b8bc8ecb4, 0xef5d8594bdbfc869
	.quad 0x4330000000000001, 0xf3a3bd467f7fffff
	.quad 0xd296a43eff000000, 0x04b2b8c1cbcadbff
	.quad 0x30107a568f6f142b, 0xc00a000000000000
	.quad 0x4ac38f0dfff5fffe, 0x2a0226afd6727bfe
	.quad 0x8000000000000000, 0xb909cddbabf7c1a8
	.quad 0x705880ad72d3e518, 0x80800000fffe138f
	.quad 0xcbf063f057febeff, 0x3619ab258170af24
	.quad 0x289a438b486da52b, 0xbfd30987474f52cd
	.quad 0x125493fcd77fffff, 0x8000000000000000
	.quad 0xbf72ac5d3d97f05a, 0x7ff0000000000000
	.quad 0x97d1e7c9bfa00000, 0xfff495dfbca6d504
	.quad 0x1be60e3affd7f72a, 0x7840be9c6fdf7fec
	.quad 0xbbff0dd9bfbcf95f, 0x7ff782a3ff800000
	.quad 0x007eb7f49e38aae3, 0x00ada66a0017c344
	.quad 0xe0e58ccb43b15645, 0x00000000bbdc2ee6
	.quad 0x9bff0458a62a013a, 0x23bde5cadde177f0
	.quad 0xbfa1747c7263d6c0, 0x000000003cf10264
seed17:
	.quad 0xffffffffff9b8547
	.quad 0x0000000000000003
	.quad 0x7a0f5755d649f287
	.quad 0xffd7df71b8b369dc
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x000415165464c85b
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd46
	.quad 0x00000000ffffffff
	.quad 0xbc8b7703a39cf21c
	.quad 0x0000000000140a74
	.quad 0xffffffe3e354932b
	.quad 0xffffffffd9479244
	.quad 0x0000000000000000
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0xfe800000f3fd529c, 0xe3bd93f95090c2ce
	.quad 0x7e75e8d524449299, 0x3f892a1adc9596ff
	.quad 0x7ff730e7ffa39ae9, 0x487a4e824f0b8017
	.quad 0x1fa1a0a63c3b03ae, 0xc2d797e200ffffff
	.quad 0x27497c90162a7800, 0x784725a9f93afc00
	.quad 0x4099c00000000000, 0x66939a895bc4ff4f
	.quad 0x00fcac20d3f22cec, 0x3f9a00007fc00000
	.quad 0x756bd28df4ca029b, 0x7db566c1a09916a4
	.quad 0x4032a279f4accc98, 0x40445562c3dfffbb
	.quad 0x2affde97a6b4fe00, 0x7f80000080edcf90
	.quad 0xe6a4486a7ff7fd41, 0xc03f000000000000
	.quad 0x4f80000000000000, 0xb3c64c165bfafdbf
	.quad 0x05274b5f9691f7b8, 0x38c2b3ee8af7fcfb
	.quad 0x001fffffffffffff, 0x3fcaa6e13aba416b
	.quad 0xbe524df9491dbdf7, 0xbffb5d44182f5217
	.quad 0x59ce4562ffbb9e90, 0x4090000080000000
	.quad 0xff87626dffa4d076, 0x7fc00000bdfb7f0a
	.quad 0x249e9176925b9740, 0x7f16f60d9eebfa7e
	.quad 0xbfbae0ab1fc8f40e, 0x7ee1ba90bfc00000
	.quad 0xbfcb1c59ffc8370c, 0x80000000b60262bd
	.quad 0x007fffffc310b923, 0x5a7fffffc97fffff
	.quad 0x2cd38dc877f7cba7, 0x00000000bf5a34ed
	.quad 0x7fdfffffffffffff, 0xffc0000041c00000
	.quad 0xffc14851d9800000, 0xee81a6749518b6d8
	.quad 0x23dcffe6ffde8080, 0x7d0082a1c08380e0
	.quad 0x8980e2f87af23f94, 0x6c4108bc42baa5c1
	.quad 0x5f7ffffe003d2e8a, 0x8000000000000000
	.quad 0x0010000000000000, 0xfa15dc3c3ba5bd7d
	.quad 0x7ff0000000000000, 0x82994e53142b4aa9
	.quad 0xc5c48faaedc53dfe, 0x5f8000000d39c90c
	.quad 0xc139f2caac4e7cad, 0x7ff0000000000000
	.quad 0x3fc2d8751c6666c4, 0xa569e3efb32f4709
seed18:
	.quad 0x00000000820b4674
	.quad 0xfffffffffffffff8
	.quad 0x001d48cc9edc70d9
	.quad 0x7dc5799182584780
	.quad 0x74862ec356054783
	.quad 0x3947161dfb1bab8f
	.quad 0x00000000000003db
	.quad 0xffffffffffffb156
	.quad 0x00f8ee906502465c
	.quad 0x00000000000001eb
	.quad 0xffffffffffffffc0
	.quad 0xcfa4c3566fb7af30
	.quad 0xffffd6b9f01f5414
	.quad 0x0000000000000000
	.quad 0xffffffffffffffe6
	.quad 0xfffffffffffffbf6
	.quad 0x02000000
	.quad 0x20000000
	.quad 0x407897d88049b083, 0x8010000000000000
	.quad 0xc014000000000000, 0xfff0000000000000
	.quad 0xc28c75bf7fb45624, 0x807379fc00515c42
	.quad 0x0040000040600000, 0xd48bc374ff97edcd
	.quad 0xc04b5e2297c795cc, 0x80f03338d40ac7af
	.quad 0xc8200000ffc97d9b, 0x03904108458109c0
	.quad 0xc3e0000000000000, 0x6d664ce2f3bf7f22
	.quad 0x6c4ad1defee0644d, 0x7fade1d74787e14e
	.quad 0x7f8000005f800001, 0x80af0cb6bb46fc00
	.quad 0xc3fffffffffffffe, 0xffff62b889fadcac
	.quad 0xfaedbb13ba043eec, 0x7ff8a4b2ff95b441
	.quad 0x3bd9721e8cddc09c, 0x6507c9f4ffbafffb
	.quad 0xadebfc0ec3fe2565, 0x0000000000000000
	.quad 0x8033f88d80400000, 0xc107d00000000000
	.quad 0x0838bb4efbfd90fa, 0xfeadda87d4385597
	.quad 0x4055640df66581ec, 0x7da18698fb200111
	.quad 0xf0c3affc5f7fffff, 0x0000000000000000
	.quad 0x62f9069aa80efb85, 0xce111d11d138ff95
	.quad 0xdf00000070445316, 0x94ec79de469bfdbe
	.quad 0x13dd8588efffffff, 0xb617770fa1d1f418
	.quad 0xff800000bb88ed81, 0x026f02ebf037546e
	.quad 0x7fff354823fd4cff, 0x13f1560efb6ffbff
	.quad 0x9bbd5f77f577fb43, 0xbdf0f35b99b84e50
	.quad 0x93193f0c514b0000, 0x7f9f5b628073ff37
	.quad 0xffc39cfbab1ba668, 0xc01b000000000000
	.quad 0x14877f93ffe7fddb, 0x8af5f6bf4fae4ca4
	.quad 0x8000000000000000, 0xd34cca6dfaffffff
	.quad 0xb70f88f99222fd05, 0xbf899155a1c04038
	.quad 0xe141ca25bc7ff971, 0xc01e000000000000
	.quad 0x4049d56194c45e68, 0x7ff6f70b8f1aec93
	.quad 0xff80000080066f46, 0xe120f56d03170291
	.quad 0x8000000000000000, 0xc747ef7040fd0bbb
seed19:
	.quad 0xfcbbc0681ae17795
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcd0
	.quad 0xfffffffffffffc7a
	.quad 0xe4e6f0ae5a9441a0
	.quad 0x0000000c57cee1af
	.quad 0x8ab8d90d65c039bf
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffdad
	.quad 0xffffffffffffffd0
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xfff8000000000000, 0x87243c4b282ac709
	.quad 0xc0d4e1ea4288da68, 0xc0f00000c0537721
	.quad 0x0000000000000000, 0x7fc000004271a88f
	.quad 0x40d000006da3ea50, 0x41effffffffffffe
	.quad 0x80bb6bcf0fc414e9, 0x20548f80208cdbfb
	.quad 0x0ace7e99ffccc0fd, 0xff97c1b1da2f6388
	.quad 0xbfffffff3f800001, 0xc1f0000000000000
	.quad 0xbef23a14b018d280, 0x7fb9a58cfac6bae0
	.quad 0xffe3fcdc548322d4, 0x45eb0000f612e460
	.quad 0xbf8beaeada8763f4, 0xad5f4592080c45c0
	.quad 0x5c9e4c30b214215d, 0x536755a5353a0000
	.quad 0xa966d6e480000000, 0x95561dfdffdda636
	.quad 0x252714e67f997b55, 0xbff7fb69c572c896
	.quad 0x41ad2e6effddfffd, 0x3671a087ffc00000
	.quad 0x80000000ff9e7a69, 0xc108000080000000
	.quad 0x7fdfffffffffffff, 0xa13da96cc520555e
	.quad 0x3b5c42848afcff9d, 0xf43d0a080004a002
	.quad 0xffabfb10c1200000, 0x00edf5ff3d5cf980
	.quad 0x3bea3ad93c6136c0, 0x8019ad5e6216be26
	.quad 0x7ff64cb878efc40b, 0x80000000dd535585
	.quad 0x13d63b0f5ef4ac71, 0xe828ba466c874deb
	.quad 0x43921e053ef97362, 0x7ff0000000000000
	.quad 0x3ae00000742593c6, 0x9f258865c0f00000
	.quad 0x0014b9096853e189, 0xbe44bb02e6436f90
	.quad 0x007865d07f9aa58c, 0x4061fb58c5b825b5
	.quad 0x33299e5b67c61783, 0x4330000000000000
	.quad 0x5ca9fe9eff247ef1, 0x6dd2f2a71b73963f
	.quad 0xbfe79eeb30131f0e, 0x01ff8edf70bcaa42
	.quad 0xb5c000007fca76ce, 0x1b7a4920ff7bff3f
	.quad 0x80aedf518c2f9d49, 0xe858e8d5ef7e667d
	.quad 0xc052591a46fba11b, 0x40029eaaa684bf93
	.quad 0x8000000000000001, 0xbf8984926dbf39c3
seed20:
	.quad 0x0000000000000274
	.quad 0x0f099bae7caa5efe
	.quad 0xfffffffffffffc54
	.quad 0x5b3f0b03de847355
	.quad 0xfffffffffffff940
	.quad 0x4d771272b68bd754
	.quad 0x6f19efd238d07d98
	.quad 0x0000000100000000
	.quad 0x9830381d942301e6
	.quad 0xfff6cfda5854c307
	.quad 0x2c28697dcf7c167e
	.quad 0xfffffffff82b51c3
	.quad 0xffffd38ee48b583f
	.quad 0x348e543ffcb51e20
	.quad 0xffffaa79bff905ad
	.quad 0xffffffffffffffca
	.quad 0x02400000
	.quad 0x10000000
	.quad 0xb69d74a2d7337e21, 0xa90bb5d54e0ec0b1
	.quad 0x48260000bd178410, 0x6a061d62cc5a7830
	.quad 0xefeaeb30ffff7e00, 0x19674013d5feec25
	.quad 0x1dccf977bf751472, 0xf7f6f40d744c7b45
	.quad 0x7f681f527fdc18d1, 0x0396b28462e1e6d9
	.quad 0xee7f6ed3ad8de909, 0xb903c1da8e19c728
	.quad 0xad85303b3fbeabde, 0x288cc66ed61e7ad3
	.quad 0x7ff19ab1284ee68a, 0x0899483efddecbff
	.quad 0x37984c83bffdffb7, 0x3fdac7e72f6e0020
	.quad 0x00800000ef6a9df8, 0x470000003b0c0000
	.quad 0x4c6110b14a0b8160, 0x2665c36db7b1fbfd
	.quad 0x1f53295b16683863, 0x3e01a0adcb6ffcbf
	.quad 0x40073b052fdafb3c, 0x00000000e4f8759c
	.quad 0x7fc00000bfd00000, 0x405c60ce322eab70
	.quad 0xdb7ba524c3000001, 0x11650934f7dfffff
	.quad 0x60d1a27ac3ef8197, 0x3fffffffffffffff
	.quad 0xd1d25d52ffbebfef, 0x0bab3a29dfbf8288
	.quad 0xd2d60b945d983849, 0x80000000ff800000
	.quad 0x815bb991480f2643, 0xfab80829cf6eb2d8
	.quad 0x403000003c930000, 0x7f80000088796fac
	.quad 0x8e57bf074e844793, 0xfff8000000000000
	.quad 0x802452fbc7fffffe, 0x41ca2bbac31c0b0f
	.quad 0xd3411fc2555502d5, 0x17c14d6a7f3fe9fd
	.quad 0x2d49fa0866c736dc, 0x000dfd592bbe1769
	.quad 0x7fc00000c3333340, 0x97985f5fbc76d296
	.quad 0x40c80000bffffffe, 0x7ffb05e2d9ffffff
	.quad 0x80138fa55b496c0e, 0x5b599390b4493b6a
	.quad 0x3fa0a80698050630, 0x8167026e110d84b0
	.quad 0x3fffffffc1de8ee8, 0x20bf9c5a71068000
	.quad 0x51d1cb337b9c7710, 0x5b4a214c7fdef5b6
	.quad 0x400e000000000000, 0x3e1b000040744586
	.quad 0xbfdc800000000000, 0x49be62624e97fbee
seed21:
	.quad 0xd5fe51aa7c74efed
	.quad 0xff28eeb3f5a85a1f
	.quad 0x4a9c53365767c186
	.quad 0x7fffffffffffffff
	.quad 0xf1a8080238aad301
	.quad 0xffffffffffffe87a
	.quad 0x0f6c25b1df60f377
	.quad 0x2845a54fcecd7c61
	.quad 0xfffffffe91893411
	.quad 0x7420feb6ea85855c
	.quad 0xfffffffffffffc33
	.quad 0x00000000000002ec
	.quad 0xffe50e4a1c26a564
	.quad 0x000000000000000b
	.quad 0xf03cd8b84c742a5d
	.quad 0xfe623cd302f72b62
	.quad 0x03000000
	.quad 0xe0000000
	.quad 0xedd77a7e7b37ff30, 0x05833494ffc8090d
	.quad 0x29ecedc9bbd3df7b, 0x83932a42bc89ccc0
	.quad 0x9afb110bffecfa7f, 0x7f520feeffb7c9fb
	.quad 0x3a3923bbd166d02e, 0x80000000d995b903
	.quad 0x84f203e6e32f4e84, 0x4030ebc2fa9286e3
	.quad 0x04d151fbf626bf91, 0x39645c2087969e06
	.quad 0x907ea5dc3c0da29f, 0x801fffffffffffff
	.quad 0xe4944ba2f9fde2be, 0x12ad6a8ccf000000
	.quad 0x810000003cdf43f4, 0x6ce9db66c1fbfefc
	.quad 0x8000a270d513c73f, 0xc0e80000006685fd
	.quad 0x3eecd2e67f849136, 0x6a5c0c83fffdc96c
	.quad 0x4137c00000000000, 0xc018ff1976967bea
	.quad 0x0393a4f8d0496d67, 0x7f800000936c36ef
	.quad 0xe3aee78696cbbff7, 0x000fffffffffffff
	.quad 0xb6c3166cefee87ff, 0x801af223ec68c587
	.quad 0x2e3a30594753fe2a, 0xa3b05a93c2f7b96b
	.quad 0x5979d6bb16a883ff, 0xc0228e54938b0329
	.quad 0x800000000f512edd, 0x8000000000000000
	.quad 0xc038000000000000, 0x004d5e9d7f8bf675
	.quad 0x7432417d9c06dcf6, 0x3fbe3d1f97fbbbd2
	.quad 0xc0624323ed62fe6b, 0xf5b481adff76abd6
	.quad 0xc775386fdfffffff, 0x10b96bc93c78ff23
	.quad 0x75049eda91f2f8f5, 0xffc00000bfd00000
	.quad 0xc00c000000000000, 0x873f2e8ffde7735b
	.quad 0x401a000000000000, 0x5ab12c52ce0a7c00
	.quad 0x8f94dba83f46d01b, 0x6e8e40bac5967f47
	.quad 0xc069ffc173f5948f, 0x4ac558e39ea3f9af
	.quad 0x028f6750b3d6202d, 0xefc84428ff9e406a
	.quad 0xc010000000000000, 0x400a000000000000
	.quad 0x0936f3c3bbfe1f35, 0xd3e555140560c716
	.quad 0x7ffcfda642d9ffb7, 0x3a42e259bdff679f
	.quad 0x09ef50b5286e65bd, 0x0000000000000000
seed22:
	.quad 0x70e9877a692de6bc
	.quad 0xffffffffffffff92
	.quad 0xffffffffe6177628
	.quad 0x0000000100000000
	.quad 0x9ec9b266cec8b0a0
	.quad 0x117b30ac243717c2
	.quad 0x9bdd60f51d1be14b
	.quad 0xffffffffff06df4a
	.quad 0xfffffffffffffdd3
	.quad 0x393fbdeac7b93f07
	.quad 0x0e664ba29bba6047
	.quad 0x000000000000002a
	.quad 0x26e734f8597e0c6d
	.quad 0xa2a940b89a87b2cb
	.quad 0x006fe764c74f27b4
	.quad 0x0000000000000000
	.quad 0x06c00000
	.quad 0xc0000000
	.quad 0xff8aa5350e7f45b2, 0x7fc00000fe800000
	.quad 0xca0ead20177dfda0, 0x7ff3d2c6fd563b73
	.quad 0x5990f7bb3f800000, 0x7e94b3b6d2ad4559
	.quad 0x29bbb127ffd5fbff, 0x9548e6657bd30000
	.quad 0x02f60c60bb539d7e, 0x800000007f800000
	.quad 0xc00e000000000000, 0xc130000000000000
	.quad 0x3fe05c2adb3d821d, 0x807fffffff800000
	.quad 0xb89e29d30a8e47c0, 0xfeb4a0e176e05394
	.quad 0x58dd1fd5bebc5761, 0x0c01ec6900000000
	.quad 0x3eec600000000000, 0xf36552a140000000
	.quad 0x7f8000007eb2ce2a, 0x26e993320c2dc1d1
	.quad 0xb98e9db2e75dffdd, 0x7fb0e9f1f0679a9d
	.quad 0xa517a8a8ad38b38c, 0xfff07b0d13ab395d
	.quad 0xbf9cacdea2a686e8, 0x812c4b7a4cfc362f
	.quad 0x9a87383af02fdded, 0xfdf6b578163e41b5
	.quad 0xbeb5000000000000, 0x0da88162447fbab4
	.quad 0x453ca7dcde5777ff, 0x8080000040d00000
	.quad 0x007fffff00000000, 0xbfe1813b02af62d8
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0xc027f6b0912efa38, 0x017c46983e6d0a80
	.quad 0xec8fa19c9b924f27, 0x5a7646bbb9a40000
	.quad 0x462f11bc2fdcd9a3, 0x172c5be17dd522e4
	.quad 0x3fae3da5a45a530f, 0xbf7df9f27bc5598c
	.quad 0x68df6f427f5de8bc, 0x0000000000000000
	.quad 0x9402abc91129d600, 0xc021800000000000
	.quad 0x0000000000000000, 0x80830bee875b8805
	.quad 0xbda2bfb9ca4a5de5, 0x16b19c34fbdbffbb
	.quad 0x91c27050817fffff, 0x0c10e76a7fd82f5c
	.quad 0x0020000000000000, 0xffd27f6a32d82e3f
	.quad 0xbfae2f405a36f57e, 0xff8000007fc00000
	.quad 0x7f800000dfffffff, 0x29f7064a7ff6aee9
	.quad 0xe177cbcb805c2fc4, 0x6b356efedf518000
seed23:
	.quad 0xfffffe98e9c1ea4c
	.quad 0x4742278f5a0d7319
	.quad 0x000065b2d740397d
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffe8
	.quad 0x01de4bd223c8b9cc
	.quad 0x00000000003ea04f
	.quad 0x3ef79d81bf5614ce
	.quad 0x42197d035f9148a1
	.quad 0x0000000100000000
	.quad 0x0000000000000380
	.quad 0xfffffffffffffc60
	.quad 0xffffe5af1463465f
	.quad 0x000001ab6ea44625
	.quad 0x00000000000002dd
	.quad 0x0000000000000073
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xc66a2bbfe4810000, 0xbfeb97a1a766f7d5
	.quad 0xc037e97900000001, 0xa87c53b5f7127ace
	.quad 0x80090b5a3d4ea010, 0xc0261b0dfbcb2fa7
	.quad 0x9a0e15c16fe628b9, 0x000f4532e98aac61
	.quad 0x086618807e7ff9bf, 0xbcd484dc2b290c2e
	.quad 0x00000000ffa815af, 0xfffc8843d33a6151
	.quad 0xbf842c1b26b4ae7d, 0xfff0000000000000
	.quad 0x7ffc26a55ac84721, 0x8000000000000000
	.quad 0xff91d837c4000000, 0x09c595824152994c
	.quad 0x83bd7c57fff8d5fe, 0xfff31b1034b2b03d
	.quad 0x8000000000000000, 0x7fc3747fed95b3e4
	.quad 0xc01e000000000000, 0x7f80000042a00000
	.quad 0x52c4ac76ffae0680, 0xff81f861878013ea
	.quad 0x8feb1408a5028200, 0x3f93de35220ea7ec
	.quad 0xbfdd52628d2f847b, 0x7de706c520658fa5
	.quad 0x7fc00000016dc2bd, 0xc8375ca4ebedf8f7
	.quad 0xc364000080000000, 0xa4a9e447fcf9765f
	.quad 0xac5e24febfb3f96d, 0xffce6832ff800000
	.quad 0x8000000000000000, 0x6c6caf0044e6670c
	.quad 0x101cec797713fe00, 0xffb551997f800000
	.quad 0xff7c591718883a92, 0x36e58000414dd412
	.quad 0x000000008f337f77, 0x402800007f8e3880
	.quad 0x578a37dbff2ffb39, 0x4d56251e9bad3585
	.quad 0x80016e21c95e8b39, 0x1d29514b9cbe95f3
	.quad 0x00e3d4330445dac6, 0x3f745eada91504de
	.quad 0x4017000000000000, 0xc06114e4b0a9e53c
	.quad 0x40654760352294d0, 0x8708c9e67fffffff
	.quad 0x86d4ff1efff8ff6f, 0x8000000000000000
	.quad 0x4b767faea1c35a6b, 0x0000000080800000
	.quad 0x27770666b7e7fffb, 0x6d0b2d0c7bc3e77d
	.quad 0x4001000000000000, 0xb07d4320c304933f
	.quad 0x36430000bdcbb678, 0x0000000000000001
seed24:
	.quad 0xffffffef78ea8625
	.quad 0x5661ccd67d9c25eb
	.quad 0xff912ba562c84877
	.quad 0xfffffffffffffd80
	.quad 0x0000000000000247
	.quad 0x1abf00b93c0fe909
	.quad 0xfffffffffffa15c1
	.quad 0x0000000000000383
	.quad 0x0000000100000000
	.quad 0x97cab968a5feb5e7
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0xdafd6d0e0301f36b
	.quad 0x1601019b502148c7
	.quad 0x127fc0b360ac609f
	.quad 0x237662ddff2ff3e3
	.quad 0x04400000
	.quad 0x30000000
	.quad 0x79969c36ba31fc00, 0x57f2dcfd76fbe302
	.quad 0x3ff584dbd09cd800, 0xfff0cebf6bc4f8cd
	.quad 0xff000000c26f3cf1, 0x715a3302abedcc8a
	.quad 0xd99764020fd150bf, 0x2cf59119a834fbfc
	.quad 0xddd71de09fc3ea19, 0x7ffe314d47031398
	.quad 0x87a420bfc8048000, 0x639b1b80c58d8001
	.quad 0xc9358000b6cf219f, 0x40000001896a351b
	.quad 0xc029bfe6ff800000, 0x4844c26781ddbfaf
	.quad 0x9c4926e405acfe40, 0x8056651b9959368d
	.quad 0x7ea03059ae5d8f85, 0x1860a49280ffffff
	.quad 0x800560f43f6fb3e0, 0xfb8aa0757feaccb9
	.quad 0x7ff0000000000000, 0xedba9526bdfffbbd
	.quad 0x49300000c1f1758c, 0xc02f3e53ff800000
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x3d450aa6228207d2, 0x1ecff10e7f71f76c
	.quad 0x91f78a457d5eb368, 0x81da04b8a3abb5a6
	.quad 0x4001d18728db72cd, 0x7fc000007fd9f7a8
	.quad 0x39bb6598a503fa0c, 0x7b49d17bf9bffff5
	.quad 0x7fffeb494706dd36, 0x8d8dde525aaee4e3
	.quad 0x4029cb596a25fd7a, 0xd3d37c32bc11f530
	.quad 0x1aeff62caece7c71, 0x3ff5d630cff44f77
	.quad 0xff56f2170b8d2f5f, 0x3da24b00ac484540
	.quad 0x32d18602cadb7941, 0xffcfb930c0c40000
	.quad 0xabb516cc2bbc8000, 0xbff7f8939616a93b
	.quad 0x7f8000000012ecbe, 0xba2228780415e6c0
	.quad 0x406a7ce88b8484a2, 0x7effffff00085c41
	.quad 0xc009000000000000, 0x3fd083c40f9b73a8
	.quad 0x7ff0000000000000, 0xdf66ce413fcfc229
	.quad 0x08e78ea5fbeb03ff, 0x001fffffffffffff
	.quad 0x80000000817fffff, 0xc03b180e93de7288
	.quad 0x0000000000000001, 0x7bd8c07c92be0000
	.quad 0xc1bdfa88ff800000, 0x6f31e78d1b65ff05
seed25:
	.quad 0x75c11a298f129697
	.quad 0xffffffffffffe7b6
	.quad 0xacbf453b7e168fee
	.quad 0xabcb215947e6137d
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x9964152a78609095
	.quad 0x393abf3656c67d37
	.quad 0x439a370edc8feb52
	.quad 0xd71c64dfedc8e096
	.quad 0xfffffffffffffce8
	.quad 0x19b6cb2764058df1
	.quad 0x0000000080000000
	.quad 0xfffffffded0bc532
	.quad 0x81b95c736f16f59f
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x487843052aa1cf86, 0xf9e4c78aff800000
	.quad 0x9f278762c58efc00, 0x7effc456ff9a2037
	.quad 0xc138000000000000, 0x7ff0000000000000
	.quad 0xd9e2bdc15ffde668, 0x43ffffffffffffff
	.quad 0xe33bcf00cb760000, 0xffbc40507f800000
	.quad 0xc626c74256bcf15b, 0xff8000003be8fc1a
	.quad 0xc0107cd938400000, 0x004000003ee23046
	.quad 0x0010000000000000, 0x807fffffffd71d08
	.quad 0x3f7aa2861883907f, 0x7f8739647f82899a
	.quad 0x80000000fe4d3809, 0xd91253c3653d5dd2
	.quad 0xfff6be8b19eff4d1, 0x74ab30f98faa7a6c
	.quad 0x43fffffffffffffe, 0x3cef0862dbb0b906
	.quad 0x7fc0000075224f7e, 0xbd4dba35c1fce569
	.quad 0x22234cd8f21879c8, 0x1d0dc734d9edffff
	.quad 0xc063fb1c7fd7a5ef, 0xbf6e7223c2b22d0f
	.quad 0x001a1113bcf00000, 0x2f2b92b2befbfed5
	.quad 0x1d6f9fec7ff9f880, 0x44d8c429951b8660
	.quad 0x7ff5520d18286464, 0x7d8b0399cccf30d8
	.quad 0x3bea67fa7fd91de3, 0x031f4a52e35cef47
	.quad 0xff090d19d46db9ea, 0x935f5a547aefc79b
	.quad 0x7ff0000000000000, 0xbec0000031e2df9c
	.quad 0x7f800000ff800000, 0xbe811cd300610353
	.quad 0xc04db877b10c154f, 0x8005d74b8815558a
	.quad 0x8a3087193d83f640, 0x4040000037700000
	.quad 0xff80000000000000, 0x01f87a9cfb4da717
	.quad 0xfff8000000000000, 0x087fe5350cf47c00
	.quad 0x9d91188d80491c1b, 0x5e95eb01656bad44
	.quad 0x1f95c7e148eafafd, 0x19c8b74847547ae0
	.quad 0x00800000bcca5532, 0xa72577039c53005f
	.quad 0x2ceff0a5de7648a0, 0x000257036b2ce2c8
	.quad 0x49e89a4ebd0ac8d0, 0x9f57384affc00000
	.quad 0x0b33caf3eb8ebcf5, 0xc58400007fefb5ac
seed26:
	.quad 0x95d6d196f5bc240b
	.quad 0xb0941496daa7112e
	.quad 0x0020000000000001
	.quad 0x00000000000003e8
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x7aff26426c5f20cf
	.quad 0x24d46cddc965ca90
	.quad 0xffffffffffffff08
	.quad 0xffffffebc408dfb9
	.quad 0x00000000000001b0
	.quad 0x8000000000000000
	.quad 0x000006fa2b7a6f41
	.quad 0x000000000000037b
	.quad 0x0000000000000033
	.quad 0x7fffffffffffffff
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x0000000000000000, 0xbff0000000000000
	.quad 0x3ff0000000000000, 0xff80000041e90000
	.quad 0x42fc6f9045415894, 0x41f0000000000001
	.quad 0x000c4a7741a11e8e, 0xe6e4ac42705ed401
	.quad 0xe2b49308744d8750, 0xf4707a09dafeba67
	.quad 0x7fe25679015cff31, 0x7f7fffff8006f33b
	.quad 0x36d83510ffcfd5fc, 0x67121f6967477c00
	.quad 0xada0b07e7fd5c210, 0xb2cdc0ca7b5d3b08
	.quad 0x41215d1d3020fbfa, 0x97fcd05900102be6
	.quad 0xbff0000000000000, 0x8de4016a411c0000
	.quad 0xc0e0000000000000, 0xffff0db6a0ae7e6b
	.quad 0xf9d89d04381c7df7, 0x92ab2bb37ae34540
	.quad 0x8f084cc5fff38121, 0x8280351b2b1f5972
	.quad 0x0496fd9f52eb29c5, 0x0b7565f557dede67
	.quad 0x9d21a1b280cc8594, 0x913e46df60a6fe00
	.quad 0x8d629ceea5763400, 0x3fb643e7ed3788c4
	.quad 0xd29f4bd2f8bffc00, 0x3c4e20ed759123c2
	.quad 0x6611f74880800000, 0x0040000053fffffe
	.quad 0xc10c0000bbfde0dd, 0x59d3c53bffd7fbcb
	.quad 0x731027d6ffaef7cf, 0xc5a5f48a68a9fcbc
	.quad 0x4091000000000000, 0x0000000000000000
	.quad 0x4051184011442a23, 0x16fe62ccc2ef8b70
	.quad 0x7ff5088ae901d2d5, 0x7e272b3b3d48bc27
	.quad 0x807fffff29545e39, 0x9db9815b6bf7fd9b
	.quad 0x378498efcb7d7ffe, 0xbbcc4c6a00000000
	.quad 0x010d747ae08923e4, 0xbf9a18455b02ef68
	.quad 0xfddcc68edd55994d, 0x3ff00000802c1270
	.quad 0x33eb1a3c7c56f1a1, 0x8000000000000000
	.quad 0x8000000000000000, 0x7cf951a612ef865e
	.quad 0x3dd57b3f99271419, 0xb1fc6cdfe370bc47
	.quad 0x49bee34e7863447f, 0x92319d04befc4b6f
	.quad 0x94c69f7379c4b800, 0xc3ffffffffffffff
seed27:
	.quad 0x757d0291df0b81f9
	.quad 0x00000000000012ff
	.quad 0x0000000000000371
	.quad 0x0000000000006824
	.quad 0x57bf42511215b091
	.quad 0x89a4fab84c71857f
	.quad 0x49d20912b2a0d5cd
	.quad 0xfffffffffffa512e
	.quad 0x0000000000000000
	.quad 0x0000000000000161
	.quad 0xfff386e0bc0a97ad
	.quad 0xfffffffffc101bbd
	.quad 0x11386388a020b51e
	.quad 0xb0f58094cda68f87
	.quad 0x7fffffffffffffff
	.quad 0x0d96f881e50d18bf
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x4061d70730c02f55, 0x7fddbe4b12d55459
	.quad 0xffa39b73c1b243a6, 0x001c7ad8ec79f06b
	.quad 0xc021400000000000, 0xf1386c65ff800000
	.quad 0x0c22d8725dc7776f, 0xc4800000bddc0000
	.quad 0x1155d584f33ffabf, 0x9bacaa5dfff2b26a
	.quad 0x7ff37bf7a0a8ab35, 0xfff0000000000000
	.quad 0x8000000000000000, 0x7feff8fee31e13c4
	.quad 0x7d77a03f99041faa, 0x7fc00000ffc00000
	.quad 0xbfbf1dbc8c33fd9c, 0x3345f89cffabafdb
	.quad 0x90d27610f536f8e2, 0xc0c00000cf000001
	.quad 0x7fa876517f800000, 0x4393b75837aadacc
	.quad 0x3dd000000071b539, 0x4330000000000000
	.quad 0xc0d800007f961a32, 0x3fe6c23991734bcc
	.quad 0xea5bb256643b5792, 0x450e87f195cf7f7a
	.quad 0xbc84dfc57f2b9af5, 0x5a3698784272a3ff
	.quad 0xa20ec07d7ebfce63, 0x7ff3de83e2ea5886
	.quad 0x000e3f571874ec50, 0x7fa75de4c2380000
	.quad 0x80000000bd018c77, 0xb941fee0ccdaeffb
	.quad 0xea3bf9e2ffdc7d46, 0xff80000043000000
	.quad 0x0010000000000000, 0xb4995e71b13ec3ff
	.quad 0x27be08b77ea7af73, 0x907fb73700000000
	.quad 0x8d540060c2f7983a, 0xcb521f8ae3ff6dee
	.quad 0x0abb32f69cb5d348, 0x5fa9490d87a1c431
	.quad 0x43000000ff83b4b2, 0xf36405e9fe800000
	.quad 0x1cd20482ff800000, 0x97833ac25b3c7e00
	.quad 0xbee41725bd200000, 0x801d34847f800000
	.quad 0x3790000080400000, 0x000fffffffffffff
	.quad 0xbc58abda46ff4fc2, 0xfd423aaf20b60000
	.quad 0x930bc2ddf14a0014, 0xfff9a2c90ed74519
	.quad 0xa673eb467eeffb7e, 0x3f9623d42c3b671a
	.quad 0x7fc0000080000000, 0x66d8c1a57a56f276
	.quad 0xc3600000c7ffffff, 0x7ff0000000000000
seed28:
	.quad 0xff769a3719c7a982
	.quad 0xe0195434453acaaa
	.quad 0x00000177dd3f3cc6
	.quad 0xffffe3047212b06a
	.quad 0xc8ad25339dbdb6d7
	.quad 0xffffffb0da3318e4
	.quad 0xffffffffffffeff8
	.quad 0x0000000000000251
	.quad 0x0000000000000000
	.quad 0x000001f9ec85d871
	.quad 0xfffffff938b682bc
	.quad 0xffffffffff73165e
	.quad 0xffd9d44d518ace2a
	.quad 0x8000000000000000
	.quad 0x0000000000000108
	.quad 0x0000000000000381
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0x4345e5c800000000, 0xc028000000000000
	.quad 0x4b9fdae33ca838b8, 0xdfed95ea9455a789
	.quad 0x70f63fedfedffff3, 0xc340000000000001
	.quad 0xc1d00000ff800000, 0xff025968aedf13c0
	.quad 0xe1059b79bde50000, 0x4012000000000000
	.quad 0xf1c5621bebffbedb, 0xcdebddd35beb6201
	.quad 0x3e491d94d8b48000, 0xd149325674ffffff
	.quad 0xffe0000000000000, 0x5a7ffffe769a970d
	.quad 0xa83a8a223cc99e1c, 0x2a7077958cadf5b2
	.quad 0x000896186bd21512, 0x7ff25ca0e0e94648
	.quad 0xbfe8c00000000000, 0xc01b78b48b15089b
	.quad 0xba08cd43b97f8035, 0xbe59630e00aaec56
	.quad 0xfd923c5cf44aa154, 0x3dfb43516998900f
	.quad 0xbffc000000000000, 0xffc00000c0300000
	.quad 0x4411c5084e947af4, 0xe24c3b01ff6a789e
	.quad 0xff9669787cf9021a, 0xfba269a8a6d27eec
	.quad 0xf383a3d8ff000000, 0x0000000080f25573
	.quad 0xeb790956dceec5c0, 0xf15ae855b6328525
	.quad 0x7f4e810b6f6ceca4, 0x7f7ffffffff61130
	.quad 0xbfb6cceb97c12e0d, 0x01478b3405694fa4
	.quad 0xfff21d070a0afd6b, 0x8000000000000000
	.quad 0x7ff24adb9cf81a61, 0x721871237fc00000
	.quad 0x3f8d7ddb5ac3d0cc, 0xe55dde83fb6ffed2
	.quad 0x3f95e4872a743caa, 0xc024000000000000
	.quad 0xc35849f8e17dfefd, 0x40d800006cfb71a7
	.quad 0xc0336aba6a11875d, 0xfdd48c1dc0000001
	.quad 0x75fd7238c0100000, 0xc340000000000000
	.quad 0x334efc2dfd737fea, 0xc090200000000000
	.quad 0xc01d800000000000, 0x7ff8000000000000
	.quad 0xa32d719fea7fdfba, 0xfff8a6427fe6f5f7
	.quad 0xc3efffffffffffff, 0x91f5b4489c494040
	.quad 0x00ea167566ef31b2, 0xe676d11a3e7d4c73
seed29:
	.quad 0xd69dc3b8003fc8f8
	.quad 0x23c1e85f7badf3bf
	.quad 0x757db817f961fe53
	.quad 0xfffffffffffffe7f
	.quad 0xfffffffffffffe20
	.quad 0xffffffffffffed31
	.quad 0xfe3b4874e377f867
	.quad 0x0000536a7198f4aa
	.quad 0x183ef708aebc4a3a
	.quad 0x0000000000000001
	.quad 0x5f5a1ed5cf696da3
	.quad 0x00000000000127d3
	.quad 0xfffffffffffff484
	.quad 0xdf7b07e78de88860
	.quad 0x00000000001b806a
	.quad 0xb8c2777094a66d37
	.quad 0x04800000
	.quad 0x90000000
	.quad 0xc137000000000000, 0xc084000000000000
	.quad 0xa4d12ef7cac7ff26, 0x9d7757a3fffde82b
	.quad 0x7f80000019f28145, 0x40b000007fcd3cd7
	.quad 0xffd7a848f3a61bd0, 0xc041bd0c3c96d2b7
	.quad 0xdf00000152bc9c46, 0xc01d221295ed12d0
	.quad 0x8020000000000000, 0xbf7a000000000000
	.quad 0xfddf6cf70972a83d, 0x7ff0000000000000
	.quad 0x7fe0000000000000, 0x8000982cbc75908e
	.quad 0xe192c229d913c8d2, 0x84e221846ce4a2c8
	.quad 0x3ffd050bb3a04e90, 0x3e8d3313c6db6f67
	.quad 0x1123712546ab7a28, 0x7ff623f6171ad11d
	.quad 0xf2265e70e6950000, 0xb5800000eb19ae83
	.quad 0x7f800000ffbbbfeb, 0x00c4aaddced1214c
	.quad 0x45d224d79c6eb3ef, 0x407fdb25844125cc
	.quad 0xf3e33ce318f8c9d3, 0x57b316f630887c00
	.quad 0x48a77c82da7b1e10, 0x3ff8000000000000
	.quad 0x07a51f4c500cfc26, 0xe8ff38a140900000
	.quad 0x3ef0fee23efb7cf4, 0xc0a000007fc00000
	.quad 0xc3f67b5b80ffffff, 0x1eb0f967c0471305
	.quad 0x8000000000000001, 0x5a44ed483c086071
	.quad 0x470000018a9d65e5, 0xc28c46d9c567bd76
	.quad 0xaafc6d2cffb348b0, 0x45a880007f800000
	.quad 0x3f65cef0bfeb44e0, 0x00000000807fffff
	.quad 0x7fc00000ff800000, 0xc0000000f3ffa38b
	.quad 0xfbf39836f0785f94, 0xffa4da91c0000001
	.quad 0x31b12d2231098bcb, 0x41e90c3a32eebb94
	.quad 0x3fb686c127b190f1, 0xc00e000000000000
	.quad 0x1fd9149c955b185c, 0x4781bd6ae945fe00
	.quad 0x029545beb8bb99d7, 0x48991eb33bfe97d0
	.quad 0x80e4fbbecfccbe00, 0x0d94b4aeffaf8000
	.quad 0x413b1b7b80491450, 0x000e789c438f7cd8
	.quad 0xe01d103fff8950ff, 0xfff79a0987dca7cb
seed30:
	.quad 0xf47d6bcfd88bce5a
	.quad 0x691ab38203ab735b
	.quad 0xddcb6d8eb4f3bcff
	.quad 0x5d4247ac1ed3d9f4
	.quad 0x0000000000000153
	.quad 0x00000000000002ea
	.quad 0x0fe49ea9732315e7
	.quad 0x00000000000000ba
	.quad 0xffffffffffffe21f
	.quad 0x00000000035c671e
	.quad 0xffffffffffffffff
	.quad 0xab149f6cdb9189fa
	.quad 0x000000000000008d
	.quad 0x8438b0878b7d0634
	.quad 0x7f4add03fcaa004a
	.quad 0x000d2d19b88f4343
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0xfff8000000000000, 0x3d0c28a1c7dafd60
	.quad 0x407701cf181ffaec, 0xfff8c292a1918f4c
	.quad 0xad1f3e66e47ffffe, 0xc0dc00007f8e6aa9
	.quad 0xb201b1dbd77df9c7, 0xbb6977f6ffbbffcf
	.quad 0xbf6000007f800000, 0xc070156aec5447a7
	.quad 0x71d7915ae877fe46, 0x0000000000000000
	.quad 0x7f8000007fba2713, 0x81faca3ec49d4098
	.quad 0xe0fd5b62a73afe00, 0x7f800000124cf0d3
	.quad 0x5aea52acff9e83ff, 0x3fda7bc472aa82cf
	.quad 0x7ff0000000000000, 0x14845068f85fba5d
	.quad 0x2d679f8aebf15854, 0x46225ebf8b2fbef9
	.quad 0xff000000006e8418, 0x4057ffb47594340a
	.quad 0xdfd2f107c7b7feed, 0xa819c923ff6183c9
	.quad 0xcdc741a1c1324900, 0x5ab0d8d036e8fa54
	.quad 0xff092372d83d85d6, 0x8000000080000000
	.quad 0xefaca95b9632c100, 0x40700000c207f194
	.quad 0xf699cfd3d3ded7c0, 0x61c3cb66bfd9f92d
	.quad 0xfff85f326bb62696, 0x406150f251d3f700
	.quad 0xc0a85b14ffc00000, 0xdaa774cc6051fe00
	.quad 0xfff0000000000000, 0xb86e378e9d547db5
	.quad 0x0911e192f5583f57, 0x747509577fa1f560
	.quad 0x7ff0000000000000, 0xbfffffffffaf8814
	.quad 0xffe498eec1060000, 0xd784a856cfffeff6
	.quad 0x8000000000000000, 0x77e8ae1eb216324f
	.quad 0xffc442d500800000, 0xfff8000000000000
	.quad 0x0000000000000000, 0x00f10354e72ba9d0
	.quad 0xc575f1a7fee6c7f7, 0x5a0000017194d84d
	.quad 0x11812a123ba67e96, 0x7ff3510af394cf3f
	.quad 0x7ff0000000000000, 0x410000001ceb2d44
	.quad 0x61a6e68b422c2cf3, 0xfff465170889c705
	.quad 0x7f9807b843200000, 0x9c762f827557c665
	.quad 0xbd500000ffa9d15c, 0x7ff0000000000000
seed31:
	.quad 0xfffffffffffffedc
	.quad 0x890318e232f5d8e8
	.quad 0x25a73890b7711ce5
	.quad 0xfffffffffffffe68
	.quad 0x00007cc54abb29aa
	.quad 0x000000000000018d
	.quad 0x00000000000008ef
	.quad 0x000000000000025d
	.quad 0xffffffffffffff7b
	.quad 0xffffffffffff9b2e
	.quad 0xffffffffffffff90
	.quad 0xffffffffffffff96
	.quad 0xd334464d80d527fd
	.quad 0x0020000000000001
	.quad 0x0000000000000188
	.quad 0x00000000000175d8
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0x0004296500711315, 0xbffb6c30be721524
	.quad 0x23184bfb340c3a75, 0x93ae9962f579dad8
	.quad 0xfff3fbd9f14ea155, 0x7ff0000000000000
	.quad 0x4000000000000001, 0xf6a7b3183bee8f06
	.quad 0x7fc00000c146f71b, 0x66eb10c0cf050000
	.quad 0xc7200000bc32ebbc, 0x3fe7000000000000
	.quad 0x0100000081438b94, 0xffc0000000000000
	.quad 0x3f733fef6c4f55f9, 0xc3cf54ff7f800000
	.quad 0xc0e52f4897cb5af8, 0x97b1d5a500ffffff
	.quad 0xc03ab2dd0441718e, 0x5cb692d86ddea272
	.quad 0xda5293a70f22b625, 0xc0dc000080000000
	.quad 0xbfa000007f33d578, 0xfff8fb75f0946837
	.quad 0xbfbebc1b7f800000, 0x3d1fa0c346cc0000
	.quad 0xff8000007fbc69ed, 0xc25cbe3040a839f7
	.quad 0x434fba0687d292dc, 0x40efffffffffffff
	.quad 0x4011000000000000, 0x434ffffffffffffe
	.quad 0x35bd3c66ffbfff9f, 0x6577ad1b41c738be
	.quad 0x507c8a73dfae0000, 0xc764bcc1dffffffe
	.quad 0x1ac80b037d1a3c00, 0x3fd95c4ee8a91a3a
	.quad 0x0b4e244aa3b5ee3d, 0xbfd0000000000000
	.quad 0x36400000c19a320f, 0xfff41c9a8c7f39ee
	.quad 0x0b9335c55fffffff, 0x800000001de0e34b
	.quad 0xdffffffec0e00000, 0x12313c85c97ea458
	.quad 0xcb468822fdad7f5e, 0x404c7b99d5a022a4
	.quad 0x7e1cc05c81ec4968, 0xb5eae90218627e19
	.quad 0x7165620d007c3f2c, 0x9110848a23107dc7
	.quad 0x10539b2affffbe8f, 0xff8a05407fc00000
	.quad 0xf79f1a9ac7ffbffd, 0x3faeef3c88b31724
	.quad 0x7f800000beee6470, 0x0000000000000000
	.quad 0x9f4b4c93176e1f82, 0xbf40500000000000
	.quad 0xc0c0700000000000, 0x7f83ff6936b40000
	.quad 0xa393d2a29248c780, 0x80288ce24d4db50f
seed32:
	.quad 0x0000000000000001
	.quad 0x571afc8873707517
	.quad 0x23c465575f5888f3
	.quad 0xfffffffffffffd31
	.quad 0x04567bbe1c0376e4
	.quad 0x199121514cd27fab
	.quad 0x39d1276436a56054
	.quad 0x000000000010502b
	.quad 0x1f5a8f177035da75
	.quad 0x4d2aca1cdf8ac787
	.quad 0x00000000013ed0da
	.quad 0x8000000000000000
	.quad 0xc54e049d6aba9369
	.quad 0xffffffffffffffed
	.quad 0x0000000000000000
	.quad 0x000000000b74724d
	.quad 0x04400000
	.quad 0x80000000
	.quad 0xc048000000000000, 0x7ff0000000000000
	.quad 0xbe9402f940268cd2, 0x8e19f14cb37ffd14
	.quad 0xff800000fffa581a, 0x8006895ef9dca5e1
	.quad 0x00000000fed69a12, 0x0000000000000000
	.quad 0xe69ac4cfc06ca675, 0xe2361f53f70c3bca
	.quad 0x3d356da27ed93acd, 0x80092dee7f800000
	.quad 0x7ba34a5e772e2eea, 0x3ff192cc1d1bf555
	.quad 0xbc221b5341180000, 0x91050216caf70110
	.quad 0x2d60d8347a0a0000, 0xfff1ca58c0712beb
	.quad 0x81000000afe074f2, 0x7fc0000000f58122
	.quad 0x6283cd5d7fd02454, 0xb55d579d223c0000
	.quad 0x3fb984e346525638, 0x0010000000000000
	.quad 0xa6428a44e62d6d34, 0x3fd5cfbcd81f3120
	.quad 0x4d9580602dfdf6ff, 0xfff196ce70771645
	.quad 0x42c0000000955d3e, 0xafe2c1fe5460e800
	.quad 0x001fffffffffffff, 0x13d8349c7fbbfefe
	.quad 0x80382bc9f1c0b4ee, 0xfe4f9c990382dcba
	.quad 0xb80d8f891224fa33, 0x4051f303864ff11d
	.quad 0x433fffffffffffff, 0x0000000000000000
	.quad 0x7fc000007f87496e, 0xe123572fadc56fbc
	.quad 0xdd14798a8e7e3bdf, 0x7ff0a01dad7bf2fc
	.quad 0xfe79d5deb7133b21, 0x30e8096cb33bdfe7
	.quad 0x7f8fc01d41d20000, 0x8000000000000000
	.quad 0x626aa767cd393e03, 0x0000000080ffffff
	.quad 0x028fc699f68e7800, 0xffaa90b580000000
	.quad 0x7fefffffffffffff, 0x4883a9bcf30d29af
	.quad 0x49e580000045280e, 0x00f75d52feff1ebd
	.quad 0x54b2a047df7f7fff, 0x006935e9dbc924cc
	.quad 0x3f61d0fec2ea6759, 0xf94b79e4ffebff7e
	.quad 0xbeef200000000000, 0x6c5a3357ff5dddb6
	.quad 0xbff0000000000001, 0xbf9192dd6cc7e547
	.quad 0x7ff10449221577d7, 0xfff9eb788e6c5251
seed33:
	.quad 0xe6e8a7f61058aa76
	.quad 0xfffffffff914d4e5
	.quad 0xaefe2489ca8ba9aa
	.quad 0x0000000100000000
	.quad 0x521f594889a8cb13
	.quad 0x0000000000000060
	.quad 0xfffffffffffffe5a
	.quad 0xa93f6db8ac865e6a
	.quad 0xffffffffffffff65
	.quad 0x000001d0e3b1ba8d
	.quad 0x0000000001000001
	.quad 0x0000000100000000
	.quad 0xffffffffffffff8e
	.quad 0xd08a6ecd9540f147
	.quad 0xfffffd57f54559c7
	.quad 0xb3fa7550ff53c12d
	.quad 0x00800000
	.quad 0x70000000
	.quad 0x7ff38774cad5317a, 0x41efffffffffffff
	.quad 0x546f5497b26d359b, 0x16b3247f5732b7b7
	.quad 0xbe2849f8411c0000, 0xc32cc53bffdc0000
	.quad 0xbcd58000b5f00000, 0xbf60aa8d4331f32e
	.quad 0x3ff803b344a00000, 0x37b400009e02003e
	.quad 0xc16acdb539760000, 0x7079ad7b002e062d
	.quad 0xffa25afd7f8bf930, 0xff8000003bce35cd
	.quad 0x3f95c00000000000, 0x4160000042793f48
	.quad 0xbeeb0000f987538f, 0x7a8d2e8ef8bdffff
	.quad 0x33d1b9eb7e6ffeef, 0x407c34f4951e67a2
	.quad 0xff80000042ed928f, 0xbcb0fc6399d8206f
	.quad 0x7ffb9b6750d78a74, 0x407e1301f8ae1682
	.quad 0x3f60000000000000, 0x976551ed11ee090d
	.quad 0xffe6b79c0fa16746, 0x402c8c60aa8b52f8
	.quad 0x01ea8025b9c4c2da, 0x37442127b7cf4001
	.quad 0xffad316f3d22c790, 0xc164e6bc3ec5c4e2
	.quad 0xc6882299d98f7996, 0xc29d8bb4ff900333
	.quad 0xfffa77c73fc0212e, 0xe43a1d8e00400000
	.quad 0xc5780000048098df, 0x3ed5f37c598cf5b0
	.quad 0xfff8000000000000, 0x4168ee0b04767981
	.quad 0x59b6ce7d249d9116, 0xffc8655f7d0377c2
	.quad 0x7689a0c940b80000, 0xe327234fdff3cd50
	.quad 0xfff4ae60d9f4c018, 0xc0c80000c27620eb
	.quad 0xd2f6b3ba86eeae00, 0xff80000000000000
	.quad 0x8000000000000000, 0x3ed2000000000000
	.quad 0xbfffffffbf800001, 0xfee93243c3bdee96
	.quad 0x001fffffffffffff, 0x805c1dabf9eca23e
	.quad 0xfff8000000000000, 0x7effffff41c610c3
	.quad 0xc004affb6855306b, 0x800000008049bd7f
	.quad 0x3fa7ef923f4b692f, 0xee8941cf42baa891
	.quad 0x3e540000ff614394, 0xffe66cf888f902b3
	.quad 0x84c120f1fffbca77, 0x3898a1a277fab0a9
seed34:
	.quad 0x2c635c2fe04c7650
	.quad 0x00000000bd7aefa5
	.quad 0x35cdf02fe5ee22ef
	.quad 0x00000000000003c1
	.quad 0x0000000000000390
	.quad 0x0000000000000037
	.quad 0x00000000000000cb
	.quad 0xffffffffff1165f3
	.quad 0x2798de3a5426c91b
	.quad 0x00011d0aaa6de5f9
	.quad 0x9c18d73ba595d5de
	.quad 0x000000000001b31c
	.quad 0x000000000000000d
	.quad 0xfff345620323c9eb
	.quad 0x3fbccff03ae06c86
	.quad 0x0000000000000001
	.quad 0x04c00000
	.quad 0xc0000000
	.quad 0x41ffc59920e097ca, 0x808c3e78c0980000
	.quad 0xa5ded65620959e4c, 0x5a3a9c7d75343e1b
	.quad 0x97703c53017fffff, 0x7f800000bf01d4ce
	.quad 0x3ff2e79dda5ff69b, 0x548bd1e6ef7aff8f
	.quad 0x291e33d2fffe6f78, 0x7fc0000080800000
	.quad 0x9e779089bbfcf8c1, 0x7fde05dfbfa00000
	.quad 0x35b8000047800001, 0x800000007f800000
	.quad 0x19c4d4e43367c317, 0x4013e26044487420
	.quad 0xf702ada1ffb5efb7, 0xecf9db2a1c802f5f
	.quad 0x80000000c0fc51e6, 0x0000000046900000
	.quad 0x7ff969ecbb0e719b, 0xc00739d67da7c37d
	.quad 0x3db9ca7d0504fc00, 0x1b678869f555c620
	.quad 0xffed78b66137dbb6, 0x800000007fa7cef3
	.quad 0xfff0000000000000, 0x40344bd242d19bfb
	.quad 0xf50209b3ff8db244, 0x40ceb7571c8b85cc
	.quad 0xc3f0000000000001, 0x4032000000000000
	.quad 0xc0effffffffffffe, 0x4d789071049e1e98
	.quad 0x0000000000000000, 0xfff03eaa8e7dfea0
	.quad 0xf0de3368c3597dce, 0xc0e2d0d06a6f073c
	.quad 0x223318d3ffe76bdf, 0xff800000ffa3812e
	.quad 0x7017335b7f16e656, 0xbd39557780000000
	.quad 0xbfe6ed044e598fbd, 0x41e0000000000000
	.quad 0x400a5bc8bb495c25, 0x7f800000be0fa4e9
	.quad 0xbe8dce0db8254800, 0x3f400000bce28889
	.quad 0x7ff15d317e18fab2, 0xdc551bc9debeff7d
	.quad 0x7ff0000000000000, 0xffe7ca3b80351cc5
	.quad 0x9613d33ec882fc00, 0x000000003c865f57
	.quad 0x11a9f21677fff7dc, 0xfffa35f1ee45661e
	.quad 0x74362fb9570b7bf1, 0x4030c0b47d7fddb3
	.quad 0x7995b4982a851e94, 0x000000015f800001
	.quad 0x4676673bbde98a2d, 0xc0efffffffffffff
	.quad 0x80a13b327be58000, 0x3fb29f09ebd1fe00
seed35:
	.quad 0x00000000000002c8
	.quad 0xffffffffffffffff
	.quad 0x0000000036d3be19
	.quad 0x0000000737f8e371
	.quad 0x0000000000000001
	.quad 0x0000000000003efa
	.quad 0xfffff6acbb924526
	.quad 0x4fbe6513ca7a7e94
	.quad 0x0000000000001300
	.quad 0x610368c00a63aeaf
	.quad 0x376ce1bb613f6cf1
	.quad 0x00000000ffffffff
	.quad 0xffffe854c8d97725
	.quad 0xfffff8bf805add0e
	.quad 0x0000000001000001
	.quad 0x0000000001625b9c
	.quad 0x03000000
	.quad 0x10000000
	.quad 0xc0ac00007fc00000, 0x65b910e0bbe3f80c
	.quad 0xffbd71993e6f072b, 0xb3badcaf9b589e03
	.quad 0x40cc5a0e80000000, 0x3fdca22b8806acbd
	.quad 0x000000007f800000, 0x4a365944fffe57e7
	.quad 0xfff8000000000000, 0x3f919f4b5de8f3e0
	.quad 0x3fc68f863b6ee103, 0x7e7cae4235b8a5a2
	.quad 0x811c3609960cd5b5, 0x7dab4214e3b4691e
	.quad 0x80000000be535370, 0x18196d93ff8178f3
	.quad 0x3fd913f34e8cb080, 0x3dc96911ffffffff
	.quad 0xc0ec0000761ceaa8, 0x8024a153b14b11ed
	.quad 0x7f800000fec5bae3, 0x7e3265cea8189487
	.quad 0x03cee577318ac685, 0x42bc68d2ff800000
	.quad 0xbff2000000000000, 0xc78a0000b8900000
	.quad 0x16c09c68b15f83fe, 0x52d367b3b505a9f3
	.quad 0xc2bd7860800528e2, 0xfff0000000000000
	.quad 0xb0adb62d83ac904b, 0x09fcfcd3a1d0c500
	.quad 0x4b0000005f1040e1, 0x3fc3787b07d06ffd
	.quad 0x3fb20000efe1ea25, 0x934475c811bd29d8
	.quad 0x3fa0d904102de9d2, 0x42bfc14bbfe7fe00
	.quad 0x1bf12c66431bab48, 0x009944d578f07958
	.quad 0x0000000000000000, 0xb450780cfffd7c9d
	.quad 0x3b73960fffffde7b, 0x6dc9d1d0c97e2804
	.quad 0x1cf75b388edeaf98, 0xcfd461a67b7fffff
	.quad 0x817c86ec00000000, 0x47560db8f3e27bde
	.quad 0x3fe00000805db2c9, 0x7f8000003dd5ddb5
	.quad 0x3f0a000000000000, 0x3dd8402000000000
	.quad 0x3950000080ffffff, 0x94b04489ffff4aa3
	.quad 0x007764554ed623d2, 0x24aaf42ffeefdfdc
	.quad 0x7ff0000000000000, 0xbf70000000000000
	.quad 0x1c86bae51567c740, 0x9b6cc55937c17989
	.quad 0x80000000425905b5, 0x8702931d446efe00
	.quad 0xddb0d453b9bc9ba3, 0x2e0fc6ef9c3eb21c
seed36:
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x2b03b32338d857e2
	.quad 0x0000000001000001
	.quad 0x00000000000696aa
	.quad 0xc23249b2f311616b
	.quad 0x000004405501ecd4
	.quad 0xf8783880efad73e4
	.quad 0xffffffff14b9c111
	.quad 0x0d58bd249f20b172
	.quad 0x7fffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xd728904a7b9b6ccd
	.quad 0x00000000016b24d0
	.quad 0xfffff6a3642e9203
	.quad 0xbdb5deacf9e18a38
	.quad 0x04c00000
	.quad 0x80000000
	.quad 0x16fee8fa4657e400, 0xbfca2d0cdc0c1de0
	.quad 0xfc73d71c62a9e986, 0xc1ef1a004337347c
	.quad 0xc045a00000000000, 0xf00bf2f93ea769e9
	.quad 0x97bfc7e5194c07ff, 0x004e7ea8ffc00000
	.quad 0x3be910dd9ccbc828, 0xed854c2e75710000
	.quad 0x0026905c298f88d2, 0xbfec000000000000
	.quad 0xfdb41777e8c596f8, 0x800d67841b1ddd3f
	.quad 0x41f2800ed6bf9af0, 0x416ef3b07ed39990
	.quad 0x00377046c0e00000, 0xc062e65632406f23
	.quad 0x0000000000000000, 0x96164a4bfbfbf97f
	.quad 0x400efea6ae7a621a, 0x117d7d763e340000
	.quad 0xb8dc18557f800000, 0x4019000000000000
	.quad 0xfe8ee9e2938427c0, 0x3ddf3c292c0174d4
	.quad 0xfa27b9129fdefdaf, 0xfff3227b4c562e89
	.quad 0x80000001d70a58f2, 0x8008cab9b7d9ce86
	.quad 0xaa26d464ecd705b5, 0xff7fffffc2ad2071
	.quad 0xffd0000000000000, 0x70f71db9de6efe3b
	.quad 0x80000000bc840000, 0xfff67bf5b33ee26f
	.quad 0x3f0ba6c376ee7e5b, 0xc99200007f800000
	.quad 0x40c80000ff800000, 0xc7ffc556c0dda220
	.quad 0xc9a7e4e52dffffff, 0xc280000040a80000
	.quad 0xff932f2d31dac623, 0x87d01a5c3164a305
	.quad 0xc1000000ffc00000, 0x90fb3331c932fc00
	.quad 0x003b569db330e72f, 0x7fc5e988c0062cb9
	.quad 0x00da9d0e7fb3b6ce, 0x410000007f800000
	.quad 0x4003a39efaabea5f, 0x7f91f159410c0000
	.quad 0x7267b30d56fe0520, 0xadb8a71c7f800000
	.quad 0x54e91c261f4d3a60, 0x0000000000000000
	.quad 0x4f27240b7f8bf97f, 0x6dd72a77be3af519
	.quad 0x16bcce6eb8d27bff, 0xfff19a943bdd0fe6
	.quad 0x80b32675ffffffff, 0xc1e0000000000001
	.quad 0x4340000000000001, 0x2acf5e9896fefff9
seed37:
	.quad 0x6527ad2ad31b7d4b
	.quad 0x0000000b25fa7252
	.quad 0xfffffffffffffd8b
	.quad 0xffffffe28fe612a2
	.quad 0xe1713e8448149836
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0xfffffe8dc23b2f83
	.quad 0x0000000000000001
	.quad 0x0000000134f09fb3
	.quad 0x35b03e7d04da2d7e
	.quad 0x45765eb7d7f27763
	.quad 0x00000000000003bc
	.quad 0xff62e4bb73ccba5e
	.quad 0x5875afcc2222d560
	.quad 0xfffffbd48e73ee64
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x411800007ab4ad14, 0x029e6b6550f6fd59
	.quad 0x7e7497f58e939659, 0x3690c61c6834fbbc
	.quad 0x99099fe67f80a035, 0xff9c658f80000000
	.quad 0x00000001412270f3, 0xfff80010c205bfae
	.quad 0xed47376a49d0e59b, 0xc58cb699efd7b800
	.quad 0x6530abbb65fdfaee, 0x7ff6862b30880502
	.quad 0x000597fc5d8c589e, 0x71757edb3f8dfa30
	.quad 0x3fffffff219f95cb, 0x007fffffdef3e9fa
	.quad 0x0134cf4b38666abf, 0xe2c10fd167847cea
	.quad 0x3dc140c98c2edf83, 0x7ff9a02a32be2b71
	.quad 0x40f0000000000001, 0x7f2d25090012d909
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0xfebcbe913d32a57a, 0xfff5a4bfde9d64e0
	.quad 0xa2dd9cf2a8b18000, 0x7fe18586c09374bb
	.quad 0x5e616e9d90908500, 0x5cf61aeca83e536f
	.quad 0xbf833c7753b2b5a0, 0x53209ca0fff48563
	.quad 0xc011000000000000, 0x6ea536d7fff5f5f7
	.quad 0x0b8e39283e757af6, 0x7fff2230c7000000
	.quad 0xc04837858063f9fa, 0xbc88fc9ae77f7fff
	.quad 0xc02fc43f25320eb1, 0x3fbfa9f9f88e55ff
	.quad 0x79d3de27da9608fe, 0x000fffffffffffff
	.quad 0x3ff0000000000000, 0x808435c10660879d
	.quad 0x3f85563096f645ca, 0xf58bab6900000001
	.quad 0x95af28e19befe9b7, 0x145cf1c7ff800000
	.quad 0xb5025e7880000000, 0x8000000000800000
	.quad 0xe55b1e78bb667e9f, 0x6151dee1ffb04380
	.quad 0xcce3b853ee5bc240, 0x512e6ce2868c0000
	.quad 0x87f71704d8142096, 0x4057000000000000
	.quad 0x0000000000000000, 0x239b93b2ffc1fc2f
	.quad 0xc017800000000000, 0x7f80d66a533105d7
	.quad 0x00082766e8c6e837, 0xc290000000000000
	.quad 0xbef6c3ec35f10418, 0x660cfb469557fbbe
seed38:
	.quad 0x00000000000003e8
	.quad 0x984379a678619b12
	.quad 0x9a259ea42c06dcbb
	.quad 0xfffffffffffffecc
	.quad 0x380c243a142daa81
	.quad 0xffcff11be3093df9
	.quad 0x007c31b28b304234
	.quad 0xbbbc0523592f09ff
	.quad 0xfffffffffffffe63
	.quad 0x80ea3be6f236533b
	.quad 0x0000000080000000
	.quad 0x03e45156323d4751
	.quad 0xfffffffffffffffe
	.quad 0x7aaac955a9bb61c1
	.quad 0xae37b7edde2e54e2
	.quad 0xfffffffffffffe7b
	.quad 0x00000000
	.quad 0x30000000
	.quad 0xc105800000000000, 0x8157f9bf3f3365f7
	.quad 0x17ae77e11c99d4f2, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x02696c25f18c2fcb
	.quad 0xfff68a3fae211435, 0xbfe36f63d51a2f8e
	.quad 0xc1040000ffdc9980, 0xd22a9dea4a14927a
	.quad 0x887922d7c1070fd5, 0x11b36e06d76bcfff
	.quad 0x80b9abd2c0b09df8, 0x8075f38540e80000
	.quad 0xf22eb9364b53a3de, 0x185a80f87fb5bf14
	.quad 0xc23b5ea02d5aa40f, 0xfe058b5fa3464b28
	.quad 0x80400000ffd45921, 0xef54be2cff1af2ec
	.quad 0xffe327d143dd59e6, 0x00000000f68c3af8
	.quad 0xc0cfa00000000000, 0x5aa40ed202ba7852
	.quad 0x434f87842d35bf32, 0x7db37cbbffd5de75
	.quad 0x8100000080000000, 0x0d985bb7f2739d61
	.quad 0xfde16a50fb56d039, 0x3dbc21d0ef1db7d9
	.quad 0xfc8f61b2cd1b7e50, 0xfdf177317f27f9bf
	.quad 0xbc1bcab03ae00000, 0x000000007f800000
	.quad 0x324c99638fdfe7bf, 0x0150e9bcd87ec2e8
	.quad 0x49e6c17babcbd62d, 0x6d8736ad7f800000
	.quad 0xbdcabd1fff800000, 0xff800000c7000001
	.quad 0xc8481054835bfe61, 0x12ab58e662602a80
	.quad 0xfff0000000000000, 0x0000000003b667d3
	.quad 0x4186b53e41100000, 0x87c9bf49ff34e071
	.quad 0x401acbb68dc3e1c8, 0x38d386db616c4300
	.quad 0xff800000ffe5d32f, 0x8c29e5c1966b7766
	.quad 0x8949ecc773b55394, 0x7f8ef33800000000
	.quad 0x42a27e34bf8ea9db, 0x7f6d24bb24c0bd64
	.quad 0x2a77880f300e6841, 0x80000000003b78ee
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x95245ffbbf41befa, 0x7169f9c2ed948042
	.quad 0x48e558aa486c7f8f, 0x2a31eb24cdbd6aa6
	.quad 0xd675b4adffef7fad, 0x95daba76be528000
seed39:
	.quad 0xffffffffffbe909f
	.quad 0xbc28a96c71f4cdcb
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd4e
	.quad 0x00000024f624cebf
	.quad 0xfffffffffffffe5f
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xc2687a7e179f06ba
	.quad 0xffffccfea517ed12
	.quad 0x42d5087b8ec40b84
	.quad 0xc69b0ee5e3783f8b
	.quad 0xfffffffffffffd23
	.quad 0x000000000000000d
	.quad 0x0000000000000385
	.quad 0x5398ccfb11e21403
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x7f8000001e7284c3, 0x3ffe000000000000
	.quad 0x00000000fff57cb5, 0x80aee074c7520bb9
	.quad 0xc3f0000000000000, 0x43f9e3aa945ca79c
	.quad 0x69c3111876b27c00, 0x3bfbc24f7fc00000
	.quad 0x9b9c3d00ffd728dd, 0xc116e73cfa503d6a
	.quad 0x75f7d7b0fffffafa, 0x000000004f7ffffe
	.quad 0x06decac504158758, 0x7f52783b4afc570a
	.quad 0x802f1e20a1806797, 0x6f3621ffe6fd4751
	.quad 0x43d260ad421254ed, 0xfeb56bcdfff0bec2
	.quad 0x7ff0000000000000, 0xfffcb110f311056b
	.quad 0x89a759c7b8550980, 0x7fd154e547ffffff
	.quad 0xed1595c4ffa194dc, 0x4270000000000001
	.quad 0xbeffa3b17f800000, 0xff00d03a7ff9fde0
	.quad 0xbf09000000000000, 0x3ed8000000000000
	.quad 0xefe62576e95ecdc9, 0x8000000000000000
	.quad 0xbef53a53168dfa79, 0xffec93caffc00000
	.quad 0xd6e9e929ff67ef65, 0x55bcf41beafeffc6
	.quad 0x802fffffffffffff, 0x407039ec1c249a87
	.quad 0x9f24bb1eb72d7dac, 0x7f800000b3e38efb
	.quad 0xa93caffa201c1317, 0x8e8123dfc19db664
	.quad 0xc1d1f142c0efbcf6, 0x80e2d4603fcd0000
	.quad 0x7faa70dcff683d5d, 0x43c10a5af5fffffe
	.quad 0x7fde87674d387aaa, 0xbf600000bbbc0000
	.quad 0xd2bd9fd8beeef71e, 0x3c81b60a41749b5e
	.quad 0x80030a67b7b51be1, 0x542e059e8102005b
	.quad 0xf382fc5180c1125b, 0xf5d01ddac0b8b07f
	.quad 0xfff0000000000000, 0x00000000ff800000
	.quad 0x6040bcba98e7bf64, 0x7ff38a3ad447f4f9
	.quad 0x7ff0000000000000, 0x9fee8d9a65dbc754
	.quad 0x3e2a98174fdf7fa6, 0x4c2ac7f080000000
	.quad 0x7fc1a793c0a80000, 0x152f1397f7fffa7f
	.quad 0x7ff8000000000000, 0xa4a797285b48f868
seed40:
	.quad 0x062fe11e5c1d954f
	.quad 0x000000000000016e
	.quad 0xe211f2a9e8c39d81
	.quad 0xffffffffffad0642
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd2f
	.quad 0xfffffe9c72819a79
	.quad 0x0000000001000001
	.quad 0x0000000000005ffd
	.quad 0xfffffea61a03c349
	.quad 0x00000000ffffffff
	.quad 0xfffff8b0230a91dd
	.quad 0xffffffffffffff6a
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xdef6912c9e79708a
	.quad 0x04800000
	.quad 0x30000000
	.quad 0x009102b3c0c80000, 0x1b3f81af5d7e6190
	.quad 0x7fe0000000000000, 0x76692460dfffffff
	.quad 0xbdb066c817b54acf, 0xf8ae0b0a0ccd1e23
	.quad 0xc04ca43cce8a4f77, 0xc023800000000000
	.quad 0x72536394bc432c92, 0x407fffff9a894dbe
	.quad 0xbc3c32cf5edd7789, 0x800e795b8036a559
	.quad 0xfff8000000000000, 0xc3f0000000000000
	.quad 0x7f3b8f62c3e482f4, 0x7e28fa6de609c1d1
	.quad 0x5089ce31c5c6328f, 0x7ff0000000000000
	.quad 0x76ad3256ffa739e2, 0xa3c40b7fffffdfff
	.quad 0x832e0cd4f2440557, 0x52ea0df9e19be800
	.quad 0x8000000000000000, 0x3f550eeb98c403a6
	.quad 0x772aca9301000000, 0xfff0000000000000
	.quad 0x0d543fc4b6200000, 0x4386ed167fe1eced
	.quad 0x33faee25bffffffe, 0x8000000000000000
	.quad 0x614fd8e248688e00, 0x51a50d6944000000
	.quad 0x77c713467f800000, 0x7f25719ed9b994c1
	.quad 0x405c000000000000, 0x9fd0e12977c4fd80
	.quad 0x06fcf79a7eb87bb8, 0x86237b9ff9898000
	.quad 0xbff2000000000000, 0x6474e0cedf23166d
	.quad 0x000a432d5f637f06, 0x3f88df1ae149cdda
	.quad 0x7ff0000000000000, 0x8c8ec8ae6072c9c9
	.quad 0xef1c0a4cfe3b67da, 0x55a0f5ac2b298000
	.quad 0x7fdc4bbb23506e9c, 0x001aa93b7f9e49a8
	.quad 0x33350034e6d1d441, 0x7fff8582ae4dfbcc
	.quad 0x9c66c3f7606e477e, 0x19cd6546ffa3ab4f
	.quad 0xb98fb15667ffcfdb, 0xc2052f297f800000
	.quad 0xbf41d012ffb7fe97, 0x7f800000c1c6a126
	.quad 0xdf59539c80400000, 0xd9244d2f4d1fa23f
	.quad 0x768a4eb7dfef7fff, 0xffd7206a41040000
	.quad 0xc0e00000bd458767, 0xff148f0ed4758fd8
	.quad 0x374300007ee8bea7, 0x0e3107c27fcbaa58
seed41:
	.quad 0x3bbab1e30ade02e9
	.quad 0x97c59f9e562aa8fc
	.quad 0xfffffffffffffc85
	.quad 0x000000000000003f
	.quad 0x0020000000000001
	.quad 0x0003abcb93f9a0c8
	.quad 0xfffffffffffffcc6
	.quad 0xfffffffffffffc01
	.quad 0x8aa82ad0cacb48e7
	.quad 0x0020000000000001
	.quad 0xfff1493b13324260
	.quad 0x1735172882b40f6c
	.quad 0x3a54740432acab24
	.quad 0xfffffffffffa6ed6
	.quad 0x0000000000000001
	.quad 0xc5124b6b64c56420
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xbbd6f39005db0000, 0xc2f892197fc00000
	.quad 0x40e000007bf36dda, 0x7ff0000000000000
	.quad 0xabd7688b03275434, 0x1a51a4c780000000
	.quad 0xcadb0f28ca37b048, 0xc100d3b37fbb3a6c
	.quad 0xfff60814251c2cbd, 0xfff0000000000000
	.quad 0xfff8000000000000, 0xc3c399b27ead0fc8
	.quad 0xe592cbf7ffbefd58, 0x001a50271655fb7c
	.quad 0x7928a77a2ef5e5b1, 0xf4c4a12c53230200
	.quad 0xbf800000c5800000, 0x67f5cd81afaa4380
	.quad 0xb34934557fd95bfe, 0x99d123a046189655
	.quad 0xeb6cb3e5efcbd412, 0x6437d0f9f33efd93
	.quad 0xb71cb25e6dff7ffc, 0xff800000fe888ffd
	.quad 0x7fb30a0780af388f, 0x84c1b095ff6edcff
	.quad 0xc008cce1fc365806, 0x7ff0000000000000
	.quad 0x8000000000000000, 0xffc55d7d00000000
	.quad 0xbca536cb3b989a12, 0x6a80007fffd6af7f
	.quad 0xda851a5bdff5ff77, 0x17823a7755632974
	.quad 0x04c573f9421e4ad2, 0x0e970737246df8ea
	.quad 0xd22c0f53ff800000, 0x3e40c688fd6fea2f
	.quad 0xbec0000000ea8523, 0x0000000000000000
	.quad 0x925fe5f073774e93, 0xfeac8095800d162c
	.quad 0x3f73a446aa0ec213, 0x0000000000000000
	.quad 0xbf9b544b0b076dbe, 0x83ab352e1ae63ecd
	.quad 0x40032d7ff1f47ebd, 0x04d1040637400000
	.quad 0x8000000000000000, 0xfffa4561613859fb
	.quad 0xbf8d5890bf800000, 0x09c84985dcb1dbce
	.quad 0x2841212abef78d4e, 0x98ba284d9a55473d
	.quad 0x1d7e7eb6f90e8000, 0x3fbf81c22c6da2cb
	.quad 0xebc46811ff800000, 0x4978000000000000
	.quad 0x7fd5d8da11038c4f, 0x78c65074eef5f7be
	.quad 0x25421ff134161d91, 0x80642ef05dfaa173
	.quad 0xc080000000000000, 0x784451ada97cdc3c
seed42:
	.quad 0x000003f745697517
	.quad 0x21737f2a8323a022
	.quad 0x000000000122a99f
	.quad 0xf9821dbac86cca12
	.quad 0x92883ecd01d16c39
	.quad 0xfffffcb646883d64
	.quad 0xfffef5e6d28f6cbb
	.quad 0x0d3718b630074287
	.quad 0xffffffffffffff6e
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xe38636630d8ecb35
	.quad 0xfffffffffffffe0a
	.quad 0x000000000000008a
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xc008c73249180810, 0x08e19a9d57c1fc93
	.quad 0x9386aed97fb429bc, 0x24d3072a1c6bc32b
	.quad 0x754fc5c286f8463f, 0xe8a0b299f078be00
	.quad 0x8b31723c4f7fffff, 0xc0cf000000000000
	.quad 0xc3b57cebbebd3606, 0x5850a718a847fc00
	.quad 0xbd893f9f1805f9b3, 0xbecd000000000000
	.quad 0x800b3e640c2da11a, 0xbd0ff2375f5a16bd
	.quad 0xfff0f4cc9ea18f25, 0x00000000ff800000
	.quad 0xf446b9274fbfdf5d, 0x406b5673c103203c
	.quad 0x379934042e8c5588, 0x3c97b0c7f4e50f76
	.quad 0xca422dfdd2ff7fff, 0x4000034c8a890eb7
	.quad 0x4015000000000000, 0x421e6abe00400000
	.quad 0x47800000ffa09f21, 0x0000000041040000
	.quad 0x7616d88e49ffeb56, 0xf5d75b7d4e550f51
	.quad 0xc340000000000000, 0xc024000000000000
	.quad 0xc00aa77a20c94177, 0xc34fffffffffffff
	.quad 0xb896e159666d21ec, 0x0327834f2f30bd9f
	.quad 0x7fdfffffffffffff, 0x5cd3069c361cf12b
	.quad 0x00000001c0efd76b, 0x7ff8000000000000
	.quad 0x81d62d2ae183e02c, 0x7976accb3ed0db0f
	.quad 0xff985556ffb4e743, 0x190d9f42ffe2f400
	.quad 0xc46fcf0c82fc0b9b, 0x8000000000000000
	.quad 0x624d47b3fef5fd7f, 0xabf868b2a4a51e8d
	.quad 0x9051a1053fdfe5f7, 0x7e574ab5622500d9
	.quad 0xb821389d9d4b5f43, 0xbd834b7affbeb88e
	.quad 0xc01e000000000000, 0x5153dd6fde2e7401
	.quad 0x8000000080000000, 0xb03ba621f7eea58f
	.quad 0x7ff8000000000000, 0x7f80000080000000
	.quad 0x38ef39ee959dfc41, 0xffe5401e8750ffc0
	.quad 0xffc00000c0bc0000, 0xbecc000000000000
	.quad 0x5087d0e8ffcb3a21, 0x51dcd747bacd3247
	.quad 0xeb29335eb5c314bd, 0xd7f6656fbfbe0460
seed43:
	.quad 0xdbff72324eb3ca7c
	.quad 0x34fbcad2e08b7028
	.quad 0x0000000000000050
	.quad 0x045cfcffb44be4a1
	.quad 0x0000000000000706
	.quad 0xfffffffffffffe8c
	.quad 0x0000000bd23b1500
	.quad 0xfffffffffffffe21
	.quad 0xdd34e5faa89ee2a6
	.quad 0xff77e3fc9f7f1bcd
	.quad 0xfffffffffffffdd4
	.quad 0x002946d53b71f023
	.quad 0x1d4c10288991837c
	.quad 0x0000006289e750f8
	.quad 0x790289dcca42fa1b
	.quad 0x3ad4e630ea123a08
	.quad 0x03400000
	.quad 0xa0000000
	.quad 0xe1111b4bdac4b5fb, 0xc63b79b5a06f0294
	.quad 0x97c94e88d6cef111, 0x8000000000000000
	.quad 0x805763a77f8d796f, 0x0000000000000000
	.quad 0x8000000000000000, 0xc330000000000001
	.quad 0x4003c5125f2d979b, 0x4034cdd9cc04494d
	.quad 0x1c6cc840bffd7fbf, 0x7ff0000000000000
	.quad 0xc2d9dbfefff9cf9c, 0xff6754027fb3c954
	.quad 0x04864e8c80000000, 0x7f62479b572cbd0c
	.quad 0x1b1a6ffe6deffffb, 0x054e1c8100000000
	.quad 0xc021800000000000, 0xfd84afaa4dd0ce0b
	.quad 0x005029340045ef03, 0x2cb9e02eb9ded900
	.quad 0xca0cfead30a88454, 0xd30e760aab2868ca
	.quad 0x9e713e4581cf49c0, 0x83366001e578aa6d
	.quad 0xbf73323eb5064ec3, 0xf17d96eabc68a98f
	.quad 0x43379d94ffbffdbb, 0xe107e9ec19607708
	.quad 0x7ff0000000000000, 0xc0be000000000000
	.quad 0xfdab9511c04fbe5c, 0xc6215a02e344c860
	.quad 0xffad1d6cbed9851d, 0xffc000009a56f719
	.quad 0x8eebe52fda677c00, 0x713ac0bbb9c57e00
	.quad 0x8000000000000000, 0x8080000080000001
	.quad 0x0000000000000000, 0x3ffffffffffffffe
	.quad 0xbf7a0c907c5ee7a4, 0x401f000000000000
	.quad 0x6d0daf8804d864e1, 0x0010000000000000
	.quad 0x0ca2efbd9037b224, 0x3f9250e02a4fd680
	.quad 0xffa24e023c8129f4, 0xc0d0000000400000
	.quad 0x5a93b8bdfff97456, 0x38c8a329b1c0cefd
	.quad 0x8e41ae8e1ca2c282, 0x20df0324dabffe00
	.quad 0xc29a7a0740400000, 0x1d88a19ff8d5c772
	.quad 0xffedfbcb5756e9c5, 0xb41db6de54bbfd90
	.quad 0x000fffffffffffff, 0xbff4000000000000
	.quad 0x345de7aaaa5e7a76, 0xc040000000000000
	.quad 0xa95b97b2c27fffff, 0x40e80000d74c209c
seed44:
	.quad 0x00000000ffffffff
	.quad 0x000000000000018a
	.quad 0x000000ce095e47a5
	.quad 0xffffffffffffffd4
	.quad 0xfffffffffffffc7f
	.quad 0x2b35142b8c0810dc
	.quad 0xfffffffffffffff6
	.quad 0xfffe06ed9ff38123
	.quad 0xfffffffffffffff9
	.quad 0x0000000000000000
	.quad 0x0cf7c6e1f03a1317
	.quad 0x0000000080000000
	.quad 0x0190cfe3e49481b4
	.quad 0x4e45425a5456d523
	.quad 0x3c7ef00ab9edf7c4
	.quad 0xa8bc01985a5b76fd
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x80ff810d3df0326e, 0xaa46dd90f139fdc0
	.quad 0x2814ac0d1d997f04, 0xfff8000000000000
	.quad 0xff8000007b24c661, 0x7ff8000000000000
	.quad 0x9c489548d623589d, 0x65cc643d4191b180
	.quad 0xc05adaf383913fc5, 0x4a6d90dcc0b00000
	.quad 0xbf8586ce54b27c69, 0xff000000be000000
	.quad 0x92dd100fb83ebe1f, 0xb7f9000080800000
	.quad 0xbdd7f73abc85ceaf, 0xaebc666e78e9bc85
	.quad 0x065f97f650c08000, 0x7f9afb4b6ba75685
	.quad 0x4a0ccb2009d691f7, 0x003399f00126b68d
	.quad 0x553de6de41469cce, 0xfff8000000000000
	.quad 0xf64f452475d0bf10, 0x3f9000006be650c8
	.quad 0xbf38800000000000, 0x21f80e3992efc080
	.quad 0x8d75a5609971fc00, 0xc8cdaf18ece63fcb
	.quad 0x5b6a3e1e7ac9bab2, 0x8000000017f47fce
	.quad 0x80400000ff000000, 0x0d39005fff7fffff
	.quad 0xe5d3ac94fffdfe7f, 0xffad56013e951174
	.quad 0xf4298496e23895e3, 0x422e8da1ee698ca7
	.quad 0xfdcc5b0918521ecf, 0xd7e4dd9b6e1444c5
	.quad 0x4311abf37f9c40b7, 0xc076ac21ca45afa5
	.quad 0x2d2f0e5500000000, 0xc2a0000042f16e12
	.quad 0xda597ef1fa5ba2ee, 0x7ff2516237b7dd3b
	.quad 0x2f82ca36fbff7b5b, 0x4002000000000000
	.quad 0x930c3b342b1b7fb7, 0xc04405f67e874fa9
	.quad 0x0112d91040d80000, 0x00000000423b7eb8
	.quad 0xc2bcf5e5ffe86b7d, 0x9c6900e1305cab4c
	.quad 0x75406df99f3c82f7, 0x7ffa93782f9400e9
	.quad 0x7fe624a199cd0b94, 0x7fc00000c4380000
	.quad 0x88d509a8c77fffff, 0x7efa417196e84ddf
	.quad 0x37b00000000fec70, 0x8030c05442400000
	.quad 0xbd35146b7f800000, 0x3fc000007fb55d01
	.quad 0xb51edcfcfdf7a9ed, 0x3fef6103d237f3d4
seed45:
	.quad 0x00000000002a1b1a
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x597e29d70222c5e0
	.quad 0xffffffffffffffd0
	.quad 0xfffffc31f77cbe69
	.quad 0x00000000ffffffff
	.quad 0xed56635715bc04ec
	.quad 0xf5e2b1055b22b561
	.quad 0xfffffffffffffffc
	.quad 0x8ef4243a7bc37d4a
	.quad 0xd7cfdd0a3f890dc1
	.quad 0xc18ad4f33bcde917
	.quad 0x0000000000000000
	.quad 0x0b397b722e06ca3b
	.quad 0x81504364a9f14854
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x00016ef026bd865e, 0x7f8000003e800000
	.quad 0xfff8000000000000, 0xc022000000000000
	.quad 0xfffa36404a659ed8, 0xfff77ddf0072a059
	.quad 0x19bbdb3dff8c6021, 0x507261cbbb6e5a41
	.quad 0x406000007e8fcc9d, 0x3d42f30ffff37940
	.quad 0x407b600000000000, 0x06ad700bf5782682
	.quad 0xff4230412f3efc06, 0x3d67fec126638000
	.quad 0x305d6463f6a6fc9e, 0x834df37df68edfed
	.quad 0x632505f86ad28750, 0xf046851d7fffffff
	.quad 0x875795b5ca94877f, 0x26af93b699cd33a7
	.quad 0xfff8000000000000, 0xc023000000000000
	.quad 0x5c2fa5a8a76a6b99, 0xd4b8c29d8febfc31
	.quad 0x3bb9f1067570f9c6, 0xfff5e2c1cffceed6
	.quad 0xff8000003cdb2bb0, 0x5a7ffffe94ce0d03
	.quad 0x11052d57fdeb4680, 0xdf861155bb9fffe7
	.quad 0xf6930cd2777c1b65, 0x6dad034cc5d623a4
	.quad 0xff800000ffc00000, 0x627f4425bd5ffdcc
	.quad 0x800000008ddac907, 0x40a400007fc1bf47
	.quad 0x831401bf2fcd4388, 0xc2356ff83e800000
	.quad 0x3e314c7c5cfffffe, 0xb49cb221e75b37f6
	.quad 0xfffa8a57518d2018, 0x18df4493cd7ffadb
	.quad 0xbdfa5dcc7fea1178, 0xab3e537c7dbfa27d
	.quad 0x7fbd03ae47000001, 0x401b800000000000
	.quad 0x98bbab26d0270000, 0xc01c000000000000
	.quad 0xc07950e1ba32f2e1, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc7680000d9800000
	.quad 0x8000000000000000, 0x6e08031a43536818
	.quad 0x80522c36f5272b1e, 0xffe24cc6c3c4678f
	.quad 0x8150969d1080c917, 0x807fffffbef03d8c
	.quad 0xc07c256c72d9ac5e, 0x7faceff9f0f9ca7d
	.quad 0x7ed497a496b941aa, 0xc000000000000001
	.quad 0xff8000004069b7b8, 0x3f5e600000000000
seed46:
	.quad 0x0000000000000000
	.quad 0x6cd33099414b3fd2
	.quad 0x678599482421a59d
	.quad 0xe4d4071731688dc6
	.quad 0xfffffffffffffc43
	.quad 0xfffffffffffffff5
	.quad 0x81d72569b822ddd5
	.quad 0x00000000000003c3
	.quad 0xf09dc68be0f2d675
	.quad 0xfff26a67a1ce9a0c
	.quad 0x0000000080000000
	.quad 0xfff995aeb643122e
	.quad 0xe997ed1ed7a7f40e
	.quad 0xfffffffff106f4f0
	.quad 0x0000f3decc0c58ed
	.quad 0xfffffffffffffeab
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0xfff6370b646e9c06, 0xd655565dbf951197
	.quad 0x401e000000000000, 0xaf95e72bcfffffff
	.quad 0x7ac8292cffac37f3, 0x4f0f9198fff7c461
	.quad 0xc5bbeb01f9c6528f, 0x002c2e39bc757aea
	.quad 0x3b7b4d621730e3b8, 0x4008000000000000
	.quad 0xeaea4341feeedf76, 0x3fcc98b1e2f17b78
	.quad 0x669db367ffd54c07, 0x3d64104c26127e59
	.quad 0xbfe00000c1b42f9a, 0xa8b98258fff3fa4f
	.quad 0xe4e8b402393f7c7f, 0x0e5e1b837f800000
	.quad 0x1bb129e14d91ba83, 0xbf84383b882241de
	.quad 0xfae247f9f0d778d7, 0x7f8ac352c4d00000
	.quad 0x000e2bade9fe8d81, 0x477e4333fd1ec122
	.quad 0xa3f3335c19eb5e27, 0x7fc00000c3d89b6b
	.quad 0xff8f59b900311569, 0x3ca2993dc1180000
	.quad 0xfff2fce8288d478e, 0x500b68dcc97f51a6
	.quad 0x7fc00000ff800000, 0x56271bf3c35ffffe
	.quad 0xfff153e540100000, 0x9602878affa2ad62
	.quad 0x8d2e0e8cffa62bf3, 0xc090000043742ca1
	.quad 0xc06c800000000000, 0x47f9f0c63e0d1cea
	.quad 0xdeca2cbb0e40b3c0, 0x5115e921ff7c6ff5
	.quad 0x04c244d5ff877c0c, 0xc01c000000000000
	.quad 0x3ff26a8711ef008d, 0x6d5c2adfb9047a0f
	.quad 0x1b3031c63b558d90, 0xc050000000000000
	.quad 0xbfe2463de0861aad, 0x7600e571fb4e848e
	.quad 0xe2c24a6850108648, 0xff9f4e4000902686
	.quad 0x436babb48056a30e, 0xc1fc876289be2538
	.quad 0xca17ec12f7dbfdf6, 0xc37e87e341363bbb
	.quad 0xf6b02c46e4668540, 0x8086c543fa236434
	.quad 0x4340000000000001, 0xc07573281fc56e4e
	.quad 0x01b18cb411d100df, 0x1815e1bb7fe7f639
	.quad 0xbfc000007fc8d929, 0x3ff0000000000000
	.quad 0x1e4b9d93f27a73bf, 0xfff0000000000000
seed47:
	.quad 0xfc3e22ac2de473e2
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcf3
	.quad 0xff34e43160487f07
	.quad 0x0a61650d0f94f984
	.quad 0xffffffffffffff7c
	.quad 0xfffffffffffffe88
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x00000011d9f629bc
	.quad 0xfd68dc017d149297
	.quad 0x0045277efedea999
	.quad 0x00000000000003aa
	.quad 0x00000000000003bb
	.quad 0xfffffffffffffd97
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x7a9f45b1bbec4c41, 0xbc8ddc588145b87f
	.quad 0xfff4eec604ae2612, 0xcf8000014cb60c10
	.quad 0x3ff5000000000000, 0x3ffe000000000000
	.quad 0xa5e2f2caffdcfc75, 0xbf06600000000000
	.quad 0x7ff4cbafa748387c, 0x48e4b5562252af1a
	.quad 0xffdfffffffffffff, 0xc0606efe10ef2c43
	.quad 0xb63327b2f7cfec36, 0x95392f19766e6533
	.quad 0x8641f66f97ab7c00, 0xfb822f910e86f2bf
	.quad 0x710b0f5d6d1f7d31, 0x4011000000000000
	.quad 0x7f8aff6dd9ffffff, 0xff7fffff81000000
	.quad 0x7ff0000000000000, 0x865d9682da7f0e05
	.quad 0x0000000000000000, 0xee0eb4ff55cffc00
	.quad 0xf1e14f1da460dc47, 0x35b00000ffcc5089
	.quad 0x06a51468fad7bfff, 0x69ff00019cf2fa68
	.quad 0x41080000ff800000, 0xc1f0000000000001
	.quad 0xb666dbbd1d40cd96, 0xff800000c0800000
	.quad 0xc6c8c18bffb97b1f, 0xc131600000000000
	.quad 0x4741d13641d1a26c, 0xfff87347f81f9bb3
	.quad 0xfda873e03a027985, 0xb881c6edc29897d9
	.quad 0xc0b00000ff8ff866, 0x7ffecae54ce547ec
	.quad 0x7ff687af8905729c, 0x433fffffffffffff
	.quad 0xd0df9ac6ff80499c, 0x7fe4a3a6ec62317b
	.quad 0x40a4df7a52d6a017, 0xfffbcc5930a8e5a2
	.quad 0x407092ced2d53f7e, 0xbf7708edab754046
	.quad 0x499680dc7ffa0980, 0x7eda05fb7fc00000
	.quad 0xcabcb3a45f1f6609, 0x4f008ff72d76d4eb
	.quad 0x7ff0000000000000, 0x2d8ba730fff0a6b2
	.quad 0x621dd2b4a123b002, 0xd545d09eff704480
	.quad 0x7ff8000000000000, 0xefee556de909511a
	.quad 0xce6e2d19fde7fcfe, 0xfd97a9317b543f8b
	.quad 0x00000000e57b37ae, 0xef8853e7efef3fdc
	.quad 0xfff0000000000000, 0x644e3ae05aafeb2e
seed48:
	.quad 0xfaa94d66516f4259
	.quad 0xfffffffffad90f19
	.quad 0x6b55f0fd960db424
	.quad 0x0000000000000000
	.quad 0x000000000e2d0253
	.quad 0x00000000000004f2
	.quad 0xf0fbdacca07ebfdc
	.quad 0xffffffff80000000
	.quad 0xfffffffffc4f9d11
	.quad 0xfffffffffffffc9b
	.quad 0x000000000d203c6d
	.quad 0x0000000000000255
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x00000003f810d335
	.quad 0xffffffffffff6a5d
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x8cdf29bfbfb405a5, 0x81997d5b88ff560e
	.quad 0x7fff6a6f7befedcc, 0xff95dbd9bd1cc071
	.quad 0x3ff935fe52c5c1fc, 0x7735e8c2fff39bc5
	.quad 0x1dd0dc20fc077d30, 0xda514516c8ffffff
	.quad 0x403b95b0799190f1, 0x46d2c11614537935
	.quad 0x7ff46dec70358317, 0x00ddd6a60010acab
	.quad 0x8a5e658c994f0000, 0x20893741ba41786f
	.quad 0xefaba6837fffaa30, 0xbf9e000000000000
	.quad 0x1a3e9019ff800000, 0xc7c000007f800000
	.quad 0xc8c91e7efd8f78fd, 0x73dca6fed6ffecb7
	.quad 0xf8a919bc4bc7fd26, 0xffdfffffffffffff
	.quad 0x3facfb9b3bb47054, 0x0006d4160bba0000
	.quad 0x4050000000000000, 0x43840000ffbcadef
	.quad 0x874783a45c9cf26c, 0x0000000000000000
	.quad 0x8019c430ac961675, 0x4408bde0fe6b59e6
	.quad 0xc1321d5078097be0, 0x19f3d83d5f87dfdf
	.quad 0xfff4c20d54e969e5, 0x7f1518f7ffe4c380
	.quad 0xffa8fb930706200a, 0xe77ba035fff4c596
	.quad 0x3bf8651acf000001, 0xffb9cbc3ffc725a8
	.quad 0xc0a800005a000000, 0x4019e6a5450c0000
	.quad 0x8004b9033e3dfc5b, 0xff8000002667e1ba
	.quad 0xbfc6af7237286fa3, 0x69b4e3067f868000
	.quad 0x7cfb8be600b87eea, 0x489e554ba1b8e65b
	.quad 0xd4f3a826f7b3ffff, 0xc045c189847470c5
	.quad 0x3ff8000000000000, 0xfff08e7d595ccf81
	.quad 0xbffffffffffffffe, 0x53c07448efeff9cd
	.quad 0x56f9ddcf2acefd44, 0x651ad06f20710430
	.quad 0xff800000811afcbd, 0x0066464bbf38d64d
	.quad 0xfdb85b8199f59e37, 0xff0000003d360000
	.quad 0x2c442bd70c0f9e07, 0x1267853cc93f0000
	.quad 0x1b89c9df807e0759, 0xffdba2e14b11ec5e
	.quad 0x0000000000000000, 0x79022384ffbf38f8
seed49:
	.quad 0x0000000001000001
	.quad 0xb270d784ebf4c178
	.quad 0x00353acb6c5cd872
	.quad 0xd9cdb60bfb98c4a0
	.quad 0x0000000000000000
	.quad 0xfbbccdde47a8c91f
	.quad 0x00000000000000f9
	.quad 0xfcb89b6a697c1a7b
	.quad 0x000779442247bf15
	.quad 0x0000000000014a04
	.quad 0x000000157ca87482
	.quad 0xffffffffffffffff
	.quad 0x3aa969fb87bf30f6
	.quad 0xfffffffffb80ed1b
	.quad 0x9a55840464a095c5
	.quad 0x0000000100000000
	.quad 0x04400000
	.quad 0x30000000
	.quad 0xffc0000080000000, 0xde0e7e2c12bcc51b
	.quad 0x43ca64037f6ffca2, 0x8000000000000000
	.quad 0x3e8000003c55cc35, 0x95e8d715d7cd8000
	.quad 0xbfbe9d93fbfb2b5b, 0x26db8efbf99f3e7f
	.quad 0x0a8540d8d6aa1811, 0xff9361a27fbb422e
	.quad 0x7c1f6b9b16310000, 0xd5bca28a47fd3e00
	.quad 0xdc47a13b80000001, 0xc1df176c817fffff
	.quad 0xc1e30946bf440da1, 0x1c045dce2289c9e7
	.quad 0x00089c45d42ce4ac, 0x2f1f04649d497bfe
	.quad 0x5a00000147fffffe, 0x04c639067d172659
	.quad 0x408e000000000000, 0x0000000000800000
	.quad 0xff800000c7000001, 0xff8e4b483e800000
	.quad 0x9cdb5af7c0080000, 0xaec415d8edcf8042
	.quad 0x62941688ab093c80, 0xf6aab8f97f9e56f4
	.quad 0xb7930942bfb9feee, 0x7f80000076b7fdb5
	.quad 0x418c4377c341085c, 0x004ff2687fc694f0
	.quad 0xceb092e57edb53d5, 0xc01d8226c1060000
	.quad 0x3ffe9f8dbf800000, 0x00bc81088c14acee
	.quad 0x402578e8f071c44d, 0x40a000003e9802f3
	.quad 0x7f7fffff54000001, 0xc07ee99d96f22dfa
	.quad 0x7f4df9c9d03d7852, 0xcc9714562dfbfe00
	.quad 0xbe920d1abd900000, 0x43919261b16ef322
	.quad 0x4b2b9b7bc77f7637, 0x934b09d7ffff5fbf
	.quad 0x781f8bb5ffc77a29, 0xa9135ba592b1d95b
	.quad 0x6514ecdce1eb72bb, 0x59e22cbefefe3aab
	.quad 0xffd0e8ef3f13c49a, 0x9a0e943b26935ce8
	.quad 0x8c9d146afd879c57, 0x007bf777744fee35
	.quad 0x0ecd40a44ad08000, 0x40761dd1f0ba2524
	.quad 0x61b322957ff2fc64, 0x42e7ed30f0f4f909
	.quad 0x8b6735e6212d8bc4, 0x800000008054cb15
	.quad 0x7f9c2f57ff8883f8, 0x00ac31d43466066f
	.quad 0x7ff8000000000000, 0x468762edb5b079d7
seed50:
	.quad 0xffffffffa9ca5f98
	.quad 0x000507c53e672550
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0x00000ad727557622
	.quad 0x000000000000e3ad
	.quad 0x15a1988c0e882c5c
	.quad 0x000000007fffffff
	.quad 0x00000000000002d3
	.quad 0x00000000000001ea
	.quad 0xffffb839ce941d16
	.quad 0x94b298b967bd81db
	.quad 0x00000000000112ae
	.quad 0x000000007fffffff
	.quad 0x9b4bf8d7fc7bb3ac
	.quad 0x0da9c7e8b736400e
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x87b3b8fc012df978, 0x238ef81cc8cc8688
	.quad 0xc0f0000000000000, 0xd3cd9a21b08cffa0
	.quad 0xc0ac200000000000, 0x7ff12217a35defcc
	.quad 0xfff0000000000000, 0xf3730d94f3fdf7e3
	.quad 0x574a0cb7cc3a3660, 0x1f0065197f9a0000
	.quad 0x7f80000000800000, 0xc0409a0c53ddf647
	.quad 0x015a201fffbba738, 0x1364b214160e5195
	.quad 0x8043e9587e636d81, 0x401a34dd0ec61e8f
	.quad 0x6e2a598ebd0b5d32, 0xf9a1e42738d1dacd
	.quad 0xc0c200007f800000, 0x804000008440ba8b
	.quad 0x3eda685c3bb3a7d5, 0x0000000000000000
	.quad 0x515e822fefdf9701, 0xbd3c00003455ee8a
	.quad 0x0c7d08cafa9ff776, 0x57188a05efd3bfeb
	.quad 0x8076be15f3714584, 0x800bec9b008954a1
	.quad 0x0026d3cd1baa055d, 0xffe0000000000000
	.quad 0x84e8b03448e00000, 0xbeca9798bd87d5ab
	.quad 0x14190e5ab0ec2f42, 0xcf7fffff80400000
	.quad 0x8c6cb6e14f800000, 0x4012000000000000
	.quad 0x8140d20f41033638, 0xef0bcd46778f7f4d
	.quad 0x820558f575b92f05, 0xc098000000ffffff
	.quad 0x34c8567b45968f8d, 0x3f4197d95a7fffff
	.quad 0x7e7ba4037b551d38, 0x836667fd51199b91
	.quad 0x4e50b7fe9220579f, 0x6873b6a805e4fc00
	.quad 0xbfdde00e36516494, 0x60d3dcc5d46bb718
	.quad 0x6421416819615594, 0x4161c5ccb7a8772e
	.quad 0xdf87b69a20f5c604, 0xfff1a169712da739
	.quad 0x17b1730c2dd70000, 0x96713d19ff8bc202
	.quad 0x8000000000000000, 0x6fa80f6d127403ff
	.quad 0x814c14417fc42b1a, 0xab5c34dcb9db16a5
	.quad 0xcd1460b15f941eb4, 0xebcdd877a1b87f54
	.quad 0x4007fbc93fa1e8e0, 0xc116000000000000
	.quad 0x5bf39f6bdc94d800, 0xbf2d100000000000
seed51:
	.quad 0x0a08689d719c03e7
	.quad 0x8000000000000000
	.quad 0x000000128e1affc4
	.quad 0x00000000000561ec
	.quad 0x0c8a8dd595cd7994
	.quad 0xfe0857edaef8979b
	.quad 0x0000000080000000
	.quad 0x2ad420926764dbfc
	.quad 0x0000000000000abe
	.quad 0x0000000000000095
	.quad 0xf74c2509c2c4fee5
	.quad 0xfffffff3cc6be0f7
	.quad 0x00000000000000d5
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x856716c238ed9f9f
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x46a624a5fec9f7bb, 0x7fada27bdbfebfdb
	.quad 0xc002000000000000, 0x4006b591d40b8f9e
	.quad 0x002ce9377f800000, 0x00000000be76fd3a
	.quad 0xc3ed4aa28dcbe9ad, 0x802371027f800000
	.quad 0x407f5b9e1d852f56, 0x7f800000c18bdee9
	.quad 0x44e49de5f9febfff, 0xedc2c9b43d87b4e3
	.quad 0x801fffffffffffff, 0x400245a537238000
	.quad 0xbf7169bfcebd9b5e, 0xffea919869bb11ce
	.quad 0x73905493a553f1d4, 0xbfe565933be799f5
	.quad 0xaef0c8a1bffc4d50, 0x02535110574e5c5e
	.quad 0x000425c05b86aff4, 0x843cc4d3fed9fdf3
	.quad 0x4e6a60a787ffebe3, 0x0e1c9305ffff777f
	.quad 0x7fcf3b6bff800000, 0xd9ffffffea9efcb4
	.quad 0xb9e00000d9901ec1, 0x7ffa5b62c7cd8767
	.quad 0x11a69d7d7deebffb, 0x9865aa8b99fda5f4
	.quad 0xa1fe45c1bed2cb58, 0x40097f41ffa4aaad
	.quad 0x7f9988db7f800000, 0x9a10f91c94257078
	.quad 0x07131cf95f5bff67, 0x80000000f9736d1a
	.quad 0x64c2f2ffbd68fe00, 0x3ef844bc9684c0b0
	.quad 0xc0e3a00000000000, 0x6fd6a6b9bf9ff4a7
	.quad 0x2aa2cad14a577ddf, 0x505334ceffc66df8
	.quad 0xc0a40000bba2a952, 0xc03f7fabb1036bf5
	.quad 0x43f5a576ffbc7fe1, 0xbfa0000017db042a
	.quad 0x422591a47f933555, 0xbf9971b89053a254
	.quad 0x00a0659480000000, 0x4008000000000000
	.quad 0x0c3f3c037e960000, 0xfff5b2425c3e840d
	.quad 0x3fd2c5c80d29d350, 0xbfa1c10723608836
	.quad 0x3cd72a653a000000, 0xff1489224303edff
	.quad 0x00000000fc5e29a2, 0xc108000096d6c300
	.quad 0x45e3df0df07acc90, 0xbfe572f3ee7167cb
	.quad 0x3d4f70f0cdced4f9, 0x036c3f10223394bd
	.quad 0x515089e95f000001, 0x43ffffffffffffff
seed52:
	.quad 0x0000000053c655e3
	.quad 0xffffffffffffff87
	.quad 0x00000000ffffffff
	.quad 0x12c3e135de9e3895
	.quad 0x8000000000000000
	.quad 0xfffffffffff869e4
	.quad 0xffffffffffff9ede
	.quad 0x2bb2400b6d4c409b
	.quad 0x0000000001000001
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0x00000000000002ab
	.quad 0xfff53942252d38fa
	.quad 0x84bfbe0187fda09f
	.quad 0xffffffffffec564d
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x69d66e15b23feeff, 0x690bba2e6e2ebcc2
	.quad 0x957d53d340b977ff, 0x406d8662442ac977
	.quad 0x611e212618b9ab3b, 0xc2a6314543d8011e
	.quad 0xc2618a6a3d1783ff, 0x401c000000000000
	.quad 0x3cafa7a27fc9a231, 0x8001b3e5ff89c3ba
	.quad 0x8263a43fedb5eea6, 0x83aace2fd8d20a37
	.quad 0x32718fd3a0935df6, 0xffdfffffffffffff
	.quad 0x3082f432ceaea1cb, 0xb3ed950520805a9b
	.quad 0xf31651081abff7bb, 0xff8dbf2c0060d389
	.quad 0xc83a91dc853a87f0, 0x0173dfb5ffdf7ef5
	.quad 0xc0b9000000000000, 0x670b7f5807158001
	.quad 0x40000000bfe00000, 0x810f8a56f07551e5
	.quad 0xbff8000000000000, 0xc06000002a6d4f91
	.quad 0x0000000000000000, 0xb43878f010b43883
	.quad 0x3f000000bfabf67f, 0xfa77eb7f6b3bf5dd
	.quad 0xc0e0000000000000, 0x411a0000cfffffff
	.quad 0xc330ae5943180000, 0x3fb3044dc6eab5ba
	.quad 0xbde42c5a4081da5d, 0x3de3c0beb0a50075
	.quad 0x15864c74ff8095f7, 0x2ac57e0b1ddfffdf
	.quad 0xbf9e856115681052, 0x7ff135ca4be156db
	.quad 0xbfffffffffffffff, 0x000000013f007b3e
	.quad 0xff9385b6806c4628, 0xc83a0000a5eb31e3
	.quad 0xbf78f1f321d6a02d, 0x7fae4b8380400000
	.quad 0x1262294b00503c0f, 0x830c836d50160291
	.quad 0x806fbeaa96a37fb3, 0xbf966650487ea75c
	.quad 0xb499dedcdf092dc6, 0xfbb990d846cc7888
	.quad 0xc0d80000ff800000, 0x729f008c079628c7
	.quad 0xd90a8f597f8ce328, 0xac9e965099e023f2
	.quad 0x8e9d8c3aa02b0797, 0x8f60e901bc9bc309
	.quad 0x9e5c749cad5c9a9b, 0xa855fb0543890bff
	.quad 0x1d039739bff87d4e, 0x88baf261cf7ffffe
	.quad 0x4049800000000000, 0x0000000000000000
seed53:
	.quad 0x000000000000370d
	.quad 0x0000000000000326
	.quad 0xfffffffffffffc32
	.quad 0xe27cfbd815353f96
	.quad 0x00000000000003d6
	.quad 0x0000000000000000
	.quad 0x000000000051d9ea
	.quad 0x000018190de09aca
	.quad 0x000000000000038c
	.quad 0x0000000100000000
	.quad 0xfca3d14b91c87db4
	.quad 0xe31660982d089ecc
	.quad 0xd58316695153353a
	.quad 0x0000000001000001
	.quad 0x0000000000000227
	.quad 0x4ef4b359dfdee898
	.quad 0x01000000
	.quad 0x30000000
	.quad 0xc02c5c255348257f, 0x6a43b571ffefba00
	.quad 0xff800000d54eb6e5, 0x4662e74975c48bf3
	.quad 0x7e8cdc2aaba84a2c, 0xbae7d8547f8ec6fa
	.quad 0x40373c4efbbc2659, 0x5dbf2ead57ffffff
	.quad 0x403e0f21d25aa754, 0x8407d73b8c99fbfd
	.quad 0xa67b78ac7f800000, 0xffaaf9b159fffffe
	.quad 0x598e33682a6e748d, 0x7f5b5de68c6b0273
	.quad 0x00ffffff000cd4e4, 0xbff4000000000000
	.quad 0x002fffffffffffff, 0x0080000062f5dab0
	.quad 0x7fccddb9742ca29f, 0x16bcd5897fbeafff
	.quad 0x407292bc6cda7c00, 0xbcbc232680400000
	.quad 0xde19cf8ef19deffd, 0x3f68000000000000
	.quad 0x7ff8000000000000, 0xc1e5cb82032deec7
	.quad 0x3fed74768c6dc1e2, 0x3f13000000000000
	.quad 0x43f05c90e3b6fe1c, 0x9648779e49848279
	.quad 0xbf84755d80a3e34c, 0xbd193054cc296b5d
	.quad 0x4079cd7a21385b88, 0x0167191ce650cf04
	.quad 0xc01a800000000000, 0x000000003edb9672
	.quad 0x3f9eb8d83d0e2ceb, 0x8278544abd1dd291
	.quad 0xd9f97687bfb80000, 0xdf626bdbfefb9ff1
	.quad 0xc068000000000000, 0xc878b776df7d531f
	.quad 0xcf8b50bbfdb38691, 0xc0a800007f800000
	.quad 0x0010000000000000, 0x8040000098a53551
	.quad 0x0a4da67d80ee2700, 0xc9f903ffd6fddf3f
	.quad 0x9d23ee9d0078f05e, 0x00cdddfc01b69458
	.quad 0x7db48bc5dd7fffff, 0x8154825fffefff33
	.quad 0x3fd0000043ad8097, 0xffafa8994a5534a0
	.quad 0x713f6fb1813a05e5, 0x39c000006a49cf91
	.quad 0xfe5087f842a98c90, 0xfe7de7d7a90220ab
	.quad 0x47e82b6fbdd9ebf8, 0xfc0ba4e691e7ffbf
	.quad 0xc03e900000000000, 0xc00000014f7ffffe
	.quad 0x7fff49cbfa515878, 0xccf7495d7fddbd3b
seed54:
	.quad 0x000000000001a2a1
	.quad 0x000000000308c042
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd6d
	.quad 0xbf9afee2d7c8108a
	.quad 0x0f00611970c661d1
	.quad 0x0000000000000181
	.quad 0x0000000100000000
	.quad 0x000000000000000c
	.quad 0xdc64957f2893b102
	.quad 0xfffffffff161cd4b
	.quad 0x37cab27b72ca35ad
	.quad 0x000000007fffffff
	.quad 0xe1a8974df74fbd8f
	.quad 0xfffffffffffffb5d
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x6b18be8ee9fbfe98, 0x80034092e76add2b
	.quad 0xe8eb69cf7fbffef3, 0xc016800000000000
	.quad 0x80190534f8f0352e, 0x80b94e2b93ac8c6a
	.quad 0x2f7a500f7f9e1320, 0x7fceaa96ff800000
	.quad 0xfff9178ed86c5d50, 0x81a5a55fcbe82977
	.quad 0x6d71d0189357dfbe, 0xbf91f473e7dfb3f0
	.quad 0x00000000ffc00000, 0x7f94d00000000000
	.quad 0x7fffcfc0e0e81e8d, 0xc21889b898dc9f7b
	.quad 0x3ed4000000000000, 0x85a9322cef61b9d2
	.quad 0xc065d1bb4d1c0443, 0x3f8419b2754825b3
	.quad 0x4019c979389914c5, 0x528671de7b1bdc7e
	.quad 0x622d577effeeeeef, 0x1912e2f54f7fffff
	.quad 0x3dbdd21c7ff334e8, 0xabc3de60effffffe
	.quad 0x8cffeb6df1da7bc5, 0x68c22e37dd4b395f
	.quad 0xe53d5fb586b58506, 0x4780000147cba6a0
	.quad 0x02115980ffb9842a, 0x7fbe55fa817fffff
	.quad 0x0065f371c00ef0c0, 0xfff720c3a99def8a
	.quad 0xb06c5991c38147f8, 0x5ae388ac4e6dce00
	.quad 0xd3fc0a2baba52323, 0xc898e4b3414f0000
	.quad 0x3ee2c00000000000, 0xc17324957fffbcff
	.quad 0x2d2cd29b015ac300, 0xdacf625877963d70
	.quad 0x4022c00000000000, 0xb800544a88e93493
	.quad 0x0c2d3cdd51442ce8, 0x5ade54e60b6502c1
	.quad 0x7fd313c05a7fffff, 0xaee9ed5bebb7ffff
	.quad 0xf239dc771f8005da, 0x8000000000000000
	.quad 0x000000007fe10a7b, 0xfff8000000000000
	.quad 0xbf70a59a59c710e8, 0xffa607b6fe65dfa3
	.quad 0xfff0000000000000, 0x3c83e48c8f865c0c
	.quad 0xc018000000000000, 0x92e65c8f3f578000
	.quad 0xc365e037bc5ed1cd, 0x7d849f8f7f800000
	.quad 0x719839f47f91fc00, 0xad00cee9a9a3ff61
	.quad 0x82d3befade1d4400, 0x371363fb95d3b892
seed55:
	.quad 0x24603a59aae2c186
	.quad 0x76bcc78a707003de
	.quad 0x81128090b4c2bf83
	.quad 0x000000007fffffff
	.quad 0xba021180bfff65a2
	.quad 0x00000000112c1d89
	.quad 0xe7ae3183034235f8
	.quad 0xffffffffffffe771
	.quad 0x0000000000000181
	.quad 0x00000000000002bb
	.quad 0xf8d855caff0febac
	.quad 0xbf3ae23df4bf953b
	.quad 0x60164d31174fd460
	.quad 0xffffffffffffffff
	.quad 0x35f55e91c362bd29
	.quad 0xfffffffffff5124a
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x7fdfffffffffffff, 0xffe5700492478aed
	.quad 0x36c098e8ffbafd64, 0x41e00000c1040000
	.quad 0x4058a739ef9308f5, 0xff800000ffd9fd7b
	.quad 0xc058000000000000, 0x270c8e06bfea23aa
	.quad 0x0011e1cf48f00000, 0x0e69e7e97fa078b6
	.quad 0x831aee82193b4918, 0xfeacb56840d00000
	.quad 0x80236ed400541cea, 0x3f7de35c13807a21
	.quad 0xbe2e6cd206c19da2, 0x9a81cd19bfc9edf4
	.quad 0x27e9bf92c77c352d, 0x7f8b5672f7958cd9
	.quad 0xed80f6fcffddf7fc, 0x018f35954fd65b39
	.quad 0x940e95fbfbbdce91, 0x42ce75d7021d852a
	.quad 0x3c83b684f3ff8fff, 0x40f0000000000001
	.quad 0x5620baac76300d4a, 0x04eb787efce1ba88
	.quad 0x10ea85075ffe3c4d, 0x3fa89b3d7120c117
	.quad 0xfff8000000000000, 0x36144ab3ee20ef9b
	.quad 0x8028c4a9fff84520, 0xfff0000000000000
	.quad 0x8f746f2b7fae5ad2, 0x3f7e6dac7f49abd1
	.quad 0x7f540f906abbc8c7, 0x193ab8e74b027880
	.quad 0xf47415b37f88c85c, 0x8049df2042f35c40
	.quad 0x7ff0f547280d05e2, 0xfff8000000000000
	.quad 0x81686d7edcbc1d9a, 0xf4dbbad2ba700000
	.quad 0xffc000005a7ffffe, 0xb6900000c3ccbb8a
	.quad 0xbf7e378458249c1d, 0xda9a0d56e0f3c880
	.quad 0xff3adb619114164c, 0x8273e0d73b140000
	.quad 0x2a13329aa0b448a6, 0xb9000000c117ac93
	.quad 0x826e79fa7faef3b9, 0x63f63ec1ffffffff
	.quad 0x95fb3e1947800001, 0x6bca9e4c7f1901a8
	.quad 0x8025abca2b24472d, 0x7ef150a83ff04140
	.quad 0xefbe785f473efc00, 0xfab01e5b806658cc
	.quad 0x7f9c3ef7973c3078, 0x7ffc844fa10db9fb
	.quad 0xffc000007f958c96, 0x527d628bf9fa69bd
	.quad 0x801fffffffffffff, 0x91c5cba0ffca874c
seed56:
	.quad 0xcb4629df84ae9fb7
	.quad 0xe0464257779ff5bb
	.quad 0x894961d0e69976c7
	.quad 0x0144a04a66ef76fa
	.quad 0xfffffffffee7a243
	.quad 0x00000000187f06b3
	.quad 0xfb3d35be6ad72ec6
	.quad 0xffffffc638e6e623
	.quad 0x7f003ac038fb2e8a
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x0001ae0ee39a106a
	.quad 0xeb828ef83198ad89
	.quad 0x21c8eab15e22f044
	.quad 0x0000000000000fb6
	.quad 0x00000000000000b1
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xf8039a85bd38e7ca, 0xecf908a7df7e87c0
	.quad 0xbff0000000000001, 0x261e23920e79fbfe
	.quad 0xf6d4a9c612c8edc6, 0x4030cdcdd010cb8d
	.quad 0xdfa85ecdffeb7f71, 0x0859f2c880000000
	.quad 0x5edb8c88d32c7c00, 0x7ff40b2c4f1550f0
	.quad 0x0aff6d77bde79ea3, 0xd5362708312bde00
	.quad 0x9a3de75ee3fffbff, 0xc33e64e2e3a56ab6
	.quad 0xf47b9c041ba1c618, 0xff000000fc45f137
	.quad 0xff80000040c00000, 0x7ff0000000000000
	.quad 0x7fc0000000000000, 0x0000000000000000
	.quad 0xc05169d300400000, 0x3c11464eaca3ed3d
	.quad 0xd33540811f4a54bc, 0x6ce6e004fbe4fcbf
	.quad 0xa9db1d7a350dba00, 0xd4282100bb123623
	.quad 0x824e92a0feffffff, 0x270667dfffb2fd7b
	.quad 0xffc000009bcbd5a7, 0x801fffffffffffff
	.quad 0xcbae522227fdf80a, 0xbf96133f8d631fb4
	.quad 0x3cbfa2abffc00000, 0x80000000bc742af7
	.quad 0x8a8af335c2b2c4ed, 0x405f9a697fb1b8fc
	.quad 0xc2780000005f8f7a, 0xfe25202c8ecf807d
	.quad 0x00000000ff800000, 0xb73000001bfcf325
	.quad 0xc318ec8f407ffffe, 0x6da43a2ef7ffebdf
	.quad 0xc1e0000000000001, 0x9325154bc7000001
	.quad 0x405317a4eeebf3f6, 0xfff1bd4c5ff2586e
	.quad 0xffb2c2f0ffe8a8db, 0xc069087e6657bc41
	.quad 0xd8f1834de73d458e, 0x400e000000000000
	.quad 0x8008000000000000, 0x416176ddfe71b5f4
	.quad 0x800000003f800000, 0x949b53a5782e7984
	.quad 0x38bada7377f72442, 0x910a605a7fc00000
	.quad 0xffc000004267d083, 0x376c00002470bd16
	.quad 0x0000000000000001, 0x075c41d287f0023a
	.quad 0xbcae28de954b2489, 0x84458d65d1407b9c
	.quad 0xeb716822ffa9941b, 0x000811825f8332c4
seed57:
	.quad 0xffffffffca9b500f
	.quad 0x000000007fffffff
	.quad 0xe6eae43d998e60fb
	.quad 0xfffffffffffffce4
	.quad 0xffffffffffaf19be
	.quad 0x0957fa0e3583d6d2
	.quad 0x50de47b0653d84d2
	.quad 0x0020000000000001
	.quad 0x000000000002c76d
	.quad 0x00000000000003d1
	.quad 0x0000000100000000
	.quad 0x038bec756827c304
	.quad 0x000000000ea6fcd2
	.quad 0x56438efa32440fc5
	.quad 0xe498eed5c9343972
	.quad 0xffffff1bd2da52a1
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x3c1fc05780000000, 0x7f5ff3263a9a8707
	.quad 0x6813a380be0f5e42, 0x2fce94ffe7eddbfd
	.quad 0x3c45de55ff9d1d0d, 0x0035cd29ffe9299b
	.quad 0x000000003f800000, 0xda7ffffe80000000
	.quad 0x750bc3de7f9c574b, 0xba814d5d63499e00
	.quad 0x0004d440397d7391, 0x07e9874dff7fffff
	.quad 0x94710bf7ffdbfe7d, 0x000c700e9996c62c
	.quad 0xc23a96e4bd172971, 0xdf0000003c120000
	.quad 0x8000000000000000, 0xff581393a4c1498e
	.quad 0x43170cc7327d75e6, 0xed619c4f5c410001
	.quad 0xcc9ee2ec01b8f16a, 0x4045000000000000
	.quad 0x6f6e0dafffc00000, 0xa93db6b1dc79c300
	.quad 0xff9a8303df53c117, 0xafff4afeb132ddc8
	.quad 0xbb84b77cff8a3d3f, 0x1e84ffed71677e00
	.quad 0xc3e0000000000000, 0x13fcf9d0098fccc5
	.quad 0x0000000000000000, 0xfcd77f6e7ad05263
	.quad 0xffc000003db874cb, 0xbfc7ae4f1cd510a0
	.quad 0xc43cda6b4eeae956, 0xbfeb922b68c30937
	.quad 0xbf329ee1d6f5dfb7, 0x7f9b796da9a7c56d
	.quad 0xbfe5800000000000, 0xfff8000000000000
	.quad 0xf63511a079ffdaff, 0xffc000007caff9d7
	.quad 0x183c46c6e77e7c7b, 0xa482c893d6f3fd4a
	.quad 0x40bc800000000000, 0x7f73e1a793807190
	.quad 0x3f8bbc8f561bcd61, 0x0a00af89fd644780
	.quad 0x3f800000007cd80f, 0x295f37bf4da6f672
	.quad 0x7e7f098b844067ac, 0x2442f3ef6f708e78
	.quad 0x80800000007fffff, 0x8718420ebefa8000
	.quad 0x00000000ba740000, 0x402b5ea271952e0d
	.quad 0xbb4e635b22a5f400, 0xffc31832bd1b5cab
	.quad 0x96768766f7f76f73, 0xdfc1507001686df0
	.quad 0xc343464ce7fdfe28, 0x92c9733dcdfcff73
	.quad 0x7837135bbdfd46ff, 0x39bab4ba68e0fd8f
seed58:
	.quad 0xfffffd19f56f5826
	.quad 0x0000000001000001
	.quad 0x0000468b0c7453ab
	.quad 0x0000000000190ee3
	.quad 0x695d06914335e6d9
	.quad 0xd32f7b1f6ea2ea7c
	.quad 0x7a57582d9a6fcc75
	.quad 0x45dedc917a816054
	.quad 0x3058cf144b4ab45b
	.quad 0xfffffffffffffd72
	.quad 0xae93c501867bcd56
	.quad 0x0000000080000000
	.quad 0x00000000000000df
	.quad 0xfffffffffffff1f5
	.quad 0xff958c3b7f636598
	.quad 0x2b2e154b23465a04
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xbbaefabd7f757c00, 0xc13a114e9afdd823
	.quad 0x7f59f1294f80bdc9, 0x764f7d495fdfdd47
	.quad 0x73852e2fffc00000, 0xff034ed040e00000
	.quad 0x0008000000000000, 0xc00b4a347bb6897f
	.quad 0x71929b886270c369, 0x38fb3cfcb73d76ef
	.quad 0xfff8000000000000, 0x478000010a942e01
	.quad 0x7ff8000000000000, 0x40ad76c6806d626a
	.quad 0x77ae769ff5edd6a0, 0x8000000000000000
	.quad 0x1eba4da51d831680, 0xc01b3d97d8937131
	.quad 0x8802ae20ea4d0373, 0x98b9b72a65a7cff7
	.quad 0x000df38db2601c24, 0xfff8000000000000
	.quad 0x3930000000000000, 0x4014800000000000
	.quad 0x41bc836cffa97911, 0x16c4108b7fdbfedf
	.quad 0x007fffff80000001, 0x9c651157fff77be6
	.quad 0xc9b2000016e341e3, 0xd4290278b0559b09
	.quad 0x00017482d2c5ce14, 0x53270b0c8399ad11
	.quad 0xf7453b58ecaac580, 0x3f800000ff800000
	.quad 0x7f9261220e95ee44, 0x4044eae7854e6fcc
	.quad 0x1d01355e8531d980, 0x4fb771a49c4161d2
	.quad 0x7496d3327ffde6c0, 0x8cb0c643def3bfbf
	.quad 0x82b89fa08eb3b312, 0xbe80000071b3b8cb
	.quad 0xe236fe3c8b2b477b, 0xc33ffffffffffffe
	.quad 0xbfbb344efb14657f, 0xfff8000000000000
	.quad 0xb0836a238a802447, 0x404fb1bc6cefc7a6
	.quad 0xfff0000000000000, 0x800fffffffffffff
	.quad 0xc7c26885c515af10, 0xff8000000030d451
	.quad 0x7ff0000000000000, 0xa25366d5d7ff7e3d
	.quad 0x8024f6d78013488c, 0x4078000000000000
	.quad 0xc0e000000989e66b, 0xc013800000000000
	.quad 0x80af1322ff3baa00, 0x96eb4fc78fdde59d
	.quad 0x240f9abdcbd0c4c0, 0x8014aa414fc4e780
	.quad 0x80569f9dff3b5a37, 0x23f9322d615b51b8
seed59:
	.quad 0x00000000ffffffff
	.quad 0xb3f55c3cefdb7248
	.quad 0xffffffffffffffff
	.quad 0x48133845203ea02d
	.quad 0xffffe4dafa72a637
	.quad 0xffffffffffffffe9
	.quad 0xfd495638f0f34656
	.quad 0xfffffffffff0e7b0
	.quad 0x95b097c706ffa6a9
	.quad 0x0004e11c66f3fcac
	.quad 0xf120185f7695349b
	.quad 0x00a8890b730de0a7
	.quad 0xfffffffffffff930
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0xfffffffffe476bf1
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0xc0781724ebe5dfd0, 0x7fc00000f9a4de2e
	.quad 0x48772721bd100000, 0xfff0000000000000
	.quad 0xc0940000c18020ba, 0x822ba2d8fc247620
	.quad 0x1ce79d0fccfffe00, 0xc060a9b4745802f5
	.quad 0x80008828d6b18312, 0x7fc00000a9e6c282
	.quad 0x3fef0000c263f50a, 0xbdd8878380400000
	.quad 0xfe8825e6bd5018b4, 0x7aa9f3b8bc4cedda
	.quad 0xfff0000000000000, 0xffdf1efcc1020000
	.quad 0x8000000000000000, 0x082cc09cb4dc0000
	.quad 0x3ef7400000000000, 0x42ff01d5c0e00000
	.quad 0x95959b773d7fffcf, 0xeb547628f3f7fff7
	.quad 0x5d174a00c48b0000, 0x0000000000000000
	.quad 0xfff8000000000000, 0x513ab1c79ab7b3b7
	.quad 0x8303ee26f52d2c87, 0xc070be64e689b484
	.quad 0x031ee950ff9def91, 0xa521213009696837
	.quad 0x7fc000007fd6a9fb, 0xb2276752909dff93
	.quad 0xc03000002d5e5680, 0x0399c9dadfdeaca6
	.quad 0xb3f882aaced5dc7c, 0x0000000000000001
	.quad 0xe0eac9c1c8de67b4, 0x19af9cec09310000
	.quad 0xffa8ded540d00000, 0xbfc93335b3a53224
	.quad 0xffd0000000000000, 0x436183317c259158
	.quad 0x7ff6fb72002b1f2a, 0x411a0000ff908ea8
	.quad 0xc4e856a4f71b9bef, 0x80752d7c07a58000
	.quad 0x68b9c9d4c844fbff, 0xff800000ee808777
	.quad 0xc02690a83eba99c8, 0x600000003fa5363c
	.quad 0xec8f4992ff9bfda4, 0xff800000ffc00000
	.quad 0x7ff0000000000000, 0xa0a005d8e3ddd7a6
	.quad 0x4036bcde6a086f64, 0x3b54b0b98033c636
	.quad 0x1da60badeb5d9bc8, 0x3feb800000000000
	.quad 0xbfc2f74537e04345, 0xee6d887381302ba9
	.quad 0x2ce2980dacd91297, 0x3d0e359bfeffffff
	.quad 0x791e7eb7ff8ecab9, 0x3a01e02e95b1d853
seed60:
	.quad 0xef4e84878ab21edf
	.quad 0x02b48d5966b6156a
	.quad 0xfeec31c48e43d733
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff71
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x94f01a92df8bcdf4
	.quad 0x0000001825c1a569
	.quad 0xffffffc439b20677
	.quad 0x34b07d8dcaee3eaa
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0x2f156c553949ca5c
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0x80000000bc771e88
	.quad 0x90242018f1d3fd39, 0x62504447b8700000
	.quad 0x800af5d2c7ba0000, 0x3feac4374e2ac8da
	.quad 0x7ffaf37c02731561, 0xba015a01ffc2511d
	.quad 0x729a4ea39a911403, 0x1821ef53b7260000
	.quad 0x802fffffffffffff, 0x8067c844fa3cf995
	.quad 0xecd2480bc30efbe4, 0x01e20d7800367551
	.quad 0xc0e9968a0ea57b54, 0x80000000feffffff
	.quad 0x0cabb793ff800000, 0x659cd8ee5f884986
	.quad 0x5d53eddcfffbfbff, 0xfff8000000000000
	.quad 0xc4f30ee287bd4820, 0x813e5f2ce815c0d0
	.quad 0x7ecc6cc1b8557f5d, 0xe8cc2672c3b44972
	.quad 0xc25fffffffffffff, 0x7de10f4ef8c1d416
	.quad 0xce1350460668fbe2, 0x0003032b67bd011b
	.quad 0x0079d69e40200000, 0xc55b9c2e238c28d7
	.quad 0x923b798ab0d02c40, 0x7fc0000067efab26
	.quad 0x43ffffffffffffff, 0x7f3fd982b7900000
	.quad 0xab581588ef1cf879, 0x800f9a4c50f3f759
	.quad 0x40f0000000000001, 0xbf82b7cb03b6745c
	.quad 0x409800003d8d0953, 0x6d6dad00bf7f6ffe
	.quad 0xc04582bb29cc14d6, 0x7ff6c66c982bc9a8
	.quad 0xcd3c8ac7fbaf7deb, 0x3d7ce400933d7c00
	.quad 0xfe8f12bbc33eb6ca, 0x3620a7c1fffe7bdc
	.quad 0xffc000003cb0d4eb, 0x5488d3b04050e80e
	.quad 0xa74d19ec57997800, 0x17932d19fedbdeff
	.quad 0x7f80000040ec0000, 0x312871f1bfaf7f59
	.quad 0xccaa47e2a05096b4, 0xc011800000000000
	.quad 0x7e8a58b1656a0011, 0x80bc41fc3cfd7cac
	.quad 0x11cfe5297357ffa9, 0xff8000007fd91e46
	.quad 0xfed4a0e4d9273058, 0x82119593fc1f7057
	.quad 0x943f1978be970994, 0xc01e000000000000
	.quad 0x05a7ffe03f9d6ede, 0x8271f4e359150200
seed61:
	.quad 0xfffffffffffffed3
	.quad 0x000000000000028c
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0x0c5c4344980cc31d
	.quad 0x81fb4897ac6c6564
	.quad 0xffffffffffffd742
	.quad 0xfffffffffffffecf
	.quad 0x0000000000000239
	.quad 0x4790c43d1f5e4528
	.quad 0xfffffffffeded73e
	.quad 0x00003690da892437
	.quad 0xcdd6fceae7507b8d
	.quad 0x6957f54164d1107b
	.quad 0x00000000000000db
	.quad 0x8000000000000000
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x3e8142dcffb748e0, 0x000fffffffffffff
	.quad 0x929a7b44006d462a, 0x4ba5e9afffc97e00
	.quad 0xbef0877f746ff26c, 0xf0f5fb353fb7b755
	.quad 0xf742c46b49bf0000, 0x7f8b53627fc00000
	.quad 0xad346f477cf403c7, 0x0000000000000000
	.quad 0x6e0bcecef16cffff, 0x8e31ac9ce693a5f7
	.quad 0x9539a38a33ddb2ff, 0xc023800000000000
	.quad 0xc380468f360a20e6, 0x012e4d44ffc00000
	.quad 0x967c5cc956e6c4be, 0x3fa62799730445d8
	.quad 0xfff0000000000000, 0xa38a52235c7fb45c
	.quad 0x6d6734949ff3d78e, 0xbf9c6582ff1f3892
	.quad 0xdf4e315045587da8, 0x8028bf65e9d9d6f1
	.quad 0xd6bbaa33fbdf6ddc, 0xbffe000000000000
	.quad 0x7f9b7c1e8a7693cb, 0xdb716bae0c89fd85
	.quad 0x3256795a0f3f9bbb, 0x3f5b000000000000
	.quad 0x023c81c07fe50b07, 0xffcf4b850f81af37
	.quad 0x40b40000ef54ff81, 0xc01deb8e6a74fe09
	.quad 0x7f9534588d49c6fc, 0x38f7e2ecffea9ae0
	.quad 0x2e52b58420dd2b16, 0xa7f68761df3f0da9
	.quad 0x4380af57a1a7fde8, 0x7ffd7a3eb5a2d547
	.quad 0x0dfb088f9fb757f7, 0x4007000000000000
	.quad 0x898f36acf61b1f60, 0x8000000000000000
	.quad 0x802c2664b944a80b, 0x646df1ad7fe09bfe
	.quad 0x1a75fcc069e38001, 0x734564deddf54fff
	.quad 0xfff8000000000000, 0xff504631fb2215d7
	.quad 0x831783e5fdedfc7e, 0x09f9117fb6dee20f
	.quad 0xbb8e7abaffef802d, 0x5551cd9d337c2a9b
	.quad 0xbff2800000000000, 0xc0ef000000000000
	.quad 0x994552f2afe56b5a, 0xece7fa05f77b5dff
	.quad 0x7ff592103373b947, 0x800d79d6eeccf97f
	.quad 0x8070e16c40e00000, 0xeddb04a0fdedfdfb
	.quad 0x25c6197980000000, 0x011a6484ff953c0d
seed62:
	.quad 0xbaeb57f0c6ecc51e
	.quad 0x00000000e615635d
	.quad 0x8000000000000000
	.quad 0xfffffff7d364b417
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffff216
	.quad 0x00000000398a34d2
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe50
	.quad 0x0000000000000078
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffea7
	.quad 0xffffffffd43e6db0
	.quad 0xfffffffffffffefa
	.quad 0x000000000000ed2e
	.quad 0x12c63a6d6c3b9d87
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x410a000042288485, 0x9540e6b965330600
	.quad 0x5a6b4f8ed628ecab, 0x73c0e0477d12b5b9
	.quad 0xffb79c9c41200000, 0x41f14f580099c06a
	.quad 0x43a00000ff949f3e, 0xe280000088e927eb
	.quad 0x410e800000000000, 0x4016000000000000
	.quad 0xfec0bc9f37f30000, 0x8000000000000000
	.quad 0x7fefffffffffffff, 0x73792ae1437586b6
	.quad 0x9e7e79437f81e0ba, 0x3fd006b7e0e82598
	.quad 0x9448678f298acc9b, 0x0000000080000000
	.quad 0xfff8000000000000, 0x3fa5344556b6e82e
	.quad 0xb0c06bb8aa7c7d10, 0x7ff0000000000000
	.quad 0x40e0000000000001, 0x00000001c0c00000
	.quad 0x30a329530688f94e, 0xc11f627c7e993951
	.quad 0x004000003d3b82a7, 0xc019000000000000
	.quad 0x7c3431c9ed544889, 0x46989fdb5f48d3a7
	.quad 0xb31d28a3bc00feed, 0x85a55663b77a79ce
	.quad 0xf632e813674e83ff, 0xff90beb5c9e80000
	.quad 0xbfc5911df9a0b098, 0x1f5c151f4f5bfa9c
	.quad 0x7f7b0d2deb3919c5, 0x3cb2a0e95bce5483
	.quad 0xa417ae72f7fbffb5, 0x7930a414df7fffff
	.quad 0xc10c00003bf6fbbc, 0x0225732dfff7fee7
	.quad 0x7f80000041140000, 0xcb8a8d65af1a7f59
	.quad 0xef46aed5ff800000, 0xff80000080ffffff
	.quad 0x84adfa2239000000, 0x7f80000084634e9d
	.quad 0xdb47c7fafffc8180, 0x1f103d05fb3799fd
	.quad 0xc05ae21248022cce, 0xa4b5d2bf5f8c0693
	.quad 0x81000000bd63a5e7, 0x8e037d57ac307f28
	.quad 0x8df51574fada4137, 0x007fffff1d9740b9
	.quad 0x7ff8000000000000, 0x4720fe7d35d43900
	.quad 0x5cb9e04afffb6ffd, 0xc7cd315cbfff33ee
	.quad 0x9616675aff58fffb, 0xe38c1705df000001
	.quad 0x8b98f2170cbc0660, 0x9bd8de4a7f800000
seed63:
	.quad 0x0000000080000000
	.quad 0x00000000000003a8
	.quad 0xffffffffffffffda
	.quad 0xffffe92548ad61e6
	.quad 0x83a0d06411e79fe9
	.quad 0x63b9f4d55bdc15a3
	.quad 0x8000000000000000
	.quad 0x000000000007782f
	.quad 0xfffffffffffffde1
	.quad 0x000000000017d699
	.quad 0x00000000086b8a87
	.quad 0xffe30bf53f55739b
	.quad 0x00000000000000ac
	.quad 0xfff00f70da1dc9b9
	.quad 0x000000000000028e
	.quad 0x39b2ff7705b8a329
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xfb4bec807fffcfde, 0xfff0000000000000
	.quad 0x6d36d5b47fb3e439, 0x2847f833fe96572d
	.quad 0x80000000cadb02c5, 0xbfd9ce24832574dc
	.quad 0x3fa4f2af2a9ce822, 0x7fbc77197fc00000
	.quad 0x8941b5b6c37fffff, 0x7ff0000000000000
	.quad 0x7fc000003d3d17a5, 0x000dc5ee770d242c
	.quad 0x4346ca67f4bd9dcc, 0x999e210dc8c7f800
	.quad 0x9b359c00bfc00000, 0x6e097214439ff018
	.quad 0x86c40807cfc2d5f3, 0xf2e2877f43192207
	.quad 0x62587368bed58000, 0xbb98a4e13f448000
	.quad 0x4004000000000000, 0x4088000000800000
	.quad 0x7adda3f1dbffca75, 0x3f829bfc055ffc74
	.quad 0x3f77d29b9244b940, 0x88811fccdbfcfd2b
	.quad 0x01984dd1ad267de8, 0xffc00000413b0000
	.quad 0x3fb31bbc69056924, 0xfff8000000000000
	.quad 0xbf7f77003fd89495, 0x017c9401751b1712
	.quad 0xffff3eb4e2e16de6, 0xf1cd425a7ddf8adc
	.quad 0x4095800000000000, 0x101f05a6b2f1ae3a
	.quad 0x8b78a4a3ccf7979a, 0xb9dfc0afddc5a735
	.quad 0x4f800000c21fc8d3, 0x7fb821d528be084f
	.quad 0x7ffc1e2b864a8576, 0x692c56ce80240000
	.quad 0xc03f59d225fecdf7, 0x000000007f800000
	.quad 0x002024c24b000001, 0x970f0f3d66f00061
	.quad 0x807ffffffe8f2039, 0x0cef398ff6f7ff93
	.quad 0x0a103e7b89800590, 0xc00a172b7eb1e158
	.quad 0xe99f0b79ac0df70d, 0x7ffe9376c8ce758a
	.quad 0xd0553dd2c34cfb99, 0x80bc9813abc1da3a
	.quad 0xe829e212f30cde00, 0xaa62b9f1ff699ff8
	.quad 0xef9c0e54c29afe74, 0x7f4cef49b79ced36
	.quad 0x7b63e876fe6ad4d8, 0x98d1027b462b7f96
	.quad 0xb70000007f800000, 0x4124000000000000
	.quad 0x2ceff42ffcce4380, 0x7f800000a44d758c
