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
	.inst 0x1e2021a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e290201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e03adf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a39f3
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
	.inst 0x4e70d475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e38f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61a9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2301d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e24d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e63d59a
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
	.inst 0x5ee1f8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58f34d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee7f51f
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
	.inst 0x9e02f5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e0416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e228833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fae5194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b3895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f750496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea5fdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea9f498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e700269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f51b51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66411e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30883f
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
	.inst 0x1e599060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e617a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e18ecc2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1a953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e62dc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6d1055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eecfd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2400c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e68d498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f581659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2102ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2ccd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc6597c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2200fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29036e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6f8d9f
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
	.inst 0x7e70d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f030991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6cc632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e292070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6915ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e2be436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6168b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e641898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61407c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f8e583d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e895e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2cd95f
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
	.inst 0x1f2c1930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0e4091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64b46e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e71e4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0c9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea19876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6022f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f06923b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4a2c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6168fe
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
	.inst 0x1f448c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6301f1
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
	.inst 0x9e630033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2db016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee6c5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f624438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f300cd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2198fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24195b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21799c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c2bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e2de69e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60002f
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
	.inst 0x1e2eb58a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e78f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e63ccb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f52fd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f2ae5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f69a437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6129b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e291a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c33a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f4fe5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e626b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e60000f
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
	.inst 0x1e202070
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
	.inst 0x1e205972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7800e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7000c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2849b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2400aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2721c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fc5129c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e66f47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f8df
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
	.inst 0x1f46b050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6740d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f303632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e280164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee2c415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e228856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3059d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eabd5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e67d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e32381a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1885b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22ecbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61a97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a5a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e332c7f
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
	.inst 0x1e6b18d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6241b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e68fc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2fdcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e601834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e592a45
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e276a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e65ded7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f068c18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6169f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f48249b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c07d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69895e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1a83f
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
	.inst 0x4e61b870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc15891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e240932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e31bc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0d9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f400515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e240046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee2fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6178d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6818f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eadf4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e88bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2138bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3901ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b191f
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
	.inst 0x7f39e510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6920e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6000c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f8659d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7000a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee24256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1d977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eeafe78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390309
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
	.inst 0x1e6100cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b293c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b097d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e7dee7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7fc5983f
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
	.inst 0x1f4a08b0
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
	.inst 0x7f3afcd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee9fe74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e710106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e439017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b8a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3100aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e66d49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e7cc4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0c81f
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
	.inst 0x6ee0f810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ef0ec71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e628d72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f60c853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e712270
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
	.inst 0x5ee9fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e341ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f24c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fc49a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb5d57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e61010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f6ce45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e60010f
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
	.inst 0x4e619990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f26ac71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21a9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6285d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6378d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2c05d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1aa36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eafe417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eb3cd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e680859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcf58ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e693b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23285f
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
	.inst 0x1e6568d0
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
	.inst 0x1e3038d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eebf676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e280207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e25f498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6719f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f02e0fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee240bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e699d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea5d5ff
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
	.inst 0x1e64c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e619911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee0c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea19a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e431874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f028135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f56e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58e649
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7801ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28181b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a3a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0d9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e259f5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c2210
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
	.inst 0x4fcd5950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd118b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2000a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b9e56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f223cb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e28c5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f6d9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3102cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60583c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f15005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38381e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e71010f
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
	.inst 0x1e63f55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e02c891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e243832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2bcd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fcc9a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e330895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0b5a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd25918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61aa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2045c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2bfc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e65c57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e67c4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc7585e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fde583f
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
	.inst 0x0e21c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7020c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25be53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e674934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e0875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3101c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6488d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e18d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd89b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6ffdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea0c91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e34397c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24785e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f20e57f
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
	.inst 0x1e200160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e23fd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e640243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e71dd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e600225
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
	.inst 0x9e630097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fb352d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e611b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2800cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21c95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f69a53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7129df
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
	.inst 0x1e6f18f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f683a11
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
	.inst 0x4f899853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e619855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e682210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ec457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e297d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e320939
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
	.inst 0x0fa158fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f80593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68036d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f683b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26097f
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
	.inst 0x1e6740d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61ba12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d7873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea1f5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f2afd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eacc678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fcd90f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e64e5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e711b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e77eddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc1919d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f47817f
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
	.inst 0x9e680160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3001e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c993
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
	.inst 0x6f6efd35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2541d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e635897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b2838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e6169f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5eb4fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f41987d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60008f
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
	.inst 0x1e6328f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1a991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6555f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21aa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21d454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e290246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e09b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f88f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e62c619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24427a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2128db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a483c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e42485d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6dd43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2301ff
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
	.inst 0x4e62f5b0
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
	.inst 0x1e21c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18f483
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
	.inst 0x4fc65215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30fa36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea0d4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c1898
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
	.inst 0x6e2ddd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65183b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7b493c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63b787
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70d01f
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
	.inst 0x4ee199f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e63e551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee241d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7000e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e6179d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e22d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1d9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f65c6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee5d439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f45fe3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e20f57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3a59fd
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
	.inst 0x1e39002f
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
	.inst 0x9e3801c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e586602
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc49873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e675a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e672140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3100a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1f9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b38f8
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
	.inst 0x1e65c01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42e13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e392200
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
	.inst 0x1e7b2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6522a0
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
	.inst 0x1f22b9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1f871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea2ec52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e790183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f441197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e680998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e29e479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e68dc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7800eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f4a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0ca5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23019f
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
	.inst 0x9e380080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e705a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f3cfc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e58dc43
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0f8d34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fb19135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fb09036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e0298b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e741899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6bb45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2ac47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2500ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f85d
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
	.inst 0x1e23685f
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
	.inst 0x5ee1d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e641892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2549d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e19f944
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e1975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eabc556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1ba58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fb2501b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61791c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20c1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f60e4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1d8ff
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
	.inst 0x9e790160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f03c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0f8933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e332020
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
	.inst 0x4e66e417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2401a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f08d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2ff55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0c81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0ec8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6add7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1d95e
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
	.inst 0x1f052970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e233a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e380002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd19913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0ca75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e69d476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e217ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e331839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62409a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61685b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a08fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e612180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2ef49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5eb8fd5f
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
	.inst 0x1e2b28f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e24dc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e60ed32
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
	.inst 0x1e6b4914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fd35975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fd09296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e222160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eb2d4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2fd5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c893a
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
	.inst 0x4ee1b89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0e99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fd218bf
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
	.inst 0x4e61c850
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
	.inst 0x4ea0da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f1813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6141d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1ba35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc811b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e199e47
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee2d658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea1aa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e23ddfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66291c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e26c47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21b9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2258df
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
	.inst 0x7e28ed90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61a9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f28a612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e242853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f223c34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70ca75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02d476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f53e437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e674098
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
	.inst 0x1e2d2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f30fdfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc3927c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e70000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79030e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39000f
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
	.inst 0x1e694810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70cc11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3100a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eb1e433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f6ae514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f3149b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee19ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f423697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e600248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e25cc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6669fa
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
	.inst 0x2ea0d8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e67dd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d295e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b49ff
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
	.inst 0x9e610160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d1a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f712492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f7d13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0c8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eecf5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fab5116
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
	.inst 0x4e6168b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2102e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e29004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7818db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2fdc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee18b9f
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
	.inst 0x6ee0d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70dd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6201f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0d9df3
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
	.inst 0x1e6d2c75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f033056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f710ed7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f4cfdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e756a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f2ee5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e688a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f44bb1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7ed01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f3cfdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f2be41f
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
	.inst 0x1e6a3990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21b951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a6a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e23d4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3001e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e35f4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0a8057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e62fdd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2140f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1a95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f04059c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4ccb3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0ea5f
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
	.inst 0x6eb0c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e02a453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d0914
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
	.inst 0x1f32bc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6bfe77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3308b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e26dd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4b30fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7f101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21e51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eb6e49f
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
	.inst 0x1e34b010
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
	.inst 0x6e63e532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee8d5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eadcd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c1d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e640187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e274c78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3578f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7001ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f3ce67b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f28fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20381d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f2de7df
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
	.inst 0x1e2019f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e611875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb1d696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0ba197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6219d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59ed8a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7a88fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1b99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61a87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eebcd5f
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
	.inst 0x1e227502
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
	.inst 0x1e2c1571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0c8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4c1854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c095
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
	.inst 0x9e240187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e34e5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f653959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f49b45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c25b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e689c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3100ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e27dc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1f95f
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
	.inst 0x4eeac570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e657831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fc190f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0ca35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fa79876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f683d57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6bcc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f30e439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30c9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f27badb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2201de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69fe1f
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
	.inst 0x1e280020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e282831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e218893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f41e474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e254215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e263a16
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
	.inst 0x2f31e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6241d9
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
	.inst 0x1e7868db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcd50bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea4cdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2401cf
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
	.inst 0x1f0c99f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f29e491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2ad492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6afc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2368d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58cd45
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6100c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f68b997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f31fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a78f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e69010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a6d3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b897c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e73e5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e68006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f3adf
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
	.inst 0x5ea1b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea4e4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7001e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e186a24
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f00b195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f4936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e312877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e63e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6169fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30fa1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e72e57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6002ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23487f
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
	.inst 0x1e2f49b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa01a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fcb9a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eebc593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f7484b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f34fc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f3977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7802c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7020b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62f6a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6101cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c21c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0aa0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e245a3f
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
	.inst 0x6e60fdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e24ed11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eaece12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e39f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e311436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e4564
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e241977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee18a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee189da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f68aabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e382b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2500cf
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
	.inst 0x1f4c1c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e300201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f269152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e250063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3120e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202d95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e688405
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2440d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f6be539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58916a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6bf57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f76e75c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1d91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ece1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3778bf
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
	.inst 0x1e22c558
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
	.inst 0x1e21c112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea9c493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1ed74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e310285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f3148d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e638917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e220158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6200b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2418ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62197b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f44e49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f5c107d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e619bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61a9ff
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
	.inst 0x6e61a910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61a971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2740f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e283013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6201f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eedec57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7802c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b1a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2469fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6022f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0fd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f6fe59f
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
	.inst 0x5e21c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e644211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e2a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f288033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fa41914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e6169b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2ab4e4
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
	.inst 0x1e27c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb2ed19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f05b93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f39809b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e74901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6201bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc319fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63011f
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
	.inst 0x0e2fe510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f2000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f46aa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee0d953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4c2d94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f72a597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e682140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fc41ab9
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
	.inst 0x2e2bde9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e25cddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea3e4df
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
	.inst 0x1e27c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d5971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f262072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1b913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e039574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f891095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03ac96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6adeb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e742080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2019da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c05b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66391c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e20dc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03b5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f67a63f
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
	.inst 0x1e6201f0
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
	.inst 0x2e21d9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e6168b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2fa48f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250c76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1b977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21ba78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeed4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2329db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e25c43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b0a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eaff5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25383f
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
	.inst 0x1f0809d0
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
	.inst 0x7e21b932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6ffdd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21ba54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6300f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7308b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a88f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21da18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0d919
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
	.inst 0x1e2b38bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c25c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea3ecfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eaed51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f5b1f
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
	.inst 0x4fce18f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c488
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e235a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e680165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e218876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f249477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ef5f538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0ae099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f83987a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f53469b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71295c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2618dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f61909f
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
	.inst 0x1e244930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eaec571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6200f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e210183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2300d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e666975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e605017
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
	.inst 0x1e202118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1b83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e381c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1a99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b7cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602008
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
	.inst 0x1e622870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6400c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b1852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e38d013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6dd014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e186826
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61d877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b64ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c37d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eeed59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61c87f
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
	.inst 0x9e2200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e700121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59e5e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e310853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e036854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e379015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2301d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e654eb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f2517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e306879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3802ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f29fb
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
	.inst 0x9e2201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71383e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f008c7f
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
	.inst 0x9e58ac40
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61d9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70d852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e193843
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58c084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6189d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eaff557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1a9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e70dcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1883b
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
	.inst 0x1e28a42d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea7f79e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021d0
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
	.inst 0x1f272570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2ade11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fc49893
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
	.inst 0x1f698d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f089076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea8c4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eafe418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0fa0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03b81a
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
	.inst 0x1f20a77c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1d5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61a9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f8812df
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
	.quad 0x25fa202429c5f2dc
	.quad 0xffffffffffffb0c6
	.quad 0x8000000000000000
	.quad 0x000000009be71e3a
	.quad 0x36312591ec9f3528
	.quad 0xfffffffffffffc30
	.quad 0x3757367f1d98e6c9
	.quad 0x0000d38bb514c0c7
	.quad 0x4b1501790b30d533
	.quad 0xfffffffffffffcb9
	.quad 0x00024b8286ef73f5
	.quad 0x51ddfbaffcb2bddf
	.quad 0x8dae01990d07baa6
	.quad 0x9b6f5b9563e413a9
	.quad 0x003a2f846e8767f1
	.quad 0x265267c2c7e08978
	.quad 0x01000000
	.quad 0x50000000
	.quad 0x7fd0000000000000, 0x3fc0000000000000
	.quad 0xcf7d0fa56e92ef6d, 0x1386d924ff535b6c
	.quad 0x53cd59808796b2ce, 0x0060406140f57563
	.quad 0x20827d5a78b64fb7, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x4040000080000000
	.quad 0xf8c58f0d6a8beb8a, 0x2c9f0b73977f3f7b
	.quad 0x6086397ad9bfe2f7, 0x000edc1b51d51761
	.quad 0x7decdbed9f1dadba, 0x4311ba8c7f83f6e4
	.quad 0x755f5a6d85201aa5, 0xc14ab650ff94a330
	.quad 0xf5c0ed771bc803dd, 0xaa7dee24c7ffdfdb
	.quad 0xbd398000ff800000, 0x1cf0947711cf0550
	.quad 0xfe580677b7a22229, 0x1034b3151e713ffb
	.quad 0xe9d3d6ad80db3d92, 0x5bf5c4bc959d98b4
	.quad 0x7ee1886e759ce9d1, 0x0d3b18947f84fd19
	.quad 0x429e63218153cb35, 0xf72e6f3e3e9b00b3
	.quad 0x99d1cf9fe8897c00, 0x81b429644f000001
	.quad 0xe8ed7b07f9916add, 0x000fffffffffffff
	.quad 0xff800000ffb29a8f, 0xff71e5cabef8c35c
	.quad 0xfeffffff7f800000, 0xfff0000000000000
	.quad 0xc813563dbd3ffdbf, 0xc0e80000fb58ff57
	.quad 0xd1a4988e384e7407, 0xdf7ffffef1137159
	.quad 0xe0523fa4706247b8, 0x7ff8000000000000
	.quad 0x579c9eb9ffefbf6f, 0x3908eb123f69314f
	.quad 0x92833176901ffee6, 0xfff2d0e53a5b3039
	.quad 0x7fa3e5ec3c2b8beb, 0x43f109d30a37d21c
	.quad 0x5bc7939ffdf8ba05, 0x699187bdef9b0000
	.quad 0x832268101e36e000, 0x7f92c0c5ff800000
	.quad 0xfff073e59b063afd, 0xce8dc680b3cefeea
	.quad 0x800ae21b1abf637f, 0x01acd6f45d198834
	.quad 0xfffa5694ff800000, 0x8000000000000000
	.quad 0x02a56c49e26538ea, 0x4075400000000000
	.quad 0x000000007f800000, 0xff9b5c96ffb03f54
seed1:
	.quad 0xdf821f57ffa21099
	.quad 0xb5975daa846b8126
	.quad 0x62442e035c0d7f00
	.quad 0x0000000000000001
	.quad 0xffef757ba2df94d6
	.quad 0xfffff2cf28777670
	.quad 0xfffee18f8c75ed75
	.quad 0x0000000100000000
	.quad 0x0000000000000125
	.quad 0xffffffff80000000
	.quad 0x0000000000000279
	.quad 0xda9a2094ea6acbc2
	.quad 0x0001e6934232950f
	.quad 0x71041079412d933f
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd39
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x7ff8000000000000, 0x80000000ffc00000
	.quad 0x08ac62effd18ffc0, 0x568f1351fdefffff
	.quad 0x3f8004ab1a8d82a9, 0xbf86a36886622c53
	.quad 0x81f4b22cd7695c17, 0x0000000000000000
	.quad 0xfff8000000000000, 0x4041bb4c868d38f6
	.quad 0x8c20dc75ac900000, 0x00000000c1b8efb4
	.quad 0x82b8d2b970fc0abf, 0x3f62000000000000
	.quad 0x31e2bd7413300bff, 0x00a552fb00000000
	.quad 0xffea42717f800000, 0x17d03b1f77fdfafe
	.quad 0x1c957208ffff7fff, 0x3cb02be28040a086
	.quad 0x564229cb00000000, 0x741e555b86f07c00
	.quad 0x6df7a20ab3aece38, 0xc01e000000000000
	.quad 0xd3aebc2dd4db14f4, 0xb258b46b7f7efc35
	.quad 0x7ff0000000000000, 0x562a157f30369d75
	.quad 0x7fc00000ffb66680, 0x3fc4b8dc96741c8e
	.quad 0xc2b40000c7800001, 0xecaf10f0ffd947ae
	.quad 0x9b6677322d210fd0, 0x268f3ad2dad963e3
	.quad 0x4affffff80000000, 0xf981d60868f94406
	.quad 0x807fffff414cd24f, 0x3fd0b187cdac45ee
	.quad 0x47dbbeb52b6ccc12, 0xfff49c574ecbcd1f
	.quad 0x0000000000000000, 0x3ddbdc991aee12a6
	.quad 0x003c9a357fb5c69b, 0xef60df6f3fa6bbc6
	.quad 0xb15f2e3fdb9efe0c, 0x3fc27b45067a9126
	.quad 0x8000000000000000, 0x800000000052eec4
	.quad 0x7f6cd560ffddb193, 0xda82f5f0a5a3a4f9
	.quad 0xf0782e8c7a26cb09, 0x75064b05f7f735f3
	.quad 0x06e23190ffb7f9ed, 0x103f8c6440a40000
	.quad 0xc006000000000000, 0xffe235e1684b62db
	.quad 0xbc97fb0a80584e33, 0xd224c50b7fd5cab5
	.quad 0x85ecdeadcff7297b, 0x0cb45a7421409450
	.quad 0x800fffffffffffff, 0x9ca816dcfffaebdb
	.quad 0xac582ce3cbafcdf3, 0xbffaaef05ab130b4
seed2:
	.quad 0x03e58321a2dbbc0f
	.quad 0x9f4ebe6170a8e865
	.quad 0xffffffd1ac50d3fd
	.quad 0x7fffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x9d87e719b9c2ebe6
	.quad 0xfffffffffffb91d4
	.quad 0xfffffffffffffda9
	.quad 0x117bfa20072657b5
	.quad 0xcc7e65c758f5ace2
	.quad 0x0000000000000007
	.quad 0x000000001f943470
	.quad 0xdf3cb9dc5ab4db1d
	.quad 0x7fffffffffffffff
	.quad 0xe86c154a20605ac2
	.quad 0xfffffffffffffe6b
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x3fc2b825fd1e0855, 0xb23a95f98b1e0bff
	.quad 0xfc1b505ac9a00000, 0x53beafc22e48f655
	.quad 0x7ff2a24b0bdb8da2, 0xcf5fa7ab625a83ff
	.quad 0x3e14599c15ccfe00, 0x6197a99492f9fc00
	.quad 0x3adedbb3444106c0, 0x5f2bb40a7fc17c00
	.quad 0xaa6c2cf8d3b383ff, 0xbf916b0586c0202f
	.quad 0x94e6f83130a17c00, 0x02bea0abc0ec0000
	.quad 0xc0700000408ac77f, 0x8fb173b4c36ebfff
	.quad 0x000c220262b36fe0, 0xfb8c954b7f800000
	.quad 0xef1cffde2671ffff, 0xc7800000ffed7572
	.quad 0x3f8f400000000000, 0xf148a55a025977ff
	.quad 0x4c34f57d3dbdce87, 0xbc54423fc0980000
	.quad 0xc01b000000000000, 0x1cb914a8e1f1ca09
	.quad 0xbffc958fc95a5d88, 0x7fe9afca113a779b
	.quad 0xfff8000000000000, 0x7e88141cc2fdf0f7
	.quad 0x1afc933638ec767a, 0x7f944fa603bb4a58
	.quad 0x892645669465fbff, 0xc84b5b1fa988fc00
	.quad 0xd518a0b16732fb44, 0xd9cb64b33ffcff40
	.quad 0xb9b5d3714416775d, 0x8100000087a2388c
	.quad 0x92c5249e0060c616, 0x801cd6d65aaa7807
	.quad 0x4340000000000001, 0x8073f50440900000
	.quad 0x76856439ffce7fab, 0x81000000ff9c701a
	.quad 0x1d302256eefb3fb5, 0xbcc40000c11a0000
	.quad 0xff800000c0b80000, 0x002a31e9ad3bf9c3
	.quad 0x3fe10ca088b12644, 0xbcf5655600000000
	.quad 0xfff0000000000000, 0x7e835fca5906db62
	.quad 0xc2e53b97ff81deca, 0xc007000000000000
	.quad 0xdf000000c2bd2846, 0xcde570c7fffeaec7
	.quad 0xc11000007f000000, 0xcc994f9f61b85bc0
	.quad 0x0eb4eee9e3393406, 0xc9feec114faf3ded
	.quad 0x2ee8e0e61d1e4543, 0xbf7932292eddcf11
	.quad 0x7fa86ab08c339e37, 0x3fdd762e78a1f8e6
seed3:
	.quad 0xfbf748516d30bf19
	.quad 0xfffffffffffffc9f
	.quad 0x00000000000002de
	.quad 0x00000000ffffffff
	.quad 0x000000000000027f
	.quad 0x60ea4b8363719f8a
	.quad 0xfffffffffffffdf7
	.quad 0x7fffffffffffffff
	.quad 0x4125c8c74c94a144
	.quad 0x0000000001000001
	.quad 0x1298f8cb2ccf5bb1
	.quad 0x00000001917f1744
	.quad 0x000000007fffffff
	.quad 0x000000000000018d
	.quad 0xfffffffffffffcdc
	.quad 0xa3b6f23948719758
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x9d6045c83846ef35, 0xf6a867b43efc0000
	.quad 0x41f7401184a7b799, 0xbff0000000000000
	.quad 0x661e3db9fff2b4c8, 0x7fefffffffffffff
	.quad 0x6eb418dd93c24f56, 0xff800000ff800000
	.quad 0x8014c46ce9a8ae63, 0x3f140000d9800001
	.quad 0x25fc3942fff678d8, 0x828c87b33cda40e1
	.quad 0xa66c7e710a98fa70, 0x02c22edbf7767805
	.quad 0x000fb444cbfe2d34, 0x7e5ab3d5cec30400
	.quad 0xfff0000000000000, 0x3b29b795eb5cbab9
	.quad 0x3f9a55dabfc00000, 0x80001782abd934ab
	.quad 0x7ffd0a79ded2951d, 0x707185eb817da676
	.quad 0x72e266ce0065d93d, 0x1094a0ff0b9cdc8e
	.quad 0x29242d041fd1d947, 0xb0b3a6333ec7d31b
	.quad 0x000bf7e14dada2a1, 0xafb0437abdef8dff
	.quad 0x0d7841d9ef57ffea, 0x4134e8ba5a000000
	.quad 0x7fc00000ffe25e4c, 0xc10800003f800001
	.quad 0x035a852a736a54fb, 0xa810be7efffedeff
	.quad 0x57cfc768937c8bb6, 0xc028fc26f239d77d
	.quad 0xc06feb291c931f16, 0xfc7c6466435bd542
	.quad 0xbb7dda8280400000, 0x800c44b9a9a4618f
	.quad 0x4d8602e73d6f2089, 0x8007e0b9d02214be
	.quad 0x3c6e9097eb45d5f7, 0x40300000c5800000
	.quad 0x40b000003f8b5bbc, 0xe06eea836be8e12c
	.quad 0xde2f4eff01000000, 0xe147b7405ffb23ce
	.quad 0xf8e465427e6fbe00, 0xeea0f7ae36b8f93f
	.quad 0xbf9a64d19cbd556d, 0x489ff7ef97f2fdde
	.quad 0xfedc88ea35341e1b, 0x800fffffffffffff
	.quad 0x7ff427cc02a21e86, 0x40a00000c64032c2
	.quad 0x1abb0d96017cce77, 0x00800000bfbc0000
	.quad 0xc011b79aca669849, 0x7fefffffffffffff
	.quad 0xc3efffffffffffff, 0xc394c87dff800000
	.quad 0x0dcf3f194f5b5c24, 0x7ced14bb9436b423
seed4:
	.quad 0xffffffffffff4404
	.quad 0x00000000702318e4
	.quad 0x7b15777040027ce4
	.quad 0x09f44dbf0dc60fca
	.quad 0x612e88520a11ab84
	.quad 0xd7fc52081e4755c3
	.quad 0x09139426fcd0770f
	.quad 0xffffff9a325a92c9
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffde1
	.quad 0x0000000000278e84
	.quad 0xfd81542e9d5c9188
	.quad 0x000000000000008f
	.quad 0xffffffffffffffff
	.quad 0xffff2fe1da0a889f
	.quad 0xae10ef3892b2458f
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xb11a0e74a65bdfc8, 0x361ee79a5eed8800
	.quad 0x86aa9d299f880000, 0x61d49d51bbe97b81
	.quad 0xa9bc5294ffefff6c, 0x416ed639fddfffdf
	.quad 0x83be69a4991fb2cd, 0x65a0cb847ffeccf6
	.quad 0xbf800000410f2c9f, 0x41dbe03a00800000
	.quad 0x3f5817e14f000001, 0x77ede11bb7893400
	.quad 0x7fe0000000000000, 0x702a494505fbfffe
	.quad 0xffef96a201180d3f, 0x7fc000003ef3523e
	.quad 0x5ab80fcb7f8ff9ef, 0x6bcc01f6ff7b3f01
	.quad 0xccbbba18f0a17bf7, 0x3540818e6fd57c00
	.quad 0x3fe8d7bd2deb1333, 0x401c0000007fffff
	.quad 0xc0f40000c3e1c677, 0xd2c3958505bf7c00
	.quad 0xfff0b7288db1e63b, 0x7f8e565f3ce2b694
	.quad 0x7f8000004062e586, 0x000eb539a9bd297e
	.quad 0xdf7fffff49c7dd1c, 0x7fc000007f800000
	.quad 0xc9b9ce00917cd0f5, 0x5c62fedc6ee4fee3
	.quad 0x7ff7563235618161, 0x7f8000006ed4e885
	.quad 0xffc3372d8128be19, 0x4ad94101de5f7ffd
	.quad 0x4138000000000000, 0x8dd68cd87fffffff
	.quad 0x7f61dd0e5b82ddb5, 0xafb1cbce47ba80d4
	.quad 0xff8000004b000001, 0xc2af7f8ab0093e00
	.quad 0x178c074836248000, 0x3ff0000000000000
	.quad 0xfffe75f7ae770eed, 0xa41fd23ac7bd0000
	.quad 0x7ff92ff55b415640, 0x70b03fafaf6ccb2c
	.quad 0x6de1e081e8baff98, 0x00698ecdff7fffff
	.quad 0x5d2e9b51e810fe00, 0xff530d2edfea30ac
	.quad 0xfff0000000000000, 0x5d3d70fc7ffffffe
	.quad 0xc01eaa7cc2d60d98, 0xffc00000c0b00000
	.quad 0x3fcbcee0e58a8059, 0x8000000000000000
	.quad 0x0ca25f397fb6ec00, 0xfcb5c7ce636fdbfa
	.quad 0x24e6047bc2174b32, 0x467039507479a0e8
	.quad 0x41000000ff868985, 0x6e7afe7db14b0a69
seed5:
	.quad 0x6966cc28e600306e
	.quad 0x0000000000000000
	.quad 0xffffffffffffff91
	.quad 0xffffffffffff67a6
	.quad 0x00000002e603b898
	.quad 0x0000000000001e1d
	.quad 0xff3f4c9777584d21
	.quad 0xffffde39350d2e81
	.quad 0x7cd55d57504caa47
	.quad 0x00000000000000d3
	.quad 0xfff18dbf530750e1
	.quad 0x8c3c14a29b8c095b
	.quad 0xffff156a1608c2c5
	.quad 0x0000000001000001
	.quad 0x9827df2e197eb067
	.quad 0xffffffc2f9502b97
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x817fafd11cd9aed2, 0x05d5b384fff2c731
	.quad 0x402b4b26c18badb4, 0xff80000000800000
	.quad 0x7f8000002fc33a10, 0xc070392ad8a5c158
	.quad 0x3faa0b4da5ac3536, 0x54dac670feff7dfa
	.quad 0x8000000000000000, 0xc72da5cbf861f67d
	.quad 0xff8a5197c3595340, 0xbe6933b2ffeffc33
	.quad 0x400c05278365a924, 0xb8d753a55dff7f02
	.quad 0xfe71e6b361100047, 0xc010000000000000
	.quad 0x1c73293ccc773b24, 0xbf78000000000000
	.quad 0x71bd412208469200, 0x4ff53216e4d6fd9c
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xff800000bd300000, 0xdca0d6ff00000000
	.quad 0xc021800000000000, 0x37abb4c57f86cf48
	.quad 0x0000000000000000, 0x41ffffffffffffff
	.quad 0xf6dd8f06e3ab8322, 0xc06df72fc5f3d447
	.quad 0x40d0000012b851c8, 0x4757994a8850a6a9
	.quad 0xba4682e1f82eab2f, 0xbfc63b2f6662960b
	.quad 0x4b67aab3b6e77e9e, 0x82747030fa09e097
	.quad 0xf70d23a526a3fade, 0x4de6caa2fef6bf5b
	.quad 0xb3bab032fffffd6d, 0x9f5f9f7c91bfd7f4
	.quad 0x07a4eb60ffcff9ff, 0xffa28d4586864501
	.quad 0x41f0000000000000, 0x0000000000000000
	.quad 0xff8000007f9282d1, 0xf026769cc08bca14
	.quad 0x313801ab6b8f49e8, 0x3e4cfc9b80000000
	.quad 0xb40fb9dc6a874480, 0x4002000000000000
	.quad 0x7ff46894224f1e72, 0xa921056b77fffc1b
	.quad 0x6887edd2c2c69666, 0x8190fc7779e1407a
	.quad 0xfffd9e10959e017f, 0xf226aa5c0d2bb829
	.quad 0x8000000000000000, 0x83224ba926857c00
	.quad 0xc8330000c07fffff, 0x647cf30b2c1a4300
	.quad 0xfff0000000000000, 0x4237d210ed997625
	.quad 0xff86476bc40cfdd7, 0x7ff0000000000000
seed6:
	.quad 0x0000000000000000
	.quad 0xfffffffcd0f78ff1
	.quad 0x0cbfc0f6bc033699
	.quad 0x00000000002909ea
	.quad 0x0000000e2b17f684
	.quad 0x00000000000d2dd1
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xffffffffa4649b50
	.quad 0x0020000000000001
	.quad 0xfec7d681c46d1ae7
	.quad 0x00002efaa05add85
	.quad 0xfffffffffffffd55
	.quad 0xbffa173c5cd06643
	.quad 0x8465071b1a14a569
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x171c1a326bd5fc00, 0xa7d5727ef6d5471b
	.quad 0x3fed642654ca5595, 0xda67442ff242c3f4
	.quad 0x8008000000000000, 0x15b01877fbfe7a6b
	.quad 0xfff8000000000000, 0x000dedac99561f49
	.quad 0xbfee3dfba7ad6d89, 0x4035dc937f800000
	.quad 0xbdcc0000ff800000, 0xff8000007fc00000
	.quad 0x3a3e6ec4443ea2b9, 0xfd9db6d141fbff9f
	.quad 0xf9dcd70501cd7cb5, 0x4082c00000000000
	.quad 0x8000000000000000, 0x06e006ea399bce83
	.quad 0x418158b6e63c03ff, 0x3f9b7de9019bd81b
	.quad 0xabe2ea043f7c057a, 0x0bcdda0fc0b80000
	.quad 0x35a9bbae0bf67e00, 0x0a41f69cfe7dfd9f
	.quad 0x7ed2c79fc86e0852, 0xcde97730aba84400
	.quad 0xbfbeb9ba9175b695, 0xc00b000000000000
	.quad 0xc4446873d5dff55d, 0x0000000000000000
	.quad 0x7ff0000000000000, 0x3fd0000091b98ba3
	.quad 0xb32588e04bed4820, 0xb93900007f000000
	.quad 0xa92c6384d6caec23, 0xbfff3863deeead76
	.quad 0x43efffffffffffff, 0x4dcfe95affbbfc00
	.quad 0x36e1a52c7fc22d82, 0x9334a89bc796c432
	.quad 0x000d2cfccda52a47, 0x80000001eb56fa45
	.quad 0x6005deffbefd0264, 0xc5e24ec4effdf79b
	.quad 0xc2b249daffc00000, 0x3a4000003e800000
	.quad 0x43eee96d674b49e3, 0x7ff0000000000000
	.quad 0xff957782be5a776e, 0xd757826ec4715177
	.quad 0xbcbb48a542725e8f, 0xdfce3f22e57fffff
	.quad 0x0000000180000000, 0x8000000000000000
	.quad 0xdb682183cd64febf, 0x1b656e11fbdf7773
	.quad 0x3fdd374c3767fbff, 0x3f53631dffad8cbb
	.quad 0x7ffbebd44929b60e, 0xb63ae65dc48cebf7
	.quad 0xe7a7f85df012fb94, 0x82acc9230e30a576
	.quad 0x8fa6bed8ff98f4a1, 0x464000004145a03a
seed7:
	.quad 0x000000000000016c
	.quad 0x56d98107af0f076d
	.quad 0xcf09f870797d4f0a
	.quad 0x996fea921c2cb5ac
	.quad 0x0000000000000366
	.quad 0x56dc9c918bdc1eab
	.quad 0x00000000ffffffff
	.quad 0x000000000000035b
	.quad 0x0000000001000001
	.quad 0x107150d3f89058da
	.quad 0x000000005eba11a4
	.quad 0xfffffffffffffdda
	.quad 0xfffffffffffffff7
	.quad 0xfffffe11387c32d0
	.quad 0x7042b7af7e61533c
	.quad 0x00008182a41f7d24
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0xfc3614057ad192bf, 0x48669f0cffffbcbe
	.quad 0x00a94bdef62d4125, 0x7e1f6cf8a6bfded1
	.quad 0xf2de02bbad82fc2e, 0x400a000000000000
	.quad 0xe745fa8c40c457a1, 0xc19bae9e3e336dc7
	.quad 0xc120000042400000, 0x0000000000000000
	.quad 0xecc3c27abfe9fed9, 0xbbb2d17c7cdc40f8
	.quad 0x8017ec8646cce538, 0x7ff0000000000000
	.quad 0x800000008030d235, 0xfd21035bc02e0000
	.quad 0x7ff0000000000000, 0xffc000007f940851
	.quad 0xb501b41ee697d278, 0x813ce9e809007e2a
	.quad 0xc2aad0c4b7afbf45, 0x8f526cf9fffdfddf
	.quad 0x041014dfc05c8c39, 0xc0de60f742200000
	.quad 0x4f206c21bd900000, 0x354e689aa64b3c00
	.quad 0xd4d50c4544d51f00, 0xbf7dc671b13b93eb
	.quad 0xc6b75ab8dc777c44, 0x6575b40c77ec4791
	.quad 0x80ffffffffc00000, 0x7fdf04b9ffc00000
	.quad 0x000000007fc00000, 0x9135abf1429c4327
	.quad 0x1134c8f5bf183706, 0x800eb73740d8f49b
	.quad 0x400fffffffffffff, 0xc0612cc37c51ddef
	.quad 0xc4a0000080000000, 0x7f8550277f4f9981
	.quad 0x87ff78b668c7c7c0, 0x26bf98bfdeb2afff
	.quad 0x00387e2a410a0000, 0x7fca9a3afbdbdd6f
	.quad 0x407fffffbf400000, 0xa5d229d86f547c97
	.quad 0xd00493ebca6278e3, 0x75ef2481f6ed7c00
	.quad 0x3fa59ea43cb985da, 0x51da5c687ffd433f
	.quad 0x83d81ad0fcedba00, 0xff47cc11e1051a44
	.quad 0x7ecdf10c7a58fd91, 0x62f78497d46a83ff
	.quad 0x7fbe1f353f800000, 0xc340000000000001
	.quad 0xeed6401d7ffcfdfe, 0xa826c48bfc815480
	.quad 0x80a4f5a4a3c9e65a, 0x00000000f16c916b
	.quad 0x03e017c57fb17f8d, 0x0bb050ac7fb04de6
	.quad 0xc7800000ffab5b32, 0x6cd00cc2c0d00000
seed8:
	.quad 0x85a797a3d6545f7b
	.quad 0xfffffffffffffe9b
	.quad 0x00000000000027c3
	.quad 0xfffffed271089ee9
	.quad 0xfffffffff302444b
	.quad 0x8000000000000000
	.quad 0x000000001a513dc5
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x00001edb62c1900f
	.quad 0x0000000000000be2
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x0000000000000201
	.quad 0x66bbfd3b9ecab713
	.quad 0xfc9912ccfcfff375
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xcaf4dc547fe6c028, 0x696bed9eff37ff76
	.quad 0x7ff0000000000000, 0xb13ad0b3bfe773ba
	.quad 0x3f3d800000000000, 0x3fef788573f530c5
	.quad 0x800dede8fd218dde, 0x3bcbf220c1042fa0
	.quad 0x7ff39f1ad3a6b8a9, 0x83243ff00bc91346
	.quad 0xb3c94878e8bdfd3a, 0x3fea35f1ac12fbd0
	.quad 0x7bf458eb1359259f, 0x82ae602f3f99c923
	.quad 0x7ff0000000000000, 0xa71dd571bfd38be9
	.quad 0x7fae3384f21ae38b, 0x3fc25b5090a80e03
	.quad 0x3f9f800000000000, 0xdc66edbf7fc00000
	.quad 0x80000000c3070000, 0x001d183a83085c87
	.quad 0x7fde92923f8dec9d, 0x8c94bc98e8538267
	.quad 0xe2928370caf9fdef, 0xb84b94b49ffcfc67
	.quad 0xfb971229df7ffffe, 0xfff0000000000000
	.quad 0xc82e0000c2760e26, 0x9de4af433cd6c84c
	.quad 0x3e800000be1bf0d6, 0x0000000000400000
	.quad 0x0c75e5d1ef3ffe38, 0x00ffffff7fc00000
	.quad 0xc00000007f000000, 0xddf7fb14f7f5fc00
	.quad 0x7f800000ffc00000, 0x6db3e6eb9e7f1fab
	.quad 0xac54c58ff8affc37, 0x8000000000000000
	.quad 0x706f02d47cd23643, 0xa8cc4aaeffbd9c1c
	.quad 0x401d800000000000, 0x7afa1cf0c8db46e9
	.quad 0xbf8128c28ab9b1b2, 0x40df5a3df9ee62c9
	.quad 0x023491cbe313691f, 0xbf84124d5b257bdc
	.quad 0x7551b98dffe773ff, 0xff800000c8f13775
	.quad 0xbf9f185f11b3e269, 0x800000001a302001
	.quad 0xbfffffff03309b1f, 0x99a0edde7f800000
	.quad 0x7ff0000000000000, 0x3f50000000000000
	.quad 0x430fffffffffffff, 0x40e0000000000000
	.quad 0xbfd1794285367208, 0x935ec31cfe7c6944
	.quad 0xfff94f7747cb6181, 0x51c7dabf7f800000
	.quad 0x1fdc3aba02c6a155, 0x4015800000000000
seed9:
	.quad 0xabdfebeada91f367
	.quad 0x2e70e371519ce6f8
	.quad 0xe97339faaa86f33b
	.quad 0x0000000000000995
	.quad 0x0000000000000001
	.quad 0xd609e46b59b0f4a7
	.quad 0xe51cb0748ff4a517
	.quad 0x000000000000036d
	.quad 0xd510bd0ae8f0fd47
	.quad 0xeab8fc4e9da07a3a
	.quad 0xffffffff80000000
	.quad 0x1ee6af7168a9379a
	.quad 0x088617e674d53364
	.quad 0xfffffffffffffffd
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x7fa298825a290657, 0xc009000000000000
	.quad 0xc040000000000001, 0x40e00000c077e41d
	.quad 0x83471a6b1be16047, 0x404b9355cca53ccc
	.quad 0x8000000000000000, 0x5c5943ffbcfbcfc6
	.quad 0x0674f21e80400000, 0xbfc68000bbea335d
	.quad 0x7ff1475cefe6c755, 0x1d05e030c1d667e5
	.quad 0x43ec68a7a8bff98a, 0xd9fffffe3c2468ec
	.quad 0xccf5888343edfc00, 0x752e583bfcb03e46
	.quad 0x87bb9cda1d7e7c00, 0xffa47a1e40daf998
	.quad 0x19b99ce6c2500000, 0x38c00000757665e0
	.quad 0xc012000000000000, 0x8355d77f6f47f334
	.quad 0x6375f1beffffd6f0, 0x1c25b445c764fc00
	.quad 0x2bc01575bf597ada, 0x2c89e3993750e02e
	.quad 0x0121ab197fc00000, 0x9fbf3af575df8b7f
	.quad 0xffc000005fb48f20, 0xbfdd00762a51a5dd
	.quad 0x940bc93fdd228aed, 0xb730000098ed2310
	.quad 0x032cd2d58f8591b5, 0x806e2d7cdd4b9990
	.quad 0x6d69504a1f9f7cc0, 0x408d50537f4e8247
	.quad 0x0dd654d1ffa378c5, 0xc3e0000000000001
	.quad 0xff00000041000000, 0x3fffb9f259c3b7c7
	.quad 0xc1e78c355885a209, 0xa72301e7fdffd4e2
	.quad 0x4e3e180381082ed5, 0x3f927179280c730b
	.quad 0xcb1fe5b3ffc175ef, 0x800000007f800000
	.quad 0xc023000000000000, 0x0020000000000000
	.quad 0xa9a4616298e68000, 0x2510dc117e534890
	.quad 0xcf7fffff7f800000, 0x42ffffff80000000
	.quad 0xbca31edbfd99c5cd, 0x005b50a4b8a00000
	.quad 0xfff0000000000000, 0x004d6acf80000000
	.quad 0x44eb4d16257b7b54, 0x2b59f12e945b954c
	.quad 0x43e0c933f5bd925c, 0x1b4d979cfdddaffb
	.quad 0x162d9124e2e7f6cc, 0xba0e8e21eefffdf1
	.quad 0x800000003f3d06e1, 0x47ee000040900000
seed10:
	.quad 0x8365c217e1dc980d
	.quad 0xeb80ad7e800b21c0
	.quad 0x00000000006cc2fd
	.quad 0x0000000000000002
	.quad 0xdbe9ffe4cbb63542
	.quad 0xffffd70601f6f021
	.quad 0xfffffffffffffcb1
	.quad 0x2401c19c39b73e93
	.quad 0xde31ac38ca58071b
	.quad 0x0020000000000001
	.quad 0xfffffffffffbc5dd
	.quad 0x19c00122a347cedf
	.quad 0xfffffffffffffd0c
	.quad 0x0000000000000003
	.quad 0xffffffffcacee563
	.quad 0xffffffffffffffc3
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x002fffffffffffff, 0xbd9c783dffda0406
	.quad 0x00764d4600000000, 0x8ac0df6f82a542e8
	.quad 0xa951fd7f51a7453b, 0x41fb943e3266a8de
	.quad 0x64261d3a4c88a29e, 0xe588d748cffffffe
	.quad 0xde95eb705babcdb0, 0x27fab207e8af7dff
	.quad 0xc060800000000000, 0x3ce513d3ffa7b683
	.quad 0xbf7d0f34ff09850e, 0x1fffda7370cf5580
	.quad 0xa05df921056d3ffe, 0x3fd14dfbc5d00000
	.quad 0x27b41427ffe9c840, 0x41d1d387a2013216
	.quad 0xb99aef6e47a2fa06, 0x7e9c74be99a2d4bb
	.quad 0xcdfa4d8022858700, 0xe0ebaf30f7f0c554
	.quad 0xc4ba748716124580, 0x3ba0a5397f3cfa90
	.quad 0xd9b19881746d37c9, 0xbfccf7dad9acfd5b
	.quad 0xae3000b13ae832d1, 0xbf5cea90ff3c2b56
	.quad 0x40f80000ff8ef297, 0x6b69e676fbe703ff
	.quad 0x7e10c6d249540000, 0x0021d1ee3fb57b6f
	.quad 0xc012000000000000, 0xe831bd566f9ffc00
	.quad 0xbfbc55007fe73a0f, 0x89973874ee6b10a0
	.quad 0xc511aed5e1fc48a0, 0xffb0404efedb7f92
	.quad 0x3ad48ca91a330000, 0x2d024638d6555dca
	.quad 0x40498b8b817ee3c4, 0x4ac6ab7248ea5bde
	.quad 0x0000000080000000, 0xbfe95312f483ffd1
	.quad 0xa2e8ae7cd3b7a2b9, 0xc008253036fd25d0
	.quad 0xecad6bbeff800000, 0x7fc0000046544c44
	.quad 0xff8000007fc00000, 0x7d22dd66ffddf32d
	.quad 0xfff910556c85f6e4, 0x436a6c2bf8abfc1a
	.quad 0x03b6f39c4eecbada, 0x059bae5c1517ffdf
	.quad 0x4021ee633540c77b, 0x505f0ea142b4b631
	.quad 0x3ff0000000000000, 0x320b5d36f5d7f35f
	.quad 0x8000000000000000, 0xc03d7d8f9dd84ff3
	.quad 0xc00a000000000000, 0x401e41a980fb8c89
	.quad 0x7fea1b9e53c7edd9, 0x9594542c41100000
seed11:
	.quad 0x0000042172b5e230
	.quad 0xf9b09db1f2e4c1d2
	.quad 0xfffffffffff985ee
	.quad 0x303e7c5f3cf5bdd3
	.quad 0xffffffffffffff7a
	.quad 0x4ac983531577e763
	.quad 0x0000000000000215
	.quad 0xdd8df3d8e4e47d16
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x055c27307114342c
	.quad 0x886d6cd7e412ff7b
	.quad 0x16cd707abd15297d
	.quad 0xfffffac25aa9af9d
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x06c00000
	.quad 0xd0000000
	.quad 0xfff35dd5c629d7fc, 0xfff56a1eb8c0f2f4
	.quad 0x8010000000000000, 0xbd29f852d57effff
	.quad 0x0a9647a43173bf68, 0xffdfffffffffffff
	.quad 0xd09570dafffa03ff, 0x4026200000000000
	.quad 0xa6568215efbf3e00, 0xfac62fb3c1c40000
	.quad 0x699b7537c961d9dc, 0x842d8afebfad3ffa
	.quad 0x4006000000000000, 0x0008000000000000
	.quad 0x41b1dfb46bb269d6, 0x8c3c2c1abceffc56
	.quad 0x00000001714234c8, 0xfff719473f0842dd
	.quad 0x3afd4347e906cb93, 0xc06ffffffffffffe
	.quad 0x7ff0000000000000, 0xa03268ce9c33cc1a
	.quad 0xc1c53bd7c1000000, 0x7ff8000000000000
	.quad 0xffa62bc5ff9b63e2, 0x8bf3da52781e1c8b
	.quad 0x7e7363efc669bd52, 0x26f0942fdaf7ffde
	.quad 0x85c66d2f7fb783ec, 0x3c600000ff9bfe14
	.quad 0xfff8000000000000, 0xcdaf550ce361595f
	.quad 0xefcb71b3cfe57f1b, 0x7ff1d30c51634bbf
	.quad 0x4f8000004351c5e1, 0xc20f9b3f1d887f90
	.quad 0x7ff5c1d08132a31c, 0x2a2bb91b9c2c1295
	.quad 0x409c0000ff7fffff, 0xf87537d5ef6b6b73
	.quad 0x36800000bf400000, 0x39ae0076d6c1e6db
	.quad 0x00f70a1e15559a81, 0x3fe8000000000000
	.quad 0x800000007f800000, 0x4d26bba3effb3bf7
	.quad 0xe415385cc7a73be7, 0x49adc359b647737d
	.quad 0x63c60d3effdbcf58, 0x800eb8ac99479208
	.quad 0x47eb39f0778742f3, 0x41e7f202c3b3a709
	.quad 0x40a3e9a9538201d7, 0x72d54ed27fdfde3f
	.quad 0x0df8615b7fb3515c, 0x4850cad89dfb77fd
	.quad 0x8005e6d7aadf2b69, 0x7ff8000000000000
	.quad 0xfff2165d70c3fa23, 0x4120000080400000
	.quad 0xc02671c78b465943, 0x3fea9df9c13f1844
	.quad 0x83330a0aa86482e1, 0x7ff0000000000000
seed12:
	.quad 0x0000000000000182
	.quad 0x89616d984b1b3540
	.quad 0x00000000000003dc
	.quad 0xfffffffffffffc40
	.quad 0xfffffffffffffef1
	.quad 0x90c1d24d28f77dab
	.quad 0x4d624fed84ac7af1
	.quad 0x63e90d9d407e640f
	.quad 0xa7abdeda532cd92f
	.quad 0x8000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffdfd
	.quad 0xffffffff80000000
	.quad 0xfffffffffffff58c
	.quad 0x0005895b6ac3e41e
	.quad 0xbb77a92d4dba5d1f
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x4006000000000000, 0x5b46ba5c101d0428
	.quad 0xff7fffffc22cc102, 0xee363386ee1b8000
	.quad 0xbfe3809d69264d25, 0xe7688b62d35f3e82
	.quad 0xc0ec00007f851f0d, 0x7dcbacfcdf1f8fe1
	.quad 0x451c00009357b88b, 0x3fd343ea6192fd6f
	.quad 0x3f6415b980000000, 0x22af7c538a272427
	.quad 0x86b78e2600000000, 0x77051baa5bf9d9c7
	.quad 0xa390f59ff778b220, 0x43fad2cb6f6fe3d1
	.quad 0x5ba28bdab8ffffff, 0x7fe8644e4a9c09bd
	.quad 0x7fc0000088d2458f, 0x8000000000000001
	.quad 0xbff875a8bad6ebcb, 0x2cf3cf5ee7ddfff5
	.quad 0x7ffd387896600af4, 0x800d16802a25ec72
	.quad 0x689e9f7f589f9c05, 0x4f7fffffc8c00000
	.quad 0x3bf81df7de7fffff, 0xfffb901b29936c58
	.quad 0x801d35d249c81de9, 0x2516e96f42fbfc00
	.quad 0x80905d71c13ab2f5, 0x7e81972bff9ec2c3
	.quad 0xfff0000000000000, 0x80000000c0100000
	.quad 0xb463afa9ead47c00, 0xfff89a2f4a00e1c2
	.quad 0x12af677aff800000, 0xff80000080000001
	.quad 0xfeffffff7f000000, 0x5f786804ff800000
	.quad 0x18234cd5f230f199, 0x1638b5bc43ebfcf7
	.quad 0x40489ab2f8b5cf9c, 0xfd96a4a29eaf644c
	.quad 0xf345f275bcdc8f69, 0x485000006cdcdf8a
	.quad 0x5c9723117822edfc, 0x5e60e39487dff8e2
	.quad 0xf3986bd58f7eb70d, 0x1a928a0d546e48e0
	.quad 0xee77f5f41b24de43, 0x411c000000000000
	.quad 0xc21ca8eb5f6492fe, 0x5d219d73f9ffffff
	.quad 0x0be6e4ebc7a5618e, 0x8000000000000000
	.quad 0xc0b80000f0dd8390, 0x768248925af8a2e9
	.quad 0xe7461fa1b91d8261, 0xc0f8000000000000
	.quad 0xbc7f284ebdaaa49e, 0x8ef9b1a5441caa5c
	.quad 0x821d4c90e8caf56e, 0x018541286ec91a0c
seed13:
	.quad 0x8ee3988f56e6ac9c
	.quad 0xffffffffa28e5c55
	.quad 0xd635d1b478abce6f
	.quad 0x000000000000029e
	.quad 0x0000000000000179
	.quad 0x028903aefc291f63
	.quad 0xfc318b3c682d7884
	.quad 0x0c7121a8858a1d4e
	.quad 0x000000000000029d
	.quad 0x0000000080000000
	.quad 0xfffffffffe019eeb
	.quad 0x000000000000003f
	.quad 0xffffffffffffd022
	.quad 0xfffffffffff65ef9
	.quad 0x0000000000000135
	.quad 0xfffff2e4d3286046
	.quad 0x03400000
	.quad 0xe0000000
	.quad 0x2eb30c94bfff04c3, 0xc08b44a2809225f9
	.quad 0x41fa4d079fefffff, 0xfff938f160b6e1dc
	.quad 0x5638de91200ec8e0, 0x4130f48111f31f82
	.quad 0x8e382b77e9030d77, 0xccc484fa25eb0185
	.quad 0xc014000000000000, 0x400f2dba3678bf52
	.quad 0x7ffd1fcf01559302, 0xc0b800006babab90
	.quad 0xffed2e47cbffe9ce, 0xf92f3722013c2001
	.quad 0x40880000bfffbf23, 0x3f5c000000000000
	.quad 0x000e30198bf2b423, 0x670d52dbffe88540
	.quad 0x141d5d72bbc37e9f, 0xbfc9c9aa3f030865
	.quad 0x410e00007fe7686a, 0x0000000040480000
	.quad 0xe5471aabeb8b8eb7, 0x12a9470500000000
	.quad 0x544c2678f7fdd546, 0xc070000000000000
	.quad 0xffdbe3b7846b522f, 0xfff63c81afc52388
	.quad 0x654f8723fd53fbd8, 0x80000000557ffffe
	.quad 0x88f22092db9b0000, 0x800b7979fa1c97ae
	.quad 0x562773848eb97fff, 0xf686fb3548f5fffd
	.quad 0x770911aef9fffee9, 0x807fffff41e7443a
	.quad 0x7ed8fbf8c4000000, 0x7fd2e6ec2e7842ac
	.quad 0x1b701d3fe7bffbf1, 0x7fd448d4ca1d301b
	.quad 0xffce2a66c2f2814d, 0xeb06716ba01e04cc
	.quad 0x406e27b7bc519878, 0x53a305d9ff7fffff
	.quad 0x000000017f800000, 0x0741dcd67fc00000
	.quad 0x7fbec7049a781415, 0xcedb6aafc0c3c099
	.quad 0xbe1071b5fff2bf85, 0x3f9e997b6f9148cb
	.quad 0x8212aa18c23f350a, 0x7f800000dfffffff
	.quad 0xfeffffff5f0b3546, 0xccbc9e32ef1e8200
	.quad 0x34e575be9877670c, 0x0000000000000000
	.quad 0x24f2e1dc5cf70347, 0xcaca660b3ac77105
	.quad 0x34cabb16c9f6f980, 0x80f04f718e98fedf
	.quad 0x815422bd755144ca, 0x40296c196521f38e
	.quad 0x801cd0d72d3627a4, 0xbfffffff7fc00000
seed14:
	.quad 0xa2820493d90defa6
	.quad 0x00004601f00972e1
	.quad 0x0000000100000000
	.quad 0xfffffffffffffea7
	.quad 0xc947bd0c569cfe72
	.quad 0xae8d9a900740e69b
	.quad 0xffffffffffffffff
	.quad 0x03238b7777b16116
	.quad 0xe49899f67077cee3
	.quad 0x00000738839bb76a
	.quad 0xfffffffffffffc82
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x00000000115f1f09
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x000000008039cfd4, 0x402cd47f112a6be0
	.quad 0xc394ae5e802f94a1, 0x99d1b76effabfddf
	.quad 0xfff0000000000000, 0x0012780d9ca3051c
	.quad 0x3ffd9533408dcb01, 0x2fd99ae6ffd300fb
	.quad 0xffbb22ab5a50c8d3, 0xc46a064fe3fefef5
	.quad 0xfbe20229eade0000, 0x80400000df800000
	.quad 0xffcd95f0fbd85f43, 0xdda68b5691d7fe00
	.quad 0xbff8000000000000, 0x242f5257581bfc5e
	.quad 0xff80000043400000, 0x3f955a1a3f2f3be9
	.quad 0xff967454ba780000, 0x43d7e067416e0000
	.quad 0x38dc57018dcd7fed, 0xc2de7d1ac9400000
	.quad 0x7f7fffff40000000, 0x682b9dead9d4f800
	.quad 0xfff9f3b59b77e0de, 0xbe671202e1fdc200
	.quad 0xbf7da00000000000, 0xc981b2e14d7a489d
	.quad 0x162d48f9b6ff9507, 0xbd9e30c9f0e0c3ff
	.quad 0xf04f99cadcc0fdb6, 0xdafd6525dffeeb7f
	.quad 0x784b63b6eb88563b, 0x4114afc07fe7895b
	.quad 0x9039cff56f8f1b2d, 0xc009d47bb0408232
	.quad 0x801e2abd86ded866, 0xff800000432e565b
	.quad 0xb675ba3394688a28, 0x90b0b54b435b700c
	.quad 0x431c19da3fa7fff9, 0xb7aff71ebf7bffff
	.quad 0xffd54d29e1d502af, 0x3cd0ab397f800000
	.quad 0xc33ffffffffffffe, 0xf6458e256ce7408b
	.quad 0xff0b2d47ff7fffff, 0xe7bfc45fbbbe9f7f
	.quad 0x50a1ac747ff4cee3, 0x000b9dc2e9802b31
	.quad 0xbcc9e5f85f000000, 0x83604a433e574931
	.quad 0x5989d7c2d35d0395, 0xbc0f04813f400000
	.quad 0x7ebcf3911b47d2e7, 0xbf7e0edcc90c8bf5
	.quad 0x103f857e7fe98200, 0x41b88ac6ff9e880e
	.quad 0xc56dc6c77ccd8000, 0xbf892b7ff308643f
	.quad 0xc001000000000000, 0x7ff34a2d9d84c814
	.quad 0x94e7e9d02583d263, 0x40776c1b01d6b6e6
seed15:
	.quad 0x8a17b3d2adc85030
	.quad 0x6ae685c046831519
	.quad 0x0000000000e256bd
	.quad 0x747472a2846f2c47
	.quad 0xfffffffffffff8c8
	.quad 0x2b04bf66a5261a27
	.quad 0xc0a2e9972a0d47a0
	.quad 0x0000000724565c6b
	.quad 0xffffca8125c7d96f
	.quad 0x2e70582cf2cd694b
	.quad 0xea389beabb5b6abf
	.quad 0x000000000000004f
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd02
	.quad 0x000000000000000f
	.quad 0x0000000100000000
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x023735461d639aa3, 0x3fba88ee4d1efee1
	.quad 0x012e6c6964c68aef, 0xff9ba885fff6ef87
	.quad 0x7ff61819a41f64fe, 0x404f00005f7fffff
	.quad 0x000ffbcf0e6ce6fc, 0x40b95fefffffff5f
	.quad 0x3c8503b5ed69ceaf, 0x7fc0000000000001
	.quad 0xef074a20f9ca5d99, 0x8000000000000000
	.quad 0x9a8140cb7a7a229f, 0xe18ee70cd3d28000
	.quad 0x190db6a2feffe5f8, 0x2aa2551665b1afaf
	.quad 0xb8af0000fca3540e, 0xc5e78457ffdbefdd
	.quad 0xffd78daebf1a0000, 0xfff8000000000000
	.quad 0xc1f749ae7b29fcbd, 0xff800000ff800000
	.quad 0x7f80000081000000, 0xc00c000000000000
	.quad 0x312b9ca6766db903, 0xffe38c62261a7f15
	.quad 0x41191318ff9aebde, 0x7faafbd3c1200000
	.quad 0x43e0000000000000, 0xfff9b4bf0cc256a3
	.quad 0x549508b097c5fc8b, 0xff809f907fc00000
	.quad 0x98e2496f27092cab, 0xfca0d7569b66b9bd
	.quad 0xa0ee220be7b7f631, 0x402966677e09754e
	.quad 0x740ffcef64bbd7e3, 0x40900000004efe0d
	.quad 0xbffd8cbc80000000, 0x407fc217b2cb4e2a
	.quad 0xb3aa070d7c3f77ff, 0x80611ba8df000001
	.quad 0xc017000000000000, 0xfff44b0971fc81ab
	.quad 0x78b2dadc7f2e2eda, 0xbbb4697f6db6af73
	.quad 0x199910c0726ee3ad, 0xbeefeace46880000
	.quad 0xfff0000000000000, 0x0c6d9819bfed4820
	.quad 0xf376330c26669da2, 0xc04383a32ebf1a59
	.quad 0xa2000e80fefbfdec, 0x1109a3e7f5525f70
	.quad 0x0ef9a0e772a44faa, 0x4021000000000000
	.quad 0xe7f9dca12d637c00, 0x02b8d967a10b2817
	.quad 0xfda5653e80400000, 0x7d34fc7b9bd5dc6f
	.quad 0x80000000b6140068, 0xff8ddfd27e800000
	.quad 0x4023000000000000, 0x8f19fdc86faa77ef
seed16:
	.quad 0x0000000001000001
	.quad 0x01702fd6b33c6bdb
	.quad 0x18c25a0cda148821
	.quad 0x001b0f04b611d911
	.quad 0x556194be4a3be443
	.quad 0xcddefabb76e235ce
	.quad 0x8000000000000000
	.quad 0xfffffffffffffffd
	.quad 0x155e84e667340772
	.quad 0x64df03db49d6a7f5
	.quad 0x000000007fffffff
	.quad 0x000000000000006f
	.quad 0xaea48a99092965e0
	.quad 0x00000000000000ba
	.quad 0xfffcedff978e41a8
	.quad 0xd1878d04dfd6ae54
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x3efb1919c5e00000, 0x9d768fbc88978303
	.quad 0x3fd3846a42304b01, 0x9024b323fdb7ffd9
	.quad 0x56c3b6e2246e02bc, 0x800000001c152127
	.quad 0x3fb6c72901d544a8, 0xc03b49bbbc973605
	.quad 0xff80000000800000, 0xb53826b27fffffff
	.quad 0x3e000000ff800000, 0xdf32e056f1ccfc00
	.quad 0xfffcdc0cc60bb6fc, 0x128b811ef77fcbff
	.quad 0xbf792c90ff800000, 0xc035cabb96a2ac7d
	.quad 0x3d017a39ba059b7e, 0x7c665ee3c0071419
	.quad 0x246ec8ea0c9e8000, 0x90a9409e06de8b15
	.quad 0xc06284972c2770e6, 0x88975ccbff800000
	.quad 0xfe2d9a89ffabfdac, 0x002601cf7f800000
	.quad 0xff800000bfc33267, 0x8010f4257f800000
	.quad 0xffffd53782f90d2e, 0xff163f2d51df1efb
	.quad 0x447c9d8ac75b8000, 0xb9800000ba800000
	.quad 0x7ff0000000000000, 0xc04a907ad037718c
	.quad 0x802fffffffffffff, 0x29f9dde8efed5c00
	.quad 0x14412dcc4d357c00, 0x6b19714a64ce3bb0
	.quad 0x0000000000000000, 0x00000000c6c50000
	.quad 0x9416d9ecf9aa42c2, 0x8d84361504334935
	.quad 0xc3709dc9d31f7d87, 0x006c6d903d6d06de
	.quad 0x3ff0000000000000, 0x802c0ff6622dc503
	.quad 0xc98c74da995fc27d, 0xbd4a1ac700400000
	.quad 0x7424d0a5bd810000, 0x07fa5187bfa4d01d
	.quad 0xc11c0000d1b3723c, 0xffefa9e154f26fdb
	.quad 0xff8426faf9717a6b, 0x000bcb5e7bea26f4
	.quad 0xa1b904067843ad9a, 0xdeb8b5469be1104c
	.quad 0x7d79796559e7298d, 0xf37cc45f4ab6718d
	.quad 0x8d4d318cdb17ff5d, 0xd9ffffffbe800000
	.quad 0xda7ffffe81ab98af, 0xbc5c9581d63dfa59
	.quad 0xd74f7f78ff800000, 0x0014b18c47fd671d
	.quad 0x7f800000ffc00000, 0xfb47ae1f410c86cf
seed17:
	.quad 0x57b97a5f07fc5978
	.quad 0x548a8feeebf2a112
	.quad 0xffffffcab16bb6e0
	.quad 0xffffffffffffff75
	.quad 0x8000000000000000
	.quad 0x0000000000000107
	.quad 0x00000000000001ec
	.quad 0x3c9f198e64cf8b9b
	.quad 0xfffffffffffffe3b
	.quad 0x2d063dfd9486cc93
	.quad 0xf984117403fb6d9c
	.quad 0xfffffff4d2f8707d
	.quad 0x7fffffffffffffff
	.quad 0xe1e51e9e55812b2e
	.quad 0x141b6e594429fbc8
	.quad 0xfa9ac10852d8e045
	.quad 0x04c00000
	.quad 0x70000000
	.quad 0xd53504d2fbf67e35, 0x69361ac73de08190
	.quad 0xfb8dfa875f0cb079, 0xbf836bc64036a792
	.quad 0xc0c9c00000000000, 0x3f8ee706a5a0925b
	.quad 0x0000000000000000, 0x8168c4c4736520da
	.quad 0x5ffffffe8649b1f5, 0xbc657b21c43b0000
	.quad 0x7feea7a1bd673c6c, 0xfffb0a00b62543f3
	.quad 0x7ff1840c405f22dd, 0xffd0000000000000
	.quad 0xd27e467b5cdbb934, 0x8134145841400000
	.quad 0x000fffffffffffff, 0x4347b5b116d5ba64
	.quad 0xc00e000000000000, 0x358000003d6b257b
	.quad 0xffdfffffffffffff, 0x800000007fc00000
	.quad 0x792df139982f5840, 0xfe800000f456d9d5
	.quad 0x7fc1b5e8ffb52c76, 0x7ff0ab642953720b
	.quad 0x476e550ff2612374, 0x3ffa4a36e7e480b2
	.quad 0xd9258c60bcbafc8d, 0xccccfd9434343d6b
	.quad 0xb5dfbe0cdd87fff8, 0x4150000080000000
	.quad 0x42600000bd9c4ce7, 0x521a61c40fe9c94b
	.quad 0x4f7fffffe5d0129c, 0x51c7a808b45b7a6f
	.quad 0x7ff7028f380992f2, 0x036d3cc6de4cd5e9
	.quad 0x470000007ff35c83, 0x81178d1d3fd92b04
	.quad 0x3bbbabfb40a40000, 0x7fb3960d39800000
	.quad 0x436218f82bc91a37, 0xea112790bf000000
	.quad 0xc1767e0fcb161775, 0x7fbcd7a700000000
	.quad 0xdec2a2071bb85130, 0x00f41ecb579a65c0
	.quad 0xca8ba3e9ffbff7ff, 0x8a38576ad07ddbbf
	.quad 0x3e180143ff800000, 0x46de000025ee3096
	.quad 0x7ff8000000000000, 0x9b0a5c44d7adbfdb
	.quad 0x8000000042900430, 0x800000007faf8f9d
	.quad 0xe96cf8673d10f8c9, 0x91a42e194308b966
	.quad 0x885479b0d8afc200, 0x82ea282d8739ed83
	.quad 0x69d37aff14c87c00, 0x40023dc5856621fd
	.quad 0x4060000000000000, 0xd406500710936770
seed18:
	.quad 0xffffffffffffff5b
	.quad 0xcce5f8f687edde05
	.quad 0x0000007711281b41
	.quad 0x8000000000000000
	.quad 0x000000000000004b
	.quad 0x00007b7b5a52fc64
	.quad 0xffffffffd2459466
	.quad 0xacd10f6f8309a253
	.quad 0x5661257f7c89dbf2
	.quad 0x692e9b9cb3bc7e6d
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0xc1f4a93dbc5f8666
	.quad 0x0000000000000001
	.quad 0x0000003ac83e8315
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x8008000000000000, 0xff800000bd6ae53a
	.quad 0xea0040f8dffffffe, 0xda6ddcce0d4e006c
	.quad 0x9b3b17a2ffdff7fd, 0x5c68618f22e02353
	.quad 0x8697c5cee5cd73d6, 0x237573f07ffdfbff
	.quad 0xcf800000dba9d0d1, 0xbca20e9180400000
	.quad 0x519cd32c55ff7fc6, 0x57d7cc3aff87ff2d
	.quad 0xff000000ff8e8dae, 0x3fde3a898d07758b
	.quad 0xffcfc0a480631c47, 0x7ff7d16510172b3b
	.quad 0x38e593a3690cf872, 0x400e000000000000
	.quad 0x847403c57fc68f55, 0xffc0000047b80000
	.quad 0xfdf1365dffdf643c, 0x0077413ddf868044
	.quad 0xc3bb00002d81bbaf, 0x8000000040b80000
	.quad 0x73b1e841fcdd4ef8, 0x7f7fffff114b0a99
	.quad 0xf17fcfa9ed41dcec, 0xc1c19c700d82bede
	.quad 0xc34c00005f7fffff, 0x39f982d515ecce56
	.quad 0x36de7d767ffff3db, 0x3f80000000000000
	.quad 0x310b094fdffbaa0f, 0x7ea52e0a4418514c
	.quad 0x000000007f8f5a5d, 0x7ff7960bfddc3915
	.quad 0x151f6925ccfe7911, 0xfae95e944139b6ca
	.quad 0xae353ca1362c8200, 0x829197c6035ebee4
	.quad 0x000e02dae3690dd2, 0xff7fffff33d1abe2
	.quad 0xc002000000000000, 0x61d4c8fee6f25dbe
	.quad 0x7ff8000000000000, 0x6b3e5fb7fdf7ff07
	.quad 0x8f875466cefec72d, 0x7ff0000000000000
	.quad 0x814e1d52f6a7a033, 0xb9362c02eb080134
	.quad 0x0016ee377ffd168f, 0x40f0700000000000
	.quad 0x7ff0000000000000, 0x3aa252c4356b7d9d
	.quad 0x000f272527e19e60, 0xc12200007fc00000
	.quad 0x800fffffffffffff, 0x6a233fa521b9cf68
	.quad 0x80000000fe8c8a5d, 0x0010000000000000
	.quad 0x8000000000000001, 0x3b92f3cfc7000001
	.quad 0x1fb9448d09ae5a97, 0xc114a00000000000
seed19:
	.quad 0xffffffffffffffff
	.quad 0xee277a38faa4f12d
	.quad 0xffffffffffffffae
	.quad 0x3c11d23ea5f955be
	.quad 0xfffffffffffffed5
	.quad 0x00227623da1b1e4f
	.quad 0xcf77bd1e21381af0
	.quad 0xffffffffad315d92
	.quad 0x0000000000000001
	.quad 0x8610bc5fb8856000
	.quad 0x7fffffffffffffff
	.quad 0x000000000000021c
	.quad 0x783ce6c09dcc6eca
	.quad 0xfffffffbeb0faf8c
	.quad 0x1d2831f2cc003e16
	.quad 0x000000000000dfa0
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x7ff0000000000000, 0x007fffff7fe6f6e5
	.quad 0xee843ee97f800000, 0x7b33abf9e9d6b880
	.quad 0x9e754d91fbf6deb0, 0xbf24000000000000
	.quad 0xbce7990efffa6401, 0x7e9f7e11c74c2b4f
	.quad 0x7e4ef0fb79dd1860, 0xff8299d3d67ff904
	.quad 0x7e8d35a2cb4e88f8, 0x00000000ffb9b7ec
	.quad 0x40b000001fd3fd1a, 0x3c629a487f951c26
	.quad 0xa9e12145fff6fce2, 0x80cc89ef8499b19a
	.quad 0x7ffe886b1c417911, 0xc066d1dd697aa87d
	.quad 0x3ecf26c1e74d9ee1, 0x8657c9b8702e58ff
	.quad 0xd6a2d819b6837c00, 0xdea6bee95cd2bd22
	.quad 0xff8000008020c9cf, 0x4d09a341e55cb224
	.quad 0x24cbdafa5014a5b7, 0x7f81fb60007f4bc3
	.quad 0x3eebe00000000000, 0x4013000000000000
	.quad 0x8000000000000001, 0x48ebb1ef0cae54a0
	.quad 0xd32d3b415fcf85b7, 0xbd9f284c3f953424
	.quad 0x803dcfe2bb806eec, 0xe740038dad3fffb4
	.quad 0x3fb82ac6986b3141, 0x46a48c5fa4644800
	.quad 0x9a5aafa9fbe5dcf9, 0xfff7dcb9811f1ad1
	.quad 0x7ff5ae1119ac1bda, 0x7eb3f9f4fff3f759
	.quad 0x80ffffff0bc878cf, 0x7f800000fea2c796
	.quad 0xb8b9f0337fcc87ff, 0x9746044566d9f546
	.quad 0xfb89e302adbffffb, 0x4189afdb40b80000
	.quad 0x8011634ffd62897f, 0x7e3827cec0ffeb55
	.quad 0x8010eeed7f800000, 0x54ce3fe1c7ffffff
	.quad 0xc0243efd65891e9e, 0x2384ba5740a00000
	.quad 0x83516bc408d23bb8, 0x425ce63b9b7fafee
	.quad 0x40e7000000000000, 0x9f298a98bad8fdfc
	.quad 0x984a8780b6d80000, 0x5b0249c3674ff975
	.quad 0x3b2801e2ffd383ff, 0x5a56101284428000
	.quad 0xb8fe800000d0a0c2, 0x800000003eebd389
	.quad 0x3f9d5b6439c09082, 0xfff09380b342ac9d
seed20:
	.quad 0x0bd727138db6b116
	.quad 0xfffffffffffffe65
	.quad 0x1f9df542b93a8c1f
	.quad 0x1926d52a1bed3104
	.quad 0x35c0de4cdcc9c7fe
	.quad 0x00001585b176412a
	.quad 0x000026d72eb2588d
	.quad 0x3147c3a67a336589
	.quad 0x0000000001000001
	.quad 0x9c13a6857134c82b
	.quad 0xfffffffffffed9d0
	.quad 0x000000000000027a
	.quad 0x0000000000000003
	.quad 0xfffffffffffffde9
	.quad 0x0000000000000804
	.quad 0xf34d4fec04ee5975
	.quad 0x03400000
	.quad 0xa0000000
	.quad 0x3db80000006a1d1f, 0xbfea7791ce1cc01f
	.quad 0xffd383b86f8189c1, 0xf85132afd925fc00
	.quad 0x8cc234508bcc5e62, 0x3fba000000000000
	.quad 0x13ea8c477fe23238, 0x00000000004420cf
	.quad 0xffc00000a7085da6, 0x4289d5ed1c1859b6
	.quad 0x49fb8626824083bd, 0x3648bba917e3b7fc
	.quad 0xc068496c3e4bd200, 0xfff8000000000000
	.quad 0x85ce3f73ae1c49db, 0x7f806b08439014fb
	.quad 0xd4ca6632313eda14, 0xbfba000000000000
	.quad 0xfff0000000000000, 0x0d6b1ae0e92809fe
	.quad 0x005730e5411c0000, 0x5b04b56b7ff7b414
	.quad 0x8000000043800000, 0x00000000ffcf16f3
	.quad 0xc029a36642cb93c0, 0xf4a892edb96f9e04
	.quad 0x0007d9dbb5141160, 0x7e289686b80f71bc
	.quad 0x68f98dc4ff934c23, 0xc7fffffe14f3ea83
	.quad 0x000f0664dcf3a369, 0x032ee3463e7b8dc1
	.quad 0x3c3cdc92690c77ce, 0xb72f032543c38253
	.quad 0x40bea00000000000, 0xffaf5f3840f00000
	.quad 0x4e8828c153e6789d, 0x09a674040b9b07ff
	.quad 0x38c0000080ef95d0, 0x656f172ae3d7fde0
	.quad 0xbfeede81851297ba, 0x8000000000000000
	.quad 0x5a0c7530e60cde7b, 0x59f7de4a01647547
	.quad 0xc27c4db019a156a4, 0x4230c76c2328d8bd
	.quad 0xa01111712a7fc463, 0x10057c3c80000000
	.quad 0xfb9359f55f1843ff, 0xf3d4dc3aebea8d99
	.quad 0x0000000000000000, 0x885913eb5bbb3fae
	.quad 0x1f297bbec6d61475, 0x4108000000800000
	.quad 0x58ee7890ffdc450a, 0xb85182b86065b4dd
	.quad 0x40486143fa2a6222, 0x42d879dd70c8a2a2
	.quad 0xfff0000000000000, 0x0008000000000000
	.quad 0x8080000080000000, 0x0040000080000001
	.quad 0x423eaec800800000, 0xfd6f529fffdcfa9d
seed21:
	.quad 0xffd2baee6647407d
	.quad 0xffffffffffffff64
	.quad 0x66d110cb9635fe92
	.quad 0xfffffffffffffff4
	.quad 0x0b312f41346a0ba8
	.quad 0x0020000000000001
	.quad 0x33d51cb02c7464c4
	.quad 0x0000000000000182
	.quad 0xffffffffe5a4b760
	.quad 0x008e768175a62bfb
	.quad 0xfffffffffffffcd1
	.quad 0xffffffffffe1e2f8
	.quad 0x0044338d5d46eafc
	.quad 0xd2b5b173aaab89bf
	.quad 0xffffffffffffffff
	.quad 0x9de91e46aca4ef65
	.quad 0x04800000
	.quad 0x60000000
	.quad 0x3d887a85ffebfc16, 0x5cf611c1ffc6ffff
	.quad 0xbf22400000000000, 0x21c7fa22d287355a
	.quad 0x8000000000000000, 0x6db1fe137f98c57a
	.quad 0x7f800000c108d00f, 0xa3a800c08b9e7d33
	.quad 0xfff770ba76ff2d18, 0xb5c5c17d3a91dec0
	.quad 0xf5e8f3a6f8b27dd5, 0x048a614dacaf51a2
	.quad 0x7e35dcdffc7b7e44, 0x266ac18f7ad97c00
	.quad 0x03474dd28574767a, 0xf59ffbbb7f35acd9
	.quad 0xbfd189933a2fc557, 0x9ae5219fe5bb8bff
	.quad 0xfb0147ea4e610000, 0x9d2db51a47000000
	.quad 0xfff0000000000000, 0x40169338d19d19b9
	.quad 0x0a7de8e348604500, 0x7ff0000000000000
	.quad 0x2453a373d1bc6f8a, 0xc0a4000058392fa1
	.quad 0x807fffff40900000, 0x3f7cb3397fc36ab4
	.quad 0x76a3a6987af3df79, 0x5e1096cdfffdfffd
	.quad 0xffe0000000000000, 0x41e9af573c0a3343
	.quad 0x3ce5b25247000000, 0x48399a4905360514
	.quad 0x7b827f34bd991f87, 0xc064c98cf5716eeb
	.quad 0xbe4fe0c683277183, 0xa875f5fc5854a1bd
	.quad 0xf0da13b4c3cfffd7, 0x4032000047813cc2
	.quad 0xe8bb49c867d9310d, 0xfff0000000000000
	.quad 0x7f88104c00223073, 0x4573e21562f67d2f
	.quad 0x7c6b64ecfff73dde, 0xc2f600007adf6dac
	.quad 0x8d2489f2bcfe9e42, 0x3875e7d33bbeab5e
	.quad 0x672e704d0e35b6d7, 0x0000000000000000
	.quad 0x8030053bd6975abf, 0x98efe34236352574
	.quad 0xc01d000000000000, 0xfffbd8fa61b884e0
	.quad 0x17178575ada6ddde, 0x40c00000963f8470
	.quad 0xd3b6edd3caddaaaf, 0x80212e893d89bbe2
	.quad 0xc4d9f76559a2f8ee, 0x4ffffffe3a1a0000
	.quad 0x3eb4400000000000, 0xbf96704a4758ea71
	.quad 0x4fab537961248000, 0x00ffffff7f800000
seed22:
	.quad 0xada35f820cf70801
	.quad 0x00000000000003c5
	.quad 0x1f425179d9287c45
	.quad 0x90990fe21b67f27c
	.quad 0x5625eecef22653c2
	.quad 0xfffffffffffffc1c
	.quad 0xfffffffff3599d2e
	.quad 0xfffffffffffffffe
	.quad 0xb577c4ecae6bf2ec
	.quad 0x0000000001000001
	.quad 0x000000000000023a
	.quad 0x451d9d5ff6e2d67a
	.quad 0x10ff57cf9d593d64
	.quad 0xffffffffff736634
	.quad 0xf3e3d58ccd2c501a
	.quad 0x2634e31f40e9d515
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x44000000f88e198f, 0x7f800000a3ee40c0
	.quad 0x809934cc5ac70ad2, 0x0030367c35b8c6f4
	.quad 0x1ed68c799b0da829, 0xfff8000000000000
	.quad 0x0040000052800000, 0x7db307a72607a8f7
	.quad 0x5dbf71a9db7f7fcb, 0x21eacfa1fff07bac
	.quad 0xffd875111a8bf268, 0xded60e6c422dfbff
	.quad 0x82a6f48a8a44ffe2, 0xff800000ad62c754
	.quad 0xbd2ccade8210060f, 0xbd028e6a80000000
	.quad 0x7ff0000000000000, 0x23e7712bf253ff19
	.quad 0x5da9455ceefc53e1, 0xbfa676e15880dd2c
	.quad 0xf8bb315ac9e18000, 0xdbed156c8fbc0a25
	.quad 0x40425c9225d02843, 0x837316cf3fe31a39
	.quad 0x3e28bed6ffe3b72f, 0x2a9242defe765a8c
	.quad 0x425737b2953934fd, 0xf48eb766dc7e7037
	.quad 0x90b01b00ff9c4bd8, 0x4aea18cc4b8e7d43
	.quad 0xda7fffffbc51a57a, 0x402ee87be58b58cd
	.quad 0x4006000000000000, 0x871c3859ffdd7dd2
	.quad 0x33a1c135b6ffffff, 0x800000005f7ffffe
	.quad 0xbfb4e85cffce7c9a, 0xbff4ee76039f8b3d
	.quad 0xf9c58994cd9efd12, 0x7ff8000000000000
	.quad 0x7f7b3112d7b17fff, 0x3eb59ee53ac58600
	.quad 0xa55ce69238f0c8c0, 0xfffce5aca5e7e21f
	.quad 0xb49d541d5f3555a3, 0x2d91324a7ef57ceb
	.quad 0xdcd1e87e5a37fc0c, 0xdeaf9a47fff7be49
	.quad 0xdded5458ffd27c00, 0xc045a609a4ab74e9
	.quad 0xc9b016c3c1efbefb, 0x433fffffffffffff
	.quad 0xfff8000000000000, 0x13d0a7680a7bc51c
	.quad 0x8364a7606896a13a, 0x6cf6f8f4f9896de2
	.quad 0x00467c15414e8db2, 0xce0f5e60bffbd3bd
	.quad 0x3f72000000000000, 0x440da122fddf044d
	.quad 0xc1e0000000000000, 0xfea571497a462bfe
	.quad 0x3fbf7324130e387a, 0x4078a65d9fffccdb
seed23:
	.quad 0x00000000000003ad
	.quad 0xfd82e5594080d1bd
	.quad 0xffffffffd1d68298
	.quad 0x0000000000000e1d
	.quad 0x0000005356f5f5ce
	.quad 0xc33c623753861c13
	.quad 0xf973ac4868807bea
	.quad 0x0000000080000000
	.quad 0x00000014631f6c3a
	.quad 0xffe4389b0a10e80f
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffa192f
	.quad 0xfffffffffffffd28
	.quad 0x0001bc9b62f3fce5
	.quad 0x0000000000003777
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x817ffffff341dcad, 0xfff6419180b4064c
	.quad 0x0ead40b87fcf8900, 0xf31d881629c7f9e0
	.quad 0x727a40f80fcef278, 0x4018000000000000
	.quad 0x08b262c8beddb9ae, 0x9d2072a900000000
	.quad 0xff0000003d2a3c37, 0x6bc285e1bf000000
	.quad 0x7b1b56441791af2e, 0x7f8000003ea9df22
	.quad 0x3f628bfdd9800001, 0x7250d6897fbe450e
	.quad 0xf6e1ffd85b218000, 0x43e0000000000000
	.quad 0xffc00000c1040000, 0x97bdbb2f7f800000
	.quad 0x46460000fc7e7d58, 0xf8ba70231d7fa4ff
	.quad 0x8ccf5bdebf7afebc, 0xaa86adf0623caa5d
	.quad 0x3ef0d655debdfa5f, 0x7f800000ee224745
	.quad 0x0706eb3449c0d1a1, 0xc297c10180cf8acd
	.quad 0x5a000001bf14400c, 0xc0cfd2acc26a57bd
	.quad 0xc3db8a76c7ffffff, 0x3f87ab9d04a210ba
	.quad 0xc27d2e1d00000000, 0x733dd976ffc00000
	.quad 0x620532516996fc00, 0xc4c00000c3a0be65
	.quad 0xc002060f5c5dcc0b, 0x3feeb98a09f4132d
	.quad 0x4c5da716fffbffed, 0x0025ed6a16ba2841
	.quad 0x818ce52b7f800000, 0x7f89505aff800000
	.quad 0xc011d1be705f25f4, 0xe3ef87ce00000000
	.quad 0xd192293e5b1027e9, 0x2fd6a31a4ff94620
	.quad 0x262b9bcdc36803ff, 0xf78c9ad00021d53a
	.quad 0x2f8b52da4fe1bab9, 0x40b80000f7b36070
	.quad 0xfff14693510ef388, 0xc330000000000000
	.quad 0xe26ca6ad75025997, 0xbbd6c5d4ff39fe15
	.quad 0xbf8171e0f224e8ef, 0x07d11acd7627db0e
	.quad 0xfffce6822c47f1be, 0xe62328fafff17ccf
	.quad 0x283bf64641870dff, 0xbffa7e738d76af8f
	.quad 0x4204387d7fad2a0a, 0xcf4afbcf4a21d15f
	.quad 0x002fffffffffffff, 0x24b75dd73fd00000
	.quad 0x7e800000434c2646, 0x3f973253c092c81e
seed24:
	.quad 0x7da00418cada994b
	.quad 0xfffffffffffffffe
	.quad 0xffffffffffffffcd
	.quad 0x000000007fffffff
	.quad 0xffffffffff2d233b
	.quad 0x350ead9dbb58da54
	.quad 0x00000000000002b8
	.quad 0x0000000000000196
	.quad 0x071ee9e8110a2b56
	.quad 0x00000000000000cd
	.quad 0x277dd0a1b4e8bf8a
	.quad 0xffffffff80000000
	.quad 0x0000000000000392
	.quad 0x765b68831018c298
	.quad 0x0000000000000d2a
	.quad 0xffffed08f0ff0603
	.quad 0x02c00000
	.quad 0xa0000000
	.quad 0xecd43001d783bbeb, 0xbf5000007f5d1669
	.quad 0xc2185e85f846ec50, 0x07de9a8fbd695389
	.quad 0x409c000043e38c64, 0xc165c5f6c24f7724
	.quad 0x467551261f1dbf2c, 0xfff8000000000000
	.quad 0xbfaa21bb0b2fa306, 0x92873278c278ed67
	.quad 0x67dc40a04fb2215c, 0xffc000007f800000
	.quad 0xee49dfa3b253fa68, 0xc56000007fb98ebf
	.quad 0x8000000000000000, 0x124f31523cf2c740
	.quad 0xc5904e9726bf45ab, 0x2c6e665340f6fa4a
	.quad 0x4dafee00514d45bb, 0x40e164547fc00000
	.quad 0xbc1feee90054b01a, 0x81ce15357796f6ce
	.quad 0x000fec998250d1ba, 0x86743279189e3346
	.quad 0xb66800007a1fcf32, 0xbcc400004fffffff
	.quad 0xbf3c000000000000, 0x63143207ff98c600
	.quad 0x8068f14c3dd8fb9d, 0x8000000000000000
	.quad 0x42d65fd27f864b13, 0xc02360e0ac2fa597
	.quad 0x8000000000000000, 0x175403c0f7ffffff
	.quad 0x9cd8f34c7f800000, 0xa9eb8bc67fbadfbd
	.quad 0x44e00000ff9b45e3, 0xc5e84d1306e390ed
	.quad 0xc36fffffffffffff, 0x20206b3a50ea5ded
	.quad 0xc0b9800000000000, 0xce4bfd51ffaba4a8
	.quad 0x411800007d058e1f, 0xff8c1ed7df000001
	.quad 0x01028b9d17b93835, 0x3c0b75c4428de0c4
	.quad 0xfff699517bdc7a46, 0x34772186d03a7c00
	.quad 0x3fada834252cd655, 0x80000000017fffff
	.quad 0x3f807e8feb355567, 0xf9d27d78e31f7c00
	.quad 0xc3dd5d848d10d56f, 0xff80000041100000
	.quad 0x006ab48b41000000, 0x8000000000000000
	.quad 0x4100000080000000, 0x813555d732a43164
	.quad 0xd9fffffe7fb4d9fd, 0x08b45b15fef7f27e
	.quad 0xa553800ac07ea7a5, 0xfce4dcf9b7c48000
	.quad 0x77ad9310cac28187, 0x3a80000000000000
seed25:
	.quad 0x0000000000000000
	.quad 0xa507d88dd34d8d65
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc1c
	.quad 0x0000000000000001
	.quad 0xfc4731e43a5598cb
	.quad 0xffffffffffe4fc7e
	.quad 0x13e95986056275c7
	.quad 0x000019c4a3b6777a
	.quad 0xffddf3781f8963ab
	.quad 0x00000000000059a0
	.quad 0x43225a9f28f4f9a1
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe9c
	.quad 0x0000000000000659
	.quad 0x000000006ad01989
	.quad 0x06800000
	.quad 0x20000000
	.quad 0x7b7a972b5c87037c, 0x800000007f800000
	.quad 0x9c4c0dfdaaeb0d2c, 0xae61d094388b7c00
	.quad 0x59f4941b740dba93, 0xfe8514abeb84417f
	.quad 0x0000000000000000, 0xc340000000000000
	.quad 0x11f5883b1987deb3, 0x917cbc304bf7023e
	.quad 0x000b01455bbc83f6, 0xcab2285d00ffffff
	.quad 0xbf17000000000000, 0x73dfac07828ba244
	.quad 0xbca6c148127e40be, 0x800f1d0ffeffffff
	.quad 0x65de1d571ab47aca, 0x0003901988a0cde0
	.quad 0x400000007f7fffff, 0xb69eba0a7749c7ff
	.quad 0xbfa06d2b864cb858, 0xfd3a30aa69ef0000
	.quad 0x7ff0000000000000, 0x7f483b4a8030f1d6
	.quad 0xe7169a3dd6881208, 0x8247c53c7034c72b
	.quad 0xc26922737e90cb61, 0x4000000040000001
	.quad 0x005312743faafaf4, 0xffdfffffffffffff
	.quad 0x1d4c63adfcfffee6, 0xe5f88809d5eefc58
	.quad 0x8046fb78bf5d492b, 0x59dfc678fe5c68ff
	.quad 0x7ff620b27c122695, 0x05d75fe8e360ead0
	.quad 0x31b5c14d5b29772d, 0x7b89e16fd9cc3166
	.quad 0xff80000047fffffe, 0x72b27e29fedb2f7c
	.quad 0x0f428bf8fff5c453, 0x718ab06367b61f2d
	.quad 0xc06fd93c113feaff, 0xe512e4f917806d97
	.quad 0x49f057bcdbd60f75, 0xf9ce5ff0ffffffff
	.quad 0xb42e784d186b0309, 0xfd07adc5442a3a53
	.quad 0x3fc000007fa88304, 0xfd2ca5b9d72c40b7
	.quad 0x0a61828fcf49f400, 0x248eb6f8bc6fce8a
	.quad 0x94d22bd87edd8000, 0x7ff028c9ffb5ef58
	.quad 0xff84707378aeea65, 0x4051052d88d77fdc
	.quad 0xabaa7ee0eb47f41a, 0x011afbfc8dffffff
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x6c2d3d557ee7feef, 0x5adbf0389d0c2ce4
	.quad 0xdd56135b94e4d256, 0x35d67937c3f6d511
seed26:
	.quad 0x0000000000000372
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd1b
	.quad 0xee7d04408e1d17f5
	.quad 0x0000000cde6e64ce
	.quad 0x116334556a4e1493
	.quad 0x0000000100000000
	.quad 0x0000000000000170
	.quad 0x00000000ffffffff
	.quad 0x0000000100000000
	.quad 0x00000f5fba0fc8e2
	.quad 0xfffffffffa06075a
	.quad 0xfd4f5691e7581493
	.quad 0xfffffffffffffd3a
	.quad 0x0000000000000374
	.quad 0xffffffffffffdf58
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0xff9e7e1b0931cd65, 0xa1fe4d41cf800001
	.quad 0xfff7215b03456d61, 0x642455df7a6e2b6f
	.quad 0xc2ce295b80000000, 0xd5cf1d0786697c00
	.quad 0x7f800000807fffff, 0xbbea49c98122807c
	.quad 0x7ff69e195e6d6461, 0x40047bf914f61fb7
	.quad 0x91b47110bed6ff04, 0xfff2a37973e12c57
	.quad 0x7b8f22a67f7fdffd, 0xff9fe67c80000000
	.quad 0x7fe76c61aba87066, 0xff90a518ff7fffff
	.quad 0x3f4d0000ff839426, 0x3f80000140e80000
	.quad 0x7ff2d007890441a6, 0xfff77040c695be33
	.quad 0xbf63000088bd4f95, 0xd30e93f6f62cde57
	.quad 0x6b7a369f35407964, 0x3a038a8fdde7efe3
	.quad 0xc0400000ffa7d42c, 0xffc6680ec34d8ab8
	.quad 0x3fb64ef4c7fba647, 0x407c000000000000
	.quad 0xbb5ed3d3ffaea926, 0xcff69fae6f7bc5b9
	.quad 0x48caa31cd4cd975c, 0xfff63412c808d640
	.quad 0xfff8000000000000, 0xffa4a66247000000
	.quad 0x8fa6930dee3349b9, 0x403aae4b98a821bf
	.quad 0x411c000000000000, 0x7ffbf2a028bf1b94
	.quad 0xffe6ec25c5769802, 0xffa80c4b68323465
	.quad 0x1428aa01b7c4509f, 0xffd7f8fc75e27092
	.quad 0x2f9afdaaabfd7c00, 0x88e940e36f19f6da
	.quad 0xc0c49dd2cead07c0, 0x9751e9e96b66a006
	.quad 0x93efc4ca807fffff, 0xfdb6e2de958a2c3a
	.quad 0x957592925e80bbb8, 0xbf6000007fc00000
	.quad 0x5e27f9a43bbb7f5f, 0x3fdfc2cdcd7d9c89
	.quad 0xbfdc427860cf1186, 0x1597640640131976
	.quad 0x1cac935800000000, 0xacaf8dacf13dbcac
	.quad 0xe021afa459ffffff, 0xec5b0683007fffff
	.quad 0x3f82e6c4bce1ebb0, 0x0f2b5a73be48f81d
	.quad 0xa7bdf8b7df7fffff, 0x3f9ccf93dc41f2f0
	.quad 0x3ff4a4ec5805460d, 0xa1c4e6e65ba0807f
seed27:
	.quad 0x000000000000014a
	.quad 0x0000000001000001
	.quad 0x45f8461b29d87637
	.quad 0xffffffffffffeac5
	.quad 0x111589f767c7940a
	.quad 0x000000000009b969
	.quad 0xf3b200d222287838
	.quad 0x00000000000001c2
	.quad 0x243316eb5df90f77
	.quad 0x0000000000000001
	.quad 0x85087e2dafa23223
	.quad 0xffffffb24a1c52d7
	.quad 0x00670d50609bfe69
	.quad 0x00000002ce35e8de
	.quad 0x00000000000043d1
	.quad 0x7d76ae0fe52a63a1
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x807c8502006caa8b, 0x7fc000007297a115
	.quad 0x813a2c734291a2b2, 0xc04a400000000000
	.quad 0x2418cceb4a787c00, 0xee879dbbff8aff77
	.quad 0x7f80000085c3d31d, 0x7ff0000000000000
	.quad 0xff800000402c6d6f, 0x225a9f8b6dacf994
	.quad 0x1d18bef232402a52, 0x0000000000000000
	.quad 0x242d2f7da3ca9263, 0x8591d098966f8ba1
	.quad 0x033abc376822506f, 0x80ee4b95c2082078
	.quad 0x9199326bc5608000, 0xab5d749e17c94f54
	.quad 0xbfe8000000000000, 0x007846927fe37362
	.quad 0x7fc000007f076b50, 0x8000000000000000
	.quad 0x02e7a37d7f800000, 0x7ff0000000000000
	.quad 0x3fd3527eaf5f9d0a, 0x7f69d0aac3c1872f
	.quad 0x7ee7c3c136854709, 0x8e3714f9f94a0015
	.quad 0xc387d979fe7f2cc5, 0xc3fba66e7fa10aae
	.quad 0x004000007f000000, 0x4000000000000001
	.quad 0x7f800000ffb8ca62, 0xebfdb11180000000
	.quad 0xe10ae8fc80310985, 0x6fc52cd317ba8538
	.quad 0x8000000000000000, 0xf412f78342d741d6
	.quad 0x7effffff8b3f26fa, 0x1aaf8563d8bd8573
	.quad 0x80000000c34bbbbd, 0x0a4adb2afedf9aab
	.quad 0x0000000000000000, 0x4058ee09e9099d5b
	.quad 0x28ebb9148bd9b708, 0x402402821eee52d2
	.quad 0xffc3e331c0000001, 0xcdd6e529ffec83ff
	.quad 0xc0d2964dfea97a6f, 0x002fffffffffffff
	.quad 0x1a629bbbcf2d7e00, 0xfa23ccd47fc00000
	.quad 0x7f8000001cd056b8, 0x3f81aee7fc89a7f5
	.quad 0xc050714596f27d56, 0x3d0d7d1732821c68
	.quad 0x7b63b2e4ab03fd25, 0xc307fba7477fffff
	.quad 0x0000000000000000, 0x4ba2d7f101000000
	.quad 0xa55eebfa6740777a, 0x4023000000000000
	.quad 0x5b9b826ed6fffa5f, 0x1405fdfdf87e5fb9
seed28:
	.quad 0xa936cba5dc5662e3
	.quad 0x000068ade45935f4
	.quad 0x000000e4c1aad48c
	.quad 0x0000000000000000
	.quad 0x0000020e32666681
	.quad 0xbaa4778e08978d8e
	.quad 0x00000000000001f1
	.quad 0x000000000000028a
	.quad 0xffff7ecab77e08cf
	.quad 0x763d97e20685451d
	.quad 0x6486a3a1645e4193
	.quad 0x000000007fffffff
	.quad 0x8f4b73abc4e96e23
	.quad 0xedc88c2ff62e47d2
	.quad 0x7ecb2d64ee836df0
	.quad 0x00000000000002ea
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x316c8d707e2a491f, 0x07358198205a7ec7
	.quad 0x72c4aa1698d3caee, 0x9fbf2fd97a9cae68
	.quad 0x807fffff772c94ea, 0x5396937f6ed6fa91
	.quad 0xcf59eb2cc797e441, 0xbf8dd00000000000
	.quad 0xff8000007681bae7, 0x6fe48ef1ebedfdab
	.quad 0xfc1e53e1efc7fdde, 0x8ef553ca40d00000
	.quad 0xaff73a4e8f68f88b, 0x7ff0000000000000
	.quad 0xc7ffffffc0580000, 0xbdb2b6c780000000
	.quad 0x0f42ed18195bbc0c, 0x96db6f6c80000000
	.quad 0x1e1548b4d9637c00, 0xba091ba01d3c57db
	.quad 0x0000000075cb1776, 0x5d5c4aaaffde9853
	.quad 0xbfa000007f800000, 0x37906fc9fffbfe79
	.quad 0x8e0d785fe3910475, 0xc330000000000000
	.quad 0x3fd000007f800000, 0x8d08cdc200000000
	.quad 0x7ec1c8c8e2fafdc9, 0x816bc2d2da7fffff
	.quad 0x074bd163cea30000, 0xc38ffffffffffffe
	.quad 0xf187e2ba7c902ba5, 0x7ea3b8823fe62fdc
	.quad 0x43a80589e0da7e00, 0x00000000c0980000
	.quad 0xa87009b92c45ea2b, 0x4a1efc1fe836bc68
	.quad 0x0094e294bfe00000, 0x264004c4b39dd8aa
	.quad 0xa5d90826c47ffdff, 0xffd0000000000000
	.quad 0xee8e0f417fd93c21, 0xf94bcbc0cbd3f59b
	.quad 0x80000000e6994887, 0x00000000bcd85bdb
	.quad 0xfff73512906d9f6a, 0x6e84c192bbe32996
	.quad 0xbfdcec023ce2256c, 0xff8000007fc00000
	.quad 0x0760d738ffddfde4, 0x57df9811cba89700
	.quad 0x7eab311280800000, 0x9b74a1fbfbeb7c00
	.quad 0x80400000c3c3034a, 0xca55cb1918a32245
	.quad 0x7f149257de9ee978, 0x7fe0000000000000
	.quad 0x0681c060f7afefee, 0xbd8f960a00000000
	.quad 0xc01ba423ef7ed2ee, 0x3f71c1d933cd9db2
	.quad 0x0000000000000000, 0x00a7ca2c96bcdf17
seed29:
	.quad 0x32c40b423111a15d
	.quad 0xf001bbd095121e21
	.quad 0xd7bf0960beaf960d
	.quad 0xffffffd7a0143727
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0xffffffffffb057ff
	.quad 0xd933eddc30dbfbf5
	.quad 0xad03c4f17a26a1c7
	.quad 0xffffffffffc30cc4
	.quad 0x00000000000001ff
	.quad 0x00000000001aa8ad
	.quad 0xe563bb79e4e505cb
	.quad 0xffffffffffffffa2
	.quad 0xc0a3c762a1fac0b9
	.quad 0xfffff27f5cf7982c
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x25c248cbf8cfc740, 0x3ae046c7f31ff9df
	.quad 0xfff495a2483dce33, 0x57f740691917c8b6
	.quad 0x67c2e9c1753a63db, 0x7ff54f5de2576518
	.quad 0xc7ffffffc0f00000, 0x23005726f52c9b41
	.quad 0x7c65962fcc9132ab, 0x817a481e2940ceb7
	.quad 0x41235397b7f00000, 0xff80000080000000
	.quad 0xff084ad780e78548, 0x002045b36d81fdec
	.quad 0xfff8000000000000, 0x006b74bf767da2e5
	.quad 0x1e9163f823fc87de, 0xf023e843c4f9c006
	.quad 0x7fee62f82c6cf2d3, 0x035a43e51ab8d64b
	.quad 0x93906f3b00000000, 0xb4ecd1350fa4b6e6
	.quad 0x54e3cabacf81d82a, 0xc00dd732067c7e7c
	.quad 0xe8d65da0f36f090c, 0x8fc71b72c3ad4603
	.quad 0x410919f1bcee2683, 0x5ef9605f13730738
	.quad 0x3e3ce5155a1bacf7, 0x7fd6753ad7577c00
	.quad 0x7f7348aefda461f4, 0xeba076df00000000
	.quad 0xfffe6f9c1f2d289c, 0x7fe0b323ef92f38a
	.quad 0x01b62d607fffffff, 0x463b6b9caed74cb5
	.quad 0x3bd5edecff9eaf8e, 0xc0d4000000000000
	.quad 0x20b3527a785271b6, 0x40462bf002abb083
	.quad 0x001fffffffffffff, 0xc0880000439f916a
	.quad 0x0929ea47b69fc4eb, 0x06976b2ea4ecb68e
	.quad 0xc2800000010989f6, 0xffd402467fba9002
	.quad 0xe2800000728cf810, 0x007fffff00000001
	.quad 0xb5a8fb60fb2035ac, 0xbfcb6c9592a4cfd1
	.quad 0xd7c33de7de7c8000, 0x7ff8000000000000
	.quad 0xb034a901e4aa2bb5, 0x3f448997ffbc2623
	.quad 0x80213b50246261b1, 0xd0219765c140c62c
	.quad 0x7fb8c3cb3c8d5f9f, 0x000fffffffffffff
	.quad 0x65693c03f54619d0, 0xbff8000000000000
	.quad 0x8a1903b7541b3c00, 0xeb86468bfa01dbb3
	.quad 0x405376cee54ed3f6, 0x8b5016462dee43fe
seed30:
	.quad 0x000000007fffffff
	.quad 0x00000000000003b8
	.quad 0xfffffffffffffc18
	.quad 0x8000000000000000
	.quad 0xf776a1ed226baeb2
	.quad 0xfffffffffffc2f21
	.quad 0x0000000000000001
	.quad 0x95c339d65e23007f
	.quad 0x00000000ffffffff
	.quad 0xffffffffff42497e
	.quad 0xf7e98afbb80dd2ae
	.quad 0xb281ad2579b32beb
	.quad 0x0a5a6e15ee6bd8ff
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x000000000000016f
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xba256d01ff3dc562, 0x000000006ea595eb
	.quad 0x41362ece39700000, 0x226b89d6d2267c2b
	.quad 0x7f800000433e7ca3, 0xbb49a074d297f800
	.quad 0xc3f0000000000001, 0x18e6d510d4fefabf
	.quad 0x9b5653eddc2df811, 0xe1e91cddfdb30bd6
	.quad 0xe6b6bcf37fc00000, 0x46ae347b4eb67808
	.quad 0x2d51c829f8b3d18d, 0x0b6321c7e68bfc00
	.quad 0x3fbc89bbd4a9f4c0, 0xbfd45de5cbf2803d
	.quad 0xc165745d8f39c840, 0x3fff05f9d161ada1
	.quad 0xacbe906afcb98330, 0x442c5b51657b5a74
	.quad 0x00000000bbb00000, 0x870f4ca1529d5b24
	.quad 0x8000000000000000, 0x7f9124463e11e7b9
	.quad 0x7ff8000000000000, 0x70c22486fff7f9ff
	.quad 0x4021400000000000, 0xfff8000000000000
	.quad 0xd55f731b755ea733, 0xd99ea1dcbd1bbfff
	.quad 0x4710664afbffe7bf, 0xbfa011c7a7cc7df3
	.quad 0x1afa1d48d1a53df8, 0x5b7493eb3dfffd6d
	.quad 0x9dbffadaf9ad010a, 0x3cf3330b9b0a02b9
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0xbc06b5a8f1e976e2, 0x4a4587cbc3c8388f
	.quad 0x0c09c0163283850a, 0x5056e092d0f52836
	.quad 0x48db7bfdd3d88000, 0xd8cadb39e596bda0
	.quad 0x3cab6c624bfa7fee, 0xe9ea75d057417c00
	.quad 0x768367358f3dfb20, 0x4078f6c52a848003
	.quad 0x8008000000000000, 0xb65036ee987fffff
	.quad 0x4d20298c1e3db0fd, 0x7fd5308980000000
	.quad 0x42400000bc9d9f8c, 0x50085d975cabffe5
	.quad 0x8000000000000001, 0x0000000000000000
	.quad 0xcefd75e1d458fc27, 0x7f8a76a17bd5d142
	.quad 0xc0f00000821a0b83, 0xbd6035afbc41bade
	.quad 0xe773a57affdcff0e, 0xc278e32a41b4e26f
	.quad 0xc1a82286fc220089, 0x9f1f66d0a6f8bbfd
seed31:
	.quad 0x0000000000000144
	.quad 0xffffffffe9ca134f
	.quad 0x0000003735ebe74f
	.quad 0x0000000000000106
	.quad 0x0000000001000001
	.quad 0xffffffffffffff90
	.quad 0x85c95dd0f64d3b08
	.quad 0x238dcb0250490bee
	.quad 0xffffffffffffec22
	.quad 0xffffffffffe0d523
	.quad 0x000000000001cdaa
	.quad 0x1ed138221143b405
	.quad 0x0000000000000078
	.quad 0xffffffffffff1f24
	.quad 0xf7fbbd5c29790c8c
	.quad 0x0000000e99ae6798
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x6b8c939e3b319d2c, 0xff310d3bcb0e19d6
	.quad 0xc019a9f8c62c4db6, 0x76ffa95941efed16
	.quad 0x027e46f9fd0688b7, 0x00e08c97430ac39a
	.quad 0x32f922906cebb6e7, 0x817fffffbd50baf1
	.quad 0x80000000ffc0ddf6, 0x7ff3c509d8620319
	.quad 0x8030f70943848caa, 0x263a5a5174861df4
	.quad 0x6212ce81fff0fc42, 0x4050000000000000
	.quad 0xfff8000000000000, 0x00000000ff800000
	.quad 0x4223b8145ffffffe, 0x4734ab5d750f68c7
	.quad 0x9085c436ed581d9b, 0xf1b952083f816100
	.quad 0x4bdd83397e3b5f6f, 0x0080000000000000
	.quad 0xbef0000000000000, 0x01d54e7619272169
	.quad 0x3697d5ef0d55ec12, 0x84b682143f400000
	.quad 0x7f8c949d3d7c7f48, 0x34ce895ce4e618f9
	.quad 0x7d6ae49270e17c00, 0x8006a79820cae867
	.quad 0x004d367c0f829001, 0xf76ded02c320b65c
	.quad 0xffd8b7a43b057681, 0x77800532f36f2240
	.quad 0xbbffed537ffe8ac9, 0xc04eb2002072cb2c
	.quad 0x3ee6400000000000, 0x7cbb2245f9c43b67
	.quad 0xddfc5130c8d80000, 0x9dd0e00c80000000
	.quad 0x113fa778fa7ffffe, 0x7fb9318e7fdba6aa
	.quad 0x892e411de9f07aca, 0x7db1b822a6a99efb
	.quad 0xffd4b1a76abd3c47, 0x3c6119cfffc00000
	.quad 0x407698e8d1c70da7, 0xbfefa10d4c53c397
	.quad 0xb095a1f492b37ccd, 0x01a95866cb9e5641
	.quad 0x38a92a2336d6d29f, 0x383f3e098edf0d43
	.quad 0x401d800000000000, 0x3b3c000003bb05d1
	.quad 0x2bdc87a4f050d9f3, 0x800000000023a848
	.quad 0x98853ae4cfff53fd, 0x0e5b69b8018c2bab
	.quad 0x379d59c5ba7fdfc1, 0xd5199b86abebef60
	.quad 0x01ba1986899ad41d, 0x88df936d7fd47c00
	.quad 0x4fa354fd5586a1c9, 0x7e3fecccedfefce9
seed32:
	.quad 0x67557742b41d9917
	.quad 0xfffffffffffffe21
	.quad 0x000000007fffffff
	.quad 0xfffffffffffe7146
	.quad 0x30778ab24c74f74f
	.quad 0x0000045084ee53d7
	.quad 0x0000000000000388
	.quad 0xfffffffffffffe8c
	.quad 0xff1b0c9bcd0ae871
	.quad 0xfffffffffedd91d2
	.quad 0x00000000ffffffff
	.quad 0x0ddbde792438b2e2
	.quad 0x000000000000020f
	.quad 0xffffffffffff22db
	.quad 0x0000000000000001
	.quad 0x4ca0ea99c14ca630
	.quad 0x02c00000
	.quad 0xe0000000
	.quad 0xd59071da7259a227, 0x7fefffffffffffff
	.quad 0x000fdf985a169d37, 0x73e6aa066509c3d6
	.quad 0xbe7ed9535f800001, 0x7fd0000000000000
	.quad 0x72d82bc57f8d8000, 0xa360cb0841f81def
	.quad 0xbf8000007f9b7da3, 0xc020ea947fd20b96
	.quad 0x0d8bbd04d3fd7651, 0xc318ccdf0a6577ff
	.quad 0x0b4a6337ebf4b0ad, 0xc5800000ffb7db19
	.quad 0xf136767e5e33790e, 0x0010000000000000
	.quad 0xff80000001709d8c, 0xc6085608ffd81819
	.quad 0xbfc3c67b3971cbb3, 0x4f22b6b2dfaf4ca4
	.quad 0x7385517ed6b6697c, 0x52bfdd30151e0c70
	.quad 0xbf5029b43bb2db62, 0x953f9dece423005b
	.quad 0x9cf7df2044cac245, 0x46e400007f9eea22
	.quad 0x7f800000c0600000, 0x50d124b47e3fe73f
	.quad 0x6b647822dfffffff, 0xf6a13b8c41800000
	.quad 0x9ebff6f667197e97, 0xc0b6723d23331d1d
	.quad 0x7e86372f7f800000, 0x7ff040915a559393
	.quad 0x13e1921538cf0000, 0x2ea1105198f829fc
	.quad 0x7ffe4e63ea96a96d, 0x3ef11eb8ff800000
	.quad 0x00e08f09bffebb9f, 0x8fef0dea41740000
	.quad 0xc39b5f2677360152, 0x7f9439e67f81e23f
	.quad 0x40580000477fffff, 0xfffb006b69d1f298
	.quad 0xcf884cdb81a18534, 0x7408d5dfdb7ff3df
	.quad 0x141cb36dffe4d647, 0xc01000007fc00000
	.quad 0x7ff0000000000000, 0xbfa97f683fb55731
	.quad 0x47c731357d9d3d80, 0xd833e9f26cfab6ce
	.quad 0x14915cb90055dd65, 0x4a73dcc63737fdeb
	.quad 0xb244499affbfb643, 0x04f6c881ffefefdf
	.quad 0x4dc2abd2efffffff, 0x3ec1eff67f9f8288
	.quad 0x00794e79a766e88e, 0x22d39d95fefffce0
	.quad 0x001d22ce68f39611, 0x0000000000000001
	.quad 0x36e5b6eb86a6d01a, 0x5104a717fc3fff24
seed33:
	.quad 0xfffffffffffffd28
	.quad 0x2b1bd886547b152e
	.quad 0x00000002b8122219
	.quad 0x0000018e7b62bc2f
	.quad 0xffffffffffffa1b1
	.quad 0x00000000a0b2edbb
	.quad 0x000000000000010f
	.quad 0xb15441f32acef0ae
	.quad 0x6890e19837a4b1c0
	.quad 0x00005f7428efe3c0
	.quad 0x000000000000001a
	.quad 0x000000007fffffff
	.quad 0x9ccf4f3604817f31
	.quad 0xfffffffff9b0c782
	.quad 0x0000000001000001
	.quad 0x42582753312fbcda
	.quad 0x02000000
	.quad 0x20000000
	.quad 0xbed670e748d00000, 0x487c72ff194a9ba7
	.quad 0x800000000159d918, 0x97c7e49766d34f28
	.quad 0x3242553ab40ac300, 0x12a5a6c87efe0aec
	.quad 0xbfa2d142fd478248, 0xc002336aa83a089d
	.quad 0x3f84800000000000, 0xc3f0000000000000
	.quad 0x0000000000000000, 0x80000000532e4049
	.quad 0x93e03af62e99fc00, 0x39c00000ff800000
	.quad 0x6fe847fdbf6a1d35, 0x879c8661d9648000
	.quad 0xc18400001c96599c, 0x5a18c044895f0000
	.quad 0xbfd5e6bbbe4cc311, 0xba1918beadeeafa2
	.quad 0x022e316099b97ce7, 0xbfd910848557af51
	.quad 0xc0e8000080ff368c, 0x40f000005e490021
	.quad 0x4019051273a8f262, 0xff86e3e01c33ffad
	.quad 0x0003b14585580a7b, 0x0392cf834ec563ae
	.quad 0xffbe10dabd1912a7, 0xd5dfacede774b318
	.quad 0x015ae3a6bdbaa844, 0x75976f22f72f7ed6
	.quad 0xbfcb985299842ac3, 0x7ff0000000000000
	.quad 0xff7fce0847ffffff, 0x3be0440ef112671a
	.quad 0x375be45a6aeb6865, 0xbfaf800000000000
	.quad 0xc9d46dadfbfbfe71, 0x80b0f6049709c64b
	.quad 0x7effffffb0a1535d, 0x665c6634ab646fed
	.quad 0xf8ccb990c7a003ff, 0x5ff25f9ab2f67c00
	.quad 0x81de3e43c62b4651, 0x2e8798bcf6ce4fff
	.quad 0x7ff0b8155cc190a9, 0xbfd4e74c123cc8d4
	.quad 0x9eaf8ac773b1b5e4, 0x4b4cfca538836557
	.quad 0x0fde2922d691f66b, 0x0c20d300efb7d3c0
	.quad 0xd5cea83abc56a7c6, 0x477fffffffac5833
	.quad 0xe6197e323fb00000, 0xc0b80000c8320000
	.quad 0xfff39c7545c155d6, 0x3268223547900000
	.quad 0xbfe0000000000000, 0x173ccfd0c6f730d5
	.quad 0xffbf36362579b025, 0xc982ee47c0d00000
	.quad 0x3fd9b9f9bc200000, 0x641d10ddac537c00
seed34:
	.quad 0x0000000000000155
	.quad 0x93736241aea84037
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc1f
	.quad 0x25ff304c98c363cb
	.quad 0x4bb02dc5b99e350e
	.quad 0xd0172c2b981ac0c7
	.quad 0x15b1e41de27e94a6
	.quad 0xfffffffffffffd26
	.quad 0x00165129176a15f3
	.quad 0xfffffffffffffffd
	.quad 0x5584d3a92251fb27
	.quad 0xfffffffffffa7ed7
	.quad 0xfffffffff5838e37
	.quad 0xfffffffff0d80a68
	.quad 0x00400000
	.quad 0x30000000
	.quad 0xc06000001606f0c7, 0x850c5b3e5ee2f071
	.quad 0xbc4e5e35c32e8000, 0xbf6000003d800000
	.quad 0xfed090a240e651ad, 0xa88daa8e2795a473
	.quad 0x80000000b9b58000, 0x7067d222edd2e0c0
	.quad 0xb221dd3cc16fdde6, 0xcf7e07d0f5bac97a
	.quad 0xc0f41d4e43539360, 0x7ff0000000000000
	.quad 0x520000006fc657b2, 0x36a7e81fdbc90000
	.quad 0x7fe0000000000000, 0xffebd58602afb73e
	.quad 0x0000000000000001, 0x6b7f572179ed0000
	.quad 0x7e71871d6d580ad5, 0x1ea281adf5d0eb60
	.quad 0x604a91cf0d6295b8, 0xc12200007f9a892a
	.quad 0x3ffe2d12ea412ca5, 0x070150e8a7317100
	.quad 0x4fc945bc8c5da54f, 0xfffbcd3bb2bb4bbf
	.quad 0x8026fa8fc1180000, 0x401c000000000000
	.quad 0xc196ef5647000001, 0x41000000aeffea3e
	.quad 0xbd12e9e71e433c89, 0x801c25393fffffff
	.quad 0x7fb43338ff800000, 0x0f8aef3100010b2e
	.quad 0xc021800000000000, 0x6e7d8c6b60b6ff67
	.quad 0x0000000000000000, 0x75dcb4a87fd61863
	.quad 0x8000000000d35abb, 0xfff8000000000000
	.quad 0x12ea45faa57fffff, 0x8000000000000000
	.quad 0xbd8d6a13c22f5c4c, 0xc0d000003f2a0000
	.quad 0xffc000007f38e4fd, 0x64a549e72a896d98
	.quad 0xc24217c90254c921, 0x65bac76a7f956ecd
	.quad 0xff9165b1fddd313f, 0xbfd0000000000000
	.quad 0x804b992e72a57015, 0x14703cd941bef506
	.quad 0xc330000000000000, 0xe0697501fff9d786
	.quad 0xbfe4000000000000, 0x820a26358021149f
	.quad 0x8008000000000000, 0x051c297fca899cb3
	.quad 0x3f82fa5c240c3eb0, 0xb77550883b800000
	.quad 0x5bfa866b7f476276, 0xd73a796506b3b105
	.quad 0xffd0e2c78f3dc0bc, 0xfe800000c0980000
seed35:
	.quad 0xf941156e700d10bc
	.quad 0xffffef59369102a0
	.quad 0x10cc34b0e106f642
	.quad 0x0000000100000000
	.quad 0x0000000001000001
	.quad 0x00000000000003bb
	.quad 0x0000000000000001
	.quad 0x13ec1179cf482c71
	.quad 0xb552b4d6a42a5c18
	.quad 0x733cbeb8d23a9de0
	.quad 0xffffffffffffe453
	.quad 0x268d53e9a1c51395
	.quad 0xf00b9ce9d7eca1c8
	.quad 0xfffffffffffffcee
	.quad 0xade3aa7046c770e5
	.quad 0x0001273553cc7371
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x010609c34a834920, 0xb1add0ec7fcdff28
	.quad 0xff0bbca2d6310f75, 0x8000000040b80000
	.quad 0xff9f341c9b3df4d1, 0x88f3213dbdff8152
	.quad 0xb5f2baef8fef7fdd, 0x0408e6ba6fff4700
	.quad 0x7ff0000000000000, 0xd6b686dd7fefff7f
	.quad 0x05d5fc3538f00000, 0xfff0000000000000
	.quad 0xc43c50ff7048aace, 0xfeffffff7fab43ef
	.quad 0x310ccb8d4bbffff3, 0x8062d0ec7fe28650
	.quad 0x283320cacff58190, 0x80629a80ff7fc95b
	.quad 0xfeffffff40c41dc4, 0xf354d7bb08caf1c7
	.quad 0x2cc5591bfe8eceb9, 0x4098000000000000
	.quad 0x8000000000000001, 0xc03edc265f5d9141
	.quad 0x8000000000000000, 0xafcb07563f675ff2
	.quad 0xa12e96c862ea8000, 0xc0061e52e9af63ac
	.quad 0xffb27956488c20b8, 0x7f8000003c7bed96
	.quad 0xfffcc6a89140cf61, 0xd1d70d244b6d0800
	.quad 0xaee4765f7fa82a55, 0x005c5ee4fff28bff
	.quad 0xcdc08e799f967bf3, 0x401fbb8780000000
	.quad 0x402dca9a28902897, 0x80000000bf800000
	.quad 0x5b2ef7115d853b00, 0x823292de92cd43f3
	.quad 0xfff8000000000000, 0xdf49bfc7f8c7aed1
	.quad 0xc09000006ec381ce, 0xbee0000000000000
	.quad 0xea26868cffffffd9, 0x004000008047f92a
	.quad 0xbfe897ca1195ce4f, 0x4000000000000000
	.quad 0x99788feaffdb63fd, 0x88edc632c5ec7ebd
	.quad 0xc0e00000d8e71275, 0xe1c14c81db8efb50
	.quad 0x031fd85eb96597d9, 0x7fe44f99d6c9a80b
	.quad 0xbf000000ff800000, 0x1219023c00000000
	.quad 0x447ddd59bd04c004, 0xff774d137fa527ab
	.quad 0x800000007f800000, 0x2d84623383627916
	.quad 0x271f238f23a777ff, 0xbfddb118d8744a67
	.quad 0xff897b827f800000, 0x1c16a854ca347c00
seed36:
	.quad 0x3b1b8d0525b51e4d
	.quad 0x0000000100000000
	.quad 0x00000000000001f1
	.quad 0x00000000000002d1
	.quad 0x0000000100000000
	.quad 0x78ab85549c8b9495
	.quad 0xffffffe55da15ff6
	.quad 0x0000369ead3e3856
	.quad 0xa5800cc3196e0fef
	.quad 0xf01e64291f508c28
	.quad 0x0000000001000001
	.quad 0x9bdd3da94e1c641c
	.quad 0x00007958a9220aff
	.quad 0x000811e896bafb98
	.quad 0x5cb3f53ce14cf25c
	.quad 0xf79cfc1b7f187c52
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xfff88eb82d3d02e5, 0xbc8430a8e9e49ee2
	.quad 0x90b4aff2ff9d8000, 0xe3b8a9e13f2b20cb
	.quad 0x8bc1f89abeea0da8, 0x36b3db0c410c0000
	.quad 0x4460000000000000, 0xb9a00000477fffff
	.quad 0x41080000bf876f2a, 0xc2f4f7088694411d
	.quad 0x0b9d3131cff5fe3b, 0x2739dc43e9d6ff8b
	.quad 0x010000007fbfdce0, 0xedab2efeb8fe0400
	.quad 0x7ff4543a8a7efc10, 0xbd889a5d006fde59
	.quad 0xdf0000000063b3b4, 0x800be16de59e85f1
	.quad 0x810f1bc38e60509a, 0x7f2ca8553da050f8
	.quad 0xc0e40000cf000000, 0xa1b848fb410e0000
	.quad 0xc331c511776fe283, 0x3fafc00000000000
	.quad 0x289fafc4bfe60200, 0xbe48caa2bba69748
	.quad 0x015acb53a540289a, 0x4e182c4347c2d202
	.quad 0x8c66f726ffe198ac, 0x6f37a3a9bdef80ff
	.quad 0xc7ffffff7fbbcb12, 0x03b23e5e779dfe00
	.quad 0x77c08f52ff840116, 0x406ac75d9b9e583c
	.quad 0x7ffe9e796e24aa2b, 0x301cb7c98c8e7c35
	.quad 0x517cddcb42d21472, 0x3abab7bee2715f05
	.quad 0x8000000000000000, 0x5a7ffffe00400000
	.quad 0x3f5588eb97effdfa, 0x6a8927b6375a9d5c
	.quad 0xffc00000ff9a561b, 0x00000000acd2e205
	.quad 0x8a4a9191b775cf0d, 0x9f791f0900000000
	.quad 0x0fde7416b4948000, 0xff97edb343f02fa7
	.quad 0x43fee0eda4af31c2, 0xbefc000000000000
	.quad 0x9a741559bf480000, 0xfd5cdb7cffcb466b
	.quad 0x799f1b6a1f068ad7, 0x0000000000000000
	.quad 0x4090800000000000, 0x8000000000000000
	.quad 0x42bffffffffffffe, 0x846dceb18c6c6ad4
	.quad 0x1e60904b801eab76, 0xbfdad98723ce24d9
	.quad 0x8000000032cd15ff, 0x7fc0000058dc80b0
	.quad 0xff8000007f7fffff, 0x7f830f6e80000000
seed37:
	.quad 0x0000000004ecfa67
	.quad 0x0000000000000000
	.quad 0xcf435bf2539d80c8
	.quad 0x94c5801146521a72
	.quad 0x00000000000d1113
	.quad 0xfffffffffffff59a
	.quad 0x144c76c8ad27093b
	.quad 0x000000007fffffff
	.quad 0xfffffde58bebca77
	.quad 0x8296e209248abbc4
	.quad 0x903bd9b54bf9a586
	.quad 0xe76123a70ec33bfe
	.quad 0xffffffffffffffe6
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xb7ed62b27a944908
	.quad 0x06800000
	.quad 0x60000000
	.quad 0xd536eb8507371397, 0x3f9169313a6c8696
	.quad 0xfffebaddffd9280a, 0x8000000084242fb5
	.quad 0x7fc00000f793225f, 0x802fffffffffffff
	.quad 0x0030bb5c00000000, 0x6d485381fff08570
	.quad 0x80784d397fd85ee9, 0x095fb955fcf73ffd
	.quad 0xb4edc842dbdbcda8, 0x4021400000000000
	.quad 0x6846a3d7860dbe33, 0x8c870ca9ffefe4ff
	.quad 0xb44f02b4ce938001, 0x2e571b5d7ff8fcae
	.quad 0xc0e800007fa275f7, 0x00eff1767fc00000
	.quad 0xffc00000ffba2578, 0xffc000003f448000
	.quad 0xffc000007faf707f, 0xbf0eb2355ccbfc00
	.quad 0x413759a2bffffffe, 0x166d24c7e2911f94
	.quad 0xc738e4acb42c8fe6, 0x32fae77c3b78794a
	.quad 0x0001d836f7512e51, 0xc01c000000000000
	.quad 0x598000017fd76b6d, 0x800521b14d8a0690
	.quad 0xc074dba2c0aa6cab, 0xa9e16368fffe4fe3
	.quad 0x908115efc0600000, 0x10e5e4c6b8eef9ef
	.quad 0x2db2a4373e4b80c5, 0xda61a842fffbc880
	.quad 0x3f517613fefcfefe, 0x21d25e289e325167
	.quad 0x5f25b93a9fef7fff, 0x7ff8000000000000
	.quad 0x7ff8f137cb8dfc1e, 0x40438539806c43b7
	.quad 0xef96401e3e6f29de, 0xe41d36a24e32d09d
	.quad 0xfff6969d37bba25b, 0x40000001c9670000
	.quad 0x7ffb317ebca9c2ca, 0x88e21cc574667c00
	.quad 0x08a012c43fdfffdb, 0xbf45d68fef2bf936
	.quad 0xdb63ad712904fbfe, 0x0aa8b692feffffff
	.quad 0x24f6e0caffb2a8ae, 0xfc5ae5406cc8fd0d
	.quad 0x807fffff7f9ac005, 0xc071b022b6d35a98
	.quad 0x8e234e8dff943f00, 0xbf1c80ef18fa8cd5
	.quad 0x00048dd5296209d2, 0x406b49c47ec70b04
	.quad 0xffe45a8170b0f830, 0xed473673ee2a58fc
	.quad 0xffe2fd4c6a07323a, 0xff806e2ebeb9bd03
seed38:
	.quad 0x460d7d5a37519922
	.quad 0x4af5f8389e4b74be
	.quad 0x733bcfb993d357b6
	.quad 0x000000000000d9da
	.quad 0x4f454008d62dff5b
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd3d
	.quad 0xfffffffe89d50803
	.quad 0x61b086568ab3ee63
	.quad 0x28fa02b97e8ef4ea
	.quad 0xd42c8f281b441dad
	.quad 0xe293ef6add1cc40a
	.quad 0x00000000ffffffff
	.quad 0x6d9153f5a2d72ebf
	.quad 0x0000000000000001
	.quad 0xb80bd3be0f07c88c
	.quad 0x01000000
	.quad 0x10000000
	.quad 0x9e805d53c0e34dca, 0x1baa22b9433c9587
	.quad 0x546c061adfdffebf, 0xc001a00c9ba45748
	.quad 0x727abb4554f4275c, 0xc022344bfff1c9db
	.quad 0xa59f868230a043e1, 0xc0000000c1140000
	.quad 0x1a1b77360ab612a0, 0x759e38e680c8c833
	.quad 0x410800004082f048, 0xbc9cbb54f6d1b89a
	.quad 0xa0b57f95c1fffb72, 0x4250a0a0bc7a5ad5
	.quad 0xff8000003ba16bff, 0x02dc0e313b212fa6
	.quad 0xf4902ff45fcacb43, 0x613ef66dd56ae257
	.quad 0x8091d463b374b3ce, 0x125ec92ccf910400
	.quad 0xfff3a910b86c0da4, 0x2de62ed1df13c8f2
	.quad 0xc050000081518956, 0x810000007fd6b11b
	.quad 0x759793330d42fdf6, 0xe82d826399f18331
	.quad 0xcaba3820aed902f6, 0x00000000802df82d
	.quad 0x7ff8000000000000, 0xff7fffff8e25467f
	.quad 0xc057335dc3d373c3, 0x7ff276453880cae6
	.quad 0x78138e44be1ae6b5, 0x48943727d960fb7d
	.quad 0x47ffffff00000001, 0x4250571026ffcd5d
	.quad 0x1c2181508dd4800e, 0x7d9e7775976470d8
	.quad 0xbf76f71cdb493d1f, 0x8cd483d1410c0000
	.quad 0x82e26c5048ccf87c, 0x800000003c8917fb
	.quad 0x013934d95953f5aa, 0xf78727c6f8fc072a
	.quad 0xc021800000000000, 0x7fc0000000000000
	.quad 0x0000000000000001, 0xff80000080000000
	.quad 0xcfe9e74dfbfe53c2, 0x7ff0000000000000
	.quad 0x04cda65eed7c2b33, 0xbe13f7598f687803
	.quad 0x4016800000000000, 0xffc00000bfa00000
	.quad 0x3be316b8c0500000, 0xfffcbe9558fb4913
	.quad 0x45e00000d0ffffff, 0xbe0d116d5a02251c
	.quad 0x460b000080163631, 0xf612618affcac880
	.quad 0x665eaa979ff7ffbf, 0xdff8a9c0aba671b0
	.quad 0x7d9fb705bca21fbb, 0x3b9a4cfbeb7f4072
seed39:
	.quad 0xfffffffffffffffc
	.quad 0xffffffffffffffea
	.quad 0x1445c999a2e55bbf
	.quad 0xffffffffff7a0df0
	.quad 0x00000000000000f8
	.quad 0xbb489b91922b3ff0
	.quad 0xfffffffffffffcd1
	.quad 0x2a9b5111f6883bc9
	.quad 0x6e8ab75de6290fa5
	.quad 0x7dbff9673ac9a483
	.quad 0xb9f4ceee1bcc4adc
	.quad 0x5615af4ae3b4bb2e
	.quad 0x2d6d3a199cc8171b
	.quad 0x0000000012bf3eeb
	.quad 0x1eebc13527aeb389
	.quad 0x8000000000000000
	.quad 0x06800000
	.quad 0xe0000000
	.quad 0xc000000000000000, 0x852db8afeb948e3e
	.quad 0x0caf76e6e2fcbbff, 0xfff7074187c4b2ae
	.quad 0xe81b964ac22f7a14, 0x0004cfd1d4a8f8c0
	.quad 0x28e5deeae2c67f87, 0x401e000000000000
	.quad 0x4e1bfed5d4015d15, 0x7f9c3a007fc00000
	.quad 0xbfa4a595247f55e1, 0xc00a3f22cc2471ba
	.quad 0xc1e0000000000001, 0x8002b4ffdcd74fb2
	.quad 0x40565078fd70c77b, 0x00464799e4f5ff71
	.quad 0xbc33fadab4bfbaff, 0xbd089c36ff800000
	.quad 0x804627fd7f35b7c0, 0xffd28161f4793eaf
	.quad 0x7f6a0a3f8116fd59, 0xc23317418dfe8000
	.quad 0x7e48b07243d88946, 0xbf9b770c633b3989
	.quad 0x3ea559fe41675f9a, 0xac42b200c99ff45f
	.quad 0x3ab9b3f7ff3c098b, 0xe90c346cdffffffe
	.quad 0xd5e493373bdf3beb, 0x7fd11c27e9071769
	.quad 0x013a856540c00000, 0xfff072ca1a218c1c
	.quad 0x538b86fb777cf800, 0x82fb9e4bbabe1dd5
	.quad 0xf7083c6cf4bd3c00, 0x74fc805afdf5f400
	.quad 0x8956e11dc0e8f2d4, 0x81000000c7050000
	.quad 0x3fe8000000000000, 0xc1200000fb1fbf28
	.quad 0xeb6a9f041df7fe4f, 0x619d190e3bdc80e4
	.quad 0xbe0000007fb73dc8, 0x499d000061840694
	.quad 0xc3d36d28c3effc5f, 0x7ff0000000000000
	.quad 0x3fc0e411c1a5dbab, 0x1408056e84e950c6
	.quad 0xfd8962efa2d7ce6c, 0x0000000000000000
	.quad 0x627ca97cfcf7e5ac, 0xc047300000000000
	.quad 0x40b000007f800000, 0x8443a9a6ffdb8000
	.quad 0x000000008185cb99, 0x8000000000000000
	.quad 0xcf7820e0d3456c87, 0xf894dafa0a223a93
	.quad 0x0030a5a681697eb3, 0x3efff39441d1ae09
	.quad 0xc01f9a9893678703, 0xc330000000000000
	.quad 0xdbb9488a5f8ee9fe, 0x960804307fcfb29c
seed40:
	.quad 0xaa52520daa8c55a9
	.quad 0xcd27da6550aeec0d
	.quad 0x0000000001000001
	.quad 0xb7ec5d6cbef39690
	.quad 0xfd52177a5fe54193
	.quad 0x361916a167e44022
	.quad 0x7fffffffffffffff
	.quad 0xfffd529c1ef2a0cd
	.quad 0xfffffffffffebdc6
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffff8e0e6
	.quad 0xfff8a13162f48f29
	.quad 0xffffffffffffa06f
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x39200000ffc00000, 0x2a3d98499dd4e692
	.quad 0x3fb7e98a4cdda9fb, 0x0000000000000001
	.quad 0xda7ffffe466c0000, 0xc02805488a4a77a2
	.quad 0xbfc1000000000000, 0x032f9eb500cb942a
	.quad 0x80af3d821c8a708c, 0x407977bee415345d
	.quad 0x7fd6a09fb7a4df6e, 0x9bda2fe926ccb3c7
	.quad 0x004000004f000000, 0x4eb3d3ac21346f01
	.quad 0x3fe66ca075023be6, 0x1b96616bdffdcf92
	.quad 0x823c7625fffdffab, 0x80622973c0400000
	.quad 0x5d837512fe5efbec, 0xbbd1022effb17dbb
	.quad 0x5fbd090fd36633cf, 0x1a94a24c7ffee037
	.quad 0xc0e056c4c70bb7e8, 0xc98b000023d4aaf7
	.quad 0x239eb3bf7de50000, 0xcfb49e03410c0000
	.quad 0xc06d3f51a29106f0, 0x4147d2a9d9ffffff
	.quad 0xfff243cec2259079, 0x9407ec9cbec77c4b
	.quad 0x3f1006210fc1f800, 0x3f8169e97c0f3e82
	.quad 0x8cc424c71de69080, 0xc48fea7f8d5f2296
	.quad 0x80393f62c27f1af3, 0x4b3cdbea6b6af4fe
	.quad 0x411c216eaf5e8800, 0x7f8a1d8880000000
	.quad 0xde9097cf7ffff837, 0xbfcedad4295e1f18
	.quad 0x13ac8a58ff000000, 0x8007d275dba001ec
	.quad 0xf07c0f9fe015b54f, 0xff82d1cd023fdb5a
	.quad 0x7fe19ab431c9b5d7, 0xd9800000c5e00000
	.quad 0x0c352f3c47fa0000, 0x64581abe40680000
	.quad 0x7f80000080000000, 0xc1100000ff833a64
	.quad 0x41e0ce24c0898000, 0xfff560df26751690
	.quad 0xe7b068c3f1f3dbb1, 0x0ae46b4765605108
	.quad 0x3f4da99780796411, 0x0000000000000001
	.quad 0xd9c6a0eaffffffff, 0xf24d1fe16c06a725
	.quad 0x53b95952da800001, 0xa14392b305cbde75
	.quad 0xc379eaf640e80000, 0xfff8000000000000
	.quad 0x8312cb81db5bfaff, 0x81838d1d23c5a35c
seed41:
	.quad 0xffffffffffffff31
	.quad 0xd2e825a0d03c66b0
	.quad 0x6e70fa9a0d82438c
	.quad 0xa8a5cd083bec72d2
	.quad 0xfffffffffff94070
	.quad 0xfffffffffffffffa
	.quad 0x00001f9cc970d1f7
	.quad 0x480b1e68490e4f4f
	.quad 0x0000000000003ec3
	.quad 0xfff45698dfbf6332
	.quad 0x0000000001000001
	.quad 0x0000000000000249
	.quad 0x68c7d870a603d94e
	.quad 0xee08bd38c7c99ddb
	.quad 0xffffffff80000000
	.quad 0x21227d4b5d80c3d5
	.quad 0x03400000
	.quad 0x10000000
	.quad 0xf04704dc7ff6b760, 0xf33b7d56debcffa1
	.quad 0x7fe78dfd7f82fd93, 0xbfc0a1ed1a48c480
	.quad 0x0064848680000000, 0x95594202d17477ff
	.quad 0x427c486681358ccd, 0x8ef1f630f5697586
	.quad 0xd4026c96ffddfd68, 0x3f72ac05265e386c
	.quad 0xbc597a143c29a97b, 0x0000000000000000
	.quad 0x041077167fcc74b4, 0x406f16011ed30ce2
	.quad 0x914ee3205cafe259, 0x5d8ee66ef498c860
	.quad 0x401c000000000000, 0xf7b8786d6f6394f1
	.quad 0xc3454c5459b1ff15, 0x4e9249d6f2e2ccce
	.quad 0x7ff8000000000000, 0x14c28beb327bfe57
	.quad 0x40c6000000000000, 0x8000000000000000
	.quad 0x404828806d6579d0, 0x0352383700000000
	.quad 0x000c12acb4cadd6c, 0x3fea900000000000
	.quad 0x3f2116c3fff7ffe3, 0xadab3b0a32e06980
	.quad 0x7a420856000ef06c, 0x0000000000000000
	.quad 0xff8f37da736d641c, 0xbf9c6b5804138cc5
	.quad 0x3e987a68feff4555, 0x58db726a5063568c
	.quad 0x2212a94f6a34bd65, 0xfdf7351ca305fc00
	.quad 0x1fdbe2728c5257aa, 0x7ff0000000000000
	.quad 0x7fb3839400bf029f, 0xc30bebe5efeab979
	.quad 0xca473e27ffebc700, 0xc039620e1fed3602
	.quad 0x7ffc9a643799efa9, 0x400b000000000000
	.quad 0xbdd5fa3d45524af5, 0xc37657edbffa6408
	.quad 0x7f800000c7fc0000, 0xfd2d107dffffee1b
	.quad 0x6143fbc4ff9dd43b, 0xfffcf48a1950a660
	.quad 0x805fb614ffb0c09e, 0x995bfeb87fbd89db
	.quad 0x80000001bf58b252, 0xa9ce7bc3ffaf98a6
	.quad 0x8a97802376f3fdda, 0x7fe17bc840681a86
	.quad 0xa74bf6ed56a5fceb, 0x8201fc8aaf2d169b
	.quad 0xa8b4e5becc858700, 0xa49c66a1985a8000
	.quad 0x801fffffffffffff, 0x0000000000000000
seed42:
	.quad 0x9485927fca06d441
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcbb
	.quad 0x000000707032903d
	.quad 0xffffffcd922309de
	.quad 0xfffed912fe6f3bf5
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffaf
	.quad 0x00000000000001d0
	.quad 0x6524b59a9223eba2
	.quad 0xfffffffffffffffc
	.quad 0xdde6183cffe120e4
	.quad 0x0020000000000001
	.quad 0xe48f4cf60b408f7f
	.quad 0x000000000000002b
	.quad 0xffffffff80000000
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xc0d13e8d7fc00000, 0xbc4c4300695435ce
	.quad 0x2f0cd415ffffbbea, 0x7ff8000000000000
	.quad 0x555001e27409fc00, 0xefc79aab44dd7c00
	.quad 0x2ea3a814ce727b1b, 0x0000000000000000
	.quad 0x0000000000000000, 0x4046000000000000
	.quad 0xfedbf72077ebf290, 0x7f4fdd69ff94afda
	.quad 0xc7e86572e67d7744, 0x491bc1a85fdc3e3f
	.quad 0xe934705015d6b04a, 0x410378e07f800000
	.quad 0x378693d43d7dcf2f, 0x964d670f7f800000
	.quad 0xe9f6a47cbf3c55d0, 0x3ba82e9300daecbd
	.quad 0x5daf95c670080aab, 0x004fc2270031d7ec
	.quad 0x400e3ec52db1a49b, 0x7ff8618a4ba4963b
	.quad 0x3ef1073a01000000, 0x3fd391bb7a75e3ab
	.quad 0x802fffffffffffff, 0xc0744f668a9a64e2
	.quad 0x7ad41728ffebf6a3, 0x02225f3cf1c96f30
	.quad 0x7f9ee71ceb63f6d6, 0x021eb39cbbb8db01
	.quad 0x7f800000400ab62a, 0x403264d38d13c942
	.quad 0xb88d0b5f658c3c00, 0xef96a2eb78910eeb
	.quad 0x7fb53481df553f7d, 0x800000007fbcd732
	.quad 0x40725b572b34d7f4, 0x22fb0569a6e07dc8
	.quad 0x40482ce71ddf336c, 0x37872032c65d3213
	.quad 0xda00000180000000, 0xfffa09346546b75e
	.quad 0xdf8000001c897045, 0x7f80000040db7610
	.quad 0xddd5b163c8b33d81, 0x3fee7bf1e0008d7b
	.quad 0xc2d0e131ff800000, 0x0451a2c7bf537bd2
	.quad 0x9a5e6a96963e7c00, 0x404ef4932b7079e0
	.quad 0xffd0000000000000, 0x7fdfffffffffffff
	.quad 0x1b470528f79ed700, 0x42988c6b042088eb
	.quad 0xd4c7a5af52047e00, 0xc2d00000a149a463
	.quad 0xffc00000eb121582, 0x034a24b3dfea5a90
	.quad 0xfef943dd23edf976, 0x5880b1a480000000
	.quad 0x80010603411c0000, 0x7ff1ca38f47521a8
seed43:
	.quad 0xb9239efc2be63eda
	.quad 0x0000028b0dda88b2
	.quad 0x96e7c85b3b994c58
	.quad 0xa63306897f34fe5e
	.quad 0xfffb02e2847bd895
	.quad 0x2b137b30866b2aac
	.quad 0x0000000000000001
	.quad 0xfffffffff2b90771
	.quad 0xffffffff80000000
	.quad 0x2801db78d91de24a
	.quad 0x00000000000001a5
	.quad 0x6965811f06dce27b
	.quad 0xfffffffffffffd21
	.quad 0x00000000000001e0
	.quad 0xcf80c2fc4d86b3ff
	.quad 0x47e557bf27817b23
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0x17022ca8a338ff5e, 0xff9af542ff87821a
	.quad 0xffc00000a1002465, 0x3280f2925e1cfe3b
	.quad 0xc0b80000811ab195, 0x9970e8bccd7f8bff
	.quad 0x40629c8b3704446e, 0xc93e273d1c7815c8
	.quad 0x6ba9b7b574830db9, 0x402bfeee53e9e067
	.quad 0x7fab8a8e7f9639ba, 0x26f6e9651d7690c8
	.quad 0xbfde98aa6f16703e, 0xc012000000000000
	.quad 0x5dabf819d9b17d4d, 0x8164640b3dfb6616
	.quad 0x3fa75045f5b4f348, 0xfff0000000000000
	.quad 0xa0235b1a76847240, 0x0022d267b43023d0
	.quad 0x3faa03d96e830409, 0x23767943bfff77ca
	.quad 0x02331a408d23f04b, 0x7f800000bfc40ba5
	.quad 0x8a7812cc53073613, 0x00c336d35572c895
	.quad 0x47dd3cddffc00000, 0x7f800000df000000
	.quad 0x330494df62ecd600, 0xc18179fd894161cf
	.quad 0xbe79217f79e1bcaa, 0x4fbb1d0db8975c0e
	.quad 0x28a94e529915724f, 0x3fada40e69ac74eb
	.quad 0xc0d4000080000001, 0xd811ee8ddd6f6ec7
	.quad 0xfffdec7f9b0560b7, 0x68ca496e85ef815d
	.quad 0x2266cb3dffb976b7, 0xbce6eb2880000000
	.quad 0x80ffffffbda45a79, 0x3efd2cfa3c5655b0
	.quad 0xc0f0000037600000, 0xcb213924f7efd9f9
	.quad 0xc07fb1b937f224ca, 0xaffd4909ffe984fb
	.quad 0x40900000bfeafd46, 0x0000000000000000
	.quad 0x72ef51fd7fbf0e19, 0x5a682c4b587b83a6
	.quad 0x7f800000bfabd526, 0x450000007e4302fa
	.quad 0x713208895d189ee5, 0x7ff75c42fff950db
	.quad 0x00000000dc7ffffe, 0xa85b088730aa80cb
	.quad 0x92bdf672c50f5e5b, 0xd9fffffefff42955
	.quad 0xf22ce0e4bd763ef7, 0xc77fffffff800000
	.quad 0xa167675b01c84aff, 0x43a9885f45087c00
	.quad 0x7de3f541e64fb4fe, 0x4023800000000000
seed44:
	.quad 0xffffffffffa994a0
	.quad 0x00000e2f257e9ad0
	.quad 0xffffffffffda34fc
	.quad 0xfede454a0759cd0e
	.quad 0xcd9c3eadbf22dfab
	.quad 0xfff83a7601e2ed6c
	.quad 0x0000000100000000
	.quad 0xffffffffffffffd5
	.quad 0xffffffffffffffff
	.quad 0x000007b88bb73d70
	.quad 0xfffffffffffffe14
	.quad 0x8000000000000000
	.quad 0x0000000007b635b0
	.quad 0x0000000000000210
	.quad 0xfffffffffffffcb5
	.quad 0x1605efcb7c9363ef
	.quad 0x02800000
	.quad 0x00000000
	.quad 0x2be1ff487ff2f400, 0xc59428e89ff2a428
	.quad 0x6d569803dc5b7673, 0x3193f8a28a77bff3
	.quad 0xc062a5cdc9623de0, 0xb5920000120788d6
	.quad 0x5ff637fcffcf7dfe, 0x7c528f47efff52db
	.quad 0x423bcdca7f65580d, 0x414865b0916384dc
	.quad 0xd87e2064b9cbfce0, 0x7f856f4a1ad6e266
	.quad 0xc10e00004f800000, 0x8000000000000001
	.quad 0xc60c620eccac2c59, 0x40e80000d21cc7c1
	.quad 0xcbe4cacac49f18fc, 0xfef381c4e9d0b995
	.quad 0xffe0000000000000, 0x14f7c5ba7fbab7c3
	.quad 0xc046a800d6a64c4f, 0x49a3d6e03f3f7ffd
	.quad 0xffe53706e05dde3e, 0xff80000040880000
	.quad 0xc7df7f45fd13b88a, 0x3f714d68274a52d0
	.quad 0x4002000000000000, 0xfffbc2d52085501e
	.quad 0xfdc8c692dd45ab69, 0x4074bc41bcb5d40f
	.quad 0xfff31d319042fe52, 0xfff8000000000000
	.quad 0xd9697ce8ffee32c2, 0xf80124fbb715df33
	.quad 0xfff8000000000000, 0xc00cf559c06afa5f
	.quad 0x40780000320b15f4, 0xffa4043c7fb6e745
	.quad 0x800280ead3b84ac6, 0x400ffffffffffffe
	.quad 0xc00ffffffffffffe, 0xd6f01f32d63f5e46
	.quad 0x80724d8e3ec00000, 0xff800000049873da
	.quad 0xc0480000d27ff43a, 0x7ed320bd16e23230
	.quad 0x1ad988c4088cbf00, 0x882908b687ffae6d
	.quad 0x206376cd92fbf677, 0x7dae47813e0eb811
	.quad 0xf3899a1a7f800000, 0x7ff0000000000000
	.quad 0x97b0ea91b39b5862, 0xf504f7f32fd19daa
	.quad 0x060b47aaffff2446, 0x97037e3c25fbd98d
	.quad 0x000fffffffffffff, 0xd634010ac62303ff
	.quad 0x00ae228280000001, 0x9903b61dcbc45ac0
	.quad 0xfe09f1e917f1891d, 0x6ed298b937e2a129
	.quad 0x3c84a50025469007, 0xffd0000000000000
seed45:
	.quad 0xfffffffffffffd16
	.quad 0x0000000100000000
	.quad 0x00000000000000cd
	.quad 0x00000000000a856f
	.quad 0x00000000000000b0
	.quad 0x0000000100000000
	.quad 0xfffffffffffffdad
	.quad 0x3aa1cf7b6d4d9353
	.quad 0x7fffffffffffffff
	.quad 0xffff3f3ef38d02f2
	.quad 0xffffffff80000000
	.quad 0x78465b7eec9bd28d
	.quad 0x68bf9c02109f03e2
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x800fffffffffffff, 0x60a6ccd9f70cc700
	.quad 0x4a404145fffffed4, 0xc078000000000000
	.quad 0x401b000000000000, 0x4021800000000000
	.quad 0x4f7fffff7fa5bff8, 0x144dea4c842edd2e
	.quad 0x400ffffffffffffe, 0x40f0000000000001
	.quad 0x9c10679f6bf6ff7d, 0x8080000048ea0000
	.quad 0x42d8ee230015de25, 0x800ba73e0fe75944
	.quad 0xf69c22b0c0980000, 0xaf7479609db6bf6f
	.quad 0x40f80000e36b080c, 0x7fb639e9ca427983
	.quad 0x7ff61f8034bfc349, 0xbf40000043863bc2
	.quad 0xe567796efffecabb, 0xfe937b5240e80000
	.quad 0x5503d20575f3f8f3, 0x0005f0e69cb6458e
	.quad 0xfff8000000000000, 0x21f5487b58af8000
	.quad 0xcad26ded8b9b103d, 0x41f0000000000001
	.quad 0xcbb105f91a50bb2a, 0x11b9430520250083
	.quad 0x57f262a147439638, 0x80b8f7c4c0ba78cd
	.quad 0xbc97b25fbfb72931, 0x7fb62e2400ffffff
	.quad 0x36ad3ccdc8c27fe6, 0x5a187429c2e2f5fa
	.quad 0xbdf179b2708661b4, 0xffb39b61df000000
	.quad 0x000000003ecc1f01, 0x7fa080ac65a730f5
	.quad 0x79aa96d30010fc20, 0x7fdbb545161b0f75
	.quad 0xee25512c7fa1f400, 0x60c20ce11dee7fcf
	.quad 0xffc000007f800000, 0xc7c6fdfe86414740
	.quad 0x582c682affe90000, 0x7f8000003fdf0000
	.quad 0xb5ef28e37fcdf948, 0xf2fa948d140b6a2d
	.quad 0xe2a14510432d49d4, 0xbc07f708ff8b9ba4
	.quad 0x474ceddd48ba4700, 0x001fffffffffffff
	.quad 0x8c3497ed16c87e54, 0x60f44532153ebd1c
	.quad 0xb9b000004183f480, 0xc00e3c5e7fe0f2ee
	.quad 0xe5d5447f90e0f0dc, 0x7514934538e00000
	.quad 0xf758298ffeb77df3, 0x3df85395430cc864
	.quad 0xc0255edd062ad9d5, 0x01196009071a281e
seed46:
	.quad 0x64fa5c2e1a132621
	.quad 0xfc7eefb56a25bf57
	.quad 0xffffcba742f5f1d9
	.quad 0x3a7cffc321007991
	.quad 0xfffffffc60ad608e
	.quad 0x019db90da3fecdea
	.quad 0x00000000000059a8
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd3c
	.quad 0x00000000000000e2
	.quad 0x4b8bfc5ad20cee3f
	.quad 0xfffffffffffffee2
	.quad 0x0000000001000001
	.quad 0x00000000000003e1
	.quad 0x95559498800bb262
	.quad 0x000000000001aa42
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x3c797cff3fdfdf7e, 0x3f9d73d573db9825
	.quad 0xfe60abb0eab7938b, 0x313dfc52ffff74a1
	.quad 0xbed5800000000000, 0xffe719b001000000
	.quad 0x7ffe41cfbdefdc99, 0x455a21f9df937c00
	.quad 0x7fa594c740f80000, 0xf5bd90ef7effffff
	.quad 0x00000000ffd078f9, 0x94f1c75b7300fca0
	.quad 0x1bcc6599a9bd0800, 0x40a12087ffffefdf
	.quad 0x303f7df7ff7ff97a, 0x031d74313f21c15d
	.quad 0x8495d95ca3939426, 0xbfe9600000000000
	.quad 0xc02000007fc00000, 0xcfbe95eec5990000
	.quad 0x7fdfb7eeffa9d5b1, 0x1ff4030edfe9adbb
	.quad 0x00000000c10fda7a, 0x4340000000000001
	.quad 0x8088f11bc0980000, 0xd2badd0cefffcfff
	.quad 0x1441480a94ecba2f, 0x19109a1fc0d00000
	.quad 0xa6a451c4c4478008, 0xc01b38faf73dea90
	.quad 0xc1820372ffcbbfdf, 0xcb68bc0a00a9979d
	.quad 0x12144d63bfff33f3, 0x7a8a433141f1211a
	.quad 0x817fffff7f000000, 0xffb4d64c70731f13
	.quad 0x02d7f6c1ccc8f05c, 0x463c55e3d0095fa4
	.quad 0x7ff795e2bc0a8ca0, 0xcfdd8998852b98a8
	.quad 0xf53cbcd3fd3c14da, 0x325cbd89e987f7ff
	.quad 0xfffbbb40428ed98f, 0x3d9adeaae8fa4bbd
	.quad 0x7f58e57b7f91d934, 0xefa014247f917d3e
	.quad 0xa5a75dfaff800000, 0x7ff8000000000000
	.quad 0x8117a21afa339bc1, 0xbf8dfdfdbc7d944b
	.quad 0x123b2586bcaa84a1, 0xc47488abffafffff
	.quad 0x2d41f2820bfff668, 0x244583875fde7c00
	.quad 0x4f7ffffebfebde4b, 0x40e80000ffad877e
	.quad 0x3c4e309600ffffff, 0xff80000000400000
	.quad 0xc63a000040000001, 0x699e3e20ffdfed67
	.quad 0x4c66cd2a7d7283e6, 0x007fffff7fb4727c
	.quad 0x3179a79090c985e7, 0xbd598d21afe5c740
seed47:
	.quad 0x65f93b15b0bbe9e8
	.quad 0x00d694f8bad2c80a
	.quad 0x000000000000026c
	.quad 0xfffffffffffffe28
	.quad 0x3895267d75ce1a5a
	.quad 0x0000000000000096
	.quad 0x00000000000000c2
	.quad 0x0000000000000025
	.quad 0x7d72f4347ba69e74
	.quad 0xcf9c0a2ac5a6eda1
	.quad 0xffffffffffee25ea
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcef
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffa9
	.quad 0x04400000
	.quad 0xa0000000
	.quad 0x1288069b557ff262, 0x3f140a465f7fffff
	.quad 0xfff0000000000000, 0x0cd8258cbfe2c040
	.quad 0x7bb8e22c73b9fdca, 0x000550a68d9743d3
	.quad 0xfc8ea050c06defcb, 0xfff8000000000000
	.quad 0x3f9a2fa95665572e, 0x276a3f3ea8babdf3
	.quad 0x91440dc1fffefff7, 0x7ff0000000000000
	.quad 0x86401f8efd622e24, 0x00000000bd694d41
	.quad 0x7ff69d024e75b5cc, 0x7fc075ea3f553ba6
	.quad 0xc31b24f84349a96a, 0xc000000041040000
	.quad 0x41eeeb7efff7fd7d, 0x5a039994753e7d18
	.quad 0x8f5576cb9a7f416f, 0x588aea7f96590064
	.quad 0x800fffffffffffff, 0xc2426700dddb7f7c
	.quad 0x6e0040d2ab90a989, 0xdf6cdad0766d3083
	.quad 0x805eb522c23e0000, 0x5911223e7daf7d74
	.quad 0xfff0000000000000, 0x80da4b4305961a76
	.quad 0x8538195dffa5ff23, 0xe95d9a917d997e00
	.quad 0xc3efffffffffffff, 0x80492f13b429aa39
	.quad 0x80ce640c922e6b3a, 0x45d8adfaffbbe7ff
	.quad 0x7f8000002bc3da3f, 0xc0976957c23c978a
	.quad 0xf80fa44bc0bf7269, 0x7ff375b7812f8595
	.quad 0xc340000000000000, 0x2d21e00c67847958
	.quad 0xb7700000ffec8a52, 0xa8d90f1afd37a5e9
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xd5554cb9ef797e00, 0x4e8ef70b40e64230
	.quad 0x33fdbdaa087383ff, 0x00f128d2b5e35321
	.quad 0xcffffffe431e7c1b, 0xedd904ab6dff4b5f
	.quad 0xfeeb32a9b078c17f, 0x80000000072b8b54
	.quad 0xfff9dfd7a8f388eb, 0x806337ad4bd70048
	.quad 0x7fb40e5a807fffff, 0x42ee7758c0d80000
	.quad 0xea3ef613cf8c8570, 0x3ac9cb19d7f7a7ff
	.quad 0x1c4e5b8c7f80e043, 0xda16dd3f42400ca5
	.quad 0xbdb853b6ffa5de60, 0x3f2c1bd8a3817bb8
seed48:
	.quad 0x00003963ae12d5c1
	.quad 0x899dbd84925e02d1
	.quad 0xfffffffffffffd6c
	.quad 0x0000000000000370
	.quad 0x0000000001abd3d9
	.quad 0x055018cab25cf0eb
	.quad 0xe6dca013c79dac36
	.quad 0xffffffffffffffff
	.quad 0x3486aa0db1494710
	.quad 0x00000040bb0c0a3c
	.quad 0xf8c60ea973ffbc7e
	.quad 0x792191976c493e1b
	.quad 0x4aa2e26f5900eddf
	.quad 0x00000000001ff44e
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x04800000
	.quad 0x30000000
	.quad 0x71acfa4b49614537, 0xff800000bc0c1e75
	.quad 0x0ecb8b7cc3757f5a, 0xc1f604a767036cf6
	.quad 0x0028cb5c79edade3, 0xc0680000ff54db9e
	.quad 0xdf2b79257a874280, 0x56df7b230a3de55a
	.quad 0x609bc562c357fffe, 0xd25fa8082c9c6e71
	.quad 0x80000000426874ed, 0xb9d0000041e5fc8c
	.quad 0x58522409362b03ff, 0x41100000ffc00000
	.quad 0x7f8000003cb35cda, 0xbfa08a6d9b3183a7
	.quad 0x2231d7ebbe545688, 0x3f051ed600000000
	.quad 0x43e0000000000001, 0x3d0d884c805df411
	.quad 0xc061c29cafa27462, 0xfff0000000000000
	.quad 0x47800000436a548e, 0x7f80000079eb4062
	.quad 0x40a80000406ba4b9, 0x7e9486386de7f8eb
	.quad 0x4b4170e245fa640c, 0x0c2b9827c5657ba1
	.quad 0x0000000088d5939e, 0xc6408076ab32ba73
	.quad 0x2c4c8481bfeef62b, 0x3d854797114f98df
	.quad 0xfffd5d70976c25ee, 0x8f2cda4ccf42b775
	.quad 0xbff0000000000000, 0x410c0000ff800000
	.quad 0x7448e0997f75c8e3, 0xc69aec3f7634a8ac
	.quad 0x644aebb6aad77ec2, 0xf01b54b1ffb4bb6f
	.quad 0x0005f25bb41b737d, 0xbfb8fb3ac167787a
	.quad 0x405dd2af18e57b02, 0x0000000000000000
	.quad 0x54ecacc39dffa737, 0xff4540590bec5f2f
	.quad 0x33bd0d23be7ff53e, 0xa5f0f292577ff7bd
	.quad 0xc023000000000000, 0xee556bad96d90207
	.quad 0x696630bdfffdfccf, 0xbab216aadbfffdf6
	.quad 0x778fab88e603ffb5, 0x3df80000bbbc0000
	.quad 0xfc5defabebffef2e, 0x5300cb0ae7bad4df
	.quad 0x0abc5674cf41784e, 0xffc00000c0100000
	.quad 0xbffffffffffffffe, 0x0000199281575671
	.quad 0xf0135f90c9f0bdf1, 0x7fb439db08d8bbb6
	.quad 0xfdc2caa45b5d9dce, 0x3fa5a00000000000
seed49:
	.quad 0x000000126f73c41f
	.quad 0x65ae27f5a9d35c84
	.quad 0xffffffed1ddd9b76
	.quad 0xfffffff8db5d8325
	.quad 0x00000000000001f6
	.quad 0x000000000000006b
	.quad 0x2dd74d48f0e06c94
	.quad 0x0000000080000000
	.quad 0xc7d61f129ead4424
	.quad 0x024627d249a15157
	.quad 0xffe6573ba926df5d
	.quad 0xf590952dcfbb2a34
	.quad 0x07057a711593737a
	.quad 0x0e305494c59214d8
	.quad 0x0000000005f2d537
	.quad 0x521947cb6929b123
	.quad 0x01000000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0x4010000000000000
	.quad 0xd2af41e8cf34f78f, 0xc88c0ab7ac9f9d93
	.quad 0x3f78000000000000, 0x411800007ebe4e47
	.quad 0x01fce45dbf3afc00, 0xfe697b6ac235c47d
	.quad 0x6764bb6cffafbf43, 0xd1c4111d78b0c420
	.quad 0x7247472a7b9626e2, 0xfff0000000000000
	.quad 0xc0dc00007f746e51, 0xdf7fffffd756106f
	.quad 0x7ff8000000000000, 0x87635bbd71e103b9
	.quad 0xfff0000000000000, 0x000fffffffffffff
	.quad 0xcd4ad44f72b00000, 0xf2a882644ecf02dc
	.quad 0x1914def540ca873b, 0x76cc613cbddfe211
	.quad 0x56f01975fb9502b2, 0x4028163a19bfdb5c
	.quad 0x240361adef5ce7fc, 0x98d8a09312a3c8e0
	.quad 0x7c3ec081c33eba0f, 0xff39b84541040000
	.quad 0x71fb4891f0687417, 0x7ff0000000000000
	.quad 0x16d918a921da8f2b, 0xc19cb0513cf47bcb
	.quad 0x000000003a280000, 0xbfbcafcececefd87
	.quad 0x7f8da4ba7f482723, 0xc1160000edb322b8
	.quad 0xbfffffffffffffff, 0xff8000005f7fffff
	.quad 0x7fa8f7a1dfa2e6ff, 0x80000000ffb5d5c7
	.quad 0xc0e0000094811a6b, 0xf2a7fc02bf2d3391
	.quad 0xbcdc56e2df800000, 0xfff7b12d000e15a2
	.quad 0x800e860755e4b533, 0xc103400000000000
	.quad 0x7bde5bc17fe5e33a, 0x3b9e9c32ffc00000
	.quad 0xd98951b860b07dc6, 0x000000000137a31a
	.quad 0x711d8e0ac47dbd1b, 0x7f7fffff4216c8d5
	.quad 0xc0276003ff800000, 0xef9c5f967ef24b32
	.quad 0x3ead9b8fc7200000, 0x37bd2d63f7bb7c2f
	.quad 0x08ca0c5ff7eb4840, 0x8000000000000000
	.quad 0x40effffffffffffe, 0x82283deb577ba571
	.quad 0xc093cc497f840a12, 0xfff0000000000000
	.quad 0xfff0000000000000, 0xbd8000007307db8a
seed50:
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0xd4f447a245b3a68f
	.quad 0xffffffe4ac43d136
	.quad 0x567a01997d194180
	.quad 0x1c193398415117b5
	.quad 0xfffffffffffffcf4
	.quad 0x00000000000009da
	.quad 0x305c864c5b6b35b5
	.quad 0xfffffdc2bb332c50
	.quad 0x000026e4beac934a
	.quad 0xfffffffffffffed3
	.quad 0x000000000000013c
	.quad 0xe6ff9f53270693ad
	.quad 0x241da6f100e91698
	.quad 0x0000000000000000
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0x7ff5c4ec8a14fe07, 0xe9326a522263255d
	.quad 0x7fed5d7d00000000, 0x7f50a514ee25d6f5
	.quad 0x62ffe59cab5abbb3, 0x0000000040000000
	.quad 0x7f2c2a8a5dd11cb8, 0x67a53744971959be
	.quad 0x2b7cd2f0d60d6f0d, 0x5bac568cbf1dff98
	.quad 0xdffffffe800a67a5, 0x007fffffffa2c6ef
	.quad 0x0002a99d60ea682a, 0x75e27e37421d7400
	.quad 0x05556e54cff2f97e, 0x800000000152c0af
	.quad 0x15738f91fdcf97a3, 0xf2786cb797d00000
	.quad 0xff1cbbfbcf3f872f, 0xf09ab7dc7fc00000
	.quad 0xfff8000000000000, 0x0d5f49c13caeda82
	.quad 0x3fe40735c263c687, 0xbfac035239e00000
	.quad 0x97e9a7824127e5f6, 0x9cb6e911b214be00
	.quad 0x4052f29eec6819d2, 0x8087025d41b56473
	.quad 0x800000007ed15b06, 0x3fa92e7872887c79
	.quad 0x2a5698e2f785fc00, 0x6f925d36ff800000
	.quad 0x0f2464428061981c, 0x4013a44a670114ab
	.quad 0xff80000080757637, 0x805640e6f616dad1
	.quad 0x4000000000000000, 0xc01c7d0bffffbfdf
	.quad 0xffb93b35ce067768, 0x3172285f5dfffffe
	.quad 0x2d12fd2575906fb8, 0x40c4e00000000000
	.quad 0x00143f1555546d50, 0xb45e93378f45a432
	.quad 0xc07fffffc0e00000, 0xc0ad469ac239f413
	.quad 0x7ff8000000000000, 0xc9220000b5c50000
	.quad 0xfff8000000000000, 0x425bd314ffa85a4b
	.quad 0xc0211f451b29be99, 0x1da77d5e9edfffa5
	.quad 0x49c124baa695a761, 0xc01b000000000000
	.quad 0x8baa1ca0571b9603, 0xc004000000000000
	.quad 0xbf9909a8328cf1c1, 0x7a573d71db925d21
	.quad 0xb6148efc9afecb11, 0xc0d000004037cea2
	.quad 0xbf43551bc04d97b8, 0x401b800000000000
	.quad 0xbf80c00000000000, 0x0a7a2fd7c2734987
seed51:
	.quad 0x0000000000000001
	.quad 0x5ff4f0b75c09f40e
	.quad 0x0000000000000001
	.quad 0x00000000000000ed
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xa475c34b8a88f907
	.quad 0x00002344a7153b04
	.quad 0xf89806760c732e33
	.quad 0x000000f521ce8cba
	.quad 0x0000000000000063
	.quad 0x00013e1b66d748a3
	.quad 0x7fffffffffffffff
	.quad 0x0000078701539838
	.quad 0xfffffffffffffeab
	.quad 0x0000000000000002
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xf3c526a4488b7da4, 0x938fc9a543a9e612
	.quad 0x7ff4adcbe614e7c7, 0xbfd8c3ed615c56f3
	.quad 0xf3c84a9bfffedb6e, 0x7fc000003f34c2ac
	.quad 0x3ddbec2cffc7fe7d, 0x43297013ff8dd3fe
	.quad 0x800130a8ade2606f, 0x40e00000ffc00000
	.quad 0xe7a8804aa43cffe6, 0xbfe07e44005999e9
	.quad 0xbfd92750b6558137, 0x1095c39fe2d75373
	.quad 0xffffc3b573fcda2f, 0xfff8000000000000
	.quad 0xfff882d6a66cb5f2, 0xc77ffffef589ba64
	.quad 0x0011acd5f404d51d, 0x74e60b8ffd3c6ef3
	.quad 0x0080000000ba544d, 0x43c423cfff93b774
	.quad 0x3c4000007fc00000, 0xc330000000000000
	.quad 0xf5a8b7b740086f37, 0xbf58d00000000000
	.quad 0xfff8000000000000, 0x0d6102d5c0c52892
	.quad 0xbf77800000000000, 0xc45c0000be474c77
	.quad 0x1cb30128ffa82b1f, 0xc08209809944fc00
	.quad 0x7fd226d47facd059, 0xa6fcb80afdf70288
	.quad 0x7fa7de72475b4280, 0x41c23a3a69160f6d
	.quad 0x800fe67d5afff2a3, 0x4b45f08cd63a43e8
	.quad 0xdc9e7be47effffff, 0x7ff8000000000000
	.quad 0x3cda396d53299f48, 0x812d5b1efc37f545
	.quad 0x0dd2ef6d9f6f7c00, 0xff994677006c91ed
	.quad 0xa0eedb6d7fc43f01, 0x8000000000000000
	.quad 0xcf70756a9c117dfe, 0xc0f8000000000000
	.quad 0x7fff91cf3ee230a0, 0x9dbb7bd5ffe53fd9
	.quad 0xc10100f2bdfdc51c, 0xe2a025e8dffffffe
	.quad 0x501322cdffc4e9d5, 0x836810ff82c2d18d
	.quad 0xc0574da09d893dfe, 0x1d8e4117c7592955
	.quad 0x421e7be67fc00000, 0x7fdcaca54251fe5f
	.quad 0x8277a9c72950fee7, 0xffbffe193cbb87c6
	.quad 0xebd2447b5be5411c, 0x7fba7cc685c37d5d
	.quad 0x7ff0000000000000, 0xbde1ef51d6f1f316
seed52:
	.quad 0x4de0651de5e8b9fc
	.quad 0x19e7c78f5f3bec59
	.quad 0x362388e5f837bd6e
	.quad 0x88b27d951a702731
	.quad 0xfffffca6cd524b6f
	.quad 0x0000000000003966
	.quad 0xffffffb59f346817
	.quad 0x4aa25e5ff80bf28c
	.quad 0xffffffffffffffff
	.quad 0xfffffffff59f6f59
	.quad 0x3b8d4a8dc8407a1a
	.quad 0xfffffffffffffe17
	.quad 0xd40b30d1eec0dbeb
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xffff3055ff96acc8
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xffc000001114f76a, 0x262b3eb08352c9c4
	.quad 0x8000000000000000, 0xffc91764c6e6e8ae
	.quad 0x43800000019890d1, 0xa67ef9dc40547c00
	.quad 0x000fffffffffffff, 0xbff4000000000000
	.quad 0x7f8ed1dc98251ebb, 0xd9491464a0608000
	.quad 0x43c863d6402eadf8, 0xbf674edbedb9a031
	.quad 0x7ff0000000000000, 0x41f0000000000001
	.quad 0x3ff6000000000000, 0x174a45cebfb580cd
	.quad 0xff0000003be98d68, 0xc0b3c5b607d3c782
	.quad 0xfff76e3ab7534d09, 0x185e524227db7480
	.quad 0x3f6884117f800000, 0x0000000000000000
	.quad 0xfddc1199e39c06f7, 0x4c77e465e3eda969
	.quad 0xc0d83df700800000, 0x3ba00203bebc9886
	.quad 0x7ff8000000000000, 0xcc094bcf045390e7
	.quad 0x3c2e39f540ad935c, 0xf68efce39605a4f7
	.quad 0x4a1ee830a21c1d50, 0xbffe3bc2dc15a07f
	.quad 0xdc1af246415bff9b, 0xcaef127e7f812c73
	.quad 0xff533bc460c611b9, 0x3fe27afefaeffe35
	.quad 0xf78738d93f800000, 0xff7fffff43e04437
	.quad 0xcf373650beff7cfd, 0x96a1661ed3ebdad6
	.quad 0xff7fffff00800000, 0x8e3029535feff800
	.quad 0xc0980000807fffff, 0xc0380a814cb408bc
	.quad 0xd767cb77fa46f909, 0x7ff0000000000000
	.quad 0xf9a8f2e955b8e5ab, 0xb2bafd79bdf9fed0
	.quad 0xbfc1bedd481d67cd, 0x07c6287affc00000
	.quad 0x7ff4fcd8fc838e01, 0xb788401e74c07c00
	.quad 0x3cf20000ffc656d7, 0x3800000000000000
	.quad 0xbd8fa4ebddffffff, 0x7241ecb2233d7400
	.quad 0xbf2d000000000000, 0xd69d4aadfeffe57f
	.quad 0xc00e262c6ed04bdb, 0xecb708bc3cb80000
	.quad 0x4b6a2b4b1a24df9d, 0x7faf5a8280a4480d
	.quad 0xc80902db4515799f, 0xbfedc2c38fb2fd03
seed53:
	.quad 0x2b6738b95bba6fd6
	.quad 0x0000000001bcd55a
	.quad 0xff3132202c4d9ffb
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0xd9c4457155533dd7
	.quad 0x48dc886c45efdd55
	.quad 0xfffffff3dbc6d29f
	.quad 0x95ca99e666b572ee
	.quad 0x0000000000000009
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x00000000000000a9
	.quad 0x3d5b3ffc3af7aada
	.quad 0xab2a2879b9edee93
	.quad 0x0000000000fa8c43
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x7a7f93e3bf5c018c, 0x8000000000000000
	.quad 0xd6b1065e57c0b87f, 0x4e6432c863709dc1
	.quad 0xbfff3ebbc1430610, 0x2263f7153081fd55
	.quad 0xdf000001c0d80000, 0xbfd8742eba33ae11
	.quad 0x0000000040880000, 0x1579590a3fd20351
	.quad 0xcb01b5fbff7df7ff, 0xe24cfa17cf7ffffe
	.quad 0x03e3fa3ace2a4bbf, 0x4040000009b60e94
	.quad 0x10bb485e43fef1b9, 0x5dc9a239fc18baa4
	.quad 0xf7aa4157ff64db6f, 0x1e7aba863ecf13d3
	.quad 0x7f00000041780000, 0x7221956cffc5bebb
	.quad 0xc07f41ceb11aef16, 0xfffd7f89dbb13a45
	.quad 0x7f80000055e35fd8, 0x4037c87c10801257
	.quad 0x5e43f0a6c13c7c00, 0xc8264433835a5b8c
	.quad 0x3126da5ffa992289, 0x7f6ee67b764286f3
	.quad 0x4d0354d87fbf7d88, 0x83b206f6a4b73e1c
	.quad 0xd540154d308b03ff, 0x41e5f65483bc9902
	.quad 0xfe0353132d317366, 0x65e3f5991d5116cc
	.quad 0x00000000ff800000, 0xffebb598bd54a9ac
	.quad 0xff800000bb879de3, 0x40c80000c16b56d9
	.quad 0xfb47eab8639c4780, 0x7ffd38b6e74e8d9a
	.quad 0xafef64b6541bd23f, 0xdab5ec9c1df984c0
	.quad 0xdd4c88d81fff38f3, 0x4067802aad5c087b
	.quad 0x983c88c585de8ad1, 0x2beb41990080a661
	.quad 0xc338749acf800001, 0xf54016453cb18cda
	.quad 0xeddac17204ef81e6, 0xf58d09f9ff9e36f6
	.quad 0x7d8856d580000000, 0x0010000000000000
	.quad 0x7d60becd3eb0ed75, 0x09c593e7007fffff
	.quad 0xbf34600000000000, 0x80033c731021bd92
	.quad 0x086eb1c22e91aaf7, 0x30bcfff3aa58c880
	.quad 0xc073862421c7572a, 0x491c710c7ff5ebb5
	.quad 0x00000000ff800000, 0x3fb93f41355f7823
	.quad 0xf2fdc6f0ffffbc01, 0x4086000000000000
seed54:
	.quad 0x1aab2a3c7cf108dd
	.quad 0xfffffffffffffe83
	.quad 0x21f6de7fce3614b6
	.quad 0x00000000ffffffff
	.quad 0x3a720d8e1a97ac4d
	.quad 0x0000000001000001
	.quad 0xfffffffffff2e413
	.quad 0x0000000000000382
	.quad 0x0000000000000f22
	.quad 0xdf71dca90b403847
	.quad 0xfffffffffffffec9
	.quad 0x0000000100000000
	.quad 0x297fb8fff53ea20d
	.quad 0xfffffffffffffe4c
	.quad 0x00000000000000d3
	.quad 0x00000000000003c7
	.quad 0x01800000
	.quad 0x70000000
	.quad 0x9fede9bdae22023b, 0x98879aaceb10fc00
	.quad 0x4340000000000000, 0xc2788da6fc3d382a
	.quad 0x005c4428522caa4c, 0xcccb32c60ac242e8
	.quad 0xbd212bd5779bc0fb, 0x013f99834249a015
	.quad 0x800000017e9770fc, 0x9fe9d11657b8fc01
	.quad 0xb8f88db3bf6c454e, 0x7ff3d65316ff618c
	.quad 0xc094aef37fd76ecb, 0x7dabb943dda4854e
	.quad 0x03ba0c6fc319240e, 0x73c1599e379ff33b
	.quad 0x8000000000000000, 0x73967bba933902cb
	.quad 0x3fa3ab4ca8f82acd, 0x5c86550042f40c0d
	.quad 0xb693d21654b42c8d, 0xf3c7cf5b7f800000
	.quad 0x64455720698e87e0, 0xabf3c9a78c41f4a1
	.quad 0x802fffffffffffff, 0x5726d2c5c70f3369
	.quad 0x7ff0000000000000, 0xd5371f72fe9f831f
	.quad 0x8e9640f0b50ffc00, 0x0000000040e80000
	.quad 0x3f81776fea01f2fa, 0x9f9a489c33308617
	.quad 0x7f3f0479bfdafcd3, 0xf1160c54e7e7fff4
	.quad 0xbf464344729c62da, 0xb44a7955caad3988
	.quad 0x44fedd8e83bc7dd9, 0x2f8fedb6ffdefcaf
	.quad 0x6c1e1d4480000000, 0xff89536538600000
	.quad 0xbfeb9cbf9c1972f9, 0x2386f2ba7fa844c0
	.quad 0x39b18259f6ccec44, 0x7ff45718da9bcd6b
	.quad 0x7ff0000000000000, 0xea6eea49d5ab8750
	.quad 0x40fffffffffffffe, 0x1a440463fed97c00
	.quad 0x00394a782ba3c866, 0x8020000000000000
	.quad 0xf08755683e42ec12, 0xbd0976b53ec00000
	.quad 0x8cbaabe59e335e5d, 0x4026000000000000
	.quad 0xbee4b708ff800000, 0xbedcbceabf9ffd86
	.quad 0x00021fca4d98fc19, 0x8101dcd5e28aa237
	.quad 0xfff8000000000000, 0x0000000000000000
	.quad 0x48e58b0743184f62, 0x8280a2e12443bceb
	.quad 0xc1c9b7a35a7ffffe, 0x67a3473c129e73e7
seed55:
	.quad 0x000000000000204c
	.quad 0x00000000000001f8
	.quad 0x5b743174b31a32aa
	.quad 0x00000000000000a4
	.quad 0xfffcce3359906c60
	.quad 0x7fffffffffffffff
	.quad 0x8e9500cc3e94ba44
	.quad 0x5890146323acc9fc
	.quad 0xffffffffc6bbcfbc
	.quad 0xfffffffff21996b9
	.quad 0xfffffffffffffd28
	.quad 0x6a49e5dd68e15c95
	.quad 0x4af6df5b606d493d
	.quad 0x0000b490451b3272
	.quad 0x84b751285bcdd182
	.quad 0xa40111726181d8f0
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xdefe0ba9fff8fc17, 0xffb330bc53045687
	.quad 0x18dbd996f531bd80, 0x88dc5a7b4f1fc560
	.quad 0x800b9887032b7bb0, 0x7ff607c402a7c4db
	.quad 0x14be602df3e7fddf, 0xd3a82387b1a3c107
	.quad 0x04d745693f800000, 0x089e0015edd63261
	.quad 0x1d51f9a62335a24c, 0x762a6f39419fbb69
	.quad 0x0000000000000001, 0x401bc6db80000000
	.quad 0xd3549fef91f1fbff, 0x8004f4dbc4bcbdf1
	.quad 0x7ffe72fa049bb2f4, 0xbe2ccfab47d30b58
	.quad 0x925d82de1fef7f02, 0xb9f7f78ff5baa971
	.quad 0x69dac63d3c4693e8, 0x0000000000000000
	.quad 0x801632aa00000000, 0x3fca52e778cda341
	.quad 0xff7fffff561e5e41, 0xc0f6a01482a602e0
	.quad 0x657a5c8e41d1fa7b, 0x7f9fa2030419ee94
	.quad 0x74c63e5dfcb2f33d, 0x3987991fff8773e9
	.quad 0x96e05b6c9165fba1, 0xdc78f32a17321837
	.quad 0x246fb76e91b5b800, 0x1bdaf26d7661fe00
	.quad 0x7fc0000002dbdcd6, 0xef70d69410dd158f
	.quad 0x60daf548ffafff24, 0x96e1e07e0a30b038
	.quad 0xb3831c5bff37e7ff, 0x7ff0000000000000
	.quad 0xf09cc0aeaed9c660, 0xfd1883a07fc00000
	.quad 0x11a4db27c8460e51, 0x7fadf2c6d29e6e3a
	.quad 0xc0c40000f12005d5, 0x3fd8800000000000
	.quad 0x5ee7fe1fec9fefd6, 0xa5c9538f8175aa4e
	.quad 0xc1e0000000000000, 0x6dd23fbbdffebdfe
	.quad 0x43e0000000000001, 0xc0536c0485c2c6fd
	.quad 0xffff88e2935abd48, 0x7fb25c3ca2554575
	.quad 0x4023800000000000, 0x400ca9860085415e
	.quad 0x7ffed7875376a765, 0x81000000bd2396de
	.quad 0xbe0df771da4e40f1, 0xb08ba112f1234aac
	.quad 0xa5e0b7f217a9fd22, 0x67eaf80561e39f76
	.quad 0xeccc153f6fb00000, 0x4018000000000000
seed56:
	.quad 0xecd3a0d0b9d36494
	.quad 0xffffffffffe907a1
	.quad 0xffffa31745290bd7
	.quad 0x5167763001732c50
	.quad 0x9865c6bbc76be886
	.quad 0xb5895ca492e251de
	.quad 0xfffffffffffffe37
	.quad 0xc7fe7b04dcef10a0
	.quad 0xaccf2bb8666f0f38
	.quad 0x29b3380beb50f6ec
	.quad 0xfffffffffffffe3b
	.quad 0x0020000000000001
	.quad 0x00000000000003d3
	.quad 0x000000007fffffff
	.quad 0xcc9898b59f37b4c9
	.quad 0x43a0098ffff00baa
	.quad 0x00000000
	.quad 0x60000000
	.quad 0xffc000008012a97d, 0x0025e2fe03e55eb9
	.quad 0xae62275d7f102751, 0xc267328109bdf9d1
	.quad 0x6d5c4ef380000000, 0x0715cec4befe455b
	.quad 0xc01800007f800000, 0x6065d15678bffb32
	.quad 0x822d15d4fdb418fc, 0x6fe243f1419678ea
	.quad 0x7f800000bf9980e3, 0x40d3800000000000
	.quad 0x0000000000000000, 0xff87b80afba8e650
	.quad 0x1b6186da7f6eff4d, 0x1d53a3d4e3a582a5
	.quad 0x8fafa835f87a21f4, 0x6459b42968e77f9d
	.quad 0x800000007f800000, 0x31a87a45ffb6eebd
	.quad 0x7066b47a807fffff, 0x7fa7a02b4053f45a
	.quad 0xbf0c800000000000, 0x807fffffc0b80000
	.quad 0x36930f55444bffc1, 0xbb9ab3be7fc00000
	.quad 0x820ddb4affe679d1, 0xc0645044d79e150c
	.quad 0x807fffff06479b14, 0x3e935dec6c13b31f
	.quad 0x409800007fa152da, 0x0000000000000000
	.quad 0x112bbab4c8a00000, 0xfff8000000000000
	.quad 0x7ff0000000000000, 0xc019000000000000
	.quad 0xeae43f22863ef7cf, 0x7fbb8b7349240000
	.quad 0xa016a76da9120000, 0x00000000ffa46245
	.quad 0xe5644235698d4537, 0x403288cc8536d2e2
	.quad 0xec3dd8c9ffc7bfd3, 0x000fffffffffffff
	.quad 0x7ff600847b96c51c, 0x7f897efb011ed889
	.quad 0xfff0000000000000, 0x7fe6e4eb4a105754
	.quad 0xffc0a3b8802e58a7, 0xd539f6fad5fde2e0
	.quad 0xb5e20000c34630aa, 0x4e7f7ce6fbff3aff
	.quad 0x477e016f401a3fcd, 0xf5c78686fefbcfff
	.quad 0x3ff55b58a75d6f71, 0x00726f637f800000
	.quad 0xffc00000ffb30f67, 0x4010400000000000
	.quad 0xa3ac8dcc6648fe0a, 0xbff1187512179c0b
	.quad 0xf1b29ea32b90faf8, 0xc2277d2f40540159
	.quad 0x7a1c8bbf7fb6389d, 0x4043eec6b326636c
seed57:
	.quad 0xfffffffffffffe6e
	.quad 0xffffffff0d525a0d
	.quad 0xffffffffffffff5c
	.quad 0x682797a53b16bab3
	.quad 0xebbd15c49b5c0b33
	.quad 0x00000000000002b7
	.quad 0x372178ff28e15166
	.quad 0x3e0ce2d9d0cdf52e
	.quad 0x9f9b3131a55b88f6
	.quad 0xd664ead2e5342a3e
	.quad 0x0000000000000004
	.quad 0xffffeff9b5477dad
	.quad 0xffbaf0cb43d29a14
	.quad 0x0000000000000000
	.quad 0x0cd9c9095f021f59
	.quad 0x0ca1347e94ad96fd
	.quad 0x03000000
	.quad 0xf0000000
	.quad 0xcba581f27ef6ffff, 0xff000000007fffff
	.quad 0xe4f5cb22bb94a11d, 0x5a5dd25d49c92725
	.quad 0x79dfc3013dc6e51e, 0xfc2cd328efd77c93
	.quad 0x5c40d2e20884a7a9, 0x88fcaa4f653fff7e
	.quad 0x7f800000c1040000, 0xfdf256ba5965cdf1
	.quad 0xe30d8b1bb7f0e31e, 0x3fffffffffffffff
	.quad 0x78740c4d02444326, 0xe38cc8c4bf7f7ffa
	.quad 0x3cb037eeace6edb7, 0x1a48315effc00000
	.quad 0x3f86533469332f8d, 0x7fd4a6c5d4447c90
	.quad 0x29791806a30181da, 0xc3ffffffffffffff
	.quad 0xf54fe1a5ffa3f505, 0x132493ec7f800000
	.quad 0xc04d192884004275, 0x7ffa1414e5621789
	.quad 0x6c6bc0a5bba84e10, 0xfeff9bbc6c1841c6
	.quad 0x301b406d5981800a, 0x3ecf8bae016b3e86
	.quad 0xc110000080000000, 0x3dffc60aef440801
	.quad 0xf48abb887f800000, 0x1acc63b67fb5fef4
	.quad 0xc09c0000bb400000, 0x7fc00000be800000
	.quad 0x3d3a0000bfad1c9a, 0xb9548f3042b5fc00
	.quad 0x687b076794dbde00, 0x401e000000000000
	.quad 0xa026854cfddcffef, 0x770a7b5c1693c340
	.quad 0x7f9b2a5acfffffff, 0x0016cb69bbda1253
	.quad 0xffbee905ff44c45b, 0x4108e00000000000
	.quad 0xd63f5bbadffe7cee, 0x00000000ff800000
	.quad 0x40100000ffbd3c22, 0xef50bc7cf6c77c00
	.quad 0x39ba0000731faaca, 0xd8434ab0985d80b8
	.quad 0x011fcebc45fa0000, 0x7ffeea1b4a26fcff
	.quad 0x80264cef1a8affeb, 0x71d54fbb25ffffff
	.quad 0x7f800000bf90bc60, 0xfe80000099c0e22a
	.quad 0xbaab00007e800000, 0x0b5f2f07bf7d7e00
	.quad 0x7f800000c3b45296, 0x4195ca9e40f00000
	.quad 0x4c42b4d1f21dfae2, 0x3bf9ba2ac0b80000
	.quad 0x3bb9f64780314077, 0xe45f555da0e87d74
seed58:
	.quad 0xffffffd5ca87667c
	.quad 0xd668b90c51d07440
	.quad 0xffffffff80000000
	.quad 0x7396268dd4576427
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x000714b6ec62837c
	.quad 0xe866bfb3526763bc
	.quad 0xdeb33ee781d773f4
	.quad 0xa6b1b82ffecb1b54
	.quad 0xffffffffffff1b9a
	.quad 0xffffffff80000000
	.quad 0x0000000fe7ac5d94
	.quad 0xd8a5a8b5ca2b8b84
	.quad 0x65dda1d89863b3fe
	.quad 0xd073d57dc58bacf2
	.quad 0x00800000
	.quad 0x30000000
	.quad 0xc76e3bf39ad8fc00, 0x3dd1ce4872025a2a
	.quad 0x7fe6b0ea011b6240, 0xe630e3c5effd4580
	.quad 0x401e74b31a900c34, 0x8000000040a00000
	.quad 0xc4fd9f4713a6a468, 0x747ec3b4a41842c9
	.quad 0x00946ac42b6489b4, 0x42aa523dffcbeff6
	.quad 0x802dc383c4e5ecf3, 0x3b980000bec00000
	.quad 0x83677755da1dee7b, 0x8000000000000000
	.quad 0xa656c2e87f8e12e7, 0xc00772e06846ed40
	.quad 0x723a3508ff8fff9d, 0xbff4000000000000
	.quad 0xb07e62d3914b8000, 0x7f81ecaafa4a2116
	.quad 0x7ff23c717b0734f7, 0x7fe082fc1d14eeda
	.quad 0x401fb10aa3586796, 0x7e09bfbe1213870d
	.quad 0xc0f0000000000000, 0x81ad7ab5ede7b7fd
	.quad 0xbff8000000000000, 0x4fa24be345400000
	.quad 0x3fc2a84185c1a7ba, 0xac26c1a9e7cbff2d
	.quad 0xe1024e63b97fffff, 0x592a05d3b2edc857
	.quad 0xbe9ff749406d1b7e, 0x21849fefe9aea7a5
	.quad 0xa4fced12711bedef, 0xc9400000e889da88
	.quad 0x81fdff51ce29bf4e, 0x5a000000c211bb81
	.quad 0xc10fbcd5ffbb7efa, 0xe4223133bf3bfdf9
	.quad 0x9a4575a8e6fefbc3, 0x7ff9bea5fde4e2e8
	.quad 0x453cfd88c0880000, 0x3bb06fdcad8bd569
	.quad 0x8000000000000000, 0x80000000bdd90000
	.quad 0x7f8000003db34877, 0x368000008007faf9
	.quad 0x48a00000cb2349a5, 0x7ffa128cdc99daa7
	.quad 0x22e5fa0523ae0200, 0xee6409bcf3a3fffb
	.quad 0x8000000000000000, 0x9036dfd100f9a554
	.quad 0xf6bb791dfe777cf3, 0xd4480bc6bfffffff
	.quad 0x3bc43eea00000000, 0x42751b89b0547f55
	.quad 0xffb2a69f47800001, 0x8442a203cd18e043
	.quad 0x7f800000ef0f327c, 0x001c6a65415992fb
	.quad 0x161189e4fdfff6bf, 0x9e11feb8a3134b5f
seed59:
	.quad 0x01400a5de93fcb8b
	.quad 0xfffffffffffffd8f
	.quad 0x000000000060cc49
	.quad 0xfffffffffffffef3
	.quad 0xfffffe1e97b34eff
	.quad 0x00000000000000e3
	.quad 0x00000000000002cd
	.quad 0x0000000000000262
	.quad 0xffffffffffffff89
	.quad 0x0000000000000000
	.quad 0x00000000000000c0
	.quad 0x0000000080000000
	.quad 0xfe014a092c01ac54
	.quad 0x000000000000023b
	.quad 0xfffffffffffffd3a
	.quad 0x0000000000000930
	.quad 0x05000000
	.quad 0xd0000000
	.quad 0xc6370b1afff6fc59, 0x55a160e3d545a223
	.quad 0x4015000000000000, 0x60b2ea20c11a42a1
	.quad 0x7d1f88cd3cf8295d, 0x80000000bb8a0000
	.quad 0x3fcf3cb296677249, 0x05b1a27597e9cfcf
	.quad 0xbcf79b555fdfc3bf, 0x577367d5a97c7ed0
	.quad 0xc0765b748e61d392, 0x881af22dbf6e7f7f
	.quad 0x3fcd53ad00ffffff, 0x9cd074137b0859c5
	.quad 0x140b607340e95c58, 0xa87236769e8681e2
	.quad 0x3ccf8862e6f4b045, 0xfff8000000000000
	.quad 0xffa40c37ff800000, 0xfff0000000000000
	.quad 0x4748142ea1ffffff, 0x4028000000000000
	.quad 0x7f80000000303309, 0xc020000000000000
	.quad 0x804c02167f800000, 0x9de38d13be2226e3
	.quad 0x9cb56df499e35efc, 0x7fff16b0672c192e
	.quad 0x3f7856842a8b89b2, 0x2a3115e05c6bb400
	.quad 0x3a8de51f319a7bff, 0xffd0350b8023cc19
	.quad 0x3e4646546d873da2, 0x7df251b481b5dfae
	.quad 0xc030000076aff8c0, 0x71b46395c2730000
	.quad 0x3c8d4d0801000000, 0x7ff07aacb25a408c
	.quad 0x00121dd4efc2a5af, 0x8000000000000000
	.quad 0x42c8bd9a7f000000, 0x009d366dffc00000
	.quad 0x0000000040180000, 0xc154838c12efd99e
	.quad 0x7f80000080032b9e, 0xff8000008045b8e7
	.quad 0x7fec8ce10cf02bc0, 0xff86a95318c1b644
	.quad 0xe5e3d4a8018a7c37, 0xc0a81b9a2b5ba942
	.quad 0xc9a570cb49f37f7f, 0xfffb3726f2a0bc8b
	.quad 0x18c44162d20e7e00, 0x11a35367afd3fdf9
	.quad 0x7ff3ed6bf85ae7cd, 0x0128b940f8f82b8c
	.quad 0xc167e941bd6bcad3, 0x3f18000000000000
	.quad 0xffe86eaf7f800000, 0xc012e5aeb533b3cd
	.quad 0x3fba000000000000, 0xfff431c8df93819a
	.quad 0x1f1b44c5a460123a, 0x9da7880f677257a2
seed60:
	.quad 0x001fa0f87272350c
	.quad 0x0000000000000085
	.quad 0xfffffffffffffe29
	.quad 0xdc2c18197378fd3c
	.quad 0xfffffffffffffed0
	.quad 0x4b91c36dc5221feb
	.quad 0x0000000001000001
	.quad 0x080fe21ad1ae17a1
	.quad 0x38b3cd952e8a668d
	.quad 0xfffffffffffffd07
	.quad 0x00000000000002da
	.quad 0x00000000000096b7
	.quad 0x1178fea85be35a33
	.quad 0x000000000000001d
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xdbe30626e3888400, 0x17dfb4228afe9188
	.quad 0x895df936fb2c0000, 0xb2024fad4323225a
	.quad 0xff800000bdbbe3fa, 0x0e9a77adfffbd9cf
	.quad 0x802afb92bcfa3ba5, 0x7ff0000000000000
	.quad 0xff823d5473b1892f, 0x815ac35841cfd3f5
	.quad 0xa6af50ac8a4c7c34, 0xf011e71ef42d3c4a
	.quad 0xffb099038caa0427, 0x7ff5c7a9bccaa74c
	.quad 0xd35d9c3e5c685fb1, 0x4000000000000001
	.quad 0xc04cd12dcf721244, 0x3fe223877faaaafe
	.quad 0x9b6a645f3b35a2e9, 0x8db1854f99397e0e
	.quad 0x7effffff9cc49848, 0x7ff8000000000000
	.quad 0x7fc00000d83e33ec, 0xc1197f80402bc437
	.quad 0x775866b3fdcbfbb1, 0xc65b1ef621a87f21
	.quad 0xbfafd58adc96816e, 0xe28d09b139849f8e
	.quad 0x78299f3a82839614, 0x7ff0000000000000
	.quad 0xbf84a708089ffd2f, 0xc000000000000001
	.quad 0x5093c1c3ffcffff8, 0xea1fc5f379fef7f9
	.quad 0x000c527d510e2f3b, 0x9ea248b1b66215b9
	.quad 0x4202589b427fbd7f, 0x43e0434b00000000
	.quad 0x0004a8153b5ab7ed, 0x41e0000000000000
	.quad 0x9762beeacf7fffff, 0x4050000000000000
	.quad 0x6c395cbb7e0e400b, 0x7ff3800f99ffcabb
	.quad 0x98933267be169bcd, 0xbf4b800000000000
	.quad 0xdf1bd109cfa49caf, 0xbd82e07d7fa84da3
	.quad 0x000bdf9446d00000, 0xc3f0000000000001
	.quad 0xbfb0a9dc27025b17, 0xbff8000000000000
	.quad 0x4073b3d3bbf2ac65, 0xc0fc00004192160c
	.quad 0xc090000000000000, 0x802fffffffffffff
	.quad 0x2e042c52a7cf3ede, 0xbfebb77250b9a380
	.quad 0x413e4927a13f59cc, 0x842183a3beefbd6f
	.quad 0x7f9faa93c0e80000, 0x663635d5bf7e0e60
	.quad 0x980c06490f4f4d67, 0xff800000bcdcfb04
seed61:
	.quad 0xb431a234247c5eb5
	.quad 0x000000000000023d
	.quad 0xc9d9797c40202319
	.quad 0x0000000080000000
	.quad 0xfffff0905d52f61b
	.quad 0x222b7cd52dfb778c
	.quad 0x0000000000000000
	.quad 0xffffffffffffff88
	.quad 0x13085843f056bead
	.quad 0x0abbdc15a474e9ac
	.quad 0x000000000000014e
	.quad 0xfffb0a37ffffcb87
	.quad 0x0000000000000001
	.quad 0xc48299b47e37a915
	.quad 0x00000000000002d9
	.quad 0x76a9c024f128c95a
	.quad 0x05c00000
	.quad 0xa0000000
	.quad 0xfff9cf1246d4a9e2, 0x93f997d3939f7bf2
	.quad 0x18bcc306c976d8cc, 0x98ac897c82870480
	.quad 0x7f96f008766129f0, 0x00012ac7827e3493
	.quad 0xe715034595888078, 0x3ff0000000000000
	.quad 0xaedea89c04b5fe00, 0x017fffff3ee78d1d
	.quad 0x7d42f3c975bacd4e, 0x3fc4b785aa375e8e
	.quad 0x00000001c0400000, 0x7ff0000000000000
	.quad 0xff2e9c6ab00cc2f3, 0xfff0000000000000
	.quad 0x000ebc317d73a504, 0x1b16a35528187c00
	.quad 0x2623ac64b05c514b, 0x3f8f9a2bdc0910c5
	.quad 0x400ffffffffffffe, 0x3fe57f897ff7442f
	.quad 0xee163feb4ba7ffeb, 0xc7cc0000c01f22e7
	.quad 0x802fffffffffffff, 0x477769b1ef2d7abc
	.quad 0x27734895fcdd7e00, 0xab264d3aefebcbbf
	.quad 0xcfffffff7f800000, 0x0e4e6ba300000000
	.quad 0x83bbbedb814d7a3c, 0xd36d4527d9feabef
	.quad 0xfff0000000000000, 0x80000000ff920475
	.quad 0x7fc0000080000000, 0x4fb68b973f800001
	.quad 0x3f107b897f800000, 0x80000000befa5160
	.quad 0x726a46cbcffffffe, 0x43e468f03f5ddd65
	.quad 0x7fadd2b543901d47, 0x44b031bf59672cdc
	.quad 0x8040c1147f9ff529, 0xc06bf4657cbf5c47
	.quad 0x80800000c19ce837, 0xffe3d4eff343a014
	.quad 0x00000000efffc45b, 0xc1fffffffffffffe
	.quad 0x0a113055258e3ef5, 0x41f0000000000000
	.quad 0x3ac421cd7fa1c7d6, 0xdd5537eb35850301
	.quad 0x23268c0dfefaf53d, 0xbfef4ead08ae72d1
	.quad 0xbd173220e7c60000, 0xfff8000000000000
	.quad 0x40f0000080000000, 0x401a800000000000
	.quad 0xbfa00b1b7d7ebc6d, 0xdb72593f8addfc65
	.quad 0x7e9ec15b00000000, 0x5bb76974edbb7a00
	.quad 0x0003ae3be017a5f4, 0xbfb3bd5fe7b18028
seed62:
	.quad 0xff235df46b4c7d0e
	.quad 0x9a83361c7c60dcf0
	.quad 0xfffffe41f42592f9
	.quad 0x419dff8bee2c69ca
	.quad 0x000000008a775c18
	.quad 0x00000000000003c8
	.quad 0xffffff84bd470af9
	.quad 0x0000000000000083
	.quad 0xe2c53c756e5a45ee
	.quad 0x0000000000000194
	.quad 0x4bf50b2c68421831
	.quad 0x2a9e94584fa57f04
	.quad 0x37e465ca0cd7580e
	.quad 0xffffffffffffffdb
	.quad 0x000007c334db6fd0
	.quad 0x97013adc07c8d856
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x813affba938fc06c, 0x8000000000000000
	.quad 0xffd2fcb64cc060b0, 0xb5377d5ce2803057
	.quad 0xc1b507a3c2241518, 0xa547556affb5fff9
	.quad 0xb7a71b764e12f9e3, 0x3171c1753d355881
	.quad 0x6a036746b96a8480, 0xb37596bdc3bfef89
	.quad 0x4837a742a37c0000, 0x802fb3d876683bd3
	.quad 0x406e669412019653, 0xc0cc0000407ffffe
	.quad 0x6753fc81e63ff1ff, 0xc01dab78dff1b7ff
	.quad 0x7b221809ffb7c6f4, 0x3fbac0692d19e183
	.quad 0x8000000041200000, 0xc0900000bc652c5b
	.quad 0x7f97967080000000, 0xffe6f417ffdd2db6
	.quad 0xe3d547929cdca627, 0x1959e3bccbeff1e8
	.quad 0x43b48f543fe00000, 0x0000000000000000
	.quad 0xc096000000000000, 0x800c86e33077fb37
	.quad 0x017fffff7faa40fc, 0xccb75cfa483b0001
	.quad 0xbfd0000000000000, 0xffea69f31246ed51
	.quad 0x52d4acfb4b0454c8, 0xfa0e591a20e0d606
	.quad 0x7fa596567fc56033, 0xc9953e2cfb7f7f7d
	.quad 0x3c7871e4c3e4107a, 0x0024354fd7719638
	.quad 0xa3f21703a34dff2b, 0x8c2de76300000000
	.quad 0x58d9d984fff7fdd0, 0x4e9435beffb2fbb7
	.quad 0x80310c73c65bdc0c, 0x7e3f0235375516d6
	.quad 0x7fed6b84dfffffff, 0x006144b34a85553b
	.quad 0x7043c1edffc00000, 0xfff1ced0eb73b290
	.quad 0x7fb1357a7fabb3b3, 0xff9f0e7d5a7ca3ba
	.quad 0x41551b69c0d00000, 0xe2814a73bbd4f426
	.quad 0x4268b4df39800000, 0x092964ef82ca31d6
	.quad 0x4041cd8c8aea39d0, 0x3c0caab6803bfb39
	.quad 0x8dcd69fff0627a40, 0xcf856769faf6b068
	.quad 0x3c32ae4d7f82e31e, 0xd45d9946ffedd954
	.quad 0xfff1638dd4322e87, 0xfbf38859ffffffff
	.quad 0xc0f000003c0d3dd3, 0x54fa924264c7fc2a
seed63:
	.quad 0x300ca6f695284018
	.quad 0xead8741458172c9d
	.quad 0xffffffffffff5239
	.quad 0xffffffffffffffe0
	.quad 0x2f6ab694e86a5b95
	.quad 0x0000000000000089
	.quad 0x0000000000000000
	.quad 0xffffffffffedfce4
	.quad 0x00000251abf0e425
	.quad 0xa0246bf616723199
	.quad 0xfffffffffffffe6c
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x000000072f31a516
	.quad 0x8538afc1c3e2238a
	.quad 0x00000000000f025a
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0xc0256a4f4d126fca, 0x7dad50f1853176f3
	.quad 0x3fc5a6a828540bd9, 0x3f51000000000000
	.quad 0xc930a004c2d4dcc0, 0xdc9f035958086033
	.quad 0xd910c51359800000, 0xffa566bbe95b526f
	.quad 0xd784b52ca7cac520, 0x7ecc1ffb8ff74de2
	.quad 0xffcfd9fbbc9bbf88, 0xc020800000000000
	.quad 0x0100000029cf5ae1, 0x7ff0000000000000
	.quad 0x6758e65f0668a82a, 0xaba58f540d377c55
	.quad 0x8000000000000001, 0xff9c3d46aab03a43
	.quad 0x0212e6d4e7ea1d3e, 0x46e3959e24c253b0
	.quad 0xc3e48b14f7072dd1, 0x3ea516cd7fc00000
	.quad 0x03fc76d37fcafc00, 0x8000000000000000
	.quad 0x8000000000000001, 0x7ff132598e22fe68
	.quad 0x8cb2cff26b35deb0, 0x8000000000000001
	.quad 0xdb8e269c944f5805, 0xfe80829fbd58337a
	.quad 0x5f0000001d0f2629, 0xda9b86c01eba8051
	.quad 0x01fa3bce10030572, 0x7fae0c543ffeff7b
	.quad 0x7ead2e31bc4dbd22, 0x822fb7764c4d0000
	.quad 0x266f6bf0ff7fbfff, 0xc070000000000000
	.quad 0x7d80acee24f3ff50, 0x0042d92ffff6117c
	.quad 0xb48451c7ffbbbfd3, 0x02d324d1b633bc0a
	.quad 0x0004285c2c205327, 0x2f3410beb4cd5533
	.quad 0xbb40000088ec1a0e, 0x3fc4f2b207d49022
	.quad 0xdbdf679d69090000, 0xe644d4e2e6e0d944
	.quad 0x204b1c55fffbff82, 0x7ff4d03f916b84b5
	.quad 0x08c915633aabd48a, 0xf3fbbc66cfffffff
	.quad 0x44967f2ef5c9ffff, 0x8000000000000001
	.quad 0xbfd241576fa280bc, 0x72c5387940eecafb
	.quad 0x434c040067d8009a, 0x7fdc2b23eebaf887
	.quad 0x189c3c68a59d7b20, 0xc3dc82a8ac77a9cb
	.quad 0xc01f183197acaf89, 0xffc000007f83046d
	.quad 0x6e965b46ffbf7e67, 0x55d2803460f6bffe
