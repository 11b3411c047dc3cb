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
	.inst 0x6e30c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee9d611
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
	.inst 0x1e242130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e325429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61a998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2642b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e42ad1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6a635c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18a0cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21699e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03dc5f
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
	.inst 0x1e61c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1c471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2300d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0721f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0fa34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f8298f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e26ed76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6939f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30fa58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7901e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f6bfcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e722190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c4b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2cdd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38034f
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
	.inst 0x6eb0c910
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
	.inst 0x4e21da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e244193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f38fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f32b635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2102a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e225c98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61dc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e284d3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e188d4b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e372030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e1879ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6fdfbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e1894af
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
	.inst 0x1f2f38f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59c481
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f62a412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202893
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
	.inst 0x2e2cf635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f851216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0c3df7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e651a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6281b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65695a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e1ebb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6620fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28e517
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
	.inst 0x7e61b950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e6bee32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e240163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1a954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee4d5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0442d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e181e88
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
	.inst 0x4e60ddfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f01d0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e501c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2742bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64e5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3c28ff
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
	.inst 0x1e2641f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eece4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e315894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea0e895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e272a36
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
	.inst 0x5fd01238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f7895d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3901ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef4ce7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea4cc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1b99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f028a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e69e5df
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
	.inst 0x6ee7c4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e198e22
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e69e4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6018f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eb1d4d6
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
	.inst 0x4e68c5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2741f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e29e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2822c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61aa5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2440fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e616b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6af6df
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
	.inst 0x4e21b870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f47c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2ae492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e3933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eb2c4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f50be95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0ea16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6140f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e640028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21681a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20301b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0f85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1aadd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2afdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38016f
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
	.inst 0x1e202990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fd09971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e24c452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d3953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e78d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f303df5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e310246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e617a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18d868
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f15b659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0f85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22013b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1993c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c15e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f1c5f
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
	.inst 0x1e21c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f8798b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f440d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e268833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61de54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e682dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2dfd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e612220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65411b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65b519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a05d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7900ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0f99f
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
	.inst 0x1e603481
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e030591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e4210d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e262020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e02e5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6518b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b7a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7720b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2640b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eedd49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3900ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e76cf7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2200dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6efaf49f
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
	.inst 0x6e6cd550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6100e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f321253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f809a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6740b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f871116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6468d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eadd539
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
	.inst 0x1e2201bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f51917c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f87981d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f8d989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e77e59f
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
	.inst 0x9e280120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f34fd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f433212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e4db3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d3914
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
	.inst 0x1e2919b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e250047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e210108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e4389b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e03b83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e78c47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6719dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e616b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6328ff
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
	.inst 0x4ee1d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f65c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e264912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e72c4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e610264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e62cc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e210027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6849f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20099a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e33587c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21787e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c89f
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
	.inst 0x2eacecd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb1ee32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b6993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee19974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f21e5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e280956
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
	.inst 0x4f3ee5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0921b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67101a
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
	.inst 0x9e6201dc
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
	.inst 0x4e61697e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fd8107f
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
	.inst 0x5e2cfd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e0214b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e242210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f072d95
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
	.inst 0x7eeaec37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc65898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e77fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e652310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e34d4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d889e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e22c5df
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
	.inst 0x1e27c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f47e4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21a8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e6179f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eafd516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e2d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e240148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2199b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7058ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1fa9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4abafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e62f57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69599e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e28004f
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
	.inst 0x2e21b870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21b9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e262160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee4fc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f7dfe75
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
	.inst 0x1e355857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e218918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f65c63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e19bc0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d22e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60dcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6742ff
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
	.inst 0x1e310040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6540d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7129f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f244913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e42ecb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0ca76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0eb2f5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f7a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c0d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c289a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e67cd3b
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
	.inst 0x6eb0cb7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4ca0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62481f
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
	.inst 0x6e64e490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0d991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6900c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee9fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1d8f4
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
	.inst 0x5f38e6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6740b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21cad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e68cf19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6f409a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e322b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e609cfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79010d
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
	.inst 0x1e618a3f
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
	.inst 0x1e2329d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea18931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e300083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c1894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb1d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67c236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0ea17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f3afd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61a9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f64cd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3868dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e616a7f
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
	.inst 0x6ee5c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0f8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6591d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e24ec33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f8e9014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e610145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fcc91b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e671818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f2fe519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e682a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2108bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee1db1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f8e92bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0cadf
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
	.inst 0x1e18fd80
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
	.inst 0x1e6c4832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3121a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e723dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e635a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f8311f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b1838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4398d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e2ae43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42a59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d25dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1b95f
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
	.inst 0x1e61c170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8a99d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fa99a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee7ccf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f44e534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f54e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eefe596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c2d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7101a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e61795a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61a8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2fab907c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e65010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f0b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3801af
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
	.inst 0x4fc59070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f49fd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea0fa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e35b013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f613454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f7fe5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70da16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee19917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e338537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0f83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e26d5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e6ce51c
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
	.inst 0x1e63017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d3421
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
	.inst 0x1e622120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61c811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fa610f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7021e0
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
	.inst 0x6ee0fa35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30d8b6
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
	.inst 0x2ea1f8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e4401
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62005a
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
	.inst 0x1f60b8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26407d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea7fc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24381f
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
	.inst 0x0e6168d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee3edb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19e982
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6c0893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f72b5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f54a6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eb0fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d39b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2129b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6400ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eefe45b
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
	.inst 0x1e27287d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58e2ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea8fcff
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
	.inst 0x1e2b79b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6741b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640622
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef0ed53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f450d55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1a916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f601937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f37fd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61d9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f099b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61e4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1b89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e7dddfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f8a3f
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
	.inst 0x4e62e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee5fdd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f43c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e717953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e630055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f264076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee6e4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18958a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21c97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6219dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee5c55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e2adf7f
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
	.inst 0x7e30f970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b4851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6801c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f68a534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e22ddf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2800c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e699580
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e611858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3f9019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6120c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3800eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f63a85c
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
	.inst 0x6e6bdcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2338df
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
	.inst 0x1f0180f0
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
	.inst 0x6eb0c932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3188d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e308a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fc99075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0d8f6
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
	.inst 0x1e3e5018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2028da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21edfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e29004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e6de51e
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
	.inst 0x9e780040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6ae571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea1ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2200d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e69dc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2101a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0eab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f3031d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e216919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2a811a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0fadb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e64e55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea7e55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4628df
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
	.inst 0x1e6979b0
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
	.inst 0x1e71fc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61d8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61b874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e600245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e67de16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e218898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1ed19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f62157a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f040cbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59c96c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1a8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67197f
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
	.inst 0x6ee199f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58b961
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
	.inst 0x7ee1a993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1b975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c3996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2320a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61e458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f36e579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e682120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2501cb
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
	.inst 0x7ee1a85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3801ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e194d0f
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
	.inst 0x4e6fcc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e191081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21e552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fa31193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc29a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eafd456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e616817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e341998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e217819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64289a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0c85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e03991c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eeee47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e69000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f8df
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
	.inst 0x1e240020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e68ce11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61a833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1f814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e720a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2f1816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f140997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b09d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e26fc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35183a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e75285b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61d9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61301e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c1df
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
	.inst 0x9e191c80
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2389f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e027c34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee7f575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e192ce6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6020f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1a998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0d919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e217b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e217a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2900cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1d95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21a8ff
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
	.inst 0x1e664830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64ac91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e589e22
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1a9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e292894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e650145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1a916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4235f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ef6cc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e712b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e30016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e025d3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f71fc7f
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
	.inst 0x4fcf19f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e622931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee6c432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0c913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eecfd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcf9895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6108b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f26fe17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e218858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f24c9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e798e1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f099c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58ec6e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61a9bf
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
	.inst 0x4e2ff510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e67e452
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
	.inst 0x1e22c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e218935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eb0d676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e312837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1a978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c18f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29483a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e208432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e4298fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e32381d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1b85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0c9df
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
	.inst 0x6e30f890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58a5a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e680a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eede5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a2651
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0fdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e64fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e27e538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e434899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e24fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61026b
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
	.inst 0x1e18d68d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c1fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f59fc7f
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
	.inst 0x1e242000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e688851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1d833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2100e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e310106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30f897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e38ddf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c2fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee6ee9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c38bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b18be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61983f
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
	.inst 0x7e61c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2afc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3900c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6cedf3
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
	.inst 0x1f4fc495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d2836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61b857
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
	.inst 0x1e690249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6169da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1b91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1a8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28b40a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2ab5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2cd45f
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
	.inst 0x1e2740f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67f539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e30cdd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea6d4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2169d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e58fd86
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0eb4c577
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
	.inst 0x1e67c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f742c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e662250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eeaf77c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68297d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e589c0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1a8df
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
	.inst 0x6eb0f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e701871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e62dd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee0da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e69e534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e280165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e616856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e0225d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e288af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71897a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f448ddb
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
	.inst 0x9e62017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e7cd4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc9121f
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
	.inst 0x6e30c930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2ff011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7321d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e2dfcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c2d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f25e51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eead59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c2bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03513d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc6187e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21fdff
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
	.inst 0x1e6149d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee3c431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eecce12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f33e655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee5c416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eaac598
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
	.inst 0x1e36189a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e618b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6169fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7308dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e9dfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2435d8
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
	.inst 0x1e280160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0c1531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0d8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e310123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e21c854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e68fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea0ca19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e218a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eacfd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c37d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21683f
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
	.inst 0x1e276d50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e251891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2ff5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c0933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e240224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2ef690
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c1976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fd49157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f60e638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e02d9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea188fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f32fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1a81f
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
	.inst 0x1e380040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f3008b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61b9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb4e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7801a6
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
	.inst 0x1e2200b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e258939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70f5a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e208b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f01cc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6a14bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30faff
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
	.inst 0x1e2c4890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61b9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f71b093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea19975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61ccd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0eb6f6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f3efcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee7fef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62701a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2400cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61cafe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f2ce5ff
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
	.inst 0x9e3901a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f418451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e702932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f421d53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e244274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ef3fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e252a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e24ce98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0d879
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
	.inst 0x0ea0c41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f2180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6588de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0fabf
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
	.inst 0x1e2429d0
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
	.inst 0x6ea0fa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e312894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e43f115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3e9016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e08b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e250028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6801e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea0c83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e226afb
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
	.inst 0x1f4c141d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2faa989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4635df
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
	.inst 0x0ea0c890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e390001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e26cdd2
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
	.inst 0x9e200264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e616a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c29b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e0308d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea7d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f65fe7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60c0fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6800cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7902ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f28e4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e240a1f
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
	.inst 0x4f2de5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fa89a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee8d4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0bb1d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e600937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2fb878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2401e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e38ce3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6301fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28387c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23007d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0f4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6900cf
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
	.inst 0x0f841190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea0c8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e240142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e280184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee1d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f40a8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2fb499b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2748d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e68ccb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee9f5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e599d0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea2d4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62409e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2900af
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
	.inst 0x1e29edf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e7811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea4d472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a5a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6195b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e290166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f3ce5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70ca19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27419a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fa0989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2eccbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0f87d
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
	.inst 0x4e60d57f
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
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fae9992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e6168d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f2efc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2200f5
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
	.inst 0x1e22c297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef3ee18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2bb559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e61683a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e02859b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27419c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e79016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e742d1f
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
	.inst 0x4fca5110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f274052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc79894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eebd4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614700
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f640afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e4291fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f38bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f49a47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eedd65e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f36ac7f
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
	.inst 0x1e700040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f302d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4c8512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e712140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e220154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee9d495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e591566
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e617ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc252b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1aa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30f9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f56b09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ef4d63d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68000f
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
	.inst 0x0e21a970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2500e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6640d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710143
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
	.inst 0x1e604d95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f23add6
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
	.inst 0x1e63c078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2209f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2440da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c34f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e200a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e662190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25407e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c05f
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
	.inst 0x1e710080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0c8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a08b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eacedd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f5460
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58da25
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c2836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c4998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e215839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62007a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61c9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4fac1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e08fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e68038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f91f
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
	.inst 0x6ee3e570
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
	.inst 0x7f2ce632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e72d5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3220b0
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
	.inst 0x1e634816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea199b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b38d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d3af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2179fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e637a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6159bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18a78d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e19a44e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea198df
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
	.inst 0x2ea9ecd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6200d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f699d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2800a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2758b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e64cdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fa19836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3548b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fa19138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f2af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e19b26a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f4748
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f8ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f3bfddf
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
	.quad 0xfffffffffffffe39
	.quad 0x50e928c3e7670939
	.quad 0xffffffffffffff70
	.quad 0x0000000072fe130c
	.quad 0xffffffff22cfc8a2
	.quad 0x000126ba177b7012
	.quad 0xfffffffffffffffa
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd29
	.quad 0xffffffffffffffbf
	.quad 0xffffffff80000000
	.quad 0x000000556bce5e5e
	.quad 0x5537e465ed75d104
	.quad 0x54cb7a4b12642a88
	.quad 0xffdea532c03df673
	.quad 0x0000000080000000
	.quad 0x01800000
	.quad 0x30000000
	.quad 0xbf9a43d580800000, 0xe67fccf4c3874aff
	.quad 0x00d40c828831e613, 0x7ff7b8480c324df7
	.quad 0x1df46701206e0957, 0x4233b0e200000000
	.quad 0xdc9978c163b5916e, 0xbcf57282c0c32d3d
	.quad 0xc012000000000000, 0x00088001b3cfd28a
	.quad 0x400dc00000000000, 0xe0af56678cef3014
	.quad 0x54fc6d66c147fc00, 0x7fd0000000000000
	.quad 0x00000000410c0000, 0xffdb177e7fc71f72
	.quad 0x6b7f12413cec8595, 0x006a0d2180800000
	.quad 0x8316f3a8b8bc2fe6, 0x7f800000ffc00000
	.quad 0x29f1d5e3fdb80dda, 0x7ff2b8d10485059b
	.quad 0xbf9438519bfb18d4, 0x00000000fd5ec197
	.quad 0xfffa1af1bd7c707a, 0xfe8000006035d51b
	.quad 0x7feb2ef465aeb3e9, 0x7ff0000000000000
	.quad 0x80000000ff2962e7, 0x7dc6fe78edd78764
	.quad 0x3f9826d52ad36fdc, 0x141ebc7ba36a6765
	.quad 0xff91826d7fe8bf58, 0xfda1ec9733b51a08
	.quad 0x004eb11bbe89254d, 0x00c5690d2b8df90a
	.quad 0x7f800000fcee56db, 0x00057b4ec5760b11
	.quad 0x3f81f938bbd51df4, 0xbc7f31f22a3c1d45
	.quad 0x7f8000003bd6df53, 0x7ff2bf482a290904
	.quad 0xfe2bfc1c0f3df0aa, 0x7fc00000ffae4541
	.quad 0xc26031dc00000000, 0xbde5d106c1300000
	.quad 0x9ccb9b1bfdd93ee4, 0xff80000010792675
	.quad 0xbf9ab0fa4c4110a0, 0x40dc000000000000
	.quad 0xbf78ebb8ffab7e01, 0xd4864bc5adbf2636
	.quad 0xee9238506e1f7b9c, 0x800000005f800000
	.quad 0x800c27b98789ac78, 0x000fffffffffffff
	.quad 0xffc0000080400000, 0xfbcd020dc2a7a400
	.quad 0xef985e1cfba4b200, 0x7ff0000000000000
	.quad 0x01adc85b0c48c005, 0x487ffffe0156a01f
	.quad 0x804fda244befe070, 0xd656dfd71e00d80f
seed1:
	.quad 0x00000000000a4c1d
	.quad 0x00000000000001df
	.quad 0x0000000000a0c93b
	.quad 0x000000007fffffff
	.quad 0x0000000000000002
	.quad 0xd3261d43cf5c615a
	.quad 0x2139deac14e89a36
	.quad 0x00000000000000b0
	.quad 0xfffffffffffff603
	.quad 0x2e386974c52e6800
	.quad 0x0000000000000155
	.quad 0x17c69eb79aaf322e
	.quad 0x0000000006275496
	.quad 0x0020000000000001
	.quad 0x0000f646ac67e800
	.quad 0x0000000000000000
	.quad 0x03c00000
	.quad 0x20000000
	.quad 0x22cff0f611d74a36, 0x3bfabc1e7fb3fed3
	.quad 0x90c4100ed8fb4000, 0x0005bb25303a95b0
	.quad 0x30d9ac97dfb3fc00, 0x0000000000000000
	.quad 0xffe0000000000000, 0x7ff0000000000000
	.quad 0x41d8fc7ec2cdd406, 0xfff0000000000000
	.quad 0x05c81213fe62fc00, 0x4330000000000001
	.quad 0xc08df13d92ec9e2c, 0x800dd5173da6df56
	.quad 0xbcf2619a410a0000, 0xf6db070a351d3504
	.quad 0x0000000000000000, 0xde3dcfc6d4757e00
	.quad 0x51c646bfbfefec01, 0x8000000000000000
	.quad 0x0000000000000000, 0xdfebde6b425cf355
	.quad 0x7fc00000ffa52476, 0xbd7239bd3c000000
	.quad 0xae7955e966080000, 0x605903b6e7fdfeff
	.quad 0xfda819153d7890f2, 0x461c350bffdba5c0
	.quad 0xe71dc78b7f7fffff, 0xc0e7fdf6e9f98b5f
	.quad 0x7e5cbf0287d0c398, 0x40e942cb0bb6ff6e
	.quad 0x7f8a72fa80000000, 0xffbe46a97f872f33
	.quad 0x6f673e4dc34b9d0e, 0xdc86b6a9c15c798b
	.quad 0xfffb7fb37f4d8e41, 0x7f9f4545b6b00000
	.quad 0xa56dda727fc00000, 0x7ff8000000000000
	.quad 0x35d00000086f5d04, 0x3e2b9d86c1180000
	.quad 0x3f8d8f806707f37a, 0x2e011bc9c061c8d4
	.quad 0xdfa7a11fd2e6fc00, 0x815335e5fe5dedbc
	.quad 0xc6c000009dc4b1dd, 0x00879ae5cffe5ad1
	.quad 0x3cfd9cf177837f89, 0xfff77641862f0725
	.quad 0x7ff223fe9f2a317c, 0xff800000c293f85d
	.quad 0x41fc491c15c47c2b, 0xdf85f8015fd6cbdf
	.quad 0xc1e4ef9a6bbe7901, 0xaebfe7991990c9dc
	.quad 0x7fe3e0e100000000, 0x00800000a2699b9e
	.quad 0xc189288b6f4f7dea, 0xfb865585ffa780af
	.quad 0x9758839b80000000, 0x78295ed5f9ad9cb2
	.quad 0x24388626501ea9db, 0x36f4da99ff3dfdb9
seed2:
	.quad 0x000003f916d105e3
	.quad 0x000000000002484e
	.quad 0x0000000000000000
	.quad 0x04e9d1cd0d4e0488
	.quad 0xe1fc87cd61098b75
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdeb
	.quad 0xfffffffffffffda0
	.quad 0x0000000d12bd46cb
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x2e009b71552f2ebc
	.quad 0xfffffffffffffe62
	.quad 0xffffffffffa3c862
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0x06400000
	.quad 0x40000000
	.quad 0x2797379d6694f759, 0xc0c80000477762a0
	.quad 0x79821789f4568a9d, 0x1d73b285810403ff
	.quad 0x777041445449a4a7, 0xff8000007f834efe
	.quad 0x002fffffffffffff, 0xbfc4c7d924a862a9
	.quad 0x7fc00000c0300000, 0xb1b85031fdfbe965
	.quad 0xc28d8726ffc00000, 0x3f695e45017fffff
	.quad 0x425548503dd521ae, 0xffd22326ab0041f6
	.quad 0xbe400000c0200000, 0x8007641d92dd3f0c
	.quad 0x8000000000000000, 0xc7fffffe5a000001
	.quad 0x2b678766f1a25a2c, 0xc0aa7659c7ffffff
	.quad 0x55e31796fffe0000, 0x0356d8ee022af90b
	.quad 0x17085612d3d2fd8e, 0xfbc4b8e59d7579ad
	.quad 0x55b3de6f7ff9ecd5, 0x41978120011da1bc
	.quad 0x815c8fd64ed855bb, 0x1e747f0bff99425b
	.quad 0x3f41e00000000000, 0x9f6c927f3b91a7db
	.quad 0x0000000038700000, 0x7f8000001794a3b9
	.quad 0x66624676fffb7b68, 0xfb1baaed9b61977d
	.quad 0xc77ffffeff7fffff, 0xaa919f205f7ffffe
	.quad 0x02993cc0be0946a7, 0xdb46fe493c5167a0
	.quad 0x80000000ee19f13e, 0x906061f9f91afe00
	.quad 0xc1eea6728ef609c6, 0x08ed9bf99f00c480
	.quad 0x41f0000000000000, 0xf059adece9faddff
	.quad 0x7f13d90b7fc00000, 0x94b9127982e9a913
	.quad 0x80000000c715deb4, 0x40de000000000000
	.quad 0xe4de174340900000, 0x7f800000149b7267
	.quad 0x3fef9ba082749c3b, 0x72dc47c83b100000
	.quad 0x002cbf6d16a31b4d, 0x40fc000000000000
	.quad 0xbf40000000000000, 0xf599059ac049acb5
	.quad 0x3ff4000000000000, 0x0127aa439452795e
	.quad 0x0008000000000000, 0x67da8665dda57c00
	.quad 0x787f6414cfe3e73d, 0x516b411a5f699fa8
	.quad 0xe62d18a0f7f3f47f, 0xdd6b4fa46e67fe46
seed3:
	.quad 0xffffe09b7758f81d
	.quad 0xfffffffeb2e24791
	.quad 0x5f78a4e3ae25c1b3
	.quad 0xffffffffffffff1d
	.quad 0xd9059465a60dfced
	.quad 0xeedad527783e58a5
	.quad 0x1fca65af53f007de
	.quad 0x836d11dee6b3d3f7
	.quad 0x00000000ffffffff
	.quad 0xfffffffffcbd3229
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000198
	.quad 0xc96424cd5cd19ce8
	.quad 0xffffffffffffff04
	.quad 0x0000000094cb0aca
	.quad 0xfffffffffffffe32
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x6ec4730fd2ee983b, 0x41effffffffffffe
	.quad 0x7a3bc3408ce3206c, 0x000000003223db7a
	.quad 0xc6bd8000414ad92f, 0x7f7ae086547c20f3
	.quad 0xbbca1652c6fb69b8, 0x8000000000000000
	.quad 0x001ba0fc85ad2464, 0x415fa903ffb5cb3b
	.quad 0xc1fdaf4b7093039f, 0x9a0d7112f9fffffe
	.quad 0xbebc000000000000, 0x8e6275dd9d28554d
	.quad 0x699c651419eb0700, 0xa00ec2cb7cfb2f99
	.quad 0xed5724c1cf53fff7, 0x47ffffff00000000
	.quad 0xcb92291ea53720cc, 0x73407680394e502d
	.quad 0xfe3f7cad058534ca, 0x8000000040380000
	.quad 0x7ed4d6e55ba5f89d, 0x0329565d49ccb8cc
	.quad 0xdf2b689147abfc00, 0xf087345d8f03c00c
	.quad 0x7ff0dd9f2df98a9a, 0x7ff85030e6c78fd9
	.quad 0xc0afffffffffffff, 0x800757a2d3c66004
	.quad 0x80305696ffc00000, 0x85aa28eeffdf1fff
	.quad 0x89c3e229c29a124a, 0x8000000000000000
	.quad 0x74a0aff932aec640, 0xc7ca000080ffffff
	.quad 0xc39a042b7f4b60e2, 0x229c93637dc74f07
	.quad 0x172f2de84213ab8a, 0x01ab923bcd9ba2d7
	.quad 0x32106deaf797cf2e, 0x458fa9f011e71f20
	.quad 0x8080000000000000, 0xc022c00000000000
	.quad 0xc99c00006ecdad55, 0xc3ee598d41160000
	.quad 0x4058ff8e96bc76f7, 0x96353d6bf6bb7f39
	.quad 0x401427e5b872aa1f, 0xecdc4eef3c24d1ca
	.quad 0xc34fffffffffffff, 0x3c5932a8a9cb4100
	.quad 0x3fe002cbbb162d25, 0xffc1ff48410c0000
	.quad 0x3fdaf87c017fffff, 0xfffdb42cc2a140fc
	.quad 0x800fffffffffffff, 0x4367b14200000000
	.quad 0x40bbedb180000000, 0x3ff61018d8880935
	.quad 0x8000000000000000, 0xfff8000000000000
	.quad 0x6742a7bb80892a15, 0x3b000000bef80000
seed4:
	.quad 0x5de5910b1b40f88b
	.quad 0x00000000acc276ed
	.quad 0xffffffffffffffed
	.quad 0xdf35361ac516a380
	.quad 0x0000000000000192
	.quad 0xfffd5eb056ded2be
	.quad 0x6e21ef99e3265a45
	.quad 0x0b05cb1e253e63e7
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x3099a8680b9fa95e
	.quad 0xffffffff81209607
	.quad 0xffffe715c7ce5faa
	.quad 0xdac101625da9d482
	.quad 0x00000000019efc0a
	.quad 0xa3f580395ce6fa19
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x2a057c15d6cb3e00, 0x29cad106516a7cb2
	.quad 0xc061eb543ef5ac18, 0x96e5854dff800000
	.quad 0xc03bdd995a7ffffe, 0x911854937ffeedef
	.quad 0xf70cd82880000000, 0x00076322c5f2b79b
	.quad 0x3ff4000000000000, 0x7fd5b525c9882631
	.quad 0xad438dc8ffb0cd0d, 0xc0b00000817fffff
	.quad 0xdacb96f1bb7343a9, 0x8000000000000000
	.quad 0x000bd0cc62dd4c42, 0x6fe63434f7cbfc00
	.quad 0x25da2d2ceefdfc3f, 0x03686fa380000000
	.quad 0x8c7a273b400c01cf, 0xbf2ff00000000000
	.quad 0x0057bf24dec0079c, 0x361d1c72ffceeb75
	.quad 0xd651e055b9829eeb, 0x66592d16ff800000
	.quad 0x8659de54f7ed2607, 0x40d8000079e88cc3
	.quad 0x7e781e4c6c13f054, 0xff80000021fc67e7
	.quad 0x7e8000003eb95c7a, 0x3007141a2d1f4d70
	.quad 0x0f74cdd2ff000000, 0x7ee7d1d399975379
	.quad 0xca406f977fef7f6d, 0xff9d7878ff800000
	.quad 0xaccb33dce260594a, 0xfff54627686a865d
	.quad 0xbff6000000000000, 0xc7a741318563854a
	.quad 0x80054f991ef61f0a, 0x8000000180000000
	.quad 0xbc72b11f7f800000, 0x99a74c4dbc10b33b
	.quad 0xfe3638f07f91448d, 0xf03e5547c60bba45
	.quad 0x3e3ebcdeffc00000, 0x7fc0000080000000
	.quad 0x10c4c60b852b2dee, 0xbfacbe557d8a1ba3
	.quad 0x4aa5a938ff000000, 0x3c01044c3ea8a6f5
	.quad 0x40155bf1421c23cc, 0xc33fffffffffffff
	.quad 0x88f0904bac077b8f, 0xc8673d2bffc00000
	.quad 0x8aed2c5cfdfffd20, 0x019a59cc806939e8
	.quad 0xdcc725d5e5fbafea, 0x9303ae769cfefc00
	.quad 0x40fc0000c3073349, 0xf01fad1afe9bcf47
	.quad 0xd4a333ac411ab4d7, 0xcbf5500012b0831d
	.quad 0x3f931607b6b843a1, 0xfefff94f1d5f7e14
seed5:
	.quad 0x00000000ffffffff
	.quad 0x0000000fbf9154a8
	.quad 0x264bd38e01e9dae7
	.quad 0xc9100152e93e0a95
	.quad 0xfffffffffffffea4
	.quad 0x432e0f5b3ef1df6a
	.quad 0x0f0b08cfa1915232
	.quad 0xf75e9da0ad572b82
	.quad 0xc5a3e761afd148f9
	.quad 0xffffe5ef3a64cd46
	.quad 0xd0ec32732ce638b5
	.quad 0x7fffffffffffffff
	.quad 0x036aa7dd9928afb2
	.quad 0xffffffffffffffff
	.quad 0xd60fb63974e898ae
	.quad 0xc5db60bbbd83f3ef
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x4348c0aeff37ffbd, 0x67971be97f7d7ffe
	.quad 0xc01d96f7c70d5554, 0x37e1ccf6328a76f8
	.quad 0xbf7e517b495dc584, 0x40a000003f531c74
	.quad 0x8669a62a63273c1b, 0x40cc00007f800000
	.quad 0x434a830b65d39bb6, 0x9de7ddc4f1d80caf
	.quad 0x80021bc9371013a1, 0xffa26ed3801147c6
	.quad 0x7ff1dda852602ce3, 0x0010000000000000
	.quad 0x3e0208ea44245aed, 0x4330000000000000
	.quad 0xc216000093ee40fd, 0xf8ff5e4b7f6bc131
	.quad 0x1c96781c3684b321, 0x41e0000000000001
	.quad 0x1acc3986bdfdbfff, 0xc4d00000404bb2ab
	.quad 0xc01e000000000000, 0xbe80000041f7f683
	.quad 0xdf7fffff6e03871c, 0xce152dabf63ece3b
	.quad 0x01d632c24570db1b, 0xc0cc8585f2fd7bdf
	.quad 0x00fd4f5a066e069b, 0xa55d1a2edf7fffff
	.quad 0x5721296feefab6dd, 0xbfdb67f3c5f66f0f
	.quad 0x4075065042235a69, 0x345acb0ed66a469b
	.quad 0xfff014ac968bb95b, 0xc05800003d97dc27
	.quad 0x68c7e697ffefc860, 0xff8000004222c99f
	.quad 0xa68c614fe9f9b55f, 0x404565b49e6a6554
	.quad 0x605df828bbf954d6, 0x686f46eff97efe00
	.quad 0x80079234ceb25529, 0x4f97a8566761d33a
	.quad 0x8020000000000000, 0xf026ed048141fe62
	.quad 0x7ff18515281dd06e, 0x4028000000000000
	.quad 0xc0837453ffbeffbb, 0x7fa05919be84ceea
	.quad 0xbbe5a4bd00ffffff, 0xfee959d645df8d97
	.quad 0x1de31d7d7fea2385, 0xc00000013fffffff
	.quad 0x708f340fffdb5d00, 0x881a65b1f78b8000
	.quad 0xe6cd19a6e27e3d36, 0x00000000477fffff
	.quad 0x7f9475ae740568af, 0xb2580bca398f7c00
	.quad 0xc4820fb886338afb, 0xedcc68351d0e8000
	.quad 0x79302abb06b2c901, 0x33095bf790394620
seed6:
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x0000000025a9503b
	.quad 0x0000000001000001
	.quad 0x00000000000001f8
	.quad 0x315830fc83a6aad5
	.quad 0x70e2a8e07c87a24d
	.quad 0xfffffffffffffff1
	.quad 0xde035a1228017965
	.quad 0xff5864f2b7f5cbfb
	.quad 0xffffffff80000000
	.quad 0xffffffffe4327ced
	.quad 0xffffffffffffffff
	.quad 0x00000000006b0455
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0x01400000
	.quad 0x40000000
	.quad 0xff80000036e00000, 0xff7fffff00000000
	.quad 0xe9d5c45b73f7bd9e, 0xc0dd800000000000
	.quad 0xffc0000081ab822b, 0xc77fffff45610000
	.quad 0x7eb2176c9ce2090c, 0x410800007671f55b
	.quad 0xfeffffffc211d130, 0x43e9c29f3f6bfa9d
	.quad 0xda7dc7c8ff7daffe, 0x3fb958efb2ab8665
	.quad 0xbf8db24edeffffff, 0xf755d9d37fb01089
	.quad 0xb50ee1b61ff59e2d, 0xa4a7bfdafefcd79f
	.quad 0xbfbd800000000000, 0xfff2f931be096e85
	.quad 0xc000e00000000000, 0xe5246b921280a4de
	.quad 0xcf0000017fc00000, 0xc022800000000000
	.quad 0x88348c6bab9e7cff, 0x57ed4f32c06b4240
	.quad 0x480a000035a00000, 0xdc3c85dffc9ec520
	.quad 0x17153acb849d3f00, 0x8df960e1472f85ca
	.quad 0x9a7b831a7fdfe6f8, 0xbefe49019aa09ad6
	.quad 0x3f9bb89b581c8164, 0x439cf196c3eb788e
	.quad 0x7dbf17a42692bdad, 0xbaf5ece12ab25e6b
	.quad 0xb73f01e9ebc24c30, 0x341455536f165de3
	.quad 0x807d3332f0c08e8a, 0x3ded2803807b14d0
	.quad 0x7f8000007fb1a92d, 0xfff0000000000000
	.quad 0xb4077d4ef033be00, 0x7ff45548ffccff0b
	.quad 0xc013000000000000, 0x1d6cda4cc0000000
	.quad 0xc0ffe00000000000, 0x49fa53ea00bb7900
	.quad 0x41cd62b900000000, 0x49c000003fc00000
	.quad 0xfffb5f72668453e7, 0xc108000000000000
	.quad 0x0000000000000000, 0xbc36709e00b43fbc
	.quad 0xf9160121ae907509, 0xc01aa6a9c0500000
	.quad 0x83929abbef09fbf9, 0x808000007fc00000
	.quad 0x2f41a6182d3fbbf7, 0x07fc0b5f38ee0000
	.quad 0x6596a609ffffab7e, 0x0000000036400000
	.quad 0xbc1c17457fc00000, 0x9f3c2e48b4efd7de
	.quad 0xc1a5841381000000, 0x4347010e0557b3ec
seed7:
	.quad 0xfffffff9d2009db1
	.quad 0x0000000000000001
	.quad 0x00000000012e7315
	.quad 0x00026e098df2ab21
	.quad 0x000000000000023b
	.quad 0xbfe980b15dfbe844
	.quad 0xffffffffffffffb1
	.quad 0xfffff899abe0fc6a
	.quad 0x0000000000000000
	.quad 0xffffffffffffff9a
	.quad 0x00000000ffffffff
	.quad 0xb7af5ae05aa74fa4
	.quad 0xfffffffffffffe0c
	.quad 0x839931602ffb23ca
	.quad 0xfffac3307ebd5499
	.quad 0x0020000000000001
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xac12ca7abb9563f7, 0x0000000079b9079a
	.quad 0x81acbdf00c779eb7, 0xffc000007fe31e39
	.quad 0xffece73b654f2cf6, 0xffd8682931764d0a
	.quad 0x864349e9df8ffd3d, 0x0a076503ffd2fdf5
	.quad 0xc6649b68d6f7fbdc, 0x8000000000000000
	.quad 0xc59646241b4197aa, 0xf57f67163225fd15
	.quad 0xc020000000000000, 0x7e3973f77726725c
	.quad 0x36968ba3d4ffffe9, 0x4450000000000000
	.quad 0x41f0000000000000, 0x7ff2d2f4c9c3be0e
	.quad 0xc5c7bd3c8e3a7c3d, 0x7fcb989c49e40000
	.quad 0x67607fff0ba67daf, 0xc024000000000000
	.quad 0x000000003e800000, 0xfff66110b7d2113b
	.quad 0xbc492c38127e1f61, 0x7ff0000000000000
	.quad 0x7d97935a46b189ac, 0x829dc01812a54d61
	.quad 0x37ae0e526a5b0000, 0x4006dc7c9be73e5c
	.quad 0xf8e308e51792fa91, 0x07bbbec5ffe77ede
	.quad 0x002f2043d61a6e2a, 0xff3f920f2469e09b
	.quad 0x5cdeca90d7affcbb, 0xd94ae3482d841ea6
	.quad 0xa64bd4d478408000, 0x7ff1c8ca882a297e
	.quad 0x34529609fb6ffc00, 0x7ff8000000000000
	.quad 0x9e4b87892a6bfa8f, 0x3f784c65437ca4b6
	.quad 0x860bd824e88ddf4d, 0x7fd6e36252b73d3a
	.quad 0xfff040fe343ce504, 0x8000000046c00000
	.quad 0x7f8213bb3b000000, 0xbeb7000000000000
	.quad 0x21b5487fb1001008, 0xbfda5c01cd858a95
	.quad 0x034f5c81eeaa6190, 0x088dbacbeffe5552
	.quad 0x60d85952bfefc7f9, 0xc02d50f8ac012097
	.quad 0xdf7237ee7faa2261, 0x7bbb0ee07f800000
	.quad 0xfff8000000000000, 0xbfffffff7f94e7d8
	.quad 0x3daaea5b3d9f137f, 0xbfbe44f6c69694d4
	.quad 0xd839821d0f18fc00, 0xc10b13ddcf7fffff
	.quad 0xfe496df96e99c0b6, 0x7fc00000c19e5dcd
seed8:
	.quad 0x0000000100000000
	.quad 0xa11a6beb7b149f7f
	.quad 0xffffffffffffffff
	.quad 0xfffcf99de4efdbe7
	.quad 0x000000007fffffff
	.quad 0x0000000000000245
	.quad 0x5fe086e84f043ece
	.quad 0x00000000000002d0
	.quad 0x8a3d6e8f7cec477e
	.quad 0xfffffffffffffc61
	.quad 0x52c9fc711c0aa79d
	.quad 0x000000000000002f
	.quad 0xb5064ca9e19bc77d
	.quad 0x000000000000004c
	.quad 0x9efb806a97895dcf
	.quad 0x000000000000026d
	.quad 0x05c00000
	.quad 0x10000000
	.quad 0x07b0be469f001e0d, 0x8000000000000001
	.quad 0x7ff7a05651082580, 0x2ed4de4a3fde011f
	.quad 0x90ae21f81bc03053, 0x00ffffff458f3369
	.quad 0xc102000041100000, 0x537a1155fefdfdcb
	.quad 0x888e1c90c0300000, 0x7ec07169709b044a
	.quad 0xc000000000000001, 0x22b49076667ff800
	.quad 0x9df6d37be8d9c097, 0xfff5ddc89479f7bb
	.quad 0x47000001931c9c9b, 0x85d9e59fdfffffff
	.quad 0xc287d040beb70000, 0x40e5453740cb8711
	.quad 0x7ff2d049ce5dbc18, 0x41efffffffffffff
	.quad 0xc067bdc87effffff, 0xfff3f3f85f2b36ff
	.quad 0x0c2624478dcacd5c, 0x0025e51c0db92a02
	.quad 0xc05dec8524e1ce20, 0x0000000000000000
	.quad 0x9fbfc604061b3513, 0xd61024dd3d92efd7
	.quad 0x7f6cd128333af927, 0x03a93c8500000000
	.quad 0xdd0736536f60b12e, 0x1c4d3be5856c6ae4
	.quad 0x835d69f99a262392, 0xfff0000000000000
	.quad 0xeafe32f4eff69968, 0x0008000000000000
	.quad 0x800494e644900000, 0x22df0e23a776fdff
	.quad 0x4f80000121ac79f1, 0x7ff0000000000000
	.quad 0xbbcd27efff9444f0, 0xbebb200000000000
	.quad 0xbbf9deea89ab7164, 0x0020000000000000
	.quad 0xc4c0964587f5c995, 0xd154a7a6e7cf7efd
	.quad 0x7e91764fd55d08ae, 0x628ffa6e7fe7ff17
	.quad 0x8369d836ffba4e0b, 0x8000000000000000
	.quad 0x802dea41e7d6edb1, 0x1b76e86310225a47
	.quad 0x3dce4458c0d3083f, 0xfff0000000000000
	.quad 0x41f0000000000001, 0xc0f0000000000000
	.quad 0x401a000000000000, 0x7ff01b6f95484061
	.quad 0xd980000000355ccb, 0xc051400000000000
	.quad 0xc340000000000000, 0xc77fffffbc99cb5c
	.quad 0xbfb2bc61a52b40f3, 0xc1c47e71fe1fdef3
seed9:
	.quad 0xffffffffffffffe2
	.quad 0xfffffffdea397698
	.quad 0xa8b0447802ed177a
	.quad 0x000000000000011d
	.quad 0x005a820dc38f9f74
	.quad 0x7946976f77c1f565
	.quad 0xfcd67ef262bf590a
	.quad 0x098760915fd1d7ab
	.quad 0x2ef29eaf20aa2fa1
	.quad 0x5edee65dd1615323
	.quad 0x00000000000002c8
	.quad 0xc9c9b8d0bbe0346a
	.quad 0x3584c972438115da
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x4109f0f2ff800000, 0x3ffc400000000000
	.quad 0x4066e85e4e1a7cc5, 0xff85785cb0913082
	.quad 0x4b5ca58c1575530b, 0xc25a938368c660e1
	.quad 0xf3dd4fb39db78bff, 0xfff9aeff7f800000
	.quad 0x58cab6ca7cd42667, 0x88e7e584146bfcbb
	.quad 0xbfbc331d8c4a23af, 0x0941816d58fb9b91
	.quad 0xffadf74243260000, 0xc0eaa00000000000
	.quad 0xbf58000000000000, 0xfff1d9fd9ed553f3
	.quad 0x40d5f711779c8d98, 0x8000000080000000
	.quad 0x8047bffc7ff16dbc, 0x080c0f5fc91f7c00
	.quad 0x5ffffffe81000000, 0x800000003b8274b2
	.quad 0x4fd184c47aed1eec, 0x603fa080fffeffef
	.quad 0x8be7a54ca3b77e00, 0x6b3afeda37d34180
	.quad 0xffbc145eba44dddd, 0x4c502ed6980b7e4f
	.quad 0x0000000000000000, 0xc3e0000000000001
	.quad 0xbfd36f5e6478afbb, 0xd70e110e945be7e8
	.quad 0xc02ba26c65dfcc8f, 0x847e809e77bf8fb9
	.quad 0xa31bb8330d256541, 0xc2758da3017fffff
	.quad 0xbfd0000000000000, 0x83010b8182a3397c
	.quad 0x6b1e9032c1f7f800, 0x0022ed1001000000
	.quad 0x00032c83420abd0c, 0x3fa83c268d1bce8a
	.quad 0xc0193b46f98dd6fe, 0x3fdc85d4ffc00000
	.quad 0xc337b25db5c272e9, 0x7ff3aba873496ed7
	.quad 0xc0e0000000000001, 0xffefffffffffffff
	.quad 0xff4f2f84ff800000, 0x80065807099efc8c
	.quad 0x71003bb87f800000, 0x98633747ff7fffff
	.quad 0xa7cbc3dca12b8001, 0x35bef2351969fc3f
	.quad 0xfffe05181132713f, 0xc115282a0a286664
	.quad 0x1d9b4687807bf351, 0x511b9d51fbf65736
	.quad 0xbdf00690a8e7ffef, 0xfe46411f84464068
	.quad 0xc4480000ffc00000, 0xfd74b012db1ac36e
	.quad 0xd6c907a080800000, 0x7b6a8a05ffd7f76d
seed10:
	.quad 0x629279a5c256db2b
	.quad 0x0220bd65ae29992a
	.quad 0x787b253e48c5d783
	.quad 0x01112ac78d413a61
	.quad 0x0000000000000000
	.quad 0x0000000000005bc9
	.quad 0xcfa78a21184ab9e6
	.quad 0xaee498cb0a730ac4
	.quad 0x1487c58faaf8873a
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffffe
	.quad 0x000000000000003a
	.quad 0xffffffffffffffaf
	.quad 0x03000000
	.quad 0xc0000000
	.quad 0x02095d9378b2efaa, 0x404eced776d24fdf
	.quad 0xf017f4e6881e7892, 0xc00a000000000000
	.quad 0x3ff6a6d0e4981d05, 0xc1f002e0c1adffde
	.quad 0xf7bfc1387fc00000, 0x000bdecc6b2e04df
	.quad 0x40200000fb49d395, 0x7fb04eb3007fffff
	.quad 0xd4a0084dffefdb34, 0x3fc21e757ea22bda
	.quad 0x4408000041164585, 0x802fffffffffffff
	.quad 0x8000000000000000, 0xb93be96b72e4ac59
	.quad 0xf582635eff976c00, 0xfdcb8f3ecc3f30da
	.quad 0xbff8b913af30688d, 0xbc74e250ffd1525d
	.quad 0x96f4e40effddf87a, 0xfca6dbad0015d87a
	.quad 0xbf6478e517ab4647, 0xb0e28291ff472033
	.quad 0xfff35b8affdd0f1e, 0x01817106c0280000
	.quad 0xbbf45acfbfb00000, 0x0b6d9f24a6cb2b18
	.quad 0x91bd48bee4d4ec37, 0x8d32d607bff7ffef
	.quad 0xf60f329a2a113f80, 0xfffb0082b7e66684
	.quad 0xc311b3cc7ed13488, 0x10573f90bf6c8000
	.quad 0x395f2a3141929419, 0x7f7ffffff5a92d4d
	.quad 0xff86096e41140000, 0x7ff0000000000000
	.quad 0x7d0ccfa7983d7d3d, 0xe7f5b81cffbcff7b
	.quad 0x13ed0f2e99f58dfc, 0x4002000000000000
	.quad 0xc01dfa7e7fa9be5c, 0xeb3691fbc0ccfe00
	.quad 0x3f6a579a43b77314, 0x7c967f6b63f3d64c
	.quad 0x3fc3eed07f14772d, 0x8000000000000000
	.quad 0x40601af404704e46, 0x4058000047300000
	.quad 0x7fbd59157fa1990d, 0x8070c5c15a7fffff
	.quad 0x8a48eacc06c10800, 0x89475506f5fdffff
	.quad 0x1574017ad1b727c5, 0x6c192e25853f4180
	.quad 0x5aeed72fc70bfe38, 0x7ff0000000000000
	.quad 0x2cd7c21550b767fe, 0xfd9c0e15bf84571f
	.quad 0x40efffffffffffff, 0xfe34699411c29d20
	.quad 0x410400007fc00000, 0xc014a0044d2b2eb4
seed11:
	.quad 0x75a8ee468c2669f6
	.quad 0xc3bd43322354de80
	.quad 0x649f49e77a1cde10
	.quad 0xa3361e7bf30eab63
	.quad 0xfa151e6c54e893b7
	.quad 0xbf79deeece843dbe
	.quad 0x004b0b45cb210877
	.quad 0xfffffffffffffed1
	.quad 0x848fce2703c519fd
	.quad 0x2a167a961330eca3
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000004
	.quad 0xc1e4b942b536d265
	.quad 0x0000000000000000
	.quad 0x000000000000ebc3
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x3f22900000000000, 0x007ffffffd971a20
	.quad 0x000de5d1fa361ed8, 0x330430317fbff6da
	.quad 0x0000000040a80000, 0xfed0632587c5d669
	.quad 0xd6010e48a1e9e90e, 0x59999277be8b1374
	.quad 0xb58800002dc335ac, 0x27a5719ffff024fd
	.quad 0x51fccc9fc4827c00, 0xfff0000000000000
	.quad 0x7ff7ca550b54225e, 0x95e5f092c7fffebd
	.quad 0x0022d2ae80000000, 0x7edaec1643945801
	.quad 0x8000000000f21006, 0x18a25a367a9be8d3
	.quad 0x3d0feaaeff7fffff, 0x7febf9ad01153968
	.quad 0x3f2fa9797f800000, 0x93cfbbe6d07b7c00
	.quad 0xb0e1c47270c95d50, 0x15ab85de10b0c1ce
	.quad 0x3fd1722289842558, 0x6b7e5cc929d40000
	.quad 0x141f333e86741fd4, 0x4081223b177f6f7d
	.quad 0xfff0000000000000, 0x85d3bce1dcc9b2f0
	.quad 0x5a3c8d287fb28000, 0x212744478b5be6a3
	.quad 0x7fc0000000000000, 0xbf9eb5097642fb70
	.quad 0x06e940bf7f800000, 0x6c875a19fffffffe
	.quad 0xc0f8000029ddd582, 0x41e1ef31ff83fc00
	.quad 0x55b4e793e9d4569e, 0xfdcd4fc9145843a2
	.quad 0xfff0000000000000, 0x3c4535247ff36b99
	.quad 0xc99a626734197cd3, 0x5bae0e44d693c9b1
	.quad 0x709584b9b8e82878, 0xc44fffffffffffff
	.quad 0x7266d14e40c60484, 0x9c9d8418804557a4
	.quad 0x5df66784eee7ffef, 0xfb853d3157eeab90
	.quad 0x000000003fbbceb0, 0xc3ddff435d000000
	.quad 0x005babf8c11c0000, 0xdd8f0a28295eda55
	.quad 0x400ec2d7348c3dde, 0x3f77ee847cfe113e
	.quad 0xc05bc11833f030a8, 0xbf961d2289e78718
	.quad 0xbfd8000000000000, 0x0ad6b1243f35ae19
	.quad 0x57c812c2fdeb7ff1, 0xff97d26fc240e720
	.quad 0xc18aa9ecffa93215, 0x8000000000000000
seed12:
	.quad 0x6e4e6339cf56c229
	.quad 0xaabacaa1d77ffa3c
	.quad 0xfff02aaa92e2662c
	.quad 0x00000000000d4f7c
	.quad 0x00036af701280217
	.quad 0xcd3a173630096c9c
	.quad 0x0005eb9969c5f005
	.quad 0xfbbd2f75e44e730e
	.quad 0xfffe46da9afa60e7
	.quad 0x1deca683269d1fd3
	.quad 0x0020000000000001
	.quad 0x000009964d37cb81
	.quad 0xffffffff8e961528
	.quad 0x00000000000000ff
	.quad 0x000000000000038c
	.quad 0xffffffffffffffdc
	.quad 0x06c00000
	.quad 0xc0000000
	.quad 0xc07fefe1271789ea, 0x41edd11080000000
	.quad 0x88efd5baf7dcfefe, 0x32b46a06ff3f7dfd
	.quad 0xc1efffffffffffff, 0xc029000000000000
	.quad 0xfff0000000000000, 0x85e2c303c8f6140c
	.quad 0x6c9d691ed995f88a, 0xff918abe80000000
	.quad 0x7ff5e8e57e687177, 0xbc848e6af120a215
	.quad 0x00ffffffbfa7f4d7, 0x403142a400000000
	.quad 0xc023000000000000, 0x75edb7964d526ffe
	.quad 0xbea7c5e2bffa4535, 0x7ca027473b300000
	.quad 0x93838af77fb8e176, 0xd3fffffe3c200000
	.quad 0x7f8061427f800000, 0x7aadb7ef492cf9c7
	.quad 0x852c20db7f2fe612, 0x0008000000000000
	.quad 0x139e86a4c33860cc, 0xed885dc77fd749ef
	.quad 0x8eaf0e7f3deb69ab, 0x02b608b526821330
	.quad 0x8000000000000001, 0x434fffffffffffff
	.quad 0xcd36cdc7a8e17e19, 0xff80000000000000
	.quad 0x3f4647b0bfb97dfe, 0x4060000047c00000
	.quad 0x4d2610f57b17eba7, 0xa5c86bdc3f3fd7fe
	.quad 0xfff70065c14dd135, 0xbf79ee9e382a57f3
	.quad 0x97e0c7be8b5c8bff, 0xd541bbabc7eb17f0
	.quad 0xbf06e00000000000, 0x92e7df0c4557fc00
	.quad 0x7ff4767a0a7cb578, 0x281f911e3ec2e8b9
	.quad 0x3159ebad5fedbea5, 0xc0d3800000000000
	.quad 0xd5f216cf6aae00a9, 0x9c76afea6de3888e
	.quad 0x7fa4abf73d3f1fcc, 0x318b6578f6af762f
	.quad 0x99c316a2cbfd7d69, 0x16ab7be6fbbd93d5
	.quad 0x80000000c7000001, 0xc1a272b5809e13a4
	.quad 0xb2ba9fa4cb2300cc, 0x6dfd5f4ca0cb2a31
	.quad 0xc7f31a0578b0fe00, 0x025c58b923461b98
	.quad 0xc114000036680000, 0x60a4720178f87c00
	.quad 0x007f3220ff800000, 0xbf9accfd6583d67d
	.quad 0x725748127f800000, 0x16473dc47f88fa95
seed13:
	.quad 0xfffffffffffffe25
	.quad 0x00000000000001eb
	.quad 0xffffffffffffe297
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x0000000000000220
	.quad 0xfffffffff264ec3a
	.quad 0xffffffffffffff57
	.quad 0x0000023d12025fa1
	.quad 0x7464289d26d6f9a6
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd9c
	.quad 0x70503928dd447293
	.quad 0x0000000000000137
	.quad 0x000000000b537378
	.quad 0xfffff93b7145c245
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x411400008030e4af, 0x48a472b33770fc00
	.quad 0x7ff0000000000000, 0x8000000080400000
	.quad 0x41580fe97f800000, 0x800c93e1158353cb
	.quad 0x8000000000000000, 0x728920353791b241
	.quad 0xffc00000804edf6b, 0x14078f2180800000
	.quad 0x2146f1e4a1feffab, 0xfa7150b580000000
	.quad 0x7f834b1eb8680000, 0x39075a11dbfd7d42
	.quad 0x5c879e6d7f93eefa, 0x8a3dd95fb37f65aa
	.quad 0x0000000000000000, 0x66aca509ffe696c0
	.quad 0x37c000002eea7d09, 0x0000000000000000
	.quad 0xd4922f67fd96ff9f, 0xc0463caa6b80c61c
	.quad 0x8000000000000000, 0x4b938026757a7fd4
	.quad 0x74b1d08bcb338001, 0x4b1872d9d3facb0b
	.quad 0xe899e8cb3ea0439f, 0x3bc1718dff864149
	.quad 0xc291a295c1f87e5f, 0x1f4971d2c7d10886
	.quad 0x1172ef43861efc00, 0x800b48a90734072f
	.quad 0xc0b90ebc7f800000, 0x90037a99effd0000
	.quad 0x7ff0000000000000, 0x7ff763166b5bc7ca
	.quad 0x7ecd6c8d3e800000, 0xfffdab3be66e9004
	.quad 0xc01c800000000000, 0x37ef6ad37ffbfcfe
	.quad 0xfff0000000000000, 0xffadb27c00000000
	.quad 0x7e935f98eb896fbe, 0x7fe4e9f840f40000
	.quad 0x7ae84ca660bb7f59, 0x42a5648c79d0fc00
	.quad 0xbec05d07fff79c6b, 0x404b51e8953d76ab
	.quad 0x1ab43750585e4c7c, 0x79b40fb9a6f7e138
	.quad 0xbf4d874dc0f80000, 0x00000000bdd0201a
	.quad 0xb983d473f5cce502, 0x0bc88fecbc77ffff
	.quad 0x0000000000000000, 0x8000000000000001
	.quad 0x9e4c5b31fff77ff7, 0x839a69adfff257d0
	.quad 0xc327868a270f47ca, 0x0a2c93ba00000001
	.quad 0xbb6800003f4b75cc, 0x43459d2a27daa17d
	.quad 0x0000000000000000, 0x3d2c307ad9fdeeef
seed14:
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffffe
	.quad 0xc630ca6218d08c41
	.quad 0x000000000079ba9c
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffeda
	.quad 0x0ad9d797f4b13f50
	.quad 0xffffffffffffff4b
	.quad 0xfff7ea844c309434
	.quad 0x000000d84acf34d6
	.quad 0xe8bff05f401e0fbc
	.quad 0x1b563e958f17773b
	.quad 0x0055f7d5928e5e4e
	.quad 0xffffffffffffffef
	.quad 0xfffffffffa7a2690
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x123b2190a56f409c, 0x7f800000ff2d0ef2
	.quad 0xcd20932d51c7ccf7, 0xffbb90b43d2c8e17
	.quad 0x7c37fe3b4c577c4b, 0x97f8d75c0d6b2ad6
	.quad 0x6b391d527fefff3c, 0x0068d066be66591d
	.quad 0xfe12ad583cda76ad, 0x3c08294a3e7cb540
	.quad 0x8040000000000000, 0x1c1df40800411344
	.quad 0x7ff0000000000000, 0x7ff1c39bac16c1ed
	.quad 0x8000000000000000, 0xbe09d854bf900000
	.quad 0x0330df61c00f172e, 0x0f289b92e8d55fe4
	.quad 0x883dd5d27f927257, 0x63a733fbb25df800
	.quad 0x80000000bf43f492, 0xbede9c9c401b14bd
	.quad 0x20968ef9f997faff, 0x18cc967bffdffce9
	.quad 0x9e4d3ff4bfdca6fd, 0x7ff0000000000000
	.quad 0x1d3da77bd675e5f7, 0x9bf5c7b3ffd70000
	.quad 0x7ddd5f9bff7f9fed, 0xec576760578aa7d2
	.quad 0xea0e3ba9c6e0f826, 0x00000000bffea00b
	.quad 0x7fa4f7fb001eab45, 0xaeab7fae6ca5ddee
	.quad 0xff875872c034f870, 0x7fb32d6580000000
	.quad 0x0108c860fbffffff, 0xc5ea2eb47b40b619
	.quad 0x4f6509040507717f, 0x2156c6fb030d5d60
	.quad 0x7f9e80ddcf800000, 0x8025c7e7417f537a
	.quad 0x421c31453e3164d0, 0x3ed7a57fc3d67c6b
	.quad 0xc70c97ecd765d3b1, 0x4018dcc70cbe5ef4
	.quad 0xc07562d0aa10e67a, 0x63a93079bf15b7ce
	.quad 0x2906e9e3975e72cc, 0x80000000818103f5
	.quad 0xf71ac1ba6cc62988, 0xdf0000017fbc1e63
	.quad 0xbfc1efaa6997f996, 0x053b33b8fede9f0d
	.quad 0xc0a0000000800000, 0x4092000000000000
	.quad 0x5b015c3080ca0dec, 0x80000000eed0fefc
	.quad 0x530180dfefc4369c, 0x00a48be5c0a00000
	.quad 0xb915e7b56d4b1809, 0x3d2e5b3e5f000001
	.quad 0xfeffffffbe0e7ba4, 0xe895a4ec9eb50c00
seed15:
	.quad 0x7109292a743a63ce
	.quad 0x000000000000033c
	.quad 0x661bbfdc4c72281c
	.quad 0x0000000000000000
	.quad 0xb7ea70b2e1654779
	.quad 0x0000000000000e19
	.quad 0xfffffffffffffe0f
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0xfd337789f32605aa
	.quad 0xffffffffffffff8c
	.quad 0x0000000000000558
	.quad 0x669cbbe9ed6c7a28
	.quad 0x0000000000000106
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x7fd08c13c0a80000, 0x0df525c0ffa5a2c7
	.quad 0x6c12d5d8d1df47f7, 0x168f65178594fc49
	.quad 0x2ab79a4af44bfc27, 0x4015000000000000
	.quad 0xb933ac14fe9ffdfb, 0xc7d1528cd97677ff
	.quad 0xfff8000000000000, 0xbdc52664f7fcf400
	.quad 0xd4fad97e070fa5fa, 0x8000000000000000
	.quad 0x3fe1f9c626412a66, 0xd01bfec9b1ffffff
	.quad 0xc016d24c423409ea, 0x71049ea0a20d0bed
	.quad 0x1bdc6b964eb50000, 0xc814ad43ffeffc00
	.quad 0x7fe70337902cb3da, 0xd49a7f0e557debf8
	.quad 0xe465a0992b45fe00, 0xfd7daf925e6f7800
	.quad 0x3ec57c7380400000, 0xdffffffebec0795c
	.quad 0x3fc0000001648873, 0x6972a301f7ef7d28
	.quad 0x6cb17d18ffc00000, 0x7ff0000000000000
	.quad 0xff9a5f1283ec71fc, 0xdbfef317816bb207
	.quad 0xbd7a51217f800000, 0x122aefb58119f5b2
	.quad 0x8840e9cdf7effaeb, 0x049bf683d33b7e00
	.quad 0x8000000000000000, 0xffbe46bce6879e69
	.quad 0xd56d3688dfedceb8, 0x40300000408c0000
	.quad 0xc1effffffffffffe, 0x0000000000000000
	.quad 0x439ca48c04c9e85f, 0x0ef7d6f76b82a114
	.quad 0xbfffffff7f6397fc, 0xdc5d9d2f51510000
	.quad 0x0a1f0fe296630275, 0xfdbf33c7ff800000
	.quad 0x27f2ff581a287bde, 0x009691c3a46d52bc
	.quad 0x000000013ba1b128, 0xc009ac05007a9ae5
	.quad 0x9b821d377fcd99c5, 0x915f6c94c8e30000
	.quad 0x4330944cd0d031c2, 0x7ea63a3d467fb180
	.quad 0xc0700000cfffffff, 0xc0700aa3ffee130d
	.quad 0x7ff0000000000000, 0xffd0b883a86a976c
	.quad 0x7f800000830f9427, 0xda0000011efa4e67
	.quad 0x48533c40f6c75bb8, 0xfff0000000000000
	.quad 0xe1ed1cf857f975b1, 0x430b40aff9fe7826
seed16:
	.quad 0x889a564645f664e5
	.quad 0xfffffffffffffffd
	.quad 0xd4290c3af6b7271d
	.quad 0x9307d7873e4f5823
	.quad 0x000000000000000a
	.quad 0x27686bbe6c1161ed
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0x00000000001eb424
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0x1b39e54257be0508
	.quad 0x000000007fffffff
	.quad 0x00000000000000b2
	.quad 0x00000000000025a1
	.quad 0xfffffffffffffffa
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xbd443d403e889e4b, 0x7ef6e498975df6f5
	.quad 0x7fd0000000000000, 0xc020c00000000000
	.quad 0xbf2d51c53d2fb2a9, 0xc1f0baca817fffff
	.quad 0xfff58ce11d40c098, 0x9020109a1c224500
	.quad 0x4495b5d31951bc9d, 0x90310031c6338000
	.quad 0x0008000000000000, 0x3f704e86e3f4444a
	.quad 0x7ff8000000000000, 0x565f0ce9c4a80a51
	.quad 0x37b25dbc0047c740, 0x4a92a25f3f65efcb
	.quad 0xfea3c44643000000, 0x80defa04fb8016fe
	.quad 0x7ff3140e1ca96bf8, 0x4060000040400000
	.quad 0x8e7cb847ff6bf4a2, 0xecd2d0cd589ffc00
	.quad 0x8000000000000000, 0xcff1dbd136600000
	.quad 0xfc2f180ffffd4df0, 0x53d876307f8bf1bf
	.quad 0x401000008a0aeee7, 0x61f42b4a7fadf7f5
	.quad 0xbf86de97b50de8c8, 0x558c3348c58b7c00
	.quad 0xffda440df1e2e27f, 0x3b64000080188e52
	.quad 0x3f656f8909203457, 0xc015c62284bcbc0a
	.quad 0x800c61c98e2173c5, 0x46858dd08d42cf52
	.quad 0x4f9dbddfe25d3708, 0x8dfe3d35f18d7c00
	.quad 0xc348d040ff800000, 0x3ffe25c3f4ea0169
	.quad 0x8000000040800000, 0x3fa34060b21d7045
	.quad 0xfff8000000000000, 0x50eab427783b3b40
	.quad 0x3bdc4d0c42d8a262, 0x40e0000000000000
	.quad 0xb8290f914f000001, 0x7ffd8bc858e4b3cb
	.quad 0x88d1890e341e1e45, 0x803bc9f90cd7f8bd
	.quad 0xc0755332d89af894, 0x7ff8000000000000
	.quad 0xa856e06a5bbf43ff, 0x9f59bed927486984
	.quad 0x7e8000007fb84486, 0xb87f70e57fffffd7
	.quad 0x58fbde88ef30b1a8, 0xc01a800000000000
	.quad 0x71ba063bcce12e86, 0x876900b4fce3fe00
	.quad 0x18b5c150f995fe00, 0xc0d1bf9c41600000
	.quad 0x40b2000000000000, 0xf1a702080259d458
seed17:
	.quad 0x718f9839056edbce
	.quad 0x0020000000000001
	.quad 0x241971f71f7faa47
	.quad 0x7ed6cf023eb980b1
	.quad 0xffffffdf1856888c
	.quad 0xb2f9c1a6e38dac2e
	.quad 0xfffffffffffffc3b
	.quad 0xffffffff80000000
	.quad 0x22502294d6c0dd42
	.quad 0x07a1fda43d8c46d2
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x00000000000003af
	.quad 0xf6b4083035cb27cd
	.quad 0x923acc0de7f388cb
	.quad 0x000000000000005f
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xffa660e6007fffff, 0xc03bada5a9cb65d4
	.quad 0xbb420897007fffff, 0x779bd82b3156fc00
	.quad 0x36e5000010529e39, 0xfdf7baa564577c3c
	.quad 0x800373b1ecfb513b, 0x19549d8ce9145e04
	.quad 0x0032c930477ffffe, 0x001434ccbcfc0069
	.quad 0x7fb0800b00000000, 0xfff76386c7ffffff
	.quad 0xe462787a5c56264f, 0xc3eedba2be11a96f
	.quad 0x9fe0d2938fbaee43, 0xb9d28c4aba650401
	.quad 0x3381fc0fcfad1ae9, 0x865f47aa3f200000
	.quad 0x25dc2ef6d76fbbbf, 0xffc00000bfe56ac5
	.quad 0x40d40000c3038000, 0xc38dff267fc43653
	.quad 0xbf64f818466e0000, 0xbf3a000000000000
	.quad 0x7373937b5dcb4000, 0x52b0cc05fab84701
	.quad 0x04a74880c2c37e38, 0x7f2cc2e23c383038
	.quad 0xbc392e12c0100000, 0xffaf2c5f439e1d35
	.quad 0x3b8dde0700000000, 0xfffcb0d870340825
	.quad 0x81af92e26738a8de, 0xfff8000000000000
	.quad 0xc372a6b854d27c00, 0x72e6b728bbc68200
	.quad 0xffdfffffffffffff, 0x3e0b541700000000
	.quad 0xff800000117090e5, 0x0031ba90002e2429
	.quad 0x3ff4081c2a1f0190, 0xc1efffffffffffff
	.quad 0x2f1824f3b73ffef2, 0x02b7afa32800dde3
	.quad 0x8000000000000000, 0x8756deb37f7dfef9
	.quad 0x41f0000000000001, 0x3f80000080000000
	.quad 0x80000000ff800000, 0x3fdb59d8bac25164
	.quad 0xff800000ffc2c21f, 0x668274ce671b0797
	.quad 0x1a2249d7974196f8, 0xfff8000000000000
	.quad 0xc0680000c0a6f23f, 0x41f2da5bcec43674
	.quad 0xfffb8d8280000000, 0x00000000f959d168
	.quad 0xac1445b6ca140b70, 0xfe2650a88043cb16
	.quad 0x000c1f7b7d67d81b, 0x40aea7f14a889aff
	.quad 0xa67b946a8a778774, 0x7e22abffe8d8a0fe
seed18:
	.quad 0xfffffca859447ed1
	.quad 0x0000000100000000
	.quad 0x74bcaaf239de405a
	.quad 0x55729a527df1effb
	.quad 0xffffe102213dea02
	.quad 0xf404424bfec8d473
	.quad 0x000000000000003c
	.quad 0x000000000000002a
	.quad 0x00000000ffffffff
	.quad 0x0000000331da3c99
	.quad 0x0000000000000001
	.quad 0x5d8f996fdcc4b5f9
	.quad 0xfffffffffffff9fb
	.quad 0x8000000000000000
	.quad 0xfffffffffffd340e
	.quad 0x6c36e9462ac57673
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x800000008842335d, 0xffc00000bb961109
	.quad 0x7ff49729ab50705e, 0x3d8b5d2915ab8000
	.quad 0x7fc0000000000000, 0x5f4c3cf7d9800001
	.quad 0x401c800000000000, 0x7f65e03c80000000
	.quad 0x002fffffffffffff, 0x0000000000000000
	.quad 0x7ff8000000000000, 0x800d86dc34383f8d
	.quad 0x8000000080000000, 0x3b883c5b47c7fd1d
	.quad 0xc74045988f198004, 0x057e0f75c6caf543
	.quad 0x66abc469a6853012, 0xfe200d53f136a18c
	.quad 0x52470ebe37fcfbff, 0x0089694f7faabb2e
	.quad 0xfdbf59a47fe5da0f, 0x7e9eba193c11b9c0
	.quad 0x7ff0000000000000, 0x3ff2000000000000
	.quad 0xaabea479c6500000, 0xbf8ad83f9fc77594
	.quad 0x8a0bb8d6ce5ea6dd, 0x25a8db92fffaad6f
	.quad 0xf6712a16bfbd7dde, 0x3ffdb9518a70bb6a
	.quad 0x7887a4f530724f62, 0xe4cf6c6c9703d7b8
	.quad 0x7fdb45220f07de6b, 0x3cc000007f800000
	.quad 0x40279b849ce717e2, 0x40364d4f49c97ee8
	.quad 0x7df54fd0f9c58c46, 0xe6ade6af43a57b3f
	.quad 0x83218bcbc671d912, 0xcf7fffff8d9e4230
	.quad 0xe4c171373e7fc7f5, 0x6c91595cffad2dad
	.quad 0xbe8e149c6a88e7fa, 0xb491375df946a597
	.quad 0xfe216c33f9f4fef3, 0x002a609aff800000
	.quad 0x401c800000000000, 0xc122000080000000
	.quad 0x534c9d1a3ba87a50, 0xd2a5bd7efa9eb650
	.quad 0x7fc00000bf584fe8, 0x933e6622c27b7d46
	.quad 0x929c272452d3fc00, 0xcb276518abf08800
	.quad 0x7ffe5adefff71950, 0x42daf5abf579ef67
	.quad 0xaa9976e6637a223b, 0xc0f8000047800001
	.quad 0x8004ba9e1536ae67, 0x916049f4bc57d787
	.quad 0xd980000000000000, 0x0000000000000000
	.quad 0x107f37207f800000, 0xb56aa6e1eb22c890
seed19:
	.quad 0x5c260e516e9f96d4
	.quad 0x89076a982c0d7984
	.quad 0x000000000000038b
	.quad 0x0000000000328922
	.quad 0x0000000000000019
	.quad 0xfffffffffffffe5e
	.quad 0x06ff9f40a4d1e807
	.quad 0x000000000000035e
	.quad 0x00000001333860a9
	.quad 0xfe4d628ad3aa2458
	.quad 0xffffffffffffffca
	.quad 0xf197576d15197f94
	.quad 0x000000000000029e
	.quad 0x36a210c4c39e7bf8
	.quad 0x0000000001000001
	.quad 0x4135889018165b29
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x4014800000000000, 0x3c6eb5969294fa01
	.quad 0xd9d33050cedc8135, 0x29bd4f4cffb854af
	.quad 0x2f5eccee6120b64c, 0x800e87e4471f432d
	.quad 0x40003b0f285adca4, 0x8010000000000000
	.quad 0xb6a5c91dedeffbe1, 0xcbc5f245f9abedff
	.quad 0x0167142f00000000, 0x7ff8000000000000
	.quad 0x3fe66b3074162cfa, 0xf4416cd3b5b17e37
	.quad 0x954dd856ffc00000, 0x79d5ba49b3b84f6d
	.quad 0xfb73bf2b80400000, 0x42fa0000df800000
	.quad 0xe7d3fcd9652f6300, 0xcf6c23a142d3cc6f
	.quad 0xbfc00000ec7725ad, 0x006c34c3c0a00000
	.quad 0xfe16705afeb594d6, 0x2c2e996f7f7bcf7f
	.quad 0x7ff13cf36fbfb929, 0xc070000000000000
	.quad 0x8146bc8aeea08000, 0xff8000009251542f
	.quad 0xffc0000080000000, 0xc4f4680d32843400
	.quad 0xc3e0000000000001, 0xfff0000000000000
	.quad 0x400094c91ec097db, 0xc0cc800000000000
	.quad 0xa8aec193ba1110fb, 0x275f7fcaff8b8680
	.quad 0x032073588819e002, 0xdd4f6311cbfb1fdd
	.quad 0x3e6b4eea80000000, 0xffc00000ffb766c3
	.quad 0x8c320be4ff88b92e, 0xffa850a880ffffff
	.quad 0xe3078408fb9a8800, 0xc1f0000000000001
	.quad 0xbb279b0eca9afab6, 0x4f8000013e2e5cd9
	.quad 0x425e5e377fea639e, 0x404034d86636d34e
	.quad 0x00800000bebff863, 0x906d7b793d800000
	.quad 0x701a0071e985534c, 0xb20289caf5fff6fb
	.quad 0x20fd7bdbffd47c00, 0x74358755ff8c1a50
	.quad 0x0003374ba108bbec, 0xbfa6446a2ded3b7f
	.quad 0x6bfdcafff5bd0d59, 0x022bf46b6494c938
	.quad 0xc0f0000000000001, 0x7f8000007f800000
	.quad 0x41040000c34b519e, 0xe48d395a80000000
	.quad 0x8f74ee1bcd7879e0, 0x3e46dedd427ecd9c
seed20:
	.quad 0x73bafc22f5d111d8
	.quad 0xffffffff427b338f
	.quad 0x4883f11679ee4322
	.quad 0x000004487aa1d28d
	.quad 0x0000000003b4f163
	.quad 0x000001e74330179d
	.quad 0x4d23fa4a0bbaee45
	.quad 0xfffffffffffffc25
	.quad 0x00000000000001bd
	.quad 0x20411145f1678806
	.quad 0x00002223c23d6d90
	.quad 0x5ff96ec43c49625c
	.quad 0xfbe75e4774d3d32a
	.quad 0x00013ffe2e3a52c5
	.quad 0x0000000000000242
	.quad 0xfffffffffffb614b
	.quad 0x04000000
	.quad 0x90000000
	.quad 0x14b3ccf5fff90c5b, 0x3f33028efffe7f6b
	.quad 0xc047904bee60ab68, 0x39320bc5bd3d4bcb
	.quad 0x0070001dd2a2ff44, 0xff8000007fc00000
	.quad 0x9d87583f594c9dd6, 0x6f51d26e7fd0db6b
	.quad 0xffdded6f3d6f9375, 0xfdfe9182bfa21134
	.quad 0x800000003d2202d9, 0x39e6000000800000
	.quad 0x4603a2f1efdefc00, 0x3600000086285ff4
	.quad 0x3a5e76c6f3f12ffc, 0x2e9afe76ff59f6e5
	.quad 0x7ff0000000000000, 0x63d2d26bffc64180
	.quad 0xc023400000000000, 0x737cb1f5e5796aea
	.quad 0xfff0000000000000, 0xbfdd57b932be163f
	.quad 0x81f48b9b395683a0, 0xc27fc3a87d75fe00
	.quad 0xbf5e95697f800000, 0xff800000bd0a1557
	.quad 0x0000000000906a7c, 0xbc884ccd9b689a60
	.quad 0xfff0000000000000, 0xcb4f00dc6962684b
	.quad 0x3fffffffffffffff, 0xd980000000000000
	.quad 0xbf2de93b80ffffff, 0x2889f2acbdfbbf87
	.quad 0x75084e159ab408bf, 0x0dc51b12f4fdfbbf
	.quad 0x41e22309ffb96711, 0x40f80000ffc00000
	.quad 0xbf8f56537410b087, 0x4476b78835e588ce
	.quad 0x00dc148e9db908c7, 0xffa03fe8c205e269
	.quad 0xbff0000000000001, 0x9393704e6a748000
	.quad 0x405a3a0a56b531f9, 0x3841a3af7f5dffff
	.quad 0x00894ad4bdc6c0da, 0x3f963a81c429228d
	.quad 0x87ed7996fdb67d7a, 0xdf2d4aea3d20fbc7
	.quad 0x8000000000000001, 0xc044c00000000000
	.quad 0x9ebb07d8f4df3776, 0x730ce451ffdfdfeb
	.quad 0xfff0000000000000, 0xf7c487b1509128b0
	.quad 0x7fab12e4ff67e122, 0xffd0000000000000
	.quad 0xaccc47495ea28000, 0x7164c4f6e5dff97f
	.quad 0xc0476ee754bc8b58, 0xa9e262c5e7773c40
	.quad 0xc0e0000000000001, 0x57be32fe46ac2b63
seed21:
	.quad 0xe8c09650c7ae4ad4
	.quad 0x0763aaf072fc92dd
	.quad 0xc41711f76b8b01bc
	.quad 0x66122af7a7f4b39a
	.quad 0x0000000000000199
	.quad 0xa04f22a3992f736c
	.quad 0xfffffff5edc808ae
	.quad 0xffffab18f9764abe
	.quad 0xfffffffffed39965
	.quad 0xffffffffffff8a79
	.quad 0x0c94868f7fad02a7
	.quad 0x0000000000000001
	.quad 0x7989de7abe0ff03a
	.quad 0xfffffffffffffd88
	.quad 0xfffffffffffffd51
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x0022a5735ffffffe, 0x117252ba41100000
	.quad 0xbfa894d2f4aaf300, 0x025286660a5d1a01
	.quad 0x1a4f05aa9affc400, 0x3bc5eaf640f955dd
	.quad 0xbcd762197f7fffff, 0x10edfc2d42d8fce9
	.quad 0xf927268d80000000, 0xbfdcd7f1166ebc2f
	.quad 0x8020f9f730c33cce, 0xff800000ffc00000
	.quad 0x7f107f6a2082448f, 0xec2fa82640425e79
	.quad 0x4c45a44efffb7bfe, 0x7ff005a5aac5c526
	.quad 0x94f863db56c5016e, 0x3ffea69336e8e913
	.quad 0x3af1ef2aad409ca7, 0x9cfd777a46bf0000
	.quad 0x405b80e6189fd894, 0x3886b1bbad9496e7
	.quad 0xec460bddbd236953, 0x5e3673a194c27e00
	.quad 0x817fde5242eb1d88, 0xa4dfb565777fffff
	.quad 0x80047182f3fbfddb, 0xc05d3f1295dec5fb
	.quad 0xa40990f1d3a2376d, 0xbc73ddab040091eb
	.quad 0x25244abca2e45d8e, 0xc7080000feffffff
	.quad 0x7ff0000000000000, 0x4b895a42fbfffffe
	.quad 0x8d8c6d343b240000, 0x434fffffffffffff
	.quad 0xca6a40d4fffedd07, 0x0000000000000000
	.quad 0x7814686cf7ffffff, 0x00862cf1f7b21284
	.quad 0x131d0affffbab05f, 0xd8dc4a9cdfc9fd2d
	.quad 0x800000007effffff, 0x09f994c689310000
	.quad 0xffdfffffffffffff, 0xbf7ba7bf44a30d8e
	.quad 0x7fc642377b011467, 0x0570f728beffb706
	.quad 0x56a70553cfffffff, 0x7ff0000000000000
	.quad 0x7ff4480689760f7f, 0x7f9b58ddc1886a81
	.quad 0x4330000000000000, 0x5f8000013fc79603
	.quad 0x63578b9280b9cbf4, 0xc2100000ffc00000
	.quad 0xc33df26486a00707, 0x406892d17ca2edd0
	.quad 0x80000000ff800000, 0xac2e28ca58fa7c8d
	.quad 0xee1bdb849b683c21, 0x7c16eec07adf8088
	.quad 0x412000000d687392, 0x40b88bff431c9de0
seed22:
	.quad 0x00000000000003cc
	.quad 0x000000000000028f
	.quad 0xffffffff018d7012
	.quad 0xffffffffffffff95
	.quad 0x0020000000000001
	.quad 0x0000091b4bfb102c
	.quad 0x5abc81e6eb555c42
	.quad 0xd98014307ada4a74
	.quad 0x00000000ffffffff
	.quad 0x00000000001fe46a
	.quad 0x922fc5e7d012b4bf
	.quad 0xffffffffffffff56
	.quad 0x0000000100000000
	.quad 0xffffff0eeac7a51f
	.quad 0x0000000017576257
	.quad 0x9a682b811d6c8e91
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x1b66c38659de10aa, 0x7f800000df7ffffe
	.quad 0x477450423fc00000, 0x9604540cfe73c82d
	.quad 0x7fdfffffffffffff, 0x3f7653df00103812
	.quad 0x2b7660453d78df3f, 0xbf7517a6e63aa447
	.quad 0x40900000c9529548, 0x000000007f800000
	.quad 0x037b3ac9c9fec6f0, 0x3f46e00000000000
	.quad 0x206daf8cfeedee5e, 0x802ff0b2c39c1e4c
	.quad 0xd0ef6a3bbd7f8e41, 0x7ffc63b5755991c7
	.quad 0x2c281d7dfc747be7, 0x9205c67d669406d0
	.quad 0x65638e9d7fb27caa, 0x5a000000d9ffffff
	.quad 0xc0d13dfe6a67fe4f, 0xbfccc76a22616aa9
	.quad 0xbf91bf5e3aa03ec4, 0x128b6a98ff35826f
	.quad 0x6ff6b30989f7752a, 0x7ff0257fc06fbeee
	.quad 0xffc0000040780000, 0xdbeb1de81fcf01e4
	.quad 0x35dff42c7a0ac540, 0xff0000007fa2f093
	.quad 0x7fa2e4be08d70795, 0xe1d645fed394486d
	.quad 0x3fa174066e812f39, 0x1d373cebff5ffdfa
	.quad 0x3f7bcbe6863fd08a, 0x4000000000000000
	.quad 0x7f0a131413e6902c, 0xf8e5e0d5bcfffeea
	.quad 0xc0880000bd919079, 0x40cf7718e7b80987
	.quad 0xff7ab4a46d9ead15, 0x6decbc0562feffeb
	.quad 0xbfe489b5e009707a, 0x3bf14753ae56afb7
	.quad 0xbf7f3282502d83d4, 0x3ff5000000000000
	.quad 0xa3b65ff1774dffe3, 0xbeea000000000000
	.quad 0xceb909df9eddffbf, 0x7fa3091447a40000
	.quad 0x674a64f5e4fb7afe, 0x01d394754e470e97
	.quad 0x41f8865d5ced4a15, 0x0059d80d783b72c1
	.quad 0x0618c9a124dd5292, 0x3fc00000c33642a1
	.quad 0xc73d4c7defa7402c, 0xffe3ec4fcfeaf02c
	.quad 0x3f99b70e332704a7, 0x400237768966aae5
	.quad 0x39300000e84cb162, 0x73ad71dbf7854540
	.quad 0xc0a0000000000000, 0x3be3109a10cdee5b
seed23:
	.quad 0x01e042f0c6071725
	.quad 0x25bcd6e8f1694682
	.quad 0x648e0f6d6a200db3
	.quad 0xffffffff9208ddef
	.quad 0x000f73be8283a3ac
	.quad 0xfffffff7366605e7
	.quad 0x152c33a1c3981688
	.quad 0x9f78f5fc27c0dfb9
	.quad 0xa9433d10682aa0bf
	.quad 0x000000000065e3c5
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x0000023e4a517c35
	.quad 0xfe4467f88df880c9
	.quad 0x000000000000022f
	.quad 0x0e6c7190e684add0
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x3faedfb93bcd0387, 0xfff5609a008be92b
	.quad 0x058fc950be228000, 0x7581913dbe9dd778
	.quad 0x8bfb886dfffea065, 0x1dd394e000400000
	.quad 0x7ff0000000000000, 0xedcfef219cb0ccce
	.quad 0x4280e3d3c13fde4e, 0xeb49b9ea40800001
	.quad 0x0000000000000001, 0xecbf0d3f12574be2
	.quad 0x034753e7fc77faee, 0xbc1dd2e3d3168000
	.quad 0x648333ec24bc8c6e, 0x4c2b37c67fdf6a20
	.quad 0x89f0bbe40eae95e8, 0xbfe14d5afc6e18a0
	.quad 0x7dbe415a422e65ce, 0x54c4d69affcf651b
	.quad 0x3eb8000000000000, 0x7fda367d9b8e25ea
	.quad 0x5f0000015f47b5ea, 0x80000000fef28622
	.quad 0xfe800000c10c0000, 0x4982cc4b436c06ca
	.quad 0xc80012fc3ffaff80, 0xc7c401a8ff8e0000
	.quad 0xcaf75e461dffbef1, 0x0000996ad64f2d16
	.quad 0x6412cc79e3f9f910, 0x1919debeda4af5c8
	.quad 0x805360324287c2b4, 0x7ba771c768dbb53f
	.quad 0x9f6336504562bf73, 0xd8ecc5eabe3c6587
	.quad 0x5106f87500000000, 0x4055608e37110c08
	.quad 0xb27c2cb32faa0000, 0x2e32c23ff77df898
	.quad 0x565ca73ef356dd5b, 0xbfb339ae773c3186
	.quad 0x7b2cf771dc794fd3, 0xe6b8bf4e09b10001
	.quad 0x7ff8992b47fffffe, 0x80012203b4be3cd3
	.quad 0x2419b7e812ffffbb, 0x0000000000000000
	.quad 0x16422a5f1274438e, 0xc016400000000000
	.quad 0x4021000000000000, 0x3fec5c6038948bad
	.quad 0xb340010cfbea7c00, 0xbfcd0000ffc00000
	.quad 0x13b59d20ffffcfb7, 0x12580334d6fad7fd
	.quad 0xf90beb7401000000, 0x0011df9019596481
	.quad 0xb15cb650e9ffffe7, 0xfff0000000000000
	.quad 0xffbbc93cc07ac3c9, 0x816542447faf0e49
	.quad 0x9b3a9d280b7c1fb3, 0xbfa0341528b8f2a1
seed24:
	.quad 0x0000000000000352
	.quad 0xfffffffffcba3268
	.quad 0xe974823c26f381ac
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x0000000000042413
	.quad 0x5c60978df1f790ea
	.quad 0x0000000100000000
	.quad 0x1ca9076df8847148
	.quad 0x00000050f4e3bf87
	.quad 0xf4536fac747f7872
	.quad 0x000000000000016d
	.quad 0x69368a1f77759f2c
	.quad 0xa0d354cab198e7dd
	.quad 0xfdf14d4c84f9fe41
	.quad 0xfeb9e6dacc67ea30
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xc040000041200000, 0xc1e0000000000001
	.quad 0x4000000000000000, 0x6d9b20a6d3f51758
	.quad 0xae053377e9fdfddf, 0xdd3555d5f2dcf730
	.quad 0xc015000000000000, 0xbfd332a13befafaf
	.quad 0x1589970b7f800000, 0x95a8c33f90b6c27e
	.quad 0x7fefffffffffffff, 0x7b7978eadec77d98
	.quad 0xc7800001df0751e8, 0xbf9576385776dbce
	.quad 0xfff21b864c8a2e7f, 0xb870c285e2465e25
	.quad 0x1ce210789189bd5f, 0x259131a4c0980000
	.quad 0x000d8efa64796ffb, 0x78f4b355ff800000
	.quad 0x80d00202c1ebc43e, 0x7f947742de8e5d92
	.quad 0xc000000000000000, 0x7ffa94161d3e535d
	.quad 0x3f4cae2580751733, 0x000000007f800000
	.quad 0x8000000000000000, 0xc014eb7617fabb01
	.quad 0xe73a94112a74c820, 0xa19c236bedffffff
	.quad 0x8b042ff53b79b6ca, 0x40123f9e8e068a44
	.quad 0x40d3c63c80eff0b8, 0x669c4005c182a340
	.quad 0x3ecd35048fbb5061, 0x42fea556bc8815be
	.quad 0x8000000000000000, 0x7ff6a76dd52d2c90
	.quad 0x404814730b257d8a, 0x433fffffffffffff
	.quad 0xef40cba77f800000, 0x3fb05cf6d97d7106
	.quad 0x3aa5910113327c71, 0xfe800000c16790d5
	.quad 0xffe0000000000000, 0xc68f2be6afc5bb47
	.quad 0x8008000000000000, 0x7c0c8495a6dcfc00
	.quad 0x002c749c38e00000, 0x45b7d15f0ef6d37d
	.quad 0xe19380148c93b5b2, 0x8010000000000000
	.quad 0xc049f5c23c9290c5, 0xfff0000000000000
	.quad 0xc0b000005aca4405, 0xffd7e3693c2ce657
	.quad 0x02de7c64ffd54840, 0x3f2a21cd7fa4f540
	.quad 0x00dd9241f3d885cf, 0x3fa073cf9b56fbe8
	.quad 0x0112cf73c0980000, 0x4290000000000000
	.quad 0x115ddb98b9c7b35a, 0x3e61f28e49bf9e0c
seed25:
	.quad 0x0000000100000000
	.quad 0x81b0be11b08d937f
	.quad 0xf7afb85f837bcac0
	.quad 0x00000009283f0137
	.quad 0x000000007fffffff
	.quad 0x0352ea2ce187ff5e
	.quad 0xffffffffffffff78
	.quad 0xfe9a4dc867928fb3
	.quad 0x000000040173a495
	.quad 0x000000007fffffff
	.quad 0x62e8e147a28a96d7
	.quad 0x0000000003d32a8c
	.quad 0xffffffffffffffff
	.quad 0xaa4d1f550f4e76ef
	.quad 0x00000000000003b1
	.quad 0xffff8fbd13b2bb5a
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xfff0000000000000, 0xc23dbc54c23e8000
	.quad 0xfff0000000000000, 0x166ecf4b65d9bfd7
	.quad 0xd1586529ba410211, 0xd6c44f26ed77d465
	.quad 0x72ed2e8900400000, 0x3fa01842ee6f7916
	.quad 0x0e6d9dac424d7a48, 0x4216db0dfe800000
	.quad 0xf8f1e8fbffdfb5b6, 0x40675c60601f50fa
	.quad 0xe3798141553d11c4, 0xff8000000150e838
	.quad 0xc022c00000000000, 0xfff8000000000000
	.quad 0xfc864f5e02688bff, 0x0cfdd6e36601f84f
	.quad 0x03a9a29358e87a0c, 0x80000000bd200000
	.quad 0x4058000000000000, 0x9d220d323eb9bfdf
	.quad 0xc122000094b421e9, 0x7fd03acdb7049fd5
	.quad 0x6f9b8e3ec0e00000, 0xbf8dab975bfffffe
	.quad 0xb2952b42cecffbfe, 0x110b39b1bfb1ffb6
	.quad 0xbfddd4ed6596eb7c, 0x5dc6b023e7bfd4fa
	.quad 0x1476226dffc00000, 0x41be4f5a3ffefbfb
	.quad 0x45394d43ffcb7452, 0xb7646c1ccdcd38d1
	.quad 0xcd24e92342a57308, 0x3fe77bb0e45f8186
	.quad 0x7f8000003f800000, 0xc030000000000000
	.quad 0xefea95ce4d610cd7, 0x7f2c9450017c9bfb
	.quad 0x486000005ed27ce6, 0x13370869ff3fe140
	.quad 0x000000007f800000, 0x00b6446bc29a8095
	.quad 0xc28325c9f3cfa17b, 0x80d6a462c1e7b491
	.quad 0xfeffffffc05578ed, 0xbf72ab383bf41bb7
	.quad 0xd0ae7cee7fdafecb, 0x808ae1034539c840
	.quad 0xfdab7eaaffbedbe4, 0xc8e8220b2d7c8500
	.quad 0x801360117549d519, 0x3fe2fc4dbb60a707
	.quad 0x2757194a5b8af9d1, 0xc00000007fc00000
	.quad 0x5fee7a457eeebc42, 0x802b52b8f750a491
	.quad 0xc117e887ff800000, 0xc03648556f479137
	.quad 0xf90db3eb36d3fc00, 0xfb74e04eaeb67fdb
	.quad 0x86d5622cbf060400, 0x3a48176a33dc17a1
seed26:
	.quad 0xd8a907e5e151ce81
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0xffffffee79a27bce
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x14d7c3557f409f5b
	.quad 0x00000001049b166b
	.quad 0x4cc946c751d9c368
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe9c
	.quad 0x0000000000000002
	.quad 0x4cf01885a69f8f43
	.quad 0xde0856ff71ccb488
	.quad 0x000000000000cf66
	.quad 0x000000000384b0f0
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x7d3a79c9d46ea123, 0x1af2bc5b9dec4bc0
	.quad 0xdaeb8918fffcf7e7, 0x806d508a80000000
	.quad 0xf645bcc2a49f529e, 0x1254ec3fbb7edcf0
	.quad 0xa475393e2cdd978a, 0x00000000cfffffff
	.quad 0xa93ff8c18e7ab1f2, 0xb8758dbe4bbffeaf
	.quad 0xd260363d7edeff34, 0x38e9dfb5bd3f5de9
	.quad 0x7ffa3002896fef2c, 0x157f687880800000
	.quad 0xd003aa53ed5fa9d6, 0x9d2a65f977098a96
	.quad 0x3fdc0ce9bef5d195, 0x0b23c7bd325a046b
	.quad 0x4441050841539552, 0x378b7c9f25b80000
	.quad 0xf83acfcefff114ba, 0x21208914e6798ca9
	.quad 0x7fc9aea9ae137057, 0x3f9538fa80000000
	.quad 0x8d30234dc3557c00, 0xd1f33298feffffff
	.quad 0x800e4c6f5385240e, 0x0008cb21d60ac202
	.quad 0xfff2cfcf48746571, 0x837935149e523ad2
	.quad 0x126978060726fe20, 0xc05056277552465e
	.quad 0x70bf6901fffbffa2, 0xee7d1179ffd56f5b
	.quad 0xbfbe443e5a4056a8, 0xc7dc8000c3972af1
	.quad 0x45b00000c751705e, 0x905f7c27f0d5329b
	.quad 0x834cf0942d13bb36, 0xb4f954ce0d2afc00
	.quad 0x6e31c958fd565027, 0xce2b4b87ff9ce79f
	.quad 0x747d593f83c8cb25, 0x17f45b6c803491ae
	.quad 0xfff0000000000000, 0xe592e7f277bc52ef
	.quad 0x7ef9d0e809000412, 0x43f37aca014c28a9
	.quad 0x7fa50872fc04a010, 0xfff297f173b7d858
	.quad 0xadecc142af3a03ff, 0x8273508bc1250000
	.quad 0x7f1822687f849ac7, 0x41c587faff7fde00
	.quad 0xfdc16b8fecd00f98, 0x6212a1463344c540
	.quad 0xffc00000c0980000, 0x37f5915e48807a0c
	.quad 0x1accd02bbe4e27fa, 0xffefffffffffffff
	.quad 0xbf83b65610fe7146, 0xfff0000000000000
	.quad 0x43cb00007fbfcc9c, 0x7f8000003c9a2d50
seed27:
	.quad 0x00000000000003b1
	.quad 0x00000000ffffffff
	.quad 0x58db658305850180
	.quad 0xfffffffffffffc8c
	.quad 0x8dfd689fd21a985b
	.quad 0x00000000000005e0
	.quad 0x0000000000000000
	.quad 0x0000000000000082
	.quad 0x00000000000000b2
	.quad 0x000000000000006f
	.quad 0x1bdebaac85e5c746
	.quad 0x00000000000002f3
	.quad 0xfff06343b8247698
	.quad 0x000000000000005a
	.quad 0x0000000466b67b12
	.quad 0x8000000000000000
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x66f63d93e1102504, 0x91706ed6fbe30000
	.quad 0xfc010b15fecd7f71, 0x3ffffffeff800000
	.quad 0x3656dfe23ead209e, 0xbf08000000000000
	.quad 0x7fe3eaffd56b16b4, 0x80000000ffd578e0
	.quad 0xfff429e9311e63b1, 0x2c4c5c9afff73ffe
	.quad 0xef5f9bb5437e78e4, 0x8000000000000000
	.quad 0x8000000000000000, 0xbfb834a80737b72b
	.quad 0x3c7163cdbb400000, 0x8009b161be68089b
	.quad 0x85a3a5ae90fc41af, 0x811d449a9fde6165
	.quad 0x41effffffffffffe, 0x7ff0e3f9e39ebb93
	.quad 0x109741ae36ef9357, 0x5f22e10acabdafe7
	.quad 0xcadb3c27c9fb1f85, 0x7ff0000000000000
	.quad 0x033d2521f20acb4c, 0xdd64a4837fbff9ce
	.quad 0xffa8edc87fc00000, 0x5f7a19ed40c00000
	.quad 0xffeaa86cb45a42d6, 0x74ff2176edcffce6
	.quad 0xab0dd2f7aab7a800, 0x80120a168024aa50
	.quad 0x0000000000000000, 0xa55b2f33dcf02ef6
	.quad 0xbca0303d00000000, 0x14ee14a44e108bff
	.quad 0xbd214143792e0561, 0x4cf53847f9247d58
	.quad 0x1056ea821043ba5c, 0x0000000000000000
	.quad 0x7ec4c55a4dc494ff, 0xc0771f01f4764f04
	.quad 0xaea674cf62e0bebb, 0x0ae98d7fffe225b5
	.quad 0x00000000f44fbceb, 0x44f8ecf091132431
	.quad 0x3fe0000000000000, 0xc04000003e8a4394
	.quad 0x4c4404a14215f8da, 0xbfac0dce74f846bc
	.quad 0x3a560f6a4583fc00, 0xa970e88f15aca514
	.quad 0x43298295007fffff, 0x10da7a5de65a3a41
	.quad 0x7b1f388917d32954, 0x3168048cfcde1a95
	.quad 0xb92a465aa9fefc00, 0x7870555ab9bcdfb8
	.quad 0x7f9379ae15b006de, 0x03e654e7bbf79fe3
	.quad 0x402a821fb0d3fd5f, 0xc095990dcfdf7b7e
	.quad 0x65fbbbffeddf2f69, 0xfff0000000000000
seed28:
	.quad 0x0000000000003308
	.quad 0xf44db1e3d7f969e0
	.quad 0xf1962e5a305f3f3f
	.quad 0x8000000000000000
	.quad 0xffffffffdab5db6c
	.quad 0x592b31d1f38bef39
	.quad 0x0000000000000000
	.quad 0xfffffffffffffda0
	.quad 0x5d1274fad195b12c
	.quad 0x0000000080000000
	.quad 0x92f7c2967b91bcd0
	.quad 0xfffffffffffffd56
	.quad 0x0000000000252fa5
	.quad 0x00000000ffffffff
	.quad 0x000000000000011f
	.quad 0xe44f621cd445869f
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xbb1be368706ffd33, 0xcfd2669e731eac00
	.quad 0x7fefffffffffffff, 0xff8000007fc00000
	.quad 0xff80000076b1e0cb, 0x47a99af9c573c6a0
	.quad 0x95298b0304fbfe5d, 0x411800007eb66047
	.quad 0x7fc00000c739fc5f, 0x1d177c23dd062382
	.quad 0x1accd7690ff407ff, 0x63bbd73c6d6eeaf7
	.quad 0x8f358826936c7c85, 0x3ea8893cb6af9fce
	.quad 0xbee7086747000000, 0x2458311fbdcde3fe
	.quad 0xc036ebf674eaa180, 0xf873e6fa00c022e0
	.quad 0xc70fd7d4f6b94039, 0xa559307520081aef
	.quad 0xb6e5988cbe3a7d99, 0x89b86240bcbeb7ff
	.quad 0x231c223a455c2ee0, 0xbfe5c08ca57c80fe
	.quad 0xd0d186bf20f32481, 0xa4fe01ffc06da05d
	.quad 0xde1dede17fb9cffc, 0x80078956819aca0e
	.quad 0x417ac007ff800000, 0x923fa4709c9c304f
	.quad 0xc194338634d3aba6, 0x7ff5836e5a7ffffe
	.quad 0xe0b49e12d5bfc6ff, 0x490d0000b6b00000
	.quad 0x4010000015243da2, 0xecde3dbbf6641800
	.quad 0xc29249cdff9ee9ba, 0x9b759184c1828473
	.quad 0x4ca69a93a2b80000, 0x4038f0ca3b33ab2c
	.quad 0xfff5d92c35461daf, 0xd74dcdf7ab4c8800
	.quad 0x8310acbf9db36d3a, 0x7ff8000000000000
	.quad 0x0000000147540e9f, 0x7ebf61bffe96013a
	.quad 0x00800000bbf8e8bc, 0x4ba7359825f10bff
	.quad 0xc7c6c7053cc555e5, 0x23c0f59d18e74200
	.quad 0xc678000017cb3489, 0xfef07daa1ffacd61
	.quad 0x8a8ee92400223732, 0x284bb974a43211fd
	.quad 0xbd400000ff7208bf, 0x800000009e534499
	.quad 0xc03b05798b6cb29e, 0x9b829c5dffdfbf68
	.quad 0x61fa6549e8a96ad4, 0xbcefb558ed7bffff
	.quad 0xff447848ede77fbb, 0xff3b13548f236755
	.quad 0xb7220000ffc00000, 0xc3f0000000000001
seed29:
	.quad 0xcc9eaf07782d7a19
	.quad 0xfffffffffffffde1
	.quad 0x0000000001000001
	.quad 0xffffffff7c1f82e9
	.quad 0xfffffd204eaf272c
	.quad 0xffffffffffffb876
	.quad 0x2a371780069567e7
	.quad 0xfffffffffffcfa8a
	.quad 0xffffffffffffff7d
	.quad 0x5a29ea957972c3fa
	.quad 0xa73e465022380933
	.quad 0xc3b2a97647552071
	.quad 0x0000000055b5a3ad
	.quad 0x0000000000000172
	.quad 0xb53c1ebcac1740ed
	.quad 0xfffffffffffffeb8
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x801a48186a1d4074, 0xfff0000000000000
	.quad 0x4f0000003f7b3777, 0x3fcd2a8178c3e89f
	.quad 0x419e6585ff800000, 0xc00d000000000000
	.quad 0x7d2f4ff1c32aadff, 0x0bfe249f01235227
	.quad 0x7fae79ef7f800000, 0x2f985268bdb7fe7b
	.quad 0xff909c5b7f97eaeb, 0x7ff0000000000000
	.quad 0xaadd181ec930fc6c, 0x5b09eaae405fa0c9
	.quad 0x801b172920896136, 0xc050d869ff9a5921
	.quad 0x002254f2c9109b88, 0x00000000ffc00000
	.quad 0x3ae549bbb506e373, 0x8000000000000000
	.quad 0xc4300000bdc28089, 0xbf800001df800001
	.quad 0x03adeb452a7e3af0, 0x7f800000009ce8d5
	.quad 0xbf20000000000000, 0xc35370a1a1f40000
	.quad 0xe8e9f2ca166f8000, 0x5bf744c04c96f314
	.quad 0x424ad7c5ffc00000, 0x6c01673e77db08ee
	.quad 0x3e98a64e5768c735, 0xfff0000000000000
	.quad 0x47d3fb3b7ac765c2, 0x309dac366eedf5ef
	.quad 0x894da80ec5157e00, 0x6c1812afffdfe2f9
	.quad 0x4f88c8ef80000001, 0x659f4d2c70d7813a
	.quad 0xedc9d5c280000000, 0x40a80000ff000000
	.quad 0x7fa210b32f9e83e3, 0x7f9038df80000000
	.quad 0x942c3412ad9b7bff, 0x40a422ba80000000
	.quad 0x434fffffffffffff, 0x7fb095a880000000
	.quad 0x034378cd6f97b398, 0xbf89fff50f3d9c79
	.quad 0xa609fbd4d6d833d4, 0x7fa1edc601321bcd
	.quad 0x7fec27081646fa5b, 0xc000000000000000
	.quad 0x003eb6d2437b3a31, 0x112b1aed4c444cd8
	.quad 0xfe40a75dea33fc87, 0xbf103e81d78bfd12
	.quad 0x15ee369c805f7329, 0x985bd5ac3baca325
	.quad 0x81517b2480000000, 0x7ff0000000000000
	.quad 0x7fdfc264ccaaf1e1, 0x7f000000bfba4491
	.quad 0xebe977c3ef2dfae7, 0xc1f5146cc08c0000
seed30:
	.quad 0x5a0bd2600a7f5b60
	.quad 0x73cd850f305c7bbc
	.quad 0x00000000000002e1
	.quad 0x0000000000000b5f
	.quad 0x8000000000000000
	.quad 0xaaca9204d48d4f12
	.quad 0xffffffffffffffe8
	.quad 0xe8aa0e5656c7117a
	.quad 0x8000000000000000
	.quad 0x000000002113d815
	.quad 0x00000000000002fb
	.quad 0x99432e76e86838af
	.quad 0xffffffffffffffcf
	.quad 0x0000000000000003
	.quad 0x17377d3a2ecaa018
	.quad 0xffffffffffffff7b
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x791efe07ebffbde7, 0x5e5898043d900000
	.quad 0x592cfb8edff57d5f, 0x000fd17307a84063
	.quad 0x49e000008120fb9d, 0x83524610f9bbeb30
	.quad 0x7fdfffffffffffff, 0x5a8366feffe007ff
	.quad 0xf3955bfdf7d47f9f, 0xfe39045dad72aa7f
	.quad 0x88247106425c3d35, 0xc06060c71ac99814
	.quad 0xea102fe8b9fbc375, 0x205fce2125827863
	.quad 0x6f99de18be180000, 0x807fffff3d61c490
	.quad 0x401ab19d2f6755f4, 0xfeff8f3959f4a1fe
	.quad 0x55223848ffefd89f, 0xaa953cbfc7934a58
	.quad 0x69fe1955eb6f76e7, 0x489af18aedfff6ed
	.quad 0x003ec113ef4472b8, 0xc340000000000001
	.quad 0x65b112c27c0af85e, 0xfff6b38172ab7891
	.quad 0x578e9c58ec914800, 0x40fffffffffffffe
	.quad 0xfff987e4bbc0ed82, 0x3fcb4a5c43a1b0cf
	.quad 0x7d90412dc778cfcd, 0x4038277d1d451999
	.quad 0x000af7f6b1e9b6a2, 0x7f800000f5f5d21d
	.quad 0xffc0000000000001, 0x4060000000000000
	.quad 0x68aa2c50bd213737, 0xe5ad6335fff68ec6
	.quad 0x7bf6b5a666aa8400, 0x3fd31917961c05c6
	.quad 0xf8cbfc4164583c01, 0x715bcc2effaefc35
	.quad 0xccbcb3f2524aea14, 0xbf3d800000000000
	.quad 0xff7fffffbe280000, 0x194f78fe5648f7ff
	.quad 0x4ddbd6bfbffffffe, 0x19ca385ef6bdbf31
	.quad 0xf7a13679213278bb, 0x5f7ffffeb60751cd
	.quad 0xf523ae2723f72d93, 0x7ff0000000000000
	.quad 0xfff6373f27944ed5, 0x7fba4395fffaed38
	.quad 0xf24b38fbcd4ac59f, 0x73e7141880000000
	.quad 0x6a944293ff8cfbf1, 0x4700000047800000
	.quad 0x90b50d7600472444, 0x7ff0000000000000
	.quad 0xffdffa8adfbcbba8, 0x40eb800000000000
	.quad 0xd5f389d8ff9fbffe, 0xbda4f96bcdffffff
seed31:
	.quad 0x95b4677645089044
	.quad 0x00000000ffffffff
	.quad 0x0000000100000000
	.quad 0xfffffedbab98d1e3
	.quad 0xfffffffffffeed14
	.quad 0x000000000000ae06
	.quad 0xe9104ed4148c36f7
	.quad 0xfffffff99d17476f
	.quad 0xb46df05545c30496
	.quad 0x234ff5b721f7c6dd
	.quad 0x3083d2175af34397
	.quad 0xfffffe29524d7e4e
	.quad 0xffffffffffffff19
	.quad 0x00000000390dd1ea
	.quad 0x45cf89c2dcf90bc0
	.quad 0x0ebe9f94034135c0
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0xc2c98a0a137b69b0, 0x412000003f800000
	.quad 0xffd0000000000000, 0xd0e8fa6a47149765
	.quad 0x2c46e2c580000001, 0x2e74a4ce40c00000
	.quad 0xbf9cfbb65227510e, 0xff800000f158afc5
	.quad 0xfa5b950e7691d058, 0xbf7be3cd410a0000
	.quad 0x319d3c37778efeff, 0x7fe02ed58255122c
	.quad 0x63eff294bbf20000, 0x47ffffffc0e80000
	.quad 0x3ccac82240e80000, 0x7fe0000000000000
	.quad 0x911912a7bfe4de9f, 0x395a40d8f882f7ff
	.quad 0xfbd3e36cffb03e26, 0x7e65d79640335bf7
	.quad 0xa12236d39fdb83db, 0x0ae1f21f6eee2dfa
	.quad 0x7f80000000328f4f, 0xef0774b135195821
	.quad 0x4000000001000000, 0x99d911ff43ce1110
	.quad 0x8014c2f7231d09ca, 0xedd6f101d5f6a993
	.quad 0x7d671f61d96f7fb7, 0x49900000be7c177c
	.quad 0xbbb06f6100127185, 0x7f4241a6c8d14b52
	.quad 0x43d0000000000000, 0x7ff5a243d0b425df
	.quad 0x909cfa3ebfb87776, 0x40b284857f800000
	.quad 0x0000000000000000, 0xfff613adfd5443c6
	.quad 0xc77ffffe43457a41, 0x37940000ebdeb4cc
	.quad 0x3fab4890608a04dd, 0xc000ab62c6c80000
	.quad 0x40c6800000000000, 0x6fd6180ff7f77dd9
	.quad 0x419f6da840000000, 0xc2c5706a4f000000
	.quad 0xff7fffff000e06a3, 0xcefc6bf702ddad80
	.quad 0x3fbd82ca4291a882, 0x9eece844c91ed203
	.quad 0x5729e6a4fb4dfdeb, 0x16c54d66438f197a
	.quad 0xfec62e6f3bf29512, 0x3e4bb667eeffd32b
	.quad 0x7ff0000000000000, 0x7991422a899762e1
	.quad 0xea6ecce448c00000, 0x818cd5014c85d843
	.quad 0x002d3fce452fb846, 0xf7c85d707f7bfe4f
	.quad 0x41e4e630d88a1874, 0xdb46bb11bfff71da
	.quad 0xefa394ecca7f7f9d, 0x686383f2f59c00d9
seed32:
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x000000000e270da0
	.quad 0xffffffe39473348e
	.quad 0x1bdba81caf7a8225
	.quad 0xeb11e3751b720b5c
	.quad 0x2543fbc30103f1e8
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe31
	.quad 0x33be1da86687ef19
	.quad 0xf487afd501dc5089
	.quad 0x00000000d4995351
	.quad 0xe86fd61a691f5672
	.quad 0xffffffff30478dbb
	.quad 0x22ef69fdb11144b5
	.quad 0xfe1293297d301e93
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xf6b632f0b607a245, 0x9a7d1313cfffff1a
	.quad 0x0b335fe3f66b8001, 0x407a5dfa1c3e67bc
	.quad 0x08d3f0cf88d5f989, 0xffdfffffffffffff
	.quad 0xc7d149ef0a7655ef, 0x0008000000000000
	.quad 0x0000000000000000, 0xc3e4b3f51005c4ad
	.quad 0x9eac28e37d1e3c4c, 0x6bc055507ee58c11
	.quad 0xfe31cf4aa775c870, 0x0002d623ee3419d6
	.quad 0x7f800000c5c00000, 0xff3dd3ca7001b84b
	.quad 0x7fe24b5c0d6c4bc0, 0xd2427bd7cf4ecfcf
	.quad 0xf4f3626541000000, 0xceaa16f462eb5444
	.quad 0x5b515accdacc7c67, 0xfb9a1983484278bd
	.quad 0x2ae7d060fedd71fa, 0xd9e4ea4d6bfe227d
	.quad 0x7c247650cefffef9, 0xa918bd44b6b20000
	.quad 0xf7738ecec2f10ac1, 0x7ff0000000000000
	.quad 0xfdb3ccf58262fbc8, 0x190707bccfe2efff
	.quad 0xbeec000000000000, 0xa5a8aa6c7beefc00
	.quad 0xfff0000000000000, 0x9d107db2bb9effd9
	.quad 0x7ff5394e038e29f5, 0xbf8c990c6366ca1e
	.quad 0x0200273cfff885e0, 0xfdd54933fbbf8c3b
	.quad 0x7ff0000000000000, 0x3dc40000b8000000
	.quad 0xc008000000000000, 0x161f3ada217aac09
	.quad 0x405800004245ae3a, 0xd0e86959afffffff
	.quad 0x934b3e7b7fffffa6, 0x3ffe460bece806e9
	.quad 0x7f8000009776560d, 0xa6fea64d40ac166c
	.quad 0xc7fffffec0d80000, 0x3ff0000000000000
	.quad 0xee53ea08be8bac1e, 0x400e000000000000
	.quad 0xcd0d7feb5abfbc03, 0x9559cfa434efcaaa
	.quad 0x41df432b2a79cd7d, 0x000fd7a6a52dcedb
	.quad 0xffc000007fc00000, 0x3c8ce21fefed4870
	.quad 0x7cd8135dff8137fd, 0xffec5ea57f8d35e1
	.quad 0x4331134adf000001, 0xfa96d2f3fab6b13d
	.quad 0x7b4fbdba7d5fbf4c, 0xbdcb14b93ffc023f
seed33:
	.quad 0xfe82b7023457da3f
	.quad 0x8b03391146c1b5d1
	.quad 0x0000000000000016
	.quad 0xa66698314ec16d7a
	.quad 0xfffffba81a118dc8
	.quad 0xfffffffffffffc79
	.quad 0x000000007fffffff
	.quad 0x8a36c5b9203065ee
	.quad 0xfffffffffffffe70
	.quad 0xffffffffffffffec
	.quad 0xfffffffffffffe3d
	.quad 0xffffffffffffb2d8
	.quad 0x0000000000000000
	.quad 0xce9739e783923b37
	.quad 0x0000000000000028
	.quad 0x995014fd450e7a97
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xff800000fc5acf35, 0x41e0000000000001
	.quad 0xc050fa538cc3ef85, 0x402cf7d77f310589
	.quad 0x200f03d21a12fc00, 0x73016883026f2f6a
	.quad 0x4058000080000000, 0x00788e2fff06708e
	.quad 0xcf0ec274c865fe06, 0x0013b3e20619529f
	.quad 0x7f800000ff800000, 0x8043287a0afa8cad
	.quad 0x7ff6e2891bd1cf06, 0x29104f88422d3286
	.quad 0x40cc0000cf7ffffe, 0xdee38fa3d7ad77ff
	.quad 0x66c091af7b7b1dfb, 0xf7817f42ffefcbe3
	.quad 0xdbb1a0823857be00, 0x450e081c9f73d12a
	.quad 0x7ff0000000000000, 0xe59536e4dedfffff
	.quad 0x4000000014e79476, 0xfffd63e8cfab43b8
	.quad 0xc654cb44ffffffff, 0xb29abce1ff77f3f6
	.quad 0xb6e61965f5dc7fdf, 0x4ca583df6778fe00
	.quad 0xf9fa084b80000000, 0xff368fac7f000000
	.quad 0x82a0913e7f22fd71, 0x66979eb5dbffddf9
	.quad 0xc544dcd5e665fe00, 0x1b8de60ef533a96a
	.quad 0x42bd713a3fd00000, 0xa6fe6daaffd6fc13
	.quad 0x7f800000005b7bac, 0x653a6bcfeeb415b5
	.quad 0xfff7fb27156b3350, 0x907b6f6139308bff
	.quad 0x0786c5b799e9c130, 0xc04d02bc21ace5e6
	.quad 0x40256205585685ec, 0xc30b3552ffaa0607
	.quad 0x7fc0000000ffffff, 0xfff0000000000000
	.quad 0xc0e0000000000000, 0x12baafff9fe31957
	.quad 0x8000000000000000, 0xfff8000000000000
	.quad 0xbff0000000000001, 0x8b827bde0f6fb519
	.quad 0x9ac589b1241331e8, 0x93681ade73716154
	.quad 0xc12a41f049f3bcef, 0x7cc4b2feffe5f6b7
	.quad 0xff694e443c783eb4, 0xffb074b275960777
	.quad 0x017fffff80000000, 0xfde44eb502ef46ca
	.quad 0x54d6c34cfffc28b2, 0xbcfb4913b91e8032
	.quad 0x5ec2e0de5eb65bff, 0xff6d38d4b1a0ad4e
seed34:
	.quad 0x00000000000002b3
	.quad 0x777b22d0472c3bd2
	.quad 0xf97bd2c7b3e0d590
	.quad 0x4d2ad6aaaae0655b
	.quad 0x00000df551d18464
	.quad 0x71363249af526445
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x0000007a001462f8
	.quad 0xffffffffffff16a4
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xfffffffffffffffe
	.quad 0x97db88357a0b6004
	.quad 0x7e920e5a397f323e
	.quad 0x04000000
	.quad 0x30000000
	.quad 0xec2a4eb67fa0032f, 0x3abefeab9defa3a7
	.quad 0xd6b4f3e56a1afa6a, 0x0000000080000000
	.quad 0x8000000000000000, 0x2659368e27b7b084
	.quad 0xf5ef95f45564a4c3, 0xff63ec8e8597d867
	.quad 0xe08b1023c76bd511, 0x277910b2179777e2
	.quad 0x001c06c2bd400000, 0xbeb7320ae2e0297a
	.quad 0x7ffeee931cd72653, 0x3b1542da81830bff
	.quad 0xc67a3718559ec40b, 0x5e7d75d57c664c7c
	.quad 0x5334e95380d4adc0, 0x76e20dffbd45fde2
	.quad 0x5f1d882af9eff8b6, 0x7ff8000000000000
	.quad 0xc22326e8b7ffffff, 0x4a16171b40800000
	.quad 0xe28220bcfdfbee5a, 0x25cc761a776f7e3a
	.quad 0x89b764df5ba1cc4b, 0x0013d5214f000000
	.quad 0x0000000000000000, 0xffdfffffffffffff
	.quad 0x0ef16b1c3f09fc00, 0x2f90fb93f336b655
	.quad 0x0337d9947b7fffff, 0x1527f3937e2c30fa
	.quad 0xffe151be8e2b4f16, 0x7f23aa4dffe5e24f
	.quad 0x76aafd8ade0f1d32, 0xfff0000000000000
	.quad 0xff80000080000000, 0xbf9f9b6fb2772b1c
	.quad 0xc01c000000000000, 0xbc2afcf87fba3d92
	.quad 0x40000000ffd8efca, 0x43e0000000000001
	.quad 0xc1e0000000000001, 0xa6b66f3028d2ad05
	.quad 0x9fb878546fab596e, 0xf53a08d7ffded1ad
	.quad 0xbdcb3f2be2fe48a0, 0xbe90200ac34399f8
	.quad 0x8002336f7bc9e81c, 0x369205ec85f76fe8
	.quad 0x43f0000000000000, 0x4ab19d420003b8fe
	.quad 0x800000019e8f276b, 0x046446137bc87e00
	.quad 0xe5e2edf0ffc0fc82, 0x8000000000000000
	.quad 0xe49161cd8cf07bc0, 0x3c7007b880000000
	.quad 0x0f67d98aff9ab91f, 0xc06103823cafa80d
	.quad 0xc00ab8fb75cfa4c4, 0x0b2b0c2450dfdffe
	.quad 0x906dcb91bdf3f9ab, 0xcd7a94ab529bccd2
seed35:
	.quad 0x00000000009242de
	.quad 0x0066d27eb4f63ef7
	.quad 0xffffffff80000000
	.quad 0x0c926828a8b5be6d
	.quad 0xffffffffffffff87
	.quad 0x000000000000001e
	.quad 0xfffd283fbd01df9b
	.quad 0x2c5cc7efb0a2f3a6
	.quad 0x0000000000000623
	.quad 0xffffffffffffff6c
	.quad 0xffffffffffffff3a
	.quad 0x7122c13bc6b01723
	.quad 0x783f4513ee199a1e
	.quad 0x0000000000000341
	.quad 0xfffffffff776520e
	.quad 0xfffffffffffffff6
	.quad 0x02000000
	.quad 0x30000000
	.quad 0x7d7e1b6f4dad3337, 0xb76a774164c48000
	.quad 0x0000000000000000, 0xc89843949a0483ff
	.quad 0x7ff0000000000000, 0xe66169d8b5fcfdb6
	.quad 0x00d82f7b8dfb19f7, 0x9613a3d0ff9f7e43
	.quad 0xfeb60cdef267fe4e, 0xc03a721f2bf84ac6
	.quad 0x0000000000000000, 0xccca70691ddec6c0
	.quad 0xff5ef254804e6020, 0x973ecb0e7fcac480
	.quad 0x80000001ff953b80, 0x53c497605187b7ad
	.quad 0xc039bb919a7e135d, 0x6423d363003618b2
	.quad 0xfff0000000000000, 0x40f0000000000000
	.quad 0x7ff92c84a80b6c85, 0x8225df5171e72c0a
	.quad 0x016b0429ce058e2e, 0x40050cf88811d2f1
	.quad 0xfffa24ee3f4e51e1, 0x39e1ea92e2bffd8c
	.quad 0x0a34e2d52bea3ab3, 0x81c6ad645843842c
	.quad 0xc094000000000000, 0x7d48f778b5dfa6a4
	.quad 0xf454dc79ad03bc01, 0x09dfa23cbfea7fd6
	.quad 0x7ff8000000000000, 0x38db3c75f9e7feea
	.quad 0x3f78f760cf7c8815, 0xabbe23db7cf073f5
	.quad 0xc3b78b7900000000, 0xcb8f04f7daba82aa
	.quad 0x3fc00000ff800000, 0x39400000c09f7e06
	.quad 0x0000000040900000, 0x815c7bec331365cf
	.quad 0xb1492beb7e53ffee, 0xc49eaa4e985cc3ff
	.quad 0x406d2a08a63c5390, 0x18c51e4d77824000
	.quad 0x2901ba41efddffdc, 0x802d18adb9d70000
	.quad 0x3ee1e65d005bc77f, 0xc3fc14e47f800000
	.quad 0x40c800003d6123c6, 0xe197338a3a5a0000
	.quad 0x2cd05c186144fe00, 0x967b296ec0000001
	.quad 0x1b4057f1fe7cfe00, 0xfcf6003ba774fc00
	.quad 0x02c776876feecf2d, 0x4020c00000000000
	.quad 0xffdecb2aab0e8c20, 0xffd9744a70010849
	.quad 0x5144d029edadc7f1, 0x5532edb5ffbfdf79
	.quad 0x76ada3bf61bf7c00, 0x8dd0f31cf7bfd3d4
seed36:
	.quad 0xffffffffffffd17c
	.quad 0x00000000016d40c2
	.quad 0xfffffffffffffc9b
	.quad 0xa333d3e8c3f34bfa
	.quad 0xfffffffffffffd04
	.quad 0x00000000ffffffff
	.quad 0x698c6770924932f2
	.quad 0x0000000100000000
	.quad 0x96b7b58718847576
	.quad 0xb1563ed7751bb74b
	.quad 0x9c2ec03cefdd1404
	.quad 0x0000000000000291
	.quad 0x3b70a48d294403d2
	.quad 0x0000d42e49bf1928
	.quad 0xc6f76ece82f70421
	.quad 0xffffffffffffe81e
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x7ffc5c349e851a0f, 0xab9695f97686cb88
	.quad 0x94df39f27563bd0f, 0x7ff60f87a6707f3f
	.quad 0x7c09bfecc4e5762b, 0x4075ed8fcae0c9b9
	.quad 0xffc000007f800000, 0x410c00003c5d6191
	.quad 0x3eef200000000000, 0xdf7fffff80400000
	.quad 0xc780000063afef07, 0x41383b9200000000
	.quad 0x0c995260edb07906, 0xe7d0269bfff77fb8
	.quad 0xcdbee139a4e97d87, 0x404c67924377cd44
	.quad 0x1fb3fa49fb7c72f3, 0x7f800000d9c6ca0d
	.quad 0x3f41b406aabc68dd, 0xbf93efac2e176c72
	.quad 0x4005000037d40000, 0x741cb1fdc1d170ca
	.quad 0xfff0000000000000, 0x40effffffffffffe
	.quad 0x0c1df2ae7f800000, 0x6092cf23a2faa3d5
	.quad 0x53def6a0092651b8, 0xeba1e954d8c37c00
	.quad 0x7ffcac715a39ffa0, 0x7ff0000000000000
	.quad 0x0262bd42c0753c49, 0x02412b87204914bb
	.quad 0x00954c95ffc00000, 0xfff0000000000000
	.quad 0x99942f4843981fbe, 0xc0dc0000400fb0ea
	.quad 0x3fe1a66770fa02d0, 0x4da163823d081341
	.quad 0xc339763a3b1edc84, 0xbcdc44d91758b804
	.quad 0xfff8000000000000, 0x45d000007effffff
	.quad 0xff800000b5698e64, 0x990dcbfcc49f7841
	.quad 0xc021800000000000, 0x9e716e1e448f3f80
	.quad 0x14a716265c6bb457, 0x0000000000000000
	.quad 0xfdb93a0c0ce75b6a, 0x3fe00000fffa0382
	.quad 0xe4faa104ff800000, 0x8c0699f5c493fbdc
	.quad 0x3f8526aec4f86a44, 0x15c993021ef30000
	.quad 0x742b781ccf77fc43, 0x07e4af5d80dff043
	.quad 0x3f00000000000000, 0x1a0732c2c10cfd9b
	.quad 0x02ebce8c7c3d1f52, 0x3fcfc92e78aa3fc9
	.quad 0xff8000001dc07f30, 0x4330000000000001
	.quad 0x91cb6214bb702733, 0x774206e3fd7df77f
seed37:
	.quad 0x0000000000000141
	.quad 0xfe41bcae45aaa156
	.quad 0x00a168042d5b496f
	.quad 0x0000000000000000
	.quad 0xffffffffffffff1b
	.quad 0xffffffffffe7f0b8
	.quad 0x0000000000000001
	.quad 0x00000000000003e8
	.quad 0x0000000000002ba2
	.quad 0xffffffff80000000
	.quad 0x48db9be414e16c4c
	.quad 0x0000000000f851b6
	.quad 0x9e994c3c56775309
	.quad 0x0000000a83943285
	.quad 0x0020000000000001
	.quad 0x0000000000001c3e
	.quad 0x01800000
	.quad 0x00000000
	.quad 0x0786f904ff92627e, 0x4330000000000001
	.quad 0x7fd93c5954b32c92, 0xa5d2860fce257ddd
	.quad 0x4340ece03c14eb44, 0xc35fd808956c475a
	.quad 0x8170e372bffcbbed, 0x5ae58821cffffffe
	.quad 0x59fffffe7f800000, 0x00684ae53fc00000
	.quad 0x84b87883fc1c1311, 0x072a28e1410ad997
	.quad 0x93f7e97755e57f65, 0x9d478664b7eaf295
	.quad 0xd9fffffe7f800000, 0xc04ae00000000000
	.quad 0x40ae000000000000, 0xfff0000000000000
	.quad 0xfda6c23c225bc6d8, 0xa6fe6889801f09c2
	.quad 0x7ab74537938e4ddb, 0xff80000074b703c0
	.quad 0x40155d06259c068a, 0x3f64000000000000
	.quad 0x5694c2a42b207d43, 0x43b43c8705568001
	.quad 0x07e8c0d152bf7cff, 0x61d3bfd13ffdebb3
	.quad 0x0f974548bf3dafef, 0x7f800000ff800000
	.quad 0x401ea42162b6c1ad, 0xcf06fe8516dcffe0
	.quad 0xa8ac348bf60fbd2a, 0x800000005f800001
	.quad 0x001fffffffffffff, 0x4295f2dbadd7b36a
	.quad 0x8000000000000000, 0x880575794ec7358f
	.quad 0xff9a9895ffd22985, 0x7ff8000000000000
	.quad 0xfe0763964db6b387, 0x7b8dbbbec09b710c
	.quad 0x85f49806ec7bffa2, 0x2fbb7f6a052e7cec
	.quad 0x7ff0000000000000, 0xda0000007382b4e4
	.quad 0xfff72e41812caf29, 0xbfe9199d1f5699fb
	.quad 0xc56fe9f2e5fe4800, 0x27a0c77e9380f88d
	.quad 0x6b904f794efffc00, 0x406f662091870cd8
	.quad 0x22baab6fa488ff7f, 0x7fc0000029bfb3b9
	.quad 0x9f204d8c5fffa053, 0xd762f2984e901403
	.quad 0x000fffffffffffff, 0x8a09c2deff809ab3
	.quad 0xc5ce55bebba89c94, 0x70b95d9afdcefffa
	.quad 0x9cc4934d68b5ff40, 0xb4e3442eff657731
	.quad 0xe8de1fa39f7bfd62, 0x3dd7ee167f8b716a
seed38:
	.quad 0x0000000000000340
	.quad 0x8ce7aac6243045e4
	.quad 0xfffffffffffffc26
	.quad 0x901274195aa5ab8d
	.quad 0x0000000000000053
	.quad 0xffffffffffffff36
	.quad 0xeecfde7ed8465ed9
	.quad 0xfffffffffffffdb4
	.quad 0x0269eed86364ffd1
	.quad 0x7b49a52d6a5c35c2
	.quad 0x000000000000019f
	.quad 0x0788671c7d6ba6e9
	.quad 0x0000000005ff8ce9
	.quad 0x0000000000001023
	.quad 0xffffffdd9f784d17
	.quad 0xffd07c0d7c13edcc
	.quad 0x05400000
	.quad 0x50000000
	.quad 0xb1af16b6ffdfffbf, 0xff800000ee33fe65
	.quad 0xfafdea1406c97c00, 0x8c761e6c2855003f
	.quad 0x00033717c804c575, 0x8000000000000000
	.quad 0x800000007f800000, 0x4b9abb0ac19ce680
	.quad 0xf8d5f03e3f31d026, 0x2a6bafd02b707bdd
	.quad 0xbfed66286decfb99, 0xffbced3ac56425b0
	.quad 0x838ace7159f1d4f0, 0x4fffffff40d48020
	.quad 0xff000000bf787a80, 0x7f4644d8d256095b
	.quad 0xffd781df2bc2c3e6, 0x81000000fffa6b2d
	.quad 0x4d78ef14ffff7bb9, 0x43fffffffffffffe
	.quad 0xfff0000000000000, 0x7f000000ff318f39
	.quad 0x8000000000000001, 0xac5daa768126ae2a
	.quad 0x01c25f3f48f263b4, 0x42333190c85c473a
	.quad 0x488941e2017fffff, 0xff9e0b5198575e98
	.quad 0x805902450b4ae4de, 0xd4a411e47f800000
	.quad 0xc020800000000000, 0x488000003d255191
	.quad 0x0000000000000000, 0xe0115153be9f0134
	.quad 0xcf2c743e81c7fe00, 0xffd530058bbd389e
	.quad 0x0072312eff800000, 0x367189da8e5c6cd6
	.quad 0xe789beb90fcfbd34, 0xffa043dbdf7ffffe
	.quad 0x7fee1527ff800000, 0x7aaf0eabff800000
	.quad 0xc000000000000000, 0x80000000f20fb32c
	.quad 0x43fa8e67d15add3f, 0x802759e891780334
	.quad 0x8002f58221dfd04c, 0x800062548b09b44e
	.quad 0x405ed100f0faffc6, 0xd5cddc6cd770a420
	.quad 0x7fdfffffffffffff, 0x7fc00000bd7c0000
	.quad 0x7148ffedffe11187, 0x3f8234cfebb5c414
	.quad 0x2975264fb75a86b3, 0xa76f497cb472da18
	.quad 0x8a84092e642b18c4, 0xd587ecbdb6ce0180
	.quad 0xc0f00000bacd20fe, 0x4090000047a80000
	.quad 0x3ff4000000000000, 0x406855cb7d0d8001
	.quad 0xffddda44bfec2494, 0x8010000000000000
seed39:
	.quad 0x0fed7a9638bf2cda
	.quad 0x6b9d2d2c9420802d
	.quad 0x7fffffffffffffff
	.quad 0xfffe80ffd05c4ca6
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0x2497b40de5f68310
	.quad 0x0000000000000003
	.quad 0x001a81a952f05234
	.quad 0xffffffffffffffff
	.quad 0x443ff5f7c7b4b527
	.quad 0xfffffffffffffd22
	.quad 0xe3d3cdd359dcf93a
	.quad 0x0000000000000292
	.quad 0x6a129a30ac951a3e
	.quad 0xca25d5f9d6c08894
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x7ffb58e960e28e8e, 0x8d9408b1ffbd5bed
	.quad 0x82f796f9f697773f, 0xf452baeae8382eeb
	.quad 0xc006000000000000, 0x3ff3af90ccbe0ddc
	.quad 0x81b5877268583b1a, 0x0056e48fc9cf7367
	.quad 0xbbfe9632ffd8e137, 0x3cf61a02fe8ede22
	.quad 0xf7925c1cfbfb52e9, 0x0ff2d0707fddf9d7
	.quad 0x803064753f7cd7b9, 0x9d3bf8ff80c8bb5b
	.quad 0xe56badb1cf675fea, 0x6d9245b2c0000000
	.quad 0xffbcd36dc0e80000, 0x968dcf9b82e9081e
	.quad 0x000000005d534a52, 0xe48a40574a113bfa
	.quad 0x1d34ded32bd95123, 0xffffb102323f8627
	.quad 0x3fa00000bfa226fc, 0x7fa08f597f800000
	.quad 0xc0630548b9366979, 0xa3ff0526dfe1abef
	.quad 0x01ce9a3eba5460ee, 0x1c0de4fccf800000
	.quad 0xc008a817076ca616, 0xe045d1ad12dfb5d1
	.quad 0xc070000000000000, 0xa191dcdcbefdf9d7
	.quad 0x7ff8000000000000, 0x1c502abbc1ee0000
	.quad 0x2a4c104ffeffffff, 0x80000000b7900000
	.quad 0x4003800000000000, 0x001ee0f5ceb3bc9d
	.quad 0x406648b34b291efa, 0x3c5f7f9dc0a00000
	.quad 0xfff0000000000000, 0xf86445ba5ab47d7b
	.quad 0xffb57b483bfe70a7, 0xfffe61b9bfd63633
	.quad 0x80000001cf800001, 0x66a12888efb32786
	.quad 0x40a4000000000001, 0x6ce51af3511bfaea
	.quad 0x401731e1d3309b71, 0x3f57000000000000
	.quad 0x63a2a5a2ffa7fffb, 0x19716ff16026fc00
	.quad 0x4062690516a68118, 0xc0efffffffffffff
	.quad 0x2a08cec8f46907ff, 0x7e5cb0705d59732a
	.quad 0x3f7cc8cb40000000, 0xc00f50437a182311
	.quad 0xac12b10afe78aa4e, 0x3ff630b79d7d2eca
	.quad 0xbed737dbc7800000, 0x295cfd79252808be
	.quad 0x7feee982537aaf82, 0x7ff0000000000000
seed40:
	.quad 0x917e1e1f41305b4a
	.quad 0x0000000000012960
	.quad 0x2508b48db14ccfea
	.quad 0x2ff6eea5fe642da3
	.quad 0xffffffffffffffe6
	.quad 0x361cc62020f0e12d
	.quad 0x000000000000025f
	.quad 0x8f08869c18192a57
	.quad 0x597983772d0d6245
	.quad 0xfffffffffffffd88
	.quad 0xfffffffd366554c7
	.quad 0x0000000000000024
	.quad 0xffffffff40b7fe0e
	.quad 0x0000000077aabd40
	.quad 0x957bd308dcc5c1ff
	.quad 0xffffffffffffffff
	.quad 0x01000000
	.quad 0x40000000
	.quad 0x5f518ca1583ca3b1, 0x47ffffffc3022bc2
	.quad 0x4029b32e81000000, 0x34e10807e7b626d8
	.quad 0xe49664a755dc2fd1, 0x0000000070163ee1
	.quad 0x800000003dbffad2, 0xffa9b0a8ffab39d1
	.quad 0xbf23d2f9c1b1708b, 0x88cde7fb3ff57fff
	.quad 0xb646dfd1eff9f6dc, 0x0000000000000000
	.quad 0x98a9c68f3f3dfe3b, 0xffde9d62ffb9eaf8
	.quad 0xc1f57e7f9bcab9ea, 0xc01cfcb1fff37c01
	.quad 0xeb1fce2d7ffbc494, 0xe69b945fcafb7dd9
	.quad 0xff9a37767eac7b8c, 0x800000003b7f5893
	.quad 0x0000000000000000, 0x76b461b09ed76b7b
	.quad 0x7f4697e4b222b6db, 0xffa44dbfd476146d
	.quad 0x800a0a8045e2ce46, 0xfe59c1e94bed6dfd
	.quad 0x101c9d74bfdffff0, 0xc2c69fe89cb2b7cd
	.quad 0xff80000040940000, 0x80882073f8032b97
	.quad 0xb54f712919dfbffa, 0xd99329b3ffc9fcb9
	.quad 0x7ff0000000000000, 0xffc000009a3fe767
	.quad 0x813f4ce27fda3400, 0x52eb004eefd44400
	.quad 0xb05950ed25dbb674, 0x9c50def8f8e10000
	.quad 0xabb3bb20bdeb11a1, 0x8c1e969a89d15ac1
	.quad 0x992a33046c194cdd, 0xc2f2302ebec00000
	.quad 0x57d1d933ad287c00, 0x0962f0907ae9cf2d
	.quad 0xf45f608efffdc6c0, 0xfc6d35a2521bb835
	.quad 0x010000007f85ad20, 0xbe359fd9c411c84c
	.quad 0x8032064ef1c9c961, 0x5f2390b010ad48e0
	.quad 0x51ef1bbe15becad3, 0x001295c0bf000000
	.quad 0x22b16bd3fff7fdf3, 0x3fc36890f3fe941b
	.quad 0xc9704c56c616f59a, 0x15c997eaccb83294
	.quad 0x49cb0a21cdcdcd08, 0x36e20f637ffbdd7d
	.quad 0xcaca9eadc8584280, 0x3cb76ab6a2e86ce1
	.quad 0x93fec6bfffff95fb, 0x7f8000007f800000
	.quad 0x8132f46fca1015ce, 0x8b440c952f2e89df
seed41:
	.quad 0x02a7bc799a73e79d
	.quad 0xea47a6a4c569bc37
	.quad 0x000000000001e66f
	.quad 0xfffd02a71c1ea9fa
	.quad 0x0002f2ad7ecac13f
	.quad 0x47e2c66519105158
	.quad 0x00000014e9d92d80
	.quad 0x982d6f71a30ec230
	.quad 0x00000000ffffffff
	.quad 0xe9283aeb94c414cb
	.quad 0x0000000000000249
	.quad 0xffffffffff66e3a7
	.quad 0x0000000000000231
	.quad 0x00000000000000f6
	.quad 0x1963d7bdc2a476c9
	.quad 0xd6f73869caf87a6f
	.quad 0x02400000
	.quad 0x40000000
	.quad 0x01fdf72adf6ce2cc, 0x45ca247da621533a
	.quad 0xe728c2e281b133c8, 0xfcdaf7128f529cf2
	.quad 0xf1110a193225d996, 0xb40c056b7ef9dfea
	.quad 0x406092a58c31efa8, 0x40109cb92340c844
	.quad 0x7ff8000000000000, 0x1b802c179e907cf3
	.quad 0x868e3ff6bbffc777, 0x002fffffffffffff
	.quad 0x3c4acf31dae42fa5, 0x44f8f5e3ffa57487
	.quad 0xe6d2fbd8fdfbef1a, 0x22f47d0c037b14f4
	.quad 0x80000001eec17715, 0x40338f02bcb1ef7b
	.quad 0xbfb0e6215580c57e, 0xd6acb256bbd3e3bb
	.quad 0x7ff42dbf90fd8200, 0x411000003ff84cb1
	.quad 0xfff0000000000000, 0x62f8ec20fcdea56f
	.quad 0x76991870bf38a244, 0x340c2d8800000000
	.quad 0x00016ab5f0dff36e, 0x6c50260417d5cdad
	.quad 0x01467b2782ed27b3, 0xc3ed21b4db9a4ddf
	.quad 0x401e000000000000, 0xf894468d4ff0abef
	.quad 0xff8000008103431f, 0xc430000000800000
	.quad 0x7f7fffff7e800000, 0x7f80000011ae31fa
	.quad 0x46e442dd0c15f359, 0xd7ebfe58b202c741
	.quad 0x13cbe1f400000000, 0x14b472ed80000000
	.quad 0x3f70e81c73c08b2f, 0x800000007fc00000
	.quad 0x8000000000000001, 0xfbcec98fff800000
	.quad 0xe4548a6120aa79f2, 0x9e7b8769bc3270c7
	.quad 0xd2ee1c5d7564debe, 0xc0c80000003b790e
	.quad 0xf371679b6f18fcdc, 0xfe80f9c09af671ab
	.quad 0xfff0000000000000, 0xfef3982fff7d59ff
	.quad 0x40f800008e993266, 0x3dc840e3edeffbfc
	.quad 0x43b434433e340000, 0x426ca5d5c29e18b7
	.quad 0xbf953fc13eacf9c3, 0x8008000000000000
	.quad 0xc0548afe9fe44047, 0xe59b9202bfff1f46
	.quad 0x5b7ebe6d7fefbfec, 0x73ed03ee00000000
	.quad 0x58056d70849d670f, 0xa15c78dd9153064c
seed42:
	.quad 0x0000000000000146
	.quad 0x0000000000000241
	.quad 0x000000000000032b
	.quad 0x0000000000000001
	.quad 0x007a4b5fccccbac9
	.quad 0x0000000080000000
	.quad 0x0000000000000202
	.quad 0x00000000000a6f0c
	.quad 0x0000000100000000
	.quad 0x3c3eac81f3b18336
	.quad 0xffffffff80000000
	.quad 0x0000000000000003
	.quad 0x6af7931bbd9fe480
	.quad 0x42f25a0b56439d4a
	.quad 0x0000000000000001
	.quad 0x26cdbfc2faa01073
	.quad 0x02800000
	.quad 0x60000000
	.quad 0x3c07b823ff800000, 0x3dceb9017197fc9f
	.quad 0xc0362bc49c0b93e9, 0x4f6732368bca69e5
	.quad 0xdfc9c577ffbecff9, 0x155ab418fbafb7fe
	.quad 0x0000000000000000, 0x7f1bf501ffca8c8a
	.quad 0x7f800000dffffffe, 0xff7785540788d2b9
	.quad 0xc008000000000000, 0x0000000080000000
	.quad 0xbe249513bcf7eb6f, 0x8004fed2c1339152
	.quad 0xe5f6290f9f113683, 0x80000000a3c200b8
	.quad 0x0f4b13aa004be950, 0xbc0efd804099e3b0
	.quad 0x8ec17cddbf65c716, 0x801d08c42536ad91
	.quad 0xfe02c6a73e1bcc49, 0x13cdd495ee9e2339
	.quad 0x0caf52790eb1c287, 0x0101524d50417a70
	.quad 0x0000000000000000, 0x8028a4fa4909a877
	.quad 0xffe8900c432e947a, 0x007d6baaec855358
	.quad 0x8000000000000000, 0x4112000043a7c4e0
	.quad 0xbc992afbe288c0b4, 0x3b30000043ba0a59
	.quad 0x87c438dfffab4480, 0x7fe979905d4be2b8
	.quad 0x5d72bdc186c4bfff, 0x0000000000000000
	.quad 0xa27a86d7b78ff9e3, 0x7ff8000000000000
	.quad 0x8e96ae2335e47f11, 0x7cd688f540880000
	.quad 0xe4c1dab0f9b5cfff, 0x40260e1080000000
	.quad 0xfe88b79cb026e57e, 0x40b8000009abd072
	.quad 0x0000000000000000, 0xc0046ffc4cfb39d0
	.quad 0xdf1b8cae7fc00000, 0x7f20c7a6d0d5784d
	.quad 0x3ff5000000000000, 0x14b69b490073f732
	.quad 0x51d378b9543a0001, 0x7f936b2dc36d76e5
	.quad 0x9bda4d28cc1a2cfa, 0xd5533075550aa217
	.quad 0x749a8c65ffcbfd7c, 0x2e8c7c4270d87c00
	.quad 0x60acf58311837d38, 0x4015000000000000
	.quad 0xe408e156c17cc440, 0x4008000000000000
	.quad 0x4118000000000000, 0x8000000000000000
	.quad 0x7ff0000000000000, 0xdc93ab10c7bf7eff
seed43:
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc7c
	.quad 0xffffffffffffff11
	.quad 0x00000000000001f0
	.quad 0xffffe2f936ed317a
	.quad 0xc96614d73f4d9421
	.quad 0xf4f6dd0dab2ae7a2
	.quad 0x00000000ffffffff
	.quad 0x37325eaf3e917792
	.quad 0x0000000496fdf60f
	.quad 0xfffffffd387f9c2c
	.quad 0xffffffbee033b5bd
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x2cf16abec90ed2eb
	.quad 0x8000000000000000
	.quad 0x03000000
	.quad 0xf0000000
	.quad 0xc3f67481148e03c3, 0xe6a55e6d915c3af1
	.quad 0xc15b65b27fc70ec2, 0xe5678f8e358dda34
	.quad 0x7d9e09a030becdfc, 0x7fc6a69bc9480000
	.quad 0x410600004fffffff, 0x755d2ef0c3fcfcff
	.quad 0x00400000a7bcf399, 0xd9c05ddcbcdd298d
	.quad 0x13836795bc157c3e, 0x830c911e246bd2ca
	.quad 0x3b97000082f92039, 0x4045de5644837f3a
	.quad 0xc3763ec443ff118f, 0x5a61e79bf0edffa6
	.quad 0x73827f33c0603d4f, 0x3d99122e814f710f
	.quad 0x40ec800000000000, 0xbecde1be3195fdfe
	.quad 0x5b438a69fabbb3d9, 0xf27a00906c9334cb
	.quad 0x3dfcce75fde359f7, 0xc3f0000000000001
	.quad 0x5f4a433165de27f5, 0xc00000006d352908
	.quad 0x5d17a92240c00000, 0xb070f4cbe9fdda03
	.quad 0xab8fa14f715ffc99, 0x7ff223ee30052182
	.quad 0x76c1cc4cab377f65, 0x70d84e7f354379e1
	.quad 0x9140e6cda8f549ae, 0x21da79be7fafafef
	.quad 0x869f29caffffd7ff, 0x7ff96e1fae6ce7f6
	.quad 0x8057a2e57feae4c9, 0xcaf8ae73dd1efbfe
	.quad 0x8000000000000000, 0xcc6ce7ab888d0ac4
	.quad 0x7d7932ba7f467be6, 0x3123f027c2463f59
	.quad 0xbc04aaef7fc00000, 0x81c73e6d67c8c9aa
	.quad 0xf2a006a9db097400, 0xc1f15b5500000000
	.quad 0x339be4017f92c7c0, 0x5c7d7ab3bfd5ac80
	.quad 0xc3e443707564cdfb, 0x403e50a360a383d4
	.quad 0x7816c310ff7fff4f, 0xff8000007e858214
	.quad 0x880d343b1e357e5a, 0x492f0000c86a6e29
	.quad 0xbf771bcc88a1f401, 0x0010000000000000
	.quad 0x84c9db827445a166, 0x1f8fbf5eaddc24f4
	.quad 0xdb4e7bd124dbcaaf, 0x5fc49b4fbc8a6f62
	.quad 0x6e7b5f09fba77d67, 0x55db4cc416287cf7
	.quad 0x116153fe06ed4700, 0xfddb2e2bf466cd80
seed44:
	.quad 0x000000007fffffff
	.quad 0xca8ae912d8cb7086
	.quad 0xddbfc000902ec30b
	.quad 0x5c4e855b9079bea8
	.quad 0x1084c4ad49d49624
	.quad 0x00000000ffffffff
	.quad 0xdbb7f0961864e837
	.quad 0xa603f7f48607813a
	.quad 0x0000000000000d9c
	.quad 0x0000000080000000
	.quad 0x000fe9f398936105
	.quad 0xe33d77d8d84e86b4
	.quad 0x0000000011f49983
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x457cd6c17b86ec55
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x0a108eafbebe0000, 0x0d2ef81136124880
	.quad 0x9fb4ebc4819d5400, 0xfff2aac0c874ea6b
	.quad 0x42000e5e4012638b, 0xee9508beb51fd46c
	.quad 0x2bb103495f1d2061, 0xfff8000000000000
	.quad 0x6282fbeacc2ea021, 0x02dc60b938a8f290
	.quad 0xf566e14900000000, 0x7ff0000000000000
	.quad 0x3f789e14690a4da9, 0x408723653dd60ce8
	.quad 0x77a1493f00000000, 0x0f6ad9fb9affffff
	.quad 0xf529864bff7f7fad, 0x2b33fd0bb4ff7bff
	.quad 0x3fee715f3794bb9f, 0x3ec2000000000000
	.quad 0x5d44f21dbfed75c7, 0xbf8c2c47feef7f17
	.quad 0x0000000000000000, 0x8000000140100000
	.quad 0x32ff2ba3eaef8c69, 0xdf6c6e8dfdd18000
	.quad 0x3423a3d5083cb192, 0x21b0d1547ff4fdaf
	.quad 0x97acc19ddbffffff, 0xff800000cf43d28f
	.quad 0x23235641b1bc8c6a, 0xa33f9614dbfbc67d
	.quad 0x41b6a38d40c00000, 0x7ff4a5ea3ece9e8a
	.quad 0xfff8000000000000, 0x00213612e9f10ba7
	.quad 0xf40ad7fd4f313478, 0x7eaba58e7ef7ff61
	.quad 0x8e4ca9c98d601677, 0x1edd010c1837f90a
	.quad 0x0001e0c81923f529, 0x7343cfc28f42c000
	.quad 0x92db3f9a7ff6e7bf, 0x074861ff969d4cab
	.quad 0x7fa10f3d489258d3, 0x0000000000000000
	.quad 0x7d87a6932aefc581, 0xfff6388ce8dd98dc
	.quad 0xc4ca74a24ef36643, 0xf0058c7453fd0baf
	.quad 0x1035631c75932e27, 0x2d68b923fff7b0a9
	.quad 0xfa298acdcf82ad5f, 0x8af06d374034c7c0
	.quad 0x190d506e4a12fe00, 0x3c6872b68ca77c00
	.quad 0x0015f7c1d6446a52, 0x04c9f55515114111
	.quad 0xb39f21514fe4372c, 0x001c56725a7fffff
	.quad 0x72c2abfccfb80000, 0x830e2b4438088474
	.quad 0xda08051db3ce78b8, 0xe664141d9b81c460
seed45:
	.quad 0x0892c0be580bd26b
	.quad 0xffffffffffffc724
	.quad 0x0011526a2f5fa303
	.quad 0x0001c739273a3cfe
	.quad 0x06a4b2618549a1c5
	.quad 0x000116eff61a0658
	.quad 0x0000002d4a7088ab
	.quad 0x17e6153102e64180
	.quad 0x000000007fffffff
	.quad 0xffffe0e48deccba4
	.quad 0x3a35e24fe56a56eb
	.quad 0x00000218659d1eb7
	.quad 0xbc9f8ce32cd6bd6b
	.quad 0xee7816fd2883e234
	.quad 0x00000000081414db
	.quad 0x000002b6208fefc4
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x8008000000000000, 0xf48ed404df788530
	.quad 0x80382de67f800000, 0xee44329da638fa00
	.quad 0x802fffffffffffff, 0x78331f66d7d45f0e
	.quad 0xc0432aaaf9970550, 0x0000000040f40000
	.quad 0xd9c3c5648de6786d, 0x403b8f71356c9724
	.quad 0xdb6f7916d9985b94, 0x4f781bb831f6b2a2
	.quad 0x7a0a079326433814, 0x801f93535f000000
	.quad 0xfed5cda5ed265720, 0x626147c8edec5180
	.quad 0xc04ebd5430077701, 0x1d447f83b4b9a33e
	.quad 0xfdb4e24d22bef3f4, 0x057545f95fbef7ae
	.quad 0x53beb4a1a152b492, 0x8000000000000001
	.quad 0x7190f0a7bf6be5a7, 0xc0000000ffc00000
	.quad 0xfe819f00f16b45fb, 0xfff5dcef0a66dc43
	.quad 0xc0554444ff800000, 0x6e5ab6e6a628a981
	.quad 0xffd6188b7f8a3944, 0x40000c2cf5d7e31a
	.quad 0x703ec0a8bcfa2839, 0x402c62a3a6c0698e
	.quad 0xd0d3c44371ff9ffb, 0x688e55cf6aab0aa8
	.quad 0x404ff5fae94b9477, 0xdf000001b0f91157
	.quad 0x8044834fee14c26d, 0x7f200c1d4273aaca
	.quad 0xfff0000000000000, 0xd5ed1633fdc92d85
	.quad 0x3fe0000000000000, 0x8cc7997655175680
	.quad 0x61b6f3b6fdc91d9b, 0x004000004060a7ab
	.quad 0x43ad516342c00000, 0x7ff27da7f494f615
	.quad 0xaf40387035508a41, 0xa9270c8f3d977eff
	.quad 0x7ff0000000000000, 0xc523084761ce3000
	.quad 0x494f3cd61c34cd1d, 0xadc6c38dff8b7ed5
	.quad 0xffe3dcb99eeba5a9, 0x329826f3e2457c00
	.quad 0x401a000000000000, 0xc239376efebba7bf
	.quad 0x41017c7aff800000, 0x68bf0c85fdfef6ff
	.quad 0x7f800000c8c00000, 0x7ff0000000000000
	.quad 0x80c8817f5961c4a1, 0x4c8b2d45c59c8341
	.quad 0xbfa83a9fd0d135cb, 0x08336fb8f366aad2
seed46:
	.quad 0x0b646321e31a75b5
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc6b
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0x51ab9a128842d864
	.quad 0xb0fd9fb6134db09b
	.quad 0x7cf09bf91d53e895
	.quad 0x04559026ad7664df
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0xffffffb08e572b5e
	.quad 0x0000003dc61bcf5e
	.quad 0x000000007fffffff
	.quad 0xf78008ea04269b06
	.quad 0x00000000011f7387
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x7fff95068698bd57, 0x3bcc6ed5c2a20000
	.quad 0xbf9d08cc96234bab, 0x306b3b40fff37e00
	.quad 0x180753b8ddf97400, 0x262e5f67a53e5393
	.quad 0xffb4cb01df800000, 0x87a20d148be016c8
	.quad 0xfff0000000000000, 0x5548fca20803029b
	.quad 0xbf6380007fbba0e7, 0x416f596fdfead904
	.quad 0x806fddffffd3e301, 0xbd06478dff98478e
	.quad 0x404c600aab8c173f, 0x0000000000000000
	.quad 0x09134dce0734d2a9, 0xc010000000000000
	.quad 0x00000000c3d76094, 0x4010aeffe5e1fded
	.quad 0xc17581ea2470c1aa, 0x7f8000007f800000
	.quad 0xc2b80000ff800000, 0x2d638d726d908000
	.quad 0x403a7fffa7cdd944, 0x3f20000000000000
	.quad 0x00dc50ea9b635ecf, 0x3f8654b74d1c06d8
	.quad 0xc0d5d9403cc74cf9, 0xfc28099600400000
	.quad 0xaea308aa63c77e6f, 0x7ff0000000000000
	.quad 0x3b917d0280000000, 0xc037a390f1df3abc
	.quad 0xc05f59da4c6202a0, 0x4a814622f7024e80
	.quad 0x7fff286f9c753870, 0x7f9d0fde75a6662a
	.quad 0xc453430237ffffff, 0xd05a022c40e80000
	.quad 0x6646443adb88dbf2, 0xe5b6a1561ac8fc00
	.quad 0xc78000017f800000, 0x2aa584e43fa00000
	.quad 0xa6ea738152daf900, 0x80000000ff2b04b1
	.quad 0x8000000043196b3b, 0xfff17ef5d490e9a6
	.quad 0xc46bdc74de88a96d, 0xb48d741c9326fc00
	.quad 0x801d1a3064900ef7, 0x27f0652cc7fffffe
	.quad 0xc700000000ffffff, 0x802fffffffffffff
	.quad 0xa93773db7ee77c56, 0x3fffffff5ffffffe
	.quad 0xea6d8df6bddef575, 0x7f800000477ffffe
	.quad 0x40fd0c15506a66c8, 0xa0a5bf7ce2fffbff
	.quad 0xffc0000080000000, 0x402121bb0885d8ff
	.quad 0xe62be362218b3992, 0xfa893fddf5f1fbff
seed47:
	.quad 0x11e087684235d560
	.quad 0xfffffffffffffc83
	.quad 0x0078eaa79f53ba58
	.quad 0x00000000000000a9
	.quad 0x0000000000000168
	.quad 0xfffffffffffffe87
	.quad 0x08d250df736ce514
	.quad 0xffffffffffffff00
	.quad 0xffff9954f0007aed
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0xa4d7711590aaa0e5
	.quad 0xffe9269d7d7bbb80
	.quad 0x00000000000003c0
	.quad 0x966a30fb92b00775
	.quad 0x8ef110329e318347
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xc078000084532988, 0x3efe600000000000
	.quad 0xfff10e52c382f735, 0x80ffffffbd000000
	.quad 0x002fffffffffffff, 0xd980000088533585
	.quad 0xfff0000000000000, 0x74474c80f2f1385a
	.quad 0xc1e0000000000001, 0x7f800000bc6d54a8
	.quad 0x007a4852bfe34a7e, 0x3fd89a0643fe099f
	.quad 0x005a8241ff800000, 0x37675f79f7e7fde5
	.quad 0xbfa1680a4be2cafe, 0xfed4f6a977411dac
	.quad 0xb49c6f987f957e6b, 0x02d0fc8691ffbef2
	.quad 0x3597dbfefc7df7dd, 0x7ff76e4e2b611917
	.quad 0xcf98019effb21e38, 0x7ff8000000000000
	.quad 0x3fc6000000000000, 0x250a6aca6d57006e
	.quad 0x7ff0000000000000, 0x7e178b229c7cdef9
	.quad 0x01c37d3effc00000, 0x80400000bfffffff
	.quad 0x4017800000000000, 0x0000000000000000
	.quad 0xffff85100d2a2bac, 0x2170f6f0f3db7cff
	.quad 0x99882399b1ce6c4e, 0xf6c06fa8fb1afe00
	.quad 0x2bf8782864acfc00, 0xc023000000000000
	.quad 0xbf9180bad9b6ccc9, 0xbccd6624052532ae
	.quad 0xc330000000000001, 0x7ff58c1e3130924c
	.quad 0x017b4de7c56cdff7, 0x7f80000076782283
	.quad 0x00206b952c72114f, 0xdfffffff80000001
	.quad 0x10dff881c06f3214, 0x47564e7a0b95abe8
	.quad 0xffd0000000000000, 0xbc57eaad1e7e7fe5
	.quad 0x7ff8000000000000, 0xfff0000000000000
	.quad 0x4ba52bfece4d8038, 0x007801b7ee692a20
	.quad 0xf2e277b884a6de97, 0xdc45f4bedfffffff
	.quad 0x007fffffbf400000, 0x472aa7b5bffff326
	.quad 0xfff67bc5052d16b4, 0x418f9f16b6750c60
	.quad 0xffed21ccc0c03df2, 0x01f800fa7888f1b9
	.quad 0xff654325f0e447e0, 0x59fffffe00000000
	.quad 0xfdaf6128dcac6caf, 0x4330000000000001
seed48:
	.quad 0x0000002af93e406b
	.quad 0xfffffffffffffd5e
	.quad 0xa13c3b9951d43ffe
	.quad 0x2a79b9554e59513b
	.quad 0xffffffffffffff8f
	.quad 0x00000000000073bf
	.quad 0x00000000000001a5
	.quad 0x1bd39997c4687aeb
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x0000000000000095
	.quad 0x006caf977b8e3711
	.quad 0x0000000080000000
	.quad 0x453a1b4226596e67
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffffc
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x4022000000000000, 0xf1d7698f00800000
	.quad 0x96e1613cb5b9f400, 0x8000000000000000
	.quad 0x504d5c28d38f4900, 0x1197ae585777c470
	.quad 0xda20e285757dc820, 0x3c3ac59bc1c00000
	.quad 0x659e478d9ffebb9e, 0x7f98e3ea75bc8000
	.quad 0x008448bce5681998, 0xfffd481ce84a0af9
	.quad 0x6d0419bdf7c5901f, 0xf11e93419f76aa1a
	.quad 0x7aa5f3492500fc00, 0x8000000000000000
	.quad 0xdf6bf7108d4530d9, 0xc0d8e0447cab0839
	.quad 0xbc1207f65f99181c, 0xc1e0000000000001
	.quad 0x4f1452adffcafc00, 0xffc0000040580000
	.quad 0x00fcf360818e0df1, 0x877afcc4004e048a
	.quad 0xa19ff088f36ba5d3, 0x3c9b204b001938ef
	.quad 0x0b2f56b8fffbcf43, 0x4061929e9a6009cf
	.quad 0x8000000045f80000, 0xbf93a9526e083632
	.quad 0xad1660117ff09401, 0x7ff40dd85eb9137c
	.quad 0x1ec183e4f55e7f62, 0x6bedad11590efcb9
	.quad 0x217db9d940f3ffea, 0x6af9f0448596ebff
	.quad 0xdc9d9f8fbe96bc00, 0x43f0834b4116ea2f
	.quad 0x7ecf4cd5cc976da8, 0xdfa51da7fe27dabe
	.quad 0xcfad72acda608620, 0x7fee2b12ff5f407d
	.quad 0x0071e5bf3e746ebd, 0x675f72febf98a2ff
	.quad 0xe0f2c10c28357c83, 0x000619287fc00000
	.quad 0x7efb1346803720fb, 0x85bd1e4d897b0615
	.quad 0x7f3cc1cebb860000, 0xc000000000000001
	.quad 0x3ef2922980000000, 0xc0e0000000000000
	.quad 0xd3bf562fbb552914, 0xdcdba3466f75d7b7
	.quad 0x831669e3ac403c11, 0x84fb8645c272f8df
	.quad 0x7dc2a6e98e14383f, 0xffe32c5010369b6f
	.quad 0x8007d4efff793dfb, 0x1e9afb5f802c6705
	.quad 0x7926de97f5e7aa00, 0x7f80000083af00f3
	.quad 0xc1fb5123149db3f4, 0xe7d1f44a581a7dc0
seed49:
	.quad 0x0000000000000001
	.quad 0x0000000000000316
	.quad 0xffffffffffe920a2
	.quad 0xc9ef14793a7ac141
	.quad 0xeec5c6b82ca3673d
	.quad 0xfff4ee9b2e314cb2
	.quad 0xffffffffff384617
	.quad 0x4c6d5a5d4552e57b
	.quad 0x4bb1af78dcc84ec6
	.quad 0xac884c4094dd753b
	.quad 0x8000000000000000
	.quad 0x000000000001be67
	.quad 0x8315cebb03b9a709
	.quad 0x0000000000000001
	.quad 0x000000000033961a
	.quad 0x23034ffed7980e49
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x8e1e2561ffe7cbde, 0x550f30226ef5f923
	.quad 0xbbceb798c3860000, 0x9eee59c1607a7da0
	.quad 0xfd9933e542552ec6, 0x7ff12a1af71c4e1b
	.quad 0xfff6bdff6732a33d, 0x3306105936df3c3d
	.quad 0x7faca80cbb8edc0c, 0xff4fa4f5b8073000
	.quad 0x15c22720ebfdfcbb, 0xaace674ad2a9b7d6
	.quad 0x3f80000000000000, 0x806722571e2dceb3
	.quad 0xc06af34f0188c9b5, 0x0309262a80ba4817
	.quad 0x28590c79fcfafc99, 0xc100000099f4dbe0
	.quad 0xc3e0000000000000, 0x3d4afb597f800000
	.quad 0x08fff2456eaffe9f, 0x0016d91fffb5a64e
	.quad 0x8000000000000000, 0xfff8000000000000
	.quad 0x7fffb4344acda581, 0x7fd0000000000000
	.quad 0x7ff8000000000000, 0x47fffffe1b25ff10
	.quad 0x083441590a34a183, 0xcdab20667df3539e
	.quad 0x0000000000000000, 0x001c817c28c21967
	.quad 0x802abdf1c229bda8, 0x987d7ebeee0946d6
	.quad 0xc24b3ca50084fbc7, 0x0000000000000000
	.quad 0x015cbf1cffc2c6a9, 0x0303a6f5fb2880b1
	.quad 0x4070c33f7ef75d1f, 0xfef74f5a80f928eb
	.quad 0x46c44c369f12b050, 0xed36a823bbb7fdcf
	.quad 0x0fe1db04002dc2cc, 0x4908f8397ff7a7ff
	.quad 0x5f000001ffa2c787, 0x745a93c02ed3fc00
	.quad 0x004000007f800000, 0xfff0000000000000
	.quad 0x7d9d53d42a74954f, 0x1988197e5a16fb1d
	.quad 0xff0e72857f89447e, 0xe29eb12ff89c4381
	.quad 0x37ebae9b051b596b, 0xbece000000000000
	.quad 0x440abe4e9d44014b, 0x5e789d7effbff6f7
	.quad 0x7ff923e0a7384490, 0xdefb5b80c5f433c0
	.quad 0x05840c69d06b7e00, 0x0000000000000000
	.quad 0xc1fffffffffffffe, 0x4340000000000000
	.quad 0xc04b000000000000, 0x74bde0402385dabd
seed50:
	.quad 0x0000000000000001
	.quad 0x0000045185277d62
	.quad 0x0000000db171b8af
	.quad 0x21e1f4370a3c843b
	.quad 0x000000003a425899
	.quad 0x0000000000000009
	.quad 0x9905663ff339c766
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x0000000000000107
	.quad 0xfffffffffffffc59
	.quad 0x0000000001000001
	.quad 0xffffffffffff45d8
	.quad 0x5249b8c0a8864992
	.quad 0x0000000001000001
	.quad 0x0045aa4a825c7a17
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x3ff0000000000000, 0x0d23cb5e596b6e66
	.quad 0x00000000feffffff, 0x3b995485c0452c91
	.quad 0xfff0000000000000, 0xbffc000000000000
	.quad 0x800bbf7dfce76ea9, 0x8a3a2979ff3fb75f
	.quad 0x20e7a0877494ba40, 0x3de7d3ceffdefdec
	.quad 0xc508947c38d00000, 0x8e86d84f87cd7124
	.quad 0x7f727ea7122b69da, 0xc2f55d4a79158554
	.quad 0x95b3cb79ffc00000, 0xe73e4539efdbffff
	.quad 0xbea436abfee85b34, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0xffe364ca7f2f9742
	.quad 0xfff0000000000000, 0x00000000bee00000
	.quad 0x4067e69b774fffff, 0xc0f8953071d3ad44
	.quad 0xe6101b343d9affdf, 0x151354d46eb312fb
	.quad 0x80000000ff000000, 0xff83bf0cbc6b798c
	.quad 0x3fae1c4ef8cc66ff, 0x3dc571d1ffff851e
	.quad 0x9850418c80000000, 0xbfa9be265a000001
	.quad 0xd0dc590fffe7fffc, 0x48e000007529e2c9
	.quad 0x8262e79730f60000, 0x0a90fb69ea711f99
	.quad 0xc052a8a88affffff, 0xa22320c017d633d3
	.quad 0x0f851e46efbe1c43, 0x574f5829ff5dc867
	.quad 0x000089460f298c10, 0xbef6000000000000
	.quad 0xc3efffffffffffff, 0x0010c689f504bc8d
	.quad 0x4cce5333d7f7fbfa, 0x81d1ed5839e6f5ff
	.quad 0x275343c12ca930bf, 0x1c7517c9540d35d4
	.quad 0xc037f2b7fec6dedd, 0xff800000ba000000
	.quad 0x007fffff40f60950, 0x3fbc8b9c1c4190a6
	.quad 0xfdc77f949757b5b3, 0x000bc7295a631b18
	.quad 0x8000000000000000, 0x4039de2474deb4fa
	.quad 0xbfa2d08819c2ea5f, 0x581774ebdfc3ce3d
	.quad 0x543809198024dd1f, 0x691be75c3ceec5a6
	.quad 0xcf8000006e1202af, 0x22dfab47efede16f
seed51:
	.quad 0x0000000001000001
	.quad 0xffffffffffffff5d
	.quad 0xffffffff80000000
	.quad 0x0001d51708f4fd70
	.quad 0xfffffffffffff35c
	.quad 0x0000017c10c85c4c
	.quad 0x0000000000000026
	.quad 0xdcdd4f3f9e4c0b24
	.quad 0x0000000000000080
	.quad 0x000000000000a48c
	.quad 0xffbba742a1a547d9
	.quad 0x0cfd1f06b98902a3
	.quad 0xfffffffffffffc54
	.quad 0x000000000000e566
	.quad 0x0000120e1dbce986
	.quad 0x56e7c41cff1fc97d
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x9e6165ecc17927dc, 0xcdf44d07bd9d3b5e
	.quad 0xe31496c5bfeefbf1, 0xbfb740148f32765d
	.quad 0x8e882df27f42b677, 0x64f45b83e3a5b7af
	.quad 0x0006214903b38f86, 0x80dffcedbea1ee4b
	.quad 0x3fa58a0d8889990b, 0x3ea182d09964bcbc
	.quad 0x117b94e567bf7f72, 0x8000000000000000
	.quad 0xc317282ccf7fffff, 0xbf90f4de3d6942f0
	.quad 0x04d3f3e6e32baefe, 0x0b1ac46cffbdec3f
	.quad 0x98ead82aaf7f29de, 0xc0109447824eb907
	.quad 0xf722ca54521b00c8, 0x0000000000000000
	.quad 0x0000000000000000, 0xc022000000000000
	.quad 0x00400000817fffff, 0xdd82f22aff1dfe24
	.quad 0x968547e73bd97ade, 0x8ae274d00f1bc325
	.quad 0x990c5a443cc8a822, 0x73811dc981997c56
	.quad 0x03a63b515f3be439, 0x9b30aa14ba287c14
	.quad 0x8020000000000000, 0xc40ffffffffffffe
	.quad 0xfe101a7565600c50, 0x9524c2deb1affc00
	.quad 0x6e0a8b108fc37822, 0x72c149531b83d0b5
	.quad 0x77d848e5fb565eff, 0xc021800000000000
	.quad 0x800e7807c1000000, 0xa774ffb5d1cb4180
	.quad 0xc0e0000000000000, 0xbfb2ec066005ed2f
	.quad 0xf31b64f458db0500, 0xe1ee5b7affef7ffd
	.quad 0x827c503450d6a030, 0x643dba8b5c2ed2e2
	.quad 0x7fc00000ffc00000, 0x7f800000beb28931
	.quad 0xff8000007fd16773, 0x7fd453d73fa55465
	.quad 0xbcfa790080000000, 0x19fd47e7bc480000
	.quad 0x3f800000d9fffffe, 0x42b0cee880000000
	.quad 0x1730255e6f39e867, 0xab19ab4bd3dbffaf
	.quad 0x3fd0000000000000, 0xd7c9aae9ff309cec
	.quad 0xffe0453b00000000, 0xc94000005fffffff
	.quad 0x81694e0dede1731d, 0xdf7ffffe5aa4b5f2
	.quad 0xfff0000000000000, 0x7ff1fa1bf7ee9c96
seed52:
	.quad 0xfffffffffffffca6
	.quad 0x0000000080000000
	.quad 0x00000000000005ab
	.quad 0xffff9408310123c4
	.quad 0xa980211508d19b77
	.quad 0x028f00e3ba07f40a
	.quad 0x0000000000000006
	.quad 0x0000000000000152
	.quad 0xfffffffff39203ae
	.quad 0xff65decbdfd83689
	.quad 0x000000000000a652
	.quad 0xffffffffff0aa384
	.quad 0x0020000000000001
	.quad 0x72fd6e0e44e42a49
	.quad 0xde94131acd15979c
	.quad 0xe085a552c24f5038
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xff8fa201bd136d4b, 0x9981ee5dc9ff7e00
	.quad 0xa028a2c300000001, 0xd564e4a6663fd4a2
	.quad 0xc0e4000036918000, 0x8000000000000000
	.quad 0xffc000007f800000, 0x137099577facea3c
	.quad 0x7f800000f594fd4d, 0xafb5a5e165f4f8ec
	.quad 0x2f95ed164906ae74, 0x47fffffe80000000
	.quad 0xbfdb128fd48ed25f, 0xfee5e4cdddfafdfe
	.quad 0x88d5e1c1ddbaff7e, 0x382c00000089a238
	.quad 0xbf9c7d5ae55a689c, 0xaa38c1f6e6322a4c
	.quad 0xb827fbe8e0def74b, 0x493d0000bc952821
	.quad 0x7f5b0e14c2c29bc6, 0x8010000000000000
	.quad 0x5c906049719d8700, 0xc6a0000042cbfe14
	.quad 0x21538b35ffbd8cd6, 0x7ffaa6e1417f878d
	.quad 0xdc8bdbe6e31ffe00, 0xfe406fd29bdf3135
	.quad 0x75fbcdbfff000000, 0x43efffffffffffff
	.quad 0xfff5b15649a48537, 0x3e160e98703cf59e
	.quad 0x712f38c7e7aeffff, 0x80081cdeda55ca4d
	.quad 0xfff0000000000000, 0x29a753ca68d938f4
	.quad 0xfff1da1fc47a234c, 0x40736f4e30d2b01e
	.quad 0x4938000000e6ca27, 0x0bbf820800000000
	.quad 0x1e1cbfe74855afea, 0x7f80000076fdddc8
	.quad 0x831dd59a69c02b5c, 0x3f2800003f800001
	.quad 0x41140000017fffff, 0x0653a87ffd787fcb
	.quad 0xec382b4c677ffcab, 0xc10fc00000000000
	.quad 0x990299972f24894e, 0x7ff0000000000000
	.quad 0xe9a1e69ac571d3c0, 0xb7400000b9400000
	.quad 0x0000000000000001, 0xbfe17fa0709517ab
	.quad 0x79e130cd28e53aaf, 0x006ba83402546653
	.quad 0x80be8bf60025efe7, 0xb3d60a0bf1e817c1
	.quad 0xe6d8c0a5bacdfc6e, 0xfff8000000000000
	.quad 0x7ffe945dbeba376f, 0xf5e4be0fec57fedf
	.quad 0x4043229f56a6a6c0, 0x8ed41e9b2147bfc6
seed53:
	.quad 0xffffffffffffe782
	.quad 0x0000000000000000
	.quad 0x00000000000000f5
	.quad 0x07f0b1c5062ad8e0
	.quad 0xfffffffffffffc8a
	.quad 0x0000000000000212
	.quad 0x0000000000000058
	.quad 0x0000000001000001
	.quad 0x9831c6cfe6198107
	.quad 0x0000000000000005
	.quad 0x00000000001f9f61
	.quad 0x7fffffffffffffff
	.quad 0x00173d2d10ec060c
	.quad 0xffffd5950938485c
	.quad 0xffffffffffffffd5
	.quad 0xa76a021052289a19
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x38b125ebc48e7c48, 0x80076c0e143b1d35
	.quad 0x802851377fc00000, 0xc34a649a0915a3cb
	.quad 0xee0ac96cc0100000, 0x7f800000ed6ef199
	.quad 0x8009a5a741120000, 0x3fb0fe3cbdb97934
	.quad 0x421a00003fffffff, 0x13f1c3bcfffef9ff
	.quad 0x80000000feffffff, 0x7a24926f7fc00000
	.quad 0xbfd9c00000000000, 0x832bdca1ff9d11b2
	.quad 0x800fcbbeaac46116, 0x26d88dbcc3077adc
	.quad 0xbc76aed57f95b88b, 0x95449623ffcd7fee
	.quad 0x04e37990d2ceaa2b, 0x40e0000000000000
	.quad 0x95bd4d8e6cd24273, 0x676332cfffabfffd
	.quad 0x3fd4d37e5a1afdd5, 0x54393deb4908b42f
	.quad 0xd991f749bf800000, 0x7ff0000000000000
	.quad 0xff8f2d4680000000, 0x404f777f38ec3a94
	.quad 0xbf78051754e33968, 0x8a75b6b0df51fc1b
	.quad 0x4016f74e3f67e984, 0x00000000ffdf9752
	.quad 0xffeb52c49a157b6c, 0x4108000000000000
	.quad 0x77b538890a15c5e2, 0x01189cb9e7e599b2
	.quad 0xbfcff3709b80ecad, 0x142c2601581a80da
	.quad 0x403cdd8ca09bbda7, 0x82f6b587b753829f
	.quad 0xd24cffd6ba3c0000, 0xc0e4000000000000
	.quad 0x682f60e9d7ab4780, 0x44368dcd7ff35dfc
	.quad 0x4005800000000000, 0x00000000feffffff
	.quad 0xbc81c88ccfffffff, 0x33f3871da3ed7f61
	.quad 0xbf8653110877749a, 0x407b54c8aeea0e98
	.quad 0x7ec8ffe142ad787f, 0xc0db82a4c0ac0000
	.quad 0xb15b18f41db891c1, 0xff800000fe836f01
	.quad 0x18f77a879a014b9a, 0x408800007ba42f35
	.quad 0x7f9bd1e7ab4d6d32, 0x0000000000000000
	.quad 0x41d2ec63ed31faf1, 0xc5370bd9ffc004d5
	.quad 0xbfdbc8c148fa2ea4, 0x138db27682b69bfa
	.quad 0xc324c048ce275540, 0x132d431dfff98000
seed54:
	.quad 0x2611c376677940a6
	.quad 0x7fffffffffffffff
	.quad 0x0000000000002013
	.quad 0x0000000000000334
	.quad 0xaf24f932ba82590f
	.quad 0xe4194a8cc08e2a05
	.quad 0x0000000000000001
	.quad 0x19a7d7d276e1c501
	.quad 0xffffffffffffffff
	.quad 0x000000000000032f
	.quad 0xffffffffffffffff
	.quad 0x1b0397e229082050
	.quad 0xffffffffffffff21
	.quad 0xfffffffffffffdad
	.quad 0x0000000060ffc5f4
	.quad 0x000000e3777635c2
	.quad 0x03800000
	.quad 0xb0000000
	.quad 0xffffb1c91491dc55, 0x721850a37fffb5f0
	.quad 0x05021555ff7fffff, 0x705942f7b78d7c00
	.quad 0x7ff0000000000000, 0x461ca4f6ffd6bfff
	.quad 0xe0b94cf3dc772a3d, 0xc28963c6bfc00000
	.quad 0x4354000013e355e6, 0x7ff0000000000000
	.quad 0xe50fade6ffbef7db, 0xee2d097d45a00000
	.quad 0xef71649cc2f1310d, 0xff56fcccca6177ff
	.quad 0x7ff454d805e7c1a3, 0x6d8db4c6ddfedf4f
	.quad 0xe354af9091c93cec, 0xc052194c04fc0bd3
	.quad 0x8009724299a2af7c, 0x3ff0000000000000
	.quad 0x7fc000003ded62da, 0x0000000000000000
	.quad 0xcf7ffffe27a7d4e2, 0x801e33352b2ef219
	.quad 0xc15956db9fffa5f9, 0xff80000080260638
	.quad 0x8f179f838d726ff5, 0x000c7032da70e6c5
	.quad 0xc9869e636ffeb156, 0x813d70d800718397
	.quad 0xff8000008f108f77, 0xf5b1383608727333
	.quad 0xe44b87fe7dbfbe5f, 0x0d64244d4558dd81
	.quad 0xff800000be5e30ff, 0x7ffa3920216afa51
	.quad 0x3e12040cff800000, 0xfff0000000000000
	.quad 0xff80000041b6ce1a, 0x437dd49240f00000
	.quad 0x42e4b683c283c28c, 0x81a1c7ab26ec7f91
	.quad 0xca91fa35fe95c500, 0xffc00000bcce052d
	.quad 0xd0254d484396f471, 0x290f79bc6fde57fc
	.quad 0xee42e1a4ff9f2267, 0x69813416ffad25c5
	.quad 0x0355bcf69c2013a2, 0xf1a86248e1530ed6
	.quad 0x67f589739a7ffdc2, 0x8b95a60ab4df7a1a
	.quad 0x7ff0000000000000, 0x7769900905a3c7c0
	.quad 0x16e5ba5aff95fe00, 0x9c63afc2454a0000
	.quad 0xc3ebd2ce007fffff, 0x7f879dbf00ffffff
	.quad 0x1564514f88be40ba, 0xbf40000041200000
	.quad 0x9bcc8c67e0fdf7be, 0x05a8ca39b6ab7ba8
	.quad 0x3662996e41aee9e9, 0xc03b6537ccf80d93
seed55:
	.quad 0xffffffffffe6c141
	.quad 0x00000157913ea925
	.quad 0x0020000000000001
	.quad 0xffffffff5614f85c
	.quad 0x06779f79e465fe82
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffe70d7
	.quad 0xf817ddeb8bc4dc62
	.quad 0xbe7390d76461d54d
	.quad 0x087fabeecd4c7dc1
	.quad 0x7fffffffffffffff
	.quad 0x2d8981b39b23c0e4
	.quad 0xdf1edede91016ad2
	.quad 0xfffffffffffffdff
	.quad 0xd804d0bfac0ed040
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x7efc7a43c9494b7e, 0xa302e156ffb706bd
	.quad 0x7fc000007fc00000, 0x0d4165fcbb2f77ff
	.quad 0xbee59029806893cf, 0xbd43e8d1b760f628
	.quad 0x409571d0b6f00000, 0x398200004052fc45
	.quad 0xdad5fad87b77a9de, 0xdb2522bf2cb345c0
	.quad 0x18f491d17f800000, 0xdd2903fc93cca4da
	.quad 0x7f8000007f800000, 0x4a16412cdaa4ffcf
	.quad 0xa2c4a3354636effc, 0xfff8000000000000
	.quad 0x0000000000000000, 0x97c9c531bfe00000
	.quad 0xf21f984e40000001, 0xa61aa9928133fe00
	.quad 0xa80fc985467f4700, 0xf8c1bb057ffdfcc1
	.quad 0x7ff4474ffe224f1a, 0x5d30afff6c3cbfbd
	.quad 0xaa0690782993813f, 0xbbeeab7dbc294b12
	.quad 0x7532aed97fd46937, 0x3d9d98da3bdc4c6e
	.quad 0x81de158852b87898, 0xbe6f86a9ffa748b1
	.quad 0x01932397884f009f, 0x6d84515181a57dee
	.quad 0x802d9f4b31385d8b, 0x21ae3c3d62a85900
	.quad 0x4dfb24d9edc84d60, 0xd85d6cb3bc7fbdff
	.quad 0x4269181f7fc8c908, 0x7fb9f2ba0eab9ca9
	.quad 0xfff0000000000000, 0x0c164ad1d9b1bae7
	.quad 0xc00a000000000000, 0xc019000000000000
	.quad 0x7ff0a2690d9bbdc2, 0x8000000000000001
	.quad 0x7fc000007f800000, 0x800fffffffffffff
	.quad 0xbb60000048f00000, 0xf712e729c0880000
	.quad 0xa365b48959ffff2d, 0xc3854a33fff25e3a
	.quad 0xfff0c90fd3fa3fdf, 0xb2d1ee787f858e03
	.quad 0x7fc00000bfffffff, 0xc01e54fdb2e357ac
	.quad 0x65332c79fde77fdf, 0xc012000000000000
	.quad 0x47fd67ed2daa688d, 0xc10400007fc00000
	.quad 0xffefffffffffffff, 0xc1e43a01001e79df
	.quad 0xed51ad3445ea7800, 0xcec80393d5994820
	.quad 0xc00ffffffffffffe, 0x4010800000000000
seed56:
	.quad 0xca7d54173eaef7f0
	.quad 0xfffffffff69e0c15
	.quad 0x50b2217273dcc8aa
	.quad 0xa70932975d91f03f
	.quad 0x0000225f78c3f62a
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xccbe6ec12b054b3c
	.quad 0x3dd883548ff0fa50
	.quad 0x496cad1938b414a4
	.quad 0x0000000000000054
	.quad 0x00000000000002a8
	.quad 0xfffff209b797170a
	.quad 0x000000000000032f
	.quad 0xfffffffffd445a2f
	.quad 0xffb50799d8327fa3
	.quad 0x03000000
	.quad 0x70000000
	.quad 0xa8b4488f8e73fedb, 0x802d03d3000c23e5
	.quad 0x0000000000000000, 0x9ebcf54fffd84440
	.quad 0x2f1f40650744f047, 0xc118000000000000
	.quad 0x771b5039feffffff, 0xe3f311f66a757d96
	.quad 0xc023800000000000, 0xc04bbb0bf9f340f5
	.quad 0x73372effbbcb4880, 0xc018000000000000
	.quad 0x810f296d3f5d6a63, 0xc66b578a07cc4580
	.quad 0x82c5b886b8eba02f, 0x43efffffffffffff
	.quad 0x409ac00000000000, 0xbf9c000000000000
	.quad 0x3bc98db0dc269418, 0x445e5ec946ed7f7f
	.quad 0x00961b2ab25b5247, 0x3f40000047e150ae
	.quad 0xce97b57c164b7e00, 0xd5ffffff3ffffffe
	.quad 0x7f96cc33ffc7e999, 0xdac013f9ed7cee9b
	.quad 0xe32dc8fd4fce7fca, 0xd36b03c116affe00
	.quad 0x803828254014883e, 0x126e1bae7fc47e00
	.quad 0x3ceda4767e869923, 0x002f68754f000001
	.quad 0x0000000043e34438, 0x132c84bfffd77f27
	.quad 0x40ecc18fe84ee94c, 0x9f153692fffff1f9
	.quad 0xc162fa637f9ace32, 0x07ded347adf7cdf5
	.quad 0x11ee1e64d1bb0b98, 0x7ff030432791729a
	.quad 0x80000000c11c0000, 0xc1f0000000000000
	.quad 0x40f7800000000000, 0xd19212eadfddcf50
	.quad 0xa5767618bf0b5aec, 0x49d0000000159ffe
	.quad 0xa09b529d04b5b8b4, 0x83fbf0eb0221fcbe
	.quad 0x004452a27e70cc86, 0xaa1c1be6daa16100
	.quad 0x8000000000000000, 0x48bc000000400000
	.quad 0xc23d8608e56e2a35, 0x28bcec76d7df46c0
	.quad 0xbc5daffbff822475, 0x3c68fa857ff91a0f
	.quad 0xdbfb4c68debfbfde, 0x7f96dc45806b79fb
	.quad 0x436a65efbe0a0000, 0x03bfc9732f94de5f
	.quad 0x28ae341d7eedf73f, 0xbfa4000000000000
	.quad 0xc38c300f3fedd9d3, 0x0060be48da4cc6ac
seed57:
	.quad 0xffffffea937b97c4
	.quad 0x8dad3d9fbd0e2413
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffff2
	.quad 0xffffffffffffebc6
	.quad 0xd431b1a3acb9ad9b
	.quad 0x0000000000000166
	.quad 0xfffffffe92270a0e
	.quad 0xffffffffffffff2d
	.quad 0x000000000227a03b
	.quad 0xe0920fbf71f4de91
	.quad 0x0020000000000001
	.quad 0xa640d27ed990611b
	.quad 0xfffffffffffff1dd
	.quad 0x00000000000001d1
	.quad 0xffffffffff828171
	.quad 0x04000000
	.quad 0x70000000
	.quad 0xff8000007f800000, 0xfdee56eec0e26f00
	.quad 0xc012000000000000, 0xffe6438042a7450c
	.quad 0xe0e63575ed727a80, 0xb02e6cd8d1d2fff7
	.quad 0xc038d00000000000, 0x431d42a940c67776
	.quad 0x02fd62d0807cc7bc, 0x7f7784abcc8b640c
	.quad 0xff800000ff800000, 0x00000000beba4736
	.quad 0xae5a270e0a5f0000, 0x45add1fe24156e00
	.quad 0xf164e740ff9b24ca, 0x7ffa5d727b7254bd
	.quad 0x51fe44a1ffd41a15, 0x92abedbb9e7be5e6
	.quad 0xfff5166dc4000000, 0x5d675d56bffff817
	.quad 0x3f7074eb6cc8e4f6, 0x3f89dd4ab6cfa309
	.quad 0x000000003b08f4ec, 0x0e9add41bfab0354
	.quad 0x7f8e47bdfe0cd236, 0xfed817f22856999b
	.quad 0x8dfc59a6a359283a, 0xc8900000fe4231d5
	.quad 0xdf7fffff3ac00000, 0xca75f99291f05000
	.quad 0x203d6d817f86a998, 0x001603a2bc1d443e
	.quad 0xc0c00000ea5b0980, 0xc001e74c7986230b
	.quad 0x6c9707b1fdc54041, 0xffc000007fda346f
	.quad 0x407b000000000000, 0xff800000bd722e68
	.quad 0xe91be5f7584b82c2, 0x3fb8a3b800000000
	.quad 0xbbac805d0371a5e4, 0x2d0259f441fb4d79
	.quad 0x7ff0000000000000, 0xebac867dfff5fc00
	.quad 0x37ea2a4b8c26a8b3, 0x517f9eafffea0000
	.quad 0x0f4730daa529fe00, 0xbc498a125e068000
	.quad 0xbf1adb5ac0800000, 0x0006b1a29041db35
	.quad 0x29d2ecfb8f8a7d99, 0x800983fc1b30826b
	.quad 0xca10b191df5f27ff, 0x407efb20a7655afc
	.quad 0x590c94e7c8b7b6a5, 0xc383e778fa7ffffe
	.quad 0xc0980000c9e4a969, 0x80000000fff025cc
	.quad 0x2a7efcfd7ff74780, 0xc301d9d83f9dbff3
	.quad 0x7f029c41000fcc2d, 0x323613427fddfef2
	.quad 0xbf16600000000000, 0x8000000000000000
seed58:
	.quad 0xc74c1b1dcef85019
	.quad 0x4a7e67f3403b82a6
	.quad 0x001993117f2ea358
	.quad 0x50f17337d5861a71
	.quad 0x00000000000002fc
	.quad 0xfffffffffffffd55
	.quad 0xffffffffff3610bb
	.quad 0x00000000a4c5e2a4
	.quad 0x0002c5b4ea1f1603
	.quad 0x98bd91ad545f3ae0
	.quad 0xffffffffffffffe3
	.quad 0xffffffff80000000
	.quad 0x0001fe40c019982f
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x6b8779ec61ea8c4a
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x3fe0000000000000, 0xe2bd4c041e7c0660
	.quad 0xd3740606be573899, 0x41972f29bd6f0eca
	.quad 0x41b2ef5b702d01d6, 0x18ce543d7fffffff
	.quad 0xe3bc257657e8e534, 0xc00e000000000000
	.quad 0xc657ffbfbb73fb9f, 0x43516590e36e7c00
	.quad 0x68b3358508aefe00, 0x8044bccceba572e4
	.quad 0x3c69e2bb383f3beb, 0x610166c5d528a107
	.quad 0x42d6bd1d007cd563, 0x7fdc32257e901c6d
	.quad 0xf9353eb790e0dacc, 0x7fe2af5838705d63
	.quad 0xc1be08f3b5bd8440, 0x001473dc0a22919e
	.quad 0x36584296923203ff, 0x3f2eb3e9cf87fc00
	.quad 0x3eeadad8c3434793, 0x680dca1eebf03365
	.quad 0xaee91fb560f120d7, 0xea869c74957648c0
	.quad 0xc0e4000000000000, 0xf563a5f4cf758e20
	.quad 0xbb83a2a780000000, 0xf4108cf09e91c050
	.quad 0x400a000000000000, 0x0000000000000001
	.quad 0xf71198884f7fffff, 0xc00fcafc97a1c828
	.quad 0x3f7d3320e817124e, 0xbcbc26fcd93bc010
	.quad 0x888753f52123c7c2, 0x1bf6f9706104952c
	.quad 0x1c43292a3fffffff, 0x084200c1d4ae4827
	.quad 0x816f6e49f44c9936, 0x15b0637e6ac3c84f
	.quad 0x3e963e6bbb878299, 0x80000000811980a1
	.quad 0x29c903dcffff91df, 0x3f40000000000000
	.quad 0xd64629108c7f2ef9, 0x228959a344b90000
	.quad 0xfff0000000000000, 0xfffc334a55d73fef
	.quad 0x46eb2faba7c28000, 0x3e72b2697f800000
	.quad 0x7f8000003e03926a, 0x000311f415537f31
	.quad 0xfff2280eab2f10d9, 0x3c28d81fff800000
	.quad 0x156c6fd3e3ffffff, 0x3f7588d4a60b8c23
	.quad 0x17af365d9eaf6353, 0x4012000000000000
	.quad 0x33095844bf560735, 0x0010000000000000
	.quad 0x7606df0c67ef7800, 0x003af7fee1ce1890
seed59:
	.quad 0x08aa86362c844757
	.quad 0x1635a6e5db1729ab
	.quad 0x34793f3ec5ecee88
	.quad 0x7c716444fdfb128e
	.quad 0xffffffffffffff04
	.quad 0x0000000000000079
	.quad 0x0000000000000035
	.quad 0x0020000000000001
	.quad 0x000000000000017e
	.quad 0x50e51bc6ce21b58b
	.quad 0x71aebd106eec1a9c
	.quad 0xc5ca91f4aa1b25fc
	.quad 0x000000000000031d
	.quad 0xffffffff80000000
	.quad 0xfffffed1170ac3da
	.quad 0xf6cc553b18f620bd
	.quad 0x04400000
	.quad 0x40000000
	.quad 0x72138627582c26e8, 0x7da2386149f77ac0
	.quad 0xba59be3668490001, 0xc3a3cb79c378bc4e
	.quad 0xc1efffffffffffff, 0xcf0000018fc159ca
	.quad 0x400000017fc00000, 0x023b99ee7134b7e7
	.quad 0x3874000080000000, 0x006e77c07f000000
	.quad 0xab8f3521b36b12f1, 0x41f20000407ffffe
	.quad 0x0010121ffd0a74ff, 0x7fc0000080000000
	.quad 0x2aafaecabebf13da, 0x39c912408392fbff
	.quad 0xff917f7ec0c74532, 0x853dd798e9bdffec
	.quad 0x033a037ef2980d1c, 0x401a000000000000
	.quad 0xefbb11f7c4f17dff, 0xf1f20157bbe4ea25
	.quad 0x4f7ffffe6012633f, 0x7f050e44d9039813
	.quad 0x7f7fffff87d4753e, 0xffc0000072e139c9
	.quad 0xed67ccb45fef7c00, 0x52eac1aedf867dc8
	.quad 0x0ef8b7a1ff6fcdd4, 0x69a40429f99a3f66
	.quad 0x7f16eaf13d060d96, 0xbf8ce72588c31f80
	.quad 0xfff564f5b9e86ede, 0x7fc161a3ffaa2f89
	.quad 0xe37b7cba25b883d6, 0x80000000ffc00000
	.quad 0x2abaacdf9794fc00, 0x43138658c1e0bb37
	.quad 0x96d70d6a490c0000, 0xfff0000000000000
	.quad 0xc0f5e321a551f216, 0x7dd96a2b1e6afa27
	.quad 0x42b70edabb86ad6a, 0xfd2feb81c21e794f
	.quad 0xc030000000000000, 0xc00b3a98afcb6dd9
	.quad 0x71a6701c7134b6bf, 0xbfa02ad9d6d5f6d9
	.quad 0xbfb41b82d5ed3085, 0x7c78879bedefb83f
	.quad 0xbfa8d16e9da497e5, 0xf0808a6a27d75358
	.quad 0xd8c42dd4ff9ffe3d, 0x7fb56f445f800000
	.quad 0x3c23b48dc20a33cb, 0x3f818f9659d0459d
	.quad 0x800b4e24aeaa782d, 0x40e80000ffc00000
	.quad 0x400dfd4ad2dd650a, 0xa4669876f16f8060
	.quad 0x5dcc066f64a67c00, 0x4add2f3efd8dffbe
	.quad 0x0000000000000000, 0x3f8aef384fb0270e
seed60:
	.quad 0x7fffffffffffffff
	.quad 0xffffff20e828453e
	.quad 0x85caf690916ab412
	.quad 0x763915f967c9bf8f
	.quad 0x0000000000000001
	.quad 0x00000000000002ea
	.quad 0x000002b4dd3f6911
	.quad 0xfffffffffffffdf6
	.quad 0xffffffffffffffff
	.quad 0x0000b328521f5b79
	.quad 0xeffdce674b3489af
	.quad 0x50efa8742baa62e7
	.quad 0x45e5ed31beb77a30
	.quad 0x000000000002ecb0
	.quad 0x00000000002f07df
	.quad 0x0000000000000173
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x7f8bd3957a67037c, 0x7ffa4dd3c90a96c7
	.quad 0xc078000080000000, 0x800676643c743af5
	.quad 0x008e762a56f5b78b, 0xfffacbdfea0523ed
	.quad 0x7ff1f46a5ea9eadd, 0xcd22e1457dbdfdff
	.quad 0x3fd7a40edd39eb4f, 0x017422a65c9fc5eb
	.quad 0x6f3351787fd4dbe3, 0x3b217efd7d8ff97a
	.quad 0x800785aa74eb6c75, 0x800000003b86968d
	.quad 0xdffb6255f2fbeb7d, 0x8b1ca135007fffff
	.quad 0x3fd173580d03de59, 0x3ee2000000000000
	.quad 0x0380010b45377c00, 0x005264598fc80e6f
	.quad 0xb1574f4ccffbfc98, 0x17b72abe42b6a6de
	.quad 0x438ee5e200000000, 0x8084bd26f4b3f61a
	.quad 0x60a86fd6479fe0bd, 0x1b20788e7435ffb7
	.quad 0xd639a4f8c7bf83ff, 0xfe9dec86dd88ae48
	.quad 0xc43fffffffffffff, 0x965a8270d521fc73
	.quad 0xffc00000bcb5fb01, 0x7ff3a51a7f8e8f5e
	.quad 0x402043564d0bb2a2, 0x3fe15768f83ba859
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x4e384572c9894701, 0x7ff4d4b4793748e7
	.quad 0x8e897a533437c000, 0x029106af06332585
	.quad 0x40318a8439fadf38, 0x50eb5987fdeccb40
	.quad 0xcb66badbff800000, 0x7f800000ff800000
	.quad 0xff800000749e22fa, 0x40aa100000000000
	.quad 0x800bd586838ac194, 0x6d837681ff3f5fbd
	.quad 0xfd077de1a76d7434, 0xd436302efccad7e3
	.quad 0xba35000083ab2f90, 0x18d3e2dc06c7d4b4
	.quad 0x41e0000000000000, 0x3edca9910f8a1de2
	.quad 0x0dd6f3b640af950f, 0x7f8000003d569fe3
	.quad 0xc120000040680000, 0x92a8a4e32f48ce58
	.quad 0xc330777dc2382940, 0x1753050df59bfbd6
	.quad 0xa56cb93b70dacc71, 0x400d000000000000
	.quad 0xf0e50228efc3e0bb, 0x93d48137c6ffedb6
seed61:
	.quad 0xffffffffffffff79
	.quad 0x596d518c8b2b23b6
	.quad 0x0000000000000051
	.quad 0x58e1b838fcffef48
	.quad 0x000000000eee7dde
	.quad 0x96d96c97b0025645
	.quad 0x8b42c5d8b511d06a
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x0000000000052f63
	.quad 0xffb6f118d2cd1058
	.quad 0xe7e4f56098a3c5f9
	.quad 0xa99d6106c06a742f
	.quad 0xfb6d27d74a5a8ff0
	.quad 0x0000000001000001
	.quad 0x0000000000000018
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0x326f9d77cddf8eef, 0x7f7c55eac1b5c2a0
	.quad 0x0000000000000000, 0xa7cf0d5b45d4c100
	.quad 0xce1e23fe7f800000, 0x850c77d22b85fc00
	.quad 0x000e314e070e68bf, 0x1982cd69a65da845
	.quad 0x4027a37c02585b73, 0x40944c317ebedaf3
	.quad 0x3f3f000000000000, 0x7ff0000000000000
	.quad 0x80000000f5991238, 0xbf29000000000000
	.quad 0x41c47d6487a08a8c, 0x0efc49a87f800000
	.quad 0xc218923a0e3fdcbf, 0xfffd344d796fd7d6
	.quad 0xff800000bdfb8def, 0x154947303afec8ea
	.quad 0xc04dc44e5998a275, 0xbe3db5efd4b5cf4c
	.quad 0x80000000416c9d90, 0x7f5a6078a72e8186
	.quad 0x80000000d9800001, 0xbfafe2dea0dc714a
	.quad 0x196eb0bdf3fffecd, 0x7f89c112000e9d11
	.quad 0xd1b06cd96c2a1565, 0xc0e0000000000001
	.quad 0xff82e2dffe7ed8b0, 0x658506765ffffffe
	.quad 0x80ab710f5a7ffffe, 0x0bb5bb64f901f336
	.quad 0x1ff61a3c4467c7c0, 0x87fee5247fad00a3
	.quad 0xff85e7d973b78000, 0xc477000000000000
	.quad 0x8000000000000000, 0xbfd4e1fb4505e991
	.quad 0xe0f9be14ff8ebfa7, 0x0ba7d2e1a0bf6d01
	.quad 0x2cc0ce2b62a830cf, 0x3654000041603c41
	.quad 0x1cf0eb3f40b177ca, 0x6748b568bfddffa9
	.quad 0x2da3f2f1bf0c4ebc, 0xff80000094d84056
	.quad 0x614f8c17872c4173, 0x708e44cf976fc651
	.quad 0x782e7d92f787c644, 0xff8000007748ab5d
	.quad 0x65144044d26b0000, 0x11971428637fffff
	.quad 0x45a9de80fef3dfdd, 0x7e5332fd29c1a541
	.quad 0x396f00005fffffff, 0x3fdee4db09211628
	.quad 0xb5beeb2e545c2fd2, 0xb8213b46f8960306
	.quad 0x3ee6000000000000, 0xc92000003eb38b4f
	.quad 0xbeebbac5feb67e2a, 0x3fed0c387fa1920d
seed62:
	.quad 0xd4a0d8cfa897a886
	.quad 0x0000000000000156
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffd3
	.quad 0x04b8866d194e322c
	.quad 0xffffffffffffff6a
	.quad 0xfffffffffffffe70
	.quad 0xef4863ab197834b5
	.quad 0xedef20a60f6bac00
	.quad 0x0000000000000000
	.quad 0xa708f74678c7691c
	.quad 0x3505689473348903
	.quad 0xfecae9643e7901d8
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x0e24ef39dc961519
	.quad 0x06400000
	.quad 0x30000000
	.quad 0xdf749d683e7f5ff3, 0x5665817b7fbffde1
	.quad 0xbf773d3fb5c16823, 0xc11000003fd70ca8
	.quad 0xbb99cc1a42a4b0b4, 0xbec1800000000000
	.quad 0x0000000000000000, 0x7e3a795483dc0c5c
	.quad 0xbe202381dd36fe22, 0xc5a0000086ec5be4
	.quad 0x3ffa000000000000, 0x42cc000080000000
	.quad 0x87547571227c6d70, 0xffc00000f96e15b6
	.quad 0x8000000000000001, 0x000a04497a04e2af
	.quad 0xecd89a59fffbf1d6, 0xcbc334f474b9fc15
	.quad 0x827bb3fabdce4f81, 0x7f48fdf3d4cbf646
	.quad 0x9606827d003f1fd0, 0x30ffb416fffffbaf
	.quad 0x012dbc2a7fb2b3a6, 0xa916731df4b478e1
	.quad 0x9f4eafcbf19836ef, 0x1186d30a230531eb
	.quad 0x0237aff927f7d05b, 0xff9427bec0000001
	.quad 0x0040000091f9185c, 0x3bcb307e9d651cdb
	.quad 0xdf00000180000000, 0xfe6eb33cff9ffe55
	.quad 0x7f83bb1000f42275, 0xff80000076c0fcd8
	.quad 0x0005bb3bdc40d455, 0x8000000049160000
	.quad 0xbfc55ddbfc32eeb0, 0x81941a3a53c199e6
	.quad 0x73ea0decc11c0000, 0x6982cb141fa966be
	.quad 0x9a35799120947c00, 0x4075abc0f661641e
	.quad 0x000fffffffffffff, 0xffe6f9785a311440
	.quad 0x4b55c5bc3dc5fd61, 0xc0e0000000000001
	.quad 0x800adfb3724556ed, 0x8010000000000000
	.quad 0x7fe0f416b85a0000, 0xbfe388404d7b34c2
	.quad 0x5840e7c48f0832c1, 0xeb0692f8c89afc6e
	.quad 0x42ec715dfc390886, 0xd649e787ffafdfef
	.quad 0xff90f90441d7f0d3, 0xbf96da1f298322c1
	.quad 0xca0b6afe47622b90, 0xff800000bd1b1f61
	.quad 0xb6b2945ea4e50000, 0x40098d4dfa8d8725
	.quad 0x9573d9a7bff487d6, 0x0000000000000000
	.quad 0xc0a80000dcfffffe, 0x401fa9ecf3d72c69
seed63:
	.quad 0x57a1241b51a199db
	.quad 0xffffffffffffffff
	.quad 0x000000000000029a
	.quad 0x04d4177d3fbdfd9c
	.quad 0xfff0387f00fd88d0
	.quad 0xcdc7f1956b01a1d9
	.quad 0x123048baf2312243
	.quad 0xb957586c1579091e
	.quad 0xffffffff4be59f2f
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0xffff1a29b3dd1341
	.quad 0x0000000001000001
	.quad 0x9d1311289045e3f0
	.quad 0xfffffffffffb43bc
	.quad 0x03ba59022a85ba6b
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x7fb714d800800000, 0x41f30d4224faa557
	.quad 0xa6341b8795a914ca, 0xe548600fa5c38688
	.quad 0x2ba712c0e483f8c3, 0xd8e88a427fd6f7ae
	.quad 0x69ecb03e00000000, 0xab076150ff800000
	.quad 0x4098000000000000, 0xfff15f39311cc100
	.quad 0x43975b7f6a0dbddf, 0x0020000000000000
	.quad 0x0084e5b54d8e80de, 0x7ff0000000000000
	.quad 0x3f79f737e8d6edb2, 0xd44bba137f90af20
	.quad 0xc057725a6f75a0fc, 0x3feb700000000000
	.quad 0x609e050dcbce5187, 0x410c00007fc9a3ac
	.quad 0xdb2c3687e5f26210, 0xffc00000ff73c154
	.quad 0x70837729ff967a18, 0xef1b8ea75cfc7800
	.quad 0x403d0d8d097aa563, 0x803b6a2c5826931f
	.quad 0x94a33eee6cf37c00, 0xffc00000ff890090
	.quad 0x49e000000d6ffade, 0x078119feefe3faa4
	.quad 0xfff7538b9a4941b9, 0x7fb79e5d80000000
	.quad 0xad9e3c94542da189, 0x23375ff65fd2fc00
	.quad 0x00000000c0c40000, 0x0000000000000001
	.quad 0x0caf2b2afad859a4, 0x9ce4dc251c1dfc00
	.quad 0xbeab47af74e47e00, 0x87d6c09a229406d8
	.quad 0x7fc00000bfbc2f23, 0xc008000059800001
	.quad 0x000f27c40453f46b, 0x82f917b7cff4478e
	.quad 0x403e526bc06004c6, 0x7ff734661caa5aa1
	.quad 0x7ffa0083b5e9792a, 0xbfb10dfbd7950b56
	.quad 0xfff8000000000000, 0xa5d288c06bca4b08
	.quad 0x736f3c6b3bea2097, 0xbb2e000080a01fa7
	.quad 0x80056e9925318a46, 0xc000000000000001
	.quad 0xff9a3c377fd09b7e, 0x9aba12f23ef5de2e
	.quad 0xdd85c799c0680000, 0x7fa82495c10a0000
	.quad 0xff80000028aef35c, 0x820a3c4f7697a140
	.quad 0xffe625eeff81cdfe, 0x41fffffffffffffe
	.quad 0x800405e39904faac, 0x2a26a87f2b800000
