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
	.inst 0x7ef0c9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6079f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea7f5f2
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
	.inst 0x1e323954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc61915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fa759b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2f4177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30f899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fb492db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6168dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c23d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f27b09e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03819f
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
	.inst 0x1e2540f0
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
	.inst 0x5ee6fd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e300103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e216974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a2a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3101e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f3be657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61aa38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692330
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2169bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f36395d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f49b09e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea3cc7f
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
	.inst 0x1e230190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0fcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea1b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea0c9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e222a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e32ccb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e222a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc25057
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
	.inst 0x1e2201d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c83a
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
	.inst 0x1e7a36af
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a383d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eadcd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28010f
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
	.inst 0x1f2c1950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c091
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
	.inst 0x2e32ddd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2189f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e34e455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7801e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e589d67
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e616858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc41259
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0e8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f75d99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e39f5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc4111d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6bd91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67287f
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
	.inst 0x9e2301b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0d811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e616973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e237954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6838b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea9e4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2801c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e726818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70f9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61032a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61691b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea0c91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28030e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2300bf
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
	.inst 0x1f220510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f3bfcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e218872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f6ffd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03b974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f6fe455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e65f556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e28edf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e290029
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
	.inst 0x0ea0c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e73283c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18f2cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1a8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f8d90df
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
	.inst 0x1e233950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f4cfc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f859112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6ed653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4f94b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcb9915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6200b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3802a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e790029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2200ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f20fd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f62fd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e69fd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee0c83f
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
	.inst 0x7e61a950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e290141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e219912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3c1013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f250a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fa05915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d5876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c18f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0cada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eeefd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e360581
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61c83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e26f53e
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
	.inst 0x1e200060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e42e151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e2dfc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f63fdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c1a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea7c4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e619837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f38fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e655a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6178bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e2cecbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0e47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6101cf
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
	.inst 0x1e620150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30d4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0f852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eede633
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
	.inst 0x1e63351a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0ad656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f49fcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fa61878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f379899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e362010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21699c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e662090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0e41fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6eed7f
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
	.inst 0x1e6e8950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e62f5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f43fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6325f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fae5174
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
	.inst 0x1f4ed1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d29d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f2afd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2820a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21a9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c17b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3059bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43685d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2418de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1daff
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
	.inst 0x1f201110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f233db2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e029893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1a8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30f955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee24096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21a8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e306a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6169ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f44b8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c29c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6779fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2642bf
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
	.inst 0x4e6179b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2a8d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6168b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0d914
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
	.inst 0x1e21c216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e672110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21da18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3801e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e640abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7628fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e22d55f
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
	.inst 0x1f669130
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
	.inst 0x6ea2f472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2200b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f2fe434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63e565
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6901e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61c978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e713df9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6240ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea0fadb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fc4129c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7422c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6100ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e43405f
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
	.inst 0x1e601970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2409b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0ee33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e240104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e690005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2200d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61ce57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e617998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7028f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7800cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f5be5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e652060
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
	.inst 0x6f49e5d0
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
	.inst 0x1e250022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e71bc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6dfc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ac4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e371444
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26889a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eb3d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38b5e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c2b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c87f
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
	.inst 0x1f2c3870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f909911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f080c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f3efd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f209134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e244195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70f836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3621d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e38feb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e03b01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2c34bc
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
	.inst 0x9e6800ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2844f3
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
	.inst 0x0e616830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0f471
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
	.inst 0x1e6b5d73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eafc674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e342230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e6976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c5977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e18fc08
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e617859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2afd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f23fd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee4d5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f5be4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58ad0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24034f
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
	.inst 0x2f8291d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21c971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70f992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f71ae53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6cd5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6108b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c1b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e241998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4a0d19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f2ae49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2425b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eecf4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea198fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f39e61f
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
	.inst 0x2e21c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee9ed51
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
	.inst 0x1e23c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2ec554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e63e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e678a36
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
	.inst 0x1e2f3018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e260899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1f9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e61002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2b96bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e71004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7429be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e289f
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
	.inst 0x1e635850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6629b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eafc432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7faf98f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e317a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fce9216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21d8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e210288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c2da
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
	.inst 0x1e39893c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7fa1909d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d091e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c93f
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
	.inst 0x9e2301d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1a9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f408dd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2741d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e588984
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1f856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20c117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e261a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0da19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6300fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e695afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f68a1dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61691e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61687f
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
	.inst 0x1e6b1850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea8fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e6ae4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0d9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e332180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0c915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea0d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7519f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e6169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f315899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e251459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e20f4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a397c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fc05a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61b95f
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
	.inst 0x1e319010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6e41f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e70c632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2505e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f662cf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e67c0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e30cd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e300919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30f8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2979bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fa49abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1ba5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e68016f
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
	.inst 0x0f805970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f5ee471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a5460
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f52e633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e217a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0c01f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4a2d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e60e577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e690168
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
	.inst 0x1f6f80fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a4c9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea0d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21685d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c35e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61d81f
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
	.inst 0x1e227010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f073472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2909d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e62f495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f4cfdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0f957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e28fd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee240d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea0c8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f36b87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20689d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c25e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f24251f
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
	.inst 0x0e23d5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e619a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e599182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e68dd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f34e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e600205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2abc16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f28b277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f64a638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f3de5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e60e5fa
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
	.inst 0x7e2ae59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78006d
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
	.inst 0x1e64295f
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
	.inst 0x1e661970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6bbdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fd01212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e59dc23
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f459934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e695855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e278876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e5a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c319
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
	.inst 0x9e6002cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3100ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f3fff5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70db7f
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
	.inst 0x1e25c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc898d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea0d832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e62c633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e635a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f144cb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e674d96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0f997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e623938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e285959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2d8c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e24006c
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
	.inst 0x1e78493e
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
	.inst 0x4f8851d0
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
	.inst 0x5ea1a972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616a34
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
	.inst 0x7f20fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f44a457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6521b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3c1019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcf581a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e58f80c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a2350
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6179be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67067a
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
	.inst 0x1e223870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2559d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e250243
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
	.inst 0x6e31de95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea0fa76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2fe6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f13b638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6142d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23cd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1bb5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e608492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e287c1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1b85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61893f
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
	.inst 0x4e6199b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f29b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e619cb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f129114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61b815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fcb90d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e632d18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6022c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21a8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef5fd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61a89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e629cfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e672a1f
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
	.inst 0x4f79fc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e341011
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
	.inst 0x1e2a09f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2128f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61d9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e43f496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e270917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2ed018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f24fe19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6fd01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f4cfcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1b99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e60000d
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
	.inst 0x9e7100af
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
	.inst 0x1e2429f0
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
	.inst 0x1f243df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f07b593
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
	.inst 0x0ea1b915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eecd517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f43e439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1aafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2868bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e618a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21691e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2538df
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
	.inst 0x4ea0c930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e612070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f50e552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7239f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e628a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2301f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0f836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eb0fdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0caf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e4344ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e628cbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3509bc
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
	.inst 0x1e60c03e
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
	.inst 0x2e21b9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c111
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
	.inst 0x4fc991d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f02c434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea4d5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f979978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eb0c4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58bcea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f00a5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e25fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64697e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e28ff9f
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
	.inst 0x6e66dd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a8e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e302892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e290063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1f856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e34e437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1aa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f33e55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e642200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b19bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0c9ff
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
	.inst 0x0ea0d950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70ed51
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
	.inst 0x1e6240b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c1f4
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
	.inst 0x4ee7fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e297a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e24d578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e70ddd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2ec5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6300fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2199bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc890bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f9d1b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e26d5bf
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
	.inst 0x6e21b9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2441d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fa59212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f65a133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f439156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e430497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e2afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6848db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e69fd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2300fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6efce41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4c847f
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
	.inst 0x1e61c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0d8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6dd593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2c80f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22d54b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e610006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e664197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee24158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc151fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e72501c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f642b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d84f6
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
	.inst 0x4fc39190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcb1071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71e552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2559b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e612d54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f8110d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e700046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f819057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6400a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6200ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70f8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7101cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f71991d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64793e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f8a525f
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
	.inst 0x1e255010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc21211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa551f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b7933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea4c4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6169b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e72dc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e616878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61c579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fc699da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e71ed5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22019c
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
	.inst 0x1e71002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69b53f
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
	.inst 0x1f0bac70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eefe511
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
	.inst 0x1e210203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e618a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6de495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eb6c5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e28dd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1a919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f1308da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69789b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f140dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1995e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e382080
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
	.inst 0x6e61a8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e67e511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61f592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fca9113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e702240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67f015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6fdc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c1959
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
	.inst 0x5fab505b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6100ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b485d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0f9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23295f
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
	.inst 0x9e196d80
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f3a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7fc590b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea1b9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e6178b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fa99016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f7d38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2108d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f26d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7469fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2efd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e19de
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
	.inst 0x1e2f744c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f2851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e31e632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e428dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e66f5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f308115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e343857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f0838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f22e499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202188
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
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f48e51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f8d11de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1919ff
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
	.inst 0x1e2429b0
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
	.inst 0x4e617992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f72e413
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
	.inst 0x1e611935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22d54d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f78fdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6639b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea5f439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f6cfd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e31f63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6188fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e35101f
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
	.inst 0x9e210120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e603a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e618429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f31fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f30fdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e8816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61e657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4e9ab8
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
	.inst 0x6e61889a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c381b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24397c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6759fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e28fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23011f
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
	.inst 0x6ee4f5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f014211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70d9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e690243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e5874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21c936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e264137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f838
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
	.inst 0x9e03b55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0980db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e671cbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee9d53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6155b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23011f
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
	.inst 0x1e2e29b0
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
	.inst 0x6e62c572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e260893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2078d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e70d5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6a3856
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
	.inst 0x2e34ec98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6c4dfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6140bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61191c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21fd7d
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
	.inst 0x1e670a1f
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
	.inst 0x1e2d1930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e64f552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7800c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef1e635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e21ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2378f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c3819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e78014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6ef73c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0c97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78006f
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
	.inst 0x1e6149f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220012
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
	.inst 0x6ea1d554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e641955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fc990d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e640009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e617a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24789c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e618b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e59df
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
	.inst 0x1e234850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21d932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e326813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0834d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5eaafe36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1b9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e0818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eabc5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f579dba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eaad57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea19a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b38dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f66e77f
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
	.inst 0x4ee8fdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f48e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7101e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d2655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e650228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2549b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f43ba3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f70e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f2be4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f59fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23007f
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
	.inst 0x7e616970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f3afdf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7049d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c214
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
	.inst 0x1e3000c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f8d5a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e618878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e619ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e19550a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c21b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c7b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e61689e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1aa7f
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
	.inst 0x4e64cd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea2ec51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2929d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eeee433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e301934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6101e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c3608
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e200128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c1fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6189db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2901ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0fb7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f57e65e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6dcd5f
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
	.inst 0x1e21c0b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f682c91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e198603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e63ed74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d0916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2bdc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea6f598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eefe539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e618a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3900ac
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
	.inst 0x6eededde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6a303f
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
	.inst 0x2e6169d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61ec31
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
	.inst 0x9e230193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef3e674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2141f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390247
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fcc5058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2fdd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e42e9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6001ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5eaefcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7abd5f
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
	.inst 0x1e6c3830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f05c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea7d512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6589b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fac1134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e589e05
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f082276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f2957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e619018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6198f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58ad4a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee5d6dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4d05fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61a9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2738ff
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
	.inst 0x1e6939d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2168d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fb19813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61fdf4
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
	.inst 0x1e224df6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea6d5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0fa59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee7e6da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e75489b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21999c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fdc915d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f170c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24008f
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
	.inst 0x9e210080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b48f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f512653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f021274
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
	.inst 0x1f29b836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc99117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e32a587
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2869d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e46c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a189b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e673b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e73291d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1e4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2f8cbf
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
	.inst 0x1e3100a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ef0edf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e380222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a18d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eb1ce14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58bd65
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2540b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1a919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fa598fa
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
	.inst 0x4e66fe1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e614afd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e2ddcde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0eb2f41f
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
	.inst 0x9e3100e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e69e551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2101c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e225d15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f2afc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4f92d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e028c38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f280019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e76685a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e27f5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66415c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7749fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66419f
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
	.inst 0x7e70c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e68b011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7118b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f129873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e616894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58c525
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6778f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e0361f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6000a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e31000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0f9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea19a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e616a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6409df
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
	.quad 0x7fe5c91620861477
	.quad 0x8a690581bc6dd89e
	.quad 0x0000000000000000
	.quad 0x000000000000bcf9
	.quad 0xffffffc55dc87667
	.quad 0x0000000000000145
	.quad 0xfffffffffff6fef9
	.quad 0x5ba53b2505cf9403
	.quad 0x6459156ad9915d91
	.quad 0xfffffffffffffec3
	.quad 0xfffffffffff0fab5
	.quad 0x0000000000000001
	.quad 0x000000000000009a
	.quad 0xfffffc508e556899
	.quad 0x92accad77a9a65dd
	.quad 0xffffffff39e51dc7
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0x7e173ba763c3de07, 0x805e82da7fda6f9a
	.quad 0xabd200325f3fff1f, 0xff941e9fffbacac8
	.quad 0xd8cfd029f094a0ef, 0x4153f6114f755713
	.quad 0xa9112768edfdabae, 0x800000007f800000
	.quad 0x416c53211d7dd353, 0xfffeda228f642ae6
	.quad 0x47e603a57ee8f800, 0xb3cd4ba302c1b705
	.quad 0xbf0c000000000000, 0x58622a51bc1693ab
	.quad 0xc1ffffffffffffff, 0x8000000000000000
	.quad 0x3c0a7db63fb00000, 0x2d88caa1b94c0000
	.quad 0x8003fd6e9e563438, 0x60502383ef19c880
	.quad 0x5f6c4f47f191c440, 0x8000000009dd6fd4
	.quad 0xd11e5bb5bdfff98f, 0x0000000000000001
	.quad 0x00a5213aafd7b66c, 0x8008000000000000
	.quad 0xafd369580e817ec1, 0x42b419ca00400000
	.quad 0x00000000c00c0000, 0xc350c3af3ce0dc16
	.quad 0x3f7717f41f47e304, 0xe5746817efffbffa
	.quad 0x7fc0000080000000, 0xf4164eec0c9628eb
	.quad 0x4ae31c27ff17eb2b, 0xbfc9800000000000
	.quad 0x000000003c8594d8, 0x5aa5ec95fff10c70
	.quad 0xbfb9bf7bb68b86d3, 0x7e87936e40a0774e
	.quad 0x00000000c09b0000, 0x8000000000000000
	.quad 0x4002c7297f7fffff, 0x8e143d3153977d26
	.quad 0xc925e86edfffffff, 0xeb0f3b7c9dd3531b
	.quad 0x7ff8b1b1571ff14c, 0xa59c80c4ffedf7e9
	.quad 0x3e88603952fdfe24, 0x2dbf651f8c1c7397
	.quad 0xece93c2671ee7da6, 0xc0654a4d192dd17c
	.quad 0xffd0000000000000, 0x207f8020dfffff52
	.quad 0x817d60da5fe2cdca, 0x4073c68961930ae3
	.quad 0xfeffffff7f800000, 0x624b2bd866feacb4
	.quad 0x7678d65cffc00000, 0x887d732741a8a51d
	.quad 0x43c57c8fffffffff, 0x7f800000005f4ca7
	.quad 0x0000000000000000, 0x7fd1e01500000000
seed1:
	.quad 0x8000000000000000
	.quad 0x0554b86ff134a88c
	.quad 0x00000000000000a5
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xfc93d63e4e18d553
	.quad 0x0eff1207bbfbf892
	.quad 0x4ceec2d08733f3ed
	.quad 0x78876c8bab1ee9eb
	.quad 0xff612af2148eca9c
	.quad 0xffffffffffff1c3e
	.quad 0x0020000000000001
	.quad 0xfffffffffffffc71
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe69
	.quad 0x63631946eb4e67c5
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x7d82f59d94370d84, 0xc026f6d25a8de672
	.quad 0xc0df8dc0bff7cf7b, 0x1690d4feffe4842e
	.quad 0xb332dfb401627c74, 0x3f97aaeb10e7a2ba
	.quad 0x4020400000000000, 0x5c1c4d2dbfc00000
	.quad 0x7f800000c7000000, 0xc00c3faa4ed9cb0d
	.quad 0xff62c45a1edac661, 0xbfaef6cdaec11e0a
	.quad 0x402859c55d414898, 0x3f72ce306bb2348a
	.quad 0x559f85d0ffff84b1, 0x38f9000000000000
	.quad 0xc00311ee547435c3, 0x84fd3d2dbf6b0000
	.quad 0x4059eaa23223cb88, 0xf4487e51ff94c68a
	.quad 0xb4ad9c101268464e, 0xa3a108adfcfc6b09
	.quad 0x3fe00000c0000001, 0x8277f6cb1f3f81ea
	.quad 0xc05635386242aba4, 0x3f8000008131006d
	.quad 0x7fc0000000000000, 0x4033e627e69ae8c1
	.quad 0xcabdeb38d675f6f7, 0xf821c1e0c1c7cd86
	.quad 0x4c15297dfe800000, 0x3c8ccce9aaffffff
	.quad 0xd996cfd8feddff4f, 0x3d20000047800001
	.quad 0x421ce641bed31f37, 0xc011000000000000
	.quad 0x2f4109c337905cf8, 0x4051a11f9aed3cd1
	.quad 0x002ad04b33ea912e, 0xbfbc392225e5a8eb
	.quad 0x7f7fffff40980000, 0xaaa719cf05f0fc00
	.quad 0x00000000c05a08f9, 0x466962e7ff85a2f4
	.quad 0xbe4273257fc00000, 0xc02cae6ec37f6b18
	.quad 0x578b3a5a8dc3faea, 0x3c0dcc6fbc0de55e
	.quad 0xc2700000dd4353ef, 0xe98f45fe64038000
	.quad 0xd8ea417220ae6581, 0x8000000081000000
	.quad 0x01f2e7c7005e8bff, 0xbf0340b2fa8a4480
	.quad 0x4015000000000000, 0x7fb5efd6e0fccad1
	.quad 0x42c93c88f56bac5c, 0x7c1f8db7df000001
	.quad 0x3ba4abbbfff6d276, 0x7ff5c29f5cb05ebb
	.quad 0x8000000000000000, 0xe0f0ce5462c5270c
	.quad 0x2621301bfff6bbff, 0x9ac295215fe179b8
seed2:
	.quad 0x00162367f096c923
	.quad 0xff8bb56dc07084f4
	.quad 0x000000003dcc2587
	.quad 0xffffffffffffff5d
	.quad 0xa470348f00609e91
	.quad 0x04e5eb4160427d56
	.quad 0x8000000000000000
	.quad 0x018f507dbb09061c
	.quad 0xa2fa9ab63013969a
	.quad 0xbc9ef445697abc91
	.quad 0x74d239fa137778e8
	.quad 0x0000bc03c039d199
	.quad 0xa95a6ba4a0aaeb90
	.quad 0xfffffffffffef7f2
	.quad 0xfffad46b656a565f
	.quad 0x2bdc811f8c882505
	.quad 0x04400000
	.quad 0x50000000
	.quad 0x4084c3b2ff800000, 0xb84a3fe2731fbdbe
	.quad 0x990ac457ffd8ffbf, 0xfdbd21cb4961f01e
	.quad 0xc6c80000475124c0, 0x560b6b36e6a4146f
	.quad 0xc07ffffec1000000, 0xbfdb016c41a9b8dc
	.quad 0x8051eb75864b819d, 0x7f800000dfffffff
	.quad 0xf28291d57f800000, 0x40fea025436aa91e
	.quad 0x1b29114e206a7b35, 0x43651322c0b2d135
	.quad 0xd45c56f8bc028ab8, 0xbd0a22977f3dff76
	.quad 0x2b7125d7de5bb400, 0x7ff4b02d25f5a115
	.quad 0x9f81e6c57e8ad78a, 0x4f800000f1f740d6
	.quad 0x96a9b99bffd8bdff, 0x295a1fc8ff6bc1c9
	.quad 0x407b8ba47efe2380, 0xbedfc00000000000
	.quad 0xdfea49ffd3d17992, 0x801d8c564ffffffe
	.quad 0x29664bfafbfc8000, 0x8287ce6b5994743d
	.quad 0xdb86c69f47c78004, 0x43c183b67f7fffff
	.quad 0x7ff0cf0842f0a5c6, 0x69a327e07bc892ad
	.quad 0x1bb47b1c42dfa5e5, 0xc1fffffffffffffe
	.quad 0x8670966ca1fe8000, 0x00000000c2f385e1
	.quad 0xffee448dda6d1abe, 0xa9e72ee5a5054fdf
	.quad 0x9b8fa6e4cef34380, 0x17407adcff3efdfe
	.quad 0x80feee817f8b71d3, 0x4863a174305651c8
	.quad 0x3fe52f368f2ef2ad, 0x802c889ab29ee9e2
	.quad 0x007c11b54f42224e, 0xab2d656f2818c100
	.quad 0xff98404fc1b40000, 0x30df99947ffc9ed4
	.quad 0xbb4cc3b815a1213b, 0x003b8d0ff1e5e07f
	.quad 0x0000000080000001, 0x80000000416eaff1
	.quad 0x43e0000000000000, 0xa9570891487285c5
	.quad 0x3ff8a7ef6a2d4b98, 0x8f10a497e56289da
	.quad 0x9429f40cbc51a33c, 0xc34b063700ab5986
	.quad 0xbc7aca7594148c8d, 0xd2ba11190fe52ffb
	.quad 0x9f8b854effc00000, 0x7e800000817fffff
	.quad 0x3fea38ebbafed457, 0xc01b000000000000
seed3:
	.quad 0x4e91e85734363201
	.quad 0xba7396ae4fdf44ba
	.quad 0x00000000000001cb
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x085bb0c0e049a2c4
	.quad 0x8d1738321c7cf14f
	.quad 0xadd4d2a171563962
	.quad 0xffffd0714e8dae08
	.quad 0x0020000000000001
	.quad 0x0020000000000001
	.quad 0xfffffffffffffca4
	.quad 0x8000000000000000
	.quad 0x0000000000000179
	.quad 0xa2b2ddc2204d923d
	.quad 0x000000000000033a
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x5b9712071c70285f, 0xc330000000000000
	.quad 0xf08999654c3c8f4d, 0xc07f87d825216cb2
	.quad 0xbfb6000000000000, 0x3ae4ed74ee5fe217
	.quad 0x9e6136b7d000f6d6, 0xd1e942f02dd1fe34
	.quad 0xf6138271498acdc9, 0xbf9c92a559321fb3
	.quad 0x00454e9aff800000, 0x98d5b699ed387cb9
	.quad 0x4cc449a7c7ed2d0e, 0xd8973852d14d7ff9
	.quad 0x9354497a8213fb18, 0x4013000000000000
	.quad 0xc0ed7091ff800000, 0x9d08babbb513fa05
	.quad 0xd33d2785807c65bb, 0x8000000010b58d92
	.quad 0x3b89a6a9414f168d, 0x7ff6ef58b1c63c65
	.quad 0xbffb37781d46c744, 0x0902ff81a06f048f
	.quad 0x83787886ac307efc, 0x46ce1b8af06bfc5d
	.quad 0x1c0348ed2582d810, 0xbefcd87ac0ce3294
	.quad 0x0205ec411f318a8b, 0xa8349226ffdabfb9
	.quad 0x7e8bdf7a4f6c764d, 0x7fd0000000000000
	.quad 0x8000000000000000, 0x1d6b23777f8fb805
	.quad 0xfff1c8dfab25d280, 0xc3e0000000000001
	.quad 0xffd0000000000000, 0xbfa2c5021f53c3c2
	.quad 0xbc81e65480b38dce, 0xc098000000000000
	.quad 0x8a3d46551227d3be, 0xa5acced8e020c280
	.quad 0xfff56241b6984071, 0xc021800000000000
	.quad 0xb14e64fbff43effd, 0x7ff0000000000000
	.quad 0x80245e93dcf7918e, 0x0ea260e1bc3229a5
	.quad 0xc3fe5d8f10de3217, 0x80054e7fbe16214a
	.quad 0xef812769ff9dffb3, 0x0e4afd70e7bef9fd
	.quad 0x95b9ddf74f000000, 0xc0900000ee2ee4f0
	.quad 0xff80000080000000, 0x24937caf1c73fc00
	.quad 0xf8f0e72aaf7939fd, 0x6d7828d37a107400
	.quad 0x803775d3caa63c23, 0x3ffffffffffffffe
	.quad 0x88145f540f93c441, 0xad86209e128dc897
	.quad 0xbee3400000000000, 0x1dcf33febffffffe
seed4:
	.quad 0x0429f5d458455a61
	.quad 0xfffffffffffffebe
	.quad 0x000000000000025a
	.quad 0x000000000000030e
	.quad 0x8000000000000000
	.quad 0x00000000070e6d57
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0xa7a55220612d9f19
	.quad 0xfffffffe13b51b54
	.quad 0xfffffffffffffc2b
	.quad 0x01438d7be0c8a3bb
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe3c
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x25e0ec519e98d7b8, 0x71a7c321d1fb7bff
	.quad 0x9022be595eb42f9d, 0xc06000008f404d9e
	.quad 0x7e9738547ebbbf7f, 0x38d754ff7effffff
	.quad 0xc8ed36a302aaaab4, 0xc066857721463b52
	.quad 0x0000000000000000, 0xb9b96bb0fffc10cd
	.quad 0x7f8b447f40dc0000, 0x406dca33cca621fe
	.quad 0x727be3b67eaa3bb9, 0x81721e80c3ec87cd
	.quad 0x432ae5bbc9c00000, 0x80fffffffeffffff
	.quad 0x3fcacc3338a40000, 0x0e865f79664187ff
	.quad 0x8051af03ff800000, 0x43f0000000000000
	.quad 0x801d66734d89cba5, 0x801fffffffffffff
	.quad 0x1777121d7ffbff6d, 0x3ce2ad6d3c600000
	.quad 0x7ff8000000000000, 0x27e95d35103f7c00
	.quad 0xbf80000000000000, 0x91cb6bd331ed4580
	.quad 0x3f73f9156130cbbb, 0x801fffffffffffff
	.quad 0x7ff0000000000000, 0x410a380b0017fda7
	.quad 0xf74507b97fc4f801, 0xbf0000003c186c82
	.quad 0x7ff43233c1040000, 0x7f800000ff084f2e
	.quad 0x80cf91233f4d4795, 0x25027c48a0aed370
	.quad 0x75325b19806abdef, 0x41a3e0867f941c17
	.quad 0x8c20564200000000, 0x3f74c0754449946a
	.quad 0x33e3acb38365b012, 0x0000000000000000
	.quad 0x8f327896adf8f992, 0x0155c4233d672e60
	.quad 0xc11800003bd1ce73, 0xbeeea00000000000
	.quad 0x40d0b53980000000, 0x40e0000000000000
	.quad 0xfff428355fb0a4e1, 0x8000000062aafa4a
	.quad 0xc8f00000c1d0602f, 0x7c84095200000000
	.quad 0x120b8964ffce5159, 0x9c422ce4be400b1a
	.quad 0x7c2865af7f980fc0, 0x833bc29cfa369f9f
	.quad 0x00237622390a0000, 0xd339ed1aa2387c26
	.quad 0x4009892aa76fdfda, 0x0000000000000000
	.quad 0x8003c5d162979ae9, 0x3faea00000000000
seed5:
	.quad 0xfffffffffdebaf80
	.quad 0x0000000001000001
	.quad 0x000000004c3220d5
	.quad 0x0000000000000207
	.quad 0x1a2598eaa27e376e
	.quad 0x001e72f2c35dea6b
	.quad 0x0000000000000363
	.quad 0x0020000000000001
	.quad 0x0000000000000255
	.quad 0x00000000000000b0
	.quad 0x000000000b5da47b
	.quad 0x0000000000000005
	.quad 0x000000000000007e
	.quad 0xe5a80f75b2669f38
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd7e
	.quad 0x04000000
	.quad 0x60000000
	.quad 0x7ff748603c5aabce, 0x7f800000414f6657
	.quad 0x0000000000000000, 0x3fb13179e019af24
	.quad 0x5e7152af0076cb7b, 0xafaa49937fd541a0
	.quad 0x4ffffffebf249bf4, 0x4e4826c62cd5d000
	.quad 0xfe0de3eeb309b089, 0x0096784c386b5605
	.quad 0xc33ffffffffffffe, 0xfe962048bbe47c98
	.quad 0x4133f1b04f000001, 0xa77107bc13bc2310
	.quad 0x41c8000043a10126, 0xbad70780411e0000
	.quad 0xb730ebba55f7b295, 0x67726943afff9bcc
	.quad 0x3ef0000000000000, 0xc6000000ff800000
	.quad 0x409c0000accc275e, 0x5102a0c4c4e58000
	.quad 0x4066295164c40293, 0xeea945729b477c00
	.quad 0xd6f5588ac02c0d6f, 0x14e06703ffaeec98
	.quad 0xbd9edd73bf7ffffe, 0x540b851b73f08000
	.quad 0x81327581a6a87c9f, 0x800b4e895b03336f
	.quad 0x0000000000000000, 0x61a1be55ff8bbd6e
	.quad 0xbf5192a8c0df3930, 0x888298cfac6afc00
	.quad 0x8000000080000000, 0x92ac860840385956
	.quad 0x5bc0b11a1222ff18, 0x7fa77a9580e92973
	.quad 0xf7a30beb3d03be21, 0xdc6d7fd19e625cba
	.quad 0x60c9ad0c2c2d722d, 0xe13a46c5f3fe3ee9
	.quad 0x002fffffffffffff, 0xb2d7dc1b92493a00
	.quad 0xa046a41cb5ff8800, 0xc0f800007fc00000
	.quad 0x41647051411a0000, 0xc89a9591546f83ff
	.quad 0xfe80000036900000, 0x9b120e59238e8026
	.quad 0x0149614140e00000, 0xb7c000004173ec8b
	.quad 0x7ff9d0fa6e27a38e, 0x0000000000000000
	.quad 0xb91d578b46dff94c, 0x002fffffffffffff
	.quad 0xe87e8bec1363fc00, 0x719b5ac142dfa52e
	.quad 0x4028000000000000, 0x3fffffffffffffff
	.quad 0xfdc3100edbe38011, 0x84b4b6d1eede7c00
	.quad 0x01d12f19be1bdec1, 0x7ddb4b20297d24bb
seed6:
	.quad 0xe9d5478a0f3a6496
	.quad 0x00000091a622c81f
	.quad 0x0000000000000326
	.quad 0x0000000000040baa
	.quad 0x0000000080000000
	.quad 0xffffffffffdc2c65
	.quad 0x0000000001000001
	.quad 0xfffffff05130a1ca
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffeb
	.quad 0xffffffffffffffff
	.quad 0x9a9ecddca5544dfc
	.quad 0x92836767989f1439
	.quad 0x8000000000000000
	.quad 0x8957767abe4acafb
	.quad 0xffffe96b1d325fc5
	.quad 0x00800000
	.quad 0x70000000
	.quad 0x40660710fc1dea03, 0xbb9d24374f11813f
	.quad 0x7f800000ba600000, 0xc0edd435baa00000
	.quad 0x8052950e6259a1f5, 0x4090000071f67e42
	.quad 0xbb957be7fe23e651, 0x00068ed37f900eb4
	.quad 0x4021400000000000, 0x7fbfff79ff800000
	.quad 0xfff0000000000000, 0x43c40000fff4a6ff
	.quad 0xbe258095e0c80f79, 0x4371a0250023c435
	.quad 0xfff02a0dc8e604b2, 0xff7fffff80000000
	.quad 0xc00fffffffffffff, 0x001303e700d07242
	.quad 0x044b1bf58ad5a804, 0x7ff8000000000000
	.quad 0x7ff0000000000000, 0x432fffffffffffff
	.quad 0x8541da5bffeacd41, 0x3eafd62441100000
	.quad 0x01483d0e0c18a82d, 0x7d922201ddc98000
	.quad 0x8aae12ce7f7ffcf7, 0xbf80000046c00000
	.quad 0xc07000003bac6124, 0x7f268771ad033674
	.quad 0x616a74f4614972d3, 0xda10c54080400000
	.quad 0xbb2000007a4a8cd3, 0xc002c3629ee93cb5
	.quad 0x8100000000cf8afa, 0x7fec80735b56752e
	.quad 0xbcedae0fdc7fa051, 0x13da4d1e26b18852
	.quad 0x96df1d4bd617f943, 0x42513a27ff800000
	.quad 0x001cdc349bcb85b5, 0x0000000000000000
	.quad 0x1742d289c8fb476a, 0x802aab664effa4a2
	.quad 0x7fc00000151b2bc9, 0x8f55b841ba79fee7
	.quad 0x9f41ea3b7fc9cbdd, 0x443f1a977835be62
	.quad 0x3f42e00000000000, 0x7f401344fc36a552
	.quad 0xda245be410834715, 0x8020000000000000
	.quad 0x453506a8367908d5, 0x7fc000003d68cf8a
	.quad 0x969f1ad10843b571, 0x3fd1c3ce63a942c2
	.quad 0x75a4a8ac80012305, 0x8bc6e2e1881e2362
	.quad 0xfff0000000000000, 0xc00b64c10d47721b
	.quad 0xfd3ffdfb6949d47f, 0xc3ec3b54019b24b6
	.quad 0x8052163bffa408c6, 0xcef04b2932627c5c
seed7:
	.quad 0x0000000000000100
	.quad 0x0006e548067eb34b
	.quad 0x00000000000024df
	.quad 0x000000007fffffff
	.quad 0xffffffffff4152ab
	.quad 0xfffffffffffffc36
	.quad 0x1ff5e29072649723
	.quad 0x0000000080000000
	.quad 0x1eeb48daeea9511a
	.quad 0x5f082a8742153e72
	.quad 0x000bacf02c4aac07
	.quad 0xfffffffffff63f76
	.quad 0x0000000080000000
	.quad 0x59ccfa4a8ceea7a7
	.quad 0xd85c5e77dfef6c07
	.quad 0xefb6fe4eadfb9261
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0xfff8000000000000, 0x80526f767fb487fd
	.quad 0x5907ceafd67fffff, 0xff8000003e3c0000
	.quad 0x81d0ad71e0d7acd9, 0x000000007fdbd121
	.quad 0xa3bec17dddd3fff6, 0x42094bea00ffffff
	.quad 0xd79a9b3713629f00, 0x5687320ddbea8000
	.quad 0x7ff7ff0a0c8bea4c, 0x80000000ff800000
	.quad 0xff800000ff91c40d, 0x7ff616bcb463625b
	.quad 0xc00e000000000000, 0x82a178229a6a7c00
	.quad 0xfff8000000000000, 0x6d99ab95822eb016
	.quad 0x8000000000000001, 0x6d7ed307ffbee797
	.quad 0x9caf5bfd6e7d7800, 0x000dc43f6d15c825
	.quad 0x2457f43c1dce3869, 0x8109b1d86062b3b8
	.quad 0x8000000000000000, 0xc27344b728beff3b
	.quad 0x89e4034476ccfd9f, 0xd43196021c310001
	.quad 0x13805d809f7bc7b3, 0xbfa90a099898ed9b
	.quad 0x7ff0000000000000, 0x7ff5d1ab684bdf01
	.quad 0x8883f1e647954d16, 0x86b60e7d7fb48973
	.quad 0x7ff587b237193163, 0x7b4e9fea7fbdfebd
	.quad 0xc0a800004386bb5b, 0x006b503d80000000
	.quad 0xf7ffb782b83dab22, 0xeb2eb68bbdb703ff
	.quad 0xffa0ade1c66b7938, 0xc3c63a5d00ffffff
	.quad 0x25cc971e73ebd96f, 0x74c34c2a1fecd714
	.quad 0xc0efffffffffffff, 0xff2d9f37fee75975
	.quad 0x4049754300000000, 0x80afe90e00000000
	.quad 0x403e66440564916d, 0x8352044a8c7b122d
	.quad 0xbd696bd3df800001, 0xc7813513027cfb88
	.quad 0x8d90347c86fd03ab, 0x3d6487e6c0ee70d6
	.quad 0x359ace72d8b2fb5f, 0x27c4c9e473caee00
	.quad 0xcf000001be6e882b, 0x3027270dcfa08000
	.quad 0x5f7ffffeee3f7f81, 0x547a47283e9bfd6f
	.quad 0xff57973a7fb030f9, 0x80285ca6ae263a6c
	.quad 0x3ff5bb1a6b94a1ee, 0x40319e8f072e2e74
seed8:
	.quad 0xffffffff80000000
	.quad 0x848b271645f8aa4f
	.quad 0x000044e0177f0bc8
	.quad 0x0000000000000005
	.quad 0x0000294d4704704b
	.quad 0xd81ad141a74d3b78
	.quad 0xffffffffffffff97
	.quad 0x4e87849fb7c66d81
	.quad 0x0000003eeb4d930e
	.quad 0xff661bb3a3511d85
	.quad 0xef331e5bf59309b0
	.quad 0xc4ea891d4bee6803
	.quad 0x1651fe6e543b6013
	.quad 0x0020000000000001
	.quad 0xffffffffffffffc2
	.quad 0xffffffffc1aeacff
	.quad 0x02800000
	.quad 0x90000000
	.quad 0x5e2ce92012acc12c, 0xdeba7db788ff9fbd
	.quad 0x5e5294941e7f7a6f, 0xc0011f18e6072bf0
	.quad 0xf47a094dff800000, 0x3f8097baf6c4c91e
	.quad 0xae319593eea37a21, 0x3fe4476ac150c7ae
	.quad 0xff800000bbec7a43, 0x074b578dea9a71d5
	.quad 0x43306a62a6810eed, 0xc6be985e02a3aeea
	.quad 0x7ffb176ee05a64c0, 0xa98a9e3f8f850000
	.quad 0x6fe035b16bed61be, 0xc426d97ef3e6ce9f
	.quad 0xffdfb7347f919f8f, 0xfec8c9f9ed0d0c49
	.quad 0x2173eaaa30dd54ff, 0xfff337c573c9f9af
	.quad 0x7cf718c46f65259d, 0x2488a013f4abfd0b
	.quad 0x4334a8e4c391c5c0, 0x130c983ab6b62d83
	.quad 0xc20ffffffffffffe, 0x4026800000000000
	.quad 0xfeffffff7ff899cc, 0x9763aa317ae7fe00
	.quad 0x2c9545a6ec6c8400, 0x4010000000000000
	.quad 0x62c77117c4090000, 0x88b9fecafd7d035a
	.quad 0x3f7b606f804c47c6, 0xff80000085a060ac
	.quad 0xe6dc5587d6adfd9d, 0x0000000000000000
	.quad 0x7ffe7d8fa2e2c596, 0xfba0f963d846d835
	.quad 0x8ce179e8d168b542, 0xfff0000000000000
	.quad 0x3ef1000000000000, 0xc073176c6b16fb72
	.quad 0x0008000000000000, 0x82574ca8fd73f292
	.quad 0x80105ab4beae2d48, 0x24d4c2a841d2114b
	.quad 0x5efb2fe19fbfff79, 0xffe0000000000000
	.quad 0xbf3916afc1701b24, 0xb8522ba1bfff7ff4
	.quad 0x3c1bb6fd3dec6e28, 0x401fe44a4cf893f1
	.quad 0x7f80000081241304, 0xa5de26086540d671
	.quad 0x6d09df9ab9f5f60e, 0x4088eb7e4f000001
	.quad 0x80ffffffff800000, 0x3f987b9c3da05031
	.quad 0xf8315c03ebd7effe, 0x7ff6fc46784af914
	.quad 0x7f6c802f43a83034, 0x8001fd102e6cf83e
	.quad 0xe55d06ea4f950000, 0x9798e008100e8c80
seed9:
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd20
	.quad 0xfff5ffe3f523ac00
	.quad 0x1357e9cade335fae
	.quad 0x0000000000000001
	.quad 0xffffff056fc16283
	.quad 0xfffad759c897fe18
	.quad 0xfffaf1588a201b21
	.quad 0xfffffffff029124b
	.quad 0x0000000766ebe868
	.quad 0x0000000000000001
	.quad 0xfffffdc336b16a3d
	.quad 0x0000000100000000
	.quad 0x0000207bb59ee33d
	.quad 0xfeba86d2b0e8fb44
	.quad 0x53f926a13471c36c
	.quad 0x03800000
	.quad 0x70000000
	.quad 0x1c1cd50f5ddbc9f9, 0x0249742ddc3e9c3f
	.quad 0x3fce825c31418774, 0x7f80000000000000
	.quad 0xb3e8783b63ac293e, 0xffde01faff800000
	.quad 0x2d295053e6dfdccc, 0x4377fd4b573afe00
	.quad 0xcf0ebb630423fa79, 0x0000000000000000
	.quad 0xf5bba9f9a0da810d, 0x7e5af363f0683ce1
	.quad 0x80400000800b1b8b, 0xff10038344050747
	.quad 0x6fc85183ffffffff, 0x86f045140be00000
	.quad 0x40e8000036200000, 0x6fbdecc8f5097ae9
	.quad 0x8020000000000000, 0xbff0000000000000
	.quad 0xc88f7953079b3a35, 0xa87a9dd9ffe230fd
	.quad 0x7d9476d4fffcbf3e, 0x4040073a78b68860
	.quad 0x3fd0aaebabd57668, 0x42e85349f1ff7760
	.quad 0x4015dbcf1e72c232, 0x0755d2d15d2902df
	.quad 0xf37ea42e21917f88, 0xff800000bcd8f2d8
	.quad 0x403803cb9a7e9356, 0xfff0000000000000
	.quad 0xbf7e5f495639de30, 0xbfe23c6c62351b18
	.quad 0x3f9ae93b60c75746, 0x732ebb3265968d45
	.quad 0xc1f088543f3fcc27, 0xfe2768235681770c
	.quad 0x7fadd89c820dde4c, 0x7d7ff4e7c07ffffe
	.quad 0x264a799c03c9fc00, 0xcd22004aff8ffdff
	.quad 0x801fffffffffffff, 0xbffc000000000000
	.quad 0x0000000000000000, 0x415ff28380cbef7a
	.quad 0x03b96a2af414479d, 0x810000003ef11e22
	.quad 0xb7b486c57fd98000, 0x4d71e3c4ffff7e5c
	.quad 0x7ff0000000000000, 0x38fc0000faf4a8e7
	.quad 0x893954e2d2f45b10, 0x000000007f4998ef
	.quad 0xff80000000000000, 0xcdda316bfff1fc00
	.quad 0xfff0000000000000, 0x42571af07fb727ba
	.quad 0x94d42d5e1e779732, 0xffe88e56f57ec676
	.quad 0x315734ed7fb78842, 0x733a96911bdbfb09
	.quad 0x339a4171d9ffc6de, 0x1920a673c1070000
seed10:
	.quad 0xffffffff80000000
	.quad 0x00000000000001dc
	.quad 0x0000000000000396
	.quad 0x4d29f660654503ca
	.quad 0xffeda55b6d615193
	.quad 0x0000000000000378
	.quad 0x65526d7ab54c976d
	.quad 0x00000000000187f7
	.quad 0xffffffffffffff07
	.quad 0x2b05a0ecbb061957
	.quad 0xffffffff80000000
	.quad 0x000000000011fa85
	.quad 0x9e3ae026fecc57b6
	.quad 0xfffffffffffffe35
	.quad 0x000000000000005f
	.quad 0xfffffffffffffd6f
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xaebe5f90495b4e88, 0x235e4abff08ffc00
	.quad 0x3123652c6f3c7c00, 0xbfd1b00000000000
	.quad 0xc01f000000000000, 0x8000000000000001
	.quad 0x03ce2d073ecdd39d, 0x3f8203be5127741f
	.quad 0x6d410a037fc00000, 0x99b61c1fccb97cf8
	.quad 0x41e5e84c801153f6, 0xfb05c31271c27dee
	.quad 0x804d495cffc00000, 0x43ee6515f525c042
	.quad 0x47ffffff7fe55028, 0x807fffff79ef7c7e
	.quad 0x3f19800000000000, 0x00bd7443fcf415a9
	.quad 0x43800000ff800000, 0x52cb71aeff8f5229
	.quad 0xbe393080c7800000, 0x94d2ff387fa0ed10
	.quad 0x3f9ec809bcb0bfaf, 0x7ffa9975c153eaae
	.quad 0xbf6000000da3011c, 0x3cbf2f64322c5bb5
	.quad 0x3fc35ef97f388b9f, 0x3feb6eb358748be2
	.quad 0x2a816d7a29bca50e, 0x00f73c227ec4924a
	.quad 0xee830d46cec47e00, 0xbf7c20e3e4929977
	.quad 0x7fdfffffffffffff, 0x43bbe1cff452bc2f
	.quad 0x86c7b40ca3e3cb23, 0x96b4f4082d0cfebb
	.quad 0x80000000990a2384, 0x7dbea1ac7f800000
	.quad 0x7f9105c8656d64db, 0xeefb4495943fb76a
	.quad 0x001fffffffffffff, 0xc028959dec8f962a
	.quad 0x3e94b1d77f800000, 0x80000000802cb427
	.quad 0xfff1ebdb80800000, 0x7ef2146e2774b8c0
	.quad 0x7f8000001028c2cb, 0x87405e13469ac589
	.quad 0x680eb61e2dff7fee, 0xe07fffff43ba0000
	.quad 0xc3e4de78a114ed63, 0x65fad864fb33f000
	.quad 0xc0f0000000000001, 0xc03b3ab71ecf8503
	.quad 0x50c828bde18f3a00, 0xfffe1d08dd426c08
	.quad 0x7d71e561dca4f80e, 0xa83921fd52a57220
	.quad 0x835b51417f5a9595, 0x7f800000001e9550
	.quad 0xff98885cbf805e75, 0x80beff95ffc00000
	.quad 0x7fc000008cea3af4, 0x4355e5df56800001
seed11:
	.quad 0x0000000312a09f2f
	.quad 0x95a5decab7693047
	.quad 0xf5399727f15f0406
	.quad 0x50d31ca8d6d6e99f
	.quad 0x000000000000a1fa
	.quad 0xffffffffffffffc9
	.quad 0x592c328544d496ef
	.quad 0xffffffffd23cda61
	.quad 0xa6e381e34e82956a
	.quad 0x000000004f4293af
	.quad 0xa294c109c65f05e7
	.quad 0x8000000000000000
	.quad 0x71a7cf1a1704a72a
	.quad 0xe6172bb6c1c5e3d8
	.quad 0xfffffffffffffc5b
	.quad 0x0000000000000003
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x71f3943b7ff6535d, 0x7fc0000044200000
	.quad 0xcdbee60bdcef3f41, 0x47800001977189b9
	.quad 0xc01f000000000000, 0x001fffffffffffff
	.quad 0xcf3591e64c23f391, 0xbff9400000000000
	.quad 0x872f8a236a684d81, 0x7f8000007ffb4ebe
	.quad 0xf2573b717df77dee, 0x3f8f66a8bbd40a60
	.quad 0xa6979d3431a53f3f, 0x7fdd985c80000000
	.quad 0xa908b61fff7fffff, 0xee40320a95c8d35b
	.quad 0x51dfdd4b4c9a86f4, 0x29603a56081bb88f
	.quad 0x3fffffff7fc00000, 0x2d06d9ac0b5ec7c0
	.quad 0xc2b4b0b79a31c0fc, 0x7f80000039a00000
	.quad 0x8ecdb0c5943b979f, 0x0000d533c7800001
	.quad 0x3fa0000000000000, 0xc000000000000000
	.quad 0xfff0000000000000, 0xa620eb97bfe575f7
	.quad 0xfd8b73a3be4cbdbe, 0xe48021d0fbfdfa2c
	.quad 0xc36257c27fc00000, 0x0000000000000000
	.quad 0x1b3575cb2b964860, 0xff99569a8071479b
	.quad 0x573be386ffffffff, 0x7ef0b5e385fbd2d9
	.quad 0x80000000c7c80000, 0x7fe0000000000000
	.quad 0x3efe68bc7fc00000, 0xbef1a2c33ecef31b
	.quad 0x91719548cebd473d, 0xf02a58a33f2a7faa
	.quad 0x812870a3c6da0824, 0x1a0ad876be5d20aa
	.quad 0xd876b7c3bad5be67, 0x43e1b63568d50331
	.quad 0x83296df3dab0bcca, 0x1f020145d12fc8dc
	.quad 0x401f7e3474672245, 0x3fffffffffffffff
	.quad 0x8b5528d1006c8ebd, 0x00000000c3992862
	.quad 0xffdbb9d2293b1b8b, 0x682c1e11ef5ffd81
	.quad 0xc0f80000807fffff, 0xfdc9e5a58ac6f8f8
	.quad 0x7ff0000000000000, 0xfc4635f0a69afce0
	.quad 0x74c8a69efff58000, 0xff9fc11b4fdb2f02
	.quad 0x400b6a808b1e8aba, 0x8bc1a1b9fffffe77
	.quad 0x51f92a3e5a5f7c00, 0x80aac168db12ccb5
seed12:
	.quad 0x0020000000000001
	.quad 0x1299dc5ceb63ee1e
	.quad 0xd2bf258469599d4b
	.quad 0x7e4d681627398e7b
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe57
	.quad 0x0000002db4f62960
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0x0014bfb87b6b48bf
	.quad 0xffffffffffffffff
	.quad 0x00000000000226c1
	.quad 0xffffffffffffff68
	.quad 0x000000000000028d
	.quad 0xffffffffffffff0f
	.quad 0xf32c180a02df9bb1
	.quad 0x04000000
	.quad 0xf0000000
	.quad 0x16bca4be7ea65d83, 0xb1d2a53941958000
	.quad 0x3f9c040bcdb0f732, 0xd66ea85f7f800000
	.quad 0x06c2146c59ee6bf7, 0x08bc956c25c8fc00
	.quad 0xc0357aea569ff692, 0xc7eea159c1db332c
	.quad 0x7320e86d7fafc305, 0xcc5e3ab9993802b9
	.quad 0x406b0e69e11bd49f, 0xebf4ac28434f03ff
	.quad 0x5e3072548ffdfb5a, 0x7fd2bbf0c64b17e6
	.quad 0xa7fa3936977efc53, 0xfff0000000000000
	.quad 0x40a800004728753f, 0x7ff895d465de8ba7
	.quad 0x8d436817b6400000, 0xc00fffffffffffff
	.quad 0x4eec934fc9feef7f, 0x7fd37b2fffaebe7e
	.quad 0xbf54800000000000, 0xc34ffffffffffffe
	.quad 0x416878d6fe7cb8e1, 0xe124a301fbfdbffe
	.quad 0xc038c46ffb563189, 0xc05bd0b806536000
	.quad 0x3ff2cf33b2688252, 0xfc5f64de7f800000
	.quad 0x7fca64e17c5ad305, 0x78c007f6a3b68391
	.quad 0x7fe9c54cce3cb7f6, 0x71ff5f40b7e38a4d
	.quad 0xb0d2d01bbc7aac8d, 0x7f80000011687b74
	.quad 0xfff8000000000000, 0x4018cbfe33c01210
	.quad 0x00283f6f757b45de, 0x0074cd0affa53123
	.quad 0xa451cdafb74f1773, 0x40d52ef041cdf047
	.quad 0xd67f8a1ead5b4600, 0x8100000043a592aa
	.quad 0x8000000040e00000, 0xe13737e9660cd8ff
	.quad 0xefb3181bcfefe21c, 0x7fe736368df0d650
	.quad 0xa098871710bdd2cd, 0x42fa72b9bca3ce4c
	.quad 0x412c000000000000, 0xffa2205e77f8f75b
	.quad 0xc3e3373c27734693, 0x7ff0000000000000
	.quad 0x68b3420b256c4704, 0x9c2b63661145fd50
	.quad 0x6f9b4621414fc7ea, 0x3d92e18c9d1fef85
	.quad 0xc141cd66c3ba215f, 0x3fd00000ff905deb
	.quad 0xaa44f0b4baeb31fe, 0x95c30245cc067800
	.quad 0x2c25309fe4f555e3, 0x1ac2317ff95073dc
seed13:
	.quad 0x3b114cce051c674a
	.quad 0x0000073438464a49
	.quad 0xf417922ae55d545e
	.quad 0x825a8106c714d295
	.quad 0x00000000000001f6
	.quad 0x0000000000000144
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd21
	.quad 0xcad78ae65d06dc91
	.quad 0x00000034a84bed68
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc29
	.quad 0x000000000981adba
	.quad 0xfffffffffffffc45
	.quad 0xfffffffffffffe86
	.quad 0x04000000
	.quad 0x60000000
	.quad 0xc02d2585bdf00000, 0x1aac8514ffdffefc
	.quad 0xc061600000000000, 0x62b79c67debeff24
	.quad 0xf5ef46cbc3a82f00, 0x800b014afc136ef7
	.quad 0x374143b29f888001, 0x829dc1ec7b902730
	.quad 0xbfe803e680905a03, 0x40f50496be700000
	.quad 0x03584a0bf10a521d, 0xbd436433fff2aa22
	.quad 0x807fffff4a4bf7c2, 0xc0d80000fff54f68
	.quad 0x1a2739839828c840, 0xc10c00005a000000
	.quad 0x401a000000000000, 0xeffce2ebff3e1dbd
	.quad 0x242c0331b5473252, 0xacead044a7cb7e92
	.quad 0x7f800000be2e4a86, 0xaeeed1f77fbbfee5
	.quad 0x425333b2b662ee1f, 0x8f835b587fe53c48
	.quad 0xbff0000000000000, 0xc1f0000000000001
	.quad 0xfacd0bfae6fff7ff, 0xc0800000f5beb4b2
	.quad 0xfffd4ac5bb95bf48, 0x00400000ff800000
	.quad 0x42bb512e0a0d0e7f, 0x40e80000b9660000
	.quad 0xffcaedc9ff800000, 0x27cc0a55e7348a67
	.quad 0x01a7688ae58f412e, 0x700f10900338f041
	.quad 0x7fc00000bf400000, 0x8d8aaf7fc45727c1
	.quad 0x4019000000000000, 0x4090000043f5dc51
	.quad 0x02d1e4fc6e2e3ea4, 0x8000000041200000
	.quad 0x7f800000f7b2f66e, 0x3f0000007fd2ac0c
	.quad 0xb62b79d8196fc186, 0x4a99b1cc1164d9f1
	.quad 0xc3b00000c2b20e92, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x80e76f779074f9d2
	.quad 0x71e312bb675db968, 0x279497cffbf7b2e7
	.quad 0xc11e0000b17a1022, 0xff1d3bc0fcb7fff5
	.quad 0x4196e822817fffff, 0x3c7ab1177bffa588
	.quad 0x3fb204b8e93c421b, 0x544554b707a418c9
	.quad 0x08d63ba9ffeffff3, 0xbf762cb980d2e2be
	.quad 0xad0c68d021eb7e00, 0xc4a99ed70c4a7dea
	.quad 0xc1ffffffffffffff, 0xcfaa346480000000
seed14:
	.quad 0x4067270361bc6c5b
	.quad 0x0000000000000000
	.quad 0x00000818df5f2cd7
	.quad 0xa8b99a538b0b4b41
	.quad 0xffff4b6f86171daa
	.quad 0xffffffffffff8d2e
	.quad 0x1c5fb45c9387df28
	.quad 0x76be791864df14fc
	.quad 0xa30a1671fe29ea74
	.quad 0x8000000000000000
	.quad 0x000000000000004c
	.quad 0xfffffffffffffe6b
	.quad 0x543158ce250cedef
	.quad 0xfffffffffffffc55
	.quad 0x0000000000000002
	.quad 0xffffffacdeb85682
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x3ff000e136f9556b, 0x3d5f135b80000000
	.quad 0x7dbd3cfac42f44e0, 0x3cbd31ba7f800000
	.quad 0xc257f52e88226466, 0x8393d7f67fc76776
	.quad 0xfff064ff2c7856d6, 0x8668f648bdfedfff
	.quad 0xb39ca364c6e6fdc7, 0xed79cbb44757dd2f
	.quad 0x8000000000000000, 0x0000000041200000
	.quad 0x1649b2b0ed88c001, 0xc2558557af97f400
	.quad 0x7b9e237d0cd7f02f, 0x0ea0d9848154dc61
	.quad 0xb9160000bf800001, 0xbc00415771b95b39
	.quad 0xf884c0c8faeeffff, 0xce380466065f7bc0
	.quad 0xfe2f422a93afb369, 0xb0c1d5fbc62bb2b2
	.quad 0x4a8728ad474f3888, 0x4611abe40c360000
	.quad 0x318bc71f2b2a8285, 0xf8c0d3d787ffffff
	.quad 0xfff0000000000000, 0xc0efffffffffffff
	.quad 0xb03f94e606a2087e, 0xc063600000000000
	.quad 0x435e70587c7e577e, 0x4ea76affef5bc300
	.quad 0xbfc0f00000000000, 0x40263299b11ddbc0
	.quad 0x36e863c2c86c0001, 0x80000000d0000000
	.quad 0x47c800003e600000, 0x005d996100000000
	.quad 0x1953275700000000, 0x9766030c80000000
	.quad 0xff8000005f000000, 0xf754bbfefd6efe7d
	.quad 0x153dd005dbfbf99c, 0x217c233df009f80d
	.quad 0x80000000ffa762b7, 0x80013e155131d097
	.quad 0x75bb6729f9703b52, 0x4006913a3939eba9
	.quad 0xbe96cbdebd3fadf7, 0x659560edd33a7c05
	.quad 0x5022d117fafde44b, 0xffe92500b967f75c
	.quad 0xff800000c3ca7918, 0x7a97fc460940fc00
	.quad 0x7f80000080741c8a, 0xb597764cffbfffff
	.quad 0x2804cf08606150f7, 0x000000006883e2c0
	.quad 0x7e800000ffbe893d, 0x9c46cb77bf5f7adc
	.quad 0xcad0518e49a528d5, 0xff8000007e80edfa
	.quad 0xb16b76b9b8bfdfde, 0x284e9e31c000553b
seed15:
	.quad 0x0020000000000001
	.quad 0x927e6efcfd4a08a3
	.quad 0x0000000080000000
	.quad 0xfffffffffff6f754
	.quad 0x00000000000000bc
	.quad 0xfffffffffffffe9a
	.quad 0x000000002ef28285
	.quad 0xa5a20134e12aa3ea
	.quad 0x0000000001000001
	.quad 0xfffffffffffffef6
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd98
	.quad 0x7fffffffffffffff
	.quad 0xffff2b0fd0ad7155
	.quad 0xfffffffffffffde2
	.quad 0x0000000080000000
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xc132000000000000, 0xfff8000000000000
	.quad 0x62e02dbed75b4f9b, 0x0ced02b1b7f1fe00
	.quad 0x5125729a7f81fc85, 0xa92995157af07c00
	.quad 0xc0e2800000000000, 0xff80000018a8338d
	.quad 0x4c0105c7e91d7c82, 0x00000000ed338294
	.quad 0x815ec2d6b1094870, 0x7ff1a0f825396791
	.quad 0x00000000d9efe716, 0xffb0b23c41040000
	.quad 0xbfd5afd3f45e6e0c, 0x598f5c921df5c300
	.quad 0xc71ddb1afffd4f89, 0xc186ba2183338267
	.quad 0xff82b33f7fc00000, 0xfff4ce534d01d93c
	.quad 0xf37ea0df99c88647, 0x0035ca7b7bcdcc76
	.quad 0xf1317994ff89ac9f, 0xc04cac6d6aa795a5
	.quad 0xc7ceb71c33dff3ed, 0x7ffea5f860f9fcf0
	.quad 0x3f8415544b36f323, 0x477ffffec36ee3d3
	.quad 0x4021000000000000, 0x434ffffffffffffe
	.quad 0x2205864e197bddbb, 0xd76377a0d29ea50d
	.quad 0x7ff0000000000000, 0x80d5c5015e922021
	.quad 0x8000000045800000, 0x05eda6a82bbf2814
	.quad 0x401e000000000000, 0x7ff910810a3082be
	.quad 0x000000004089e775, 0x5a85a5b77fe678c6
	.quad 0x000145cdb69ad10b, 0x7fe9bf81e5a1ffde
	.quad 0x4aa781df4da47e00, 0xa07697abec7dff3d
	.quad 0x00000000c7320000, 0xc021800000000000
	.quad 0x071210d378ef7430, 0xb6248573ff7e5c1f
	.quad 0x3e5feb013ef839b8, 0x7ff3520f1f513ee5
	.quad 0xfe491b1adf7ffffe, 0x42e126cc7f9a1974
	.quad 0x7ff875aaadccace7, 0x7ff0000000000000
	.quad 0x5b928cd42c750000, 0x981c151a81703946
	.quad 0xf8969486f79e0000, 0x7d7a68b253c497da
	.quad 0x54b19cc5ec3bf000, 0x36280000df800001
	.quad 0xb488bd265ea32fff, 0x7dd69ed9f0f7af10
	.quad 0x8fa933673ebfbbed, 0x8000000000000000
seed16:
	.quad 0x0000000000000001
	.quad 0x3ca6fd3579b8e82a
	.quad 0x000000000002ee09
	.quad 0x00000000ffffffff
	.quad 0x5fa5b48ea0c073ff
	.quad 0x00000000000000d7
	.quad 0x00000019abc564b9
	.quad 0x00000000000003e6
	.quad 0x00000000ffffffff
	.quad 0x00000ced24c727be
	.quad 0x000019064b60147d
	.quad 0x4a03f6668ff33e62
	.quad 0xfffffffffffffd5b
	.quad 0xffffffd1178a447e
	.quad 0x0000000100000000
	.quad 0x9d0634c15dadc049
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xc14a7ef50be04401, 0xfd1c0f3a3b961d60
	.quad 0x0f7f7aae6e8558db, 0x42a80a38d777fc42
	.quad 0x07dcd22c1d0b7e74, 0x80000000c1db1c98
	.quad 0xbc17816d59fffffe, 0xc0f400007fb034ce
	.quad 0x8927af7fe37f8000, 0x8e58227953573bff
	.quad 0x6ad2b8fac95f7d92, 0xbfd0000000000000
	.quad 0xbd75c01b7f800000, 0x7ff0000000000000
	.quad 0x40453746b36ffa46, 0xfeffffff78f8f784
	.quad 0xecf9e5527f807d27, 0xc39f81df00000000
	.quad 0xbffcd8d2bf877ccb, 0x80fcc0010adcfe3b
	.quad 0xfedac81fbefe2f73, 0xd9d407b25afbb548
	.quad 0x7fc0000040ac0000, 0x80000000faf1bf41
	.quad 0xc13e000000000000, 0xaa1724977fbfecb8
	.quad 0xda7e14a6bb896dc0, 0x1bb1dce6ffb28000
	.quad 0xdaa3683c8cb00084, 0xa487c39bd8766667
	.quad 0x401ef3928cfa598e, 0x871e740cc9d98000
	.quad 0x3bc781ee416c12e6, 0x39143d82c1579b19
	.quad 0x5f40f84efdfeff1b, 0x3fe321a725204e8b
	.quad 0x3fa302f3359a1835, 0x82a2f6eead7ede92
	.quad 0xc00f000000000000, 0xdf4cf899ffffffff
	.quad 0x9e0b5c62ddbbfecf, 0x3ffa000000000000
	.quad 0xff800000c16f94d5, 0xffd5dec27fc00000
	.quad 0xbc492823bc8f50d1, 0x8177f6ac1dd099f4
	.quad 0x4e5ecb1202dcff3a, 0x80241a02ab2fadc8
	.quad 0x8ca7b5c09ab8f80d, 0x51254e0f670fdeab
	.quad 0xe01d52851dfd0bff, 0xaf538665ffeaffab
	.quad 0xfd18afe6b439dee4, 0x037df6935a7a3a84
	.quad 0xae7af61ad6e2fb85, 0x9dc6edba55f40700
	.quad 0x00210aca00400000, 0x8f3a51b85e9e7800
	.quad 0x1c1a0224ef3bf377, 0x7e86332f7f800000
	.quad 0xc9d639e6ff9ebe00, 0x0000000000000000
	.quad 0x1b1e47493affffff, 0x7fc00000bf693c8d
seed17:
	.quad 0x00000000000003a8
	.quad 0xff4b74f797085b7f
	.quad 0x2f07f5a5d7d686fc
	.quad 0xfffffffffffede56
	.quad 0x000000001d8e61a9
	.quad 0x00000000120966c0
	.quad 0x0000000000004a38
	.quad 0x0020000000000001
	.quad 0x00000000000000ea
	.quad 0xf79f0b5b2812ef0e
	.quad 0xffffffc37ba601b1
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0xab6fb22a434ac0e5
	.quad 0xb072819bdb3d58ba
	.quad 0x9deb53fe066921c2
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xc3eb6add00000000, 0x00228138024bd87f
	.quad 0x353db359ffb88542, 0x0000000000000000
	.quad 0x7fc000009404ad66, 0xc009c07d812bb5de
	.quad 0x40900000ff800000, 0x1edc882671323f8d
	.quad 0x83091e1d7ac8e349, 0x0000000000320451
	.quad 0xe9eb247b41e81087, 0x800fffffffffffff
	.quad 0xaea6db58f2a6fe26, 0xc0400000c0ac2936
	.quad 0xf8310ee33e3ae223, 0x8007eff6a2278876
	.quad 0xbf7024c61c4d329e, 0xbbe200007f800000
	.quad 0x81011f9180003d9d, 0x007fffff74e99f69
	.quad 0xc043b42538f5bc5b, 0xfbc5d36f5f7fffff
	.quad 0xc023800000000000, 0x3bee0470ff800000
	.quad 0x2580582256c01f6c, 0x06b6cd7f00400000
	.quad 0x2f941a64d4a4820b, 0x730482997af224de
	.quad 0x41e0000000000001, 0x8000000000000000
	.quad 0x038742ed80615b09, 0x80e45fb880000000
	.quad 0x7fc9688ceb3ad741, 0x485000b57dd28000
	.quad 0x3e266736f33420a8, 0xf39926dbff800000
	.quad 0x8e34fbcce8ffcebd, 0x7ff0000000000000
	.quad 0x3c199367a284272f, 0xbaa85d8c165dfc1a
	.quad 0x9096e820c8400000, 0x8000000000000000
	.quad 0xd7a2d04ed17bff7f, 0xb915849f1f464ba0
	.quad 0x47fffffefbd9a284, 0x41f3216cc1779a8a
	.quad 0x2bb34b46e1dffb7f, 0xffc00000c0600000
	.quad 0xb6900000a631f4b0, 0xba92dc81da97f9e4
	.quad 0xbe5e65f67677ed19, 0x0d645d72e9f35600
	.quad 0xfeee78b4cee7cbbf, 0x8fbc5604d1abad57
	.quad 0xc072510e6fd0a21e, 0xbd900000bbbb108f
	.quad 0x7ff8000000000000, 0xbcde3c5a7286bcdf
	.quad 0xbebaea6e7fed93d3, 0x17444b1a017fffff
	.quad 0x3fa6a619c6bfe311, 0x7ff8000000000000
	.quad 0x7cedfbdbc229d4c0, 0x3d0860030417bc26
seed18:
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x000000001ca3d726
	.quad 0xffffff82eb72f746
	.quad 0xafb3059d56d16dbc
	.quad 0x0000000000000001
	.quad 0x2dfda91f0ec9a5f4
	.quad 0x472d3bacf1bae157
	.quad 0x5a2d555c4bd9f128
	.quad 0xfffff078350b6b86
	.quad 0x3dc69f8ef39c0b58
	.quad 0xffffffffffe40840
	.quad 0xffffffc39b5efc4c
	.quad 0x8000000000000000
	.quad 0x000000007fffffff
	.quad 0xfffffef0730922a4
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x001cb195413ab953, 0x807fffffd93cf1c0
	.quad 0xc1040000df000000, 0xff800000c2b88950
	.quad 0x000000007ec31c22, 0xc1000000c1e1fcf3
	.quad 0xad320238a7cf2537, 0x7b86ee7655aefc19
	.quad 0xc0c1000000000000, 0xa21f3dbbfddfeff5
	.quad 0xc1d800003ee54092, 0x1a45b152fa01b077
	.quad 0x5aa3e1fbb860fc00, 0xdb95e5e87fec070a
	.quad 0x812e2f1f7fc00000, 0x7ff54a69d1c53ac2
	.quad 0xc0a50b95fec6f9fd, 0xbc53921c5f403ef4
	.quad 0x8000000000000000, 0x8e1962557fc00000
	.quad 0xfde0bcb0feffffff, 0x4084000000000000
	.quad 0xcd3b3010802d876a, 0xfff0000000000000
	.quad 0xdffffffff141419b, 0xc153eafd7f800000
	.quad 0xc108000080000000, 0x33fe09667ffb1b64
	.quad 0xc1e34f1cd5cd2876, 0x838786e3e8a1ffa8
	.quad 0xc0900000bf7eb9c4, 0xf44011560f7f0000
	.quad 0x315b58da4f13575b, 0x0000000000000000
	.quad 0x7fefffffffffffff, 0xa16009aa115ebb41
	.quad 0x7fc000007a226ac6, 0x8f5975393fac32e9
	.quad 0xfff8000000000000, 0xbc90d38a456ea673
	.quad 0x8ecf3aeff92a7e73, 0x800000007f800000
	.quad 0xfff79ff4efaebcef, 0x57702039f3af7d0f
	.quad 0x0000000000000000, 0x75dd353d591eb17a
	.quad 0x7fc000003d3954d4, 0xff914f110e0db790
	.quad 0xc12d000000000000, 0x7c1af79d7e7bebf7
	.quad 0xff0dbca7b7f79c06, 0x647063acfcfa4ede
	.quad 0x7ffa7d458b15da35, 0x8c6808ae3ec80000
	.quad 0x155462e59b6b967c, 0x5a0000007f7fffff
	.quad 0x7fc000003d44401f, 0xfee4dc9f214c876f
	.quad 0x4daeb3fcb05c4017, 0xfff8000000000000
	.quad 0x8100000004139135, 0x00000000407ffffe
	.quad 0x373dc821c7fdfe48, 0x65e44107f809bc11
seed19:
	.quad 0x0000000000000152
	.quad 0xd177e2fc3ff8b286
	.quad 0xc23516d14f306c79
	.quad 0xffffffffba0cb15e
	.quad 0xffffffffffffffef
	.quad 0xa1ec1d3e4459f0d8
	.quad 0x0000002effbd94cf
	.quad 0xf1913368bf295a58
	.quad 0xbc039930a53608bd
	.quad 0x0000000000000049
	.quad 0xffffffffffffffc4
	.quad 0x0000000000000000
	.quad 0x00000000000003c7
	.quad 0xffffffffffffff9d
	.quad 0x00000000000001f4
	.quad 0x0000000080000000
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x55080685437ef9fe, 0x2534467af1f93faf
	.quad 0x7ff8000000000000, 0x80b2161eeaf0ba00
	.quad 0xfff0000000000000, 0x002fffffffffffff
	.quad 0xba08000080000000, 0xb1d788a1fd7df73f
	.quad 0x43bb40e2c07ffffe, 0x53078a36d017cc85
	.quad 0xdc393f6bff8cfcbe, 0x4f7ffffec144d0dc
	.quad 0x80287e5f64bd235e, 0xbe59cc9df27500ee
	.quad 0x3f6de00000000000, 0x0000000000000000
	.quad 0xd9446871fcebfe00, 0xffc0000080000000
	.quad 0x80188a95f53e58ad, 0xafed32e87efc2189
	.quad 0x32da674f96220a6b, 0xc1d65c9091b2ecba
	.quad 0x4610000048078000, 0x7fe2b64aec32bd33
	.quad 0x082dd50641b6bc0a, 0x6060c2effff2fc00
	.quad 0x298280d236cc8000, 0xc97d90e6cd27471e
	.quad 0xfff0000000000000, 0x7f82461f3c203d5f
	.quad 0xfd361170ffab7a5a, 0x0361afdec8150534
	.quad 0x7d98e6ad987ba06c, 0x9aaf3f79e7e93e49
	.quad 0xa74dab30f4f27cc5, 0x42b9e5e9c1787a9a
	.quad 0x8000000000000000, 0x405c0df8d493b22c
	.quad 0xbf60a00000000000, 0xbed0000000000000
	.quad 0x82cca620dbbd6c52, 0x43f0000000000001
	.quad 0x008f8b7313ef927c, 0xf035cbb5effbfe4f
	.quad 0x82852d64cb7806e7, 0xe7bef2493b0d8b3b
	.quad 0xb60977499cf9f7ff, 0xc019000000000000
	.quad 0x8000000080000000, 0x7f9d37d781968b0e
	.quad 0xc9cba12e7ffbeb77, 0x7f844dddc0080000
	.quad 0x931da4897fa15bcf, 0x4018fd8f73052177
	.quad 0xd433d906d2a7fc00, 0xffc00000ffb574b4
	.quad 0x7e89b84600000000, 0x003bf138ff986cea
	.quad 0x7ffdd7047d6ee87b, 0xfeffffffba8e0000
	.quad 0x8f6c98a67f41f6c7, 0x46ce00003ec2c153
	.quad 0xbbf00000c4000000, 0xe95bd4aa68b18934
seed20:
	.quad 0x000000001a03a06f
	.quad 0x000000000000007e
	.quad 0xd283d8163132fb01
	.quad 0xffffffffffffffca
	.quad 0xffffffffffffff37
	.quad 0xffffffffffb325e0
	.quad 0xffffffffffffff78
	.quad 0x0000000000000001
	.quad 0xffffffff93ca5a82
	.quad 0xc7546e62f9588f20
	.quad 0x8000000000000000
	.quad 0x257572456a0a8ec8
	.quad 0x206aed7d26cf03a4
	.quad 0xfffffffffffffc83
	.quad 0x0000000e22c91388
	.quad 0x0000001c4e2ed7b1
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xc000000180400000, 0x00b4463c8871e86f
	.quad 0x7725a56b9fc6f800, 0x7fbaf688b8bda29c
	.quad 0x7fd2873b9738d9f3, 0xcafdd3d338500000
	.quad 0x099fc62801000000, 0x4010000000000000
	.quad 0x229665cd501fcfa1, 0x002fffffffffffff
	.quad 0x80146fa640832189, 0x53533a1e2f0142a3
	.quad 0x42ed2bb000241170, 0x40efffffffffffff
	.quad 0x19b576f798cbdefa, 0x406c4637b68f0fca
	.quad 0xf05d90278fec12f2, 0xe4e284144bffffff
	.quad 0x7f800000afb907b4, 0xe22e195330b00400
	.quad 0x08bcd37402498f4d, 0x3c8e6f587f800000
	.quad 0x427ef7a37f800000, 0x1e0de504ffb354e9
	.quad 0x808eab633e5d4340, 0x98f703fae40e3920
	.quad 0x47d4ebf9ffbefd73, 0xfff1918a1662c086
	.quad 0xbffffffe7f800000, 0x4e796b2cc8878000
	.quad 0x19102507e9f109a0, 0x7f800000802ab045
	.quad 0x78fa097dc2d7fa06, 0x000e130b39957914
	.quad 0x7ff62a2e8d371891, 0x273630a7043ffc00
	.quad 0x234c11e11d59814d, 0x84679a44b8330000
	.quad 0xff9cba3cc8800000, 0x803dad40ff8d73f9
	.quad 0x12cd9b3e2bfcbffb, 0x2ca1961dfbf9ffa7
	.quad 0xbfbd8ce62cdaab78, 0xc91df053682f8000
	.quad 0x3c74b4c7c1120000, 0x7ff47b997128522d
	.quad 0x465e0ae7e009e3a8, 0x80000000bc480000
	.quad 0xc0cdadf5b7a85e64, 0xed45a54212b88000
	.quad 0xff80bed0c0b83bdd, 0x7ffacc614c1c071d
	.quad 0x81e0b0387ef7ffdf, 0x3f737bf65f8519b8
	.quad 0x00f54e62bc258e02, 0xa4a989ecff8a3de8
	.quad 0x7e06add4ffe4dcb0, 0x418408234037d798
	.quad 0x3fa3aca2b7c4c769, 0xebf45a609acdc1e1
	.quad 0xe1b2dd5d9267c96d, 0xab5affda7ffffbd1
	.quad 0x408c000040e00000, 0x02c924294c51e215
seed21:
	.quad 0x0000000000000282
	.quad 0x00941a29ebdf9846
	.quad 0x34c7d89c3cf485c9
	.quad 0x000000007fffffff
	.quad 0xfc5c96b7afb26b0d
	.quad 0x0000000000000057
	.quad 0x3b8d3b21fa968115
	.quad 0x0000000000000001
	.quad 0x3e57eab46c9f1a7d
	.quad 0x8000000000000000
	.quad 0x0000000061adf7ff
	.quad 0x0000000000172df5
	.quad 0x0000000000000068
	.quad 0xbe7f587341d2c0d0
	.quad 0x0000000000000191
	.quad 0xf33d8d51bf7e9cd2
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x1bce1335fcffff8b, 0x8000000000000000
	.quad 0xffc00000c30ddbe5, 0x3fac5587ba567c84
	.quad 0x91a12c55118c175e, 0x800f64a4c0e00000
	.quad 0x1ba46cf2017fffff, 0xbaee0000c3043224
	.quad 0x031360c57ff3ffe5, 0xc7ffffff7fb40de7
	.quad 0xa2203775b3fa23ff, 0x0bca2e7751c5a2c1
	.quad 0x662783e72fbeefdb, 0xba980000ff0237db
	.quad 0x0397ff07ffeffecd, 0x7ff160ca5a51bd2d
	.quad 0xfe42f50d184fbc20, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x9a3ac5bbffff7dbf
	.quad 0x9ae5ac2ba2c2c5b3, 0x5f7fffff42400000
	.quad 0x6a8ce8739aaaa02c, 0xfff0000000000000
	.quad 0x7f800000406bd937, 0x7f471da7dd9f4188
	.quad 0xca8dc89360c27c00, 0x3d7063f342ab9564
	.quad 0xdbd137963e817dca, 0x7fc000001c182991
	.quad 0x33c0573ca47b47ca, 0x210a52f2bff6fdeb
	.quad 0xbfe9c3fa99625638, 0x82149ccafa4db051
	.quad 0x881189eabb5d4e1b, 0xc1a27159ffa35bff
	.quad 0x693585033ffdfe00, 0xf7c14abad36ffe36
	.quad 0x400b2c9f00000000, 0x800176ff80000000
	.quad 0xd348533006b47c00, 0x0000000072da0c81
	.quad 0x000885f686a65524, 0x7ff264c2d8346e40
	.quad 0xfffdab09a5b3137f, 0x80000000bbcb0c92
	.quad 0x5e7fffff00352887, 0x76cc64fcff6f7f61
	.quad 0x8020000000000000, 0xf332afb3ff6e63b5
	.quad 0xc010000000000000, 0x40422fe4c2e24638
	.quad 0x000ef5138c866e41, 0x75fb4693389dee26
	.quad 0xcf43b9f13e000000, 0x3cb01613ffbfe777
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0xb88d6b4ec37ffffe, 0x213a4621c7e4aa13
	.quad 0x6ae0b740d42d7c00, 0xfff0000000000000
	.quad 0x8000000044c75739, 0xbfcf25aed6c06c1d
seed22:
	.quad 0x0000000000000269
	.quad 0x0000000000000001
	.quad 0x00aae8e49f0625a7
	.quad 0x7acb483cefd319d0
	.quad 0x00021166c9b38f30
	.quad 0xcc731e5f64e6ff08
	.quad 0x0000000000000001
	.quad 0x0000000000790e94
	.quad 0x022c24879eeb3ad7
	.quad 0x0000000100000000
	.quad 0xd78f9c2e65369ed0
	.quad 0x0000000001000001
	.quad 0xc08120048c874d2b
	.quad 0x0000000000000198
	.quad 0xfffffffffffffec1
	.quad 0x00000000000002ff
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x9561f8aafffe0aff, 0xeec600d57fff69e6
	.quad 0xde185d767bf37b80, 0x7ebcb5c75fcb2326
	.quad 0x0a48703e2d38c5f0, 0x4b686d23ffd9d18e
	.quad 0xbc757447be162121, 0xba472a63ffeef791
	.quad 0x73d16a037915cf0c, 0x0000000000000000
	.quad 0xa8b34a2cf51ffcef, 0xbbcd3a23ebb0ddc5
	.quad 0xc160576c01000000, 0xea8ea58259697d83
	.quad 0x093fc3b9ffddaf7c, 0x8080000000b0f86c
	.quad 0xd88c2384c8fd251d, 0x7f8000008017daba
	.quad 0xb14f1005e04a1731, 0x99160cbb90c28016
	.quad 0xffeb275b46080000, 0xbfee800000000000
	.quad 0xc07d1ac6214dcb35, 0x3e828e018eb8b67e
	.quad 0x7a6ab986fdc787ff, 0xc98e036e945f4a80
	.quad 0x1d304e66c38382fd, 0x26f5bbb5d066c459
	.quad 0x4021000000000000, 0x7ff7f41d027836a2
	.quad 0xbbc472705addef3e, 0xffd0000000000000
	.quad 0xf33bdca000000000, 0x43bf31d522d3971a
	.quad 0x8d87b74e0a9cbc1c, 0xc0500000c0380000
	.quad 0x15d6bb8f41f38443, 0xfff665f399a24d22
	.quad 0x8000000080000001, 0x852f9029af23fe49
	.quad 0xcf0701adfffcdf84, 0x003857cc9931e72e
	.quad 0x806c0d9f00000000, 0x7b30f19380000000
	.quad 0xa0ab4691c3f3fbdb, 0x8000000000f00739
	.quad 0x0268634fbdf8ff3f, 0xd887a688c3fa8bd6
	.quad 0xc104000080000000, 0xfff0000000000000
	.quad 0x9975efb57bdfbf05, 0xc183b233421c7ef7
	.quad 0x434ffffffffffffe, 0x3d5f99d640ac0000
	.quad 0x8000000000000000, 0x70fcb12606f14932
	.quad 0x8e3abea9c0e80000, 0x7fa9c22517efde38
	.quad 0x418dba633ec00000, 0xfff721fab353cebb
	.quad 0x401e000000000000, 0x800000008014a9ca
	.quad 0x8046df947f800000, 0x9276c28e8f477c3e
seed23:
	.quad 0x0000000000000390
	.quad 0xffffffff80000000
	.quad 0x000000000000000e
	.quad 0x88c823dab209c1dc
	.quad 0xfe701d0bcc9d5ffb
	.quad 0xffffffffffffff73
	.quad 0x000000000000018c
	.quad 0x2b5710114c214978
	.quad 0x00000000003efd08
	.quad 0x74858a644d9ba970
	.quad 0x34d7088c84b2a8f0
	.quad 0x001e89873f83bcc3
	.quad 0xfffffffffffffe7a
	.quad 0xa9d75710c2cb8458
	.quad 0x00000000000002a3
	.quad 0xffebacd8083b4bee
	.quad 0x04400000
	.quad 0xd0000000
	.quad 0x7f3aa78f7f877450, 0x000000003db1ddc3
	.quad 0x3e68ddeedf800001, 0x023e1fb842fd88ff
	.quad 0xc016000000000000, 0xbfee9bb0c7e3ac00
	.quad 0x0008000000000000, 0xc09800004178ccac
	.quad 0x3557615f799dc340, 0xbfeb000000000000
	.quad 0x3e0c4a4b70a3487c, 0xb3a963b742f8e700
	.quad 0x25a1d66ccdf3effe, 0xba2b68796ffffffe
	.quad 0xc110000000000000, 0x3e512aea49d8f00d
	.quad 0x7ff7b08bf4332d01, 0x8047f2929ed4a50e
	.quad 0x5bbf70edff920400, 0xedd28cdce528228e
	.quad 0x8409c7634bbeff7e, 0x790b8e8a8f3e9506
	.quad 0xc4aa1468ce777db7, 0xfff0000000000000
	.quad 0xe79c53c07352cff0, 0x4f8000011c710c73
	.quad 0xc3dbb866bb900000, 0xfff0e9f5774a8fb9
	.quad 0xe40db012ad368ab8, 0x4290000080350294
	.quad 0xc0be400000000000, 0x03c86710f51121fd
	.quad 0x9487a900fff9bddb, 0x0000000000000000
	.quad 0x7f800000fee22a88, 0xc11200009c3829c8
	.quad 0x4a5638843a517ac3, 0xc6667d5828c77b7a
	.quad 0xaefa154bf67f4d07, 0x7fd372383bbfafc8
	.quad 0xe18d7a7a859afb0b, 0x29220687e18f457c
	.quad 0xfff0ee3bfbde5dd3, 0x7f800000bbf489d0
	.quad 0x4a6c36a93f784890, 0xbc9a7e9302cf865a
	.quad 0x008f724ac905fdea, 0x0000000000000000
	.quad 0x7f80000088056fcd, 0x0b077823109f9b4b
	.quad 0x551088f53487fc00, 0x4011000000000000
	.quad 0x7ff0000000000000, 0x000af25c476d16de
	.quad 0xe0a43374cada4400, 0x007fffff0a08697f
	.quad 0x00400000bfc00000, 0x715a73d380000000
	.quad 0xb7013290c2397e00, 0x3f400000c0780000
	.quad 0xbf728dd338e4eb9c, 0xc05df63d714cab11
	.quad 0xfff0000000000000, 0x80000000bcfed3d5
seed24:
	.quad 0xffff9d73b94842f1
	.quad 0x1873a8b58cc3a428
	.quad 0x0000000000000000
	.quad 0x1ac9c7b08dc284e6
	.quad 0xffff85c8a8f50b06
	.quad 0x0000000000000bfc
	.quad 0x00000003aa288f3b
	.quad 0xfffffffffffffcbb
	.quad 0xa86d4dc7fb9b0218
	.quad 0x57abb9e92171ca27
	.quad 0xb95b14021eb0b39f
	.quad 0x014772324ee83942
	.quad 0x0000000000000000
	.quad 0xffffffcc7d8596eb
	.quad 0x000076eaf3a1abfe
	.quad 0xda6ca813f66f0b8f
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x801b4cb005fb66c4, 0x0000000000000000
	.quad 0x404dff9a5d70ed43, 0x0ab55e8b80000000
	.quad 0xde0569873deb5c43, 0xfb8666f67f800000
	.quad 0xf6a3f48dffca2100, 0xc14182be005ff7ed
	.quad 0x44d15320539efece, 0x3c800000906b58a3
	.quad 0x0c2fafe2d9ecda95, 0x7ff5fa93314b9481
	.quad 0xd1eaa7d5395d6b6e, 0x8f02e868ff800000
	.quad 0xc7203ecdfe2f8ff5, 0x8c74bec7ffe02e44
	.quad 0x7d185121d369f880, 0xbf8f4949a0d0fbf3
	.quad 0x211e611bc26fdb69, 0x46ef9a01e1b97a59
	.quad 0xe34356082ab6a0ab, 0xff800000ff000000
	.quad 0xebbd6307f6fdfdf9, 0x9754813183197e00
	.quad 0xbc6684397f800000, 0xff800000c2d00000
	.quad 0x0000000047ffffff, 0x8008000000000000
	.quad 0x98359cc24f6bc63c, 0xc0440eda3d611e38
	.quad 0xbea5835764fefa85, 0x40effffffffffffe
	.quad 0x54b1b0f3fffffb43, 0xe3bc46195768a205
	.quad 0x58e60ca3f455c0be, 0x60cea91ba81e7858
	.quad 0xc33ffffffffffffe, 0x038d58e32d44cdea
	.quad 0x7f800000bf117134, 0x43e0000000000001
	.quad 0xf4fe8100bcd7caeb, 0x806324662a45220e
	.quad 0xffaabf98ffa8be79, 0x3f81371f22650490
	.quad 0xdee84758939f46c0, 0xbffb3a15f243826c
	.quad 0xc0017199ce4f489f, 0xfff7bb28162c99a7
	.quad 0x514dd1f9ffcbffeb, 0x7f6c56d500000001
	.quad 0x010000008002882b, 0x7fee601238d00000
	.quad 0x49f2388fe72b7c00, 0x3fbaf855de0670bd
	.quad 0x179bfbc5e7ea77ff, 0x76b750c6e3ea48e0
	.quad 0xfff15f7075bfc63f, 0x8041005f8d505b48
	.quad 0xe5a7fd267fbfa9be, 0x7f1dd706fccbb62d
	.quad 0xc325b5bd7f800000, 0xf6c5b73495c6d6d2
	.quad 0x7f8666d30cb4e605, 0xfb185ce30b7f3e77
seed25:
	.quad 0x000000265b4ba4e8
	.quad 0xcbafc7831d595b9d
	.quad 0xe54a1cbece46e5ce
	.quad 0xfffffffffffffe32
	.quad 0x00000080cd94fcb6
	.quad 0x599db39a63602caf
	.quad 0x0013b62974521f01
	.quad 0xa8de8cce54d9d97d
	.quad 0x00000000000fd0eb
	.quad 0x3cbf348821b12e74
	.quad 0xffffff69e90b5a67
	.quad 0x0aba91bad6509ae0
	.quad 0x0000000b60465524
	.quad 0x000000000000031d
	.quad 0x80cd77a2bd249a2c
	.quad 0xfffffffffc9cafb7
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0xbea00000bdde5238, 0xc1bcb009138c8f41
	.quad 0x7ddcdc9f1909e964, 0x7fe54e5541a420ee
	.quad 0xfff7b00755d36398, 0x4c774c0bcd77630a
	.quad 0xbfa00000d78977bc, 0x903aa5be4437c946
	.quad 0xa84e4645c7edf675, 0xad75d14f0a6f056f
	.quad 0x1d4b607cda000001, 0x7fc73626807c57fb
	.quad 0x847e4de5971ddc98, 0x8effd6c3c1fbccfa
	.quad 0xed640b7876df7e00, 0xc2e0e02a01000000
	.quad 0x7ff8000000000000, 0xc0effffffffffffe
	.quad 0xc18000007fda0c42, 0x6fc5bfffbdd0e3a0
	.quad 0xb79aedb4f050de42, 0xc06c01352fb59e60
	.quad 0xfdd4d0e4d016b04c, 0xfff18e6e0c16b340
	.quad 0x3f8346bf00ffffff, 0x81279cbca6a4650e
	.quad 0x4268b816e136530f, 0x0774ff453d92ddfe
	.quad 0x06f69b8853edfe36, 0x002415b2f1a3426a
	.quad 0x8000d393ac341988, 0xffbaf561bbc3e62b
	.quad 0xabc1ba91758843f4, 0x7fa77b1c7e573e43
	.quad 0x802e70ac49800000, 0xc0300000c0e80000
	.quad 0xbe562890fe800000, 0x438db4d2c1adae99
	.quad 0x028ad3834a4df87f, 0xffc00000c0a00000
	.quad 0x7ff79cb9fceaf569, 0xbf767277008cf848
	.quad 0x915d3230a6f1bf97, 0xce367918f7614d00
	.quad 0xc07fffffc77fffff, 0xffefffffffffffff
	.quad 0x5edff291e83a780a, 0x7ff1d84bbd477e28
	.quad 0xbf3791debfbbffbf, 0x0000000000000000
	.quad 0x8000000000000000, 0x59043926514c7c00
	.quad 0x000000008350ed4b, 0x40f000003d10fb5a
	.quad 0x7f80000097a8a2b5, 0x8000000000000000
	.quad 0x1ab036d2d5ff7e8d, 0x175f7431ffd4f400
	.quad 0xf119095880000000, 0x8a18050168b8fdb2
	.quad 0xbaf35566cfffffff, 0xbc6d00003c4bca63
	.quad 0xc01f000000000000, 0xb2525690680d7c0f
seed26:
	.quad 0x91722a3b15d4fca9
	.quad 0x00000000000000c0
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x000000115d2a85b4
	.quad 0x00e8a35e010786b4
	.quad 0xa02d5e14a71d0ae8
	.quad 0xfcedd3f6be837501
	.quad 0xc744b4814799bc42
	.quad 0x81f7780bfdd93afe
	.quad 0x0000000000007857
	.quad 0x0000000000000241
	.quad 0x0000000000000003
	.quad 0xb46ff80c75609bd7
	.quad 0xfdc5037b661154fb
	.quad 0x01800000
	.quad 0x50000000
	.quad 0xbcb03b8f5b2c81d4, 0x7e8728c8541931e7
	.quad 0x7f9a43227e800000, 0x59d44030ffdfee75
	.quad 0xffb7ca097f800000, 0x000000008058c453
	.quad 0x7f8000003e86e608, 0xf0a809e3dfadbd10
	.quad 0x1c2dc582439018c1, 0xf516c496fff63986
	.quad 0x7f800000c3c5b109, 0xc0d000003cfe0000
	.quad 0x800247f74a03bac0, 0x88dc187e7f963a37
	.quad 0xff8000003f7e14f4, 0xba800000c136ccd9
	.quad 0xc0449e06fff9835f, 0xc008000000000000
	.quad 0x094154e18d25ff79, 0xfb0d07e7dfffffff
	.quad 0xc1efffffffffffff, 0xc04fad6d128938d1
	.quad 0x7ff4726807cf5504, 0x3feebcac4235813d
	.quad 0xf7671b018fb7b76f, 0x7ff624759c590370
	.quad 0x7fc000001102762e, 0xdbf150afe341fc00
	.quad 0x29f95241447d590a, 0x800fdd84be64338d
	.quad 0xa364b05d7d77d6c7, 0xbf7d6e6d3bc79006
	.quad 0x7ff435713c83c2ba, 0x7ff8000000000000
	.quad 0x883d87f1dc67b3b8, 0xe6c47eab3ecf653e
	.quad 0x50d8a974d0a57c00, 0xc3461a8480000000
	.quad 0xc1e0000000000001, 0xa0f14488ab624479
	.quad 0x30a781249f6696b9, 0x85634df73560e2b7
	.quad 0xba5e5a18fcdd5765, 0xbc6d9043ffc00000
	.quad 0x7f80000047ffffff, 0x4020000000000000
	.quad 0xbae7fcc7f4508334, 0x370d285e0bfe9abf
	.quad 0x90146c067fb931ff, 0x406fc00000000000
	.quad 0x0000000000000000, 0xc8de924b66c98838
	.quad 0xff1bf8f960792a8b, 0x71f0e91dffbff7fc
	.quad 0xc03ecd47ed9acd23, 0xbcf70c7d7fa28c8d
	.quad 0x40b000007f7fffff, 0x3fe8000000000000
	.quad 0xc000bb88b63f59e7, 0xc77fffff80000000
	.quad 0xd00a3ca0f7abd649, 0x895785885e6f7e2f
	.quad 0xbc400000c99bc3f9, 0x039eed1846f51d5b
seed27:
	.quad 0x00000000000003ab
	.quad 0x63aaa629873a4d9f
	.quad 0xffffffffff852ccb
	.quad 0x8000000000000000
	.quad 0x6837342e55a052cf
	.quad 0x000000000000020f
	.quad 0x0000000000000002
	.quad 0x0000000000000289
	.quad 0x0000000000000029
	.quad 0xfcbdc4beca1b3276
	.quad 0x8000000000000000
	.quad 0x0000000007387bf0
	.quad 0x000000000000053e
	.quad 0x00000000000105a3
	.quad 0xffffffef821e3a48
	.quad 0x3026ef6f5d6776a9
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xff800000c0700000, 0xfff0000000000000
	.quad 0x1a39864532f37b76, 0x401c60a17d2e9d7f
	.quad 0x6f97ebc87fb93750, 0xff800000271deba6
	.quad 0xfff79ea94b434db3, 0xbf4beb96b98ed29b
	.quad 0xafd5ea1a40840000, 0xbdc34841d5dd404a
	.quad 0x417794baebfcf449, 0x59ffffff41160000
	.quad 0x6a0a6268d7fe4dbf, 0xc308cae110dfa334
	.quad 0x43860f7ac0000000, 0x7ff8000000000000
	.quad 0x402c4f214468c82f, 0xff8000007fc00000
	.quad 0x220c0a207fa97d35, 0x7ffdcf98f53ad4d5
	.quad 0x965836e136b507c9, 0xbcad7151bbe24073
	.quad 0xc0b8000080000000, 0x3774670bc10a0000
	.quad 0x36351605c7747078, 0x80259f60278249b2
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x0387574f71adb8b3, 0x3ed7bd3358468953
	.quad 0xc2a705bfdfe5de3f, 0x4a2b089c5a590000
	.quad 0x41000000844e7ac0, 0x65023890cb8fc700
	.quad 0x3fcfc00000000000, 0x4035c9a9cdb9328a
	.quad 0x6dcf4a72ec81447e, 0x869b49ed2d627f5b
	.quad 0x01402c07f945f162, 0x6edc2c0dbee6def2
	.quad 0xde53f85792e105db, 0x887f460535a00000
	.quad 0xc3ee9062ef0afc20, 0x0d61c32ced2cb283
	.quad 0xadc7e367bbd1bfe2, 0x40d000003d576e33
	.quad 0xc0580000007fffff, 0x85b3af053da00000
	.quad 0x0072426e40b00000, 0x4033800000000000
	.quad 0xaed07bc5d7e031f9, 0x00000000ffabc25c
	.quad 0x58efd1871bea9c1a, 0x000fffffffffffff
	.quad 0x4e487e19fbcfc7ec, 0x00097a6b44523172
	.quad 0x7ff8000000000000, 0xc07cd9e90cfc3301
	.quad 0xbfcf070fe6b47751, 0x1bc6d41dee484e95
	.quad 0xfdda309be62549c1, 0xed0908341d050200
	.quad 0xfe65f062dc19694f, 0xc018800000000000
seed28:
	.quad 0x00000000000003ba
	.quad 0x086d323707a31ccf
	.quad 0xfffffdc749227d30
	.quad 0x4e8259bfb875c174
	.quad 0x003599f391b65896
	.quad 0xffffffffffffffdb
	.quad 0x000000000000021c
	.quad 0xfdab2bfdb6d3c67b
	.quad 0x1569b4587f13042a
	.quad 0x00000000000001cb
	.quad 0x0000024c5633e7e2
	.quad 0x0000000000001e9b
	.quad 0xddc8f0a40f8a4439
	.quad 0x33b549d9b4e2d275
	.quad 0xa2cae77a94b92447
	.quad 0xffffffff80000000
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0xbff0000000000001, 0x1c3fa5f5006212b3
	.quad 0x7a3bf47c405d7e10, 0x807f2ec429c72e04
	.quad 0x80455dd974da4cc8, 0x7fff7645c4726b3d
	.quad 0x804e839a7fb1c0f8, 0x7f80000040327268
	.quad 0x8994062187630628, 0x8040000000317669
	.quad 0x6091da1300000000, 0x00000000401a2adf
	.quad 0x3ebb2b567f800000, 0xbf7e31b480000000
	.quad 0xfff0000000000000, 0x144aad8cfff1d35c
	.quad 0x8000000041d6b5c9, 0x3f60000000000000
	.quad 0xc2fba3c7c2fdd7fe, 0x7e9d68d84c54c5c5
	.quad 0xfff0000000000000, 0xbe6dd8ee0f0e9a19
	.quad 0x7611199cb2e9bec5, 0xf4a5abc1fbfe8001
	.quad 0x800bc67025258f02, 0x734324adfe1ffffd
	.quad 0x0000000000000000, 0x401cf8e0c0a9287e
	.quad 0x23a2cbf580000000, 0xc0fffffffffffffe
	.quad 0x405591585effa842, 0x1e7c120afd7ffbfb
	.quad 0x87b172a2c6800000, 0x37bb1f919f88b23e
	.quad 0x32f657a8ffbf79fd, 0xffa1681cd209638f
	.quad 0x3f9ff5ddd6845251, 0xffb99d496fef1f20
	.quad 0xd3c7fd94f5ffebbb, 0xbfc66be5f1906604
	.quad 0x8151e205aee1ecbb, 0x014afcab41eb4542
	.quad 0x4d3cb1b5ffdd7801, 0x800a5119873baeaa
	.quad 0x402a66f0806ba439, 0xcd7fffffc1220000
	.quad 0x0a14ec0d8b6f7fc1, 0x250b79fd7fffb6ba
	.quad 0x4000000000000000, 0x3fed000000000000
	.quad 0x28524c597b257900, 0x00178679e07aa20d
	.quad 0x05c8b747f3f30813, 0x7fddd383cff752f8
	.quad 0x43e6b4dcffb0c542, 0xfd8fc18534fc2fa7
	.quad 0x000000016c91f753, 0x262160349cdafc00
	.quad 0xffb984b943b4124e, 0xbf9f34141f772f74
	.quad 0x37c0000000aa457f, 0x8000000000000000
	.quad 0x3dad40be4fffffff, 0x41a797f5f66c663e
seed29:
	.quad 0x0000814c64918f66
	.quad 0x0000000000000128
	.quad 0x0000000080000000
	.quad 0x898027bf4bae8143
	.quad 0x00000000b844c67b
	.quad 0xfffffffffff8ac59
	.quad 0x08f2f72b84c40e95
	.quad 0x0000000003b96076
	.quad 0xe9eece7292855628
	.quad 0x0020000000000001
	.quad 0x0000000000000206
	.quad 0xffffffffffffffeb
	.quad 0x00b20c677c79ff0e
	.quad 0x00000000000000ad
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd92
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0x7eafe10d36c76e2f, 0x00020f959fe3dbf0
	.quad 0xdf8461c8ffc74b37, 0x8002e983ded8f59b
	.quad 0x800f9dda368dcbde, 0x40a4707366cf8000
	.quad 0xe9e9213d7f99bff7, 0xffe6d5977fa23cd8
	.quad 0x89324b948a297db0, 0x860d2cc0696a8000
	.quad 0x7effffff40ccfec0, 0x7fad29ab00800000
	.quad 0xef294af659800001, 0x401b000000000000
	.quad 0x111f9c8a0216d2d0, 0x3eefb564ff800000
	.quad 0x817fffffb59a0bd2, 0x3a786d08ffb7fffd
	.quad 0x352e5b75fba7f97f, 0xcffffffeb2aa0ba7
	.quad 0xffa5efbb00004814, 0x823751fa167750c0
	.quad 0x62dfe4ad36e24e62, 0x7fd97f904074cd5a
	.quad 0x4282a6f53d07121e, 0xbe8d1db95f800000
	.quad 0xda7fffff017fffff, 0xafff6aa1920b8480
	.quad 0x7fdd045bff800000, 0x392cb5bffffe85ff
	.quad 0xbfa00000454d0000, 0x7fb4ace2f9fe1db0
	.quad 0x407783daaf37cd9d, 0xffc00000fbcc68d7
	.quad 0xff131e8affc00000, 0x0000000000000000
	.quad 0xac0a5ddcdfbfffdd, 0x42c5e47300400000
	.quad 0x6c93d0017fc00000, 0x8e8fb5707fcaf7ff
	.quad 0x7285ce3a3e1165fe, 0x1f8e0f93441f30c1
	.quad 0xff4cd27052d7f908, 0x62bdfd32ea3f0000
	.quad 0xe695b38bdf9dbdb7, 0xa3198d4ac0f80000
	.quad 0x7f22a35d3d8c7f7f, 0xc36bf4e842fb5877
	.quad 0xefaba490b8f7ef3d, 0x7fec6b7a224690d3
	.quad 0x47800000fa802a93, 0x7ff58e13859af85a
	.quad 0x2b23ca3a9d64fec2, 0x431d8cdffb12b090
	.quad 0x0b0fb2bc48aaebc8, 0xfffc23410d05764a
	.quad 0x158482713067c0c0, 0xd35c5df9c45f1acb
	.quad 0x7fc000003f920000, 0xcedb1b9ef6714180
	.quad 0x0010000000000000, 0xe317855137757e00
	.quad 0xff800000fe967f55, 0xa04b575537a147db
seed30:
	.quad 0xffffffff80000000
	.quad 0x000000000000020b
	.quad 0xc20d27005886ba71
	.quad 0x99e023f651d506ca
	.quad 0x00000000000002a9
	.quad 0x0000000000000140
	.quad 0xfffffffffffffcef
	.quad 0x9f4a2e053b2c31bb
	.quad 0xfffffffffffffd79
	.quad 0x7fffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x06eb49ea3599a657
	.quad 0x051a663c308d8dc7
	.quad 0xffffffffffffffc1
	.quad 0x543bc9a0d51ff1aa
	.quad 0xb4c8f1146029921b
	.quad 0x01c00000
	.quad 0xf0000000
	.quad 0x2c147a5258eb8bd3, 0xf77783aa3f800000
	.quad 0x7fc00000fa86ea31, 0x407b1354bd9f4a8e
	.quad 0x3f8100bed105a0c5, 0x341f8c1e4756c2e1
	.quad 0x0000000000000000, 0xc3e0000000000001
	.quad 0x55a151f57dfd77bb, 0xff8000003d376b2d
	.quad 0xd8a7bae1eaf5aa13, 0xffc0000001000000
	.quad 0xc08d25c8d803be00, 0x3d90000000400000
	.quad 0xc016000000000000, 0xafc648512482819c
	.quad 0x3d7b44d2ff800000, 0x7f0e6d6213b079be
	.quad 0xee3a6ca9a95c7e00, 0x011599f9dbd27fef
	.quad 0x3ffc000000000000, 0xe5ada154b540a0ec
	.quad 0x80393f27ffc00000, 0x50e72e232efb7f60
	.quad 0xa46f6ae0ff912fff, 0x75284bf700000000
	.quad 0x0328851060df1e22, 0x830fc0e54eb2caa7
	.quad 0x7ff5453da1ddfc16, 0x6b51a93bff800000
	.quad 0x4016800000000000, 0xaa5f66b618ed0c97
	.quad 0x4153c067ff800000, 0x40500060a74e3c41
	.quad 0x3eb9800000000000, 0x5be579503246103f
	.quad 0x32569b76981f4f5c, 0xbb575e13c0d00000
	.quad 0x3d31c8b6002910cd, 0x3fdd53dab49ee447
	.quad 0x3ec62a76c7f6f155, 0x53c6d46d36ba4f45
	.quad 0x7ff52bea801c2f18, 0x8000000000000000
	.quad 0x7fff12a1fdf01701, 0xd270515e42effc00
	.quad 0x4051ef4e01fef998, 0x69d4f38689ca5f77
	.quad 0x8006533ac1941206, 0xffc00000398db753
	.quad 0x4340000000000001, 0xb7ddda84d5211b78
	.quad 0x79e6634e536d7d22, 0x0000000000000000
	.quad 0xded98fbe697a1dbb, 0x80000000c07ffffe
	.quad 0x1789f98479d5fa8a, 0x3d062e1978e58000
	.quad 0xa5d5eaeb608fe740, 0xffc00000f10016ce
	.quad 0xfff11a8f6d43d935, 0xbdae577643e5d1b0
	.quad 0xfff1cfe210d87f30, 0x8000000033802cfd
seed31:
	.quad 0x0000000000000024
	.quad 0x1afdf0c68e23e391
	.quad 0x485e8452e01b85ff
	.quad 0x7fffffffffffffff
	.quad 0xfffff8a024d928f7
	.quad 0xfffff0a11a0f7388
	.quad 0x01c43468f8bd93b3
	.quad 0x0020000000000001
	.quad 0xfffffffffffffffb
	.quad 0x914c740ea5b2ad67
	.quad 0x000000000000003c
	.quad 0x00000000000000f9
	.quad 0x00000000000002f2
	.quad 0xd0d61ac7214ad201
	.quad 0x000000272f05ddd1
	.quad 0x00000011e28d7680
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0x960c22ddd1dafc00, 0xbf21d75bbed20000
	.quad 0x817fffffc2c64931, 0x785eb3c491eb8565
	.quad 0x90b53720ff943f7b, 0xfff8000000000000
	.quad 0x8000000000000000, 0x65332a6e7fa67fff
	.quad 0x3d218b3016f0fc00, 0xacd2dcd8fbd8fe00
	.quad 0x00000000bd92374c, 0x7fed09ab9a474bd4
	.quad 0x36680000f99be813, 0x575d41287f977e00
	.quad 0x996c884affeffdde, 0xbfb37253ea0d5fc7
	.quad 0xc01d800000000000, 0xffd903210bb185aa
	.quad 0xc008000000000000, 0x7f922688ffa81725
	.quad 0x76121d67fffbb39b, 0xf61bcd2ca0fac406
	.quad 0x4c4d45e1ba79fbff, 0xc0a80000ffc00000
	.quad 0x3a528f2dfd4e0f27, 0x08089de16e49fc00
	.quad 0x42fd40cb7f800000, 0x06839c8192c5fdb6
	.quad 0x000ae64e1766b0ac, 0x3faef751e2909cb7
	.quad 0x95e7a00874ef6f29, 0x9c609d8c26d3b0dc
	.quad 0x4340000000000000, 0x3ccf4e1a3bafe315
	.quad 0x4373d213c43c0000, 0x20d3fd1826bcff0b
	.quad 0xc2c0873ea47db030, 0xc119c00000000000
	.quad 0x002fffffffffffff, 0xcd9f4ebe5edf2f8f
	.quad 0x000fffffffffffff, 0x7fff14d461be01b8
	.quad 0x4699b8fd226dfc00, 0x7d848db6496fb400
	.quad 0x7fd04e8d40880000, 0xa0b6b04352a450f2
	.quad 0x3faaeae16ff46079, 0xfc8d537d26c0fe91
	.quad 0x06aec39dffba2bf7, 0x7f9da47c75669783
	.quad 0xaae9bae5fffd3b7d, 0x7f9973d6c2c00000
	.quad 0x7ffbf567f0f6878a, 0x485dc3df9e31b471
	.quad 0x5a798b6704ebf2a7, 0x19fe4442ddd60600
	.quad 0xbfd8000000000000, 0x81d5465345637920
	.quad 0xfff4b38696563527, 0xd670edc37f800000
	.quad 0x734ca32327586feb, 0xcf6c60f45f7fffff
	.quad 0xc99292bc34a874de, 0xf6517530595fa6cb
seed32:
	.quad 0x9e4ac4bab9f9aaee
	.quad 0x98bc07d169f31cc7
	.quad 0x00000000001d59e9
	.quad 0xfffffffffffffcd1
	.quad 0x7b4097c1db42b82c
	.quad 0xb49a5f5f19e424d0
	.quad 0xfffffffffffffc7f
	.quad 0x00000000fce54b1e
	.quad 0xfffffffffffffbe2
	.quad 0x413b2fbb9d7242c5
	.quad 0x00000000000043df
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffca3
	.quad 0xa1db28987cc904d0
	.quad 0x03400000
	.quad 0x90000000
	.quad 0x0000000000000000, 0x81da2ff55ef18c67
	.quad 0x058948ef9287fede, 0x4020800000000000
	.quad 0xd3598356c2b2161a, 0x02ffa57790522136
	.quad 0x8020000000000000, 0x25dd3abf821fc84e
	.quad 0xe7143852eabf3fed, 0xfff19bf9acf12a75
	.quad 0x01080241f7edbbc1, 0x59ffffff4f7fffff
	.quad 0x81d897a19fbd7f3f, 0x5f7ffffebffffffe
	.quad 0xb89a488db36a8500, 0x0000000000000000
	.quad 0x0ea9c1772bcbf50b, 0xb9e8b840fd227400
	.quad 0xd1a9b14f40940000, 0xbf92000000000000
	.quad 0x19f0b0e9ffa483ff, 0x34282c91bffdffd6
	.quad 0xfffb77385201d67d, 0xc005c00000000000
	.quad 0xc0e4000000000000, 0xc0c40000fff82145
	.quad 0x7ff0169fbe9fbc90, 0x42b0d6a81150e34e
	.quad 0x18c84ec8ffaeffbf, 0xbffc000000000000
	.quad 0xbfa34883960e67c1, 0x172de97000000000
	.quad 0x4014000000000000, 0x8dda57ebfefd7f3b
	.quad 0x8126330cffabc19f, 0x9dca850bf4904000
	.quad 0x003e3a44ee237cd4, 0x47000001ffbe3bc9
	.quad 0x7fc000007f800000, 0xc1c000007fc00000
	.quad 0xc114000080800000, 0x0935ef453b20977f
	.quad 0x70339f0d129fe8eb, 0x000000003f0634ca
	.quad 0x580d8ac3c1f0d2ca, 0x9dc67f667dd9c0f6
	.quad 0x3e70390b50b03148, 0x4052000000000000
	.quad 0xfb0660008fee80f8, 0xfffbe35c472e3c98
	.quad 0x0ce8896d7e7dddd5, 0xf6a7e30cbf800000
	.quad 0xfe8000007f34f9d9, 0x017fffff17d07aa5
	.quad 0xf030929d131246a7, 0x0ec0e49d4cfe2b6e
	.quad 0x80000000ffc00000, 0xbff8000000000000
	.quad 0x30c5e92d75826616, 0xfff1d3484e0480c5
	.quad 0xbff67a7fc5b9be20, 0x6a4783df7f800000
	.quad 0x8cee6c95fffdcf89, 0xffb3cf13f2efe615
seed33:
	.quad 0xfffffffffffffe3a
	.quad 0x0000000000000008
	.quad 0xfffffffd221b29dd
	.quad 0xffffd230b5f0400e
	.quad 0xffffffff80000000
	.quad 0xfffffff30d5253d5
	.quad 0x000000007fffffff
	.quad 0xbb80bfb85482eff4
	.quad 0xfe90fb2b56678679
	.quad 0x0000000000000001
	.quad 0x00000000002db283
	.quad 0xc30e388abc9d2a19
	.quad 0xfffffffffffff44f
	.quad 0x49391bce156e9521
	.quad 0xfffffffffffffe15
	.quad 0xffffffffffffffc6
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xfff8000000000000, 0xfff0000000000000
	.quad 0x004fa6b875e07bcb, 0x6f447552f395d2ce
	.quad 0xa4bab51fd111b571, 0x802fffffffffffff
	.quad 0xc026548ef638d6eb, 0xff8d296ebfadf5dc
	.quad 0x8000000080ffffff, 0xc1d2e8b6cd61b787
	.quad 0xffdfffffffffffff, 0x3d2163850033cc96
	.quad 0x12f09b24c7a7fff2, 0xc07548659b6949e3
	.quad 0xff80000000000000, 0xc23a55a7ff9b2c5a
	.quad 0xff93980a18170a22, 0x488cead4d5ad2b7b
	.quad 0x4bf31fe3fdf9ff65, 0x09d5df28fffdaf60
	.quad 0x3f0000007f980c2b, 0x1461a2f0feffffff
	.quad 0x43799fe83dfe6da7, 0x3fb17d55e2f6ee14
	.quad 0x8000000000000000, 0xff8000003c48e310
	.quad 0x40ccc4d67f422e12, 0x7ff00f67fc33b4fc
	.quad 0x9f6f3b92fed743ff, 0x814a99803def41c3
	.quad 0x7fb9ba2c9d890400, 0x7cd7efacc3ef9e7f
	.quad 0x7f000000803159d6, 0x2d9f13082e32c810
	.quad 0x30df9b3b2ddeaf2e, 0xfff0000000000000
	.quad 0xef3ebdfaffdf57b3, 0xb73c035340b80000
	.quad 0x250d95d1ffd93a32, 0x202f9b10be76c77f
	.quad 0x2e8075ada3de8875, 0xffb2a4357f800000
	.quad 0x2d1dec1e7f800000, 0x91d2050597e7bc2a
	.quad 0xac4946da7feff7fa, 0xfff0000000000000
	.quad 0x7f800000c9ffffff, 0xca174bd1f4ebc78e
	.quad 0x5b3c572ca73ae424, 0xc30d77fe3ca00000
	.quad 0x7fdc13daff955461, 0xffa60d2c3c51b5fa
	.quad 0x8670830004375648, 0x43268ece3c9135da
	.quad 0xffbe60f538585911, 0xc028000000000000
	.quad 0xb51977956835fc00, 0x40e0000000000000
	.quad 0x42abc6bd2e57a80e, 0x140c932916deec90
	.quad 0xff9f38d500000000, 0x94d1e3bcbe200000
	.quad 0x7f6930c0d9ffadef, 0x8dfa7fe4afb65d5d
seed34:
	.quad 0xf8f02a39645fc2f7
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0xffee1f4aa736e717
	.quad 0x9403bdfbf60608c7
	.quad 0x00000b39ebd9349b
	.quad 0x00000000000000e4
	.quad 0x0000000004d9352e
	.quad 0x000000000000021f
	.quad 0xf9379c221a9329dd
	.quad 0x6d4b3a0b79be7128
	.quad 0x0000000000000001
	.quad 0xf71ac1432d8ea3b2
	.quad 0x29a45dec6d3b6c45
	.quad 0xfffd5e9913df1cb3
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xa3f6baf9e4318c1b, 0x70d3baf37fedd974
	.quad 0x4020000000000000, 0x7ff6520abc7ec6e6
	.quad 0x402428c26f44bd5d, 0xbfab24ffbab123b6
	.quad 0x7ff0000000000000, 0xbf7a92c4aac2d932
	.quad 0xc0b80000ffc00000, 0x40546d1a0ffbc219
	.quad 0x0109eead98f498e1, 0x8000000041afa862
	.quad 0x8cc4aaa0fbdff740, 0xbe1bb12b1d9a9eae
	.quad 0xda499cb7ffa80ed4, 0xd4678a79344efbff
	.quad 0x41500c77bdc83287, 0x499c78f67fcbd5bd
	.quad 0xfb51980423ae814d, 0x74efe0a8d9960936
	.quad 0x119d177bedf6f5bf, 0x3a5b5a8d4ddc8200
	.quad 0x8000000000000000, 0x40438646d090c920
	.quad 0x85c2921380000000, 0x25e192b65f37d22d
	.quad 0xf37957dfbffa3f4d, 0x40bb000000000000
	.quad 0xc2a00000d990a6d4, 0x7f8000004035f2db
	.quad 0xb81945fe7bff33fd, 0xc1e85fba107b8538
	.quad 0xc33e08ef806622d5, 0x0080000080000000
	.quad 0xbccdd24859ffffff, 0xc115d0132c407277
	.quad 0x7f000000942ad657, 0x2e375aea2e6ffc35
	.quad 0xa022de214ffabc97, 0xbf0000003fe00000
	.quad 0x8267ea5f343e12c6, 0x00000000141a07af
	.quad 0x84d59205ebdcad5f, 0x8000000041080000
	.quad 0x7ff8000000000000, 0xff8fa4dd06d57fc5
	.quad 0x1c8202c4f49e0025, 0xa392e723c9954b70
	.quad 0x3ab011263df5d351, 0xff4888bcc7fffffe
	.quad 0x413a24a63c0e3181, 0xbbc063497fbc8232
	.quad 0x8133c98080000000, 0x04299bc968194820
	.quad 0x1c0796f3ffc00000, 0xffc00000b76b8000
	.quad 0xa47404fe10643e24, 0x854c834b85d24007
	.quad 0xfff1ba79125c2334, 0xfddcb06b9ec2c67b
	.quad 0x7dd3b9d881687e00, 0xc20f977e5bf0e858
	.quad 0x6c7b407a69047e00, 0xf9543b5ac9feada7
seed35:
	.quad 0x86f65b0947bdd922
	.quad 0x0000000000000001
	.quad 0x00000000000000cd
	.quad 0x000000007fffffff
	.quad 0x0000000000000b7f
	.quad 0xe89f69a338876b2a
	.quad 0xfffffffffffffedc
	.quad 0xbbfc08987e1ec643
	.quad 0x0000000000000000
	.quad 0x000046e37506dc78
	.quad 0x0000000dcf8ab908
	.quad 0x808c7fc1eea12c90
	.quad 0xffffffffffffffcd
	.quad 0xec07a1988dcfc7c9
	.quad 0xfffffffffd4b761e
	.quad 0x0000000080000000
	.quad 0x06800000
	.quad 0xc0000000
	.quad 0x3d251eea43f6eea4, 0xf467575210447801
	.quad 0xf32a87342071e7b6, 0x80050f8858ec1b33
	.quad 0x7ff8000000000000, 0x312f7ef78485515a
	.quad 0x3f600000ff9e9385, 0xa56d476137a14ba6
	.quad 0x026c5bd9380d0d89, 0x3f800001c0b2371a
	.quad 0x65a6587edaca7bc3, 0x00409704dfee7d97
	.quad 0x5bddfbdcf9be1449, 0x829592d83f07ef48
	.quad 0x7ff8000000000000, 0x6feb9fe85dbb7bff
	.quad 0xfff3fde9b40696b6, 0xc1fffffffffffffe
	.quad 0x404b11c25f800001, 0xc19ffffffffffffe
	.quad 0xc0b6c00000000000, 0x1e21518d9273df4f
	.quad 0xfd89e000ac20c409, 0x80000000809547ca
	.quad 0x7b472c3996effe58, 0x784cfbdb327fffff
	.quad 0xbf11ff467836bff3, 0x00000000c7c296a7
	.quad 0x72f3a0eb54fab4c5, 0x7ff0000000000000
	.quad 0xff8c65683e8701b3, 0x8008000000000000
	.quad 0xc36db5fa7f8e3d63, 0x7e31d25fdcca8000
	.quad 0xc057600000000000, 0xbee0000000000000
	.quad 0xc5920000c2dd3f5c, 0x7fbc8b557f99df9b
	.quad 0xb960000000000000, 0xfea9356c00000001
	.quad 0x5c37a088b4c05d61, 0xc371b85af7ffff8a
	.quad 0x053ada2477e94933, 0x8493a2d55c71ed90
	.quad 0x6945cca634ec0284, 0xf25c242d3f36d96d
	.quad 0x9c49edefdc49fb96, 0x443611d568afcfef
	.quad 0xfeaad9aab3723ffe, 0x404a09493166aa4c
	.quad 0x675f63b1e2887c5f, 0x4f1c3679d92e4700
	.quad 0x9b11918ff3b7838a, 0x7d93f82da89fbb2a
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x1185be12dfb8a541, 0xfff8000000000000
	.quad 0xd80052a27f800000, 0x71007f1de09f32f9
	.quad 0x1b04ac4dffd183ff, 0xffb1a37dbc31a1a7
	.quad 0x6016d8f893fa7faf, 0xc5d616477fcd8000
seed36:
	.quad 0x44138faad0e8edd7
	.quad 0xd7e366bfecd215af
	.quad 0x8000000000000000
	.quad 0xddd40a37bcf862a4
	.quad 0x0000000000000317
	.quad 0x3b19e69b17427bb1
	.quad 0x0000000000000114
	.quad 0x99c84e4e54d8a89d
	.quad 0x0000000000000130
	.quad 0xfff98664ce325bfe
	.quad 0xffffe50f4391e991
	.quad 0xf299b992aa458550
	.quad 0xfffffffffffffede
	.quad 0x000000000000001c
	.quad 0xa466581704ac6cd6
	.quad 0x000000007fffffff
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xfff0000000000000, 0xbf400000c0542ffb
	.quad 0x01f4cb3a8ff6c100, 0x3fd4400000000000
	.quad 0xc0d800008c54fea2, 0x8020bc885ec6aaa2
	.quad 0x808dab69c0c82b41, 0x406be894b51a44e7
	.quad 0xc1183ac5ff5605ef, 0x1ad4176ee445ea03
	.quad 0x7fa91571ff800000, 0xc26255d8e9fa8600
	.quad 0x3fef9508f9a7b97e, 0xc3eca9e2366220ee
	.quad 0x88a61c8dc0c00000, 0xc0f000007f800000
	.quad 0xa11663d4fef7f5f6, 0xff9baa174f000000
	.quad 0xf1fa9377c208b52d, 0x0015f9bf7002888b
	.quad 0x7ff0000000000000, 0xbf966fe312ad0e13
	.quad 0x5f15653ff490dc08, 0xbf5593db322e8295
	.quad 0x2f298e5253fe7ffc, 0x0000000000000000
	.quad 0xbf9de3adb4122380, 0xbdb939d70144ca1b
	.quad 0x80a11bc18022bc96, 0xee54a4602d200000
	.quad 0x3fa00000c0d80000, 0x003666c2f02f3cdf
	.quad 0xb213d0dffcf27fef, 0xff800000f9d7b982
	.quad 0x87bf17a7807fffff, 0x4f1082bfcb278a64
	.quad 0xfffae227c37ce344, 0x80115d3fffa8281b
	.quad 0xc021000000000000, 0xc000000000000000
	.quad 0x3d14148ccc7ab6ca, 0xd2e9075b88ffffff
	.quad 0x877be839ffee3970, 0x7f80000080c209ad
	.quad 0x819d77f3a77dc0b1, 0x7fc00000702d6f79
	.quad 0xba8d87beb4560760, 0xcf0000003c562fda
	.quad 0x00069720ecd9612a, 0x7ff7d64b5a0bc345
	.quad 0xfbfc7a8abbff7c00, 0xdb177162e7fffffe
	.quad 0x8000000000000000, 0x48d7a44057c3f800
	.quad 0x7ff8000000000000, 0x769ebe4dfff7ff79
	.quad 0x000000003e62b3a0, 0xc9c475e5d03b74f3
	.quad 0xff8000007fae0be3, 0xefd55cefbdfd63a0
	.quad 0xbbc08a610a74b76c, 0x40f00000002a817e
	.quad 0x40751d54bb12a014, 0xfb1e2a129ddfff95
seed37:
	.quad 0xfffffffffffffdf4
	.quad 0x000000000000fe71
	.quad 0x0000000000000035
	.quad 0x6a77bc5a7baa814c
	.quad 0x0e721c4e3d9f770b
	.quad 0x111697f0ab7b4a3e
	.quad 0xfb2645bbe879c29a
	.quad 0x000000007fffffff
	.quad 0x00000c6c098ad0fd
	.quad 0x994f5b1d1a43c105
	.quad 0x000000000000023e
	.quad 0xfffffffffffffd11
	.quad 0x474e9de60a18ba4f
	.quad 0xd69090c827f22a35
	.quad 0xffffffffffffffe6
	.quad 0x69a4d1cfdede5afd
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x809e1cfa17eca713, 0x40bc000000000000
	.quad 0x48a3c35b6d407928, 0x18fa709b6ffcfff7
	.quad 0x715d28c73ffffffe, 0xeb1ae9467fdec280
	.quad 0xbda2863dff864080, 0xd135baecc349c820
	.quad 0xbee6da3a3c7d4f66, 0xc06eb2fdba55623c
	.quad 0x80029fe8200724fe, 0x4010800000000000
	.quad 0x31d641b1e93fff56, 0x373aad1af807595b
	.quad 0xc837af9077ab7dd3, 0xadfab5967b8381b3
	.quad 0xeff601ecffcb8000, 0x53b846f357cefabf
	.quad 0x94cd89d1fff4f985, 0xdf1d50e47cbdd725
	.quad 0x1beae51bbf77feff, 0x7f1021427f574c2f
	.quad 0x40a0000080000000, 0x460fa82d8f42a10d
	.quad 0xf0646964dedd8037, 0x8874fe93547f7d0c
	.quad 0x011ae63db0c7dcdb, 0xbf30000000000000
	.quad 0x420ffffffffffffe, 0xed20f84dd6dcc860
	.quad 0x0000000000000001, 0x8006acf9d1e9c53a
	.quad 0xd8691a2ec3bf7ffe, 0xac9cd3a2fbfefcd5
	.quad 0x5a7fffffc1040000, 0xad3bc9818046ff85
	.quad 0x1f7f4ce6793d218a, 0xda8fa85245173800
	.quad 0x75f3fbbd61ef8000, 0x7f8163007fc00000
	.quad 0xbc0e0000627ffffe, 0x8faf213f6f4475ec
	.quad 0x29c43546ddb0cb5d, 0x406000003c9870d3
	.quad 0xc04ae7cb8e7c160a, 0x8e247a8c3e200000
	.quad 0xc098504fffe87852, 0x5fca75ce86127e9d
	.quad 0x5c1632e2ffd75a7e, 0x0f48e0fa40700000
	.quad 0x015011f3f13120c2, 0xbf8ecb048656cc68
	.quad 0x5b7f7d683ec0f800, 0x4116800000000000
	.quad 0xc031f0fbbd08b287, 0xff8000007ff26d82
	.quad 0xb687bc268c3d4800, 0xbc49f57d44c00000
	.quad 0xdecd974eeb13fc49, 0x8010000000000000
	.quad 0x0cd901cd2c7ab977, 0x0000000000000000
	.quad 0x7faf5b12f93a05ec, 0x1f5d6fd16fffffff
seed38:
	.quad 0x3bd7f3380833eea8
	.quad 0x01b4391b8a26862e
	.quad 0x0000000000000034
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xfffffffffffff1d7
	.quad 0x00000000000000f0
	.quad 0x0000000000000057
	.quad 0xe7d420e845fc6ba3
	.quad 0x000000000000010e
	.quad 0x17c6a40782ead0a1
	.quad 0xfffffffffc56389b
	.quad 0x00000000001b2661
	.quad 0x4fd07899bd7713f5
	.quad 0xfffffffffffffcb9
	.quad 0x9df373085176fa2d
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x0000000000000000, 0x8702235b7dff7dd8
	.quad 0xc0e886ffbe6b8e66, 0xaeb56bb2c99ed8ff
	.quad 0x43efffffffffffff, 0xc9bd80005a7fffff
	.quad 0x77ed3bcdd8eddfc1, 0xad3989f852124a3d
	.quad 0x98e7c124361a18c3, 0x800000003fd5cb41
	.quad 0x3f82393c43cd099a, 0xf5a1ac22d0fb48d0
	.quad 0x8008bbc4f2779fbe, 0x4008000000000000
	.quad 0x4000000000000000, 0x7f9a12ccff800000
	.quad 0xff800000017fffff, 0x046c747bbed9967f
	.quad 0xc37ffffffffffffe, 0x817fffffbfb67759
	.quad 0x731344d5ffed6efe, 0xbff998273d149735
	.quad 0xdf000001ffd04f58, 0x8ff398877d60dfd2
	.quad 0x800cffb580e8f993, 0x000e7af702fa6a80
	.quad 0x9250b32ce91b7b8e, 0x0000000000000001
	.quad 0x3fff177ee67ad823, 0xa681598680000000
	.quad 0x1bfc882fff7afab6, 0x771d431ebebd6fba
	.quad 0xff8000007ccfa1a0, 0xc62f6081e4528000
	.quad 0xf611ec3134633a00, 0x401ada522261f0ee
	.quad 0xbea0000045800000, 0xc34fffffffffffff
	.quad 0x9b2bc998fe72c850, 0xa302953cb7bfe4cb
	.quad 0x3fffffffffffffff, 0xfff8000000000000
	.quad 0xc070ee5e1f77037b, 0xb2c50a9b013af371
	.quad 0xe96271fdc1180000, 0x95ce429da11b0f8b
	.quad 0x000aa9aa43a0751c, 0xe8d8ae7d6513d5c4
	.quad 0x0000000000000000, 0xbf728a5131a586f9
	.quad 0xb91764bfffc77e00, 0x4030d2696435548e
	.quad 0xbf07fabb40a767bf, 0x0266f89ce06d3473
	.quad 0x7ffb3e10a57f3edf, 0x9470a1d725398098
	.quad 0x4a47ccc583c4fc00, 0xc10c00007fadc98a
	.quad 0xc2788c1d7f68e96c, 0x51db1e73ffba4f9f
	.quad 0xcf7ffffe3f07cb56, 0xff800000c1dfc28c
	.quad 0x7ff0000000000000, 0x7655d2a1c0900000
seed39:
	.quad 0xfffffffffff4bb12
	.quad 0xfffffffffffffd98
	.quad 0x00000000000003ab
	.quad 0x000af77ef3a20a29
	.quad 0x0000000431aaf0fe
	.quad 0xfffc50f73d176fe9
	.quad 0x6aa951b9467c37ed
	.quad 0xffffffffffffffff
	.quad 0x000000000000000f
	.quad 0x0002bf9022815812
	.quad 0xfffffffffffffd50
	.quad 0xfffffff6b368e01b
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0x0000063784b3da2e
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xe94d2e697ed785f7, 0x7ec67ef89611f22e
	.quad 0xc06b74271267e59a, 0x1f6b2a252ce683ff
	.quad 0xde992cfecbffffff, 0xbe305af142240000
	.quad 0xfff8f6fdf77a5b28, 0x800ff5f3b0eda026
	.quad 0x7f80000080000000, 0xffa6f08248140000
	.quad 0xbd39d5b98b9bd182, 0x656a8963e6ebfbf3
	.quad 0x001068dc8eb75901, 0x7dd2b3409dcd562b
	.quad 0xc6a32c8abbc98000, 0x86fad5dd9bf862c0
	.quad 0x40a80000ffe76d57, 0xffcdc6bf3c421a8e
	.quad 0xcc6ade5dc5287cf5, 0x6c89abe380000000
	.quad 0x800670e656a6185c, 0x3f6000004396905d
	.quad 0x4002000000000000, 0x7ff9591b089bd181
	.quad 0x65e28066fec6528d, 0x62785311ffa97c00
	.quad 0x00000000a91d851a, 0x1cf9fcb3c0500000
	.quad 0x40e0000000000001, 0x3f04393941ff1398
	.quad 0xc0617af1c1061123, 0x40e80000c0eaf099
	.quad 0x28e1d295ae7eff7e, 0x3fb5fb4f5dda9d08
	.quad 0x30566767b3a47c3b, 0xbfe376df51c2f719
	.quad 0x5a000001ffb3023b, 0xff8000005522d2a5
	.quad 0x0000000000000000, 0xc0d80000ff6d4fdb
	.quad 0x66c9ad2d83d58108, 0x5fe76187a3b0bac0
	.quad 0xc33c2e383c295cdf, 0xde04cc3b60d3638a
	.quad 0x7ff6d7e6f8102745, 0x098651ae7f2fa95f
	.quad 0xc01a800000000000, 0x7f80000000000000
	.quad 0x3f7780f59f3d9b89, 0x063dbc9cfbf3652f
	.quad 0xff37fabe415d50aa, 0xbc4dd0262b82af34
	.quad 0xbaf65c1d7e898000, 0x9414da9700000000
	.quad 0xffc72dbe5c26ecae, 0x7f8000003337e2d7
	.quad 0x3f893a9355ad9bb6, 0x632e1352dd7bfbff
	.quad 0x088577f0afd6fca8, 0xc07ffffe3bf10ca8
	.quad 0x7ffa643ad3f74a87, 0xbfa8f1d1fadac339
	.quad 0x543711717b9ca104, 0x7ff0000000000000
seed40:
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffccf
	.quad 0xffffffffffffffbb
	.quad 0x0000000001000001
	.quad 0x0fa68f6c0763fac5
	.quad 0xfffffffffffffffb
	.quad 0x2c738dda4f86a00c
	.quad 0xa9576f477c17f9cd
	.quad 0x00d7f1a5ec7bcc8f
	.quad 0xdb2cc3761c3637a0
	.quad 0x470ef6d74e9f5d74
	.quad 0xdbe8e45079cf0d54
	.quad 0x8000000000000000
	.quad 0x1ef94dcf2bc84df8
	.quad 0x7bddd032df9849d6
	.quad 0xffffffff80000000
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0x2ae8a6044b9c4f42, 0x0cac3f42bddfe6c4
	.quad 0xbfbada99f25bfc00, 0xd0ac3ae9a758d078
	.quad 0xfff7458da74e83c4, 0x9ac2b8b6ff800000
	.quad 0xb0fe92d5febfbbff, 0xd1eda94a7ff4cd94
	.quad 0xff80000080000000, 0x7f80000042dfb82b
	.quad 0x482724ee908ede09, 0x8506163effee3a1c
	.quad 0x98b827247fcef59b, 0x80ac7f92c8c9995a
	.quad 0xc440000000000000, 0x395fa43b6559fcfd
	.quad 0x0003c484c51f8217, 0xaa357950cc87f88c
	.quad 0xa0be4f74702b82f1, 0x7ff50979d2ed56f2
	.quad 0x6da117accbf87fa0, 0x3ff0cd9114892907
	.quad 0x43e0000000000000, 0x262234f2a6ef0000
	.quad 0xbfb202671b2df0c5, 0x16df9466bfb57cfb
	.quad 0x8010000000000000, 0xaa6fc2f45ba14860
	.quad 0x375bb2ba7574d5df, 0xd763c612d98c7a57
	.quad 0x621e507331a7d309, 0x47800001007fffff
	.quad 0x0fdb0a1f3fd3e5df, 0xc0ce8e917f800000
	.quad 0x817261223bc7b391, 0xc088000090f9e304
	.quad 0x44f2f5e541080000, 0x3f7bb5d9c7800000
	.quad 0x146da26ff9ffffff, 0x3f8adf426ce488f3
	.quad 0x807fffff6dd7ccf5, 0xbfece366401652b7
	.quad 0xfff20a9698845eb8, 0xa2a6f5409af97e59
	.quad 0x21dc6ef4173d8000, 0x800de37f06ef1a59
	.quad 0xc06b414a7f800000, 0xfff8000000000000
	.quad 0xff800000efe3d8a6, 0x7ffacf8843c7f55f
	.quad 0x4c55a52a51870249, 0x000d5ed6f5694f68
	.quad 0x7fe37a2840580000, 0x0000000000000000
	.quad 0x40354a5436f143f2, 0x3c550d897cf17e0e
	.quad 0xffa76b5e425bde43, 0xa0a3588bb1619f8c
	.quad 0x7ff0000000000000, 0x00d522c480000000
	.quad 0xc114000042d55b24, 0x802621df515fbea7
	.quad 0xfff4221436309626, 0xff8000003d5747c7
seed41:
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x4303e1b1b641f326
	.quad 0x174786441452d920
	.quad 0x00000000000000cb
	.quad 0xcdf20c9bfbcad15c
	.quad 0xe69496bba6f28507
	.quad 0xfffffffffffffd5d
	.quad 0xfffffc35af529975
	.quad 0xffffffffffffff34
	.quad 0x0000000000019a9d
	.quad 0x0000000000000231
	.quad 0xd437cb3198cd9666
	.quad 0xfffffffffffffcf8
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0xff80000080000000
	.quad 0x3fa00000f8b4385a, 0x423d1c847fd5beed
	.quad 0x3fd00000be1aa504, 0xfff0000000000000
	.quad 0x26ed15dc4ff9fdbf, 0xbf9da3a55ad155b9
	.quad 0xf50ca5eebde6fc00, 0x7fa6f497b2156ddd
	.quad 0x48700000bdc00000, 0x3fccc88fe2745273
	.quad 0x00ffffffff800000, 0x4019b16f5f13a19e
	.quad 0xc01b000000000000, 0xff7fffff977d79b4
	.quad 0x3ecad3bd74dafe00, 0x3ec9140c00000001
	.quad 0xf272497bf9d87fc6, 0x000fffffffffffff
	.quad 0xbe78dcc83d444c59, 0x8000000000000000
	.quad 0x7f0000007effffff, 0x7dead8b7cb253c19
	.quad 0x41ddf6f9febff138, 0xf47e5e2a0a7cc7f5
	.quad 0x65a141a8ffb7f33e, 0xfdd093ec0446f8c9
	.quad 0x7ff65202d6cd4559, 0x3fa60c0d921a71bb
	.quad 0xfeb0269cfd46ff9d, 0xb8490a3effdaa2b9
	.quad 0xff80000077dff3a1, 0x388000007f800000
	.quad 0x1b943f84ffde7020, 0xe7e39affa86e2244
	.quad 0x652d9dc403090000, 0x41e8217d9fb3d7e6
	.quad 0x007fffff42e0715f, 0xa57fe5d69e7a2734
	.quad 0x3854d46cffd7fbf2, 0x90610baa7bbfdf7b
	.quad 0xffdfffffffffffff, 0x7e2538fea7ffa82b
	.quad 0x016ca8757f800000, 0x031f15d4c5baf060
	.quad 0x7ff0000000000000, 0x7b301c6c3bba0522
	.quad 0x807fffffff800000, 0xb704000000000000
	.quad 0x8000000000000000, 0x038c63e1ae0d0c19
	.quad 0x27090f48180a3940, 0x5bdc2b15ff8adfff
	.quad 0x1904d1a342e582b7, 0x8000000000000000
	.quad 0x0856c7d74a650bc0, 0xca958dafc0c80000
	.quad 0xf7fad0a6bb654080, 0xfc679141a240780c
	.quad 0xfd20b4de6e49356c, 0x7f80000040000000
	.quad 0xbf7b074cb5752034, 0xb8bcb8a2ffbfb76f
seed42:
	.quad 0xa5d05b107be83b38
	.quad 0x57f7c4809bc1a126
	.quad 0xfc86a5c9b24a39d1
	.quad 0xffebe06b3442e053
	.quad 0xffffffffffffffff
	.quad 0x09b484b279d4cd44
	.quad 0x000000000000019b
	.quad 0x6c01e969316a7924
	.quad 0xffffffe3dc766a8a
	.quad 0x0b20aa23e87e42d3
	.quad 0x0000000000000000
	.quad 0x00008c7a54fc4e57
	.quad 0x000000000000007e
	.quad 0x000000000000603a
	.quad 0xfff916ed6129bc4f
	.quad 0x7fffffffffffffff
	.quad 0x02400000
	.quad 0xd0000000
	.quad 0x3ff0000000000001, 0xc03b9e4bfcd0e0ea
	.quad 0xffb94aa540a00000, 0x270e29c531139800
	.quad 0x3f7215376ea19d9c, 0x80057f23fd0745e9
	.quad 0x08b44fa8f7fe6fee, 0xffa2b5608a15bc90
	.quad 0xc04000007f9e4dbf, 0x7f80000043647f45
	.quad 0x70488341eb694ce0, 0x35f1a1a800000000
	.quad 0x0000000080000000, 0x65095360907f7bff
	.quad 0xc84000003b95a65b, 0x9141f22b61e9900d
	.quad 0xc0d80000bfa00000, 0x3fd0000000000000
	.quad 0x7fff7770b2a130ec, 0x800e6a6d6976283f
	.quad 0x73653e20672c6a21, 0xc206704800000000
	.quad 0x7d909ae5c1c7391e, 0x8c0e4a9a80000001
	.quad 0x2b9c35efb0d7c355, 0x32e02804bffffffe
	.quad 0x85c034eb841b6c0f, 0x9273d5f83b22a421
	.quad 0x3e5e4f8900ef2dcd, 0x7db3cbf73c32c92d
	.quad 0xfffc5c903010e94a, 0x8a945396ffbffecd
	.quad 0xbd5300006c523f80, 0x7efb298792c5c99c
	.quad 0xf88c59f3bdbc3ee7, 0x6faaa262c1d79d5f
	.quad 0xf7804319d3bae20e, 0x00000000060e68c2
	.quad 0x7ffab8f63f2edaa8, 0xfff6b47b84ec79d0
	.quad 0x77e5df5aff800000, 0x293ffe4dfffcf5fe
	.quad 0x7f2361b03ec00000, 0xf2bded8af65ba640
	.quad 0xbfbb040649ac885f, 0x800fa7a4be47cfe1
	.quad 0x90b2271bfdfbfacf, 0x5c5dd6acd2552d49
	.quad 0xc00c000000000000, 0x3fd835ffd9fc4c44
	.quad 0x4104000080000000, 0x09de9089e77fffff
	.quad 0x0b608dee4a7dfce7, 0x6e64f7e7fffdffdd
	.quad 0xffc00000ff904512, 0x8dc352ff5fe9fe1a
	.quad 0x011aea7feba77ff7, 0xff80000080800000
	.quad 0xc1afb38d927fbf61, 0xeb481451ab158000
	.quad 0x8000000000000000, 0x807fffff7fc00000
	.quad 0xc002000000000000, 0x7fc00000ffe775eb
seed43:
	.quad 0xb8476102a554e06e
	.quad 0xfffffffffffdbd89
	.quad 0x2c75d7eb3aa64964
	.quad 0xb69f45d799d5cb38
	.quad 0x00000000000003e4
	.quad 0x000000000002763c
	.quad 0xffffff7d2b3249a5
	.quad 0xffffffffffffffff
	.quad 0x000000026f196b61
	.quad 0x0000000332a1742c
	.quad 0x00000a374860b7e9
	.quad 0x00001229e6bf16b7
	.quad 0xd0750ff9ee6cbdd3
	.quad 0xffffffffffffff97
	.quad 0x4d0ad985e67af269
	.quad 0x7fffffffffffffff
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x680797b23af07b0b, 0x1ceffdb0e7ffffff
	.quad 0xe5f31e5cf495b93d, 0x405a5c3b68f67048
	.quad 0x9ba7a7adcff0e6cd, 0xc03fc755db8afc43
	.quad 0xbb4f7f45fffef6ea, 0x4f7ffffec7000000
	.quad 0xf67cb962dcfb8446, 0xffc00000817fffff
	.quad 0x42d02d21de79fbff, 0xb0b56a4ce8be7400
	.quad 0xf36b4ffb871e2077, 0xfff27982d662df39
	.quad 0xffdcd1d4739100d5, 0xd89564ff86ce0000
	.quad 0x7f800000ecf37bef, 0x544abb506e233454
	.quad 0xb031ac2448bf4a5f, 0x4305d027ff896ee9
	.quad 0x0581057f7620229e, 0x4018000000000000
	.quad 0xc0260000f33c8803, 0x97b54875d8101c8e
	.quad 0x00000000feffffff, 0x4023800000000000
	.quad 0x3f863a300d335dc9, 0x7f08aa05bfc00000
	.quad 0x1ac7fb8a514bf7ff, 0x000000007c3d99c9
	.quad 0x0016e0dabb1f065b, 0xd47ffffe40100000
	.quad 0x8155131919047eca, 0x80ffffff803fda6c
	.quad 0xc3563838c30a0000, 0x8ef33d8ef37d8000
	.quad 0xbcf33c01bdbffa52, 0x8000000000000000
	.quad 0x8fb699de4fe779df, 0x38cab1554edfd5ef
	.quad 0x7c572148ff800000, 0xda00000080000000
	.quad 0x889f6aeebd4e38c0, 0xf07e064600000000
	.quad 0xc10e200000000000, 0x0020000000000000
	.quad 0x0000000000000000, 0x8b3d0e47e0cc1029
	.quad 0x8465c1f0d2e1f88f, 0xc3f0000000000001
	.quad 0x800d99e5c2c62503, 0x94b48e8a6af75764
	.quad 0x88f3cc6746844125, 0x8007dcda2c411301
	.quad 0xfff0000000000000, 0x0cf54c008083d70e
	.quad 0xb415e2f590b6ffbd, 0xcf800001400cb46f
	.quad 0x16f442677eb6fc00, 0x8329db19541be251
	.quad 0xf6c295beff97bc26, 0xff9010b868b48800
	.quad 0x34f9b819805556bf, 0xb1fabef4931ca100
seed44:
	.quad 0xfffffffeaea9ec4b
	.quad 0xfffffffe1484829a
	.quad 0x000000000000035a
	.quad 0xf82b191a0cbf163f
	.quad 0xffffffffdbf29d77
	.quad 0xdfa4e73592b735ea
	.quad 0xfffffffffffffccd
	.quad 0x0000000000000317
	.quad 0x0000011aeba90a3c
	.quad 0xfe0352c143b10551
	.quad 0xffffffffffffb7ff
	.quad 0x00000000ffffffff
	.quad 0xfffffffffec79063
	.quad 0xae8a60a69d651073
	.quad 0x0000000001000001
	.quad 0xffe42468379e58d4
	.quad 0x06800000
	.quad 0x80000000
	.quad 0xb4ab78171af0552e, 0x800c19d637d1802e
	.quad 0x7eb3954ae4becd57, 0xafd9e4e3fffffcdd
	.quad 0x312bd58f123b7c2a, 0x9df655c7e72b37ad
	.quad 0x3fe7600000000000, 0x00a53281f6f7fbbb
	.quad 0x002f02cb71fd1409, 0xbc52e00c7feebf85
	.quad 0x803a6b88007fffff, 0xf0cff25e8a6ec297
	.quad 0x410a000000000000, 0x7ff20a878840c03d
	.quad 0xffda51a543c4beab, 0xfe80a381c7800001
	.quad 0x7ff0000000000000, 0xc020000000000000
	.quad 0x8000000000000000, 0xc322f57c7d02a504
	.quad 0x417ab208ffdfbaed, 0xf22fafbd00000000
	.quad 0x7ef7552fff800000, 0xbdc00000ff93f8d4
	.quad 0x7ff0000000000000, 0x827ce0abe6104fd3
	.quad 0xc76de34760dda854, 0x8000000000000000
	.quad 0x54d3747bdbe3e5fe, 0xbf000000425ec72d
	.quad 0xc058920afcd8fdff, 0x007fffffff61e092
	.quad 0xc3fdd95679422894, 0x24ae985cfd517e4d
	.quad 0x1dff14c4bb64d350, 0xfff0000000000000
	.quad 0x96379d144cbeb870, 0x476a7e37fe7c5a60
	.quad 0x38d400001ce73b88, 0x246ffcdd7ffffea2
	.quad 0x2f89c237b7bffdf7, 0x435b7a87417d7f89
	.quad 0xec7df227cb84fc00, 0xc0556e22f15a7c3c
	.quad 0xffffb20cc0e4ec3e, 0x3b3a2d27d672fe00
	.quad 0x3f340453ff800000, 0x7ff2f2787258a0a6
	.quad 0xd2334ee0be1a9b3f, 0x4700000080000001
	.quad 0x0844ad4ffe386017, 0x7ff170c8f154fc49
	.quad 0x2d9fba5817d6a409, 0xb8300000017fffff
	.quad 0x8000000000000000, 0x84925d4dfe7bcf97
	.quad 0x4c524e759fbffbfd, 0x441ddb3c12ffd83a
	.quad 0x411000008bd20f2c, 0x7fa041ab43b3ff46
	.quad 0xb58440a06d66dd1e, 0x8000000000000000
	.quad 0x6dc4f3c47febffff, 0x371c3e7ec4874900
seed45:
	.quad 0x02452d11fdacdffe
	.quad 0x0020000000000001
	.quad 0x4f383b56f8a3f362
	.quad 0xffa4a42271dff011
	.quad 0xc497ef8b70515a82
	.quad 0xffffffffffff45ac
	.quad 0x000000000000003e
	.quad 0x0a060c482af15019
	.quad 0xd50e8f8a7fedf016
	.quad 0xffffffffffffdc41
	.quad 0xfffffffffffffe13
	.quad 0x00000000000000b2
	.quad 0xffffffffffe75bc1
	.quad 0x0000000000000097
	.quad 0xc9476ef28c1ae5c5
	.quad 0x47a8483544e7db9d
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x001fffffffffffff, 0x01e508a0ffd782f7
	.quad 0x7ef4f6ea837cda38, 0x63abac5bff627e62
	.quad 0x7dca10af4adb562b, 0xec6bd9b5519793d1
	.quad 0xa381f153c5c84778, 0x878e3d6de606cfca
	.quad 0x7fcea18941b90568, 0x4148c1d73e871db2
	.quad 0x06afe24ec2400000, 0xff80000042c8659c
	.quad 0xc1db4d03ff800000, 0xd15d74c66958cd9a
	.quad 0x7d4a2d4940e40000, 0xbbb268b380000000
	.quad 0xbfc5000000000000, 0x800d66bb3b6d5b35
	.quad 0xc0556a3e67f82633, 0x40308151dfa29a07
	.quad 0x4ce339bc2922b1b8, 0x15e167b84deaf280
	.quad 0x783953ae7efa7eff, 0x7ff6c5c0aa657a5a
	.quad 0x89c125b5901d1fbc, 0x7ff0000000000000
	.quad 0xe228dc7591540000, 0x7ffa059e7597d455
	.quad 0xcda4ed30f7570e81, 0x39fe1ead3dfffdbe
	.quad 0xc0540685e19aed5e, 0x01b27009aff30f6a
	.quad 0x19c60d9200000000, 0xc128000000000000
	.quad 0x7fc00000beb60676, 0x800b5bcf9100359d
	.quad 0xa35f19ab5cd82853, 0xc0d000000024f26a
	.quad 0x56980c19de6bd498, 0xbe6e633a7f864286
	.quad 0xd1668e74bf000000, 0x4059a03016238162
	.quad 0xc00b0b767bcfa129, 0x4f00000192ef0f95
	.quad 0xbf8000008932f908, 0x42efc06affa069da
	.quad 0x8000000074e56638, 0x5619775d7fccd4a0
	.quad 0xd2a20dd66822dac6, 0xb08fe7fbff1ecf4b
	.quad 0x7ff0000000000000, 0x441fb0c5f5fc22fe
	.quad 0xc065021a815ca079, 0xff97121a35f00000
	.quad 0x5313d1119dafe365, 0x3fbac53c0d2397a5
	.quad 0x00ffffff40a80000, 0xe791141b910dc25d
	.quad 0xd985709b770ffc18, 0x7fc00000ff7fffff
	.quad 0xaf1889a5ff4afa67, 0xd7d2af4fc7b7755f
seed46:
	.quad 0x00000000a8facf81
	.quad 0xfffb49d8aa385373
	.quad 0xc9ca206e5895b5ec
	.quad 0x7cdbe89bac42e1ee
	.quad 0xffffea9b5cdab58e
	.quad 0x0000000000000001
	.quad 0x3370b126477ce0b3
	.quad 0xfffffffffffffd42
	.quad 0xfffffffffffffc1c
	.quad 0xfffffffffffffc8a
	.quad 0x0000000000000001
	.quad 0xf0880474ed4bc68a
	.quad 0xe594c30dbb29fa98
	.quad 0xa57eb66a00e4f32e
	.quad 0x00000000000001c0
	.quad 0x00000000000154e7
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x00023f489f1cc893, 0xfff8000000000000
	.quad 0xff957045bba00000, 0xc3f0000000000000
	.quad 0x40384d520614d854, 0x299cbe49497dfb7d
	.quad 0x000ff04195cbda6f, 0x089519793110b34b
	.quad 0xee0770bdbc37ff6e, 0x5d28f48a20259097
	.quad 0xffe17670162f283b, 0x0000000000000000
	.quad 0x431172877fee5047, 0x000000003aea0000
	.quad 0x8000000000000000, 0x7f88cbd4ed059b5c
	.quad 0x8000000000000000, 0x606e2aca9985d107
	.quad 0xfff0000000000000, 0x8769cae4ffe47c00
	.quad 0xbf990000ff8cbb07, 0x422613d0a47abc00
	.quad 0x41db28e17f84ea1b, 0xfff4c1aa7636c6e0
	.quad 0xdab83db881c20001, 0xbfdc000000000000
	.quad 0x7ff8000000000000, 0x927045c9017b676c
	.quad 0xa7f005bbf37cffbe, 0xf4f18062f74ec830
	.quad 0x79df9cd040500000, 0x3fa031ffe65a0902
	.quad 0x1754ac1dd3d37c00, 0xecf9ce757460ce44
	.quad 0x3e940000cf800000, 0x46e6bd77c6eff7da
	.quad 0x7fe677922badfdf7, 0x037ca2934a1e04e4
	.quad 0xc3462a4a4f6f8d4c, 0x7faeb08b80800000
	.quad 0x2b6e78dfcfcb7e85, 0x8006423dc55d07c4
	.quad 0xc6c0000040ac0000, 0xff800000c396bfd0
	.quad 0x1b2934acffffbc9f, 0xff369d0c8cc17e00
	.quad 0x80000000ff94e43e, 0x41140000bf8d8000
	.quad 0xc03b948967fe2d12, 0x7ffcfa921bfee647
	.quad 0x8faa9645d482f777, 0xad3c0b01e2630208
	.quad 0xfacb8cb11cf4fcf9, 0x007870a3c10c0000
	.quad 0xfff0000000000000, 0xc70f9938040dce0a
	.quad 0xb58d6a3fc2314167, 0x7fa1edb273a71b39
	.quad 0x0020000000000000, 0xbf72ac33856179a6
	.quad 0x25b1d4387925cfed, 0x007fffff7f856320
	.quad 0xf249ef5c7f7fffff, 0x4e4b202b7fa3b1a3
seed47:
	.quad 0x00000000000002c2
	.quad 0xfe248d96fc615331
	.quad 0xffffffe3d09e46e5
	.quad 0xffffff75a2a9f087
	.quad 0xf7923c740d43889f
	.quad 0x000000000e9ab23f
	.quad 0x7fffffffffffffff
	.quad 0x00000200c404775f
	.quad 0x0000000001000001
	.quad 0xcb15aaa5d6bcd98f
	.quad 0x255bde23c2e5068a
	.quad 0x00000000000003f4
	.quad 0x36326527832e7499
	.quad 0xffffffffffc2bf9e
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffd2
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x80000000ffa7c036, 0x516cb2ae322358a0
	.quad 0x22b2e46bfe6efffd, 0x6196fd23808de109
	.quad 0x42c2a5fbb50a9674, 0x8950d142f797cc1b
	.quad 0x75c38d517ff59ab2, 0xfff2b287eb7bd258
	.quad 0x001fffffffffffff, 0xfff8000000000000
	.quad 0x8b60eed5e2aa5184, 0x1b3beebe13d7214d
	.quad 0x82e8ce1d0a2681dd, 0x525e51cd2a766ec9
	.quad 0xff80000000000000, 0x3bfa28af7fb87f80
	.quad 0x7fc00000c0ac0000, 0xdf7ffffffcc71694
	.quad 0x3eed500000000000, 0x80096336e63b3077
	.quad 0x0435f0eccfd97f3b, 0xfff771fed943bb02
	.quad 0x40435b9f4073d801, 0x34da972066d6f973
	.quad 0x7fefffffffffffff, 0x1c5c0ded8f9aeffe
	.quad 0xfffb1d971dadeb11, 0x128957d67fafc3fe
	.quad 0xfe3b49b88cd24323, 0x1b6566c0bfa07f5b
	.quad 0x401f000000000000, 0x739b93fbff77ffd0
	.quad 0xd56e5089bfddefaf, 0xcf39bb6a1463b66f
	.quad 0xc840000080400000, 0x40e0000000000000
	.quad 0xcb0cef300f67ff88, 0x720428aa3e980198
	.quad 0xfff0000000000000, 0x00000000bbff7467
	.quad 0xf620c944e3affe2f, 0x7fba6ce7fcf6c5be
	.quad 0x00b1be6e41cfbdce, 0xe5e8578990cafc00
	.quad 0x9503aa88bcee1f85, 0x2376d9331ad2c1ce
	.quad 0xdc6b672c85e9fc00, 0xc1a00000c0980000
	.quad 0xfff0000000000000, 0x7e7feb714990b17e
	.quad 0x40f8000000000000, 0x410000007f8644ac
	.quad 0xff000000ffc00000, 0xd5aa74b941273a68
	.quad 0xbb26373ddfffffff, 0xcd1cfa59a7b7b1bb
	.quad 0x40200000b9580000, 0xda000000af696979
	.quad 0xbfec400000000000, 0x64b7e245e951f800
	.quad 0x135fd3bcdfbd7c00, 0x672862c3ffcd46b7
	.quad 0x009e48147fc00000, 0xffefffffffffffff
seed48:
	.quad 0x0000001cbac2de6e
	.quad 0x06eaf4c7f2b75dc7
	.quad 0x53b32279339a93b3
	.quad 0x9fc5d25f2de47387
	.quad 0xffffffffca93c2ff
	.quad 0x498accafa6d7919b
	.quad 0xfffffffffffffc3b
	.quad 0x00000000ffffffff
	.quad 0xffffe757f85bb7de
	.quad 0xffffffffffffff52
	.quad 0x000000000597e96c
	.quad 0xaee0e3a063bd4b95
	.quad 0x0220a20a6d59f9bb
	.quad 0xffe961327436b859
	.quad 0x0c6f86566677624a
	.quad 0xffffffff80000000
	.quad 0x06400000
	.quad 0x20000000
	.quad 0x816532040049afb3, 0x02dc93ff8afe6f7d
	.quad 0x15bc9b16bdf4ff7d, 0x4016800000000000
	.quad 0x00000000bf7b8a21, 0x22e8cb9ddaf74860
	.quad 0x7f3e625a34119c17, 0x7fba1032c1200000
	.quad 0x751ec84940f7fc67, 0xc0dadd27ffffffff
	.quad 0xc03b000000000000, 0x7f800000c4800000
	.quad 0xb78cf290209eef26, 0x2c3598acf64979db
	.quad 0x0cd782faa34c56b1, 0x9d6605038b3b62ab
	.quad 0xb0bdd2da7896036c, 0xd844dfa45f203c01
	.quad 0x8000000059ffffff, 0x6178c2442cf2f7fc
	.quad 0x43df4f82d0a376a0, 0xd5c5e2eea2c87b33
	.quad 0x002ab81e80000000, 0xc0aa000000000000
	.quad 0x0010000000000000, 0xbdb0942980666299
	.quad 0x85bc67918f717e00, 0x7ffd0139de09f0bf
	.quad 0x3f79dd5d79a9b508, 0x431d55e47fad7f03
	.quad 0x7f87e332bfa00000, 0xd13af236c282af56
	.quad 0xe9de9c6cc1aafc00, 0xd266b1789f6d7d9a
	.quad 0x44e4ad80fbf7dfcb, 0xbffda3ae8f052294
	.quad 0x885964187fe79b6f, 0x3d60000040ed0cd2
	.quad 0x7f77339c96fc505f, 0x2ed917fbbfb75c7d
	.quad 0xf8ede4387fa7af20, 0x7ff66d2cdc81c8ac
	.quad 0x8841be5a8052a296, 0x80415bfcc0234a38
	.quad 0xfffc8bef0b400c0d, 0xbc4994a77f85f895
	.quad 0x5f0000001c287ac5, 0x0f557470edaf020d
	.quad 0x31f37043e7d7dfab, 0x4131cb6b57ee04ca
	.quad 0x0f3364803ffcff26, 0x12e85f59e3407c00
	.quad 0x91b74bd379f9ffd4, 0x7f0bbdbeffc00000
	.quad 0x5ee446a97a4bcbc2, 0x8136e67b00000000
	.quad 0x40b80000656ba7b5, 0x8000000000000000
	.quad 0xc3394316bfba7886, 0x40e75490b063c82b
	.quad 0x893e7e9c401471fd, 0x020797a854dfff7c
	.quad 0xbedc6d15fffb3e5c, 0xf1a6edc220e1d441
seed49:
	.quad 0xfffffffffffffd1f
	.quad 0x0000000000000001
	.quad 0x13c598a8e3747532
	.quad 0x0000000080000000
	.quad 0xfffffffffe26b84c
	.quad 0x0000000000000001
	.quad 0xffffffffffe097db
	.quad 0x04f2f1b7724173be
	.quad 0xa57609aeb0ad7378
	.quad 0x00001707ae6fd762
	.quad 0xd05201005f8b7483
	.quad 0xfffffffffffffd12
	.quad 0x0000272de63536f1
	.quad 0x0000000001000001
	.quad 0xfffffffffffffffd
	.quad 0xffffffffffffffcb
	.quad 0x02000000
	.quad 0x40000000
	.quad 0x433fffffffffffff, 0xff80000092c61b66
	.quad 0x81139b19888cf49c, 0x4ab79fadfedeffbf
	.quad 0x800000009011ed74, 0x100502237c4343d7
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0xed9bb4ae9965a869, 0x7f800000bf800001
	.quad 0x79677e9ebdfe7ddf, 0x79120f807ef5279a
	.quad 0x3f975d0fef5b6125, 0x7c8755bc55d77c27
	.quad 0x4390000000400000, 0xa2ff1de5994ffffd
	.quad 0xc021800000000000, 0x0c5d302a417fffff
	.quad 0x38722fcc08334ec0, 0x0000000000000000
	.quad 0x41200000cc86e547, 0x7a007cdc1d58768e
	.quad 0xc062ed6ab8744a03, 0x8a6df1b970dfd4aa
	.quad 0xe33c2934ed7fbe3f, 0x3fd04bc891dedb49
	.quad 0x7f800000c77fffff, 0x7effffff9abc2ee9
	.quad 0x5c373106b7dafdfd, 0x81000000ff800000
	.quad 0xc2be0d7cc1a08d31, 0x57c458e7f3f7b7b6
	.quad 0xd3ac2220dcde27de, 0x04f5ac493dd40000
	.quad 0xb6a0000000000000, 0x834d81b3509ffbe3
	.quad 0xc249aaafcf138000, 0x0a8ebe7dc77fffff
	.quad 0x40513a5e4ac37108, 0x3fa12671323674de
	.quad 0x655e7cb7ffbffb8a, 0xc0020011082fa066
	.quad 0xd874e340ffb4a3d1, 0xdb3e264fc9d0f880
	.quad 0x331b94bb9b867800, 0x7d699e12c7bbf6cf
	.quad 0x23edd7c751867ce4, 0x6ab2e55525a3abbd
	.quad 0x7f8c4b2a7a8947dd, 0x7fe125fb2ac0325f
	.quad 0x7fe0000000000000, 0xbf9a5ea1ec376e2f
	.quad 0x7fa33da0d59151b6, 0x4135000000000000
	.quad 0xd79f1491977276f8, 0xfdfd32fbc9434ac0
	.quad 0x46ca6cd0cc5b705e, 0x1082e63b7f9fde6c
	.quad 0x19c401a6ff9dfcfe, 0xea2a3f75ff9ed1a6
	.quad 0xc021800000000000, 0x7db6d7d37f76bf7e
	.quad 0x7f80000080000000, 0xbba6953a41bccbf2
seed50:
	.quad 0x000000000034f85b
	.quad 0x846e1e035b88ca88
	.quad 0x352b31471c368476
	.quad 0x6cf8f11725c4e196
	.quad 0xff000a13caf94c2a
	.quad 0xfffffffffffffe1a
	.quad 0x351fcc887ab4ea2e
	.quad 0x892ad89fa424c4d5
	.quad 0x0000000001000001
	.quad 0xffffffffffffffab
	.quad 0x2639ccbb79d711f5
	.quad 0xfffffd91da4fa777
	.quad 0xfffffffffffffcd5
	.quad 0xe5f9ac6b1e83c051
	.quad 0x0000000000000001
	.quad 0x9f863ef7b702bce9
	.quad 0x06800000
	.quad 0xe0000000
	.quad 0x800000007f08361b, 0x3692a960bafbc7ff
	.quad 0xbf228e4e5257ea03, 0x000000007f9f1f8f
	.quad 0x87d50cc3fea30f23, 0xe2e3545cf363fdbb
	.quad 0xfb170d861385f2e8, 0xf96079dd8cd71dbe
	.quad 0x3d910b8f59a94720, 0xdf9205dca9503380
	.quad 0x43e0000000000001, 0x3c1d65876b29bc37
	.quad 0x4e007b861f978000, 0x002fffffffffffff
	.quad 0xffc0000080769161, 0x01f5861c0dfc7bff
	.quad 0x7ff0000000000000, 0xaff3b6c65fee50a3
	.quad 0x7d9abeeaffe664da, 0xbff0000000000001
	.quad 0x6e7a1c527dedb737, 0x8000000000000000
	.quad 0x3a63ff29807fffff, 0xc027ac3814b9446e
	.quad 0x2d0791ca0043093e, 0xc736680306eeb98d
	.quad 0x7ff5964b5340a3b9, 0xc03a330ad3ed580d
	.quad 0x9eb3401d3033a3f1, 0xad197cb6ff9373e7
	.quad 0x4af913443a5c23a8, 0x94923c92def87a80
	.quad 0xaa7f451169428000, 0xe0efff8456117c28
	.quad 0x801a9a2780800000, 0x410c00008000af2a
	.quad 0x7839760ac11448f2, 0xc04b1afd1d15f6e6
	.quad 0x315131d0ffc15aa8, 0xa0bb400bf9e3fe7f
	.quad 0x407b471c2a1d2321, 0x68afeb6ff7a7ab7e
	.quad 0xa924ad1e9b3c7e00, 0xcc8d92bffcdb8b94
	.quad 0x33ab33fbffffb7ef, 0x2afbabbfbfffedef
	.quad 0xfff8000000000000, 0xff800000c6060000
	.quad 0x43dcfd6a43ad5fe2, 0x6ca9963e029ffe4e
	.quad 0xc014000000000000, 0xdc04189180e0c5c0
	.quad 0x698c263dc157c93e, 0xa72f81aa831b7c23
	.quad 0xf0ea6f6476ffffff, 0xff98f957fd427484
	.quad 0xab63a85c31d17c00, 0xfff50cf1a835d19b
	.quad 0x36450000cffffffe, 0xffd416de1d6c1c99
	.quad 0xac3f9f5280a02198, 0x7f800000fe2b7ee9
	.quad 0xe405333200000000, 0x7ff020a8ab238e14
seed51:
	.quad 0x7fffffffffffffff
	.quad 0x93221871f4e26892
	.quad 0xffffffff80000000
	.quad 0xe8ae713a9cc1ea0b
	.quad 0xfffffffffffffff2
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x0049cfc07ae844c5
	.quad 0xffffffffffffffff
	.quad 0x6ece30e12362c522
	.quad 0x0000000000000047
	.quad 0x7ef167884500121c
	.quad 0xffffffdaa1b3ce55
	.quad 0x095a00e1aee467b3
	.quad 0xffffffffffffffed
	.quad 0xffffffffba73aa46
	.quad 0x02400000
	.quad 0x00000000
	.quad 0xbc59ca557fbed15a, 0x96d8738400d0efc1
	.quad 0x40b00000821b2309, 0xd45e280859fffffe
	.quad 0x804bafba4045fdba, 0xffc0000047089d20
	.quad 0x7f4a721ab6f68123, 0x43080000ffb3cc18
	.quad 0x3fc10000802d7e61, 0xe1860ce31fbe7fda
	.quad 0xbd5df7edc5bc0000, 0xbf925b77d9864a92
	.quad 0x897869424c711153, 0x2393cc60d759778f
	.quad 0xfff200f921e3a9d0, 0x7a47b878bbf54b22
	.quad 0xff8ba48e37db0000, 0xffdfffffffffffff
	.quad 0xfe0de881ffc00000, 0xd7afd395f9ffffff
	.quad 0x7801f028007fffff, 0xf7fbc82c4d5a9ce4
	.quad 0x852c591d7f000000, 0x9ae0d5964bdf7e00
	.quad 0xcd43a680eb690000, 0xa0e3193d6395b992
	.quad 0x91b4990ec2441c21, 0x31ce0de810a80177
	.quad 0xc336b2e3bcffa42c, 0x90c9e8f9bef7edcd
	.quad 0xff9162c6ff88145d, 0x37cc5e89bdfdf9f9
	.quad 0x804d590c802250e0, 0x7a1aa930ffffacfc
	.quad 0x8000000000000000, 0xd500000140229272
	.quad 0xbfbe613e7e63facc, 0xfff448e6d79df8ae
	.quad 0x40e2bab506ab043a, 0xc000000047800000
	.quad 0x007fffff429c0cc2, 0x7ff8000000000000
	.quad 0xc0f76a324bb31d13, 0xfff95490b48527c9
	.quad 0x7b2061f97f800000, 0x058591f6e9391cc0
	.quad 0x7fe699a94aef64de, 0xfff0000000000000
	.quad 0xc8288c8308630000, 0x3f66000000000000
	.quad 0x86d6d18f974d21a8, 0x00c2c78432ba54b8
	.quad 0x000797f775cd38e0, 0xffa31c8da9413ff7
	.quad 0x3c956d903fbaffda, 0x3bb3837437ebff8e
	.quad 0x3fbc000000000000, 0xde1e9b39e229406e
	.quad 0xfff52d1cdcdece95, 0x3077649936e7b431
	.quad 0x4d2e5880fc372104, 0x7f80000080000000
	.quad 0x9ddd3185fffafbff, 0x8efd992b40480000
seed52:
	.quad 0xf051823f509e0358
	.quad 0xff012027cd5ae62a
	.quad 0x0000000000000244
	.quad 0xffffffffffffff7c
	.quad 0x000000000000018b
	.quad 0xd36b716f7dd1efce
	.quad 0x299f74503c972c5c
	.quad 0xfffffffffffb8835
	.quad 0xdf8e66127a4e7f92
	.quad 0xfffffffffd72f62c
	.quad 0x0000000000000211
	.quad 0x0000000000000169
	.quad 0xfffffc82a7139d34
	.quad 0x80982fe76338b8c3
	.quad 0x0000000000000361
	.quad 0xba8704d3aa44ece9
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x08b7e86c78f5fe00, 0x794f7048807fffff
	.quad 0x7fc0000048900000, 0x35820bdd8841113a
	.quad 0xcf76683a7260f63a, 0xe8f5c298ff9fefda
	.quad 0xca6128dbe7fb7d94, 0xc488e11f477ffffe
	.quad 0xc114000080fd7efb, 0xfdf3cf5a4e2ff0c7
	.quad 0x00c3fd781139643f, 0xbd85a6208ce93afe
	.quad 0x9e7b72bdffbb7f97, 0x7fd93245055a020e
	.quad 0x3f2fadb3ffb54f7f, 0xff95c7ddff5345bd
	.quad 0xfdf8336472625e62, 0x307fa210ffabf2eb
	.quad 0xc01e59581ade6fa3, 0x97bb4b0ec39db9c0
	.quad 0xdbefd9349b845b75, 0xe3377a2738dffc47
	.quad 0xfff7c84fc6109d93, 0xf104ac45c72f7def
	.quad 0xbff0000000000000, 0x81dfcc284f8ea471
	.quad 0xf959f4c0683ad0d2, 0x40b0000047800000
	.quad 0x975fa4feffbd7f7f, 0x7fa8257f7fc00000
	.quad 0x211de720bbce3fef, 0x3794517aebd3f91b
	.quad 0x5c4db90ddf360200, 0x7ff0000000000000
	.quad 0x6d90c3b2c2a7dc25, 0x4389f04780000000
	.quad 0x4024f87c647d2865, 0x994aa0edcba88600
	.quad 0x00400000bec2d701, 0xfcb2e0783dae38b2
	.quad 0x54f48d88a1b5bd6f, 0x401c000000000000
	.quad 0xbd844c8ec213b09c, 0xb76857e5ffeafded
	.quad 0xc0002eb8f1238cf7, 0xfff3e3e26794610f
	.quad 0x3ff6da047ec8f459, 0xfdc694e11de4717d
	.quad 0x7ff4e93bf012e6f9, 0x1e7a13306c86dfaa
	.quad 0xa3fde928ffa4c082, 0x7fca5e8e40fd32ec
	.quad 0x5a897a22bfef7dde, 0x7935b41c3fc00000
	.quad 0x7da6fa25d5b69236, 0x8000000000000000
	.quad 0xfb997a0ac2738f45, 0x7ff0938057f68817
	.quad 0xb40719b21d50cd12, 0xd1ba1a59fb15e95a
	.quad 0xa907d56cbebafd27, 0x7f80000057800000
	.quad 0x0018bef2432bb05f, 0x618ed65851ed0afb
seed53:
	.quad 0xffffffffffffffee
	.quad 0xffffffffffffff4b
	.quad 0x0000000100000000
	.quad 0x153dcfd66a80ad6a
	.quad 0x0000000100000000
	.quad 0xffffffffffe42c71
	.quad 0x0011ab1e062b6f18
	.quad 0x50f58be13266d6b3
	.quad 0xf3977bad9879e382
	.quad 0xffffffe800b5234e
	.quad 0xfffc2142fd8f6f31
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd5c
	.quad 0x000000000000015a
	.quad 0x2967d981fd79ebbe
	.quad 0xd16c066b13a93dbe
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x3f0e000000000000, 0xc000000000000000
	.quad 0xc000000000000001, 0xe5093c99bf9dd7fa
	.quad 0x8f3be7e268a4f99b, 0x5940d2d598f08800
	.quad 0x8000000000000000, 0xffcac6bcff9479f6
	.quad 0xfff0000000000000, 0x81000000feddc186
	.quad 0x80a2220138822b2f, 0x3f8323600d52d1c6
	.quad 0xbba70c1e3de1dfcf, 0xfff2d4ee91774f21
	.quad 0x94c7a3cabbc1bb8f, 0xda66e95efc3cdd60
	.quad 0xab41897c8bf79827, 0x7ff8000000000000
	.quad 0x000000007f800000, 0xf11494502f57fc6f
	.quad 0xfff1b1b8effe98f3, 0x41f0000000000000
	.quad 0xffc37bc6807fffff, 0xfff0000000000000
	.quad 0x423724bb4dc30016, 0x127379b4fbf7d7a4
	.quad 0x80fe44da9fdc0a71, 0xfa022927d97707ff
	.quad 0xb44ace07f9fafbff, 0x950644e0f6fa7bd8
	.quad 0x5e1ff60fe2c68000, 0x46f02e4c9e1a7aa9
	.quad 0xf2db2c66bf000000, 0x45060000c7200000
	.quad 0x8008000000000000, 0xf23da1027400e70b
	.quad 0x0f058117ff800000, 0x0000000000800000
	.quad 0x7f75ab540aeb9372, 0x15b564fbdfd7bfaf
	.quad 0xee46b6f2800fc3a9, 0xdae0027ca05fd5d2
	.quad 0x3ffe8630a5492bab, 0x3eeec0267f800000
	.quad 0xef6abefc3d1a1dd4, 0xbd51c827017b1095
	.quad 0x00000000ffb94790, 0x7ffb1c4bc9aa83e4
	.quad 0x07d5a14efc9dcffb, 0xfff12d0ec1f46bcd
	.quad 0xdf00000041f24f11, 0x0000000000000000
	.quad 0x8080000000724c3d, 0xc3a0000000000001
	.quad 0x7f000000bfe00000, 0x001a3927bd5b84b8
	.quad 0x9f4d55b581cb79b7, 0x6d7a07b7c0280000
	.quad 0xdfc1f216beffdffb, 0xbfda5db80cade32e
	.quad 0x3fb9e810035f4c11, 0x000f43a40aafcba2
	.quad 0xf1f1dbbd7fbe13b2, 0xc088000000ffffff
seed54:
	.quad 0xfffffffffffffffd
	.quad 0x00000000000002e8
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc5a
	.quad 0x5a474529b05e8dd1
	.quad 0x19a0b3eb86820d5b
	.quad 0x0e454f80e7e6e1b2
	.quad 0xfffffffffbb0c8cf
	.quad 0x9c0bef2e796e0f8f
	.quad 0xffffffff80000000
	.quad 0xd0e92f617f23b729
	.quad 0xffffffffc65e8d0e
	.quad 0x8b54e508e0ec1b8c
	.quad 0x691f8061c3e90924
	.quad 0xffffffcb90ccf2e8
	.quad 0xffffffffffffff89
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x571d68101e7f6e45, 0xc003000000000000
	.quad 0xfffbd73735331303, 0x40345365f5ffdbc3
	.quad 0x8000000016d46a00, 0x9546e0dabfa8f694
	.quad 0x186814a87efefc5d, 0xff8e228209665731
	.quad 0x8000000000ffffff, 0x8008000000000000
	.quad 0xbfa093af5da815ea, 0xfff39067c3d4edcc
	.quad 0x7ff79c71d4ea0165, 0xc23880e8f6af7e00
	.quad 0x7e77c5a3e113ddd5, 0x801d62ac0a012995
	.quad 0x7edd1bd700000000, 0xc5d367edd3fefd2e
	.quad 0x9aef2ed9d4fffcf7, 0x40f0000040a40000
	.quad 0xfff3dc64cbcb06e9, 0x7f800000ffbd6e24
	.quad 0xbe29ac137ff3fac1, 0xfff0000000000000
	.quad 0xffcf966ac0400000, 0x3e1a441c40840000
	.quad 0x3bcbba4344400000, 0xef14b5c9ffed380a
	.quad 0x3b8a4dde231a77ff, 0x545ed2e3c280fc13
	.quad 0x4015c7f8f82a7cc1, 0xc0800000816562a5
	.quad 0x0001835bd24ca9be, 0x0000000000000001
	.quad 0xfff3dfd27d3e78d0, 0x71520af6c0ab1b70
	.quad 0xbfe84a74401e7000, 0x3fe43e31d809fd9e
	.quad 0xff800000ff800000, 0x7f96a1e5438eb260
	.quad 0x7fbeca5e91fbc07a, 0x800000007f800000
	.quad 0x2985e70e8c7609f9, 0xff29ffe4d72273a1
	.quad 0x65b6ad87ffbff8af, 0x3fc00000bd740000
	.quad 0xddc666008bbf8df4, 0x98f910d20a6bfb80
	.quad 0x26832e77d7eeb65d, 0xffbef9dc03e24625
	.quad 0x00ffffff704c1131, 0xf328d15b232459fa
	.quad 0xc3fd74ffa8c3fc00, 0x38ce5586fff6767b
	.quad 0x6610c00c7ba56299, 0x623d2eb1ff9e16d6
	.quad 0x3eed298a8e927f94, 0xb79580f381dbdea7
	.quad 0x53c558b86de44380, 0x47ffbf28f74fe6ca
	.quad 0xda664e62a81e38a1, 0xbf21000000000000
	.quad 0x82dc43657fdffffb, 0xc81e0000803bd1e6
seed55:
	.quad 0x00003a47c39e10f3
	.quad 0x561b34a3a13dd046
	.quad 0x10b9c41f7c6792a2
	.quad 0x00000000ffffffff
	.quad 0x1cbee3da59dec410
	.quad 0x145ef13fb888418f
	.quad 0x7bc940fb70194eae
	.quad 0xfffffffffffffe7f
	.quad 0x0000000000000279
	.quad 0x000000035b54644a
	.quad 0xffffffff0ed40474
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xffffff5e15fb7be1
	.quad 0x000000007fffffff
	.quad 0xd192f88094f5b833
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x3fd0000000000000, 0x5e736550ffdefb6e
	.quad 0xf060820a7f800000, 0x03623afb024842d1
	.quad 0x7f2ff196c1060000, 0xc023e8595f7fffff
	.quad 0x8003d4c6bfffffff, 0x5936838fd618a6ea
	.quad 0x0000000000000000, 0x014e6433dca07a05
	.quad 0x2b437b977783fe00, 0x8000000080000001
	.quad 0xffbb7b62d1ffffff, 0x82ac7431c3c00000
	.quad 0xbfa000007f9516fb, 0xebc86d8bbb9de78b
	.quad 0x00000000c02e145d, 0xff800000bf0eea20
	.quad 0x3fee6d77a16af97f, 0xfd86c30eff30813b
	.quad 0x3d12e955a4dd7f2a, 0xfff0000000000000
	.quad 0x44847d1921046380, 0x3f07b64e1b147c00
	.quad 0x0000000000000000, 0x546c6749ffd53dbf
	.quad 0x293217017b4ac5a8, 0x56222b08326079dc
	.quad 0x85af9af200720ec8, 0xc02305bc6c55c018
	.quad 0xa18b41b98462faeb, 0xbe9ec7cfc31765a4
	.quad 0x7ff7cb0938e2c45c, 0xff800000100fcd29
	.quad 0x4106c00000000000, 0xecb5a5adbdebffff
	.quad 0x0037e33a3dc00000, 0xe5f8c68e3da2fec5
	.quad 0xbff0000000000001, 0xc07b79481f0a4f37
	.quad 0xf1d28276ffd30387, 0x38d0000080400000
	.quad 0x80b8196068833daa, 0xffd5ceb01efa7092
	.quad 0xf08a480fe2499e3a, 0xbe9000007f90dfc3
	.quad 0xd4403017c2bfd3c9, 0xff800000fedccb79
	.quad 0x01080c2237f7f928, 0x7ff0000000000000
	.quad 0x80800000114e0c6a, 0x7def76a6d349ce0b
	.quad 0x40e6100000000000, 0x66de5b7a51fac243
	.quad 0x4f7ea5fdfff27e00, 0xc011000000000000
	.quad 0x82274946e51a7d6d, 0xcf7fffff00400000
	.quad 0x8001d0f4c50530fa, 0xbf9eaad77dbb09bb
	.quad 0x0006afe8bda3aedf, 0x73c6b4638ae943fe
	.quad 0x3e69ad82cd4acf10, 0x402808d53d05400d
seed56:
	.quad 0x000000002091c9c1
	.quad 0x6b9ad00a8822b366
	.quad 0x5df55b5b3e3e859e
	.quad 0x0000000000000016
	.quad 0xb67d4f11a2d100d3
	.quad 0xcc656b567917bd5b
	.quad 0x000040b6a6b232f7
	.quad 0xe2a5e08aafe63074
	.quad 0x9a943b30491130a4
	.quad 0x00a544164aacc49e
	.quad 0xe9d88b2543604e80
	.quad 0x0000000001000001
	.quad 0x00000000067619c3
	.quad 0xffffffff80000000
	.quad 0xffffffffffd11900
	.quad 0x2dc07803cf693150
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0xdce612a682d1173d, 0x800ee271338c6e6c
	.quad 0x0000000080372164, 0xa5338f17eae5b133
	.quad 0xffc00000ffc00000, 0x3f91fdca5324b53b
	.quad 0x7ffff8688d10bc03, 0xbf85e66e75957352
	.quad 0xcec02b5b72a22424, 0xbb00000000000000
	.quad 0x839600ccdfbf9a3a, 0xffb23223f347ac40
	.quad 0x74ebec69b8800000, 0x8017eda4e5c13652
	.quad 0x23e91c3127de3087, 0x43500000807fffff
	.quad 0x8041a62057c0b839, 0xfd8bb6956f2a360f
	.quad 0x89b0e818c11557c7, 0xbb8fea87ff800000
	.quad 0xbfe0000000000000, 0x80b08b1ff4c8c31f
	.quad 0xe278e9ceec36cb62, 0xf04c1ab7ff6dfe8a
	.quad 0x4a2dd3a5a570fcc1, 0xbfeea3f0c4e1468f
	.quad 0x3eb8000000000000, 0x7fd8d91dff9ccf55
	.quad 0x8386cb00bcb2a147, 0x35a00000ff800000
	.quad 0x6821affb71088000, 0xc8810f76d3c78a00
	.quad 0xc03e82ee3268c5cc, 0x1aa6b77e0072af36
	.quad 0x18675103d2abdf87, 0xfff0ab594f83ca12
	.quad 0xfc17acf8612dfdbb, 0x8040000042300000
	.quad 0x7efff4c26fa702fb, 0x0005ab507f9d383f
	.quad 0xc349d9dcff922e23, 0xcbfde552ab769517
	.quad 0xbcdc951bbecd0000, 0x7ccf35d28fe6a919
	.quad 0xffb1e76d3c0e8f03, 0x3fc2bafe5a8113b8
	.quad 0x54cdf8ca31fc0000, 0xc0ab079c00000000
	.quad 0xbfc00000be140000, 0x34997b39f7fffff5
	.quad 0xca6cb62a2592dcb9, 0x3fd8780f761effe0
	.quad 0xfff0000000000000, 0x3fe8000000000000
	.quad 0x86da43c2c05d2f01, 0x0000000000000000
	.quad 0xf3ac7c1b5c0bfc00, 0x4023800000000000
	.quad 0x43e0000000000001, 0xc1effffffffffffe
	.quad 0x7ff0000000000000, 0x43efffffffffffff
	.quad 0xc71e294ddfffffff, 0x8000000043e14882
seed57:
	.quad 0xffffffed37493674
	.quad 0x0000000000000170
	.quad 0xffffffffd3d4273c
	.quad 0x7fffffffffffffff
	.quad 0x0000000001000001
	.quad 0x000000000000000f
	.quad 0x00000000000000f3
	.quad 0xe7d10ec0b59a1160
	.quad 0x8000000000000000
	.quad 0x0000000001000001
	.quad 0x000000000000009e
	.quad 0xfffffffffff8332c
	.quad 0x00000000000003a3
	.quad 0x000003cd6a0ee996
	.quad 0x000000000013ef97
	.quad 0x000000000479b0b7
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xfff0000000000000, 0x07ef3a320569c973
	.quad 0xbbe454d1ff800000, 0xbfcdea8bff7fffff
	.quad 0xed68a4d97f800000, 0x287816e66b3cc8c0
	.quad 0xedc7b893886e28cd, 0x6d614e2bfb8d1d21
	.quad 0x3ea079183f7f6757, 0xc005000000000000
	.quad 0x7fc829c8bdd72fc3, 0x7ffaffb286b915aa
	.quad 0x80ad3c78c3a54ef9, 0x004ae15fb39fce69
	.quad 0x37f3be1fad8348d8, 0xccf0fa9c83e7faec
	.quad 0xc02590a4f3d92ed3, 0xf04b59894087b277
	.quad 0x82307bdde46008bb, 0x208ea49441e94e9e
	.quad 0x304077c07f9da2bd, 0x3bd100007fc00000
	.quad 0x40f80000447a0000, 0x02a7008d7900db4a
	.quad 0xc1fffffffffffffe, 0x41b28000e7eb3a87
	.quad 0xbd0d113b7f837d46, 0xf6164e81862dfc00
	.quad 0x723b42b5850b4412, 0x3ff37f3d4fc02090
	.quad 0x4e872f58e943f989, 0x8000000000000000
	.quad 0x7727faa4f9494a4a, 0x7b04336aea9bc2d5
	.quad 0xd30ef4e551797c81, 0x4928000040fb071d
	.quad 0xffa274250f38fc79, 0x004ce2016777ff94
	.quad 0xe8eee0278691d255, 0x85bbe7bf0bad926e
	.quad 0xe80284a5f60ea415, 0x02a389726c876b56
	.quad 0xc330000000000001, 0xbd3c8c67805eab45
	.quad 0x7fc0000043dec861, 0x7f81fb36c55f909c
	.quad 0xbc895c4bbc0fbe8d, 0xcfb45f4ff1ad29b7
	.quad 0x37beeeb77fab9cdb, 0x7da4dfc8e3db8c71
	.quad 0x3d94479a9c27f7ff, 0x3e2ad8dde39e8001
	.quad 0x7fefffffffffffff, 0x3faf911cf713bdf4
	.quad 0x8000548d60e37de9, 0x870dfe50f17fed04
	.quad 0xc6f6380396fb8000, 0x00000000ffe2a719
	.quad 0x3f89400000000000, 0x3f9fe87193c5bbe2
	.quad 0x47c15521ca4a7cfc, 0x34b20fadbecf46ec
	.quad 0xc070000000000000, 0x007ffffffedb39bc
seed58:
	.quad 0x0000000080000000
	.quad 0x00000000000002b0
	.quad 0xe67c66e328a1d5f7
	.quad 0x0000000000000140
	.quad 0x0082be114d43aff6
	.quad 0x7029a4081d96d87f
	.quad 0xffffffffffffff9e
	.quad 0x0000000000000108
	.quad 0xffffffffffecd9c7
	.quad 0xe51e138672dbc138
	.quad 0xffffffffffffc903
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x5cd9c113e5a23d2d
	.quad 0xa231928561d79d08
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x0074dc20f612a813, 0xdc95aa663ca5f031
	.quad 0xbfffffff017fffff, 0xbcb4a1d83144a3a0
	.quad 0x228d3c02e4c7fc00, 0x82dc634426b87e93
	.quad 0xa98acc9c6b6bed76, 0x800a433a121f090d
	.quad 0x3fbdfb6f4bf96118, 0x6ecca51cffe43f73
	.quad 0xf861d574ffc97510, 0xc34489c1063fc3bf
	.quad 0xb2b2067969baff7a, 0xb627d77d7ffffeff
	.quad 0x2bd618dd40200000, 0x59cf2c3ce4c107ff
	.quad 0x0aa85864ed25b533, 0x406945a8bfcc13a9
	.quad 0x3ff893f6883fd84b, 0xffe3e04e00000000
	.quad 0x7ff289bdef78fc36, 0xf7fc8ff72ff68000
	.quad 0x3d15d65555dbe28a, 0x000e27aa5105f5b1
	.quad 0xc059d202a8cb2baf, 0x3f71a77b05e1454e
	.quad 0x7fba0df43ee9c9b0, 0xc07ffffe7ed8adae
	.quad 0xffba98b940300000, 0x000fcccae1c7f0d8
	.quad 0x0000000000000001, 0x2a125b56477fffff
	.quad 0x9c82c907cfa98450, 0xd7c3989877adfeff
	.quad 0xba163271a1395d56, 0x8000000000000000
	.quad 0xc09f41f07feef92e, 0x0d70378cfdfeffbf
	.quad 0x7535e3706233af22, 0xe1a1aeaa6dca281c
	.quad 0xdbf10dd9c7e1a6e9, 0xf71c17b4553ef76a
	.quad 0x0afa726fa57e039c, 0x7ff8000000000000
	.quad 0x7ea4c047ff1d4209, 0xc07fa1f4dc4edaca
	.quad 0x8e953d1b4082cbcf, 0x7ff299c29af97c6f
	.quad 0xfff0a9d50e25bba3, 0x7ff081f62b168b22
	.quad 0x4056efa0af7fbcdc, 0x804ec53fc1ca0a98
	.quad 0xbfb119f07f800000, 0x111cc6ffffd7ff38
	.quad 0x93260a6efffbf337, 0x800b499888c1a182
	.quad 0xfeffffff7fc00000, 0xe126b859be99305f
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x38e341574f117c00, 0x946d7a09fdf6bafc
	.quad 0xccf0d1a90106810e, 0xc395471fff800000
seed59:
	.quad 0xffffffff80000000
	.quad 0xababe4af64073ef3
	.quad 0xed9ebd839758735f
	.quad 0xa5286e162b37972a
	.quad 0x2d7e55d6485c83ea
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0x00000000000555ea
	.quad 0xfffffffffffffff0
	.quad 0x0000000080000000
	.quad 0x3364f5556fa56197
	.quad 0xfe1e8b10c82523c1
	.quad 0xab7a886247b4eae8
	.quad 0xd699d58a03c4bc75
	.quad 0x0000000000000001
	.quad 0x03400000
	.quad 0x60000000
	.quad 0xbf701b88bc400000, 0xc16426329fdfe9fe
	.quad 0xff9868c4c0600000, 0x3c7f08ec40100000
	.quad 0x3ff4000000000000, 0x594b84a0002afa00
	.quad 0x00000000007b32a0, 0xbfbb337b36c6caac
	.quad 0xc378b888ffd6de34, 0x3f83e833db52cff2
	.quad 0x0000000000000000, 0xbfac29356a5f8caa
	.quad 0x7dd56f05ebeab396, 0x3834d9ecff890a0c
	.quad 0x000000007f800000, 0x3ae805106820948f
	.quad 0xfbd582cd7e8d0b4f, 0x0000000010e18c8b
	.quad 0xd474630c8d78df13, 0xbc4aa869ff800000
	.quad 0x400e51abd80fb1a7, 0x0000000000000000
	.quad 0x80000000ff800000, 0x0000000000000000
	.quad 0x398b5b69ffe2cc9f, 0x7f800000008f9821
	.quad 0x71422d9211e3fe00, 0xfdd9d0f54f9e3d8d
	.quad 0x0a5238e4ffeb7e09, 0xedd29bc68f0f3121
	.quad 0xb7b6a79704df4f9e, 0x6c9dee21ffffcfef
	.quad 0x40528c0a27c9f202, 0x409800007fc00000
	.quad 0x7fefffffffffffff, 0xffc000003ca00000
	.quad 0xdb7e24bcc3fa7d57, 0x92cfb1089c2a5b51
	.quad 0xfec4d35effc00000, 0x8000000000000000
	.quad 0xbd5c3b9cbffa59f5, 0x40133e8f74afe246
	.quad 0xd18a3911cd23c995, 0xc2fc4ec2df7ffffe
	.quad 0xc53600007f800000, 0x319f2b95b67cfd8f
	.quad 0x3ec000007f800000, 0xff800000ffb60b37
	.quad 0x3ff4000000000000, 0x7e0b3aee85fbf1b2
	.quad 0xffa905da07070565, 0xc0698099b22833f3
	.quad 0xf69c3a0c627775bb, 0xbfecc57d09573b8c
	.quad 0x7c9567ddff8c46c0, 0xa1fc7cc459daff7d
	.quad 0x6fa1e1f643a6f283, 0xb23453fb39a9491c
	.quad 0x17b03f4328b5fdcb, 0xef57ac1dff7fbef9
	.quad 0x7ff8000000000000, 0x640e0afc98b6c800
	.quad 0x601894a5967f0000, 0x0641e905fffba6d9
seed60:
	.quad 0xffffffffca22ef54
	.quad 0xfffffffffffffe46
	.quad 0xffffd797470d1892
	.quad 0xfffffffcbee02fc7
	.quad 0x24c9831e67b53995
	.quad 0xfffffffffffffa4b
	.quad 0x18bee293901cd9b2
	.quad 0xffffff39ca8e3c1d
	.quad 0x63a27901e6397e02
	.quad 0x171020cb353f9796
	.quad 0x0020000000000001
	.quad 0x91201c338d2aca36
	.quad 0xcafb494c4e0241ad
	.quad 0xfffff1bd1ff03fbf
	.quad 0xfffffffffffffff5
	.quad 0x8a3a7b3baea25cc2
	.quad 0x02800000
	.quad 0x00000000
	.quad 0x0000000058ce7139, 0xb5f755cc8a778000
	.quad 0x7fad4c3afffdb76a, 0x7e684756856ec818
	.quad 0x47600000b85e3613, 0xfe7eaa2dceadf34e
	.quad 0x00299d4d739fa89e, 0x7ffbe460e522158a
	.quad 0x3181a20151717e1b, 0xe4cf9de2ffaff30c
	.quad 0x47fffffe00000000, 0xcf6e672b315bf132
	.quad 0x0010e77c2eb0129a, 0xff8000007fddffe8
	.quad 0x4018aac5ef368000, 0x8260e741939bfda8
	.quad 0x800f8de42f81f3aa, 0x7082adc7cf3ac33f
	.quad 0xbf7aece2fd408e2c, 0x12b02f3bec1cfa28
	.quad 0x80000000c3cd37d9, 0x7ff0000000000000
	.quad 0xc012000000000000, 0x04997c4a7f800000
	.quad 0x2c75ba317b7f7c00, 0x7f8b1a6e3d66f76b
	.quad 0x7f800000c0110eb3, 0x7fb21ba9807fffff
	.quad 0xcd7d7ce4b04de298, 0xc05c9636094c42a3
	.quad 0x80066b18a1fc3af7, 0x20c914735be43c97
	.quad 0x7b4330dec7ffffff, 0xbfc6000000000000
	.quad 0x9fab811ebbfeff73, 0xff8a571d7f800000
	.quad 0xe7008e16d3d72f3b, 0x85e01d8f43fd0932
	.quad 0xfe358d4b73f1e63f, 0xffb2b78cbdef75f9
	.quad 0xd11eb30b7fe6f12a, 0x7ffdd37550406a50
	.quad 0xfeba1ec8fff9bf3d, 0x7ff11e22f6f96891
	.quad 0x593aebd38deff3fe, 0x303f81b48c08f4ba
	.quad 0xbf91013edf628991, 0x97f256ecf5137c00
	.quad 0x7ff8000000000000, 0xfa83ea5ca17baeff
	.quad 0xb5dd6a0562a47e00, 0x7ff0000000000000
	.quad 0xc0980000ffa44835, 0x3826a78c7c7f1e92
	.quad 0x807eda9fcaf60c01, 0xc34ae893806370a3
	.quad 0x44d62b4af8bd0016, 0x3fc0d68f1b018de0
	.quad 0xe1e139113021e16a, 0x43c724437f8334b0
	.quad 0x7ed951c8bdfda6ef, 0xfff0000000000000
	.quad 0xc03f980cff86d8a4, 0x0000000081000000
seed61:
	.quad 0x000000007fffffff
	.quad 0x02e501fd4179227d
	.quad 0x8000000000000000
	.quad 0xf918bc5f09737c1c
	.quad 0xfad5ce71f1c5e97c
	.quad 0xfffffffffffffe63
	.quad 0x0000000000000293
	.quad 0xddd12e3cce066ad2
	.quad 0xdf33f90868352ea3
	.quad 0x44ca1d02fa1c5032
	.quad 0xefdca02f1dccb8ce
	.quad 0x39f23c169d5fc18b
	.quad 0x642d889c1e73e4b1
	.quad 0x00003400a246fac0
	.quad 0x8000000000000000
	.quad 0x6c88f11a3788d7db
	.quad 0x02800000
	.quad 0x30000000
	.quad 0x9670a0385c26069a, 0x40ffffffffffffff
	.quad 0x8db556647139fa79, 0x3de8000000130253
	.quad 0x3fff000000000000, 0x42997532c13847a7
	.quad 0xff821a84bd41aff1, 0x7f23feeedb897b0a
	.quad 0xff93bb14bea42927, 0xfff0cca58b6732f4
	.quad 0x3305544ed6ee023d, 0x3f303a94f6a44b76
	.quad 0x006ea84000000000, 0x80000000c2de8000
	.quad 0x49467691930c232e, 0x7ff0000000000000
	.quad 0x779a1127f4cb7e4c, 0xa697185c4d65550c
	.quad 0xbc431f964f7ffffe, 0xff800000006a6269
	.quad 0xde723e0fe9f5ffff, 0xfd4b7bf2fff97800
	.quad 0x7fdfffffffffffff, 0xd9e5df1266ddae0b
	.quad 0xc85a84b0d7cc9479, 0x7d03c8fa52a29507
	.quad 0xfff0000000000000, 0xbfaa7b3cf62d38de
	.quad 0x4fab75d86323c95f, 0x7e402ca0afa3b380
	.quad 0x4b2bf62e428a0e94, 0x021abe62d36574d9
	.quad 0xfd6bad9a8e42c73c, 0xfffb693db518e3a7
	.quad 0xb57a6834b7d3f800, 0x37f268addae6ce9e
	.quad 0x766ed22240bc0000, 0xfffa955dcac04fb1
	.quad 0x6f310e8b683dff9d, 0xc8ec8000ffb24fff
	.quad 0x7f85da8adff97196, 0x809a33e96b8251f0
	.quad 0x7ff0000000000000, 0xbdce7d3c3e1f6b95
	.quad 0x852049ea83f0594f, 0x7f4fa83dff1e2e70
	.quad 0x0235da5e80000000, 0x5c04efd9c3fffcbb
	.quad 0x8c14b3e7b3fdab03, 0x03ab1c0100000000
	.quad 0xaffc6396ccdbbb3e, 0xc01e000000000000
	.quad 0x81000000751b6230, 0xc03bd3676771be5e
	.quad 0xa5b975dad17cfce5, 0x0000000000000001
	.quad 0xfe911f29b7af5f7f, 0x7ea855c7ec14383b
	.quad 0xe0e0bf52204655a0, 0x00000000ff800000
	.quad 0x00ffffff06e7d2ac, 0x2e0188c377274100
	.quad 0x26c28bc37befd5eb, 0xfff8000000000000
seed62:
	.quad 0x56600156ef084cf4
	.quad 0x0003852663a606f5
	.quad 0x000000000060a6b0
	.quad 0x000000008820fd29
	.quad 0xae0a13ba9e976187
	.quad 0x9e527d3973fe01a0
	.quad 0xffffffffffffff91
	.quad 0x50bd7407d0dd571c
	.quad 0x0430b6ccef5fb92a
	.quad 0xf9d025de3a0ba2f5
	.quad 0x0000000000000003
	.quad 0xc952b4b18f7b2346
	.quad 0xff142a77b9f79c07
	.quad 0x000000007fffffff
	.quad 0xffffc20f72e6aaa0
	.quad 0xb14bb53356164113
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x2e06ded6bfff74fb, 0x7f94c8c400000000
	.quad 0xcc65c88afebf8fb9, 0x5c9e6158f7a0fc00
	.quad 0x7ffb8860b2c0b161, 0x402458376efe2ed7
	.quad 0xb70f262d7f7fffff, 0x7f8a43920884df52
	.quad 0x7fd212afcd65f8bb, 0xe33a07022c01907f
	.quad 0xe50db5d5c492fc00, 0xe65944aeefabf3af
	.quad 0x0f93dedebe632300, 0x800c6b8fe637c456
	.quad 0xc017000000000000, 0x58ddca5d3f349c58
	.quad 0xc1e7fd34c10c0000, 0xc35f1b56af44ffa0
	.quad 0x59ead097c0a334db, 0xfff7dfbec1ccf4dd
	.quad 0xdcfe7b2ca77621fd, 0x4a89a0662f8bc188
	.quad 0xfffbf54374e017c2, 0xe577651be3bfff7c
	.quad 0x70949f4addf3dcce, 0xa6ef7dacfff274e1
	.quad 0x04abe0cfa556fc00, 0x33196de2be46a580
	.quad 0x59555f33b98bf900, 0x3fb34b757099d10f
	.quad 0x800000004b9d30c6, 0xc1e4fab7ba667f16
	.quad 0x7fefffffffffffff, 0xfff749e029434597
	.quad 0xc2b4ab388cedd61b, 0x800000007fb7e000
	.quad 0xbf8a4aad0e922cf3, 0xffc00000414efb4b
	.quad 0x000000007f800000, 0x45940000ff800000
	.quad 0xdffffffe80742038, 0xfff0000000000000
	.quad 0x682de4123efd7ffa, 0xbe0cae967f9c9a04
	.quad 0x3517d9b741a2ba19, 0x5e0dc3e820842b27
	.quad 0xfff8000000000000, 0x7eba0e6a74097400
	.quad 0x7d80ebc680000000, 0x7fd90118eba92a73
	.quad 0xfe7e6cc840000000, 0x3b1dd22088aee239
	.quad 0x50222eb7ebf7fe1f, 0xfffdc300ff800000
	.quad 0x6b201c1d5a0d01ca, 0x0000000000000000
	.quad 0x410e0000bc4bef86, 0x08dd6ebaffebffa6
	.quad 0x7ff0000000000000, 0xc766f76def64c3ff
	.quad 0x3e98000080000000, 0x7ff0000000000000
	.quad 0x7f80000080000000, 0x38cc0000c80db385
seed63:
	.quad 0xffffffffffffffbd
	.quad 0xe6da73328788be34
	.quad 0x60c2215770fcf8dc
	.quad 0x0002a777589d6f7f
	.quad 0x8000000000000000
	.quad 0xffffffffffffd117
	.quad 0xfffffffffffffd17
	.quad 0xf3eede7c999dff8e
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdff
	.quad 0xafb81b01fe7829b6
	.quad 0xfcc6d601f4073fa2
	.quad 0xffffffff80000000
	.quad 0x639fb0deee6c0098
	.quad 0xffffffffffffffbf
	.quad 0xe75cd8ef4376a127
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x409ac1a7bfebb56f, 0x40f8000000000000
	.quad 0xc03c86b72a2e8236, 0x7527cf00fff7a500
	.quad 0x66e6abc27ffc6488, 0x3fab0f9c00989288
	.quad 0xbcae00005d0ed23c, 0xd77fffffffbb396f
	.quad 0x402be176af96fde9, 0x0f35243740b80000
	.quad 0xf9b36504ffa83ea9, 0xff8000000789d6a5
	.quad 0x328569512f25ec40, 0xc7000001ec03bce4
	.quad 0x2de26898801cff2c, 0xe8e1bf037d3ffdfe
	.quad 0x8000000000000000, 0xae64e422d6dcccb3
	.quad 0x40099f0ae9c3ccf0, 0x41f0000000000000
	.quad 0xfff7f73fabe18388, 0xac66691c1b267c00
	.quad 0x7fd4864ea2d4d7f2, 0xc013c1b10766928d
	.quad 0x52a717e75231ff8e, 0x1f9cb57179483875
	.quad 0x543431376aacc8a4, 0x1ff2060111300170
	.quad 0x7f8000000074f4b1, 0x434fffffffffffff
	.quad 0x80ae710f7fe831f3, 0x0020000000000000
	.quad 0x7f7fffffffc00000, 0xb15493ecd43f7b7c
	.quad 0x000fffffffffffff, 0xc06c994a78cbe646
	.quad 0x4011000000000000, 0x40048e8e33f86342
	.quad 0x8ef482fbd9c763f2, 0x56e9fcb8fff7a6ae
	.quad 0x8000000000000000, 0x999a9a76a001ee57
	.quad 0x0005f30064d4ad3f, 0xd7837e1bff7bfef9
	.quad 0x3e8800007fb96141, 0xfe87406000000001
	.quad 0xffbd68b5ec1e4342, 0x2d17f8da6b6e0c4b
	.quad 0xfff8000000000000, 0x3ff300637c0bfcf3
	.quad 0xff947ccbca714e2a, 0x657cd29d6628b123
	.quad 0x4068e065048c8984, 0x0030894eb03bf35a
	.quad 0xda7ffffe4170d9fd, 0x017fffffc0f80000
	.quad 0x8000000000000000, 0x945eac4c49934714
	.quad 0x40190a66771194aa, 0xfff1932aac2811e2
	.quad 0x0fdb4a7125db79b2, 0x7fdb948f14df96d7
	.quad 0x41fffffffffffffe, 0xfff5758e4b7fffff
