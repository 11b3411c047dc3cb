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
	.inst 0x1e6d19b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e62d4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e03a5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f73c974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f5be5f5
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
	.inst 0x1e199247
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a4a98
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
	.inst 0x6e30c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2fb1917b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6301bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f6ee45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6243be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2022d8
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
	.inst 0x0eaef5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1f951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f660e14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e2eed75
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
	.inst 0x1e647db7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e36e558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef6d5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2179ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e61b8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f3dfc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f630a5f
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
	.inst 0x4e6169d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e697991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6ede12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e261933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee4d5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e662c36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e641997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e672240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6686cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c35b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e61685c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea1d59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6000ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b7e9f
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
	.inst 0x4ea0d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e29c5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e240042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e673e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0f4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20bcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e254876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee2f5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee24018
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
	.inst 0x1f46859a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2400ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f35fd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e37697d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0faa911e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61697f
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
	.inst 0x1e6f1950
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
	.inst 0x1e2948f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e616993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2addd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c4955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b19d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f6afd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6200b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6909b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eadd59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d21d0
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
	.inst 0x7e30fabd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e754b9f
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
	.inst 0x6e30f890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eecd511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f78e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e18f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e630095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e335856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2f18d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64ec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e36e5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3101ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c89fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0f91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3800ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0c187e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c2abf
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
	.inst 0x1e305010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e668832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70da13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3000a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2821f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f042c36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c7837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e645898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1a959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21681a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee8e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1893c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6525be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea3f43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6c6aff
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
	.inst 0x6fc49010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f440e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f238833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e660954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0ba155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e710a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e603877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2e2638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee6c559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a58ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea0f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6240fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69185e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e3df63f
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
	.inst 0x6ee1a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e60f492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e70c593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e332c74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e780145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0e896
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
	.inst 0x1f6c8618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e59e069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e695a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2eb6ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78083c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e37091d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e217b9f
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
	.inst 0x1f0509f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25c601
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6ac092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f3cfc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f7bfc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e217855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e218936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e700147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1da98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f40e659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c09a
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
	.inst 0x1e6b083c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f4f7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e02d19e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0d89f
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
	.inst 0x0fa119b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e708811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e28fe32
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
	.inst 0x6e70ed14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e600125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e310066
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
	.inst 0x6e61f4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e700009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2279fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0eb03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee7f55d
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
	.inst 0x1e2419ff
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
	.inst 0x9e220050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e624131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e644854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e24e4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2800a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e9eb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e682dd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e334819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2b5c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25c15b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22013f
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
	.inst 0x1e6a8870
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
	.inst 0x1f69a192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee0c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee199d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e613818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61b9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26781a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e33199b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2201bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c3be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f22929f
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
	.inst 0x1f2c3870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f20e532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea0d9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eaee4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e346875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1d836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e616a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6442d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f31fcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d091b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d0b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6318dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6afd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0a791f
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
	.inst 0x1e21c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e217892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e31fe54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f33fc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43e9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2201f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd351d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e589ae9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e27f43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2801ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e38d5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21018f
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
	.inst 0x1f6e9010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcd9a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea5edd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0eaefe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2928b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6ee4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0c836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fb51278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6168b9
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
	.inst 0x1e6501cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0db1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e24ed7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e655d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23019f
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
	.inst 0x1e371010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f24fd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2ef5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1d973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20a5ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e6afdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0d81f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e29f4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e8af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea1989a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e489b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6168fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29395d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21485e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e24eebf
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
	.inst 0x0ea1d830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fd09211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602238
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
	.inst 0x1e780084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620055
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
	.inst 0x1e624097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2200d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f29e4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2b981a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea8e69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eadfdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0d97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e2c3f
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
	.inst 0x9e42c490
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
	.inst 0x0e217a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e655a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fca9995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f0916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f76e657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc392b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f52d03a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e3b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f18dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e29e49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6241df
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
	.inst 0x5ea0d9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23845b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f7ae4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f323053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e23f574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2100a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0c9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6241b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e616a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f141259
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f53fe9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e674ddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e2dde5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e619a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2a621f
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
	.inst 0x7ee6d550
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
	.inst 0x1e7028b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4b4253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e696974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624255
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
	.inst 0x1e2022d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee1f838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcf9099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65411a
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
	.inst 0x1e24c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e24dc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30d83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e3cd55f
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
	.inst 0x6eb0f8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b58f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e617852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2801e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f70e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e680a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2cb1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21b8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e710189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eafd47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c391c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e793a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0ea3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e627b9f
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
	.inst 0x1f442110
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
	.inst 0x6ea0f9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3154eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d442c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee1b835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1b9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e280007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e27e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f74e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6ad4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2d335d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2cff5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e204e7f
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
	.inst 0x7e61c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e188802
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f8c9193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e732080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2300f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e690026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6f05f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f4fe6b8
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
	.inst 0x5e21a91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a29db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26397c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26401d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f44fd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e72101f
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
	.inst 0x4ea0f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c2a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea0d892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0e934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e220155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e283a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2639f8
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
	.inst 0x4e2bc5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fb4103b
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
	.inst 0x1e293abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e220455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e27fc7f
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
	.inst 0x9e630050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21a991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e6169f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6169b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e22d434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0f8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f23cdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e618a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e62c45f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7900e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f41129a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2ee85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f23e47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c1dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2cdc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e19b10f
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
	.inst 0x5ea0d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e612911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2200b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e635a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e71765f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a744e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f168cf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7fc892f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e793019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f3898ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e352070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a899c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3122c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee2f45e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61691f
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
	.inst 0x1e622140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f8811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18e823
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e246e34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f472095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f01b897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e20ed58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e188d49
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e427cfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66417d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1f89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7801cf
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
	.inst 0x2f2bfdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2100e1
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
	.inst 0x6e61d953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0ca74
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
	.inst 0x1e439dd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc11af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6825c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f768f1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f78fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6240dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e617b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2405f
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
	.inst 0x1e390140
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
	.inst 0x5f29fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e313874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61a955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c0ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e60e698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6400a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e79e57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6cd518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19256c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e60fd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23005f
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
	.inst 0x1e6c5010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee5f611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f46fc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f424493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2300f4
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
	.inst 0x1e690206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e619a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43c939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0f85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70f9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b29bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24fd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6631be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3c18ff
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
	.inst 0x9e7801a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e253891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6001c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0ca54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43bc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2198b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e764878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc19219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27295a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb0f75b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eede49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f8a115d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e20006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31583f
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
	.inst 0x9e790180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e647871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67d634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e218973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2adc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e676895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23de56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2502a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e619878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd412d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f88127a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21a8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0d99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2100ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2178ff
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
	.inst 0x4e61d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eaecc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3001e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e259550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2321b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e214055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee24176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e71ed98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d399a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a1433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1b8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e69012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61781e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c299f
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
	.inst 0x1e6628b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03b931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e20c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e43a0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3800c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e761817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e2ded78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeef459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21da9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21a9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f89119c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e713b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21287e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c0ff
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
	.inst 0x1f4b9450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6ed011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc79a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e03ddf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e67fc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2168f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e03f8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6fe5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e6169d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61b8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e18fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f2de5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2ed65d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e73699e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c09f
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
	.inst 0x9e6300b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a2831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2501e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e03b0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2900c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e32ecd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b0491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e8a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0d458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f7efc79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1891a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee242fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f82917c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6101ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee9c57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1b8df
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
	.inst 0x6ee1d910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1b9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3021c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3239f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e250a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e310105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d8cf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e64dd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fa89858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4f4dd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e240abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e78032c
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
	.inst 0x1e22c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63001f
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
	.inst 0x7ef0f810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e218933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f2a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790226
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e216817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e3018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f382519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f02915a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21ca9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7fc6909d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f281e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2719ff
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
	.inst 0x1f6e0cb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea0e8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f403612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a7a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6400a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e328c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f61c536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f02a858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e62dd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f6ae69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ef4c53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4891fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e75d59f
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
	.inst 0x1e254150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea18871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e27dd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e18d123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e260a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eebe4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2bcc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e65cc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fc350da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fd619de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f401c9f
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
	.inst 0x1f250950
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
	.inst 0x1e029132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5faf9973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e690064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6188d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7000a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6a8097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0abd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcb5079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2300fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27289c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e20dc7d
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
	.inst 0x0e21abbf
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
	.inst 0x9e290100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58ce01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e28ee33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e21b954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e273a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e612816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e29f537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e710008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e38028a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6c327b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58fdcd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1a85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25032f
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
	.inst 0x4ee18850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e250041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f1189f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e616698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fca98d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f4dfeb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e24edd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f579899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0e063a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fcc19db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7fd1917c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e889d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2141de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1b8df
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
	.inst 0x9e434130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee0e951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e192ca3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f462094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2eadf435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4cb997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f55d458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6218d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78024a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e26cd3c
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
	.inst 0x1e23003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2641bf
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
	.inst 0x1e61c0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2201b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea0c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d59d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e66f5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c3955
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
	.inst 0x1e60c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e642100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b5449
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e60f71b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e199d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e42ccbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0f83f
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
	.inst 0x1e61c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f45e5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea8d552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6900a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4faa1214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e276688
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
	.inst 0x7ea0d8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70f9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61681c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62439d
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
	.inst 0x7e30c91f
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
	.inst 0x9e630110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e670971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0f9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e600024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e300185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e672030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e29dd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e218a18
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
	.inst 0x4ee0d85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e2330
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eacc41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6509bf
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
	.inst 0x9e2201d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e710201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea4c4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e68cc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eeac415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63add6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2300d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21ca78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6100a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67f4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1c4db
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
	.inst 0x1e750b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c09e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f5afdff
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
	.inst 0x1e2939d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e676991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e785012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30c853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e314994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e290245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fd0183a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd4599b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f56a9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6820e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e38006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c5697
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
	.inst 0x5e67dc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6cf571
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
	.inst 0x0eb0fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e200024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b18d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e6ce496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21a877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f615118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e29f5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f3ce4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e36483c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f38fd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eaec4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1a95f
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
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1b911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21d9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0e8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e300064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f47b136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6641f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0d9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f003b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1d83e
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
	.inst 0x6e218850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f4fe4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee5ccf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6bbcb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f30a994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e63dc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e6169f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0e957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f7618f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61bad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f7599ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2178bb
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
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e77e51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78018f
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
	.inst 0x2ea7c550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e312220
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
	.inst 0x1e2849d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e720815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e63c6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21a997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6201b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2349b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a4605
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e25df3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e632abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fad98be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602020
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
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2979d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea1b9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2900c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea4f4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f39d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb5eed7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e210269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6741fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e439c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fda59bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25407d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e35695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e662130
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
	.inst 0x6eebd4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f3ae4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e690002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fad18d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3358d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e60fd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea0f976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e62f457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2100c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e21020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eecf47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61685c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39893d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc2937e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e24e5df
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
	.inst 0x1e6401a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70f811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e27ec12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30d933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0e934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a09f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f469156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4ab8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7bb018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e27f4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6301ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3674e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e27e5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f02997d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1981f
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
	.inst 0x4f4cfdd0
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
	.inst 0x7ea1ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea19953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d1854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e600245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e282020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e220177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21ca98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64c2d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60897a
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
	.inst 0x9e03a8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67409e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e77c55f
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
	.inst 0x9e592040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a59f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e241833
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
	.inst 0x1f45c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e75dd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f915958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f899919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68399a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f78fcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f13ac3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e36391d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2802ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62001f
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
	.inst 0x7f2efc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2fce11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f503992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef1ec13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee5d534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e70d4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6a0896
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
	.inst 0x1f0b21d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eefe55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e198d0b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f79e47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27d01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3f501f
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
	.inst 0x1e6641d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e600081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e790063
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
	.inst 0x9e5869c5
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
	.inst 0x1e7000e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e62b62c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5eebfd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f8259da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2900cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02687c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eebc5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22283e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e23d4bf
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
	.inst 0x5ee0fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f628e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e240243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e5970a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6440f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea5d437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f553158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61c5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d18fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c21b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f23fd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc2981e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c85f
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
	.inst 0x1e700060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2edcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e198182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2938d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e321874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f469a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e216936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f6de4d7
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
	.inst 0x9e584e49
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaac53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e70034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b09dc
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
	.inst 0x1e18f42e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c19f
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
	.inst 0x4e617890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2200d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e67dc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6241d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e290125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e31f5d6
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
	.inst 0x4e6189d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eecf4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b39db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61895c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61697d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e0210be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f62fdff
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
	.quad 0x35e0c45c390bab0d
	.quad 0xc3b382ed60fc57ec
	.quad 0xffffffffffb96b31
	.quad 0xaa70ed371e8e8d86
	.quad 0x8e46183f45c3b509
	.quad 0x00000084cc74e7bc
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x7e28eaa05ba4fadc
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x0000000000000048
	.quad 0x23b39fbdbf22c2a0
	.quad 0xfffffffffffffffc
	.quad 0xffffffffffb7eb4a
	.quad 0x0000b5eb97e47991
	.quad 0x06800000
	.quad 0x90000000
	.quad 0xbff900d7574af7c9, 0x8000000040e3d4d2
	.quad 0x6b239bf4148cb480, 0x7fa7a1548c6fa8ec
	.quad 0x7f69c7804129ae23, 0xffa36032fc3e6011
	.quad 0x0022569bd8705718, 0x610cc6c855ffffe7
	.quad 0x7189776b26907e00, 0x561275d948ff3bbf
	.quad 0x7f80000040380000, 0x7fc00000ee249efe
	.quad 0x800000007e8d3ada, 0x9c8f334a4f8cdd8d
	.quad 0x8000000000000000, 0x89286f0a3f3f8000
	.quad 0x7e8000007f800000, 0x9078113f7effffff
	.quad 0x0009f9e94a5bd6e1, 0xae58e2265d52fced
	.quad 0xf29967417fc22531, 0xbdc99b4480757ada
	.quad 0x4c3682ed7ecffc47, 0x31d689f4d3deaed0
	.quad 0xdbdf5fd8c1afffe2, 0x706ac483d9f3ecde
	.quad 0x63e2da91e939708b, 0xff800000bdcbc3c5
	.quad 0x7fa53a330ddf13e6, 0x207fb1edb7483707
	.quad 0x8810fc09d0cdfe00, 0xfff8000000000000
	.quad 0xde85fed6f6fbfcff, 0x834e4c24ffc00000
	.quad 0xfff0000000000000, 0x9b01ba13a3d1ad51
	.quad 0x3be41046ff800000, 0x21696949028cdb37
	.quad 0x0adda01ffff569fa, 0x3c9775473e38e027
	.quad 0x7f993738fff7ff3e, 0x43a0000000000000
	.quad 0x95b3f63df3817cc0, 0xff800000803fcdd2
	.quad 0xda6f2f1fff941a20, 0x8019397ea4999288
	.quad 0xedd4e17effb95c0b, 0x9bfc82fbffacaaa7
	.quad 0x4005979c7725165a, 0x8129736f67e23afe
	.quad 0xed5ad8b7ef81f73c, 0x1e51eb373fb343b8
	.quad 0x3aac0000c0800000, 0xffb9baae813a09cc
	.quad 0x7ff30f8f29142bbc, 0x038d7552f5b183a1
	.quad 0xe03085d1e3ff5649, 0x934ace76407ffffe
	.quad 0x87a1a43bfff4efbd, 0xab7ceb84cb9efd31
	.quad 0xa3c2f386a4d17c00, 0xee95131a04b7fc00
	.quad 0x7fdfffffffffffff, 0xbc50000075eb661c
seed1:
	.quad 0x00000000000000c0
	.quad 0x0020000000000001
	.quad 0x0003cab03b6d0a28
	.quad 0x000000000014ce4b
	.quad 0x8a6c6424e898925e
	.quad 0x7d4163ad7432b2be
	.quad 0x0000000080000000
	.quad 0x0d7dacce7a68d715
	.quad 0x2aea5eb1f5e42831
	.quad 0xffffffffffffff68
	.quad 0xfffffc7924c966d4
	.quad 0x633b754a78f6f77e
	.quad 0x0000000000000000
	.quad 0xffc1e004a16cc229
	.quad 0x005a9b5cfc517582
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x800000013c149f72, 0x8100000047000001
	.quad 0x23d5a94d92fb7c00, 0xef031c4cff970bda
	.quad 0x7ff0000000000000, 0xf2071f2cf76eaafb
	.quad 0xe1b77495ffce7c00, 0xbd931cca80104a99
	.quad 0x96c4fec800000000, 0x84dfcc06f6f704ff
	.quad 0x4fe1379baaac28f1, 0xd8d536cddf480599
	.quad 0xc00000017fb6b36c, 0xc1aac5fd00000000
	.quad 0xce7cd3b58332ea0f, 0xa1840da0dd65fb7b
	.quad 0x94a6527ae15cfcce, 0xbfc48d8c7e74cbbd
	.quad 0x6c614c56d4e3f400, 0x6f632e5b3dff6f1d
	.quad 0x812d08c4bfeb7947, 0x8000000000000000
	.quad 0xbff71a3745a08d94, 0xfff6c554981cce77
	.quad 0xb80800007fc00000, 0xbee9f6f8f2a576ab
	.quad 0x3fba17ad0c8a49d7, 0xc3e3585bcf0ff5b0
	.quad 0xc05cb7fd2bc57fd5, 0x7ff0000000000000
	.quad 0x3ff6edc5d13a3990, 0x6a6811d33d73bf0f
	.quad 0x4f2b46f4817fffff, 0x3fadfa3d92aad489
	.quad 0x228e0dec1bbac4ca, 0x7fa3eff6fbbd9e5e
	.quad 0x405000008045c6e7, 0xda87ac521db7fd01
	.quad 0x7ff57b1a9e1665fb, 0x7fdfffffffffffff
	.quad 0xfff0000000000000, 0xc021400000000000
	.quad 0xea68e130cfdf0877, 0xee1b80ee2d0a1527
	.quad 0xc0566bc50b9b5c79, 0xfff0000000000000
	.quad 0xe0e96424bfe9fa82, 0x24864c8a7ff37ce0
	.quad 0x79152eb9b6cad420, 0x9ad68b6e805ed45d
	.quad 0x0010000000000000, 0x20995e947fa4210c
	.quad 0xe44733264e22b1a0, 0x7fc00000c3e6e06f
	.quad 0x595b83bd4d82fcda, 0xbfa79b1d916bb6a6
	.quad 0xc040000000000000, 0x80000000405b2fd3
	.quad 0x97f1455fbff77c00, 0x40f34974f3efff40
	.quad 0x807fffff002bedd9, 0x3ff1e9c003c50398
	.quad 0x8138123348e54d8a, 0xffd2411cbc86c72b
seed2:
	.quad 0x0000000000018d20
	.quad 0x03be57cdcfa0a2c7
	.quad 0xfffffffffffffe98
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0xfffe05b61283be33
	.quad 0x0000000100000000
	.quad 0x9234044c3076f0ed
	.quad 0x214a6e0d2042ac6d
	.quad 0xfffffffffffffffd
	.quad 0x00042c22d59baa24
	.quad 0x7ed2ef918478b255
	.quad 0x0000000000000236
	.quad 0x0000000000000027
	.quad 0x4ad96edb335c0c42
	.quad 0xffffffffffffff5c
	.quad 0x02c00000
	.quad 0x70000000
	.quad 0x34531d7182c8f92e, 0x7fd79160dd942230
	.quad 0xa995c81b0f5f1926, 0xab501080007250f9
	.quad 0xb8b80000c1200000, 0xd54a16bf80000000
	.quad 0xc8a56aab6f1761bc, 0x1f0f905c327be2c3
	.quad 0x000000009d830b31, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x24eb7cccffcea4f9
	.quad 0xc360d4087f800000, 0xbf857a7ae48bcb1e
	.quad 0x1443aca35d9da07d, 0x71bf823786acff1f
	.quad 0x99f11fa3f2e403ea, 0x257576aba5beabed
	.quad 0xbf57ba3a40f00000, 0xb6157c81b18f11cc
	.quad 0xbed1800000000000, 0xccd550977feffe2c
	.quad 0x6f01bcd4d6ffe31b, 0x997eec4b8a25b6be
	.quad 0xf88399395be81beb, 0x744ded5c4159c433
	.quad 0x7aaadab45f800001, 0xbfbd701bf41447db
	.quad 0xc040000000000000, 0xafd07c443e2e3a00
	.quad 0x402d6ca069fd506f, 0x23448cbaa1db3bfe
	.quad 0x599cd0a2fb85f896, 0x3fe0000047980000
	.quad 0x3cabd98e00775016, 0x3b684037a2798213
	.quad 0xc054400000000000, 0x08b4a16100ffffff
	.quad 0x728acb5463e47e00, 0x7f8000003f364c84
	.quad 0xf9642c71cbfff540, 0x000ef2d63f698000
	.quad 0x408c00004f7f68d4, 0xfe7a5b4c848dc500
	.quad 0x405c191a56a7777b, 0xbbfba2e1d4868225
	.quad 0x8000000000000000, 0x7cb946cc3e0538f1
	.quad 0xffcf73b1eb921217, 0xfd9e547e01b47553
	.quad 0x01c48104c9970000, 0xbfb213246fa887dc
	.quad 0x84d4fbeaff867c00, 0xff1cf3557ca2fe00
	.quad 0x6ee3226780000001, 0x2a0b81764b1f8000
	.quad 0xa42fa41983f92fa0, 0xa1e5f52158320bff
	.quad 0x402eef1d4030c17e, 0x40f8000000000000
	.quad 0x3fa3acf43cb68ec9, 0x1e98a736eb7f7df3
	.quad 0x1bc0987825b244fc, 0x2f409a6f88f2940d
seed3:
	.quad 0x0000000001e57cb2
	.quad 0xfffffffff3a68ebe
	.quad 0xfffff31fb7d89e51
	.quad 0x9f3cfe75f8f9d184
	.quad 0x00000000000001dc
	.quad 0x010e8e807c64abbc
	.quad 0x0000000000000396
	.quad 0x79d4be14ae34dba5
	.quad 0x000000143249ff47
	.quad 0x00000000000011ff
	.quad 0xffffffffffe086ad
	.quad 0x1a59e687a4997e7f
	.quad 0x000000000000021b
	.quad 0xaf5f177e64fefefc
	.quad 0x6121c08a885ef495
	.quad 0x00000000000001d2
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x41c070d931cefa21, 0x1d5e143d553819d3
	.quad 0xb94cdda10b93cdc5, 0xedb2265e80000001
	.quad 0x8176110b0762020c, 0x7fe480fe72284993
	.quad 0x40ecda920c935ec5, 0x401a55bde1c26d3e
	.quad 0xa2e81ce731940b50, 0xf5801344abfecbb8
	.quad 0x340384c6fff9c1e6, 0xdb8f60eeffbf7ed3
	.quad 0xbf80000180535c61, 0xde74139cac06f5af
	.quad 0x0000000000000000, 0xbbaf7b15fce09b5e
	.quad 0x50c3ae76dce6d76c, 0xff80000041e8f474
	.quad 0xfe87fb00c1185e20, 0x3c5843d380000000
	.quad 0xe3daa1f29efbf73a, 0x00000000c7fffffe
	.quad 0xbde8730f3ae10000, 0xe493a994a03e54af
	.quad 0x4afd3aded1d37fa5, 0xf9c6e3153d1dd4b4
	.quad 0x66b95ea7a0417e43, 0x0249c32983335966
	.quad 0x42fa37f47fc00000, 0x2838ead6cea77dd5
	.quad 0xffdee808bf800001, 0xa2ad00b196518647
	.quad 0xa15a2e79ff6f7cff, 0x251b4db1ffc2c7e0
	.quad 0x8000000000000000, 0xff95ea9d7fc00000
	.quad 0x800ce173c248a43d, 0x7fae68b94251a982
	.quad 0xc012e58e09b821f0, 0x40973cecdbc77bb6
	.quad 0x7fb5b4828012cd96, 0x0000000000000000
	.quad 0xbfc1186d9c462568, 0xe2545e59dd4e79f2
	.quad 0x8000000000800000, 0x2f920897ffd6d800
	.quad 0xb6e000007fc00000, 0x43d3228636928000
	.quad 0x82f8669a80000000, 0xb6b6ab1f8adee3bf
	.quad 0x9426dba558ec019c, 0xfff2b8f2b4e8122b
	.quad 0x803265b07ec601da, 0xfff8d174b908ffa6
	.quad 0x300c91c9effdde6a, 0x40179df3f572f582
	.quad 0x443fffffffffffff, 0x802bc1163a2ac650
	.quad 0x40d041196c4cc8a0, 0x204309a808c7bba5
	.quad 0x95f22a67faff9fbf, 0xbd6000006ddb404b
	.quad 0xfff0000000000000, 0x7fc06564413bec2c
seed4:
	.quad 0x1bfbd3a3eed577f7
	.quad 0xc6e68b54ab6ad3bb
	.quad 0xfffffffffffffff3
	.quad 0xffffffffffffff01
	.quad 0x8000000000000000
	.quad 0xfffffffffffffffd
	.quad 0xfffffffffffe6b6c
	.quad 0x4bd337dafecb8849
	.quad 0xfffffff8a183b68f
	.quad 0x46fd0c6ccc3f6a16
	.quad 0x0000000000000312
	.quad 0x8f80780914e509fc
	.quad 0x8e710cec23ffe5ed
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0x85eff3e361e00bab
	.quad 0x04800000
	.quad 0x90000000
	.quad 0xf7918bbf5abc8000, 0xd7fb09a6f675bd6d
	.quad 0xf2b3b78bc18debad, 0xa5efc1acbff7a5c1
	.quad 0x443d11f81a662174, 0xef3caeaa77fe7fef
	.quad 0x26646ef653b246bf, 0xd124f63f7ff077ff
	.quad 0x3dd99a05431ed83a, 0x4f832c587dffd1ff
	.quad 0x91cfdb408fadff0e, 0xbff2f92441100000
	.quad 0xb4543f4941adc2ff, 0xbbb5b1a3ffa3d8ea
	.quad 0x403e4de96a9ce33c, 0x7f9befdef78e4237
	.quad 0xfff35cb498a6a10c, 0x484788a7bc5bdffa
	.quad 0x7f80989280000001, 0xd44162cedc032494
	.quad 0x3cfe2b103bb38f1a, 0x4004a2ddeac246e0
	.quad 0xc17a654bc1100000, 0x2e91c965def27bd7
	.quad 0x336a0a3251982e0f, 0xc10aa9fadfbc90e8
	.quad 0x3fb8000000000000, 0x38169fadeb3f7c00
	.quad 0xfff0000000000000, 0x2df9e536bf1662f9
	.quad 0x9d1202c5e5ab732f, 0xce2ae1dd3ef4fde7
	.quad 0x803aac6d7f6efbd8, 0xc374398180000000
	.quad 0xc081dfb8ffc00000, 0x3f999d0b7a9875a4
	.quad 0x3aa000003cc95f35, 0xce0217e76fc2c3ba
	.quad 0x3ec41cb53b3a525d, 0x4810c603fffafb76
	.quad 0x5f800001c3fb11f2, 0x40f0000000000000
	.quad 0xffdd164c623caace, 0x3f600000c0940000
	.quad 0xc446ebea56fdcbdc, 0x3ebdb7ef3fc5db35
	.quad 0x7e80000000000000, 0x4018000000000000
	.quad 0x00000001be700000, 0x8000000000000000
	.quad 0xee6be829f7ad5647, 0xc05a9c9f62da4901
	.quad 0x83b07d8335ee1192, 0xd2ac380f08b81a00
	.quad 0x7fc2d76fdc6f601d, 0x3fb21b0b3381ce08
	.quad 0xcf000000c10c0000, 0x16d2fab10159d145
	.quad 0x3f7cb54124c7791a, 0xf06f5a74fbb51858
	.quad 0x7ff0000000000000, 0x3f9cca0b64b11d5f
	.quad 0x58053fbb16960000, 0xffa7155e0a4a55f9
seed5:
	.quad 0xc14f07cf12efaed9
	.quad 0xb21724262827c490
	.quad 0xfffffffffffffdd2
	.quad 0x0000000000000225
	.quad 0xdf16c81305592f9d
	.quad 0xfff9c5f064466db4
	.quad 0xd4d53cfcfd399793
	.quad 0xffffffffce52e3ba
	.quad 0x03c57ca192bfb357
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0xa223c5885cfdf2a0
	.quad 0x000000000000022f
	.quad 0x666c1428dcd41b0c
	.quad 0xfb652438b26c8387
	.quad 0x088c3e952c051216
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x50643cb17f74d45c, 0x0177ba06fe79ffed
	.quad 0xc016933b6179abd3, 0xc022400000000000
	.quad 0x807fffff3ec60000, 0xc70000007f88a0c1
	.quad 0x0003185ed7a0d066, 0xb0a2392e38ae8000
	.quad 0x8000000000000000, 0x41fffffffffffffe
	.quad 0xfeffffff80400000, 0xfff50be2585a1266
	.quad 0x404ece7e3f2d9cf9, 0x41140000c11c0000
	.quad 0xb43aaaf94af20000, 0x40d65d57b23b3a5e
	.quad 0x7f8aff20f4313317, 0x80000000007fffff
	.quad 0x002dcaab8557fd2f, 0xffb55967df000001
	.quad 0xc00e0f8c31524564, 0x8008000000000000
	.quad 0xc006000000000000, 0x80000001c6cd0000
	.quad 0xc022800000000000, 0x6236099a47ffffff
	.quad 0x3be5c61333a60200, 0xb991ba91fdddf9bf
	.quad 0xf885ce9dbdde4198, 0x3ff6000000000000
	.quad 0x8000000000000000, 0x0004711999ed12ea
	.quad 0x7ddc307219f0ebc8, 0x8aa015739799b497
	.quad 0x802bbd7274a9ee3e, 0x7f80000000000000
	.quad 0xc1d416cf411c0000, 0x0bf90b113bafcf35
	.quad 0x1e768fc5fffd7f7f, 0xc1afffffffffffff
	.quad 0x42e1db4880a271b6, 0x0008000000000000
	.quad 0x4064a2a8cb80d686, 0x001ad3c19fcbd9bc
	.quad 0x415374a84279ffb8, 0xbfe3dc9fe5a06885
	.quad 0x5d9a1dbbe0f5a2db, 0x80cfef9dca09e5dd
	.quad 0x14fcc0a100000000, 0x7fe88a8e5b532f4b
	.quad 0xc023800000000000, 0x817a31f5eca6412b
	.quad 0x8000000000000000, 0x4048995292e13ef1
	.quad 0x7ff8000000000000, 0xa45fa7bfda7dfdff
	.quad 0x42939e23801bf4bd, 0xff295f7bfa747d5c
	.quad 0x7f94fea8755565ed, 0xc12000003d0bbad2
	.quad 0x732f16a2efddfd26, 0x3fd4b45c0fdb2d50
	.quad 0x55cbbe8ae3ea1c3c, 0xc27749e1d87d26d1
seed6:
	.quad 0x0000000000000376
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xffffffffffffffd6
	.quad 0x0000000100000000
	.quad 0x6bd3c18e173b1d1f
	.quad 0xfffffffffffffffe
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x000000000000039c
	.quad 0x75cf64cf819e3659
	.quad 0xffffffff80000000
	.quad 0xffffffffffffc39d
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x3d242601d7edc5cf, 0x7fbafbf4ff998b33
	.quad 0xbfbe600000000000, 0x80000000c8080000
	.quad 0xdee76d5c7d7dfa79, 0x80000000bffffffe
	.quad 0x3767ba701634f88b, 0x3f9e714aa888a58e
	.quad 0x8012c2507faa9297, 0xc37702f03c6f5d2b
	.quad 0x7ff0000000000000, 0x825af2e8d159485d
	.quad 0x0d41bb2ffffeb9f6, 0x3c222ad0ffc00000
	.quad 0xffc00000002f3b08, 0x7f8000007c25fcd9
	.quad 0xc2c5077c70175647, 0x7fade29314b2fdd9
	.quad 0x000000018ea85403, 0xc98e9f66e94e6060
	.quad 0x902440f7bfc92360, 0xb3956c79b5303827
	.quad 0xfff0000000000000, 0x94441e7e9b5cfd4b
	.quad 0x0000000000000000, 0x00000000974e6e1f
	.quad 0x2ff66ca4e39dfbc6, 0xb2e99312ffcd7e47
	.quad 0xcc46ae9b903845a0, 0x3fb8726b001ab502
	.quad 0xc0380000b6800000, 0x0000000000000000
	.quad 0x7e0c73495b2fcc1f, 0x38dc0000f9afca14
	.quad 0x8020000000000000, 0xc01c000000000000
	.quad 0xf4e28ea381d07c4e, 0xdccc0cbff5eefdd4
	.quad 0xfff8000000000000, 0x06952bf401e8b6a8
	.quad 0x4060000000000000, 0xc4e4e95e77777c00
	.quad 0x8f198a1f6eb68075, 0xaca463d6ebebdf14
	.quad 0xc01107cc3e3c2f15, 0x406694d77fff7e5f
	.quad 0x9f421061ce42f9ab, 0x67e95c3a5f8efe5b
	.quad 0x7ff8000000000000, 0xd745e9a2ffae5cba
	.quad 0x9fff075e7effffff, 0xbfdd116e64a71e34
	.quad 0xfff0000000000000, 0x4a40baaee7b03001
	.quad 0x0000000000000000, 0x161e36f047000001
	.quad 0xc03cfb57f027536e, 0x704e67a27fadd067
	.quad 0x527af137fbf41e40, 0xc090000072101385
	.quad 0xfff8000000000000, 0xff3c025700dd35d8
	.quad 0xdf0000013f400000, 0x3fcbe8202c928592
seed7:
	.quad 0x36f2b0f77b4f16db
	.quad 0x0001ef70f04dae51
	.quad 0x30803ddbccf5c52b
	.quad 0x0000000000001d24
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffff084
	.quad 0x00000000000007fa
	.quad 0x66fe6fe73a146a35
	.quad 0x8000000000000000
	.quad 0x000000000000017f
	.quad 0x000000037bed4a20
	.quad 0xfffffffffffffc22
	.quad 0x7c588fb3f14cc4dd
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x2404838fa911ebab, 0xbce847bac37cb406
	.quad 0xc33c6cdaefb7e250, 0xffda75d43cabb9cb
	.quad 0xa297f2cbec3b7400, 0x99193e6837007cab
	.quad 0x0000000000000000, 0xeed45f98d5d9272a
	.quad 0xfff4a1d05bb46208, 0x3442b6467fcfabb1
	.quad 0x0010f310997d300a, 0x1156d9e2e9cdfc00
	.quad 0x41a42b80bc744857, 0x7ff8222714a6a0e9
	.quad 0x701ed174853096ec, 0x2e83cb1b98d20714
	.quad 0xc01e000000000000, 0xb53a21527f8185c0
	.quad 0x2ecd9db5436f9eb1, 0xbfb132517a770b75
	.quad 0x7fab7eeb80000000, 0xff800000c0c065c8
	.quad 0xbe709a1a7b12bc8f, 0x00dee57900000000
	.quad 0x3f83bc4f8332f7a1, 0xc002000000000000
	.quad 0xa59599bc3ccdfede, 0x708fd4d90fe0a726
	.quad 0x001fffffffffffff, 0xb90e326f50383432
	.quad 0x72836220007fffff, 0xff879984ed6fec03
	.quad 0x802c4efc49121092, 0xffc000007fbb65f3
	.quad 0x41e5115188fadab5, 0x4043e2c9bd2e3d22
	.quad 0x48df763e3ed963a9, 0x3fda6eb850f95de1
	.quad 0x0c701fcc4b7e8000, 0x2235ac997f98f75d
	.quad 0xbfbf7379be1bb060, 0x7fc93d063ca23af3
	.quad 0xeef4ec20f7672538, 0x400e000000000000
	.quad 0x6be064c2ecc8d9f6, 0x766c715f3c0ef5b6
	.quad 0xfaeff2bd005f4cc0, 0xbfdf8f67438c5e33
	.quad 0x79ddfbaa7ffbf7bd, 0x22ec1a5fc4c3bce0
	.quad 0xc04c149b37860aed, 0xef818733772a44af
	.quad 0x3e5a3944d3224c7f, 0xef1144fc95dfc6b5
	.quad 0xfff8000000000000, 0x7facb23a7f800000
	.quad 0x5201389ab102f965, 0x030921d0bb41db5c
	.quad 0x30cacac1069a50c1, 0xc00fffffffffffff
	.quad 0xaf0b7826ffe2fc00, 0x1dd3d244af1bfc00
	.quad 0x403c8ac85c2482f7, 0x639d275e9c2d50e0
seed8:
	.quad 0x00002d4368cd8fcf
	.quad 0xfffffffffffffdde
	.quad 0xbb5233b597fbf9fe
	.quad 0x36de9d9a44181560
	.quad 0x3857012cb00f9af3
	.quad 0xffffe716968048e9
	.quad 0xfffffffffffffffd
	.quad 0x0000064b7364716c
	.quad 0xa38cd32440b4a489
	.quad 0x00000000000000fc
	.quad 0xffffffffffffff6f
	.quad 0xdb440d81461496d6
	.quad 0x06501fcb6c5b9e59
	.quad 0x0000000100000000
	.quad 0x0000005dc7836714
	.quad 0x000000176cb77d2e
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x000000000673f71a, 0x79636972d0940000
	.quad 0x3fb0000040a00000, 0x7ff08ddf0281a981
	.quad 0x3f75062981aca4ff, 0x3f807165eccb22f6
	.quad 0x6cad4968e7844619, 0x7b8495bda4767ce1
	.quad 0xc0e000004157e747, 0x5f0000013b89597e
	.quad 0x9290fcfddbf97f5b, 0x4941e4f22309fbfe
	.quad 0xfb09f0174221fb16, 0x15ff20c4bcddb8dd
	.quad 0xca4c02cb7bc7d7dc, 0x2776ee4affe5dc4e
	.quad 0x42fa8e6f637ecbac, 0x6c86a01dffae1932
	.quad 0x763b57d9d6127c94, 0x1c8251cbc59d8379
	.quad 0xed4a0e2980000000, 0x7ffc2c8aa4c96b5a
	.quad 0xf880dcf5510455d7, 0x7ff93eb84dc4af55
	.quad 0xc1ec13c8b14307b0, 0xba7da4bfca6ff897
	.quad 0x9cfeab3b0ba9e033, 0xff80000038b4a172
	.quad 0x760073372f02e68c, 0xfe8000007c1e6b15
	.quad 0xc124000000000000, 0xffd9ba5b7b8c9940
	.quad 0xc3572b6f38620000, 0xed2256efcb5ee4e8
	.quad 0xffb84410ffcbfd1e, 0xeee9242cbc7026a0
	.quad 0x93e91574ffb1efb4, 0x7ea830bcc5a6d200
	.quad 0x7ffdeb1dd27d358b, 0xc0000000bbf5a02e
	.quad 0x3f8593022e5b2639, 0x3fbe122d63892aef
	.quad 0xa0301fd6efdd9032, 0x3d8961d33f800001
	.quad 0x000f15a840b80000, 0xc06a80eda9ec5bef
	.quad 0xc1c6684eff7fffff, 0x91e3ef697f4146a0
	.quad 0xbe2ec1e7d6e67b1d, 0xf245f54d7e800000
	.quad 0x5c6b3964da479cb8, 0x4149fe12ec9d93ae
	.quad 0x232e393814f08015, 0x0040000081562bc0
	.quad 0x0000000000000000, 0x55a9339a8fc4a174
	.quad 0x4315657f00000001, 0x38e1d50d7c92d904
	.quad 0x000fffffffffffff, 0xfe80000017248d27
	.quad 0x416c2fad80400000, 0x4072bfa19b6e1fba
	.quad 0xa6a9829be1d9fd6e, 0xc018000000000000
seed9:
	.quad 0xfffffffffffffd80
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffdd5
	.quad 0xfffffffff1476a2a
	.quad 0x309ae9cab06ae91b
	.quad 0xffffecec52ee2d78
	.quad 0x0000000000000039
	.quad 0x18eca549a96932e6
	.quad 0x000000000052bc9f
	.quad 0xffffffea17203679
	.quad 0x9de68510eaf1986a
	.quad 0xffffffffffffff1a
	.quad 0x147fa9ebdb0bc2af
	.quad 0xd25146c973572112
	.quad 0x0028397befeae884
	.quad 0xfffffffffe390666
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x7f8000003c6a0000, 0x7fc0000040100000
	.quad 0x780b0be4fdeedfff, 0xff9b76b9cfffffff
	.quad 0xa2829ad5ae3b4424, 0x0331fa94f3eaee13
	.quad 0xdbda46436fdffb3e, 0x6de49d9be7fffa99
	.quad 0x3cc6d194ff92b1c1, 0x7e800000814b1aa3
	.quad 0x7ff8be73d01b5a50, 0x3fc81d51b691aac1
	.quad 0x6243f2cf700cfe00, 0x0000000000000000
	.quad 0x0c29ed457fbffdb7, 0x0064ee1bbe6fff39
	.quad 0xfb4a73457facfc00, 0xbede3644c0840000
	.quad 0xbfe0000000000000, 0x41f0000000000000
	.quad 0x002fffffffffffff, 0x0024f74c717a78ac
	.quad 0x7ffbfb1c990c6a71, 0xacbb5153f895a422
	.quad 0xf8b90d09c20719c3, 0x415cd58a7fc00000
	.quad 0x004948d8c208cfe8, 0x1e418f32da3c0000
	.quad 0x3fbf8f12de79500e, 0xfffc385a2e9e08e4
	.quad 0x9d406decfeffffff, 0xc005000000000000
	.quad 0x7e0d9e8f133fb0b1, 0x7f92f167ffab3306
	.quad 0x807fffffbbb5a5fb, 0x829221a62138a3e2
	.quad 0xc66c062aef171dca, 0x21dcd2aec0980000
	.quad 0x7fbb981b48df0000, 0x743befb643776d01
	.quad 0xbbbe66fc3d975e7c, 0x441bb7d05fdfff7c
	.quad 0x18e9d6f7b101a089, 0xd6eeedaf3f800001
	.quad 0x0000000000000000, 0x405abf535cca18fc
	.quad 0x993c8b70f2cfeeff, 0x217874216b73ccb6
	.quad 0x3fd11c5258bfada4, 0x002b175000000000
	.quad 0x007fffffcc9712c7, 0x5a7fffffc62b0000
	.quad 0xbfefe3df001545d5, 0xc2580000c3ec4feb
	.quad 0x000fffffffffffff, 0xc6d0bea4dbeeffbe
	.quad 0x7d7f01426f19d48e, 0xae306653fd7dffff
	.quad 0xf2d4211bc22088a6, 0xf7a5333ff9d33d8c
	.quad 0x990fc11640bfa1e0, 0x1c89408778e07b7e
	.quad 0x7c5415688ccbfe94, 0xd15e2307f6dfcffd
seed10:
	.quad 0xffffffffffffffd9
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe6c
	.quad 0xfffffffffffffc6d
	.quad 0xffffffffffffff40
	.quad 0x0000000031a2af5b
	.quad 0x0000000000010359
	.quad 0x00759d7566ac3084
	.quad 0xd61d67878917c30c
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffe1
	.quad 0x0000000000000311
	.quad 0xffffffffffffff6a
	.quad 0x2218b26cff82925d
	.quad 0x055c3e999b6e283d
	.quad 0x0000000000000377
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xc658f3a3f0ffffff, 0x0009bbbbd7dfe775
	.quad 0x91de9fcba09bfc00, 0xd2870b96430b3eff
	.quad 0x000000007f7fffff, 0xc78802d0565ff395
	.quad 0xb60dc972e577f710, 0xf5a1a58268de5d72
	.quad 0xbfcec2fa86650e5e, 0xfa5172f8b3dfda3f
	.quad 0x0000000000000000, 0x96b0b0886c759b7a
	.quad 0xff4eda0880000000, 0xdc296f614d1c88d3
	.quad 0x0000000000000000, 0x7f8000005fffffff
	.quad 0xffc000007f800000, 0x2c5398dcfbfdeb40
	.quad 0x3fdd8fa5c0b4f9e0, 0xbfdfa14352833868
	.quad 0x017fffff40800000, 0x7f8d57017f800000
	.quad 0x15e6297afd1f7d96, 0xc0c80000729472b0
	.quad 0x37d9de4551da2ceb, 0x0ff66d22fd5ce49c
	.quad 0xbfdbcb4a1f9ca620, 0xbfce918030eaff1c
	.quad 0xffbd5d49b6200000, 0xc9ec000000400000
	.quad 0x4003000000000000, 0x43fc51863d680000
	.quad 0xbf80f35162bd9c61, 0x1ca7069841040000
	.quad 0x0929c97e6b8ea143, 0xd7019b8851a7fc23
	.quad 0xebbeb2083e3a572a, 0x181eae1650517c00
	.quad 0x3fb00000c77ffffe, 0xe5f8676c8324515a
	.quad 0x8000000000000000, 0x7b362eb1fff93deb
	.quad 0x80400000c27b1a3e, 0xc15e53d3ffdb7d42
	.quad 0x3411d97847ee7bfe, 0x7fe0000000000000
	.quad 0xfcc799b13fc00000, 0xfdd08116c0bd98b4
	.quad 0xfff0000000000000, 0x3ff1da397cb113bc
	.quad 0x1084f8d2ff9fdb4c, 0x935ecd487fb1fd39
	.quad 0xf7c8da47fe800000, 0xc00fffffffffffff
	.quad 0x20172f92bea9a955, 0x3fccf2884863d6ad
	.quad 0xa41b5cae11501235, 0xfdb44c60d9985533
	.quad 0x4021418be58733c7, 0x7f6d9b09c9987799
	.quad 0xffefffffffffffff, 0xfc06d3f3801d4c73
	.quad 0x43e19c44cba93b23, 0xbfb1a32a7e6e3abe
seed11:
	.quad 0x00000000005ef846
	.quad 0x7f4e904975d14d33
	.quad 0xfd47059c6cc1202a
	.quad 0xfc20938ee2283285
	.quad 0x00000001065aaa51
	.quad 0xfffffffd5ebcb21b
	.quad 0x000000000000424c
	.quad 0x9d58b493d0969ceb
	.quad 0x97cfad6bf3b7d6cd
	.quad 0x6a61026f75d40b04
	.quad 0x0000000000000000
	.quad 0x000000000000035a
	.quad 0x925f250d84eab5de
	.quad 0x9012a579f4708d99
	.quad 0xffffffffff27064b
	.quad 0x0da76aad0cfe2dbe
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0x8000000000000000, 0xcc5f74247fad426a
	.quad 0x3db401627ebffe16, 0x7ff0000000000000
	.quad 0x4f616e536dff3ceb, 0x7ff3224968482144
	.quad 0x0314785b9546f49d, 0xc2b4d60f412980d9
	.quad 0xe573d703a7c804cc, 0xe369d3f1c1cdfff6
	.quad 0xbfd1c074abe2bcdf, 0x7e1a69212198df1b
	.quad 0xfe92996b1041b25b, 0x804000007fc00000
	.quad 0x000297e16e788cfc, 0x7e8000008048542e
	.quad 0x1a7835d37fd7defe, 0x00000000017fffff
	.quad 0xc012a049d5980858, 0xc95081cb9d58140a
	.quad 0x391be305d6ddbfff, 0xfdd6a1ac3f9fc061
	.quad 0xfe82e4a4eec0ead6, 0xbfc89638c0cec48a
	.quad 0x3f9fa4adcd5a348c, 0xffdfffffffffffff
	.quad 0xfd82d05e765dfbdf, 0x4aab9e1beff93fdf
	.quad 0xbe5043a440e00000, 0x5e41981df8c47f0b
	.quad 0x8008b80b26de1989, 0x4005f970d468705d
	.quad 0xbdf8794e7fc00000, 0xfff0000000000000
	.quad 0x8000000000000000, 0x00000000806bebcd
	.quad 0x5a6a8199c07ffffe, 0x1d57ce1bebbdb7ef
	.quad 0xda5b1b8befca4780, 0xbff894929ae10494
	.quad 0xfff0000000000000, 0x3cbc28e38b983383
	.quad 0x4020000000000000, 0x8c14ccd9ffbafffb
	.quad 0x95ed074f14e67980, 0x807b0c5400000000
	.quad 0x0cb02153e3efbb0f, 0xbc548d7c6e08aabb
	.quad 0xe90c2008f7effe4e, 0x3fa87db0dc38310b
	.quad 0xea50bc8bf3037b50, 0x94947c617f800000
	.quad 0x466459eeee223f40, 0xc07c0c1c073ff437
	.quad 0x9b1b6ed0d9f6f9fc, 0x7da4c8053717e50d
	.quad 0x00000000544110bc, 0x3fbcaf04e0659c70
	.quad 0x2d78757b2fbbf9c0, 0xc3840000f1eff912
	.quad 0xfff5a0cd75b3a350, 0xff9fdbcf40f00000
	.quad 0x02b58a3f40d8b152, 0x2096339941c20001
seed12:
	.quad 0xfffffffffffffd9f
	.quad 0x00b42c0e2aaba19b
	.quad 0x7e3d26c155dbf9e1
	.quad 0x2c265fa2b767b619
	.quad 0xc18214333bc8b3e5
	.quad 0xfffffffffffffd03
	.quad 0x000000000000011f
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x5c3dc9c7fd5fbbb6
	.quad 0x000000000000034a
	.quad 0xea5d27c3b4c1ebfb
	.quad 0x16742149f0e5e92b
	.quad 0x04cca94726b9cb86
	.quad 0xfffffffde5ddfecc
	.quad 0xa4396b92763122b4
	.quad 0x04400000
	.quad 0xb0000000
	.quad 0x0502ea07c0c40000, 0x601db70dbff3fedf
	.quad 0x86fcc50ffdf6f1e9, 0x86baf8acfbfd2524
	.quad 0xf787b18fe377bbff, 0xebfc4aceffd7d20f
	.quad 0xda5f0e852743e70a, 0x41f0000000000001
	.quad 0x387fec04ff86fe00, 0x807ed198ef1956e8
	.quad 0x0000000104514713, 0x3f9b45c252887d91
	.quad 0xff800000c1180000, 0xbf90000000000000
	.quad 0x17a1eeca86d10000, 0xfb59aae500000000
	.quad 0xbd9b00004f0e8079, 0xc014000000000000
	.quad 0x7fe3bc7f396610fd, 0x7ff0000000000000
	.quad 0x00c01e10bbfd0000, 0xc02e07a68483534b
	.quad 0x92eb228d14aa5808, 0xbcfb10bf3955305e
	.quad 0x800000017fc00000, 0xe1cd3a93f3faffe7
	.quad 0x8276539055f1fbff, 0xe55685db2277d2e9
	.quad 0x3fd0000000000000, 0x40392b91e704dcfc
	.quad 0x3ffc000000000000, 0x80400000ff800000
	.quad 0x817fffff80000000, 0xe7fb394da294806b
	.quad 0xbbd5f7f1bbfa97ff, 0x1e49d989bb8bd28d
	.quad 0x7f800000ffc00000, 0x00010ccbdd2085d9
	.quad 0xf0357b737fefffdf, 0x7f90df46cf7fffff
	.quad 0xbfe8000000000000, 0x93c60e9deffdd500
	.quad 0x94d3f39269d37e57, 0xc0900000bef00000
	.quad 0x52e0c1b7621a1ec2, 0xedfaab66ddaffdf7
	.quad 0x3ff4000000000000, 0xcb9bd3ccfbffff3b
	.quad 0xfff56cb1e39fcfa7, 0x20d4af03f6d6fc32
	.quad 0xa7a029d9ebf6c366, 0x86377c376ffa5571
	.quad 0x8008000000000000, 0x401f34b4869d0962
	.quad 0x5bc7ce9644485684, 0x9e31dbf3ca197f48
	.quad 0x457c6b049e3517fe, 0xffcf770b7f800000
	.quad 0xff9ee02780000000, 0x4091579140f62da1
	.quad 0x0de34513ff89c8ef, 0x3bac8e6880000000
	.quad 0x56790d07350ec480, 0xe2c85c247f800000
seed13:
	.quad 0x0000000080000000
	.quad 0x0000000000000054
	.quad 0x00000000000000a3
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffec
	.quad 0x00005fce67a1fae2
	.quad 0x00000000000002bc
	.quad 0xfffffffffff2f384
	.quad 0x0000000000000000
	.quad 0x19a40ef52440bde7
	.quad 0xfffbc4ea1d6e265a
	.quad 0x3e607f7543996adf
	.quad 0xffffffe4cd897552
	.quad 0x00000000001e7359
	.quad 0x20d4630e753cacc5
	.quad 0xfffffffffffffc2f
	.quad 0x02c00000
	.quad 0x50000000
	.quad 0xc27a528d000b18a9, 0xce8b7459d8572265
	.quad 0xffeb2afb490dc459, 0x226f1a4f7d9f5ecb
	.quad 0xfff0000000000000, 0xc0effffffffffffe
	.quad 0xc1080000725f56d3, 0x7464a3e8411a0000
	.quad 0x4020800000000000, 0x57b7d8ebc2e479f5
	.quad 0xbffcd998feee26fb, 0x7fc0000040300000
	.quad 0x6e5795f0fffba8fc, 0x276b58044673782a
	.quad 0xc0ffffffffffffff, 0x7db876bcebaf7836
	.quad 0x13ccac484d167888, 0x0000000000000000
	.quad 0x7ff19dde36f72b9a, 0x0003770ddb717468
	.quad 0xb060d066bbb5c5f4, 0x0a02d1eff53740fc
	.quad 0x3fb78c265535ca03, 0xed45fe38ff81e16c
	.quad 0xfff47c71e8361402, 0xd41c9b30f7f71e88
	.quad 0xf203424c358f1980, 0x7f800000801b69b5
	.quad 0x80c3c8e19a05bd1c, 0x0ed55cfbc6400000
	.quad 0xfff8000000000000, 0x7ff5e6be496d0afb
	.quad 0xa121b0a8ff077e00, 0x6862fcceb77ef5ed
	.quad 0x9e6819d7ebdf7f22, 0x4a6e227f5cf6ddf4
	.quad 0x7bed88431d8dbba7, 0x413896c4dcd59c3b
	.quad 0x4022800000000000, 0xebd80fa307dbfc00
	.quad 0xb409d4bf1d7a3d43, 0xe119e592ab9bff65
	.quad 0xeea49dd98d91fe00, 0xeed389b53ccdcf0b
	.quad 0x7ffbdd5217957529, 0x4118000017d1332b
	.quad 0xbc1ec29e5f849fc0, 0x805e82c2c55be49b
	.quad 0xbffd3efb174b119c, 0x7f800000416fb580
	.quad 0xd22cc15885291c9f, 0xf7d8a43c0c6bddd0
	.quad 0x3c9e2d865f7a1f2c, 0xc00fe22d6433ec11
	.quad 0x00000000f7100dcc, 0x0af49e9b5425ef90
	.quad 0x09731ad9e71743ea, 0x13c9edb3d60cc740
	.quad 0xff800000c1040000, 0x7f86aec540a00000
	.quad 0xffdd7ba7a0ee0201, 0x754bc6c340f00000
	.quad 0xdfffba1a3fffdbff, 0x7ffcc17d80400000
seed14:
	.quad 0x000000000037134e
	.quad 0x000000000093c87a
	.quad 0x000000007fffffff
	.quad 0x3ae3c7a96699f11e
	.quad 0x00000000129025d1
	.quad 0x0020000000000001
	.quad 0x0000000000000095
	.quad 0xfffffc6541ce4ecd
	.quad 0x5c15de4946a7c0f4
	.quad 0x0000000000000086
	.quad 0x782170ecc90c8a40
	.quad 0xffffffffffe9151c
	.quad 0xfffffffffffffc41
	.quad 0x0000000000000003
	.quad 0x144c5a6ec46aa86f
	.quad 0xfffffffffffffe85
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x00000000ffc00000, 0xdf7ffffe3da08f04
	.quad 0x8a28205cbd77ffdb, 0x80ca159df94dfa03
	.quad 0xd32f8355fd083729, 0xffa35559e77db94d
	.quad 0x8179f62444218001, 0xc35f2e3bfa6fb814
	.quad 0xc7adbd18967730d4, 0x11032827c79e67c9
	.quad 0x155d1b1c7faa9ebe, 0x8337405b5435d4b3
	.quad 0xf5e21ade2beba9b1, 0xffd80044007fffff
	.quad 0xc6180000410c0000, 0x78599d4d5ba6fe03
	.quad 0xf44db901beddacd5, 0x6cd0c3173edcf821
	.quad 0xffc000003c1ec154, 0xd8847da0581b6874
	.quad 0x5ffcdb469639fe00, 0x41140000c398bd28
	.quad 0x0032ed1413a2eb81, 0xea586e755cb82a72
	.quad 0x9abe6f631d9c7c16, 0x3fe8800000000000
	.quad 0xb5ceead0d084d6f6, 0x1bb5aa27ff800000
	.quad 0xc1873227ff86e49d, 0xeb485ebd908b6714
	.quad 0x0000000040d80000, 0xcffffffea2a4b2bf
	.quad 0x0ed45355f43da5ef, 0x8000000000000000
	.quad 0xc12fc48fc0700000, 0x7844925b1142cd00
	.quad 0xffc000000078b4be, 0xd000131a82bbf9a4
	.quad 0xce721be14a9e7c00, 0x5f690d60b53db293
	.quad 0x3f3d7a2e7fc00000, 0xc07557c8a62641fc
	.quad 0x25437f1dfd2078a9, 0xe5d3d332842f183f
	.quad 0x3f950ddb7d532f58, 0xa3cf90fdff8fedbc
	.quad 0xfa8976fe80000000, 0x3fe0000000000000
	.quad 0xa397042fffbf6641, 0x335c1271501f7009
	.quad 0xbefae76980000000, 0x6c8d7f2038e8ffed
	.quad 0xd329c812ff777776, 0xed2cea9e9b7fffff
	.quad 0x9fa7e9cfd36b7405, 0x8000000000000000
	.quad 0x93e6a4cc708cdc8b, 0x19f93cf3ed56c830
	.quad 0xc10faec982065e37, 0x0724c472c62c0000
	.quad 0xa6642c8cc2a0c924, 0x39d64f8df031a0e7
	.quad 0x4008000000000000, 0x79d060e267b48400
seed15:
	.quad 0x9d39e54afa990dff
	.quad 0x80a5e0fbafcc819c
	.quad 0xfffffffffffffc7e
	.quad 0xb8596f3ea0530a41
	.quad 0xb5e75ccff77669e1
	.quad 0x000001c36e2134b3
	.quad 0xfffffd3231a584b5
	.quad 0xfffffffffffff432
	.quad 0xe503608e59074c1e
	.quad 0x92503ebf2613f0c2
	.quad 0x0020000000000001
	.quad 0x1423847a5d2d3b51
	.quad 0xfca755af5e01fe39
	.quad 0x0000000000000a34
	.quad 0x667f386a234e7da8
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x1b375e069e5e81ad, 0xbf82f1510c1e38d9
	.quad 0x80000000c0d80000, 0x7280275bffc00000
	.quad 0x43effffffffffffe, 0xc8e64bfbab1f7ecb
	.quad 0x42a070258888cf8f, 0x11607890f5f9dfff
	.quad 0x81f1303563fa5793, 0x2773b74fe46e8323
	.quad 0x003b3be0c32a0000, 0x7ff0000000000000
	.quad 0x800fffffffffffff, 0x01000000ffc00000
	.quad 0xff80000042a65076, 0xc0654d0379fdaf2c
	.quad 0x3fc9a00000000000, 0x8008fee4b510b85d
	.quad 0xbb86c09941d515ef, 0x366de27212170f11
	.quad 0xff088279cb6f8499, 0xc054f11cdb1a7c89
	.quad 0xfff65907c1de56fb, 0xc33df774ffa34f7f
	.quad 0x3fe0000000800000, 0xbf8fd6cd30cad715
	.quad 0xff1b0b4e3df00465, 0xc24a53a8817fffff
	.quad 0xe34cf4f3d5084588, 0x80000001121877e7
	.quad 0xbcc9294380000000, 0x608cbf579394665c
	.quad 0x0c29ef5def37dfbf, 0x0275483c0a7ee2d6
	.quad 0xe61a08417ef7deaf, 0xbf84bd280ea805eb
	.quad 0xb0b940e2fee3ecd1, 0xda00000140093585
	.quad 0xff98bb0fffc00000, 0xbf8c5cf4261b6f10
	.quad 0xbf2d000000000000, 0xbec00000ffc00000
	.quad 0x7ffac1ee86e531c2, 0x43d023c3849e580b
	.quad 0x411200007f9131ff, 0x0c8047403cc5f758
	.quad 0x0000000000000001, 0xf0ca9b7240f80000
	.quad 0x23da0ecb8de00000, 0x2b11728883f79dc7
	.quad 0x7fd0b0157fa1e39a, 0xfff8000000000000
	.quad 0xbfb7282da737f590, 0x7ff7367ce28552c3
	.quad 0x8000000000000000, 0xff80000040940000
	.quad 0xb075b1ab397e5934, 0x3f0535fa3ddd4177
	.quad 0x60756c5fed045b9c, 0xd822b7e37f800000
	.quad 0x7ff0000000000000, 0x816ff270c039ff6e
	.quad 0x99d6342e93c0fe00, 0x7ff0000000000000
seed16:
	.quad 0x8000000000000000
	.quad 0x32c63469cb6fa396
	.quad 0xffffd2cb9695f24b
	.quad 0x6a935ceb22315142
	.quad 0xfffffffffffffca9
	.quad 0xfff61bbee77d062a
	.quad 0xfffff398b3c7fb7b
	.quad 0x00000000000002e8
	.quad 0x51da38da8426282f
	.quad 0x1f1281c93b24a92a
	.quad 0xffffffffffffffa5
	.quad 0x00000000000002ad
	.quad 0xfffffe6375ef3bc4
	.quad 0x000838d61f838c65
	.quad 0xfffffffffff1dd8d
	.quad 0xefe7f84840f02b98
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0x24da2d8cffefc7c0, 0x477ffffec160dfa4
	.quad 0xc0a0000000000000, 0x290e57abefffefef
	.quad 0x0000000000000001, 0x8710cca6ea43be63
	.quad 0x00382db98847cb86, 0xbffc1e83c0a1f11b
	.quad 0xeedd49e0efc2f696, 0xbee9caf0007f24bd
	.quad 0x05982c5c3e755656, 0xbfd29d8342718b2d
	.quad 0xff8000004f85ef9c, 0xfff0000000000000
	.quad 0x9914039b40000001, 0x7fc0000080000000
	.quad 0xc180000080111735, 0xbf0963b82becaf96
	.quad 0xc000000000000000, 0xeadeac3f4b0b2d2b
	.quad 0xf41f9a4bbb834ed1, 0x0080a72e36900000
	.quad 0x7ff1d8f4fc40c6c5, 0x0000000000000000
	.quad 0xfff7aacffd1a6d74, 0x8000000000000000
	.quad 0xe98e3035e1cfe70c, 0x4170fcbbc1ba0dfd
	.quad 0xff8000007fad2979, 0xdbd1bbc4eae12c84
	.quad 0x3fd1d738b2a5db2d, 0x0c7be9d6aa50db8e
	.quad 0xfff128905e222a91, 0x4e019698afa3c74f
	.quad 0xffc0000092d4030a, 0x3fadd108007850ff
	.quad 0x59cee2a250e5ad1f, 0x0f303aac0037165d
	.quad 0x502d3644eb3759a6, 0x2e6bfb0fcfdf7dd7
	.quad 0x800000017fb72b00, 0x2acb0e7448c2aea6
	.quad 0xc1effffffffffffe, 0x4eab21c8fbcffa11
	.quad 0xbff0000000000000, 0x8633c64059fffffe
	.quad 0xe07573376822627e, 0xe50ec5c01c9c25fe
	.quad 0x9c0de3c5f5ee7d51, 0xbe801738f4fe2573
	.quad 0x7299905dffa3a4c2, 0x09eae96cd25697b7
	.quad 0x7eff4b3b73f2b570, 0x405088ff831484cf
	.quad 0xe295c43ecef37d74, 0x7ff0000000000000
	.quad 0x5687a83effc3fd4c, 0xa3e46418dbefffff
	.quad 0xfdb4cb527ad465f6, 0xc0fc000042e7e5a3
	.quad 0x317e7d126499420f, 0xff9983b8c0cc0000
	.quad 0xfff0000000000000, 0x0cd617da17b9c6bb
seed17:
	.quad 0x0000000100000000
	.quad 0x633ad738c6cfe648
	.quad 0x1acfa6ec8f834884
	.quad 0x7ab1b79e1ccdc3fe
	.quad 0x4fce1eb637f596c6
	.quad 0xb1c919a868f5eb99
	.quad 0xfffffffffffffc73
	.quad 0xe378fab476d00db4
	.quad 0xe3ded255acee01f1
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0xc1a2f67252f0a098
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x01d879a5dfc5c27e
	.quad 0x3ec398a7ea04e03c
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x7e318459eebb49d8, 0x400d400000000000
	.quad 0x4f800000f02137f3, 0x0000000078c78b55
	.quad 0x74efb9cb03700778, 0xc03d630d730f0b7f
	.quad 0xe76b4e6c542ecf0b, 0x3bbb54847d5da1f3
	.quad 0xfaf9073949fa3b3a, 0x3a04f0a07fe45808
	.quad 0x4a9050ed7f3748a0, 0x215e38f75da3f7b7
	.quad 0x79795f6804c7cb73, 0x8305d68d9587aee0
	.quad 0x42a2fdac74270bfa, 0xfffe3fedbfe1cde6
	.quad 0xffc00000129a4dd7, 0x7ff0000000000000
	.quad 0xffda6aa8567a2da8, 0x1215d4fd47179499
	.quad 0xc330000000000000, 0x4076d489da89dfeb
	.quad 0xbf8fe26b8ba89981, 0x065c5f75c3481496
	.quad 0xfff0000000000000, 0x39498000bc6f03dd
	.quad 0xdf800000c1040000, 0x8167f05e0052f069
	.quad 0xfff0000000000000, 0xfff67d0634226786
	.quad 0x080abdbd280748c0, 0x3e0478f178f29f54
	.quad 0xc072708a205abeb2, 0x816611b2f7dd7f7f
	.quad 0x4e5bdb857f7efd7b, 0x1bbd88ef9fa29477
	.quad 0x59ffffff7f000000, 0x41eb2871c2377f20
	.quad 0xc25088f8a51bfc8a, 0x7fa440527f800000
	.quad 0xbec4000000000000, 0x40480000007fffff
	.quad 0xff9179b03f500000, 0x7f800000e2ed0f30
	.quad 0x1550d93cff800000, 0x64a659c95fbdbfbf
	.quad 0x6dbe24293e400000, 0xffa10a3219bf5a7e
	.quad 0x3b000aa1131620de, 0x8000000000000000
	.quad 0xce80f1dfff7dde70, 0x3aebb4eaffbbd5db
	.quad 0x90f8eabaf977afbb, 0x97d7f4e9c24d8000
	.quad 0x7e7018111c3dd39f, 0x6d8e0af0ffc6ff7d
	.quad 0x7f00000044700000, 0xcd85c4b8d76e8b8e
	.quad 0x0021a425803eb533, 0x7fdfb21f80000000
	.quad 0xfd017038017fffff, 0x3fc86462489f1fd9
	.quad 0x756e3304fe800000, 0x7ee6c9b17080adda
seed18:
	.quad 0xcafbb46b3df49cca
	.quad 0xffffffffffe2181f
	.quad 0xffffffffffffff79
	.quad 0xffffffce539e2b0c
	.quad 0x00000000000081ff
	.quad 0xffffffffffffff6b
	.quad 0x73b8bb8d08d57cd3
	.quad 0x88692636ccac219e
	.quad 0x5c93a8df73bcfc56
	.quad 0xa0f315a8a967aa97
	.quad 0x0000000001000001
	.quad 0xffffffffffb3c8f8
	.quad 0x000000007fffffff
	.quad 0x00000000000000db
	.quad 0x00000000000001b5
	.quad 0x783592b634121ab3
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x3f873ae058ec6c9a, 0x80000000c0d80000
	.quad 0xc04462c66d6a4cca, 0x92a2da1bbf9c6d46
	.quad 0x007fffff80000000, 0x7533228ee93fc880
	.quad 0x401b800000000000, 0x7fc00000ff2f7453
	.quad 0x804000003eabaff4, 0xc05800003ec9de33
	.quad 0xc044000000000000, 0x1a21a903d99678eb
	.quad 0x82bbea3c6d0e3923, 0x400cdc374c3fc273
	.quad 0x5ffffffe1cee5155, 0xfff3dd30c404f66f
	.quad 0xd695843e376ffeff, 0x0013ae6197b2f6d3
	.quad 0x467a0c2bfbffafed, 0x7cc53b4f00000000
	.quad 0xff8000007f43696c, 0x4488213cf1c77c00
	.quad 0x7ff8000000000000, 0xb4171295a423e641
	.quad 0x8abd4344a03dfc00, 0xdfffffffff9d13cf
	.quad 0x2733ca78f2f67e71, 0x7be424dd8bebc224
	.quad 0xc0bbe00000000000, 0xdc63d67fb0644b81
	.quad 0x7ff8ab027f16d86f, 0x06534b39d9ffffff
	.quad 0x40c0000000000000, 0xbfde806f6964c1ab
	.quad 0x855217a249f3f9bf, 0x72e343e54c4ca0d6
	.quad 0x8000000000000000, 0x7f0b7bf8d5aebf71
	.quad 0x000fffffffffffff, 0x8f98e08fbb9c751e
	.quad 0x4120000000000001, 0x3d67cfcb009e32e5
	.quad 0x4b779853017fffff, 0x876a70a4cb94b12f
	.quad 0xbf8f89c8df31d8fb, 0xc04c000000000000
	.quad 0x369f5fcb09e93f00, 0x7ff0000000000000
	.quad 0x4001f537b2553093, 0x000fffffffffffff
	.quad 0x0000000000000000, 0xfa135250fffffffe
	.quad 0x7ff1916ad47b9bdc, 0xe68b3f66f37a7e00
	.quad 0x7e3fd2e705910ed3, 0x11964447f3a08000
	.quad 0x9b5cc7871072216c, 0xbfa2e00000000000
	.quad 0x4661e68ded3ce7d4, 0x03d7523b6d310000
	.quad 0x09d95cba156b8ad4, 0x244c9979276cc480
	.quad 0xf92b367b6cfc029a, 0x3f92b8ac8fdb7a06
seed19:
	.quad 0x8000000000000000
	.quad 0xe9ad0af78b1db5a1
	.quad 0x0c7e6d407b99bde4
	.quad 0xfffffffffffffd3d
	.quad 0x00002653bc3b521a
	.quad 0x0020000000000001
	.quad 0x5f2c7e976acbc215
	.quad 0x106df73a1cee7666
	.quad 0x0000000000000059
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xae8656d37858ae27
	.quad 0xfffffffffffcdbb6
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x3f9fcaeca4b140fc, 0x0208667ac40a5466
	.quad 0xc4959fba6aaf1617, 0x3f96ebe9d4412caa
	.quad 0x7e21ebabea38c05e, 0x2f0dfb1ff4eeb6b7
	.quad 0xfdd984b9a3cd05f3, 0xc110400000000000
	.quad 0x807fffff49bb5dc3, 0xbaa98a7ab16d8984
	.quad 0xdab4f5afffdf450a, 0x400a000000000000
	.quad 0x3fc6b1805d530cff, 0xff800000ffa2eada
	.quad 0xbf862a8bbb2a6700, 0xc01592dbacc0548c
	.quad 0x1b3a62ba7fc00000, 0x8346338c19bbe22c
	.quad 0x3690000041f87969, 0x3ff02118e1cbb6dd
	.quad 0x28209e958fa804fb, 0xfdc9997f3e300ec0
	.quad 0x1d95ae0847f8302c, 0xe7df8abb0ae853ea
	.quad 0x74ba671546b07f31, 0xb9bcea8447e80000
	.quad 0xfef3029f005dd61f, 0xc13b800000000000
	.quad 0x8c5c417ec35477d0, 0xc3ea495d553db19f
	.quad 0x800000007f800000, 0x7f7fffff29ba98ef
	.quad 0x43f00735ffdfbf3b, 0xc1b8ac096b1d989d
	.quad 0x41e0000000000001, 0x7ff11dd5669f766a
	.quad 0x61fb62ea90b6fd42, 0x7ffc1d161b1c7a9d
	.quad 0xaef1042612f0bf47, 0xc3e5f3d95d74a508
	.quad 0xe0bf8958b2508447, 0xac889170445ffe00
	.quad 0x31445cf1f35d4f70, 0xa1bda897f5f07f5d
	.quad 0x7ff8000000000000, 0x5fce718cf1b00ca5
	.quad 0x1ecae87824ff575d, 0xd4037fe1c2af7fdc
	.quad 0x780728af9fd13c48, 0x07ee79acffc00000
	.quad 0x43c8c8cc807fffff, 0xbfe53be989afebad
	.quad 0x800000007f72b2ca, 0x007fffff3e2e7229
	.quad 0xc02da16301000000, 0x911d14bafffb7cf6
	.quad 0x515138dabedee7ef, 0xfffe0ae1ab213008
	.quad 0xc4bc9b8d77e57ef7, 0x0000000000000000
	.quad 0xfde9dd70c8723b5c, 0x3d0ed97d3dd20755
	.quad 0x3bad7d931a1be96c, 0x8000000000000000
seed20:
	.quad 0xd6b3ba88e4b9c0d5
	.quad 0xc3c86ed31ea113ea
	.quad 0xa29da29a0ff44937
	.quad 0xf2dfbb98d118e773
	.quad 0x000000000000000a
	.quad 0x54cf082681a6cf17
	.quad 0x6719c40801e5c4c9
	.quad 0x0020000000000001
	.quad 0x001ea489f79c80d6
	.quad 0x00000e149b7a37cf
	.quad 0x00000008ee4a83e0
	.quad 0x529c02e32e571268
	.quad 0x0000000000000051
	.quad 0x0000000000000275
	.quad 0xfffffffffffffd52
	.quad 0xffffffff80000000
	.quad 0x01800000
	.quad 0x20000000
	.quad 0x74ea8d34dd3d313b, 0xff800000ba860000
	.quad 0x3deda5c1be800000, 0x00bb0a0e48cac560
	.quad 0x8000000000400000, 0x32786775a4f8fa7b
	.quad 0xc064e2d32c4165ec, 0x3ccdebe3b9800000
	.quad 0xcb17f426404ced2a, 0x1f2af14b4db8f677
	.quad 0x4023d53b840c427c, 0xd0fa9725547fffff
	.quad 0x17d48fd281bd4880, 0x000703f2249cd62c
	.quad 0x5e01e0e3ffab0000, 0x34edb7d94ee38000
	.quad 0xff16bcce10d1362e, 0x9cf70315f32dfebe
	.quad 0x7f8000007ecc229b, 0xc2aa2f04c2a80000
	.quad 0x7ffdc6a12356175d, 0x46c00000c1283497
	.quad 0x3fe1df5fbdd76402, 0x8544cfb3d59c7c00
	.quad 0x0336fb7bce099d65, 0x41180000f8692275
	.quad 0xffc000003a300000, 0x4f37f9bd49564607
	.quad 0x57417010d0293378, 0xa344130dfdfff7f6
	.quad 0x94a22ef9fbfbf8fc, 0x07fb11ab20110000
	.quad 0xa2484650d4ac0bd6, 0x5d88dda6fac50bff
	.quad 0xa8eb536efff1373b, 0x9054e67f7fa4736c
	.quad 0xbee8000000000000, 0xde729ce54e50fc84
	.quad 0x5b0470c7f6b8af4f, 0x8000000000000001
	.quad 0x0022be718fad2747, 0x7f9d4c5780000000
	.quad 0xc1bd625450f97bba, 0xffa10cf8c7800001
	.quad 0xffe8a3876da9defb, 0xb81c000affdafadf
	.quad 0xe052954d38cfb065, 0xeec0ddb46d891261
	.quad 0x3fd8696155058d9b, 0x8aae0a032eea3ffb
	.quad 0x1bb12799bf8b0000, 0x7f9e658180000000
	.quad 0xfff391b7381b167f, 0xeb3209420f47fc00
	.quad 0xa20f146df7ef4180, 0xfe6e51a7b287337f
	.quad 0x4020814e07e5497d, 0xbffc000000000000
	.quad 0x5ef2f526da837c00, 0x800000003f800000
	.quad 0xbe528e6980000000, 0x4255920430e24864
	.quad 0x7ff0000000000000, 0x20eb9de2fa823127
seed21:
	.quad 0x4b978386a9055f4f
	.quad 0x5f0169bd4a67b59b
	.quad 0x000000004554b9c5
	.quad 0x75070953715246b9
	.quad 0x845f47b4cbf411ed
	.quad 0xe22ee4caf0f92d69
	.quad 0x00000000ffffffff
	.quad 0x000000000000012b
	.quad 0xfffffffffff3a4aa
	.quad 0x00000000ffffffff
	.quad 0x0000000000000045
	.quad 0x000000042654faef
	.quad 0xfffffffffffffff6
	.quad 0x3b04722c3d502203
	.quad 0xfffffffffffffc8a
	.quad 0xd65b808bffd5acdc
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0xa679d6ee0d914100, 0xeed3950929d5fe00
	.quad 0x81341b2eff97fd62, 0xfff96db2f8f5efe5
	.quad 0x5f505868a3b267fd, 0xbf889adbaab1b5c7
	.quad 0x3fd4fb3b00000000, 0xbf70b55acd201b46
	.quad 0x000611167df89030, 0x80586706ff800000
	.quad 0xc5a1aa084f7ffffe, 0xcf6b258bf4effb9c
	.quad 0xccc831e9326473b4, 0x6fdc505c7f96b915
	.quad 0x7ffe35050dccc302, 0xc098000000000000
	.quad 0x23de0be3bafa7e97, 0xc05ef0215517eeec
	.quad 0xc021000000000000, 0x2ed524a2b5901c95
	.quad 0x5eec306ec20f1c4a, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x000000003fc9f92a
	.quad 0xc04e1d0dff748000, 0xe767225df219fdce
	.quad 0x49907a63c9ff96c5, 0x7fcf3ccf0a584713
	.quad 0x188ee3d1e13162da, 0xbfd00d21ffa8ffa2
	.quad 0x8bef0ededbe42098, 0xbffffffffffffffe
	.quad 0xa6d44ae7c8f3fad6, 0x4037a9391f927788
	.quad 0x7d942d9c4b2472f1, 0xdef244852ac20943
	.quad 0xce23666339ebfc00, 0xc016800000000000
	.quad 0x3fb57eeba18063b5, 0x0003cd4f912be684
	.quad 0xeb3ecb2b297325bc, 0x3983c9de9b7fffff
	.quad 0xa75409e606aec675, 0x6fed32a9273ec080
	.quad 0xc3f59e68ff47bd9c, 0x8249726906c74a6f
	.quad 0x7ffbe5565e8e3def, 0xc548c7f7c0ff0001
	.quad 0x3f7f641858e8815d, 0xbb460000c9340000
	.quad 0xfffb34c6d53cfc8a, 0xfa36ac754fed8400
	.quad 0xffc000003fffffff, 0x88f132177e800000
	.quad 0x81713aba26fe6489, 0x800dcc57c3556422
	.quad 0x5f00000140500000, 0x8000000000000000
	.quad 0xffae751a80264c13, 0x1fb948343effaf65
	.quad 0x20732345d53db7c8, 0x03469710b5a089cf
	.quad 0x4032c4920279e8f2, 0xff84848aff8bd244
seed22:
	.quad 0xffffffffffffeaf8
	.quad 0x0000000000000000
	.quad 0x4583a63cb427d966
	.quad 0x0000256242bc2327
	.quad 0x012410dd52d232a9
	.quad 0x000000000000032c
	.quad 0x0020000000000001
	.quad 0xffffffffc2f5cc9d
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000155
	.quad 0x0000000000000145
	.quad 0x000000007fffffff
	.quad 0x00f861b1666aa009
	.quad 0x0000001c738ac018
	.quad 0x0000000000000288
	.quad 0x00000002ce1fcece
	.quad 0x03c00000
	.quad 0xc0000000
	.quad 0xff800000efe7d25b, 0x0b969bf1413163c7
	.quad 0x7fc00000c82be574, 0xc06a9e6e2e6c0249
	.quad 0xd5e17b85ffb6fbff, 0xc3881a586a437e00
	.quad 0x2d2d4cfdef7db0ee, 0x4a10399bfef9ff96
	.quad 0x000000003d1616ef, 0x80000000c359335e
	.quad 0xf7a6e533b2c77c00, 0x880d7f0fbff8fbeb
	.quad 0x948c9fba680604bf, 0x0020000000000000
	.quad 0x4152122de1dbd8f0, 0xbf97e81536b81642
	.quad 0x14daa59883127e00, 0xc1a4e7aaf9b56fb9
	.quad 0x45b00000bb880000, 0x3fd818467ff5dc11
	.quad 0x0008000000000000, 0x6f398c39fff4fc84
	.quad 0x437c4e3ada39ec51, 0xdf45db4b7ff1fb5f
	.quad 0xfff530bf6892e13e, 0xc11c000000000000
	.quad 0x7da150a1caffa68b, 0xfff0000000000000
	.quad 0x8080000080000000, 0x0002ff51b35924a5
	.quad 0x82df5963160411ae, 0xffefffffffffffff
	.quad 0x7f9d12137fae9a3c, 0x773eb46abbce03bd
	.quad 0x3fe35002ac1fb52f, 0x80000000806b9261
	.quad 0x4d51325febd379f0, 0xcdcf8e957f226262
	.quad 0x40c00000cf889ee8, 0xfffbf2be7f800000
	.quad 0x0000000000000000, 0xbfe6eab89b221532
	.quad 0x0256eb89ec595802, 0x7f800000ff800000
	.quad 0x54e75085bff7bdff, 0x003e03f0b9a80000
	.quad 0x034f491a3869e2d3, 0xc0161501d9f7d09f
	.quad 0x25a1b0950bf129c4, 0x80345138dbb6eedd
	.quad 0x0374928f8d3f5056, 0xbcf9e4dc7f71fd2f
	.quad 0xbfae9dfd52112513, 0x40fe78bc7ebbfe00
	.quad 0x8e978bb000800000, 0x5c1ae3de847987ff
	.quad 0x80000000cf7fffff, 0x000000003e7a261c
	.quad 0xbfce9cdb2ba45da8, 0x0010000000000000
	.quad 0x008ff8d7435e0e48, 0xffff04923e851cc9
	.quad 0x408800007f800000, 0x02b4785bff9303ff
seed23:
	.quad 0x589f7cda0b300fc8
	.quad 0xfffff9d93e198e96
	.quad 0x0471157c7ab0e5f3
	.quad 0x00000000000001d4
	.quad 0xffffffffffffc919
	.quad 0xffffffffffffffff
	.quad 0xfffffffffff67385
	.quad 0xfffffffffffffe54
	.quad 0x000000000000021c
	.quad 0x0ed90d4cf236a9cd
	.quad 0x2d1d99c6bc3e4de2
	.quad 0x0000000000000c03
	.quad 0x0000001d3670d8ae
	.quad 0x000000007fffffff
	.quad 0x9f821e3ba4a8fdc9
	.quad 0xfffffffff7073743
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x131fd4b4147ccbf7, 0x8008000000000000
	.quad 0x00be8bac17b1fb0a, 0x8106c8ecd634b8ef
	.quad 0x0eb2d9a9c0a80000, 0xff800000bfbc4157
	.quad 0x8000000000000000, 0xf8b6c9612fcff484
	.quad 0x6878b841dfd3fe00, 0x8206e7b8af1b89ee
	.quad 0x7fc0000097ef2e23, 0x4011000000000000
	.quad 0x7f3bf8293d9ce849, 0x408006a5bf107eb5
	.quad 0x5f926317173eae6b, 0xffc00000407be3ad
	.quad 0x27bb8568effedf4f, 0xbfc271391aa674ac
	.quad 0xc0900000005c6127, 0xc6ab9f57feca0000
	.quad 0x7459128a28d083df, 0x82e6bb73f3ce74ec
	.quad 0xc6d49351f9f9e77e, 0x3fd6f72fbb140000
	.quad 0x3d4b032aad55b838, 0x7ff0000000000000
	.quad 0xc21b6137ff757c17, 0xfa72f6d67f26eab6
	.quad 0x6bb3db2b4cc93889, 0xae10f1b18eb4df2d
	.quad 0xbe357608e14f34d3, 0x691a61b00703e514
	.quad 0xfdf19bcedb1e83cb, 0xe55c12c5bde7ff68
	.quad 0x2c4fa6ae18cab34f, 0xf2e3608880c971ae
	.quad 0x79dbb7e5f5ee594e, 0x7e1e6c89c588b45e
	.quad 0x4021400000000000, 0x0005c8a9977df87b
	.quad 0xbf90000080000000, 0x88a8c7f6ccc6fbc0
	.quad 0x6dce8d45bfdf839c, 0xfeb7dbe068449272
	.quad 0x2957e77bc0380000, 0x406000be453d45f4
	.quad 0x004cca7c80299308, 0x80000000465c0000
	.quad 0x0a4c5bb9387e0000, 0x7f2097fd17b9c7ca
	.quad 0x0000000000000000, 0xb690f309ff8d5b3e
	.quad 0x6d766ce4c0980000, 0xffa2a874ce362aa2
	.quad 0x7cc65d9915fd7f5e, 0xbf8d820e33d93578
	.quad 0x816f7b65ea03ac13, 0x8000000000000000
	.quad 0xc01c000000000000, 0xbfbb5e8c23152911
	.quad 0x03af95e090bd3c08, 0x12b57810c0580000
	.quad 0xfffe936c5797a2eb, 0xbe866fa459f7c592
seed24:
	.quad 0x0000000000000151
	.quad 0x00000000000001dc
	.quad 0xfff389c5e302e829
	.quad 0x906884723a744330
	.quad 0xfffffffffffffe30
	.quad 0xfffffffffffffc8f
	.quad 0xffffffffffffffbf
	.quad 0x000000000000020f
	.quad 0x796291b6d74792e0
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0xcba67ab2af4bd474
	.quad 0x7dbd59aa3013d64c
	.quad 0xebb6bb9c10147d09
	.quad 0xffcb9ba9200429f3
	.quad 0x2f735695d46a7c68
	.quad 0x05800000
	.quad 0x10000000
	.quad 0x4019000000000000, 0xa41bf32b401eecaf
	.quad 0x4018800000000000, 0x7fa137723be02bde
	.quad 0x7024bca4fecfff3e, 0x7b14b2ddcbf95ec5
	.quad 0x8000000000000000, 0xffc000000df7203c
	.quad 0x412000004ffffffe, 0x34f7a934fff705fe
	.quad 0xbfb694570f3848e3, 0x513497ddfffe353f
	.quad 0x16dd3b5f4f26420b, 0x4ef0a703ffecfdff
	.quad 0x35bb7e9cff91a260, 0xff800000bf000000
	.quad 0x31b730d65233fec7, 0xfff7ff3ce479cac9
	.quad 0xbcde0ee4f5e81c72, 0xbd6809e03a800000
	.quad 0xecd691fd9bfdedf9, 0x43c9c929b9aba24b
	.quad 0xf502c2af6ff37f7b, 0xae5ad6534049bf34
	.quad 0x3c5e07337fc00000, 0x5028a76c3daf9494
	.quad 0xffc000003c97077b, 0x923aa03d7fd71931
	.quad 0x50c1ca3cc1550adb, 0x41600000c32917da
	.quad 0xe19ff07d7f000000, 0xc0c5000000000000
	.quad 0x9cab49eb22487c00, 0xc3effffffffffffe
	.quad 0xf2cbeec8ff9fcdd2, 0xef252f86cba7dff9
	.quad 0x803d1aa4fff1fe9c, 0xff80000000000000
	.quad 0x7d1dca41e7811797, 0xc7fffffe00000000
	.quad 0xc3a73d8608973534, 0x0002578da2c8e033
	.quad 0xc02000007f800000, 0x029203807f917800
	.quad 0xbcc3d3d64197b06e, 0xffd0000000000000
	.quad 0x02359f6447d5fd09, 0x8e4408ecfd7bbe33
	.quad 0xdf7fffff3ba00000, 0x1919800555800000
	.quad 0x36f7fbfc95634eae, 0xff8d2bfd3f480000
	.quad 0xff800000bf60c50c, 0xc264307647800001
	.quad 0x9e7286557d9845e0, 0x3a6e8551ee978000
	.quad 0x4006000000000000, 0xd239b2cfdfdfc5c0
	.quad 0x2d0ad94f06d37f29, 0xffff656cc4d9c130
	.quad 0x41160000be5cc7d9, 0x3c000000ff800000
	.quad 0x42dad2443f000000, 0xbfdc00b55243c069
seed25:
	.quad 0xffffffff80000000
	.quad 0xee5a7009a727b48b
	.quad 0x988e7a96f9608089
	.quad 0xe5b964df251a6e26
	.quad 0xffffffffffffff2b
	.quad 0x0000000001000001
	.quad 0x2479370de6a249a9
	.quad 0xffffc7195bbfbe9d
	.quad 0x1f77593334c607a3
	.quad 0x00000000000003de
	.quad 0x00000000ffffffff
	.quad 0x0000000000589b58
	.quad 0x205ef906567af728
	.quad 0x0000000080000000
	.quad 0x85c06434e171b1b9
	.quad 0xfffffd887ca91b80
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0x40500000bfe00000, 0xb48b6bb2f66fc7bb
	.quad 0x001b809ec2ac7de3, 0xc1140000163a2485
	.quad 0x7d9dbdffef74d787, 0xd1cb5744dd8207c4
	.quad 0x109be3d7b9787c00, 0xc21b83c3ff5e731d
	.quad 0xc037bc3b8e105d6d, 0x3fffffff3c1be473
	.quad 0xc1100000ffc00000, 0x7f800000098859a0
	.quad 0x0080000000000000, 0xc3d66560ffc00000
	.quad 0xe3f87015f428fc00, 0x00ffffff3d129942
	.quad 0xffbdc456bf251f5d, 0xa83dda33fd88d9db
	.quad 0xdf800001da000001, 0xe3dedbf832be7dff
	.quad 0x3f14000000000000, 0xe18ee75212807204
	.quad 0xffc000003d0de6bd, 0xe5365cc540987ff7
	.quad 0x9fa0daf8db6aef7b, 0xc06300e0ae00caa1
	.quad 0x85cf8c27cd827e00, 0x800000003bd4e827
	.quad 0xe2ece277ffb80000, 0x830d9f9826a36d25
	.quad 0xf7a21de1b7968351, 0x0584b55d7fea7c00
	.quad 0x0000000000000000, 0xbee622a37fc00000
	.quad 0x46c28c38bdcd851a, 0xbf600000c0754f3b
	.quad 0x7fc00000c0a00000, 0xbbb685b0e3fb78a3
	.quad 0x00114f62dfa4b4e5, 0x7f80000000000000
	.quad 0x80000000410c0000, 0xffc00000b8e40000
	.quad 0xddfb384745a1c000, 0xfff81e78680fe1ba
	.quad 0xce6b4c3c5bb0fe09, 0xbbe143db42f89c82
	.quad 0xc173dd717d8e8e5f, 0xbfc23345d15e5e36
	.quad 0x406429eaf36b55d8, 0x0155f74ab577472d
	.quad 0x0000000000000000, 0x885fdda4188b7935
	.quad 0x816391f562f8ef77, 0x40324e15500b3cc7
	.quad 0x40639f93d20c1e8b, 0xbffffffffffffffe
	.quad 0x5abe0a85e791a36c, 0x7dcc1c37b3e5fbf9
	.quad 0x8067798f94248761, 0xc330000000000001
	.quad 0xdb0cbecf5fa92d29, 0x5a62fb7d80672610
	.quad 0x000000008061492a, 0xa3fd2b8bdd2e8896
seed26:
	.quad 0x52970f1005262b61
	.quad 0x00000003c28c0728
	.quad 0x0020000000000001
	.quad 0x00000000000227b3
	.quad 0xffffffffffffffe6
	.quad 0xfffffffffc01f267
	.quad 0x110872deebb475e3
	.quad 0xde21d37faa2ee467
	.quad 0x00000000000001cf
	.quad 0xfffffffffffffff6
	.quad 0xfffef093744c1474
	.quad 0x0000000000000000
	.quad 0x000030ed2d81039d
	.quad 0x3a3750f441dcc9d0
	.quad 0xfffffffcb78904b6
	.quad 0x300d439215e6d78b
	.quad 0x02000000
	.quad 0x40000000
	.quad 0x1648b426007fffff, 0x00000000c0680000
	.quad 0x144b3c451dd1b5ed, 0x43520aab5f7fffff
	.quad 0x7ff0cbb2bd819972, 0x0d382a39d6920000
	.quad 0x800ef45942748d7b, 0x9b297d021c6effde
	.quad 0x939afc123f514032, 0x8dfaff8bcbfbb9f0
	.quad 0xc1fc7adddf800001, 0x65b090787dfafc00
	.quad 0xffe810cbee6561c0, 0x627f14bcf5ff8563
	.quad 0x7ff8000000000000, 0x4977c7cdd8d17bd9
	.quad 0xc399a2d1df000001, 0xbf958e216dc6fbe5
	.quad 0xfee63762ff800000, 0xfff990300dfb5d90
	.quad 0x638f83474dbd3420, 0x036251ad7daad09f
	.quad 0x6a74a8174d3a1aee, 0x88bf3d13bccc025c
	.quad 0x7ff0000000000000, 0xb1e88b37017a4aa0
	.quad 0x0000000000000000, 0xc2590000ff954aff
	.quad 0x7fe89697ff9f5c72, 0xbc7a23bc7f800000
	.quad 0x4023800000000000, 0xd91402de7abd09f3
	.quad 0x7aca4d25d4adbe80, 0x5daa21dbfffaef87
	.quad 0xff8bcb4d93624260, 0x8000000000000000
	.quad 0x4074e06575451793, 0xe13ede17d5912533
	.quad 0xe59352baffc40000, 0x1344a63f41676284
	.quad 0xc0572aedcc8046f2, 0x94bb5f6a47fffffe
	.quad 0x7effffffbf000000, 0x49f0bc78d22948c0
	.quad 0xfff3609777f23e34, 0x00000000ffb09106
	.quad 0x1aca7330c07fffff, 0x5a000001d7fffffe
	.quad 0xff7fffffc39404b5, 0xff800000ff800000
	.quad 0xf93fc691d20f0000, 0xd09520c854592651
	.quad 0xbe7d474dc7ffffff, 0xf279d75b5624fe59
	.quad 0x7ff0000000000000, 0x40ce000000000000
	.quad 0xbbe99f8ff1b3be83, 0xc024000000000000
	.quad 0x6211652f4b79d065, 0x254f0755b4d0c8c0
	.quad 0xc7fffffe7e87196b, 0x7ff0000000000000
	.quad 0x7fdfd6403ae80000, 0x40700000006ddad7
seed27:
	.quad 0xa9062e886e56552c
	.quad 0x000000000ee6634b
	.quad 0xfffffffffffffdca
	.quad 0xc12c90952c1085d6
	.quad 0xffffffffffffffff
	.quad 0x97d5ed52a9e6e0d7
	.quad 0xfffffffffffffff9
	.quad 0x1e70c243a1195808
	.quad 0x3fcc0a8a63a4bb3f
	.quad 0x000000000000022f
	.quad 0x0000000000000330
	.quad 0x28b0d27e2787fcbf
	.quad 0xfa6d3631d92ddf54
	.quad 0xfffffe7f375507b5
	.quad 0x000000000000003b
	.quad 0xbd178f395744f6cd
	.quad 0x05c00000
	.quad 0x90000000
	.quad 0x4f5a5691bfac01aa, 0xa60b806e5735c479
	.quad 0xc218807a1951e08b, 0x58ea685fb2b5fc00
	.quad 0x7fa0d6c1c205d438, 0xb703bd7eefe37e4d
	.quad 0x40d80000bd336279, 0xa6f0742a57e77ffc
	.quad 0x723f4585ff939c51, 0x7ff0000000000000
	.quad 0xe37452afdfcfbae1, 0xa2b99bb1ae3fc354
	.quad 0x00000000ffbdc539, 0xf4bb3be029c9f9f6
	.quad 0xc3477cf6c0e60a28, 0xfd731725a94fa4bf
	.quad 0x7fc0000080000000, 0xfff38f509fb3ebd5
	.quad 0x85be570adc9878b8, 0xf20027a6f988de49
	.quad 0xff800000805835f2, 0xa7d3420831dacccb
	.quad 0x7ffdfeef4b7150d2, 0xbf9cec6c7ff3357d
	.quad 0xc07061bb1ccd411c, 0xe1898f24debbb8e0
	.quad 0xc07dc1dd403be162, 0xffc0000041020000
	.quad 0x4c83caf2da348219, 0xffa5458c00464b7b
	.quad 0xa447c470ad0683ff, 0xc34d8d665f7ffffe
	.quad 0xfff8000000000000, 0x81000000c10e2e87
	.quad 0x0d1ad29f22b60000, 0x403e495c1cfc8222
	.quad 0x2bbca02fffdd7fff, 0xc020ab7656c6ee65
	.quad 0xbfa909a378454311, 0x41200000c36ec5c8
	.quad 0xc21ac73ab6900000, 0x800000000b5f1583
	.quad 0xb67db106fff7dfff, 0xbc36fa837eedfe00
	.quad 0xc21d46203e541129, 0x3733f1a951ebdb40
	.quad 0xce40855b7fefcb73, 0x000fffffffffffff
	.quad 0x98148a33ffd1ac09, 0xc28a817c9435c856
	.quad 0xa65331ae9997f801, 0x5f8000007319cf21
	.quad 0x3fddc84259489297, 0xc9d00000ff8c7d8d
	.quad 0xe5e78d6cc6338000, 0xffbab073beb6ca1b
	.quad 0x1f6e2b1bbfe6af80, 0x11cdc0727b51fc00
	.quad 0x82dd5a2c1e0d2d2f, 0xbf9b07595100880d
	.quad 0xc1a6dd72bd03a20a, 0x00330a7200000000
	.quad 0x32fdf5795fc48200, 0xacffb30efffb5277
seed28:
	.quad 0xffffffffffffff6b
	.quad 0xfffffffffffffd67
	.quad 0x4283db2cd24f9296
	.quad 0xffffffff7a3809ee
	.quad 0x9349f15a13851c44
	.quad 0x00000016437aa89e
	.quad 0xfffffffffffff6d1
	.quad 0xfffffffffffffc6e
	.quad 0x0000000000000061
	.quad 0x0000000009c9fd68
	.quad 0x00000000ffffffff
	.quad 0xda9bba235f3d0977
	.quad 0x32bb172c4d5a2bbd
	.quad 0x0000718e1e7b0621
	.quad 0x00003dd58ec07367
	.quad 0xfffffffffffffe76
	.quad 0x02400000
	.quad 0x60000000
	.quad 0xe7c560e840c80000, 0x002e417a3f514a80
	.quad 0x403ca7cf3f41ff71, 0x329e05494f137bfe
	.quad 0xefd04bdfefff4afe, 0xf6ef86d3d442fd1c
	.quad 0x0010000000000000, 0x4114000042ebafce
	.quad 0x43fe0000c0f80000, 0xc013000000000000
	.quad 0xfff318433da092c4, 0x995d1f08a9e5f8f9
	.quad 0x55f87b9a1d66fe00, 0x01e1373743600f27
	.quad 0x7ff3a877433e3c51, 0x7b0d8d1aebd293a6
	.quad 0x00516e425f000000, 0x7e269eb2c8bd1e00
	.quad 0x000ad221e190c5e4, 0xfe20bc707eff7a11
	.quad 0xda353a4fb7e6fe00, 0xfffc051c6f00c88a
	.quad 0x404d216800bea8ee, 0xbb8d625d01a460b2
	.quad 0xef4a1eccffaffde5, 0xb0f4ff6439e00000
	.quad 0x802d7614371e9ae5, 0x806bebea4cc4157d
	.quad 0x000000005f000001, 0xfffa96a63e96ae14
	.quad 0xbd68f39a3f053dba, 0x400a000000000000
	.quad 0x8042bd98c4d00000, 0x3d4083addf800000
	.quad 0xbe000000bfa31668, 0xbffe10da003999d5
	.quad 0x8002ec18c3d1a009, 0x7ff0000000000000
	.quad 0x993a91030e758ab5, 0xbf7b2e1d97537ff3
	.quad 0x64015517ffe5d0ed, 0x7fd7d0af970424bf
	.quad 0xfbffe9d4bee0b6bf, 0x9715b991d9bddcfb
	.quad 0xbffffffe36c00000, 0xffd6f681150dbe91
	.quad 0xff800000c1f51a3e, 0x0000000000000000
	.quad 0x001de3fb57435ef9, 0x99e88283e7efb639
	.quad 0xac0d597494688000, 0xbe43d69db39fe7d0
	.quad 0xbcba00007f5d066a, 0x40d80000bbb43a0f
	.quad 0x537252ea97ac2a6e, 0x457f79979533b8b2
	.quad 0xc044f00000000000, 0x1957812f2aac67a0
	.quad 0xbfa36537a3e83be0, 0x34503f816fde78e9
	.quad 0x81c399c314ddab02, 0x871db0c0ddc29e23
	.quad 0x4d0399ddffcf198f, 0xec241343f4a801de
seed29:
	.quad 0xe12c0b28afe1fcc2
	.quad 0xf2691a76be43086f
	.quad 0xffffffff3b88d081
	.quad 0x4cc9704c461a8dbd
	.quad 0xb5ddfb4178421e39
	.quad 0x0000000000000001
	.quad 0x1aedee06039b190d
	.quad 0xf3c626ef6fdb0b3f
	.quad 0xe655be8d285d2eb9
	.quad 0xffffe68374e9fc04
	.quad 0xf033781ed0b6e8e6
	.quad 0x0000000000000330
	.quad 0x000003910a8d6bdd
	.quad 0x000000007fffffff
	.quad 0x78d0b21035c83caa
	.quad 0x9e444a752fcffe19
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x7f8000007fc00000, 0x102a5a97ffeffcff
	.quad 0x02d8beb81794156f, 0x86baeb2f80000000
	.quad 0x8041cee1bf0274da, 0xc010000000000000
	.quad 0xffc000007f9f0897, 0x80800000ff800000
	.quad 0xafc1c1a2f3caca57, 0xc000000000000000
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0xd4e686410d54cb72, 0x41f30c69f58d7f86
	.quad 0xc094f2fdf63d8000, 0x0000000000000000
	.quad 0x847296e2fdc93a3f, 0xd0e6d08640400000
	.quad 0xbdb95f56ffcf267a, 0x00d995fa1c933f64
	.quad 0x3f62e3a5bd5ec19e, 0xc39104ccffa51a41
	.quad 0x5803173f31092d94, 0x373664f2ffa37da1
	.quad 0x78ed664469ac2afc, 0xc05ea13bd025c00a
	.quad 0xab4f19295cae7e02, 0xc276464680000000
	.quad 0xf06c880cc0d80000, 0xbfa5d77f7f583070
	.quad 0xcf8000004c5850a3, 0xbfa28ace97751a78
	.quad 0x7f687f45a2e0b5dc, 0x01000000bbe003ba
	.quad 0x007fffff4f800001, 0xe0dcecd373cbf560
	.quad 0xf58cca4e6ddfe52a, 0x00000000017fffff
	.quad 0x9a44fdcf80000000, 0x74c73350ff800000
	.quad 0xd98000015c199483, 0xb7eec0051e9f0000
	.quad 0xc0618693025988f5, 0x73f6568e098d3b34
	.quad 0xff8e6575fc6d1a6b, 0xc15e72ea40e3e2f4
	.quad 0x870bfffcbd3021ce, 0x800484b28a4afcde
	.quad 0xfd71e5e5276a7717, 0xffeffadf3fdbd638
	.quad 0xbee33b4f8ca1a038, 0x8a40a37106161842
	.quad 0x15654f1846e13e00, 0x7c3aa8b89d7ef99c
	.quad 0x4252e712ffd689f4, 0x0000000000000000
	.quad 0x031c7008b1d5b618, 0x807fffff404904d4
	.quad 0x7c82bb217fb219da, 0xda000000ffed60e6
	.quad 0xc3ffffffffffffff, 0xfef01264017fffff
	.quad 0x400e000000000000, 0xffc3fe23725cedef
seed30:
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x942069bfea8f0705
	.quad 0xfffffffffffffdc2
	.quad 0x6257c3fd0516decc
	.quad 0xffc6729241eeb189
	.quad 0xffffffef4cfd53ba
	.quad 0xffffffffffff1e55
	.quad 0x0000000000004cc2
	.quad 0x5185a9db01ae23bc
	.quad 0x1715ab01e20cef01
	.quad 0xfffffffffffffed4
	.quad 0xffffffffffffff2d
	.quad 0x8000000000000000
	.quad 0xfffffffffffe6407
	.quad 0xff8e273a6c01ff4a
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x966b49847ebb5fde, 0x09e177996236818d
	.quad 0x0253ebabf122ca83, 0x40bc000000000000
	.quad 0xa1d2b413ddbf5c7b, 0x000000007fffce38
	.quad 0xd93b012c77ffceda, 0xc00e000000000000
	.quad 0x0000000000000000, 0xb3a4fb76b1804fc0
	.quad 0xfff3f9eb9be8e5c3, 0x017fffffbe9cb935
	.quad 0x003d18b4d64548fb, 0x0000000000000000
	.quad 0x8316b439fd48263c, 0x467edd5eb4abbe5c
	.quad 0x7df28ed43daccf7c, 0x7f2c068740751819
	.quad 0xbcb23aef803cd6f3, 0x00000001c388e857
	.quad 0x2810daaadff4f5ff, 0x6c1dbe1f717bfc00
	.quad 0xee51ab697fbaffdd, 0x49d1d5ac5c857e00
	.quad 0x4000000000000001, 0x002036dc4270a7de
	.quad 0x8000000000000000, 0x14dcea56817bfa33
	.quad 0x81cf51fc1396d2fd, 0x7fe03aeebdfa3473
	.quad 0x7c6457d46fe17dec, 0x7ff92ab6024058bb
	.quad 0x7848bd78ffe7fc18, 0xc2eb58a22e177312
	.quad 0xf834502dff96d6eb, 0x7ffe1933321a6de6
	.quad 0xfffd598a1931fef6, 0x3ffc000000000000
	.quad 0x007fffff37c00000, 0x291b5c6bf57fa6fa
	.quad 0xc018800000000000, 0xab7725dbcea47c8a
	.quad 0x00100d09ff9cc06e, 0xc3a0000000000000
	.quad 0x6410adb5fdef3c03, 0xc9429e25ff800000
	.quad 0x7fd0000000000000, 0xc7387ffe29e87e00
	.quad 0x7fc000004388abcb, 0x003e1ce73d5bc3fe
	.quad 0x33e8ca84807f7f66, 0xbf9a6a23dc091f34
	.quad 0xbfe8000000000000, 0x80000000ff800000
	.quad 0x57f02ddbe3f9feaf, 0x8000000000000000
	.quad 0x43e4e6992fc9613a, 0xf2fa22813f3e12b0
	.quad 0x0000000000000000, 0x2265d117ffa98000
	.quad 0xf5df9d9173a54500, 0x3fa000007fb751c4
	.quad 0x7543ea7b08c5e3c6, 0x7b497fa980000000
seed31:
	.quad 0xff9f2941ee01c396
	.quad 0xfffffffffdccb540
	.quad 0xffffffff80000000
	.quad 0x018b94b4b1de9796
	.quad 0x7f44dff08bc3fffe
	.quad 0x000000000000e001
	.quad 0x756101d1358a117f
	.quad 0x5a3236760f1ba382
	.quad 0xba9c3f5e9ba7e978
	.quad 0x000a4ade2f7f34aa
	.quad 0xffffffffff9da0ec
	.quad 0x0000000000000024
	.quad 0xfd861d59b9eddbd5
	.quad 0xffffffffffffffed
	.quad 0xffffffd3d3d5f50d
	.quad 0x0000000000390677
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x6eb504dcffbf046a, 0x800000004029ee6b
	.quad 0x41fe1804ce01579e, 0xfe800000ff800000
	.quad 0x7f8000003f800000, 0x7ff0e6c8bf280000
	.quad 0xbc1be30effacc96a, 0x948424cbadc0eb39
	.quad 0xa9985c2bd1d70225, 0x7debe16b200fc587
	.quad 0x7ab09222700b9d4a, 0xa2889eb42c098189
	.quad 0xc4506aa9dbc57c12, 0x6f487cfbaae64bab
	.quad 0x00000000ff9c6e4c, 0x8000000000000000
	.quad 0xbebedcbcc0980000, 0xe919b9b6dde3f936
	.quad 0xbd0adb02da7fffff, 0x1cca3026ff3ea6ce
	.quad 0x40aa1dc3dffffffe, 0x9a8c9b46886348e0
	.quad 0xd042bfa3c0a97c00, 0xc3b3c86ba81f39c2
	.quad 0x800000007fc00000, 0x70cf573af8557adb
	.quad 0x00fb7c24fcfeb16f, 0xae42494641642007
	.quad 0x000a451da59a009f, 0x53a527b600000000
	.quad 0x9db4e83f3bb51e3b, 0xe575c8412e97d141
	.quad 0x26bc6190236283b0, 0x80092a69bcaf3c49
	.quad 0xabcdb74f7faf7c00, 0xbff0000000000000
	.quad 0x993fd481ff3bfeff, 0xfea6c0647fa7fe05
	.quad 0xfaca99585ffdffdb, 0x37c7730ca577fdb4
	.quad 0x60a468857ffd587c, 0xa097e6ab1238fc00
	.quad 0xbf9668fcbcf75238, 0xd4881e8fc16aa898
	.quad 0x7fe0000000000000, 0xcd670429fef9dbc7
	.quad 0x002505ce3abc4636, 0xfefa3a9f7f8b9ae0
	.quad 0xec4ca6db08be0216, 0x8020000000000000
	.quad 0x800526c8850325e3, 0xb7e0bc6c5b864880
	.quad 0xf50a445d2db757ed, 0x3ece183200000001
	.quad 0xa93710638d137664, 0x00000000cf37d6b0
	.quad 0x0e9ed6127fcf6ff7, 0xfff0000000000000
	.quad 0x3e5a323900000000, 0xbe873de2bee12dc9
	.quad 0x8002282f30bba913, 0xc08e7f43cf800001
	.quad 0x1869dc55863fa550, 0xfe5820eb82e35a4f
seed32:
	.quad 0xcc57a01ab055515b
	.quad 0x0000000000000000
	.quad 0x71d7dfd06829fb84
	.quad 0x0000000001000001
	.quad 0xffffffffffffff46
	.quad 0xffffffffffcd0503
	.quad 0xfffffffffffffe68
	.quad 0x284becfa9ddf4a15
	.quad 0xfffffffffffffec6
	.quad 0x00000000000001f6
	.quad 0x0000017f0524bf87
	.quad 0xfffff2f5e05ada2b
	.quad 0x686eb82418f67229
	.quad 0x7e8a8197a2cc43fd
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0x06400000
	.quad 0xa0000000
	.quad 0x0649b11bbfbfcb5c, 0xc08a555a7f800000
	.quad 0x711c8d05ec8f9d48, 0x9a6624917fb72324
	.quad 0x80000000c0000001, 0x8000000000000000
	.quad 0x407713c9d69ff0f6, 0x0000000000000000
	.quad 0x7ff8000000000000, 0x05c3b0163e57ff2d
	.quad 0x09d94d64eeddcf45, 0x3e453b937fded627
	.quad 0x3d35ead67faa40a4, 0x805cc8afedd2fc35
	.quad 0x21bbb4c851d843fe, 0x7e3551e7519397b9
	.quad 0x4057500000000000, 0x8102c883b3abd969
	.quad 0x404e7d9dedadc269, 0xde5e803a248b904f
	.quad 0x6c580b6d7bbf6fb1, 0xc3fb7eab804244c0
	.quad 0x803fec1e7ff1bd32, 0x40f0000000000000
	.quad 0x40a000008033690a, 0x4f7fffffffe37625
	.quad 0x002fffffffffffff, 0xa0cb1076bfcbc860
	.quad 0x00000000bd0def3f, 0xfd7f94e1ffda0088
	.quad 0x0f9afca67bfd57bf, 0xfff1c6cea4ce1844
	.quad 0x81d91e45ab19db1a, 0xffd4425c658f1c71
	.quad 0x3513511fffbbf998, 0x400eff2ef09d648a
	.quad 0xc6d94ea4d7a0fb0e, 0x017fffff3dbbf260
	.quad 0x02472850f86add7a, 0xfff0000000000000
	.quad 0xf398008e4b9e4590, 0xb44fc36c9dedffee
	.quad 0x00000000ff800000, 0xe56fe53febda7362
	.quad 0x4ee2b0eb7e256c61, 0x3ff31323b980f223
	.quad 0xc32ffffffffffffe, 0x1661d9168263dffc
	.quad 0xff9376e53c84dd1d, 0xda778a8dfbeffe90
	.quad 0x3fa22a265ca8b243, 0xfb269573c7800001
	.quad 0x7fc00000407fffff, 0xa0dfb82225fe0165
	.quad 0xf35f2ddcc8d707ff, 0x2769c22f29784f8c
	.quad 0x36e82ad3ba7870ae, 0x0000000000000000
	.quad 0xff6a539c12775189, 0xc1100000ffc00000
	.quad 0x7df8c4726260eddd, 0x205ba4a1722afc00
	.quad 0x0a08498541a8ba19, 0x00c9c13ef8d25eee
seed33:
	.quad 0x00000000ffffffff
	.quad 0x0000000000356477
	.quad 0x0000000000000000
	.quad 0x00000000000013cf
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xfffffffffffffff8
	.quad 0x0000000080000000
	.quad 0x8087651ff7d9a886
	.quad 0x17e3f681f48c5e56
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0x0000000000000048
	.quad 0xffffffff80000000
	.quad 0xffffff77293ebdd8
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x7e965e0d65b8c224, 0x7fff8449c7bb2a1d
	.quad 0x7feaf04db051d439, 0xc02a698c82750efc
	.quad 0xcf76a0c2641c7f79, 0xd2ab448fb0bdd93c
	.quad 0x8002aa6f321844f2, 0x8f89a53073dd5333
	.quad 0xffc30118dc4e7c56, 0x7b633509f7e7fe57
	.quad 0x3f11d63b37400000, 0xbf400000c17d5b73
	.quad 0x049a583385f91bf6, 0xc04d1a2105070ee5
	.quad 0x1649af9c78fd57ff, 0x653043f14c1076c5
	.quad 0x405c9a02c286472c, 0x8c44d86ab9b0ca97
	.quad 0xbfbf7c0500672bdf, 0x007e0f890af33487
	.quad 0x7ffe4831d0be570d, 0xedd05fae48c00000
	.quad 0x3fb01c86d4db8488, 0xff040430d60438c8
	.quad 0x18c833187feadfe0, 0xc1e82e17eda62d4d
	.quad 0x7ff8000000000000, 0xb6d27563b17e839e
	.quad 0xff2c8c1efa91187e, 0xc3f0000000000000
	.quad 0x7ffc68b8e4cdfe6c, 0xc3effffffffffffe
	.quad 0xc0f0000000000001, 0xc32fffffffffffff
	.quad 0x3d53683cffe646f9, 0xfffe8425ecf24be9
	.quad 0x43fe3a1b7f9f2cb8, 0x038a975207bbde83
	.quad 0x40ac0000c01f34e9, 0x7f000000ff800000
	.quad 0xc98a0000fe800000, 0x40c1600000000000
	.quad 0x97b1d28cfff7ae37, 0x276bf6e1fba6fbff
	.quad 0x3e6733ba40c80000, 0x000e85fbeb145d85
	.quad 0xff46d2b9aa834dd8, 0xbfc00000005e1f65
	.quad 0xffbadfdb7f800000, 0x000bd6df078bdca5
	.quad 0x4017000000000000, 0x02df77b17924cf33
	.quad 0x00226a9e7f800000, 0x46fb80004268a1ca
	.quad 0x007fffffc2558747, 0xbfdc5a45b74e59c5
	.quad 0xcf8cfc208ecc209a, 0x4046aea1e902d182
	.quad 0x24e7d0c9bf5822ba, 0x514027923ffdbfbc
	.quad 0xfb531a095ffffffe, 0x7ffe71ba9162a00a
	.quad 0x00d9fa72e90d43e6, 0x53f6d77d7f800000
seed34:
	.quad 0x000000007fffffff
	.quad 0x87e78c7f09ddf421
	.quad 0x0000000000000337
	.quad 0x7fffffffffffffff
	.quad 0x7257d2600eb90a30
	.quad 0x0001f5eff4f8925a
	.quad 0x0000000009f6e78e
	.quad 0x3eba14e8e1b8eaef
	.quad 0x307c72b41d674670
	.quad 0xffffffff98713966
	.quad 0x0000000080000000
	.quad 0x0000000000000009
	.quad 0xa2fbfef52d9f48a3
	.quad 0xffffffffe4e24b8b
	.quad 0x31aec993f1a8acd2
	.quad 0xa9db6e4d5a28efc0
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x482cd1fd4b7fffff, 0x5cbf80ab7344fc1b
	.quad 0x2627403ae3c6eec7, 0xbc824379764e0795
	.quad 0xbfd68bc3bae06ec7, 0xc0612312d81ea138
	.quad 0xbdf2f4efc8f80000, 0xc022800000000000
	.quad 0x1913e54f4de403b3, 0x436a02ca8bc6d0a9
	.quad 0x65fb81fc260c6055, 0x800fffffffffffff
	.quad 0x42aed8d9bfe00000, 0xb472e299212123c8
	.quad 0xbea0000052567dab, 0x46810b98d5dfb7df
	.quad 0xd1b39452fb7e3a83, 0x1f6d089f6fffffff
	.quad 0x7fefffffffffffff, 0x00f4cc167fc00000
	.quad 0xbfa128a661bb7dc2, 0xf2b6f4cf50f145d9
	.quad 0x80000000816721aa, 0x55817136f6f6db7f
	.quad 0x0cb3e8b8d998bfe2, 0x802be5d0ce69f5f1
	.quad 0x6a09fccaffded0c4, 0x5b4069bf3c0e0000
	.quad 0x5458d323fafff5fb, 0xc0432e093a7c271d
	.quad 0xc076010f7954e063, 0xad06da39ffee4620
	.quad 0x800000007fe22dfb, 0x0330228838b65fc6
	.quad 0xe3e8ed60f3c38000, 0xc0622721fbfbe3ce
	.quad 0x3fd1ca8f007fffff, 0x8e762375bba6fcc6
	.quad 0x7ff19c6193e72047, 0xc61754764b342185
	.quad 0x43820653ff755ba8, 0x3dafe032176dfffe
	.quad 0x3ff934fbd0aa39d6, 0x7f0be857f6837feb
	.quad 0x29eaee897fc353e4, 0x9b0bc6fd0b6efc00
	.quad 0x42f6c30aff000000, 0x412442230f257158
	.quad 0x7b69815a001fb00c, 0x3dd29084c120e202
	.quad 0xa35434c20eff0000, 0x4052f12f971b8890
	.quad 0x7fa46aaaffc00000, 0xfd53d2b7463c0000
	.quad 0xdf5b54f89b741fa5, 0x7fc4f40effb99a8c
	.quad 0x3f15000000000000, 0xffc000007f800000
	.quad 0x69f40fe7fffbdffd, 0xf6614e789b32f847
	.quad 0x8178eb90411a0000, 0x00000000bffffffe
	.quad 0x3fcd16fb2f1fe3f7, 0x0990c10ecbb73f99
seed35:
	.quad 0x885bfb0dbf94747b
	.quad 0x0000000000000295
	.quad 0xfffffffffffffce6
	.quad 0x0000000000000160
	.quad 0x0000001fd3373326
	.quad 0x2724810e32d9f47b
	.quad 0xfffffffffffaf272
	.quad 0xffffffffffffffff
	.quad 0x0000000100000000
	.quad 0xc0309ca5592abed1
	.quad 0x0000000000000286
	.quad 0xffffffffd8c95252
	.quad 0x122986e19fce8d1a
	.quad 0xffffffffffffff2c
	.quad 0x7fffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x04800000
	.quad 0x80000000
	.quad 0xffc00000658554fe, 0xec27a6dac4cef2a2
	.quad 0x28a326865cd87568, 0x8249697b07a43781
	.quad 0x02f3482db1f0c180, 0x6fc2ef25ffc00000
	.quad 0x7f5734105b856646, 0xbffbfb855bf16c24
	.quad 0x7ff37f76d4eff094, 0x06c5a66263b44c3f
	.quad 0x8305a10302e3613c, 0xaffcbebefdef35bf
	.quad 0x8000000000000000, 0xfe60fc7cd7cf2625
	.quad 0x007fffff1b95cb51, 0x7ff8000000000000
	.quad 0x5eb973eeecc57be3, 0x800fffffffffffff
	.quad 0xbbd45a5c7fdabdf7, 0x3e207e9cc1cff17c
	.quad 0xfff0000000000000, 0xfffab7a02fee2416
	.quad 0x7ad7e1f7419f2e07, 0xff800000abb636a3
	.quad 0x6811d421f909fbff, 0x7ff0000000000000
	.quad 0x31d2113fdf000000, 0xbd073c6eef79cfb6
	.quad 0x66ebd9c6ff9dce57, 0x8000000000000000
	.quad 0x43527f6a6fb9f900, 0xbe2d7f6941e68fb2
	.quad 0xece6295b2a9b838d, 0x605212de71e7fe61
	.quad 0x7ff0000000000000, 0x7fdfc17c37feff48
	.quad 0x03d3f9aa5fd7ab03, 0x7ae8cbac7db65f02
	.quad 0xd9ffffff40500000, 0x001fffffffffffff
	.quad 0xc0b7ca92759df31b, 0x000fffffffffffff
	.quad 0x402fcefa290f8c51, 0x7fdfffffffffffff
	.quad 0xc7800000eb4e8e67, 0x00000000ffc00000
	.quad 0x210ce131ffdffeb3, 0xbd25c8426707adbc
	.quad 0xbf6a800000000000, 0x7c791971cff1c585
	.quad 0x8b1f403b4a810014, 0x9f822ad87ddfc537
	.quad 0xc7b254cf817fffff, 0xff7fffffd627bb1c
	.quad 0x7fc0000003bb5456, 0x7f80000045808000
	.quad 0x0000000000000001, 0x6dfbb065ffffdb7d
	.quad 0x00a116a892d0310d, 0x4023000000000000
	.quad 0xe16df89fe9d1fd7c, 0x14896433fac4b154
	.quad 0xfff302e6bf800000, 0xae7c4f0b63569d71
seed36:
	.quad 0x281037c59ce876d6
	.quad 0xffffffffffffff78
	.quad 0xfffd123104729ff2
	.quad 0xb9e955971b0b050c
	.quad 0x0f2929a0a82dbbdc
	.quad 0x0000000000000001
	.quad 0x95980c7bf075d991
	.quad 0x0000000000000541
	.quad 0x0000000000000052
	.quad 0xfffffffffffffdd9
	.quad 0x000000000000a31d
	.quad 0xe5e8d91e77b2a41f
	.quad 0xffffffffffffffea
	.quad 0x0736703e03b14581
	.quad 0x3ab0c51b46d5e54a
	.quad 0x00000000000002d5
	.quad 0x06000000
	.quad 0xe0000000
	.quad 0x7fb39cebbfa00000, 0x5afe1b8d84030800
	.quad 0x825150b7d085c088, 0xb9187aedc7ff91eb
	.quad 0xf855886f80000000, 0x005e09574eef0a78
	.quad 0x055f435069bafc00, 0x7f560525662d07c9
	.quad 0x071e197f7fff35cd, 0x452dbe9397b5868e
	.quad 0xbf0b99970f308061, 0xbef5000000000000
	.quad 0x7fc00000487a0000, 0x007e0eae3f300000
	.quad 0xc2f6428f7d5747af, 0x8e89c35543177b42
	.quad 0x35d00b69bbc979d4, 0x4040000080000000
	.quad 0xc0c8200000000000, 0x401990c11d6ba2f6
	.quad 0xb605e06aa9477eb9, 0x32cb93683ffffffe
	.quad 0x61792562d080abfc, 0x8c76a1f080000000
	.quad 0xc1e21ed843563dde, 0x1e0b5acbcb7fe58f
	.quad 0xfff0000000000000, 0x7862c2c840880000
	.quad 0xc6660000df000000, 0xc010000093cebbae
	.quad 0xbfa0000000000000, 0x7fa4290d80a4900d
	.quad 0x80a744eba0107e00, 0xfeffffffa3d82cb0
	.quad 0xb02ecdf8cf805f70, 0xffc000007effffff
	.quad 0x227d98b4ab94faf0, 0x5b5ff7a2548b4400
	.quad 0x5a7fffffc3a610a6, 0xc0c3731ccfffffff
	.quad 0x85141a55ffb7af6f, 0x3ff6000000000000
	.quad 0x6180f8d41fea0370, 0x7f80000000743130
	.quad 0x4021400000000000, 0x9e45c804d002ec81
	.quad 0x0000000000000000, 0xffe0000000000000
	.quad 0xccbaaeec7fbeeeff, 0x95f6f5808109791b
	.quad 0x4375de6120da94f3, 0xc014000000000000
	.quad 0xfdc39b00df9c0b62, 0x343171ae7fdff5f6
	.quad 0xdf9a6f6c3da1c516, 0x35df63161d330000
	.quad 0x3f954420ffc00000, 0xffffc5cef9226d8c
	.quad 0x318e1d0861243356, 0x0004fada97e76f2b
	.quad 0x0371192572a0c3a2, 0x45600000fb2fa764
	.quad 0xd89ec04ceea7c103, 0x3ff0000000000001
seed37:
	.quad 0x44e066b0cd9c4dbb
	.quad 0x0000000000000393
	.quad 0x0000000000000001
	.quad 0x0ef750f89acc7d04
	.quad 0x0000000000000033
	.quad 0xfffffffffffffd28
	.quad 0xfffffff52e052ad9
	.quad 0x2196a9bfe5542031
	.quad 0xff11c7d7b8255d2d
	.quad 0x00000004a7827ee3
	.quad 0xfffffffffffffc76
	.quad 0x0000000000000001
	.quad 0x00000000000001c0
	.quad 0xffffffd82cd41f7b
	.quad 0x0000000080000000
	.quad 0x00000000000002bd
	.quad 0x03800000
	.quad 0x10000000
	.quad 0x1832423fc6d0fd25, 0xbeb8f1c8fe3e6fd8
	.quad 0x3ff540a9ff000000, 0x7b5444157c1adbb1
	.quad 0x95ddb949a0c94f04, 0x519a5cd26fbffddd
	.quad 0x164272c080000000, 0x017fffffbbfd1a1e
	.quad 0xc013000000000000, 0x8a1a8759bf8745ca
	.quad 0xfff0000000000000, 0xc58e4001fa9c3769
	.quad 0x7f8000003c83b954, 0x4330000000000000
	.quad 0x7ff1f200c45d7db3, 0x3fe000007ff1768c
	.quad 0xbdaacb5a70c9e605, 0x80000000c0500000
	.quad 0xffcdd94bb6c4a14a, 0x001925cff3c7d401
	.quad 0xbd13e8a97e800000, 0xc1e0000000000001
	.quad 0x4321e98d7f83507b, 0x3d2804343f38bd71
	.quad 0xaf1abe696bffffff, 0x001fffffffffffff
	.quad 0x7ff0000000000000, 0x7ffb9cf430153a06
	.quad 0x9b80b9c4f64b87be, 0xc3b40470cbee7fa4
	.quad 0xbfcd1b10905e5a10, 0xbfc31023a451b9f9
	.quad 0x2fe9d20a7ffffcff, 0xa650d6363a3b0200
	.quad 0x63a07859e91b809a, 0x8139789fca6eb6fc
	.quad 0xff800000ff800000, 0xffb177fedf84c94e
	.quad 0x59afa9b07fe6f94d, 0x189aacadc361a63d
	.quad 0x374ea7795f109c75, 0x42eeef5d3e391691
	.quad 0xc19c6be5dbcfff58, 0xff89fad401000000
	.quad 0x09109e8900000000, 0xbb6bc43f8e7e07e0
	.quad 0x3d699eb2ffb93b09, 0xf072baa1b96588be
	.quad 0xe43fbb95ffdd7ff1, 0x0005fc3b7a22bd64
	.quad 0x982714c9bfd95abb, 0xc05f4cc1788cbf26
	.quad 0xfffd349607f31d60, 0x18b65326ceaec4c3
	.quad 0x5c3f6b01c5a66618, 0x03bc21d0958d64a9
	.quad 0x5671d41490abfc04, 0x338d4d0ffbe3efb7
	.quad 0xe71ea5b3d6eef3bf, 0x02360d2ae04e4c96
	.quad 0x6cacf253f7c34e43, 0x800f0af205292754
	.quad 0x80ccab2342e9c5f3, 0x7908e5e8134d8000
seed38:
	.quad 0xbc8266300a5b0f09
	.quad 0xcde52c133062c853
	.quad 0xffffffff80000000
	.quad 0xe54c3fc64a387016
	.quad 0x00000009004fee4a
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0x8000000000000000
	.quad 0x0ef6da6c947b1860
	.quad 0x0000000100000000
	.quad 0xffffffffffffffff
	.quad 0xc0ad30e55aa088ed
	.quad 0x0000000000000001
	.quad 0x4c8f6aa37ca49483
	.quad 0x0000000000001cd5
	.quad 0xfffffffff3093f6d
	.quad 0x02400000
	.quad 0x70000000
	.quad 0x7908bfb7ff9cfde9, 0x700b21d4c01874b7
	.quad 0x804069c03b4c23f0, 0xff20ab4c7fd4684a
	.quad 0x5876b1e2737fff0a, 0x7ff7cb2f7901c5d5
	.quad 0x6ace3fb0ff800000, 0x406fdc2b60571cd0
	.quad 0xfff18ea5e9782894, 0x8c8cf76c4afe0a00
	.quad 0xf16418b14d8e00b4, 0x7ff8000000000000
	.quad 0x1712a4ea3dbc27a4, 0x7f800000001d3591
	.quad 0x7fdfffffffffffff, 0x7e8000007d586a9d
	.quad 0x8020000000000000, 0xd1a28084978ffe35
	.quad 0x9951ba2cffff1fff, 0xbe1a61d03f800001
	.quad 0x4193ffd5828f9884, 0x1c25290d80ffffff
	.quad 0x2389ff6f9cd48000, 0xe9f0821269b7c79c
	.quad 0xcc5b69d7ffdf797f, 0x6fb999e9ffd281f3
	.quad 0x0d5d503a177fae7f, 0xfffa926a2c3c6486
	.quad 0x738ca6eda3f838c0, 0xffbcbb58006da29b
	.quad 0x40594d3b1aff3cd8, 0x12b7115783ffffff
	.quad 0x8000d9af583d72b5, 0x24af258efcdb9fb0
	.quad 0xfff689c77eb21ae6, 0x4fffffff801750ba
	.quad 0x000000017f2b6e13, 0xf6ce5ecfed9c81c2
	.quad 0x8359a456a07cfd8c, 0xa1acc8e8bbed6598
	.quad 0xd9a4abe748293758, 0x7fb750b6c6000001
	.quad 0xff8000008a00e774, 0xac9cb4f92af6ff3e
	.quad 0xf56fe5b359d9c540, 0x653445b5f675feaf
	.quad 0xcb9814bf54adb04d, 0xa9b62130bdffb5ff
	.quad 0x4e9f6b5f15d4db50, 0x3f77476e092b7af3
	.quad 0xe0951ddd0421e465, 0x41a0e72a40560597
	.quad 0x3bab7865c1f9fd8e, 0x715298f8ffef7d99
	.quad 0xc1973e3600000000, 0x7ffc0257724baf2e
	.quad 0xffd0000000000000, 0xa024bc347fcd0445
	.quad 0xc01000007f9dbcaa, 0x7f0c78e079ba0ef5
	.quad 0x3fe000008136e2a7, 0x6d0149bd7bfe7b7f
	.quad 0x16d87bafbd18d403, 0xfff0000000000000
seed39:
	.quad 0x7b884e01f0c97d09
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0xffffffc20db59886
	.quad 0xfffd12739138604a
	.quad 0x9929453f7fa01f31
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffd
	.quad 0xffffffffffffffff
	.quad 0xffffffffe1e612bd
	.quad 0x5ba4d31c8a69ed17
	.quad 0x0000000001000001
	.quad 0x576c5320d1b06c6c
	.quad 0x2cd5cb3ddb34594b
	.quad 0x0020000000000001
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x440000006c915cf4, 0xa51546b1af7e7e4f
	.quad 0x7fc0000009fee789, 0x7c922967bed47e00
	.quad 0xff800000c37ae363, 0x319acdd81a5b7200
	.quad 0x49d00000c105b51d, 0xbbf7b68580000001
	.quad 0x3fd0000000000000, 0xfff74af62e0230de
	.quad 0x947a733ed5fff850, 0x817fffff3fcbc8ca
	.quad 0x6055aac6bd24a2e6, 0x7ff0000000000000
	.quad 0x3a8c000040d80000, 0xb490814cb3d4466f
	.quad 0x412908c9c0500000, 0xeef88aaa71cfe8d3
	.quad 0xc0d74784fdbe854d, 0xbb4c6defffb5edef
	.quad 0x06e31d489777d7b7, 0xc0aee80437add633
	.quad 0xdbd5c09b6a72c9eb, 0xc00ffffffffffffe
	.quad 0x800000004d37723f, 0x72f6ad5cffdf173d
	.quad 0x7ff0000000000000, 0xff8f374780000000
	.quad 0x08c36fb636f6fc00, 0x003525bb7e800000
	.quad 0x7ff225d4db9b914e, 0x400ffffffffffffe
	.quad 0x404cbf4bda09b9d9, 0x7e9a05238c36ab15
	.quad 0x8054f12fc0878725, 0x401f000000000000
	.quad 0x000cb52e885679dc, 0xc036000000000000
	.quad 0xc048572de014f4a7, 0xc03b9f233b5998f5
	.quad 0x9489ca97ffb374cc, 0x502fb13ca1ae67b8
	.quad 0x2c0d213fcd72bdea, 0x39e9e15c80abb7e4
	.quad 0xbbfc6208ff557955, 0xd0c45b00ff97de77
	.quad 0x7ff4a053592f231a, 0xbf801aeb780a7abb
	.quad 0xfedb32847ab99597, 0xc0c1554a1a68e689
	.quad 0x686fe407bfc0fad4, 0xc022000000000000
	.quad 0x00000000bf000000, 0xce2166540e226d74
	.quad 0xef4f10b3ae32febf, 0xff1d54a11b57b58c
	.quad 0x03a9308a6fd36cd9, 0xaa6bfb25fed2c9fe
	.quad 0x80e1ef6c7e81742f, 0x1406931e5085080e
	.quad 0xffbccbe68d99d303, 0x7f800000ba2fc48d
	.quad 0x2f80ded485c44441, 0x741f447cffd1a1bb
seed40:
	.quad 0x791a2895daaa18ee
	.quad 0xfffffff9f79291fb
	.quad 0xd483689b29cd9472
	.quad 0x5e3fadf401fe19f9
	.quad 0xfffffffffffffc8a
	.quad 0xc617a911845adcac
	.quad 0x0000000000000277
	.quad 0x00000000000001da
	.quad 0xfeb7b15c811694a6
	.quad 0x0035486a9164d33f
	.quad 0x000000000000021a
	.quad 0xfdd6a329af4e199e
	.quad 0xfffffffffffffff9
	.quad 0x0b44955c0e3809a1
	.quad 0x03b25ca05ea5bf69
	.quad 0x000164ce0f4bb29d
	.quad 0x02000000
	.quad 0x90000000
	.quad 0x7e4c7cba30020566, 0x7f8000003e5cafb9
	.quad 0x0a9e37a8ff7fffff, 0x88375a4c170dfee7
	.quad 0x802235af4bdcf748, 0xc11800003ef350ff
	.quad 0xbfd8000000000000, 0x7fd0000000000000
	.quad 0xc02ff0870668810c, 0x6007788eb72e01e9
	.quad 0x402c847feb0687a2, 0xff800000c3d87832
	.quad 0x000008be0bc28be1, 0xfff9db64803fbc67
	.quad 0xe3375c3cf36ffc33, 0x7ffe990316b370b6
	.quad 0x13a53a9b40b0416a, 0x7fc000007f85afc5
	.quad 0x8000000000000000, 0x800aebcabcef95f6
	.quad 0x7ff8000000000000, 0x30a2ec8297377c00
	.quad 0x4078000000000000, 0xc7ae8000c7ffffff
	.quad 0x9cbbed18fff6ff76, 0x6591d8357b3043fe
	.quad 0xc2be56cd1414aee5, 0xfe29f3eacdb616c0
	.quad 0x24c17980ffb242d3, 0xffb5b418ff800000
	.quad 0x7fc0000040bc0000, 0x43ffffffffffffff
	.quad 0xff80000041160000, 0x7ec8936527df0b3d
	.quad 0xbf87dc5a5413c898, 0xc74ab2b07f96119f
	.quad 0xbf976da2151f5a2f, 0xfde07c75db8f397b
	.quad 0x6d511e7f3bc70bf8, 0x40544568f58128e6
	.quad 0xb000ad37d5100000, 0xbfaa37f94ff99100
	.quad 0x50f70db610fbfe00, 0xb7e3e81f42b09aed
	.quad 0xc078ba5bbdcf3700, 0x40505f700988f78e
	.quad 0xbf9c11c0e1a21254, 0x86ebfa848472fbe1
	.quad 0xea784f8f35642612, 0xd78ce9bcffdfbdbe
	.quad 0x278dd50bdb47c27f, 0x01a2dc41f313ba06
	.quad 0x865eeab3cad97e00, 0xb8400000c1140000
	.quad 0x864868fefbfd77b6, 0xfff61f10c4a7b409
	.quad 0x802fd0904305689c, 0x7478aadec373662c
	.quad 0xa8ce0b3ac9b740bd, 0x2dc33026dd892468
	.quad 0xcb5de6247c548be8, 0x7ff255ebeabde52f
	.quad 0x8010000000000000, 0xfff1911a6914cb08
seed41:
	.quad 0x5b1d9cf0761dbdd9
	.quad 0xfffffffffffffc64
	.quad 0x000000000000039a
	.quad 0x001a86a8bcc47b22
	.quad 0x0000000080000000
	.quad 0x0000000000000cbd
	.quad 0x0000000000000202
	.quad 0xfec33e6ed5231124
	.quad 0xf3892472e50219dd
	.quad 0x00000000000001ad
	.quad 0xb2246d8eb467e4e1
	.quad 0x00000000000001b8
	.quad 0x0000000080000000
	.quad 0xfffffffa2fa22292
	.quad 0xffffc212dd375769
	.quad 0xfffbd27ab750a89d
	.quad 0x04c00000
	.quad 0xe0000000
	.quad 0x402abbf33618bd93, 0xfff622ee9bbdf929
	.quad 0xff685c89b30f674b, 0xbfe8000000000000
	.quad 0x7f800000406f6539, 0x8013c3feffc00000
	.quad 0xff800000ffb90ff1, 0xbf7dc25699c880ba
	.quad 0xffc000004fa78cf2, 0x8010000000000000
	.quad 0x800b0c9ba47b1c59, 0x7fd0000000000000
	.quad 0x9c686f9780000000, 0x7fe327f0113e0873
	.quad 0x5d565e33408822f2, 0xa6140322f620b837
	.quad 0xc11cbe53b6cc87ff, 0x7f800000e5230159
	.quad 0x67014c2eff9ec700, 0xe41ec4ecc43f78c2
	.quad 0x7fa61d320f2dc327, 0x188f93a700107c42
	.quad 0xce5f28533d18cd99, 0xfff181bd1f8aef62
	.quad 0xd7286aa1fcfe0000, 0xde914310ffffffff
	.quad 0x00f55f2d373779f6, 0x8000000000000000
	.quad 0x1f562f943ffe26e3, 0xd135bda6cd1881e5
	.quad 0xfff0000000000000, 0x476d0000ff866f07
	.quad 0x0188618c3057c2b3, 0x3f2000007f9e4cd2
	.quad 0xfb62608dab00fc00, 0xc065f41105c4de65
	.quad 0xc01c000000000000, 0x8006f9700e57bf30
	.quad 0xc040ae47d5b03c4b, 0x6c70734810622e5e
	.quad 0x6af4d7e14ffad460, 0x807f39cbffdd03ff
	.quad 0x8c11403ee591fbff, 0x8000000000000000
	.quad 0x624002fa016ed348, 0xc040000002c313f3
	.quad 0xf748e905a59fc600, 0xfff710d0f87a4836
	.quad 0x3c361a2bff800000, 0xefb246b2f50465d7
	.quad 0x3faff93d80554571, 0xc9dba35fffa9fc00
	.quad 0xc01b000000000000, 0xbf99a472858bd87a
	.quad 0xfff0000000000000, 0x7ffc09c47ec0428e
	.quad 0xfbdd325f62bb7b5e, 0x9798eaabc1140000
	.quad 0x3eb87274bd9b0000, 0x270b1de7ed7dcc50
	.quad 0xbf801c483280864d, 0xfadad4303d5c26b8
	.quad 0x0008000000000000, 0x7eca4cca0bd7a4f5
seed42:
	.quad 0xa70e11dd522160f9
	.quad 0x665c6443ec2954f3
	.quad 0x7fffffffffffffff
	.quad 0x0000000100000000
	.quad 0xffffffffffffd1c8
	.quad 0x0000000100000000
	.quad 0x7b6cab56e4798267
	.quad 0x00000000000002e5
	.quad 0xffffffa3ee90e184
	.quad 0x00000000000001e2
	.quad 0x0287241e61d0e5ef
	.quad 0x9b39a4159b336c5d
	.quad 0x0000000000000155
	.quad 0x39b22e1beb4305c9
	.quad 0xffff8c1898c0697a
	.quad 0xe48313c2ff4b0119
	.quad 0x06800000
	.quad 0xa0000000
	.quad 0xf29577addfeccbe8, 0x7fcb1b8893d43400
	.quad 0x43f0000000000000, 0x867bdd346fd6f7a9
	.quad 0x7f96dc9cc91b69aa, 0x25401c463fd5482c
	.quad 0x802dc52f5d09fd49, 0x3ca3a2ea69a59dba
	.quad 0x79bf1858fbecfffe, 0x906b09d4adc7e144
	.quad 0x9538d362bfc91f39, 0xc0fffffffffffffe
	.quad 0xf930baa200b9fe4c, 0x86ac9054f1ffffff
	.quad 0xf9b95f948046b211, 0xfff8000000000000
	.quad 0x0a833c2faebaf4bf, 0xd280fc05da747e76
	.quad 0x58fffffe6238035e, 0x8daf66ce7ff3d8d2
	.quad 0x3479d2f3fbe2fc53, 0xb54a68c9fffede2f
	.quad 0x802d2f548bc4d5c4, 0x16aa0df440c00000
	.quad 0xc010000000000000, 0x2d7f57d903173e1e
	.quad 0x7e3a8d4dbc9b63b1, 0x8007e9356a32ca13
	.quad 0x7fefff1f99557c1e, 0x400a000000000000
	.quad 0xc20a7af764df98f8, 0xf6927bb87f7fffff
	.quad 0xaf12c1c20a22fe00, 0x7ff55fc52b91d181
	.quad 0xfefb39e240ec0000, 0xf86e1ebc66d25587
	.quad 0x7d9d50a4bcf0676f, 0x753792abebf9fbbb
	.quad 0x8bd51d47ddb1cc2a, 0x427fe388fe19192b
	.quad 0xfff0000000000000, 0xce16c20affc3cb01
	.quad 0x96e8ba1575f954f7, 0x00ddad63c324c1a6
	.quad 0xa306b45a4eb2d588, 0x0000000000000000
	.quad 0x805cb134ffc00000, 0x3f9b2ff3541f592b
	.quad 0xc0ba800000000000, 0xbdaf2f1d17f19cc4
	.quad 0x7f9a25ed20d73496, 0xe46c4e2eced6ae9f
	.quad 0x5c0f224dff7efddc, 0xc5a20000ff800000
	.quad 0x41bc8e1dff7fffff, 0x3e074f98def9ff64
	.quad 0x26507b54ffd20000, 0x83866d834a04039d
	.quad 0xace3e03913a6d575, 0xa70a0d23741462c0
	.quad 0x0000000000000000, 0xc90717dcfecffb6e
	.quad 0xc268b9197f800000, 0xffe0000000000000
seed43:
	.quad 0x000000000000034d
	.quad 0xffffffff80000000
	.quad 0x25cd4dc41c7e4d4b
	.quad 0x00000000000000c3
	.quad 0x4c592e394a931a16
	.quad 0xc1c3b479057bbb8e
	.quad 0x0020000000000001
	.quad 0x000000000000000b
	.quad 0x6ef006ba31859c99
	.quad 0x0000000100000000
	.quad 0x0000000000000395
	.quad 0x000000000000008f
	.quad 0xfffffff8d6d4d7fa
	.quad 0x000ea48d0cbe6e16
	.quad 0xfffffffffffffcf7
	.quad 0xffffffffffffffd4
	.quad 0x02000000
	.quad 0x90000000
	.quad 0xc0671f7cb3418d10, 0x800b82853107771c
	.quad 0xbf41d00000000000, 0xcb5401266d2d7bff
	.quad 0x9eadd9e904fc4001, 0x7ff8000000000000
	.quad 0x817fffff27625bfc, 0xff18c07f3eb331d8
	.quad 0x99ddfc1341cdcedf, 0x7fa52bd4ef5e7ebc
	.quad 0x9f38a45f0048ae19, 0xc3e0000000000000
	.quad 0x807aa841cf7fffff, 0x264af5f5290e04dd
	.quad 0x4392ce94f845321d, 0x2fbc6362ffafdfbf
	.quad 0x13ea6ae1fd684963, 0x0000000000000000
	.quad 0x4060000000000000, 0x6f03767973c8db01
	.quad 0x0bfd2d8aed1edbc2, 0x1d6c239f34c58000
	.quad 0xc01f941609fcd5dd, 0xb9f172bd6db6bfbb
	.quad 0x0000000000000000, 0xc11c000043f1b9f0
	.quad 0xb0151844d4f24300, 0xc0344eebc2815589
	.quad 0x3fd2c82327661bcf, 0xfff8000000000000
	.quad 0x4940000000c282ae, 0xbc9f476901d25464
	.quad 0x0662dd65c2cd4219, 0x7fa7aaaa432e6f31
	.quad 0x81e3d7e51a6985c4, 0x801c522735d30d66
	.quad 0x004abcce9128f079, 0x5b3f8bfb7990b7da
	.quad 0x4010000000000000, 0x7b3ab9b1fe800000
	.quad 0x8167c02ba055ab3b, 0x800000007ef92a81
	.quad 0x7e8e8490ffb9b2b1, 0x800633e24862c4a6
	.quad 0x804bd1f5944225fa, 0xf4daa8637fc00000
	.quad 0x7f800000fffd036b, 0xad21112d807fffff
	.quad 0xbe76084d80b1308d, 0x705d7045c1ef7dbf
	.quad 0xc045e5837bdd22bf, 0xcc42704edaabfc00
	.quad 0x673149bf67bf5bef, 0x3f7e5e7570901427
	.quad 0x58a7310eede5b321, 0xff800000cfffffff
	.quad 0x334d43f0593adc4b, 0xfff4d0daf6ef7bab
	.quad 0x4c9002bb829f5b04, 0x7365a3723ba6a268
	.quad 0xfff8000000000000, 0x7ff0000000000000
	.quad 0xa2e90328e2f6a790, 0x3f8f6d99d58205d3
seed44:
	.quad 0x0000000034f5ecfe
	.quad 0x0000000000088e94
	.quad 0xfffffffffd2c9b76
	.quad 0x000000000001cb5c
	.quad 0x0000000000000302
	.quad 0x8000000000000000
	.quad 0x84028da37c51a733
	.quad 0x0000000000000002
	.quad 0x7f7c80f61d8d5cac
	.quad 0x0000000000000001
	.quad 0x0000a2ffba376038
	.quad 0x000000005d3686af
	.quad 0xfffffffffffd00a7
	.quad 0x001aab8efad9b962
	.quad 0x00000000000001bd
	.quad 0xffffe153fee5482d
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x7d1647a99d55c7c0, 0xd9e6b20a0ec000c5
	.quad 0xf8d0e2b100a3196e, 0xae084fd9f99089fd
	.quad 0xb7c000007a252888, 0xef51b592932c0b8f
	.quad 0x934d39d77ff9a2c3, 0x8944bd68f94f2170
	.quad 0x775373029bdffdae, 0xbb4664fdf04467de
	.quad 0x7ff1860176b47842, 0xfe7fd6dfeb22a445
	.quad 0x49a3fb582205d28e, 0xffc000004fffffff
	.quad 0xebd75c81fefa4fef, 0x726a35bcf5d98331
	.quad 0x0d335fccf6d7fc00, 0xc0b50ae5c1692da0
	.quad 0x932f08f1bf59c479, 0xf97e9a5a9698fe00
	.quad 0x802551d1006e75dc, 0xfff09ae0e4810226
	.quad 0x0179ba6d4f000000, 0x817fffff6ddd6c2e
	.quad 0xde16e1a3f8e08077, 0xfe1e8eaf9e339e69
	.quad 0x7fd8c1bb3fffe107, 0xbad80018714befe3
	.quad 0x3b84bfe9c1a00000, 0xf8dd6667ffd12491
	.quad 0x3a2000003fb92717, 0x066ef2450abca780
	.quad 0x8bb97bdf6fa9d7aa, 0x1439b5d0865cf6cf
	.quad 0x7fa39f674f7fffff, 0x8859fc12d824ddc5
	.quad 0x40fdc9253fb019a6, 0xfff0000000000000
	.quad 0xffe0000000000000, 0xc2acdbc00f788c6d
	.quad 0x3c534a913eef2eee, 0xc0290000be931e7a
	.quad 0x43b3c56c77352127, 0x70f85284d9468000
	.quad 0xbf83459e3376dac5, 0xc024000000000000
	.quad 0x1af6a1c7bfe00000, 0xbf6d500000000000
	.quad 0x0000000000000000, 0xac1d774cd64db6a4
	.quad 0xbfcda7444028e728, 0xfc79cdc97bfff298
	.quad 0xc0e8000080c29cfa, 0x9dace050474c0622
	.quad 0xc3736a8c002b6f62, 0x6f3c0b50ff800000
	.quad 0x02888f9d56a3708b, 0x27b718d908e93af1
	.quad 0xc03186fde9aed3d8, 0x60fb7a31ebcf7e86
	.quad 0x06387b288013892f, 0x7fc00000807fffff
	.quad 0x7f800000ef29fe09, 0xe30d55f4950ab4c6
seed45:
	.quad 0xfb24966211619317
	.quad 0x0000000069919003
	.quad 0x0000000000000322
	.quad 0x000000000000016f
	.quad 0xfffffffffffffe89
	.quad 0xfffffffffffff377
	.quad 0xffd693e8a4b6775f
	.quad 0xf06d3d40a164ed1a
	.quad 0x7cbca0e561b84eb4
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0x76540f2f817ef9ab
	.quad 0x0000000000006a81
	.quad 0xc7e5a71f7df28ba4
	.quad 0x000000000000351b
	.quad 0xfcf5cea61bddbd3a
	.quad 0x04400000
	.quad 0xc0000000
	.quad 0xbf9bbcbd044d9289, 0x7f800000ae5aacd8
	.quad 0x76293783ff800000, 0x7ff0000000000000
	.quad 0x7e72f9d7d7d9cce2, 0x81f70a2a257ff7ff
	.quad 0x2734a46f7f9833eb, 0x7f26711c13e3f8d6
	.quad 0x8080000000000000, 0xe9789bd2d6bc7800
	.quad 0xadd58bdb56c1503e, 0x00000000f57f15bd
	.quad 0xbfc688d2dd4b2d4d, 0xff80000000000000
	.quad 0x0000000000000000, 0x7447324fc57a0000
	.quad 0xfe7b7e317a07e11f, 0x3f50000000000000
	.quad 0x8bd2ad13adadfd67, 0xfe37b27aceb6b99a
	.quad 0x3fb4840f9e9af6b3, 0x17c8d1347f90b0d4
	.quad 0x7dd9072271c74bea, 0xf0239a4d62088000
	.quad 0xdee43335c62f7f39, 0xdfc6eac7a6e4fa1d
	.quad 0xf1db8bf77fa7fb38, 0x4079061f1aef8644
	.quad 0x96ce1cdc80f33d8e, 0xc7ffffff00000000
	.quad 0x48ffa3c0e49354d1, 0x8ceb52ea11257cb0
	.quad 0x4015000000000000, 0xe53537a36ffe7546
	.quad 0xfe80000000000000, 0x87540dfad1f0c9c8
	.quad 0x22ec9e0cde9297f8, 0xffff01e2125ec490
	.quad 0x63f94ce8d73cf2d4, 0x71090f98bbdacd15
	.quad 0xf89914f50510faf6, 0xc67fffff43133497
	.quad 0x7fe12a0640b0b868, 0x0b1bba5aef3ffdbf
	.quad 0x0149b0da4c6212a1, 0x176c5f04efda12b8
	.quad 0x4ffffffe3fffffff, 0xab52cd366237e514
	.quad 0x0010000000000000, 0xfff38f47d3eeada0
	.quad 0xb5548385bf9146f0, 0xff800000ff82dfcc
	.quad 0xc1fffffffffffffe, 0x3fb3000047800001
	.quad 0x48c14f2fd9f3a2ff, 0x7fdfffffffffffff
	.quad 0x807fffff4f7ffffe, 0xbf18ef5effcffa97
	.quad 0x20f8c7b89fe9caef, 0x007fffffff800000
	.quad 0xbfb51542800a2796, 0xee780b64ffffd36b
	.quad 0x88c3bfeeffbeff0b, 0x400ba17dc0f3009d
seed46:
	.quad 0x6996fd11832e16ff
	.quad 0xfffffffffffffc86
	.quad 0xfffffffffffffc51
	.quad 0x3b83d859ab73c464
	.quad 0xf396e742356d20b1
	.quad 0x000000075607cfdb
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xfe6320c94811f6c3
	.quad 0xfd3879ea962ce638
	.quad 0x000121fcf56f5dbd
	.quad 0x0000000000000342
	.quad 0xfffffffffffffcb7
	.quad 0xffffffde4046af92
	.quad 0x00335e17ff27b9d9
	.quad 0x000000000000006a
	.quad 0x01800000
	.quad 0x30000000
	.quad 0x5b5c4559ffee7d17, 0x4002bf0c1a70420a
	.quad 0x13a10a30b787db53, 0x80000000e1b03bbd
	.quad 0xadf135eef11f0fc8, 0x002af8bce12227d1
	.quad 0xd093d3eb0eecae82, 0xf1096f31b71f7800
	.quad 0x7ff8000000000000, 0x820cfab480000001
	.quad 0xbb8ff354ffaedfef, 0x88392278e34e3c00
	.quad 0x5a7fffff5a2b23b0, 0x82dc58d20c5bb37a
	.quad 0x4006cc6feed7549c, 0x7f800000407ffffe
	.quad 0x858d542e7dff656f, 0x82380a79f8ef23b9
	.quad 0xc3c2140a7f800000, 0x7deaad3ffe5b6406
	.quad 0xff800000c0a940c1, 0x7d4735d3bf0c0000
	.quad 0x40d000003cec7456, 0x8e6cdb2e71ddbe00
	.quad 0x5f800000c0700000, 0x3cb16f8963ff2fdb
	.quad 0x5e2daeb7ffc00000, 0xc1197e1d00000000
	.quad 0xfeffffff46eb0000, 0xd8990a21fa8bcf98
	.quad 0x7cb651f67f2f5674, 0x4409246700000000
	.quad 0x7f8000005a7fffff, 0x00248b4fffa6c516
	.quad 0x2af57dd4bb01669b, 0xbcc340378a560761
	.quad 0x00cddae2bffffffe, 0x828eaa714192222f
	.quad 0xce073ff76ad56d64, 0xcfffffff7f8e3802
	.quad 0xbe565b9628e8bf04, 0x8000000000000000
	.quad 0xc1f14fabbbdd32e9, 0xff485c897fbc8186
	.quad 0x7f8000005f800000, 0x0000000000000000
	.quad 0xcd7bfa0bb39b6b51, 0xa86abc2affbf39df
	.quad 0x0e82c34de0ec4780, 0xb283c590654b35c2
	.quad 0x041f53cd2082b05e, 0x829075620e945f7e
	.quad 0x4e730ee9a46e028d, 0x3fd0000000000000
	.quad 0x0000000000000000, 0xc05a6de686b7e6cc
	.quad 0x00a908071baa2767, 0xc404143db96bd192
	.quad 0x4f6d9e78d3fdf31f, 0x80b8d1bc7fdd345f
	.quad 0x4a5df00e43e92de3, 0xfff8000000000000
	.quad 0x99f7ca9084dba155, 0x04708ac48469874e
seed47:
	.quad 0xffffffffffffe70a
	.quad 0xfffffffffffeb496
	.quad 0xeae18e586d84f29d
	.quad 0xfffffffffffffd9c
	.quad 0xe485a92094df59d3
	.quad 0xe68c69e5d642ca82
	.quad 0xfffffffffffff3e1
	.quad 0xfffffffffff77511
	.quad 0xffffffffffffffdf
	.quad 0xfffffffffffffedb
	.quad 0x00000000000002c1
	.quad 0x8fa3a1d43b6f0ed2
	.quad 0x000000007fffffff
	.quad 0x3a466ad1492a0530
	.quad 0xffffffffffff98e0
	.quad 0xffffffffffffff80
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0x0005afb85daf9a64, 0x42650c2d90960d1d
	.quad 0x0cebc3d5c8ead2a0, 0x359f29ce90fba5ad
	.quad 0x1a795fa6017fffff, 0xaf0f3710f241ff3b
	.quad 0x807fffffbe4e2359, 0xffa176fabd6a0000
	.quad 0xc00e000000000000, 0xdb77dd9eca72a1fd
	.quad 0xcede64a2901a5788, 0xa829f800f8d72dfb
	.quad 0x5e2f2dc1bdc7520a, 0x0c1e649e7f800000
	.quad 0x7fb84663c1b00d11, 0xffcaec2c3f000000
	.quad 0x8305260663e732ff, 0xbff8000000000000
	.quad 0x405e000000000000, 0x988b8eaedbb0f480
	.quad 0xbbb5cfdb4f7fffff, 0x5a0719997fd47c00
	.quad 0xc0200000b9000000, 0xfdcde7c545137e00
	.quad 0xb13eb428ea9c0f2b, 0x7ff02fafdd412336
	.quad 0x80087ca0d9af9cf2, 0x071639643fa3fc41
	.quad 0xfef3d62ed1122f24, 0x16883a79c7defca3
	.quad 0x437ba5327f3dff3e, 0x89dfabc9792b5109
	.quad 0x800d498a563f47b7, 0x7fa16d35c310afe4
	.quad 0xbcd1269678c5dd0e, 0x58baa5597f7fffff
	.quad 0x7fff23950fbca5d1, 0x625c1674726b35f8
	.quad 0x7ff8000000000000, 0x411f82600a87daca
	.quad 0xc02000003dfd141f, 0xdf0b8567bfc00000
	.quad 0xfff8000000000000, 0x12548e6ca3bbebbf
	.quad 0xd13bb4fccf604ae3, 0x0984ead675c58318
	.quad 0x982c0039b97b0561, 0x727334537fc67f03
	.quad 0xfff0000000000000, 0x7fc00000c0c00000
	.quad 0x2313d68bbf7bcce9, 0x806b78a4434c26ee
	.quad 0x3f6af40cffc00000, 0x9fa687d0bcff77f3
	.quad 0xc0f9700000000000, 0xc0752020be44b1cb
	.quad 0x3da5a9660038b944, 0x4021c00000000000
	.quad 0x1e4486e0c1180000, 0xc1fffffffffffffe
	.quad 0x9a152a176ff90800, 0x3fae2c68186cdf93
	.quad 0xfa23c1c0ffd3fdf1, 0x73dee0618101b275
seed48:
	.quad 0x0000000001c2501d
	.quad 0x00069f47014569d4
	.quad 0x10dbf10ff10e3a78
	.quad 0xfcf48b71aec8b29a
	.quad 0x3f988ea950692742
	.quad 0x00000000000002e4
	.quad 0xfffeae948d1e381f
	.quad 0xffffffffffffffdf
	.quad 0xfffffffffffffdac
	.quad 0x0000000000000386
	.quad 0x00000000000000ff
	.quad 0xfffc68137ea85d55
	.quad 0xef94fa6ebc393f6c
	.quad 0xfffffffffffffcfa
	.quad 0xea737d7d272580dc
	.quad 0xfffffffffffffd60
	.quad 0x03800000
	.quad 0x30000000
	.quad 0xe75a706f3393fd91, 0x423cdd2e68c4eae3
	.quad 0x98efa784e0cefec3, 0xbfd8c72adfb0f6c2
	.quad 0x17da14867fd57c00, 0x3ffffffffffffffe
	.quad 0x5d0846f5c3f3f6fb, 0xc07d434c5101888a
	.quad 0x360213f49237ffeb, 0xc194ae5313263d10
	.quad 0xfff460e542731b7c, 0xe62c435300780b82
	.quad 0x3ff7f8bb0641cae8, 0x0000000000000000
	.quad 0x21a3a9bff138b456, 0x4bc924dbff02d05e
	.quad 0x7f8000007f800000, 0x96587a45ffef5e7f
	.quad 0x9a86f3ac7f841c87, 0x0000000080a55b74
	.quad 0x5880cfeb9e8c83fc, 0x80efe68ac25c8098
	.quad 0x14ef9a9c0892fc79, 0x7e817f0101b038fb
	.quad 0x59ce3459db30fe00, 0x66466768bf5ffa76
	.quad 0xcb51398fbfebc55c, 0xfff29f32ff800000
	.quad 0x4046aeff770b8bfb, 0xfe18f2f0d5df70c9
	.quad 0x800fffffffffffff, 0x4005000000000000
	.quad 0x12b2311aaac28000, 0x31f2d53bb488884c
	.quad 0x3e9590a9ffc00000, 0xabbcd474c5af0b62
	.quad 0x86a590d337120000, 0x0000000000000000
	.quad 0x7ff7c5cc7fd9a37b, 0x4397ecf91487251d
	.quad 0xd766fecfe93aff70, 0xca5e1915cc577c00
	.quad 0xec9b3e0000800000, 0x98071fc2230ef7c7
	.quad 0xc7ffffff3ca096b7, 0x28b2ce00d55aca1e
	.quad 0xff25ed000fefc622, 0xc74d4a7a0b4039d5
	.quad 0x8004684d71656a4b, 0xc91709a25267641a
	.quad 0x7fea8863007fffff, 0x825ba8cd3fcaaf49
	.quad 0x416814013c348310, 0x6fabaca784e4d1e9
	.quad 0x000000007e800000, 0xe0b8a2ebfcdc7e59
	.quad 0x71e6b18281c419aa, 0xffc0000080447255
	.quad 0x286e6246cf21dcf9, 0x46c4d1645dffb1fe
	.quad 0x3fee021ccf77602e, 0xbf4bc00000000000
	.quad 0x5f7137977fe1a2d1, 0xea5a4540de17fcf1
seed49:
	.quad 0x0000038047a6f176
	.quad 0x00000000000002e7
	.quad 0xae5c3c3afee885cd
	.quad 0x00000000000003cc
	.quad 0x0000000006d095ed
	.quad 0x0000000000000004
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000015
	.quad 0xffe19d91380fee97
	.quad 0xfffffffffffffd44
	.quad 0x000067a292393a73
	.quad 0x00000000000001d2
	.quad 0xb3ad64b66fe8caf0
	.quad 0x0000000000000000
	.quad 0x99f023acb3247d44
	.quad 0x0020000000000001
	.quad 0x01400000
	.quad 0x00000000
	.quad 0x22e3e3e4c1bd09eb, 0xc2250000547ffffe
	.quad 0x4a0ecff743134492, 0x80100a157503d88b
	.quad 0xc03c0a4e0161bc68, 0xec7867a5bf05bd6c
	.quad 0x4173c4ca7fc00000, 0x4fac04412ae8b463
	.quad 0xddaddcd9db44e57c, 0xb11e47873fe3f652
	.quad 0x3c64f46380000000, 0x6e961bb6817fffff
	.quad 0x7ea2b6383cf865f4, 0xfffef3bedcfd6148
	.quad 0xbd6e0000ffc00000, 0xffc00000ff800000
	.quad 0xff80000080000000, 0xfed9da50bc4c8305
	.quad 0xffb7e59dc0d00000, 0x816b0c70c920481c
	.quad 0x8000000000000000, 0xdda02c17e7367c00
	.quad 0x9f137388fff7dbaf, 0x0df649687d6d87e2
	.quad 0xc40000018048582d, 0xbfcbf00000000000
	.quad 0x0000000000000000, 0xbdea805847800000
	.quad 0xc8d2cde500000000, 0xbf7fb8dfbb41f12a
	.quad 0x98393ae8fff91fdf, 0xbc91dc077f8cff87
	.quad 0x505f72f803310cae, 0x73baf78665b1ccb5
	.quad 0xb7c6546a47b03ca3, 0x0000000000000000
	.quad 0x294174e21403fc00, 0x65a74c287afecbff
	.quad 0xa35f42d680000000, 0x16fea3d401000000
	.quad 0x3e30788a00000000, 0x3f8be8da80000000
	.quad 0xee2bf7085f957bcb, 0x7fd8b6c1ace6e675
	.quad 0x8171bcea409ef31d, 0xc008000000000000
	.quad 0x7fb8c2cd3cc7d1e4, 0xc70000017fc00000
	.quad 0xb0c5168dbf7afffd, 0xcf7fffffbe4a037e
	.quad 0xb6e96b7d0ec7f7d1, 0xff9c585f3c920000
	.quad 0xfe40cbfeffc96dc0, 0x3f11dd36ec60d595
	.quad 0xfff0000000000000, 0x9e504d67c3c80000
	.quad 0x7ffd7a611b33d733, 0x38980000bda28c06
	.quad 0xfff97583191965e2, 0xbd1a65715a7fffff
	.quad 0x31cda195d0baf966, 0xbcd82064ffc00000
	.quad 0xbffe000000000000, 0xdfc23a1680000000
seed50:
	.quad 0x7fffffffffffffff
	.quad 0x723aa20e96258edb
	.quad 0xfffffffffffffe7f
	.quad 0x00000000000000a8
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffff6
	.quad 0x6c04793c050aeb10
	.quad 0x0000001307068510
	.quad 0x1f9a599548fbe316
	.quad 0xd47c44856543f34e
	.quad 0xfffffffdef913c38
	.quad 0xff3a292b66bebf45
	.quad 0x000000000d00bfa2
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xffa3461c40500000, 0xd2f80ca54f1a0019
	.quad 0x45e0bcd97cbce9ab, 0x4070000073a4105e
	.quad 0x0000000000000000, 0x19ddf809fff7fc77
	.quad 0x66a12e3fe91649a3, 0xc999d4c3e92dc8a0
	.quad 0x2c643aeed1ff4fff, 0xb99bc344df9c93a9
	.quad 0x0fb223257fa4a9e3, 0x9255f4dbf3f99bff
	.quad 0xe8dda9137f418e30, 0x0000000040af6a1d
	.quad 0xda734c7ed9800001, 0xc089800000000000
	.quad 0xc695189ad8327e06, 0x41e0000000000001
	.quad 0x40794583ffd7bffb, 0x097c7d03ecfd03ff
	.quad 0xb09456e4f1dfa838, 0x1869548e91948400
	.quad 0xc015c1c7e218b237, 0x7f80000080000000
	.quad 0x9075bfd75f5d830c, 0xffc000003d764d48
	.quad 0x765ff26c78a810c3, 0xf6efb000165e5b61
	.quad 0x42c48d26ffc00000, 0x0c26bffa756fafbf
	.quad 0x7fefffffffffffff, 0xbf811074c4fadfa5
	.quad 0x80670ef985073feb, 0x415459b4c0a00000
	.quad 0x7fc00000bad80000, 0x0078185e15a436b4
	.quad 0x3d8454d5c6ffffff, 0x24c4d9583c59fded
	.quad 0x47a40000457fffff, 0xaac127f145b0b417
	.quad 0x9629e1ab7fef018f, 0x800407de33176336
	.quad 0xae78e1fe77fe7feb, 0x0020000000000000
	.quad 0x6f930b64dc66a93e, 0xbfcd429e7d9ccd3a
	.quad 0x7ff63cf459c88f6a, 0x0d4077b950f2f7be
	.quad 0xfff0000000000000, 0x953f3c4b7553a1bf
	.quad 0x3e6fb9d0411c0000, 0x005b8da3effbfffb
	.quad 0x52db5c0e3c3f8000, 0x5db51b8ba6f246cc
	.quad 0xfff09df347a56984, 0xffffe5720df42971
	.quad 0x7ff8000000000000, 0xeda391abe6a57c00
	.quad 0x022216498c380c65, 0x89c7185f63fc3df2
	.quad 0x78d3c67afbf2d236, 0x1899971c00000000
	.quad 0x827ab634b3c4fc00, 0xc0b80000f002d779
seed51:
	.quad 0x7fffffffffffffff
	.quad 0xce0d95f15aaec0d8
	.quad 0x0000000000000001
	.quad 0xfffffffffffdc142
	.quad 0x1ce8da63ca18b9ac
	.quad 0xfba06318202698e3
	.quad 0x33e1960b40097976
	.quad 0x00000000000003e0
	.quad 0xe47e33c2448fe650
	.quad 0x0000000080000000
	.quad 0x52b5c2a516396324
	.quad 0x66aae26c5fb4f036
	.quad 0x015f4611373fe482
	.quad 0x000000007fffffff
	.quad 0x000001290a6b167a
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x000000007f864264, 0x411e000000000000
	.quad 0xffd5f66367de9aa3, 0xb3ab9542cca2fe4c
	.quad 0xfff0000000000000, 0x0023a7bd14dc17a5
	.quad 0xc0680000ff800000, 0x16a9ddcffba6d72c
	.quad 0xfff120c45a41e141, 0xeec7f7227f96fce6
	.quad 0x22c8323b5f9cab31, 0xc33fffffffffffff
	.quad 0x7fc00000bd52ac91, 0x6ebf5ee13e97baad
	.quad 0xcecc1f86827d3c01, 0xb940000080409388
	.quad 0xc09000009a39d87e, 0xfff1fd801027fda7
	.quad 0x983a54aa8dde19de, 0xb283051bff9a1516
	.quad 0x664d3fba2f1d03d5, 0xbb95e2985a236b50
	.quad 0x83a44552739c9445, 0x85cfaea3b125088a
	.quad 0x00000000ff800000, 0x4045000000000000
	.quad 0xab4ba55fc029d3e8, 0x0000000000000000
	.quad 0x2fa7a3f7e20f10f3, 0x58088cf1007f3b62
	.quad 0x7eb522fa7fa75b83, 0x4330000000000001
	.quad 0x007fffff00000000, 0xffbd972cff95b33c
	.quad 0x249f50bbffa2c8e6, 0x43955bfeffbc32f2
	.quad 0x3df361518dcb09f8, 0xbbf4bd8680958815
	.quad 0xc00e24a8c7a3bb2b, 0x82d8499de11f1e18
	.quad 0xc03b31513642343e, 0x2a2d85e54a1e9311
	.quad 0xc35c41173c080000, 0x81584169bd2ca404
	.quad 0xff800000f768f43f, 0xd4e597a2ffba6683
	.quad 0xc0840000ff1095ec, 0x728c58022c8a25a7
	.quad 0xcfa0c3a9efc53731, 0x9b64a903fdfafebb
	.quad 0x0010000000000000, 0x7f80000041cb309e
	.quad 0xfff2c8549774e443, 0x116f15ac7f92832e
	.quad 0x5d8b6a0469d400cd, 0x0000000000000000
	.quad 0xffcb3f3f80000000, 0x00040ecf13433a4d
	.quad 0xa85a4bfaffffffff, 0x40b814a9bd380000
	.quad 0x0000000000000000, 0xc18ae4ef40c00000
	.quad 0xc1800000ffc00000, 0xbd1b9f100a4bf800
seed52:
	.quad 0x94abadf74446f8c3
	.quad 0xa12f070f985b8f09
	.quad 0x799823f407237743
	.quad 0x34a2e98384fde6d1
	.quad 0xfffffa5f4039e82f
	.quad 0x0000000100000000
	.quad 0x55a3925a4b445d56
	.quad 0xff6ba2851c9d18dc
	.quad 0x56aea938a275f7da
	.quad 0xfffffffffffff71a
	.quad 0x00000000000002f6
	.quad 0x32083836aa59d0cf
	.quad 0x000000000000006b
	.quad 0x0000000000000019
	.quad 0x0000000000000234
	.quad 0x72644a7b026dd967
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xa8176fef7f7fbdbf, 0xcb8823006e999a54
	.quad 0x000613730a21e9eb, 0x6d73e4d145400000
	.quad 0xc48b8ea311cd3aea, 0x7f80000000000000
	.quad 0x801fffffffffffff, 0x42f2dd285cb10ab0
	.quad 0x1258f1042df77ff2, 0x8000000000000000
	.quad 0x3fc02c215aecab30, 0xf117a19381e47c0d
	.quad 0xf3c03b12cb67055e, 0xc01c000000000000
	.quad 0x7f800000fa724ccf, 0x4fe2c54c52867890
	.quad 0x4eeed90cc4000000, 0xb6ddeb380b7f9922
	.quad 0x3f579298ff800000, 0xf4506f2380000000
	.quad 0x8022150e241b70b2, 0xc0902539df800000
	.quad 0xbf7ea4406e32fde7, 0x7ff0000000000000
	.quad 0xd99cfc8fffc257c1, 0xbe741843e7eb7fbf
	.quad 0x7ad479c07ab331b9, 0x457000007653ca11
	.quad 0x0006982a53770a9c, 0xc5d9000049800001
	.quad 0x82a630ae7f9078b0, 0x23b981a1a78f7801
	.quad 0x3f8d32d3bc33b090, 0x0000000180000000
	.quad 0x41aac7f6d7eb0d80, 0x47f222a2cf99fa91
	.quad 0xd9fed758b8eebae8, 0x7ff0000000000000
	.quad 0x4022d572ff800000, 0x667d8c0ce0a614cb
	.quad 0x3d0187436036ee83, 0x36f1c0a9fff7d9fd
	.quad 0xfffe42b605ca89b1, 0x80c08026ff800000
	.quad 0x0e4dab8a55454695, 0x8e6df3edf07369f2
	.quad 0x5abfdaff72bfffac, 0xfd08a5a3c26a9f83
	.quad 0xb9574e98ffef7d69, 0xb95f1b90bfe37f4f
	.quad 0x64d80e367fe87af2, 0xe3cd409fd4d44de7
	.quad 0x5a6995ed7f7cefc6, 0x3fd29d3a9680c0dc
	.quad 0x0000000000000000, 0x7fb0121cbec9da4f
	.quad 0xbe1786c58882927b, 0xfec165c0f95d29df
	.quad 0xfff0000000000000, 0xffc0000000000000
	.quad 0xff97a20d44800000, 0xc00ffffffffffffe
	.quad 0x0c3510037e633953, 0x05da9661ff800000
seed53:
	.quad 0x25891a51981e987d
	.quad 0xfffffffffffffc68
	.quad 0xfffffffffffffef4
	.quad 0x9ddf26d4ad9cffbc
	.quad 0x070c1edec02187b6
	.quad 0xffffffffeaed0135
	.quad 0x0906f836460dcfdb
	.quad 0x35a91a2e2bbf6e09
	.quad 0xffffffffffdf1d15
	.quad 0xfff3245c073348c5
	.quad 0x000000001c56a352
	.quad 0xa5482db7f9fa42b0
	.quad 0x850f7a5a538834e5
	.quad 0xffffffffffffff8f
	.quad 0xffffffffffffde81
	.quad 0xb3b68c89d1ca9586
	.quad 0x02000000
	.quad 0x70000000
	.quad 0x258fabb6f89bc540, 0x7fc000003fe00000
	.quad 0xc0f0811ac001efd7, 0x000cd583c2f029e2
	.quad 0x59fffffe00000000, 0x5bf7e82ebe96c790
	.quad 0x8005857f7892e3ae, 0xa44c5eeced8e87a8
	.quad 0x0122d2c34c447c08, 0xc8835c52f3ac8629
	.quad 0xc0f0000080000000, 0x212f2dbffefcbce7
	.quad 0x37d4a22f7fe65f60, 0x000ea6c76a38fa10
	.quad 0xbc49acd9bdc10234, 0xc01e000000000000
	.quad 0x3f9302e9ac8be45e, 0xb03611987c5dafca
	.quad 0x3ceb33c250e93e33, 0xbfefc9d1aee96dc9
	.quad 0x6380a6a8d10f0827, 0x7f000000ffba9f4d
	.quad 0xff853e65ffa9d623, 0x32feeee9fc070171
	.quad 0xffd0000000000000, 0xfff0000000000000
	.quad 0xc1e87a3c47fffffe, 0x80000000ffcf2bdc
	.quad 0x3f2542a2bccef712, 0x4418000080000000
	.quad 0x7fa13954ffc00000, 0xf713a69144e64961
	.quad 0x4df0d2775f1fff71, 0x74a32d4f40a00000
	.quad 0x3ef83b38f3fbfecf, 0x7f8000003c48a424
	.quad 0x005bfd04fb6ea45f, 0xf66ea804a0bb3431
	.quad 0xf3a5ea43ffc46841, 0xf3f425a8f1f34720
	.quad 0x0139dabbe40b0d17, 0xfe802b42b45e22e9
	.quad 0xb4079d312bb521f8, 0x82858fcddf8dc5fb
	.quad 0x8294cbe4b7dd3816, 0x8762fe9bff800000
	.quad 0x7e90c1f916575003, 0x8000000000000000
	.quad 0x00000000df7fffff, 0x3fe1c1e63f000000
	.quad 0xbd4018c3db27fc00, 0x1fd206452609c8b0
	.quad 0x427f0025c0d00000, 0x2582366535fc5a92
	.quad 0x42951b1dfeffffff, 0xdfca32132d905f89
	.quad 0xbfddbb5e8fc301b1, 0xeff6bd6db3018265
	.quad 0xbc2c1894ed38d33d, 0xfb0116fbc1adb69a
	.quad 0xc097000000000000, 0x08e240cbd1ed5e2f
	.quad 0xff9ecd76496c0000, 0x968326fa132f46c9
seed54:
	.quad 0xfffffffe2643dfa2
	.quad 0xfffffff78a680812
	.quad 0x3ada492f5919ab83
	.quad 0xc1496cba2082800d
	.quad 0xfff65c4ac0089f1f
	.quad 0xe89049bd7ca1a049
	.quad 0x0000000000000001
	.quad 0x00006915ecfc2c1c
	.quad 0x00000000ffffffff
	.quad 0x0000000000022ad4
	.quad 0xc4decbed01723c40
	.quad 0x7e1121a681fac873
	.quad 0x0000000068d9616b
	.quad 0xad7670335c623fb5
	.quad 0x00000000000002cc
	.quad 0x00000000000004ef
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x37b009af86d9d546, 0x4fc687a6b75b0000
	.quad 0x15de8234feda5651, 0xbdb2a648c97e0000
	.quad 0xa477151bd21e7eb3, 0x0000000080400000
	.quad 0x5becad836f29c820, 0x000eb457e5dc7404
	.quad 0x43f23247c0400000, 0x0a344cf2cdfc4c82
	.quad 0xbffc5d2880906caa, 0xc0b40000bf800000
	.quad 0xbf7ce15439f31938, 0xf06144bcfebf4ab8
	.quad 0xf788ca0a7f8efdb2, 0x7f800000046cc60d
	.quad 0x00000000e4d95cba, 0xc000000141200000
	.quad 0x932319fe36f5cdc3, 0x63c9e3fef87fcbbd
	.quad 0xff94774e80000000, 0x400d7ec9406f2271
	.quad 0xe944eb98fbf5c4ff, 0x647dc990f4f4d1eb
	.quad 0xbff4348c836fea55, 0x8d77a86c7ebfd65d
	.quad 0x5b235cf340ec0000, 0x42eac3cafec134af
	.quad 0xff677d4c2fd27a2f, 0x1ab7fde23def7a81
	.quad 0x0000000000000000, 0x204e59fb019706e1
	.quad 0x087ceff970ef7a5d, 0x3c4ae8099428ad2b
	.quad 0x70401083c0023cbe, 0xcc4fb65f6fa17c00
	.quad 0x6fc16e2c71e8fbb5, 0xfce34489bdafdde3
	.quad 0xa347d3a7ffbfff71, 0x93f6ffb8ffafbb3a
	.quad 0x46600000817fffff, 0xb97070d8ffff8638
	.quad 0x7f6789dc25c17e8f, 0xc070aed51cb75e66
	.quad 0x8000000000000000, 0xfff32d2c8dd64110
	.quad 0x8029867d516b6e97, 0x4023400000000000
	.quad 0x031323046e280d3f, 0xfec8f1e9ff9f7995
	.quad 0x450fad427fcdbef3, 0x8d857a2ff1fdfedf
	.quad 0x9b593b2a6935fd10, 0x95e6fd2394c40f8e
	.quad 0x4377f9db7fdbdd15, 0x9ba8826fccf9fef5
	.quad 0x9c2ad9ddffff7eae, 0x000c3d389e7236d6
	.quad 0xfffedb6e045278c6, 0x420a5d5ffffd001f
	.quad 0xff6dbc49a732030c, 0xff80000040800000
	.quad 0xc36732a240da5ce0, 0x80a5d77780f69a3a
seed55:
	.quad 0x000000505acf3336
	.quad 0x1c53ad9c04106900
	.quad 0xffffffffffffff6c
	.quad 0x01f2b0b2debaec2f
	.quad 0x8000000000000000
	.quad 0x0ed9014520a1ca8b
	.quad 0xfffffffff8db5334
	.quad 0xc57a57af1aac7eea
	.quad 0x4fb1f051ebaedd34
	.quad 0xffffffffffffff73
	.quad 0xabc0fcec9852e609
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0xffffffffffc6fe6f
	.quad 0xfffffffffffffffe
	.quad 0x0020000000000001
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xf05c6e81730b32a1, 0xd69e252affe58ce9
	.quad 0x93e7c342c26bd02c, 0xb84dcdcdc96949eb
	.quad 0x7e7dcf1b16cae92c, 0x40749359aed38417
	.quad 0x9cf721f11742d809, 0x7e29b2a92ee07048
	.quad 0x29ae9882ae89d624, 0x5f3f16812d306c6b
	.quad 0xc33cadcd87193893, 0xe4c888aefa3738f9
	.quad 0xbec0000000000000, 0x3be064ce77747e6c
	.quad 0x478ea88f362ec392, 0xffba59157fc00000
	.quad 0xc023000000000000, 0xc0d000003bee4022
	.quad 0xc38f69db7f2f5516, 0x017fffffef4f3907
	.quad 0x6ef71470007a0166, 0x916fac28b6bb7f68
	.quad 0x002c9a7bf7c429e6, 0xc0e25ae8da7ffffe
	.quad 0xb48d09697fc8626d, 0x447c2c0cfff99fff
	.quad 0x426ae44bd5bafc00, 0x43effffffffffffe
	.quad 0x0009abe9ffdc31a0, 0x400db70e06b4b240
	.quad 0x7f8000008e62641c, 0x67a9864cf6c07c00
	.quad 0x0d3ff3dcf6ee7d72, 0x7fe92b80c5fbf979
	.quad 0x7df38765c7b6fa00, 0xa807adb77b66b067
	.quad 0x7f9613517c94c446, 0x729cfb000907b9a6
	.quad 0x4d6fb66fbf5e7fff, 0x0042bbbcbe700000
	.quad 0xe7f1d16c9e06c8c0, 0x07649f1e19d0fe00
	.quad 0x308fe707419927b3, 0x30467c52f4ff5cd5
	.quad 0x4300e0772b5e3315, 0x78d5ef443fd00000
	.quad 0x4839f5997ff7fcde, 0xfed2843e3b450000
	.quad 0x0cfea6f5c3dbd7d7, 0x80473ebc0d6654e7
	.quad 0x85462608bfffd892, 0xd001d1e485ed9c00
	.quad 0x7e48465d2e8efc00, 0x74763063a33b31db
	.quad 0x7ff8000000000000, 0x40e0000086d6a0e1
	.quad 0x23dc56ce7f8f7c00, 0x7fa26d36a32ee3bc
	.quad 0x3fa9c9086e0506e0, 0x8000000000000000
	.quad 0xff81a34cb090114a, 0x780516c19e5b3d00
	.quad 0x7fef036bea34a845, 0xf05d20433481be00
seed56:
	.quad 0x0000000000000065
	.quad 0xfffffffffffffd1b
	.quad 0xfffffffffffffaac
	.quad 0x0000000000000013
	.quad 0xb4d7c3801c285fe3
	.quad 0xe93fd705fe0a0695
	.quad 0x03b0f7fbfcaa1071
	.quad 0x79729d18d679c9ba
	.quad 0xffd2f5f864e22eba
	.quad 0x0000000000000000
	.quad 0xffffffffffffff8e
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0xffffffff9a80fc8e
	.quad 0xa8effd5b1a009e0d
	.quad 0x0000000001000001
	.quad 0x00400000
	.quad 0x40000000
	.quad 0xc00c000000000000, 0xe3a362b2fdfcddff
	.quad 0x7ff0000000000000, 0xd5a904710028ec1c
	.quad 0xd48000013f015b42, 0x0a3b17844275ce58
	.quad 0x4395fda57f800000, 0x7ff2326c6e0d33e7
	.quad 0xfebdb482bff2c6bf, 0xfe59eb85fffffd2f
	.quad 0xd97bfd54f4fde77f, 0xfffc739444807ae9
	.quad 0x0db2835d7ffcff96, 0x015282333d6d8e0d
	.quad 0x3fa00000f93bc6e4, 0x91bda3c6807fffff
	.quad 0x80000000ff800000, 0x168ad06986fbe3c0
	.quad 0x86df1653f56e5748, 0xc3fffffffffffffe
	.quad 0xeaf470e4788dc6eb, 0xc059a71ae9e4c363
	.quad 0x3f9dc00000000000, 0x7ebb576c43e45f61
	.quad 0xc99bea78f24efecc, 0xc26ad7f05f800001
	.quad 0x00030e1600b0e868, 0x00a1ba9a7f800000
	.quad 0xfff0000000000000, 0x6bce8077d3fa5767
	.quad 0x8000000000000000, 0x16af83ded3fffd23
	.quad 0xc3f0000000000001, 0x40f0000000000000
	.quad 0xbc99a04f929fef49, 0x11ca60c2be7eb7e6
	.quad 0xc07000003a400000, 0x7f800000bed4095e
	.quad 0x8000000000000000, 0x3fd3fefe9aeaec2a
	.quad 0x8eb848a07dc5fbbe, 0x4104000080000001
	.quad 0xef3693e269f94582, 0xc09829e90173b2a5
	.quad 0xc125930a017fffff, 0x00000000c07fffff
	.quad 0x8159c6fa7fc00000, 0x6f893e1b9ea89e90
	.quad 0x40f0000000000001, 0x74915311411e0000
	.quad 0xffbcd6febd1cc517, 0x3ff239d0a7f56aa9
	.quad 0x88a371acff800000, 0xfff0000000000000
	.quad 0x1212bd8d5d32c996, 0x3f6ae00000000000
	.quad 0xda30e865ebf4f9ed, 0xf8410dc3a793a424
	.quad 0xc6c164000a5bfa23, 0xb034c834ffbdfe40
	.quad 0x12a9d1cdda7c5120, 0xc118000000000000
	.quad 0xbed3400000000000, 0xfff348ae042400e6
seed57:
	.quad 0x001c6a40f357faeb
	.quad 0x941a45fef87952c1
	.quad 0x62b6b2e6c4de528c
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe89
	.quad 0x7fffffffffffffff
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0x00000000000004a3
	.quad 0xfffffffffffffc24
	.quad 0x47827690532e403d
	.quad 0xfffffffffffffdad
	.quad 0x26f390ab479e2e2b
	.quad 0x000000123999d504
	.quad 0xfffffffffffffd32
	.quad 0x0000cc927432779d
	.quad 0x04400000
	.quad 0x40000000
	.quad 0x0293cd13ff000000, 0xa82de4ea12540000
	.quad 0xc16eca3f00000000, 0x8040000000ffffff
	.quad 0x580fbbb1e2a3f800, 0x8175d3fe2c26bacb
	.quad 0xbfe4000000000000, 0x7ff7d1cad189573a
	.quad 0xf6db3d8343163736, 0x3ff2210cc63aba96
	.quad 0x8135771d3c800000, 0x4f2e5cecc0e80000
	.quad 0x18bce2d15d730cd4, 0x7ff2c93f6f1b7bd1
	.quad 0x43e0000000000001, 0x7e5b37c0afd69cd6
	.quad 0x7afd94d475800000, 0x8000000000000001
	.quad 0x7f7fffffbf6eb34a, 0xc140000089257f31
	.quad 0xe219fffc1367aa36, 0xdfc9cfd0bced2ff7
	.quad 0xe67273e4e1cf3efe, 0x4050000000000000
	.quad 0x40980000be37f0aa, 0xbdcc0d277ff9d225
	.quad 0x800494b7f0a6d9d7, 0x01a4791d2a57a620
	.quad 0xbe733398ee9cd53e, 0x7ff1becf6336adbc
	.quad 0xc019000000000000, 0xe8c59aac0db6c180
	.quad 0xbffa7e071c2a7c0b, 0x0000000000000000
	.quad 0xc7800000bf47122e, 0x4013000000000000
	.quad 0xd0dea21f9b792429, 0xc051ea03f503a26c
	.quad 0xfffa902c67bd4c56, 0x159869255b1cf840
	.quad 0x6cc2968198044640, 0xd1056723b593f91b
	.quad 0xbd4d8312bce20ec1, 0x44dae18fff837c00
	.quad 0x7fc000003f05681f, 0x7f800000ff800000
	.quad 0x1b74623905ad2d78, 0x43d4b327ffc00000
	.quad 0xc1560b55fff57c7f, 0x84ca56dd218118ca
	.quad 0x3fa2d730a527705f, 0x8000000000000000
	.quad 0xc10c00003e618000, 0xc031a95c80705774
	.quad 0x5ea13bd3fad7f2ff, 0x69de906081000000
	.quad 0xffe2df1a6cf6b2f5, 0x00013a183d60f914
	.quad 0xd8222a607ff4bdf6, 0x955235433f7bdebf
	.quad 0xc684f91f7fd72904, 0x4021800000000000
	.quad 0x037f7b48eb7ea7ff, 0x1d192bdd1e14a4cc
seed58:
	.quad 0x0000000001000001
	.quad 0x2444a1e8d1a713d0
	.quad 0xc39802aa77089e3c
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000079
	.quad 0x000000007fffffff
	.quad 0x000000000000034b
	.quad 0xfffffffffffe23ec
	.quad 0x00000000ffffffff
	.quad 0x0000000000000003
	.quad 0x23b0129c0729fe85
	.quad 0x8000000000000000
	.quad 0xd202cb47d2d3380b
	.quad 0x73a9156963d42995
	.quad 0xffffffffffffffff
	.quad 0x34b5931d275919fd
	.quad 0x04800000
	.quad 0xc0000000
	.quad 0x0000dad2cb62b953, 0x49c100007f800000
	.quad 0x84c8e7f2f29cffcb, 0x3e9b59f8c26ed0c3
	.quad 0x7f8000009ab2cf58, 0x7de9368457dfdda1
	.quad 0x7f7ffffffb6d5ba5, 0xff8000007f800000
	.quad 0x60f4503ec3b48000, 0x7e8c5f0dffb0cd3c
	.quad 0x704096afe87fffff, 0xdd4ad9abc98aa76c
	.quad 0x7ffc22628cb21e50, 0x3f75fe67aa446cea
	.quad 0xbf831cd6f809b72c, 0x80055d21d1bbc7f3
	.quad 0xe5da237eff6ffec8, 0x0008000000000000
	.quad 0xc1180000984774ad, 0x99b699617f800000
	.quad 0x12a8b083887fddff, 0x1be2a17ec1200000
	.quad 0x7feed806a99dbb79, 0x7f800000801fc7d8
	.quad 0x84caaa62caeeb17c, 0xfff3694ea11a1efd
	.quad 0x8d4d60bc3fd1fcc1, 0x007c4a0fc0500000
	.quad 0x7ff0000000000000, 0xfb7066c136e00000
	.quad 0x7ff0000000000000, 0x7fa24ca3fffd4756
	.quad 0xfd00e51ffffffffb, 0x8901bb2cda7ffffe
	.quad 0x09313a457f800000, 0xc052800000000000
	.quad 0xbfff75be04ea7d6a, 0x70a8c366f7b343fe
	.quad 0x76187943f7ed7d4f, 0x6686ff3dffc85dfa
	.quad 0x8ae8d74793c6324a, 0xbfee55618a2b55ca
	.quad 0x00000000c3286a86, 0x5f4b6a53f67f7d37
	.quad 0xdfe03477fe999783, 0xfd563e762ebd6159
	.quad 0xad81f6187ff7930d, 0x400d0cabbf01e3a0
	.quad 0x9847fd9c410096aa, 0xa5dfa3455baa28a3
	.quad 0xff800000c2400000, 0xdf0571184325b8e4
	.quad 0x8fe868ba36ee334e, 0xc0e800008ac7eaca
	.quad 0x80ffffffcf800000, 0x2693503a02967bff
	.quad 0xc63ca44bffcc7ded, 0x7ff0000000000000
	.quad 0x7f8bb9678cdb62fb, 0x3f28000000000000
	.quad 0xfff8000000000000, 0x7f80000000181ec3
	.quad 0xffa6c1b3c0200000, 0xbbd58272d8800000
seed59:
	.quad 0xffffffffffffffdc
	.quad 0x0000000000000003
	.quad 0x3cca5a017d3256b6
	.quad 0x23e263f80dfe52ab
	.quad 0xeb7a939ef7cb5fe3
	.quad 0x00000000000001db
	.quad 0x0c5ea2be6c5035e7
	.quad 0x7a765e036b1607b7
	.quad 0x0000000000000005
	.quad 0xffffffffffffffc8
	.quad 0x0000000080000000
	.quad 0xd3092dbaecf53566
	.quad 0xffffffffffff5b2b
	.quad 0x7ac1dc0bc8e273c3
	.quad 0xfffffffffffffffe
	.quad 0xffffffffffe7d95b
	.quad 0x03800000
	.quad 0x10000000
	.quad 0xe4be1411d7f334d8, 0x01348e1d007fffff
	.quad 0xe28da468b06a62ae, 0x6b399ccebfeef98c
	.quad 0xc00a5f0eec62848d, 0x7a4d774e95241680
	.quad 0x800000008043727e, 0x3fff568ff54b1581
	.quad 0xbccb0000ffed50c2, 0xe1372dc3ff5efce1
	.quad 0x7ff8000000000000, 0xa7acbedc2a8d45ca
	.quad 0xc31e1954f32187ff, 0x0004d90a96f45819
	.quad 0xfff0000000000000, 0xc7613143cf3ffeeb
	.quad 0xbcfa42d445ac78f3, 0x000edb7578825db8
	.quad 0xc0ff3a20379c7490, 0xf5619d4ff1ec7c65
	.quad 0x85e7024bcc758200, 0x4f91a02821ed1063
	.quad 0x4000000000000001, 0x8686971e0a502a4a
	.quad 0x3d3ead477fc00000, 0x3a0bae815967b148
	.quad 0xff9675881a7ef7a6, 0xe7b0710e51e91609
	.quad 0x0a0a61ee369f7c00, 0xba0954cb7f800000
	.quad 0x4018000000000000, 0x054158cad7cead3f
	.quad 0x80000000fc41f015, 0x1f2d7f7b3d8e9e53
	.quad 0x40a000003e939dd8, 0x7fbfe2650a5cfc91
	.quad 0x3c145d5b80000001, 0xf39ae61793ffffff
	.quad 0x00ffffff80ffffff, 0xf9e4a796ce6ff5d7
	.quad 0x7225d6a31daf70b8, 0x7dde17f96e46c740
	.quad 0x7ff8000000000000, 0xcb93a83f95a18000
	.quad 0xaec26d6018e4fe3e, 0x82c2ab3d71391cd1
	.quad 0xfff8000000000000, 0x7f2c9fec73f9f6f8
	.quad 0xc27e6279c164de02, 0x6d9c9f1f86a8fe00
	.quad 0x7bd1fd4dbbde57af, 0xc0a00000c1200000
	.quad 0xf32b6f401e534680, 0xf69d237743b24400
	.quad 0x05ca28723efe37c8, 0xabcf1772ef3cc3bb
	.quad 0x072dff32fffeeff6, 0x7ff8000000000000
	.quad 0x804ae0bfd334723f, 0xd5c848b1ffe47dc6
	.quad 0x422ce3a03ee630ac, 0xff80000080000000
	.quad 0x941b74e6c1157974, 0xf1574b8590f3c702
seed60:
	.quad 0x0020000000000001
	.quad 0x33a09325808060b7
	.quad 0x000000000000011a
	.quad 0xfddd594bdfba5854
	.quad 0x0ee0fdfc7cb045a0
	.quad 0xf122affe4bdb8d0d
	.quad 0xb0b862fc6fab4721
	.quad 0x0000000000000216
	.quad 0xfffffffec9c4e63a
	.quad 0xdc6f5e47e3f78bd1
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffbb5
	.quad 0xeea7d73f6408981b
	.quad 0x0000000000000000
	.quad 0x00000000000003ab
	.quad 0xfffffffffffffe92
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xfeffffffd73426cc, 0x4004000000000000
	.quad 0xaf82efdb07abf63c, 0x41fab22499537347
	.quad 0xbfb00000ff800000, 0x3d4110db7f945777
	.quad 0x406b2d9cc36ec5f3, 0x254513afd720aa2f
	.quad 0xbb294c143fffffff, 0x7422e313ffffffc8
	.quad 0xda7ffffec261692e, 0xcacf9edef98d46b7
	.quad 0x8114170b9fea885c, 0x981c9a9eb2a27c00
	.quad 0x01c434d3454083b6, 0xff51959847ffffff
	.quad 0x3e7d2b883f6d6b47, 0x407800007ff85820
	.quad 0x37890000bfd00000, 0x7fc000006d3f5ac5
	.quad 0x5a000000aa80a80d, 0x040c1016ffdfff9b
	.quad 0xbdab7c88c380f310, 0x7fc37fa2bee9b495
	.quad 0x7ff2caefc065227d, 0x269f9788c725dfdd
	.quad 0xbccdb6cbc1279840, 0x003b8da48037711c
	.quad 0x7e800000ddc47447, 0x0364c69934efd92c
	.quad 0x5673d4b77a3ce352, 0x43e6a4393cfd0c7f
	.quad 0x0b84c64695b1fa00, 0x00a67efcff4bf8f1
	.quad 0x01744a9ba158eeb4, 0xa0ea37c1897af803
	.quad 0xa47bb16cdbc68000, 0x3ec5fc305483feae
	.quad 0xa3260113ff3ec280, 0x4f800001bbbcbb4f
	.quad 0xf078dad4be0932d1, 0x40200000ffd82d04
	.quad 0x3e150000bd221077, 0x02c5c48a3985354b
	.quad 0x2bb2a398a9d05d48, 0x7fd97c660302314a
	.quad 0xe0edc3a65d3370ac, 0xd7dcbbccb8cb05ee
	.quad 0xadb32740472cc8b0, 0x994155baa088d322
	.quad 0xff8000007fb9f74c, 0x6af173d9fe177e03
	.quad 0x483eb79ed6114529, 0x6f9f963832e27d06
	.quad 0xb32ac12674c59e92, 0x4287a98aff800000
	.quad 0xfb7eb4147fbd2331, 0x417800007098e21c
	.quad 0x9e500a9b92f4e351, 0x3cdd8000becee876
	.quad 0xe63a0f627ebefcbb, 0x7ff0000000000000
	.quad 0x0000000000800000, 0x52d49a9690f0d32d
seed61:
	.quad 0x9db579adb9df3c37
	.quad 0x0000000000000001
	.quad 0x00000000000003cb
	.quad 0x000000676758bbd0
	.quad 0xfffffffffffee12c
	.quad 0x00000006c02f5a08
	.quad 0xfffffffffffffcbf
	.quad 0x4b2d20d91ddd6c57
	.quad 0x4ef5e7576b9ef2f6
	.quad 0xfffffffffffffc26
	.quad 0xfffffffffffffdb4
	.quad 0x09e619717e72acae
	.quad 0x0000000000000000
	.quad 0xd0184bad4b7f4702
	.quad 0x0000000080000000
	.quad 0x000000000000025c
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x5fc53f91f3fd0296, 0xdaa5956f723afe00
	.quad 0xc7afbdc17d2fbb73, 0x39839294477dce58
	.quad 0xb49319bfff6333e9, 0x240ba74aa1b37400
	.quad 0xde640fc350f38bf3, 0xd37ed249ffe32389
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x662bfcbafff67fcb, 0xbd28e73deda512e6
	.quad 0xf4ff328855d60000, 0x03432bb12766e16b
	.quad 0xc01f000000000000, 0x6f45776bef794b7c
	.quad 0x80000000c0300000, 0xfff3878c6f68c2d1
	.quad 0xc072c3ee25fff5f8, 0x80012879e93048f8
	.quad 0x7f8000008024e88b, 0xca3e8ff0b77fffff
	.quad 0x7f94aa239cf19442, 0x7fd17705d99665d4
	.quad 0x38f01d628dfdf7e4, 0x3fd09e5cd9c89650
	.quad 0xe537799bf6a073c8, 0x3b7deb133d3ca7c8
	.quad 0xa8634ff783043715, 0x819388527feac0e2
	.quad 0x412000007fa72584, 0x47000001bdfdb4f5
	.quad 0xb93a35365d94017a, 0x9e0019247ab6e1fe
	.quad 0xa57f902393e41fb2, 0x3c6c030100000000
	.quad 0x810ffb4e7f800000, 0x804025a34364d50c
	.quad 0xfff25e0734541105, 0x4012000000000000
	.quad 0x442fd8ec59b5a122, 0x0adf9782bf58c2b9
	.quad 0x36e00000c0200000, 0xfbb4cf743ee129fa
	.quad 0xd592e01bb85c95e0, 0x5f000000ef69a331
	.quad 0x7ff0000000000000, 0x7c445ea6c75e3ada
	.quad 0x7ff1d5996ea009b8, 0x68f555e34732b3ca
	.quad 0xc7dcb9a97fce69fe, 0xc40214146b253251
	.quad 0x800308a46f6429c7, 0x7ff457ada6c1e3b3
	.quad 0xbf7f10d7f0e36900, 0x3fe8000000000000
	.quad 0xd5bae2ab0e73e69c, 0x000fffffffffffff
	.quad 0x0d4177b3be7b7fc8, 0xbf8599641aae8ab3
	.quad 0x64364b60bdfe7ffd, 0x8008000000000000
	.quad 0xe8b8cedd81cff3cf, 0x0bf7a635800c65d0
seed62:
	.quad 0x000000000000052c
	.quad 0xffffffff80000000
	.quad 0x00da9190d6305f36
	.quad 0xfffaaab214a8e59b
	.quad 0xd08ca46991151e20
	.quad 0xfa7db4680c5f27d8
	.quad 0xfffffffffff02b5a
	.quad 0xabe6444df529281e
	.quad 0x0000000000000075
	.quad 0xffffffffffffffb4
	.quad 0x9604f362f1cc6b8d
	.quad 0xeec2a09292190f33
	.quad 0xffffffe02a9fb301
	.quad 0xfffffffffffa5b3c
	.quad 0x8d70dfd6107fb297
	.quad 0xfffffffffffffe59
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0xb8984548045131c3, 0x107bad252822fe6a
	.quad 0x4316176b48a603ff, 0x0000000043693e79
	.quad 0x40417156717f3974, 0x0020000000000000
	.quad 0x6e02e52a1227ac80, 0xfff0000000000000
	.quad 0xc0e3c00000000000, 0x7fefffffffffffff
	.quad 0x7ff0000000000000, 0xc0d044367f88296d
	.quad 0xbd9aee26ffc4977a, 0xffc00000ff800000
	.quad 0x2d38330abff49d78, 0x41380e3b9eddf8ef
	.quad 0x841e43c100400000, 0xf3c2f5a66e3d7e00
	.quad 0xc93000003be45c6a, 0x7ff35d63975f9e89
	.quad 0x7ff0000000000000, 0x3fb00000ff800000
	.quad 0x7ff8000000000000, 0x43e0000000000000
	.quad 0x00836f12ff800000, 0x0186e5f1e6897981
	.quad 0x7fc4407e43a8e657, 0xffdfffffffffffff
	.quad 0x04121a31405a4c0a, 0x860e6b9721bcf7ff
	.quad 0x2f881728a3934282, 0x5cbd9f3235a68700
	.quad 0x4780000173a06439, 0xfdeec9f03218adec
	.quad 0x0000000000000001, 0x0536da0e1057ee20
	.quad 0xbcf1908743fd9f96, 0x8a206284bca1096d
	.quad 0x026ebc1b857459fa, 0xfff0000000000000
	.quad 0x6c59f9dd3d0ebfbf, 0xfeffffffffbc9e21
	.quad 0xb476758ae0c6fcc6, 0x3fa5536d7fc00000
	.quad 0x801cc15130382466, 0x0010000000000000
	.quad 0xffc0000080f5cdb9, 0x3b2456694bd07f14
	.quad 0x7dfc7fa5847bbbec, 0x40c0000000000000
	.quad 0xd3537a568fffffff, 0x3e286fc8407fffff
	.quad 0x46080000ff800000, 0xae744729316a7340
	.quad 0x81267a44fdefabe7, 0x7f83917ebdb03e67
	.quad 0xc072dbb3ce5394b5, 0xf635b14479affe44
	.quad 0xce2ae8b87ddebeb7, 0xadb9a05adf395cec
	.quad 0x7f94aebeff8e2658, 0xc2b28f93c0043637
	.quad 0x1635f0695a817c4a, 0xc1c7311f00000000
seed63:
	.quad 0x0004a15f56d0d804
	.quad 0xab59cfe56ed07f21
	.quad 0xfffffffffffffff2
	.quad 0x958e6624a7045e89
	.quad 0xfffffffd27135159
	.quad 0xfffffffffffffcea
	.quad 0x5d4a51ff5be47bcd
	.quad 0x0000000080000000
	.quad 0xe86fff9687ea8111
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff35
	.quad 0xffffffffffffffdf
	.quad 0xfffffffffffffe6d
	.quad 0xffffffffffffff4c
	.quad 0xfffffffffffffd6c
	.quad 0x000000000000004d
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x3f72769de70dfe00, 0xc016000000000000
	.quad 0xbda6d487c7fdd8dc, 0xade3cc555677f93b
	.quad 0x3f8a3675c4000000, 0x6b5106717f8cffee
	.quad 0x817fffff3cb78c17, 0x6133370a43dfffed
	.quad 0x7fc4ef28c0500000, 0xc0b0e7737e800000
	.quad 0x98a30e99755cdf87, 0x7fefffffffffffff
	.quad 0xb8ea73e58c58c91b, 0x1bb875324b17e662
	.quad 0x0eeff066ff584600, 0x41c57b49c5978200
	.quad 0x18031124bf6b4bfa, 0x405fc00000000000
	.quad 0x7ff0000000000000, 0x00000000df33e2a2
	.quad 0x0dd76939ae820ac2, 0x4c6b719a3e9409cf
	.quad 0x0dafa494bf38bd00, 0x3fd56fba774537be
	.quad 0x415d15b180400000, 0xbebceab961ffffff
	.quad 0x31e16a8efab6fdb6, 0x52d49f6e9601002d
	.quad 0x821b76378100f705, 0xffce51b37ff041bb
	.quad 0x40429ff173e00d20, 0x0001a86e734aacd2
	.quad 0xffdc6959d7f3c500, 0x6cd68438ff1a9e69
	.quad 0x8b6b4626aa326385, 0x7ffdb5231767c426
	.quad 0x80ffffff80097cc6, 0xffe238f97fc9bacb
	.quad 0xbfa17f298277f02b, 0xdc800000be91ebbb
	.quad 0xc7800001f2c287a8, 0x23d4ffd4bf300000
	.quad 0xff553449fa8ae11b, 0x27e62bd0ffb3f4bb
	.quad 0xa2c397f4bdb67ab0, 0xe72ee187023bd32f
	.quad 0x3f788a752937a168, 0x7d680afc1b68b5d6
	.quad 0xdd85a11c0189fdd5, 0x405becfd00000000
	.quad 0x926d57a3ffef7bf7, 0xffcbc7fe75389f42
	.quad 0xc1b1db1c3c5b4d15, 0xfdaa8ad757eb366f
	.quad 0x3baf2e40c2970000, 0xeeeadf27ba85969b
	.quad 0x425b3cc240e00000, 0xda4467f8bf1a0000
	.quad 0x6e2093273b91fc90, 0xffc00000411c0000
	.quad 0x401c800000000000, 0xbfc68795157cb952
	.quad 0x0000000014eaa57a, 0xb42b614db84ee75d
