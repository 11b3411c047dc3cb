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
	.inst 0x1e6401a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eaace32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6400a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2800d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6eb52f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f2ee496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7801c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21d9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2169d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f7c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f43841b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e219b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61887d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b4b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f63495f
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
	.inst 0x7e70c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6440f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea0d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e306873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd350d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e67e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e24dd76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f79e578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0c959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2300ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f09b4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f893d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e77fdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29548e
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
	.inst 0x6e6fc470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f492491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eadc4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e734a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e03a9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e20f5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f859a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0e979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2789da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21691c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c4df
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e61695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e19948f
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
	.inst 0x4e69cc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3095b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fcc98b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e27fe14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fc79955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e651896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e26f6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7409b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f42c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4aa93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7d301b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e61022c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e42acbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e622220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc859df
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
	.inst 0x2eadd550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea9d411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eafc5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e263a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6afe55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e22deb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e236957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1b858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f16add9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f97909a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3939bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ef6ed5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e685659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f059d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e29012f
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
	.inst 0x1e2401a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eb0cc11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6ffc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e710103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7001a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21a976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7901e8
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
	.inst 0x1e2a08da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6cf49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6119bc
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
	.inst 0x7f67e67e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6300bf
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
	.inst 0x9e230070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f494893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea1f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21d915
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
	.inst 0x6e30cad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7745f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62419a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e0274db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61a8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f34fdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1f91f
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
	.inst 0x1e6965f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0c431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6728f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e690264
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
	.inst 0x1e700ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6642b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6201b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e4291d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f64e47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f00a51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6d3c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e22dcff
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
	.inst 0x1e6140b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f46e592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1d913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e264174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e23d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea9c596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6fd5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0c858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e681a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e78fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f2dfd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e59316d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3628de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f46465f
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
	.inst 0x9e650040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e03a033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f925894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2dc4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f248056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f66e478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e731979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6508ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202338
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee241fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e218b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c37f
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
	.inst 0x9e424090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee2f571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f869232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e217813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e691934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f7bfd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e310166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7639b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ef6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f4dfcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1a95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3388dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a1b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fd4997f
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
	.inst 0x9e790060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e278851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e219912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4e4913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6b8154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e2efdd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc01278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea2ecb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee8cd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e689dfb
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
	.inst 0x1f30a95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6cacff
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
	.inst 0x1e27c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0c451
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
	.inst 0x1e2b2a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e686c54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e25d595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e680126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6fcdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0fad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61685c
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
	.inst 0x6ee7d49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f297f
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
	.inst 0x4ea6cc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e61c951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64dcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2a91d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e685015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4c2c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a5939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e683a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea7d57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0d8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e293a7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21083e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e695572
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
	.inst 0x2eaae4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60b5a3
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
	.inst 0x9e3100a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6bd5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e6168b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e210166
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
	.inst 0x1f448958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e76e459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2000ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e72093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ebac59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0fb3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7fca9b5f
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
	.inst 0x5fa49890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e674274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0f1417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e627859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0c89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f2cfcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1895e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f8759bf
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
	.inst 0x1ee2c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0fc71
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
	.inst 0x4fcd9013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a3994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f4ce555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e216956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee189b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e656a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e26deb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2018dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2411d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f48a33e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68083f
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
	.inst 0x5f2afc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e264011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e718992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f72c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d974
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
	.inst 0x6e2fed56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f23e437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6918d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e26e4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e30020a
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
	.inst 0x5ee0d91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f89fd
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
	.inst 0x1e65293f
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
	.inst 0x1e20c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f401591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6300f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67d554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d1a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e68fc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2fed98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fae59b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e24c4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c25b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee9ef1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e188b6d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c099e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66191f
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
	.inst 0x1e18cda0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e600061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71b5ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eacfe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6100a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2eadd4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e618898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f37fdb9
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
	.inst 0x7e21b8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f6ffddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea8c55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ebbd4ff
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
	.inst 0x4fcf51b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea5cd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f64e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e661833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f528034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea8d575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e33dcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fa951d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d1918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea1b859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea5ecfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa619db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea8c4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c27d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7900ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea3e5ff
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
	.inst 0x6fc699f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2fb09851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e690872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e675873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4b0d55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e210286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fce9a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0e9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea0eb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e353b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2448fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc4183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1993f
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
	.inst 0x0e216830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee8d4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a2972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fa61973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e27c535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f4ae456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fc39977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0b9c78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230400
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0eadb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21ca9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62085d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2baebe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e331480
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
	.inst 0x1e28ac50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e20e5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0341d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f69a8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2969f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e62f4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee8e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6442b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e30d539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcf905a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61d95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0bb25d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e64c57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6829bf
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
	.inst 0x6ea198f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2f4031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0e593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e217976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f2ce477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c58f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2eb5c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea0ca9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24411d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0c759e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f38ff
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
	.inst 0x1e65c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b79b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6001e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2920a0
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
	.inst 0x0eaafd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6178b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1b8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e77b019
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
	.inst 0x1f0fb27b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c187c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2dfd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7c199e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39008f
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
	.inst 0x4fc79990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e243cd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f499513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f658c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e327c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70ca56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3188b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2778d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcb1059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e218adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e253a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30fade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2400af
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
	.inst 0x1e644170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e8604
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1d853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e65f654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0c996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e72e577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee240d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6df499
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
	.inst 0x1e64266b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c23c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f03b11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e617a5f
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
	.inst 0x1e6140f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f24c011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f459092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e0893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c0934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee7d657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc491fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c0dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0f83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f7bfcff
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
	.inst 0x6e616850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f53fdd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f280613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e27fd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e28d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6901a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef3d538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f3959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61427a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e218a9c
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
	.inst 0x1e23c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30d99f
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
	.inst 0x4e26f510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd05a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6be5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f41fd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1da74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6189f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f7ffdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a2c97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f35fef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6cf619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a84b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f3be53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e247b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e2ee51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61b8df
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
	.inst 0x4fc39890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e64dcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e633952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a6a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e22d635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f55fd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6cfcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e242818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e264219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fc611fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e35fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21a83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2201df
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
	.inst 0x2e21d910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e278833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea0f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e21ba77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd459b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f3436d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a797a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2818bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0da5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e652b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2f58df
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
	.inst 0x1e2a48f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4faf1832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61c8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fa41914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e25f4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e616936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3000c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f885859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef5c57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2ad47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f8b98dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6200bf
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
	.inst 0x1e269010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f8851d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7fc99212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea0f873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f283234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f3be5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e790106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e43d597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e02dcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6dfcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e216a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e66dd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4caddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c399d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1a87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e65d51f
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
	.inst 0x6e62e4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eeffe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e790163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f2afc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6e3e75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e60d556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2769f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eaad658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2500a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f28ba
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
	.inst 0x1e642220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c0fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020b8
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
	.inst 0x1e610180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e240001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254cb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e6169d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30c8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f3955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e25e516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e6178d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fc39a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e302939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f68019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6fd4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0cabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e588d8f
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
	.inst 0x9e2200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e708a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f3cfd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c1d33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f37fc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e42dcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6301d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f110517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2a99d9
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
	.inst 0x4e63ccfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e692130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f78fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2ffdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63299f
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
	.inst 0x0f3ffd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f901191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6118f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a8484
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6198b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e221016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a2877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e63d598
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
	.inst 0x6eacedfa
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
	.inst 0x1e297adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e59c82d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2300be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fd6515f
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
	.inst 0x1e682950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a4461
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f228553
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
	.inst 0x4ea0e915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0d3296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f288c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f768db8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e35144b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6520e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f2ae45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27a4c8
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
	.inst 0x4e60e63e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f083f
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
	.inst 0x6e68c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eb0e511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3129f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6639d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e216874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f8f5875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2301f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ef4ccf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f413418
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
	.inst 0x1e65419a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f03c59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c2fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0fb5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2407f
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
	.inst 0x1e674970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1a9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6dfc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02e0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e766917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42a958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0c9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e43dc1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39016b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e58554c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f9190fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3388de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e2ac4df
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
	.inst 0x9e290120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea6f611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6301f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6621e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee6cc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f8a9917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e780188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e02c159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2728db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6ecd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e03c09d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e43b15e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1b9df
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
	.inst 0x1e214130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fb099f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1b9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02ac14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6189d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2301d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e03b0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0f8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59b94b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea199bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea0f97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61795e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0e81f
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
	.inst 0x6e619890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4904f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e58b9c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30d954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f6be575
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
	.inst 0x9e2201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fcc50d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc59019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27787a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c1fb
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
	.inst 0x7ea1d49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6c331e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63005f
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
	.inst 0x0e21b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620051
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
	.inst 0x1e6c2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f623cf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f40b935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6802a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3120d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f22fdd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea1f9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18fd4b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e75489d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1f85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2169ff
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
	.inst 0x1e2741f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e27cc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2909d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e234c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7801e4
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
	.inst 0x5e73e696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4cb037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21a8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6140b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f2be6da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2279bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3d2abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23889f
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
	.inst 0x4ea6d4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58a121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e5851e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f28bd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e314c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee19955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e600166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f499017
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
	.inst 0x1e700959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e67dc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c285c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc298fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e21a85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee6d45f
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
	.inst 0x1e2501a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f29c171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e723a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c1954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e615015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e227587
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e702a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee4d6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f47e69a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7259bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc1193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e59e80d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee240fe
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
	.inst 0x6e30c8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f63c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef1ee32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fa69113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e68a408
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6109b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f402018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e207879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65f01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b0401
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28a676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7901cf
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
	.inst 0x1e700180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f623511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2200b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25c134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c1a35
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
	.inst 0x9e590de7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f143898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2401c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e189c6a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43dcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02417c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e270cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fb610be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78010f
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
	.inst 0x4fa099d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e710041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f312cd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e712481
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f511174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f072975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e219976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2201b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2300d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fcf18b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70d8ba
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
	.inst 0x1f2129fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e39016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2118be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26417f
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
	.inst 0x7ee1d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea7c4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f692d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0cbdd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e264034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0ea75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f621d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e617858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea18859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692dfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6188fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc399fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e6169fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6900ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61a93f
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
	.inst 0x1f431d90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e271991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e240123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e5934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef2e615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e62ec56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e66f517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03b8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e181469
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef1d55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2019bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61a9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c64e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e685e9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7000cf
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
	.inst 0x4e217970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f66c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc41153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e64c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f27fc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e32fd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a5819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e72f01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7101ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62019d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee9edbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ecc1f
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
	.inst 0x1e2e2030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e1831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2000a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6efd73
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
	.inst 0x1e2141b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fa19a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61a9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea3e538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2900e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e366b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e36191b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2f083c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e4388fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3cad7e
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
	.inst 0x9e280180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee198b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6659d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e312080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e702160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fcb5038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea8c45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0c667b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e1b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e31022e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26411f
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
	.inst 0x1e6a1970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3ef011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f500872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f28fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1b954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f6ce535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e710086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6200f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e31008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70028c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18aa2d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3801ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63007f
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
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f428cf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f28d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e618996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e670cf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1d838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2bdd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2dadbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6168bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f43ed7d
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
	.inst 0x1f24393f
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
	.inst 0x9e300000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e295a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2300f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30d915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee19896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60540e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e74d4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e77c4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2a125a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c585b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a28dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e664740
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66697f
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
	.inst 0x4e20f470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58c421
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630132
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
	.inst 0x1f061a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1d8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25566c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6ab538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2168f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2ef65b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e681c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27415e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f06debf
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
	.inst 0x4e6ff550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee2ecf1
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
	.inst 0x4e21b9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2901a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2641f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20c116
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
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fab19fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21981b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f009ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f372a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e69e5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e281a5f
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
	.inst 0x1e2419b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e02f4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02e1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f5875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea2fdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e310147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f314c18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f683219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e672020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3800ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e42a81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e21b89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0ca9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b701f
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
	.inst 0x1e6d08f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6ccc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e1873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f8f9014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6bfdd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2802c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f6527
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2ac43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e682b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee19b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2320d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f42f8ff
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
	.quad 0x504a502f4b0113cd
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x8de757ed5def5037
	.quad 0x372ca4bf2c712515
	.quad 0x9b4e88751d0d407e
	.quad 0x8f38cdcf8256c5b7
	.quad 0xfffffffffffffcdd
	.quad 0xffffffff87c72e6f
	.quad 0xffffe4b8a8e6457c
	.quad 0xffffffffdbf1acc6
	.quad 0x000000000000005d
	.quad 0xffffff61cb47f328
	.quad 0xfffffffffffffec0
	.quad 0xa3bd1f8832c8d0ee
	.quad 0xe6fc8b102985b2fe
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x7f800000ff800000, 0xb8200000f218c405
	.quad 0x7ff0000000000000, 0xd755dcecff93dd34
	.quad 0x513bb07a0240eb18, 0x00087c23b65d67c4
	.quad 0x0015e88c91d33ed8, 0x5d9b40e0699e602c
	.quad 0x7fbe6e4841bf235c, 0x83ce68ec2a17786e
	.quad 0xf210f0d0bca55699, 0xdb8b6bd8fcbffefc
	.quad 0x7ff47a6797ae7cce, 0x41e8847828672ac2
	.quad 0xd5ff64e8ffffb13d, 0xdcbc6eb4c00aa00d
	.quad 0x61504480fc598000, 0x7f9b121dffb618c9
	.quad 0x2e8a41614c5c53c8, 0x76a26e06befd0620
	.quad 0xacd328d47fbf72ba, 0xfde2f4283d98c400
	.quad 0x12b18bf180000000, 0x337aba75fffe5bbe
	.quad 0x7fc00000c0664d15, 0xfff0000000000000
	.quad 0xc560b3b97ee18b7a, 0xf3f13c8c7f372fb6
	.quad 0xc022000000000000, 0x0a766943e0f2fd8d
	.quad 0x0a77ccccfcb5c080, 0xe41141307fd6ed55
	.quad 0xcf9b2adc3f600000, 0xfda50a5b9fd86764
	.quad 0xa5394a64bc717c00, 0xfff5c9c82d26f5ba
	.quad 0x53983dc2cd7fffff, 0x006d404900000000
	.quad 0x40436c17cf000000, 0x0028aad863ec7cf0
	.quad 0x21386caaff000000, 0x020ec8bea97b10fc
	.quad 0x400fffffffffffff, 0x7fd616bc0030d701
	.quad 0x8000000000000000, 0x803ba3556c1d1aa5
	.quad 0x7f800000c23cd572, 0x400f000000000000
	.quad 0xa9e1ae519d6afe00, 0xf8d6ea967f8c005b
	.quad 0x998c086634cafbc0, 0xffefffffffffffff
	.quad 0x41e0000000000000, 0x7f85b4856c191bb6
	.quad 0xffdfffffffffffff, 0xaa2c49adbcd85202
	.quad 0x40166ca90849f6d6, 0x7fa076a4415fe7a1
	.quad 0x7ff0000000000000, 0x41ffffffffffffff
	.quad 0xbf18000000000000, 0x82f8f2c71db2532c
	.quad 0xd1dd8f67da5dfb2f, 0x8ec91b6bffca28e4
seed1:
	.quad 0xe4a863294a8c2eeb
	.quad 0xfc75b5c34dbaaa74
	.quad 0xfffffaea030c2633
	.quad 0x00000000000e1ed1
	.quad 0xfffffffffffb097e
	.quad 0x7fffffffffffffff
	.quad 0xd8cf7588003dacd5
	.quad 0x8f2d9126d450aa97
	.quad 0x0000000000001ed4
	.quad 0x0000000000000001
	.quad 0xffffffffe0d55334
	.quad 0x00000000000003be
	.quad 0x7fffffffffffffff
	.quad 0x3c34a8bd67f3125a
	.quad 0x000000000000ac3e
	.quad 0x00000000052528a4
	.quad 0x01400000
	.quad 0x20000000
	.quad 0xffd53ab06925aacf, 0x7fe2d6f18f6f75f0
	.quad 0x7ff6a80c893b9d84, 0x80098301010eae59
	.quad 0xc423dfe41e3d8150, 0x7ff8000000000000
	.quad 0x3f85600000000000, 0x7f80000004b580ed
	.quad 0x41f637d99c1cd565, 0x000000000be980d2
	.quad 0xbff4000000000000, 0xe52db31c05924da3
	.quad 0x81ac2005836b7c00, 0x3b8f8570ffbe3bdf
	.quad 0x800000003d2e0000, 0xc3ce1fba00400000
	.quad 0xe107f0337fdab37f, 0xf7bc6fae0d1ea04f
	.quad 0xc42d432d04e14cfd, 0xf7e28a33ffc77e00
	.quad 0x7ff0000000000000, 0x40a007a3ffc00000
	.quad 0xfe59cb0b51b2a533, 0x468d6ba6bfcdfe7f
	.quad 0xff800000004c36e1, 0x63191eeea51313e1
	.quad 0x7e01ec919104c917, 0x0000000000000001
	.quad 0x001eb628a6182074, 0x010537e0954e436b
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0x92d313297cd2cfe9, 0xf60deab67c85feb7
	.quad 0x7e4af25af3ae5d5e, 0xc1c000003cfd3608
	.quad 0x8a9b3763bee425f7, 0x800000003c4c9eb6
	.quad 0x42a80000fe800000, 0xb0509f2e344bbadb
	.quad 0x8d0edd9e8ba22306, 0xbfd01963ed0bb402
	.quad 0x7fdfffffffffffff, 0xa7ba782732a8cc92
	.quad 0xbf92212f97b4e74a, 0xfae38bb5e58ad756
	.quad 0x4002000000000000, 0x7ff23674ff800000
	.quad 0x0000000042450b5a, 0x99dd76098f0d86ca
	.quad 0xc7fffffe80000000, 0x336e058cff7d7e82
	.quad 0x01a7dd427f828000, 0xfff0000000000000
	.quad 0x0000000000000000, 0x407fffff00ba3795
	.quad 0x01ceea226d564e85, 0x5cf6bd6616d97c00
	.quad 0x62c3cc73cb173ffe, 0x80792634001ef873
	.quad 0xfe5cbb227843faa7, 0x4c6c552051bf7b28
	.quad 0xe197c0cdfe1f3eff, 0x74641a8c44e67291
seed2:
	.quad 0xfffffffff942a8cb
	.quad 0xffadcbee71c36666
	.quad 0x0000000000029c54
	.quad 0x00000000000001d7
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x0000000100000000
	.quad 0x0000000001000001
	.quad 0x2164bbdb02108a21
	.quad 0x18cf71ced65a46e7
	.quad 0xfffffffffffffed8
	.quad 0x000000000000038b
	.quad 0xfffffffffffffeae
	.quad 0x634d19d8cd1713d0
	.quad 0xfef742b96075b831
	.quad 0x000000003258e6da
	.quad 0x04400000
	.quad 0x10000000
	.quad 0x066edc2f7e75e298, 0x3f740cd1b207652f
	.quad 0x7ec0a37615fa1a2a, 0xbf80000040d00000
	.quad 0xffc935f4479caaf1, 0x9e695614f01c8ecb
	.quad 0x7fc000002212f329, 0x16360168fd81ba01
	.quad 0xd6b562d964fefd38, 0xc04d98493c400000
	.quad 0x084a313b2f59246c, 0xbfe0000000000000
	.quad 0xc0750e4448abd593, 0xbc800000005d7b8f
	.quad 0x0c700aaa297f87dd, 0x7ff94a1c88948b4e
	.quad 0x7fbc2ed1feffffff, 0xef709324fe8b7e1d
	.quad 0x90ce7cb03feb1b9c, 0x6bd9721cbcb68069
	.quad 0x7f00000081573219, 0xc10c000000000000
	.quad 0x800000003d71519e, 0x73347b917faf8cbf
	.quad 0x8008000000000000, 0xdf800001dfffffff
	.quad 0x0000000000000000, 0x00000000bce0ec99
	.quad 0x01c77f7e006fd4f4, 0xc3e0000000000001
	.quad 0xf424f1c97ffd49eb, 0x000fffffffffffff
	.quad 0x8cfb8965fbfbfeaf, 0x0000000011e143dc
	.quad 0x62c3c63ebfae19a9, 0xf475c6913fc610fd
	.quad 0x80302bdc16e76636, 0xffb46ad0bd5cf97e
	.quad 0x81187d5cbe573547, 0x7ff0000000000000
	.quad 0xc70a69b30d8cfc00, 0xbff89eeed30d06af
	.quad 0x3c659212409e1c55, 0xc74f7e7d3bb4dd42
	.quad 0x7f800000c0e00000, 0xbff5800000000000
	.quad 0xbfc8c34ce202ccb8, 0xfe774e13a359d068
	.quad 0xc020800000000000, 0x43b8c519ce537992
	.quad 0x3dfe9027df28469e, 0xb6250b9fcad7c9d8
	.quad 0x3c7771fcc7a00000, 0x0000000043c64ac7
	.quad 0x7a65b159212b1aa2, 0xc330000000000001
	.quad 0x3800000041b44ec6, 0x92cb0cb0cb774cb7
	.quad 0x40576ed640f00000, 0x3ba8e56b08cf4e76
	.quad 0x1babcc8b80400000, 0xc20cdfb9bfdff7ff
	.quad 0x81693db4ffde5675, 0xac81d8307b9b6eff
seed3:
	.quad 0x00000000000b35bf
	.quad 0x00000000004ab4ad
	.quad 0x2829c91c8869414c
	.quad 0xfffffffffffffe3d
	.quad 0x0000000000000001
	.quad 0xfff39657a2db49bc
	.quad 0x000000010ff3630a
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0xffffffffff3df07c
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffe9
	.quad 0x2816ce4c16b12bd1
	.quad 0x6111f4904cfb7738
	.quad 0xfffffffffffffe69
	.quad 0x00000000006dfccb
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x0000000000000000, 0x8e9f951924627f72
	.quad 0x6b6da0c812f1fcd9, 0x40c22d92e8178f5a
	.quad 0x7f95e29e3fc80af1, 0x400428c0f6adb4c4
	.quad 0xc31da3e6ffc00000, 0x4f6ba87f8064a8cd
	.quad 0x000000003bc1bb87, 0xb5acf930dd66df66
	.quad 0x00000000f909f995, 0x8001dbda3f9f3af1
	.quad 0xfff0e78db7fab937, 0x3ef280a17fc00000
	.quad 0xf0b9ebc780000000, 0x7ff8000000000000
	.quad 0x0649e1b27f800000, 0x0d3ca16673eb7428
	.quad 0x4022000000000000, 0x7ff8000000000000
	.quad 0x804000007f7eae06, 0xb34d6c6015f8620b
	.quad 0x7093bae27f800000, 0xd1b6f2de7fd7cfa8
	.quad 0xff88b3ce40880000, 0xd5230d0e2e53fe00
	.quad 0x7d8bcdf13f577baa, 0xbd03c08a7fd5452f
	.quad 0x80000001801f40d0, 0x00ffffff3ddd6df7
	.quad 0xc07280bb43ee96d8, 0xfed59316b6fb12e3
	.quad 0x777be732473e59c6, 0x8710ac59c0992f37
	.quad 0x82a1c5c8b7107cfd, 0x035ea9ad8387edeb
	.quad 0x920f89113ad7d5b0, 0x5571da05aede10fa
	.quad 0x32b4b82afe7fdf77, 0xfe3636b5ec245492
	.quad 0x02b1b409817fffff, 0xd1e465cdbfb872a0
	.quad 0xbeff017d42cadd4f, 0x3ff7d5ede583cb67
	.quad 0xfb38e111ffffffff, 0x7d1a9a703864e0e5
	.quad 0xbbe094377ef7d6fc, 0xff292eedab450cb4
	.quad 0x7fc00000e9885ab7, 0xe95342055843c700
	.quad 0xa4d47ed6895da571, 0x8b01b0e17f83b8fb
	.quad 0x3f0000003f000000, 0xbfffffff70c4ebe0
	.quad 0x13cd3d9bf4ffffdc, 0x97c36a8287e368c1
	.quad 0x4273526818126ede, 0x1c0e167304fb7c00
	.quad 0x7fc000002cd249fc, 0x6e7fa2684dc67e94
	.quad 0xfa3c9fa432807dc8, 0x8000000000000000
	.quad 0xff80000013a25053, 0x41e558ae10515bbe
seed4:
	.quad 0xf5dd13c139f9fe0a
	.quad 0xffffffffc6929f4d
	.quad 0x00000000ffffffff
	.quad 0xffffffffffff06db
	.quad 0x00000000000001f7
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffe81e0
	.quad 0xffffffffffffff4d
	.quad 0x0000000000f68f6a
	.quad 0x0020000000000001
	.quad 0xa412a99cddeaf30a
	.quad 0x73ad53bcffcba662
	.quad 0x250d401e0fee677b
	.quad 0xffffea13ccc03f93
	.quad 0x6d19ccd4e41ae5ea
	.quad 0x0529d01eedcab7b7
	.quad 0x06c00000
	.quad 0xe0000000
	.quad 0xfff45f0f8938bfa0, 0x43f71f9d45e0eef1
	.quad 0x7eb2ae2380000000, 0xf0dd1656bdd8ab1f
	.quad 0xc4f00000ff91c729, 0x8b3e0549b4092d5a
	.quad 0x611a2bfbc10e4d62, 0x4058f06205a62b47
	.quad 0x6bd60c03c2cc0056, 0x8378a74fbf2d0a20
	.quad 0xc5200000a00f1f2a, 0x7fd0000000000000
	.quad 0x5053465b7fbab116, 0x41945c617c5b7ea8
	.quad 0xc168c23541337832, 0x3bb83e7d7fd6d9ec
	.quad 0x3192eb8bea4948ce, 0x030e27ac56f3ff65
	.quad 0xb92ae2853bcffc00, 0x9cc569a5c3938000
	.quad 0x78ca577e4240d3e5, 0x3affcdd3ff800000
	.quad 0x11f0e92d79a68000, 0xd2d9f75ddee583ad
	.quad 0x15fc057a212845e0, 0x3c62d273c0680000
	.quad 0x82a54b7ca3ef635b, 0xf7323650fe4a654b
	.quad 0x804000000df53581, 0x206ed1856c933f4d
	.quad 0x3c757356c175fe93, 0x8a4fe4627f892194
	.quad 0x7ff0000000000000, 0x3c36cde78b1e2e45
	.quad 0xbfe6bfe420ac6c1b, 0xfe3c2ae402bb5e6d
	.quad 0x3d8000007fd8bc5b, 0x7ff1ab58a2b4eed5
	.quad 0x199043d67fcfd4b0, 0xf5984946e57c8000
	.quad 0xf898b3a4bafbce10, 0x8dc111317f800000
	.quad 0x434c9b48c77a0000, 0x5c4b98a07ff7fda7
	.quad 0x003120d515d779df, 0x3ffa000000000000
	.quad 0xc07e1317b4f0f364, 0xc328f6f03fffffff
	.quad 0xd2c9ce9d17cb6f9c, 0x85bdd01f1cc5cb0e
	.quad 0x80091894160297fd, 0x7d3fcd186f8ff276
	.quad 0xf13920807974efa3, 0x90e05fda7f93a806
	.quad 0x28b03003bf7b3dbf, 0xffd983a7dbe188e6
	.quad 0xbf955835c325f09f, 0xc9ae864214184c0a
	.quad 0xc322af68427e3dd1, 0x3ff2b3558e723828
	.quad 0x8000000047800000, 0x804de1d6a0b39876
	.quad 0xf5c3dd1fdc5a26ac, 0xc163d43b43792727
seed5:
	.quad 0x000000000000018a
	.quad 0xffffffffffffff34
	.quad 0x75c5b208ef6ef2fa
	.quad 0x0000000007b95901
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe65
	.quad 0x0000000000000036
	.quad 0x0000315f1fccf566
	.quad 0xbbb30a22ab91b936
	.quad 0xc00b28bf49dc055e
	.quad 0x509c4146b4581389
	.quad 0xffffffffffffff9b
	.quad 0x0000000080000000
	.quad 0xffffffff6ac47cf7
	.quad 0xfffffff88b11baf9
	.quad 0xffffffffffffff51
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xfff8000000000000, 0x007553954f800001
	.quad 0x3fa5000000000000, 0x9af25bc97fc00000
	.quad 0x9e75eae3fbf67f08, 0x80090adac0e4e9f4
	.quad 0xc380a6993b94d22f, 0xffe504db223ecf77
	.quad 0x7ff47562542b9dd7, 0x25dcc397fe650463
	.quad 0xf166b1cc637ffce5, 0x800fffffffffffff
	.quad 0x7fc6bbc47fb2206a, 0xa31b69a4bfa00000
	.quad 0x8002e580fd2afcb5, 0x655fa3843099eacc
	.quad 0x3ea61ce87fd94dc0, 0x7f80000040f80000
	.quad 0x65d3920b45ff7f9d, 0xc10400008e3fb851
	.quad 0xff800000ffe95f9f, 0x73a1f73d9f5a24c9
	.quad 0xbf9c8d16d7903fd3, 0x41c60db003bf0000
	.quad 0x4312411aff8e57da, 0xfff4ef7e21f3475b
	.quad 0x9e8dd18525c03e59, 0x80000000c0d80000
	.quad 0xbd29fc4786d02c34, 0x7c9d176ac1dada51
	.quad 0x00018a988071fc8b, 0x81f73138fdd77db1
	.quad 0xbfe4000000000000, 0x785cebf5f89a4400
	.quad 0xbdb832aa1a5e69e0, 0xf4e734478dd465ad
	.quad 0x800fffffffffffff, 0x0008000000000000
	.quad 0xa9d38442023c8c00, 0xbfe0000000000000
	.quad 0xc030000000000000, 0x4485cc2760585fdd
	.quad 0xacbc34a47fbf2ec3, 0x46300000c10a0000
	.quad 0x15f945f721690401, 0x8000000000000000
	.quad 0xd6cdcc528029d9ee, 0xe37b49adff18fb8c
	.quad 0x1c42f905bbd30246, 0x817fffff39f40000
	.quad 0xc0d8000040a80000, 0xfff8000000000000
	.quad 0x000000018012a006, 0x5255f7e4c1220000
	.quad 0x8374748217ffbef8, 0x3cf9d7c5246a0000
	.quad 0x35cae865dfa5ffbf, 0xbf76b817d1e8c7b2
	.quad 0x3c684e3f420e0000, 0xbbc000007f800000
	.quad 0x26e27477ffc50000, 0x31e90422bf68ff04
	.quad 0x2b1dfb79dd96dd6d, 0x8040000080658822
seed6:
	.quad 0x2d731162cda827b7
	.quad 0xfffffffff4ba031e
	.quad 0x7c8c7d05d19e6023
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0xfffffffffc26355f
	.quad 0xffffffffa0b61a80
	.quad 0x0000000000000001
	.quad 0x000000003d565041
	.quad 0xfffffffffffffeb5
	.quad 0xffffffffffffffff
	.quad 0x23f3424b3b9d406c
	.quad 0xf9c342960f31e960
	.quad 0x000000000000018f
	.quad 0x00000000000002b0
	.quad 0x0a3b305f08fd4c89
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x4118000000000000, 0x02804eb5bfb202fb
	.quad 0x6a9e5afdcfd8fd07, 0xbf76a667f92e1561
	.quad 0x0002fb2b3f418000, 0xe7fd5ceb6e21c780
	.quad 0x361408787f7deddd, 0xc709a8f3fffffe9a
	.quad 0xb55a014bfea5cb45, 0x00000000ffc00000
	.quad 0x3fc3742bdd94b0a5, 0x0006d1bd8908f047
	.quad 0xc3fffffffffffffe, 0xff800000f101f56e
	.quad 0x47c000003e69eed3, 0x000c4e430bd2ffbb
	.quad 0x2caff79d6351f72b, 0x7a926ba0a283c080
	.quad 0xf850d34252fe43fe, 0x7df215655a97234e
	.quad 0x972e4df6df4c2f39, 0x6af43e0f7bbc8bcd
	.quad 0xff8be9e580000000, 0x454a718f5bfffc5e
	.quad 0xaac0f6c5664cfbdc, 0x491fefecdd94221a
	.quad 0xe362f8ee69c58bb2, 0x5accbe362be38000
	.quad 0x7f87abeaffb0a407, 0xaa85856cbbde7fbf
	.quad 0x433fffffffffffff, 0x820b82c0e4d3fd1a
	.quad 0x3ff9115649e1135f, 0xbffc49294873bebe
	.quad 0xc019000000000000, 0x715069bffa83eefc
	.quad 0x447f66d8df1ffc00, 0x5bd1a18671c9feee
	.quad 0x0000000000000000, 0x7f619174572e547e
	.quad 0xdd206af85addcc77, 0x486300004b1a120b
	.quad 0x248d74c8edbffc90, 0x7ff0000000000000
	.quad 0x43a4c61b5fd8fe00, 0xa882347fef3cbc01
	.quad 0x3fb87817bc1e6505, 0x00e5d5c9ff800000
	.quad 0x3edaf194b9700000, 0xe2dbc07b3ca203a9
	.quad 0x295e1ba86430754d, 0xff8000006f8a1015
	.quad 0x7fff773f94d18d1e, 0x3f8f2181f8586401
	.quad 0x1fe51ffd7c910594, 0x7d4a0627579f7c00
	.quad 0xc179be8813f7dbbc, 0x3fadb278196a2b13
	.quad 0x4cb3e3819d480000, 0xe137051370bfeddc
	.quad 0x72c36e1563bb7c00, 0x3f8c78ef7ab0e5da
	.quad 0xffa51210bf8d230a, 0x42b4f4eb3f800000
seed7:
	.quad 0x0020000000000001
	.quad 0x60e2548a3673d744
	.quad 0x0000000002a1c70c
	.quad 0x0000000000000000
	.quad 0xbdc39b08fad5844b
	.quad 0xfffffffffffffffd
	.quad 0xaad00d01807fd3b6
	.quad 0x74a450c294c380fa
	.quad 0x0000000080000000
	.quad 0xb0669cf88928533c
	.quad 0x00000000000051d8
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x00000000000002d8
	.quad 0x54c5ec51afdd22a0
	.quad 0x54c933ff659f4027
	.quad 0x04800000
	.quad 0x90000000
	.quad 0x7a3ed1e0ea2bf754, 0xaf4cbdcae5fe8f2e
	.quad 0xebca7462e29b226e, 0x7ffb42c3f71f7157
	.quad 0x2dcf39f4ff550263, 0x7f80000040c80000
	.quad 0x80a25211c37c8eb5, 0xe3d56ed94e694f2d
	.quad 0x7fb2cb3cfe800000, 0xffc00000c1509319
	.quad 0xf295d2c65f800000, 0xfff38bfd86997192
	.quad 0x7ff8000000000000, 0xbd7fb335b7c41a42
	.quad 0xdf7ffffe7fc00000, 0x3fda8d76fb5e0529
	.quad 0x5a4f34c6c0700000, 0xc0efffffffffffff
	.quad 0xbdb6ad764b5c7804, 0xefbc1c4ef01ae726
	.quad 0xc7d7000040e00000, 0x59e95348dfffffff
	.quad 0xff89fe8df610a067, 0x80095894d9b7f08e
	.quad 0x7ff1a86e8017490a, 0xf20b412682ac03ff
	.quad 0xffd25d357cb9930f, 0x0c6421defdbdbfed
	.quad 0x3ffffffe92c56c28, 0x00df5ee04302eebe
	.quad 0x2972c0ec7ffce7fe, 0x8157589a006ab566
	.quad 0x9a0c3dd8bf800000, 0x3f1d000000000000
	.quad 0xaa57846ff97afffd, 0x8387f4b0ffc00000
	.quad 0xc34fffffffffffff, 0x7f800000c1700000
	.quad 0xfff8000000000000, 0xbd952b38efc45296
	.quad 0x3f85ffed662a847a, 0x862fd11b1924c6d0
	.quad 0x6de22478f9c41c15, 0x9eee8eccc7e40c90
	.quad 0xb11057b0fe675cf4, 0x7de49f1a3f2212cd
	.quad 0x000000007fc00000, 0x3cbbdac5bdfd0a5b
	.quad 0xfea377bd614981c9, 0xffe83975766da323
	.quad 0x3f8d82b1de26bae4, 0x4afaa77f4156f8dd
	.quad 0xaa08209d64032a1c, 0x91038a69a140c340
	.quad 0x32912d76d17c32ea, 0xd244973d1b5f0d4a
	.quad 0xc01e15949b147a8c, 0xfff8000000000000
	.quad 0xc16884d7eb55f37b, 0xc0a800009647dfc6
	.quad 0x807fffff80000000, 0x97da8731ffcddcbd
	.quad 0xafe4bc1d661eda94, 0x43c759c940477445
seed8:
	.quad 0x5b126c0d52534159
	.quad 0x6edb504e622427b9
	.quad 0xffffffc8701dcbe1
	.quad 0x0000000000000129
	.quad 0xfffffffc1dfaf547
	.quad 0x0000000000000000
	.quad 0xc191ed76ea168802
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x00000001fc7525a0
	.quad 0x266fea40cb351b18
	.quad 0x1d1b94c2f2b83ddc
	.quad 0x000000000731d421
	.quad 0x0000000000000207
	.quad 0x02400000
	.quad 0x30000000
	.quad 0xfff8000000000000, 0x3d55e41c7f000000
	.quad 0x1abede1bff1dfffd, 0x3f9902e3d7604d2b
	.quad 0x40000001ff800000, 0xc0efffffffffffff
	.quad 0x8000000000000000, 0x3352d2de4ff645d3
	.quad 0xd9800000bcb819b1, 0x7faa923ac31487a1
	.quad 0x01b14186df1ba7a0, 0x000000007fc00000
	.quad 0x3ce000005ebb1d4c, 0x7f8469cf907c7c2b
	.quad 0xedb01b4bfff248e0, 0xe7c7f1d8edd33ffe
	.quad 0x405950d1ffe7aade, 0xcca3561df222a966
	.quad 0x02f3dc33e571f888, 0x13c9b113b49da604
	.quad 0x42c73b2f0168911f, 0x0000000070f9d441
	.quad 0x521a62fdfff38dd6, 0xbca7af0b811a5d20
	.quad 0xc045977c00000000, 0x7abc7a89ff8415fd
	.quad 0x18763757619754dd, 0xffe0e785103e7b54
	.quad 0xa47662efbbedbd1a, 0xbf733b0b6ad2ccc2
	.quad 0x7fc0000000000000, 0xc0c000007f800000
	.quad 0xfc117127d81ba8ce, 0x8875dfeaf73cfb77
	.quad 0xbdf32d6500723e30, 0xbff23a7569cc19e6
	.quad 0xc8cca8465bfabded, 0x55bd9299fafdfc84
	.quad 0xc038748b1b494854, 0x002dccc2ff8ccb18
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x8b81c53c0d847e00, 0x3d27d26d9af28d65
	.quad 0xfff0000000000000, 0x6295f111ffff7ff7
	.quad 0x80000000bd521530, 0x79fd82e9cc614d61
	.quad 0x7ff1b4a6f29778c8, 0xff8313f57ff90b71
	.quad 0x4346f15cfdfadb2d, 0xc19d41b2fe7eefbf
	.quad 0xfff0000000000000, 0x7bc9332926b4f476
	.quad 0xc14b59e280000000, 0x63f5820052958033
	.quad 0x0098e2ccdf000000, 0x3f7ac4efb55afe00
	.quad 0xfe19498e86cce49b, 0x4070000000000000
	.quad 0x7e765985eedea083, 0x5a0000019a925cc7
	.quad 0xae76b06ce7fb40f7, 0x7fdfffffffffffff
seed9:
	.quad 0x1190f6048ec3221b
	.quad 0x096e879d822eae81
	.quad 0x26e50e62731029d9
	.quad 0x563e1b7228715b92
	.quad 0x0020000000000001
	.quad 0x0000000010665903
	.quad 0xc4415f6d48aaf0b8
	.quad 0x4a2f822c93d86906
	.quad 0xffffffffffffffff
	.quad 0x0000000000000095
	.quad 0xffffed0547e30e73
	.quad 0xfffffffffffffca5
	.quad 0xcb9b1b586a7b9bcf
	.quad 0x53c866f45514f56b
	.quad 0x0000000681fb45e1
	.quad 0x148317ae86a05ecb
	.quad 0x02800000
	.quad 0x90000000
	.quad 0x43e0000000000001, 0x305b8de2ffffffff
	.quad 0x9eee700845fe0000, 0x3f0b700000000000
	.quad 0x8000000000000000, 0x138a8651a9e47800
	.quad 0x7265388a6819c700, 0xff8000007ce30c20
	.quad 0x3c44190340fd7e00, 0x4ad2939cbe800000
	.quad 0x76e41b117f9fe7d4, 0x7298670c3e577d24
	.quad 0x65bf2583ffffaa1a, 0x5edb55c1b5df7f54
	.quad 0x7fde8b79629880e2, 0x33757fbf3ff00000
	.quad 0x5a00000118823fe1, 0xc018000000000000
	.quad 0xa10c3420b69716a8, 0x8000000000000000
	.quad 0xbf7dcf942ac27b8e, 0x1ea3b9b3fffd9fbd
	.quad 0x4660000041200000, 0x3fe766b424148068
	.quad 0x5b1558ac3cf140d4, 0xc085acccff96fd2a
	.quad 0x4370000000000000, 0xe23e03c6fadfffb8
	.quad 0x833f8d74abaf82eb, 0xb0b23091bfc67c00
	.quad 0xc0efffffffffffff, 0x7b27ed0cebfb0e02
	.quad 0x7fc00000017fffff, 0xa5a47670d37fe90f
	.quad 0x000000007f15967c, 0x3dfd9d87a44d82cf
	.quad 0xc0000000be400000, 0xfe60894aab5eecf4
	.quad 0x80b348b1c0500000, 0x801fffffffffffff
	.quad 0x1404535b81000000, 0xf0f2902840e00000
	.quad 0x800000003f400000, 0x4d1cccea07b755a7
	.quad 0x7f800000bfc78ac7, 0xc3e0000000000001
	.quad 0xc33ffffffffffffe, 0x85b98b5ffabeff86
	.quad 0x800000005930f1c5, 0x9ddd063f22ccd8fd
	.quad 0xfff0000000000000, 0x86c8c42bd686a885
	.quad 0x0000000000000000, 0xffc00000ffb1c202
	.quad 0xc1f198b8029452db, 0x66dff55bb995a8e3
	.quad 0x7b49aaafc2bf5fba, 0xff9085d1ff800000
	.quad 0xefd3c31d6d5b75a3, 0x0626fc2d4a4b8400
	.quad 0xf5d27900f150f77b, 0x625d0595fe7dc700
	.quad 0x8d0fbd9b655c6b27, 0xb77148213a9d6dd5
seed10:
	.quad 0x000000007fffffff
	.quad 0x07efb45f832a8336
	.quad 0x0000000000000393
	.quad 0x00000000000000a1
	.quad 0x000002b2ee5c116e
	.quad 0x620dd77bf5f7b8da
	.quad 0xffffffeff8e6af18
	.quad 0x7fffffffffffffff
	.quad 0x6a2d959b2438bed5
	.quad 0x50cc2e1beefebf35
	.quad 0x8000000000000000
	.quad 0xffffffffff2fc19d
	.quad 0xfffffffffffffe43
	.quad 0x00000000000003e8
	.quad 0xfffffffffe2b97bb
	.quad 0x9d6e94a829c119c3
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x50fdefadfd00c860, 0xff0f889d620907d5
	.quad 0xc0579028db8b47ad, 0xf2bdb348efd77bf3
	.quad 0xa937ed56877fffff, 0xecc5a25a40800000
	.quad 0xffd0000000000000, 0xc3424806449a15a6
	.quad 0x4021000000000000, 0x64f993a16c872d81
	.quad 0xff87f8920072908e, 0x7fdfffffffffffff
	.quad 0xd6817725fcff77db, 0x4071a00000000000
	.quad 0x4ca250f1dfc74a4d, 0x7ff59d649969e373
	.quad 0xe8ba5b32ac6b1d57, 0xc2ffc39dbf000000
	.quad 0x408800008e3ae186, 0xaa6ba79bffd90400
	.quad 0x80221c9e3ec00000, 0x12076d996b6e0000
	.quad 0xc011000000000000, 0xfff0000000000000
	.quad 0x64553aaf7bc380e1, 0xf7a2c13e4bb9ed0f
	.quad 0x40b00000e1fffffe, 0xacf02586443eef2c
	.quad 0x4067f61b28eb43a4, 0xdfb3b21fd1f014e0
	.quad 0xc180000000000001, 0x40e0000000000000
	.quad 0xc4d72864939702cd, 0x0f6f6af8ffcafbbf
	.quad 0x73e8121affe90000, 0x8000000000000000
	.quad 0x6e4c4bea80000000, 0x8fffd120ff7b8b25
	.quad 0xe94e02a6ffbf5b28, 0x8000000037e00000
	.quad 0xcdaa26c139ddfe00, 0x6cf73e3f8194491c
	.quad 0x9e9eaac0f8ffffff, 0x7da2a334d9fbc32f
	.quad 0x2923e80bbf3407ff, 0xd9d674f347080000
	.quad 0x61168f7ec7800000, 0x878130c77fbe6598
	.quad 0x3f70fd79fbefcf88, 0x7fff538a6154046c
	.quad 0x80000001c080af85, 0x00000000c01bdab3
	.quad 0x88f6cc3bff800000, 0x46d00000ffc00000
	.quad 0xbe765598c1d70a18, 0x882a0c88e3514cbe
	.quad 0xc038000000000000, 0x802535838121b965
	.quad 0xc7eab08bf04407e5, 0x40212480982bc51b
	.quad 0xba88000041040000, 0xc2dbc7203b910b94
	.quad 0x25b3b7dcdacf7c00, 0xe6005af7ceb57d1a
seed11:
	.quad 0x000000000018dbfa
	.quad 0x000000031f9c49e5
	.quad 0xdea6f7d8eb6f7ea6
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0xffc4917180c36d5e
	.quad 0x106eb697be0ead53
	.quad 0xce132b305c9afc47
	.quad 0xfdd07d34b17be3b8
	.quad 0xffffffff80000000
	.quad 0x7f960940a054d31c
	.quad 0x391115c756cb470f
	.quad 0xd959d08833420331
	.quad 0x6355ff0f6beb231a
	.quad 0xbe26b02a95070cf3
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x0030ab4ec3848576, 0x7fc00000ff800000
	.quad 0x41f0000000000001, 0x4379cf3463f87c00
	.quad 0x7f8000001dec7f33, 0x806f63e11572e026
	.quad 0x8023a8b38007bc41, 0xf981369d41000000
	.quad 0x00200b02106e9fec, 0x8000000000000000
	.quad 0xfefa6d935ffe89bc, 0x798ca7a67fbf559f
	.quad 0xb8b2834d660b991d, 0x66446a0bce7d8fe3
	.quad 0xbed1c90aff800000, 0xd5a884aaffed3f80
	.quad 0x63f3df4b8098735f, 0x7fce83a883ae5002
	.quad 0xffdacb9fffbfe6fe, 0x08494167d0c28000
	.quad 0x4698000080ffffff, 0xff9b426f41d3c7c7
	.quad 0x0001dc5d78b37ebc, 0x1509a78547bffebb
	.quad 0xf98af914ff98589f, 0x979d9409ffc00000
	.quad 0x9cd8b045fc562fc3, 0x3840000041040000
	.quad 0x5378b5e2e68fb9b8, 0x7ff6ac73b9da9aa0
	.quad 0xc4a28000e1f51aa3, 0xa75b2d5a65e3b1bf
	.quad 0x68420ef87d25266f, 0x0000000000000000
	.quad 0x0c860b7ff5fdd5b7, 0xfff8000000000000
	.quad 0x7f8185a0dcffffff, 0x6565017fff3f4eff
	.quad 0x7ffc7a36ba3bf362, 0xc0b1cbc946cbb800
	.quad 0x7f7ca51bffd2c140, 0xf1a64fca7f7fffff
	.quad 0x800e9c78eecd5611, 0x7fc0000040536a91
	.quad 0xd8c52b7c1fbfebbe, 0x6f7df43e739aa395
	.quad 0xcfac6a85ff800000, 0x83ea8872fd997684
	.quad 0x29c7b001ec7c48c0, 0x7fefffffffffffff
	.quad 0x992981ece857fbcd, 0xfffacbb695b507e0
	.quad 0xffb8943a9996eff2, 0x002d0312be580c2b
	.quad 0x323ac0834fd18fd8, 0x5361ce7fddee8280
	.quad 0xf9d8f19240a00000, 0x30e687842479e9bc
	.quad 0x80f00c994fbbaf8d, 0x6b61784e46ffff3d
	.quad 0xfff1a229d3fd7b39, 0x817fffffc3d747fb
	.quad 0x00077f688b51a20c, 0x79dff69d5f476318
seed12:
	.quad 0x0000000000004ae3
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe57
	.quad 0xffffe34a49dd45a8
	.quad 0x0000000080000000
	.quad 0x00000000000001fa
	.quad 0xffffffffd8a9177d
	.quad 0x0000000000050f4e
	.quad 0x0000000000000004
	.quad 0xfffffffff67c51ac
	.quad 0xbb3fa35ebb4cc297
	.quad 0x000000000000033d
	.quad 0xf24247e251d819e1
	.quad 0xffffffffffffff56
	.quad 0xffffffffffffffff
	.quad 0xb2ee6b6f5837c32d
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0x54c5067e7f800000, 0x926fcf02a77308ba
	.quad 0x0000e33f45fa3c6d, 0x16199235fffdfe6b
	.quad 0xdf7fffff7ee3c79c, 0x51c8afe06c277c90
	.quad 0xfff1177f63026318, 0x6ec66032064d8000
	.quad 0xc49188c607f97a01, 0xbc8d760997066f03
	.quad 0xececb3b7fa76ffff, 0x152a6390a152ebc4
	.quad 0x412b75e4983fcd9f, 0xff8000005cc90fa0
	.quad 0x0000000000000000, 0x7ff8000000000000
	.quad 0xf2cda62e7a5e7e00, 0xd996a474f43ffe00
	.quad 0x691344c93d2a5a48, 0x10e7eeede0be83ff
	.quad 0x4057ac1bc77dc41e, 0xa097cabebdfbd566
	.quad 0xcb6f2393f2fdffcf, 0x034ef7fa9772265a
	.quad 0x1c727e44e820fdba, 0x00000000ff800000
	.quad 0x7ff0000000000000, 0xbfa2ec17ab60da6f
	.quad 0xfff6b5c4776046ef, 0x7f8000001dedab04
	.quad 0x319fdabbcff7ffc7, 0xc0ffffffffffffff
	.quad 0xbf9e2e5dc56e27a1, 0xe10b8c7c5380451b
	.quad 0xc447d82bbf2fd491, 0xc004ee915d166d1a
	.quad 0x59800000bd38677a, 0x4019000000000000
	.quad 0xfff0000000000000, 0x5ea7400cc36b5c2c
	.quad 0x7ff8000000000000, 0x96e92f13ffe041e8
	.quad 0xa98b4dc2ad427e00, 0x7ff8000000000000
	.quad 0x8edfd5b7dffffd35, 0xd70bfb37e42a8000
	.quad 0xfff1c47a04a4b72c, 0xc000000075d9a3bf
	.quad 0xfff8000000000000, 0xfff0000000000000
	.quad 0x0ab1cee46b9e3e88, 0x79dcb967fffffffe
	.quad 0xc1080000c7258000, 0x7fb6a6abc03232f4
	.quad 0x7f827f8c80000000, 0x071f1f45cdfe3b4c
	.quad 0xffb1da7880800000, 0xd686db0d11909f8d
	.quad 0x01a07223137448a2, 0xc079d98c6f3a47b0
	.quad 0x8000000000000000, 0x827bfffa75adf20c
	.quad 0xebf9d997f07f7be7, 0x807fffff7a459a60
seed13:
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff6d
	.quad 0x6b094c4394f2a11a
	.quad 0x8325bcf561ba544f
	.quad 0xfffffffffffffc1d
	.quad 0xfffffffffffffcae
	.quad 0xffc76573f21a99ae
	.quad 0xfffffffffffffd65
	.quad 0x146b17e9d31b4bd7
	.quad 0x3923e82ad7d3ae03
	.quad 0x0020000000000001
	.quad 0xefa0202ff92b8997
	.quad 0x85677617963dcfbb
	.quad 0xc2eef482cc827ea9
	.quad 0x903abde6f6bafe98
	.quad 0x0000006a73049484
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0xff7f7aeb674ab307, 0x00000000c0100000
	.quad 0x1d0af2cfffccefb7, 0xbd428e6bfffebf71
	.quad 0x3c800000bdb874ce, 0x800000004fc14078
	.quad 0x8000000000000000, 0xcb0175cadfff73e2
	.quad 0xffa6ae890f1e3335, 0x7ff0000000000000
	.quad 0x5ee8b8f2e40c5ac2, 0x81503a2f1f5df637
	.quad 0x7f800000ff800000, 0x0065cc5c00000000
	.quad 0x6bfc9e60efb236e7, 0xc01d000000000000
	.quad 0xfda57fb20ffeda04, 0x003c6a0c7facadfc
	.quad 0xc0600000fefa3dc7, 0xf681247c092f0000
	.quad 0x956b6dcc7de63607, 0x0de87fb7fff448c0
	.quad 0x4104000080000000, 0xfff0000000000000
	.quad 0x0034ab43f58cb08d, 0xfed2b8e5b9bb036a
	.quad 0x7f800000bb8d5738, 0x24c8c0c25cdf4fef
	.quad 0x14fccdbeb220fc45, 0x1970978b7fed58ff
	.quad 0x3e6f9e7dc2000000, 0xc026c0e2a3bd9e90
	.quad 0xbf4435ee3da1164b, 0xff5aec663c7cbf79
	.quad 0x2e269125d8758000, 0x1fffc62e49d20000
	.quad 0x721be3923ed4a7c3, 0x1eb2253effe7ff49
	.quad 0x3fdb0c8870e209f8, 0x3a13d0f185c484d8
	.quad 0xbc84dd387360a6b2, 0x7ff8000000000000
	.quad 0x4070d833dfd9f24d, 0x4f7ffffe00000000
	.quad 0x400e000000000000, 0x3f10e00000000000
	.quad 0x82dd58caffbe7ffe, 0x54ea7e5eb51329e8
	.quad 0x007b76857f83e858, 0xc07906f10a4a0add
	.quad 0x7ffbbd06989a9786, 0x40424d94cfea88ea
	.quad 0x604be75237abbf6c, 0xc0c06202c0a2eeb1
	.quad 0x3fd9c3d66497ee86, 0x00000000ffc00000
	.quad 0x0541d38affa5a54a, 0x59945b63bd5f72a3
	.quad 0x21b6a163c15d63ff, 0x3d977dc9f2667701
	.quad 0x8190ceb91fe975db, 0x7f34d6b000ffffff
	.quad 0xfff8000000000000, 0x00000000b93ff56c
seed14:
	.quad 0xd237fee9d6b14b26
	.quad 0xffffffffffffea51
	.quad 0xfffff1db3158a670
	.quad 0x66c63458d7576047
	.quad 0xffffffff80000000
	.quad 0x3c7f6a1b12c8fafc
	.quad 0xfffffffffffffffa
	.quad 0xffffffffffee44f6
	.quad 0x7c259c97ca406bc3
	.quad 0xe664c6e22287411f
	.quad 0xffffffffd66a424e
	.quad 0x133c2a5db64c58b3
	.quad 0xffffeeb246189702
	.quad 0x000000f189005574
	.quad 0xffffffffffffffc2
	.quad 0x6d648cb5598a0fae
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x7fa29218beffffff, 0xf96f80828e51cc00
	.quad 0x5fdc60285f800001, 0xc0f939f0be250453
	.quad 0x6d3836cdbf211dd9, 0x8000000000000000
	.quad 0xc10a0000c1867f79, 0xc004277affcadf07
	.quad 0x2f3f232fc4a70000, 0xe34559aeef181302
	.quad 0xc139868a3da043eb, 0x767b4787bc481d0c
	.quad 0xbfb81ff9c0107999, 0x7e9b04d56e8a893d
	.quad 0xbd7bf03980000000, 0x437ffffffffffffe
	.quad 0xc00c4cf75fdcb72a, 0x401d1270ffea3ba9
	.quad 0x76ed4648b9d5e6b4, 0x0010000000000000
	.quad 0xb14ffc7db2057da3, 0x45ad746d48c0d724
	.quad 0xbf2d000000000000, 0x411400000025f021
	.quad 0x802c8669807fffff, 0xc3e0000000000001
	.quad 0xfea9335e544d43a7, 0x0580b77dc02f18bb
	.quad 0x402e000000000000, 0x1226e523bd3759c1
	.quad 0x8004d650b2a4a298, 0xb9ef03883551b1c0
	.quad 0x7b6db8a6eec580f8, 0xe7909228fffc7fd8
	.quad 0xfff0000000000000, 0x0b973c092691343f
	.quad 0x7f91e02238200000, 0x0000000000000000
	.quad 0x408c000080400000, 0xc35fffffffffffff
	.quad 0x40a80000ffc00000, 0x7ff0000000000000
	.quad 0x11a47e9edfb28000, 0x00077fef6d5b019b
	.quad 0xbfa8b22d0a1c7432, 0x7f800000c0cc0000
	.quad 0x9b81757ae814f400, 0x8000000080000000
	.quad 0xbffffffee512781e, 0x4d6a3c0bd9ef44f4
	.quad 0x4006000000000000, 0x7f800000bce41a9d
	.quad 0x400000007b9eb8ab, 0x15e80bc8d93f2599
	.quad 0x9ede873b23021303, 0x7fc5c53b3e6aa9b2
	.quad 0x018b31891c74643c, 0x0753b769dc10c580
	.quad 0x8d2618959bb3fc00, 0xc0004a560b04cb55
	.quad 0xbb160000ffd6c1e4, 0x95a4f2ebf65faefd
	.quad 0x0000000000000000, 0x833022cdc44a1fb6
seed15:
	.quad 0xafb721418db9a2a2
	.quad 0x0000000000130fe2
	.quad 0x8018ac6003fffc85
	.quad 0x001f135293afa9d3
	.quad 0x00000000000000ae
	.quad 0x000000fc169c72ee
	.quad 0x0000000b79c354a1
	.quad 0x3cd5a6dd755c9975
	.quad 0x0000000000000000
	.quad 0xb210029ed8052b27
	.quad 0x316763e430525c7b
	.quad 0x0000000000000163
	.quad 0xffffffffffffffff
	.quad 0x000000000000005a
	.quad 0x0000000000000052
	.quad 0xfffffffffffffcf3
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0x15aa15a3e7aa8b61, 0x477ffffe7f2146e1
	.quad 0x810236705a702aac, 0xe539431decde4fff
	.quad 0x40e4800000000000, 0xb6800000bc98d15e
	.quad 0x0000000000000000, 0x11a2871f374efb44
	.quad 0x7efffffff1ef58d0, 0xff8000000dd5ab60
	.quad 0x4e7cd031798ad6ca, 0x730dcac59c7efe7b
	.quad 0x898ed77cda4c4810, 0xc04e0b7adf604a5b
	.quad 0xccd91c17c1f17a83, 0x14bbb1223ff8ff7f
	.quad 0x984df8f28468c74a, 0x003e7e53427a4970
	.quad 0x7fb5f534bfb8c619, 0x6e5f849e80000000
	.quad 0xffe8341acffffffe, 0x0000000000000000
	.quad 0x645c389e81567e00, 0x8020303510f12389
	.quad 0x67a17e80ffbbd77f, 0x2de3db1672af2be6
	.quad 0x5f80000181000000, 0x10a3845a71edfdc8
	.quad 0xc0600000c00021ca, 0x2f365155c5a57ecf
	.quad 0x00000000ef27adcc, 0xbfc370ebffc00000
	.quad 0xfff8000000000000, 0x541122012ac7fee9
	.quad 0x532e0c221ab08600, 0xed8e17cf3f7457b7
	.quad 0x47fbe18e009bccef, 0x67a23b7ddffffecb
	.quad 0xfeffffff4304f8ef, 0x3e27abad13740445
	.quad 0x22066060dfec8200, 0xad751f753a0ebfa6
	.quad 0xc22ffffffffffffe, 0x007e806ad2ff7df7
	.quad 0x3c664e6f3d7ed087, 0xfe8000004f000001
	.quad 0x8020000000000000, 0xa0824674cb9f7a9c
	.quad 0xffdd3b7e486192d6, 0xbbf4310d878980da
	.quad 0x7ff0000000000000, 0xbc62132bb8900000
	.quad 0xbdd167c258a05283, 0x2b27e7762ad2c493
	.quad 0x2c352117029a2e1b, 0x7983dd8557fffff7
	.quad 0x000b921e47000001, 0x3f739190bd852807
	.quad 0x8000000000000000, 0xc074765f20c94065
	.quad 0x0000000080000000, 0x0000000000000000
	.quad 0xffec80085a000000, 0x6df77e674cb7c955
seed16:
	.quad 0x0000000001000001
	.quad 0x6d604e229ebf7e2d
	.quad 0x17ef10bf454f4c42
	.quad 0xffffffffffc6ce56
	.quad 0x005e137794813c5d
	.quad 0x0020000000000001
	.quad 0x137a2919af68088b
	.quad 0xfe21b832d4da138a
	.quad 0x000000031845e3f4
	.quad 0x000000007fffffff
	.quad 0xd609f2eea4ac337a
	.quad 0xffffe17775bc043b
	.quad 0x73e62d957403c7ef
	.quad 0x0000002ed7dca4f2
	.quad 0xfffffffffffffc42
	.quad 0x77767eee529e48a8
	.quad 0x02400000
	.quad 0x00000000
	.quad 0x00000000c0000000, 0xbfbd22723beee75a
	.quad 0x7ff8000000000000, 0xc02d4565adc43bb4
	.quad 0x7ffa620b706fd3a5, 0x1448c3c5cb085e5b
	.quad 0xbd34f8630a941e6d, 0xbf7afc3563de34fd
	.quad 0xc549167e60137d18, 0x37d80000c34fefe6
	.quad 0x1a2364cf78decb3a, 0xc540000001a9431a
	.quad 0xc164f66241180000, 0x7fe7f498c3737d1e
	.quad 0xc030acafb319fba8, 0x7f5b676b00000000
	.quad 0xc0840000000e77a9, 0xc9357a1629b802c6
	.quad 0x7b24d3c10e374566, 0x7b85ce953aca0000
	.quad 0x413d255576fdb062, 0xc1f6f9047c87a452
	.quad 0x000c7344f3f1c6d7, 0x403df26300000000
	.quad 0x3f80000042968c9c, 0x4300239e41980000
	.quad 0x06f438aae479d3de, 0x0000000000000000
	.quad 0x81175ee11b68194e, 0x8008000000000000
	.quad 0x0000000081bd191c, 0x82af85b0b92ff4df
	.quad 0xbf17400000000000, 0x4011000000000000
	.quad 0x1003379393f02487, 0xa7a643546f97ffff
	.quad 0x24f606ee24769d3c, 0x3fd9a05b7bd7ff3a
	.quad 0xe026dcccffbf3fdf, 0x1367b5045f7ffffe
	.quad 0x11ac4e7f42409731, 0x40041e62e3866201
	.quad 0x54d309e4bf6abb49, 0x387a1c7e00000000
	.quad 0xc0269138a97d0dfd, 0xa7270876f6831233
	.quad 0x002fc5ab8a8f9973, 0x8000000000000000
	.quad 0x7fdcfa9a00000000, 0xbf8c1e5af6de6bcf
	.quad 0xbf76218609949801, 0x3f4ad7e07ff57d27
	.quad 0xcf701b66ab65ffee, 0xfeffffff4259dbb9
	.quad 0x10f0a8eeffc4a12f, 0xacf6f39165bb9d56
	.quad 0x4a56ce46fc481b4c, 0xfff36ca7bcf3cddf
	.quad 0xe58e48087859f801, 0xbf8a1f0d1e81e4e6
	.quad 0x7924d8dd80000001, 0x34a38c1347ffffff
	.quad 0x086ea0a36fc3256c, 0x7fc000000070a9ff
seed17:
	.quad 0xb6cd0d081aa22ab0
	.quad 0x1e1b1d093df31041
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe57
	.quad 0x4d140ef006d99ccc
	.quad 0xffffffffffffff5e
	.quad 0x1f929d35921b2eeb
	.quad 0xffffffffffffebbb
	.quad 0xda88ba45e10c9788
	.quad 0x47f4b09615a3c513
	.quad 0x7fffffffffffffff
	.quad 0x5e74247accbcfe87
	.quad 0xfffffffffffffdc6
	.quad 0x0000000000000248
	.quad 0x80762ee9f132f7f8
	.quad 0xd02828ac7dc61451
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x3216d882bcbe4500, 0xa7727a06b147fe00
	.quad 0x40980000af725a03, 0x4ee1774f6c587cab
	.quad 0xda61ee6420c132c6, 0x0000000000000000
	.quad 0xfff0000000000000, 0x5a7ffffebeb9a7bd
	.quad 0xd985042911254680, 0xc20c179780548507
	.quad 0xffeeaccc3e327a32, 0x5742c37f1de03d1e
	.quad 0xffd019da82b51746, 0xbc9a59347fc00000
	.quad 0x0000000000000000, 0xc0cc000000000000
	.quad 0x3fb7017f94bf5a5a, 0x0f0223d1bf0a3295
	.quad 0xcd53b2f21ca0f8c9, 0x7d82eaeef2848d3e
	.quad 0xbe78f1a8ad0ba9d3, 0x3ffc000000000000
	.quad 0xc0ee7f327f800000, 0x0087499c833e39d8
	.quad 0x4a1f7fa2a9def9df, 0x807670207fa88c7b
	.quad 0x4169afeed5fa1df6, 0x7992e419ffefef7d
	.quad 0xfff0000000000000, 0xbfafbccaa13371fb
	.quad 0xd15bca72b8b0fd20, 0xa0d416bcdf47d64f
	.quad 0x803bbe8c2189cacc, 0x08cf065d7be9faac
	.quad 0x3fc6fcd5fd4496ed, 0xc732f0f0bf7b7a5e
	.quad 0x401737454df6884c, 0xc2815314ffebfa99
	.quad 0x80000000feffffff, 0xc0123d7147e145e5
	.quad 0x405b5085d3e2832e, 0x9f3f9f56c382518b
	.quad 0x402181437fc00000, 0xbffd000000000000
	.quad 0xbc800000c31da619, 0x7ff0000000000000
	.quad 0xc3fd365840e00000, 0x2573fe8897d7abbe
	.quad 0xb86d860ce9e9bfee, 0xece9802c880fa300
	.quad 0x0c511331ea52b77f, 0x09cbf716ff800000
	.quad 0x954012f477ee70e5, 0xf1e71d2e563d7c00
	.quad 0xbfb1aada84e40200, 0x3fd758a06256d437
	.quad 0xe1f6aaedfffc7bff, 0x80000000af5f46d8
	.quad 0x80400000007fffff, 0xb71700005a7fffff
	.quad 0x7ff64d6c293a91d0, 0x7fd20e0f41f0e446
	.quad 0xc05d9e0f7f000000, 0x00d92acfc5600000
seed18:
	.quad 0x0607f95c134f63bb
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000e0
	.quad 0x0000014fe6722323
	.quad 0xa72567366b190749
	.quad 0x00000000000003bd
	.quad 0x8000000000000000
	.quad 0x1d4d58b050e03b6d
	.quad 0x89f0a6080fea5962
	.quad 0x80e7ed9127dbef99
	.quad 0x0001c63fa4be232a
	.quad 0xdb0087b04371b277
	.quad 0x00000f3679344009
	.quad 0x8ca7ea3b2d197841
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x03800000
	.quad 0xa0000000
	.quad 0x3fdd2a23709eb7d2, 0x7f80000040280000
	.quad 0x7f963da212bb8111, 0x2ce50d7c03bce261
	.quad 0x3786a802b9880000, 0xff000000ff802dc6
	.quad 0x83a41efd78504172, 0x95f6b8e821bbfc00
	.quad 0x4000000000000001, 0x8000000000000000
	.quad 0x90f420fe53fbbefa, 0x7e0a094dbfafff7d
	.quad 0x7ff8000000000000, 0xcfa739cfbc3325e2
	.quad 0x41fffffffffffffe, 0x389234aad223fda0
	.quad 0x3e08d0b68965fee4, 0x411800001a723f63
	.quad 0x7f916e6d547b0dda, 0x6e676805dfd3ebe3
	.quad 0x80048c91d74f66d9, 0x408c4b27ffde62cf
	.quad 0xbfd0000000000000, 0xc00fffffffffffff
	.quad 0x00000000bec657d0, 0x7ff0000000000000
	.quad 0xfffbfaf7f9f6fd6b, 0x2f0d76713ff37fd0
	.quad 0x00800000c2680000, 0x672a6bc432a9e974
	.quad 0xaab2e3fedffc8e21, 0x800000007f800000
	.quad 0xffb9a773a893127b, 0xea57512cf3ffffff
	.quad 0x470000004f800000, 0xc024cc3e8bcf49ce
	.quad 0x3fe2db585aeea2cc, 0x0000000000000000
	.quad 0x087c471fc06023f4, 0xfff0000000000000
	.quad 0x7ebe3a59ff800000, 0xc021800000000000
	.quad 0x8000000000000000, 0x0000000080000000
	.quad 0x7190eb44b4f5554c, 0x92b788aceccf7e00
	.quad 0x834e76e215b110fa, 0x6f946cf792cdb2d1
	.quad 0xbf33b938112dc25e, 0x831655d9ffca8d55
	.quad 0x00f0be0265153e91, 0xc00fdd9a89a65a79
	.quad 0x80079c863149c880, 0x636b22bddf7fffff
	.quad 0xc0d00000bdae0000, 0xd42e3f32b7fd045f
	.quad 0x012c09904f359671, 0x7f8000003bdf460f
	.quad 0x42ec736280000000, 0xb8339eae730b239b
	.quad 0xe0f45d06ffcdc000, 0xbd306b3effa681d2
	.quad 0xe8cb6f8788d6ff6f, 0x26b8c7c0501d51a3
seed19:
	.quad 0x8d39a840fa5c69ab
	.quad 0x0000000000000101
	.quad 0x000000000000030b
	.quad 0x000000074bdc510c
	.quad 0x2518112dd8c06c5a
	.quad 0x484aba4c46dff1ce
	.quad 0x0020000000000001
	.quad 0x0007e554b4aa27c7
	.quad 0x00000000ffffffff
	.quad 0xffff5c1d74444cdb
	.quad 0x000000000003784a
	.quad 0x00000000fe7ad34b
	.quad 0x0113438de71278e2
	.quad 0x0000000001000001
	.quad 0x00000000000001c6
	.quad 0xffffffff80000000
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xe36e7611e728fd74, 0xc000000000000000
	.quad 0xc01222c396007b99, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x384e2694bf7baf2f
	.quad 0xfff07577fe62e395, 0xfff6431b2658de29
	.quad 0x53dce1be1237fdc1, 0xa36028587f800000
	.quad 0xd63985837fef7efd, 0x6bdda5ffd7ac0000
	.quad 0x7ffd0ebbff8aca47, 0x41e75250c674ff28
	.quad 0xbfe9892fda966c80, 0xc23b8b3243b2655e
	.quad 0xcedddb9d7ef58548, 0x00b8e1d7bddff5ff
	.quad 0xff8000007f84aba2, 0xca611f369d6e76ed
	.quad 0x3f96e0e2bd9e503a, 0xff800000a5cf0a0a
	.quad 0x81e9856d355d7812, 0x80050bcb8c4b720b
	.quad 0x7f9501f63df9427a, 0x8000000000000000
	.quad 0x3ef9f6aaa2687c07, 0x144239814bbb2b2a
	.quad 0xa52185766ffda908, 0x400e126a7f1fb262
	.quad 0x0000000000000000, 0xe63e3f39df23fdfb
	.quad 0x7ffe074bb8fe6fb0, 0xffd21712f6a0ed1b
	.quad 0x0257d5f48d390060, 0x21abfb81d3de65ab
	.quad 0xc334a394eaa11ed8, 0x14da2a1a8b130800
	.quad 0xc8a9ad71c063d5ff, 0xdd2a6df00c9b3d60
	.quad 0xffdfffffffffffff, 0x0000000000000000
	.quad 0x0eaf7237541c7c00, 0xffc00000bd35a51f
	.quad 0x662373cdfc029559, 0xd62a4ed7bffa6ff5
	.quad 0xa5f906ebcfd244e8, 0xf1c31052016627ee
	.quad 0x0000000000000000, 0x9821725852c5e501
	.quad 0x6d74275cffb0b290, 0xdf0000003f000000
	.quad 0x8338dbc56920142d, 0x73b52e2af37fb2c9
	.quad 0x00000000ff800000, 0x401c000000000000
	.quad 0x412e7f817f800000, 0xc14140f14e840000
	.quad 0xc015000000000000, 0x7e708527dbaca542
	.quad 0xfde1284f89749b97, 0x56f39d65ef6defff
	.quad 0xc1aaddf68045a4de, 0x7ff0000000000000
seed20:
	.quad 0x0000003eb13a62b5
	.quad 0xfffffffffff2777a
	.quad 0x8a4eb36a072176cc
	.quad 0xfffffffffffffff1
	.quad 0x475ae6f06598faa5
	.quad 0x7d2d9c7fb6b6b755
	.quad 0xffffffff80000000
	.quad 0xffffffffffffe86f
	.quad 0x000000001bc03ea6
	.quad 0xfffffffffffffe5d
	.quad 0xff82c572e044dbe2
	.quad 0x0000000000000107
	.quad 0x0000000000003477
	.quad 0x000108263b706f8a
	.quad 0xe951df87881fe846
	.quad 0x1962b24fdbe32af2
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x4b3d639ccfaf92ff, 0x41768465bcbe9d8c
	.quad 0x55c3d89c7f976622, 0xc016000000000000
	.quad 0x1faeb694d77fffff, 0xe432419df97e5c9e
	.quad 0xbcd1dbbd5a000000, 0xe8465284762ffc00
	.quad 0x8000000000bb876a, 0xff000000fc9999fc
	.quad 0x8000000000000000, 0x4e964746be7cd01b
	.quad 0x47075b5e00000000, 0xcc2a6e7c13fdfc00
	.quad 0x309c5b818b3b4190, 0xbdf3c43240f00000
	.quad 0xff05b9a30d0af4f2, 0x76c9fd16c3619d37
	.quad 0x4d0f0998f3fd79be, 0x3fc00000fffaea45
	.quad 0x006fdbe12a8023ce, 0x00465f42d1df7dee
	.quad 0x000f738c4587b8b1, 0xb9c8d487c1100000
	.quad 0xc4dc66b044660373, 0x8000000000000000
	.quad 0x3fe7700000000000, 0x800000007efc468c
	.quad 0xac87392e56493b66, 0x00400000733a410e
	.quad 0xa56e357bc79b7b23, 0x5aeed0887fc00000
	.quad 0x9b49f167d6f07b90, 0x80e6a2f2dba85a60
	.quad 0x92bf9404c096e1a6, 0xbf9a021c657f5f3d
	.quad 0x7f80000040f00000, 0xff818f1396aee6db
	.quad 0x7fedc45f61f42baa, 0x3ff9aee32e984358
	.quad 0xe0fe0379d8f07921, 0x3fad000000000000
	.quad 0x8debb1799baffdc7, 0xfff4379d692f72dc
	.quad 0xd47fb5f00a16d932, 0x7f845cf6ffe0a9ef
	.quad 0x8da6642caf7f7df2, 0x7f8fa16cfeffffff
	.quad 0xcc7d3584feaffee5, 0x7fd341709cf51b27
	.quad 0x6f801b69bb6f4483, 0x0be7d3bbffdf1e65
	.quad 0x1b59e0bcffeffefd, 0x40f8000000e50d7e
	.quad 0x01261782ce49ae82, 0x9cf47b55fa3393d7
	.quad 0x41100000beaca5a4, 0x3f1f000000000000
	.quad 0x3d2b586f755beadd, 0x0020f85f4168a4c7
	.quad 0x0d1ec83c74613a4b, 0x802bc868bcabc007
	.quad 0x4000000000000001, 0xb4e49140fe902623
seed21:
	.quad 0x03c9a9721fc31832
	.quad 0x0000000000000001
	.quad 0xc51cf43d873266c2
	.quad 0xabdd900cb22aab29
	.quad 0x00000000ffffffff
	.quad 0xffffffffffec8bc6
	.quad 0xfffffffffffffe7b
	.quad 0xd2a53a60f8b66aff
	.quad 0x9779fdafc4a56627
	.quad 0x0000000080000000
	.quad 0xffffffffffffc168
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc50
	.quad 0x00000000000002d1
	.quad 0x000000000156e755
	.quad 0x1e6b5f7bac0ccd13
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x51828ee423c24b16, 0x3fc56333715676e9
	.quad 0x80ceed6ac1dfd491, 0xc194ba3965b86ab8
	.quad 0x89c346cc0825fe62, 0x82e56e193ee71a5f
	.quad 0x406bf44b54af6610, 0x41517dbeac628000
	.quad 0x6cf799e0c0e07506, 0xd02071ce02b10000
	.quad 0x3f8443c66defdf32, 0xffc0000041020000
	.quad 0xca7905bb5fbfc28f, 0x3f958e5bd38c98f1
	.quad 0x7215c45380400000, 0x117149fa9483e47e
	.quad 0xffc00000c137ca9a, 0x3ee4be8b81029b2b
	.quad 0x7f757bd39e95c9ef, 0x85106540ff803ea4
	.quad 0x7fbfd6957f800000, 0x0b9bd4e33d20222a
	.quad 0xae326b19ffd6f847, 0xfff79564a7cca421
	.quad 0xfa96171e80000000, 0x8f09b5ac7f87fbf9
	.quad 0x3f0000004162573e, 0xfff572ca0994cb3c
	.quad 0xd13d4d9b5fff7c98, 0x13ef1d900233a2eb
	.quad 0x7f911dd26a9aa603, 0xc343ee3c72baff48
	.quad 0xaae7f177fbb6c514, 0x17dae30cd557fd75
	.quad 0x7ddcccb21fecf2ee, 0x02cb6fd5718e8502
	.quad 0xbffffea841432edb, 0xf025c070788b9345
	.quad 0xfe7d499235e00000, 0x372739758e557400
	.quad 0x3d000000c1040000, 0x4069aa51e30086eb
	.quad 0x7ff0000000000000, 0x49be793ec7600000
	.quad 0x5cb13b3abe5bd9c2, 0x26fa89588e1a59f8
	.quad 0xa210a999bcd77c00, 0x24070662fb561c45
	.quad 0xec33c362fec6fbe0, 0x3f90e113ad4af2e1
	.quad 0xec830797c4b00000, 0x7fd37317017fffff
	.quad 0x001631627fed2369, 0xc0600000054bd14f
	.quad 0x8e9191b18db2ad5c, 0xbc061c1880000000
	.quad 0x988b3ab6bfc22de8, 0x6d034e93cbd7a76f
	.quad 0x80a70c9bc374608c, 0xc9598a637ffffaef
	.quad 0xfb05358cd6755ff0, 0xaddcea5700400000
	.quad 0x7f0000005f000000, 0x7c1b1b8b4f7ffffe
seed22:
	.quad 0x0000019d4b062ae8
	.quad 0xfffffb867b5484a3
	.quad 0xfffffffff4f72db8
	.quad 0xffffffff80000000
	.quad 0x000000068f0a4d63
	.quad 0x0000000000000001
	.quad 0xc3bc92eaca4c968c
	.quad 0x0000000080000000
	.quad 0x14591c12cf8e2fbd
	.quad 0x000000160129daed
	.quad 0x74c78d7206b275b0
	.quad 0x000000000000018b
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffefe855a
	.quad 0x623b3269a4427a4b
	.quad 0xfffffffffffffce7
	.quad 0x01c00000
	.quad 0xf0000000
	.quad 0x1c57d3974a5d9c2e, 0x7f8000003f800001
	.quad 0x1b82f3af7054658a, 0xc1fffffffffffffe
	.quad 0x00156e3436059704, 0x81780387eb783f50
	.quad 0x017fffff7f65c136, 0x730485cd16fffee8
	.quad 0x05c47944b68ef820, 0xbf808478fa73f44e
	.quad 0x800908b33f2445be, 0x8d97a36b007fffff
	.quad 0x3381285fffd7fe95, 0x0085133e00400000
	.quad 0xb77b44dd45f6be30, 0x1a06e57441affdff
	.quad 0x0010000000000000, 0xff800000ff800000
	.quad 0x3fb4000000000000, 0x000c7e7a4450d102
	.quad 0x7ff470d0c5e12bbe, 0x0264d8af94693d42
	.quad 0x0000000000000000, 0xcb3ebcdae53eab57
	.quad 0x4041957ae59cf2df, 0x3f6ce00000000000
	.quad 0xc072a6619379a2f0, 0x659148b5ceea46a7
	.quad 0xc07000009e4a25a1, 0xb92600eb7ffffffe
	.quad 0x0869214f817e83ff, 0x8dafd6a27fd6d803
	.quad 0x4dda42cdf4ffdf5f, 0xbff8000000000000
	.quad 0x8f9fe1fd7faa12f9, 0x1e94ebc02ac5fe05
	.quad 0x80494b8588ad206c, 0x82e1de118d0a695d
	.quad 0x4df7983bff926ca2, 0x800d5944fae64cf1
	.quad 0xceb35eb19eab7c00, 0xc1d68fd4bffee7ff
	.quad 0x7ff4feab9050f7f7, 0xbfffffff80000000
	.quad 0x7fded521c000bd0a, 0xbce497081192978b
	.quad 0x58843b0103bc3708, 0x3e9a343a410a0000
	.quad 0x0000000000000000, 0x7e4307c7bd7cf0ae
	.quad 0x7fdf69025cf960f1, 0x0f9a259447fffffe
	.quad 0xfff868836af6deb0, 0x81e2f5663c3a9041
	.quad 0x00000000418becf5, 0x6c0f489d4273025e
	.quad 0x7b1f262fffb1fa21, 0x970bfed087e98700
	.quad 0x4069cab9828a9cb0, 0x0522092c3252e1ff
	.quad 0xc2058000bf230c0a, 0xf20a4e7d18a718d5
	.quad 0x001531aaff800000, 0xfff0000000000000
seed23:
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x000000000000019c
	.quad 0x00000040da5472c4
	.quad 0xffffffffffffff7b
	.quad 0xd0bde8832ae14b40
	.quad 0x0000000080000000
	.quad 0xfffb45aad9636431
	.quad 0x7fffffffffffffff
	.quad 0x00000000000000d5
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd5d
	.quad 0xfffd6449f2381905
	.quad 0x8000000000000000
	.quad 0x54ed89a016e1bc92
	.quad 0xd7c971735da1ea84
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xbd29531a47800000, 0x031d1707f6baedfe
	.quad 0x1bb15e1f8fbab408, 0x5ed0b89a9efe8f5f
	.quad 0x013e31ff5a23c53f, 0x32bd61cf3d7ffb77
	.quad 0x7ffd4504f8ef6136, 0xda7d65063ebfcbef
	.quad 0x7f80000000000000, 0x3083e41ce39bb87a
	.quad 0x93ede7de8fcc005b, 0x41edcbb03e37ddff
	.quad 0xe5141c1b32722539, 0xcfb303f6b8ae1d6d
	.quad 0xc010000086ab422c, 0x1afd9bc41ca242e7
	.quad 0xffdbbf9a81803e8e, 0xf98145ed35c13fdb
	.quad 0x7ff2faa8e6b92bbd, 0x8048cebfbd98716a
	.quad 0x7f8f500bfb46cd75, 0x317a8fdcbdfd92ec
	.quad 0x7daf6e3f1120024b, 0x61e2c0f6ff974eb9
	.quad 0x001490e94513b25e, 0x00000000c064cd6f
	.quad 0x598000001609bfe0, 0xbd7d8e4080000000
	.quad 0xfff276c7d1b5a643, 0xbcf399337f85fdf7
	.quad 0x7fab07c944dc6fd9, 0x87be5fc329b91e40
	.quad 0xd245bcce74683ff0, 0x0078dcc8ecd08e6c
	.quad 0x4735dcc4893f3843, 0xbd4000003dd01986
	.quad 0xa968da98bfffcdeb, 0xc0046665a73017d7
	.quad 0x800d6c2d3658e8cb, 0x98f176a4a7aeb9bd
	.quad 0x000e057930097fd0, 0xe87590cda4f38200
	.quad 0x7f920a2a24e629ff, 0x0d92b322676afc00
	.quad 0xc0bc000080f6fdd8, 0x8008000000000000
	.quad 0xfc8c11f87ffcbd9c, 0x40c40000fefc49a9
	.quad 0x44bb68e7ff800000, 0x807d43a99fa980a5
	.quad 0x40ebf92669c94a47, 0x96749d55cff82ffc
	.quad 0xfff0000000000000, 0x896ef072da4921e2
	.quad 0x800d151b7833f1d5, 0xc012800000000000
	.quad 0x0e3e508ccf3f47fa, 0x018d2409471a82df
	.quad 0x4d8b78bac83744c0, 0x184ce27fbf5ed50a
	.quad 0xbfb4000000000000, 0xff800000ffa75d31
	.quad 0x40200aaf66cfb941, 0xc0435e187612b5cb
seed24:
	.quad 0xa9b63c884bb6b0d1
	.quad 0xffffffff699336c8
	.quad 0x7b7a988682294c08
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc40
	.quad 0xfffb1572bdeb5a63
	.quad 0x000000000000209f
	.quad 0x0000000100000000
	.quad 0x00000000000002e3
	.quad 0x000277dc448cb61a
	.quad 0xffffffffffffffe4
	.quad 0x78cf7f098f01cf88
	.quad 0xeb4ee9bce723f041
	.quad 0xffffffffffffffb4
	.quad 0xdb46e8f20957540e
	.quad 0x000000007fffffff
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x43f372b740b19624, 0x7fc04940c290e9a7
	.quad 0x4dc561cdb42a5f38, 0x916f2ee0fffffc9f
	.quad 0xffc00000c1885321, 0x41a0000095c6d25b
	.quad 0xed0703a67fc6112d, 0x007018079476864f
	.quad 0x7fecc5d4a56f669f, 0xc585af518de6fe6a
	.quad 0x3e527605416c3b3e, 0xe8940987e505fc00
	.quad 0xd13e6fb7b7c12ddf, 0xff800000820d7eb9
	.quad 0x93a797f8ffd89fb3, 0xfee58048fe5483b1
	.quad 0x03aecb6c6e09eee2, 0x40590eec18a3e56b
	.quad 0x9970b227bdf3ff7f, 0x3e4000001cd018c7
	.quad 0xecec1a52ad0b8287, 0x004145747f000000
	.quad 0x7ed10c04a60df6ab, 0x7fc0000078954146
	.quad 0x9d46f07b464f30ce, 0x410800003d569bea
	.quad 0x80e63ffd1ad02112, 0x823952c5f93e5d1b
	.quad 0xffd6ebd2a08e0ded, 0x5f80000147fffffe
	.quad 0x2402b4c6bfffffcb, 0x824cdc04ad999035
	.quad 0x7f443380ef6b64e5, 0xfff8000000000000
	.quad 0x3f46000000000000, 0xd0ff6e8c50d72590
	.quad 0x80000000ffffd702, 0x7f7fffffbecd8544
	.quad 0x024a3cb2f5faffdc, 0x44852c5b4b62680e
	.quad 0xff0954de3f1d629c, 0x6e8d3fde65f7a4ff
	.quad 0x422fffffffffffff, 0xa2968389fe29eb0e
	.quad 0x827b871cfd5d853e, 0x957a1c4288c9e545
	.quad 0x8dfcf9108c517c00, 0x874f29687258f963
	.quad 0x9682a82bb352fef7, 0x18094d368a35376f
	.quad 0x3e0ccd01120b8000, 0x3fe361781676c31a
	.quad 0x19c1cd41e67be251, 0x6090a5d0958f03ff
	.quad 0x0000648c15f38d12, 0xc7c1c48dffebffda
	.quad 0x4005e17bd0064d91, 0x6f5d82015ffcbe93
	.quad 0xff800000d4eb8c5e, 0xc023800000000000
	.quad 0xc070a34dc0c0b12a, 0xff945e4c3fe00000
	.quad 0x1e51cef41cb93ec4, 0xc010000000000000
seed25:
	.quad 0x0000000100000000
	.quad 0xfffffffffffc9b20
	.quad 0x000000001bf9f2d3
	.quad 0xd06e27f005645907
	.quad 0xfffffffffe4cc493
	.quad 0xfffffffffffffffc
	.quad 0x000000007fffffff
	.quad 0xfe4b03690fdaa81b
	.quad 0xffffffe8370aed89
	.quad 0xbc2ef8d3f1fc44d7
	.quad 0x5c7af07c6abc653b
	.quad 0xa9b9fc455599d2d6
	.quad 0xfffffffffffffde6
	.quad 0x9a9f86b8f2be6c4b
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x02400000
	.quad 0x70000000
	.quad 0x7ddeb6a6d789ae7d, 0x401b000000000000
	.quad 0xce5cced6fdc48beb, 0xb8ce1b34ad6b7f56
	.quad 0xfff0000000000000, 0x9f56ffb3538f4001
	.quad 0x4f800001bfc00000, 0xbf8000011b24ae0e
	.quad 0x76a78acba9351ebd, 0x7f95ac34411f1314
	.quad 0x7fc000007fc00000, 0xbff5c61586128656
	.quad 0xff800000fef467d8, 0x7e9f2eb2966fdc12
	.quad 0x2fa39ad13f747f7f, 0x0000000000000000
	.quad 0xb218dede892b830e, 0xfc91de8bd73ffcff
	.quad 0x8027b15780000000, 0x46b1f68effcf4f3e
	.quad 0xfff8000000000000, 0xffb892b801000000
	.quad 0xa2ad25bb226fffff, 0x7ecf3798e9c80668
	.quad 0x456c1c3084a07800, 0x433ffffffffffffe
	.quad 0x9355fbb32d6a895f, 0x263d4f1bad23b609
	.quad 0x655b892b7f7effb7, 0x30fc62bfea7e7c2d
	.quad 0x33e37fe6be5d808b, 0x4a6328dbd0817c00
	.quad 0x428401c98053dd53, 0x7ff417847e300535
	.quad 0x4045ea5ab148c280, 0xa6488f0695590000
	.quad 0xc028000000000000, 0x1a751f5f1d54d6e4
	.quad 0x3f1e1995349a7c18, 0x25a0b4f48032862d
	.quad 0xffcdfbad00000000, 0xfff0000000000000
	.quad 0xfd94ca6cf28e151c, 0x7fc00000ff800000
	.quad 0x1eeea040cbffb3dc, 0x8d7075be2351b800
	.quad 0xc051e8f20d48ea86, 0xff800000ff800000
	.quad 0xa628adeced0ee60a, 0xbfec03293e31a55f
	.quad 0xfffe06230426d5dd, 0x80000001fe800000
	.quad 0x453fc20d69579e14, 0xfebd9a255ce42988
	.quad 0x069e3c927ce827ac, 0xffdd6312e76b9be7
	.quad 0x55efe0febffb76e3, 0x7ff63320454fffe3
	.quad 0xb6445ffff76fedef, 0xc09000006119b534
	.quad 0xbf40000000000000, 0x3b05a767feff5db5
	.quad 0xb870000040a80000, 0x400a584235732705
seed26:
	.quad 0x0c0cdef945817c76
	.quad 0x72b68f2e5df4864f
	.quad 0x9d368022fcee88a4
	.quad 0xb10239e98853fbf9
	.quad 0xd6db5c2ea359e0a8
	.quad 0xffffffffffffff82
	.quad 0xdcd42a1fff82bc4a
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0xa441ac005bb223f4
	.quad 0xffffffffffffffff
	.quad 0x8506136323506ad8
	.quad 0x809d5d258eb41943
	.quad 0x44ae0ed4e2e2bdff
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x59201d97e76fd9a5, 0x00000000c3916f1e
	.quad 0x7f24705a9e927db5, 0x005d0679ff800000
	.quad 0x43e0000000000001, 0x9c90459754297cba
	.quad 0xc28000007f800000, 0x40222db37ce418e7
	.quad 0x003b4a9980000000, 0xb5d9dec8616fff20
	.quad 0x403e00007fbfe84c, 0xb15ac885ffdcc911
	.quad 0xfd8f2579d4e0d542, 0xff800000867e6b22
	.quad 0xb8e292fb76211fb8, 0x7e8e2a6b40200000
	.quad 0x5bf4dd6a97fefe11, 0x4121800000000000
	.quad 0x71edb18c71db7c9e, 0xace35b9a2c037e00
	.quad 0x33dfdc1ecd3fbf86, 0xff87c8e4000ceb84
	.quad 0x3fdb026fb7bbe608, 0x77026a797245b0ea
	.quad 0xc0f5fa44ba0540b2, 0x721f27f88a1cfd95
	.quad 0x26fa58bafd6eb80b, 0xb775ff915dd6fead
	.quad 0xa1c4d068bfe2cb37, 0xf68192cedb03fc00
	.quad 0x2e64102b0cd5fcc8, 0xbcf2c7c192b0c000
	.quad 0x0a0a06334cc0fc00, 0x5a291e66df420000
	.quad 0x7eb6e76e4dd6c60d, 0x82d537a73e06aa75
	.quad 0x3fbf898535c6059b, 0x7f88192bc10ae815
	.quad 0x942b9ec9ff800000, 0x7d8bc4731320d73d
	.quad 0x80000000ff800000, 0x801d5f4784d99eda
	.quad 0x4f7ffffe7f800000, 0x80000000bba87944
	.quad 0xac92a630a8a2bfad, 0x800d2c862a5be831
	.quad 0xbe1a4c5ed561de84, 0xfe9d5b2fbe6c8000
	.quad 0xc0010cdedc0457c3, 0x235ae735e4d1f874
	.quad 0x23a9619740f80000, 0xb624ff2f7fafbefb
	.quad 0xff800000ffaf3a61, 0xcae8e58adf800001
	.quad 0x0c5fddac7ad3406e, 0x8000000000000000
	.quad 0x8000000000000000, 0x8a15134808323a00
	.quad 0x404d8e73803dd1b0, 0xad122a951338fc79
	.quad 0xfe29d1142056a8b6, 0x8ae51560e9b93a00
	.quad 0x89c28068f23cdf7f, 0x3d404cfe00000000
seed27:
	.quad 0x961b5eae46e77ed6
	.quad 0x5d1fd7ef182b999f
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0xffffffffff56ee58
	.quad 0x0000000000000000
	.quad 0xe7ae2905921707e0
	.quad 0xe84aba58cf6ddf9d
	.quad 0xfffffffffffe5e1c
	.quad 0x9be729b79e9c663e
	.quad 0x00000000a9c719d8
	.quad 0x16385f667f020315
	.quad 0x8000000000000000
	.quad 0x92dd4133d369efcc
	.quad 0xf4e06bae665d3546
	.quad 0x072ee632195deb4a
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x7f800000c77fffff, 0xbd8bb6b2c1ffa9a8
	.quad 0x4849b81bfefd6b7c, 0xb126a074726a6485
	.quad 0xc03e969a7f5ee098, 0x3f77417882259512
	.quad 0xbf73800000000000, 0x4090000003b1ba4c
	.quad 0xc019000000000000, 0x80204d9dc6b6084c
	.quad 0x0000000000000000, 0x329e6c297baa07ff
	.quad 0x4330000000000000, 0xc081abfdbecdb20f
	.quad 0xe948e4233506249b, 0x3f5248e543469772
	.quad 0x8000000000000000, 0xc020800000000000
	.quad 0x40f0000000000001, 0xae6a929dccf5256e
	.quad 0xf26926b1bf26890d, 0x3ea787b57f800000
	.quad 0xad16a4d8ff9d0da0, 0x4697968413d24094
	.quad 0x106f19d4ffcfc3d9, 0x7ff8e58341287d0c
	.quad 0xff96c20051be936b, 0x0f6b5703fa79e700
	.quad 0xc9b8393fe793fd11, 0xffbeb80d00e2e265
	.quad 0x3f33c00000000000, 0x3f2d800000000000
	.quad 0x94ac4b4605e7f2bc, 0x80ff8984ff800000
	.quad 0x0aee1ca2ffefca03, 0x25586de08dc16fd3
	.quad 0xb9f408eb9dfeff35, 0xbfe4e00000000000
	.quad 0x0b1036c4958cef0f, 0x40722a7faa9c12c5
	.quad 0x5a00000180137ab6, 0xbe80b40d7fb4c37e
	.quad 0xffea3c6b0a83cff0, 0x41f0000000000001
	.quad 0x3fe9c00000000000, 0x000000003f800001
	.quad 0x43f630c018ed1652, 0xffc000007f800000
	.quad 0x7e8dc3d66b980677, 0xf9d2c19a6ff28000
	.quad 0x7ff3868cac890916, 0xfff13d36e50e6a49
	.quad 0x022d0e72ffcff862, 0xb4f742a1fdd777cf
	.quad 0x79e2c5f5007195b9, 0x0003c7ceeefedd67
	.quad 0x9bd5bb053def7fed, 0x16e9cad0cffc042a
	.quad 0xbbf000000d24fddc, 0x0023519dbe869b3d
	.quad 0x057068fc3e8b2e53, 0x43a92613599415e0
	.quad 0x7f8000007fa15425, 0xffbe7ef7d3eec489
seed28:
	.quad 0x4cb788154c25030a
	.quad 0x0000000002d0a05e
	.quad 0xa619d3677bf126a0
	.quad 0x0000000000000001
	.quad 0x1b5108a3fed94e6e
	.quad 0xffffffffffdcbe57
	.quad 0x0000006b8e432c6e
	.quad 0x562d22cea5eb82ab
	.quad 0x000000000004b0ce
	.quad 0xa5eb82e5ac698fe0
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x0000000043876a09
	.quad 0x56caddeb2a572a81
	.quad 0xffffffffffff371d
	.quad 0x0000000000faed85
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0x2196ce4dc3fe7bff, 0xdc8f2ab3ffffbdef
	.quad 0x43e0000000000000, 0x4023400000000000
	.quad 0xfffe31c4d2e68c28, 0x8000000059800001
	.quad 0x893c67f183366080, 0x5a01ba97e76e82ad
	.quad 0xc0e1dc1c0ccb47a9, 0x5a7ffffec0c1cb3c
	.quad 0x4650000000000000, 0x80038a4422887004
	.quad 0x8000000000000000, 0x41080000c10c0000
	.quad 0x000fb1589aeba639, 0xf564c441feffffff
	.quad 0xfe6e6daf7f800000, 0x805ffe9d3d052c4c
	.quad 0xc2dd89f47f800000, 0xe24af7e000000000
	.quad 0x900d632b80000000, 0xc0794d296e67001c
	.quad 0x7fc000008daf5487, 0x32b6282bf87dffbe
	.quad 0x151004edc4e7fc5e, 0x1ef94f1cbc8be43c
	.quad 0xba200000807fffff, 0x401e000000000000
	.quad 0xbec80000000911eb, 0x89f9b16cdcb1c681
	.quad 0x8000000000000000, 0x831730b67fe0231e
	.quad 0x6ee8d0aaff7cce92, 0x034b4dc6ec901589
	.quad 0x01000000ff800000, 0x402d65bc6dce25b3
	.quad 0x55e191da56225c58, 0xbfcd016648f045a4
	.quad 0x3fb743ae54136905, 0xbfd0000040800000
	.quad 0x4023c74674c512e6, 0xd61f8619c1fc0000
	.quad 0x0c2324207fc00000, 0x3f8e7cad3c51bdf0
	.quad 0xad8618dd7fe284a8, 0x78ec03c569251702
	.quad 0xc05194527606b989, 0x7f8000003e22745e
	.quad 0xbf640000c3300000, 0xfff0000000000000
	.quad 0x2ee40f1c7ffd7d8a, 0x7ecd9947e4063aa0
	.quad 0x3bd0acdcbf7c7e8b, 0x583abda6bf0881a8
	.quad 0x291decd5d350771d, 0x102de198ff7bfed5
	.quad 0x3a353d5e68924584, 0x4cdb93eccac9458b
	.quad 0x8000000000000000, 0x64bda3f31309be73
	.quad 0xb678adab292e16b6, 0x5099afe957e5ad41
	.quad 0x47000000bf0935bf, 0x6c38ad627e7efc00
seed29:
	.quad 0x8374b2b7c02e05a6
	.quad 0x00000000000003c6
	.quad 0xd5c86e40fabac0b6
	.quad 0x00000000000001ab
	.quad 0xfffffffffffffc5a
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0xfffffffffffffffb
	.quad 0xfffffffffffffc9e
	.quad 0xfffffffffffe4b18
	.quad 0x0000000080000000
	.quad 0x05e42c27efd628ad
	.quad 0xffffff0bd3feabd0
	.quad 0x0000000000000124
	.quad 0x0000000000000177
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x7ff8000000000000, 0x34a23825a8828000
	.quad 0x800e953e80000000, 0x12cce34b0f9649f3
	.quad 0x0ee70af4788a22fb, 0x06bf1e3c565fae58
	.quad 0x5abb8079c2aa3760, 0x4b3488ac5c295ef3
	.quad 0x0007346deffd5596, 0xc2257938bf5f17f3
	.quad 0xe9fd02c3f5f44740, 0x7ec7931f7f720c97
	.quad 0x019fabda8b9ffe20, 0x806ff4e6ffa45f88
	.quad 0x7fd0000000000000, 0x8531aa7acbcfff2a
	.quad 0xc07eb2eefffff6fd, 0x409f83dfbff8a853
	.quad 0x80041586f12a5d92, 0xf4bb289ba37feffe
	.quad 0x523f9867ad053000, 0x116a944078e1cf3c
	.quad 0x072c77ebc42eaa1b, 0x7ff0000000000000
	.quad 0xff80000080800000, 0x3f75a8bfe9786a43
	.quad 0xffe78ab00b3bfd53, 0xd9882fb3000c7c00
	.quad 0xf0868077f568fc2b, 0x3f6af00000000000
	.quad 0x800000007ff2cc00, 0xacd3e0e7fbbffbff
	.quad 0x007fffffffa4c8f6, 0x335a4e7b505b77ff
	.quad 0x2dc2379dfdfb79fb, 0x88bd521c00000000
	.quad 0xbf7119a6ee0b6cee, 0x0d1adb031c48a6ec
	.quad 0x7fc0000096268fc4, 0x800ca821fff348a8
	.quad 0x7ff0000000000000, 0xed19412ebfdff5f6
	.quad 0x197cb27ebf1e7890, 0xffdfffffffffffff
	.quad 0x88d0d31a2bebd977, 0xbf7bc655cedfb7f7
	.quad 0x40cc000080000000, 0x4040000080000000
	.quad 0xbff0000000000000, 0x66d6c6d527badef4
	.quad 0x8ea8b5e9ffe4fbd8, 0xc4600000bc6a1a9a
	.quad 0xb908000084637995, 0xd67c8c204fffffff
	.quad 0x7ff0000000000000, 0x00056ae0b5c10d2c
	.quad 0x1fcf3d110f18eb19, 0x8cdfcfe21c30711b
	.quad 0x777f0d7abc628ee8, 0xf5a8e1a80d5883ab
	.quad 0x025799dd886ba558, 0x40ffffffffffffff
	.quad 0x1339002c171f926a, 0xffb2d7f13cce98f0
seed30:
	.quad 0x0a7cec395cc4698a
	.quad 0x000000000000018b
	.quad 0x9d06368f49770ccf
	.quad 0xffe04026f52e6123
	.quad 0x1aa42014faf3c9cc
	.quad 0x518d585739721750
	.quad 0x00000000ffffffff
	.quad 0x000029eb15d026ce
	.quad 0x000000007fffffff
	.quad 0xcc426cf1fe6e1d18
	.quad 0x0000000000000290
	.quad 0x8000000000000000
	.quad 0xfffffffffffbbba6
	.quad 0x0000000000000306
	.quad 0x00000000000000b0
	.quad 0x1869ea6e6d495a4b
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x7f800000a83c567e, 0x8040000080017cec
	.quad 0xafa5aebe436f5f66, 0xfd99882ee5f55bbe
	.quad 0x4be748fdfff59f7e, 0x0000000000000000
	.quad 0xadbb5381a758cb6d, 0x3fcdf525efbc42fa
	.quad 0x3f7f29dcff907e3b, 0xfd421e2702a9f404
	.quad 0xd741e665bfeff77d, 0x7fb6bf40407fffff
	.quad 0xfc6ffba0c58c03ff, 0x5f000000ff800000
	.quad 0xc010800000000000, 0x7fb8e37000000000
	.quad 0x7fe0000000000000, 0x356ad64da1a0f5bb
	.quad 0xbef8000000000000, 0xe05b2b26738e8610
	.quad 0xfeda69c0af86496e, 0x40d8000041ba593c
	.quad 0xffffd36aa71ac0cc, 0x0000000000000000
	.quad 0x1afc913affdf3b88, 0x80762d23410f7b81
	.quad 0x9e831d17dfdc7b30, 0x001fffffffffffff
	.quad 0xfda59d1e4200af31, 0x000000004433bd87
	.quad 0x7e4d57048226fd65, 0x8e0305c87f9dc372
	.quad 0x5388637e1413c860, 0xfa8955745dee7c90
	.quad 0x7ff50e4ea068475b, 0x0000000000000000
	.quad 0x6b8843cdc6cab86d, 0xfdeeaece8441a93b
	.quad 0x5361e862e3ffce9f, 0x8ddef8ecfff9a3c0
	.quad 0x96e2f32abcc0fdcc, 0xfc9273e6a14bffe3
	.quad 0xbfa5654bb7948a1c, 0x003e45b0b46dce98
	.quad 0x7bf8161755f0d8de, 0x429076a1c7800000
	.quad 0x802f2dfa8f846b21, 0x00c700ce7fb27d45
	.quad 0x118eb4017e87e396, 0xf0e5ebe0e7facfe6
	.quad 0x3decd25059800000, 0xbf883540d9e7813d
	.quad 0x3db53f03ffc00000, 0x8000000001000000
	.quad 0xbfb00000b7807ebe, 0xbbad4afb7fe6a7b7
	.quad 0xfff3f459c87b7f7b, 0x8b7059967abf757d
	.quad 0xbfffffffffffffff, 0x4de858e0c909499e
	.quad 0xfff4a289764a3b8e, 0x40743e2e31232858
	.quad 0x2ea6ba767d95adda, 0x00000000391f0000
seed31:
	.quad 0xffffffffffffffc1
	.quad 0xacae4fb8da8ee6d0
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffdc2
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0xffffffffc74d640a
	.quad 0xf0651bad665969a6
	.quad 0x0000000000000035
	.quad 0xffffff53e0455600
	.quad 0xaabe0c6d7cc375c0
	.quad 0x0000000080000000
	.quad 0x6ca7ca598d6fc240
	.quad 0x000000007fffffff
	.quad 0x000905c45ca923ef
	.quad 0x000000000000019e
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x8000000000000000, 0x0fff569d56020355
	.quad 0xd73cf84b47aea19c, 0x7f80000070855645
	.quad 0xc021800000000000, 0x000edc1d58826f0d
	.quad 0x8e3a7875251f7fd3, 0x81647e4440ac0000
	.quad 0xec8a97cd4ffa9df9, 0xda7eae21be4c00a9
	.quad 0x0894808dc312f6ca, 0x5f8dea6f495c130c
	.quad 0x3f00000000000000, 0x67136621c7414006
	.quad 0xf6bbc37fbfa1727e, 0x2d5df8f22fedda76
	.quad 0x846dd60c7fc00000, 0x800000005f800000
	.quad 0xf042613975dad498, 0x0000000000000001
	.quad 0xbff767d500000000, 0xf686b6eac9980000
	.quad 0xfff8000000000000, 0xbfc6577e2d89cc77
	.quad 0xb9a1b73bfffcea94, 0x41e0000000000000
	.quad 0xff8273b18026110b, 0xf3035806002d2392
	.quad 0x42a45ceffdbbfd7e, 0x00000000ab34ba4f
	.quad 0x4083400000000000, 0x487f8000f37e5ac6
	.quad 0x8000000004735968, 0x40111ac6746b3f61
	.quad 0x40078beeadf9b1da, 0xbddf1e644f000000
	.quad 0xab776ac7cf1e8dbf, 0x3fe4000000000000
	.quad 0xba0167af07e5afa5, 0x199f4f6138bc8000
	.quad 0xff80000000c540c4, 0xc060000080000000
	.quad 0x7ff3e6d9d733f606, 0x3d9a268f0019cb64
	.quad 0x802fffffffffffff, 0x223805abfffeff7f
	.quad 0xbdeee71a1c7f8500, 0xe769741dfffb8c74
	.quad 0x358ad65cee533da8, 0x817fffff00000000
	.quad 0xfff104ad0b819c78, 0xdf36761a8a578272
	.quad 0xc3a9d5d49facfc00, 0x8000000000000000
	.quad 0x3f99c34118ac3b50, 0xc77ffffeb6000000
	.quad 0x7f800000c4150221, 0xff1d3661abed9b83
	.quad 0xd748b80f3cabf7e6, 0xbe3ff16973c48f37
	.quad 0xc009000000000000, 0x80000000ffc00000
	.quad 0xc600cecc6ad687a3, 0x0020000000000000
seed32:
	.quad 0xfffffffffffffff5
	.quad 0xfffffffffffffbf3
	.quad 0xffffffffffffffff
	.quad 0x00000000004299c3
	.quad 0x0000000100000000
	.quad 0x0000000000000343
	.quad 0xfff90ea6dae37a4c
	.quad 0xfffffffffffffe62
	.quad 0xbcc0dac90764c2af
	.quad 0xb99559be94217402
	.quad 0x0000528b056dc6eb
	.quad 0xfffffffffffffeb4
	.quad 0x3ca81f0ad63b8b32
	.quad 0x0000000000186e8f
	.quad 0xfffffffe2ed0f8f1
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xa597663f8fef929d, 0xb72dd74c27bd8000
	.quad 0x4780000000ffffff, 0x40519c3c10628a66
	.quad 0x7f8000008337ca44, 0x3fb1365088305004
	.quad 0x76f665727e410179, 0x5cc1240cb558e2e3
	.quad 0x097b5b7acefb7f7f, 0x7f4932b1ff1243b9
	.quad 0x9645c840fbeffebd, 0x2d59254f93960000
	.quad 0x3f80000000000000, 0x2c8fb3e5b6af180b
	.quad 0x53ac2a87f39b82e7, 0x304620d63540ac51
	.quad 0x4034000000000000, 0xef4f1471ffdfbafe
	.quad 0x406213d75ae090dc, 0x002fe1aa32684354
	.quad 0xa1747d25ae89c800, 0xff800000f99da5cd
	.quad 0x800000002441ba0f, 0x1c6c1f053fffffff
	.quad 0x2034902eafeffffd, 0xffd85395d40e771a
	.quad 0x81d45b80badfde7e, 0x0020000000000000
	.quad 0xcf998a72ebaf7fef, 0xbf9831c000064730
	.quad 0x6ce0036fffc8e854, 0x55732b9863e88785
	.quad 0xc0680000fe2ed8ca, 0x3f72000000000000
	.quad 0xc0a800009c7b99de, 0xc023800000000000
	.quad 0xc357c7fd3d0c0000, 0x949aa5527f81d48e
	.quad 0x74c1e680cb03f703, 0xc8a3446222eb7e63
	.quad 0xa9c0df5f7fdca875, 0x06f07a6a0074f067
	.quad 0xfff0000000000000, 0x6d7b5011d6577ffa
	.quad 0xe8c6943e7effffff, 0xc2060000c0e00000
	.quad 0x09f3501f3bcfffbe, 0xf2073da27f000000
	.quad 0x027fefb41ed14fa3, 0x4048000000000000
	.quad 0xaafd6514ffd467a1, 0x801502a2da08c4b4
	.quad 0xed72cee57effffff, 0x7a92817abbaefff6
	.quad 0x7ff53e17aa16c594, 0x7fec852a01041bf4
	.quad 0xda5bc6b516aafc00, 0xd9ffffff4b23cfee
	.quad 0xc00782907ba3a987, 0x1b75bc6b56b51e7a
	.quad 0x0000000000000000, 0x80000000717ecca5
	.quad 0x4010000000000001, 0xffa4b15540280000
seed33:
	.quad 0xffffffff1bb703cd
	.quad 0x4ea873da1672340a
	.quad 0xffffffffad45c7ec
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0x000e9287c5607fc9
	.quad 0x7fffffffffffffff
	.quad 0xffffffb9db4aa19f
	.quad 0x000026b6844dd468
	.quad 0x18a9764bc7bc5917
	.quad 0x000000000c95b198
	.quad 0x09d4e0bb024af8e5
	.quad 0x0000000001000001
	.quad 0xfffffffffffffda9
	.quad 0x0020000000000001
	.quad 0xf8a83062f943e7f7
	.quad 0x05400000
	.quad 0x60000000
	.quad 0x7f800000ffc00000, 0x80000001d485a99c
	.quad 0xbf772d6116c21935, 0x8070fae5c0300000
	.quad 0xe46170e73ec47c00, 0x00ddffcc469751da
	.quad 0x000db3f2e4774c65, 0x43fb0000f798f1dc
	.quad 0x42a1ddfef32a3fd4, 0xc01390b32dd652c2
	.quad 0x8000000000000000, 0x7ff8000000000000
	.quad 0x7c911f248ba6e7de, 0x8000000000000000
	.quad 0xc0562cd78151a4f6, 0x40c506dd1ce363aa
	.quad 0x68263583b703def1, 0x4e8711cbdef7ffb2
	.quad 0x3fd1eb2c7fc00000, 0x0f7ed6c374118000
	.quad 0x295a0b87f7e7cf7b, 0xbeb8000000000000
	.quad 0x405fffffffffffff, 0x3d90ae87efa74080
	.quad 0x60b927b137ed7e00, 0x3fa6a56cbdaad5fa
	.quad 0x0c9ebcad62b90800, 0x3e1c000080800000
	.quad 0xffc000007f800000, 0x3f97696affffbb9b
	.quad 0x42421a7c40d40000, 0x01390938af411a81
	.quad 0xfd7bf8f5a7ba1ce5, 0x470000003c7e7e1b
	.quad 0x80000000814b3625, 0x6e0817c8d2beb28b
	.quad 0xfff8000000000000, 0x2a3eab00bebb8dfe
	.quad 0xfffaa118ce397937, 0x7039ce969f4a8000
	.quad 0xbffe3a5c090f364d, 0xdcdabbf4fbe4edbf
	.quad 0x002fffffffffffff, 0x66f16f0dffbffffb
	.quad 0x29a8c0ceff800000, 0x65dc1762e62c8000
	.quad 0xc05de919b9f0a799, 0xa22e8001ffa07896
	.quad 0x7b96f1ad96ffaeed, 0xfff55b877ceb7489
	.quad 0xdacce4f8f3362bda, 0x24f01371e6128684
	.quad 0xbeff500000000000, 0x043f44c1cfeafe00
	.quad 0x0008000000000000, 0x8af458bd77cffcbb
	.quad 0x409692763ab7b398, 0x1de7acbdd6e20000
	.quad 0xc006200000000000, 0xa34376b8d1bbfbbe
	.quad 0x394d3727ce5b7b3b, 0x4340000000000000
	.quad 0x5a04c5d2ffdfc76e, 0x41316d9a4f000000
seed34:
	.quad 0xfffffffffffffd0e
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000186
	.quad 0xaae30ce329a9dcfe
	.quad 0xffffffffffffbccb
	.quad 0xfffff8326bf1a6cf
	.quad 0xfffffffffffffd32
	.quad 0xcc244d8eca9e350e
	.quad 0x0000000000000236
	.quad 0xfffffffffffff4df
	.quad 0x4c21cc19cfe9dd6b
	.quad 0x0000000000018740
	.quad 0xfffffffffffffea0
	.quad 0x8000000000000000
	.quad 0xffffffff401da0ff
	.quad 0xfffffffffffffffc
	.quad 0x03400000
	.quad 0x20000000
	.quad 0x4022800000000000, 0x802fffffffffffff
	.quad 0x3e2dc6f5c0f05e32, 0x520a11a3e345af49
	.quad 0xb7683896fb5e42de, 0xf0efc9284835fe00
	.quad 0xfff8000000000000, 0xc07fa67678499980
	.quad 0x4fe5ce343ef6ac67, 0x35c48479bd1ec96c
	.quad 0x3a51e5e87e3bd29b, 0xf4b9a010c3bde903
	.quad 0x7f056c72c1a72446, 0x64419eb4fdf7fbfc
	.quad 0xde238db3cefb6fef, 0x0000000000000001
	.quad 0x7eead311ea5dbcc6, 0x3fe8000000000000
	.quad 0x7ff9894c91e8a676, 0xfff4eb720604993e
	.quad 0x807ffffffeadf093, 0xc0a692293ed7b1ce
	.quad 0x9ab524797fc00000, 0xffc0000016107e44
	.quad 0xc021000000000000, 0x7361808f3a4bdc2e
	.quad 0x008000001ac39f1b, 0xc7ca5024eafdc6c0
	.quad 0xae210857c36402d4, 0x32809e16a415293f
	.quad 0x411000001c479ec7, 0x888709497fa03800
	.quad 0xfb513a1ce8fffffe, 0x60ca0b31db22278e
	.quad 0x60797a8df3defd55, 0x8000000000000000
	.quad 0x393dbf2d4cf86669, 0xcea4a22ee08e125b
	.quad 0xbe505f34f818ac2c, 0xfe6ce5b1c02fb557
	.quad 0x80c26a9effbf7fff, 0x8008000000000000
	.quad 0xbff3dd8e7bcb283b, 0xfff8000000000000
	.quad 0xe5f887f227affe00, 0x78a6c2b51941b97f
	.quad 0x8083251dce787c00, 0xc07523e8c95c49d7
	.quad 0x8000000000000000, 0x00096bcc1d291684
	.quad 0x411dc00000000000, 0xfff0000000000000
	.quad 0x86c20df3cffefddb, 0x414373a000ffffff
	.quad 0xdf800000ffc00000, 0x878771096331fc00
	.quad 0x8007c8322f55ef8a, 0x3f68268c7f800000
	.quad 0x407bc3f59cd9a8e0, 0x83c3d6adf6c36e65
	.quad 0x6a617fb2ffffc57f, 0x7ff5a6434b694b04
	.quad 0xf0b8f5eb7fec22d7, 0x3fe7ffce23c29f2b
seed35:
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x49f5b876c93e58a0
	.quad 0x0000000100000000
	.quad 0x0000000000016161
	.quad 0x36f5b0f0b3a21a27
	.quad 0xfffffffffff60e1f
	.quad 0x000000067e04bfeb
	.quad 0x901c41805b441f77
	.quad 0xfffffc09736b0cf7
	.quad 0xe91b56ffdd796075
	.quad 0x0000000100000000
	.quad 0x0000000000057324
	.quad 0x00000b5c17aff60b
	.quad 0xfffffffffffffea2
	.quad 0xfffffffffffffdbd
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xe98a7f51507ff7bd, 0x3f7e33296ea29821
	.quad 0x00074bc5af477526, 0x8874685c7f9b98d8
	.quad 0xc062000000000000, 0x42340000303e13d6
	.quad 0x8000000000000000, 0xff8e698102841400
	.quad 0x0e47eae5440adc25, 0xff800000627fffff
	.quad 0x800fffffffffffff, 0x0337a75668ad00be
	.quad 0xdf6a6c8fa0eb53ef, 0x69a79c10df7d4bfb
	.quad 0xfe1bc4f9ff0eb7a6, 0x3d5d2ced972966a3
	.quad 0xfff0000000000000, 0x00000000f497f280
	.quad 0x819f04f70257ade4, 0x083c18b983bebea9
	.quad 0xbfb0000000000000, 0x4cc09aabda824da0
	.quad 0xa443a38caa7dfffd, 0x7fef86ca94e24651
	.quad 0xfff0000000000000, 0xffa44d3f80000000
	.quad 0x0000000000000000, 0x0fc3c059eaa2b380
	.quad 0x3eb2000000000000, 0xda6a0108cfefff7f
	.quad 0x40ddc9617f8879a7, 0x2befd3967fa50ab1
	.quad 0x401cf00000000000, 0x1d6e234a7f000000
	.quad 0x9366b6c100400000, 0x0000000000000000
	.quad 0xc6557af2f93ffb23, 0xa876f679edb7fb39
	.quad 0x7fd8806467981c04, 0x93e28b61fef77f6b
	.quad 0x2cf20e4180000000, 0x3df2da4a18bd3c15
	.quad 0x404984a461819c6b, 0x71c2b6b3ff800000
	.quad 0xb5c000003e081ab7, 0x00033d570acb292f
	.quad 0x4e1c4314d72e4087, 0xdf7ffffffb26e89a
	.quad 0x6a1282887c39f1f8, 0xfba81f1aa6a67891
	.quad 0x956992c7ffbc79fb, 0xf3c0cf087fdc4af1
	.quad 0x43bf18750047020f, 0x421c273cbbbefe00
	.quad 0x2be8fec100000000, 0x7948f709c2541f63
	.quad 0xbfbdd498156cd029, 0x3d64af87ffeb8d2f
	.quad 0xfdd58595bf0bcdf6, 0x7ee2a6b803682cb4
	.quad 0xef8620bbbf800001, 0xfff94300465b1976
	.quad 0x0000000000000000, 0x96b7eaae64d0fc00
seed36:
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffff9c8bb
	.quad 0x8853913c5090bda4
	.quad 0xe622364e8f712776
	.quad 0xff94dc988a828992
	.quad 0xd1dd1280f9df957b
	.quad 0x0000000000000390
	.quad 0xffffffffffffff5c
	.quad 0xfb24d5b651e60b0b
	.quad 0xffface08cbddaba4
	.quad 0x00000000013c5223
	.quad 0x0000000000000000
	.quad 0xffffffd3d8198427
	.quad 0xf73fad6dcbb8baae
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0xbfa17cd42306bcd9, 0xd13f7f88ae66a6a1
	.quad 0xb3f3d460d27ffffd, 0x7eebd45ebda934e0
	.quad 0xfff8000000000000, 0x407247599c8e0f5c
	.quad 0x1fe04fad0468be00, 0x4014000000000000
	.quad 0xa297adb486d97260, 0x0000000080000000
	.quad 0xc14c538c7fc00000, 0x7f7af93a121e07b1
	.quad 0x7f80000038600000, 0xdd4fefd3f736fe00
	.quad 0xc0741c76804480a0, 0x4d2c3a917f800000
	.quad 0x8087bac346639d8f, 0x8baf656ca26956ca
	.quad 0x41ffffffffffffff, 0x027cdad07ffedf89
	.quad 0xed22b01effc00000, 0x3f0033c5f7dec223
	.quad 0xc723c4e4e15017d9, 0xbfe6a00000000000
	.quad 0xffc8350f833af48a, 0x00000000c2aa8c2e
	.quad 0xfdf40c01931cb0ec, 0x2d44067d8c60ba00
	.quad 0xc03ad00000000000, 0xffe0000000000000
	.quad 0xbce70bfe42dc71d9, 0xb605981db2968f00
	.quad 0xe270190a7f490001, 0x34ebfd8f7ff80000
	.quad 0x7fb21206372c0000, 0x4060000001000000
	.quad 0x447800007f81a545, 0x0dc9f9f2be7fffff
	.quad 0x40317fc6d34101dd, 0x53bec82ed2503974
	.quad 0xaf794568ff4fef7f, 0xd63a3ca3788a6db5
	.quad 0xc15a61b0803fbb32, 0x00000000bcbda36b
	.quad 0xbfb29c15368f5107, 0xffefffffffffffff
	.quad 0xfff2b5a711897090, 0x04610b016064f5b2
	.quad 0x426c3a4700000000, 0x99acdf66ffb3320c
	.quad 0x10cf70c67ffd7c00, 0x4d0000007f82c25c
	.quad 0x25e4c43b5f76fa7b, 0x77ffa864ffd7ebff
	.quad 0x7fb07a237f800000, 0xbde16b507f800000
	.quad 0x7f80000000000000, 0x7fff2ae5377b2118
	.quad 0x000ecf0f803a3481, 0xc3da1acc9cbd99a7
	.quad 0xfff320f08067b999, 0xc019000000000000
	.quad 0x80a6f9ef62590602, 0x00000000e8b788e1
seed37:
	.quad 0x00000000003165b5
	.quad 0x0000000000000001
	.quad 0xda04fd5f3bbe8f24
	.quad 0x0000000000000026
	.quad 0xca1d43fbeb0b616b
	.quad 0x920592d864e4b622
	.quad 0xfffffffffffffd43
	.quad 0xffffffac6843e06f
	.quad 0x0000001bfd68e8bf
	.quad 0xfffffffffffffcb7
	.quad 0xffffffff5749f199
	.quad 0xa4e2f70f075f4bf5
	.quad 0xffffffffff92eddc
	.quad 0x620a317d08777c2f
	.quad 0x0000000000000000
	.quad 0xffffffffb310f509
	.quad 0x04800000
	.quad 0x90000000
	.quad 0xa0dff93eb37ffd36, 0x90eba36340500000
	.quad 0xfff8000000000000, 0xfb5f9e3afffff9ff
	.quad 0xbffe842a525eb1c4, 0x326c3a29ffdff7af
	.quad 0xbb84b7d83e8b8e90, 0x2ba8ecf4ffe5fc90
	.quad 0x8002e3347dcad7c9, 0x3f9ae32328216248
	.quad 0xc017afdff27d2ae2, 0xc6ba0000c0268365
	.quad 0x3f4000007f990b80, 0x7fc7f02e7062e912
	.quad 0x4017695afe800000, 0x023c5b4cecc39981
	.quad 0x96104f8649e525ef, 0xf491a8ef3fe1ffdc
	.quad 0x4dcfa07f225afc00, 0xe0a40b4fc18b0692
	.quad 0xd2e066b82acebcd8, 0x81216e000035c88b
	.quad 0x002fffffffffffff, 0xfff0000000000000
	.quad 0x7f8580aec07ffffe, 0x8000000000000000
	.quad 0x59800001ff800000, 0xb712a40a8e82f917
	.quad 0xff904ad25b37797f, 0xc06febf9a9748131
	.quad 0xafa3f4debfdb2ffe, 0x8008000000000000
	.quad 0xfdae1ab02006d578, 0xc366fbeca395c520
	.quad 0x5ac3a95fdf00364a, 0x7ff0000000000000
	.quad 0x0494c3d7c62ffd74, 0xbfedc5d300000000
	.quad 0x000866e0a9224b2e, 0x4012000000000000
	.quad 0x1232526c8bb0eaa8, 0x7fe7f1cb1559f68b
	.quad 0x7f800000c51e0000, 0xa5973b23a48c8000
	.quad 0xabf5a633ff7dedac, 0x45a500007f72c7ba
	.quad 0x8000000000000000, 0x24b519f473b7af9f
	.quad 0x0bc7bceedf153ad8, 0xc4b80000ff800000
	.quad 0x401e000000000000, 0xe57ee924e7dbbeed
	.quad 0x843ea7c3391c7b3a, 0x77e68e6398c8fc00
	.quad 0xbff4000000000000, 0x002fffffffffffff
	.quad 0xbcbdc8388affa3ff, 0x0b5626abff797db7
	.quad 0x96d63b579c7cf503, 0xcd6b2d62fb3fc00b
	.quad 0xc15fffffffffffff, 0x7fbaeaa8e84d07db
	.quad 0xd0571660c1180000, 0x48394ceca67fffff
seed38:
	.quad 0x000000000042706a
	.quad 0x0000000000000095
	.quad 0xfffffffffff65de3
	.quad 0xfd368f6a491ac4c8
	.quad 0x0000000000002a97
	.quad 0xffffffc41fc5401c
	.quad 0x9050dc9b3609532d
	.quad 0xffffffffd1092d6e
	.quad 0xf076d2bf6a9aa486
	.quad 0xff1dd02cfa85ebe7
	.quad 0xefa4276c7a1687ab
	.quad 0xea5acfad90753d3d
	.quad 0x0000000000000001
	.quad 0x0000000000079347
	.quad 0xffffffffffffffbc
	.quad 0x000002d09f780614
	.quad 0x06800000
	.quad 0xf0000000
	.quad 0x35268305efdfa3ff, 0x77c730407ffebbd3
	.quad 0xdc00c761e5c67f57, 0xbfa0000041787924
	.quad 0x7f800000c0600000, 0x043efadfcfa6fe5f
	.quad 0x4be571207bfffffb, 0x8047f02d3cd858a1
	.quad 0x0000000000000000, 0xae29031cffcc7f4f
	.quad 0x7fae3ce07f91b664, 0x65700cabc2e73d8d
	.quad 0x5bc740bdffeb6ef7, 0x801fffffffffffff
	.quad 0xff88c948ffaf8000, 0x5594cbe673324aa1
	.quad 0x40f0000000000000, 0x800000007f800000
	.quad 0x4cece9f0f7b223c9, 0x9ce3f36ff9ff5fe4
	.quad 0x2c3496811d0f2c3f, 0x4020c00000000000
	.quad 0xfff8000000000000, 0x775eca4c13f94700
	.quad 0x6ef4c2fe2cf3a06d, 0x00ffffff00000000
	.quad 0x141f0f91afdeb7fe, 0x0180d7ff498d2e57
	.quad 0xc0fffffffffffffe, 0x4b2f306cc28fcf00
	.quad 0x0c679d7391fdb911, 0x00000001ff386c22
	.quad 0x27aadcd9100c972c, 0xc33ffffffffffffe
	.quad 0xd8ba92447dfffffe, 0xc2838f3b802d08ce
	.quad 0x7d8e62430c0fd21e, 0x1d891f5affc642f2
	.quad 0x4e11e50f0b72fbff, 0xfff8000000000000
	.quad 0x4b66ed3a6be48731, 0xb101847bffe57fc2
	.quad 0xbcedc971b3a5814d, 0x3faecc8539611ecd
	.quad 0x3fea61fc25c4490a, 0x0000000000000001
	.quad 0xfff2d4b6482db6cf, 0xfffda56d17ca1c74
	.quad 0x7c2f7bea56f9a2b1, 0x693890367f1b7048
	.quad 0xbf8945ef30d8f1a6, 0x802bb974c8450000
	.quad 0x7fa1b0e914aec4af, 0xff8fe40decf3b492
	.quad 0x66f8944f7fc00000, 0x807fffff7efa5a9d
	.quad 0x352995e8fff49152, 0x2a5c02aaffb9fb2f
	.quad 0x80c1862affbbfd8e, 0x70a552fbfffff715
	.quad 0x76f3a567a9cc753f, 0xfdd70409d0695967
	.quad 0xdc20f04777ef7ddf, 0x493d60e9382bfa2a
seed39:
	.quad 0x0000000001000001
	.quad 0x000000000000021e
	.quad 0x5a95fde9917dba34
	.quad 0xfffffffffffffe63
	.quad 0xfffffffffffffc25
	.quad 0x00000000ffffffff
	.quad 0xe389e4d92f422aa4
	.quad 0x000000003c59b7e5
	.quad 0x00000cee628346f2
	.quad 0xfffff33eaba26764
	.quad 0x00003eb29e6fd937
	.quad 0x0000001c52916bdd
	.quad 0xffffffff80000000
	.quad 0xa1e421e6c9bf9c34
	.quad 0x000000007fffffff
	.quad 0x000000000000a266
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x192383cc7ed73107, 0x340b6d5c7fe6a4cd
	.quad 0x0136f37d5a301f09, 0x3f30000000000000
	.quad 0x7ff09dd519a18941, 0x115564761742d74e
	.quad 0x85b44e7ecb838a8c, 0x8574c2ae8c50e688
	.quad 0x4d303f11451bebf1, 0x1265a16e48800000
	.quad 0x38ec2af57fbd69c3, 0x5f96b5a5807d0e9b
	.quad 0x40c80000c4d00000, 0x805e9a3ffba7fd89
	.quad 0x03b0c459ce5fcfa7, 0xbe8a6037ef86e67b
	.quad 0x85eb84d641d4f354, 0xfe59c2a522d998ff
	.quad 0x002c8a3634c7e3a1, 0x1dc16cc5f3cc7c00
	.quad 0xbd9eb2fd80000000, 0xd33a7ca8be841ea4
	.quad 0xc1db077dff9bdbc6, 0x98fd2efc32580000
	.quad 0xec6a3fc3bfffffdd, 0x0ca14ab939adf800
	.quad 0x01a1c26a23ad5230, 0x39e386c4a5b0dfd5
	.quad 0xc19ef14cda000000, 0x94e11f6b64d97eff
	.quad 0xc6f71828bbcb003a, 0x7ff3d4d2cd38f650
	.quad 0x7395577f5afedffc, 0x7fefffffffffffff
	.quad 0xcf7ffffebff60790, 0xbf58000000000000
	.quad 0x28b2b155a3f6f8c8, 0x8009b5db24159ee3
	.quad 0x7ff2559429d2db1c, 0xfff8000000000000
	.quad 0x762f6b249aa238a1, 0x002859caf40438fa
	.quad 0x4038332dfe5af533, 0xbff8000000000000
	.quad 0xc08e800000000000, 0x40e1e00000000000
	.quad 0xfe6da0bbd9cdf7a9, 0x4a0fbe6d2a139e7f
	.quad 0x002d55cfea2dfbff, 0xfff5eab3fe8e864a
	.quad 0x7d945bffd4ba6314, 0xf2415b521f58d07b
	.quad 0x82d1baa4ff81e302, 0xff80000080000000
	.quad 0x3fd57438e1552c09, 0x516b8df9fdff8000
	.quad 0x87976ad267430197, 0x7ff8000000000000
	.quad 0x7ff8000000000000, 0xf4907753ffb2fb2c
	.quad 0xb957b731ffbf9417, 0xbdf813413de3e9d2
	.quad 0x5a4753c801ecb300, 0x7e800000c1645446
seed40:
	.quad 0x0000000000000010
	.quad 0xb0abc3dea45331da
	.quad 0xffffffff82bc1b22
	.quad 0xfddd778a44349db6
	.quad 0xb706eb9116b7fbd8
	.quad 0xffe8fcd6b463b2cc
	.quad 0x100b5edddbc19ba3
	.quad 0xffffffff80000000
	.quad 0x0000000000000325
	.quad 0xfea73eb18c762746
	.quad 0x0020000000000001
	.quad 0x065ab4e1e4636544
	.quad 0x000000000000009f
	.quad 0x000000000000513d
	.quad 0xaf40ac2ed3e50a2b
	.quad 0x0000000000000129
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0x2e31269b23e5fc5b, 0x3f70d59491410c1f
	.quad 0xf835a6f0ffa7d7bf, 0xf44e93310c827d6f
	.quad 0xffaed05c3fa44b9f, 0x53dacd178a08a394
	.quad 0x1648d87a2fb2fc00, 0x4020000000000000
	.quad 0xff996b7c7cb23e4d, 0x6ea8ca6e3c47c5e2
	.quad 0x415ed4256c8c458e, 0xd88406e84af6ef5f
	.quad 0x729fd087ffdf171e, 0x4015f7937819c4de
	.quad 0x7ff0000000000000, 0x7ff0695276e26887
	.quad 0x7ff0000000000000, 0xf2a6e13e9effffff
	.quad 0xfff0000000000000, 0xda00000183c14816
	.quad 0xfff0000000000000, 0x1cd78afcceaafcf7
	.quad 0xc020800000000000, 0xbee71deb7f953502
	.quad 0xc3dcac2d3c31ff7e, 0x0000000000000000
	.quad 0x7f000000c6400000, 0xbc9f5635d9774840
	.quad 0xbd395ca97646f1f3, 0xc2b4ccbe7f96b8cf
	.quad 0x441b06cf76ea7fec, 0x629b0a9583d37d30
	.quad 0xf169c22f43c5ef96, 0xfff2c272f7d0438b
	.quad 0xcc229ed5474ac380, 0x11ed00d83b3e8a56
	.quad 0xc895de85740bdf1c, 0x3c0d01a2d7b0a6c3
	.quad 0x803615304a1c22c1, 0x2d032f99474dff3f
	.quad 0x7d17dfe07ff756d4, 0xcfffffff9124943e
	.quad 0x0877d663f1d88000, 0xff80938b7fd5cf14
	.quad 0x0000000000000000, 0x7fffcb430ef3757b
	.quad 0xad5ed0beaae42948, 0x1aa2c9c08261e22c
	.quad 0x803b0e1d40100000, 0x043fefeaed547655
	.quad 0x359b8baff0abfa54, 0xfff47404d83c4d19
	.quad 0x7e8cea9a6cd0bd31, 0x5b94b8a23eaad32b
	.quad 0x80eae0f72df62b00, 0x3ef603e7c31e196f
	.quad 0x8fc61ff8fcdfbcde, 0x7ff1cb57504a4949
	.quad 0x4e32a6c8fefefdf1, 0x4b225a7ea556b5f8
	.quad 0x7f8aaacd47fffffe, 0xc47dc3ebd7f7b725
	.quad 0xfff0000000000000, 0x43f7358c7edf6696
seed41:
	.quad 0xd829bec9feccc6cf
	.quad 0x00002b24171084a0
	.quad 0x79e2d7c2de752559
	.quad 0x7bd16ab63948df56
	.quad 0x000000000000095e
	.quad 0xfffffffffffffd1d
	.quad 0xfffffffffffffe2d
	.quad 0x00000000000425c1
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffff35239cb7eba
	.quad 0x000000000000034a
	.quad 0x0000004a33fd4a73
	.quad 0xfffffffff328eb5a
	.quad 0xfffffffffffffd9c
	.quad 0xffc369b9a7715fe2
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0x07c1bf2f4d5c59fa, 0x9973231487bc256f
	.quad 0x7fc0000040780000, 0x0a5f294c002b9e89
	.quad 0x00062b26de37d197, 0x043f660bbffadded
	.quad 0x04d7ef54ff800000, 0x403cd1c64e1ca2d8
	.quad 0x435db6d06a519dcd, 0x835a04a276accfbb
	.quad 0x8cfc9c3831f07d59, 0x0dfae0207d6939a4
	.quad 0x444fb068efbafc00, 0x8000000000000000
	.quad 0x38e763da77edff7b, 0xff93b09705b4c826
	.quad 0xc026b3bc884d7055, 0x95ecda4fedfca3b0
	.quad 0xbe3cf2b4f37f7cde, 0x43a0cfa06e412efc
	.quad 0x5fdb5be4faf1fdfe, 0xdb476a391049bb22
	.quad 0x425baf51ff800000, 0x41ffffffffffffff
	.quad 0xfe9dbbee80adba87, 0x45e707fbefb1150f
	.quad 0x917bafd34332329a, 0xfff114d32c3629a2
	.quad 0xbcb374549adffdfd, 0x7b3aaa378e708939
	.quad 0x730e9848ffd45854, 0x074714935eb6ffb4
	.quad 0x6c6a5687ff800000, 0xac211448ffc88000
	.quad 0x6f3d8f4ebd7bbf5d, 0x7b540be580000000
	.quad 0x57de2513d95685a0, 0x665866aefefeff3a
	.quad 0xbfede1158c9c060e, 0x3dcd0184ffc00000
	.quad 0x7f800000ff8e40bb, 0x7b9f223b8326b961
	.quad 0x7ff376932f9c711e, 0x42c167b12bd287b8
	.quad 0x61c05f1896177c00, 0xf65dddd5c1083c9e
	.quad 0x80519277bdc9184d, 0x00000000ffd34124
	.quad 0x22e60655bff7defe, 0x8000000000000000
	.quad 0xfff0000000000000, 0x09cf79c7d55bc800
	.quad 0xc0b1800000000000, 0xc0f0000000000000
	.quad 0xc2f09adf6dd7d2e0, 0x80026e39c03ace35
	.quad 0xda000001003e83dd, 0xc0a9c5ce97770991
	.quad 0xaae7637ba9100200, 0x3f9e0d4802ad08bd
	.quad 0xfff14eed2180c6c1, 0x1599c617994fa146
	.quad 0x80029a36194019b2, 0x9e9cab6aef5fffbd
seed42:
	.quad 0x7fffffffffffffff
	.quad 0x02a6278423bd7868
	.quad 0x0000000000000021
	.quad 0xffffffffbf9eced9
	.quad 0xffb5e8fc80e86b6a
	.quad 0xbed917848970137e
	.quad 0xfffffffffffffd3b
	.quad 0xb604527f39888b85
	.quad 0x8faf96c4b89f345e
	.quad 0xffffffffffffffee
	.quad 0x1dc250e00086cee6
	.quad 0x5321751f404bbf50
	.quad 0x0000000080000000
	.quad 0x736c1fd3da3c2812
	.quad 0xfffffffff69a8ff1
	.quad 0x215eb8e062ea4c37
	.quad 0x01800000
	.quad 0x20000000
	.quad 0x4e60a78188b98a00, 0x9dd94a4f832afc00
	.quad 0xe033fbacfc302d89, 0x4002000000000000
	.quad 0xff80000042000000, 0xbf9c4e7a9462a34a
	.quad 0xffb50c667fe8ee7a, 0x6a051683dfefe7ea
	.quad 0xff75f2c74ba933ad, 0x7ff8000000000000
	.quad 0x41c61ab77fc00000, 0xf3946516bc9fd806
	.quad 0xc05f71d4cc0f9383, 0xc0c6000000000000
	.quad 0xfff415076a26df55, 0xb1e94de7e511fc00
	.quad 0xcccd44d453a40000, 0x49ac311b5489e720
	.quad 0x3fecd1b9ab317000, 0xc1800000764784e7
	.quad 0x6236f7c37fd2ab28, 0x2885e7fbdea7fdff
	.quad 0xff80000073eb3537, 0xd14b5ca2ffd64937
	.quad 0xfebb897956250b3c, 0x3fc6b937fbb2f16a
	.quad 0x0000000053717e76, 0x420e0278bf3fd35b
	.quad 0xabdb8810ff57afaf, 0xbffc453b04404e67
	.quad 0x0000000000000000, 0xfdd7e1c84ab22147
	.quad 0x169afea67ef00082, 0xc05dee37bb2aa00c
	.quad 0x7ff4531800000000, 0xffb64976807fffff
	.quad 0x7e496d1fffc00000, 0x4022800000000000
	.quad 0x000f65d1948e5bb3, 0x70fa360d9d9b24fa
	.quad 0xff6875c7684d5aa3, 0xc24cb6beffb74ee1
	.quad 0x00033966e4cc2bbb, 0x4ffec4577fbf9fd7
	.quad 0x40662099bb9dc757, 0xf766971d79d5b3db
	.quad 0x9ce0789bd5fffd56, 0xdb1d939ee2bb777d
	.quad 0xfff0000000000000, 0xb7542e45d6298000
	.quad 0x7ff0000000000000, 0x7fc000007f8827d0
	.quad 0x54ccfe2280000000, 0x90cfc7a8ff800000
	.quad 0x40d8000045180000, 0x7fc00000f2cd4b8b
	.quad 0xc1187228ff800000, 0x8cc173c9ddffffff
	.quad 0x8849d35348e8b5a7, 0xcc88a8c1328e52ba
	.quad 0xcec184ccffadbffd, 0x9e5a13807f967028
	.quad 0x80135d193e14ff5b, 0x820cab84ace2fe70
seed43:
	.quad 0xff99b5f98a9ddd84
	.quad 0x0000000000000001
	.quad 0x00000015bf965bd9
	.quad 0x10e521d17b9c6b05
	.quad 0x000000000000010c
	.quad 0x00000000e45b8ca7
	.quad 0x0000000031837a4f
	.quad 0xfb832990fc6be656
	.quad 0x00022bc7f0b72db5
	.quad 0xfffffffffffffef6
	.quad 0x440fdb05c3affee3
	.quad 0x13a1ad21b212e301
	.quad 0x00000001de0e3636
	.quad 0x12eb0e4399ae7d2e
	.quad 0x00000000e6e269fb
	.quad 0x000000007fffffff
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x5cc704e548800001, 0xb73a8648b9ac8ad9
	.quad 0x7f80000040355cb0, 0x00040a3ff8293354
	.quad 0x6dc6ea9de0337c4b, 0xbf82619745408ee7
	.quad 0x7f800000c1f06be7, 0x834e85c880000000
	.quad 0x8000000000000000, 0xca7446e10de9dbc6
	.quad 0xbffdc00000000000, 0xd6a64b124dacfc00
	.quad 0x7fb61ca3b5fc6948, 0xa37f6fecb640f622
	.quad 0x405908197b08a38f, 0xfff0000000000000
	.quad 0xb9f597f182fdd9e5, 0x0000000000000000
	.quad 0xffc00000ff24327c, 0xfff8000000000000
	.quad 0x7ff8000000000000, 0x40ac000000000000
	.quad 0xd23cce384958fc00, 0x96ab1fd47f6dd76d
	.quad 0xc700000147000001, 0x0353ce452911966f
	.quad 0x309bf51895a548a0, 0x8006c9c6caff5f8e
	.quad 0xfafdf62ffa7ff16d, 0x3fe29a9f26f39c0e
	.quad 0xffe0000000000000, 0xeb2aab454b3afea4
	.quad 0x3ac218345585c840, 0x007fffff80800000
	.quad 0x3fc7c00000000000, 0x627e08c9f5fe0bff
	.quad 0x4057df9a31a18af3, 0x00eb01337da7fc1c
	.quad 0x800fffffffffffff, 0xa0cdf1ae3c8c38a1
	.quad 0x0afc89937fd01ec0, 0xa927ed25f6f3977f
	.quad 0xd20ab24d643db9c9, 0xfff0000000000000
	.quad 0xc04e5be747191b98, 0x0000000000000000
	.quad 0x67a759bb740b36e6, 0x7f3ce0973f297d2f
	.quad 0xfff0000000000000, 0x3ee0000000000000
	.quad 0x956830ba02810000, 0x7f80000093befaa4
	.quad 0x763010fe7cfb3e00, 0x8014266937798c83
	.quad 0x3ff8000000000000, 0x8f59538a4a57dc75
	.quad 0xc7ffffffd047d200, 0x186e06baf39e9e4d
	.quad 0xb55a4b477f800000, 0xff800000fb96c8fa
	.quad 0x3199b69461f727c7, 0xd9d48734fd7faa40
	.quad 0xc08778b83f000000, 0x21ddb697ffff9c61
seed44:
	.quad 0x0000000000107cd2
	.quad 0x5d8e85f9ef739fc5
	.quad 0x0000000000000015
	.quad 0x0000007f1774c35c
	.quad 0x4bd1b64b720c7d19
	.quad 0xfffffffffffffe58
	.quad 0xffffffff80000000
	.quad 0xfffd65ce3a9cab18
	.quad 0xffffffffffffffff
	.quad 0x49be0d27e095942d
	.quad 0x0000000080000000
	.quad 0x000000000000001d
	.quad 0x98cbb1bc71242dc0
	.quad 0x00000b7ecebae2d3
	.quad 0xf99b0d82f6257cb0
	.quad 0xf004afc3a3405183
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0xc17e7f087fbc713b, 0x971a1c9adf993a00
	.quad 0x5345f38fec03fb55, 0x7fc00000c7ffffff
	.quad 0xb311be2b6f3d7b65, 0xd36901e14fefbfb1
	.quad 0xff800000bff408af, 0x4013000000000000
	.quad 0x007fffffffa32bcd, 0x3d2d0bf001000000
	.quad 0x9cbba5b3cd347c00, 0x0000000080000000
	.quad 0x5dc24e4d976c5529, 0xffbd91ce41e80000
	.quad 0x6fceda8646e25a87, 0x9f8fdf18435db722
	.quad 0x4f5ca931e84af57e, 0x40478f150b7b0b61
	.quad 0xadf6635d6d7d2f35, 0x1e210bcb40300000
	.quad 0x3984da0cdcfdffd6, 0x778fde4bf91fff9a
	.quad 0xc104000040cd9bb0, 0xc114000000000000
	.quad 0x1c1c9a40c1ffffff, 0x8f9b0cfec3261acf
	.quad 0x798aa8b84cd20a70, 0xc16e6b55fefdffdd
	.quad 0x0008000000000000, 0xbf4000007f425180
	.quad 0xc0110fb0bc40c8fe, 0xc3efffffffffffff
	.quad 0x117f99aefff7db51, 0x7fc000009161244f
	.quad 0xc17fd486c0c80000, 0x00107660e217d760
	.quad 0x77701441002e4b65, 0xf911aa5581802438
	.quad 0x936503be8074e47e, 0x143d4d06f11edfa9
	.quad 0xff800000df54ef05, 0xc0d8000000000000
	.quad 0xc73e0000002e7b88, 0xb0ded46f4e7f0832
	.quad 0x1abc5d54e15a7c99, 0x52a669c56fb77adb
	.quad 0x71e96b237cd7e6ff, 0xf285f2acfdfe0800
	.quad 0x6635cdfe3e53a215, 0x6ee28382238f7400
	.quad 0x186196ad7ee186e1, 0xb657db25ff800000
	.quad 0xc001e2d0ac2773a3, 0xfbf364e05fffffff
	.quad 0xea56f79707f8f780, 0x7eaba062861db8bb
	.quad 0x0000000000000000, 0xc129100000000000
	.quad 0xc7f97efda3f59661, 0xdb80d251f410fb74
	.quad 0xa7c6bd723ee6ad2b, 0x8000000000000000
	.quad 0x7fa3f7ec84051a52, 0xfec51d1eff800000
seed45:
	.quad 0x450fd9775ccda480
	.quad 0xfffffffc0b28e868
	.quad 0x00000000ffffffff
	.quad 0xffd17c52b8d5b38b
	.quad 0x0000000112f75f38
	.quad 0x0000000004e483b1
	.quad 0x00000000000002ce
	.quad 0xfffff87906585fa1
	.quad 0x2a295e00a9d77186
	.quad 0xffffffffffffff82
	.quad 0x00007c8b1f205341
	.quad 0x8c47896dcf098a9e
	.quad 0xfffffffffffffff7
	.quad 0x0000000080000000
	.quad 0x0000000000000266
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x704d8bd78f88f992, 0x8008000000000000
	.quad 0xfde76a9762dc98fb, 0xc1ffffffffffffff
	.quad 0x7e9f0cfae2119124, 0xc02159427c1db24e
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x94e9d0888f4eceb7, 0xff800000c6010000
	.quad 0xffffa9c2cec1f22b, 0xe551c57b7fbbff93
	.quad 0x3ad74c7b422270a9, 0x3fbe000000000000
	.quad 0xc0458ffb609a9a58, 0x17390423e2c5cf6e
	.quad 0x7b737d0d2b68fc00, 0x1f86f0a8b2c9df88
	.quad 0x6cbd8c5f6101fe61, 0x36508000425014e5
	.quad 0x70e9685480000001, 0x0104a295ed70cf52
	.quad 0xffc00000fa5b7704, 0xee0ec4bca9a40291
	.quad 0xbc279082686bacf9, 0x23a30aa27defffff
	.quad 0xf162e69f3ea64eb4, 0xffd805bcfc889474
	.quad 0x7f800000807fffff, 0x1168ab0143282d59
	.quad 0x9f0e4dfe1adcda28, 0x00000000b8a00000
	.quad 0x5588fac471193b45, 0x009676ee0ccae9a4
	.quad 0xff80000040b10248, 0x7fc00000c034f56a
	.quad 0xfe9adf15839b8ad1, 0x0054ee0671d9ff12
	.quad 0x7ff8000000000000, 0x40235127580eb7b4
	.quad 0x3fabc00000000000, 0xbcd0f073c7485853
	.quad 0x409bc00000000000, 0x0000000000000001
	.quad 0xbf1a3883eaeb79ef, 0x1daa7339ff377ffb
	.quad 0x7ffdcec05dc2879f, 0xf13494c77fa5fc00
	.quad 0x007fffff7ba15d0f, 0x7ff8000000000000
	.quad 0x8e0066d8ee684800, 0xbe5355117f92f9aa
	.quad 0x7ffe6196c41a796f, 0xb240cfb789b13c95
	.quad 0x01df3f14871399ba, 0x3d4c286ebda35f58
	.quad 0x9a579bc3de7f6feb, 0x0020000000000000
	.quad 0x3f00000040000000, 0x80000000bd691994
	.quad 0xfff8000000000000, 0xc04b800000000000
	.quad 0x0010fe0a91abfb94, 0xbfb36e5a2a818ab6
seed46:
	.quad 0x1e7107c4c4c35246
	.quad 0xfffffffffffffc2c
	.quad 0x0000000001000001
	.quad 0xf9e9eba469164f39
	.quad 0xffffffffffffffdf
	.quad 0xaaef4a16557057d7
	.quad 0xfffffffd38f7074f
	.quad 0x010306a1bef94bd5
	.quad 0x2129ec224213bb65
	.quad 0x7dc1923c52523a34
	.quad 0x1e2ceadf352c66a3
	.quad 0x0000000000000020
	.quad 0xbd7421cf272e6f8b
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0x000000000000039c
	.quad 0x06000000
	.quad 0xb0000000
	.quad 0xbb266a5e92f038e6, 0x00fffffff7191040
	.quad 0xf5113c8680201896, 0xbfa0000080000000
	.quad 0x3ec1800000000000, 0xc720000080556051
	.quad 0xbfe0000043a1ce51, 0x993053467fc00000
	.quad 0x8c3612793bece13c, 0x80000000fdefdd77
	.quad 0x47000001587ffffe, 0x7ff02c9e2b43b43d
	.quad 0xff78762a82963324, 0xffeb5c1541040000
	.quad 0xf111e7c080701139, 0x7fc0000081000000
	.quad 0xbbc7db52c9400000, 0xc008be90f0a4a948
	.quad 0x5336b5bf357dffed, 0x7fd0000000000000
	.quad 0x7ffdc6bbf2fcc89a, 0x7f8000007fa32ae1
	.quad 0x01b01c2fcb841121, 0x7f80a34dccb6233e
	.quad 0x476d49ccb4977a60, 0xf580cff93dc77bff
	.quad 0x83cb36576ec64bc1, 0x3ce9000074db00a4
	.quad 0x3fa442bbffeb93c6, 0xca5c5de3dc7fffff
	.quad 0x78f6f587b788fe31, 0x9e791e84858d8000
	.quad 0x004c4200c310563e, 0x7689ecc1dc6f633d
	.quad 0x7e8977be33a4964a, 0x7fe1b40bc1120000
	.quad 0x870acbc7f00a0000, 0x2f862201ffc87940
	.quad 0xccd0a6a7731dc456, 0x3f04ba73fbf7ffaf
	.quad 0xbcc19f77dbf99ad9, 0x917b485fd6429eee
	.quad 0xd69b496fbf6fff18, 0x34762243888da193
	.quad 0xffaf20c1fa31cc31, 0x0000000000000000
	.quad 0x4e73a02cff800000, 0xc2bbfd317defa292
	.quad 0x8bc8ccdcc2bf0663, 0xd89254fe17f26af8
	.quad 0x805af63f40c70a97, 0xdad7d9d4ffb757cc
	.quad 0x8141529d29f8e803, 0x118f6025984bfc99
	.quad 0x0000000000000000, 0xabdffb3962c0381b
	.quad 0xbc9d3e212b92c300, 0x3c7ce2ff3e3913a0
	.quad 0x4022800000000000, 0xffd0000000000000
	.quad 0xfff0000000000000, 0xff9cc31af77a35f8
	.quad 0xbfe7c23c630bd3f8, 0x7fc00000fa557014
seed47:
	.quad 0x597c3cb1158de019
	.quad 0xb83e08d6a4e2fe79
	.quad 0x00000cc8b14c1164
	.quad 0x0000000000000048
	.quad 0xffffffc483c37c8f
	.quad 0x00000000000003d4
	.quad 0xa696cc690dce952a
	.quad 0xffffffffffff6ffe
	.quad 0x000000000000036f
	.quad 0x35f52a6c84b7f667
	.quad 0xf4a69b0541a570e3
	.quad 0xd57f9dc52d2a56a4
	.quad 0xffffffffffffff83
	.quad 0x00000000000002cb
	.quad 0xdb9a177c93572dd6
	.quad 0x00000000000002dd
	.quad 0x05400000
	.quad 0x30000000
	.quad 0x549a58410f39a3bd, 0xc039f8af150f0819
	.quad 0xd9fb6f68bf7d6627, 0x789d8be341c40d6c
	.quad 0xfbdf7adeb7c27bd9, 0x3e7451ec3f59cdec
	.quad 0x8000000000000000, 0xc078c00000000000
	.quad 0x0092071be0e4d320, 0xb84603b0e998646e
	.quad 0x889438a725068000, 0x78186d4f40c80000
	.quad 0x18868cfa7dd98ed2, 0x00bc804fdf000001
	.quad 0xbc18000081000000, 0xff98ab8900000000
	.quad 0xbfcb80253baad6b8, 0xba9bc9eadad23fff
	.quad 0x204766661ffb7dff, 0x335d3fd3febbcbeb
	.quad 0x37f82d013d658c00, 0xecb7b42cfff5ee86
	.quad 0x0bc62283f5b41d05, 0xffd2ae56c28a5a56
	.quad 0x00000000c0fd3d4d, 0x7ff450249331e7df
	.quad 0x317db692fffdfcba, 0x3ee280007f5f4e87
	.quad 0x403b8c0cd5200e1d, 0xff4b775c236efd4e
	.quad 0x740d5108b6ccf813, 0x8000000000000000
	.quad 0xfc531cb7a23efd5d, 0x76f0868c12ed5d1a
	.quad 0x0ba7064ea5ffffcf, 0x7133ef4e1f22e300
	.quad 0xef8e439fa4b4e6a0, 0xc040e778eef25ee0
	.quad 0x3f70000000000000, 0xb58cfda3d63f6e45
	.quad 0xff800000ed2f3bc3, 0xddd9f3b17fe81086
	.quad 0xcf000000807fffff, 0x147535d8ffb24e8e
	.quad 0x7fdbc0b87faa58c9, 0x7516043a64ef8800
	.quad 0xeb758e1b7fbb162b, 0xf20a112372e01b9c
	.quad 0xfff309b62bee93ef, 0x35279ef162c36936
	.quad 0xbf75400000000000, 0x8decc34a41040000
	.quad 0xc1effffffffffffe, 0x982adee1bffaffdf
	.quad 0xa2af9d8f013329aa, 0x044bae614d6c35f5
	.quad 0x00063bda82d7ff38, 0x385237a63be81339
	.quad 0x8000000000000000, 0xbc26cfab7ae38e68
	.quad 0x001fffffffffffff, 0x8000000000000000
	.quad 0x1be37649777fd1c1, 0x3f8c413422a88967
seed48:
	.quad 0x193153b46a4cd4ab
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff91
	.quad 0x2375cfc174d05aa9
	.quad 0xcf78289c1463d0bd
	.quad 0x945c7f888b0d8e12
	.quad 0x207dbf6e40b859a9
	.quad 0x140c3b5d155789b4
	.quad 0xfffffffffffffd8a
	.quad 0x0000000000000001
	.quad 0xf7c354964e4166cf
	.quad 0xffffffffba1f2ae5
	.quad 0x0000000000000001
	.quad 0xfe2fc708d7b184c5
	.quad 0x0020000000000001
	.quad 0xfffe5fb6235ad61e
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xb5792d15f35b920e, 0xc061c9540da80859
	.quad 0x8008000000000000, 0x5b9f8578873eb4d9
	.quad 0xeed20bf2191c90a5, 0x7ff8000000000000
	.quad 0x8dd9629f80000000, 0x7edae661227679a6
	.quad 0x43833f4a3babe798, 0xbd4883f29d7dfe00
	.quad 0x404329affd6416d6, 0xa8ee4074b621c65e
	.quad 0x6af9c99669c97ad2, 0x74a4c242700c35d9
	.quad 0xbf741bf4709e95e3, 0x124074aac0af9a5d
	.quad 0x0bc164bb09c78000, 0x3e079f19fd3a657d
	.quad 0x3f9ca6006ae4067c, 0xc1e5aef181fcdfdf
	.quad 0x49f1c2bdeffc7c89, 0x3ebe3c767fffa5a5
	.quad 0x7ffc84da5f65f241, 0xf4b910544effbf8d
	.quad 0x02998f42a9e933d5, 0xff701ce907e2ac4f
	.quad 0xffa39356ff800000, 0x2dfa44bd9bd20000
	.quad 0x40bc000080000000, 0x7ff11650b83acc09
	.quad 0xff93684f874604d0, 0x42befb3800000001
	.quad 0x40c9d2409666a756, 0x1a97ba43ffa90000
	.quad 0xbff4000000000000, 0x27d6a3a0362cb741
	.quad 0x7fe2b31cb0a70f1b, 0x788131307fb7df76
	.quad 0x95874fce34c396f1, 0x4022800000000000
	.quad 0xa6d6ebdd18998a25, 0x7f800000c08c0000
	.quad 0x7d9966a549229df6, 0x40700000001d6e7e
	.quad 0x8014f51292a9ce49, 0xc7800001c03fb06d
	.quad 0xa7fe1a89a610a100, 0x8ccb091a3f9e8fff
	.quad 0x80000000438d80d1, 0x409000007fc00000
	.quad 0x43efffffffffffff, 0x4031c58b71f331e5
	.quad 0xc0fc0000ff9d5125, 0x9907797ab1fcfc00
	.quad 0x41bf693c3a87fb00, 0xc37a7d2b80000000
	.quad 0xf2add0eb80800000, 0x7f1f9d35c0c80000
	.quad 0xf1349ebb901f275b, 0x408bb182ffdfd3bd
	.quad 0x802fffffffffffff, 0xc1bfaababffb7ae7
	.quad 0x3fd51f27544f2b40, 0x8000000000000000
seed49:
	.quad 0x0d7998dad2f9a9e6
	.quad 0x6f6c864105e81933
	.quad 0x0020000000000001
	.quad 0xa8dde1bdc172a739
	.quad 0x04a22760e3d60a1c
	.quad 0x0000000000000002
	.quad 0x0000000001000001
	.quad 0xffffffffffef6c2f
	.quad 0x00033e511d126aff
	.quad 0x084c5fe54cc0ecbc
	.quad 0x144bbdad6294365a
	.quad 0x52e38836453dd511
	.quad 0x000000011f0e0eb4
	.quad 0x00000000ffffffff
	.quad 0xdcbf9ed8ed86c763
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xd6643a0ce23b9f0f, 0xc4fac1a6ec20a224
	.quad 0xe5396f77f8c07c18, 0xf799af33ffee7f0b
	.quad 0xfd018d5b4370449f, 0x3ffa968df9364a7b
	.quad 0x168612206f253840, 0xc033ad4ff72e100e
	.quad 0xbe816fbd618eb768, 0x7ff8000000000000
	.quad 0xd71d2d34dbff3f67, 0xfe9bda7bf4b77a5d
	.quad 0x4074793100049150, 0xc2e69948812e9758
	.quad 0xc02800007fee9196, 0x3d657aae7f7fffff
	.quad 0x00138c7b40500000, 0x80a509f3d67f48b9
	.quad 0x7ff9f3adf653a45f, 0xf03ed28f18390001
	.quad 0x4000000000000001, 0x1e75f37a8eb43f34
	.quad 0x28f291ecd974817b, 0xfca6a15f781e80cc
	.quad 0xe60ae2a7bef98000, 0xbf997be64d84d814
	.quad 0x3f9ec214aad39340, 0x4054be552763a964
	.quad 0xa7319b12933ffd8b, 0x4dc555deffc7fc00
	.quad 0x906e06f6ca37e772, 0xc0639f6bc9322f28
	.quad 0x8003acb7fcf96f58, 0xbed82b887fc00000
	.quad 0x4496771cd059c240, 0x73602962a6a60000
	.quad 0x77c35dc539a48034, 0x3dedf627c0e80000
	.quad 0x8000000000000000, 0x80000000d8ee2571
	.quad 0xbf99ff93623d099d, 0x432492e0f051ed25
	.quad 0x400ad4b84037de7c, 0x4013000000000000
	.quad 0xa650ce5299a6b46b, 0x7ff6315d7f575735
	.quad 0x800e4da565e6a7b1, 0x0984d52df7b99cbb
	.quad 0x3f90000000000000, 0x7fbd7329ffc00000
	.quad 0xfc468a37e5807ad6, 0x7ffc602f8d66a41e
	.quad 0xc01c000000000000, 0x00e1528eec9a75ce
	.quad 0xc0e400007f88ea9a, 0xc00c000000000000
	.quad 0xc9c4c8862a178888, 0xc08000003bfe799c
	.quad 0x3dd50ef4fc59619e, 0xdcaaf137b756fe00
	.quad 0x8b209b03ffd228ce, 0x0d1829ec1dddfdd8
	.quad 0x80f5725a6bf3fbee, 0xff800000f6bdf4a4
seed50:
	.quad 0x8000000000000000
	.quad 0xfffffffffffffcf8
	.quad 0xfffffffffffffe2b
	.quad 0x1cebf9e85b7fe55a
	.quad 0xcf0a2ebd2f36acef
	.quad 0x00000000000003b9
	.quad 0x87d7611dd1e6dcc7
	.quad 0x00000000000001e7
	.quad 0x00000000000000d9
	.quad 0x0000000100000000
	.quad 0x0000000000000076
	.quad 0x0020000000000001
	.quad 0x5d3e3ed7ae5c8718
	.quad 0xc957f0ed86d2cc3f
	.quad 0xffffffffffffff11
	.quad 0xbb0131b2309174cf
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x40c7b88affcc47e7, 0x410c00009d1593d2
	.quad 0x9350ba025dfbfe6f, 0x002d8cb4725e7005
	.quad 0xc7194dfc5334fc00, 0xbe80000040a80000
	.quad 0x45856e3734b90416, 0x4f616fbfe874afff
	.quad 0x3f80a4bb7b87fe97, 0xb9946c785bcddb7d
	.quad 0x7ff0000000000000, 0xbffba56cdef54112
	.quad 0x50a381c9c0964802, 0x7ff46aed915f77b2
	.quad 0x8079351e0dd1939c, 0xec88f19d7fbcb70f
	.quad 0x98419c0afff77f77, 0xbbe5f73001345304
	.quad 0x401887703cd171cc, 0x0000000000000000
	.quad 0x581f46187fa3cf49, 0xfffefc9dc8fb2ec7
	.quad 0xfff2d13b76514cb7, 0xbfc729d0e7ca936c
	.quad 0xbd6822ff00000000, 0xe7b01e70a5ffffff
	.quad 0x65896513b5582d25, 0x0b35aaf5802207ff
	.quad 0x81090823410c0000, 0xe877168e370f4180
	.quad 0x4d03075af7aefca4, 0x7f800000800942ce
	.quad 0x3f1a4407ea2d7c00, 0x212be4c53986fc8e
	.quad 0xc91b8ba80e300000, 0xfff0172b634b05d5
	.quad 0xaaee1d08d3fcfd9b, 0x4109000000000000
	.quad 0x806a253bd4d89106, 0xd9800000a41c2ef6
	.quad 0x06314cbc3bf3dab9, 0x060ee8b6ec654137
	.quad 0xaad55e373eed828a, 0xc1b7447cbb180000
	.quad 0xffca397307f5981f, 0xbd5a039e7e800000
	.quad 0x80347cdf80000000, 0xfffbc31a21e3e3f2
	.quad 0x2309f5a2c304716d, 0x7fe97fe987e1fe5d
	.quad 0x6bed7b73235cff30, 0x3fa7dde00a2d01c6
	.quad 0xb6ba0000c0a40000, 0xff5e94054111a17e
	.quad 0x80ffffff9056dc06, 0xe63c403d1bf6fefe
	.quad 0xfff0000000000000, 0x690dd07e56c47a84
	.quad 0xe338870cb85fffff, 0x83a07071e5216e13
	.quad 0xa98b333f2bdb308e, 0x57f2a937f000e8ba
	.quad 0x455c000040700000, 0x80800000b6ea0000
seed51:
	.quad 0xffffffffffffffff
	.quad 0x0000000000000223
	.quad 0xfffffffe37036490
	.quad 0xfffffcccd885e535
	.quad 0xffffffffffffff57
	.quad 0x0020000000000001
	.quad 0xfffffffffff59a3d
	.quad 0xe900c66c48ebbd24
	.quad 0x9c0076825aa6607f
	.quad 0xffffffffffffff2f
	.quad 0x000000000000064f
	.quad 0x000000164397cec4
	.quad 0x29018bfe0d8fa29d
	.quad 0xfffffffffffffc6b
	.quad 0x1f088389e3e6f313
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x8020000000000000, 0x000000003ec70287
	.quad 0x9602c1ff2ddd4ea2, 0xc104000000000000
	.quad 0x0010000000000000, 0xfe239fa688a02838
	.quad 0xad3b09cb1592ac4c, 0x7f8000007fa9e940
	.quad 0xff611f0f3b1a24af, 0xbf020000817fffff
	.quad 0x18ab7b21ffd979f7, 0xbf86d4d73cf2c8ff
	.quad 0x3fe83206aca33873, 0xfff0000000000000
	.quad 0xe49052c67fdbfbfa, 0x81ba5d0cf7febbfe
	.quad 0xbd175c164f000001, 0xb6b69e4f7fa57e0b
	.quad 0x7ff9f1bdb4c0379b, 0xc7ffffffff800000
	.quad 0xbfbb00a7b14d57c3, 0x3ef4800000000000
	.quad 0xf827ae622b66dc15, 0x5f7ffffe817fffff
	.quad 0x0fb34b2e997da529, 0x0cc05a7afffaf14b
	.quad 0x800fd571a8cc47a7, 0x7ff0000000000000
	.quad 0xc1e9ac4f7f800000, 0xdcd0f175f7bfcf7e
	.quad 0xff0e7696471277cc, 0xff8000003e3f6ad9
	.quad 0xff63b51d4dbf8aa3, 0x4104000000000000
	.quad 0x4dc46f337b1f84b7, 0xfff0000000000000
	.quad 0x03ba360d616e826e, 0xffb5bf6f40000001
	.quad 0x981cd3a7bdf2543a, 0x9ba1fea22bedbfc5
	.quad 0x7ff0000000000000, 0xa133b995f4ff83e1
	.quad 0xc024000000000000, 0x3e16b49c7fc00000
	.quad 0x3bb59d76c07ffffe, 0x8238adcfffdac420
	.quad 0xff80000044ebf526, 0x401f000000000000
	.quad 0x82bd28c62e90ca2a, 0x0000000000000000
	.quad 0xcefd5fbe8326851a, 0xffa248bf41694e76
	.quad 0xc10800003fe00000, 0x96491dd280000000
	.quad 0xbfd6a83e749ea38c, 0x53098342cffabff7
	.quad 0xc184c1bfbcbd6457, 0xc37ca73cdf50d39d
	.quad 0x89e7cf5bbddffd52, 0xff99f2da66887554
	.quad 0xb11f43a5026497c0, 0x007eef2bfebbff7b
	.quad 0xb3b73732b1818921, 0xc0ff7d72c58cc92e
seed52:
	.quad 0xfec91031672a2ebb
	.quad 0xfffffffffffffe57
	.quad 0x0000000000025821
	.quad 0x766346d9cfcb9d17
	.quad 0xfffdfd2b6a1629df
	.quad 0x525207943af200a0
	.quad 0xfffffffffffffda9
	.quad 0xde0375ffd7ee419c
	.quad 0xffffffffffffffde
	.quad 0x0000000000000000
	.quad 0xa26f186db57278f1
	.quad 0x0000000000000064
	.quad 0xfffffffffffd804b
	.quad 0x06bbff183b3712d6
	.quad 0xfffffffffffffc8a
	.quad 0x0000000000000339
	.quad 0x01000000
	.quad 0x10000000
	.quad 0xb5c000004fffffff, 0x3ae00000001b52b1
	.quad 0x8000000000000000, 0xcb8200a02cfc8c69
	.quad 0xf9ad5dc0c964ead8, 0x80a80499feaf3f3f
	.quad 0xbfffffffffffffff, 0xc3afb6cb00000000
	.quad 0x80800000017fffff, 0x01f6194dd22d3e3c
	.quad 0x30845ab0cbceb72e, 0x002fffffffffffff
	.quad 0x4d4a90d3bf800001, 0x0010000000000000
	.quad 0x2e6504897fffffff, 0xe99a9e3dff800000
	.quad 0xd7d4749952c8f97b, 0xd050fd127e7b0dfd
	.quad 0xa59f1ab9fffecca0, 0x007fffff7f800000
	.quad 0x9265071e845d7999, 0x4406267f7491dfef
	.quad 0x3453d67404c47bff, 0x8000000000000000
	.quad 0x7effffff7fa7f528, 0x57675b0fb0200000
	.quad 0xbf4d35f4bba4a91d, 0x47000001bff7cf6b
	.quad 0xfff0000000000000, 0xff8000007f800000
	.quad 0x8000000000000001, 0x7ff80367eed18e52
	.quad 0x1f94884abfee7dcc, 0x7ff0000000000000
	.quad 0xc079dd99840f3133, 0x41ffffffffffffff
	.quad 0x49fe4dfaf57943c3, 0x12fe40fe2236b398
	.quad 0x3ff9b90426814da4, 0xe3d73b5fc974d660
	.quad 0x7f876c101d09f6c4, 0xbbbc1fa364b5b800
	.quad 0x4008d0c9560026ce, 0xc29532027f800000
	.quad 0x99efdebdfb7ef7fe, 0xc02f223800c86b85
	.quad 0x68570a72ee69fd63, 0xbb7bf50ba415b050
	.quad 0x563c69591d1a8b34, 0xb2118ed49e2acfae
	.quad 0xfda5acfd8139c8db, 0x1c58c6c5d8698862
	.quad 0xc38b48e4839ba078, 0xbfa974dbeccf4418
	.quad 0xbff6f6cefe800000, 0x7ff0000000000000
	.quad 0x122feb80292f348a, 0xd97e2ebf7ebca7de
	.quad 0xfff25975030a402a, 0x9c242d19beeefd5f
	.quad 0x72d0ef83c9d98196, 0x3e6bc93208cfde95
	.quad 0xa36bcb66aff7b200, 0x7effffff276153e6
seed53:
	.quad 0x00000000000071ea
	.quad 0x00000000000000a3
	.quad 0x595bb2a5c50d529e
	.quad 0x0000000000000373
	.quad 0x00001e748917a45d
	.quad 0x7fffffffffffffff
	.quad 0x0cac793a884cceb5
	.quad 0xfffffff97eaaa37e
	.quad 0x0000000000000001
	.quad 0xffcca34bc7e9c1b5
	.quad 0x7fffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x0beb441d72131d1e
	.quad 0x0000015796f6f870
	.quad 0xf2e82d2e1f68aa90
	.quad 0x00000000000001e4
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x06c63117954807e6, 0xc0c51bcb682eb161
	.quad 0x679505e44d63d6ae, 0xfb06f0d03bf7d1ef
	.quad 0x2cfab08770f60bff, 0x41effffffffffffe
	.quad 0x96ef1b2e7fad32a3, 0xfff21ddae078ef8c
	.quad 0xbc1be215feb9bea8, 0x0fa8a6fff74e13dc
	.quad 0x401b000000000000, 0x7fe0000000000000
	.quad 0xc4d80000817fffff, 0xa5a2d327977faffd
	.quad 0x0009bb60a474b513, 0xe57d6e020bbf19fe
	.quad 0x0fb1c27a6da5c000, 0xfaec1e371a4cafaa
	.quad 0x4330000000000001, 0x7f80000041477626
	.quad 0xff994e8fc1b28dd1, 0x376c9d64571a59cf
	.quad 0x81d90a4420629c23, 0x7fc00000ff242767
	.quad 0x3ffa000000000000, 0xff8f90b1f79a94af
	.quad 0x73e5fa92ff800000, 0x7bd7104356d3b9ed
	.quad 0xc011000000000000, 0x4023000000000000
	.quad 0x0ff6e636eff7faca, 0xbcc8fdbe40280000
	.quad 0xead117b797d9bfdd, 0x36b69773ff7fff1c
	.quad 0x406359552099d27c, 0xbc3505347b993f00
	.quad 0x902335483b79c75a, 0xc0100000407ffffe
	.quad 0xe1d5183b7afdfa00, 0x7fa044d275d97edd
	.quad 0x7ff0000000000000, 0xfff61b6728285d74
	.quad 0x8d9c0084f72f8bc5, 0xc0df85dc00000000
	.quad 0x49900000c763a66d, 0x2c31e8d37f8bfc25
	.quad 0xffc00000bfcf8eb5, 0xb5abc02f478d1590
	.quad 0x00ffffff4e3affed, 0x35f9a97062f47dbf
	.quad 0xbbefeebf83a9429a, 0x813f7f0bf13622a7
	.quad 0xcde359dfff9607ff, 0x3ffc000000000000
	.quad 0xc69f8793fb7f1fff, 0xbfac4f2b80400000
	.quad 0x7ff8000000000000, 0x3f327cc941ab01ca
	.quad 0x7fd765fc739c914f, 0xc0d800007f800000
	.quad 0x85bea73e2301249b, 0x380000003c600000
	.quad 0x0006da7def7f5ff0, 0x765aa83fff800000
seed54:
	.quad 0xfffff4fa656ce233
	.quad 0xfffffffffffffec9
	.quad 0xffffffdb55228302
	.quad 0x00000000000000c0
	.quad 0xffe6b5cdd654eeef
	.quad 0x3082135a9123be2e
	.quad 0xfffffffffffbc2df
	.quad 0xee1ddcb8ab74bd68
	.quad 0xfffffffffffffffd
	.quad 0x000d0a06b912f83b
	.quad 0xffffffffebc3d690
	.quad 0xc5c2dee709947b10
	.quad 0x000003c31ba47058
	.quad 0x84ec202b19bd4675
	.quad 0x12e7d258dc31ee61
	.quad 0x6d78d87b54146f1f
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0xe53c61f5cf217a40, 0xffd7e3f2736142c4
	.quad 0x83e827da7fc4801c, 0x7fd0000000000000
	.quad 0x023871e291e476b5, 0x66514221b15f7d63
	.quad 0x3f20000000000000, 0x7f7fffff48442abb
	.quad 0xfff0000000000000, 0x7f9c37673d67bdbc
	.quad 0xb3b20908e1697261, 0x4010000000000000
	.quad 0x9dcb1c70dc45267b, 0xbfd3287bd3ea0de8
	.quad 0x59a2efafb9e5ba4b, 0xc0a80000c17a5893
	.quad 0x5c922da0e844fc00, 0xd08dab555fffffff
	.quad 0x7f8133af7f800000, 0xfd9b3e5d4d471770
	.quad 0x800fffffffffffff, 0xfff8000000000000
	.quad 0x83697350bfbf5018, 0x3953cfebbff87c00
	.quad 0xffc000007fc00000, 0x4ce6833dd779e5dd
	.quad 0xab5807953db679e3, 0xa142c31dd72a1405
	.quad 0x06e2ae17df8ffdf9, 0x80000000f281442e
	.quad 0xfff8000000000000, 0xfff8000000000000
	.quad 0xbe6f058e80000000, 0x5ea8e3b4ede4a2f0
	.quad 0x40400000ffc00000, 0x3f8304d49b4707de
	.quad 0xfff8000000000000, 0xdf8da04cff77fefa
	.quad 0x80fe332ad9b44878, 0x3fffffff34126867
	.quad 0x8000000079be7409, 0xfefac9e94f79d3be
	.quad 0x70c4d18af908d300, 0x017fffff806274ef
	.quad 0x98ec2d914c92c6dc, 0x0f06820e001d1ea1
	.quad 0x1aeb5f2cfff8ffeb, 0xf636f778b3cbf1a0
	.quad 0x041f757861037a5e, 0xdf8000013e5e9fcf
	.quad 0x4b9315a57fecfb9f, 0x00ffffff7ed108df
	.quad 0xc10200007fc00000, 0xfff64206b6486863
	.quad 0x817fffffc8000000, 0x017fffffffc00000
	.quad 0xaa1bbc1dbfaf3f55, 0x41c76ffcda39dd6f
	.quad 0x7fc000007fb90b16, 0x43a680008446b42d
	.quad 0x350483f77fdb8f98, 0x407a89ebbcc339c5
	.quad 0xbfbffb3a8aadd8e2, 0x7ba001b5c178a638
seed55:
	.quad 0x041d1cd8706109d0
	.quad 0x000000000002c2fe
	.quad 0x0000000000000373
	.quad 0xffffffff1a5963b5
	.quad 0x4f410899c98ca0b4
	.quad 0x8193a16a46c030c1
	.quad 0xffffffff80000000
	.quad 0x000000000000037e
	.quad 0xc1a5e1a7a702f678
	.quad 0x003bc10ad4b91d71
	.quad 0xacab6f459f556146
	.quad 0x7c81a98d36870fc9
	.quad 0xfffffffffff56d77
	.quad 0xfffffffffffffe5b
	.quad 0xfffffffffffffe35
	.quad 0xd524a379e6ab35f4
	.quad 0x05000000
	.quad 0x30000000
	.quad 0xffcb397fc4800000, 0xbff6000000000000
	.quad 0xbfc7e594fc7b7edb, 0x79960d683ef80000
	.quad 0x3fd400709c115a45, 0x67dbcab1c2fbc660
	.quad 0xae40001bfffdfafe, 0xc01a2237f98b22d3
	.quad 0x302061279194dbe3, 0xd9be1333c0600000
	.quad 0x271f2bad449c7c00, 0xb05f3159f0fc7bfe
	.quad 0x40880000ff800000, 0x8ffe2d1affed3fde
	.quad 0xfff2a364fbbd1fea, 0x4cac3b7e47fa6db7
	.quad 0xcb197554fff1e3ff, 0x76143959fd7ff933
	.quad 0xbf73827bcff4bef1, 0x401e000000000000
	.quad 0xbf4c3cc53aa00000, 0x000fffffffffffff
	.quad 0x43b80000ff800000, 0xd4096c21bf7f7d16
	.quad 0xe1de46c47f800000, 0x7ff26b3b154a8ad7
	.quad 0xf411bd177f8b496f, 0xc3fcaad58230aabe
	.quad 0x0b306e9a73fdd8ab, 0x5a2478bdc8800000
	.quad 0xbfd0000000000000, 0x0000000000000000
	.quad 0x7c17d391996ad6f2, 0x7f8f0480ffafc2a5
	.quad 0xc1123dc43eb2c173, 0xc100000072fb58ba
	.quad 0x401a000000000000, 0x628ed0809a4594cf
	.quad 0x7faa4d50ff1becf4, 0x7f7fffff00000000
	.quad 0x55546514d7f4fd20, 0x924350125f7ee7f7
	.quad 0xa29ea140f9b7fd21, 0xfff0000000000000
	.quad 0xbfe7037f7237d9b8, 0x7fc0000001000000
	.quad 0xa4b0b004ffff7fff, 0x59ec3b2bc6e9b63c
	.quad 0xd11f2bb4d9d7e57e, 0xf193d205bb99eaa2
	.quad 0x004000001a6a3f4e, 0xfe408ec2f5499dc6
	.quad 0x8000000000000000, 0xc90993d209b64180
	.quad 0x000e36d1fe8189c4, 0xc21584fdff800000
	.quad 0x7fc00000439e8000, 0xb0019892a87a038d
	.quad 0x800691f5413c0000, 0x584befa15a7ffc12
	.quad 0xc700000180000000, 0x4cea2a06daecfbcf
	.quad 0xb02ba068cc653a00, 0x2fecfe507eba7400
seed56:
	.quad 0x0000000000003f5b
	.quad 0x000000010bed545b
	.quad 0x81c5fb3c842b5d16
	.quad 0xe7a162bc7258943c
	.quad 0x0000000000000000
	.quad 0xbe2fb353059392fc
	.quad 0x7fffffffffffffff
	.quad 0x05af4333426c80d5
	.quad 0x00000000000001e1
	.quad 0xe741f7b9ae56176e
	.quad 0x0d3ab4c9ff2f9aaa
	.quad 0xa4c2d7e918f8dc7d
	.quad 0x00000085e790bd52
	.quad 0x0cfa26b87ca65926
	.quad 0xefc216beafd124ea
	.quad 0xf42a58db87cd3169
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0x3902e9eefbef7fd6, 0x010000007e855f0e
	.quad 0x3fb679bf5f59477d, 0xbffffffffffffffe
	.quad 0xbdcee0d27f800000, 0x7f80000000000000
	.quad 0x5b7a82ad50985431, 0xab8b48cb55a980e3
	.quad 0x0a8ffe5f42e48000, 0xff891b23ff800000
	.quad 0xdab0f94b6aeef800, 0xc2d6cfeffad964fd
	.quad 0x7fc00000b150e271, 0xdb17499ee5effeaf
	.quad 0xbfa35a5b4938de23, 0x0c18f39dc0700000
	.quad 0xbb1f8e9730be83ff, 0x85edbaa18ace3895
	.quad 0x41f1e21bb479c9f4, 0x9ff54c1d83f9ffff
	.quad 0xc880000000400000, 0xbac00000438deb98
	.quad 0xf71084b9dbd97c00, 0xc3a5d632feffffff
	.quad 0xbe2661c5c2099358, 0xa72db1156f1e1756
	.quad 0x7ffe906ad8a6b5db, 0x7fc000008045d359
	.quad 0x40ec6bcb1bb3a82b, 0xc037ae0ff9f57fc7
	.quad 0x0124ce1345580000, 0x7f8000007ffc41fb
	.quad 0x8008000000000000, 0xbfe0000040c80000
	.quad 0xb7a1d0f41979fd34, 0xc11400007f800000
	.quad 0x7f8000007f8bea8f, 0xc84000007fa731c5
	.quad 0x46d9e7c03eb44d6f, 0xbd799b0a7ebb9ae9
	.quad 0xbeb99e47c3b84c67, 0x80ef982ef88b451d
	.quad 0xc06398773fbb7e08, 0x7ff8000000000000
	.quad 0x000000003f800001, 0x8010000000000000
	.quad 0x7fc1b5f334e48000, 0xfff0000000000000
	.quad 0xbfe8e3141ffd0f82, 0xfff0000000000000
	.quad 0xff85bf25bfea76ba, 0x47fffffe017fffff
	.quad 0x6de31d5f00400000, 0x344313a739824823
	.quad 0x9a137168968e0000, 0x80000000cf800001
	.quad 0x53a22f44f7ffffff, 0x7f800000b7f51a0d
	.quad 0xeafac0b8f8f41f26, 0x3fe8dd27108a050c
	.quad 0x25466e0922f47c25, 0x43db800080400000
	.quad 0x979d5d2bf9f2fa41, 0x18c405617aaffdcf
seed57:
	.quad 0x45b6afaa1deeb5e6
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc67
	.quad 0xd90e469511f3710a
	.quad 0x71108964094fb7b3
	.quad 0x00000bcec6524955
	.quad 0xfffffffffffffe43
	.quad 0xfff8d5aa5a56ef07
	.quad 0x0000000000000000
	.quad 0x2d0bc1a9d6a1e052
	.quad 0x0ec8160e4cff7ab6
	.quad 0x2b347294f981e0f3
	.quad 0xfffffffffffffea1
	.quad 0x0000000000000000
	.quad 0x0fab7d19c0da6fd4
	.quad 0x03c00000
	.quad 0xb0000000
	.quad 0x56cd1bd5f7fbe1f0, 0x9cf4ab67f8da9cc0
	.quad 0x4884fe31ba520f75, 0x7fc00000c0d00000
	.quad 0x75c1814c136744e5, 0x401f000000000000
	.quad 0xd0746db38d17f780, 0x0000000075666fd8
	.quad 0xe6e929aa1a8065f3, 0x000000013f800000
	.quad 0x86d24b087febedef, 0x4f222658545cb7c7
	.quad 0xc0d81d50371e0000, 0x6c47ea0c7f938f8c
	.quad 0x389f7c23ffbd7ae7, 0xf7ea825ca371fdfa
	.quad 0xa237cae8d57c6192, 0x7ff0000000000000
	.quad 0x6a0a3e87c7fafc00, 0xfb37c1fbb9ada1f0
	.quad 0x807d0f4df36e13f3, 0x40f8000040a00000
	.quad 0x1afeacb69776fda2, 0xc0200000812b912c
	.quad 0xcbd790f41548600a, 0x770332d9bde41840
	.quad 0xffa03b59ffc00000, 0x8001e4a90760c856
	.quad 0xfea6928a4f3d750c, 0x8a71b479ef5a1b3d
	.quad 0x3d06a125665558d3, 0xfff8000000000000
	.quad 0x5f477641fffdfb76, 0x344ba659df8a7ded
	.quad 0x000773eed37efbfb, 0x7fbc075207db8701
	.quad 0x7fdfffffffffffff, 0x97ab839b364cfe74
	.quad 0x3fb63357ebfff4a8, 0x669380b85ef7c129
	.quad 0x26133293ffecdfff, 0x44ec0000005283a6
	.quad 0x7f99d85b7f7fffff, 0xbe572faf7fc00000
	.quad 0xd6d1b8694d33479e, 0x7f897378ff800000
	.quad 0x3f88e75120a9c48d, 0xa98d3c89d9c7c200
	.quad 0xe5e5caa4d3fe88a9, 0x817fffff7fb02022
	.quad 0x650b8b9dffc9fc00, 0x005eb2b81abb5912
	.quad 0x7c6fd5ca537a0000, 0xab1fb5c57faffc32
	.quad 0xc00ffffffffffffe, 0x1e781e36aebe1662
	.quad 0x7ff091a053886776, 0x927326da4099f831
	.quad 0xff10803bcbda1069, 0x74a36adf674c6d97
	.quad 0x7fd075e58a96065f, 0xfff58b85760eb5d3
	.quad 0xa52ef098127b783d, 0x3e3cf18cff800000
seed58:
	.quad 0x0000000000000736
	.quad 0xffffad0114827954
	.quad 0x0000000100000000
	.quad 0x759c06ca331bb2aa
	.quad 0x48aede6fa42259f9
	.quad 0x000bf7fa4d53740b
	.quad 0x00000000000009dc
	.quad 0xfffffffffffffe9c
	.quad 0x5253ff717c41806a
	.quad 0xfe3fd0ccce9c344a
	.quad 0xfffffffffffffe07
	.quad 0x336cedf474dc0293
	.quad 0x0000000000000265
	.quad 0x0000000000000043
	.quad 0x001b07aabfae9b3f
	.quad 0xffffffff1d866d81
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x002a38c1a8bf6350, 0xc16e303ffff3fc1b
	.quad 0x566b70410e37a383, 0xd6be2b7a7c7c8000
	.quad 0x1a884998bf4ef70b, 0x7f800000407ffffe
	.quad 0x8000000097c5b8c0, 0x4017000000000000
	.quad 0xdff2b3cdff800000, 0xc013000000000000
	.quad 0xf852facf476f0000, 0xffd6e7edc301f845
	.quad 0xe500400a857ff7ff, 0xc05afe32c4f9f10b
	.quad 0x7d72074aab91a9e1, 0x7fd3e64b853ea378
	.quad 0x001fffffffffffff, 0x3d4fc671c2f00000
	.quad 0x80000000c9ed5f85, 0xbf94e485c16c7691
	.quad 0x00000000bdfa4fec, 0x72d2adc175832206
	.quad 0x00a8f7de9ed3c458, 0x81d2f88b25ff596c
	.quad 0xc34fffffffffffff, 0xffbecb548040c446
	.quad 0xbfa5f6c5be698e81, 0xa182f6fa7f808000
	.quad 0xfff0000000000000, 0xbff8b00000000000
	.quad 0x0023f8b405288ed7, 0x8000000041000000
	.quad 0x1ae1eb7f80000000, 0xff08468a00000000
	.quad 0x375d6446bf8a7c00, 0x02509a2e4dcf92b3
	.quad 0x0bc73eccd90bd234, 0xc0de4867c15a35e4
	.quad 0xff8000009bfadd47, 0x826111f0fdb2e928
	.quad 0x000000002e771bb8, 0x3eeaf854ae01b31f
	.quad 0x5d2628061b692260, 0x71be95ea41f9105c
	.quad 0xbf8e012cffc92da3, 0x8003bd14ad5916f7
	.quad 0xd6e34e0875af914a, 0x5ffffffef381fa30
	.quad 0xdbedbd6247eea1d2, 0x2e9662aeed6f4fb6
	.quad 0x0173b396fe8143ce, 0xc0b948ceffafbffd
	.quad 0xc0586e1af8a302b5, 0xbfee370f8bb525a1
	.quad 0x83026a7ecf800000, 0xb2cb2e44d0511eef
	.quad 0x0004d65c3214fb1e, 0x80bcbb651169c190
	.quad 0xb3deda633e39f80d, 0x7e74b2eb486f6853
	.quad 0x7ff52c30a9999dfe, 0x0c4b36b1cbfde9c3
	.quad 0xcf732c46fffefa57, 0x5ebaf5e97ff7cbea
seed59:
	.quad 0xfffffeb72c5153ed
	.quad 0x3e5aeedff1bf981f
	.quad 0xfffffffffffffe7e
	.quad 0xfff0cad67e24e80f
	.quad 0x0000000000000025
	.quad 0x2bf88f4934c9c94a
	.quad 0xbc4c5dfabbd40299
	.quad 0x0000000000000003
	.quad 0x0000553e86fabbc2
	.quad 0x43bca9494dcac020
	.quad 0xfffffffffffffff7
	.quad 0xf3b53953cd14d981
	.quad 0x00000000000001db
	.quad 0x0a6ed8bc33f8a380
	.quad 0xfffffffffffffe6b
	.quad 0x00000000000000f6
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0xf359656f8060911b, 0xbffc000000000000
	.quad 0xffa7c22919b62b05, 0xd9533f2c9a2afddc
	.quad 0x801fffffffffffff, 0xffefffffffffffff
	.quad 0x12d6056effff7bcb, 0x7f800000ff800000
	.quad 0x40dd200000000000, 0x7fb7a540ee78d91c
	.quad 0xf2c3f73d35043590, 0xc2b8b87d80000000
	.quad 0xdde4d76efff8f4bd, 0x8294572d92f9c9ee
	.quad 0x76ca26988e3f4655, 0x7eaf9700a665c343
	.quad 0x411400000060612f, 0x6155189cd48bc4db
	.quad 0xbe5c7c0843fbc14a, 0xc04dc00000000000
	.quad 0x7f8828be00000000, 0x68c03a91b6524400
	.quad 0xfff8000000000000, 0x807fffff0d333a36
	.quad 0x7ff0000000000000, 0x7e800000f750a711
	.quad 0x7ff7e4153fe103af, 0x3f19db6cffbbc1f4
	.quad 0xfccf4f29c2c16e99, 0xec1c5d190d0930e7
	.quad 0xc4fa000043ed0016, 0xa2d42d7bf699fe42
	.quad 0xffe69569e1f3aa63, 0x7fe600f134f944dc
	.quad 0xb8cb79f5e1ee7aa5, 0x377a04d9effb7c51
	.quad 0x3fffffffffffffff, 0x00000000bcd47a79
	.quad 0x5b994b058d218001, 0x40aa99547f800000
	.quad 0x3f624d25c5612865, 0x8011dd63011859df
	.quad 0xf7ec05ecc4ea7c00, 0x5629d139bffa0bff
	.quad 0x4024000000000000, 0x6a53014e42d9fc00
	.quad 0x3139967fd4effc00, 0xc33d016e2eb56792
	.quad 0x7f80000042ac70ba, 0xfcc3846bbfdbda4e
	.quad 0xfff2c352125ad70c, 0xa299072ae94d6f9f
	.quad 0x8000000000000000, 0xbe97b459fefffc3b
	.quad 0x0000000000000001, 0xc04f15cdd766fdb8
	.quad 0x3f7dcea03cb9f57d, 0x3ffb8defea64f59e
	.quad 0x7fc000007f3b5fbf, 0x9bad9994af0bc100
	.quad 0xbfd4685d18d21f53, 0xf793b5009e64945c
	.quad 0x0000000000000000, 0xff800000407fffff
seed60:
	.quad 0xc2906b28b26b93fb
	.quad 0x000000020ab34f3b
	.quad 0x61c3914de3cf0624
	.quad 0x0000000080000000
	.quad 0xfdd9082d659131d4
	.quad 0x02acd3c099328c8c
	.quad 0x0000000000000001
	.quad 0x1dad4d9b732b5956
	.quad 0x0000000001000001
	.quad 0xffffffb80b34210d
	.quad 0x0000000001000001
	.quad 0x00000000000002ac
	.quad 0x00000330e1ada691
	.quad 0xb99beaa2469ec18e
	.quad 0x0020000000000001
	.quad 0xffffffffffad4d1a
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x146536b5ffa58bff, 0x000e191ea8a6cf76
	.quad 0x0a5a3f970e5e5301, 0x93ff295be4d74426
	.quad 0xbff4000000000000, 0x404e80f20762d61c
	.quad 0x7f9ccf4b80800000, 0x98cb9772b4067c00
	.quad 0x3baed344412a2842, 0x3f44000000000000
	.quad 0x3fe4000000000000, 0xbc719c87ff800000
	.quad 0xbfcc745c20305fc2, 0x800000003e475070
	.quad 0x7ff3f04858ab828e, 0xe10b8197812251a1
	.quad 0x01000000b7e40000, 0x3f8000003e800000
	.quad 0x6733537cecd60407, 0xdb2fda89e1f6c7ee
	.quad 0x80027243a9c17e40, 0x3f7c4ac3e19781d3
	.quad 0xfff2269716f517ef, 0x8f122b5d45d78111
	.quad 0xfff0000000000000, 0x801b8589f68a8bbe
	.quad 0x00fffffff76ec5aa, 0xa4e4034e1b91be50
	.quad 0xfe455e1f20a2a719, 0xbb711e0aefffffff
	.quad 0x7007afe9ecdecc45, 0xbf96fdac00400000
	.quad 0xb99976faffe57940, 0x7fd828ff817fffff
	.quad 0xfff0000000000000, 0x6e0d23fad7ff5e78
	.quad 0xff23c75a80000000, 0x3e8000007fa0173b
	.quad 0xfdc6494e881637be, 0xc4ce972ffa77579f
	.quad 0x3bf1a01cc4758000, 0x0b52adc193d27e00
	.quad 0xffff0f1c3fa745da, 0xb25ed579a359c080
	.quad 0xdb1bc769cabc8000, 0x7df5ddfaed7ffd87
	.quad 0xe224cd9a40800000, 0xfff0000000000000
	.quad 0x6c969ebc7fe57bbb, 0xc0e0000000000000
	.quad 0x40ac000000000000, 0xc0e00000c5800000
	.quad 0xfa63ef7bf180fba3, 0xfea9ca625b519a9a
	.quad 0x8000000000000000, 0xc89987d9bdb6ed9f
	.quad 0x7f7fffffbf200000, 0x4020800000000000
	.quad 0xd06446ed36100000, 0x0d83eba9157e5ffe
	.quad 0x0a98e58af413c280, 0x0027825b32aa1784
	.quad 0x8015f4d5d688ffe6, 0x83ec57fe06370000
seed61:
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x50db1fd7d5fa95ff
	.quad 0x000000000000a482
	.quad 0x0020000000000001
	.quad 0x00000000000001a6
	.quad 0xfffffe565968f764
	.quad 0x802f231b23d2588d
	.quad 0x0000000000000028
	.quad 0xc54675fc51beedd6
	.quad 0xffffffbc89b53078
	.quad 0x88ca7269e7ae6683
	.quad 0x000000000002aed9
	.quad 0xfffffffc5403bea5
	.quad 0xe9a355e0d9f036f9
	.quad 0x0000013410eab025
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x007569b816f5b4dc, 0x0000000000000000
	.quad 0xb8e15d34053c2eae, 0xfe80000080000000
	.quad 0xc080f009ff800000, 0x40ac00003ba8d7f4
	.quad 0x3b571e227cbddf5f, 0xff800000ffc00000
	.quad 0x802094215f415d52, 0xc75791f13037981f
	.quad 0xf10214f53fc232e2, 0x4267ba0fe7fdffbf
	.quad 0x7f800000ca9b456e, 0xc330000000000001
	.quad 0x51426915622a4820, 0x42801ff1943ac443
	.quad 0x4324f173eafb8f42, 0x8101d40859e0809c
	.quad 0xaa3346e3293297ed, 0xffdc01408058eb1e
	.quad 0xdfffffffc04802ec, 0x0055f1caef74075d
	.quad 0xbf9d8e2143f6ad37, 0x3ecc000000000000
	.quad 0xac8c9e9528c47fdc, 0x7e563017e787fe00
	.quad 0x3c2c6c7742ac280c, 0xbfca2f2ed62a787b
	.quad 0x80442a4cb5a98000, 0x52bb13af70ba38f7
	.quad 0x817fffffc1aed5e9, 0xc0714577b6e10336
	.quad 0x92cbceb908ea0000, 0x8207229faa01d3d8
	.quad 0xf1e031ef00000000, 0x36a87167bd800000
	.quad 0x82c7ba6683a67ec3, 0xff000000477ffffe
	.quad 0xff96320c40b00000, 0xfff8000000000000
	.quad 0xffdfffffffffffff, 0x1f5d6152e3ffffff
	.quad 0x4974e4c751459130, 0x7fc000007fc00000
	.quad 0x8152297ac0da5128, 0x40c0000049cee353
	.quad 0xfc064d88ff9f8377, 0xbbddeb94ffc9a909
	.quad 0x405f136d95b73653, 0x7ff0000000000000
	.quad 0x406e4fcbb5257af2, 0x00000000c010981c
	.quad 0xff4bbba9b23a2cfc, 0xc06aca8d0571caf7
	.quad 0xc1180000ffc00000, 0xc2c20000c023bcad
	.quad 0x7ecf8ad2040a6f2a, 0x4dc04bcdedf04d46
	.quad 0x407af022f091847c, 0xca25b045a5ffffff
	.quad 0xd98000007fc00000, 0x3fcda35143aacf98
	.quad 0x5eb9571d88af6e85, 0x800000007f8a88ce
seed62:
	.quad 0x00015bb5d1cde34d
	.quad 0xfffffffe9e892c3e
	.quad 0x0000003d27aacddf
	.quad 0x00000000000003b1
	.quad 0x000000000000f914
	.quad 0x1a236045fcb9bf91
	.quad 0xfffffffe0ab84604
	.quad 0xffffffffffffffa5
	.quad 0xa821dc152f8d39e4
	.quad 0xfffffffffffffe6c
	.quad 0x7fffffffffffffff
	.quad 0xffffd9ea06737b3a
	.quad 0xf030c45041cfa792
	.quad 0x598005ac4b190a9e
	.quad 0xffffffa9e294ab96
	.quad 0x273a9dd2c7d97a36
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x4017010657194719, 0xc326d10d3c1f9a76
	.quad 0x4000000000000000, 0xbfb121d32cb5f8fb
	.quad 0x004082a4bb52202b, 0x7ff8000000000000
	.quad 0x9b1ccd16a0437a13, 0x7861a7d4ff68f92f
	.quad 0x7f800000be5a11e9, 0x3f7a91374792ef0b
	.quad 0xdc5cdf32367a7a52, 0x410c000000000000
	.quad 0xbc4f0a60ff5757e4, 0x576f4afebec0405d
	.quad 0x83688d77c024f4e8, 0x807fffffff800000
	.quad 0xc0b8000000000000, 0xc07c000000000000
	.quad 0x663e37977fc7b6f2, 0x000e928b62dffcd6
	.quad 0x0076336d188e20b4, 0xf600550bdb2fff73
	.quad 0x8008000000000000, 0x373f38d677e7fe9a
	.quad 0xafeba2827ffd7df1, 0xd72cbfa4fffa57bf
	.quad 0x81448f0366286f11, 0x139b85a76af1f15e
	.quad 0x480000007ff5e335, 0xc10398f9ffafffe3
	.quad 0xc0efffffffffffff, 0x7ff8f6dd95929437
	.quad 0x3f98a7cdda9c0448, 0x8183aa0abe2d007c
	.quad 0x7ff8000000000000, 0x213167847fff63ff
	.quad 0xc185d67ce8a134b9, 0x55a35ea9bfbfef5e
	.quad 0x7ff605bb041412fc, 0x21f98c4d9d8a21da
	.quad 0x8015d3cbaba8b49c, 0xe5df9046fe5eff41
	.quad 0x4340000000000001, 0x982aca19fc49f514
	.quad 0x000e689b3f118940, 0xd7763e28ff800000
	.quad 0xc12059c8f3fef3f7, 0x8000000000000000
	.quad 0x3da503943122c437, 0x804000003c30f163
	.quad 0xfeb929a8c3840000, 0x898a6ba8be45bd13
	.quad 0xc0f0000000000000, 0xc8580000c8c00000
	.quad 0xa908d760030e7c67, 0xfebfa2c504a1fb4e
	.quad 0xf7ff9a6adf7ea63b, 0xc18b415841784b0b
	.quad 0xa64733d3f235fcc6, 0xff800000c3bcbeea
	.quad 0x82635ed440c00000, 0x4009a00000000000
	.quad 0xff800000bdf0eb7f, 0xffd4852780000000
seed63:
	.quad 0xffffffffffffffb4
	.quad 0x0000000001000001
	.quad 0xfffffffffffffcdc
	.quad 0x870275e4b8d1b2cf
	.quad 0xfffffffffffffff5
	.quad 0x000000007fffffff
	.quad 0x000030364f0f6ac9
	.quad 0x000000397e539101
	.quad 0x00000000000001b1
	.quad 0x0000000000002ca1
	.quad 0xfddcece0b3b1c824
	.quad 0xf69c9914e10841d9
	.quad 0xfffffffffffffe91
	.quad 0xffffffffffffff25
	.quad 0x0000000100000000
	.quad 0xfffffff7bfcfaf31
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x54ca5b4779bacb00, 0xf271ac9794c6be75
	.quad 0xcff5615160b8be9f, 0xef491caf8b5ffc00
	.quad 0xc9491ff584a8693f, 0x7fc000001cae37cc
	.quad 0xb4a14bed5edfff1a, 0xd9ce4fcb80000000
	.quad 0xa807a3e47f8004a3, 0x00000000b6d40000
	.quad 0xc002000000000000, 0x3c7aa6b87f800000
	.quad 0xffc0000000000000, 0xfff1d89c3927bbeb
	.quad 0xff8000004f33e82d, 0x51a70bbf5f84f843
	.quad 0x9308c99279a69445, 0x7fffc70386ea4dd6
	.quad 0xbffffffffffffffe, 0xe995d4423e400000
	.quad 0xef5c3607cbefbfff, 0x0000000000000000
	.quad 0x8dfa0b80d7baffed, 0x7fafeec5c9200000
	.quad 0x80000000c0880000, 0xe38d2cb230ffff5b
	.quad 0x3fce34753c647b11, 0x1da2c6521ab1e079
	.quad 0xeb7b05f87f727e6c, 0xc04fe2deffbfc906
	.quad 0x20170b3a939cecc6, 0x427173127fc00000
	.quad 0x09e812042b9936f3, 0x3601e3117eefff5f
	.quad 0x8146b7b0c0500000, 0x9039d2f253ca63ba
	.quad 0x5efee19aa5f548f4, 0x3fb9ccd20d267d80
	.quad 0x6ad5707800800000, 0x7e6692e940c80000
	.quad 0x1ed9b23b785ddf9f, 0xd0ae51a5d8ef5fff
	.quad 0x0000000000000000, 0x80000000425a4392
	.quad 0xc34b00414ae3f36f, 0x495289d98cdb7eeb
	.quad 0xfc180147aaffffff, 0xc0effffffffffffe
	.quad 0xff8e4fff428c73ee, 0x7f8000007f800000
	.quad 0x537138229ffdfffb, 0xc025b7512825bac7
	.quad 0x00000000ff800000, 0x97b6e2263dbc9856
	.quad 0x81bef67dcdff50da, 0x718f1b92407fffff
	.quad 0x00000000ffcafce9, 0xc046f648452f610b
	.quad 0x8000000000000000, 0x0392e7bedbc884d8
	.quad 0x7ff06cd2928fa7eb, 0xf7c8ceeca0209d23
	.quad 0x23be558ce415fe00, 0x81d80b0c6e8d68ff
