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
	.inst 0x1e260c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e240201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24f013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0eabcd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b3a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fc79196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea19877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e2ade58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e60c4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e771d7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2649db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1b93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21999d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6bed7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020c8
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
	.inst 0x2ea1b890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1b931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f0c12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f5efcf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e701834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6400c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d7017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67943c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b0af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1a8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6100cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc0923d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f30e5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f209cff
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
	.inst 0x1e6200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61b8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2301b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b2833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e728a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2919d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2c9856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21b977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f038df8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f71e57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4430fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e616b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e26f71e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eadecbf
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
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e234991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2ba212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e321a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fcb5934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a1956
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
	.inst 0x1e632958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f75fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6bdf5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee1a9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c081d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e39002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c2ff
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
	.inst 0x1f689010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71d4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e225933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e20e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f21e475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e200ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61d9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e24ddf9
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
	.inst 0x9e71006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e75ff1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2401ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c095e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2bfc5f
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
	.inst 0x4e618930
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
	.inst 0x7eb0fa12
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
	.inst 0x4e216914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e250045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4ba896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e632210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fa85858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30e6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f7efcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1d89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ebaed7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f8618de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f3dfc9f
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
	.inst 0x1e21c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f45b431
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
	.inst 0x1e2f7d93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2328b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f2995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6401a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f1877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea199b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6428fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e29e5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f7fe4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e682040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f8c98ff
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
	.inst 0x7e21b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0c991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e310202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eeff653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2734ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3b9015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e22dc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2200f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2400e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6a8419
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
	.inst 0x6f42e57b
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
	.inst 0x9e68014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63ecde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2de5df
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
	.inst 0x6f58e430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21d851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f825053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea189b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e263995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e712ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7002c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e58f448
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e700069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78301a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e31032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1d89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e68c41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7d189e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21d8df
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
	.inst 0x1e02fd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e651a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2dd552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f22e613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e243a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7cb015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fce91b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e638ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61491b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4040fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c21e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0c8ff
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
	.inst 0x1e43d5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b7931
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
	.inst 0x1e61c113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea9d594
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
	.inst 0x1f2948f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7101e7
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
	.inst 0x1e6008f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24429a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee7d5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b48dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66f4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee4d6fe
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
	.inst 0x5e6cfd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2e9051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6588f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f622e54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61ba95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee19916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e64fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21a918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b049e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6405e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa1915b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2401ac
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
	.inst 0x1f729b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6976d6
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
	.inst 0x4f8a50b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f58f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f43e452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea8e593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e43f834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e616a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f7305f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61b877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0aacb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f75c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f96995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e28fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18988d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e286a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60287f
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
	.inst 0x7ee2e530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1fd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e646893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2639f4
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
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0c3457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f39d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6920b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c17b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71381c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4c381d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1997e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61415f
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
	.inst 0x2ea19890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e272c51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f2cfd72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e49d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6201d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6900c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f37e518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e617ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21b81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63e49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f77c13c
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
	.inst 0x2e2ee53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e29d55f
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
	.inst 0x1e244170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e292120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e654232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61d933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e738a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e293855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e690186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc09057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f051938
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
	.inst 0x1e23013a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e5edc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e39008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e3ddd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e64f4df
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
	.inst 0x1e653890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fca5211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e68f633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61a913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f48c8d4
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
	.inst 0x6eb0f9d6
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
	.inst 0x4f2bfe38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c38f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63009a
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
	.inst 0x1e599aac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1b8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61c9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2800af
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
	.inst 0x2ea1d9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb1ee12
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
	.inst 0x1e220114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e244135
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
	.inst 0x9e240187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21ca78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e710029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4dc8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e619a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21de9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f49addd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61a87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f352ddf
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
	.inst 0x1e64bc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c2060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e28e533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e427075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1b8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2100e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e294978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f251cba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21b89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6540bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e68fd5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e20006f
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
	.inst 0x1f401890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e24dcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0f9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2bddf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb3d495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c277
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f30b838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f208eb9
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
	.inst 0x9e59aa8b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e619ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6279df
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
	.inst 0x9e03f030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c68b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30c893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e42b014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e343976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7421f0
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
	.inst 0x9e42c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f60517a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e64dd3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fcf913c
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
	.inst 0x9e20014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f4efcbf
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
	.inst 0x4ea0d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f413211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2289f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e682070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f3a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3d1016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3ff018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e03b139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c17b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0fa7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61685e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f24fd7f
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
	.inst 0x1e2e28b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e616892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1ba13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21a835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7101c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee9c5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1d938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f57adf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b199a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e362010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0f87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f47259e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee240bf
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
	.inst 0x9e43a5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6168b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4f88b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e607a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f07ae95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e24fdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e18e087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea9c4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63941e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaef45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea1e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa951bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e195cad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6fcc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7aa6ff
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
	.inst 0x5e65ddd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6300b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f3ffc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0d893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f909174
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
	.inst 0x7ee0dab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fac50d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2048d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e1959c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62403a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee5f43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e4239dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21787e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f46643f
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
	.inst 0x9e220130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2fa09871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e710102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21c8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6721d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2800e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21c9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d49d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0c115a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c05b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1b87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f52e4ff
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
	.inst 0x1f403c70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c19f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc29934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fa49836
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
	.inst 0x1e723818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7039b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0485fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28597b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71022c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4f85fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30036f
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
	.inst 0x2e21a890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2168d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f51a532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea5c493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4141d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e03d515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2e8916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f159539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1d9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29c5cf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eedd57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21d89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f1cb01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f2afc7f
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
	.inst 0x4ea1b8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e599122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21a833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e212a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f39e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc55857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e63e698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f3939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1fada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e38028b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e67fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e70d4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6201fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61ca3f
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
	.inst 0x7e6aec10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b2171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21ba32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a4a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eecf654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e354836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fca9277
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
	.inst 0x1e3422a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f409cba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f07065b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6759bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e1979ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3100ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602278
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
	.inst 0x1e6541b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3055c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0c8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61c975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2139f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3001e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c79b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eafedd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eabf69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25797e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62005f
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
	.inst 0x7eb0f930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e300061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6158d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30ddf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e311854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2aa475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0dab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0d9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6241f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e74e507
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
	.inst 0x1e43f1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21693d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e29016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21997f
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
	.inst 0x4e24c430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e674811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2108f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f693e53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e0239d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e780065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2cf016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e664857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a28f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e64c4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6aa07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e5995cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c3a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e29fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0f8ff
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
	.inst 0x1e2d89f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f71fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0f533
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
	.inst 0x1e60c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e27cc16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e273817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e216a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc390d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64297a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21409b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc499fc
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
	.inst 0x1f41b1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e39f67f
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
	.inst 0x1e780080
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
	.inst 0x1e2404f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e18f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fb01994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e283640
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e4318b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f074637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c0d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1d8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2401ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65697d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeaf4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eefd51f
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
	.inst 0x5ee1d890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f3912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e29d400
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58b805
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f5ae596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4ab537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c1d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e423819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef7e45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e19fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f11b53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e65d4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24697e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66899f
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
	.inst 0x7ea9e470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f231811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c1832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e31e5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f029214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e25f555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e432117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6ae598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21ca39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4c28fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2fac9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c31c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3679dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e71038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2201ff
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
	.inst 0x1e2401e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea6c431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21c8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eace674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e028575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6800e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6201f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eabf438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e662190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e262050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2140db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e282190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f58b59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e668a7f
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
	.inst 0x1e6b38f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e22e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4a21b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61fc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0e30b5
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
	.inst 0x1f4204b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7020d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6900a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e60e47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21badc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21789d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e68dc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee9d53f
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
	.inst 0x9e230190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e680201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3109d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f304113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e310184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e616a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea9f637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e380128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1f8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03e0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1d8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f7ffd1f
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
	.inst 0x4eabfcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f24e591
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
	.inst 0x0ea1d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f29e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e255838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e695ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6225a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e20e4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee9ee9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f93983f
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
	.inst 0x1e650140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59c4c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e701972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f67fd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e22f414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6878f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2300f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e218998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e700089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2168ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25409b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24c25d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee3c47f
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
	.inst 0x6ee0c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f6ae4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f18f2
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
	.inst 0x1f278134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e0214f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2a1a56
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
	.inst 0x1e371431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e386dd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e664ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea5c4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20191c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4c8cfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21d95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6efbc43f
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
	.inst 0x1e189500
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1d831
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
	.inst 0x9e300123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f462d54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e210165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e38f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0dd918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f008479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21a9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6198fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63007c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3a2a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6878ff
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
	.inst 0x1e2649f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c192
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
	.inst 0x1e220014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e29d595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59b0e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6109d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b5d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f252139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3000aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e632030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62419c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e75ecfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eacd6be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1999f
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
	.inst 0x1e292010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f419931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21b9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee240d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2128d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f8398b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c8817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1fa98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f51221a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f67c21b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f032d5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f2efedd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f680dde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1b97f
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
	.inst 0x4e61b8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f45fcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e263912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e712150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f22e594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb4c575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a7856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21c8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f77fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26401b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a39bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a291d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58de0e
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
	.inst 0x7e30d9f0
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
	.inst 0x1ee24112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e22c5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61750e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d0976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f3fe678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7479b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee6e5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1885b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26e444
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1a8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c0ff
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
	.inst 0x4eedd4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2008f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e616972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb0d533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f929234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fce5215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2179b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e350918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e72e632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21dc1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b195c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39004f
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
	.inst 0x0ea1b9f0
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
	.inst 0x6e2bfc12
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
	.inst 0x0e2bfc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee19895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d2876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f073937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d3a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6002e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea0e53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22701b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61b9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f459b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0f9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6201ff
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
	.inst 0x1f618030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fcb10b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e616853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e70dd14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e216915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e280555
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
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee1a959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0c9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2c2c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c27e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea8e77f
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
	.inst 0x4ee1a9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61cc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc790f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e703893
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
	.inst 0x7f4ce4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2ef596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e321559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b841f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2fa3911d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fda997e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f664c7f
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
	.inst 0x6e218930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0004d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d2953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd39854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f5bfd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64f451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f00ae37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3100c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f730519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eb6c55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f2afc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7b3afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23007d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6409be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0fa9f
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
	.inst 0x9e6101a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e59ede1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f464492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f49ad94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e290285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67c016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0ab137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e64dc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7100ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5eadfd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6301dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea5f5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e38bf
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
	.inst 0x4e68cc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eece4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee2c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e32ee53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0d854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f55fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65b5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6980f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e35edb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6300d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f77a83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd7193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30f83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03f95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61c89f
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
	.inst 0x6e61a8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2654b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc298b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e654074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e72ec15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f433976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee0d8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e2938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6402c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e2ed4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1b83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f21ff1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21c8ff
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
	.inst 0x6e61d930
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
	.inst 0x1e250162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a560e
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
	.inst 0x1e27c095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c7856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21d819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e70006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eefd5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22b434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0f53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e64010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21197f
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
	.inst 0x1e650100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e6169f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2114f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f073a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e260855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3209f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e262897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e690088
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
	.inst 0x5ea0fe1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eaad53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f24fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6ebe3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eecd57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7901ef
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
	.inst 0x9e42c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2d8451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fae9112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e650103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e288836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4fb4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6301d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e662919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0f83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b49fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e0399dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c783e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f45f8bf
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
	.inst 0x1e6f29b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301971
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
	.inst 0x1f27ac13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f09b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e4675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e71546b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e710127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f25fdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67695b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6621e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee0da1f
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
	.inst 0x7ee1b9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f30acd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b1012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee19815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e205a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee24038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f5efc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e712a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2aa01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3d15fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a399f
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
	.inst 0x6eb0f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e649c51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e31fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6609f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e312240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e75d016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f26b957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2bc478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1b839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b099a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f64a87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2419c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6fed3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c2bf
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
	.inst 0x1e2c2060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703c51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c2872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e610244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e71f4e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2bd436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e362977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e33ed38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e200249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f3189da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e78004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e68000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2441dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202370
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79018f
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
	.inst 0x4eadd570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e26ed91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3e5013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e62fd14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e219a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e216816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280227
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6022d8
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
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2742db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21aabc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6238dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e33dd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e745a7f
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
	.quad 0xa90639bb288e5372
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd55
	.quad 0x00000000000001df
	.quad 0x8bb5a2dc1c81ec96
	.quad 0x0000000000065ba6
	.quad 0x0000000000000344
	.quad 0x28632d8a0d7f3e15
	.quad 0x7726a5e0a0a0c85a
	.quad 0x0000000000000000
	.quad 0x290073b1a507bdf5
	.quad 0x19a5d111a8187f7e
	.quad 0x0020000000000001
	.quad 0x0bff69edb224b600
	.quad 0x0000000000000350
	.quad 0xfffff9f35da88b74
	.quad 0x06c00000
	.quad 0x90000000
	.quad 0x813ebc00b837ccbf, 0xc0e80000fe800000
	.quad 0xb6c5de0c02f477ff, 0x857eeea6c3e46dfc
	.quad 0x98c17f56ffd7fca0, 0xad37d5e17d7fd7f7
	.quad 0xbefc5ac9be938cac, 0xc5b4d39e8e367d54
	.quad 0x800f49dda359f40c, 0x807fffff00000000
	.quad 0xd5b4b49bfa3cfaad, 0xbfe13ed341d55451
	.quad 0xa45e5941bcb743af, 0x00000000ffe662a4
	.quad 0xf506c3fdff5f92ee, 0x91e68f1e63416774
	.quad 0x3d705ae63f4b152f, 0xb472206edc8c06f0
	.quad 0x7ffa8e6b3b42badd, 0xffc00000bccc0000
	.quad 0x3ec82a18fc49d3d8, 0xc4c00000ffc8eac7
	.quad 0x00000001d9ed9847, 0x8a4d96b97e8d12a8
	.quad 0x3dcd139d817fffff, 0x7281620331cd0a6d
	.quad 0x00000000ff800000, 0xc05000009d444474
	.quad 0x3f798ba5b5d0b993, 0x10eac4f27eddd4eb
	.quad 0xff800000bcea7d9f, 0x2d87138ac1f4c4e8
	.quad 0x7fa3689d80000000, 0x74e590c560f3fd0b
	.quad 0x01343c16b855bfbd, 0x1e7f22a2281cfdc7
	.quad 0x0000000000000000, 0xfb55a2d8fedec0c3
	.quad 0x4299e77b7fa970eb, 0xc1efffffffffffff
	.quad 0xbfdfad2abcd14ff0, 0x3cd428da41c72e0f
	.quad 0x3119c73d244d8000, 0x7fd97351187508f3
	.quad 0x5f000000eb3fa4ab, 0x800b6a9e1c9e991a
	.quad 0xd1ed7738bb64f7a7, 0x3ee8000000000000
	.quad 0x8f9adc850e1ad931, 0xbbb7800052b62aaf
	.quad 0xfdefc8f12c442676, 0xc00357614898cc9d
	.quad 0x3f4c000088488bd4, 0x434ffffffffffffe
	.quad 0x4019800000000000, 0x87f5aae15ed67e00
	.quad 0x802d648949e2ecf4, 0x6d7c7db2cd12ffd9
	.quad 0x40e0f40bf33bcd4f, 0x3f94d8433fbd5689
	.quad 0xbf80000000000000, 0x41d078d63cd69b21
	.quad 0x3c88ced249400000, 0x3fae166d77431ac1
seed1:
	.quad 0xffff39ee92b1db2a
	.quad 0x003d9c8d796fed8a
	.quad 0x00000a4e3ec56127
	.quad 0xfffffffffffffa19
	.quad 0xfffffffffffff481
	.quad 0x0000000000000000
	.quad 0x1ff6b9fc03ea4020
	.quad 0x00000000000002d4
	.quad 0x0000000000000080
	.quad 0x0000000001000001
	.quad 0x000000000000fdb3
	.quad 0x0000000013acfa36
	.quad 0x0000000000000001
	.quad 0xf0539eed8364baf5
	.quad 0x00b0e52b9c2fcda3
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x62890dde893c7337, 0x44cde1c7edf61284
	.quad 0x8761d86c7feabc84, 0xfff8abdf81fee86e
	.quad 0xc07014411c1b159b, 0xc006000000000000
	.quad 0x401e000000000000, 0xff80000080000000
	.quad 0xab5e27f0c46bfbfd, 0x7dbbc8b1a448b360
	.quad 0xfff8000000000000, 0xc00f514f91e33ad5
	.quad 0xc0c016b383c81ff0, 0xcf7ffffebb9b1728
	.quad 0x2a851e0a0f4c0aa3, 0xfffaabb48d092cef
	.quad 0xd212faafc77fffff, 0x6ed5498b2997b3b1
	.quad 0x7f80000040900000, 0xe6e49fd18c5cfaee
	.quad 0xd8ba102389cc4820, 0x800155932f7f8956
	.quad 0xedc17d95fbfcafff, 0x000ebc333fa00000
	.quad 0xff800000c1b69df2, 0x7fff66f7f76e7fd8
	.quad 0x00dab35a430d8db1, 0xbfc000007fa5b76b
	.quad 0x3ecf000000000000, 0x3a118000ffa2ddcb
	.quad 0xff800000ff800000, 0x88cb61acfff3ea05
	.quad 0x4016000000000000, 0xa4f1aec3bb821008
	.quad 0xfa4c5b5ac716a119, 0x3ff34ca01a08c37d
	.quad 0x36b00000ff24bb85, 0x7788a43428d546cd
	.quad 0x038575f182d2f249, 0xc01e5f45916e9e8a
	.quad 0xfbfdf3b96af42008, 0xd237ac6d9fe2e75f
	.quad 0x99b31e527e7b2d62, 0xe6934b88ae7adfef
	.quad 0xb8f38000e48031cc, 0x7ff6882b62d9c8bb
	.quad 0x7ff07208e1a1df64, 0xa3d49b41d7f0fbff
	.quad 0x1fa82eeb7fc00000, 0x402c6de8e5140b0a
	.quad 0x0367c3d8da61324a, 0xba90000040180000
	.quad 0x8006f40e3f652c3d, 0x07db304989a25490
	.quad 0x80000001ffc00000, 0x7f8000002d3cdf16
	.quad 0x008a94e1dd9a1c0c, 0x4027771b7befe8f9
	.quad 0x0e1e3ca7ede7bf0c, 0xc1527a60bcc61e58
	.quad 0x356f9539c5deba7b, 0x833ccfa7007fffff
	.quad 0x0216c64073cdfe00, 0xbfe84b3eb55b8379
seed2:
	.quad 0xffffffff80000000
	.quad 0x241fef45c42e4c79
	.quad 0x0000472ba3b0031c
	.quad 0x000000000000b356
	.quad 0x00000000000002a2
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x7348a14f87c7ddeb
	.quad 0x0000000004465f03
	.quad 0x1bc4cfd1d54eb97b
	.quad 0x5702679cdaf4e815
	.quad 0x227323a3061ab5ab
	.quad 0x0000000080000000
	.quad 0xfffffffffffffcf0
	.quad 0xfffffffffffffe1c
	.quad 0xb5ff3c06689438d0
	.quad 0x04c00000
	.quad 0x30000000
	.quad 0xf811128653ec65ae, 0x3f93207bba75a414
	.quad 0x8ac1723a2c9f9200, 0x8f0d2d09bd71d3f7
	.quad 0x3d000000be53e662, 0xa0d49f0dbc3cc082
	.quad 0xfff621dcf8598b26, 0x80109f126ba9e149
	.quad 0xc040000097cd8d3d, 0x8000000000000001
	.quad 0x80000000ffc30fcf, 0xff8000005d802b91
	.quad 0x5fbfc7a1fef88000, 0x00000001669f5195
	.quad 0x800d9022f977f468, 0x17ef3d96af91fd71
	.quad 0x7ed52cfcb345c308, 0x7eecb76883860c87
	.quad 0x4008000000000000, 0x00000000ffd04b06
	.quad 0x40a8000000000001, 0x0b3b25bffff48780
	.quad 0x3accdcba2ddf512d, 0xfff0b309d33c695b
	.quad 0x007fffff41000000, 0x47d30602fc4a0000
	.quad 0xc549d0bd6a31f2a1, 0x6542a58987497e45
	.quad 0xd58b3dc00d53a8fc, 0x7ff8e7b13ec91644
	.quad 0x7fc000007eeb61d0, 0xa5acbc0fb5597c00
	.quad 0xd0c04a5d2692bfdd, 0xc006949e5da4182b
	.quad 0x16141ef3ab60be92, 0x0005171e1ba6c3d6
	.quad 0x8203e99cff7fffff, 0x1f12b2eedaf178ec
	.quad 0x004114627ca016cb, 0x63d7fb77eed43efe
	.quad 0xfeffffffc0a80000, 0x69ccc376ffcaf8c4
	.quad 0x3f3f900000000000, 0x010bdc5441100000
	.quad 0xdd08803440600000, 0x99e264ead6978000
	.quad 0xc0eced26e909b82f, 0xfff776f67d19ab44
	.quad 0x002c5f587f9003c4, 0x849018393fcf25df
	.quad 0xc948665efaa0b100, 0xbf800001b6200000
	.quad 0xef9ea6c6fff3ebad, 0x01f0b1c56ee4a59e
	.quad 0xfff8000000000000, 0xbfd4000000000000
	.quad 0x7ff0000000000000, 0x371681f481191340
	.quad 0x16ae111d95b5453f, 0x8000000000000000
	.quad 0x001fffffffffffff, 0x3b9a75a1ff800000
	.quad 0x3e9363f0ffc00000, 0x8000000000000000
seed3:
	.quad 0x9e34f6d2d64b8de0
	.quad 0x2944682bb8c6be3f
	.quad 0xfffffffffffffec2
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x000000043fe627c8
	.quad 0x3e79d31f1fc2a6e4
	.quad 0xfffed1da370a491c
	.quad 0xfffffffffffffffd
	.quad 0x000000000000008f
	.quad 0xd3a9612fb863b2cc
	.quad 0x7fffffffffffffff
	.quad 0xe3b0f8f1fcfa06a8
	.quad 0x431f58ce0b1294c5
	.quad 0x517481df299cfea5
	.quad 0x0000000000000001
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0x035660f37fddfb36, 0x4a453704eac7a18c
	.quad 0x4017000000000000, 0xc0c4a3dd38d85c98
	.quad 0xff808445c5880000, 0xebbba7eb00e12fa5
	.quad 0x03dfc31e804601ff, 0x74dada90799f7df7
	.quad 0xba721143dfd35e69, 0xa014e2dd1958c60f
	.quad 0x75da01b195b4fdd5, 0x428d8c12d7040e16
	.quad 0x8bdf0c5d3f7b759b, 0x4040ae58309801aa
	.quad 0x7f800000bc5a4927, 0x3fc3d0015a8660c4
	.quad 0x48c0a242847b22d2, 0xd56201dbbe974500
	.quad 0x4d1ad806ffd80000, 0xff96b9b9bfa00000
	.quad 0x434203f5fc6325c9, 0xf3debbcffdda301a
	.quad 0x657dca16c85db800, 0x95a322f0f591f927
	.quad 0xc02f86a0848d38a7, 0xba0ad5617ee2fd7b
	.quad 0x806a9eb8ffb708a2, 0x8000000000000001
	.quad 0x7c13d062cf629b06, 0x0ecb2dc34d8e09ae
	.quad 0x9dc2de5c0ce7adc7, 0x4039b5e328d75f2c
	.quad 0x7f8bd7f04f000000, 0x00090617d7548faa
	.quad 0x00e899b71400c723, 0xc02dc00000000000
	.quad 0x3f967c2303c247b3, 0x40f0000000000001
	.quad 0x41200000ff959a5f, 0xbfd3af8ed1111e3d
	.quad 0x7fa2a0adfd43c605, 0x1a1768e2877a2161
	.quad 0xac7154a56560fc00, 0xe6a78bfefdcdb6bc
	.quad 0x3cd82b47bbad3f04, 0xbffbda57ea3d3014
	.quad 0x03848abe9c0dd6e1, 0xbe58bbc0ffe40800
	.quad 0xf675d7d8cf470000, 0x0000000000000001
	.quad 0x4063293679b736ca, 0x849424f997564537
	.quad 0x3fce3bca5eeced2e, 0x400a000000000000
	.quad 0x8f0bd5642910384d, 0xc0240cbda90384bd
	.quad 0x000000007fd8cca4, 0x41700000c1c25953
	.quad 0x79c98668ff3d0000, 0x024f3942cbf7ffff
	.quad 0xf04e7a9db5707e00, 0xdddf8a4496c42bd4
	.quad 0xc1040000bd954e98, 0xdaccfa602af0f765
seed4:
	.quad 0x001500a4b3cecd1a
	.quad 0xa7fbd39dca607d0c
	.quad 0xffff9b978226f1c7
	.quad 0x66f24bccd691985e
	.quad 0xffffffffffff9316
	.quad 0x0000000000c66190
	.quad 0xc3871d1726599e70
	.quad 0xffed8d75fea7b091
	.quad 0x38c066c724b69c4f
	.quad 0x000000007fffffff
	.quad 0x0000000011ea6164
	.quad 0x0b92e154a621c27c
	.quad 0x00000000000002af
	.quad 0x1612e9de531e847e
	.quad 0x0000000000000042
	.quad 0x00000000017ef257
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x3ff65f162ea92aec, 0x80358088ef5d94ce
	.quad 0x800045f19173dd98, 0xc034f0cc80c215d2
	.quad 0xfefa925ec2000000, 0x000dc7a2e47b7e0b
	.quad 0x3f8859922e47109b, 0x1e8e74bbffc5a041
	.quad 0xee6364357fa979bb, 0x837793408bcde596
	.quad 0x953864b97f800000, 0x80e726bb00000000
	.quad 0x7ff0000000000000, 0xfb6e9080471cebda
	.quad 0x8325deb5435eeeaf, 0xf8c02565c054386c
	.quad 0x8000000080cdf3aa, 0xa81cd6a2dca136ff
	.quad 0x908c32323bfdc9a6, 0x82df18e2e7cb4bd1
	.quad 0x7f8bca5f80000000, 0x40537e4a5e1a87f4
	.quad 0x55c507d8fef87c00, 0x54e9f8087fb68000
	.quad 0x40a1976180400000, 0x7fac854ac7400000
	.quad 0x7ff1683af5a7ba8d, 0x697bff6fa89b79c8
	.quad 0x04715eaafdfbd7a0, 0x4016000000000000
	.quad 0xdab891c980000000, 0x800ff789f0ff59a8
	.quad 0xd4d367dbc884fcc4, 0x42e60000ff800000
	.quad 0xcb3f24a8fbfb8d8e, 0x40000001bd4cdf46
	.quad 0xc03ece96ff4f3472, 0x09405a5089bf276c
	.quad 0xc1a51a58bf7df7ff, 0xc0a40000f49e1480
	.quad 0x107d83857f800000, 0x8000000040fdcdad
	.quad 0x039842f035b604f5, 0xa399f3e6fff17983
	.quad 0xbfb96dc4c0770bf7, 0xe950e94fa705a1bb
	.quad 0x41e79856001aa3fd, 0x80f7f585d7effcf9
	.quad 0xffc00000f9908006, 0x4012800000000000
	.quad 0x000000003fccd5eb, 0x27f21590ffeefd1d
	.quad 0xc06664c86aab4654, 0x7ff8000000000000
	.quad 0x41677bafbd574343, 0x0db73abefed4fd8f
	.quad 0x8f9d3453c3430a2f, 0xc33fffffffffffff
	.quad 0x734398707f98f56a, 0x4b6eeebbddcf7def
	.quad 0x80000000bd700000, 0x24d5ff4b55119bf4
	.quad 0x0232c678203f4e75, 0x6319ecc5d9af6b45
seed5:
	.quad 0xa07eb2bc75228ba3
	.quad 0x0020000000000001
	.quad 0xfffd9920bbaa5f65
	.quad 0x0000000000000001
	.quad 0x2fd58ad92e5ae7a5
	.quad 0x0020000000000001
	.quad 0x0000000000000179
	.quad 0x8f3ef0be5fe4c42f
	.quad 0x69754dac0aeec3f1
	.quad 0xfffffffffffffedb
	.quad 0x0020000000000001
	.quad 0x00000000000002e9
	.quad 0xfffffffffffffa68
	.quad 0xd209365ee4740f8c
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffed7fe45
	.quad 0x07800000
	.quad 0x20000000
	.quad 0xf7a824a47fa1b5d0, 0x3fdcb185b2b5458f
	.quad 0x3fd29ad73a46cd66, 0x3c711acf8036a444
	.quad 0x800000003d2bb7d2, 0xb513bd2ccca1aaa9
	.quad 0x3eb2800000000000, 0x7dbca8939186cb63
	.quad 0x429a90b8426e10ce, 0x4f00000014dbde03
	.quad 0x7f8000003cfd7fa3, 0xf793827657ffbfff
	.quad 0x4023800000000000, 0x75417f3ff5f62ea5
	.quad 0x7ff0000000000000, 0x35e6a23601af45c0
	.quad 0x61a8745ffff2ffe0, 0xff1e3da87fc00000
	.quad 0x3eb0000000000000, 0x88a3a6ff3dffbf7f
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xee30455e7f7d7ffb, 0xe5434779bfa08000
	.quad 0x3f80000000000000, 0xdafebe66ffeaffaf
	.quad 0x8086e870ffbef9e7, 0x3f9289b29db23769
	.quad 0xfffb70a0cde185f7, 0xd97ff2e9fafd7e00
	.quad 0x343e893affa65fa4, 0x688493dcab851999
	.quad 0x7f9a8ea1747b4930, 0x5f9edd2970e80000
	.quad 0x800acd91b7b42a14, 0xc0800000c7fffffe
	.quad 0x8014c9fe01000000, 0x7ff8000000000000
	.quad 0x5aa82d692e9bfc00, 0x000fffffffffffff
	.quad 0x0edfe35725078000, 0x8000000080000000
	.quad 0x402a4c8be3bac87f, 0xc0000000472c3edb
	.quad 0x0029c4472c8c5e97, 0xc0c8300000000000
	.quad 0x3ff0000000000000, 0xc3e0000000000001
	.quad 0xbfe8000000000000, 0x2c22abde7320c067
	.quad 0x18868dadd33bfffe, 0x0456b6f800400000
	.quad 0xb740000068ff8586, 0x804c322a00000000
	.quad 0xbfe00000bef2e34a, 0xc2a00c64d0a57c00
	.quad 0xfa977904ffce731b, 0xff800000a413ff51
	.quad 0x361266d767affd72, 0xbfded98482c1141b
	.quad 0x80000000ff59b3eb, 0xc002c206011756ba
	.quad 0x57470e197f477fbc, 0x569bc4e2594f7ce1
seed6:
	.quad 0x2231287dd8232d23
	.quad 0x000000000000002e
	.quad 0xa32bec070998d575
	.quad 0xffffffffffffff0b
	.quad 0x000000007fffffff
	.quad 0xd0d63c1f4da5052c
	.quad 0xffffffff80000000
	.quad 0x000043469e6c0a05
	.quad 0x00000000006b7927
	.quad 0xffffd1f47de30b8d
	.quad 0x76285a690647fd3b
	.quad 0x484ebbe2a06a7aac
	.quad 0x87c262372e899c67
	.quad 0xffffffffffdfe08f
	.quad 0x0000000000001ff3
	.quad 0x0000000001c256ca
	.quad 0x07400000
	.quad 0xd0000000
	.quad 0x76c4a4977f97ca08, 0x3fbab354d010f261
	.quad 0xf46118b6ebefae5f, 0xd6172e6affffc751
	.quad 0x903bc1d94793538d, 0x655f1c5b001aeb90
	.quad 0x3bc3c63285b97cd6, 0x421ca3cf7f8077e2
	.quad 0x3d5bffc67a06f210, 0x21650543e92eff33
	.quad 0x478000017f937ee7, 0xff800000bdd0c423
	.quad 0xbf9c8cf498e83f3c, 0x7ffbf4633ebfd240
	.quad 0x40406f48d7f068da, 0xe4f85e24d1116c7f
	.quad 0xbcca5868c1b45174, 0xf48c22b4804cd57f
	.quad 0x398e6b8c7fd767af, 0xade90f7a95a96149
	.quad 0x7faebd6dbbdbf20b, 0xf8abf75942a3d06f
	.quad 0xbeee000000000000, 0x434ffffffffffffe
	.quad 0xfff6ed41f26f95ff, 0x01a532613476c9a1
	.quad 0x7ff03f71433b1601, 0x47462603c5b77fed
	.quad 0x7fc0000080ffffff, 0x0ce07f8801d7ffb5
	.quad 0xda3992a73efe3fff, 0x4022000000000000
	.quad 0xadd8edcd404ea3b7, 0x7ff8000000000000
	.quad 0xfffd8678605de691, 0x426863ef00000001
	.quad 0x7768800e411b45c0, 0x668848ee53983ca0
	.quad 0xbd65fff1bf31ed5e, 0xffe0000000000000
	.quad 0x09823b25e9455cb2, 0xdd00637c50510030
	.quad 0xc053aff18e7a4343, 0x4f7ffffec0b00000
	.quad 0xc07bae7111d700f6, 0x862f6181c2811f86
	.quad 0x2d51accfdc657801, 0xe2f539bca1617bff
	.quad 0x5309d93cfeffffff, 0x0000000000000000
	.quad 0xeb89a58e110748e0, 0x7f8000007fc00000
	.quad 0xc11d8aec3f9a5e59, 0x0009bd061e76b4f5
	.quad 0xbfe4000000000000, 0x1f8a18dad1fffffe
	.quad 0x7ff0000000000000, 0x3bde4a2fc59b0000
	.quad 0x3ffe000000000000, 0xb1933c64532a3cd8
	.quad 0x5242711383a65a47, 0x8026a5d99e562e09
	.quad 0x2b0b7920ee7efdbc, 0x40a4a00000000000
seed7:
	.quad 0x0000000000000001
	.quad 0x00000000000d5072
	.quad 0xffffffffffea7111
	.quad 0x47642eee308ce3e8
	.quad 0x00000000003c5a63
	.quad 0x5b370343397094a9
	.quad 0x0000000000000376
	.quad 0xb81f89ccb1835476
	.quad 0xffffffff17f6b42a
	.quad 0x000002bcc286434b
	.quad 0x0a74b4b33da01dce
	.quad 0xf4af831d2ccfda25
	.quad 0x0000000000000001
	.quad 0x003cdbcfb22535ef
	.quad 0x00000000000001a5
	.quad 0x0dab8d3b669478af
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xc01cac3efd0e13b5, 0x7ff0c0afc09bf4b3
	.quad 0xc016800000000000, 0x00000000be8225e5
	.quad 0x1daa0b59ffffffff, 0x7f8000007e37fb57
	.quad 0xb2bc89c3d06232fa, 0xe6362efeda130dc3
	.quad 0x00ffffff959825bc, 0x0000000000000000
	.quad 0xbc3670007f81d84c, 0x9d04da131bddd381
	.quad 0x8008000000000000, 0xc8dd92dbbbffb7d9
	.quad 0x800c0d0d26531042, 0x411e0000805711ae
	.quad 0xc09000006707c475, 0xff5f40020f034fb3
	.quad 0x7ff0000000000000, 0xa0ba4e43215253c5
	.quad 0xc3ea21cb40500000, 0x7ff5ad23fe86cc99
	.quad 0x7f873c4f37e00000, 0xc3790b6d7fc00000
	.quad 0x800ff6c0266eb46d, 0x806005420054d362
	.quad 0x3e317e4d00000001, 0xfff6ea099e027bf5
	.quad 0xfff00851f4f1c4c1, 0x817fffffa5cdd27d
	.quad 0x3e112a0880000000, 0x3c9e8755ff8aa959
	.quad 0x376661f237bd0001, 0xc00c000000000000
	.quad 0xac3aa45ec94d8000, 0x4ecba9ecefedaa5a
	.quad 0x4000000080000000, 0xc078be874b96dc6d
	.quad 0x818962ca65584d41, 0x8000000000000000
	.quad 0x40b800007569e5c3, 0x41435ef97fc00000
	.quad 0x0060bbfbb8840000, 0xd2f93f74feff5f07
	.quad 0xc3b8873dc0585a30, 0xa319c390f0fcfa93
	.quad 0x2823c42f665dfc00, 0xff84578114d3147e
	.quad 0x6eed77765c5ede1e, 0xfff8000000000000
	.quad 0x0008000000000000, 0xc3e0000000000001
	.quad 0xbca3302bff83dc31, 0x323db57495e37792
	.quad 0x80198ce43a210000, 0xc038d2ab8731fddf
	.quad 0xbfd42ae16d9d158f, 0x5980000100800000
	.quad 0xffc00000427c8000, 0xa8afb113ea4dfcd4
	.quad 0x13c4d604c06506e8, 0x8f70f6ee88c7bd8e
	.quad 0x3c8dc9baffa18211, 0xc8e000004321f841
seed8:
	.quad 0x000000000000003a
	.quad 0x7a6bc4723ad068c7
	.quad 0xfffffe6433927b0b
	.quad 0x83e801d5fe10d9b2
	.quad 0x677b71b6be0bbf35
	.quad 0xffffffff408849a8
	.quad 0x600686d21238e8f2
	.quad 0x000000000000b546
	.quad 0xcaf0896901ff2f14
	.quad 0x0000000000000535
	.quad 0x000000007fffffff
	.quad 0x00277377fc0f9f8b
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0x21554b4df541c5aa
	.quad 0x0000000000000364
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x004e0408eb4a006a, 0xbff2000000000000
	.quad 0x8000000000000000, 0x7fe0000000000000
	.quad 0xc3f0000000000000, 0x409c000000000000
	.quad 0x8000000000000000, 0x802fffffffffffff
	.quad 0xff800000a4ce7631, 0xbf9813bad71c1b6c
	.quad 0x80000000cebaee0d, 0x3ff9842811f70767
	.quad 0x9dac91d6cd1e7bce, 0xd2bdfbf8904e7c00
	.quad 0xd5a0c8c23c43a944, 0x0000000000000000
	.quad 0xe7f0924799677ce9, 0x3fa2218c9dc5b3c7
	.quad 0x3b727ee1c9fd32d7, 0x3aadbaa973be594d
	.quad 0xbfa876cebd32abd5, 0xabdc3a267f377fff
	.quad 0x43e0000000000000, 0x94f030cee1cd5e90
	.quad 0xc66fd71cffd300d4, 0x8027ca0982a067b0
	.quad 0x4002d99e02211635, 0x7ff0000000000000
	.quad 0xb158d145b88b7c0c, 0x403c99797a80d7de
	.quad 0xc7b4b9df75537a8b, 0x845820b530687bc8
	.quad 0x3f328ea9a6d57c00, 0x0157d34e050cc387
	.quad 0xff3208cbf2736274, 0x85d3440fd6c43c01
	.quad 0x0000000000000000, 0x7f9c24c4bc5ba10e
	.quad 0x7c572c77ffd0337f, 0x8010000000000000
	.quad 0xbfc48b54bf8848f7, 0x0000000000000000
	.quad 0x81f945ed98b77692, 0xffa72e8840f80000
	.quad 0xf3ca0eccffc0fa59, 0x0000000059800000
	.quad 0x41d24dafff04f907, 0x7fc0000080ffffff
	.quad 0x7ff0000000000000, 0x8000000000000001
	.quad 0x3eda800000000000, 0x7ff3ffb2fa98b2e3
	.quad 0x016a20bbca93c298, 0xb44bfce1557f3e25
	.quad 0xb2dfb23947400000, 0x6ebc4fcc80000000
	.quad 0xf5a85f11fff2dbfe, 0x3f380000bb8a0c09
	.quad 0xc0213d99bffe1e6a, 0x427e5a9531997c00
	.quad 0x3b80000043310c02, 0xd8a13484ffdefdba
	.quad 0xd50b9923ffb7f67e, 0xa02c16e9792c96a0
seed9:
	.quad 0xfffd2ee93d0b30eb
	.quad 0x0c0eb5c1beba14e4
	.quad 0x3f3a826554a1e4ac
	.quad 0xa3c39aa242db767b
	.quad 0xe47897af00081d45
	.quad 0x20b71ac2ce8cc10a
	.quad 0x0000000223a9ac94
	.quad 0x00000000019ecf61
	.quad 0xffffffffffffffff
	.quad 0xe666882bedf3caf3
	.quad 0xdb3de2311cd22cc0
	.quad 0xaa32470ab2646863
	.quad 0x000004d0821bd24d
	.quad 0x00501a22710c473f
	.quad 0xffffffffffff9cac
	.quad 0xcf252243e49932ba
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0x0e85ee8d7faffedb, 0x7353deb90335c4c0
	.quad 0x80b5f03b0d13040a, 0xc08c0000903053f8
	.quad 0x1ea7b62e59ffffff, 0xfeb9bbf9b59c7cb3
	.quad 0xfe9a0a217fb87353, 0xc121984d0022ec6c
	.quad 0x4015000000000000, 0xc45635e2ff6f7bda
	.quad 0x571bc76a2372a880, 0x3dc50000c0b00000
	.quad 0x0000000000000000, 0xbffffffe3db35191
	.quad 0xc000000104881e0a, 0x793f5916f7f2fe01
	.quad 0x3cec0000fff2859f, 0x8179b3a4ef2566ff
	.quad 0x3a4400007ec31f82, 0xf60f14b77f926af9
	.quad 0x3ea00000c294c698, 0x4d39fd44e5fdf700
	.quad 0xc750160ab7abfd28, 0xff800000007e1689
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0xffc0000040d60000, 0x0ffd684e914778ea
	.quad 0x41e36e56ddfbf40d, 0xc31600009b3d55d2
	.quad 0x4000000000000001, 0x7ff981ea8f7177a7
	.quad 0xbf76f1d4d990de97, 0x4d48e9d4117e0800
	.quad 0xf2d66436e79d785b, 0xc7000000c0000001
	.quad 0x2cffeb9dffe00947, 0xf10708df1b92fc00
	.quad 0x598a1c4bffd77407, 0x3f7c880da76e2b3e
	.quad 0x007fffffbf535378, 0x3fd9d6d443868e04
	.quad 0x40300000c0f8b553, 0xac31712900721f49
	.quad 0x343bab85fb34dfcf, 0xfff5d44f86590daa
	.quad 0x7fc00000804f519f, 0xabb91b399293ff8a
	.quad 0x3fa4800000000000, 0xbb93d237802528ea
	.quad 0x105ddddf47270000, 0x810000003f744c66
	.quad 0xc06c85ad3a46fe08, 0x59fffffec0f80000
	.quad 0x8063ced140f00000, 0xf1b00c2f57083b39
	.quad 0xbf92e24b89ea4897, 0x40f00000bbd9d23d
	.quad 0x1150e197f7ff7716, 0x78169064ffec3c73
	.quad 0x8e9997e694623efd, 0x3ee2800000000000
	.quad 0xa5061fe1ee249273, 0x02f28138b11044f7
seed10:
	.quad 0xfa00fabd083ce59b
	.quad 0x000000000011e20d
	.quad 0xfffffffffffffeef
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x00000400ec6cefc1
	.quad 0x7d8dd1afe6e0e751
	.quad 0xb28f72fe7ea88dcb
	.quad 0x0000000000000358
	.quad 0xd1b103471faa2c31
	.quad 0xfffffffffbe93b2a
	.quad 0xce39f8c8385740f8
	.quad 0x000000295ab9c39f
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0xffffffffffffff31
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x6033df029b6fff4c, 0x7d9c6973db800001
	.quad 0x9a8b6cf4a8d0fd65, 0x3f9759411b33f8a6
	.quad 0x9f081157cfe42849, 0xfa2c6c0241c11e0b
	.quad 0x7fa03d1cdc3715f2, 0x8000000000000000
	.quad 0x000000003e3576af, 0x3a64d25acf000001
	.quad 0xbb486dc880dcfc34, 0xc5c000003ea743ca
	.quad 0xc6980000c15b5fc5, 0x1463966d40b00000
	.quad 0x7c5cbdd6fff54b3a, 0x4023800000000000
	.quad 0xff80000040d80000, 0x3580000080000000
	.quad 0x318b277bf5cfed35, 0x000000003d036719
	.quad 0xfff0000000000000, 0xc03d4e94dca223ea
	.quad 0x40d800007f4d768f, 0x3d3273cf67930000
	.quad 0xfffe86d2a152da12, 0xfefbbbe356e8a94a
	.quad 0x0000000000000000, 0xe532b3df3b9b15af
	.quad 0xffdaca4134b97b4e, 0x02201ebaa921ee15
	.quad 0x93de45098c3cb652, 0xc78000015364ff39
	.quad 0xff800000dffffffe, 0x7fa44c3f6cdf0a21
	.quad 0xbfdc2504ffd113d2, 0x21b3c323df450000
	.quad 0xb7800000005a13fd, 0x304e85d229d2c300
	.quad 0x494a28e64a6d7c00, 0xc7340000c1b5ac79
	.quad 0x7da0a3c0c739d93a, 0xdaf138f1faddbffb
	.quad 0x8000000000000000, 0xbac6a03f5637d6fb
	.quad 0x94ef08f46130a2a6, 0x4070200000000000
	.quad 0xbd052fd56010a9f8, 0x8ff48c80afbfdb45
	.quad 0x1fbd336fbfbf0800, 0x8d5b8c817ffb6fde
	.quad 0x51db0aaa480500c8, 0x93c185eabc0d00be
	.quad 0x366400008dfea790, 0xdc311da8ff9ffebd
	.quad 0x0008000000000000, 0x28443892b8f7f8bf
	.quad 0x08bb21beebdeffdf, 0xb6ef80003de71387
	.quad 0x0000000000000000, 0x000c48eb7eef3e45
	.quad 0xe9e31d0c9e61fdaa, 0xc342c7243d5d4fff
	.quad 0x7f80000075709d6a, 0xb009e636dc0587ff
seed11:
	.quad 0x00e3b2ee8b3f430b
	.quad 0x0000000006a11cab
	.quad 0x8000000000000000
	.quad 0xf3414c07af6cfa5d
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd01
	.quad 0xfff85d97912cbf12
	.quad 0xe837f5456fbd609d
	.quad 0x00000000000003cd
	.quad 0x7fffffffffffffff
	.quad 0xa70a9fad950db362
	.quad 0xffffff4fe86ce30a
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x000007c636108494
	.quad 0x4afc81466a07e7d7
	.quad 0x05000000
	.quad 0x90000000
	.quad 0xf7aee3b8bfd1fffb, 0xd2628d3b3fefcfff
	.quad 0xe5c3fd42db5d3348, 0x751d9bd0cbb7be42
	.quad 0x8000000000000000, 0x7f800000bea1dc09
	.quad 0x8008000000000000, 0x0000000000000000
	.quad 0x4215fa017fbffebf, 0xf3bef38224199f5c
	.quad 0x8042389b41080000, 0x4192130ddfc1e7b5
	.quad 0x7ffd7d873ee1e0b9, 0x1647188616d279e8
	.quad 0x1d1415a5d87b4380, 0x6c59bcea92245860
	.quad 0xf4b4ba727ffaf432, 0x0438afb6ff1e96f9
	.quad 0x7db16836f862c6da, 0x0008000000000000
	.quad 0xcdd89c57d0d90400, 0xffcfcae6754059f7
	.quad 0x7ecd33b0c84aa78a, 0xfff5c320200f65a0
	.quad 0x7bf53139dfbd27f0, 0x7fcbadf459e59a27
	.quad 0xcf7fffff7fcbe465, 0xcc8e5b86ffa1d936
	.quad 0xc11c000000000000, 0x8a64b6ff7bc0cd5d
	.quad 0x3e183c36c1ffffff, 0xa2bbfe7abfea0967
	.quad 0xc161101996031463, 0x1a2205f1c77fffff
	.quad 0x404d87ec113aec06, 0xf787a0a77f800000
	.quad 0xc1aed874010c5ca3, 0xac95fe52af757d77
	.quad 0x7fb80f5c96dfe3a5, 0xff901d6346840000
	.quad 0x3dd74f32800c9ecd, 0x83e39fcaf950d100
	.quad 0xffd78d7bc3b057f3, 0xc0400000fda61aa4
	.quad 0xc0be1b88a1a7a539, 0x4cd9fe20c5e375b1
	.quad 0x5f800001c2031aaf, 0x54a858f7e4b77e00
	.quad 0x0b8ee68f00e00a69, 0x899e1fbae5b11476
	.quad 0x35d8b37e15c17e00, 0xbcc18886ffb96f72
	.quad 0x7ff0000000000000, 0x007a2b933a980000
	.quad 0xc000000000000000, 0x02457bbcffdfdfef
	.quad 0x40531e116db8f1e8, 0x819a6a964146b96c
	.quad 0x3fcdf4a3013ea838, 0x800000001d8ca19d
	.quad 0x5d0a584ed001fe00, 0x47fb2e9b80000000
	.quad 0x47b4000080400000, 0x45dbd0ee80000000
seed12:
	.quad 0xfffffa779ed4d13b
	.quad 0x0000000000000001
	.quad 0x00000000000002c9
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc8a
	.quad 0x0000000080000000
	.quad 0x2631e7e8f5a8dbd8
	.quad 0x1dfde7f001c2949e
	.quad 0xfffffffffffffef7
	.quad 0x0000000410ebbb1c
	.quad 0x0000000000000002
	.quad 0xffffffffffffffe7
	.quad 0xfffffff3ff0d4a43
	.quad 0x0000000000000000
	.quad 0xff86869dca508cc8
	.quad 0x01000000
	.quad 0x80000000
	.quad 0xf05d7e6e05895144, 0x4150a8da7f969a97
	.quad 0x4d3ba3e1f2ffff22, 0x1a3a7c46582cd58c
	.quad 0x823e36a6edca9a9b, 0x68e78d6a80400000
	.quad 0xc0efffffffffffff, 0xd31c64285b950992
	.quad 0x64617c9d026184fd, 0xff80e36000000000
	.quad 0x882b304cb3cbf988, 0x19d5943ff9740000
	.quad 0x7ffbb75d87b6b1d0, 0xb8a80000c7800001
	.quad 0xbe2a445d7f800000, 0xc0000000ffc00000
	.quad 0x0b1a088b59a7c880, 0x31c1a701bffe7c2b
	.quad 0xc4db966dff4b8000, 0xfffc516a17f72d74
	.quad 0xb875a8d5a3fffb24, 0x9ddd9b805eb9fc00
	.quad 0xff80000083bbde46, 0x92713b4fecc5fabb
	.quad 0xfff8000000000000, 0x153879acfff0b1f0
	.quad 0x74db174942c171b9, 0x800000007f95c248
	.quad 0xa33cf7e4e9ddb776, 0xff5fdad2fb9e3b7d
	.quad 0x6c821b3b049182b3, 0x443475f102a39bb1
	.quad 0xfff728ccb77a4a0c, 0xc0f5100000000000
	.quad 0xc0ec9ff493255e26, 0x8029106af62de6b7
	.quad 0xc299198bff976e25, 0xb0bb6ec07f7fccff
	.quad 0xe52ab51a8b6782e3, 0xff11b70bc1a97c1a
	.quad 0xc11c000080409b9a, 0xff0272cc8f3f7d7f
	.quad 0x401b000000000000, 0x0016085d5d66854a
	.quad 0xcf7ffffe7fc00000, 0xf9683d32f3ffffe7
	.quad 0x0000000000000000, 0x7ff0fa10423dc40b
	.quad 0xfff30143b28e9579, 0x2d0fbc6bad9bc440
	.quad 0xe7830d11bf5fd7fe, 0xffb0c82c7f8b016a
	.quad 0x4102dc47079d0766, 0x20613c3799144782
	.quad 0x684082ea8866fef2, 0x5a8b273100000000
	.quad 0x4c89713a391d4880, 0x9eb8af99af56548c
	.quad 0xfef060caa571f458, 0x7ebc17aac33f997e
	.quad 0x84c4e2c9ceffffff, 0x3e707043b5f804e5
	.quad 0xbbec1ef940700000, 0xfc6e80dac2cba882
seed13:
	.quad 0xffffffffffffff4d
	.quad 0xd861b0664556a27d
	.quad 0xfffff3f04c310ab0
	.quad 0xfffffffffffed001
	.quad 0x0000009c10cfc15a
	.quad 0x2921ee0e1b3b26de
	.quad 0x000000000041293c
	.quad 0xffffffffff9d191a
	.quad 0x828cda21c5f16883
	.quad 0x3e029114573c0775
	.quad 0xffffffffff87e0be
	.quad 0x18e423e219e8a2c2
	.quad 0x0020000000000001
	.quad 0x84489236d630baa0
	.quad 0x8e359614bbe32d3c
	.quad 0xffffffffff5d6f8d
	.quad 0x05400000
	.quad 0x30000000
	.quad 0x7ff1f6033efe8c43, 0x40175135ba74237d
	.quad 0x16f0cd0880db61d3, 0x3f307763fff2f9a5
	.quad 0x3faec586bf200000, 0x4f800001e5645500
	.quad 0x000000003c334f97, 0x7f800000c7ffffff
	.quad 0x77e5bc1df6befbf6, 0x000d98adfcbd7f5e
	.quad 0x1025cb0cfff5090e, 0xee4750ffc9a300fe
	.quad 0xc0702f301440775c, 0xc1f580727fd6c0e8
	.quad 0x7fc000008fc1f650, 0x147cb2efc0280ff6
	.quad 0xc3efffffffffffff, 0xc1040000001c3430
	.quad 0x7fffe3b57fc00000, 0x8232535cea126afb
	.quad 0x5b2bffe2b67ff762, 0xff8000007fb6b48a
	.quad 0x3f00000000000000, 0x002508f04e013a16
	.quad 0x2cd64a4f1f44b19a, 0x2bbbd213b2ffffff
	.quad 0x833b648580000001, 0x3bdca5bb4edffd7f
	.quad 0xdc126552a3e7ffdb, 0xc06741a84463a392
	.quad 0xc3dc8102002c694d, 0x7f800000b03c7a95
	.quad 0xc2e07837dbf43434, 0xc046ee347b534cfe
	.quad 0x3e54c593c28fe13e, 0x80800000f578e879
	.quad 0xd72b762e046787ff, 0x7ff0000000000000
	.quad 0xa3feff4fadc2fc91, 0xc03f5e3e843e19f5
	.quad 0xfff0000000000000, 0x004000003c8c2c31
	.quad 0xd1be82d97e856a28, 0x7fdf2ef5e1fa22ea
	.quad 0x4566a84cd6abfeff, 0x15992ae4b76f6eeb
	.quad 0xbd8939ac616cc100, 0x7ff0000000000000
	.quad 0xa3b4a9bab01d7c00, 0x3c4b8fd37f04eb23
	.quad 0xdb4ebbb856537c47, 0xbf38000000000000
	.quad 0x3f900000be500000, 0x44d99d3d3df976a8
	.quad 0xfda0a0d0bb8cee6a, 0x2a24cec9df7ffffe
	.quad 0x3fecf00000000000, 0x00d1c0b0d6fe5554
	.quad 0x80ffffff80000000, 0x7ff7c238b3af69c5
	.quad 0x7f8000007fc00000, 0x0000000000000000
	.quad 0x136c91f67f8f438b, 0xdf9f31532cf0fc1e
seed14:
	.quad 0x2b85bf2dd59a2030
	.quad 0x015f8db9e5a3d859
	.quad 0xfffffffffffffdc4
	.quad 0x7fffffffffffffff
	.quad 0x0020000000000001
	.quad 0x000000000000037c
	.quad 0x0000000080000000
	.quad 0xfffffff033b02e46
	.quad 0x00000000000000cc
	.quad 0x0000000000000324
	.quad 0xffffffffffb2c8df
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc7e
	.quad 0x0000000000000274
	.quad 0x0000000000000003
	.quad 0x0000000100000000
	.quad 0x01400000
	.quad 0x00000000
	.quad 0xc7800001411e0000, 0x67eb3cceff800000
	.quad 0xc33136d98cefe400, 0x81ef60296bd342ab
	.quad 0x80c6f36f32edddf8, 0xab1815fec7bffffb
	.quad 0x001fffffffffffff, 0xd8588db100293b47
	.quad 0x80faf8b5d719215e, 0x6e6e3f11c39c0000
	.quad 0x80000000c4720493, 0xa500edf1fe8a3aa6
	.quad 0xead0db22c2f487cb, 0x5980000100000000
	.quad 0x40600000baf00000, 0xbe4fc91900000000
	.quad 0x84477333383a670b, 0x5d6f0161c629fe00
	.quad 0x3de37f8f84115036, 0x4010000000000000
	.quad 0xc396c327bcc23aa6, 0xd24f50b2c51b5606
	.quad 0x0000000000000000, 0x67f673a53d217c00
	.quad 0x48c887cf195a25c7, 0xff8a3a9b9e20dc1f
	.quad 0x7ee8ae40edfbdb72, 0xa10a2197bfeecf0f
	.quad 0x56855e73ffece064, 0x1a0393bcdebf0743
	.quad 0x42a23df9c7f00000, 0x8000000000800000
	.quad 0x1e70fb7a7ff9ff5e, 0x42718c7bffb1567e
	.quad 0xd9753831305cbffe, 0xc05e379b3c42d36c
	.quad 0xc13cf747c4758560, 0xffe36e7941256f4f
	.quad 0x8519eaa0e0bb48c0, 0x684336f1186687ff
	.quad 0x000f88e7bdc90aee, 0x46470000c0d80000
	.quad 0x3b8fc5efc2cf933e, 0xf163093df7560000
	.quad 0xad62e6684707814b, 0x155101a5fc96fc7e
	.quad 0xfff0000000000000, 0x7e8bdb1ae987e6ea
	.quad 0x3f1e429c47740000, 0x0bb24b8eeb618447
	.quad 0x37f6000137e00000, 0x001d8c8affb07e6b
	.quad 0x0086495680320a07, 0x81f5557fc1125dd4
	.quad 0x40830978fb6cff7f, 0x1e774f53fdf55ac6
	.quad 0xa84f8f2f3cdfeaff, 0x7fe0000000000000
	.quad 0xff800000ca392448, 0x7fe3d0e0cddb453d
	.quad 0x401f000000000000, 0xff80000043743d67
	.quad 0x40d8000000000000, 0xacdc86e97ac207c6
seed15:
	.quad 0xfffffffffffffcbc
	.quad 0xffffff1a632e345c
	.quad 0x26078ba0e0516eff
	.quad 0x00000000000003d5
	.quad 0x61836ff88b8a924e
	.quad 0xe2d2d21c2bb23847
	.quad 0x00000000000002b4
	.quad 0xc0e6c90be555fda6
	.quad 0xffff806d1b4921bf
	.quad 0xffffff84b3285396
	.quad 0x51f84dbd882b6767
	.quad 0xa9a8b1df6b06574f
	.quad 0x28a7903c402108db
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe99
	.quad 0x000000000ec4b2ba
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x450cb8b7d74fffd7, 0xfdcb411a7ffdffef
	.quad 0x723f0753cffdfe4d, 0x3f17400000000000
	.quad 0x7ff970ff9631f464, 0xab818e15fdfb37b3
	.quad 0x7fd289d83edde123, 0x8040000017df45c0
	.quad 0xd334764b7ff6f917, 0xb6ff739ec8c00000
	.quad 0x755834ecc0278df0, 0xc1ed3563e3de8682
	.quad 0xf0ef0080d20bfc00, 0x2feeca9a8d57fe6d
	.quad 0x692f1895b2a5d7a6, 0x1605cf25ddbc2142
	.quad 0x3fd024e89182f27e, 0x3ffaff6c5a7ffffe
	.quad 0xc1000000c0b80000, 0x81242a297778d22f
	.quad 0xc0e0000000000000, 0x418930e27e0ebf46
	.quad 0x7f800000ed7540ce, 0xd21860d13fb00001
	.quad 0x7ba72fbca82d2ca8, 0x7ff0000000000000
	.quad 0x80060fadcdf30f64, 0x3b000000bff3b8a2
	.quad 0xbed8000000000000, 0xa89dd5ae30bd0000
	.quad 0xfffb5e3262d37b58, 0x7ff0000000000000
	.quad 0x5b4b1c6358feffbe, 0xefd6eb6bd5d387cc
	.quad 0x96ae5af500400000, 0x5b37af17f2fffffe
	.quad 0x4606d23523c9a15a, 0xbf813b1fa997cffc
	.quad 0x0aca154d80437701, 0x5a4da244f1fffdf9
	.quad 0xfffc663e62332bfa, 0x3fa9b70cff130a63
	.quad 0x41ca13b9ffd97d14, 0x5f7a960200bad179
	.quad 0xfd596c85b5ffe3ad, 0xbf00000080000000
	.quad 0x3fc5c6a14ded7bef, 0x7cb894402e2a973f
	.quad 0x7ff0000000000000, 0xc3ffffffffffffff
	.quad 0x7f241cc8c299b5ad, 0xbb88db7bbf75b4a1
	.quad 0x43d0f59e3fc00000, 0x7ffb969b098597eb
	.quad 0x30309ff484472226, 0x4a9ce67860fcda0c
	.quad 0xcc30474b76790139, 0x3fbc468e33ea1439
	.quad 0xbc60000096240cce, 0xbcf532719ec3cc9a
	.quad 0xbea25789e37ab766, 0x01daa18cf7984420
	.quad 0xd0fbd106a113ce6f, 0xebd17e50bb824496
seed16:
	.quad 0x96abd9310470139e
	.quad 0x0000005a39055879
	.quad 0x000000000000027a
	.quad 0x2aefdc70213d155b
	.quad 0xfffffffffffffe68
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x9adb92884cb97d37
	.quad 0x09dfc3bfe00c79d1
	.quad 0xffffffffffffff48
	.quad 0x00240db1e302441e
	.quad 0x000000000279a283
	.quad 0x57f3e11c0335fad4
	.quad 0xe8fb11994c219eee
	.quad 0x0000000000000236
	.quad 0x000871e7c7bd4090
	.quad 0x03800000
	.quad 0x00000000
	.quad 0xfff3cc480abf1a1d, 0xbb9a6d2cff9be39d
	.quad 0xffea9f6e5e3322dd, 0x06f71c6ccbfff3dd
	.quad 0x1f046e7e5cf54ecd, 0xc01c7db1ce33cc05
	.quad 0x82787b9f842d7f58, 0xfffe8c9996907f25
	.quad 0x3c8dbf7f41cd5c8d, 0xc0980000b8870000
	.quad 0x7ff0000000000000, 0x035612a565537e00
	.quad 0xf188fdbe37bc8000, 0xffc00000adc2dcad
	.quad 0xc07c595d5ffffffe, 0x19910ac4fde2c427
	.quad 0xf582af6bf7f7fbff, 0x431cb6141b236288
	.quad 0x9ad6385b7f800000, 0xf31d05e8ae29c66f
	.quad 0x40f9000000000000, 0xfff0000000000000
	.quad 0x91dee24dd4be9359, 0x43e0000000000000
	.quad 0xc3c0000000000000, 0x7fd6ebfb297415a0
	.quad 0x512d052a12d8b522, 0x89c14e78463bbeff
	.quad 0x4400000000000000, 0x84613b65ff806fd8
	.quad 0x10468b1bffebffdf, 0xa8888269a5daf600
	.quad 0xeb7d07937b000194, 0x9ce95a38753cfa80
	.quad 0x11bdc2285c0c7d4d, 0x3f821c80b4e5cc7f
	.quad 0x7fc00000b500e497, 0x96041d817fa6f658
	.quad 0xf6ef190326892209, 0x000f0279e29df8d1
	.quad 0x411c000046218000, 0xffeb78eb7fe6639a
	.quad 0x7ca447e4357e5234, 0x10f417a157fdffff
	.quad 0x7ff0000000000000, 0x7f9bc029807d94b8
	.quad 0x7fd164578060085d, 0xbfe0075059c1ddfd
	.quad 0x4f7ffffe22fc211a, 0x5a7fffffffa767ca
	.quad 0x0000000000000000, 0xb57933ff07713f4e
	.quad 0x6fb9994459421502, 0xfff0000000000000
	.quad 0x0000000000000000, 0x593f50703c0d87d2
	.quad 0x7f80000043380000, 0x7ff1ea3bbfb53236
	.quad 0x6e71c71cef225fbf, 0xaf1e897ec988c08b
	.quad 0x295a5e1e6c8a80df, 0xff9a0b57d9800001
	.quad 0x0009de61e1bf1758, 0xf4cf53aa2ca93151
seed17:
	.quad 0xa35000256d2c6996
	.quad 0x00000000000000e7
	.quad 0x58550f56f5c1aa80
	.quad 0x00000e13530f059a
	.quad 0xfffffffffffffa81
	.quad 0x5413de50601fc7d1
	.quad 0x000000000000024c
	.quad 0x8513c0ecb054a729
	.quad 0xffffffffffffffff
	.quad 0xffdb09e4d4328f60
	.quad 0x8d00819439733457
	.quad 0xd4bd58a645a26136
	.quad 0xf79edbcabe229b9c
	.quad 0xb8a1eff2a09b9607
	.quad 0x1c86dd04aabe9e30
	.quad 0xffffffff80000000
	.quad 0x04400000
	.quad 0xb0000000
	.quad 0x404f25ad8b108f50, 0x16faa5516e1ec400
	.quad 0xfff3d0c53021fff9, 0x7bdb877d3064082c
	.quad 0x4f617c65c3f0915a, 0xff80000041b6d556
	.quad 0x2c78570dcdbf7c00, 0x9728475aff800000
	.quad 0xc016000000000000, 0x002b945454271afe
	.quad 0xfda04fd1530f3402, 0x3d39d2937f7fffff
	.quad 0xbffeef319cd525c7, 0x806ae3adc9cc15d5
	.quad 0x95ae706dffd7b1fa, 0x7e8000007f843b01
	.quad 0xc075197e7eb47c00, 0xd9e9e4957f957800
	.quad 0x8001a18d049d2ec9, 0x00000000ba280000
	.quad 0xff00000086c6a8cb, 0xb7c30040dabc0000
	.quad 0x421aa1adff2f3ee3, 0x06895d5dff8c5613
	.quad 0x5cdee241bffe36bd, 0xc6e20000fc75697d
	.quad 0xc79998bb9cac4d80, 0xf46e3f947faf7cfb
	.quad 0x03738e72cfed9834, 0x5a000001c9c00000
	.quad 0x8021ad432338c15b, 0x0d92a2d07def7e84
	.quad 0x1d62573e3f04fb89, 0x4019000000000000
	.quad 0xbb4000007c7ad844, 0x2f9dff5eee6c7c9a
	.quad 0x3fd6000000000000, 0xccd78789ff88c426
	.quad 0x417952557f800000, 0x001fffffffffffff
	.quad 0x15fccd127f800000, 0x4008000000000000
	.quad 0x000f9a1e35d66692, 0xb3beceea80000000
	.quad 0xea3a279ec0800000, 0x9281c6ab569135fa
	.quad 0x03545608e5a5259e, 0xfff8000000000000
	.quad 0xfd74ece3ffa22223, 0x1df7e57e6f76764a
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x81747ff496b63d2b, 0xd1e234d1ffbbc414
	.quad 0x660ee7c10e24b29a, 0xc02edb01045ccf4a
	.quad 0xadcab4f343328671, 0x9709b88344a9eb04
	.quad 0xf2c3f030f39ef7a5, 0xc23745b880000000
	.quad 0xbeca19234105bd3a, 0x0000000000000000
	.quad 0x546dd35ebfe6b5d8, 0xff13814e58932a03
seed18:
	.quad 0x00000000ffffffff
	.quad 0xffffffff9262acad
	.quad 0xfffffffffffffff8
	.quad 0x5741190ac256dbd4
	.quad 0x02506dc2a2a9080d
	.quad 0x8000000000000000
	.quad 0xfffffffcddfd125f
	.quad 0xab988cd36c4ff1ee
	.quad 0xffffffffffffff6e
	.quad 0x0043ec323cc7c00a
	.quad 0x000000000000000a
	.quad 0xfffffffff9223e9d
	.quad 0x7fffffffffffffff
	.quad 0x000000000000016a
	.quad 0x0ac3753022f714c6
	.quad 0x18e2e69a428b8fdb
	.quad 0x04000000
	.quad 0xa0000000
	.quad 0x7b0cd5ac3bed0000, 0x8000000000000000
	.quad 0x8018d1cce7fd0289, 0xfff8000000000000
	.quad 0xffa85d58ffbe3c10, 0xffbf28318a05bfd4
	.quad 0x813d07e1a3986681, 0x02ff04868e414dd6
	.quad 0x3fa285c645193250, 0x3cc847d740980000
	.quad 0x4aaf616effdfe6f4, 0x40789f0e2bb86bb3
	.quad 0x3ffffffe012c591e, 0x478000010b20201e
	.quad 0xc022800000000000, 0x3fd6000000000000
	.quad 0x5f8d9b743e422643, 0xc330000000000001
	.quad 0xce725c100a21db9e, 0xc09000002c33fb25
	.quad 0x0006cb95656f19a2, 0x7fc00000ffc00000
	.quad 0xa76e4049fdbb5c68, 0xc060000046700000
	.quad 0x7dfadaae40000000, 0xa007718fa22e02a4
	.quad 0xdc999907ff9cb028, 0x67e563c0961258c5
	.quad 0xffd8a528d0e44687, 0xc0b9d02280000000
	.quad 0x8313b31fe4c70000, 0xc86a1eb6e615ad78
	.quad 0x5c11ef60fdfbfe00, 0xbb4842530bc4fc00
	.quad 0x628f33ae5e443fff, 0xc0f0000000000000
	.quad 0x407ffffe80000000, 0x8000000000000000
	.quad 0xb182b35703a9f0d0, 0xa1bcf8c747a34000
	.quad 0x000ea1c4b9a2c585, 0x478000006287e00c
	.quad 0xbf34000000000000, 0x401000007f800000
	.quad 0x488a27f6e9db3800, 0x7c7d62af9a29bf19
	.quad 0x37a1f5d4d1bf7a7e, 0xff9895f8bdd8109b
	.quad 0xc34fffffffffffff, 0x4007000000000000
	.quad 0xe233908c7f81411e, 0x001fffffffffffff
	.quad 0x830b0b5c152635f5, 0xc11000007f800000
	.quad 0x348579fab5a30000, 0x762fcd2e2d65d93a
	.quad 0xf400ce71ff8edceb, 0x3d2457f73e66af28
	.quad 0xfff8000000000000, 0x4340101800000000
	.quad 0xcfffffffc0d80000, 0x1ae3c272ff800000
	.quad 0x4abe686816b69a5c, 0x718f4ea2be001d69
seed19:
	.quad 0xfffffff83f1478db
	.quad 0xffff1fec752de1d2
	.quad 0x000000000000005a
	.quad 0x000000001360446a
	.quad 0xfffff7793739740e
	.quad 0x0d4761e12a5b07a2
	.quad 0x1ddeab1df8bc4c34
	.quad 0xffffffffffffd30d
	.quad 0x0000000100000000
	.quad 0x0b77712d3b880ad3
	.quad 0x4c18cd25ac92cbb9
	.quad 0x000549100bdf6eab
	.quad 0x0000000000000001
	.quad 0x8927a12d079bd28e
	.quad 0x295260ce1a356af2
	.quad 0x7fffffffffffffff
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xc19083bf42b90000, 0x46f2d17377dfff90
	.quad 0xc3f87593818aa1e3, 0xbeea0c0cbfa72ffb
	.quad 0xf9020bf347cc160c, 0x45e8584ebff07188
	.quad 0xffc0000040f80000, 0xbd380848ffc00000
	.quad 0xc7b30160e3fcf8fe, 0x59ef8fabf294813c
	.quad 0x0000000000000000, 0x8020000000000000
	.quad 0x3fe8000000000000, 0x40c00000808e88fe
	.quad 0xf24dea3bbfcff783, 0xc003000000000000
	.quad 0x3c9b1aa549ff9fff, 0xc89f6d0b73b87c00
	.quad 0x2e5abc1d9f1f7c7f, 0x977bfb5e96dbfe79
	.quad 0xbf80000000000000, 0x00085106ea4d6637
	.quad 0xc1a41b05db588dc4, 0x2f9d6458a27dfa77
	.quad 0x00000000f350c586, 0xd2888092ac8f01ee
	.quad 0x45a5ad76243ffc00, 0x800fffffffffffff
	.quad 0x816abd92efd55a14, 0xc01e9b4ab961f359
	.quad 0x64b621a36c5648fc, 0xc02f6408046d0682
	.quad 0x7ff67e1e0ebaceac, 0xbce97e4f41140000
	.quad 0xd0d96f0399868000, 0x001b59ca602ca4e1
	.quad 0x7fc000003d6dd463, 0x4008000000000000
	.quad 0x0118c27d9bbda8e0, 0x4015800000000000
	.quad 0x7fb8b0fbc07fffff, 0x7fa8919580400000
	.quad 0x4070000056abe366, 0xde56368afffeacfd
	.quad 0xc34b54d24f807052, 0x402430cea19457c5
	.quad 0x8a07094fc3b69785, 0x3bd75e745a000000
	.quad 0xbf737bcaa5a17d23, 0xc06b5ddd40c40000
	.quad 0xbc0a18c47ff8de1b, 0x00000000817fcab9
	.quad 0xf355d4b2ff968229, 0x5cfebb76be8dffd1
	.quad 0x8b71945b7f6b3fff, 0x7ff0000000000000
	.quad 0x450000009e1d495a, 0x7e892a18676d80fd
	.quad 0xbe5c5f39bcc2dd0c, 0x57a6928cfffdbbba
	.quad 0xc035aa4d5e57da74, 0x51d37bf35a210000
	.quad 0xffe4ade717e1ec18, 0x8b355d59ff9eddda
seed20:
	.quad 0xffffffffffd755fa
	.quad 0xfffffffffffffc2a
	.quad 0x0000000000000019
	.quad 0x536cd3ca3c923d88
	.quad 0xfffffffffffffd06
	.quad 0xfffffffffffffeb8
	.quad 0x000000000000001c
	.quad 0x7db6026662bcbfc7
	.quad 0xde7662d0589de2cd
	.quad 0x727d651a1e132a9a
	.quad 0x0000000000115dbd
	.quad 0x34efe69551e999f3
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0xfffffffffffffe12
	.quad 0x1342017ddc48838b
	.quad 0x01000000
	.quad 0x80000000
	.quad 0xbdcd267380000000, 0xff1f9e24cb11fd0b
	.quad 0x7ffd9275cebcc957, 0xff800000e75d343f
	.quad 0x4050000000000000, 0xd606775080000000
	.quad 0x296b8cf689bc7dfe, 0xc0230a1b2590942c
	.quad 0x7889992ad0ffa5ff, 0x8027b0fd0a63552a
	.quad 0xefc1d58120c08000, 0xfffd9132589b501a
	.quad 0x0000000063cee077, 0xc013800000000000
	.quad 0xffdd7851007fffff, 0xffcf84f700000001
	.quad 0x8f2c5d9d7fab34fe, 0x41b74542050b3195
	.quad 0x81c76dd2f999a996, 0xec21be727cfbf3f8
	.quad 0x937c25007fb376ff, 0xc03ba25381c1bdbd
	.quad 0x3f92b943ca7c0c48, 0x8010000000000000
	.quad 0x5d73cb41803a28fe, 0x6534244f0b1e0e86
	.quad 0x7ff0000000000000, 0x00ef7e111571fbd1
	.quad 0x4311a8757fc00000, 0xc0eb4fb684801017
	.quad 0x400b1f6fda000000, 0xcbd6bebd77ed7bff
	.quad 0x05a745668ebf67c7, 0xfe130742c25574e6
	.quad 0xbf800001c4800000, 0x5fc5b54a82e07402
	.quad 0xa3d5a23d3fa9f992, 0x406665de80000001
	.quad 0x7d82085598bbd75f, 0x4c8a64a8bef9eef3
	.quad 0x3fb9c0093d4bf0c2, 0x9ef1d9ebfffffffe
	.quad 0x89e134a87f7fffff, 0xff800000c23e336b
	.quad 0xfff707aa7b2af489, 0xff0000003ed80000
	.quad 0xef67183640b40ad5, 0x82f3a91a3ee3bb93
	.quad 0xc0727315dbe77942, 0x404a1a7f80000000
	.quad 0xfee243c5b5e8fb80, 0x4f8000017f000000
	.quad 0x88cc9aa3d4ffffff, 0x94ae13cb0558f363
	.quad 0xfff30ae6493cca19, 0xc062000000000000
	.quad 0x80d9eedc1c4cdac4, 0x3783f7587e7ffbfe
	.quad 0x0000000000000000, 0xffe3a942b8c1770f
	.quad 0xdf3a5f1ea3d08032, 0x3fa74f1b269fc4bb
	.quad 0x470000007f88cbb8, 0xff8000003e5087bd
seed21:
	.quad 0x0000000000000290
	.quad 0x00d0027a8e04e82c
	.quad 0x149f1836af05d37c
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff2e
	.quad 0x00000000ffffffff
	.quad 0x0000000000000251
	.quad 0x34049cb6a51ac783
	.quad 0xff5d69298d61cfcf
	.quad 0xca88c6efeab4d35d
	.quad 0x00000000000002d5
	.quad 0x0000000000000a8b
	.quad 0x0000000000128498
	.quad 0x503986f6cd0d4104
	.quad 0xe4ffdaee10c77f57
	.quad 0x000000000000006d
	.quad 0x05000000
	.quad 0x00000000
	.quad 0x73d4e5d1e7aa47df, 0xc72f32e4654ccd00
	.quad 0xc066246dce5d5b1b, 0x0020000000000000
	.quad 0x002527e9c3400000, 0x4120000054ffffff
	.quad 0x2991022b8d3d467c, 0xb9bbd2647f30c694
	.quad 0x1d40d46bd880c580, 0x25f5693f61433589
	.quad 0xbfd400a743ce546d, 0x802fffffffffffff
	.quad 0x7f8000006bd173bc, 0xc3fffffffffffffe
	.quad 0x7ff0000000000000, 0xd51fcf35e0fcb088
	.quad 0x7ff0000000000000, 0x10ee399341a37958
	.quad 0x67b74c991e6781df, 0xb5c03efea3f33291
	.quad 0xeb63a5caffdffe23, 0x97a9378fffc4db92
	.quad 0xbfa94d9b0cbcacde, 0xd0b3509420c4bc01
	.quad 0x7ba9fa83d405afe1, 0x02d9e121ecb1e531
	.quad 0x860551c6d34601fb, 0x3c79f0d5f4c6fd3f
	.quad 0xa6f509e4146e6bd1, 0x406188455465a190
	.quad 0xfff0000000000000, 0x25208d16faf6fffd
	.quad 0x9094e032ffd1b6fd, 0x8fc4f71c5bcc47ac
	.quad 0x00000000003c05d6, 0xfff8000000000000
	.quad 0xc03c6d359e818776, 0x3e1ce1823f1b3cb1
	.quad 0xc19502b2808d99b1, 0xfff0000000000000
	.quad 0x3fe5bc4df8b1addc, 0xc4a000003f000000
	.quad 0xfde1a85dc7571e89, 0x7f8000003ee9d39e
	.quad 0x053e841251b77d72, 0xbd33d12980000000
	.quad 0x53ec8e85ef788331, 0x0007e10a57aed853
	.quad 0xc2b800000be46d32, 0x7ff8000000000000
	.quad 0x800e46673203ad39, 0x8000000000000000
	.quad 0x800b8bf4d5df6d02, 0x80e7882de8b88556
	.quad 0xf5cae155835fcb52, 0xffefffffffffffff
	.quad 0x80d7ad6e9e91c480, 0x7f8000007cd9f65c
	.quad 0x487496e953997d27, 0x246edc2c18d1d101
	.quad 0xfff0000000000000, 0xfeffffff42860c9c
	.quad 0x3bbbd776ffa18d87, 0xc0f239c0a61b82b0
seed22:
	.quad 0xffffffffffffffff
	.quad 0xc433082be3d3caee
	.quad 0x00000000000000b2
	.quad 0x0000000000000358
	.quad 0xfffffffffffff4f6
	.quad 0x34e31c4ef159074e
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x0000000000000386
	.quad 0x0000000001ac1f68
	.quad 0x0000000100000000
	.quad 0x00c756ea0c841872
	.quad 0x00000000000010e3
	.quad 0x41d916322a4cfbe1
	.quad 0xf416ce00d4671ee4
	.quad 0xfffffffffffffefb
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x402cfe9db1599289, 0xbfabaa919b53da96
	.quad 0x52000001f627cb1a, 0x6d93f8fa6c43f9ad
	.quad 0xfff0000000000000, 0x9fb65904ffa34100
	.quad 0xfff0000000000000, 0x46c69c1bffaffcf0
	.quad 0x7fc00000bd3788e4, 0x400e000000000000
	.quad 0xa59034b4febef5fb, 0xff65087cff000000
	.quad 0x00000000b8080000, 0x406aa9fda016fb1a
	.quad 0x407f43fd2fe28000, 0x910a922c769ccf22
	.quad 0x800f60371e1ff85b, 0xd55bc796412a7c00
	.quad 0xffdfffffffffffff, 0x401e800000000000
	.quad 0x4c039f06d5a87dbd, 0x7f948be1ffc2bfab
	.quad 0x03818ad28eb87dba, 0x3fd1c00000000000
	.quad 0x5609a85d23c73a0c, 0x43efffffffffffff
	.quad 0x97303d9d8257c449, 0xec001d779489d7ea
	.quad 0xc0570706401249ae, 0x0007ecb13ba5a14c
	.quad 0xdde680a8dfd9b878, 0x401281078eff5cbf
	.quad 0x3ce28917df800000, 0x26addcfa48ebfe00
	.quad 0x437d3ed9007da931, 0x0000000135a4f653
	.quad 0x40500000f862a3a9, 0x0b2179975b7fffff
	.quad 0x7ff232d335e00000, 0x1f1f989f5d4a7980
	.quad 0x68c39930c1918400, 0x07d637fe8223a7e7
	.quad 0x000000007fc00000, 0xefe707606d2fe1a3
	.quad 0x1caf344de76eb1ad, 0x438e1a9e9b0b2e09
	.quad 0x8194642a4e3f8290, 0xffc000005a1ca319
	.quad 0xc006000000000000, 0x4035c624176386c2
	.quad 0x80000000f74d151a, 0xfb390b73ff9ef78f
	.quad 0xc3effffffffffffe, 0xd564723720ad7f69
	.quad 0x80051bef9dd4b784, 0xfe7648c5d498539e
	.quad 0xd2f73b27ffd965ce, 0xfbec7c3c05495ce3
	.quad 0x4061e5bc55fd38f6, 0x7fc0000000000001
	.quad 0x745188fd81000000, 0xb61dcc27d2c9df58
	.quad 0xff1abc8c270662a6, 0x800000003cca10d2
seed23:
	.quad 0x00000000031ce82a
	.quad 0xfffffffffffffddc
	.quad 0xfffffffffffffcaa
	.quad 0x0000000000000001
	.quad 0x15d8a99608bb67ac
	.quad 0x000000007fffffff
	.quad 0x00000000000000cb
	.quad 0x2703e34fcd469f9a
	.quad 0x05f67c7c30bb7578
	.quad 0x7dcc6cbbc0f09b30
	.quad 0x0020000000000001
	.quad 0xfa440632465a0ee6
	.quad 0xd3aca45dc80b2ea0
	.quad 0x0000000152a63511
	.quad 0xffffffffffffff6f
	.quad 0x0000000000000577
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0x2ad5669d0fed868b, 0xc2989afb0149134f
	.quad 0x0e594fde9b5c59d0, 0xbd60bb5aff800000
	.quad 0x4070eb15ead52f2c, 0x7df6cc0aceb91664
	.quad 0x7f80000035900000, 0x00357ca23f52aee3
	.quad 0xd90e2142ef6fdb86, 0x2978967ac647c600
	.quad 0x95f5f0992c45a58b, 0x3fd004fd429fdb7d
	.quad 0xc03b200000000000, 0x21f4872efb1d7cef
	.quad 0xfcdaad995f13798d, 0x80400000cf000001
	.quad 0x7fa1f58980000000, 0x7ff204d3378c21fa
	.quad 0x6e21b5c0817fffff, 0x545ca7d8ffffbdc0
	.quad 0x800449b92706cf0e, 0x7ea63b34856efb55
	.quad 0x4002000000000000, 0xd0026366472b01d5
	.quad 0x36cc11c5feaffb7f, 0x7f0eb310a9d02bac
	.quad 0xff8000000000f7aa, 0x807e5851742d2099
	.quad 0xffefffffffffffff, 0x41d00000ff800000
	.quad 0xffb320ca80dc4ca2, 0x0281b5eba955be99
	.quad 0x0aad4d6c1bb32069, 0x0000000000000000
	.quad 0x800000007f800000, 0xb4e6c65f7873cbe4
	.quad 0x0000000000000000, 0x7f2b7a1027202632
	.quad 0xfff4eed7e5aade0a, 0x0fe0c0e7beb20000
	.quad 0x401625ac4a7b4e32, 0x7ff8000000000000
	.quad 0x7ff0000000000000, 0xa71017a0fcbdff39
	.quad 0x7ff8000000000000, 0xc0a6000000000000
	.quad 0xc1db6e1afef3791b, 0x714f52857fffffff
	.quad 0x010630d002d51ed3, 0x058ec75c3e712539
	.quad 0xbfa91f1da2d672da, 0x1f1fd860bedf9816
	.quad 0x6d738fb66bd08200, 0x051cc85d7fe10620
	.quad 0x1c4702e5418ffb21, 0x8d9c26afeda0263e
	.quad 0x29d4dd19e0621a0b, 0xb5d1bf05ffa94d96
	.quad 0x8137eb54bd4c57a3, 0xc2e7bebc80000000
	.quad 0x3f8d615b4e884bd0, 0xaee399b67ff1edfb
	.quad 0x80199fc416a4d950, 0x3f96c00000000000
seed24:
	.quad 0xab574727fe41c168
	.quad 0xffffffffffc36bf0
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe40
	.quad 0x309378b84ee165cf
	.quad 0xb25517cba0a4340e
	.quad 0x00000000000003a4
	.quad 0x8dd46c2144b0bdaf
	.quad 0x0000000000000001
	.quad 0x5714fcd987fbe2ac
	.quad 0xfffee63dd046bab4
	.quad 0x00000000000003d9
	.quad 0xfffffffffffff178
	.quad 0x000000f295d3c1a8
	.quad 0xfffffffffffffecb
	.quad 0x000000000004f4fa
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x022e054019ed9661, 0xa288e649ffd2fc8c
	.quad 0x009041faff83f18f, 0x009d11130fba793c
	.quad 0xf2f27fe67f800000, 0x7f85175e3f8dca05
	.quad 0x8000000000000000, 0x42333eceffc00000
	.quad 0x327d7dfa7fe1b8ba, 0x7f8000007fc62c9d
	.quad 0xc0b4000000000000, 0x40f800008829244b
	.quad 0x4f7fffff40a80000, 0xa1e808b2ffff7cf6
	.quad 0x82ff27b104200bff, 0x8366c5a0faa0c24c
	.quad 0xdbe7fbd43ffd7c35, 0x7ff0000000000000
	.quad 0x9293193dd7e7feff, 0x3fb3aafd27d6e2a4
	.quad 0x3ea14b647fca35b2, 0x7fb34a0bcf44eea9
	.quad 0xd9c4f79bcfb97b81, 0x3f69744e47c00000
	.quad 0xc2f25091db7e5dab, 0xc07ac5ac97e5fc09
	.quad 0xfff0000000000000, 0xfff4c523b37625cd
	.quad 0x85deef8ff5f555e1, 0x81a3612c17166eba
	.quad 0x7ff0000000000000, 0xffaaa4a7bd1bcf21
	.quad 0xff8000007fe09d79, 0x7ff63b43fa2c9a6b
	.quad 0xff8deafa3f01e2ab, 0x3b8ecffe7fb311d3
	.quad 0x3e72263087c28b45, 0x99da5924cfffffff
	.quad 0x00000000bd27b027, 0xfff0000000000000
	.quad 0xc0f0000000000000, 0x90aa1ab1fef2fe68
	.quad 0xc06b97911dffba4c, 0x3ffbdacae5f6fc77
	.quad 0x7fc000007ef33895, 0x8000000000000000
	.quad 0x7fe1663d93c4d70a, 0x803e1b70ffc00000
	.quad 0x40effffffffffffe, 0x427072f23e99f9c0
	.quad 0xff2c46423bb56510, 0x3fdf31554e733890
	.quad 0x7ae43dfedfd4fc0b, 0x0000000000000000
	.quad 0xc36a38b07fb53224, 0x9011c727091ca598
	.quad 0xffaec65a00000000, 0x3f84735897f7f808
	.quad 0x44aab8277fb7f561, 0xc00fffffffffffff
	.quad 0x51e7e5f2757cfee6, 0x25394a4091328af7
	.quad 0x66fd68567fff9ac9, 0x4ec86e272bb248a0
seed25:
	.quad 0xfffffffffffffc40
	.quad 0xa93d8c2b323c9de8
	.quad 0xffe06454cc56d77c
	.quad 0x0000000000000372
	.quad 0x0000000000000002
	.quad 0xa76b5f6c2c756599
	.quad 0x0000000000000171
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe95
	.quad 0x8467ddb931b25431
	.quad 0x0000000100000000
	.quad 0xffffffce1aeca70f
	.quad 0x61525fa670b38664
	.quad 0x0000000000000000
	.quad 0x003f46740a9fb8c3
	.quad 0x0006431f7c958dfc
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x41120000004c35c4, 0xf6ee43f8a63d7c00
	.quad 0xbc55dc6a3e9c2480, 0x7fb0262940d80000
	.quad 0xc08c00007ff3d8b2, 0xc015000000000000
	.quad 0xeaf74c1691a76b7c, 0x38d8f94efc78fd88
	.quad 0x05f332ed87d1fdc7, 0xc44000000def0fa0
	.quad 0x800000004396c251, 0xd27b30987fe7dff7
	.quad 0x03c3e1a32c79cd0c, 0x711f9a6bd9ffffff
	.quad 0xc701723495fd88ea, 0x004000007f71e31e
	.quad 0x3ddd4b163ed35623, 0xf1060148775ffcfe
	.quad 0x05e1f87fff84ed6e, 0xbfeadeff6b98e129
	.quad 0xff80000000000000, 0x7fff6372449e5153
	.quad 0x7ec8577fb6fad0a5, 0x7ff5baf736b53989
	.quad 0xffe21cb6de80013b, 0x2d0e443728cbfcc0
	.quad 0x000000003ec223ed, 0x030fae744488840d
	.quad 0x67874b10dbef4a2b, 0x2b129480e0062f33
	.quad 0xff98c469fad18a83, 0xc3f0000000000000
	.quad 0xfff21c01f2a1fab3, 0x8000000000000000
	.quad 0x68cc5e40fff04263, 0x32db953c5e4bfcdf
	.quad 0xc250000094c8082c, 0xc047fd49055c1492
	.quad 0x7ffbb4f6e41d22f6, 0x439000003c5e90c7
	.quad 0xc0316f24bdb78366, 0xb7046a5a97d355fd
	.quad 0xbfcbebb9f1131fb2, 0x8c0ff3e0f4fffae7
	.quad 0x7fd0000000000000, 0x3f04d3057fb67ad7
	.quad 0x41f0000000000001, 0x3d5d0a39fb37daf2
	.quad 0xc069ecb8f1660ec7, 0xa407b96351befd08
	.quad 0x3ffa000000000000, 0xf6b20d80cc0efb80
	.quad 0xbec4800000000000, 0x03a6c472afc1a6d3
	.quad 0x8000000080000000, 0xffc000007effffff
	.quad 0x0c98559d1de8815d, 0xfb51f06a197b79af
	.quad 0x4069c5ed5c9fc8d6, 0x5d618175bff35dff
	.quad 0x8b38d4a3903de916, 0x577bd84e2c7ebd0d
	.quad 0xbedd14f784b8a662, 0x000000000022be13
seed26:
	.quad 0x00000000ffffffff
	.quad 0x5e663826ba7a0185
	.quad 0x1b2738dfe9e7835a
	.quad 0xfffffffbcac321d5
	.quad 0xa8e4a7f1c0c5596b
	.quad 0x0000007b3149522b
	.quad 0x9648ecfa1f814c69
	.quad 0x1a29312d5406f608
	.quad 0x0000000000000277
	.quad 0x00000033309996c3
	.quad 0x000000000000001d
	.quad 0xfffffffffffffc74
	.quad 0x000000007fffffff
	.quad 0x00a76dcd63687cf2
	.quad 0x6531fcbe4ff86e6d
	.quad 0x000000000000007d
	.quad 0x06800000
	.quad 0x70000000
	.quad 0x427929918c1bc34c, 0xbc239030afacd85f
	.quad 0xc03569677d98711b, 0xdd0243e7f6a0f86a
	.quad 0xfe04a65e91e3d9d4, 0xb51b8e4d5e489233
	.quad 0xb1b1f9c77ef9ff10, 0xbba42c4c423d0ac3
	.quad 0x34964de83bd278b8, 0x40c000004ffffffe
	.quad 0xd94315e2a4a2fe00, 0x6c9b1d5e797f7e7f
	.quad 0x203e85f8dbd539f1, 0xb510546deff08000
	.quad 0x1403b59cdf9df7ff, 0x000eda8f00000000
	.quad 0x53cc180ca0f9cbb8, 0xf8609ee5adbed6ff
	.quad 0xfff0000000000000, 0x45639dd68d561d70
	.quad 0x80192a5c346d522c, 0x411a000078d88615
	.quad 0x80000001bbae11a6, 0x8007a8f3903eea38
	.quad 0x16b1dcaf6ada7fff, 0x800000000c3ad386
	.quad 0x7fd00c0a01403257, 0x7f80000029c5a911
	.quad 0x82f4ccf34310cc3a, 0x41c9c5e550e2f9cf
	.quad 0x0134fae6e9b4f400, 0xe39bea687f97a7a2
	.quad 0x25fb9f857f8634e0, 0x4023400000000000
	.quad 0xc0e40000c0800000, 0x1de0c5047effffff
	.quad 0x3f8383aeaf45492a, 0xd7ec60d4709f8000
	.quad 0x55a63f37df3ffcdf, 0x1b76f9817064d8ae
	.quad 0xffc00000c14bd1b2, 0x800cdafdf1450e6f
	.quad 0xc052aa5bbe1d4a4d, 0x5e051d2b9b5fa011
	.quad 0x00400000c29aa4ba, 0x977c599164bc8bff
	.quad 0x7f800000c0a82f17, 0xdc55cff17fc9ff48
	.quad 0xe8cfdc5fdd927948, 0xbfa83316089718a5
	.quad 0xff5dd91172306487, 0x0007f4bf6dda42a7
	.quad 0xfb103199bb31be20, 0x800fffffffffffff
	.quad 0xc019d3506efb2ff9, 0x40de000000000000
	.quad 0xb00b3e0fc0b2c2fa, 0xfff9165c712ededd
	.quad 0x4370000000000001, 0xbf2c832a3bd6ab6c
	.quad 0x3f8000001cae7523, 0x40bfe3cdfffec674
	.quad 0x40efe00000000000, 0xf451dc737fc00000
seed27:
	.quad 0x0cfa3d02a282a20c
	.quad 0x0000000000000029
	.quad 0x00000167d0b4a372
	.quad 0x612594f2ccfe7be2
	.quad 0x4570a20f8169a2ab
	.quad 0xe0b6ce373acf00b9
	.quad 0xfffffffffffffd95
	.quad 0xdb8a8a00d8faf597
	.quad 0x0000000254562036
	.quad 0x0000000000000001
	.quad 0xf17eb61e2d498e19
	.quad 0x0000000000000192
	.quad 0xd494b7d33476ffe7
	.quad 0x000000007fffffff
	.quad 0x00000000000001e4
	.quad 0xfffffffffffffdd6
	.quad 0x02400000
	.quad 0x80000000
	.quad 0xfae4c031a7759e43, 0x7f1f693880000000
	.quad 0x1474c377ff800000, 0x828493bc018ea951
	.quad 0x1506e683da000000, 0x7f307f37c02d98b6
	.quad 0xbbdd1a18df800001, 0xfff0000000000000
	.quad 0x800000007f800000, 0x88b4461cfc696d21
	.quad 0x5cbc6d4e35e9d74e, 0xbff8000000000000
	.quad 0x375e9549fecaa5f5, 0x42a93e49831d13e1
	.quad 0x00ffffffffc00000, 0xbf83cb1d532e47f2
	.quad 0xc27ee0b46ed38365, 0xeba8faca41a8bda8
	.quad 0x7fa69a0c3d580000, 0x1e258d5278c7cff7
	.quad 0x5279db60f979dfdc, 0xbff8000000000000
	.quad 0x7f80000046900000, 0x41fee6b16539d896
	.quad 0x0743ef203f1a9cc3, 0xbf87000000000000
	.quad 0x8000000000000000, 0x172bc98d7f432f40
	.quad 0x0000000000000000, 0x80042dd15a49cf71
	.quad 0xc020000080000000, 0x6a4a8769b7ebbd6d
	.quad 0xfff0000000000000, 0x800000007ffb117b
	.quad 0x7f800000c0980000, 0xff80000071f09889
	.quad 0x3fe6737699cc40fc, 0x15d6bcc5dd0ad974
	.quad 0xbeee000000000000, 0x41b5845781af4670
	.quad 0x7cd2d1d559607d8a, 0x0146b7bb10c7bc40
	.quad 0x8395d6be7f800000, 0xc61d4c40223c77cc
	.quad 0x09480917fe24bb33, 0xc7a5b11d40000001
	.quad 0x7f80000042026cb3, 0xf0f48721cef01e00
	.quad 0x7ff0000000000000, 0x392c000040f00000
	.quad 0xc1100000c152556e, 0x5818860ecfc75131
	.quad 0x7ff07c63942656df, 0x3fb0fe9fcd478643
	.quad 0x41bfb143fcb176ec, 0xe6fe81cec0e657f8
	.quad 0x72427c48f10ecf60, 0x6c9b020d895b8000
	.quad 0x3f9ecc62180d66b0, 0x40ac00004f000000
	.quad 0xff800000c0f0aa4b, 0x916d653c75891301
	.quad 0x3c352cbaef0103ff, 0x7ff8000000000000
seed28:
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xb15598c6a7f1ce49
	.quad 0x00000000000001e3
	.quad 0xdf207aaff8a8b432
	.quad 0xc08cbc0d4c9aaff3
	.quad 0x0000000080000000
	.quad 0xfffffffff46b9700
	.quad 0x0000000000000000
	.quad 0x5a2383e1d0cae605
	.quad 0xffffffffffffff83
	.quad 0x0000000000000001
	.quad 0x0000000000003514
	.quad 0x0000006f795f1038
	.quad 0x001289b398fb880c
	.quad 0xffffffffffffff3f
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xd3c313d79cea8076, 0xdc0f5a9f28ed0000
	.quad 0x8b9a4471475d81d5, 0xc330000000000001
	.quad 0xe910efe41d8dac10, 0x6e10fd4c4b32f553
	.quad 0x0daf85ff40e80000, 0xa1da5d15f6ada9d1
	.quad 0x0a443c4648571f00, 0xb95dce8851a71b76
	.quad 0xf2fe00bdfff5aa0c, 0xbfdf373323f6e58d
	.quad 0x5cfb24146924f4ea, 0x36cb00003fcd31f6
	.quad 0x5564595e431fff89, 0xc088000041900e40
	.quad 0x0ee3d91012fb8fd7, 0x1d73daf908aefe28
	.quad 0xbf7a9ae676230145, 0xf9f7ac20ffb6c338
	.quad 0xbfd0000000000000, 0x7e800000422315e9
	.quad 0x4f800000cffffffe, 0xe79200520b8c7e00
	.quad 0xebca98a01d753f6f, 0x94d245d0ffadff6f
	.quad 0xbff3000000000000, 0xfff2c13a740be80b
	.quad 0x8eb3fdd046a60000, 0xff800000bfac8b1e
	.quad 0x401d800000000000, 0xe0e18f9f5790791a
	.quad 0xfff276b1b3a61d57, 0x7f7fffffffe8b777
	.quad 0x288cee47ffeeabfd, 0xfe2d1477d4746ee6
	.quad 0xfff64644da1bdfac, 0xc1db24b442b49063
	.quad 0x410669fd43a25ba1, 0xff800000ff800000
	.quad 0xc056e30ba30c210e, 0x4350951c337b9b0f
	.quad 0x9544d6bf7fc00000, 0x35c00000c3220906
	.quad 0xf0be7ebf226e7c00, 0xa0ea3c1ef7bfbafe
	.quad 0x4266284d00000000, 0x3fc69fe129bbd7f0
	.quad 0x000fffffffffffff, 0xffd0000000000000
	.quad 0x3282aa37cfb6e988, 0x16257b8a424c1cc8
	.quad 0x3dbbba52f5820395, 0x3ec00000bfa00000
	.quad 0x7e5251b7ffe00000, 0x074661016253faf8
	.quad 0x7ff0000000000000, 0x0007097d4e237d58
	.quad 0x0f00b13f42e7e736, 0x41732bdafc6b9d3d
	.quad 0x0ccf08cac42df7dc, 0x4aaac77b04040000
	.quad 0xfff3b51625091808, 0x03aa57f2b6953e7f
seed29:
	.quad 0x00000000000002a8
	.quad 0x000000000000018d
	.quad 0x00033fcf47d35c29
	.quad 0xfe77cc37525330f4
	.quad 0x0d72642e4027fc1a
	.quad 0x000000007fffffff
	.quad 0x72cf3c733f481b55
	.quad 0x44455e1301d65164
	.quad 0x7fffffffffffffff
	.quad 0xe690e46519455b07
	.quad 0x9388c05a61160779
	.quad 0x00000000000001ab
	.quad 0xc2540ccaf24e7278
	.quad 0xff072d79afa42fd4
	.quad 0xc80f9006e52709a3
	.quad 0x34e21752bcc8ad86
	.quad 0x06800000
	.quad 0x50000000
	.quad 0x41fad25ec1aac68b, 0x3d394b69420ad452
	.quad 0x800e8a771cb4a6d4, 0xf1c5a1f147fffffe
	.quad 0x5894069f1d297ea5, 0x5d57eff79b50fd3c
	.quad 0x61721d98f1ef8000, 0x7fbc488541180000
	.quad 0xc6130a7e35595b35, 0x7ff4d5b92a77a2bf
	.quad 0x918153d4fffe83ff, 0x015c0bceff800000
	.quad 0x00000000fa2743d0, 0x8009d216fd4b46a2
	.quad 0x7f800000d4e74ac7, 0x80000000c063b9d2
	.quad 0x80000000ffc00000, 0x3ca0000000000000
	.quad 0x470000011db80d95, 0x8000000000000001
	.quad 0x18c507fe17da3abd, 0xefdf02b23c7fdafd
	.quad 0x208c2d6d1dabd13b, 0xc06ef458b8fba2b0
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x0e8c74ad3494c45c, 0x40f800003f88ca07
	.quad 0x8019b02842093ac8, 0xd80acfb17fddfcd8
	.quad 0x002fffffffffffff, 0x000e1d7e44c4ed6c
	.quad 0x3f74738b42256d89, 0x4931044174f8fc00
	.quad 0x7fad1a2880000001, 0x7dcd3ea38b3906e2
	.quad 0x3d0c0313ffb54ff9, 0xa7c5641c3fa90702
	.quad 0x7d0f6c633f6c4bb7, 0xc3b00000ffbe5a30
	.quad 0x4c8be5432bcdb99a, 0x15fb56ab2864a898
	.quad 0xffc00000ff800000, 0xff63e01eff92c641
	.quad 0xbd8189f57effffff, 0xc06229e0596d5dd2
	.quad 0x00000000f1100157, 0xf3005fd91425a296
	.quad 0xfff286faecf79411, 0x7ff061316d8725bb
	.quad 0x2bc109c48d31de22, 0x3fde378c3e651722
	.quad 0x1ee24ee23fffffff, 0x39a983b7ff9f3bf2
	.quad 0x0000000070bd75a6, 0x5c7dd774e81c79dc
	.quad 0x5d15c1f7c0100000, 0xc364512cf08341c7
	.quad 0x755c66a08cc533cc, 0x7ff8000000000000
	.quad 0x8d02b072aa17e1f0, 0x7ffbf011ff800000
	.quad 0xfff0a31fc4b2bbe3, 0x80000000bbcbbc89
seed30:
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x00000000007e91d6
	.quad 0xfffffff237859098
	.quad 0x0000000001000001
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x0000000000000e1e
	.quad 0x0000000080000000
	.quad 0xfffffffffffffecf
	.quad 0x7f586f9de25b2640
	.quad 0xa593c7cdec94cd95
	.quad 0x00000000000356ad
	.quad 0x000000b0a7060cc3
	.quad 0xffffffffffffff05
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xbe44b58538700000, 0xbfd0000000000000
	.quad 0xc1b78b8b7bf77f6c, 0xf08a7d33c0c80000
	.quad 0x7ddc8e5c55c3e733, 0x000857a01104c47e
	.quad 0xc32d3943ff7fbff9, 0xbe0000006de8bfab
	.quad 0x5b16148b88dc328f, 0xe04a57c6932f7def
	.quad 0x4023800000000000, 0xbba06bc35a000000
	.quad 0xc01b000000000000, 0x4aa9e841217ffdfe
	.quad 0x80055ccab59bf5f9, 0x354c906240800000
	.quad 0x0e41c8524e70bc1d, 0x8007fb0a6325b1a3
	.quad 0xd21e0d42dbab9b4b, 0x214f7a01f37fbf08
	.quad 0x784fb3ea74466f62, 0xcda1a12c06bcee20
	.quad 0xc020e29a5f077df0, 0xc01f000000000000
	.quad 0x9b4f3f0b405682ac, 0x36b7d364e8e17900
	.quad 0x0000000000000000, 0xc1f2d44be908d8c1
	.quad 0xc2d1cac1ff8def14, 0x7f800000d6295a67
	.quad 0x8000000057e6e21d, 0x2bfc393de99dfbfd
	.quad 0xc0345ccb814ff8d6, 0x3fe09c4fc989d7df
	.quad 0x7f8000007fc00000, 0x81a340f10ced7ba7
	.quad 0x33400f1c5224f22a, 0xbf8792a84bbf68c3
	.quad 0xbf884f12758005d6, 0x36879e14bfbe4771
	.quad 0xa71fcbc179ffbb5b, 0x3fb140ab65db2f6d
	.quad 0x5a9c0ccff77fff3a, 0x7f800000ff000000
	.quad 0xbf987f14bcfa83ff, 0xffd9b3f78f57d909
	.quad 0x16118218c6ea1502, 0x43e007a3ff800000
	.quad 0xebd14dead541fc00, 0xbc943ce076da95b3
	.quad 0xc0e80000664adef1, 0xe391aee90ea9b0ee
	.quad 0xf35e82204bea09a4, 0x50c3cdbc701138c7
	.quad 0xe255c031d98c26cd, 0x663afe00ffe57e00
	.quad 0x3c000000c04a407e, 0xe28bcf546f6d7880
	.quad 0xc025232b2a084a05, 0x82ae40df7ae2b245
	.quad 0x1a5d6a4f4185c5ab, 0x1a448e02817fffff
	.quad 0x805196756e2ba709, 0x3048fcff43357c32
seed31:
	.quad 0x17f468072aeb4274
	.quad 0xf57722d49d7edf43
	.quad 0x00015fd7572d5f71
	.quad 0x945985926e92f578
	.quad 0xffffffd723376ee1
	.quad 0x00cce2a24bd0946a
	.quad 0xeaf2a35f87f67d39
	.quad 0xffac839fea6a05db
	.quad 0xaaec1f98dea136e3
	.quad 0x00000000000094fc
	.quad 0x00000000000579eb
	.quad 0xb085a38d8d18ad17
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe49
	.quad 0xd35ead8bb0857dba
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x61342e645191b1df, 0x2130c644d0057b93
	.quad 0xcb9cd8018066d3b9, 0x373da0abb9a20000
	.quad 0xfe800000414e9b4f, 0x0a0f6f60803c5c05
	.quad 0xfff8000000000000, 0x801fffffffffffff
	.quad 0x401c284665d8dff0, 0x7e772f8787f49746
	.quad 0xfdfc4728596777fc, 0x07ab0691bd600000
	.quad 0x800000006ef86e65, 0x41140000414b72b3
	.quad 0xc0ac00007f800000, 0xbfe0000000000000
	.quad 0x4002f13c8a77caf8, 0xbfc8840fe1c9f2ae
	.quad 0xfeffffff7f96556c, 0x8a27c92b70e37926
	.quad 0xbeb0b55d003d9723, 0x7ff0000000000000
	.quad 0xc7d73f7e80000000, 0xfffca5afb3cb4b63
	.quad 0x7ff59277dce900a0, 0xbc9532f1b9efb1e9
	.quad 0xb4dfc5f8e5e7ecdc, 0x91d715c5ff800000
	.quad 0x6c5151830cc6214a, 0xffd84d4836780000
	.quad 0xdd1399c3fbfc57e7, 0x025a4cf5579ed806
	.quad 0xb1ac0bb14f8485c1, 0xc34ffffffffffffe
	.quad 0x575e55cc7ffcff5f, 0x0000000040e40000
	.quad 0xfc58b78b806982b5, 0xd7761836f3eefd97
	.quad 0x7fb4459800000000, 0xc06a000000000000
	.quad 0xfff0000000000000, 0xadec57117fa32e3a
	.quad 0x0080000080000000, 0x1d0ae62b4386cd6f
	.quad 0xfe430fa14feab9e0, 0xd9fffffe4018fe23
	.quad 0xfff0000000000000, 0x010d2bb95e62486d
	.quad 0xc03da133bad62e56, 0x3c6185f37f90ed62
	.quad 0x0e1acb4d5283a666, 0xfa16c895477fffff
	.quad 0x00ffffff40b40000, 0x65f8bad622efec7b
	.quad 0x7eb650774ed33262, 0x13e04aa0441f332b
	.quad 0xff82d3c2c95630cb, 0xc04b800000000000
	.quad 0x800c523f9422966e, 0x090983f6ffb8dfa3
	.quad 0x007fffff404dffbc, 0x401d800000000000
	.quad 0x7fcbc0284f000001, 0xc023000000000000
seed32:
	.quad 0xffff50fd14931ea2
	.quad 0x7dcc343cc250579c
	.quad 0xfffffffffffffe53
	.quad 0x0000000000036c81
	.quad 0xffffffff60073a6b
	.quad 0x0000000100000000
	.quad 0x329bf6d5db6ceb18
	.quad 0x00000000ffffffff
	.quad 0x00000000000000cd
	.quad 0xfffffffffffffebc
	.quad 0xfffffffffffffcb3
	.quad 0x000000008e133d10
	.quad 0x335d6114a0d7d8c0
	.quad 0xfffffffffffffffd
	.quad 0xcd3d09bca269b6de
	.quad 0xffffffffffffff4c
	.quad 0x06400000
	.quad 0xe0000000
	.quad 0xfff798999afcc5db, 0x9d967332c5c00000
	.quad 0x5be3a2d3bd60fb12, 0xbcc00000ff800000
	.quad 0x3fa859cd18fdb14a, 0xb03789eb2425c0a5
	.quad 0xc001269327c07a20, 0x4afd4c6a81000000
	.quad 0xfff0000000000000, 0x3e4b555f3ec00000
	.quad 0xdf96fdaf7f800000, 0x7ff6ba7c3784189d
	.quad 0xb5867f6cfffebf5f, 0xbc1d96c8c27aaba7
	.quad 0x3f8a0ac09de44d41, 0xf9135b7e6c848000
	.quad 0x8717836d97e31696, 0x144d79075fd7f0dd
	.quad 0x7f80000081000000, 0xa42bdf25fcfdfa01
	.quad 0x0000000000000000, 0xd7553f09d372c39c
	.quad 0x8020000000000000, 0x82ae4731fad2cc36
	.quad 0xba79d126feff182d, 0x2ffc468fe97449b3
	.quad 0x10737f25e8d57c00, 0x8000000041060000
	.quad 0x760188fc8c243f32, 0x7f800000ff8f215a
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x40cdb33583ea64fe, 0xbd18999c936c6c05
	.quad 0x3c910f86c11c0000, 0x5a04c49d41d36d4d
	.quad 0x02c27e9aa43792cd, 0x4007000000000000
	.quad 0xcb53f4ee86850000, 0x7fdd9a5379c928ca
	.quad 0x3d409b55408a4f11, 0x7f48adf8d9b255d9
	.quad 0x7ff8000000000000, 0x018efcee6df6421a
	.quad 0x8000000000000000, 0x78f30dbfc372cb5e
	.quad 0x496323f78ef058fe, 0x6afca6109e349c98
	.quad 0x2bedfcc2a705c594, 0xbe36754ef7f3b68c
	.quad 0x9f366821ff6febd6, 0x3f38000000000000
	.quad 0xfff0000000000000, 0xfeb6df1f7fe049bb
	.quad 0x7f800000c109b1a6, 0x3f7c0d1a7f294c91
	.quad 0x0010000000000000, 0xc87a4b588602a6a2
	.quad 0x618c49f9fdbf4fec, 0x9084a421776bfd79
	.quad 0x3e7cdfc5ffeff56e, 0x00d29206adab6ea2
	.quad 0x08d05ba74918dc26, 0x40c00000ffa16a4e
seed33:
	.quad 0x26cca7d32bef2645
	.quad 0x2700b6917f10fcd6
	.quad 0xb865895546376c78
	.quad 0xfffffffffffffeb1
	.quad 0x0000000000000000
	.quad 0x00000000000001d9
	.quad 0xfffffff9f3fa568b
	.quad 0x4d7188ef3b1b8944
	.quad 0x00000000000000a9
	.quad 0x0000000010c7ba11
	.quad 0xffffffffff2afeff
	.quad 0x5d28fa1afb888bf7
	.quad 0x0000000000000000
	.quad 0x000000000000009b
	.quad 0x385fc39b89a8dfc9
	.quad 0x000000007fffffff
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0x96acecbe4e90838d, 0x3fee000000000000
	.quad 0x008db49ca5167a9a, 0xd94105d9cfffffff
	.quad 0x75afad4d7151f81e, 0xa316b0c4817fffff
	.quad 0xff90cc5900400000, 0x818bd54a23cadaca
	.quad 0xbfe93824a15e739e, 0x4faca5e27b0e42e8
	.quad 0x6d99554623dbfda1, 0x5a000001c02fc1e4
	.quad 0x3f800001be233a01, 0x0000000000000000
	.quad 0xc001336d93615040, 0x8007ab19b4f1c4a3
	.quad 0xfff0000000000000, 0x3df0000051757e1b
	.quad 0x71119005fe880000, 0x7f8282017f800000
	.quad 0xf22198079c358e6e, 0xd9f38a247f097bfd
	.quad 0x536007e6c60d8142, 0x411c0000007fffff
	.quad 0x4052daa3e6a2b4ee, 0x8100000080000000
	.quad 0x08957b173e24f33f, 0xc0e0000000000001
	.quad 0xa8b52771ef887f8f, 0x8000000061a97bfc
	.quad 0x8dfa97da4227b49a, 0x3f191e21a84b8d64
	.quad 0x3fdce000a9eff533, 0xf2849be056ab7d68
	.quad 0x7ff4da2cd13f3a22, 0xc05f5f368593e3d0
	.quad 0x3c7158f180000000, 0xa8550efcbb9bfec3
	.quad 0x3ffe000000000000, 0x433ffffffffffffe
	.quad 0x7fe7f2e5680c818c, 0xfff604f6eb830f37
	.quad 0x3cee8fb6f3dcfc60, 0xf7c77476dc2ec9be
	.quad 0xe43e319138f19a99, 0xf78e7b4d112648cc
	.quad 0xa2db94207fffffff, 0x2b1b802b07228e53
	.quad 0x3d59d57258fd3f92, 0x3f9b206980400000
	.quad 0x3fee385a5f8f80e0, 0x7ff2e7e26bb588f7
	.quad 0x0cc209edc2ee3ba5, 0x010000007f800000
	.quad 0x02faba3566cc7efd, 0x03e08c8603fafbff
	.quad 0x5e1a2a01ff3771f6, 0xc94f4d5dffddfcca
	.quad 0x04dcd0aec702c104, 0x5d954f057fc00000
	.quad 0x82dadad43ed7feb5, 0x72fa1a39dedeff5e
	.quad 0xb7476e12ac7fffff, 0x80000000ffd2a673
seed34:
	.quad 0xfdacd10a9cfdde21
	.quad 0xffffffffffffff11
	.quad 0x6936775a56890e7b
	.quad 0xfffffffffffffee8
	.quad 0x0000000000000133
	.quad 0x000000a1ebce0be8
	.quad 0x0000000000298b4a
	.quad 0xb61e21c2fa2f88da
	.quad 0x0000000000019b09
	.quad 0x1792853cfa99eabd
	.quad 0x0000000001000001
	.quad 0x0000000001000001
	.quad 0x00000000000002b9
	.quad 0x43ac8836dce6c957
	.quad 0x96fce9f680609a84
	.quad 0xffffffe60f245d2a
	.quad 0x07400000
	.quad 0x20000000
	.quad 0x7fa4b0d3923aaa4e, 0xfffc9264f6c0e1fb
	.quad 0x4020000000000000, 0x4055a00000000000
	.quad 0xbfa5000000000000, 0xf9b809e11ff5df59
	.quad 0x390d95fb11847cdd, 0xdddaae4cd541d356
	.quad 0xfffd8f38bddc2a45, 0x4130800000000000
	.quad 0x43effffffffffffe, 0x3650000040ec0000
	.quad 0x3b470105c75d0000, 0x802fffffffffffff
	.quad 0x3b386aaa041dfb29, 0x0000000000000000
	.quad 0x8bce6ffbad764588, 0x8000000000371d29
	.quad 0x7fe2968fff9fda0f, 0x01157c9d40700000
	.quad 0xd9c3e7c87fc00000, 0xfff8000000000000
	.quad 0xfda8fbd51aa4fd48, 0x7fe48cb6803e8099
	.quad 0x7f90d09ebfd0d369, 0xffc00000712bf2b4
	.quad 0xc559524befb5ffdd, 0xcff572a3ffdcb81d
	.quad 0x40667b472bda4600, 0xc00a000000000000
	.quad 0xff8000007ef10a87, 0x1dea6b3ec3f1fc55
	.quad 0x7f800000ffa80819, 0x40452c83fff2feeb
	.quad 0x7f5a7f934bfec897, 0xffaed11ac8f98654
	.quad 0xfff9e70cb1cb14af, 0x8000000000000000
	.quad 0x1f522ec667397828, 0xbd38369900000001
	.quad 0xba882497fb34f8f3, 0x7f8000003f000000
	.quad 0xfff0000000000000, 0xbfcf57e5aaa25063
	.quad 0x002b169abf000000, 0x076e8519dfdb7fe7
	.quad 0x3e754469c0cc1d6b, 0x8000000075463702
	.quad 0xdf54c6297effffff, 0xc0e0000019c654b9
	.quad 0x19a8e5d341a3a874, 0x858303ebf6fffffd
	.quad 0xce70ba1f4b0c51f2, 0x7f800000017aa4c1
	.quad 0xbfbf0e7892d72bb2, 0xce1b149b169c7dd8
	.quad 0x40390573d9c05f22, 0xff009ddf80769336
	.quad 0x0003f06fc33365d7, 0xbfc67214ddb3f1c5
	.quad 0x65f7fc108e1e7c00, 0x3f7545bbef4e168e
	.quad 0xbfd1220fa97fb664, 0x626a061fe50f6f94
seed35:
	.quad 0xffffffffffffff4a
	.quad 0xfffffffffb5c114c
	.quad 0x0020000000000001
	.quad 0x000001893139c8e7
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffea6
	.quad 0xffffffffffffffc0
	.quad 0x03cdeebc49ff8503
	.quad 0x0000000000000002
	.quad 0x00000002fa7b5157
	.quad 0xcdba335d320f8f55
	.quad 0x00000000000006e7
	.quad 0xfffffffffffffe3b
	.quad 0xbce47cf6819826b9
	.quad 0x0000000000000247
	.quad 0x0000000000000156
	.quad 0x02c00000
	.quad 0xd0000000
	.quad 0x0abb99343a84bd3d, 0xdc0f32cdff800000
	.quad 0x7ff1aadc73c2a765, 0xd33ede68bee7b35c
	.quad 0x07c990e7ffeffd40, 0x80000000fe800000
	.quad 0x53e9957cd9ffffff, 0xbedb97f3ff800000
	.quad 0x17918b2fffe9dfcf, 0xb3906857124dadd9
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xc0600000825b25fc, 0x3912b6c1fefc5f23
	.quad 0xc0ffffffffffffff, 0xd467cdab19f8efb0
	.quad 0x766c1b5ee14afc00, 0xb8f400004af344d8
	.quad 0xffc00000cffffffe, 0x4015800000000000
	.quad 0x00400000728342d4, 0xff9c1823ffe0c41a
	.quad 0x0020000000000000, 0xb1cf9c41df13fd1b
	.quad 0xfff3bcad772d3656, 0x402f6226cfe57339
	.quad 0xbf48000000000000, 0x7ff2cd87ccd843e4
	.quad 0x4cb7125ff3adfe5f, 0x3fd78b4a432593b0
	.quad 0xbeb0000000000000, 0x8072b0f91711d596
	.quad 0x86454374bbfda69b, 0x332ff6a207060662
	.quad 0xd90981ba3e54985e, 0x58e250bbd6bb4f68
	.quad 0xfffd135e1912405b, 0x41080000ff800000
	.quad 0xc02bb4fc0ce86b8f, 0x002fffffffffffff
	.quad 0x3f9db908e2413c25, 0x00305bbc7f800000
	.quad 0x42101e30bf800000, 0xe4d34f5d7ff9fbe5
	.quad 0x7f800000432adda0, 0x67dafd4c6ef3c000
	.quad 0x3faa8d30c69568b8, 0xc0b9e5c03f45abff
	.quad 0xffd18fefdd075b67, 0xbfba4bfe5e90c5b3
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0x4c725bec7fbcfe00, 0x83943850ed3c5d33
	.quad 0xc219f22d005e3a51, 0x7c6234238584f927
	.quad 0xd10cd575adc4fe00, 0x417823d2bbec7070
	.quad 0x805265c60d13e1e0, 0x7db72ceab14bfbfb
	.quad 0x7cbfecda3c82b1e9, 0x8000000000000000
	.quad 0xc091e00000000000, 0x7ffef2bc129bef13
seed36:
	.quad 0xffffff48e069bd68
	.quad 0x230d6c3ad8807669
	.quad 0xfffffffffffffe4e
	.quad 0x0000000095e72aec
	.quad 0xfffff2cb3ab1e57b
	.quad 0xc80ae944ba68eabf
	.quad 0x000000000000005d
	.quad 0xf7d8991733238015
	.quad 0xfffffffffffffee3
	.quad 0x467cccfdf62422c5
	.quad 0x8000000000000000
	.quad 0xffc388fb7cb09eb1
	.quad 0x32eeb8e3ffd53dcf
	.quad 0x0a2add6459b530a8
	.quad 0xfffffffffffffd2a
	.quad 0xfffffffffffffe40
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x65fc4c3a70e69129, 0x0000000000000001
	.quad 0xbf74280382ef287b, 0xbf800000ff800000
	.quad 0x7ff60ccab8437ada, 0x36dbeb5f00387138
	.quad 0x9e9a5b4d80000000, 0x408c00007f800000
	.quad 0x0990265cb6f70000, 0x7ffbecc89c8c22d9
	.quad 0xff877d8d2b4398db, 0x7fd848e73c282937
	.quad 0x0000000000000000, 0x80506ab180000000
	.quad 0x120a6aef8e446857, 0x4004ae1389295e5c
	.quad 0x41435e797f800000, 0x3df3fd08ffff7b49
	.quad 0x9ddba6b3c875ccea, 0xfdf8ef0973f0ff21
	.quad 0x7fd22cbffe7cef13, 0xbe5b00007f05cf95
	.quad 0xfff0000000000000, 0x7f97cd4b3f906081
	.quad 0x004039f980000000, 0xf839c569f3ecc540
	.quad 0xf51e9a5fffddb3d0, 0x2c9ca8d710740000
	.quad 0x3deb8e1289235ed8, 0xabf6a453ebbe7c00
	.quad 0xbee65c007feeda1f, 0x2b4b7085b7f83945
	.quad 0x555d2db2874286df, 0xc3e0000000000001
	.quad 0xbfec491899e443eb, 0x6518ed3cffbfefde
	.quad 0x0008000000000000, 0xc122000000000000
	.quad 0xbff4000000000000, 0x7a94c54f73bf7de1
	.quad 0xc023000000000000, 0x03fe271aefadfa7e
	.quad 0x01000000c7ffffff, 0x4334843a40dc0000
	.quad 0xc1ea3749d7e1b485, 0x7e2f2ee55cfffdbc
	.quad 0xc3fffffffffffffe, 0x3e236593d33efc00
	.quad 0x84c2b05417494e41, 0xb0dce408fbd7fe7a
	.quad 0xc073584a4ae3575c, 0xe242a3fb2193be6d
	.quad 0x3bc0000080000000, 0x423aa97200000000
	.quad 0x0f66f7c11899a53c, 0xfffeba101e92d9bd
	.quad 0xcb84f2ebfffb3564, 0x8dfe7ec54a84cc6e
	.quad 0xfff381af96dff14e, 0x9f87d5caf4e379d6
	.quad 0x8080000038c00000, 0xc330000000000001
	.quad 0x0000000000000000, 0x40166348f9ff3dce
seed37:
	.quad 0xf3c3a4cd8ed5857a
	.quad 0xffffff55d75d1696
	.quad 0x202f88447203a579
	.quad 0x0001eab3ea1b7402
	.quad 0x00000000000002f1
	.quad 0x000000077ef87320
	.quad 0xfffffffffffffd87
	.quad 0xffffffffffffffc3
	.quad 0xfffffffffff4a6f8
	.quad 0xcdf94e83293fccb9
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x71f190dc724325ff
	.quad 0xa2473ccdbfc06ccd
	.quad 0x4fe2fc8bd46bda16
	.quad 0xffffffffffffffc5
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x002668ef3cdad8e8, 0xc8cd7174dd3f6f34
	.quad 0x1c98684933252843, 0x408c0000c30a3b76
	.quad 0x47df00002df65406, 0x7f827166c3636f43
	.quad 0x3a42e82afdef9358, 0x5c3cc882ccc00800
	.quad 0x8004ce5687d41e75, 0xc0f57402337a7538
	.quad 0x5f412b6bfff27ffd, 0xbca40225ffffffff
	.quad 0xfd2984b440e00000, 0x801ca12440000000
	.quad 0xc004000000000000, 0x31fd5b8eff9aee15
	.quad 0xc1c0ec6966d4179c, 0xc022000000000000
	.quad 0x7ffd8e39f02dd95d, 0xd3e640f0682d7fe0
	.quad 0xbe449ef880ffffff, 0xe63a55b0cf7fffff
	.quad 0x0000000000000001, 0x4133b77240a64820
	.quad 0x39f3bf31b965b13a, 0x7ffcbce2e2fc02d9
	.quad 0x3fe0000000000000, 0x6152fdc5d57efe75
	.quad 0xbf000000bbb00000, 0xffc00000ff800000
	.quad 0xff89e5f018f133a5, 0xa8a4dd43fff3fe8d
	.quad 0x807fffffd6f4f818, 0x0faf776301287c00
	.quad 0x8000000000000000, 0x647accc0a65a7921
	.quad 0x80ffffffc0800000, 0x696f7c113eb7157e
	.quad 0xfff8000000000000, 0x83c29bc84b318b8d
	.quad 0x3383b247655d09f8, 0x400d06beb0143363
	.quad 0xa424a3e3fdffffff, 0x006c108600000001
	.quad 0x4912abb17864d6a4, 0x76e9ee62e13c1df9
	.quad 0xf6536b38ddaf7e00, 0x9eca362da59b5ed7
	.quad 0x04fcf825c0942402, 0x0000000080000000
	.quad 0xc9370925a4d9f16a, 0xfe56570ddd9b1568
	.quad 0x225d0055fdbefd07, 0x404e2245cc7b2f2c
	.quad 0x012584e85d0000d0, 0x802650efc23bc812
	.quad 0x3f8f6a5b1d06e35e, 0x3e4c4d0832f34b54
	.quad 0x9b564daf7fb9dafd, 0xfeed05f291070fe5
	.quad 0x00fffffffac4f0b5, 0x69546492612e52e4
	.quad 0xca8a7dfc2f524420, 0xc1e0000000000000
seed38:
	.quad 0xfacaaeb5a84c4e5a
	.quad 0x001aa1c41c00170a
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0xd2f1176ea1987528
	.quad 0xfffffffffe7dc693
	.quad 0xfffffffead1b98e8
	.quad 0xfffffff8cf38ecb7
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffdb6
	.quad 0x0000000000000000
	.quad 0xffffffffc03047b4
	.quad 0xfc435d71aa57e456
	.quad 0x00000000003c1f82
	.quad 0x16f85e9fbde9347c
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x7d3d3e3773fd0200, 0xffa947b93c6335bd
	.quad 0x8fa8d38527578000, 0xb0cb901ffbeefed1
	.quad 0x0000000000000000, 0x1bf6e4722ba9a326
	.quad 0xf1f3db46a259b036, 0xbf95fd3567b33473
	.quad 0x80ffffffffbf064b, 0x41da1b68b096fdfe
	.quad 0x1cbf8036fb7dedce, 0x404c6102c621873d
	.quad 0xbcb242963efbe05b, 0xc397b194cdd2b25a
	.quad 0xfa76a568ffd10ddf, 0xa2bf9f4b0c3e7aeb
	.quad 0x40ce600000000000, 0xfff8000000000000
	.quad 0x1634b7a8d6fd7bfb, 0x964fde81da135049
	.quad 0xc00a400000000000, 0x7e012eb9000e86bb
	.quad 0x463e5d4e705a0000, 0x3342214ea27ba7f3
	.quad 0xd091c6012d82fbcf, 0xbcc2c59f64ca3c0e
	.quad 0x59f65952a7df04a1, 0xfff1aa8320de613c
	.quad 0x7ff0fbe71e25901f, 0xe8b366c6bfcffb36
	.quad 0x3f6000003c10e176, 0x000000003d533aa0
	.quad 0x800000007fc00000, 0xb18ca809ffa422c2
	.quad 0x67bfa4e472a882dc, 0x18cf6f507fc85539
	.quad 0x4700000140f40000, 0x0264ac68f754d39f
	.quad 0xc019000000000000, 0x4e25859d7fd1250e
	.quad 0x4022000000000000, 0xa1d6bb1cf305e73f
	.quad 0x3be0e82fb32b2207, 0xc16ee5dac5957f53
	.quad 0x5666d334a971fc65, 0x7b4c7ae8ffd57a09
	.quad 0x7ff8000000000000, 0x3f000000007fffff
	.quad 0x7f8000003fc650b1, 0xe262258db57ffe7d
	.quad 0xe647026a80a65a65, 0x976c01d97fffffff
	.quad 0xe851bef4fa1f3395, 0x95339973d9b2f38a
	.quad 0x6a48560456bfa690, 0xe4818c557fce56dd
	.quad 0xc3efffffffffffff, 0x427c42157fc00000
	.quad 0x800000003d40c1bd, 0xbec6686e6a5ce219
	.quad 0x2612123a7fb778fb, 0x3fe504f91fa02252
	.quad 0x0019198c02e0189f, 0x40000000ff800000
seed39:
	.quad 0x00000000000000dc
	.quad 0xfffffffffffffc89
	.quad 0x00000001accbd4a5
	.quad 0x0001d66def77064b
	.quad 0x40d1d00b9fe3c034
	.quad 0xad7d010a1decd173
	.quad 0x000000000000019a
	.quad 0x8d3db0035fbc28ea
	.quad 0x000000007fffffff
	.quad 0xffffffffffb783e7
	.quad 0xfffff0854cb1d084
	.quad 0xffffffff49dbc07e
	.quad 0xfc2f34ba8a08af80
	.quad 0xe3256ba8e3dacb3a
	.quad 0x4b926a0b2e04f48b
	.quad 0xfffffffffffffd32
	.quad 0x03c00000
	.quad 0x50000000
	.quad 0x7fc000007650eab4, 0xbd563418ff97ef99
	.quad 0x6a2aebf87dfffd8d, 0x9dec1ddfa3908400
	.quad 0x2b18973442f6b735, 0x7f800000ffced045
	.quad 0x17ad8c12d32b7fd5, 0xbff8000000000000
	.quad 0x7ff4b3c9736cea0a, 0x7fb8c5a607e5cfca
	.quad 0x80007ee80549677d, 0x4016800000000000
	.quad 0x3eb1800000000000, 0x04682e43d2feffec
	.quad 0xefd2bfa440db4680, 0x7d7f72c087eb781c
	.quad 0xc718a764ff800000, 0xc023000000000000
	.quad 0x40f0000000000000, 0xff98ec4f001881d1
	.quad 0xdf06950e00000000, 0x832cb74c7f467916
	.quad 0x74609fd6959ff1e3, 0x4f800000ff7341fa
	.quad 0x7a519b12014f0978, 0xc2cd4e9bfe8916ed
	.quad 0x7ff8000000000000, 0x436dcca9f70a708a
	.quad 0x40f800003e18a0ff, 0x725d9344ffb7a92b
	.quad 0x17152d557fc438ee, 0x902c4199dc6304a6
	.quad 0xbf6000006cf72f6c, 0x4f2c2cb1a8e98001
	.quad 0xb8e64d175454bbb5, 0x28c11cefb67fde46
	.quad 0x55d83058ff9e4282, 0xc100000040580000
	.quad 0x0000000000000000, 0xbf696791c717c989
	.quad 0xb2ea6e6cffb6575f, 0x7fbf8f63ffa65fcb
	.quad 0x416247c63f800000, 0x9dc1b6f7fbf77fda
	.quad 0x591d8679c0374d0b, 0xc054ed46cc17e005
	.quad 0xfd367e55ed3db5ab, 0x4eb8597affef3da9
	.quad 0x800ea4a3ec5069ce, 0x0006975f1bdccaee
	.quad 0x5a7ffffe0b9aa277, 0xf7f98475005eb911
	.quad 0x7ff8000000000000, 0x68acd21447ea9b1d
	.quad 0x8483f2dd9cf88500, 0x01fa59571efa9d1a
	.quad 0x43ca57deff000000, 0xeb3e33dbd54ffc00
	.quad 0x298555e148e90200, 0x8b0ee5ac004d3d49
	.quad 0x433e6e9e14b1f952, 0x55795ebbe63ab33f
	.quad 0x9b6d6684cedd5fcf, 0x511a543b51a5c1bf
seed40:
	.quad 0xffffffffefa63012
	.quad 0x884fced1bfddd738
	.quad 0x0000000100000000
	.quad 0xebcb6331126b6050
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x000a4d1cd53ca771
	.quad 0x0000000000000335
	.quad 0x0000dd0187a6b947
	.quad 0x7d4acc45047f83bf
	.quad 0x0000000000000000
	.quad 0x000000000017c1bb
	.quad 0x000000003c268a5a
	.quad 0x00000000000859bc
	.quad 0x420de7abe1db43ef
	.quad 0x6bba13052ef79f93
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x18270506eeebe62f, 0xbffffffffffffffe
	.quad 0xc26a5698fcee0597, 0x7c0595d1b83783d0
	.quad 0x64857288372b2d00, 0x40f0000042d61a3b
	.quad 0x40ddea46ffb75fc9, 0x0014bcf5382b021d
	.quad 0x3fa0000039600000, 0xffff9b635c74a60d
	.quad 0x828fc932cc5bf22b, 0x7e8000000af39223
	.quad 0x80000000b87c0000, 0xfff8000000000000
	.quad 0xd8fab1b6072a790a, 0xdcb06c28cdebbd3f
	.quad 0x80000000c9040000, 0x8f24e264f0fbaabd
	.quad 0x235b57d1419a8aa0, 0x000fffffffffffff
	.quad 0x01266a4c41200000, 0x509e1e5afffefdd3
	.quad 0x80bb1430feef9bd3, 0x14bde4b5fffffd8f
	.quad 0x0008000000000000, 0xeb479506d0f42069
	.quad 0x6f9ef4210ed209e3, 0x7ff1afaa1f705a02
	.quad 0xfe699e37404a7a5e, 0xfffc5cd8c2324f5c
	.quad 0x7f972fd47f800000, 0x3e10000040f00000
	.quad 0x7aad291d2861b934, 0x0e0d63895f7fffff
	.quad 0x7af09a5a77730000, 0x006e146f8a36ce85
	.quad 0xff4f8a3bffffffbf, 0xe85dfb7667376590
	.quad 0x7218b9fe1b8c2910, 0x69ca836e7debfd7f
	.quad 0x6d8ccd2efcad524c, 0x3e3000004151da13
	.quad 0x0010000000000000, 0xf8d4852c0f933fcb
	.quad 0x3f872bcf0014f695, 0x7ff9b25882a9dc28
	.quad 0xeba2b86209510c7c, 0x7c70d6bf70d4bc09
	.quad 0x3f011354586fea75, 0x407ad4335c4a0760
	.quad 0x6da998246cee275f, 0x71165e382cd07bc1
	.quad 0xfe946923ef79fbdd, 0x7c9daef9ff938200
	.quad 0x003e43ea00000000, 0x62895386e8e18700
	.quad 0x40040689c5167c00, 0x000287b0f2b249ae
	.quad 0x7bc3b25dff4f9b10, 0x418a5587719f3bd9
	.quad 0x15f9417900000000, 0x7ed572afea1d1d8c
	.quad 0x245f1bb3fffd7cbe, 0xd9b607d1ffb5bd2c
seed41:
	.quad 0x00000000000218ac
	.quad 0x0000000000000262
	.quad 0xbecf5b841a77b980
	.quad 0xc7cc0bb9f525ae85
	.quad 0x38246c1d25be0b37
	.quad 0xb5c9f2c974f292d8
	.quad 0x0000000000000007
	.quad 0x0322c21d1423db82
	.quad 0xfdd6e36457a24c8a
	.quad 0x0e0c8fa9fc71c495
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe1a
	.quad 0x00f978b8089bd990
	.quad 0xeddc430d01205733
	.quad 0x000000000003773e
	.quad 0x0035fcd1680ab928
	.quad 0x07c00000
	.quad 0x10000000
	.quad 0x800000001730371f, 0xf9a5d0253f7efbfb
	.quad 0x5ecb710b6db36b09, 0xe9a74b6ff7f2d2d3
	.quad 0xa31c886d80400000, 0x78280dc143d21fde
	.quad 0xbf7705edc9a7589e, 0xfff08fc65db25725
	.quad 0x0c1fea0dbeeff605, 0x3fe9327e9ee0eeda
	.quad 0xb03fc59646f92be1, 0x43527de6ae7efdcf
	.quad 0x3f9c18557c2ab759, 0x8000000042955c5f
	.quad 0xc07c000000000000, 0x3f08000000000000
	.quad 0x8000000000000000, 0x5d2d2656b9ea9d77
	.quad 0x0b8bd19c9dd18319, 0xfb49b0e247bddab7
	.quad 0x57d3ab53625e5236, 0x001d50d8c1200000
	.quad 0x00000000fe800000, 0xc11e0000bd1e333a
	.quad 0x8005c870637cd55b, 0xd1ee25b93efe3e1f
	.quad 0x49ec93fd8074b373, 0xbdbcc328ffc00000
	.quad 0x007edbd1e2964ea3, 0x309909cf7199a369
	.quad 0x7de3874511d4b2fd, 0x6eef5828be55a047
	.quad 0x98706ee5ffb77edd, 0x01c48c3cc76c2d34
	.quad 0xd481ce5130dfbe80, 0xa9af0964ff3c7b86
	.quad 0x002530aa8004b583, 0x485cc1b92bce67de
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x40880000411c0000, 0x73bf5f4480185386
	.quad 0x400c000000000000, 0xbffb655d7123ac95
	.quad 0xff0f65c868f4b974, 0xfff24aa5a7d6e00b
	.quad 0x5e3ae291a0fb7be8, 0x807fffffc8a90000
	.quad 0x43e0000000000000, 0x5dbf6bb1ebd3d656
	.quad 0xfe8d9e40b1c1b5af, 0x800000007fdba836
	.quad 0x188aaee0e5847e00, 0xf6f2ac91acd2bf3d
	.quad 0x4340000000000000, 0x7eb77e13b12320ae
	.quad 0x19ae1b126e7ba31c, 0x35868e1afff103c4
	.quad 0xc3b06704bf800000, 0x7ffa4c8e7fe2df66
	.quad 0x3674c6a17bc90000, 0x822a7ce09f3eb386
	.quad 0x804627bac0d00000, 0xc0739dbeda99ec79
seed42:
	.quad 0x0000000000000018
	.quad 0xffffcc6cb17d4753
	.quad 0xff15a1eff275fff8
	.quad 0x00000000000000b4
	.quad 0x00000000000000af
	.quad 0x45d478ae89f2d138
	.quad 0x41b7a97cb37ef994
	.quad 0xa34099277689c2d3
	.quad 0xffffffff965767be
	.quad 0xfffffffffffffe3f
	.quad 0x7e06374f868df6b5
	.quad 0xfffffffffffffc55
	.quad 0xffffffffffffffa9
	.quad 0x0000000100000000
	.quad 0x0000000000000131
	.quad 0x835b73a5f8f7b4c1
	.quad 0x01800000
	.quad 0x30000000
	.quad 0xb4314504cf09fbd5, 0x6a54b82341d2001d
	.quad 0x89564fe42cdf7d38, 0x90a4bc9340972fe6
	.quad 0xc0a800008060e74e, 0x69f481fe6230000e
	.quad 0xe0431c02b1adfc00, 0x0800455d20dcb1f0
	.quad 0xc0d00000eeb1ec1f, 0xe4898977c5c46063
	.quad 0xac7c41f54bfcfbff, 0xfefd1d7f8142424a
	.quad 0xc1e7cb092fe35be0, 0x007cd6775fffffff
	.quad 0xb6d63e2c29c9c640, 0x8bfe1705bc885ffa
	.quad 0x00ffffffff800000, 0x846000e68a7d7400
	.quad 0xf8c571377fedaf8f, 0x4019800000000000
	.quad 0xd04c4c8edf57fe73, 0x2af10b3e2fc3f984
	.quad 0xffc000006c66bbbc, 0x40f7405fbbcf79c8
	.quad 0xc3b85d226f24e903, 0x22918da4ffdcfd3d
	.quad 0x2e997d2a5f28a90c, 0x000f0dca072d9167
	.quad 0x3348893152ed81d7, 0x010f4e684d06c4ba
	.quad 0x8600ffcebf3ffebf, 0xc0400000c1080000
	.quad 0xfeffcb788f36e19c, 0x807e84de7fa8ef02
	.quad 0x11e25e8ccf97b04c, 0x7fe825bb4abd5958
	.quad 0x7e40a39ff837468c, 0x8cc735e10b0ce68c
	.quad 0x276ec6f1c5efc5bd, 0x914ac3bbdfaa0ab1
	.quad 0xff80000020dd6505, 0x4009c37c89514810
	.quad 0x30ab63413a400000, 0x7ff0000000000000
	.quad 0x3e08f9bc7ce78bb1, 0x8010000000000000
	.quad 0x81d63cfeccc324dd, 0xffa440cff170e9ab
	.quad 0xc0179a4ec6282e65, 0x802603eab8b0f366
	.quad 0xfff2455997545d4f, 0xce1485868ac908ec
	.quad 0xc6c80000bef4420d, 0x7f4e177eee10eb34
	.quad 0x3faf8eb1c2a00000, 0xc0ee000000000000
	.quad 0x43fffffffffffffe, 0x91ae60cf77a18f90
	.quad 0xc8049fb1f8157c00, 0xfff8000000000000
	.quad 0xfff7d721e2d53cc4, 0x3d2997c1ff95f77d
	.quad 0xbfe0e7f992f4f706, 0x3fe0000000000000
seed43:
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffffc23
	.quad 0x5e284864d721e9b5
	.quad 0x0000000000000000
	.quad 0x13209df71d7191d7
	.quad 0xd02791e0eeecc0d2
	.quad 0x000000000000014e
	.quad 0xab605a9d0af078b0
	.quad 0xcfb2f7724ac13d00
	.quad 0x7fffffffffffffff
	.quad 0x160da389026ad48e
	.quad 0x0000000080000000
	.quad 0xe6bc8d61849e075b
	.quad 0x0000000000000002
	.quad 0xd20a86b609fcd2d5
	.quad 0x04800000
	.quad 0x70000000
	.quad 0x98948990ffd65bc8, 0xdb800000ff134043
	.quad 0x3c17ce080718cb38, 0x007fffff3e30fa07
	.quad 0x7f800000c6800000, 0x22731cc382370c20
	.quad 0xfc6c6c7289a483fc, 0x5a0bff423fefc3ff
	.quad 0x37452475df0dff6b, 0x2aa22c8aaeb3c8a0
	.quad 0x81677b19e49a9e53, 0xfff8000000000000
	.quad 0xfd58ce75ffc00000, 0x00000001d9fffffe
	.quad 0x99421376deacc22f, 0x00039d045a66fb3a
	.quad 0x3fbe3f47d9f2ac1f, 0x4006000000000000
	.quad 0x147b3e4bffd47c00, 0xc0f8149e3def6f79
	.quad 0x81f4886b39d8fbff, 0xbbe95315c8000000
	.quad 0x0195633d8cb954d3, 0x3ff1c00000000000
	.quad 0x6be666c63fe00000, 0xbeff800000000000
	.quad 0xfff8000000000000, 0xab97b1e48cc59d00
	.quad 0x7ff0000000000000, 0x7ff60ec34a0750bc
	.quad 0x7fbd059f00000000, 0x7f80000059c8594d
	.quad 0x4030dccf11c3e687, 0x84010974ffe607b5
	.quad 0xe2616b0cfd7a4698, 0x7fd0000000000000
	.quad 0x12140518694c7651, 0x019226a5febbfb2e
	.quad 0x0000a816d658b731, 0x7fec05d79b1e12e1
	.quad 0xbfb2db2f77567d3d, 0xc87f6d24b8997824
	.quad 0x020e99d407616333, 0xbffe0e757f35f9ce
	.quad 0xf02efe39390fd475, 0xbf0b000000000000
	.quad 0xc01b000000000000, 0x8000ddd47166d300
	.quad 0xbbe679cd90ddbfd0, 0x400c000000000000
	.quad 0xf89e86ce3433c508, 0xd778356ddbfffddf
	.quad 0x40c0600000000000, 0x7eb3090cfffe7bff
	.quad 0x818614153e713bf6, 0x7fe726fdb363dc9b
	.quad 0xe76634a90aa70800, 0x83b0b19fbdd118cf
	.quad 0xbfce830e421190d3, 0x401c000000000000
	.quad 0x00000000c3f7e462, 0x7ca8f8dd94d47af6
	.quad 0xc1e953d041516b7f, 0xc3f3d3cf7f800000
seed44:
	.quad 0x0000000002160ff2
	.quad 0x0000000000000201
	.quad 0xbe416676b9c67bc0
	.quad 0x7ef8412b5a339937
	.quad 0x5bc9f7eed45452b2
	.quad 0x000d1044a84ffc24
	.quad 0x000fb481bc454496
	.quad 0x00000000022b8528
	.quad 0x64324bdbdcb1c054
	.quad 0xffffffffffffffc2
	.quad 0xc0b4b115721b2723
	.quad 0xfffffffffffb0666
	.quad 0x7fffffffffffffff
	.quad 0x00001e1f433fdeaf
	.quad 0x0000000000000270
	.quad 0xffffffff80000000
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x3fd1166b1dbd8398, 0x72edcece08cd77ff
	.quad 0x000000001dc1b406, 0xc006b202fdb7c975
	.quad 0x8000000000000000, 0x92c32294ffa17ee4
	.quad 0x800a07f3938dde7b, 0xc15bf65cc185c559
	.quad 0x7ec0e9d978d77bc3, 0xffd550f7de507b55
	.quad 0x9355fb3d7fbffc7e, 0x07179f0419a36953
	.quad 0xead3ea3bffc2d78e, 0x760f92224bfec8a0
	.quad 0x0239cf0e508d5b74, 0x8217d72270d14480
	.quad 0x0000000000000000, 0xa0c8dd0498352541
	.quad 0xc05000003cfb8254, 0xff800000bd805d28
	.quad 0x6bbecfe2e9b8057a, 0x409fae1f3f2c749d
	.quad 0x21ef3afaff8e7e00, 0x7effffff7f000000
	.quad 0x3b940097bc986042, 0xc1b923baff800000
	.quad 0xfd7b9b20fb3fd5fd, 0xea6ca640500e2c00
	.quad 0xbf50c51b806f969e, 0x5ad7e35d7aff7e00
	.quad 0x482e4391ff75065d, 0xda9fe628cff783ff
	.quad 0xc015000000000000, 0xcd2e0864877a74e8
	.quad 0x400eb82ea16bdebf, 0xb994000080000000
	.quad 0xcd2a2371ff9bd46c, 0x422d8b8fddb67c00
	.quad 0x00029af0db825614, 0x3817800040b80000
	.quad 0xc11c000008d1e529, 0x7f958ae4057d9ec0
	.quad 0xbb9e7fc659ffffff, 0xe86938d761a359d6
	.quad 0x580963477f8b7e00, 0xbb99c8a642fdd837
	.quad 0x161b3c997fbfcbdf, 0x3fdb0d905ffffffe
	.quad 0x8000000000000000, 0x7ff8afcd1851ba1c
	.quad 0x7f800000ff800000, 0x82338754c5267a19
	.quad 0xe4c890058f87340d, 0xbfe8000000000000
	.quad 0xeb1e510efeffaf7e, 0x4242687ac1180000
	.quad 0x5ddfd15a5eecbc7a, 0xc33674b1bfa7d3fd
	.quad 0x08c36505efae3940, 0x07e64edbccdb3b3b
	.quad 0xffdb8d7a88ebd17f, 0x50af3f9319c87400
	.quad 0x5667aa1a6867c7a8, 0xf81f7e2bff82785f
seed45:
	.quad 0x159bb91fef4b150b
	.quad 0x00000000066185ac
	.quad 0xed4f3791fa6335ad
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc76
	.quad 0xfffffffffffffd69
	.quad 0xffffffd5f5f979df
	.quad 0x557a3a7a386314d7
	.quad 0x32023a6fc5785ddf
	.quad 0x0000000000000000
	.quad 0x57d378a315d31a53
	.quad 0x972808b0e2756e06
	.quad 0x64ab8227b50b2a73
	.quad 0x7fffffffffffffff
	.quad 0xffffffffc882bd1f
	.quad 0xc8b5a367298cfc5e
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0xc00baa5243148416, 0xff8000005c6fc3b6
	.quad 0x80000000cb500156, 0xc030ee5b5bc88d59
	.quad 0xffb34af5be0d4574, 0xc64000005f800001
	.quad 0x8a9ceae2729b60a4, 0x428b0c0115e3a2ca
	.quad 0xe41d4735b95a0172, 0xfff0000000000000
	.quad 0x075d9d7be4c27cb4, 0xfca72cb6e1e7d465
	.quad 0xc4d1642877e7fffe, 0x41fac8df69e8bf2a
	.quad 0x4040000000000000, 0x8eca033bf48dbaa0
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x4026da677d36b8e5, 0xee764a7aff94e6e8
	.quad 0xb48a61bfff870000, 0x94687889be28f400
	.quad 0xf1f7598dcc077eaf, 0x2f62a8a8ee496e18
	.quad 0x007fffff40b80000, 0xb44c769f4fc57634
	.quad 0xbdf3afb43f7dfe6e, 0xc015800000000000
	.quad 0x7ff0000000000000, 0xff2a974f7d9f5697
	.quad 0xffdfffffffffffff, 0x7ffb3ef19e1d2c92
	.quad 0x830b964c29750353, 0xfd2d4021fd9df809
	.quad 0xcd7c989080000000, 0xbf24000000000000
	.quad 0x8024a859eda9f1c0, 0xd83947872abab354
	.quad 0x4012000000000000, 0x4071d928275691de
	.quad 0xc015000000000000, 0x95d2e730b7b73361
	.quad 0x405538f1ffeee1a8, 0x2d8b95d4ebff3db7
	.quad 0xbfa5933131ec0ecc, 0x686e824e08937de8
	.quad 0xbff39174721639c0, 0xc34edf3e41b7f7aa
	.quad 0xc030c5b83c064249, 0xc27ad92cb4d0d902
	.quad 0xfff0000000000000, 0x3de5909be99dd7b1
	.quad 0x0e3bbb71ce7f53f7, 0xc00fffffffffffff
	.quad 0x3fffffff7f800000, 0xc09a8fe800000000
	.quad 0x205737cea13bd2bb, 0x10c250d1edbd1247
	.quad 0xf358f87784ac7e1f, 0x7fd67553c139ee13
	.quad 0x4b96d1a863e38600, 0x15da63b7ffb7553e
	.quad 0xa588bf2a69ece738, 0xc146ae38c3433208
seed46:
	.quad 0xff1cfb4633065dd8
	.quad 0xfffffffffffffd1e
	.quad 0xfffcdf08bf5e92b9
	.quad 0xffffffffc630c03a
	.quad 0x000000007fffffff
	.quad 0x31f282b7eb8d2577
	.quad 0x000000000000d200
	.quad 0x0000000001000001
	.quad 0x000000000007591d
	.quad 0xcb610dd5a7fbd321
	.quad 0x0020000000000001
	.quad 0x0000000001000001
	.quad 0xf6bea74de51882b8
	.quad 0x2f5cd339b3f7f716
	.quad 0xd724c06001a1243a
	.quad 0x0000000ce937f2ce
	.quad 0x03400000
	.quad 0x90000000
	.quad 0xdebc3bd2033a01ed, 0x7fb8f14d3ed6eac6
	.quad 0x8282f359b2bfdbc3, 0x7d26abc3ff80fc00
	.quad 0x7fbd46d0f5fed8fc, 0xc88e0000815fc87b
	.quad 0x3bf2305f86f6fe00, 0xff800000c3800000
	.quad 0x5c83fc8b3c03a86c, 0xfff38f75e01d48dc
	.quad 0xc4b55d0a8b77fbaf, 0xff960802c3cbf67a
	.quad 0x0010000000000000, 0x800bee10ba15ada4
	.quad 0xc017000000000000, 0x861bb4058c67538b
	.quad 0x465c1e6ac84a449f, 0xbe2000003d8ab12a
	.quad 0xb36c8749f4e3cfff, 0xf1a654d619f60000
	.quad 0x3a8515892b27c820, 0xe7451c9b68951040
	.quad 0x360b6b2d81666468, 0x800c8f8f524b5eb2
	.quad 0xfe8018171e678275, 0xbfa0000000000000
	.quad 0xbf529ebbff7fffff, 0x03a58958fdbd9883
	.quad 0x7fc0000041958a0e, 0x1d25ce5290527e00
	.quad 0x7fc000000054ce89, 0xffc00000f1dfa2b9
	.quad 0xc0e80000807122d2, 0xfff8000000000000
	.quad 0xae228a5b7fe9c900, 0xef0405af5bc3e7ff
	.quad 0x0078005e5fffffff, 0x5c3db207bab1fe4b
	.quad 0x24f96e4ad8235ca3, 0x3f90893db66ded25
	.quad 0x37500000ff899f8d, 0xc20fde3203db65d2
	.quad 0x0000000043a7ae3b, 0xc053ebf5def67e5e
	.quad 0xfaac17003fe6079a, 0x3fc77410b4d009a0
	.quad 0x0202af2597a6f59c, 0xcb7ef06ee16ef900
	.quad 0x7f8602007f800000, 0xd31beae6ff8f0001
	.quad 0xf26b0d4900000000, 0x4a7c8436ea98bcc7
	.quad 0x8000000000000000, 0x6c9a6f27befdb6f6
	.quad 0xe78db1f07ffbf3fb, 0x43fffffffffffffe
	.quad 0x8008000000000000, 0xc1efffffffffffff
	.quad 0xfff72a8d80aee0d0, 0xc3f0000000000001
	.quad 0xbc091c447f7fffff, 0x434fffffffffffff
	.quad 0x00000000002ec1b4, 0x80000000408c0000
seed47:
	.quad 0xffffffff6ee00c6c
	.quad 0xff975ad93f6ade5c
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x000000000000014d
	.quad 0x000000000dac5b06
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0x82c6891d7029a52e
	.quad 0x0f4e0e8b8baaf701
	.quad 0x00000003e9576bfe
	.quad 0x000000000000029e
	.quad 0x00a0e6886546e78f
	.quad 0xd8c746d7ae39ca7d
	.quad 0x64cece33a7f259bf
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0x800000008059c672, 0x7ff092372113894a
	.quad 0xc232e4cbc7000001, 0xfff0000000000000
	.quad 0xf1427bbdffe33e29, 0xc004cf9c96b82a9a
	.quad 0x103cb1c3669cff87, 0xa03add57a9011fee
	.quad 0x87848a1fd70a68c2, 0x695b93ae1581fc00
	.quad 0xaa8157127407bc89, 0x7ff0000000000000
	.quad 0x015fe71dfff89762, 0xcf00000047c00000
	.quad 0xae35fb41bbdd8f5d, 0xc3cdfbea817dc84e
	.quad 0x6486f6a369d250bf, 0x7f851114807fffff
	.quad 0xc5c00000804835e8, 0x41cdc4f9bd38dc65
	.quad 0xc01a4ffbbb980000, 0x6c988907f9a1a9af
	.quad 0x0766a8bfda0d7c72, 0x004000009d4f882a
	.quad 0x5f76d38dbe4c535c, 0x98fd40edffaffbff
	.quad 0x2c47619ca9f1c600, 0xc0b00000bbfce195
	.quad 0x82fd7d813bb30202, 0x644aefaa67ebb2dc
	.quad 0xc08000007f000000, 0x00511fafd763f9c7
	.quad 0xfff0000000000000, 0x9fe9fbac7f95befe
	.quad 0x830a8d9cb4775e35, 0x0b506fd9f98b47a4
	.quad 0x5cd23ec19dee514e, 0x7ffa18a8d1f39b3f
	.quad 0xe8e96a57a0a7ff3b, 0xfff0000000000000
	.quad 0x63c033b9ffbd8000, 0x3f8c56a41c232b59
	.quad 0x4058c82bb0b79f2c, 0xc0e4e00000000000
	.quad 0xffd160ccc2880000, 0x9bd00cf93ffbfbf7
	.quad 0x0e844f53c3843a13, 0xa55bd79f4dec6332
	.quad 0xb58eb8dcff5acff9, 0x16e4f1eeffacfc00
	.quad 0x7e8000003f400000, 0x007fffff8040b383
	.quad 0x84bb8ecce63278b5, 0xfff48e2f69d37a41
	.quad 0x7c0d6a8aeec27297, 0x9d9051f47fe7fcf7
	.quad 0x01a1ea667fc195d0, 0x7fe755dc4c613f7a
	.quad 0xc0a7100000000000, 0x6fb7ff0cef777c13
	.quad 0x289fc2e55b75fe68, 0xbf5e00007f86550e
	.quad 0x8005d04609dfbd92, 0xeeecd6bbba1ba1fe
seed48:
	.quad 0xc46703273c95e825
	.quad 0xfffffffffffffbb1
	.quad 0xfffffffffffffec6
	.quad 0x0000000000000000
	.quad 0x0000000000000269
	.quad 0x0000000000000001
	.quad 0x000000000000032d
	.quad 0x0000000000000d7d
	.quad 0x0000000000000183
	.quad 0x027189115a9d5148
	.quad 0x301e71dfbb8add8f
	.quad 0x77e3bde6f8c086fc
	.quad 0x3d21e01e26560725
	.quad 0x0000000000000177
	.quad 0x00000001f1ab1a6b
	.quad 0x00000000000002bd
	.quad 0x04c00000
	.quad 0x40000000
	.quad 0x27bd5827bd5c39d5, 0x3f94eeec5f5ac383
	.quad 0x8010158e4378496f, 0x47000000c3500000
	.quad 0xa50065aa627f44a0, 0x3f22800000000000
	.quad 0xc4d000003de37973, 0x400800007f969f28
	.quad 0x0000000000000000, 0x8cfe5c405cb30000
	.quad 0x5d2bff3cc0e80000, 0xf0c1830c3f1ff89c
	.quad 0x2fcf68ddd1bbd557, 0xbbfffc013ea3f06a
	.quad 0xbe200000ffd929b2, 0xff8000003f800001
	.quad 0x0000000000000000, 0x7632b9d55b6de91a
	.quad 0xc78000019aa4df8a, 0xc079fcdde328abd2
	.quad 0xbfbd0ef94a50ed92, 0x037e9453fb337fdf
	.quad 0xb316869afc9af801, 0x2b4f7202f9f6fa6f
	.quad 0x4008000000000000, 0x980b176f7f812f05
	.quad 0xec9ae791bf600000, 0x3f9dd1a2d138fac8
	.quad 0x801fffffffffffff, 0x7ff0000000000000
	.quad 0x73bc45753feffe11, 0x3ce8129b80000000
	.quad 0x4004000000000000, 0x161651fccf9b739c
	.quad 0xb5800000422825d4, 0xbe7e236bffc00000
	.quad 0x7f11073d801f32bb, 0x4d7c838ffaf3bf5f
	.quad 0x3ffc000000000000, 0x35ad9621ff800000
	.quad 0x56e88b2000800000, 0x2d55767ec8bcbe5f
	.quad 0x4332f42058153800, 0x9e9eb96fd71aa992
	.quad 0x4f8b82cededf7b47, 0x83a9628c84a0d221
	.quad 0x131555237f800a59, 0x0026530afa04ad78
	.quad 0x33bbf85445fffe1d, 0x40a00000ff8e2b38
	.quad 0x476123ce3ff3dde8, 0x72f9fea5bddeffad
	.quad 0xc0600000ca25a6e7, 0x22bc7f0500000001
	.quad 0x7f1a3fc29c34ea9d, 0x003d86d37f800000
	.quad 0xc76260d93fe00000, 0x42286fed7f800000
	.quad 0xfd121a49e6dbdfc9, 0xf6fa0f95ceb47d17
	.quad 0x7f800000b78b784f, 0xda7ffffff7344972
	.quad 0x5b49aa0dff929360, 0x3f546088c7f7c3a2
seed49:
	.quad 0xbb2f32852db42863
	.quad 0xffffffffffffff66
	.quad 0xfffffffffff755bb
	.quad 0xdee280b88af6fb72
	.quad 0x000000007fffffff
	.quad 0xfffffffff965454b
	.quad 0x00000000ffffffff
	.quad 0x0000000023a0651e
	.quad 0xb3ee36a4624bc682
	.quad 0xffffffffffffff85
	.quad 0x3c32163084acb5ff
	.quad 0x94070c9b55712b8c
	.quad 0x34ae333360541da3
	.quad 0x0000000000000001
	.quad 0x1b01c627bbce9c30
	.quad 0x0c8a02280f45ef76
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x8104f91f00000000, 0xeeadc61a38b40000
	.quad 0x800000007f8f37d4, 0x7521d18741493508
	.quad 0x19656963a08f65df, 0x8077d61b2f9787c2
	.quad 0xe783413b3138ca5a, 0x3286f56346a8ca95
	.quad 0x59ffffff3c218918, 0xbed6000000000000
	.quad 0x001e9ab0a63f411f, 0x4fee8e1b6fffffec
	.quad 0x0ed0a3c7e1deff95, 0x3a1053a18732eeef
	.quad 0x509270e25f1a0001, 0x7f8c67a470bcb6fe
	.quad 0x3bd6b446eac1b445, 0x5a000001807b85e8
	.quad 0x00000000879230c5, 0xc44d28e8ef2e1c8b
	.quad 0x7ffeff33a2ed218b, 0xc41fef1345ef885a
	.quad 0xa28d9c1422a8fe00, 0x7438986bbb800000
	.quad 0x1bbf079e7f81be6c, 0x4022800000000000
	.quad 0x95ab8eb7c705a2ae, 0xffc00000fe3c69a0
	.quad 0xbf7844e1c5ca3e09, 0xffc000004273b70a
	.quad 0xc15cf8647fad60f9, 0x77646911e1fff87a
	.quad 0x4000000000000001, 0xc86592d641f20800
	.quad 0x800000003fb4ef62, 0x80000000c2c86f80
	.quad 0x4004000000000000, 0x0248121714271cba
	.quad 0xbd5dda4f80400000, 0xfff76834b1743ac2
	.quad 0xfff8000000000000, 0x4f7db7086eff31e3
	.quad 0xc41b84cdffdf3bb7, 0x04da919cffd88400
	.quad 0xe91a234e368c762b, 0x12c39ac1e5eff9f8
	.quad 0x7ff8000000000000, 0x7ff8000000000000
	.quad 0x0e8bd1b5edbbf7f6, 0x401f000000000000
	.quad 0x9c08cf41ffff97ff, 0xbb47000010f75f0b
	.quad 0x410c0000d5800001, 0x40cc0000ffbd161a
	.quad 0x489bd29f6ffeade7, 0x0e568fe001000000
	.quad 0x40e1000000000000, 0xc0fc000000000000
	.quad 0xee3466b2dff5f127, 0xa3ad62c9ff7ad5f3
	.quad 0xf4b0fb3c2db195d8, 0x0000000000000000
	.quad 0x7f800000df361be5, 0x0ba19a031af63a48
seed50:
	.quad 0x00000000000cc876
	.quad 0xffffffffbd20a68a
	.quad 0x0000000000000293
	.quad 0x00000008472c0f70
	.quad 0xffff99e911cbaca6
	.quad 0xf2e4e2f4ba20a749
	.quad 0xffffe6ba6545d97e
	.quad 0xf76daef801129dbf
	.quad 0x00000000ffffffff
	.quad 0xffffffff240cea3c
	.quad 0xfffffffffffffed9
	.quad 0xfffffffffffffff9
	.quad 0x000000000000039e
	.quad 0x7d6ed7dfd71f6159
	.quad 0xaa1fb115a5b4d3f1
	.quad 0x02b11871c7ea6cfe
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xc1f0000000000000, 0xcfffffffff9b159c
	.quad 0x46bc09787cd95ef7, 0x7fac808ddf000001
	.quad 0x927a5f2a5c844f04, 0x3c9800005fffffff
	.quad 0x51d979c8f37f93ff, 0xffc0000024f9abb6
	.quad 0x3257d2ba5b7c7bed, 0x82b6cc1c0899c461
	.quad 0x48bab328ff77b7ff, 0xec7326417fc00000
	.quad 0x01862eb0ffffffff, 0xfff0000000000000
	.quad 0xbefe000000000000, 0x7ef592e0977a7d7b
	.quad 0xbbc13c45fef653cf, 0x9e264e4938600000
	.quad 0x8001b3e8bbe9223e, 0x4008000000000000
	.quad 0xfe2fdb8fcebc00a9, 0x48c4fc12f7d77fb2
	.quad 0xbbfd056a182854ec, 0x9de85712f4b6f903
	.quad 0x0fff7f3b80ea3597, 0xff9c19275bad50fc
	.quad 0xcb3a6b7bffee4d98, 0x3d688f7ebfcda3f4
	.quad 0xc10400007f90d012, 0x3fb45d394084371e
	.quad 0xeee21cb61822eaf5, 0x83e16e017eb2dc41
	.quad 0xbfe73ee5e6e39e4c, 0x0ce45e45da7ffffe
	.quad 0x8007870e7bb681d6, 0x3fbe000000000000
	.quad 0xfff627c34b9e3d47, 0xbefc4198bc49f25a
	.quad 0x01534e7bfe800000, 0xff800000ffb2d3e0
	.quad 0xfffad16897eb4b84, 0xc01591972c1926a3
	.quad 0x32e1d49aa2c07c00, 0x9b7ee0af817fffff
	.quad 0xff80000000461828, 0x470e2a0c5fffac7b
	.quad 0x7ff48f9d80000000, 0xc09a17c7ff000000
	.quad 0x5d5dcfb04f37ff5e, 0x802959de7fc00000
	.quad 0xc03000003ef289fa, 0x7f8000007f9d71e8
	.quad 0x000fffffffffffff, 0x559ef003ffe94640
	.quad 0x3ff2a38a642e83f0, 0x8000000000000000
	.quad 0x5487aa55c6eefd7a, 0xb7800000406c77b4
	.quad 0x404b706bfeecd536, 0xe45f499f3b868572
	.quad 0x7fd1140700800000, 0x9ea2302885f581f3
	.quad 0x7f843971079bd3d2, 0x05afe7dbfedccea9
seed51:
	.quad 0xfffffffffff9fe31
	.quad 0xffffffffffffff21
	.quad 0x7ef4a7183057ccd8
	.quad 0xc5ffae1fc957c5c1
	.quad 0x00000221fd97fc40
	.quad 0x000000000000033c
	.quad 0x3592e7d1e86c1c40
	.quad 0x0000000005921aa9
	.quad 0x000c133189630595
	.quad 0xc801dfa692dc4dfb
	.quad 0xa5819bd6b97eb101
	.quad 0x7fffffffffffffff
	.quad 0x000000000000014b
	.quad 0x0000000000000000
	.quad 0x29e7f3bac3129a0f
	.quad 0x00000000000000cc
	.quad 0x03000000
	.quad 0xc0000000
	.quad 0x7fc00000c7000000, 0xcb42235dffbf7e8f
	.quad 0xb769a457c983f04c, 0xed1e17217f927561
	.quad 0x9f05557e1bbaebff, 0x0075c65c80198ad4
	.quad 0x393af0e2cf29dffc, 0x7ff2e09d9bb5af12
	.quad 0x021f198e68886481, 0xd732f4eb49a94001
	.quad 0xffece04675bd77d4, 0x837d4e1af2c9137e
	.quad 0xfff0000000000000, 0x361c6258cd3174ce
	.quad 0x0192c52dfeff83ff, 0xfff0000000000000
	.quad 0x0000000000000000, 0x1c84b6fa7f9210b4
	.quad 0x7ff396f0cfc8776d, 0x666394bb73ccdbff
	.quad 0x3c9c0dabbe74edc8, 0x7fa2455f8033145a
	.quad 0xc040000024679b8e, 0x7f800000f9a6f97e
	.quad 0x8000000000000001, 0xb1829e0640b80000
	.quad 0x3e0135a5145bfcce, 0x5484dd1db2adcd7c
	.quad 0x7ff0000000000000, 0xfffa93db48e571b4
	.quad 0x5fd5d5fe021742e7, 0x403da029914e1438
	.quad 0x9151d993ffbfae7b, 0xd9fffffe3ccf1d11
	.quad 0x2e64f82a7fb34740, 0x991fe98a7fea506b
	.quad 0x4020800000000000, 0xd0f6a7ef28b7a00e
	.quad 0x7befb3beffcd8000, 0x7ff166de21c8e863
	.quad 0xf8e428983feffdff, 0x7ff4139b2967037f
	.quad 0x9dfad8053bfa6522, 0xc04e7d61c6f644b0
	.quad 0x52786788bd7768ff, 0xc0f8a712edbdd081
	.quad 0xd9b5157f41608000, 0x000fdc0287588081
	.quad 0x7ff0000000000000, 0x49f85fb9ffdd3bf7
	.quad 0x0234bdb2d5808000, 0xef4623dbffc67cef
	.quad 0x7dc981f3bffdcb3f, 0x8c460008cf427c00
	.quad 0x32d1f3bb853c110e, 0x3ff4000000000000
	.quad 0x576e62178bf15faa, 0x004000003dd3e78c
	.quad 0x1e1d24bbbeeedf35, 0xffa37baafeffffff
	.quad 0xb7fbd816670f3a6a, 0x6f74ce866df25c36
	.quad 0x1d6303c79d0c33a8, 0xc02f0462b7c66b62
seed52:
	.quad 0x60efcec45b02a3ea
	.quad 0x00000000ffffffff
	.quad 0x0c9941006310e323
	.quad 0x8000000000000000
	.quad 0xd64a4b8c2a051a4e
	.quad 0xfffffffffece816b
	.quad 0xf2199cd6ac65ad59
	.quad 0x00000000000000cc
	.quad 0xffffffffafced4dc
	.quad 0xfffffd3f811e4f5f
	.quad 0xfffffff932433823
	.quad 0x7ed4334e0be35739
	.quad 0x00000000009a023f
	.quad 0xe9f4cf8b51cb04d0
	.quad 0xfffffd9a4295dd6d
	.quad 0x00040771915cbbd2
	.quad 0x02400000
	.quad 0x70000000
	.quad 0x8000000000000000, 0xfff28c5063543ef2
	.quad 0x7c61f32a82787123, 0x8fe4370b81000000
	.quad 0x800000007f800000, 0x3f14e7e1fff7fd3b
	.quad 0x32205c1d8cc9f2ca, 0x0000000040980000
	.quad 0x101fc1098f26c396, 0x1d4480eeffd7eff8
	.quad 0x0000000000000000, 0xc51cec3e00000000
	.quad 0xc78000017fc7ffa2, 0xfd8198a565f086db
	.quad 0x81c4b047b6368ce8, 0xbed7c00000000000
	.quad 0x441d4f47ffddb31b, 0x96c34eed7f800000
	.quad 0xec0494dbd6b5dd04, 0xfe9000f6183e03c5
	.quad 0x2eaaaec1df784200, 0xe08c25e5ff8ed1f3
	.quad 0x7ffefbb9cd4e0ac8, 0x000000007ff044cf
	.quad 0xc041d237ca561b12, 0x5d8da222f3497c5e
	.quad 0xf70539fb3baedcbe, 0x1e1a5781434fb1cd
	.quad 0x734bcadcd049b399, 0x80d600ef5e9c7f4d
	.quad 0x47ffffff80fb7dd0, 0x7f831df21ac6c808
	.quad 0xff954243ff800000, 0xe8c61b275ddff8f3
	.quad 0x3f72dcbbba2f5dba, 0xdf80000043668947
	.quad 0xc82b7a9f673684d8, 0x96f98d13a7bbcff8
	.quad 0x0339ada9305bfdb3, 0xc38bfe267ff78cc2
	.quad 0x41600000ff800000, 0x7ff0000000000000
	.quad 0x55bb47dbfdf1fea2, 0x7f8aaf944c3602ef
	.quad 0xe24209f8493f4480, 0xadcc9097e4c71798
	.quad 0xc153d8ed7f9a813f, 0x23cd71f5ffa6fff9
	.quad 0xbfdeed66dc1e19f2, 0xd9fd9d816a2487ff
	.quad 0xb3d08a9339594000, 0xc0e0000000000000
	.quad 0x2c3c12593c700000, 0x7f7b3c6aff800000
	.quad 0x7ff8000000000000, 0xffde2b5c2b6a99fc
	.quad 0x49b8499b777041df, 0x412000004283934b
	.quad 0xf8c127e8f8cf5d07, 0x7f8000003c9f71cd
	.quad 0x685f728d5fbf7c00, 0x99194ab582678540
	.quad 0xeea0c6bb0c0afb33, 0x3fd6eaf83be95289
seed53:
	.quad 0xec6af652bbae21e5
	.quad 0xfffffffffffffffe
	.quad 0x2b0f223fe2e58169
	.quad 0xa834538c439ec52d
	.quad 0xfffff83b5901cf11
	.quad 0xe26f2068ed019eb0
	.quad 0xacb239971fb8c0d3
	.quad 0xbc3338f2bd246e24
	.quad 0xe36b45aa9b1c708b
	.quad 0xc4dc8c8e5da76682
	.quad 0xffffffffb0b941e1
	.quad 0x0000000000000000
	.quad 0xffc123dab7af6873
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff7c
	.quad 0xfffffffff42c1586
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xbfe79a8b8dc73c2e, 0x76035490538bbaa3
	.quad 0xff16b657ce924c8d, 0x0cabb76bea01b64b
	.quad 0xea9d38238f3aba1a, 0xf8d3fee7feb3ff5f
	.quad 0x3ff0cb35bca6b47a, 0xfc5296dc426517a3
	.quad 0xffc9179f40900000, 0x53125d788fc1cd50
	.quad 0x6b70ab21f57f7f3c, 0x4022800000000000
	.quad 0x3f797baec8680000, 0x97e1a4dec36586d1
	.quad 0x8bf5ccfdf7fff595, 0xbd246dc4bfffffff
	.quad 0x7ff0000000000000, 0x419b0000bfb00000
	.quad 0x01ee8ef7b5ea796c, 0x54b6cb579dffffb6
	.quad 0x760546b6fdff7fda, 0x2316c2ef68b1fc00
	.quad 0x56f8946434bcb66f, 0x0809b8f1e05d82ed
	.quad 0x408294f2bf907c8f, 0x619b9e30164533a7
	.quad 0xce08982e7fe56f59, 0x40516d73bdcacbd0
	.quad 0x4108442c00000000, 0x800fffffffffffff
	.quad 0x6fdaacacff3dbdbf, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0x90f1c18d2b9f7c00
	.quad 0x3f95676e007fffff, 0x7acac1ab00000000
	.quad 0x23bfee9d25f24440, 0x8080000080400000
	.quad 0xd4788283fe96d337, 0x37d000007c47b223
	.quad 0x7dcc74e819753b0d, 0xc2fe9f4180000000
	.quad 0x435e0000c245e259, 0x7f800000007fffff
	.quad 0xbf90e0c3fdbbf7e3, 0x403c4cd7fbc17f2e
	.quad 0x3ca19646f081b85b, 0x5e2515593c7e026e
	.quad 0x87b75807d5a743a6, 0xc130f2f141a55891
	.quad 0x86a91f95ffef4f93, 0x00093868f39c20dd
	.quad 0x4c3651c20f008a21, 0xc0300000c094c8d6
	.quad 0x40d45004f5877041, 0x45711856583b61cf
	.quad 0x00000000b42331a1, 0x8301539c4dd6cd7c
	.quad 0xc1a0710cc2d47c59, 0xbc13fbe311cb8c8d
	.quad 0x844d5ac7886d3448, 0x3f000a81a5f340bf
	.quad 0xf22a9192df737cee, 0x002b48861bdfe7d8
seed54:
	.quad 0x01880777c54f68ba
	.quad 0xfffffffffffffd99
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0x0000000000000172
	.quad 0xb8386685e96b6723
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe18
	.quad 0xffa75c2d43a74144
	.quad 0x57e97d93f6827375
	.quad 0xda80196805df81a2
	.quad 0x00000001ae3ed81d
	.quad 0xfa79f573753f0792
	.quad 0xbcca5b2e080ab1e7
	.quad 0x0000000014241199
	.quad 0x3a24d043471c6c09
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0x800dd54fc25649c2, 0x7fa3b8f2bc6c0000
	.quad 0x8015d96904784a34, 0x230b30420f1dfd4b
	.quad 0x407fffffff825a8a, 0x595a68b7132476be
	.quad 0xc0b0000000000000, 0xb74ebb1d76ffdcf7
	.quad 0x514bb42f3bb47fa8, 0xa0a04dc57ee022fc
	.quad 0xc021400000000000, 0x17825616ffdfddf6
	.quad 0xffd4aa720b95f62e, 0xc088000080000000
	.quad 0x67cfe52800fad8ea, 0xfff0000000000000
	.quad 0xfff0000000000000, 0xff94f6f7c161b7f9
	.quad 0x3cb686d0bf4e66c6, 0xd1becd3c8b75c06b
	.quad 0x34746ef36918f61a, 0x3fe4000000000000
	.quad 0x4019000000000000, 0x6b4ce32fc628f800
	.quad 0x80142a9a96112ac8, 0x40d00000c77fffff
	.quad 0x054a528bffa1ff1d, 0xf21c6b2bffbd7db6
	.quad 0x41fffffffffffffe, 0x644226287932ebd2
	.quad 0x7c2c33917f940c8a, 0xff89b4bd47000000
	.quad 0x6ee9ea0dfffdfa3c, 0x3fad8bc04bb0f5d6
	.quad 0xfff29a676a9d39db, 0x112f2235d6bd3dd6
	.quad 0x80000000910cc297, 0xffed2c8240eceaba
	.quad 0x928cc580ff9cfe3d, 0xb7db73548fe58c64
	.quad 0x7ff3c5d424fe5371, 0xff64dd8300ffffff
	.quad 0x2a8f16de79ef8ebc, 0x00199ddd20df2063
	.quad 0xa683f641d44ffe87, 0x2962dd6ad6fff3bd
	.quad 0x4000000000000000, 0x5d85a6a2839d6476
	.quad 0x4a1fe1daf77c765f, 0x0000000000000000
	.quad 0x952845e241e2f7ba, 0x7ff10dfafef88a33
	.quad 0x3fd13474315b1eff, 0xc10200003ec33290
	.quad 0x7f800000ff80a8d4, 0xc3ffffffffffffff
	.quad 0x3af82ea8d5e2de5a, 0x189b30f94805eb47
	.quad 0x02de1c737047c24d, 0x7ee145b9a2d1bce8
	.quad 0xc03a21d70a4a5762, 0xfed98c3641040000
	.quad 0xf636e77b776e7dc2, 0x5a5edfa94184728a
seed55:
	.quad 0x0000000000000207
	.quad 0xfff8f3fe912ca669
	.quad 0xfffffffffffffed5
	.quad 0x0000000000000168
	.quad 0x0000000000000b73
	.quad 0xdd6754e762624ff4
	.quad 0x0000000000000000
	.quad 0xff6f0d97d1d196a0
	.quad 0xffffffaabd447c86
	.quad 0x0865225dd4e268cf
	.quad 0x0000000080000000
	.quad 0xfffcd125d87e4ca7
	.quad 0xef910ba87c838233
	.quad 0xffffffff2951b56a
	.quad 0x68843624de62c5b1
	.quad 0xeea6416c6ac5ee51
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x42ebf59dbd198000, 0x40ae000000716dd9
	.quad 0xfda903b093409616, 0xb3d37a007ff3fe2f
	.quad 0x8775a5ef87736ee3, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0xfef2d6d5f79284a7
	.quad 0xfe78e2b91284a7d0, 0x5852042706c0da35
	.quad 0x375974b0bf3fedfe, 0x433ffffffffffffe
	.quad 0x3f93000000000000, 0x696fd2dc3ea30000
	.quad 0x00096181b6bdb6a8, 0x3db81e77e2e437bb
	.quad 0x81b85ca6a34f4cb7, 0xc0efa2345d29497c
	.quad 0xeb66f083c4b1063a, 0xfff8000000000000
	.quad 0x411c000005f9def7, 0x400fffffffffffff
	.quad 0x7ff10445c884387e, 0x03b7c837272770ef
	.quad 0xbfbc52c8ebe46c7e, 0x3fb82e9277d98b1f
	.quad 0xc000000000000001, 0xed7d4726812e5db7
	.quad 0x40d8000000000000, 0x70fa8ae26c4ffda6
	.quad 0xfebd674ea1c6271a, 0xfff0000000000000
	.quad 0x404672ad8868b2c5, 0xbf9518605eb9f7ab
	.quad 0xff94597efa374de6, 0x3f8996ddff800000
	.quad 0x3fd6a3d3f904df10, 0xf018896035c63946
	.quad 0xc6f80171fffe77e9, 0xa635485a4d4756a5
	.quad 0xcbc73efb0938bb5b, 0x6b2d5531e49cfc00
	.quad 0xc09750ab7f800000, 0x41140000417daa28
	.quad 0xfff0000000000000, 0x7cfd3ba380400000
	.quad 0x00052c6e73bd7a53, 0x181e823996b67f9d
	.quad 0x43fe2b23dad723ab, 0xec5a29b7a0ad4806
	.quad 0x412420867fc00000, 0x800000004f9dbd32
	.quad 0xfff2d6fbedbe26e5, 0x94be6f84571f4600
	.quad 0x00000000d7a17145, 0x8000000000000001
	.quad 0xff88cedc0e45b5ec, 0xacee23cd08a0fc00
	.quad 0xbe31d0d240000000, 0xfff0000000000000
	.quad 0xffefffffffffffff, 0x7f207a933c9120b1
	.quad 0x0e1337d957b52ffd, 0xf53cdd4af320e73e
seed56:
	.quad 0x0000000100000000
	.quad 0x000000000000016b
	.quad 0x000000001f4e7e7f
	.quad 0x0000000000005917
	.quad 0xfffffffffffffd85
	.quad 0x000005c9ce648ce4
	.quad 0xffffffc44e1230df
	.quad 0xfffffffffffffdfb
	.quad 0xbf01d27c5a2e945e
	.quad 0x0000000000000001
	.quad 0xfffffe2ade3df747
	.quad 0xffffffffe56e367f
	.quad 0x00000000000000d0
	.quad 0x00000000ffffffff
	.quad 0xffffffffffff8839
	.quad 0x0000000000000308
	.quad 0x01400000
	.quad 0xc0000000
	.quad 0x00d36f7dec600e2f, 0xc006000000000000
	.quad 0x00000000ff475a43, 0x98cced2d7f800000
	.quad 0x78e2d3d600000000, 0x0bf83e057f8cd8e5
	.quad 0x4122000000000000, 0x7ff7cf5c7d2cfe45
	.quad 0xf03cd96532447c00, 0x249c90ddbffefe7a
	.quad 0x800000007861549f, 0x008d1a16c1260000
	.quad 0xfd1e7177d66ae1c9, 0x3fc8a36e1f3acda3
	.quad 0xc22000008027764f, 0xae9df822e5f6c040
	.quad 0xfff72518ecc1cff8, 0x484a44af3225b82b
	.quad 0x02bb05c4fe2e801e, 0x5d7f8e52358aa3e3
	.quad 0xe3e8286a97ff6efe, 0xb28a69c87bf7f7af
	.quad 0xbbeb1fc378767855, 0xc000000157b2d06c
	.quad 0xa97ce61d4c222180, 0xf3337f5c825dd072
	.quad 0xff586d07a0062e26, 0xff8196d480000000
	.quad 0x7f800000ffca78da, 0x77f7e8b9f131fc7f
	.quad 0xf9b33bf97f800000, 0xf31bd0ecbaff797e
	.quad 0xec2c7c80f73b7f9c, 0xff800000ff9aa8c7
	.quad 0xfdd6a9d62a2e1f4c, 0xc01b000000000000
	.quad 0xffe1c0123d9122b8, 0xfff2be129ce68784
	.quad 0x34c066584bf7d7bc, 0x94a446bb763b8737
	.quad 0x4154b9975a7fffff, 0x3533e6946cf7dbfd
	.quad 0xa2c11abd6ebff4ae, 0x71bd46b4ffffffff
	.quad 0x5a000001ff800000, 0x137aaf6740c82aa6
	.quad 0xc756c0a603d3b4d4, 0x00086add42bad0ef
	.quad 0x3fa2bf69e7d70f9d, 0xfe212cea7fad6c1c
	.quad 0x4020400000000000, 0x0141a26db9596459
	.quad 0xa12c96804155fc00, 0x0e36c4e780bcd83e
	.quad 0x5fe7ee7f4a6a8000, 0xc07a8a6fc53b027d
	.quad 0xcf22f37745f2fc00, 0x800000003fa00000
	.quad 0x80800000995a0f47, 0x407adee4e22a452e
	.quad 0x3ca43a9b7fc5e41f, 0xee7e81b77f92d023
	.quad 0x00000000c3db3a97, 0xd91578b87ffbe77f
seed57:
	.quad 0x000001bb9c149833
	.quad 0xf06dbc41cf747319
	.quad 0x00000000000001bf
	.quad 0x0000000001028085
	.quad 0x0000000000000001
	.quad 0xffffffffffffffe3
	.quad 0x90070af562730cc3
	.quad 0xf240e38a76636471
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0xffffffffd22fed6a
	.quad 0x0000000000000063
	.quad 0xfffffffffffffcee
	.quad 0x4c0834b06a078c6b
	.quad 0x0020000000000001
	.quad 0x6e6c8c6aa6f34c11
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x779981beef5803a1, 0x9a55aae3c7000001
	.quad 0x7f6f9e2d43b6c688, 0x6fcb37b53f50ed5b
	.quad 0x0000000082630709, 0xff988f336f1954ee
	.quad 0x8f2279c77ffffffb, 0x4e8c495437468fef
	.quad 0xc10200000057cb6e, 0x0ecde0bd7fb17efe
	.quad 0x2ab9daec718290c7, 0x31e27df734d25abe
	.quad 0x818373441ba06bd8, 0x2c91422abab4c11f
	.quad 0xc08c000000000000, 0xfed722bd4207ae73
	.quad 0xaf97f48f42a16697, 0x008ce1c282436e61
	.quad 0x7fbbf3b469eb543b, 0x801b1c137e10a231
	.quad 0x2df554eff2f0e693, 0xfff44fe4784f6bcf
	.quad 0x4002000000000000, 0x1a97ff3fcb7248c0
	.quad 0xe471a186e6e88188, 0x7f004816ed57f308
	.quad 0x80000000bce00000, 0xd64bc0963545fc00
	.quad 0x8007c9d7d3e94145, 0x7d818388b3fef21b
	.quad 0x7f800000ff800000, 0xbd16869e00092e5c
	.quad 0x8053d62a807fffff, 0x80000000ffbd88b5
	.quad 0x0000000000000000, 0x876fa529bbdfa100
	.quad 0x274da3ba3fc7ffe7, 0x815a282f864c6993
	.quad 0x8000000000000000, 0x306c99bedc95b400
	.quad 0xb85fea0c904305db, 0xfa1001f6ff8fa8e1
	.quad 0x49503c1c0496e7a9, 0x6c470e27bc5a7e00
	.quad 0x80212aba92cc2b73, 0x8283757ef88192ce
	.quad 0xc019000000000000, 0x28728ad87fc1b0c5
	.quad 0xffc0aa3c80400000, 0x7f6f3e51cc000000
	.quad 0xff80000041020000, 0x7fb98684c20083b7
	.quad 0xf95a783fbe5b144e, 0xdb4ddd0440a80000
	.quad 0x2470554d81bc705c, 0xc0d07b31ffc00000
	.quad 0x6f3c7026fbe73fff, 0x56e6c526bffd7de7
	.quad 0x7ffe10a6351e8c09, 0xfbc3cde8b38e607a
	.quad 0xfff0000000000000, 0x3fb760017515bffe
	.quad 0xac520e086cf37e00, 0xbbd894c18bb1ec00
seed58:
	.quad 0x0000000000000002
	.quad 0x00000000ffffffff
	.quad 0x000000d8cfd7fc55
	.quad 0x1fee711f2da9b94c
	.quad 0xfffffffffffffff5
	.quad 0xffffffffffffff7f
	.quad 0xffffffff80000000
	.quad 0x00000004d689534d
	.quad 0x00001542facf1a68
	.quad 0xc41b7e1f6b024e0b
	.quad 0xfffbbbe99c107702
	.quad 0x70336f38afdd0d33
	.quad 0xfffffe25ac527343
	.quad 0x5b2092a565a9624f
	.quad 0x8d0e9f74c5a471e2
	.quad 0xfffffffffbff014f
	.quad 0x01800000
	.quad 0xc0000000
	.quad 0x0cede456db0ce143, 0x7fad47db43296ce2
	.quad 0x01c59e20e9261c0e, 0x7ff0000000000000
	.quad 0x0064cc1980000000, 0x4138000000000000
	.quad 0x7806de1814acd58e, 0x9128eb1975d5764f
	.quad 0x007fffff757c7341, 0x999862654277fedf
	.quad 0x4017ead1b5e10a12, 0x845fcade1fe3fffe
	.quad 0xc47161ce23947c0b, 0x004ff78ffff83c00
	.quad 0xffdc0a00262809f2, 0x0aea1e3000800000
	.quad 0xffdecb41a8a5bab2, 0x3d5da12209bb4365
	.quad 0x6ca5dcadbeda495e, 0xff800000475c0000
	.quad 0x7ec2fce7cfffffff, 0x744c831acdf64f41
	.quad 0x80590bab3ecb8c53, 0x7ff0000000000000
	.quad 0x893ec4280407d47f, 0x99c3e5fa457dff5f
	.quad 0xa0afd9015a677c34, 0x5bae792244990700
	.quad 0x468f79c81f687800, 0xc02b9094a8485c52
	.quad 0x00000000d8b6a39d, 0xe1cef692e0f44845
	.quad 0xb996ee21c492bee6, 0x3fe604bb645ef647
	.quad 0x7ff60ebb493d1054, 0x40d3c00000000000
	.quad 0xc0100000c0900000, 0x81192036fbd3ecff
	.quad 0xff86e839c7000001, 0x0c1f0f723a540000
	.quad 0x000de69f268c4598, 0x0000000000000000
	.quad 0x74ce179d7fffe0ff, 0xfffe4f0431d76ae2
	.quad 0xa8e286f542957c1c, 0x35ebbb71fa0f0358
	.quad 0x3b6381c0c8d2026f, 0x7ec4809a45fedbd6
	.quad 0x7ff0000000000000, 0xbff5800000000000
	.quad 0x01000000ff800000, 0xffe53bb43155d094
	.quad 0xfe671d5ac3363dbd, 0x0dfe32e2cf65618c
	.quad 0xccc4eef2c1892362, 0xffa70c9f3dc6ecca
	.quad 0x146ca4c8ff76e77b, 0x1fc8d12153cb8000
	.quad 0x37d24917bc790b9f, 0x34203d467fbdc077
	.quad 0x2dd10d5d754b578e, 0xcf88be20e611235c
	.quad 0xff8e7cb7e27db93f, 0x660c7690efddb7fb
seed59:
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x00000000000000a8
	.quad 0x0000000000000131
	.quad 0x0000000000000199
	.quad 0x0000000080000000
	.quad 0x419dae500dc36bb1
	.quad 0x0000000000000178
	.quad 0x00000002988a9181
	.quad 0x490385c5acf0e018
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xffffffffffff6e98
	.quad 0xfffffffffffffc91
	.quad 0xf8ec61a29601f587
	.quad 0x00400000
	.quad 0x90000000
	.quad 0xaaa22031bd7fffff, 0x4040000000000000
	.quad 0xffa68e69ffb49d6b, 0x8009cc72e5778e8d
	.quad 0xbc99e7d13ee80000, 0xc016dfa5d49d7c00
	.quad 0x5921872fc162ae9b, 0x77c9df0f3ce7253f
	.quad 0xff80000040a4d9ca, 0xbf9b4a15b7cd7587
	.quad 0x32ae7016bfff7afe, 0xee8d511c942a38d8
	.quad 0x8225b3aec1889384, 0xf0e038aba75cc5c0
	.quad 0x47e2c62980000000, 0x3fe91ed2d3690314
	.quad 0x436bd742f9ed4099, 0x800000007f800000
	.quad 0x036ba2c44a7a6e5f, 0xb91d2166d6e0c380
	.quad 0xf61fcace3c24dab1, 0x2abc7d67dffdc2ce
	.quad 0x7f856e9f807fffff, 0x3fb6b77e58d9d795
	.quad 0x7ff8000000000000, 0xc0735eac463e5d5c
	.quad 0xc04db2e8ff800000, 0x17952ab580000000
	.quad 0x10f23ec77d9b5eff, 0x91b2a2bfa97f7dd6
	.quad 0xffd70625eae11a52, 0x1fe90e82c659b351
	.quad 0xfe3472d8836ae9f4, 0x3f9e839e256d12f3
	.quad 0xb5f16c7955673c79, 0xe240a6e5e341d087
	.quad 0xbdf13b6014eb102b, 0x3ffffffffffffffe
	.quad 0x7ff06131abd013cd, 0x800000003fee6310
	.quad 0x4900000080000000, 0xde8e4b804f0f8025
	.quad 0x80000001f11c6881, 0x2a0c884e7e706062
	.quad 0xe613a9dc9eed4ccb, 0xfffd9299d6be6c5b
	.quad 0x00fa34781c5dcfa7, 0xac8fd33fbace6fb1
	.quad 0xc959a7ddd457a779, 0xafbf59b745e94395
	.quad 0x4af52c54b1bed9d3, 0xb58cb8936be7fffd
	.quad 0x07f21d09bc7db645, 0x7ff2c2ea1f31567f
	.quad 0x4f8000014162cd7f, 0x7fda7a007f800000
	.quad 0x7f54a6e280c91f24, 0xeb049b5fcc7efe99
	.quad 0x9ed52985d5b00000, 0x0000000041160000
	.quad 0x6a07613918f60e0a, 0x844a0aca4fffffff
	.quad 0x7ff8000000000000, 0x000000007fc00000
seed60:
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x000000000000000f
	.quad 0x8e1beeab992103af
	.quad 0xffffdc337693515b
	.quad 0xdcb539e9e702d713
	.quad 0xfffffffffffffdcf
	.quad 0xfffffffffffffd43
	.quad 0xfc970c037d9ebf84
	.quad 0xffee64c0d965f0df
	.quad 0x00000000000000e2
	.quad 0x799061f3078e831d
	.quad 0xda478adc7fb7f80d
	.quad 0x000025fb84b4b4be
	.quad 0xec59bad1baa59269
	.quad 0xfffffffffffffeb3
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xced094c94f670f3e, 0x40f0000000000000
	.quad 0x1cef3d61dfc83cd3, 0x7d3e85bebd42448e
	.quad 0x407919ce5f12219e, 0xc110000000000001
	.quad 0xe8791ae5d6a48bff, 0xdff59e436e4b9fa0
	.quad 0x7ff2b9a9de324927, 0xac77397e7ff7fd0b
	.quad 0xc022000000000000, 0x120006784ffffffe
	.quad 0xa4177872ff7ffedf, 0x7f9f5f5480000000
	.quad 0x3fcdce763088982e, 0x7ff53984d694444d
	.quad 0x5d68cfc6e4cdcf22, 0x43484765ea0309f4
	.quad 0xbb312e327fc66953, 0xc5a5a5c5ffcffd7f
	.quad 0xcd87f04538b66e4f, 0x1b13c634ff800000
	.quad 0x7fc4b51fc0400000, 0xc074a32a920d5f41
	.quad 0xbb815453ff800000, 0xff8000003e417ca2
	.quad 0xff46708199404149, 0xc89ad0181dfca68c
	.quad 0x0000000000000000, 0x7f8000007f800000
	.quad 0x32ac4730172e8000, 0x15ffd73affbbd08e
	.quad 0x40104991801733e5, 0x3dc9038a7fe3ece6
	.quad 0x4017800000000000, 0x7da38d9bc56cdb33
	.quad 0x8000000000000000, 0x3e29e39c43d41652
	.quad 0x425800007feb6111, 0x7f80000009a3aeff
	.quad 0x3f7598bb107ab087, 0x3fe0b13d0d669b75
	.quad 0xf7388bad6ce61e7d, 0x00000000421cce84
	.quad 0xfefffffffd1dd305, 0x7fc00000ffacc8d1
	.quad 0x7ff0000000000000, 0x63aaeeec227efc01
	.quad 0x3d87c3ba0e567e79, 0x47800000c0980000
	.quad 0x007fffff7f800000, 0x8000000000000000
	.quad 0x12c35a6bd928bed4, 0xdcc73a1ffd8b9f03
	.quad 0x9723ad7fc8480000, 0x076aa94da8b82430
	.quad 0x7fc00000b9a78179, 0x3ffc9359f0734e48
	.quad 0x7fd5b0fcf1c91dce, 0x4211f387804ba713
	.quad 0x0304cce3c9fd7fbf, 0xfee6a7dff32c1904
	.quad 0xc04b3b9867ae8bba, 0xf136db1046502264
seed61:
	.quad 0x4fc9a627e23375e7
	.quad 0xce9d5bda8ddbb95f
	.quad 0x1a31ab8a7e2fc443
	.quad 0x406ef14efd8495f1
	.quad 0x00000000000001c6
	.quad 0xffffffffffffe329
	.quad 0x0000000000000001
	.quad 0xffffffffffffff7b
	.quad 0xe7c5bb4e3db9d80a
	.quad 0x6bd23ceeb643f7e5
	.quad 0x0000000000000065
	.quad 0x0000000080000000
	.quad 0x9f1a9cc2b3f51923
	.quad 0x03290a778cbb2ae8
	.quad 0xffffffff09113d69
	.quad 0xfffffffffffffc5a
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x3ff93c09c929786a, 0x7fd0000000000000
	.quad 0xb55aaa7b4569525e, 0x8b7105667eddd634
	.quad 0x7ff8e89ee8a9efd5, 0x0d4c3cc5cb5c7fdb
	.quad 0x3fd00000bdf18931, 0x1fe174e8cfbd4b5a
	.quad 0xd582c6b9cefdc3fd, 0x38ec3260bfcf4800
	.quad 0xbf21bdf5ab7fff25, 0x03074585c361fb22
	.quad 0xc70000007fc00000, 0x7fc00000800c2613
	.quad 0x4f0cb69fbbb2238c, 0xff80000036720000
	.quad 0xff99e14441000000, 0x4ca4caffe638f800
	.quad 0x7f8cbed17f800000, 0xc078afd65da244a5
	.quad 0x7fc000002f5cf0cf, 0x4fd47251be8386f6
	.quad 0xee4028117f87f886, 0xf4e1842a28ab59e7
	.quad 0x7f800000c2e5bf73, 0x8000000000000000
	.quad 0xc139e81d29fe56e4, 0x268a11589cb2b247
	.quad 0x79c7fa12ffcbffab, 0x4000bd36f7af332b
	.quad 0x4e38de74ffe774ff, 0xc34ffffffffffffe
	.quad 0x00033e7f23f7406b, 0x00000000bf1799ef
	.quad 0x137b83567f8d6f76, 0x7fe996fe0726f04a
	.quad 0x0ed5e1e201d5519d, 0x7ff0000000000000
	.quad 0xc03d6fb8135245ff, 0xf78a4c8fb46f5fff
	.quad 0x1f9b180a13c25cec, 0x026ae5dcd392cfea
	.quad 0x9984f721bed308bc, 0x000fc682c2a53bd7
	.quad 0xa4660e7cc363fb39, 0xc03460b95f7a0631
	.quad 0x7fc00000a2541130, 0xcc3558f9b9de1c55
	.quad 0xc0e85d34ffd553d1, 0xed35bf1cc1518bb7
	.quad 0x7d018396f363fc00, 0x03401a5c49067783
	.quad 0x6f8276a4ff800000, 0x3e156ffa9ab0d9ef
	.quad 0x7ffe23b27f861f8e, 0x3139e0ffebbff3c6
	.quad 0x40af7e1c007fffff, 0xed82770e346afd09
	.quad 0x3c43664e3dfdddee, 0x04e7264c7b6f062d
	.quad 0xc1060000ff407f77, 0x5fe8bad2050f4df5
	.quad 0x79bed9f7b5f9dbcc, 0x40b8000000000000
seed62:
	.quad 0x96c13ee2540dc2aa
	.quad 0x545f4dc91c0ad383
	.quad 0xffffffffffff958d
	.quad 0x0000000000000121
	.quad 0x0000000000000101
	.quad 0x3889cd893c9e4093
	.quad 0x0006431ee42f5d93
	.quad 0xd7e8742a02a1b412
	.quad 0x00000001a6a82c22
	.quad 0x2df45ce233e7044f
	.quad 0xaf09d8cf7f5cf7b8
	.quad 0x0000000000e81025
	.quad 0xffffffffffffffff
	.quad 0x000000003603c70e
	.quad 0xeb866cc3d219a550
	.quad 0x7be5668a36fbaa5c
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xbf64000000000000, 0x3fb7eb70c65227f6
	.quad 0x019e8803f7fb63b2, 0x5a45f54cd3d6bcbb
	.quad 0x1157af993d9ae610, 0x80000000af8030a5
	.quad 0x4005000000000000, 0x8000000000000000
	.quad 0x134698edbfb27c7b, 0x4d7967ee7fe03a00
	.quad 0xc00e0a04968622fe, 0x3fe00000bfd00000
	.quad 0xff8c463d3ce44de0, 0x3c3c3b825b4c02a1
	.quad 0x94a4fa90ed3af801, 0xbd98cf7fff800000
	.quad 0x40c4b00000000000, 0x9e50eb2bff8d1a98
	.quad 0xd297ffc64f1d75f7, 0x8380a95af454dfd1
	.quad 0xac3780780fab2291, 0x6bbcedf6ff9b6c00
	.quad 0x8010000000000000, 0xaecd1c39df1b0ba2
	.quad 0x000000004ec1ae32, 0xfff0000000000000
	.quad 0x7b7cf251baeb0000, 0xc33fffffffffffff
	.quad 0x02b3cc2a624343b3, 0x4051608a500aa14c
	.quad 0x80400000004e1d49, 0x2c8fdb92f3edf96e
	.quad 0x64617b071edbc440, 0xc1100000bd936e61
	.quad 0x0000000000000001, 0xe4886eed51814d44
	.quad 0xdb3f143a57b3b6ff, 0xfff8000000000000
	.quad 0xfe88ab5e7fb08f2d, 0x43e074d0f0bd9699
	.quad 0x5305e48fc3ed8480, 0x35a0000000000000
	.quad 0x800032a09ae520c9, 0x401b800000000000
	.quad 0x7fc000003f1c0d1c, 0xa153e666ebbe2d46
	.quad 0x4715a77cfb52d285, 0x3f4be00000000000
	.quad 0x000fb0bea560dfe7, 0x646df479fffa7ff9
	.quad 0x1911b3823d5e4711, 0x41f84a7380ffffff
	.quad 0x7ff1c8d14d9848ca, 0x123b65eb82947c00
	.quad 0x7e76238b852529e9, 0xc000000000000001
	.quad 0x0000000000000000, 0x002fffffffffffff
	.quad 0x3be000009ae4b7d1, 0x80189bf74e69cef9
	.quad 0x7f7fffff7f800000, 0xb4ef0dc5de438e6f
	.quad 0xce5638ed9bd17c55, 0xfff52763514e5836
seed63:
	.quad 0xfffffffffffffdea
	.quad 0x000000000488b7d3
	.quad 0x0020000000000001
	.quad 0x856591709358c5f8
	.quad 0x00000024211fd7ec
	.quad 0x000000000000035c
	.quad 0x0020000000000001
	.quad 0xed0938925fddf922
	.quad 0x8000000000000000
	.quad 0xf6b578ba4dd96e7c
	.quad 0xffffffffffabc7d8
	.quad 0x00000e1889c14622
	.quad 0xf46c2d048084f043
	.quad 0x0000000000000002
	.quad 0xfffffffffffffd0c
	.quad 0x6ae5af91483d1ff4
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xa54639ab2c587c00, 0x80424055064ce1ff
	.quad 0x8000000000000000, 0x80ea58e7cbc1beeb
	.quad 0xc3bdc1b1e9861c60, 0xbfe0000000000000
	.quad 0x402f1465d2dd95a1, 0xbfd3bf63c4e9cd00
	.quad 0xda7fffff40000001, 0x8fa503abd2570000
	.quad 0xbd16f47dc0e80000, 0xfab747aa365f45c0
	.quad 0x972ed430f53bfd7f, 0x8001c4707cd76c2c
	.quad 0x54cc40f4f47afbff, 0x000f1abf77d79b45
	.quad 0x20cd7c15dfbf2353, 0x3bfa17a6bdd1fb33
	.quad 0x48893c04404bfc00, 0xc32e3eafffb371fd
	.quad 0x7f1550324925600b, 0x8394840a3b2f898d
	.quad 0x54c0af159c6afd17, 0x7fcc23e17fae7b6f
	.quad 0xc4bc558c63a1e8b0, 0x010eddf0ff9eb017
	.quad 0x9819e165663c3066, 0x7ef29b063be22740
	.quad 0x7ff0000000000000, 0xff800000c0d1b2ae
	.quad 0x86b9af18fdfb4fff, 0x83ba7565ffc5500a
	.quad 0x7efefa847afa5977, 0x41e196223dddfacf
	.quad 0x8000000000000000, 0xfff69af66ca253d1
	.quad 0x7ff8000000000000, 0x5c3dfc0aad414f5c
	.quad 0xfff38c1f994f272d, 0xfff0000000000000
	.quad 0x6055eeef7fefff7f, 0x0006bbd326e423d6
	.quad 0x7f000000ff800000, 0x40fffffffffffffe
	.quad 0x476deb047fc00000, 0x3f8000007fc00000
	.quad 0x3e2dc260b60e30c4, 0xc022800000000000
	.quad 0xc37d9dde74b43a4d, 0x7fdd294480000000
	.quad 0x00291b81e38436f8, 0xc06acac3000e7e41
	.quad 0xa744eb5fc12e7376, 0x90566971358d26cd
	.quad 0x7b311c269dcdf937, 0x0000000000000000
	.quad 0x7fc000007f800000, 0x00c63347523f3cec
	.quad 0xf2ea9f15c21e0000, 0xc370f57f2c8d6e44
	.quad 0x4be03106b81ffbbc, 0xefd72986228a7ca4
	.quad 0xc1093b52efac61a7, 0x0010000000000000
