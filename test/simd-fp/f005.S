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
	.inst 0x4e60f530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61c9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f701813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f53ac74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d7a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f43fd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eecd577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f825a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e60c679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2928fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4a31fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e251b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e25026f
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
	.inst 0x7eeed4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f652172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e216a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee8d574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6208d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb1fd16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eadd558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e269597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e31008b
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
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2058be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e652090
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
	.inst 0x1e647d10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e70d472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fcc9234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e75fdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2168f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6cfdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7800aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e29dd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e77281d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61ab9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f65fd5f
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
	.inst 0x1e2229f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa698f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6b8112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1ba54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea6fd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eedd597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f348058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2de4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e33399a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e36debb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3939dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64419d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0f83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c09f
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
	.inst 0x5ea0d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f662491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f2501
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21aa15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ea1d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2541f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a3978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0d9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0291fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa7189b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2bc4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea3d41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2300de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0f87f
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
	.inst 0x4fcb59b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e685951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0cc412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f430c14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2100c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f63c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2168f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7100e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eaad65a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f4ae75b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0c2b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e71026d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c79b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6459bf
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
	.inst 0x4ea9f490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6741d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa69a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a1a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02f535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e735568
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f120037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e654138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6a1539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e253c3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee3c61c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee2ed7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66a545
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
	.inst 0x7e30d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e18b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e18fc62
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e42ad95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e208856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2902c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6cec98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e680129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02a97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6178fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61aafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1a81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0f97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eaced3f
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
	.inst 0x6ee1a810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7800c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e58b8c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2be534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2875
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
	.inst 0x9e438d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e650028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0339b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f8c115a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fa8993b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7801ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27285e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f44815f
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
	.inst 0x9e2801c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e700001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e42d1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e633a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e7935
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
	.inst 0x1e6ec5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e0208b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e66f461
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
	.inst 0x7e61697b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21b8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21101d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4d315e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21a93f
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
	.inst 0x1f6e39f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7019d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2bcd72
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
	.inst 0x2eafc474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2cc495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f8e58f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e03a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30fa18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f94907a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2208bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f43949c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19e40d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7cd01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c1bf
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
	.inst 0x1e626990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61b991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2900a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1b913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e32d634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a75fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e221916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e222150
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
	.inst 0x1e784899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23097a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2934fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f29be5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2eb7f4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30185e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee198ff
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
	.inst 0x7eb0f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21b873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4e2d54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0f8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fce9016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f0917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e421098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f889939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea6d47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60a43f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0d87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c17f
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
	.inst 0x1e2a15b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6848d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e281a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e65c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eb3ce14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2fd5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f224e76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2ed477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f839818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e200089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70d9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61c29b
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
	.inst 0x2e61685d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30cabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea9d47f
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
	.inst 0x4f45e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e215951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e583903
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6169f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e616995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f945876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f8e9017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f3ce659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64022a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e18818c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6400cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f2ee47f
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
	.inst 0x2e2188f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa49051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21b812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e218893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b2180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2eb095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f6cfe78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0d35f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6379da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b087b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70fafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e59692d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2188fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1d97f
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
	.inst 0x1e780100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a8811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2cfd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21da54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e27ddd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0c956
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
	.inst 0x9e6201d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6801a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f52fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38199b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c21c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f6efcbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30cb9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23013f
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
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e600121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f70c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e240043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e21a894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e21d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e300246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f429617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3901e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21699a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e671a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2bf1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f44105e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26407f
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
	.inst 0x1e230130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7078d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e58e1a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea9c4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6cc474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0fa35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e682896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a39b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e625998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee5c479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eebc49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fce583b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f31e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e69e67d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e644504
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e30002f
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
	.inst 0x1ee24030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2178d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e711893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eebf674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2cc575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e27c216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e67ddf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0c9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e69006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f793c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e682170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b5c5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7688df
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
	.inst 0x7ea0d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e712080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3294d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee19854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea0c9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e661836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2e36b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c56d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60349c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0e8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee3cddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea6e45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6d547d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee9d71e
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
	.inst 0x1e6a1d70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0d5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e680222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee3cd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3101e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0ca36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6400a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f40fc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0c81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e65fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0d8df
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
	.inst 0x9e220070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21a831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e27c452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e322000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f70c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e780165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2b4db6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e24c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e20fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e18ada9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61887a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e20026b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee1d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e6fe45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25427e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c01f
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
	.inst 0x1e780060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e30243f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e214193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f301554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5eecfdd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2bf5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b054c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e27f6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2019f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69028c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fa6187f
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
	.inst 0x9e3901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e200041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e680873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e60d5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e43dcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21e516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30d998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2aa879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25030b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e5559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a8ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e762120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31301f
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
	.inst 0x0ea0d810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e616931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea8ec32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e588643
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6bc654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e6ae4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6ce438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2f8919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2f191a
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
	.inst 0x5fd8935c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f6ae71d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2b2cfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e68fcdf
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
	.inst 0x6e65ed50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e432412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4d80b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2640d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2e8595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e353836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e67dd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eebf6d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e23d539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0d45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f3ffddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38036c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f46b13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea2d61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3818bf
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
	.inst 0x0e29f570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f39fd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e312852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6bf533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f6cfe34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e692935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f2a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0a35b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e188528
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1e719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e76ed5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb7edfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22001e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c1df
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
	.inst 0x1e21649b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f0a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e68c494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e27e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e62cdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fd358f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2cfe98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c15a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6822a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7902cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e60f61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1f8ff
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
	.inst 0x1f0e90b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f8c9211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f252532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2fe5f4
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
	.inst 0x6ea19a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e281957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e60c419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e60dd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e217a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f6a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eacc4df
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
	.inst 0x1e310180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2821f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a7992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e65e593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e644034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f8990b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e20c196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fb450d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e743ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e308879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e293a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f7418bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e20020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e62cdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2639be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e601cbf
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
	.inst 0x0ea0f950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eafd571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e25d472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d0a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e702a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e2bdd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6dac97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0c958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc01199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e252120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc81b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1aadc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43381d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2401ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d199f
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
	.inst 0x1f6b35b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21d891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e67ec72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2fac73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f1a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b5e16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2bd037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e248958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21a839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee0d8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3620b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23695c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e35101e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f208c9f
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
	.inst 0x1e3e7010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fcd5212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f5cfc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e616894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e6168d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef5cdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f06adf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2002a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4388f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e19e98a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fc698bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6201fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23005d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e42e8bf
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
	.inst 0x4e69f4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70c952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb1d633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2d0514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6301d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e669534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e210268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21b9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e155d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26d01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f2fe4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65242c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f8819ff
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
	.inst 0x0e6178d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61b852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f2ee593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2178d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d21d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e33bc56
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
	.inst 0x2e219ad8
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
	.inst 0x1f655cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1b95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f48301d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f30fe3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0f83f
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
	.inst 0x5ea0c990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f241cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f670e12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e58ec84
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f18b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea0fa37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21baf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6628d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1fefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0f183b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e242b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f6afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e76f6bf
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
	.inst 0x1f4988b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e630051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea0d912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61a9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd059f4
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
	.inst 0x1e2928f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc951f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b3a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e212080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0e3d9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61681b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30fa5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f65b89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61014f
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
	.inst 0x1e614070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63bc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21ca12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21d8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f8b9015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c8a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e25c0d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0f998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea5edba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3802eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6529dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e34fdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6642be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e214a7f
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
	.inst 0x5ee0e890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e63c591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2aa4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f25e4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6a3a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0da235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1a9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e667507
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e205978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7801c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e30012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f35b57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eaec5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a493f
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
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7088d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e0331f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f71a933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1ccb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea0d9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea1b9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e790089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fce197c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e2dc4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202178
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
	.inst 0x1e697990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64261b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e694c32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f642613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e650104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2948d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e38b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e361a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f2de55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f5b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e19246d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70fa7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70cb5f
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
	.inst 0x1e63c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1a8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6440d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f805973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c094
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
	.inst 0x1e63c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e68b6cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e218958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61089a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b799b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fc7103c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eecd59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62cc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee6e59f
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
	.inst 0x2e6169b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e650a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21c9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea2c634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e646629
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02d156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e66ac57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e246a38
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
	.inst 0x4e74dd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee2e47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e6169dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1ba7f
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
	.inst 0x6e6df410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e210201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e650042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21a8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1a9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb1c515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6eb956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f44e597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2266e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e210089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f24e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc2905b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f058c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc0193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2201de
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
	.inst 0x1f4f2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e745011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e600162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea2fc53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3ff014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc15855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee5d4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2741f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e337978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3800e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6ce57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61289b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f81909c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2dfcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3102ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3d2170
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
	.inst 0x0ea1d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e687951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e38b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2fd4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e68e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f055095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c7dd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fcb98b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee0c8b8
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
	.inst 0x1e75399a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e64ec9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30d83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e2cc69d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2929de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ef1ecbf
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
	.inst 0x0e218850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea8fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70edd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61d814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d19f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0f896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e42f4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e32f618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2100e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6241bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e3bfc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7979be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e27fc7f
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
	.inst 0x1e654910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7038b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f63fd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0cb454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f79e5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e65cd76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6639b7
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
	.inst 0x4eeff419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e293aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42897c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6741fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eafd51f
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
	.inst 0x1e6301b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd09871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a3a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f512533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0c0074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6100e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e181da9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f09cdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f42fcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61aabc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eafe5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1d85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ef5c41f
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
	.inst 0x1e688850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e240061
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7079d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e429df3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e34b014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eeac5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1aab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f620d57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0c919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6178bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62007c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23587d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2141fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03ac7f
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
	.inst 0x1e24c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea18a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e66d62f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e262954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0fa55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eecce16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee1dad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f09c598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e241a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23083b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61699c
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
	.inst 0x1ee2c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e64dc7f
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
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea0d912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1d993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e71cc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f48ac75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f0816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee1d8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61b979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e20e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c2bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0d99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e03d59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d68de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f283f
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
	.inst 0x1e284dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e663484
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a5013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216974
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
	.inst 0x1e664876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0c8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e65ec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61b879
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
	.inst 0x1e2a2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e71016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61b9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d3a1f
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
	.inst 0x1e790020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e281a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b1972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e320873
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
	.inst 0x1e630155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee24136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e263957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3608f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2edd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eaff53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eebf4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c1dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2200fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d399f
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
	.inst 0x6f29fd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e676891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1a912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e618a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f1284d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e190de7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f34e558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21e4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6121bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1893d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fd8113f
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
	.inst 0x1e6d6970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b2060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e227c92
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
	.inst 0x1e650974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea19a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e322896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2ec4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eaac4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d84dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eabfc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61a95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19accc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21a8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6222c0
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
	.inst 0x1f2fb190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f09a5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6368b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f5de5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e701a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee19876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f4ae5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc11ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61d8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd1119d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f82997f
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
	.inst 0x1e6640b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0e991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f714032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e208953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d35ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e231955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef0c997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e617978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eead499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6100aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e62df3b
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
	.inst 0x4fd991bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21ab1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61c81f
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
	.inst 0x1e612160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fb09131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f39e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1aa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f39fd15
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
	.inst 0x6e74ed97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e6179d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef6fc99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0f95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e28c4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e325b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6528fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e222060
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
	.inst 0x1e60c564
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0e9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e240144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6400a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1b9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4db9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e23dd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6639f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee9e4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc29a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c0406
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e652110
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
	.inst 0x0e20cd7f
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
	.inst 0x1e6a1910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e29f414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6889f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f211994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e430d56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eeec5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6168b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e651019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f8591fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65587c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee198de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21701f
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
	.inst 0x1e660910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f502871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d35d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e67d593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e26d634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4ba555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6539b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f62a457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f3858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef5e479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eabc41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f42147b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25787c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4918fe
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
	.inst 0x4e60fcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e588de1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0fc552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6ac453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e728936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f763857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee0da18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e2dfd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f48fc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2121d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e85ff
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e695b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0ea7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee5f45f
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
	.quad 0x000248b941ee35f8
	.quad 0x33638e96695336af
	.quad 0xfffffffffffffffb
	.quad 0x1a9e2cd3359b1021
	.quad 0x00000000000003e6
	.quad 0x0000000001000001
	.quad 0xfffffffffff4baed
	.quad 0xffffffff80000000
	.quad 0x000000000000019f
	.quad 0x000000003a652a74
	.quad 0x6aef812094999746
	.quad 0x5e828818e84aebc2
	.quad 0x7e23d69d6e099823
	.quad 0x00000000ffffffff
	.quad 0x83af431ca8a57765
	.quad 0xfffffffffffffd85
	.quad 0x03000000
	.quad 0x00000000
	.quad 0xbec0000000000000, 0x0060740800369b63
	.quad 0xc1d202773b98e976, 0x8000000000000000
	.quad 0xbff45d004d68657d, 0xecf2a7f5fdfffcd3
	.quad 0x3308a592f3c1ac6d, 0xc0a319bcd9800000
	.quad 0x7e8000003bda0cd5, 0xfff7a47225802649
	.quad 0xa6f91438c2a20001, 0x7ff5dde4ffefe386
	.quad 0x0b9433997ecff412, 0x7d926d88aab28e03
	.quad 0x21a864d7e5697dce, 0x1751cfbcffc6a4b5
	.quad 0x7df27a189df15e89, 0x9f7d7f3effcd7b3f
	.quad 0x4c8404868fdbd6f7, 0xaf42f65316dd5ffe
	.quad 0xbf000000bc680000, 0xcf7549a63fff47b5
	.quad 0x80000000cf3b89be, 0xc77cbc4211796f09
	.quad 0x8000000000000000, 0x00000000923c7c5c
	.quad 0x55c90e66ff8fffeb, 0x7fac05a7be8c5ff7
	.quad 0xfff0000000000000, 0xd8df8fec807ac867
	.quad 0x2cbc855d5b954b7f, 0x404000003c1aeee6
	.quad 0x0110357a002a1654, 0xc013000000000000
	.quad 0xffffd816b1ebee06, 0x41883deda826c209
	.quad 0x5ef5b3f8ac48e10d, 0xb7580000ffd537ef
	.quad 0x523cf36578d57400, 0x1db1d140df584600
	.quad 0xfff6043393b7b8f2, 0xffc00000d9800000
	.quad 0x077bb63c03b482af, 0x82a68c9bdfa3c696
	.quad 0xea7969677fbf7b1e, 0xb7120000a22087a5
	.quad 0x5fe1e6b1c01667cf, 0x8e1493e0ef25816b
	.quad 0x7c87cea671100000, 0xc143a9523d200000
	.quad 0xa9b9da0b160779c6, 0x7e03ec3543dd24e9
	.quad 0x0f822b7cca7e41c0, 0xfffbe24aab5e8692
	.quad 0x0008000000000000, 0xa329e898dfeaff55
	.quad 0x400e000000000000, 0x805385ec844e14ea
	.quad 0xa759523661e54f6b, 0x03867776c5b0bc61
	.quad 0x4046c0305508a018, 0x3e17ff1f435b7865
	.quad 0x326b06c8ff9e7f26, 0x3fadc371949eefed
seed1:
	.quad 0x00000000000001d5
	.quad 0x24f794d86af7c0b5
	.quad 0x0000000000000001
	.quad 0x000000000000032f
	.quad 0xd57f121f7612307a
	.quad 0x002973232ff99f8c
	.quad 0xfffffffffffa57e9
	.quad 0xffffff3da4af82ec
	.quad 0xffffffff80000000
	.quad 0x047c8a4c354b3b90
	.quad 0x0000000000000255
	.quad 0x00000000004c4fd2
	.quad 0xfff9f090727b6db1
	.quad 0x0000042ef43672f1
	.quad 0xffffffffff5ee99a
	.quad 0x00000f2901b8e3f4
	.quad 0x07c00000
	.quad 0x00000000
	.quad 0x000f7bfc0ac304be, 0x6d16e4fc7f800000
	.quad 0x35d10000224db436, 0xbe9985c259ffffff
	.quad 0xdb93ed2dfba5b780, 0x408c00007fc00000
	.quad 0x182897cab672ea27, 0xfc9c1a1a801a29ec
	.quad 0xc0f923a05a4e7492, 0x7ff9db7ac6aa2607
	.quad 0xefcc322e7fa304bd, 0xffe6e3554eb832c8
	.quad 0x8000000000000000, 0x3d55a92848062e59
	.quad 0x477ffffe80000000, 0x004ac89980164345
	.quad 0x8000000000000000, 0xbb48d4b4897e0001
	.quad 0xff800000599c0320, 0x80000000bfbbeaf1
	.quad 0x0d0c3a977ba84294, 0xe9e77d0a47000000
	.quad 0x4095466d80000000, 0x4a68d1c8e769b7fe
	.quad 0xef0d4188c0980000, 0xff80000080000000
	.quad 0xbcac30245e36c8e0, 0xbe4ed4687f840175
	.quad 0xc039e3e5a7ba004f, 0x40e800007faa52de
	.quad 0x79c3ee94ffb91027, 0x492d6668770655ab
	.quad 0xbff5e7a84eacdac2, 0xcba9a050ffafdd7f
	.quad 0x36860000bd19e56c, 0xc19deb03585e7c00
	.quad 0x0020000000000000, 0x207767d5797f20dd
	.quad 0xc012c4738745eb3a, 0x49b93fb5fffbfb7e
	.quad 0xbd680000420ec2f4, 0xbffb4de4f8614fcc
	.quad 0xbbb51c2d7f800000, 0xbf94515126ad2638
	.quad 0x017fffffbf22b384, 0x17b636e8f83bfe3e
	.quad 0x7ac0f30b0052061f, 0x3dc92042363d5d80
	.quad 0x00f116ae9e46065f, 0x7ff670594e55fe6f
	.quad 0x80ae526114e939e1, 0x4d34f62e46169185
	.quad 0x8000000000000000, 0x5c7944547f971cda
	.quad 0xff800000ff800000, 0x7ff69b59eded657c
	.quad 0x3f85f418b9c3836b, 0x034bf5c7375945bd
	.quad 0x19aecfec5bfef661, 0x7fa21a477f800000
	.quad 0x40d251caff800000, 0xc330000000000000
	.quad 0x806d42cd7f87832b, 0x5809b74a2f2fd092
seed2:
	.quad 0x94a05d89a09b8f0b
	.quad 0xfa31ad2b186d33be
	.quad 0x3d8c2ab77da4b320
	.quad 0xffff8ddd1d501e5b
	.quad 0x9debba5c2c267ff5
	.quad 0xcc5037e86538398a
	.quad 0x000000001133e603
	.quad 0xffffff0b371a9b3a
	.quad 0x5788a36245411114
	.quad 0x9129497fe7f3aeb0
	.quad 0x0024962ad2a82e6a
	.quad 0x0650ef644d0db613
	.quad 0x3b8600a7479a969f
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0xef12b0efe781ed94
	.quad 0x04c00000
	.quad 0x80000000
	.quad 0xfeffffffe27ffffe, 0x8ee4a547fdffc3ff
	.quad 0xc9b400000efe832c, 0xe38c9cf8ffef5b9b
	.quad 0xc058000000000000, 0x9e6d72db87ffffff
	.quad 0x336c80856cd85560, 0xc018000000000000
	.quad 0x7ffa4a4399bc09ab, 0x4b56ff15d7928033
	.quad 0xc008000000000000, 0xbfcf14edaf241ae6
	.quad 0x452a00b6ffff7feb, 0xc3c0bfd1186d4414
	.quad 0x7ffeba09ba3fe646, 0x172302a45ae1f7ff
	.quad 0x2fc74f9bfefe9799, 0x7f8000003ce297e8
	.quad 0x7b03ad823c4a2988, 0xffb404e6bdd91e4a
	.quad 0xbf25400000000000, 0xf7f166c0bd7efdff
	.quad 0x8305a1815242e214, 0x80a981e3da7ffffe
	.quad 0x904ebd209e3d7cf5, 0x772781acdcbf7fe9
	.quad 0x7fc00000477ffffe, 0x002d60628135ad65
	.quad 0x4018800000000000, 0xe3fca08a73ae9f4f
	.quad 0xef879853ee604422, 0xfff206a911fa949a
	.quad 0xbccdc35900e8b6db, 0x7fbff36e40700000
	.quad 0x1df8d1f4ff3bb72f, 0xe51620348371c081
	.quad 0x574d1ef1ffffbff4, 0x802e81b51648753f
	.quad 0x7497aa3d08d7bd52, 0x00f55fa642f3f1bd
	.quad 0xbfcfc152040e0e70, 0x9dbd0f693fd512c4
	.quad 0x47800000c08c0000, 0xc225c7a2dfffffff
	.quad 0xebc623a9c4fb0000, 0xf4f29e99fec3a000
	.quad 0xbdcde8c63fe37dfd, 0x3f8b355d7b6416cf
	.quad 0x193a0800afe12a96, 0xa6380c2d92ff8ac2
	.quad 0xaf215039ffcdfdcf, 0x8371bb2b32a7f339
	.quad 0x3fe8000000000000, 0x8fdf0f50ffffa17c
	.quad 0x0000000000000000, 0xbf15800000000000
	.quad 0xbfe7ddcdb6b68331, 0xffd41347ff616241
	.quad 0x3964f9bdd0fefc06, 0xdbf819bf07e90a20
	.quad 0x717717fcaa00fc97, 0x80000000ed62defe
	.quad 0xcfa87474b4152488, 0xcf5f2c2c19e17f75
seed3:
	.quad 0x0000059c6a9bbc58
	.quad 0xfffffffd31aba033
	.quad 0xf482d03e55171929
	.quad 0x9f2c4fc1c2cb992c
	.quad 0x42ef757984e2066d
	.quad 0x0a9c98da1280d105
	.quad 0x000000007fffffff
	.quad 0xc67f19cd42ba7fbd
	.quad 0x00000000000002c3
	.quad 0x00000000006d8fba
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffccc
	.quad 0x000000000003560a
	.quad 0xfffffffffffcf472
	.quad 0x000000000000021d
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x7ff0000000000000, 0x3d7ceef3c26c5044
	.quad 0x34b05625fce0fcfa, 0xe4c67272ffebfc00
	.quad 0x0000000000000000, 0x0e452b043f76ff73
	.quad 0xbcd82adc8a0e7ab4, 0x023ee592ff239d62
	.quad 0x4a8cee3ca103225a, 0x276277575bef672c
	.quad 0xc0b5000000000000, 0x800000003cb5fe68
	.quad 0xf2f2b46ac0f91380, 0xfe800000ff256fb9
	.quad 0xd5b0f2e87ffb8000, 0xc0c00000df800000
	.quad 0x406000008040e36d, 0x3e00b758ac995523
	.quad 0xe5359b18effffeef, 0x00000000be59ff2e
	.quad 0x80000000889788d2, 0x754f768400000000
	.quad 0xc413f4407ff90400, 0xddb3b8fe84c09d69
	.quad 0xd116c1b7edd1fcfc, 0x385e220215060200
	.quad 0xc066e86863796b6a, 0x3fb43d21c4fdb50e
	.quad 0x5f47634be4d9fc67, 0xc0535a6e2889da81
	.quad 0xbfaa1147d5ebd93e, 0x34260c8757dcff2e
	.quad 0x6e52192fdba97c00, 0x9b44fff07fc00000
	.quad 0x6ccea7fb382e7c00, 0x801f03149cf77830
	.quad 0x7e71785d043e3e80, 0x94a4a45bfffefbf2
	.quad 0xb30121d9fff79fac, 0x3bf6632ecf7ffffe
	.quad 0x364c24f0ffe87e68, 0x751a298243e4a2d1
	.quad 0x7fa35583db7fffff, 0x80400000ff2b05a4
	.quad 0x09033ade074736a1, 0xb55d5ac5806e6460
	.quad 0x39315daeffd34cf0, 0x42f1cdb27fddff1f
	.quad 0x9d0956b9bb624916, 0xe808383eedc6fc00
	.quad 0x7f96717d0e22db38, 0xa27c8f233da00000
	.quad 0x800fcb9a51abc2d0, 0x25d6765e8b917c00
	.quad 0x3542d11eeff9bbaa, 0x2d19181c91744416
	.quad 0xc1d56058bcb0a8ff, 0xc1012d07c3e8a5cf
	.quad 0x7ff8000000000000, 0x866a3ed7bfb7ffc6
	.quad 0xd50de99ebfc5806b, 0xc0268b730a7aa280
	.quad 0x90f8af8073144058, 0xc3e7436600615238
seed4:
	.quad 0x00000000000002dc
	.quad 0x000000007fffffff
	.quad 0x68277a9e86c61597
	.quad 0x0000000000000211
	.quad 0x0000000000000002
	.quad 0x8c4f6ac61f43b6d1
	.quad 0xfffe9c2b2f9d0192
	.quad 0xc20c1947a9e3ba2e
	.quad 0xfffffd1ac9907423
	.quad 0xfe20e4a7ad0d8823
	.quad 0x0016333d62ba9f2d
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0xfffffffffffffffc
	.quad 0xb535f910279125a2
	.quad 0x00000000000002fb
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0x80ffffffffb94da2, 0x3f5480007f800000
	.quad 0x3febd61840d82de8, 0x19c3b25f731e5fa7
	.quad 0x048abcad44ed70a8, 0xf8edeecc4164f247
	.quad 0x58ef542ce7d87ffe, 0x832a62d357e43673
	.quad 0xa485506274c472e3, 0xfff0000000000000
	.quad 0xffba15d480000000, 0x7ff1c390aa452d54
	.quad 0xc308000077ee3044, 0x41000000c1160000
	.quad 0x3553cd17efffffff, 0x405000007f800000
	.quad 0x3edc1bddff800000, 0x3f9000007fc00000
	.quad 0xc2b7b9f4ffff9db0, 0x77fef61baa4b7044
	.quad 0x7dbf47151b6640c2, 0xfff0000000000000
	.quad 0x3fdc855a564f9a34, 0x6c1d181b7f800000
	.quad 0x50185068bf7bfee3, 0x25cd1325ef377ffc
	.quad 0xbec8738f3fcafd61, 0xf537fb700b4bdde0
	.quad 0x43f0000000000000, 0xfe44f81eab463f95
	.quad 0x3e4fb476000f05e6, 0x8cb509ee687e7c00
	.quad 0x38821c39a37e0555, 0x003733ef40900000
	.quad 0xfff8000000000000, 0x4020000000000000
	.quad 0x001e44ffff9a096c, 0x05ef005dc31fe020
	.quad 0x7fa06459bca20000, 0xb75db129335027d7
	.quad 0xffc00000c2c25ec8, 0x45e000002c932fbc
	.quad 0xe1d2780bad74a535, 0xc0effffffffffffe
	.quad 0xfe800000ffc00000, 0xfeb5d978c4fa025d
	.quad 0xaf85a0898d434032, 0xc036000000000000
	.quad 0xb77638dd8d64de38, 0xbe603c67c3220000
	.quad 0xa7500ccb760ad76f, 0x7ff8000000000000
	.quad 0xbface654be394702, 0xf2a4f5840f43b099
	.quad 0x0ea3a83249dc7ed4, 0x3fa927f092528c1d
	.quad 0x434ffffffffffffe, 0x4b72bda455bf4280
	.quad 0xfffbcf4e7efdd0b2, 0x4f0111580140cd93
	.quad 0xba5000009e42e523, 0xdbe3f830c103cf80
	.quad 0x8ae3f5fffffffd31, 0xfff570d982116f96
seed5:
	.quad 0x05f0713fa987f665
	.quad 0xffffffffffdda5f0
	.quad 0xf69615b9f85c7c01
	.quad 0x00000000000002c8
	.quad 0x00000000004e687c
	.quad 0xcfda0958ede83c52
	.quad 0x0000000000000090
	.quad 0x12ce77c5f4867947
	.quad 0x000028bf3ee0ec2f
	.quad 0x2a87b5e86566632d
	.quad 0xffffffffffffffce
	.quad 0x1ff414d98c589f26
	.quad 0x0000000000000362
	.quad 0xfffffffffffffc55
	.quad 0x6b7f0d72db0e7627
	.quad 0x00000000000000c4
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xf7f3714c7f7fffff, 0x28d388612581f19d
	.quad 0x7e95c10b692e43a2, 0x411437693eba6ee8
	.quad 0xbc06992a9a44449c, 0x1e969658e38b4400
	.quad 0x7ff5df68e454a409, 0x0010f1f4c55df1ae
	.quad 0xff80000080c394db, 0x9a80582ff9bf477e
	.quad 0x43dea1b980000000, 0x0000000040cfbe02
	.quad 0x3f76a99975c97525, 0x7fc00000fffed1c5
	.quad 0x98f0ef3881f63ffe, 0x8895c15e3e800000
	.quad 0xe9388bdc30018115, 0x800b520a1b0cc382
	.quad 0xc7800000bbf6d877, 0x0000000000000000
	.quad 0x7c4f9a9403323fb7, 0xecd1f6a7dcce7458
	.quad 0x613d418a48da7e00, 0xc511a32f7ae41230
	.quad 0x8000000000000000, 0x75d684003b6a4817
	.quad 0xe2d333ea3bc9d9c0, 0xfff0000000000000
	.quad 0x3eb7cb967fae21a7, 0xbf9d25846e18e430
	.quad 0x405ab6ce201e7796, 0x5f00000141080000
	.quad 0x3fdb72bf37f4981e, 0xe9ccd71cfff70439
	.quad 0x022a758f5557b072, 0x3916f595d7fff67e
	.quad 0x22eefb968add0071, 0x7fc0f6e9ffc00000
	.quad 0x1005a0d6e57afae0, 0xbc0f4f18c1945ef2
	.quad 0x0000000000000000, 0x4330000000000001
	.quad 0x3f400000324f4fe2, 0x40ffffffffffffff
	.quad 0x4655775affaafadf, 0xbff6c21cffafb899
	.quad 0x11f11294ac7ddd45, 0xfff8000000000000
	.quad 0x62084f58e0640000, 0xc003594889a6c13f
	.quad 0xfff0000000000000, 0xc04bc627ce3f14db
	.quad 0x8000000000000000, 0x0603e6a17f9f7ffd
	.quad 0x9b46b3acd2071c25, 0xfff0000000000000
	.quad 0x98da1978e5aa7adc, 0x82d5d3b2e0293c18
	.quad 0x7f8000004345c609, 0xf756231d06c6a79e
	.quad 0x93c4ce3f13333cab, 0x61db8b357fdbf73f
	.quad 0x4009000000000000, 0xc8bf05fc7f800000
seed6:
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0xfffffff9afa06c15
	.quad 0x3904b96dffcd0e4a
	.quad 0x0000000f21f09944
	.quad 0xffffffff80000000
	.quad 0x8a35813910035436
	.quad 0x1b7a968140e8b7da
	.quad 0x4f5f155c68873367
	.quad 0x0000000000000004
	.quad 0xffffff8f243b3183
	.quad 0x5d6fb390a5a9dfec
	.quad 0x0000689bd57d22ac
	.quad 0xabddfcfee5e72f03
	.quad 0x0000000000000238
	.quad 0xa693a73135543572
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0xb99751159c71f5ff, 0x8000000000000000
	.quad 0x499863f66c45a211, 0xff80000038a9dc36
	.quad 0x1458149083689e1c, 0x42b4236cbfc00000
	.quad 0x8000000000000001, 0xf1fb9549bcaeb7bc
	.quad 0x0e39cb88f75c7e00, 0x800fffffffffffff
	.quad 0x8a2808eddcff7eb5, 0x5e0bdcd1ba6aec0e
	.quad 0x405ba9a9a1ebdcee, 0x80f6420a09f8658b
	.quad 0x48cca4b66836528e, 0xff8b47cf36212d48
	.quad 0x800000017f800000, 0xfff869078a8c667b
	.quad 0x20f8abfe2a6ed0bb, 0xc03ae204bbbfe541
	.quad 0x07db8179ffdefff4, 0xbed10211c0480000
	.quad 0xc2dd5add3fa00000, 0x000b31e49887cda4
	.quad 0xc094000000000000, 0x3dada89740c00000
	.quad 0x5a2426bc6869b4f3, 0xf6420c4bf977f6ac
	.quad 0x9ebf4c770d253c71, 0x3e000000003dccf8
	.quad 0x426a1d525b2a0148, 0x40c00000feffffff
	.quad 0xf8735680ffc00000, 0xff9bd54a61a754f3
	.quad 0x7f80000080000000, 0x7ff4a9636af1fc91
	.quad 0xa9551503fffcbbb1, 0x0000000000000000
	.quad 0x7ff282c59d859957, 0xc1f0000000000001
	.quad 0xebb896f98188f132, 0x3f88c9cce561edd4
	.quad 0x3cc1297f3e023200, 0x0000000040c40000
	.quad 0x7dbb62529c6be4d1, 0x41e4deae7a85d223
	.quad 0x010bb82220f168bf, 0xbf01800000000000
	.quad 0x3fadba8aa75e055d, 0xa60cb68b56bceffb
	.quad 0x3bba3125801e6339, 0x87628050c627fb92
	.quad 0x926cfd6f806e8000, 0xfff7e4d741b29689
	.quad 0xfd6176b489ffedfb, 0x21754c0dfeffffff
	.quad 0x7ff9f39fb497670a, 0x3f06c70ddffffffe
	.quad 0x7ff04d1755da3276, 0xffc0000015a44a5c
	.quad 0xaa4d2a2cf9d903ff, 0xbfa00000c1100000
	.quad 0xbf8dfa72d00701c4, 0x800000007fc00000
seed7:
	.quad 0x0020000000000001
	.quad 0xfff492e835c0e843
	.quad 0xffffffacc6a20da6
	.quad 0xc5ca152af59e0f61
	.quad 0xb3e3990af8d3f080
	.quad 0x408e6581bf2df0af
	.quad 0x4e4390da717c52cf
	.quad 0x00000000000000e4
	.quad 0x2ea4b262c17f1338
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd1a
	.quad 0xfffffffffffffcbe
	.quad 0x6363ffb3122cabb4
	.quad 0x8cac284210e01b6d
	.quad 0xffffffff80000000
	.quad 0xffffffff80000000
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xfa3ca080ff800000, 0xc0f0000000000001
	.quad 0x41060000eddff2d5, 0xc002ae526daba2c1
	.quad 0x9b1fe2b4bfffefb9, 0x800000007f8c7ef5
	.quad 0x80823521a3b2426f, 0x7446adeec1979363
	.quad 0xfff0000000000000, 0xc01b800000000000
	.quad 0xfff0000000000000, 0x47455c4e1c22e0a2
	.quad 0x7ff1af6f0733b8af, 0x7ff0000000000000
	.quad 0x0b55bf072b207ced, 0xbfd65b3751be9479
	.quad 0xc7e6250e66de7f77, 0x18102a37df56d3b0
	.quad 0x424704e5f3371908, 0x34fc64be2efc0c15
	.quad 0xff6013412015162f, 0xe7d713edffd7db3e
	.quad 0x40a000003ec87daa, 0x01d60c223231d45c
	.quad 0x274ef11fd867fc05, 0x04c1927f4742f60b
	.quad 0xfde6190c8d01f4fb, 0x4c0a744ff5277915
	.quad 0x7ff0000000000000, 0x703edfa545ea0000
	.quad 0xc36e8c83ddbb888f, 0x687f959a12effd7f
	.quad 0x013d07d86ec62970, 0x90a7818edefbb24b
	.quad 0xfff5756cfb2b44a2, 0x88be7d7009c7d53b
	.quad 0xb0c264038d18fc00, 0xffd2cd3491f59436
	.quad 0x8252245e948f5808, 0x80000000ff9a746a
	.quad 0x80000000ffafe0f6, 0xffca4be17fa38a79
	.quad 0xffd0000000000000, 0x0d99aeb19d74c9d8
	.quad 0xbfc9642b73554fa0, 0x4024030456377b8f
	.quad 0xbe6476abff800000, 0xbe1d3c2b356a5bbb
	.quad 0x5c39c962dbfede7f, 0x7e8bc6bcff919be5
	.quad 0x4017000000000000, 0x413bd987ff0c81ff
	.quad 0xf092d8c50c203fff, 0x3f7a450fc162c5c3
	.quad 0x454c169d5db69b37, 0xc3486a7e986dc2e2
	.quad 0x92363ec8e759ff6e, 0x400000017ed1a81e
	.quad 0xcefcf987ffee42f8, 0xfff0000000000000
	.quad 0x43fbccc181000000, 0x89818ccb5bdb0000
	.quad 0xa3d3c3c5816cd07f, 0x19fc400ddc61ff55
seed8:
	.quad 0xfb5fd5162fe6d3a0
	.quad 0x00007f1b1853acdf
	.quad 0x8000000000000000
	.quad 0x0000001ab2221801
	.quad 0xffffffffffffffff
	.quad 0x4d766c772fdf2dc7
	.quad 0xffffffcb5d12fc1f
	.quad 0xfffaaf2fe1caccd1
	.quad 0xfffffffffffffefb
	.quad 0x00000000000002c5
	.quad 0x214d1f49c9e45c06
	.quad 0x00c4a53698194c72
	.quad 0xffffffffffffff46
	.quad 0x0000000000001583
	.quad 0x0000000000014460
	.quad 0x4d8d5875fc56740a
	.quad 0x02c00000
	.quad 0x60000000
	.quad 0x7fd0000000000000, 0x017fffffbdbe2634
	.quad 0xfec32444d1c42216, 0x0008000000000000
	.quad 0xbff4000000000000, 0x00000001bc7c7d5e
	.quad 0x7ff50f3407f72c27, 0xe01ebe6ee0c57a5a
	.quad 0x5fffffff7fc13899, 0x816fe116feb9eb92
	.quad 0x8ea867df001a225d, 0x37faa6c37fbdfccf
	.quad 0x7fe43d0cc89a0000, 0x7fbbe2a180091782
	.quad 0xad9209e99f1c7c8a, 0xdfad71fe0dd54600
	.quad 0x7f00000040b50000, 0xf4ca03ceffdd7eea
	.quad 0x7fc00000bf7046d3, 0x41b5631f806edc19
	.quad 0x4032ce2872030e4e, 0x350938cfc3a35fef
	.quad 0x12f5e22a2e2d8864, 0xc01c0000762cd5a9
	.quad 0x8375eeee96a679bb, 0x5f043e40ffc00000
	.quad 0xfff0000000000000, 0xfa23e514384e0000
	.quad 0x0f05b05c6a98fef4, 0x239b1bc2bd9d7c00
	.quad 0x7ff8000000000000, 0x007fffffc2f857e0
	.quad 0xf28b3e9229e0ff67, 0x3fcd000000000000
	.quad 0xc0c0000040900000, 0x013cf2bf72673e33
	.quad 0x3b060000c7400000, 0xc1a35e86fffffa83
	.quad 0x433ffffffffffffe, 0x801acc7bfea6ce8c
	.quad 0x7ff015dddab652a5, 0x00000000801df431
	.quad 0x40c2bd9200000000, 0x18dcf351f9bd76fe
	.quad 0x002fffffffffffff, 0x7fc0000040400000
	.quad 0xfff51801f6556b44, 0xfeffffffee1bf056
	.quad 0x9fe5a174fed66200, 0x61ce9125a6b40b2d
	.quad 0xc345a0127dadfcda, 0xc297168b3b2e7ccc
	.quad 0x4db7d9f772c78b41, 0x4019000000000000
	.quad 0x72042fff81dc785c, 0x7ff8000000000000
	.quad 0xffa9dd1b730c0d12, 0x9ecdb83dfe828000
	.quad 0x279527cb80000000, 0xc03914eabdecba10
	.quad 0x22168bcd8ad8e1ef, 0x010068e32bc1fb18
	.quad 0x3f000000782d1bf6, 0xc024d39dbfc780dc
seed9:
	.quad 0x0000000000000024
	.quad 0x0006ced170d7297c
	.quad 0x10406b51489a3a71
	.quad 0xc6e958ae6ab0225c
	.quad 0x660e048d296664ff
	.quad 0xfd2f615e87d3e823
	.quad 0x38d5d8979d6fd288
	.quad 0xf81a1e9f0d7fbcec
	.quad 0xffffffff80000000
	.quad 0x000000000000016a
	.quad 0x468c6c6c209b0cd7
	.quad 0x1a868669c97ae0d8
	.quad 0x55d22d6a5bc0a7b6
	.quad 0x00000000ffffffff
	.quad 0x8f60ba115cf54593
	.quad 0xffffffffffffed20
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0xe26d428dda58bd29, 0x8322fa99ff9a056e
	.quad 0xe7a50c3611700000, 0xc0762bbd33fda750
	.quad 0x6c68f20f00000000, 0x80d828ddc630cd3b
	.quad 0x91a2f34ebe2ccd71, 0x353415c3fdff4bbb
	.quad 0xd69a00df4d484733, 0xb870a3129db9ca22
	.quad 0x7eb99bc700000000, 0x5fb6ee70fce3fbff
	.quad 0x4018000000000000, 0x8517fa4e00000000
	.quad 0xc2cffffffffffffe, 0x42e87d2ca0cc0203
	.quad 0xaf0978407ef1e7f7, 0xffefffffffffffff
	.quad 0x0374909edca08063, 0x7fb060d242ea56d8
	.quad 0x968017cf2a46c4c0, 0x43f0000000000001
	.quad 0x3c6a000080badae1, 0x80000000bcb2f65e
	.quad 0xe0f675096dda4fbf, 0x7ff8000000000000
	.quad 0xc55396fd6940e4d3, 0x3f29800000000000
	.quad 0x7935d3b4befb86d4, 0xbff0000000000000
	.quad 0xe4151e2ed8dffdf5, 0x7e3c7aa680000000
	.quad 0xe537067ba4b00840, 0xc00e6f77538a9a17
	.quad 0x7f86e7e9c18ff9f2, 0x77adedfb8020a288
	.quad 0x9ff5222eb7fd8001, 0xbf796ea2fd662b2e
	.quad 0xb52bbc5ff37f7f5d, 0xffd15e01805e0afc
	.quad 0x78b55c200f14f800, 0x3ef7000000000000
	.quad 0xc0ac8a4cc09c0000, 0x83b1bfeba262be24
	.quad 0xfdba85639be0a29d, 0x40a0000071b0e7b9
	.quad 0xffa02fbf80000000, 0x63ea60f951523e80
	.quad 0xc020c00000000000, 0x355846e0f637f9fe
	.quad 0x37a400008bd65240, 0xbae6f851bedb00ee
	.quad 0x5523c513e2e8f891, 0xfffce26e1d7a55db
	.quad 0x4002f184abc3a069, 0xd58055157fb5f674
	.quad 0x0000000000000000, 0x79fc311680000000
	.quad 0x818e7812ffc49621, 0x90cbde36a274f748
	.quad 0x3ca5437f7e735b8c, 0x76439b86ffe1d678
	.quad 0x042daa3be92b848d, 0xbff4000000000000
seed10:
	.quad 0x819c66c868008780
	.quad 0x000000c19ee994e3
	.quad 0x61ead3610e1bee4f
	.quad 0x0000000000000289
	.quad 0x153be10d85730374
	.quad 0x66dbfa1782bbb49d
	.quad 0x00000000ffffffff
	.quad 0x0000000000000189
	.quad 0xac311f192d8e1efd
	.quad 0x142a12b66ee5d6bd
	.quad 0xfffffffffffffffa
	.quad 0x0000000100000000
	.quad 0x000000000000003f
	.quad 0xfffffffffffffc46
	.quad 0x0000000000009a67
	.quad 0x0020000000000001
	.quad 0x03800000
	.quad 0x80000000
	.quad 0xe2619a9c67a24ce4, 0x7e8c4b0848c00000
	.quad 0x7676624b00000000, 0xd7b1ccc53e045616
	.quad 0x79642351da7ffffe, 0xfff75e765f362e50
	.quad 0x141c940d365c8000, 0x80256e3ba0807930
	.quad 0xd733a89bfcf5bffc, 0x087b91b8165eb5b9
	.quad 0x4330000000000000, 0xc023800000000000
	.quad 0x051f1226fff488b7, 0xdf800000c1000000
	.quad 0x000fffffffffffff, 0x4120000000000001
	.quad 0xbc751b71ff800000, 0xe6500f9fe15c074e
	.quad 0x094ab695bfffd96f, 0x7fc5b44805f7dabe
	.quad 0xbe8ca3fa3b038500, 0x40c770d5f777ceb7
	.quad 0x4080000040e80000, 0x689aaf334f7fffff
	.quad 0x0dfae5565ebf7f9f, 0x421d345295595c92
	.quad 0x7ff7dd852f0a9204, 0xfff1e1301de5b1e5
	.quad 0x3ea67871ac1d66bd, 0x937d649dbc900000
	.quad 0xc0f0000000000000, 0x6d5b9b7e0760f74a
	.quad 0x553d65e6fe786009, 0xcbe10e81c07ffffe
	.quad 0x7787a559ffbdbcb1, 0x6ea2193800000000
	.quad 0x4414afa6b7400000, 0x0c619e2b7192cbd6
	.quad 0x000d2beaa587a36b, 0x0d9de62bffa96898
	.quad 0xe4575ca5d6e14200, 0xbfa0000000000000
	.quad 0x7ff0000000000000, 0x7fbec5b7b866ff91
	.quad 0xbe4bef51bd395b38, 0xfff0000000000000
	.quad 0xc017000000000000, 0x8036123400000000
	.quad 0xbd800000fb334241, 0xfff58c8f234fff14
	.quad 0xcaef69ccfdfeffdb, 0x3323a4a3f08e133b
	.quad 0x8005357e8ef30e2d, 0x7ff0000000000000
	.quad 0xc013000000000000, 0xcc8a6b95f77777ff
	.quad 0x2da59cdf2777ddca, 0x5bdf33acc71dfc00
	.quad 0xfeffffff7f800000, 0x7fefffffffffffff
	.quad 0xfff54c016e529f89, 0x817fe97b9e35f5ae
	.quad 0x1d6e513300000000, 0xc3459312efe23a81
seed11:
	.quad 0xd7c85cdef1b2e4aa
	.quad 0xffffffffffffffff
	.quad 0xfffffffa1421d1b1
	.quad 0x938f124a3820c899
	.quad 0xffffffb92208346b
	.quad 0xfffffffffffffff4
	.quad 0x0000000100000000
	.quad 0xfffffffd36e30bb6
	.quad 0x0000000000046b50
	.quad 0xb43a73996193528f
	.quad 0x0000000000000176
	.quad 0xffffffffffb304a8
	.quad 0x5f1ef243adc14ba5
	.quad 0xfffffffffe3eefcc
	.quad 0x000000007fffffff
	.quad 0x00000002a836ada9
	.quad 0x03400000
	.quad 0x60000000
	.quad 0xc000000000000000, 0x1298206efecb8c24
	.quad 0x238135e080000000, 0xa18196b0ffffb6ff
	.quad 0x800000001327a557, 0x00000000c1821ba8
	.quad 0xcb92e48a77e1b28e, 0x12b6fd6ee3534240
	.quad 0x000000013d4509d3, 0x58f24fc2f2e7ffff
	.quad 0xd33d5f9e7ffeffff, 0xe343701521d50000
	.quad 0x35bbf4dfc11c0000, 0x46480000f94dac5d
	.quad 0x450b4beaffaff7ab, 0xbd2f835ff977fb96
	.quad 0xc021000000000000, 0x7fd5aca7052ad309
	.quad 0x8017284d7fc00000, 0x41de434f3f3160e1
	.quad 0xc0122a1514d8a358, 0x7ff69d442ff70ea3
	.quad 0x02fe2debf628260b, 0x80000000ffe7918e
	.quad 0xfff63c1dffb160ec, 0x09f48f3941198000
	.quad 0x09df0f60bd757971, 0xff80000000000000
	.quad 0x690f0474a6d49626, 0x2b27e31dffff9700
	.quad 0x42874902f7adff7e, 0x0d45b82b43367bc6
	.quad 0x26190f7dfca8fc00, 0xb810c68e05735ca1
	.quad 0x4b47e3c63f818bc0, 0xff800000bc975e99
	.quad 0x802fffffffffffff, 0xb8864aebbf64ff41
	.quad 0x65508e7c7fd4545c, 0x3d200000bcf92881
	.quad 0x6e959aa79914cfdf, 0x02eab4f30d4ed43e
	.quad 0xaaca66807e1ce17a, 0xbc38473ebf9d9ab3
	.quad 0x0003aebd88ce1da2, 0x15f3eb4cc0000000
	.quad 0x8000000080a212f8, 0x864d1cc1504a003b
	.quad 0xbfdaf12da7dcc4bc, 0x3fb53dd295017088
	.quad 0xef83c0e337de8000, 0x8947173e80555cb7
	.quad 0xc14e1705bf1245a1, 0xac33c898f0f49846
	.quad 0xbf96d29427ee39a1, 0xc0000001c8980000
	.quad 0xbfa041cf8c43e819, 0x3fffffffffffffff
	.quad 0xfff18f38c990c081, 0xd28bb2d3a14f086c
	.quad 0x7bf68b8c7f000000, 0x52297a9efdde7ff3
	.quad 0xd71cfc0c71fefdc4, 0x09e524aa14d556fe
seed12:
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd63
	.quad 0xfffffffffc002431
	.quad 0x0000000378f7a0e3
	.quad 0xffffffffffffff5c
	.quad 0x0000b1645005f01d
	.quad 0xffffffff754f3249
	.quad 0x6521ba50bb20081c
	.quad 0xffe1d060c1485b48
	.quad 0x00000000000002e5
	.quad 0x0000000001000001
	.quad 0xaffa39350d5f10c5
	.quad 0x00000006580a3adf
	.quad 0x0396df289efb755b
	.quad 0x000000000000566a
	.quad 0xffffff7da0c397d1
	.quad 0x03400000
	.quad 0xe0000000
	.quad 0x5da370dadffa7b38, 0x7f8075067f800000
	.quad 0x7e7169c3f2a8672a, 0xc00bcec99e23dd7a
	.quad 0xa19646475989edff, 0xc0d8000059552685
	.quad 0xbfe000006f50970a, 0x43f0000000000000
	.quad 0x4fb251cd16cef900, 0xc007000000000000
	.quad 0x80062da662b983d6, 0x800e3a29e79b2f2c
	.quad 0x087e41ca3e812806, 0xaddda6d1bc723200
	.quad 0x7ff0000000000000, 0xc07da485fd2ecdfb
	.quad 0x54ad81f1ffb2778d, 0xfef46b93747dec09
	.quad 0xc05f8e64cb6a9cc7, 0xe0cc99527f7e0000
	.quad 0x7f9fdbcd7fc00000, 0x007fffffb9600000
	.quad 0x115c23ba3f7b94fe, 0x6d6728ed37200000
	.quad 0xec970c0cc7000001, 0xda7fffff10d06429
	.quad 0xbdf89af5962c8000, 0x3bc0000059fffffe
	.quad 0x008000004de4fa6b, 0x76ccfe41c0980000
	.quad 0x4182ce152b1c8000, 0x80000000df000000
	.quad 0xbf845bf5382827e4, 0x802fffffffffffff
	.quad 0x8000000000000000, 0xbf0ed1f740400000
	.quad 0xee565ca0cb87c800, 0xd5d8adcdd4595a89
	.quad 0xfff0000000000000, 0x7f80000000401c57
	.quad 0xa6fb40aabbcd32b8, 0x9b13d7713cf88048
	.quad 0xb935a605bbf9c734, 0x3f78b6dad530e8cd
	.quad 0xc01330c6ffa57db1, 0x0000000000000000
	.quad 0xaff5dfc7c23bcc90, 0x835e26c2998fbab3
	.quad 0x3f33000000000000, 0x7ff91b8a10285215
	.quad 0xb880e11e9274fecf, 0xdf06585c7fbfc520
	.quad 0x7f80000000000000, 0x1cb0696cf763f6ff
	.quad 0x0008000000000000, 0x2ef53004f9ee67fe
	.quad 0xfdd9ebac7fc457fa, 0x6b9d33b17efbff95
	.quad 0xc1efffffffffffff, 0xe7a24d7a5012a162
	.quad 0x8b7544df0ed7e56c, 0xe54c74b0d3c7cef5
	.quad 0x4f00000041100000, 0xbac72ea98607341f
seed13:
	.quad 0xfffff9b262dc082f
	.quad 0x0000000000152816
	.quad 0x0000000009d51f6d
	.quad 0xffffffffffffff73
	.quad 0x0000000000000285
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x0000000000117a61
	.quad 0x000000000000a552
	.quad 0x00000000000003be
	.quad 0x6b959d9e65d245d4
	.quad 0x0000000000000001
	.quad 0x0ac8df5c1a231026
	.quad 0xf94d8d5c3a99d308
	.quad 0x0000000000000398
	.quad 0xffffffffffef859f
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x8216b64eaf369a50, 0xf05ce830da000001
	.quad 0xbe36724f4b3b7423, 0x800000007fc00000
	.quad 0xc0f7ea269a9ed58d, 0x6eb85b009f4ff2e5
	.quad 0xd90b23b6fff7f5ee, 0xb8ec8031f375da5b
	.quad 0x62aa583dffc793e4, 0xd20d8c445bc3fefd
	.quad 0x4e0882fce1818587, 0xffd1d92d5c919529
	.quad 0xbfe74e993e3b7876, 0x0000000000000000
	.quad 0x81000000c247f0be, 0x9a4cfd6d5c267de1
	.quad 0x377c24a65befa654, 0x1c78694b4dc17f05
	.quad 0x1caf1be6c0980000, 0x99fe5078addc3772
	.quad 0xeb984e7fdeff7e00, 0x8000000000000000
	.quad 0xf9aba45c3da4c190, 0xedf7e50db8380000
	.quad 0x7f9a4d547fafb76f, 0x3fe2019d6ac7dc45
	.quad 0x9aecb1ce4288f7b1, 0x035fb41753e27afe
	.quad 0xc014800000000000, 0x4021fb3d7fff87ff
	.quad 0x7f80000080000000, 0x4331cc0b42ddc97d
	.quad 0xbf9e8c38ff27d035, 0x695c8a9a1e4a19b0
	.quad 0x7fa0fb13800f5124, 0x657abede75c895fc
	.quad 0xffbf4d2d8039c948, 0xc3effffffffffffe
	.quad 0x8ad4bb259eca84d0, 0xc3ef77104ec6f569
	.quad 0xc27a0000ff800000, 0x0010000000000000
	.quad 0xbd85109387eab5b1, 0x65f04d56be4bfe00
	.quad 0x7f80000047ffffff, 0x8055a1c6c1000000
	.quad 0x2ad3522cbffe8c50, 0xd422124453feeffb
	.quad 0xaaf517833ba878a2, 0x7fad5fd34028d804
	.quad 0xc2052a1aff53bf30, 0xbf3c0000ffcd07b8
	.quad 0xc000000180bc61c1, 0x8000000000000000
	.quad 0xbfcf400000000000, 0x0000000000000000
	.quad 0xbb9f5449f9eafc00, 0x0003d724fb5bdb04
	.quad 0x3af6205038790140, 0x544db14d4ba48000
	.quad 0xfe24465d29279be3, 0xfe89a7bb6424b6f2
	.quad 0x555453c1c0fe80d8, 0x521bc128fc4ecfbb
seed14:
	.quad 0x0000000000000000
	.quad 0x00000001278583e1
	.quad 0xfffffffffffffca6
	.quad 0xfff93b55955e93f2
	.quad 0x7d5dae59ad7bf83c
	.quad 0xee4c0d346f828dea
	.quad 0xfffffffffffffee3
	.quad 0x4766c2e029f6f83c
	.quad 0xffffffffffffff78
	.quad 0xfffffcb9bee22b53
	.quad 0xefc92f354a3e3ddc
	.quad 0x0000000000000000
	.quad 0x8796b9f979b5874e
	.quad 0xf15393c9c6c7bd08
	.quad 0xffffffffffffd424
	.quad 0xda032f7149756fc0
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xb3ba4e67bacdfe00, 0x09bf5c9f9bddfcb6
	.quad 0x4065ee4b78333c66, 0xc0b80000bd0237dc
	.quad 0xc800000096c60bce, 0x561531b3bf31ab80
	.quad 0xc57871cbd63aa7fe, 0x7ff0000000000000
	.quad 0x5dc6a39f62f32a45, 0x81000000b9d80000
	.quad 0xfeb526b8c7e81fa3, 0xf7ab6ec6ffdebbbd
	.quad 0xffc0000012f7d763, 0x7f06aff797f35f35
	.quad 0x4ed289eecdfdff9f, 0x001fffffffffffff
	.quad 0xff80000000482fd1, 0x02ffffb7c8f42a82
	.quad 0x66fb78097f500000, 0x27dc8caf3a207ee6
	.quad 0x7ff8000000000000, 0xff800000410f4aea
	.quad 0x0c6656e988b5ae52, 0xbfc399c4a66f78be
	.quad 0x3fa6557700000000, 0x00000000ffc00000
	.quad 0xfff78436e38cf9e7, 0xec1c2327ffe57d33
	.quad 0xc1ec28846743572d, 0x0496630ebd5bfe98
	.quad 0x5e737014ffab7319, 0xbf8394ec8865fbdd
	.quad 0x225e2087f68acabc, 0x3f1a800000000000
	.quad 0x00a0ca8e00ce845b, 0x1b11236cd6a2010b
	.quad 0x034181fe75bce333, 0xc1f7ce333c02e98d
	.quad 0xf2bb9e119bddad28, 0xcdd67c86a08b623f
	.quad 0x8804b5c3dea748b0, 0x3f1e08db80dbf3fe
	.quad 0xc00ffffffffffffe, 0xf30631eb061a5d7b
	.quad 0xd3621de2358b3bdc, 0xda1ce0e2ffffffff
	.quad 0x1ff7365dad6ede21, 0xfdaccb61ab8cf5ea
	.quad 0x9bcce62dffdefebf, 0x7ff8000000000000
	.quad 0x9e84e42946cd54f9, 0xbff0000000000001
	.quad 0x2ee9df5bafabb3d6, 0x40267816240682e1
	.quad 0x554abeb1209c7503, 0xc0627d331cab2305
	.quad 0x84485f49150c5c3b, 0x3ede000000000000
	.quad 0x02b5b4836ee569de, 0x7ff2078c7fa405a4
	.quad 0x656426ce433ad4d9, 0x7f800000c5400000
	.quad 0xf86fecb9301dcca5, 0xffefa598ad76f5cf
seed15:
	.quad 0xffffffffffffffff
	.quad 0x6b2b0d50a26530bc
	.quad 0xffffffffffffff2a
	.quad 0x000000000000007e
	.quad 0x70a3afa07a7a6322
	.quad 0x75a95641ff4bf985
	.quad 0x6d033031bf5d440d
	.quad 0xfff1667e3cc231b3
	.quad 0x1ec3e45ac8cfc373
	.quad 0x438592f8e2f92433
	.quad 0x5a2fa14063f0d433
	.quad 0xffffffe515281288
	.quad 0x0150e79ab6f33ad1
	.quad 0x776df003c27ded19
	.quad 0x00000000ffffffff
	.quad 0xbcf5260d296d2b48
	.quad 0x01800000
	.quad 0x80000000
	.quad 0xfdc777707a61998a, 0x6e86a0eeffc00000
	.quad 0x409c0000089f1593, 0xbf80000041200000
	.quad 0xc01bc45187091862, 0xdd04b32acf185d38
	.quad 0xc114000000000000, 0x5594b631d44d45c3
	.quad 0x947bece587cba071, 0xbc8b380ecfdfffa6
	.quad 0x4066d77e9d8c38e5, 0xb6d30da3c0400000
	.quad 0x7d5f721cbe8e7d97, 0x0000349fb5a54a4e
	.quad 0x7f85eb25ec032fca, 0xf3bc86448cd7c870
	.quad 0x811c9ce47fc0113f, 0xc01bca5a8d73cc8e
	.quad 0x37090e228399af8d, 0xf38d6f6d1e78f391
	.quad 0x03cec66b445d0000, 0x5dc4eac0d9704000
	.quad 0xbca3e1614ea5e6a4, 0x7f80000000ad5670
	.quad 0x81e8eed597ec58d5, 0xdb9597600b668bff
	.quad 0xc010000000000000, 0x37c76185c0400000
	.quad 0xff93dc703fffffff, 0xffcbf6397fc00000
	.quad 0x663b67346c3600d2, 0x41d390eac0000000
	.quad 0x3fef987a246e1620, 0xbf7b67291a322b0f
	.quad 0x9d09c4387f800000, 0xfa9b7b277dfefff3
	.quad 0x02f918fa3ebd7885, 0x4044b83c95e7847d
	.quad 0x682153cbfdf5ffde, 0xc012000000000000
	.quad 0x9c331a425072ffbf, 0x34338cc14e475de6
	.quad 0xcf2fb8f7f7b13d07, 0xb536ee87803dddf7
	.quad 0x3ccdd3e780000000, 0x507308c8225d7fa5
	.quad 0xc01e000000000000, 0xbf58800000000000
	.quad 0x4f800000b7500000, 0x802220d5ffd8d2d1
	.quad 0x43f2f166fa799f19, 0x43f0000000000001
	.quad 0xbfea5ae6c787d929, 0xfdcfb6487ebff696
	.quad 0x7ecb2a75bd98edee, 0xc043a33a7f6f55ed
	.quad 0xd33c939552b38200, 0xbc2f00d2be6e0000
	.quad 0x3f8000007f800000, 0x3eadbce3fce962f6
	.quad 0x4138000000000000, 0xd61a64228aac7b3e
	.quad 0xca8ad4b13d4fec11, 0xd2939418ff6cfc00
seed16:
	.quad 0xfab48ab47edaa5c0
	.quad 0xffffffcabefcb2b5
	.quad 0x00000000ffffffff
	.quad 0xffffe5c73b9b68f6
	.quad 0xffffffffff06a34e
	.quad 0x26b1e710fc31346e
	.quad 0xa2456bef5d553c14
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0xe034f1f43b5e3688
	.quad 0x5331c9c1876b11e1
	.quad 0x1ec10ee8b9e4713b
	.quad 0x0000000000000007
	.quad 0xffffe6f20968d67b
	.quad 0xffffffcdde35bff8
	.quad 0xc4c0ffb598cc3776
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x4393ade2c1100000, 0x405cc2719318d8fb
	.quad 0x43b5f7bc767698c7, 0x5f000001ffbd9752
	.quad 0xba3656b2ec8b3115, 0x1055e5b44bd97db7
	.quad 0x7fc000007fdea6cf, 0xff8100e400800000
	.quad 0x2d63fe81f3a3fcce, 0x0179cd3eb7300000
	.quad 0x7c5b0db1f8c4fd27, 0xff8000007fa118d3
	.quad 0x004eb0b000000000, 0x3d5ebf4b3ba39447
	.quad 0x6977bfd89d4a02f8, 0x6a4ea35ae4e5f8a2
	.quad 0x2b50270c4308eb0b, 0xcee3e21e9e357c3f
	.quad 0x3fcf97782bc699dc, 0xd37a57af4108eebc
	.quad 0x3fcc87bfb789b8af, 0xc05d696ae709da57
	.quad 0xff006516ff800000, 0x7ff9659e726f8b39
	.quad 0xbf71b7dfb8e01cc3, 0xc02e51b1015712a1
	.quad 0x403e000000000000, 0xd132c5ad8ced5e00
	.quad 0x2e68ac81fa37bf6f, 0xbd5e170a5b000000
	.quad 0x4a6b0bf0afa36e20, 0x278b7827ffca170c
	.quad 0xc30000007f800000, 0xff0000007f800000
	.quad 0x408400007fc00000, 0xd9ffffff7fdcaa6e
	.quad 0x43e0000000000000, 0x0000000000000000
	.quad 0xdff1960df0986879, 0x1212c7cf31f1ec1f
	.quad 0x00000000815e80b1, 0x7ff8000000000000
	.quad 0x000ece2fe16945a1, 0xdf7c4102bff7abff
	.quad 0x8a2e763d2a68bb06, 0xc8a40000b8a32419
	.quad 0x39a187cf4bdfc99a, 0xc3effffffffffffe
	.quad 0x7c03fc71bedf31e9, 0xdabd1acaffaf7fad
	.quad 0x75a5026f64b64b81, 0x4024000000000000
	.quad 0x9494e3def3322910, 0x791cabcc4a467834
	.quad 0x84c0b94802a1a600, 0x7fe0000000000000
	.quad 0x1a8e589fb0c65766, 0x4386661741180000
	.quad 0x2849f1abc593e120, 0xfff0000000000000
	.quad 0xd1cdbc1ec0c07c22, 0x7fb84e3129eff1f0
	.quad 0xfff0000000000000, 0x7d28c87affa87799
seed17:
	.quad 0xfffffffffffffebf
	.quad 0xe61dfa291289ad92
	.quad 0x0000000000006870
	.quad 0x2bd685d1409eee7c
	.quad 0x000000000edd09bc
	.quad 0x0000000000000001
	.quad 0xffc858c829743327
	.quad 0x0000000000000215
	.quad 0x61881f0ae67f8484
	.quad 0xfffffffffffffffe
	.quad 0x1441a5370ff0d479
	.quad 0xffffffffffffffff
	.quad 0x19399a1fa195cb71
	.quad 0x00000000000001d5
	.quad 0xfffffffffec516f7
	.quad 0xe5e40ecac8f38a67
	.quad 0x02c00000
	.quad 0xe0000000
	.quad 0x002862fd9840bfee, 0x8084338760f45d49
	.quad 0x000fffffffffffff, 0x000000007f800000
	.quad 0x76ca86b27fa51333, 0x04f51117c1157c00
	.quad 0xd243c3daec7fffff, 0x97b3232dbfef3ebc
	.quad 0x3f435e487fc0b3d0, 0x7ff0000000000000
	.quad 0x8dcf5b6d4f155764, 0x95cbb7ed36b83d15
	.quad 0x7e14937eb014034c, 0x7f02b19c890bb249
	.quad 0x2ebf35cab5f6febd, 0xffc000003d7730e7
	.quad 0xfffa3371c057b01a, 0x949d8814bf05cf9c
	.quad 0x00000000bfffffff, 0x40e0000000000000
	.quad 0xbd9aded740dc0000, 0x6f8d669c2f08fc3a
	.quad 0x3e800000ffc00000, 0x44d40000804710e7
	.quad 0x59807c0a3e7cf31d, 0xc028000000000000
	.quad 0x2f35b0b577c3c280, 0xc330000000000001
	.quad 0x3f04000080000000, 0x8b5cb1880a7ebc5f
	.quad 0xbc555fac9e5e292c, 0x4829c2f4bdf25eac
	.quad 0xe6376461c258a2cd, 0x42134f50de68f753
	.quad 0x40b800009977f270, 0xc32a4c9cff800000
	.quad 0x30735fcba0168200, 0x3d20aa16bf8f4e1d
	.quad 0xff8a12efdb3da26e, 0xce199f6c94ffde3f
	.quad 0xbd23ae6efedfdbde, 0x8000000000000000
	.quad 0xd9fffffe41acb037, 0xfe95e5c7415c22fa
	.quad 0xc0000001160ac343, 0xc8d9f8f24a4c5fd8
	.quad 0x30f5c408b4c19dc2, 0x379f7d5c2f19c3ff
	.quad 0x40a400007fa715cd, 0x01a5b806a02a0124
	.quad 0x4bdd299d4521be00, 0x4bc22b35c770fdff
	.quad 0xc0f7000000000000, 0x7b29b3f580800000
	.quad 0x1c1001a53d2b9e8f, 0xc12bca7eff997920
	.quad 0x04e56663e9e57e4f, 0x477ffffefe84f247
	.quad 0x8bfc21a6feda735f, 0x819ff0d61515aa0b
	.quad 0x7fc00000c2b34c74, 0x25a73feafbffe715
	.quad 0x861298e35287bd7d, 0x3ecd65ef318968d6
seed18:
	.quad 0x000000007fffffff
	.quad 0x00d1d9747383739d
	.quad 0x174b1027d1826a0e
	.quad 0xffffffffff3f7c9b
	.quad 0x00000000000003c9
	.quad 0xffeacb50a6c4ec77
	.quad 0xa871ad9f93444c8d
	.quad 0xffffffffffffe797
	.quad 0x00000002522b4cdf
	.quad 0x0000000000000000
	.quad 0x526ed74f71c9134f
	.quad 0xdf81479396ad9296
	.quad 0x65d7fc8a539012c4
	.quad 0x53136cd979f59ce0
	.quad 0xa276fcd98b9d3d95
	.quad 0x474efde66abd963b
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x00400000c056d04a, 0xbf4e400000000000
	.quad 0xd9800001ec146643, 0x267ae05afce983af
	.quad 0x006eede0093c0359, 0x8008c26436631419
	.quad 0xf5800bcd7fb84059, 0xc0100000bc315760
	.quad 0x42e80dffc0600000, 0xc34ffffffffffffe
	.quad 0x3f04000000000000, 0xdf9978862a7aeb29
	.quad 0xeee7dc5e39b0fa4c, 0xf4f421a054a2b312
	.quad 0xbc8bc7a77f963817, 0xc10000007ba8209b
	.quad 0x47000001417bb078, 0x4023c00000000000
	.quad 0x37facd3439bac820, 0xff56f2a51f2e0492
	.quad 0x35853d3ab0b41a62, 0x80000001778cebf8
	.quad 0x80000000be3f17b0, 0x4658db4fffd67adb
	.quad 0x3a74000092322ef1, 0x7f8067c4802c9016
	.quad 0xe9e86222c3aefffe, 0x80e8e572426042b5
	.quad 0xc0a69d7a7fc00000, 0x3da500002c44dc18
	.quad 0xc0d80000c0380000, 0x7f800000ff800000
	.quad 0x7f800000802f8cc2, 0xd9c69243bfbcffa4
	.quad 0x851fcb23006b1aec, 0x400949a67477fc00
	.quad 0xffffc2520fdb394f, 0x7f2c773500000001
	.quad 0x3e8ce6b1ffc00000, 0xff83e1e57f800000
	.quad 0x000000007f81878c, 0xc065c83b37c97db1
	.quad 0xbdac8a3c7f800000, 0xff9833b24a19c980
	.quad 0xe244a082ef2be44b, 0xb37ce2adcf7ffffe
	.quad 0x60598ab8dfa63918, 0x400000007f518480
	.quad 0xbd5f3390ffe5c72f, 0x0010000000000000
	.quad 0xfb9d3ccd59800001, 0x92e0698847ca3c01
	.quad 0xbfae934afad2bf9e, 0xe1526ecafffd1c9b
	.quad 0x418697d07f800000, 0x5d7b2fc6fb607ee4
	.quad 0xbf6ad80780000000, 0xc04c000000000000
	.quad 0x401e000000000000, 0xa0ca92bfd9b08000
	.quad 0x00f5533d434e957f, 0xd9f4e91dffeefb01
	.quad 0xca34ce8bff40fc4a, 0x81a6ce3207dbde90
seed19:
	.quad 0x1128141fd81b9487
	.quad 0x31f5e9506d598f6a
	.quad 0xfffffff8c1f8442a
	.quad 0xfffffffffffffd95
	.quad 0x0020000000000001
	.quad 0x000000000430be5a
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000250
	.quad 0x98ed5fd491be6f40
	.quad 0x17cabe6f1a347dae
	.quad 0x86f281b9d18acfc6
	.quad 0x000000007fffffff
	.quad 0xf3ac772ab6846a52
	.quad 0x000000000000035d
	.quad 0xffffffffffffff06
	.quad 0xe3f6aea093ba1fb2
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0x9fa8e1d87d90a0ce, 0x91989288d7fffd7e
	.quad 0xfff8000000000000, 0x031ee8920c2b05ba
	.quad 0x3d221cf47fbc6de4, 0x7f8000003d94687a
	.quad 0xbe478437fb6ffcbf, 0xbe37ac9363d90ebf
	.quad 0x4eaf0b5200364066, 0x4c77ccfbffd54900
	.quad 0x3b9e417949b00000, 0x47800000fa99518b
	.quad 0xbeb8570c7bca5418, 0x555f7b8929e01a5d
	.quad 0xffb54245cefffffe, 0x7f80000000000000
	.quad 0x8b6233abec9573d8, 0xbfbdd00000000000
	.quad 0xfe3dd186bb478846, 0x4106000040200000
	.quad 0x6b66567bca4ed4f0, 0x00bb8172eca7cf63
	.quad 0xdf2c3e67fffbbec7, 0x8000000000000000
	.quad 0x81f0984f282f8600, 0x74f114ef3ae04f83
	.quad 0x4faffe6159ffffff, 0x93031459ee8dad97
	.quad 0xf007e6c4dcdf7828, 0x2e5370e3ddc6d1c9
	.quad 0x7fe0000000000000, 0xffdb52c37c745901
	.quad 0x0dc208107fa0fd13, 0xc015800000000000
	.quad 0x06249d949c034228, 0x518e7c0f17e9f7ff
	.quad 0x876d21a0ffc0fe63, 0xbda2a422bb000000
	.quad 0xfff0000000000000, 0x7fbba5807f000000
	.quad 0x9ebc83c0b6f8fc00, 0x0000000000000000
	.quad 0xa2732aec658a0000, 0xc038a8667088c84b
	.quad 0xff4cf4e27f998b41, 0x427933d1f72b1179
	.quad 0x37fd9dc1ffb77f92, 0x80ceff7bbc379ed8
	.quad 0x7defa544fdff7f70, 0x3ec0000000000000
	.quad 0xdf000000c65c0000, 0x8c80b16f5aa58000
	.quad 0x2e8a5103babfdf6f, 0xbf848d1fff97986f
	.quad 0x7c3289f078a179ee, 0xb3380e47b2561dc5
	.quad 0x0000000000000000, 0x7ffae844a25cc65a
	.quad 0xc1100000bf000000, 0x875bffd1ca0ed362
	.quad 0xbb38a3b4d5ffffff, 0x841b42bae722a54a
	.quad 0xffdb919b42ca226f, 0x4027e7ed6ee9bb04
seed20:
	.quad 0x000000000000004d
	.quad 0x000000000000006e
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0xfffffffffffffffd
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffcc
	.quad 0x0000000080000000
	.quad 0xfffb72cdd6e592c4
	.quad 0xf1371f4dfff0632a
	.quad 0x8ed81ecccf352075
	.quad 0x081ac61517368f23
	.quad 0xffffff90c77e9d37
	.quad 0x5e56595b656a8fbf
	.quad 0xfffffffffff6a0e4
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x597932e056c87cef, 0x9b789d8efefb67df
	.quad 0xffbc696d1c3ab186, 0x3d0c061df3effb6e
	.quad 0x3c0b961fff9afbff, 0x47db6210478e0000
	.quad 0xfff0000000000000, 0x8009244ec0156f01
	.quad 0x800ea481082e0040, 0x0ecf46201ce96f7e
	.quad 0x8000000000000000, 0xcc6232b713197979
	.quad 0xbfb2f52696444025, 0x3e53c86144f80000
	.quad 0xeca50eaefd7f4b9f, 0x7ffec55ec11257c1
	.quad 0xe596684e40f1f890, 0x404d9577d032a45e
	.quad 0x3fc5000001000000, 0xbf65800000000000
	.quad 0xb896f50280518135, 0x12cefef81dd38200
	.quad 0xbf54ec6e7fb5068f, 0x55a32e114e469c40
	.quad 0x6ac5f60f7f800000, 0x8e8d2a437f8bf6e9
	.quad 0xf45719b964114e38, 0x4019000000000000
	.quad 0x43e0000000000000, 0x7ff88b865b560f76
	.quad 0x5575b2b299e07c00, 0x08537d307dcf6792
	.quad 0x40cfffffffffffff, 0xc06a8d93ce3ba2d0
	.quad 0x2fbb38f63a615993, 0x7fdd452fff800000
	.quad 0xb293d57f0e00585a, 0x3fd0000000000000
	.quad 0x7ff826879c7a7d47, 0xbf2c598c80000000
	.quad 0x800037427271a666, 0xc1f26a8ff6ebb6ea
	.quad 0x4060be2675ee34ee, 0xbee4b6c03e337861
	.quad 0x6531cc7557cd70ac, 0x7de8ba3fde92f9cc
	.quad 0x6a70d2c8ffffb729, 0x5c536c75bf3d7bfb
	.quad 0xc016000000000000, 0xbfdf59c23b238bb5
	.quad 0xffd9ba279b9fda38, 0x1660e5a9467c2b43
	.quad 0x401d000000000000, 0x3f834072c8c4332b
	.quad 0x5a7ffffeffa2cef0, 0xc2e0000040000000
	.quad 0x7f8000004256f908, 0x401e800000000000
	.quad 0x3fd1000000000000, 0x3556462bcdac835f
	.quad 0xc06643fdf44c2ea2, 0x47e00000d7136566
	.quad 0x7ff0000000000000, 0xf4c2081d289dc0bc
seed21:
	.quad 0x0e727d955d0f3ddb
	.quad 0xffff8d9571c64302
	.quad 0x240352fc1c35305a
	.quad 0x6e81a9a6c55f13b8
	.quad 0x02b26e9fafa490f2
	.quad 0x5bc24d5db06daf57
	.quad 0x00000000000acc69
	.quad 0xfffffffffffffdfc
	.quad 0x3403928ad8d2af5b
	.quad 0x930a72ace15ac423
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x8e5a23d2fc6d6779
	.quad 0x000000007fffffff
	.quad 0x0147e496725bc6cf
	.quad 0x0000000000027436
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xff8000007f86311a, 0xc3640000c77fffff
	.quad 0x004000007f800000, 0x40e0000000000000
	.quad 0x7e8b35cdafda1b26, 0xc4402098fdfffffe
	.quad 0xbeed000000000000, 0xfff8000000000000
	.quad 0xffc000008113d073, 0xc010000000000000
	.quad 0x800605b07809c238, 0x6228bc26c15b35df
	.quad 0x50424385cd04d95d, 0x4f2e7c97fff00107
	.quad 0x3d480ca37f91df29, 0xc5880000ed10e498
	.quad 0xff98ab7f7e800000, 0xea0e11d72b6a811f
	.quad 0x66246591ffe534c7, 0x80000000613afa09
	.quad 0xfca6ebde7fda031f, 0x0067bdc940e767f1
	.quad 0x0e342056bfdbd9f8, 0x0a451a88eaa2c880
	.quad 0x034283752bf74f64, 0x7db8c0495fd7c70e
	.quad 0xdaac3783dae309ef, 0x3c2ad6260fb62fe4
	.quad 0xf8c732f900400000, 0x73fde595fb05d2d5
	.quad 0x7ff53dec5cbbefa3, 0x000000004f800001
	.quad 0x5611306d9edef7f7, 0x0977d49c96cfbe80
	.quad 0x000e6dde4aec019f, 0xfd68311e7ff8ae79
	.quad 0xc05d800000000000, 0xa5fe2858c0900000
	.quad 0x4116400000000000, 0x86c20a2a5c41a1b4
	.quad 0x08d9e4b1e2f0786a, 0x8000000000000000
	.quad 0xf0a20f907feebcf9, 0x43e5005f46e8e183
	.quad 0xba44aa7cd4e5a2ea, 0x47fef6927f800000
	.quad 0x6816ce70bce5fef7, 0xfff8000000000000
	.quad 0xc21ea465fc1373a3, 0x7fb488c43fb20000
	.quad 0xc0c189bdad6bc560, 0x882e0e87c3edfd76
	.quad 0x01ce98d243cbff2c, 0x8247ddd3f543f8fd
	.quad 0x70025b6a0f8f4480, 0xe46f9ca0feffffff
	.quad 0x68cb547970188000, 0x4c86ddad26e65b74
	.quad 0x9b3e65d1eb554d32, 0x85b4fff95cb0a680
	.quad 0x2b80bccbff947dc9, 0x6275156ea2fbcc77
	.quad 0x000000003a020000, 0x7fea12882fbd6e72
seed22:
	.quad 0x8631af555e9d4197
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff23
	.quad 0x0020000000000001
	.quad 0xfffffffdbb908065
	.quad 0x945c1f66fc8b1d2c
	.quad 0x0020000000000001
	.quad 0xfffffffffcc6787e
	.quad 0xe95caade834d4ee7
	.quad 0xffffffffffffffff
	.quad 0x000000000000001b
	.quad 0x00000000000001fc
	.quad 0x000000000000012a
	.quad 0x000000000000001a
	.quad 0x0000000080000000
	.quad 0x0000000366d571c5
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x4fab9f42fd6021c5, 0xbfafb56a424ed8d1
	.quad 0x1cf4a5d9c2c99a85, 0xbb2c18107fdeda66
	.quad 0x002f7d5dbd6cc561, 0xf128baf9ff4fb3fc
	.quad 0x7f7fffff80000000, 0x9412df3041200000
	.quad 0x31e72963873b969f, 0x0055b2690039ab35
	.quad 0x434fffffffffffff, 0x4020400000000000
	.quad 0x0006f09f4dbf69f4, 0x47ffffff40ec0000
	.quad 0xfd80af2a0c8b1c41, 0x8053d22f87bc746b
	.quad 0x404ed1188f124d7b, 0x0eadcc2d4befff9f
	.quad 0x8fe0abfdb8ab2de4, 0xbfe0000000000000
	.quad 0x401ec8493bd09052, 0x3ff4000000000000
	.quad 0xbf8a19ed242b299d, 0x43e0000000000001
	.quad 0xf95bab8398ffff0f, 0x40b8000000400000
	.quad 0xdfa6c6757f7fffff, 0x3e2b4d5e80677b1d
	.quad 0xe4fd4fd9ee7fb542, 0x8c7d999872090565
	.quad 0x7ff1aa34c0393798, 0xc0184fe8cbb00147
	.quad 0x0010000000000000, 0x8a2d52dbfb3bbc7d
	.quad 0x0ad1888bbd1ff710, 0xadd4803efa7aeff9
	.quad 0x03ac0b326f87419e, 0x7a52ff20f505c73a
	.quad 0xc01209d73d2c0483, 0x815d87d448b08000
	.quad 0x8000000000000000, 0xb9e00000477fffff
	.quad 0x782530ee7fdf23cf, 0x007fffffc1b42d42
	.quad 0x6b126937f577d410, 0x7e224dc62665fcda
	.quad 0xdf146abff1e35385, 0x7effffff40100000
	.quad 0xc0ac605aeb037d00, 0x3fa2a539f1c6a798
	.quad 0x405a400000000000, 0xbf676f39d7ef9ff1
	.quad 0x00800000f698caad, 0x44f3e6af7fdfdf1d
	.quad 0x06b04eb2ea6176a6, 0x007a731dbe5fa4d7
	.quad 0xc058ba8d89c7f4ef, 0x800000007faa8461
	.quad 0x2b698b8067ffffff, 0x7ff0000000000000
	.quad 0x19e2c9aac05fc6ff, 0x25f5f52cf9c50000
	.quad 0x2f3f51e97fc90b74, 0xbfac000000000000
seed23:
	.quad 0xffffea760d7b006b
	.quad 0x17add0f1f720810c
	.quad 0x7675705b860287ce
	.quad 0xfffffffffffffe18
	.quad 0x0000000000000036
	.quad 0x4e9a9c35033e2d03
	.quad 0x0000000100000000
	.quad 0x0000000000000201
	.quad 0x0020000000000001
	.quad 0x977b990ddabfa520
	.quad 0xe024312cf29a549e
	.quad 0xb47165de87d5c59b
	.quad 0xe9e1a411f80e8015
	.quad 0x7fffffffffffffff
	.quad 0x01f59aec407ae701
	.quad 0xfffff22d51089447
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x401c000000000000, 0xfff0000000000000
	.quad 0x7fefffffffffffff, 0x8f342748bf5b796e
	.quad 0x004979f46b09705d, 0x5de7f3753d25d843
	.quad 0x7f8000003f89fcb5, 0x57fd5746fffffffe
	.quad 0x000000008a1b895d, 0xded91a4cc1a11000
	.quad 0x6c3980c7503d2909, 0x425600000e3c2d60
	.quad 0x94fdd539893f981d, 0x70baf535263ae943
	.quad 0x7fdfffffffffffff, 0xffa3bc4000782b75
	.quad 0x7ff3d11d1a8f1474, 0xc9489a5637422663
	.quad 0xceeb4335c0100000, 0x00000000832e7b39
	.quad 0xf0bcb94ec3f17bf1, 0x9e500700fff95818
	.quad 0xbfe0000000000000, 0x3bc67f4a806f9216
	.quad 0xfff51665d752abee, 0x7ffada366fe1874f
	.quad 0xfec0e8fa323a68ec, 0xf1f863a499108de6
	.quad 0x5de6b30946380084, 0xdd97143545d9ff80
	.quad 0xe14ca150ffdf7cad, 0xec9b9ab4a5157bc0
	.quad 0xc00000005f800000, 0x4243d75451a1c193
	.quad 0x6ce16f4ae3057c00, 0x7ffadd07d95a9d87
	.quad 0x279c4eb286f8176c, 0x7ff8000000000000
	.quad 0xfec3cb03346b1ac5, 0x3f767797d5bfa349
	.quad 0x7540e063f17fd772, 0xa547d136fedc4840
	.quad 0xd2409a6fce7cc54a, 0x7f89e706c1ddc41c
	.quad 0x7ff0000000000000, 0x9b6edf2894fffc6d
	.quad 0x3f2a800000000000, 0x406b5acd7dfb18c2
	.quad 0x7f113ccd57a72440, 0x8f8a11f5ff800000
	.quad 0x7fc00000bd3d1c0f, 0x7ff0000000000000
	.quad 0x3fa2c00000000000, 0x88b41150fe606731
	.quad 0x4051adfcd9f506cc, 0x226c2542f7e3b863
	.quad 0xc0d8000080000001, 0x3e000000ffc00000
	.quad 0xdc1e83c429360bff, 0x000000003d1d4590
	.quad 0xbff4000000000000, 0x0000000000000000
	.quad 0x004331c380000000, 0x16c99618fee6c7c0
seed24:
	.quad 0x0000000000000000
	.quad 0x000000000000028d
	.quad 0x00000000000001d1
	.quad 0x0000b519e6896ff3
	.quad 0xfffffffffffffff9
	.quad 0xfffffefcc32ef748
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x00000000000028cf
	.quad 0x0000000000000167
	.quad 0x00000000000000ef
	.quad 0xffffffffffffff99
	.quad 0xffffffffffc0d6b7
	.quad 0xd699c064c5cd03f7
	.quad 0x000000000000035c
	.quad 0xa734c6c1c4227e80
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x00000000bf1c3e60, 0x8d41722d3f977fbf
	.quad 0xbf979e91807a851d, 0x39c7662a55ef355b
	.quad 0xfff8000000000000, 0x460000000166ffa5
	.quad 0x06bcd400eff97f88, 0xffc00000c7200000
	.quad 0x7fc0000000000000, 0x42840000801e14bf
	.quad 0xf55364622fa2f801, 0xf522ec1385f10ff6
	.quad 0x4280000000000000, 0x93cfb76c7fd71b76
	.quad 0x8af78cdcde557b50, 0xa78ec1317fe53c01
	.quad 0x801fffffffffffff, 0xd5910cb0dedffb55
	.quad 0x80dd9c99da7ffffe, 0xc0490f65735f4a28
	.quad 0xff8aaa3ebf37b6f0, 0x5b87b7fe8f5b8000
	.quad 0xc3e49f271cb4d461, 0x00000000f7bdf38b
	.quad 0x7f0ea90f5807b0b3, 0x7fa087913e9a329b
	.quad 0xffd660a87ff02af9, 0x7ff0000000000000
	.quad 0xffbc6b5a4a846da2, 0x8009b4ca9ebeab28
	.quad 0x7f7fffff7f800000, 0x8040000041807621
	.quad 0x3f7fddea1a0a35aa, 0x5b64a23749223edc
	.quad 0x800e06371345c68a, 0xb32f3613806c0001
	.quad 0xc3100000ffcc17f3, 0xc1be6b913121cfec
	.quad 0x33d39f87ee2fbf6e, 0xeec3a93d639d4000
	.quad 0x7fdf98297fc00000, 0x9abf29ad3d4af984
	.quad 0x8000000000000000, 0x0000000000000001
	.quad 0xfff39fb37186e89d, 0xf6a10bf97f822a73
	.quad 0x3f813250693ee016, 0xffc0000000000000
	.quad 0x05a15152d57ffe3b, 0xcc9f297af2fb0400
	.quad 0xc0734cada654d91b, 0xbf00000000000000
	.quad 0xc00f0e1300732e4f, 0x3f7398dc4302a4e0
	.quad 0xc39a29e03f800000, 0xbed579eaffe8c415
	.quad 0x3ff5800000000000, 0xfdb0c49796de588e
	.quad 0xff8000003e600000, 0x01578abcb9e00000
	.quad 0xf5b8ea1effeeb98b, 0x7ff8000000000000
	.quad 0x6e49ba299b577dbc, 0x40c698bbdfcefbfe
seed25:
	.quad 0x9dec9b901926642c
	.quad 0x5ef2499e0ff6110e
	.quad 0x000000024e1a7a4d
	.quad 0xffffffffea287428
	.quad 0x4609db763c20d9b7
	.quad 0x252d32f3334a18ea
	.quad 0x0000000000000087
	.quad 0x0000000100000000
	.quad 0x1cb280e6e9f40167
	.quad 0xffffffff80000000
	.quad 0xb9f77ab7db62b72f
	.quad 0x000000000000003c
	.quad 0xffffffffffffff20
	.quad 0x0000000000000001
	.quad 0xb2a5258138e99e63
	.quad 0x0000000000000001
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x3b96b5037fbf1178, 0x80266246f42ef57c
	.quad 0x79e9a918c7b62385, 0xd55abd9efc8cbcc5
	.quad 0x868805b2bed4c200, 0x0000000000000000
	.quad 0x3fe3f70015fb1f3d, 0x4eb0c7ad40bc0000
	.quad 0xc02911ca6e1e0747, 0x7f800000f03e6d87
	.quad 0x4294f62379e4ae2d, 0x7e8000007f800000
	.quad 0xfff8000000000000, 0xabf10cb2a7f57dce
	.quad 0x208388ccffeffcbb, 0xbbaf80005ffffffe
	.quad 0xe530331ffaf7df47, 0xfff0000000000000
	.quad 0x6fb21ffedbfcfde2, 0xe6f7ed7c4ac67aa8
	.quad 0xc008000000000000, 0x8000000000000000
	.quad 0xbc55a741cae637a8, 0x7fb90cf58f6ce764
	.quad 0x40221590c53591cb, 0xc7940000c360fbb7
	.quad 0xfff8c96660a8c80d, 0x0025d40540900000
	.quad 0xdc0845f57febc7c0, 0xff800000c058d216
	.quad 0x73fadbe36971fc00, 0xe2fcea923f3bf99c
	.quad 0x06b884a34647d400, 0xc068000000000000
	.quad 0x8007e114c098d874, 0x409800001c049ebe
	.quad 0x34a00664bd6dffef, 0x7f80000000353c66
	.quad 0xbe5e0000733b9fcc, 0x73977447dde7ffec
	.quad 0x1ac27ede40cbccf7, 0x317991b3461a7431
	.quad 0x3f9a000000000000, 0x40700000c3c2eef8
	.quad 0x1ad83807d9ef3bb6, 0x96f076cff7cf5f61
	.quad 0x470000009887fc1e, 0x17e72bf0bca60000
	.quad 0x3f40d8e0ffd37ff5, 0x5c61d19f36edac58
	.quad 0x3d892856ca5574e9, 0x4f5b45c5f96f4600
	.quad 0xf1202c4cf45c0000, 0x0a8ef2fb7f9cb729
	.quad 0x4018000000000000, 0x800f3544aff8166c
	.quad 0xc025800000000000, 0x33bf3bd74ed1731a
	.quad 0x7f947e38be01dd30, 0xfff358bc7ed8c083
	.quad 0xa03203edf2775ffb, 0x7f8000002580c381
	.quad 0x83d7636a407e3f0a, 0xfff0000000000000
seed26:
	.quad 0xffffffff80000000
	.quad 0xb0743b9132bfae5f
	.quad 0x00000000000000a4
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0x0000000000026126
	.quad 0xfffffffffff6aaab
	.quad 0x0000000000000161
	.quad 0xfffffffffffffc6b
	.quad 0xdf6aa24b9079cc4f
	.quad 0x00000000000002db
	.quad 0x0a0967bb570b2d29
	.quad 0xd90c6493ae69017e
	.quad 0xfffffffffffffd8d
	.quad 0x3ac043d3ecd035f2
	.quad 0x1f0e69d58ad382a7
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x8759fd82e06e87ff, 0x665332d3df548400
	.quad 0xb2da5337a6c07e00, 0xa9b4e049a1b67c00
	.quad 0x7ff0000000000000, 0x7fd0708e40300000
	.quad 0x80ba397f40000000, 0x3ff0000000000000
	.quad 0x22817c717fdbfe00, 0x92397de1d9ef46a7
	.quad 0xffff0cdcffaa8c29, 0xbaba6ae39a948fbf
	.quad 0x00364d3040b00000, 0xbce549bf7e2b94db
	.quad 0xc085400000000000, 0x7fc000008f976065
	.quad 0x59ffffffdffffffe, 0x7baf11d3ffb61940
	.quad 0xc7d1a019bdd81381, 0x5f261e57677fffd0
	.quad 0x7ff8000000000000, 0xecfb1d2bde75ff74
	.quad 0x4010000000505f86, 0x0000000000000000
	.quad 0xfff4bfcafde197a7, 0x911cb63a276e843e
	.quad 0xbe541a22be7017d3, 0x4262a5ab01000000
	.quad 0x83b6cd93ef77e64b, 0x8011c59361ecf6dc
	.quad 0x7e1487123cfcc6c0, 0x35252430edcf7c00
	.quad 0x50e841d5fd3cb3ff, 0xbffafc902f296129
	.quad 0x7ff91d53165f9653, 0x009f08bc6ed03c1a
	.quad 0x593ef5997ff541e9, 0x7ff0000000000000
	.quad 0xa2945d98aaffffff, 0xbf999bc079cc2d5f
	.quad 0x8004cd932fa43da2, 0x7ff8000000000000
	.quad 0x8000e8052bc3da28, 0x6735f20ff23948c0
	.quad 0x443800007f800000, 0x6d8ea6b00de6aefc
	.quad 0x17b030437ea867c1, 0x05592d3ad67db7a1
	.quad 0xcc9fddeabe0a0d68, 0x1e8d7f2dc32e8997
	.quad 0x07ada733efb93f97, 0x5fd74b9e7ff8fc00
	.quad 0x4161322fffc00000, 0x0653e45e80000000
	.quad 0xffe16f0bc2be5a5b, 0x3f18000000000000
	.quad 0x3df21bac7f86ded5, 0x598000011560864a
	.quad 0x7ff4df1604e81c2e, 0x0891cbad9531867f
	.quad 0x54f29b4c4bd351b4, 0x7f8f4b8bb0837ec9
	.quad 0x7b73e4b1483d3196, 0x5c6d2793fb2bc000
seed27:
	.quad 0x0020000000000001
	.quad 0xfffffffff940bcd7
	.quad 0xfffffffffffffc9f
	.quad 0xffffffff80000000
	.quad 0x000000000000032c
	.quad 0x0000000000000000
	.quad 0x000000008eade322
	.quad 0xffffdfa66e85f151
	.quad 0x00000000000002d4
	.quad 0x0000000000000001
	.quad 0xfffef1fd769d1c4d
	.quad 0xfffffffffffffc6c
	.quad 0x00000000000003cc
	.quad 0x38cd7f6a88b7e45f
	.quad 0x239772b792054875
	.quad 0x00000000000001e1
	.quad 0x03000000
	.quad 0x20000000
	.quad 0xa47e15dda4eb3669, 0x833b6c4ec5281c7a
	.quad 0x7fd213c8b82a4019, 0xc2d5a7045f7f0613
	.quad 0xc03339b1ff800000, 0x42b43959ff800000
	.quad 0x1e4603a7ff9c4ac5, 0x7f80000040500000
	.quad 0x438d0dc77fa4ae26, 0x9e3ff66efffb4bf6
	.quad 0xc06555c37a062abe, 0x505010211b96f309
	.quad 0xda0000011943b8ff, 0x7e30da2d72d16bb4
	.quad 0x3f90000000000000, 0xbf87c1fcd87587b6
	.quad 0x477ec18d641e32bc, 0x30d3e0cb3efdaf99
	.quad 0xaa6b2c6b00000000, 0x7f93aba4ff800000
	.quad 0x3fde3b67f99ea800, 0x7fefffffffffffff
	.quad 0xdb8ed169ebf3cbff, 0x2fcd411a73155005
	.quad 0x3ba89ed3057dac69, 0xa9629364bd8916a6
	.quad 0xe24c08d77ae1ee60, 0x40c5000000000000
	.quad 0xc020000000000000, 0x27203751b9e4bf68
	.quad 0xbfb982a5e240e50d, 0x71afe5ab7fa81f1e
	.quad 0x836167b1f01bb31f, 0x93a92a76db0747fc
	.quad 0x18e706c5ffe8b7be, 0xbbc8478e3a608fed
	.quad 0xc04285e39b4ebc87, 0x87cb95d4028c8503
	.quad 0xeb19f1ca7fc27e00, 0xbf7993ae1d20ecb9
	.quad 0x002e72cadee4e3da, 0x41100000ff800000
	.quad 0x5fd62ad73bb8b800, 0x089440739fd67ef5
	.quad 0xfff0000000000000, 0x41080000f1372f18
	.quad 0x7884470b582a0879, 0xc0ec0000ffc00000
	.quad 0x0bee28aee18d5474, 0x93300ab3abffffff
	.quad 0xbfd00c55f6a6039a, 0xdcea8234bef5b5ff
	.quad 0x734cf73ccef69d49, 0xc2e38af177fffdbe
	.quad 0x801ddd4da1e1bb86, 0x35cb91abff7ffe27
	.quad 0x7fa58a64ba080000, 0xbbe4089a64de6149
	.quad 0x99f99b6f3e800000, 0x34f6c64c46b6e441
	.quad 0x000000013cd63620, 0x3cdab7ec80000000
	.quad 0xffed96a0fabe9cc4, 0x3f4ac00000000000
seed28:
	.quad 0xfffffffffffff8d5
	.quad 0xffe1d58ebee6054c
	.quad 0x000000002127548e
	.quad 0x02e88af8cec9fb63
	.quad 0xffffffffffffff6c
	.quad 0x8bed1c5331e130df
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd8b
	.quad 0x0000000001000001
	.quad 0x7dec7b09f269cca5
	.quad 0x0000000100000000
	.quad 0xfffffffffff89d6f
	.quad 0xfffffffffffffd6e
	.quad 0x53f946610f3491d1
	.quad 0x00000000000003ac
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xa21ec7ffbbaf7bed, 0x939379d41ed1fe00
	.quad 0x81000000f5b11453, 0x7e363d667ff9c34b
	.quad 0x3ef974fd8029835e, 0x8d9fa704fb9ec480
	.quad 0x51f4a1af38fe04fc, 0xbffc44ef7f2ed762
	.quad 0x87b8f578feee9ef4, 0x4a99ec39d7028001
	.quad 0xda000001bf000000, 0xbfda9ff4926850bf
	.quad 0x0000000080000000, 0xfff0000000000000
	.quad 0xfb86922cfc5300e0, 0x3f87f0e3c7ca76b9
	.quad 0x0000000011760fb3, 0x13b320a9c0000001
	.quad 0x2da6d369d6ebfc08, 0x84920eefbfe57d7f
	.quad 0xb9d67859992f5ed3, 0x7fd3b6813d72424f
	.quad 0xbde5ed11274e08f9, 0xd75fe6bfc116c4f5
	.quad 0xd0db0772bff36b7e, 0x047e5702cf7fffff
	.quad 0x0000000000000000, 0xc041be6a28553226
	.quad 0x370000009c9381de, 0xab0fa53bbfe00000
	.quad 0x8000000000000000, 0x00000000c1140000
	.quad 0x53337f60ff9bf7f7, 0xc016000000000000
	.quad 0x3c4823364f7fffff, 0x789d2bbee03b77bf
	.quad 0x92ae7b7845470000, 0xfff3680ae690d155
	.quad 0x867f2a530035a574, 0xfe297af3402c733c
	.quad 0x1a24d63adfdfae17, 0x007fffff80000001
	.quad 0xca2fb6cf666b0e8c, 0x5a713c8480000000
	.quad 0x3ff6000000000000, 0x7f89c19668174267
	.quad 0xcbab769971d5fc00, 0xc000000000000000
	.quad 0x800ca2d431ef88bd, 0x000000008040a9bc
	.quad 0x374f526ad7907e00, 0xc10a400000000000
	.quad 0x407dd8e1123705d4, 0xe15191cc9ffb7e6e
	.quad 0x7fc00000816e2863, 0x7ffb04950ad52ec5
	.quad 0x7d7ade8dc3a4c5ed, 0x7ff206d6cdea1b02
	.quad 0x7fdbc6379a556918, 0xa11b69d545dc3014
	.quad 0x0000000080000000, 0x14818598fff3f43d
	.quad 0x3eea200000000000, 0xb65c00003ffffffe
seed29:
	.quad 0x0000000100000000
	.quad 0xb4916beb30d39635
	.quad 0x86a2dba6ebecf37a
	.quad 0xfff3733031c2598a
	.quad 0xfffffffffffffda1
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcf8
	.quad 0x0000000000000067
	.quad 0x0000000000000781
	.quad 0xfffffffffbbc3d28
	.quad 0xfd33970779724c8a
	.quad 0xffff1eebf424a0b0
	.quad 0x0000000000000127
	.quad 0x0000000000000348
	.quad 0xbdf7ca0695569924
	.quad 0x0000000001000001
	.quad 0x04c00000
	.quad 0x30000000
	.quad 0xff800000f5710c97, 0xff84ba857f800000
	.quad 0xae4f9656c5999dca, 0xba8aa14d05b28ba0
	.quad 0x751cfcbdb6cbd5c0, 0x00000000811d9c0e
	.quad 0xc177f7d9518e7e9f, 0x526ca92a4d2bec64
	.quad 0x3f88d28bc34a8b8c, 0x7f8000007f800000
	.quad 0x839c395a382f3830, 0x40452ade06a7d1ea
	.quad 0x1499739ab7a928d3, 0x7fa74d3c40500000
	.quad 0xbedef4263eb21a51, 0x89b6d83bc0e00000
	.quad 0x401b2f71a2d3332b, 0x3f0ad289c0400000
	.quad 0xc4a700003efe2d97, 0xa4ef4f4cffd79000
	.quad 0x957ea932406a09ac, 0xcaf8ca86ef97f6f5
	.quad 0x42efffffffffffff, 0x60b5371fedfff177
	.quad 0x7c4c6b50f2235a00, 0xfff0000000000000
	.quad 0x06f7ac4aadf7b20e, 0x7ddddf4073b493a7
	.quad 0x0dfb6fa9edb8c5c0, 0x3f770540e68ad4a9
	.quad 0xbc350931c999fe06, 0x00634d7cffc00000
	.quad 0x3fdf2d2dc2273a18, 0x9751e62e40c80000
	.quad 0xc19fd4b7bb7bb77b, 0x2a785c1d1034549e
	.quad 0xffc0000000000000, 0xbffffffffffffffe
	.quad 0xff7d28d0bb2ffffd, 0x89f57350a970a038
	.quad 0x6f9e9e25108b5451, 0x3fbc6c975d2dbd14
	.quad 0xede48e2ab599e801, 0x61c59a57ffc5ffb7
	.quad 0xffa1b0b700800000, 0x7fdcd038d80bafc2
	.quad 0x9175ab5796d17c97, 0xb083cd6e7e8abf23
	.quad 0x0c805aedea6ed7ef, 0xbfd018c32aad31e0
	.quad 0x6b429b0c9d340000, 0x128034e42a16a9aa
	.quad 0x47317f6cff800000, 0x7fb24a227fc00000
	.quad 0x3811e858ebed7d98, 0xffb8b5067f800000
	.quad 0xa06eeb2ad7ffffb1, 0x80294f86fff6554d
	.quad 0x06fbba27c0300000, 0x7e323c7741688876
	.quad 0x856c44b87f5bfeef, 0x4a751f08fff17c00
	.quad 0xa595cfc88412fda8, 0xc3fffffffffffffe
seed30:
	.quad 0x0c857cb006532b65
	.quad 0x165d035132ababcd
	.quad 0x191f933221f561de
	.quad 0x00000003a0826461
	.quad 0x00000000000000dd
	.quad 0xff5e51a8eab7d648
	.quad 0xfffd44017cecd8ee
	.quad 0x3c0efff93db8892e
	.quad 0x00000000000001cb
	.quad 0x001a3b9ccc358ff6
	.quad 0xff321f0a67f4b12e
	.quad 0xffffffffffffffff
	.quad 0xdf61576398b0b493
	.quad 0x02f99e3546bcfb2b
	.quad 0x28756e6b05e1b478
	.quad 0x82c3d8c0d306f72a
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xbc6dc85e422675d2, 0x4bc63b25df7fffff
	.quad 0x000000008f0372a0, 0x801ba94d933a76f7
	.quad 0x25084b61e77fe345, 0x7ff7049f27c0656d
	.quad 0x3ef2000000000000, 0x4045234434dfc9df
	.quad 0xfff0000000000000, 0xac4b48ef07dc78f8
	.quad 0x43c65dda17447e94, 0x0000000000000001
	.quad 0x667ecdc8b5ef3c01, 0xd81615b27f800000
	.quad 0x8163432f4dec66ef, 0x3e8221b98081a311
	.quad 0xc309764aedb38a60, 0xfff8000000000000
	.quad 0xc0a40000006662cf, 0x3fdfef83765cace4
	.quad 0xffeebe3a80108fe7, 0xf31afc64adcadfda
	.quad 0x5d7d3f31ad77bded, 0x80099bdd4c6f5dc1
	.quad 0xff1f173149183b0c, 0x85321fcf806b7acc
	.quad 0x6546c857c3aafbcf, 0x594ae55bff864897
	.quad 0xf9eb05e4ffbb7f77, 0x00b632a13e283118
	.quad 0x91b636caf3de5b67, 0x34012da5eec84f50
	.quad 0x7fe5efdd40680000, 0x65af68b1396755ec
	.quad 0xfff0000000000000, 0x000f6fde93c84e6b
	.quad 0xf9a1e810fafcff6f, 0x0000000140800000
	.quad 0xbffe9f78c9bc8162, 0xa0e0e7af3ffcfe94
	.quad 0xffecdfc0d25dc857, 0x78c4c5e031d22cea
	.quad 0x1c5f83da3d8ea128, 0xff8ea518ff800000
	.quad 0x3e5c7c93bea1701c, 0xc552c5a8d414a5ef
	.quad 0xbf70346044b901a3, 0x81002700a3bb927c
	.quad 0x403f7d1e918fb774, 0xc0e800003cffc254
	.quad 0x66de27d2ffd5c400, 0x6ed3d5d6c0900000
	.quad 0x40ffffffffffffff, 0xff8000007f8e05b5
	.quad 0x7ff8000000000000, 0x1a22ce0353be3e7b
	.quad 0x573a234b572d3b4e, 0x6951e4c180328204
	.quad 0xa0b79d8b94e3b5b0, 0x75bfbcc445000001
	.quad 0xc4bfa1fd4d35a79a, 0xfe9d5302410e0000
	.quad 0xfff8000000000000, 0xb41403badb95d48c
seed31:
	.quad 0x0000000000000016
	.quad 0x0000004aa92fab21
	.quad 0x00000000007e6f97
	.quad 0xfffffffffffffde1
	.quad 0xffffffffffffff68
	.quad 0xf7de9ccef7e006e0
	.quad 0x0000000000000312
	.quad 0xfffffffffffffe12
	.quad 0x8000000000000000
	.quad 0xffffffef867138c0
	.quad 0x0000000000000001
	.quad 0xfffffffffffffff3
	.quad 0x000000000000001c
	.quad 0x71dc2cf014dd134f
	.quad 0x0000000000000471
	.quad 0x7b8040bd7eb7efc6
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x1d14f209f29fef1c, 0x80000000ff800000
	.quad 0x8e0b71817fc00000, 0xcb54d1b511a7fe00
	.quad 0x80000000bf21c284, 0x7fb118267faaf466
	.quad 0x7f95ebcb8f4458be, 0xff9b5eacfa3907f5
	.quad 0x4f19a0a945bd4e52, 0xffc00000817fffff
	.quad 0xffe0000000000000, 0x7f62fb53acc45b70
	.quad 0xffa625ac00000000, 0x000eea237f800000
	.quad 0x0a8044fbc71419cc, 0x4010800000000000
	.quad 0x29154dd7feffffff, 0xbf2f5480e0e2cbfd
	.quad 0x964161f9f36ff729, 0xfff8d5b01c59cc75
	.quad 0x405a80329cd666bb, 0x7e300333a5326b75
	.quad 0x0c0912de24d1fe00, 0x76f6a7cb4ce3f29a
	.quad 0x7ff8000000000000, 0x3a1578e5bbf7defa
	.quad 0x163a725925568b38, 0xc0dae71b7f800000
	.quad 0xd52d3142f8a4b225, 0x94b681dbedbdb6fa
	.quad 0xc02d400000000000, 0xfff8000000000000
	.quad 0xc06500003fe8a69a, 0x4ea9f992428fb472
	.quad 0x18cce0a4ff988dc8, 0x95c331c37fc1fc00
	.quad 0xffc000003fa00000, 0x4494cdb24b23fd78
	.quad 0x8000000000000000, 0x80000000df000000
	.quad 0x7ff0000000000000, 0x127dcf8440680000
	.quad 0xca0b0221c07ffffe, 0x012f885d80000000
	.quad 0x0007f85aff3d5ef6, 0x8000000000000000
	.quad 0x7df3b2ac5d3ce734, 0x90ff0bfd667dcfc0
	.quad 0x0fd1e4c61df9edb0, 0x4012000000000000
	.quad 0x1810af65de8403ff, 0x7ff8000000000000
	.quad 0x0880ae34dfdfafee, 0xff80000040000000
	.quad 0xfff0000000000000, 0x161b0c5818dc9f53
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x00068f0854cc3f9f, 0x5a000000ff8a8a5c
	.quad 0xfd0bac077f800000, 0x7ff8000000000000
	.quad 0xd586791b7fbff4e5, 0xdc1dc67d0c3e8094
seed32:
	.quad 0x95c372cfb1a8c311
	.quad 0x00000023d75d3cae
	.quad 0x00000000000000e2
	.quad 0x0000000000000092
	.quad 0x000000000000007f
	.quad 0x00000000000000fe
	.quad 0x1528d0ff504f308e
	.quad 0x00000000000003c2
	.quad 0xfffd556edc210c9e
	.quad 0x000001120fc9f950
	.quad 0xfffffffffffffd33
	.quad 0xffffffffffffffed
	.quad 0xe243d40aba1b0e32
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffc46
	.quad 0x0000000000000115
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x7843184f90fc8a6b, 0xffd0000000000000
	.quad 0x5980000140100000, 0xc088000000000000
	.quad 0x7ff6cecf0005f52f, 0x2bf4f3877ff77c9a
	.quad 0xc0477c8a94a09ef2, 0xa64752e3c7ebd3e9
	.quad 0x9504369c8a73c5cf, 0x7fb1849200000000
	.quad 0x7ff6cd2d8cd48d5f, 0xb17aa95cf96f20dd
	.quad 0x3f7c879cc0423fe4, 0xd208c6bfa82f39c0
	.quad 0xbb89f238bdea6b07, 0x4f33d88a4410d1fa
	.quad 0x7ff097cc7d525aa2, 0x94536680cbef9108
	.quad 0xbcd21464ffb14d3a, 0xead00653de91fe00
	.quad 0x4134000000000000, 0x01d72063fefdcdf5
	.quad 0x80000df58f12b843, 0x09382e566b7d0937
	.quad 0xff800000e848f558, 0xfea3bde55683c144
	.quad 0x068d930c7f7fffff, 0x9ee947758625526a
	.quad 0x00000001b9400000, 0xc210fe1b80e5aa6c
	.quad 0x315ed2fbda3e0000, 0x00262a8d3c058418
	.quad 0x87a4f3617fa82566, 0x40f0000000000000
	.quad 0xc01c800000000000, 0xcdf8d4647ffffecb
	.quad 0x5c5bf3c7cb1def3b, 0xfff8000000000000
	.quad 0x320ee0ebbf7b6c40, 0x0b4075a7fb0f7bdb
	.quad 0xffabac617f7f5a5e, 0xbf665718dbdb82da
	.quad 0xb772f991f2748800, 0xc084000000000000
	.quad 0x37d68ed1df1bff6f, 0xc011000000000000
	.quad 0x457b89c34b00bd2b, 0xbddf9488c15f0f2b
	.quad 0xdccb512f41cffc00, 0x90c3981202e28d25
	.quad 0xc0f93632143cda51, 0x7fa767b8ff9e049a
	.quad 0x0fce6d7480000000, 0x0000000000000000
	.quad 0x80000000c0a40000, 0x3833fcf91c8b8200
	.quad 0xde60f01d10ba7b47, 0xc02ffe90295654b7
	.quad 0x00270a08a30dd40b, 0x80fd7e20ff800000
	.quad 0x30909c07456efe53, 0xa76e92d9476d7c00
	.quad 0x84f160a8be800000, 0xff95f93100400000
seed33:
	.quad 0xffffffffffffff6c
	.quad 0xfffffff9830ef8d5
	.quad 0x00000000000003a8
	.quad 0xffd2a6a195724757
	.quad 0xfffef0cc249fcf7c
	.quad 0x35e30e4a780c88d5
	.quad 0x4b9069e2b3eb8b42
	.quad 0xfffffffffffff539
	.quad 0xffffffe59ed50b67
	.quad 0xfffffffffffffcaf
	.quad 0x412ebe7d8ee2f12c
	.quad 0x57782e67cedbfa74
	.quad 0xfffa9bf7046a6bc3
	.quad 0xfffffffffffffbc7
	.quad 0x000000000000021f
	.quad 0xc653fdfb5f5f976e
	.quad 0x04c00000
	.quad 0x30000000
	.quad 0xd5c7afd93dbefcc5, 0xf979c7389fa9a392
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xc05b5897516879d7, 0xbfd15abcd81ecb9b
	.quad 0xa456e6fcffdc46aa, 0xc1e0000000000000
	.quad 0xe272d209df3fbadd, 0x873446a0a96603bc
	.quad 0x3ade8066fc0efc00, 0x59550d86bfee7e8e
	.quad 0x7effffffff800000, 0xe38e161838b00000
	.quad 0x0000000000000000, 0x59da981eff8da78a
	.quad 0x7fc5205f424d695b, 0xff6f372173a17e00
	.quad 0x807cd0e3fae95498, 0x3f8000007fe4b35f
	.quad 0x0c51648ec0800000, 0x7f9709cc40b00000
	.quad 0x8399779fab93200d, 0x81067c384e9573df
	.quad 0x7a5bb620007eb9a1, 0x15c3f620e3beffe5
	.quad 0xbfe000000a18ada8, 0x7ff0000000000000
	.quad 0x4c91cab070a27ded, 0x97112ba61aaa0000
	.quad 0x01cb532a7f800000, 0x00086457eced19ae
	.quad 0x78ff8bdf3f7d1dc8, 0x004b7f2c35808001
	.quad 0x012083b47ed1b128, 0x8001a6dc6b0aee74
	.quad 0x7a8d45eb40c80000, 0x0010000000000000
	.quad 0x707a06d1e0f90000, 0x759bfdfb14a279eb
	.quad 0x3fbf7a89d134fbe0, 0x7f8000007f800000
	.quad 0xffc000004f7fffff, 0x36afb389fff30000
	.quad 0x7f88a0a4b8bd320c, 0x4f39c5e2fabfff5b
	.quad 0xbf4000007f800000, 0xffda1ca8c11c0000
	.quad 0x1f6c95af93327b80, 0x3ff1100000000000
	.quad 0xffc00000cedc7dd3, 0x8fb0a34e3c48d40a
	.quad 0xf1816a7fbdbeffad, 0xdbb84054201e0000
	.quad 0x017fffff80fcef79, 0x000471036bc4c800
	.quad 0x6b4caee6bace57ad, 0x699ca48c5cb844c0
	.quad 0x3adf0000ffe0cac9, 0x32db046a827757f3
	.quad 0x73fc6c585284f1bd, 0x92bcb7e7a9ad7e00
	.quad 0x803d9056779e9743, 0x806e431c3e2618aa
seed34:
	.quad 0x0000000002b9badc
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc2c
	.quad 0x99ed888b68752703
	.quad 0x451eaeae897341fb
	.quad 0xfffffffffffffffe
	.quad 0x40a68996c9613c33
	.quad 0x72986c5ec88a3a46
	.quad 0x00000000000002c3
	.quad 0xce5d323dca81ed42
	.quad 0xf7198fb68ceb82dd
	.quad 0x000000007fffffff
	.quad 0x0000024bc8725580
	.quad 0x1dabfce914e484fe
	.quad 0xab858572d883c1fa
	.quad 0xfffffffc6a55ee80
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x011dd9a000000000, 0xe1b9820e00017e13
	.quad 0x410800007f7fffff, 0xc5800000c7b80000
	.quad 0x3fc2bdec9f625472, 0xffbb989911db39c8
	.quad 0x404293a56a852868, 0x7ff8000000000000
	.quad 0x51e85e92d671c3ff, 0xbfba230d88740f0a
	.quad 0x404b9f49c7ae30d4, 0x8049e03640800000
	.quad 0x8000000000000000, 0x89c54542cfffffff
	.quad 0x99390864bdb18045, 0x956e805e002b06c3
	.quad 0x8630b59397f6e1e5, 0x702616bbfffffcfe
	.quad 0x443c5665ef5fd2dd, 0x018980b4bd45cdee
	.quad 0xfff0000000000000, 0x003eb6f77dbc8bbb
	.quad 0x80c044e7aa7d4684, 0x8427bdecf5a6756b
	.quad 0xeb7b61ec0e449d4b, 0x1c62aa8485f60218
	.quad 0xe7a74788fb7a53ff, 0x0026076249e98000
	.quad 0x8bf465b18ae2fc3d, 0xff80000080000001
	.quad 0x7f800000cfce916e, 0x312b16ebae7aee95
	.quad 0x401d3ff97f376c2d, 0xc018000000000000
	.quad 0xc155c58059528000, 0x000000003fb0eb80
	.quad 0x8000000000000000, 0x7f800000807bed76
	.quad 0xb4f84a55f72d088c, 0x800b651262de54d0
	.quad 0x004c59194fdbfc00, 0xcc3a3414365f997a
	.quad 0x79dbc1af6b3bfddb, 0x566267c9fbfc7b5b
	.quad 0x6b7b381352b25dfb, 0x7fbc0c4ce55b4dca
	.quad 0x03e2d19739c77d46, 0x8ee4763eefe38f93
	.quad 0xb45959d2855af835, 0x516e793c8689e4d8
	.quad 0xdcb92efa284df680, 0xb6bf9af0b7e0bee9
	.quad 0x7e74945fb85c3a4d, 0x0000000000000000
	.quad 0xdb0736aadbc1fbff, 0xc0600ccb4cd04f12
	.quad 0x8035fb89b6c00000, 0xc015800000000000
	.quad 0x6d6b2a1efe8c9f7a, 0x007fffffffc00000
	.quad 0x00000000017fffff, 0x807fffffff800000
	.quad 0xc0536d09d37ef064, 0x3ffffffffffffffe
seed35:
	.quad 0x000000007fffffff
	.quad 0x0000000000000216
	.quad 0xffffffff9d85a595
	.quad 0x0000000000000001
	.quad 0xaaf5e586dcef5857
	.quad 0x923602d010344c20
	.quad 0x7fffffffffffffff
	.quad 0xffffffffdc18ae66
	.quad 0xfffffffffffffffe
	.quad 0xffffffffffffe191
	.quad 0x0d958e51f7aa667e
	.quad 0x653ce23896411128
	.quad 0x0000ec666e034aff
	.quad 0xe9bca8d7dd192f54
	.quad 0x0b8fbe146465670b
	.quad 0x2777bc5eee0fac3c
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x304e41b8f731fc17, 0x9a7d054480000000
	.quad 0x73f3d30abc5ddf07, 0x000aa588e886d1c7
	.quad 0xffa39db64004ccb4, 0xc013000000000000
	.quad 0x802e97af81000000, 0x7ff0000000000000
	.quad 0x800ba32b828be000, 0x405dfcc6aa7e19fb
	.quad 0x002fffffffffffff, 0xd83218283b32fc00
	.quad 0x7fa28c5de824d189, 0x7ff3207f16896771
	.quad 0x43f0000000000000, 0x9a179eedfdfffd75
	.quad 0x040738b6edebf6da, 0xfff0000000000000
	.quad 0x3fa00000ff800000, 0x2ed7c94942e9b5a2
	.quad 0xbf73465720411812, 0xbbd68d8abb83c161
	.quad 0x7ff4c513551e30f6, 0x49a20f6d7febfdfe
	.quad 0xa270a002d2d6f432, 0x818700ac96c332e2
	.quad 0x909eddba7fb3e76f, 0x804d0f52ecd41179
	.quad 0xa4164e8dd3bd75fc, 0xff9c47d4e398199a
	.quad 0xf8f4deca72effdfb, 0x89cfee3704d6852a
	.quad 0xc1f6e9b6431cee0c, 0x288e06d2bd94a81a
	.quad 0xa77db68d8055cbaf, 0xda32c9bfbc6d7f7f
	.quad 0x1aa4a1ad3ffc9645, 0x8000e54bd09ea000
	.quad 0x018a854036c0ff16, 0x2600fe82ce4e4ab3
	.quad 0xfff0000000000000, 0x4ef2cc5cffb203cb
	.quad 0x7ffb968d802c06b2, 0xdf80000140a80000
	.quad 0x40488807886cec20, 0x12a04a2f53370400
	.quad 0xffdef85aff800000, 0x770de1c196871dda
	.quad 0x3fbda75c9afe11fd, 0x77d4eefa50a8514b
	.quad 0x406465b11e8116b8, 0x7fd0000000000000
	.quad 0xf9cb9386ff9ffecb, 0xdf000001805f159a
	.quad 0x40ba0ee7b8340000, 0x00aba661dcc6a7a2
	.quad 0xc10000009acbfd42, 0x7fa6da6e3d746b26
	.quad 0x0362922eb6235cae, 0xc4552b08c6bfd7bb
	.quad 0x3faed4d4c2440906, 0x3bf40000ffb41018
	.quad 0xa7ee37178e4fbd48, 0x3646f92a098ac001
seed36:
	.quad 0x143c5d075da21c1f
	.quad 0x00000126aaa33f52
	.quad 0x0020000000000001
	.quad 0xfffffffffffffe82
	.quad 0xb474bd34f3e68e75
	.quad 0xfffffffffffffeda
	.quad 0x1296d3d4f239ab52
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd1a
	.quad 0xffff8f9f279d725a
	.quad 0x0000000000000301
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffdf2a6
	.quad 0x0000000178995143
	.quad 0xffffffffffffff44
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0xff1ea05d00000000, 0xc008faa318bd0d06
	.quad 0xc00f38ce2115ec10, 0xfff0000000000000
	.quad 0x7ff124a269366d7f, 0x5b4bbb50cc7c8000
	.quad 0x3f7ef00000000000, 0x9b4c091c5baee4ea
	.quad 0x1285e38ed8c97c82, 0x3f43cfb842a60e70
	.quad 0x4010000000000000, 0x1bbfa2a1be274ac3
	.quad 0x4000000000000001, 0xbf759a12e8d4453f
	.quad 0x3ee00bf042180000, 0xc070000080478341
	.quad 0xc00ffffffffffffe, 0xdaf5e833ff9db6b4
	.quad 0xd24f591e49487d34, 0x53382d3cdb77b000
	.quad 0xc05c000000000000, 0xa3ca2e9dcd2909c7
	.quad 0x406d76216db23781, 0xb3363212eeb0325c
	.quad 0xe69aa47b310f6b09, 0x2c97bbd10b42349b
	.quad 0x7e1729f5c6720000, 0x1b8eee2a7c407642
	.quad 0x8067ddedec9baf00, 0xc3b0d97dbfe37355
	.quad 0xc000000000000000, 0xec11dc6745412a16
	.quad 0xfd0c3fc603e0d4d9, 0xe308e94b5cfcc8a0
	.quad 0x401cb19dcdb52b98, 0xb78a0000ff92cdea
	.quad 0xd2f81254fe7e17e5, 0x0000000000000000
	.quad 0x7f4c64ebdcfc61a1, 0xc01d5415c904d0c7
	.quad 0x7ff7c1bfd5c6ac90, 0xf7e713420d4ebbf8
	.quad 0xbf94218a5db6c1b6, 0xab47ceb678befce7
	.quad 0x7ff8000000000000, 0xd1bb0e3ddcdba1ce
	.quad 0xc29df7a780000000, 0x5711ea0504645125
	.quad 0xd98000007f800000, 0xde592c5feb0cc19a
	.quad 0xff9c83732c264e33, 0x3e88fd6eebcef059
	.quad 0x0adaba25ff8bfcbc, 0xde2c63205da965a2
	.quad 0x7fa660fc00000000, 0xc00c000000000000
	.quad 0x7ffa85dc9ba9d21a, 0x5e461f64d4a0bc01
	.quad 0x7dc3abf8f9384d46, 0x10df155ad474fd03
	.quad 0x12c65652e3c8fa2b, 0x1f0a85777f9c7d01
	.quad 0x98b4b3062ae6fe00, 0x7fbb5c7dbd600000
seed37:
	.quad 0x7658744545b4c217
	.quad 0x0020000000000001
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x00000041673256ec
	.quad 0xffffffffffffff81
	.quad 0x0000000080000000
	.quad 0xffffffff95304a3f
	.quad 0xdd5296089891b28f
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdab
	.quad 0x0000000000000000
	.quad 0x000000000000015a
	.quad 0xcd715be7359fb4d5
	.quad 0x932b1c0c0d220e2e
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x2a4fb2227f8fe61e, 0x40700000ffe48c4a
	.quad 0xecc4c948c1a2d19e, 0x5f7ffffe7f800000
	.quad 0x00000000412f1ea5, 0x00000000257f8775
	.quad 0xff803ceb7f800000, 0x40b1b24d0054cc1b
	.quad 0x4e8aa7f7d2018400, 0xae2d05bdd27f05da
	.quad 0x5f93e5caa38bc5e6, 0x82852b4b57131f1d
	.quad 0xd996ed8b7feff7de, 0x8020000000000000
	.quad 0xbd13cf2d4f55a155, 0x1cc6a2a77fc00000
	.quad 0xbfbb61d18c4bd1dc, 0x3fe8000000000000
	.quad 0x8000000000000000, 0xc1effffffffffffe
	.quad 0x6424cfa4f7f27c30, 0x1b45887100000000
	.quad 0x419af8eebd48c636, 0xbfdbf7effb32b117
	.quad 0xbfa87a8573778999, 0x6df18ae79dccfe7e
	.quad 0xc3a4b797c2e6ea03, 0x05554771ffc00000
	.quad 0x456a00003b85c458, 0xfe82f37034a103f5
	.quad 0xa810b08e8977abe3, 0x43d387e8d5ffffff
	.quad 0xaad15e50a25a9b9e, 0x8000000000000000
	.quad 0x074159e180ba1b58, 0xbb78dd99ffb8785c
	.quad 0xff800000096599c2, 0x7e69fbd7e12668da
	.quad 0xc7c3b757fffeff7b, 0x3da3bbd88ff7edff
	.quad 0xbe2d411a5f000000, 0x3a81ea20ffd21f17
	.quad 0x80ffffff7feebc2e, 0x001320ecbca824cd
	.quad 0x4715b8bd3f7b2226, 0x0072e3d13ebac3dc
	.quad 0x0156ee373f200000, 0x8000000000000000
	.quad 0x8b159c54637fffff, 0x0000000000000000
	.quad 0x42f7f1c843a09d09, 0x3f7a400000000000
	.quad 0xcd8ac3307dfe16fc, 0xa1c212287fa3393a
	.quad 0xd5bb6972e9fea984, 0x807fffff00e12cf9
	.quad 0xfe72c962ffc00000, 0xc5e4b79bf9f3c5cf
	.quad 0xbf5c6c426bb510d8, 0xa5e80d2afffe782f
	.quad 0x44fa8398bc7edee9, 0x027dbc9a1dfbdf62
	.quad 0x5a33d0337e800000, 0xc640000088496412
seed38:
	.quad 0x1826a7da2cb2e4cf
	.quad 0x00000000ffffffff
	.quad 0x7dc5b4f434215526
	.quad 0xfffff68ed7d72cdc
	.quad 0x000562f7787d57d3
	.quad 0xfffffffffe5fbeed
	.quad 0xa5f2ded264360af2
	.quad 0xfffffffffff0a4e3
	.quad 0x0020000000000001
	.quad 0x000000000000009b
	.quad 0x47682e7d36987daa
	.quad 0xf2775b6eff2918de
	.quad 0x0000000000000086
	.quad 0x0000000000000194
	.quad 0x000000001317ba48
	.quad 0xfffffffffffffeb7
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x5ad8fcf8c9e70000, 0x5b14f73afffe7dcd
	.quad 0x3baa7f97cc14d2e8, 0x4006000000000000
	.quad 0x1702e015eaa7d77e, 0xdcc984f2cfde7d24
	.quad 0x001d0f2c3107a72e, 0xcfe367f89084cb9b
	.quad 0xf9983c29bfbbfffc, 0xf7da1600ffc6a514
	.quad 0x8008f751e5a5b674, 0x9ee9043fa2974491
	.quad 0xe7c6999ddcfbfc00, 0x51046a296dc9b8e8
	.quad 0x41b4000040a0d33c, 0xee8d7e247f84331e
	.quad 0xcc4e24eebdafa7ff, 0x280eb78ad6257f2f
	.quad 0x8009dc5ce2b442fd, 0x81983a6d58a1ca83
	.quad 0x8000000000000000, 0x83e5f3517ffba03c
	.quad 0x60f9bdd21b7fffff, 0xffec36f97effffff
	.quad 0x3d260d89ff000000, 0xc0a800005a7fffff
	.quad 0x00134c354ce90502, 0xbdf6babbffe52f92
	.quad 0xff8be1aafd3d8dc4, 0x007568237f9c7761
	.quad 0xb4a809d28e272ce8, 0xc4aff2337f71bfb7
	.quad 0xff8000003c560a21, 0x2eea602afe5edffc
	.quad 0x00af9bf739c52851, 0xff8b599280000000
	.quad 0xda3a2ae3db487e5c, 0xd9fffffe7a66e1a0
	.quad 0x7e10820d0d3d8b26, 0x40072077b948a899
	.quad 0x7e8c5e43ffcce273, 0x00323889966700ec
	.quad 0xa801671453fc3c75, 0xbf5c000000000000
	.quad 0x8ada3c19652a7d49, 0xfff0000000000000
	.quad 0xc15b989ec08c0000, 0x800e7e755028225c
	.quad 0x7fe2f95480000000, 0x0000000000000000
	.quad 0xc08c000000000000, 0xe3a6a227724ece40
	.quad 0x3f755a018af747dd, 0x003958300dcc3225
	.quad 0x6a8800944df7effd, 0xff8000007eebd96e
	.quad 0x004ea385bc39d7c9, 0x01404539ff800000
	.quad 0x407c563276aefbff, 0xfff0000000000000
	.quad 0x34d44e0bfeefeaba, 0x05baa574fdfffebb
	.quad 0x08a7238470c9fc00, 0x2f51fd7b740a4b0f
seed39:
	.quad 0x41d5c88c2d27deef
	.quad 0xfffffffffffffea7
	.quad 0xc0f091bed33b8f52
	.quad 0xfffffffffffffe2b
	.quad 0x6b53c70fbc0cb109
	.quad 0x0000000001000001
	.quad 0xfef44418d96becdf
	.quad 0xfffffff3a0c4e4a1
	.quad 0xfffffffffffffc75
	.quad 0x338cda31a119cc6b
	.quad 0x752d20baf771a366
	.quad 0xc2445feaeb0f291c
	.quad 0x27505af9cb875979
	.quad 0x8000000000000000
	.quad 0x2bab12aee952028e
	.quad 0x000000000000035f
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0xc0b80000c0980000, 0xcf8ccf0832ce79fb
	.quad 0x08b1c9b29497b9fe, 0x0018203a807fffff
	.quad 0x7582413cdf669a99, 0xb0eb1a070a937876
	.quad 0x6b3c64d4feef2e78, 0x40e0000000000001
	.quad 0x8aba1477557bdaec, 0xffafb337005cb901
	.quad 0x3d1c1b7bc077c74e, 0x06d9a3e27fc00000
	.quad 0x772b097ffffb7e3d, 0x962d55f9fb587c00
	.quad 0xc03228bd19ffeb0a, 0x7fcf8eb34229fda2
	.quad 0x0000000000000000, 0xfb2e5f19ffcf8b84
	.quad 0xc16a16407fc00000, 0x7ff73cb361d86e16
	.quad 0x55f606ef4145d44e, 0xbfe800000bc8b469
	.quad 0xc09f000000000000, 0x7ff0b3442da31b08
	.quad 0xfff8000000000000, 0xd21f2486516f3e00
	.quad 0x2e3be2d12c8e4ad5, 0x8000000051ae0d6a
	.quad 0x2f9feafc7d7b7e23, 0xc06c000000000000
	.quad 0xbfa4800000000000, 0x7ffb5b24e04a1dad
	.quad 0x7ff8000000000000, 0x000000015a000001
	.quad 0x7a267f44dfdd2270, 0x0000000000000000
	.quad 0x825c65e8357b5762, 0xbff0000000000000
	.quad 0x8000000000000000, 0x40bc00007fb16a69
	.quad 0x7f8586a000000000, 0xbd848756f9efd7c7
	.quad 0xff80000000800000, 0xfe800000455dd705
	.quad 0x201233e8fef7be3e, 0xc0ef9c4abdfcdcb7
	.quad 0xffa26b25ff000000, 0x7debbc966b08a0dd
	.quad 0x418194aa7fb993ca, 0x7f2b639f9f948131
	.quad 0x800000007fc00000, 0x2dd161df8561fca1
	.quad 0xa5121fa2c5288fd7, 0x001012b887dc17c0
	.quad 0xbf90558b8f475188, 0x45c00000ffd17abc
	.quad 0xc10600003becb463, 0x401e000000000000
	.quad 0xbff726193b8cd138, 0x7e4348c860206932
	.quad 0x7f800000c0d80000, 0x43e0000000000000
	.quad 0x48400000c0496f9e, 0xff7fffff5cc22ad8
seed40:
	.quad 0x0000027325aab41e
	.quad 0x000089c4c3c3f44f
	.quad 0x00019bb2531e9ee5
	.quad 0x0000000000000001
	.quad 0x3baa412aa4926b18
	.quad 0x0000000080000000
	.quad 0x000000000000005f
	.quad 0x00000017bef2fac9
	.quad 0xfffffc83565dadb6
	.quad 0x000000000000033e
	.quad 0x000000007fffffff
	.quad 0x0046045894251ee5
	.quad 0xffffffffffffff67
	.quad 0x00000000000c7a14
	.quad 0xebabc8a463f72046
	.quad 0x0000000100000000
	.quad 0x03c00000
	.quad 0x80000000
	.quad 0xffd1f65d49430947, 0x7fdfffffffffffff
	.quad 0xbbd1ee0556670000, 0x40300000fe800000
	.quad 0x10927aeeffd50237, 0x806f8373422dc926
	.quad 0x40f0000000000001, 0xba9ef3e6e12aaa00
	.quad 0x004043dd74b02762, 0x8000000003362a77
	.quad 0x8000000000000001, 0x8f0834431aa52328
	.quad 0xc6827738ae79f7ef, 0x78ae39cec4ceba98
	.quad 0xc2c00000ff800000, 0x7996d66b7f8cfc00
	.quad 0x80198c113caf1eca, 0x8b1d47b4b99ebe66
	.quad 0xbf87400000000000, 0x3ef6800000000000
	.quad 0x06f4bd3d06cb9f64, 0x81072cc8253d2fec
	.quad 0xeef7a4cc3f61daee, 0xbcb4dc4c4aaf5a5b
	.quad 0xbc2e600880000000, 0x8005fef4844b14b7
	.quad 0x983eb410daa6ce53, 0x143cb856c3444035
	.quad 0x288602d1ddce85b8, 0x800000004289d5fb
	.quad 0x65ac9d59f5344520, 0x61e368f4039b4480
	.quad 0xb1cd8673a5766e4f, 0x3fae4d5b8716161f
	.quad 0xde3a829bba2bfde4, 0xfe60b7bc2d02496c
	.quad 0x3247d925ffd23f1a, 0x3febc776aa50eeab
	.quad 0x82e67381ff77aeff, 0x8000000000000000
	.quad 0x034459cd1f97d675, 0x017fffffba7b8000
	.quad 0x5f0ae05aac287640, 0xff38501e55a00fc4
	.quad 0x7ff8000000000000, 0x89c64c2aaa7477ac
	.quad 0x803fd647bfc821e8, 0x86466263f7b0f461
	.quad 0x4afc7ff24e6a0000, 0xc0900000bfacfd18
	.quad 0xc4bc0c5ccfb52813, 0xed23d744fbc9497f
	.quad 0x3de41675930fea30, 0x7f44039d559efe24
	.quad 0xbb8c9cfa3bbf3080, 0x420048829a0faddf
	.quad 0x7ff0000000000000, 0x75074a12e9df545f
	.quad 0x119a459aa8c09ef5, 0x0000000035a17a2c
	.quad 0x004ea83041dd96cd, 0x4dace05effffc5df
	.quad 0x7bee62786ffe3f9b, 0x7fc000007f800000
seed41:
	.quad 0xfffffffffffffdcb
	.quad 0xfffffffffffffffd
	.quad 0xfffffffffffffc34
	.quad 0x76f6d74845e5a570
	.quad 0x000000000000006d
	.quad 0xffffffffffffffff
	.quad 0x02bab39c6c1a2e35
	.quad 0x1b372885de0d3859
	.quad 0x8e67b86f9055d5df
	.quad 0x0000000100000000
	.quad 0x000000000002eef1
	.quad 0xfffffffffffec68f
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc70
	.quad 0x0000000001000001
	.quad 0xd501e5fbb1a86237
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x94f9a2cfffbadffb, 0x5980000180000000
	.quad 0x8a96c67353fe9fbd, 0xe93a1e2cc7ffffff
	.quad 0x7ff0000000000000, 0x1a05445ad5ad30b8
	.quad 0x4021000000000000, 0x7ff0000000000000
	.quad 0xa948a9b895bf75fd, 0x0000000043f9ef39
	.quad 0x00000000ffc00000, 0xbc3b6ce292a5103e
	.quad 0x7ff0000000000000, 0x89b1fe36906c57b1
	.quad 0x003ca3593c181692, 0x3e4442e33f5692b6
	.quad 0xa5f2d9f387750000, 0x3b88ccd67f800000
	.quad 0x000fffffffffffff, 0xc033b46f79112746
	.quad 0x0f7122cd7caa6fab, 0xc054a422cf8680fb
	.quad 0x00000000ffc00000, 0xad009a20b3d7c206
	.quad 0x40b683ccce97c5c7, 0x2310b4777f81ffdd
	.quad 0xc01442b0479c509c, 0xbe9218bbbfc00000
	.quad 0x6c2599f7813e2abe, 0x026141d54e3fff72
	.quad 0xc00255d611955587, 0x800000003fdd8000
	.quad 0x1cf813882ac3fc00, 0x7608a279fbfcde37
	.quad 0x4b84dca6dfffffff, 0xb4151824b5fc5ecb
	.quad 0xc00127391eb9a532, 0x77c3c7fb892fffff
	.quad 0x95d7f7f97fc00000, 0xf27afec445d5c280
	.quad 0x8005d0b1a6e86844, 0x7ff0000000000000
	.quad 0x4125000000000000, 0xb1d13721ff33fdfd
	.quad 0x599c8501fef75bf7, 0xff80000083007fa2
	.quad 0xc1ea31b3584e2685, 0x7ff0000000000000
	.quad 0x468e224e7e4efc00, 0x2a957974c16f8096
	.quad 0x7ff8000000000000, 0xfff1adeb969c5e39
	.quad 0x00088062cd1c42eb, 0xc002000000000000
	.quad 0x34b7fc85e9f3fddb, 0x825305b400000000
	.quad 0xfebe9deef3760d72, 0xc01d000000000000
	.quad 0x7ff0000000000000, 0x42b70000e2cd833e
	.quad 0xcca530bce7fefcf3, 0xe9696ed4fdc9f2c1
	.quad 0xf5e2f81f6f7a4c23, 0x7feee84dff8a4aa1
seed42:
	.quad 0x0000000000452de5
	.quad 0x06e12fbac9f573d4
	.quad 0xffffe2f2f2336e18
	.quad 0x0000000000000279
	.quad 0xffffffffe12d0a58
	.quad 0x213f30d4df50f8d8
	.quad 0xffffffff70ed34c0
	.quad 0x0000000000000293
	.quad 0xffffffffffffffcc
	.quad 0x03553da90318087b
	.quad 0x1c35f1e1e6126964
	.quad 0xfffffff7d5228877
	.quad 0xfffffffffffffdec
	.quad 0x07a9c3349852435c
	.quad 0x2dd072b000a203c7
	.quad 0xfffffffffffffb06
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x5f80000080000001, 0x7f91869647800001
	.quad 0xf1ad23e9b3ddfc9e, 0x4022800000000000
	.quad 0xbd8445c4ff800000, 0x82badcd42e542f9c
	.quad 0x3fec000000000000, 0xbef0000000000000
	.quad 0x8f5e797f4660a076, 0x00800000c0171a89
	.quad 0x7f3b08c544448dc2, 0x800eab4640f9ff18
	.quad 0x97ba40e5ebf7fdbb, 0xbc68b60bf77ff11b
	.quad 0x8009b501d06f445a, 0x011d4577131730d1
	.quad 0xbfe58ef6d9e46541, 0x7fc0000000b041b7
	.quad 0x7f7fffff1dccee1f, 0x8000000000000000
	.quad 0x006049e1dec35f0e, 0x7fc00000fe4f0483
	.quad 0x7f80000070421b49, 0x8282ad4a1e5d10a4
	.quad 0x3fa000003e4e6fa7, 0x0000000000000000
	.quad 0x86e9af1d3f9e7c15, 0x47ac000080195008
	.quad 0x4020400000000000, 0x400c35dc84f97196
	.quad 0x069e673dffe9ffec, 0x40b80000cd389165
	.quad 0xfff8000000000000, 0xbe8b6f6d7ffdffeb
	.quad 0xc0700000b86ad98c, 0x1028a5fcd4f6fc00
	.quad 0x802fffffffffffff, 0x11239ddf57efff9d
	.quad 0x53217a5a813c591b, 0x5d4b9fbd2e29a4cf
	.quad 0x7f8a909e8052bfa1, 0x0003a1a190b703ec
	.quad 0x7fc00000df06520b, 0xffc00000bfc3effb
	.quad 0xbf7991526343aace, 0x001fffffffffffff
	.quad 0x1b9eb07a8056fc8b, 0x3f613982ffe4fb97
	.quad 0xf7a0724b47761fc6, 0xc780000100000000
	.quad 0x3eb1e00000000000, 0xffd4abf8439c0000
	.quad 0x3d2f491244633ef7, 0x3fb26d5d26adda73
	.quad 0x3ebac00000000000, 0xd7e76a38beb4cab7
	.quad 0xbfa94bb4a93981e2, 0x1f3f747dfff3f3dd
	.quad 0xbaab7b2d7fd6d2ff, 0x40189317fe64a730
	.quad 0x3e868803dfffffff, 0x079cfc11477ffffe
	.quad 0xc06386969d925a0b, 0x00369a144040f69f
seed43:
	.quad 0x40f0ebc026876d18
	.quad 0x00000000000019a8
	.quad 0x06c0b79c9d5f6716
	.quad 0x818376d577bc230e
	.quad 0x173dbc30facb54a3
	.quad 0x0000000100000000
	.quad 0xfffffff262d81dce
	.quad 0x3525e2075ac5cc7c
	.quad 0x000000000000028e
	.quad 0x0000000100000000
	.quad 0x0000000000000364
	.quad 0xfffffffffffffef7
	.quad 0xffffffffffffffef
	.quad 0xfffffffffffffd28
	.quad 0x000000015a92a7ff
	.quad 0x3811da700298aaa4
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x000c2c5694460dc1, 0x3ecc000000000000
	.quad 0x3f68000000000000, 0xda1ecbae33bf7c73
	.quad 0x35deb8d777758bf7, 0x4b81c7526aff01c0
	.quad 0x59be0186ffffcfb7, 0x108c442600000000
	.quad 0x5d7d9116becbef5e, 0xfe80000080671484
	.quad 0x192a6e5724ff9249, 0x76a5b99b004bf847
	.quad 0xdd7ded94bc420000, 0xe0cf3c047638a949
	.quad 0x7fa47ceea4104950, 0x3faa0ddd2c436d74
	.quad 0x6d39400ee8fbff70, 0x5a7c027aff800000
	.quad 0x41040000bf3ed01d, 0x512c09527ffde7dd
	.quad 0xdf9e6c63f6ff474f, 0x3fe7f275902e611f
	.quad 0x9af6438f7f947606, 0xa5cec7456030743d
	.quad 0xcb9bad5ce9bf957b, 0x8352d731035c01ff
	.quad 0xd8ae002a50478000, 0x2e06c4274190b716
	.quad 0x3ffffffffffffffe, 0xc239b4af9f513c5a
	.quad 0x44fadf64ff67ffa7, 0x377380003e7add62
	.quad 0xf947ce89c3b67c6f, 0xbd5d0f5c40400000
	.quad 0xf621c0a9653d368d, 0x8000000000000000
	.quad 0x29f79ec9ffca5a80, 0x7fc184c17f9a4d5e
	.quad 0x1beafcb8d152c213, 0x4016000000000000
	.quad 0x0cde6397bebffd9f, 0xffc00000ff7fffff
	.quad 0xbfc6000000000000, 0xbca487b5f2c7ffe1
	.quad 0x47826e7f2e5cc784, 0xfff0000000000000
	.quad 0x14678a8cfcbb5940, 0x43e0c967b7400000
	.quad 0x7f000000c1220000, 0x59fffffe7effffff
	.quad 0x6f6bd107ff830400, 0xf60ca52f27b2b320
	.quad 0x00000001c0780000, 0xbb9044adef2d2a80
	.quad 0x898eee5f40f4b645, 0x43a0b31840cc4d68
	.quad 0x7ff0000000000000, 0x3ce0b6a3dfb3fd7b
	.quad 0xff7ffffffb4e8298, 0x7950c3697b427ffe
	.quad 0xbfd75fe5bcc80000, 0x800d12fa47a8a44e
	.quad 0x0e1ad043fff9efa7, 0x7f800000bbe083cb
seed44:
	.quad 0x0000000000000374
	.quad 0x084c1710476dd8ae
	.quad 0xffa9454a60a8af32
	.quad 0x00000c5f40e61c1f
	.quad 0xffffffffffffff8b
	.quad 0x0000000000000034
	.quad 0x0f77115fc2467d8a
	.quad 0xa1dc9f533e889dac
	.quad 0x000767cda3b2af06
	.quad 0x0020000000000001
	.quad 0x8e58dce207102511
	.quad 0xfffffff87b279db2
	.quad 0x920efbb166091e98
	.quad 0x0011f8bd19c2fb2c
	.quad 0xfffffffffffffedb
	.quad 0xffffffffffffe7be
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xbff153036ad29143, 0x3b70000000bd5353
	.quad 0xe46ee3eaf3f7f9fc, 0xffae53053f4a785b
	.quad 0x80004ba773e76991, 0xcee269b07fdae6dc
	.quad 0xff80000074bc692c, 0x43e09adfebd121e4
	.quad 0x7fc00000da000000, 0x6fbcc5b3f5fefecf
	.quad 0xc04e30c09c213a31, 0xffe7f51cc1d00844
	.quad 0xe88da5a5937f43fe, 0x3f20000000000000
	.quad 0x796d6c320964cf91, 0xa62c400c4d62d25e
	.quad 0x3b40000080f2f92d, 0xfec86da9c0d1fefa
	.quad 0x26dabfc81f9cf71c, 0x00000000b5f00000
	.quad 0x8a069615f6a7d781, 0x80000000fd85a159
	.quad 0x3ffbeaea9ff92885, 0x78bb3449d0717e00
	.quad 0xfff523eded54d17d, 0x800e0b88e7baaa2f
	.quad 0x9e5eab42c0845189, 0x3c46903effc00000
	.quad 0x369c2b309a337c68, 0xc01000000027449f
	.quad 0x8000000000000000, 0xbfad30605aa78e36
	.quad 0x296db938fd82cbaa, 0x5798731f5f69f926
	.quad 0x43efffffffffffff, 0x68460d9771b0dc16
	.quad 0x7fc000008c472c2f, 0xc57ffffff830b9c0
	.quad 0xdc9d3014dfffffff, 0x085dbfbbf7ff7cac
	.quad 0xccc5b2f4ba251dbe, 0xc186ad4a146d15d9
	.quad 0x7ef3a417a8c20992, 0x3564a82cde5cf3ff
	.quad 0x401d000000000000, 0x7ff771c494c30651
	.quad 0xd39dc158bfdffe1d, 0x809c6f6c3a000000
	.quad 0xd510bb1b1b7ef3df, 0xc3d7ff48002ec640
	.quad 0xbffd844fb7a1cc74, 0x8e911c53ff8a549f
	.quad 0xebaa47805b8cd6ac, 0x0000000000000000
	.quad 0xbf42000000000000, 0x40680000415368bc
	.quad 0xff07ef3ab49fe28e, 0xc017000000000000
	.quad 0xc30fffffffffffff, 0x0010000000000000
	.quad 0xdb7b37b4f2979df7, 0x1a56e879bf6ed7bb
	.quad 0x800000003f000000, 0xbbd2ce8eff95fb5f
seed45:
	.quad 0xc1b0eafbc5a30ed4
	.quad 0x00b45f0e83fbd51f
	.quad 0xb0a3810395f4eb0f
	.quad 0xfffffffffffffffe
	.quad 0xffffffffffffac83
	.quad 0x478dcb2baf461dbb
	.quad 0x43bc2689e4be6be5
	.quad 0x0020000000000001
	.quad 0xffffffff7dcab711
	.quad 0x000000000003d717
	.quad 0xfffe7c03f26cb57b
	.quad 0xfffe97500eca2313
	.quad 0x0000002bea017047
	.quad 0xcb4f2415310e5d9d
	.quad 0x000000000000b378
	.quad 0x43c6759dafd73f36
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x30b15b59cd8f3785, 0xc3e713ce42000000
	.quad 0xfff77db01f3a3c55, 0xd1df47d9f5a47ea3
	.quad 0x7ff8000000000000, 0x311c7145cbd2ffff
	.quad 0x8117fcac2693542e, 0xcb11a98939a3fc00
	.quad 0xcf7ffffe7fc00000, 0x33e41ee60871eafc
	.quad 0x40791dbbc1ff0838, 0x3fabb8065e5b0111
	.quad 0xff8000000abc5dad, 0xc06e002f909b43af
	.quad 0x4053e301fb895b84, 0xffc586a98cc38f04
	.quad 0xffb14a9d0f96dd9f, 0x031fbab7ab22ff07
	.quad 0xca143ed06495fc2a, 0x035a5ac2519073b5
	.quad 0xac1b31267edbef5d, 0x4089efce13f48632
	.quad 0x7f8000007ec4e803, 0x4000000000000000
	.quad 0x017fffff407fffff, 0x46f1000040000000
	.quad 0x0001f05b7ff8b25c, 0xd4940844b5f08375
	.quad 0x802e0c17927af740, 0x402cc4287707f9a7
	.quad 0x69ed19abc3b02a59, 0xc259517269f7feff
	.quad 0xc0691d6badcd5891, 0x3ecdc00000000000
	.quad 0xa85ce683c9ca2f4b, 0xbbe632e0dd9f4586
	.quad 0x2755169f81ff0000, 0x4058440a91c5b873
	.quad 0x8000000000000000, 0x3fb201eac78275a1
	.quad 0xb9600000fea71ab9, 0x02c6920cf8ec2d85
	.quad 0x83f8ba787fc00000, 0x0407f073408c0000
	.quad 0x8000000000000000, 0x7fed564a3fc68d23
	.quad 0xc058000000000000, 0x031537d37ffda9bd
	.quad 0xc04000004e7f5032, 0x5a467855c00afe00
	.quad 0x001c0fb000800000, 0x000b2d3cd6843ef7
	.quad 0xffec1bcac7889bbf, 0x9d7715413fffffff
	.quad 0x401e000000000000, 0x412b7e7680800000
	.quad 0xff8000004394a30c, 0x72365e4b8a9de2ef
	.quad 0x6bbc6fd3d975fe2a, 0x7095a0d8f16e4bfb
	.quad 0x80cdd8cd4d9efda3, 0x8000000000000000
	.quad 0x7f800000ff845d67, 0x02c69d94b6fafe00
seed46:
	.quad 0xd07a653591d79690
	.quad 0xfffffffffffffd10
	.quad 0xfffffffffffffece
	.quad 0x91c4c8b62d338554
	.quad 0xffffe418f2bb8724
	.quad 0xfffffffffc543076
	.quad 0xffffffffffffff55
	.quad 0x000000000000032b
	.quad 0xaef8f7696fae6686
	.quad 0x000000000000010b
	.quad 0x00000000000003c9
	.quad 0xfffffffffffffde2
	.quad 0xe0665d9e9cc58abf
	.quad 0x0000000100000000
	.quad 0xffffffffff364a96
	.quad 0x000000000000000f
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x58d0a3b8fcfb8200, 0x81270def0138c668
	.quad 0x72a00a00c83e8000, 0xbbccd807bd7c876b
	.quad 0xc01a000000000000, 0x3781c32cffafde7f
	.quad 0x7ff236b5870f7391, 0x412470625e6a593a
	.quad 0xff8000001cee9758, 0xffc00000c28e0f83
	.quad 0xf3c85242ebffffff, 0x60164ffb57010001
	.quad 0x412fa10bc15c4af2, 0x4700000000000000
	.quad 0xf5d81c810cc610c9, 0x76670b4891372c7d
	.quad 0x86105b83e8e6fbff, 0xc11f200000000000
	.quad 0xb01e797d12b06041, 0x3fc7e610ffff4ef1
	.quad 0xfeffffffa663dc8f, 0x4dd91e47c0a67c98
	.quad 0x6ff349b033ba0182, 0xbfd14ab68dad5516
	.quad 0xc04000007efddc24, 0x817a32a7ff9eed9f
	.quad 0x36829ee63e023573, 0xd16570dbd0f8ee3c
	.quad 0xc0b3025f5f000000, 0x8525303da69803e5
	.quad 0x003c3e5ac272d46a, 0xff55c9a3caf7aa78
	.quad 0x7f65e9517fffbfde, 0x8000000000000000
	.quad 0x002536a67effffff, 0x4adf04cdd96734dc
	.quad 0x92e09c8ea97b694c, 0xca2f119d76a1c000
	.quad 0xfff0000000000000, 0x9039cb75087b7c00
	.quad 0x008af8cc3b583ca1, 0x40720eefd8e252b8
	.quad 0x7ffc15d81026c0a4, 0x2020d1f65cb58000
	.quad 0x145c113dffdd8000, 0xfd7a44ebffbc7c00
	.quad 0xc3e590618787c0dd, 0x1ac8a5d689295c7b
	.quad 0xe92c3f20d9eec380, 0xf6be8e01febf7f1a
	.quad 0x323df5abcf74fc00, 0x7e90980fea7432c0
	.quad 0x969d66ffffebf8d6, 0x804272dc734ef758
	.quad 0xfff25a40a53b1f63, 0x0008000000000000
	.quad 0x8000000000000001, 0xb86f5523d9305e37
	.quad 0x0000000000000000, 0x9e74ea58ffecc9b7
	.quad 0x007676358029b49e, 0x001fffffffffffff
	.quad 0xb869000077405da6, 0x7827c761c2b07c00
seed47:
	.quad 0xfffffffffffffcf5
	.quad 0x002445145e70fcb3
	.quad 0x00019b7f0cfbf441
	.quad 0xaa194d7bfd08305e
	.quad 0x0000000080000000
	.quad 0xffffffffe296db76
	.quad 0xffb25cabf3f0f5ae
	.quad 0xffffffffffffffa9
	.quad 0x0000000000000203
	.quad 0xffffffff9042a737
	.quad 0xe6c4e2a5b3cc0eac
	.quad 0x00000000ffffffff
	.quad 0x5309586112ccc344
	.quad 0x9c5ccae28586a3f2
	.quad 0xffffffa997d60755
	.quad 0x00000000000003ae
	.quad 0x04800000
	.quad 0xb0000000
	.quad 0xc7000001ff800000, 0xc27d5a545fc870bd
	.quad 0xb11084a07bf1c6c0, 0xfc256f47a42a9d0b
	.quad 0x7f808793ffc00000, 0x11f41dbcdfeae24d
	.quad 0x406c1967604a8525, 0x884c0843446c0fd2
	.quad 0x7ff68ced222111b0, 0x6895ac33bf9f7aef
	.quad 0x001fffffffffffff, 0x7f688fbdd71d0c07
	.quad 0x7f800000807fffff, 0x80000000c4300000
	.quad 0xb149952e5f7ffffe, 0xd46b3060409c0000
	.quad 0xed3ccc731550fc00, 0xffe1a3f76457281f
	.quad 0x0212cd84ada368e8, 0x5f0bdb18ee011338
	.quad 0x8c115e627fabd9a2, 0x0000000000000000
	.quad 0xc013000000000000, 0x954a9174cd44406c
	.quad 0x734012205cc3c364, 0xff8000007f000000
	.quad 0xff8000007f800000, 0x1580a436affe7b7f
	.quad 0xb42df6181b6079f7, 0x00d77ad932ee0078
	.quad 0x48e69c2f7d9b7f10, 0x000000001d454f80
	.quad 0x15a59809dfcc0e38, 0x58f9229b0ab6fc2c
	.quad 0x0d2a3ea9bea4cd12, 0x81c72c07b9afd2a1
	.quad 0xd8c4b86e7e5ffdc5, 0xe1dc51e8f5fffe6f
	.quad 0xbfcd95f68cd54124, 0xbf36409f00800000
	.quad 0x7fff7855072f3d48, 0x94bc8c7fe5fffbff
	.quad 0xc831a0ceffcc7df0, 0x4f62f21f626d0a02
	.quad 0xc34fffffffffffff, 0x3bb52b99c106b42a
	.quad 0xbeee05d4f0767c00, 0xffdfffffffffffff
	.quad 0xf58ea3b0d47d2780, 0x67739819ffeba345
	.quad 0x5bef96aec8701e27, 0x81f086fb3fffffc5
	.quad 0x40e0000000000001, 0x800656a8715e4372
	.quad 0xfff0000000000000, 0x000000003c23579f
	.quad 0x0429d29dbf47271c, 0x3f7d29c7306d5517
	.quad 0x3e7ff2f03d38dfdc, 0xbff40f07a1e9933a
	.quad 0x433fffffffffffff, 0x2528ea88c3bacdeb
	.quad 0x8000000000000000, 0x7ff8000000000000
seed48:
	.quad 0x0000000000000249
	.quad 0xffffff27676f76a3
	.quad 0x0000000000000001
	.quad 0x0000000007a9e1eb
	.quad 0x0000000000000000
	.quad 0x000000000000005e
	.quad 0x0020000000000001
	.quad 0x34c3658712abddee
	.quad 0xffe2e39ae04d281a
	.quad 0x34ffe50cf704bdf3
	.quad 0x0020000000000001
	.quad 0x0000000000000316
	.quad 0x000000000016db2b
	.quad 0xffffffff80000000
	.quad 0x000000d1cbb3812d
	.quad 0xb4667cd3acdb6875
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0x40e00000bd5f39cc, 0xa36aea47636e7aa7
	.quad 0x37000000ffc00000, 0x36a60000c0fcb444
	.quad 0x47f40000edb14379, 0xc7e4b946be814480
	.quad 0xd1126bb7ccd46287, 0x4cf43e6dffdaa906
	.quad 0xb166c70d266e8000, 0x800000007f800000
	.quad 0xd4fda36d8ef7bd59, 0x7f8000007fa1d0db
	.quad 0x01000000d8ecf9f4, 0xad54457a7e1e2aa0
	.quad 0x800803557f000000, 0x7ff520c6285d3205
	.quad 0xc3fe65d858ad3399, 0x8c67f8d3cb82628b
	.quad 0xfff8000000000000, 0xc34fffffffffffff
	.quad 0xd8b8a3122db68200, 0x2bdae12dbb4d77f7
	.quad 0x0000000000000000, 0xd97f1f6b4fdbfbf6
	.quad 0x913d84f6932e4ff3, 0x800000007c073983
	.quad 0xa4ab578c2ca4b680, 0x7fe6e4db31727996
	.quad 0xbe2510799f7f7beb, 0x80000000ffc00000
	.quad 0xbe9dcab2ff9a93b8, 0x6058558b56fcfe00
	.quad 0x54e42af2ff800000, 0x7f80000000000000
	.quad 0x0246954d26753ca4, 0x026c62c52b943b8b
	.quad 0xc100000000000000, 0xe3080e2c90470200
	.quad 0x5e8469acf94a54ae, 0x01fed5eef9b09d2a
	.quad 0xc031098114272407, 0xbb894d48c0c00000
	.quad 0x8095f37992307c00, 0x7eb7f5e5a8f392c3
	.quad 0xe93ac9630ca0049a, 0xbc1b35647fcb4018
	.quad 0x008e2901ac8c395f, 0x7f800000406abb92
	.quad 0x3fb8c503b2744f88, 0x171548083d46c9b8
	.quad 0xda0000017e4ba451, 0x000892a455f12088
	.quad 0x7a472c0a742bfcd2, 0x3fb06d8afb7c072d
	.quad 0xc0f80000bac00000, 0x8000000000000000
	.quad 0xdca1a4fed3d48c81, 0x9c8a25ef41f85d10
	.quad 0x845c467ae707ffcc, 0xffd0000000000000
	.quad 0x7f8000003f3ad943, 0x324bc9c0fedea577
	.quad 0xfff8000000000000, 0x8000000000000000
seed49:
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x0000000004af4794
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x3d3a5cf96dae45a1
	.quad 0x94723a8e1cd62f10
	.quad 0x07bcf049eeeece19
	.quad 0xf6b1671225e9c915
	.quad 0x0000000003685dcd
	.quad 0xffffdc00ecfe5036
	.quad 0x229238fc6beba24c
	.quad 0xd32b5ec0697afb3e
	.quad 0x00000010c7986909
	.quad 0x0fe2b5aa6f0fb06b
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xbf71ac187f800000, 0xfe5fe729e7aaf50b
	.quad 0x0000000000000000, 0xba2f0c7dcea9204d
	.quad 0x7dc71fa79b639f15, 0x7f8d2d14cf7ffffe
	.quad 0x000decd513661ea5, 0xc2abe141ff800000
	.quad 0xbf3400006a23d286, 0xc353b1b1eed50c6c
	.quad 0xba58c734cfbd7635, 0x2918c9359bf3ac1a
	.quad 0x7ff474a20023c4f0, 0x01727397caa89958
	.quad 0x3f8e2b65ccf38580, 0xc23b68e22ee903ff
	.quad 0x3c2a08007fa706cd, 0xa91b413da15898e5
	.quad 0x7fe5334670dd3292, 0x7f8000003ffffffe
	.quad 0x5b82dcc3cb208134, 0xbff06e39d0283dcc
	.quad 0xc004000000000000, 0x7ff5de54335b78bb
	.quad 0x4004000000000000, 0xdbe39e8d03abc540
	.quad 0xbf37000000000000, 0x7ff5fcf6d25c1315
	.quad 0xffc00000b9dd740a, 0xe71d9b2aa3b147b4
	.quad 0x00088c32c2f4230b, 0x2b6192dbbc28e414
	.quad 0x004ffbf000000000, 0x3e134f2fc2f1d7eb
	.quad 0xc0b2800000000000, 0x970c298b8e7fa59e
	.quad 0x0decc4f6ff57aa20, 0x960ee023ed1afdff
	.quad 0x8d70d74cffe97cd5, 0x12884b88fff0cc7e
	.quad 0x43f51122408f0000, 0x800000009963f9b2
	.quad 0x3ffe000000000000, 0xcff3e2a37aee3dbc
	.quad 0x80000000007fffff, 0x3f8000003f969e9e
	.quad 0x4d597e80e0e57c0b, 0x610da6bb3f9232a3
	.quad 0xff55627a4b2b17bf, 0x71e9915880000000
	.quad 0xfd8a4f41c6b48a8f, 0x029cc68556515339
	.quad 0xbe1a348280800000, 0x80000001b2eb530f
	.quad 0x4010000000000000, 0xb1b33c6afdffa9fd
	.quad 0x8115681608232274, 0x61e8c10cf6afb5b3
	.quad 0xdf7fffff3fffffff, 0x6bb4360b71c0fc35
	.quad 0x7250678e80000000, 0xbce5f136c36bbe96
	.quad 0x1730e2a342ffeb6e, 0x7f80000080000000
seed50:
	.quad 0x26f90c2f40a01c77
	.quad 0x00000000df9b607b
	.quad 0xfee593b87cab3d1f
	.quad 0x2f82e5d88e041daf
	.quad 0xfffffffffffffc82
	.quad 0xffffffffffffffe6
	.quad 0x6e1c20041071a80f
	.quad 0x0000000000017231
	.quad 0x2db56f2b1718afae
	.quad 0x000003168d3e2209
	.quad 0x0faa81dd61f381ba
	.quad 0x0000000000fb7324
	.quad 0xffffffffe16d9499
	.quad 0x0000000080000000
	.quad 0x7f76cddbc31ffd7c
	.quad 0x8a5ab08fbff01ef6
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xa99f48a2ff7d7fa6, 0xf46c3de2ffd1f9eb
	.quad 0xe4a64f7bffffffff, 0x34c818c3c81dc640
	.quad 0xc25ba19bf25a8a3d, 0x406b94e2e2f3060d
	.quad 0x9c81bd68ff557801, 0x7ff0000000000000
	.quad 0xd3bb925e222a2db8, 0x82988e81597f94c4
	.quad 0xbf800000a30741ad, 0xff800000ff8ce9ec
	.quad 0xc068000000000000, 0x6205a427367744ad
	.quad 0x40721ae968eb098c, 0xcedfcf9dfdc5ce00
	.quad 0x8b2e347ffeddf7ff, 0x8000000000000000
	.quad 0xff9149d040e80000, 0x00000001c0c80000
	.quad 0x7ff0000000000000, 0x4000304235dfa116
	.quad 0x477fffff9d4c9cf7, 0x7ff8d87e0622c1d8
	.quad 0xc76893ba71012548, 0x80800000bcc10f78
	.quad 0xfe8000003bdb309f, 0x4064093604a74733
	.quad 0x4022000000000000, 0x7ff0000000000000
	.quad 0xc05330d6e53a16b5, 0x00000d06c61c3334
	.quad 0xc6398e5168874306, 0x7effffff80000000
	.quad 0xd7f3e1bc0ba25d07, 0xfc2ff7d5ffefebff
	.quad 0x8000000000000000, 0x8f0aefc46eba8000
	.quad 0x004000003d1974b4, 0x40bca5e95edbc220
	.quad 0xffdfffffffffffff, 0x40e9dba0004e3a86
	.quad 0x10aebde4f9fa8000, 0x5054c898bffefbbb
	.quad 0xfff0d63165d11776, 0x8000000000000000
	.quad 0x9189066d97018df5, 0x197d7b26d753c85f
	.quad 0xe74d03f4305d83ff, 0xc134c00000000000
	.quad 0x7ff8000000000000, 0x895709b97fb5b7c4
	.quad 0x8080c7dce244ea55, 0x453a1de1ffdbf59f
	.quad 0x8471888a7fc940ee, 0x80f74fad4f7ea634
	.quad 0xb8b0ea0da3b169d0, 0x1866c691fffa7eef
	.quad 0x72d5f39bdfd40326, 0x7ff21c653dd0a85c
	.quad 0xbbf926a9fdfd4705, 0x00c1caedc9dfaff3
	.quad 0x46ba86898ff87d76, 0x80000000ff800000
seed51:
	.quad 0xe636585747a4320f
	.quad 0x29448eaf9a894650
	.quad 0x2e9ce750f876a9e0
	.quad 0xfffff61b6f0a93ac
	.quad 0x0000000000000000
	.quad 0x00000000000834c5
	.quad 0xf5775943126fbf87
	.quad 0xfffffffe231a087a
	.quad 0xfffffffffffffe37
	.quad 0x00000001f08ad511
	.quad 0x0000000000000001
	.quad 0xfffffffffffffffa
	.quad 0x0000000000000160
	.quad 0x000000000000004f
	.quad 0x00074bd2851d8b3f
	.quad 0xfffffffffffffcb3
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0xc343991240070000, 0x515dad2ee1f67ff7
	.quad 0xffb2f57aff9b0f4d, 0x7f8006b27ed62060
	.quad 0x0cf08dfb511b9c61, 0xaf8ee40090a5b603
	.quad 0xc0b000003dca0a98, 0x83f6e56f34bf30af
	.quad 0x60f3f330c300f7f6, 0x027918a2fba2cb8b
	.quad 0xbdfa36da007fffff, 0x597ffffec7fffffe
	.quad 0x3f0a5ca43df00000, 0x217a276d00e77d8a
	.quad 0xa136b31749045efb, 0xbcd9091efad03053
	.quad 0x400e000000000000, 0x257aca5e14f8ffc3
	.quad 0xffcb2482c87b0000, 0x8008000000000000
	.quad 0xbf77cdf80020ca75, 0x0000000000000000
	.quad 0xf8aa4c0e7fcafffe, 0xd0bd042abdc07dc7
	.quad 0x4000000000000000, 0x40f0000030c6a381
	.quad 0xd8f8d38e02e177ff, 0xc1d5ee6f3e3fbcee
	.quad 0x95ffcbe94f6684af, 0x7fb5588880000000
	.quad 0x4003000000000000, 0x96065356d53c7a0e
	.quad 0x848516612147c7b3, 0xc07f042db08e7d8f
	.quad 0xceb1869526ac4740, 0xc099000000000000
	.quad 0x007fffff7f800000, 0x8e2a54ee5a79ef07
	.quad 0x7c88469b7facfae4, 0xbe7a896ebcd7abd8
	.quad 0xcffffffebc5111d5, 0xcfffffff8188ee8d
	.quad 0x1dafb19a95ff7fff, 0xfe4bf3d63dbe8d09
	.quad 0x3f17257580000000, 0xc0678514b4d9566b
	.quad 0x13363f7e19b915c4, 0x62f6d342e3bf0000
	.quad 0xbf8e6c3b4844c5d1, 0x0000000000400000
	.quad 0xfffd9b1c5f000000, 0xff95b7d0ff8e94c7
	.quad 0x3ed7f0e1bdfffcff, 0xff800000a3b26b67
	.quad 0x0008000000000000, 0x002fbca0b6420366
	.quad 0xff88a20cffe00fbf, 0x4110000000000000
	.quad 0x099c6ce7faffffff, 0xc028000080b76187
	.quad 0xdbc5e508dc1dcbcf, 0x3b9b73e8ff9691ae
	.quad 0xc0680000ac36a068, 0x3ef5c00000000000
seed52:
	.quad 0x00000000000004e5
	.quad 0xffffffffffffffc5
	.quad 0x0000000100000000
	.quad 0xdc0548c35c244cb7
	.quad 0xeb3e4de4034c5dc6
	.quad 0xb56dc7d623b0ae7c
	.quad 0xffffffff80000000
	.quad 0xa878fb04beea9e4c
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd58
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcdc
	.quad 0xfffffffffffffc3a
	.quad 0x5141d6c8c2665fb9
	.quad 0x0000000000000131
	.quad 0xffffffffffffffc4
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0x45d451bac81a2906, 0x81a68821dcdc07be
	.quad 0x8158647affffffff, 0x67d1bf1b75bdfcef
	.quad 0x7f800000802daaf6, 0x3ffc000000000000
	.quad 0x31b3cec2bcbe7f4b, 0x790679a8c6b17c97
	.quad 0x79931a7bbf7076df, 0x20a7feb0fba6b430
	.quad 0xb809c605ca3ebbbd, 0xc00600007effffff
	.quad 0x4101600000000000, 0xd6cb5677948ea870
	.quad 0xb2361ff8fdeefff7, 0xfff8000000000000
	.quad 0x48f5f79ed7fffffe, 0x7e800000c0f00000
	.quad 0x7f740d5541040000, 0x3ff8f275ae774c2c
	.quad 0x401c800000000000, 0xdceb586bb902282e
	.quad 0xd5ccd33afdff7ebe, 0x98e3361a4ad2fc81
	.quad 0x0d8cf46af222014f, 0x8744d4b285f997d3
	.quad 0x0000000080000000, 0x34cad658b8ffffff
	.quad 0xf5319806d9d97f62, 0x44300000ffc00000
	.quad 0x0000000000000000, 0x3e42fadcc1700000
	.quad 0xfdd5f63727edebb5, 0x433fffffffffffff
	.quad 0x7fec1896bd025b95, 0x3529078270a37af6
	.quad 0x7aae7ebd962c7e00, 0xeebb34ba5fffffff
	.quad 0xfff2f23a200df620, 0x3d8f1578ff1a6ba4
	.quad 0xafb7f074007fffff, 0x8bf99ea3b9de6ea5
	.quad 0x659061cecef4f400, 0x40b8000000000000
	.quad 0xd4b95271bb7cfa29, 0xa7f81f1740100000
	.quad 0xd8e5e67bd792771d, 0xbd6d0f6503ee58b5
	.quad 0x7ff0000000000000, 0xfc405a29ffddaef5
	.quad 0xc8180a86b4767eed, 0x2b92a150666ba6dd
	.quad 0xc000000000000000, 0x7ff0000000000000
	.quad 0x57f1998d153674d1, 0xc330000000000000
	.quad 0xff800000c0d80000, 0x11c6f074e5214080
	.quad 0x0399316da53efd97, 0xff8000007fbec0db
	.quad 0x7fb08ec9426f8b70, 0x4000000000000001
	.quad 0xbe9a3428da3fd450, 0xc0a800002ddbf45a
seed53:
	.quad 0x852b29b064d6762d
	.quad 0x00000254dbe51959
	.quad 0x0162aa4add0fead5
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0xfe2791d92530727e
	.quad 0x0000000000007fcd
	.quad 0xd53a75ccd7a2a8a3
	.quad 0xfffca867865a8d3a
	.quad 0xe942748de2594900
	.quad 0x03aa8a8378ad545a
	.quad 0x28a8733b4ded3949
	.quad 0x1e14a142a29fef33
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffe6a
	.quad 0x0d02292ee4a48303
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0xbdbc00007fb26ce8, 0x7fd3e627d6fd7c00
	.quad 0xf3addd0cb8ffffff, 0x7ff58275361e1dce
	.quad 0x3f86f9644adbcf8e, 0x405207269bb2f4a2
	.quad 0xbf3f66d941000000, 0x9db940e770297304
	.quad 0xa2ea73703a433cce, 0xf1c60401fef3f6c3
	.quad 0x06312fdbd5f2bfff, 0x4330000000000001
	.quad 0x8002e836154ba85c, 0xc013000000000000
	.quad 0x7f800000b0adaf6e, 0x80353b247870414a
	.quad 0x470000017f800000, 0x6cbee675069004f7
	.quad 0x7ff0000000000000, 0x234a9774ff97ffc9
	.quad 0x41e0000000000001, 0x1b48b2ad7f800000
	.quad 0xe1877f6b0d62d00c, 0xf6b21a4375f92540
	.quad 0xff4422d28028906e, 0xb0bbe469a1ffcfbd
	.quad 0x55da44c98734cd20, 0xe5fda8628bc78b31
	.quad 0x7ed3b0883c499a95, 0x2ff8aac400513ae8
	.quad 0x7fdc161ba1542320, 0x38380000200e30d3
	.quad 0x80000000c0000000, 0x755db1d97f84ba4a
	.quad 0xea606c1e9601c580, 0x7fb726c843efd9d1
	.quad 0xf32ac0e67fd39e78, 0xae9cf5cb4ef8c13d
	.quad 0xdf26d01c99197e20, 0x0a1eaf1cdd200fa0
	.quad 0xfe96ce1d40000000, 0x3fb4552a6cd53e2f
	.quad 0x0000000078613db2, 0xa60eb5eb3f1b3c00
	.quad 0x80000000ffc00000, 0x8042d59fff800000
	.quad 0x800e65f7c01e3979, 0xbf96a00000000000
	.quad 0xe41f7bf300000000, 0x8623309fd39c7c35
	.quad 0x71599e1ed4fbebf4, 0x420c32e0bde6c387
	.quad 0x41580000c71a6864, 0x7ff8000000000000
	.quad 0xfe91728fc08a02e1, 0x427bcffa3ed6e9dc
	.quad 0x79a6323bfbe9f6fa, 0x5f9ef78abfa00000
	.quad 0xf87a8a55feffffff, 0x3feee93d2c58a51b
	.quad 0x70f72e4117c02eac, 0x8e7a5ab9737b7cf4
	.quad 0x9be521c9b1856cc6, 0xe3076cf13fe07664
seed54:
	.quad 0x7fffffffffffffff
	.quad 0x5f5ef5e3d9198265
	.quad 0x000088981fd40d12
	.quad 0x00000000000000b8
	.quad 0x00000000000002d9
	.quad 0xd240a0d47c1e4ab7
	.quad 0x00000003ccbc4129
	.quad 0xf7aa78927b213697
	.quad 0x00000000e56a01b3
	.quad 0xcc33e62510ba33b6
	.quad 0x0000000000000729
	.quad 0x0000000000000002
	.quad 0x6914c3f1b1695627
	.quad 0xfffffffffffffd1a
	.quad 0xdb51edeccb5e5614
	.quad 0x1a315c6f35ef407c
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0x2c5e337e8f29e08a, 0x7f9f9ba9d87be1db
	.quad 0xffbc11d6c2728de1, 0x3fa997f588361627
	.quad 0x9949c463ffa26fc0, 0x73334a45af2734b9
	.quad 0x4366f142ffc7b673, 0xc06c000000000000
	.quad 0x4fae1fd46b9d7f14, 0x8e7d6370ffbc37ba
	.quad 0xffa293c37e800000, 0x3fafa7eccd2a5ab9
	.quad 0xfff0000000000000, 0xc1f0000000000001
	.quad 0xc49755faff8d9fbb, 0xa80a375c7fad7f3f
	.quad 0x1b511df6afe6fc00, 0x477ffffebfe00000
	.quad 0xe27ffffeda7fffff, 0x3fe4049679c9ba3e
	.quad 0x00000000ff800000, 0x880276e7fffcfd9c
	.quad 0xbe900000ff0fbbbb, 0xcf000000bb8b8000
	.quad 0xfe42a999cf52acaa, 0xffe39853c1100000
	.quad 0xbff0000000000000, 0xbec94c857d61da57
	.quad 0x0b4e22df3ce08001, 0xfe8000000ce929bb
	.quad 0x424695e7ffc00000, 0x4e54aecd9115c168
	.quad 0xc0b800007f800000, 0x78482ae3430c0add
	.quad 0x41393fc280400000, 0x8008e231c4ad733f
	.quad 0xe8a238d984023c00, 0xfff0000000000000
	.quad 0x7fdd68a33285f270, 0x3fea9e9c955ccf97
	.quad 0x7fc00000c2f99314, 0xffaa586e418c2571
	.quad 0x8436120022c8d695, 0xc0a000008d88119c
	.quad 0x7fefffffffffffff, 0x47e548315ee69de6
	.quad 0xc000a3c50f73d48c, 0xec1400083ba3cb0e
	.quad 0x4017000000000000, 0x7ff7b53f8e99a244
	.quad 0x14754d0c4395591a, 0x95170c3afe800000
	.quad 0x7ff279f879b26650, 0x00000000c35bfa5e
	.quad 0x5f91d007e81c0000, 0x7fddaf4a799daab3
	.quad 0x306e2f023fbfbdde, 0x0d4cf38e2b7f3848
	.quad 0x7ff0000000000000, 0x7ffeb0744c4923c3
	.quad 0x82bdb6e13ff6dea7, 0xc00e000000000000
	.quad 0x9c34dc8347ffffbf, 0xf8b9f429072d38a3
seed55:
	.quad 0xfffffffeedcfc274
	.quad 0x0000000080000000
	.quad 0xb1b4068eaaad80ac
	.quad 0xffffffffffffd182
	.quad 0xffffffd46c8b1ce3
	.quad 0x9658630761eba059
	.quad 0x0000000000000305
	.quad 0x0000000000000001
	.quad 0xfffffffffc4b30ba
	.quad 0x0000000000000001
	.quad 0x0000000e2f7021e7
	.quad 0xfb346add1e784e86
	.quad 0xfffffffffffffc21
	.quad 0x76182e5744d0d1cc
	.quad 0x00000068454a9f2c
	.quad 0x5764c4ec53673b0c
	.quad 0x01400000
	.quad 0x60000000
	.quad 0x96a644b9911ca14d, 0x70e953efe19f270c
	.quad 0x0020cdb3d635d086, 0x800000003f16b445
	.quad 0x80288d05b2d2bead, 0xff1f4268ffe5b17e
	.quad 0xbf978ade4dc4e6a9, 0xfd71b1f25f800001
	.quad 0x7233b0e5c0d00000, 0xbf8ba06f7f2625a3
	.quad 0x22f915420055772f, 0x3c000d846c52567e
	.quad 0xa0b3ce0fbfa2ffdc, 0x0aa48cf5db7faf66
	.quad 0x4f000000c7000000, 0xc1f4ed66c0ae09bb
	.quad 0xffb875e61d80e99f, 0x4060000000000000
	.quad 0xc235d7a2beb04c9e, 0x57557b298bd7fe1a
	.quad 0x5a2d5e9ccfcf6d6c, 0x3b55d9f9e2feddbf
	.quad 0xc6fc3d6dff81c45f, 0xbf63dfabff800000
	.quad 0x3f94000000000000, 0xe5afee3aefab05bf
	.quad 0x407d2fd60f1e9212, 0x4f44ee35d5dde6fa
	.quad 0xf2ee72690077d48b, 0x3db99a60217b7800
	.quad 0x4004000000000000, 0x4f800001ff800000
	.quad 0x8b5ead5cbe35fff0, 0xc07305a0e6b8f641
	.quad 0x928f3bd1ea3dda16, 0x59447cb344edb92e
	.quad 0x45c709fb046251fb, 0x8000000000000000
	.quad 0x26cf5788df3c0b37, 0x3fde2bd32d3a655a
	.quad 0x210691d8debd3b00, 0x7ff0000000000000
	.quad 0xbfda5684fa058431, 0xfe800000a6386eb5
	.quad 0xbff0e3e32b235920, 0xff9cc5fa2c4fd4cf
	.quad 0x800fffffffffffff, 0x6c47789a41e74445
	.quad 0x95c4d4068868fe00, 0x80000000dfc9ede1
	.quad 0x073b80131bb80027, 0x8100000092b1462a
	.quad 0x4023400000000000, 0x7f820b4199c1186e
	.quad 0x7ff0000000000000, 0xed1f48084503d770
	.quad 0x0054b88f40980000, 0xbe0cc7418416dd45
	.quad 0x1b6731d2dffeb422, 0xd10ee61e748d777d
	.quad 0xc738061a27376012, 0x7f800000402a0000
	.quad 0x7bcdb8dfc0180b1b, 0xd4d39d1e51d67e0c
seed56:
	.quad 0xfffffffffffffdc3
	.quad 0x25e163b0f4587ce6
	.quad 0x1897c36ca7380311
	.quad 0xc76bbaf087e0ac27
	.quad 0x1e02fa6a19fec0c7
	.quad 0x66d19433998d47c5
	.quad 0x51e2b46bd8ab52a1
	.quad 0xffb0f68482b2e336
	.quad 0x0000000000000030
	.quad 0x000000000000027e
	.quad 0x8f699a5552ceaec9
	.quad 0x0000000000000241
	.quad 0xff671891ba2b00b6
	.quad 0x00000000000001e1
	.quad 0xffffffff430fd93a
	.quad 0xa6c534be7cef7c15
	.quad 0x07000000
	.quad 0x30000000
	.quad 0xb84e5f9e1cba3b78, 0x0a9be4c8eab65e87
	.quad 0x34a853ba7d28be4e, 0xbde0dcf141456c18
	.quad 0x031bd8a3b4fd7bff, 0x0643510cc20d0268
	.quad 0x6f1480f3817a458e, 0xfeae00a24ffffffe
	.quad 0xf17833fff7ffffff, 0x9941fa2737652fea
	.quad 0x1b5ef8797feffc7f, 0x2188aaf8c5bffc09
	.quad 0x403314766a3fc4c6, 0x3ec1595642e5649d
	.quad 0xc5abfa25d3cf7c00, 0xbfa177cf772a7ce0
	.quad 0x0000000000000000, 0xff97a767ff800000
	.quad 0x7ff0000000000000, 0x3bfddd5a7fd2b665
	.quad 0xcd4ff82926c0dde1, 0xc0e000004094dc8c
	.quad 0x69e6ca7f17fbfecd, 0xffc000008070d310
	.quad 0xc03655d684c4ea5c, 0x0a10d5d539ca0000
	.quad 0x4130000000000000, 0x52a3046ae5e6faff
	.quad 0x7fc83156ffc00000, 0x5b47b82493626ef9
	.quad 0x385b9a608d2dc440, 0x9cbc6cceffe32b25
	.quad 0x7ff496c308e57acb, 0xf16334d3e66609e7
	.quad 0x17914e6d5a81790c, 0x413e000000000000
	.quad 0x945d48d8dce0ca62, 0xbaf8000008f77893
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0xffc0000080000000, 0x59f1e3d117adbfbd
	.quad 0xc33ffffffffffffe, 0x800000007fa757c0
	.quad 0x062f7917915753d1, 0x4014554eba140e65
	.quad 0x800d31e2c31f2aa1, 0xffefffffffffffff
	.quad 0xc35cec5e80800000, 0x8a4b98b5cffffffe
	.quad 0x245a730455880caa, 0x8000000000000000
	.quad 0x61d8b139ca65192b, 0x7898efb040300000
	.quad 0x3f0ad00000000000, 0x80000000ffc00000
	.quad 0x7ff8000000000000, 0xfff0000000000000
	.quad 0xdc50d1d629044400, 0x00000000beb785c1
	.quad 0x888cd5b2e0df80dd, 0x2a996b8bbfff9fdb
	.quad 0x7edaf4bd7fc00000, 0x96eb1de7c0780000
seed57:
	.quad 0xa88fd4bf8888fcf0
	.quad 0xfffffffffffffe69
	.quad 0xffffffffffeeff7a
	.quad 0xffffffffffffff56
	.quad 0xfffffffffffffc1a
	.quad 0x65f8eb425400bc20
	.quad 0x00000000ffffffff
	.quad 0xffffff4a7dd0a0c2
	.quad 0x7fffffffffffffff
	.quad 0x917f224b1b8015f6
	.quad 0x60b06cb255ae01ff
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0xfffffffffffffc78
	.quad 0x0000000000002995
	.quad 0xfffffcae776354a5
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x81fbd0944fb021d6, 0x01a83b95fde7fdfb
	.quad 0xbcf16b086f6cd77a, 0x40effffffffffffe
	.quad 0x0000000000000000, 0x21076ede7eadcd19
	.quad 0xf325bb12117e87ff, 0xa821d0a82625a100
	.quad 0x0000000000000000, 0xdeb8932bfa35baea
	.quad 0x25813bfff23745db, 0xb9a706b3fff977db
	.quad 0x1cc662f339c0a8d5, 0x7e2c1c70bfddb455
	.quad 0xe08e749e66d87a33, 0xd6dd130cfeffffff
	.quad 0x0000000000000000, 0x749ed0f7b0edeffb
	.quad 0x700ec74de2a2262f, 0x003e59bd6c12d488
	.quad 0xac64fd39e736fc00, 0x7fa8cb980bf6afee
	.quad 0x3fc7bc5c95c4ad1b, 0x88cf2757c3f12668
	.quad 0x44be9d19ffff45ef, 0xba38ad0a6ca2fe19
	.quad 0x7ff0000000000000, 0xfc12538b7d5fc5c0
	.quad 0xa16fd5e1336ffe16, 0x018e085eaa3f6e47
	.quad 0x00b1e5097fc27c00, 0xa4322beafff6775f
	.quad 0x007fffffbf201be1, 0xffefffffffffffff
	.quad 0x7f800000bed18798, 0x4654bc41e3fdeee8
	.quad 0x9cf08022ffe2439b, 0x744be604780f4abb
	.quad 0x9522e1ceffeadf6f, 0x2a35105c2beebe11
	.quad 0x7ff0000000000000, 0x0364c98bd8f0d703
	.quad 0xffc626d8434735c6, 0x01000000ff800000
	.quad 0x7807571800000000, 0x8000000000000000
	.quad 0xc3effffffffffffe, 0xba6a6ee4f7fba988
	.quad 0xafa74267813e3c23, 0x16e8af44ae1825c8
	.quad 0x3fb9e00000000000, 0x0024fb520d93f26a
	.quad 0x6d726fd4df473600, 0x97325d25807f025b
	.quad 0x8fc994635e5116ab, 0xf2b76364f4d3a156
	.quad 0xafc3c568677e4800, 0xc0220e40c32d2f93
	.quad 0x7ff6c9fb5a7864cd, 0x4924ed0dab2c0131
	.quad 0x34cc88d4c3062da3, 0xfff8000000000000
	.quad 0xd35d5e737ff5fe3b, 0xffa05ba9ff800000
seed58:
	.quad 0x00818b7d09a04d81
	.quad 0x0000000000093ac1
	.quad 0x0f4c3670c0dcbfdb
	.quad 0x0083325d41db021e
	.quad 0x4f465f6880dc6b92
	.quad 0x0000000000000010
	.quad 0x4e0641b8b8202086
	.quad 0x9b0772d7b467ff6b
	.quad 0x0000000000000001
	.quad 0x3afbbc8ff5d783ce
	.quad 0x0000000080000000
	.quad 0xfffffffffffd44d5
	.quad 0x33dcfe2ba03d7cc0
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc30
	.quad 0xa8544059d8e894b8
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x7fe6872db6490000, 0x25d8041eff827c00
	.quad 0x1e5a8245eeabbfff, 0x7fbaf70a7fca6d79
	.quad 0x4bca9967ffaefbfd, 0xc70000007fd575bc
	.quad 0xf9510b4cbf56e3ff, 0x1c70f47eefffecc3
	.quad 0xbb72c6627ff28001, 0x4eff0492f3d5dee4
	.quad 0xc08b02b05a7fffff, 0x0000000000000000
	.quad 0xff80000040300000, 0x7fdfb4148fa248a2
	.quad 0x7ff4c3ea3733fd29, 0x3ff9000000000000
	.quad 0xb9254e5ed7ff5fde, 0x807fffffc10c0000
	.quad 0xf1b83562891a7cb4, 0x7ff0000000000000
	.quad 0x7efffffffc6d329e, 0x7fc000007f800000
	.quad 0x8020000000000000, 0x8d479a18bf6103ff
	.quad 0x00078d4788b33532, 0x0100000080db795d
	.quad 0x7ff8000000000000, 0xbfbb675671956854
	.quad 0x614a51c457d660cd, 0x90dddeb54f903385
	.quad 0x7ff0000000000000, 0x8000000000b5f2cc
	.quad 0xffc000003fb8d5d7, 0x7fc0000046480000
	.quad 0xc181f2d67fc00000, 0x1f7add95957b8174
	.quad 0x57e080ac06975d11, 0x7fa7b8363fef5371
	.quad 0x63fa2096afdff7ff, 0x800000003df662f9
	.quad 0xbc2ede17718948c0, 0x6f950daa46561246
	.quad 0x57af43f9bfcfe7f7, 0x8a1dd01a40f40000
	.quad 0xc14d14debfc00000, 0xc75bb8a3bf800000
	.quad 0x0000000080000000, 0x09c30b96e374f3f0
	.quad 0x6cb98f27addbfc00, 0xc9e40000ffbd8500
	.quad 0x7ff0000000000000, 0x8000000125c4d6c2
	.quad 0x800a5b2158eaf4db, 0x1ce7f58a78067e00
	.quad 0xcc9b0a513e4bd6ad, 0x3bd356c77f625917
	.quad 0x01eae47b99b82aeb, 0x9afc54665fbb3b9e
	.quad 0xb8ffd6007fda7ffd, 0x04484abb799383ff
	.quad 0xc0000001ff94d156, 0x7f858848ff7fffff
	.quad 0x800bcee3f019851b, 0xbe5c00007fbf7649
seed59:
	.quad 0x0020000000000001
	.quad 0x590ea0efa61167da
	.quad 0xfffffffffffffd1d
	.quad 0xc4d1a882e2d381b5
	.quad 0xfe46729abeede3c1
	.quad 0xd1415bb3a8d3bc3a
	.quad 0x2b74e64306bda1a9
	.quad 0x0000000000000bf0
	.quad 0x0000000080000000
	.quad 0x00018b4bfb0fd384
	.quad 0x00000000000011e5
	.quad 0x020f01a4db0071e6
	.quad 0x00001939ebe993dc
	.quad 0x00026d27eaf6e231
	.quad 0x00acb261b93890a9
	.quad 0x946e212a4a0f784d
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xe4257b95532125be, 0x718e2b0bb09a0000
	.quad 0xc0179bff20536e3e, 0x7ff6b7830f2a86bf
	.quad 0x8000000080b6fe49, 0xa98c406d5f000000
	.quad 0xc007c126bf87e13c, 0x00000000c1600000
	.quad 0xfd775a0cc6f982fc, 0x7ff8000000000000
	.quad 0x7fc0000093f2b116, 0x571814e8d11f32eb
	.quad 0x4096800000000000, 0x00027230013d3b18
	.quad 0xffec70e8ea1b8a44, 0x812b2d7c6bfec5fc
	.quad 0x40aa700000000000, 0x0106bc777249eefc
	.quad 0x3fab5b340761d8e2, 0x3fb57884f033ff71
	.quad 0x3ad3764fb7f17e54, 0xd7cc390ee383ea0d
	.quad 0x6e50fd7ca5d80000, 0x0000000000000000
	.quad 0x7ff8000000000000, 0x001653d7b2161c53
	.quad 0x7ec98728aeed9787, 0xbfb14d7ecc2d8cb2
	.quad 0xfff2615439340e14, 0x7ff0000000000000
	.quad 0x16ec9764ffdb8400, 0xff8b4dddc2000000
	.quad 0xbfc6aab56161bbd1, 0xbfdd30e0256b1716
	.quad 0x000000007fa94c57, 0x7f80000016173d2b
	.quad 0xffae53c241026674, 0x40ce54ccbc794984
	.quad 0x93fffe7937652555, 0x10cfab4d8cab513d
	.quad 0xe5be6c59766b1ddc, 0xff8000008062f30b
	.quad 0x21f210e9c2a64870, 0xfe25531b917eb957
	.quad 0x658c1b091eb7897b, 0x7ff0000000000000
	.quad 0x064dddbe00000001, 0x4686c1b4c1099d8f
	.quad 0xd38936290024191f, 0x2b9e7afb0fd98000
	.quad 0x40021a7b71be87db, 0x3f85c7b9a1595044
	.quad 0x945baf043cd1bfeb, 0xa78ec051577a5c40
	.quad 0x815f0b3872d1036c, 0xf77edc11ff767937
	.quad 0x8c610ec3fdfcfaac, 0x4017000000000000
	.quad 0x22fcd42d3ade8000, 0x9ba09314937fffff
	.quad 0xf34f88fecf91f23b, 0x3fe0000000000000
	.quad 0x7f800000eaecae73, 0x89cbeb354da5266a
seed60:
	.quad 0x7f3a3e4e42c254c4
	.quad 0x00000000002cf85f
	.quad 0xffffffffffffd478
	.quad 0x93f8b7e9dca5b8c5
	.quad 0xfffffffffffffecf
	.quad 0x00000000ffffffff
	.quad 0x49b4dbc27c08a861
	.quad 0xf351d0e7c95528b3
	.quad 0xffffffffffffff5f
	.quad 0xfffffc9046681d98
	.quad 0x0000000000000376
	.quad 0xa5cbc13fbd8705b9
	.quad 0xffffffffffff8aa6
	.quad 0x000000007fffffff
	.quad 0x525db31f077bef13
	.quad 0xb50872c7730e2411
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xc76eead5ad871a20, 0x805375aebdc247f9
	.quad 0x1174eee818255b60, 0x156014eadf8a7b35
	.quad 0x683a67137fdfeefc, 0x84d6ec7838838000
	.quad 0xff800000bee7f8af, 0x43ecd9006e0ce0cb
	.quad 0xf87addfac84e5064, 0xc2e4808bb6791bc9
	.quad 0x8000000000000000, 0x0513e124b6700000
	.quad 0x571738180032c6b5, 0xfdf29f17e881bccc
	.quad 0x741a9cda06213c01, 0x59800001ffe55f6f
	.quad 0x001fffffffffffff, 0x566d3e024dbec100
	.quad 0xc0d80000ff8819db, 0xe281b6a5beffff94
	.quad 0x4297c92a1667c1cf, 0xd557e7ebfef8e500
	.quad 0x1b16b756ab7f4657, 0x32451a98c0dbc996
	.quad 0x87a43537df7d0bfc, 0xd11b34281d13241b
	.quad 0x3e915c6c5fc1c3b0, 0x95255a3bff857dee
	.quad 0x0025b5a17ed2757e, 0x8c0a50f2fcaffae7
	.quad 0xbd79ebedb7abc186, 0x7f8000003ea53f5a
	.quad 0xbffe05bbc0400000, 0xff800000be1f8f7b
	.quad 0x7ff0000000000000, 0xc0164ad588e9db2a
	.quad 0xc0f0000000000000, 0x3ea9c068c4fc0000
	.quad 0x4018f8ed781ba22a, 0xbff009ce59fe6032
	.quad 0x007fffff80000000, 0x3fe71c7c52a950ce
	.quad 0x80e6dc7c12d98e44, 0x00062808b0b8df1b
	.quad 0xbf000000444dfb7a, 0x007fffff00000000
	.quad 0x26b6dfd0ea39bd6c, 0xc77014216abc5f44
	.quad 0xe387c7a1286c7c00, 0xc056173854cff825
	.quad 0x3ba58630b7600000, 0xa48536d5888e8532
	.quad 0xfad95bde8cd8c33b, 0x41b27b2c40500000
	.quad 0x850d791dffe203ff, 0x2c7ec57432aac400
	.quad 0xdd0651f4fffd0f74, 0xd77baa90ce6dbc00
	.quad 0x95593c1e6b7c44a6, 0x59dd93146fde7fbe
	.quad 0x0270a1fa3f5ba55f, 0xdf000001e0a14e54
	.quad 0xc008000000000000, 0xc017000000000000
seed61:
	.quad 0x00000000000000d0
	.quad 0x0000012e98890bd9
	.quad 0x00037f7fe9a77532
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x79aecb28d684b219
	.quad 0x0000000000000000
	.quad 0x557f120f2554e820
	.quad 0xcb4f77bba2b55c74
	.quad 0xb9a896ac8c682ffe
	.quad 0x4d5be4731c47d95a
	.quad 0xf2a89093294edb05
	.quad 0x000003fc640cbaf8
	.quad 0x000003571fe60dac
	.quad 0x0000000000b0ac71
	.quad 0x3e3e9baa0611a3d2
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x86d2d1e7caf71ff6, 0x3f922fbb5023c628
	.quad 0x1225f585df9a0500, 0xbb200000c1fa03be
	.quad 0x7ff0000000000000, 0xf614b8b67f8a7fc0
	.quad 0x4076800000000000, 0x810000007f800000
	.quad 0x7ff0000000000000, 0xc000000000000000
	.quad 0x7ff3ca4f67b83b75, 0x7ee0b39a2aebe663
	.quad 0x817fffffbd58c14b, 0x0f474500ebf4bffc
	.quad 0x74b17ca1ce26a8ad, 0xfff78b6ffa39f2e8
	.quad 0x41fffffffffffffe, 0x31c6d6cff7670179
	.quad 0xc340000000000000, 0x469e8e4f11dab300
	.quad 0xc96377a012dd79e1, 0x1938ffb3ffd78c04
	.quad 0x71dadac326687731, 0xc3ffffffffffffff
	.quad 0x0018d4477e800000, 0x4440000000000001
	.quad 0x3fec000000000000, 0x09509138f99e8f98
	.quad 0xfff8000000000000, 0x4a9d9b98d676c297
	.quad 0x718eb8d5ff8dbfcb, 0x803a1d1d80000001
	.quad 0x5473809d288e8170, 0x42c0d4b5f7e76fec
	.quad 0xc0cecbbee7e99ce0, 0xfff72cce196fca55
	.quad 0xbfe61a2a3c826e94, 0x3c2aadd6fef15199
	.quad 0x440e0000f286e86d, 0x3fda307f87e1149f
	.quad 0xc000000000000001, 0x4000000000000000
	.quad 0x8000000040800000, 0x7b66050b007fffff
	.quad 0x3cf40000007c6be7, 0x80000000f70619b3
	.quad 0x753925bd7fb765f6, 0x7fc00000ff800000
	.quad 0x000bd7466ba65425, 0x0e728916f4c67cb1
	.quad 0x800223c4652949da, 0xb7926de64db451e5
	.quad 0x407ffffec9b80000, 0x472c000080000001
	.quad 0xc76b7e207fd90000, 0x5dc3bf32ffbc5985
	.quad 0x824df338fd7cbeb9, 0x4aa3fba93384bd40
	.quad 0x9af57ef7c20b3ba7, 0x4100000080000000
	.quad 0x89ddc7c05fffdf69, 0x4021958bd1f7c1bc
	.quad 0xfff0000000000000, 0xb490fe56f74e28e5
seed62:
	.quad 0xf834c510edcdccb4
	.quad 0x0000000000000010
	.quad 0x00000000002f2242
	.quad 0x5028e90703cd1102
	.quad 0x00006deb72848dc7
	.quad 0xffffffff80000000
	.quad 0x53f23202152ea384
	.quad 0xfe99d33124564bde
	.quad 0xffffffff80000000
	.quad 0xb94038c6f9004110
	.quad 0xffffffffffffffcf
	.quad 0x00000000000002a3
	.quad 0xfffffffffffff9a4
	.quad 0x5df8839756198aad
	.quad 0x120f73b6a4a8328d
	.quad 0x000000000000023e
	.quad 0x01800000
	.quad 0x30000000
	.quad 0x0b6681d2d03f8028, 0xfff0000000000000
	.quad 0x80deb8b62aa18317, 0xe807a31fe507068c
	.quad 0xc03f56c34ee59cc5, 0xb2428446d3ab88ad
	.quad 0x82767d3c12e9fe4d, 0xfff567bd8baf094f
	.quad 0x4800000048ec4d3e, 0x00291abab8460d6a
	.quad 0x9d3135a547fffffe, 0x3c242893ff800000
	.quad 0x42844fa342581e34, 0xd921d8dcffff9c3f
	.quad 0xfee1a2befd94fbb8, 0xb1e9fa82be7fb49e
	.quad 0xaa95814299b7680c, 0xc09708b5d77ffffe
	.quad 0xa075f23d7f97babc, 0x3a1d9cf1823d1218
	.quad 0xbfa00000385d0747, 0xe303a4c4ff8a6c61
	.quad 0xfff3e0677b63bfd0, 0x0010000000000000
	.quad 0x8420a042945e8000, 0xdf2c3ed7ffffcefd
	.quad 0xf52b4d458cc87c00, 0x83547ddda3f0587a
	.quad 0x532a144a82b1df89, 0x7ff8000000000000
	.quad 0x8000000000000000, 0x062d5dc4ffc00000
	.quad 0x7f800000fcfce7c8, 0x8b844693287b7d04
	.quad 0xbd3ca948ff800000, 0xc6d0000080000000
	.quad 0xc0ac00007f8a733e, 0x685ee8565ef0d7ee
	.quad 0x3c59bee83dd0823f, 0x800a1815440389c9
	.quad 0xff784d97da523547, 0xfff8000000000000
	.quad 0x7ffb828bd854b84c, 0x7fe463fd6c91a106
	.quad 0x56d2473e95162199, 0xffffb55c4fa94b8a
	.quad 0x403eb80ad2b9ba0a, 0xfff0000000000000
	.quad 0xc0398964fd1af23c, 0xaaa8044c35e9aceb
	.quad 0xc0effffffffffffe, 0x1f481c7488970400
	.quad 0xa2d0f4657ffd55a0, 0xaae725ea0f5b8d80
	.quad 0x401b800000000000, 0x68e87035e9f30301
	.quad 0x76dd74a6c0af03ff, 0x832f40b517a409ad
	.quad 0x04a80386ef137c00, 0x7ff12eeeb3dc70e7
	.quad 0x3b2fbbc4a8c24480, 0x81d2bf79ec819494
	.quad 0x3f98dc4482e643a4, 0x537ffffe8008bef6
seed63:
	.quad 0xfffffff9fe692d28
	.quad 0x0020000000000001
	.quad 0x00000000000000f8
	.quad 0x0002a7522cb23beb
	.quad 0x0000000000000376
	.quad 0xffffffffffffffe7
	.quad 0x00000000000000fe
	.quad 0xe3f75f3e0b195d99
	.quad 0xffffffeebef8b7e3
	.quad 0x0000233502eef1fc
	.quad 0xffffffffffffff52
	.quad 0xfffffffffffffd3c
	.quad 0x0111edbe95bcbd12
	.quad 0x84b6449a963637cb
	.quad 0x94fef3973f8d37bd
	.quad 0x2551053e4a0b86e1
	.quad 0x02c00000
	.quad 0x50000000
	.quad 0x3f4a000000000000, 0x801145a752fa99ef
	.quad 0xe9443361947a1319, 0x182f707e182d8afb
	.quad 0x900ae71a801a00f7, 0xffd34d4ac2af38fd
	.quad 0xf24bf5507fb261d3, 0x8000000080000000
	.quad 0x053636b1123c58f4, 0x1969deab46fd8187
	.quad 0x1a5ab2e581000000, 0x97394a8a960376ca
	.quad 0x302efb0b3c22f7a2, 0x417ffffffffffffe
	.quad 0x0c1b27c88e380000, 0xbcd30d07c4920000
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0x7fc210710963b4f9, 0xfff0388109921178
	.quad 0xbfed72067ddafbdd, 0xd628b42eeb7d0c00
	.quad 0x7ab927680cead86e, 0x86815c1393dc9b5a
	.quad 0xbc09bc187fc00000, 0xc01d000000000000
	.quad 0x7faa9c8600000000, 0x05ba7ed874da170e
	.quad 0x0209745341ca94d1, 0x3f91477177d8a935
	.quad 0x1438d58e6808cca8, 0x80f0581900400000
	.quad 0xba48e3035f5bfb1f, 0xbba085df35cb07ff
	.quad 0x3e625394c3e16621, 0xc022000000000000
	.quad 0xd3438d5dbe9bc801, 0x8cff4ba57fe595f4
	.quad 0x763070373f36fd93, 0x408fdea9ffd31125
	.quad 0x1c23802043b597f0, 0x65d8352ea23afe2c
	.quad 0xe9bf98b5fffffe00, 0xf9c96e5d99acfde9
	.quad 0xffe0000000000000, 0x7fd70572c95c8d79
	.quad 0xb36001eedddf7c39, 0xffb3ba0a248f29cd
	.quad 0x40ed012799760c99, 0x80233acfffbfae9d
	.quad 0x8148a4ea678a4984, 0x3fe903da00000000
	.quad 0xc0480000c17da8d4, 0x3fefa70178035e86
	.quad 0xdde9255aed8a8162, 0x065e75661abbafbf
	.quad 0x3d4dee29ff800000, 0x000fffffffffffff
	.quad 0x7ff8000000000000, 0x3f8000007fc00000
	.quad 0xbc702919ffa0c814, 0xc12ee00000000000
	.quad 0xfe5077c807f6dcb0, 0xc0ac000000000000
