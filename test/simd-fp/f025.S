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
	.inst 0x6eebf410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d08b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2020a8
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
	.inst 0x6e619975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eb3ccb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e687c98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21dd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6540bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6df4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fa352fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d05f6
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
	.inst 0x1e2409f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0f891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e663012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1f8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e790005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e184a26
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f895117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e210069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fd49b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65b4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eaff49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eeec4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67883f
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
	.inst 0x1e298950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f34e531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6ddd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e5426
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef0f5f4
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
	.inst 0x9e620096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fa55037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61da58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c0a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21d81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1d87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6821e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e1851ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3801ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021b8
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
	.inst 0x6fc09910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea189b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d2892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3289b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc09174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a79f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea8f418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f53e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e786b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f47455c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c09d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f02195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fd0509f
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
	.inst 0x1e67c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e5898a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2140f4
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
	.inst 0x1e6d0996
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
	.inst 0x6ea9e618
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e60e6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7901ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e31c59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3720d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68012d
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
	.inst 0x1e3b8506
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
	.inst 0x1e6521e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eebed53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3ad015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e59b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f1311d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e59d528
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1ba99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e292cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21c81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e252030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2da576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f36e55f
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
	.inst 0x1e254970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e245811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e5885a2
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
	.inst 0x9e6200b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21b915
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
	.inst 0x4e61c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b6b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21aa5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6948fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1f91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee198bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61693e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d383f
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
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e254151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e619872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2178d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61b954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fcf9a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f1897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea19898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e286899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f56a6bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f092ebc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f24e61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39016f
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
	.inst 0x0f2ee510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fd09072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e210203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f250594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4d2935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e192626
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee1bab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e672af8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e711859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f20b4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02381c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61993f
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
	.inst 0x6e30f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f048851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e644132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e282813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e34c5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e736877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e69ff19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef0f43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee240fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a101c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2389dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c17e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29389f
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
	.inst 0x4f59fc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea2e472
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
	.inst 0x1e43b034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e322995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e306876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea19a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21450e
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
	.inst 0x1e30000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f299d3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fa99b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24433d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e391e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e58e4ef
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
	.inst 0x1f6995d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c09b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e674253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e70dd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e390005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6ef636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e031817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e300088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e250129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2169ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39020b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fb7987e
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
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e617991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e641893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eefe614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e34ecf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f865136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7faa9a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30ca18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2179fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2188bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f68c87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2621b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f2be59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e635cff
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
	.inst 0x4f2fe4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e21a971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4e9db2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e616957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e322100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e262070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29301a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee0c9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21881c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7d501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee0c95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c07f
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
	.inst 0x1e243930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fb05991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61a872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e219974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e710025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e65fd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2901e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e342978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6ea563
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
	.inst 0x1e63c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f74e57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d293e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e62ce9f
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
	.inst 0x6ea0d9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61a8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21fc92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f8d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f078c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2638f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f548897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3208b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e2bfed9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee5c49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fd5915b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e612a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61ba3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2501cf
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
	.inst 0x1e2a5010
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
	.inst 0x1e6b69d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e63c533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e2ddc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee198f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f251979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7921b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e0394bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e63edfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e24032d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3000ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e242040
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
	.inst 0x1e2a3810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1f851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea0f572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee6f533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f409e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef0fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0d9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee0e8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c178
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
	.inst 0x1e21030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f458c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f109d3f
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
	.inst 0x1e220010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30f851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fad1233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee7d574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e732120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ea0e876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6708d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e710819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e74e57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e21002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0d89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25083f
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
	.inst 0x5e61d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0580b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e2220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e718974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee7fc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e43edf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e732898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34289a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e63e55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e617abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e18972d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0c91e
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
	.inst 0x2e29e5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1ba11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e240122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e73fe74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e71d435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea5c636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620077
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
	.inst 0x9e7800c9
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
	.inst 0x7f25fdbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eefcc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e02d59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1d91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f8319df
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
	.inst 0x1f633010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6168b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f30e4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc49053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f2de514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6821b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0c996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a3c97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f28cad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc1509b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f69405c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e23e77d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea0d87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f8a7f
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
	.inst 0x7e22e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e634931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f49be12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e664133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e641934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f2afd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e70cc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f59fe77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fc11038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f2ce679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61799a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6f3cfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6021c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f7391be
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
	.inst 0x1e620050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fd01012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6188d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e232934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcb19d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e260876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e27ec37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1b838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6819d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6738da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea5c5bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eeec41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2b91bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6396de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e23ec7f
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
	.inst 0x7eb0f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eb0d531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f1a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e210243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61b9b4
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
	.inst 0x2ea0da16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2c5177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea0e9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6005b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0f201a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3520a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e58914c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e029d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62405f
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
	.inst 0x1f2989d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8c1891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3009f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e673013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f410674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f44fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e2add17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2220d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6178da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78030c
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
	.inst 0x1e63fd5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3902ef
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
	.inst 0x1e208850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70c8b1
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
	.inst 0x1e2d18f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e677579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f26fc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2300b7
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
	.inst 0x1e599549
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21b85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1b95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24385c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6502ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f40a1fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1993f
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
	.inst 0x1f6fa530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6ad422
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f212534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02d1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6289f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2318b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eebcd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e250129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6501ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e19c5eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e65022d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20022e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64409f
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
	.inst 0x1e2ba4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0c931
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
	.inst 0x1e726a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f7ee4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fac9075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1b896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e734ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e67c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc090fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e28e57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61a8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c0de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6148bf
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
	.inst 0x4ea0e8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e02f091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e292100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e614193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f1084b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6be415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0ca96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fce1817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61b9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea188b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f02301c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6542dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3648de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69083f
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
	.inst 0x5ee1a8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2300b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b8617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70d9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2800c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f47d276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e616ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e790168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0eb8fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e020c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee2f4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fa5905d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71485e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21415f
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
	.inst 0x5f2fe430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e02b071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea4e532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e27e533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e690104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0b8d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e233490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7000a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e27cd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eb4c4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1ec3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61c93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee19b7f
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
	.inst 0x1f091430
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
	.inst 0x6ee1a952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee19853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea5ec94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0fae5015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2641d6
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
	.inst 0x1e691a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e630099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c1ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f24c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c08fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fa518bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f2bfc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61989f
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
	.inst 0x1e71b010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e638526
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1d433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ef2c454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d8d95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f26d436
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
	.inst 0x9e2400c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e238999
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
	.inst 0x7e30c8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19a56e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c17f
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
	.inst 0x1f4c8470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a8891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6001a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e236913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2ab554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e222a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2539f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fae1977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4d92da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f2bfe3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f32fddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61b9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3800ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e02b0bf
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
	.inst 0x5fc759b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e193181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7a5012
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
	.inst 0x7ea1d834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e271995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e780046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61e537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21c698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee6f579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f5de57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e61691b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6618dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea1b85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0c97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e69006f
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
	.inst 0x1e2129f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2fedb1
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
	.inst 0x4fc351d3
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
	.inst 0x7ea1a995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21bab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6301f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e370ed9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24419a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e6169fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f22b9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e73195f
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
	.inst 0x1e621970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6ffc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0d912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22a599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eecc435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e62e416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3309f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e712010
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
	.inst 0x5ee0d8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e616a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70d97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1d8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e68c7be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6cfe5f
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
	.inst 0x4fc391f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e610222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6bc9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e618a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e616996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2978b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f02ad79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71187a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c2fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f8b5c
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
	.inst 0x1e23017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f8599df
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
	.inst 0x1e6c24cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f4e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e208413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e644274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63d015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb3d416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fca9a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0f898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61ca19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c09fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0ca3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43c51d
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
	.inst 0x1f0b85ff
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
	.inst 0x6e60f590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f709a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea0fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc95a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61a994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70f955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea8cc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e68368f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6ce679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62013a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e38e49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e2dddfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f39e53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f3ce41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6142df
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
	.inst 0x6eb0f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e219a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21d8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e2fde34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef1d675
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
	.inst 0x1e6788f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e675838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3900e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea0e9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e26d49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee6fddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f1c057e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1d8bf
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
	.inst 0x1e220050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70f9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a5a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3801c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2729d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc59116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60c568
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f133438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e65dd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61793a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3002cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e23dc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fce50bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e69002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c09f
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
	.inst 0x1e230030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f5041d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e61c912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea0d993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e264074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a1a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef0ccb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e662e18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6dc579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61685a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c591b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21d97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e37487e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f49df
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
	.inst 0x6e66ecf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03dd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e619a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e434db4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0da15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e310936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300247
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eedec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7900a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c1db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61a9be
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
	.inst 0x1e6f0810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e24c113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e434914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e31d4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e69ed76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e212210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30d858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e218919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e278557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18f82b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f621cfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a89de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29000f
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
	.inst 0x1e273970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee5ed31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3118f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fce99f3
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
	.inst 0x1f4dc435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0c876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2fc4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6629b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35383a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc0995c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6ed55d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61785e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f26fc9f
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
	.inst 0x6e6bedd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70ddb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e274073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30f994
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
	.inst 0x7e61a896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e652877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea0c959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21d49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f3efc7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6201bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6241be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70010f
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
	.inst 0x1e227c90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2eb572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6169f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1b814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c1656
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0f2576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e780027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6e29b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1d899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e61016b
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
	.inst 0x1e7ff01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e02153e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22019f
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
	.inst 0x1f039010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a88f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e200873
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
	.inst 0x1e314a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0aa5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fcd5918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d3570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24b5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e33c71a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1f93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c39e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f13203f
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
	.inst 0x1e2c2df0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc55211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0e9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61b973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e64e676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7239d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0f998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65357b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61893a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2441db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c17c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21083d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d842e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3d895f
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
	.inst 0x6ee1edd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e697a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eb0c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e699c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e22c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eabf435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e616877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3001e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30fa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2199da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1b8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e274b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc8981e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e69de9f
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
	.inst 0x9e230170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e033d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0a8933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee5f514
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
	.inst 0x5e21b8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700287
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea1aa78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7022d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2169fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c351a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e696abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f50395e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eeed75f
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
	.inst 0x1e690180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6909b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0f8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3800a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1f9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fad5156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e675877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1a8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2cfdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f17353a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23291b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e39000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e2deede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f5201ff
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
	.inst 0x1e6b5402
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef0d612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e301973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f04b994
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
	.inst 0x9e186d66
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e632020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e616a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f69245d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d195f
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
	.inst 0x4e617970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2201b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f65a892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea0d873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e21d8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6740d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6fdd76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee8c4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c3998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e222af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fb5919a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0790bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2af51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e63c61d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e199cce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7903af
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
	.inst 0x4ee18930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e302030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a6932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e616973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e265a75
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
	.inst 0x4ee0e8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e73ee39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e25006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61a83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6be6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6100ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e85df
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
	.inst 0x6e61b950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1d971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e616972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f24e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2ab4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02ddf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2bfc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea0d997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61da38
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
	.inst 0x6e30cada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e283c3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61799d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f499e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7901ef
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
	.inst 0x1e61f52c
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
	.inst 0x1e6301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f72e613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e30fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f683495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f77e636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70c957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f49ba38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0c9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e204afa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63013b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7336db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0c8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1a93f
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
	.inst 0x0e2cc490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2179f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f280433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0f9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc459d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e672859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7801ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6801cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0c93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f35fd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7419bf
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
	.inst 0x1f6a24f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e248c91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3800a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e21a9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a1855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f41fd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f835097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea7ce58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e290189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29383a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee9e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65691c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f83931d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e262120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e752b1f
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
	.inst 0x1e2820c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0d571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e232220
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
	.inst 0x9e3801c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c18b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e26c476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e70ec98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6709b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e73881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60287b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6ed5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6022a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f25b99f
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
	.inst 0x0f849830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f3041b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee1a933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2ea8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e752837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4ba4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6cac79
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
	.inst 0x9e2900cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2988bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f21f1dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4c3cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c13f
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
	.inst 0x1e2f3589
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f38e4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6801c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e243853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21b934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d38d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e60c037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2529f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc21979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68026a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee4d4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68a4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3b353e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eadfdff
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
	.quad 0xffffffff17c578ae
	.quad 0xfffffffffffffe9b
	.quad 0x0000000000000080
	.quad 0x081a3e1da497ec97
	.quad 0x0020000000000001
	.quad 0xfffa03e002d43e7a
	.quad 0xfffffffffffdbea9
	.quad 0xfffffffffffe4b28
	.quad 0x0000000001000001
	.quad 0xffffffffffffffdf
	.quad 0x00000000ffffffff
	.quad 0x5575406e9da91cf7
	.quad 0x001cd59cfbf1f711
	.quad 0x0000000080000000
	.quad 0xfffffffffffffeb1
	.quad 0x0000000000000002
	.quad 0x01400000
	.quad 0x10000000
	.quad 0x55d609e30327fa99, 0x8f57e68e886346a8
	.quad 0x12b3cc1efffd77b6, 0x027632acd129fc00
	.quad 0x813102c2edb29d47, 0x5ad0253e7febfa6d
	.quad 0x94698498b78af398, 0x419766100002185a
	.quad 0xff97454dc0054a19, 0x7f8b9c8034225b4c
	.quad 0x9578809302d247c4, 0x025b24b27ade073a
	.quad 0x161653ed7feca23f, 0xfff9e070db742132
	.quad 0x6b72729ea6afe2de, 0x7fc0000036300000
	.quad 0x3bfa83ba47000001, 0xbf184107bfd00000
	.quad 0xc1047d9bff1b5db1, 0x0e45791e7bf95c00
	.quad 0xa4c4947c2697beef, 0x23f151fef1eefc00
	.quad 0x5ee834d3291ea83a, 0xe04ca880b754d7d5
	.quad 0x2a5505b07f88bf05, 0xcfff4cad7c167e30
	.quad 0x82a83148ffdbbfff, 0xe5235d366be9792d
	.quad 0x35d00000ffbbb8ae, 0xffc897fdc6220000
	.quad 0x48177290f9b7feba, 0xb9e837f8547e82b9
	.quad 0x001fffffffffffff, 0xa69abbecff96e3a6
	.quad 0x3c93364c98286617, 0x624e4c18fdcf7aaf
	.quad 0x80ffffff7fc00000, 0x54d7cc61a8aa9f65
	.quad 0x41aab6f17c73fddd, 0x00080ee773edfa24
	.quad 0xc1040000b9900000, 0x983636e46f7fc580
	.quad 0x288beb34e45fc7b6, 0xc4118b14a8038360
	.quad 0x31358b09ef4df7bf, 0x3f80000180000000
	.quad 0x92ae405c26a0db91, 0x7fd0e8f861007cb4
	.quad 0xfeffffffb5e60000, 0x7ff0000000000000
	.quad 0x7fdfffffffffffff, 0x7ff6d99f84794c64
	.quad 0x4013000000000000, 0xffa194c4401b253b
	.quad 0xae3b2eb0afa54860, 0x5f0000007f800000
	.quad 0x0000000000000000, 0x527f525305e4faf1
	.quad 0x00256842c0a4e90b, 0x7f000000c6e00000
	.quad 0xfff38fb5dec952d2, 0xd6bd7a2ff76fab5f
	.quad 0xc3f0e20238700000, 0xa4f8fa16fbd5fe00
seed1:
	.quad 0x00000016827ac5c6
	.quad 0x000000000000028c
	.quad 0x2c959f72756d7f45
	.quad 0xc7f317ed0cfba2fa
	.quad 0x0000000001000001
	.quad 0x0000000000000109
	.quad 0x0000000000000372
	.quad 0xbb6968ba7fb38af1
	.quad 0xffffaf63d8c0f907
	.quad 0x0000000001000001
	.quad 0x0000000100000000
	.quad 0xdfbbf20de1c32ebf
	.quad 0xa6820d376e166763
	.quad 0x00000000000001eb
	.quad 0x369501519cf4ff0e
	.quad 0x4b2ba7c3f2f3cdab
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x766d41b87b6a0c65, 0x3c58154800800000
	.quad 0x3bd3fee5f92b8192, 0xc359bfae0b02f080
	.quad 0x0a075ad078542af5, 0xa36901e6d664bffe
	.quad 0xc022000000000000, 0xc01252ec6c97384c
	.quad 0x807fffff0e140922, 0x7ff8000000000000
	.quad 0x4112c00000000000, 0x000fffffffffffff
	.quad 0x7f8438972b32ba08, 0xfef5cea7957861c6
	.quad 0xe7ac7ab318997e00, 0x7d3d057180874cc3
	.quad 0x6317bf5ee05a7de7, 0x7f0f24b89866068f
	.quad 0x0009210730f65c1b, 0x7f8000007f800000
	.quad 0x5cdbea546fdefff7, 0x8000000000000000
	.quad 0xd60c0a2d7e7efe8f, 0x7ff69f3837242649
	.quad 0x5df6deb17fc00000, 0x9604c6afbfffffff
	.quad 0x4075076802577c72, 0x80000000fe8879ab
	.quad 0x324aafe986f37c00, 0x4024000000000000
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0x4445d0b2ffbdfe34, 0xe25207c5a7830000
	.quad 0xd6caf62be2c44300, 0xce6919ee031765ce
	.quad 0x81051367ec577362, 0x164ef0cd301cc76a
	.quad 0x97f57f9affaf1f0d, 0xe3b0a2b6f5bfff57
	.quad 0xe711716507cdfce8, 0xb20d1451f75fbfd7
	.quad 0x2c926687fceb34fc, 0x24d857e3f7dd896c
	.quad 0x80000000c054cc64, 0xc3effffffffffffe
	.quad 0x27a8e4ab7e5cdaaa, 0x810000003dfc9fa1
	.quad 0x80593f523bd35d29, 0x2e49f3f602893a00
	.quad 0xbffffffffffffffe, 0x800000000e8a5a13
	.quad 0x8000000000000000, 0x809f7367645a9142
	.quad 0xee1dbd1effd5fe7d, 0x7ff0000000000000
	.quad 0xb0007b33ffc4d3fd, 0x8000000000000000
	.quad 0x7f8000007ed8e9cb, 0xfffe81e5af07aace
	.quad 0xbfe5d01cd78fe77b, 0x7ff0a7df7f3c0bfc
	.quad 0x4108b619bc34747f, 0xdb2daf86d057fe00
seed2:
	.quad 0x174a012dfddf9d91
	.quad 0xfffffffe0005925d
	.quad 0x98d35115d83bb3ff
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffeff
	.quad 0x000000000000034b
	.quad 0x0000000000000113
	.quad 0x000000007fffffff
	.quad 0xfffffffffe21e53f
	.quad 0x00000000001ad531
	.quad 0x436c01ec953f6f43
	.quad 0x043c7b123bf90c73
	.quad 0x3f9e8bf34093206f
	.quad 0x35711d6df49fb108
	.quad 0xf0e60f4b12b95d2c
	.quad 0x01800000
	.quad 0x30000000
	.quad 0x0104d714be9f8579, 0xbba23d62bd2a6b80
	.quad 0xf061182fb35941b0, 0x3dd83e3b7ed93a0c
	.quad 0x4017000000000000, 0x012cf0e589385ec7
	.quad 0x6414ed41be80b350, 0x0000000000000000
	.quad 0x0582a9711b2df800, 0x36f217342c267dd1
	.quad 0xb910000080000000, 0x8418f6327b6fdd6f
	.quad 0xc1200000edbe0761, 0xc37e1f0f80000000
	.quad 0x37881550c94bab7b, 0xbf7b34b287100274
	.quad 0xffa40d4d5983113f, 0xfff0000000000000
	.quad 0x1c918dc41b5002c0, 0x0081ad2f11679e81
	.quad 0x0242b92780000000, 0x8007b56f6bffced6
	.quad 0x7650e9dda63fe261, 0x8c5031dcf7dc08cf
	.quad 0x05db9ce47ffdff7f, 0x2b6a103110954981
	.quad 0xffef207000000000, 0x1d64d55b80000000
	.quad 0x404032033103af24, 0xffacd986ff411b56
	.quad 0xc037751d9d687a36, 0x7fa18ed8df129cc9
	.quad 0x41000000f0c788f2, 0x7fd0000000000000
	.quad 0xc8aceb88ffabffee, 0x80bbf69f49a7cf14
	.quad 0x6f7900a52e817e00, 0x000dda2db1c5c319
	.quad 0x3e77c8bfe6fe4311, 0x000153464407fc1b
	.quad 0x9aaca15efeffffff, 0x63b7ae795ee13d93
	.quad 0xffd93ac43e5cbbe5, 0xff87a85e772f1363
	.quad 0xbd35bbb89076b0b9, 0x5ab1000bf9b4e7ce
	.quad 0xeb1e61aa7facee5a, 0x3fef000000000000
	.quad 0x3fd9762aff800000, 0x40add7c9bdbfff12
	.quad 0xced85ae3135d9aff, 0x88b42f7affffffff
	.quad 0x4050aa3f703330f2, 0x4210b8ce0e2f1114
	.quad 0x4034b10bc8b4c08e, 0xbf81c4b8fb795a29
	.quad 0x3d4eadae7f8473c9, 0x0029a5c42757403e
	.quad 0x6c63d7fd46000000, 0xc38e16357c34745c
	.quad 0x8000000000000000, 0xf1ba83f3ae80a4d4
	.quad 0x4040000000000000, 0x4e1e30f1bf400000
seed3:
	.quad 0x0000000000000142
	.quad 0x2c6fc7fe5a2aa886
	.quad 0xb2bc374330bc1273
	.quad 0x2fa2443ebc27fc08
	.quad 0xfffffffffffffc7c
	.quad 0xffcf7b6d987ee134
	.quad 0x012d3267d5e4dce7
	.quad 0x000000000000006e
	.quad 0x4caa97a3cc63d0df
	.quad 0x000000007fffffff
	.quad 0xfff54df0840cdecd
	.quad 0x8fe8b1958d765373
	.quad 0x7fffffffffffffff
	.quad 0x013c0113258b700d
	.quad 0x000000000000032c
	.quad 0x076495236242c551
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xc057527495b588cd, 0x6d8c6fbcebbff9f3
	.quad 0x8000000000f57e27, 0xc1e0000000000000
	.quad 0xff9eeca235d00000, 0x800000003171c14f
	.quad 0x3f8d6dcad9f81240, 0xaf73dae307598c62
	.quad 0x9d05b749fffbffa6, 0x6695fccbfb47fef7
	.quad 0xc100000000000001, 0x3d82118944700000
	.quad 0x345f9ff5fffc1ef3, 0x4023800000000000
	.quad 0x78dda4e47d7ebfd9, 0x3df24500718d9e1b
	.quad 0x5b014d5c46578000, 0xc00b215a600b4fab
	.quad 0x10002b4042bdec54, 0xe019111a6645b849
	.quad 0x7f80000040fc0000, 0x028a5f3e80318468
	.quad 0xb606cd7b7fe66934, 0x33eaf900ffda05c0
	.quad 0x8000000000000000, 0xfff2d19b4e70acfe
	.quad 0x803258ac40800000, 0x80ffffff73267084
	.quad 0x82439c1880fcfc2f, 0x9819a8a100000000
	.quad 0xffcbe08780637575, 0x3e913b7f7f800000
	.quad 0x17b857b004650dcf, 0x574ca8e5ff5ccd62
	.quad 0x1c24ea3eafefff97, 0xff52ec6b93edff33
	.quad 0xc01c000000000000, 0x2c3a62bea4d1fdfe
	.quad 0x638b2d2965d92655, 0xa544a6528df40200
	.quad 0x0000000000000000, 0xa2c0c52fff9faeef
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xfa8b89db4fd7c2c0, 0x19bbcce44a5ba233
	.quad 0x062fe0ec3f07b5ef, 0x8e1223a4fff922c5
	.quad 0x93e3cdd2dbcc4ce5, 0xfffffbeeb2cd536a
	.quad 0x9c06f1e75eb273da, 0x7fd4999a7e5a7a68
	.quad 0x40ee200000000000, 0x9e11bd984f000001
	.quad 0xc0fffffffffffffe, 0x7e56ce166b5b38ba
	.quad 0x6be94be9f7f97fb4, 0xb829b7be3bc1a78c
	.quad 0x0000000041100000, 0xfff037e70b1b901c
	.quad 0x4000000000000001, 0x40427b3a802d4817
	.quad 0x342265a6f3450000, 0x8fda940ffca49cb0
seed4:
	.quad 0x2b47ed3d771bfd8e
	.quad 0x8000000000000000
	.quad 0xc7b033869b0679ea
	.quad 0x3ebdfabeab77006a
	.quad 0xfe749b7f7b61edaf
	.quad 0x0000000000000006
	.quad 0x6a994f4ddb420f50
	.quad 0xfffffffe78c18dc5
	.quad 0x0000000000000000
	.quad 0xffc8dcd04e151f97
	.quad 0x00000000003d3d96
	.quad 0x0000df56de657d03
	.quad 0x2196c3831fd6b8a7
	.quad 0x9c821d2b3fa9d217
	.quad 0xffffffffffffffff
	.quad 0x00000000000003bb
	.quad 0x02000000
	.quad 0x80000000
	.quad 0x7da8cdc0a49149ad, 0x12a62122e4acd6c7
	.quad 0x3c94875fbf4b053d, 0x0000000082acf978
	.quad 0x7e001d87ac33b40c, 0x4ca9f92aa0308948
	.quad 0xc097c9d28dcc1470, 0xfff0000000000000
	.quad 0x517ba4f87f7e84d6, 0xa526a8eedcfe3eb6
	.quad 0xb04126f14d46f408, 0x02a0d46fa52f61c8
	.quad 0xc24e917f80000000, 0x40d38ee9ff91507b
	.quad 0x000761225edd001c, 0xab3ad5eb83ff60e2
	.quad 0x8760ebf0ffd5bffd, 0x802b87ff9f3aaf00
	.quad 0x4080000080000000, 0x3ff0300000000000
	.quad 0x7ff7eb8716d4785f, 0xe08c3464f5c273ac
	.quad 0x40079312a5d355a8, 0x6ee2aa0971167b85
	.quad 0xd2e2a177d697acda, 0x8000000010961ad4
	.quad 0x9791c9dad0b66f4a, 0x43fffffffffffffe
	.quad 0x00773e2c8946aaa2, 0x4030000000000000
	.quad 0x7f800000c0b00000, 0xca4f89eb811fe013
	.quad 0xff80000080000000, 0xca95a5867b915374
	.quad 0xeaa930b8f7900a08, 0x80000000be07b0eb
	.quad 0xbe846b821b50b915, 0x2c18eea2fffafcfc
	.quad 0x8000000000000000, 0x00388030df7fffff
	.quad 0xbd4e226effc00000, 0xffc00000ba000000
	.quad 0x4f6f5c1da5d83162, 0xa004a5656db902b0
	.quad 0xe856fb13afefef5a, 0x00215ede01000000
	.quad 0x8000000000000000, 0xbc60014de32245c0
	.quad 0x8bfc73227fa2a4a8, 0x3c6e80a6b3f341f2
	.quad 0x8000000000000000, 0xbe52e7b4c8fdfe92
	.quad 0x340af89e803e8bcc, 0x55b7fba6d26fbf9f
	.quad 0x7b398e6f61ae2fc2, 0x81534616a7248000
	.quad 0x7f0000003b400000, 0x28ae9a1e79cbbbed
	.quad 0x6b808371af177c00, 0x409b863d80400000
	.quad 0xdd1228a0e5bc0000, 0x3f20000041503ccb
	.quad 0xfff0000000000000, 0x7ffef77dcff37e00
seed5:
	.quad 0xeb5edfbecc1073d4
	.quad 0xf88b7c701d58861b
	.quad 0x000000007fffffff
	.quad 0xab96f1a288f8c280
	.quad 0x1ec3ebba3cbe6777
	.quad 0xa41c1b6c812350cb
	.quad 0x63c39cf80709fcf5
	.quad 0x9478afb71802a410
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe6d
	.quad 0xffffffffffffff76
	.quad 0xfffffff66a18784d
	.quad 0xd4f8229e1e0acab5
	.quad 0xffffffffffb7a4b6
	.quad 0x00000000000000f3
	.quad 0x8424b3b1fee42f9b
	.quad 0x04800000
	.quad 0x30000000
	.quad 0xd76f61eadf7c7e00, 0xd0232da7f4880001
	.quad 0x013cf02e545e5f31, 0xab2420d4151a0000
	.quad 0x3da7d311ff3ba7e6, 0x405d60592286d0bf
	.quad 0x4006000000000000, 0x0000000000000000
	.quad 0x8000000000000000, 0x406e6270e4e5d371
	.quad 0xe286f67feff0fc00, 0x3f775d892bfd5583
	.quad 0x3dccc4cdc0661b6b, 0xf31b967a54800001
	.quad 0xfa60aeb57fc29f6b, 0xadda7af5c39a6efd
	.quad 0x0008aeb0da224ffd, 0x8000000000000000
	.quad 0x27855c9e7051d036, 0x000a1883cd753016
	.quad 0xe9dec2b7bfe02c0b, 0x160a4b0f5befffff
	.quad 0x37648a9760eb7ade, 0x668775f3fb7dadfc
	.quad 0xfff0000000000000, 0xc3ffffffffffffff
	.quad 0xbcdc0000402e0000, 0x4773fccdf9184850
	.quad 0x800000007f3a2fb4, 0x7e8e9837de6da434
	.quad 0x405494a5c036503a, 0x47ffffff75618659
	.quad 0x80025494eebc9687, 0xc017000000000000
	.quad 0x4ce6d0583639c156, 0xc01c800000000000
	.quad 0x7f65456adf1d7d3b, 0x407fffffc0521180
	.quad 0x98995820ffbfe506, 0x4be8f1e508714800
	.quad 0x7fba6caa736dd70a, 0x5bdc72597ab3b58f
	.quad 0x8061308857710599, 0x947b082bd0ac3e7a
	.quad 0x017fffff8014ee78, 0x4e593e1afff5788e
	.quad 0xecdc9a50147f6eec, 0x4023800000000000
	.quad 0x7ff7bd5dc2490d3a, 0x515f382ff1e1a9ff
	.quad 0x6c4c4333c152fb7f, 0x3b646f7ef07f7bff
	.quad 0x0b8ef79cc02f36da, 0x7e842df94146d7de
	.quad 0xc3efffffffffffff, 0x8000000000000001
	.quad 0x4b2698de360587ff, 0xca4360551d652008
	.quad 0xcbc62390c8e40000, 0x8567e6357fe23db1
	.quad 0xe184379a87384cab, 0x3fd0746564c100d6
	.quad 0xc909fdf40c5f5fbf, 0xc023000000000000
seed6:
	.quad 0x0059c6b844653316
	.quad 0x06be5a50eede2055
	.quad 0x0000000000001769
	.quad 0xfffffe40b0685fdd
	.quad 0x191183c59351a6e5
	.quad 0xfffffffe59a64bed
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0x1ac22ee0bceb0ac7
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc59
	.quad 0x3f9085318a52728d
	.quad 0x5b5c33f4da621dae
	.quad 0xfffffffe2234878f
	.quad 0x00000000000001ce
	.quad 0x00400000
	.quad 0x40000000
	.quad 0xb306904cfa7a7647, 0xff8000002019f13c
	.quad 0x708a62474079305a, 0x40ec000000000000
	.quad 0xff00000080000000, 0x4023c00000000000
	.quad 0x4155dfb17effffff, 0x2a4cca9a676d16fc
	.quad 0xc34fffffffffffff, 0xb646ef8597ff7e00
	.quad 0x800000007fbefd07, 0x3ea130471d0dd4e3
	.quad 0x282f0ad2c101c57c, 0xfffdd39acf373964
	.quad 0x0000000000000000, 0x0010000000000000
	.quad 0x1771ee70a97214f5, 0xc8b307023b7fefd4
	.quad 0xc331613c1358757e, 0x80000000803648fd
	.quad 0x3c625c4a0065ecb0, 0x76059f83eab6e154
	.quad 0xf329666bbe800000, 0x9ac4dc817b584580
	.quad 0x7ff0000000000000, 0x7fad11197f000000
	.quad 0x00358d67e398049b, 0x7ff0000000000000
	.quad 0x40873c289aedbe62, 0xfff3be420617645f
	.quad 0x43e0000000000000, 0xf0c80e9cd738ff5c
	.quad 0x218dff06c632a0df, 0x7fb3414236fdebe8
	.quad 0x9bcb7837d5fffd3f, 0x8d38cc5e8f630fb4
	.quad 0x954b4123627ffdbf, 0x000fffffffffffff
	.quad 0x3533252bbfc25f7b, 0x280564f6b2098033
	.quad 0x000cc67a4ff78a80, 0x7ff0000000000000
	.quad 0xbfb3c76ee8aee9b6, 0xc03da5284a24b5f6
	.quad 0xb44b9a1bffaa7ce3, 0xff80000040000000
	.quad 0x02aa5d145b017c70, 0xbe9440a87fc00000
	.quad 0x6669d172c2ef17fe, 0x0000000000000000
	.quad 0x83415d758cf4842a, 0xfdfeea5a4b91c5fe
	.quad 0x1f0d7f67a470f8e9, 0x40418644f8b0f4f6
	.quad 0xd3eb942a4173f8db, 0xbf30000000000000
	.quad 0x7fdfffffffffffff, 0xf90fc79a328f4a0a
	.quad 0xf4dc125dbfe3fceb, 0x80000000ffbdc56a
	.quad 0xff523681fdf15c29, 0xbc5820913c2f1d6e
	.quad 0x7febc4e7c1482497, 0xc949e01eff87fdb1
seed7:
	.quad 0x7fffffffffffffff
	.quad 0x0000000310c03ce1
	.quad 0xffe418351b511cab
	.quad 0xcb39863c58554d3e
	.quad 0xfffffffffffffed3
	.quad 0xfffffffffffff6c2
	.quad 0x8793662325ea5aa3
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd72
	.quad 0x000000000000006f
	.quad 0xffffe9c9c102ac88
	.quad 0x4f50ea3fc15be20a
	.quad 0xfffea8e8f4fc0ed5
	.quad 0x8000000000000000
	.quad 0xff8e93876972d83d
	.quad 0x0000000000001e75
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0xc019000000000000, 0x309e86d908c8f2a9
	.quad 0x800000003e2dad42, 0x1a82bb698133f76d
	.quad 0x7f121835c0380000, 0xa89ac6d6e9307f8d
	.quad 0x9e5e4f97379efcdf, 0x897c199aca86a59a
	.quad 0xfff0000000000000, 0x4f9cdfd89de4ef7f
	.quad 0xc30b7d9240500000, 0x4230800028ae10b4
	.quad 0xd91cea49f04f0524, 0x4088000000000000
	.quad 0xbf94d9c8cd6dc00b, 0xc1e0000000000001
	.quad 0x80015d00636187f6, 0xff8709abd9f6dc4d
	.quad 0x3e3cb9da7f800000, 0x8a3e5648255f2a1a
	.quad 0xaf0cdabfbbb57c00, 0x801973139c04cde7
	.quad 0x7ff738c494972e71, 0x43f3eb19995096b2
	.quad 0x7dafd2695052a913, 0x60e1a7a9b2c7944d
	.quad 0x7ff0000000000000, 0xe8cffad0fdafbb11
	.quad 0x1e4d8eb3fff2a997, 0x595143d8d74068d3
	.quad 0xc05c742789bb217f, 0x7ff0000000000000
	.quad 0x7e68a30b2535ae3e, 0x34ed9457fdffffff
	.quad 0x407eb520ef37b005, 0x7f82898bff800000
	.quad 0x19fc5bebcc528bff, 0x63f90691732b5440
	.quad 0xc3fffffffffffffe, 0xfff8000000000000
	.quad 0xc77d7206756052c1, 0xc327fa5e00400000
	.quad 0xdd48ca5f1a750b1a, 0x800017a8a6a5c209
	.quad 0x7e87fa61019d4cd0, 0xfffde9b6a51cd1a0
	.quad 0x7ff8000000000000, 0x4017000000000000
	.quad 0xc11c0000ff20744c, 0xc9d7bd25f593bfdf
	.quad 0x0a09164943d25b56, 0x30c98cda9d4e7c00
	.quad 0xbdd46146b03f0000, 0xbff3000000000000
	.quad 0x3fca19662eb8e67d, 0xc03de1908ad760a2
	.quad 0x800198a22e26f653, 0x9e3e392982600d1c
	.quad 0x7e2fab285d261872, 0x7fe0000000000000
	.quad 0xd1d8c951febfff9e, 0x07ec16c4df7bfeff
	.quad 0x49350000fafda542, 0xffc000007f7fffff
seed8:
	.quad 0xffffffffffffffff
	.quad 0x0000000000000283
	.quad 0x9ea9895bf2056875
	.quad 0xffedaff34cf20152
	.quad 0x0015205c79a7c662
	.quad 0x797c34e0dd914e26
	.quad 0x0000000000000000
	.quad 0x3c6d59c339f166f8
	.quad 0x7f77c1577cc81891
	.quad 0x7f8c4169839b8396
	.quad 0x000013733379acc7
	.quad 0xfa7716e1877b752f
	.quad 0x0000000000000000
	.quad 0xf388b00ef4867081
	.quad 0x2adc87cff15eb1ed
	.quad 0x125f0034ce0f8f71
	.quad 0x01c00000
	.quad 0xf0000000
	.quad 0x319882ecced3787a, 0xc09c000000000000
	.quad 0x0c77615209537d82, 0x3eee400000000000
	.quad 0x80446ddec1200000, 0x0c66d3030cdb7ef9
	.quad 0x017fffffbc2a2b87, 0x3aad8000ba750000
	.quad 0xadde90f37ffffdfe, 0xc04f4e0f7e852ecb
	.quad 0x1c0a3cbd3df70cdc, 0xd1f81aa585d97e00
	.quad 0x3f921cd8efc8ec5c, 0x26aad7c9302eb87b
	.quad 0xb442029dffbde456, 0xfa4703cbc7000001
	.quad 0xbec0000000000000, 0x401e4f035b03b8f6
	.quad 0xfffd01c177c4ac9f, 0x8000000000000000
	.quad 0xfff0000000000000, 0xffa70e24b3dda219
	.quad 0x41e0000000000000, 0x1fb0934d42c0c3ff
	.quad 0x00000000bc8e07eb, 0x2cdfc2a8fa52769b
	.quad 0xdefea9705b9fd9e2, 0xd58768e2cdbffb27
	.quad 0x0006d26b9dced596, 0xee92c164fefefc00
	.quad 0x45ad55be01a51f8f, 0x0000000000000000
	.quad 0xc0204b5a5d5438dc, 0xff800000eca543fd
	.quad 0x9d7cf9ad0668320c, 0xc8b97adefafcbaf8
	.quad 0x8000000073e7d931, 0xbdc59f9bff889b38
	.quad 0x42eff68fd529aa4c, 0xef9dc214d97a56f0
	.quad 0xd23fe8b2c0268f7d, 0x4206f4d1ffc4c680
	.quad 0xc1d430a1fd7527ea, 0x261ef70e7f7fffae
	.quad 0x4367a9dec67a7fdc, 0x3fb8044507183bc3
	.quad 0x5f27645fc8ee7cb9, 0xfda04d583d93e27d
	.quad 0x7d4402aeda000001, 0xc3f0000000000001
	.quad 0xffef8989967bc72c, 0x3fb0b987091fb589
	.quad 0x5f800000bd87a460, 0xa16cb456fbffff13
	.quad 0xbfc8f6b3ed63e1fa, 0x29414689164ae43c
	.quad 0x800000001a065fa0, 0x018984b76a3925a8
	.quad 0xb7dad1c2ff7fbbf7, 0xc25e0000ffb385ec
	.quad 0x0008000000000000, 0x7ff0000000000000
	.quad 0x8000000008812847, 0xfff332daee2c4283
seed9:
	.quad 0x7e6d0265bd4f33be
	.quad 0x0000000100000000
	.quad 0x0a70844efa61a469
	.quad 0x000000000af415e2
	.quad 0xfffffffffffdaeac
	.quad 0x229d525f48718c7a
	.quad 0x00012fa4a492bc95
	.quad 0x0153519960d2d6f4
	.quad 0xfffffffffffffc7f
	.quad 0x376e0a82c580817b
	.quad 0xfffffffffffffcd2
	.quad 0x62c3274eee32f424
	.quad 0x0000000000000302
	.quad 0x0000000000000000
	.quad 0xe4ff80b06001f4d1
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x77e92bb3cb7f5ee5, 0x7f0c35fd43160131
	.quad 0x7fb32e147fc00000, 0x3499904c6ce97c00
	.quad 0x0578fe2cffc00000, 0x8008000000000000
	.quad 0xffc080c20dd318ab, 0x027012380053a093
	.quad 0xb110bf8a569f33d1, 0xfff8000000000000
	.quad 0x8177258142f1b491, 0x461500005c1142af
	.quad 0xa8adc4aa3f467bff, 0xc32abc9c6c3f0990
	.quad 0xf1e46250e9ffa7cd, 0xc330000000000001
	.quad 0x658055d749a7d4f7, 0xf33dcde8c4dffb64
	.quad 0xbff3e694ac3a68f7, 0xc25b86f380000000
	.quad 0xd5f2da3298fd7c00, 0x61749a51a0823f4e
	.quad 0xb74328b63c388623, 0x3fb2fe69868d75f8
	.quad 0x7d7857700e24e14b, 0x946bfec6fff2b103
	.quad 0x7b58a4f4ff38a006, 0xbe4089dced29011a
	.quad 0xffabd461c30bbf82, 0x867b7fb17fe439d8
	.quad 0x800fb94230263872, 0x0b7edc48e9f74800
	.quad 0xc29bcf13be6bccbd, 0xff1d3d3a00000000
	.quad 0xb6f00000ffe80565, 0xd0478db762179fe5
	.quad 0x7ff8000000000000, 0x3472d201dd1a5280
	.quad 0x400285d257e9be29, 0xbf9ea313e22da876
	.quad 0x50bc3cf1a298c5c1, 0x401478b3e6b5acad
	.quad 0x6ea3b6fbc000fd39, 0xbc153087c0624265
	.quad 0xfffed6f5c24b8007, 0x4006800000000000
	.quad 0x2f4514d9cf9ffeb5, 0x8290c4ffd8511dc9
	.quad 0x8000000000000000, 0x554b25bb78e9001a
	.quad 0x814ae625c782d721, 0xe66be06bfff71b7f
	.quad 0xffb2770e7f800000, 0xed16243eff84f556
	.quad 0x00004c5839dda168, 0xcc5db3ae4317fbaf
	.quad 0x802a0ee4a5a5f229, 0x7fff3106744364f9
	.quad 0xc0200000bce4995d, 0x52a06a2df2fdfd23
	.quad 0xc246fcb8c0980000, 0xff8612dd42ca192c
	.quad 0x7fd0000000000000, 0x6b65dd617e455e8f
seed10:
	.quad 0x00cef078cdbaadb5
	.quad 0x3a7c6d658a9d63ca
	.quad 0x8c898d1aa94b009f
	.quad 0x0001ceff5e0cf629
	.quad 0xd178dab685dc7b91
	.quad 0xfffffffffffffe93
	.quad 0x9f3bb106558f1d7b
	.quad 0xf406822c75a283cb
	.quad 0x00000000ffffffff
	.quad 0x00000000000000dc
	.quad 0x00001cc30ddf7809
	.quad 0x101884fb9f939cae
	.quad 0x2d03d8cb6c9c8d55
	.quad 0xfffffffffffffcb6
	.quad 0xffffffff80000000
	.quad 0xb35f892769e3d44a
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0xfe855d03756703bf, 0x62e38f751892c694
	.quad 0x43ebbf93c44c892f, 0x7482bb13c0b2586a
	.quad 0x587f91247fb5441b, 0x7d5900652d9b316a
	.quad 0x03b9ea0bb9f4ab88, 0x3cdc0b72607d789f
	.quad 0x3e4a208fbc123773, 0x7e86603990155925
	.quad 0x3d3984fdff800000, 0xfff8000000000000
	.quad 0xfdf9a10e219d4f84, 0xb7c000003942d701
	.quad 0x3bd8c8a4bc9ff586, 0x8d7057b7cf9056e1
	.quad 0xd5f08508b750e0f0, 0x43c80000bbc2f689
	.quad 0x88aa468032763b3d, 0x3e624f51ffb83ba3
	.quad 0x7fd65b5d006a0dec, 0x8000000000000000
	.quad 0x8945af2423c8dad2, 0xc7fffffe8920518f
	.quad 0x2aa7caac8a615d09, 0xad9dcef98577a372
	.quad 0x454b9264ffddfdf4, 0x4000000000000000
	.quad 0x4021800000000000, 0x4dc0ff7a3b5346c0
	.quad 0x579df43a10717834, 0xbfbd8a546716690e
	.quad 0x000000005f7ffffe, 0xd59d10dbbf17ffba
	.quad 0x00000000ea7e74df, 0x7ff0000000000000
	.quad 0xfdf58a89a59916ed, 0x99b2b858fffbdf4a
	.quad 0x000000007ff7d1b3, 0x0a4ddc3d6ddfff16
	.quad 0x000e026ccf9199f8, 0x65b152dd1d773ec9
	.quad 0x8f05aea2c18b37ec, 0x703ab926d8f5fe00
	.quad 0xc2889e34bfb52edc, 0xa7dbcf7e7ca4fe57
	.quad 0xff800000ff6effdc, 0x45d193f3e7988010
	.quad 0x4012000000000000, 0x30965eb4b25e7b05
	.quad 0x423a273b77effdaa, 0x7b7f2ff85295eaf0
	.quad 0x3fd63212eb8bf418, 0x82375efe3c24f209
	.quad 0xc36d10dc3f6d7fff, 0xff800000bd5d9a42
	.quad 0xf83efa8b70b92bbb, 0x0020000000000000
	.quad 0xc1b240e07d9715bf, 0x6252358dcafdaf57
	.quad 0x021a09532fd6aa09, 0x7f1779bcc17a22e9
	.quad 0xffa21effbe95b876, 0x7ff04ba5bae9f8bf
seed11:
	.quad 0x8000000000000000
	.quad 0x4677258fba6ad368
	.quad 0x012472205088233d
	.quad 0x7785b0fbc1a6a6ad
	.quad 0xffcdffea8f22a5b1
	.quad 0xfffffffffffffe8b
	.quad 0x04a114ae0d6df7c0
	.quad 0x0000000000000001
	.quad 0x0d247353550a1fdd
	.quad 0xffffffff80000000
	.quad 0xffffffce2e527f4e
	.quad 0x0000000000000289
	.quad 0xfffffffff5ef6ce9
	.quad 0xffffbc6a022e2aee
	.quad 0x6e2be4adcc864f5b
	.quad 0x5715f2710df16c26
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x4017000000000000, 0x3fc1b382ea65113c
	.quad 0x60ac7a5bfeffffff, 0x7ff0000000000000
	.quad 0x28da4ba31bba7f4b, 0x40346344fc58fd67
	.quad 0xc0c4500000000000, 0x41dedc505ff025a4
	.quad 0xa89efb1a5cb97b3f, 0x17ca4c0c4ebed3fe
	.quad 0x7f8e5c21a0985a9e, 0x3f06adddc35d49f3
	.quad 0xd9f77b10ebf07d2a, 0x50306b5c52997c00
	.quad 0xc0a00000eba2856e, 0xfff1239726cade51
	.quad 0xfddd7891680623f0, 0xa0e1bdfb7fffdcfc
	.quad 0xfffd49803a27c60e, 0x7fd507c488fa1c12
	.quad 0x41ed0ab17f800000, 0x437b737f80000000
	.quad 0x7f800000ffd81646, 0xf8827fedd9800000
	.quad 0xf7b8b8c87f800000, 0x7f9dfe3b6203d369
	.quad 0xbfba4672093ac46b, 0x798f6b3383b5ffe3
	.quad 0x4f4f6183612e7c00, 0xdcf5e4f7a400fe00
	.quad 0xff800000c19d6073, 0x7ff7266f77d0b343
	.quad 0x47f077bb42185e89, 0x7ff0000000000000
	.quad 0xfff20b4a07eb937d, 0xaa42770f24297840
	.quad 0x00000000da000001, 0xeba63c753f7739fd
	.quad 0x7fa04bb3ffcad7e5, 0xbfba600000000000
	.quad 0x7f800000ff800000, 0x4007000000000000
	.quad 0x006dad34bfa00000, 0x5f6546b91fa07980
	.quad 0xff1910109e41102c, 0xc9bacb0cd271fe00
	.quad 0x298c2f2855be9415, 0x3ef4000000000000
	.quad 0xc7fffffec0aa3498, 0x93a2af3600000000
	.quad 0x013f3bb67ffd9a23, 0x00000000c7800000
	.quad 0x801fffffffffffff, 0xc00e000000000000
	.quad 0x9fbc7d7c307b7c00, 0x7ff0000000000000
	.quad 0x1c45a9a4c3f0e461, 0x8000000000800000
	.quad 0x3f9480003f00687e, 0x80000000fedfde97
	.quad 0x7f9e5d59ba72ad67, 0xf4fe8f580c3bbc01
	.quad 0xbfffffff00afb48e, 0xffb7f0b680000000
seed12:
	.quad 0xffffd8dfdd00041b
	.quad 0xffffffff80000000
	.quad 0x0000000000001122
	.quad 0x00000000000000fa
	.quad 0x53faa92e7eb54480
	.quad 0xc022ccb86b862bd9
	.quad 0xffffa131a47516db
	.quad 0x0000000001000001
	.quad 0x000000000000004e
	.quad 0xfffffffffffffdf6
	.quad 0x660495dc673a38d5
	.quad 0xffffffffffe9769e
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffd8
	.quad 0x8000000000000000
	.quad 0x0000000001000001
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xfb35cdaec7d70dbd, 0x533dc3e66b608f5a
	.quad 0x7ff0000000000000, 0x60336e70f9fbfc88
	.quad 0xc09af6cf415d20f3, 0x95551322bf800000
	.quad 0x3ff7597f8d9ad9ea, 0xbf8ab8bb3f805ac5
	.quad 0xbfddb5ff8919ae26, 0xc26cc92d80000000
	.quad 0x966c5587bd200000, 0xffe0000000000000
	.quad 0x8131d3bb31cde241, 0xff80000041020000
	.quad 0xc05c000000000000, 0x7f7fffffa12f7967
	.quad 0xfff11290d881b8f8, 0x40cc00007fdd5450
	.quad 0x45aa00000040755d, 0x41cec5140014fdd4
	.quad 0xc33fffffffffffff, 0x41752c66c4b00000
	.quad 0x0015e73d0251e975, 0xfb262fa0732dfc00
	.quad 0xc05c65d66e420f04, 0x7ff7556906e4d9fd
	.quad 0x9c124281ff7ececd, 0x00000000c4b18000
	.quad 0xc00b000000000000, 0x341270416a347812
	.quad 0x8acfe49d0ee85b73, 0xc000000000000000
	.quad 0x804000007faeb166, 0x145dfb8edffe9db3
	.quad 0x802f2905c0980000, 0xf5554afcb5c00000
	.quad 0x1ed2454d63597cb5, 0xc06b2d7a519c2bf0
	.quad 0x83bb76fcef1ab442, 0x236db64ecfe9fe27
	.quad 0x0ba4332b9eb9ed38, 0x3ceb065fe9247c00
	.quad 0x0c965f8ad9502972, 0xff800000ce1ef0e5
	.quad 0x9051c0f26a5004cd, 0xbcb9ac6b3ed76805
	.quad 0x4c3b859c01000000, 0xbf1984065f467043
	.quad 0xbffa000000000000, 0xe970daf5a57f7ba6
	.quad 0xc098000000000000, 0x7f74203f8718d794
	.quad 0x40292fbd9b7455f2, 0x3f7a780e61fa54d6
	.quad 0x5ad0850193bff2ff, 0x800f49a611e9efe4
	.quad 0x0033fb18c0000000, 0x06a473d57f90cc6b
	.quad 0x80f636f93fc00000, 0xc076f918ae769b5b
	.quad 0xff9cbeaf24e7d35d, 0x4009800000000000
	.quad 0x5314f10cb6478b3c, 0xbf1d2f9580000000
seed13:
	.quad 0x00000224cdd8fad9
	.quad 0x77a0a41eceb07e9d
	.quad 0x00000dc9bbf26919
	.quad 0xfffffffffffffcbc
	.quad 0x00000000000002fc
	.quad 0x00000000000002d8
	.quad 0xa101bcd48b3ce05a
	.quad 0x008f3cbffb8ba0b9
	.quad 0xffffff9c82b6f1ae
	.quad 0x00000000000000db
	.quad 0xfe2e08d5c1b8b3eb
	.quad 0xfffff721290db46f
	.quad 0x00001bd17f84ffb1
	.quad 0x8000000000000000
	.quad 0x00000000000000fa
	.quad 0x0000000000000001
	.quad 0x07800000
	.quad 0xd0000000
	.quad 0x3f80000040600000, 0x059fd7231ba86121
	.quad 0xff90e9528c4719ea, 0xc700000059800000
	.quad 0x80132eb6a7af7e45, 0x7fc0000080000000
	.quad 0x4237a337a9228000, 0x4006000000000000
	.quad 0xff8000007f800000, 0x11d1c5b5ffd7bbde
	.quad 0xc003680b2b1ca157, 0x01e8b8c631cbd3dd
	.quad 0x97d9885753d648b0, 0xfb46257afcbb128b
	.quad 0x0000000000000000, 0xbfe60153ffeaea5c
	.quad 0x7c4311aebc10d897, 0x4021b971ef39885f
	.quad 0xd1807dfb57058694, 0x7ff8000000000000
	.quad 0x879ed8c0d7d5ffff, 0x1386ec137b94ad50
	.quad 0x400ffffffffffffe, 0x800000013b8c7036
	.quad 0x800d67eee42a0748, 0x46f01fd85a20f592
	.quad 0x40c000007f800000, 0xce18bbd9d48bd2d6
	.quad 0x4023800000000000, 0x3ba15bcf2033c4f2
	.quad 0xbfffffff82757048, 0x3ca000007dd670ab
	.quad 0xc77fffffd5794ab5, 0x40a000007fc00000
	.quad 0x049b4e22fb7bb7f5, 0xd6ee81bdec1f0000
	.quad 0x8000000000000000, 0xf14e6a12c2c5b5b5
	.quad 0x4045908a25f52c7c, 0x2eab7a39ff7fffff
	.quad 0xc05071f3f3f373d1, 0xbfda2f6db4881e81
	.quad 0x3d4fdc2bd4a50431, 0xd1b9a3ea189cb0d2
	.quad 0xcfeff4d444eecc80, 0xbeb9728339f39f87
	.quad 0xc04000007f61bed9, 0xbf7a5ca2af7a348d
	.quad 0x5338fb71aefffe67, 0x415c30f5e4737f8e
	.quad 0x5bb54443b15b8a9e, 0x43aa2f05f4cbb56c
	.quad 0x753af1bf6d8e8000, 0x7f8000007fc00000
	.quad 0x85edbd1c2b12bc00, 0x434fffffffffffff
	.quad 0xd527265e84675ada, 0xf5b1737c00800000
	.quad 0x95186c17ff9e23c8, 0x658201de7d35fc00
	.quad 0xc02b5aaeffaf331a, 0x807fffff76d84fea
	.quad 0x86409ea3cc6c7dff, 0x800338ea09ffb908
seed14:
	.quad 0x36866a64012d396b
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x6888edd6bde3535a
	.quad 0x4c211fdb8c4a2391
	.quad 0x00000000000000e4
	.quad 0x00e872edd30e570d
	.quad 0x9d84fb89ef5725de
	.quad 0x000000001d79ca15
	.quad 0xffecd5d5bf00b5dc
	.quad 0x0000002d54046fa6
	.quad 0x0000000065ecce5d
	.quad 0x127d40717f5a1bb6
	.quad 0xffffffffffd60e91
	.quad 0xfffffff259c1bf9a
	.quad 0x84a433ba08f630f6
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x800000009b94cdf4, 0xbce00000fdf0be3e
	.quad 0xbf32000000000000, 0xbef4f1f03d8b09c1
	.quad 0x428687c2ffaffff7, 0x4f92f98005f68200
	.quad 0x3f8e5dbc8dfbfaf6, 0xaa86d7a2f95ea887
	.quad 0x42e8b2f478b93b0d, 0x4aa1801a4d4e1ea3
	.quad 0xd8fc27b1ffdf6cb9, 0x04c53288f237affe
	.quad 0xfff0000000000000, 0x0001e38fc25cb774
	.quad 0x6f60eb1a7facb088, 0x7f800000c2ce2cac
	.quad 0xf57d9aee7fd7d1aa, 0xcef236232631d4cf
	.quad 0x8ed6caae7f88c6c8, 0x598000013f800000
	.quad 0xfc47a424fa1291c4, 0xa02b4560d668bd38
	.quad 0x40746a5c1bf960f2, 0xa1712a0bf85afd11
	.quad 0x8000000000000000, 0x3f8cfba2cd566be7
	.quad 0xfeea4638bd02e75b, 0x0da2b8558da9c440
	.quad 0xa99ef5c51b4aad49, 0xfff3dd9bbae94923
	.quad 0x00000001df2e6b03, 0x2b3a18dc0b0724a8
	.quad 0x00842bfcf9fe4ebf, 0x8008000000000000
	.quad 0x815da343f6a73c16, 0x988bf9f8d7fef9fe
	.quad 0x3e432e46ff800000, 0x40700000f019e9e8
	.quad 0xff921d1480000000, 0x59bc7f94f385edef
	.quad 0x77a20ef9f4d4e0d4, 0x4daee7ffe675fc5f
	.quad 0xc02f7fa670a8fb1a, 0xcf4a9f8cf4ee0d53
	.quad 0x08aabd013eb7950a, 0xbff4000000000000
	.quad 0x40411877a9bc2d51, 0xa6316129fdbcff5f
	.quad 0xc004000000000000, 0x81e16bfd4110f990
	.quad 0x40dc000000000000, 0x8ea847c4db130ecc
	.quad 0x32bf762a81194740, 0x64835b7d04b47b90
	.quad 0xa9b0eb4da5eedd59, 0x739e9b587b87b7f7
	.quad 0x7e306b9121307df3, 0xc0e0000000000000
	.quad 0xbfad4c149dbf29de, 0x7ddeb288420542bf
	.quad 0x406b478f3b109a7e, 0xbfc25ed4c40a7ed6
	.quad 0x740f5c2767d5fcb9, 0x0000000060ab9e1e
seed15:
	.quad 0xe28f116a22c5c4d6
	.quad 0xfffffffffffffc62
	.quad 0x0000005abe7ee77f
	.quad 0xba31daa225e687d6
	.quad 0x000000000000019e
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd0e
	.quad 0x0619ebee7d84e410
	.quad 0xf6736ec2a41b0c96
	.quad 0x0000000000000020
	.quad 0xffffffffffff39c9
	.quad 0x0076a318ab21dcd0
	.quad 0x0000000100000000
	.quad 0x0000000000000302
	.quad 0x771384a4c157f733
	.quad 0xd330d754692bd89e
	.quad 0x02000000
	.quad 0x30000000
	.quad 0x78368f41811e4083, 0x0000000000000000
	.quad 0xbf8beefa3d46740e, 0x0000000080ffffff
	.quad 0x037397cc11b3e6c1, 0xc02bf0a89101222b
	.quad 0x74bdae5bdfb04cbf, 0x7ff9734257921d53
	.quad 0x3e8e0000f2d7d9a6, 0x5e978967aab585b2
	.quad 0x9012860168fe87a8, 0xbcb0a6ad5789b580
	.quad 0xae05b9a75ec77c00, 0x40331e86ffdc6b14
	.quad 0xe5996f8889697dcb, 0xabd2cb54be79d7c6
	.quad 0xbe635ddd69d6b04f, 0x80000000be1bc75d
	.quad 0x997666b7fc7ba3f7, 0x7ffdffad802a16d9
	.quad 0x1aa8e34958bc144b, 0x85a08802fbd07c00
	.quad 0xf6cc411fc7cef930, 0x0fabfcf880fc6828
	.quad 0x9344e3852656fdcf, 0x8000000000000000
	.quad 0x60ea88c4ed598000, 0x0ec506ba29adbe1e
	.quad 0x1c658fef97e0e69d, 0x3e14bb15c1800000
	.quad 0xffefffffffffffff, 0x3675c61bf775fb83
	.quad 0xc336383c41ce751c, 0x017779afbfffffff
	.quad 0xc020000000000000, 0x5c753061c20633e1
	.quad 0xcb58bb93a1a26171, 0x7e099b5f18abb5a7
	.quad 0x1d16ecb61a6dbd2d, 0x9a3ff7ee3ca755f7
	.quad 0x48b0a4fb477e7df7, 0x3d567da62b18ed5f
	.quad 0x42651a0297544407, 0x89513a66c22ba9b6
	.quad 0xf99dc9defef7df89, 0xc19fd1a67915e194
	.quad 0x0000000000000000, 0x0fbf9982fdfc7eff
	.quad 0xc05578fb2dacf668, 0xcbb417c87fc58bff
	.quad 0x800000007fc00000, 0xff028670744e6980
	.quad 0x7fed2ebcc13561fb, 0x7faf26db00774eb7
	.quad 0xfff0000000000000, 0xe49a92783a07ed02
	.quad 0xa090291aff85fffd, 0xeb191fbf7f800000
	.quad 0xdc2ac7ba7ff77feb, 0xd5db8192c0901627
	.quad 0xfff0000000000000, 0x9e3a9b4762137946
	.quad 0xaf482cc9f5fbfeee, 0xbc8a63018473f3fb
seed16:
	.quad 0xef9477c84c40c253
	.quad 0x8cfdcb6026ed233f
	.quad 0x0000000001000001
	.quad 0x001898ba858425f4
	.quad 0x0000000000000202
	.quad 0xfffffffffffffef6
	.quad 0xf79417c040a97dcd
	.quad 0xffffffffffffffff
	.quad 0x90a8b0d5d908c8a6
	.quad 0xff1286ae01dce5a5
	.quad 0xfffffffffffffff7
	.quad 0x5def48ae4826f89c
	.quad 0x0000000000007270
	.quad 0x3d90f231a9d55dbd
	.quad 0xfffffffff549443b
	.quad 0xdac54cb9e7e77766
	.quad 0x02800000
	.quad 0x90000000
	.quad 0xc030200000000000, 0x6a31377776d659e0
	.quad 0xffa45f380043910c, 0x17376352be1b7704
	.quad 0x47a08247531e32ae, 0x00000000c10c0000
	.quad 0x0008a9215ddbfa95, 0xbc7016ddcf98f7ff
	.quad 0x883c00499378b726, 0x434ffffffffffffe
	.quad 0xbf87f742945e055d, 0x3fffffffffffffff
	.quad 0x4a508bc6ce3f0000, 0x0000000000000000
	.quad 0x7fa475b09ff8a127, 0x2bd926fb7d093fb3
	.quad 0x403add704a591e8a, 0xfff515c0aa5f3820
	.quad 0x444000003e1b3d56, 0xa42bb84cb9100000
	.quad 0x7150076590129deb, 0x435f00007fa5e249
	.quad 0x0591b5db38490000, 0x410e0000ff876518
	.quad 0x0000000000000000, 0xb72913ccc0700000
	.quad 0x9f1b0b6da2cd2cb4, 0xffe1a3570077c051
	.quad 0x5e9ff47efffe4fff, 0x85a0609f8d2c0a8a
	.quad 0x8008000000000000, 0x7fc000007fc00000
	.quad 0x88722bbd23dd8000, 0xc0748a8ac0000000
	.quad 0x8d759c24bc13ca3c, 0x0000000000000000
	.quad 0x40f40000c7ffffff, 0xff9fd81ec1f5c6a5
	.quad 0xf1ac5b5efff97dff, 0x1d67d76cf5e67b5e
	.quad 0xfff47a8015ba3ed2, 0xae6e5e2ddffffffe
	.quad 0xc3fb42fc2a822ae2, 0xbfe5f149c10c0000
	.quad 0xbf18000000000000, 0x41e0000000000001
	.quad 0xe751b5780a776784, 0x4c3a90a1fff7faeb
	.quad 0xa4e4be69f98520bf, 0xe5c33e86bbab7fda
	.quad 0xc3effffffffffffe, 0x0000000000000000
	.quad 0x9e3b8b83322c410e, 0x7d9076fb8a7e15aa
	.quad 0xff80000000000000, 0x7f7569e8d71ec2bc
	.quad 0xd708cb7a7ff77c00, 0xd57c76c360e2fc00
	.quad 0x7fc000003d7be1fc, 0xbd9d01353f800000
	.quad 0xde07d6887ffaf7ce, 0xa302a1bedfb0fd28
	.quad 0xf6f1c2cc8c72d60f, 0x8000000041120000
seed17:
	.quad 0xa7ef20f679cba615
	.quad 0xff5d23ee646bd819
	.quad 0xffffffffb3da06c5
	.quad 0x0000000000000001
	.quad 0xffffffffffffffec
	.quad 0x000007bd52b2f04d
	.quad 0xffffffff80000000
	.quad 0xb86911ff1560eec1
	.quad 0x00ae46402954364d
	.quad 0x0000000000000048
	.quad 0xfffffffffffffdb7
	.quad 0xf2489d72c7f87c9b
	.quad 0x00000000000000c5
	.quad 0xffffffffffffb872
	.quad 0xe947c9b927db99a6
	.quad 0x000000007fffffff
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0x8830516cffc6c6fa, 0xfe9334c9fc640a55
	.quad 0xfff99b3672c27d80, 0x965820b43c5b3ced
	.quad 0xfff61cf8940fb59b, 0xc06537cec5efce08
	.quad 0xcfa04a5b6c54f933, 0xcab04f34a467fdbf
	.quad 0xf25e317cffeda982, 0xbcb3922e3bf7ffb8
	.quad 0xce13804b8ebffc7d, 0x1b9d005dffe5bdaa
	.quad 0xffca2bda7e768503, 0x3fa0400000000000
	.quad 0x7ff8000000000000, 0xddea5a399bfe17de
	.quad 0x3be3605c3f1af792, 0x433657b1452c2aa4
	.quad 0xfdcb7e4462889f1c, 0xc012a14e4a77e91b
	.quad 0xaf66e411d10d1e43, 0x3680f37bb1d68000
	.quad 0x6f52c1733fd50a18, 0x3c5fd22f7f000000
	.quad 0x9f79f8d95e592f9c, 0xd9701840fdff137f
	.quad 0xdcb8ee77cbfdfeef, 0xbc8889bbc222e01d
	.quad 0x7e800000c37221c4, 0x0080000080000000
	.quad 0x3fffffff3f51d83c, 0x7ffa20a736646f4d
	.quad 0xc021800000000000, 0xfeba5fc55f7fffff
	.quad 0x0028836500702a01, 0x59fbf92775db7c00
	.quad 0x71c50d309218ebfc, 0xa9415be5fee20dae
	.quad 0x7ff8000000000000, 0x80051458c11c0000
	.quad 0x141d6d4caf00fae8, 0x82d2efe00c8a8ed3
	.quad 0xffa68ddeffc00000, 0xffe66d195f800000
	.quad 0xc055b742c022e5c8, 0x67535a8d65040000
	.quad 0xbe76eea5c1000000, 0x7ff0000000000000
	.quad 0xffd5a77bc9000cc1, 0xc8400000ff94c2db
	.quad 0xb4892fba2d4adf2d, 0x75a98748d85f06d4
	.quad 0xfff8000000000000, 0xc330000000000001
	.quad 0x36d240e05f368edf, 0x28a7334ef12b8bff
	.quad 0x3f000000bf6168a3, 0xa08a76d38cce0000
	.quad 0xbf9bb257fa087c51, 0x1e870a5417a843fe
	.quad 0x535ab7bb1a32a8e6, 0x7eed9965e3eb304f
	.quad 0xc106000000000000, 0xd1beffc3e5143e43
seed18:
	.quad 0x0000000000000010
	.quad 0xffffffffffffff31
	.quad 0x2d44de2a3d1803ae
	.quad 0xcb75e4c9171fb71e
	.quad 0xfffffffffffffc4b
	.quad 0xffffffffffffe3b2
	.quad 0x8290fd6e327c9ef9
	.quad 0xff8db0ac1e44ebb3
	.quad 0x000fb33bfb2b6969
	.quad 0xfffffffffffffdce
	.quad 0x0020000000000001
	.quad 0x0000000000004b44
	.quad 0x0000000006b53995
	.quad 0x000000007fffffff
	.quad 0x0000000388172ce3
	.quad 0x4d3fbe3cb45dcc2d
	.quad 0x02800000
	.quad 0x10000000
	.quad 0x807fffff801f7de4, 0x2cca244a57fefbec
	.quad 0x6e202a08dfe28ef5, 0xac2832d9dbfbd4a0
	.quad 0xd2cb80c2d1a37cbd, 0xfe08bd55706ab80c
	.quad 0xf828cc2a7f7e4f4a, 0xe268eec2e7987b50
	.quad 0x7f7dbb098678003c, 0xfe0f02a35ffd5a61
	.quad 0xd4a4232fff997e13, 0xff8000007f8290ac
	.quad 0x4002000000000000, 0xbbdb04529491ae0a
	.quad 0x773c5f91ece9c830, 0x3c1f7b4a00000000
	.quad 0xd316f792bcaafed3, 0x7ff8000000000000
	.quad 0x255038e546c27c62, 0x400fb8f919facb21
	.quad 0x80400000ec3efa91, 0x2e6c66d9134d7933
	.quad 0x40704f81e4bc36ed, 0x8000000000000000
	.quad 0x1d6aaad6f6302485, 0xcc2df31ce99a3537
	.quad 0x40880000ff942762, 0x46e0ef7368d4a097
	.quad 0x4f7ffffedf000001, 0x919427aa692f09a3
	.quad 0x80313ce11cf8a767, 0x4011000000000000
	.quad 0xc04e9a6fbe000000, 0x40436cb8b27c0ebf
	.quad 0x018721cc098ab4e6, 0x113a984b7fdf7cf2
	.quad 0x7942bf462524e963, 0xccd4e5c607de3fff
	.quad 0x3f25ffdf73fe2f75, 0x00019d1fe00862f7
	.quad 0x132b03a0db8d8253, 0x0bfd3f808bce4640
	.quad 0x7f800000ffaebeb2, 0xaa0b54824a87fccd
	.quad 0x433fffffffffffff, 0x53eb46a48e49783f
	.quad 0xfff0000000000000, 0x7ff48d4df54dbe67
	.quad 0x8a526b3ef8ad3d1d, 0x4050000000000000
	.quad 0xba792aa66acfc860, 0xc1fe4a00ff800000
	.quad 0xc073000000000000, 0x83d6bc0dff961df4
	.quad 0xc010000081000000, 0x2f7bece155b25714
	.quad 0xfd8836626dfcdb7f, 0xddddd4652f8f82db
	.quad 0x39b062f12017005b, 0x40f0b691c1016235
	.quad 0x3fd690ec9a1dbb68, 0xbfbe72b8e6d1f3eb
	.quad 0x1b2764b1ff8c045c, 0x7fea188e83d0968d
seed19:
	.quad 0xfffffffffffffcf3
	.quad 0x00000000ffffffff
	.quad 0xffffffdc808367b8
	.quad 0x7fffffffffffffff
	.quad 0x05d988b2679a5dfc
	.quad 0x000000004ba33e5b
	.quad 0x00000000ffffffff
	.quad 0x1677882db4347417
	.quad 0xfffffffffffffed2
	.quad 0x00797113c6660e6f
	.quad 0xfffffffffffffd46
	.quad 0x03803827269c19ce
	.quad 0x8ce61bba39a6c8f3
	.quad 0xffffffd7ce21a6fc
	.quad 0x4b8b5bd6502dd881
	.quad 0x547ba23150f86722
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x3ff0000000000000, 0x9042958b7ef7eb30
	.quad 0x61abd3828b9a9640, 0xbc6e81bfbfc30823
	.quad 0xfff0000000000000, 0x797ca71a53ffff7f
	.quad 0xaf40192e7ff6ee56, 0x012804d1da7ffffe
	.quad 0xbc000000017fffff, 0xb7e08ce767abe2cb
	.quad 0x3b6815361da5b6c6, 0x934f9d7c4f9a9049
	.quad 0x9654a0dc7fc00000, 0xc0696f5022aec6a0
	.quad 0xc1354aaf42a51962, 0x001a20a1973bb55f
	.quad 0x6e6be39c817fffff, 0x5c9127c0b12007b8
	.quad 0xfffa333185b49561, 0xffd5ece093d57625
	.quad 0x40cd000000000000, 0x0063a8b7ee0539c8
	.quad 0x237f2ffce0cf798f, 0xbb0fcfb29e1b0001
	.quad 0x700c16997fffffff, 0xdb1363c8f5fff9ef
	.quad 0xfff4163eaea0c7aa, 0x817fffffc0bc0000
	.quad 0x4290dafe3fef0fdf, 0x5372ead3dd3ba562
	.quad 0xeda9c3dfce4efd2c, 0x7f800000c240bebb
	.quad 0x82a286643f54d424, 0xa04255a4cf5afbfb
	.quad 0x3f8d81b7ffdf3d4a, 0x4628ee2848d3f800
	.quad 0xc3efffffffffffff, 0x5d5f37d1f929f947
	.quad 0xbdad616dff800000, 0xbfa19440536084cd
	.quad 0x7fc0000080a618b5, 0x7f8000007f340996
	.quad 0xff63eb15de9103ff, 0x000605d3d6720e6c
	.quad 0x8008000000000000, 0x8020000000000000
	.quad 0x535d59dae2dd7c00, 0x7f8000007f800000
	.quad 0x40772fb87fc00000, 0xbdf4e09b7f800000
	.quad 0x4719400d8051a186, 0x1f664691fddafde8
	.quad 0xac5123b6136dcba8, 0x41e0000000000000
	.quad 0xfff0000000000000, 0xc07de27b954eeeb8
	.quad 0xa2b635809479a5bc, 0x22a82e0cbe852caf
	.quad 0x400e000000000000, 0x801fffffffffffff
	.quad 0x8282164d41641672, 0xffc0000080000000
	.quad 0x7ff5eb25ff800000, 0x400e72a7e4f9304d
seed20:
	.quad 0x0000000034fa5e14
	.quad 0xbb2ee48c41c61218
	.quad 0xee70374cecd699e6
	.quad 0xebcfece2e8d583bf
	.quad 0x00000000d91d33a0
	.quad 0x0000000000000199
	.quad 0xc4010761f25ac232
	.quad 0x00000000264a0747
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x9ed3b869a97bcf53
	.quad 0xffffffff80000000
	.quad 0x379813849f5ca43a
	.quad 0xfffffffffffffe3e
	.quad 0xffff0ad68d1f624c
	.quad 0xfffffffffffffc83
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x0010000000000000, 0xcdc84946dcbec052
	.quad 0x4f72c148eb1c697d, 0x4032000000000000
	.quad 0x3cbfbd832acb0460, 0xc821bad93a7004a4
	.quad 0x7ff0000000000000, 0xba9d7b48ed7bcb79
	.quad 0xc02b1473aefdd753, 0x461bbd6553fbb6ff
	.quad 0x7ff0000000000000, 0x7fd14d09ebaff590
	.quad 0x557ae041ff0d7d5c, 0x6d9f5f4bffdece7f
	.quad 0x3f0ba00000000000, 0xbc7c27a26c68b6ac
	.quad 0x43e29a28ffbb03ff, 0xbe220ca2e8fd7831
	.quad 0xb47700aa0557fa00, 0x301f7a15c4beb3ff
	.quad 0xc03000007effffff, 0x0000000000000000
	.quad 0xc780000140631a51, 0x7fb1b11cbd1dea29
	.quad 0x3097aa3e89aa93ec, 0x79efa23791f97afd
	.quad 0x3ec8000000000000, 0xda28e3c66f614b94
	.quad 0x3f0a0a54bc762631, 0x7fc00dd1c3a96cf5
	.quad 0x6de7c86fc37855b5, 0x03c1a3b896a12db6
	.quad 0x8000000000000000, 0xa5a1681a97c951e3
	.quad 0x151540867ffcef2d, 0x77fdcaccbbfcef75
	.quad 0xa5024563bb22ceb5, 0xbd690d78ff800000
	.quad 0x3031ade69fd7a9f2, 0x8027d96f260afc46
	.quad 0x278423ba7f7fffff, 0x1bf9c8e7bee2c500
	.quad 0x7f800000bde013c3, 0x98b58ed3c4fffffe
	.quad 0x66177a67dbc8c440, 0x7f221bbeec93efaf
	.quad 0xdc451f0cc02aba7a, 0x6387c4da45bac5c8
	.quad 0x419da1c9c03812f3, 0xc03dfdbb4b850245
	.quad 0xe486d0aaffbffc99, 0x7ff0000000000000
	.quad 0x00c207917fa31374, 0x3b818e177f83d216
	.quad 0x30e2135fee7a4900, 0x40ef700000000000
	.quad 0x401c000000000000, 0xc038bc8fda0679e2
	.quad 0x802de69544300000, 0x1d15911d7f800000
	.quad 0x006bfc677f800000, 0x65cb04b2fffb3fee
	.quad 0x9e7ef6143d262ca9, 0xf0d34cd591b833f3
seed21:
	.quad 0xffffffffffffff0b
	.quad 0x00000000015cbea6
	.quad 0xfa3b0c4f5327122f
	.quad 0x0000000000000252
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x07948f9bd8018f1a
	.quad 0xfffffffffffcff75
	.quad 0x000000020ae3bb43
	.quad 0xffffffffffffff2c
	.quad 0xffffffff25391c65
	.quad 0x04f6b06d2c007a73
	.quad 0xb965b7ca8a06fe40
	.quad 0x000000000031e7a2
	.quad 0x7fffffffffffffff
	.quad 0x636b21e17e2b0d0c
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0xc19fc41ad2bc8529, 0x8728e2715b51f7ef
	.quad 0x0000000000000000, 0x7fd91a933c220524
	.quad 0xc1c1a767fe800000, 0x4020000000000000
	.quad 0x400c572593b424d7, 0x85743a445f330000
	.quad 0x7ff7d3f5fb238155, 0xdc92668d3e038a80
	.quad 0xbd67d9b03d99ae08, 0x816d89dc00225046
	.quad 0xc4a012c1e36cfc00, 0xc05000009fa0fb7f
	.quad 0x7f8000003f400000, 0xc051ab36cb627e91
	.quad 0xfd92fe149b1acf9f, 0x3eaad6a3db884e8b
	.quad 0xfe2f4157d01b9232, 0x6e38d85df7ff3f07
	.quad 0x7fa7b79d0046bd68, 0x52f14f47e7be4a4c
	.quad 0x8932c70ebb3fedd7, 0x010fcbebc288d6a7
	.quad 0xc1f0000000000001, 0xc0400000ffb2fe3e
	.quad 0xfff359f83b5aadf7, 0x836913e97eec61e5
	.quad 0xffffe087ce3da32e, 0xff800000006dc57e
	.quad 0xfaf131ef7f800000, 0xda63149f80000000
	.quad 0x34ae5a008e15929c, 0x99a3264540e735d9
	.quad 0xe4c09487a7b30200, 0x7cccd7838a6022fd
	.quad 0x800000003e620000, 0x0b2df67d57869651
	.quad 0x97661eb12fffffff, 0x903e0bda10093a78
	.quad 0x3c73d68ac6680000, 0xe7b5384a417344c0
	.quad 0x91fc06627d52c136, 0xbfc94cdf17afc14a
	.quad 0xb15f4a69f06fa511, 0xffd24cd4bce4feda
	.quad 0x0281c61619501780, 0xf091eba380000000
	.quad 0xdf45618841c14f80, 0x96678067005db56e
	.quad 0x0000000000000000, 0x0000931acc84a256
	.quad 0xd506a998c77ffffe, 0xbfdd2d282a9959a5
	.quad 0xffe9c61bffc55cc4, 0x401d000000000000
	.quad 0x3f700000ff800000, 0x0183808d3550ec91
	.quad 0x7ff8000000000000, 0x23168e7941bdc70d
	.quad 0x37b86e323928ff4e, 0xff8000009d214126
	.quad 0xc076000000000000, 0xbf8a34d393d6ef2e
seed22:
	.quad 0xffffffb33e051b38
	.quad 0x00000fa0d6ec5fc5
	.quad 0x20ee4855eef518ea
	.quad 0xfffffffffffffce9
	.quad 0x8ffbe888a3161db3
	.quad 0x0000000000000001
	.quad 0xf2ed98fe9a780f30
	.quad 0x2da15c94e7bb46e5
	.quad 0xaf0f3f3c92add085
	.quad 0x2a557256e744ea25
	.quad 0x00000000011332ab
	.quad 0x4a64eba730e98a7d
	.quad 0xffffffedef688bfc
	.quad 0x8000000000000000
	.quad 0x00000000000000a3
	.quad 0x01a9fa612be2c5d4
	.quad 0x07400000
	.quad 0x00000000
	.quad 0x8004cfb3a0970324, 0x223aa49dffabff73
	.quad 0xc0305a64fec22000, 0xb4fec0d33ff7fd9f
	.quad 0xbe0fa0ca7f4320f6, 0x777db68759f75e25
	.quad 0x7ff0000000000000, 0x800e48314def2a40
	.quad 0x8000000000000000, 0xfff8000000000000
	.quad 0x817fffff7f800000, 0xc020000000000001
	.quad 0x404f38ca9b6fce1e, 0xffc0000043c789ac
	.quad 0x0b5834ea73f5eb5f, 0x8000000000000000
	.quad 0xffc00000fd4796e6, 0xa2a312875768fcb5
	.quad 0xf0c0c413fd2a0799, 0x55f8b5297efdc860
	.quad 0x34e9052005f47e9b, 0x7f7fffff7fcb394f
	.quad 0xd780b9227b5ce683, 0x578fed289e6f7b8c
	.quad 0x77b144d3004bbf46, 0x95a5dffd4cf47686
	.quad 0xfcbaeee14eac079d, 0xbba8000041919dc3
	.quad 0xbeb98172c0ee408b, 0x00000000bd2d0000
	.quad 0x3716d65df9fece39, 0x0000000140d80000
	.quad 0xc040000000000000, 0xee5c039aff800000
	.quad 0x8010000000000000, 0x000000002c7e90e7
	.quad 0x2b8e5f37804a36e3, 0xfff6ff5894b63639
	.quad 0x4006000000000000, 0xfff0000000000000
	.quad 0xc80ee4cb40a28001, 0x4006000000000000
	.quad 0x3edc000000000000, 0x0164c2463ce5b3ec
	.quad 0x7ff8000000000000, 0x46000000c1180000
	.quad 0xc77fffffbee2cdee, 0xd0aa534cddcf23b7
	.quad 0x804000009c2fb323, 0x6993b6322d731ff3
	.quad 0x09618889ba800000, 0xc015b1f1d837c2a9
	.quad 0xffd11c137df23b8f, 0x5164d9cf5339fc02
	.quad 0x4120000080000000, 0x2ce8d2434cbbb68c
	.quad 0x575d170a68cf695b, 0xb0662b70a688de52
	.quad 0x1a14fd42ffaff9fb, 0xff84f09fc0980000
	.quad 0x1200696d611d0337, 0x0eb3dd74885635b0
	.quad 0xbfa57e3478c2c382, 0xf303ac9090a4fbd8
seed23:
	.quad 0x0000000000000014
	.quad 0xfffffffffffffd86
	.quad 0x4a3f6cd78fbb0c51
	.quad 0x888aef361859c3c5
	.quad 0xffffffff50654106
	.quad 0xfffffffffffffeda
	.quad 0xfffffffffffffd3f
	.quad 0xc226004f32bad43b
	.quad 0x000000000055e2ef
	.quad 0xf5c767b3ac37973f
	.quad 0xfffffffffff229bc
	.quad 0xf629c40fedb7015a
	.quad 0x000000000000078a
	.quad 0xffffffffff8f953a
	.quad 0xfffffffffffffe7f
	.quad 0x00000034ca2800b0
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0x000841acb2b9f4b1, 0x926e34872a5b3800
	.quad 0xe8de595d46a87c6b, 0xfff8000000000000
	.quad 0xc1d99bf3bce15c87, 0x000fffffffffffff
	.quad 0x829bfb91bf813403, 0x514457192a19e4ae
	.quad 0xc125000000000000, 0xe99db1d4438eab78
	.quad 0x002fffffffffffff, 0x00048bea7effffff
	.quad 0x78e6fe3d9bdffd89, 0xc00ec221e180191c
	.quad 0xcc29cf2bf6e542bd, 0x3d4e7055b8a00000
	.quad 0xbfdfb26fa9bf50f1, 0x400000000fabd69b
	.quad 0x800000003ba702c2, 0x6774fb53fef3f7d3
	.quad 0x5a7fffff7f800000, 0xffd0000000000000
	.quad 0x89a0be8bffe775ff, 0x4020000000000000
	.quad 0xa54ca8d9ae8738ae, 0xff90b2417f002aed
	.quad 0xfff676be52836072, 0x7ff0000000000000
	.quad 0xf747505b92333a4b, 0xcf000001ff800000
	.quad 0x8f4856edd7ffffff, 0x800c02fdc473194d
	.quad 0xffabba39f9b9ebdd, 0xcf000001c0440f45
	.quad 0x7f9080d0c01f8000, 0xffaefd9d6d035e4f
	.quad 0x7ff6d1aca55c9882, 0xe8b14865ffffff62
	.quad 0xbf9c5cca4382efa3, 0x80000000cf000001
	.quad 0xb29ce5bbbfd38338, 0x7f800000c0000001
	.quad 0x6d8df83cf071cea3, 0x5b5046899c8c7b45
	.quad 0x7fc00000ffc00000, 0x2f0fdcf49ffde7e1
	.quad 0x7ff8000000000000, 0xffc0000080000000
	.quad 0x4036dda9c9b51c35, 0xbfa1ac1e6c0cfd0f
	.quad 0xd98000018014edd3, 0x3abbfeda231877ed
	.quad 0xbff4000000000000, 0xfef01cc87f800000
	.quad 0x800705528f31c280, 0xdf14eb36efbfbafa
	.quad 0xc2e947418edcfe42, 0x0000000000000000
	.quad 0x30a25a1f9ab57c00, 0x80503c615f000001
	.quad 0xfff8000000000000, 0x487fccfc7f9d5bee
	.quad 0x9c52d559325e0171, 0x82d6db706f143691
seed24:
	.quad 0x00000000000001d6
	.quad 0x83b908c011fb7d1f
	.quad 0xffffff5b1f8a4da2
	.quad 0xffffffffffffff11
	.quad 0x00000000002be2c0
	.quad 0x00000000000001ed
	.quad 0xfffffffffffff3d9
	.quad 0xfffffffffffffd4e
	.quad 0xffffffffffffff04
	.quad 0xfffffffffffffe65
	.quad 0xffffffffffffffef
	.quad 0xc3b7212201659f35
	.quad 0x0000000029bf1b8e
	.quad 0x0000000000000187
	.quad 0xffe99a6a86a84956
	.quad 0xfffffffffffffe17
	.quad 0x01800000
	.quad 0x40000000
	.quad 0xec36cd72bf5bf3f7, 0x9cb35494cb4f07ff
	.quad 0xbf974cd5f7ffe75f, 0x19698e037a8b6500
	.quad 0xbcd2c141c3dc338a, 0xdcfdb849cdfaefea
	.quad 0xaa3ce82dfed7efbd, 0x19331b2c6867fe84
	.quad 0xc063a00000000000, 0x40208d5c9b346497
	.quad 0xc35f4656fddebdff, 0x7ffd295d134b839f
	.quad 0x3c7f3e530523b9a2, 0x80d93f23813f192b
	.quad 0x8000000000000001, 0x7fd0000000000000
	.quad 0x3fa63589a6a682d0, 0x434ffffffffffffe
	.quad 0xa6b8f5b01ccefe00, 0x65c44f93ff97f4fb
	.quad 0xb2607266ffded2f2, 0x405c0200fa91d40a
	.quad 0xba400000bcedb6f6, 0xb853f00a8e8d1f3d
	.quad 0x9f2e712f92362f48, 0x7ecfba024084e1b7
	.quad 0xbda80000ffc00000, 0x7f80000000000000
	.quad 0x0000000000000000, 0xca57946a01ffef34
	.quad 0x7563c5af411c0000, 0x807fffffc7b5551e
	.quad 0x007d14a1802b1eef, 0xb2a9c9c57f800000
	.quad 0x51e1d597ff7caafb, 0x235dda3f492afe17
	.quad 0x8ab87c26fffecbff, 0x71c273f20f2f4bb3
	.quad 0xdfc563b3ff97dfed, 0xc00e000000000000
	.quad 0x6903d6d67e6fe7fb, 0xc3effffffffffffe
	.quad 0xeaf441337fc00000, 0xb2b3fa8698090000
	.quad 0x43e0000000000001, 0xffc00000c0300000
	.quad 0xc2cb7ad0bb9a8e6d, 0x41cd95cbffbfb5d8
	.quad 0x4050000047fffffe, 0x41ad3ece80000000
	.quad 0x3fd8f3fd9785f82d, 0x000f0e84d6079acf
	.quad 0x006934fe4339d1d2, 0xd57ffffe7fc6a561
	.quad 0x0000000000000000, 0x68b812acd6668173
	.quad 0xfff0000000000000, 0xbff0000000000000
	.quad 0xc0000001bf9f742b, 0x4015000000000000
	.quad 0x77ba297ec7ebfcfb, 0x7ff8000000000000
	.quad 0x40bd8202bfe1fc28, 0x7fb0a0fdbe90f474
seed25:
	.quad 0x00003ae7cf8c3e69
	.quad 0xa4102ce9e47ca0af
	.quad 0x000000000054d6c3
	.quad 0x7fffffffffffffff
	.quad 0x673aa2bb415dd166
	.quad 0xfffffff58433c7fd
	.quad 0xffffffff80000000
	.quad 0x0000000000000003
	.quad 0xfe5890f1d7050a11
	.quad 0x03432454f1a54ceb
	.quad 0x00000000008bb24a
	.quad 0x4322bc1219e8af7f
	.quad 0xfffffffffffffffe
	.quad 0xffed857492268000
	.quad 0x000000000000002a
	.quad 0x4221f78ba062e696
	.quad 0x06400000
	.quad 0x20000000
	.quad 0xf6e36371ff6fff7f, 0x3ff0000000000000
	.quad 0x7fa47334ec1dae1d, 0x108aed2ea1748000
	.quad 0x4479aba1cfc24380, 0xff8000007f800000
	.quad 0xfff0000000000000, 0xffff7c0c3ac43c23
	.quad 0x10a0ba396c5b2593, 0x18e8d6a0fdbfd5f3
	.quad 0x017f95adffd26fea, 0x2a5d88461c8dc600
	.quad 0xd2816c1037a75fb7, 0x69ca9052f5fabffe
	.quad 0x000c61dcb38a7974, 0x0373300dfbe9c659
	.quad 0x427cd74c806cc760, 0x8a3d5eed2b8f83b3
	.quad 0x12e26788ff95ffff, 0x83b439f5e0678b62
	.quad 0x3e5bc2cbb0b91c76, 0x69a709f6bca9d900
	.quad 0xbd6dd799f6783c70, 0x759c467ffba9239f
	.quad 0xbf9d4cca152745f5, 0x472f940101780000
	.quad 0x80400000ffc00000, 0x1eb6677baa5c7a58
	.quad 0x313f1e6f3f6ff7ba, 0x723f1887edebfc7f
	.quad 0xd29e381cfcad32ad, 0xa88458ad7f887cb1
	.quad 0x4429358edbe7f22c, 0xfffa57867b4e38a1
	.quad 0xfff0000000000000, 0x2a861b2440880000
	.quad 0xfe5d6a33801ddfc8, 0x7ff6fed69fabcb8a
	.quad 0x13e4fc1a7d837d7f, 0xfff8000000000000
	.quad 0xf23aaa7fefe57c70, 0x7e2041b05faa5aa6
	.quad 0xac1849aea7ebf778, 0x7fd0000000000000
	.quad 0xf3c356c86caf4280, 0x7ff0000000000000
	.quad 0xfff644c6e11afe57, 0x3f353857bf19ac65
	.quad 0x3ffffffe002cf779, 0x400ffffffffffffe
	.quad 0xc39676c4017fffff, 0x5428724541200000
	.quad 0xd678d02f9a38fc00, 0xc1e064fc96b786bf
	.quad 0xbc7c0ab5817fffff, 0x2f552274c56a4d7a
	.quad 0x800580056e9c4371, 0x7f800000bf5984a3
	.quad 0x40c7000000000000, 0x40486230e9295a45
	.quad 0xfa43c3f4efc8b3f0, 0xb909eb131b01fd5f
	.quad 0x4075d9cc43e8faa4, 0x469db7106f3ef3a7
seed26:
	.quad 0x0000000080000000
	.quad 0x0000000000000899
	.quad 0xfffffffffffffbaf
	.quad 0x3ca41d99c3bb275b
	.quad 0x000000007ac45d5f
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe79
	.quad 0x01c1136a60b06f6f
	.quad 0x000000007fffffff
	.quad 0xeae65f2c9767aca9
	.quad 0xa94c32e73c272172
	.quad 0x03c1ab2467ca89c9
	.quad 0xfffffffffffffe5c
	.quad 0xffeba7a4a9e01c2d
	.quad 0x00000290ed6a8034
	.quad 0xfffffffffffffe00
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xf83c16f549f3cce4, 0xc78000007fd45640
	.quad 0x0268cbbfc6582a10, 0x6db309a180446b5c
	.quad 0x0000000000000000, 0x87ee4980c9f47fbf
	.quad 0x78ce7bce8d81fd05, 0xfceffeb1cc2f0dcc
	.quad 0x431cb853ff752134, 0x7ff1333b0ba7cc5d
	.quad 0xb4c7b624c4b6d0f2, 0x7e48176f2e1f87c0
	.quad 0x2e2819def5b76147, 0x48850e28ff9b0000
	.quad 0x80000000001af744, 0x3600000059c626e6
	.quad 0xbda5ef4aeafe4740, 0xc01c000000000000
	.quad 0xc038050a4f7c7479, 0xbe55bf2c7f8ee039
	.quad 0x800000005a7ffffe, 0x80000000985e16aa
	.quad 0xc2530000edf24749, 0x8077e09300000000
	.quad 0x9a789c9ae7180000, 0x7fcb07d63f7535a0
	.quad 0x42b3b6087eba0421, 0x000e4b688ca0fd08
	.quad 0xbe1ca7407335a057, 0x00133863f779fc5a
	.quad 0x3a800000bc45dfc8, 0xe49f5ba8f77ff9eb
	.quad 0xfdd70c1459484ed3, 0x8aeabdabb54b045e
	.quad 0x2ac5fb922d6c9400, 0xac7e156b74fa0bff
	.quad 0xff7fffff7fb75547, 0xe39b05f57de0b157
	.quad 0x91fe07f66ff00000, 0x5c5f8f248ae87cbd
	.quad 0xfae8abf679727a30, 0x3b740000017fffff
	.quad 0x0000000041080000, 0xfff8000000000000
	.quad 0x3ff0000000000000, 0x4d28cb55cb3aedd7
	.quad 0xfc9e9b3280707995, 0xc1efffffffffffff
	.quad 0x62480927b9fc2d23, 0xbb8f5c5d0decfd08
	.quad 0xeb13ebe634a8e414, 0x5300a6853f803230
	.quad 0x94257c0bfffdfef6, 0x7f46db541d895aab
	.quad 0x3d740000b6d80000, 0x802fffffffffffff
	.quad 0x3f90000000000000, 0x4017dd0329c4e1bb
	.quad 0xc1fffffffffffffe, 0xfff53e4d197b18a2
	.quad 0x3f0000007fcb66af, 0x7fe6680980000001
	.quad 0xc1eec5a95ffffffe, 0x7fdc20026c106bb0
seed27:
	.quad 0xfffffffff59fa90e
	.quad 0x1ef8570a07e790ac
	.quad 0x437b0dd81127ddb3
	.quad 0xffffffffffffe876
	.quad 0x00000001eb725844
	.quad 0x0020000000000001
	.quad 0xfffffffff67e6a69
	.quad 0xe6b262943c887b2b
	.quad 0x00000000ffffffff
	.quad 0x000018b954bd5d71
	.quad 0xfdececd109f8bc1c
	.quad 0xc333fa0757492685
	.quad 0xd15f9b2ac16b5339
	.quad 0xc011a11559247022
	.quad 0x00000000000003e6
	.quad 0x00000000000000db
	.quad 0x03000000
	.quad 0xb0000000
	.quad 0x000fcd5103a5aa1f, 0x80000000ff800000
	.quad 0xd744e8a1ffffe16f, 0x68b4289fbdf9cd4c
	.quad 0x275e5856fb4f87ff, 0x9a8ddc24825cfe27
	.quad 0x40effffffffffffe, 0x8ce4174ec0f00000
	.quad 0x00086fa06b48330b, 0x40ffffffffffffff
	.quad 0x78afe3a6f289fc0e, 0xfe8000001477a713
	.quad 0x8000000000000000, 0x7fc00000f465b61a
	.quad 0x8776a2aef9094580, 0x4014000000000000
	.quad 0x7f800000be95523c, 0x83b9e15a63b09b10
	.quad 0x3f14400000000000, 0xa8fc9fd1ffdb8da0
	.quad 0x43e489377ece6b17, 0xf28c0f3eff92b35b
	.quad 0x0b22b9adc7fffffe, 0xc0500000805cf6ed
	.quad 0x807a6cee38294b06, 0xdf7ffffe7f1cf0df
	.quad 0x000d7900d8740942, 0x02531e08cb449658
	.quad 0x60c4a059ffb51ef4, 0x40788d73d44d9c81
	.quad 0xf698749f74ffba00, 0x4e03358218078a48
	.quad 0xfff7e23f0e9037f4, 0xb9c3f939807fffff
	.quad 0x7ffa7312011963c3, 0x4c85680525ca8000
	.quad 0xfffa7d061b33c201, 0x7f80000080000000
	.quad 0xbef23fbc5a649ada, 0xfbacbaeb5b39b90d
	.quad 0xff9ee7a7c2200000, 0x33ee18149ffc7c6b
	.quad 0x42cb2395007fffff, 0xfffe2752c2c0acf6
	.quad 0x65e8a413c450fd86, 0xcac42b7c01ab7e00
	.quad 0xdc4ef5bd25810788, 0x3d5d6936ba600000
	.quad 0x7ff7b222008bc1c4, 0xf2aee9c67e16e2b7
	.quad 0x03c57a3fb1fffdf1, 0xdba718ae085a1664
	.quad 0xc030116799c3dd3a, 0xabff6ce3f176f09d
	.quad 0xc0800000f2080877, 0x807fffff3b8c7dc8
	.quad 0x4021000000000000, 0x4177fdb17fba37a5
	.quad 0x0c04846efaffffff, 0x00000000ffff3a9c
	.quad 0x00000000411c0000, 0x0000000140840000
	.quad 0x41efffffffffffff, 0x5448e1ab7fbfda93
seed28:
	.quad 0xfffffffffffffd8b
	.quad 0xa38c31525874583b
	.quad 0x00001b4366e0154f
	.quad 0xffffffff80000000
	.quad 0x000000255453ae9e
	.quad 0x0000000000000015
	.quad 0x00000001b8c0e0c2
	.quad 0x0000000000000216
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe8b
	.quad 0x7527a7d3c06c94ee
	.quad 0xd2f8572e6c0b7a1c
	.quad 0xccf40f53018665c6
	.quad 0xfffffffffffffdcb
	.quad 0x00000000000001ee
	.quad 0xdbed046a58d9c128
	.quad 0x03400000
	.quad 0xe0000000
	.quad 0xbbeb99ef7fff5b95, 0x400000007f800000
	.quad 0x8000000000000000, 0x6f027c68f19abd28
	.quad 0x391557d67efd7f1e, 0x0dd89e05bdffffff
	.quad 0x80000000f7e1b044, 0x0029d226ff88b512
	.quad 0xc024000000000000, 0x4503b3074bfdfdde
	.quad 0xc3830000bfc00000, 0x94edb1847fe74554
	.quad 0xfca743d1007fffff, 0x7504ee476bf755bf
	.quad 0x7ff8000000000000, 0xacfb50ef59767994
	.quad 0x800000003d800000, 0x7f8b71c8ff803722
	.quad 0x153e66db7fcc7c00, 0x92e9dcc15f000001
	.quad 0x8008000000000000, 0x9b7cdc5c67444754
	.quad 0x85aa4f9ffff31220, 0xc120000000000000
	.quad 0xef153d693ee8fd7e, 0xc780000140800000
	.quad 0x6f38f9ec32908000, 0x81f83da42334c6fd
	.quad 0xb60b1791fcbaff29, 0x97fe98eeea9f7c00
	.quad 0x43e0000000000000, 0x835e348fe3eeffef
	.quad 0xffaecc179e0d6cdb, 0x000fffffffffffff
	.quad 0x4dab0f71a62b7a19, 0xcb14bce042400000
	.quad 0x6026746ccb5ffbff, 0xe24234aac5090f13
	.quad 0xc2291c84428c8eb5, 0xad42b954cdf5c8f7
	.quad 0x03e17b61da68a88e, 0x434334a1f931d031
	.quad 0xca0b3b4ab5fbfc87, 0xecf5b3bbbfffffff
	.quad 0x0100000096541e0f, 0x0000000000000000
	.quad 0x03ff19d3fff8f7de, 0x3e3331feedbffdff
	.quad 0x2bf9b472ee71d7dc, 0x3f81e74a2b3f7b4d
	.quad 0x65d1f5ebcdfefbff, 0xffa6bc7ab4ae05d7
	.quad 0x80000001807fffff, 0xc01551aaaaabfcab
	.quad 0x7ff0000000000000, 0xff564c9f8d63c3c9
	.quad 0x00166c0a3c670000, 0x7f82c3e37ffa5954
	.quad 0xfff8000000000000, 0x0000000000000000
	.quad 0x00000000c853d4a1, 0xb9784fac00ffffff
	.quad 0x02ce03a784fafffd, 0x7f800000fc0d1c57
seed29:
	.quad 0xffffffffffffffff
	.quad 0x8f9be42f4ed311d7
	.quad 0xffffffffffffc7c1
	.quad 0x06a11f8322f9bc71
	.quad 0x2637dbe27142d3f6
	.quad 0x00000000000002bc
	.quad 0x01c458b724c650ad
	.quad 0x0fe2249e8c4fd7b5
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x00000000001b957c
	.quad 0x422be87fe0578214
	.quad 0xfffffffffffffd0a
	.quad 0x9a4470d4f6149eac
	.quad 0x9a103e6124b15ca6
	.quad 0x000000004ffaf1d7
	.quad 0x04000000
	.quad 0x10000000
	.quad 0xeeb3981d3a6a3204, 0x71030be0c20c7fa5
	.quad 0x40effffffffffffe, 0x85562492a4fe0400
	.quad 0x755add99695200f2, 0x1544bb2cf5dbffce
	.quad 0x2859369e2a57a981, 0xff8d238f4e737ca4
	.quad 0xab77a622b181da5a, 0xfe3fae66ea4a7e34
	.quad 0x3bbb395542500000, 0x3ff837737f000000
	.quad 0x3733a9e0e07a7c00, 0x7ec306ed2ea68c23
	.quad 0x797f510f355c10c7, 0x7fc000005f7ffffe
	.quad 0x3509fa8ac79cdf1d, 0x8000000000075f4e
	.quad 0x80800000ffc776f4, 0xc11a00007e926385
	.quad 0x7f8000007f800000, 0x7ff5479bba9a723a
	.quad 0x7fa74c1aff94ebc0, 0xfff0000000000000
	.quad 0x512c859228b18000, 0xfff0000000000000
	.quad 0x7fdf66ca803f529e, 0x402327dfbbb3976f
	.quad 0xbfc00000fe800000, 0x3bd7b482079a66f4
	.quad 0x40700000807fffff, 0x7f99a52480000001
	.quad 0x8000000080000000, 0x818c80bb83a3c003
	.quad 0xdc91022729f90000, 0xc020000000000000
	.quad 0x46308dd6694c6246, 0xc022000000000000
	.quad 0x7ff69807324ff664, 0x4445ca04cf7fc2df
	.quad 0x8173b510ffc00000, 0xbf4000005a7ffffe
	.quad 0x3f997a7cab4b7bcb, 0xbff1db9c203f906c
	.quad 0x7fa5cd327f800000, 0x000f22f1e3decc80
	.quad 0xbfd2000000000000, 0x7f80000068b29ef2
	.quad 0x43efffffffffffff, 0xbffffffffffffffe
	.quad 0xa9211769dfefdbff, 0x893e53d49970adde
	.quad 0xc7ea8097ff800000, 0x822ada479124a6bf
	.quad 0x8000000180000000, 0x41effffffffffffe
	.quad 0xc1020000155a8d42, 0x3f8a528681150ec2
	.quad 0x48378000e38305cc, 0xfff0000000000000
	.quad 0x8000000000000001, 0x08794f9a636c8946
	.quad 0x819eea8c3a13da97, 0xca4dbce7e3f7ffff
seed30:
	.quad 0xe4f4318351fcaf17
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffa9
	.quad 0x0000000100000000
	.quad 0x0000000000002e37
	.quad 0x29288693af101340
	.quad 0x000000327b14eed0
	.quad 0x00000005ff0e8ca6
	.quad 0x00000052c5224aac
	.quad 0x026e108e7b496199
	.quad 0xaf23b70b3b25c0cf
	.quad 0x0000000000000000
	.quad 0x000000000000003c
	.quad 0xc6b9244031cb57a8
	.quad 0x0000000001000001
	.quad 0x3ffb594b5faca568
	.quad 0x02c00000
	.quad 0x80000000
	.quad 0xc013000000000000, 0x3c7dccfba62bb798
	.quad 0x8000000000000000, 0x81ac16a5bfeb9ed6
	.quad 0x8be51b85ffee0735, 0xc01261fd5df7e835
	.quad 0xbc58e1f3813c2a65, 0x078be29a7fb17655
	.quad 0x06b56c00ffa303ff, 0x3371158fe2255652
	.quad 0xdedf1290c67da16a, 0xde4cbcebffff7fff
	.quad 0x8003b1a3086380db, 0xfe80000080ffffff
	.quad 0x7ff8000000000000, 0x4680000000000000
	.quad 0x7f852bc745cf276e, 0xbd4421847fb6c800
	.quad 0xc4a73613114b9ff2, 0x114f8994e77fabaf
	.quad 0xc01b500000000000, 0xbe9d2eb48175bd74
	.quad 0xe0b98b41ff172686, 0xb64000007eb27cac
	.quad 0xc008000000000000, 0x3c40000080000000
	.quad 0x22933e0959127a79, 0xfff978328616ba97
	.quad 0x7ab46c5949b6e67c, 0xc04e1041297382bf
	.quad 0x7ff0000000000000, 0xc07ffffe3f34454e
	.quad 0x4013000000000000, 0x00275f8df603c00a
	.quad 0xbfea11caa55af388, 0x142b2aeb2c01d967
	.quad 0x81dc6ddd8e098eee, 0xd597a4f52eba05b4
	.quad 0xc01d000000000000, 0x4efc3025f6a80233
	.quad 0x8701748cfffbdf7c, 0x7fc2aa58bc1c0000
	.quad 0x7247a8db7d2bfc2d, 0xb3ba8537b5640000
	.quad 0x647b96bfff9884e0, 0x3f9cec2f885149a4
	.quad 0x3f40000000000000, 0xd12c6274ffa0fe00
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0xb283a8df80628be2, 0x81740132ac4bb482
	.quad 0x1bc81e3260f6f24a, 0x800fffffffffffff
	.quad 0xffc00000df000000, 0x2890e698512f0460
	.quad 0xc01c0c79ccf4bdf8, 0xdf1672fbffd37dbd
	.quad 0xffee7b96ff800000, 0x40980000fbda3f54
	.quad 0xfb4f99d17f9dedd7, 0xbfc0d41472e9848c
	.quad 0x3dff854b1e3e509b, 0xeee098b205aa4538
seed31:
	.quad 0x9271a5f64bc34849
	.quad 0xfffffffffffff922
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x1ca9698e68b88bb1
	.quad 0x99a1a2a3ce46b586
	.quad 0xfffffffffffffc57
	.quad 0x0000000000000474
	.quad 0xffffffffffffff09
	.quad 0xfef86c75b1641ce1
	.quad 0x5f9579a0eaaa0c85
	.quad 0x00000000000105a0
	.quad 0x53aa50b94d710d50
	.quad 0x118f2fecf806245c
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x05400000
	.quad 0x40000000
	.quad 0xbf947f2147ad0000, 0x8000000047ffffff
	.quad 0xbfc6000000000000, 0x7f80000040600000
	.quad 0x49ca784cbbff37fe, 0x7e8770d0fa4cbe8f
	.quad 0x16ef0e9600000000, 0xc023000000000000
	.quad 0x7fcae873c27d6c21, 0x7c64675d7fef55fb
	.quad 0x1d7690aaa8020675, 0x74e0de77bbcb009b
	.quad 0xd21ac9ecd60533df, 0x8005421987c96302
	.quad 0x36fb80003fdcd77e, 0x42db3fae478cf34b
	.quad 0x523ec21b57941360, 0x7fe4c70c49368000
	.quad 0x7136b24b57ffffff, 0xc002000000000000
	.quad 0x311f45f217afb4e2, 0xdd560b078077dc16
	.quad 0x79f27ddd08960000, 0xbfde7df85a70f6e5
	.quad 0x748e6aa326150e71, 0x7ff0000000000000
	.quad 0xc38589fb80000000, 0xffc0000043514c25
	.quad 0x59adc43df71f08ce, 0xe37f2c2c0161bcf0
	.quad 0x56e5d2edffbf57f7, 0xa02c55fdf40e7c00
	.quad 0x812ee3e280b02c8b, 0xbc09368c556372ef
	.quad 0x8e8e9ed9416fd907, 0xd699306da316caa1
	.quad 0x3fd593c221a28270, 0xfff36082e133576f
	.quad 0x090b7810ffecff40, 0xff7fffffcf000001
	.quad 0xc071832753e9c3ff, 0x475909a5f0977e00
	.quad 0x9d37a733bdf7bb16, 0x741c12304fffff73
	.quad 0xa2bd0822262a6c47, 0x8000000000000000
	.quad 0xf0ad8165b2848366, 0xc2bdf55dedf6dfff
	.quad 0x9ad2943fe4d6e980, 0xfe9557986488557f
	.quad 0x3883d811717e7638, 0x40fffffffffffffe
	.quad 0x8000000000000001, 0x8a4f8960ff800000
	.quad 0x00dc14e5be978000, 0x3fa0400000000000
	.quad 0x5ffffffffe4608e6, 0x2ea05d1eceffff7e
	.quad 0xfe8939a5394d8192, 0x8000000000000000
	.quad 0x4071ea2b9c7b5aad, 0xa2efb9b78abcfb1a
	.quad 0xf36ac8b57f9a0b77, 0x000000007f800000
seed32:
	.quad 0x00000000000003b7
	.quad 0x0000000000000123
	.quad 0x53a89602ffee26a1
	.quad 0x43a94e09f7897a04
	.quad 0xf7c505dad7759c9c
	.quad 0xe1e370fed6849dbb
	.quad 0x40b0331815a1ee30
	.quad 0xfffffffb4f0c0358
	.quad 0x58204eed1b470a84
	.quad 0xd4028f954275fcb7
	.quad 0x8d3f487af510e0d9
	.quad 0xfffffffffffffda7
	.quad 0x00000000ffffffff
	.quad 0x004e740c70d859c7
	.quad 0xa36b582555a166a3
	.quad 0x8000000000000000
	.quad 0x02000000
	.quad 0x10000000
	.quad 0xc3a87ba6a0fe7e00, 0x02a0391b6d17fefd
	.quad 0x0395c5ac54d7cc3c, 0x064e89c56c668000
	.quad 0x3fbb2ca4307ef878, 0x0e01a2b2ef85ba50
	.quad 0x93e61a4aa9b53ffe, 0x7fc41b85649b293d
	.quad 0x8187e12c30ac1807, 0xc3effffffffffffe
	.quad 0x7fcdb43f7f800000, 0x0e0039e9e537fdd8
	.quad 0xfe8000007f800000, 0xfff0000000000000
	.quad 0xc710f944cb71c880, 0x0765f24bff789b5d
	.quad 0xfb99b0c63be4bcd2, 0x29e6110380cc07fb
	.quad 0x85f416b60546e10b, 0x5a7fffff381d0000
	.quad 0x4b23ebf16ff27c00, 0xfff0000000000000
	.quad 0xf40749777fb492b9, 0x8929431634c5ccc5
	.quad 0x80ffffff49f00000, 0x49dd33b477a28000
	.quad 0x801fffffffffffff, 0x017fffffc2800000
	.quad 0x00000000ffa2d80f, 0x801fffffffffffff
	.quad 0x400fd6d24351dbd5, 0x8b6e2114ab38c000
	.quad 0xfff0000000000000, 0x22d4bcd6ebd57bff
	.quad 0x7ff0000000000000, 0xf53ed75391ac14e3
	.quad 0xb4b3a948221a3e9b, 0x0000000000000000
	.quad 0xc3ebb4af4ad18071, 0x47000001c2bca543
	.quad 0x405000008bf6e2ee, 0x402ec397297fc531
	.quad 0xa0fd46e4ea592aa7, 0xae0753fadf9f7fff
	.quad 0xfff7fa37fafa8239, 0x83a1d3d4ffffbb0e
	.quad 0x5ca42b12fa5bc820, 0x0000000000000000
	.quad 0xd8d35a18d6a780b9, 0x25c810c8009095f2
	.quad 0x0000000000000000, 0x7fff6540bdf1b471
	.quad 0x80052dad2d08c70a, 0xc07b1b18970094e1
	.quad 0x7ff3e21fc1a4e745, 0x9c229611bbaf7ffd
	.quad 0xc2f798e25f515d3d, 0x62fd474509d69723
	.quad 0x06e159aabf200000, 0x3fcb2b85e47de25f
	.quad 0xcb540a47fefefbde, 0xe8ee6869bbf6edff
	.quad 0x7f800000e763cef6, 0x5e9af555c468e5e1
seed33:
	.quad 0xfffffffffffff1fc
	.quad 0x0000000001000001
	.quad 0x0000000000259f9d
	.quad 0xbdc77fa6ab4135cd
	.quad 0x0000000000000000
	.quad 0x0000000000000027
	.quad 0x722edfeee1f83480
	.quad 0xfffffffffffffffd
	.quad 0xc200116457c04f97
	.quad 0xbed43945723e45a1
	.quad 0xfffffffffff19c0e
	.quad 0x0000000000000003
	.quad 0xfffffffffffffdba
	.quad 0x28c123253c11b5f3
	.quad 0x0000000007d83bb0
	.quad 0x1d42332326d66bb5
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x80000000c0d00000, 0x136fd329fdfddb7a
	.quad 0xee67a5cd006f583c, 0x7bec0391bdab042d
	.quad 0xbe22cff6808f1421, 0x8000000000000000
	.quad 0xc009000000000000, 0xf8d4ee6a7fa64986
	.quad 0xb91f7d5b01fa53e3, 0x9020a06ef2c17c13
	.quad 0xfff8000000000000, 0x030217c6946e0ce0
	.quad 0x551ec2d1cf207c00, 0x1e09f1da3d7c25f3
	.quad 0x00000000df000001, 0x604606a040c67d68
	.quad 0xb85780003e665ab1, 0x80465969fd48d3f3
	.quad 0x8000000000000000, 0x850fd4551a90fc00
	.quad 0x7ff4ff496ec23530, 0xbf84b5a29962f3bf
	.quad 0x07f81505ea297c00, 0xff800000379a0000
	.quad 0x80000000bc42d5a5, 0x80ffffff81000000
	.quad 0x0d5042a423604080, 0xb33ec09b7fe96faa
	.quad 0x762ffd7df06efb63, 0x83ef1a08f0d706f0
	.quad 0xc554e64286588b05, 0x5b36d5cf109e0315
	.quad 0x7fc000007f800000, 0x6bbb49dccff40200
	.quad 0x7f8a280abef137c1, 0x4010000000000000
	.quad 0x03ad3e578001627d, 0x0b6105b3bde63dd9
	.quad 0xed61c8737dd7fefe, 0xbf3bb00000000000
	.quad 0x401a000000000000, 0xd12b39211804c440
	.quad 0x47c79bddff800000, 0x420c7ea17d286a00
	.quad 0x0000ac505e825d1d, 0x5e9a80a371bd8d14
	.quad 0x401a000000000000, 0xc380dc2a783682e4
	.quad 0x401b800000000000, 0xec47080e49997c6e
	.quad 0x42ca21001ca6fe00, 0xb2cbbcc5fff7207f
	.quad 0xaccf8f94e75e47e5, 0x8bbea670fffefff5
	.quad 0x1dedf6e930f0409f, 0xff6ee60c807fffff
	.quad 0x7ff0000000000000, 0x800fffffffffffff
	.quad 0xbc45c7e73f800001, 0x65bb580156c27e00
	.quad 0x30324c2b1fefac00, 0x99dbf5f04f000000
	.quad 0x3e2ced7480427e19, 0xe7cec6cf9ac19bbe
seed34:
	.quad 0xfffcd6282559cd00
	.quad 0xdb7323fa442fdd98
	.quad 0x665d360ebfbf70d0
	.quad 0x000000000000000b
	.quad 0x137fa4ec53f37b77
	.quad 0x000000021c5bbbec
	.quad 0x8cb3699fea717e8b
	.quad 0xfffffffff40e32c7
	.quad 0xfffffffffffffcc1
	.quad 0xdead0d3e8b13f980
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0xa7af3f95ee23af17
	.quad 0x0000000080000000
	.quad 0x00d14c9494ea5410
	.quad 0xffffffffffffbfeb
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x7ff0000000000000, 0x3fec000000000000
	.quad 0xc6c04e3553e0d1f2, 0xe91d7141142645d2
	.quad 0x800000004fbfe51d, 0x02194f3a9df76bbb
	.quad 0x1d3bcd5e48aca13f, 0xccda09d321797919
	.quad 0xeea58a137d7fdc0d, 0xfffcc99c902226a1
	.quad 0x7077e6c3ffca00b4, 0xbf2e000000000000
	.quad 0x89f328957f9b5bff, 0xc0effffffffffffe
	.quad 0xef0180d7a82bcd6c, 0x7ff0000000000000
	.quad 0xbd467c8443f22b02, 0x43ef09552fc97e00
	.quad 0xfff3c6870e520c0f, 0x3944cfac4ac9f867
	.quad 0x60312d9a7ddafebd, 0x99e7e58bffec7182
	.quad 0x12c099d2ff5fffff, 0xf6ddc58f81a6368e
	.quad 0x7ff0000000000000, 0x3f07800000000000
	.quad 0x7f000000ffa444fa, 0x40240139cf057e00
	.quad 0x99de7d28bedd7b2b, 0xffdfffffffffffff
	.quad 0xf4f475d7981ea758, 0x000000002d509308
	.quad 0xed2d50887fc12214, 0x73dc9471f8fe8972
	.quad 0xffc4a10300000000, 0x00000000ff9abdf2
	.quad 0x40840000c2fb5fbf, 0x433e9c0effe9b4f5
	.quad 0x899f3328c5c876f1, 0x3fc00000f53a1158
	.quad 0x77889d45fd5ddff7, 0x8c752f7a2c0c93af
	.quad 0xb3f9288c007fffff, 0xb42866ccff3fb57e
	.quad 0x0f358bd4ff8df820, 0x2cb06520fffec826
	.quad 0x4269d6ccf9adffff, 0x8638c7a825f154c6
	.quad 0x0000000000000000, 0x7ff378d11c4a6459
	.quad 0x8020303b029511a3, 0xfff8000000000000
	.quad 0xf035ef41bfe00000, 0x8079d9957fb42e97
	.quad 0x40821fbf0c3661dc, 0x76cd946c91901379
	.quad 0xfdfdd22ef4479feb, 0xc000000000000001
	.quad 0xf79d1c288f8fdf3f, 0x6f37fb69fff2aa6d
	.quad 0xff64ebce0cd74c8a, 0xbc315f240055ecc1
	.quad 0x6c0593f93c4d31d7, 0x7f901c63c9a20000
seed35:
	.quad 0xffffffffffffffb0
	.quad 0x0184f260788c49ac
	.quad 0xfffffffffffffe70
	.quad 0x0d88a2c97bc0d00c
	.quad 0x0000000000000280
	.quad 0x00000000006b953d
	.quad 0x8000000000000000
	.quad 0xffffffffffffff33
	.quad 0xfffffffffffffbdb
	.quad 0x000002b1a6f7ca2d
	.quad 0xcb9d552fafe67275
	.quad 0x0000000000007370
	.quad 0xffffffffff379f47
	.quad 0x0000000000000000
	.quad 0x0c11ef2f869e502c
	.quad 0xa920d01c9d2d7231
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x00000000c0300000, 0x800000007f9e11b9
	.quad 0x801209c200000000, 0x3bfea4fc016a6e94
	.quad 0x224d15faff79faf7, 0x800bcff9666f6f89
	.quad 0x99712e30a0b77c89, 0x8008000000000000
	.quad 0xff47399cc57a89ec, 0x3e3556c9cbd85cf3
	.quad 0x732a52b0c10b4152, 0xa13783e2ffbdedfd
	.quad 0x00800000ff9dadad, 0xff800000ff871529
	.quad 0xbfffffffffffffff, 0xc74b8b52fbe3fc00
	.quad 0x43593ad71875c53d, 0x03b34a69ba891aa7
	.quad 0x7f8cc2d0bfc8d1c4, 0xc47533c9ef0078ae
	.quad 0x87d36346f67e7c6d, 0x807fffffc1fc2666
	.quad 0x47ffffff7f800000, 0x8136907544c00000
	.quad 0xc014000000000000, 0x2aca46657d40f400
	.quad 0xc57f10ceffffffff, 0xc02764e25f404302
	.quad 0x71970ab13d35be85, 0x2a98bad0bcb4b7a6
	.quad 0x34e875b3f0e52c56, 0x01202700bbc00000
	.quad 0x40e0000000000001, 0xaf5e23f2d77fffa7
	.quad 0x00ebe258adbf9fe5, 0x4020800000000000
	.quad 0x4104000080428fc6, 0x7e8243beaae5bbaf
	.quad 0x6d9c946eb18afe00, 0xbc37a48cc339e2e0
	.quad 0xea8ece2be7debf77, 0x24c81092fa7fcadf
	.quad 0x3fcb500000000000, 0x73f2857ec8a0cb95
	.quad 0x400ac5f32f0c473d, 0xfff484a62a2629e8
	.quad 0x7d3a5cf29c38bfff, 0xbfc58963957fe116
	.quad 0xd19bbe9848a00000, 0xc1040000ffa855ac
	.quad 0xa8834511cfc935c6, 0x8000000000000000
	.quad 0x001b72173ca40000, 0x3a68000072344e2b
	.quad 0x4114000000000000, 0x40358b575cf62d5d
	.quad 0x3a2aa5ecefef4d8a, 0x400d0a994dbf288d
	.quad 0xfff0000000000000, 0x00000000c70af739
	.quad 0xb6b0000041ca3182, 0x4018000000000000
	.quad 0x4213966e807fffff, 0x7ff8000000000000
seed36:
	.quad 0x74850a19a7183818
	.quad 0xffffffffffffff29
	.quad 0xffffffffff506543
	.quad 0xffffffffff28bf7f
	.quad 0xd7c66b7dacb7d5a7
	.quad 0x00000000ffffffff
	.quad 0xfffffffffe99a6f6
	.quad 0xb7c91bc686668e03
	.quad 0x0000000000000e87
	.quad 0x6e6207ab518d4b83
	.quad 0x0000000080000000
	.quad 0xa323994a03723e30
	.quad 0x979c54cd9d62e482
	.quad 0x03dfa748ff6b210c
	.quad 0x0000000000013735
	.quad 0x0000000000003f01
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x403e046706a80f36, 0x3fc4bf373bf9296d
	.quad 0x9357132c7a777d3a, 0x092bbf7bfb3afc83
	.quad 0x71ce9127e04f7fbc, 0xfff182eeb65cca73
	.quad 0x3f7fe65046cf1ae8, 0x4075103b3c333d68
	.quad 0xde410a7c6c58d135, 0xc25300005a000001
	.quad 0x7ff1b58851e5a26d, 0xc2b9442e03efaa62
	.quad 0xff94e930fff9ed5f, 0x800efd08da1dcccc
	.quad 0x40efffffffffffff, 0x0000d3c33df609ac
	.quad 0x2b9311e9a89cffdb, 0x0977293efffdfadf
	.quad 0x00000000bf945e39, 0x74c80e161f4cd75b
	.quad 0xffa9c574fabd9429, 0x1619d8a540d80000
	.quad 0xff800000c1140000, 0x6bcf1c376cc6ead8
	.quad 0x38b7570fd99265a1, 0xc012c3e980e886f1
	.quad 0x8199da46a31d4f39, 0x6f9384bdcbe0f899
	.quad 0xff91e438c0600000, 0x583f60e2ffbffbff
	.quad 0x4685d00a7dff4649, 0xbc9ce256399dfc00
	.quad 0x7fd33edcffdafdc1, 0x3ff9060788889432
	.quad 0x98b20fcc91d737dd, 0x8000000043f08ec5
	.quad 0x0040000004fc5de1, 0x0034fc670f76fc00
	.quad 0x8000000000000000, 0xc2463b819d8a4e68
	.quad 0xfff0000000000000, 0xb78f77960ff661e3
	.quad 0x7e8000007f800000, 0x7ff8000000000000
	.quad 0x5d9fc6008103c637, 0xc9e8b47aba3ad640
	.quad 0x3ea21c6cf87ebfd0, 0xf88e2b917f800000
	.quad 0xc0b0000015be6bad, 0x3e7d0000fcbb7455
	.quad 0xbfad17d0f0dd7b7d, 0x1742e74fff800000
	.quad 0x281948097430d285, 0x7ff0000000000000
	.quad 0x7c28a3470e43df8d, 0x32209e1fff9343ff
	.quad 0x00000000c3f29f5c, 0x8547925cf9dc16ad
	.quad 0xff800000c272cf98, 0x0231cbb6e1fd7fbd
	.quad 0xfff0000000000000, 0x7fe2ab7fc8000000
	.quad 0x7fd0000000000000, 0xc263520d80000001
seed37:
	.quad 0x000000000000005f
	.quad 0xfffffffffeed5d5c
	.quad 0x818c2374be2ef94c
	.quad 0xffffffffffffffff
	.quad 0xfffffffffb5ccab8
	.quad 0x0000000000000168
	.quad 0xfffffffffb280910
	.quad 0xa4710847cab50c7b
	.quad 0x53f4559d87423daa
	.quad 0x0000000000000059
	.quad 0x4952b63dc2e8cdf1
	.quad 0xfffffffff2c54070
	.quad 0xffffffffffffffff
	.quad 0xffffffffffe6cc20
	.quad 0x00004ce0ac83f80d
	.quad 0x025f9b96f5ba31cc
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0x43e0000000000001, 0xbfa0e9f50019178b
	.quad 0xffc00000c08c1b14, 0x372000007f800000
	.quad 0x406800001945d265, 0x0000000000000000
	.quad 0xbf9e72baff71818b, 0xfea695109238301c
	.quad 0xbf68000000000000, 0xc015000000000000
	.quad 0x95bb59330ac10000, 0x4deaf96d8007c347
	.quad 0x0601810afffb99e3, 0x006777c69bc9e5ef
	.quad 0x41d0c03e3fb2ec65, 0xb1f5ea233fa70f2e
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0x01664bb700000000, 0xffdfffffffffffff
	.quad 0xd0c7600e7a200000, 0x86f92dc4002c89b9
	.quad 0x68d3e158954646e0, 0xc7f2912c8affffdb
	.quad 0xffa25997c1ea5b0a, 0xe4c40e6ec0680000
	.quad 0x1cfeffadffe7cdb6, 0x6bc3eb32a229c3d2
	.quad 0xbd05e87b00d6a161, 0xc476d939fffeb8ad
	.quad 0xbfe7d6f2f85a40fc, 0xbd6bf9a6ffe74d63
	.quad 0xdc7bc37e5f7b7a00, 0xb90000007effffff
	.quad 0x303f057ae4e7bf7f, 0x7f80000000fcb31f
	.quad 0xfee936155f527805, 0x4f80000040e615e9
	.quad 0x680cecbb3d750248, 0xfffc2b4d01e971ed
	.quad 0x8588633dc1f7ff4f, 0x4020000000000000
	.quad 0xff8000007fa6f767, 0x434fffffffffffff
	.quad 0x7ff400379d6bd0d8, 0xbe71e1a0ff800000
	.quad 0x6050b9dfedef13b7, 0x4330000000000000
	.quad 0x8853465a75b78000, 0xb9b6bfdc17fd2297
	.quad 0x59251582cfdc4cb7, 0x00000000f28d6a75
	.quad 0xe774af38f58463bb, 0xdfee1fd7c0a80000
	.quad 0x8a83c36525b9c5ca, 0x4017000000000000
	.quad 0xd0e1c94d7f8fdb22, 0x5e9f7a445bde7d7b
	.quad 0x807fffff402c839c, 0x78002216b7640000
	.quad 0x158d457ff79efd68, 0x7ff2d227ecda1bd7
	.quad 0x28c9502eb88e0000, 0x4a2b0a8b165bfa86
seed38:
	.quad 0x0f0805cc1a63ae28
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x000000000000008a
	.quad 0x03139667de65c6e8
	.quad 0x000000007fffffff
	.quad 0x00000047659af60e
	.quad 0xffffffffffffff19
	.quad 0x067c5cd194d50cfd
	.quad 0xfffffffffffffe02
	.quad 0x00000000000000fe
	.quad 0x000000007fffffff
	.quad 0xfffffffffd22ac4f
	.quad 0xba71182f06672ab8
	.quad 0xfffffffffffffca1
	.quad 0xfffffffffffffddd
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x411c0000c2308a9c, 0x3ce88388b17fffff
	.quad 0x7ff4542ee66eaa63, 0x403f8a867fb0ffa7
	.quad 0x00400000c110f3c3, 0x60cb99d3a9decd95
	.quad 0x8000000000000000, 0x3de2a53a7f9d786c
	.quad 0x9d7f76e7a9c742d2, 0x700823597f800000
	.quad 0x40ffffffffffffff, 0x00328aaca64cf9e8
	.quad 0xffaef4fb00e0a212, 0x81bb1652c995bff8
	.quad 0xa700379dcb8c895e, 0x028eb0c6be511b4b
	.quad 0xc25ea744bc4ed087, 0xa53600c0c0500000
	.quad 0xfff03333410bea79, 0x23f09d45bfae9cfd
	.quad 0x01e40c3f0cd9431c, 0x7024bca7df7ffffe
	.quad 0x0e23102e78fd9400, 0x47044d95ffbabeed
	.quad 0x5221087a00195850, 0x0008000000000000
	.quad 0xa8266d2bbf973fc1, 0x7ff2d50561084e59
	.quad 0xbffffffe748bbebb, 0x56e93dbbc1a3c700
	.quad 0x407c513af5fbdfb8, 0x7fc00000c0e80000
	.quad 0xbfc4264164cf9a1d, 0x7ff0000000000000
	.quad 0x007fffff7fc47eb7, 0x8089f281004f8c0c
	.quad 0x7fdfffffffffffff, 0x36d420e8309104e4
	.quad 0x0018f46880000000, 0x80005dfe5357097e
	.quad 0xc0d40000800b3b6a, 0xf279d39841e88000
	.quad 0xd0bc0c5f4bffb45e, 0xda7281bb4048fa70
	.quad 0x401f000000000000, 0x7ff3f53cb272a72b
	.quad 0x40798ddd3f800000, 0xffc00000a6df9c9e
	.quad 0xee181d17fff2e56b, 0x02b2ac7a4c60169a
	.quad 0x3fe8000000000000, 0x7f8000003bce1d15
	.quad 0xc02185951966a752, 0xd5afae78396fbbfe
	.quad 0xb87b0762feef7fa7, 0xfff9f3b4d87a952e
	.quad 0xc03b86c8c726d68e, 0x43221dc8385a2b89
	.quad 0x733b43e9bf7f61ca, 0x7ff0000000000000
	.quad 0x9db17112db7ffffe, 0x52547ad3bfbf5bee
	.quad 0xc0782a9b13c19dd9, 0x9746ab39ff800000
seed39:
	.quad 0xf6bd183a255a86c5
	.quad 0x0000003979d598a0
	.quad 0xeb10ca6758360a12
	.quad 0xfffffffffc68399e
	.quad 0x000000000000034a
	.quad 0x0000000000000001
	.quad 0x5ff2fc563654c0a6
	.quad 0x2a8f26a25164256b
	.quad 0x000011c57594d3e7
	.quad 0x00000000000002d2
	.quad 0x52b553655102354b
	.quad 0x8b2721cebd824413
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0x0000000000000301
	.quad 0x0020000000000001
	.quad 0x04c00000
	.quad 0x80000000
	.quad 0x95c0f1f355ceb27f, 0x3fb0000000000000
	.quad 0x0141203fbffffcdd, 0x044ca75f0ba20082
	.quad 0xe3b39354c69b01c0, 0xc19a0456ffef8ac4
	.quad 0x232e2165bcffff2a, 0x8000000000000000
	.quad 0x7e1727f81a15213e, 0x7f37297161c605e7
	.quad 0x5e4f7dc4f819f3dd, 0x3fd20832e2a351b8
	.quad 0xfecedd7c8a6fbac1, 0x803b9df6bb600000
	.quad 0x66e3370bbf57ff73, 0xd9062c7effe38000
	.quad 0x816dd289a0b1ce1a, 0x3ff828dfcfaf5ec0
	.quad 0xf589bb9dff800000, 0x00000000ff956b6c
	.quad 0xcefa7fbe9777fe00, 0x80000000df7fffff
	.quad 0x1912b6fa3f400000, 0x7ffd11f68b03befc
	.quad 0x7ff0000000000000, 0xffc00000ffc00000
	.quad 0x9026631217efff7f, 0x431fa6fbc53f2a1a
	.quad 0x7fe4720380000000, 0x95d5335b4051d406
	.quad 0xd96e1f7a6d5ef9ff, 0x2263c911f667ff81
	.quad 0x2e8ac6f4f258c580, 0x00009900c4b30bcb
	.quad 0xc09c00007faa5c54, 0x3f998dc6852569a3
	.quad 0x8000000038630000, 0xbed2b7b8d9fa4be8
	.quad 0x5fd3f10d009aa7ae, 0xf453b09be166cf62
	.quad 0xc07fffff3d37fdd7, 0xc0e800007fc00000
	.quad 0x1eb3b3111f88039b, 0xfff25134a0dc2b50
	.quad 0x35709ee9ff800000, 0x0000000000000000
	.quad 0xdbb8e6087dcaf356, 0x75b59a6ae7fb7c20
	.quad 0x407ffffe42fcc470, 0x9fa9d25b16defc00
	.quad 0x2c1dd6a368dd362c, 0x7692dde80b78ca8e
	.quad 0xbf34000000000000, 0x8011193d593a63b2
	.quad 0xce8dadf9bffd767c, 0xf51a7d15c36822a6
	.quad 0x0000000006a66f37, 0x04f43358ffbf7bda
	.quad 0x3f3d800000000000, 0x7fde3dea00f6c83f
	.quad 0x40f0000000000000, 0x800fffffffffffff
	.quad 0x8000000072b9ecc9, 0xf859bb6b79990083
seed40:
	.quad 0x4452f19e3990df96
	.quad 0x63041434c96a7303
	.quad 0x00000000000002b3
	.quad 0xb2c579ce04f07d75
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0xa4385f22d6825910
	.quad 0x42b43d8f3877d04b
	.quad 0x0000000000000084
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffd5
	.quad 0xbc885fa52beb8747
	.quad 0x0000000000000001
	.quad 0x37a05e6cf654484e
	.quad 0x0000082901aa5cfc
	.quad 0xfffffffd199df790
	.quad 0x04c00000
	.quad 0xe0000000
	.quad 0x40e4000000000000, 0xbf746d44bd80c86d
	.quad 0xfff0000000000000, 0xc271aa1f6fb03504
	.quad 0x7fd0000000000000, 0x3f357d6b955da859
	.quad 0x9e2510ef615b3bdf, 0x4013000000000000
	.quad 0x01886bedbfedfe27, 0xe04f2b5034de2afa
	.quad 0xbdf79957f2aa06dc, 0xfd5682287f800000
	.quad 0x7fc00000ff800000, 0xbfd5cd41e30533ec
	.quad 0x004000007fc00000, 0xffc0000089824049
	.quad 0x008000007f8b2806, 0x40c800007effffff
	.quad 0x00400000c0e00000, 0x7fdfffffffffffff
	.quad 0xdd0cb4a57f800000, 0x8236eddcdbecd14c
	.quad 0xff571d0c5b2aa14f, 0x7ff0000000000000
	.quad 0x3fd592b176098aaf, 0x79a20b487fc00000
	.quad 0x9701026e5ea442eb, 0xc29007423cbdc799
	.quad 0xee45dde97fddddf5, 0xf1901292ffc3f99b
	.quad 0x7ff0000000000000, 0x7e82b2c441d2971a
	.quad 0xd4edbb18da32351f, 0xcd92f4e3dfffffff
	.quad 0x95befd775acd8000, 0xfb1a4b745277dfa7
	.quad 0x3fd15f1c88fb3839, 0x555680dea6837c00
	.quad 0x8000000034682a06, 0xffa1ecd2bf7b64a1
	.quad 0x318315b52bb7e781, 0x5cd93bc777aff1bd
	.quad 0x3fadcae1fff687dc, 0x1140e6b4fbfdfda9
	.quad 0x815fb8d66b68abc0, 0x400ef75415f7c880
	.quad 0x447c93dd05138058, 0x3e24fa657f80e734
	.quad 0xab7c85c2ffb97d12, 0x4bc0ba99ffd7fc00
	.quad 0x533f4170cd7feef9, 0x82ad63a46bb0f606
	.quad 0x3de39a6e0fb48fa2, 0xfff576a2efb91ed1
	.quad 0xfff0000000000000, 0xb71bdaa7722a8000
	.quad 0x5b22fd82fff8015b, 0xc422562dff73bbdd
	.quad 0xff80000059bf7832, 0xbe07b42385a23b00
	.quad 0x3ff4000000000000, 0xfe7aeb3c23971839
	.quad 0x7ebe93bf3527bf4f, 0x8000000000000000
seed41:
	.quad 0xa3a3102471e12f18
	.quad 0x00000000dd341b98
	.quad 0xffffff6b305aa346
	.quad 0x00000000001835b4
	.quad 0xffffffffffffd23c
	.quad 0x861981b1c0522dd0
	.quad 0x9be0bef64149a331
	.quad 0x8000000000000000
	.quad 0xffffffffe3bacf2c
	.quad 0x00000000000001ac
	.quad 0x0000000080000000
	.quad 0xbc9a6460e1db047b
	.quad 0x6bbf50ba952a130a
	.quad 0xe06554737aea26db
	.quad 0xfffffffffffe2060
	.quad 0x041c2b174329624e
	.quad 0x06400000
	.quad 0xb0000000
	.quad 0xc291d414c9777a00, 0x7fffbd949e7db6b9
	.quad 0xd54c6f9b103c5ded, 0x729c6ed7ffabc180
	.quad 0xcfdde2e8583faeb7, 0x16164d0f1741fd73
	.quad 0x42d1039c80000000, 0xc7c637f400400000
	.quad 0xd13f672d581b7f3e, 0xbff11fefe677ee8c
	.quad 0x477ffffec0fc0000, 0x80557f0471b98a7a
	.quad 0x803fd3abddd439b3, 0x43ee2ff8bffffffe
	.quad 0x0a48ab7c99f9fc21, 0x49708000a38eff2b
	.quad 0xfff75447ff8cd07b, 0x7ec54bc07f800000
	.quad 0xaf30ec8dfb9c03a5, 0x32c9e738df849766
	.quad 0xc946043d44237d27, 0x3fd09be6407fb20f
	.quad 0x3e5f35391409ce35, 0x00000000407ffffe
	.quad 0x4547a32139c2ffbe, 0xc18000004231a61e
	.quad 0x5ae96045f9fbfdac, 0x2caba40e96fffaf3
	.quad 0x7fc00000ff800000, 0xffdfffffffffffff
	.quad 0x7b43efcbc1040000, 0x7732aacdc8e26f73
	.quad 0xbe96576980000000, 0x946699b89bebae7c
	.quad 0x3edee831ff9cd344, 0xc3f808484144a990
	.quad 0x000000007f800000, 0x010000003ef20000
	.quad 0xfe074e017f953d1d, 0x7e7ecbd13ff70400
	.quad 0x0052077fcfffffff, 0x7838d7f76b3d0000
	.quad 0xa09f77c9c4fa7d7d, 0xfff0000000000000
	.quad 0xfff01b09c245b2af, 0xc0b00b866bdd3e9a
	.quad 0x7ff702910b5da686, 0x9d5c58d4fffeffff
	.quad 0xc0f0000000000000, 0x5424ae5dfffbfda4
	.quad 0xc9749fd808ba4461, 0x803f4f25f56fd929
	.quad 0x81489b93297c6f7e, 0x4ebb07d51d1c86f6
	.quad 0x7f8000008021b88f, 0x9f3a3c3f5e8b80bc
	.quad 0xa3510853b8825f7c, 0xd781373ee8291074
	.quad 0xe7458fb3a7b2b639, 0x47800000000ea3ca
	.quad 0xbbce39a6bff37700, 0x77ea36a6ff800000
	.quad 0x0000000000000000, 0x7672f503ff7df7ff
seed42:
	.quad 0x2e0087238c872183
	.quad 0x0000000080000000
	.quad 0x2b5ff44049e535c0
	.quad 0x0ecc99b78eede95d
	.quad 0x7f62681e8b170be8
	.quad 0x14b173a30ac55a9f
	.quad 0x0000000000000003
	.quad 0xffffffffffffe754
	.quad 0xa1ded8107b88cf52
	.quad 0xfffffffffffffd11
	.quad 0x000006b3b512f257
	.quad 0xf8110c4738cc2a79
	.quad 0xb51371db916670c7
	.quad 0x000000000000019b
	.quad 0x22695fa213c55f3c
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0x60000000
	.quad 0xd6165c9d22e7b689, 0xf170334040e00000
	.quad 0xc1200000e60690c7, 0x7de6e558bcda3086
	.quad 0x7fefffffffffffff, 0xaf50ea486090b645
	.quad 0x0000000000000000, 0x63ddd69fd9ef8100
	.quad 0xfe624cc1e3503336, 0x400e492fd1f6eac1
	.quad 0x0000000000000000, 0xbb90f4b5f4675af4
	.quad 0x7fc00000ff800000, 0xffd0d94f875c0bd1
	.quad 0x14f117ebf283ff35, 0x88d88cbbdafe4bb7
	.quad 0x7ebc9548e55bb742, 0x73b8199a6590b503
	.quad 0xab4aed5282ae3f96, 0x13b4dd7840e4fc00
	.quad 0xfff0000000000000, 0x52609c340f580253
	.quad 0xc07a2a0ee0d3bcf9, 0xaa5e60ee909ba429
	.quad 0xec42632ec2f50000, 0xbc121a156fcfff73
	.quad 0xca273c80dc90dba6, 0xfff0000000000000
	.quad 0xce6ec582e9287f22, 0x7fa2ada015d5c99e
	.quad 0xc3f12ac6ff8828ed, 0x3fffffff016c3d68
	.quad 0xf410ca1fc339cead, 0x8f8c2358fffafef7
	.quad 0x5f00000040000000, 0x88074d47eecffdfc
	.quad 0xffef27066c887f1b, 0x40980000dfd99dcd
	.quad 0xd9e202b0f254fd98, 0x3879699753312b47
	.quad 0x4009aef8bd1ae9aa, 0xbd01540d6f2e015e
	.quad 0xc2c0000000000000, 0x7fcb6066f9a23977
	.quad 0x8024ff262fa0a0ea, 0x000d31c03fbfdb1a
	.quad 0x9b54eeb01bbc590e, 0x6899554bc1fe7ff7
	.quad 0xc2000000df4349ce, 0x4cb60e92da78fc00
	.quad 0xc2e3640780e56248, 0xbcd7327abecc0581
	.quad 0xfff0000000000000, 0xc0a00000ec78a178
	.quad 0x404dc750ce8c341d, 0x0002e442ffd7b5c1
	.quad 0x00000000d0efc2f3, 0x444823193ef757ff
	.quad 0x06e3e35efff9fdeb, 0x3ef0000000000000
	.quad 0x0b00ed343c139707, 0x240457497fa9ff12
	.quad 0x410c00007fa08361, 0x47fffffe40100000
seed43:
	.quad 0x4d5c52393efd4e57
	.quad 0xffffdffc78fc7fd5
	.quad 0x000000018c235e56
	.quad 0xfffffffffff6895c
	.quad 0x3b07188bb006a20a
	.quad 0x0000000001000001
	.quad 0x000033266e4b5178
	.quad 0x0000000000e6d62f
	.quad 0x0000000001000001
	.quad 0xffffffef2fc3170d
	.quad 0x8000000000000000
	.quad 0x6027edcbf6e753a6
	.quad 0xfff3b7f4b89615c5
	.quad 0xffffffff80000000
	.quad 0x8cdc7ddcfc244d13
	.quad 0x9bdaa49cfed72d5b
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xb18162a3563e0800, 0xbfd2000000000000
	.quad 0x3adc5870dd05cfa2, 0x424db00c3dc3b66b
	.quad 0x3c951f4542d0d3c6, 0x0e0934f99f274410
	.quad 0xfff3a4d101dca214, 0xbf823dd93f6e6546
	.quad 0x3f00d18d1b2dbae8, 0x00eb3548c2c9c098
	.quad 0x7ff03a79e586e05b, 0x7f22d1c4dd515353
	.quad 0x18a970cdf1de3f88, 0x800d7ef766959a49
	.quad 0x1cc96696ffb233e1, 0x342d48dbf2c83096
	.quad 0x3ff0000000000000, 0xebda97c580328969
	.quad 0xc0c5aff37fa797df, 0x007fffff015148a9
	.quad 0xf36eafb1259ae920, 0xe1dad1be425c030b
	.quad 0x7fb4610affc22469, 0x0107e1f575bb9947
	.quad 0x42ce09d7cb5bec16, 0x406f1e08c6b8d54c
	.quad 0xd0e52383315a6990, 0xffc64fd4439e21b2
	.quad 0xfa56cdfa8c1882cf, 0x510d5d5df85103ff
	.quad 0xfff0000000000000, 0x42d14e1e43e501cc
	.quad 0x800000005a000000, 0x0000000000000000
	.quad 0xbfe5886d59a5fab5, 0x9aed4f15c245937f
	.quad 0xd4672498b1e37c7a, 0xc7c0000000000001
	.quad 0x8000000000000000, 0xbc1bc6831137efae
	.quad 0xe284ef28a569c53f, 0x7fc00000477ffffe
	.quad 0x3d7a940dffe68a20, 0xfff6f476df000000
	.quad 0x8000000000000000, 0x185df4ddffbc7ff8
	.quad 0xd76704a0c142ba87, 0xfb74e179807fffff
	.quad 0x5cc6132e432de301, 0xc0ea9a043df03975
	.quad 0x00160198411c0000, 0xfff8000000000000
	.quad 0x62dd88aadfffffff, 0x002c5363ffeebc49
	.quad 0xbfd00a15dbe4a1d2, 0x8cc454f7d7bf07e0
	.quad 0xc03fd1f7ebd89f7e, 0x43a066094da57e00
	.quad 0x4016000000000000, 0x7f93f42ed7880000
	.quad 0x3faab027f76a1ec2, 0x401d3c10678fa20d
	.quad 0x400a000000000000, 0xbff0000000000000
seed44:
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0x0000000000de15f9
	.quad 0x000000006d58abb4
	.quad 0x16a692b68560e6dc
	.quad 0x000000043ebe4a59
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x80aeb5f701f1cd07
	.quad 0x9080a8ad4475ed6e
	.quad 0xfffffffffffffd60
	.quad 0xdeda3632e62d8fc0
	.quad 0x21fcecd6d347310d
	.quad 0x07260e3e350a88dd
	.quad 0x00b251039289287b
	.quad 0x2edc0d40b6adbcb5
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x74d5ee3fbfad71ab, 0xa0aea4c977c2f83f
	.quad 0xef1634ebff800000, 0x8100000041a4b334
	.quad 0x2319c09dcad148a0, 0xbff4000000000000
	.quad 0x05b736ae8245fc89, 0x93ee78fe9570fd55
	.quad 0x3f9a15f9d889bf5a, 0xa3959ea9810779f7
	.quad 0x57d24cb7f7f9e9be, 0x21b20c8b4aacfc00
	.quad 0x22c221a57946fc00, 0xfff8000000000000
	.quad 0x41c271853ee39fd4, 0x80800000ffe58d7a
	.quad 0x4c07d55b7e7bbf8b, 0xff800000c2b3ef3c
	.quad 0xb390de72357fffff, 0xb7093a1a7e8f1d15
	.quad 0xb30a518715d4a800, 0x0e1346c13ed80000
	.quad 0xfe0415548b2471c1, 0x93d88839c1100000
	.quad 0x3b4d80007fc00000, 0x02d38f0edeffffff
	.quad 0xfffc3ebf78b1b393, 0xe45cdb902cff5a2d
	.quad 0x3f869332256202f9, 0x531a4331ff800000
	.quad 0x9fa18cb34bc7b560, 0xbae6bdcfce4f163d
	.quad 0x94edb11eae788000, 0x8eb0e8d04054b694
	.quad 0x5bb2f38dd7e88cfb, 0xbff050bc7f1c5500
	.quad 0x000000007fa5cae6, 0x008000004385149b
	.quad 0xbff8c9810d0feb99, 0x910c8b577fedfeeb
	.quad 0x04a9c8f7eeedd401, 0xb85f90ba0065fd74
	.quad 0x89bbbb5ba3737c00, 0xf7bb98c97bf17e00
	.quad 0xc07000001ab8618b, 0xc70000016f707ae7
	.quad 0x979d7aab187f77ff, 0x676627571b6ba1b2
	.quad 0x0b2bc375bb380000, 0x4f70693b80894f86
	.quad 0x30e31cd16b90fc00, 0xf9d24f46ffc035a5
	.quad 0x924c691b25347ab8, 0x7f8000006c8dea0d
	.quad 0xffd0000000000000, 0xc6a288c47a09fd6d
	.quad 0xbf929f28cb5f9338, 0x7a9395a3106bfc28
	.quad 0xebff9d77a3a6bb8c, 0xb0848030c8fc5baf
	.quad 0xff800000421c165c, 0xfff8000000000000
	.quad 0x6286e8f669edd874, 0x7fe1e39abc91ba26
seed45:
	.quad 0xffffffffffffffff
	.quad 0xb050b662188f9d40
	.quad 0x000000001d8c6700
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd6e
	.quad 0xffffffffffffff98
	.quad 0xfff694c234fc6267
	.quad 0x0000000000000000
	.quad 0x0000001a2f4e7c2b
	.quad 0x006d729462a8ab7a
	.quad 0x7fffffffffffffff
	.quad 0x3b8bebead88f8f60
	.quad 0xffffffffffffffff
	.quad 0x1e5fada4c0061d19
	.quad 0xd10f87eb2c7cea57
	.quad 0xb798edc7531f7ee0
	.quad 0x06000000
	.quad 0xd0000000
	.quad 0x014525f6dfbf25fd, 0x3cf9bbff7fc00000
	.quad 0x1ad0c7d64ef61c02, 0x0c67d9797fcfff37
	.quad 0xc04d780d12f5ef7e, 0xc7fd4c76ffd7958d
	.quad 0x83ea32b0a5a52adf, 0x8bcea7193371b00c
	.quad 0x7f3558344f7ffffe, 0xb7640000bec00000
	.quad 0xbfe000007e0bf04c, 0x3e851df6c051d4ae
	.quad 0x24da544bc3628000, 0x7ff62845b6b102f6
	.quad 0xc9a6cec699e73ac1, 0x000ab1ddc9340000
	.quad 0x34ca1ceafffdff51, 0x60443d954c0a3c00
	.quad 0x91704b38caa0d284, 0x0000000000000000
	.quad 0xce43ed7a41180000, 0x7fe0000000000000
	.quad 0x3c661b277f000000, 0xfff0964d1c8d622d
	.quad 0x2496a9c3f1ff8a47, 0xfff8000000000000
	.quad 0x40d000009ae3a571, 0x0000000000000000
	.quad 0x4018280027fcdfce, 0x7f8000007fc8d647
	.quad 0x40f0000000000000, 0xbc8b1e10407fd666
	.quad 0x0a565a2d679b5630, 0x41060000ff800000
	.quad 0xb8a63b7840b00000, 0xc282b6de7f800000
	.quad 0x80093a26049e0ac9, 0x115bb20beffe56ab
	.quad 0xbff48cda7d64deb2, 0x089c61057b8564e4
	.quad 0xbfcf600000000000, 0xc004000000000000
	.quad 0xff55a7e7ff8816ea, 0x27340f6ac3d3221c
	.quad 0x9190b126689efbd6, 0x0016e7f840f00000
	.quad 0x309ec3ce3e5e0000, 0x0003dd6231420882
	.quad 0x10cd2b42a8678200, 0x00eef689ffe70800
	.quad 0x7fb4585dffcb4baa, 0x4038471b47db91fb
	.quad 0x013579f6196e0000, 0x8997c7ba6bde7c00
	.quad 0x401fb596350bc986, 0x067b3867ffffcbe9
	.quad 0x7ff0000000000000, 0x3f922b2d7db5165d
	.quad 0x821acc4310a3a9c8, 0x08a3fbc605ae7fec
	.quad 0x8008000000000000, 0x8d1660fbc2d6979b
	.quad 0xfdd51c250ca583ff, 0x07891868332c6973
seed46:
	.quad 0xad7d078b470f89dc
	.quad 0x0000000000000000
	.quad 0xa6051c2c6916651d
	.quad 0x0000000000000001
	.quad 0xff12d15f9a26baef
	.quad 0x80a67cbdbaf73967
	.quad 0x38ee0eed237c6b7f
	.quad 0x0000000000017490
	.quad 0xffffffffdc45f5a4
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff2b
	.quad 0x00000000000001c3
	.quad 0xffffffe196489c9e
	.quad 0xd0197b28592e6b40
	.quad 0xffffffffffdac9cc
	.quad 0x3a8c7d1c55835d83
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x1cfc85247fec8000, 0x4b702465fffbdf9e
	.quad 0x8586a14cf1f97251, 0x27ad695ba3199be2
	.quad 0x7f1d5da129998000, 0x3eaadfa938000000
	.quad 0x0b75e35c20d8fc48, 0xcbb03a44624f7e00
	.quad 0x70e51adcdd1dc300, 0x3fcde99049c3da85
	.quad 0xc7100000c3a7ed9e, 0x9d278ce5f9631f75
	.quad 0x000000003df4a465, 0xff80000075c1887f
	.quad 0xfb65f912b9400000, 0x007fffffbfe55cb5
	.quad 0x0880893fff800000, 0xbf0fde0a43866eb6
	.quad 0xe4e6a495dfffffff, 0xef08ce6a27284840
	.quad 0xbe1ca473fb5a623f, 0x3e7734be44589142
	.quad 0x000cbea97e4d510a, 0x59fffffeda800000
	.quad 0x00000000b8a40000, 0x4023400000000000
	.quad 0x3f7b155ebfc1577f, 0xc002bd9efab598f5
	.quad 0xc3f0000000000000, 0x800000003bc65246
	.quad 0x7ff4092599639289, 0x3cdcf4b880000000
	.quad 0x11df19ee5adac1df, 0xbbb103e6dff9f5dd
	.quad 0xce43186480000000, 0x40c000007f99a805
	.quad 0x012ded2026ca5c1d, 0xbfc9b8c080000000
	.quad 0xc5526cae7f7ffffe, 0xfd7a8aa96c48f585
	.quad 0xc03dfacc95fe966c, 0xa4c9764e7fa87224
	.quad 0x5f000000ff8bb29b, 0x001fffffffffffff
	.quad 0xb73ce98effcfbd68, 0x450354c4477dfcba
	.quad 0x7ff0000000000000, 0xc009038f52f027ad
	.quad 0x3e07935947000000, 0xf57fe8eb00000000
	.quad 0xd0938781da2f7a9f, 0xc031000000000000
	.quad 0x43077f01f2314886, 0x27611dd8408c0000
	.quad 0x7ff3b9220479af00, 0x35b8df4ab08d5b20
	.quad 0x604a1812ae04bfff, 0xc01e000000000000
	.quad 0x57cafbd66f7bfffd, 0x863e9b903f410000
	.quad 0x49338f695f259f04, 0xc00000017fd5f9d4
	.quad 0x0000000000000000, 0x7fd0000000000000
seed47:
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe9c
	.quad 0x366278fa08609968
	.quad 0xffffffffffdfbb29
	.quad 0xfffffffffffad323
	.quad 0x0020000000000001
	.quad 0xde3293b76993620c
	.quad 0x0000000080000000
	.quad 0x76a08349b97b6c2c
	.quad 0x00000000000001d9
	.quad 0x0000569f33f1bafa
	.quad 0x5cfb6eebd0af39a1
	.quad 0xfffffffffff50564
	.quad 0xdf2a102ca4fcc46e
	.quad 0x0000000000000208
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x3d311f63ffee7e00, 0x3b856377c0200000
	.quad 0x4340000000000001, 0xc46e136d8fb145c0
	.quad 0x37798ae7f7bdeff7, 0xbff9f08721a12bcb
	.quad 0x8000000000000000, 0x40fbe00000000000
	.quad 0xf7c5b5a0be480000, 0xc0d40000807dec40
	.quad 0x000ba1a24383256e, 0xc9953e820ffd875d
	.quad 0xc3f48bc4815186d3, 0xf937bba9c1c771b2
	.quad 0xf85f93e9e2ffffff, 0x91c1447c8f8859e4
	.quad 0x03407d8bd3f74bff, 0x0000000000000000
	.quad 0x3c53b921807247eb, 0x40b4700000000000
	.quad 0x7ee54782bcbaf28c, 0x962740f75fffffff
	.quad 0x10a2be717f79e377, 0xfda46bd73b05239d
	.quad 0x3fe8000000000000, 0x7fc000007f9e80f2
	.quad 0xb989f3934a8e45c0, 0xa4efeeb2f3ffffef
	.quad 0x7fc4cbf689a27c00, 0xbd4b7183c1092498
	.quad 0x279d696343467e00, 0xaa55d06f7b441865
	.quad 0xe6014b01141a9d00, 0x017fffffc107a85c
	.quad 0xbdac853eff800000, 0x7fd402e3c0c80000
	.quad 0x44ad2e567ff30001, 0x990d3ba8e5150000
	.quad 0x486a0000c0500000, 0xf1f5bf12bc5dbb47
	.quad 0x000c51764b555300, 0x6674a8579cbcfac1
	.quad 0xef5d375600ffffff, 0xbfd0f339dba43e0b
	.quad 0xc0387e1d76ec9369, 0xbfd31de00e6479ca
	.quad 0xc021800000000000, 0x81c2edbacc2f311f
	.quad 0xaf4c6954d37ffde2, 0x7f800000ffa591fe
	.quad 0x7fa8bd59b93a3497, 0xffd845bd1941ecfc
	.quad 0xe09cd037e3b979d6, 0x818415e3bffaff7e
	.quad 0xc15f9fb74203ae92, 0x3ffbeff4666f11c5
	.quad 0xc8d50d35f3418000, 0x43effffffffffffe
	.quad 0xfff0000000000000, 0xffb7f5f900ac0e7d
	.quad 0xbfb7bb4d00800000, 0xf73eb51c89988000
	.quad 0x40ca82dbff800000, 0x3c79dab794eb1971
seed48:
	.quad 0xffffffffffffffff
	.quad 0x6fc4e986b4713b44
	.quad 0x0000000000000065
	.quad 0xa8de5810bc30d816
	.quad 0x0000000080000000
	.quad 0x00000001544f1446
	.quad 0xa0eee631727ae337
	.quad 0x0000000000000001
	.quad 0x16e0e0d6eaa5e792
	.quad 0x0000000080000000
	.quad 0xfe02ea6215443a7b
	.quad 0x0000000000000076
	.quad 0x00014792eee8d26d
	.quad 0x0000000000000001
	.quad 0x000000000018c08f
	.quad 0xfffff9bd1cf049d0
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0xf4e40814fab96309, 0x233a700f7af7fcb7
	.quad 0x588fb0c97fb9c5bb, 0xc834800041e14e12
	.quad 0xff8000007f7fffff, 0x41f56a14cba156bf
	.quad 0xc3bb131700000000, 0x7ff0000000000000
	.quad 0x4026d79c80000000, 0x3eddc00000000000
	.quad 0x94026c054055057a, 0xfe9272c1411bc4fb
	.quad 0x1a02550c89b96aa5, 0x455dea8643c9c381
	.quad 0x0000000000000000, 0xaf074080ddffe86c
	.quad 0x850ec33ee1ffbfa0, 0xbf680000c0600000
	.quad 0xc32951134028050e, 0x0019a2cd8ee4f8fe
	.quad 0xda80dfaf6e174271, 0x01e782ee445ba202
	.quad 0xc60a000043e03b07, 0x79b2512b3f7037e8
	.quad 0x5e0162dc3fd39a3f, 0xd383ebc3fff2ffa8
	.quad 0x435fde9c5f8e7888, 0x3e94e874c7000001
	.quad 0x97e496fd7dfffdfa, 0x33cfd39c7f7e4c5f
	.quad 0x03ae74fa0096ebdf, 0x7ff0000000000000
	.quad 0x00000000be818614, 0x423bd5537c898000
	.quad 0x8040000080000000, 0xc04c36488a1001ef
	.quad 0xfeececf8c36081f5, 0x9982358fe8a6a2a5
	.quad 0x7f8d989300ada788, 0x0100000017adfff0
	.quad 0xc3fffffffffffffe, 0xc04c713dce9bfc66
	.quad 0x8008000000000000, 0x2e379e23bf6dbcee
	.quad 0xc3effffffffffffe, 0x4f0000014f800001
	.quad 0x5f800000b8c00000, 0xc0a3000000000000
	.quad 0xc9a36a7af5cba6ac, 0x40f0000000000001
	.quad 0xd198e21cd3defbff, 0x719c931be5ae946a
	.quad 0x937510415f5dfd9e, 0x3f10000000000000
	.quad 0x3bf8a4c0bc7dc761, 0x412f0000fd3777af
	.quad 0xcd24565176213425, 0x42f0bb60bfa00000
	.quad 0xff9c0c82ff800000, 0x53c25c53e563eb45
	.quad 0x433ffffffffffffe, 0xc000100000000000
	.quad 0x3cfac20bfefdfce7, 0xade9a07e8fdeef7f
seed49:
	.quad 0x00000000692183f5
	.quad 0x000000007fffffff
	.quad 0x0411babb79822d19
	.quad 0x0000000080000000
	.quad 0x00000000000000c3
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x0000000000000167
	.quad 0x2fdcae13491fd40e
	.quad 0xa5dd4f6222a94f33
	.quad 0x0000000000000000
	.quad 0x0000d2792c5668d3
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc0d
	.quad 0xffcdf5f95173696d
	.quad 0x05400000
	.quad 0x30000000
	.quad 0x0abe20b395cde73e, 0x800000003be72fb7
	.quad 0x26269ae37e8eb900, 0xff80000001000000
	.quad 0x411c000043106df4, 0x00000000fe800000
	.quad 0xc0c0000043ec0e8a, 0x000000000b208917
	.quad 0x3bc53f4100000000, 0xe02a99fcffa7fe00
	.quad 0x3c4c2548ffdffbff, 0x1e1f02aa001ff080
	.quad 0x426a6c6c657d1994, 0x4000000000000000
	.quad 0xac8a25836e130e00, 0x8000000000000000
	.quad 0xc36ebdd9892c3626, 0xdf7fffffbf6f5232
	.quad 0x8dbd7c139744e8d0, 0x6d7a7478713c59cb
	.quad 0xbff85aff21b91772, 0x8a50af3dd5ffffff
	.quad 0x407c49fafad898c0, 0x800a8a12940df97e
	.quad 0x5102fbbc0f6a0000, 0x6ae72d28f6ff77bc
	.quad 0xffd49eadbc5c7af2, 0x3c6fffbc7f800000
	.quad 0xec04bef7bc680000, 0x763426220a568780
	.quad 0x4153000080000000, 0x7422061a4397afbc
	.quad 0xc01cd66d2753f068, 0x3748000035c3e69f
	.quad 0x017fffffff83f9af, 0x6a1b933059e26e75
	.quad 0x338159d991f2a74b, 0x3f5c000000000000
	.quad 0x40375ad37ce59326, 0x80000000aee84e9e
	.quad 0x7eb27293b85fdf6d, 0xe47e1e2f40647dae
	.quad 0xa1c2ef94bfaac1a1, 0x498000013c25a388
	.quad 0x7f8000003bc00000, 0xc16ae6561bfe2e7d
	.quad 0x783af402fff19d51, 0xc77c9a92e16afee4
	.quad 0x7effffff90f55c2e, 0xc0f0000093979ffc
	.quad 0x68065d9db43de8cd, 0xf73468667f49615c
	.quad 0x40b8e00000000000, 0xbfb9c6b22956bcae
	.quad 0xbc98af5042e68ba4, 0x0000000042d660ea
	.quad 0x46fc57252ae17e00, 0xf0c3c1f11382ec85
	.quad 0x7e17f6a62a939aaf, 0x4008000000000000
	.quad 0xfaa2400bef6fb61c, 0x3f8000007fee42b1
	.quad 0x3ffc000000000000, 0x06d3e9353d7f7fb7
seed50:
	.quad 0x954c59f0975f3f86
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd2f
	.quad 0x000000000cbe53c6
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000000057b47
	.quad 0x00000000000001df
	.quad 0x805889e8a1163ec4
	.quad 0x746d78dcae066a3b
	.quad 0xfffffffffffffc4c
	.quad 0xf852b086658a9667
	.quad 0xa2349872b7f4fe8e
	.quad 0x000000000001310d
	.quad 0x0020000000000001
	.quad 0x000f0b6a8dd16369
	.quad 0x05c00000
	.quad 0xc0000000
	.quad 0xeeed10c67fb936f5, 0xf8f621127deb7e00
	.quad 0xbd460000010c605c, 0x0ba8915c362ad45f
	.quad 0x5b3c7ad23b327c47, 0xe95ee1c9987a5912
	.quad 0xc780000040c00000, 0xbda1b8d77f94b402
	.quad 0x41ab060900714d51, 0x60fa5fca3030d6e8
	.quad 0x9760485ffd846773, 0xac172bd99ba94132
	.quad 0xff800000c32919ea, 0xc7351fc5ed3f2f74
	.quad 0xc367dc216ff78707, 0x64ab865e3d6c99aa
	.quad 0x7ff0000000000000, 0x05e5fd6186cefc00
	.quad 0x8000000000000000, 0x3d5173b7ff800000
	.quad 0x788d2443c034a2d2, 0xf8289deb686199a7
	.quad 0x7fb99cbec14b9f8e, 0x8fc8bc9aeec77acd
	.quad 0x61ea6c15b1f1fdef, 0x811b97fdc49a89d5
	.quad 0xb59babefda740000, 0x545a4a67fefaff7d
	.quad 0x3ffc5531654ae284, 0xe0e40ff1d23cbe03
	.quad 0x99039125fefb77f7, 0x4762097fe963fdc3
	.quad 0xbfc4556abd01599f, 0x00000000be094bfd
	.quad 0xe9f92df510cf8022, 0xe85b8fc6fffadb37
	.quad 0x3c21034a87b2e351, 0x7eb43c58c6807c6d
	.quad 0xbf864a34bd86904b, 0x06b72b16ff97e78b
	.quad 0x856be8957def8417, 0x7f8000007ce8ce58
	.quad 0x9a616f357fc00000, 0x8d549553feffffff
	.quad 0xc1a0000000000001, 0xfff0000000000000
	.quad 0x4120277334cafe00, 0x48663e37fffee77f
	.quad 0xfff633db1c11ce05, 0x6faafa897f927628
	.quad 0xf44679587fe6a86d, 0x4e37b3dadedbfe98
	.quad 0xbfaa0363c13cfa7e, 0x40567c8db1d15d2b
	.quad 0x00000000437e1fa5, 0x759ed975fc5e504c
	.quad 0x159d15d378167d12, 0xffe969b893457043
	.quad 0x3e800000c0c40000, 0xfff8000000000000
	.quad 0xbf9f8c5302c2d089, 0x801ba724dffffffe
	.quad 0xc053b56566f59fff, 0x402c58260a22c62e
seed51:
	.quad 0xfffc470e99ec3463
	.quad 0xffffffffffffffd2
	.quad 0x6e94b9e236a8baf8
	.quad 0x8078b7b7408f1b96
	.quad 0xdc3e80ebc18fea8d
	.quad 0x0000000000000319
	.quad 0xfffc6c0143d7f517
	.quad 0xb085fb9efeca900d
	.quad 0x7b7ceea3935b317c
	.quad 0x000000000004a2a7
	.quad 0x0000000000000001
	.quad 0x00000000000003cc
	.quad 0x00000006246231c2
	.quad 0xfffffffffffffee3
	.quad 0xfffffffffff0ad36
	.quad 0x0e15a6acb6be1df4
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0xc037c4486fa90162, 0xfff0000000000000
	.quad 0xcfffffff00000000, 0x802fb2ee4757fab2
	.quad 0x7ff81e961829aead, 0xbffd4ddb3d454c4a
	.quad 0x3db97bec007fffff, 0x771ee4def598faae
	.quad 0x40c00000802cff88, 0x96a4568440018fa4
	.quad 0xff2ec9f8dd367ae9, 0x4a9c954a4fe4fc00
	.quad 0x0ea7bf0e50cd831d, 0x3f7984fa6689d555
	.quad 0xfde2380c3c9e605b, 0xff8c7032f19cf9ad
	.quad 0x4074eb1e3a7a6a89, 0xf56b7e18060c2716
	.quad 0xfff0000000000000, 0x3e11a82b5cdefdff
	.quad 0x0000000000000000, 0x817cc7d83f900000
	.quad 0xbf6e000000000000, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x7d8b436c2c437a24
	.quad 0x09e3a570b3d2d70a, 0xd96f3c11555700b4
	.quad 0xbd4b9ccb86fcebea, 0xc3ce63533d981ee0
	.quad 0xfc33378e41080000, 0x3ff3b00000000000
	.quad 0x7fc00000c37db42a, 0xfff8000000000000
	.quad 0x70f348cf64f28f3d, 0x0000000000000000
	.quad 0xc03182f0c002623f, 0x64e1eee4c69d3b28
	.quad 0x7fac13f54f000000, 0xd650c1273ec02bec
	.quad 0xb497caf8d0b1deb4, 0x7f27c0b6fe2f7d67
	.quad 0x98855478e3feafbe, 0x628fb9e8e3b2dd00
	.quad 0xfb21301ef6f7fee9, 0xbc1dcd0740ffa3c7
	.quad 0x7b04e3ae7fd0816e, 0x9c6bada30db8ef87
	.quad 0x8028ca86ff800000, 0x3fe7c83a1c76d019
	.quad 0xbfb7b1266a56e821, 0xc01a000000000000
	.quad 0x7f3495c636b8e777, 0xc051264ddb183c3b
	.quad 0xf97490825572840c, 0xffe268753410fff9
	.quad 0xc34fffffffffffff, 0xc0e0000000000000
	.quad 0xc384ef18cb4d0000, 0x6498904484a00000
	.quad 0x00000000f2934cc8, 0xc914c8b8ffbf9fbf
	.quad 0x5a5b09b547fffffe, 0xeecebb617f3c8418
seed52:
	.quad 0xffffffffffffff02
	.quad 0xfffffffffffffd54
	.quad 0x17e152c3f3e4d130
	.quad 0x53f951853a4b36dc
	.quad 0xd1128fd375339ec9
	.quad 0x00000000ffffffff
	.quad 0xfffffc23ebdc8159
	.quad 0x6e59b33152132583
	.quad 0xffffffffffffffff
	.quad 0x304cc4f9da68ab3b
	.quad 0x00000000000b1b8b
	.quad 0xc5b86b0f8ed739a8
	.quad 0xfffffffffffffe31
	.quad 0x0000000345ee2fe5
	.quad 0xffffffc7fc920973
	.quad 0xf3313189e7fe1bc9
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x8000000000000000, 0xffc00000807fffff
	.quad 0x01da3e38561ac6bd, 0x67624c5dd7e439c0
	.quad 0x434ff42e43de198a, 0xfff0000000000000
	.quad 0xe49c638b862d7e0b, 0x7fc00000704aea4d
	.quad 0x3efd3de3c0c3e65a, 0xfff4b6a18bf12996
	.quad 0x7ff4687ed56b13be, 0x4f73982b4743fef3
	.quad 0x66570dadcf57893b, 0x801fffffffffffff
	.quad 0xc34fffffffffffff, 0x800d8eb6f36f8aa1
	.quad 0xffdcb827ffbe8781, 0x7ff9f8bd16198678
	.quad 0x0000000000000000, 0xc39520cc9d5e44fa
	.quad 0x7f8000001681cade, 0x0000000000000000
	.quad 0x010af1d23f400000, 0x819d0f3c474c8809
	.quad 0x7f54959ad77fd62a, 0xcc6b421baf66edbf
	.quad 0xc1100000c190ab6d, 0x253fea5980000000
	.quad 0x350c5e44ffe00425, 0x0bdcf87bffe8fc00
	.quad 0x3fb8000000000000, 0xc07a5409806f87cc
	.quad 0xc5f8000000000000, 0x7d6ff85ceca90321
	.quad 0x3dbefd79c102c3d9, 0x000cdb5134200000
	.quad 0xbfdd5f8c593b6834, 0x7ee9f5daeaaf05f5
	.quad 0x9bc942a18fc69610, 0x0000000000000000
	.quad 0x45f251c1ffceeca7, 0x7acdbef5e142cb62
	.quad 0x9b0cd90efff5a3cc, 0x0000000000000000
	.quad 0x0d6d2124cb73fe65, 0xcf6791564d19f6cb
	.quad 0xff573d4b2063d31e, 0xc0270e0d31b27902
	.quad 0xb253856ed1f17496, 0x8000000041e41d97
	.quad 0x7de439b2f6f1f3c1, 0xc013000000000000
	.quad 0x804000007f800000, 0x8689d9b601198bff
	.quad 0xc94287c43bc70000, 0xd98000017f800000
	.quad 0xfff27d00002c586d, 0x2cff84acef3b3e72
	.quad 0xffe6cae3e6eb00ce, 0x400c000000000000
	.quad 0x7f14da4213c0d4fd, 0xebb904127f800000
	.quad 0x628174c5ffc6d6f6, 0x19d05823c127bae3
seed53:
	.quad 0x0000000000000000
	.quad 0xffffff74694caaa4
	.quad 0x49e4e5b7e26b06ea
	.quad 0xa2c250e2ca400148
	.quad 0x27cac2954ebebe53
	.quad 0xb5506734b802b1bc
	.quad 0xffffffffffffffa5
	.quad 0x00000f73055002ee
	.quad 0x000000075fc0945e
	.quad 0x000006461130bf97
	.quad 0xffffffffffffffd0
	.quad 0x79774688dc6eaf98
	.quad 0x27eaf81982988eda
	.quad 0xa6376b2749b95109
	.quad 0x989f8a75ce3b209b
	.quad 0xfc7c343030831cd8
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x7f800000ff800000, 0xff9a73e2bc02505a
	.quad 0x393f1fb1ffba438c, 0xe53e6b117e66f7ff
	.quad 0x04c39dd3a93f791a, 0xa0ae2e46acedd123
	.quad 0x7dbdd388f577b7b6, 0xfeda81c2414d78ad
	.quad 0x56b87f3895198000, 0x7ff0000000000000
	.quad 0x0595461dc128758c, 0xc01000003feaa794
	.quad 0xfcae9bb1c02c7a08, 0x8bcb1cdaff78d7cf
	.quad 0x3bbcb864feffffff, 0xc3e6205e6e7b5934
	.quad 0x8326cd9a77100db6, 0xc03d4f4dc13920df
	.quad 0x20909b4dfff6fc53, 0xc13f000000000000
	.quad 0x832711fe84e3a3a3, 0x04277cfec35abb8a
	.quad 0x00ef368238ce1244, 0x83b8c9f64bb26540
	.quad 0xc012000000000000, 0x0004a0c6476be2c0
	.quad 0xfff906873790e2a3, 0xc0ced476ff000000
	.quad 0x303ae40c926a070c, 0xfa092f20494f19aa
	.quad 0x6d1e9833992bfb03, 0x40c80000fa96adba
	.quad 0xfff0000000000000, 0x8019d90e26e37191
	.quad 0x77b063d8dfd880f7, 0x2cb6ee5505347800
	.quad 0x9f16da19aa7beda5, 0x4024dd3b1dd47058
	.quad 0x6e61015bbd9e678c, 0x5f102a9291582cb7
	.quad 0x573a87cdeb288001, 0x407426106679e238
	.quad 0x36d4daf02b628000, 0x8e3b52c24cb6affe
	.quad 0x3a7aa0f0e21d1938, 0x033d31b100000000
	.quad 0xd6acde52ff800000, 0x407a8e724913cd38
	.quad 0xfdc63fa0411d6039, 0x000000007057f123
	.quad 0xcfcd4e6343c03168, 0x9d7c9bebbb98d0bb
	.quad 0x21310c6fda69ece9, 0x7f000000c3321780
	.quad 0xff1fdadf65a1f379, 0x3fe1fa502e4f12a3
	.quad 0xff5e2843fbbcc3ff, 0xfc05fddb7fbfad68
	.quad 0x409c00003a000000, 0xb9f5a4ac80000000
	.quad 0x025c0fcec4a10dc9, 0x4043d01e018e7609
	.quad 0xaa785507d7e78000, 0x741e539caeb7ff73
seed54:
	.quad 0x9bcc30a43483ee18
	.quad 0xf4190e87a22cd41f
	.quad 0x11f3c1bc10e94a7f
	.quad 0x44313f61116e4cdf
	.quad 0xfffffffffffffff2
	.quad 0xffffffffffffffa2
	.quad 0x000a6853c84752e3
	.quad 0x0000000000000000
	.quad 0xfffffffffffffff4
	.quad 0xfffffff2bd6e89f0
	.quad 0x4491b0bbaae31894
	.quad 0x53ce821670e4f99a
	.quad 0x00000000c04d4629
	.quad 0xffffffff80000000
	.quad 0x3c64432c8d2ba50a
	.quad 0x0000000000000018
	.quad 0x03800000
	.quad 0x60000000
	.quad 0xc9370000ddc3e5a9, 0x6b4baa71fff4efda
	.quad 0xf77055e000000001, 0x7ff8000000000000
	.quad 0x3f89353681f9822c, 0x460784dcda9af3f9
	.quad 0x40b8b5c1007fffff, 0x801fffffffffffff
	.quad 0x06d42e0814d641fe, 0x8000000000000000
	.quad 0x810000006cada39e, 0xfff0000000000000
	.quad 0x800000003788ed13, 0x29a601537a448ea4
	.quad 0x139878d5db7ffffe, 0x4c804ca77ffedee5
	.quad 0x7fe5fefbce6f00e5, 0x8d4d45997c502a85
	.quad 0x7f93ca18c0a80000, 0x0000000097715cbe
	.quad 0xc023000000000000, 0x2f31e3c2bfaeb3e6
	.quad 0x7fc000000012e643, 0xcb5d5a527fbca7d9
	.quad 0x7f8443cc3cfd4875, 0x6cb74df959d2fee0
	.quad 0x2d0f88a8f5df9edb, 0xfff054692ba4b5cf
	.quad 0x800000003df29237, 0x4020000000000000
	.quad 0x4fcd4bb3235785e0, 0x9135ecce16657c7b
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0x5ef830e6ffc33c00, 0x000cfad0f57a82f7
	.quad 0xc0f8000003cb455e, 0xff00000000000000
	.quad 0x01320340410c0000, 0x43a0000000000000
	.quad 0xc3076fb454800001, 0x3e30bd097defecbf
	.quad 0xc31e835380490835, 0xbef8ee49bfa00000
	.quad 0xfe10dc7c2c03d7dd, 0x3c32cbb6bf9467eb
	.quad 0x6a89be41a62b7e00, 0xbefc54f1bf000000
	.quad 0x8f81ac9ac793fca6, 0x6df4631ca015e619
	.quad 0xbf800000811a898b, 0x051606a9ffb2b6ba
	.quad 0xbffc000000000000, 0xd9bed67effff3ffc
	.quad 0x40ec1de222493fa3, 0xf53e96f2ca3aaf4d
	.quad 0x3ff00000ffed374d, 0xafcca55d5714c994
	.quad 0x6b7a5c14ed714f05, 0x14597f9dde2759d5
	.quad 0x04cdda5c2dfbd5af, 0x8d3c3de5dfe2e133
	.quad 0xfc9ce60afdbdfed2, 0x7ff586139a472b38
seed55:
	.quad 0xfffffffffffffd65
	.quad 0xfffffffffffffed7
	.quad 0xfffffffffffffcb2
	.quad 0x8e0245805dcf64f0
	.quad 0x0000000001000001
	.quad 0xfffffffffff13768
	.quad 0xac4319fb05dc637e
	.quad 0xffffffffffff6f07
	.quad 0x551c09bc0a8505a7
	.quad 0xffff4493d361193a
	.quad 0xfffffffffffffcd8
	.quad 0x0000000000000315
	.quad 0x000000007fffffff
	.quad 0x00000000000000a0
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0x04800000
	.quad 0x90000000
	.quad 0x1aedea32b1429eca, 0xcaaaa67868858c11
	.quad 0x87dd2f114894fc00, 0x7c74655796e67e00
	.quad 0xa84eb244a05b8000, 0x00cfea97e65db40b
	.quad 0x80271f2aff800000, 0x7f800000c24f87d8
	.quad 0xbfd204f073717efa, 0x4ce390716effffbe
	.quad 0x0005d20440097d45, 0xbfa00000bdf96ae3
	.quad 0x6cb52eb8d82d8fb2, 0x4048adf4c59b9307
	.quad 0x7102a2157fe01f78, 0xabc890ea42fa7fff
	.quad 0x9866254ac3e7ffdb, 0x3ffc9cae39117361
	.quad 0x2d43aa96fb388906, 0xffc00000998dcaf7
	.quad 0xff8003c1fad20f47, 0xbe9dd951bc04b2b9
	.quad 0x8fa6daa002657c19, 0xfe9893b6764937db
	.quad 0x5a7fffffafd16b97, 0xc3a7b0cd7dcb34f0
	.quad 0x6eda9126ff800000, 0xde5c0b08fe35fff6
	.quad 0xfc45403ac3a80000, 0xbfb41f97e99df860
	.quad 0x7ff3bdad4318e0ac, 0x81331426f70176a6
	.quad 0x5a3b39275853ff01, 0xd11f093f807d8bc9
	.quad 0x7ff6c25188f81ea1, 0x0266f4c42a764896
	.quad 0x8022e89bee36b318, 0xe5fcb7d2ef78f9ff
	.quad 0xcc67025c8faf3bf5, 0x2ab8198f677d33fb
	.quad 0x5a412d2480800000, 0x5fbe62cebff21b2b
	.quad 0x7e668d72f993612a, 0xc3563de7f1ec2986
	.quad 0xc023700000000000, 0x03bffe676c759b84
	.quad 0xfe3850890ad4a0b7, 0x2149b626f21a3a00
	.quad 0x6dec6076d6323654, 0x37404fa8df897e49
	.quad 0x3ffa0366d474cc79, 0x000f204f071adf2c
	.quad 0xc0f0000000000001, 0x4075000000000000
	.quad 0xf001cc52bf600000, 0x7fcf999d98c74013
	.quad 0xf27691da80000000, 0xc3d84723ff800000
	.quad 0xc6e00000be599813, 0x3f36c82b3128aa23
	.quad 0xc04000007f9747c7, 0xcc68c0a28c75a460
	.quad 0x7fc000008503940a, 0x40e0000000000001
seed56:
	.quad 0x0000000000000147
	.quad 0xffffff75fcd1c013
	.quad 0x0000000001000001
	.quad 0x609b3c13ef4931fa
	.quad 0x0000000000000001
	.quad 0xdb3e69e6fe550e58
	.quad 0x8000000000000000
	.quad 0x64920ae62bd9ecec
	.quad 0x8000000000000000
	.quad 0xffffffffffffff74
	.quad 0xfffffffffffffff0
	.quad 0x000000000000007a
	.quad 0xffffffffffffffda
	.quad 0xfffffffffe231211
	.quad 0xeff5f4a770aabba3
	.quad 0x8f33a71aa2bb6f74
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x7b260effbf25425a, 0x9f662b897fa551f5
	.quad 0xc1f47a3f8dc90000, 0x7ff9889a27506afb
	.quad 0x7cef1a5eff6d8fe7, 0x7fd7727bbd837a33
	.quad 0x800778a9ffcbbc46, 0x0010000000000000
	.quad 0xc1000000fe9b446b, 0x7195dd777fb76f8a
	.quad 0x3fbbe18151dcd01f, 0xd7f263be6fd7c481
	.quad 0x802fffffffffffff, 0x5f119f3280297e3d
	.quad 0xfec5f2fb80633637, 0x00c6e5ac375e9d57
	.quad 0x8000000000000000, 0x800a55463f3fd8b9
	.quad 0x925183f7c0e80000, 0x5f800000c0ae759e
	.quad 0x858e33a2a51cd78c, 0x960347d341edfce5
	.quad 0xbff4000000000000, 0x7fe6c640c3b3f614
	.quad 0x4278000043709e39, 0x8214a9812aa8a314
	.quad 0xc1ea08f046a7aac1, 0x800144f9ef7eba40
	.quad 0xe1dd3ba76085132e, 0xfff6d076b2c0cfb5
	.quad 0x3c3df9c200380f1b, 0x83e96cb9cc7b0000
	.quad 0xbfe00000ff800000, 0xce172d3b7a7bfbd2
	.quad 0x4014760ff468ed22, 0x80000000000d4120
	.quad 0x80000000aca0de92, 0x0000000000000000
	.quad 0x7fffd27f0f464a7b, 0xb54605ff7fc00000
	.quad 0x3e14ae203d5fef55, 0x800000000112a8d8
	.quad 0x7fc00000ff800000, 0xc57863c46b077d77
	.quad 0x8000000000000000, 0x14bf4a3e82f73aef
	.quad 0xffa1590338100000, 0x6e9f5ce4007fffff
	.quad 0x8456af0c98b63ae0, 0xedcc0cf3e388bdc4
	.quad 0x8b9f6e8d3ed7ff71, 0xfff0000000000000
	.quad 0x80281f4b86176d8c, 0x909675998e5d26f9
	.quad 0x93b08245877057d9, 0x3be62f0ae6bdf7ff
	.quad 0x247a1545ffb7eccd, 0xc41f5308c0f24673
	.quad 0x7fdb6f8e0a603092, 0xffc000007f800000
	.quad 0xb42e9b567cd96ed1, 0xbc9865600c3a4269
	.quad 0x7b858a037cac8000, 0xc15a88e697d92c6d
seed57:
	.quad 0x5267265f63cdbc6d
	.quad 0x0000000080000000
	.quad 0x844caaff35c5896d
	.quad 0xfa8ec51ae9629b29
	.quad 0x0000000080000000
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe7c
	.quad 0xffffffffd631880d
	.quad 0x000000000000028a
	.quad 0x0000000000e866dd
	.quad 0x02e910a435ef4dc1
	.quad 0x000000000000006e
	.quad 0x00db73668d0d4cb3
	.quad 0xfe354ad56adea703
	.quad 0xfffffffffc162e24
	.quad 0x00000000ffffffff
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x802807ae5cd849f2, 0x416ffffffffffffe
	.quad 0xa76e20c2caffffff, 0xe758ea4c9377974b
	.quad 0xa5d492786cfffd7d, 0x404b3109135a29c1
	.quad 0x45e570cf143503ff, 0xff0818360079a7bf
	.quad 0x42f8238fff800000, 0xfd7cde7829e71167
	.quad 0xc0ec0000c34ddafc, 0xfe4239203ca2410c
	.quad 0x8e6e4417aebe078e, 0x46eba843b5fd3c00
	.quad 0xbf7f6fe1ee4969da, 0xba890e8bb9d6aad7
	.quad 0x3962b801b556c300, 0x3a1ab222483d9b1b
	.quad 0x611231bf1b1625a4, 0xbc06b3463fffffff
	.quad 0x002e200f6b5dc546, 0xc00ff22c24855950
	.quad 0xfff2db277098835a, 0xc0d0000000000000
	.quad 0xff82a2f1e99dfad5, 0xc00a000000000000
	.quad 0xff87b50d155ef6c5, 0x3fb6fad34eb593e0
	.quad 0x6035071d361d2d71, 0x8020000000000000
	.quad 0x802fed9c8d31ac92, 0x25e302fa543de600
	.quad 0x40687eb96078380f, 0x1e3345c0bdf7feac
	.quad 0x800be71137ee988a, 0xffefffffffffffff
	.quad 0x80b29c523d6de288, 0x42ae036d403c58ce
	.quad 0xfff0000000000000, 0x16c1a1a8007aaeee
	.quad 0x7db353ba1e78b775, 0x1075a21d38eafde0
	.quad 0x7dcbfd9bea1b6319, 0xc09d90b2c3c15c1a
	.quad 0x5fb1f8283dc00000, 0xc01b800000000000
	.quad 0x35cf6df917638f25, 0x6e133bf0359a7f5a
	.quad 0xb92ed30881000000, 0x800918468a0c88be
	.quad 0x002eb6189b246bfd, 0xc05b919a63560c19
	.quad 0x9b431135757abf3d, 0x7ff68a719933b508
	.quad 0xfe80000080000000, 0x024cdaa2f786589e
	.quad 0x7fd0000000000000, 0x684c25d0f57c7fd7
	.quad 0x7f4de316ee5f162d, 0x408800007fc00000
	.quad 0x7eaf2cd325754a5b, 0x4af107b916d10001
	.quad 0xc0efffffffffffff, 0x458b11f57e0c7fab
seed58:
	.quad 0xa6a452c25684e8b7
	.quad 0x00000000000005e4
	.quad 0xffffffffffe9e488
	.quad 0xfffffffffffffeda
	.quad 0x000000000000022b
	.quad 0x00004892800ed89e
	.quad 0xc64b69a5c876e5af
	.quad 0x05f5851287fc8740
	.quad 0x00000016f5988ae3
	.quad 0x0003e91e3ebe52d4
	.quad 0xa8605aefb4fce5b9
	.quad 0xdfd667a0b9e53e5b
	.quad 0x8000000000000000
	.quad 0x000000000005ea3b
	.quad 0xa76bd3684a47536c
	.quad 0x0020000000000001
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0x8373818455747b5f, 0x3b200000813cc40d
	.quad 0xf42921c6c47d4000, 0x0b828a48db6f7bf9
	.quad 0x7ff53e1c72ee3526, 0x4880000088c32f3e
	.quad 0x3fa068e4fd270f7a, 0xc0f00000001bd1c1
	.quad 0xfff4593a7ea091b3, 0xbd7057eabd4d498a
	.quad 0x81ef0e0e71b3cba8, 0x40400000002a2c9c
	.quad 0xfabcaadc68477c6a, 0xdb16fdada3f8cf0a
	.quad 0x948f66f6c0ffffff, 0x7ff0000000000000
	.quad 0x00000000ffc00000, 0x0020000000000000
	.quad 0x3fe1aba8a8fa72e7, 0x4b187ba1da63191b
	.quad 0x7cd41445ffd07e00, 0x669d5e473d77ddfd
	.quad 0x7f800000ff5556c7, 0xbf000000433c70ef
	.quad 0xfff0000000000000, 0x9c6ef501cdc64580
	.quad 0xc3dd52e76bbe8034, 0x4088800000000000
	.quad 0x906d2f00b31ad4ed, 0x433000007fc00000
	.quad 0x3fe4000000000000, 0xce025897cd3fafec
	.quad 0xf550ade710a6cfcf, 0xea18b17e29f48400
	.quad 0x3f491c7e7fc00000, 0x7ff1778a43e8004a
	.quad 0xfff8000000000000, 0xfff0000000000000
	.quad 0x7ff910140236965a, 0x3c66577bcd58fc00
	.quad 0x7fc00000c7fffffe, 0xffc00000edb23a0c
	.quad 0x40713017f6014e31, 0x63b1318703bfc475
	.quad 0xd577d66fd455c468, 0x88b012673bf4f771
	.quad 0x70b143e3ea3b7c00, 0x0000000000000000
	.quad 0xbf9f413472853f65, 0x40c5400000000000
	.quad 0xbd380000004acc95, 0x41f0098fff8b0de4
	.quad 0x2929e58d436fcf0f, 0x6f213abf7fb2513a
	.quad 0xfff0000000000000, 0x41d5315ffef73886
	.quad 0xc000000000000000, 0xff8000007f80557c
	.quad 0xf85ae77b8bc0ae7f, 0xbfa66ae543200000
	.quad 0x114df2786a4e9c69, 0x8d466627924083c4
	.quad 0xfff0000000000000, 0xad542e5f85b6fa70
seed59:
	.quad 0x0000000080000000
	.quad 0xffee983319b5ffde
	.quad 0x0000000000000001
	.quad 0xffffffffffffcf2f
	.quad 0x00000000000067e8
	.quad 0x5e71f2c08d8c39f4
	.quad 0xfffffffffffffed8
	.quad 0x0000000001000001
	.quad 0x000000031763d5f5
	.quad 0x0000000000000001
	.quad 0xa80d0aa05e442945
	.quad 0xfffffffffffffce4
	.quad 0x8000000000000000
	.quad 0x00022ee55b36114b
	.quad 0x6f007465f4297bef
	.quad 0xfffffffffe2ea6f4
	.quad 0x03400000
	.quad 0x80000000
	.quad 0x3f7105119a51c077, 0xfff0000000000000
	.quad 0x7f800000ff800000, 0x2117082304783e00
	.quad 0xbffc8a3395d0852f, 0x7f6dad5ce3fb89a6
	.quad 0x1eab7da8ffd9203f, 0x7ea0c1f436326ed7
	.quad 0xffb447ec3fcf786d, 0x000363e8412848f3
	.quad 0x7fc000008028c951, 0xc1c107d6cfffffff
	.quad 0x434fffffffffffff, 0x00000000f0859f4b
	.quad 0xb9d91a44f49d8800, 0xdcd6e92decf28000
	.quad 0x66d7d1e6abef7caa, 0x3f48000000000000
	.quad 0x81a46e6f07b35ca5, 0x59d95e2405babf07
	.quad 0xc0350f2cd1113514, 0xfe0c4befd083204d
	.quad 0xa4f8f6e65fbb7f5f, 0x3fd3fd7aa59290b6
	.quad 0xf3868572ff15b3f3, 0x3fca2f5aba1798f2
	.quad 0xf49ba5ccceae239a, 0xfff0000000000000
	.quad 0x7fc9bef3371c0000, 0x4012a4fcdc924e98
	.quad 0x0151fb217fc00000, 0x47c3903f80000000
	.quad 0xbcd3033b3c05331e, 0x027df1bb625d51d0
	.quad 0xff80000000400000, 0xafb7323f06a000ff
	.quad 0x42d938c2b6cf3054, 0x7fa56c707fd39262
	.quad 0x7f800000001f0efe, 0xc3a12f95ff8bdf72
	.quad 0x079a871b2a7bfbff, 0x800fb8462e559012
	.quad 0xbc33e7a9c097b97b, 0x7fbbbad74ffffffe
	.quad 0x587a7d51bd98faf3, 0x24c4aef7ce8cfc00
	.quad 0x8579c26b9e115a80, 0x1e68de3c2c0bc8a9
	.quad 0xc0d00000807fffff, 0xb86c0000508a8f3a
	.quad 0xf4bc19fcbd4b7eee, 0xfff5d2d7428f3027
	.quad 0x651bc2b59acdfe00, 0x17b4768641e4cfd8
	.quad 0x3e0331f8c28e74d1, 0x7f840ecabb915416
	.quad 0xa7dbcde3ff9d6f5b, 0xddaf7ddf36f20558
	.quad 0x7de8b26f15d9fc31, 0xff80000000000000
	.quad 0x0050c7bbde501857, 0x2baf3d2db2960000
	.quad 0xf572d5d0a3fa4ac7, 0x1869e461ffc00000
seed60:
	.quad 0x0000000000000127
	.quad 0xffffffffffffffff
	.quad 0x04789f3f30fa2d40
	.quad 0xffe91b841a1886a3
	.quad 0x5627215fa3d3b693
	.quad 0x9daf02b765929693
	.quad 0x0000000000c930cd
	.quad 0x0000000080000000
	.quad 0x0000000006092a83
	.quad 0xfffffffffffffdc9
	.quad 0xfff2aec0fe7052c4
	.quad 0xffffffffffffff68
	.quad 0x000000000000037f
	.quad 0xfffffffffffffcf9
	.quad 0x000000000000024d
	.quad 0xf4c36bb05e06aaf7
	.quad 0x06800000
	.quad 0x10000000
	.quad 0x80ee4ff200f7093d, 0xff56a552006b4c22
	.quad 0x1ae37cd852fffbff, 0x1e7292d460c68198
	.quad 0x6e19fc41ffed4643, 0xc080000000000000
	.quad 0x7f99583c7fbb95ac, 0x8378c406a18b3d51
	.quad 0x95336c4df2647800, 0xc2eb9bfffff5be60
	.quad 0xc262570e801dcb68, 0x64e746631322171a
	.quad 0x400000013de53e4d, 0xaadf4b173f000000
	.quad 0x7f8000007f92d2c7, 0x3fa0000000e7ba9f
	.quad 0x40000000ff800000, 0x703541b5921dfea0
	.quad 0x3fb9995a2d63a13f, 0x3fbc1908d9061552
	.quad 0xb6aae5d396e8b22f, 0x4231fc4a80000000
	.quad 0x40c80000feffffff, 0x8000000000000000
	.quad 0xc892e56a7bf8f3eb, 0xffc8144f80335795
	.quad 0xfe95d0d476fedc87, 0x3e390adf006856e6
	.quad 0xac933381dfffedef, 0x61b7763eff8c7e1e
	.quad 0x002bf8bf81cbe814, 0x28ac4f13d0fcfdf5
	.quad 0x002691617e237745, 0x406d338b3e6c2275
	.quad 0xfe8e112d8f214689, 0x4011000000000000
	.quad 0xaca8b71a2f55adcc, 0x064622855fbda9be
	.quad 0x3f1bcfc880e551a8, 0x25abdc20e7429224
	.quad 0xbb8d144d3fa25f57, 0x7f8000007f800000
	.quad 0x7541c13600704271, 0x7ff2d972e9723a8d
	.quad 0xc41a8a56bd67750f, 0x0ec3825dc03ebdd0
	.quad 0xeac13082db9ff4dd, 0x0008000000000000
	.quad 0xb3ee1b103d2c0a60, 0xdd153009aa1e8000
	.quad 0x8bab081f40300000, 0x2c0a88caeffd5ffb
	.quad 0xffab867f05acf16b, 0xef38985ce1757e00
	.quad 0x407ddc72e8975091, 0x81c40a80398cb5ff
	.quad 0xffc0000028d62696, 0x586196ebffb703ff
	.quad 0x3f957b7f00e8b43e, 0x28e2dcf6fff61e00
	.quad 0x6d24ac52ff8316ce, 0xc04d78add4d37858
	.quad 0x3d8d664ebc7e0000, 0x7ffcc0358100d15c
seed61:
	.quad 0x0f50c66bf3e07ee1
	.quad 0x7fffffffffffffff
	.quad 0xbcdcceb21c9cc109
	.quad 0xffffffffffffff3d
	.quad 0x7d9a82510d89537b
	.quad 0x0000000000000001
	.quad 0xc62e9666e001194f
	.quad 0x0d58abe4a5666e0c
	.quad 0x000ae9b8af1d9936
	.quad 0xfffffffffffff5b7
	.quad 0xfffffffffffe048c
	.quad 0x00000000000003ca
	.quad 0xa6e9da92dc710cc1
	.quad 0xfffffffffffffebc
	.quad 0x85346f79e6bb1676
	.quad 0x53817523a84f895e
	.quad 0x01400000
	.quad 0x50000000
	.quad 0xf6e43ef92b389d8b, 0x7f69e9df0098ef29
	.quad 0xcea47f3ebff72d97, 0x0008000000000000
	.quad 0x3ced0000bc27e566, 0x43ffffffffffffff
	.quad 0x9e170b3efbfffeef, 0xffc00000c232192b
	.quad 0x3fa00000ffd84b2f, 0x7f3882eba2c1ace6
	.quad 0x80000000c33b3483, 0xc060000080000000
	.quad 0x7f800000f0cf3540, 0x813fd8237e800000
	.quad 0x5f800000c1227101, 0xfdb1540ac5acb8de
	.quad 0x4030000000000000, 0x3f7c9496c3d24bf3
	.quad 0xff8000007fa25143, 0xfdb825114e6e7c76
	.quad 0x7fc00000c8db55af, 0x96f23ec9f4d6a603
	.quad 0xfe5f35a790138686, 0xff985a796a4f06c5
	.quad 0xbce0a7ea8e427f18, 0x0984de2cd28cd560
	.quad 0xbc74c269e9e50a0e, 0x01c2afe38825f2bb
	.quad 0xa43784ebc0915fa8, 0xfef70df77d8492ce
	.quad 0x3e7b8158257570d2, 0xbc3a02640bf9bd6b
	.quad 0xee830e567fc83312, 0x7f800000da000001
	.quad 0xc6d93ec159e57fdd, 0xc021000000000000
	.quad 0x00080e11fd060887, 0xa9c7859a20b4c856
	.quad 0x31b67941828848b0, 0xc28f73bc760924ab
	.quad 0x80816959ff7fffff, 0x262947b6f0804400
	.quad 0xf0a0b51aab1a0c80, 0x7fe0000000000000
	.quad 0xbfa00000400a8020, 0xc0d40000bd74beaa
	.quad 0x4f5449c4c1000000, 0x9e9c98749726aba6
	.quad 0xc002000000000000, 0xbfaa23e09d12ad45
	.quad 0x0000000000000000, 0x3e4000007f800000
	.quad 0xef633905f77fbefe, 0x5e10385e9cc2492c
	.quad 0x5a182b84ad200000, 0xa4d75fc7ff7ffee4
	.quad 0x2b7251299f87fc99, 0xffa2a2327fc00000
	.quad 0x6056f03ab34dba8c, 0x807d0b0ec1040000
	.quad 0xfffff6f2d23a12dd, 0xa3464dcdbdddfbed
	.quad 0x424d11a9f5777deb, 0x57cf1dbf9ebfe3e7
seed62:
	.quad 0x6f659fd97ad1b97c
	.quad 0xffffffffffffffff
	.quad 0x0000000000b03625
	.quad 0x0000000100000000
	.quad 0xb55bce5e501f0645
	.quad 0xdb7f1ccb17a87adb
	.quad 0xffffffffca5ce55e
	.quad 0x033bc65bc9a92a1b
	.quad 0x0000000000000001
	.quad 0xfffffffff22bbe03
	.quad 0x000046dbfb6e6703
	.quad 0xfffffffffffffdff
	.quad 0x00000e1b8e7e41c3
	.quad 0x7c263ecaea79f5cf
	.quad 0x0000004767c24dbc
	.quad 0xd4bfc6d59ba22e80
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xc438657e29990000, 0xe60c25a30712b0f7
	.quad 0x7ffa0251af453a87, 0x8000000000000000
	.quad 0x1ebd5d69ff86d581, 0x8000000000000000
	.quad 0x4c57dedfd15d8dfb, 0xfff50dc337acf61c
	.quad 0x20f6b268feffffff, 0xacff50895c61fc00
	.quad 0x7fc000007f824181, 0x3f7b749d0d238698
	.quad 0x4340000000000000, 0x515d3ea5ffb6d558
	.quad 0xff80000040059429, 0x6bf4f0699ff69312
	.quad 0x00e55f2102dacedf, 0xa0590c16ffba95c7
	.quad 0x677c1acbdaf1af58, 0x0008000000000000
	.quad 0x7ff3285d2700b93e, 0x800000008e4fe77d
	.quad 0x03fe75e6bb12fe00, 0x3f19132f7f5cc1f8
	.quad 0xbdce0000ff942466, 0x8bfeab3e2cc2a79e
	.quad 0x000000007fc1a831, 0x59ffffffffc00000
	.quad 0xffd0000000000000, 0x7ffb27fb188aa0b1
	.quad 0xc00123bc6497b729, 0x43cd6f7600000000
	.quad 0xb59a2f40391da35b, 0xfff8000000000000
	.quad 0x496603fa7fbdcc76, 0xf38cf6113a523a14
	.quad 0xc7f4b653a13e4f2f, 0x928dba9400400000
	.quad 0xff8000003a800000, 0xff9239b699b291b7
	.quad 0x2a5c9c597ffefaf9, 0x7eb6f27339172a4a
	.quad 0xdebd98ec42514200, 0xfff0000000000000
	.quad 0xffb6d68081000000, 0x7f18c494c0a69946
	.quad 0x7c8a3ddf1a40bfb6, 0xbd412f74017fffff
	.quad 0x0528c171efffffff, 0x7a257ee9ffbe5fd7
	.quad 0xfff401db9ccc931c, 0x3d21247dff800000
	.quad 0x01382075bcbe3b13, 0x406ff0400809a089
	.quad 0x4019000000000000, 0x0009734d8800eaa7
	.quad 0xbf9866d7f366c3e9, 0x0000000000000001
	.quad 0x0003ae855ca8c839, 0x0002bdce37dea14c
	.quad 0x7ff7cac8821e54a6, 0x7fd0000000000000
	.quad 0x7f800000c00c32c7, 0x34ed7871ffb722cb
seed63:
	.quad 0x00000000000001ae
	.quad 0x735cd8ca1f0a5f62
	.quad 0x7ea3c77fdd2af79c
	.quad 0xfffffffffff2b7b7
	.quad 0x9a07943c20866ab2
	.quad 0xffffffffffffff29
	.quad 0x000000000532ae00
	.quad 0x0000000000000001
	.quad 0x0000000000005feb
	.quad 0xb3271a103b577ae3
	.quad 0x00000000ffffffff
	.quad 0x0000000004c5fa73
	.quad 0xffeb4dc3088f903f
	.quad 0x000000007fffffff
	.quad 0x00000000000000ea
	.quad 0x1eb20518abd5bc4e
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x3fc921511011f448, 0xc029380e184a542e
	.quad 0xf6b386ed80800000, 0x6f717855c12f4cf7
	.quad 0xdf7ffffe4f000000, 0xfff0000000000000
	.quad 0xbed9fb69bfb2efb8, 0x2cdcbbb3cf367c00
	.quad 0x673f3445464a8200, 0x38a00000007c1691
	.quad 0x10ed3d02bb382386, 0x005427c8793ff219
	.quad 0xbfb23dcf1faae567, 0xcbde40a2701ca787
	.quad 0xbd1a0000bdf9371b, 0x2c0c3cdfd7fc7800
	.quad 0x7d96fe7fc2c90204, 0x7fb5692543e469cc
	.quad 0x404c880a10a73836, 0x1d45022c4842b5c0
	.quad 0x03bb6cf062d324fb, 0x823fe9699bacf765
	.quad 0x40000000de96b75c, 0xbd81d7ec9634083c
	.quad 0x0136629784d9e686, 0xbffc000000000000
	.quad 0x93a6c9a8c16baf7c, 0xfeffffff7f800000
	.quad 0x1ce820b7121f70cb, 0x5a2c2b878a99ff04
	.quad 0x8000000000000000, 0x807fffffc0d00000
	.quad 0xc2997b6eda7ffffe, 0xed0026c8d4d4c1c9
	.quad 0xe53fcb24fef6c0f2, 0xc34fffffffffffff
	.quad 0xb7f3b5b367d58000, 0x8020000000000000
	.quad 0x7fd0000000000000, 0x0182e82e71b08cf9
	.quad 0x3fa55667b6e90000, 0x3ea601e958dc4c8c
	.quad 0x411a000000000000, 0x81aa38d1ee4feb28
	.quad 0x7ef3a840953d9bda, 0x3efe500000000000
	.quad 0x66e6bc36957ac5e6, 0x7e20da973d4bbc99
	.quad 0xbf364f68bf800001, 0x7f84bb7e80ffffff
	.quad 0x46ef6fb080d7c400, 0xf0e710babdbd7822
	.quad 0x3f89111e2e80564f, 0xfff549ba9916464a
	.quad 0x8d75029fad407af8, 0x359200009dadfc4b
	.quad 0xfff0f26d4f39fefe, 0x407ffffeff800000
	.quad 0xffe3192f8e3b513e, 0x8014e4e393614e48
	.quad 0xc81b48f1ff7ff7fe, 0x800000007fc00000
	.quad 0x108f3bb2ff82abc9, 0xf1641a6dbd88326f
