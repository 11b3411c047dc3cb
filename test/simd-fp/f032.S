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
	.inst 0x1e20c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee6ec11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fa51a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f21c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2bf5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea0d9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f08b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624259
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f20851a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4bb85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6efbe71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e214dbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eeafdff
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
	.inst 0x4ee0f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6529d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6cfe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2641f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e657934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c646
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1b9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0c898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6a8919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f44c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60385c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1a9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03e43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea188df
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
	.inst 0x1e2a7870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70d991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2301f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67fe54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60bc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e24fd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1b9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e19c929
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1b95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ef4f43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e049d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e25e47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4c18ff
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
	.inst 0x9e240020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4eb912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1f853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e614194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e29fe15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220156
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
	.inst 0x1e697af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eebc479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22013a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e616a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f83515c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2179fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e29ec1e
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
	.inst 0x1e208830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a8a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6640b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fd198b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2901c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6301b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f68c4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e223518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e65ed5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e4384db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea7d4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26389e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2003cf
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
	.inst 0x4e619930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2415f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e2ce513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e58f424
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee19a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6349f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e312b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee7eedc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e29016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6fc4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f09805f
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
	.inst 0x0e21c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1b9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d5012
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
	.inst 0x4e6199f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7902a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6642d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2200b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f5150da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21a83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0ca1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22017f
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
	.inst 0x1e2020d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58bc41
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f52e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eebe554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2300d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0fa96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fc89a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e310068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0c919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18d12a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e220cdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6128de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1b9df
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
	.inst 0x1e222080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc19a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0a0834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e270995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61a876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f5455d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e24ed38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e42c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f8c913a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3100eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eeed47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2122e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2818be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6de45f
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
	.inst 0x4e6dddb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e672951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e601a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6920a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e217995
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
	.inst 0x1e6d2857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f362038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc059d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30fa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4aae7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61693e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20291f
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
	.inst 0x1e268870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa41151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0d992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e68fd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e638632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0da55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e668d16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eebf517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2718b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2038d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e36397a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71032b
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
	.inst 0x1e24c19d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6cccde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78012f
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
	.inst 0x4ee0c9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2ccc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e70fc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21aa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3900a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1f8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0d2017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd751d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc899b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaaf45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e38c45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e37cd1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f6de59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeac47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67387f
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
	.inst 0x1e243930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f53e451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2200b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e4335d5
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
	.inst 0x6e2bfe97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e651433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f7846f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1897a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e19d00b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e69006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eb7f73d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f48a0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e62e43f
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
	.inst 0x1e20c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f28e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c012
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
	.inst 0x1e2369b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e660975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e19ade6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f65d597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2734f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e03dd9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b281b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e35e53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc3589d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e18fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68947a
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
	.inst 0x1e67954d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e238852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e244073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d0914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e31e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee18a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21b017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f043c38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61b8da
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
	.inst 0x6f5bfcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f11a45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67785e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f65e63f
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
	.inst 0x5e61d9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0ce11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f281db2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2d94d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2dd594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f32fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0e877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18f6c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6df55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e38012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26501c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2900ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71adfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3939ff
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
	.inst 0x1e6d5810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e240971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e29f012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7800a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e60c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2501e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e290047
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61f5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e66c579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59e00a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20491b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2bd57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e61010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e337c9e
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
	.inst 0x5fa450b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70f8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e706833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3800a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e21b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b59b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e250878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea6fcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e73fc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eaae57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f47e43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21b95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e02059f
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
	.inst 0x1f442410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e654211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eacd4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f211c53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3348b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2520a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1d958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2339d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e6168ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eafed7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f43209c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c493d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e60d51e
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
	.inst 0x6fc291b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21b872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e614233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d1a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7af015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea5e556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1b8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeef419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e645a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f25e51b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21785d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f27219f
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
	.inst 0x1f0e8d50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61ce11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2ee674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e1844a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a18d6
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
	.inst 0x0e6168f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61daf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e65c51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e381620
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e70d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e732b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64010f
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
	.inst 0x1e250000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea7edd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f103212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e643a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea3fdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea18815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e31c456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e281a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21a8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6741d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21787a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eafec1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1ba7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6200fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2140de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e34dcdf
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
	.inst 0x1e61c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcf58b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b44c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3801c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e700265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0fad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e18a929
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f291b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d19dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e02d53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f099b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e32df1f
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
	.inst 0x1e69add0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e217a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0faa50b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6218f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0f935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624896
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
	.inst 0x6f7fe4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f70fdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee2c4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f45e55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3000ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e29cc5f
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
	.inst 0x7f25e490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e207a32
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
	.inst 0x5ea1da74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e711a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03d9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e726978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f45a199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2828ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eafee7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61d9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e622270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f7be53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e220aff
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
	.inst 0x1e230070
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
	.inst 0x0e27e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e711853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e42a436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ef5d637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fc191b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0f91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0cabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62417c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea9d63d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25c19e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f25c4df
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
	.inst 0x1e240140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e189942
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fca9973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fc010b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6308b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2001c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6201f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea5ed78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3220a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6fb99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3abd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e227569
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f5890be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2cc4bf
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
	.inst 0x4e2168f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3800a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e63c633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e32e4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e75fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7900e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6509ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31022b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62013c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3a091d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee6cd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f8bf
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
	.inst 0x5ee0e8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f5cfc53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6521d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3449d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7800a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eedc6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a491a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3469bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f01017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f6dfd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f5aba1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21c89f
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
	.inst 0x6ea6e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e21a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e696854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a18d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e21b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1dad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e688ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e192689
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1f81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26411b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6ff4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e762100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea8f7bf
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
	.inst 0x1e650950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f008851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eabd612
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
	.inst 0x4e2dc654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f748435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0b3a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2101e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26099a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21983b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b2350
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee188de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea5ec9f
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
	.inst 0x1e24c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61c891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1a853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eaed674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f7ffcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e296a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3019d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4d9199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f29015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef1fd3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fdb19dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f74943e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03f0bf
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
	.inst 0x1e64c481
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e685566
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e614933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fae99d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e3875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e75b661
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6801c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e390108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7308d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e33901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2409b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f81191c
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
	.inst 0x1e202078
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
	.inst 0x6eb0f930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6308b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e200063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e722240
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
	.inst 0x6ea2e536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f41e637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6538f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65435b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc690bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e0a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21a93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee5f5df
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
	.inst 0x1e42e170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e19cd83
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f879174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e2a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eefedd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2179f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e242060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4c21d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b2b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa6905b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6401ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e26ed1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e02d03f
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
	.inst 0x1e60ed30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f09b4d1
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
	.inst 0x9e2200b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef2e4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e619a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eecf4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f7524b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee2cd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e67c69a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f34e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3b88fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c38bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e612594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ef8ff9f
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
	.inst 0x9e18e0e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e182a01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c540d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ef1d453
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
	.inst 0x1e6621b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e265936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e631cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e8879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f49bcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d083d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27411e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e28008f
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
	.inst 0x1e6a38d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fad99d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2155e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e702a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61181a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e64004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43c93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f73fdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60487f
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
	.inst 0x1e22c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2028d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea2c472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e301913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e722110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e72fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e688977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e762838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e694478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fd5591a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67501b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6fc57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67895d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f71a03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e3cf41f
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
	.inst 0x1f63acd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f483611
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
	.inst 0x1f601253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e390224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27d015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e216816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea19ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2ac4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e0c19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6901ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2199bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e23fd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ef43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6ab83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0f93f
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
	.inst 0x1f449450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e5998a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eadf592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f3efdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc79a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7b7016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6742d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e270918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c1939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1d85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6e199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee8f51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f05357f
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
	.inst 0x1e256930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2ac4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f114132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2200d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea3f454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e218995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1a8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e780168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61b899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0ea1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1a9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e18e5ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61d9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcd50bf
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
	.inst 0x6ea0c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e4811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6301b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380003
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1ba34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e619835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b2000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79295a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eadc43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3802cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e732380
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
	.inst 0x1e620150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e642a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e280952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e70e473
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
	.inst 0x1e206815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e668df6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd41177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ae538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3845f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f47c4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eabecbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f621d9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67701d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f5c287e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0f01bf
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
	.inst 0x1f68b870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e305a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2401c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc691b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d08f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6e3c35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0d836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2178b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e640818
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
	.inst 0x1e612230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e61697b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0ca3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6200fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e42e51e
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
	.inst 0x7e70f930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e672991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e29dd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2540d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30ca15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6b1d96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f42a217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f925958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e26fd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6801ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f06ddfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c1dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39701d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3621a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e226a1f
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
	.inst 0x5e26fd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5eb1fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e674033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0c9f6
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
	.inst 0x1e23c258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e650009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0749da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eefd55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e42ec1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e76e51f
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
	.inst 0x1e700180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21a891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e265a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fd39134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18fa25
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f66c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6ec517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0cad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e382300
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f785a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30d81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b09fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61a9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6bd5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1ec3f
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
	.inst 0x9e2301f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e28b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b155f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b4406
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f8995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6add76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6009f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e2ce438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f622c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f39da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21b89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42b0dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c23d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2378be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea0e55f
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
	.inst 0x1e601870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee240f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fad1872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3209d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e6168b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eabd415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b3976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e69cdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e623838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02e439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2536fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eaffc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd8999c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f621d5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7321d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f490d7f
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
	.inst 0x1e59cdc0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e650202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2dd493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fce9074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6674cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c2b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e601a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f69c918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea2f5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22019a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7a099b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30c93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e242120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6beede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2021e8
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
	.inst 0x6e61d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e612953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea9c594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e31c675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e236a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2dc6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2ae49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2c101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21c29d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e350a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27415f
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
	.inst 0x5fae1110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc75214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c7c55
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
	.inst 0x1f071c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0a5cf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e432939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2ae491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e29012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0dccbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70d9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66644b
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
	.inst 0x1e2e5548
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e227892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1b813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b84db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1d875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e26acf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58b567
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e18d0ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc1113c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f19dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e595c0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e901f
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
	.inst 0x0e2ff4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4484f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f69e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e225956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e280167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e677998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0c999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f02a99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6aed5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1fa1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e893d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25012f
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
	.inst 0x1f049cb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e60e5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30d9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e67edd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e301896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e250067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f492db8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3902e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0dd01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e68d57f
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
	.inst 0x1f041530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3801e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e25d412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7101c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e72dd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e617ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea19a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e380048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e25c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20fc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e2ce55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602398
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c1ff
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
	.inst 0x7ee1b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b2812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c1d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fc19995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e264196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0e958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e655939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f30fc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e42351b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f48ecbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21689d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2888bf
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
	.inst 0x1e642990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f20e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e34e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e69c536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f66cd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a1a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e31f5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea3edda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e33387b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61783c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2413e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f8d91df
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
	.inst 0x1e6729b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2e4211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e701832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f26e5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f26d1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e598266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f7ce6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42b938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1a89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e28014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61791e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c93f
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
	.inst 0x1e6618f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee241f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e619932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6441b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e706455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f495877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e43c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0b19d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e252050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee7e4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6742dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e24028d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7900ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22017f
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
	.inst 0x1e2e6890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70f891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e281a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6dfcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee7d5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e0a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e616918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61b9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f2ae4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f2ce57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e76901e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e77193f
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
	.inst 0x4ee0f970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2301b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f67a613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f72bdb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea0da36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2641b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21c838
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
	.inst 0x6ee1a8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e25f67c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0bb49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6a007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a18df
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
	.inst 0x6ea19870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6ec451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb2d453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0faf9234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e2bee55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fd290d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fa55897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4cc9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6a4499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6000ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e77fd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f44fd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f3ee6fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d385e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1fa3f
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
	.quad 0x315b6308329509cb
	.quad 0x9a274d566d59a53e
	.quad 0xffffffffffffffff
	.quad 0x4beb364b47dfe6d8
	.quad 0xf9b80e5186603b86
	.quad 0x951acccc3a3832e4
	.quad 0xd48ae08d4516a5e6
	.quad 0x57f4abac0eb92c2f
	.quad 0x211f5723fd8fa8fd
	.quad 0x0000000000000009
	.quad 0xfffe214bd1b0fad1
	.quad 0xffff906fea40b0fa
	.quad 0x00000000ffffffff
	.quad 0x6558c1b9c3677163
	.quad 0x4fa36d35d14f7d19
	.quad 0x1a1b8768b895e146
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x800eb132a48cbafa, 0x8eab94e8ea880169
	.quad 0x940296687f9572a1, 0x8000000000000000
	.quad 0x3d6e8f5ebd81fabf, 0x7fdfffffffffffff
	.quad 0xda7ffffe801c9fd1, 0xbd26b488c5ab8400
	.quad 0xbfcb22056ef05d31, 0x37e8b2efb7ef7c00
	.quad 0x7ff8000000000000, 0xc4bc248d2d1e4140
	.quad 0x3714d0017ff8dba6, 0x7f8000008a191962
	.quad 0x409c000000000000, 0x21885cdbe4bd8001
	.quad 0xbfdda6cd208e8d70, 0x5f7fffff80000000
	.quad 0x7ff0000000000000, 0xb555908c6c53c1db
	.quad 0xc39ca5bf407a30c6, 0x7f8000000025134a
	.quad 0xbb979cfb00000000, 0xc024a3ce351b0bfd
	.quad 0xda77f5738f211b31, 0xc6c9a0033cff8bfb
	.quad 0x5a8e93790b87c800, 0x3c4ea01a40100000
	.quad 0x0000000000000000, 0x5dc0d92c5dfffe65
	.quad 0x800060a68d2b6909, 0x7ff629fac3402866
	.quad 0x657ee9c85738fe00, 0x255749afca88b257
	.quad 0xc0d00000c0600000, 0x2ee077dbbfc00000
	.quad 0x30582c8da04d0000, 0x436197a9c6380000
	.quad 0x7d9f328254f37801, 0x04fbeacd1ca0547b
	.quad 0x16d8f781aef75140, 0x7ff957db9260c8c1
	.quad 0xea512d78abcbfc0d, 0x1e18c601bfe77fbc
	.quad 0xfff3a0fdf94854bc, 0x7ff52addfed4ba12
	.quad 0x06c18f627fbf3aef, 0xb912587a4493f2ea
	.quad 0x436c742dda0d83d8, 0x0050dae8f86ed256
	.quad 0xa2eb256e2f3d25d2, 0x4000000000000000
	.quad 0x4978599e5a772042, 0xf5b0f90bbb6330f0
	.quad 0x5957e9c0affffdff, 0xfff8000000000000
	.quad 0x3e18000000000000, 0x02a3c0b69c2eb974
	.quad 0xffb92c1bc0800000, 0x1ffec9c9fff3dbfb
	.quad 0x84cc1874d1f4faf9, 0x7f21fbf680000000
	.quad 0x92dfa24ea813b38c, 0xedcd959994cfa268
seed1:
	.quad 0xfffffffffffffd6e
	.quad 0xfffffffffffffffa
	.quad 0x0000005e3d626cde
	.quad 0xfe168a5eb29e022d
	.quad 0x000000000000008e
	.quad 0xffffffff78c111ac
	.quad 0x926b0d90a033423d
	.quad 0x0000000000000005
	.quad 0x0000000000000000
	.quad 0x000000000000021e
	.quad 0x00000000000000d3
	.quad 0x41cd8e1b11e0e07c
	.quad 0x00000000000002da
	.quad 0xd56d34bd0bd66d44
	.quad 0xffffff80492f2f7e
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xbb700000e6c18afb, 0xbaf4000041080000
	.quad 0x37d05ffbfb3bc88d, 0xe970b8b045138000
	.quad 0x0000000099cc7b7d, 0x3708000016f71fed
	.quad 0x7f99f60a3f858898, 0x401a800000000000
	.quad 0x3fdcdea0043779d7, 0x037339a6fee6ffbe
	.quad 0x7fe71b2ec1d30387, 0xc33ffffffffffffe
	.quad 0xfb16937dcf214116, 0x424fe27000000000
	.quad 0x3fffffffffffffff, 0xca267bc1da02c5b2
	.quad 0x8000000000000000, 0x750c6b0aa7585651
	.quad 0x01131b2d3fefcab0, 0xfff0000000000000
	.quad 0xc07ffffe7f613d4d, 0xa7f363e1cc435b26
	.quad 0x3f912421f35402f8, 0x184e4fa05f688f25
	.quad 0x019c9057b4724485, 0xffaa37c800dd8b10
	.quad 0xe4555eb9f5ddc7ff, 0x40f8e6be194a0000
	.quad 0x3fdfecd07f24d3b2, 0x4e4b82c4bf4c7d61
	.quad 0xf271e9e2880575f5, 0x94f0c5d2ded80bff
	.quad 0x834b46502a558bff, 0x024afac67faa434a
	.quad 0x8d282569c1efec0c, 0x40185b1590844d99
	.quad 0xffffb7e1c779c6c3, 0xc6a8f02b91507a21
	.quad 0x800abce2d635c93f, 0x7fba5338b52fb457
	.quad 0xbbd01e7640a80000, 0x5ffffffe06dae7a4
	.quad 0x3f58beef166ae2f0, 0x03910a49a862d3ee
	.quad 0xd60e7b6153f8fe00, 0xbb8d1885ffffffff
	.quad 0x9e98980f7ff67c3b, 0x406f7ebc8fae30d9
	.quad 0x40c000007fa632fe, 0x0040000072fdeb8f
	.quad 0xfb7e587773f065c0, 0x4f5f574d16070000
	.quad 0xf61112f5ffc00000, 0xfff49cb4e51b0d21
	.quad 0xbe0c3f805a0975a5, 0x7f23ba8e0d5a24d1
	.quad 0x3e659ee37f800000, 0xa8dadec6ab27ff1d
	.quad 0x40a8000060474441, 0x88ae03151d344976
	.quad 0xc3c00000be6f9b36, 0xbfe860fdf516ba39
	.quad 0xc05008479ba89f45, 0x7f58d8e921959251
seed2:
	.quad 0x00000000062b28bc
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0x09cc6e1fe20253d7
	.quad 0x99ee51be4dba027e
	.quad 0xfffffffffffffff3
	.quad 0x5d4f70b9a0f0a89b
	.quad 0x0354416a5c21e225
	.quad 0xff989deabbc572e5
	.quad 0x00000000000002ec
	.quad 0x00009f2d6bd2d9ee
	.quad 0x0000000000000002
	.quad 0x00000000ffffffff
	.quad 0xffeb5492b7cdda06
	.quad 0x000000327e8cb009
	.quad 0x1c71c55fe131b350
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x000000007ff9546f, 0x3ffffffffffffffe
	.quad 0x7f9d3935c1a3218a, 0x44f07f9a7cb55301
	.quad 0x7fc00000f3d64af2, 0xde74edc9f789391f
	.quad 0x40ffffffffffffff, 0x6c0064eb7e9b3d9b
	.quad 0x4d9c81f6fdf6fd35, 0xf51cb60e5b76ff78
	.quad 0x0000000037340000, 0x0007106e814f787d
	.quad 0x7fefffffffffffff, 0x491c8000a62bf6bc
	.quad 0xc237d2af9eb92b4a, 0xbf80a9b406661236
	.quad 0xfff8000000000000, 0x001c41c67fe17880
	.quad 0xfaa1d30dba81ca63, 0xffe0d2a4786535d3
	.quad 0xcd72b5ff12bbfcc3, 0xbf8e8da67a3280dc
	.quad 0xff800000cc473cfd, 0xbef05589ffc54640
	.quad 0xac6083e89ed47c00, 0xbe30e650feffffff
	.quad 0xfcb5fb8141000000, 0x9ecfce9387143bf9
	.quad 0x16cbffe770edfe6b, 0xc1e0000000000001
	.quad 0xfff0000000000000, 0x3fd902d2f65295c3
	.quad 0x86357f83246f009c, 0x7a6184cef117a9f7
	.quad 0x283aafeefed7e837, 0x672ba61f49f402d9
	.quad 0x813355cc0af5ec09, 0x668544b0d5ffbfff
	.quad 0x3f8a59fa0215998c, 0x7c049831f31e2ac2
	.quad 0x8079bf1c3ca6740d, 0x410033ccffc00000
	.quad 0x7e43109b4ba7776a, 0xb8601601ffb0edda
	.quad 0xc110000000000000, 0x0008000000000000
	.quad 0x000000003db80000, 0x05000e4d739a93bb
	.quad 0x422d2efa00000000, 0x8020000000000000
	.quad 0xb4a6940c003a6198, 0xbeb28e5d0d202a6f
	.quad 0xc0efffffffffffff, 0x0000000000000000
	.quad 0x5937f6ea7fa87ce6, 0x80000000c7800001
	.quad 0xc006000000000000, 0x5bc2344dc8f87fcc
	.quad 0x40c8200000000000, 0xfffcde8381fe4544
	.quad 0x7ff0000000000000, 0x0269c5886e34afbb
	.quad 0xfff8000000000000, 0xc010000000000000
seed3:
	.quad 0x4a25f0af2d55de69
	.quad 0x0098e18fd909a174
	.quad 0x0b6dd1295d25674e
	.quad 0x000000000000035c
	.quad 0xffea7a1f34ee05c9
	.quad 0xa822927773e80a63
	.quad 0x0001b52db4a65874
	.quad 0x0000000000000000
	.quad 0xffffffffffaf481f
	.quad 0x00000000000000ce
	.quad 0xffffffff80000000
	.quad 0x6f2a24d8a1a6a550
	.quad 0x2c6b653a3090ef4d
	.quad 0x00000000000002c3
	.quad 0xfffffffffffffefb
	.quad 0x00000000e7c59fb6
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x4a408d08402d13cf, 0x0000000000000000
	.quad 0x37adc9dac033668a, 0xe62111c9ffa449d9
	.quad 0xff80000015654a60, 0x7ff0f49d28372813
	.quad 0x6e7eeb6befffffff, 0xffc00000bd03cdcb
	.quad 0x44aed6bcd1a6a5c3, 0x800ad471a0f0121c
	.quad 0x6c94f521def109e6, 0xc9000000bf200000
	.quad 0x5406ac3d3ff60000, 0x8bcff7848768015b
	.quad 0x7804a622f80e9a00, 0x7fc00000fff5e103
	.quad 0x3fcec1bcaed37db4, 0xec476b8dffafe725
	.quad 0x43f0000000000001, 0x3fdfcdaa3a5b77ad
	.quad 0x7878ddbbff800000, 0x80000000bc58c480
	.quad 0xd2b8af7e00000000, 0xd5419c0de28d88a1
	.quad 0x407d000000000000, 0xf6817bb2fbdf746a
	.quad 0xc2e0d5f8e6598400, 0x8065578801c7ad1c
	.quad 0xbfebfd204e187302, 0xfd18d941ba0c78e9
	.quad 0x40be000000000000, 0x7fc00000c356bb75
	.quad 0x807fffff50288f35, 0xc2effffffffffffe
	.quad 0xca1ed9f5ff5fab7f, 0x4000000047000000
	.quad 0x00ffffff80000000, 0x418e93f591138800
	.quad 0x6236a042ffcdd49f, 0xc77fffffc3af2092
	.quad 0x8ca7b911e9510450, 0x7f8000007f542fa6
	.quad 0xbfa6c4a682901805, 0x5f8000007f9781b1
	.quad 0xc94ce140ff5f8f7d, 0x80217d31ff800000
	.quad 0x0087023900800000, 0x7f80000041dab965
	.quad 0xd75bd3cdb83ffc00, 0x6765df45a8d09328
	.quad 0x7e1ef37738f17648, 0xe553c000fed1fc00
	.quad 0x813fbf15239db6de, 0x3f34000000000000
	.quad 0x0000000000000000, 0x5f0000008eb12d85
	.quad 0xce4e055cc480abd0, 0x6fa4a0f5ff7fbff7
	.quad 0xfff10abc2714626c, 0xff8000002f4f09ad
	.quad 0x962bf6dbafaffc00, 0x31e47ab47ffe3c37
	.quad 0xff94026f7ffdf38c, 0xbcb9deff0a3ba9c8
seed4:
	.quad 0xfb83685aa66e7727
	.quad 0x727838a137e2e2cb
	.quad 0x20035f79d8be6403
	.quad 0x0008b2563605cd7b
	.quad 0x8fb32a8c9a5ac8c9
	.quad 0x8a7bb19cfeb12401
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x455c23b8cb11d054
	.quad 0x00000000159eaa21
	.quad 0x429c2e59144fe739
	.quad 0x00000000000002c6
	.quad 0x0000000080000000
	.quad 0x00007bec204164aa
	.quad 0x0000000000000000
	.quad 0x97af54d0451c01d4
	.quad 0x03800000
	.quad 0xf0000000
	.quad 0x3d74e4177f8c0009, 0x55e587c5a312547b
	.quad 0x3fbe8358124d8f96, 0xd429645a0fc346c8
	.quad 0xffefffffffffffff, 0xe9ba799200062764
	.quad 0x773adafa494cfc00, 0x4293f8713dc000e5
	.quad 0x4e110c954ebf7d07, 0x7ff44877169f357e
	.quad 0x1637e0e5c2bf99e7, 0xff151225fbaa033a
	.quad 0x3037555a0010f850, 0x3f1e190cffc00000
	.quad 0x800fffffffffffff, 0x487f7895ff9eccaa
	.quad 0x3ec63c3a7f800000, 0x3f9f3c0737800000
	.quad 0xc3f59e60ff973f0d, 0x80000000c1000000
	.quad 0x6f18684d00000000, 0x65f383ec1b6b3bd7
	.quad 0xc575a2e79ef070f9, 0x0180cbb0db44a414
	.quad 0xfff0000000000000, 0x1edfe02ea6ae8600
	.quad 0xbfab7e6b4510781d, 0xeda3306866284820
	.quad 0x3d948aa9ffad4714, 0x714652d37eebfffc
	.quad 0x02a38a973a37d8ae, 0xbde4546780000000
	.quad 0x3a035372a37437ee, 0xc0efffffffffffff
	.quad 0xbe8310327fff03ff, 0x43f7612e36e1dd60
	.quad 0x3624d5796130fcb6, 0xc0e0000000000000
	.quad 0x90873678690f216c, 0xb7e000005f800000
	.quad 0xc697df75ffb7abae, 0x617a4aecfff67f7f
	.quad 0xbfbb000000000000, 0xe9db7bba2c7aad17
	.quad 0x817fffff40900000, 0xff024d7680000000
	.quad 0x8d110e4d487d664e, 0x7e4b2a98e7bad546
	.quad 0xbd21d6054204500d, 0x161226759facbeeb
	.quad 0xd4cfb110ffbcfe00, 0xb5a0000000000000
	.quad 0x8027b5ff06761229, 0x7fbb6961e5503af7
	.quad 0xd7b805fe7d0f0bff, 0xba74f4ce8dd6bb09
	.quad 0x7fc8c5927fc00000, 0xcaf9b52f74fb7c9f
	.quad 0x05ab1e8dc0b80000, 0xfff7e11ed4fd5285
	.quad 0xffefffffffffffff, 0xff800000547fffff
	.quad 0x07ec56d6c297dabf, 0x7f80000073080139
seed5:
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe85
	.quad 0x5eb8679e3625e65b
	.quad 0xfffffffffffffccd
	.quad 0xb5354702ee8511d3
	.quad 0x0000000000005f97
	.quad 0x000000000000039a
	.quad 0x7c464571af35ced3
	.quad 0x2d2551850789df77
	.quad 0x000000004717266c
	.quad 0xfffffffffffffff9
	.quad 0x4c898a85df1fc774
	.quad 0xfffffffffffffffa
	.quad 0x5123250b3b1cbb77
	.quad 0xffffffff3a03ff5c
	.quad 0x4cc45f0605c1260d
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xccf125d0f70d7c96, 0x15e775ee8dfdbb23
	.quad 0xb5f800004165845b, 0x800000004fc823c1
	.quad 0xc32ca92cff7ac02f, 0x40effffffffffffe
	.quad 0xe5a0846ff0fb05f5, 0x92ced32ebffc776b
	.quad 0x420679995f800000, 0xb9885e488e8a0000
	.quad 0xff800000ff800000, 0xffdbeb4174bdd9cb
	.quad 0x7f8000002f7b1577, 0x3fa1000073385000
	.quad 0x91b5eb504ce60400, 0xc01773e77932a784
	.quad 0x8008000000000000, 0x410c0000c0b00000
	.quad 0x40ae400000000000, 0x74802a67ffc00000
	.quad 0x7ff520410ea36464, 0x0000000000000000
	.quad 0x3f98800000000000, 0x4a94b0e9ff9ebe2d
	.quad 0xd686b0e2c9fffc00, 0xbfc36313099a0e33
	.quad 0x1320d869ffa07a12, 0xeeade93180653032
	.quad 0xfe043b21d3e477cd, 0x62891c01ff897e4b
	.quad 0x3ec14043d8741845, 0x000fffffffffffff
	.quad 0x1d05d9b8bfe0ad28, 0xd314d0707d7efc11
	.quad 0xfe4bd0c88d551cb4, 0xfe0ee818172cdb2d
	.quad 0x3fab23fb2ebde4c9, 0x2613d8aca8cffa9a
	.quad 0x4133c7ab752827e1, 0xdf19314fbf800000
	.quad 0x68dc30b9c6680000, 0x804494d680000000
	.quad 0xecdab5035d3dd1cf, 0x1be460bb03386a4a
	.quad 0x3fb000007fdd26ff, 0x08fc19eaffc0a426
	.quad 0x4140de327f93fbf7, 0x144b968cbdcf49ff
	.quad 0x31253c9dff9bf531, 0x7d9e15b43bd6d416
	.quad 0x3f81be8140ee426b, 0x38730ac0bfd80c66
	.quad 0x5980000143de05fd, 0x807caddeeddad2b9
	.quad 0x91ae6c4c511d5400, 0x7ff0000000000000
	.quad 0xc34b237501907cbd, 0xffc000007fa5e2bb
	.quad 0x27a1c65ead7abfff, 0x7ee9570a18dc12fe
	.quad 0xdf03a301bfeffe9b, 0x7ff8000000000000
	.quad 0x8d323fe1f5dc8650, 0xfff0000000000000
seed6:
	.quad 0x38966cb5bfd721e9
	.quad 0x3035a012ad16723f
	.quad 0xffffffffffff8d10
	.quad 0x5a8c9ae8ae0c4f8f
	.quad 0x0000000080000000
	.quad 0x86bf6bf3f82dac6f
	.quad 0xcb56354cc1c4c4ca
	.quad 0x7b52f7eecbadd96e
	.quad 0xafab6477cdded09a
	.quad 0x0000000000005bce
	.quad 0x00000000d8b27806
	.quad 0x0000000000000164
	.quad 0xffffffe46e7badb7
	.quad 0x0000000000000000
	.quad 0xfffffffffffffffe
	.quad 0xd9e92677ddef0a0d
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x7fb9f55e3bc45ba3, 0x4004000000000000
	.quad 0x7ff8000000000000, 0xc7000000bc9df62f
	.quad 0xf46a87527fd28dab, 0x9e63fbb8b41a9a7c
	.quad 0xec7f65a9e4fff0f2, 0x00719c01c2000000
	.quad 0x400f80e201e56c9b, 0xfff0000000000000
	.quad 0xfcf0f457c0100000, 0xc9c84fa4eabf695d
	.quad 0xc00b000000000000, 0x3fd1c00000000000
	.quad 0x7f9e91d0ff918db5, 0x7e121540168f1a9c
	.quad 0xbdee0c7c00000000, 0x40754d3ca8db36ad
	.quad 0x7ff2e774f6cea0de, 0x6c3e2b1740d00000
	.quad 0xc33893a8599eb164, 0xc33690453cd67500
	.quad 0x01f222675ffbc8bb, 0xa9989156cfe1eb06
	.quad 0x193f4cffbcee112c, 0xbf8cf6cc3087e028
	.quad 0x4079ed5408dd5933, 0x400c000000000000
	.quad 0x800e05356e34753c, 0x2c0a3190f97813a3
	.quad 0x3fd5e2647ffba3ef, 0x598000000aa05631
	.quad 0xdbfb040a7d900000, 0x000e59faa67238f8
	.quad 0x42290709bd0762c3, 0xa9deb530ff8548a0
	.quad 0xaf375b8827520000, 0x3e1e157e80800000
	.quad 0xbff5bd85e7aa5c29, 0xc3f6197b46ad0184
	.quad 0xbb8086c816f35e2d, 0x3e21d5c9919681be
	.quad 0xfe535af246cfef76, 0x3be3b602c4920000
	.quad 0x00bc796980000000, 0xff81c6f893c98e80
	.quad 0x96dd92367fcf78db, 0xc13d1fe7fdbf5fb5
	.quad 0xc307e6c88015f501, 0x4008000000000000
	.quad 0x3fdc0b53462f1cc3, 0xc0effffffffffffe
	.quad 0xca1b348f0f8aa712, 0xf782a8617fddbfb7
	.quad 0xe550adb1e9d4c5a0, 0x3f9dc9061d9ae752
	.quad 0x414e890c80000000, 0x06d200ac4115a9a4
	.quad 0x054ffbc91dc84bf0, 0x9710bede7f7fffff
	.quad 0xaa3b1480602403f1, 0xc004000000000000
	.quad 0x6ad6950790917f46, 0xfff8000000000000
seed7:
	.quad 0x5e171e6ee059dfcc
	.quad 0xd0ebb3847de26151
	.quad 0x5acc1f1b470b9b97
	.quad 0x756753842f4a7cd2
	.quad 0xfffffb80eb8a6c1f
	.quad 0x0000000001000001
	.quad 0xb03f67da5f66e327
	.quad 0x0000000100000000
	.quad 0x0000050de90175f2
	.quad 0xca64228de7d869b2
	.quad 0x000000000000004e
	.quad 0xdfb2a296c736b054
	.quad 0x000000000000012c
	.quad 0xd12450d14248d904
	.quad 0x000000000000031b
	.quad 0x000000000012475b
	.quad 0x05800000
	.quad 0x00000000
	.quad 0x5672b399404a9d2a, 0x7ff8000000000000
	.quad 0x605ea348ffaac000, 0x80800000df33b63f
	.quad 0xc03c9c5d4b0f2d9b, 0xf188947795324aa5
	.quad 0x9a189b622a1dfc00, 0x805d3f570f55e5cb
	.quad 0xe4fa23a9cdcd15db, 0x0000000000000000
	.quad 0x801f2425bd20873e, 0x0000000000000000
	.quad 0x4940d625ca6f7e00, 0xaf4d7f29c2343a00
	.quad 0x855d18cd928f0000, 0x6b56b95aa4561a47
	.quad 0xa22e2f79ffee169b, 0x80000000ff800000
	.quad 0x140f7918cdb7ffef, 0x5e85fc49a46c0000
	.quad 0x0000000000000000, 0xcf12752780cafb10
	.quad 0xfff098a36f387413, 0x03afe00cbf0d015e
	.quad 0x06bdc01a5f617800, 0x3fb665e70eb69c6e
	.quad 0x32278231ffbda7dd, 0x7fefffffffffffff
	.quad 0x8ede110c072ad012, 0x3b3f927106498fd2
	.quad 0x7a11a190bdefbffe, 0xd31672ea25f007ff
	.quad 0xbc4f4debed7df3da, 0x001fffffffffffff
	.quad 0x801882159c3f03d9, 0xffc972838446e084
	.quad 0x3feaa46784c47837, 0xd103816c9a9ec880
	.quad 0x7fc4894991a17d95, 0xf71870953bd103bf
	.quad 0x5a00000000000000, 0x403302c7051f1f8e
	.quad 0xc0bc800000000000, 0x3eda800000000000
	.quad 0x00091d0c58ba9741, 0x7fd0000000000000
	.quad 0x7ff5e13598935529, 0xd9fffffe97d029c8
	.quad 0x6975a5431daf6267, 0xfed87286ff800000
	.quad 0xc44de8be794a7dd5, 0xfff0000000000000
	.quad 0x4112000031918338, 0x8020000000000000
	.quad 0xbf9a2dd6fc4571e1, 0x8000000000000000
	.quad 0x85c548b6c3fd7f7a, 0x4023000000000000
	.quad 0x000000005a61ac5b, 0xa157eed2ffb7fba0
	.quad 0x98c32cf83c294607, 0x4034fe576f0d087f
	.quad 0x8254f92a236733c0, 0x45637c4cffbf97ae
seed8:
	.quad 0x3637d8d5e2c4b6f4
	.quad 0x4a2276d6dac4f548
	.quad 0xe14d58960ace6de7
	.quad 0x0000000100000000
	.quad 0x41235831920e5fce
	.quad 0xbd59ca611e3f8018
	.quad 0x00000000739577b7
	.quad 0x00000000000003dd
	.quad 0xffffffffffffff96
	.quad 0x0000000000000150
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0xcd968e3c1e66bc44
	.quad 0xffff802397314df8
	.quad 0x9b31e6e41117ead3
	.quad 0xfffffffffff462b9
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x4fb025a258c64681, 0xfe800000ef127c11
	.quad 0x34e5fb59bbb3e77e, 0x2ebbfbecfb7e03ff
	.quad 0x3312bd25e6dc2482, 0x853cb4dcab9f2fa5
	.quad 0x7e800000c3abac89, 0xff800000435ffbe9
	.quad 0x1973549d80000000, 0xa420b8343494de6e
	.quad 0x7fc000003ee633be, 0x7ff0000000000000
	.quad 0x328a64101a2349cc, 0x4022800000000000
	.quad 0xc02e8aa4435f0478, 0x802812b4ef6fb1ca
	.quad 0xec7d6f2cf9a7deff, 0xfffc85b018ecacd4
	.quad 0xfffda289d84fd4c8, 0x7fd0a47400113a74
	.quad 0x79e134333f86b847, 0x7ff0000000000000
	.quad 0xbfeb01e6c0b40000, 0x90cd95dcfffffffe
	.quad 0xbf4000007f9e3939, 0x41100080ff800000
	.quad 0x5962bd737b7fffff, 0x8cd52a3b15b411e6
	.quad 0x7ff163027d30568c, 0xbe1b0962ffc00000
	.quad 0x907b443adf8c0001, 0x7ce9d2abff920800
	.quad 0x7fb5a60073737a1b, 0xc78000003edd6685
	.quad 0x42c70b12c1cc204b, 0x8009622ec7000001
	.quad 0x08497f9700000000, 0x7f80000080000000
	.quad 0x3ff38f848d018261, 0x8033ee40807fa97d
	.quad 0xf734964cd3e78b11, 0x7f80000080678e0f
	.quad 0x58d85bc8bdddffbb, 0x805b649d7f800000
	.quad 0xfda99e9d184a65ef, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x347753c8f0ffffff
	.quad 0x8db65f9a00000001, 0x8925006123097e1e
	.quad 0xcbf54f65cff9dfbd, 0x41a98af87f969498
	.quad 0x7c7a663d5f800001, 0x1c8e3b7040800000
	.quad 0x7dcac251bfc777da, 0x8e6242dec58a582d
	.quad 0x411c0000feffffff, 0x9f4c756e9d035750
	.quad 0x7ae66a2994a7b835, 0xf6a27967f5d23dc8
	.quad 0x800f0f8ef0845bed, 0xc04696a1273e3e6c
	.quad 0xe4b73a6eebdb5fe7, 0xda0653daff76ebef
seed9:
	.quad 0x0000000000000005
	.quad 0xffffffffffffffa9
	.quad 0x0000000080000000
	.quad 0x8c36171a07c81b88
	.quad 0x0000006d0c4db074
	.quad 0x2a0a229d5f5db576
	.quad 0xffffffffffebfece
	.quad 0x00000000000001c5
	.quad 0x0000000080000000
	.quad 0xffffffffffffc9aa
	.quad 0x435c0ac81895cba3
	.quad 0x000000007fffffff
	.quad 0x0000000000000304
	.quad 0x5e693b37c179a36b
	.quad 0x15db9f556d18733f
	.quad 0x0000000000037ba3
	.quad 0x02400000
	.quad 0x40000000
	.quad 0x00000000c715b56f, 0x80000000ff800000
	.quad 0x98487ffefd070780, 0x77d3dd0d655e3fd1
	.quad 0xdec5a74c20c0a5fe, 0xb78e0000c2fd5a2f
	.quad 0x0006eee69731da1a, 0xa58622ed3ef12bf5
	.quad 0xff800000ffc9b435, 0x7ebc0ee3cbc9fffd
	.quad 0xc78000007fcee979, 0xf9f4553cffdd4540
	.quad 0xb81ee87fd422fc00, 0x3815fb4310ff7c00
	.quad 0x3fb80000c1e6d779, 0xbd079749ff690e45
	.quad 0x00021a2a851bec8c, 0x32a1040d344c35c9
	.quad 0x1a7e0645fffcffe6, 0xf2a708332f50cd9e
	.quad 0x815dbc3efdd91013, 0x801fa78a7672d5ad
	.quad 0x7cf8c1beffdbb5c3, 0xe85b055ee9bdfc00
	.quad 0x5d80000000000000, 0x4e95e81c31c44fdf
	.quad 0x9a605cabf5aba1b7, 0x37f6e3eec6835c7d
	.quad 0xc006000000000000, 0xbf04c1057fe7a5a1
	.quad 0x2cfb9ccce5440f0f, 0xc03026cbf070fd43
	.quad 0x471ef7d572a6c211, 0xc0120f75d1f9becb
	.quad 0x7fdde82e00400000, 0xcdf602f53e2cc240
	.quad 0xfff14a699e2e2545, 0x7fc000007f800000
	.quad 0xff93c5c5c1080000, 0x88c03a8a2c214880
	.quad 0x400800003f5c87e7, 0x0ef66f43f850263d
	.quad 0x0000000000000000, 0x92fc43fffffbf6d1
	.quad 0x433fffffffffffff, 0x428000007f800000
	.quad 0x04060681342d74f4, 0xc370000000000001
	.quad 0x000000007f800000, 0x3f8d444d3801c68a
	.quad 0x800c956b21e7c042, 0x3fb7bd41f152ffe2
	.quad 0xc4ee81363b8f7375, 0x7fe7415cbcc01030
	.quad 0xc015800000000000, 0xb7b400006f7dce28
	.quad 0x077cdafa7ffff9a4, 0xf3ff045feaa6d97a
	.quad 0xeda5e4a97fbb6d64, 0x34f3afdf7f800000
	.quad 0x7f8000003edfcca9, 0x34c1a6bdb77bf003
	.quad 0x6dbb07b043df0000, 0x1ba87129fd508000
seed10:
	.quad 0xf680fec43612cb7d
	.quad 0x0001733fbb28d19d
	.quad 0xfffffffffffffcab
	.quad 0x88f43d191f6e6947
	.quad 0x00a4bf78da76dbd3
	.quad 0xfffffffffffffd6d
	.quad 0xffffffffffffff11
	.quad 0x6b34c8c720b91348
	.quad 0xec6599a1c1140788
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x0000000100000000
	.quad 0x9f99795530f156ff
	.quad 0x0000000001000001
	.quad 0x8b155bc5f9049748
	.quad 0x9deabae82e7fc4ce
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x3ccf3281cf214189, 0xbfb62beaf53e6312
	.quad 0xc035604edb75301b, 0xa8f5af2b3e047c90
	.quad 0xaff15b44803746ca, 0xff8874297b16bc33
	.quad 0x3ff6ecc92f93fc12, 0x4020000000000000
	.quad 0x208a85c1edbfcd5c, 0xc10c0000842d4b4a
	.quad 0x42ab0851807fffff, 0xc3a13ecaa0de0839
	.quad 0x5c8d2ebfbffefeff, 0x5f80000181083f08
	.quad 0xfe7598f20e5c0800, 0xb0564b1c63fed7ee
	.quad 0x8000000000000001, 0xc0498dcfd6f45d3e
	.quad 0x43ffffffffffffff, 0xbfb18ad478a31d7b
	.quad 0xbaa97e3f11b7a781, 0xffc0000000000000
	.quad 0x51094fea1c3e06c0, 0x62c4e45c43dc0000
	.quad 0x728ab3d98ca437d5, 0x84f35f7cbfd9cdb0
	.quad 0x7ff0000000000000, 0xc00eb46b3df23dec
	.quad 0x8112cd6640a72a12, 0x800000003bb39157
	.quad 0xffce0a6502a7e053, 0x92fea64d1854ce47
	.quad 0x794aca4a1e3be874, 0x34625ae04f7ffffe
	.quad 0xa57784db36014a90, 0xcf2dd21a40580000
	.quad 0xa3d41488f9a927e5, 0xfb80f6b5ff5e7c00
	.quad 0x7f997024e538c210, 0x7ebd68201a7c91be
	.quad 0xb9028911ffdda7f9, 0x9d12ccffc15ea7b0
	.quad 0x2a4e991cfdf77ff5, 0xc77ffffe42ef1362
	.quad 0xbb74eccadb694300, 0xafab072c64b84206
	.quad 0xd64d19c2ffd35fbe, 0xde09fbbfb2c1fc00
	.quad 0xc0f8b589ffad72ed, 0x8000000000000000
	.quad 0x40877f7146000000, 0xffc0000040900000
	.quad 0xffa0e7e5869dc8bf, 0x0fa0823555929286
	.quad 0x4022800000000000, 0x7f80000081bf16ee
	.quad 0xe1461241fdf72185, 0xfff0000000000000
	.quad 0xffd0000000000000, 0x6047d68242379999
	.quad 0xc1a0e3b8fffc7e27, 0xffa91a2eba680000
	.quad 0x5a2613f4e7ec0000, 0x60e55138cffffffe
seed11:
	.quad 0xcc62ac6ff4c2c566
	.quad 0xc307fb9cc286b7e2
	.quad 0x7fffffffffffffff
	.quad 0x0005a80271f1311f
	.quad 0xffffffffffffff0c
	.quad 0xae69e4027b486a55
	.quad 0x759542a1b1da772e
	.quad 0xffffe593f6a51f99
	.quad 0xffffffff80000000
	.quad 0x9a55fe4cde53de5d
	.quad 0x46a38aae8a8dc4a1
	.quad 0xe1c6638738137f7f
	.quad 0xffffffccf44c7361
	.quad 0x5175cd8acc503f92
	.quad 0x0000000000000064
	.quad 0xffffffffffffffe2
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x8723142cbebf7fef, 0xb817000080538a3b
	.quad 0x3960000080000000, 0xbf150a3000000000
	.quad 0x3de2b5fcff7fffff, 0x9213813644150000
	.quad 0x71df7070bdc9f200, 0xbfd714b6226d78aa
	.quad 0x44dde335565b398e, 0xff7fffff7fc51a0e
	.quad 0x60c5a36e9b74ed02, 0x7072f530f6f3fe00
	.quad 0x41b7b38322867e00, 0x6b426fa24f6ec7ea
	.quad 0x04fe6601f80de70c, 0x0172046841000000
	.quad 0xbf8a76beffc62e38, 0x9a999a5edeef7c00
	.quad 0x40e0000000000001, 0x24a7d097da89f883
	.quad 0x3f2fcd1580000000, 0xffd403dacc2bbb52
	.quad 0x47cee84b4234bdbe, 0x7fcf9f9cbcb9fb78
	.quad 0x134885aa1514a212, 0x40063c03de3c9101
	.quad 0x00000000c0d00000, 0xf0b57accccf35412
	.quad 0x000000004064e155, 0x3cc20000807fffff
	.quad 0xc950000040180000, 0x40294ed829ac0692
	.quad 0x8000000080000000, 0x0000000000000000
	.quad 0xc0521d846cd9d35e, 0x16d10e19fff11e27
	.quad 0x8b9a5d12ce6e0000, 0x0000000000000000
	.quad 0xb9dee1f0bfdafa41, 0x77252488feffffff
	.quad 0x62158658474e8000, 0x4eb228f0fcb2d014
	.quad 0x0457cd9c7df626bf, 0x42feaaa1ff800000
	.quad 0xbfa832437cdddae1, 0xdf134d6ad11f03f5
	.quad 0x151e8f11ffbff4db, 0x47c89b33d6039324
	.quad 0x41ba294145c00000, 0x0000000000000000
	.quad 0x0008b111aab43b57, 0x800fffffffffffff
	.quad 0x8008000000000000, 0x093230621d9567ff
	.quad 0x400b4eb765b8755c, 0x8000000001000000
	.quad 0x7ff9afec56525cb5, 0x5f8808a0488eca5f
	.quad 0x785547e1ff9286d9, 0x40cf8e3a8d4db6ea
	.quad 0x8551e84527742c36, 0x4b36b10ddfffffff
	.quad 0xe2242bc26d077f1a, 0xff800000805de66f
seed12:
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0xffffffffff43701d
	.quad 0x003a06a1c4abde34
	.quad 0x00000000000001d5
	.quad 0x8cb9a87249118881
	.quad 0x8447738d9d6d78fe
	.quad 0x0000000000000001
	.quad 0x0000000000fa09ff
	.quad 0x3983aa4762f0d487
	.quad 0xfffff256a2f81eef
	.quad 0xffffffffffffffb3
	.quad 0xffffffffff722048
	.quad 0xcdc59d260acbc7a7
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xfe12dc19bfbf2727, 0x400587988ccbe3e0
	.quad 0x21ede3b57b254580, 0xbc7f7fef6dfd6b6b
	.quad 0x3f9d769487a74187, 0x7ec58f28c15a16a2
	.quad 0xfe778cdf0bc17f6f, 0x0000000000000000
	.quad 0x7f80000080639da7, 0x4022800000000000
	.quad 0x0000000000000000, 0xbf7bd2ca6d2f315d
	.quad 0xfee964356a658cf7, 0x7f8000008465d9ff
	.quad 0xac29d94a6d670137, 0x033ef746ee2df61d
	.quad 0x7f800000815960d1, 0xe86a1e67c0da2ab2
	.quad 0xc01b800000000000, 0x65db37abdca8c080
	.quad 0x648ad7a8cb9043ac, 0x22a65b2ce483df72
	.quad 0x0005eb3b1bd7ed7b, 0xbe272232ffab6ced
	.quad 0xfef4f6bc148802ba, 0xfff36a3c6f4de443
	.quad 0x77fc9e70c36fd25c, 0xd5f95d323fe77ebd
	.quad 0x8000000000000000, 0x76008bfdffc9fa00
	.quad 0x32f1c5cb4b21e21b, 0x01079cb93fb1faa0
	.quad 0x40a80000c22f4c60, 0x414eeba77ffcd9bc
	.quad 0x65338ca7f1fe87ff, 0xff83e29d805cd28b
	.quad 0x89493e79ff9726d8, 0xfff0000000000000
	.quad 0x7ff8000000000000, 0x3da9f268ffabdff3
	.quad 0x804000007f800000, 0xfff0000000000000
	.quad 0x80ed6793f663c59b, 0x3ff0000000000001
	.quad 0xff997dfd80000000, 0x8000000000000001
	.quad 0x7e521801890a19ab, 0xe2cc392bc3fadfbe
	.quad 0x7dddd0518414c5b4, 0x8000000000000000
	.quad 0xfde742cc1bebdcc2, 0x8006877c2fbb9f16
	.quad 0x00af8410a1aa405e, 0x40800000c0c00000
	.quad 0x14b20e86fde7fcd7, 0x801d0af97f800000
	.quad 0x477ffffe7f815716, 0x59fffffe007fffff
	.quad 0xbff0000000000000, 0x8bfb0f27cfbd7c01
	.quad 0x0473e4ad808d4988, 0xff8000003f73c87e
	.quad 0xcd5e6429ffdd48df, 0xbf7fe10cb0567241
seed13:
	.quad 0x1b4baff25e64bf60
	.quad 0x0000000000000192
	.quad 0xcc5fa6b7748764fd
	.quad 0x0020000000000001
	.quad 0x905314b74890f53e
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe1e
	.quad 0xfca6a1497aaa8b7a
	.quad 0x0013f8248c972337
	.quad 0xfffffffffffffd70
	.quad 0xffffff8f87fa9fe8
	.quad 0x8000000000000000
	.quad 0x36797ad8645c1fc4
	.quad 0xfffffffffffffec8
	.quad 0x2f66380a6d504cd5
	.quad 0xd9ed073a0069ee6f
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0x1028c1837fc7ffd3, 0x7f800000bddc38b6
	.quad 0x7f800000ff0e1ddd, 0x486800003e8a9069
	.quad 0x77628cb1ffbafda2, 0x7ec745a7807fffff
	.quad 0x4013b628c2b849c7, 0xc021000000000000
	.quad 0xfff8783bcdf7c7a2, 0x064f4bb40bf67e00
	.quad 0x3ba4044699d14f6d, 0x71fe22f3ddfffffe
	.quad 0xf5b444fec0700000, 0xfff0000000000000
	.quad 0xad297a86fefefeef, 0x7f84b00f3609d18c
	.quad 0xf7b3d2f700000000, 0x8a8cc5842cee0000
	.quad 0x0020000000000000, 0xfcb6ba80b4d8214f
	.quad 0x8000000000000000, 0x20f10294eca5806a
	.quad 0x5685a02a1818d2ef, 0xbfef856719e2d786
	.quad 0x7520dffc2d0bfc00, 0xbebffca7c3d61ed5
	.quad 0x7fc00000df800000, 0x4719381ba1578fcf
	.quad 0x64e288bf6da3cf52, 0x7fb1d2e87f800000
	.quad 0xdf000000bdb40000, 0x8000000000000000
	.quad 0x794650808d43fcb6, 0x7fee2333959e7174
	.quad 0xe709a77ffe736f44, 0xfe8000007f800000
	.quad 0x257e1a33474df896, 0x0622e5b73ff28ba1
	.quad 0xbffb000000000000, 0x602566b67fae8000
	.quad 0xbfeb73af8d915118, 0x76c644b980000000
	.quad 0xc5165d083f7982b7, 0x80000001000db8e7
	.quad 0x17777336e8357a83, 0xff82219f00000001
	.quad 0xdf800001c1020000, 0xeec25bda7e7c7c00
	.quad 0xfffadb918a6633a0, 0xc0edef6f0b1bd729
	.quad 0x7ad520cb5bd6a9fd, 0x532b1c5fc087b802
	.quad 0x99aed51e7fdabc93, 0x3f0a320caefaff77
	.quad 0x7fc000007babc3ca, 0x650f9403a7b8fe00
	.quad 0x01b2f3d6ca1440a2, 0x8000000000000000
	.quad 0xbccd96f0c2748000, 0x41efffffffffffff
	.quad 0xd4f9fb7f0007fdca, 0x910237e7fecffb6a
	.quad 0x4991f430cfffd15e, 0xffdfffffffffffff
seed14:
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd9c
	.quad 0xfffffffffffffcfe
	.quad 0x00000000006b0371
	.quad 0xfffffffffffffcb4
	.quad 0xffffffffffffffff
	.quad 0x00001ccc591c9312
	.quad 0x0000000000000001
	.quad 0xf2a0753032e83537
	.quad 0x00000000000002f7
	.quad 0xfffffff1da1e34e3
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc23
	.quad 0x1eb7d2ef8a18b1df
	.quad 0x000004530e03c569
	.quad 0x0000000100000000
	.quad 0x02000000
	.quad 0x60000000
	.quad 0xbfec4e5d1f224c1f, 0x001fffffffffffff
	.quad 0xfff1985cab1abeac, 0xfe80000080400000
	.quad 0x411519d2f5cc0714, 0x80000000df000000
	.quad 0x407b3424ac173794, 0x8000000000000000
	.quad 0x9963ec297f226430, 0x16dca105233af01f
	.quad 0x7246afbe336f040e, 0x44c0000081330d02
	.quad 0xfcac91b07f926bbe, 0xff9cd1e341d4a71b
	.quad 0xd7b3a36180000000, 0xc0b800007f800000
	.quad 0xec3798eb7241c301, 0x448775a87c904620
	.quad 0x9f004352ee535a13, 0xb88ce763a7400000
	.quad 0x40c80000420db6da, 0x1943dc0144b11047
	.quad 0x8000000000000000, 0x520c07ec55cfe018
	.quad 0x807150ba43b8b7b5, 0xbf1d000000000000
	.quad 0x7da3798411fc7c23, 0x800000007fc00000
	.quad 0x6f2ead0cfffce761, 0xfff0000000000000
	.quad 0x72163637e391fc00, 0x940598e0fa21329d
	.quad 0xbff8d24088c01702, 0xfff8000000000000
	.quad 0x7fa95c4f55ccde38, 0xc3c5ac4c842dc034
	.quad 0x5b4b706c61e8bb00, 0x47289a9ddf7feab3
	.quad 0x00ffffff00557e38, 0x3a002ad2fe67ff53
	.quad 0x3ff0000000000001, 0xff86c6ffda000000
	.quad 0x52f9f2469d90ac65, 0x3fd0b946a51f657c
	.quad 0x9c6df4b954444e25, 0x3f874749fe4e1744
	.quad 0x7ffc13a172fa3dea, 0x3f73cfb0e3583f17
	.quad 0xde083d4b7170fd2b, 0xfff0000000000000
	.quad 0x400d41fd43a00000, 0x9b13451cb8a3730e
	.quad 0xfff0000000000000, 0xfff0b4d6bbad7f64
	.quad 0x3c2b0429bffdd117, 0xf3bbb44e47f7fe3d
	.quad 0x2566008305505c56, 0x3fe3314bc80c8906
	.quad 0x000b35d6a0fde7b5, 0x3ffe688c389868bb
	.quad 0xffb3ab799c527eaa, 0x3f808f4d036d975f
	.quad 0x4012000000000000, 0xfee5b4e4ea337d61
seed15:
	.quad 0xfffffffffffd4881
	.quad 0x4ddd287f1f0a0342
	.quad 0x000000007fffffff
	.quad 0x0000000000000326
	.quad 0x00000000000000c3
	.quad 0xe02ed171eaa31a4d
	.quad 0x0000000001000001
	.quad 0xfffffffec1dd6ea1
	.quad 0x5755eb8ea6b9e55c
	.quad 0x0000000100000000
	.quad 0xeac75dae3dedfa2a
	.quad 0xfffffffffffffc65
	.quad 0x000000000000038b
	.quad 0x0000000000000058
	.quad 0x000000000000005d
	.quad 0x5004cc50f777600a
	.quad 0x04800000
	.quad 0xd0000000
	.quad 0x5af57dbfea39feee, 0xb124185056c05ea0
	.quad 0x7f80000043ec72cd, 0xffd0000000000000
	.quad 0xda00000011aacd8b, 0xad2b0f26ff77247f
	.quad 0x4ca6a0d5ea66c515, 0x6c544dbd4ff77e57
	.quad 0x3cb6c37d679d48c0, 0x7b5ed4547edfa2ea
	.quad 0xfff6e10b90255750, 0xcbcbe9c1bbbf7dbe
	.quad 0x800000000c94a0f1, 0x00400000ff800000
	.quad 0x831718bf793b1228, 0x3ff5a71b78d5427c
	.quad 0xbffa9cf74deff5a9, 0x0c1b63767efda3eb
	.quad 0xbffa000000000000, 0x0de3e62df8fea915
	.quad 0x937ae2c5bf4cf6dd, 0x401b000000000000
	.quad 0xeef1a5d1db54c68b, 0x695e8aaa4da44533
	.quad 0x17e8e0487c608103, 0x0064dcf77effffff
	.quad 0xba6fed88423000d5, 0xf978599080000000
	.quad 0xff80000040100000, 0x3ff0000000000001
	.quad 0x8d6e99b76b384900, 0xf2a05cdd7fc00000
	.quad 0xc01d000000000000, 0x51f10c93c72b0000
	.quad 0xffa639433562d195, 0x5b2974cfdce74c7e
	.quad 0xc0efffffffffffff, 0x4011ef18c2d44243
	.quad 0x00a908a1ffc00000, 0x0fa791a69a827e00
	.quad 0xffc000003f2a0000, 0x0008000000000000
	.quad 0xc022000000000000, 0x38a50000be9fd857
	.quad 0x4019000000000000, 0xb62ef679f7f5f8e1
	.quad 0x1434b92b7590babd, 0x2a143ec4ffeeff36
	.quad 0x805387e7fecd0624, 0x0b2999ca4dffffff
	.quad 0x7f980f9dc353f011, 0xfa57efb47728a8f8
	.quad 0xeb687aac7fc28200, 0x32a3b89741fc0000
	.quad 0x78ebc82c40a00000, 0xcf00000100000000
	.quad 0x7fb62d697ea44a1a, 0x7ee98df775540158
	.quad 0x805ede27e25c5713, 0x004d5a7b6bf1dd40
	.quad 0x30b0b9607fe215f1, 0x49ed1c43f6fefc10
	.quad 0x73c7242872be694c, 0xc6440000d9e10b92
seed16:
	.quad 0x8000000000000000
	.quad 0x0f962fecff502c5b
	.quad 0xfffffffffbcd029e
	.quad 0x717a808555fc0d5d
	.quad 0x002842e075e4bb78
	.quad 0xffffffff80000000
	.quad 0x6c9757d0607ad978
	.quad 0xfffffffffffffc36
	.quad 0x005af73de9ba35ff
	.quad 0xfffffffffffffe3a
	.quad 0x000000000000dba0
	.quad 0xfffffffffffff8d0
	.quad 0xe1dc13d10d217075
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x00000000000003e5
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xfd5ce8f73fbef800, 0x0eb05f82577dc98b
	.quad 0xa6a2cd95e9d9ffac, 0x4891668ac034cdf2
	.quad 0x3f85000000000000, 0x8000000000000000
	.quad 0x4f8000013c1b7699, 0xff800000fe8b8f9d
	.quad 0x8100000000000000, 0x7ffb481a0d883cd1
	.quad 0x8000000000000000, 0xc074b8904f246415
	.quad 0x4f214727ff800000, 0x3bc1e4a73fc00000
	.quad 0x7f9188f0bf600000, 0xc06827717b2aff42
	.quad 0x8009f21ef0cfefe0, 0x977b9c457fe587b0
	.quad 0xbbc984d14396de52, 0x7f800000c2ba212a
	.quad 0x7f800000f0d9f88a, 0xb89000001328e964
	.quad 0xab38a8527fb9997b, 0xd7aa7bb0b800e4bb
	.quad 0x9cfbf10b4d131d25, 0xc01fd72b75a4a002
	.quad 0xbf300c6efaffffff, 0x7ff0000000000000
	.quad 0x00000000c00a268a, 0xe6350cfa0c09c527
	.quad 0x80c5ef404a0a2da1, 0x0000000000000001
	.quad 0x42d2ed447fdc68fc, 0xb7c9f70e343687ff
	.quad 0x6584bb1affe8b9f7, 0x433ffffffffffffe
	.quad 0xe0331544fc7fef7f, 0xc01c000000000000
	.quad 0xedad48f138b378a7, 0x5a77276939dd4340
	.quad 0x5076e565c3e3dd88, 0x7589ddf66a5d8048
	.quad 0x901a40268c1ffbff, 0x0000000000000000
	.quad 0x3917cb2a0fdc0bff, 0xffd8226380000000
	.quad 0x3f01c00000000000, 0x2372baa5e3fe7719
	.quad 0x927a9761d94e5fef, 0x803584d6b47ea9da
	.quad 0xca6f3d0cc46c348d, 0xbe216fa63f79c5c0
	.quad 0x005fde68760ea27a, 0xf19c1e1298801dd7
	.quad 0x4079729ce5e0246b, 0x6ec4e387a08dfe00
	.quad 0xffc5e6b0807a39c7, 0x21c9f4f0feffff6f
	.quad 0x41efde2cfffde7de, 0xc25a2f4dc0bc0000
	.quad 0xbda20000bbfd1cad, 0x94388a14ece2ad01
	.quad 0xf89456150e487b31, 0x7f8ede38752d80f4
seed17:
	.quad 0xffffa11a2451c192
	.quad 0x0020000000000001
	.quad 0x245e79b5b12d3c3a
	.quad 0x7eea8addf62f285b
	.quad 0xffffffffffffffff
	.quad 0x6cf5b4697192a434
	.quad 0x00000000000abd01
	.quad 0x00006c771cd0e136
	.quad 0x00000000000001a8
	.quad 0xfffffffffffffef9
	.quad 0xfc002b533fcfe771
	.quad 0xfffff4ff6b517ad0
	.quad 0xb54822b90806fc07
	.quad 0xfffffffffffffc88
	.quad 0x0000000001000001
	.quad 0x2f476b3ddb849987
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x007fffffbd343a4f, 0x00e7af6a3cb64b0d
	.quad 0x800829652d07179f, 0x7fd0000000000000
	.quad 0xb21d6b4ad7afd19c, 0x7ff373a470435f2e
	.quad 0xc0c7f51a27f48bff, 0xfff0000000000000
	.quad 0x832277566fbdfdbb, 0x60e2aa66d2f577fc
	.quad 0x000000007fc00000, 0xf0cbd782cc6fda69
	.quad 0x2b883359ffeeff96, 0x430ee4b2628e4e26
	.quad 0x7ff340715486777c, 0xffe0000000000000
	.quad 0x00c287a23132db9c, 0xa85c857de7532fd6
	.quad 0x969c04db80000000, 0x0aa361e4f0838000
	.quad 0x03804e8874d18ad6, 0x000000007f800000
	.quad 0x8000000000000001, 0x8cb3415cc0800000
	.quad 0xff0000005f000000, 0xb28f5b137508fd9a
	.quad 0x13a11371cb98a310, 0xfff8a65a45801841
	.quad 0x8000000071e6e69d, 0x438cd57600895ff8
	.quad 0xff80000062781a2a, 0xc3ad44d9ff85546d
	.quad 0x800000003c59a950, 0x7fb1bbd1410a0000
	.quad 0x02ad0fa2cc8cb4d0, 0x7f80000000400000
	.quad 0xd439565f646e027a, 0xee45e808113ca7b8
	.quad 0xc0603c0276775086, 0xfca41f71fbd3e5ed
	.quad 0x3bffcf570a0737ec, 0x409a7af0c5fd108e
	.quad 0x89f0452fbddfcffb, 0x8a65a5e281f9e428
	.quad 0x7be44babff800000, 0x7a6b731b4c188bfb
	.quad 0x64f54777d6ae6311, 0x000000009ae728c9
	.quad 0xffdfffffffffffff, 0x38ab67f78c1ef803
	.quad 0x808000000da20a08, 0x00000000017fffff
	.quad 0x7ebacce74d797800, 0xc7037b0d00000000
	.quad 0xc017d3cf7feb0354, 0x433ffffffffffffe
	.quad 0xbfa181ed728b0ecf, 0x1df27a297cb68570
	.quad 0x7fecf8e6ebae6f10, 0xe593ff2b9d5fded8
	.quad 0x3ffda3014eb93dab, 0x40d00000405455c8
	.quad 0x406f1571987457cd, 0x1ce54c7ec0400000
seed18:
	.quad 0x991bb818aad8c8f5
	.quad 0x00000000265a9b1a
	.quad 0x3363f8086e887257
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0x000000000059c187
	.quad 0x1775d1d2de2c11a4
	.quad 0x047da41644c32e75
	.quad 0x6124c02142da4aa0
	.quad 0x00000000000004d0
	.quad 0x43d830ba2afb29a5
	.quad 0xffcc66c9ee7b048c
	.quad 0xfffffffffffffc64
	.quad 0xf10cec08487e320d
	.quad 0xfffffffffffffed4
	.quad 0x8b0a4b73361cbc83
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xff80000073af8815, 0x41f0000000000001
	.quad 0x0166063779bf6a3a, 0x869bec827a8e7c10
	.quad 0x40a2800000000000, 0x1808c9f7ffbf2dda
	.quad 0xc023800000000000, 0x0249108166741fff
	.quad 0x00000000ff800000, 0xff7fffff98c6b80e
	.quad 0xbfaa540589d0d307, 0xed4e83cf34427ca4
	.quad 0x8000000000000000, 0x47458000007fffff
	.quad 0x66fc744b6bb82de0, 0xc3e0000000000001
	.quad 0x610a40679c488400, 0xd55679af7fea83b2
	.quad 0xf8006f38f32ffef7, 0x4013000000000000
	.quad 0xc37fffffffffffff, 0x4131000000000000
	.quad 0xbec8000089b239ed, 0x00f48dd30d5b9920
	.quad 0x5975fdb730ac0f1f, 0x02ca6acef4e17e00
	.quad 0x7e800000000c369e, 0x817fffffbf000000
	.quad 0x18bb9a8b9681182a, 0x583e65767e800000
	.quad 0xaa137be2da53fe00, 0x8000000000000000
	.quad 0xd49750515ed35f7d, 0xc010000000000000
	.quad 0x29a1ae13838fc014, 0xd0f01206439380e9
	.quad 0x416206cc9cb930b2, 0xfdc70332e1387103
	.quad 0x7ff0114cdbf25555, 0xffc00000ff974b07
	.quad 0x18f26b4bcffff7fb, 0xa69dece745000000
	.quad 0x7f5045370d983044, 0xe6ad015ac4247c00
	.quad 0x57612fc97508fc00, 0x80d66af478661f50
	.quad 0x14893f9c77fffafa, 0x1b09e2d3fddf67e9
	.quad 0x9facf4ab4180fffb, 0xc29e5a1a81000000
	.quad 0xa8dc1024c22c8672, 0x7fee38d516bb2d53
	.quad 0x423800008a35f25c, 0x353c8bafbbc67f56
	.quad 0x8049fb7840031024, 0x516074ea896b8e35
	.quad 0x5648b87addc06342, 0x2eba7938b143fe00
	.quad 0xc19c1f4e7f8143ae, 0x992ba056f726fc00
	.quad 0x7587dbab7fa52f3d, 0xc92000001cfa63ef
	.quad 0x7ff2757de1884187, 0xc10c70cd524af87d
seed19:
	.quad 0x00000009a122d7ce
	.quad 0x00000000000001f4
	.quad 0x2c611c7dccf23833
	.quad 0xfffffffffffffcbb
	.quad 0xffffffff80000000
	.quad 0x0000000002120980
	.quad 0xffa327c6748d1b33
	.quad 0x00000000000002e3
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0x61c8541019d0c998
	.quad 0x3a7594cdd328fd96
	.quad 0xa59f98760a02e598
	.quad 0x4eeec1e181410a5b
	.quad 0xffe2851941a1bfdc
	.quad 0x0000000000000000
	.quad 0x06000000
	.quad 0x10000000
	.quad 0x40691089331546a0, 0x6869c28599ce36b4
	.quad 0x43930ec3922f0888, 0x7e355e7839c7727e
	.quad 0xdef07c79cb3b8850, 0x3b94b4bdffedb70e
	.quad 0xec96302dfea63b66, 0x412000005a000001
	.quad 0xe3359d91603c7d1b, 0x8028834337000000
	.quad 0x31fe8a687f3347fe, 0xfff0000000000000
	.quad 0x3a5d283afceffedf, 0x7e9c3fa06aca32ee
	.quad 0x8146e1bbac196b97, 0x8cf224382e79bffe
	.quad 0x7f8fea6c36980000, 0xb6415b341287f3ba
	.quad 0xf02cdbb5856f4480, 0x96936a8de8be2bf2
	.quad 0x39887ae87fe53d9d, 0xfff0000000000000
	.quad 0xda00000080000000, 0xc598ea15bdb7fd53
	.quad 0x97a5bc0853eada22, 0x800000008beac70c
	.quad 0xbfb000003ec00000, 0x008d7caf15723c20
	.quad 0x8000000000000000, 0x0efc0bbeffd8ae5d
	.quad 0x7fff23097e2b81d5, 0x7f8000007f000000
	.quad 0xbfcbbe53c7a9661d, 0x962bb90fc3e17e19
	.quad 0x41effffffffffffe, 0x48700000c0400000
	.quad 0x7fc00000ff73d4d8, 0x3c86a1df805b3ad9
	.quad 0x000000004318c520, 0xfff6c6076d4428c5
	.quad 0x72cd5c5cff800000, 0xa1da0a64f7fdfffe
	.quad 0x7f80a88cfffc7fc0, 0x470000007f85f0c3
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x7fc00000feffffff, 0x75d6c4e0fefdfff1
	.quad 0xc340000000000000, 0x2a848018bdd5ef5f
	.quad 0xbff99543f9d615f2, 0x0ef926aa2d8b3e20
	.quad 0xa25bd0826bbbbfdb, 0x023d3c4ab0a99824
	.quad 0x7ff8000000000000, 0x1a4d3956a1bbef88
	.quad 0xc075a5bf48028371, 0xbf9a7f5b05948ca6
	.quad 0xaa74d3e9fff7cfdf, 0x2b066f4affe47865
	.quad 0xab09e8ba5706d965, 0xc19580eec16a6e5f
	.quad 0x4a95e0be0cd95e40, 0x8000000082e13974
seed20:
	.quad 0x9bd59529555b415d
	.quad 0xffffffffffffffff
	.quad 0xfffffffdd8c2133b
	.quad 0x7fffffffffffffff
	.quad 0xffff8cbf126da087
	.quad 0xb32f6d04e554c744
	.quad 0xfffffffffffef49f
	.quad 0xfff933c5d08b183b
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x0000000000000ddb
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x0000000000000055
	.quad 0x879418549cc3c2cd
	.quad 0x05800000
	.quad 0x30000000
	.quad 0x4fffffff912e8e8a, 0x7ff8000000000000
	.quad 0x7656b1e5fd8b0500, 0xffa334f48018a65b
	.quad 0x806fbaf474bf1b19, 0x3fa0000000000000
	.quad 0xfff1fc2fe5bab19e, 0x0fcfbd4a7f7bfe37
	.quad 0x0e54e3afbfdcb239, 0x023a77e0c1238302
	.quad 0xc77fffffcf000001, 0xb49c054241433a00
	.quad 0xfff6b00dca421287, 0xf0aff22dd7ff2fef
	.quad 0x801fffffffffffff, 0xd98f7696ff8dafbf
	.quad 0x3e13a44780000000, 0xf5166c90d557f01d
	.quad 0xfffaf71e0cde9eab, 0xe21f752af6ab2f45
	.quad 0xfff8000000000000, 0xc664ef189180b449
	.quad 0x417923263e492bf8, 0x82196bc4b49e1170
	.quad 0xfff0000000000000, 0xa30ed0fbff800000
	.quad 0x7fbe559d43c70909, 0x7079daa9ffb5285b
	.quad 0x349a2c234515e124, 0xc0a000000eb7882e
	.quad 0xe43ef6f71f7b3f00, 0x40a00000811a810e
	.quad 0x40607e8500000000, 0x3f96ef1e72d792c6
	.quad 0xfff0000000000000, 0xb60ba4c038c5fdfc
	.quad 0xbff18ad554cfddc8, 0x006b9ff0ffdcbb62
	.quad 0xcf7ffffebf83380d, 0xef1ba92fbf5bfe8e
	.quad 0x5200b16d7ce88000, 0xc006c25690e9973e
	.quad 0xfb4d9b87c7800001, 0x40bc81e200ffffff
	.quad 0x7fc0000080000000, 0xffada9537355b8e2
	.quad 0x0000000000000000, 0x79cc13a6bd37a0aa
	.quad 0xe225fb27eb7a7b08, 0x2e565cb3f5b90270
	.quad 0xdc810ba271a4789a, 0xdfd1ff378ceca4b7
	.quad 0x980e62e800000000, 0x7fb4d9175ce366ee
	.quad 0x632baece4eff7e00, 0xff800000c0b09b9b
	.quad 0xc0e0000000000001, 0x819602df67dff7ad
	.quad 0xc008000000000000, 0x7ff0000000000000
	.quad 0x6553a14f7ec05544, 0x7ffbf9c1a042d7b0
	.quad 0x171ba5d7f3fbd9cd, 0x972db9c7753c3a42
seed21:
	.quad 0xfffffffffffffe39
	.quad 0xecf1e2e4dbe27bae
	.quad 0xfffffffffffffd53
	.quad 0x000000002b9018f0
	.quad 0x00005ecbebe8e3e6
	.quad 0x000000000043684e
	.quad 0x11a0a84fb0f7bda4
	.quad 0xd747bb7ced5555bd
	.quad 0xfffffffffffffffa
	.quad 0x00000000ffffffff
	.quad 0x7cbfb2fa6c09b4da
	.quad 0xdd895d547063a894
	.quad 0xffffffffffffff67
	.quad 0x39ecd0d10b578e27
	.quad 0x000004d2a4d375a4
	.quad 0xfffffffffffffffd
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x3b48ac375a7afb5d, 0x7f83fc91b9400000
	.quad 0xfff4e55effccbe5f, 0x7797a0da1435aef2
	.quad 0x7ff0000000000000, 0xffb5d75fc3dff03b
	.quad 0x7ff6c63d035e32e9, 0xb40e67a13224246f
	.quad 0xd9dd7277df9c7e00, 0x83744239406ed1e3
	.quad 0x7ff79acd6431b68c, 0x71a73cd323580900
	.quad 0xdf329d2e80be4e86, 0x7641b22d40c00000
	.quad 0x7ff3c4daa85279c3, 0xeb4c29c78897c3b1
	.quad 0xd72091bda22753f9, 0x239aedec15508000
	.quad 0x12b40d1c89d68489, 0x00006f65d6e4ac57
	.quad 0xca8c0ea77f000000, 0xbfc13b0eb4ac6763
	.quad 0xbeeba00000000000, 0xd8d2af103f49f32b
	.quad 0x800e957b05e75c88, 0x0067a8187f800000
	.quad 0xff800000ff7fffff, 0x8b40dc44eb1b7c00
	.quad 0x3f5ef24547000001, 0x11938ede4fe12cfd
	.quad 0x40b4000000000000, 0x70557c8169c456da
	.quad 0xbf0f79194dd4d093, 0xd1b7d5b9e3fdfbfa
	.quad 0x28b74f53ffefdd00, 0xcf680f7680000000
	.quad 0x4198806e7f800000, 0xfff8000000000000
	.quad 0x9b1655cb74df17bd, 0x39fd0000f8148f5a
	.quad 0x7fc00000414d356c, 0x80290a3556e2711e
	.quad 0xb8cfa738a003f9f8, 0x0045981f7f818093
	.quad 0xfff8000000000000, 0x826f22ef96fd6408
	.quad 0x49e06aedffb1854a, 0x0138518a60e59f4b
	.quad 0x43e0000000000000, 0x97e8379feb8ed8ee
	.quad 0x3c925a4335a144ac, 0x5339c396681b89dc
	.quad 0x6bac93a9ff800000, 0x8065c397ffb852af
	.quad 0xc073c602a3043e90, 0x7f7fffff80000000
	.quad 0x385b8000bd800000, 0xc18947880cf567df
	.quad 0x0000000000000000, 0x7f8000007f9a6380
	.quad 0x001e1608bd9ad40a, 0x7e5b7dbec8910947
	.quad 0x034716d634910bd3, 0x3f800001c2763d03
seed22:
	.quad 0x0000000000000174
	.quad 0xfffffdd39d245522
	.quad 0xffffffffffffffb6
	.quad 0x00000000ffffffff
	.quad 0x4e57103ac3ae5a01
	.quad 0x12bd13cba7197b2b
	.quad 0x000000000009d39c
	.quad 0xfffffffffffffcb1
	.quad 0xffffffffffffff3e
	.quad 0xc066c2235db9ed18
	.quad 0x9ec297fbb6f74f05
	.quad 0xffffffffffffff09
	.quad 0xfffffffffa98886e
	.quad 0x000000007fffffff
	.quad 0xedb613a0e5df1c7b
	.quad 0x0000000035598f0c
	.quad 0x03800000
	.quad 0x90000000
	.quad 0xc053f004bffbdf7d, 0x4fa281f4795e320d
	.quad 0x9ed88905bf4759cf, 0x2e47583ed8e88000
	.quad 0x1f9833077ffed8a1, 0xd4cc37667fc00000
	.quad 0x80da594fd091c2ac, 0x6939ad97fc8b9ccc
	.quad 0x001aaaf5ea02910f, 0xa00bf5acc0900000
	.quad 0x7cf68ca63d530fef, 0x3be00000f96d05cd
	.quad 0x1a0cc18d958ffc9e, 0xa214ff4900400000
	.quad 0xfff0d829d28cb796, 0xce60c7668affffff
	.quad 0x3fa00000f0c8c15e, 0xc463ffa5ddaefc01
	.quad 0x54800000804dbdee, 0xdf94619597cfd9ff
	.quad 0x261a3983f073b9f6, 0x0d5fd52cffe4fc00
	.quad 0x41080000c6f80000, 0xbda800007f9a898f
	.quad 0x846b2c8bd0bb8800, 0xc0554b521d0fa7c0
	.quad 0xc89c123248a2821f, 0x7f4263475653eccc
	.quad 0x0007a1e26aa14ee1, 0x428421b7c35e9d96
	.quad 0x353fd18de2588509, 0x143d33afecf487d2
	.quad 0xfffa2fa910b238f3, 0x000000003c6c2943
	.quad 0x80039696ede93b5e, 0xc048d9c0ba045290
	.quad 0x90d4214aff000000, 0xe4f08b1ee94e8000
	.quad 0x2daf2597fa7fffff, 0x01ab4a37b4d65e9d
	.quad 0xf1d67d0e0d293782, 0x3aaa5c35e6d7e67e
	.quad 0xfff90cc51a8940d4, 0x6da2e777e4232803
	.quad 0x733b38cec76a3188, 0x3f7e000000000000
	.quad 0xc1b5e5a500000000, 0xd8abf481b3c28000
	.quad 0xef7ce6c164268a84, 0x7c34605bfb9d48b4
	.quad 0x028bb573bfef75cd, 0xc072eeb003e60d9d
	.quad 0x3751aa09bd12acbc, 0xdb0972db42817e00
	.quad 0x3ebd868c00000000, 0x7ff8000000000000
	.quad 0x6245381aa817fc00, 0xbebf500000000000
	.quad 0x401da54dbd759996, 0x001fffffffffffff
	.quad 0x41120000cf7fffff, 0x423eb8987fc00000
	.quad 0x802a7249b7f94661, 0x6bd893c97fbc9531
seed23:
	.quad 0xffffffffffffff8d
	.quad 0xd66c0dd36735ec2e
	.quad 0xaa3982d0c0642d11
	.quad 0x0002e21d1f3a5879
	.quad 0xfffffffffea4da39
	.quad 0x8e39d3e78f6891ed
	.quad 0xffffffffffff967b
	.quad 0xc6360f0c53a3c7ed
	.quad 0x00000036de2cd61a
	.quad 0xffffffe9afaa2e10
	.quad 0x5438c549b9d9a8aa
	.quad 0x5e5eb286586f1d79
	.quad 0x0000000004f11afd
	.quad 0xfffffffffffffdde
	.quad 0x00000000ffffffff
	.quad 0xffffffffff839501
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xc00e000000000000, 0x8caa62b6f1fd23aa
	.quad 0x80766efde46b2926, 0xff7fffff7f800000
	.quad 0xd1aa4aac77fefbbf, 0x8135402db7a4a0b0
	.quad 0xa6dc4751d27afdf7, 0x7f80000080000000
	.quad 0xffd8fe0c8db90078, 0xfff0000000000000
	.quad 0x8000000000000000, 0x7effffff43a62c2f
	.quad 0xc7f83ee441df5c73, 0x7ff8000000000000
	.quad 0x000000003fb8f0e9, 0xeb11ce64d7dffa0b
	.quad 0x4019000000000000, 0x0b82e552fa3f237f
	.quad 0xcae5732e65d7f400, 0xfff1c8090346fa72
	.quad 0x94e10da3877cff72, 0xc01b000000000000
	.quad 0xffe33caed6a1229b, 0xff91b3aeffc00000
	.quad 0x017fffff00000000, 0x82fa5179834bec72
	.quad 0x8008000000000000, 0x008297333908eecb
	.quad 0x8000000000000000, 0x549a77d9a27fffff
	.quad 0x8c677dbfa7bec228, 0x0e8bf67fb9158000
	.quad 0xc01a000000000000, 0x26d9994135ebc4e0
	.quad 0x9a5947eb78cfc82f, 0xf2caaa61ef7fefff
	.quad 0xff800000ff8c2f1c, 0x1d0b85509658bc6b
	.quad 0xe709f6faedab0505, 0x58e206021cf0c5c0
	.quad 0xdd4409c9c3027764, 0x7977484f888a8512
	.quad 0x4023400000000000, 0x3732751f8f99c61a
	.quad 0x7ff8000000000000, 0xc8acf7026a005006
	.quad 0x4f7aa5f7ff677ad7, 0x4f7fffff08564e01
	.quad 0x13a45125a9510192, 0x3f6355f8aba22e44
	.quad 0x3fc1efaccfd97cc0, 0x3f8117a31d66b886
	.quad 0x49e000007fc00000, 0xbb19d6bc22b7cc07
	.quad 0x30a0d7df858afcd9, 0xc255a6a571bf1029
	.quad 0x006be8b842fb8136, 0xfadef726fffd6852
	.quad 0x00000000c7000001, 0x2c2e412a3f67fd4d
	.quad 0x33efcf2a8059c1d7, 0x1e315b60ad2bfc80
	.quad 0x06ce42da2ecb07ff, 0xfffb293900b21792
seed24:
	.quad 0x1acbe0c0ff395258
	.quad 0x0000034afcd25bd8
	.quad 0x0000000000000195
	.quad 0xffffffffffffff3e
	.quad 0x0000000001000001
	.quad 0x109a16177170af0c
	.quad 0xfffffff6b3a4f7be
	.quad 0x038dd0948005e8c2
	.quad 0x000000000000014c
	.quad 0xc1a37303467eacab
	.quad 0xd44a9d1ed098a331
	.quad 0xfff9ef001c517ce8
	.quad 0x32ac7992f446c181
	.quad 0xffffffffffffc53a
	.quad 0x00000000000002bc
	.quad 0x0000000000000000
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x7ff0000000000000, 0xfee9f4743c08be9f
	.quad 0x7fba3d665f000000, 0x5980000073d3958b
	.quad 0xc075416240e8d03d, 0x40f4f3646007a172
	.quad 0x001fffffffffffff, 0xce87d29fafeefeb4
	.quad 0x16c09f183f69e56c, 0x35b00000b8368d7f
	.quad 0x4f3da691bb943336, 0x8000000000000000
	.quad 0x570000007f800000, 0xff8f70131e0bf2d3
	.quad 0x4021ece88e935407, 0x4a39fbf7b472cb20
	.quad 0xcd9fc7c1713f8762, 0x2ddaa72b9295edf8
	.quad 0xff8000007f800000, 0x1ddcbdd8d1096500
	.quad 0xb168358ef1502527, 0xda24d5f47e800000
	.quad 0x7a04c825f33b0000, 0xbfc920ad7571e58a
	.quad 0x5a7ffffe0044a902, 0x5f80000000000000
	.quad 0xf5045049e0c14280, 0xc330000000000001
	.quad 0x000e434fc6550000, 0x3ff23c4438e51492
	.quad 0xfff4fb7e041a66ec, 0x7ff5be1329e4936d
	.quad 0xc023800000000000, 0x000e70c9fffa83ff
	.quad 0x9b0f891391c97c00, 0x10e29158bdee7ff5
	.quad 0xc1fffffffffffffe, 0x7fc000007fc00000
	.quad 0x0d84c712e025ee72, 0xc26315e6ff9fc7dd
	.quad 0x7fd8386580000000, 0x41140000454a0000
	.quad 0xfff654d04665f6e5, 0x7254e5abb0f3ee00
	.quad 0xbfa8b72bbc15af3e, 0xfff19704d97e8a1d
	.quad 0xfff74fd061b4bb0e, 0x9a086870c51f7a30
	.quad 0xff800000019aebe5, 0x89156ca2c0c00000
	.quad 0x12db133a70310c21, 0x1caa1fe6e1aab03b
	.quad 0x1f74d1a04509431a, 0xef0f637dff800000
	.quad 0x0cc9bf5c886d7871, 0x00000000c5600000
	.quad 0x7ff908cbab6e2b9c, 0x33500557261272ae
	.quad 0x03a37b480dbaeada, 0x8e27b9fc7c98d8fe
	.quad 0x66a60836be6f3518, 0xff819868168190e3
	.quad 0xbd80b855ff800000, 0x8009d4c09a5f61bd
seed25:
	.quad 0x0000000013b039ff
	.quad 0x000000000000034a
	.quad 0x6aa777b855e19de9
	.quad 0x0020000000000001
	.quad 0xfffffffffffffcc6
	.quad 0x00000000000000ec
	.quad 0x48e5f884a8b77969
	.quad 0x000000000a617f3f
	.quad 0x0000000000000314
	.quad 0x00000012dd86782a
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0x000000000000023f
	.quad 0xfffffffffffffea3
	.quad 0xffffffffffffffff
	.quad 0x000000000000000c
	.quad 0x05800000
	.quad 0xe0000000
	.quad 0xc4109e4f8edbcab3, 0x026b9c9ed9f4b16d
	.quad 0x7f80000042104805, 0x0b64706de962afbb
	.quad 0xa4ab53acff7c4000, 0x0020000000000000
	.quad 0x4fc6211c1158fe00, 0x70bd3eab76fabeaf
	.quad 0xc28e12e81a53945b, 0x78b11449ff800000
	.quad 0x3f505e6fff800000, 0xe4ae8859f77ffbba
	.quad 0xff8000005f7ffffe, 0x11383be3ffeddf40
	.quad 0xad76593e30ef30e4, 0x520956bf3fdebdf3
	.quad 0x8f35ce9afc50ab65, 0x7f9cec773cf1a68c
	.quad 0x71d4e6bfffbb9e7c, 0x184124e91f08845c
	.quad 0x91e3a28f806c8038, 0xfff78a8b7cbfc0fa
	.quad 0x87faedd73be2c5a0, 0x550bb814e3c18000
	.quad 0x3d512d960292fe2c, 0x3445be051c907c00
	.quad 0xef53b673ff800000, 0xeb178894fd37c5ca
	.quad 0x82fcd8e3edf6ffbf, 0xe8d4682ddcbaafa8
	.quad 0x197683eff8f47d36, 0x3fca222c1056e1d9
	.quad 0x84304744ff8077ff, 0x0f0a07c77f947d52
	.quad 0x7bab8caf19e89baf, 0x6f4d995f16857ab5
	.quad 0x7ea041bc5fffffff, 0xd17c8d90fbfe7f6f
	.quad 0x588b49e547e55fff, 0x000000004f800000
	.quad 0x6e2900f6c2c87c00, 0x7fbd2d5dbf800000
	.quad 0xa8a9f8c80a5989a1, 0x8000000000000001
	.quad 0xb0d9d66cebeb47f0, 0xfed153f2ba200000
	.quad 0x7f95d08a46b70000, 0x7ff8000000000000
	.quad 0x5c85f4b37fee2cdc, 0xfffd954292be4551
	.quad 0x3fbfec753276b381, 0x7f800000ff7fffff
	.quad 0xe220a3c398c5e200, 0xc021400000000000
	.quad 0xff2f07ef432251c5, 0x396f154b23c5a410
	.quad 0x40b000007f8e009c, 0xffefffffffffffff
	.quad 0x0eb457bf57040752, 0x97d8f41dbe852b7f
	.quad 0x800994378ecda42c, 0xc03cdc3ec539095c
	.quad 0x000eb1c02258ce39, 0xc054000000000000
seed26:
	.quad 0xfffffffffffffe3c
	.quad 0xfafe56ae9fb133ef
	.quad 0x00000000000003a4
	.quad 0x4c7f2d86ff5f5a0c
	.quad 0xb09ff6641e642af6
	.quad 0xfffffffffffffffe
	.quad 0xfffffffffffffffc
	.quad 0xfffffffffffffffe
	.quad 0xf7cd5bc506d781ed
	.quad 0x0000fd67cf262797
	.quad 0x00000000000000ce
	.quad 0xffffd216ef2dc600
	.quad 0x00000001992f7c0a
	.quad 0xfffffffffe899b74
	.quad 0x655bd72edddd7857
	.quad 0xc31f7f4f8179ac32
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x006d86278d9f8bff, 0x5ab8013f80000000
	.quad 0x3f55800000000000, 0xc00c565106b16419
	.quad 0xdfffffffff800000, 0xaed2acf4fdf45fbd
	.quad 0xbe5e51b07d4a4375, 0xcdb64bb6eaee7bff
	.quad 0x0000000000000001, 0xbff0000000000000
	.quad 0x67fb8314c3ba79bd, 0xc068d0f4d68b7355
	.quad 0xbfbbf920fa3d4b9f, 0xfc2941f8bba91e4f
	.quad 0x7fbb9cffff944c1c, 0x6de57d9f1653c400
	.quad 0x74f9e9a2bffbf73f, 0x7f0000000102c5a9
	.quad 0x8000000000000000, 0x7fe98d7cf9e530d9
	.quad 0x000000008362b63d, 0xeba467ebbcf67c00
	.quad 0xbe49742a7ff4e6a5, 0x000b72ca4a3d1a45
	.quad 0x740fc9fc7fa27e00, 0x4291a692d0000000
	.quad 0x7ff8000000000000, 0x4700000000000000
	.quad 0x41f3300cefcabeaf, 0x8063fcb841040000
	.quad 0xff9d151f1dca4493, 0x96ea2390ffb5a200
	.quad 0x8000000000000001, 0x23567e44c0f5f1ff
	.quad 0x845a7e150c7e7eb5, 0xaaddacbcfee6d7ff
	.quad 0xffde6466bf2b1809, 0xab4e517a577fffff
	.quad 0x800000001b7b80c4, 0x3eb60c4c015b07e8
	.quad 0x7ff3be714db26f56, 0x7fc000007f7fffff
	.quad 0xffad3acc93cf5abb, 0x4076f86bf3556729
	.quad 0xd8b18bd9df33b371, 0x3776a3a0132ef7b3
	.quad 0x8e573b359ddffe00, 0xc24903af40628dac
	.quad 0xd2e9907fff800000, 0xc0500000c3687d27
	.quad 0xc01abac939d76550, 0xf4dd54cfd76f7a41
	.quad 0x410c0000814038ae, 0x948e2f3f6e5d4280
	.quad 0xc5e80000ffb66491, 0x7ff4057c40700000
	.quad 0xaf312cfd7fdda5f7, 0x92cdab087fff7e26
	.quad 0x08c1507d04ac7f70, 0x21db6bfd47a55f4a
	.quad 0x7ffd55a83f5db815, 0x56b5ea63a47f3ede
	.quad 0x0059744c6df791f3, 0x0f557120f4b08000
seed27:
	.quad 0xfffffffffffe9098
	.quad 0x61311c2086deeeaf
	.quad 0xffffffe6fa18e8bb
	.quad 0x0020000000000001
	.quad 0xfffffffffffd2c89
	.quad 0xfcb9beb0aab51d7b
	.quad 0x0000000001000001
	.quad 0x0000000071fbee69
	.quad 0x0000000000009155
	.quad 0x0000015951b85005
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000103
	.quad 0xffffffffffffffff
	.quad 0x334a7a8a93bfabb1
	.quad 0x2f18651bca8a11ec
	.quad 0x0000000000000365
	.quad 0x06800000
	.quad 0x40000000
	.quad 0x4023800000000000, 0x3f7bd1ac69c77e00
	.quad 0xc7c936f5f7341d4e, 0xbff8000000000000
	.quad 0x3d0a29bec0880000, 0x799ccf5abdfc9691
	.quad 0xfff71158f1dfd37d, 0x7ff0000000000000
	.quad 0x32d48a747e800000, 0xc0300000ff800000
	.quad 0x2e152631973bfd0c, 0x7f326becf130a663
	.quad 0xfff0000000000000, 0x66731fb8ebfedf7b
	.quad 0x3da6b9c66f5fc0e2, 0xc9048fbcff800000
	.quad 0x3e4ba5c825645880, 0x3790000000400000
	.quad 0x4066e56ef47d1fef, 0x5a64442d61807d69
	.quad 0x423eb15e8c6e061d, 0x4ed321a288918574
	.quad 0x3ff8000000000000, 0x79191737d0ab225a
	.quad 0x09028e60136d607b, 0x73e1f43afbbd7938
	.quad 0x8008c9202e89e151, 0x12196eb04a14c2c0
	.quad 0x3c63291500000000, 0x05587eeb47166542
	.quad 0x68988c691eb0f928, 0x06f5f93bc4a37de8
	.quad 0xa7c0d16105343d63, 0x7d151d90da6125b0
	.quad 0xfee83f5732847436, 0x0000000000000001
	.quad 0xc24490d0c25a7ccf, 0xa752cec8fb6b1fff
	.quad 0x0000000000000000, 0x4010000000000000
	.quad 0xfff0a78009ab44ec, 0x09dec5ec40f80000
	.quad 0x00060f468b8fedc7, 0xff800000ff76476c
	.quad 0x006ebd5fffed5905, 0x3fb7a4d4f0a50f46
	.quad 0x00075d435502b426, 0x0a50d6e63d3bdd48
	.quad 0x58a282f808377c22, 0xb2e8b6feffeeffc1
	.quad 0xfe848eddf5583a00, 0xe13e4434b3db77ff
	.quad 0xf0381a8747e7cec1, 0x0008000000000000
	.quad 0xc861f175c8ebe214, 0x407fdfc286e6ed77
	.quad 0xfff2f13f7f800000, 0xecb87b82701842a1
	.quad 0xea04b55f6035fa13, 0xa39fd2f87febf9fe
	.quad 0xc023800000000000, 0x4001000000000000
	.quad 0xffc29832eac81597, 0x7ff0c2b946e7b635
seed28:
	.quad 0x01fb2e8b64f54d22
	.quad 0xed2d03bb6d143de4
	.quad 0xfffffffffffb6f25
	.quad 0x00683441cff2308a
	.quad 0xfffffffffffe0d23
	.quad 0x243d00bdd22874aa
	.quad 0xd9b92894cdc256d8
	.quad 0xfffff6c046fb65e5
	.quad 0xfffffffffffffea9
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffd9c62
	.quad 0x10ff42b37ec49d7a
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x2500007869d748b2
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x407f02490ce03a32, 0xef0594d3b63df511
	.quad 0x5ce06edb490279fa, 0xbfffffffffffffff
	.quad 0x40b00000ff800000, 0x4041fff847387c37
	.quad 0x6869c0a1784eca59, 0xbe7f439ebfe9cc58
	.quad 0xc08800003dfe8893, 0x406f220cecdc3d08
	.quad 0x2a82f1fee5f68ac2, 0x7fb1c642172a52b3
	.quad 0x0f3e2c3bbed3fdf7, 0x7ff8000000000000
	.quad 0xfe6cdc23e504114c, 0xff937085dfffffff
	.quad 0x7fc00000bfa00000, 0x561f39e02bc45877
	.quad 0x7bca9375e9e148c0, 0x388788b65bfafea7
	.quad 0x239b1196cf19b688, 0x42fc15c7ffcfd18f
	.quad 0x0000000000000000, 0x886ffa2437df5fff
	.quad 0x800000007fca1a81, 0x3fbd56105254def0
	.quad 0x70119175c15e8143, 0xbfd8b95f11f2fa50
	.quad 0xb352852c97a05b2c, 0xfffcce8ae5089ecf
	.quad 0x9971ad68f2ffa565, 0x4379ecadb8d3f76c
	.quad 0x7ff6ef3d4c9acd5e, 0x6d64f7ec075e35b6
	.quad 0x7fdfffffffffffff, 0xc79e7557bffffffe
	.quad 0x3bfe0000424d1936, 0x8009778bcbfcb05c
	.quad 0x58c99b98c945789d, 0xc2f2652fb518d6df
	.quad 0x8b95649dfffff69f, 0xe15293836b03ff61
	.quad 0xfcdcf248be2ef56f, 0x8000000041baac1d
	.quad 0xc05f656db3c71082, 0x17b900fcdbbeff7e
	.quad 0x8070ad11bd6bffb6, 0xc1f0000000000001
	.quad 0x58562da151000001, 0xc0530fe8503776a4
	.quad 0x82be27135d04b90e, 0x26bc7c3972f617b3
	.quad 0xfff8000000000000, 0x7ff6cf7b4c493d19
	.quad 0x8095810c0013f1a8, 0xbfda000000000000
	.quad 0xe3c11e5db9e3fc00, 0xbf88000000000000
	.quad 0x7ed9469cee45b4a6, 0x0020000000000000
	.quad 0x802586d918e8f90c, 0x81f6a38505eef055
	.quad 0x6f14135b650c7c9b, 0x40e0000000000001
seed29:
	.quad 0x0000000000000003
	.quad 0x0020000000000001
	.quad 0xffffffffffffffd6
	.quad 0x66edecb798d3df22
	.quad 0xffffffff80000000
	.quad 0x00000000000001d6
	.quad 0xa8814c9fc4cdfb71
	.quad 0x000cca4430dda8bb
	.quad 0x0000000063a27cff
	.quad 0x000000000000004e
	.quad 0x0000000080000000
	.quad 0x12f91b010bcb6de9
	.quad 0x0000000000000025
	.quad 0x2a02d07c73d27afe
	.quad 0x72f747e0c45a034e
	.quad 0xa02edda10a39b87c
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x800d56c9df0ba7dc, 0x002b7f6a7fa3a58c
	.quad 0x3fa189d2557e93f0, 0x78e8834b3c9c23e6
	.quad 0x295c95c97399befd, 0xeb9ab053ffdac08c
	.quad 0xc068000000000000, 0x02048c2842f18ac3
	.quad 0xff800000ff000000, 0x80092b37d7252f9b
	.quad 0xc2e5779d7f9232e0, 0xc044800000000000
	.quad 0x80000000bfe00000, 0x3f20000000000000
	.quad 0x036875682d0b7c2d, 0xbe80000040bc0000
	.quad 0xffa5d188bffffffe, 0xa528787c7fe5d278
	.quad 0xd9598eb0a8f74680, 0x7f8c9f2b48dc8000
	.quad 0x1e927dc32c590000, 0xbff0000000000000
	.quad 0x835aa30493c38679, 0x0553e189540f4900
	.quad 0x768cb57fbef2e3da, 0xf0a3c0e8c34f1d07
	.quad 0x9e003503fddefb0e, 0x0261992ee4d3ea52
	.quad 0xbcee700ccd29fcec, 0xff80000000000000
	.quad 0x34fcf6987fd980a5, 0xbf40000040c00000
	.quad 0x00354540c1140000, 0xcffb0867f756370c
	.quad 0x1b11c14d630606b0, 0x000000003cf9007a
	.quad 0x7fb5288e00000000, 0x72b602c06ef8bcd5
	.quad 0x00293e5b00000001, 0x71df005c2045ad89
	.quad 0x65154220f5fbfc65, 0xbf363dc7bf4b65cd
	.quad 0xeb4f829659fffffe, 0x41efffffffffffff
	.quad 0x3af6b7af38ffffff, 0x4a114d35f32979de
	.quad 0x0000000000000000, 0x7f8f4b6961838189
	.quad 0xfe0389b280586802, 0x7d75b603640b6cfd
	.quad 0xbff4000000000000, 0x8000000000000000
	.quad 0x03fd25a3a4c7dc9d, 0xfff0000000000000
	.quad 0x3ebad00000000000, 0x38b11260dff74d1e
	.quad 0xc306d1cd0f8b9436, 0x80fc8b5dc78011d8
	.quad 0xc022800000000000, 0x42b2bf65801c0db6
	.quad 0xf7b47f59812c8a12, 0x087dd7a4aadf7efb
	.quad 0xa6403f5068df508e, 0x31ba23e2cde6c04c
seed30:
	.quad 0x0000000000002032
	.quad 0x0665c40d601d1831
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffd7
	.quad 0x82a0be05aa234653
	.quad 0xffffffffffffffa3
	.quad 0x09254637f22dfcc0
	.quad 0xffffffffffffffb4
	.quad 0x0000021287783a4b
	.quad 0xfe86d94c6c5bafe9
	.quad 0x00000039627a9e68
	.quad 0x0006d0ce2ff40b3f
	.quad 0x78864ca667c09f6b
	.quad 0x357cb990d5c97262
	.quad 0x8000000000000000
	.quad 0xffffffffffffe2b9
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x9e75af54951fb1b4, 0xf64aea0588e0c780
	.quad 0x7cf25c7c5fbb9388, 0x00000001ffe29c86
	.quad 0x7ea4f3a64a567f57, 0x7f80000080141983
	.quad 0xa57784867ffd7aed, 0x7fe8beb999ce37f6
	.quad 0x7f800000cbeee592, 0xff80000000000000
	.quad 0x399c8000c2051289, 0x4021000000000000
	.quad 0x4190f5c5c3493265, 0x3ffc000000000000
	.quad 0x4f351dfc9fc77c00, 0xc2c91b817fd38841
	.quad 0x43d0a2b37feb3fff, 0xfff0000000000000
	.quad 0x73980f0041ecf1b0, 0x7df584caa9f48200
	.quad 0x3e5381907fff77db, 0x43f130e8c2cf50d6
	.quad 0xb1b3b00ac3f17e00, 0x74d4b394fbb31dd7
	.quad 0x0008000000000000, 0x9980cc66f9ef656d
	.quad 0xf521cad4fed5dc6d, 0x7fd0742a93fff138
	.quad 0xb8d9b40b7f9b91ff, 0x3c8041a47f800000
	.quad 0xd9ffffffff800000, 0xafa448c5fba077ff
	.quad 0x19393fcdec718000, 0x97810b09d176bfff
	.quad 0xf4ee66304d5e1038, 0xda7ffffe00000000
	.quad 0x7f8000003e3a0000, 0x9f7cd2f9ffd17dbe
	.quad 0x4d4274e02d4a0b0f, 0x3ced2032aa1c8800
	.quad 0x4022400000000000, 0x7eeee69881093082
	.quad 0x9a89e39450d0aba4, 0x1816caebdfdd5a45
	.quad 0xa90762167fc07fd8, 0x41ffffffffffffff
	.quad 0x405afdcc0de30066, 0x040697c8ff9a417c
	.quad 0x9f24350d7afafdb1, 0xacdf4c577fc71960
	.quad 0x8ebbbfad00000000, 0x3c214ff3bc44feef
	.quad 0x3f747733fb852312, 0x0000000000000000
	.quad 0xe83ccc0fbea10000, 0x6a14b53bd1948d68
	.quad 0x808942262672d8f5, 0x0dcec0eeee77fbfd
	.quad 0x017fffffbf800000, 0xb87de094a593eec0
	.quad 0x0f89be67e954045a, 0xfffebaa81bccfe8d
	.quad 0x8202f1fecfec7bff, 0x2bc1597d8cefdc50
seed31:
	.quad 0xa35daddfbbee424b
	.quad 0xb4876d32ca3a88af
	.quad 0xffffffff80000000
	.quad 0x000000000000087e
	.quad 0xf5cb0dd07142c58e
	.quad 0x3cb1b4484659cd6b
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0x000000222a65c54f
	.quad 0x00b4cb001c5351b6
	.quad 0x00000000000003d8
	.quad 0x000000000000037a
	.quad 0xffffffffffffff7f
	.quad 0xffffffff80000000
	.quad 0xfffffff45baed1cb
	.quad 0xcb942f7cd7e7b6b4
	.quad 0x03800000
	.quad 0x40000000
	.quad 0x87bb4f3fffd36352, 0x94ecd08777eb8261
	.quad 0xc03d4b038a00aa09, 0xfff6054d5a64196d
	.quad 0x410a00000051cf18, 0x9290dbccb36febdf
	.quad 0x5ffdc477ffc00000, 0xe33e38d9476670df
	.quad 0x80ffffffff7fffff, 0x77bab3c185e0f49d
	.quad 0xe5fc1d76fbdfdfdd, 0x7da9e30c1133fc5c
	.quad 0x429eec3780000000, 0x3c59f36c42a500a7
	.quad 0x7ff8000000000000, 0xffe0000000000000
	.quad 0x8000000000000000, 0x6e52a22cc3917bfe
	.quad 0x1e74e6787dc7fb15, 0x82b841e06e203020
	.quad 0x10e393b908ea809a, 0x3e495cd0ffca7d7f
	.quad 0x058275a51b052383, 0x7131de587feff497
	.quad 0x011d1771a0539975, 0xbd4dee7dffd87b36
	.quad 0xc018000000000000, 0x4780000149159f32
	.quad 0x800c512fea70583a, 0x80000000096c79bc
	.quad 0x41dd5c08007fffff, 0x402a65bf68061d4e
	.quad 0xffff91039b5f39c7, 0x4340000000000000
	.quad 0x33a637c6eefeff51, 0xc04d8c7ba4f977ff
	.quad 0xffc00000ff800000, 0x07e935b52ee77c00
	.quad 0x4244575847cbf20a, 0xeab0cf54ff94ca6f
	.quad 0xb7e41b41e79e2b19, 0x2d7bd89a5a730000
	.quad 0xaeb079f4bbe23801, 0x4010000000000000
	.quad 0xf74863c45fd4d45b, 0x7ff0000000000000
	.quad 0x7ff49972ff7fffff, 0x43efffffffffffff
	.quad 0x1fd1d8da7ac97800, 0xa648493affffffff
	.quad 0x3f8ae368cd9f678b, 0xfff40d2dbeb8625d
	.quad 0x800b36775ded09a5, 0x7fe23ffcc2248000
	.quad 0x72e1e8b68eb818b8, 0x001fffffffffffff
	.quad 0x7fc918ea802dc1ff, 0x4023400000000000
	.quad 0x059b6c97ff800000, 0x05468e633d92784d
	.quad 0xad966a38fef9f272, 0x7ff0000000000000
	.quad 0xb2671a614de3fe7a, 0x97e210044190fdbd
seed32:
	.quad 0x7fffffffffffffff
	.quad 0x2e5eb2b15043c51d
	.quad 0x8000000000000000
	.quad 0x0029f4de0410e4da
	.quad 0xfffcabd1da0b59db
	.quad 0x00000000000000d0
	.quad 0x0857cf1e1ba910c7
	.quad 0x0000000001000001
	.quad 0x00000000059c42ff
	.quad 0x5d83fb0b27e90086
	.quad 0xca9011491d8b4959
	.quad 0x56821c51ceab4b94
	.quad 0x86905146265d80e6
	.quad 0x408a1d56ac1c350d
	.quad 0xce1e56f47d3ea616
	.quad 0xfffffffffffffe26
	.quad 0x02c00000
	.quad 0xe0000000
	.quad 0x8000000043e4677d, 0xc04531b2a2de3037
	.quad 0x808000003cb22419, 0x0d51945cfffc7acc
	.quad 0xc3ee6079004a597e, 0xc34fffffffffffff
	.quad 0x7cb8c864066f7d41, 0xb4a47f5aff17f623
	.quad 0x7feed1be76d52974, 0x00933db3ffc00000
	.quad 0xc8f1b08997ad5740, 0x3ffeee0b4e000784
	.quad 0xd777f6bbe7154ed2, 0x804f172963dad926
	.quad 0xce684688b08b5933, 0xcbd771099b33ff6b
	.quad 0x4017a4e7ec69ad62, 0x80000000f3195ef9
	.quad 0x6dc1d2efb1aba63c, 0x1caca159bc5f5432
	.quad 0xcc3656b48f0a3685, 0xeff738a50a57fcc4
	.quad 0xed46eabdff57fefd, 0xc02982109e0552a5
	.quad 0x7f800000c0f00000, 0xbf7a82083f5fcd42
	.quad 0xc32cf80940300000, 0xc3ffffffffffffff
	.quad 0xc009000000000000, 0x1462280441060000
	.quad 0x10fd3ddcff800000, 0xf5d7ba5bf97fffff
	.quad 0x54ab26aefffeff7e, 0xffadb8bdf7bfc13e
	.quad 0xc04c8a33e77a8f9a, 0x8029d85c793b09d1
	.quad 0x7ff09e2822e1adf5, 0x407a8b5c2d2125fc
	.quad 0x59163735ffbdf000, 0x7b13106c7fcdfec6
	.quad 0x5a000000c0774d8e, 0x32ef6fb22dd403ff
	.quad 0x8000000000000000, 0xe594b001433d625b
	.quad 0x405f93b712c8a6ee, 0xbf81f6d9402ccfa8
	.quad 0xbf42d00000000000, 0x803d28e0407fba98
	.quad 0x1f2dbdfcf63cff34, 0x688bee0ebbfc3d58
	.quad 0x77b2c9572a160ee7, 0x42ac57f78032561b
	.quad 0xbdfade4539a80000, 0x0cce8cedc6b4e37a
	.quad 0x800000007fe95de4, 0x88788133ed005908
	.quad 0xb84900007facebf4, 0x6dfee15fdfffffa7
	.quad 0x000ba10b54808bbd, 0x7f7fffff4354afbb
	.quad 0xf65ebf44ab2525b3, 0x40567c69870c955d
	.quad 0x3162e3963a9d1b7b, 0x5b7a2a5ffeb31174
seed33:
	.quad 0x000000000006f1eb
	.quad 0x5bc685538304c2b7
	.quad 0x00000000ffffffff
	.quad 0xffffffe793e92956
	.quad 0x00000000e564efff
	.quad 0xebeb25eb8ab046dc
	.quad 0xffffffffffd18549
	.quad 0x7546538ed9ad5748
	.quad 0x7ee3ab6d7efa1c66
	.quad 0xfffffffffffe59d2
	.quad 0x943ea0659eb6f682
	.quad 0xfffffffffffffd09
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xb4ff87c8524c3174
	.quad 0x1a3addfe92472f96
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xc0304db3c6dd9059, 0x44800000c1140000
	.quad 0xfff0000000000000, 0x7e5d50bdc4aff9ac
	.quad 0x9353045ce2800000, 0xffa38d2ac2fe0000
	.quad 0x8006f7455395a8c5, 0x0010000000000000
	.quad 0x539d40713e1fff42, 0xbe5fc7a59fa31eec
	.quad 0xc1f27a8aa6fc3206, 0x7f5811c17fb2cb8c
	.quad 0xffc0cd295dfd7700, 0x0c2af633c0edfc00
	.quad 0x71e6d939b025a1fa, 0xb1462116bb7e3d02
	.quad 0x670110c8c76fed7f, 0x5cfd310ebadb7db2
	.quad 0x01e2731eabe52938, 0x682b27e0491a7bb2
	.quad 0x9532ffadff800000, 0xe85da1b6f75bfd91
	.quad 0x032d21eb64474a2a, 0x3c1b2a41d75b0352
	.quad 0xf0545079cefdbfab, 0xc02f800000000000
	.quad 0x7ff8000000000000, 0xde0adbdd6daebc00
	.quad 0x800000007fc00000, 0x5bdd5a067fe68a42
	.quad 0xb0f937cbdabffcb7, 0x6eca00cb7faeeffb
	.quad 0x369800003f7a0000, 0x7606e5863f6bf18b
	.quad 0xc34ffffffffffffe, 0x4f8a8435ffad8fef
	.quad 0x77a70bc7e9d60327, 0xfff1867842101908
	.quad 0x6c5da4d742128a00, 0xc33bd24093df2c5c
	.quad 0xc130b00000000000, 0xfff8000000000000
	.quad 0xc022d8eaaff1a2b3, 0x80000001e3a4c353
	.quad 0xffc00000c0900000, 0x8000000000000001
	.quad 0xc155a0f7df564f34, 0xdebf341ceef7bfce
	.quad 0x404b5d0325c53326, 0x7ff0000000000000
	.quad 0xdcfb1e58531ea2fe, 0xa66faab95a7fffff
	.quad 0x9f5732acefd5f9fb, 0xc016000000000000
	.quad 0x5ff7b1174aeb7c00, 0xffc00000ffc00000
	.quad 0xffa7c411e5ff5593, 0x3fa881709b26e0b0
	.quad 0x8fe630bfe1a17cda, 0x9786a3b034f3ba91
	.quad 0x7249bfe2e5f48200, 0x404ceb95258539eb
	.quad 0x8b48c253acdc7400, 0x0000000000000000
seed34:
	.quad 0x66986318b17b6f1d
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffeb1
	.quad 0xfffffffffffffe71
	.quad 0x00079f03d8fb2d11
	.quad 0x34f5dec48f1b41f4
	.quad 0x7fffffffffffffff
	.quad 0xef1c5a8706bcd8e0
	.quad 0x3c3b3e13747ba511
	.quad 0xffffffffffb73394
	.quad 0xfffffffffffffe80
	.quad 0x14cc18416664dcf5
	.quad 0xb6c367c8031e2366
	.quad 0x7eb0cacfce2c828d
	.quad 0x000001803c8cb1a6
	.quad 0x00000008d98dee38
	.quad 0x00800000
	.quad 0x30000000
	.quad 0xfffa2cd5581b6d83, 0x1d73d039de20fd62
	.quad 0xc37ec6e50b5c9522, 0xede8c31be522441d
	.quad 0x2b16cd49e78f7c04, 0xee6e14c9dbc23600
	.quad 0x7c75ba9247ffffff, 0x00000001ff2b5eff
	.quad 0xffe56e1bf46b8343, 0xd876a8ce7fa7ffdd
	.quad 0xd74a080c798a8338, 0x8000000000000000
	.quad 0xb9371b2f1dfbb4f7, 0xd35bf213ffa37eef
	.quad 0xc008000040000000, 0xff8f0de8ff0f5ff8
	.quad 0x0000000041080000, 0xba5777594dc49291
	.quad 0x7837899ec7f6ca91, 0xff944dd800000000
	.quad 0x6eb962e3ffed70d5, 0x91a999d20958c8d9
	.quad 0x7fff400460ddcf3b, 0x587d52ecb3ffcbca
	.quad 0xc7a50000ffebee9f, 0xca91ff3e55ca3f46
	.quad 0xee8dc3d571cd55c4, 0x00000000817fffff
	.quad 0xdf00000138031984, 0x3fa8cbd0bf1eeec7
	.quad 0x000000003ec07489, 0x1ea178387820bbb8
	.quad 0x3f79206759f2c172, 0xda7fffff7f8988fa
	.quad 0x6f7ac1df0b5dd67a, 0xfe401338ab9cb308
	.quad 0x558000003e567f0f, 0xc2800000ffbc8acc
	.quad 0x901d04de7f800000, 0xece831223c297a4d
	.quad 0x3ffadfde293d9a67, 0xffefffffffffffff
	.quad 0x801e0ffccc2f4981, 0xc8300000dffffffe
	.quad 0x70e044f38da37f4c, 0xc19e6bed8a8cfe00
	.quad 0xc549f4f27bf10800, 0x00bbd92b51522ac5
	.quad 0xf807944cbccb8215, 0x000471f3f4171548
	.quad 0x3f801eb78604300f, 0x1d90115a42fbc959
	.quad 0x8000000000000000, 0x8b73850d2be75417
	.quad 0x1d2f177cc4d7b9f0, 0x40ae800000000000
	.quad 0x400a000000000000, 0xfee6f33705fbd42d
	.quad 0xcfd35f78bb970000, 0x0014835dbfda2932
	.quad 0xff800000ffa5a896, 0x7faf3025c1875de4
	.quad 0x7fc00000ffa6334c, 0x8000000000000000
seed35:
	.quad 0x00000007262dbd07
	.quad 0xffffffffffffffc7
	.quad 0x0000000000000025
	.quad 0x33aa3d019038f80d
	.quad 0x42f2f95ee466b5b0
	.quad 0x99c3a2d51f8f381c
	.quad 0x00000000000000f1
	.quad 0x8000000000000000
	.quad 0x00001e52c70ea64d
	.quad 0xffffffffffffffff
	.quad 0x00000000000001cd
	.quad 0x1ee40351e18947a4
	.quad 0xf6b2253c9dd87fef
	.quad 0x0000000001a880d1
	.quad 0x14a2231c18859644
	.quad 0xf7f9e48b6ecca6c5
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0x37a4908f8ecdf2b3, 0x817fffff7f800000
	.quad 0xda00000180ffffff, 0xcbc1458f7581faef
	.quad 0x62569b9fff7ff7f2, 0xc06ed5ed186a4ded
	.quad 0xc00beb443d558000, 0xfe5b927b6504f058
	.quad 0x0010000000000000, 0x800000008089b88a
	.quad 0x800fffffffffffff, 0x02f0d7e21d13e521
	.quad 0xaee4d5cf6034fc00, 0x401c589a45c55469
	.quad 0xf578d33741d2cac4, 0x79da334d0173c6aa
	.quad 0x67967b1d91f185a0, 0xfeffaf7d4d48daee
	.quad 0x431d90ec01000000, 0x477a0000ff000000
	.quad 0x7f00000040700000, 0x7ffa04f602b211d2
	.quad 0x42b38b78ffd98000, 0xed1ea1026ef55343
	.quad 0x7ff13ca9ff800000, 0xbf9f7eb072644bcd
	.quad 0xff00000080000001, 0xc005ef37fc456489
	.quad 0x7e8c8a957f800000, 0x11fe23d079bec261
	.quad 0x17aa5b8cae0b30d9, 0x324efa8d17769ff7
	.quad 0xbf99ca5016c24b7d, 0xf20f5b5f3ff85db0
	.quad 0x4e5c291ac20088a7, 0x394bdf1effffff65
	.quad 0x3f13000000000000, 0xffa143d742adfa72
	.quad 0xff498e747532fef5, 0x75957144ff8deeea
	.quad 0x41e0000000000000, 0xc35aa3780f0dc369
	.quad 0xfff6ef936c521cf1, 0x3c289b2d85ca4668
	.quad 0xffe6a5087c43e6c5, 0x3f000000cf49f154
	.quad 0x7fc00000c89a29f6, 0x43e25e022aa1f1c8
	.quad 0xdf0f288791a1a65e, 0xc02c000000000000
	.quad 0x3fff73252ed28b15, 0x3ef0000000000000
	.quad 0x80389e84f0751290, 0x86a2ef9be1440390
	.quad 0x806814cfc2bec730, 0x12aa4a8208948819
	.quad 0xeab61823ffffcebf, 0x3f5a000000000000
	.quad 0xfff65119b86bcfb9, 0xffc1f404001cb677
	.quad 0x7f800000c06c80c0, 0x8682cb685eb7fbcd
	.quad 0x3bc76bdaffb92f70, 0x80ffffffc11c0000
seed36:
	.quad 0x000000004825a986
	.quad 0x00000000000003b8
	.quad 0xffffffffffdae7b7
	.quad 0x0000000001f06bea
	.quad 0xffffffffe15aaa5a
	.quad 0x228edc7dfa596837
	.quad 0x0000000080000000
	.quad 0x13b198f70ae45557
	.quad 0x2106ee57c8806fa5
	.quad 0x000000000000021f
	.quad 0x0000003381b15a6d
	.quad 0x6caa265e54c22b40
	.quad 0x000000000000026f
	.quad 0xffffffffffffffe1
	.quad 0x2426e4e1f5717a09
	.quad 0x0db5b997806c2917
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0x310bee1cdf7904e2, 0xc09800007ef06006
	.quad 0xf6107f2f20b2dfca, 0xb6ac000040000000
	.quad 0x7f97363a000ef633, 0xee13644c292a9c0b
	.quad 0xf3bf8b8c80000000, 0x38a900007fc00000
	.quad 0x3a21dfcd869fc31d, 0x7fe4674d3ca746c3
	.quad 0xc0c7bcc780000000, 0x7ff906a03f45c6be
	.quad 0xc02dfe77c9e44999, 0x82ec713bffc38000
	.quad 0x28be5b50ffcfdfdd, 0x3fd68579aff4cff7
	.quad 0x80200a8aa4d5f42b, 0x89c00a8000000001
	.quad 0xb8d375ad0ba4f037, 0xbfa0817e213c074c
	.quad 0x1425cb2ae78d8801, 0x3d0ca8706ddb5f7d
	.quad 0x499066bda1148f59, 0xfff0000000000000
	.quad 0x7e9319df0c2c7510, 0xbb7000007f9399ac
	.quad 0x40effffffffffffe, 0x190d23d5c2d7d7c9
	.quad 0x000fffffffffffff, 0x9d52aa1afffff1ff
	.quad 0x115ad87b211505bf, 0x59ac1dffc6675c33
	.quad 0x80f6e970de24920d, 0xc0f0c1b0dc3bc097
	.quad 0xff9f91a100000000, 0xbf977df3e7750fc3
	.quad 0xd9f9da9ccbdf78ee, 0x79b65f1f41c69b83
	.quad 0x4021000000000000, 0xffe0000000000000
	.quad 0x86833a56cacb4367, 0xff80000040a98858
	.quad 0x4001000000000000, 0x7ee8501b6b44a9ce
	.quad 0x405e5aebe12f54a9, 0x7a2b50e73e7efff6
	.quad 0x97ccc92750e2a756, 0x7ff2499278f74d47
	.quad 0x357829339e7eafc7, 0x7a3fc0319fbfbbfb
	.quad 0x7f22b44e85fedb38, 0x4ea7b28730cdfcbb
	.quad 0x816a1b33c21978a3, 0x400f000000000000
	.quad 0x1676a0a806930e00, 0x8010000000000000
	.quad 0x3f8634a7653b5372, 0x158ad596015c847f
	.quad 0x47135be67fc00000, 0xcb75b2a284eb807b
	.quad 0x8ca7b99181000000, 0xc1fffffffffffffe
	.quad 0xbe6806247b08cba4, 0xc830dff2bb801f9c
seed37:
	.quad 0x7fffffffffffffff
	.quad 0x000fbe5705299f78
	.quad 0x00007a9ddb4d10b8
	.quad 0x7966bc5cfb55243a
	.quad 0xfffffffffffffddc
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc95
	.quad 0x0000000080000000
	.quad 0x00000000003906fa
	.quad 0xfffda3363bdbe5b7
	.quad 0xffcc1da3f3e1adfd
	.quad 0x16d83ff0c7f9bfca
	.quad 0x0000000000000346
	.quad 0x6f17602044486051
	.quad 0xfffff5d2f8bb72ea
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x6865c627b58a1632, 0xf25fe695dd607c27
	.quad 0x2cf0a8cfcff3efbc, 0x3374c2adbf7b1751
	.quad 0xbfc099b07fc5c0ae, 0x28d677195dfeffaf
	.quad 0x36ced572f0befde0, 0x807fffffff800000
	.quad 0x7fdfc7759c421e14, 0xc00a000000000000
	.quad 0xf2bb3b5d81a1916f, 0x80000000c0ad8773
	.quad 0x3b19c184468a5a0e, 0x714ef7667ff0a798
	.quad 0x70c90420a7cb3889, 0xfd24e9fd1f767bff
	.quad 0x6da5e05e2e5c47f0, 0xe43f7f98a0fc9967
	.quad 0x77349294df6a3b43, 0xffc0000040e80000
	.quad 0x4d9f0e57cd0f8200, 0x0235dc5244d8f823
	.quad 0xfff1e382d7b0d9c4, 0xb9918000c1ec3f54
	.quad 0x557f5b62cd8b8b08, 0x6e14e5ca1bb949b2
	.quad 0x800f1000c163b91e, 0x25cb4261efc0c971
	.quad 0xe20e25c736e0c21d, 0x42732d84ffaf73d9
	.quad 0x7f9afb2a7f800000, 0x26cb43e9b4357dc0
	.quad 0x8000000000000001, 0x7ff0000000000000
	.quad 0xfeedb6f67f800000, 0xf05d3e3883637c00
	.quad 0x40781516c1bf2aec, 0x1a8365e43ff67c00
	.quad 0x6fdc5856c3ececef, 0xce6b78e5f37f7f9a
	.quad 0xf1d2081d78067588, 0xb6759bc77ab47897
	.quad 0x0000000000000000, 0x265c6e14fb5c0b6d
	.quad 0x1498e056c1ff87fd, 0x866d67fb00f9f403
	.quad 0x3286d4974a1acde5, 0x8005d347b1639879
	.quad 0x4b588da2d2b37bdc, 0x7023fc25c39e1bd3
	.quad 0xff2eeda52145c660, 0xbec000003fe00000
	.quad 0x7e3206dac79b5ca4, 0xa36e0a315d7afeb7
	.quad 0xd21d485de254b8b0, 0x7ff0000000000000
	.quad 0x802c5e4772d0ecc2, 0xa349c6033b859b98
	.quad 0xf808e266c05b97f8, 0xfdbf28f51822abef
	.quad 0x8ed4de3aff7b9ba9, 0x0570c6bcf9f10843
	.quad 0x9383e5cf74d7bbe1, 0x8000000071cc3a58
seed38:
	.quad 0x4ede3f32514915a9
	.quad 0x0000000000000149
	.quad 0xfffffffffffffd97
	.quad 0xfffffffffffffd1b
	.quad 0x0000000000000017
	.quad 0xffffffffffb2adc7
	.quad 0x0000000000000e1d
	.quad 0xfffffffffffffd97
	.quad 0xfffffbc48ee62eaa
	.quad 0x00000000000138e7
	.quad 0x4ed8eb6f8618fbf0
	.quad 0x7fffffffffffffff
	.quad 0x00000000000003cf
	.quad 0x0000000000009637
	.quad 0x3cbc7d5cbf641f7e
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x5615c327a4e6bc00, 0x0102b05f7844f635
	.quad 0x1d4aa0e233e9bf4b, 0x9fb765e0bff441fc
	.quad 0xf74e75135d1dd725, 0x390800007f800000
	.quad 0x6ca2a9d11f499451, 0xcf00a6107ff37ffa
	.quad 0xbd57df9e00000001, 0x14239898a96e7f5f
	.quad 0x0080048540700000, 0x7c04725ca02b0c6d
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0x6377ca74fff3fb7f, 0x9b6aa14affc00000
	.quad 0x802265376b8aefa3, 0xfff29d0df398638a
	.quad 0x365cde115e9a7982, 0xbf8ddc175e185e95
	.quad 0xfb2d9699f4e379b8, 0xffa89ea2277f2d55
	.quad 0x00400000ff8a20b8, 0x88398cea7f800000
	.quad 0x7eda56eb25ed1c67, 0xbfc6e222523beeab
	.quad 0x7fa238a37f800000, 0x038a0ced1831d3b7
	.quad 0xfff0000000000000, 0x7fd6ad9dc1982e8a
	.quad 0xfff8000000000000, 0x401f000000000000
	.quad 0xe6e2187f7c8a192c, 0xc34699537fc00000
	.quad 0xc0bc0000bc1deb78, 0x1a89747366024127
	.quad 0xc0d491cc00000000, 0x0000000000000001
	.quad 0xc1e33c8bc0f00000, 0xbf9a8abb7c9eed0f
	.quad 0xf4d282f685613536, 0x0ada72cbc56c4300
	.quad 0x8be29e927fccf9d3, 0x751b6de7c9658400
	.quad 0x647a45a13fdf7e1f, 0xc3aa00007fb34c40
	.quad 0x0409c02583c3faa4, 0x735341ffb327233e
	.quad 0x33a4c477ffc7fc86, 0x4aa4089ee9ef7dfb
	.quad 0x43e66eb6ffb5ff62, 0x178d9be9a4cbd88d
	.quad 0x880638198edccb18, 0x8000000000000000
	.quad 0xec481c42d67f0001, 0xbfd59a855ea1ccc2
	.quad 0xcc184b9b3ad5d6f8, 0xc06f558e719a51eb
	.quad 0x3b8600002a4e28e9, 0x63628810771b9f88
	.quad 0x3a900000c1000000, 0x09152ee3ffbb55eb
	.quad 0x63cc117de1fd7547, 0x8dcba7f343a82acc
seed39:
	.quad 0xfffffffffffffff3
	.quad 0x0001ec8d54f3764a
	.quad 0xffffffb06ef2b84c
	.quad 0x0000000000000184
	.quad 0x53b34d1714d7d15a
	.quad 0x00000000076832df
	.quad 0x00000000000000f2
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0x15c6f393b14def49
	.quad 0x00000026c29f79bf
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xffdf49097fb88367
	.quad 0x01000000
	.quad 0x60000000
	.quad 0xffd0000000000000, 0x9cca03dc7fbeffcf
	.quad 0x404000008001af3a, 0x257ddb08397dbc00
	.quad 0x3da686916f3275d4, 0x07a5c5bbb00cb481
	.quad 0x5f2cc7e1bd8508cc, 0xe3ff72602c1a7868
	.quad 0x80a7219d80000001, 0x000eba293693dd34
	.quad 0x4dc7f698d3ca25c4, 0xc29c7a39fffafefd
	.quad 0xfdcb794c3efdfe75, 0x3c44e15affc00000
	.quad 0xfff42d7984fc2083, 0x31f33d8b73364d80
	.quad 0xf62acfde02a6c0c7, 0x7ff156742cfa3fdc
	.quad 0x4ee9a834bf34f4fd, 0x44c9ae4810b07c00
	.quad 0x4aa54df875a649f4, 0xffa6f5c23f900000
	.quad 0x7d8cc0f298584f02, 0xc06ca9263fffca9f
	.quad 0x4c9ae74eb6c3317c, 0x7fa04a4fbdc272c1
	.quad 0x41efffffffffffff, 0x4175277cc11c0000
	.quad 0x7287dce8fff58000, 0x62160af97fa78e00
	.quad 0xc8cb3682d5907c00, 0xfa6153b8919c7c00
	.quad 0x6d3b0d672c59ed0f, 0x72abe2b13e800000
	.quad 0xc23c155e80000000, 0x3f7c000078001f94
	.quad 0xc3fa9b5100000000, 0x517495d0db92fff7
	.quad 0xfff0000000000000, 0x31427c39fdfa3e6c
	.quad 0x0000000000000000, 0xb60a000044480000
	.quad 0x410fffffffffffff, 0xb36c22d2b494c780
	.quad 0xee51f5c482c09059, 0x7ff8000000000000
	.quad 0x801fffffffffffff, 0x4795e590e67c5b67
	.quad 0xfff7c3dd41a7fdb8, 0x0008000000000000
	.quad 0x7ff8000000000000, 0x1afeb201c7e4cac0
	.quad 0xfd93d3d8ad27cf32, 0xf524070d7ff57b61
	.quad 0x80093564b301dd71, 0x3cbf25b622eef8ba
	.quad 0x375f5de3bedffeed, 0x3e7e323480400000
	.quad 0x7ffd9804390b2fa3, 0x4010000000000000
	.quad 0x8000000000000000, 0x097b08226ffafcdb
	.quad 0x800000005a7ffffe, 0x3cb3516c5beaffbe
seed40:
	.quad 0x0060a61ce702bd23
	.quad 0x25c37898539cbbb8
	.quad 0x0000000000000000
	.quad 0xfffffffde85de425
	.quad 0xfffffffffffffd06
	.quad 0x7b2db9e5ee25f455
	.quad 0x0020000000000001
	.quad 0xd8a5955723f4bfcc
	.quad 0xffffffffffffffff
	.quad 0x002fc3c1a6779b32
	.quad 0x011769d01c046de7
	.quad 0x000089316b4fba4e
	.quad 0xf8b4f80d55072140
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x0000000000008a11
	.quad 0x03400000
	.quad 0x80000000
	.quad 0xffb0c2e673cae3df, 0xffc00000ff97b6b1
	.quad 0x7fe463d1f97344d7, 0x59b938f776ddff85
	.quad 0xbf73620b5d37ee4d, 0xf326349a7ffe905b
	.quad 0xc30f53a87ff2c18b, 0x7ff0000000000000
	.quad 0x59fffffe806e6abf, 0x119833854d4f5419
	.quad 0x8000000035c00000, 0x99cdbbb5cf4f91c0
	.quad 0x032945b5f47c75de, 0xffd976e1881a078a
	.quad 0xc10dc00000000000, 0xfff0000000000000
	.quad 0xdd04980300e1eaa9, 0xf915d8b161b724d1
	.quad 0x6df3ac7bb9639afd, 0xb42b872bfce8ffdf
	.quad 0xfd1deb409c7c83fd, 0x7f800000437711a3
	.quad 0xff800000c01ffa3e, 0x7f964d5200000000
	.quad 0xbdba56acff800000, 0x4fc19ceaa2a67bff
	.quad 0x0bff9a7efffbf7d8, 0xbfe8000000000000
	.quad 0xbfb614a0a23eb960, 0x801b98cb83ed5c11
	.quad 0x6b490209be435af2, 0x820a93ee2d7aa668
	.quad 0xff800000d9fffffe, 0xe6e3905dc70109d7
	.quad 0x8000000000000000, 0x7fb9ca6189841788
	.quad 0xf915c37efffe7f7f, 0xd177cbf2f9efd7c3
	.quad 0xffb8a369c17e0818, 0xed84b78139c00000
	.quad 0xcb758a3be53d533e, 0xfeffffffc2074b70
	.quad 0x991c821f3e3ba25c, 0x8e21b019181afc22
	.quad 0x000b52d73d631f7d, 0xc734351387017c00
	.quad 0xc29eee07ffdeb16a, 0xbf881722bfefdedf
	.quad 0x01000000ffea94aa, 0xbe0180a57f5bfac7
	.quad 0x2f609bf2c31d4dbe, 0x0a70323950c63e6d
	.quad 0x9430b008fff7032c, 0xff9676e580000000
	.quad 0x40d19539ff800000, 0xa1ec6c33a837edbf
	.quad 0x0051817e80000000, 0x5356b05d622dcba3
	.quad 0x7e80000040700000, 0xc17521653356d7fb
	.quad 0x80397c857fa337d7, 0x8000000017e26154
	.quad 0xbec1c00000000000, 0xda07442e101a7900
seed41:
	.quad 0x0000000000000266
	.quad 0x0000000000003512
	.quad 0x0000000100000000
	.quad 0x0000000000000055
	.quad 0xffffee70d31d0f4b
	.quad 0xfb8047cedf56d0bf
	.quad 0xfffff9058952aeae
	.quad 0x94423a8779fae508
	.quad 0x2cab35caf7bcc411
	.quad 0x00000000861ba8df
	.quad 0xb05aaed79f12177f
	.quad 0xdd2ac2a0d1aae82d
	.quad 0xffffffffffffffed
	.quad 0xfffffffffffffcae
	.quad 0x00000000ffffffff
	.quad 0x7decff352224e14f
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x83b127617bffffff, 0xc7c01be6720a4b9e
	.quad 0xc3ffb820a10a473a, 0x7dc945ad419ed411
	.quad 0x3d25c01961b0fcf2, 0xd04c575bfffbafdf
	.quad 0xff87d47bff892d42, 0xfff0000000000000
	.quad 0x4059000000000000, 0x3634be820cf09c3f
	.quad 0xf3a40b8400000000, 0xbb8ce045ff800000
	.quad 0xbf8fb9ba878c317c, 0xafa1bcb7e6d7aabf
	.quad 0x4024400000000000, 0x7ff8000000000000
	.quad 0x000000013d16f89d, 0x7ff1ae0e7d7474e5
	.quad 0xbfca014242a6240b, 0xbf69aefa7f98e4ad
	.quad 0x19db61e369effc16, 0xbc50d76480000001
	.quad 0xc1efe217cb50b5d5, 0xc98e7ca77ba90600
	.quad 0x017641f77f800000, 0x7ff290b2b1f3081a
	.quad 0xe13f8aa6f87bfe5d, 0x66933fb106bab45a
	.quad 0xfe9e6d73bbf27c00, 0x54d2ebdad56c7bff
	.quad 0x7e4d10f58009d852, 0x7f6d7efc6fa15637
	.quad 0x7f94b254bcbbbe4b, 0x94f03a007f85a78c
	.quad 0x890e43d0febf7e59, 0x3effcea4866c7b2f
	.quad 0x4f4a7be3dc02949a, 0x7ff2a756f217cbcd
	.quad 0x81368bd3ff821c76, 0x014b1515ff800000
	.quad 0x83465158d2e2ce0f, 0x03cb1597e309f646
	.quad 0x371e1fc8c587ca3a, 0x88f0a31177fb5bcf
	.quad 0xbfcbe77d03017015, 0x411d07b3007e3da2
	.quad 0x95a6cd4577217deb, 0x5ac9f79c1e9f8000
	.quad 0xffd28104ffc00000, 0x0e42d479bf7edfef
	.quad 0xd8343b90f4772b1e, 0x010574ef00000000
	.quad 0x0483c5845cc7ffd7, 0x5a000000f69a287e
	.quad 0x80000000be1ba97f, 0x471e4cf294759324
	.quad 0xbf841a0222d217de, 0x506ff791739f7fff
	.quad 0x002fffffffffffff, 0xf47a8f5241a929e1
	.quad 0x6f3034df7bfb9bff, 0xfff117d771ee8ec5
	.quad 0xffefffffffffffff, 0xbff7ddf75dc95a99
seed42:
	.quad 0x0000000000395b62
	.quad 0x0000000100000000
	.quad 0x5c534ef7fa879f1e
	.quad 0xf3df480a2265d459
	.quad 0xffffff6fc57fffaa
	.quad 0x000000002039d00e
	.quad 0xfff85e2122caf8f7
	.quad 0x681b31c713fc1e16
	.quad 0xfffffcc572723711
	.quad 0x0000000000000059
	.quad 0xf7da697597d15524
	.quad 0xfffffffffffffecf
	.quad 0xffffffffffffffff
	.quad 0x9976756d51ada03d
	.quad 0xffffffff80000000
	.quad 0xe554ecee77f3300d
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0x00043d92debf6e09, 0x024657d27bf24eac
	.quad 0xc3f0f69f878dced2, 0xfdd07b11f8a14b22
	.quad 0xedca276fa9065d51, 0x11579673e87f6afd
	.quad 0x8000000000000000, 0x786afd8e80000000
	.quad 0xc076800000000000, 0xf37b3134c1040000
	.quad 0x401a000000000000, 0x002e749b7f800000
	.quad 0xa7066e97abf0c440, 0x7fff561e37094b0c
	.quad 0x80000000c0a80000, 0x39561bf6545e9f46
	.quad 0x4c4b84d1c9f3cfc0, 0x24ddb59ab8f80000
	.quad 0x59800000be800000, 0xbcf0962f50455a75
	.quad 0x7feebe3cf0626b4c, 0x8aef52d682f8366f
	.quad 0x3d298000c12db430, 0x13686c81ff7ffcdf
	.quad 0x5ffffffe40800000, 0x00000000bd5b9371
	.quad 0x7ff0000000000000, 0x75e9445200000000
	.quad 0x7fceea5949410000, 0x4038000014991a10
	.quad 0x3d13d79542821f4f, 0x5fded4e609a2f892
	.quad 0xbfbb76679f49b029, 0xc00fffffffffffff
	.quad 0x7fe348327f000000, 0xae735138433d7d2d
	.quad 0xc3f0304980000000, 0xbde241c1977bae3a
	.quad 0x7f8a583581497e0d, 0xc020000000000000
	.quad 0x32724febd3c57de9, 0xb0725b84847fffff
	.quad 0xf39a0572bfff5999, 0x000040fc3091eec9
	.quad 0xf4fde667d7898f2c, 0x5f7ffffec0eb19fa
	.quad 0x38061094c3dffe7d, 0xbfdd9527e7e0eaa0
	.quad 0x968c082d1f88ca1a, 0xe77ae0825af7ef73
	.quad 0x805cd73f7e800000, 0x800fffffffffffff
	.quad 0x57153441606d55ef, 0xbfe0f7ae1744d044
	.quad 0x51bad6ffcd81bb70, 0x7da9d0dd7c1e2e2b
	.quad 0xa7265c49d34c0001, 0x3ffffffffffffffe
	.quad 0x5b5f50b23b9d44fd, 0x3ff4000000000000
	.quad 0xfff1c744e335764a, 0xc11800007f800000
	.quad 0x729261195741895b, 0x13e9708a2a757e00
seed43:
	.quad 0x6474e6a3b1177064
	.quad 0x000000007fffffff
	.quad 0x90eeb3a905e37ed4
	.quad 0xfffffffffffffe65
	.quad 0x000000000000017e
	.quad 0x000000003fa96a25
	.quad 0x4ded99e56c113f1e
	.quad 0xfffffffffffe7e51
	.quad 0xd188b8d55476e1f8
	.quad 0x00000000003b5515
	.quad 0x95e27dc93809cfa9
	.quad 0xfffffffffffffcef
	.quad 0xffffffffffffffb5
	.quad 0x00000000000000a8
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x33115185bdd5ee58, 0xc283b3a78054f1bd
	.quad 0x0f4622e137df0290, 0x4454cae63f1fbbfe
	.quad 0xdc5f4b80ff55ffcf, 0x00000000c624ca63
	.quad 0x59ffffffbf209096, 0x5f8000003d66b53f
	.quad 0xff6566451968d789, 0x006bcfbd17ca53a4
	.quad 0xc1d5e502c80bed88, 0xd9f6b6cc042ac7ee
	.quad 0xbf800000bfc0b622, 0xff8f8bdf99d1b8d9
	.quad 0x3d0000000043436f, 0x400ec0ba1ac67ef9
	.quad 0xc225631380428212, 0x405000005a000000
	.quad 0x4019c99881ce1743, 0x9261d3e0718c4224
	.quad 0x800387a380dbe15a, 0x3d80000000000000
	.quad 0xbdf8d64d99655268, 0xdfd3af9b1060c2e0
	.quad 0x007fffffbe41fcb5, 0x2ee645b2faf88bdf
	.quad 0x000e0dcda2bd77e7, 0xbc1a1ac9ffbddeff
	.quad 0xbf71ebc200f52e46, 0xbfd48db80726bc91
	.quad 0x3f59c00000000000, 0xc1220000ff800000
	.quad 0xae21a7048a7a576c, 0xff85ccf57e21d98b
	.quad 0xd2c119db7f800000, 0x5397166ffde8c8a2
	.quad 0xd5a81d6cdbdd7eff, 0x8019ecc2759371ee
	.quad 0x7f9c8094c18cc195, 0x799111baff8a0bff
	.quad 0xb8d95338df1b6e38, 0x4020000000000000
	.quad 0xac0fd1cdbb7eff1d, 0x7ff8000000000000
	.quad 0xbfca1d5474cfa720, 0x7fdff85bf9e7f1f4
	.quad 0xfff0000000000000, 0x41f9189aee24f5cf
	.quad 0x407b785dcfa9d3af, 0x31ccf897d667c5c0
	.quad 0x580bbfa596298174, 0x7f80000080000000
	.quad 0xb3b62deacf7ba6ed, 0xa1974866aa6e7806
	.quad 0xc0e5074ecf1f906d, 0x000000003ebfef7f
	.quad 0xfffc1f755155231e, 0xbffffffffffffffe
	.quad 0x7fdb6f13d2f396cd, 0x7fc00000ffc00000
	.quad 0xdd9eade35024c100, 0xff6f5ed8adc48c7c
	.quad 0xff80000000000000, 0xbd7d89568027ac5b
seed44:
	.quad 0xee5993b02d324463
	.quad 0xfee38e6c5498707a
	.quad 0x000004e7c18d5bf5
	.quad 0x8000000000000000
	.quad 0xfffffffffffe6c64
	.quad 0x00005780b797d32d
	.quad 0xfffffffffffffcb4
	.quad 0xfffffffef4d25667
	.quad 0xccc94fec550444cf
	.quad 0x00000000ffffffff
	.quad 0xa7a6ba473b00bb4d
	.quad 0x10e01b202b171b05
	.quad 0x00000000000002b8
	.quad 0xfffffffff7b12a24
	.quad 0x000000000000003c
	.quad 0xfffffffd6b91d652
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x379c92ffd1f7a377, 0x9a95ee8dbb7fffff
	.quad 0xfff0000000000000, 0xcaa43aeac9fd0f44
	.quad 0xd9800000bd3a4253, 0x83a4e4d2c2b24c68
	.quad 0xfff0000000000000, 0xff94573b7ff19ca9
	.quad 0x801cabf1bff4a88f, 0x3fc3e00000000000
	.quad 0x09c144b544f40000, 0xbfca47f2dde3ad2a
	.quad 0x40fffffffffffffe, 0x692fc45fd5658bff
	.quad 0xbf86d6ed6df91593, 0x7ff98f6bae182142
	.quad 0xb4471ae89cdffe8e, 0x336e07fb7a0b7969
	.quad 0x6de4679f1692855a, 0x5f2f94938965c140
	.quad 0x130ad33dc163b407, 0xffc41096d92a9e82
	.quad 0xc0600000c167f253, 0xc13f09aba9ba0c9e
	.quad 0x5fcfc338d7eada12, 0x1b2fac46da5ffc4a
	.quad 0x3c42874200000000, 0xc3d8cd83c8ec0000
	.quad 0x6ec01e42f7d887ff, 0x7f800000bbfda718
	.quad 0x7f80000049000000, 0xacb25b46ab03c4c0
	.quad 0x80f67648dd377231, 0x74207129e9218000
	.quad 0x0000000000000000, 0xc0effffffffffffe
	.quad 0x0000000000000000, 0x217393f5ff800000
	.quad 0x7f6177978105ffef, 0x53c877a0e2e9fc00
	.quad 0x3a2000003d83197a, 0x8000000000000000
	.quad 0xc0100000bdfbf4c3, 0x436cf631c2cdb2ef
	.quad 0xff0d5e31811f2e68, 0x9c712d8cfff35c00
	.quad 0x0ffa9fa3c2c25fda, 0x0530fdfe8fd76da5
	.quad 0xd9fffffe80000000, 0x239dafbd0e396447
	.quad 0x5f800001d9800000, 0x411000007fb80424
	.quad 0x3ff9ba224408f247, 0x7f5ce6e7d63c9968
	.quad 0xc064ba13b48d97dd, 0xff800000ff800000
	.quad 0x6a1363327fd1a541, 0x56e39a615b228b00
	.quad 0xf858f1cbc29d518b, 0xe741ae6a0fad90f8
	.quad 0xc07b34eaaef28e0f, 0xffaad8b3c7d00000
	.quad 0x7fe0000000000000, 0xa050f169a7f54760
seed45:
	.quad 0x00000000000003b5
	.quad 0xe30658b6a02ff2a5
	.quad 0x00000a67a17cc02b
	.quad 0x00000000000003da
	.quad 0x0c1a38081a0413ac
	.quad 0xfff66c6a3cb7b6c0
	.quad 0x4482b5ca64b3fb90
	.quad 0xfffffffffffffffd
	.quad 0xfffffff9d02ef92d
	.quad 0x349f2649db481768
	.quad 0xfffffffffffffe1b
	.quad 0x00000214475471ba
	.quad 0x1e088cc6264be130
	.quad 0x0020000000000001
	.quad 0xfffffffffffffdb1
	.quad 0x06cfebe2e2480894
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0xbe2f5d578037397a, 0xfff5a0b9ac5d85ec
	.quad 0x6926eeaae21efdfb, 0xd25a6350ffbadfd7
	.quad 0xff800000ff800000, 0x8000000000000000
	.quad 0x09de9f6e272958c0, 0x8003440691f28765
	.quad 0x3fda4fa94d27776d, 0x80222ba71cb96d9c
	.quad 0xeddee7471d7d9c00, 0x00000001c2d2aedf
	.quad 0x7f800000424f7720, 0xf1621b2afffce7ef
	.quad 0x4f00000080800000, 0x00033af12bb75b01
	.quad 0x6530d670b62e7922, 0x9cee87515184320e
	.quad 0x18b26ae7116a03ab, 0xc0500000ff800000
	.quad 0xc008e3b8839b3c08, 0x054b2d2dda77c7eb
	.quad 0x1daf4234ebbfffff, 0x8000000000000000
	.quad 0xc3400000fe800000, 0x8000000000000000
	.quad 0x00ffffff7fa5c995, 0xd6ce892632785c89
	.quad 0x42e5d3f33dfc5f57, 0x98776b1b31ce82fe
	.quad 0x0f961744f77ffffe, 0x0000000000000000
	.quad 0xc1e84c55ff800000, 0xff800000be760000
	.quad 0xffff99483cc345f8, 0xc24393c55be4c380
	.quad 0xbf7e1f249c277821, 0xa9bfdd3f417e8000
	.quad 0x8000000000000001, 0x6092b2998bedf800
	.quad 0xba9164b62e6f8000, 0x98506009c6e82cbd
	.quad 0xbff0000000000000, 0xb21c3e4dd19f7d12
	.quad 0xc28195da82e87c8f, 0xff800000c0821378
	.quad 0x805de42445eb068d, 0x7d877fd9fd6ffbed
	.quad 0x1a8f0d5f1fa39f9f, 0x7faa35dd00000000
	.quad 0x501947cfb161f801, 0x4bbe3a7fdc0c6bb0
	.quad 0xc330000000000000, 0xbffffffe7fc00000
	.quad 0xba20000080000000, 0x309644f443f055e0
	.quad 0x0000000039a8ed9f, 0x11bc83f0fa7fffff
	.quad 0x8729d3a1378c7e6e, 0xc0e0c00000000000
	.quad 0xe0cfd00c1bc31f05, 0x7db1824050e6ff6e
	.quad 0x0069a90bffc00000, 0x1f220220dffc20a3
seed46:
	.quad 0xffcdd10c29545d54
	.quad 0xd69d23ff7474a95e
	.quad 0xffffffffffffffd3
	.quad 0x00359220644503e9
	.quad 0x0000000000000000
	.quad 0x0000000000000030
	.quad 0x0000000000000b4a
	.quad 0x2c061e33dfeb5bbb
	.quad 0x00000000000002e9
	.quad 0x0000000000000071
	.quad 0x0020000000000001
	.quad 0xfffffffff91e24ae
	.quad 0xfffffffffffffdef
	.quad 0x0020000000000001
	.quad 0x46f5f16bd79bbfe4
	.quad 0x0020000000000001
	.quad 0x04c00000
	.quad 0x10000000
	.quad 0xc1f133a7ffbffd72, 0x3ba5d9976cae89cb
	.quad 0x4005dd6598cb27d7, 0x5bc67e95d974975b
	.quad 0x00212c5cf03e5dcd, 0x5957a01bb9feb5cf
	.quad 0x0008000000000000, 0xff80000041dfa336
	.quad 0xbe000000009d0cae, 0x6c3ef0c75c6b34c0
	.quad 0xc014187948920000, 0x7f885254ffa4c692
	.quad 0x7ffd21d25b5599fa, 0xff2d3ef6b2712ed0
	.quad 0x1e69daf3e1be6996, 0x3ff5897f1e8b9f06
	.quad 0x00000000544f8bff, 0x42c7b47e40309a99
	.quad 0x5d2eca3aaf91a8cf, 0x7ff31690d39c72d3
	.quad 0x42192d4543e5357d, 0xbfd44b990c1eda92
	.quad 0x68189f62c379cdb6, 0x68ede268fa55f9d7
	.quad 0xea768df62c96a580, 0x3fa56cabbd49203d
	.quad 0x7ff0000000000000, 0xecd876d3fcdbfa74
	.quad 0xde0ef903c7930000, 0x3118d840174f294c
	.quad 0x3fa5cc074dc55c98, 0xbed8000000000000
	.quad 0xc1160000becdb83c, 0x477fffffc708ced6
	.quad 0x80000001bc452946, 0x3ec0a00000000000
	.quad 0xded56563ffedff6b, 0x88d56898ecdebd1b
	.quad 0x017fffff00aab258, 0xc0b00000ff800000
	.quad 0x7fefffffffffffff, 0x11d610e17f800000
	.quad 0x801cd123f3b8f611, 0x7ff199dd7f3d3ad0
	.quad 0x0035e2005a7fffff, 0x80000001ffcdef29
	.quad 0x1bc77a04ff8bd25b, 0x5f7fffff80000000
	.quad 0x6f019358f1ffebff, 0x7ff7d51a66b7b897
	.quad 0xf1bc2554ffd1558e, 0xfea801bf7ab22854
	.quad 0xc0a43641fff7fac7, 0xbe2e4565ddafff8e
	.quad 0x71b0727cc37f7ddf, 0x7b240944dbfefebd
	.quad 0x74363c18f7feeeed, 0x7532f388c9f30200
	.quad 0xec3aadaf32dd9842, 0xc13e49f9806b464b
	.quad 0xd8fc742f26f6bb79, 0xc051aff27f0a1ddc
	.quad 0xfff73639557aef1e, 0x7ff0000000000000
seed47:
	.quad 0xbaacea2d562859fb
	.quad 0x00000000008a83ba
	.quad 0x000016c1c1de194e
	.quad 0x0000000000000000
	.quad 0x7292cf41c1d8e639
	.quad 0x4b77d76844bb323d
	.quad 0x4620120014222e15
	.quad 0x0000000007848a30
	.quad 0x8db92a4e422f7ccf
	.quad 0xf8f8e769419ed0b8
	.quad 0xfd5e22457ba430d6
	.quad 0x00000000ffffffff
	.quad 0xe1838af407e02d7e
	.quad 0x06611b7d577cfb7a
	.quad 0x8ea095ad2c322487
	.quad 0x6e7fc306913dd253
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0xffe6c719ff7fffff, 0x3f8e3d56865452bb
	.quad 0x403b105ae4d3c7cc, 0xc3c9792a40dfc62e
	.quad 0x831830c290e9bfb3, 0x99284bfde21ead16
	.quad 0xad31bc27fd21fc00, 0x72c5c784fc99c161
	.quad 0xa8c418f50a38fd00, 0x006328d67f13da54
	.quad 0xc016800000000000, 0xd52ce81b22397fb0
	.quad 0xfb459b6843ce2443, 0x8239fa5fc1100000
	.quad 0x43b19f16c20f911a, 0x521864b15f7fffff
	.quad 0x83724fc8eb9cfe22, 0x80400000bf6c3433
	.quad 0x7f58c39e41080000, 0xff1e788522aeff83
	.quad 0xdd043f5ae12bc6ff, 0x2148667133bac6e0
	.quad 0xf76da60351c1acfa, 0xcc8af592d57be3fd
	.quad 0x92abd3da7aa46afb, 0xc1100000803eb6fc
	.quad 0xbf47000000000000, 0x40627d2011393421
	.quad 0x2bca3a60d2fbfbe8, 0x04dc75794ffffffe
	.quad 0xbc466832ffbfe3df, 0x001fffffffffffff
	.quad 0xde5eefcff7f48214, 0x000c9c2c8ec48594
	.quad 0x3116b1e76a6cbac9, 0x3bedd6f2097fffff
	.quad 0xee4c876980000000, 0xc00aa1bf48a7c713
	.quad 0x971a78f9bf2ffdf4, 0x96660055dff7f2fd
	.quad 0x7ff23e41e2bae298, 0x757b0b5745118200
	.quad 0xfff49d0fe083e5ad, 0x4764a87d7fe2d3d2
	.quad 0xa13b95afefee7cb6, 0xcb1fdf45dffffff9
	.quad 0xc6800000ff800000, 0x085fa3f7ff9d7f0a
	.quad 0x78ffc84ebed44860, 0xc34fffffffffffff
	.quad 0x030f1b94464f0708, 0x00267dda7f800000
	.quad 0x415e46d50e20009b, 0xd2971142e6efdb4f
	.quad 0xb3d0871ecf000000, 0x800000007f9e5bf5
	.quad 0x7ff4d67c003e32c2, 0xc03fd326b05b26f7
	.quad 0xcf55984e9439a554, 0xffda1540fd177946
	.quad 0xeec502c1fffa4f53, 0x400a000000000000
	.quad 0x8000000000000000, 0x404a3c4c22f582ee
seed48:
	.quad 0xbce13e837baadd3c
	.quad 0xfffffffffffffba4
	.quad 0x0000000000000001
	.quad 0xc3942b28ef0b408f
	.quad 0x0000000000000000
	.quad 0x0000024f12217c42
	.quad 0xae6050d2b94c0788
	.quad 0x00000000000002b0
	.quad 0xffffffffffffff6f
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0x00000000003fea84
	.quad 0x0000000000000265
	.quad 0xffffffffffffb6d3
	.quad 0xfffffffffffcce90
	.quad 0x8f35cfcbb1d9219d
	.quad 0x01000000
	.quad 0x50000000
	.quad 0xc10a000000000000, 0x4320000062b5f119
	.quad 0x0a8180bf6621b4a2, 0xd0287fb17f3dddf1
	.quad 0x3716ede5ff6ffbf2, 0x00073f6bb31bc0bd
	.quad 0xfec64028fc80711a, 0xbcacfdf18ede86d8
	.quad 0x7ff0000000000000, 0xed264887e7dc8400
	.quad 0x402000003ebdc78c, 0x40ac0000c01dada7
	.quad 0xff86617480000000, 0x7fb568c0ff800000
	.quad 0xfff8000000000000, 0xfbaf9d9effdfff70
	.quad 0x03a42a729b2f105a, 0x888d2a4dde55deba
	.quad 0x44a8bb3cf7ff65c3, 0x012c5b7b2fb3ec6a
	.quad 0x30871bc3261983ff, 0x7ffe30aa50150658
	.quad 0xbfba2723789470de, 0xbff3c35e2128f087
	.quad 0xf8ed32c6d20cb070, 0x638090bb23fefd06
	.quad 0x3fc0000020018b19, 0x375d6a06dd7ff37f
	.quad 0x8047ae892eca69d7, 0x06744175bb46f91f
	.quad 0xc0c8000000000000, 0xc13fd3b141678975
	.quad 0x7f80000003880798, 0x3a099735d39f0289
	.quad 0xd9ae8025039e50a5, 0xc5e2c2cd3b8844d7
	.quad 0x4d234ed60f6a7ba7, 0x04c838c745b00000
	.quad 0xc467e9641ac57400, 0xb660a30a9e06c6bd
	.quad 0x000ccf08b635079a, 0x7f60ab3200470ebf
	.quad 0xa9ff16827febcbff, 0x7f80000044e00000
	.quad 0x3fffffffffe9da94, 0xbf9a81ebedc1deef
	.quad 0x6d3cd0c77ffb7bec, 0x8080000080000000
	.quad 0xf226b127d00ff70d, 0xff8000007fcb5e21
	.quad 0xbd03d6bf83124bc0, 0xb554b95e7f4dba00
	.quad 0x8000000000000000, 0x7fdfffffffffffff
	.quad 0xfff0000000000000, 0x7fd0000000000000
	.quad 0xff8d533fff800000, 0xffb1c72380000000
	.quad 0xf759cad4511176a6, 0x6cf6c0c2ff7fffff
	.quad 0x8ffb6a09444ae13d, 0x000000003fb3b3f2
	.quad 0x84a8dc1582e98730, 0xc096be2ccfd7fcd5
seed49:
	.quad 0x000064bce7e6cc4e
	.quad 0x000000000000013c
	.quad 0x09860f17675a40c3
	.quad 0x02904daf7f1d2561
	.quad 0x000000000000007f
	.quad 0xffffffffffffffc2
	.quad 0x00001929705f3cc1
	.quad 0x000000157cecdd45
	.quad 0xfffffe389a73e125
	.quad 0x0000000100000000
	.quad 0x0000000000000491
	.quad 0xffffff5b14a5ca31
	.quad 0x0000000100000000
	.quad 0x0000000000000281
	.quad 0xfffffffffffffdba
	.quad 0x207dc4eba0bb7aed
	.quad 0x02000000
	.quad 0x50000000
	.quad 0xc8042809ff9f4b65, 0x000fffffffffffff
	.quad 0xdf2118fe836a0500, 0x42d8ff515f000001
	.quad 0x7ff6281bc9c857e4, 0x2fd601817f800000
	.quad 0x40200000c0700000, 0x800c87cf853a113a
	.quad 0xe441e4cb7bd77e5d, 0x7346c9a6e1c46652
	.quad 0xd30ec03dec52d957, 0xda0ba932720bc192
	.quad 0xfff744317fab8c75, 0x931ad56fe117bfd6
	.quad 0xfff0000000000000, 0xae5e71e400000000
	.quad 0xfff0000000000000, 0xff800000c0400000
	.quad 0xffdbb87a008df228, 0x7f80000000800000
	.quad 0x406f092a0f4dc730, 0xc59ff57d74ec0782
	.quad 0xff80000080451652, 0x05c586a7ffaa909e
	.quad 0xbe195c537c335910, 0xa8e74dcafc77bb7b
	.quad 0x5a7ffffeffc00000, 0x00013f72bef053a5
	.quad 0xe9709d797b45fc00, 0xaf5740daeef83c16
	.quad 0xfff8000000000000, 0xc11a0000df6f1a43
	.quad 0x0022fa0095982935, 0xc0b291bb410f0f9e
	.quad 0xc05526e69c3ef9ca, 0x809fa38d5a7ffffe
	.quad 0xff872bba7fc00000, 0x3fc0c8c62441c2c8
	.quad 0x08629e927f800000, 0x8000000000000000
	.quad 0x7ff8000000000000, 0x9325242fe6ceffff
	.quad 0xfeffffff422e3304, 0xd8f51f92ff967e18
	.quad 0x61401eb0feffffff, 0x3fea107e25ae76b9
	.quad 0x004a1f6b7f800000, 0x20f59f897631a56f
	.quad 0xc078f85ec3b50718, 0x814e2232c2c9bc5e
	.quad 0xa476bdcdbea011fc, 0xe7e20062cf7fffff
	.quad 0x0000000080000001, 0xbfe00000f5f36eb4
	.quad 0xcb2e95d2f8d6fc00, 0x57d2957c1f7dfc00
	.quad 0xbedbfe4c0e62b868, 0x044a911b07ded916
	.quad 0xf9f01d106e648000, 0xffe0000000000000
	.quad 0x020693ce3486266e, 0x7ff0000000000000
	.quad 0x20d03641a7db7e00, 0x3bcc8a1cdbfe7dfb
seed50:
	.quad 0x0000000000000001
	.quad 0xefdfcfc6bf395beb
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x385f3b550bf86a5c
	.quad 0x0000000100000000
	.quad 0xffffffffff424c20
	.quad 0x000000007fffffff
	.quad 0x000000f764a42458
	.quad 0x0000000100000000
	.quad 0x4bd47a6436ad17ce
	.quad 0x00000000000000db
	.quad 0xffffffffffffff3b
	.quad 0x0000000000000003
	.quad 0x175d3a05390bb3b2
	.quad 0x00000000000836bc
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x4b304a1efff32aac, 0x433ffffffffffffe
	.quad 0xfd9830b026f5ec06, 0x0000000000000000
	.quad 0x5e974ccaa96e3ffe, 0x9d33a741e66afd15
	.quad 0x0000000000000000, 0x1d637f7cc08c0000
	.quad 0x8008b53133bda55f, 0x7eee389caef99597
	.quad 0x38955aeee50380f3, 0x4023800000000000
	.quad 0x7ff0000000000000, 0x000f3231cfa64d80
	.quad 0x7fff3d7e1efe11bf, 0xdf5e4e5a67697d7e
	.quad 0x122a745bd386c3c0, 0xb5c1d40e007f7db4
	.quad 0x8000000000000000, 0x7fa671cb3bea36c8
	.quad 0xb195044675c68343, 0x406f200000000000
	.quad 0xd6893071c1e70580, 0xea0302cfcc107c75
	.quad 0x40243b1dd5d1ab2b, 0xff8000003e600000
	.quad 0xfee61c95b67e57db, 0xbfd75e7d0dd5982d
	.quad 0xbf7881afc42f8da3, 0x28c5ba9b6ca97ecf
	.quad 0x87954695c23f78d4, 0xbfc596f04239456d
	.quad 0x7ff1faaa80256783, 0x7ef9e4da000e2142
	.quad 0x7fff74fa4d8deb2a, 0x7f9138b041951a63
	.quad 0xbfd00000ff800000, 0x81025fe7c0572293
	.quad 0xb68a308edb2f62a6, 0xfff0000000000000
	.quad 0x5efe4fd074bdffef, 0x7f00000075a3d4af
	.quad 0x43a8b78f0132fc00, 0x946780254aa5a446
	.quad 0x7ff2f54d4f3b1dc1, 0x54d8f5a4effffffe
	.quad 0xc030000000000000, 0xbf0000007fb11c3b
	.quad 0xba5326d5bd926d67, 0x406bc1f394a261bf
	.quad 0x43ee0f2226216c69, 0x83b50af745edfaab
	.quad 0x523eaaa800ea28b6, 0xbd96784f434ce7e3
	.quad 0xd283b8defab5f7fb, 0x7a2847e2cf7fffff
	.quad 0xc0f8000080000000, 0x09ab1bf07fafbf9f
	.quad 0x000207be848979fc, 0xde20a79df383bdb1
	.quad 0x684f9a5fb2194b44, 0xf28ee7dcac7ec700
	.quad 0x36e73cf640100000, 0x802fd832c41fff1a
seed51:
	.quad 0x00000000000000da
	.quad 0x00007c25093f3f18
	.quad 0x5e3ee1381ea6ac56
	.quad 0x5174e4c713390a9e
	.quad 0x0000000000002df4
	.quad 0xffffffcd641227b4
	.quad 0x2ca2e0e0182447d3
	.quad 0xfffffffe416b53fb
	.quad 0xfffffffffffff59d
	.quad 0xffe444b1287a8b9e
	.quad 0x8000000000000000
	.quad 0xadaac1baec204dce
	.quad 0x53b0e1ad60b28896
	.quad 0xfffffffffffffbe1
	.quad 0x000000007fffffff
	.quad 0x00000000000000fe
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x018f86b3679323b7, 0xbf54000000000000
	.quad 0xf3adab7e46aafc00, 0x44bb7fa6ff6ce3b6
	.quad 0xbdf8000000000000, 0x3d1ac596bf98443b
	.quad 0xd057b6acf062225b, 0x7e800000bd118db8
	.quad 0x60ee3bc857ff9ff4, 0x6cf05068ffa059d2
	.quad 0x1512096f7fc00000, 0x2a05a116806d68be
	.quad 0x03403011e2b764ff, 0x10251e8fbced588d
	.quad 0x47f90000b7800000, 0x00400000801e7eaf
	.quad 0xfa08a6ce3d1d7a2b, 0x1c7cf9684be90000
	.quad 0x7ff184c4b86c3870, 0x2d1955d23feab1a7
	.quad 0x241ebb787c5e5790, 0x8000000037100000
	.quad 0xb1c1cdf32155fe72, 0x3fbe6620e9f705b8
	.quad 0xffc000004007b9bc, 0x93bb065c1bdfd282
	.quad 0x800dc9756d595326, 0xefebb5d23f1aacae
	.quad 0x401825269315c8d0, 0x00484bf4735d0afb
	.quad 0xb77b14a07fa60c35, 0x000000003e9dbae6
	.quad 0xfff8000000000000, 0x8008000000000000
	.quad 0xc10800003c795760, 0x8db32eea2b025ed7
	.quad 0x7fde2a68ffde1c01, 0x1289859e5ffbd6de
	.quad 0x00000000be429ad9, 0xfff66b24206e9ee8
	.quad 0xbbe9decc80000000, 0x404ed9e3f9b6670c
	.quad 0x7eb3d9e04f7fffff, 0xdc5102f7bc4a906c
	.quad 0x61af95ca9e8428d1, 0x405ebd7bb79b105b
	.quad 0x10ed80a0ddbc9e0b, 0xdf0000014167d52a
	.quad 0x4a5a4aa0401febea, 0x05820bd73c000236
	.quad 0xc3eb7e83fffc6fff, 0xbb8ba8bc3ca3c1b0
	.quad 0x001fffffffffffff, 0xfffd79da36170000
	.quad 0x7fb963ef80000000, 0xc019000000000000
	.quad 0x47935f6a5fff7db7, 0xed304f84caff3da5
	.quad 0xffd10c3a7f7fffff, 0xbfe000004023feaa
	.quad 0xb92e2c54c7073b3d, 0xe18fb399c2419c62
	.quad 0xdab78f2c59fffffe, 0x0008000000000000
seed52:
	.quad 0x1320ba09a292b20f
	.quad 0x8000000000000000
	.quad 0x1caa4884f9bf39d0
	.quad 0x0020000000000001
	.quad 0x1b74f4d9dda283e3
	.quad 0x000000000000032c
	.quad 0xfe5cf97c3f5644ae
	.quad 0xffffffffffffff29
	.quad 0x9a75f41d3c8208d3
	.quad 0x1ae85f1d07e31a25
	.quad 0x000000000000028f
	.quad 0xffffb823ee683b22
	.quad 0xc7616e69e9327f7e
	.quad 0xfffffffffffffdd1
	.quad 0xffffffffc37a877c
	.quad 0x000000000000016e
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xae4db0fa40c80000, 0x6ff3b058722d08e1
	.quad 0xe9df15c7c7fdfe41, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x8000000059909def
	.quad 0x3f891f1fd5383c30, 0xfff6dc4f0122bc01
	.quad 0x7f039af57fc00000, 0xfe81d8d560a2aa0a
	.quad 0xff80000000d2270d, 0x3f9241274807fba9
	.quad 0xf08dbbd4f0c3b0b6, 0x43be92f0fff5fbc7
	.quad 0xff80000000000000, 0x7e1f10f9304c5082
	.quad 0xd00d9046c7416b79, 0xe1ca410dc745961e
	.quad 0x047b006e7f513381, 0x3f1db491fed7c07d
	.quad 0x953e05dbc996791f, 0x3d7b6c62527fffff
	.quad 0x7ef0c0f980800000, 0x403bfe2800000000
	.quad 0x334de3d67ff7ebdb, 0xc002f0c9c9b97e25
	.quad 0xb8800000ff800000, 0x3b9b902a7e800000
	.quad 0x3ff0000000000001, 0xfe12b327534d2c6e
	.quad 0xbfe59f0a7b010ad1, 0x8000000000000000
	.quad 0x02c3900673dafc00, 0xc381954a41f37612
	.quad 0xbfc119c566adbd4b, 0x3f400000c1200000
	.quad 0xbfe8000000000000, 0x0ad28dd065c37c00
	.quad 0x800150c39e2355b6, 0x0c4a47b5ffe68000
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0x2ff1058b798a406f, 0xc01e000000000000
	.quad 0xd1dcb52273bf490a, 0xfff8000000000000
	.quad 0xc04249246ff385be, 0x1c9dc3eb7becc200
	.quad 0x3d83d08f3906d9fc, 0x470000000a10c91b
	.quad 0x56f1e4267229f800, 0x3f73a1bf530c60dd
	.quad 0x80000000c5c39a78, 0x7f8000007ff1f85b
	.quad 0x1ec2aacd9b450001, 0xb8199722bfdffdbf
	.quad 0xfffc1bc800466411, 0x892178120122bc01
	.quad 0xff8e843e7fc00000, 0x781ceeda3681598a
	.quad 0xbf800001bc27bb60, 0x706be4046f2d3bd7
	.quad 0x3a1a59f2fae8c873, 0x8ad092961d6e8800
seed53:
	.quad 0x941092544a63ff50
	.quad 0xffffffffdb4cb51a
	.quad 0x8a10ff16d229121c
	.quad 0x000000010752287e
	.quad 0x00000000000003a5
	.quad 0x8000000000000000
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffaa
	.quad 0x0000000000000001
	.quad 0x00000000000000f7
	.quad 0xffffffffffffffff
	.quad 0xffffffffffff1519
	.quad 0xffffd3d186fb26ff
	.quad 0xfffffffffffffcb9
	.quad 0xffffffffffe906ab
	.quad 0x13e5fcbbb4fa1005
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0x420d557b7f800000, 0xc19337a63f400000
	.quad 0x7b913c7eff800000, 0xffe02b95ffc00000
	.quad 0xc3fffffffffffffe, 0x16d311de404d0000
	.quad 0xa820bc09e5afebff, 0x7e800000451d221f
	.quad 0x1c5997a731a203ff, 0x6c0b6808384b320d
	.quad 0x7fe3f4c6a5cbf11c, 0x29d91d27777ffffe
	.quad 0x128362baf1811604, 0xbfe72b6f534070d8
	.quad 0x7ff1e341ba07d413, 0x69f4e2b7cbf21f40
	.quad 0x2474881ef1ce7a91, 0xbff245589431d163
	.quad 0x000000005a000001, 0x7defe353b46c5f8e
	.quad 0x813ce24a004fdd7e, 0x80117bcf31441965
	.quad 0x3fe0000000000000, 0x64c59efda8a88000
	.quad 0x7599c6ef6d940177, 0xc114400000000000
	.quad 0xf613722d8c699b58, 0xc061fa54fadb559f
	.quad 0xff3a81c83195222c, 0x5cd9a21e07740b8d
	.quad 0xc013800000000000, 0x38124624c3b9cc17
	.quad 0xc39bdbcef155e2aa, 0x3fe0000000000000
	.quad 0x01a6e90ed0093857, 0xc022bd6914d08ad1
	.quad 0xfff0000000000000, 0x5bd2b1d6ffae6fd1
	.quad 0xdf7fffff00400000, 0xc1c8fc6500000000
	.quad 0x3fd7419159ff9448, 0x6d5b678d003ee499
	.quad 0x2ea45ccae2a2cd2c, 0xbffc4b674d0fb3a7
	.quad 0xc04c561fb9f8ef2b, 0x0b86d69e79b83bb0
	.quad 0xc04292f91e40b6ca, 0x800cc18ab60a7e44
	.quad 0x81dff660469c7ebb, 0x97a2e419b94278a6
	.quad 0xf347ebaa638bf800, 0x5d125cde83dbfc00
	.quad 0x8000a3ac21d5f89d, 0x41e53712aa205c14
	.quad 0xbe7c25f75fec68e1, 0x800f4167a9b3688d
	.quad 0x4023c00000000000, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x151e2db5872f8903
	.quad 0xcf2548082f02ad1b, 0x400a000000000000
	.quad 0x4f004ab7cae9f2fe, 0xba5257c4e37b026c
seed54:
	.quad 0x97443ae20f7d42bc
	.quad 0x7fffffffffffffff
	.quad 0x461bb910b48446cf
	.quad 0xeb6dc7c73eb133dc
	.quad 0x62a9bc877e48b10a
	.quad 0xfffffffffffffc30
	.quad 0x25d67dcf636b67e3
	.quad 0x8e9255aea14c2542
	.quad 0xfffffffffffffc06
	.quad 0x670ea974e4e295cb
	.quad 0x969a0ade1114e152
	.quad 0x0000000080000000
	.quad 0x95fa0fcd788a2e31
	.quad 0x2540569d488017b4
	.quad 0x7a878244d756ebea
	.quad 0x987330ad59a33310
	.quad 0x02400000
	.quad 0x80000000
	.quad 0x825558fdfe7884e1, 0xbffb2f4b61eb4f4e
	.quad 0xc3ffffffffffffff, 0xfff08f2abb1e872c
	.quad 0x312da7eede91af7e, 0x2960b1714d2705a8
	.quad 0x40e00000807fffff, 0xbf75ac2a1988fc30
	.quad 0x811d5c233c690000, 0x31c8611de64907e8
	.quad 0x3fba88cbf97ac0c4, 0x3fc0000041085e7b
	.quad 0x7abbc28dbffbf7af, 0x40a80000807fffff
	.quad 0x3bbc06e87f800000, 0xbc6e0000df800000
	.quad 0x4fffffff98a725c3, 0xdc44357bef9ff6dc
	.quad 0x7f80000040ec0000, 0x80f04ea2b3fe7942
	.quad 0x7826d3274f800001, 0xff872dce7fbb35b7
	.quad 0xbfca5226c63a9ea8, 0x46609c00b5f79410
	.quad 0x000bf833ca048b0d, 0x000396cbecf02530
	.quad 0x8a34a7c23e30686d, 0x9fa92ab5f77d8000
	.quad 0x0a7f6c2f407fffff, 0xbfe223e8c2387a76
	.quad 0x3f6d99eaffa99029, 0xfff0000000000000
	.quad 0x807fffff916d4600, 0x4fe39719ffcd8503
	.quad 0x395800007f8b95da, 0x82053b212a60fef4
	.quad 0xc013000000000000, 0x17b5b7b3f7fffe45
	.quad 0xca4a49e8ffc9fc00, 0x839d7dd58fd1d88e
	.quad 0x80aa0432ffbb45f6, 0x7ffab1a4888fdefc
	.quad 0x3c849976d37f8643, 0x4056b07a98c06889
	.quad 0x2d5691ac6927c081, 0x246fc631bc2ec037
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xbfa2d00000000000, 0xbac6d5dcffd077ff
	.quad 0x38e159ab1716f40a, 0x441aff9357317862
	.quad 0x7cd53098fffb03ec, 0xc0d00000477ffffe
	.quad 0xef6bdcd6bd5403ff, 0xbd2e673701000000
	.quad 0xfff8000000000000, 0x0391fe4586de0000
	.quad 0x73f33dd5ffc00000, 0xbf8955292826a361
	.quad 0x324b355bffea321b, 0x54d12ab07b9ffddd
	.quad 0xfd8cd95b2397289c, 0xf44338bc80000000
seed55:
	.quad 0xffffffffffffffff
	.quad 0x2400d3b0a0dd6755
	.quad 0x0000008132eb5ea1
	.quad 0x0000000000b46366
	.quad 0x00000001b16ab1f2
	.quad 0xfffffffffffffdca
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0xffece5cd66d9d2e0
	.quad 0xfffffffffffffd34
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffd03f15f
	.quad 0xf4b344321d429ce4
	.quad 0x221100539d88fd53
	.quad 0x0d34e09ea0943a58
	.quad 0x0000000000000075
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0xf39467f502138425, 0xffa562471251a013
	.quad 0x92a33991374807d0, 0x475d80008696de13
	.quad 0xee0a02d8d0f887ff, 0xe32f8e7942a37c01
	.quad 0xaa225974c8e5806e, 0x3fa7c00000000000
	.quad 0x1ac77910823035e7, 0x20de19a1e2f1d0fa
	.quad 0xfdc9d587360c98d1, 0x01a20494e0c91f07
	.quad 0x58ebcc5404082182, 0x8007a593df8e870e
	.quad 0x80304bfebfd4edac, 0x43dfa1ab3e4b4a78
	.quad 0x9450d78ffef3fff6, 0x801e89c9ff65628a
	.quad 0xfff4bdfb265e8835, 0xc07c3de23e800000
	.quad 0x7ff424b53f7f1e12, 0xc6fdb06baecdd1b2
	.quad 0x3d7c08155914ae88, 0x0000000000000000
	.quad 0x7f65783682192bcb, 0x4248976c9dfffdfb
	.quad 0x8000000000000000, 0x3ed1500000000000
	.quad 0x40733d3ecfa752a9, 0xc0d9f1fc356cfd5a
	.quad 0xc19b93373f400000, 0x6dd7aef8c9fffc90
	.quad 0xb0453dffe02a558a, 0xff6fab83b68db93b
	.quad 0x404e000000000000, 0xea4ee7a4dfb08a27
	.quad 0xdb5c7b3f25791700, 0xeccef6c43c72c202
	.quad 0x7f800000817fffff, 0xc0e4d7614a4e6ee0
	.quad 0x246ae60e67ab0000, 0xfff61acc9332e34c
	.quad 0xebc2fdc2b6000000, 0x36e9fbea3c4cc112
	.quad 0x0fc9a4b1b02c5f65, 0xc01a9816a4d34ef8
	.quad 0x00000000c2078610, 0x412d13ec423b8c00
	.quad 0xff7833e3ed246d05, 0x3ed234623eafe400
	.quad 0xffc00000ffc00000, 0x8000000000000000
	.quad 0x0000000017cf95cc, 0xd9915285412abed3
	.quad 0x817fffff6f3f4392, 0x591431ee316ea260
	.quad 0x7fd0000000000000, 0x216e7d67fef3dd46
	.quad 0xcd3d51b77b9a7e97, 0x1d3c2ab0a3d4acbf
	.quad 0xc38b02c4817fffff, 0xa5e685c5781b752d
	.quad 0x3cd70ef3fb64f428, 0x47500000c0000001
seed56:
	.quad 0xa78c8182e8206ca4
	.quad 0x00000000000003c5
	.quad 0x38d3b8db29305468
	.quad 0x0000000000000001
	.quad 0x0000000000a2ae3f
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x0020000000000001
	.quad 0xfffffffffffffce9
	.quad 0xfffffffffffffd40
	.quad 0xf964761903898f8a
	.quad 0x000000007fffffff
	.quad 0x0000000000000005
	.quad 0x00000000000003db
	.quad 0x299ec64f7e4891f3
	.quad 0x0000000100000000
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x06531ad770f57b7f, 0xc0cc95148e011f74
	.quad 0xffe374b200000000, 0xfec9bfce00ec789b
	.quad 0xff000000bd360000, 0xbe0a11be00ffffff
	.quad 0x62e50e6a077c200a, 0xf877a4e2fbce927b
	.quad 0x80221715006c3dc8, 0x418a3202e8547ad5
	.quad 0x0cf0fecac7a6e8bb, 0x59fffffe80000000
	.quad 0x401e000000000000, 0x0043783a7fc00000
	.quad 0x3fe030d8ef04a74e, 0xfeffffff3e26cf6b
	.quad 0x04fd376d3f000000, 0x7fc33d11ffd937cb
	.quad 0x3e33ffe5747d47c0, 0x5145e4d4ae9313c7
	.quad 0x3f08000000000000, 0x80000000bffffffe
	.quad 0x7e800000865eb03a, 0x8000000000000000
	.quad 0xcf47a9ee5df28000, 0x451800004f7ffffe
	.quad 0x7ff1df8961cfc4d0, 0x0d91c252007ede87
	.quad 0x008000007f36f40a, 0xc00c000000000000
	.quad 0x4ec49a2a87a5ae76, 0x9d4ec849d8e56f47
	.quad 0x82d02a41907edbc3, 0xffb58f1e856d69c2
	.quad 0x9e445ed0ffdffeaf, 0xfe815b3f3fe00000
	.quad 0xa6a4c0a07ba6b000, 0x8008000000000000
	.quad 0xc020800000000000, 0x4fafb69a4224c412
	.quad 0xbf55c00000000000, 0xc42000007fc00000
	.quad 0xf5bc0cc739280000, 0xd915209d9f98c080
	.quad 0xc0e6de643d4d2b83, 0x689c57737fabf6dc
	.quad 0xbc41989b00000001, 0x8309ff336673d8eb
	.quad 0x7079924b700e3d6c, 0xc2015a3e00000000
	.quad 0x7ff0000000000000, 0xdea6d3a1c65afc00
	.quad 0x3ac0000039300000, 0xbd623ee15ad9a0b3
	.quad 0x000000007ff5b7ee, 0xae8cfcbee8fb2e84
	.quad 0xfff62b55666850c0, 0x8785da80f9d7debb
	.quad 0x01bebc4afe41dfd2, 0x084f373a6f0d69f5
	.quad 0x7a189a69d4ffcb9b, 0xfff76001a25a9f18
	.quad 0x7f8000000de4920e, 0x3d099cbd41ca5204
seed57:
	.quad 0x0000000001000001
	.quad 0x92a38472b5694f25
	.quad 0xfffffffffffffdf5
	.quad 0xb93d8577022e7470
	.quad 0x88fa30421d3fc436
	.quad 0xbe79d640ccaeaad4
	.quad 0xfffffffffffffc92
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x0000000000000355
	.quad 0x00000000000002d0
	.quad 0x677d36ccd46fac02
	.quad 0xad947cd70115e647
	.quad 0x0000000000000216
	.quad 0x000000000fb609af
	.quad 0x62d2631ecb06b538
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x00000000fe800000, 0x5dbbe43cff920b24
	.quad 0xfd36ab675d961fd3, 0xbee000003e800000
	.quad 0x604ce7f4e797ade1, 0x04db6d3f11dd0adb
	.quad 0x597ba57bffdc7e34, 0x3e71401c7fd43070
	.quad 0x8be1a9d665d448f6, 0x58784bd60aecb987
	.quad 0x4007000000000000, 0x0dc5c69b402743a0
	.quad 0x4030cf9e1dbfb75e, 0x503419f5ff7f7e63
	.quad 0x4cd27071f9337efe, 0x273a28e0fff7fd67
	.quad 0x4ff790650fb99f24, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x8080000040c83943
	.quad 0xffad0a9c80000000, 0x589facf5fd3f6efd
	.quad 0x33393e237966d1d6, 0xdc62a4ccff864962
	.quad 0x00000000ff909982, 0x28d593bbbe09ffd5
	.quad 0x7fc000005f7ffffe, 0x3fa0000000000000
	.quad 0x40d5000000000000, 0xcefaae29ebc566f8
	.quad 0x8f76a44d72ef512d, 0x3c1ba880cc477973
	.quad 0x3fe671b9011b3ed0, 0xc07737ed453d6857
	.quad 0xfff0000000000000, 0xaa87a328ffb3ff26
	.quad 0x1dd2f499fff654e8, 0xe679f0df4af00001
	.quad 0x0166ee4ad3be0ee7, 0x4744e451f12d7ac7
	.quad 0x736314ff2864cfb4, 0x4051ad47438b140f
	.quad 0x7fc00000007fffff, 0x4023800000000000
	.quad 0x0aa451964139ef86, 0x0000000000000000
	.quad 0xffc0000040300000, 0x670f12098b52fe00
	.quad 0xff80000039e40000, 0x4067d88ab2c28490
	.quad 0xdd0687dffdede1b4, 0x3fa84c6938b70ea0
	.quad 0xc060ef8118b84341, 0xbf95571b736b23e6
	.quad 0xfa425eda56aa7c00, 0x7a31c7eebe7fbd3f
	.quad 0x401423b4e1d6c2b4, 0xc07afe638c4f868e
	.quad 0xc33fffffffffffff, 0x2748f7c8be9df7fe
	.quad 0xffae5ce75a8b763b, 0xc05822c875b7653b
	.quad 0xe4544c979aec73dc, 0xbf53000000000000
seed58:
	.quad 0xfffffffffffffefa
	.quad 0xc862b5ab47c403ed
	.quad 0x0000000100000000
	.quad 0xafcee6aaffcad3cc
	.quad 0x00c514158e9f83f9
	.quad 0x000000007fffffff
	.quad 0x26eafa6cb0f6e2f1
	.quad 0x5c74a8f0ceec23ef
	.quad 0xeb1588faa4c9d702
	.quad 0xfffffffffdd620a8
	.quad 0xfffffffffffff0f1
	.quad 0x0000000100000000
	.quad 0xffffffd87f958e4a
	.quad 0xfffffffffffffffd
	.quad 0x00000000000000a8
	.quad 0x0000000001000001
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x42885cca8d6b6040, 0x0020000000000000
	.quad 0xf31ba9fce7dc862e, 0x7f8000003ca0614b
	.quad 0x54744e1659f7cbff, 0x7febdbafffd2efda
	.quad 0xa8ad3f920c315b9d, 0x800000007a3e9cfb
	.quad 0x6b0566b2ce117692, 0xc05a000000000000
	.quad 0x655f2860f5dad777, 0xbe55a3a2f93847e0
	.quad 0x7f8000007fa4a998, 0x7f800000c10c0000
	.quad 0x45b800007fc00000, 0x40b80000404ce563
	.quad 0x22e299b8ff895f7b, 0x5980000181087a75
	.quad 0x5507a9657fe87e00, 0x8000000000000001
	.quad 0xfee638947f9082c6, 0x7f800000ffe55650
	.quad 0x7fd5d23d3bb08fd6, 0x7ff0000000000000
	.quad 0xd384b8f3bda6ffbf, 0x38ab3c36b088ef2e
	.quad 0xc0700788019b87d7, 0x4f0b2696d839219e
	.quad 0x12da1983d32d97ed, 0x359e86c380000000
	.quad 0x3e7e9ff47f800000, 0xbffe3793aeb1602a
	.quad 0x7ffbd61eacb64419, 0xb80b079fa37a4ea4
	.quad 0x8000000000000000, 0xb7738b38ae4d2a30
	.quad 0x821b74f1fff7ed2e, 0xfff870017bddd271
	.quad 0x2b11fd55c8d9a516, 0x3fcbc354d722b33f
	.quad 0xff800000ff800000, 0x75d895a6ff800000
	.quad 0x7ff8000000000000, 0xbf8000005dc20104
	.quad 0x2fd5675cd7e7da7e, 0x0000000080000000
	.quad 0x7f800000e0d47899, 0x1268bb686ffffcfe
	.quad 0xc012113ebbf79810, 0xc0018e6a81f08369
	.quad 0x86db61ff7f873fcb, 0x4282fc1640220248
	.quad 0x6e9f724fff7f9f9b, 0x21705ae9ffc1f3f3
	.quad 0xa92fd4a5f7ff5697, 0x33f94887ffff7d3b
	.quad 0x7f8000007f800000, 0x40f000007f92bd5d
	.quad 0x9dbcc5db30d72b6b, 0xa0bd7fd2ffdb6dea
	.quad 0x9b21ea497fb5fff3, 0xfd7a25373b717284
	.quad 0x1f2050a8daecfe00, 0x93586480458d0800
seed59:
	.quad 0xffffffffff8b03b5
	.quad 0x0000000000000330
	.quad 0x451b2dd07cc3a55c
	.quad 0x0000000000000007
	.quad 0xb547d11e6c15613e
	.quad 0xc37e38831b41ed69
	.quad 0x8000000000000000
	.quad 0xcfb941e58cc65c26
	.quad 0x0000000100000000
	.quad 0xffffffffffffff8d
	.quad 0xffffffffffffffda
	.quad 0x8bf36a38217285ce
	.quad 0xf22e952b9f8c6632
	.quad 0xc782ddcc2b8033d3
	.quad 0xfffffffffffffd98
	.quad 0xfffffffffff9a4b1
	.quad 0x01000000
	.quad 0x80000000
	.quad 0x3043fa8f022a0611, 0xf3a962f381c04800
	.quad 0x86f0c61168110c0f, 0x7ff50b717fb06f3c
	.quad 0x7fceff7d3fa00000, 0x3c5b22c4b6ec00a7
	.quad 0x417cacde001e2d3b, 0x7f800000f71baad0
	.quad 0x3f6ef9b2eed7ab3d, 0x025859fc299eabf7
	.quad 0xbf7d50d7e9283859, 0xe1569504fbb7fc00
	.quad 0xffc00000ffad5e93, 0x39439041ffaf8d67
	.quad 0xffb292cf80000000, 0x19a9c4abfda7f6fb
	.quad 0x7ff0037e2ec50c7e, 0xdb8ce1793382e5b5
	.quad 0x1e06610bd9800000, 0xafaae768fe5a86b7
	.quad 0x846d1130e042aacc, 0x40e0000000000001
	.quad 0xc01d991e7e800000, 0xfff8000000000000
	.quad 0x7f45ea092053549e, 0x0bb11661c226a968
	.quad 0x11ce953ca7d77f5f, 0x3fdd58ddcfd86b86
	.quad 0x230c4199067dbc40, 0x0063870e8e0bbb88
	.quad 0x43ffffffffffffff, 0x7deabaa680423d4e
	.quad 0x616cc8ea76af7fff, 0x90090a35e3838335
	.quad 0x0064c3cb4342dfba, 0x133f6ed4c12e410f
	.quad 0x800451415fff1e1d, 0x3f9ef933211f13a8
	.quad 0x9b7c69f1ba50782c, 0xd1cd6f75c0879cb0
	.quad 0xfff63089414d0fdf, 0x73f34932cf7ffffe
	.quad 0x401c000000000000, 0xbf9d1ab17b689e10
	.quad 0x8d87db99fbfff087, 0xc3fffffffffffffe
	.quad 0xffc00000c1c1e2c3, 0xb58f416bfe2eec8e
	.quad 0xcc8cb6ca45dfaf94, 0xff689385391b3f91
	.quad 0x7fcb56eabb200000, 0xb94f0a7241800000
	.quad 0x3f300000c0600000, 0x7de51ae63fdc5bae
	.quad 0x1c92fd6c19b884ab, 0xbcc27441dffa1cd8
	.quad 0x83b6445ed4fa159d, 0x7b11ab4af97f7ed9
	.quad 0xfabf5b9afb3e51e7, 0xc8b32dd7bfeacdcf
	.quad 0x8018228857d82744, 0x429741a0fff57fe7
	.quad 0xc083c00000000000, 0xef0ec318e42a516c
seed60:
	.quad 0x0000000000000019
	.quad 0x78b503ddf6f01cb0
	.quad 0x39eb83df1cf6a9d4
	.quad 0x275dbb8fa2c0749b
	.quad 0x000000000001d7ee
	.quad 0x0000000062204f23
	.quad 0xfe0d6c02f1ffaaf5
	.quad 0x000000d4182d5219
	.quad 0x0000000100000000
	.quad 0x543c0d1cfc6ad10c
	.quad 0xfffffffffffffdde
	.quad 0xfffffffffffffd0a
	.quad 0xfffffffffffffea8
	.quad 0x3b2e3bee2d1a8812
	.quad 0xfff80fc81d776b43
	.quad 0x000000000000025c
	.quad 0x00800000
	.quad 0x30000000
	.quad 0xff1066faf82f48a2, 0x6eea89687fcff9ec
	.quad 0xed5d93d7f5f7f7ff, 0xffc1483dc1b3a7ae
	.quad 0x49acf9f8f9eeffeb, 0x946e3673b47dcffd
	.quad 0xffbd15d26fc0fdc1, 0x7f800000c0b80000
	.quad 0x8f692c5facb77f97, 0xfff0000000000000
	.quad 0x3fe26b385fe44929, 0x0067661cffc00000
	.quad 0x0bd1b9fedf823df0, 0x13a9840c338ba41a
	.quad 0xb1e6d01b4d7dfc00, 0x3fcec1c37a710796
	.quad 0x2de92ceda204d503, 0xff4849c987aa36cb
	.quad 0xbf782212e1abb451, 0x4026800000000000
	.quad 0xff6c6b78c11dc5ba, 0xb85e8d81dfef0bdf
	.quad 0xbd300000bdf8d7c7, 0x5d316a69f5d7fc00
	.quad 0x7ff0000000000000, 0xfec6c380ff800000
	.quad 0x43e0000000000001, 0xfff8000000000000
	.quad 0xfff432a8a66e2a68, 0x80ffffff5fffffff
	.quad 0xbed74c98ffa790ca, 0x7fc00000c630ecdd
	.quad 0xa33745f3ff5b5dcf, 0xc050000000000000
	.quad 0x3fae3a94dc00ff5a, 0xccc7529bbfb547c3
	.quad 0xfff0000000000000, 0x7ff0aa2011c10736
	.quad 0x6e93ac2923b6490f, 0x63b8930944f7008c
	.quad 0xf6ce471de949d121, 0x004000000052a417
	.quad 0x900c15994ffec1f1, 0xff80000080000000
	.quad 0xc017911983aee105, 0x9506d7d6f344431c
	.quad 0x7ff0000000000000, 0xbfa00000ffbe51e8
	.quad 0x3f90000000000000, 0xce4f27000c767c00
	.quad 0xb70ba24a43effe9e, 0x3fe000003d1aaeb3
	.quad 0xb44cdb067fe7b05c, 0xc0274384f47caaf8
	.quad 0xcf7fffff7fa538ae, 0x51adf1385f800000
	.quad 0x43d6440d9dde06cc, 0xdecf4d9ec2e2cd3b
	.quad 0x13429cb574dd2fde, 0xc85f43dd0300e734
	.quad 0xffc000003f400000, 0x47f00000ff800000
	.quad 0x90338c4f7fb6013f, 0x4863089ddb3bfdef
seed61:
	.quad 0x000000075794ab2e
	.quad 0xfffffffffffffec5
	.quad 0xffffffff80000000
	.quad 0x9561cf7996f2b302
	.quad 0xfffffffffe5053cd
	.quad 0x2398acb8d40cb00c
	.quad 0xeb9b9d44a5b9d8f4
	.quad 0xfffffffffffffff9
	.quad 0xa59075685920c2a2
	.quad 0x5ce71e186d33d908
	.quad 0x000385e3cab968ef
	.quad 0xff6d3ef9ca018532
	.quad 0xa02feb78ea3ada88
	.quad 0x5d4f6e171860ca89
	.quad 0x00000000026d194c
	.quad 0xfffffffffffffffe
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x7f6a989b445cbb0a, 0x80c5fd604e4f8117
	.quad 0xc0d567fdcaa94fc7, 0x652a7b097fe6b910
	.quad 0x406bb20aff800000, 0xc14194df11476e01
	.quad 0x407ffffe7f800000, 0x81f5a9071fb9c908
	.quad 0xc00fe84fcd38f995, 0x0000000000000000
	.quad 0x2bfa92f9a568f801, 0xbff2b63c31436f5a
	.quad 0xbd97b181ff9e9180, 0x42f0171784239ddc
	.quad 0x800fffffffffffff, 0x71039575ffc845d8
	.quad 0x7fbfbdd836880000, 0x105448d574de0323
	.quad 0xcfc1e254a6c718e8, 0xc020c00000000000
	.quad 0xc74e4d07240edc9c, 0xc3dbed5a6db27d76
	.quad 0x817fffff7fc00000, 0xffa222157fe31197
	.quad 0xdff401fbeb7478ac, 0xe8d0ed2dc99e53c0
	.quad 0xd980000105aa1e93, 0x5a89baf840e80000
	.quad 0x4509605cae1c0000, 0xbbfea9615f000000
	.quad 0x0c36d4077ffb40c3, 0x83ef2d9be9ef02a9
	.quad 0xeceaeefbfffbbeff, 0x6f866080fff08545
	.quad 0x21a55b087f04f3fd, 0x0f10d3a67fd4a9f0
	.quad 0x80933bdb41943369, 0xaefe14f8e3bffc40
	.quad 0x002da5147f137357, 0xd0e690354564b7ff
	.quad 0xc34313f18cf580b1, 0x7eca2ffb00ffffff
	.quad 0xcfcfcc28880c5b75, 0xff7fffff41580000
	.quad 0x2097939c4aa5f9e9, 0xdffd62f091eeeb9d
	.quad 0x7f800000088fa46e, 0xd660d5b21a343d9d
	.quad 0xf43a6869bc873d32, 0xf74911e9ffb07c34
	.quad 0x8000000000000000, 0x7c379037736e8000
	.quad 0xe371557245c82aba, 0xc00a27cb8331f0e7
	.quad 0x41ffffffffffffff, 0xa2acc0c8fd407c00
	.quad 0x7ffa0e18657d4b0f, 0xc020000000000000
	.quad 0x15db009880adeee5, 0x16a9adef84be3630
	.quad 0x0d70b966b1d5cb81, 0x00d90e7f82ce4ff0
	.quad 0x4090000036c80000, 0x010da04e4f0b9d65
seed62:
	.quad 0xa3b9d7d3be755470
	.quad 0xecc84d2d844e4f69
	.quad 0xfa55fc9b5e13d309
	.quad 0x0000000000000173
	.quad 0x4b10cba9acd551e0
	.quad 0xfffffffffffefd78
	.quad 0x2449784607c5aad0
	.quad 0x755497d40ba5da54
	.quad 0xf71d0c2bcde7e235
	.quad 0x08cd6df619c8a231
	.quad 0x28c10f9ced8b0af1
	.quad 0x000000000000013a
	.quad 0xa91137e5c05aec44
	.quad 0xf5d660968167335d
	.quad 0x9230830ca51f17a5
	.quad 0x0020000000000001
	.quad 0x01400000
	.quad 0x90000000
	.quad 0xbfe4000000000000, 0x43effffffffffffe
	.quad 0x0dd7439cd3d4fc00, 0x7fe5659a80923ca0
	.quad 0xbba1e7d590f7bacc, 0xbf8c336d8c2c7eb7
	.quad 0x7f7fffff40000000, 0xee95c079ff800000
	.quad 0x8000000000000000, 0xbd369db7d7ffdd6f
	.quad 0x01efab049cf28b46, 0x7e2fd624c1cd40ee
	.quad 0xc5b000007f800000, 0xc353ca98f1dffc86
	.quad 0x64bb74aeb71a702f, 0x3ee85773ffd03baf
	.quad 0x76e38c34c5cf019b, 0xbf8942069dba505c
	.quad 0x1208702d5e7b6304, 0x0006ba0231fe5f8a
	.quad 0x3f771449bb7ca3b1, 0xbf752fc369e8f20b
	.quad 0xc00c000000000000, 0x7ffbfc19760eb6af
	.quad 0x947e87bcffff5eef, 0x2d3965924752ab83
	.quad 0x764c4ae147800000, 0xf3352213feaffeff
	.quad 0x7070f88ccbe4fd4d, 0x7ff0000000000000
	.quad 0x55713ece06ad7a9a, 0x8384ff4448cff59c
	.quad 0x406925c661f8acd4, 0x3e7a0a357ffefbff
	.quad 0xfff01cfbd99ea046, 0xc21eae95bd69f59d
	.quad 0xc0c2100000000000, 0x1952237e18e44afa
	.quad 0x0020000000000000, 0xc1b47b149779fc00
	.quad 0xa1f217bcfff7ebee, 0x401d0cd2d746540e
	.quad 0xfff8000000000000, 0x4fbe46b980000001
	.quad 0xffc000006bc9e56b, 0xff800000bc168000
	.quad 0x7e9503f0f3adf5e9, 0xfeb116f081259ef7
	.quad 0x67e950af861eab49, 0x7fe801d3f17dc550
	.quad 0x80000000430bb8bf, 0x40129cd5e1b44d82
	.quad 0x91fdc6a2df9ab686, 0x6dce071873cdc892
	.quad 0x4076e764d74b0bff, 0x0000000000000000
	.quad 0x0387fb46c8000000, 0x7fc0000041c00000
	.quad 0xdf000000003c9f60, 0xd2b3f627c7b62ef0
	.quad 0xffc0d1d07fe0c0cb, 0x90aff985fea5ef74
	.quad 0x85cd9fcbba9213e9, 0xc0110775bcf623fa
seed63:
	.quad 0x7fffffffffffffff
	.quad 0xda692954b837bda9
	.quad 0x00000000000003a2
	.quad 0xffffffffffffda7d
	.quad 0x0000000000001f02
	.quad 0x000b87ee6711a514
	.quad 0x06799e98f62eba45
	.quad 0xfff8ba2085ed53b9
	.quad 0x122f7c7c321a097d
	.quad 0x00000000000cf0a2
	.quad 0x157bc188d138ac30
	.quad 0x8000000000000000
	.quad 0x000000000000035a
	.quad 0x7e5a33360ab2aff9
	.quad 0xffffffffffffffda
	.quad 0xfffffffffffff4a4
	.quad 0x02400000
	.quad 0x10000000
	.quad 0xc030800000000000, 0xbc05c871281b7ff2
	.quad 0xbf69023cfff57d2d, 0xbfc9e7ead1eb467a
	.quad 0x79b847a835c60000, 0x40d1291bd5fffdb5
	.quad 0xc770572af212d4ad, 0xde4702b1f3e3af8a
	.quad 0xd74829fd33634daa, 0x2f7f5ae6ba400000
	.quad 0x7ff0000000000000, 0xfff8000000000000
	.quad 0xffc33d50c7b00000, 0xfff490e0c8c4eec1
	.quad 0xe0252412ebef6df6, 0x80cfa066c84fa67d
	.quad 0x3ef7000000000000, 0xabcdd650ffbf87ff
	.quad 0x80038cafee30d971, 0x406f000000000000
	.quad 0xd72e53d3ff797c00, 0x504b51867fecfef7
	.quad 0x3fba9c8ceb7d6135, 0x400fea87918859c3
	.quad 0x411f9cac3f612257, 0x9c4633126cf8c83e
	.quad 0xbf996fb7ee00d1ca, 0xdd6f4495ffb536dc
	.quad 0x8035c3eef17778a0, 0x0022225be7824db7
	.quad 0x40497d24fea0a5e4, 0xff876a74ba1d4d60
	.quad 0x34e02349bfdbfdef, 0x7ecd79e903422600
	.quad 0x412437b367b75590, 0xf806d5b8fcdf9fdf
	.quad 0x8d2c014a578e7e00, 0x00083175981a3ca0
	.quad 0x4009f9a9160f0fc6, 0x7fc0000041200000
	.quad 0x3d2c6322c4920000, 0x88d3ca35d0e78a3b
	.quad 0x312a8a23ffc00000, 0xbc71291228cd6031
	.quad 0xbfca97b1c37f7ce5, 0x810a24a6dc1ebadd
	.quad 0x4022aa09b91392fe, 0x84b6d21d03bc0537
	.quad 0x3f8da3de6ca5ce14, 0x9e48aadac51403ff
	.quad 0xc02c268c2c918b7a, 0x3fe49f689c2eec42
	.quad 0x80000000ffc00000, 0x03722d70385820f2
	.quad 0x442a157266ffffff, 0x7fd02a05fadf908c
	.quad 0x3ef4400000000000, 0xc7fffffeaad1cb39
	.quad 0x2d8cedb8fef64b6f, 0x41ad9b1683c1df49
	.quad 0xeb1d06b48c9e80d9, 0xb235dac2bfdcf68e
	.quad 0x8000000000000000, 0x67bfef23fffe025c
