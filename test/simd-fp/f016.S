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
	.inst 0x1e6140f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee19991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea5ec52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ef3c654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea19995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2ae616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea188d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6500a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e75095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ebae55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6cb6fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e618a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a554f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22015f
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
	.inst 0x9e198100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f65c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2734c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e664213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6221e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc69095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e276cd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f26fc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e65fd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a29bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3102ac
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
	.inst 0x4ea4d67e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21db7f
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
	.inst 0x6eb0f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6ce551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e58d562
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e666638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ef2ce34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59ca66
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e22c557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e601918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e60d439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2dc65a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e2c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef2ef3c
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
	.inst 0x1e6b397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21d8ff
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
	.inst 0x1e6541f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8b99d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b1d53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5eebfdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c035
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
	.inst 0x1e6f68f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2102e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f8c1819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e764e1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f3ee43c
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
	.inst 0x6e6168be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30185f
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
	.inst 0x1e6accf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a4931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e290182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e657973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1a834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f02acf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e02fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42fcb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61aa59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c33a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6178fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26425c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e31395d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c9bf
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
	.inst 0x1f669dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6121c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30c892
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
	.inst 0x1e6068d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6908f5
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
	.inst 0x6eece697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b09d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2742f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6bc53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea18a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2300fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e33499e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6520d0
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
	.inst 0x1f4e1510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2641f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0e854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21b8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f539d96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e693977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e764ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e20fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2414ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c1bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4eb0fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e68c5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e20c19f
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
	.inst 0x1e6141b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e685a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f079532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb2d633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e28e634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e704a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee8f577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7009b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2bd019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2484a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6540fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e26dc3c
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
	.inst 0x1f3811be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ef0f4bf
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
	.inst 0x2ea19890
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
	.inst 0x1f059232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b4cf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e664034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b3855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f77e4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc118b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a5ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fb7917a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2ed43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6039dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1b85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f09e0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f23fcdf
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
	.inst 0x1e6d4810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e290951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f5115f2
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
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6029d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f690d77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f744018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e21a85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7101cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e61008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0f89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b58bf
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
	.inst 0x1e60b5c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e650021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fce9a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e642100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0f9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0fa99975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e70e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21cc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ef1e4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e640189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f45389a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e22fd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f298f5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2301fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f699c3f
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
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7c5011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fce5192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fa31173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e280974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e217875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f278436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2300b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f60fdb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e619a3a
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
	.inst 0x1e64297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e037d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62415e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f04bd9f
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
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f971
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
	.inst 0x7e30c873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0aa074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e67d495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1a8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ec658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58ecc9
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
	.inst 0x9e2501ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e791a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f2ee4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2201ff
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
	.inst 0x1e238930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e705616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1a954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6301b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a5997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e438cd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e371919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63199a
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
	.inst 0x6e7adebc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e58b46e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc058bf
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
	.inst 0x4e2179d0
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
	.inst 0x4e68ddf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6201b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f72fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2249b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c1f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e58fe87
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1aad8
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
	.inst 0x4f89589a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2028db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f2ce5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0c9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7801ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7749ff
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
	.inst 0x1e683970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e6169b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f2932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f26e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea4d5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7319d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea188f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0ca37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2dd4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e60ecdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70d89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2dc51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39012f
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
	.inst 0x6f2fe590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee19831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640db2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e03ed33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f2ee414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f22e555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e618856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fac50b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0f9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f66b8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b3d7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f68947d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e71008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6802af
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
	.inst 0x1e644150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f410e32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61c8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e220034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e218815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f41a676
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
	.inst 0x9e7801c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6802e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e78000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2301bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f43fcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c1ff
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
	.inst 0x5e23dc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e282120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eacd612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21d9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e71146c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e226a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e203897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea1ba18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e02c5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f40341a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f40b0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2722e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eedf55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e25e51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0c81f
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
	.inst 0x1e02ad10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0c971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f111d12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f7efdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f205095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e655016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61e697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0a9238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee18979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eeffd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1d95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6df65d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1a87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e68ff
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
	.inst 0x1e633910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e262130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f438954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b8995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ef1fc16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2320b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f70e6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6f8299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eaae41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e18b94c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66289d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58dc0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202358
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
	.inst 0x1e18c0e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e211812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e262130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f523994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0d935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e290046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6419d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f490d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea0c899
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
	.inst 0x6eb0c9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e25f43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e64c47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2200be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e268a1f
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
	.inst 0x1f050d70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1b9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b7e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6178d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2129d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e610005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e280006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c3999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39028a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e70d4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e25016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58986e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2fa3983f
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
	.inst 0x1e641990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e310243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e333914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eaeec55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0e836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6641d7
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
	.inst 0x7f3efe79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2401ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f38fc7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea9c47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eebe5bf
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
	.inst 0x6e26dc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eaad431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e300142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f101654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3058f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f47a2b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7188f7
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
	.inst 0x2e23dcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2388ba
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
	.inst 0x1e22c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e70bdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f43f4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21babf
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
	.inst 0x1e29ec30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc919f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e319627
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e700243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0d45b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e695411
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
	.inst 0x1f303697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f641198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b39d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea0e93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c17c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f21fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f3ae4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6500ef
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
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e222851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e63e4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e3973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1fa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a38f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e69e616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e27dc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f895a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e64fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2200bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21dcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f25e57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e297f
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
	.inst 0x1e6441b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e70e551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e706893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e610244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2169d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2188b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f7ce5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e658919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21891a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f2ffcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a9e1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7100ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27411f
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
	.inst 0x5fc25970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc95213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0d954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea189d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6221b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f722578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f6fe679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f4ee47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3801ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f92937c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21b83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79193f
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
	.inst 0x1e2918b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2bed71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f2ce5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e672d73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6b44f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee5f556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7fa99817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61a8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2378d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e58bc0a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e22c4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e25d4de
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
	.inst 0x9e6300b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e640891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61b832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2184da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e20dd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21c915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61a9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3900a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e381018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64c179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a0b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e213adc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7a397d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e63013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c3bf
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
	.inst 0x9e690000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e30448a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f2872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e2cfdd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0ed34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e689015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6901a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e63c617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e421518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e5994a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4f1c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e605b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c2bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f47263d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2facde
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
	.inst 0x2f24e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60fcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21d492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e2189d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e214194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0f8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2900c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61d837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e650168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee199da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c3a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0eabc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21b81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e59e5ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c9bf
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
	.inst 0x1e7b9010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e438532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e665955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6220a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e282a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2801c8
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
	.inst 0x5e63fc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f40e45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f03ab1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e021dfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2200be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69387f
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
	.inst 0x7f29fd50
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
	.inst 0x1f221912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6408b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7239b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e767015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e20e4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8d5078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e0819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2690fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e252b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f8678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30cb3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6f04de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f67e55f
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
	.inst 0x4e6ef4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59a841
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
	.inst 0x6ee0d913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e24e4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6741f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee2fc96
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
	.inst 0x1e610248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e23f499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f54e67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20c0fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66431c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61c9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2000af
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
	.inst 0x6e27e4d0
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
	.inst 0x1e2ea424
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d5933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fc09894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea6f555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7e1016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e680207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fb15ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeaf519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2128da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f3dfc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2821e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6059fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c37e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2145f0
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
	.inst 0x4fc158d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f64c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e23e5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a38b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21ca17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f859078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e279019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eadc4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e34dd7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2fa2903c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03755d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e753a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67415f
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
	.inst 0x9e2501e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e250851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e187962
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f20adf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f101954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e340975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e2cfc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e02bc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1f998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6301b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7920a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea3c49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60f01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2902ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b199e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e218a7f
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
	.inst 0x4ea0f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d962e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f8e1233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f20e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e705996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f24fe97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f01adf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e70000a
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
	.inst 0x1e27089c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61b95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee3d47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6178bf
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
	.inst 0x0ea19990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6541d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65451a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fa39233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2149f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e293835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61b896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e24c197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea1d8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eabee99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4f995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3339db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f049f3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c891d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6020b0
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
	.inst 0x7e30d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea9fc71
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
	.inst 0x0e24d433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2741d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6bd655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef1f556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e69e517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e683818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e791ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6440fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7802cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2621b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e8adf
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
	.inst 0x1e620050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e212200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f480012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6629d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21b875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21d9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e02e8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e25f4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6240b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a48fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eeefe1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f61221d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c39f
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
	.inst 0x9e230190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e6afc11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f700e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e64c553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e654274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6ff595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e737936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6dd517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21d858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc9117b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3101cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e251a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39008f
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
	.inst 0x6e23ec70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f304152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e290063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2829f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f20ac98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e77f4a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f47e47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e438cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f04849e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eead41f
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
	.inst 0x1e59c1c0
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
	.inst 0x9e6201b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc399f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e733a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fa591d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0d3df6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b0897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fcc98d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21a859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e618b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1f8db
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
	.inst 0x4fc6991d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0c95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e274a3f
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
	.inst 0x6e65dd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd050f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a7912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e24e614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fc39076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21ba17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a9c78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e221879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e21024a
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
	.inst 0x1e666abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3421d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6101ef
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
	.inst 0x0f30fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e617618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1b913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea7fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e220095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6078b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4434d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b2a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1db3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e58c82b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1b83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4ceb9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7b29fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7100cf
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
	.inst 0x5f875070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a48b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd25853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f45b957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0d858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e68ec39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee9d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6df5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2401ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6bf79e
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
	.inst 0x7eb0c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f0931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6241b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e20ecb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e19e265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61d9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e33e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e71004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f48087c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62419d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e18a08e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f6ce59f
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
	.inst 0x1e6724da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee6d593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e274034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e199de5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4fbab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4791d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2801aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f861b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22587d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e39fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1cc5f
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
	.inst 0x9e650000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e66d5b1
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
	.inst 0x1e2f2a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2f39f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e204995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef5fe76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c118
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
	.inst 0x1f18b19a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0c89b
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
	.inst 0x1e23005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61b87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e69d55f
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
	.inst 0x1e6549d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2dfe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f879a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e341915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e702876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e220037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f238c98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6201d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24c11a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0e56db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6008fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e271a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e69fc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18f40f
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
	.inst 0x1e27c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e20e431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f2a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d3993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f11a8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2301d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f47a676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea0f498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e35e439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f80593a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4c02fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fce901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eaaedfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0c99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60000f
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
	.inst 0x1e6104b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d4df1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f4ffd12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e22e514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f290156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e214097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e642978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b2999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef4c47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eebfc3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6cf47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0d9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e28d4bf
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
	.inst 0x6eb0f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e244211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e304952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c0a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e240104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1b9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e63deb7
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
	.inst 0x9e420579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24403a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f8e121b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e195c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e292160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21183e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5f93103f
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
	.inst 0x1f213030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fc39991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2425bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70c833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2801a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee18a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0c856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea6d6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d7918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f3fe5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6320e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e02a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea4fc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e227bdf
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
	.inst 0x4eadfdd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4c9531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e70448d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fc79074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e612070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eade416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f5017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3101a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6cdc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e42849a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e25c6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e5b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30fa9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2519df
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
	.inst 0x4faf5110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee9d491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6201f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0c833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21aa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f6fe695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2819b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e752070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d58b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e25f4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e25028c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0c85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30495e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67adbf
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
	.inst 0x6ee0d830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e690951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e700203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee19814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0ec36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6795d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f36feb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e282120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c1da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fd799bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea3c6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f2bff3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24439f
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
	.inst 0x1e24cc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3bd011
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
	.inst 0x1e03b033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f218994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f463615
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
	.inst 0x1e2f8639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f478cb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee4fdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f8b507a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f69a95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1b95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e2becff
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
	.inst 0x0e219930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e58d021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f805a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7218b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0ea54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e42f8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e290106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f929257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e1506
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2949f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61195a
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
	.inst 0x1e38297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eb0d5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f5bfdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e21006f
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
	.inst 0x1e658850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e420dd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e248c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f3049f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea3f655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e352916
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
	.inst 0x7ea1b8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f089459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e197b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e27ed9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f13901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e37d01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e29020f
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
	.inst 0x6e6198f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e67f491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6fe632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61d9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e250084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1d635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea19976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61b877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea3e418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21b8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2508fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a28db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6ef49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2fccbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61f47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68187f
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
	.quad 0x99fbcb3eb86ac45c
	.quad 0x448458532bec7d7e
	.quad 0xffffffff80000000
	.quad 0x5f15d276c4d07b83
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x0064706120fffb34
	.quad 0x15591cb97c5080c6
	.quad 0x00b15968565c7953
	.quad 0xa5d8ad960a5c4113
	.quad 0x1f5081f16acd4adf
	.quad 0x000000007fffffff
	.quad 0xffffffffffd38429
	.quad 0x000000000000060a
	.quad 0x005ce057ed416a54
	.quad 0x8a865a3958a29474
	.quad 0x04800000
	.quad 0xf0000000
	.quad 0x6837e81b21c67baa, 0x02ed5f29c7f339c9
	.quad 0x000d9c5eff800000, 0x5f1bd56658d280c1
	.quad 0xf3d1905c6127bd00, 0x09639dfec0940000
	.quad 0x3f6640473d322325, 0xd38b6b55efd5b471
	.quad 0x417d3366b6c00000, 0x407c0fda395a921e
	.quad 0x5fc44a0213a598a2, 0xffdfffffffffffff
	.quad 0x6c8f4b85e5acd88c, 0x00084ed856499a56
	.quad 0xc02c11b800640847, 0x0000000000000000
	.quad 0x13203bda4024c2e9, 0xfff2c3e06adeae45
	.quad 0x9e02cfa82ea5d100, 0x7ff85a3d2672c8d9
	.quad 0x3fb0047c8e17ba5a, 0x62585612fecfbfd7
	.quad 0x511f9057ff5b4501, 0x80bc4c1f5bf941c2
	.quad 0x2d319f44fffbfff8, 0xae269542a9cf39c2
	.quad 0x7e1c622ba9196c56, 0x0c2f68ee6b637d09
	.quad 0x3f754f7600b90f27, 0xfde7391cf2ed1afd
	.quad 0xe8e5826aa84adea1, 0x7f8ffd485b97905e
	.quad 0xc7fffffe40000000, 0x7ffa286b67223964
	.quad 0x4fa20ed5b513b744, 0x8b2dad3f8a643333
	.quad 0x6267614fb45affff, 0xff993bae42b77975
	.quad 0x7fa3eb5e3fa7cd0b, 0x411000007eee2931
	.quad 0xfff0000000000000, 0x41efffffffffffff
	.quad 0x7f800000bfae8d05, 0xc0fbdc86061ab8ba
	.quad 0x7ca12ae6ff807f02, 0x406de00000000000
	.quad 0x6c1fb45dbe44df22, 0xffdf41c0ff88e606
	.quad 0x7e4f80a59d7207f0, 0x980d8df5011f1bbf
	.quad 0x8000000000000000, 0x92fc2f6478b90000
	.quad 0x8d8ea10517b91575, 0x8000000000000000
	.quad 0xfff0000000000000, 0xb74069b12fd27c00
	.quad 0x59ffffff42849fb9, 0xc34ffffffffffffe
	.quad 0x5ee632a9dc907fbd, 0x7fb358862d6375ae
	.quad 0x7ff8000000000000, 0x7ff42454f2448ed4
	.quad 0x508bac2ca990fc28, 0xfff0000000000000
seed1:
	.quad 0x001d403f476786cb
	.quad 0xf5becad6a33213d6
	.quad 0xffffffefb4d0b79d
	.quad 0x5b38306c673a4100
	.quad 0xffffffffffce01ca
	.quad 0x186023102015ac63
	.quad 0xfffffffffffffe84
	.quad 0x000011deb9f50616
	.quad 0xfffff650b728d126
	.quad 0xf5fb75f222fcc617
	.quad 0x0000fecc778dae8e
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffffdfc
	.quad 0x333d135c497cc30e
	.quad 0xfffbc28add1f0f74
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xfd9e7ccc928bbcab, 0xcde82300eb47f9b0
	.quad 0x000dd10a89484f62, 0xbc9f1008c0e80000
	.quad 0x40ffffffffffffff, 0x3fa66bba733bf179
	.quad 0x4f0000016e1886b4, 0xffd9d1917ec852b5
	.quad 0x4015000000000000, 0x32788a23ffd4419c
	.quad 0x6d3b921b8944d8bb, 0x5d81f6243fea7a37
	.quad 0x34b2d7f7ea75fd0f, 0x81aafc63b8198ceb
	.quad 0xbfc0000000000000, 0xb6900000bfb57b7d
	.quad 0x983ff68a41c82d0d, 0x4330000000000000
	.quad 0xbff0000000000000, 0x7fa4ec5416789098
	.quad 0xfff953df950c15a5, 0x7f56b29f7f800000
	.quad 0xc3087365ff85969f, 0x7ff0000000000000
	.quad 0x00298e40bf5c682d, 0x08abb40a7513fc98
	.quad 0x4dd06a60fffcbfff, 0x771db54d84fed97d
	.quad 0x45418f26dd5fb3b9, 0xc33f767643613335
	.quad 0xc11c00007737673a, 0x7fe0000000000000
	.quad 0xc004820157565769, 0x77c67aa59756fa10
	.quad 0xc5aaa8a4ac5d8000, 0xc161a1c67b866ef5
	.quad 0xc06ec094766ee426, 0xda6ad9b266aefbdf
	.quad 0x7cd9c92d47ffffff, 0x403823bd7b6cd9a0
	.quad 0x7fc0000080800000, 0x7ff4b0dcc7ed6652
	.quad 0x80ffffff014f0022, 0x3c9a024241060000
	.quad 0x95dbc9fac1ed0000, 0xbf6a800000000000
	.quad 0x808000007e800000, 0x39775789cf552d00
	.quad 0x51e5643c46ff2d46, 0x0000000000000000
	.quad 0xbcc68f303f86084a, 0xfff8000000000000
	.quad 0x3d5f68d0739196a4, 0x3d15f76f7ee88c2a
	.quad 0x40e0000000000000, 0x3fefb23b24bf9751
	.quad 0xff0000003b9f8e50, 0x7ffd1595202d0a06
	.quad 0x2f20b2f67ce3f724, 0xc458936fecd9c957
	.quad 0x7fc000007fa689ba, 0xfdfec9b5335fd379
	.quad 0x80e3fba3cdf89722, 0x41ffffffffffffff
seed2:
	.quad 0xbe187b2048d6b55e
	.quad 0x00bf3c6b1e2078f6
	.quad 0xfffda2b3d92db9c4
	.quad 0xb75578498bff946d
	.quad 0x000000000000001e
	.quad 0x8000000000000000
	.quad 0x000000000000000d
	.quad 0x9b084c7625e3202b
	.quad 0x000000000000023c
	.quad 0x00000000000000f0
	.quad 0x6633b1bada9c2dc3
	.quad 0x0000000000000029
	.quad 0xfdd1a79bf3548f1e
	.quad 0x000000000000007a
	.quad 0x19cd09dcd9a24800
	.quad 0x0000000000000200
	.quad 0x04800000
	.quad 0xe0000000
	.quad 0xc111ca1776574188, 0xc120000080000000
	.quad 0xa1527377ffeb8bc5, 0xfff7c4175be44075
	.quad 0xffc0000080326a8a, 0xfff9aee9bf3fc75f
	.quad 0xbc92dd9d1fbc18c2, 0xbf70fc59af38cbda
	.quad 0xbad260b8f625d10a, 0xec15955abd8ffdfe
	.quad 0x41b05b15df800001, 0xd40c417fe2f7dcff
	.quad 0x8000a0a11f827c1d, 0xc01e000000000000
	.quad 0x3c203976c0200000, 0x4069a0e87c2e3e5b
	.quad 0x9a4e0822ff800000, 0x7ff0000000000000
	.quad 0x3a1f0709b26cf7ff, 0x95cb9dfc7c61f800
	.quad 0xfc50a240ff87df72, 0xbffa000000000000
	.quad 0x019f6947cccdba13, 0xffc0000081cbb56b
	.quad 0x32e501685f977dae, 0xaefd2c4402e96231
	.quad 0xbfce41486cb26560, 0xc2f1709c7417a68a
	.quad 0x7e80000040400000, 0x3279a17820bbfba2
	.quad 0xbfe0000000000000, 0xc03c000000000000
	.quad 0x3fbc4e9d96e2db12, 0xfe494a50456b28b5
	.quad 0x7ff0000000000000, 0xf49758a2107ee4ed
	.quad 0xb50e72e6eefe916f, 0x39954e1ffaf9da06
	.quad 0x52fc8fe1efffbdfa, 0xf420f80affffffde
	.quad 0x7ff875080df23b10, 0x7fc000007fc00000
	.quad 0x2d7a289a4db8a634, 0x800000007f800000
	.quad 0x9018e820bbb89d61, 0x320e4c389dffffff
	.quad 0x6dfadf0b49c5fe00, 0xcf7ffffffc3a2325
	.quad 0x8db15add7f800000, 0x0000000000000000
	.quad 0x0000000000000000, 0xc06fadb519d0b4c1
	.quad 0xb8f8baa3fd0b4047, 0x406995daeab8f28e
	.quad 0x8fc65039bf656f3d, 0xc008000000000000
	.quad 0xff9fd80880000000, 0x41f2fe39e12d5ab3
	.quad 0xcf3ac2897ffd7df9, 0x7fc00000c77ffffe
	.quad 0x5b2c78055b7fff97, 0x7ff0000000000000
	.quad 0xf0a946e2ffbfffff, 0xc02e3b0800000000
seed3:
	.quad 0xffffffffffffff4b
	.quad 0x00000000000002c9
	.quad 0xff9953a3d56eb88c
	.quad 0x319d4727d47f513c
	.quad 0xffffffffd50bdbdb
	.quad 0xc5f46323df938656
	.quad 0xffffffffffffff7f
	.quad 0x0000000000000d46
	.quad 0x7aef88a47caab194
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe99
	.quad 0x07d2580258e6a2f9
	.quad 0xfffffffffffffecc
	.quad 0x751806ec538e2f44
	.quad 0x0000000000001c5e
	.quad 0x00000000000002a7
	.quad 0x05c00000
	.quad 0x80000000
	.quad 0x39680000fdb41c19, 0x801aaf3c00000000
	.quad 0xdd59fc02ffffffff, 0x00061d0c7fb3c1e8
	.quad 0x34dce918ffffeb67, 0x571c610ecf452f85
	.quad 0x0008000000000000, 0x40766ebe7066ed1a
	.quad 0xa87c7758abf8fcbd, 0x6fac00f7ad12c168
	.quad 0xe01d31c000000000, 0x800d99d92ebf8d02
	.quad 0x2d9e4f43d93bfed0, 0xff800000f8a33cf7
	.quad 0x40c000007f800000, 0xbff8000000000000
	.quad 0x3fa347c86459ab66, 0x122c7ea00ce94efc
	.quad 0xff8abf2680000000, 0xbfc72d02b34e1120
	.quad 0xccbe5088ffe08000, 0xbe1000000cac1bd6
	.quad 0x1504c28cc10c0000, 0x6f50556ffffb0000
	.quad 0xa4ba345b1f3752aa, 0x2c3c35c741a8c597
	.quad 0x80000000fff99613, 0x2770fdf8fffcb3ff
	.quad 0x006561ef7f8d3deb, 0x035cc7a181651a3f
	.quad 0x401d000000000000, 0x735c6a8096abfc00
	.quad 0x7f98a1fb54fe54cd, 0x56dfe354fedefdf2
	.quad 0x40735dc70a9b31f9, 0x5a1060c6119f7b0e
	.quad 0xb320cbd27de4ad0b, 0x5e9eb14cfd5881de
	.quad 0x01f900c1b2dab12d, 0x55ce1bf82b9e5534
	.quad 0xffb10e2cab99cd20, 0x8b98455677b7f887
	.quad 0x7fa8a5247ffc51db, 0x800b914ade28ba07
	.quad 0xed4c236257bf6be5, 0xc77ffffe4f7ffffe
	.quad 0xc645800090f18b13, 0xf17673248ce51a71
	.quad 0xc014000000000000, 0x8e8e9b9a69c3aa04
	.quad 0xddb35f5b5b0631dc, 0x3a0633e37fee0a27
	.quad 0x738e7d2d80000000, 0x7ed4f7b919fbaa8f
	.quad 0xffa7e9c4c4e88883, 0x3d900000bf800000
	.quad 0x407dd69707cf0869, 0x3f50000042000000
	.quad 0xfff09b508766953e, 0x9e817c923d727fa4
	.quad 0x00800000f3ba47ae, 0xffc0000002a6fc00
	.quad 0x7ff11f968f2c3359, 0xfff2619e86f9fad5
seed4:
	.quad 0xaa5278f2aebde5b2
	.quad 0xffffffffffffffd3
	.quad 0x0000000001000001
	.quad 0xffffffffffe5f3c7
	.quad 0x14b8514ff199f389
	.quad 0x3b47c9cf582ca692
	.quad 0x0000000000000107
	.quad 0x2ae3695ea4796d66
	.quad 0xfffffffffffe7258
	.quad 0x0000000000000f44
	.quad 0xfffffe6d8c755fe9
	.quad 0x00000120499efc8a
	.quad 0x00001c70bed11b4f
	.quad 0x0000000001000001
	.quad 0xa1fcfe994380077d
	.quad 0x0096a555811a2143
	.quad 0x01800000
	.quad 0x80000000
	.quad 0x3e7f647effbc82c5, 0x800000006e611675
	.quad 0x0008000000000000, 0x7fedc82c014f8465
	.quad 0x36e5a4cd4d1fe800, 0xc2f3b8b1ffebdf63
	.quad 0xe604cfea7b9f8f68, 0xc75f0d11fff77f98
	.quad 0x1a4ea5478bc72830, 0x00218d38a62f10ad
	.quad 0x3f939f40da51eb06, 0xd6cdc413ffea7681
	.quad 0xcf76c2f3bfef0000, 0x3be6e05540800000
	.quad 0xfc0d8266ffdb0000, 0x1a60d538d97fe689
	.quad 0x3fe8000000000000, 0x00000000b6980000
	.quad 0x43c00000c2b80000, 0x5f0388310540c9f0
	.quad 0xd06ea86279fb9f7f, 0xc7ffffff9eb01cc6
	.quad 0x4298c4e6175db434, 0xf7ad946f8b3e92fa
	.quad 0xc3e000003e929704, 0xc1236207410a0000
	.quad 0x8d1df7329a150112, 0x66135e482dc0021d
	.quad 0xda000001c0c80000, 0x401800007faf8c02
	.quad 0xa5b49093edf1bffe, 0xfb190c9e7f92baf4
	.quad 0xbfe498b6585c8364, 0x92c12ef6015f2b91
	.quad 0x3f4fd4728480468e, 0xb5aa00002f701296
	.quad 0x3dce8c4bd1419f61, 0xf3537a01cd9a6c83
	.quad 0x8108c78d3876bc2a, 0x800a287af03ff794
	.quad 0xd9dd8b8bfff55b06, 0xfff60a9d43d506bd
	.quad 0xd4ba51ecfbefffca, 0xfff0000000000000
	.quad 0x0c6f2c35cd797ff7, 0x8a8616e2b7b7c5ff
	.quad 0x402b8bc87f9a9c35, 0x0f98b14c2445bb17
	.quad 0x3f03ceebc29d09e5, 0xc05cdee6bcd5f610
	.quad 0x4020800000000000, 0x70da4488ff935542
	.quad 0xfee098c99f793518, 0xbf87a61de6b94b9a
	.quad 0x7ff5a634684a01cd, 0x965f128e408c0000
	.quad 0x8000000000000000, 0x00583d7d7fe37c20
	.quad 0x7fd543bdffc00000, 0x7ff4331e8be02dc3
	.quad 0x0019cc39c1eb1b5a, 0xf7d7b1ca17c9aec4
	.quad 0x721e8a72c0300000, 0x923d9b60edfa7d2d
seed5:
	.quad 0x0000001bb822de4e
	.quad 0x0666ca981cbef0b0
	.quad 0x87a030a13fe6b879
	.quad 0xfffffffffd570017
	.quad 0x0000000000000000
	.quad 0xfd98cd9ac85f530e
	.quad 0xe6566a818a70267f
	.quad 0xffffffffffffff08
	.quad 0xfffff85364279ade
	.quad 0x00000000000003b7
	.quad 0x608aef9c38c5a7b1
	.quad 0x0000bc4593cfe9ed
	.quad 0xdbd697797536e25c
	.quad 0x00000000000002ec
	.quad 0xfea9430c9361fb6c
	.quad 0x30dc6a7312fdf060
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xc05b4832c5c58000, 0x7ff3b33ef81f0c48
	.quad 0x0000000000000000, 0xad332a63f8f23d00
	.quad 0x7041566a3eef8387, 0x07b04745d76fff49
	.quad 0x10e6abcc7f800000, 0xff894b8180000000
	.quad 0x7ff384fe0376219c, 0xbf9b6aa10a3797e7
	.quad 0x94e058ad7f5dfcd4, 0xdd6474c540500000
	.quad 0x3f2c600000000000, 0xe2e293a946200000
	.quad 0x325b0d1462c8dfc0, 0x80000000bd516a33
	.quad 0xfff8000000000000, 0x0000000000e5954b
	.quad 0xc0f694c7b34bd5d1, 0x261e91e6d3f8c3ff
	.quad 0xffe2835c40a58414, 0x02d52a0253c62708
	.quad 0x316f6e3977eff5af, 0x7faced2f7ace9163
	.quad 0xfff5ea317f20a34e, 0x48b93128975bffe7
	.quad 0xfed0827300000000, 0xa57bed8475077e00
	.quad 0x6d1f83ab0da87d4e, 0x000000003fc27043
	.quad 0x0773ce49ff800000, 0xc110000080615016
	.quad 0x7fd7425cc24af93c, 0xf3fe49f5806dffbd
	.quad 0x320d3b28ffce1ca0, 0x36bc00000045164a
	.quad 0xa97d48e9bd7bffbc, 0x80740d0642546d70
	.quad 0x279a5ff840d80000, 0x923be56f3aa2ea09
	.quad 0x00400000c7200000, 0x40e80000e9e5c1b6
	.quad 0x6f4115ee72a1a631, 0xc000000000000000
	.quad 0xff8000007f9d745d, 0x889862143e921b39
	.quad 0x00b480a61ce0c010, 0x0bfa50dec56c7bf3
	.quad 0xbd04893c3fe00000, 0x629603bfb530afb8
	.quad 0x654e3536ebf17e00, 0x3bfc00007fc00000
	.quad 0x7ff0000000000000, 0xb7618a0c7fff1af5
	.quad 0x811cbe6ffeffee7f, 0xfd8040762308cf8b
	.quad 0x406ec263c7fffffe, 0x82f06a40ee7bb50f
	.quad 0x0becf1d49f3a34ec, 0xd50b0b5ef2ff5b2a
	.quad 0xbb8ab5d87f800000, 0x7ff050bbfe8fcd5f
	.quad 0x3fd8000000000000, 0x40667f84bfe4fef5
seed6:
	.quad 0x000000000000002d
	.quad 0x00000000000000a6
	.quad 0xfaddb46537498f09
	.quad 0x48c92cce9235cba7
	.quad 0x00002de73c8cfc30
	.quad 0x5ee9758a54a66789
	.quad 0x0dde2cd3493cd135
	.quad 0x9de2e3f9466e62a2
	.quad 0xffffffffffffff5f
	.quad 0xfffffffffffffd26
	.quad 0x00000006a0253f60
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xf56a61cdb7cf8716
	.quad 0x5d2ee982bef4876a
	.quad 0xe2c2187956a7712c
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x59e6df82feefc97b, 0x00000001b6928000
	.quad 0x8075075a85529ae2, 0x3b97e4087fa40f7e
	.quad 0x8000000000000000, 0x479d4c4effed83b4
	.quad 0x7eeecaac8587e0a1, 0xda36f977b324a5b3
	.quad 0xaef34ff5c3f009cc, 0xb888000080400000
	.quad 0xc340000000000000, 0x1e67e487ffeafbff
	.quad 0x3ff8bf851c5507f7, 0x0000000000000001
	.quad 0x000000003ca6f115, 0x74d0c385b61f8001
	.quad 0x417156f207b2304b, 0x3fd0000004ab4b70
	.quad 0x3f2e800000000000, 0xf4c0341abb523a66
	.quad 0x600fd659cf8eb307, 0x213431b653917e51
	.quad 0x8228481cefc6bba6, 0xa0d91645ffc00000
	.quad 0xcbaf1f64a309d315, 0x45054de49205b27d
	.quad 0x31ae6f8a2d83c59f, 0x7fd0000000000000
	.quad 0xff80000000000000, 0x36259f2f3d52ddff
	.quad 0xffc000003c03ac3f, 0x0000000000000000
	.quad 0x20ca9398bffffebf, 0x41e0000000000001
	.quad 0xd155f3c1fd93fe00, 0x149c22cd07680000
	.quad 0x84cbf11fc0fc0000, 0x929eccd644bb7fef
	.quad 0x80050f59f990bf95, 0xbfa57b9b381703ed
	.quad 0x01059a7bbcfcd3ca, 0xc0241bc14233b604
	.quad 0xfff0000000000000, 0x00000000c0500000
	.quad 0x931cabef4094c1a7, 0x8000d689d3f1fe13
	.quad 0x93e6149c0693fe2a, 0x40f572f408e34200
	.quad 0x1c9473eb7fbf3f3f, 0xc069826e00744ac5
	.quad 0x4055264fa675c984, 0x4070f23722c268a0
	.quad 0x80ffffffefc8ea5c, 0xb8300000c2fb14c1
	.quad 0x414295577effffff, 0xad22c442e6b40800
	.quad 0xb409c457785bde2c, 0x6548a505be360000
	.quad 0x76f4bec9dd45cf6d, 0x00000000be6f8b3d
	.quad 0x3dfea58a00800000, 0x8000000000000000
	.quad 0xbc604c57ebad062e, 0x7ff0000000000000
seed7:
	.quad 0x0000000080000000
	.quad 0xffffffffffffdb59
	.quad 0x1e0939522d0e0c3e
	.quad 0xc814abfcf64478b1
	.quad 0xfffffffffffffe9f
	.quad 0x0000000000000006
	.quad 0xfffffffffffffc92
	.quad 0xffffffbdeef96818
	.quad 0x1dfd697c5cbc2ad5
	.quad 0xfffffffffffffeef
	.quad 0x0020000000000001
	.quad 0xffffffffffeaa8d2
	.quad 0xfffffffffffff9e5
	.quad 0x505f37244eebc828
	.quad 0xe8a368687277f735
	.quad 0xfc612b700afb798a
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x6e87f6f87fbe463c, 0xcd72a8077fc00000
	.quad 0x8089a58600000000, 0x3779d2a8ffef7fdb
	.quad 0x800fffffffffffff, 0xa5e6f85ab974fca8
	.quad 0x7f800000b75bd7de, 0xfb62ecd65fdfbafd
	.quad 0x005145fa2cb64169, 0x407493723266ca93
	.quad 0xdf000000c1100000, 0xe6105b5bc2923504
	.quad 0x017fffff7f800000, 0x40bb0b9c7f800000
	.quad 0x00024c929358d7b8, 0x037dc7ad0f6d06a7
	.quad 0xff8ceb935ffffffe, 0x43c7d1c5e0180000
	.quad 0x8020000000000000, 0x922f0c46db5b16e0
	.quad 0xc3d4bf7c3cf777ff, 0xf895da76148f2aa4
	.quad 0x4027e5b04cbd7af2, 0x81004d0cf3774131
	.quad 0x7f9157451fd6d273, 0x269d3008f7a8f400
	.quad 0x8003e5812ab187b0, 0x400fffffffffffff
	.quad 0x82b0e5d3ffc00000, 0x445800007fa6a723
	.quad 0x80d2d3b214d89715, 0x001da786d1c99bff
	.quad 0xc440000000800000, 0x9321221390b7ea4e
	.quad 0x3d6e4580ff88bfc1, 0x1f5dd2d049b74009
	.quad 0x3dfe94e7e9156c01, 0x7f9240117f01d9f7
	.quad 0x68e023a7d8c18bcf, 0x80000000e8c64718
	.quad 0x80ca921fba6fbfff, 0xc07000007923562a
	.quad 0x3ef6000000000000, 0xc014000000000000
	.quad 0xcf2b882a6647980f, 0x00000001ff7fffff
	.quad 0xbdaf99f500000000, 0xc079fc50ec898123
	.quad 0x7fcd05a27f800000, 0xfff0edc89325bff8
	.quad 0x4f7f1cd90559d280, 0x3f800000be24280e
	.quad 0xaee26c45611c6b97, 0xc07cd68629fa8ac5
	.quad 0xfff3ff64bd0f429a, 0x43c87cbe0dceb794
	.quad 0xbf800000c7400000, 0x2a81ea40f2f6ceb7
	.quad 0x400c000000000000, 0x6adab458d9b8e084
	.quad 0x0c202ed2227fb9ff, 0x6dec75f53eb41dbe
	.quad 0xfff0000000000000, 0xfbf26024fdb1f313
seed8:
	.quad 0xffffffff46496fbe
	.quad 0xfffffffffffffdb8
	.quad 0xe5ebcd51937b15f9
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffc9
	.quad 0x0b7b31ad36e6350d
	.quad 0xffffffdccc523b6f
	.quad 0xcef7da429d8355c4
	.quad 0x0000000100000000
	.quad 0x34437bea05b66067
	.quad 0x01c3b4c3ae23f0f7
	.quad 0xffffffffffffff15
	.quad 0x00000000000000f6
	.quad 0x0bcacf673141d2d1
	.quad 0xfffffffffff904ec
	.quad 0x000000007fffffff
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x7def761419dc3399, 0x352c929d3592cbef
	.quad 0x8000000000000000, 0xffd43111b29f9d37
	.quad 0xffda6e857fc00000, 0x0000000000000000
	.quad 0x906b5968a8edee16, 0x036e0dbfff81305d
	.quad 0x309f923fe78e8200, 0x405a4334aa8ff4d6
	.quad 0x4a66aa47f7fff84c, 0xbfa0000000000000
	.quad 0xff800000bbe6c65a, 0x007a8441001dc1b0
	.quad 0x7f9c0bf21e40dd61, 0x266a7765c1a425af
	.quad 0x3fc0000000000000, 0x1e2db5ddbf95cd96
	.quad 0x414defeabeec0000, 0x19600abe5b3ffb7b
	.quad 0xb4cac493ffcb58e0, 0x7ff1a4800a026102
	.quad 0x6c3b78d3c29e8167, 0x0597e1533bd44280
	.quad 0xbfaefb3f030a3e95, 0x4e24908ff076730e
	.quad 0x4f00000100043447, 0xa56acc864141cd0c
	.quad 0x77f3e9d2ff7eef6a, 0x807fffff1f58fa47
	.quad 0xfff1b023b4f8cb9a, 0x7ff0000000000000
	.quad 0x132c22bc7faf25a4, 0x4055fc46c84421af
	.quad 0xa9cc8016ff90fc00, 0xbeec000000000000
	.quad 0x406df48648bb7077, 0x0180f77f7b3bf1ea
	.quad 0x5a29580ccace81d8, 0xfeb818ca6132f8b7
	.quad 0x36400000ff8d4beb, 0x3ce7cf70be75de7d
	.quad 0xe1e0751a0e73d62a, 0x796556abfeffffff
	.quad 0xc00e24805c6765b4, 0xc7d13791eed04400
	.quad 0xc2f814798c7dcf1d, 0xbfc0000086f40076
	.quad 0x7fdea79795552ae4, 0x7ff3b92a3f9401eb
	.quad 0x9ecfa6cfc372f080, 0xacf854bebcfe91cf
	.quad 0x7f800000f76ec7fe, 0xd8a4ea5bc7df8279
	.quad 0x7b8d9d54ffcb7dfe, 0x3f80000100000000
	.quad 0xc58000008d37d872, 0x7faea23e69ef371c
	.quad 0x2182bb21d33bfaf3, 0x3c53bfb2c3f80000
	.quad 0xc6a2b0e2dcc23fff, 0xc9f87d44d7b4b38d
	.quad 0x8cfe0d987fe384f3, 0x7ff01f8ef3294273
seed9:
	.quad 0x5b3f44d4d385b32c
	.quad 0x699d83a753d1c3b2
	.quad 0x0000000001000001
	.quad 0x000000000000001f
	.quad 0xffffffd573c1247e
	.quad 0x0000000000085930
	.quad 0xf502ca60e9e184f7
	.quad 0xfff8f7cf2a7eb024
	.quad 0xffffffffffce33ea
	.quad 0x00a18a6bb71879b9
	.quad 0x0000000001000001
	.quad 0x07475fd6cd14c8f5
	.quad 0x40d41e3cf545b80b
	.quad 0xfffffffffffffffd
	.quad 0x08cd07d7d256736a
	.quad 0xffffffff80000000
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x0000000000000000, 0xc4e00000c70b5ab4
	.quad 0x7ff7ba6ac76bb913, 0xbd3b216809d35b4d
	.quad 0xb1ea1bf49db2fd47, 0xfa17d3a4000dccf8
	.quad 0x0fa6977324a1f2cb, 0x5abdd3157b77ff9d
	.quad 0xbc44947a7f800000, 0xc04551af556b6dd0
	.quad 0x3ec7eb92937674d7, 0x795ae7f4ff800000
	.quad 0x5f800001d9fffffe, 0x802fffffffffffff
	.quad 0xb9bc6591545b2744, 0x459cfd1a9dbd7e70
	.quad 0xbe6ad4beffff5f64, 0xc7ffffffffe2f020
	.quad 0xbeaf752fc3549137, 0x7ff0000000000000
	.quad 0x8000000059f518e4, 0x915f330c9a8e7e9d
	.quad 0x8d637c436518f135, 0xbd4e00007f800000
	.quad 0xfff21e30c92a1f20, 0x7f86cb62f3ebdece
	.quad 0x0bb1cb117bd17c00, 0xf65bfb043ded2139
	.quad 0xc017765969e53513, 0x515a0e97bfecb98c
	.quad 0x7f8000000a2457c7, 0x3fe31eef6efcbeaf
	.quad 0xa12e012e7fb5deb7, 0x7ff23abcac09aa63
	.quad 0x96a8fb4d7fda2e00, 0xe80195cd8d6f49f7
	.quad 0x79276082c232049c, 0x48b02b820b92c4c0
	.quad 0x7f800000bc203910, 0x1151b96e472effcf
	.quad 0x40ce0edcbe26b027, 0x3fba00417e800000
	.quad 0x403802b789414d3f, 0x3cd8000041dcb091
	.quad 0x42bb9bfe376c0000, 0x410601c2413f5ffa
	.quad 0xc016d99d4fccd4d6, 0xac7f74eefe7b6fe8
	.quad 0x10b64e69c01f7ee1, 0x3f80000030be4280
	.quad 0x02c4ea50916fa5a6, 0xff80000047800000
	.quad 0x5185a35f5ca3d883, 0xc0587d4950738236
	.quad 0x43960000c54fc918, 0x8000000000000000
	.quad 0xbfc66173e7e13755, 0x4a974ee73a7dbf44
	.quad 0xffd4e65022b2ecc6, 0xc0497a75518a9c8d
	.quad 0x706dbf334f000000, 0xc1e0000000000000
	.quad 0xfffd2454aed5d295, 0x803d8faec11e0000
seed10:
	.quad 0xb08686e6b07a1e8d
	.quad 0xffffffffffffffc1
	.quad 0x0000000000000285
	.quad 0x8000000000000000
	.quad 0xffffc105462be9c4
	.quad 0x7b919275a452df08
	.quad 0x0000047a7e0ae922
	.quad 0xffffffffffffffda
	.quad 0x000588c7ab205ecc
	.quad 0x00546db92b81908f
	.quad 0x000000000e5dddff
	.quad 0x00000000ffffffff
	.quad 0xbc84801a151425ed
	.quad 0xfffffffd27f55b14
	.quad 0xde212fc730a3c44c
	.quad 0x0e6ebf8333f7e832
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x0348ff59af0db5cb, 0x1b80c302023cfe00
	.quad 0x403b2cf2de77a53f, 0x9037eec735591979
	.quad 0x7fb9815ebf800000, 0xfec5dd28a86dbf76
	.quad 0xd96fa86c7ff90740, 0x409c0000ff800000
	.quad 0xf0a972790e6ff1ad, 0xb97000007f800000
	.quad 0xeeac6dc725b63f00, 0x00000000eb9499e0
	.quad 0x4c72f215dbbcde38, 0x5c6196605e7c01f9
	.quad 0x3bdb42ba7f7fffff, 0x0008dd26a4a35756
	.quad 0x1a1087ddff2b220f, 0x8ff29e7647147bb5
	.quad 0x40000001bd7c0000, 0x7fc0000000000000
	.quad 0x6cf2736a7fc00000, 0xc010000000000000
	.quad 0x9552faf0ea9d6fb4, 0x5fab829e7fb8786b
	.quad 0xbfe4000000000000, 0x0f8f0532ef7fb8ff
	.quad 0x008000009b3b0aa5, 0x37ac0000c3753521
	.quad 0x3fe840d538a4b343, 0x1c6230974058b187
	.quad 0x7ff8000000000000, 0xc174e745cd768000
	.quad 0x406582b9f7ff1be2, 0xc0c00000c0789b41
	.quad 0xffafdc027f800000, 0xc340000000000000
	.quad 0xc4e760803a2ea1ec, 0x0f4e881cffffff3d
	.quad 0xff800000925343d1, 0x0000000000000000
	.quad 0xd00db8034fb47fef, 0x40045329c8f63ee8
	.quad 0x8166e7848c78b6e6, 0x433cd78600400000
	.quad 0xffa2e897c07777b5, 0x40500000424a58c4
	.quad 0xbff6000000000000, 0x4023000000000000
	.quad 0xdd29c40f40e80000, 0x7fa53f1fff991e58
	.quad 0x1edbe380bfd5d3a8, 0xb867a8367d6e87ff
	.quad 0xcbd1346caf1bde24, 0x169fec6988dd2103
	.quad 0xbfe0000000000000, 0xbb88e95c704e7c00
	.quad 0xeda8d243ff9ec25a, 0xfe8e05d098ce5345
	.quad 0x03c66b311c39a9c8, 0x38900000667d2543
	.quad 0x3176d482feffffff, 0xc735c01c0054cba3
	.quad 0xac20f9e82cb62601, 0xb3395f8de1feb5ab
seed11:
	.quad 0x3d9bd0355b1abe74
	.quad 0x00000000ffffffff
	.quad 0x00000000006b438d
	.quad 0x000000000000026c
	.quad 0xfffffffffffffeb6
	.quad 0x000000000001812a
	.quad 0x0000000000000001
	.quad 0x0000000000000050
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff08
	.quad 0x00000000ffffffff
	.quad 0xffed2d9cd6f2ffa7
	.quad 0x053217e67ed1d0ae
	.quad 0xffffffffffffffff
	.quad 0x9b56cc45f695587b
	.quad 0x01c00000
	.quad 0xc0000000
	.quad 0x7f8853f3365178b9, 0xf29eeac669ba338e
	.quad 0xad0deb614f000001, 0xc1642137c0680000
	.quad 0x3e8000000027a1c1, 0xb7dc8b817fbe977e
	.quad 0x3c57f0943be7404d, 0x7ff0000000000000
	.quad 0xc1e7f472fe2d274a, 0xbf92417298fda490
	.quad 0xffc00000ffba2e47, 0x3fe92af4fe881535
	.quad 0x548755bd9b19755f, 0x7fa9e7559e40f1dc
	.quad 0xc000000000000000, 0x9d8f7f79dfdfd3fb
	.quad 0x982ac35884ee7d10, 0x236860db8b82f490
	.quad 0xf394f66842b0e84f, 0x49d73cb181258fd8
	.quad 0x7f80000080000000, 0x801fffffffffffff
	.quad 0x7e130ff03d48fa00, 0x19766ebf231279d2
	.quad 0x0000000000000000, 0x52f6c8e8f879affa
	.quad 0xce2cd74941d04560, 0x8161977d99d35984
	.quad 0xd511aeff4de2ec69, 0x6e893f22bf400000
	.quad 0xf0fe4f5e407de38b, 0x9edec4d545a4b600
	.quad 0x7fad47ac81e66106, 0x8008000000000000
	.quad 0xe60645da29e78000, 0xc9400000c4300000
	.quad 0x8000000043200000, 0xaa1e05b7d6da7f8f
	.quad 0xb738c224fff8fc00, 0xc3e0000000000001
	.quad 0x80000000aac63dee, 0xc3ff3a717f889cdd
	.quad 0xa9b142f8b34cc96d, 0xbf82c25d6c50ab6f
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x11b760df3815681d, 0x413b27ff8edc4b99
	.quad 0x3c89715280165b24, 0x23635f457f800000
	.quad 0x141211bc71b74821, 0xe9e2e539f7e9dbf7
	.quad 0x83c03fd51f489ac5, 0x3c4f365d3f000000
	.quad 0xbeba883e40480000, 0xa66516ed906c37d5
	.quad 0xc014000000000000, 0xfe848ce34321f2f6
	.quad 0xf56314d9ffa4e921, 0x676e17bb5fe9da00
	.quad 0xff8f96a445480000, 0xc6d5e9127ffbfe57
	.quad 0xc0199011ca46e89c, 0x30cc86483ff33d80
seed12:
	.quad 0x0000000092f72eae
	.quad 0x0000000000000222
	.quad 0xbad69bd7d34d47ae
	.quad 0x0000016cd83d192c
	.quad 0xc1ab7b7c91a80898
	.quad 0x0000000001000001
	.quad 0xfffffffffffffebd
	.quad 0x00000000000cf14d
	.quad 0x0000000000ec3cc1
	.quad 0xffffffffffe4f93f
	.quad 0x000000ab7f189b61
	.quad 0xef462b35c869473f
	.quad 0xf0604d12eecc161d
	.quad 0xffffffff7e2a238d
	.quad 0xffffffffffffffff
	.quad 0x0000000000000264
	.quad 0x04800000
	.quad 0x60000000
	.quad 0xbc3c94d27effffff, 0x7fc000003bd120aa
	.quad 0x000694a8afae5914, 0xc0ec0000007fffff
	.quad 0xc258951d7f800000, 0xf26fba157f800000
	.quad 0x800000007f800000, 0x7febe64b4f4db451
	.quad 0xf12707fbfead4aff, 0xcc2d6e8c44cf2be5
	.quad 0xe53dcbf0b211e500, 0xff79cdc91176d1de
	.quad 0xc297000040a9ddf2, 0x3d1bf3afff800000
	.quad 0x29bb4f4abd019868, 0x39e60000ff947269
	.quad 0x30f291bbc5323afb, 0xc72d000047000000
	.quad 0xe3c9071dac38fc00, 0xfff03c03949e810b
	.quad 0xbf34000000000000, 0x41fffffffffffffe
	.quad 0x407ffffe40f80000, 0x4023800000000000
	.quad 0x7ff8000000000000, 0x80000000806d5597
	.quad 0x0004ceec6ded57dc, 0xc049a0c84989c4db
	.quad 0xcf0942410c7a8000, 0x9170f879b7d30000
	.quad 0x8000000041e6a914, 0x81352bd83d241fdb
	.quad 0xff800000ffc00000, 0x5803ac3bbe5e7dc9
	.quad 0x7fff7487d037a43a, 0xa8c0d6b828bff42a
	.quad 0x7dbaf240f0d94032, 0xeb80c4e97eabc1bc
	.quad 0x29b19aaedadc7800, 0x7ff088e9013a30bb
	.quad 0xd2b99a16592924d4, 0x8000000000000000
	.quad 0xf9841648bba70a00, 0xa463e313f81619c7
	.quad 0x317db3e419f10000, 0xbf7c1af41d1799ca
	.quad 0x718d1b16a604f15f, 0xffc000007f8c7fa6
	.quad 0xc020000080000000, 0x7ff26c65f988718c
	.quad 0x4019800000000000, 0xbc400000fe58ed46
	.quad 0xd4ec778034cdf976, 0xcdf946907fcd23dc
	.quad 0xfe2eec25c203637b, 0x3fb446d25606ea3b
	.quad 0xb2b4894448707e00, 0xc00d7454a3feba47
	.quad 0xff8000007fc00000, 0x826e9b0eff8403d0
	.quad 0x75b6c47480000000, 0xbf7f97cca6b0a11b
	.quad 0xffa0fe3fffc00000, 0xfa48758f1723fe3f
seed13:
	.quad 0xffffefcaf7031165
	.quad 0xffffffffffffff31
	.quad 0x0000000000000001
	.quad 0x000000198cef0e9f
	.quad 0xbc08b8f9f1d00881
	.quad 0x1e98c2fc6de96b7a
	.quad 0xfffffffffffffffe
	.quad 0x859d2d03059982e0
	.quad 0xfffffffffffffda7
	.quad 0x0000000000000011
	.quad 0x000000000001bc4f
	.quad 0x0000002e902eac3c
	.quad 0xffffffffffffffff
	.quad 0x1fc063c2f82012b4
	.quad 0x000000000000012c
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x0485cef5bf3d8000, 0xc0a00000ff949f44
	.quad 0x09235211ffffffff, 0x422215b000000000
	.quad 0xbf40000080b49912, 0xe89174bb6a1bc7a0
	.quad 0x31877d259d3b97f9, 0x657d1c76a6b10000
	.quad 0x142f5a8080000000, 0x762d798d00000000
	.quad 0x90b6e04d4f8dfc00, 0x80a71dcd0043d82b
	.quad 0xc003529d2381b0a6, 0x3cb682e966300000
	.quad 0xc060000000000000, 0x7ffbe4b7f71189b1
	.quad 0xafa84101c0000001, 0xc816e4008dd77bd2
	.quad 0xffccf48a5d19341e, 0x41f879d949400000
	.quad 0xc3ea310e0ad944df, 0xee5498a5f67f10e0
	.quad 0x800cbab9e3fcf250, 0x6396f3dac3ffdfbf
	.quad 0x1aee12c8cf7fffff, 0xa9945cfdffeff957
	.quad 0xea9252fcebaffe11, 0x4340000049000000
	.quad 0x2bb07f1bfedb0a50, 0x401e000000000000
	.quad 0xfff50b2db4ccae28, 0x43cac138bc6365a6
	.quad 0xc00000007212f276, 0x471346ae7faa8000
	.quad 0x7ff332ce0703eeee, 0xe1ba20a4713f0000
	.quad 0x800c956ae923586b, 0xf9f0f903bc0d5a73
	.quad 0x7a4fe01255054da0, 0x24da9c7aee677100
	.quad 0x7ff3117e3ef38c1c, 0x007fffff7f95e50b
	.quad 0x9d3f4c72b29bc9a5, 0xc9c00000a1101651
	.quad 0x41ef1466478ae88e, 0xa680645fff1db1e3
	.quad 0x000000003cc18f1b, 0x8000000061fffffe
	.quad 0x3fc4c07e01b9e5d8, 0x7f7bde2cd3308667
	.quad 0x4303cb08b1e14780, 0x001d070cbc8aeb28
	.quad 0x7ff8000000000000, 0xbb24556ed5fd3000
	.quad 0x3f858f71c8b57803, 0xbdfc91cc00000000
	.quad 0x9337a392da4bed93, 0xc01d000000000000
	.quad 0x8020000000000000, 0x8000000000000000
	.quad 0x284bd23cf0cb42f9, 0x40712ee301bbdf46
	.quad 0x2a7ffc92d35246c0, 0x4f000000ff800000
seed14:
	.quad 0x0000000000000194
	.quad 0x0000000000000227
	.quad 0xfe523f6ca6803772
	.quad 0x0000000000000227
	.quad 0x0000000080000000
	.quad 0xb950105738323b58
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd4d
	.quad 0xdb10179a195d598c
	.quad 0xffffffff80000000
	.quad 0x00000000000003da
	.quad 0x03f1bf08946bd4b3
	.quad 0xfffffffffffe011e
	.quad 0xffffffffc77ce7c7
	.quad 0x0000000001000001
	.quad 0xfd4035f8a1b9b736
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0x8000000000000000, 0xffd28c6000000000
	.quad 0xfff9e93178ee78b3, 0x81df3680ffc94780
	.quad 0xc023c00000000000, 0xee5347c1f2f67f62
	.quad 0x7ff0000000000000, 0x401d000000000000
	.quad 0x7822b996f3c64d02, 0xffd0000000000000
	.quad 0x6b9279ff344f5d9c, 0x8fa14a2d7e88bbe8
	.quad 0xea44e22cfff6d065, 0x3f8bffca8074c802
	.quad 0x7efa3407af77effe, 0x3f99600000000000
	.quad 0x6c2d8f0c270ace9a, 0x87ed8fb033cbb1ea
	.quad 0x0000000000000000, 0xbbd9552035a00000
	.quad 0xc01fe81de340b87d, 0x92b5cdf538a50000
	.quad 0xeff435023d7d93c6, 0x59fffffe7f800000
	.quad 0x85c007c7ff2cf1c5, 0xfff7ddc3e89e2e83
	.quad 0xc060000043447568, 0xef87236b5c10877e
	.quad 0xc037c32f96025406, 0xc663adb2385a8800
	.quad 0x3fa1388954ca301d, 0xa5faa2191c54108e
	.quad 0xffa31d773b000000, 0x008000004901d449
	.quad 0xbfa000001e2ecdbd, 0x7f5099c2991eb31e
	.quad 0x00a14e0845516f6b, 0x708e052d8d41cb95
	.quad 0x3f895febfa0c2020, 0x4e7f8383bb600000
	.quad 0xb543dc1f106d7e0c, 0x407cb1d0e7086cc0
	.quad 0x3ff392b7e5f838ac, 0x4476fb5d3fa7fd4e
	.quad 0xf9422b037f3d7f5b, 0x0d7d57f844800000
	.quad 0x8012927bffde0ecd, 0x0007c5839eb08309
	.quad 0x0a41cb62bfc68000, 0x4a0de7317f487bd7
	.quad 0x8000000000000001, 0xffb46f9f3e6c5d9e
	.quad 0xcff43ca7c6433d7b, 0x90e96cb37d5dbdfe
	.quad 0xc003d2c01d509bb9, 0x7f8000007fc6cf91
	.quad 0xbb8055497f8cfc35, 0xc14ffffffffffffe
	.quad 0xd8186f6a441e1130, 0x7ff8000000000000
	.quad 0x15a6a8c77218bc09, 0xb1bbe2ee80c6f5a7
	.quad 0xc7fea838c07fffff, 0xee77d060937e1474
seed15:
	.quad 0xffffffffffc498ed
	.quad 0xfe985797e4618612
	.quad 0x0000003b3263e9ec
	.quad 0x0000000000000001
	.quad 0xa6b83a4e9e9108ce
	.quad 0x000019f9c22885ac
	.quad 0xfffffd51722880d4
	.quad 0x4f66d30ec5c32912
	.quad 0xffffffd8c621528c
	.quad 0x8a939ac81ace9dae
	.quad 0xfffffffffffffd0e
	.quad 0xcb6a742a1a740f2b
	.quad 0x000000007fffffff
	.quad 0x06a3d1f0e4210c15
	.quad 0x4af3cc326ee31456
	.quad 0xaa7f87c33533a095
	.quad 0x01400000
	.quad 0x70000000
	.quad 0xaa6433e2ebfffaff, 0x7ff0000000000000
	.quad 0xff800000d5ab8e5d, 0xfff0000000000000
	.quad 0xe122f082dbfec0d9, 0x000fffffffffffff
	.quad 0x4102000000ed8a43, 0x0020000000000000
	.quad 0x7e9a5afdffc00000, 0xc8fa00000060168a
	.quad 0x7ff0000000000000, 0x18c9e8120133c5f2
	.quad 0xcf0892e2c205953a, 0x7ff37656d7456d7f
	.quad 0x80000001c7180000, 0x034f468c11b74ba7
	.quad 0xffc00000f2bd142c, 0xbf10000000000000
	.quad 0x992731763f7fffec, 0xeb26bed560aa5f45
	.quad 0x423fffffffffffff, 0xacf39b0e6217b868
	.quad 0x7fd544aa096b1a3f, 0x7f800000ff8007c2
	.quad 0x8008000000000000, 0xffc0000080000000
	.quad 0xb1ff36f0fff57f77, 0x4330000000000001
	.quad 0xfff0000000000000, 0xe88b42e1de5a55d4
	.quad 0x48e1c1d17098b247, 0xff9f4dc2bac00000
	.quad 0x6e16de9040e80000, 0xc68b00000dc51be5
	.quad 0x96c91e8002968327, 0x8000000058b04795
	.quad 0xfff4bcabaeacf064, 0xfff17d6dd7a72d65
	.quad 0xc349ab0e2369281d, 0x2d246fcf739df785
	.quad 0x5b0a2fefffe7d7ca, 0xfff80bbafebdb4de
	.quad 0xc000000000000001, 0xc07e0f0690f84691
	.quad 0x92acf651fcfeffff, 0xebe6e568bcfd35b8
	.quad 0x19155359ff800000, 0xfff0000000000000
	.quad 0xfff0f6e1c588cdf9, 0x81a066f597d20762
	.quad 0x3fdfd7c7019dbc8c, 0x0066acab74d711cb
	.quad 0xbe0ebd5aff800000, 0x23e995aff0dd1d7e
	.quad 0xbeffbdba6c9c1e3e, 0xe39a82a9cbd3cf7f
	.quad 0x802fffffffffffff, 0xbe37e064e6964dbe
	.quad 0xc81779a47f007c00, 0x138ef5cc7ffdfead
	.quad 0x99e9fb510897c5c0, 0x401b000000000000
	.quad 0x405a7a0ca8e4775a, 0x7f981c4effcede59
seed16:
	.quad 0xfff59f5616aad323
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0xf527d65e5a2a7ab3
	.quad 0x00000000000003d5
	.quad 0xfffffffffffffe80
	.quad 0xfffffffffffffe6e
	.quad 0xfffffffffffffd04
	.quad 0x000000007fffffff
	.quad 0x0000000100000000
	.quad 0x00000000000008a4
	.quad 0x00000000a7a32b6e
	.quad 0xffffffefcdc43141
	.quad 0xffffff986d558cf5
	.quad 0x9c4c5c16223d5268
	.quad 0x98e16229978e87d0
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0xf95da904ffedb590, 0x40d1f16204ab8797
	.quad 0x3ec2fad370b3b065, 0xc072022b310fb671
	.quad 0x3f3c372600000000, 0x3cca9d8f5eb57e60
	.quad 0xff35874dbffffffe, 0x8c86c402fffac47a
	.quad 0x0d864c9aaffecbfe, 0xbfffffffffffffff
	.quad 0x433fffffffffffff, 0x7ffba2761dd42186
	.quad 0xffb07e945f800001, 0xd2b3ace5a2217f4a
	.quad 0x800000007f800000, 0xffc0000045800000
	.quad 0xaf8c9bbd77f0fc6f, 0xbbf3c9e277bab997
	.quad 0x8008000000000000, 0x7bb7b864a894cab7
	.quad 0x7ff0000000000000, 0x41b512c2cfffffff
	.quad 0xf08f5d4e43aedf40, 0x7e3e6739c5fe9c5a
	.quad 0xc760000043980000, 0xc089f5f84349750c
	.quad 0x04f9c043bff62c18, 0x739981f080000000
	.quad 0xbf18f10dcf7ffffe, 0x3c5dc1d0bf671196
	.quad 0x41200000bce5f6fd, 0xa91071ea9b8e8001
	.quad 0x4080000000000000, 0xfff0000000000000
	.quad 0xf319bce766f9ef27, 0xbc9a92ec7fb280a8
	.quad 0x4dfb7ba2ffd1fec6, 0x8484c43f803664e1
	.quad 0x5bb4eeed06f438bf, 0xb9eae324972146c1
	.quad 0x477fffff0c9c76cf, 0xced98f44cbff7c3a
	.quad 0xc07e626aec140000, 0x0049a44ac0f3cd19
	.quad 0x017cadaf004872eb, 0x3ac6ed343e3a45c0
	.quad 0xbd50d41aa3f2fcd3, 0xe5c610b0cefb0801
	.quad 0xdfa45b18667e3d9f, 0x7e937607c1c14ab1
	.quad 0xfd82ba9f00000000, 0x3fd5e9cfcd86649a
	.quad 0x7ff7347200904d3b, 0xff80524741180000
	.quad 0x7b532ac3fe91f10e, 0x7ffee9d7eb5cd76f
	.quad 0x6f5da7b2ec695257, 0xc375493a774d2932
	.quad 0x800fe68aabf61dc3, 0xe878d33effbdf773
	.quad 0xfff0ecb36c97595f, 0x7fb8c9a2d9ac0843
	.quad 0xa158930581b98aa5, 0x23947429ffee8000
seed17:
	.quad 0xffffffffffffe13c
	.quad 0xffffffff80000000
	.quad 0x2e9a387af692cd6d
	.quad 0x00000000936da77f
	.quad 0xfffd112ddd5f7120
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd96
	.quad 0x0000000080000000
	.quad 0x47ceefc30e0ee8a0
	.quad 0xffffff3ab77e6fe1
	.quad 0xaea086edc2297d92
	.quad 0xc925470338c8ab50
	.quad 0xfffffffffffbd072
	.quad 0x35e1491e08e60fa5
	.quad 0x970843147649a999
	.quad 0xfffffffffffffffa
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xc065f6f1534ad3d0, 0x7f5ffe13e8b89743
	.quad 0x33378006ffeab5f6, 0xdabe65e6c7dffc32
	.quad 0x421a5b1e40e00000, 0x3a0ebb2851db5897
	.quad 0xff800000410a0000, 0xbf7e068a2e3a557b
	.quad 0x8050b3605f1affc6, 0xfff40bc926eaf035
	.quad 0xbcae82da3355fbea, 0xfda8f28a26ed2981
	.quad 0xbfd633374f0ed355, 0xfff5d63a02913e72
	.quad 0xb18c9d2ca30a99c6, 0x8ff1f483cf359893
	.quad 0x4012000000000000, 0x3f4150463dda0700
	.quad 0xff394e08f19d1390, 0x7ff0000000000000
	.quad 0x0239cdd125eff82d, 0x320343d14afd78e4
	.quad 0x40c800007fc00000, 0x800cfaacacbb0f41
	.quad 0xbd3460e40bf17b05, 0xfeffffff5f5a6804
	.quad 0x45e036f2d0cfffff, 0x3c542aeb7effffff
	.quad 0x97d410b726e1fc00, 0x31e891dd9ceb598a
	.quad 0x633ca1f88acf21a8, 0x45932a2abfffffff
	.quad 0xef0f87cc4ec6fc00, 0xfbe799deeffeeff3
	.quad 0x22f8e5b9908ffe72, 0xcc3c6c6cfa6ffd53
	.quad 0xc918000040800000, 0x7fdfffffffffffff
	.quad 0x807fffff3cdb0f05, 0x4340000000000000
	.quad 0x7fb80c3900ffffff, 0xc01e000000000000
	.quad 0x6b395c1ae96fdedb, 0x7ed59575ff800000
	.quad 0xbef36c94ff800000, 0x668a5fd631fb59c0
	.quad 0x01aa14d649e716c1, 0xdf40c107dfd987ff
	.quad 0x54f6f243567eff4d, 0xff800000437342ae
	.quad 0x41f0000000000000, 0xfc52444d9175bb7b
	.quad 0x8020000000000000, 0x9380911540000000
	.quad 0x010796e278db0000, 0x80000000ff8efeee
	.quad 0xbffffffffffffffe, 0x71ebc15fff5b7b89
	.quad 0x7ff10a5320f80966, 0xfffc321ca6473609
	.quad 0xc036bf671c81d087, 0x1b21745980000000
	.quad 0x1750b187a8b7f4ff, 0x40000000c36d18c7
seed18:
	.quad 0x969d4d9ef5850af1
	.quad 0xc6b569612ad6df8e
	.quad 0x000000000010f83f
	.quad 0x80c0e2fb9dd8a68a
	.quad 0xac2474caac958e82
	.quad 0xeb5b054cb332dc1f
	.quad 0xfffffffffffffd72
	.quad 0x66e2fb65ced9cbeb
	.quad 0x7279d138c9ec56a9
	.quad 0x00000000000059ae
	.quad 0xfffffa2a489afd78
	.quad 0xffffffffffffffd9
	.quad 0x000000000003196e
	.quad 0x0000000000000316
	.quad 0x0186918951d104f3
	.quad 0x0000000000000000
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x3022b69b72e67b78, 0x001711dde5ade0e5
	.quad 0xc01b000000000000, 0x0ede7ebafc250000
	.quad 0x6bdcd9dc00f79e82, 0x4866e2e772bb8efd
	.quad 0x1fad0709ffbfa5fe, 0x7f80000053e7a011
	.quad 0x078dd7d59665d096, 0xa84380bfd9fbfe16
	.quad 0xfff0000000000000, 0x8008000000000000
	.quad 0x7fbba35d00000000, 0xff9a5ad3c2909963
	.quad 0xf24b79c003f19bf0, 0xdd2db23ad5ed7fbb
	.quad 0xc02a41411434baa0, 0x7ff034632c0d36e4
	.quad 0x80000000b6908000, 0x174a5d1140300000
	.quad 0x007ffffffdf50fc5, 0x00086226c391df89
	.quad 0xb4de5ab298b4fc00, 0x41120000ffac9b0e
	.quad 0xe41550f2dfeddddf, 0x3fda5e31f3052be5
	.quad 0xc0a9bd714339684b, 0xfef2ebb93d640191
	.quad 0xb71ea5f0ff677f6d, 0xc01b000000000000
	.quad 0x7ff13db52fe4e5dd, 0x17cf0cb84055316f
	.quad 0x9b734727daffffff, 0x54cbd3759efaff41
	.quad 0xc3e0000000000000, 0x63d6fe4f97defe8f
	.quad 0x42e872f080000000, 0xbdac0000eee77fd0
	.quad 0xbcc5381f9afa3b04, 0xc0e9fe4ffcefff7b
	.quad 0xa75f7840e51a3b69, 0x9b91b6474873d9f2
	.quad 0xc0fffffffffffffe, 0x3f79f17d8277b436
	.quad 0xc10a0acaffc00000, 0x0d65b53536c4578b
	.quad 0x800000004057eba4, 0xe6c7b45f9d8d16e8
	.quad 0xfffffc71d94896e8, 0x7ff1852b18b6b0cf
	.quad 0x60072a78a6f50000, 0x40c80000c25b0d3e
	.quad 0xc2ba5e69811e4e29, 0xbae00000d9800001
	.quad 0x5a5055c0d7bd44c0, 0x2b539a037f800000
	.quad 0x16c210663c2df7ea, 0x801fffffffffffff
	.quad 0xc7000000ffb68a9f, 0xc2cc3efd40800000
	.quad 0xc7379b0324fd6dc5, 0xfc9bdb5f00000000
	.quad 0x7ff42f76dd5b5803, 0x7ee5d65bfb378400
seed19:
	.quad 0x0000000000000005
	.quad 0xffffffff80000000
	.quad 0xfffffffffa4df43b
	.quad 0x37f91a4884933c27
	.quad 0x15984243cf7c9597
	.quad 0xffffff1b58138436
	.quad 0xffffffffffffaeea
	.quad 0xfffffffffffffffb
	.quad 0xde854c3dfc84c942
	.quad 0x000000007fffffff
	.quad 0x0000000000000001
	.quad 0xa04df1086f96a694
	.quad 0x164d32359463f443
	.quad 0xffffffffffffff17
	.quad 0x00000000000000f5
	.quad 0xfffffeac3a99acec
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0x7d694c0ffffffd9b, 0xc000000080b4acf1
	.quad 0x3ee0000000000000, 0x007fffff80ffffff
	.quad 0xa3020640c6755084, 0x804b3934158079fa
	.quad 0xa501de7acd578000, 0x3216d460df000001
	.quad 0xfdaf414d512ba128, 0xfff0000000000000
	.quad 0x8bb3efa210210800, 0x024d4017fff9fcd7
	.quad 0x7faada79c5500000, 0xc001b1f400c77768
	.quad 0x3a8103a5b9d68000, 0x806e9cc8ffb64638
	.quad 0x7fa0c4be3fd66df3, 0xc02cad1a8fc2540b
	.quad 0x4027a42673ff5ecc, 0x36d40bf7bbc95c04
	.quad 0xc015000000000000, 0xe9b953e9e7df7b5d
	.quad 0x48e54c33c3a19561, 0xa6e78c697ff7fff6
	.quad 0x80000000ffc00000, 0x7ff4550f7ff0d600
	.quad 0x01ae44ccac5ba6ef, 0x27eaeeb37fcd9db9
	.quad 0xad9262276deef736, 0x00316ce240c00000
	.quad 0xbcc044076255846b, 0x40c4000018b707aa
	.quad 0x590bc35fff9c2315, 0xbb5ff988af6aeb7e
	.quad 0xa3988faa719cfca2, 0x410852c8c10c0000
	.quad 0xfff0000000000000, 0x59f127f3c3fc0000
	.quad 0xc3cd1b1e1092b640, 0x80000001994c4967
	.quad 0x5988751eda2100ff, 0x341ea601fab2b7f9
	.quad 0x3d28e9bc7777618b, 0xdfabe9ce5fffffff
	.quad 0x4f46334a7f800000, 0xc58f8b4ed09efa8e
	.quad 0xfff8000000000000, 0x04f932a7bd2600ec
	.quad 0x4000000000000000, 0xfbaea0449323fb43
	.quad 0x8026485c0616813a, 0x8224fc04562ecc6d
	.quad 0x7dbdec66e57836ef, 0x747bdb4c7fac9828
	.quad 0x557302bf40c00000, 0xbf38035480000000
	.quad 0x3d89e3c6ffe4bcf3, 0x80745ac556346709
	.quad 0x3ec3edd2dfe6fd57, 0x37000000ff9bded2
	.quad 0x39c000008ce99265, 0xffb8ac8240d2d1af
	.quad 0x8000000000000000, 0x7f9bfbe1c9800000
seed20:
	.quad 0x0000000000000008
	.quad 0xe8294875eafbfe11
	.quad 0xc71dfa837c86a94c
	.quad 0x18fd226ac7066391
	.quad 0xaba01ae216405841
	.quad 0x0000000000000369
	.quad 0x0000000000000081
	.quad 0x94058a5d8766ce46
	.quad 0xffffffe5a0efe85f
	.quad 0x0000000001000001
	.quad 0x748dfc902e4766ef
	.quad 0x8000000000000000
	.quad 0xffffffffffffe3aa
	.quad 0xff142ac3aca2f936
	.quad 0x00000000000002ba
	.quad 0xffffffffff4730e5
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x800d10a1491098f0, 0xc3385e79b5f00000
	.quad 0xc07e906dceeb97ee, 0x80400000337ed093
	.quad 0xe1b92154dcda7e25, 0x7feb089b7fc00000
	.quad 0x10078652931ffe8d, 0x7ff0000000000000
	.quad 0xfeca75676a390476, 0xbfa34a718a4517df
	.quad 0xfff0000000000000, 0xc1da000078942af8
	.quad 0xfff0000000000000, 0x1253f52cfff5fa2b
	.quad 0x01955b8d02caa8f7, 0x4ba82e7fffed6ade
	.quad 0xc22ffef9bff00000, 0x9e8f2b5a0d7f0b9a
	.quad 0x2cbd8c2ebd7f775d, 0xc34bb321af20fc00
	.quad 0x684f9e6087a1f8b0, 0xc03ac6793747f4e0
	.quad 0xce33f971e1478000, 0x0e81c37b8119b120
	.quad 0x0000000000000000, 0xc0d800007fa09560
	.quad 0x82964d986aee9bab, 0x85ce9cc940980000
	.quad 0xc79c5bddcdfbbd08, 0x4013000000000000
	.quad 0xb4f9fd6ac7f9cf71, 0x7fd22820ffdfc09a
	.quad 0xa68859cd3ffb5ffa, 0x062fdaea7ff3aef2
	.quad 0x132342e7edb7370f, 0xff80000041040000
	.quad 0xc01c000000000000, 0x10e81e7c3f6bd238
	.quad 0x80005a1211717083, 0x92e5c0b87f800000
	.quad 0xee2a5ef9caf656e2, 0x80000000432f360c
	.quad 0xc060a5aeabf7efff, 0x00276d08602e516c
	.quad 0xb36bdaf6218cfc00, 0x8059fe14556ab810
	.quad 0x66e2c142fdf62be7, 0xc053f367ec85bac9
	.quad 0xd5c26097801c84f5, 0x0021612a407fffff
	.quad 0xfff260ce75fd8ae2, 0x2c1d7bbdf2e8d1a7
	.quad 0xebc5be68c0700000, 0xd5117187f8cee39f
	.quad 0xb5c00e5e435302c1, 0xfff07b186f3032b1
	.quad 0xbd36fe0cc07fffff, 0xc005000000000000
	.quad 0xff800000a5253736, 0xe854e0e66deaff9f
	.quad 0x7fb6f32061956d4e, 0xca3b6eabfbafbfff
	.quad 0xd98269033ffcfeac, 0xfd6f7564f46114ab
seed21:
	.quad 0x00000000000001d5
	.quad 0x0000000006400c12
	.quad 0x0000000000000001
	.quad 0x0668ccec2d0871e3
	.quad 0xfffffffffffffcf4
	.quad 0xffffffffffffff1a
	.quad 0x000000000003403b
	.quad 0x000000000001d462
	.quad 0x000000e64e831469
	.quad 0xf025ad233233a496
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff7e
	.quad 0x000000000540dada
	.quad 0x000000000000002f
	.quad 0x00000000000096fc
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x8138f66540201ca3, 0xb0f8342658944000
	.quad 0xc4f600002002dda7, 0x8000000000000000
	.quad 0xc0bac00000000000, 0x86c391cafeba1fb2
	.quad 0xfed7434aee744912, 0x3f7a3a105d5e97cb
	.quad 0x5229bfa39c3125a5, 0x00c8e85fca426a9a
	.quad 0x0051d2a27ae231db, 0x8bc2ef4aff8e9058
	.quad 0xbfdb04c9ffe26a5f, 0x43d6e1eb425ff859
	.quad 0x984bb9907fc00000, 0x800beb3db15dde41
	.quad 0xff0000007fc00000, 0xc0362e49cf4f19e3
	.quad 0x55763207c967882d, 0x40478ea1982b0aa6
	.quad 0x433391bd7f800000, 0xfff0ec3ca7953dba
	.quad 0x0ea5dfe6fa33aebe, 0x000000005f800001
	.quad 0x7fb11a1653ec91c2, 0x53d8d2d74d58fc00
	.quad 0xe806a613f59e3731, 0xbca9520d40b93fc8
	.quad 0x0603b9a4fac29201, 0xc0d0000039b90000
	.quad 0x7f5168201f0b341a, 0xff800000fe839d05
	.quad 0xefbcf22f347efb7b, 0x3a62775bcd9fc215
	.quad 0x7ff0000000000000, 0x3fd264a1ce61617a
	.quad 0xdb4c01167c970610, 0x917543120d541684
	.quad 0x77539ec675d0b9ad, 0xfff0000000000000
	.quad 0x64ba4ef6d9fb2ee6, 0x7db492d347800001
	.quad 0x7f7740ccfc55435f, 0x001750d3ea774221
	.quad 0xeb7e9c51d76affff, 0xe1ec3634c68ee1f0
	.quad 0xfb820faa75e3bd9b, 0x3f90000000000000
	.quad 0xe0081143bf5f7eef, 0x014821cd41248fed
	.quad 0x2e29a2bb46073f1e, 0x03a16297ff5c6664
	.quad 0xbfd2a48def1c3954, 0xfff8000000000000
	.quad 0xff3add5d734aab2a, 0x5bf1ac76ff2ffe42
	.quad 0x8000000000000000, 0xcc58c7cdcbf2be00
	.quad 0x8fba4c5848bc0000, 0xff800000c0835614
	.quad 0x7fe25417004c1f81, 0xc12200004717e37e
	.quad 0x40249b977a50e3c6, 0xfff0000000000000
seed22:
	.quad 0xffff815272752a19
	.quad 0xffb45d74395ae683
	.quad 0xffffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x00052ac441a2caa0
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc44
	.quad 0x36440665519ce6d2
	.quad 0x00751ae5810dfac4
	.quad 0x3866930e8ccfcc4c
	.quad 0x4e7237523a13fe14
	.quad 0xfffffffffffffdc9
	.quad 0x3415cacdaffcb87e
	.quad 0x6c40604a2831b2d0
	.quad 0x06000000
	.quad 0x40000000
	.quad 0x835aac3c03b9142e, 0x41ffffffffffffff
	.quad 0xfead23a1ff839b99, 0x64338343fae8ff36
	.quad 0xc322d43f142cd52f, 0xe907125df5bf5ca1
	.quad 0x7ffffb84c20eee7d, 0xbb095592ed6fa464
	.quad 0x80000000bd9ac4b7, 0x901a155b008d0847
	.quad 0x00000000bc7735a9, 0xb57464e9950d816f
	.quad 0xfff106a6f237cb92, 0x82c01a032da98bff
	.quad 0xc2bff3b5cad00000, 0xff973b5112e11250
	.quad 0xfff0000000000000, 0x410800003e150000
	.quad 0xa69cea98fdaefbb7, 0x7f78e44e2fd2a53d
	.quad 0x2bb42ce57f800000, 0x00000000c021cc27
	.quad 0x14629af540b21420, 0x000000004f000001
	.quad 0xc9ec80c6b083fb29, 0x3ff4aa1777bd542b
	.quad 0xad3dfa4ca1cd5399, 0xc00c000000000000
	.quad 0xcc08672666fde3eb, 0xfefffffff657c7eb
	.quad 0x06f05b53970c3bd8, 0x7f800000420b61da
	.quad 0xbfeb18753a2c0000, 0xd870d324b398e26c
	.quad 0x7fcd7de9edabb35f, 0x0138b8594a899c32
	.quad 0x800000007f800000, 0x82ddd9f57f9296ec
	.quad 0xd3e632cffcfcbfa3, 0xc16ab898b9230000
	.quad 0xc01c000000000000, 0x269009e34f388630
	.quad 0xbe8bd7c681723bbc, 0xe0a54793ffb6ff4a
	.quad 0x83b934ac1dd869e7, 0x3d01fbde87d79d4f
	.quad 0x0c5361569ccd1700, 0x3ffae8513351bdf7
	.quad 0xffc000008e0f44cc, 0xffc0000000000000
	.quad 0x147ceb7ebdf4504d, 0xffd0000000000000
	.quad 0xc7ffffff00400000, 0xffbeff3cbcf51418
	.quad 0xfff0000000000000, 0x7ff1e90f7c9a31ef
	.quad 0x7f8000007fc82dcd, 0xffc0000080000000
	.quad 0x3ed9400000000000, 0x40b4000000000000
	.quad 0x65f04be29589be82, 0x3e9000003c3f4f3d
	.quad 0x5bb4a8d4dbefa379, 0x3fd632ac9ff1e202
seed23:
	.quad 0xecb6f08218818b26
	.quad 0x0000000100000000
	.quad 0xfffffffffffffff8
	.quad 0x4f0005278d43b628
	.quad 0x012f946cd5ca9d46
	.quad 0xfb7d6c76fa733c3c
	.quad 0x501128c5ba72549e
	.quad 0x758dab5122e474bc
	.quad 0xfffffffffffffaad
	.quad 0x51cf45a3d4763f0e
	.quad 0xfffffffffffffff6
	.quad 0x0000000000011f92
	.quad 0x000000000000004e
	.quad 0x8acf11e703a2d933
	.quad 0x0000000000000000
	.quad 0xfffffffffff95b71
	.quad 0x07c00000
	.quad 0xa0000000
	.quad 0x3f7b7c12928a6b45, 0xd19fb52586ce4a00
	.quad 0xbb71bf75f2eb0eb2, 0x7fe4c91c2e547b4c
	.quad 0x403898887f800000, 0x0d5c94b87fdfc400
	.quad 0x1fe2b88dff9b40b8, 0xff80000000000000
	.quad 0xcbe15aa937a60000, 0x005ef3dc413068c1
	.quad 0x36246742bedee452, 0xfffc8a5947e594a7
	.quad 0x80000000ffd7f344, 0x84dc5f0479c78870
	.quad 0x0b49e6a2ff7fffff, 0x7e263ddd42594394
	.quad 0x75316bbbbede7fda, 0x01670e1c2533e273
	.quad 0xc2d6c506008e6009, 0x1e2da35c02e24b36
	.quad 0x40e0000074ac0a95, 0xfefd82ec080f8b0b
	.quad 0xc3fd9720005444ec, 0x5e202e307d70fdba
	.quad 0xc55137aaffdffd01, 0x7ff93e56cb9a22a1
	.quad 0xffe0000000000000, 0x636576c68a20a1c0
	.quad 0xc0effffffffffffe, 0x5ebf9730874dbffd
	.quad 0xe8f2fde2c85f0400, 0x7faa81f3ff38e8c0
	.quad 0xcba864064d742c9b, 0x40b6cf6885c2f9ba
	.quad 0x7ff09e7a536eb617, 0x0000000000000000
	.quad 0x000000003cbbf40f, 0x33f0a3e4edaef85e
	.quad 0xcf000000cfe26ccd, 0xffaaf6428725c195
	.quad 0x9087c4080dad2b04, 0x186305c6abdee78e
	.quad 0x59724addc5c67cdf, 0x3a7400007fe1f127
	.quad 0xc0db63d4edfe6ff7, 0x821cb2f8c4642b51
	.quad 0xfe3c5f5a068840f4, 0x7f800000d048afb2
	.quad 0x7f9103e7ffd65648, 0x874f05df8027fa3c
	.quad 0x2dbecad4f37d7e00, 0x0b780f58d2035501
	.quad 0xff800000433da139, 0x926c098e49b77d79
	.quad 0xfe6cad77d1d469a3, 0xff800000c15c7a0a
	.quad 0x3ffffffeff800000, 0xff93e7b47f800000
	.quad 0xc6347fdce1f00d20, 0x876027945ece43b5
	.quad 0x0db8c227bbbc5a93, 0x8eda49ab901f25c8
	.quad 0x4110000000000000, 0xbbe6056a40d9c439
seed24:
	.quad 0x0000000000000016
	.quad 0x00000004a422422b
	.quad 0xb605bbd04dcf7521
	.quad 0x0000000001000001
	.quad 0xb67ca35043f4e812
	.quad 0x37968b6de9f24c10
	.quad 0x8876f4d7520dc061
	.quad 0xffffffffffe9c952
	.quad 0xfffffffffffff2af
	.quad 0x0cce4a06446d406f
	.quad 0xecd10659ded522fa
	.quad 0xfff8ab25c6e4252b
	.quad 0xffffffffffffe00a
	.quad 0x00000000784638d6
	.quad 0x00000000000000f2
	.quad 0x0000000000007b18
	.quad 0x01800000
	.quad 0x00000000
	.quad 0xff805b6e460be7e0, 0x7541c23d75ca7e00
	.quad 0x070e2cc965e2b8d3, 0xbc026e6dde787fba
	.quad 0x84c9531bff7fffff, 0x8000000000000000
	.quad 0x3fc82ead1334fdce, 0x38600000007fffff
	.quad 0x2098c7ebf6fcc180, 0xece9271bdbfffffe
	.quad 0x0b68485bdff18bfb, 0xc0f0000000000001
	.quad 0xd641cf98687c8000, 0x0010000000000000
	.quad 0x96d533d7efff7ff7, 0x3f0e600000000000
	.quad 0xc1c824383e5e4dcd, 0x400e3fc00910271b
	.quad 0x402734644f9a0315, 0x7fc00000407ffffe
	.quad 0x8000000080000000, 0x387bf708e21e7800
	.quad 0x61229490287d565f, 0x20445e01ffdfbbf5
	.quad 0x7d1b27ab7d6a94c7, 0x7ff200f78eac3652
	.quad 0x80000000080ff2d6, 0xb747bdc2f3508000
	.quad 0x40786faf7d9b8246, 0xc1e4eff7f7fb7ffe
	.quad 0xc50000007fbc52a9, 0x830e4b6e2f80727d
	.quad 0x19145ebaffd083ff, 0xc77fffff7f800000
	.quad 0xfff22919fcea3dc4, 0x3fc15210eb8fef06
	.quad 0x00000001ca16b92c, 0xfff8000000000000
	.quad 0x0000000000000000, 0xc042fc55739165e7
	.quad 0x65dbfd9d6fb559bf, 0x86484e7dcaba228b
	.quad 0x4ad8fdacde47c913, 0x7ff8000000000000
	.quad 0x2ea463ff55a655ec, 0x0000000000000000
	.quad 0x8000000000333af3, 0x8ed419f0007fffff
	.quad 0xfff0000000000000, 0xfae07992ff93a823
	.quad 0x981c5011a9e25e53, 0xbff1490db01d6c91
	.quad 0x3f000000f7c8c8f6, 0x6ef3f9d641cdf597
	.quad 0x39c1107d459f1cf6, 0x017fffff002fe7bf
	.quad 0xc13c5733bbffffbd, 0x6069842b11c8d5b6
	.quad 0xa5deabcc07251650, 0x00000000c9c43bed
	.quad 0xfc4d3377dffffffe, 0x009835e964929eba
	.quad 0x0029833b744113e4, 0xbf3a90ba9213c997
seed25:
	.quad 0xffffa52f474e2865
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0xffcd0848b09c0524
	.quad 0xfffffffffffffd82
	.quad 0xffffffff80000000
	.quad 0x112e5770fcfa7a52
	.quad 0x9dc3752dc7a26f84
	.quad 0xffffffffffffffff
	.quad 0x1cbf48878fbb754f
	.quad 0xd354a93ddf3aadd9
	.quad 0xfffffe4aeabfbf52
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe14
	.quad 0x038e7211092fe1e6
	.quad 0x6c16691b747aafa6
	.quad 0x04800000
	.quad 0xd0000000
	.quad 0xb612f6e4017ae9f8, 0x35d60df2cfe3fa92
	.quad 0xbcb5ff5b7fb92291, 0x4aecdb56dff99dd9
	.quad 0xa06c69b05b7ffe9b, 0x001c5045bd08093b
	.quad 0x4022800000000000, 0xfdc304537bc9688e
	.quad 0xc2bffffffffffffe, 0xb395e38a450f7180
	.quad 0x80000000c0b80000, 0x00050000a6c95d87
	.quad 0x7ff8000000000000, 0x40ab600000000000
	.quad 0x7eeb274cfff97368, 0x3f8000007863b744
	.quad 0x5cb32cc0cffc7c00, 0x41f3ee29ecbb29b6
	.quad 0x4007fb618aaf06e2, 0x3fa9800000000000
	.quad 0x8000000000000000, 0x0a60b6c140200000
	.quad 0xc4a0000000000000, 0x0f01dd6dfeddb9ad
	.quad 0x9cb2b67ccc7dfc00, 0x7ff0000000000000
	.quad 0x487139acffc3fbff, 0x8b306a9b316a7e00
	.quad 0xc03e600000000000, 0xca451867b3bfc007
	.quad 0xc7fffffe017fffff, 0x00001f4ceccf5dd7
	.quad 0x007e3784fa17a69e, 0xc06fdeaa576a659d
	.quad 0x000000006784c028, 0x8188b905192c8000
	.quad 0x407792cfb4415475, 0xee68d1a17966e3ff
	.quad 0x4040b87b7fd7a4f2, 0x80400000ff800000
	.quad 0x90dfda71fdbedf6b, 0x7448636717388126
	.quad 0x5980000040d80000, 0x986c979b61b741d7
	.quad 0x7f80000077dba1fe, 0x08edcbd14ab32a65
	.quad 0xbed8000000000000, 0x38205f067f95ff67
	.quad 0x8000000000000000, 0x216d584ec0400000
	.quad 0x4f2ccb1501904481, 0x7fc000009c758bc4
	.quad 0xc035e00000000000, 0x000c0d7f6d341a6d
	.quad 0xc0300000c7a3206f, 0x723d531d4f800000
	.quad 0x755cb272ad14c066, 0xc07c0000c15f95de
	.quad 0x6fd18190806b8893, 0xc06754ccbf5ac1f3
	.quad 0x0c3894a7f7b6ffbe, 0xc04000001ee7a442
	.quad 0xa7a4729692c9c5cd, 0x0078b588a5df95a0
seed26:
	.quad 0x00d3e291ed2d80e8
	.quad 0x00128f4b27288c39
	.quad 0xfffff8911c574560
	.quad 0x00001ae709c6dcbd
	.quad 0xffffa0f02649b839
	.quad 0xc6f1dc8b45bd8039
	.quad 0xffffffffffffffd1
	.quad 0x00000000000002e1
	.quad 0x0000000080000000
	.quad 0xffffff8c76d072e2
	.quad 0xfffffffffffffd90
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0x122dfab0263711a9
	.quad 0xffffffff0667d571
	.quad 0x65040470fcd21106
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0xff8000006ec3f0d5, 0xfff8000000000000
	.quad 0xd05cfa1a0f8f0000, 0xd42057bc3deeffcb
	.quad 0xb1d061eac83ff7c3, 0x406817acad130a14
	.quad 0x40773472f19aa60a, 0xfffb0eac5fa237cc
	.quad 0x5f7fffffc040864c, 0x7fe0000000000000
	.quad 0x40a00000bcb94453, 0xca4c6514b61cfc33
	.quad 0xbc000000c36a9346, 0x09d528dc0bb7fd7e
	.quad 0x92ee55f3daf87d5c, 0x0f57fc134279aed4
	.quad 0xb6589d83ebe7b9ff, 0xff8000004260b899
	.quad 0xffc000000bdbfe6c, 0x0654970e414d2ace
	.quad 0x7ff8000000000000, 0x41356abba4b30403
	.quad 0x0be3175321cb01f7, 0x7efcfc71ffd5060a
	.quad 0x8a521fa3fa700800, 0xbff7eb3c0a750b1d
	.quad 0x4c5b7e43e397f7f1, 0x982ffcb77fbdffd5
	.quad 0x3fbfb8fd5d073ca4, 0x7f8d9bb3006a97d3
	.quad 0x00cd187d80000000, 0xbfd9600000000000
	.quad 0xd4dda74d3760af63, 0xc1f0000000000001
	.quad 0x45c98664ff800000, 0x5a501674fddf1d4d
	.quad 0x3fc417ced63e1d59, 0x81b3109ab2c318af
	.quad 0x40659b4e64679978, 0x3112229dc847fe79
	.quad 0x4340000000000001, 0x0000000000000000
	.quad 0x7fe880c51b69f794, 0x43633c52862b2ce8
	.quad 0x0000000000000001, 0xf1aa56e13e7c0000
	.quad 0x7d762a8045fa1768, 0x546b20207f15fc00
	.quad 0x412cbf6a6340fbe1, 0x922011c36ea50479
	.quad 0xa49885f9b92ce4c8, 0x9582560eb58a7b08
	.quad 0xff8000007e800000, 0x7fe74d45b2e02965
	.quad 0xd3a1e5dfa1158000, 0x800401631a6e9ecd
	.quad 0x7fe1fbaa6e9196ee, 0xc066c352ca56a473
	.quad 0x8000000000000000, 0x3ff8c974da8f7952
	.quad 0xb2175ab7947f0000, 0x4fd156ffc1c97a2c
	.quad 0xaa7b797b6e9bfcb2, 0x0000000000000000
seed27:
	.quad 0xe964bbb193eecd15
	.quad 0x8000000000000000
	.quad 0x65c75a8528bdb82c
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0x0000000001000001
	.quad 0x000004520e692082
	.quad 0x03438e5276ceb80e
	.quad 0xffffffca6b1168c4
	.quad 0x1651ac83c10ff8f0
	.quad 0x0000023204582425
	.quad 0x37ca5d366a7d4ee9
	.quad 0xed2030c81eb523ae
	.quad 0xcd4864a2f1990242
	.quad 0xfffffa42557f065d
	.quad 0xa3b60daec9b75b56
	.quad 0x01000000
	.quad 0x90000000
	.quad 0xc0b00000bc066617, 0x9769dce0bbe84600
	.quad 0x69a5d0ddeb3f8000, 0x7fb224dd070b5ec0
	.quad 0x40fa01eafbff6a6c, 0x8a2e3f837a52bdb2
	.quad 0x43cc000000400000, 0x7fe0000000000000
	.quad 0x3fe3d07d34c69494, 0xdb7f3de3eafddf5f
	.quad 0x7ff97d924a680512, 0x90d84ab57fc00000
	.quad 0x407375593f9c1044, 0x00000000c5890000
	.quad 0x7059e67840b40000, 0x000fffffffffffff
	.quad 0x1ac5452fbff674ff, 0xf123422df5e02126
	.quad 0x329a4f5f7fefd16f, 0xff800000008a1acd
	.quad 0x3fd70de8b8352df3, 0x7dca148be91be2d0
	.quad 0x3f84c5120b1c4c2d, 0x773d2778688e56a1
	.quad 0x7fa99fe24f4dcc24, 0x430ba90045083992
	.quad 0xfff0d716d849d90f, 0xbf28000080000000
	.quad 0x4138028cfffef7fc, 0x000fffffffffffff
	.quad 0x3fb38f0ecc96dbf8, 0xc0e4000000000000
	.quad 0xe090e943efb8c860, 0xff800000bf180000
	.quad 0x3f9682bf34aac1a3, 0x3436eccb4d360196
	.quad 0xbe123d677fba9712, 0x59ffffffff800000
	.quad 0xc3c6e43efb8c63f5, 0x39ab493988b46e73
	.quad 0xb81c6a8cc70fc323, 0xc235cbc9fdffe7ca
	.quad 0x744da045d9ba02c3, 0x00000000ffb12429
	.quad 0x2fa7a4c7fefcfb9e, 0x3f33b486f9018d7b
	.quad 0x4aefcd565287c860, 0x7ff9b59e66fffebc
	.quad 0xbd86f60d807253d1, 0x0000000000000000
	.quad 0x3fe548337d03d92b, 0x7f8000003e6f6834
	.quad 0x0004fd72fbe2a44d, 0xd77c7cec6ffbfbdb
	.quad 0x205633f33beeaee7, 0x7ee2b345d5cb898a
	.quad 0xb7ee1a17ca7b80b7, 0xffa620bcbe880000
	.quad 0x80052d2501f815b6, 0x895077d2ffddcf14
	.quad 0x9fb4df5cfffca000, 0x6a4c9f0211f74600
	.quad 0x189fc2b2fff6f7c3, 0x800fffffffffffff
seed28:
	.quad 0x0000000080000000
	.quad 0x13eb9fc497e29457
	.quad 0x00000000000003da
	.quad 0xfffffffdeb6d2625
	.quad 0xffffffff80000000
	.quad 0x630d1dc9eacb1621
	.quad 0xa411e3d0a0e8e50a
	.quad 0xb4b14fdb49f2251e
	.quad 0xffffffffffffffff
	.quad 0x39f02f77016525b0
	.quad 0xfffffffffffd7035
	.quad 0xffffffffffffff90
	.quad 0xf790217def84c8c3
	.quad 0x7fffffffffffffff
	.quad 0x04699a83a96401bf
	.quad 0x00000000001606a6
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xc7fccd86d16dda2f, 0x9a7ee69d79f7ba2d
	.quad 0x93190ee85c38fc00, 0x4015af537935a7ff
	.quad 0x7ff4a0f4828dce3e, 0x4a0b7a8aa8df9c40
	.quad 0x4472000057a7df34, 0x3654e9a0ff9f4a10
	.quad 0x80000000003a0a46, 0x00000000bed0a945
	.quad 0x8617c6cdc334fc00, 0x7f80000043a868f7
	.quad 0x3e42a6d2cf800000, 0xc043509a6ee7d3ee
	.quad 0x43f00000bee88b0e, 0xbc10bafbc5000000
	.quad 0xffc000007ff7638a, 0xedcb29dcfffcfe90
	.quad 0xd4b63876ef7ef7f7, 0xbfe4000000000000
	.quad 0x3f9ce7d2195f74e1, 0x4d51c972410b83f5
	.quad 0x7ff0000000000000, 0x800000007fa5b1d4
	.quad 0x3fc13eb9cf5dd3f1, 0xad0a590c26b46449
	.quad 0xacd6e252cb727e00, 0x7f80000040734b82
	.quad 0x92b982bb0dc44f5c, 0x00d480dd28237550
	.quad 0x1833525ffbdcc2ef, 0x8fce78fcfeffffdf
	.quad 0x027a15d9e204b5c4, 0x802e253ca8724d78
	.quad 0x3f49800000000000, 0xd1c3e866ffdfb9ff
	.quad 0xff80000042d81c56, 0x8bc9cf01ff7b7e00
	.quad 0x58879f40ffc7fd01, 0xbfd01b065d5d8000
	.quad 0xbfffffffffffffff, 0xff800000c3af89fb
	.quad 0x80ffffff81000000, 0xaddf26427fc00000
	.quad 0xc2b05df57fc00000, 0x3de77c70802f8974
	.quad 0x366f0271bd7bdef9, 0xec91ad937f8e4486
	.quad 0x40d80000cf000000, 0x7fdfffffffffffff
	.quad 0x02295e78beaa0be0, 0xd8839e3fd880a4ce
	.quad 0xff95310f189cf8d2, 0xffdeb84d398c0000
	.quad 0x8cfdaa66f20a9787, 0x7ff8000000000000
	.quad 0xd9ffffff00478454, 0x7ff8000000000000
	.quad 0x80cf525967053e02, 0x9903990dc7641358
	.quad 0xc1e73d18656e6e41, 0x3f393d337f860185
	.quad 0x33caa0a88da096fb, 0x068a186e27a6839c
seed29:
	.quad 0x00000002e2529e76
	.quad 0x07569cb8fd89b0c9
	.quad 0x0000000001000001
	.quad 0x0000000000000f0a
	.quad 0x0000b57240187ad7
	.quad 0x0000d043e15445cb
	.quad 0xfffffffffffffffe
	.quad 0x00000000000000e3
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0xffffffffffe10563
	.quad 0x987b6c0ddb2a5e9d
	.quad 0xe8359ccc29b26d00
	.quad 0x8cbbd44f5be72dd0
	.quad 0x000000003efa4ae0
	.quad 0xfffffffffffffe0a
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x7ff4c2860f5050f3, 0x995599de8fdbffbc
	.quad 0xbf974dab741055ca, 0x44a3cdf9ff16fe40
	.quad 0x8f737f61e6ef0675, 0xff1f41e79626f400
	.quad 0xc02000000cff739b, 0x80034fbb12e64c14
	.quad 0xffb6478d9b588f02, 0x56d325aaced4c251
	.quad 0x7f8dd88bff800000, 0xaa0fd0a3ff98b596
	.quad 0x4f6615d900000000, 0x7fbe5b79bbe00000
	.quad 0x00101ee8797ecea5, 0xcee724a9a7b9fee7
	.quad 0xc020000000000000, 0x46d2df07a7ae8000
	.quad 0x7ff29656155a7306, 0x800000000031530f
	.quad 0xc2fe9e603fc00000, 0x72195bf241e40000
	.quad 0xbfe9d654d4f16052, 0x0069763bff800000
	.quad 0x982cf3b1ffdfe6d8, 0x8027650dbfb8f3b2
	.quad 0xa5906aacffdf879e, 0x89c589d8c00a8e22
	.quad 0x7c4c3a65ff898434, 0xbf8f1f81bd4222ae
	.quad 0xfabaae9850ffffff, 0xc7ea0000ff876a9a
	.quad 0x243ee93fd7dfbc6f, 0x8e13fe2fc07ffffe
	.quad 0xfff7b4e8707ee81a, 0xd76f09bf87cabfbe
	.quad 0x00000001bcaf25e3, 0xf280de027f800000
	.quad 0x060ef23c9eebdf1f, 0x7ffade4cd717af01
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0xd94c7b7ef434ce61, 0x3ffcd00000000000
	.quad 0x570c5415f1526349, 0x3fd8c9c79f96ffd4
	.quad 0x6088fe35f3fbfc07, 0x8000000000000000
	.quad 0xa63a5bf4a1a683f1, 0x7f80000040000000
	.quad 0xff3e2d855ef85746, 0xf96ed4a5ffb3fdc1
	.quad 0x7f800000000627da, 0x694ee6c0f428a706
	.quad 0x3fce1b8f2070d4b1, 0xc00c000000000000
	.quad 0xbf800000ff800000, 0x7ff0000000000000
	.quad 0x7ffaab5f0a4a9440, 0xd496d45a1b6c999f
	.quad 0x0d1b92dac07ffffe, 0x1df37d3effffffff
	.quad 0x7f9d01cf95948bb1, 0xff80000000524b60
seed30:
	.quad 0xfffffe34b3140981
	.quad 0xffffffffffffffff
	.quad 0x0000000100000000
	.quad 0x00000000000000b0
	.quad 0x4bc2cad90fd46c81
	.quad 0x3cc91517c03547bd
	.quad 0xffffffe2db163e13
	.quad 0xffffffffffffffff
	.quad 0xaa9a0940cbb3fdb8
	.quad 0x24ba0813358a6c9f
	.quad 0x4f0c0de3bdac7225
	.quad 0x4561e0066a4302a8
	.quad 0xffffffff80000000
	.quad 0x0000000007356e71
	.quad 0xfffffff12042d7f8
	.quad 0x0000000000007ed3
	.quad 0x03800000
	.quad 0x80000000
	.quad 0xeca1bfbea0807c00, 0x82892d6670bb68e0
	.quad 0x75205547fff5f9f9, 0x4004000000000000
	.quad 0x80c7b16db812b561, 0x40800000bfb864f8
	.quad 0x41000000ff18b091, 0x6895253829810ff1
	.quad 0x7f80000045180000, 0xe6721e86e17fffff
	.quad 0x3ebea7922fb83e52, 0x3f7926efdff5dedb
	.quad 0x43ebb88c40e80000, 0x668e4b150bc37a75
	.quad 0x4f51e4b884670839, 0xd8ec519e4c1292a0
	.quad 0x0066701f7effffff, 0x3e43fa9d1bf86eed
	.quad 0xdfde12dbd2b4457f, 0x9bc3c39bbab43e00
	.quad 0xbefed00000000000, 0x00000001c2000000
	.quad 0x43e0000000000001, 0x40f5c00000000000
	.quad 0xfff0000000000000, 0xff7fffff1869b987
	.quad 0xffb49c4f40511bd8, 0xa263d676f95795f2
	.quad 0x4d6ffc32354a2ba7, 0x30a0cc6b81ab4f28
	.quad 0xbe05f8acffc00000, 0x10d58dbb001a7ee6
	.quad 0x81277b9b81000000, 0x6b98e572e7ff7f75
	.quad 0xafd79b3fa4eca4ce, 0xbd912b257f800000
	.quad 0x292321959d7ec0c3, 0x831a212494744102
	.quad 0x5a7fffff8c410a1a, 0x00322226005628b1
	.quad 0x47c405c551ac3dad, 0xfff96501702feec5
	.quad 0x05148184434167a9, 0x805cff6affe6a73b
	.quad 0x0000000041200000, 0x41b9d4ebf3d1c700
	.quad 0xfbebfd7eff83f1bf, 0xfd350a55b873fca8
	.quad 0x4055ac6bebde3f80, 0x3fd31183e841a8f6
	.quad 0x94793c4d97ec7ad3, 0xc05f4d98ec49493b
	.quad 0x97987fb5fd5fbff6, 0x8f3cfa487fffffff
	.quad 0x4fc60113ff800000, 0x800000001945193b
	.quad 0x0b529f9e72b8171d, 0x9a0b2c09ff800000
	.quad 0xb99e000080000000, 0x3eec000000000000
	.quad 0x7c23efe785e9aa27, 0xde1159db8007c1c7
	.quad 0x800000009e2cd795, 0x7ffa0dea96c9500e
seed31:
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x0000000000059823
	.quad 0x6fa1a843d48ee9be
	.quad 0x0000000238a71ed0
	.quad 0x93d53c9a90c7630d
	.quad 0x00000052073f9d59
	.quad 0x4ffb218e659e94d1
	.quad 0x000000e4385de2ad
	.quad 0x0000000000000000
	.quad 0x51572b18071ec80c
	.quad 0xffffffff80000000
	.quad 0xffffffff80000000
	.quad 0x8c5ee905514ed4a6
	.quad 0x05802d33bde3eaea
	.quad 0xffffffffffffffff
	.quad 0x03400000
	.quad 0xb0000000
	.quad 0x80092a078fb2f49b, 0xc1f0000000000000
	.quad 0x66f4a365c574e20d, 0xc25f5d755f000000
	.quad 0x895ddf06e86f8b08, 0x7f8000003ff2a6ff
	.quad 0xc0a8000000000000, 0x809761b02bf296fe
	.quad 0x2d057318d2bffc00, 0x4056b136a8151a38
	.quad 0x85f2f9c4dbfeb017, 0x00000000400bcb20
	.quad 0x0bcc4c9326767c00, 0x2fc77c7397d7f16f
	.quad 0xffb5027b98597db8, 0xc04e351fcf89b12a
	.quad 0xc4429d301b9cdd77, 0x7ff0d3e659800000
	.quad 0x3b00532a1d29f8bd, 0x5fa5a8a34ffaf78f
	.quad 0x7ff0000000000000, 0x80000000ff800000
	.quad 0x9e1e25717f800000, 0x7ff0000000000000
	.quad 0x80400000ff800000, 0x7f970838d4946e96
	.quad 0x3630b1c4fdcefdfd, 0x82ac6421b141a1b4
	.quad 0xbfe10000b8a00000, 0xc1f8f597854af03c
	.quad 0x59ffffff80000000, 0x7555cd7a7f9f7f1a
	.quad 0xc6994c5f80000000, 0x8000000000000000
	.quad 0xb9b8000022d3f4aa, 0xc01a000000000000
	.quad 0xccc8cd5fdbee7c00, 0x0000000080000000
	.quad 0x6d7b95988023c371, 0xc3ffffffffffffff
	.quad 0xd71c7b2312b1f33a, 0xc7db74b3795188da
	.quad 0xf4a42fa102b7b4c6, 0xc0f0000000000000
	.quad 0xd8bb6244fdd83c00, 0x01cad26f0b7a44a5
	.quad 0x0000000111f87484, 0x9fa874e649b67800
	.quad 0x3c4f74667f800000, 0x407ffffe80580f51
	.quad 0x801a587280400000, 0x3fc3e00000000000
	.quad 0x964943c3b10c9fd0, 0x3f7563afd148e530
	.quad 0x93515b50ffbfffff, 0xbf9d4f655644b002
	.quad 0xc857ba10f7b61fa5, 0xf61df806ca497e00
	.quad 0x406224d4f7db68ff, 0x90ac838dbdb1ff5f
	.quad 0xfff3d9783d2c6a51, 0x1091da047ffdecf1
	.quad 0x31f3587cadffffff, 0x93386819bd83db25
seed32:
	.quad 0x8683af60c0ab96db
	.quad 0x23ff5a62e3422f91
	.quad 0x8000000000000000
	.quad 0xb45917a533d49597
	.quad 0xffffffffffffffff
	.quad 0x1e2350742753f41f
	.quad 0x00000000000000a9
	.quad 0x0ad703975d3f7ecc
	.quad 0x6f62c2ed1774ea28
	.quad 0xb2744506566dba63
	.quad 0xa23352888149a0ac
	.quad 0xffffeb5e2110049e
	.quad 0x000000000001a262
	.quad 0x000000000007f5e8
	.quad 0x00000000000002b3
	.quad 0xfffffffe42aa48b8
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x3bec32e88054527a, 0x002b234f58ee8d49
	.quad 0xfff0000000000000, 0xe51c3bc0efed6800
	.quad 0x95377d9e7fa05d96, 0x0267983bdfe74076
	.quad 0xc5930000425f4d63, 0xe7feeb953c6bf9ee
	.quad 0x017fffffc0d00000, 0xa534d53b3d7ce9a9
	.quad 0x3cf66b217fa1388a, 0x389fe8c0c2283dfd
	.quad 0xaab6c5f598107c00, 0xa5effa7692893b3c
	.quad 0xf2ec0c7783c34588, 0xc38fe0812fffafca
	.quad 0x3f7f228696314256, 0x91617fd154c40000
	.quad 0xfff0000000000000, 0xdcf73c35c6bfc5fa
	.quad 0x40060f4a5c509df4, 0x80000000ffa0af54
	.quad 0x7ff5a79bf509533c, 0xafb47217fbf3bb7e
	.quad 0x0019f9b1b360854f, 0x8164c7d348af0000
	.quad 0xf48a87a474fe9c05, 0x017fffff00000001
	.quad 0xeced57397b797e00, 0x020158f39b560c86
	.quad 0x47f3a082f2c4ae7d, 0xbfce8feb59d1f7cf
	.quad 0x547f54b8b46e3635, 0xfff5c89dc5455eb1
	.quad 0x800000007f806b28, 0x7fef713e5d7aa4a1
	.quad 0x82cbf78233ed4580, 0x0c9bcdf708c7a6b1
	.quad 0x7fed21d8b2d1d268, 0xc0332ebf3793fae6
	.quad 0x68ee02c4ffeff67f, 0xd19fb938f1fbffbc
	.quad 0xcf25ba5e96b70000, 0xe180aeab31f37358
	.quad 0x43d085547befe2b8, 0xfff0000000000000
	.quad 0x8000000000000000, 0x470000007f8f97f3
	.quad 0x970be86700000000, 0x04c5ce635bdc2100
	.quad 0x9e3fd3ae5f810000, 0xc70000007fc00000
	.quad 0xdff4a9311ace6d7d, 0x311d918b8140b96e
	.quad 0x2054b0441d262978, 0x7ff0000000000000
	.quad 0x800fffffffffffff, 0x8000000040c80000
	.quad 0xfff5423537e00000, 0xfeb3e0e2ef895fe4
	.quad 0x7b639df93f6b0301, 0x6a7ae4a87ca179a4
	.quad 0xbf73c3ee4000e0cd, 0xfff67dadf78f64ed
seed33:
	.quad 0xffffffff80000000
	.quad 0x067027d020ef338c
	.quad 0x000000000000030e
	.quad 0xddcdb1c689a64bc3
	.quad 0x00000000390d302a
	.quad 0xfffffffffffffffc
	.quad 0x0000000000000248
	.quad 0xffffe9b8b5ee681b
	.quad 0x00000000000003d6
	.quad 0x9fdd2a92bdd3cde9
	.quad 0x1470e65f711fd394
	.quad 0x0000000000000001
	.quad 0x696c48ebd2cc8394
	.quad 0xffffffffffffff93
	.quad 0xffffffffff339e81
	.quad 0x8000000000000000
	.quad 0x01800000
	.quad 0x50000000
	.quad 0xf4e50e1c80b882e6, 0xf8a9de5bc0c00000
	.quad 0x5ee0cd8f6f257857, 0xffdadaa888b03fdd
	.quad 0x915c3f381a7bfdc0, 0x126dd02b10d4aedb
	.quad 0xc51447b183bc50da, 0x179fd385046f8000
	.quad 0x7fb3a5ecc30eb5d1, 0x0000000000000000
	.quad 0xff106183d42ca159, 0x480e6d0effb71dd7
	.quad 0xad260514ffb3f5ba, 0xe73cd5acfff27bff
	.quad 0x3fd5e7a2b3a70b64, 0x3c88a853933969fd
	.quad 0x922f6c20ebab9a00, 0x423574f877f314bf
	.quad 0x000bcb1501939d60, 0x7ff0000000000000
	.quad 0x3d740000c0700000, 0x80400000b6c00000
	.quad 0x0229d53329fac5ce, 0xc020000000000000
	.quad 0x00730a65fef3ff9a, 0x4330000000c5e9d0
	.quad 0xe60535fa7feee7bf, 0xa80514bd74dfd80b
	.quad 0x4c97657efd409f84, 0x41e9332fff9bbc8e
	.quad 0x3ba00000ffaf15fa, 0xbf0a000000000000
	.quad 0x99f3d58affd170db, 0x9c3dc69ef1fefeb7
	.quad 0x410800005a7fffff, 0xc29fffffffffffff
	.quad 0x0000000080000000, 0x4ee2eda92fc3c040
	.quad 0x8000ca5ae360714c, 0x285fd481c83afc00
	.quad 0x32706871bbf6ffee, 0xffdfffffffffffff
	.quad 0xfffac5dc0beebae4, 0x9128dae3ad2e3ced
	.quad 0x47e6e4f7695b7e00, 0x561d00b37bd1fc38
	.quad 0x2e2eadece6ffbffb, 0xbcca246143f803ff
	.quad 0xbfd55ae5c318d994, 0x66a2e4a8aa4d65bf
	.quad 0x09adbe3712ccadc0, 0xc25b103c40ebd7fb
	.quad 0x80bcf1b1ebef4200, 0x3e888bd01119261c
	.quad 0x11c481da7fc35042, 0x0000000000000000
	.quad 0x09d56579a8e57c00, 0x7f83686b411a0000
	.quad 0xff9a9ad80aae5054, 0x272b5588ffbf7e8d
	.quad 0x26e747571500c200, 0x8d94bace42333400
	.quad 0x00400000ffc00000, 0xfff5bed6b485d018
seed34:
	.quad 0xffffffffffffffca
	.quad 0xffffffff8b32bebd
	.quad 0x2291e848dea51295
	.quad 0x0000000000000014
	.quad 0x0000000000000000
	.quad 0xf391ff397e09820e
	.quad 0xe13b765aa04dfe1e
	.quad 0x00000000000002c6
	.quad 0xfffffffffffffeb7
	.quad 0x678b9062c5d4616b
	.quad 0x0000000000000003
	.quad 0x0000000000000000
	.quad 0xffffffffffffff44
	.quad 0x000000061c9074c1
	.quad 0x0000000000000000
	.quad 0x00017454ca1c24c7
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0x3f56000000000000, 0xa55520d7fb227976
	.quad 0x3df97e0e817fffff, 0x83a3760c2476f800
	.quad 0x8f728feab92659fa, 0x10dcf25669cfc8af
	.quad 0x593da8dcb5a45d6a, 0x7ff0000000000000
	.quad 0xc2e26fca7fb19f71, 0x7ffcda9dfa160565
	.quad 0x16aaeb5c3e800000, 0xc1f0000000000001
	.quad 0xcb08386c3efe7f7f, 0xab63a1cbffb6f53d
	.quad 0xc3f0000000000001, 0xc700000143e53592
	.quad 0x98b58d58ab64933b, 0xfff8000000000000
	.quad 0x7f92b79afc0de5d8, 0x99fc4f8df2ce4188
	.quad 0x62442fd7c3fcd067, 0x0000000000000001
	.quad 0x7f269d83d506c4e1, 0xb5800000cf1ea6ab
	.quad 0x0a10581fe7f15b23, 0x7ff1a0ee3b2bfc8a
	.quad 0x43dde4dd7f77e5f3, 0x3d677d602eecaae9
	.quad 0x3fb85fee4593367a, 0x95b430a4e9f07afb
	.quad 0x800f673741fc9f49, 0x007fffffff8db8cd
	.quad 0x7ff0000000000000, 0x3df47f5f00000000
	.quad 0x41040000f11d915e, 0xfffc2365d28f088e
	.quad 0xf5e9c4c16df7fdba, 0xfff8000000000000
	.quad 0xa97e7c3c1eed5c27, 0x4021800000000000
	.quad 0xff90617cc097cd40, 0x13fe639094ea780a
	.quad 0x42c511b1910665b1, 0xb90a2271b991b566
	.quad 0x8020000000000000, 0xfff0000000000000
	.quad 0x064c6ee0c9467c70, 0x00029b106ede3abb
	.quad 0x9dad3851288c7e00, 0x3ff1513961c19c72
	.quad 0x7943a53700000000, 0xa4c6ae2b36f8fe48
	.quad 0xbfc6677a1a2bda9e, 0x7dd92f1c6f3406b1
	.quad 0xfff0000000000000, 0x8e2cf5ebd5f1a225
	.quad 0x0c31745b7ffbd924, 0x7515457dffcc877a
	.quad 0x8f487a29f462dddf, 0x7e21982dc07abf71
	.quad 0xf68bab8b79f39e18, 0xfff138ecff3707c7
	.quad 0xae206e70bbd64b96, 0xbffc000000000000
seed35:
	.quad 0xaf567781d4c4ef3c
	.quad 0xf22d3d145cd8eb2a
	.quad 0x000000000002d86d
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0xfffffff107ab46d5
	.quad 0x1326d8f519725de3
	.quad 0x4e01b11cd1c9f507
	.quad 0x93817d266da62765
	.quad 0xfffffffffffffeee
	.quad 0xec073c7a183ba0c7
	.quad 0x473c69d4d10bc40f
	.quad 0xe4a027742d2a5616
	.quad 0x0000000000000000
	.quad 0xd218ab5dbcfe7008
	.quad 0x0000000100000000
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0xf276c7cf75a7d941, 0x43effffffffffffe
	.quad 0x4330000000000000, 0x75ece3a60d70977b
	.quad 0xff80000079f81224, 0x4022000000000000
	.quad 0xbe24727b7fd5948b, 0x802cc5faf482d0bc
	.quad 0xba3c7fcbf3efff27, 0x80e00d8b8beb3683
	.quad 0x0f8ba105fffbdf7f, 0xfffabc5dc7fd1df8
	.quad 0x00c059a14427e915, 0x1cdcb6fa75e4b318
	.quad 0xfdef0d1efff77eaf, 0x0020000000000000
	.quad 0x675ff9059e7ffbf5, 0xffaabd267ff89867
	.quad 0x001fffffffffffff, 0x0b975760db9547c0
	.quad 0xa8659e57fffb5fcd, 0x7dce67838f46893e
	.quad 0x10956b92d2621471, 0x7bdf8b1feecffc2e
	.quad 0xc1269119ffdbcece, 0x3f95a10fe5e37ee1
	.quad 0x920a1126d9f274a8, 0xc700000034d50cd3
	.quad 0x5e7c79a46fbc59d6, 0xff000000c1301077
	.quad 0xb24526ee4ad303ee, 0xffaaf2da00000000
	.quad 0xe41b27550d923200, 0xc10d6c37fdbde8c6
	.quad 0x3fb541ffe30141e4, 0xfff23483e515e2a8
	.quad 0x8deee3eb40f00000, 0x582c3fcebef693fa
	.quad 0x0b638cf77f8dfc86, 0x7f800000fff7d122
	.quad 0x8000000000000000, 0x80000001bfa00000
	.quad 0x8000000000000000, 0x80577a2c096f84ed
	.quad 0x7fbd036eff988c73, 0x420af072b438ecb2
	.quad 0xfff48c13b12ca102, 0xffebcbf76bbc6245
	.quad 0x5bb665e273ce2f16, 0xc7866dda21afbabb
	.quad 0x00133d9e702e5108, 0xd2fd6706c8eaff6c
	.quad 0xc00c000000000000, 0x335bb13bce53f887
	.quad 0x9b85af59b786c9b9, 0xffc000008d657bc4
	.quad 0xebc9129ebda60000, 0x837d0dcd4132e3ae
	.quad 0xa3c9b7d045ba6f09, 0x71d87675ff9d9eaf
	.quad 0xe1877ccf3ffb2cff, 0x0d454fd8dffffe29
	.quad 0xc12bfe497f800000, 0x08bd3c9ac08b03ff
seed36:
	.quad 0x58a1f08c88b90c3c
	.quad 0x0020000000000001
	.quad 0x000000000000e9cf
	.quad 0x19190c9a1755928b
	.quad 0xab5949b6fc751837
	.quad 0xe7e26d37fc45223e
	.quad 0x1d708931691db839
	.quad 0xffffdd107682f0fa
	.quad 0xc743188f6ba649b0
	.quad 0x0020000000000001
	.quad 0xfffffffffffffc26
	.quad 0x27593b1e635f315c
	.quad 0x3920d09982189476
	.quad 0x0000000000000000
	.quad 0x0ca54ca7a7ab57b4
	.quad 0x99420bb24a0f721a
	.quad 0x00800000
	.quad 0x70000000
	.quad 0x57d5f8247fff7ecf, 0xfffada2e34c861cc
	.quad 0x8c20f6464f7fffff, 0x7f800000ff41b710
	.quad 0xe88a6cb171d17378, 0x957efefe7bb84073
	.quad 0xc09aab414c7fffff, 0xbfa0000000000000
	.quad 0xfe19a48005888554, 0x029ab284badd6262
	.quad 0x80800000ff9346c3, 0x00000000802432a0
	.quad 0x68747c56b7b9ba63, 0xfa2641a8fcbc79bc
	.quad 0x714460450c4a6245, 0xbfe7f8aef5f7cf12
	.quad 0x7ff0000000000000, 0xfff7255ad27a6412
	.quad 0xda74e582ffdfddff, 0xae65ad2177a5975c
	.quad 0xce7b81b2bb56fc00, 0xf89cdd31814e7d6a
	.quad 0x7ff8000000000000, 0x9474c1187faba7fd
	.quad 0xfd9564e7d5597c00, 0xbfee9b5c98a42a17
	.quad 0x569101ea6c88c8f6, 0x5461b7df44894d08
	.quad 0xfff456b3ca8957ef, 0xfe824619805d7970
	.quad 0x402243ed7a3e5f78, 0x3bef3d6fd0f089ce
	.quad 0xf78bbb78418c0000, 0x81ff661a3071a1e2
	.quad 0x3f42300000000000, 0x800c8c8df2dc239e
	.quad 0x03112d944bff6f7e, 0xfee8ddec7fba109f
	.quad 0x7ff5be4d9a33df26, 0x2cfb16605bc6bc06
	.quad 0x000958a8cdf148bd, 0xff800000c01e4e2b
	.quad 0x12c31a67ffdfe448, 0x000000007f800000
	.quad 0x0000000000000000, 0x000fffffffffffff
	.quad 0x00000000bf3e12c4, 0x8000000000000000
	.quad 0xf06a7628947ed3cb, 0x864b1c1afb660fe1
	.quad 0x40000000f0a3258b, 0x4006000000000000
	.quad 0xab00b50ccdfbffd8, 0x785508a8ec68e114
	.quad 0x7f80000006b64bc6, 0xc2b20abeed18f9aa
	.quad 0x76f173b9f9c01f3e, 0x8004d95f638a1a28
	.quad 0x825b34077456dba1, 0xa4b065faaf577c00
	.quad 0xc2800000803760e4, 0x745a18b720948000
	.quad 0x8288c0adf31fee21, 0x7fa50f2900000000
seed37:
	.quad 0x8a8da7aa1a69f404
	.quad 0xfffffffbc2cb7569
	.quad 0x0000000001000001
	.quad 0x20708a63651c81a4
	.quad 0xd42558a7455d6ad4
	.quad 0xfffffffffffffacf
	.quad 0x0000000047a76c04
	.quad 0x476ddd2b129b0752
	.quad 0x000000000002e6b0
	.quad 0x0f41f249edf5d1c3
	.quad 0x00000000000002fe
	.quad 0x0000004dcdd2206d
	.quad 0x01459bbfb7685081
	.quad 0xffffffffffffff1b
	.quad 0x000000007fffffff
	.quad 0x5cdf84317aff609c
	.quad 0x02000000
	.quad 0x20000000
	.quad 0xc0046d43b9452537, 0xef8af1d1800995e4
	.quad 0x0000000000000000, 0x800fffffffffffff
	.quad 0x7f9145be3c92868f, 0x9108ca4c2baf44d6
	.quad 0x3fc78c713b0e011c, 0x43806dd45f7ffffe
	.quad 0x1688e7f797aeb176, 0x3d388421727c6aae
	.quad 0x12f3e722fc6f6eff, 0x800befd8a7f93d0a
	.quad 0xbf7e46c38e431025, 0x3127632ad8d15055
	.quad 0x40108c09017fdc6f, 0x4d1a3f22f8fe7c00
	.quad 0x7894ce77131c8a7e, 0x247920c0c7160abf
	.quad 0x40ac0000bd9b0ada, 0xbf6e86f9c0c00000
	.quad 0x7fd5fafb61d2f38d, 0xc00ffffffffffffe
	.quad 0x670f55c9d8aa004d, 0x0009672369699cc7
	.quad 0xbfffeb643a0421e2, 0x9ce6afbc7fc9ce78
	.quad 0xbf86000000000000, 0x3faee72109ac08c9
	.quad 0xc047aeef0bb4d7ea, 0xa5563f5e993fbf84
	.quad 0x9e95c3734ad22cce, 0x0000000000000000
	.quad 0xbd884482805af4ea, 0x3ff674bb1ef5d38d
	.quad 0x3fb369da24e1949c, 0x402a1d1cffe33973
	.quad 0xc023000000000000, 0x327e455bd3b5b89a
	.quad 0x9d0f821bc0780000, 0xfcd773ab1696d32a
	.quad 0x3556c8b4bbbbff5d, 0x733646a3c7ffffff
	.quad 0x3f8517415a36f0e1, 0xcb99e73ef188b69e
	.quad 0x3d257521c0880000, 0x0000000000000000
	.quad 0xbbf0fb18182fda0a, 0x42aad199ff800000
	.quad 0x0d97937d4399f171, 0x4f80000180000000
	.quad 0x54e016b5e3aa7c00, 0xf9603123e18ff450
	.quad 0xc068900241480000, 0xb458ad2a612fcd94
	.quad 0x4118000040dc90f0, 0xfff0000000000000
	.quad 0x82fb37121989b2e7, 0x3ff0000000000000
	.quad 0x8818b68aff800000, 0x3b14000080ffffff
	.quad 0x7c374ca04a24fc00, 0x5e707996ebb8c000
	.quad 0xc17fa10cd2d7eabf, 0xedae11818dea94fa
seed38:
	.quad 0xb8a6b0d499f5ecff
	.quad 0xd741fe8e2a1a250d
	.quad 0x0020000000000001
	.quad 0x0000000000000344
	.quad 0x7c6d0fa3d7f25397
	.quad 0xffff5e2e0b387ab3
	.quad 0x3742908215685263
	.quad 0x001fb5bd971286f1
	.quad 0x3af8fbe85e1514fb
	.quad 0xfffffffffffffff2
	.quad 0x171a671eaf99e962
	.quad 0x9e12b816c3aebebe
	.quad 0x000000000000001a
	.quad 0x2d911554c0f0dae4
	.quad 0xa2ee8d1729f91c70
	.quad 0xe91c093cd730dd16
	.quad 0x04400000
	.quad 0xc0000000
	.quad 0x5d103782c0bc1c15, 0x679e97b3c14d59cb
	.quad 0x1b947a376ffb8774, 0x7ff0000000000000
	.quad 0xc102000080000000, 0x9f5273f13d1d780a
	.quad 0xf63cf0cf00000001, 0x42b1c47179bddbf9
	.quad 0xa2b7c345d4a50800, 0x7eab7d23342aacf1
	.quad 0x3f7eb5eb98596b4c, 0xb641c9bcedaf9fbf
	.quad 0x3c2c791d93bacdfa, 0xbf831db57fb01a01
	.quad 0xe6fdba797fe25763, 0x817891ebd04f82c3
	.quad 0x3f917b816d9dbf61, 0x7f3fef2b804c9500
	.quad 0x3f62800000000000, 0x000000004187ea76
	.quad 0x403aa7e0fad29db2, 0x000fffffffffffff
	.quad 0x410c800000000000, 0xf56cb73c8c781cea
	.quad 0xc0ef400000000000, 0x800fffffffffffff
	.quad 0x800cd56b1aea08ac, 0x7f8000002790a45c
	.quad 0x410800008060da4c, 0xc00e7a1dc3f14ace
	.quad 0x3f86e96d039c4d8c, 0x401d000000000000
	.quad 0x7f800000ff800000, 0xc3ffffffffffffff
	.quad 0xe8efb8dbbbddd7fa, 0x3bd80000d67ffffe
	.quad 0x6ec02e38b5f3effb, 0x0f35f6848ba6fb4d
	.quad 0xc661c4faee74b90a, 0x9ab797c08050d011
	.quad 0xf0921147547abf2f, 0xff8b161b3eff77dc
	.quad 0xc4a08000c65a5d29, 0x7c5390dc01000000
	.quad 0xfddfd2961fb453a7, 0x7729700c48800000
	.quad 0x0a274382a3bd9241, 0xc71d3daab69b3800
	.quad 0x63c05baa67c2d7c3, 0x027dcc0dd89c2028
	.quad 0x7fbccd688dbe616d, 0x24bd7032fffffd8d
	.quad 0x5e3f36abfe800000, 0x0d2d4cfc7ddf116d
	.quad 0x8007dca93676c0f5, 0xfd41918742080000
	.quad 0x7f956421807fffff, 0x477ffffe813831d3
	.quad 0xff9c344f43c3d571, 0x4001566a4025aeef
	.quad 0x8868a94159de011a, 0x71c53ae9ff62a279
	.quad 0x992f5745f7948e0f, 0xfa8e1f07949f01f4
seed39:
	.quad 0x0000f522fd2e3748
	.quad 0x0000000080000000
	.quad 0x000000000001c021
	.quad 0x8a53b3a21658f571
	.quad 0xf10dcf6898ebf7ad
	.quad 0xef39a96b52d4b488
	.quad 0xe51250ca29da6cff
	.quad 0x3ba2d4f7ba8384e4
	.quad 0xa806fe709a29adf7
	.quad 0xfff2abb8d386f106
	.quad 0xffffffffffffff20
	.quad 0x0000000080000000
	.quad 0xfffd77dd533cdcfd
	.quad 0x5c51f828dbcdd148
	.quad 0xffffffffffffff45
	.quad 0x68d4c13753b3f41b
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x8439fc193e1adcc2, 0x41ff68cb7fc00000
	.quad 0x216b6134fbf94860, 0xd6a9f092bbff83ff
	.quad 0x800000004159c09f, 0x00000000fe4df5ea
	.quad 0x5887529f7eb0ce57, 0xffe0000000000000
	.quad 0xffc00000cf800000, 0xd5997e305e1dbb4d
	.quad 0xbf96b036adb38fb3, 0x41600000014f3beb
	.quad 0x7ffc534745972d2a, 0x08f255f7ea9a5d44
	.quad 0x1f88a20bbf578000, 0x030948c6f67ffffe
	.quad 0xbd77497680093e44, 0x0a181d1e9ea0de8a
	.quad 0x0fd4e6713dfffdfa, 0xff80000000000000
	.quad 0x7a8b32d4ee1a3512, 0x3d567f5dff5f7eb4
	.quad 0x7ff1518e63b659f1, 0xde09d8327fbcfbfd
	.quad 0x624b9f2076468000, 0x40500000ff000000
	.quad 0x7fde76075a05de13, 0xfff0676271038b43
	.quad 0x0000000000000000, 0x46fc00002f667661
	.quad 0x279a88e56cb59b70, 0xc23ae416804e0085
	.quad 0x30f0086cff37fc83, 0xc021800000000000
	.quad 0x375000007fab982f, 0xd1f9f414e5eafe70
	.quad 0xc2c57433638a0000, 0x8000000000000000
	.quad 0xff5db62ef4e92f7e, 0x2fb1d7b85eef4380
	.quad 0x3cb1772ec3f06655, 0x556ef44a7f800000
	.quad 0xc81b84d8c6841a30, 0x41f0000000000000
	.quad 0xce9a84187ffbf8db, 0x76d0674a17e2cacb
	.quad 0xcf617bba0d4e8eaf, 0x7f80000000400000
	.quad 0xc020800000000000, 0xfff0000000000000
	.quad 0x0c8ec16705aa3c01, 0x80000000bfb15ee0
	.quad 0x400b6e860b89607d, 0xdd61068775ffbfbb
	.quad 0x800000003b852863, 0xa691a4a3689bb8ea
	.quad 0xbff0000000000001, 0x563c06257fca4600
	.quad 0xfff0000000000000, 0x80000000ecd39337
	.quad 0x800fffffffffffff, 0x7ff0000000000000
	.quad 0x7d94f6eadef3b856, 0xbf73b0df00ec627a
seed40:
	.quad 0x352d412035cfe012
	.quad 0x00000000ffffffff
	.quad 0x0020000000000001
	.quad 0xffffffffdf21b123
	.quad 0x2d6f8de2529d49b5
	.quad 0x000000000595000d
	.quad 0xf4d8436d87325652
	.quad 0x1a1751d0defb1d23
	.quad 0x000000000000010f
	.quad 0x0020000000000001
	.quad 0xfffffffffffec53f
	.quad 0xf40be6fe886aa9ba
	.quad 0xffffffffffffff91
	.quad 0x0000000001ddcaab
	.quad 0xffffffffffffffff
	.quad 0x0000000000000015
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0x00000000ffa49e18, 0xc146f6bcffffedb5
	.quad 0xda6c922b6c25fdfd, 0xa4a92ac702ed8000
	.quad 0x400010cc0425bacf, 0x7a3af0b4d5fcb210
	.quad 0xffd46c8d83ed5218, 0x0000000000000000
	.quad 0x9d3289d2c18000f4, 0x79f5467140600000
	.quad 0x40591e2449aed15c, 0x60201e1a7ffffcd3
	.quad 0x40385e32eb0a73fd, 0x97ef6c0b7fc00000
	.quad 0xbfdf35e952102296, 0x14831e4d4ffffffe
	.quad 0x7f9798328074a4f4, 0xc1e5f26100000000
	.quad 0x00000000bfad086f, 0x0000000000000000
	.quad 0x79d9c9be42bcb8a9, 0xbfb0000000000000
	.quad 0x000b2ad35e7117aa, 0xb958000076baff6f
	.quad 0xc5cb4d6e4ad794e2, 0xa416db8f5844ecc8
	.quad 0xf92fd91f7f800000, 0x8000000000000000
	.quad 0x20a11d6fd6153055, 0x030fb0f2079a664a
	.quad 0x7fdfffffffffffff, 0x0d159710cbea40b8
	.quad 0x0e85ba335bc59f0a, 0x42b9b802eb29a2c8
	.quad 0xbfd478f47fa503d7, 0xc041a3ad00e76dec
	.quad 0x7fb3992d6ed7eb5b, 0xbb1d8000c134e42d
	.quad 0xfff8000000000000, 0xfff51bdb80ecec7a
	.quad 0xf0d28869fff7dff9, 0x73575c527bb4a5f6
	.quad 0x7db70a507116389b, 0x0008886d80000001
	.quad 0x3d400000bd49c4f1, 0x3fb496aa7adbc6c9
	.quad 0xfff54ac680000000, 0x8000000000000000
	.quad 0x6d307149249a55ea, 0x1de09b0e003bc001
	.quad 0x031c066042f64997, 0xfff8000000000000
	.quad 0x905cdcc994fbdeac, 0x584fe2ddff94fb34
	.quad 0x7000c135919278b9, 0x400ffffffffffffe
	.quad 0x40bd39058f79d65a, 0x983ee979671ed38b
	.quad 0x4008944987921bf1, 0x7f9bd844f7cd2e55
	.quad 0x8cbbdc6143257667, 0x0116cea8633f993e
	.quad 0x7f87c4b494f9739d, 0x3c2860ed207ca255
seed41:
	.quad 0xf7fdd78b71c10722
	.quad 0x00000000020aebec
	.quad 0x0e14132846971cc7
	.quad 0x0000000080000000
	.quad 0xfffffffffff99f7e
	.quad 0x859cead78fac40f7
	.quad 0x48e1101fe9753832
	.quad 0xe87d99a74eca389b
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xc5d22d18a653181e
	.quad 0x48407277af39e12a
	.quad 0xd202cca520dd5d22
	.quad 0x0000000080000000
	.quad 0x0000000000000006
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0x5ffffffe40b55a19, 0xff80000041180000
	.quad 0xfdbb02bc3f26cffa, 0x00000000ff46ed97
	.quad 0xb55360a57f91d3c0, 0x7ff8000000000000
	.quad 0xbc1ae7d8bcedbadb, 0xc00b83d8654e4e93
	.quad 0x1f7689a6ffbdfe84, 0x800000000a4386f6
	.quad 0xff85aa013bbb0000, 0x7ec2f8a51a78a266
	.quad 0xc1bb7978ea1d7c19, 0xff911d19549b5033
	.quad 0x063b2e367f943924, 0x800fffffffffffff
	.quad 0x4a374735858b3c01, 0x7ff9ebbb86e62ef7
	.quad 0xfff6b76980000000, 0x8025153186a27c2d
	.quad 0x6ebdf084b91c1f9d, 0xec0a4aa4d5f7f77f
	.quad 0xff7dc87f02d5c371, 0x61dcf1f962331ece
	.quad 0x50b18a42e93bdf2f, 0xfff0000000000000
	.quad 0xc3d2eb573f9b4127, 0x4a04759165f8b5a3
	.quad 0x0027999389b20027, 0xda186d3ac873d180
	.quad 0xbf3c95f900000000, 0xfff0000000000000
	.quad 0x7f80000080400000, 0xfeab67edaf8b748e
	.quad 0x402b9757a9d04aa4, 0x82cbc29b6739d5b7
	.quad 0x5f0000007f95182e, 0x7ff1c6946e6f6d1c
	.quad 0x7effffff40d00000, 0x39f98dd0517bc1c3
	.quad 0x4022800000000000, 0xffff4ec6004a4f89
	.quad 0x7ff0000000000000, 0x62d82c223ca8c928
	.quad 0x909929c8fffb0155, 0x4335100abcd75a68
	.quad 0x5200335cb739fffd, 0x7fc9ac25c8c00000
	.quad 0xc2bb98aa7d5ed09c, 0xbf96a32a3f7fb589
	.quad 0x5f000001881d4685, 0x4330000000000001
	.quad 0x0000000000000001, 0x405b9e8e45717316
	.quad 0xc1f049b8568bfc00, 0x6bd574bbc3a2d447
	.quad 0xff8000003d258c59, 0xfd08fa6297c84a75
	.quad 0x21f2a792ad5064dc, 0xc041c79bffccf0af
	.quad 0xbfb0a3dc288a3642, 0xb882ed2bdfd7efdd
	.quad 0x25338686ffbdfffe, 0xcb9895bd08943f3f
seed42:
	.quad 0x000a5e3e6c4e469c
	.quad 0xf5a4ff88490e566d
	.quad 0xfffff5037cf30b1a
	.quad 0x00006a27398e6ba6
	.quad 0xae6002ba646b0fe5
	.quad 0x1ee5c5cb76cca192
	.quad 0x0000000000003aa2
	.quad 0x0000000000000001
	.quad 0x71033e802eb2c7c4
	.quad 0x8b16ca8a3045713a
	.quad 0x809ddf07b344a69f
	.quad 0xc35ac14e72b34223
	.quad 0xffff00c8f685a1a4
	.quad 0xb7a45bdf7a58a6c1
	.quad 0x0000001acf6fc039
	.quad 0x000000000000002b
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x06406977bf800001, 0x648e67f980800000
	.quad 0x800a506e41cb16a9, 0x7f8000005a7a8e8d
	.quad 0x7497014efffadf96, 0x3e2795354009cb4c
	.quad 0x8010000000000000, 0xfff306fb535a4890
	.quad 0x3ba570bfbbc88000, 0xbc30e134817fffff
	.quad 0x0012d1d409e792e0, 0xfff0000000000000
	.quad 0xa966222e5220fe00, 0x7716309dcfc77c94
	.quad 0x488b8ffaf7ededf3, 0xbf6fc00000000000
	.quad 0xc28bc31b7e8825a8, 0xc98680003cfd2473
	.quad 0xfff0000000000000, 0x7ff4d36e54556be5
	.quad 0xc02e17d4767d3920, 0xfff0000000000000
	.quad 0x3d387f029a5cfc00, 0xc78000007eb1577d
	.quad 0x7ff082cdcc3a1644, 0x7a2b8db33f100479
	.quad 0x33e50413d1a42708, 0x8000000000000000
	.quad 0xc110000041e76cae, 0x819b19e842bad1b4
	.quad 0x5197ecb777ef7c00, 0x4034000000000000
	.quad 0x4120000042fcf817, 0x7ffd044786b34c9a
	.quad 0x0000000000000000, 0xc04b6d99fe0f5303
	.quad 0x8000000000000000, 0xc1d2d18e149583b9
	.quad 0x86a3640a7fc01503, 0xfc24ae85729143fe
	.quad 0x7905cef77bffffff, 0xab2b85cc3eb98b78
	.quad 0x8042ebdf43438954, 0x7c93f5cd990b0000
	.quad 0xa1091090c4ca6149, 0xbfe8000000000000
	.quad 0x5fffffff0060d0cb, 0x00429328c3a2284f
	.quad 0x7fa7fba00d6e3808, 0x1306ca837fc00000
	.quad 0x365f2543696dbf45, 0x98126558ff4fefe6
	.quad 0x3ebfc00000000000, 0x013ae05c7e95d17a
	.quad 0x7ff393718a51ef13, 0x71d500fe1a797c00
	.quad 0x8000000000000000, 0xc0e0000000000001
	.quad 0x13fddfe7ffffffff, 0xffc000004313e63f
	.quad 0x4c121895285070f5, 0x8ff48750b6407cb6
	.quad 0x7fdfffffffffffff, 0xa70cb2b32aef37ed
seed43:
	.quad 0xfffffffffffffe72
	.quad 0xcac3a844e07e7deb
	.quad 0xddc708784d7e1588
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0x00000000118d13da
	.quad 0xfffffffffffe0aa7
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x6916095d6073cd4d
	.quad 0x000013a80b8c7ffb
	.quad 0x00000033a10a2428
	.quad 0xbe8e74c7a225e31b
	.quad 0x0000019b0fb34866
	.quad 0xbfd6542931390c4c
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x7ff331316940be2c, 0x213435ecffc00000
	.quad 0xa55d6416f861ee6a, 0xc040000000000000
	.quad 0x43f1244b7fdff2f4, 0x3fb783028823bc1c
	.quad 0x726ab216004da8da, 0x7fe0000000000000
	.quad 0x3f44d90dc30c99e4, 0x3fd4d69b82688cc2
	.quad 0x54ce38b6ffdebf23, 0x9505bd44fd73fffb
	.quad 0xff8df387c0000000, 0xc1c726da4ef8d8d4
	.quad 0x800b98b319f6b045, 0x55b34afdf7a003f4
	.quad 0xe7ec1b93451aec98, 0x025f352335f84231
	.quad 0x627fffff3fb19933, 0x5fffffffc1a24b67
	.quad 0xaf17e0abffc25b4f, 0xf155defa7fbdfe8d
	.quad 0xc0bc000041e8898a, 0xad862acbfe8df6b4
	.quad 0x41dbde0a7f876a38, 0x8000000000000000
	.quad 0x5e7fffff94d25b87, 0x591b7b2cffb7fd86
	.quad 0x410c0000c3aff45f, 0x00000000c1200000
	.quad 0xff80000000800000, 0xbff2000000000000
	.quad 0x800000017f800000, 0x800fffffffffffff
	.quad 0x93c125d1134e7cda, 0xfdf3e8e415175dda
	.quad 0xb569e557fcca84f4, 0xfd9b939e554835ff
	.quad 0xff9a8dbc9813e9dc, 0x3fcc095e00000000
	.quad 0x19b21b21667b7b67, 0x95053fb1902ad53d
	.quad 0xe18b20e67fffede5, 0x0264301a768e35e9
	.quad 0x4a11f4e9807fffff, 0x75e29abef5d57a93
	.quad 0xd3fffffe7f800000, 0x40352c0affb2281a
	.quad 0x7ff6141714638e21, 0xc108000000000000
	.quad 0xc05fad782ee22bd5, 0xc068c437386376a3
	.quad 0x1af0b4ae662ff9f0, 0xb3b25efcf42578a9
	.quad 0x3fcd763da5e7cf53, 0x403fae7353edc585
	.quad 0x806738339d90b018, 0x52b0ea54f00b8800
	.quad 0xff000000003563d8, 0x817c64549720e52e
	.quad 0x6ff9097ec2a1d6cd, 0xc0300000003e07b3
	.quad 0x54c4b3a68a90d8a4, 0x7f83495effc00000
seed44:
	.quad 0x41c0af3b533664f1
	.quad 0x00000000000000ed
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0x53bc64e9282a8d0b
	.quad 0xad79fc91fc8ef410
	.quad 0x85af5d533a823a49
	.quad 0x00000000ffffffff
	.quad 0x0000134e2a564926
	.quad 0xfffffffffffffff6
	.quad 0xfffffffffd4a1c59
	.quad 0xfffff47f0b4d4c54
	.quad 0x00000000ffffffff
	.quad 0x14ec76e750c6a7dc
	.quad 0x0000000000000001
	.quad 0xfffff44453fed816
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0x817fffffc282e84e, 0xdb5bb3b57fdeca03
	.quad 0xf95924dc6d88835b, 0x521fa30ca999f82f
	.quad 0x6c2aa3147faa46a3, 0xc11ba831c262565f
	.quad 0x7f897e314f800001, 0xf9f4e10f80000000
	.quad 0xf159f3727199dc32, 0xdf800000c11c0000
	.quad 0xeb8d4eb2757c6380, 0x3fc725dbb5630c60
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0x9da1a70f7fe6cd5c, 0xaea55ac799fbdfbc
	.quad 0xc2e5614d41723b1f, 0x5a7fffff42c76f60
	.quad 0x7f8000007fc00000, 0xff800000ff800000
	.quad 0xc4142587d3bb7313, 0x000000007fc00000
	.quad 0x7f3a2c1aed421f84, 0x3fdea19f6b3dac4d
	.quad 0x800000004332711f, 0x3ef4000000000000
	.quad 0xfff0000000000000, 0xe4c3b5e2a1200142
	.quad 0x804000004f010773, 0xdb9db177ffde7fbe
	.quad 0x5271acc0eaee57ed, 0xc75b390ebfaf3dff
	.quad 0x0000000000000001, 0x35a1c9e2c00304cd
	.quad 0x2dc6323bee36d366, 0x7f8000000061ec79
	.quad 0x92c4b4863c8faf9d, 0x4d01b8ea7fffcbfa
	.quad 0x7fd5265050a465c1, 0x3bd238bedf800000
	.quad 0x28d60736bfffffff, 0x74614769c6d6fe92
	.quad 0x58057bc6cf90fc9c, 0x80800000f829110f
	.quad 0xffb1da1438e3aff2, 0x28b78424be368000
	.quad 0xfff8000000000000, 0xf66868aa394e3f80
	.quad 0x7ff0000000000000, 0xbc8e726b6ed81dfb
	.quad 0x0082819b00000000, 0x4b371101fffdfffa
	.quad 0xe048e3d9eab87d3e, 0x80472463c7000000
	.quad 0x7f9c3cdec4dd0000, 0x7fbc64b94f5f2b7e
	.quad 0x42fb1570c005ac6e, 0xbe6699ff8133ce50
	.quad 0xf612d62360e990e0, 0x3877bbafb7eefcec
	.quad 0x0007f963852d68ca, 0x7de4fbca52481a0e
	.quad 0x7fc00000ff18711e, 0xebb059e841100000
seed45:
	.quad 0xfffffffffffffea9
	.quad 0x0000000000000001
	.quad 0x671f97aa5c6f0de0
	.quad 0xfffffffffffffc93
	.quad 0x75ef7b84daeb6829
	.quad 0xffffffff80000000
	.quad 0xfffffffd3bd7654a
	.quad 0xfffffffffffffea3
	.quad 0xe4a8b7b5e87c8237
	.quad 0xce5c170a7c827b6f
	.quad 0x000000001b6735fa
	.quad 0xfffff38e4772c427
	.quad 0x5e79717e35611055
	.quad 0x0020000000000001
	.quad 0x7f13f795de4b3d53
	.quad 0x0000000000000000
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x238e8f69ffd7f3de, 0x42ccfc59ffffff54
	.quad 0x6f44c0e6d7a1fc00, 0xd1d95953c29af944
	.quad 0x7f80000080000000, 0x067dcea5ff9f7fbd
	.quad 0x59ffffff3f57a9d0, 0xb9038da7ffe5dcfd
	.quad 0x40a1000000000000, 0xff317881ae5e495d
	.quad 0xc14a4bf83cb3ea6c, 0xc002000000000000
	.quad 0x2bb9ba20c0300000, 0xbf4c000000000000
	.quad 0x7ff0000000000000, 0xc053b6c45e38f260
	.quad 0x8f60c251cf620000, 0xc263b3f845000000
	.quad 0x800000003bbce837, 0x7ff0000000000000
	.quad 0xc2be506fddfb5ff5, 0xf7011e75806e0620
	.quad 0x44b800003c4c57f4, 0x848a45ca64fe034a
	.quad 0xc3cc00007fbafb94, 0x5268e4d120fdffbf
	.quad 0xf243ae502e2a9f5e, 0x459d0000982206f6
	.quad 0x50022ff17fb20974, 0x17445d60976ebb36
	.quad 0xddec2a9b3fa3c580, 0x42841dcef0c02d22
	.quad 0xf5f8237dfeefbbff, 0x8ba19abc78b0142b
	.quad 0x564067e3e2516475, 0xc0fca056da9f334d
	.quad 0x428a0000809d1524, 0xfff8000000000000
	.quad 0xbfc1d63999e9eceb, 0xc0f0000000000000
	.quad 0x8023860643a4f7d1, 0x1705b737ee9a8c3c
	.quad 0x2273935c27d8be03, 0x3cb83ac600000000
	.quad 0x293e006526248748, 0x365087c5fff2fc00
	.quad 0x0b746a14ef7b56b3, 0x2417dec0396964b4
	.quad 0xbdb647ea411c0000, 0x40142aa2037479db
	.quad 0xab203aaf47d7b2d8, 0x41080000bdd6844b
	.quad 0x0eb62abfff97f8de, 0xb3450fedfe3c7bff
	.quad 0x2f4b4eb9dd068ccb, 0xffbcb069c7d771cf
	.quad 0x4d566ef93fffffff, 0x47fe412fb20353ae
	.quad 0x80f629873f100000, 0x341383f446b00000
	.quad 0xbfece37d7bfcc948, 0x2d0ecc030eb27bff
	.quad 0x1b2e862295744a8c, 0x4330000000000000
seed46:
	.quad 0x00000266de171a07
	.quad 0xffffff63675716a9
	.quad 0xffffffffffffffef
	.quad 0xfffffffffffffee0
	.quad 0x1a54394c42413675
	.quad 0x8000000000000000
	.quad 0xfffffffffffffefa
	.quad 0x8d13c17bef069755
	.quad 0x00000000000003cc
	.quad 0xfffffffffffffe1c
	.quad 0x00bc44c5a5d8cc9d
	.quad 0x00000000000002c0
	.quad 0xcdb9369c7a11c341
	.quad 0x00000009f15ed545
	.quad 0x00000000ffffffff
	.quad 0x00000090863938b8
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0x402ac3b360f90d57, 0xd02ca357ff9e7c00
	.quad 0xff8e780abcd10000, 0x8000000040b80000
	.quad 0x0000000000595b87, 0xd5d3302ceecf9f1c
	.quad 0xdefbeaea051784e0, 0x12cd701cfffe7463
	.quad 0xdcbeb00113689b80, 0x0000000041200000
	.quad 0xffaed80786c2782c, 0xb377a5f7ffae7c00
	.quad 0xa186e5df5b715f8b, 0x2041dcb9d275fc00
	.quad 0xc11800007fa4bf13, 0x36178000058d5417
	.quad 0x0000000000000000, 0x5671997a10980000
	.quad 0x7f1703b2381ce632, 0x6b1fd001f7defc00
	.quad 0xcbaf898eebaf03d2, 0x0f438f81fec53df3
	.quad 0x4e82889f1dc5034a, 0x8025f2145d961de6
	.quad 0x7d994c3e74ea9321, 0x44989feac2109f81
	.quad 0x3c7dc3fb7f9ecb78, 0x6ef2e5fec8ae81df
	.quad 0xfff0000000000000, 0x4988c11ddd8e3e77
	.quad 0x4c85cfacff72c7fe, 0x40a80000007d38ad
	.quad 0x5ce4bfd9fafc0000, 0x41e9d70960fd5c14
	.quad 0x7ff8000000000000, 0x0775b1cd1aa28000
	.quad 0x3a40000004136421, 0x54448f03be5fcf51
	.quad 0xdfaba014ff79ff63, 0xcf5e97910da14e19
	.quad 0x4055af4659c9549b, 0x806bcf5680e8490e
	.quad 0xfff0000000000000, 0x41e76747d05b3231
	.quad 0x7f800000ff93cb94, 0xff80000080000000
	.quad 0x9addb94935c00000, 0xdf7fffffff800000
	.quad 0xd2b2b2e3fd2bfe19, 0xaeedcbddc6fe8000
	.quad 0x3fd5c00000000000, 0xbf9a733b29c8ec83
	.quad 0x3fffffffffffffff, 0x93ae8fa87fbdfefb
	.quad 0x0000000000000000, 0x3cd4cf87bfd9f8bc
	.quad 0xcfc8b846007fffff, 0xe723971a22d62272
	.quad 0x5e2fc34aeff4e3b5, 0x4000bc5ca2c95448
	.quad 0x039f29c3aa8f475a, 0xef4e2ea3ffa7c44d
	.quad 0xbfe87effffc94600, 0x106cd0b3087a04a9
seed47:
	.quad 0xffffffffffffff5f
	.quad 0x0000000000001d0f
	.quad 0x000000f7ebb5c4db
	.quad 0xffffffffffff3066
	.quad 0x00000000000002fe
	.quad 0x0000000000000102
	.quad 0xfff9c3654735f7ef
	.quad 0x00000001c989f621
	.quad 0x0000000000000000
	.quad 0x9d45867ce629e035
	.quad 0xfffffffd1b3f64b9
	.quad 0xfffffffffffffdce
	.quad 0x2ab93cbb866a5052
	.quad 0x691ae1b5fe99025a
	.quad 0x105bcbc945ee1091
	.quad 0xfffffffffffffecd
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x0020000000000000, 0x4bfeecf3ffaffdbf
	.quad 0x3b800000ff83b22d, 0xc2581cb2ffda8541
	.quad 0xbc8544d3bb600000, 0x5dc3de897fc00000
	.quad 0x00547e82265409c5, 0x80000000b2695c32
	.quad 0x0000000000000000, 0x88e6eba77fdd4ff9
	.quad 0x3fb7359cfaa13a56, 0x80fdb3e54fd876c0
	.quad 0x3ff5b646abd53f40, 0xbf6b000000000000
	.quad 0xc0e6fd8567039ecc, 0xc0c8000000000000
	.quad 0x403f000000000000, 0x40c800007ffea4a3
	.quad 0xfff0000000000000, 0xff06bb8e46e00000
	.quad 0x0142425aabb77c10, 0x400ffffffffffffe
	.quad 0xc045f90acce04518, 0xab4ee584ef3a1aa8
	.quad 0x807fffff1e25769f, 0x9437e02ebfda5103
	.quad 0x0350cff7b6e37c00, 0x00056977800c81cf
	.quad 0xff5a8f9e33ab378c, 0xae19b924f9fe0200
	.quad 0xbf2b2d9245dcba53, 0x0758b10efff38e20
	.quad 0xc77ffffe7fd5cc21, 0x7da2f1d829260363
	.quad 0x433a60a04d9b282e, 0x000fabd10ad0ee5c
	.quad 0xec50cb85432d0000, 0x806beb9cdd6dba39
	.quad 0x0ef59b9bffe2f6e3, 0xf3ddadd8f9b3dfee
	.quad 0x249e1964e7debe5b, 0x7eda2d2221185e19
	.quad 0x09a49f8cd389a21f, 0xb61ca3e3f40ed893
	.quad 0xbf7a15dbabd49734, 0x325f1dcd4f78ff78
	.quad 0x7fc0000041c48ac0, 0x40d8000002bdbdb8
	.quad 0xccbb1d31d868d0b1, 0x7ff0000000000000
	.quad 0xe86b559545fc0000, 0x4bfb4ad8ff75e7fa
	.quad 0x3b6030834385fc9f, 0x007fffffff800000
	.quad 0x7da51c131b198b0e, 0x3db12aadfff1ffb3
	.quad 0xc0458054700d099c, 0x40ad5071777efed4
	.quad 0x8005497b206fc974, 0xbd336106453c4f0e
	.quad 0x6200ca671ff681e5, 0x3f5acb4bbfedf400
	.quad 0x03cc751eb65d1167, 0xc050f357910d6c9e
seed48:
	.quad 0xfffffffff475e7e5
	.quad 0xffffffffef18bd45
	.quad 0xa8a7f12c11af09ca
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe61
	.quad 0xffffffffffffff3c
	.quad 0xfffffffffffff3f0
	.quad 0x000000000017036e
	.quad 0x44195397d31ae932
	.quad 0x4aadbffaf87cfd62
	.quad 0x00fbabe38ce7a77a
	.quad 0xfffffffffffffcd1
	.quad 0x0001a4a5b243f4fb
	.quad 0xc3a49aced84b95a2
	.quad 0x000000a536a3f5f9
	.quad 0x0000000000000000
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0x9505bf106c68d400, 0xc1f003229620531f
	.quad 0x4012000000000000, 0xc3f357e780000000
	.quad 0x5c5ec6e3bdfdaa11, 0xbd1d98464f000001
	.quad 0xe6329d432c0d4900, 0x6147f121c1207bdc
	.quad 0xc0679d21156fb336, 0xc0900000fffb6e32
	.quad 0xc07c5935acb0c056, 0x3ca4a5375bfffeb7
	.quad 0x4048897665644dbc, 0x80405b05309011fb
	.quad 0xda3c11b4bf800001, 0x800fffffffffffff
	.quad 0x800b14203dc6094c, 0x80067a9adbcf7b83
	.quad 0x7f63d3923c2d2cdd, 0xfffafe8b7e7c97db
	.quad 0x677bbd683f1ebcee, 0x7f800000ffc00000
	.quad 0x3c564a9655000001, 0x80ffffff7f800000
	.quad 0x67e0259bda000001, 0x8f1df13f000ae928
	.quad 0x7f800000a8a7b4f9, 0xd2b9ab9f6cfff6e0
	.quad 0xffdc30cf58f648d4, 0x9d0429df6b39e88e
	.quad 0x3f60d51000000000, 0x41140000c19b957e
	.quad 0xc57ccc9cfb6667df, 0xffbd2cdcbc41cc8b
	.quad 0xce38a079efe4bf73, 0xba0e147e1fa980dd
	.quad 0x7c3c2f9e4935c95d, 0x401f000000000000
	.quad 0x98ab9f6a00000000, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x3fb353d62648eb4e
	.quad 0x7ff0000000000000, 0xe3d146cccfffffab
	.quad 0x43d2c3187fc00000, 0xb941dac7314c2910
	.quad 0x6f297b2703bc0115, 0x08ed8d35a0f0fd78
	.quad 0x509b16a3c97e091a, 0xc000000000000000
	.quad 0x4e1081619975bde4, 0x00000000394f9c7f
	.quad 0x95ac50dc547fcccf, 0xd1fa2b34f6f65da6
	.quad 0x54d7ce20d937cc08, 0x07dd857ac0205abf
	.quad 0x201c8b5d5bddfc30, 0xc064000000000000
	.quad 0x681fa515fdbdfeb1, 0x9fe6af3018c67c00
	.quad 0x3f9dbc842ed4b56b, 0xb88d000080000000
	.quad 0x145172e1a3bac3ad, 0x41b168df80000000
seed49:
	.quad 0xd34f56c0c91016dd
	.quad 0x0000000080000000
	.quad 0xee900a3a5a53e7c7
	.quad 0x30caf4a916df8f69
	.quad 0xffffffffff5dc524
	.quad 0x00000000000000a5
	.quad 0xbe2e6fced0f2e10c
	.quad 0xfffffffffffffe3b
	.quad 0xffffee00c3565274
	.quad 0xfffffffe30dbacfd
	.quad 0x25f1397b9413ba6a
	.quad 0xfffc1209ee4d1fd9
	.quad 0x767a33ebdc98c6a4
	.quad 0x33f45a932b68ba1e
	.quad 0xef93125a69c7c4ad
	.quad 0x0000000005e0d3b7
	.quad 0x03400000
	.quad 0x20000000
	.quad 0x23af7527ffdb7800, 0x40000000c3783860
	.quad 0x0039d9cb40000000, 0xbfe368e408491b51
	.quad 0x31b27bc8ffff7dda, 0xbf2f000000000000
	.quad 0xc33551343cc30277, 0x7f9f25d43e4d819c
	.quad 0x416deeaef7fbefa3, 0x433fffffffffffff
	.quad 0x41080000017cf753, 0x00b7f10600800000
	.quad 0x43d99921c11c0000, 0x7687048eaf990000
	.quad 0x6023e5c2ffb97b55, 0x0f988bedc5ef7035
	.quad 0x43d678228ede2943, 0x19b45c9bbe639e73
	.quad 0x7ff02399ab0a0d42, 0xfff053bf72dda296
	.quad 0xc0efffffffffffff, 0x4010000077f93532
	.quad 0xe60182d03a9ea5b2, 0xca427510be5efa6e
	.quad 0x0034c9a28908d371, 0x3f89277c52309edc
	.quad 0x401d99220d0f0f88, 0x5c272c00fffdb1fe
	.quad 0xc2f73e79b6a6367d, 0x030723bea54268e4
	.quad 0x807fffffaae9eb90, 0x3fc84e9987de967a
	.quad 0x612b7376a38133e7, 0xfe55cc5fa0fb086d
	.quad 0x000000004f800000, 0xc241a74e6aa80400
	.quad 0x4062a1d593e87e47, 0xbf97669150a7cf31
	.quad 0x7ff74b85893d6990, 0x0f98084942a44ec1
	.quad 0x7595c0a5bfecb22c, 0x83aadc4350300396
	.quad 0x4054de43daba751d, 0x8000000000000000
	.quad 0x7fb8bc7040d9493e, 0x8007b198d41f2b87
	.quad 0x8c5a339ae2fdda25, 0xc0c6000000000000
	.quad 0xfdd9b6ee4aec031c, 0x7f800000c191d135
	.quad 0x19271ab5c1180000, 0x3fae000000000000
	.quad 0xbfef2a2570ee85dc, 0x8000000000000000
	.quad 0xc777acacbbe2d81c, 0xbfe4000000000000
	.quad 0x652d87cbcf069989, 0xec3997587e800000
	.quad 0x6ed1bd97f26805f6, 0x13370d2663876ab8
	.quad 0xff800000c2de5fd2, 0xff815f4ac0b3bd52
	.quad 0x0000000000000000, 0x800495f59933d2e2
seed50:
	.quad 0xc7bcd204cf43c7da
	.quad 0x06103201b0e7ba2b
	.quad 0x445396424914ba95
	.quad 0x0000000001ba2d60
	.quad 0x0000000000000201
	.quad 0xe201f89c111da076
	.quad 0xfffffff68c68f027
	.quad 0x0000000000000000
	.quad 0xc527c15758515499
	.quad 0xdef7fd2166c11584
	.quad 0x0000000000000372
	.quad 0xf0cdfeab2be6be86
	.quad 0xfffffffc747fcdc3
	.quad 0x79c63c60b049a819
	.quad 0x1cf6d00fed02a4ed
	.quad 0xffffffff80000000
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xdadf31419dd9c1ad, 0xc35f1dfc00000000
	.quad 0x7ff703539fbcf0a5, 0x003c51f600ffffff
	.quad 0x713e12109e2d8272, 0xc07fffff7f800000
	.quad 0xfb2aa97e8016e2b3, 0x9b5f6c6db7feff7e
	.quad 0xfff5c0de6722cbc4, 0x09dacd987e92af74
	.quad 0x7ff8000000000000, 0x4012000000000000
	.quad 0xf07354cd7fc00000, 0x800982fa8b4b2c92
	.quad 0x7769a8b580615ff7, 0x7ff0000000000000
	.quad 0xc3b18aefad610161, 0xfff0000000000000
	.quad 0xfffd5aa6836659a3, 0x438a492580000000
	.quad 0x3ff70920997b3b7e, 0x6d14f481eaaf7c00
	.quad 0x7ef9e4410c24e9f3, 0xfff0000000000000
	.quad 0xfd736d4f5987645c, 0x42adcb17ffa18000
	.quad 0x41060000006c9717, 0x4053a8f2061d1025
	.quad 0xb134e8b1cd05db00, 0x000000006bfbe674
	.quad 0xffd0000000000000, 0x00000000d9fffffe
	.quad 0x42dc4717ff3f3798, 0xa05ce12cc30a5dfd
	.quad 0xffa6ca45ffa0708e, 0x8042f3f000000000
	.quad 0x40514a51395b41c8, 0x28592c20ff3e7ffe
	.quad 0xd9800001f870f315, 0x159cc2c4df4fddfb
	.quad 0xe6d3aaf2a8010a0e, 0x6d4d811680e3124e
	.quad 0xbffffffffffffffe, 0x7f800000cf000001
	.quad 0xef2e5b0d6665ffa3, 0x80065f049b1fa5e8
	.quad 0x0000000000000000, 0xa0f8569029c40000
	.quad 0xffd0000000000000, 0xc07011b2ce5dcf2d
	.quad 0xff00000000000000, 0x805eac2940000001
	.quad 0x40faaf74ff800000, 0xc26538a67eaf955b
	.quad 0x2719b32f3a7b1e31, 0x0020000000000000
	.quad 0xbfa6e3bd929b827a, 0x2f8526fe9e7876ca
	.quad 0xc86000007fa04b1c, 0x96ea10e0bc26deef
	.quad 0xfff2103e7c7f0744, 0x273435befdf7b8cd
	.quad 0x43c000007ff56e31, 0x53f0f746cf85dce6
seed51:
	.quad 0xfffffffffffffcf3
	.quad 0x8000000000000000
	.quad 0x0000e6faed38c2d4
	.quad 0x494da89b0779388b
	.quad 0x0000000000e646b6
	.quad 0x00000000000001ed
	.quad 0x38982d90198b2b12
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x6ca06479921462ab
	.quad 0x000000007fffffff
	.quad 0x00000000daa40e69
	.quad 0x0000000100000000
	.quad 0x53b28defdc786ca7
	.quad 0x7cc30ca627e58bc2
	.quad 0x0000000000000000
	.quad 0x03400000
	.quad 0xf0000000
	.quad 0x7f673ae5be3c3442, 0x3f23900000000000
	.quad 0x8000000000000000, 0x4043ab2462a10300
	.quad 0x74bededcad120001, 0x759fd10524419d00
	.quad 0x0000000043791717, 0xbcd954f2817fffff
	.quad 0x3e50cd638c75ca19, 0x22cc96807739debe
	.quad 0x3fdb8bc840d201c0, 0x83b520f648d7a89b
	.quad 0x7ff1ae89f41782ff, 0xf7359b67c54ca274
	.quad 0x3fac94973507706c, 0x16fa386bb9eb7c66
	.quad 0xc0d3873c3fffffff, 0x117d79ee5cc67907
	.quad 0xc7000000ff800000, 0x3fcccaccd667cd47
	.quad 0x4cca1f1be147d3e2, 0xfef9f9ab58942141
	.quad 0x79ab375224e701e0, 0xffe12a0500000000
	.quad 0x017b9f427fa665e8, 0x86f4d28c344d7c00
	.quad 0x284d2068ce3dffcb, 0x8bf6132ad4bb8000
	.quad 0x8000000000000000, 0xfc3a041477bfdedc
	.quad 0x85bd1abe2f738120, 0xa07a326474c69795
	.quad 0x5b5190e4fdfef5d7, 0xbfd2b9c86dbd9234
	.quad 0x5ffffffe38ad8000, 0xfffc46485682db50
	.quad 0xfffa0314b2dfc0f0, 0x3fb44db0324ea072
	.quad 0xe26d04a14f3dbffa, 0x8f0a3b052b06eacb
	.quad 0xf63ff5efe4117cc9, 0x1eacfab9e2a67fff
	.quad 0x8c153b7cd39bfdf7, 0xe3eb0bba618e8400
	.quad 0x8000000000000000, 0x13d1dd58baf9f616
	.quad 0xff82e0ab7f9d1f6d, 0xffe56f209de6652f
	.quad 0xaa33331f7f800000, 0x091470efb3fafa9e
	.quad 0x6af9056dffa5c8de, 0x9158cd1a0a42b2f1
	.quad 0x1164b0d84d5ea3c2, 0x7ff0000000000000
	.quad 0x4330000000000000, 0xd20d77484dbb7cd6
	.quad 0xf9a99ad7c85ef800, 0x9fb603c866b16e79
	.quad 0x7ff8000000000000, 0xfbde3b0b7faf076a
	.quad 0xd52c1044fbffd9ef, 0x5f9981d22f617a66
	.quad 0x86527276c532d8f9, 0x37b8000047000001
seed52:
	.quad 0x8000000000000000
	.quad 0xf4706ab7bc6a944b
	.quad 0x0000006d015bd152
	.quad 0xfffec64c4e5ba808
	.quad 0xffffffffffffffac
	.quad 0x744e962c10a4a1e4
	.quad 0x79f86a2fc031f788
	.quad 0x2d921da9a1d61d3d
	.quad 0xffffffffffffffff
	.quad 0x27437b0d9c55b7ad
	.quad 0xb80c0b08e26968a2
	.quad 0x000000000000008a
	.quad 0xffffffffffffc5ad
	.quad 0x0000000000000182
	.quad 0x00000000000459c6
	.quad 0xffffffff80000000
	.quad 0x02c00000
	.quad 0xd0000000
	.quad 0x02f860b53637b0a3, 0xdbd4df473df7fdae
	.quad 0x7b3d29d30bd8bd00, 0x7ff04dbc6e19cee9
	.quad 0xc004000000000000, 0x89c027b9fff3eb29
	.quad 0xc0426f99aedb8714, 0x26a8148c7b7f717f
	.quad 0xfff3247994937540, 0xbf7432a42fd04da4
	.quad 0xdaffffff79b9b410, 0x000e7986ff1149e3
	.quad 0x8000000000000000, 0x4023800000000000
	.quad 0x62d740517c4f961d, 0x80000000461a0000
	.quad 0xff9ed5c18020d2e2, 0x5f5b6a74031a80e0
	.quad 0xf0c18f729041d52d, 0x400f6a00c95582f2
	.quad 0xffdaa2cb45eea38a, 0x8009c4cb79a03544
	.quad 0xc4468aafff800000, 0x655efa468057b5d4
	.quad 0x9a74361402fc6563, 0xbf99191dc523facd
	.quad 0x16a8a192f9fc7947, 0xc08400008cddb24a
	.quad 0x7ff20ed78024fbf5, 0x431291aa7faec7fc
	.quad 0xddffffffa07b28df, 0x805a7f6ac6b00000
	.quad 0x7ff0000000000000, 0x43bd0f52e8d21f26
	.quad 0x83b1ad76fff8ffd6, 0x3acfb9b44560c981
	.quad 0xfff0000000000000, 0x3f7f5058a1e9f09d
	.quad 0x975c38dc36907b70, 0x54c8be26f2876173
	.quad 0xfdeaea0afff84910, 0x34beda43c3dbd5c1
	.quad 0xfd1bdcf29c596a93, 0x25709eb97ffe5b8f
	.quad 0xc088000000000000, 0x3ede000000000000
	.quad 0xec3f1b25b9800000, 0xbfa82983d1872c57
	.quad 0x0fbab83f3cfdfbeb, 0xc0facc01f9a2ff09
	.quad 0xff8000005ffffffe, 0xff000000c9d88452
	.quad 0xf11e18045c3efc00, 0x3ed8281fe3fff9ec
	.quad 0xb6ebd63fba1c3ae3, 0x001f6dd4c7f7c850
	.quad 0x9a5447e7b5fdfeb2, 0x566c6ffb3cebfc00
	.quad 0x4c34642efebd7df9, 0x3fe0000000000000
	.quad 0xc6b9c791ffed8400, 0x7fa400e87fc94192
	.quad 0xab210e33fbedfffd, 0xf2197548dfffffff
seed53:
	.quad 0x83c2230e97c7dafe
	.quad 0x000000007fffffff
	.quad 0x000000000000035b
	.quad 0x000000000000008a
	.quad 0xf37505aaba8b7e55
	.quad 0xfffffffffffffd25
	.quad 0xfffffffffffffeb6
	.quad 0x85392bd9b7d8bc91
	.quad 0x2d84f76d5d689eea
	.quad 0xffffffffffffd694
	.quad 0xadc377163cc91313
	.quad 0xfffffffffffffe3e
	.quad 0x00000000000002bf
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0xf6b275656d1ef213
	.quad 0x01400000
	.quad 0x30000000
	.quad 0x20ee1201a0f3fe00, 0xc064f50f5b43ff00
	.quad 0xc03551a37f800000, 0x3ffffffffffffffe
	.quad 0x5bc2bbcced0c1d44, 0x095675e180000000
	.quad 0x3ca17180f283c6a4, 0xae1aeb543ab17400
	.quad 0xc022cd52df7ffffe, 0xae996d226731c3c0
	.quad 0x7ff0000000000000, 0x7f8000007f1e55be
	.quad 0x7fde8a6c67578319, 0x7660a98ebe800000
	.quad 0xc06c95cadfa31a5b, 0x3f7766ed17f28dd4
	.quad 0xfff1f2e3f4dd3386, 0xdf1adcee49e2fc00
	.quad 0xc04726c59fb1d597, 0x881944d0ff800000
	.quad 0x8000000000000000, 0x3ab363c211a2b91e
	.quad 0xea9f75d480000000, 0xf860ce6cfff38000
	.quad 0xbff995ca68915d4e, 0x46733110eb204098
	.quad 0x9c962b02c0d80000, 0x7ff0000000000000
	.quad 0x434428cd3e6b64fd, 0xbe375868bbf8a049
	.quad 0x99644fb207698000, 0xffd1b1b7ffc3b898
	.quad 0x92719d8abe02c0c3, 0x6370b549a9b2be70
	.quad 0xbf907a0bff800152, 0xda7ffffff83f5f6a
	.quad 0x37148000fb485ef0, 0x7d18a03ba573c080
	.quad 0xb138d1d3f5b1be80, 0x8c1a69c1e6ccd1f2
	.quad 0x4ba42452eb5973a9, 0x7d393ad281000000
	.quad 0xc3828244f9ba43ad, 0x3e97fc4ab49d4836
	.quad 0x3f372c513d5b4b8e, 0x42b208165f800001
	.quad 0xc1effffffffffffe, 0x47fffffe0e0481e2
	.quad 0xca30587baf5fd6f0, 0x8000000000000000
	.quad 0x7ee7fddc8cfc91b3, 0xff84ad2cc03a3893
	.quad 0x34688966ba56f9cc, 0x00ffcc9e667c69b1
	.quad 0x9b84f33c408a71de, 0x7ff0000000000000
	.quad 0x3c0b0000f3d6e661, 0x7f410db17fc20096
	.quad 0x3c512b98e18afafb, 0x8000000000000000
	.quad 0xffc0000080482ec0, 0x16821ccc1128fc00
	.quad 0x00000000df17cbc0, 0x2e2c33aae78d0000
seed54:
	.quad 0x0000000080000000
	.quad 0x00000000000164b6
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000065
	.quad 0x000000640da7a065
	.quad 0x0000000000000333
	.quad 0x0000000000000006
	.quad 0x0000000000000001
	.quad 0x17f95955fb292b5a
	.quad 0x000000000000029f
	.quad 0xfaa177445e3d321c
	.quad 0x00000000000000dd
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x00000e6e4268cbf4
	.quad 0xfffffffffffffd61
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0xffa220d87fbaa3ff, 0x0166497c8b0952d0
	.quad 0x9e7c99e6f55cfd43, 0x7fe611f7f9ae31e8
	.quad 0x304cb0b06f714900, 0xfa16c81cffffffbd
	.quad 0x082026cae441fd79, 0x8000000000000000
	.quad 0x017fffff80400000, 0xb9b6f500f8eedba4
	.quad 0x0f4de4f6ffac777f, 0x7fc00000ff800000
	.quad 0x72a2ae07fffd7baf, 0x556e4d3ea6bfdeb0
	.quad 0x192426c3edac126a, 0x40530432f6f6c105
	.quad 0xcf1a255adccfff20, 0x84ba6b2fd6a79dfb
	.quad 0x92edaa9eda118000, 0x000f3d1fb505c41f
	.quad 0xff9e150880000000, 0x2f2eb526506b8b93
	.quad 0xfffb318d5ee5dac7, 0x2d4cbdc6ce9fdffb
	.quad 0x40f2f0217faa5d66, 0x4a8677f5126703d6
	.quad 0xda6b8d3a699777ff, 0xe8620e8c3ff9b1dd
	.quad 0x407af70b0d0d0786, 0x7f80000014a70117
	.quad 0x60e157b073738000, 0x7ff96ac4c6df5a4b
	.quad 0x8a8f91b8ff35c641, 0xfd9c0dbdcdd45942
	.quad 0xfbde2edcfc4cfda1, 0x15f2dc39a833341b
	.quad 0xfff0000000000000, 0x4112000080000000
	.quad 0x7fddcad4c0e80000, 0x0cd98cb3ffce02ff
	.quad 0xda7fffffbfc00000, 0xc0500000411c0000
	.quad 0x00477b643ed6b366, 0xc017800000000000
	.quad 0xfdd1cde54526b035, 0x8000000000000000
	.quad 0xbba889ac800d33e4, 0x400a0cf0b2e9527c
	.quad 0x80acdb3c00000000, 0x5ab40cc07fa6bb80
	.quad 0x1e5411c3da587c00, 0xff8000005a747e15
	.quad 0x35835c02b8c62663, 0x8009d373474686a8
	.quad 0xd0f543afdfbcd7c4, 0xc03d0000be9b5712
	.quad 0x42200000c08c0000, 0x97b27bdffffb0348
	.quad 0xc05c9f299c89ee29, 0x802e66a1959f05f7
	.quad 0xb151ae8622606ddb, 0x773621bfcafaca1f
	.quad 0x7f8000007f9bcfa6, 0x6fec8c696ab13773
seed55:
	.quad 0x71d7528e4d3879bf
	.quad 0x0000000100000000
	.quad 0x860070ad26aea6b8
	.quad 0x0000000000000001
	.quad 0xba143442f923ae9e
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffed6
	.quad 0x00000000ffffffff
	.quad 0xaefa2bef5f73a2e3
	.quad 0xfffbf5991c29c93c
	.quad 0x4d9ec9787dcee6d2
	.quad 0x0000000000ca0969
	.quad 0x000000007fffffff
	.quad 0x0000002340b79936
	.quad 0x88204c259158b2c9
	.quad 0xfffb304d1ae47c4c
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x0febe2680745033f, 0x768e5a0a7992260d
	.quad 0x0352b37af0aa01d3, 0xfff35b73a36f2a3f
	.quad 0x0aed7e71c442f7b7, 0xe7fa70d6b145fe00
	.quad 0xfff0000000000000, 0xbfcb58d80cd35229
	.quad 0xc2a6012fc26f0000, 0xbdc700007f9144b4
	.quad 0xb6240000d6d4fa5b, 0xff022558cc824ce9
	.quad 0x73ea81dcc15e4078, 0x7ff2299556870082
	.quad 0xc55e1fbada1079c4, 0xb44120b3f9d1fe6e
	.quad 0xbf7d9a92798f5e1a, 0x7fb81e444132248a
	.quad 0xe4859b407d1df33d, 0x810000007f000000
	.quad 0xcbf184e8ffefbfbf, 0x403f8da2129ffa1d
	.quad 0x7fe8662300ffffff, 0x5461955aff35ecd9
	.quad 0x6d77857680000000, 0x4f7fffff407fffff
	.quad 0x9d7ee5a8ed761ec1, 0x007fffffff800000
	.quad 0xbe08731f7fc6f056, 0x358bde7edf7b7d28
	.quad 0x62a336bbff8dc7c0, 0x42c05024bebff7db
	.quad 0x5b2437faffddf8d7, 0xd50602cadb3a7bea
	.quad 0x1a7a754035562512, 0x82afa60abd7bff1a
	.quad 0x3c127c41f73f89a9, 0x07f8fb96fdfbffff
	.quad 0x6fb8acef80000000, 0x8b97473280000000
	.quad 0xbe460000998cc223, 0x3d9c905080000000
	.quad 0xffff52a87f8d8e90, 0x7ff5aaf349b0d73f
	.quad 0xca0ca89eff6db6ff, 0x8000000000000000
	.quad 0xbf72dd5367b62c1f, 0x7f7e47c33553dd94
	.quad 0xf35293c8e3924149, 0x4006000000000000
	.quad 0x60a23d3c5a7e0460, 0xf8a8eaf6f030df33
	.quad 0x7fe6e01a8866dfbd, 0x8020000000000000
	.quad 0x002fffffffffffff, 0xcb6cb36a6bb3ebc7
	.quad 0x80000000c2d654e1, 0x7f9a1ccfaeab2ede
	.quad 0xb91a8000c3eb64ec, 0x8000000000000000
	.quad 0xff8c274ffa0dbf93, 0x3fe127bdd6e1dc92
	.quad 0x8042a49ffffa33bc, 0xfdd6662dbffe3ffd
seed56:
	.quad 0x5c4e5ad13eef6764
	.quad 0x68c2bf030d5bfd53
	.quad 0x4ca6121f841df7a0
	.quad 0xfffffe638ca60b2c
	.quad 0x00000000000003a4
	.quad 0x0020000000000001
	.quad 0xffffffffffffee8b
	.quad 0x00000000000002e6
	.quad 0xffffffffffffffff
	.quad 0x0000000000000343
	.quad 0xfffffb4aba47bd15
	.quad 0xffffffffffffffff
	.quad 0x000000000000025f
	.quad 0xfffffffffffffc98
	.quad 0x000000005940585f
	.quad 0xba8d9f4919c0a26b
	.quad 0x04800000
	.quad 0xb0000000
	.quad 0x81624751fff80000, 0x5c9524cd8cd5d9e9
	.quad 0xc064021a715b78b4, 0xad7313deb47ecaf8
	.quad 0x06b3ec8404a2d626, 0x3ab4ae16ffbfefbf
	.quad 0x00305936226d2896, 0x803fd050a610b547
	.quad 0x9fd341ba10b68000, 0x7fb70414410c0000
	.quad 0x7d51b3452d47aefd, 0x2cd23d0bff5dbdfb
	.quad 0xc9d23bd4945cbb03, 0x47fe6c390e1330e0
	.quad 0x6b947d60ffcf9bfd, 0x5ffffffec1000000
	.quad 0xbe3072a47b03d3c4, 0x7f88440dff800000
	.quad 0x24ffee9da7847c00, 0x5c23f6a3f6ff8800
	.quad 0xcf7ffffe7d9b5145, 0x09f2198e1c2259b7
	.quad 0x00000000bd726d87, 0x0207c66bd37fefee
	.quad 0xc0e7000000000000, 0xbceace3d007fffff
	.quad 0x4103ad5272534a97, 0x44d98000aeab190e
	.quad 0x9390268f9d1bebf6, 0x97511a3d41a00000
	.quad 0x80fe67e3d5600919, 0xa0350ab46c4d0702
	.quad 0x407600e99675101e, 0x05cec53affb8b828
	.quad 0x2c09cd2dff800000, 0x070dbe7b8496d6fc
	.quad 0xfff2fb5f512e075c, 0x4000000000000001
	.quad 0x477c44fb3cf79e95, 0x0ead5f75bf679000
	.quad 0x4272e1f1119dfd9f, 0xf67e0b56ffdbafb0
	.quad 0x78b0aff8da113d1e, 0x24c00ac3f90911af
	.quad 0xff800000c0d6c388, 0x2f2a2526c143ebc8
	.quad 0xe82ee469647af80a, 0x5df9ae27ffc0f817
	.quad 0xc011000000000000, 0xb1f7e2aaffee8000
	.quad 0xed7332e7ffeedb7f, 0x7fe0000000000000
	.quad 0x907914959ecfff6d, 0x5f6cc21d44c00000
	.quad 0xd918b42546d40000, 0x81cff12f246f2b01
	.quad 0x02dae62b7fcf77ff, 0xd8067cb0ebc15ae8
	.quad 0x1c59d422d37dfdf9, 0xa0baa8da3e74c92b
	.quad 0xc1100000012751e8, 0x090dbdcae3e97b91
	.quad 0x4bb25bf1d97dfe25, 0xf8298875ff800000
seed57:
	.quad 0x4edd3bdc07e6173c
	.quad 0x000000000000013e
	.quad 0x9ab5250cabd2fe5f
	.quad 0x07fe098028bd534f
	.quad 0x51cf0a4fe7608f5a
	.quad 0xa39dd281aeb8c959
	.quad 0xffffffffffffffb7
	.quad 0xffc022d859add5b4
	.quad 0xfffffff6759098a9
	.quad 0x0c7600e341bc2c90
	.quad 0xffffffa31d7ffea2
	.quad 0x0000000000000225
	.quad 0x000000000deac073
	.quad 0x5f8558bf1035184d
	.quad 0xfffffffffffffd9c
	.quad 0x3a43185de0120c49
	.quad 0x03000000
	.quad 0x40000000
	.quad 0x3cedd80733075877, 0x802995255e379fac
	.quad 0x4491e22bff4b4740, 0x3fc08000bd9a2442
	.quad 0x00800000be1ae8a9, 0x8b279cab9c102853
	.quad 0xb3f86a09fffffff3, 0xfff8000000000000
	.quad 0x43b8f8d8649750a4, 0x4012a19fb70c8631
	.quad 0x65fb98458006d862, 0x47fffffe7f800000
	.quad 0x0000000000000000, 0xf80431c8bf000000
	.quad 0xe161f38affb0ae20, 0x686c714bbfb716b3
	.quad 0xd5922f03843cb9ae, 0x7d7b9fddfda4a8f8
	.quad 0xc11c1a500010de70, 0x45000000ff84a904
	.quad 0x7206ba2bf3cebfff, 0xc849746ff27fed73
	.quad 0x3f8da067da0593b5, 0xaebdd3f7bda9afa8
	.quad 0xd02b774cc4e881dd, 0x3f97f897b93e56cb
	.quad 0xc065800000000000, 0xff839336bc530506
	.quad 0xff8b48dc7fc00000, 0x20521e9149a620f7
	.quad 0x20d08c6ef0b77c00, 0x73921f460ad6b0fe
	.quad 0xbfe8674c11a56482, 0x7ff0000000000000
	.quad 0x40efffffffffffff, 0x18ce50e051baf3f1
	.quad 0x8862ad13da000000, 0x0bbe4e9cad04c800
	.quad 0xc04c244d070e2ad2, 0x0000000000000000
	.quad 0x879beea100000000, 0xc01bf0e33c9fd362
	.quad 0xffc00000c0180000, 0x400f7aa93ef6f761
	.quad 0x6fff78d7d5fcff7f, 0xcdab619940936831
	.quad 0xeddcce47f76fdeed, 0xc00f000000000000
	.quad 0x000db9c0bc3ca51b, 0x800dc2cbea3fbb10
	.quad 0x6babd3a5124296c4, 0xf1f60b487f9fce9b
	.quad 0xe213a8ddc96fc58e, 0x8d7dce75ffffffbd
	.quad 0x8000000000000001, 0x1ce92f2dad66dfca
	.quad 0x7deab3aa2736b21b, 0x4070000000000000
	.quad 0xfff866ba2ff9696b, 0x43e000003f800000
	.quad 0x7fd953a8ee20cc3e, 0x7e30dfc77e467adf
	.quad 0x8006ca8952889e87, 0x87680e1358efbe00
seed58:
	.quad 0xffffffffffff1cd0
	.quad 0xfffffffffffff0bf
	.quad 0x000062ca0ad49ea6
	.quad 0x918d6c65f267b62f
	.quad 0x00000001cef63e8f
	.quad 0xffffffffffffff4b
	.quad 0x000000000000ea08
	.quad 0x0000018639ff0adc
	.quad 0x00000000000001ac
	.quad 0xfffffffffffffd99
	.quad 0x4c0acd59ef79c96a
	.quad 0xcb220138a4e28d56
	.quad 0x00000000000001f1
	.quad 0xc703c5727f7d0dcd
	.quad 0x4f6df59ea080c6e5
	.quad 0xfffffffffffffda5
	.quad 0x05800000
	.quad 0xc0000000
	.quad 0x5b5eca0d3c31c4c0, 0xa076307ae7cb806c
	.quad 0xbf0d400000000000, 0xfff3269f0b1ad240
	.quad 0x7ff45a5316fe1c33, 0xbc7e9fefb3d0214d
	.quad 0xcf7fffffffc00000, 0x7fa6ca39ba480000
	.quad 0xbecca9c576be7e2f, 0x4023000000000000
	.quad 0x7f800000ffc7c7e9, 0x7fe3eb437f6a7520
	.quad 0xff2e06937fcefc25, 0xc3e50fd1db77a61c
	.quad 0x523e8f71eeeffdab, 0x9c3efb1aabf120bc
	.quad 0xfff5e4d62c898e87, 0xfedab0c012cd087a
	.quad 0x41e204cf8050c3b8, 0x7fa9dfb4c0f00000
	.quad 0x5242b2e7a48abf00, 0x7fe0000000000000
	.quad 0xec2a0c4edb1dbc00, 0x7f9175b9fcc5c23a
	.quad 0x7f84fb59ffc00000, 0x405fbad53977aacf
	.quad 0xe9fe3b2dffca6547, 0xfd8cfabeed35162e
	.quad 0xd27f2e77515c9d2c, 0xffe2128f8998120e
	.quad 0x6e55391d120d2be7, 0x800000007f65ad68
	.quad 0x0039094c9f3b98db, 0xc9f000008651f7bc
	.quad 0xc035d2e82f01ace6, 0xc06e77e707e9a14b
	.quad 0x49953fb0089071c0, 0x45aaab0f16e882b4
	.quad 0xfff0000000000000, 0x4448000090333165
	.quad 0xe2dd55620da00923, 0x913adafacd89f719
	.quad 0x923a5605ff9d9fff, 0x9a1745a8bebbfedd
	.quad 0x3ab4dc6449e30000, 0x241dc5edfeffffff
	.quad 0xc0100000041628e6, 0x9f439c8dfdd5fffe
	.quad 0x42c7ff0eec1cbc59, 0x03a353eac66acdcf
	.quad 0x40714d9259808f82, 0x41ffffffffffffff
	.quad 0xbf9021d451522e12, 0xd98ebbee7ff1fb97
	.quad 0x2537bcaffdaf85cd, 0x7f85e362449d0000
	.quad 0xc059b918a0d57736, 0x6f86f7e3efc17ec2
	.quad 0x383fb9af7f860cc1, 0x401b09024f186868
	.quad 0x6d841ff048400000, 0x5404b2ccfb6d93f6
	.quad 0x7fefffffffffffff, 0xffc0000040c80000
seed59:
	.quad 0x000000000000006d
	.quad 0x0020000000000001
	.quad 0x00000004385a6839
	.quad 0x000000000011a565
	.quad 0x26ebd692de6ddb41
	.quad 0xfffffffffffffd33
	.quad 0xffffffffffffffec
	.quad 0x8b2be6d805902129
	.quad 0x02f6a306fe7a906d
	.quad 0xfffffffffffffed4
	.quad 0x000000000000ba75
	.quad 0xffffffffffdc1e56
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffffe
	.quad 0x7fffffffffffffff
	.quad 0x9176ab24251f8f68
	.quad 0x07800000
	.quad 0x70000000
	.quad 0xb18d5330a8b4fde0, 0xbf7c2145fa4eb288
	.quad 0x7fbeabbd5fd0c3c0, 0x4310d138ff851293
	.quad 0xc094000000000000, 0xff9d521100400000
	.quad 0x8b2ba12fb00300d3, 0xbfbabc75ba01624a
	.quad 0xa849f03fd64e778b, 0x802eaf16ebd7591f
	.quad 0xac4918e1941e1ed1, 0x133a01c2d98ccfd7
	.quad 0x9b552ae1dd53b317, 0x7fba46f0409b53a5
	.quad 0x24ab4e5aecc2525f, 0x3fa5cd90053010b1
	.quad 0xc8635934f8dff77b, 0x401a000000000000
	.quad 0x1945ea3bc7fe0000, 0xfe800000bffea4b2
	.quad 0x7fe81434e7382b3e, 0x7ff8000000000000
	.quad 0x9648d6465667fc3a, 0x005c588e7f9f8bfe
	.quad 0x0a821659bffc2ffd, 0x0fdc3abf324d7f7a
	.quad 0x3f42e00000000000, 0xff4230c7af0c3367
	.quad 0x42f19384ff968292, 0xc20dbf6a514219b8
	.quad 0x40a0000000000000, 0xef2df865fbffd493
	.quad 0xfb82f2cb3fff8ed6, 0x7ff0000000000000
	.quad 0xa3a37610fffbfef8, 0x5b91b9bf7096fba5
	.quad 0x7ff8000000000000, 0xc01f800000000000
	.quad 0x41f450f3f90149e8, 0xc1980000817fffff
	.quad 0xc130000000000000, 0x93c675caeef80600
	.quad 0xfff8000000000000, 0xbdee7840e6d2ff18
	.quad 0x700e23597faf998e, 0x823d8430ac9ea54b
	.quad 0x0000000000000000, 0x4014000000000000
	.quad 0x1e67347539187945, 0xbf725ffeed457281
	.quad 0xc044000000000000, 0x80000000ffa1980e
	.quad 0x00063146b7283553, 0x82326029bfbfbfff
	.quad 0xdccf4327fff6352f, 0x8000000059ffffff
	.quad 0xc3ffa2c443d24c13, 0x6e7f21454ffe807c
	.quad 0x7ff0000000000000, 0x1f03b72841618700
	.quad 0xfead7e60d1ffffff, 0xffdfffffffffffff
	.quad 0xc0bdc00000000000, 0xff812ad3424b4f58
seed60:
	.quad 0xc941885d1a1b612c
	.quad 0x1b85e60b1f0695b7
	.quad 0xffffffff80000000
	.quad 0x8ac2c0ac552b53fb
	.quad 0xfffffffffffffff1
	.quad 0x00000000000002ef
	.quad 0x000000007fffffff
	.quad 0xbfc4a714223df418
	.quad 0xffffffffffd4769a
	.quad 0x8000000000000000
	.quad 0xffffffffff77d732
	.quad 0x00000000001f3d3b
	.quad 0x000000000000001e
	.quad 0x447a0d29fc9e596b
	.quad 0xbf04f76b9e4d2bbd
	.quad 0x00000000000bc1a1
	.quad 0x06000000
	.quad 0x60000000
	.quad 0x135cda1b9cf2f73d, 0x7f8000007f800000
	.quad 0x7fcb88042c1f2c0c, 0x41af3fa780ffffff
	.quad 0x80033263bec34f95, 0x0d1bd22a61d984e0
	.quad 0xbd8dae73377abbdd, 0xf41342c87f800000
	.quad 0xdf26759ba56a8700, 0x2b1b5724973bf854
	.quad 0x7f8000002fcf4fec, 0x4bcc83207fdc0c57
	.quad 0x41140000ffc00000, 0x7fad268ac0800000
	.quad 0x5be5640ad9fbffdf, 0x0000000000000000
	.quad 0xfff0000000000000, 0x4ca3b226161efe00
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xbc8006b57ffe4352, 0x1e1a9ce849e7ffad
	.quad 0xc01c000000000000, 0x1145e543ffdaf977
	.quad 0xc052ba9ccd68048f, 0x402d1973c102c2e8
	.quad 0x3f55000000000000, 0x804000007188e2c0
	.quad 0x3fdce4a249ca5039, 0x7ff2776f76efff9c
	.quad 0xc00379fba7e921fe, 0xf96e77127fbef779
	.quad 0x6b057d617ea71b46, 0xa4c62b551f95bc00
	.quad 0x1cf78f8cba217754, 0x4b0d2745ff7fffff
	.quad 0x6f81327501962c80, 0x41fffffffffffffe
	.quad 0x8e4d95de804c2b3e, 0xe7cf8c33ffdbfcb5
	.quad 0xc2938c5b7ff6eb35, 0x404297ea7f0281f7
	.quad 0x113f0285735cdbc7, 0xc0901b3a77233650
	.quad 0xd50a2b7800000000, 0xc40be24e5a000001
	.quad 0x8324ffe77f338ea7, 0x7ff0000000000000
	.quad 0x3f7095c9e55f243c, 0xe56b77fa491ccb66
	.quad 0x7f800000ffc00000, 0x002800a11b5604a9
	.quad 0x4c7726d257bffb2d, 0xc2afffffffffffff
	.quad 0x448210c6172bf7ff, 0x5cd76ac14d2db2d0
	.quad 0x000fffffffffffff, 0xc035ecb490a4673e
	.quad 0x801fffffffffffff, 0x0307953c40357af8
	.quad 0x410889ec80000000, 0x01aa8e697b167543
	.quad 0xcbba2e52c5245d0d, 0xe222a6b7c8000000
seed61:
	.quad 0x0000000000000056
	.quad 0xffffffffffffcf28
	.quad 0x48f734c3ff39866b
	.quad 0xffffffffffffffa3
	.quad 0xffffffffffffffeb
	.quad 0xe0df606c6c37ee53
	.quad 0xffffffdf48528b66
	.quad 0xca06da56370ff3cc
	.quad 0x8be3944fb891cb8f
	.quad 0x00000000014d8f17
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcf4
	.quad 0xffffffffffffff54
	.quad 0xdf82fb7cbed4e0da
	.quad 0xbbf29eadbbdb06eb
	.quad 0x229fc4a723a7e066
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x8dfe4dfedb987c00, 0x4110972f9369d33c
	.quad 0x8000000000000000, 0x405800007f98bece
	.quad 0xc5fec1b4eafd4180, 0xbec80000ffc00000
	.quad 0x7fdb14f68033038e, 0xb0e5ca9935016174
	.quad 0x98494d227fbd8000, 0x3fc3baea6f2935a9
	.quad 0x08e054027c4b0f18, 0x0399c9b7925dd314
	.quad 0x01634a883d020654, 0xfff59610bb95ce81
	.quad 0x86dba36fbfbe5dff, 0x7ff7a9581ce77301
	.quad 0x4f8e150e2045fe00, 0x71d143ee71f249c0
	.quad 0x422ed63eff911579, 0xb9e760d47fabfc00
	.quad 0x24bcb3a27d8e9da3, 0xd6887cf8135f82ae
	.quad 0xffed3e5f388aa5ac, 0xca976ee9fed98000
	.quad 0x744ec43800000001, 0x7ea249887fc00000
	.quad 0x5937c5de3e3c3668, 0xfe8e61d243c2f559
	.quad 0x0fa5f4040fe50000, 0x1fd14fd5cf5bfe77
	.quad 0xffc00000eb77ff3d, 0x83999c3675e1c033
	.quad 0x7ff5461f1e242092, 0x8c7444c53ea9eb6d
	.quad 0x01c25e8b01f7d4b8, 0x206e5903d359ecf1
	.quad 0x8567be5842087348, 0x4017000000000000
	.quad 0x8205ae3e6c114000, 0x456b0095ffff7ede
	.quad 0x3f7a95ccbac00000, 0xf01c639d7279dd01
	.quad 0xfe3f8d9c2e3bba7b, 0x7ffa52e834237fe4
	.quad 0xeb2f9f87fdefffb7, 0x10b26a7e8cdfaca2
	.quad 0x23a21604e8a39657, 0xc048000000000000
	.quad 0x400db3b2fee6b89e, 0x56878818dff8349b
	.quad 0x869c3c36005bb18f, 0x49297c0c53536b23
	.quad 0x37a000006878e1b0, 0x3e33248cc92a528a
	.quad 0x4088a90900000001, 0x0a5588f969240ae1
	.quad 0x3f35b5e740b6d3e6, 0x8008247f62d5d0b2
	.quad 0xea927943fcb5786b, 0x82d506ae167f0430
	.quad 0x377b6e06dfe606b8, 0x3f4bf00000000000
	.quad 0x32c0ad387ffc4480, 0x11fb2a774da23cdf
seed62:
	.quad 0x0000000000044a9d
	.quad 0x2e3d4f90052a1b5a
	.quad 0x8000000000000000
	.quad 0xfffffffffffffda5
	.quad 0xfffffffffffffe40
	.quad 0x00016643d0a581f7
	.quad 0x0000000000000000
	.quad 0x0000000000001ab7
	.quad 0xfffffffffb9bebab
	.quad 0x000000000003a527
	.quad 0x0000000080000000
	.quad 0xa53cd55f4477cf3a
	.quad 0x00000000ffffffff
	.quad 0x00000000000002d6
	.quad 0x0000000000000000
	.quad 0x1e2ce0533e80edeb
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0xc0283550fa7afa85, 0xc02da52621030fff
	.quad 0x7f804f3000000000, 0xc0375523afbefea2
	.quad 0xffedbd12528b15c3, 0x19afd3fc20e9d3ea
	.quad 0x0040000000000000, 0x8419f2d0dffecfba
	.quad 0x0fb1e7c10a97a278, 0xa0af4070046f6209
	.quad 0xe7a0ea2726c2f5cf, 0x7ae7a071b41ca7ee
	.quad 0x64015479a2dc9ff0, 0x40e0000000000000
	.quad 0x000000008167cf27, 0xfa17db0691e19d4f
	.quad 0x1685f3c3b05a0a5a, 0x23ba09d074e47c00
	.quad 0xffb29fb6e20174f9, 0xfff3f7f6a9eaf858
	.quad 0x41fb28d4e36aad22, 0x7f873c39bbdd8508
	.quad 0x40329c42aef89bfc, 0x80111de48225293d
	.quad 0xfee088ac5c33295e, 0xfffc56e478d5e81a
	.quad 0xbfe0000000cb76a0, 0x7fd0d906a1c100cb
	.quad 0x7a47dcdf783f2ba7, 0x8054d6d680000000
	.quad 0xfff2daa14b8eb988, 0xc2590564ff800000
	.quad 0x42ac4bb83c4c7fb6, 0x1bac92b1872c03a5
	.quad 0xd80ccff5fef7de7f, 0x804aebadbf83b21b
	.quad 0x41c0000000000000, 0x89c0baaa71572caf
	.quad 0xebf2bdd0ee170000, 0xb9286306839433ea
	.quad 0x00030f8550f5881a, 0x0f17278d31a256c8
	.quad 0x7fe110c977d1ba14, 0x7d44429abdb173aa
	.quad 0x6f447e43b57b8000, 0xffd4d6bb56bd212d
	.quad 0x7f800000c4a20000, 0x3de97bb580000000
	.quad 0xa082d4429eeb7697, 0x3fa319b8fbf37c7b
	.quad 0x8060af3c00000000, 0x3135a2adeb5f7abb
	.quad 0x044a7a4500400000, 0x3fab12e5c0d80000
	.quad 0xb198f400fa687dd6, 0x676d2c7b567cc6c0
	.quad 0x84d2e9f1c0f00000, 0xbfc640b89fee3613
	.quad 0xff343ee8abd6b368, 0xbff5200000000000
	.quad 0x3f90c62846840000, 0xbf3a000000000000
	.quad 0xede419ff42617e00, 0xffc00000403ecba6
seed63:
	.quad 0xfffc9edb93b8be91
	.quad 0x0000000000000377
	.quad 0x00000000000001bf
	.quad 0xfffffffffffffd9f
	.quad 0x0000000000000007
	.quad 0xfffffffffffffd3a
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd02
	.quad 0x02ecfc629179d973
	.quad 0xff182491755bace3
	.quad 0xffffffffffffffd7
	.quad 0xffffffffffffff6d
	.quad 0x5695eb30f95f79f6
	.quad 0xffffffffffe98435
	.quad 0x000000003d9244a2
	.quad 0x04437ebb8a1602e3
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0x71ce86d8f8f07c00, 0x3f1284567f800000
	.quad 0x407ed62cc32fb1a6, 0x6b92ab16bde3f53c
	.quad 0x39e3d2bfe9387d85, 0x2c671637eafffef0
	.quad 0x43f7f53cfc27c1e8, 0x7ffe3b8aff800000
	.quad 0xfd01fea1cff10270, 0xc11000003e490845
	.quad 0xcf34a6895f9f87c0, 0x9a949b3b9de08000
	.quad 0x3e74000015f5e171, 0x7fc00000bd9c36aa
	.quad 0x0b0fb8c727ffdb59, 0xc68400007fc00000
	.quad 0x4366b53b00000000, 0xbf14d5e77fbe9f77
	.quad 0x40d8000000000000, 0xfa570e4b7f8fbfd8
	.quad 0xea10f9b9bed1c1b2, 0xbfe00000feffffff
	.quad 0x302f90b3efffffff, 0x864d4d8efbc2fc00
	.quad 0xfff7b63088e7c092, 0x7f80000000000000
	.quad 0x5a5362aefe6ff7f1, 0x1676949901b5cf71
	.quad 0xc132c77fbd996c4a, 0x7df3ae4d9f205bb4
	.quad 0x80800000ff800000, 0x4a11715c3615ddf9
	.quad 0xf6072870feeafebf, 0xaed5b1ee82258000
	.quad 0xc0ae000000000000, 0x7cc266482acf37bb
	.quad 0x8dac99337fdc57b9, 0x070787608f239d14
	.quad 0xaeb57304519f54ce, 0x4024389d41e00000
	.quad 0x4023800000000000, 0x809b9091c3ef95b8
	.quad 0x6568078fc94f7d61, 0xfff575f016cc46a6
	.quad 0x9b4f0b4a3c7ffe09, 0xfff0c3bc40c5bff4
	.quad 0x0004b19133bed18a, 0xc30ef95abcac414e
	.quad 0x7dc63aedf77d1552, 0xe67e2ec75d2bfff5
	.quad 0x53da7884482dfd28, 0x407e4bd202263c5c
	.quad 0xf444bf62027b7c00, 0x730075b743ef2590
	.quad 0xf3396c79bcb12b32, 0x3e8000000001c6bf
	.quad 0xc05f34eed920d34c, 0xff9232b867f24acc
	.quad 0x4e9081dfef3145e9, 0xdf39bbaeadb24cf2
	.quad 0x7d375d708014defa, 0x3c461a352798fca7
	.quad 0x0000000000000000, 0xc07f2a1a1664bcb5
