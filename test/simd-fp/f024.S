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
	.inst 0x1ee2c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eacd411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e302050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f1013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1d874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e200285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea1dab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e22fdb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0e8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4fb2b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f02d07c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d19dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2140fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e300454
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
	.inst 0x9e230070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c8d1
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
	.inst 0x4fae9833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f5014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c7875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee2ce56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e2a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e616a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18e98a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42a41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22013d
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
	.inst 0x4ee19b7f
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
	.inst 0x1e2408f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fad99d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6500c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f8e5913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f123e34
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
	.inst 0x4e21aa36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ef4c677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f8d1258
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
	.inst 0x4fca595a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eebee9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e643443
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f21fc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f18285e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6201bf
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
	.inst 0x1f643870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f263131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e267852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6009f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e780044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f23c9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e6de636
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
	.inst 0x1e620118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6d0d99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38028a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e261abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e60022c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eeed47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0e87f
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
	.inst 0x6e61d530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e702290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e290836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6128d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e22c478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0edcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2408ba
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
	.inst 0x1e58ac6c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0f91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1f9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c21f
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
	.inst 0x9e690100
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
	.inst 0x6ee0da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fd19933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e296834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61f475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f632436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e219817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6fed98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee9cdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2100ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0631fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61681c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1b93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e617a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f713edf
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
	.inst 0x1e2540d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e70d533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e282260
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea6edb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e615857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc25898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e310029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea6d49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f24ac5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61b99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62191e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1a83f
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
	.inst 0x6e6addb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2201b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a0935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e357896
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
	.inst 0x1e220138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2301f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e751afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e72d51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2338fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc310de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e183f
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
	.inst 0x0f8a11b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f45fdb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b18b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e32c595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e58e1c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7b1017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e735818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e20d699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e4d3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6fe41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f95fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61db1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2168fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27409f
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
	.inst 0x1e61c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18b941
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e671912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a2853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f56fc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e212230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e692110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f50c2b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fad195a
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
	.inst 0x1e6c4452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0e9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f73fc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1f95f
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
	.inst 0x0e2cfc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee240d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e672a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f44e4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6acd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26421a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23885b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6878dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e60eebd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2301be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e684fbf
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
	.inst 0x7ee1a890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e62e451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e650972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f22fd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f63fd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e732855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f8d91f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e36d5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2408fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e60e55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202318
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27bfbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e29fc7f
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
	.inst 0x0e216990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc81151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6301d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f5873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e66fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e24ec75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f819076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee24057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2200f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f72e5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eadd47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6318bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f40175c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69bc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e618c9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21409f
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
	.inst 0x1e658910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2788b1
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
	.inst 0x1e722993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2178b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e3a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e318976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21c997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2368d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65291a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea8d5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68d43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18a96d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68481e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e2becbf
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
	.inst 0x1e2b1890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f108d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f418952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7000a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61d874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0b8996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6640b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42ddd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2141b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7100aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e617b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e38008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e22e69e
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
	.inst 0x1e202910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e310201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc61232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f72bc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e622914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f27ce95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2ce436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f78fcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2a9cb9
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
	.inst 0x1e65415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39d01c
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
	.inst 0x6ee1d93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c03f
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
	.inst 0x1e202070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6301f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f53fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1d893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb2ec74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2001e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e210026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2dcc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1a919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1a87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f287b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02e5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e691cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2618fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee199df
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
	.inst 0x0e216930
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
	.inst 0x9e230112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f6813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61c5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f8d9076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6121a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e616878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e43c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f36a0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65024d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a701e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2d695f
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
	.inst 0x1e651890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0c851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2b9132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a4914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6fed55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e1949a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e34ccb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61c8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21bafa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1a85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eeded1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2fa499de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0fd83f
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
	.inst 0x4ea0e850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f7cfcb1
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
	.inst 0x4e62e453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1f954
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
	.inst 0x1f203596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e213ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d48bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e66e5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21431d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20d01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea0d8ff
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
	.inst 0x1e2959f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e242931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e28ed32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3029b5
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
	.inst 0x9e210087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61a9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e63e479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7020a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fa599fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e200cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f77fc3f
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
	.inst 0x1e2e2c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f27e414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e429015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e223916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6f15b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7069b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee4fd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c2bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eaad4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021d8
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
	.inst 0x1f4f9490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f06c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2748b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2ef634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e584205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e640186
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
	.inst 0x1e767466
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea198d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6441fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6001eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0aec3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0bc11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78028e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e6de5bf
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
	.inst 0x9e310120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2ff491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e30ce32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2500c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2ae535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f7dfdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e2cee77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e73351e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e73cd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e6ae45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66431b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2cd4b5
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
	.inst 0x1f49a030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f909112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f282dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24658f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f509516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e244077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1f91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e1821ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79012f
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
	.inst 0x1e2469f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e188161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2f9952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f26c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2301b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f54ac15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e427df6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f28d7
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
	.inst 0x1e631a99
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
	.inst 0x1e60c2fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f44d19c
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
	.inst 0x4ee8cc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63017f
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
	.inst 0x1e635910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f3ffd51
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
	.inst 0x4eafcc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d0856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1a917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea9fcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e268c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f03343c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2f2ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6019de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0e941f
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
	.inst 0x1e630190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e686951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e26e640
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f4dfc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2228f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2000c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21dcb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f081138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0fa79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61a9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e72f45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e69fd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61409f
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
	.inst 0x1e6b20c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f2ffe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6dcc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2fcc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e2ae495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2e0dd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6008b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a0a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6300f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6902ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4e1d9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f81517c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f80581d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f20b99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39006f
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
	.inst 0x5e2fddd0
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
	.inst 0x1e6c1852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61d9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea0c834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21fe35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f27fe56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e43a8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2008f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eecf499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fae597a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f9750fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6278bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21d89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1d4ff
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
	.inst 0x1e6441d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6178d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e217a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e290164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e6169d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f2efc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e692220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f2efc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6e18b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e36e405
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19d8ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f75fd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7101ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e638418
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
	.inst 0x1e273870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e6178d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e311012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e637a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e68fdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230175
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
	.inst 0x7e69e4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3801c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee242b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcc917a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0d8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79014c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6120f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6bfc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e26dcff
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
	.inst 0x9e780140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f01c051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18b0a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e33e470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e03e5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc15ab6
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
	.inst 0x9e210208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c1ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68b01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2540bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e79f73d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d199e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f45541f
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
	.inst 0x9e6100a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e60f431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21c933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e200264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70fa35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6ed4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ef5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f1819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e59b12a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79387b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61ab7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e2de53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b29ff
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
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0e971
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
	.inst 0x1e285813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0c894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e302a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390146
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
	.inst 0x7ef2d658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fb49899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0c9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e73085c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e692110
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
	.inst 0x9e31018f
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
	.inst 0x2ea1f930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e274232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6201f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e270a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2ddc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6acd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eeed478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7fc391b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee1b97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e217a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d3b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67501e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e58098f
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
	.inst 0x1f0e8dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e630031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e269436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f9190f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e280025
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
	.inst 0x6ee0fab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6489f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61a97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c097b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee5f73c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19f46d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6addff
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
	.inst 0x0e217810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c78f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e280002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21b873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e230174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e22d5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f5fe537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e616878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2800a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30fa3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee5d4bc
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
	.inst 0x1e2029be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d2fdf
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
	.inst 0x7eadd410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e216a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6200d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2dc455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f2cfe56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e59a868
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e67fdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02757a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ebad4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f2de77c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ec79d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0cb3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c0ff
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
	.inst 0x9e630030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f891
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
	.inst 0x1f42c1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2249f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f815875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e24e537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f40a538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61c899
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
	.inst 0x2ea0c47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e22f49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69183d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c68df
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
	.inst 0x1e780100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e08f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21d953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee7ecd4
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
	.inst 0x4e218856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f632c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4faf12d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f8d1899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4e085b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e18fdec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19944d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e02d53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b701f
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
	.inst 0x1e647970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f2afcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e31fd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e271a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6939f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21a8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e214296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c59f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eaff4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e217819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e792050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0b153b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62009c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e661dde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e71018f
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
	.inst 0x1f679010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3900a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eafc613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f248554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef4d615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f26e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e439dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e619898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61691b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ef5fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7fca997d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23289e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2502cf
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
	.inst 0x2e2bc570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3069f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e702992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1d853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f18f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6dd595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6179f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e242150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61d8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24395a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1ab3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30fabc
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
	.inst 0x1e69501e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f9df
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
	.inst 0x1e2e7870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6240b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f052e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4b2953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e700144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f5ce5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3cf017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7fa29098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e603979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2dcd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2a66fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f37e4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3da83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1aa7f
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
	.inst 0x1f080410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a44e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e380225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e74e5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e32a57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f66bd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22383a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f52e55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e23d4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2279fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6200ff
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
	.inst 0x1e6868d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e19ea01
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
	.inst 0x6e62ec13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c894
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
	.inst 0x1e390266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e710107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e618938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e792160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a09bd
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
	.inst 0x1e6441bf
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
	.inst 0x6f73e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0d5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f042f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f311cb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e603954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f61e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e284897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61d9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e20c4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0fa7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21b87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e02a0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e23dd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e62d5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c485f
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
	.inst 0x2eaaecf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f40ad51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2908d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e650065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e29b549
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ff457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea2f4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7cf019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28181a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63005b
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
	.inst 0x6e61991d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e24004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62883f
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
	.inst 0x1e2740d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7001e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc49133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e59e185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fa49277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f475878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f48a439
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
	.inst 0x1e6002eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e6179dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0daf3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ebdfcde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e289437
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
	.inst 0x1e220050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6328b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d7e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e618a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c3a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e2198b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e292857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4001d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21a859
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
	.inst 0x7ee0c95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67407c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6e2b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4e519e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e61032f
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
	.inst 0x4e218910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e650201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2198b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e8a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e73b478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e618935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcc5196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e20e477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e0938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6eecf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6900ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e599c8b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c33c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38581d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1a9ff
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
	.inst 0x1e287830
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
	.inst 0x9e620092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c4422
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e216994
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
	.inst 0x5fc85096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2fddb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fad9a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e790129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3709ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc511bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a281c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f61e91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0d83f
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
	.inst 0x1e6100e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2ac511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc09872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2839d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e79f014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e270815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2178b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f23e5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6641d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67a49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e77c6bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0f909c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c33d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a1b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e27c55f
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
	.inst 0x0ea9cc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5eb0fd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea9fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e25fd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f250a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e2fdd37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f41a438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1db3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e64012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61899c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e18d7ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e618bdf
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
	.inst 0x1e790000
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
	.inst 0x4ee4c5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e650004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d15b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e672956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e290087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f763079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2841da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee2fc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c27d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c08de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6168bf
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
	.inst 0x1e6819b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e211a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202198
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
	.inst 0x0ea19894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fa49835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e690066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e4cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e226a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea5f619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a089b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f06e83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0c69d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66793e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e7ec43f
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
	.inst 0x1e22c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30e5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc091b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb2cdd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f8051d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61ec55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e618a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e32ed98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21c879
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
	.inst 0x5e68dcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e662b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3100ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f1b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c8df
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
	.inst 0x6ee9ecd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e228931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e30c5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18cd83
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee189b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e218895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f249576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e736937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e596c28
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
	.inst 0x6ea0c8ba
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
	.inst 0x9e42ccbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e6afdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2443be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6901af
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
	.inst 0x1e290040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58e881
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2508d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03d514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21b935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e343016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6201b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e780208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2142b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61b87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2bfd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6200fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2709fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6242df
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
	.inst 0x1e6800a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1b9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee18a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee7c433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e230114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b3015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f9420
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eb2cd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0fa18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcf5059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2f38ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f70fc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eebcdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2ea5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea9efbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29181f
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
	.inst 0x4e6199d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d18f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e43a192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0ea14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e227916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e695018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcb1099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c31a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0f9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6801cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e60edfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1d99f
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
	.inst 0x1e2f2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e287891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e2fdd12
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
	.inst 0x4fc81194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea6e515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e356d56
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
	.inst 0x5e21c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f8d9
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
	.inst 0x1e23c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23013e
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
	.inst 0x1e6148f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2169b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6169b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e250163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f01c4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23653d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4d0ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea0cad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e380068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e270819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e653afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f27117b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e68034c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c2370
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
	.inst 0x0e2168ff
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
	.quad 0x764e723de95ba19a
	.quad 0x45854996a6d36743
	.quad 0x0000017bc58b5db1
	.quad 0x0000000000000386
	.quad 0xffffffff80000000
	.quad 0x5f868d88b49a96fe
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0x0000000000000056
	.quad 0xb35d7d98630bf88a
	.quad 0x000a722928e3bec6
	.quad 0x65cca6dc8abb9d80
	.quad 0x36d3842f1633d556
	.quad 0x0000000000000337
	.quad 0x0000000000000069
	.quad 0xffb9d9510407d8ce
	.quad 0x06c00000
	.quad 0x30000000
	.quad 0x80d9b65ce3b5b8c8, 0x703ef63300000000
	.quad 0xdb901f2c876fb7fd, 0x7fc00000243619f7
	.quad 0xc05e000000000000, 0x8124565e7f910824
	.quad 0x47fa0000bf307b1a, 0x385d77fef9cd7db1
	.quad 0xd1fb7112c18f7ced, 0x0000000000000000
	.quad 0x1168db66669d3de0, 0xe9ca9988fff707ac
	.quad 0xc1f6e65a00b8b3e2, 0x7fd3769b5aea3095
	.quad 0x80400000c79fb70c, 0xf8dddc780d6f7e7e
	.quad 0x017fffff0280036c, 0x926a58374ab6f691
	.quad 0xbff3f3ce41080000, 0xbfd000008021ef44
	.quad 0xbbd40000ff800000, 0x40388885960a526e
	.quad 0x4131474f4b86296f, 0x8008000000000000
	.quad 0x00f8bca342de55b5, 0xc60ecac1ffa7c8e2
	.quad 0xc9aa0a1dffb20471, 0x4330000000000001
	.quad 0x85ab7bd0f8940000, 0xcfba121f9e9d6b32
	.quad 0x3c3fb9c767e20001, 0x7ff0000000000000
	.quad 0x9627f3f5ce620000, 0x8f927bfcfff7f75a
	.quad 0x4076294ddfb5c8db, 0x7fc00000ff55748e
	.quad 0x00000000b7c00000, 0x950f99ae7f65fbab
	.quad 0x402a6059326c2ec2, 0xfc990cc1808e8980
	.quad 0x44bfe6114f3b9942, 0xa18757ab4710da62
	.quad 0xc9f32e3ffefffeed, 0xed201a3980142d7d
	.quad 0xbfa199f562867d3e, 0x3c7e00001cd56f56
	.quad 0x7ff8000000000000, 0x020aa45ebafea69b
	.quad 0xbfe8000000000000, 0x608f875bf7e9a1c8
	.quad 0x404c8cca17e0b7fe, 0x312476e3937134f4
	.quad 0xffa4b137d4ffffff, 0xedf70baca7687d34
	.quad 0x0602d76d61b98800, 0xfa3cf16cb1fe7f29
	.quad 0x007fffff80214b79, 0xa58240d31f7bfe49
	.quad 0xe247d71ae7ffffff, 0xc78eaafe505987ff
	.quad 0xc00dc5576d3a2734, 0x80400000f9dceee6
	.quad 0x8000000000000000, 0xfd7bcfa638b84df9
seed1:
	.quad 0x00000005f551ac1e
	.quad 0x00000000000000a5
	.quad 0x0c795eef05325724
	.quad 0xfffffffffffffc9e
	.quad 0xfffffffffffffe91
	.quad 0x0000000000000156
	.quad 0x0000000000000032
	.quad 0x00000000000001dc
	.quad 0xfffffffffffffc82
	.quad 0x00892426603268c8
	.quad 0xfffffffffff57a65
	.quad 0x8000000000000000
	.quad 0xe641efd5787fc34c
	.quad 0x78d5e3df133d414b
	.quad 0x0000000000002a3e
	.quad 0x0000000000000014
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x0008a317060eef62, 0xec74026b99bc1fc0
	.quad 0x55485a43d2f5ffaf, 0x21c353e100000001
	.quad 0xa891382eecbbed6f, 0x40b8000040200000
	.quad 0xbb8177e27fa80a92, 0x7f8ec24d18794b3d
	.quad 0x61de6e49c18481e6, 0x5a5bb9bbfd77d3c5
	.quad 0xbffd5d9773d2c792, 0x82d4d42ea67edfc9
	.quad 0xfffbe39a7d9d93d7, 0x85bfd1e6e2587d44
	.quad 0x8000000000000001, 0x80000001ff9b9781
	.quad 0x3fa6c0aa89ce68ef, 0x5db34c045068127e
	.quad 0x1a041249cfbffffe, 0x0950b7a9b7ffffa6
	.quad 0xd82b7482d9950800, 0xdbaed2bd4fba8000
	.quad 0xc005000000000000, 0x07834e02f2c6c660
	.quad 0x7ba58f76c3e7fbc4, 0x817c5f5df5162b4c
	.quad 0xfff8000000000000, 0x3862f2510bf85021
	.quad 0x40000000c1200000, 0x401f000000000000
	.quad 0xc330000000000000, 0x7ff0000000000000
	.quad 0x9cd6a5d5babe77d4, 0x1eda8677fdffff37
	.quad 0xbf8de455e5da8597, 0xd8293914460bdc43
	.quad 0x78184895c0110000, 0x40efffffffffffff
	.quad 0x3941b49a1d7ed638, 0x400e000000000000
	.quad 0xce4f5229ffebffbf, 0xfffb8d659d0add67
	.quad 0x6935952fffa544e0, 0x7fbdbea23fa00000
	.quad 0x1146744b3c5c5f95, 0x1636cec57fc4274a
	.quad 0x8000000000000000, 0x88e17e74491c7a36
	.quad 0x123738d880000000, 0x8035c33d7f800000
	.quad 0x9e77709df67ffbbd, 0x4800f90cc0c80000
	.quad 0x4046aa685c8e203d, 0x7dc2a6b02cdbe339
	.quad 0x03c76989e4e34505, 0xefe98c0218ab4d74
	.quad 0xbfc74ef07f800000, 0x4fa845b87fb9fe00
	.quad 0x9555201a11a3c6ef, 0x332afec0f81fff94
	.quad 0xfdde9032fe349e27, 0xc0c80000cf800001
	.quad 0x169208a1f5ff77db, 0x821dd50a701f2d57
seed2:
	.quad 0xffffffffffffff88
	.quad 0x0000000000000108
	.quad 0x0000000000000109
	.quad 0xd407c64fc2b7de61
	.quad 0xfffffffffffffc8a
	.quad 0x0303b10cd27236a5
	.quad 0x00707720f0dac83c
	.quad 0x59898d775419f44c
	.quad 0x24256896e7a074ed
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0x00000000342129ef
	.quad 0x6c9c0191448ebec4
	.quad 0x0000000018a04d05
	.quad 0xffffffffffffffff
	.quad 0xffff18f344088016
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xfff00c7501d145da, 0x001ad91722fd8595
	.quad 0x40dd000000000000, 0x807fffff00800000
	.quad 0x00000000e6b77192, 0x80000000efacb7de
	.quad 0x8044a7b4f32a4700, 0x251de308c0f6c069
	.quad 0x7fb16f3b7f800000, 0x800fffffffffffff
	.quad 0x0bfbd50cab52fc00, 0x3fb44b4ba388dc23
	.quad 0x8000000139a00000, 0x7f8000005f000000
	.quad 0xd622e79d17f55df0, 0xff9c6eaa40d00000
	.quad 0x5e766f89ff2fb7f9, 0x852f14ea93feb7ed
	.quad 0x612b9959dfd7f1ff, 0x8000000000000000
	.quad 0xfff8000000000000, 0xbfb613f5c8cc6038
	.quad 0x8000000000000001, 0x131af52429edfc00
	.quad 0x0eb29bd33dcb8f13, 0x576239227a4bfae0
	.quad 0x32bb65dd167b8000, 0x5a0000017f800000
	.quad 0x24d008f2cf7ffffe, 0xff7fffffc1b2856f
	.quad 0x0000000040c41afc, 0xfff0000000000000
	.quad 0x3f796b8d2f84edb6, 0xc05e4eabd16e90ed
	.quad 0x5887b33960e557c8, 0x41e1b49efeffffff
	.quad 0xc00a000000000000, 0x54b474fccb6f3023
	.quad 0xc07b9a0130e4705b, 0xfd4c0facb62e0000
	.quad 0x3f22100bc10b66d0, 0xc0480000bb7c0000
	.quad 0x219deb428c06e2e2, 0x41c000009cdd7591
	.quad 0x1c185f46ed55fe00, 0x401fd69af280d0d3
	.quad 0x4e2ecd89dffffffe, 0xd172321c36e90640
	.quad 0x7f800000ff000000, 0xd547cf5e130ea29c
	.quad 0xbee8000000000000, 0x80000000009bc29f
	.quad 0x15dadb897e93b3f6, 0xc110000000ffffff
	.quad 0xffefffffffffffff, 0x3f59000000000000
	.quad 0x3fedb239b12f356c, 0x41c1c1fd7fc00000
	.quad 0x00000000d9800000, 0xd63bb962cd14ab42
	.quad 0x3edceff3ff800000, 0x000000007fc00000
	.quad 0x7fde65b300000000, 0x3f1837faff8147f0
seed3:
	.quad 0x000000000020103f
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x1adb49f0dde7af8e
	.quad 0x0000000000000001
	.quad 0xffffff9ec3a945b0
	.quad 0x6ba722d8ba971d60
	.quad 0x086e7704ffb2c3f4
	.quad 0xd6535bcb2a6dcf14
	.quad 0xf9ede1e2e06eaec9
	.quad 0x70b3f5c48b6d809a
	.quad 0xffffffffffffffd7
	.quad 0x0000000000d2080c
	.quad 0xffffffffffffff62
	.quad 0x00000000eb85b9ae
	.quad 0xfffffffffffdead6
	.quad 0x01000000
	.quad 0x50000000
	.quad 0x7c75a1597ff3dbbd, 0xd9fffffe716c8f82
	.quad 0x00ef31bc00800000, 0xc06d2a3a1a26de85
	.quad 0x7ff0000000000000, 0x3e2f12c8ffba79a7
	.quad 0x0000000000000000, 0x2a298117cb137ca2
	.quad 0xf02a2b9e95473d8c, 0x29a5b67654ee7e00
	.quad 0x800000007fb2eb22, 0xff36798cb8f9a670
	.quad 0x80e6051e97699fed, 0xda0000017cb00f00
	.quad 0x5f5919dc1b472247, 0x35c15de02a8afb5b
	.quad 0xbfe69dd9795eab7a, 0x82225ca8bdd88cdf
	.quad 0xbfd5cb8215342a17, 0xd595d66de7fe4f7e
	.quad 0xc9d000007f910ed1, 0x91a53e4231bd7e00
	.quad 0x0000000000000000, 0xc0da000000000000
	.quad 0x03289412e6569dca, 0x7081639dff8aaaa3
	.quad 0xffc00000c049fc55, 0x28303587be43f243
	.quad 0x7fb9fb6dc0a80000, 0xfe4f12fd2292de30
	.quad 0xc2be22af00000000, 0xc034356ba7bf1bb7
	.quad 0x70b6700f4edcbc7b, 0x40557344f6f345ed
	.quad 0x87df7a9bc0f00000, 0xc1b31acf7ef91589
	.quad 0x8261ee3808c00920, 0x8e0e718f225bd945
	.quad 0x7617f121563d837e, 0xed10d3df964d3078
	.quad 0x414679b73ee96aab, 0x488c6f5b5c4ddfdc
	.quad 0x400740fca898f11c, 0x7ff02315fffbbfac
	.quad 0xf081036e05000ace, 0x0000000000000000
	.quad 0x3fd188ee7ada2b48, 0x6dd9d4e9d62da56f
	.quad 0x983350387776ffd1, 0xc178aa8b17080c67
	.quad 0xdf0000010b87eb02, 0x0e884423dcefbfdd
	.quad 0x85df82f995fdffc8, 0xfffc5a224d2da1a2
	.quad 0xcdf6227b4443fc74, 0xfcbc47e4b2d42b84
	.quad 0xd6aa2bfc6ffefffb, 0x817fffffc7ffffff
	.quad 0xff800000f83350a6, 0x1ae8b9e9e0417ff0
	.quad 0xffc00000016be1b6, 0x0e10a42b23c40001
	.quad 0x3148f728ffff2a00, 0x7ff0000000000000
seed4:
	.quad 0x0000000080000000
	.quad 0xfffda4a77ca78103
	.quad 0x007bbc252b4d45e7
	.quad 0x9747b8e284ea8a34
	.quad 0xffffe6c5043a33e3
	.quad 0xffffffffffd935de
	.quad 0x0000000627692b97
	.quad 0xe139e2737ee7eb63
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0xffffff078a2517c8
	.quad 0xfffe4dfb05d4d132
	.quad 0x57ada310413d2e9b
	.quad 0xfed573a6c433b8c3
	.quad 0xe3d19f1deabd1007
	.quad 0xffffffff80000000
	.quad 0x05800000
	.quad 0xc0000000
	.quad 0x7ff6463a724694b4, 0xc4c00000ef2a9e10
	.quad 0xd9df4847ca90d9de, 0x1860f76aab110dee
	.quad 0xfeb179cd6dd06bb2, 0xbc63c52b64ca1daf
	.quad 0x0000000000000000, 0x3f6dc766c08289fe
	.quad 0x81c33a47d4135335, 0xfffaa14579be1592
	.quad 0x4017000000000000, 0x8020000000000000
	.quad 0x800f51c0d939de4c, 0x43b9dbe985de1b9f
	.quad 0x7e80000080000000, 0x7e8000007fc00000
	.quad 0x7b721b487ef4033d, 0x7ff0000000000000
	.quad 0xcf60b5013e71f3b8, 0xbc7f44607f800000
	.quad 0x8813258676a95ac8, 0x0000000000000000
	.quad 0x3ffb5001a31482ad, 0xba8a5fa6a35f8b1b
	.quad 0x7ff4f2838e3c6bba, 0x56ac59bcf6790181
	.quad 0x3fa877b9f172156e, 0x3d00720c007fffff
	.quad 0x8020000000000000, 0x036559f1ee7526e9
	.quad 0x7d0fc1c03f01d583, 0x401d000000000000
	.quad 0xb5d00000c7b2b418, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x3e5108ef1933570d
	.quad 0x28ee27360950c1e7, 0x9085c2f97f88c55e
	.quad 0x7f8f79f9ffc00000, 0xc340000000000001
	.quad 0x3f782c95a177a44c, 0x00000000ff800000
	.quad 0x34e38e64d1d7fb9e, 0x7fe6f1fc2c4dfaf9
	.quad 0x5c3b5d2af6cee85b, 0x09201f65f5d4dfb9
	.quad 0xf6dbd92a587de720, 0x8000000000000000
	.quad 0x4052000000000000, 0xc02bc97c8facdb37
	.quad 0x47080000bc8d4a2b, 0x40456067fffe6f2b
	.quad 0xfff9992d98d85800, 0xfeea347c6f1b4304
	.quad 0x7dfbf5f83edc7c01, 0x0000000000000000
	.quad 0x7379bd1ab8b800b2, 0xffc000009c0319ac
	.quad 0x3bbdb16f49964700, 0x61e11b899d3145c0
	.quad 0x7af25da4fbea77af, 0x279167d37f00967f
	.quad 0x68e69878eff84dba, 0xc0026ae28a9eddd5
seed5:
	.quad 0x000000000000009b
	.quad 0xffffd199653fe01b
	.quad 0x000001f506b706b6
	.quad 0x00000000000001d8
	.quad 0x0000000100000000
	.quad 0x0000014ef1e7ab63
	.quad 0x3b406a261775a170
	.quad 0xfeefa8a289049d86
	.quad 0xda1d1e363e880d29
	.quad 0xffffd5d57e0b03f5
	.quad 0x2411371305fecee0
	.quad 0x0000000000000000
	.quad 0x0a4076ba2b418c53
	.quad 0xfffffff9b1a52241
	.quad 0x2a684f6746b207e7
	.quad 0x0020000000000001
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x0008000000000000, 0xabc8766a8098c540
	.quad 0xdf46038efff58e5e, 0xb0a0c7ade94a796e
	.quad 0xc71e3bd800ffffff, 0xf4ece72a87f32232
	.quad 0x800161c33cddb734, 0xc0d6000000000000
	.quad 0x8000000000000000, 0xff8000007f8c4241
	.quad 0x8000000049180000, 0x00ffffff7b7bc862
	.quad 0xc0205f213ba38c11, 0xea80983c0d0c00f5
	.quad 0x49a9eee17ff1fc00, 0x143d1a92757c7bb5
	.quad 0x9f27b00bcb927c00, 0x0aa0d3515ffffffe
	.quad 0xc015800000000000, 0xc0d0000000000000
	.quad 0xff800000fff04783, 0x05fb651429824530
	.quad 0x39800000741d0928, 0xb53ae0a0623efc77
	.quad 0x0000000000000000, 0x800000007fc476b4
	.quad 0x00f69274b69cb723, 0xffe0000000000000
	.quad 0x4e111687fdef7fcf, 0xc946ef6eebfcf77a
	.quad 0x0d507728bffe9a8c, 0xea8ed0f3c270b554
	.quad 0x7ff0431da3e871ca, 0xca2954f7a6d2c575
	.quad 0x7eb847821882c0ea, 0x40b0000080000000
	.quad 0x3fa32b726f044660, 0xbeb400003bb5b77a
	.quad 0x7ff0000000000000, 0xffc0000059ffffff
	.quad 0x76fb8198d7110000, 0xbf7d5fd3f2281ce2
	.quad 0xff82679e7fb467ee, 0x3d773a037f8ba91f
	.quad 0x919183cd1bf4f976, 0x3fbfefb863a03819
	.quad 0x95178564d170835b, 0x9f2d50a75e0ef800
	.quad 0x40e4000000000000, 0x7987c1e35eb03c4a
	.quad 0xa6d2867b19058200, 0xff0abc5d395e4ca1
	.quad 0x00e8b322aabd8bb5, 0x72021e71bbdff69e
	.quad 0xbf75b8cf57db65aa, 0x8bef5677b6f54780
	.quad 0xffbcde3697e88f82, 0x3fe000008056f344
	.quad 0xfff9befb379c0000, 0x8d8ab376bdeb3f6b
	.quad 0x89bb557bc3538c7c, 0x000eeb5130cbd9c3
	.quad 0x7fdb477c80000001, 0x000fffffffffffff
seed6:
	.quad 0xfffffffffffffff3
	.quad 0xfffffffffffffca6
	.quad 0x0000000001000001
	.quad 0xffffffe89a73c211
	.quad 0x0000000000000000
	.quad 0x774710c0fdb79292
	.quad 0xfc788934366f80ba
	.quad 0xfee91632abe11ae3
	.quad 0x26478d47f58cc9e8
	.quad 0xffffffffffffc5ca
	.quad 0xf4d675fba3dd76b7
	.quad 0xcb828fac2b24347d
	.quad 0x00000bdb0b9d2385
	.quad 0xa25ffd009b2b4409
	.quad 0x00000000ffffffff
	.quad 0xb0653f3e799297a3
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x1c3d415593159964, 0x8b04478ec0908000
	.quad 0x006fae223d130776, 0x8a7d00b9cd1f7bff
	.quad 0x31733c253a06d90c, 0x0000000000000000
	.quad 0x8638c493c2a66dd1, 0x2026b77ebdfd8811
	.quad 0x5f65115b55702edd, 0xadfce5933eedfb39
	.quad 0x3f9ec67204971626, 0x7df2aa945f4af72a
	.quad 0x802e1b8d4d681532, 0xaf6cecda1ffb7d11
	.quad 0x10f09db55d01b787, 0x40000000807fffff
	.quad 0x4a30163ff5b6a1a4, 0x7fa06520ff000000
	.quad 0xc029b020fcb29ba6, 0x000fffffffffffff
	.quad 0xd9941c3495b7fbdf, 0x3e7d04e4b91dde85
	.quad 0x8000000000000000, 0xc0a089bf8539f5fc
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x80000000ff8c4c7a, 0xf1eae820f8fafe00
	.quad 0xc3601533847dff04, 0xc023800000000000
	.quad 0x000000007fb24f62, 0x42e042a24749fef7
	.quad 0xff80000043390000, 0x7fd5cc4cc08f7e8d
	.quad 0x49736b31ffd23c05, 0x9baf512a1da17b3d
	.quad 0x3fbc11b376fd02db, 0x18311bcb141bc697
	.quad 0x00000000fe630205, 0xf77e8830e064df77
	.quad 0x7ff1797f89fec6cb, 0x1bdbc7b5c97f6b7d
	.quad 0xfe82ab507245f190, 0xac3a379bbdff8b4d
	.quad 0x7fecc938ffc00000, 0xff7080001e1ad794
	.quad 0x401c1801a3421dcb, 0x8039ca3dfef0984e
	.quad 0x6b38969a462e0000, 0xc297ffa6d19bc687
	.quad 0x3480528079b28e5a, 0x838030cff4a9fe00
	.quad 0x405d468026bf6fba, 0x000000009df2e8f4
	.quad 0xe73e2af3ffffffff, 0x870973b419944880
	.quad 0x433fffffffffffff, 0x3f34000000000000
	.quad 0xc3f08af27f800000, 0xbc67734ff9fbbc71
	.quad 0x8000000000000000, 0xff5fa14950848c39
	.quad 0x8d2287b67f800000, 0x7ff5cff3ef4ecfff
seed7:
	.quad 0x0001f98bd9880e52
	.quad 0xfffffffffffffc59
	.quad 0xa16bde3ea5fbf693
	.quad 0xfffffffff77d385c
	.quad 0x825043c8fedab462
	.quad 0x0d1d10ef8ac811cb
	.quad 0x191192a132650819
	.quad 0x0cbf95fc554b8834
	.quad 0xfffffe6ae4e0f191
	.quad 0x00000000000000a1
	.quad 0x0000000080000000
	.quad 0x39432b8f251b2d5d
	.quad 0x7ace251c6a1e8c17
	.quad 0xfffff9434376f59f
	.quad 0xfffffffffffffe37
	.quad 0x0e9e093c7f02d0e9
	.quad 0x02800000
	.quad 0x60000000
	.quad 0xffd0000000000000, 0x41140000ff800000
	.quad 0xc0bb169d80000000, 0x5f2d1447d97587ff
	.quad 0xbf89225cd6b04788, 0xffea9c1b36c1e825
	.quad 0x0080000023e24d86, 0x7fc00000410c0000
	.quad 0xf497afb2e99ed6fa, 0x7fa0fa6f00b7bc2d
	.quad 0x1327f2c1c105edc1, 0x3fb2800000000000
	.quad 0x80000000ff800000, 0xafbe442d6b0a7fcc
	.quad 0xf3f89f62fff0fc00, 0x68dd393c946f4380
	.quad 0x8f1bbd3b0d7dbed2, 0xc034aed007627f6f
	.quad 0x40bb600000000000, 0x7a83e8951e8b2908
	.quad 0x7ab63a26c0acd095, 0x0f371f2301660b08
	.quad 0x720010b7d88a782b, 0x5c1836c83563a098
	.quad 0x4741ee1f11c2fc00, 0x83a14965990dab2b
	.quad 0x57ce2c186a133f43, 0xc943896cb79fd7e7
	.quad 0xa950b5ecdbedfde5, 0x401f45508682511b
	.quad 0x800000007effffff, 0x8b134ebf3d7f17b3
	.quad 0x7f8000004163d4cb, 0x3760000020754145
	.quad 0x3f74a746a0475f3d, 0xc26c162efffdffff
	.quad 0xbfed400000000000, 0x7ff065f9b675c7bc
	.quad 0x7de7edb612fe8148, 0xbf86309d6030cb7e
	.quad 0x1531e21063e892f4, 0xffa646317eb84776
	.quad 0x1d018d9d7fb6ecbf, 0xffc00000855c571c
	.quad 0xe446762dff800000, 0x752f9e2c69a67e00
	.quad 0x6a78aaa357e69479, 0x3f600000423126f2
	.quad 0x25e887cf551c7b50, 0xec082556b57e06dd
	.quad 0x74b4651dc4e00000, 0x096cdc6ff7dbbf8d
	.quad 0x7ff8000000000000, 0x79650f64d7aefabf
	.quad 0x892a28ad308a20d4, 0x6cd67acfc5adb67d
	.quad 0xf4974aa2ea55b3ed, 0x7f24ea5d9a4637d1
	.quad 0xc2bffffffffffffe, 0x5c6b4726ff800000
	.quad 0xbccbd8652263a3a8, 0xfff44241d36357dc
	.quad 0x805cbf84c9400000, 0xadc8030ee3907d2b
seed8:
	.quad 0x000000db3be9c1d3
	.quad 0xffffffffffffff62
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0x4befbc01ca765004
	.quad 0x00003e2e263b1761
	.quad 0xfffffffffffffc22
	.quad 0xfffffffffffffc37
	.quad 0x00000000000001de
	.quad 0x0020000000000001
	.quad 0x0000000000000268
	.quad 0x5d2e5ecb300f7a24
	.quad 0x71b6b5f914b95670
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0xd902cecc77124e49
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x43f0000000000000, 0x6ac049b2f1c90627
	.quad 0xda0000017f800000, 0x90fa4b5f7eb84063
	.quad 0x00000000eeba705a, 0xbec9e867fd1c0a4d
	.quad 0x803bca3af02b50dc, 0x3f9f000000000000
	.quad 0x489b3dd8bfd14f4f, 0x1b24fe6459dffbff
	.quad 0xd0ad3af273f5feff, 0x001a5532e9ef4845
	.quad 0xffbf69e37fb735f2, 0xbd380685d9800000
	.quad 0x8c9e9d96c547d593, 0x7ebd03be7fc00000
	.quad 0x41000000508c343f, 0x7ff8000000000000
	.quad 0x1747b200a9c0ba40, 0x816d29366c7eb144
	.quad 0xfffdc2a5c33468e2, 0xcba1ec45ffab9c30
	.quad 0x3facf060ab3d417a, 0x4c9c63087fa2272c
	.quad 0xbfa572ec267ef0d2, 0x09bb0ac39ad37800
	.quad 0x80311992f8716e65, 0x810000000040da58
	.quad 0x791fd398d5d58000, 0x3225f74225b27c00
	.quad 0x593daae715047c00, 0x00956f8b7fe295d6
	.quad 0xc01b000000000000, 0x69a26e8dbbebfe9f
	.quad 0xe145596ad250afa7, 0xcf0000007fc00000
	.quad 0x4702e0880148ad4d, 0x8000000000000000
	.quad 0x541a366c576332f5, 0x6f3fde7021c92ab2
	.quad 0x83fd684293f8fc98, 0xff0000000063e7f0
	.quad 0xc11800003bf5bda7, 0x7f800000bfffffff
	.quad 0xc006000000000000, 0xfff72ef4a1340a61
	.quad 0x68ebdb7a5f2cbb0d, 0x038520e74cb8bc5d
	.quad 0x3c79800050f19d93, 0xff80000080457676
	.quad 0xc81b7526663cc18e, 0xc050cf942c04944f
	.quad 0xf6c37651ffd7ee2b, 0x55e436114e382dd6
	.quad 0x40d000007b737689, 0x7ff352f09065dfa2
	.quad 0xfff42584099c1512, 0x9d3150a8f7d003ff
	.quad 0x409000007fc00000, 0xc1b66f653ffee7ff
	.quad 0xbbbc115180000000, 0xf583afe3b33e5156
	.quad 0xbfae700000000000, 0xfff0000000000000
seed9:
	.quad 0x00000000000001b4
	.quad 0x45a6d7aadcd3b997
	.quad 0xffffffffffffffe0
	.quad 0xb0a39c13bd53855e
	.quad 0x561d4c711f62a2d8
	.quad 0x000000000000033f
	.quad 0xffffffff9b293bea
	.quad 0xffe73224ae60d738
	.quad 0x0000000001000001
	.quad 0xfffffff9bb82d2f0
	.quad 0x0000000100000000
	.quad 0xbcb1889e61884c62
	.quad 0x4c95f81592789172
	.quad 0x50680a44604f216a
	.quad 0x0001ca001fe3bf85
	.quad 0xffffd780fe00f52b
	.quad 0x03400000
	.quad 0xa0000000
	.quad 0xbfdb978fff417bb7, 0xfff0000000000000
	.quad 0xfed9e243557f926d, 0x748d909839870000
	.quad 0xc099000000000000, 0xd9d3bd86802d4750
	.quad 0x0a88f35dae095c46, 0xffea6805c2a302ed
	.quad 0x439a93d20040fd1c, 0x438fd2c4c0f66f31
	.quad 0x76347127288feeb0, 0x920eb436df3ef7f7
	.quad 0x4e88388d00bd7e00, 0x8000000000000000
	.quad 0x3d0514fad05c8cb5, 0x1aa747726ffcdadd
	.quad 0x43cfd206df000001, 0xc38f137a7fb5a91f
	.quad 0xdc1daf4be7ba2be4, 0x89dfc422fff87e09
	.quad 0x7da80b324d94d3fb, 0x40099c237fd0b8ae
	.quad 0xff8661e48a902fb8, 0x29b7067bb7f6fede
	.quad 0x7ff0000000000000, 0x557ffffe3f800000
	.quad 0x1a5b3bf510f8c5c0, 0x3d8e5e00bb97816e
	.quad 0xc062791583ea2224, 0x3fdcd6a6eeeb2c53
	.quad 0xab8e095a7ff7f487, 0xbed1000000000000
	.quad 0x54bddfdae177f41f, 0x7ff68a0861491b4f
	.quad 0x8c7491083d24a3b2, 0x102ea438644e20d5
	.quad 0xbffc000000000000, 0x101b763dff6a7baf
	.quad 0xfece3ed97c7d375c, 0xc0ec200000000000
	.quad 0x5f7ffffe7fabbd5e, 0x4f962bb0fbdfffef
	.quad 0x55d6215d0e860200, 0x07fe061ab1dffdbb
	.quad 0xbf771347ac421bc2, 0x800fffffffffffff
	.quad 0x8d54de5808132f81, 0xfffb24e0e76f8a49
	.quad 0x665c92dabe93ff3f, 0x001dcb1a85f3959b
	.quad 0xf47614387fffb6fd, 0x8000000000000000
	.quad 0xbeb00000f58a382f, 0xc06619001e92303d
	.quad 0xa3e9e00ec0fc7d58, 0x3d2ad1d180c4aa0d
	.quad 0xc7f9000000dc34dd, 0xbe2a32dd1ae9c8c0
	.quad 0xbf71e91e73882441, 0x8014f653025174e3
	.quad 0x003306fb0036b613, 0xbffb3a2ae09d482b
	.quad 0xc01d000000000000, 0x3cab5941806cf5f8
seed10:
	.quad 0x104349d018349089
	.quad 0x00000000000001b5
	.quad 0x2633f90360ca56df
	.quad 0xfffffff80be5f397
	.quad 0x9f52aae5092074ca
	.quad 0x3a7d5293f645adbc
	.quad 0x0000000000000de9
	.quad 0x00000000000000b6
	.quad 0x00000000035b6ba0
	.quad 0x0239e1511e75a1a8
	.quad 0x0000000001000001
	.quad 0x646622ae7fe6c307
	.quad 0x1f6bca9da9796403
	.quad 0xfffffffffffffc94
	.quad 0xfffffffffffaba29
	.quad 0xd8385c24944c642a
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x46136a6ef3764de8, 0xd05182e8c221b5cb
	.quad 0x794574a9ffc80b99, 0x7fc000007fb84d1c
	.quad 0xfff8000000000000, 0xb5810000ffa9bb06
	.quad 0x808d7d366f4dc180, 0xd8ca8ff0c1cd3fef
	.quad 0x91d3779f6fcd3682, 0xfff0000000000000
	.quad 0xc021400000000000, 0x3f7dfbf3c1282ab3
	.quad 0xb01e70b8a62f1db6, 0x7ff0000000000000
	.quad 0xe5e7ae04b1523f20, 0xfff24d8b73df6d4f
	.quad 0x1bc9d52f7a163c00, 0x177e3a3ae744c28e
	.quad 0x0009a91fa353febb, 0x550676577087ba18
	.quad 0x9871dd1e7e800000, 0x7ff0000000000000
	.quad 0xa9cd3cb615119cb6, 0xada6190bb7e40000
	.quad 0x00000000bdb5604d, 0x387e3de46ffbf99f
	.quad 0xc02144bc11442c08, 0x8317015b353ef153
	.quad 0x402ef607ba9fa80c, 0x949b68fdc77ffffe
	.quad 0xc285f63905a376bb, 0x7f81381f83f090ec
	.quad 0x0a8cede9fff27c00, 0x3fe4000000000000
	.quad 0x004f57da34e21190, 0x180a7e2fdbffcea1
	.quad 0x8c7c48c7ffb3eaed, 0xbfb6fd04b7e260b4
	.quad 0x004a5e4fff800000, 0xd30d9f0a43277e00
	.quad 0x8fb56f3c5547fc00, 0x4330000000000000
	.quad 0xc0e63c0d3e700000, 0x5ca6f28db38b7b58
	.quad 0x054226c5ffdfac3d, 0x806bf9f9723ba0b7
	.quad 0x1752f51e64f97708, 0x7267d198ff7ab7ef
	.quad 0xc34fffffffffffff, 0xbf4000007f8ccc3b
	.quad 0x07007030f3f32674, 0x3774000081431c51
	.quad 0xb66afa4d7ffbddeb, 0x7ff0000000000000
	.quad 0x8196ea9167fa7bce, 0xff95c96280000000
	.quad 0xbfd0000000000000, 0x04b773a741600000
	.quad 0xfd23c095df1b0001, 0x0000000000000000
	.quad 0x40880000af8bfb94, 0xba140affff9f7639
	.quad 0x00000000147d2c73, 0x1adb4b38505d7c00
seed11:
	.quad 0x0020000000000001
	.quad 0x3ce54d1dc2d3f6de
	.quad 0x6d5f6326d47693d1
	.quad 0xffffffffffffffcf
	.quad 0x0000000000000053
	.quad 0x8000000000000000
	.quad 0x0000000100000000
	.quad 0x00000000000002da
	.quad 0xe9add597227cee60
	.quad 0xffffffffffffff33
	.quad 0xd4c478829b0d53c7
	.quad 0xba8ad072549f000e
	.quad 0x1c996751b7d5c3d5
	.quad 0x61443ee5680ad592
	.quad 0x0000000000dc2d4c
	.quad 0x0000000000000052
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0x00000000ffc00000, 0xc07fffff70ab0db4
	.quad 0x4132730fcf926029, 0x8056b11f7f000000
	.quad 0x7ff8000000000000, 0x6fd06d0aeac97a00
	.quad 0x39a01db74a457f16, 0x11fc2045bbdc3dca
	.quad 0xdf9245a97faff975, 0x4e81406147b8eddf
	.quad 0xd74378b7e97d164e, 0x3ff6defa73e90013
	.quad 0xccb29de15aabd68c, 0xd0f76dfe38f5c820
	.quad 0x0097d3bbffb704dd, 0xffc00000c18fc4d8
	.quad 0xc024000000000000, 0x800000003c80e618
	.quad 0x40f000007fdd837d, 0xffd78dd9b2694d72
	.quad 0x0000000000000000, 0xcf7ffffe4310b3b6
	.quad 0x2473eb720a443c5d, 0x57192f3e0552c390
	.quad 0x8ddf2c4cff738a39, 0x3f0a1bd927b50212
	.quad 0x8cf4607df9591758, 0x95c6c3c67f8080fa
	.quad 0x8d3b36a92da32c83, 0x7fc0000080000000
	.quad 0x9ba1ed0e7f800000, 0xf0788b08fdfd36a9
	.quad 0x4a9f9d4349f67f16, 0xdf368757c7cf7faa
	.quad 0xdf293745ffdc0000, 0x6e078a423ff68000
	.quad 0xf59aac0cc6b8b03b, 0x3f7b13883bb08848
	.quad 0xff8000001f4820d6, 0x3d65863ef2f84506
	.quad 0x70964e89424e3cae, 0xacd2ceb27fc2121b
	.quad 0xd4baddebf699c6a0, 0x7e812e95bdd6f1e3
	.quad 0x45258247ffdf76f1, 0x4128000000000000
	.quad 0x36580000007ee617, 0x7fbaca3742e00000
	.quad 0xb07f9a2dbffefebb, 0xec3587964a38fee3
	.quad 0x406b2bfa4395438c, 0x4023800000000000
	.quad 0x7f9a213718278304, 0x22d1d5d25b324680
	.quad 0x2a0cea1a9f50fe00, 0x3d2b4d32bd2e87ca
	.quad 0x1af42f51fb23035f, 0xea28874fff425ee4
	.quad 0x21a94241effd8cc4, 0x35f01053f255e850
	.quad 0xd1e0b382fafd7c00, 0x2a0fde308bb6c6f6
	.quad 0x6716a11406220770, 0x7ff0000000000000
seed12:
	.quad 0x0006261124ba291e
	.quad 0x015dc64bbcaf6bfa
	.quad 0x8b69cb344d1e99ff
	.quad 0xfffffffffd2f2e8e
	.quad 0x41f1de807128fddf
	.quad 0xfffffffffffffc3a
	.quad 0x40723eb957e76c73
	.quad 0xffffffffe7db22cc
	.quad 0x00007d9b741d11c1
	.quad 0xffffffffffffd1ca
	.quad 0x002574707148706c
	.quad 0x0000000000001689
	.quad 0xfffffffffffffd62
	.quad 0x6fd30aa29f35c474
	.quad 0x97af195ca71ee82d
	.quad 0xffffffffffba43ee
	.quad 0x07400000
	.quad 0xa0000000
	.quad 0x001d51e0845ce667, 0xe92d8d177f800000
	.quad 0xc058e4ca68b82f62, 0x8020000000000000
	.quad 0x0009cbfff71d37d8, 0x1d3e9bbd40880000
	.quad 0x729a11daff97bbef, 0x906b5f513ebfb7e7
	.quad 0xf754bda4e6fa0250, 0x3f432728c8100000
	.quad 0xff800000c1858e64, 0x5f800000dffffffe
	.quad 0x47cc2b3c9f6fa769, 0x7331104b7fc00000
	.quad 0x70f982cc75bbfc8f, 0xc889d754ffea87f7
	.quad 0xfff8000000000000, 0xcf05fe915de7014e
	.quad 0xfff7894c131fa3e7, 0x3e4d6e81ffcf69fb
	.quad 0x3fd1a2d7c2c11db7, 0xc05000004a098c54
	.quad 0xde77a142fd7f7d91, 0xfe1abfde00000000
	.quad 0x0a70d7f6ec223517, 0x41e0000000000001
	.quad 0x4f800001b87e0000, 0xc16400005209cfc3
	.quad 0x0ae9dd8d80000000, 0xcddd5785afffdfa8
	.quad 0x07136db03928f6da, 0x000000003cbd891d
	.quad 0x088413a1223685a4, 0xcf7ffffe00000000
	.quad 0xbf27d5d70e7346fd, 0xc01f000000000000
	.quad 0x7ff0000000000000, 0x2d8464e862000283
	.quad 0xdc4bc0288d603a48, 0x25aef2000e66bd00
	.quad 0xc033a484b32192bd, 0x7ff0000000000000
	.quad 0xc013800000000000, 0x0010000000000000
	.quad 0x3b062b75ffc97b23, 0x4064df4df13e3b1a
	.quad 0x838bc2fb3ff73295, 0x7df78cc7b2608b1b
	.quad 0x7fc0000000000000, 0x4011800000000000
	.quad 0x7fe39e6486106b07, 0x7ff0000000000000
	.quad 0x18cf1ec1ffbfda54, 0xc269470a4230bb20
	.quad 0xff98b829802c7670, 0x000000008897880b
	.quad 0x8020000000000000, 0x3c35e380bd48ecfa
	.quad 0x406d000000000000, 0x693935ddbb9f9637
	.quad 0x4102dafdffc00000, 0x979f914a41d6ce99
	.quad 0xc00fa6def441ea81, 0x9be234b1101754d9
seed13:
	.quad 0xb33165daf7fe1b2d
	.quad 0x0000000000000310
	.quad 0x5ec2ea46d7e1aba3
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0x32baaf6c066567c9
	.quad 0xfffffffffffffe3a
	.quad 0x00001d90891aa6ef
	.quad 0xffffffff236eae7d
	.quad 0x01698dc15873ef61
	.quad 0x01087d5078c7fb82
	.quad 0x00000000000000a8
	.quad 0x0000000100000000
	.quad 0xfffffffffffff9b1
	.quad 0xffffffffffffff34
	.quad 0x00000000000000fa
	.quad 0x07400000
	.quad 0x10000000
	.quad 0x3d51e3ab7fc00000, 0xac32e73f5d228fab
	.quad 0x401a000000000000, 0x3bbef505ffd7693b
	.quad 0x436aede8d126d8b7, 0xbfe60a3678c7041f
	.quad 0x6f02a297a8b17d00, 0x7ff0000000000000
	.quad 0x7ff34764f1268973, 0xbb96aad05999dca4
	.quad 0xbbad255d641f8c38, 0x800f15d4517e5028
	.quad 0x3f79eb3a0c89b596, 0x01167416fffd3f3b
	.quad 0xc1c0000000000000, 0x5f1216ab0074d3c1
	.quad 0x3029e2f621a77f6d, 0x0a65abfbbec7b8c0
	.quad 0x3fda1b06eef30270, 0x0de6aec4ece7c300
	.quad 0x833b6839b67d78b9, 0x3f6d4c1dfd147003
	.quad 0xfff8000000000000, 0x02b05156a47245f2
	.quad 0xc2f7e204c28f95da, 0xe6d63c1a13855d58
	.quad 0x02babec9792f1770, 0x9e6e542dc6b68001
	.quad 0xcf0000017fc51d8e, 0x4051673f147b8493
	.quad 0x8475ea1194ac0398, 0x51646d5ed656f32d
	.quad 0x1dd4da2c5fe5f8b8, 0xff8000002caa8c26
	.quad 0x28d319044a5bdd67, 0xb68c61385adb3bdf
	.quad 0x4adfe334ec48ce01, 0xc05337c225e5df24
	.quad 0x04fa2969e53d95a1, 0xbcc1c8a1ff9ca946
	.quad 0x411c00003a600000, 0x7ff8000000000000
	.quad 0x6b0a5bd2fc33e8fd, 0x08586f93ffb3670c
	.quad 0x060c3561fdfffbff, 0x007b30a77f8a0516
	.quad 0x0000000043a448f1, 0xbd1f5e20022c74c2
	.quad 0x0000000000071519, 0xeb9f8058d7bcf741
	.quad 0xa4e20bd7b79d7dac, 0xff80000000000000
	.quad 0xbfbfca431fae6833, 0x7f7fffffb5f00000
	.quad 0xdb0d2fa7b69f451e, 0x3f000000ff7fffff
	.quad 0xd0b1970696eb5c2e, 0xd506c91e99a8cafe
	.quad 0xcffffffe3d98f8ce, 0x5c814ef2dda1bb67
	.quad 0x12010a84a9f80800, 0xbe92a8e9e9ca48f8
	.quad 0xc014dc77c4500000, 0xc05000000c3f51cc
seed14:
	.quad 0x0000000000000357
	.quad 0x987ae8fbdf2b7be4
	.quad 0x9623873476dc29c8
	.quad 0x000000001abda3c9
	.quad 0xffffffffce49312a
	.quad 0xfffffffffce1a8a2
	.quad 0x0000000023705460
	.quad 0xfffc8ca84be00df4
	.quad 0x000000000000039b
	.quad 0xffffffffffffffff
	.quad 0x0000000000000358
	.quad 0xe1802190961c2f89
	.quad 0x79b509882f4149f5
	.quad 0x05654bd867e5906c
	.quad 0x103f1928b790a10a
	.quad 0xfffffffffffffce1
	.quad 0x04800000
	.quad 0x70000000
	.quad 0x6fce60bfd9b4564e, 0x4027bcb7049c1425
	.quad 0xc0645a7f8ff32c7f, 0xc2f1e4b6ffc00000
	.quad 0xd6f7d7906bc5c267, 0xb84cabcba1ff5cbd
	.quad 0x2b8d973e53cd3ab9, 0xfff881fcc4f15c15
	.quad 0xbf8e1d32faaa7d9e, 0x7f80000041ab14f8
	.quad 0xf4a6f405f58f5bea, 0x80000000a7f03fc0
	.quad 0x8020000000000000, 0x83631a733f9efc00
	.quad 0x9335360d101b0000, 0xd5c32f5580000000
	.quad 0x9e3d3af6ffffffbf, 0x1afbc12d41566f62
	.quad 0x807bc14b1dbfcc06, 0xbc11d5bfcc41f0ff
	.quad 0x4391715e7f92d42b, 0xd7d22da7befffdfa
	.quad 0x3fe08b3d3e623921, 0x33b564508bf96ab4
	.quad 0x83caddeeadfdb4aa, 0x401c000000000000
	.quad 0x3c082b7975f186bb, 0xff800000ffc00000
	.quad 0xab877dfc768a7ac4, 0xc000000000000001
	.quad 0x7e7b61e7411e0000, 0x7ff8000000000000
	.quad 0x26c271500861c54c, 0xff1ed255477fffff
	.quad 0x7fc00000c0a80000, 0x4004000000000000
	.quad 0xfff8000000000000, 0xfff597d04e52a0b7
	.quad 0x3fa2097afe3a4308, 0xfeffffff05ac9306
	.quad 0x7ff0000000000000, 0xceb09d42cf5f6fa5
	.quad 0x79818182a8cc24cd, 0xbe34dc1a006a70ae
	.quad 0x8e4c7b04bdbe976d, 0x95164a80b9639dac
	.quad 0x7ffdeec36cb6d95b, 0x3fe162fbff800000
	.quad 0x3fad0556e7623295, 0x09b71bbe85a8b11f
	.quad 0xfe8d17273daafb05, 0x3d890d3b5ebb7ab7
	.quad 0x0bc67d00ffe7d1ae, 0xbfa0000000000000
	.quad 0xf545494b9196458f, 0xc07000007fc00000
	.quad 0xfc8150e92c737c00, 0xb9bff551bfdfdfec
	.quad 0x8678742affb2b16b, 0xee038bca7cf87ce5
	.quad 0xc188a4b764cf9ec0, 0xfff2a1082df4cffd
	.quad 0xee804e67d9feebef, 0x8e310d2b9f1f8d68
seed15:
	.quad 0x31f2b757c565d2c4
	.quad 0x00000000000002f9
	.quad 0x48dd860c023a3114
	.quad 0x000000007fffffff
	.quad 0x00000136adc844e0
	.quad 0x2aaa23610c4299af
	.quad 0x4a8db098863d15c7
	.quad 0x0000022ff8c2d34a
	.quad 0x60b70604f4c2009d
	.quad 0x5afecca665b93a52
	.quad 0x1531cc58b1745269
	.quad 0xfffffffffffffb8e
	.quad 0x00000000000003c7
	.quad 0xfffffffffffa2c6b
	.quad 0x000000000000dc22
	.quad 0xffffffff80000000
	.quad 0x06c00000
	.quad 0xb0000000
	.quad 0x400f000000000000, 0xcf00000006b0f975
	.quad 0x4340000000000001, 0xcd9f37a2c7e28245
	.quad 0x7d57fc8c26197fef, 0xffc0000042f8c7dc
	.quad 0x4016000000000000, 0xc643cf63ffdbfce0
	.quad 0xfff8000000000000, 0xfd0c160d0d490000
	.quad 0x96bbb08d9b240800, 0xff838b90c0b90dd0
	.quad 0x3d8ce8ef089e0000, 0x4016000000000000
	.quad 0xda7ffffebf2381a7, 0x016ca3defdff3d47
	.quad 0x0121bcdcc027b311, 0x0253ff421c85154c
	.quad 0xb0561f87ffbe209d, 0x035b2a69d9378ab8
	.quad 0x8d433d2984a8fdc2, 0xc0e0000000000000
	.quad 0xbfe6000000000000, 0x7ff0664664d5f997
	.quad 0xc0086cc6cee47dd4, 0x9f539c78fff4ff11
	.quad 0x01303543154f2f32, 0x3a1c27f3c5fffa5a
	.quad 0xe579a527268d411a, 0x7f889cff3df28477
	.quad 0x8a28309cfccecf90, 0xac85650b2e934000
	.quad 0x42c025342ff4ef68, 0x09660bbd007fffff
	.quad 0xfff1d4daf47b5943, 0x08746c15ffc00000
	.quad 0xfff0000000000000, 0x818ac8a241d25020
	.quad 0x13cd9b2ffff2c6c2, 0x490800007fdf0d4c
	.quad 0x6ea447c5d7ffb95d, 0x0000000000000000
	.quad 0x9a19407adbfffd9b, 0x22280622bf77daf7
	.quad 0xecf0832c73038000, 0x7f93c02dc0600000
	.quad 0xbfbc000000000000, 0xc5f1469ffffe2fe6
	.quad 0x7ff38dc42d5178e5, 0x640850197fd7f1c1
	.quad 0xc995d61decd98000, 0x53c3c1cc6df54dc3
	.quad 0x013f88d380000000, 0x7b562c7152ce61cb
	.quad 0x60114a077c50f801, 0xebf9ab02c1140434
	.quad 0x9b80a3ef01cb4280, 0x551ebd551cea7ee7
	.quad 0xd0426f1026739d19, 0x8029a11dc0c00000
	.quad 0xbd201376ff800000, 0x47ca3fb7f7fb085a
	.quad 0x882847364bad770d, 0x40305f22d02e3f92
seed16:
	.quad 0x0001e383a28d6546
	.quad 0xfffcf0e52cb16449
	.quad 0xe98858f87ea47e3a
	.quad 0x0020000000000001
	.quad 0xfffffffffffa72d2
	.quad 0xfffffffffff32d1b
	.quad 0x0ab9a11b0f19c191
	.quad 0x706846908d2a9428
	.quad 0x000000035392c8e7
	.quad 0xffffff89cf905e47
	.quad 0xffffffadf500e2b9
	.quad 0xa27a81faa536dbae
	.quad 0xb5f75ab63d0941d8
	.quad 0x00000000000003ac
	.quad 0x6b5043ad938cfc7a
	.quad 0xfffffffffffffc6a
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x7b70699faf1f7e00, 0xc038000045ef1446
	.quad 0xf2b71b22ffd48247, 0x33ac1e48b75dbbc7
	.quad 0xfff0000000000000, 0xff800000c0f481b8
	.quad 0xfff714d470eef082, 0x3fe6c260b63afc00
	.quad 0xfdedb1c8ff880000, 0x766592f5fb718019
	.quad 0xc07abc9efeffffff, 0x70de765ef5b007a5
	.quad 0x3d5ebbf2fd1a6133, 0x801bc284906eefab
	.quad 0x8000000000000000, 0x986074ec80118fad
	.quad 0xd197275b9565169e, 0xc45eb8f189bd054d
	.quad 0xbfe000003e000000, 0xb2ce31673c727d91
	.quad 0xffdfffffffffffff, 0x79336443bcdfc3ad
	.quad 0xc046e6c92094aca8, 0x3e20f41f3fffffff
	.quad 0xdffffffefe800000, 0x7ff0000000000000
	.quad 0xfee4cce1ffb3d631, 0xc5519ec2fbfbfbdf
	.quad 0x7dda9f84dc987478, 0xc04fafcf77336738
	.quad 0x7e68f21e7c0f6cfe, 0x8000000000000000
	.quad 0xffe501fb531d3376, 0x5588b1c9f137fafa
	.quad 0xbb80000042381375, 0x357f16b889cbe13d
	.quad 0xc37705c4064ef165, 0xda543f2b51dbf855
	.quad 0x8c52ceff5a000000, 0xc2f133c48091f030
	.quad 0x7a9e5098f3fa2efd, 0x69da0c83ffbf5bb8
	.quad 0xfffea5939d5c9479, 0xffc00000ff800000
	.quad 0x9c5e594448e71c94, 0xc898f27373f64393
	.quad 0xfff14e32c029974d, 0xc000000000000000
	.quad 0x3fb92db69ed8b971, 0x800000007ff40be6
	.quad 0xd3d3a52eae26c274, 0xcdc990bd5447dfc5
	.quad 0x2188fb12e371ef46, 0x6751bcde7fb2d52e
	.quad 0xbfc3cc48d239b205, 0x47a9bcb671e4f80e
	.quad 0xd75eaf13a00f8a6b, 0x0b84378f3fff7c00
	.quad 0x000b98d00e7dbc50, 0xfff0e5646b0220e0
	.quad 0xc3ce887c00000000, 0xda7ffffe423b5409
	.quad 0xff20c6b94ac6890b, 0xb185e262601e6f88
seed17:
	.quad 0xfffffffffffffd99
	.quad 0xfffffffe0aa5d4f7
	.quad 0xa3131abe0bd71f72
	.quad 0x00000000000001d2
	.quad 0x3483338ef3e8f718
	.quad 0x0000000000000003
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xf9f5050279d9184a
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffd0cb
	.quad 0x49b82361271b5611
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0xfa3021aa03afa365
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0x7ff7472b2d1d513c, 0x48c00000e9446ab7
	.quad 0x60d2f1a8bcc2cc7a, 0xec8d26f670cd364f
	.quad 0x000000007fc58f1c, 0x2b03ac05af918000
	.quad 0xc055546e631e5bd2, 0xffe540bd425414be
	.quad 0xfff0000000000000, 0xe0e6739c175b59e1
	.quad 0x1874de64b3ffffbf, 0xcd8b4f826df600ef
	.quad 0x4018000000000000, 0xfffef0b1cd905d36
	.quad 0xe7bfa6190ddeea73, 0x044363474dfe3e40
	.quad 0xfff627abc382760c, 0x033270d4db6fd57e
	.quad 0xd1b8041ffedad876, 0xf447eb79ff800000
	.quad 0x7f03dc23017fffff, 0x49645dc1ffc2c5c7
	.quad 0xffedc8c377a9de22, 0x406e97de86a0c445
	.quad 0xfc604cd07fab7a9d, 0xc011000000000000
	.quad 0x89cc7063ff000000, 0x8158bc9b226d9c16
	.quad 0xc35ecdeef5dfbd79, 0xba6dd916c7568000
	.quad 0xa994bf18ffdef7ff, 0x3ff734abc9778788
	.quad 0xbecb12f82ad93d1f, 0x8802ff35ffc89887
	.quad 0x3fd837c48b1c23ea, 0x6f2010f53ec5a9b9
	.quad 0x3f95b32d365208cd, 0x7feebe467ff5bca4
	.quad 0xb5f8000084706283, 0xaecce24bffdbfe01
	.quad 0xb4acc8d8f3fe0e7c, 0xfb50dd7ee7abac27
	.quad 0xffb9467387c08928, 0x8004211a811e141b
	.quad 0x7ff988aa08c407eb, 0x1f86e47141ebf1cb
	.quad 0x82cfd63ef31c61f7, 0xfff0ace3afd4116e
	.quad 0x4042525fcc73da8f, 0x02783d3647b2b08a
	.quad 0xdec22e885a000000, 0x7fd2c766bda4211d
	.quad 0xa1c590587f800000, 0xfff0000000000000
	.quad 0xee4c19d3f5785c1e, 0x7eb20675ffb084cc
	.quad 0xfef531ed7fc00000, 0x7ff0000000000000
	.quad 0x802fffffffffffff, 0x800000003bdbb28f
	.quad 0x00000000ff800000, 0xffb642db7f800000
	.quad 0xd0ffffff52800001, 0x7ff0000000000000
seed18:
	.quad 0xde917a7b67b65d7f
	.quad 0x206e796cfef52a6b
	.quad 0x9b7fc046b77d56b6
	.quad 0xfffffffffffffce4
	.quad 0x00000000000001df
	.quad 0xfffffffffffffc21
	.quad 0x4628c11f96315cf5
	.quad 0xfffff2627f0a6d00
	.quad 0xffffffffffffffe5
	.quad 0x0000000000000002
	.quad 0xffffffffffffff91
	.quad 0xfffffffffffffe95
	.quad 0x0c6f3db726d5b8f8
	.quad 0x00000000ffffffff
	.quad 0x7fffffffffffffff
	.quad 0x0000014800046576
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x52c02c24da1d27c5, 0x837667c9b6b482d7
	.quad 0x6bef34a7ffab92fd, 0x0dd248736a0fea73
	.quad 0xc01f800000000000, 0xe730b70081000000
	.quad 0x0000000000000001, 0x369deb39284743e1
	.quad 0xa1596b3c4f48b2a2, 0xb46bddfb5ca7fc8f
	.quad 0x7ff7d189f99413f3, 0x3eed626280800000
	.quad 0x29f39643a6d0fe00, 0x02d44fc84193041a
	.quad 0xef15705e3897437b, 0x47ffffffee4fc472
	.quad 0x4045b00000000000, 0xdd89b62c6ff2fe00
	.quad 0xc2cfad4387e24300, 0x090c5cbc0a2fe724
	.quad 0x7ff8e6f4f21dd45b, 0xbdd1891ebcae44cc
	.quad 0xbd80000080000000, 0x7a3e3b43beed07af
	.quad 0x80ffffff48300000, 0x000000007f930d1d
	.quad 0x3f85d63725b354eb, 0xbfd0000000000000
	.quad 0x3fe9600fa636b7d5, 0x7fc000004738ee73
	.quad 0x40b7f00000000000, 0xbfba0bb6dcc8d4f6
	.quad 0x7ff29e5bf1559d8b, 0x449a4599f7f7fe00
	.quad 0x14c48d467f800000, 0xb7d6a06fdefbfd1f
	.quad 0xc42fffffffffffff, 0xc0b0000000000000
	.quad 0x7ff1dd2cfe0b7db1, 0x52f6795c357a8000
	.quad 0xbf305f7dff800000, 0x7ff81bd6128b94f6
	.quad 0xfaa1f2ef7bcf33fc, 0x2e4e2e46eef75fff
	.quad 0x8000000000000000, 0xff9fba7d38400000
	.quad 0x7fc00000004f516c, 0x6e7ecb83c5bd7c00
	.quad 0x325d2039a2b236dc, 0xa83421436f4f4820
	.quad 0x4106c181007bbb52, 0x7f000000f45302d1
	.quad 0xa70b9ae556abf662, 0x09893159eadff511
	.quad 0xa1edbe6effffffff, 0x5a0000007faa97cb
	.quad 0xfff1ea2c2c8245ed, 0xc1200000ffb4ce27
	.quad 0xe1fc5f24fb5c8211, 0xaddb8ea7c9b1023a
	.quad 0x045914191ab5704e, 0xb5fd00003c8acb6d
	.quad 0xed8178b60879b3e8, 0x2ca99a00014947f6
seed19:
	.quad 0xea32c47111a3ae31
	.quad 0xffffffffec4460b8
	.quad 0xfffffffffffffdc2
	.quad 0xfffffffd9c8ab7c4
	.quad 0x35ee895cc39fee28
	.quad 0xd7dced5041e519b1
	.quad 0xbf79fe9dc72a4e25
	.quad 0x47aa488f2bb5d962
	.quad 0x7c2b48b15f3b2011
	.quad 0xfffff9b5dde6f838
	.quad 0x4e25415bba4cfa27
	.quad 0x1a4977739665341a
	.quad 0xf927d0dc976908b7
	.quad 0xbe24c6c34bfe82df
	.quad 0x00000034ca77659c
	.quad 0x27da51c64921524d
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xfff8000000000000, 0x8008000000000000
	.quad 0xf16a8bfcbe6d854f, 0x8000000000000000
	.quad 0x7d4ad86d0d6351f1, 0x7fff8ec33fa00000
	.quad 0x87c24fdecbff75af, 0xe55bbb03d8cd7c00
	.quad 0x7fc000007f94cbdc, 0xc0b2000000000000
	.quad 0xf195e4baffc3af2f, 0x2a7db169a5b77bff
	.quad 0xfff67835a7e1deca, 0x564c1515002bc6d8
	.quad 0x41d157b0eff7facf, 0xd980000080000000
	.quad 0xff80000041a783b6, 0xff8000007e800000
	.quad 0xd509a329fef3c981, 0x4221945cd44e503b
	.quad 0xb1e49a0d41000000, 0x1b6a131cb9ff7e84
	.quad 0xc000000000000000, 0xfff8000000000000
	.quad 0x829b8d52405e6722, 0x29c4415cc37b7a41
	.quad 0x660719a0997f796d, 0x400d000000000000
	.quad 0x0e69d2e8f246971b, 0x9f790bc97fb68e6d
	.quad 0xa4cf2dab0070f6c8, 0xcc3b990bcc4cc069
	.quad 0xc01891d8580a3c89, 0x42daf813bb8e6d6a
	.quad 0x7ff7a729013ffe2e, 0x7ff0000000000000
	.quad 0x01811a59351ffff7, 0x49800000bfe00000
	.quad 0x7fe7d7144061258b, 0x0000000000000000
	.quad 0x3e94bbe528f0aeb4, 0xd9bf0f81ff800000
	.quad 0xfc5d7e35c20fc5b8, 0x6f177ab791fcfb90
	.quad 0x6f6e01a700000000, 0x8d94e15bff800000
	.quad 0x6471bbb7604e6486, 0xdbc1a963b7568366
	.quad 0x800000007fae0521, 0x230d2d5dea24c800
	.quad 0x3fa1ba1e7fc00000, 0x50072994deb6dfff
	.quad 0xffd20724ca36fce9, 0xcebc550d40d00000
	.quad 0x8000000060194738, 0xfdc399f3b466e130
	.quad 0x89aadf54303dc77d, 0x00043c98accc921f
	.quad 0xd9a2fe030f1c6f80, 0xfe8ea3f48eaf22bb
	.quad 0x652b739494278000, 0x83d47c27b3cd7ff7
	.quad 0x0c4e401e25b915f7, 0x082d75b100000000
seed20:
	.quad 0x000000000000037c
	.quad 0xfffffffffffffccf
	.quad 0x0000e3591bd52890
	.quad 0xd5b82500d92eae3e
	.quad 0xb566ab06811d4103
	.quad 0x912aa6471b68b64e
	.quad 0x1290a63bf8fbb3d1
	.quad 0xb89b33a15a6c1a4f
	.quad 0x91080332ec0d50ed
	.quad 0x00000001343b89de
	.quad 0xdf7bfb501e3780af
	.quad 0x00000117d341cfa5
	.quad 0x00086735b14af450
	.quad 0x00000000000175d0
	.quad 0x0000000000000077
	.quad 0x0020000000000001
	.quad 0x03c00000
	.quad 0x20000000
	.quad 0x00ffffff7ffc29de, 0x47800000ff800000
	.quad 0xff4a6df8a3b52f48, 0xc064b2f57b825ec4
	.quad 0x55d117e000000000, 0xfff867388dea1b6b
	.quad 0x12ad625743db7ea9, 0x3c6cfd277fba95f5
	.quad 0x7f78638caa2ce9e6, 0x7effffff011a31c2
	.quad 0xb032a12b4436ffb5, 0xb0beb1defde6e696
	.quad 0x5ad64430a59eb6d0, 0x00ffffffad89d450
	.quad 0xa7d8d03bc1126f99, 0xffc00000409c0000
	.quad 0x6d5279be40080000, 0x54364c4cd22fbd79
	.quad 0x7ff5825d1d559500, 0x800184f1119e32ff
	.quad 0x0e6fb39af85b7ce0, 0xffefffffffffffff
	.quad 0x8008000000000000, 0x7f59c5e387823fc8
	.quad 0x1789a7677ff8fbd7, 0x7fab3349f8ff04de
	.quad 0x800a3f3e783170ce, 0x621cee08c62bfebf
	.quad 0x0034e36cc3e00482, 0xc66f5f74ffdedfd5
	.quad 0xff8000006c0cf8ec, 0x2e15742fe14405b7
	.quad 0xc66ac6713ffedfff, 0xc748c85effa11bd2
	.quad 0xacf3a9032e2ae2dd, 0x3fc1de57c06595bb
	.quad 0x9d875efaf57fc8ea, 0xc3fa4092aaab6491
	.quad 0x0526a8daffcefc00, 0xffa9dd854f000000
	.quad 0x0bc1cef040b4f003, 0x8000000000000000
	.quad 0x7f6fb262ccf62213, 0x228fcbb8fff0fe00
	.quad 0x862f3cec6c4bdfd3, 0x0000000000000000
	.quad 0xff800000bcf0f439, 0x00000000284fc41c
	.quad 0x2b86d7e13fafdbde, 0xbfb7e5ef837fda93
	.quad 0x0020a9d0d0a866ab, 0x161d5bee7f800000
	.quad 0x7727df5663697eda, 0x407ffffec0d7bcdb
	.quad 0x817fffffff88b2b1, 0x57538c387f8282e8
	.quad 0xc0680000c370bbc3, 0x3cde589effb6fc7d
	.quad 0x43b73455ffffaf60, 0x7fefffffffffffff
	.quad 0xc018000000000000, 0x3f90a1582b5d332d
	.quad 0x145dc8e3ffb18e57, 0x75a6919819e07c00
seed21:
	.quad 0xff80e52d3871ce2a
	.quad 0x000000000001f4f8
	.quad 0x7fffffffffffffff
	.quad 0x0000000000005d6f
	.quad 0x0000000080000000
	.quad 0xffffffffffffff9c
	.quad 0xffffffffffffffe2
	.quad 0xb62d4ff51e902839
	.quad 0x6856a14acf932058
	.quad 0x7fffffffffffffff
	.quad 0xfffffffaeca584ef
	.quad 0xffffffffe1fa0ede
	.quad 0xffffffff07a0c899
	.quad 0xdfa13a1018446bdd
	.quad 0xd31f5b203c7338dd
	.quad 0x000000000001d5d4
	.quad 0x04400000
	.quad 0x60000000
	.quad 0x80000000c0800000, 0x00717b1a2ba58676
	.quad 0x638762198bfe2a61, 0xc238d62894e528fb
	.quad 0xb903351cb60a2e4c, 0xd8772674c9c9fa4b
	.quad 0xc19b318640274e04, 0x3f92900000000000
	.quad 0xfff52d2d31ab590d, 0x31b640d63627e144
	.quad 0x5a7ffffeff800000, 0xbff0000000000000
	.quad 0x8ca7c4eb80000000, 0x7fd68617c3330353
	.quad 0xf581f0f040980000, 0xaeae98aae4dccdef
	.quad 0x066356e0fe6ec97d, 0x41f0000000000000
	.quad 0x174bb3e0edc895eb, 0xff22fae8ffc00000
	.quad 0xbf8ffbb43a015ade, 0x9232d853ff6d78db
	.quad 0x43f597290fedfa91, 0x3f8211a2f4ca1fdd
	.quad 0x7d99cf06ffdbeac9, 0x7ff7ab1ded9b0e79
	.quad 0xc076db5264270fec, 0xd31bebaf703ba685
	.quad 0x1d6da748ffffffff, 0xfff8000000000000
	.quad 0x72ea7632e50f7c00, 0x7ff11504ead2a394
	.quad 0x7db492534d4fb7f7, 0x5982ff97f899f330
	.quad 0xfff8000000000000, 0x3a167100ee188000
	.quad 0x8000000000000000, 0x7d76bfad337ceeb6
	.quad 0x802443aac8c3366c, 0x5eaa68a70406b84c
	.quad 0x00043266285c107e, 0xc0517818cad58d9a
	.quad 0xd67a5bc7fb0d8000, 0xbffffffffffffffe
	.quad 0xc016000000000000, 0x2ecb057ff83b8000
	.quad 0xbf704d373e79e7d8, 0x21152a8809fd3dd1
	.quad 0x9e6d2bec7fa03f29, 0x41643670c27bbbcc
	.quad 0xc8a01e1ebec8fc0e, 0xbfc0500000000000
	.quad 0xfe9357e980fe0968, 0x023213a7defeeffd
	.quad 0x7ff449ca7a501551, 0x08182821b9bb8400
	.quad 0x03c24386e5483b72, 0xd7f10a985c369a07
	.quad 0xbed46dbf3aec5a88, 0x406765d260e27007
	.quad 0x02e7afdbc4c34137, 0xa6dae8f09c6bc21c
	.quad 0x7fce6c1e7fe0a86a, 0x03469a8736700000
seed22:
	.quad 0xfffffffffffffe37
	.quad 0x000001ab161d8155
	.quad 0xfffffffffffb0ef7
	.quad 0x0000000000000017
	.quad 0x000422952125c4a8
	.quad 0x6feff0edc80a0b2d
	.quad 0x0000000000000001
	.quad 0xad5f69e4183bf761
	.quad 0x9b667598596a08c9
	.quad 0x00000000000002cf
	.quad 0xec6f3b827b8f124d
	.quad 0xdb05195b5732ca6f
	.quad 0x017784cb61083f10
	.quad 0xfffffffffffffd87
	.quad 0x1aea6e24f4840675
	.quad 0x0be6c0fb38e66fd9
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x43f0000000000000, 0xfef7554a2d50239e
	.quad 0x802fffffffffffff, 0x29165c823737c8e0
	.quad 0x72716a3e54aee761, 0x00000000c1040000
	.quad 0x2582936403bec2c0, 0xfff8000000000000
	.quad 0xee9f4aea96388ead, 0xbe396dedffa567e7
	.quad 0xff9cead65f800001, 0x00000000c04c130f
	.quad 0x8008000000000000, 0x000ec9ee9414aa61
	.quad 0xffdfd31780000000, 0x41200000bd5a682e
	.quad 0xfe17720bd9800000, 0x43f017c040e000c1
	.quad 0x7e8000000e3635e8, 0x82e1a478684b8000
	.quad 0x00000000801cb8ba, 0x7ff321e6e92ad603
	.quad 0x00800000e3722e8c, 0xc6624c46e9fb7c7d
	.quad 0x7f953b805a7fffff, 0x0ab63c4dff894201
	.quad 0x1b808fd4187175b7, 0xbbcccc9f7fc00000
	.quad 0x5c493230d1f32d5c, 0xbfffffffffffffff
	.quad 0xbc95b3f37f9ccc75, 0x3c2071b1bd3492eb
	.quad 0x7ff0000000000000, 0x30da024d8256c8e0
	.quad 0xdd9a1807242468b5, 0x01172a39ca35a73f
	.quad 0x3cea80008015cf93, 0xf5222950fc52f2f7
	.quad 0x92f438b16d71fc00, 0x48c1ac442a6019c3
	.quad 0xbbf219107fe062bb, 0xbfb40c0b96e3b6dc
	.quad 0x5ffffffe7fc00000, 0x7f80000080000000
	.quad 0x62b92fe1dd9d5ffd, 0x80591ba9c0880000
	.quad 0x9105217eff6f2f0e, 0xc01d000000000000
	.quad 0xa4000b6d96a64500, 0x039c4c0615aac1c7
	.quad 0xc09800003ffffffe, 0x0002bf6537b91bfa
	.quad 0x0e158788757e7c00, 0x34975575666cfbff
	.quad 0x065f78a23a8d038e, 0x6232338150893800
	.quad 0x0006e8a0ff800000, 0xf2410647decb4680
	.quad 0x814f51e8fe98dcc2, 0x7ff8000000000000
	.quad 0x7feed98328117695, 0x4100126770e2c745
	.quad 0x38ed9de8fff5feda, 0xc04ca0bfde20edf4
seed23:
	.quad 0x44bdd03faebc7d51
	.quad 0xfffffffffffffdd0
	.quad 0xfffffffffffffef7
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe58
	.quad 0x8000000000000000
	.quad 0x000000000000008c
	.quad 0x0000000000000166
	.quad 0x00000000000000c0
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x0000065e7bcb65c0
	.quad 0x0000000000000000
	.quad 0x0000019efdfa14cd
	.quad 0x0007a839c22a870a
	.quad 0x000000000000000c
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x29f57f9dea516ba9, 0x800000007a2020be
	.quad 0x7f800000df000001, 0xbf84f7559ede4641
	.quad 0x80347ea180400000, 0x427d4b373bb43965
	.quad 0x2c046d54f6b1a9c0, 0x060c1cadf5affd6e
	.quad 0xce076efb50ebb581, 0xc5b0903140680000
	.quad 0x800000004f63dba2, 0xbff4000000000000
	.quad 0x69750a8d7ff27ffc, 0xdf800001ec811dd6
	.quad 0x80516fd7cd787cc9, 0x7fefffffffffffff
	.quad 0x3ba5c0b29a372d62, 0x74775a98fb64e11e
	.quad 0xffb35b5c3ee00000, 0x4028e71532d4dc8c
	.quad 0xc6a867bcba3f5958, 0xab8aafc1b332fbff
	.quad 0x683f2de3e46e0000, 0xb56266415a79eeaf
	.quad 0x006c75727dc8cb51, 0x7f56897e7d936705
	.quad 0x0000000080000000, 0xf5eba41d038c432e
	.quad 0xdc82dcb983eeae01, 0x505b1ab5ffc00000
	.quad 0x82de05f8dfcffd95, 0xad94903dffaaefcb
	.quad 0x851c2152058ae988, 0x81a76f5cdffffffe
	.quad 0x4006400000000000, 0x210e84e31b6e962a
	.quad 0x3d769f1eef7b5737, 0xfdb575300ac276e6
	.quad 0x8356712ae62e3b90, 0x804400668d14f3b5
	.quad 0xde5a0e0a3486a794, 0x7664fb4c526acc7a
	.quad 0x05ccb368be8cfdc6, 0x7f800000ff800000
	.quad 0x7c5b8114fd395fde, 0x8000000000000001
	.quad 0x3f000000c1e756e2, 0x7e68e3ad3faed08b
	.quad 0xffcad2963d0d4b21, 0x7f9dd600007fffff
	.quad 0x0026733cca1ab8d2, 0x9a7f750eee0aa600
	.quad 0x8009d0fe1edb76bb, 0x7fc00000ff31e295
	.quad 0x9d2ef5e31635fcb3, 0x7ff471a25f45cd53
	.quad 0x7c1074d3240577ff, 0xfff0000000000000
	.quad 0x3ff4000000000000, 0x3d000000ff800000
	.quad 0x7ff0000000000000, 0x80ae1202ff9c6d73
	.quad 0x801e7f1668715f7e, 0xffd0f6acde086b2c
seed24:
	.quad 0x00000000000d4a63
	.quad 0x246db002247a655a
	.quad 0xa0d0b0044a53f4d9
	.quad 0x0000000100000000
	.quad 0x44b53bd5e9f1935f
	.quad 0xb5493e88345ac12d
	.quad 0x4c88c6c3cbc43a75
	.quad 0xfffffffffffffe24
	.quad 0x0000000000000001
	.quad 0xfffffffffffffefb
	.quad 0xfffd4b60608d49f4
	.quad 0xc892b85cf8667982
	.quad 0xb2734591b931278c
	.quad 0xfffffffffffcc9fd
	.quad 0x66aca4ea05c4f275
	.quad 0x0000000000000001
	.quad 0x04400000
	.quad 0xd0000000
	.quad 0x7fe42e0abdc5e743, 0x00000000c346d4cc
	.quad 0x73d83aafffdffdef, 0xc023800000000000
	.quad 0x7cad7d32fffaddbd, 0x2cc415d16a0e167d
	.quad 0xb9710f1ef7fc97dd, 0x7f8000003f702eb5
	.quad 0x3132097b3233f800, 0x0055133105f2c4cb
	.quad 0xcf80000143c33788, 0x3ff299bb3c93b056
	.quad 0x4530a2b8bff4d6bf, 0xc020000000000000
	.quad 0xffe0e8684c181483, 0x01491f1ce2c0e285
	.quad 0x407e3c8a0c779724, 0xfff308a94f87b5e6
	.quad 0x373a00003bb80000, 0x40f1c06f2700160a
	.quad 0xb8d4a59cd6420a00, 0xb60e5a4baef97e00
	.quad 0xbfb0000000000000, 0x627d8498da7fffff
	.quad 0xff800000ffb307aa, 0x3f930acb97c3b64b
	.quad 0xc0775060c1817d4a, 0x8abdf0d7b83eaf7f
	.quad 0x7f800000007ba167, 0xd16b8566b0e586a2
	.quad 0x8000000180400000, 0x3eb3e7d867f3a3f8
	.quad 0x401c000000000000, 0xc01fa199a7120fbe
	.quad 0xc1c3a5507006f708, 0xe32c3670f7a17b60
	.quad 0x43f572d8ff800000, 0x4029c4cebf6e52aa
	.quad 0x94fda682ffc00000, 0xed963af0ffad1aec
	.quad 0xfff0000000000000, 0xf4e2f4b31556a521
	.quad 0xd2a03f3d7fd6d52a, 0x8000000000000000
	.quad 0x2b4981cd2e927bb4, 0x3fe30db701707407
	.quad 0xff8000006cd2ba9a, 0xff800000011bfdac
	.quad 0xa6f4b494bcfb7eff, 0x394000004260c165
	.quad 0x358000006f7461d9, 0xbee2a1314fa5aa01
	.quad 0x2f8875c9a7a05883, 0xde6badf2b3dbfd19
	.quad 0xfec14753401ae11c, 0x1225c7f0ba7efc00
	.quad 0x9fcf5e58ffe870ce, 0x3f6f200000000000
	.quad 0xbfe4000000000000, 0xe9ccbdeeb7da47c0
	.quad 0xbfdca9043366675e, 0xda7fffff805789c5
	.quad 0x00016c8b973dc003, 0x5c0afbf63fd9b81b
seed25:
	.quad 0x0207ad2a0b7131ab
	.quad 0x16c99988dc763ed9
	.quad 0xffffe603b8e2e2f2
	.quad 0x0000000080000000
	.quad 0xffffffffffffc0a7
	.quad 0x0000000080000000
	.quad 0xfffff8ebcc345c25
	.quad 0x3b184cf42660b6ee
	.quad 0x00001075b719f2b9
	.quad 0xede0f4b42887c704
	.quad 0xfffffffffffbf14f
	.quad 0xb74dc3d784372c4d
	.quad 0x2a421e23da367d88
	.quad 0xffffffffffffff18
	.quad 0x637e94b23be16133
	.quad 0x00000000005d1a9a
	.quad 0x04400000
	.quad 0x80000000
	.quad 0x7ff0000000000000, 0x915cbd17ffc00000
	.quad 0x5979e844f3e40bfa, 0xbf8174efff1fd356
	.quad 0x7fbdc16180e86160, 0x7ff0000000000000
	.quad 0x00915ec9bbc8da1a, 0x362b9cdcf7f753dd
	.quad 0x80000000728df5a6, 0x8000000000000000
	.quad 0x7ffefec3644f41b7, 0x3fe64aa4520bceb8
	.quad 0x31d7fbba9d4adf7f, 0xc0b3ed44bbfd306f
	.quad 0xbd6fda3147800000, 0x00000000c7ffffff
	.quad 0x000a36ea59bbe9c0, 0xfff9b43cbc328577
	.quad 0x698044e297fe6d0b, 0xc112000042d686ae
	.quad 0xbdeaf0a1c2e41212, 0x9c27a6efcf800001
	.quad 0x3e28efdac9000000, 0x80000000256bf17a
	.quad 0xc01719dc237615ed, 0x877fd620fe7f57d6
	.quad 0x7fcb99427f9e6a46, 0xda2570256ffd83e3
	.quad 0x3fa4cf58905907ca, 0xc2b000009ca4f96d
	.quad 0x642a9bc4fafffbf7, 0xcd1d8bb29968544b
	.quad 0x805ab882351d225d, 0x3cfe6d64804aa557
	.quad 0x006bd611e9dbf7cc, 0x19064af9e48b7cdb
	.quad 0x919de0d280b521d4, 0x400ffffffffffffe
	.quad 0x5c8c50c4de99bd37, 0xc0aa000000000000
	.quad 0x248388fb6681bba4, 0xff7fffff804e5de1
	.quad 0xe2500010c1fa8b69, 0xc009dc82b51eecc8
	.quad 0xa1362310d7737efd, 0x0990a3b20b71938c
	.quad 0xc01a270bffea66ff, 0xa1cef2d6448ea2de
	.quad 0xc7fffffebf554b4f, 0xae934e50456f7c8a
	.quad 0x7ff2256479c55897, 0x4bb6eef52a73fcbe
	.quad 0xdbc791f443811b2c, 0x6ec35a6cefffffff
	.quad 0xe0c9b2a6ff17bdfb, 0xfc443c19d6f5fb5b
	.quad 0x17b1ad1b20e0130d, 0x7dfab7542eb431b7
	.quad 0x714a4e5918c0374e, 0x4079800000000000
	.quad 0xc17b59853d9ee447, 0xc0f0000047120000
	.quad 0x419a7cf39d930884, 0xff9882e67fc00000
seed26:
	.quad 0x022ac56dcad5a388
	.quad 0x0000000100000000
	.quad 0x7703bb9bd514ade7
	.quad 0xc89b893f1f14790f
	.quad 0x0000000000002d78
	.quad 0xffffffffffffff98
	.quad 0x9572ac3c5bc9108f
	.quad 0x07737d9ffcedbe5c
	.quad 0x0000030731544a51
	.quad 0xfffffffffffffdca
	.quad 0x8000000000000000
	.quad 0xfffffffff6247673
	.quad 0xffffffcdde1a95d4
	.quad 0xfffffffffffffec5
	.quad 0x00000000000001e2
	.quad 0xd936bfc7b2b7a799
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xfffa2be6cfbee750, 0x4018e3827deb1640
	.quad 0x7eff95af40f80000, 0x405241d4d8edd039
	.quad 0x96ef1b42140e7af4, 0xd02932e9ff7fffff
	.quad 0x8076b089ff95fe9a, 0x435218897f000000
	.quad 0x5f7ffffe40880000, 0x028000e081a6a5e7
	.quad 0xad4c507e86a8fd31, 0x00000000719fa385
	.quad 0xc078c14df6a94a17, 0xffd576723ee96e68
	.quad 0xc870000092ae708e, 0xff9f37bec10c0000
	.quad 0xbef8000000000000, 0x3f50c098412dec4a
	.quad 0x800961e8313222ae, 0x88a909f7c0c00000
	.quad 0x6048944d1d6b15f9, 0x4d8a1a9395867c11
	.quad 0x2972ec757715372c, 0x7f7fffff74b5826c
	.quad 0x42551c948d335067, 0x3f2cc8337fc00000
	.quad 0x74bebfb39d20c240, 0x14cc7f72feb1c340
	.quad 0x802084acb01ea15f, 0xfbfb2e36b10a1ba3
	.quad 0x41ffffffffffffff, 0x007fffffc01474e3
	.quad 0xfff72e554b8def2b, 0x40e8000000000000
	.quad 0x69055821b66cf3af, 0xea25435a421f1810
	.quad 0x9e692c2ea1d9e00e, 0xde6e0fa62be04680
	.quad 0xa0aad6e0f3fc357c, 0xfff3c8bfbf400000
	.quad 0xe441be47ef8feff9, 0x883742e5596cd42a
	.quad 0xa7647fb1ffc44521, 0x3fd410b9ea31bfb4
	.quad 0x0010000000000000, 0x9ddc1634816dd3d0
	.quad 0xa93bf014ab36fe00, 0xe6920d3c5fb14647
	.quad 0x7f800000cffded07, 0xb4c181faf96ffae0
	.quad 0x42ac5c2292f3288b, 0xbfac8184d2d8897c
	.quad 0xfffbfc675aa7b38d, 0x7fd10b853c865275
	.quad 0x48bfad3f007fffff, 0x7e83a4157dfd9fbd
	.quad 0xc036624bff800000, 0x7ec8682375ea4f22
	.quad 0xbfe00a194f6a0726, 0xff80000080ffffff
	.quad 0x1664c51f42ab6a22, 0xc159224f933cb073
	.quad 0xfff0000000000000, 0x7817b9a931a8c657
seed27:
	.quad 0xffe726a810083a3f
	.quad 0x0000000100000000
	.quad 0x0000002893e30138
	.quad 0xcea23ed524a7457b
	.quad 0xcb63fce10823beb0
	.quad 0xffffffff80000000
	.quad 0xffffffffffffca95
	.quad 0xfce8e7dee7a2fe0a
	.quad 0xffffffffffffff84
	.quad 0x000000000000002f
	.quad 0x0420c48283d2c330
	.quad 0xffffffec5a97c0ba
	.quad 0xffffffffffffffc6
	.quad 0x0000311aa977b9cf
	.quad 0xffffffef95cb4d6f
	.quad 0x0000000000000001
	.quad 0x05c00000
	.quad 0x20000000
	.quad 0xf0e831f27fd8f8b5, 0x7fff438dd14633f7
	.quad 0xd47767e52697a973, 0xfe5b5e3a940dae24
	.quad 0xfff0000000000000, 0x40286761b9ca4100
	.quad 0x3149c8492d3b2081, 0x7fd0e677a0dc1072
	.quad 0xc1b95768c1f5578c, 0x7f85d62672bddd21
	.quad 0x240f093dbff58400, 0xc21666502245260c
	.quad 0x7f80000098fc13ae, 0x7ff12c8d08d2119c
	.quad 0x654d487fc5a1e8f6, 0x8042ca2aff9ad3d3
	.quad 0xebb6ce248466c9e1, 0x01000000ff800000
	.quad 0x7f5e2090cbfb6abd, 0x3b366b4eedbc058a
	.quad 0xcd5ba855f994019e, 0x00748da298c091e0
	.quad 0xc79abf1a319b9f1a, 0x8001ea1286becbdf
	.quad 0x0dd7268e7fd2ea8e, 0xbbde03b13fe97bbc
	.quad 0xff80000038710000, 0x218716c0a15a32cf
	.quad 0x809996d54723eeeb, 0x800000008a8fb1b4
	.quad 0x027ee8732c8255f6, 0x7ff0000000000000
	.quad 0x7fb66e3ac0500000, 0x7ff285ddaaeeeacb
	.quad 0x3eff52a57d69de89, 0xff8000007f7fffff
	.quad 0x2d423123ef08deaa, 0x13f1f79af06ca35d
	.quad 0x7fa8eef982218a3f, 0x719b38d1dfebfbbf
	.quad 0x5190f4f37fa7cc66, 0x76108d427f800000
	.quad 0xfffb774233f03266, 0x0060dd5c01be7aeb
	.quad 0x3fec000000000000, 0xbd19800000d4da32
	.quad 0xffb47f8e81000000, 0x41a2af7400000000
	.quad 0xc10c00003b400000, 0x7f8000004f20a250
	.quad 0xbdb57f8a8d77d24d, 0xcbef11ff4b859040
	.quad 0xc1a637d880800000, 0xff80000093d58d46
	.quad 0x14a7ba74fee10520, 0x8001ccedc5a19b86
	.quad 0xbfa09e601b586783, 0x43e0000000000001
	.quad 0x1c4621b03c542d48, 0x5d9cadc1b8de9000
	.quad 0x4006000000000000, 0xd4937d80e5b83027
	.quad 0xc0f0000080000000, 0x8952366a7f82b78f
seed28:
	.quad 0x694599b216a76e7b
	.quad 0x6abef004a2ba6cb5
	.quad 0xcca6233029bf49bc
	.quad 0xfffffffffffffda1
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc81
	.quad 0x75e4e1e0210d6f79
	.quad 0x00001dfa49bfac36
	.quad 0xfffef34c0d797b2d
	.quad 0x000000000060ccf9
	.quad 0xfffffffffffffd92
	.quad 0xf909ecc2c30358fb
	.quad 0xbdc2840b0ae57760
	.quad 0xffffffff80000000
	.quad 0x01000000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0x004986ea40000000
	.quad 0xaf6bacf3c0a80000, 0x8d2140e980000000
	.quad 0x292eada6a51f9ead, 0x5e074b8fdfffffff
	.quad 0x717efcc6ffeafdef, 0x55736ff449ec7bfa
	.quad 0xfff0000000000000, 0x40ec00004322e077
	.quad 0xfff0000000000000, 0x3ef3214feab00336
	.quad 0xa5f79c360d3c6eb8, 0x880e66f8bfc6da7c
	.quad 0x1840116d9626fe00, 0x5d9bc0adf5fedaa6
	.quad 0xc0e8d975aa5316f1, 0xfffcc971ada709b1
	.quad 0xfdee19d68714d84e, 0xe439e7f5af6c0886
	.quad 0x82eee4692144d5df, 0xffe2d9f28cac02f5
	.quad 0x7ff297414e8bf22f, 0x2fd40dd300000000
	.quad 0xfff0000000000000, 0x3fae4b1803f8760d
	.quad 0x562f322aab7aa2d7, 0x8f29d57c7a339aff
	.quad 0x80000000a3b6e1da, 0x1388aba090518000
	.quad 0x889bd451edfecb18, 0xc8d49f8c0b287d6d
	.quad 0x7da68574ffffffff, 0x7f2c366f1344dfa4
	.quad 0x4ffffffe003df44d, 0xc023400000000000
	.quad 0xff85657a4314ce5b, 0xfffc479cd91e8f63
	.quad 0x82a7eca0474f250e, 0x80086b412585516e
	.quad 0x47800001ffec56db, 0xbfbe0ff807f6d33b
	.quad 0xc2d7514cc32aa45a, 0xf9d9b135ce68d320
	.quad 0x8008000000000000, 0xe8c7560bffddfa9f
	.quad 0xc1ffffffffffffff, 0x572016c8bfc281a6
	.quad 0x4bb0f3b7a33bfe00, 0x5694d0fee71d7c00
	.quad 0x3cfe2c9bbe9dfe77, 0xc00e57ef761864fa
	.quad 0x71ba278fffaffffe, 0xbf8dd14398cec1eb
	.quad 0xf5bdcc2678ee0000, 0x0313c7287fc7d84c
	.quad 0x8000000000000000, 0xfd30f3cfa4a75f72
	.quad 0xe429f7adff7fffff, 0x88047d43ffef7d9b
	.quad 0x00000000ff800000, 0xc41f374bbca746d2
	.quad 0x7f8000007fbf49e9, 0x3e002782ff0cd943
seed29:
	.quad 0xffffef9f0d6c1ff2
	.quad 0x000000000001f480
	.quad 0x261d764bb18ac804
	.quad 0xffed0ae4cd194329
	.quad 0x9b8af801bb33383a
	.quad 0xffffffffff0ebd20
	.quad 0xffffff8d843f130d
	.quad 0x000027bfcdf5f0dc
	.quad 0x000000007fffffff
	.quad 0xfffffff8cd47d4dc
	.quad 0x000000000000012b
	.quad 0xfffffffffffffda1
	.quad 0x00000000000000e9
	.quad 0x000000000000007c
	.quad 0xffffffffbf2d4adb
	.quad 0x676b6f7c7a3e520b
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0xf6085c24004ddc86, 0x000000007fb1c3a2
	.quad 0xec9e5dc1ffbfba06, 0x6d87b86cbf666802
	.quad 0xc01c000000000000, 0x209f02edc7000001
	.quad 0xff949c7ec3f80000, 0x7ecc60a17cf4d4af
	.quad 0x4fccc21edf7fffff, 0x80000000fffa44cc
	.quad 0x34c0e27bf53b0000, 0x00f6aa1f3bb628db
	.quad 0xfe9441899337fc5e, 0x51962187a6797c00
	.quad 0x9fe8f6ded3e9fe66, 0x65069c47485dc500
	.quad 0xc160f8afffec7c94, 0xfff487aa367923f9
	.quad 0xfff8000000000000, 0x000751a4ee6185b3
	.quad 0x83bf3893ffffec6a, 0x41e091eaff800000
	.quad 0x3b818000c604bf17, 0x00020bf000f7dc67
	.quad 0xbf9f5f6d35c41e8b, 0xa1f2ed6897ffbade
	.quad 0x74cf819544dd0400, 0x3fe0000000000000
	.quad 0x7f80000040667f06, 0xfff8000000000000
	.quad 0x7972b9024f7ffffe, 0x4142d49cc1220000
	.quad 0x7c4a5aa964b9405c, 0x68f5c9ca7f7fffff
	.quad 0xc05991a44036e1cb, 0x40f0000000000000
	.quad 0x2de444ee95802907, 0xcd9dbd911311a13f
	.quad 0x7ff96dd4e53ee22d, 0x2ecc34e657ebfbda
	.quad 0xffdfe8a3b81fc93e, 0x436d8c83c189d2ba
	.quad 0x3d109fd5bdd9c23d, 0x11ed0d5b80000000
	.quad 0xf42033697f86685a, 0xe2011de592a7f7bd
	.quad 0xbd662cac40900000, 0xc0800000ffc00000
	.quad 0xbec514d3ff749619, 0xff800000bf800000
	.quad 0x13783766256c46ed, 0x5d7b5ffa84030155
	.quad 0xc05159f5c5eed504, 0x43873784612de966
	.quad 0xf701199ef685f244, 0x8000000000000000
	.quad 0x64cc222355878000, 0x8148c68e9034a2ff
	.quad 0x61b8f95cfb34d34f, 0x8441e2bc92eece04
	.quad 0x803457a9f01d8000, 0x228d3d104650d0d1
	.quad 0x4985aad839100000, 0x15afebb19ca8b4b1
seed30:
	.quad 0xfffffffec0797d6f
	.quad 0xffffffff80000000
	.quad 0xa40683e74af94b6d
	.quad 0x0000000000000297
	.quad 0xffffffffffff782f
	.quad 0xffffffffffff9ea7
	.quad 0x466ec4f74d7d3db0
	.quad 0xae7bd9a3ebc48a7b
	.quad 0xdca29418620e4628
	.quad 0x0000000000000000
	.quad 0x0000000000000201
	.quad 0xe914b8bdefb8fad4
	.quad 0x9f8c16f1e6699e3f
	.quad 0xfffffff65c629d50
	.quad 0xffffffffff6fc610
	.quad 0x00000000165f6fe9
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x4a5d4634fe4b1809, 0x7ead21c196a73b44
	.quad 0x1e1a154d14bf1863, 0xfff0000000000000
	.quad 0x801896b23c933929, 0xbfa474cff7f773bf
	.quad 0xb74068839feb01db, 0xb5ff8000b9c00000
	.quad 0x400e000000000000, 0x7f8000009d9ac62d
	.quad 0x002ba04dffbeaaeb, 0x7ff8000000000000
	.quad 0x7f8000003d080000, 0x401112d5e3223767
	.quad 0xffe11fcad25dd730, 0x538906566f8afc32
	.quad 0x9d6e8be74258a049, 0x81ea0350dc1d50be
	.quad 0x0000000000000000, 0xfcd8f3b9e5e846f1
	.quad 0xdfbc673cb68251ad, 0xfff1a5e7b048f7c0
	.quad 0xee4fab34ae525160, 0xc299038200400000
	.quad 0x0000000000000000, 0xc02dc52285cb4ac8
	.quad 0x2fd57fa92937e6d3, 0x6e22a66740480000
	.quad 0x82d01370def38b26, 0x70ac60fbc1120000
	.quad 0x401f704933549a6b, 0xc1f00000430bcff8
	.quad 0xfb4d50f500000000, 0xd6b2dcb7e9bbbf1d
	.quad 0xc0624f3669af4849, 0x6f3aa0d118b0f619
	.quad 0xffe4b9d189f89353, 0x7f8000006fc370cb
	.quad 0xecf646fcf29dc117, 0x08266c74deff8059
	.quad 0xeb47f93aacfb5515, 0x7ffcd5e8ca13aa7c
	.quad 0x8003b9bf3e832757, 0x69b19048751847a0
	.quad 0x00400000f8486ffd, 0x5ce17d91cb757dff
	.quad 0x80020cf7c77c1557, 0xffaddb317fb72ae5
	.quad 0x7fd3336ffcf786d5, 0x0020000000000000
	.quad 0x422950f57f800000, 0x00c03631ffeffe5a
	.quad 0x7ffbdd2b8cc20c75, 0x8000000000000000
	.quad 0xfff0000000000000, 0x3fb3f3cfbd209262
	.quad 0xad2244d4f5ef93f9, 0xa0f95d46edd80175
	.quad 0x4abe1b7f7fecb160, 0xac180181ddffffff
	.quad 0x6c83357bc3acc228, 0x10bbb8490021d1c9
	.quad 0xda0000008442ff66, 0x402f78d54ac54bac
seed31:
	.quad 0x82462db9d0ac1831
	.quad 0x0000000000000001
	.quad 0x0000000000000370
	.quad 0x047ad1281da80d46
	.quad 0x0000000000000153
	.quad 0x6356042ba2aabf6a
	.quad 0x00000000000002f5
	.quad 0x8000000000000000
	.quad 0x4f7c7fc4eddb1775
	.quad 0x0000000000000041
	.quad 0xfcf72d06e88b1a86
	.quad 0x0020000000000001
	.quad 0xffffffffffffff11
	.quad 0xffffffffffffffff
	.quad 0x0000000000000003
	.quad 0x000000018d1be1f7
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x3f800000807fffff, 0xffeb3830df5de5e9
	.quad 0x3e16fa39eb87ffeb, 0x7ff69f02c8b77e82
	.quad 0x7f80000000062528, 0xff80000040940000
	.quad 0x924c7cbf3d1fffe7, 0x7ff8000000000000
	.quad 0x40f0000000000000, 0x7fd0000000000000
	.quad 0xe7355bb2e6751628, 0xc1f0000000000001
	.quad 0xd8e0bb8beebbbfff, 0xff9f68fd80000000
	.quad 0x73a23d33f720d18b, 0x70855f1604d3452b
	.quad 0x0008000000000000, 0x815788c1f7b19817
	.quad 0x324774bbffd9c3fe, 0xbdf8f7bebe4e9efa
	.quad 0x3fc6d851498c63c7, 0x07c5a97f3bfd89a1
	.quad 0x4761ed3622a0fa1f, 0x8000000000f92663
	.quad 0xfff8000000000000, 0x7e32b6fc74aee9da
	.quad 0xbf7c400000000000, 0xff85a065c77fffff
	.quad 0xc1e0000000000001, 0x4000000000000001
	.quad 0x2d22c5df4915f7c0, 0xfeffffff40700000
	.quad 0x7f80000000000000, 0xcda51ab67f53da77
	.quad 0xfff9e4ecd5472a6c, 0x6d394dacdec2d214
	.quad 0x7f788e255230af95, 0xffe2da7b8c296cf4
	.quad 0x0008000000000000, 0x538ee7b86b502449
	.quad 0x4023800000000000, 0xe7a8678b34961cff
	.quad 0x5aa9da2e91b8fd29, 0xc0b59177ffc5e764
	.quad 0xfff0000000000000, 0xdf02813fd93df0f6
	.quad 0x660bf4d4cfddbb17, 0xbf961cdd1fe8cf44
	.quad 0xe13f53352effffff, 0xd42112abfbff7876
	.quad 0x489f6071c665fd0d, 0x63f4477ba30ff7d5
	.quad 0xb8010b59fed27c00, 0x3e3c1025fdaaffff
	.quad 0x81770be4b9d170b5, 0x7ebb40e850cbe5ad
	.quad 0xa768551961785612, 0x0097a6b866cafe00
	.quad 0x0000000041040000, 0x16dde5af134e6254
	.quad 0x8000000000000000, 0x90dd6a8d843c8200
	.quad 0x3fa1fbb0c5293995, 0xbf400000c0c5b3d5
seed32:
	.quad 0xa9500f3c9a35dda6
	.quad 0xeb351f72d1fe8f9a
	.quad 0xc824cfe3fea4f89e
	.quad 0xffffffffffffffcc
	.quad 0x8221c55d28b868ae
	.quad 0x506b00726c2b80f8
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0x34c55dfba72a08a8
	.quad 0x36cb2520c5372d5b
	.quad 0xe2bdd3600128ad18
	.quad 0xfffffffffffffd17
	.quad 0xfffffffffffffe6f
	.quad 0x000000007fffffff
	.quad 0x000186338fe039b7
	.quad 0x0000000000000001
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x41effffffffffffe, 0x05863e83bff8f7ff
	.quad 0x20a49d79ffd70000, 0xcad5159aae267800
	.quad 0xf6700399fff77a31, 0x8c9f3f977f83ac99
	.quad 0xbd5e0000ff000000, 0x2e5e4e4b1598809d
	.quad 0x3ff0000000000000, 0xa379489185b58660
	.quad 0x99f07a0d65eb39b4, 0x3e80e8c68869c4bb
	.quad 0xbfa2ecba857454fc, 0x43f0000000000001
	.quad 0x34a856fa3f098364, 0x8fe3ee457f800000
	.quad 0xdffffffffccbe7fa, 0xf8b64643ffb8bbb7
	.quad 0xffb510795f000001, 0xf7a0f3647fbc075b
	.quad 0xfe8a21bac3a9e82c, 0x06c48d6abe77fdda
	.quad 0xa076cba05fd88000, 0xaba75ba7e3493c04
	.quad 0xfff60c98b68c0ee9, 0xff2adf3dfedbaeff
	.quad 0x0000000000000000, 0x3fa0b9a1fb91f5d4
	.quad 0x9ee690262dd8fc00, 0x8000000000000000
	.quad 0x810527ff0b454684, 0xc11c0000779edc26
	.quad 0x8020000000000000, 0xc3effffffffffffe
	.quad 0x1b97d30be3f84542, 0x002fffffffffffff
	.quad 0x56a48232df33f5b7, 0x8ef62e51b0253578
	.quad 0x390cb94e7f9ffffe, 0x6d7e2bd0a255fe4b
	.quad 0x000669e57f800000, 0x005b8267ff7fffff
	.quad 0xb5af6d984461fe21, 0x1acb9d567da05064
	.quad 0x3f8fbec9fb468338, 0xc0729219b27ac6b7
	.quad 0x246933c20ba50000, 0x8037f37dc7fdb57d
	.quad 0x229e6d4aefc48001, 0x678925e9f5218001
	.quad 0x2f67ecd4bfd9b4d6, 0x303feaeaff4ffb48
	.quad 0xc0d759e9429f97ad, 0x0000000000000000
	.quad 0xdf33d332bad53823, 0x4064c6445b1a01a4
	.quad 0x8787c49d63c58000, 0x4a8e2c5bbffebb3f
	.quad 0x3fd3800000000000, 0xbfa2f9e3bf0ed839
	.quad 0xfff0000000000000, 0xffd9a811c0f377de
	.quad 0x40b00000411c0000, 0x44a314a9e3bbfeff
seed33:
	.quad 0x000000000000027e
	.quad 0x0000000000000294
	.quad 0xe41708ddcdcc47cc
	.quad 0xb315a5ab623e80db
	.quad 0xfffffffffffffdc0
	.quad 0xfffffffffffffd5e
	.quad 0x000052f8dc79fcf4
	.quad 0x0000000001000001
	.quad 0xffffffffff48629c
	.quad 0x1e9e5d9a8480717a
	.quad 0x000000000000033f
	.quad 0x0000692a3301894b
	.quad 0xe6a57e8bcfb60f06
	.quad 0xfffffffffffffe20
	.quad 0x000000000000020c
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0xc07fffff817e9632, 0x8000000000000000
	.quad 0x000166779814146b, 0x85554575d09af205
	.quad 0xbffc269a65238303, 0xf501b34a7405fb93
	.quad 0x7ff0000000000000, 0xe7760e8a58494542
	.quad 0xc6c806f329a53d3b, 0x40f8000040980000
	.quad 0x00096eff147c4bfc, 0xba8aca89cf7efe01
	.quad 0x7fc35e9903a68c73, 0x093e4eaae3ef79a9
	.quad 0x3113a2617d9371b1, 0x4637ba1a5fffffff
	.quad 0x40000001ff8a1e71, 0x7f8a7260807fffff
	.quad 0x0000000030db360c, 0x5ffed33d8daf4275
	.quad 0x9dce89c6ffb2fe6e, 0x6ade06921d99b799
	.quad 0xffd000c5bd8c3b24, 0xddffffffa395968b
	.quad 0xac2c4e6c2b2d0000, 0xc11bfd63c044d436
	.quad 0xcda4d638b6f603ff, 0xbffffffe801c979d
	.quad 0x18e0bdb2c0a00000, 0x7ff825886acc0b85
	.quad 0x3d435926be8e5e6f, 0x800fffffffffffff
	.quad 0xffc00000bc3f9ad8, 0xfff449e5d74d43c7
	.quad 0x95502c3b3f92f7ff, 0x65d7c8606c637757
	.quad 0xc8aa30d3e9738c61, 0x80000001042dc4fc
	.quad 0x7ff366b663ebb558, 0x425116e03c0ed9d5
	.quad 0x02bf0d0955e9dd58, 0xc1bf42a3bb000000
	.quad 0xa2c91192c7afdfee, 0xbf8000018807ff37
	.quad 0x42400000cf800000, 0x9b614ec32a2a1b31
	.quad 0x5fad4daf1853b8b6, 0x406806538c640296
	.quad 0xd0044fe50c3249d0, 0xa34ceee6b6ed68fc
	.quad 0xa532a905b9f4fba0, 0xd08db2fc009a0b5c
	.quad 0x39ff00007fe1990a, 0x61d86288f7df6fd6
	.quad 0x80ab2a2b0035b213, 0x130bed1e4d95af50
	.quad 0x833010a050749f15, 0xc2cc15cd873f1062
	.quad 0xb930000080000000, 0x3c44a0aaa65958ac
	.quad 0x3fc2586bac27626e, 0xc11000007f88c93a
	.quad 0xfff63fd5f2f5937d, 0xb483f01228e524f7
seed34:
	.quad 0x0000000000000001
	.quad 0xfffffffffffffda5
	.quad 0x6908eae6a56a0df0
	.quad 0x10c8112a6b994120
	.quad 0x239a3f199bc87ed2
	.quad 0x00000000000000fc
	.quad 0x0000000036c3e53d
	.quad 0xfffffffffffffe1a
	.quad 0x183ca8ed56994ca2
	.quad 0xe106f1a31c88eee1
	.quad 0xfffffffffffd7b87
	.quad 0x55d64837be9e2ac4
	.quad 0xa59ba3cae9e9718d
	.quad 0x0000000000000001
	.quad 0xfffffffffffeec14
	.quad 0x000000061b4b3608
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x479f644f2de1590f, 0x7fd101b247fffffe
	.quad 0xa10b0d0b426761a0, 0x99caa801be792440
	.quad 0x8067a0d13d312c15, 0x73e766583ef7f9cd
	.quad 0x4000000000000000, 0x9d9f19d4971847d4
	.quad 0xfea84aedffe9fdf5, 0xda7cee9cfff3ff92
	.quad 0x7f59c5c1c100d014, 0xeb7d8f01c5407e64
	.quad 0x4c8a8b026ecffb9d, 0xc05f6be58845a7e7
	.quad 0xc279a5af40800000, 0xffa1e9510f06870a
	.quad 0xc074abb6f6493bdb, 0x7ff0d318e8e66586
	.quad 0x4041b0bf149faf5e, 0x0000000000000000
	.quad 0xff80000094d581b8, 0x79236f406c2f3a9d
	.quad 0x59ffffffc193299a, 0x73a2afa54226c561
	.quad 0x74ba4387e3728aa7, 0x7ff0711fd51f55ea
	.quad 0x40300000c09c0000, 0x75bbcbfe3793ede8
	.quad 0x8000000000000000, 0xfac71eb40268d0da
	.quad 0x0000000080000000, 0x40497c1642ad9e67
	.quad 0x7ff0000000000000, 0x8010000000000000
	.quad 0x7491bb0d734affff, 0x0000000000000000
	.quad 0xeaa2adfb00000001, 0x0175f30578ba728d
	.quad 0x60103b8f1a8cc001, 0xa7cb99547cc82b74
	.quad 0xc006000000000000, 0x5844df5b88447d0e
	.quad 0xe930761b027458b4, 0xfff6dcac487d2630
	.quad 0x0024df1f8e1fd925, 0x8e21e4c2feffffff
	.quad 0x80167e36722d7f05, 0x8196f8ce0632ce21
	.quad 0x7fbe4b94ff800000, 0x8143f0e4093f2bd4
	.quad 0x417b7ab54630638c, 0x7f3d130c45ee8662
	.quad 0xa89dac3e47800000, 0xb078fd9bbe87fbfb
	.quad 0x20886b39214aee9e, 0xd9504b98f5f5ffe6
	.quad 0x51d96343c5eb5be5, 0xc7d1e29c898d8000
	.quad 0xb6219c26ffead006, 0xdc0000011c714f65
	.quad 0x41b41f0a80ffffff, 0x7fcf65217f800000
	.quad 0x830f600a2670fc00, 0x41fa8ee9929a89be
seed35:
	.quad 0xbe11b96efc994da3
	.quad 0x0000000001000001
	.quad 0x71b0096942cfc2c7
	.quad 0xfa9fff2e89946640
	.quad 0x0000000000000001
	.quad 0x0000000000d070cc
	.quad 0x0000000001000001
	.quad 0xe7fd41ff16806f0e
	.quad 0xffffffe2f096219c
	.quad 0xffffffffffffffeb
	.quad 0x00028cd89be5b523
	.quad 0xffffae32cd16e51d
	.quad 0x0000000001000001
	.quad 0x721ae1124d703a54
	.quad 0xffd3893c1f304c00
	.quad 0xfffffffffffffce6
	.quad 0x05c00000
	.quad 0xb0000000
	.quad 0xc0a2c00000000000, 0x609c35beffbfdefb
	.quad 0xe9d2f75dc4df0a3f, 0x000000003cc80000
	.quad 0x1ddc339e7f7e9b39, 0xffe8126680400000
	.quad 0xb2b7af7eef5d1dea, 0xc17dfc04f4fffeef
	.quad 0x0000000000000000, 0x011eb1bfffd13eae
	.quad 0x3ffffffedf800001, 0x48964e91f5343347
	.quad 0x6ef9d29ca9b28000, 0x002265907f800000
	.quad 0xd6c2802bffdcec58, 0x7dbd9665446a8365
	.quad 0xc50ec1dcfdabedec, 0x96a2ae5dba03353e
	.quad 0x3ec00000ff8ea51c, 0x40c80000002d75ae
	.quad 0xbf81d342e68d09e4, 0x6fa21284855a22ab
	.quad 0x6fb8b5bdbda9dadb, 0x7fdfffffffffffff
	.quad 0x372cdffe0a307e00, 0x7ff0000000000000
	.quad 0x388000003c1f7f68, 0x73ff06c0c7e5fc00
	.quad 0x40dea543ff000000, 0x7fd2420ebe41f11d
	.quad 0xb6ec0000221ba704, 0x3fd7948619eb4fd1
	.quad 0xc3c73060b5483e21, 0xffe0ad36674fb586
	.quad 0x820872fa427ac0b7, 0x0020000000000000
	.quad 0x74acbe5a3fdebfbe, 0xb98e8f8ccb194480
	.quad 0x59ffffffbe3eea81, 0x931cc475ba640000
	.quad 0x7fd382778c3cdf68, 0x8005829e7fbf687b
	.quad 0xbdd8685afb20261f, 0xf6a37ef4b2b3150b
	.quad 0xfff8000000000000, 0xffc28a4746800001
	.quad 0xdf7ffffeffc00000, 0x8fa61bdb37d57948
	.quad 0x3f87863e538f5472, 0x01706ccdff8dfe00
	.quad 0x4128bd99df7fffff, 0x83ff2777bf300000
	.quad 0xe146bd4e54277e00, 0x7f8000000326726a
	.quad 0xe3420797cea2e8e7, 0x77d26b3f2a226510
	.quad 0xde007b915de22ef9, 0xbfe734d0c55a9ece
	.quad 0x7fffc9db0be8802e, 0x13cc3f053c0c080c
	.quad 0x4101ddefdc1ef581, 0x7b9883e0c7fffffe
	.quad 0x7f8000007d44aed6, 0x33d1abbd5a78fd0d
seed36:
	.quad 0x4ccd6b27442d47d9
	.quad 0x0000000000000263
	.quad 0xdfa0ab6489b522b4
	.quad 0x0000029ee043da68
	.quad 0xffffffff80000000
	.quad 0x000000000000010e
	.quad 0x000000007fffffff
	.quad 0x0000000003158d89
	.quad 0x00287619d3c8ad53
	.quad 0xfffffffffffe785f
	.quad 0x5112f5c7a28fbe6f
	.quad 0xfffffffffffffaf3
	.quad 0x000000007fffffff
	.quad 0xffffffffec16015c
	.quad 0x00000000000000ea
	.quad 0xbddca8750b1081aa
	.quad 0x00000000
	.quad 0x00000000
	.quad 0xffe199f39b2232e6, 0xc01a000000000000
	.quad 0xaa188a4d8bd86a91, 0x4330000000000001
	.quad 0x3c37429ec0a80000, 0x0000000000000000
	.quad 0xc11a073ddfffffff, 0x0019a88b7fa87144
	.quad 0xff8d17ebc2a10439, 0xfffa69d5550de4fe
	.quad 0x807fffff80000001, 0x25abf9c77de7dc49
	.quad 0x7fa196e4803dad47, 0xc28cea8a8092df72
	.quad 0x401b800000000000, 0x3f204468ffc00000
	.quad 0x29859e32feefc75d, 0xbbc084cf7f1f0bf5
	.quad 0xd55df7e404bd2c23, 0xff45f091fe7f7bfa
	.quad 0x8f2bd6fa8072b83d, 0xb78ebec3d9022111
	.quad 0xcede3b92adea7294, 0x8043e33580ffffff
	.quad 0xfd923db13c353a73, 0xfa58be3e87697c10
	.quad 0x3ff0000000000001, 0xbf9b0d79b0e97f54
	.quad 0xda2ddf33b7e00000, 0x42d13b5cfffbfd5f
	.quad 0x837b028d6d788d90, 0xef0cb36be144d2a7
	.quad 0xc496a8940ee8d380, 0x7972ffe88be3aaa7
	.quad 0x401e000000000000, 0x47b9e346ff4bc6e3
	.quad 0x13cf32983337772e, 0x8dffc2f1744ffa62
	.quad 0x9d85de0040700000, 0xff85da5ce0000001
	.quad 0xcfadff127fe2620b, 0x72483544e439c6c6
	.quad 0x7f2c52a742c84a04, 0xfff74680cf9f171e
	.quad 0x64af2f667f7ad309, 0xc55680f98cac351c
	.quad 0xb2e25c187dbebd7d, 0x001b7bacbbf018fb
	.quad 0xfff59e01c0b00000, 0x44da0000fc3f6d03
	.quad 0xee1a6b7f8a2cfc00, 0xfb795e0d00187fb5
	.quad 0xff800000807fffff, 0x818ac2387fe3ef8b
	.quad 0x34e4adc68deafc74, 0xfff0000000000000
	.quad 0x4096000000000000, 0x48c95a8200ffffff
	.quad 0x7bd53cf855ddc2c2, 0x007fffff3f8f5483
	.quad 0xbe899073bcee4621, 0x31bf3409ffd4fc00
	.quad 0xe4260b8dcd5f7940, 0x402781e040e28000
seed37:
	.quad 0xfffffffffff54e65
	.quad 0xcd5b2ca3b2854f60
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x000000000000cb00
	.quad 0x0c180e224056db66
	.quad 0xfffffffffffffc82
	.quad 0xfffffffffffffe15
	.quad 0x0000000000000101
	.quad 0x0000000000000259
	.quad 0x0000007213a8e118
	.quad 0xca6386d9cc06ffce
	.quad 0xffffff99241f0279
	.quad 0xca59cbf8054f8112
	.quad 0xfffffffffffffd9e
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0xd6cd2d56fd7f7e0e, 0xf13f8a3880000000
	.quad 0x7ff0000000000000, 0xa2bca6a9ffecff4c
	.quad 0xfe74b6b8c9bff4a5, 0x34c8493bf93b76de
	.quad 0xc0095e31a270c9ac, 0x2e9ebb9cddced2b9
	.quad 0x332fdaaa3f6fa7e3, 0xf46ff6879eb15faa
	.quad 0xcd70a5d8e1e2667b, 0xbfd4e6d6ebddd573
	.quad 0xde87e0478115b482, 0xda7ffffe7477d2fb
	.quad 0x670774c020084780, 0x7ffa158711290776
	.quad 0xffb26315729edf5d, 0xc00c000000000000
	.quad 0xde0d04cbfd6af5ff, 0xb83772cbffe87c35
	.quad 0x793b7d233ffb7fbc, 0x7ff8000000000000
	.quad 0xc01ebadab0ba84f1, 0x7e8000007abfbb97
	.quad 0x80000000c02e94f6, 0xfff0000000000000
	.quad 0x1f57bd982b955340, 0xc00000008083eda1
	.quad 0x184953ddfc4cbc01, 0xc070036864048a90
	.quad 0x837c7864ceffed5e, 0xff53f25e40b00000
	.quad 0xbfb478eb8052bad0, 0xc00aa3410f58e213
	.quad 0x87d35be3ff8e7bff, 0xc50c0000ffaf191e
	.quad 0xbc823b4a40e40000, 0x8c4ced297fdc4b1a
	.quad 0x7ff68710c78698fe, 0xffd0000000000000
	.quad 0x1443b485bcafddc1, 0xbfd21e7327444ca5
	.quad 0x000ed953f3e7d481, 0x839a82215d4fc4e4
	.quad 0x80e102c7c22e2ee3, 0x7432e5920de7ac9f
	.quad 0x0000000000000000, 0x1f25877e00000000
	.quad 0xfa7d7817dbe742af, 0x802fffffffffffff
	.quad 0xe4966eabc776610f, 0xce1c0de93b35fe00
	.quad 0x3f56edd57f903fb9, 0x00cb6e468aa676a5
	.quad 0x5b49227abbab7fcc, 0xb85e57637de5ffdb
	.quad 0x3d85823cff9b9418, 0xc132000000000000
	.quad 0x403569d1c6240ef6, 0x800ff7cdf0ec2c02
	.quad 0x3bc000003d48f7dd, 0xffaec3397c4f0066
	.quad 0xacd9f160d955fb98, 0x7ff0000000000000
seed38:
	.quad 0x77797cb20f766dea
	.quad 0xfffffffffffffd81
	.quad 0xfffffffffffffffe
	.quad 0xff3474946190e7d6
	.quad 0x84c40ac477dafc9a
	.quad 0xb0f419fc0230936c
	.quad 0x0000000000019c9d
	.quad 0x00000000007962a7
	.quad 0x7fffffffffffffff
	.quad 0x3a6ad6d9c8249f21
	.quad 0x00000000000002ca
	.quad 0x000000000000000e
	.quad 0x0000000000000000
	.quad 0x00003eb712607834
	.quad 0xffffffffffffff7e
	.quad 0x0000000080000000
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x886c62e77a3d525a, 0x7ff8000000000000
	.quad 0x3fc2b683a81183de, 0x8228745ac6be85ff
	.quad 0xd6c61da37f8f750c, 0xbfb2192ecc181ff3
	.quad 0xbf5606c4ffee869d, 0x7ff0000000000000
	.quad 0x1184dcc8ebdafc77, 0xc85bce1dffcec380
	.quad 0xa48268fdea40f4e4, 0xc01e000000000000
	.quad 0x0749b26f40900000, 0x01853dbebd977dee
	.quad 0x7dc2f9aee1efc5d9, 0xbc79e5a140380000
	.quad 0xfbe8b9a65abf28db, 0xbca1fd923db2f0aa
	.quad 0xbdc40000015d4634, 0xfeffffffffc00000
	.quad 0x7db38f5e80000000, 0xffbffb42c098c643
	.quad 0x7ff8000000000000, 0x421875665530e3b0
	.quad 0xb252926b67fffffe, 0x8000000035e00000
	.quad 0xc0a0000001000000, 0x007d878d4daabdcd
	.quad 0xffe927c1cf47833c, 0x3eb0ce9ff62b2df1
	.quad 0x3f920c91863a3a56, 0x01842b0524039dfc
	.quad 0x7f9d241d3c237170, 0xfff007d6355cc2cf
	.quad 0xc6f4000041bebf2a, 0x00c7b916f8244790
	.quad 0x410903d37fc00000, 0x803565a7ff896a9a
	.quad 0x7ff8000000000000, 0x56273becfffaf7e1
	.quad 0x7fc097eb7f800000, 0x40ffffffffffffff
	.quad 0x7153df87bee7792f, 0xbeea86b875bf3df7
	.quad 0x40a2cf6018f1c480, 0x3f93fd5c2ddf1ecc
	.quad 0x1c85cb688be528e7, 0x817fffffda000001
	.quad 0xfde9915bc5840f8d, 0xc0712a21ace89590
	.quad 0x47315aef54daaa7b, 0x7adc44052f09023f
	.quad 0x4a078ca24793c040, 0x7dfa30cd1632f63e
	.quad 0x408db427fff4acec, 0x4180000000000001
	.quad 0x8008000000000000, 0xfff0000000000000
	.quad 0xaf105c86c0200000, 0x1a3570f9c551c820
	.quad 0x02b5175ad5a3bae3, 0x9368cad4d3eb415c
	.quad 0x402d147763faccba, 0x6495ab78004ea897
seed39:
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000008
	.quad 0xf53fef816425e828
	.quad 0x33792963c2e570ef
	.quad 0x0000000000000206
	.quad 0x0000000100000000
	.quad 0x0000000000000249
	.quad 0x000000000000013b
	.quad 0x0000000100000000
	.quad 0x0000ce1ae36feec8
	.quad 0x714b14a3b29a57e5
	.quad 0x0000000080000000
	.quad 0xfffffe8f119d10dd
	.quad 0x00000000000000cb
	.quad 0x0000000000001571
	.quad 0x6c30c5bf8cf95c6f
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0xc03b6a5641b93555, 0x008ca904e757ae11
	.quad 0x41a2340bc1d1c8dd, 0x905ca5429d2c7b99
	.quad 0x3fec14e3adeaf6d4, 0x7f88c4a27f87b2eb
	.quad 0xfffc3a2ee00cd708, 0xffc000006dbd379c
	.quad 0x7fa9d0809de5c150, 0x7ff15d173c1b95df
	.quad 0xc1100000015f4679, 0xc2a1594400968d09
	.quad 0xa93daa01bffffffe, 0x401f000000000000
	.quad 0x5395e7d5f6b4bf9a, 0x0000000015801149
	.quad 0x7f96bebba993d79c, 0xc01aa32343975f6a
	.quad 0x40095926af25cd93, 0xfe425128bfb1afaa
	.quad 0x80c2631ec4c9953a, 0x4011000000000000
	.quad 0x740f6683e06d2259, 0xfff87b1ed77e3ac6
	.quad 0x00000000feffffff, 0xcd3abc4f2c197c00
	.quad 0xb7f000007f91de9c, 0xdb0e39f480000001
	.quad 0xe60a5f165843fc00, 0xc012000000000000
	.quad 0xc3bf0000bed04b1b, 0xc75819cd416f33b1
	.quad 0x800000001cfc5a0f, 0x3f2c8fe5c0980000
	.quad 0x0167c63fffac672c, 0x3dbb00002b516d63
	.quad 0x3fbb0032690bf740, 0x7f80000004244363
	.quad 0x002de89d7f80c98e, 0x8a878d06cc3fffce
	.quad 0xcaa0cdf4999a7e00, 0xfff0000000000000
	.quad 0x7ff8367300000001, 0x0008000000000000
	.quad 0x4c14c3f8d053f427, 0xc2cbf02ce69cfe00
	.quad 0x40b8000000797b33, 0x4033e8b6c9d3d5a8
	.quad 0xfe813c601fb9a644, 0x8700c30cb21d400c
	.quad 0xffc000007f800000, 0x10a8cd494f58ba16
	.quad 0xfff8000000000000, 0x40b00000bf39086f
	.quad 0x268ce6bab8165600, 0x7ff0000000000000
	.quad 0x9b1d4f6655bcedfe, 0xc04a000000000000
	.quad 0x3fc00000feb3f9a2, 0x40c000004ff7e006
	.quad 0x43b0df2541a80000, 0x357ad10f71c2160a
	.quad 0x4020800000000000, 0x7567d2f1ff800000
seed40:
	.quad 0xffffed7f67ebce8d
	.quad 0xffffffffffffff88
	.quad 0xa31db8dfd7711b8d
	.quad 0x3aae3a2819964186
	.quad 0x00001f145c39e866
	.quad 0x9faaefddb4be60bd
	.quad 0x13cbab5deafef047
	.quad 0x8000000000000000
	.quad 0x8000000000000000
	.quad 0x01229447bdde0dfb
	.quad 0x00001bc19fa123bc
	.quad 0xfffffffffffffe3e
	.quad 0x00000000ffffffff
	.quad 0xf0bb1351a836daa3
	.quad 0xfffffffffffff965
	.quad 0xffffffa919463e9f
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x3eb2400000000000, 0x978fa1a3f9b69fff
	.quad 0xa1f71c6c1cafc406, 0x410c00008a61a6c1
	.quad 0xbcb01f2f41140000, 0x6f3f99db80000000
	.quad 0xfff78c1cf242e2d0, 0xd5d8668beff7472d
	.quad 0xc1180000bc3d6e24, 0xb2d80a7fffe3fd1d
	.quad 0x3fa7ff94448b1924, 0x648a9ce1817076a7
	.quad 0xedddd0eb80000000, 0x11190fc6bb71ff6d
	.quad 0x403000007f800000, 0xc95dab66bfcdb9bc
	.quad 0x1d704b34c2dedee8, 0x7eaf99b8497d203e
	.quad 0xff800000ffc00000, 0x00000000ff800000
	.quad 0xf72c082ec3bfc505, 0xc1c672ab80000000
	.quad 0x7ec111ea06105a46, 0xe1fb756f932bfbbc
	.quad 0xc0e99e4b01000000, 0xfe30313070717d25
	.quad 0x0518cb4f83258759, 0x7f214a1001dad440
	.quad 0xec7a7741c3c50000, 0xc3ffffffffffffff
	.quad 0x4020000000000000, 0xda000001c0758000
	.quad 0x7ff0000000000000, 0xc1a8d56affe18214
	.quad 0xfffadfb5e8bdb29d, 0x09e0da66dfefd59d
	.quad 0x6c83b076c2e5cf3a, 0xbc66518ff9d5f78a
	.quad 0x80e602d47403ead2, 0x778c66cdff40ab88
	.quad 0x000611814c2e7298, 0x41e0000000000001
	.quad 0xc054ae11b1b5ee07, 0xff8000007f800000
	.quad 0x80db3f618012af1c, 0x668f24c2c76b7cfb
	.quad 0x00096d4507f0ff2f, 0xa3c1a97bd9800000
	.quad 0xc09800009ac94e7c, 0x28947315d56baa8d
	.quad 0x7ff0000000000000, 0xb7e10000803d6587
	.quad 0xa3b76d8c005bef46, 0x2b151613ffa0caa2
	.quad 0xff8000007f800000, 0x69e97d05fffedc9d
	.quad 0x856aa1c11ce00b9d, 0x3fb24b9daeb35e47
	.quad 0x98b85ec5e9f9fc00, 0x8013cea480000000
	.quad 0xff55004c437e59dd, 0xff80cc7c87fa59cb
	.quad 0xefce303d7fa1bc4e, 0x904f20ff80000001
seed41:
	.quad 0x0000000001000001
	.quad 0xc1d0e4da68a2d1a0
	.quad 0x2e1178599b00c711
	.quad 0x00001295badbdefd
	.quad 0x4c8cfd67a03deec3
	.quad 0x9885eb7e8f7a58e8
	.quad 0xabb34c93d101904d
	.quad 0xfffffffffdf060ec
	.quad 0xfffffff44721c310
	.quad 0x13a1b017e96ab7c6
	.quad 0x0000000000000001
	.quad 0xffffffff24fc48f3
	.quad 0xad852cd2af2d44e2
	.quad 0x018ef54ade8d3a6f
	.quad 0xffe93492a73495c9
	.quad 0x7fffffffffffffff
	.quad 0x07000000
	.quad 0x00000000
	.quad 0x749b8d63d7ffdfbe, 0xd4e60e932a557985
	.quad 0xd29f5828be5cffef, 0x7f80000000000000
	.quad 0xbeb0176bfef27ad7, 0x40d4000080000000
	.quad 0xde4d13b7a22fff7f, 0xee267de9498b0000
	.quad 0x3f631be0fffc7af7, 0x3d8f107d97468e90
	.quad 0x73d211a30fdb5a66, 0x6751a4314cd4fd36
	.quad 0x035006a48625b959, 0x8eac857c80000000
	.quad 0x4340000000000001, 0x41100000ff800000
	.quad 0xffd3121f3277e635, 0x8587f9cffff77383
	.quad 0xff800000c0f94dc4, 0xbf80000190eb5df8
	.quad 0x00000000c0000000, 0x1202db1fffed555a
	.quad 0x3e73e6f88fccac97, 0x72ec5363eb7acf82
	.quad 0x0000000000000001, 0x0307d758c7e47d74
	.quad 0xf12a0c37bce60000, 0xc022400000000000
	.quad 0x7ff8000000000000, 0xc0e0000000000001
	.quad 0x3ff00000ff8617bc, 0xc1ae945403743739
	.quad 0x018698cf5dd1ffcb, 0x3e000000ff836ce4
	.quad 0xd51e382960a84896, 0xc13201ff4308c58c
	.quad 0x58fc969dbb7dfede, 0x000fffffffffffff
	.quad 0xa905fd32ffaafe73, 0x43302739433a8773
	.quad 0x00000001f9d2bc71, 0x5a326cfec0f40000
	.quad 0xa2163a16ffad0a1c, 0x403a47b47eeb9202
	.quad 0x400e60f25a6392ab, 0xff35a72334051b9e
	.quad 0xfffb4e5a8f373f91, 0x8005c97d70ab4d86
	.quad 0x5790e16cf7ffffff, 0xcfffffffffc00000
	.quad 0x40286e27126134e6, 0x8000000000000000
	.quad 0x81fa68915330fdbc, 0x800000007f800000
	.quad 0x54e86f4fd0ff2ffc, 0xbf66000000000000
	.quad 0xffefffffffffffff, 0xccafeb42a0440730
	.quad 0x007fffff3e09f0cb, 0xf0ce727af8db275e
	.quad 0x8001e4076fa851f8, 0x7fc00000d9fffffe
	.quad 0x38c25b0afdf716e4, 0x0cef1df0b94b24af
seed42:
	.quad 0xfffffffd18dc2fb7
	.quad 0x00000000000000b4
	.quad 0xe4a771ce70a05bfc
	.quad 0xfffffffffffffd86
	.quad 0x8000000000000000
	.quad 0x00000000000001bb
	.quad 0x7fffffffffffffff
	.quad 0xb072daf9f9952e21
	.quad 0x73b52e28139f9f71
	.quad 0x000000d2fa5f5ead
	.quad 0x00d147f4e8cd1e2d
	.quad 0x000000000000014b
	.quad 0x00000000001555f1
	.quad 0x8000000000000000
	.quad 0x0000000000004d04
	.quad 0x000000000db116c2
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xbf4000007f800000, 0x2f65836e80000000
	.quad 0x80000000800aded1, 0xc8a737f0fbd879e6
	.quad 0x000d38cd82e6a0c3, 0x02650701bb71804e
	.quad 0xc0349ae11c000015, 0x70a851f48c06fcdb
	.quad 0x731fab98a0c0fbff, 0xb4a4eb5e44f8798b
	.quad 0xc0457950d2733970, 0xc0430007c05cb0e8
	.quad 0x7ff1167b06a9bc14, 0x72c03abbc215abea
	.quad 0x0030d94cc3973880, 0xbb8651f4bbf46ebd
	.quad 0x9ac1a1deff9d061c, 0x7db280ca62b584ad
	.quad 0xbf72c82aa9e17480, 0x66f039877f92dbac
	.quad 0x000000000077a6e0, 0xbc92a55fbf870020
	.quad 0xf53b5a4451a8fe7b, 0x1edcd27afab328b4
	.quad 0x40700000f76dae14, 0xfee929db54aa53d2
	.quad 0x0c582ee5fd3f7d3f, 0x37a00000b6400000
	.quad 0x8068336480000000, 0x3ff0000000000001
	.quad 0x479004924211f9f6, 0x598255185ea62e67
	.quad 0xb4014e97addce200, 0x7f6e84ba8f056e53
	.quad 0xbf01d1a97f800000, 0xc0506e057f9d7fff
	.quad 0xae03293d3eb8efa1, 0x00000000f1c27c2a
	.quad 0xf0d040f3ffb9f800, 0x71cb0ca7cdd9419d
	.quad 0x40e0000000000000, 0x410800007fd53249
	.quad 0x78b606e63dfef458, 0xf30a95ce1eae00bc
	.quad 0xbff7eb307fb0061b, 0x2375ab88addfbf7f
	.quad 0x37ed45426bba4e9f, 0xff800000c1f70000
	.quad 0xc946fae4e5350c00, 0xbeb2ae1781c3fe2c
	.quad 0xc09ae00000000000, 0x7ffdcad2d16cc42d
	.quad 0x40180000801de583, 0xff80000086b9ff48
	.quad 0x518f920fdf5ef7b7, 0xff800000ff96ca8d
	.quad 0xc10c000038222801, 0xc1efffffffffffff
	.quad 0x15ad20e26e05d9f9, 0x7f7fffff3e59c25c
	.quad 0x0008000000000000, 0x6f5a4a9341200000
	.quad 0xffc00000c77ffffe, 0x3da1a7029bf7f522
seed43:
	.quad 0x0000000000000325
	.quad 0xfffc6925e4ce4505
	.quad 0x0000000001000001
	.quad 0x0000000000000316
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe01
	.quad 0xffffffffe00259b4
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdb0
	.quad 0x0000000000077359
	.quad 0x0000000001000001
	.quad 0x0283a0715b93f355
	.quad 0xffffffe5e9d06731
	.quad 0x0000000000000305
	.quad 0x0000000000000037
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x815d5b807fc00000, 0xfff0000000000000
	.quad 0xbfb6acf0a02c02c3, 0xf97010358b867d26
	.quad 0x7fe0000000000000, 0xcbe44c0abfd7ebff
	.quad 0x7ffa2567c14ad604, 0xfff0000000000000
	.quad 0xffd0000000000000, 0x8000000041200000
	.quad 0x2098d051bc6b1ac0, 0x4c29ac13e4b1fbff
	.quad 0x1df08067fabca8c4, 0x0e5f3a2e2bd00400
	.quad 0x8000c962df7ffffe, 0x01b4b9ea66823521
	.quad 0xff9ee87440f87452, 0x7fb087cafcc2fcba
	.quad 0x10d1d18cbfffffff, 0x9463ff5031b58000
	.quad 0x6511793cff2ad320, 0x8245e043da3cf1db
	.quad 0xf1dc2bae47000000, 0x4390e106f7c4fdee
	.quad 0xdd6b67ff80000000, 0xf51d66486fa04180
	.quad 0x8010000000000000, 0x7ff8000000000000
	.quad 0x7fba403f8909ec4d, 0x7fc0bc28137c62ca
	.quad 0x0c9e6159ff9c88e2, 0xbfe2dfd72d9a2add
	.quad 0x55cdd6354dbebf7d, 0x02163984c3b8ceca
	.quad 0x3ff0000000000001, 0xfff0000000000000
	.quad 0x9e95d04a4c292ffc, 0x8020000000000000
	.quad 0xfffe2cb63d1ecd2d, 0xd478741891a6b6fe
	.quad 0x7f800000c18062f4, 0xb5bbf7dcfd77fdfe
	.quad 0xde0c8090fcfd97ff, 0x913bf9a61e1fd9d3
	.quad 0xc1bf7d67c4c6f801, 0xfd7295be302a39a3
	.quad 0xea700a305ce26414, 0x7be1493ea7e57edc
	.quad 0x438a4d9dfff7bdff, 0x8000000000000000
	.quad 0x3ec4a0e05f7bfd6f, 0xc02581f8108a4ed7
	.quad 0x7ff8fc90e12e9ace, 0x9307c964620a34d6
	.quad 0xef32deb933a57c00, 0x4f0000017f819c0d
	.quad 0xbf84540780b00007, 0x42202609ee7bff4a
	.quad 0xe50d77aebfdfe7d7, 0x741c5eb7007a41fa
	.quad 0x8d9ad24c8fdd2de1, 0xbb6180003e333da6
	.quad 0x801c6c3525cc7bbb, 0xc11400003cdaded1
seed44:
	.quad 0xfffffaafa905fca8
	.quad 0x00000000000000ce
	.quad 0xdad21d325e0f77f5
	.quad 0x03e88e0823270bf9
	.quad 0xfc349a98e7d855d3
	.quad 0xdaa0913bfa0ca5ff
	.quad 0xffffffffffe75afd
	.quad 0x00000001e32d9042
	.quad 0x000000000000024f
	.quad 0x7fffffffffffffff
	.quad 0xf0b1f16e55d3e111
	.quad 0xa2e1c95af5be61e2
	.quad 0x0000000100000000
	.quad 0xfffffffffffffff8
	.quad 0x0000000100000000
	.quad 0xb1d4fd657c28a896
	.quad 0x02000000
	.quad 0x80000000
	.quad 0x7ff0000000000000, 0x7f9dd3182176b3bc
	.quad 0x4002000000000000, 0xc0e2aac4d07ca49b
	.quad 0x7ff8000000000000, 0xd3000000863aeb4c
	.quad 0x99dcfbe2e20cdc01, 0xf8972e81efe77ffb
	.quad 0x98ea0c5ae5d36fb9, 0x730522b1fff1a462
	.quad 0x3c4496fd807fffff, 0x6807fbc780269263
	.quad 0xc1f91dbc8a0d10dd, 0x80000000d9800000
	.quad 0x7ee4fae000ffffff, 0x42ea6789efeeff66
	.quad 0xff8000007effffff, 0x2b08d6a70d680000
	.quad 0xb170e2ffa58dc30e, 0xed94ac20ddb60000
	.quad 0xc024000000000000, 0x000000009d2cddb0
	.quad 0xffc00000c9080000, 0x477fffffff8e6498
	.quad 0xc0a2566dc2d218ec, 0x31a9d2a7976a75ba
	.quad 0x7ff8000000000000, 0xbd17894a7fbdf743
	.quad 0xbfe3f97af44c7b4f, 0x40a2000000000000
	.quad 0xc013aac387b0794b, 0x7e094aaed114bc00
	.quad 0xc055086d4c2a89f5, 0xfff0000000000000
	.quad 0x3fdc42e15504bd15, 0x3ca902b07f800000
	.quad 0x291ee4a2d1b3fc00, 0xffac1c41ff800000
	.quad 0x65030aafcb6af925, 0x038324d6ff7fffff
	.quad 0x2bf9ef88e39a81a6, 0xf2fa23167f800000
	.quad 0x7fc00000d43cd31a, 0x6f69a5c9bc8d4140
	.quad 0x9d1f63392c93fa83, 0x0000000000000000
	.quad 0xbff4000000000000, 0x401adf5f26772b93
	.quad 0x7fd0000000000000, 0xaa69d2ace4d07a54
	.quad 0x35a5c481a3d50c18, 0x801780e241dba4f1
	.quad 0x00000001c99175a7, 0x7faafa25ff000000
	.quad 0x6a256feb9a49fe00, 0x41a7281b3f400000
	.quad 0xc010ec7725e9b524, 0x7fd1cfd5d51640c0
	.quad 0x7ff3b210619f9b27, 0xdb881b68fd70f471
	.quad 0xffa49f903fffffff, 0xaaf0bf6aeb3dcfff
	.quad 0xc098000077c12b01, 0xb385161e3e35c276
seed45:
	.quad 0x44c5bf98ec1b921f
	.quad 0x0000000000000001
	.quad 0x0000000000000359
	.quad 0xff3ada647a412610
	.quad 0xffffffffffffffaf
	.quad 0x00000000006642b2
	.quad 0xfffffffffffffef7
	.quad 0xfffffffa7d487f38
	.quad 0x00000000000001bf
	.quad 0x0000000001000001
	.quad 0x000000000000012c
	.quad 0x0000000002903c7e
	.quad 0xfffffffffffffcd0
	.quad 0x00000000000000b0
	.quad 0x0000000000000116
	.quad 0x00000003a64baf6c
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x808f74ef00000000, 0xfb59b9beb8754f7c
	.quad 0xffd954c36cd85a9f, 0xc26ffb8a8e9f24e5
	.quad 0x9d504625e516d5d3, 0xf2f1f5ebe73022f6
	.quad 0x407f45f0b376b204, 0x4a65930183e2afc7
	.quad 0xff85cdc9bfb85c1e, 0x003b6ec34f9190ff
	.quad 0x000fecafdeb0a171, 0x3fa5c8e25a68670c
	.quad 0x02a9f1aab91f17d4, 0x000000007fc186b5
	.quad 0x844248cbf3bba5df, 0x979c671985edba6b
	.quad 0xb2023b02d5b04680, 0x763348faffda7400
	.quad 0xffb79805bc09b1e5, 0x2ab48189c43a0e37
	.quad 0xc05c0b80f95d740e, 0x69ee854a1d42e64d
	.quad 0xfff4b839aaeaca80, 0xdb26948464a8167e
	.quad 0xfff0000000000000, 0x3b70000042c00000
	.quad 0xc10caaa717699d6d, 0x811abd37dd94f59e
	.quad 0xac30033d5a83c33b, 0x7fd0000000000000
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0xc4b99832eff8ffef, 0x0cbf495ec0108256
	.quad 0x1a34dbab7ff3fc00, 0x428d38595848fd10
	.quad 0xf8a3cc8b7fc07509, 0xc01f000000000000
	.quad 0xdd2510faffffcdeb, 0x3dc8dc0c40a40000
	.quad 0x0009c59187603524, 0x7f2020c2727c77f4
	.quad 0x40700000c353175d, 0x138c684aaf74ba55
	.quad 0xbc76a62fb9500000, 0x3f8e600000000000
	.quad 0xa59af85b7e7efadf, 0x3ff9dfa5bd91b63c
	.quad 0x3bb4ff6e80000000, 0x75d16b5fdffbbdbf
	.quad 0x4c8c54f5bad7e882, 0xe1245c92c3ba7e6f
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xbf7eaa803b5c3793, 0x993973bbfffd7e00
	.quad 0x99d2d7c92fcaf839, 0x5245620ea22afc4a
	.quad 0xff800000ee577946, 0xa2fb5ac8ffc00000
	.quad 0x810000005f25c1b8, 0xf4e98eaea0c4fcc1
	.quad 0x50e998fcff800000, 0xff90d2497d5a800b
seed46:
	.quad 0x43381eb71e9690a4
	.quad 0x0000000000031b77
	.quad 0xffffffffffffffff
	.quad 0xf451178cb91c5f45
	.quad 0x8000000000000000
	.quad 0x54fe392626ffa51d
	.quad 0x5d37b4c07d6954e2
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0xf2d849834f0c2f6b
	.quad 0xa59dcf0e3db0b18a
	.quad 0x000000000000034c
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffeb
	.quad 0x00001a8ac8bb805c
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x40e4000041caffc4, 0x7fa44e15c71d7adf
	.quad 0xffa7d5eb7ff2b140, 0x85a3ee74982b8ff7
	.quad 0x40f201ee7e800000, 0x5f9b397be4f23c4d
	.quad 0x09763e2177eee13f, 0x0000e2a6b42863c9
	.quad 0x7ffce144d9b387b7, 0x43c7ad58f428d368
	.quad 0x7f3caf389629915f, 0x0098439b3ec696a7
	.quad 0xc01e000000000000, 0xc026f82667162701
	.quad 0xc094000000000000, 0x707da19c81317e00
	.quad 0x7f800000bc200f2a, 0x339d1edfd33e0706
	.quad 0x569564a864b667d3, 0x40600000ffc00000
	.quad 0x598c81f482de0a17, 0xa25d67dbffbfbd3c
	.quad 0x6cf67694ffd4edff, 0x3fa15b4242400000
	.quad 0x800000003f800000, 0xf72ac0a29edb7f0d
	.quad 0x7f8000003bb03f0e, 0xff800000ffc00000
	.quad 0x000000007f7fffff, 0xfff0000000000000
	.quad 0xf2f26909bffff7dd, 0x6bbc854f7d5f05ff
	.quad 0xbe00bc5571c797d4, 0xd3c39275bb3fc3da
	.quad 0x4050000000000000, 0x3ed221b9806983ec
	.quad 0x038be846fffeffea, 0x0058d7dfff800000
	.quad 0x8007364481213544, 0x0000000000000000
	.quad 0xffc7b65a439ec4ff, 0x7356852600000000
	.quad 0x8000000000000000, 0xbe15b091df7ffffe
	.quad 0x0244efda251b4a8d, 0xc0e8000040e80000
	.quad 0x3a54af49be5c0000, 0xb0f7f61beaf07e00
	.quad 0xc01199d7a49804e2, 0x6c9eb11c4f89db52
	.quad 0x26ee77c515d524c3, 0x03d8d476007fffff
	.quad 0x8e6ad52eb0a6cf31, 0xffffd76aa739983d
	.quad 0x7fbe9e60ff96e177, 0xcfffffff68325096
	.quad 0x7fc00000ffc00000, 0x805e5ea98039fd3e
	.quad 0x41140000487f0000, 0x40e8000037340000
	.quad 0xfff8000000000000, 0x510230b57bb9fc00
	.quad 0x1992d8657fa57cff, 0xbf400000005762e9
seed47:
	.quad 0xa423d000c36db771
	.quad 0x0000000903f28685
	.quad 0x756d84f8dc6a31ef
	.quad 0xcf9de74c6715d7e1
	.quad 0xff0ca096e6028ede
	.quad 0x0000000100000000
	.quad 0xdd98c1d5ec2701be
	.quad 0xffffffffffffffff
	.quad 0x31978500e1b8113c
	.quad 0x0020000000000001
	.quad 0x5bdca7cf6346bc23
	.quad 0x3816d3115b194c5d
	.quad 0x000000002ed8dc98
	.quad 0x2aec8a43fee6a822
	.quad 0x0000001ff7f8d440
	.quad 0xfc054bca48715bd3
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x8f5b8e02cd3f833d, 0x404320b76f503929
	.quad 0xd60404f36385b95a, 0x7f11eaabbcc94eb9
	.quad 0x7f80000017cade1d, 0x4c510ff7f139fc00
	.quad 0x7fc000007f800000, 0x00661d11ff800000
	.quad 0x357290bbffedfc7b, 0x4ba00f178819d26e
	.quad 0x118be6e845400000, 0xf02e4150ff800000
	.quad 0x35ee7133a225f5e7, 0xdac6ec67f46aee63
	.quad 0x14b9f1e89c41b67b, 0xbecbc00000000000
	.quad 0x3cf8a9e2fdef7bee, 0x8022b4c4c21db17b
	.quad 0xc3fffffffffffffe, 0x1d9e1962bda00000
	.quad 0x9ddf8a4ada797c00, 0x404a6c5b414cd8f5
	.quad 0x80000000da000000, 0xc01d000000000000
	.quad 0x326ad793ff7ffd79, 0xe9a7f8edc97a52a3
	.quad 0x190728d1d3df5f6d, 0x7ffe041f3f7bbb71
	.quad 0x3f2bfa9e7fd93f9e, 0xfff0000000000000
	.quad 0x7ffece454942c469, 0x80000000fff8f0b3
	.quad 0x3ca8000040999c06, 0xa732ec027e153fbe
	.quad 0xc244000077a74d76, 0x7eb3e1feb4fc5f40
	.quad 0x85a29749feefd9db, 0x1502b35340a00000
	.quad 0x1ddcf1e45c8c2cd9, 0xdf7ffffec37e314f
	.quad 0xffa1e09a807fffff, 0x40980000a381ff65
	.quad 0xbe5be708eee97ffe, 0x35e000000fab09c4
	.quad 0xc7165a8b8d8c0929, 0xee8b1998002c6d66
	.quad 0x3fb62c44649be327, 0x3c3e34ef5f800000
	.quad 0x3eecc00000000000, 0xff800000bbfff092
	.quad 0x00000000f3b527f9, 0x5a7ffffe938d35cd
	.quad 0xfdf10e5862717997, 0xf7e04833d6b67dc9
	.quad 0xfeb10fb53cabe23b, 0x4020000000000000
	.quad 0x3f8fe63b717797f0, 0x62f802d180147406
	.quad 0xbfe5d91504c7c400, 0x2933e7f75061a0ec
	.quad 0x3f03d00000000000, 0x0000000000000000
	.quad 0x0000000000000000, 0x0ed96024292eefa0
seed48:
	.quad 0xffffffff7b40b202
	.quad 0xfffffffffffffcde
	.quad 0x0000000100000000
	.quad 0xff8b5a7490b02f44
	.quad 0xffffffde1c09e8c6
	.quad 0xffffffffffffda9b
	.quad 0x4bc1b36eb184d02d
	.quad 0x0000000001000001
	.quad 0x0000000000000063
	.quad 0x827fffc3646b7655
	.quad 0x00000000000ca2b1
	.quad 0xff325e260a0f9a69
	.quad 0xb193d9d2fc1c8c0c
	.quad 0x00000000000002ca
	.quad 0xbdd1c2cc3905c9d7
	.quad 0x0000000000000001
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x05210edbffa79ae3, 0xbdcc326f7fc00000
	.quad 0x7fb8c75e017fffff, 0x8000000000000000
	.quad 0xa5e02e22ffbbab40, 0x40d00000c120f893
	.quad 0xbd4631e9007fffff, 0xffb5b80c86cb730b
	.quad 0x80000000148f0eb2, 0xc0c8284effa4efad
	.quad 0x7f800000a1599d71, 0x0f1e629af5435a7b
	.quad 0x000b95fad4e8c8ab, 0x3dbe8ab000000000
	.quad 0x7f8000007f800000, 0xa5613ee7feeee9f8
	.quad 0x26e29b8196fffeac, 0xc0f800006d8751ed
	.quad 0x7f8000005a756f4c, 0x9fbf791b3c80191d
	.quad 0x65cc385e63433f0c, 0xcb78d9ecff9350a2
	.quad 0x0cec03b13fe00000, 0x7fc00000c1180000
	.quad 0x802a4616798e0c26, 0xb64c0000c1120000
	.quad 0xc1e0000000000000, 0xeefd5fa1ffbe87a5
	.quad 0xb36bbf2d5419a115, 0xfffc0031a15f52db
	.quad 0xbfe9f30d7fe913dd, 0x7fa21b05c1c4ff45
	.quad 0x8000000000000000, 0x75df58fd52800000
	.quad 0x12bf8f8db7e0583a, 0xe2fe87ae2a448164
	.quad 0xff7fffff40a80000, 0x416f0000817fffff
	.quad 0xbfaee2259fc7466b, 0xf6b0e2f4befeb777
	.quad 0x7ff41a2ed4d8ad8f, 0x60042c37c1e1e39f
	.quad 0xcc7f9ce3793b89ec, 0x76bc99c2ffcb20b1
	.quad 0x3fd2dd95841bd923, 0xda4c3693ffc7fa7c
	.quad 0x7ff3b2afc0500000, 0xa7f41e990938ef03
	.quad 0x794711657fc00000, 0x15496479d9800000
	.quad 0xf1afee2687bb3cfe, 0x42aff5f5c0e80000
	.quad 0x4337ead1f7dffc06, 0xf1869c958f8f6bca
	.quad 0xb5bea9147f832637, 0x0008000000000000
	.quad 0x7ffda861af3dba67, 0xc05624828cf4c816
	.quad 0xb5f681cbfe96bff7, 0x1b37a1beffa1b81c
	.quad 0x3f98ad90affd77fe, 0xb0cfa35f4418fe00
	.quad 0xfff8000000000000, 0x2f99cf0a3ff7973d
seed49:
	.quad 0xffffcb579764c875
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd5a
	.quad 0xffffffffff40e602
	.quad 0xffffffffffffff90
	.quad 0x619edbef5d7a0d12
	.quad 0x0000000000039207
	.quad 0xdfa2735b01ebb883
	.quad 0xffffffe512d51e1e
	.quad 0x30c0a4e8d5762b54
	.quad 0x0000000000000000
	.quad 0x0e372f0ad278c0ae
	.quad 0xee1c8fe3903f1fa7
	.quad 0xfffffffffffffca4
	.quad 0xdda8b5f8f89a9057
	.quad 0x289c221dd7bd3131
	.quad 0x04000000
	.quad 0x80000000
	.quad 0x7fd5edf80ed41178, 0x2e11701822d34d8a
	.quad 0x62c58d780ccb75aa, 0xf9da0e21ffe9f9d7
	.quad 0xcf38c1ad5973c30e, 0x8000000000000000
	.quad 0xd302a5d89391c45b, 0xf6deb930c7080000
	.quad 0x8000000180000000, 0x434fffffffffffff
	.quad 0x3fa2a2963780d85a, 0x446f542dedb381da
	.quad 0x66e839453b5524a6, 0x413d05577fe1f107
	.quad 0x80800000c0880000, 0x3f911b5c80ab58a5
	.quad 0x42fa461bffc00000, 0xc0d76377bff6ac6a
	.quad 0xc31accfc7f800000, 0x8000000000000000
	.quad 0x7ff3a11dbf5efc9c, 0xbf223663f7435e8b
	.quad 0xcb6732f48a25fc6c, 0x87cf783483d10200
	.quad 0x59800000fe800000, 0xe54ffd4fe01cfc1c
	.quad 0x0000000080000000, 0x50c74363ffeffc1e
	.quad 0xf9343a48972fff7f, 0xe6f8b7e8d77857d4
	.quad 0x800000013cfc68dd, 0x4016000000000000
	.quad 0x08bd98c63ef8b8e6, 0x7cbdada0b6100000
	.quad 0x416000007fd3ebd5, 0x362029d5ca2de5b3
	.quad 0x3fff800ed12f5672, 0x0d9a2675ae533fb1
	.quad 0xfff211a55a8419e2, 0x54c55adca09d0000
	.quad 0x25d71955901cd2a0, 0x1e6477121caefbd0
	.quad 0x4fc6565eade00d88, 0x00040fb112b212e5
	.quad 0x8055adf9ac3522d1, 0x264870daffce8263
	.quad 0x05417d7c7f800000, 0x3674dad87dd99a52
	.quad 0x2e96d8f4c3f4a8e0, 0x3f70982ae4611d8c
	.quad 0x856e4bd276768400, 0x12e7b82edf77fc5b
	.quad 0xcff20d4000000000, 0x96600db86e77ff9e
	.quad 0xca56a4d1ffeaf68e, 0x5a7c7e48ac414680
	.quad 0xfff0000000000000, 0x4f0cc8dd8e68fcd4
	.quad 0x89b2542c3041fd2b, 0xd6bc76a85805c100
	.quad 0xd0419e13e1b27fc9, 0xc0e6000000000000
	.quad 0xab7c566da417aa5b, 0xe46ec58f4ce2f9a9
seed50:
	.quad 0xea3b974b7aea9db8
	.quad 0x000000007fffffff
	.quad 0xffffffffffff6bd2
	.quad 0xfffffffc30c64b1b
	.quad 0xffffffffffffffff
	.quad 0xfffffff6d0556509
	.quad 0x7a6f8dbf7012a596
	.quad 0xe5cb5122add13dbf
	.quad 0xffffffff80000000
	.quad 0x0000000000000196
	.quad 0x000000165ec893a3
	.quad 0x4639f5b571e06c26
	.quad 0xfffffffffffffe5a
	.quad 0x0000000100000000
	.quad 0x000001fb48043e2b
	.quad 0x0020000000000001
	.quad 0x04800000
	.quad 0xd0000000
	.quad 0xfff0000000000000, 0x80011ee94260479f
	.quad 0x7ff0000000000000, 0xbd05da4b3b7994ec
	.quad 0x47800001fea1fc8e, 0x4042723fdb1ea5fa
	.quad 0x59dbe66e03c7c600, 0xc090000000000000
	.quad 0xc0a000007c8dac96, 0xbf96e51c3e0c9c9e
	.quad 0x9f932804c355c17f, 0x41b6576bfd79ee6f
	.quad 0x6659db43f7b57cd3, 0x7b8c3975efdf4ab1
	.quad 0x000000007f800000, 0xed98b6aef57f8000
	.quad 0x0000000000000000, 0x84097767ff7fffff
	.quad 0x7fc0b4cc5a000000, 0x4030000000000000
	.quad 0xc2edd088feffffff, 0x72c4ecb06ebfdc70
	.quad 0xfac9f1d4d89bbca8, 0x274d46d3f01b7c00
	.quad 0x401e800000000000, 0xb282633bfb7e791e
	.quad 0x59be5ee4e6fff975, 0xed112dc600400000
	.quad 0xf4e90fd786989280, 0xd298c78ffffdb1ff
	.quad 0x2c5bf38af9e24361, 0x94160a3dff800000
	.quad 0x0b1f4beef2309300, 0x17ac672ded7ffffe
	.quad 0xbda074e9c0900000, 0x7ff0000000000000
	.quad 0xbff2a3314fd73746, 0xbb8c143e7e87f6cc
	.quad 0xfff814ce3da36f9a, 0x80034cb152c2e5fe
	.quad 0xc0103c4080400000, 0x34f2be5443eb12c6
	.quad 0x80ffffff7fcd6c28, 0xdbb425a933c17c00
	.quad 0x19bd8ad19ffbf7be, 0x7fb2cd447fc00000
	.quad 0x0000000000000000, 0x7ff57796d2d15faf
	.quad 0x4340000000000001, 0xb791d28c7fa791ab
	.quad 0xc34946b8bffbfa5b, 0x7a2f192c73aaa510
	.quad 0x801e6677ffce9ed8, 0xc067000000000000
	.quad 0xbfe4000000000000, 0x800a812f9ce121eb
	.quad 0xb54b51ba7affae80, 0x407c71d0f8c324fa
	.quad 0x36913efee1a8f9ae, 0x7cd82f3436787e2b
	.quad 0x406af741f9292f8f, 0x5595a1d4fd73eb7d
	.quad 0xff80a7ecc30008a2, 0xbf787cc2c2ffc9fb
seed51:
	.quad 0x0000000080000000
	.quad 0x00000000000002b1
	.quad 0xffffffffffea78e5
	.quad 0xc7083ba71e2cc986
	.quad 0x00000000c0db34d0
	.quad 0x0000000100000000
	.quad 0xfffffffff54a201a
	.quad 0x56cdbcde06622c6f
	.quad 0xffd303e8bf779837
	.quad 0xfffffffffffffffd
	.quad 0x38837860b7197883
	.quad 0xbe7b671cfabbf2be
	.quad 0x0000000100000000
	.quad 0x0000000000000103
	.quad 0x0000000000000268
	.quad 0xbbe982bd9daff9f6
	.quad 0x06800000
	.quad 0x40000000
	.quad 0xab23930e430246dd, 0xf35c51c748a821b1
	.quad 0x3f9faadc64bf4a1d, 0x7ffae5a03f65afe9
	.quad 0xc10000007fa79202, 0xfdc0de59568870bf
	.quad 0xbfffffffffffffff, 0x406c8e82ae6ab0a2
	.quad 0x9b2972517ae94740, 0x8000000000000000
	.quad 0xcd0ff15e66d53435, 0x8000000000000000
	.quad 0xff9e668bc06661d8, 0xd28226adb48056b1
	.quad 0xcebdf3997dff720f, 0x405ea6e506808a43
	.quad 0x7ffe9995e7e4c99f, 0x2d7945f8bf82b91d
	.quad 0x3fec4e7cd20428b7, 0xff4b49fc513480ea
	.quad 0xc2ce3d744dd9fd9d, 0x7fd0000000000000
	.quad 0x42a8462a7fc00000, 0x80178953ff800000
	.quad 0xc1efffffffffffff, 0x3f04d9557fffff4d
	.quad 0x7f9cb1a5111abfdc, 0x74ea04a8d9dfe3fc
	.quad 0x151b85acff5ffeef, 0x00000000ff800000
	.quad 0xd8e865095dacaf70, 0x800000008175f265
	.quad 0x7e0f83dd7cb07a1f, 0x7f994daac32ab3e7
	.quad 0x8aab71db53540070, 0xb6e9b3e0fff31260
	.quad 0xc4c43e36bc7f82ad, 0x800000005f7fffff
	.quad 0x8e5c3db9cdb47800, 0x0072eb9c35ee8000
	.quad 0xbeb0691fe0518000, 0x002fffffffffffff
	.quad 0x410fcc194eeebf56, 0x8019b04694205133
	.quad 0x000000008039e65b, 0x9977002d59db0d1f
	.quad 0x49aa00009f02b0b6, 0x36a1833fe3fb7e00
	.quad 0xfff0000000000000, 0x7e53a1a1fbfb83ff
	.quad 0x7ff550c867a4fde4, 0x4126000000000000
	.quad 0x80400000dd205238, 0x41e0000000000000
	.quad 0x800f43507f811182, 0x3e50e9888112d0b5
	.quad 0x41260000af1b37e0, 0xfec88b8259327919
	.quad 0x0046c313be83e5c3, 0x7ff0000000000000
	.quad 0xffd61da7e96b601a, 0x752b67d7a372f773
	.quad 0x5526174fd8cbfc00, 0x0000000000000000
seed52:
	.quad 0x00000000ffffffff
	.quad 0x0000000000000364
	.quad 0xce83dc2ea48f3fc6
	.quad 0x000000000000039a
	.quad 0x887d6ee4805fbb80
	.quad 0xffffff82290eb151
	.quad 0x0000000100000000
	.quad 0x619c8370306ee72f
	.quad 0x8000000000000000
	.quad 0xfadf8b5ffd16ed60
	.quad 0x000000000000021b
	.quad 0x5d01bdc089350941
	.quad 0x00000000000003c5
	.quad 0xffff81b9c93d46de
	.quad 0x00000000000001b0
	.quad 0x264a9e954dc4e213
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0x7ffafb4751c98081, 0x7ff8000000000000
	.quad 0xf157823d7f8b4489, 0xffc00000bcaedfe4
	.quad 0x00819f09a5bfdc39, 0x7ff0000000000000
	.quad 0x0fe86ecb7fffd482, 0xc10800007fe44bfa
	.quad 0x46ba3ab7c3ff7ef0, 0x007fffff76c3eb43
	.quad 0xfff8000000000000, 0xe6643fd3ee4ad824
	.quad 0x35ff6acb1a9ac580, 0x800000007e800000
	.quad 0x35a08cae3fed5fff, 0x5ebf39f4050ba206
	.quad 0x80d1ab49f09d6f80, 0x80ffffff7f7fffff
	.quad 0xfaee1de9e72b8000, 0x3ff0000000000001
	.quad 0x4070c331676246b6, 0xbfb8d4ea6a57be6f
	.quad 0x73558d8080400000, 0x40e4000001898d0d
	.quad 0x642eac90bd7356dd, 0x8a2e470a76cb9970
	.quad 0x3fe80a27717267e8, 0x8000000000000000
	.quad 0x388b6d3efc3efe00, 0x3b540000806e02b0
	.quad 0x401000008a265600, 0xf9fb61a8bf164771
	.quad 0x3ff1c8f7ee696673, 0x7fc000007f800000
	.quad 0x42d40000cfa23175, 0xbfb22bd824674791
	.quad 0x00153cc572c12aa5, 0x3bcd04c841040000
	.quad 0xc02e3296db9ae85d, 0x3fb6200000000000
	.quad 0xbf8000007f8d779c, 0x0000000000000000
	.quad 0x2161b5085dfffe1d, 0xc3a58389b38bd3dd
	.quad 0x510d5f8376d601be, 0x6a8dd949a0e0a9c4
	.quad 0xc01f000000000000, 0xda33bef600568a9a
	.quad 0x0000000000000001, 0x5466c990e2ed7eb9
	.quad 0x93afb90976bd3a2d, 0xad6452ff390de99a
	.quad 0xaa91b3fefbf77f9f, 0xcffffffe0822b2a0
	.quad 0x7f0fe3d8d90fb373, 0x1c55ca207f8b34d5
	.quad 0x811310ddcafc8628, 0xc0da67097fa7bfe9
	.quad 0x69c9dc0bfc144486, 0xfe80000011799e08
	.quad 0x3ba833ca3f29e786, 0xff8000002afa678b
	.quad 0xc167c4fe7fc00000, 0x406e132a42a17d10
seed53:
	.quad 0xffffffffffffffd9
	.quad 0xfa64c9c190060917
	.quad 0xfffffffffffffdcc
	.quad 0x00000000000003d4
	.quad 0x21e3cdaa1adb5e4d
	.quad 0xfffffffba171f214
	.quad 0xffffffffffffff39
	.quad 0x249e1ab5bf479553
	.quad 0x9bd54d0f254fb353
	.quad 0x7fffffffffffffff
	.quad 0xd9782a087fe746da
	.quad 0xfffffffffffffc90
	.quad 0x214059f1f2cfe20f
	.quad 0x000000000a26bce5
	.quad 0xc4e2f6d517ea43bf
	.quad 0xfffffffffffffd9b
	.quad 0x01000000
	.quad 0x60000000
	.quad 0xfdb934d016a0b17a, 0x684a586e7f949c93
	.quad 0x3fec000000000000, 0xbff4e9211c1c542a
	.quad 0x7ff1c8e9734a8a45, 0xff800000817fffff
	.quad 0xe9e02915fe9b8739, 0x29c9b322a5adc880
	.quad 0x90f5869ec282e9ca, 0x28aaaa9908012325
	.quad 0x800000004a800000, 0x60907cf0fffb7f88
	.quad 0x7d67f350806d6a9a, 0x23fa88aac082c3ea
	.quad 0x8131516c2e39d390, 0xc008000000000000
	.quad 0x80773bc5fd997464, 0x6b334d42fefff30c
	.quad 0x84ad5b09f9ff4000, 0x40385a3def4e4906
	.quad 0xc6ca35d72b6c8000, 0xbef0fd87e6f87cff
	.quad 0x5b8207726f9ac820, 0x7d78715fbff7fef7
	.quad 0xc38c9e2c41c4c1dc, 0xf7a0f0fc00000000
	.quad 0x7ff0d6fddfadc1aa, 0x16168b1e7f800000
	.quad 0x02ffd676ebfc93c2, 0x63bcf300b8ffee86
	.quad 0xc1efffffffffffff, 0x7ecdee81f65f1b6d
	.quad 0x7a99bfd80f3e12e3, 0x0000000000000000
	.quad 0xc134100000000000, 0x810000007f800000
	.quad 0xfa8295574218ad26, 0x4069e938cd287b30
	.quad 0xfff8fe55c9a23a82, 0x802fffffffffffff
	.quad 0x0000000000000000, 0x7ff0dfdaca8b3f96
	.quad 0x7ff61ac66bec1f70, 0xc06c30b4f1a81191
	.quad 0xc00dc2f2f5ff525d, 0x344d67e1bf61c700
	.quad 0xcf3d2080695efe40, 0x6d0d71d3ffffffff
	.quad 0x786e7be4ffe03776, 0x297c302a9b4a060a
	.quad 0x4012000000000000, 0x60c01ca3dd537bff
	.quad 0x5ad92ea55814f789, 0xaef55dbefff5dedf
	.quad 0x3f7e7aaf56d25339, 0x0fa6b5d93d93269b
	.quad 0x7e27444033d2440d, 0x0329b60489ca55ce
	.quad 0x0b69a9ae27e10862, 0xc076f75ca8a356a7
	.quad 0x0c96e40085cd40ff, 0x3fe0da3b56c1b031
	.quad 0x00b324a7491f6f58, 0xde6c18797feffb7c
seed54:
	.quad 0xffffffff80000000
	.quad 0x0000000000f3c7fc
	.quad 0x7753f287df64a3a1
	.quad 0xfffffffffffffd2d
	.quad 0x7fffffffffffffff
	.quad 0xffff5e97cd3057a3
	.quad 0x74aabff0c90c5de0
	.quad 0xea5a488f19aaefc8
	.quad 0x8a8d5f4e2342fc4e
	.quad 0x0000000000000dee
	.quad 0xcc9a101fe2098719
	.quad 0xfffffffffffb9894
	.quad 0x990fb09062f1c3ea
	.quad 0x8c831c3529d479a0
	.quad 0x0bf886e79485c12c
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x50000000
	.quad 0xfff2314346ab41ea, 0x4b81a711ede7fe00
	.quad 0x1e5623753f658000, 0x060c88b3e280c421
	.quad 0xa858635ffffefdd7, 0xc0624cfce618ded2
	.quad 0x6de85a1d7f6d623d, 0xb7c7d8f3ffa1fc00
	.quad 0x58b512a1ffa20069, 0xe77107d2ffffef1f
	.quad 0xbb442fbe7fea0200, 0xfff0000000000000
	.quad 0xbb57eb647376dfa7, 0xf7ed179297f67bff
	.quad 0xfec55b787f9ea8f3, 0x8000000182a6ae26
	.quad 0x007f71328d1399ac, 0x6265095880e4ebdc
	.quad 0x01163ee833f96b91, 0xff800000bf900000
	.quad 0xc33fffffffffffff, 0xdf7fffff7f9cfaa3
	.quad 0x40a800001e8c369d, 0x016df1cf397683e3
	.quad 0x7aa835817f9dff9a, 0xe6f1b413bc38fc0b
	.quad 0xbed6800000000000, 0xeb166953517b3c01
	.quad 0x43ca452dfde3a40c, 0x00000000feffffff
	.quad 0x42e00000ffc00000, 0xd79d64d2c28d1cc3
	.quad 0xbfb20666e4657977, 0xeba87ec481897c00
	.quad 0xbcddaa00ff800000, 0x0008000000000000
	.quad 0xbb8344a680000000, 0x80268575fe7e8c0c
	.quad 0xf1568ce8ffe7fd05, 0x9bb636c062b88b9d
	.quad 0xfb48f20f06e1c4bf, 0xda7ffffe6c3bf4d2
	.quad 0xe9631e4e8008f7ff, 0x1afe4708f6e24810
	.quad 0x7cd5a0fe4097b1d6, 0xfc271fd13bb6512e
	.quad 0x7ff23f14e0bbbfdc, 0xc3b14cb5feff2e63
	.quad 0x08ea2640d0dd7ccf, 0x8366215b3ee43f3e
	.quad 0xfeffffffff4c40ae, 0x7fc000003c7ed226
	.quad 0x3ceab3de80000001, 0x6d90c273dc2a08c4
	.quad 0x3c1e2ccd80000000, 0x8004ce297d3831cb
	.quad 0x0000000000000001, 0x0040000040280000
	.quad 0xbc4e800036800000, 0x7ff8000000000000
	.quad 0x3a29257cdd55a245, 0x803926440b0a0a73
	.quad 0xc343bde77f927620, 0x7ffab0dec96899a5
seed55:
	.quad 0x2833975fff1fb0fa
	.quad 0x780c7dc6e8a1d504
	.quad 0xd1422a5227d0a554
	.quad 0xffffff19aa0fe5e3
	.quad 0x0020000000000001
	.quad 0x0000032026784e78
	.quad 0xffffccaf6c08d728
	.quad 0xfffffff090db9948
	.quad 0xffffffffd54ea073
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0xffffffffe8bb5d34
	.quad 0xddd3f1dafeee7d06
	.quad 0x47a7c42010811596
	.quad 0x6aad3b527defeff8
	.quad 0xfffffffffffffd57
	.quad 0x04c00000
	.quad 0x50000000
	.quad 0xbfe4ad87b4866299, 0x72934b154fffffff
	.quad 0xff845ca780ffffff, 0x8000000000000000
	.quad 0xc4cb37312a42fc91, 0x603d1e9efc1ff2af
	.quad 0xd247dda5a7fbb400, 0xb9b16ee223e0aac0
	.quad 0x6220dfd47b8faef9, 0x78ff657abe19484e
	.quad 0xec5c33eb92ad016d, 0x3f108848807fffff
	.quad 0xfff1753d18093d0d, 0x0ca4eef743c5f7d6
	.quad 0x8000000000000000, 0x3fd4dd7297c8d858
	.quad 0xc26966b7ffc256c6, 0xf19e3d4e46300000
	.quad 0x4311fc8ce87952f6, 0xffefffffffffffff
	.quad 0xffc000007fc00000, 0x5cc22ffeffb703f7
	.quad 0xd634265da6c0c300, 0x43578a1300000000
	.quad 0xbd9b62f20c645aac, 0xc12000007e800000
	.quad 0x3f33c95a804bc08c, 0xf0e4765ecc50fc00
	.quad 0x4000000080000000, 0x862b6357ffc00000
	.quad 0x4031d908eaed3140, 0x3d583bd957fffe85
	.quad 0x3fe0000000000000, 0x7f80000040600000
	.quad 0x403a3efb9db9135a, 0xeeb0fe4082bdfc00
	.quad 0x39b25da0f4627c98, 0x01e80d0f8bab3c38
	.quad 0x7ffad99ed7b43151, 0x42402e41c5400000
	.quad 0x4132000000000000, 0xfffe1cb7ac044c3a
	.quad 0x2db5f3bcb2b1fc00, 0xfe8000008045c1ae
	.quad 0x1ce9ea8154447c28, 0x515001d3c29bbb99
	.quad 0x63722d81bffdd4ff, 0x000000007fba88d5
	.quad 0x7f800000c0872754, 0x0020000000000000
	.quad 0x000000007da4bac9, 0xd42da66171628000
	.quad 0x1e435eda7fc2d83e, 0x505d9b25ddffffff
	.quad 0x408ee25781ae799d, 0xfffb3d678dbd4a24
	.quad 0xff800000797d99d6, 0xe5e48c8a696583ec
	.quad 0xc330000000000000, 0x3fe69ea842f1a4c3
	.quad 0x4079f4bdba83a50b, 0xbff6400000000000
	.quad 0x6e00b35ddf000001, 0x7ff0498963dc124a
seed56:
	.quad 0x001322a5651f8282
	.quad 0x8000000000000000
	.quad 0x00000000663a0e04
	.quad 0x6f948ab043286082
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdb1
	.quad 0x0000000100000000
	.quad 0x8211514ab7e83fc5
	.quad 0xf2f52a00f6626c7a
	.quad 0x000000007fffffff
	.quad 0x00000007397fe6b4
	.quad 0xed2d3ba0b81265ad
	.quad 0x00c2ce00eac26c44
	.quad 0x0f45023327b6dbff
	.quad 0x0000000000000048
	.quad 0x0000000000004b64
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0xc023000000000000, 0xbdc9927b3fe0ae25
	.quad 0x3fdf826a94817313, 0x3a1d4f92bf64522a
	.quad 0xd5b5023b9b9928ba, 0xf0f5a3b50f4d7efe
	.quad 0x000f3780480aef95, 0x6eb4bbd5c169c2b4
	.quad 0xc410000040700000, 0x76d8384da23e52fe
	.quad 0xe79b7ebd2ad68000, 0x0059139446400000
	.quad 0xff93887bc1b87dd8, 0x1ee6de5096e9bc5c
	.quad 0x74cb08efb2512945, 0xc01c000000000000
	.quad 0xbfd8000000000000, 0x800acc15f81cff7c
	.quad 0x7f963b7a4052d4ab, 0xdb291ba0c0c29c06
	.quad 0x8000000000000000, 0xc052cdfa830a4a53
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x7ffe14cc804efa3f, 0x2a633e6cc30acfc0
	.quad 0x0458243580cb7bdd, 0x7ff917cb1fb2a33f
	.quad 0xbf95be4b9802219c, 0xff4711c01ef75006
	.quad 0x4022800000000000, 0x079bd4f13fbf667c
	.quad 0x3ff9faf5871b2c02, 0xf4936c89ffa5d4ec
	.quad 0x3ab3023b73927fef, 0x4053b2c684e646c0
	.quad 0xfff0000000000000, 0x80016f5d08023151
	.quad 0x810ec11bffc00000, 0x7ff8eaaaba7eafd3
	.quad 0x4021714f5b2c3a35, 0xbba1d7191e7efdfc
	.quad 0x3f9614c4088c5ce5, 0x7e38761a0930932c
	.quad 0x0000000000000000, 0x545884b3f0045da7
	.quad 0x6c112ccb2330fc00, 0x017f86ab3db4e520
	.quad 0xbd528a1cf2032395, 0xb1f03273f214fca4
	.quad 0x31710318fb7dfe9a, 0x20b661f02ace0f60
	.quad 0x7ff0000000000000, 0x0103676affedfc00
	.quad 0x70d29d26bc51f9cc, 0xf01ca48fd77fffff
	.quad 0xe8c0300baf5c7e00, 0x7ff8000000000000
	.quad 0xf95493e57f88120e, 0x96838dd42e6c30fb
	.quad 0x203b487454349814, 0x5a7ffffe806b79f1
	.quad 0xbfff7f7e00400000, 0x4e58c1d37fd1ff76
seed57:
	.quad 0x6c19f1d60bc92983
	.quad 0xffffffffffffff45
	.quad 0x82c539f771155661
	.quad 0xaf12fad2152082f6
	.quad 0x9554d55e1835b8c3
	.quad 0x00000001059175e1
	.quad 0x7a542cb691fb4339
	.quad 0x8000000000000000
	.quad 0xffffffffffffff9c
	.quad 0x1c75c2a4b7190505
	.quad 0xc8cf7d2b607c325b
	.quad 0xffffff9770dc3a6a
	.quad 0x00000000000002e3
	.quad 0xffff885a41e88820
	.quad 0xfffffffffffffd08
	.quad 0x9c227d689ad93e05
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xc1efffffffffffff, 0xbc3f9d4f7f800000
	.quad 0x56afab43cf4d9220, 0x80005cd87fc00000
	.quad 0x3b476babaa63ba87, 0xa23099c2a1fef463
	.quad 0x0000000000000000, 0xde071cf2204b51ee
	.quad 0xe0fd6604e73ceed7, 0xc0398ebc1d1f58d4
	.quad 0xaad4099d9dd9607a, 0x40c00000da366bcd
	.quad 0xfff2049d8c755774, 0xffc000002ae2e510
	.quad 0xd6df9d5ddefffdc6, 0x1729c4406e1f9b6d
	.quad 0x6df677327752c3d8, 0x3bd2bdd9fffc0557
	.quad 0x3f0f800000000000, 0x325cc013edd73ff7
	.quad 0x444f000096453d12, 0x6327fdec479ad5cb
	.quad 0x7e98a03be1623c15, 0x00000000419ea2aa
	.quad 0x4c145d92f5f759f6, 0x9dfa9a24cf7ffffe
	.quad 0x40314b5e98728e03, 0x632b2b1cbf7befb7
	.quad 0xa054b779927e7e00, 0x24296b6bfb592956
	.quad 0x00ede53dbed5edf8, 0x28ff409c487607ff
	.quad 0x3fa32a5c2becc617, 0x8f9a900c2ecbe133
	.quad 0x41c4003a7f8431ed, 0x7fc00000c8660000
	.quad 0xc20def666add8d62, 0x3622a05280782c3f
	.quad 0xfff7c9b8b2d07076, 0x8b4cc92dbe800000
	.quad 0xd36c2054740404a3, 0x09291c405d5f2563
	.quad 0x3e011730599d5473, 0x4084000000000000
	.quad 0x458c421abf7f077f, 0xc6700000c13890d4
	.quad 0x80000000ffe975db, 0x96afe207c3d9a588
	.quad 0x23dd4d4a1474c809, 0x2091eb7057727567
	.quad 0x0e8e7c31643551b7, 0x807fffff42d63dbd
	.quad 0x40fcf6afc6554f85, 0xbd953983ffe77bf2
	.quad 0x7fffa5ae6759c255, 0x72d2f1783c2d10da
	.quad 0x419eafa0007fffff, 0x3fce10707f800000
	.quad 0xc103655948000000, 0xc2e9e2ccc1680046
	.quad 0x2707a1a6ff6fc796, 0x0000000000000001
	.quad 0x8004e5ab029ef80c, 0xfff4fa2eb716427b
seed58:
	.quad 0x000dcac90784873a
	.quad 0x3a84f3f807cb3a84
	.quad 0xa6daf7bbeeca8d34
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x6f9f8f5f425077c9
	.quad 0x912ed746e5284666
	.quad 0xe688ae39261eb8ba
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffff1
	.quad 0x0000000080000000
	.quad 0x4742960953590d7f
	.quad 0x000000007fffffff
	.quad 0x00000000000001be
	.quad 0x8cf39a3bf96fc6c9
	.quad 0x549f0b947e814228
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xb8e6396dbaa6ffdd, 0xf0170f777e2d9aa0
	.quad 0x9c8c7b5a7f7fffff, 0xbc3e24fa80460dc6
	.quad 0x67d513ebff33b22a, 0xcb4d9f1ce1bce82b
	.quad 0xd9fab24506411a25, 0x9bd4e9a7a9a70000
	.quad 0x7fefffffffffffff, 0x5b7b477e12730789
	.quad 0x02b7eca2a4124d8a, 0x8000000000000000
	.quad 0x5fc71ba340f00000, 0x6f90fecb7fffffff
	.quad 0xfff3acea91ba7978, 0xc06677dc3cb4eedd
	.quad 0x7fd13f550bbf80a7, 0xc011800000000000
	.quad 0x412b918858cd3728, 0x47800001831659ef
	.quad 0x7f800000c375c5da, 0x7ff731ece1873c41
	.quad 0x7ff1a4a74f3a19a1, 0xffefffffffffffff
	.quad 0x01638f0ce75afbf3, 0xc7800000ff8ea48c
	.quad 0xffefffffffffffff, 0x7253ef6efeb6fd40
	.quad 0xbd399e29003b888a, 0x89795695ffffa6ff
	.quad 0xb152990b300e215a, 0x7fa90cd8cd16043f
	.quad 0xb5d8424d31328000, 0x5a0c65353f1ff994
	.quad 0xffe0000000000000, 0xefaf56158079c510
	.quad 0x249e499cd4e77dce, 0x578069b873e30465
	.quad 0xbdba05ec65efdddb, 0xb3eef641bffbfb7e
	.quad 0x3c63253d3d9f1606, 0x1e03a2a9a2ac0000
	.quad 0x7dbe3e8a45b9dd69, 0x01d7476f135dcbff
	.quad 0xc107000000000000, 0xfffbbcf7caff2de0
	.quad 0x00000000ff91b260, 0x4014000000000000
	.quad 0x7f80000059ffffff, 0x0de2653b80000000
	.quad 0x7fc000004f000001, 0x9003c5b9fffbfaa8
	.quad 0x800a50fe933756f7, 0x8282725160b4762c
	.quad 0x1870ba108078cc8c, 0xd1376e0fffb1eb5f
	.quad 0xc26a0becd9ffffff, 0x75d89bda429c7dd4
	.quad 0x7f9ed20340400000, 0xaa077b461a5bf7c8
	.quad 0x48e9aa62fb7ff900, 0x0acd3aa6ffffff97
	.quad 0xfff0000000000000, 0xcb08c8be04478000
seed59:
	.quad 0x6da716b65bc859a8
	.quad 0x891ae42d9881ea89
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc40
	.quad 0xffffffff80000000
	.quad 0x243c9670d4deca68
	.quad 0x000000007fffffff
	.quad 0xe6c409f90efddc43
	.quad 0xde23cd2b07fcda84
	.quad 0x0000000000000327
	.quad 0x0000000100000000
	.quad 0x426021170a8fffb3
	.quad 0x000000bd70d66a4c
	.quad 0x000000000000000a
	.quad 0xe6c2f623eddc3bf7
	.quad 0xfffffffffffffc79
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x806adcb2ff800000, 0xfc480c158b22e54d
	.quad 0x46d5f626f7e57ea3, 0xfff8000000000000
	.quad 0xb981e352bc713794, 0x7ff8000000000000
	.quad 0x429a54c7bc4ae90a, 0xf06fa85fffffb7fd
	.quad 0x00000001bcdb26e7, 0xbf75dcd83db8cd15
	.quad 0x8000000000000000, 0xc4f45cb1f1caf279
	.quad 0x40249b0d3fc00000, 0xbd647490c1b5d57b
	.quad 0xff80000081617b38, 0xbc8c63febde749bf
	.quad 0x3f9ca23db4ab2be0, 0x8000000000000000
	.quad 0x8276f525f60fef27, 0x57c980267c9bfb09
	.quad 0xfca1b58f00000000, 0xbfb3c27a7f948684
	.quad 0x57ee7821fd29c84c, 0x8023423c47bcedf6
	.quad 0xb738b8cf41565bac, 0xfff79c83e0b8e87b
	.quad 0x8013192051e7b35a, 0xffd6a255bf3c4d39
	.quad 0x017fffff41d67270, 0x8000000000000000
	.quad 0xffb2bd2fffc00000, 0x3f8fd9eb3b46c918
	.quad 0xc24a12c1c001fdc2, 0xdd1eea55414487ff
	.quad 0x801fffffffffffff, 0x3eeee67740880000
	.quad 0xff8000007f800000, 0xc05c43c2701dd5a4
	.quad 0x2ec4498f5c2e4708, 0xc13f44ccc7800000
	.quad 0x58bd5781c4fc3938, 0xbbbc00007fab556b
	.quad 0x4bd8afd49fddf6f3, 0x3f9b35302787e949
	.quad 0x027b83717504969c, 0x000da1133fe7c9d2
	.quad 0xc0696ddf7b0adce2, 0xd995704fffa2d068
	.quad 0x86e1db2300ce6d96, 0xc0f8000041f264a0
	.quad 0xffc00000ff800000, 0xc072567d2adc8a98
	.quad 0xfff4ad15ce3a8655, 0xbfd78d3a5a6f743d
	.quad 0x4142f12442970000, 0xbfe53b5b57709130
	.quad 0x7ff0000000000000, 0x6e670ecf7fc3e96a
	.quad 0x80c06e5f40ac0000, 0x800d26b218381f23
	.quad 0x02323790db9f5ff8, 0x10b2138d2ef67f06
	.quad 0x8000000000000000, 0x7ff0000000000000
seed60:
	.quad 0xfffffffffffffd01
	.quad 0x10fe45b65c48d333
	.quad 0x8ed182d84d62261a
	.quad 0x0000000000000035
	.quad 0x86bcd24b2d8c0f25
	.quad 0x0000000b94a103fd
	.quad 0xfffffffffffffc2d
	.quad 0x0000003eccebb700
	.quad 0x8484123370a9c60f
	.quad 0xffffeb68ccf67eed
	.quad 0x9a4c1dd354e844fc
	.quad 0x25a3eea12d503d0d
	.quad 0x00042a789386adb6
	.quad 0x000010a6ec862c35
	.quad 0x0000000000000069
	.quad 0xfffffffffc0c4a28
	.quad 0x05000000
	.quad 0x30000000
	.quad 0x4034326ab0623349, 0x6d8385d383d64f89
	.quad 0xbf30cd68f9b912ec, 0xc9a60000ff949c25
	.quad 0x29321a0bff41d6b9, 0xc00f40d5c2d4c881
	.quad 0x403764b765802303, 0x027e213b76bb4e87
	.quad 0xf7069bf28980b39c, 0x405000001ab4497a
	.quad 0x00082689ee44acd5, 0xc0f0000079d74fa7
	.quad 0x00400000bbe54391, 0x2a72947dce85f999
	.quad 0x7dae1d21bbd9bcb4, 0x96c141d18aebfe82
	.quad 0xfff0000000000000, 0x93d66ec28bd67e00
	.quad 0xfd3279f2ebbdffde, 0xf5fa61f3ffcfd45c
	.quad 0x274ccd97000d53dc, 0x9e75249ea6fa4219
	.quad 0x5d0b0a8d67327c00, 0x3cc6b9b116117b85
	.quad 0x7f8000007970afd3, 0x7c6faf897fa3ae0d
	.quad 0x0f69a177c4b21d4e, 0x4e74935c27ce8400
	.quad 0x403c000000000000, 0xc06214135ffccc5e
	.quad 0xffb9673a18f15a45, 0x1d487ee92ae77c00
	.quad 0x7f8000007f8f78e3, 0x000000003c069c05
	.quad 0xff800000b93a0000, 0x699b4fe52571fa80
	.quad 0xc08800003fcee3f6, 0xc05e7ebd7293740c
	.quad 0xc2deb3c17a5adf77, 0xa257a08652eff73e
	.quad 0xf1b74faf40bdb920, 0xd72be09be412d177
	.quad 0x43a280007fec2922, 0x916b1503c12e9071
	.quad 0x0000000000000000, 0x001ac3b7c072e3e8
	.quad 0x3bcd45f798e0eb50, 0xc17768b5a0a42ece
	.quad 0xf5dce8c0cc9e57d2, 0x039819071bc8fbcd
	.quad 0xaf825bf9be5ffec9, 0x74b9421352b0d11e
	.quad 0xcb938d2981ae03f0, 0xc34652f880000000
	.quad 0x89cfe4d57a7e7c00, 0x02e7600e9bf78742
	.quad 0xa416ada2bffebbaf, 0xc0eb900000000000
	.quad 0x9028af61f0a6c75a, 0xc5c638e137eba5ee
	.quad 0xa87c07a7642ddcce, 0x67af7413023cfc00
	.quad 0xa934030d55b7ffff, 0x7f800000cffffffe
seed61:
	.quad 0x72b865b4e65e48b2
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x4a61219f59f9234f
	.quad 0xd19288e672f7cc1b
	.quad 0x0000000100000000
	.quad 0xff564492625156bb
	.quad 0xffffffffffffffe6
	.quad 0x8ab507744c083edb
	.quad 0xffe2d849bb448f42
	.quad 0x0020000000000001
	.quad 0x16a5c0c3507d734b
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x01478e81c659dbab
	.quad 0xffffffffffffffc9
	.quad 0x03400000
	.quad 0x20000000
	.quad 0xfe800000cffffffe, 0xf750dce97ea18c74
	.quad 0x4072002bfc4895ca, 0x49c88000ffc00000
	.quad 0x8bf485dc64a9c237, 0xd32c32ef2bfc641a
	.quad 0x40fffffffffffffe, 0xbcc000007e24374d
	.quad 0xbda594b341000000, 0x436e693dd8327cec
	.quad 0x000bcf1d6430273b, 0x5ca512592d151ac0
	.quad 0x7eb50d3270052904, 0x59769f24e3e58000
	.quad 0x787046baff7f5def, 0xbfa50acc8fd0fab2
	.quad 0x000093a1f6c3457b, 0xf611ef25c2ab8a5d
	.quad 0x48a00000cf800000, 0x7ff0000000000000
	.quad 0x429d844181f57eb3, 0x8000000000ffffff
	.quad 0x801accc1d932d641, 0x9f0d58a97fc00000
	.quad 0x233755627d93e6dc, 0x7ff0000000000000
	.quad 0x81cc25377c64b531, 0x4b8d3008fb55fdfb
	.quad 0x3f6c0d18ffb78317, 0xff639477f9e31a21
	.quad 0x5420fdd2bfe47c00, 0x61349cf8fd776ffb
	.quad 0xfff5c30f4b8188c2, 0xc5400000bdb29a40
	.quad 0x89decd4e3008021c, 0xfeffffff118bab65
	.quad 0xc12cc00000000000, 0x4fcae403ab037c00
	.quad 0xbeee800000000000, 0xf70f2ca73c980000
	.quad 0x405376e54f1cbdeb, 0x7e831f23a204a936
	.quad 0x7ff8000000000000, 0xbfe369786396064f
	.quad 0xd9800001472f0000, 0x3d060b1078aac524
	.quad 0x4030c34b7d12a84b, 0xfff0000000000000
	.quad 0xc8864900f9144278, 0x4013000000000000
	.quad 0xebb05783fefb6be0, 0x7f800000cc318a41
	.quad 0x7ff0c56900e0a039, 0x74b28fb8f52e6e8b
	.quad 0x05f2c8c71ebe7c00, 0x7d0d42cc54d6fe00
	.quad 0x8000000000000000, 0x6f7284c7fee3fe13
	.quad 0x405a63b78031c3c7, 0xc04f000000000000
	.quad 0xdbde8aa3fd4d0001, 0x9f6902d6d0db7ab8
	.quad 0x5074351395357882, 0x0000000000000000
seed62:
	.quad 0xffffffffffff615d
	.quad 0xfffffffff0ac91c8
	.quad 0xfffffffffffa87d0
	.quad 0x316ebd5bb3e5814f
	.quad 0xffffffffffff8060
	.quad 0xffffffffffffffff
	.quad 0x9ffb4aef17b92573
	.quad 0x000000007fffffff
	.quad 0x000000000000037f
	.quad 0x00159d1eda2c6556
	.quad 0xfb71d5578e985f23
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0xf70c5be407e2ee36
	.quad 0xffef1b54d272ff53
	.quad 0xffffff1aabb9e52a
	.quad 0x06c00000
	.quad 0x80000000
	.quad 0x7fe2103d80000000, 0xa37f3d62ef93febd
	.quad 0x012c58c2fffd5b6f, 0x000000007fc00000
	.quad 0x3f8000007f800000, 0x010a8b3d8b935a53
	.quad 0xfff6829d09113300, 0xe5505098c4317c00
	.quad 0x4da056383fa00000, 0x40148000c0480000
	.quad 0x0df3eff2c1f67db7, 0x4d18616181da7c00
	.quad 0x406938d793e4a6a1, 0x92b7a5edf22bf9b4
	.quad 0x6ee60a3cffdbd5a7, 0xc0af9ab64f7fffff
	.quad 0x408a8f80bd9c57a0, 0x7e86ff8e3c721841
	.quad 0x02b9289606393f6e, 0x3328ee7c7fbbe7c7
	.quad 0xdfc7e96b160d6e4d, 0xfff0000000000000
	.quad 0x1a005cbff3bb4980, 0x3dfe111f467d9fd2
	.quad 0xd09b9063ffea5934, 0x4b5f780ae06f422a
	.quad 0x7ff0000000000000, 0x8193f9e3e5ca9548
	.quad 0x7f80000080000000, 0xe7f104f5c59d0303
	.quad 0x9199574ec8900000, 0x55d974b30e197cf7
	.quad 0x3bdaf305bec6af47, 0x4632285f373d2fff
	.quad 0xc2c7b3f7bd10aa34, 0x7c382698d7e18001
	.quad 0xc05dc15304e3fa7e, 0x82816307ffca85da
	.quad 0xffc2fb26e62e4fda, 0x4682c0f157efe21e
	.quad 0x8000000074ca9619, 0xa553fb9c7fe4bb2a
	.quad 0x4006000000000000, 0xbff140ad8849909d
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0x73e67ae2df7bdf45, 0xb6dbbff727f94421
	.quad 0xbdfff5bc032ee1a6, 0xbffa8f8690ee8b94
	.quad 0xbcaf1ae856912d80, 0x7feda1fe5458c382
	.quad 0xc118000000000000, 0x40e6000000000000
	.quad 0x0000000080000000, 0x002fffffffffffff
	.quad 0x08c42b1f06888b4e, 0x071a885e7ebffe5f
	.quad 0xfff0000000000000, 0x83c65e6699e13b83
	.quad 0x2ec84470c62edde1, 0x993388275fffffff
	.quad 0x8000000000000000, 0x404800004147de8e
seed63:
	.quad 0xfffffffffee83b94
	.quad 0xfffffffffffff964
	.quad 0xf0d763c57101be66
	.quad 0xfffffffffffffc84
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd97
	.quad 0xfffffffffe5ff853
	.quad 0x0000000000000001
	.quad 0x857eaf5da366ac65
	.quad 0xd94ab6389f8816b7
	.quad 0xa7473fb17aea2599
	.quad 0x29fa2ef9f8f87f95
	.quad 0x001caa82915b562f
	.quad 0x000000000000000b
	.quad 0xfffffffffff974c1
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0x58ff57e0f211f719, 0xbfb1a801a6f81431
	.quad 0x41812aa2fe7f7e71, 0x97bb7260ffbb03ca
	.quad 0x800ebabdffc98f8b, 0xc1f9e7725e463a8a
	.quad 0x7ff71d1213b1af90, 0xff1bd24a80400000
	.quad 0x3fefa4bda324bba1, 0x80a2882de5976a85
	.quad 0x3eb8000000000000, 0x039cbd373cfffde7
	.quad 0x7fe8aa33db38d48c, 0x7effffffffc00000
	.quad 0x973f9c63b63e36c3, 0x4d8abf998e0fffdb
	.quad 0x9d21e58023a17e00, 0x3de0ccb111e7c29a
	.quad 0x3fc2087115c9a554, 0xda000000fabd182b
	.quad 0xb858e843cfffffff, 0xff04b2bc41c361bd
	.quad 0xc1ca5d860146b670, 0x751902f7ffd52214
	.quad 0x53448c72fba399c1, 0x7fdfffffffffffff
	.quad 0x96738e5a07f2ff05, 0xc2c533946affffe0
	.quad 0x7ff71746b35c7ed0, 0xe3692bf8b278c09f
	.quad 0x12903f1f7fe0a473, 0x91023b6ef2fe1fab
	.quad 0xbf7579c9b6f31c97, 0xff800000802b5a10
	.quad 0x06bc3d01a7ff5dcb, 0x6c2592cbfff3ee7f
	.quad 0x5c20f2a2d4a4af88, 0x2adbb11d005ab3ad
	.quad 0x3fc6d0ad8715282b, 0xf4a85c7fbdc3881c
	.quad 0x221ba9c478754491, 0x80000000bb94f1e4
	.quad 0x88a4284480400000, 0x7ff0000000000000
	.quad 0xc02c838186a7e22a, 0xfff4c4720220a6df
	.quad 0xfd7273719331a0d6, 0xc0c4000000800000
	.quad 0x7f8000000409f4ee, 0x86c15245fe22b36d
	.quad 0x7ff28e6cd3c8d698, 0x7ff262521a28df4d
	.quad 0x83ba416744ef3b86, 0x000000004fd858ce
	.quad 0xbfb5455b33d95625, 0xbea0e457007fffff
	.quad 0xfd85a52525d35af9, 0xbc21851cf1576908
	.quad 0xfff0000000000000, 0x7ea696a0b525f4d4
	.quad 0x7ff8000000000000, 0x4dd05c17c0000001
	.quad 0x75a531157fc00000, 0x3f88ec1785cf5117
