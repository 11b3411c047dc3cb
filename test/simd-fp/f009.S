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
	.inst 0x1e2140f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e212110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e20dc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f66fc53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f9211b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1d955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b19b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2540d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6d1098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e615819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e619581
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0da3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e222abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61d93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e21c95f
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
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e690201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e642832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21d873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f13a214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6259d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e650067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1fa18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcb5ad9
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
	.inst 0x9e69008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e622000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f412dfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e18de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2100cf
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
	.inst 0x1e63c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f8299d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e263972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e650913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e038196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e610107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7308b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f485a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e6168db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21dd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66f51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65431f
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
	.inst 0x1e6a2930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e63d4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e242050
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
	.inst 0x1e242814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58d445
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b6607
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6101e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21c0bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0c8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6020d8
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
	.inst 0x1e64199f
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
	.inst 0x4ee8fdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e616cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eefe552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb2ec74
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
	.inst 0x1f343dd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6ffcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd21158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f6ffc3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fa8903c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c0fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f44805e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e30032f
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
	.inst 0x6e21a930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f049491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0f9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2168f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e29e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fa09a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e58fc88
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f283719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61797a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e2be5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4924dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f52fcde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e77085f
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
	.inst 0x9e680100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7101a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b34fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e21c834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f851975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e3900a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300187
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e674158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeed559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f09341b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f48547c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea3ccfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee7fc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61697f
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
	.inst 0x6e20c510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f909931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e7892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f620db3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a3dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e693a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43ed76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d19f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1bad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7002e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30f93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee8e41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6cff3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f45ac3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1999e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e35e59f
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
	.inst 0x4e61d950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7100c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e692140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6241d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e68d5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e03bd16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e426837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2319b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21d939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21b8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3800cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f13849c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e2ffe5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61e47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61d81f
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
	.inst 0x1e254030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f56fc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2300d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2641b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee7d4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e790166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e429877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fc59218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e27dc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4cae3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39028b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e70293c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b681d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eede4ff
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
	.inst 0x1e2020d8
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
	.inst 0x4e61b812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b39f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2728b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e345b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e022cd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e219ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea8cc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f63fd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1f83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21b99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f550e3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78389e
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
	.inst 0x1e710120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2bfe11
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
	.inst 0x0eacc553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30d835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e600226
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e68c497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2178d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f7ae5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f70015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e64018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e38026c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f71185f
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
	.inst 0x1e6201f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6500a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a254e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e618cb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e691439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e23e557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6301b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e217a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e28dc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e03fd9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21c8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b19df
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
	.inst 0x7ee0c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c191
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
	.inst 0x4e60ddf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e330834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e616855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6608b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1f938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1aad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eabf55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea7f65b
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
	.inst 0x6e61a91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6a08be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e75381f
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
	.inst 0x1e637970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c7952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0ca34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1da75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e71dd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f909018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e711879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e661c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e62e41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ef6f59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60012e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4719ff
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
	.inst 0x1e2a78d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa090d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee188b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e310143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e227915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f2fe5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2cac97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e69bd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2200b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f61105a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43d5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2fddbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f54fcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21783e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61c97f
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
	.inst 0x4ee7d510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f9019d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7801c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3801e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d2e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eeccc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6ced76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c1ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee2d438
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
	.inst 0x6ee0c93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6179db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68014c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a6d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e64002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d78ff
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
	.inst 0x1e390120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21aa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd15a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e280125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e275816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7a5018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e371a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc7987b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fa651fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1a8be
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
	.inst 0x1f048110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30c871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e666c52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb0d653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e622070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2808f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e650066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea0e8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18fec8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f26bcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e295dba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f00313c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c23d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e29fd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67795f
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
	.inst 0x1e2e05ef
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea6e551
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
	.inst 0x7f36e493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e214274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e710a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e616876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e73e558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e634c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1b8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0ca63b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e36595c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21697d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e66df9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f07893f
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
	.inst 0x1e2f2810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e211871
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
	.inst 0x1e670993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea5c414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21be35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f29fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64b017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2918b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4faf99da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67291b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eeffedd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f21e4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62415f
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
	.inst 0x1e67c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f7d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f3dfc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e7a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e65f454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e280a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6bc6b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f3a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e1018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e690919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2fc45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0c70dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e7bfe3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65097f
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
	.inst 0x0f23e510
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
	.inst 0x9e2301d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f69fd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e245814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e250205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea19a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee24137
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
	.inst 0x0e33c5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f25e5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e023dbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e238d9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6649fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0c1dbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e692150
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
	.inst 0x0e6179b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e68846e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6409d2
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
	.inst 0x4e23c5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2541b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f829296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21cc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fca5258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6402e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc49a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3159db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f76e65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26893e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f24b9bf
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
	.inst 0x1e222890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6800e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f885232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e698913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6779d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2189b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30d9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f290c19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd81a1b
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
	.inst 0x9e430c5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eedccde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6aa9bf
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
	.inst 0x9e1990e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fa699d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1ec53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4faa19f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43a455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e617957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f443ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1b97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6c883b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2818fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58f50d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c21e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e27f43f
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
	.inst 0x5fce11f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e240831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e329012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f40ae13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e29c5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e212250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e290026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61b938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1ba19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e20fdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee2f57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69093c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6000ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc61b7f
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
	.inst 0x9e3901a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e74d011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1a9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0ec93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb2ee74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1a9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4dad76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e4308b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2220b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3379b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f67227a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f26e55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f20199d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66395e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e219bdf
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
	.inst 0x9e03d090
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
	.inst 0x1e6d2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61a8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f310054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e233915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21a976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e692857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f955078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2629b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26440c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2428fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61401c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f7a04fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f04b4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1899f
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
	.inst 0x1e598080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21c8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2101a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0c8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6e5577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e29fc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e77e4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e029c9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2200fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42f1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc69b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70d89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcc581f
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
	.inst 0x9e790120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4c9192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e283893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e298894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e65e476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b58f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e60d438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d1839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6388fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21d87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6169dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f38e49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e24c49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c01f
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
	.inst 0x1f28b530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e302200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f30b432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e595de3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e227a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee1a935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e43bc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e29f4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6fcd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e657a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f23e51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1b97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e2c3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c0fd
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
	.inst 0x4e619aff
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
	.inst 0x4ea1a8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2c2c31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f23c0b2
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
	.inst 0x6ee1fa54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e616a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e598006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6de4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2579b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e63cc59
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
	.inst 0x1f64e13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2fee9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee8ec5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fa0589e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0d9ff
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
	.inst 0x1e61c090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f8d9151
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
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e790244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2eb4e555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f262c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6200f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21b898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4191d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0ba93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1d81c
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
	.inst 0x7ea5d51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30f9bf
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
	.inst 0x9e034c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee5c611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6a8472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eadd493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e331954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70f995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eb6d4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c1f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22019a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e732280
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a2370
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22019d
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
	.inst 0x5eadff9f
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
	.inst 0x6e64c430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e216831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f608a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61a874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f929115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6b2d56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e6ce5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e19a9a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e31010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e60008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e73191d
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
	.inst 0x9e30020f
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
	.inst 0x1e652080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e182822
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0f853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e311e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f7815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea1b8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e698897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee0d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2989da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee0d83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6ed4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68785d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee8d7be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61793f
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
	.inst 0x1e029c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee5d491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6ed432
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
	.inst 0x4fc958b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e650145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6521d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7000a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6418ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21081b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e439d5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e218d7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78034e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c91f
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
	.inst 0x4e25e430
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
	.inst 0x1e70b634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e790123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6140d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a1cb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f713417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2909f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e631879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61a8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4d181b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e18614c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e31f4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eedd55f
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
	.inst 0x1e6d2870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3101a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c5c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e674016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2321c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e600128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4a55fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f7506db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e32eebc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23199f
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
	.inst 0x9e290000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21a971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eabc592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e652270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21a915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c0a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e219897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61d899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2618da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2308db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1d9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e74fddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f7a899e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f3551bf
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
	.inst 0x0ea0f870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f26fcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d3933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7900c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70fa15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30f8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e696917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eb0ceb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e616839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d3a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e23fcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e20c2bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b29bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6401ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcb931f
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
	.inst 0x2ea3d5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e63de11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e704c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e617a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3169d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6cfe55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1b8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0e9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6179d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6dd93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e196c8b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e78016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0c95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78022e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f60801f
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
	.inst 0x4e618850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2378b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e296a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6129d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0c835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20a47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e2dd417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1d858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6019f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0d99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67795c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ed4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2ecc3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f39813f
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
	.inst 0x2e616910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e233831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e301992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f694493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7900a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e198d25
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef4ee96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1a8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e216978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0d619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea3d43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6fcc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1da7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65407e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6238bf
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
	.inst 0x1e680df0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6719b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eedcc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c752a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eaee575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61b8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61d997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2818d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6d84d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e78195b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e250b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602158
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
	.inst 0x7e2fe53f
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
	.inst 0x7eb0c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e297011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e63ecd2
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
	.inst 0x1f281094
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
	.inst 0x1e220056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e25f6fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71297b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee7ccfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3b44de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e252bbf
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
	.inst 0x9e7001a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e30fc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e636a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f38fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e363977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1d9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2fa691d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f475a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2ad01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6029fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1f97d
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
	.inst 0x1f179cbf
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
	.inst 0x7eededd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0c9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71ec92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f7095f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e619a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e218875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e306a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2eacc4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f75d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea1b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f440eda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1a8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c1bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f2ffd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0f9d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e58e8af
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
	.inst 0x1e252890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f7029b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7220e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6d05b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e708855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e6169d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd699b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e58f668
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2200f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4c1a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea3c71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea8fe7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61885e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e195dcf
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
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea0d871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1d912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f5ee554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2109b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3255ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f8c99d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2afc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee9fcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f77e5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f05b23b
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
	.inst 0x4fc3915d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f89f
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
	.inst 0x1e672810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eb1f612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2eddd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e252854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e28dd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f021636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61b9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4445f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e24e699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb0faba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f20129b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b49dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67989d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65032e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7efcecff
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
	.inst 0x2e2cfc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e037811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e30fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e618973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea9e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6300d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee4fd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fcd5ab7
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
	.inst 0x1e6b3a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6200ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6441dc
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
	.inst 0x1f7488fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1bb5f
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
	.inst 0x7e61a910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f623e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a4992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c7439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee0c874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fc45895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f2cfe16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e021d37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21c978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2e9899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b383a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23091b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f91107e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4faa103f
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
	.inst 0x1e291930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d4852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1aa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1aa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c3995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2ed436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c0f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0bb4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62b01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6221f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c33c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6fa1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f008dff
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
	.inst 0x5e21fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e308a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600cb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e20e573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6100e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0c8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f9052d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f543119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8119da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2fd40f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa650fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fd798fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021c8
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
	.inst 0x1e2acc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e588a03
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f45ac54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23adb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee24076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21ceb7
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
	.inst 0x1e2221d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef8ecda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee9f53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f28e55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21a99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20085e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc4935f
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
	.inst 0x9e790120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2fc011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e69f579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e69e574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f819215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e700836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e264057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2300b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e737a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1d85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a497b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e262050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0abe1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0eafe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0f83f
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
	.inst 0x1e3901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e67f551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f690e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea1ba13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee4d4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea6ed55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c08d6
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
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2801c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3901cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eeeee7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee7f4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22485f
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
	.inst 0x4ee18850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc699b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f23e512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e201854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6168b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f52e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee9e598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eadedd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f21fc9a
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
	.inst 0x1e6659fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcd937d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e59086e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e6effdf
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
	.inst 0x6e21a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e308a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230072
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
	.inst 0x1f022474
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
	.inst 0x1e296c16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f613e97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f22fd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e26e479
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
	.inst 0x1f0d841b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30fadc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2e557d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e79ce1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1d81f
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
	.inst 0x1f001030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eede451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1a852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02f0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f52b834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0f975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f530e36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea0d6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0734f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2cdd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6401ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65799b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23881c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e217b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23cc1e
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
	.inst 0x9e790040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e307a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f011d73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1b814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e332855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f33b016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7eb0f9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f60a9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02bcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63011a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eeae5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea8c5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62007e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e263abf
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
	.inst 0x9e620070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30ecf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4f18f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e600244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f75fd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e67959d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e2ffeb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61ca18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e64df3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0f055b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb2c45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f65039e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f69fe9f
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
	.quad 0xee3eefd71df55be5
	.quad 0xe387c78132de0a42
	.quad 0xffffffffffffef63
	.quad 0x0000000000000091
	.quad 0xacbca3d49f30b44f
	.quad 0x8000000000000000
	.quad 0x4b87fa42719932c9
	.quad 0x07279d3a155cc7af
	.quad 0xffffffe8795e2529
	.quad 0x0181d6e40ba2daf7
	.quad 0xfffffffffffffdeb
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc81
	.quad 0xa2a1de1b5a498028
	.quad 0xfffffffffffffc88
	.quad 0x06000000
	.quad 0x60000000
	.quad 0xd6a0f0e91e336759, 0x0000000000000000
	.quad 0xfdef0fac96fffbff, 0x016f33b56a922918
	.quad 0xc040c6e6b2143cbc, 0xc410000000000000
	.quad 0x0000000054b2560e, 0x000fffffffffffff
	.quad 0x7444d1f0c7ffffff, 0x12add38dc86c0710
	.quad 0x80000000aa451c21, 0x00fdf38e8f595ea0
	.quad 0x0099ae1800ffffff, 0x86b75fc54188c191
	.quad 0x3eb8000000000000, 0x28749a47c00fb40c
	.quad 0xc01d000000000000, 0x7ff144c155d33b72
	.quad 0x368a2af793c94fbb, 0xa351d6a8ffa031c1
	.quad 0x683173340024a1af, 0x9a1091c7fffcffdd
	.quad 0xfff0000000000000, 0xf28634a7cbd4fa14
	.quad 0xb700000040e80000, 0x40ab63043b200000
	.quad 0xbfb8398eb573920b, 0x8d9868cc77bb7450
	.quad 0xbf6e552fc3dee02b, 0x7fc0000080000000
	.quad 0xbff4000000000000, 0xc453979abe3faefd
	.quad 0xc079882ebe9f3262, 0xdfc6cb1fcee72831
	.quad 0x0000000055fffffe, 0xc10600007fa114ea
	.quad 0x6d0b9ecf0484c5a0, 0x80289ac9c3af2e2b
	.quad 0xa873bd2066f3f820, 0xbbff9bed3cad2b81
	.quad 0xa4e41076ff7fffff, 0x272c0dd174d4de4a
	.quad 0x8769356efffbf8da, 0x46505b277bdf7e00
	.quad 0xedfad64cffeffcff, 0xbfad2502bc17a389
	.quad 0xc2a941bdc0000000, 0x659f6eb90bbc04e9
	.quad 0x3f95e6d5e4c6b7ac, 0xc5c6baf23aef87ff
	.quad 0x39c9eff8feeeb6d7, 0x19b01613e3dec180
	.quad 0xc01e000000000000, 0x3f30000000000000
	.quad 0x0743c36bda000001, 0xb5740b84a0a4c60a
	.quad 0xf2d8bbd748e9d494, 0xaa9e4b49ffffffff
	.quad 0x0000000000000001, 0x4116000000000000
	.quad 0x0000000041200000, 0xff8f8ad941769869
	.quad 0x40a00000c30cb210, 0x8003aeacf1bbc2a7
seed1:
	.quad 0xffc358a3e8c2152b
	.quad 0x000000000000008a
	.quad 0x0020000000000001
	.quad 0x2bfff28661db0a77
	.quad 0x0000000000000023
	.quad 0x83b1d58c3031cde4
	.quad 0xa6c53304c13d3fc9
	.quad 0xfffffffffffffdf4
	.quad 0x00000000ffffffff
	.quad 0x0000000000000c6f
	.quad 0xfffffffffffffe2d
	.quad 0x00000000000001ca
	.quad 0x0000000100000000
	.quad 0x0c87c33c8422ab50
	.quad 0x00000000360645f0
	.quad 0x8b73db7410831476
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x8008bd6292799d57, 0x807fffffc00733a9
	.quad 0xc004000000000000, 0x41ffffffffffffff
	.quad 0xc1c7b1f7ecdbcaf2, 0x0000000000000000
	.quad 0x02804f396539601b, 0x01a2aebc5eefa807
	.quad 0x51744ddae9f6d342, 0xc35c0e4b7588541e
	.quad 0x0008000000000000, 0xc06016b23b6238fe
	.quad 0x283a94327de4fc36, 0xa5d46ac339c27dc3
	.quad 0x3f8038f0d4f2a6db, 0x40f800003a18ef38
	.quad 0x7ff0000000000000, 0xbba69d6f7fe0def1
	.quad 0xfff3acaad7e83a68, 0xecf713b7bab8fd2b
	.quad 0x3fdb800000000000, 0x3fac84c1491b820e
	.quad 0x000f215285c1b5ec, 0x3e1af4464139856e
	.quad 0xfff8000000000000, 0x848ff31e3ed08b69
	.quad 0xd1b9e29e94114640, 0xc070000080427f54
	.quad 0xbca9037ebf1aa808, 0xc016131a178e3b0e
	.quad 0x7ff0000000000000, 0xc251e11a336225b2
	.quad 0xfff08f35e5a25551, 0xf1bfef60f2fd7bff
	.quad 0x2dce1767ab767eb9, 0x58529e85a8888000
	.quad 0xa74ef3d8ffa77d19, 0x00000000ffc00000
	.quad 0xbb84ab3fcf800001, 0xffc93063bb348ba0
	.quad 0xf6392010ffb946cf, 0xbfc5430bb29a7286
	.quad 0x81ddfa024bb7eeea, 0xc0327c379496e55e
	.quad 0xbf07592e7f800000, 0x376321997e800000
	.quad 0x7f9a98c77fc00000, 0x3a7aaac335e2fbfe
	.quad 0x0c7bcbfdf9ffffff, 0x4bdef75ccbff77c1
	.quad 0x71de85fb58ea0000, 0x800e1443ba34b640
	.quad 0xc2c72edd80000000, 0xcd261f8bb9bdffb4
	.quad 0x41730d18c0200000, 0x53358f76ffb37fe4
	.quad 0x3000606b3ffbd392, 0x36e00000cf00398f
	.quad 0xfff8072db0b2f15d, 0x7e930e5d7d6ed00a
	.quad 0x0fa896eacea2e434, 0xc012000000000000
	.quad 0x7c70e727960b0000, 0x43bf436c56df3027
seed2:
	.quad 0xffffffffffffffff
	.quad 0xbd0610e36752da52
	.quad 0xab2fda926de3c050
	.quad 0xfffffff292791631
	.quad 0x8000000000000000
	.quad 0xfffffffffffe9d75
	.quad 0xfffffffffffe9267
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe00
	.quad 0xd9f6373092d0625f
	.quad 0x3f41a7b23f0789b3
	.quad 0xfffffffffffffecf
	.quad 0x00000004dda1ac7d
	.quad 0xfffffffffff262b8
	.quad 0x35f35e88fa499887
	.quad 0xfffffffffffffe3d
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xfeec2a6806ab0d49, 0xfa1970d1de5b9b7b
	.quad 0x00539b6cc5470773, 0x407e000000000000
	.quad 0xe2bbdc9794fefd69, 0xbfedc5edf4b45719
	.quad 0xff7fffffc15c93d6, 0xc04070ad1086c757
	.quad 0xc0602aa0770f6488, 0xec16dc097fa78000
	.quad 0xbff8000000000000, 0x2bf193b8feffffff
	.quad 0x82ad3632038d1696, 0x3f9d92e7c215218a
	.quad 0x4078000000000000, 0xfff22669be912f3d
	.quad 0xbbcccdbc1d47fc00, 0xbe800000007ebd5c
	.quad 0x4440d9bab676abea, 0xfef134d2d311dfd4
	.quad 0xf69744c67f7e6fff, 0x40657dd284a4d6af
	.quad 0xc34793f5cfffffff, 0x4869e98c9047c2a3
	.quad 0x6bd0cc87d9257c00, 0x5cfd8dcbffcb36c8
	.quad 0xd623c7a3d3d64703, 0xb59ca952c6650000
	.quad 0x402c6747de9877b9, 0x793277a0357b2d51
	.quad 0x407fffff40380000, 0x7ff0000000000000
	.quad 0x3f8fbb41d0dc44f2, 0x7a08b8a7c82b78d7
	.quad 0xdf069d9df4d4f2c3, 0xfff0000000000000
	.quad 0x0089a6b50391a7fa, 0xf14924cdabdf8bff
	.quad 0x02297fa07ef38000, 0x7d9363313d17fb76
	.quad 0x468000003e464aa0, 0x1a51ac32ffbb9bbf
	.quad 0x80e1d6467effffff, 0xd71476d578f417c5
	.quad 0x57a528d1566202cf, 0xc269ec827fa0aca8
	.quad 0xbe9165bf4aa451ad, 0x60cf74c296247c00
	.quad 0xbfc5600000000000, 0x0020000000000000
	.quad 0xfff0000000000000, 0x474f43f57fc00000
	.quad 0xfff8000000000000, 0xe733c9205469aceb
	.quad 0xfc52df65d3931a93, 0x7d85bafa72794e65
	.quad 0x7d95b9aa01313690, 0x4022000000000000
	.quad 0x6f22875598ae2f49, 0x8000000000000000
	.quad 0xfff56fdce07826d8, 0x7ffde1aa6dc810b3
	.quad 0xc03ab2ef5de1a5fb, 0xfff8000000000000
seed3:
	.quad 0xffffffffd8aba463
	.quad 0xfffffffffffffffc
	.quad 0xdb1115d6a3239e4e
	.quad 0xfdf815d8905ea096
	.quad 0xfffffffffefb56ed
	.quad 0xfbbe3d71c8cd73d9
	.quad 0x66c9221b85e3ef87
	.quad 0x1bedde1ea55d5f2a
	.quad 0x90c48b83ca9c3da7
	.quad 0x086ca735301a8293
	.quad 0xa9c0a44a4239c363
	.quad 0x38643094b4554647
	.quad 0x00000baeffc4a972
	.quad 0x000000007fffffff
	.quad 0x000064322a610051
	.quad 0xbe272c40afd278ed
	.quad 0x02800000
	.quad 0x70000000
	.quad 0x001714ba166255db, 0xcdbb8a157fffdb7f
	.quad 0x0e4e46b6bfbfff7e, 0xbd2cca6c4961b614
	.quad 0xbfe0000000000000, 0x800e88a267197b22
	.quad 0x8000000000000000, 0xc016000000000000
	.quad 0x8007a81e15da1489, 0x0000000000000000
	.quad 0xffff708ef78e22c9, 0xbadff387dab6c279
	.quad 0x40b78e6cc0200000, 0x4024000000000000
	.quad 0x42b19ef2fe9bd405, 0xc75d66ca536b8000
	.quad 0x3ffd3bac3e765781, 0x7e87ee347ed61831
	.quad 0x0000000000464026, 0x41f5e36740c40000
	.quad 0x11d3960ba6812b10, 0x130bf1d64bb1d5a9
	.quad 0x024fb249f86020a0, 0x7f7fffff7f800000
	.quad 0x696f5c69c6907ef0, 0x817fffffff800000
	.quad 0x7fc00000ff800000, 0x806b527a47348000
	.quad 0x28814e03b820d42b, 0xffc00000c093a869
	.quad 0x7298401256c8fc00, 0xac448318b4aa9a64
	.quad 0x7e800000f1a22774, 0x313327afbfc6f8c9
	.quad 0xfff62071a8d3dc21, 0x2fc0b0e610ce0000
	.quad 0x531c8466a36d2b8c, 0xe5767c3afa7f5a5f
	.quad 0x0c3e651f593f7e07, 0x00126e4b16d16854
	.quad 0xbcb2d08df5169e31, 0x00000000feffffff
	.quad 0x45725874c504c001, 0x109752d6fcf2339d
	.quad 0x5a13981464367c00, 0x07eb9399c72e6e72
	.quad 0xfe96b58f80000000, 0x01dda7593064ca47
	.quad 0x6bc35f1cff800000, 0x11470498ffcfa8fb
	.quad 0x1a71ec0ae96464e8, 0xd8a21368b1b4b3a2
	.quad 0xf1706d3c8edde400, 0x0f89fec77d317c00
	.quad 0xc07fffff803d0148, 0xffe0000000000000
	.quad 0xc8700000c075f312, 0xd98000007f957ad1
	.quad 0xfffa27b100000000, 0x4e7463acfff2d897
	.quad 0xbf609885c1160000, 0x3cf3e2ca0032a4c7
	.quad 0x8000000000000001, 0x3efdc00000000000
seed4:
	.quad 0x00000000001c4104
	.quad 0xffffdd0f546ab9c1
	.quad 0xcfcf8a92b1157507
	.quad 0xe3739318a82d7b82
	.quad 0xe50570ddb49ed1f7
	.quad 0x0000000080000000
	.quad 0x2eb1359e65fbe208
	.quad 0x00000007145d5a4e
	.quad 0x57f02cbdf3331cd1
	.quad 0x15b18647bbaf16f0
	.quad 0x0000000080000000
	.quad 0x039eb82185e249cc
	.quad 0x548966eb8a66fc5a
	.quad 0x000e8016aa1e3bf6
	.quad 0x0020000000000001
	.quad 0x84ce2a705853ec24
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x00224a7eb3df8db2, 0xf6710c34fff00ccc
	.quad 0xbbca681fb5900000, 0xc0e0000000000001
	.quad 0x000b2123cd2940fe, 0x3fca37edfbac6c60
	.quad 0xf512d753f9d78690, 0xfff2af6662458f7b
	.quad 0x29ee65dfd7cbfd7e, 0x3da600007f800000
	.quad 0xdade318cbf58f3fb, 0x7f800000c24a7fad
	.quad 0x05b0520dd4dbf5fc, 0xa63c507a7fbfd37b
	.quad 0xc2ab486e0885e087, 0x3c500000427f4334
	.quad 0xffe0000000000000, 0xa2384f067ef6fbde
	.quad 0x434da3fb785da930, 0x7f8700627fb0ffe7
	.quad 0x67815938f7f5de6c, 0xf5f742cc1bba8044
	.quad 0x7f5c62659a902725, 0x10c6b47c5c77da22
	.quad 0xc7800001817fffff, 0x2a47ffe03694dcfd
	.quad 0xbfa222a4e073514a, 0x40e000007fc00000
	.quad 0x690cb13f4a6da04c, 0xff800000892a121d
	.quad 0x8000000042bd7285, 0x1cc307d57fab80d3
	.quad 0xe290a320c64709f1, 0xbf923e944640bcb0
	.quad 0x0000000000000001, 0x000786f4e8231d67
	.quad 0x2162c2b9799d4840, 0x3cee973b43536177
	.quad 0xfb94fac9ec10dc9a, 0x799fe56003dbbc00
	.quad 0x7f800000f95f43d7, 0xc2becb3500000000
	.quad 0xc05b600000000000, 0x14c343baf803eaa2
	.quad 0xc7f4ad5f5f308000, 0x96b71138e2d53086
	.quad 0xc017000000000000, 0x8a413f7aea672c33
	.quad 0x47ccb0c9cd40cdb5, 0x3e7ac2733ec4ad05
	.quad 0x7fc00000c183e671, 0xffdfffffffffffff
	.quad 0x40663212c27c4df7, 0xfe56c84394a39fbf
	.quad 0x9000c5d150c61246, 0x03000c5cc0c9daa0
	.quad 0xa0cc124df1908000, 0x0000000000000000
	.quad 0x298a470efffdb5af, 0xc06791968ad79603
	.quad 0x40600000c0a15742, 0xf62b0da480000000
	.quad 0xff800000dc5bc658, 0x7ff8000000000000
seed5:
	.quad 0x21478eec171d3dec
	.quad 0xfffffffffffffd43
	.quad 0x000005099255ec3e
	.quad 0x7c908dc581a5bfe0
	.quad 0xfffffffffffffd97
	.quad 0x99b429e58f9d5310
	.quad 0xfffffffffffffe7b
	.quad 0x00000000000001bf
	.quad 0x5b8e75c77e97cd28
	.quad 0x6a369aa5c5913e0b
	.quad 0x000000007fffffff
	.quad 0x3c70cf4cc5da9a02
	.quad 0x00000000448c49ff
	.quad 0xffffffff80000000
	.quad 0xfffffffaa1995bc0
	.quad 0xfffffffffffffc74
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xc03f3208c0d82375, 0x4c2d8955af398d06
	.quad 0xc3b917f400ae4368, 0x7ff8000000000000
	.quad 0x0227cdc3fffedf1d, 0xa72511712598b24d
	.quad 0x950847103748fd44, 0x00fa886bc35e381f
	.quad 0x7fd40db2fb55a0b1, 0x401d002a0f3f79e6
	.quad 0xc700000080034942, 0x6db089cb5c027c00
	.quad 0x80aab53f489322bd, 0x00000000feaa3a33
	.quad 0x40f80000ffa63e63, 0xfdb41defbd1b345b
	.quad 0x817fffff4109a5f8, 0x67b03786fedfc794
	.quad 0x94c61da7fbfffe6b, 0x7f9ae01500000000
	.quad 0xafb52f93c361c8f0, 0xe7002adcffc48000
	.quad 0x3ff40e9003fee0bd, 0x3f29000000000000
	.quad 0xc0ac00008f48ba01, 0xff800000430c81f3
	.quad 0xff9e9d2b7fc49978, 0x7fba0a6338d00000
	.quad 0x85f3804cffed7e01, 0x878806a23d260000
	.quad 0x800d42ecb0b736ab, 0x000ffb3d53286f63
	.quad 0x7fa57cd0956cad75, 0x7febe3d86c287f02
	.quad 0xffe1ea375c4f8e36, 0xbdf59057f9870367
	.quad 0x7f99af301d78d91e, 0xfff0000000000000
	.quad 0x34356695df67fc48, 0x7fa5027e91fc827d
	.quad 0xc3ffffff40580000, 0x000000004aa0ffa1
	.quad 0x072cf02ae7b40a93, 0xc010000000000000
	.quad 0xfffbc8cd63607bf4, 0xeabda0f84cffb847
	.quad 0x6f2c233142100000, 0xa9d8c1b3b344c91f
	.quad 0x27b4929447409280, 0x4018000000000000
	.quad 0xf93f14401a4d7d23, 0x8008bdf816d0e7f9
	.quad 0xfeffffff01000000, 0x3d700000b6600000
	.quad 0x435030eb122264eb, 0x7f866d31717d22e5
	.quad 0x0168b505a12c0021, 0x3fb2000000000000
	.quad 0xfddaba9cbba17cdc, 0x1649674efeadfdb8
	.quad 0x000000004f800000, 0xc0475cf844e1c6b8
	.quad 0x7c2a963e7fa0d3a4, 0xc098000000000000
seed6:
	.quad 0x0000032b09e1821d
	.quad 0x8000000000000000
	.quad 0x0000000000000020
	.quad 0xe288d809d3765b80
	.quad 0xffffffe3f87493c0
	.quad 0x0000000000000000
	.quad 0x0019bab938a9e78b
	.quad 0x000000000000003e
	.quad 0x0000000000000054
	.quad 0x74e026103fda8160
	.quad 0xfffffffffffffe04
	.quad 0x0000000000000000
	.quad 0xfffffffffe9ad81b
	.quad 0x06e9e5af7d7d8007
	.quad 0x0000000000000003
	.quad 0x97815cd956b89960
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x4016000000000000, 0x7f4b32b39482d286
	.quad 0x985f790a4953fe15, 0xff800000778a03bf
	.quad 0x71473277ecc5796f, 0x90d97834b38d66d1
	.quad 0x5f80000080258b37, 0xff8000004948af5d
	.quad 0xd3913cd3ed7fffff, 0xbfad886ac5a18336
	.quad 0x4010000000000000, 0x3e90272a40cb400e
	.quad 0xbff0000000000000, 0x7f80000000708401
	.quad 0x7d935dac6d0ff921, 0x80000000c2a20000
	.quad 0x7ff0000000000000, 0x9535f8a0ffbb17dc
	.quad 0xc51b904edd42ff52, 0xff618eee7f800000
	.quad 0x8020000000000000, 0x800f9691bc8dbe37
	.quad 0x4080c00000000000, 0x0000000040800000
	.quad 0xc1effffffffffffe, 0xc06c64aac6766f8e
	.quad 0x9d564ee7822efacf, 0x8f8bbaf7d7fbff8f
	.quad 0x8181588fd13f6648, 0x00400000cf4b13db
	.quad 0xf2fc29d4efd9bbf3, 0xc829bcb5b26411b8
	.quad 0xabe86a3fcd3dc870, 0x2eacf049ec8541f0
	.quad 0xeb3704e45fffffff, 0x800000003d1ebfdb
	.quad 0xbfe29c3508d0e795, 0x8a26b9efc2fdd522
	.quad 0x4021000000000000, 0x3ff0123f2a40aed0
	.quad 0x32308a09ffa9fe00, 0x801fac9caf622f2e
	.quad 0xffc00000905c2cf8, 0x3586f6d1e224330e
	.quad 0x5be27ec700000000, 0xb1fa7bc4f1d58c7b
	.quad 0x7ff0000000000000, 0x00af405fa5d57044
	.quad 0x0b2498afd9fffffe, 0x10c9de35ffd3ae75
	.quad 0xb532c937fed7d7df, 0x8000000073844491
	.quad 0x7ff8ac1d80ffffff, 0xf1cc816ca3cd4000
	.quad 0x42eb414aece52382, 0xbaacc56d15cfc4dd
	.quad 0xead46026859e1b46, 0x8ea8d041968d4a08
	.quad 0x4000000137a9332e, 0x67e03ad616957cb8
	.quad 0x8000000000000001, 0xfff3f6468cd0d0b3
	.quad 0x22567213edfffb9f, 0x5ec7240e833d0000
seed7:
	.quad 0x0000000000000178
	.quad 0xffffffffffffffff
	.quad 0x000000000448ad61
	.quad 0xfffc3a38721754df
	.quad 0x00000000ffffffff
	.quad 0xce5c7a05a0105f68
	.quad 0xfff6555ade63089c
	.quad 0x838e1feb7ea1caee
	.quad 0x3ac13ea16ada31a7
	.quad 0xfffffffffffff4f2
	.quad 0xffffeef5155b922a
	.quad 0xfff9c8f7e5fab63a
	.quad 0xff924d578ba3a2e8
	.quad 0x6fbc303892361ffa
	.quad 0x000000000000031a
	.quad 0xfffffffffffffd19
	.quad 0x03800000
	.quad 0xa0000000
	.quad 0xfff0000000000000, 0xfbcd0deaecf9d192
	.quad 0xbf3d800000000000, 0xf91d1e2b43500000
	.quad 0x3fde4e8be4710bf8, 0xbee4fde6c196155c
	.quad 0x000509396d98da0e, 0x4a906c7e03db744e
	.quad 0x40471fdbcc4b81a0, 0xa12245937f9018aa
	.quad 0x6fa8b5cb94f0fe75, 0x7ff8000000000000
	.quad 0xa10026a8d7dd7ffb, 0xff800000bfb851e1
	.quad 0x212c81e298507d75, 0xb77b0000407fffff
	.quad 0x43c42235004c881a, 0x96fad1d1ba316642
	.quad 0xbd4897b9ffc64820, 0xcfe1ad7baffefcf5
	.quad 0xf1315ec78a14be8b, 0x811235ed80000000
	.quad 0x232a442300400000, 0x97675652d41502a6
	.quad 0xcfe74c69efc758c7, 0xa946cef3be2d5fc0
	.quad 0xc1876035be17ae8b, 0xffd0000000000000
	.quad 0x7fdfffffffffffff, 0x001a72b25f1e0a6a
	.quad 0x0747e2dda87c8580, 0xaf73e426d7e7cf36
	.quad 0x014196a4acad4286, 0xff982139ff9c8c00
	.quad 0x7f2eb361d557b596, 0x40e9000000000000
	.quad 0x7fa07051ff888bb3, 0x3f74d3a4613deb43
	.quad 0xfff0000000000000, 0xf8b1585400000000
	.quad 0xbffb727c815e74ce, 0x7f000000e55cdea3
	.quad 0x591a647026bd6a11, 0xfff80383ad598acb
	.quad 0x7fe43a177f48caf9, 0x5a754069f399fb3e
	.quad 0xba9237d047b7fdce, 0x35069a2e7fb78ee8
	.quad 0x14a7f215bf11cb0b, 0x0020000000000000
	.quad 0x84303c80bfa8b73d, 0x8004a220320ec444
	.quad 0x329f1e3424f77ac0, 0x0000000001000000
	.quad 0x7ff8000000000000, 0x693bcf6736d6f800
	.quad 0xf6ad5c0f7fe6506c, 0x7ddc7e3c167aa2ed
	.quad 0xc220000000000000, 0x433fffffffffffff
	.quad 0xb20b059b20378001, 0x83077d85d592017e
	.quad 0x377000007fc00000, 0x017ffffff83cdd18
seed8:
	.quad 0xfffffffffff8b090
	.quad 0xfa2e82e282427d73
	.quad 0xffffffffffffffff
	.quad 0x000000001ea66eef
	.quad 0x6640530136683e93
	.quad 0x00015be3d8f166eb
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xfffff82ac33643c2
	.quad 0xf4eee28f30d3e137
	.quad 0xa883e2969f9b4054
	.quad 0x00000000ffffffff
	.quad 0x0099f71f5c0d9b96
	.quad 0x00705117d52e98da
	.quad 0x000000001467eb40
	.quad 0x000000000000033d
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x55a2ce55ebff4e36, 0xfff6c5a132ff9a27
	.quad 0xfff0000000000000, 0xff80000080400000
	.quad 0x3fd309bdb1bf3101, 0x8e7d2795f8a244d4
	.quad 0x800f936f6d0e81c5, 0xc0e80000415fdb7f
	.quad 0x099cf20cc37647e0, 0x0000000000000001
	.quad 0xff0bf222bc009e7c, 0xff8000003cb2e995
	.quad 0xc006000000000000, 0x7121298033913ffe
	.quad 0x7f80000040300000, 0xc1d49cab40900000
	.quad 0x06ca73b5800dde2e, 0x4023000000000000
	.quad 0xc1fffffffffffffe, 0xfeeb995980000000
	.quad 0x7f8a4629ff8932a1, 0x41fffffffffffffe
	.quad 0x476abc727f800000, 0x0020000000000000
	.quad 0xfe800000feffffff, 0x3b024cd0ff80b8b7
	.quad 0x7effffff407ffffe, 0x007cbbd400000000
	.quad 0x5dddbe70c34f7c00, 0x67e06743ede47c00
	.quad 0x073aed16f3eae7eb, 0x000000000c77078d
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x4f0000007fc00000, 0xdd833f6cda7ffffe
	.quad 0x220c34a03c098438, 0xc0c00000ffbe1c1d
	.quad 0x8020000000000000, 0x3fdd96d7eb0f7c9a
	.quad 0xff8000009a7685f8, 0xc0ac900000000000
	.quad 0x800000003cf80000, 0xfff381236b6a9451
	.quad 0xbb5e8e6aafafedec, 0xfff8dd8e80a8d407
	.quad 0xb2cd0e1844d7ff7f, 0x3192c9216fffffff
	.quad 0x00000000ff800000, 0x006663ba0977f0a2
	.quad 0x3eb29e1b12467590, 0xffd1057ca715dc06
	.quad 0x6acc7dbafae859d3, 0x4062000000000000
	.quad 0x8000000000000000, 0xfd15289af04ab17c
	.quad 0x59800001007e3783, 0x800fffffffffffff
	.quad 0xbdb864a580800000, 0x7d9ebbc5b65c4f76
	.quad 0x7ef32386cb6c58c7, 0x3f9bafe2d9754e71
	.quad 0xcd4812bfbfb958eb, 0x3c31b31fb75ff8f4
seed9:
	.quad 0x00000000000002ec
	.quad 0xffffffffffa7ea52
	.quad 0x58f38ee0b48669f7
	.quad 0x000192389917f301
	.quad 0xfffffffffffc3221
	.quad 0x104bcb312d568ca8
	.quad 0xffffffffffeca39e
	.quad 0x000000000000293b
	.quad 0x0000000000000323
	.quad 0x0000000039c7e83e
	.quad 0x9a05b0f7353e0c24
	.quad 0xfffffffffffffea9
	.quad 0x0000000000000370
	.quad 0x00000001ebd6d448
	.quad 0x697363eddb3ef1e8
	.quad 0xffff46175d19ae89
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0xc77023a8f3fdf99c, 0x7ea196298b3eb65b
	.quad 0x7e78ea09d7cc95ba, 0xff1af65f0f87030b
	.quad 0x40affffffffffffe, 0xc024000000000000
	.quad 0x80086451d550da4c, 0x4004000000000000
	.quad 0xdcc524a149d778ea, 0x2635e91dc2e7b5a9
	.quad 0xc0900000bd2f1bc0, 0x8000000041200000
	.quad 0xacebd294ae608054, 0x78a2fce42f5fcff6
	.quad 0xc023bb06bbb34bdb, 0xbbc687523ea00000
	.quad 0xdab4ccd38c7c5206, 0x83d357db80000000
	.quad 0x6bf0381fffb6ff27, 0xb564a0eee6ffffff
	.quad 0x15496a50c068531d, 0x94542b5d9711108b
	.quad 0x16232f78f5febf84, 0x3e837c03b796d762
	.quad 0x42df9163c270cfdd, 0x152d9d58f788a73d
	.quad 0xde089073e6f7c580, 0xc76692f17f800000
	.quad 0xffb6b7a5fa97ba95, 0x5f800001bf400000
	.quad 0x1c4eb36b5f000001, 0x88aa8229bb5cfea6
	.quad 0x000000003ff55aa7, 0x8aa89d0e90f57983
	.quad 0x3fd48cfb5326cd1c, 0x57681dd8f3687d89
	.quad 0x5f000000115299c9, 0x8000000000000000
	.quad 0x8789f64f5e720000, 0x7fdfffffffffffff
	.quad 0x5ef924187ffbfbb4, 0xc023400000000000
	.quad 0x731304beffb2fb21, 0xff8000004ce63770
	.quad 0xc02000005fa2c12e, 0x7f800000a3e27e6b
	.quad 0x01112eb351efb8fd, 0x80bf5fc37fbb6ae7
	.quad 0x74ddea90f2ad8799, 0x6858ff10b55e293c
	.quad 0x44429dde3b857623, 0x382917223b8fd4e4
	.quad 0xc000000000000000, 0x81368289956b9779
	.quad 0x8dff3dd893ebffbb, 0x7ff06c053f75161e
	.quad 0x001fffffffffffff, 0x7fb74d2d7fa7fe78
	.quad 0x8000000000000000, 0x8f50fe29ff800000
	.quad 0x87901e9ad69bf7fc, 0xbfe0200000000000
	.quad 0x3f3c4f8ebe1f5bec, 0x41140000410ef54b
seed10:
	.quad 0xfffffff67bc04f05
	.quad 0xfffffffffffffd4d
	.quad 0x00000000000000ba
	.quad 0x0000000001000001
	.quad 0x0000000032a87db6
	.quad 0xfffffffffffffc99
	.quad 0xfffffffffd9c4ac7
	.quad 0x00000000000000e5
	.quad 0x0000000000000000
	.quad 0x000000000000006e
	.quad 0x0020000000000001
	.quad 0xdbf3ee40a8cd52e7
	.quad 0x0000000000024645
	.quad 0xfffffffffffffe14
	.quad 0xfffffffffffffffa
	.quad 0x553852d2006b87ea
	.quad 0x04800000
	.quad 0xa0000000
	.quad 0xe1835b194c391eda, 0x8a2bbb03e27d3fab
	.quad 0xa003cb1880000000, 0xfff64ebefb6353f1
	.quad 0x7f7fffff7f44a75f, 0xbcb4a271f78d2394
	.quad 0xc069cc715ceffda2, 0xc0d4c00000000000
	.quad 0xcf868879e4415263, 0x0000000000000000
	.quad 0x7fb3b02632380adb, 0x20bb348fb7bf57d8
	.quad 0xc3ffffffffffffff, 0xff800000feffffff
	.quad 0x312d3db82b8d7400, 0xe7f83996fde57e3c
	.quad 0xda5f7cbcd1e53e39, 0x1286298fdf7ffffe
	.quad 0xdf6072e2cbdefe6b, 0xfcc6e39ac38210a6
	.quad 0xf7ae85e7f722a6b9, 0xbf9690a73d1553e3
	.quad 0x8e88f7569c284080, 0x000000004101746b
	.quad 0xe296344d58427c00, 0xd58acb916e13a8b5
	.quad 0x7ff0000000000000, 0x8935a2a98d18a6a5
	.quad 0x5aaa0950afff7fb7, 0x595a86495336752f
	.quad 0xc03fffffffffffff, 0x000000017ea18543
	.quad 0x3cc8ca50f28fbffe, 0x002fffffffffffff
	.quad 0x80192507c0f1ef82, 0x7ff534d5bbf7f198
	.quad 0xc015000000000000, 0x36c826270af3fc8f
	.quad 0x3fdc6e9800722bb9, 0xa7018798ffe57fa9
	.quad 0x850daa2cde2cc193, 0x2def20cb8e3a8000
	.quad 0xffe0000000000000, 0x098cce4edbfd7baa
	.quad 0x0010000000000000, 0xda000001ffca039d
	.quad 0x4e9af483fb7ddcf8, 0xff800000bda89d2c
	.quad 0x7ff074d0313f3675, 0x3506f58491fa5327
	.quad 0x62092b4280f43361, 0x2216ff41ffa28db2
	.quad 0x740b3b92ffffffff, 0x3fffffff807fffff
	.quad 0xc3f1eb494ea05a27, 0x97d7228480000000
	.quad 0x6e124825fda4c1c0, 0x8947e235ff800000
	.quad 0x4a71670ac7800001, 0x8d1033123e573b3a
	.quad 0x7fbc29cac0e80000, 0x42defa8b00000000
	.quad 0xbd0e8bb9a95e0000, 0x0d7e9f2dffd637f5
seed11:
	.quad 0x4a9aa830490142ac
	.quad 0xfffffffffffffe2f
	.quad 0x00000000000ff0b1
	.quad 0x725f7795b7efe67e
	.quad 0xb8eeb076989d2972
	.quad 0xfffffffffea5c182
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0xb06be1102f9350cd
	.quad 0x018621c2445806bf
	.quad 0x3ff56bafca64614a
	.quad 0xfffffffffffffff4
	.quad 0xffffffffffffffff
	.quad 0x5f6e62201abae0cc
	.quad 0x0000000000000353
	.quad 0xe68b0ba066cb85cf
	.quad 0x05000000
	.quad 0xb0000000
	.quad 0x3ff3f27e5e512754, 0xcaa26cc0cadfcc8d
	.quad 0x42508000bbcc55a1, 0xbdb9dc127b0db4ef
	.quad 0x2000e9796d847d7f, 0x800fffffffffffff
	.quad 0xc086b00000000000, 0x3c48247801aef279
	.quad 0xf54518239d7fff0d, 0x7e9abe3e00000000
	.quad 0x82f54a82df6fce2a, 0xbfe0ccd7591ad01f
	.quad 0x64199a030a9db252, 0x917c18c38a6ffc00
	.quad 0x81eac60e7fe6b913, 0x4fffffff8c993b4c
	.quad 0x9c5c24f880000000, 0x3a595762019c07fd
	.quad 0x7a27f1bdff9bbefc, 0x4000000000000000
	.quad 0x0b3ff4717f800000, 0x96470dfcf0598000
	.quad 0x5ddf4e597fb7cfe1, 0x7fe0000000000000
	.quad 0xfd72a8ecdcb3ed0e, 0x8481b9618de80000
	.quad 0xc7f43ccccd104400, 0x3f38000000000000
	.quad 0xc3e3dc95bbb74fa4, 0x43e0000000000001
	.quad 0x30f82f097c9e7e6a, 0xade75a38503a3a7f
	.quad 0xff5bb5b146e0956d, 0x40543fbf43db60bb
	.quad 0x74c8a19afd87e7ff, 0x434ba275ffab31e6
	.quad 0x3d128ad22138f400, 0xfff4a7b8571468ef
	.quad 0xd2297a9325edfbc7, 0x28feac36d3b72600
	.quad 0xfc90ade4dd5c8a6e, 0x87992f8ae6c1c780
	.quad 0x2c3a61f2ffcc7c00, 0x89656b3d80987bff
	.quad 0x7ff1324feba2e524, 0x7fcc1a3bc15de2f9
	.quad 0x02bb3bed7e1c6ac5, 0x883e1b769f5e2805
	.quad 0xc0e4e00000000000, 0x976756a309f2c800
	.quad 0xed000007eb24fc00, 0x006f7693b6f80000
	.quad 0xc2e00000c2d2d01b, 0x87561c5ffffffcd0
	.quad 0x7f800000ad9cb52b, 0x30342c09c320b8ce
	.quad 0x7ff8000000000000, 0x3ff0000000000000
	.quad 0x1683dbb4ffdebb9a, 0x7d864d45ad35c4b8
	.quad 0x80ffffffff800000, 0x661fa6f2aa64fc38
	.quad 0xbef2000000000000, 0xd340effc00947500
seed12:
	.quad 0x0000000002fdeacb
	.quad 0x00000000000000c6
	.quad 0x0000000f6bbf98cc
	.quad 0xfffffffffffffc30
	.quad 0xfffffff65ff33cb2
	.quad 0x0000000080000000
	.quad 0x25cfb1cf4cb35db2
	.quad 0x7fffffffffffffff
	.quad 0xffffffffff550f93
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x17d7dc865062110b
	.quad 0x000412c656ac4332
	.quad 0xd7117d9ee4dfbce5
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x05000000
	.quad 0x60000000
	.quad 0xbe3aedf7d8a98313, 0xf2d55cafe1b9fd56
	.quad 0xbe6ba111e2edb7f3, 0xffefffffffffffff
	.quad 0x7ff9e068572af16f, 0x000fffffffffffff
	.quad 0xc9a22b5265827e00, 0xffc00000ffba8176
	.quad 0x7fc0000080ee9d0e, 0x0b4e90e2db5cbf58
	.quad 0x3ff8000000000000, 0x3f9cdbc15780bc1a
	.quad 0x0da4f7f680000000, 0x32acf1d8fdbc27ff
	.quad 0x5bfcf719b7735bed, 0x31cbf9b3a17b0037
	.quad 0xc3b54240945545a6, 0x0e452fdffeea0c14
	.quad 0xbfa62f83c1663db0, 0x9210aca54f96084c
	.quad 0x7ff0000000000000, 0x02c675c1efc80000
	.quad 0x4021000000000000, 0xbf855f335a2349ed
	.quad 0xc058aff9ab80048b, 0x7ff94f9f7f800000
	.quad 0xdbf6a628edfcfe1c, 0xcbd754e4efe08bb4
	.quad 0xb3d8c5f99ebd886a, 0xfff4ee722f2a561e
	.quad 0xffc000008195fb4d, 0xbfb9cc73a89cdd41
	.quad 0xf5783af7ffa9bccc, 0x5a6aae6540fe4460
	.quad 0x1c29287affbd7e92, 0x3ffa1849a4baf8fe
	.quad 0x0000000000000000, 0xc343de7ce5300a5a
	.quad 0xc84000007fc00000, 0x7149b88cec25aa9e
	.quad 0x2e28b5d4511470f6, 0x746af0f9dbfb7775
	.quad 0xc00a000000000000, 0xffc0000040327bbd
	.quad 0x407dd1d58f0b7165, 0xf1794bfaffdffc00
	.quad 0x370e0000ff800000, 0x980af7518e317bda
	.quad 0x3ceb2a0668f64530, 0x3fa53be977cb4374
	.quad 0x7e108b1334551a99, 0xfff428bcc3a2527a
	.quad 0x4069ccbd675dd359, 0xcf88b0f4842f8200
	.quad 0xffb89b3e3e3ea99a, 0xfff0000000000000
	.quad 0x177dc47ef0f77fa3, 0x63b853b7920f022e
	.quad 0xff86bc1500000000, 0x4000000000000000
	.quad 0xfec2aa24ffdc571f, 0xc37164fe37e2fb15
	.quad 0x45de60c700000001, 0x4450000040b00000
seed13:
	.quad 0x9b4b410297749b5d
	.quad 0x0000000000002e4c
	.quad 0xc908038ee20e7bee
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff34
	.quad 0xd1bfd9e119856a95
	.quad 0x0000000000000000
	.quad 0x21ed189453db6f4d
	.quad 0x000000000000034d
	.quad 0x0020000000000001
	.quad 0x0000000000000033
	.quad 0xecbf0f70c03bc130
	.quad 0xffffffff01cb92bd
	.quad 0x03cd7e09f7202d14
	.quad 0x000000167b298d22
	.quad 0x2ef77f513b2a61dc
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x3153ded8a7acfc00, 0xfc7285d9ffc44ee1
	.quad 0x725d44ad11f0548a, 0xffc37aea7fa66d12
	.quad 0xcb4e77b2e76fe9e4, 0x7b35b2ab523a8717
	.quad 0x9f92238a5a27b47c, 0xcb59243fe02ffe00
	.quad 0xc01e000000000000, 0x721e40fe12ed5ac2
	.quad 0x477f38127816bfa8, 0x80ffffff3d398110
	.quad 0x821d0a7750b880ed, 0xfff8000000000000
	.quad 0x4006000000000000, 0x552e14bdffffffb3
	.quad 0x40c80000c31b300c, 0xe1304eeefff4bfff
	.quad 0x7ff0000000000000, 0x8beb78df4c3b8000
	.quad 0xff80000080000000, 0x8007ef2e78227aca
	.quad 0xcea59b39af38ebfc, 0x3fc92e86decd1f07
	.quad 0x296ede56cd908753, 0xc2e1336b951a18b9
	.quad 0x36e61b3c64edca9e, 0xa501d8323ea2724b
	.quad 0xc34c7d667d6af944, 0xb0f4bb38af1323e3
	.quad 0x680acfdce6fff8e7, 0x28ca97927fc7bff9
	.quad 0x6dbf3dedffc00000, 0x9e520d3dbff0ad1d
	.quad 0x9cce9348ff5df7ff, 0x4072bf5d17beffb9
	.quad 0x80f9c8a440c26a0e, 0x3f7b27b4c31c798e
	.quad 0x2e42f48b41943c80, 0xb952f2dc11857e00
	.quad 0x40e0000000000000, 0x80224c0e2ba90032
	.quad 0x3650476bfdfaffcf, 0x80208783ea37c7f2
	.quad 0xff800000410eef29, 0x78a7d442fd6febe2
	.quad 0x0020000000000000, 0xee0dc0eac3320000
	.quad 0x3fc53c5ce02d8474, 0xbf7a5721ea78cd44
	.quad 0x8000000034907a12, 0x02be7440e5dfeb82
	.quad 0x7fd95bde04efa2b5, 0x4068400000000000
	.quad 0xc1e0000000000001, 0x7f800000ac7fd826
	.quad 0x7fdfffffffffffff, 0xc040000000000000
	.quad 0xc27fc2877f7fffff, 0x4007a00000000000
	.quad 0xa8f4d16e7cebe7fb, 0x3e3a4f36ff800000
	.quad 0xba0693c3bce29394, 0xffdd4b4673ffb2a2
seed14:
	.quad 0x000000000002377c
	.quad 0x78681473678b63e8
	.quad 0x0000000100000000
	.quad 0xffda5e47f791014f
	.quad 0x5b991d97e0e9d603
	.quad 0x19190ebaafad5847
	.quad 0x0000000000000007
	.quad 0x00000000ffffffff
	.quad 0x0000000000000366
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x532a0b515a843bfe
	.quad 0x000000007fffffff
	.quad 0x000000000000029c
	.quad 0x0003d7a31d1337a2
	.quad 0xc431f881cc0f39ca
	.quad 0x07800000
	.quad 0xc0000000
	.quad 0xdf5575d2b36a94e1, 0xbfaff3bbbfffffff
	.quad 0x67529e2889637df8, 0xd00f2595ec54539e
	.quad 0x7f152690db11dd94, 0x6bd9be00b078322c
	.quad 0x4fffffff7fffb82b, 0xc152d6adbcc1683b
	.quad 0xc0f0000000000000, 0xc020800000000000
	.quad 0x801cb0270da9ed6a, 0xca74966fb7ffbd1c
	.quad 0x338d9c14ffcfbc35, 0xffaa18577effffff
	.quad 0x7effffff806dfacc, 0x188a008bae9e0b2e
	.quad 0x2ce0203d40a48d1a, 0x0f8a30b206f34a6f
	.quad 0x1f773f3aff800000, 0x5c5efbdee3ffc380
	.quad 0x7fe0000000000000, 0x87061fb79bffcdc1
	.quad 0x67f3ad12bbdbdbaf, 0xfc70b89dbffffffe
	.quad 0x180796c7fdefa300, 0xa1db428574dd0000
	.quad 0xbfa37b929ea59b71, 0xbf8b1dc28f7845d5
	.quad 0xc90bf1863bef5848, 0x00000000420ac45b
	.quad 0xfff8822bdaa13615, 0x7ff598f97e022f4a
	.quad 0x6660688f15193344, 0xf7680401188c4880
	.quad 0x93c5cf668ec56ac8, 0x7def0d06ed3fda49
	.quad 0x410a800000000000, 0x7fefffffffffffff
	.quad 0x1f0db69256fbff53, 0x63452d61ebebffb8
	.quad 0xee28d20f77427800, 0x7fed2d27e7bca1a1
	.quad 0x268ae7e9ea0aa8a3, 0xc450000000000001
	.quad 0x3fa45847724d19ea, 0x9e3d5543f9cefbf7
	.quad 0x3ff0000000000000, 0xffe2a6dca973ccc5
	.quad 0x40587373b8b06ad7, 0x716023eb7fb5d6fd
	.quad 0xfff00a71b2147c66, 0x0008000000000000
	.quad 0x7ee91d7eff80b959, 0xc318cec9c0200000
	.quad 0x40700000baf00000, 0x58b4c81006d5bdcb
	.quad 0xc007105d1cc01495, 0xdf7e1f724b860001
	.quad 0x80400000bffffffe, 0xd51f2cd4fffe7f58
	.quad 0x8008000000000000, 0x407e16379d3a72eb
	.quad 0x40900000801d08cb, 0x240a0f609d0132c3
seed15:
	.quad 0x00000000009700d4
	.quad 0xffffffffffa8f026
	.quad 0xffffffffffffffff
	.quad 0x9519c3a15355edd9
	.quad 0x000000007fffffff
	.quad 0x00000000000001db
	.quad 0x000000000013bbf4
	.quad 0x332044adc956dc80
	.quad 0xfffffffffffb7f9e
	.quad 0xae38029a0bc96905
	.quad 0x000000000000023e
	.quad 0x5f67f675fbab71e7
	.quad 0xfffffffffffffcdc
	.quad 0x0000007f50501b5a
	.quad 0x0000000000000014
	.quad 0x0000000001000001
	.quad 0x02000000
	.quad 0x40000000
	.quad 0x16654d5453d9d99a, 0x15aca3c871adfddd
	.quad 0x430bc037daf52b12, 0x426000000d41106d
	.quad 0x9c3d639f6b2ec326, 0x7fb9c74dff800000
	.quad 0x4409caadff0eb829, 0xc3638907c09c0000
	.quad 0xbed0c00000000000, 0x1de253e1bfa38000
	.quad 0x561fbf14fcc07a6b, 0xc140949241dc0f17
	.quad 0x3746091ef5caf7bf, 0x00000000c1caab99
	.quad 0x4031358887efa411, 0xff917867036aea2b
	.quad 0xc710917b7f800000, 0x816c70668baea9d5
	.quad 0x3f67000000000000, 0x7baf35dbffefafbe
	.quad 0x479ef5629fe1935e, 0x2f70bee0ee63d1b9
	.quad 0x2be414e8ff800000, 0x8010000000000000
	.quad 0xf7337f6ac1140000, 0xc2373f113253f934
	.quad 0xfe089f524f0202fb, 0x466204e0fe770097
	.quad 0x4029000000000000, 0xaffc32726c4986d6
	.quad 0x00000000c9d50000, 0x8ca18032cff2fcf6
	.quad 0x805c80d53ff00000, 0xf96d1e9f80ffffff
	.quad 0xfff631ee3b741fc4, 0xad3e9717ed4c7c7c
	.quad 0x3f2f48131b34f8be, 0xe5d29024e2804100
	.quad 0x401a7c5cc26ece7d, 0x8b8c20d8c0c4cc4c
	.quad 0xfff61a7a502387cd, 0xbf8a001b802cf134
	.quad 0xc6a7e7d6ff800000, 0xbf7e5e7bda7fffff
	.quad 0xffc0c69640200000, 0xfa34e137b77f7d7c
	.quad 0x011e958cadcc2237, 0xa0db23b4ffa5dc3d
	.quad 0x3ed9000000000000, 0xb9b96c2fb55b4a21
	.quad 0x4061000000000000, 0xfe3974cf04fe917f
	.quad 0xc01a800000000000, 0x813b576a92a86fdb
	.quad 0xfb018bdcc4d37c00, 0x197c20f69caddbee
	.quad 0x7acd8dfb8ba0612b, 0xa6a87074ff757972
	.quad 0x97895d0eae009d4e, 0xff576dd558b565ce
	.quad 0x809af2ba00000000, 0xbeb7000000000000
	.quad 0xfff0000000000000, 0xc9435ac5e5ff8937
seed16:
	.quad 0x0000000000000273
	.quad 0xf894de10b5dd8710
	.quad 0xa1db56101086b1b2
	.quad 0x8000000000000000
	.quad 0x364a6d36167f0472
	.quad 0xfffffffffffffe92
	.quad 0x0000000056d8ea9e
	.quad 0x000000000162a8d5
	.quad 0x5e99e9419b5d3293
	.quad 0xffd9476035d87449
	.quad 0x0000000080000000
	.quad 0x00030d97de9d376e
	.quad 0x00000008231c7338
	.quad 0x845e797125223b92
	.quad 0x0f0657ba120721b9
	.quad 0x0000000000000325
	.quad 0x02800000
	.quad 0x70000000
	.quad 0x41efffffffffffff, 0x7ff0000000000000
	.quad 0xdc349165309a39d2, 0x4020800000000000
	.quad 0xffc6800f7effffff, 0x1dfac53bbf7eff73
	.quad 0x7f8000001da05aa9, 0xb401f215cbfb7bff
	.quad 0xcd14c5ec66758000, 0xbfe1fb4d00000000
	.quad 0x3c37a8a17fc6e201, 0x7fa3e1366acf18cb
	.quad 0x7ff1b96ea8c9b2f1, 0x2dc1461372a526eb
	.quad 0xc0d638243b700000, 0x8b3940aaffb2ed2f
	.quad 0xc023000000000000, 0x01fcae0a6012e1a5
	.quad 0xffc6e871ff800000, 0x04511c83df000001
	.quad 0x8000000080000000, 0x43f79a25f5dfefeb
	.quad 0x80000000ffc00000, 0xfff39d1167dd99f0
	.quad 0xe22c29b5b0e14301, 0x40f0000000000000
	.quad 0xcf33b8045f677837, 0x3f8212b01e43ed24
	.quad 0xffd4c97b00000000, 0x7fad0b1c3f800000
	.quad 0x265a857757531f1f, 0xffd1631a64e9aa70
	.quad 0x3f29a00000000000, 0x7fa5926f7ceacb1a
	.quad 0x3f85863f3d59c6ab, 0xffc0000043a8f24d
	.quad 0x397d00007f800000, 0x140831987f8d96f4
	.quad 0xbff1cb278f421985, 0x8f2daa473cf78150
	.quad 0x39f3a36af534df13, 0xff03b13f64b85f29
	.quad 0x807a44b99616cc1e, 0x80296296c113ceca
	.quad 0xdabebb4d6c5d8800, 0xc0c2000000000000
	.quad 0x16bcd8a6962b8001, 0xc93fe51ba27ffe48
	.quad 0x1caaf0f1b22c84f4, 0xdcf7c8985a5edad9
	.quad 0x49940000ff8e35bc, 0xc11a00000e084c4c
	.quad 0xc012800000000000, 0x644c4d99ff863a51
	.quad 0x0fdd6a1b8db55981, 0x59c218c0cf607cea
	.quad 0x1b86dee9c7f9bfbe, 0x78d1067f7c167e00
	.quad 0x1e47add4fbf73fba, 0x3ff4000000000000
	.quad 0x449f79abffce0ffc, 0x4033deab119e8d9c
	.quad 0x3f8000007f800000, 0xfbafe6f0caf3c5ac
seed17:
	.quad 0x000000000474972f
	.quad 0x0000000000000002
	.quad 0x00000000000000ca
	.quad 0x00000000ffffffff
	.quad 0xb3f1bb41e3152143
	.quad 0x78382288691f7375
	.quad 0x0000000000000001
	.quad 0x389d578d76bae606
	.quad 0x000000007fffffff
	.quad 0xdad1760f702d7b69
	.quad 0xfffffffffffffd0a
	.quad 0x00000000000001cc
	.quad 0xfffffffffffffdc7
	.quad 0xfffffffffffffff2
	.quad 0xf89dcfe577c9a1fd
	.quad 0x0000000080000000
	.quad 0x05c00000
	.quad 0xd0000000
	.quad 0x3edf900000000000, 0xc015000000000000
	.quad 0xbf8bb4408d3d0064, 0x2d410aa6fc2f3e55
	.quad 0xbfaa12a1db6125c1, 0x5a7ca88154a702c5
	.quad 0x2bdc274ff6b639be, 0x3fbd83a2660454dc
	.quad 0xc84000003e2f3c2e, 0xbf720000bcd7d708
	.quad 0xb7c319ea48cb1f2a, 0xbff6000000000000
	.quad 0xb62000001bb7a725, 0x3fab03662d341558
	.quad 0xfc4e2244fda99b7d, 0x7fef5f96ffc597be
	.quad 0x000a793082a69772, 0x598000017f95a7b9
	.quad 0x2790e1a7590a7c00, 0x000fffffffffffff
	.quad 0xfff0000000000000, 0xbcd5ad027e800000
	.quad 0xad9c16bb13cbbfc1, 0x001674ff56607ae0
	.quad 0xbe4450f93d1b4b17, 0x2c61c8f9df7eb6f2
	.quad 0x920dcdf6acbfffff, 0x41f0000000000001
	.quad 0xe1fb96e92b5b0049, 0xbe79556ae379ff83
	.quad 0xe9aec8eef9bef6c3, 0x43c143adbd8506d2
	.quad 0x073708b450ffffff, 0x43e0000000000000
	.quad 0xc3efffffffffffff, 0x7fdfbb6840d7ae3b
	.quad 0x6b7b6b97a6ee2416, 0x5f546d7c7f6ff651
	.quad 0x0000000000000000, 0xead57fdac63ed46a
	.quad 0xbf816f493f3e179e, 0xfffec43e2543d9c7
	.quad 0x007cd3beb6080000, 0xbf70000000000000
	.quad 0x53fe6719dcc47a16, 0xc020800000000000
	.quad 0x485d5797b8c3d4ed, 0xc1dffdf13fef9f68
	.quad 0x129dd4927ffffbe5, 0xfa1a48fb603281b4
	.quad 0x6a255763f74fffff, 0x5d6810e800007d97
	.quad 0xc044000000000000, 0x7fd0000000000000
	.quad 0x0080000059800001, 0x1df78269bb030000
	.quad 0x3fe49e266e05b0e5, 0x5cb1df973fab3e0c
	.quad 0xfcd8904b9ff421ee, 0x3fef9c15dbcbfa7b
	.quad 0x5b509e42868c7a80, 0x7c73c191fc9c29b2
	.quad 0x7f33a627bae2790e, 0xfa56957ac0b36ef1
seed18:
	.quad 0x000d6ad226030ffa
	.quad 0x5645bdbcaf3537d4
	.quad 0xc10aad12720c1f56
	.quad 0x88a6f8800628090c
	.quad 0x0000000000000001
	.quad 0x01f5a8205ed6fbe1
	.quad 0xfffffffc85facdaa
	.quad 0x51340e417130c181
	.quad 0x0000000000000001
	.quad 0xfffe54a748be2408
	.quad 0x0000f5e14b17ed7b
	.quad 0x8c7104a3737c5e07
	.quad 0x79b40beb9d0cddc8
	.quad 0x000000000000014d
	.quad 0x000000e159b0ee1f
	.quad 0x0e497696051555cd
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xfdae79bb00000000, 0xc111fef1f47f97d7
	.quad 0x117a16f0fe7f0e8b, 0x3f8add3f5ae6f9fc
	.quad 0x1fea44acf0348780, 0x7f80000080000000
	.quad 0x0053e50500800000, 0xbd1b00003ffffffe
	.quad 0xfe5b145acb97b9e1, 0x8000000188ca4dc6
	.quad 0xff800000c349e118, 0x409fffffffffffff
	.quad 0xc1080000407fffff, 0x06c382829b34a3a6
	.quad 0xc270b0997ae17c7d, 0xfff4ab274a134bc2
	.quad 0xe0ba5fc598bd4ade, 0xa90934507fa19f8f
	.quad 0x735e7e51ffb12d79, 0xb073752cfdf8feb8
	.quad 0xff800000bb040000, 0x38f242466c307c0d
	.quad 0xc7a15824976077ff, 0xf74e928e432a0caf
	.quad 0x003e596e4357d4b7, 0x0000000000000000
	.quad 0x8000000000000000, 0xffc49bdcd87ba1db
	.quad 0x035755ec46e97f3a, 0x9358268d41180000
	.quad 0x4dd9240075138c24, 0x8fa4af76dcdf9d94
	.quad 0x407fffff47000001, 0x664c9552f9a07dc6
	.quad 0x0369bf4ad4ed4d68, 0xfff66c9f32391374
	.quad 0x7ff8000000000000, 0xcefcf619ff188232
	.quad 0x9d8c002440e00000, 0x0000000000000000
	.quad 0x7ffc2a08087d4e79, 0x80a4c6fb91f49686
	.quad 0x3d10cb6c337e7966, 0xbc9284bf881b2e9e
	.quad 0x731af2998ceca30e, 0x007cb7a33e1e3dd6
	.quad 0x409b61e8fffdfe7f, 0x4028283b6aee7670
	.quad 0xfe349c07d9502cc4, 0x761fd02fbe3ba81b
	.quad 0x4217dfd77532677f, 0x27f333cfffdf37e5
	.quad 0xff550788535ed896, 0x800462110c9b4dd8
	.quad 0x7fda0b0a82e4dd80, 0x3dcf136bbd3ead4e
	.quad 0x415000007f800000, 0x9cd270a213bb6133
	.quad 0x4008000000000000, 0xffa209bd3f07773f
	.quad 0x30fe969664447c00, 0xe471d8dcf31aa5f6
	.quad 0xfa5d5ceda7b98ab8, 0x405f56469b08115f
seed19:
	.quad 0xfffffffffffffd8f
	.quad 0x464eb5a4c41568f6
	.quad 0x03db8c4ce605d4f7
	.quad 0x0000000000000374
	.quad 0xc8437006d79c6d8a
	.quad 0x0000000080000000
	.quad 0xa974a28e7fae0e95
	.quad 0xc86022b47e4bce4c
	.quad 0xb7aef9256e2b6ed1
	.quad 0x0000000000000001
	.quad 0xd3b1795f321cf6a5
	.quad 0xffffffe535f2ffb5
	.quad 0xfffffffef75a1b04
	.quad 0x6f88c9ded6bda469
	.quad 0xfffffffffffe86b3
	.quad 0xffffffff80000000
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0x7ce267dcdb6bc7a0, 0x37d0000091fac8bf
	.quad 0xbf8e5f01906cda98, 0xbff4000000000000
	.quad 0x8000000000000000, 0xc2dfa7ba7f7fffff
	.quad 0x1322199cffc00000, 0xd2ce3021ecbd9e47
	.quad 0xc096466e47800001, 0x7ff0000000000000
	.quad 0xff800000ffb8f7aa, 0x5087a4bd803537a6
	.quad 0xbfd2181677c71c16, 0xc027f16496378241
	.quad 0xfebfbc40e836fec5, 0xe113ae839e597c00
	.quad 0x27957e9760645629, 0xf912de2e00000000
	.quad 0x41797f546ad60000, 0x8000000000000000
	.quad 0x823a78d3e55efc00, 0xc0069b74fde627c1
	.quad 0x40375fe7cd36a1c6, 0xbf90b08b4f8dda39
	.quad 0xc3e9ebdd7e0304df, 0xbcf000003bd369b0
	.quad 0x3ea000003f400000, 0xdb4889ca1825483a
	.quad 0x7f0bb4a6ced4de2b, 0x5c4476b6ff7dff7f
	.quad 0xe192deca762ac700, 0xfd1cefde962ea313
	.quad 0xbf9db9bada000001, 0xc23440b246b7a7ad
	.quad 0x000000007f7fffff, 0x24b48b5dba4e44e0
	.quad 0x7fc0000070ae646b, 0xc058000000000000
	.quad 0xf9f66ade7d0423fa, 0xbf88000000000000
	.quad 0xbfd9800000000000, 0xff8000007ff25033
	.quad 0x000000007f82ac13, 0x63db678e572b2bdb
	.quad 0x02d5241cb6fe5bd0, 0x0008f321982ad337
	.quad 0xff800000013a32c0, 0xdfffffff30b3c343
	.quad 0x8000000040480000, 0x23265d32a92d8000
	.quad 0x1b2a122fc6a22e7b, 0x184dff8e7ca87acd
	.quad 0xd1ab58f1ffddd8bf, 0xbf00800000000000
	.quad 0x7f80000039c00000, 0xe7e41c1345b7dc59
	.quad 0xc3f0000000000001, 0x005e6fb800000000
	.quad 0x40b800007ac877cd, 0x432b3f57394717a9
	.quad 0x802b7c707f800000, 0xb7e359f2df2d7d1a
	.quad 0x22f3492bc2ea2000, 0x426800007fd3bf27
seed20:
	.quad 0x1920a429fba6c09a
	.quad 0xd2fbc56db4eaa052
	.quad 0xcdf3055b92dfa52a
	.quad 0xfffffffffffe3a61
	.quad 0x0c30cbbd196d71f0
	.quad 0x51f8ed74c3487e48
	.quad 0xfffffffffffffedd
	.quad 0x0003c3469429f7ad
	.quad 0x00370d216c384f97
	.quad 0x89bc61c5f69813ea
	.quad 0xfffffffff974e6ac
	.quad 0x00000000000000ef
	.quad 0x000000000000008e
	.quad 0x0118452ddace2b19
	.quad 0xb975dd88d4d5836f
	.quad 0xfdf3a310bc7cc924
	.quad 0x01c00000
	.quad 0x90000000
	.quad 0xbd2000005a15104c, 0x47f25b02fa93e9d9
	.quad 0xff8000007ef04e7c, 0xc000000000000000
	.quad 0x6f94e9e0f57f5eff, 0x80ffffff00000000
	.quad 0xbf8e524ae0998434, 0x007fffff40da53ad
	.quad 0x7e2ce0c59b102a1e, 0xff8000004084e3ca
	.quad 0x005b71a9144b5f9b, 0x2422251e6e7ac68a
	.quad 0x7f80000080629280, 0xacc14d17ff800000
	.quad 0x9e084216e5c41214, 0xc0fffffffffffffe
	.quad 0x7ff0000000000000, 0x7330548bbbad9243
	.quad 0x4dd2a9bc3fb30001, 0xfff6046c07d7edb0
	.quad 0x1cf3af7206c80000, 0x59b2722191747f86
	.quad 0x8060ec31d9800000, 0xb81afd7b18e2d1db
	.quad 0x800000003ce9d995, 0xfff96a78c212e6e1
	.quad 0x40d80000ff000000, 0x0000000142c2573a
	.quad 0x9b84122d5a7c8c06, 0x42f4c0c3c8840000
	.quad 0xe3c24c36cff7b3db, 0x8008000000000000
	.quad 0xff7fffff40900000, 0xc3eb3bbe00000000
	.quad 0xffc000003eeb263f, 0x424bab553b906040
	.quad 0xa16867ce386c4976, 0x800ec3402a5c9703
	.quad 0x8222dd261cc70fc4, 0xfff0000000000000
	.quad 0xdc8000006a642ee0, 0xff3a736bebf9716f
	.quad 0xfff4b0b6738d9bba, 0x5740d8c0ca9afcea
	.quad 0x1f6e0077b619fc30, 0xe7a95a427f532eed
	.quad 0x17c09694ffaadbef, 0x6e809ebc740f95ab
	.quad 0x95602ee1528ac56f, 0xff88bda83e117a3a
	.quad 0x1bb6b396fdf4d6c8, 0x8d9d61b58e5a2c3b
	.quad 0x47e9c3c0ff7fffff, 0xffa409b868f7c7d0
	.quad 0x1f6298e985b2446e, 0x43f316b880621471
	.quad 0x8000000000000000, 0xb684184f017fffff
	.quad 0x7fd047cac39c7d0f, 0xc1145a029dfffcb6
	.quad 0x4640000080384c52, 0x8000000000000000
	.quad 0x828e32c966292145, 0x6c494f6bbd8f77ff
seed21:
	.quad 0x11e6f44e5c62e6ea
	.quad 0xfffffffffffffdf9
	.quad 0x0000000000c733c1
	.quad 0xffffffffffa24524
	.quad 0xfffffffffc1ff832
	.quad 0x0000000000000096
	.quad 0x000000000000015f
	.quad 0xfffffcc0656c9170
	.quad 0x00000000000726f1
	.quad 0x23d8d4c91cb8685a
	.quad 0x0000000003c1db6b
	.quad 0xfffffffffffffcbd
	.quad 0xfffffffffffffdec
	.quad 0x0000000000000002
	.quad 0x3d9d9cc1212fedff
	.quad 0xffffffffffffffff
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xae054b0f65a0f943, 0x80d72a307ee4dd1c
	.quad 0xbc91c926bdca0000, 0x52b44a57a729837e
	.quad 0x7fdf8c0e3a8affd1, 0x3c8805504889cfea
	.quad 0xb5593bfa20a48600, 0xa1131542ffd03620
	.quad 0x8000000040ec0000, 0xc01a000000000000
	.quad 0xfff563b9b04756c9, 0x819b8873adaccdff
	.quad 0xc337b3523b8a0c31, 0xca081f8bffbdfcff
	.quad 0x004000007fde86d7, 0x36139c596b670106
	.quad 0xbff266a83cf283cd, 0x7ff706892531f3d3
	.quad 0x0000000000000000, 0x55ec792657898b44
	.quad 0x7ad3bb34259b7c00, 0x000f38c4d707798e
	.quad 0x57cf8b14ab00fc00, 0xfacdc57b4360ceb1
	.quad 0x3a8000000023b862, 0x34cd56c1fef8489d
	.quad 0x8b33d5dbefc2fc00, 0x830338477f800000
	.quad 0x0008000000000000, 0x0aa330563fd74740
	.quad 0x000000005f7fffff, 0x3f8fc3f78c0b50d5
	.quad 0xba37e28ca9644b33, 0x7fb5626a434cafa2
	.quad 0x97da337cc35e949c, 0x8f94dc72ffa38346
	.quad 0x76e8595e0686fdb0, 0x81aca3eca5a2af16
	.quad 0xa3c543f9cee18000, 0xb5356549cfffbbf7
	.quad 0x7fda895800000001, 0xff0dd3068902bbd0
	.quad 0x8004fc5e293be51b, 0x27f232b5937c2bfb
	.quad 0x41add2567f800000, 0x8d3aac6aad6741bd
	.quad 0x5a00000130284270, 0x8000000000000000
	.quad 0xff111afccb800000, 0x7ffff1d88f4f7868
	.quad 0x80087da0260c4125, 0x804def20c7ffffff
	.quad 0xd5312fd4fffffdc5, 0x00717f15113b6912
	.quad 0x3e884f1d008c05b4, 0x6d0520e5c3100000
	.quad 0xc04d273007888c93, 0xc0e0000000000001
	.quad 0xbffc000000000000, 0x685b501dc7cad4ac
	.quad 0xbf96569320e86df5, 0x8be2c701c7fffffe
	.quad 0xfff0000000000000, 0xff8000002945bd4d
seed22:
	.quad 0x000000007fffffff
	.quad 0xffffff3c16eb7e24
	.quad 0x0773a471ea9e94e5
	.quad 0xfffffffffffffd28
	.quad 0xffffffffffffe403
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x20120d0cb4e20df9
	.quad 0x000e2773d4314c2a
	.quad 0x0000000000000008
	.quad 0xfffffe11c17d86a4
	.quad 0x0000000025f7c70a
	.quad 0x0000000000000281
	.quad 0x000eda9d2e6b234c
	.quad 0x0000000000000247
	.quad 0xfffffffffffffee1
	.quad 0x03000000
	.quad 0x20000000
	.quad 0x007c7146a65e3131, 0xc050cb397635b29a
	.quad 0xc021000000000000, 0xe0159486fffdfffe
	.quad 0xc074accb4de5d603, 0xc05e7f6727988d71
	.quad 0xbff0000000000000, 0x7fb4d6f2bbc7c2e1
	.quad 0x80a0131a340c5fbc, 0x80382fcaff600baf
	.quad 0x868b5471c0500000, 0x4038e86175a61c65
	.quad 0x8000000000000000, 0x7ff3272835df6c0c
	.quad 0x3bd010237fcfb216, 0xc490800086add7eb
	.quad 0x6345bef11c19267c, 0x7ff0000000000000
	.quad 0x49d8000039000000, 0xeba780a17f7fffff
	.quad 0xc022000000000000, 0x40205ccf575c4a3a
	.quad 0x13d8d128bdfb4cc0, 0x4d5cbea5fbef5ffd
	.quad 0x2f917595ca62122e, 0x2888d892de92fc00
	.quad 0x4f5a6aff4119d071, 0x804ebd390e379812
	.quad 0x01c9f51d969e7e00, 0xba13f43e3f5014d0
	.quad 0x5d8096a6a5e63db4, 0xfff0acdadb5d67d1
	.quad 0x7ff778700f15fb69, 0x8173e619a76cfc00
	.quad 0x2664ed03bfe97ac0, 0x2f6a3921bffbc76d
	.quad 0xf4d46252ffcb8238, 0xbf321390dffd7fff
	.quad 0x35c393a915d5c465, 0x41fffffffffffffe
	.quad 0x80b92b08c2b96171, 0xc022800000000000
	.quad 0x3ed78601c7ffffff, 0x753c27fefbeefc39
	.quad 0xc028000000000000, 0xffb5705c7f800000
	.quad 0xfff0000000000000, 0x7f95a4b4f235d18d
	.quad 0x8000000000000000, 0xc330000000000000
	.quad 0x4554fb0e67934ebb, 0xecabb7d8431917a6
	.quad 0x00000000feb1e59d, 0xbe54f7d2f276dcf2
	.quad 0x00766052ffbdfd69, 0x80f705a4cc9e4a61
	.quad 0x000026f5896044b2, 0x411400006db138b3
	.quad 0x17e4b6732fbeba68, 0xbd2dacaf7fecb6ac
	.quad 0x7fec9c996f08f607, 0x3f7096384b17d2f0
	.quad 0x768392b97f862400, 0x43effffffffffffe
seed23:
	.quad 0xffffffffffffffff
	.quad 0x723e6264ad2905f0
	.quad 0x0000000000000001
	.quad 0xca484919a1099786
	.quad 0xd0f3dc7f35c86f52
	.quad 0xffff0bb52078ca76
	.quad 0x55fef8abd365acd7
	.quad 0x0000000001000001
	.quad 0x00000003a6cf5150
	.quad 0x098de656072b9bf3
	.quad 0xffffffc73e36d1fd
	.quad 0xff9f54120487a7f8
	.quad 0x0000000080000000
	.quad 0xc423114f27583b0f
	.quad 0x0c199bdf401e055a
	.quad 0x0000000080000000
	.quad 0x02800000
	.quad 0x40000000
	.quad 0xdfffffff3d5baf89, 0x8000000000000000
	.quad 0xc134e4357fc00000, 0x3cb2306ecf7fffff
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x695f01a77d37f698, 0x804ff558ba89f74c
	.quad 0x0a91e7571b0d5aa3, 0x2f3360525b548624
	.quad 0xf2461b5000000000, 0x80000000ffcde5d5
	.quad 0xffd2bc03c37952e0, 0x8271e8117feffc75
	.quad 0xffdfffffffffffff, 0xbafcf3c33ffd3d9f
	.quad 0x16dc4d37d17e7d68, 0xbfe0000000000000
	.quad 0xbebc000000000000, 0xff70f13cfeffffff
	.quad 0xd348748fbec9199f, 0x7fb84f83bf080000
	.quad 0x80000000c85a0000, 0xcf8fc39b09a06d8d
	.quad 0x7ff3a3f662f733fb, 0x5d9f3fb8fafb6804
	.quad 0x80400000000f483a, 0xa99773c5c461d039
	.quad 0xc00f27b64292eb65, 0xffb770f363d7ddb8
	.quad 0xc10800003cf80000, 0x8c575e32cf72f800
	.quad 0xf80fdcc6c4065683, 0xff80000088a9e66d
	.quad 0xff80000043cff58a, 0xcf7ffffe8ffe576d
	.quad 0xbf786689e56f2642, 0x8000000000000000
	.quad 0x6c5c52600167a46d, 0x4034ad75743885c9
	.quad 0xc0f584f29558204e, 0x4565a1b7a72cfc00
	.quad 0x7fe928f9798a5cdc, 0x80511439fbda2b1e
	.quad 0x0000000000000000, 0xfe2d7cadcf028164
	.quad 0x9fb4e9c198fbc6df, 0x80ffffff80000001
	.quad 0xc022800000000000, 0xda7fffff40300000
	.quad 0x7fd7a95dc4a08936, 0x2acdf0717492fb84
	.quad 0x80ee101642aeb674, 0xfff4a16d28e01f9f
	.quad 0xc18eef1fbd92409d, 0xfff8000000000000
	.quad 0x7f80000000000000, 0x81e0d6c2bb5c2ddb
	.quad 0xb8a00000f7ec70f8, 0x5f9c083f7fbb3fbf
	.quad 0x40dc9d393ceefbff, 0x9136af0b7fdffc9e
	.quad 0x800000002b1a6b51, 0x80000000ff800000
seed24:
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffa96f6
	.quad 0xfffff256187f88a2
	.quad 0xd0e31444fc3209fa
	.quad 0x1c454dfb5236849e
	.quad 0x0000000000031a59
	.quad 0x0000000080000000
	.quad 0xfffffffffffffa10
	.quad 0xf6724ceaa5027943
	.quad 0x85d6f1dc19e1182b
	.quad 0x0005f549f6b23abd
	.quad 0x0641831ae72a378d
	.quad 0xff8aa80c06429af5
	.quad 0x95e20837ba5fc352
	.quad 0x00001effc1710e41
	.quad 0xfffffffffffffebc
	.quad 0x01400000
	.quad 0x10000000
	.quad 0xdcbab250ef3d0000, 0x21ccda19d1df8bff
	.quad 0xedd04695f3a43c73, 0xb3883f1cfbaffffe
	.quad 0x989f21e4ba157f43, 0xbf59f6633b841351
	.quad 0xa33b6b42e3fb7fbe, 0x80823e69046febc6
	.quad 0x310e99008e6f7533, 0xbfa3a4c267e75813
	.quad 0x432711f87f800000, 0x3c32ea396e08a09b
	.quad 0xbfa8000081070693, 0x7ff8000000000000
	.quad 0xe74d8a3962974465, 0xc0000000fce9a681
	.quad 0x6f4e002083fea3b4, 0x003efe81f7ef35fc
	.quad 0xdb88e9018d03bfff, 0x0027a9e696748617
	.quad 0xe4cc08977fba7c01, 0xbbc8a55945200000
	.quad 0xee2f7642229fca91, 0xc3efffffffffffff
	.quad 0xc01e000000000000, 0xff800000020da54e
	.quad 0xc028fe98c00c60cf, 0xbdefa437ff800000
	.quad 0x40c0000035a00000, 0xc004000000000000
	.quad 0x7ffa4b23e8cd168d, 0xb662c3ce08627b57
	.quad 0x3f17800000000000, 0xafbc0c295dedacaf
	.quad 0xc00000010553e17b, 0x7ff0000000000000
	.quad 0x120f56a33d239088, 0x228e613eff9afabe
	.quad 0xbf7a000000000000, 0x8000000000000000
	.quad 0xc0a8000040d00000, 0x000000001a42bac6
	.quad 0x02778b28fcef955b, 0x001084841ea05c23
	.quad 0x558ab7c56efe3a59, 0x0cf2e5d940a59c00
	.quad 0x046370ec4e1f7a00, 0x8febe787bd4b712c
	.quad 0x2cc7e887bffdf9bf, 0x127a2a73f8a6c5aa
	.quad 0x01f60f164ede55fc, 0x71064414fdffbdd5
	.quad 0xe6970d1bffc70000, 0x07657f3d46c12365
	.quad 0xbf4000006f8fcff6, 0x6c6fbdf5ffdff687
	.quad 0x2f77dcddfef8ba9c, 0xff9471ee42861715
	.quad 0x8cf9a1aacc07fe00, 0xfff4308b42a3232c
	.quad 0x984d767feaabb172, 0x0001b5574c20caa6
	.quad 0x0037f3f27fa0472d, 0xbf30000000000000
seed25:
	.quad 0xc97865e782f84dbc
	.quad 0xffffffffffffffeb
	.quad 0xbbb525740a5a0a86
	.quad 0x0000000000000003
	.quad 0xd9384b24f1e5e32a
	.quad 0xfffffffffffffdb8
	.quad 0xfb2711ddae2a549b
	.quad 0x000000007fffffff
	.quad 0x56ade3c2849d03cb
	.quad 0x000000001434dc9c
	.quad 0x9968a156c8b09331
	.quad 0xffffffff80000000
	.quad 0x64b27417f8dd86f7
	.quad 0xef7d88fa7e1658d8
	.quad 0x0000004ec7dd8aff
	.quad 0x000000000000019f
	.quad 0x04800000
	.quad 0x40000000
	.quad 0x3a37300c983bff9f, 0xffa8ea7fd5eb2464
	.quad 0x4021800000000000, 0x4010000000000000
	.quad 0xffc00000ef15b9aa, 0xf4db504bbf927188
	.quad 0x897c3fb7ff07c56e, 0xc35a8136ffa7a957
	.quad 0xf8afb549f5f6b9ff, 0xbd645595ff485663
	.quad 0xf9f474bd7264c004, 0x000000009abc7d59
	.quad 0x90d052aabc0880f6, 0xbeb137d0c0ac2a82
	.quad 0x00177766fba72142, 0x4080000040300000
	.quad 0x01afa1d95abc3a7a, 0xc04c000000000000
	.quad 0xbe84a2a1bf800000, 0x714660eff3ffffff
	.quad 0x3fa6431be55bb701, 0x6779616c7fb9bafb
	.quad 0x3f8179f70e96ae71, 0x42f2539e4041409f
	.quad 0x40675c3fb9805b00, 0x7fa83b06416534b4
	.quad 0x55171338863ffe00, 0xc00c000000000000
	.quad 0xee5d31f4fd51ecde, 0x43e41a33c03a6584
	.quad 0x04be22cda5d7f994, 0x800000001dd40644
	.quad 0x7ff685c8243def95, 0xa6af9d2d11d663ab
	.quad 0x96261bdab8b5fbe0, 0x6d655717f507f895
	.quad 0xbfe1e4c01c67bbdc, 0x838dc5ac018ada95
	.quad 0xc00717610c5c3100, 0xbfe8000000000000
	.quad 0x0000000000000000, 0x0e626dc3d1f741c0
	.quad 0x0045dd94f046fb92, 0xd6c354c1bee77bff
	.quad 0x407eaa168b0505a7, 0xfc46cf1280547cb6
	.quad 0x92ca7997c4e1bf69, 0xdd27a1eda2ba7e6e
	.quad 0xfa5e2fcaff800000, 0x3e891d24eb86e237
	.quad 0xc3fae71e110b89d5, 0xdb15cafbbfbbfe97
	.quad 0x40e184844c968a45, 0xf54dcd88be5f3d6e
	.quad 0xf2b3eb1ae6094086, 0x50a54d19d7a083ff
	.quad 0x7f99b3657ffc89d8, 0x071c6c4edf974a05
	.quad 0x8004d87df8db9d6a, 0xb26c87d241b4fe9d
	.quad 0xbefa000000000000, 0xd78ca1f218a79f2c
	.quad 0xe10b0b4bd37eeaf9, 0xffc00000ffc48bf5
seed26:
	.quad 0xfffffffff8b7cec1
	.quad 0x0000000000000002
	.quad 0xffe02c0005a72e3f
	.quad 0x0e630c07a7ed2795
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffca9
	.quad 0x0000000100000000
	.quad 0x5a3fa64782d0b96d
	.quad 0x24557dcda69ae677
	.quad 0x00000000000003a7
	.quad 0xe10464930c54a87c
	.quad 0x0000000080000000
	.quad 0x8000000000000000
	.quad 0x0000000000000392
	.quad 0x6e4aee4129bb6c33
	.quad 0x0000008b6fc96006
	.quad 0x04800000
	.quad 0x00000000
	.quad 0x40b0000080000000, 0x6107f1252716f9c0
	.quad 0x8007561a5f3d4fe5, 0x03f4d19cbe3f0e89
	.quad 0xbe5f4b18ffc00000, 0x19dca2cd7fbf56ff
	.quad 0x3fd5f073ab6a7fe3, 0x77919f561410fac4
	.quad 0x28dbe300ffffffff, 0xc7fe0115ec7fffff
	.quad 0x14989023b57e030c, 0xffea9f5d394ea4b6
	.quad 0x8000000000000000, 0xbb86957efff4d4dc
	.quad 0x98a827ade07e8000, 0xfff0000000000000
	.quad 0xbd0d582eff800000, 0xff000000c3d2f1c3
	.quad 0x8014b975aac6c832, 0x832c0fb15fbc7fb4
	.quad 0xbf9306d0e34da138, 0x8000000000000001
	.quad 0x3f4000004c064a7c, 0x8b2eeed0fcf61ce1
	.quad 0x9ba75d4f56ee8beb, 0xa0c07009ece57c98
	.quad 0xcf800000007fffff, 0x00076a8775e66a83
	.quad 0x86acf5ab5ca5fe00, 0x7fb9e9d1c67008ab
	.quad 0xebeac520cc1a3f4a, 0x755bb1dabfad9bbf
	.quad 0x032d4fedbfa00000, 0x40210c544a945869
	.quad 0xfff4f8b638d82ece, 0x65eef34cfeef4103
	.quad 0x3930c59fff817691, 0x904248de40c78cf8
	.quad 0xcaf495aca7e8567a, 0x7fc31d44c109516b
	.quad 0x4ce330ea282133e5, 0x22786a3696cf0279
	.quad 0x1e65c328373be549, 0x1f9e63a1ffc77448
	.quad 0x7ce5e0057ffaffbd, 0xcc8fe742ffd64c21
	.quad 0xfb8e336aff800000, 0xd96fbe99b18fc560
	.quad 0x3fc0000000000000, 0x410000007f9f76a6
	.quad 0x3fdd1938aab824a2, 0x8004c19e2661687e
	.quad 0x7da96376e35ca3c2, 0x182d3d6bfffcd737
	.quad 0x4350000042dec024, 0xce5947b4ffac549d
	.quad 0x800353611d8ca219, 0xff800000ff8af5cb
	.quad 0xfffea2b780cdccb5, 0xdf7ffffe40680000
	.quad 0x672beed3d2b33c00, 0x7ad5f7fec72875ca
	.quad 0xb784716589fffcaf, 0xfff88d1c9cc88a42
seed27:
	.quad 0xffffffffffffffad
	.quad 0x7fffffffffffffff
	.quad 0x8da14718c278fc1d
	.quad 0xa65bf2ebf64896c2
	.quad 0x8000000000000000
	.quad 0x000000000ba9c4dd
	.quad 0xe14cf3affc7ce21c
	.quad 0x8000000000000000
	.quad 0x811acb2639795e10
	.quad 0x0068f40069c9dcd4
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x00000000000960f9
	.quad 0xeda8f304358a9b36
	.quad 0x7f8cba096c067807
	.quad 0x93f77761f35dce32
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0x407b9b8f28dd8529, 0x7f9418afc7800001
	.quad 0x3f0be278801888b4, 0xffcb6a95336cad34
	.quad 0xc77ffffe049e75b9, 0x0ccc95c7a5fbdf7e
	.quad 0xc24cbebbff7fbfd7, 0x5abf9f03ebfcb5fe
	.quad 0x405c1f0e9b5badfc, 0x40b80000c1d82253
	.quad 0x6cb9d9e7f7ff79cf, 0xfff8000000000000
	.quad 0x189892ef186014a1, 0x4227acfd411c0000
	.quad 0x436d82c83efcd6e8, 0xfffbcf796a7b0692
	.quad 0xc0150165cad718e1, 0x279b228cff3ffeda
	.quad 0x03335403ee337e1f, 0x43ef721680400000
	.quad 0x8000000000000000, 0x91902d7dffd0138d
	.quad 0xf585aa7bff800000, 0x407ffffffedbedf5
	.quad 0x7fc0000048f0c31a, 0x4000000043a877c3
	.quad 0xec59b2dafffffe91, 0x8000000000000000
	.quad 0x4ffffffebfe00000, 0xff80000067fc4ea0
	.quad 0x7fc000000e443394, 0xdfffffffc5b80000
	.quad 0x3787518a3a49c1a2, 0xff6a2985f0ea9978
	.quad 0x51a6e2caf2a12f30, 0x425922a53f1c5e97
	.quad 0x4237270f7f8b5a50, 0x7f0000006a9e0b48
	.quad 0x7fc000007f800000, 0x8000000000126996
	.quad 0x800000007f85cfe6, 0x452d8e077fe460ff
	.quad 0xfff0000000000000, 0x1e38375d7fe24840
	.quad 0x99b58bebffa1e1c5, 0xecc308ac61046567
	.quad 0x1932a61f78fc5410, 0xc000000000000001
	.quad 0x7ff86fb9eb482576, 0x8000bbfa59fb9646
	.quad 0x84d20c97a0043b00, 0x0b4d6d4259800000
	.quad 0xbc30e8abc35ba6e5, 0x40e0000000000001
	.quad 0x4035b101908f8765, 0x25d531a141dfb405
	.quad 0x4b13b8da50049980, 0x7c0d55052a7a5ac8
	.quad 0x00800000c0980000, 0x802040589821ca83
	.quad 0x7ff13f17df0bd731, 0xff3c33248e69ffac
	.quad 0x1c9e763b50fe07ff, 0x7fe0000000000000
seed28:
	.quad 0xffffffffffffffbd
	.quad 0x000000007fffffff
	.quad 0xffffffffffffa6ee
	.quad 0x2935fe5c4d1a6992
	.quad 0x24763ca7fc8cdd84
	.quad 0xffffffc799eecf37
	.quad 0x67f06b9d10720817
	.quad 0x0000000014699fcc
	.quad 0x996066f819383112
	.quad 0xffffffffffffffb7
	.quad 0x8000000000000000
	.quad 0xfffffffffffff541
	.quad 0x000000000000032c
	.quad 0xfffffffffffffd39
	.quad 0x42f7a124bd5f3c60
	.quad 0xfffffffffff80055
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xbfab00abf35a1590, 0x3a40d8f979f08479
	.quad 0x002fffffffffffff, 0x7f8b034f010ecd39
	.quad 0x03100b24d76affee, 0x4016000000000000
	.quad 0xc0f0500000000000, 0x4000000099dbb816
	.quad 0xfff8000000000000, 0x3f8e800000000000
	.quad 0x7fa8d8864cb25054, 0x0000000000000000
	.quad 0xca0a964559bef8de, 0xa4bd30c57d1b8729
	.quad 0xfe800000ffae4b2f, 0x000fffffffffffff
	.quad 0x771c27de806e8303, 0xfd8cd2568636b669
	.quad 0xc7a7c61bfd7effbf, 0xc129f342ff800000
	.quad 0xffc000003ebdcecc, 0xc93fd2b75bfca048
	.quad 0xf1983a76a8792773, 0x1d9888a35c64c601
	.quad 0x8ba489c40e59c880, 0x7d5ac80afb3b85cf
	.quad 0x3ec0cc9df7ed8d90, 0x4050000000400000
	.quad 0x7f819a927f8024de, 0xd25e2e4cdefffc00
	.quad 0x000fffffffffffff, 0xff68703bfdf67ed7
	.quad 0x7f800000930a3cb1, 0xf9c12cff7ab86305
	.quad 0x77f02ee8bcdf5a6c, 0x3f914b02e79e9fb4
	.quad 0xfff0000000000000, 0xc88d8cbca1f4076b
	.quad 0xc0efffffffffffff, 0x7f800000c54d8000
	.quad 0x007c2f3c7ff41db0, 0x7f8000003c552344
	.quad 0x537ffffec6fffffe, 0x7fa72f7fbe0cdf91
	.quad 0x0005708ef2285daf, 0xa2c8a2cd001c158a
	.quad 0x528b9c49bffffdfb, 0x4b4913b709e42594
	.quad 0xb4de67c47cc58bff, 0xc01a1f2f2c2f4db5
	.quad 0x80950bc0f73fffbe, 0x3fb8000000000000
	.quad 0x3ea27fa7d28fd300, 0x7fad1c5340100000
	.quad 0x6bda9c7cffe5f940, 0xfb6db997566efbd9
	.quad 0x8024516565f86630, 0xc33fffffffffffff
	.quad 0xbfe85601df5685eb, 0x5541b505fdff7fff
	.quad 0x3fbe5c7b668fe117, 0xc0f0000000000001
	.quad 0xd400b4bd7cbdf9cf, 0x4035212142704810
seed29:
	.quad 0xfffffcab76921839
	.quad 0x064e9978a11133bb
	.quad 0x000005b683101fd0
	.quad 0x000000001d196001
	.quad 0xb95e63ea0063c0f9
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x88418c2622760e01
	.quad 0x13ffdc81df093c1e
	.quad 0xfffec37d9378b3b9
	.quad 0x000000d5cdd2256d
	.quad 0x986bb1b88c267285
	.quad 0x7fffffffffffffff
	.quad 0xfffab365fa07c94b
	.quad 0x0000000100000000
	.quad 0x364c71ecb9fe9518
	.quad 0x01000000
	.quad 0x20000000
	.quad 0xb9e5ba90213e7c00, 0x7db2b4e343e6a150
	.quad 0xc080000000000000, 0xcbb69b34ffbf90c4
	.quad 0x800000007f9b81ef, 0xc3f0000000000000
	.quad 0x7ff32d393a2d886e, 0x3ad56acfc0d80000
	.quad 0x7ff0000000000000, 0xc5c00000ff800000
	.quad 0x8000000000000000, 0x40000001becbeadd
	.quad 0xffb311ec17cc7f22, 0x7fe7c075f3b24eac
	.quad 0x7210e7abdbac163d, 0x0558eac929c87c5a
	.quad 0xa6febd99ad3bfdf2, 0x3f7c000000000000
	.quad 0xff80000006c9c5c0, 0x957c485dffefabfd
	.quad 0x7f800000ce5181d5, 0xbf105a42425ac96a
	.quad 0x878aaac0ff99e525, 0xbfce14eedbdaeafa
	.quad 0x7ff0000000000000, 0x40006f844bbf24d4
	.quad 0xbf5e567a445c9c22, 0x7ff0000000000000
	.quad 0x0d4664669ea3f7fe, 0xbfb780046fff99b8
	.quad 0xc00c7a75203baf38, 0x9f351f9bd0807e00
	.quad 0x7ffd1ac9b6474ff3, 0x402d1b33befbf173
	.quad 0x2140d7f88a272709, 0x52ec09f57fffa7b6
	.quad 0xa1085e8bebef822e, 0x932c78aa6c09fb63
	.quad 0x3fb6ce4ed4af9d31, 0x40313e8cbc19d8c9
	.quad 0x5834fbf0d0f20780, 0xbc6312c07f800000
	.quad 0x5154b9c5ec6b7e00, 0x3fc2b1f77f0c0c41
	.quad 0x009a10de4cf5ddfc, 0x4230000000000001
	.quad 0x79b2356bdbcbede2, 0x7c4ed28c7e8665eb
	.quad 0x002922dd29495f3b, 0x3d80c2503e514dd3
	.quad 0x40e0000000000000, 0xc0140e166ea0ca99
	.quad 0x2f864507cbedfa30, 0x9498b7ebffff276f
	.quad 0xc025aedae40f688b, 0x41e0000000000000
	.quad 0x4ffffffe7fbfe94e, 0xff83d042c06076fe
	.quad 0x3fb32279ea88c528, 0xbf08e3cc00000000
	.quad 0x47afe7a88c526088, 0xfff61e9b00000001
	.quad 0x3aaa96d5fc3b7f74, 0x8004527b81b74436
seed30:
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0xff507ca306d93ed1
	.quad 0x1d88efb665daf88f
	.quad 0x0000000000000001
	.quad 0x0000bf35804d9182
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000371
	.quad 0xa308aad89ab7178b
	.quad 0x0000000000000001
	.quad 0xfffffffffffffdd8
	.quad 0x28ad463a7df7c1c6
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x077729befba7aa20
	.quad 0x000002d50e49553b
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0xc444000012c5241e, 0xc1040000bfffffff
	.quad 0x7fc000002d8eaf1c, 0x8cf1e05b88bebed3
	.quad 0x362f0000829f5675, 0x4cd42a6aeedf7fbe
	.quad 0x434fffffffffffff, 0x33d62040b8800000
	.quad 0xaf8e4d734b1b5867, 0xbecc000000000000
	.quad 0xbfd0000000000000, 0x3ff32c79113317d0
	.quad 0x95a89b8cffc00000, 0x8317af919b2b5e79
	.quad 0xc0196abf98098826, 0xc0b00000ff800000
	.quad 0x3b991d5fbd3f59b1, 0x7399985ae1d04ad6
	.quad 0x862af7a6c2b7fc00, 0x12dd48f607e37400
	.quad 0x3ec3bcc07ee01770, 0x4022800000000000
	.quad 0xe03a41bef0dec1b7, 0x7271a02f01000000
	.quad 0x002fb779b2993498, 0xbf81538c1fa4f46b
	.quad 0x4046a03100478909, 0x438580ab007fffff
	.quad 0x054b363f9e9c58a8, 0x7ee37ed7ff800000
	.quad 0xb3d040f6b8a00000, 0x61b5cd61c7e17375
	.quad 0x027ee943866fd066, 0x7f93d98eff8f4028
	.quad 0x5da23cb797ff79fb, 0x005f2d3e3c73c720
	.quad 0x408a000000000000, 0x64ad6bd0db3303ff
	.quad 0xd036147721cffc00, 0x469619355eeefece
	.quad 0x0e5d54efc0f00000, 0x3b070a563c72da01
	.quad 0xe6220ed5fff62f00, 0x17d0a327c5e2fd8e
	.quad 0xbf72000000000000, 0x7effffff7faba5a7
	.quad 0x6113bb8d72dd04ff, 0x8000000000806fbe
	.quad 0xde795fcb1f5f0400, 0x6a936791ff2ffe7a
	.quad 0x3fbb0620750a5bb5, 0x80ffffff3f600000
	.quad 0xbd45808341020000, 0xfde46dbe0eba2a58
	.quad 0x7194d655b525c582, 0xf1b7f132ddbfcfef
	.quad 0x8fe4a616f7933389, 0x7ff8000000000000
	.quad 0x2f33a8e81edbd019, 0x40392e38ffab1917
	.quad 0xfff0000000000000, 0x7ff7916b2ee9f0b7
	.quad 0x79a365a6c48c6bb9, 0x674177eae09abb7b
seed31:
	.quad 0xbd1e639263c641fd
	.quad 0xc64eb25fe4d2d033
	.quad 0x2376ed5d8bb5679e
	.quad 0x000000000000046c
	.quad 0x18de04bce1e17e74
	.quad 0x0000000015e184f4
	.quad 0xffffffffffffffff
	.quad 0x000000000000000d
	.quad 0x0000000001000001
	.quad 0x4b5c755403acfa11
	.quad 0xaad273c9c43ed052
	.quad 0x0000000cf6548713
	.quad 0xfffffffffffffe53
	.quad 0x54a0ca89402c8ab5
	.quad 0x842129f906ec797b
	.quad 0xfffffc748926a0f1
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x3f8eab9876ef9fec, 0xa808d10ef52e6d76
	.quad 0x7fd0000000000000, 0x800a86c9970b7c3d
	.quad 0xd590206ebcd72fd6, 0x90fb403568367ff5
	.quad 0xbf998f73ed05f3b4, 0x5d2d036bdcbe4254
	.quad 0x001fffffffffffff, 0x000fa3058de68aa7
	.quad 0x63e202b64f000000, 0x2d27dd6dffadfbdd
	.quad 0xffbaa60880000000, 0x3fccebd7b589a9a6
	.quad 0x3f8f70ef9c631bbd, 0x1c36be7bff8f7f7d
	.quad 0x3d71f620c7e0c32d, 0x7ff8000000000000
	.quad 0xbe8bbbb3ff8c6294, 0x3996a25997fe85c6
	.quad 0x31c4e953ffffffff, 0x38e9ef0f967bfffe
	.quad 0xffc00000ff800000, 0x00000000dff2fc77
	.quad 0xc0effffffffffffe, 0x4e3de8d3fe9e3ea6
	.quad 0xc021baeb3db953f3, 0x831f086b52dcb475
	.quad 0xfdfe0fdb7d8c36b1, 0xd43976456a669b71
	.quad 0x3583c4527fe4dfff, 0x4101a00000000000
	.quad 0xc015000000000000, 0x42cf1461408668a0
	.quad 0xebd0f64a2cfb7a00, 0x401a000000000000
	.quad 0x800cf6187f800000, 0x4a41e12fc5bfd7f7
	.quad 0x7196f327cb0ea2cb, 0x317ae3a40ba44266
	.quad 0x8000000000000000, 0x8ec3e754b5f30000
	.quad 0x7ff398700d1b3eaf, 0x8020000000000000
	.quad 0x037ae728687dc624, 0xb23327ceaffff31f
	.quad 0xec9e9683e53effdb, 0xff5bf5caffc00000
	.quad 0x7f912ec65d9d353f, 0x40b4c2a4ff6f5dff
	.quad 0x801fffffffffffff, 0xfffbab077fc00000
	.quad 0xc0c0000000000000, 0xc10400007f90f3c0
	.quad 0xdf7fffffc0c80000, 0xb761510abfb38001
	.quad 0x8000000000000000, 0x8050644facaf7b26
	.quad 0x8010000000000000, 0x8000000000000000
	.quad 0x404f66a75cd5bb32, 0x91b10be2ffbb7f63
	.quad 0xed6e66f5152300ab, 0x6cedf2e0eeff26e1
seed32:
	.quad 0xfffffd96ffeeebea
	.quad 0xc28c075203c696de
	.quad 0x000000000006e119
	.quad 0x3b4dcb1e9f7ef669
	.quad 0x7d4c56ec5e946a1b
	.quad 0x000000007fffffff
	.quad 0xffffffffffabfe4b
	.quad 0x0000000000002d8e
	.quad 0x2d00489572c0a82a
	.quad 0xffffffffece39c03
	.quad 0x0000000000000026
	.quad 0x2678532a9d02c54d
	.quad 0x00003485e1d79fb6
	.quad 0xa8f65b13f25d304b
	.quad 0xffffffffffffffa5
	.quad 0x0000000000000285
	.quad 0x03800000
	.quad 0x10000000
	.quad 0xf33b72a73fc160b0, 0x4120069ad8836747
	.quad 0x001804e280000000, 0x3f9dda3aaba65581
	.quad 0xfac2303db3635e86, 0x3f23400000000000
	.quad 0xbf18000000000000, 0xc55658d52c3503d4
	.quad 0x7fff79e658e5c678, 0x409da9f077dbe7ff
	.quad 0x0be63d13409894fd, 0x3ac5a24c40a80000
	.quad 0x7ff02857ce4793b2, 0x4b8a20bc7ff4adda
	.quad 0x5a5dd5f6afbefee5, 0xc0715c225f2e74c3
	.quad 0x4019b3b4493f3f18, 0xfecd4e67bc2a9017
	.quad 0x4249000061915919, 0x6864613dff9c7ffc
	.quad 0x597b87a0baf30000, 0xd9c91077d3e6a540
	.quad 0x401eb901ae356e82, 0xd1ea1128eb63c400
	.quad 0x7ff0000000000000, 0x8c64f9fa08f61489
	.quad 0x5af80104ffcef9bd, 0x1cd08f23bb037aa5
	.quad 0x4041547974b19850, 0xde845672c4fb967d
	.quad 0xcb418608fbfdac31, 0xb816c86bfae52162
	.quad 0x001ea68877951533, 0x80bfb8478f7a10f1
	.quad 0x4025fc4f715e9339, 0xffdcd5d06602936b
	.quad 0xb5c5800080065d61, 0x967abe8150850000
	.quad 0x7fe4510ac7c10d21, 0x3b517d04ffac57ff
	.quad 0xda1deb4f49db789c, 0x3e587024be36581e
	.quad 0x429814a780007116, 0xbf400000b6300000
	.quad 0x40f9af00ff800000, 0x700e7225f9d74460
	.quad 0x37860000bc0c92e1, 0x7ff0000000000000
	.quad 0xfee8696900000000, 0x400a675272383555
	.quad 0x5da1d2c804427358, 0xffab493d80000000
	.quad 0x637d5fab7939fdd2, 0xfe80000036200000
	.quad 0xa5e73f23ffbc3c00, 0xff87d40a40940000
	.quad 0xf64d0c39d7f7018a, 0xbce7a13a5330a7bc
	.quad 0x459d2818efbbd093, 0xc6a01ea480497f0d
	.quad 0xc97c0000ff800000, 0x973dbda2fe6e7e61
	.quad 0x8114fe7b5a7ffffe, 0x3fc8be007d3a0216
seed33:
	.quad 0x512df4c0076d4f70
	.quad 0xf9688a1cbbdbf216
	.quad 0x8efd6ea52d06c5b8
	.quad 0x0000000000000000
	.quad 0x000001961cb25498
	.quad 0x0000000000000000
	.quad 0xfffffffffedc4319
	.quad 0x6b156896f95c7d26
	.quad 0x0000001c2232ec5f
	.quad 0xffffffffffe4717b
	.quad 0xaafdba2c653821ac
	.quad 0x100f26614c134a75
	.quad 0xfffffffffffffdb8
	.quad 0x000bd1da75f22cf9
	.quad 0xffffffff6d176b3d
	.quad 0xfffffffffffffebf
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x80000000ffc00000, 0xdaf965e2ef6ebd74
	.quad 0xfff0000000000000, 0x732737657061f400
	.quad 0xe9000825d5ffc600, 0x9c58d9d4487c268f
	.quad 0x8006b46cbf40bc5d, 0x00000001bf800000
	.quad 0x7f8130f9c2799788, 0xc01bd608bde53de6
	.quad 0xb8baf8279569ad87, 0x5921e78da8a8719f
	.quad 0x30d4b99b6e237e00, 0xa3aa772a6f161dfd
	.quad 0xbc9dbc0080249313, 0xfeed90d800a67196
	.quad 0xfff13d2583fa5320, 0xfff62341de0d90e4
	.quad 0x8f64eedeff8b0072, 0xc58f4cff14918000
	.quad 0xbfb3800000000000, 0xc02bda7c5743cd81
	.quad 0x7fdd56d1ff80a230, 0xab4b02343c93da6c
	.quad 0xbbc23b828723d02f, 0x82972805f5e6c69b
	.quad 0xc1e35b60ff800000, 0xe7f9032eff1203ff
	.quad 0x7ff9a402aa5e3926, 0xfde1aa50e1d50000
	.quad 0xac08d5097f800000, 0x3f408fa882e60000
	.quad 0xc011000000000000, 0xbfc8c00000000000
	.quad 0x096d294bfffdac07, 0xc030000000000001
	.quad 0xff8aa027ffbaa2ab, 0xd31307fed6aafd09
	.quad 0xbc072a5640f00000, 0xf915b5a743c6be2d
	.quad 0x7887f7ba7fc00000, 0x7eaff956ffc75ba6
	.quad 0x8000000000000000, 0xa785f6d771cb6213
	.quad 0x3e0e8efbd23ff70d, 0xc1000000ff800000
	.quad 0xd8e47e81eafd8195, 0xc2259c0760879920
	.quad 0xbd5044d5c68bc4c0, 0x960c9804c0c43fa7
	.quad 0xb01227810a877e82, 0xc13de7bf80800000
	.quad 0x1d47bcadbee10000, 0x861e80c530915bef
	.quad 0x092230dbfff083ff, 0x7fb33284bcd259a8
	.quad 0x0046207d08b61260, 0x8000000000000000
	.quad 0x7f800000250a79fb, 0x28cec69acfffffff
	.quad 0x7ff5e5e247525853, 0xff80000040cf10ed
	.quad 0x3c50000080ffffff, 0x94a44b69ffffffff
seed34:
	.quad 0x9212661a2043fcfa
	.quad 0x2a56d5927920d1d5
	.quad 0x47ec3cf5fe88fbf7
	.quad 0xfffffffffffffd61
	.quad 0x0000000000000001
	.quad 0x00000000225d64b9
	.quad 0x7aa3bd335c2ced00
	.quad 0xfffffffffffffc6d
	.quad 0xfffffff054cbcdab
	.quad 0xa61a5bea0a87b6d9
	.quad 0x05c636803d84bba6
	.quad 0x0000000000000000
	.quad 0xfffffef421d2217b
	.quad 0x57fccf498609462b
	.quad 0x00000000000003db
	.quad 0xfffffffffffffd80
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0x8021b2ccf21b6f90, 0x1e1ed4e3569300c0
	.quad 0x224a8436192d0000, 0x0026fd74ffdda6d3
	.quad 0x7ff737e6db51aa07, 0x409800004ede87b7
	.quad 0xc1140000a4bbe462, 0xfff0000000000000
	.quad 0x47800000c1eefc05, 0x400fffffffffffff
	.quad 0xb32cf69f7effffff, 0x06b9a03baba08800
	.quad 0xf8b0de19f313af14, 0x7fda9b80c0d41e23
	.quad 0xc00c000000000000, 0x892546e64fffffff
	.quad 0xe16771e1c37ddffb, 0xc40c9c9ef2f727e0
	.quad 0x8c00a2a77fd9422c, 0xffd663c4bdadc280
	.quad 0x8008000000000000, 0xff800000ff800000
	.quad 0x488ed85b697cfcfb, 0xbfc39d3c57ef1f63
	.quad 0x58eb772b57ff5ef7, 0xf3708aa0f5fafaec
	.quad 0xfda75959c33c421b, 0xc01e679a4f0d7aa7
	.quad 0xefb71a14293a4e4a, 0xcc69550bffddfe00
	.quad 0xf225842c7f51fbff, 0x402c35290b222618
	.quad 0x92e6303135597c00, 0x976b89f0a53a4054
	.quad 0xb814cc11f657fb43, 0x4125404640300000
	.quad 0x32445ca5ffab8664, 0x4f7ffffe5649e70b
	.quad 0x82417a96aab466c2, 0x7ff707b4d6ecd16a
	.quad 0x0000000000000000, 0xbeb8000000000000
	.quad 0x5cb4a9d69c157e00, 0xbff8d1b0ef846e4e
	.quad 0xcf7ffffec32e0d17, 0x40f0000000000000
	.quad 0x4050000043e42076, 0x3f7d048e7c30748d
	.quad 0xc249c722d6bb7ec7, 0x00035d939bc308e1
	.quad 0xbfcffd6e9d95ba1b, 0xbfd000cdd522814d
	.quad 0x94e93e854dc97c00, 0x0000000000000000
	.quad 0x5bc77693efffffff, 0xc1200000e1800001
	.quad 0x40cc3aab222f8656, 0x7ff7e152bb31f1cf
	.quad 0x58a61030489e7d7b, 0xc3820000819f499f
	.quad 0x81b5caa01e8a87a7, 0x430a05e4f1b848a0
	.quad 0xc5157d66eeffffff, 0x771cbff6ffcbcf67
seed35:
	.quad 0xe3393f2349b5f9e2
	.quad 0xffffffffffffffff
	.quad 0xf5b4fde237fcdcd6
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe58
	.quad 0x960dbb481f7c56d0
	.quad 0xfffffffffd722b49
	.quad 0x0000000000000201
	.quad 0x00000000000001e7
	.quad 0x037a550b2dfaff48
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x3a89fb6f26cdaa43
	.quad 0x228feca0137c5d87
	.quad 0xfecdd7b8850d4b5c
	.quad 0x000748c216a179e9
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x43b2530dfcd05339, 0x3d417b9df73fffdb
	.quad 0xbff6a12d7eaf5a7b, 0x7deb855c50bcdc59
	.quad 0x00fb4f65b7bbe090, 0x872e4161deffc99f
	.quad 0xf09c3a50ffffffff, 0xc035c4b5b21af49a
	.quad 0x3fbf69dc71f61709, 0xbe00c99b80000000
	.quad 0xc0219a5257c5fe85, 0x009f97d7af168d26
	.quad 0x131aebcb6ce950f9, 0xda9a5be24ab8c400
	.quad 0xbdce66a7e147efc1, 0xf72a55249a1cf800
	.quad 0x025d3ddc7fdcf285, 0x7f8d57a1feffffff
	.quad 0x7f8000004254f106, 0xfe8a7fd3ac562a59
	.quad 0x3f800001ffd19668, 0xfff8000000000000
	.quad 0x01152842b25301de, 0xbe7937063fe00000
	.quad 0xffb2b76f66dbaf18, 0xfdf1deb1eecd92e3
	.quad 0x16487c7aa2aaeed4, 0xbfedc00000000000
	.quad 0x40a0000000000000, 0xc2e000001c664730
	.quad 0x0040000080000000, 0x40146d1d1d80562c
	.quad 0xc49312f61455eef2, 0x80347e6496f176bd
	.quad 0xe4e1f3577543ffd9, 0x7ec76475cc2b0652
	.quad 0xff8f6ec2c9000000, 0xc780000080000000
	.quad 0xc1b06b0eff800000, 0x532673e3dbe47c00
	.quad 0xfff0000000000000, 0x4018000000000000
	.quad 0x13a5fe5f3e2fdd7e, 0xc06885db1d3af2c5
	.quad 0xf2f792da80000000, 0x68614dd1c0c00000
	.quad 0x5a86e9fdd671f800, 0xffc00000b8307a46
	.quad 0x69e53f14ffd7d7cb, 0x7ff60aaa9bf4a239
	.quad 0xbfeee64ac6b19d9a, 0x7ff8000000000000
	.quad 0x209d6b22e0bc0435, 0x6ba8eeb7e35683ff
	.quad 0x4015000000000000, 0xbf2567967f9d60e0
	.quad 0x024f0d13ca02d5a5, 0x4063b764c69234f8
	.quad 0x7ff0ab33f63c0779, 0x9e6a3276b7c7337a
	.quad 0xfff8000000000000, 0x2d555050893d80cb
	.quad 0xbf79def3785d20b9, 0x8024979b18336a5f
seed36:
	.quad 0xda14e6d9adc4d139
	.quad 0x0000000000000273
	.quad 0x0000000100000000
	.quad 0x195186ae00d12376
	.quad 0xffffffffff6b76a7
	.quad 0x15706a34043b0987
	.quad 0xb3070007b37093a4
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe43
	.quad 0x00000000000000ec
	.quad 0xcc9f2cb55a77e57e
	.quad 0x0000000080000000
	.quad 0x9573a722eaa462c5
	.quad 0x9aaa91c495e623d6
	.quad 0xca14609bc791a922
	.quad 0x04400000
	.quad 0xe0000000
	.quad 0x87481f153fff7c00, 0x3614c50114ed1dca
	.quad 0xc0f0000000000000, 0xbf3f37c8bef577b8
	.quad 0xf1c08dc8021f2347, 0x807ed617c71c0000
	.quad 0x6f0512ad40ce446a, 0x006dfe3581000000
	.quad 0x16282d482902c819, 0xc04dce26c135f957
	.quad 0x177187c6bf92dfdb, 0x7ff392037c2f66b4
	.quad 0xbf88ee5ef14bc6e1, 0xfe081d42004622d5
	.quad 0xbf7b875b84665fec, 0x4f9f0eb8d741fd31
	.quad 0xa1eb911c7f80f5ce, 0xff8000009015efbc
	.quad 0x190fdb03ffffffff, 0xc2ac00000dbc6fe9
	.quad 0xff8000004108fe25, 0x0000000000000000
	.quad 0x768a6dfcdf976a2e, 0x00000000bed74d55
	.quad 0xefe3cfb2fdba7e68, 0xcf17898c09f05b2b
	.quad 0x7fc00000ccffffff, 0x76ff9c6f7f800000
	.quad 0x02040cedef58cf88, 0x01a0cc02adeec716
	.quad 0xfff0000000000000, 0x40798921e23d029d
	.quad 0xfff4aa8a7b146de0, 0x80000000ff800000
	.quad 0x3fe8000000000000, 0x7fc00000cec6cf9a
	.quad 0xbfb4a21c44a09ed5, 0xff304bc9ffc00000
	.quad 0xafe846aec70dd1f5, 0xeb7968a2e9b29c5e
	.quad 0xfffe9369bc54fab2, 0xbf623a6700000000
	.quad 0x7fc00000801bdb09, 0xbda3183f00000000
	.quad 0xbfbe93f1bc820879, 0x3f87111a5999ddfd
	.quad 0xb994509415fb9880, 0x40859bd63fdee463
	.quad 0xec86a66cfdffffff, 0xd01b31e98ce57c00
	.quad 0xc300812300000000, 0xbe892c48042f7b47
	.quad 0xcf00920efb5e1e1c, 0x0bc1103ab94b7373
	.quad 0xca916dd49348f866, 0x25d39eefff9fbd15
	.quad 0x44ac51b84e8ffe5e, 0x3504a83a97bbfea0
	.quad 0x004fc73673667a9c, 0x7f107759e56d9453
	.quad 0x2ca27a11a49b9912, 0x3ff4000000000000
	.quad 0x8000000000000000, 0x98c8e79579b1d180
seed37:
	.quad 0x000002dc31ff71b0
	.quad 0x00035c8f3876edfa
	.quad 0xfffffffffffffe30
	.quad 0xfffffffffffff923
	.quad 0xfc4015e328120fe4
	.quad 0x79335521a8101090
	.quad 0x1ef8a7abd453551f
	.quad 0x000000005c64a655
	.quad 0x038903829a10ece1
	.quad 0xffffffffffffffff
	.quad 0xcfeb2bf996e1e6b0
	.quad 0xfffffffe519d5b85
	.quad 0x000000000004bfc7
	.quad 0x97d06ad3b217f5f0
	.quad 0xcb9008d55c864e0a
	.quad 0x000000000000006a
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0x3fd2547f7e423b8d, 0x5980000180800000
	.quad 0x88827816ce6a7ac6, 0x2fc03865c5edfc00
	.quad 0xbfe8000000000000, 0xbf769fe8134ca163
	.quad 0xc268ca8b83575e54, 0xbfd4c937f9adba45
	.quad 0x84b50b42fffe3c80, 0x0001ff63032bd835
	.quad 0xdf51b5a24ca17bc5, 0x12564157fda548b6
	.quad 0x3c09dc95bd800000, 0x0837d5761a6d5755
	.quad 0x8c49200b03ccc140, 0x35800000007fffff
	.quad 0x56b3e27c8ff6fffb, 0x7c2baf05fcdefb92
	.quad 0xc0ba2e5dbdfbfffb, 0x4960a3af00000000
	.quad 0xf2fabd3cd5fa7dc0, 0x7fe83dcdf244d3d1
	.quad 0x0020000000000000, 0x21e919911a58e4a4
	.quad 0x3ff00000bec00000, 0x4016000000000000
	.quad 0xc5c40000014ae990, 0x802baecb3d457bff
	.quad 0x017fffff80400000, 0x599338522cf17c00
	.quad 0x3fd2ff3e586797df, 0x02bb63acbffffffe
	.quad 0xffd0000000000000, 0xd8d82ad47fffffff
	.quad 0xbff4000000000000, 0xfc0be469177b5559
	.quad 0xfff0000000000000, 0x3f82fcbf5fc44c9f
	.quad 0x6655ef4baa920748, 0xc312f2c54f000000
	.quad 0x80000001173a2eda, 0xdee980d280293746
	.quad 0x3f3cc00000000000, 0x3c74ec8ece0cbf19
	.quad 0x02b45308233dfdf2, 0x0eafaf00bdcf7f7d
	.quad 0xc0cc0000bf400000, 0x3a76ca30237c7d32
	.quad 0x3f92338effa733bb, 0xfff0000000000000
	.quad 0xff800000dc800000, 0x7effffff80000000
	.quad 0xc02a000000000000, 0x7fc00000c30a670a
	.quad 0xbfd49aa229527fef, 0x711d405ffffbb330
	.quad 0x797430c8ff948668, 0x3005144ebcf84ac0
	.quad 0xb247e4a83f312234, 0xbc2a8000ffecf755
	.quad 0xfe29e7704ec69aa1, 0xc108000000197e0b
	.quad 0x8000000000000000, 0x1c55290d51c64180
seed38:
	.quad 0x0000000000000002
	.quad 0xfffd6470cf56872f
	.quad 0xfffcfe7f305e2dee
	.quad 0x00de3fd5238d0669
	.quad 0xfffffffffffffc4d
	.quad 0xa58335ae03ab8b2f
	.quad 0x00000000ffffffff
	.quad 0x00000001cbc03fd1
	.quad 0x000000007fffffff
	.quad 0x27ba3dd87618e4ff
	.quad 0x87f38bffbb73303e
	.quad 0x000000000098eb62
	.quad 0x000000005c140247
	.quad 0xf0c0fc25764b1ed8
	.quad 0xfffffffffffffe6b
	.quad 0x0020000000000001
	.quad 0x03c00000
	.quad 0xe0000000
	.quad 0x0000000000000000, 0x40700000bdecea5c
	.quad 0x0946db8426c62f64, 0xbd73a8a480041aa8
	.quad 0xc336ec2a72036e95, 0x9a3657a5d172ffff
	.quad 0xb61f9da488937995, 0x800000003f79086f
	.quad 0xbff2a4ed127ef90c, 0x03c4e78d0e267bff
	.quad 0x0018263c4066c7ad, 0x7f7fffff3d7f6339
	.quad 0xc00c97d95946a473, 0xedc262e0f389a3e6
	.quad 0x2d454c3047fad3f5, 0xbfcfb4b8038d51a0
	.quad 0xef5d315d40ec0000, 0x6233511bffea7fb0
	.quad 0x80000000be800000, 0x3f0c000000000000
	.quad 0x5657a85a7fc3fb6e, 0xf5650f3e42680000
	.quad 0x30b33554ffefffff, 0x7ff0000000000000
	.quad 0x7fd7894c3dcc0000, 0x4c0311c6dc3f3a10
	.quad 0x7fc0000043227770, 0xc0b259a8bcd8366b
	.quad 0xc36e47eeffba5765, 0xc0840000cfe810db
	.quad 0xbeb2706c80c1d7e7, 0x253449c5549ac81b
	.quad 0x245b3d7f75bbfed9, 0x97b109e7273afc00
	.quad 0x3fe0000000000000, 0x5c29db2627faf9ff
	.quad 0x0cc4f58f9f57ff66, 0xbefe800000000000
	.quad 0x0000000000000000, 0x39125bcff7c00440
	.quad 0x1c51f323fea3ff74, 0x7da3aaef64c27456
	.quad 0xc0390c8c9d22b5f2, 0xff4cb45c239b64d8
	.quad 0x7ec99f2680634615, 0x194cfe4af7f1fecf
	.quad 0x07f2caa240a00000, 0x7ff0000000000000
	.quad 0xc002000000000000, 0x8000000000000000
	.quad 0xec4c9979ffd31d3a, 0xf8743895e3681015
	.quad 0x7dffeea90d112836, 0x428f5eb5516a7c00
	.quad 0x8faa59eafe8bfe79, 0x9318f58745640000
	.quad 0x5a000001ffe08e23, 0x800000007f867174
	.quad 0xfff5f40c520f4579, 0xbfe0000000000000
	.quad 0xec27fae77fe2cb4f, 0x0fb5f26ef739674a
	.quad 0xff80000080ffffff, 0x40023e1e5c254b0d
seed39:
	.quad 0xf0b3c32acc649c98
	.quad 0x2d44547c81aa26b4
	.quad 0x0000000000000000
	.quad 0x000000004bdf04af
	.quad 0x00000000000003c3
	.quad 0x000000066f55c68e
	.quad 0x07e7cc6682eae7ba
	.quad 0x9a7a4bed58c13dd2
	.quad 0x570e21f234ccd107
	.quad 0x0000000000000044
	.quad 0x000000003a21bbee
	.quad 0xffffffffffffcfdc
	.quad 0x00000000ffffffff
	.quad 0x6e32c2ac472bccca
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x04800000
	.quad 0x90000000
	.quad 0xc779a9d53d045f20, 0x0d6d458377798dd6
	.quad 0x000000000caf33c1, 0x4d0ccd0b7fac5bfa
	.quad 0x0068e53647e39516, 0x7ca35b24f9ceef16
	.quad 0x7ff5b50114679096, 0x000745528c704aa9
	.quad 0xb8656dec1412ee8d, 0x513cbca9ffc60600
	.quad 0xc0326fbc0f35a12d, 0xc077e8a5ffa23abd
	.quad 0xbd7c82530025db90, 0xbfab2f669c30297e
	.quad 0xc09c00007fc07a19, 0xfff0000000000000
	.quad 0x3f9c0ef11dfaf9d4, 0xbe53add4802fae51
	.quad 0x2750e5eaaa04430f, 0x7bdbeb68ff8f50b1
	.quad 0x728992e1ff800000, 0x8003675c3430e6f8
	.quad 0x7f8000007f800000, 0x56fc8d941efe6ffb
	.quad 0xc0310bbfef66ec52, 0x4037ddfe83cd0fa7
	.quad 0xf597fa8aff76a37e, 0xfff0000000000000
	.quad 0x2b0bc886dfcf5bd9, 0x7ff0000000000000
	.quad 0x08d34d5078bb76de, 0x82203025ffcd3d00
	.quad 0x00000000c2deb740, 0x3060b18b35e80500
	.quad 0x8000000000031e83, 0xf1d92750e6ca81e5
	.quad 0x40800000c0f00000, 0xc17ffffec146bcd4
	.quad 0x248d8fd77f921598, 0x8008000000000000
	.quad 0x800c5decd9563ea4, 0x800c55003bf964e5
	.quad 0x4eee63a241540000, 0xf79f27d3169a0022
	.quad 0x3a083b2f6eccfe00, 0x03138a13d6b0c740
	.quad 0x0010000000000000, 0xc000000000000000
	.quad 0xf214602cfbebfb6b, 0xbffffffe44800000
	.quad 0x7f29c2b93ba1d9c4, 0x9e4e877dbcb07c00
	.quad 0x7fddf88657df1af4, 0x3f84263b0810202e
	.quad 0xc0085461a3955745, 0xe472c7a5ffa33d19
	.quad 0x0115b436004e9011, 0x0000000000000000
	.quad 0x425a802a7fdc520d, 0x3fff5415ae18c005
	.quad 0x85b336157d879e67, 0x4f000001f69bdfda
	.quad 0xc03fa60cc419f8b4, 0x65a8f771cec1f9bb
seed40:
	.quad 0xfffffffffffffc2c
	.quad 0x7fffffffffffffff
	.quad 0x4d61d33ce99bb41c
	.quad 0x00000198e66b2a37
	.quad 0x0007daa97b307d07
	.quad 0x7112f97d39881a50
	.quad 0xfffffffffffffff5
	.quad 0xfffffffff6ffc45a
	.quad 0x0000000080000000
	.quad 0xfffe20ddc6beef09
	.quad 0xcf9b5014f9ceda33
	.quad 0xffffff8e4632bda2
	.quad 0x0000000000000000
	.quad 0xfe5bb23301cc646b
	.quad 0x0000000036f9bc56
	.quad 0x0000000000000000
	.quad 0x03800000
	.quad 0xb0000000
	.quad 0xf96106ec75124103, 0xffdb7e047fc9ac8a
	.quad 0xc07ffffe42d52968, 0x2556d80a26f27c00
	.quad 0xbd506c11ee1dc54f, 0xc76f747bfaf9ef6e
	.quad 0x7ffa09e54b6e2e57, 0x4018000000000000
	.quad 0x79aff9bb34d501a8, 0x62959f09ffee3fbf
	.quad 0x7ff477ddfc0985e6, 0x4b9ad844880c8000
	.quad 0xd3eb5f69ffd80392, 0xfe9283b040c4b4d4
	.quad 0xffbc6e542c4eeb58, 0xbf7afaa01358d983
	.quad 0xece334579a56112f, 0x80000000b6e00000
	.quad 0x7ff8000000000000, 0x7fc000007ff8ed0d
	.quad 0x00000000c7000000, 0x393589bbe29ffee1
	.quad 0x57146378cf7fffff, 0x8b3f74a8b7bb67f7
	.quad 0x8020000000000000, 0x75fe3ee33d402391
	.quad 0x005d0d31ffa8db87, 0x8000000000000000
	.quad 0x0000000000000000, 0x000b1383eccabbf1
	.quad 0x159827d97faefcd9, 0x83ee464cedfbb3f0
	.quad 0xa712062616ed50c9, 0xfea446ff205e3398
	.quad 0x7ff0000000000000, 0x00c8c1426bdfb27c
	.quad 0x21e90e9d34a66f73, 0x40681e9379e89a17
	.quad 0xe6424240549dfdfe, 0xffc000007fc00000
	.quad 0x7edf6c1200400000, 0x4c4fb0b2bf2f87ff
	.quad 0xc0f0000000000000, 0x7ea31e92abfdc4b3
	.quad 0x7ff8000000000000, 0x85b62f84ebfafcc0
	.quad 0x16ed3c289b64ab9f, 0x41a98000f8921d2f
	.quad 0x3e461a55f0578cae, 0x8a3b8a5a8dca4001
	.quad 0x4330000000000001, 0xffec1fb65a9f9c70
	.quad 0x00073cdf1b973fdc, 0xe0126066ddbb8000
	.quad 0xbf39ce6fffb8ab12, 0x7db9bddee740fdad
	.quad 0xc305769dffefff3f, 0x006a051e02198729
	.quad 0xfff0000000000000, 0xd18cfdf5beffbff2
	.quad 0xcf800001b82e63a0, 0xcd9f1a4afbefed84
	.quad 0xc010000000000000, 0xa79ee274ffbfffca
seed41:
	.quad 0x2c668965ac10594c
	.quad 0xfffffffffc34771d
	.quad 0xb8f74f61e1231cbb
	.quad 0x7d512df064f69ea2
	.quad 0x00000000000000a2
	.quad 0x0b1c62ac42bc39e8
	.quad 0x7a1263bbe49d494d
	.quad 0x1559507de8092694
	.quad 0xf63306d911a0a0ad
	.quad 0xfffffffffffffd92
	.quad 0xfffff928e090bc7d
	.quad 0x00000000000000c3
	.quad 0x000000000000014d
	.quad 0x000000000001b64b
	.quad 0x0000000001000001
	.quad 0x000000000000016e
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0xc07ffffebbcb5e09, 0xa9ba1dcd16e78000
	.quad 0xbf9ba95a2f10448e, 0xffc42aa0ffd9c660
	.quad 0x3fb0000000000000, 0xc98111169e7f7fff
	.quad 0x7fb0266c3e7c43dd, 0x8e258a99ffef5980
	.quad 0xfa5cca34d0bcf391, 0x6def5a1b7fffffff
	.quad 0xff800000da000001, 0x7fdabee71dfa371b
	.quad 0x8253cc4f109fc7a3, 0x4090000080000000
	.quad 0x183f15b0ffc00000, 0x512e2a947fc00000
	.quad 0xffa25e633391211e, 0x35b154a90249d045
	.quad 0x20acb820c4cb1474, 0x7fb5da16bffaedba
	.quad 0x8020069555490506, 0xfee22db000460d28
	.quad 0xaaad5906ecfafdd9, 0x770bc8497f800000
	.quad 0xbfffffff80000000, 0x3f04000000000000
	.quad 0x4040680668d8b875, 0xca6cc690ffed2ee9
	.quad 0x3f0c000000000000, 0x0fe01fdaf4170000
	.quad 0x07e6694ac3e202e5, 0xedc96febbaa00000
	.quad 0x47927584b26a0281, 0xcc044baba3c8fd37
	.quad 0x15ecd857ff9ffb77, 0x2bd229f0dffa7c00
	.quad 0x0000000000000000, 0x5a000000d099e978
	.quad 0x0000000000000000, 0xcc5b17bc4fbf0000
	.quad 0xff800000ff9830b2, 0x609fd1cd3c48fc00
	.quad 0x40929b33bb700000, 0x4173661f07a23cc3
	.quad 0x7fc0000029c64d0f, 0xbff8000000000000
	.quad 0xc0d9fa1086ed1c4b, 0xe44adf07bc58dc59
	.quad 0x800000003f200000, 0xcee2fe176e01da00
	.quad 0x3fb0affdff8275f2, 0xb76ccfe7ffbab018
	.quad 0xbe0445737ac40c00, 0x8000000041e50000
	.quad 0xa01d7b3f1c1286ed, 0x81df25f3c008a050
	.quad 0x7d0a978d985de11f, 0x7f8000000a438bf5
	.quad 0x6b7e1f0c2b2a8000, 0xc0ff343031fee9d2
	.quad 0x8000000000000000, 0x41dce7963fb51323
	.quad 0x7d98c5707edac9a0, 0x806bff7ece3aff2f
seed42:
	.quad 0x000000001064c1a7
	.quad 0xf5222ceb21c317c9
	.quad 0x88b4b4c332c14c33
	.quad 0x0000000001000001
	.quad 0x3a8621b76891acb6
	.quad 0x2d6b989196fcf56d
	.quad 0xfffffffffff559c9
	.quad 0xd580cb92540d2c1c
	.quad 0xfffffffffffff793
	.quad 0xfffb522569c1d702
	.quad 0x0000000001000001
	.quad 0x4a92f87a04b981ee
	.quad 0x1a122cff39d44bc2
	.quad 0x000000000000227b
	.quad 0xfffffffffff4b64d
	.quad 0x00000004cbc35312
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0xb8cf584f5a5f3fef, 0x401db3dd1ee4f5f1
	.quad 0x8000000000000000, 0x6cd550eb8fc2ee61
	.quad 0x1b439829311538db, 0xfdb4a06d00000000
	.quad 0x3a71d66a37edc48e, 0x88632812ff800000
	.quad 0xbff3500000000000, 0x945c72d77a68d232
	.quad 0xff7fffffc1ce895c, 0x25ed1934ffc48000
	.quad 0x740935897f800000, 0x216bec75777a828c
	.quad 0xc0372515e6b47a01, 0xa3550576faf4f874
	.quad 0x9828de2cfddf9f3f, 0x8000000000000000
	.quad 0xc036030d5c6d6439, 0xffafd1a7ff800000
	.quad 0x8023e6037effffff, 0x76bead57fffd5556
	.quad 0xbf40000000000000, 0xc70000013b9d01c8
	.quad 0x5a2f9e4af374695a, 0xc1a64a6dc0db262d
	.quad 0xf96bc3fbb28fdad5, 0x7ff8000000000000
	.quad 0xd7014780fdb47ffe, 0xfaacbcdd7f8b55ef
	.quad 0xc0500000817fffff, 0xff4b55560e849f19
	.quad 0x40880000bef0eebf, 0xfb5b07b35d341c45
	.quad 0x36aaab458246ff97, 0x704a9648c7ef5c8f
	.quad 0x3fef04173e7511fb, 0xbf71652c5331caa7
	.quad 0x8ced5199e7fe8000, 0x4283b9d247000000
	.quad 0xc001f58725f78f81, 0x404d6168430a52fa
	.quad 0xc6c40000555c2451, 0x3fffffffffffffff
	.quad 0xbfeae2320f854be5, 0x3f800000bedc2ec4
	.quad 0x31e2db1aefffffff, 0x3fb1090c332c198c
	.quad 0x43cfffffffffffff, 0x800b077d7fe3a81f
	.quad 0x5bebd780e1ad65e9, 0xd8601eb755bb5b01
	.quad 0xe274d0ec69f781ef, 0xbb3a8ba69c7ba29c
	.quad 0x3faf9891ad637cc5, 0xa0bc6b72c391f28e
	.quad 0x7fa678758f4ca2bf, 0x2aae463fc9ffaf7b
	.quad 0x419f8dc3bf000000, 0x1b86f4cf71a0102d
	.quad 0x65ea53d0bf774376, 0x97053d7ff086008c
	.quad 0x87fe88b0fd1f6bc6, 0x0c846ad934962038
seed43:
	.quad 0xffffffffffffff14
	.quad 0x1b43751687b9b433
	.quad 0x0000000100000000
	.quad 0xb603584c9fe47e52
	.quad 0x0000000000000112
	.quad 0xffffffffff7e166b
	.quad 0x8000000000000000
	.quad 0xffffffffea24c980
	.quad 0xef4e39bea8b19c76
	.quad 0x69cff086a6eecb79
	.quad 0x000000007fffffff
	.quad 0x038e5c99b76fca10
	.quad 0xffffc1453708e71b
	.quad 0x0000084135a4a829
	.quad 0xfffffffffffffc42
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xbfd0000000000000, 0x7ffd46220158c168
	.quad 0xfff0fc398c216cb0, 0xba552655ffd42e6f
	.quad 0xbfd0000000000000, 0xd000aa91d77955da
	.quad 0x7eb885b2cf0b4808, 0x0153a87d40000000
	.quad 0xc25ffffffffffffe, 0x7f9c3080007abbba
	.quad 0xdf800001c14b0b71, 0x946ac745ca820f94
	.quad 0xff31ce0fc2873204, 0x3bc948967fde5418
	.quad 0x097ca512f003819c, 0x80400000d2b7a99c
	.quad 0xc06c6b729b291f88, 0x00175995bf800001
	.quad 0xffc06b4ac04b61c3, 0x313b69fcde9efa30
	.quad 0x12dc4773ffaf5bfd, 0x46b4e43f4498f7ff
	.quad 0x0000000080633f04, 0x54488c687ffb5d79
	.quad 0x8000000000000000, 0x59ccb9bffb7de9da
	.quad 0xfe6426b9e9d313e9, 0xc114000037c00000
	.quad 0x447f76583fbe6b2c, 0xccc7d6b5f972c680
	.quad 0x7f8bf700bd549dca, 0xfe8754baffc00000
	.quad 0x450000007d14db16, 0x047384aa9909ac13
	.quad 0x838a5682e0c58373, 0x4e8b262b5f223b01
	.quad 0x7ff0000000000000, 0xff80000080000000
	.quad 0x7fc7e20680400000, 0xb00b4a95b7050000
	.quad 0xba4f599aff000000, 0x7fc00000804ab75a
	.quad 0x8000000000000000, 0xd13a4586bd64fc1f
	.quad 0x5de91c20f9ffffff, 0x0008000000000000
	.quad 0x424cb0c244783073, 0x3fd76245207838e8
	.quad 0x00000000c0000001, 0x7c628f83127923c1
	.quad 0x4d40fdd9fcff95cc, 0x2e7d6e12fff687b3
	.quad 0x401800004835ea54, 0x828fb7c8c63d7cd4
	.quad 0x8000000000000000, 0xbde00000bbfc0b08
	.quad 0x6bea0ad53fe7f8af, 0xd8cf6cdf0bf27e96
	.quad 0xbdc9266ebbf7137f, 0xc7a4c771bc0a9e45
	.quad 0xff800000fff15699, 0x80f3510947180d02
	.quad 0xfffd86cafd6a7782, 0x8f1617926c093ff0
seed44:
	.quad 0xffffffffffffff37
	.quad 0x7b1d43a273dfeb55
	.quad 0xfffff3d05297a24a
	.quad 0x000000000001738f
	.quad 0xffffffffffffffa5
	.quad 0xace43827ccff60a9
	.quad 0x00f4553078116ea9
	.quad 0x000000000000003b
	.quad 0x00000000000005ce
	.quad 0x056efea13af63aed
	.quad 0xffffffff80000000
	.quad 0x000ac7f0b48ad123
	.quad 0x90f5d4ddb750edfa
	.quad 0x0000000000000310
	.quad 0x0020000000000001
	.quad 0xfff42be2e948ed14
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x3f779c2330a01ea6, 0xfff0f7532a0dc86e
	.quad 0x9ca84d52a7a77e00, 0x7fb367080b9e22e7
	.quad 0xed225521c714ff2f, 0xf0065d577182ea46
	.quad 0x35b628d564b01600, 0x44ad905c367d7b08
	.quad 0x000000007f7fffff, 0x0002c6869b4a1d15
	.quad 0xe3939b43bcfdfc3b, 0x8000000000000000
	.quad 0xc1f0000000000001, 0x3fe8000000000000
	.quad 0xf345c20380fafe82, 0x4ee824e4bf9f777f
	.quad 0xfff0000000000000, 0x6a9c9b95d5bafc00
	.quad 0x5e789138a6da3cdd, 0x8efca4dd78aa7074
	.quad 0x9a9fecf31e47a4c7, 0x09bef7b8fdeffe77
	.quad 0x00000000fffee767, 0xc00cb0ab6fea1665
	.quad 0x7fb2a830421dab75, 0x10298c4993723d49
	.quad 0x719964b2ecb0752e, 0x40b062234219cd1c
	.quad 0xa9296b93dfc5fb73, 0xff80000045fd0000
	.quad 0xa601b085df8929d0, 0xcf1ae2ecf213d4ee
	.quad 0x8afa2e85ffa7b92f, 0xffc000007f800000
	.quad 0x405ce9aafae59862, 0x7ff36cb51db6e3ed
	.quad 0x7ff1c615e1e3767a, 0x8000000000000000
	.quad 0x433b78ecc0ad50de, 0x6dba60747b2955c9
	.quad 0xc7000000413c0000, 0xc01c000000000000
	.quad 0x75bc324240b80000, 0x3ff8000000000000
	.quad 0x7ff1aecfd58a1c9c, 0xbfacafe797a8aef5
	.quad 0x5ffd3850cfc98800, 0xa5195826945262f1
	.quad 0xa5cffe30c7a32672, 0x6a3d0527e0e4fe00
	.quad 0xa570836999b2209f, 0x3ddfda30ff800000
	.quad 0xc02c4bde47000001, 0xc039848efe3fef9d
	.quad 0x6aae498f59ffffff, 0x69b1072bcd299060
	.quad 0x405e5fd0c324c75f, 0xfff0000000000000
	.quad 0x4ac309cbcf1cf64c, 0x7f8e5780e8c057a3
	.quad 0xd69876cec4707e05, 0xc0f72430f59e7d8d
	.quad 0xd1c41df826ffffff, 0x69643c63ffabd3ff
seed45:
	.quad 0xfffe1825956992ec
	.quad 0x000000000000024e
	.quad 0x3755bc9bc0d0806a
	.quad 0xffffffffffd48c6f
	.quad 0x73bfe41455359f51
	.quad 0xcc55dea388ece414
	.quad 0x0000000000000080
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffb3
	.quad 0x000000000010d493
	.quad 0x08fbdfb5a94d480c
	.quad 0x0000163f8159dc62
	.quad 0x0000000080000000
	.quad 0xb9280f0d25853be7
	.quad 0xfffffffffffffce5
	.quad 0xbcc0c5050f412746
	.quad 0x02000000
	.quad 0x90000000
	.quad 0xe68d532bfdebf77c, 0x3f03c00000000000
	.quad 0xbfd069787c568b0d, 0xab621fa99f1e9c22
	.quad 0x7e7c042a63b153a6, 0xc3266aa246000000
	.quad 0x40d5a3edb9ed5d31, 0x49a9e48903d82e42
	.quad 0x5f700590ced4acbd, 0xe0ee4c099e47c3be
	.quad 0xc6b19c7a7fb77fa2, 0xff3fa585e26dd9e7
	.quad 0x3fe75f85ad9f8a92, 0x1372142800000000
	.quad 0x40400000ff800000, 0x74ccc668588ea4d3
	.quad 0xef7be547fedbffb4, 0x6aabdf056bd3be61
	.quad 0x424f8b6b14fd6958, 0x3f9231b583e0fa6f
	.quad 0xc38e8acc807fffff, 0xbfd4e7407f89333a
	.quad 0xfff8000000000000, 0x82277322acb942b3
	.quad 0x7e1c1ba6012a5b5a, 0xfd9e84a8c6fa9c53
	.quad 0xffd0ecd55b31751f, 0xff800000fca392c4
	.quad 0x0ae27dc1d7e67e3d, 0x317f3d9f0eadfe00
	.quad 0x74e6aa78eea65f80, 0x4fbd0211ffb47ead
	.quad 0x42d60e1ef1c17c37, 0x000eb2b2aa614450
	.quad 0xae6674a5ff9ee555, 0x00050de5d6a2897f
	.quad 0x8000000000000000, 0xffdfffffffffffff
	.quad 0x007fffffc0b80000, 0x4d8713a385194e3d
	.quad 0xfff0000000000000, 0x3fead1935ba95666
	.quad 0x0d1947dbf7dbffe7, 0xffe3c96b2c94ab7e
	.quad 0xf59e20b1cd0f3900, 0x3fcc90abd8cfbe60
	.quad 0x7f80000079d93eae, 0xf698c284c774f7ff
	.quad 0x734fdc6dffe797bd, 0x464b55b6f6dad4f5
	.quad 0x55925803cbfbff3f, 0x76dee213000c3af0
	.quad 0x75cc4d497facf203, 0xb914800049c00000
	.quad 0xe31112ccd5f07800, 0x8163b1b8ff99c5f3
	.quad 0x7f8258237f000000, 0xfff12db027b111cf
	.quad 0x7f800000c0355803, 0x000000003c3563c5
	.quad 0xc0d8000000000000, 0x1e2fdc5f5cc88000
	.quad 0xffb04fe08081c802, 0x0070d6d67fad3c61
seed46:
	.quad 0x0000000100000000
	.quad 0x605c56073dcd69f8
	.quad 0xbc4d0d36f4f4e758
	.quad 0xffffffffffffcdcd
	.quad 0xb5e1ab4f7fedfb8e
	.quad 0xffffffffffffff5a
	.quad 0xefa58513d790c19b
	.quad 0xffffffff80000000
	.quad 0x00000000000001b2
	.quad 0x000000071aba6732
	.quad 0x9dbc2e6abf146b18
	.quad 0xffff7b8e74a1f9ed
	.quad 0xa6eeb157e9f5e03f
	.quad 0xfffffff442529e36
	.quad 0xfffffffffffffe9c
	.quad 0xe945f12797368664
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xbe11efb2802540a8, 0x40492557ccee4921
	.quad 0x6dda96c828a77c25, 0x5710497a2ecffe00
	.quad 0xff800000bbc34bdf, 0x17ccbd4cffffd9d4
	.quad 0x3eca000000000000, 0x438387927fc00000
	.quad 0xc00000013f400000, 0xfeec0054d70a4dc6
	.quad 0xb8eb6415e17f779c, 0x9c6733fefe8f7fff
	.quad 0xc031eb59b2e5de3f, 0x53f224cbe1520000
	.quad 0x817fffffbfffffff, 0x4dd80ba680788b92
	.quad 0x3c4dbf8684d57c73, 0xff800000ffc48edc
	.quad 0xfeeaf9b17513784a, 0x12c592c931c75747
	.quad 0x400747b5515c1a74, 0x9296b2bbcf958580
	.quad 0x81a18c472b741bc7, 0xfff9ef50d05c1ec1
	.quad 0xbeba800000000000, 0xf417c8f8f3220848
	.quad 0xe1747537d65c8d77, 0xc08800000d8c4dff
	.quad 0xf2c1afaf7b2e8e14, 0xaff7fc23f6e3b3dd
	.quad 0xffdbe945da7ffffe, 0xfd909cf376a07309
	.quad 0x9c8a04d6c7ffa216, 0x0000000000000000
	.quad 0x429d61e1be800000, 0xe95faf035430c392
	.quad 0x40626dd6eb97d1ca, 0x73e97ec240d00000
	.quad 0x28fde84a558f9383, 0xbff4000000000000
	.quad 0x00661ef998b67402, 0x7ff8000000000000
	.quad 0x4015000000000000, 0x7e363d5e370a050c
	.quad 0x235386f5e7ba666c, 0x0e5cf1a8dd7fd7c6
	.quad 0x19522bc5b1fac07e, 0x9a29b4aa2ea6830e
	.quad 0xf0a7d4a7ffffdba7, 0xd1d6aab8fbff7b37
	.quad 0xce1e3b4961627e00, 0xbfa866550373e1d7
	.quad 0x1d12f8d4a6ffffff, 0xbfa7ae991d056cb5
	.quad 0xfff8000000000000, 0x84324af57fbe4a41
	.quad 0x1aab85eb937fffff, 0xf1584fd2c2af4664
	.quad 0xff606b6bc1bf6e42, 0x40f00000c0293ed3
	.quad 0xbf97f0ba446b8a4c, 0x3b2f9e918fade3a6
	.quad 0x000a284437b98000, 0x00010e6b45b86458
seed47:
	.quad 0x7fffffffffffffff
	.quad 0x0000000000069cbb
	.quad 0x8599f330f6d06ca3
	.quad 0x000000000000e963
	.quad 0x78b5263a928af3a1
	.quad 0x000002bcc63df708
	.quad 0xe830d702bc9d082e
	.quad 0xfffffffffff451f1
	.quad 0x24f1fad950814277
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0x39080e5d485755c1
	.quad 0x0000000080000000
	.quad 0x2b6dcbf88dcc3a7b
	.quad 0xfcdb585aa2af4fca
	.quad 0x2763bbd929902d4f
	.quad 0x07400000
	.quad 0x20000000
	.quad 0x41fffffffffffffe, 0x5db306f592d2419b
	.quad 0x94ed5010cf800000, 0xa87d2d6203d0d5bd
	.quad 0x3ac0000073ff4c4b, 0x871e4727e8f220dd
	.quad 0x2c68c5387fc7fa5d, 0xbced2f407ae67fc4
	.quad 0xc02e0eb5485632ed, 0x80000001c0f00000
	.quad 0x4024e9a4b368307b, 0xe2a7c1ddbfd0b247
	.quad 0x4460f19379e5b717, 0xd1e93096abe33800
	.quad 0xcec8ecb8c6923f57, 0xd979413f0948fc00
	.quad 0x21176351087248a4, 0x40186c96dd8a4a9f
	.quad 0xbce8a8c19d95bd10, 0xc3f05f825762522f
	.quad 0x8000000000000001, 0xbffeb481152870ed
	.quad 0xdf25c234bffefff4, 0x7ff7138c84b7eb7c
	.quad 0x80f63744ff800000, 0x7f7bce9202d65015
	.quad 0xd14bc07c60cbb28c, 0x012ff757ae4e8ae8
	.quad 0xc3a7ac023b8034f2, 0x7fcffa0049a40000
	.quad 0x81ab2e485c96d414, 0x802a296ddcc245d9
	.quad 0x8c58bf394d4f2e70, 0x5f00000100400000
	.quad 0x7ff8000000000000, 0x7fdfffffffffffff
	.quad 0xfdcd2511a284eb68, 0xfe9a52d8c8ea2a93
	.quad 0xffc0000000000000, 0x402803fe2c6b7602
	.quad 0xd30df7f76fd76f5f, 0x4de6a4b800000000
	.quad 0x0c29fcbd93428dec, 0xbc82f8474aa80000
	.quad 0xdaa2db4af2a21b3c, 0xcf7ffffebb96ec5c
	.quad 0x3259c167fff27adf, 0xbc62ba13798587d5
	.quad 0x8000000000000000, 0x000fffffffffffff
	.quad 0x98a764ea9a98642e, 0xfefc8567402d93ca
	.quad 0x0000000000000000, 0x0f564505ff8e5dbf
	.quad 0x6f81384c1467fc00, 0x4979af6e7f800000
	.quad 0xa7f3930bffad5f91, 0xc4cff45bac716882
	.quad 0xd2e7e3de04226f48, 0x1a19564bffc00000
	.quad 0xbffb921eff800000, 0x000000007fa302eb
	.quad 0x2e07f97135fffea0, 0x0000000000000000
seed48:
	.quad 0xfffffffffffffffd
	.quad 0x8000000000000000
	.quad 0xfffffffffffffd2a
	.quad 0xde2b19086d598d74
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x2ad99b8778592c77
	.quad 0x00000000000001f0
	.quad 0xa1f3b7c02ec40135
	.quad 0xfffffffffffffe0f
	.quad 0xfffffffffffffcd1
	.quad 0x0020000000000001
	.quad 0xfffffffffffff8bb
	.quad 0x00000025c9b0c023
	.quad 0x00000000000001da
	.quad 0xa4c9c3934a02bd3e
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x08d6833750d17d29, 0x0d95788435383ea9
	.quad 0xbf8357f8b5492731, 0x245d4363f14b8036
	.quad 0x42eb6c987fb67dc2, 0x7c352c1714c053e9
	.quad 0xc96437afe6fffd7e, 0xf309a4e998b2336c
	.quad 0x6816866b1dc675fd, 0x8294452b7fd9e377
	.quad 0xd46ab9a50643b4bf, 0x40123cf60d8b17f6
	.quad 0x1fc1d93d054ef0cb, 0xc03bcf43332e891b
	.quad 0x402debea25ad9cd9, 0xacd96c8d8ef18f36
	.quad 0xc04c0dc5aba9d11d, 0xc04000005f000000
	.quad 0xc04204e8130c9ab5, 0x40900000410cef3d
	.quad 0x0f786660ffbfffcf, 0x8009527cc3b8ecac
	.quad 0x82f672787fa09743, 0x3cf506eeff800000
	.quad 0xc33fffffffffffff, 0x80132a70ad7ea16c
	.quad 0xbc0ad5cabd980000, 0xfad689fbbfc33d10
	.quad 0x900e05f000000000, 0x6eeba3afe277da7d
	.quad 0x243e9e87bdf7bef8, 0x40fb800000000000
	.quad 0x0000000042f4e250, 0xff800000b4d61e6e
	.quad 0x4031e9887b201139, 0xc05e066de3f9fbff
	.quad 0xdf7fffff80000000, 0xc0661754b93b3632
	.quad 0x5d1306935ffffead, 0xbc37f8b7bd18cbeb
	.quad 0xc42d0000c0000001, 0xbfeea5d7d7f7feaa
	.quad 0x78bedcbfffa8f84f, 0x6deb9608ff9ebbc7
	.quad 0x7f8000004357fd53, 0x3a498aecb242cc19
	.quad 0xa8bbfa029dff24fd, 0xcf57381a94bb48a1
	.quad 0xff93adcb3c59c1e5, 0x93e86e425fff6efd
	.quad 0xbf76e6e8bcce6593, 0xfff306f3260794c8
	.quad 0xc07a5619d700e29f, 0x860c8a2fff800000
	.quad 0xff5805faf39a5941, 0xbda0c250ffff06e5
	.quad 0x5297041170c5f839, 0xabef5e216e0e7ffa
	.quad 0xf484d79edf7a469f, 0xe76165af7adaa42c
	.quad 0x40a40000beb8b6f8, 0x8100000079570b56
	.quad 0x395d06c6c1ee426e, 0x3d342a8f004b5018
seed49:
	.quad 0xffffffffffe6269e
	.quad 0x00000000ffffffff
	.quad 0x0cc02c11b1e2e15b
	.quad 0x0000000000000236
	.quad 0x9b4f58d9513f9d56
	.quad 0xc4185c895329a7b1
	.quad 0x00000000000000ba
	.quad 0xfffffffffffffecf
	.quad 0x85a5d07e11ffdd94
	.quad 0xe84d194da8ef9a8b
	.quad 0xffe13fca003e460f
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffcfd
	.quad 0x00000000000002f3
	.quad 0x02000000
	.quad 0x20000000
	.quad 0xbf8400006ec58c3b, 0xcd349bec447b1442
	.quad 0xbf76a7ad580ed11d, 0xfffc81e66513a99c
	.quad 0x71517576fffe2480, 0x259a696da8477b3f
	.quad 0xff7fffff0045e68b, 0x8107304952bf949a
	.quad 0xffba6b8f7fbffa6b, 0xc01800003b940000
	.quad 0x5b799bedffcd7800, 0x7fe0000000000000
	.quad 0xa0dc3caebdfcfdb7, 0xff80000000000000
	.quad 0x187552714109fdb0, 0x1d9e8bf975d1f8fc
	.quad 0xbf80b8259fec6ae0, 0x7ff0000000000000
	.quad 0xbf9e500000000000, 0x7ffb0e85ffc00000
	.quad 0x8010000000000000, 0x3ae117594adef906
	.quad 0x4086800000000000, 0xc3fd5420c0840000
	.quad 0x3fe0000000000000, 0x26acdcecf9ffd78f
	.quad 0x5fb48369be501591, 0xfa68f2df80000000
	.quad 0xc1080000d9800001, 0x00078137d5cfce37
	.quad 0x42d0000000000001, 0xc0c8000000000000
	.quad 0x3f178cdc5fcf53e7, 0xc00fffffffffffff
	.quad 0x99a8a707c1dffd98, 0x3fc00000bb816859
	.quad 0x2b33221352f247a0, 0xee8eff10a367d51e
	.quad 0xbff25e06ffc00000, 0x59ffffff59ffffff
	.quad 0x0325d951ea1e7cdf, 0xc5aa02077a7e23cc
	.quad 0x7fc00000999c8785, 0x3f790ce5761d0756
	.quad 0x997ffd0dbf3dffaf, 0xfed219edffedea44
	.quad 0xfff8000000000000, 0xffa1e2457fc00000
	.quad 0xa03bc88f3fbfb57d, 0xf826ab3508ffffff
	.quad 0xbed5400000000000, 0xc1efffffffffffff
	.quad 0x719e81c9f9ff39ee, 0x801ae3a57fbfd304
	.quad 0xf529ad12c973f73f, 0x65aca2a4a18afabd
	.quad 0x0037a2686dd8d817, 0xc0900000fff1a874
	.quad 0x7ff4a8c521d21d01, 0xbd4989c393ec8ec2
	.quad 0xfff1c61e6e03e713, 0xc7800000db726c87
	.quad 0x7fc00000c0bb434a, 0x80012c47ff8a49e3
seed50:
	.quad 0xffffffffffffff05
	.quad 0x0c91b20ea4be3125
	.quad 0xbf03ee58dc21babe
	.quad 0x0000000000000099
	.quad 0xfffffffffaead35d
	.quad 0xc546487f81428a4d
	.quad 0x000000a46e655756
	.quad 0x7fffffffffffffff
	.quad 0xffe80067133bd563
	.quad 0x000000007fffffff
	.quad 0x00000011e5456359
	.quad 0xfffffffffffe9298
	.quad 0xffffffff80000000
	.quad 0xffffffffff895ad0
	.quad 0xffffffffffffff5e
	.quad 0x769bdc6aeac3badc
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x2bdbf6205ffffffe, 0x32debfbc48debeee
	.quad 0xa8eddaf35dc777ff, 0x343e4093fa87c774
	.quad 0x3fea59af6544ca00, 0x3f79df14f16019e7
	.quad 0x7effffff0060dd96, 0x7ff0000000000000
	.quad 0xb5f2c78e80000000, 0x0000000000000001
	.quad 0xa26162e0c032c9b7, 0xda7ffffe3e5193e9
	.quad 0xbd4cd1ae8ae0b2ef, 0x8022cca4ff800000
	.quad 0xc00a000000000000, 0xdf8918e03697600d
	.quad 0x3ee8c5ae69f4a124, 0x0d0d01bed2b18001
	.quad 0xef3985e272aec480, 0x47000001c11c0000
	.quad 0xbff0000000000000, 0x5cb15b2dfff2fc7b
	.quad 0xc03000001d437945, 0x6d7eebceb8980000
	.quad 0x4548e3f7ea1cc3ff, 0xbbc00000c0700000
	.quad 0x398dbd2b13e254e5, 0x71b89e05de179d09
	.quad 0x800451ef64bc1eba, 0x205910f6807b55f8
	.quad 0xc0d000008067afe8, 0xdd10eb717fa475e8
	.quad 0x804000007c79b98e, 0x7f800000ffb97d68
	.quad 0xffc1b5bb30b58261, 0x7f800000ff800000
	.quad 0x5a641c5e74c2451b, 0x6e9326f362918a6c
	.quad 0x799dfca2954a2166, 0xb99f5ee1dd417079
	.quad 0x3f78000000000000, 0x0dc4340ced831f1b
	.quad 0x440e65c67677cdac, 0x82e2910a6b9595e6
	.quad 0x30bc591540f79f9f, 0xff8000007fc00000
	.quad 0xffcd2517feb72b6f, 0x3e6c2119ff800000
	.quad 0x5989a6b08f630000, 0x7ff3c6c0af897c08
	.quad 0x7f81ca32f4913a1a, 0x00232f4e811c57ca
	.quad 0x0112644eff865ecc, 0xc1e8c1a47ff2caae
	.quad 0xbce200008f8a0ec7, 0xc024f39d7f901987
	.quad 0xbff2bf17dbfeba25, 0xd4bda9c3a3372afe
	.quad 0x40700000c2c2da6d, 0xffc97ee980e263f7
	.quad 0x817fffff80400000, 0xffa330a1be3d5cf9
	.quad 0x8310a41e986b0309, 0x941fa573c01fa114
seed51:
	.quad 0x76a4c7bb09c45e8f
	.quad 0x8ceb7490fd80e90c
	.quad 0x68830acdf67bf20a
	.quad 0x4042ac825d967286
	.quad 0x00000000000000b4
	.quad 0xfe879821f82c70fe
	.quad 0xffffffffffee0c50
	.quad 0x0000000080000000
	.quad 0xd5c0d645939a90db
	.quad 0x00000000ffffffff
	.quad 0xffffb29de22a9e2a
	.quad 0xfffffffffffff2b1
	.quad 0xff9394dd39389f8c
	.quad 0x0000000000004a25
	.quad 0xfffffffffd8c0966
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x7ff2c7c89413c4fd, 0xff80000040e80000
	.quad 0x4051d12cbf57d4e7, 0xd7b68f12d9ffffff
	.quad 0x313931c442026528, 0x800000008051f1c1
	.quad 0x7ff8000000000000, 0x6ec41f7bead0d85e
	.quad 0xfff0000000000000, 0x7fe8a615109216c4
	.quad 0x7fc00000404b1aae, 0x2119599dcf4ce75a
	.quad 0xbffffffe6a2cdb7c, 0x3a1d9b14ef5ffa72
	.quad 0xff891d6ac3b59ada, 0x00000000ffaa76ea
	.quad 0xfff0000000000000, 0xc07bdc4fff800000
	.quad 0x6a7be1fdffff7dbe, 0xb67708e6cfff501a
	.quad 0x7f0e5ff7bc922333, 0x00000000f08ec81a
	.quad 0xbcf8f6ff4297f2a9, 0xf87d621da6ce7a97
	.quad 0x5beb111fb7d7ef9e, 0x4030000080464e39
	.quad 0x3210067638227cfd, 0xfffde3c72bc7374e
	.quad 0xae121b89ade5c617, 0x017fffff0917add4
	.quad 0x8368c33e9e3c17c8, 0x4b145681bef7fdeb
	.quad 0xfaab9969fefe8000, 0xfff57f330f9bd1fc
	.quad 0xfff2fe63ea0da0a9, 0xff800000e7715c5d
	.quad 0x000000007fc00000, 0x836e8c7a80000000
	.quad 0x4cb2b6ed2bf3616e, 0x80000000e12840df
	.quad 0x212e1a1dd967fc00, 0x0000000000000000
	.quad 0x896d29a139cb9f0a, 0x3a31f8b4defffbff
	.quad 0x10b2826f6b1afc00, 0x661944ecde520000
	.quad 0x4ee7e9dfe657a48f, 0x80ebe1e39dc17c00
	.quad 0xd4bf9e62fffcc78a, 0x4213e6a9570ed4ac
	.quad 0xc024000000000000, 0x8c0dee33c6297c00
	.quad 0x7ff0000000000000, 0x8193a1cf52e07d4d
	.quad 0x800000000c1294c9, 0x001fffffffffffff
	.quad 0xc6bc87c09de132c8, 0x8000000000000000
	.quad 0x43a9117fbfb5dc9b, 0x0000000000000000
	.quad 0xba017e237f800000, 0xaa7b50a13a9bc620
	.quad 0x4d2bad8fff7fffff, 0x768f58717c7af99d
seed52:
	.quad 0x0000000000000252
	.quad 0x1ce31853bf6cad2c
	.quad 0x0000000000000003
	.quad 0x0000000080000000
	.quad 0xffe348835383d598
	.quad 0xffffffffffffff02
	.quad 0xdccd9382559e8cdf
	.quad 0xfe343d94806c73f4
	.quad 0x0e7720cc5122afbb
	.quad 0xcada2c7ea4dd26c8
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff59
	.quad 0xfffffffffffffffc
	.quad 0x62c1fe63c147825a
	.quad 0xfffffffe01593b4a
	.quad 0x0000360ce6efae9f
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x81495a86c1cb32a1, 0xfffa37787254f58b
	.quad 0xc01b000000000000, 0x4330000000000000
	.quad 0x801fffffffffffff, 0xb3e4478bf8359826
	.quad 0x805a2eb1ffc6bacb, 0x2f7c5aa100000000
	.quad 0x0000000000000000, 0xfff451f403fdeb24
	.quad 0xff7fffffc7800000, 0x3fce688fcf692a1d
	.quad 0x817fffffbef14af6, 0x000595e5f44bb2ad
	.quad 0x80e57a17cbb06981, 0xff800000ff800000
	.quad 0xab3fead79ea16c8b, 0xee72354e28cc7d9f
	.quad 0x039440de3c647333, 0xcf80000147580000
	.quad 0x1932e7d86e94fc00, 0xfff8000000000000
	.quad 0x003667913c00b8dd, 0x54972a4431607e00
	.quad 0xd72696e58fdbfffe, 0xec66bda75a000001
	.quad 0x92af02db3e9b5e86, 0x0000000000000000
	.quad 0x80400000f80b64e2, 0x43a000007223ad33
	.quad 0x7fc000007fc00000, 0x7ff66e9683d91a89
	.quad 0xd41325e2b0792d09, 0x80800000817fffff
	.quad 0x002fffffffffffff, 0x26b5ee4400138000
	.quad 0x2067cb85e270f7dd, 0x5542a2fe0a47afb6
	.quad 0x38f347fcf6f15582, 0x7afc2566417a5d9c
	.quad 0x3fd0000080000000, 0x6f9ece1466345028
	.quad 0xd2c0b57a9583d856, 0xd0fe818de7bfdbdf
	.quad 0x32c718b1effde7ff, 0xfdd04d54f92ed901
	.quad 0xffba933b6717f26e, 0x800066a91e297b1a
	.quad 0x3ffffffe80000000, 0x0000000119e15455
	.quad 0x8000000000000000, 0x80bc122bffc8dec9
	.quad 0xe9a132a13f32feae, 0xcadf26157e82c9ba
	.quad 0x3fc479620c77f73c, 0x6817b7e5d9fea47f
	.quad 0xc55e7389fff3abd2, 0x7ad76e29dff5fc00
	.quad 0x9f0d82e4635e35b5, 0xbf9725188bfb26b3
	.quad 0x7798a1abaa199e91, 0xc34ffffffffffffe
	.quad 0xa2466ed6dcc27e28, 0x992dc5ffffc09f34
seed53:
	.quad 0x000014c99b50ae77
	.quad 0x31b0e4aa3734ccb3
	.quad 0x00000000ffffffff
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffb
	.quad 0x596f5138e4096d26
	.quad 0x007bde421cac13b3
	.quad 0x00000000000001d3
	.quad 0x87c62b58efe68cf8
	.quad 0x0000000001f77c98
	.quad 0x7fffffffffffffff
	.quad 0x7af287ad474a9874
	.quad 0x5be166d80f366a6e
	.quad 0xffffffffffdd419e
	.quad 0x0000000000000000
	.quad 0x9d155bd11b0797fe
	.quad 0x03800000
	.quad 0x30000000
	.quad 0x8008000000000000, 0xc011000000000000
	.quad 0x3faf61936a7322b1, 0xbe7e1315bf99accb
	.quad 0xd8c9260dde1eddde, 0xa60a03deac2fd8d7
	.quad 0x9e7ad52371350001, 0x646ea865ad1f37ce
	.quad 0x001fffffffffffff, 0xa057ea6ca1348a4a
	.quad 0x5f7ffffe4287b15c, 0xc079762df4e074bd
	.quad 0xe58974b33d4a0001, 0x000000003c6d61dc
	.quad 0x8606188bb5967632, 0x1cd9f1c98d7ff9fd
	.quad 0x7ff8000000000000, 0xfd6778a17f800000
	.quad 0xc019800000000000, 0xffe342d87f7dcecf
	.quad 0x0004570443945d1e, 0x00000000bacc0000
	.quad 0x7ff325f05b83fa67, 0x74c455a94d79fc00
	.quad 0x5cb42fe4ffdacf1d, 0xb091d721efd3f9a8
	.quad 0xfff69dc087c0f037, 0x408e000000000000
	.quad 0xcf8000006754ee8d, 0x41efffffffffffff
	.quad 0xb4dcea9bffc00000, 0x6df5dada05203932
	.quad 0x62169718bcdd5e82, 0x3ff2000000000000
	.quad 0x8283e19863f96c21, 0x423a7382d876be20
	.quad 0xc090000013e265d7, 0x7fc00000c21c6403
	.quad 0x6b6765ff5ebdfdef, 0xbf18400000000000
	.quad 0x4dce3fe2f5a27a63, 0xc1efffffffffffff
	.quad 0x4084000000000000, 0xf1ccebf4017d809e
	.quad 0xcfffffff7f000000, 0x4180bdf900000000
	.quad 0x810b8ae871704f0c, 0xb421b3ec7b8a3c01
	.quad 0xfc631fe4817fffff, 0x80506ec373b3f4a3
	.quad 0xd931bb2d9809d57d, 0x3fd34e2cfdeaba07
	.quad 0x046557a980ffffff, 0x00d3ebc4007fffff
	.quad 0x7fdc83f236800000, 0x77861b7b9085cc89
	.quad 0xa975e518ff6cdc94, 0x70cc0cdf40a585fe
	.quad 0x800000009a10209b, 0x00000000f0b7e50b
	.quad 0x00400000d5e05ac4, 0x87e46ff3732654c5
	.quad 0x7ff0000000000000, 0x7f8000003f300000
seed54:
	.quad 0xcbb03aa768084002
	.quad 0xb35280336c58f886
	.quad 0x647eaa9aee3f3a54
	.quad 0x91298d3a4c225a8a
	.quad 0xba76cba602443b69
	.quad 0x00000000ffffffff
	.quad 0xecb286f74415e2e5
	.quad 0x000000025fb422d0
	.quad 0xffffffffff5a2ad7
	.quad 0xfdd1c7f5cf169e63
	.quad 0x4b73ddd5813f8518
	.quad 0x911f5fee460b7522
	.quad 0x94e4d42a3feaa7f8
	.quad 0x8a590f3a191cc63c
	.quad 0xdbe07c55b6853cbb
	.quad 0xef1ca03c2cd333ba
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x8b177245ff6ffdeb, 0xfff9990ce3cbc128
	.quad 0xbf8000007e9fb99e, 0xbfc3cda02f4b5e82
	.quad 0x29259c80bd3feaff, 0x61d2b9f07fffffff
	.quad 0x43c0000000000001, 0x7f80000000000000
	.quad 0x302ee934bffb03ff, 0xff800000401aec97
	.quad 0x403c244e21205310, 0x7f8000006eba80c9
	.quad 0x000ce59be59ffe18, 0xfff8000000000000
	.quad 0xbfca77edd4db18fa, 0xf51b75877f800000
	.quad 0x44379c8cbe78f813, 0xcf4ad32d7311d391
	.quad 0x3ffffffe7fc00000, 0x2ffe813aff97b5ff
	.quad 0x9759e7a36b5fed8b, 0x56371e8b78432200
	.quad 0x25a9fdb9f97dfc00, 0xc0efffffffffffff
	.quad 0x435e74ae0fa28800, 0x8008000000000000
	.quad 0x834329fe3a003c71, 0xff8888245f7fffff
	.quad 0x0ba22e31ff800000, 0x88fefb4ffff7ffb7
	.quad 0xbcd20de83fe00000, 0x02b44fa223787f96
	.quad 0x80234feb3bf10852, 0x0000000000000000
	.quad 0x904a4202fdffffff, 0x67b5d62dffdfbe83
	.quad 0x002407e87917dcd3, 0x7e5a958a670b9b88
	.quad 0xff800000063e862b, 0x3ce00000f806468a
	.quad 0xfb52df6136600000, 0xc04fc38ee94c068b
	.quad 0x608e8c083fbab148, 0xd609bdc8ffc8fc1f
	.quad 0xff8000007bafc10d, 0x9a692b692db87bf6
	.quad 0xc134b44d73fcd6b9, 0xfff6b7ffebd33ba9
	.quad 0x80000001007d6ca9, 0x87923786d31ef0e4
	.quad 0x0048bb6c40ec0000, 0xa3e71c0770cff525
	.quad 0x945f3114ecacc233, 0xc90b74017060d974
	.quad 0xfff6c7fee67cb13e, 0x707c746deb73c25f
	.quad 0xfff0000000000000, 0x0011162ec868e337
	.quad 0x6bf07a7c6a6fffdc, 0x7ff0ffb79bfc4ef5
	.quad 0x000000003f5e4b05, 0x7f80000000000000
	.quad 0xceb0e0c18cec02a9, 0x401d000000000000
seed55:
	.quad 0xffffffffffffff97
	.quad 0x002f971b5eff2688
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffdeab8
	.quad 0xffffffffffffffff
	.quad 0x000000000002491b
	.quad 0x0000000f5aed686d
	.quad 0x0000000100000000
	.quad 0x353230a899878884
	.quad 0x0000000000000000
	.quad 0x00063c9a8279c87d
	.quad 0x0000002a068ab80e
	.quad 0x000006db9a60f1f0
	.quad 0xffffffce58ed277d
	.quad 0x000000000000033f
	.quad 0xfffffffffff5065a
	.quad 0x07800000
	.quad 0x30000000
	.quad 0x975763bc40e00000, 0x80000000ff800000
	.quad 0xff8648a1daf8a470, 0x39a8fe66df86ce9d
	.quad 0x988ba4df7fcf3586, 0x401e000000000000
	.quad 0x40e0000000000000, 0xdad16b9c0abd22bd
	.quad 0xcda7e5e347be80bf, 0x7fff780b38af4b53
	.quad 0x89589283091f5680, 0x001fffffffffffff
	.quad 0xbfef7ee7ceb2e11d, 0x405fccf16af42e19
	.quad 0x7ff0000000000000, 0x22d1d513efef8abe
	.quad 0x7073a4537ffff7ff, 0xff98dd0f7f862247
	.quad 0x472234d0bc4eab9a, 0xc0f0000000000000
	.quad 0xc3f18bfb80000000, 0xffe95e103f565ec7
	.quad 0x209165a6d6287db8, 0x3bc0000059479dad
	.quad 0xff8000007f7fffff, 0xf39869c227eca065
	.quad 0x000ff6d1b77c42f5, 0xa168367cf0b1d0d2
	.quad 0xc04a54ef80000001, 0x407044b41cf3d266
	.quad 0x401105f0641fd1ed, 0x8d3a85e612242a13
	.quad 0x404a200000000000, 0x41cb83be3f7d9bdb
	.quad 0xef3c0f0b0075a632, 0x00075ac2c23b9df2
	.quad 0x405c390c98de5f22, 0x002fffffffffffff
	.quad 0xb875495cd99024a6, 0xa2c28754b6200000
	.quad 0x31d00c6825678001, 0x559d92d973c3ff4f
	.quad 0x0a34d8b7b74fdaf4, 0xbec034e638c80000
	.quad 0xf08bc2d69a7e5600, 0xc018800000000000
	.quad 0x9f05c71affe767e6, 0x001fffffffffffff
	.quad 0xf77997eabfde7dfb, 0xfff19d6f97427d51
	.quad 0x41200000411d1f84, 0x7e9c4624c30733b2
	.quad 0x807fffff421cb27b, 0x4019000000000000
	.quad 0x08764f9d00b9c451, 0x000af924d026bf7d
	.quad 0xc3f0000000000001, 0x7ff0000000000000
	.quad 0x3ece4477fff68297, 0x0000000000000000
	.quad 0xc08c00003e131603, 0x8000000040dc0000
	.quad 0xfffba57755028117, 0xd7ef32ae37b28aa3
seed56:
	.quad 0x8783202108ed3623
	.quad 0xfffffffffffffef9
	.quad 0x00000a9f978d87c6
	.quad 0xc8b8dfddd2673cd3
	.quad 0xebca887ab87f3567
	.quad 0x0000571c1498007d
	.quad 0x1a9c4eec7ae249a4
	.quad 0x00000000005905ad
	.quad 0xfffffffffca49419
	.quad 0xffa152e74bb1ad77
	.quad 0x7dd9c89966e3d8e3
	.quad 0xffffffff80000000
	.quad 0x4591aef07521df21
	.quad 0xfffffffffffffe0a
	.quad 0xfffffffffffffcd4
	.quad 0xffffffffffffff78
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x7f800000c0363ac7, 0x9628d467c0687b2d
	.quad 0x81d8f67be6597e3b, 0xfedbad2a7fd7f9db
	.quad 0xb65d00007043461c, 0xbbd0db508d685fb0
	.quad 0xc007000000000000, 0x42e00000803b3903
	.quad 0xff8467887effffff, 0x6f1c984280800000
	.quad 0xc01a000000000000, 0x30d356895490c8f0
	.quad 0xc320000000000001, 0xe53037179fb9fa6e
	.quad 0x15696c39c3dac820, 0xbab000007fa672b7
	.quad 0x2f6accb8ff90e384, 0x0a9bc237c334afd7
	.quad 0xbe8000004fffffff, 0x41188906fca0e06e
	.quad 0xda2790197b2dc400, 0xf0c59e80ff3fa6e4
	.quad 0x74c9b9c840700000, 0x977c46b4e462fc00
	.quad 0x10c6cc73fffee5cf, 0xe1ac08850fce80d1
	.quad 0xffc000007e7bc5fd, 0xb197b4433bab1b6b
	.quad 0xa20f298abfbedcfb, 0x8008000000000000
	.quad 0xf56630c31ada0001, 0x8000000000000000
	.quad 0x102e0995ffbeff9a, 0xc85a0f04dfccfffd
	.quad 0x9328e1af9d2bc8b7, 0x3f000000b681657d
	.quad 0xbdd700007fdbdd56, 0x8000000000000000
	.quad 0xbe80000076a01670, 0x7ff45b5036ef2c45
	.quad 0xaed3604b5d3b0db2, 0xffc45e8d406eeb58
	.quad 0xbf11c00000000000, 0x4008000000000000
	.quad 0xc7fffffe00000000, 0x7ffbba32f2ccac5c
	.quad 0x0020000000000000, 0x283ec0f8a747430e
	.quad 0x37800000f8a6b813, 0x02d5a9c599ba7c00
	.quad 0x5a6ab1b5ed5cf944, 0x0c1f5cc3c2d7aab6
	.quad 0xadfac84fffb4fa00, 0x4214e87e877ff527
	.quad 0xdd4f8e11a1aa74d2, 0xe47dcc9265a4f99a
	.quad 0x43e14ffdb4e03ab8, 0x3e0a4ebdd5a5402d
	.quad 0xbd0e40f47f7fffff, 0x807fffffc0300000
	.quad 0x7fc00000409be714, 0x8329486b2ec4cfbe
	.quad 0x81b8708f261f8dc2, 0x776b9fe9236fe986
seed57:
	.quad 0x4c9b72e2e019207c
	.quad 0xffffffffffffffc6
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x102bf8fa6bca4e62
	.quad 0x11d6ffdfdae0f662
	.quad 0x0020000000000001
	.quad 0x1c30a9a36be91f41
	.quad 0x00000000000001d4
	.quad 0x00000000000000f7
	.quad 0xb7afd38ad0922fa5
	.quad 0x4ba8af04311217df
	.quad 0x00003a2c835b6c54
	.quad 0x000000b4fa826c4c
	.quad 0xfffffc99793e7af8
	.quad 0x0001953daff66c02
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xb4c25ca8f6780039, 0xc073e7152e938be5
	.quad 0x1a1b9cce42a280ec, 0x000fffffffffffff
	.quad 0x0fe30aeff89e0000, 0xfffd73a57ce187f9
	.quad 0x0bace5c639707400, 0xbf86e00000000000
	.quad 0xc3f205db7fa00a79, 0x4fa3af72dfffffff
	.quad 0x7fc0000000babd91, 0xc00e3a209c92f914
	.quad 0xdae7442ed6d775fb, 0xc3e7582601000000
	.quad 0x80026d9404f9b42c, 0xfff0000000000000
	.quad 0xc70000017f800000, 0xc3efffffffffffff
	.quad 0x4750a8b98bd2a2ad, 0x247c48adb9fb7e3f
	.quad 0xbfffffffffffffff, 0x409c00007f800000
	.quad 0x41effffffffffffe, 0xc3c0000000000001
	.quad 0x636759c6fff7fbff, 0xc00c7ee1076837a0
	.quad 0x82424350d812ca7d, 0xf4ae0f93beddbff4
	.quad 0x7f8b01c3872b8d5c, 0x7fb76e4b7f800000
	.quad 0xdf8a74d62881569b, 0xc3f2c576ccc3ae4e
	.quad 0x4018000000000000, 0x7e477ad7ff9f4300
	.quad 0xe67757e754ae4900, 0xff482f916aaeaaf0
	.quad 0xff800000cfffffff, 0xc9e186b041410000
	.quad 0xc0b00000373c0000, 0xff7fffff80f14647
	.quad 0xcc5cec1316f17c00, 0x00400000ff840485
	.quad 0xaa40d06d95a78908, 0x4ff68da1ffeaccee
	.quad 0x16dd65674dcc663a, 0xdca23aef2fe7cb3c
	.quad 0xffb8681df2718f70, 0x07656b5c41cc7ecc
	.quad 0x7ff6db2df38733cf, 0x8064314bffc00000
	.quad 0x800000017fca6175, 0xc483a155259fb871
	.quad 0xc0a800008008daae, 0x2545344cbffeff88
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0xfdb58ff759800000, 0x3f980000ef1e56be
	.quad 0x3fe000007fc00000, 0x00070fa1f9d93a88
	.quad 0x7d919396c6e70db9, 0xcf7fe9090b96fb30
	.quad 0x820ead0720d23f0c, 0x90547b63bf8d38ab
seed58:
	.quad 0x0000000006aac3b1
	.quad 0xf0d1cfe39f42ba37
	.quad 0xffffffffd99018b4
	.quad 0x0000000080000000
	.quad 0x6316db9ecef75300
	.quad 0x000000007fffffff
	.quad 0x5c456340e9c932b4
	.quad 0xfffffffffffffff4
	.quad 0x000000000003ee7a
	.quad 0x57e56e6d0e0c70e9
	.quad 0x0000000080000000
	.quad 0x0000000000000377
	.quad 0xfffffe4e1a7b5ad0
	.quad 0xeb7c7abcf07ada4c
	.quad 0x0000000000000018
	.quad 0x0000000000000315
	.quad 0x07c00000
	.quad 0xf0000000
	.quad 0x402e736abd73c07d, 0xf5755a68bcec6e3c
	.quad 0x406b64a57f800000, 0x6294e257c08e9cff
	.quad 0x184d22437fdefc06, 0xa2e15a3acf5f432d
	.quad 0x85eb89f680400000, 0x5153b82a94367f56
	.quad 0x298775cde356ff7f, 0x30aac4f393fdedd6
	.quad 0xc5551138a97d8000, 0x43e0000000000000
	.quad 0x406839478ec36a2f, 0xdf7ffffeb369de3b
	.quad 0xbf9f000000000000, 0xffc00000c0880000
	.quad 0x2651082b4632fe23, 0x7eaecba17a8779d4
	.quad 0x80dc78cdec7f8db9, 0xfdfffd42429bf379
	.quad 0xc1aaa3c98a20c4f1, 0x73eb8dfe945b4780
	.quad 0x800000007fc00000, 0x01724b3fd7bc89a8
	.quad 0x40d0a6267effffff, 0x14690d1fa6fd83ff
	.quad 0x26bb72f1f75deb5a, 0xc022800000000000
	.quad 0xe7bce1282f3e9f25, 0x3fb576fcce1ce0e0
	.quad 0x400c000000000000, 0x7ff8000000000000
	.quad 0x3f7e6e07833a85f5, 0xc022000000000000
	.quad 0xc1effffffffffffe, 0x21e5b35eb1d31721
	.quad 0xff30d40200000000, 0xbd3cb6fe7f86baba
	.quad 0xfff793aa66bc1f14, 0x40b6845a7f800000
	.quad 0x2b42bf5ffbfc02b3, 0xc0a0000000000000
	.quad 0x6c1227fd0614981e, 0x3c41a0607962c6aa
	.quad 0x8010000000000000, 0xa7d0bb973e63c503
	.quad 0x91d0f45cfff3fbdf, 0x83250f11140c5280
	.quad 0x8166bc533fdd5ca1, 0xd0120a2f025331ac
	.quad 0x93e49b084f87f0f1, 0xff8000007f3f6f4c
	.quad 0xbfda0b9750eec68a, 0x037165c19c0ecf13
	.quad 0xe12535f3fafbfbef, 0xc07fffffa3243820
	.quad 0xf4eed2727f800000, 0x41a691244f000000
	.quad 0xc26517289b469e4a, 0x2b54d739268747c8
	.quad 0x002b18f563383284, 0x80074ec82580235d
	.quad 0x9c849d67bad50000, 0x000df5591beb1d35
seed59:
	.quad 0x2727c1b064c3a75a
	.quad 0xffffffffffffffe9
	.quad 0xe605cf4b13ed3712
	.quad 0x00000000ffffffff
	.quad 0x599148a493d4f7d4
	.quad 0x00000019e0f3b8aa
	.quad 0xbea5a35328920263
	.quad 0xc41ef382cd4f8b57
	.quad 0x925864efec9fd447
	.quad 0x2df16ca96da8a272
	.quad 0x0000000001000001
	.quad 0xce6d1f69130d874b
	.quad 0x366cf6335f675a0b
	.quad 0x0000fa49461335e7
	.quad 0x528defac02d3664c
	.quad 0xe0d2b31b1ebf007f
	.quad 0x05800000
	.quad 0x20000000
	.quad 0xfff0831e06fd341b, 0x7f5692ca3c507066
	.quad 0x42bde326ff800000, 0xff378583cc4d85d0
	.quad 0x3ed6000000000000, 0x081de04ead39843d
	.quad 0xc027a1aecb3f0de0, 0xbf98000000000000
	.quad 0x54034bdbfffffcfb, 0x4ff10095c1747f49
	.quad 0x5bf71a8e050c8000, 0x0006f495cc31c3ac
	.quad 0xbc063643ffc5b9f3, 0xfffeb9851f80e92a
	.quad 0x4015000000000000, 0xcadf0191ff7eaffd
	.quad 0xffff1cec65eecd8a, 0xff800000c4100000
	.quad 0xb0bbb46ac07ffffe, 0xe77c57807fc00000
	.quad 0x96ae378394c482cf, 0x491d9cf968eeffff
	.quad 0x401c000000000000, 0x403b1d6a51868ae7
	.quad 0x2a94f94a4d32811e, 0xa0459bf6ed907cae
	.quad 0xec5f87ff254c734b, 0x7ff1dc87df658488
	.quad 0xa8ee41729a7ace5b, 0x0004e66727d69ea7
	.quad 0x3fd701efe4d206d2, 0xc01f000000000000
	.quad 0x827ed694a7ec1332, 0xf08f3865fedbfe0b
	.quad 0x10fba0cf7366e97f, 0xfff613e4af67cbaa
	.quad 0x15b0c9dcffffffff, 0x59ffffff00000000
	.quad 0x3f33ccb6708e5d9b, 0xb25f1e3340dc0000
	.quad 0x3256b3b1e0ac8bd7, 0xff737882711e2525
	.quad 0x7ffa091d59fffffe, 0xe8da8af8ff9fbffa
	.quad 0x007fffffc0e80000, 0x4080000000000000
	.quad 0x300d6909cfc77e00, 0xd0ea46ce7322c0ab
	.quad 0xc465b5bbe7cff9b7, 0x7ff5848bfce553b8
	.quad 0x3fd0000000000000, 0xb5c387b7767bea78
	.quad 0x765a4102623e81fd, 0x7bbaccc9d87cbfaa
	.quad 0x6eb1acc95bab5b48, 0x3d9b7befdddab096
	.quad 0xbbbfca6f00400000, 0x0000000000000000
	.quad 0x7e800000ff800000, 0xe37a5e376fe57ff1
	.quad 0x3fc811a8d608b246, 0xc112000000000000
	.quad 0xc024000000000000, 0x5c867fbdffe53f00
seed60:
	.quad 0x8d7a85afe75471da
	.quad 0xfffffffffffffeb9
	.quad 0x00000000000000a4
	.quad 0x000000000000033b
	.quad 0x000000000001bf80
	.quad 0x9e5c451d4516a5a4
	.quad 0x7fffffffffffffff
	.quad 0x2d927d11b1d4fff4
	.quad 0x0020000000000001
	.quad 0x9247c02014c4c33f
	.quad 0xffffffffffffffff
	.quad 0x0000000006f95bf8
	.quad 0x0000007fe2c4ea98
	.quad 0xec2443094dd6071e
	.quad 0x0000000001000001
	.quad 0x54928ee716b826b1
	.quad 0x04800000
	.quad 0xf0000000
	.quad 0xf7600179fff778ef, 0x00000001ff800000
	.quad 0xc04de2077f800000, 0xd8f9dd27dffffffe
	.quad 0x4e41db56826fe22f, 0x801fffffffffffff
	.quad 0xaaf5542dd5a4f8b0, 0xfff0000000000000
	.quad 0xfedf089cffbc0bff, 0x41e0000000000001
	.quad 0x0dbfce2bffad900d, 0x7f80000080000001
	.quad 0x4011000000000000, 0xc1020000bc7f2b5b
	.quad 0x6392ac5fcf807dc3, 0xc34ffffffffffffe
	.quad 0xfff8000000000000, 0xffe1c53e3fc00000
	.quad 0xb246075200400000, 0xffec700c642e07c6
	.quad 0x0000000000000000, 0x377a4ccd07a71a16
	.quad 0x018b9d0ccf000001, 0x35cc965ea1e96200
	.quad 0xfffcc3714ef5b6fe, 0x2dc87f42ba27c652
	.quad 0x811f1e96fb856c81, 0x3f965fb807402ff6
	.quad 0xc22c3435ca7e82d6, 0x82dfd46c690e3ca1
	.quad 0x3f18600000000000, 0xbb8bbfa6ab65ecff
	.quad 0x00000000ffc2caa7, 0x0017e67729f461f9
	.quad 0x406b200000000000, 0x7fbb2e119313f546
	.quad 0xe28ee84b7fccfb9b, 0xfe8000007f800000
	.quad 0x7e8d3f8c438a1d08, 0xfff906b8d40fc700
	.quad 0x7ff0000000000000, 0xa51ba883cfa38275
	.quad 0x7ff266c14ed24349, 0x7799ca3f0ffa085f
	.quad 0xbdfa5213fffdfbfd, 0xffc0000040588cdf
	.quad 0xa93d06bd16ecc8c0, 0x8000000000000000
	.quad 0x7ff0ff85bce5b032, 0xbfb3299315c6e203
	.quad 0xfff0000000000000, 0x403c3b79953fd978
	.quad 0x0047fa25f5114730, 0x7ff60148e0c96315
	.quad 0x5176dd2fcf91f99b, 0x0000000000000000
	.quad 0xfff8000000000000, 0xc21c18cb3db2a285
	.quad 0xffc711e17fbf2487, 0xbdac224a00000000
	.quad 0x8010000000000000, 0x3f965f417b3cc1bb
	.quad 0xb873bd4cff977e6f, 0x211581a004ce4720
seed61:
	.quad 0xfffffcc3a5f3eb96
	.quad 0x418c4e084fd87778
	.quad 0xfffffffffffffe4f
	.quad 0x0000000000000398
	.quad 0x0000000000001250
	.quad 0x00000004e7d2602c
	.quad 0xfffd673c0b211398
	.quad 0xfffffc6fec6e810d
	.quad 0xfffffffff6db5e28
	.quad 0xfffffffffff546e0
	.quad 0x0000001ec581c21c
	.quad 0x0181be0557b4ebaa
	.quad 0x000000000000faca
	.quad 0xffffffffffffd32f
	.quad 0xa729a5ff950d915b
	.quad 0x82e18d949c4c6e22
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0x4680000059800001, 0x5366cd4c529afbb5
	.quad 0xbf987c0930326f06, 0xf670c97f8cef47bd
	.quad 0x0000000000000000, 0x3ef87a69c0f00000
	.quad 0x7fd9e75b8556358d, 0x929130607fff8068
	.quad 0x4053000000000000, 0x470000011c031906
	.quad 0x7ff3a7d49c9995a9, 0xffce1168bdfdebef
	.quad 0xc00666d4dcc8961a, 0x592e3b2780400000
	.quad 0xfff0000000000000, 0xcfef753b39d742c9
	.quad 0xc54814c5bef45129, 0xb39e39373591ed82
	.quad 0xf7b93ce7ffad7f7e, 0xb6071d751aecc540
	.quad 0x403b9432ba7f042d, 0x620642d45f3edbdf
	.quad 0xfffacf5d6624c645, 0x001ca9462933fb96
	.quad 0xbcb59a51cf800000, 0x01a78a7afde427d7
	.quad 0x85c6f7ac678f7ea5, 0x40e0000000000001
	.quad 0x3fbb2f360efebd85, 0x40c44fe09ec09e00
	.quad 0xc3d5223cbed95cb9, 0x00031494ea22adda
	.quad 0xf1ccf57b8058cb45, 0xc01c6605759ac4df
	.quad 0xc0743e629a0ebb4d, 0xc8f8df8e3c8764b7
	.quad 0x068b15c37ffa8000, 0x4047e8f9e719b4df
	.quad 0xa92a7fd3dbeb7e00, 0x411a00008009f92b
	.quad 0x8000000000000000, 0x4013000000000000
	.quad 0xbfe6a71939184d10, 0x3fa0cd796cd35403
	.quad 0xc1140000fd511d39, 0x3d78b8644fa9de71
	.quad 0x175ec0057ffd7e93, 0x7ff8541c556d2045
	.quad 0xb80d2c87ffc5f88a, 0x80000001c3dfcce6
	.quad 0xc00c000000000000, 0xc8fc47414f5c55cb
	.quad 0x220cdd0a1ffdf9bf, 0xefc5c1c57fff7eed
	.quad 0xffea4587a6170714, 0x02dbe4abfcd21b7d
	.quad 0x7f305069f6f16d8e, 0x380200007f281e71
	.quad 0x40414d1899eb732d, 0xbfe7a260eca0cd5e
	.quad 0x000000003c92f8fe, 0xdffffffe80000000
	.quad 0x0000000000000000, 0x3fc05f247c73d041
seed62:
	.quad 0x000000000d74b1ff
	.quad 0x000000000000014c
	.quad 0x6e74168b76ddce92
	.quad 0x00000009bda30a78
	.quad 0x00000000000000a6
	.quad 0x0001fe92e0b4be09
	.quad 0xffffff83e84ef5d5
	.quad 0xffffffffff2b0dd4
	.quad 0x0000000001c9a8d3
	.quad 0x0000000001000001
	.quad 0xffffff5c0b0e0a5e
	.quad 0xffffffffffffffff
	.quad 0xfffffff27c2dc4c3
	.quad 0xa6727c780ce9133b
	.quad 0xc48ec84c0a02a10e
	.quad 0x3d5eb3e20a380709
	.quad 0x04c00000
	.quad 0xe0000000
	.quad 0xc34ffffffffffffe, 0x3296e80b7edb7a94
	.quad 0x7ee17bd747c74111, 0x8000000000000000
	.quad 0xd38436d7ffd17c71, 0xdf7e5f51fbe7fdbd
	.quad 0x0662a3e192e3a4d6, 0x3e7f4e4a9a6a0000
	.quad 0x8008d91b7e4a47d2, 0x5411099b89eb243b
	.quad 0x05a97c90ff8bd0c5, 0x7f2c54dce47c462d
	.quad 0x9dbeee0c01000000, 0xfff596d7c720f4a5
	.quad 0xc0460000133092ed, 0xfffb8a9e7a6d5907
	.quad 0x6e5577c4ad7dfed6, 0x7ff355fcda5fb00c
	.quad 0x44e28bb4d75ac590, 0xb99fad42ec341000
	.quad 0x4428444a469fefdd, 0x0000000000000001
	.quad 0xff8000003ecc332f, 0x4138000000000000
	.quad 0x0cca5a1380000000, 0xc340f54a1f1d944a
	.quad 0xfff6b437b37f87af, 0x0190078cbbf00000
	.quad 0x7953d7a404eef617, 0xbd5c0000c2abb9d3
	.quad 0xff80000000000000, 0x3ff0000000000001
	.quad 0x2e03d5fffffafb9e, 0xffc0049440080000
	.quad 0xbf591a7543b1679b, 0x7fca36923a997dbb
	.quad 0x017fffff34ba8810, 0xc28de0dcfede974e
	.quad 0xc22072cb7ff84400, 0xfff19369e675427e
	.quad 0xa3893428174221a8, 0xdda51ae7eff7faba
	.quad 0xc7ee00007fc00000, 0x802fffffffffffff
	.quad 0xc274fcf17d1b5ded, 0xbdfb63a23c85c5aa
	.quad 0xff80bd754fffffff, 0x7fff8e88ffd8c180
	.quad 0x8b3989b96f3f93fb, 0x407aab7760d9f14e
	.quad 0x88009581ff800000, 0x3a7deb1b41080000
	.quad 0x96e5d7d8ff8b6864, 0xcfcf51220a66f4a3
	.quad 0x3fa33e8aab569d41, 0x8000000000000001
	.quad 0xfd2eb596ba21cff4, 0x49f2b68c5eff9fbf
	.quad 0x687d7978cf742b77, 0x7ff8b9851e944099
	.quad 0x7ff0bba0472c41fe, 0x0e54c2edbfed2f34
	.quad 0xbf528054ff000000, 0x68a2e1a6819cff9c
seed63:
	.quad 0xb124388d7b259130
	.quad 0xffffffff25e6ea78
	.quad 0x00000000000002bf
	.quad 0x8c30e13855661e01
	.quad 0xffffffffffc2fd08
	.quad 0xffffffffffffffe7
	.quad 0xa98474270aed785c
	.quad 0x0000000000418c1e
	.quad 0xffffffbc00c03a88
	.quad 0x00000000ffffffff
	.quad 0x20d98761bd3cc2c5
	.quad 0x6d6d3cf210844178
	.quad 0x00000000000000c9
	.quad 0x0000000000000000
	.quad 0xfffffffffffffecc
	.quad 0x00000000000004ab
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xd99aafa27ffd534d, 0x25ea86bf5ac68000
	.quad 0x9fa0add2d1b3fc00, 0xc3329d392b0ea1a9
	.quad 0xa21738d30f1e01d9, 0xbfd39be587bd0efe
	.quad 0x3fa830a4c0f9c3d5, 0xb63741f3ffea7480
	.quad 0x7fadd9f3da0997d9, 0x3fadcf207fbbfb8d
	.quad 0x7e8000007f800000, 0x4ca7a8d46bc28e6a
	.quad 0x103c5dffcf7cc540, 0xc0c000005f7ca8ea
	.quad 0x80000001df7ffffe, 0xffcef47cfdbc6c1c
	.quad 0xba000000ff9b653f, 0xdb570f73c5fa4580
	.quad 0x0000000098fa00c5, 0x7ffc80c73f60a0c4
	.quad 0x4020800000000000, 0x64beec712441bf0d
	.quad 0x18595e0242baa9ab, 0x4200000043b71f2f
	.quad 0x401740965cd04053, 0x3d3d9d01ffffeca7
	.quad 0x3844e5bdffb26148, 0x37f4b40454101b41
	.quad 0x68ea8b0387427bf0, 0x7ff0000000000000
	.quad 0x75ec695f80f315ff, 0x01979f79f3d9403a
	.quad 0x7ff0000000000000, 0xc01a7c357928c663
	.quad 0xf83ca4e114bd7082, 0x42af8193b8c0d6de
	.quad 0x0a657d72d30be28b, 0x7d1f12bb3c3d4a4d
	.quad 0xc0274129521fb53b, 0x001a7cbc59a66c4d
	.quad 0x29d84033b1929fda, 0x305309671225812f
	.quad 0x2b57a4b2b5155038, 0xc0e0e812c1ecc151
	.quad 0x7de6b394795bb1d1, 0xdf6ff98fede0dfb4
	.quad 0x002076f5bff7fcd6, 0x8000000000000001
	.quad 0x95a500e3ff9db3fc, 0xfff030f9d23d17a4
	.quad 0x4bdbc7aa427bf9ef, 0xe0aa7b2c88e57c00
	.quad 0xdc65a29bbf980000, 0xc22cb9f13afa8000
	.quad 0x1c498849c07fffff, 0x407be5a0b7f82335
	.quad 0xc0500000bc60c729, 0xb3b9fbe1f75b0801
	.quad 0xb8d8000000000000, 0x6be9d67d48d383fd
	.quad 0x5afd50977bf071cc, 0xc019000000000000
	.quad 0x0008000000000000, 0x0060433fff800000
