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
	.inst 0x1e27c090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0d973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea0d874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18f925
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2176b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0faa5277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e29e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e42305a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e31f4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c11c
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
	.inst 0x1f6238be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea2f4df
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
	.inst 0x1e602048
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
	.inst 0x4ea0e8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e302130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f14a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e24c077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f17b438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e65f639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2018da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e243afb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7800ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2201bd
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
	.inst 0x7ef0f93f
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
	.inst 0x9e2801e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e251811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1fa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f7cfcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f649a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e26f5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e277c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0e979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e792a1a
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
	.inst 0x0e21d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea198df
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
	.inst 0x1e241d90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e58a8c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1f892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f68b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e271014
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
	.inst 0x4f6cfcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e380148
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
	.inst 0x1f29819a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fb0521b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ef6d47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e6ee4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61697f
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
	.inst 0x9e630050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f448d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e03d1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61c834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1aa15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c79d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee24117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3615fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f282cf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e72101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2ed57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c2fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28693d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e43d0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c13f
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
	.inst 0x1e671830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61c851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f022232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef2ec93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6549f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2cad55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e60e516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2038b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea4d598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e185a89
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b783a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21781b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6300fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f51fd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e68dcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7e385f
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
	.inst 0x7e2ae410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e307cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f499172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e790085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f72e556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d3877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0b32d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6141b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26281c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e60e5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0f85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4984df
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
	.inst 0x1f6a0c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61c9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2268b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f244973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f473434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea3f615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4ca556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61c8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0e418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c0d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6d01da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6521b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f7a89fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e24ec3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e641a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0f83f
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
	.inst 0x5f8f1010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e275e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f221df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0c4633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61aa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e242917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e76c538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fcb915a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eebfc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6a2d7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0e5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c3df
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
	.inst 0x1e202118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3800e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea1a8f2
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
	.inst 0x1e300084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1b8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f5480b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c2d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2fb2ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f39fd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e232080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3c189d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e216b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2021b8
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
	.inst 0x6e30f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc019f2
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
	.inst 0x1e27c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea3fdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0ecf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f5919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e30012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19806d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2b3f9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21c87f
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
	.inst 0x1e6201f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f27fcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ef2fc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e66e5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f49a496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e678917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2301b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d199a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26419b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e714b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fa7521d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0c53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78012f
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
	.inst 0x2ea1b990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee19971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6801c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e236a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e321955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e698a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1fab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1f9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e03c559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e69006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21a81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21c47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64adfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f5b815e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79022f
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
	.inst 0x1f290810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7048b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc499d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f8d1915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c7996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e59e9e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eeec498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66081a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f59301b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f22e41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc0995e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e238524
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
	.inst 0x6ee4e410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6501a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e30d4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e635873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e708a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea1d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6100c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e641878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e380109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e2fe5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29295b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61423c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2728bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21985e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3279df
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
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2741f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2595b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e25dc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e2dddb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a79f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6020a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6300da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f67fd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2df71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d19bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c27e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e610a9f
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
	.inst 0x1e20c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2901a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e28f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e59b9e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2820c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e336939
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
	.inst 0x4ee4d4db
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
	.inst 0x1e70701d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a295e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f48e07f
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
	.inst 0x6e6bf530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e643457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61a8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6404f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef1d676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2a5857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27fdf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e37e4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61d89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f38fc5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e75e43f
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
	.inst 0x1f4228f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1f992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6839f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6200f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f7485b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e22c676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6300f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eebf6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e22cf1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f73ae3f
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
	.inst 0x6f74fcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0629d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e600083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea0d9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd29a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7901c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1b917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30fab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f43b099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6cac9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a19db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d187c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0cafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62697e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1b85f
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
	.inst 0x1e250990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6bc1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2301d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f77e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18c084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2628b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a78d6
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
	.inst 0x9e193e88
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f05bd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20295a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e2a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e435cbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28683d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7903ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f5a599f
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
	.inst 0x2f2dfdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eebd452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30f813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f148015
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
	.inst 0x5ea1f8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1e699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f59523a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e217a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0f81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1997d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65081e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f43099f
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
	.inst 0x6eb0c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1d5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e5895c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f2853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e68ecd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e1895a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f31e577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d1998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e62d4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23011a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6200bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61a8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1f87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6128ff
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
	.inst 0x6e30c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f50c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2044de
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
	.inst 0x6ee1a894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6021f8
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
	.inst 0x1e744878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e782859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e248adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e27eefd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6240fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63001f
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
	.inst 0x1f6d24f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f62b031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f881a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f8e5834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e650995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c1996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4eb957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21cc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d49fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0819bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c0fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f4ffdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e583f
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
	.inst 0x4e6169d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eadf471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a8812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1d954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e589985
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e655836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e610267
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f49fd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea1d859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e6aef3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e383dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f895c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62415d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66858a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f78fd5f
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
	.inst 0x4e219950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e62dcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f859a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e31d4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea6d615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f1857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f3998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef1c439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f611aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc59a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f69fd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eecfdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e02e55f
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
	.inst 0x1e43a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0741d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1a9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd118f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2538f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2bd4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e5a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c037
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
	.inst 0x9e2200d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e66f4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f55199b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea0f87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f3afd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee6fd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a88ff
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
	.inst 0x1e6b4830
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
	.inst 0x2ea0d9b2
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
	.inst 0x1e21c234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0d455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2201b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3902c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f9899bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2500ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6220d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78199e
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
	.inst 0x1e6241d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c0453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e68c612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e19e883
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e290064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e254175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2fdd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e750917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21a978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21a8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2569da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e28018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21881c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f19445d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6f5c3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1d9bf
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
	.inst 0x4e63fdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6801a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e435072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e338914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eaad537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e706a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f7cfc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2401ea
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
	.inst 0x1e2201dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee18a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6199de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f70107f
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
	.inst 0x1e2d0930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea3d532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e034553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6d8cf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea19815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e64dc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a3a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e42e578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61a959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67795a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f09c1bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e26edfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f71fcbd
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
	.inst 0x1e22011f
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
	.inst 0x5fca9050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee2e431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d5952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f254a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2440b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0f855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7800e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6bb44b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78501a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0ca5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b274a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1b9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64791e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20383f
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
	.inst 0x0f33e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6820b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63dcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e598564
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea18995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f554c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6300b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f448c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61da7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28028b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fce599c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f21e45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e02457e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e232020
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
	.inst 0x6ee1f990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61b951
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
	.inst 0x1e201a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4ec1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e76ccd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f875a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f27e97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f62fc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2729fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3101ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2189bf
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
	.inst 0x1f291c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2578d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5faf1a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e32d459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e30d014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a3a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1d936
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
	.inst 0x6eaac5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee19879
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
	.inst 0x6ee0cabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0f8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e18f50d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c25e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65a419
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
	.inst 0x7eefec30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc89a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e29f674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e690145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea3fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e780028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2301fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c1bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e717cdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61881d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f9010fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38010f
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
	.inst 0x1e220950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c75ad
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
	.inst 0x1e620073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f082254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e790006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e290087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d0998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f283879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6ac62c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30fa3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e64fd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e79fd1f
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
	.inst 0x1e652830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e690021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2e20d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3221e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2cce55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e274176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0b9657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e232000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6300d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e375abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21791c
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
	.inst 0x1e62401e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e22df7f
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
	.inst 0x7fce91b0
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
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea18953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eebd5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee18915
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
	.inst 0x0e617897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2188f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f662b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e290a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61b9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e489f
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
	.inst 0x1f49acb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2219f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21b853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4eb594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7220c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea6ec36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e78d017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18f088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6cbc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f27fcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f31ff5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea0f45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0ca9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0e85f
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
	.inst 0x1f242010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e700201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70ca12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e288657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6401c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e29b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21ecb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc5119a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e20fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7159bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0c97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f8318bf
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
	.inst 0x1e6e29f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e428d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eeee5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3000e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea1d975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e723836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e618837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0e998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea2ecd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea7e5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e5879cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6402ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2758dd
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
	.inst 0x7eede41f
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
	.inst 0x9e640180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0f0c76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e6fe597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e661a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02e819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63003a
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
	.inst 0x4ee5d75c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78289d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e60dcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e69de5f
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
	.inst 0x5e61c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21d811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d892
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
	.inst 0x9e700164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f5400d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e35e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eadec77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea5fd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a25ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e087a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b391b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43cc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ebcc71d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38028e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b2070
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
	.inst 0x1f628550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e43b851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea8f472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1a9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2118f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e673995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e342ab6
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
	.inst 0x1f701d18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e692150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2300da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d28db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1d85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee2f4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b9d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0ed1f
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
	.inst 0x6ee19910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e241951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f7025b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f442813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e712834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e642230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21ddb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f24e677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e290188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2a94f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e2ce49a
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
	.inst 0x9e25000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5eeafc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c33e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f38df
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
	.inst 0x1e286910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fcb9891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1b812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21b913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eaad534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e617975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c22a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f662297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e03e898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fca98fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc09a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21cefd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee19a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0a6f1f
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
	.inst 0x6ee0f5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b68d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c7812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee19a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee199d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e687a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2200d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6501a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21e6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f8b183b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e60018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020c8
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
	.inst 0x1e2b4990
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
	.inst 0x9e790202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0b20b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e341e15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e42e8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1b977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6829f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8e121a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e371adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e60e55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e02d91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f05459e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ee51f
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
	.inst 0x1e7901c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e213a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0c813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e710104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3088f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e656936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc05077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1f838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e29ad79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e79d67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f65c11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28dd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f70de1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2102ef
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
	.inst 0x7eb0f990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21a911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61a8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2978d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee8d674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f433275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e204916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e710007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61d978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0c8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f43b1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3801ed
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
	.inst 0x9e7800cf
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
	.inst 0x5eecfcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0991f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4b3412
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
	.inst 0x1e280064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1ba15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e342589
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e43e897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6915a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3800ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f4f1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d1401
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b6a7f
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
	.inst 0x1e2a3930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21c9d1
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
	.inst 0x1e2800a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e661995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2501a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f5ee459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee1b93a
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
	.inst 0x9e63017c
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
	.inst 0x1e63281e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e23d55f
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
	.inst 0x1e599920
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f4dfd31
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
	.inst 0x6ea1a893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6100c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e6ddc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e23dcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a5019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eaaecdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f40e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e242170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f17c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3538df
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
	.inst 0x1e2f9df0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61ddb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6400e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e26d013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e743b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70c896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c3ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e390008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea3d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e590aca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e672454
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
	.inst 0x1e6500cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee2fd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23b01f
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
	.inst 0x9e6101a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e664051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6168f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d2833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e271874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e76f016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea18877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eafd458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e63fcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6201da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2ee41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f778cdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70c89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e30008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61a99f
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
	.inst 0x1e6278f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e427871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e6169d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b8a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2301b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e737876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c58f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e664098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f26fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee6f57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0e45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3708bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c15e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f81f
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
	.inst 0x1f262d30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6028b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2139b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e5971c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e617954
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
	.inst 0x1f4e0996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee3eeb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e617a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2400ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f8e501b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee9fc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f70bd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c2bf
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
	.inst 0x4e6bcc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f22be11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e640203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e31e614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e264035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3800c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e655018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e22c4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d497b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a6d5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b08fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f8f9a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e25e47f
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
	.inst 0x1e611890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4faf5151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee5fc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e212010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0d977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2122f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43a1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f50e6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fab109d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee9d49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2776df
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
	.inst 0x1e618810
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
	.inst 0x6eb0c872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f690df3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0f534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e214815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f22e416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e380007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a6998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6f01ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2189fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ebbc43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2ad41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1985f
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
	.inst 0x1e675cb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fac1971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6ea152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea19a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee18994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b0915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f8150b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e62359e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc45038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21ba99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6bfc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6201fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fcc911d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0f87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fab59ff
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
	.inst 0x6e30c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f613e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d1012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67fc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f24fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e30ddd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c8a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e373018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6301d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6022a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2199db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f21299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1895d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e68d5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1b97f
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
	.quad 0x6e51eb052aa2bbd7
	.quad 0xcc8d8497f0ae7dec
	.quad 0x1e7ccf180c138e43
	.quad 0x244b175ad4cbdc31
	.quad 0xb51f8fcd5c1d5efa
	.quad 0x18b425fdba331408
	.quad 0x8b10e2da6f1b4ff4
	.quad 0xd8c39eb6cd5a6257
	.quad 0x0000000329e1bc73
	.quad 0xfffffffffffffe2d
	.quad 0x6ee0c6ca01540315
	.quad 0x01a5901b953fb41e
	.quad 0x8000000000000000
	.quad 0x000000000000005f
	.quad 0x0ba0a57ea89083cd
	.quad 0xffffffffffffd5f0
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x1ac3a01ed92d3668, 0x22f2d9fb1bd1ad00
	.quad 0x7f8000007ffd4501, 0xecea57d07fbf6874
	.quad 0x7ff5ea59b3e07401, 0x4047c37f33cbb449
	.quad 0xfabafa2e7ffe7dff, 0x4030000080000000
	.quad 0x7a985ed1a2173e23, 0x7ff0000000000000
	.quad 0xf34add2f1f359b00, 0xb18fd7faffcfc6c0
	.quad 0x8001cd66b253c0a7, 0x7fc00000ffc00000
	.quad 0xfe97446933192ab6, 0xf1d09e18796efde5
	.quad 0x98aff46942148f35, 0xff800000ffb93063
	.quad 0x7ff0000000000000, 0x7c5e29e2ffffffbb
	.quad 0x3f7f92d85dfcc9d0, 0x8d1c074f63f1a7f7
	.quad 0xa0f3cbdb807fffff, 0x0010000000000000
	.quad 0x7fe67ef77fb37d46, 0x42c32f6242b86242
	.quad 0x2444f6bec77543c8, 0x0000000000000000
	.quad 0xa1d4b817ffc5ab76, 0x80000000ff800000
	.quad 0x89ebf3f3ff8850bb, 0x8aa20a5abfe3ea5b
	.quad 0x55d2d69c40b0dc16, 0x807ffffff338cef5
	.quad 0xd9d878c9bc464e35, 0x7f800000ffb29689
	.quad 0x5161058c5b9adf00, 0x86e822eb57d50ff8
	.quad 0x85ef221348700000, 0x0fd4486c84d25442
	.quad 0xff8000007fe9d7fc, 0x40affffffffffffe
	.quad 0x521964b1fd95d5fa, 0x8eadd9685ce54879
	.quad 0x0100000081666044, 0x13e36450d88ccf57
	.quad 0x4cb2ef09dfffb17d, 0xbc8372a5376f8000
	.quad 0xcbb97c48ffec8000, 0x93ca61b83cd54336
	.quad 0x8000000000000000, 0xdbe285c9fee4f17e
	.quad 0x007fffff7fb6d8bc, 0xbf8bf755ffb36dea
	.quad 0x8c5b31cd432e78ff, 0x746663107f800000
	.quad 0x80260dbeadaf56cd, 0xffefffffffffffff
	.quad 0x133142bfedfac41b, 0x4078400000000000
	.quad 0x7d8a908d8805e6c6, 0x291927820891effd
	.quad 0x3dd419d15c7ffffe, 0x6fd717dfbc79fcff
seed1:
	.quad 0x00000000ffffffff
	.quad 0x268410e886f87a08
	.quad 0xecea6cd8d06863ba
	.quad 0x00000000000000ae
	.quad 0x7fffffffffffffff
	.quad 0xfffff53815c6a2db
	.quad 0x14e32c2ad659cd7b
	.quad 0x0000000000006e49
	.quad 0xfffffffffffffc6d
	.quad 0x00000000000117b1
	.quad 0x0000000000000060
	.quad 0x0000000000000015
	.quad 0x00000000000002c1
	.quad 0x00000000000069f1
	.quad 0xffd5e22634f10f5f
	.quad 0xffffffffda87f75f
	.quad 0x01000000
	.quad 0x70000000
	.quad 0xc0192ae2f25129b8, 0x04e49f63aeb50000
	.quad 0xbfe00000c0a00000, 0x7ff883cbbc0e2cba
	.quad 0x000e8e73d927af7b, 0x00400000bfe542ba
	.quad 0x397c675b21af911a, 0x12a817c4ffadfa83
	.quad 0x5f8000003d53bc4a, 0x8000000000000000
	.quad 0x7f800000fed42c73, 0xff800000b89d06fc
	.quad 0x7f80000048800000, 0x7e80989badef895f
	.quad 0x4013000000000000, 0xbf98400000000000
	.quad 0xd394e4a2e12bfe6d, 0x4005ddc7bcd29978
	.quad 0x7ecc32e26ed7122c, 0xbe7c6c5800000000
	.quad 0x3d7bbe7fc0000000, 0x608000003b96dfb2
	.quad 0xfff7558e2eec0864, 0x8b77bcb8c3256a6c
	.quad 0x127c3e942dd6bbde, 0xfff0000000000000
	.quad 0x22401bbe36887006, 0x8cd2c9e600000000
	.quad 0xbfd70de17353e1e3, 0xfff0000000000000
	.quad 0xbf5a0df170ed8b6c, 0xec577a82e19a7ae1
	.quad 0x17bf45bf7fe3f8be, 0x3d6d79403ef58000
	.quad 0xff7fffffbd6f25c8, 0x432e30d63e9cab35
	.quad 0x1b3420d8f6edaabf, 0x38656429c36c0fc1
	.quad 0x892d5dc2b242fc00, 0x1579e46d8c570b3a
	.quad 0x3b9c1fa7007bc257, 0x80000000ee8ce4e8
	.quad 0x61c1958328ab8228, 0xd8361eeb7490a039
	.quad 0x22a0f21202e1627e, 0xb2bc638780400000
	.quad 0xc041a1144c78dfa5, 0x3f3c000000000000
	.quad 0x89c16a70917d1edc, 0x7eb003e9ca925b01
	.quad 0xbc665904ffe886c0, 0xfff46344440b04cf
	.quad 0x3c7e2483ffbb8e77, 0xf0783338849efc00
	.quad 0x42e00000c0c00000, 0xbfd7a161ba97246c
	.quad 0x93346862c0b00000, 0x7fc000007f97f5c3
	.quad 0x0000000000000000, 0x44373b697ec06920
	.quad 0x8006266c78d11c3b, 0x4013000000000000
	.quad 0x3c128cf9dfffffff, 0x7fd17421991023b0
seed2:
	.quad 0xf49cf794419707e2
	.quad 0x0000000000010fd2
	.quad 0xc8fd5b9d7aba7e44
	.quad 0x1d53869f4d3359fa
	.quad 0x000000000000034e
	.quad 0x0000000000003fb2
	.quad 0x0000000000000188
	.quad 0x3a38ef905251e1ac
	.quad 0x000000000000fa29
	.quad 0xfffffffffffffd77
	.quad 0x000000007fffffff
	.quad 0xffffd980a4f2b8ef
	.quad 0xffffffffffff4907
	.quad 0x1216fa73227a6a2f
	.quad 0x0000000000000007
	.quad 0x7785e811a30e6f05
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0xbe4c0000978d542e, 0xbfc000000950389e
	.quad 0x0006423fed24bb29, 0xf9a6c65b1612df21
	.quad 0x4891a3c4c08245c0, 0xff184207a3325bcd
	.quad 0xc24353013d150000, 0xe622390488912f4f
	.quad 0x00000000beff5500, 0xfff6c3b028738543
	.quad 0xbffffffe80000001, 0x00c229a80e302c7f
	.quad 0x63ee767fd617442e, 0xdada33c594708b32
	.quad 0xfdb2d358aa9ab36c, 0x3ac00000ff800000
	.quad 0xc0e40000c1400000, 0x1201309bbcc6b73b
	.quad 0xc2ad12aceb7cba4f, 0x7f800000e5fd73c2
	.quad 0xde3213103eab2664, 0xc010000000000000
	.quad 0x80000000bff3a8b9, 0xf20560973e4ca0ef
	.quad 0xb718a6acf8bce793, 0xf96d69dc4b96792d
	.quad 0xffc73ef0a03d209c, 0x461280007f000000
	.quad 0x82f52d647876d8bc, 0xc0d000000b7589d5
	.quad 0x4cf24bf37f5ebbd3, 0xc0434b1eec53f950
	.quad 0xb939ab5cfa12fdbd, 0x7fb0657c40980000
	.quad 0x7f3492bde06bc08f, 0x7ff3ab14b02d6d7b
	.quad 0x412000007ffcdbf0, 0x5ce53ad296c9aabf
	.quad 0xc3b6ce0380d26a99, 0xa32bb5bd67040baf
	.quad 0x87202dc49b47fc82, 0x14d9e7b9fffedc3f
	.quad 0xfff0000000000000, 0xff80000000000001
	.quad 0x14de0f387f800000, 0x4c94c4604bff543c
	.quad 0xa22466f71add2d05, 0xfff0000000000000
	.quad 0xbe356d5d43c71176, 0x8000000040558153
	.quad 0x7605a3a55b6126a3, 0xcf06911010f9c50d
	.quad 0x010cbdc7198b72c7, 0x9933087ddf51c1a3
	.quad 0x133c440ec3aa7df2, 0xc0c8000080244295
	.quad 0xfff847eb130479ec, 0x06dea86fff4d7c77
	.quad 0x8000000000000000, 0x833aaf98bffffcf3
	.quad 0xd3aa0d6e5caa8000, 0x3f7166b83d5e4169
	.quad 0x5402cb51ffd7ff79, 0x1b3e9d103a0ed61f
seed3:
	.quad 0x00000000000002f1
	.quad 0xfffffffffffffc92
	.quad 0x0000000000000000
	.quad 0x00000000000887ff
	.quad 0x3f69e929d5e56e83
	.quad 0xfffffffffffffd8f
	.quad 0x6e126cabec7e6213
	.quad 0xd94fb8ca9d4fa941
	.quad 0xffffffffffa1f684
	.quad 0x7fffffffffffffff
	.quad 0x79270fec4b254ab4
	.quad 0x000000000000012b
	.quad 0x000000007fffffff
	.quad 0xb0984885f5b914a9
	.quad 0x7abbd257f8cde64f
	.quad 0xb61ee2a06908e38d
	.quad 0x06000000
	.quad 0x30000000
	.quad 0x8000000000000000, 0x77f3516d238a5596
	.quad 0x938e12117f8aee53, 0x00ba080eec96e996
	.quad 0x8040fbdb40700000, 0x405569b77f8b25e4
	.quad 0xfff6e1f18a235aa6, 0xf935ccf57f82c44b
	.quad 0x5fda56a93ae00000, 0x800000007f8cfc9e
	.quad 0x574563582da47e00, 0x7f800000c7ffffff
	.quad 0x7ff0000000000000, 0xbffffffffffffffe
	.quad 0xe53ef7d7ffdffc1f, 0xc0401bb43c880ef5
	.quad 0x698f5c820768ab02, 0xc3cbdcd1fff5ffbf
	.quad 0xbc76e3c62362e9fe, 0x858ff7f0c92f0ee0
	.quad 0x3fabb534d868ac30, 0x000fffffffffffff
	.quad 0x75b60d0fbef7c543, 0x3ffbada05e7f1c04
	.quad 0xa277bee5c0ff8000, 0x03ae8410eef927c7
	.quad 0x421a0d70c28cfa47, 0x7fa7a84d43cd1498
	.quad 0xd980000140194cb7, 0xf2aced63c92e0000
	.quad 0x5b2fa8a6bf74acfd, 0xbf5f000000000000
	.quad 0x803166bf40400000, 0xc340000000000000
	.quad 0x7fefffffffffffff, 0x943b73a212420000
	.quad 0x007fffffffa3be0d, 0x660c436050f3fe06
	.quad 0xc24c7613fa4fbcde, 0x7932b4407f8bdc90
	.quad 0x3911843eff873f7e, 0xff8000007fa8d0d5
	.quad 0x7f800000d39ed8b3, 0x9b911d698b47bd2b
	.quad 0xba2660b99be1cbca, 0xc04b030c41e74798
	.quad 0x3f44100000000000, 0x0992885acf37fe07
	.quad 0xc021000000000000, 0x004e6c6e8f629d5e
	.quad 0x40f0000000000001, 0xf669bb4affc00000
	.quad 0xfff4c1c9e5a3858f, 0x40ff400000000000
	.quad 0xdbaad23df2572bf5, 0x1472d1539dddcb8a
	.quad 0xe8e9ade3c7dfcb37, 0x42c6e46780000000
	.quad 0xbfc8000000000000, 0x000000008043510f
	.quad 0x14c37cb119537c8a, 0xf5aedb55e64c264d
	.quad 0xc01e800000000000, 0x57d67536f77fffff
seed4:
	.quad 0xfffffffffffff2ab
	.quad 0x665384db72ea5885
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffca0
	.quad 0x93837c0dc387c3ac
	.quad 0xffffffffffffffcd
	.quad 0xfffffffffffffe97
	.quad 0x000000000000001c
	.quad 0x4bcced75eea8a335
	.quad 0xffffffffffffffe1
	.quad 0x80f4c8d7a5628269
	.quad 0x0000000000000af2
	.quad 0x0000000000000000
	.quad 0x000000000000005d
	.quad 0x7b9bb418fed3e289
	.quad 0xccf0caa871a8020a
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x81000000c33959b0, 0x47fffffebc806161
	.quad 0x401d000000000000, 0x5be77c6fffd5e348
	.quad 0x64b394f3fffffe78, 0x16409af1f717dd78
	.quad 0xff869f42c0800000, 0x4f7fffff8c2a395a
	.quad 0xf35920d63c10c34a, 0xffd678c582ec7fbe
	.quad 0xc038000000000000, 0xc1aa15be80000000
	.quad 0x7fc00000c2a00000, 0x7e093d5efca53f79
	.quad 0xc49aa75f80400000, 0x39a04515bab5c700
	.quad 0x6cda8c9fbb4fcf94, 0x7e800000ff2f5cba
	.quad 0xd1676f0ea4b92500, 0x83c51eec1fc9fdc1
	.quad 0xef50434ef0080358, 0xfff6d832f868c208
	.quad 0x8000000000000000, 0x4072bbb17f800000
	.quad 0xc04ae9d7bb1fb86d, 0xbf9fea75ffb691bc
	.quad 0x8c7b3fdac3810000, 0xfff04148a1b3b57c
	.quad 0x5f117b930fc3c890, 0xf1447fc14f7ffffe
	.quad 0x800000007f800000, 0x3b9ad1efa3633da2
	.quad 0x8023e463f15ef0ad, 0xfeed7cc4eae7e6eb
	.quad 0xc1e3e70cbf28ab67, 0x80dc675d6f6dd7cb
	.quad 0x7fefffffffffffff, 0xe088f4bac35efdac
	.quad 0x74d2af8c1d991000, 0x8000000000000000
	.quad 0x7f8000007f926ea4, 0xff80000036a50000
	.quad 0x5fffffffc35e0122, 0x801dbe51ffc00000
	.quad 0x10cbd68f412bf67e, 0x3cea13fb7fcfdf27
	.quad 0xd0c9cb430bc9033b, 0x0100000000000000
	.quad 0xff80000042b42fcb, 0xffc00000c16655a9
	.quad 0xc077a7f23d0a6091, 0x7c15b771ffff7c6f
	.quad 0x0171da93c3072660, 0x0006452c9ee84f6d
	.quad 0x43eaf0e33f406154, 0x7e25371e1bffeb11
	.quad 0x3f8000007ea1909d, 0x9a9a13067904deb7
	.quad 0x438e4689c21b3aa3, 0xaeafe14eabb7fd05
	.quad 0xdbbf915ac3d77fc4, 0xbf73f99b532db7d0
	.quad 0xfff0000000000000, 0x4049f92e841018da
seed5:
	.quad 0xcbc346b07e1885fc
	.quad 0xffffffffffffffff
	.quad 0xffffffff1819b4e4
	.quad 0xd7e6716c2478ddf3
	.quad 0xffffffffffffffff
	.quad 0xffff530cc9d769d2
	.quad 0xffba06d0963c61d5
	.quad 0x0000000000000155
	.quad 0xbe582fb3cf2aa95d
	.quad 0xfffffffffffffd1e
	.quad 0x0020000000000001
	.quad 0x000000001a679d55
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x004198ac1a9fcd38
	.quad 0x000000000000026a
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x4d3f2b693f800000, 0xc3effffffffffffe
	.quad 0xc072a96a839c113f, 0x45f8e7a67fb7badb
	.quad 0x404578aaa38fb8e7, 0x4023000000000000
	.quad 0x40378d9ee7e1ed69, 0x354ca2ebfb698289
	.quad 0x8007092098ed98e6, 0x40f95dc0d3ebb76b
	.quad 0x76ab7cd3d5ec2add, 0x822bd2f6b47b4b45
	.quad 0x7ff8000000000000, 0xcfffffff40080000
	.quad 0x0000000000000001, 0x411ad28f751191fa
	.quad 0x806632b37fc00000, 0x80ffffff8b2a2acb
	.quad 0x19a42d1beb92fcf5, 0x3a7767a4e68f72b8
	.quad 0x4044000000000000, 0x1685624669aa58b0
	.quad 0xfffed29bbdcf4e13, 0xc0f00000ea6dd01a
	.quad 0xbe6000001ba786ad, 0x00741baeff800000
	.quad 0x85271ad78060db9a, 0x5935c3d8fe0673a4
	.quad 0xff7fffff00000000, 0x4021000000000000
	.quad 0x7faee8a240400000, 0x2a2d7e7e4376a4a9
	.quad 0x2384c319fdfdfd8f, 0x0a56cfddffff3dbb
	.quad 0xc010000000000000, 0x1619c8c6be23a02f
	.quad 0xc2f7615b25e0f9ef, 0x025001530e777b88
	.quad 0xff800000cf83fdc7, 0x8000000080ffffff
	.quad 0x8254327d92922255, 0x8010000000000000
	.quad 0x3cada7aac0a00000, 0xfff0000000000000
	.quad 0xc3e2fa7d9987be14, 0x4fd8f7ab8ac0c760
	.quad 0x369c8cabceb19f05, 0xb7a01e7eef0d8bff
	.quad 0x4017000000000000, 0x7f81f09c8fc17a6a
	.quad 0xbff991e94bd82364, 0x949ff5077fecafee
	.quad 0x456f9ea340a40000, 0x0d754f237fab2632
	.quad 0xec681351ff800000, 0x7fe41b549bc80453
	.quad 0xffd35e56f08461c9, 0x00069464b4c3ecf1
	.quad 0xc3b70000ff9dccec, 0xe542dc0ff97bab7e
	.quad 0xb48a5fda2a9b541c, 0xda446b6ddf75386f
	.quad 0x67715476ffb2f2ff, 0x4785e27ecdb62f37
seed6:
	.quad 0x000000000000026a
	.quad 0xffffffffffffc59d
	.quad 0x0000000000000003
	.quad 0x4ef182fa909880b5
	.quad 0xfffc2520a4487454
	.quad 0xffe5ab5a965abee5
	.quad 0x00000000010b096b
	.quad 0x00009838abddeeea
	.quad 0x002699f7b103d827
	.quad 0x00000000ffffffff
	.quad 0xfffe2ddd2f620d92
	.quad 0xfffffffffffffe15
	.quad 0xfffffffffffffd11
	.quad 0x0000000000000164
	.quad 0x1c86e615e89b6dc2
	.quad 0x2e1cb182a2df4869
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xbfa77a70d5a587b7, 0x7fc00000ffbd8719
	.quad 0x41f15490e6c187ba, 0xfff8000000000000
	.quad 0x713ba2bb05b9fb51, 0x5e895b15aff5fc27
	.quad 0x8784c44ed57fcc7d, 0x451f867eb1d50610
	.quad 0xc03cd96f2c829b01, 0x46b22fdb88254cc5
	.quad 0x7fd575cef3e33686, 0x3e381a9d12f7beef
	.quad 0x7effffff3e800000, 0x7f80000000000000
	.quad 0xc039cedc787d99d8, 0xbf89000000000000
	.quad 0xa07bc6357f902673, 0xbacc9b15ada5fa7b
	.quad 0xbfa404eee62637b3, 0x71fdaa5d06490000
	.quad 0xfd9007db8bd8e7e3, 0x670fc0d7946cb8e5
	.quad 0xad8b41abffce212c, 0xed097191de5fd9db
	.quad 0x3f8560f203c99680, 0x3efd6f0bc1b9d89e
	.quad 0xfe85ad4b5725fcff, 0xfe01fe2c802544e3
	.quad 0x7effffff3e013dfb, 0xbd327a0281079245
	.quad 0xc00d5d6837bd44b9, 0x3f7a9802dd1567ec
	.quad 0x59b70f060c9bcefd, 0xc021000000000000
	.quad 0xdb43ed18bffcfb5b, 0x5d3519ebbe9c94be
	.quad 0x054fb04fff9aac9b, 0x0661c67052c6c409
	.quad 0x407800003c645710, 0x6d79d7cd4e389ffb
	.quad 0x3b89759e5f4a7e00, 0x98e1fbfe7e62d5c9
	.quad 0x160d1ecadd3ff9ce, 0xc7b32f65861e7c00
	.quad 0x0a89f05abe3f7c00, 0xffa9a280948a682e
	.quad 0x61996973ffde16e8, 0x7ffe8a3691a3a21e
	.quad 0xc0effffffffffffe, 0xfff0000000000000
	.quad 0x69ad4b5964ddff1d, 0x3c8512e3ad70030a
	.quad 0x800000009d8ea545, 0x7f8000007f800000
	.quad 0x8dacc749df6a012d, 0x800479fade72a886
	.quad 0x02a97a7180000000, 0x78393d0219e9fb28
	.quad 0x1067d0beb6200000, 0x666e95ced5e2e214
	.quad 0x44e81c5f177a025d, 0xffe635080da2b081
	.quad 0xc34ffffffffffffe, 0x3cd36f15c337f9fe
seed7:
	.quad 0x0000000000000001
	.quad 0xcafdd9ec8c0e1ab1
	.quad 0xffffffffffffffff
	.quad 0x2a5de2b73a7eb85b
	.quad 0xffffd85d04e735c5
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd10
	.quad 0x0000000000000212
	.quad 0xfffffffb997f2147
	.quad 0x01e91eb9accd8dbf
	.quad 0xfffffffffffffd62
	.quad 0xffe7b172d0c71dc0
	.quad 0xffffffffffe5bbff
	.quad 0xc847c10b541129da
	.quad 0x0000000000000196
	.quad 0x73d77f4bc96cbd2d
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xc3f565a501000000, 0x3fd1c6c098a10409
	.quad 0x07956f11007fffff, 0x802d280c43218000
	.quad 0x3ee4259c3bf4494c, 0x61d91b3cfde8918d
	.quad 0xcfb328444b56ad72, 0xbbd3a6547e800000
	.quad 0xd8b323482ef80000, 0x2317a89bdbf3a4ea
	.quad 0x400d230cea6f67e9, 0x800ab17ba4a5e38f
	.quad 0x88f2bf1b51fbfc00, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x4042018156cc4785
	.quad 0x401a000000000000, 0xbcafb20ce17d8627
	.quad 0x800000004b134631, 0x0c3f1c8b87ec4d22
	.quad 0x5ba5e9b530f08000, 0x978d236b2b13e285
	.quad 0xc8abc6f794aec480, 0x0e650252ecdbc905
	.quad 0x41866d41fea87361, 0x10af9a6ff05ce75d
	.quad 0xbfc4d33f97713aef, 0xbd279a2d0004d4ef
	.quad 0x8000000000000000, 0x7fcc28cc59800001
	.quad 0x7e800000bef3f189, 0x829383cfc8585f3b
	.quad 0xa9edd4b77ff7c900, 0x7fa31e7ffe800000
	.quad 0x311eaf1ad60841a6, 0xc036c6c5ef942c94
	.quad 0x5f995a342edbee6b, 0x8797ca38ff75f81d
	.quad 0x4061eb48c0f00000, 0xffefffffffffffff
	.quad 0xbff4ecc2fd3b7a24, 0x4090000000000000
	.quad 0x43fffffffffffffe, 0x02d89af3ffa90401
	.quad 0x007fffffffab6c3d, 0xc3e760a8f6e81899
	.quad 0x3f99fb23f37b08d2, 0xaa5e857480000000
	.quad 0x0d48cceb7effffff, 0x41180000555fb32f
	.quad 0x82dbb8dd70df19bd, 0x14a01e18a3a61fc8
	.quad 0x97a27f078dc6fcda, 0x40438006447bade4
	.quad 0xffe0000000000000, 0xfff8000000000000
	.quad 0x010d5df4fedba4e9, 0x432fffffffffffff
	.quad 0x8000000080033b16, 0xa75708b9ffe60000
	.quad 0x8342e3dfc5b53f53, 0x8015316c00000000
	.quad 0x4c42356420adcf15, 0x4073800000000000
seed8:
	.quad 0xdc144e0fbe2a9fef
	.quad 0x00000000000010cc
	.quad 0x0000006e3e78ca59
	.quad 0x00000d25ad4e813f
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x5a839a30a8b0ae43
	.quad 0x51247fd67eaafb14
	.quad 0xff856a2bc0c9d4be
	.quad 0xfffffffffb108caa
	.quad 0x00000000ffffffff
	.quad 0x99a54237d507fc1d
	.quad 0xcce17ce8669ade7e
	.quad 0xffffffffeef792c5
	.quad 0xfffffffffffffcb2
	.quad 0x003aa112616ddaae
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x897fc2d8fbb27c39, 0xf7e9f60941080000
	.quad 0x801fffffffffffff, 0xac3d25b51f122914
	.quad 0x03aa568ac334985b, 0xc37f9ede40a80000
	.quad 0x801510c2c7c00000, 0x81962fa431cb40cb
	.quad 0x7fc33cf45d8cdc99, 0x7f8000003d45b278
	.quad 0x0faab798fe19ed1f, 0x6182d684cf5c7e01
	.quad 0x0000000057a0cd27, 0x824c71723d5beb6b
	.quad 0x7fff3a03c0fbca50, 0x80aa3383c0300000
	.quad 0x7ff8000000000000, 0x4043273c236b72d1
	.quad 0x400800009b1d354a, 0x592c823cdffffffe
	.quad 0x52bf4b3520cc12c9, 0x4102400000000000
	.quad 0x0a8e556daff7feff, 0x0ccd099095688200
	.quad 0xc013000000000000, 0x4129000000000000
	.quad 0x7d410dc9d5f9fdd1, 0xfff9cc5455e99665
	.quad 0xa843b1fd898736e5, 0xca8c7263ecc39056
	.quad 0x800f6c2a2f84bb7e, 0xc8d3583c3f6bb2ec
	.quad 0x8125c66686f4fc47, 0xffa58700ff000000
	.quad 0x7e80000084bf834e, 0xc30657c7cbb60f82
	.quad 0x52dc02228122c1be, 0x7f800000ffa8dcdf
	.quad 0xb4b61fbaffebd1d7, 0x3de6077a00000000
	.quad 0xffd13a775a0bbeff, 0x40a0000000000000
	.quad 0x000737faf1e5b8b9, 0xff8c1fceda15aa81
	.quad 0x52a2de4c13ec4554, 0x7f738c5c8348fe00
	.quad 0x400cea56ec994481, 0x81de2f789217878c
	.quad 0x775c56bd35b77bb9, 0xcd22821bf5aafe1b
	.quad 0xf052309f90e44680, 0x50e532d6cb910d72
	.quad 0x53307e5854437e00, 0xb10f87f5ea5127e6
	.quad 0x8000000000000000, 0xa44b9ebd8c1640a9
	.quad 0x8000000081000000, 0xb832e74b7de4fe51
	.quad 0x6dbeefc14446d135, 0xf5234cce3b719491
	.quad 0x40607d3adb4a48ca, 0xff800000f8008035
	.quad 0x3ee245efc05175a7, 0x01122d8a23dbb18f
seed9:
	.quad 0x0000000001b102bf
	.quad 0xfffffffffffffe0a
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0x000000000000000a
	.quad 0x04e3bc8bab5f2fcc
	.quad 0x0000000000000515
	.quad 0x518ae0b75abfc759
	.quad 0xbc43ab07a9c516bb
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffffc
	.quad 0x000000000e664146
	.quad 0x38d1b9cd8f88ef96
	.quad 0x0000000001000001
	.quad 0x0000000000000012
	.quad 0xd080d57397ac51a3
	.quad 0x01000000
	.quad 0x10000000
	.quad 0xb5104da19bb400c7, 0x3bf0b598c7800000
	.quad 0x044797d2244cbd00, 0x0dcad0c6674ee6eb
	.quad 0x054fa8f780000000, 0x8000000049660000
	.quad 0x857833695c4c6881, 0xb444bb83fffe2b7a
	.quad 0x5c4ec5d89150ac7b, 0x3fd89e2142e35e59
	.quad 0x8018c84b31c5904f, 0x0b762ee244c00000
	.quad 0xa55a1a30f7fc7c00, 0x0ef245df4ffe7ced
	.quad 0x8000b3c721216fe5, 0xd3e434bcf7ee0000
	.quad 0xfff8000000000000, 0xc2219a2bffb1277a
	.quad 0x5f0000014094aa37, 0x0000000000000000
	.quad 0x430aacc93d6c8000, 0x3a8d1f4786407cdc
	.quad 0x7f724a68cef4b800, 0xc261a1ec40804b29
	.quad 0x7ff855252b81a48d, 0xc022000000000000
	.quad 0x21a8bf5c708058f2, 0x56f59e46fedc8db6
	.quad 0x81fbe5d0d2fc27e8, 0x41e5a286801bdf59
	.quad 0x936da52a843b4247, 0xa64717647f54e6c5
	.quad 0xc033fdea77df67fb, 0x7fb148bec1000000
	.quad 0x9c488606ab0a8cc0, 0xfe99ec93ffc00000
	.quad 0x7ff8000000000000, 0x286596cc7fc00000
	.quad 0x40294b790fd675ed, 0x7fc00000731cce35
	.quad 0x80000000437432fa, 0xe76a1e857fef7730
	.quad 0x9f9d1a3fd5e2dea4, 0x3fa3000000000000
	.quad 0x838170a67a904978, 0x800fffffffffffff
	.quad 0xc06000003cb44252, 0x464565855affff2f
	.quad 0x00212b1affc00000, 0x1c9cde93f4f3cff7
	.quad 0x3a6b8cdbc8688000, 0xc8875f84ffec2ead
	.quad 0x46724e36d1bd83ff, 0xc2a5921b4039642a
	.quad 0xff8c13f100000001, 0xc090800000000000
	.quad 0x5a5c1fcd9f3a0000, 0x42e93805ffc00000
	.quad 0x7f8a33d57fc00000, 0xbfa0e2d1956966d9
	.quad 0xff800000ff88ffbb, 0x7fe0000000000000
	.quad 0xf17e1e04ef7caf00, 0xfffd8d02715b15e9
seed10:
	.quad 0x0000000000000344
	.quad 0xf9432b25959e0e2a
	.quad 0xfffffffffffffd39
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0xa66f9c430e9c8114
	.quad 0x519de0e4d9791f47
	.quad 0xf18dbb4175eb6d5c
	.quad 0xffffe979c3444c94
	.quad 0xfffffed67a26460c
	.quad 0xffffffffffffffef
	.quad 0x0000000000396dd7
	.quad 0xfffffafe288a89bb
	.quad 0x8000000000000000
	.quad 0x000000000006d021
	.quad 0xffffffc5d9db5ea8
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xaa17956af32cd22e, 0xd95f3295a53e61b2
	.quad 0x8000000000000000, 0xbe2108c7dcf1f400
	.quad 0xffb7fa6642f19933, 0x66e9f3edebbc7afb
	.quad 0x5cf6ba65fff64fa3, 0xccc5352bbbf88063
	.quad 0x45780000407ffffe, 0x3fcf76d1a12275e6
	.quad 0x78b55b24bd014839, 0x387f94c3dfeadbdf
	.quad 0xfffb7fcab584b94f, 0xc023800000000000
	.quad 0x7f80000080000000, 0x39c00000814de4e5
	.quad 0x16b7a9172e3229c3, 0x396d5a93e1e8ba00
	.quad 0xc330000000000000, 0xd54bc1c299aa7847
	.quad 0x149e188c57efdd7d, 0x8020000000000000
	.quad 0x0025af1680565d4b, 0x85a9b9febdb9be17
	.quad 0xd4c2f6967a918000, 0xfffd1b1442b9e8a6
	.quad 0x2fa54a17646b377a, 0x47362b65def85a27
	.quad 0x7f9bbfc1850b1031, 0xc10000000057bfe9
	.quad 0xc1c053adda000001, 0x4041763f4056b873
	.quad 0x4bea4348c3ac7dbd, 0xe6cceda63fffddf7
	.quad 0x7ffd037bc2161889, 0x7b47e863ff000000
	.quad 0x479d0000ff800000, 0xbd8e1aadc7800000
	.quad 0x56a5f8e4b077b9b3, 0xac9831c29ffbe3eb
	.quad 0x0000000000000000, 0x3e5839c0b7c00000
	.quad 0xc01a9b18c0a80000, 0xa852af71f8eff7bf
	.quad 0x80000000b41fbc7c, 0xfff8be2083a9ba7f
	.quad 0x7fe9f1b4fbb52163, 0x0028249c18ebe97c
	.quad 0x41f0000000000000, 0xc10c000080000000
	.quad 0x7fd85e568c29f7ad, 0x4fbbc8b9bf6ee6f5
	.quad 0x3dd17098a19f3f2d, 0x8040000074865882
	.quad 0x7ff0000000000000, 0x80000001f51dd98b
	.quad 0x7ff0000000000000, 0xbebf195442fa7714
	.quad 0x5f729fdf3c524bc6, 0xbfee6e114d9d15b2
	.quad 0x0c5f2761c0300000, 0x826d6674c0400000
	.quad 0xb48e59eae24f83ff, 0x0ec5454e959e0a00
seed11:
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x85666090bf768eef
	.quad 0xfffffffffffffe5b
	.quad 0x00988fb76ac8d673
	.quad 0x661e66c7f2b263ba
	.quad 0x0000000100000000
	.quad 0x0000000d0c3004c7
	.quad 0xfffffffffffffc6a
	.quad 0x00000000465cbc0e
	.quad 0xb9b495fff71599cc
	.quad 0xffffffff80000000
	.quad 0xfffffe2161cc0121
	.quad 0x0000000000000000
	.quad 0x00000000000000ab
	.quad 0x000000000000036c
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x43fd028c00000000, 0x36c63e0d1a767a3c
	.quad 0x40700000bf800000, 0x749ed8131c67ab32
	.quad 0x5870ce4faff20539, 0xc11d2efe6ed69fb6
	.quad 0x7ff0000000000000, 0x3f4d200000000000
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x7ff6eba91d44b777, 0xfb2c1de2bdb8f800
	.quad 0xc20ad543c372fd0a, 0xfff48fad77d195f5
	.quad 0xe12690a10fd189ae, 0x3c0e63ced558dd95
	.quad 0x7f3fbb728a61bb00, 0xf488a8e172655506
	.quad 0x00000000bdcb0000, 0x33681e0a18beba47
	.quad 0x8000000000000000, 0xf8cceb67ebfb5ba1
	.quad 0xffc000007fc00000, 0x0132e31768bd793d
	.quad 0xffdfffffffffffff, 0xff800000ffa03201
	.quad 0x47d131bdb834cd9f, 0xafe084dc3b91216f
	.quad 0x807fffff80041ea3, 0xfff311258061e57e
	.quad 0xd6c6f194c1324660, 0xef4379671c98fe87
	.quad 0x83341019ffa994e0, 0x402c0179eacb6c06
	.quad 0x1491eac3724c7c00, 0x4007e92e8b2d3e9b
	.quad 0xfb5a8708c3b9d868, 0x8ada8889204e2789
	.quad 0x1c87f04ea1c2fa59, 0xaf2b4bbee3414f00
	.quad 0xc7c24c7bf3202dcf, 0xffc00000bbdff879
	.quad 0x008973234c5ca0d3, 0xc058ee6887d31429
	.quad 0xffdb8ed8bb280000, 0x3a29d86311d46ffc
	.quad 0xfff8000000000000, 0xff8c41eebec697eb
	.quad 0x8000000000000000, 0xf7634ec4ffbbc7ff
	.quad 0x9f3b4c847d68fe0a, 0xc013000000000000
	.quad 0x043fa7a1cfc46fbc, 0xc039733417a6fee1
	.quad 0x80000000bdadcf18, 0xdf8d5f1cffc00000
	.quad 0x8016404f0bfe9195, 0x80ffffffb31bbb2b
	.quad 0xfff0000000000000, 0x88565e4eff6bfcfb
	.quad 0xfff92f3b4c5610d4, 0xffd37994cf02632a
	.quad 0x3823e61648866487, 0xc3e0000000000000
seed12:
	.quad 0xfffffffffede73c9
	.quad 0x000000000000035f
	.quad 0x003ff389aa0014d5
	.quad 0x00000000000001d2
	.quad 0x000000000000020d
	.quad 0x88c943c578d95eed
	.quad 0x0000001ffe5e6998
	.quad 0x0000000000000696
	.quad 0xb9d865feadee6f52
	.quad 0x00715b7a408ff593
	.quad 0x0000000000000012
	.quad 0xfffffffffffffee4
	.quad 0x000000007fffffff
	.quad 0x3d00e110a59c1d8d
	.quad 0x000000000000001c
	.quad 0x8035978768fc5f84
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xa2c9935fe2fdfff7, 0x3246b021cf3fff80
	.quad 0x3da6698cd8153fd1, 0x46660cf6bfe00000
	.quad 0x01948b66cdcab993, 0xfff8000000000000
	.quad 0x8000000000000000, 0x0578ef847edfc428
	.quad 0x0ada59e9fff57f7e, 0x80016ac84ee53335
	.quad 0x0000000000000000, 0xcb2df1204172f2ed
	.quad 0xf1c947433b2b91b5, 0xda4a2c838070745c
	.quad 0x3ee31f843f318778, 0xb1f0f04c011ab6a9
	.quad 0xc78b8cb4e6bffc00, 0x60d38640bd3784f0
	.quad 0xffc00000428793ca, 0xbf778575d01e434d
	.quad 0xc33fffffffffffff, 0x9580840a58043600
	.quad 0x5a9ca4de1ee423fb, 0x406de1dfa8a904f4
	.quad 0x7ede04f5fda20e52, 0xc340000000000000
	.quad 0x0008000000000000, 0xf313e82aeffffc46
	.quad 0x0000000000000000, 0xfff8000000000000
	.quad 0x9446312c7f8c8000, 0xc004000000000000
	.quad 0x807fffff8024a47b, 0x0134502449450000
	.quad 0x7fc000008f5baa8d, 0x7fc00000ffb41793
	.quad 0x80084a4622824a42, 0xfff8032fcc537e13
	.quad 0xef3372f85b91d280, 0x3de1a932ffdab0b8
	.quad 0x5c9ae2ce7fdeb75d, 0x603b42101c59bf00
	.quad 0xccc7b494ff3b2596, 0x0ab46d6c6af62dbd
	.quad 0xfff0000000000000, 0xc06dadfce6834bbb
	.quad 0x3fd0000000000000, 0xacd6849bf32ae0c8
	.quad 0x128194cf46c00000, 0x7499db71948a7b1b
	.quad 0x407ffffe8aa5de1b, 0xc0065a12cbd0007c
	.quad 0xa5e0e11757fd5aca, 0x7217eb3ad9aefd4e
	.quad 0x7fe057c8f71ca6cf, 0x9338cf0aeb2cb349
	.quad 0x7f26a407c0c78001, 0x7effffff80000001
	.quad 0xad635896c4d44d9e, 0x0000000000000000
	.quad 0x7ffc6f013f5d319e, 0xfff8000000000000
	.quad 0xff89ba47407749ba, 0x5f7ffffe809889e9
seed13:
	.quad 0x0f57885cba6d5f98
	.quad 0xfffffffffffffe6c
	.quad 0x75551bb6fbefe207
	.quad 0xe72eff354dc242c8
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0xf5f2ce7ed6b24169
	.quad 0xfffffffd845d427c
	.quad 0xffffffffffffe631
	.quad 0x000000002bc3d06a
	.quad 0x867a06237ee45027
	.quad 0x00000000000000bf
	.quad 0xea1a45eb0e64fda5
	.quad 0x0020000000000001
	.quad 0xffff8e6809a07eab
	.quad 0x2eb41911f86382a0
	.quad 0x02800000
	.quad 0x20000000
	.quad 0xc0115ac7558b8e9e, 0x7ff879f66c214189
	.quad 0x7e243372bdd0c361, 0x7f8000007fb37dad
	.quad 0x0cf712ca1c1dfe66, 0xd86da16fbe6f253a
	.quad 0x2acd4ad27ffffc79, 0xffefffffffffffff
	.quad 0x51f117c6384d65a9, 0xc0189fdd509c807c
	.quad 0xb9c172b52e343400, 0x7ff1c93d1bdf5b71
	.quad 0x64e7539489fba31f, 0xffec62e14f90fa0a
	.quad 0x3ee9593a80000000, 0x40d0000000000000
	.quad 0x77a16944115991c0, 0x92baa900a1997c00
	.quad 0xbfb8e8b2fbe7ba5c, 0x0aad9a00aeddf3f7
	.quad 0x808c46bb3c5093f6, 0xbf9d48cc3a8bbbb5
	.quad 0xc0142e2c8ef6b867, 0xbff4c00000000000
	.quad 0x344a82a4e69d7af4, 0x676ae89cffa40000
	.quad 0x0c4426b6ff8f3260, 0x666a1c71fff309e7
	.quad 0x4027286c52596c34, 0x80000000cf7fffff
	.quad 0x0000000180000001, 0x055c6761ff835771
	.quad 0x030204098b046750, 0x4258f9fac05233c9
	.quad 0x6a56e2b33fbacd26, 0x7f6a31d37fb381d9
	.quad 0xc558831fa6233c91, 0x3ff0000000000001
	.quad 0xfefbf3b743b9b5b7, 0x41626e5e89b903ff
	.quad 0x015615ec2144bad4, 0xea133379ed7ae580
	.quad 0x0000000041a00000, 0x3c4539db7e800000
	.quad 0x967b8f02cd9cfd6a, 0xfff0000000000000
	.quad 0x1c90b6d9c383fc00, 0x766fd968698b2272
	.quad 0x6ee35ac76a403fa3, 0x5f1a83d6b5800000
	.quad 0xc1cf4295c9a00000, 0xc0effffffffffffe
	.quad 0x412fc00000000000, 0xf35751fe76b028be
	.quad 0xbff3821640f210a6, 0xa8d9aab1de674734
	.quad 0xffed3c5a1e271dea, 0x0841e48b6570f58c
	.quad 0x1fd1e05ebd3043d5, 0x1c60626065704277
	.quad 0x7ff33a3449050bc2, 0xfd84e41dc981d57d
	.quad 0xb6a00000183e5cf5, 0x21458ed5b307f7ff
seed14:
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0xc06aba7e4f70905a
	.quad 0x0cff33ae7daa67a5
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe70
	.quad 0xfffffffe0e5e14df
	.quad 0x3fffab62c2d01b0e
	.quad 0xf8e471efb31da750
	.quad 0x657b91d21729d052
	.quad 0x000000007fffffff
	.quad 0xf4492cf265e0cf84
	.quad 0x0020000000000001
	.quad 0x6af3bcd9f53b7de5
	.quad 0xfffffffffffffe4e
	.quad 0x00000000ffffffff
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x500c8787a75dffa8, 0xf8d7832ec6200000
	.quad 0x7f80000085fb1923, 0xe44ae012f634fc10
	.quad 0x40eb30f600000001, 0x40014375171b2af9
	.quad 0x31a3deba630220a4, 0x0000000000000000
	.quad 0xe6b99062ffd59aad, 0x3f8000004200c0a0
	.quad 0x72071a818bf42d01, 0x8a562d5ebe620000
	.quad 0x1eb0dc7f535a17cc, 0x8000000000000000
	.quad 0x7ff5440ec1d24391, 0xe404f5d5bbdcfe00
	.quad 0xffcd44b67f800000, 0xa73662adfbff826e
	.quad 0xdc38ec3af13fc000, 0x6eedc093fdeff677
	.quad 0x00000000421104ac, 0x3fccdea100000000
	.quad 0x7f1b13343fc31949, 0xc013200000000000
	.quad 0xff00000042fe2cc2, 0x364a91533e8cf5b0
	.quad 0x1b5ee4d0ed20fc00, 0x396798cb9e1fcb8c
	.quad 0xacdd2e387fba5b7e, 0xf8e7250a97dafe00
	.quad 0xfff126e23093f764, 0x4340000000000000
	.quad 0x657aa29dffee84a4, 0x7a6f84004e32ec74
	.quad 0xd56ccbad633d9b78, 0x40e0000000000001
	.quad 0x4a8a3c1bbf573fde, 0x773e8ebf7faccdac
	.quad 0xe7602a253aedb8c7, 0x800000003baabb9e
	.quad 0xe487be8fe46bbe92, 0x2ab6b71fff5bbf5f
	.quad 0x4004000000000000, 0x6a2be3618c447db9
	.quad 0x0008000000000000, 0x004d399c00000000
	.quad 0x5f800000fffa7e04, 0xb82da8ddfffc7c03
	.quad 0x6bfb77fcd6f39619, 0x8290900785eba972
	.quad 0x0000000000000000, 0x416c200480635133
	.quad 0xffe9d051c2d5d34f, 0x3fb29d2dcb42f0ff
	.quad 0x00000000fefb108b, 0x4d38264bfeecdea3
	.quad 0xcf6fd29bf55b3d08, 0xf4cc2497f8f91d66
	.quad 0x5565ff455810b800, 0xd6062955de634fb0
	.quad 0x981447e403fdf7fc, 0x67bd157efcc57a96
	.quad 0x601c8e26f803ddb3, 0xf7a833a440f00000
seed15:
	.quad 0x001be64f11484ff3
	.quad 0x0000000036968956
	.quad 0xe5510b627919b8cc
	.quad 0xfffffffffffffbc6
	.quad 0xb0306a979430237b
	.quad 0x4817ca4d18ef5fa3
	.quad 0xfffffffffc43c74d
	.quad 0xfc8786a263d4955b
	.quad 0xffffffffffffffff
	.quad 0x000000000000023e
	.quad 0x0000000001000001
	.quad 0xffffffa12d58f41e
	.quad 0x409fb6697334c1ff
	.quad 0x000327fc43ed18d1
	.quad 0xfffffffffffffd9d
	.quad 0x7d84677ddc520cae
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x10c4b52551fefe2b, 0x1155ab2fb784a9ff
	.quad 0x8b14a9227fa7edd7, 0xc25ffffffffffffe
	.quad 0x5f89e4ad4014fe56, 0xbc064ca2098448d6
	.quad 0x0000000000000001, 0x7f899c4b40835c98
	.quad 0xfae4eb68fe7dfff3, 0x02591fdac975a281
	.quad 0xc65a2a92d9dcfb81, 0xd6287233093b8900
	.quad 0x72bd34bbfbec2705, 0x7f80000080416ace
	.quad 0x406cc38046d090de, 0x0531ba319ecab115
	.quad 0xc011f7a50417d4ba, 0x170c669203c30000
	.quad 0xc0b0000000000000, 0x8046bce9c8080000
	.quad 0xc10c00003fae116b, 0x010000008d065e33
	.quad 0xfbb5a6ff967ef890, 0x1681dfcf3d0192f6
	.quad 0x8d4da14501000000, 0xf3d8f7393d6107ff
	.quad 0xc110000041849f83, 0x7fcda520bc24b47f
	.quad 0xec00d9392b734e8a, 0x410f000000000000
	.quad 0xf6fad4fdb84f0000, 0xbfd12ed15c4e4e84
	.quad 0x797fc33bfefbd800, 0x576a8e78ffbf9efa
	.quad 0x0d927760cb4f7998, 0xfcafe9a4c5a8411d
	.quad 0xee9e51b436cc3ce0, 0xfb412a0f35a200c6
	.quad 0x1bb691c5ff8fb290, 0xf389f6f4836cbafb
	.quad 0x7893e02f15bd5e4e, 0x807ffffffffe8cda
	.quad 0x00ffffff80000000, 0x7fa42bfcffe0c252
	.quad 0x40585784be7f916b, 0x3ff1951d0955f86a
	.quad 0xc0f0000000000000, 0x4028000000000000
	.quad 0x8008000000000000, 0xffa9931380400000
	.quad 0x7f96440bc02883aa, 0x11f7e1339266a3f3
	.quad 0xe4b74e30ff7fcedf, 0xb45aca57d2605c35
	.quad 0xc0f0000000000001, 0x7fdb9965f9e33418
	.quad 0x40dc00004fffffff, 0x427cde97ffbfcd5e
	.quad 0x001e6c679758131c, 0x0ff08b327fa4f7c4
	.quad 0x860ced9c7cb2d720, 0xc0effffffffffffe
	.quad 0xff800000bdff01a3, 0x5c94fb447fdba398
seed16:
	.quad 0x0020000000000001
	.quad 0xb18d04b9e376eb93
	.quad 0xab653a7ce9599ec3
	.quad 0x514109e8e9deb533
	.quad 0x0098baa522a966e1
	.quad 0x8000000000000000
	.quad 0x00000000000001cc
	.quad 0x0000000000000224
	.quad 0xffffffffd1655163
	.quad 0x1b35aac0b770b40d
	.quad 0x92cb890c88ea009e
	.quad 0xfffffffe66e10642
	.quad 0x0000000000004c51
	.quad 0xfffffffffffe5df9
	.quad 0x346264e56209016f
	.quad 0x000002ebea8c1a27
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xf13ec3e4c34db440, 0x40a309883fe00000
	.quad 0x7fe26e316ea57b91, 0xfff8000000000000
	.quad 0x8005a6b66c47babe, 0x759f95c667f0aadc
	.quad 0x9d5f36166c8f6928, 0x5bea11e49fd37adf
	.quad 0xbfe0e73c420cc108, 0x04fd9518eaaa142f
	.quad 0x7fefffffffffffff, 0x85130fdbfc744740
	.quad 0x401f800000000000, 0x407800001c332453
	.quad 0x4330000000000001, 0x613279557da26c29
	.quad 0x099b5f5a692e632d, 0x3abc151264aa7ae1
	.quad 0x48ebb7c42ac44400, 0x400c000000000000
	.quad 0x48916bb0b75cfe84, 0x1c2c598f00e00000
	.quad 0xbbd341336f014d74, 0xaf1f9ebbffeafc00
	.quad 0xfff8000000000000, 0x57d388d3c225f06e
	.quad 0x3f54a90c80ffffff, 0x5787ebfeff04c835
	.quad 0x805759e6198c254f, 0xfe87b947865277ff
	.quad 0x343110360f4dbd87, 0x3ffb400000000000
	.quad 0x16d2b9e67effffff, 0xff8000007fa8a19c
	.quad 0x41e2eac073f0c461, 0xc3a40000803bf060
	.quad 0x3d16ef9feaefff35, 0xf18951878d6afe98
	.quad 0x7a92c54cb5d89a78, 0x43e0000000000001
	.quad 0xbf15c00000000000, 0x95acde7b3eadda77
	.quad 0x40fc00003de1a4e0, 0x758c084bbe6c9afa
	.quad 0xc021800000000000, 0xbd0d473b40580000
	.quad 0x0000000040b00000, 0x821979beab93b840
	.quad 0xf00d5ee3b7cc0000, 0xbfffc482fd0145c0
	.quad 0xfff0000000000000, 0x3ff94958af6e6198
	.quad 0x4006000000000000, 0x4594000080000000
	.quad 0xfff7ea49ee1f4955, 0xfeffffffbc0a7bb8
	.quad 0x782f205ecd803182, 0x66e134c6ffffffff
	.quad 0x7fc00000ff800000, 0x7ff0000000000000
	.quad 0x002fffffffffffff, 0x0113e018e6446afc
	.quad 0xa838f1b23ef7dfa8, 0x36f8a133b286a24a
seed17:
	.quad 0x97dba32dcb968f1c
	.quad 0xba516721a6d400cd
	.quad 0xfffffffffffe7721
	.quad 0x8efa6506c34903e0
	.quad 0x726b9c5227ce98f6
	.quad 0xfffffffea4c1b7a8
	.quad 0xf1e9164076e42702
	.quad 0x86fb883c873f3313
	.quad 0x000000007fffffff
	.quad 0xff6b526c7d379cbe
	.quad 0xfe9b0b9c00201d95
	.quad 0xfffffffffffffd96
	.quad 0x00000000000001d4
	.quad 0xfffffffffffffd40
	.quad 0xf32b95699dfbfde9
	.quad 0x000000000be0f687
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x8137d596ccdcb7c1, 0x1e66d29a235baebf
	.quad 0x662715a77f7fffff, 0x40cd20aec33972a5
	.quad 0x261ad1b56152d290, 0x7f9ad8497c1e53c6
	.quad 0x7b6996c218380731, 0x8022822b7fbc57e6
	.quad 0x2da182ec8e1f0000, 0x0651d60ffbefbedf
	.quad 0x40a8000080000000, 0x401b000000000000
	.quad 0x434db7bf698c5000, 0xff800000b3d80708
	.quad 0xe936fb671b547e48, 0xffc000003b3f0000
	.quad 0x07bdd8c108bcf990, 0xc040120619e3586a
	.quad 0x7f8000007fc00000, 0xfff8000000000000
	.quad 0xa37d8d956be3af9d, 0x525b2341124ac280
	.quad 0xfff912b6912e6a0f, 0x0010fdb36d1a6f67
	.quad 0x531b2a429afe7c00, 0xc017c1239bd4b0ab
	.quad 0x807fffff001efc37, 0x306ac22cd3ff6eb9
	.quad 0xad34430ccb0afc00, 0x400ff60f17f61146
	.quad 0x00000000bf86072e, 0x802341fed2b93db6
	.quad 0x73985b646cffff5f, 0xab0f5999fd6e1db2
	.quad 0x1283f7b3e98f0000, 0x42dac586c07ffffe
	.quad 0x74419977ff961193, 0xca0b913ecae948a0
	.quad 0x8000000000000000, 0xd794a1bb779bd0fc
	.quad 0x3714119c14832a47, 0xd832d002cfef2fdb
	.quad 0x02feddcbdf3b8e5f, 0x009c9c676a6518ff
	.quad 0x3fbab628141bb45e, 0x4afd8aeccf5f7c00
	.quad 0x7ffe8bf28d783ee8, 0x76f4721a7fb3fc00
	.quad 0x62934c249c6bf660, 0x10f1a521987ee13e
	.quad 0xcaabb2c5bfffbc7a, 0x0000000000000001
	.quad 0xea7f848cf7edd3df, 0x7f0000007f800000
	.quad 0xc033cc5ea6a34352, 0x7f80000000000000
	.quad 0xc036e7b80ca15e89, 0xdeeb9307ada1f709
	.quad 0xc0a8000079955e8b, 0x7f800000c06b09d6
	.quad 0x5bde0045b43dfc5a, 0x8020000000000000
	.quad 0x9a895aeefeffcff1, 0x3ff87ea4c927fa59
seed18:
	.quad 0x00000000000001f9
	.quad 0xfff873d2f3fee1f5
	.quad 0xfffffffffffffe71
	.quad 0xffffffffffffff0d
	.quad 0x00000000000000da
	.quad 0xac89867cf031fd1e
	.quad 0x000000000000016e
	.quad 0x8000000000000000
	.quad 0xffe51b40618ec867
	.quad 0xffffc4d95d8f79e3
	.quad 0x0000000001000001
	.quad 0x0998f1b1f7d26c80
	.quad 0xfffffffffffffde3
	.quad 0x1558b3d6a7bed109
	.quad 0xfffffffffffffc92
	.quad 0x000000000000009e
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0xfe85aa2a40e80000, 0x62a7c9eb4650a98a
	.quad 0xa861e7487ffb01db, 0x8f0f4274c1db7d43
	.quad 0x8008000000000000, 0xfae5e1dbfffff4fb
	.quad 0xbfa03122802c713e, 0x4014800000000000
	.quad 0xfad17c2c56254100, 0x0069378b0447e24b
	.quad 0x71064f474ce347e6, 0x52d406de02691e6b
	.quad 0xbfe0b449097f78f9, 0xbfdff5d81e5b168e
	.quad 0x30b72ecc977ffc82, 0x3d2800001b37697d
	.quad 0x007fffffc5c00000, 0x2cae8bea993d8a96
	.quad 0x7ff0000000000000, 0xe8b3fa0d6b467e00
	.quad 0xbfd07812477ffffe, 0x40a8c9b2013b465e
	.quad 0xac4ddfb5dd1bc87e, 0x0006049d0573b70a
	.quad 0xfffa3883117b5249, 0x7f955567c3a6b3ec
	.quad 0xfe2040ecceb3292a, 0x535cad4fffb6ff70
	.quad 0xad8db8f60c878097, 0x7f9cce291289ae74
	.quad 0x00f1801bdbeefbf3, 0x599dc0906a4a9905
	.quad 0xcb8147bbcffc0000, 0xbfa876bbf9097b62
	.quad 0x0c2664dd3a5ed60e, 0xfff51baa55f6c625
	.quad 0xe18a41399ddbfdfb, 0x800000003bb426ae
	.quad 0x8b0f2e0ebdd148c1, 0xe52bdefa7f800000
	.quad 0x41a4a461c1160000, 0x020a260c1a2077c9
	.quad 0x9ddd0dbe8067fbec, 0x74aefd398584ab02
	.quad 0x7ff8000000000000, 0xb0ef6966dffffffe
	.quad 0x4255ebf5f7534e95, 0x5f57fe68db620b4f
	.quad 0x6b4e60dfe7ff3ffe, 0x005c24247fc00000
	.quad 0x41a584ba64b03647, 0x7df048407fe9fe9d
	.quad 0x7f80000043460000, 0xfd08dd4cccfe0239
	.quad 0xf1b531b23c20d19d, 0x63d34b507ce40600
	.quad 0x7f80000000000000, 0xc0115cbfc525866e
	.quad 0xc02ffffffffffffe, 0x14af915f777fffff
	.quad 0x47855a853ec80370, 0xd50c2fa628bc7c00
	.quad 0x5353afa37733bb3b, 0xbbacfcacc0700000
seed19:
	.quad 0xffffffffffff0709
	.quad 0x2f93b1a40a95b628
	.quad 0xffc70efa197f1cb4
	.quad 0xfffffffffffffc78
	.quad 0x0000000080000000
	.quad 0x0fcd7d0d1a0c147f
	.quad 0x37feb47aebccdba9
	.quad 0x0000071c1fe9f1b1
	.quad 0x00006103364fec14
	.quad 0x50d3ce668ad88804
	.quad 0x00005716841efb25
	.quad 0x3f6c09a890e380fb
	.quad 0xd396e70be6139f37
	.quad 0x00007e3a4036df61
	.quad 0x0000000000000000
	.quad 0x241453e67b057467
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x42dbbd4effc00000, 0xc077c52cc012af22
	.quad 0x2f290353dc317d37, 0x7fc000003ccbfce9
	.quad 0x3ff3518cc1180000, 0x0000000000000000
	.quad 0x4056800000000000, 0x40c800003f411360
	.quad 0x8000000000000000, 0x3fe4000000000000
	.quad 0xdceffaf4fddefb3b, 0x7fd9e5f7bc55448d
	.quad 0x402c0bfce5cbb6a9, 0xc0a0cebb80400000
	.quad 0x3faebea8f80710f5, 0x40c000003d088cc7
	.quad 0x3cc1d51bc1fc412b, 0xabe508d8d49c1c09
	.quad 0x95d36d93ffdf7d6b, 0x7fb3c690c27ef35b
	.quad 0x0003066df4e5c024, 0x899455a2fdb9e317
	.quad 0x4fffffffc2140000, 0x406a7581b7bdf20f
	.quad 0xfd288c365f9f7cda, 0x7f060b76a5a9f1a4
	.quad 0x41e5baafc0900000, 0x08e6aa3cffc4c8a0
	.quad 0x9094da6e17d7fe00, 0x9810ebcd3febcc44
	.quad 0xd077fa44ebb781de, 0x534dff8fab7d82d1
	.quad 0x39eedab61cd84f2a, 0xff805f2fc1000000
	.quad 0x655a402002c9c880, 0x7ff968c2729c5d6e
	.quad 0x3fffffffff800000, 0x4040d8fe59c08083
	.quad 0x00ffffff3b643687, 0x8000000040300000
	.quad 0xfff5fe0532fbef28, 0xbec5807448354e21
	.quad 0xbf13c00000000000, 0xffdfffffffffffff
	.quad 0x7209e99ca57fffff, 0x91bb77abc63fcad7
	.quad 0x40404fc8f15dd222, 0x6175de3bffe6bb77
	.quad 0xff7e6c713ef48000, 0xa573f7ddc3fa8ef5
	.quad 0x0052768b9b2afedd, 0xffff4fd5bf268ba1
	.quad 0x59fffffe42739045, 0x8e7baf3f150f5e8a
	.quad 0x825ec2587bdf6eb2, 0x7f800000850d85ba
	.quad 0xffa3abb27a73ab68, 0x0000000000000000
	.quad 0x2b2f2241dbfefdf3, 0xb63b000080000000
	.quad 0x0ffc920440b00000, 0x12bd3415145043fe
	.quad 0x92144559b29aff3d, 0xec41b7b4971ffc71
seed20:
	.quad 0x00000000000001ce
	.quad 0x0000001c1e204080
	.quad 0x9355a29dbb5c2d93
	.quad 0x0000000000000109
	.quad 0x35e0bc10eaae6106
	.quad 0x2519383eb8b8c171
	.quad 0x901a103f6a904a4a
	.quad 0xffffffffffff781c
	.quad 0xfc8076300d13cd41
	.quad 0x83801863774befb7
	.quad 0x2a78ce9be0d56e08
	.quad 0x0000000000000001
	.quad 0x00000000000003e0
	.quad 0x8b6bf2877198a716
	.quad 0x1ba7dd6ec17638a5
	.quad 0xffffffffffffabe9
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0xfda16c3a09e3999b, 0xfff0000000000000
	.quad 0xa5cb343fdbd682f4, 0xfe800000ffb917d7
	.quad 0x4097ca741eab23f3, 0x7fb46892411c0000
	.quad 0xc686aad137c3264e, 0xc3e0f6259b95ad29
	.quad 0x411dc00000000000, 0x3ffdbb367f494c35
	.quad 0x7f7fffffff800000, 0xb30208537ffffffe
	.quad 0x8188497d9d981f3d, 0xabc1c786d4612d49
	.quad 0xbfe8470d386fff12, 0xdaf98ceb65f1bcd6
	.quad 0xfef79d207a1b7182, 0x7fc000003dd439d8
	.quad 0x3fec000000000000, 0x5ecd2bfcfade9a3c
	.quad 0xd4a1558dfb3bcdfe, 0x80000000c02e6bb7
	.quad 0xb56bfa07e8ffffff, 0x5e94fd8347c90af6
	.quad 0xcc850c4c7fe187c0, 0x834646868f9e7fba
	.quad 0xbf1c800000000000, 0x8e63e7856fc3f15e
	.quad 0x4232ea24407ffffe, 0x7ff0000000000000
	.quad 0x2e45914fffdefc00, 0x05edef42004159dc
	.quad 0x00389b77c0100000, 0x7ff0000000000000
	.quad 0x96a1452ae5be44e3, 0x92e49eae1057d02d
	.quad 0xffd4d1d9ff4a3ad0, 0x80e60b7697e1ebaf
	.quad 0x40800000807fffff, 0x8243e3087fd2c8b0
	.quad 0x7f8d22c0425e59d9, 0x7fc0000080000000
	.quad 0xc0615ef7f9f39f55, 0x4302d2a9da1ca055
	.quad 0x7f482406454c0000, 0xba2000006919c7f1
	.quad 0x7fb34b71ffa7cc27, 0xab25f4c46efb4080
	.quad 0xc0700000c4080000, 0x5d1b38abf53ebe8a
	.quad 0x7d890f728abd4a20, 0x8543c82f80000000
	.quad 0xd63a621777a9db1c, 0x0000000000000000
	.quad 0x4002000000000000, 0x3c01cf03ff800000
	.quad 0xb48fae42951a8400, 0x756b84d3ebc8d799
	.quad 0xe386d4f568970170, 0x40cc00000013fecb
	.quad 0x40effffffffffffe, 0x421ecc029b7e15c6
	.quad 0x97fb306fffbd7a39, 0x3fec800000000000
seed21:
	.quad 0x00000000ffffffff
	.quad 0xef157f937760d786
	.quad 0xfffdb826dd6219fa
	.quad 0x0000000080000000
	.quad 0x0000000000000112
	.quad 0x037cd891f0414323
	.quad 0xfffffffffffffde5
	.quad 0x8000000000000000
	.quad 0x0ef1afed27c03e59
	.quad 0x105ca6920a42707d
	.quad 0xfffffffffffffcb9
	.quad 0x7fffffffffffffff
	.quad 0x000000000000000d
	.quad 0x00000000a8ed9824
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x231b7b8b77dff7ff, 0xc047911f1740d19b
	.quad 0x7ffab75f4138a5d5, 0xfffdb3ffbdb237b6
	.quad 0xff80000041200000, 0x800fffffffffffff
	.quad 0x8000000000000000, 0x99441587c5ffffae
	.quad 0x8010000000000000, 0x1d255000ffaab926
	.quad 0x7d92d7377a14e64c, 0xea7fd0f57f5afe9d
	.quad 0xf40abd91ff800000, 0xa033c878df32a56e
	.quad 0x6c75e58ecf97cf7d, 0xc1fffffffffffffe
	.quad 0x44bc64013ad99cba, 0x50b240d6c35c0bff
	.quad 0xab44fc620873f4c0, 0x40745d436eca31a8
	.quad 0xc07df5e980877c55, 0xe1d91dff737d3eb7
	.quad 0x632c349bfd3f63b2, 0xeb56f3ee3f0d91cb
	.quad 0x416378e7e7d6fff9, 0x3f9357518ed0ee2a
	.quad 0x000905907f7fffff, 0xeba65be4fe87e7c2
	.quad 0xc118000000000000, 0x8000000036b08000
	.quad 0xbc0b46457f8b65f7, 0x7ff0000000000000
	.quad 0xffb775a485060f2c, 0x816be34b80000000
	.quad 0xfff2ca99cfcb9aca, 0xfeffffff0d976f88
	.quad 0xcdd362978aa8fcfd, 0xc000000000000001
	.quad 0x815e2559d366361b, 0xdfde1db88f55f478
	.quad 0x466011dd3d3e5858, 0xc28360ee3fcbe7ed
	.quad 0x3fbb365a10512747, 0x803ce3e87ffbe10a
	.quad 0xbef84e8f5fd9070a, 0x4039164700000000
	.quad 0x49380000069e0833, 0x00000000cf800000
	.quad 0xf05af7b17d92da67, 0x477ffffe46a00000
	.quad 0xc000000000000000, 0x9713bc48b91bd249
	.quad 0xbfd17459c7479897, 0x534a3a47ffc2fdf0
	.quad 0x03edd820fa79fc85, 0x3fd7e79e59f3d1df
	.quad 0xdaa3497f6efa3ffe, 0xadaba311a13fd7ff
	.quad 0x34869e0cd3167e00, 0x3ed8000000000000
	.quad 0x7fa5705a00000000, 0xc5f6d18fbf8f5fbf
	.quad 0xc0c80000ffe8dd66, 0x11edfc4cf5efb73b
seed22:
	.quad 0x1a7c69191a04babb
	.quad 0xd66c377a4899c569
	.quad 0xfffc4edac2c4e90e
	.quad 0x0000010f6e878756
	.quad 0x000000000000035e
	.quad 0x00000000ffffffff
	.quad 0x000de0913657cc51
	.quad 0x000000007fffffff
	.quad 0x86b6cdb2e6aae794
	.quad 0xecb5bf17e968c98d
	.quad 0x000000000000011b
	.quad 0xff7630fa12e4e6aa
	.quad 0xffff94b0b82661f3
	.quad 0x7fffffffffffffff
	.quad 0x3f352bd4b0d04f01
	.quad 0x1c6a9b2dfa784d8b
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x8000000000000000, 0xfff8000000000000
	.quad 0x3ec9000000000000, 0xc028000040130000
	.quad 0x32b250f32d5135d2, 0x48ca9d8cfbf37e00
	.quad 0xfff0000000000000, 0x80000000403faf2b
	.quad 0xdac09a6002a4fb9f, 0x00a8bb86c1db0000
	.quad 0x680cabd832e9c859, 0xb622e65cbe0c117c
	.quad 0x4014000000000000, 0x75c16a32031f95d9
	.quad 0x9cef576ce39324e3, 0xfff8000000000000
	.quad 0xffb53cc4b775d20a, 0x400a800000000000
	.quad 0x7ff24d22554adfa2, 0xfe2885f9c4a6e453
	.quad 0xc015000000000000, 0xf8444dcbc04303ff
	.quad 0xb94a56c83fffffff, 0x56dbdfb6ff800000
	.quad 0x17991b57e68c0000, 0x00fb8ce803225993
	.quad 0x2cb47881ffdbcdfc, 0xde74bd69abe77fbb
	.quad 0xbb3018663404a417, 0xffe0bb4177bba979
	.quad 0x434757a27af3176e, 0x7ec23c99ffffdfdf
	.quad 0xdaa7d445dbef4880, 0x3bc9126a74289165
	.quad 0x8e7fa324b4ba0092, 0x99189074c3e2fb7b
	.quad 0x3cab6fb3007fffff, 0x3f716cbfdb03707f
	.quad 0x0cb23abcbd75a107, 0x000cfbbbe6004480
	.quad 0xffa5beb34301cfa9, 0x45c9000003e714b8
	.quad 0x3e2df24b807fffff, 0x63f8acdcc5fdfef3
	.quad 0xc01b4eff82205f9f, 0xa8ce7fadff9e1e31
	.quad 0x97ebbdf5feffffff, 0x32a2f0ae70d510bd
	.quad 0xc1a400000030c748, 0xe1f35c8cd7ffffff
	.quad 0x72f1108eff5fbfdf, 0x800f1698cab183cb
	.quad 0xc34a9d48ee89add0, 0xc043f814f5f1ec4a
	.quad 0x7e424246e6fde9f7, 0xffd8151dd62187d8
	.quad 0x3fb9aa36370fe39f, 0xffa55f8980000000
	.quad 0x43f0000000000001, 0x807fffff422c54ac
	.quad 0xbf29900000000000, 0xfff0000000000000
	.quad 0x800c5fff9dce9550, 0xbadcc963eec255a4
seed23:
	.quad 0x0000000000000066
	.quad 0xfffffffffffffe81
	.quad 0x112d226a113e3fd3
	.quad 0x000000000000037b
	.quad 0x00000000000f5a2b
	.quad 0x00000007c2e64ae9
	.quad 0x00002c3579d932a0
	.quad 0xffffffff80000000
	.quad 0x3e7a5f7707562694
	.quad 0xffffffffffffffdd
	.quad 0xffffffffffea5b46
	.quad 0x0000000000000074
	.quad 0xf8f4e89fcb1dbff8
	.quad 0x00000000000ae829
	.quad 0xffffffffffcb18a6
	.quad 0x8805fa8fd1aed616
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0xfe700fc627c2b82d, 0xc0a22bd5be83a92a
	.quad 0xbc2cdf146bef2be3, 0xad9a3ba9bffedbf5
	.quad 0x8d41af5136ac0000, 0x000fffffffffffff
	.quad 0x3f7bf93ee366ec64, 0x2a41765605fb2f00
	.quad 0xffc39bb7ff800000, 0xf572e01585bc40ec
	.quad 0xfff4db7d9e5297aa, 0x001fffffffffffff
	.quad 0x0000000000000000, 0x4000000000000001
	.quad 0x7ffbc924e5c693dd, 0xc547894a7fa68f76
	.quad 0xfff3fcc4dca51575, 0x3e5c7730ffc2151f
	.quad 0xeb38de409505751d, 0x407fffffbf411cc4
	.quad 0x4004000000000000, 0x3e67000043d85b0e
	.quad 0x000ef36d0d5b52d1, 0x7fc0000000000000
	.quad 0xdc2d9089bfe6d1cb, 0x412e000000000000
	.quad 0xfffdb3e37fc00000, 0x00000000c0600000
	.quad 0x7f293d20fa0c060b, 0xb7900000ff000000
	.quad 0xff494855cde2add5, 0xfe2cbdfdd2a24804
	.quad 0x1a623f66e7b8fedf, 0xbb408000feecf16c
	.quad 0x3fe16e45317a1d41, 0xdb319b44927ff8fc
	.quad 0xc03c000000000000, 0x7fdfffffffffffff
	.quad 0x7ff06d6aba9cef7a, 0x4128000000000000
	.quad 0xbf83de63ef740bde, 0xc1540000dd000001
	.quad 0x402bb7f676cdb722, 0xa1ec6e1508f0cc5a
	.quad 0xc004259c2619dfd0, 0xb5b5ea85b7fb7f6c
	.quad 0x0103ac60f264f5fa, 0x6fb7d9d768a88200
	.quad 0x80000000c0d7f8d0, 0x629bbe1f4cb88801
	.quad 0x59eab0b0642f507b, 0x002345b1d09e2ed0
	.quad 0xb6ed83f9a500c649, 0x42bbce671a3d992b
	.quad 0x07944cd93ef74373, 0xaf0c7ff1a09d374f
	.quad 0x3dbc26bd7cadca52, 0x383b40b1ffd2a9ff
	.quad 0xbc02504eefffb94f, 0xff800000ff800000
	.quad 0x401e000000000000, 0x836a126258e63550
	.quad 0x698f5d1de8b2c200, 0xfff0000000000000
seed24:
	.quad 0xecc05c7739aa2a7e
	.quad 0xffffffff4ce4f09f
	.quad 0x0000000000000004
	.quad 0x0020000000000001
	.quad 0x74d1e6f7ec96d239
	.quad 0x83d7ae772d05b3be
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xd3d3d37515e14c27
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd9e
	.quad 0xc72d609896529dad
	.quad 0x761ff1a7a4bdb646
	.quad 0xffffffffffaaf642
	.quad 0xfffffffffff86336
	.quad 0xbaf6e212be1b145f
	.quad 0x04c00000
	.quad 0x50000000
	.quad 0xb2e2aca0c3edbda1, 0x98584e6736d178fd
	.quad 0xae1c1a6dffb6b2f3, 0xffed11d66e0aebaa
	.quad 0x5f0e23f8ff800000, 0xf77d68fefeffffff
	.quad 0x6038af65d8dd0000, 0x3ef6b00000000000
	.quad 0xbfa80027a4b6ba6a, 0xa55b0c1e64d2fc00
	.quad 0x40e0000000000000, 0xea90cfdaedac7340
	.quad 0xd7d8e218e9d17c00, 0xd9ea18e9bf6b5a2e
	.quad 0x8000000000000000, 0x76490c11c0000001
	.quad 0xbc5bfce47f800000, 0x9f12c2da9f18c0a1
	.quad 0x2375d76f6c64e0e2, 0x461ce394cfcde5f5
	.quad 0x80003e0b10696210, 0x9d14fa77404fc757
	.quad 0xc420000006e128f2, 0x1fc2ca98fff020d5
	.quad 0xab860728127c7e96, 0x1ea1b36f77722dfe
	.quad 0xc0e3000000000000, 0xc1d73bad82f7ff53
	.quad 0x0fa17c65100b249d, 0x7481cd8ce63a7c00
	.quad 0x7e7095b32a63575f, 0x2947e536ca9c8e36
	.quad 0xc234a48d4f7fffff, 0x000000007dc55a34
	.quad 0xc179e7d7406d9b32, 0xabe42a0d38830000
	.quad 0x97250c0838f58000, 0x394800003bcfb4ab
	.quad 0xfff2eb3d7ac3c845, 0x7f6b29eb3c190000
	.quad 0x000b65685bd297f3, 0xbff7585b2a306513
	.quad 0xd3170f697aa87e00, 0xfe8bb62d4e3491f6
	.quad 0x0162d8b5d89cce78, 0x43c000005a39f507
	.quad 0x62ea086dffc00000, 0xb434b2e41f7fa7af
	.quad 0x9c3f81cb6264fa00, 0xd92903c8bff9fdb2
	.quad 0xbfb6baff0b261bca, 0xfb096b61bf17a8bb
	.quad 0x208f8f2274f2ad5e, 0xff8000001334f714
	.quad 0x7fb20227c2a00000, 0x4f3d369dc002f400
	.quad 0x93e77cd0df7fffff, 0xfe4933c796e7d151
	.quad 0xd25b8a99beff41d5, 0x40700000411c0000
	.quad 0x0b9b16880312fd3a, 0xffd0000000000000
	.quad 0xf5530ffed7a4357b, 0x7de24641d33362de
seed25:
	.quad 0x0000000000000000
	.quad 0x0000000000000199
	.quad 0x0000000000000305
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0xfffffffffcc11041
	.quad 0xfffffffffffffcc3
	.quad 0xffffffffffffffff
	.quad 0x9e5b657c08144c3e
	.quad 0x659fe22ffd834894
	.quad 0xbb44902b5a64e71b
	.quad 0xffffffff80000000
	.quad 0xc1b870fa6432c126
	.quad 0x0000000001a8d0c7
	.quad 0x4e9966993a5fff7a
	.quad 0xc0d2afb5a2ab6cfc
	.quad 0x00400000
	.quad 0x20000000
	.quad 0xffec9334b63d189a, 0x401f30d6b5f76221
	.quad 0xfeac098fa72812d5, 0x40e0000000000000
	.quad 0xc06ee4772987fd8f, 0xc009000000000000
	.quad 0x00006462878257eb, 0xf82b6c7d564c0000
	.quad 0x7f52b04b1148c362, 0x8000000000000000
	.quad 0xd86959d06d705579, 0x3ff8000000000000
	.quad 0x3cb5f9a440f9988d, 0xbfac922a5c87a9de
	.quad 0x0009b2cd70f597da, 0x7edeaab913171328
	.quad 0x8ea8ff40186604a6, 0x81dea09d7ff64d1a
	.quad 0x08faaadc2d7b6879, 0xce29ba2b206b79e0
	.quad 0xc005dfd17f82ef02, 0xff90eb2dbb90622f
	.quad 0x018e1fd98d2ff039, 0x3c889e08e0904d8b
	.quad 0x1f1a53e880000000, 0x7ffbb07a7554306e
	.quad 0xb5466021ffc6c02f, 0xc5db337dfffefc4d
	.quad 0xdc13ea55fffb9f30, 0x007fffffef2a351d
	.quad 0x6292f152b2140205, 0x503e6249fff1fc1c
	.quad 0x8014d899a1559766, 0xc0561766e1c554f7
	.quad 0xc8ffc68ab0eb882f, 0x6f17d3ffc3df829b
	.quad 0xe1a22aa006bcc511, 0x8afb75023f1c9f2d
	.quad 0xb4174970d8dffeb7, 0xeb9a9e69f7290ed9
	.quad 0xff800000ff27c1b6, 0xfff2fc228820ff30
	.quad 0xd50045cd21a9fdb5, 0x3f04000000000000
	.quad 0x408000008048e142, 0x94d3d8e44bfc09ee
	.quad 0x35c358287ff5ff99, 0x45b800008ff12042
	.quad 0x3ff0000000000000, 0x8227bfc12e355acf
	.quad 0xfff0000000000000, 0x08f8f4d7d6ba71d4
	.quad 0x8040eb56b3599269, 0x94183d1b21918632
	.quad 0xb68ea6afb15f5eeb, 0x00efe6fbc6fb826b
	.quad 0x7de2428c8751b23c, 0xd86cc931ee76aff0
	.quad 0x72bcc9fe0dd6d073, 0x43d0f253c11c0000
	.quad 0xc2ad6fdd3c0a6f96, 0xc01297f66394c87e
	.quad 0x80cf0604fead7c00, 0xb5a5000080000000
seed26:
	.quad 0x0a56fbdfafe9cbf3
	.quad 0xfc69b5e9b6e6052f
	.quad 0xffff5b5d849e0562
	.quad 0xe9f5bb97fe990037
	.quad 0x0020000000000001
	.quad 0xffe1454b0d0b07c0
	.quad 0x0000e1c18cf64844
	.quad 0x00000001c74d4c06
	.quad 0x679457edd1398466
	.quad 0x000000007fffffff
	.quad 0x00000000000001b9
	.quad 0xffffffffffffff41
	.quad 0x00000002b12cf7cb
	.quad 0x54f144c3b65d2aad
	.quad 0x0000000000035e0c
	.quad 0xffffffffffffff6a
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x9b4a5ac93bffeeb9, 0x00ea98833a140000
	.quad 0x4526da5bc9ddb9f7, 0x6be0e006efffffff
	.quad 0xefb9a4efe68ffc00, 0x1a4438e73fb65510
	.quad 0x6b949b4d988f2bfb, 0x7ff0000000000000
	.quad 0x3fbad8110abb0000, 0x96ac5a51009fd9c8
	.quad 0x35db84cea1662252, 0xeffd9486fb737a8d
	.quad 0x9c7ced57bb053d43, 0xaa1be50bfa2e7d69
	.quad 0x3c8d256369518480, 0x7f926928c263e997
	.quad 0x9d591b9fbf7c77ee, 0x404440f02a40d6d1
	.quad 0x879972557639fa25, 0x800f4b0df7333363
	.quad 0x0f8f3a48d9a0fdfb, 0xbf27c00000000000
	.quad 0x3db4e47500000001, 0xff800000fea2306f
	.quad 0x000dc1d67c64dc58, 0x92c31432591685b1
	.quad 0x2bd7485feaf1ae4e, 0x1da140b903f7f5a8
	.quad 0x561828b3b3fafc00, 0x7ff3c91e3a9af890
	.quad 0xfff0000000000000, 0xc01655c587c99bc9
	.quad 0x16b53124477ec846, 0x7ffcb6f006bc84e7
	.quad 0xfff0000000000000, 0xc07ce03a44b1101a
	.quad 0x060b393c3e20551a, 0x41e386aa840a8f5a
	.quad 0x730c305cfd78fc7d, 0x00000000aa8171f6
	.quad 0x1c52ce10f3fc77ce, 0x46ba179affb69b9f
	.quad 0xf936bef3c0000001, 0x0010000000000000
	.quad 0x1c36345587a06d8f, 0xa50b108604948950
	.quad 0xeb933d0f80000000, 0x1d875eb9d13b4d39
	.quad 0x000e81eff92a88e1, 0x7fac25bcc11a0000
	.quad 0xbf9b792e59c42759, 0x5b3d09edffe74b6c
	.quad 0x3f5c1bfa72ee8559, 0xfc263a45feaec048
	.quad 0x17232e11985eab7e, 0xd09de53e00000000
	.quad 0xb67240f639bf47c0, 0x3ba752e0bfc2dd53
	.quad 0xebe3ade840000000, 0x7ff0000000000000
	.quad 0x7db52cca09d51dc0, 0x4000000000000000
	.quad 0x7ff0000000000000, 0xbfc4000000000000
seed27:
	.quad 0x98264d1b80b954ff
	.quad 0x041793839bf338f5
	.quad 0xfff3e334928123fe
	.quad 0xfffffffffffffdde
	.quad 0xa24f1a9badb61d11
	.quad 0xffffffcf557dba90
	.quad 0xd3ad73ffdd36cb5c
	.quad 0xc3017c425bff7c98
	.quad 0xffffffffffe79ecb
	.quad 0x0000000100000000
	.quad 0x0000000000000217
	.quad 0x0020000000000001
	.quad 0x94f110c8ea7a64c6
	.quad 0x282aa9d22acede02
	.quad 0x3271ccb5cca98eda
	.quad 0x00000000000003b4
	.quad 0x04c00000
	.quad 0xe0000000
	.quad 0x43c73c358c858fad, 0xb1066421bd6ffbe7
	.quad 0x41c9cce940cc0000, 0x812be31717f35d34
	.quad 0xd33a8a3284097c00, 0xaf9167b6d72d4760
	.quad 0x08144bd47f6e5dce, 0xc99dfd1f858cd73f
	.quad 0x7ff0000000000000, 0xb66c7de3b6a97942
	.quad 0x3d8702be7feafe7e, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0xbd74ef4ebe2e2a66
	.quad 0x7fea6aed7fc00000, 0xfb749dc74085f968
	.quad 0xc8400000f7638fe1, 0xf91e228cc0e80000
	.quad 0xff8000000176c9bb, 0x25c5bdd79a3cdda0
	.quad 0x40b400007f7634b2, 0x88886f22807e3482
	.quad 0x73aea3f944efc870, 0x20c1e5a8e92b7400
	.quad 0x46d1fdabffe3c69e, 0xfff8e6c99751ef0c
	.quad 0xa1ddc9a9b941abec, 0x40b80000bee0b640
	.quad 0x3e36a523f0ba47e1, 0x7ff76f3db89594a7
	.quad 0xc3ffffffffffffff, 0xbfcc34e024ff8ac2
	.quad 0x3ed7600000000000, 0x4001000000000000
	.quad 0xc5600000757941aa, 0xffe95f3d47c5fe77
	.quad 0x7ff8000000000000, 0x807db34d424c3ac5
	.quad 0x004000007f800000, 0x1f3556b57fe77f57
	.quad 0x405fde5993c97800, 0x81824c43633805db
	.quad 0x411600007fedbb3a, 0xfffa97c16b83c1d7
	.quad 0x985afbded7dfb7ff, 0x5eaf6b33fbf57cdb
	.quad 0x7f29fcbd5478965e, 0x418bf26b17020148
	.quad 0xfff0000000000000, 0x000000003d1cb98f
	.quad 0xff7fffff7fb39013, 0xc54054340a318000
	.quad 0x6e7d0891ff800000, 0x2840c549e0d1c415
	.quad 0x59dde773e739ce9f, 0xd9ffffff42e2e824
	.quad 0xc024000000000000, 0x2d2d33f1b7700000
	.quad 0x80000000ff800000, 0x3e6db601ffc00000
	.quad 0x89b51a02227547e0, 0x5a24e17530da926a
	.quad 0x0000000000000000, 0x0000000000000000
seed28:
	.quad 0x0000000002e0c0b6
	.quad 0x0000000000000000
	.quad 0x0000000000000de8
	.quad 0xffffffffffffffff
	.quad 0x0000000000000003
	.quad 0x705ca74045c509dc
	.quad 0xa5ed60611840cd6b
	.quad 0xad9ad8fa3e594178
	.quad 0x000003026c2b929c
	.quad 0xd3363b9d81ca88fd
	.quad 0x0000000045b90b25
	.quad 0x422f55a348cb6fb6
	.quad 0xf6acd79804354acf
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xb1b4dcf43f8f216c
	.quad 0x03800000
	.quad 0x20000000
	.quad 0x000000000027fb45, 0x1953b7fc40b6fd06
	.quad 0x9710108e19cb7be9, 0x3febea6e9dc20000
	.quad 0x822ed6302cddf1c0, 0xb812823ed79fb3a3
	.quad 0x8000000059fffffe, 0x1a2d537945200000
	.quad 0x7f2d1a4ebd000000, 0x4006d41ffda9b762
	.quad 0xf5b974ff638f7b15, 0xfb4e9c8be9764ee8
	.quad 0xe5a7e1d6dd2ff70c, 0x000a92243221fb34
	.quad 0xc9c2000095589492, 0x3b00000036000000
	.quad 0x834f184084a73c32, 0xb299c161839f7f1d
	.quad 0xc04cbf4adfd994e6, 0x408400000fb0e50e
	.quad 0x336df273effc89fa, 0x3fb7e4415a611e77
	.quad 0xd028b3385c3c64eb, 0x005970a2ff18b2a9
	.quad 0xb313c4978eecfeb8, 0x7b0bf7133dfcc0eb
	.quad 0xfb22f166dc0efe3b, 0xc0fffffffffffffe
	.quad 0x3c66561e07a8353f, 0x7ff62c3a3e5e47e4
	.quad 0x0e79f7998b7afc27, 0x3f782cea52424ca2
	.quad 0xc00fffffffffffff, 0x7ff8000000000000
	.quad 0xe6182725ed1b7c00, 0xc74ee2631968cd94
	.quad 0x410000007fb75a4f, 0x92045c8518fd7e00
	.quad 0x19162ea0b989fd5c, 0x00000000ff800000
	.quad 0x804000009e6abe4f, 0x6e6c851442d63878
	.quad 0xa2218d1efffffffe, 0xfff599bd3f3195a0
	.quad 0xc3335d92c80c5f4e, 0xa4334ed7ff1cd546
	.quad 0x02c7423075df5401, 0x37a718943fa00000
	.quad 0x81000000c2417e2d, 0x6fea077117e1c7c0
	.quad 0xbfb57257926ba2c2, 0xd81fa8003daa2907
	.quad 0x20826c4abf83fc4a, 0xbf184f1300000000
	.quad 0xa531cd84a8c87a92, 0xc0745c61ffc00000
	.quad 0x000ec2f52664cd37, 0xc15c2c96c8c00000
	.quad 0xb07e6f4da3377ead, 0x408000008056ab40
	.quad 0xc06d598b41b24aae, 0x400e000000000000
	.quad 0x3fe0000000000000, 0xfff0000000000000
seed29:
	.quad 0x679d119c97453934
	.quad 0x0000000014daac44
	.quad 0x62480ba0873de7f1
	.quad 0xb747a524e862fd29
	.quad 0x5b77d5be0c4cf933
	.quad 0x742639a372aac296
	.quad 0x0000b01a8ee5c4a9
	.quad 0xffffffffeb2966a3
	.quad 0xffffffffffff0b9a
	.quad 0x0000000001000001
	.quad 0x15f02f3016bbf144
	.quad 0x8000000000000000
	.quad 0x0000000000012334
	.quad 0xff835e5857333133
	.quad 0x0000000001000001
	.quad 0xfffffffffffffb71
	.quad 0x02800000
	.quad 0x20000000
	.quad 0xfe8000000753b4c3, 0x17380b088795a455
	.quad 0x7e3f34c5f5ffffff, 0x4018bb094cd75c69
	.quad 0x6b60073168dfcc00, 0x5fffffff6ed5c319
	.quad 0x0037e3ed0dbb3379, 0xb07b19c11eefbf8f
	.quad 0x0000000000000000, 0x910da1ff49d40000
	.quad 0x433ec0a62df981c9, 0xbff0000000000000
	.quad 0xcc444054ffeffd7f, 0x6ec945963c8bacb6
	.quad 0xff95f293be469c6c, 0x466c86ddb5ebd56f
	.quad 0x3ee5abd240d80000, 0x0000000000000000
	.quad 0xbcd87969533f8229, 0x31a420d7fdb2efe2
	.quad 0x8000000000000000, 0xf2abab2bffb99211
	.quad 0xbab99d5043b59dc0, 0x7fd32ff75e5dc7c5
	.quad 0x401c000000000000, 0xbfd1e253c8248cf9
	.quad 0x0000000000000000, 0xb9735a0170762867
	.quad 0xafdc507709ca8000, 0x40f8b4c1ebecae0a
	.quad 0x0000000080000000, 0x7f8281d6bc64b1eb
	.quad 0x5c64869778defc9f, 0x5b6bd10adafa9abf
	.quad 0x98f7cc4dc9c3df80, 0xf7c7cf4bcff4a4cd
	.quad 0xfffcf6f1ebaf8786, 0x00800000360337ee
	.quad 0x800665c8e8858e93, 0x7667c8c5feffedfa
	.quad 0x4018000000000000, 0x7e763d2e7ffea26a
	.quad 0xdca471112434bdb4, 0x42385a86b549bffe
	.quad 0x0d2224db76044580, 0x3ff3cb2c227cbd7d
	.quad 0xc0dbc00000000000, 0xc01c000000000000
	.quad 0x00297ae1bd790e02, 0xbb10fa6749794400
	.quad 0x5fb43387f6f73b94, 0xcc1843b6d5eb6ece
	.quad 0xfff8000000000000, 0x2af6d6f3f6ea7e59
	.quad 0x3861db18edffffff, 0x56c43b01ffe18000
	.quad 0x45b780ac0a89c848, 0x82d3ad460c2747aa
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0xe1acec3bc1680000, 0x715b7c41d796cbde
	.quad 0x3f000000fb29d4b5, 0x17b951c37f46fe00
seed30:
	.quad 0x0000000001000001
	.quad 0xa97a4e1c91105d10
	.quad 0xd722b30451d8d432
	.quad 0x000000000c26e758
	.quad 0x1e53cb7ed79f8c1f
	.quad 0x0000000000000195
	.quad 0x00000000000000bb
	.quad 0x3dcd62b15e822286
	.quad 0xfffffffffffffc7a
	.quad 0xfffffffffffffea2
	.quad 0x0000000000000585
	.quad 0xc6b982c3b39878a4
	.quad 0x65d2add4bac6b5fd
	.quad 0x0000000001000001
	.quad 0x0000000000000345
	.quad 0x0000000000000004
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x8ad9b5d500000000, 0xe4b7c9e5b74f7cc2
	.quad 0xeb1ea3bc4fb95b81, 0xff800000ef336a25
	.quad 0xbfcb01f533ed28e7, 0x5280475e1f708000
	.quad 0x7ff0000000000000, 0xf95d892c03f36338
	.quad 0x800c304ad2804bc4, 0x014619a4672d1ef8
	.quad 0x92e0397cf528c786, 0x12534ab97e8f5e39
	.quad 0x7fb97f3bbe9e1144, 0xfff0000000000000
	.quad 0x4008000000000000, 0x0000000000000000
	.quad 0x3eec800000000000, 0x7ff0000000000000
	.quad 0xac6042755f800001, 0xec4a5a2d00000000
	.quad 0x3f510886be5e3392, 0xffa7f451bfc00000
	.quad 0x4014000000000000, 0xca28868ad9611d45
	.quad 0xe5d5477958d97a94, 0x8004cf6ebf754c8a
	.quad 0xc3e6458ec3d087d9, 0x3cff653cc4d64b0e
	.quad 0x596e1698bdea7480, 0x1482d16891f07e70
	.quad 0x7fddf1d23e813cba, 0xc7dbf02f57fdfc00
	.quad 0x7f8e39909b48178f, 0xd732e2c6ff800000
	.quad 0x59fffffeff800000, 0x3f691fd47f800000
	.quad 0x4003d05ffa8c7da6, 0x7f59681f8083c583
	.quad 0xff384d69563cbc4a, 0x40dd1b2c5f7fffff
	.quad 0x595ab0affe800000, 0x7f3cbb656d46b63c
	.quad 0x0555ffb37e146130, 0xff800000ff94c485
	.quad 0x02d76a46371fae5d, 0x1fe0cc17ab78fda3
	.quad 0xf14208f79c620000, 0xc5337fe7d6e47e00
	.quad 0x7db6c70041c4bdf8, 0x19b75bf8bd1ad26f
	.quad 0x3f60b3d8fff219a1, 0xc05a15489396b1fb
	.quad 0x7dcf1c15384bbc10, 0xffa6716e129939fe
	.quad 0x81e7b491d6dfb9ff, 0x7f80000000233344
	.quad 0x24ab46ae42bba2b5, 0xbb6c7755d6ab9e92
	.quad 0x0071a7afc21e7b4c, 0x06fb21e582ac49c2
	.quad 0x039a6003e7bf4bfb, 0xc00f44dbcb904f36
	.quad 0x57348fca0897b400, 0xbfdfcafec4761844
seed31:
	.quad 0xffffffffffffffe6
	.quad 0x65b3a5d96c21bd68
	.quad 0x0019552b6851de1d
	.quad 0xc2e31d5fa4c3b39d
	.quad 0x876f83dc62b257d8
	.quad 0x00000000000003b2
	.quad 0x00000000000b8ab7
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0x0ff1e29922f77950
	.quad 0xfffffffffffffda2
	.quad 0x0000000000000296
	.quad 0x000000007fffffff
	.quad 0xd05b02b3e679c573
	.quad 0x7fffffffffffffff
	.quad 0x000000003a7a5502
	.quad 0x02000000
	.quad 0x00000000
	.quad 0xbdb640a0c4cd4f48, 0x001532230038bd94
	.quad 0x0000000000000000, 0xef4249950a2b48a0
	.quad 0x7ff9232563fc18dc, 0x9d90b1acffffffff
	.quad 0xcf4965475348f218, 0xfff8000000000000
	.quad 0x7a6b40da6d872966, 0x1880a1f2ffca1f00
	.quad 0xbf8cd4577b7d7891, 0x7ff903ec28788e17
	.quad 0x7fe7b7be87c01cf6, 0x76778b7effbe7def
	.quad 0x9bd7a0afffebfd3f, 0x252e1fbd7f800000
	.quad 0x4f22384eff95df6c, 0x46fd6fe9609cc720
	.quad 0x6e7b824afc5f7896, 0x3cd647c25ffffffe
	.quad 0x0000000000000000, 0x7f80000047230099
	.quad 0x4f685ed25071fecf, 0xc01f000000000000
	.quad 0x7ff350b931f3c39b, 0xec769aca41140000
	.quad 0x0000000000000001, 0xffc793ea8255a461
	.quad 0x42bb58b080000000, 0xa20ffcdff7fbb60c
	.quad 0x402ba6e380000000, 0x03e95bd7ffbfffff
	.quad 0xfff0000000000000, 0x9b34b07e7fe31745
	.quad 0x0008000000000000, 0x3f7cf00000000000
	.quad 0x80400000d9800001, 0xbfc5c2a2c1a4af0c
	.quad 0x63216251b362bdb1, 0x8004a3f332da374c
	.quad 0x91af0dbb02f7cfbf, 0x47a00000fe800000
	.quad 0x77587cca7ffb3a6b, 0xfff0000000000000
	.quad 0x4017928d33e4c066, 0x7fc000007f800000
	.quad 0xc215fdbbbd5020ad, 0x0009aff20c1712b1
	.quad 0x0307d024d3dec17d, 0xc34ffffffffffffe
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x7319673fccfd4dda, 0x8c461a9adb6dfdaf
	.quad 0xfb08fb63c6e37aef, 0x3fffffffffffffff
	.quad 0x43fffffffffffffe, 0x7f15e02bd94aeae0
	.quad 0x5af7c299ffdfb2ad, 0xfbc4f4be3c65edef
	.quad 0x3a255589c3b7ff5a, 0xc1100000c003803c
	.quad 0x36e4a6d3f63ffe6b, 0x8000000000000000
seed32:
	.quad 0x00000014575338e9
	.quad 0xffb9f60c4d78ff21
	.quad 0x0000000000000012
	.quad 0x02f1d43625c5c42f
	.quad 0xfffffe9f7e37ec5f
	.quad 0x0001714d18323038
	.quad 0x49f7e0723f010167
	.quad 0xffffffffffffffff
	.quad 0xf0df160675eee9dc
	.quad 0x106502e31e32915b
	.quad 0xffffffffffffffff
	.quad 0x000b5c2a120b3d3b
	.quad 0xfffffff363832ef1
	.quad 0x77eb0edd160d7044
	.quad 0xfffff1d6e02fc61d
	.quad 0x900eaa3d9bcd076e
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x41b492b0790c4a39, 0xc07989ec73fffe7c
	.quad 0x7ff4292fecfa6277, 0xffa0b22000000000
	.quad 0xc0c80000a1d483ce, 0x3cf3c7ca93890000
	.quad 0x757b55d93c6a0000, 0xbf8a4a6fc0680000
	.quad 0x7ff0000000000000, 0x003023c515cbef7c
	.quad 0x7ff0000000000000, 0xc07000009b38b7e1
	.quad 0xe9aa7c4a35c4e339, 0x0048e10840d80000
	.quad 0x9626b4f1f7bfff5a, 0x8385b4c24bfd0200
	.quad 0x9add6ec1d847fdcf, 0xc131b00000000000
	.quad 0xfff6d98da6bb61cf, 0x5fffffff0f2b57b4
	.quad 0x342f46b5f7f79453, 0x7f800000bfed02fa
	.quad 0xb8636e5dc27fa7bd, 0x02a1203e14102198
	.quad 0x485400003e56f965, 0xb99876dce20c5572
	.quad 0x5f00000100000001, 0xeb592353daa5a017
	.quad 0x474000003e494994, 0xf9131198ef5d99c9
	.quad 0x028e42869a8c7885, 0xdf62b0004ddaa600
	.quad 0xa71daf99293cf95e, 0x89f15f50fffdb93c
	.quad 0x017fffffbd56b1bf, 0x525b3e1a5d310000
	.quad 0xbfcadf3ff83d59f6, 0xeca6a7feffaf9e96
	.quad 0x0b5d92ad1ebfb2f4, 0x819e2c9db27be433
	.quad 0xcf8000008ba98ff9, 0x6b99ee8195cbfd9a
	.quad 0x916c4263ffec7fdf, 0xbe54b73d161a7a00
	.quad 0x0000000000000000, 0xffa6a114be7bc4da
	.quad 0x6cdaab1fedb37c70, 0x0599a6b9d494817d
	.quad 0x003d21dda2923c6d, 0x80dcfbffa5b7e492
	.quad 0xffc44a1f0dcaa9aa, 0x3f5a000000000000
	.quad 0xe9425a58998fd7ea, 0xbed99d2a069d2bee
	.quad 0x13fdbc7a003b56f5, 0x8008947d28c4b605
	.quad 0x3e80000041100000, 0x000000001acc9ff8
	.quad 0x316e89b6bfcdebfb, 0xffff4d1ce0845d72
	.quad 0xbbc000002db04cf3, 0x7f8e82bf3d4121df
	.quad 0x7fb0fe5e8a9a9503, 0xf95e43a4e68a00d4
seed33:
	.quad 0xa43d7554095acab1
	.quad 0x68b14dbf6c3b90c4
	.quad 0x0000000000000001
	.quad 0xbe0048411d8d4260
	.quad 0x82297ca6f3d8cb10
	.quad 0x0000000080000000
	.quad 0x842ba49962f055cb
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x00000000000002e7
	.quad 0x000002dc0d896eb0
	.quad 0x00002a704b029497
	.quad 0x00000006aa0b90a9
	.quad 0x0000000000000001
	.quad 0xfffffffffffffff4
	.quad 0x00000000ffffffff
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0xb6fb6ba1cbff7cbf, 0xc62610d2fbbfdf7d
	.quad 0x0000000000000000, 0x0b4cf2641267a788
	.quad 0xe26802877f7fcaef, 0x0351b6280795477d
	.quad 0xd8319d94ee0afbfa, 0xfba137c7ecd9fe30
	.quad 0x7fc000006d1ba3dc, 0xff0000003f1599a4
	.quad 0xbfc540057e443cc5, 0x18d4c2bc83fa4106
	.quad 0xec7824478b6939bb, 0x00a0ce3b47a961be
	.quad 0x407f2e6ecea22169, 0x7ff0000000000000
	.quad 0x034418c1717a1b8f, 0x801f17175f000000
	.quad 0xff800000ffc00000, 0x40a227d1be800000
	.quad 0xff2e9f4c54231ff0, 0xb304f38a6336f8e6
	.quad 0x80000000bff3beb6, 0xc11000006f186601
	.quad 0x4bea17b7f448f85b, 0x610eb2f91e8044e3
	.quad 0xe5210fe241e349fa, 0x0083e40b35820000
	.quad 0x8e4c6201162b6ae4, 0x405a000000000000
	.quad 0x6591a2b1cbf65e99, 0x7ff19d4d7f800000
	.quad 0xfff0000000000000, 0xc0d2000000000000
	.quad 0xf07dfc1cc75ec5dc, 0xbf99e91193425cac
	.quad 0x00299bd2ada1382d, 0x1414837e7f800000
	.quad 0x8000000000000000, 0xac89bdb9208dfdac
	.quad 0xf0a0cb1780000000, 0x677fa90be7d20625
	.quad 0x0000000000000000, 0x7b6a79c400000000
	.quad 0x7fff0aab00000000, 0x7f8000007f800000
	.quad 0xc06f887850248c84, 0xddfdbc1c3f900000
	.quad 0x8a22331c25126a45, 0x1bb1573b8d73315c
	.quad 0xfc33f1dbca888f42, 0xffc00000a294874d
	.quad 0xfc08517042cb7ce4, 0xa37d6823e05447fa
	.quad 0xdb6417c4d6fc2ec1, 0x87e87cb5e1732bc3
	.quad 0x04401e3cc1080000, 0x8986c06e49a60000
	.quad 0x83b5c6943bc37315, 0x6f12b3d77f86e7a1
	.quad 0x3f18e89880000000, 0x00101491ffc00000
	.quad 0x800864e066939cc0, 0x692c7e1e9e579a8a
seed34:
	.quad 0xa8216e748b18b224
	.quad 0x000000007fffffff
	.quad 0xfffffffe2c26aa55
	.quad 0x0000000000000265
	.quad 0x148eb685aafe9ebe
	.quad 0xd8cd362e1a7e88b8
	.quad 0xfa5a517919f8b64c
	.quad 0xfd0b06e3f46c7e86
	.quad 0xffffffffffffffce
	.quad 0x9f076e544b93a359
	.quad 0xd373af4b74e51f22
	.quad 0xfffffffffffffcdf
	.quad 0xfffffffffffffd34
	.quad 0x000000000071d1c1
	.quad 0xfffffffe78def398
	.quad 0xfffffffffffffca7
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0x9c3e54fd819bd812, 0xc015dfe51d02f2a4
	.quad 0xfff4eacc758458b0, 0xdf3764adb36e3f1f
	.quad 0xeb9bd034ffca7d9e, 0x8000000000000000
	.quad 0x814697b3f4029271, 0x1f549ed1c33747b8
	.quad 0xee709b2bc0a00000, 0x459ea365d5abeec9
	.quad 0xb275c01c90aaf560, 0xc462319cedda63e4
	.quad 0x93958421dffffffe, 0xffeeaa6f95eda23c
	.quad 0xc6b12961b3aa2ce6, 0x7b91cd127f573879
	.quad 0xbf4000000012e2d9, 0x0000000000000001
	.quad 0x652f9a78ffe60b3b, 0x00215b8aef3ffd9a
	.quad 0xa53e6bda46c00000, 0x0b600a81d5a74ec1
	.quad 0xc090000042800000, 0x1371e1759ff3feff
	.quad 0xd13f8b77ffb75de6, 0x1f5aacd9b2e28000
	.quad 0xbcdaac61f0837847, 0x40f80000ba32ad11
	.quad 0x802fffffffffffff, 0xf836773ae3e9f5df
	.quad 0x03a1a32cfffdfd7e, 0x81bd802543fdfec3
	.quad 0xfff8000000000000, 0xd143425436f8146f
	.quad 0xce1bf0d0b02406c0, 0xc21045d0414886bc
	.quad 0x3c906973bd65fcea, 0xc02e4580a3d55e00
	.quad 0x7fd0000000000000, 0x007fffffc0d00000
	.quad 0xa0b262c9ed6afdbb, 0x42209cd71bd2c615
	.quad 0x0aeb3410e024fb81, 0xbfc9cd2700bc9efc
	.quad 0x7fd9670a9619acde, 0xc500f6e0d89a0577
	.quad 0x014fdcb10236c9b8, 0x0000000000000001
	.quad 0xbf8e546181a3c611, 0x811184b5f4c511c0
	.quad 0x7fc000000040c5b7, 0xff8000007f800000
	.quad 0x93c7608aff800000, 0xc0d0000000ffffff
	.quad 0xffbaeb67df5548be, 0x6ccccab8bed13dda
	.quad 0xe89bc0d2a7849659, 0x94b916c93dbec97e
	.quad 0x805080df0b790ba8, 0x7fe0000000000000
	.quad 0x3fffffffffffffff, 0xce90e923eef7fdfe
	.quad 0x7086f80b4367babb, 0x81b9b0a5dd564800
seed35:
	.quad 0x844b86055aa14415
	.quad 0x699470538efa0a88
	.quad 0x8eddc40775ff6360
	.quad 0x0000000000000027
	.quad 0xfffffffffffffd3a
	.quad 0x0000000000000001
	.quad 0xfffffec701d1f769
	.quad 0x12f37f9130073d19
	.quad 0x2e33e9be9c2ac336
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000250
	.quad 0x0003ed5d4571bf28
	.quad 0x1a99a37a83dc6b5c
	.quad 0x0afc349a40fa90aa
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0xc007ea46d91b04e7, 0x8230e6efafdec46f
	.quad 0xe2884ba099d5fee0, 0xc2638a39c2eb0dd5
	.quad 0x80356f44467d6332, 0x00000000c0800000
	.quad 0xfe83e9ef46bc1a93, 0x149219d73f9a8f1a
	.quad 0x45000000b8330395, 0xe10477409dc18b5f
	.quad 0x7ff2ea0616557ab1, 0x54741f4e7f7dd3ff
	.quad 0xf487e9795bafffda, 0x55b77c847fe50000
	.quad 0x80800000c15e8ba3, 0xbfa3a156d0c9f921
	.quad 0x8e91eef9df57d8eb, 0x49cc72259f8cc080
	.quad 0xed628624c3c22a12, 0xfe08f1f53f148576
	.quad 0xffc955de43b2be7b, 0xec0f31817f28a732
	.quad 0x41320fe280400000, 0x7fdd9f8614e56168
	.quad 0x8371ae0c568465ad, 0xa692d751fffd6dbf
	.quad 0xffbc6a4111b72971, 0xfff6ed2533fe7a76
	.quad 0xbb82638c96c223e7, 0x000954ae69f8b7e0
	.quad 0x0000000000000000, 0x7f8000008040908d
	.quad 0xd77497869fca0000, 0x3fe3bca4e23da592
	.quad 0x405393b941215880, 0xaab05146114ccf20
	.quad 0xc01a800000000000, 0x2d5769cbebffeb7b
	.quad 0x3daeb3144047dd7b, 0xfff0a653a7e69026
	.quad 0xfff0000000000000, 0x4f9e10584e0c7e00
	.quad 0xc1f3f63eaf74cfd7, 0x7fd62c39bc88094e
	.quad 0x2976e574acc90159, 0x3f41fa223f9dd2ef
	.quad 0x16c040797cc6489d, 0x3f48000000000000
	.quad 0xc00b2215e186cc18, 0x20548e7fbcf9fc9d
	.quad 0x664d10f9bbc71894, 0x000c8beb041d1e20
	.quad 0xbbdb0000428468cd, 0x024ef0e131fcb197
	.quad 0x404ca6117e4e5e39, 0xc10c00005500174a
	.quad 0x03e32a6e14e45015, 0x678f8a35c715f9a4
	.quad 0x818c01dcfff0bdbd, 0x1b8aed23d9c4f4d8
	.quad 0x909f9ed07aebd292, 0x800dea352ca7c95a
	.quad 0x37df85a00b569cdf, 0x35e7af3627c756fc
seed36:
	.quad 0x74be9baf429dfa53
	.quad 0x006db3ad868bdb91
	.quad 0x93fbd62af8e3d996
	.quad 0x3e77fd4156a2ab44
	.quad 0x000000000ba72151
	.quad 0x0020000000000001
	.quad 0x283c189c82b7e05d
	.quad 0x000000000001a70d
	.quad 0xffffffff96d1a726
	.quad 0x35fac7522d53dc38
	.quad 0x0000000000000000
	.quad 0x01a341721dae7da1
	.quad 0x00000000000000a8
	.quad 0xfffffffffffffe2d
	.quad 0x00000014a581c8c4
	.quad 0x00000000000000b9
	.quad 0x02000000
	.quad 0x00000000
	.quad 0x1c573c8bcddfddaf, 0x7ff0000000000000
	.quad 0xbcdf32a27e950458, 0xc5dd688bfe7cbffa
	.quad 0xff800000416a8eff, 0x4a216245015e33fd
	.quad 0x804000007fd0e993, 0xd924a379feffffff
	.quad 0xfff0000000000000, 0x80ba34c47d085f56
	.quad 0x436fffffffffffff, 0x802dd4a47f800000
	.quad 0xc72c0000c21c1d9c, 0x3f821a1fa1acf4c8
	.quad 0x2e5e6f3ef39e7e00, 0xc1d702e3ff6f57ff
	.quad 0x401000007faddae9, 0xc00ffffffffffffe
	.quad 0xffc0000040600000, 0x1a0488479ff70c74
	.quad 0xffb79474c08f1817, 0x004fc4477b2cdc96
	.quad 0x4885a61032c2d861, 0x763b2275ffff5fbc
	.quad 0xbf64000000000000, 0xbfe032a4f79154c3
	.quad 0xbed3063380000000, 0x38cfe34dc2fc7c00
	.quad 0x4447bd2943bffe00, 0x7ac9aa74263f7c98
	.quad 0xfff1e93e2606499a, 0xebac076035f441ea
	.quad 0xfff0000000000000, 0xbd1bb905ff0f533c
	.quad 0x11dc8870bfd1cbfd, 0x7ff2b13821a0030e
	.quad 0x3fc071b10f2831c5, 0x802fffffffffffff
	.quad 0x8006541fd86e9df9, 0xf1e7e80353cbbd7d
	.quad 0x747c9fbf414083ff, 0x7f8000007fc00000
	.quad 0x1d9bed5a44ee4200, 0xff3b3c391301ec4e
	.quad 0xc9f07be3ff89ff63, 0x80000000fef6f89f
	.quad 0xc0004565d652dfbd, 0x411c00007f800000
	.quad 0x0080000041161c81, 0xc060000000000000
	.quad 0x741fde753e9f7e2d, 0xb770bdbfe2aaef00
	.quad 0xff8000007fc00000, 0xfad872ebffc00000
	.quad 0xc013f218aca7efe7, 0x556f05d3ce557c00
	.quad 0x935bcb0df9feff7f, 0xfdad47d378217c00
	.quad 0xc9ddad522e577d72, 0x3f715adc425a0000
	.quad 0x1e753cca7b2d4eb4, 0x65093e89a2607f83
	.quad 0x80000000428bd4a5, 0xc10c000041140000
seed37:
	.quad 0x00000000ffffffff
	.quad 0x1f281ba9f257ea53
	.quad 0xffedb011e7968e5d
	.quad 0xfe42c7770ebf3c24
	.quad 0x000000007fffffff
	.quad 0x0af6d88d39b64638
	.quad 0x713841cd7ffd6e18
	.quad 0x0000009796833a6d
	.quad 0xbf49a4912a993105
	.quad 0x00000000000eb813
	.quad 0xffffffffffffff05
	.quad 0xe3928aaca0762786
	.quad 0xe20b68010f067324
	.quad 0xdd30a621bb800395
	.quad 0xffffffffffffff08
	.quad 0x00000000000003a9
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0xc1f0000000000001, 0xddccc97603dafe00
	.quad 0x7ff0000000000000, 0x7f7fffff40c6faf2
	.quad 0x4050071ec894839a, 0xcef4cf77b315778b
	.quad 0xd578aaefbdc80000, 0xf13e8e9c542143fe
	.quad 0x20d16657bd7cbdb0, 0x77ec271ebf7ff69b
	.quad 0x807fffffffa91a79, 0xff800000cf0db8e2
	.quad 0x57dc4aae89a5e4e0, 0x97c826b2e9ff8201
	.quad 0x7483a69e4fd57e5b, 0xfd6d46a47fc00000
	.quad 0x7fbe622c00000000, 0x3f800001587fffff
	.quad 0x76c208ffff800000, 0x45975413e2c57c00
	.quad 0xb8a61f9d6fe87cad, 0xc023800000000000
	.quad 0xae10e2579221d162, 0x7f800000bd2c87d9
	.quad 0x802843e51646fe58, 0x7f800000846195c6
	.quad 0x9b854fb1717dfdff, 0x000fffffffffffff
	.quad 0xd1394811d8c557e4, 0x95cbb4d69064af9e
	.quad 0x2382496b81264735, 0xff9fdae1be509654
	.quad 0xbff8000000000000, 0xecbfd6b6c3ec4f94
	.quad 0x0850c0e1ff8f8856, 0xfffe1ee2303bc94b
	.quad 0xfe800000bd938dcf, 0x3e974588b6d80000
	.quad 0x9ca8992dfffbfda9, 0xdc3207fe566e78f0
	.quad 0xfff0000000000000, 0x6872c89bf623fd1f
	.quad 0x406e47f7e9e89fd8, 0xc3800001ffb159fe
	.quad 0x801fffffffffffff, 0x3d06ac5918874253
	.quad 0x3fffffffc33e1b7a, 0x06d5cc09fffeff9d
	.quad 0xf99cebb906614c9a, 0xdbfc3962d12bc800
	.quad 0x0008000000000000, 0x7fb0bd32c5d80000
	.quad 0x8000000000000000, 0x3fc7d8f037d41e8c
	.quad 0x0010f691a5d4c9c8, 0x800cf9732e4adee8
	.quad 0xc6b757167f8b3402, 0xff000000c7ffffff
	.quad 0x000b37128ab7a428, 0xc018000000000000
	.quad 0xc17b7fdc80000000, 0x010580061491ced7
	.quad 0x8e55f9f6f9ad4040, 0x99710c397ddbdb2f
seed38:
	.quad 0xffffff124afc1cb8
	.quad 0x5cee154303f36804
	.quad 0xffffff4a635eeb18
	.quad 0x00000000000001ed
	.quad 0xc3a563584e70dc8a
	.quad 0x07037850f16d56e7
	.quad 0x1a46993ccaca0194
	.quad 0x7fffffffffffffff
	.quad 0x00000000000034b0
	.quad 0x000000000000027b
	.quad 0x01ec6e776abeeaef
	.quad 0x33dd7dece3f60190
	.quad 0x00000000ffffffff
	.quad 0x0000000000000329
	.quad 0xfffffffffff9e67d
	.quad 0xffffff1e48d8b8fc
	.quad 0x03800000
	.quad 0x60000000
	.quad 0x005b97e7fb154592, 0x176546efd37a730b
	.quad 0xc46000003ace0000, 0xfec53203bbdb5f1f
	.quad 0x3eacd7237e800000, 0x3fd93b9e718a853e
	.quad 0xbfc00000c2841bbc, 0x054f2644a8dc8001
	.quad 0xeebb03a324467c00, 0xff7ccc61a7e688a1
	.quad 0xc12000003de31fab, 0x832499e05543d966
	.quad 0x7f8fadcfc9e31cc9, 0xf312e3a37ff7fb7f
	.quad 0x3a0840a7ebc90000, 0x7a0676914e97aa17
	.quad 0x294171b60f88ff57, 0xc86fac26c1a40b13
	.quad 0xa4af089d2b82fa9f, 0x00000000007fffff
	.quad 0x80000000ff800000, 0xc01a000000000000
	.quad 0xc21e90fbab86d19f, 0x59316ba6ce067c00
	.quad 0x867b13567f800000, 0x56aa78dd18350eef
	.quad 0x80c2513e7f800000, 0x3f83dd80f6f1b0af
	.quad 0x02055848d2ee7ab0, 0x7ffdf5d06121fa63
	.quad 0xea99353a35a00000, 0xd4dc80d27de347de
	.quad 0x4cddf41c900acf17, 0x8e49c4276420b16b
	.quad 0x7bb8ecb4a71f06a9, 0xfff0000000000000
	.quad 0x0080000040423d07, 0x80400000fb676976
	.quad 0x3bafea91c2e2153c, 0x3c1d4a0f3fbc9ee2
	.quad 0x8000000042270000, 0x1624deecf16d34e6
	.quad 0xbf22e1289c646169, 0x82c86c76ff800000
	.quad 0x8024a383388dab6c, 0x121861e5ffbe0a1e
	.quad 0x2e6bba08d0ec9dfd, 0x8043a9fdff1ef7ef
	.quad 0x0005876b1632e8ee, 0x7f8000008342bc32
	.quad 0x26e9aae3a817d58c, 0xe0fcb38c8bfcf57a
	.quad 0x2b579568e1f57cfa, 0x0000000000000000
	.quad 0xc0400cfcee49e748, 0xd1169108afbb8f1a
	.quad 0x2053bb23ffb84ae3, 0xac9fb5ef3619033b
	.quad 0x8043831e006994e1, 0xd69673d312a034dc
	.quad 0x3d912b1aff800000, 0xa08f0c522c9f0400
	.quad 0x7ff192ece138f4a1, 0x48c000006ce14a29
seed39:
	.quad 0x8000000000000000
	.quad 0xffed21c91dc2529c
	.quad 0xfffffffffffffe22
	.quad 0xeab77897407e3f38
	.quad 0x3795e7950ce6d23b
	.quad 0xfffffffff54116ed
	.quad 0x006cfdb05b58f08d
	.quad 0x8000000000000000
	.quad 0xbc04abfba4cb9faa
	.quad 0x779ba28d3a10a728
	.quad 0xffffffffcf97b279
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x0000012f5b26c40e
	.quad 0xffffffffff7e9483
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x183d4ddee2af9609, 0x7fe2754b00795fa6
	.quad 0x3816b2ee47fe7e5d, 0xc9314d8614fbbaec
	.quad 0x88723749ff6ab6dc, 0xbe438109c37f5bb8
	.quad 0x6c9bbd4f4fef0218, 0xff8000003ed1bfee
	.quad 0xbfa9c80e913cb83e, 0x34fcd7877fc7c36f
	.quad 0xfff8000000000000, 0x804f80a9f143dec4
	.quad 0xc33668e1f9b7f648, 0x4ce18dc3bfbf7e7b
	.quad 0x0a5f4b0435f4db77, 0x934269fcac5a7821
	.quad 0x804000003c8e63b5, 0x44032790c2fc766c
	.quad 0xf13a1b9ac4dfbf7f, 0x32ca625febf53fbf
	.quad 0xcafcb2bde7526bef, 0x000b08ec80400000
	.quad 0x3b5c23b83b21df48, 0xc7e4bc4aa885cb45
	.quad 0x8045bb21c7561463, 0x000000001b795a5e
	.quad 0xc099800000000000, 0x75a663b85f340400
	.quad 0x075dcf98ff9b7c00, 0x00000000bd305a8f
	.quad 0xab78ac6fc90f8630, 0x8aacc5cd1408fa4f
	.quad 0x434ace65ff753afd, 0xae8c657380cf0200
	.quad 0xffc0000039800000, 0xffdf7b7a84576d01
	.quad 0x7ff267587d9fbffc, 0xbfa30e147c1afd3c
	.quad 0x28140e97ffbe4cc7, 0xff800000cf7fffff
	.quad 0xc4a56bc825d6e690, 0x017fffff49400000
	.quad 0x000372d7f979e771, 0x7fcc6f807f800000
	.quad 0x0000000000000000, 0x401e3b537f000000
	.quad 0x07c4ee342b35d859, 0x75ef39f74279f801
	.quad 0x0006158edc7072da, 0x0693c2373822fe80
	.quad 0xffb433837faad378, 0x7fa91c8101000000
	.quad 0xe6664b8057807c6b, 0xc1e00000c5a60000
	.quad 0x21e74eba082cb93d, 0x001a92dc549a01f4
	.quad 0x1de10f1ec76e6f00, 0xbf6a000000000000
	.quad 0x7ff8000000000000, 0x401f000000000000
	.quad 0xe44758cad525bf9f, 0x00218dfc065d9eda
	.quad 0x7f86ed34e9993d4d, 0xc11bae00c2dc5dd1
seed40:
	.quad 0xffffffffffffff15
	.quad 0x61da13148234b15c
	.quad 0x00000000ffffffff
	.quad 0x0000000000000024
	.quad 0x202e7bde1e8653a3
	.quad 0x000000000000706b
	.quad 0xfffffffffffffdb6
	.quad 0xe0d9959c960b7b4e
	.quad 0xea0a10d5f4639ec1
	.quad 0x4b5a0344ee1ea146
	.quad 0xffffffffffffb1fe
	.quad 0x000000000001d1d9
	.quad 0x000000000000033a
	.quad 0x000000000000039e
	.quad 0x000002ded934ea3e
	.quad 0xfff8cfdb6ab341e2
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x7f8000000018516c, 0xd6350bca7bc3fdfe
	.quad 0x0ce920ac085dfb4f, 0xc0256faa10751938
	.quad 0xf86bf2e952b4dc7c, 0x7ff7d6caab77123a
	.quad 0x81f701be36e656e3, 0x3fec000000000000
	.quad 0x0ee912237fb3003b, 0x463720bd33977c00
	.quad 0x11adac7e02c53574, 0x7f80000041a6cef9
	.quad 0x3f98800000000000, 0xf1463ad5630b4820
	.quad 0x3ab70000807fffff, 0xbb9714a04f74db38
	.quad 0x0020000000000000, 0xe7598df1934a5684
	.quad 0x012caf247f800000, 0xc06c41a31eca2f9d
	.quad 0xc0b00000ff8a57f0, 0x1509c3b83229fe00
	.quad 0x8000000000000000, 0x4036e67c80000000
	.quad 0x998f97fab87f41d0, 0xa6c519a5e9fbfb50
	.quad 0x609c01bc7f7ee73e, 0xc298a630ff8d3595
	.quad 0x32e4220f73ba53b8, 0x7ffaeafdb2642def
	.quad 0xc86cc29394a64f8b, 0x40ac000044f00000
	.quad 0x261b838627577f16, 0xbff0000013f929cb
	.quad 0xfd71984bffec493f, 0xbf27a10fc6feaa11
	.quad 0x431b945fc09cfd15, 0xc020000000000000
	.quad 0x8000000000000000, 0x8d407c6410384379
	.quad 0x01625502d8dea35b, 0x36b40417f4f24440
	.quad 0x40e80000bdbaeb7b, 0x3c8d861600000000
	.quad 0x5aa41073bf8b0200, 0x7fe414d1ff800000
	.quad 0x569bf6bb5e0a4b3f, 0xdd11a07364f7fc45
	.quad 0x2a3d5f664694ed92, 0xbdfbba6df54dd00e
	.quad 0x4326256e3d3efb86, 0xffc22497007ef637
	.quad 0x40a0e2c842272b44, 0xde400a4f332b0cce
	.quad 0xf14281ab36158000, 0xef1ee8d8fac3fe01
	.quad 0x72b5c599ffc81f0c, 0x031277b44a344360
	.quad 0xff8000005201091f, 0x80512f4e80800000
	.quad 0xc2bbff8a7fc00000, 0x37d9cbd7508dc0fd
	.quad 0xfbbb510b41180000, 0x6da0f8d6bc1c7e01
seed41:
	.quad 0x096285e67365d6e9
	.quad 0x0000000000000391
	.quad 0xfffffffffb5bc019
	.quad 0xffad391700f92b55
	.quad 0x81fba308e5017aa6
	.quad 0x5c6095bcb00eba4e
	.quad 0x0000000000000086
	.quad 0x0000000001000001
	.quad 0xffffffffffffff79
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xd565d3f219d40107
	.quad 0x8f1b89e158469c56
	.quad 0x000000000000b260
	.quad 0xfffffffffffffdab
	.quad 0x00000000004375e9
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xda00000040dce5b6, 0x0020000000000000
	.quad 0xbedb63b78070eef7, 0xd9fffffeffb626e6
	.quad 0x2e82c11cffe75fab, 0x0006c0f416959b71
	.quad 0x9cf67747ca228000, 0x375c46f63687fdc4
	.quad 0x91073651a592fc00, 0xbf04cf61c0980000
	.quad 0x000000003ba7ea61, 0x8576d264c0500000
	.quad 0x7ff3b949d0ca6de2, 0x402d9269642582a0
	.quad 0x58d417c17e0baec1, 0x7ff8000000000000
	.quad 0x400000005a7fffff, 0x38018000c7a9538f
	.quad 0x0000000000000000, 0x744649348b55c8e9
	.quad 0x3740000081000000, 0x96e8f342e184fb0d
	.quad 0xce1fe2e4b6881800, 0x8000000000000000
	.quad 0x0306af35b3b5f99a, 0xc1c7d28e7f800000
	.quad 0x0a0f7028acd3aa9b, 0xbf200000ffde939f
	.quad 0x6174fd587d7fffa9, 0xbbe4a2aaffc00000
	.quad 0xfeffffff40c2121e, 0xbf949a88714f2197
	.quad 0x0f6dbd00ffff243b, 0x3cab0000c4800000
	.quad 0x4015400000000000, 0x9c65f0f9785e6cfb
	.quad 0x815ca67aa46cb7bc, 0xc1b9da0f7fe15f41
	.quad 0xfff47067d4aa4e11, 0x4052489adc82c7a3
	.quad 0x802dcca500ad5df0, 0x7f38e9e83cd5330d
	.quad 0x826d131300561940, 0x00000000c0800000
	.quad 0xbf72fc967b3a8ac8, 0x32d6789bf9fed7d4
	.quad 0x0dbb1ba5b23d3365, 0xc01a000000000000
	.quad 0x1b3c0f03ddebe6d3, 0x628ebf04f04f3d83
	.quad 0x3fe6d886d99a35dd, 0x82680b10f1cffef5
	.quad 0x807de3717f000000, 0x01eeb6ecf19f906c
	.quad 0xff8000005ffffffe, 0xfff0000000000000
	.quad 0xfff7fc05fe2fcf9e, 0x80010c8c69e02ae0
	.quad 0xbf8a000000000000, 0x7ff0000000000000
	.quad 0x971e26cb8d7672fe, 0x7fc5250d80000000
	.quad 0x823909dabfbfb5ef, 0xbedeb168ff800000
seed42:
	.quad 0x642593250e7dd686
	.quad 0x07fe83ba34d032f5
	.quad 0x1dd532a6be089280
	.quad 0x0020000000000001
	.quad 0x0000000000000323
	.quad 0x0000000000000456
	.quad 0xffffffffffffff09
	.quad 0x000000e2171ddcf2
	.quad 0xffffffffffffffe0
	.quad 0xfffffffffff8561d
	.quad 0x2efe531d99ae2c9f
	.quad 0xffffffffc20c483e
	.quad 0x0020000000000001
	.quad 0xfffffffffffffdb5
	.quad 0xffffffffffffffea
	.quad 0xfffffffffffffffa
	.quad 0x07800000
	.quad 0x00000000
	.quad 0x5f7fffffbe4d2df4, 0x3ce6dac9e80af556
	.quad 0x9b5cfa565b2a8c48, 0xc1080000c3cbe2f3
	.quad 0xc8d4998fcf3dffbe, 0x70f35d45a0f2fb00
	.quad 0x83a90c14d2acd8e6, 0x84fe073effc31e94
	.quad 0x7fc298f5ff8e1bfb, 0x8051ea715fffffff
	.quad 0x415154c8c1180000, 0x24e039e6946cfd56
	.quad 0xff112817dd6d81f4, 0x439549ad9b8d82ab
	.quad 0xffe17ca7aa623cf4, 0x9dac6f2cef4af8bb
	.quad 0x812223ac620ad00e, 0xda29613fffc89108
	.quad 0x025dfd937fe1f3eb, 0x62b36277b373fc00
	.quad 0xc0739e33498cfe22, 0xce83abd5ff800000
	.quad 0x81d455a8c6000000, 0x4824245aefb54ddf
	.quad 0x8000000000000000, 0x51db8b297f82fa98
	.quad 0x02d2a7bc3444d2c6, 0x9064d614f39f7c00
	.quad 0x7ff0000000000000, 0xb94000007cebf58d
	.quad 0x98cb7598dbdff6f3, 0x6a84c4f4c8ac0001
	.quad 0x3ef075dee730b95b, 0xffa94f09c0100000
	.quad 0xc9e7000043fc0000, 0x0075f0207f943c8b
	.quad 0xc3a166e8dbf790c1, 0x0000000000000000
	.quad 0xc340000000000000, 0x3d164b767f8c9407
	.quad 0xf9954946fa5eadb7, 0x407bb078281ffb87
	.quad 0x00000000ffc2d262, 0x3f8000007e35a52b
	.quad 0x3dd39b8be577ae5d, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc3effffffffffffe
	.quad 0x0000000040f9afaa, 0x000000007f99ea31
	.quad 0x832128def490908b, 0xc1200000c27be444
	.quad 0x7fe0000000000000, 0xc047c746655c63fd
	.quad 0x3bcfed7474475fa9, 0x00e7da18bdf48738
	.quad 0x43e8ba2c00259eda, 0xe1c26c7abfd9bf3a
	.quad 0x3ffabfe65610441c, 0xbfd336d58dcd66e3
	.quad 0xfff0000000000000, 0x000000003f000000
	.quad 0x7ff0a7a3bf2997b8, 0x10fcf6c67fa1c70a
seed43:
	.quad 0x0000000000000000
	.quad 0xfffffe6591a615cb
	.quad 0xe6071a3bf249f9f0
	.quad 0x3382ab43caaf6cbf
	.quad 0xffffe6e78b6d5409
	.quad 0x00000000004b3547
	.quad 0x0000000000000102
	.quad 0x00000000000057d2
	.quad 0x046810af8022013f
	.quad 0x00000000000d4f41
	.quad 0x8e9975ef995866ed
	.quad 0x9415f1562e88c39f
	.quad 0xffffffffff39d2e0
	.quad 0x7a214998748cfb4d
	.quad 0x0000000000000000
	.quad 0x0000000000550955
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x0000000000000000, 0xa41ad993970b9499
	.quad 0x0000000000000000, 0xc07ffffedf7fffff
	.quad 0xfbc16ab4efdb9bef, 0x07c4f93e7fca0bc5
	.quad 0xdf7ffffeffb34edc, 0xb3b5bb687671474f
	.quad 0x89d6df00cff58001, 0x8000000000000000
	.quad 0x98dae90eff9ed5f6, 0xbeb2000000000000
	.quad 0xc31953bf011c2a7d, 0xeeef9275d796bfd2
	.quad 0x7f9389b8bf1f4821, 0x83758ee9dba5fc00
	.quad 0xbdc00000c0d49518, 0x622f38868d5103ff
	.quad 0xfa7c954f97e1fb9e, 0x3fccabb678af1ceb
	.quad 0xf20d7551814d95e0, 0xb7637bb17ffde761
	.quad 0x618166ed797bc653, 0x53f2e72f4b58b76b
	.quad 0xd57ffffeff800000, 0x6d094acc0117f3d5
	.quad 0x7ed797843e055de8, 0xc0494de1434dd29d
	.quad 0x5f3b8c9e14478000, 0xfff1517a84e841cd
	.quad 0xeafc24f8cf37f70c, 0xed6f0d913cacf9c8
	.quad 0x4e9199d1cfd97f8c, 0x800d06c174f6f7c4
	.quad 0x021d9fc7b876c1d4, 0xff80000013eee490
	.quad 0x3f2756d0ff6b3568, 0x004093f18a767c00
	.quad 0xc0b1fe603b640000, 0x7ffc7b59180db961
	.quad 0x43effffffffffffe, 0xf0857dbb13737c00
	.quad 0x46d81685a4b86085, 0x406002b10ad18773
	.quad 0x47fd025c74bdc5af, 0x5d143648c3e8514c
	.quad 0xb57834f9cadc6600, 0xff800000ff800000
	.quad 0x4002000000000000, 0xc13f000000000000
	.quad 0x00000000bfd14105, 0xc060000000000000
	.quad 0x17d6c2fb2874fcb4, 0x118f096cbc18a0aa
	.quad 0x97ed687477fbff99, 0xb79a57765e560400
	.quad 0xb63a8000badd8000, 0x46ce8bb7eff55746
	.quad 0x4023800000000000, 0xbe8000007edecf65
	.quad 0xdee4ad2c7cf5ca24, 0x3fbc0e0e60702ba2
	.quad 0x7ff0000000000000, 0x8036b745a54e31a1
seed44:
	.quad 0x0000000001893f7c
	.quad 0xffffffffffffffce
	.quad 0x00000000000000a3
	.quad 0x000000000000000d
	.quad 0x119277876edda25b
	.quad 0xb0be63a1a8e1657e
	.quad 0x4fd1221a2864056c
	.quad 0x00d599ec2e1c50e7
	.quad 0x1b84f33f2b99b4e7
	.quad 0x0000000080000000
	.quad 0x0000000000000052
	.quad 0xfffffffffffffe62
	.quad 0x5b6f09fd12ca99c9
	.quad 0xfffa7a49c385a265
	.quad 0xfffffffffffffffe
	.quad 0x82572cab593b0747
	.quad 0x05800000
	.quad 0x30000000
	.quad 0xbd6d02d9fa4c0169, 0xff9919daffb00f4f
	.quad 0x48a00000c77fffff, 0x478ebd89afef7de3
	.quad 0xfe00b565280c4166, 0x000547487f0f0d52
	.quad 0x7fe0000000000000, 0x4f498359403d98a0
	.quad 0xcf008d8600f18fc0, 0x1fb55938ad09c600
	.quad 0xbfe99a79ec4f7be5, 0x8a4f7b731ddd80d2
	.quad 0xf3cbb92a37af496e, 0x70d2720aaf93f42e
	.quad 0xfff8000000000000, 0x6cd26db3bfe1c7c0
	.quad 0x43ef37e8cf6abe00, 0xbf89e159933f63cb
	.quad 0x6b8cfb85e5cbfeb1, 0x83c9b87ff313b2a2
	.quad 0x3ffa061fa267e0fa, 0x7ff0000000000000
	.quad 0x3d24000000000000, 0x43dbfdb5d1ecfc00
	.quad 0x005f82cfd7da2c0a, 0x3f784b396eea3cd9
	.quad 0xc85428b6164cfb80, 0xd9b31b25bf24255c
	.quad 0xac122de7898e0c03, 0x8dc839ccffba6d41
	.quad 0x800000007fc00000, 0xc10e00009c247c13
	.quad 0x1c2038a6c23815ec, 0x000fffffffffffff
	.quad 0x958101bd104c09a2, 0xb7000000ff82fe45
	.quad 0x78625118ffb600d5, 0x3fc6e17747d00341
	.quad 0xbfd008660be52fd9, 0x3b8e17b4c2dc133b
	.quad 0xf7ffcd8f5f000001, 0x8000000000000000
	.quad 0x406a37c2f3959255, 0x40500000c1140000
	.quad 0xfff8000000000000, 0x39150ea22d1f8000
	.quad 0x8020000000000000, 0x001fffffffffffff
	.quad 0x7ff8000000000000, 0x40718e5f9517546b
	.quad 0x25cbeedfffd57bb5, 0x3ea3f5eb9bdcbaf1
	.quad 0x0008000000000000, 0xaafdb5f97fe56fe9
	.quad 0x8305b80fffc00000, 0xf6d9ed3a0bd6f6e9
	.quad 0x3fd0000000000000, 0x8c9b90b474feb6ae
	.quad 0x5d5cdffbc4e00000, 0xcd2404a4fff7bebd
	.quad 0xc00fffffffffffff, 0x803a097db8ba0000
	.quad 0xbf7fac8991ad0e61, 0x1a30adec80000000
seed45:
	.quad 0x06a8f3d253a3550e
	.quad 0x0000000000000a8d
	.quad 0x000000000000015a
	.quad 0x0000000002da2809
	.quad 0xffffffffffffe917
	.quad 0x16e4542db416c1dd
	.quad 0xffffff98368838aa
	.quad 0x000000000476d130
	.quad 0xffffff9e588425c1
	.quad 0x6353707edbd513bd
	.quad 0xffffffcb0c893020
	.quad 0x879324118c97483a
	.quad 0x0000000100000000
	.quad 0x34b22f832c66035f
	.quad 0x002ad8ef8f7ebe6d
	.quad 0x90ab87ae59ca03c7
	.quad 0x04800000
	.quad 0x20000000
	.quad 0xb2ca345b17969605, 0xfff8000000000000
	.quad 0x5c27d63b3afdffe5, 0x34935d0bb1826560
	.quad 0xd60a285417ba06d4, 0x52df91dedf7ffffe
	.quad 0x0000000000000000, 0x3714d95d7fd67850
	.quad 0x0339043627a25d31, 0x3d8ff5ab00010853
	.quad 0x7f8000003d9a54c6, 0x5cc21669f14bc74e
	.quad 0x0010000000000000, 0x1e96c296939c4e7b
	.quad 0xfffdf207de471df5, 0xc0deca6300000000
	.quad 0xa40d09a3e419b739, 0x97a101fbbfdc3fb8
	.quad 0x0348f0ab84afeafb, 0x0000000000000000
	.quad 0x8c5a03c180e6757d, 0x8c2bcd9926caf900
	.quad 0x81880b94ee9984cd, 0x000fffffffffffff
	.quad 0x66a01a1a99cbb90c, 0x7ffe052ae0875f1a
	.quad 0x0c3acc8a30d68000, 0x2dd17995fb3deed7
	.quad 0x720c9b9bffffffff, 0x4352309640574842
	.quad 0xd5e55bdfffffffff, 0xb29f419af7fe321c
	.quad 0xb58000007fc00000, 0xfd42f824fab4d8bc
	.quad 0x3958e9d0825b8000, 0x2335a23b80db03ff
	.quad 0x400e000000000000, 0xbf76800000000000
	.quad 0x602a0a4b41b833aa, 0xd01f37a04e2e5aa6
	.quad 0xa7b87d7c8d32d8ad, 0x8000000100db38c4
	.quad 0x222b79dfffbefe60, 0x5e9e41c4558afe00
	.quad 0x9d5cfe9c9402ffa8, 0xffecbb764f54b82c
	.quad 0xff00000033909be9, 0x15996eaa8019a5d4
	.quad 0x21181bb5fe77dfda, 0x00f0532abe68ac7f
	.quad 0x8ca3b6c9ffd7f9b7, 0xfff0000000000000
	.quad 0x20d3d18690a2c7c0, 0x8000000000000000
	.quad 0x7e0feb92f4291263, 0xd540a75a995981c2
	.quad 0x3d986c142f9ff93c, 0x7ffc961a79ad34ca
	.quad 0xfff0000000000000, 0x628d4c48ffdffe00
	.quad 0x6124fe30ec1dff52, 0xfef3c6f3fc41dd1f
	.quad 0x00000001019e06f6, 0x75dd631d96edfddb
seed46:
	.quad 0xd24397811304b6ce
	.quad 0x00000000567a515c
	.quad 0xaacb4780c62fc832
	.quad 0x6db5dd8e1874be42
	.quad 0x000000000000014f
	.quad 0x000001e40dffba7c
	.quad 0xffffffffffffff6d
	.quad 0x99fbb62f084e5a84
	.quad 0x00081f68e02fb16e
	.quad 0xfffffffffffffeea
	.quad 0x13971384c9799e8d
	.quad 0xffffffffff92e235
	.quad 0x7b7da1efc71aa83c
	.quad 0x0000000058f48911
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x02400000
	.quad 0x30000000
	.quad 0x49e000007ffdb517, 0xfff0000000000000
	.quad 0x406d37e4af85a7e5, 0x2cf7c9ba0b911b95
	.quad 0x000cf211ec64666f, 0x3f6d400000000000
	.quad 0x94d02142ffbfba7a, 0x567ae49b397ffaf6
	.quad 0x0064655b3d6e0000, 0xf1f7a91bc1026ebc
	.quad 0x3d4ae52780000000, 0x00ffffff00000001
	.quad 0x3a69e85fbfdbc389, 0xb67f1fa5c1220000
	.quad 0xbbfbebfcc37ff722, 0x802c5b62ff890001
	.quad 0x53438bef77f4fc00, 0xabdb2a18da99cb0a
	.quad 0x083a9f6ffbfdfbf9, 0x5f7fffff33e13687
	.quad 0x3fd9881918131c3e, 0x2d7a4e3e350ffc8e
	.quad 0xfff0000000000000, 0xc34a4636418d2e7f
	.quad 0x4cbf4e38a04c5f10, 0x811912ef80000000
	.quad 0xc010000040e00000, 0xfff0000000000000
	.quad 0xff80000000301543, 0x40d4000043a31073
	.quad 0x07e1ddef213aae51, 0x9f540a4c43980da1
	.quad 0x004eca7bd4fe0064, 0x9dde7b21ebfffffe
	.quad 0x407b2ea0339ef763, 0x41caac50c0d80000
	.quad 0x7ff8000000000000, 0xbc367254ffc00000
	.quad 0x81565d0171268b80, 0xeeb23b38825c9cb0
	.quad 0x8000000000000000, 0x40dc00007fc00000
	.quad 0xdfa939ee00ab0a41, 0x5aa6a7537ffc495f
	.quad 0x8000000080000000, 0x7ff8000000000000
	.quad 0x7f800000c07ffffe, 0x40e0000080400000
	.quad 0x7d53a04c3ddf45b2, 0x4080000084c00ab2
	.quad 0x54a1196ea0f23b6d, 0x7ff1d05753b6cd0c
	.quad 0x8164d87f954220a8, 0xfe3ba68b1139f696
	.quad 0x453a8c69a8cb7712, 0x4069f77de4359814
	.quad 0x0b1a1d272fc0e366, 0x43a491adc17fc104
	.quad 0x9154f731c348145d, 0xc0c000007f92f0cd
	.quad 0x3f400000067191b5, 0x7ff8000000000000
	.quad 0x8347c2ba8d7bfcaa, 0xd3f63c367946ff3a
seed47:
	.quad 0xfffcb62f2b184b7b
	.quad 0x24ad27aa3c197eea
	.quad 0x000000000000003f
	.quad 0xf60aee3b0f4c0cad
	.quad 0x000000007fffffff
	.quad 0xfffffffffff35246
	.quad 0x4c78bc601b2387df
	.quad 0xffffffff80000000
	.quad 0x00000000000003a9
	.quad 0xa168875e0a086dee
	.quad 0xef9de06127c5edff
	.quad 0x2a788d0b5e249e66
	.quad 0x00000000000003ad
	.quad 0x0000000080000000
	.quad 0x0000000001000001
	.quad 0xb60194c7d3dc099b
	.quad 0x04000000
	.quad 0xd0000000
	.quad 0xfffa614edffcf10e, 0xfe5eae80bfeea8a0
	.quad 0xffefbe31174d8d2e, 0x23bdf972b319ff9b
	.quad 0x9d037cb0b3b07c00, 0xbeda569428bbfe00
	.quad 0x18d711eacdf3f7fb, 0xc3f24026fffc3e72
	.quad 0x3fde1b76b2a77bd1, 0xbc893f1339fa4da1
	.quad 0x7336a8fff2121489, 0x7fe43c228d15ebfd
	.quad 0x3fba3a5300000000, 0x5844ec34ffe65d7b
	.quad 0xbfdb985976a8c95f, 0xc53894d0cf380a7e
	.quad 0xc03c0bcb738124cd, 0x8137248d7fdbf380
	.quad 0x7fd387f8fc7df76e, 0x421972e1d3e5409f
	.quad 0x714fe3c0ffc00000, 0x483b103f1ffd7b27
	.quad 0x005115cf80400000, 0xfeeb1e0498bc0086
	.quad 0xc0a8000080000001, 0xd93d38368274f5e0
	.quad 0x055f58538dfb5258, 0x80000000c3ebae22
	.quad 0xc0600c7cc0302256, 0x3fcd45ed4e80b078
	.quad 0x27a81d834545979e, 0x7fba3d68ffc00000
	.quad 0x2136fe98c17b0982, 0x7948690e809d07e9
	.quad 0xdaaa77adff7ffd0b, 0xbee81eddff7ffdd9
	.quad 0xc07d306e3f60bf03, 0x77460462cbd74ab3
	.quad 0x00400000c0800000, 0x7ecb257e32d6acf8
	.quad 0xeda36cd238100000, 0x3f01cf9ad2a44200
	.quad 0x7b361041c0bf04e1, 0x0000000000000000
	.quad 0x8e138743ef66fbd5, 0x7ff5bea68de64010
	.quad 0xbc2a0000421a126e, 0xcbd9124bcaf7fbef
	.quad 0x121a967ec35ffef7, 0xc0013bd74c52019e
	.quad 0xc0776f5191150030, 0xbbd106b960b05794
	.quad 0x9d8897c5c88b07a6, 0xc01a000000000000
	.quad 0x40effffffffffffe, 0x45bdab4b43c44031
	.quad 0xc7687863b164f400, 0x7fc0000080800000
	.quad 0x4041fa8242684304, 0xdcbd7e91ada1b2a2
	.quad 0x53b3620d1c1833ce, 0x7278ffce0871fdf8
	.quad 0x0000000000000000, 0xbfe8000000000000
seed48:
	.quad 0xffebb74947ee3454
	.quad 0x0000000929e4f1d7
	.quad 0xc3089b2ec8c076c4
	.quad 0x577aeb2cd7562c86
	.quad 0x0020000000000001
	.quad 0x7ce4af7582e63864
	.quad 0xe0239f9049c3168b
	.quad 0x0000000000000220
	.quad 0xfffffffffffffffe
	.quad 0x39499e487804d406
	.quad 0x3db0a8e70900d4f1
	.quad 0xa473dd98d93e43bb
	.quad 0x0000000000000000
	.quad 0xffff2a6cb2ae6eee
	.quad 0x51b031d513b9f4eb
	.quad 0x0016dfb3519fc8f4
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0x3fb5c00000000000, 0x3e155495407076c4
	.quad 0x8904631ec734c103, 0x80ffffffbed80000
	.quad 0x9d6ef1bbf7f9ff5b, 0xe5d756ce1c63835d
	.quad 0xa65a25e8401a1d38, 0x58a0bebe3fe2d580
	.quad 0xe5353e3affcffd4e, 0x7ff8000000000000
	.quad 0x8003144f349202b0, 0xbe11d6735a70e612
	.quad 0xbfe00000dfce4a75, 0x00400000f866c76f
	.quad 0x0b1ae6a796c58400, 0xe120011128048cab
	.quad 0xfff4bc50fe4e213f, 0x46ef9923b0d7b4c5
	.quad 0xc0527c45ff8c24ef, 0x53e18af1fdfdafbe
	.quad 0xffa061c93d6e0000, 0xfff50b935650d3a9
	.quad 0x8b2d5ed4886dd601, 0xc0325121e050a3a8
	.quad 0x7f8025ea40880000, 0x7f800000df6b8a0a
	.quad 0xca71d980aee7fc00, 0xb68000007fc00000
	.quad 0xfda99356f290180f, 0x7e8dc2b4ac4b1dc8
	.quad 0x368ed7cff957bcb9, 0xacdd02dd7bef0207
	.quad 0x810f28c1f9e360f4, 0x5ac7ef914104fc00
	.quad 0xc05099538b8585f1, 0xc0efffffffffffff
	.quad 0x823c20e29faf0f07, 0x61aa0227fff1fc77
	.quad 0x43c00000f1acf3f5, 0x671c3bf035107800
	.quad 0xfe9d20b78e8d7b64, 0x40153b1bf71e10e4
	.quad 0x7fc00000c0200000, 0x8120705d08295ca4
	.quad 0x0000000000000000, 0x7c25554d7f800000
	.quad 0x00208b58d2dc6045, 0xc8eb909dffc9d8e1
	.quad 0xfff0000000000000, 0x206410c6bf6c78c1
	.quad 0xff800000402bd2ea, 0x35005dddcde78ffd
	.quad 0x8d739f4284f3b823, 0xc00a0272eb434c7e
	.quad 0xbf7d19ea9250f4cb, 0x2a19451564ff5899
	.quad 0xeae7cdb3ffdcd8b4, 0x3f41a00000000000
	.quad 0xc05c82b87b6101f9, 0x763ddec88b9e7bc9
	.quad 0x8044ba65e018fa7d, 0xc33ffffffffffffe
	.quad 0xe7a7842af2f5db9c, 0x7fbb9592b79f8a06
seed49:
	.quad 0x7fffffffffffffff
	.quad 0x057f91a50ad5f3ad
	.quad 0x188a56771348bac6
	.quad 0x7f3985f5ef3f0239
	.quad 0x0b18029af413b57b
	.quad 0x0020000000000001
	.quad 0xffe2d5f48ed183c4
	.quad 0x000000007fffffff
	.quad 0x000000000000036a
	.quad 0xfffffffffffffc1e
	.quad 0x9d553fcc60f4c8c8
	.quad 0x0000000000000357
	.quad 0xad5a19bc15e52032
	.quad 0xfd232963c53b16df
	.quad 0xfffffffffffa9210
	.quad 0xfffffffffffffd94
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0xffddc082baf092d7, 0x61b1210be2c5ef25
	.quad 0x22834f2580000000, 0xde9d2c4a7df7a33c
	.quad 0x3fdc6994b8152771, 0xfff8000000000000
	.quad 0xbaff9c1906468000, 0x93dd8107569aff61
	.quad 0xebf747ab40000000, 0xc1100000017fffff
	.quad 0x18f91aaf89ef23b0, 0x7bb8d63f80000001
	.quad 0xd4f99f50ffc00000, 0x6b34646c49314a4b
	.quad 0xe943c689f17fffff, 0x6610c0e241a8ced8
	.quad 0x800207c24f000001, 0x0000000000000000
	.quad 0xf8b491c7a1ab1d23, 0xbbf271b580ffffff
	.quad 0xc141183c00000000, 0x4096c2c77f800000
	.quad 0x1beb29b0e3cb7fd6, 0x000000003fcd6f9d
	.quad 0x2fa7e07720447bfe, 0xff8a0579fffd4089
	.quad 0xab225ceb8cf7b2e5, 0x49b00000c0eddbea
	.quad 0x78d8eae8ffc00000, 0x800dd5918b9ee883
	.quad 0xfff0704bb76af80c, 0x4094961410e5b715
	.quad 0x069d3ea768a20e23, 0x2591e6bf78dc3454
	.quad 0x3fbb879c92aade00, 0x192223d410c7fe7d
	.quad 0x997c1d09ffdb7e00, 0x81f44f93b6b57fcb
	.quad 0xa573481944504de2, 0xf7e1d30d4fcfefcf
	.quad 0x5b962d8093987c00, 0xec96a84c81ecaeda
	.quad 0x92180eb6f39d8bff, 0xbfe1f6f7a3124fd2
	.quad 0xfff519a20dcd906a, 0x800000015a000001
	.quad 0xb88d4042ffc00000, 0x1b1674d6745d5d71
	.quad 0xaa240fd286cd8305, 0xbe74dc2c0a980627
	.quad 0x7f80000043df94a0, 0x3f18000000000000
	.quad 0xff8000005a48b4fb, 0xc10200001be39c56
	.quad 0xfff0000000000000, 0xda2183b13e495cb0
	.quad 0x7f82a94d1006bd4e, 0xaca59cb45bbffd7e
	.quad 0xe5ef6bec402a22c1, 0xb83b801dbd85834f
	.quad 0x7f8a9c203e68e571, 0xba9ba6769287f921
	.quad 0x4b3178be7f94a04a, 0xd003123dd9fc7ffb
seed50:
	.quad 0xfd450ef238dd743d
	.quad 0xc9bbf18eb15c8369
	.quad 0xd5cd014501a489b3
	.quad 0xfffffffffff8c3d7
	.quad 0x0b98c6e7005143a7
	.quad 0x000000000265f6a3
	.quad 0x0afca5fcc435c19a
	.quad 0xfff6d4cb9c1ac58c
	.quad 0x00000000ffffffff
	.quad 0x0000000000000359
	.quad 0xaeb334ee1f27b7f3
	.quad 0x00000185227bb5e5
	.quad 0xa1044ff0d178fe0b
	.quad 0x8000000000000000
	.quad 0x729949e2c13c4aad
	.quad 0xfffffffffffffff4
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xb46d43a4dd11a2e3, 0xe45b6c45bce7bab9
	.quad 0xa711c60a857c5f5d, 0x36771f92c5527c00
	.quad 0x64c6f05bfdaffefe, 0xc1c28372bde00000
	.quad 0xc046fd5b3d0860f4, 0xc0352aeed997ca41
	.quad 0x0000000000000000, 0xbfef0a677fa3fcdc
	.quad 0x4cef8f4f817df755, 0x002021e3ffe234e2
	.quad 0xfffd7257b8740cef, 0xbc46c11a0040696a
	.quad 0xbd0a800030dd46a9, 0xbf800000c0000000
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x0a7a83357f800000, 0x7ff9d9233546f759
	.quad 0x85edfcdac9e0695f, 0xffe0000000000000
	.quad 0x7fe2da9892469007, 0x7fc6fb5001000000
	.quad 0x7f8f146e7ae338f3, 0x7ff0000000000000
	.quad 0x7faa06197fc00000, 0x0000000042ec0000
	.quad 0xc3a8a79f0a598000, 0x553d4be7ffffbdd7
	.quad 0x0000000000000000, 0xc05dedf198689e4a
	.quad 0x000b4a7158cb1309, 0xf4986f455d9ee0e1
	.quad 0x7ffd92a42fb358cb, 0xe5e8f3597fc00000
	.quad 0x0755c2f6c02d04c7, 0x800bdccbd65f1f88
	.quad 0x8000000000000000, 0xc0f00000ffad4fae
	.quad 0x0a04d8596704d924, 0xb7440000ff800000
	.quad 0xbe5cd96efc6ffbff, 0x5e3eac575eebff3d
	.quad 0x3d01a18120214e0d, 0x7fabc175bbd60000
	.quad 0x4020c00000000000, 0x49897c08a13f0294
	.quad 0x7ff771c6ea9e698e, 0xeec97106febfbc2e
	.quad 0x81638020af020044, 0x9f56cd10fdd5df6f
	.quad 0x7f2a5560fff4cff2, 0xd3a88531dd1cfb49
	.quad 0xe1f60171f20e8400, 0xff818fc11777a2a8
	.quad 0xc39e1f9abded04d6, 0xffee0c1f55752f9b
	.quad 0x024f5560db2c7cc9, 0x5d4e069a7ff7b63b
	.quad 0x832d16bbb91ae462, 0xc01f000000000000
	.quad 0x2e0dbc16477fffff, 0xbfb66751a859b0de
seed51:
	.quad 0xfffffffffffffedf
	.quad 0xcd2e9b7f23a625d8
	.quad 0xfffec483ff637363
	.quad 0x00003eab6857c419
	.quad 0x00000000000001ee
	.quad 0x00000054d085d709
	.quad 0xfffffffffffffcce
	.quad 0x00000000ffffffff
	.quad 0x00000000000011af
	.quad 0x5ae16ae7e5066036
	.quad 0xfffffffffff62860
	.quad 0xfffffffffffffd0e
	.quad 0x0001f5cd37efd1e5
	.quad 0x0000000000000344
	.quad 0xffffffffa110aebe
	.quad 0x0000000002105cc1
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x11c0275a6c16294c, 0x4fb3de7bffe38000
	.quad 0xbf5080000159fc65, 0xfc0c2f9a5379a3cf
	.quad 0x7f1f751500000000, 0x3f4e800000000000
	.quad 0x807fffff7f98a13c, 0xa83a6a9f7cbcadef
	.quad 0x0b30df24f8b5964c, 0x00ffffffffadbbb3
	.quad 0xea6af9eacb8e23ba, 0x9607dfe676f8fe58
	.quad 0x4ab03309ffea1dff, 0xc00f000000000000
	.quad 0xc0f0000000000000, 0x4329275e020926a4
	.quad 0xbf2e4d4c47000001, 0xffff2cdc7bfd0c09
	.quad 0xc028237d97f789f0, 0x9b2010f07fc00000
	.quad 0x7f80000016aa4f5d, 0x423d7927fa3ffe64
	.quad 0x81c0e774f01727a3, 0x40e0000000000001
	.quad 0xf92c3f4bbd260000, 0x7e5b858cdc7285e9
	.quad 0x80082b694ddceb38, 0xae6270fc7edefff8
	.quad 0x59ffffff7fc00000, 0xc17218ab419d04a4
	.quad 0x404fd970095b4d8c, 0xfff2a794c284025f
	.quad 0x405c8e30778144f8, 0x22a74641ff9a5498
	.quad 0x3b896189ff800000, 0x5b26a7c17c1efc2e
	.quad 0x7f800000ffc00000, 0x7ff403113c6be4e0
	.quad 0x3f40000000800000, 0x407ffffffff68101
	.quad 0xcaa97b063904fc29, 0x0ca934311bfaafa1
	.quad 0xcc7e5001c3fbc560, 0x5fefcf45c5d8a1ec
	.quad 0xbef6ee73ff99c7d4, 0x0000000000000000
	.quad 0xbf0c4732d12b7eb5, 0xc1520e4d43c06557
	.quad 0x7ff66a2b764a87fe, 0x4002000000000000
	.quad 0x0000000000000000, 0x75f66ba402b0b1a4
	.quad 0x2a317fb286960000, 0xbffb4896753d2080
	.quad 0x3fb5db52631a1557, 0x0000000000000000
	.quad 0x27285e78eb4c01e4, 0x8200760bf0de1d23
	.quad 0x8000000000000000, 0xb8881df6ffebfccd
	.quad 0x9fa06b2fdc20be85, 0x0fd1fe7b25b41a1b
	.quad 0xc1efffffffffffff, 0x5a7fffffbf91db42
seed52:
	.quad 0xfffffffffffffde6
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0xe975a3847b5e6705
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff75
	.quad 0xce2490306ba1e5b6
	.quad 0xffffffffffffff31
	.quad 0x92771c9a3e8c567d
	.quad 0xffffffacca12bce9
	.quad 0xffff79ad82147b5b
	.quad 0x0000000001000001
	.quad 0xfffffffefc4e9b34
	.quad 0x00000000ffffffff
	.quad 0xb805043a9f166ac0
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x329ce01571acdbdc, 0x4e87874999af9a7e
	.quad 0xfff505d4a568557a, 0x43419684630174bd
	.quad 0x42efffffffffffff, 0x41e6572eefebddb5
	.quad 0x7fade41c03c2220d, 0x3ffca01e3157f512
	.quad 0x7ff0000000000000, 0x381448e4fe800000
	.quad 0x8000000000000000, 0x59c9715f33c400dd
	.quad 0xfff56f4c9fcfb3c0, 0x764e33ba410c0000
	.quad 0xff7fffffc3c97490, 0xff7fffff001b05bd
	.quad 0x0000000000000000, 0x3fdb61be64a45a3f
	.quad 0xd39f538d40900000, 0x3f9d9d867fc00000
	.quad 0xb61a0000c1968920, 0xc0372d6c7526be2b
	.quad 0xcf1a52d40005056c, 0xdcbd39469379a5a6
	.quad 0x39873b46c4547c00, 0xfff30aae89ea3df4
	.quad 0xc03b000000000000, 0xa604e719fbffffff
	.quad 0x80800000c3f32c3c, 0xc2e327c840f00000
	.quad 0xc35c4819ff800000, 0x912afc86dea78eb8
	.quad 0x41f0000000000000, 0xfff8000000000000
	.quad 0x637136aa0a107e00, 0x7fc00000ffc729fd
	.quad 0x80fd42b99a14fb3b, 0x00fc10d036429acb
	.quad 0xfff8000000000000, 0x4060000000000000
	.quad 0xcc6eb62dce00d976, 0x7ff08ac66307110b
	.quad 0xc2a4000080400000, 0xe5f42e94943501c1
	.quad 0x805a4280bb8f15f6, 0x8e2d97116e7b48ce
	.quad 0x4074aec83f38214a, 0xc67bf52affbfbf49
	.quad 0x942fbbb51467a71f, 0x497c85527bd9cabf
	.quad 0x429a3cb7ff800000, 0x03dd2bd2feb54f7d
	.quad 0xffd0000000000000, 0x0798121aedfeffab
	.quad 0xfff1b71dc9ffb9c6, 0x93d23d2977a60800
	.quad 0x9cc1ae614624c100, 0x3fa5c78729df8a8e
	.quad 0xc021400000000000, 0x47dedc37ffbf93ed
	.quad 0x002df931542ff8f6, 0x0b5dd94fffa5ffd7
	.quad 0x0f9d4bc6bf9fffff, 0xc002c62866bade39
seed53:
	.quad 0xdaa678953fb4ccba
	.quad 0xcd4551ac86ac2f8d
	.quad 0xffffffffffffce21
	.quad 0x1eef81dc05e967bd
	.quad 0x0000000100000000
	.quad 0xfffffffffffffce0
	.quad 0x0c6cf2e3751eccea
	.quad 0xb2b8d044c672ce54
	.quad 0x88d022d6f61e8636
	.quad 0x0000000000000390
	.quad 0x2dcd495c9db77320
	.quad 0x1ab61fbae2237cfd
	.quad 0x0000000001000001
	.quad 0x142c9fd0ef7f3efe
	.quad 0x0000000000000000
	.quad 0x82fb65cbc27ae8bb
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x306cfd6d65098000, 0x4b8bc29d8028644d
	.quad 0x7f8000007fc00000, 0x556cff7fe78eeb57
	.quad 0x98525379631c47c0, 0x58525b83ffa135b8
	.quad 0x7ff0000000000000, 0xb86468b15efbeede
	.quad 0x3b40000016c83184, 0x7f800000c0d80000
	.quad 0x3e380f9380000000, 0x3fb96d668a98c028
	.quad 0xab915c4039f8c600, 0x524d2375ffffb5bf
	.quad 0xc007000000000000, 0xf6e0269531ef45e2
	.quad 0x0006e34c957031e6, 0x262d6557a23f5899
	.quad 0x293ca35b6f21fc00, 0xebcc873bfffeefa7
	.quad 0xfe8000007fc00000, 0x0000000000000000
	.quad 0xff9fdd714305ab4e, 0x63cd446b1cfd7dcf
	.quad 0x3d8e925eff888cdb, 0x105a0ae93ba7ffe7
	.quad 0xf6d91e4c006d2a6b, 0xf25638c077b3bc01
	.quad 0x73dce187bfdffcdf, 0xe12c9367c5b9c900
	.quad 0xfb7828ab9dba53ca, 0x559f62e87171408b
	.quad 0x0d4b93e62ef2fcf2, 0x00000000d6f64f2d
	.quad 0xb8fae74d2c5e7db5, 0x007da348be1722c0
	.quad 0x463000007fc00000, 0x0693787f19d9c037
	.quad 0x7fd0000000000000, 0x4077e69d6c059b88
	.quad 0x000db1f5c640a111, 0x79f5ce5f7d9f3d7f
	.quad 0xa9031c5040a80000, 0x4fbd47f0cfffffc1
	.quad 0xc0217b0a982ccdd9, 0x67dae400423ff9ca
	.quad 0xbffa61b641b8c659, 0x029072f705c5018c
	.quad 0x8000000000000000, 0x99ef1d2500000000
	.quad 0x7e35a29739204a74, 0x7fa6a0b63f1845cb
	.quad 0xffb2126eecccfe00, 0x7f4170964f1b1ee3
	.quad 0x74b9d4ebcf438000, 0x903a2c8f630441a9
	.quad 0x7b42131075fba702, 0x4108000000000000
	.quad 0xc6f8000080800000, 0xffc000003f04db81
	.quad 0x3fd331eca7147828, 0x411f1762bd44e54a
	.quad 0x426d2d92ff8c2050, 0x7f2d92e1869f1785
seed54:
	.quad 0x43d78df1d6751966
	.quad 0x0000000000000000
	.quad 0x000000000005acfa
	.quad 0xffffffffffff04f1
	.quad 0xfffffffffffffc4c
	.quad 0xffffffef6ef46d4d
	.quad 0xfffffffffffffc69
	.quad 0xf4994f79d6cbd986
	.quad 0x5423fe07f9f8bde3
	.quad 0xffc9f415662f9b3b
	.quad 0x9badd7cd5999e34f
	.quad 0xab6c35450f20eca0
	.quad 0x00000000ffffffff
	.quad 0x00000000000000dd
	.quad 0x6fbf9aa060d5e9e0
	.quad 0x0002bf76d2ecc3fc
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x411370dcff800000, 0x9a2d1baacfefdfe8
	.quad 0xffc00000c2f00000, 0x400a06ac0cf53db4
	.quad 0x4023800000000000, 0x1710bec094b24cd8
	.quad 0x018707e5f256f213, 0x800000005a7ffffe
	.quad 0x41e000007f8e939d, 0x9ead01ede9f3e132
	.quad 0x9869d3f134d98000, 0xfff8000000000000
	.quad 0x8c41d43488727c00, 0x7ff0000000000000
	.quad 0xc1e0000000000000, 0x3fb4977fe2ac62a5
	.quad 0x73c0efbc7fadd203, 0x03a68dfef2cd8943
	.quad 0x4bd7b198c3284840, 0x1263a6a099d4fc00
	.quad 0x6460ec18ed607c00, 0xb998e3bccfbfabbd
	.quad 0x7fff399cdffa3e74, 0xc01ff54fa60c002f
	.quad 0xe0e1a41dc1613afe, 0x92b6ce78cb38f33e
	.quad 0x4b98bd1906f6364a, 0xfe5bb6307611ec38
	.quad 0xa2f6d514ad868800, 0xffa38ce59ef894ae
	.quad 0x411c000000000000, 0x5a0000007f000000
	.quad 0x40f80000bcbf16c3, 0xc74fa912b8c1326e
	.quad 0x92141adaff800000, 0x3da3bb3580e0c622
	.quad 0x7fec6acdb085628b, 0x46800000407ffffe
	.quad 0xe3024d5430d0fc03, 0x7ff0000000000000
	.quad 0x3eeab43213b272cd, 0x6bb752ae3ccda7f1
	.quad 0x82dbaeb86dc9d0ab, 0xfffdc032f886590a
	.quad 0x000d75b354ac1e44, 0xfeffffff7599baf3
	.quad 0xffbfc42e01051e26, 0x7ff36980c4fffffe
	.quad 0xa8b5fb5839f2fe00, 0x3e000000feffffff
	.quad 0x5ad46db7f5b5f639, 0xfd04a417814cd236
	.quad 0x0327a7f394add361, 0x34cc3adfb5f6fce8
	.quad 0xd9ffb33c594bfee8, 0xe149df97e1a65d12
	.quad 0x3f280000fdb02606, 0x22322aeff08ffe72
	.quad 0x7013c16b7f7fffff, 0xec2cdfc4ffbeb598
	.quad 0x7fdc3377c20bf607, 0x7a36687cffddfb96
	.quad 0xf78a793682b66f87, 0xcefd13c8fde4fc00
seed55:
	.quad 0x6b90cd2ad79a9057
	.quad 0x632e21b8562e7173
	.quad 0xfffffffffffffd97
	.quad 0x87842dc61d9e7445
	.quad 0xfffffffff3c3cbe2
	.quad 0x9d0fde62ef6b08b6
	.quad 0x0000000000000001
	.quad 0xffffffffffffffb3
	.quad 0x000000000003b65b
	.quad 0xfffffffff4a80ff5
	.quad 0xfffffffffffffdf6
	.quad 0xffffffe95472de57
	.quad 0x6193dc1514ac856f
	.quad 0xa070cefd73869b48
	.quad 0xcb5d4ac2d990ce75
	.quad 0xe4b30211e8318422
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x33ea1e02f0de1e0c, 0x9b0b8bfe05b4fc00
	.quad 0x80042f316a93338e, 0x4a401e1f452e7e7d
	.quad 0x3fa0800000000000, 0x9f78869db7285cf3
	.quad 0x400704e01e8360aa, 0xab83fb94335b7473
	.quad 0xffa4ad69ffcf9605, 0x7fc0000040f00000
	.quad 0x123013907af13eb4, 0x7ff620eea1bdb239
	.quad 0x2294f18c18d9b822, 0xe1afbdfffffb7dc3
	.quad 0xc3eb8a30da000001, 0x31329dce4acb42a7
	.quad 0xb0f456b20187523a, 0x7ff0000000000000
	.quad 0x7fdf98f280000000, 0x80eeb7b4d738b74d
	.quad 0x43f0000000000001, 0x804316f741a6033c
	.quad 0x77823e6a99777c2f, 0x7e71eafa34708603
	.quad 0xbfb19732f45978bc, 0x0a75e2b77fdddeff
	.quad 0x4150d9b7ff800000, 0x1cbaa2e79514d1a1
	.quad 0xc33ed12428de9105, 0x7541ba43c3b68000
	.quad 0xecbf4385bf7bded1, 0x80000000403f7c72
	.quad 0xab30f84033096c58, 0x438b72da7fa861ba
	.quad 0x54afdf0f15fe267d, 0xc01ae8144f7ffffe
	.quad 0xca64b2b4e2584100, 0x94e21035e5bf587e
	.quad 0x132d18628033cd28, 0x985ded3ad7adb395
	.quad 0x39685071240c2c00, 0x0000000000000000
	.quad 0x2b8425226bf7ff6f, 0x57659916bd7e4e35
	.quad 0xc5500000ffc00000, 0xb8d00000c26cf736
	.quad 0x213648ff5d3892ac, 0xf4d39a4b99de7b31
	.quad 0x3ff0000000000000, 0xbfba8493c741ce5b
	.quad 0x00000000cc1b7ef2, 0xfee8bc92048730af
	.quad 0xffd3918988eb1690, 0x1b459b3dffa04a6f
	.quad 0x40400000c009f414, 0x8003361e8a8c0d0b
	.quad 0x1e2da14100000000, 0xffcf172f6a09e535
	.quad 0xffaf9de37f800000, 0x7f800000007fffff
	.quad 0x40f0000000000000, 0x3d931fd172e0441c
	.quad 0x32a463b6b62948ca, 0x240e73a0a74dfccf
seed56:
	.quad 0xffffffff7cd84919
	.quad 0xd4001001f7ea19d9
	.quad 0xa247d9979f7e088f
	.quad 0xa70ea530bce5a929
	.quad 0x000000000000007c
	.quad 0x0000000000000028
	.quad 0xbf15ccdc94fbac6a
	.quad 0x68042da36f0fd7ee
	.quad 0xfffffec65df6ceed
	.quad 0xd18d5d0fa90df643
	.quad 0xffffffff95d77eca
	.quad 0x1ab7327863540eee
	.quad 0x00000000000002b5
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd0b
	.quad 0xffffffffffffb56d
	.quad 0x01c00000
	.quad 0x50000000
	.quad 0x8f33a46881da3ece, 0xc25f788f7fd9d235
	.quad 0x0020000000000000, 0x2d38bb1ff5bdffb6
	.quad 0xfff0340e7eb1ba32, 0x138c7e0cffbfcb66
	.quad 0x4146972838fa0000, 0x4008000000000000
	.quad 0xbfa01ae5b75add30, 0x0cb9485df5bd3c7a
	.quad 0xfff771b0f5c4722e, 0x004a35cb7fc00000
	.quad 0x400000002a47be8e, 0xffc00000117a7f73
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0xff56704670fbe09d, 0x3d5b789c41e5ab63
	.quad 0xbfe6000000000000, 0x0000000000000000
	.quad 0x4340000000000000, 0x3f38000000000000
	.quad 0xbff6800000000000, 0xff013717914cf582
	.quad 0x00dc7f4b00000000, 0x000bf77f14efd21b
	.quad 0x800fffffffffffff, 0x7f800000ff800000
	.quad 0x000411970b27db95, 0x407a9c4975a8367d
	.quad 0x3ffd3f5f204c24d9, 0x3fa000007f800000
	.quad 0x3ac0857bbf4b2a6a, 0xdc993a09e2e37e00
	.quad 0x000b5fadcf6071d8, 0xbe8eee423f2483c2
	.quad 0x21ae79a8ca087c55, 0x7ff0000000000000
	.quad 0x45c00000cf7ffffe, 0x801fffffffffffff
	.quad 0x409800003e6e31a0, 0x6a5198f7fbb8ffe4
	.quad 0xf5e2cf087f800000, 0x6d5f3c87b03e9205
	.quad 0xff800000ffda899d, 0xe28b4fa7c3fa29d7
	.quad 0x1ce7d4e1fbdc903b, 0x7fc000007fbe0cf0
	.quad 0x802053430ead9cf2, 0xbf68000000000000
	.quad 0x0db7a6933fe03e80, 0x85cbabc5ff800000
	.quad 0x371a00007f800000, 0x18032ab47f800000
	.quad 0xbf40000000000000, 0xf6fbd6a8c0800000
	.quad 0xc77878a6e983fe00, 0x00389dd0829c48b1
	.quad 0x8e703296ffffffff, 0x0000af6fc127eb18
	.quad 0xe4ea4892c70cf800, 0x6b0420623d617a2e
	.quad 0xffb08210b34a6d73, 0x1d9a2e8e9d7bbfaf
seed57:
	.quad 0x0000000000000263
	.quad 0x00000000000001a0
	.quad 0x00daa53fcc13e5e3
	.quad 0xffffffffffffffff
	.quad 0x0000000000000047
	.quad 0x0020000000000001
	.quad 0xfffffffdc6684a48
	.quad 0xd9cdeb8d33ff67b4
	.quad 0x0078c3aa0a6fb8c9
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffff2
	.quad 0x5debbc9186a7cb41
	.quad 0x0000000000000001
	.quad 0x7739d3e256b996e4
	.quad 0xfffffffffffffff7
	.quad 0xfffffffffffffd3b
	.quad 0x06c00000
	.quad 0x30000000
	.quad 0x8aca3950ffa4fe01, 0x4ecb256f7fdcfc00
	.quad 0xbfbdbff9f7296024, 0x400ffffffffffffe
	.quad 0xe48bdfb99986152c, 0x3b8ae435c344f116
	.quad 0x800000007fbf1f9d, 0x7fdfc8a3f9fe1870
	.quad 0x7f80505affa9d391, 0x4016000000000000
	.quad 0x8000000000000000, 0xe8bdc60591fffc93
	.quad 0x7511534fab237bff, 0xfffe91939b040226
	.quad 0xffaa41bfc7232b56, 0x40efffffffffffff
	.quad 0x26f8eff6bbffb3c0, 0xff800000c387fc6c
	.quad 0x3d70064b80000000, 0x000000005f800001
	.quad 0x5a7fffff001bdc0c, 0x3d84e60542fb465e
	.quad 0x19c0065e31f18000, 0x81b838027f073b84
	.quad 0x407d6b8fe4e48f42, 0x8d9906c76be1c79b
	.quad 0xda62b04ed0f8fe86, 0x7ff05dd8c6eb5796
	.quad 0x802b482070448bd7, 0xcc408069a39f01c2
	.quad 0xdf2cefbf3f180000, 0x8000000045a00000
	.quad 0xff800000c0c00e8e, 0xe5982411d49bb2ec
	.quad 0xbfb45b6192b85c3d, 0x9335e6d9db212642
	.quad 0x0dcc2b2752b80b5b, 0x11f26ad4cb5afcc4
	.quad 0xc04bfb14e7797cc0, 0x18af75d65ae96bf8
	.quad 0x7f8000004f800000, 0xc4e966ac7f9ced9a
	.quad 0x5f8000017f800000, 0x7ff0000000000000
	.quad 0x7ffc7be0f8554470, 0xbe80000041040000
	.quad 0x4851799b16668200, 0xff800000ff800000
	.quad 0x034a6f67254302f3, 0x3fdf600000000000
	.quad 0xaaf6936b15973153, 0x7ffe5a7503d52e2b
	.quad 0x7f844210181d71d6, 0xc79c40958ad66e40
	.quad 0xffc00000017fffff, 0x00032ff05e7bb838
	.quad 0x910e48a1cedd87fb, 0x809ad24c005a61fb
	.quad 0xe96e838afff8a6f7, 0xc069abd89eb4e29a
	.quad 0xbffd0f86abe5282d, 0xfff0000000000000
	.quad 0x4940000010781f6e, 0x40f8000000000000
seed58:
	.quad 0xfffffffffffffdfb
	.quad 0x8c4b0058c6c51747
	.quad 0xa395d649dda8e400
	.quad 0xaed0b5c2098af932
	.quad 0xfffffffffffffe87
	.quad 0x0e486f3da4284b23
	.quad 0x83832ec29010b480
	.quad 0x573a85f3e114b7ae
	.quad 0x0000000000000019
	.quad 0x00000000c3cd161f
	.quad 0x14ee2d6fbad90718
	.quad 0x0000014fe585ed16
	.quad 0xfff8aff308f3e0d0
	.quad 0xffffff10ec158f7a
	.quad 0xfffffffffffffe14
	.quad 0x0000000100000000
	.quad 0x03c00000
	.quad 0x30000000
	.quad 0xb25631496a7bb7ce, 0x8005cdc3f6005c7b
	.quad 0x55f5c7bec05a8000, 0x8dee3380a72ab763
	.quad 0xec03ea57f9b2ef7f, 0xbafdb1b335b44c49
	.quad 0xb590317a36b2425f, 0xc0d412fe657ddaa8
	.quad 0x0e1e9993ffdd98a7, 0xa138ead4fbeefc00
	.quad 0xeb59668bffdbeb92, 0x6f4f64c9005283c6
	.quad 0x42340561a7c4fc9a, 0x80212ea25163b562
	.quad 0x8008000000000000, 0xecae395ff0f92c67
	.quad 0xc06851807c6cca02, 0xfcf1db4d42eb57cf
	.quad 0x00000000be9fbde7, 0x3e0ebf449bebfe47
	.quad 0xc750721b616378c4, 0xeb866f6e7f9dd96d
	.quad 0x2f3a4b2a6fffffff, 0x4b8a80e61e8bfd06
	.quad 0x0321647206d06d81, 0x45540000f9135cdd
	.quad 0x7fd30048ec087ba2, 0x79592738da800001
	.quad 0x00000000df7fffff, 0xe95305fe98e814d5
	.quad 0x3f76b78f47f655fd, 0x7e8000007fc00000
	.quad 0x00305084ff991212, 0x3ca6e6211e46298f
	.quad 0x7ff236005f15fa13, 0xc000000000000000
	.quad 0x7f8000007fff2641, 0xffaf23c2c9900000
	.quad 0x02e173db5b867593, 0xbec00000c1800000
	.quad 0x00000001999462a0, 0xd70484e90439e09e
	.quad 0xff800000bfa2a63e, 0x5c344c4261236f9f
	.quad 0x7f806c01c3938330, 0x6c11dccc7f49a4ce
	.quad 0x2ddaa06079e78232, 0x8c2bfbdee8fffef5
	.quad 0x800110793f6f3a58, 0xbf9adfb2064c8236
	.quad 0x037ea08ad2ce7bfe, 0x7fff43e7c1d745f4
	.quad 0xc8bc81315b8a3216, 0x433dd625bdd5a5ad
	.quad 0x8041660941797fb5, 0xc0703adce08f64dc
	.quad 0xbe51761543538c93, 0x000000007fc00000
	.quad 0x6299f22e42b985c1, 0x41e0000000000000
	.quad 0x0000000000000000, 0x8052fcaf46b00000
	.quad 0x0ff3cdf8010212f3, 0xfe1afdde2999e06a
seed59:
	.quad 0x3e13b3f3f7a31379
	.quad 0xfe4fd5c9767cf328
	.quad 0xc94fb2fe27a67faf
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000065
	.quad 0xffff977c7a632e50
	.quad 0x00000000ff97ea6d
	.quad 0xfffffffffffffffd
	.quad 0xfffffffffffffe25
	.quad 0xffffffffffff3161
	.quad 0x0000000000000110
	.quad 0x000000000000031e
	.quad 0xe7024d933b1c422d
	.quad 0x0000000000000171
	.quad 0x441be4bea465cade
	.quad 0xfff94eb05754a8b2
	.quad 0x01400000
	.quad 0x00000000
	.quad 0xb0597d8cbfdcff95, 0x968626083ef7ba41
	.quad 0x416b322293b6c0c0, 0x5238ec52779c7d5b
	.quad 0xc780000180400000, 0xfff9574d71b4b08e
	.quad 0xbd23124f80800000, 0x8cb75a216f45b18b
	.quad 0x0000000000000000, 0x7c77ab239d7db6ba
	.quad 0xee2bbc9be1dfbeea, 0x739e4c4fcf87739a
	.quad 0x9424b639b2c6a99b, 0xe07d1eddff9ff640
	.quad 0x8006365954fa0ccb, 0x00000000c0e3e3f5
	.quad 0x800000007fea11ef, 0x7fc9a07c7f7fffff
	.quad 0x63a459aa1ae50000, 0xbfcf0a12190e5c47
	.quad 0x4021fe78bfc03736, 0x9f7b7bedfe7b9e0e
	.quad 0x8d5487053d8fabfc, 0x8000000000000000
	.quad 0x00800000ff2a6acc, 0x2f82d1f206a09f86
	.quad 0x7ffa7070b7c0646c, 0xcfffffff81b3703d
	.quad 0x9e2b0913d9b28000, 0x817a09e674bcec42
	.quad 0x9b9319c03f400000, 0x7fff27677a232f46
	.quad 0x018360ff3e2ad9a2, 0xb06f975cff5ad93f
	.quad 0x7ff8000000000000, 0x800c5a0e2ac3ea1a
	.quad 0x7ff0a8623a3d0658, 0x1c6ca3ee9237303f
	.quad 0xfff5c795f0851113, 0xdfffffff6eb00225
	.quad 0xffd0000000000000, 0xbf771152c075fcdd
	.quad 0x7f99474b7fc00000, 0x807ffffff1f022ad
	.quad 0x7f8000007f434571, 0xfb14424ec25e5d40
	.quad 0xfe9386f709af08e4, 0x6361614f0b5b02f0
	.quad 0xf412e9feb35f7dfd, 0x0000000000000000
	.quad 0xc7000000ef86324e, 0x8d39b24941c0001b
	.quad 0xfff8000000000000, 0xcada15ed80000000
	.quad 0x84181f321b9d7d2c, 0x3f79fb782fbb1c70
	.quad 0xcc359902ff457d88, 0x001fffffffffffff
	.quad 0x610112af7b82d36f, 0xffc0000040700000
	.quad 0x0000000000000000, 0xbf800001b6060000
	.quad 0x7ff0000000000000, 0x65103059fffca5ef
seed60:
	.quad 0xfffffffffffffe3c
	.quad 0x000000039439b776
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff35
	.quad 0x8000000000000000
	.quad 0x9bf230d8e47daa17
	.quad 0x000000000007de21
	.quad 0x06d82474d70be335
	.quad 0x5f6c66fd497f0013
	.quad 0x1c87adf57f7b93cd
	.quad 0xffffffff80000000
	.quad 0x208c9a4277530f83
	.quad 0x11f22751db2e780e
	.quad 0xab3c32cb970689e6
	.quad 0x08f27071a2d5d425
	.quad 0x000000000016c0d2
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x522a2abe7f9a8000, 0xbd8179b580000000
	.quad 0x83a3263ca2e50ab9, 0x7072610700486f12
	.quad 0x3031eaa3e3382bd0, 0x7ff60f5934a07a5e
	.quad 0x00ffffff7cf40eb0, 0x8000626aff81c12d
	.quad 0x6c7a849ae6b8dd23, 0xffda2086e903939b
	.quad 0xad7ce3f8d563fffe, 0x21583571f7fffcc1
	.quad 0xcad63cd2fff5bffd, 0xf8638fd8bbe8be80
	.quad 0x3ef95ac5eed26221, 0xff4dd16e27b07f26
	.quad 0x431fac827c04c5f8, 0xc0544427dafb0197
	.quad 0x286ae0269300fc00, 0xfff5711a9b359ca8
	.quad 0x9bccbec00555c94b, 0x7c4ae7ece5457d7f
	.quad 0xade052d5ffead058, 0x1057c120ffc00000
	.quad 0xffeb489997eda1d4, 0x7ffde1033ce5e611
	.quad 0xca056e7d802ce057, 0x40f800000062f04a
	.quad 0xfff0774f8421ba21, 0x1c3eaba46d564f5f
	.quad 0x7f9af7828d20948f, 0xee07e7299dc8fe00
	.quad 0x4019dcd65bd2affd, 0xb877eae646db87ff
	.quad 0x80a9467d00000000, 0x3e9e00fe80000000
	.quad 0xfff0000000000000, 0x4009c4e455d9684e
	.quad 0x7c40e33bfff57cfb, 0x6da8fd53b7f7a858
	.quad 0x8000000000000000, 0x00000000bee0be1d
	.quad 0xc035764d3fc34f87, 0xffc000007f800000
	.quad 0xb61edbef09b8b430, 0x7ff8000000000000
	.quad 0xfd75a72ca594cb09, 0xfe887aacffc00000
	.quad 0x3a8e215c3fb67c00, 0xffc000003dc1a3fd
	.quad 0xfea28dfab408090f, 0x8761ca0e04962199
	.quad 0x4c2fafa08f7fffff, 0x7f8000007fdb7748
	.quad 0xe16202d9c6422d15, 0xdc83bccafe5cb4ae
	.quad 0xf00c105c92116f7e, 0xded8a85aaa77bb27
	.quad 0xc11c0000757864b2, 0x80332587ffb58251
	.quad 0x7fe470839e9d919f, 0x3c2d98014f287b63
	.quad 0x76e6650fdeee7e01, 0x515c21a8b51151b3
seed61:
	.quad 0x19ecf43dbbe84be4
	.quad 0xb53c030dcb19102c
	.quad 0xa87296afb1a8a51b
	.quad 0x5de8fce1f0fbaae3
	.quad 0x0000000000000000
	.quad 0x5142cba377b14168
	.quad 0xffff9b61e74cde74
	.quad 0x00000000ffffffff
	.quad 0xffffffffdd86555e
	.quad 0x0000000000000043
	.quad 0x76f197dc27a671bc
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0xffd1f6c3f0c634bc
	.quad 0xcabe5ff01875cd87
	.quad 0x000000007fffffff
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x433bd43b83e4fe7f, 0x2ebfd72e5f800001
	.quad 0x0c07ac86ffca9fb7, 0x2a310bde7fa7ad05
	.quad 0xff800000b9f90000, 0x402b7940a2256707
	.quad 0x5985b908bffffffe, 0x7dc12859a7fb9c5f
	.quad 0xb6c2faecffb78000, 0xf7b194fb4958370c
	.quad 0x802ad2be7dbad99f, 0xbfe8000000000000
	.quad 0x40063cbec0a4cc89, 0xc1c3412e607fffff
	.quad 0x411c000045000000, 0xff8375093df925ad
	.quad 0x814503c300000000, 0x4021000000000000
	.quad 0xd693e23938bf4080, 0x9a2ca6b0be4e28f5
	.quad 0x801fffffffffffff, 0x7fd9757e822006fe
	.quad 0xc12000007f800000, 0xa68e13894d8978b9
	.quad 0xfff1c00b96cef51d, 0xbfbda8b8a2304d58
	.quad 0x7fd62b05b76a0000, 0x0000000000000000
	.quad 0x7ff8000000000000, 0x6d414f1abb529200
	.quad 0x3ffa5e1f5689402b, 0xffb87e6efdb0da11
	.quad 0xddd92bb4cb79fb1e, 0xfa8402716ebdeaba
	.quad 0x020cb31a68273634, 0x00527e0b408b2984
	.quad 0xe9d976766f73c79e, 0xbeec400000000000
	.quad 0xe177c3b247d9e8b0, 0xc062f3eebea7c606
	.quad 0x3b400000117fb77c, 0x64cd7c1ebc8f9e82
	.quad 0xf94dd537fe8964f7, 0x8000000000000000
	.quad 0x7dad051c8bdd344d, 0x7ff68d3c5ca6dd13
	.quad 0x6134976840cb402e, 0x7ff3dd8d729a0fbd
	.quad 0xf1170a219666efa4, 0xc030648398744066
	.quad 0xc44c3143f7ebe600, 0x00fadf33ffb7e0df
	.quad 0x60c7dfb680ffffff, 0x0176896675a003f3
	.quad 0xbc828000f90e7a6b, 0x4014000000000000
	.quad 0xffc000007f02b234, 0x2a711ce9da1d4600
	.quad 0x404a2fab5da3d5ce, 0xfff05192d1ad0b00
	.quad 0xfff0000000000000, 0xedeba4d6ff800000
	.quad 0x3fd5d6826d12ae81, 0x3ffffffffffffffe
seed62:
	.quad 0x0c49e6727be6d754
	.quad 0xffffa075f80b921e
	.quad 0x60cc122a8c705c1f
	.quad 0xfc81fa984fc2197b
	.quad 0x0000000019ac674c
	.quad 0xc5e896361751d29d
	.quad 0xda58eae9a56f8b3c
	.quad 0xfffffffffffda8c4
	.quad 0x0000000000000001
	.quad 0xfffffffffffffcdf
	.quad 0xffffffffffcd56e7
	.quad 0xd6722a8c2b238bee
	.quad 0xffffffffffffffff
	.quad 0x866e8e6b826ea0a6
	.quad 0xfffffffffffffecc
	.quad 0x0000000000000000
	.quad 0x02c00000
	.quad 0xd0000000
	.quad 0x42e8a23dfa91ac80, 0x986c9c4a2e7e3ebc
	.quad 0x26faeb7ce8377f00, 0x4056318924fe84fb
	.quad 0xfb7e6482832b8315, 0xbbe320c3e33d7e01
	.quad 0x00000000f5e0598a, 0xfff0000000000000
	.quad 0xffdfffffffffffff, 0x00000000ffb65182
	.quad 0x7f5d0c40bdf6f7d8, 0x00131371c7800001
	.quad 0x82024782d530a6d8, 0x360000003c7d30e7
	.quad 0x7ff9f7544258e472, 0x8000000080000000
	.quad 0x078494d17fc00000, 0x3ffd98541430d357
	.quad 0xbdc8ce2e80000000, 0x455baf9e75a983d2
	.quad 0x24cba0ac306387c9, 0x04c1be72ab85a1cc
	.quad 0xff8000004034f876, 0x3fab2b29eb5cb912
	.quad 0xa8fe2dc80142e6df, 0x007565e37f001fb3
	.quad 0x445d20a10e5e5f99, 0x000000003d7cc442
	.quad 0xfff62be6387cad0a, 0x82e9bea64de05058
	.quad 0xbf790a7a265d551c, 0xfff660a13ba73740
	.quad 0xbeb8000000000000, 0x7ff5576ea7abfed5
	.quad 0x3ffffffffffffffe, 0xa692a249cfd9cf98
	.quad 0x7ff77f367ab0d212, 0x000a3487e956f68c
	.quad 0xbfbc26d780000000, 0x41f00000177dc30d
	.quad 0xc07ffffe0b732738, 0x966e847941680000
	.quad 0xed2a8c374dbefa6d, 0xc1ffffffffffffff
	.quad 0x016016a6174841e1, 0x7f8000003ed83040
	.quad 0xf550998e7c65fc00, 0x766665e1c0400000
	.quad 0xbfe76b74b9c61347, 0xf602ab3441040000
	.quad 0xc0312db5b46ccd7b, 0x152b1c6a6fc8be8a
	.quad 0xd4c8fbc83f3fff21, 0x3cac391ac0480000
	.quad 0xc3735060bf6d45c0, 0x0000000000000000
	.quad 0x79399dac80000000, 0x7ef4fe2dff800000
	.quad 0xc0c80000ffb40e34, 0xbfa8374aae9a350d
	.quad 0x0000000000000000, 0x2df5d5ff7d4ef669
	.quad 0x407221957fc00000, 0xbf1a600000000000
seed63:
	.quad 0xffffffffffffffd0
	.quad 0x797b7368e6bd9876
	.quad 0x007f0be5e44393d1
	.quad 0xffffffc2a9e9005a
	.quad 0xbc57f80461a5530c
	.quad 0xffffffffffffffb4
	.quad 0x381866c9fb6f3b86
	.quad 0xea7175c6c3581adb
	.quad 0x9602f6eeb1549548
	.quad 0x00000000ffffffff
	.quad 0x12ec083443cd41f1
	.quad 0x00d232b01f5b31e8
	.quad 0x1abf2885dd0a0ebf
	.quad 0x8956835c78167221
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0xfff0000000000000, 0x1fb44fa3da908000
	.quad 0x105a989a048d1f7d, 0x4012000000000000
	.quad 0xef69470d193dba1f, 0x0000000000000000
	.quad 0xbf96fdc0ffa97248, 0x0010a55a953f53f2
	.quad 0xfff0000000000000, 0xc4a4dcfbdbf2aa1b
	.quad 0x48d4b0207f800000, 0xbff0000000000001
	.quad 0xff96e85a4a2d2776, 0x41298000ef8eedaa
	.quad 0xc1240616dffffffe, 0xc7de7fc642cf0530
	.quad 0x0a7d1280fffbc17a, 0x2ff38084fad1aa8b
	.quad 0x5e67de76ff71fe00, 0x8000000000000000
	.quad 0xbb3d484aa63b817a, 0xea9bf38cb9b5ffb1
	.quad 0x018bfc06a5ae0a3c, 0x0000000000000000
	.quad 0x5c701a3a2a86067a, 0x511b7f81f5b0ff3b
	.quad 0x807fffff137e3a16, 0x80098d23904b6f31
	.quad 0xc819152d46880000, 0x54107fc8ffbdff5f
	.quad 0x2525819b7158ac4a, 0x109bbbfd5f0efebb
	.quad 0x002d13a89ce1d43c, 0x3e9cf5d181000000
	.quad 0x3fe0ae868af01680, 0x3f58000000000000
	.quad 0xff9f020380000000, 0x8ba27f66c0e80000
	.quad 0xc018322c164f4926, 0x0d4104347fef6b63
	.quad 0xeb1697b4cff10600, 0xd27eb76f7b6bfdfb
	.quad 0xff933eb17f91229c, 0xfff8000000000000
	.quad 0xeb213388ff800000, 0x4fa31868f3feefd6
	.quad 0xbf01200000000000, 0x8000000000000000
	.quad 0xc6629663739cf539, 0xe1ca808c2f10c2c0
	.quad 0x2e95d661f2ce1a39, 0x7ff35bea31a49b32
	.quad 0xbd7955014f000000, 0x4015d5f241c00000
	.quad 0x7ff03c0c48b3fb36, 0x26ced23f27f583ff
	.quad 0x2f0769696356068b, 0xfff0000000000000
	.quad 0x7fdfbef70101796b, 0x40df8859dbe84077
	.quad 0x7d9117b27fe946c0, 0x5a0000004115000b
	.quad 0x3fe373bf41ff8787, 0x80000000da000000
