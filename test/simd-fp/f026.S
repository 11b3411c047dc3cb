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
	.inst 0x9e585040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e291011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e306a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f3039b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e33dc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0c455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21c8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e65dc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f662418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e216839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef9fe9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea0d83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1a8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2fe5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1ba1f
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
	.inst 0x1e242d30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e219991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e21a8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5eb2fd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e680244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e220115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f421a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e644117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f365938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e598e8a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f09db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61693c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2300bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c19e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29397f
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
	.inst 0x2e20dc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3069f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6958b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fcf9295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4b2496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e737482
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eaac5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e21b819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e751a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d881b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f9fc
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
	.inst 0x4e64f49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2839bf
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
	.inst 0x2f33e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e790001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f44b072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21dc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e68e634
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
	.inst 0x4eeacdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6bd537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e29fcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e363a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f031cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2ae47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f28143c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e25d4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3d195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e324d3f
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
	.inst 0x1e24c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f40fd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e282160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21aa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f4efc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6a3916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0e2097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2800e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f04c459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e692a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea7f53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea1995c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61439d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e027cbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3418df
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
	.inst 0x6eede5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fb01211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7900c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e271974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e230136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e658817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f34d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea1a939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21685a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66499c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee2c5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c891e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67405f
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
	.inst 0x1e2509d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e618872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6301b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b59d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7801e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21dd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3801a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e674118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee5d5d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0f9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0c99b
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
	.inst 0x9e2401ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61287e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6000af
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
	.inst 0x1e2f18b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea19911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18f923
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eeed514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e218a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2441d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0e818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f25dc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2ee41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0fdc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2755b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1db5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d9c5f
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
	.inst 0x1f622050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e63c471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fae9812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f3fe4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2ae414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e622955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6c0056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f3938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e272999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0f9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f66e4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3cb717
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2e2dff
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
	.inst 0x7ee1d9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e287931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e25fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e71c5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d0954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21a895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f8e9a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21a858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea1b859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6f057a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1da7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee9d69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea4ccdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65293e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e619abf
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
	.inst 0x4e6ce470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f7000b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6800c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2819d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0f1114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e220075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2401a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28008a
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
	.inst 0x1e3101ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26429e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e616b3f
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
	.inst 0x4ea0f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fb09191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e30dcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f043c56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee9c5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2e08d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e27c4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6fe4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69691b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61697c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f8a903e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e3cc55f
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
	.inst 0x9e2000e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc291f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f70aa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21ba54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6bf015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a78f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61aa57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6bde19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e199a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c25b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f27e4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2141fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e723b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6ce5c3
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
	.inst 0x6e6ec510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea0c831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ef0f832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3328d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f3ae696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e616a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18e008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e59faa9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c2da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f6abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f02891c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62291e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e209472
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
	.inst 0x7eb0c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f7029d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e59f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e650243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e59e024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6e1495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d2160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e270937
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
	.inst 0x1e283879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1891b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1ba3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0d9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0fa5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6920b0
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
	.inst 0x9e43f410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0c931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea1b972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e24fcf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70f9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2065cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1d956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e274197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f48d198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0c9f9
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
	.inst 0x1e6e187b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0fb1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61b9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e219ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6301df
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
	.inst 0x7ea1d890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e28fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e64d4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6181b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e690164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7421a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f40e696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b0a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea3d4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2bc6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f29fdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e2dcc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1f93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6d391d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70da1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e780728
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
	.inst 0x1e2221e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e24c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e701812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6241f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3234bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70ca76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5faf1298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f05cc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4f3c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b7b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6dac1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d41fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7d595e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee4d49f
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
	.inst 0x4ee4f410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6401e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19f0c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc250b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fb210b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a2010
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
	.inst 0x1e589d47
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c0a78
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
	.inst 0x6eb0c93a
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
	.inst 0x4e2168fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d2cfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fdb199f
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
	.inst 0x4fc85150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e59f5c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2735fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e305993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a09f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e650125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e357ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0fa151b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e189d09
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6be5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6000ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f42885c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0e9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61f5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e665ebf
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
	.inst 0x4e6169f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e217811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1b852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e200063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fae18f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f201cb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f35bcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a1837
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
	.inst 0x1f649e19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0fa7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c38bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e438cfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f4ffd5f
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
	.inst 0x6f49e5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61a831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6cb4c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e680183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e663934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e610185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f26e476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b2857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6ece98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f02a41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e19680b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1b91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2018fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e65004f
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
	.inst 0x1e2300b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61b931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e19b102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fb25953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e210205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f31e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e671917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eaaeeb8
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
	.inst 0x1e63c23a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e25d57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e23f53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6141bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1b91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c28bf
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
	.inst 0x9e780040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e709dd1
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
	.inst 0x1e250933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e651e34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2179f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f071a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e43adb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6129f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d293a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b299b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e03ecdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fca91bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64689e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e616bdf
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
	.inst 0x4ee0c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61a951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2ffc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e619a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f31fd36
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
	.inst 0x4ee1b878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc81139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28391a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61d9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f48e4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e20f4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e039d9f
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
	.inst 0x9e598800
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6400e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f47fc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e61da55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e18d6
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
	.inst 0x1f0719d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2bf499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e1856aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2641bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e59bc6e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e6bfddf
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
	.inst 0x1e280970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea0ee32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0ab213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee6f614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea7e516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d837
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
	.inst 0x1f580c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4ed41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb7c5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6ccc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21c95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f909a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7a18df
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
	.inst 0x6ee2f590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e618a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c1472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e58d603
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f69fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f28fcd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e710046
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e251a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e29355d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e300089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea9ec5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62013b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f25e5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fac59fd
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
	.inst 0x6e61b9bf
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
	.inst 0x9e230090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e19d4c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc65893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e616a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0fa95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcb5876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2ff477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e687978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e682330
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2349bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21b91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6c3d7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f69f07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39002f
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
	.inst 0x4e218810
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
	.inst 0x6f37e532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21c8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f66e674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e652030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f7fe416
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
	.inst 0x1e64c4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcc183a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2099fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2301dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f30ff9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eaff49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63cddf
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
	.inst 0x2f33fc10
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
	.inst 0x1e228a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e650243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70fa34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea5c4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f238e56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58ec87
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e21d878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2f3099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e650cba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f5929bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1aadc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2cb9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e21a8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee3fdbf
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
	.inst 0x9e2201b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc05811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e290222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea0c813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e324894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1d655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1a916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2de537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f4de678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f44a939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6e347a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e2be55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3489bc
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
	.inst 0x1e6ed44c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6efef63f
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
	.inst 0x1e686930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e242050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e43b092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e614033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6cfd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2201d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e19ac47
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e634978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6608d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21db1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3901cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6c857c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24c37d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e63d4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f22fc1f
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
	.inst 0x1e605850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3019b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71c572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2101c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e618954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1c5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0e3177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c2918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee5c539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e75cd7a
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
	.inst 0x6eefc6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e63013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e68c57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1bb1f
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
	.inst 0x1e2441f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0f8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f67fc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc69053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e610084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee2fd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6db9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e612290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f885038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e78f456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66be7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28789b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22013c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0025dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1cc7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38016f
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
	.inst 0x1e18a5e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fc29a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea6f592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcf9813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f138cf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6540b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e03dd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f60adb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f3ce4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21ba3b
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
	.inst 0x6ee1e43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21087e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69008f
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
	.inst 0x9e5889c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e707596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eefce12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b2010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c39f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e30ed15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc09a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b29d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6821f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61032a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1f9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e437c7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021d8
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
	.inst 0x4fc718f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e19b601
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e622060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eaeedf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e246934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e20e695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f60fcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea19838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e58e5a9
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
	.inst 0x1e602308
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc990bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f7169dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f38fd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea0f9ff
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
	.inst 0x2f32fdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eabc5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1a933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a1a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4f38d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6640f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2625ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6a5179
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
	.inst 0x0ea0e9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4ae13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e342360
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e2ddc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f69fd5f
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
	.inst 0x1e63e407
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
	.inst 0x6ef1f532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e653853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6579d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e632df6
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
	.inst 0x1e6bd521
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6dfc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc250fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f197d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30fb9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2ec21f
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
	.inst 0x6eade4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e20c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea1a8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6741f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c667a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6300b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f39e696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e616838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e278af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6bf46b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea6f5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f686afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0ea3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ee43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78004f
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
	.inst 0x1f68a0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc559b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6cfd13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e290024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e650995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6800c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61f55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b1afb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea5f43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21991d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21b99e
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
	.inst 0x9e630030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2439b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c0f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e68fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59c086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fa81017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6add58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e355621
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2fd5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f49d45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e20d57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2022e8
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
	.inst 0x0e27e410
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
	.inst 0x1e6e0812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee6ce53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61e494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e023c36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e281017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e742180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e616919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66407a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0a205b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f5a127c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f45b99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e604553
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
	.inst 0x2ea19950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e596a01
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e241a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fb35a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e6169f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eeaed58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a191a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1fafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0c89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e60ee7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0e2c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c09f
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
	.inst 0x1e58d9c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6829b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e20ed52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2a89f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f658194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e33c576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e2169b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e606939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e347d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eadf4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27c27c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c395e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f395f
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
	.inst 0x1e63f471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2f24fcf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2141d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f682013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e73dd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e617a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea19a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2178f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0d899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2520bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6eb59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fda1b5d
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
	.inst 0x1e20097f
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
	.inst 0x1e640080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea9fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2500a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e61d9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2cd5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4a4e96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc51117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e616a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0f819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f30e67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e66cc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f451ebc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f27fd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e217afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e61010f
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
	.inst 0x4ee188b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e691932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e322010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61ca75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2584ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2df017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e212c98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e75aef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66497a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e65004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f39e51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e68f47f
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
	.inst 0x1f080970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd01151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f2ce454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eacd495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e71c48d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700e17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e69757e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3728d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6301ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e696a3c
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
	.inst 0x1f040c3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e763cdf
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
	.inst 0x6ee2f550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e217891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3038b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30d9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e6169b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c56b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eedd697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30e538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2169f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e61689a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f62105b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19884c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c17d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78583e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1fb3f
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
	.inst 0x6e68dc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e599941
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fc819b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0ba133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e250064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc41235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e70d476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee24017
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
	.inst 0x1e23c2b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61a8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fa2915c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c39de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c0bf
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
	.inst 0x7ea3ec70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e6168d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e208872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0f9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea0c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e594005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21c9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f9290b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03f018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e37cd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2801ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f3bfd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6fbcdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4ba69e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2ddcdf
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
	.inst 0x1e039510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c7912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0c8d3
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
	.inst 0x6e30f8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e42b5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f540ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e302210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f7cfc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34599a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21685c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03241d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7001ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79002f
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
	.inst 0x1e2f1970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e23e612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea18893
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
	.inst 0x7e2becd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e286858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35381a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26d411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f66b5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2188bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60c3be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1a89f
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
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee2fc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3900a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0d4a13
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
	.inst 0x1e18e165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61d896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e321017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42d979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e312180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e31d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e252a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e88dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e661afe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f97f
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
	.inst 0x2eabd4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a9d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eb0c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f11a893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee3e5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e636a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f30e698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61a899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eead5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66491b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43acdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a19bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e039c3f
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
	.inst 0x1e662910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea0f951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e27c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e390163
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
	.inst 0x6ee0c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e710266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e240007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eaecd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e3a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2201da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21bb1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0da1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e33089d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64403e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d787f
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
	.inst 0x1e6e2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e217991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f701dd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e654214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea6fcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e304a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f6efc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c2f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2868d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3001ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21287b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2168bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f85993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e30fdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21795f
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
	.inst 0x4e2df590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f66c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1d813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e710244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc498f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2b48d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020c8
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
	.inst 0x9e69018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6201bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f78fd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f08a4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e646b7f
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
	.inst 0x5f2de5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e425cb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f68fd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1b874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f8d9835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4faa1156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e300127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21b8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e610169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e671dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e2afe3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19e84e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc8993f
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
	.inst 0x6e61b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee0d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e39d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b8495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6801e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e616978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f7515f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2f927a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb7d43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2ec4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e23df3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2aec1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e21010f
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
	.inst 0x2e2bdd90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7001e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0c8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e322250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e20e434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e694955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e678836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61c837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e731018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2d89b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30f83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22019d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e65014f
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
	.inst 0x6ee0c930
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
	.inst 0x7ee1aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea0d813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21e534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1a935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c6836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f33fd37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e378838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e0288d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30d9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6bbdbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2969dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1d81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e643b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22003f
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
	.quad 0x000009df429ddd31
	.quad 0x7fa47f4bdf9c4dd6
	.quad 0x0000000100000000
	.quad 0x0000000000000082
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd6b
	.quad 0x5139998016a804b3
	.quad 0x00002cb41a195361
	.quad 0xffffffff9b90b1d7
	.quad 0xffffffffffffffff
	.quad 0x0000000019854fe2
	.quad 0x703b816465210d29
	.quad 0x000000000000003c
	.quad 0x7fffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x000023d106beb385
	.quad 0x05c00000
	.quad 0x20000000
	.quad 0x7ffe40243a51d0d0, 0x822b4716ab4897f7
	.quad 0xb830000041800000, 0x00000000fe95e30b
	.quad 0x0000000000000000, 0x2287a0d1f3bfff7c
	.quad 0xa87cd2cd64fbff3b, 0x02c8522af1ebbc75
	.quad 0x700d3c4cff66c332, 0x472bbb20e7f777f5
	.quad 0x304c37477ffdfbbf, 0xe4efa64f4b69b610
	.quad 0xacdd42fdffe9fac4, 0x51a4efcc6f12fc00
	.quad 0xed18e26741060000, 0x002fffffffffffff
	.quad 0xbf9d4dce433f79d3, 0x88fccf4bff8eb25a
	.quad 0xfaf8534cffe22349, 0xc06da97f55c5160d
	.quad 0x7ecafc5dc15e7ea0, 0xd662d658bff00000
	.quad 0xbfb3000000000000, 0x7f965b86ffc00000
	.quad 0x400d18e63567c8c0, 0x944a58adbd8df8ab
	.quad 0x7fc000004254b1ea, 0x0000000000000000
	.quad 0xc02fafef53f525a0, 0x860eca0b4331d7ba
	.quad 0xfe7296794da67be3, 0x24308397667a7c7a
	.quad 0xf0a80ccdbffdfe3c, 0x401a7333a40403a8
	.quad 0x28e24ab4fffb6faf, 0xfff0c1db7947879e
	.quad 0xffae9ce280000000, 0xf1ddc4a700000000
	.quad 0x3f208b827fa408c5, 0x802f1dba807fffff
	.quad 0x8fe72af241160000, 0xc5177aba7f800000
	.quad 0x9e9088bf08fbfeb4, 0x08a8e8b6bae4c543
	.quad 0xe421a87c00400000, 0x7eaa6a8ce175a4d4
	.quad 0x8005da9068330cf2, 0xbf63500000000000
	.quad 0x0010000000000000, 0x406ef9aafd103cd3
	.quad 0x7ff0000000000000, 0xcf0ae659f92ffbfc
	.quad 0x401f000000000000, 0xbfe8e0740f49647e
	.quad 0x80000000070a9a92, 0x7fef7d7c5eb3b25d
	.quad 0xfff2b8c778064cd8, 0x3f9794530f35b4e8
	.quad 0xa52083c1cef9fa71, 0x7f9825e980000000
	.quad 0x800cced42ca51fcd, 0x3db9061c62800001
	.quad 0x42ec7ebeffc00000, 0x3fa2458168af77cf
seed1:
	.quad 0x00000000000007e0
	.quad 0x00000009f7a0ce18
	.quad 0xffeb6ef23dfe9cda
	.quad 0x0000000000015a45
	.quad 0x0000000000000318
	.quad 0xffffffffedc46438
	.quad 0xffffffffffffff2e
	.quad 0x0000000000000042
	.quad 0xfffffffffffcddb5
	.quad 0xcf89e5170b425d70
	.quad 0xffffffffffffffff
	.quad 0xe2b6c4bb77df2261
	.quad 0x0391688846e3ac77
	.quad 0xf3001617391d04bd
	.quad 0xfffffffffffffda7
	.quad 0x000000000005c4df
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0x392e5ce1a7b7fdfc, 0xa955dcb3f65fcdd0
	.quad 0xc86800007f800000, 0x7fbef626c079648f
	.quad 0x25fd9d86ffdffd82, 0x50ec56aff571977f
	.quad 0xaadaa25effdbf7be, 0x7ff0000000000000
	.quad 0xaf40fd0600670608, 0x44c5b34b962dfc00
	.quad 0xf67c7d02befa68d6, 0x27d81b7c3f83f983
	.quad 0x6030752dffd6f979, 0xce0b02ab16f656c9
	.quad 0xbefb9e76003a6884, 0x6a81c4aaff9f517b
	.quad 0x4067129042efc754, 0x35d96fc78a677ddb
	.quad 0x38d12cdf841383ff, 0xffe79d8753a86675
	.quad 0xfff0000000000000, 0x80e5f00ac0bffdf7
	.quad 0x1892792580010000, 0x15b90f18a305fc00
	.quad 0xffb3b884a28b6226, 0x2c21fb9334bb7b6f
	.quad 0x401b000000000000, 0xc396e893fb3d7de6
	.quad 0x548fbf1c5cf6fc00, 0x3c847d57ff800000
	.quad 0x80000001ff963916, 0x4f7ffffe7fc00000
	.quad 0x7fe92489003103f9, 0xa6c9cc9c4f000001
	.quad 0xe4a83f57ffedfe04, 0xdbbaec7ba2bf6dae
	.quad 0x7fe2994be9636455, 0x3fc0000000000000
	.quad 0xc0658e6cffc00000, 0x000b721f6ccf33a5
	.quad 0xfffbd804bc849d59, 0x7f9e2cb100000000
	.quad 0xfe205dcf670d77cc, 0x86c224b5115ef4ce
	.quad 0x7f47cd04007a6d8e, 0x801d8a36c1654d93
	.quad 0x9b12e82c37ed0000, 0x3ff6000000000000
	.quad 0x411000003fe73b32, 0xff000000bbf2b1f7
	.quad 0x7f5d9141ff3d47d0, 0x8b871011dd157a94
	.quad 0x3ffcddfbade4101b, 0xbf2070b2ff9d47b1
	.quad 0x008000003bb55835, 0x737631759054c580
	.quad 0x0e5c30357ffd82f7, 0x7fc0000080400000
	.quad 0x3d5ab66dff800000, 0x3d6c875b3ecb93f1
	.quad 0x7fc00000c0c1aae6, 0xbe616319e7c1806e
	.quad 0xfff277de209b8413, 0x913b5e4969efb59d
seed2:
	.quad 0x063a160f784a95cc
	.quad 0x18b00ef5203d9b48
	.quad 0x5e6db7b57d1603fc
	.quad 0x0000000000000381
	.quad 0xffffffffffffffff
	.quad 0xabd9168060778daf
	.quad 0xa1d8961d47c32152
	.quad 0xffffffffffffffff
	.quad 0xbee07e404b183c32
	.quad 0x000000000000000e
	.quad 0xe669a1b4fb198d44
	.quad 0x415ec4a7b2b2da1f
	.quad 0xffffffffffffffcd
	.quad 0x0000000100000000
	.quad 0x027b2f688a51524c
	.quad 0x96f7cbfb6d4c2ee4
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x97a10804f068c41e, 0x5a000000c3200000
	.quad 0xa1eca6dfed2e0001, 0x28f4d4ecff9f7e94
	.quad 0x98bb1bdc00000000, 0x63529744f2de40a3
	.quad 0x00800000bf200000, 0x022f0f93fffd57ff
	.quad 0xc108000000000000, 0xffffae7ee650ff17
	.quad 0x800fffffffffffff, 0xa73a1b733e18fc6d
	.quad 0xb18705a06477fffd, 0x3e7a5bbaffeff409
	.quad 0xab3598bbf83a90c9, 0x0001b1b744b4f388
	.quad 0x015337e50609cab9, 0x636656d87816ad89
	.quad 0xc0126312a61aff03, 0x1fd0904e314944c0
	.quad 0xc0644f2c99ac697b, 0xfd716d74106b7ae3
	.quad 0xc04fca5cc56e31a6, 0x80154d628049905b
	.quad 0x0000000080000000, 0xff8000003fe00000
	.quad 0x17349624d675a1de, 0x8a56488e3c92ba45
	.quad 0x7f82a177ffb5c676, 0x8000000000000000
	.quad 0x27fbebd0f988fc00, 0x45c0000080000000
	.quad 0x1c3f6717ff800000, 0x4066920c5e05bcba
	.quad 0x41e0000000000001, 0xc3bfeaf63cd38e7d
	.quad 0x1a3d82c4711c7e00, 0x004000007fe86931
	.quad 0x800d7fcbbbdf7dca, 0x7fe0bc103fa00000
	.quad 0x3ce9c8eeaef3d4f4, 0x09ca6911c0880000
	.quad 0xaa0e2a8fc4fefbfe, 0xa3352d7cfefab6b3
	.quad 0xca305e8affbfe5cc, 0x7f2f80767d5727ae
	.quad 0x6c5c9fec4fffffff, 0x70e691fa52955a58
	.quad 0xff8000000aa9e67d, 0x7943264df9537c59
	.quad 0x0100000000000001, 0xc0ac8fae7fc00000
	.quad 0x21d1ac7577fef7bd, 0x81f279bb669f046f
	.quad 0x400c000000000000, 0x7f7fffffc7dd6e91
	.quad 0x08ea07cefff7e9da, 0x8000000000000001
	.quad 0x47000001dd9de527, 0xe7507c3da3e01e40
	.quad 0xfffdc90309c7374a, 0x7ff4667ab760dc24
	.quad 0xff80000018499646, 0xf5b60060ff800000
seed3:
	.quad 0xa40c9703ab2406c6
	.quad 0x54339f449c484d71
	.quad 0xb41a6c6d664c4540
	.quad 0x0651f2f50a000d7e
	.quad 0xffffffffffffffef
	.quad 0x000000000000067c
	.quad 0x9c661fcba253c3d3
	.quad 0x0000000000000000
	.quad 0x3a6fdcbe873dddbb
	.quad 0xcd1e7cf322892b9d
	.quad 0xa6184e56cca57c27
	.quad 0xfffffffffffffcea
	.quad 0xb7551a96a361d271
	.quad 0x1f8508fa2ee618ce
	.quad 0x0000000001000001
	.quad 0x7c51f92431e379fe
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x7e93cbaa7f800000, 0xf065ea825bb03892
	.quad 0xff7fffff807c456e, 0xaa2ab1edffcb8000
	.quad 0xf604e83f5f6f23ee, 0x3f9d8da2a2c669dd
	.quad 0xc27ffffebc4dcddb, 0x01235f3fe45bb369
	.quad 0xa154d6107a887e00, 0x8cbcccba57412996
	.quad 0x00a3aa926f32898c, 0xf39cd1f911fb3e3c
	.quad 0x4cfffffe74647608, 0xa5767c79f69d1910
	.quad 0xc7100000c7800000, 0x7a25d4288e4c752e
	.quad 0x53e0e78ff8785366, 0x7f89138d17ee3e06
	.quad 0x9bb4e07c38480000, 0x00000001814e1d72
	.quad 0x91833822f4fe7c1c, 0x3be2d054c2d3515c
	.quad 0x5756de63efcb5f60, 0x7ff671935bbca6c2
	.quad 0x47769c87a154622f, 0x0000000080000000
	.quad 0x15fe3cff52c4a63f, 0x801bd462ffbdb65e
	.quad 0xbfd0b6d46c9d80a7, 0x78adea77dbf0cbc9
	.quad 0x001e1ee3793c1a29, 0x7cc132c47f8efd4b
	.quad 0x7f8000007f800000, 0x7ecfa0275a30ad4c
	.quad 0x5f43fe60f9dbfdb8, 0x0006b929398a76a9
	.quad 0xc0700000c27fdfeb, 0x3fcd77b05c537c68
	.quad 0x587f35e0ca1d0000, 0x40724e3a813d34ba
	.quad 0xb95fa475bff65e75, 0x3e2f9305c409ff24
	.quad 0x8000000000000000, 0xf7ed0e3798dfcfbe
	.quad 0x7fcb40b800800000, 0x7e0f72927227407f
	.quad 0x0000000000000000, 0x000fffffffffffff
	.quad 0x3dd7f624423d207a, 0x410000007fc00000
	.quad 0x06b61c29ff85b618, 0x75d55cdb06d22ba8
	.quad 0x3ecf7825ff800000, 0xfae4b3091f6979b3
	.quad 0xf393132c0036124d, 0x403769984323814e
	.quad 0x67b84cb7cf2c3c80, 0x0000000000000000
	.quad 0xab6e1bf940480000, 0x8000000000000000
	.quad 0x17be5f2f7ffbfc00, 0xb3b95adfd768fea0
	.quad 0x3c2a566b7f800000, 0x4011000000000000
seed4:
	.quad 0x6acf6c983b67f530
	.quad 0xfffffffffe9a1aa5
	.quad 0x00000000ffffffff
	.quad 0xfffcfd3df65d57d2
	.quad 0x006af5b751f2a04b
	.quad 0x00000000000002ee
	.quad 0x9ee5623c853aa66e
	.quad 0x272a6a389b5b1531
	.quad 0x0000000100000000
	.quad 0x2163ed0a359a2feb
	.quad 0x8000000000000000
	.quad 0x0000000000000e4e
	.quad 0xffffffffee279abd
	.quad 0xffffffffffffffff
	.quad 0xfffffffffff1e7ad
	.quad 0xfffffffffffffcc1
	.quad 0x03400000
	.quad 0x50000000
	.quad 0x001fffffffffffff, 0x71dec16bde7fffff
	.quad 0xc0161c7400e22b42, 0x8765e561bf9ffeff
	.quad 0x7fc2ac098027445b, 0xfc4cf81dff3f77fc
	.quad 0xbef4fde3fa67d1d7, 0x47383bebdfcfe7af
	.quad 0xc7c00000ff9e3202, 0x0292915531056e93
	.quad 0x309e76f7fffffd7a, 0xc0d35b9ca34c87ff
	.quad 0x947196202837b944, 0x7ff3e984eb703631
	.quad 0x0279af953df0a19a, 0x9665de6e4290270b
	.quad 0xfffb5dbf39e92b81, 0x1920911277ffbdfe
	.quad 0xb4b35fbc729abd0d, 0x0000000000000000
	.quad 0x0674cd1cb8dffefd, 0x5ca008e3ffd5fc00
	.quad 0x6a73ce0467cfffff, 0xffe614b31f5bfcd1
	.quad 0x40140d07bb53342d, 0x3f4c000000000000
	.quad 0xbffa000000000000, 0xc13a000000000000
	.quad 0xd78f23e6bf3f7fff, 0x3552bae1c8e8293d
	.quad 0x4043594e146ee6bd, 0xc330000000000000
	.quad 0x7ff6d86e89b6f686, 0xfdce222f428c167c
	.quad 0x144f1341bbbe54f2, 0x13aa13d39e03c7eb
	.quad 0x7e563098027627a2, 0x10b70c1796217c00
	.quad 0x83d391e8ffbc8000, 0x64a33cb523e7f663
	.quad 0x8275070a73e47490, 0xc007000000000000
	.quad 0x7fe6facbd739c047, 0x7fc7e5548047ebcf
	.quad 0x0053a42f5f3db14f, 0x36904d43ba717e24
	.quad 0x9135bc3980000000, 0x7f9ab810745e5fc9
	.quad 0x412ffffffffffffe, 0x8025c76e735dda2f
	.quad 0x5b8571ead4764900, 0xff8c06aced99de32
	.quad 0x5f7ffffe3cfd6990, 0xd2d6da82d7b74eee
	.quad 0x401e800000000000, 0x3f18000000000000
	.quad 0x001fffffffffffff, 0x7d8dfeeffa6f48fe
	.quad 0x1745fe169b8b0f59, 0xaa530e487fd8f828
	.quad 0xed81d64c7f800000, 0x800000007f3011b3
	.quad 0x2d6188368357ffb8, 0xbf7759483a59276a
seed5:
	.quad 0xa6c20e93e0965e8c
	.quad 0x0000000000000064
	.quad 0x96454949f8be0897
	.quad 0xffffffffffe01f3a
	.quad 0xffffffffa30db230
	.quad 0xffffeafb06f0a475
	.quad 0xfffffffffffffffd
	.quad 0x0000000000000000
	.quad 0x00000000c7946a95
	.quad 0x000000002758aed5
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x68a0283ee9f60e6e
	.quad 0x000006c7e977418a
	.quad 0x000000000012e7ec
	.quad 0xa7bdea72ea45ab97
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xbfe8000000000000, 0x86fb126c3fdeff07
	.quad 0x1cb222887fcd28c4, 0x0ade1b9a4ce5f366
	.quad 0xc3929244c1180000, 0x8a9d452a3f977cb6
	.quad 0x43e00d1eeabd7a20, 0xd3b26c33e76f8e7f
	.quad 0x59f1ced446e82119, 0x09b710b802980000
	.quad 0x6fdef571c0700000, 0x294100abecfbbea7
	.quad 0xfc278dfcc9ed3ff0, 0xadff1f513911d69d
	.quad 0x43080000c0d00000, 0x00ac53c2c2afb63d
	.quad 0x1b10b16571138263, 0xdc8a070a998d3b08
	.quad 0xc1f93b54c0880000, 0xffc772fafad17a26
	.quad 0x400fffffffffffff, 0x7fafa10437c00000
	.quad 0x7d86574080b9899f, 0x7ff8000000000000
	.quad 0x7f8c46af803d4eac, 0xbe937f519a2b49b9
	.quad 0x78f7e68dbee6f7bf, 0x9af7a48f7fa22eac
	.quad 0xbf75f6b9041f4227, 0x38d33418ea7ffd5b
	.quad 0x3c22c40c3fcad6d2, 0x9b0a7b8a00ffffff
	.quad 0xabb07582fedbbfd5, 0x4b45a680f4d50000
	.quad 0xf57694a07f800000, 0x401a000000000000
	.quad 0xfff0000000000000, 0xbfd4c229caea752d
	.quad 0x2c8887207a42c38c, 0x3eee85d10054c73c
	.quad 0x3fb8f9f6ffe7befe, 0x0c4b50938870dfc4
	.quad 0xc06e5bc20f2fe3d0, 0x1729942963eb6553
	.quad 0xff800000bb5e0000, 0xfff0e4eae9bb9fd8
	.quad 0xbd2fd07f7fffffff, 0xd18de6ececfffbee
	.quad 0x0020000000000000, 0xbf7cdb2f817fffff
	.quad 0xba88c36829db7b82, 0xf07ff7e775ee0000
	.quad 0x716f976d7f800000, 0x00df7ff33eb6067d
	.quad 0xffe493bfd98b3cf0, 0xd23caca69a80fc4c
	.quad 0x98f9f84ba7c5ff8d, 0x0000000000000000
	.quad 0x47d00000ffc00000, 0x0007b38128a682c5
	.quad 0x3fb599cd0872c8de, 0x035241477f800000
	.quad 0x000526c4d19ea1cc, 0xbc5d13154f800001
seed6:
	.quad 0xfffffffffffffd71
	.quad 0xfffffffffffffeba
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x7a7739b613eacef5
	.quad 0x144ff29222ec1270
	.quad 0x0000000000000001
	.quad 0xfff47a8ab889d29e
	.quad 0x0020000000000001
	.quad 0xe32df4f0434410ed
	.quad 0x07449f3e16957dde
	.quad 0x70030f8b1005647a
	.quad 0xffffffffffbbd2a4
	.quad 0x0000000000000028
	.quad 0x4ef3d1fbb85a878d
	.quad 0x67aa9c36953e1ad6
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xc066c7135b1615e7, 0xa3cbaf749cb20fbd
	.quad 0xbfa8cd10536eee12, 0x3dffa02f7fc00000
	.quad 0x82847df77ac78e2e, 0xfff0000000000000
	.quad 0x75c88b27bc4ab89d, 0xa3aeebedc404a22d
	.quad 0x00170118ceaabbeb, 0x7ff3af8c8f403116
	.quad 0x807fffffff800000, 0xe2da5f4e1c1efca2
	.quad 0x9aa6c7a9901fd3be, 0x5a20ac814f000000
	.quad 0x80281afe56ddc88f, 0xbee8000000000000
	.quad 0xbf98000000000000, 0x8a068198e3f01105
	.quad 0xc19531d3c1000000, 0x16c138709df72607
	.quad 0x883751de2c257c00, 0xed9087c53e779f63
	.quad 0x42000000c7180000, 0xff24e758df14da9f
	.quad 0x7ff8000000000000, 0xc2c3df0aff5c05d2
	.quad 0xc3dba24fffab1e26, 0x7fc0000000f6a44d
	.quad 0xd9ffffffffa8d220, 0x8278c23a40ef5a5d
	.quad 0xfff18d0e956cd07f, 0x77f5a74600000000
	.quad 0xba9200007f800000, 0x407c215fb9120000
	.quad 0x37c0692aff0f7ff0, 0xc00e000000000000
	.quad 0xfc31ce9eb9d2247a, 0xc30cb0b2ff800000
	.quad 0xfff0000000000000, 0xbac00000bf5ea5b5
	.quad 0x456928164cfb09fe, 0x81f4f625015db72d
	.quad 0x738b66ae7235a970, 0x42c9482b4049f82c
	.quad 0x00eda0a47f828e8b, 0xe0914c724f88fb71
	.quad 0x800e67e9c016a2a9, 0xfff0000000000000
	.quad 0x7ff4abf8700bdba1, 0x401000007b933924
	.quad 0xc7ab75b0186f23f9, 0xc0223a8406385af3
	.quad 0x800889a97adc7174, 0x4ffffffe69a1e5b2
	.quad 0xbfec99ec874a4d67, 0x437a14a953954560
	.quad 0xd95ff8b3ffd3cecd, 0x000749f4851efb58
	.quad 0x7fa893f9ffc00000, 0x400b1b2d61b16904
	.quad 0x881b3d0a7fc00000, 0x0bcc31a9fbeafd72
	.quad 0xfff0000000000000, 0xa5db8fbf71ab3917
seed7:
	.quad 0xffffffffffffff10
	.quad 0x000000000000030a
	.quad 0xffe83df76c4fd841
	.quad 0x0128732c544960a0
	.quad 0x0000000000000160
	.quad 0xffffffffffffb9f3
	.quad 0x032c1b8e0308c882
	.quad 0xf4eaabc7fa8641ae
	.quad 0xffffffdfa87fdbc0
	.quad 0x000000097c23c97a
	.quad 0x1b6025cd2b3d17ba
	.quad 0xffffffffffff9da0
	.quad 0x00000000000001d0
	.quad 0x0000000000000085
	.quad 0x8000000000000000
	.quad 0x2e75b78b2c954a72
	.quad 0x02800000
	.quad 0x30000000
	.quad 0xbf16c585eff37c00, 0x017bd2a1a98cd1ec
	.quad 0xff800000ffc00000, 0x800f7c23bebf321f
	.quad 0x0064039341851362, 0xdd65bb50e80aaaa6
	.quad 0x431e2efd7fc00000, 0x53a34135eed53ecc
	.quad 0x821ed840d1eed6f5, 0xbed095493ff00000
	.quad 0xffafd9c9bbfd5859, 0xf9a8b8e23ce0e977
	.quad 0xdf000001bcd07f1f, 0xff800000cf800000
	.quad 0x88623534783191ca, 0xc0ad0785c0980000
	.quad 0x0000000000000000, 0x3006dfaaff887a2d
	.quad 0xbffd57cd5e637ab6, 0xd0de01a87f86cb70
	.quad 0x7895f6deffd7a12f, 0xc018000000000000
	.quad 0xc54780007f800000, 0x5f42ec508acf141a
	.quad 0x60367badebebfdef, 0x3f793ecc84667331
	.quad 0xf7d0f7854b5fb0c8, 0xfe77e4517edae46d
	.quad 0x4e481246a7f5fa3f, 0xa3d2a5b5ccb08e83
	.quad 0x0bdab132db16e14a, 0xabd871f0adf6be92
	.quad 0x3ba0e3a2bc5a2678, 0x7fc0000080000000
	.quad 0x601b779203067c55, 0x5db4025a5908de5d
	.quad 0x0680c21f3f9ff735, 0x5513c815b06fca97
	.quad 0xbfa4300000000000, 0xa34db3221751960b
	.quad 0xbdee9517d0b9a854, 0x8e381daadce1fe24
	.quad 0x11db9e3fcf000000, 0x000000007f122ff7
	.quad 0xc259d372e67137d9, 0x7fc0000001000000
	.quad 0x000fffffffffffff, 0x93dbb7617fd71f12
	.quad 0x7c29c70cf61f761c, 0x800dcbdd4c0d6574
	.quad 0x78921c1e4327fc00, 0x3fea5501482e7fb9
	.quad 0x4058000019c11f6b, 0xd14cb6cbfb0fb884
	.quad 0x1d43854c5ff74e6f, 0x000446b0adf35a28
	.quad 0xca4694b7f7d441be, 0x4f000000fff9f46b
	.quad 0x50fad6c4fe258400, 0xfff0000000000000
	.quad 0xc045b36aa4999e1d, 0x361dd352e6e38000
	.quad 0x95e0bf2dcfb26ff7, 0xbf95f8c91ad506b8
seed8:
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff50
	.quad 0xaa56e414510d100e
	.quad 0xfffffffffed34001
	.quad 0x000434ee2833bcf5
	.quad 0xffffffff80000000
	.quad 0x00000000000007e2
	.quad 0xb8cc2235f5893e2a
	.quad 0x0f38b0e6729576fd
	.quad 0x100a3f550ff53238
	.quad 0x610286b3904e8567
	.quad 0x0000000000000202
	.quad 0xe55b0a14e44f21cd
	.quad 0x9692d19a216db755
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x9e2c3344bc39cf5d, 0x7ff157d0c0b28048
	.quad 0x99584c6ffefc172e, 0x4008d44b68727561
	.quad 0x403a000000000000, 0x7f800000df7fffff
	.quad 0xc017c08a43679312, 0xac9a656618d3cf97
	.quad 0x00027ed9191076fb, 0xb224120affbb8550
	.quad 0x202924fabcdefeb3, 0x80e5290eff9ef80e
	.quad 0x40ac47cd7316228f, 0x412c0679bd47e4d7
	.quad 0x48be41195a77d68e, 0xbd27fc483ee693ed
	.quad 0xc0240000f5b67f30, 0x3d31fbe158be8318
	.quad 0x0000000000000000, 0x80800000ff800000
	.quad 0x998a841f5a7ffffe, 0xbdab5d1aa6342356
	.quad 0x3ac25e5975b02b42, 0x1c654e68e6f63fdd
	.quad 0xe3933ff0320cbd00, 0xbff0000000000000
	.quad 0x000f2dfc28a78298, 0x21f6741f632361d0
	.quad 0x78124ad4a8748000, 0x80041101ebca7e9b
	.quad 0x0020000000000000, 0x4280000040cd1f11
	.quad 0xfdfa53c60a9623e7, 0x56391c4d6e25c92f
	.quad 0x5caca3fd83b8a4b4, 0x80c89799b7e00000
	.quad 0x0040000042afbfd2, 0xbda10b2800ffffff
	.quad 0xc008286f705d838c, 0x095f66ad8ad41aee
	.quad 0xf5d837c2ec22ace5, 0xa462b87f79cd7c00
	.quad 0x022d05d1817fffff, 0x7a1f4c6d5ed6fcc8
	.quad 0x0524227425887a7f, 0x00178db5aac0a557
	.quad 0x3a6cf70f9a7e454f, 0xcf879d8fc2fe3fff
	.quad 0xc0110ba74801910c, 0x800000007fb37b14
	.quad 0xfff8000000000000, 0xbf400000003125c8
	.quad 0x3f9cb9dd84e07816, 0xfff0000000000000
	.quad 0xffbfee5b3d505925, 0xffffb4e6be80e03c
	.quad 0xfebf441ed79379db, 0x7fdf2aebe09bbaf8
	.quad 0x400467116da899ed, 0x7ff44b4a10b08a73
	.quad 0x3e6000004ffffffe, 0x9bb0ad16fcdb75eb
	.quad 0x40600e1382f16cf4, 0x424498746cb82df8
seed9:
	.quad 0x0005f7d5c4e386ad
	.quad 0x4cfd9ea7ecdca459
	.quad 0x0917bcb74d0dcbd6
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x408913fbd639f217
	.quad 0x0000000000002d52
	.quad 0xfffffffffffffd4e
	.quad 0x0000000001000001
	.quad 0x0000000000000000
	.quad 0xffffffffffffe394
	.quad 0xfffffffffffffc1d
	.quad 0xfff7987c874662d7
	.quad 0x000000000000023f
	.quad 0x0000000675b87114
	.quad 0x0a8347a0301e0955
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x3ca6be554b3b1c46, 0x2c9ff058fffaffdd
	.quad 0x8070a183ffc00000, 0x807baf40c8e00000
	.quad 0x82796e38fc3941f3, 0x3bd332b8937d75a6
	.quad 0xc7f47c2c990a689c, 0x4e8ee817574fff77
	.quad 0xeec72dd2e35f5fc0, 0x6f6df18e97dcaf7a
	.quad 0x80743df24381bfac, 0xc300000008c8f6c3
	.quad 0x6e24c3e8cbfdf575, 0x050211736b5c38b7
	.quad 0xfff0000000000000, 0x7fda0d77d4a8ff4f
	.quad 0xff8000008041042d, 0x71c31dd2a735dbd2
	.quad 0x817fffff405b0ce7, 0xc1100000fb97af93
	.quad 0x352975b87e5ff572, 0x7fae7918678f66f5
	.quad 0xe4794f6835d7d66b, 0xbb500000d114d091
	.quad 0xbe44d18d7edb5bcf, 0x63db4517a07da890
	.quad 0x7fefffffffffffff, 0x4e4df15df745a600
	.quad 0xf97ac32379657c00, 0x0d7e0175bdad7fbf
	.quad 0x410c00004ff8a8dd, 0x7ff8000000000000
	.quad 0x0000000000000000, 0xff80000006cd5032
	.quad 0xb4c1c3feb5d8f3d3, 0x800000000a3eb2fb
	.quad 0xc5cb4b70efff7d5c, 0x995fbc0fc6500000
	.quad 0xfff640b703045639, 0x802fffffffffffff
	.quad 0x00014f7b8c40fd14, 0x7ff0000000000000
	.quad 0x80f77878d91ec128, 0xc05611170d332e05
	.quad 0x801134fa98285a1e, 0xffd34f8a2537d211
	.quad 0x7fefffffffffffff, 0xfe210130f934ff78
	.quad 0x0083f3fcfdfbfffd, 0x4a019d8b191c7fbc
	.quad 0xb7b6a77dfff80c00, 0x3e91a4894fffffff
	.quad 0xda5c0c65839e8000, 0x406000005a7fffff
	.quad 0x832797868ca0e794, 0x45000000986b2f48
	.quad 0x4004b82dc4376a4f, 0x40aa000000000000
	.quad 0x8000000180000000, 0x91251bfe52287a80
	.quad 0x40efffffffffffff, 0x07b9a7913afbfc00
	.quad 0x3944bc06d59cb080, 0xbf69996a6dfd2283
seed10:
	.quad 0xb8cd1d8e3e732b4c
	.quad 0x000000000000018e
	.quad 0x000065759ba64826
	.quad 0xffffff727c5d0934
	.quad 0xca615eef96b0f3a4
	.quad 0xfffffffffffffd90
	.quad 0x2acfae601ce4573c
	.quad 0x4edab567d76c6f84
	.quad 0x3191f4906e2d3b57
	.quad 0x00003c2a9af888b8
	.quad 0xd9a1a5771c041c6d
	.quad 0xfde03b97ff65cb7e
	.quad 0xffffffffa6f0348d
	.quad 0x0000000000000001
	.quad 0xa568c0f8b0b3b8d5
	.quad 0xb9af5bd5369c5e69
	.quad 0x03c00000
	.quad 0xa0000000
	.quad 0xcf8000005c6bb817, 0x035dd92f4cb57d59
	.quad 0xffebb65f2920b5c8, 0xfff6dc8d146468e4
	.quad 0x433fffffffffffff, 0x8000d39eff800000
	.quad 0x7fe9ffbe3d80abcd, 0x9fa785131324a653
	.quad 0x7b425f327f800000, 0xc07ffffe41100000
	.quad 0xfff8000000000000, 0xd297d67b01be8000
	.quad 0x00ffffffbd1e5bc2, 0x07c28db25c7fffff
	.quad 0x8004f3060a0549d5, 0xffdca8e380000001
	.quad 0x8cbf3742fb5b7bff, 0x3acc0000c5400000
	.quad 0xa5c202a53defc4b7, 0x7faeafec80000000
	.quad 0x78835b04adc77f77, 0x7fd07884ffeeb151
	.quad 0xfe9e99560b2b3bbb, 0xff800000fe9188ed
	.quad 0x3df26d582da452ad, 0x1ca2062df8d9cf1b
	.quad 0x003a57cfb9376e42, 0xd89d49e3d75561b6
	.quad 0xfff3bbec7eef98f1, 0x814e856cffc00000
	.quad 0xc0b8000043203666, 0x817fffff4ffffffe
	.quad 0xea3ee731c4b38000, 0x55f44e0c9d0bfd73
	.quad 0x7f7279bbd2c58e94, 0x42e798b43e9e9ad6
	.quad 0x922e1f2bffebffb6, 0xb14455dc883f59f4
	.quad 0x3f7e000000000000, 0x4058b69b7e07266f
	.quad 0x779d7e2acfd10296, 0x002348489544191e
	.quad 0xbfbd7195ae601836, 0xa22a75e1031e9600
	.quad 0x0969aec4bab27ea1, 0x591fc057bfbefd4d
	.quad 0xc1ad4942bd64079e, 0x8ea1c3ef8851cd35
	.quad 0x00000000bd6a8589, 0x471001a1ffce7f7f
	.quad 0x43e3686b8069d2ed, 0x2c193c25b8f1e0a8
	.quad 0x51da640c6146a71e, 0x4efc6408bbe3eab8
	.quad 0x06eb2b4bffc00000, 0x21cab1d9ff922e74
	.quad 0x7fd89d2a036ac856, 0x80179701aa4ca02a
	.quad 0x95cbbd93db569675, 0xbf8000013ef4736c
	.quad 0xbf54400000000000, 0xffc00000cf7ffffe
	.quad 0x426c7937d4618000, 0x43f0000000000000
seed11:
	.quad 0x7fffffffffffffff
	.quad 0x0000000001000001
	.quad 0xf5190c0d6a15b1ff
	.quad 0xcd92460557cdd863
	.quad 0x0000000000000267
	.quad 0xe06ac1102b80a965
	.quad 0x12675886fc4909e5
	.quad 0x00000000005d33a7
	.quad 0x000000000000036a
	.quad 0xde421d7e2e22f5bd
	.quad 0xb8d2b84956d409ef
	.quad 0x0000000000f1e839
	.quad 0xfffe700a80e42f13
	.quad 0x9ffb28a85c317500
	.quad 0x0000000000000010
	.quad 0xfffffffffffffde6
	.quad 0x03c00000
	.quad 0xf0000000
	.quad 0x7dbdcbfb71c9519d, 0x3f7ed1633bcbbb98
	.quad 0xe67b052d19db322b, 0x13806dae3ed969bb
	.quad 0x4017112272b3ab73, 0x007e70e6407c29a4
	.quad 0x37700a036fe52915, 0x1981e510406ea52b
	.quad 0x80026a07bc89d4e9, 0x8000000000000000
	.quad 0xffcd2f4cdf462841, 0x9e4c0fb1d203774d
	.quad 0xc28c47e9399a0000, 0xfebd497d719003e3
	.quad 0x473e1cc4ff779fc9, 0x7ff0000000000000
	.quad 0x7fa291927f9ea53f, 0xc1efffffffffffff
	.quad 0x785c707d946d4a6c, 0x5a3888a5d379a263
	.quad 0x1cf0f513ffd1fc00, 0xfd880e53029307fa
	.quad 0x0227829b3b7154c3, 0xfed72c4f492eeb04
	.quad 0xaaa9242cde7ffffe, 0x7fa9f407ff5ef5de
	.quad 0xffdcb08e54f9e733, 0xbfb0000000000000
	.quad 0xb7ea672b411e0000, 0x1cef038a495e2906
	.quad 0xcfcf0ba200692a28, 0xc3fffffffffffffe
	.quad 0x47800000421a6b7b, 0x4151d1bba7558a00
	.quad 0x002db2cfc6fa573a, 0x99a342c1c776f040
	.quad 0x002fffffffffffff, 0x023a81e34e3af936
	.quad 0x84c8b4f4aff2fce9, 0xc97f8d6183f28e0b
	.quad 0xffd0000000000000, 0xfb7acd931f344f4b
	.quad 0x7fff37302487b460, 0xffdfffffffffffff
	.quad 0x7eedf4d707b9b275, 0x3ef2800000000000
	.quad 0x5a000001bdbaef47, 0x9e1bc4e36467fc00
	.quad 0x0e44882307472454, 0x03973c46b7a5a8c1
	.quad 0x86de1d4167da7c67, 0x563535f8f2f1fe3f
	.quad 0x0d29c75956334640, 0x81b86a58feaa5716
	.quad 0xf0acfd98bffffddf, 0x0061074d246b6859
	.quad 0x800a81344de4fde0, 0x8a0e1e9ad2b5d4d8
	.quad 0x9a946c6d1fb88000, 0xc28ec3ab7fc00000
	.quad 0x525857d68a077c0a, 0xc03fe64c5ad6e66c
	.quad 0xfda86ae73e76f2eb, 0x6144776887520bb6
seed12:
	.quad 0x0000000000000001
	.quad 0x27a14cd3846d4730
	.quad 0x45d2b55e676bab17
	.quad 0xde5eaa57e4b8ef48
	.quad 0x5df4d3b4c0cb01b1
	.quad 0x8000000000000000
	.quad 0x00000000000000ce
	.quad 0xfffffffffffffce8
	.quad 0xfffffffffffffffe
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc87
	.quad 0x083361abe9a6ee0c
	.quad 0xffffffff438e9506
	.quad 0x0901339912955cb8
	.quad 0x000000000872d747
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0x40e0000000000001, 0xfff0000000000000
	.quad 0xc2ad5141b7cabdd8, 0xc2dc4d9ebefc3de0
	.quad 0xbe6af9c14e55fe00, 0x03951a37f411ce41
	.quad 0x4fffffff8073473f, 0xc0498af2c802d001
	.quad 0x6cb9409b3731fb43, 0x895a941c6376b328
	.quad 0x007fffff012aa085, 0x40efffffffffffff
	.quad 0x3c4802aa70e97b12, 0x9d40ab583e73588a
	.quad 0xd9a4775757f703ff, 0xdffffffebe07840a
	.quad 0x1290177bbf000000, 0x7ff0000000000000
	.quad 0xc1f552b63e12d7c9, 0xfff0000000000000
	.quad 0xc3256468ffcc993f, 0x80015ac18a182a16
	.quad 0xfc2a476411c58a4b, 0x038efccde75c7947
	.quad 0xfff8000000000000, 0x56a35846ffdffeff
	.quad 0x7ff0000000000000, 0x76f7d938879a96e4
	.quad 0xc3c751fbbeaa92b4, 0x4036bb02b6e1e2f5
	.quad 0xe1e453d3346f8554, 0x3fcd82ff109d8237
	.quad 0x40602d3f3fec1127, 0x3f902d517f800000
	.quad 0x92e6b2ca43f4c58b, 0xf8f2a4db70edb556
	.quad 0x8c7403ca1dd2fc00, 0x97c9b4c4dbabc7ff
	.quad 0x503b0045504048e0, 0x5c79586541eb5d44
	.quad 0x7f9653a3806e8e72, 0x85b83e2e0038765a
	.quad 0x7ea95b54e02a183e, 0x7ff124a58e14d2a7
	.quad 0x6af603d4c3909c38, 0x3fdf235e1b536ee9
	.quad 0x46c5bd8ffef77ff6, 0x7ff8000000000000
	.quad 0x3fadd5e94b89ebd7, 0xc04c7f685568f08f
	.quad 0xcdfa50cafdffffd3, 0x5156379ef3edbf66
	.quad 0xc1eae208c1100000, 0x53d9b102efffffff
	.quad 0xb839c2072060fd7b, 0xc130269dffc00000
	.quad 0x3c84af0f43a5d3cc, 0x8ea998760d10229f
	.quad 0x407fc7b8fec8f82a, 0xfeba0f5f008ed850
	.quad 0xede8798ec10e0000, 0x7ff8000000000000
	.quad 0x0bef11007ece89a7, 0x8008000000000000
seed13:
	.quad 0x3aa5d88a64522a45
	.quad 0xb201af08e83fbf89
	.quad 0xf041801d0795950f
	.quad 0x0f2af810d19dd641
	.quad 0x0000000e1323eecd
	.quad 0x8000000000000000
	.quad 0xffc98d76edc4f44f
	.quad 0x0000000003366155
	.quad 0xffffffca5ab35f74
	.quad 0xcd234aa9e3662310
	.quad 0x1404b82cc40255a2
	.quad 0xffffffffffffffdd
	.quad 0x37758a3ac6e2411d
	.quad 0xcfaffd7b8cfce5d4
	.quad 0xffffffffffffffff
	.quad 0x0d3ef26907e08e94
	.quad 0x04000000
	.quad 0x70000000
	.quad 0x7fc00000956197b8, 0x422032cd78e6426f
	.quad 0x3fa4260a9ad0b70d, 0xad540a187fbffdeb
	.quad 0x0000000000000000, 0x40446218c4abf5f5
	.quad 0x6d73c0c41d877a68, 0xfcbb38e7c206c385
	.quad 0x0000000098b95da1, 0xc014ea06a8a1262a
	.quad 0xdfdd43a4bef344e9, 0xbf92a50a00ffffff
	.quad 0x000cc801e307a872, 0x7feb83deda772ab5
	.quad 0x256cbf41fff33701, 0x2304ee55ea8fd0ae
	.quad 0x7e70ad5565b64b3d, 0x7f800000b9c00000
	.quad 0xbfe391626975024b, 0x000b5da47e80e4de
	.quad 0x7ff8000000000000, 0x00000000bdf7fb63
	.quad 0x21986682dfa59da2, 0xc4ce00008af4550d
	.quad 0xfff0000000000000, 0x80147b0e20f206b7
	.quad 0x7ff0000000000000, 0xf8ef40bae4722428
	.quad 0xf1a01620feb6fbef, 0x000bc34ba1f7b917
	.quad 0xfff0000000000000, 0x802165601b9e90dc
	.quad 0x3d784edc36e00000, 0x5493f8facb0cf6e0
	.quad 0xffc0000000000000, 0x3beab36ec1080000
	.quad 0xbba80000a14747b4, 0xcaa84f3affaabaa8
	.quad 0xbe5b8f57c0c00000, 0x38ac87b068c40000
	.quad 0xbc8ba7f500000000, 0xbfb52bb2307c1fa4
	.quad 0x7fb2798040100000, 0x807837167f87b94a
	.quad 0xc0980000ff9e4550, 0x6b27f674359547c0
	.quad 0xfeec5e8d01000000, 0x43ffffffffffffff
	.quad 0x0044d96a02aebf4d, 0x0020000000000000
	.quad 0xe064ad0075a3b487, 0xceb84a8e1ee215b4
	.quad 0xabf22dd16feb7fbc, 0x8007c44c67f78573
	.quad 0x425ef7e27fc00000, 0x7ef13a576b1c7c00
	.quad 0x2dd12ac9ffffffff, 0x1532d9862f8755d8
	.quad 0xd2aaf5357954043d, 0x79159e3ed3a7b0c0
	.quad 0x9f5710e17ffb237b, 0x0000000000000000
	.quad 0x6d4b89a4fb7efbff, 0xbfbb8e759654ad86
seed14:
	.quad 0xfffffffffffffe78
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0xffd562774a496256
	.quad 0x420ccf636a3c6d56
	.quad 0xca597d7b4ff8fb6f
	.quad 0x0000000080000000
	.quad 0xda5b99c30ff1e6ef
	.quad 0x0000000000000003
	.quad 0x0000000000000013
	.quad 0xfffffffffffffc87
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0x345ddf9237b110e1
	.quad 0x00000000ffffffff
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x95fd528bcfd3fdcf, 0xff7fffffbca549b5
	.quad 0x800000007fa1463e, 0xbcecf828bd800000
	.quad 0x349594c21aa86f9b, 0xb4191af135c67c00
	.quad 0x3f4dcbce90a17c00, 0xfff297b09264dcd0
	.quad 0xf60d591bfa971910, 0xba78078182cc57ec
	.quad 0x7fe70eb0c0400000, 0x3fe89ff6208a7053
	.quad 0xbef2000000000000, 0x035ae8d2377fffff
	.quad 0x564d246edbaf7995, 0x2e80b68c65f778b3
	.quad 0x40f68115bfcdb9e8, 0xf586ebe9ca38a0fd
	.quad 0x000000019e89f061, 0xc24c34892f085f42
	.quad 0x4221a261b8aa0000, 0xbfc120730301bce4
	.quad 0x67dd8f6e7ff7feef, 0x4000000000000000
	.quad 0x557a29a299dc44ce, 0xc4edc3f400437333
	.quad 0x7ff849dab1a761bc, 0x00000000c0300000
	.quad 0x4cb108a7d4dcb3ba, 0xca72d3d35494fc00
	.quad 0x110b58153fab1ba7, 0x40200000c1b06a8e
	.quad 0xfff0000000000000, 0x8000000040a40000
	.quad 0xc275597400000000, 0x54d63b491b004fb8
	.quad 0x7f800000c1163208, 0x11f7e919d59683ff
	.quad 0x800fffffffffffff, 0xfff1488300fa594f
	.quad 0xcfffffffc2066764, 0xc22a9b8237b50000
	.quad 0xc3f0000000000001, 0xefdd998cb850bb48
	.quad 0x67d7846eb77e6f77, 0x8002a598c2122b61
	.quad 0x0000000000000001, 0x150404efc9124b29
	.quad 0x066f8cdc6b448bff, 0xbfbbc5e5dbacc16b
	.quad 0x8b780d6a32ee980a, 0x000fffffffffffff
	.quad 0xc00e000000000000, 0x3a9800003f2c0000
	.quad 0x3fabc02fdf2edb99, 0x403da4eabfd58781
	.quad 0xfff7d2e030f9784b, 0x7ec23b7d3f546538
	.quad 0x1ca3811f7f97369d, 0x1519c2772d2010a0
	.quad 0x781fb6a9ffef46d1, 0x40e400003f0f014e
	.quad 0x2872ac248880c380, 0xd65f65e62f4ad215
seed15:
	.quad 0x00000000000001da
	.quad 0x87231432bc803e26
	.quad 0x1564ec509a7adbf1
	.quad 0x6f15387a7fedf7cb
	.quad 0xffffffeb251cb368
	.quad 0xf206f0a3736d955a
	.quad 0x19b21e7422fe03ed
	.quad 0x71a94a5a0b6a0b40
	.quad 0xfffffffffffffdb5
	.quad 0x0000000008ef4487
	.quad 0x00000000000d1e5e
	.quad 0x08021f1203094b0a
	.quad 0x0000000000000388
	.quad 0x00000000000001a6
	.quad 0xed9834889749968e
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xfcc677e5427f9d94, 0x6b93a0833a3b24df
	.quad 0xbf85daf10371c47a, 0xf139415b41f9144a
	.quad 0xb97680b8e3388000, 0x00ffffff80000000
	.quad 0xd49f30ae605f5d74, 0x58389b5cf730d28b
	.quad 0xcdf41e739bfde159, 0x2df0b6058afe88eb
	.quad 0x3460cbcf70fd7c6b, 0xbdd80000c372a357
	.quad 0x481000009b0ed36c, 0x0d6f523fdf57ff53
	.quad 0x276e0c49d3f37db5, 0x7660a64ed2562462
	.quad 0x8000000000000000, 0xc00f8d2b0a3c54a8
	.quad 0x5633700a0750016d, 0x6c022689ffdf061b
	.quad 0x47720000ee9141a4, 0x52c37962b879b419
	.quad 0x00632cddf10e2f9d, 0x8c49a38ec8eb7dfd
	.quad 0xe194146cffedd659, 0x3fb9ef556715603b
	.quad 0xffaf9d7bff800000, 0x7fd7ab10ffe3af69
	.quad 0xf45df3f4ffffffff, 0x4fddfcbb0e782369
	.quad 0x7de88752bcff7fff, 0x713edf76cde83c62
	.quad 0xa5254758fff9ffa5, 0x3ffe000000000000
	.quad 0x406b0b2a77df85a0, 0xfc6360d5007fffff
	.quad 0x934b86ef1455f0da, 0x7f8000003f7876a2
	.quad 0x121142b496dca291, 0x000000006eb60374
	.quad 0x7fd399b147fffffe, 0x3ff0000000000000
	.quad 0x7aa0b72f7efb69f0, 0x00000000dd1cb849
	.quad 0x07a344b8373a314e, 0xfff99e513e57fb76
	.quad 0x737bb3bc80175be1, 0xfff8000000000000
	.quad 0xe13d3c308a1ffd18, 0xc4f8000080fc7b7b
	.quad 0x0008000000000000, 0x090e7d70fefe4097
	.quad 0xbd1f8ad63fffffff, 0xc176d4e7c1180000
	.quad 0x400fed1117b54e43, 0x800aebb17f800000
	.quad 0xfa67a79fb7e71be7, 0x00ffffffb8820000
	.quad 0xfd80bbce775882f3, 0xe3a64b877bfec436
	.quad 0xbf74fd6d3a282d40, 0x1d91ddd14973d4e3
	.quad 0xc05bcc9330add2b8, 0xc01a1761455d4378
seed16:
	.quad 0xffffffffffffff6f
	.quad 0x77cc4cf6bbe1b218
	.quad 0x0603322065aa86f4
	.quad 0xffffff840e0a259d
	.quad 0xfffffffffffffd63
	.quad 0x11db93a90b248261
	.quad 0x00000000000002b3
	.quad 0xbd88acfb06f64e42
	.quad 0xab9ff96376a80a41
	.quad 0x0000000000000000
	.quad 0x523ad80429a4d3dd
	.quad 0xf63c5615c3f89776
	.quad 0xd88b47dd54b36cc1
	.quad 0xbe500ae6511ea219
	.quad 0x0000000000000352
	.quad 0x901b9626e947cf28
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x6cc168f335758000, 0xa5963414fea72178
	.quad 0x40800000c0fac221, 0xff8000001200497a
	.quad 0x007fffff44900000, 0x0138682fd8584c84
	.quad 0xdef0bb76fffafb41, 0xffe4dd53da000000
	.quad 0xc078000043756507, 0xd5a408656bebc947
	.quad 0x3ed706cbbaceb375, 0xbfcae02335b152f7
	.quad 0x431bd8983d078079, 0x822aef9ec1000000
	.quad 0x1b8e130a953e0a0d, 0xf6c71f4dfeaafa75
	.quad 0xbffca106fad812e3, 0x001fffffffffffff
	.quad 0xad7c47deffbdcae5, 0x3f78000000000000
	.quad 0xfff0000000000000, 0x7513cb3fffb35086
	.quad 0x0000000000000000, 0x2082430bfa607dce
	.quad 0x504228adefbd9dae, 0xff3c7874da7ffffe
	.quad 0xa56f0a3bc99e0000, 0xfddd8893d830480d
	.quad 0x768b6032827683f2, 0x000eb2085d174237
	.quad 0xff9bb1afc0e1fb4e, 0xff842f57a7679a0d
	.quad 0x800000001ab118a3, 0xc8000000c0400000
	.quad 0xbb1c2d33b63ffea9, 0x7f8000007f800000
	.quad 0x5805d24dcdf5dcec, 0x38f86d84effe76e5
	.quad 0x8019648ea6c4df2f, 0x400000008ddbee15
	.quad 0x71ef3d56331a7e87, 0xc1899a977f800000
	.quad 0xac413d2cfb847def, 0x3ff77bab8cc72924
	.quad 0x10b9ac0fff85a2dd, 0x3ff40b11b0027283
	.quad 0xc9a3c41ec0e97e80, 0xff800000f2ddad87
	.quad 0x50956294ef7fffff, 0x46c000007f2a2c95
	.quad 0x001fffffffffffff, 0xc010000080000000
	.quad 0x45700000bd258b9d, 0x7ff0000000000000
	.quad 0xc0e0000000000000, 0x00000000c11a0000
	.quad 0xfff0000000000000, 0x6b6cb4dc7fe39c3f
	.quad 0x0038934b0e15167c, 0xd3563bb8fff8f874
	.quad 0xc032a98911101b70, 0x41ffffffffffffff
	.quad 0x407162c163839c5c, 0x40400000805a15b5
seed17:
	.quad 0x5cca51264eafb1ea
	.quad 0x2d90f526588e6fe0
	.quad 0x0000000000000001
	.quad 0x9e232920ee9ffd79
	.quad 0xffffffff85f88501
	.quad 0x000000027fec4905
	.quad 0x9c5726698fb0fc46
	.quad 0x0000000058aad2d7
	.quad 0x2e4ba919e2f5d5c7
	.quad 0x0000000001cae975
	.quad 0x375e632a418bb5da
	.quad 0x931bdf7c4795422e
	.quad 0xffffffffffffff1f
	.quad 0xfffffffffc66309a
	.quad 0xfffe404a5142b333
	.quad 0xe2176e3c38a17d4a
	.quad 0x03800000
	.quad 0x40000000
	.quad 0x6c2a0f39f24a4944, 0x56eb1cadf337e7a1
	.quad 0xbca24e7439138000, 0x3f6988ed79358000
	.quad 0xc6983755a6cffde3, 0x002ab28c40de3bbb
	.quad 0x406a2bcc1d1e7658, 0x4012000000000000
	.quad 0xfff63a2857c00cec, 0x378000007f800000
	.quad 0x1846d397ffdfff87, 0x7fd0000000000000
	.quad 0xbf8efcaf4e6a4c93, 0x9a9a50d57f8efa9e
	.quad 0x76602a09faedc766, 0xcce3eaf4fe3b7fe9
	.quad 0x000000009a646c05, 0x7518fd4233898adf
	.quad 0x405e595136a0e64f, 0x81c9f6e09f039e64
	.quad 0x010fdeea00ffffff, 0x024303c485c63c5b
	.quad 0x033a2ef295b90f31, 0x811907287f800000
	.quad 0xff91e2f8ff800000, 0x8027fe0a41b7854a
	.quad 0x00000000f3d1ee99, 0x83c228359b05ab57
	.quad 0x80000000bb8369f5, 0xfff5f4861929df08
	.quad 0x158e03f02480d88f, 0x7ff8000000000000
	.quad 0x027b9d4bff5f9aee, 0xc0aa000000000000
	.quad 0x49219ae06cfffd42, 0xffefffffffffffff
	.quad 0xbffc000000000000, 0xf5a89507ffffdbbe
	.quad 0x3ec00000c1200000, 0xfff8000000000000
	.quad 0x7f80000000000000, 0xa04040f6aa82d8f3
	.quad 0xc134b9583d400000, 0x400000019af88a18
	.quad 0x59b18de0ffff21c0, 0x0f173c34ffc00000
	.quad 0x277635fb2178be7b, 0xb52bab69ffc7c600
	.quad 0x7d9e5d50d3c2596d, 0xbffc000000000000
	.quad 0x80000000fff53e1a, 0xadb9280077957e00
	.quad 0xbd0bea77f16607ff, 0xaf5a31fb3f5dbed0
	.quad 0xc0f18b7ce0e4009c, 0x77e33e831adc09a6
	.quad 0xf683be0ecdb1ca31, 0x41a1dcc8c2f3acbc
	.quad 0xa629e796b0cd1baf, 0xc019800000000000
	.quad 0xc00459b0a15552c9, 0x7ffaa7bdbfa59076
	.quad 0xe31ecd6235f9fece, 0xbf375dcac0980000
seed18:
	.quad 0x8000000000000000
	.quad 0xfe92bd437737c28b
	.quad 0x0847eba89850ddcd
	.quad 0x5fe87dc177f57f45
	.quad 0x0020000000000001
	.quad 0x00000003fa2cf985
	.quad 0x0000000001000001
	.quad 0x0000000000005293
	.quad 0x2ad70dfc7f32f546
	.quad 0x906be7d16f01f59b
	.quad 0x000000006ffa8ad6
	.quad 0x00000000015c687c
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffef9
	.quad 0x289323845325905e
	.quad 0x0020000000000001
	.quad 0x00000000
	.quad 0x50000000
	.quad 0xfff1340012350600, 0xcff51c0aa2ffc000
	.quad 0x8b7d6580efdffded, 0x830067b1fff4dbfc
	.quad 0x8000000000000000, 0x755d7b65bc2a4952
	.quad 0x0313995901baacca, 0xfe0f2a9cff5feb9f
	.quad 0xd7c315cfdf7dbcef, 0xff8000003ceb3cc9
	.quad 0xeed79bf1f6797c00, 0x89cb0c2da37fffff
	.quad 0x006e8d7e69ffffbe, 0x40a7800000000000
	.quad 0x0316f19d82231459, 0x7ffe0e6bff800000
	.quad 0xb08ab7c06f6fffde, 0x27086dc6599bfc00
	.quad 0xbef7000000000000, 0x7f80000097f3813d
	.quad 0x831089de4ed47e00, 0xc0effffffffffffe
	.quad 0x7f84a00b7e93ab5f, 0x0000000000000000
	.quad 0xc0a80000ffa39316, 0x1f65609f35a2f481
	.quad 0xf824c2f6c897fc00, 0x2654e3183e918000
	.quad 0xf81b02c2cecbfee8, 0xc5aff2a77fff6d7f
	.quad 0xc34fffffffffffff, 0x009ce03dead02bb0
	.quad 0x3fd16c03d6695c95, 0x3b9a3f07ffffdb58
	.quad 0x3f800000c0400000, 0xecaaeb5d43fd0000
	.quad 0x3c81ed0757feffff, 0x9184ccbae271ce4b
	.quad 0x7ff0000000000000, 0x2a60e31147eedffb
	.quad 0xc06376ff9c58bcd9, 0xfffbcba351b11a42
	.quad 0x299fb21993f70bff, 0x002d511a1a6f87fb
	.quad 0x5c130ccaac840ced, 0x2940b17cab2f0000
	.quad 0x229dfbb49fd7fdfe, 0x800000008f290476
	.quad 0x7f800000817fffff, 0xc01c471a2f2cd320
	.quad 0xffff430ca9ae19f6, 0xff800000704082c9
	.quad 0x7f80000000000000, 0xc061bc07eee65305
	.quad 0xe52d24f7a67df94f, 0x7ff0000000000000
	.quad 0xae3b0e8beae06e48, 0xffe95cbe5091585c
	.quad 0x9ad1e6c97f800000, 0xc2ef03487f972eff
	.quad 0x8008000000000000, 0x7ff487091933be31
	.quad 0x3f8a8756997dfbec, 0xffa0722fff000000
seed19:
	.quad 0x000000000035739b
	.quad 0x00000000000173ea
	.quad 0xae526a840af5f330
	.quad 0x1f47d187948e27e1
	.quad 0x00000000176e20c3
	.quad 0xa707dd82dd8437ce
	.quad 0xfffffffffe4aa263
	.quad 0xa8658d3735fd9d73
	.quad 0xffffffffffe15b54
	.quad 0x000d46f779ae0089
	.quad 0x000060f87a32ac38
	.quad 0x5022b014bda6c8bf
	.quad 0x0000000000000051
	.quad 0xfffffffffffce4ae
	.quad 0xfffffffffffffc9f
	.quad 0x00000000000000ee
	.quad 0x01800000
	.quad 0x80000000
	.quad 0x008b153f0ea4f8b6, 0x3ff8530d7ef4ef76
	.quad 0x7579867fd2f8dfe5, 0xbd096b6440a00000
	.quad 0x1cc3330eb2b2cf1d, 0x80080fe9bfb03f8a
	.quad 0x301c404f328d83ff, 0x6ff446acff98e5c8
	.quad 0x414d1782ca5c8000, 0x6c977ad102328400
	.quad 0x7777fbf737bddc45, 0xc1140000fefaed03
	.quad 0xd34f968afd0e3e7d, 0xe251fa57e5dcf906
	.quad 0xd70306e38475fbff, 0xda85c7341217dc0f
	.quad 0xbfc0000000000000, 0x8eb9474ff7ce03de
	.quad 0x3bcbe3604242a102, 0xe70c2bedffd37e00
	.quad 0x1ff7fad5eb9e5f5a, 0x7fb4fb313d2127c4
	.quad 0xff8000007fb91e84, 0xc266455affc00000
	.quad 0x40f8000080609350, 0xf0ac115937752b7b
	.quad 0xffe35f6bfee2ffeb, 0x606eca19f93befdd
	.quad 0xcfffffff3c5d7e98, 0xfff0849741476489
	.quad 0x24255878c9c00000, 0xbfada10ad4da3827
	.quad 0x3b8229707f800000, 0xbb92235f237eec76
	.quad 0x8000000000000000, 0xf08cd89d5b69d812
	.quad 0xc090000043e36bc8, 0xfff8000000000000
	.quad 0x1183860237c27a62, 0xb59e0000c206c555
	.quad 0xbf800000b7a82443, 0x0000000000000000
	.quad 0x7eb75a95d2dedda1, 0x43ad9812ebcee385
	.quad 0x7ff0000000000000, 0x89d869689632febd
	.quad 0xc88918065c940000, 0x5357f5b2ff91fc00
	.quad 0x000000007f979711, 0x8c4e825f24e3fbe2
	.quad 0x861260aeffadffdf, 0x43173d2f808e10d5
	.quad 0x4172b49eb2d9926e, 0x7f7fffff7ffe8864
	.quad 0x9d13bb2b7ff5f6be, 0xbb1a812a8f731f39
	.quad 0x2c3177c5f8fff6ff, 0x66152b3fffffff7d
	.quad 0x403ee39a0aaa1430, 0xff8a96e1ffb9221e
	.quad 0x6cf15f7280400000, 0x10abb5914e220001
	.quad 0x7d8dbe6daf36333b, 0x7f7fffffbf800000
seed20:
	.quad 0x00000000000002b7
	.quad 0x4c1e8a212c5ae18c
	.quad 0x00000000000002da
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x7fffffffffffffff
	.quad 0x000000000000002d
	.quad 0x8ecdecd5d834bce5
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0xe320932b9713c338
	.quad 0x1d7c67b33345cdff
	.quad 0x00000000ffffffff
	.quad 0x0ff06ca282d580c0
	.quad 0x000000b963ac5766
	.quad 0x61537d59e252bb8e
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0x544c9a34b02455ef, 0xb7187accbc7fad97
	.quad 0xf9a159d27ff7cff9, 0xc048558c6f027110
	.quad 0x051d9cb9640c447b, 0x28c10af2fde47dff
	.quad 0xff3cdb8850f1a781, 0xa2232e95eff3fe76
	.quad 0xa4645a433cc502b6, 0x94b4cddb0b228a93
	.quad 0x0000000040000001, 0x4021013c4600d41c
	.quad 0xc3736dbe0172ed53, 0xf302a043297fffff
	.quad 0x401b000000000000, 0xbe93700bff8c3c01
	.quad 0xcf000001bf672134, 0x002fffffffffffff
	.quad 0x9fe87ad55997fc00, 0x888afd93bd72567c
	.quad 0x807fffff00000000, 0x4030ac8d70c6dfb9
	.quad 0x143b711e83a5f9ef, 0x7ff0000000000000
	.quad 0x92d7d981b7ff7bfb, 0x374d1492ceaf3f6f
	.quad 0x41866b9bfbcbff21, 0x80000000950849ba
	.quad 0x926039ef6f9ce526, 0xb85fdcd9e676fd7b
	.quad 0x015644f451e33c3a, 0x351236e80ad1511f
	.quad 0x3f6a000000000000, 0x402bc0833888b5e5
	.quad 0xff8000007f800000, 0xc3f0000000000001
	.quad 0xda4f32e513daff6f, 0x0008000000000000
	.quad 0x012abed899462620, 0xc0623cefd3701ef6
	.quad 0x40ffffffffffffff, 0x3ffffffffffffffe
	.quad 0xc0fab7c97fc00000, 0xa4830ab845ed61ad
	.quad 0xfa14098ccc127a00, 0x52a0379aff800000
	.quad 0x7f800000ff000000, 0xdbb8d1fafff1bdf8
	.quad 0x407c4a7d2b4ec3d7, 0x6d8a9c12f7fe80a1
	.quad 0xffefffffffffffff, 0x80000000000068d1
	.quad 0x03e837bf3ca3b8fb, 0x06b99c0d12daee70
	.quad 0x800400364245ca98, 0xff80000040cb837c
	.quad 0x00000000ff58d23e, 0x3bc858c6fea70544
	.quad 0x00000000bed078b1, 0x2b98a7c4f6aa3f8b
	.quad 0x000000007f800000, 0x827944d72969ae58
	.quad 0xbfb8b459e917b3be, 0x7f800000842a162d
seed21:
	.quad 0x0000000000000254
	.quad 0x000000000000c132
	.quad 0xfffffffffffdeb62
	.quad 0x00ece2af902f9b90
	.quad 0xfffff533337a27e4
	.quad 0x437e4f1d06f1cb5b
	.quad 0x6746772f908819ce
	.quad 0xfffe7bfb9ece655b
	.quad 0x000000024ffe44e6
	.quad 0x0b6e709ae5531154
	.quad 0x1f4caaf121d5e926
	.quad 0x00000003a1c60ce0
	.quad 0x47f28ff7ff22d591
	.quad 0xfffffffffffff9a9
	.quad 0x0000000000000001
	.quad 0xfffffffff8ce5e9a
	.quad 0x00800000
	.quad 0x70000000
	.quad 0x8e043fdafddd48e0, 0x8bafbff8ffee81ba
	.quad 0xb8378f0401000000, 0x04b208d06b9b2c2b
	.quad 0x5d5425d200562c61, 0x7ff0000000000000
	.quad 0x7fc000003d2b69eb, 0x5903150d7defbbef
	.quad 0x33eb725b4158b9b0, 0x42e0916bbc42c584
	.quad 0xff800000ffa50a41, 0x7f8000008052a612
	.quad 0x49773d54a013511f, 0x7f80000080000000
	.quad 0xff1038b5f4ece3d7, 0xbbcc4a79c10c0000
	.quad 0xdc39d8d179f3f9fe, 0xf7441d3851448001
	.quad 0x70229287ff6fa7b7, 0x40f0000000000000
	.quad 0x7ff0000000000000, 0x5026dfe59e1a7fff
	.quad 0x5b7b413004a40200, 0x02a61fabffb9a530
	.quad 0x4011000000000000, 0x00000000c0a00000
	.quad 0x7f841522c0a80000, 0x09635032d9e703ff
	.quad 0x7ff8000000000000, 0xc0f7000000000000
	.quad 0x9d5034cbffb26d89, 0x43effffffffffffe
	.quad 0x7dc261be54b48790, 0x44c922aaffc737fa
	.quad 0xfb282640ffc20318, 0xfff33e099fd17889
	.quad 0xffbb365e7c8ce346, 0x210a35ac144fd84a
	.quad 0x3f99f6f97c8a6db9, 0x402d446d5c4ab3bc
	.quad 0xd3472f739089f60d, 0x4014000000000000
	.quad 0x9bbc81a41ff16c5f, 0x1b1cc812de7cfdc8
	.quad 0x41f0000000000000, 0x2ace72b3c57032cb
	.quad 0x1e8b364a3cdd0b2f, 0x7111b073287efda3
	.quad 0x55ffa9c41cd77400, 0xbcf9518c5a7fffff
	.quad 0xa9b2d2e2be7ffe5b, 0xe880c9e848577c00
	.quad 0x5a0000013f800000, 0xfff334ec10f4e36c
	.quad 0x8118333ab14bc1a0, 0xfff0000000000000
	.quad 0x96295ea87fc00000, 0x80092705cf51c6b7
	.quad 0xc262eac5559cc100, 0xc20bd8b40c2ab650
	.quad 0x106c4ba043fca7b8, 0x14bbad9655fd7800
	.quad 0x1d6b4d8259bb8000, 0x41980b0f5fcbffcd
seed22:
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x79db76d894cd1459
	.quad 0xde33afe9194be133
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x000000000000012e
	.quad 0xfffffffffffffd41
	.quad 0x000000000000016f
	.quad 0x00000000ffffffff
	.quad 0x7fffffffffffffff
	.quad 0x00000000000002eb
	.quad 0xfffffffffffffffa
	.quad 0x000130e7901dbb41
	.quad 0x4bce063da24d300f
	.quad 0x0000000000005e26
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x7fdfffffffffffff, 0x800799b7c3c48a09
	.quad 0x3e400000bdf6c452, 0x002c8d584409a8bc
	.quad 0x8644c2eaffa98491, 0xc07afba955d18db9
	.quad 0x396e0000dc9a543e, 0xfff0000000000000
	.quad 0xff8000008136fcae, 0x3fc938702f6ec338
	.quad 0x0000000000000000, 0x4102000000000000
	.quad 0x7fa4cec2be92bb4a, 0x07565f5867ffffff
	.quad 0xc4dcbb18ff800000, 0x9147c662d6dffc00
	.quad 0xc104000040400000, 0x7ff50517847e1f35
	.quad 0x3b55606deb86e729, 0xb746c6d177d9ec2a
	.quad 0x430f5f22bf7a8ed1, 0x4181e57811e20a6f
	.quad 0xfffbf7d2d1cc58e3, 0x4fc300687f000000
	.quad 0x0000000000000000, 0x0000000040500000
	.quad 0xbffffffffffffffe, 0x4e30ed50662f4400
	.quad 0x3fe906558420e225, 0x463771c7fbef7f7b
	.quad 0xc1060000a92265b0, 0x57a621b82f608ea4
	.quad 0xcee5c800f7fdfc67, 0xda7484bdef135326
	.quad 0x885f9e2637770e6f, 0x79063849ff8e6da0
	.quad 0x35974f789a93d121, 0xa2e073c57fef6dbe
	.quad 0xbff3715443eefa69, 0x39a07b637f7ddf7e
	.quad 0x6e4716b2fff7cf0c, 0x3ff635a229a9ed3e
	.quad 0xee8a50cbe6260600, 0x40a8000000000000
	.quad 0x853b9958b13df977, 0xbcdad6c5ccc259d0
	.quad 0x27bb4765612db9cd, 0x7ff0d834171a493a
	.quad 0xc4cbfe4aad587c00, 0x4f8000015fffffff
	.quad 0x270acdc82e5f38f0, 0xff7e344be8088660
	.quad 0xcfced31873fdf3bb, 0x7fadb372800feabc
	.quad 0x23176fbefd7ffe81, 0x40bc000080000000
	.quad 0xfff9628e3f400000, 0x8000000000000000
	.quad 0xd7fa889e7fb77d6f, 0x2d38e048b2aaf9d2
	.quad 0x56d780668daacd7e, 0x1261cebcccb58a67
	.quad 0x03cbeaacae006f21, 0x40c2c4d9c23b8d1d
seed23:
	.quad 0xecb66312c3b3d5b4
	.quad 0x1cc1fa570574e59b
	.quad 0x00000000000002a1
	.quad 0xfffffffffffffcec
	.quad 0x0000000177c59161
	.quad 0x79eed972a2cf2652
	.quad 0x9205e2d36366c4aa
	.quad 0xbc2e84983cd607dc
	.quad 0xfffffffffffff14d
	.quad 0x0000000ac876bd3f
	.quad 0xe967de2840154ba8
	.quad 0xffffffffffffffff
	.quad 0x429058720bccc07c
	.quad 0x0000000000000000
	.quad 0x7cf0ce4ab91b3b0f
	.quad 0x65a02a31dbdc902b
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x3fd31aefbcc85472, 0xc00bd35c5c80ad67
	.quad 0xbf8f1dc5c0d00000, 0x7f800000434cfc34
	.quad 0x001b05bb2dd26228, 0x0023502436376281
	.quad 0x8de3f3ac1d6b0529, 0x805c801b7f800000
	.quad 0x7ff317bb59b76679, 0xf0075ef17f9dd18b
	.quad 0x7ff7f2521e197d7b, 0x000e7e87bf1ae7c1
	.quad 0x7e01604385398ba7, 0xfd96022bc2b61ab1
	.quad 0xff80000040c80000, 0x201467811b08fbff
	.quad 0x00000000c07fffff, 0xc015a63ee3e20acd
	.quad 0xbf94900000000000, 0x43c38f961bfdb7a9
	.quad 0x403cb0c519ca6a0f, 0x80289822db0affb9
	.quad 0x0989e01b0eff7edf, 0xc079d48b92f5b84e
	.quad 0x0000000000000000, 0x47ffffff3e451880
	.quad 0xfff888649ace5c15, 0x2c098f15cc7c7bd8
	.quad 0x0000000000000000, 0x17a1638f5ea4c3e4
	.quad 0x7fe43dc919d71549, 0x40a0e528ff85b035
	.quad 0xc78000017f800000, 0xf951b99a6960f4f0
	.quad 0xff8000007f89932d, 0x802fffffffffffff
	.quad 0xffc0000080000000, 0xfff0000000000000
	.quad 0xbf912b7327eb2d6f, 0xf047ce0c06d47f83
	.quad 0xff8000007f800000, 0xfff06324d1915087
	.quad 0xbfd2884b04fff888, 0x964a900ecfffffff
	.quad 0x7b86bf0800594f28, 0x00179e3fb940c10c
	.quad 0x3c4161d4747a1227, 0xc10e0000c22e224f
	.quad 0x0cc20666ae76fcf5, 0xff565df029abd579
	.quad 0x000347807f800000, 0x3dab99bf79606c31
	.quad 0x8065988180000000, 0xe31e06e586825da7
	.quad 0x7f64c6dac0a80000, 0x72785456ff88ddfb
	.quad 0x0000000000000000, 0x40f93dc04375f9dd
	.quad 0xd1e6a211dbff3bff, 0xbe700000c7fab238
	.quad 0x7ff0000000000000, 0xfffba2f2d0e06776
	.quad 0xc1f3d4bdb3d1a807, 0xc020000000000000
seed24:
	.quad 0xfd20d4e50c274235
	.quad 0x319557d16a948dcc
	.quad 0x00000000000001db
	.quad 0x0020000000000001
	.quad 0xbd67d2418fd9ffed
	.quad 0x000000000000000f
	.quad 0xfffffffffffffeae
	.quad 0x796a82facbcc1954
	.quad 0xec82e7ba3a38a111
	.quad 0x1bc2e49897f8b0b2
	.quad 0xbbb1f9a0b40f504f
	.quad 0xfffffffffffffdb1
	.quad 0xfffff1c5bc7873bd
	.quad 0x8000000000000000
	.quad 0x227edd98b932aa4d
	.quad 0x0000000080000000
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x99d68269310f8f0c, 0x1921a5aabdb74dbb
	.quad 0x80dff193da7effa3, 0x7fefffffffffffff
	.quad 0x0020000000000000, 0x80003e5bd456652b
	.quad 0x94bb71a26fffffff, 0x20b7acdbd57ffffe
	.quad 0xe462fcba37ba2218, 0x807fffffff1b69f6
	.quad 0x437febe180000000, 0xc2fa887a22b5c620
	.quad 0x8000000000000000, 0x000000007fa6a79f
	.quad 0x7b8a44441003b26e, 0x4dfdb53bffd95b4b
	.quad 0x626b815d76a2fea7, 0xfff9257647beb333
	.quad 0x55fdf5805f800000, 0x81219cce7f800000
	.quad 0x3c06b1b31c771ed5, 0x3d1390b27fc8c400
	.quad 0x8fac8e78ce70e411, 0xbfd00000c1100000
	.quad 0x7ef34b1baaba1e14, 0x0000000000000000
	.quad 0x1562a5871060d13f, 0x4780000180ffffff
	.quad 0x0000000041769dfa, 0x13e044cf2c2f7acc
	.quad 0x7ff0000000000000, 0xfb9a73fdffef8bdc
	.quad 0x496088c8ac2c9271, 0xe1cb2914fb5111bf
	.quad 0xc0433b60c122b635, 0xc0edfa5e3be075f2
	.quad 0x00096ff9c0995643, 0x7ffebfd900800000
	.quad 0x517a9fc2fffffdef, 0x8000000000000000
	.quad 0x6021885effe57766, 0x3fae37ddcbaba267
	.quad 0xf19db5b7cca5bf4f, 0xfff16c9701fa72a9
	.quad 0xfff0000000000000, 0xb9637daa3fb9f3ce
	.quad 0x7fc000007e800000, 0x80535973ff800000
	.quad 0x40fffffffffffffe, 0xc09c1f4cc5b914e2
	.quad 0x7ff56e276d3c9112, 0x60167b4e4c3eeeac
	.quad 0x73293e29653fc300, 0xff80000000558da4
	.quad 0xaf6fe8435dfde281, 0x3480c057ffb59fca
	.quad 0x5ff23015ff800000, 0xfff0000000000000
	.quad 0xc282be4f7fc00000, 0xdf0f2e3bfe94c7c0
	.quad 0x0a958b2affd049c5, 0xf001783eb076ef36
	.quad 0x7b8bf62fcd5d1263, 0xdfffffff41bf2075
seed25:
	.quad 0x0000000000000001
	.quad 0xb3d327e950cb4f92
	.quad 0xcf68b78696e674af
	.quad 0xfffffb5ddffc470b
	.quad 0x0000000000000000
	.quad 0x0000000000075250
	.quad 0x000000000000012f
	.quad 0x00000000ffffffff
	.quad 0x3dd3a788a5504836
	.quad 0x09d045fbf279f5d7
	.quad 0xfffffffffffffc63
	.quad 0xcff96249c51e39d3
	.quad 0xffffffffffffff53
	.quad 0xfffff6785491b441
	.quad 0x000000000000019d
	.quad 0xfffffffffffffdc0
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0x3bfa00003ec893bf, 0x817fffffffd4ea0a
	.quad 0xfff0000000000000, 0xf61c1aa948bd2bf3
	.quad 0x164ac372feffbf3f, 0xc0f0000000000001
	.quad 0x8e96aa51adf9d691, 0x3dc3405246700000
	.quad 0xdb8b3893ff977a2b, 0xd5fa831dfd64fe00
	.quad 0x7f800000c0a00000, 0x171a4e02941678ed
	.quad 0xb324979b3ffa3f1e, 0xbf6ab4d0c15b5b6c
	.quad 0x4002000000000000, 0x19a02b3ac1040000
	.quad 0xcacbe07176fbff78, 0xd5c75de37ad28014
	.quad 0x411a00000089fa0b, 0xc2e7e4e200dbfa4a
	.quad 0x7f9eb0695d01ca31, 0xecdbabda7060c964
	.quad 0xfff8000000000000, 0x597ef01b97441b89
	.quad 0xfff8000000000000, 0x007ce79c3d056422
	.quad 0x7512ca2940d40000, 0x2448d0fd689ddb66
	.quad 0xd8e84e00e1f30000, 0x80fa4eef7dbb57cd
	.quad 0xc3bf475984176bbc, 0x8030e347444318fc
	.quad 0x41edbc8d7f66b848, 0x007ae280bdc5bd84
	.quad 0xe38f6ca05088e725, 0xcd0fafc47d41f912
	.quad 0xe9715ca97ffbfdfb, 0xdec4ab67e0daf74b
	.quad 0x7e017bfcff7f7def, 0xc34fffffffffffff
	.quad 0x43c882477899a085, 0xfd893eecbfbd77ed
	.quad 0xbfcbee5c44d16d15, 0xbf7d521e47927293
	.quad 0xffe0000000000000, 0x5a9f143115236315
	.quad 0x02a7b72fdbe3df35, 0x3fd151591655a300
	.quad 0x3f0c000089589691, 0xfc0f9eb36f7dd47a
	.quad 0x36700000c083b885, 0x21bcd255f8f3af20
	.quad 0x7ff8000000000000, 0x403000007f7fffff
	.quad 0x76120aa63da07e00, 0x427a06fe2865a69a
	.quad 0xff81de3a45c20000, 0x010000003a93a49c
	.quad 0x44e96997bee4a889, 0x400fffffffffffff
	.quad 0x3e232f4940c40000, 0xc95fa9013d7f9499
	.quad 0xe401294efffa7882, 0x0008000000000000
seed26:
	.quad 0x3eb976e477256da5
	.quad 0x01bf24752cd6355c
	.quad 0x000003ce11215f49
	.quad 0xc8a475bf8034ecc0
	.quad 0xaf479130a4eebb94
	.quad 0x6256bb3fbf17f801
	.quad 0xf0c1c2599d2640a5
	.quad 0xf9dc6aa384046234
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc73
	.quad 0xffe7642610bf0ef6
	.quad 0xfffffffd8742f899
	.quad 0x26ee506764e43104
	.quad 0x0020000000000001
	.quad 0xd84ca55e3b28a759
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xbfef6110726de097, 0xcf2eed3cffc3154f
	.quad 0x740adfddd7e85e80, 0x7f8d57e27f800000
	.quad 0xbfaf8cc1738e1a22, 0x3d300000813632a1
	.quad 0xdf7fffff7f800000, 0x00308b19b8eb8000
	.quad 0x404800007f000000, 0x6f3e2477a37a8000
	.quad 0x3fb49808ccf430c7, 0x801fffffffffffff
	.quad 0xbf9a800000000000, 0xc15db53c80000000
	.quad 0x78114fec297cf78b, 0xffd8e88d3e618206
	.quad 0xed380c56d8a49e1c, 0x7ff415f01256e4cc
	.quad 0x73045a9dffba5c8a, 0x7fa1735affbaa166
	.quad 0x7ff34adb9510b997, 0x326de3eda2538000
	.quad 0xc0d00000ffc8d189, 0x8000000000000001
	.quad 0xffc00000c0680000, 0x8000000000000000
	.quad 0x539b6d1233e58a75, 0x6408ec42ffc6e7a1
	.quad 0xff9911f6467e0000, 0x007fffff40100000
	.quad 0x808278e7f00cfce5, 0x0af9b43d6ffff89f
	.quad 0xc03d58fda596e292, 0xbfdb780cf37941dc
	.quad 0x7ff2b141ffdfe699, 0xc3183f05405be356
	.quad 0x577ca57a5ff9f7a5, 0x7fa4e5d4807fffff
	.quad 0xfb6ac3ad226b66e8, 0xfff0000000000000
	.quad 0x428126f9c7800001, 0x7ef77e06ff9c1682
	.quad 0xc0fa98db09a9855f, 0xbd741c45c1bc600a
	.quad 0x0000000000000000, 0x00000000bedeaea1
	.quad 0x8ab469537f99c1a4, 0x48982f1ecdeadb57
	.quad 0x11a6dc9754b58309, 0x2dcf4b5ffffef2ff
	.quad 0x0000000040500000, 0xbd35986e4e52b29d
	.quad 0xebc9c1f2395bf455, 0x9ec1e146bca71a36
	.quad 0xc07e9c4db11ba02d, 0x7ff19400690f067f
	.quad 0x3f55cd06ffc00000, 0x817fffffe9f0073a
	.quad 0x001fffffffffffff, 0xeee0f67ff9121c2c
	.quad 0xb6639cebff697c01, 0x40280000bdd10103
	.quad 0x4f800001c3ab2cb4, 0xbf1b800000000000
seed27:
	.quad 0x7fffffffffffffff
	.quad 0x17e76db27c98ab74
	.quad 0xffffffffffffffff
	.quad 0xe61b070aa3230990
	.quad 0x0000000001000001
	.quad 0xffcb1ddfba02f247
	.quad 0x00000000ffffffff
	.quad 0x00000024fae84f49
	.quad 0x02ad45b74c19549f
	.quad 0x0000000000000438
	.quad 0x0000000000610e0e
	.quad 0x2d4c48c29b3b6728
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcea
	.quad 0xfffffffffffee943
	.quad 0xffffffff7ff6ced2
	.quad 0x02400000
	.quad 0x50000000
	.quad 0x45f00000310b6d1c, 0x44787db3ccc0f51c
	.quad 0x999f6a7421798998, 0x46c420044c7fffff
	.quad 0xc01b000000000000, 0xea19dec9ffffffff
	.quad 0x4c0e9e6c58be4a61, 0xbf8b5c3f08372b5c
	.quad 0xffd0000000000000, 0x11b84b2c9fc835e5
	.quad 0xffefffffffffffff, 0xc37dd042ffebae5c
	.quad 0x3f90000000000000, 0x25b58d414626cc3c
	.quad 0x7ff39dcefd941cbf, 0xa6a799d0e4f3c540
	.quad 0xdba12d08617dee5e, 0x02ed8156dafd9ad0
	.quad 0xfce91405efc1b0f7, 0x80000000caac0a23
	.quad 0x0000000000000000, 0x761b1606fb5cdfef
	.quad 0xfff0000000000000, 0x7eb91dd480000000
	.quad 0xcfe67a05fff2d8d8, 0x3f30000000000000
	.quad 0x41fffffffffffffe, 0x83daa4bd4fe5c6c0
	.quad 0x810c5641cf7ffffe, 0x96e73a0d3d65eb65
	.quad 0x52e5671a6deffdbe, 0xb33fafb1fbaff800
	.quad 0xc033435cc1f2dd5c, 0x99fb1f765a5eaf3a
	.quad 0xff0000003f40ef90, 0x697d8787f9048679
	.quad 0x6ff59dd5cffff493, 0x800f2263fb5fe444
	.quad 0x94acea919f5d1eb5, 0xffd9783cbba24dc6
	.quad 0xc1f0000000000001, 0x8008000000000000
	.quad 0x7fd0000000000000, 0x40efffffffffffff
	.quad 0xc0e0000000000000, 0x3fffffffffffffff
	.quad 0x8000000000000001, 0xffc00000d800bcf8
	.quad 0x47e0ebc0c6ecfca0, 0x7fc000007f966fa2
	.quad 0x6d86d84b2d8fc987, 0x02e4666ba677f11e
	.quad 0x4f0000004353891c, 0xfe47eec7b450596d
	.quad 0xc100000000000000, 0xf7ad2eb3477ffffe
	.quad 0xbfbc234272c3cda9, 0x24ed24a67eef5e37
	.quad 0x1ab34fc5fdf9fddf, 0xffff5a198f5d6ad6
	.quad 0x7f80000001000000, 0x4b8fa7c05fd6edf8
	.quad 0x4049561aa848092a, 0x41ffffffffffffff
seed28:
	.quad 0x0398778cdac87ed9
	.quad 0xf99589b1d7e54632
	.quad 0xffffffffffac6ea2
	.quad 0xc24b93b5e7076a44
	.quad 0xe224fc7d4b68635d
	.quad 0xfffffc1290bd201c
	.quad 0x0000000000000000
	.quad 0x0000000000000278
	.quad 0x000000000000382b
	.quad 0x4f00ea42054daf56
	.quad 0x0000c6c49ddfc187
	.quad 0xc96efe01ae54668c
	.quad 0xaebd26eae4b9ce2f
	.quad 0x23c67c673fe3e68f
	.quad 0xf528167d074f698b
	.quad 0x317a272f97d76e57
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0x4579a9f6f7f1e858, 0x7f7fffff7fc00000
	.quad 0x7ad7e5f0ff8c54e9, 0x3ff9a2918cb6c475
	.quad 0x80004ac57fd79fa2, 0x0a1111399169b5be
	.quad 0x3fbb6775c2ce3b00, 0x81f4ec6e40094d15
	.quad 0xfff0000000000000, 0xc07861e600625b78
	.quad 0xed31ad47549a0007, 0xae4bb1fa7d5af1f2
	.quad 0xf0bec8fe3a990200, 0x000000003e9f0000
	.quad 0x33a8cec475ecf55b, 0xbfaac2e6d4b392aa
	.quad 0xff90d98248f6148a, 0xf97eb528806d2856
	.quad 0x8255b16e766a0d6a, 0xfe62cfa85df9148a
	.quad 0x1be8b258b5202015, 0x3f7802acc492e9d8
	.quad 0x8074c825bfacf958, 0x8000000000000001
	.quad 0x00373e197f800000, 0xc1ce3ab7d7d20000
	.quad 0x3f8589664f30e1e1, 0x005744724f000000
	.quad 0x00274c08cfee2f57, 0xbfb85ec4aa43abc9
	.quad 0xfff8000000000000, 0x2d5da294ff7fffff
	.quad 0x807fffff400c7576, 0x1504df4454efdffc
	.quad 0xcd7d6961d6e3af74, 0xa0f1c911f5c4d5e0
	.quad 0xffc00000807fffff, 0xbcb824a1b1ead46b
	.quad 0x7fc714f7c2e40000, 0x057b28cb9f667bff
	.quad 0xbc7cef79f77fd820, 0x4330ecfd81e0a687
	.quad 0xc30f353503ebfec4, 0x82d75090ffc00000
	.quad 0x02f362443e1d3974, 0x4066bf7d42211d6c
	.quad 0xc5b40000a78db68b, 0x7f800000003de4df
	.quad 0xf35a4477ff91995f, 0xc008000000000000
	.quad 0x7ff717a7d33719d7, 0x54018483efff7fdf
	.quad 0x7df7433b2306e639, 0x7fa61e29bd090000
	.quad 0x4168de72c7000001, 0xf3dce017ffdffb2b
	.quad 0x23a69471bd3cb626, 0x81f9d94a98e4e416
	.quad 0x0276b2ae0b054aac, 0x80a962c5f7d6c7c0
	.quad 0x7ff0000000000000, 0xee1b92c5fbfbfeb7
	.quad 0x6b2579ba065eebfd, 0xff971575c0680000
seed29:
	.quad 0xd32bff5bf7b6563e
	.quad 0x0000000000000000
	.quad 0xfffffffed2c4ace7
	.quad 0x000375a29bac2252
	.quad 0xf8b41ce45235f64f
	.quad 0x4ed5a3da7e14f7f6
	.quad 0x0000000000000072
	.quad 0x80e365bbf9dd0e02
	.quad 0x0000000000000061
	.quad 0x22f7689076f906a3
	.quad 0x5167d9ad799d967c
	.quad 0x2635c8c833819533
	.quad 0xb055bd4529deb0b3
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x00000093d49b8baa
	.quad 0x01400000
	.quad 0x50000000
	.quad 0xbf211a358d02ca2a, 0x00093089908c9d72
	.quad 0x96033ea8be015ba1, 0xd1b3ae399509cf3f
	.quad 0x3c3bb4363f6d0f60, 0x8a8853fd8ba197ad
	.quad 0x7fc0000080000000, 0xed5af54257720200
	.quad 0x7ff0000000000000, 0xbf936947b71af732
	.quad 0xb3733ad725b02e30, 0x00000000e8d78f36
	.quad 0x4186a37765b7251e, 0x5172943f1ed65f34
	.quad 0x7fa5d6a8bcf41d79, 0xff8000006d485ecb
	.quad 0xff8000007f800000, 0xc138000000000000
	.quad 0x36bf45fc6823d009, 0x3d90000008663633
	.quad 0xff43d3e6d7bd50bf, 0x59518a21fa2052a7
	.quad 0x3f9c2e2ca3c6a9c5, 0xab91eeb09f3c3998
	.quad 0x51800001ff800000, 0xc870a1162b47380d
	.quad 0x29f58dacab0146a0, 0x400d20d741200000
	.quad 0xc0406fc7c9802025, 0x51a7b81effc20631
	.quad 0x4292a6e9c7ffbfbb, 0x8de1b2edff000000
	.quad 0x3ff59e0b0da3bb2e, 0x2d822be083770200
	.quad 0x3ffbbfe6719e5032, 0x10a9c3937bd9c41a
	.quad 0x4138000000000000, 0x12395f20aeb27c00
	.quad 0xfff0000000000000, 0x66554c64dfb5fea9
	.quad 0xbb00000042d2b85f, 0xc085400000000000
	.quad 0x3ff0000000000000, 0xbf0a800000000000
	.quad 0xaf97e80a90098bff, 0x1fb1088c500a6c12
	.quad 0xe45a7aa7bff3fdf5, 0x00638b15ffe05fe0
	.quad 0x110e7dec2016fb8f, 0xc03829babca816ea
	.quad 0x842b40f1dbdce585, 0x0040000041080000
	.quad 0xf435e49ec5e656f3, 0xfb433aaeedcf8a48
	.quad 0x810312c3a50cd255, 0xbfddaf96fa3fd25d
	.quad 0xfd8d8c037b9c796e, 0x28327e2f7fff5a48
	.quad 0x7fa2d9297772841b, 0x92957b5ec6719cec
	.quad 0xc17469b0ff83d4ed, 0xff7fffff00000000
	.quad 0x3d28a1ce110002a3, 0x1e1554bfc0dc0000
seed30:
	.quad 0x000000007fffffff
	.quad 0x0983e139189d9642
	.quad 0x1d4b28d01ea6b498
	.quad 0xab70437ebee6e34c
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe32
	.quad 0xfffffe360a0f4095
	.quad 0x0000000000165a86
	.quad 0xe2531edce73680a2
	.quad 0x4eee510193020155
	.quad 0xc659f6f21a3e4c8d
	.quad 0xdf03d9275ec0a84d
	.quad 0xffffffffffffffff
	.quad 0x000000000000025b
	.quad 0x00196316b4f69d90
	.quad 0x1e53f24a90c49220
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x28fc2b1ed7ab2150, 0x410800007f800000
	.quad 0x3e986c4ae6a37b0c, 0x9381e11f6788790f
	.quad 0x40f707bbf290dc99, 0x393895dc7f18be41
	.quad 0x1d288a3000d04780, 0x0000000000000000
	.quad 0x3f6e56126f7fdfef, 0xc22ffffffffffffe
	.quad 0x400c000000000000, 0x8000000000039d2f
	.quad 0x8ac619ff3f2719da, 0x050ec7d8113c4f90
	.quad 0x4e0bd3869725d0c0, 0x4001000000000000
	.quad 0xc0924e0bd1089d4b, 0x55a7e44dbf700029
	.quad 0xc5b9e436fffaebbe, 0xff80000080000001
	.quad 0xb87188852920bfff, 0x7ff0000000000000
	.quad 0x7ff81cfbd079f1be, 0x3179fc12244a38ef
	.quad 0x2f291d3fa643c0ef, 0xff800000bfe256e9
	.quad 0x3fb21dc0d850dd47, 0x4021800000000000
	.quad 0x3e8000007f800000, 0x3118f25bbf57ffcd
	.quad 0x83f3604d40000000, 0x7f800000ff8dd545
	.quad 0xc35b09927f800000, 0x5e57586ea1eb1598
	.quad 0x800628a89bc9ca19, 0x0011dd25ffe5489f
	.quad 0x4023800000000000, 0x421aadeb00000000
	.quad 0x4af8c2fee62b1eb6, 0x3acbf846e6b88ddc
	.quad 0x0000000000000000, 0x8008359068c1608d
	.quad 0x013cd60c972e6568, 0xfbd6fcddfbaf3eb7
	.quad 0xad6f2937bdfcff3c, 0x8763c10d75c65e23
	.quad 0x4ce78d374681cd27, 0xfff52a743deea9b9
	.quad 0x6097f9b455eeafef, 0x974f2f44cffbfba1
	.quad 0x607691227f5ff93f, 0x2aed6743958f0000
	.quad 0x891a7b985ff3f6f8, 0x18da853436a94540
	.quad 0x8fbde6d05ca29075, 0xffdfffffffffffff
	.quad 0x40600000f76fa7cd, 0x4120000000000000
	.quad 0xfff0000000000000, 0xc183d12b5e778000
	.quad 0x72bf6d9895033c4d, 0x724aa2f03ff7afff
	.quad 0x25246bfccdac04e4, 0x41ee00fa9421aff8
seed31:
	.quad 0x00000048881b9897
	.quad 0x0000000001000001
	.quad 0xf35e7535e0ec6bf4
	.quad 0x141e6c02af0136d3
	.quad 0xfb0ea901b5e6c02a
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x07353f58e93db62b
	.quad 0xffffffffffffff55
	.quad 0xfffffffff4a26a4b
	.quad 0xfffff986dc12e3bf
	.quad 0x000000000000033d
	.quad 0xfffffffffffffedd
	.quad 0x6893c214a6b34e7c
	.quad 0x7148b44a5496ed0a
	.quad 0xfffffbc630940fd6
	.quad 0x02800000
	.quad 0x30000000
	.quad 0x7ff0000000000000, 0x3e000000ff000000
	.quad 0x86c5bd78ffabdf7f, 0x0000000000000000
	.quad 0x4079a4aebde3c0c0, 0xde21691cdabecbce
	.quad 0xe1d3d49843981dbc, 0x60881836efa9fe7e
	.quad 0x7ff0000000000000, 0x00509f2c45660000
	.quad 0x4260000040700000, 0x4012000000000000
	.quad 0xb5d01568b4f58000, 0x9a631484afbfff3d
	.quad 0x40f463ecc9bcfe6f, 0x6cd0df6d7fcd1042
	.quad 0xbfd0d8296f59c48d, 0x89bda43c37673c20
	.quad 0x758583eb00000000, 0xc1d3e445bf000000
	.quad 0x80000000be777f1e, 0xffc00000c2cab950
	.quad 0x3f18842c004466a4, 0x7fbb0734bed40000
	.quad 0xe78f2f0186ecebb6, 0xbf800001b8e70000
	.quad 0xffd0000000000000, 0x803ba0b6901b203b
	.quad 0x743abfcb7fb9ecce, 0x6e67b4f8bda4f86e
	.quad 0xfff0000000000000, 0x6e73531f07fb7cab
	.quad 0xc0587eaa27f078a9, 0x3d384d85419e4cd2
	.quad 0x2d5c127b5c01bd6d, 0x60d8c15067c27f9a
	.quad 0xfc4f2df540347736, 0xf5be39a8e1fbbabf
	.quad 0x4b3b36bd2e463bf1, 0xcffffffe00000000
	.quad 0x7ff602a63bfb8642, 0x00dee23a23756c49
	.quad 0x7ff0000000000000, 0x801034cd0b96a5c9
	.quad 0xc70c000000000000, 0x019d8ba21e87308b
	.quad 0xc09400003e9fe02f, 0x416398673c6b0f02
	.quad 0xff7d3b5459ba8f94, 0x7e800000ff743ded
	.quad 0xfde5109ec55e5345, 0xc0000000ffc00000
	.quad 0xfe8000008b9b64fe, 0xc0bbc4e73fffcd95
	.quad 0x98c4d4e7ff36f451, 0xa9242089ffbf7de5
	.quad 0xbfe00000cf800001, 0x43bdd6eabde4edfa
	.quad 0xc335d83c871c3eb3, 0xfb2cb9ccd196bff1
	.quad 0xc22b66ae758278f6, 0x8010000000000000
	.quad 0x45c29c0bf90dabb7, 0x7ff159827fc00000
seed32:
	.quad 0xe1d77a168346c6eb
	.quad 0x0000000001000001
	.quad 0x00000000000002d1
	.quad 0x6de17df4efef9b43
	.quad 0x46e90ebe45df540b
	.quad 0x65704c14f4f3b00c
	.quad 0xab4cd04f537c69a2
	.quad 0x00000000000002ab
	.quad 0xbf465915bb88084e
	.quad 0x837f007e724b45c8
	.quad 0xffffffffff53887c
	.quad 0x0000000000000003
	.quad 0x000000000000000f
	.quad 0x709372348e2a1ecd
	.quad 0xfffffffffcc27372
	.quad 0x5f0b05bf10caff59
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xc35eb63880000000, 0x561e2a795cffffff
	.quad 0x7fe2e0f7193b2344, 0xeca760c2b0115341
	.quad 0xffa465eb67cf71e8, 0xd7a40a9e88f60000
	.quad 0xc0b8000000000000, 0xaabb90e6ffb5fffc
	.quad 0xc0ef5171fa71dd2d, 0x3f6ae9bcbbcc0000
	.quad 0x0f9d81e04a8c0306, 0xc060414d70136338
	.quad 0x02e100f03b9919a7, 0x58dcd5a3ffff6fe4
	.quad 0xc035cefb88f514c2, 0x000000008e654f3f
	.quad 0xbc97c94e006f0bc1, 0x96113f1cd8317464
	.quad 0x0002f7e17fc00000, 0x8011a37e3e107e6d
	.quad 0x7facfe3f7d7486fd, 0x568729a918eef31d
	.quad 0x7c590ad26b45cc07, 0xc1c08deb7fb453ab
	.quad 0x807dbfb3be1e4a16, 0x3c51f2cb3ee4e340
	.quad 0xbf390a8400400000, 0x8005e08944cd38db
	.quad 0xfff0000000000000, 0x602a65cee7eefffb
	.quad 0x7dcb46a11669f7c7, 0xbfb2a4ead754fbde
	.quad 0x857f55070ba86a5c, 0xd795ae53585c35df
	.quad 0x03931f4628943dff, 0x02d48e3ecc4fe1f3
	.quad 0x7fec60f17f52fae1, 0x5a6974c8668b1108
	.quad 0x9a04daa30dbd48bf, 0x002251b5fe5ebf64
	.quad 0x001fffffffffffff, 0xd57a92ab265c4001
	.quad 0xe491eef367c6fc00, 0x53ac8e0c4043ea80
	.quad 0x000b52407a2f4e44, 0x800000007ff967c2
	.quad 0xe2948f0f82d8a15a, 0x40eb59b3ff800000
	.quad 0x0000000042200000, 0x6afa3a7dfdd1f67c
	.quad 0x96c80e3e80ee5e38, 0x8000000000000000
	.quad 0x6bcff2e71b597c00, 0x4008610c5337390b
	.quad 0xfff0000000000000, 0x375365d747ffffff
	.quad 0x017fffff319a9c13, 0x9b26fd7605ef4fa6
	.quad 0x74fc694b7fa63448, 0x7f800000014334e1
	.quad 0x1f0fab783a22da67, 0x7fb6573ec3728fcf
	.quad 0x800197f296dba7e4, 0x2ffdac205ba53b00
seed33:
	.quad 0x0000000000000349
	.quad 0xbaed1966d2e030fb
	.quad 0x0000000000000008
	.quad 0x00000003d72676e9
	.quad 0x000000000000026e
	.quad 0x00000000000003d9
	.quad 0xfffffffffffffca3
	.quad 0x0000000000000964
	.quad 0x006d614e99326ae8
	.quad 0x0007b856848be9fa
	.quad 0x4a842a5362e7a58e
	.quad 0xffff14f8459d2ca1
	.quad 0x00000000ffffffff
	.quad 0xffffff7415e8bc68
	.quad 0xa3670757be5dda0c
	.quad 0x05fbc9fe3525e0bd
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x42fa92cf00000000, 0x9455857663a57c00
	.quad 0xa80dc05b5354cf15, 0xdfba253cf78a8000
	.quad 0x7ff3150906c94414, 0xc8a2d7c6d304fc00
	.quad 0x3e45ec5a87431b4c, 0x3f8d5db9ffbf3a4d
	.quad 0x7ff0000000000000, 0xc0c0000080ffffff
	.quad 0xbf94800000000000, 0x0000fe5e451d1695
	.quad 0xfff8ae2a2c6278d9, 0x4340000000000000
	.quad 0xbf9a3c759e9bfdcf, 0x800000007f800000
	.quad 0xfe8000009a9a13bf, 0x6137a1b38920b590
	.quad 0x8cf5f6acfebd4a08, 0x800d13ff63a41f52
	.quad 0xdbae7bfcfa7fffff, 0xfe75562522f42b16
	.quad 0x4034f22c8f7ea888, 0xcf8000017f800000
	.quad 0x837c6e2a42cc51fd, 0x8000000000000000
	.quad 0x7f8000003a423b6d, 0xbe2c470f80000000
	.quad 0xbf9fe62821bf4a04, 0x8e7bd9d02d1d25f1
	.quad 0xbd5b33937cbf6925, 0xffe69e4500182f45
	.quad 0x028ec2799bd9ec0f, 0x01de9a87ffa73a77
	.quad 0xb7df799c24425fb5, 0xbd72bdf3bedc17bf
	.quad 0x5e00ab81fffe41c0, 0x7f8000007fa8c521
	.quad 0x4127000000000000, 0xf8461a7540b80000
	.quad 0xbed0de0f3ecb029a, 0xaeeb315ef53dfff5
	.quad 0x7e2f534268dec594, 0x990f2d74e0adffbf
	.quad 0x800fffffffffffff, 0x7f80000000000001
	.quad 0x007fffff40a00000, 0x7ff53ac18b061fee
	.quad 0x3a68ca4cffcfbbef, 0xff7bd2d7c2130000
	.quad 0x00000000ffa7ce08, 0xfff0000000000000
	.quad 0x5e96aae87bf2f328, 0x0020000000000000
	.quad 0xc018000000000000, 0x0bd7e83cfeffffff
	.quad 0x00000000787edfa5, 0xacd9a4f1fe69adf9
	.quad 0x922326b9846701c5, 0xdffffffe4122123a
	.quad 0xdcd9cfa2d6b0fbae, 0xd6b73325e283c2e6
	.quad 0xc180000041a681ab, 0xfdae7a9d8e140400
seed34:
	.quad 0xffffffffffe055c2
	.quad 0x60d4a809929f53ed
	.quad 0x00d843f2c0303d7a
	.quad 0xd8c0ff5228cd785c
	.quad 0x91b863f7db3c76f8
	.quad 0x7717279381a741e7
	.quad 0x7fffffffffffffff
	.quad 0xde02f05ee0c73050
	.quad 0x000000007fffffff
	.quad 0x586397632cbf2dcc
	.quad 0xf88d328643dca6cb
	.quad 0xfec28d76247ac94d
	.quad 0xa10d432a44825815
	.quad 0x00000000ffffffff
	.quad 0x322a1c1df757cca5
	.quad 0x27548908c3a4bbc0
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x1b9f6559e5fefe03, 0xa6e3a3ebfff581db
	.quad 0x8008000000000000, 0x3fe3f1b0290b88e5
	.quad 0xee116239ff800000, 0x3feb728395ca5451
	.quad 0x00000000ffb651fa, 0xc5fdd79a86faf26a
	.quad 0x22e5776c7fffffff, 0xf883495e3b8c0000
	.quad 0x800000003d009c55, 0x7f59de5e3a5fdf43
	.quad 0x8000000080000000, 0x294d0657bc84ae36
	.quad 0x5cf99aa7f6d6b9b5, 0x3f070423e7472b2a
	.quad 0x7ff0000000000000, 0x7e728a292218bd20
	.quad 0xe31fbfac38574380, 0xb9528e42edbbb5fc
	.quad 0x962578e481113a2c, 0xc6d9f5d0c7fb6df7
	.quad 0x0008000000000000, 0x80803f9e1a0478c6
	.quad 0x0008000000000000, 0xab05cd14de154624
	.quad 0xbfd8000000000000, 0x8000000082d5e47e
	.quad 0xc6afd3c5e7c8fed9, 0x8000000000000000
	.quad 0x410800003c386b5e, 0x401b000000000000
	.quad 0x347012f902d57300, 0xa8aaa0cc40e80000
	.quad 0xf0ec121715028000, 0x0080000076e610db
	.quad 0xc43fffffffffffff, 0x7ff8000000000000
	.quad 0x92a44db1dfeffd6f, 0x7f93f206bfc00000
	.quad 0x40a0000039580000, 0x7ff8000000000000
	.quad 0x3d0dd9857f800000, 0xc10ca11b9d160600
	.quad 0x8001a7dfbe048e75, 0xa0247dff4fadf9e9
	.quad 0xc194502dbf8a0000, 0xbc24f352ff7fe5ff
	.quad 0xc00a000000000000, 0xa8ebe11860c9fc00
	.quad 0xffa46a0b808414e9, 0x7f9e87d33f8032c3
	.quad 0x01ad8bf4535908b6, 0xfff0000000000000
	.quad 0x7effffff7ffa6271, 0xab8a9ed05fb78336
	.quad 0x9fc890bc83bdff3f, 0x7ff143d624a8aa77
	.quad 0x2f2c95c9af7ffea4, 0x00c3945713f65128
	.quad 0xeb8ba2f1ff800000, 0x182cc3c5d4a60000
	.quad 0xaa9b85dcd6a0cc46, 0x8638dc137fc4d9a1
seed35:
	.quad 0x1985a9afd5b754e0
	.quad 0xffffff696251d9a9
	.quad 0xfffffffffffffc8a
	.quad 0x7fffffffffffffff
	.quad 0x893152f3f5b2a080
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe1b
	.quad 0x0000000004edab15
	.quad 0xe1c5748a97bb9174
	.quad 0xfffffff8bd76ecba
	.quad 0x2520d09f3d36e294
	.quad 0xb1699d045401aa64
	.quad 0xd97d22084e315ba7
	.quad 0x00003f6cb814017b
	.quad 0xfa1e3c10ef45f7b5
	.quad 0xfffffffffe599451
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0x7ff8000000000000, 0xff9d9925c10c0000
	.quad 0x2a29e68e9c75be00, 0x7ff5b27124e23dfe
	.quad 0x41a93b00bfffae7a, 0x2032960efbe5e400
	.quad 0xff80000080000001, 0x8168fa33807fffff
	.quad 0xffd0b00b7d35349d, 0x409e359e5d703f61
	.quad 0xbfa00000b3f633be, 0xf4d3de45bcd71991
	.quad 0x767c072b96a7648d, 0x268c2a1345f87c47
	.quad 0xc955d921aba7313d, 0xc009000000000000
	.quad 0x002e8b61d68b2953, 0x1f67f6670adb8ff4
	.quad 0x000fabf8fca826ee, 0x3fb0a95a449f4f23
	.quad 0x7eaeb2ea425738f4, 0x7ff0000000000000
	.quad 0xc63e00000217beb8, 0x9026078f3f66fc00
	.quad 0x7540f63c34d34c09, 0x2ab5e60fe7f73d43
	.quad 0x3fc00000ffa1f30b, 0xbf0d400000000000
	.quad 0xbfa10a96bb9cb0b2, 0xfe2df640045bc111
	.quad 0xd88788ab812aaa6c, 0x3fe8175c6ea1f2f0
	.quad 0xfffa19c37f9ff745, 0x037c2b50d171b399
	.quad 0x8000000000000001, 0xf3e8a4fa3fbf8850
	.quad 0xfdbbb18d77effbc7, 0x7ff8000000000000
	.quad 0xcd1e0ab9ffc0277d, 0x72de77516e9f7df3
	.quad 0x4ba9243cff8f03ac, 0xffa2d6dbffc00000
	.quad 0x7ff5d8c8906830a6, 0xbfba4ffc7eaf5c7a
	.quad 0x1ac4ca5ebffe44e0, 0xaa1de3e57fc5ff08
	.quad 0x3f7fe921557ebeea, 0xf6fbd039c0200000
	.quad 0xc808d63485538400, 0x3dd555a13f5f9ff8
	.quad 0x412c000000000000, 0xbbf372c780000000
	.quad 0xe685bc13fffb3af6, 0x649ca0a77f887c90
	.quad 0x8ff22e0dffc87d01, 0xbf8328d633dd9f0a
	.quad 0x023d2d6bffa5a2b1, 0x861a5ea359f8a039
	.quad 0xdf000000f83a72e0, 0xffc00000ff800000
	.quad 0x360f4de7dd9d4da6, 0xff8000009bb06e22
	.quad 0x5fe25a826e48ba53, 0x402e7db42651d427
seed36:
	.quad 0x0000000000000009
	.quad 0x0000000000000155
	.quad 0x0000000000000086
	.quad 0x8000000000000000
	.quad 0xfffffffffffffff2
	.quad 0x0000000002a294be
	.quad 0x0000000000001c7a
	.quad 0xfffffffffffffff5
	.quad 0xfffffffffffffca9
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000061
	.quad 0xa48fc39a6b0fa641
	.quad 0x0020000000000001
	.quad 0x000000000000000d
	.quad 0xfffffffffffffd35
	.quad 0x04000000
	.quad 0x90000000
	.quad 0x801fffffffffffff, 0x2f10bc98f7ffffff
	.quad 0x080379afff800000, 0x7ff55dec74f6a046
	.quad 0x75d897c9fb8f9ff7, 0xff0000007fb9a98f
	.quad 0x001677fa195021e6, 0x7ff7324e37fc612b
	.quad 0x7f93ff50c09c0c6d, 0xa53cc276dcf1ac0f
	.quad 0x3a0839670a8bb98e, 0x7ff8000000000000
	.quad 0x9f1380bf7f9dee6e, 0x2fb21e3dffcb9475
	.quad 0xc0a0000096ee17f2, 0x19ebb98016d64180
	.quad 0x000000007fe4a2ce, 0x0000000000000000
	.quad 0x753085463fffc349, 0x7ff0000000000000
	.quad 0xbc8af87df8d27ffb, 0x70b08e0db5dd086c
	.quad 0x868e64da69895d5d, 0x50fc54deedc3eebf
	.quad 0xd20021545a357c00, 0x7ff73393971f5dde
	.quad 0x00000000cfffffff, 0xfff8b24d5f376aa4
	.quad 0x767176fdfff7fbff, 0x7ff72588f4791c14
	.quad 0xff800000c0532fa5, 0xb754d0257bb44464
	.quad 0x9b8795f430fde51d, 0xe99c09bb600f7f4c
	.quad 0x42a3eb407f7fffff, 0xfff1697c75edcd2e
	.quad 0xbff7ee195653fe27, 0x739a4c10df9df7bb
	.quad 0x49c68f3a8a10fbff, 0xfdb4ac9228f88215
	.quad 0xc51d64927be3fc4f, 0x8019414d8b1606c3
	.quad 0x55bcc06d1f77edad, 0xbd4874cd801c365d
	.quad 0xc664b09ef9835275, 0xfff62947f70f70fc
	.quad 0xbf4d000000000000, 0x80000000ff800000
	.quad 0x8004c0bf4a376fef, 0x7f80000040400000
	.quad 0x13be0cf4ea3a9cbf, 0x00fad24ebe3e7e00
	.quad 0xfff0000000000000, 0x4122587980fe0bc9
	.quad 0xfff585db0548cbf1, 0xd17cc144ffbfefdf
	.quad 0xfff0000000000000, 0xfff0000000000000
	.quad 0xfffcd0da3e181f95, 0x0490cb7da8c07f09
	.quad 0xff8000008063089f, 0x0000000000000000
	.quad 0x61ceadc9ebd9e3bf, 0xfff363e73ffffffe
seed37:
	.quad 0xffffffffffe9df23
	.quad 0xffffffffffffff14
	.quad 0x36c16b1aabfbd9a0
	.quad 0x0000000000000018
	.quad 0x5b470f3e385f3c40
	.quad 0x2223b3e085a74f2b
	.quad 0xffffffdd5c23f9b5
	.quad 0x7cb3a2687e7c3e71
	.quad 0x0000000000000213
	.quad 0xac5f1735c055ae4b
	.quad 0x00000000001bfd49
	.quad 0x63f3e45a5c77441e
	.quad 0x398de7df4b963cb3
	.quad 0x8000000000000000
	.quad 0x0000000000007c6f
	.quad 0x0000000000020fc4
	.quad 0x04400000
	.quad 0x00000000
	.quad 0xc013000000000000, 0x66c9c345ffe1b33a
	.quad 0x7f63b7f5ddf1d87d, 0x83668808fc863455
	.quad 0x3fab3a24b356b56b, 0x8b822a65db7ffffe
	.quad 0x7ed07b210a93dcb8, 0x7fad398c161eca8a
	.quad 0x7ff0000000000000, 0x7fcdd921baf2534c
	.quad 0x7fc0000080000001, 0x5cf8f06451ae8000
	.quad 0x0017745473488638, 0x7ef66f3a4fb11608
	.quad 0x3be5b4b27fc00000, 0x6ac5b3dd17e283ec
	.quad 0x469c8211fcaffff8, 0x377e516a7feb7a7b
	.quad 0x58b10356e280c2f4, 0x3eb7b797ffb7fafb
	.quad 0xfff0000000000000, 0x9a9641acd6f748c0
	.quad 0x7ff8000000000000, 0xc33b34ccc1482a58
	.quad 0x5cf464251e7ddb75, 0x8638a5eaf5f54738
	.quad 0x802fc27dc198d790, 0x0f586b264c692b63
	.quad 0xc34fffffffffffff, 0x800000001622509d
	.quad 0xd01c5f7be5fff5ef, 0x7ff0000000000000
	.quad 0x0db329fc1931cc21, 0xefabbcb3ddb1f97a
	.quad 0xd0d28a14ffc0072c, 0xbfaf10a87a8152fb
	.quad 0x9d08137e7f427a0a, 0x6b5c17f87ab5f0df
	.quad 0x7f615afdba9957a4, 0x3ff080007f800000
	.quad 0x80031ff7a9ab4096, 0xd0a40678c1662ca3
	.quad 0x403e17a213367f8f, 0x194f8801e7b7df77
	.quad 0x96bd2ecb5fbac307, 0x3153fc911552fc00
	.quad 0x8000000000000000, 0xc1140000411fcfb5
	.quad 0x7ffd2c7467c139b6, 0x8080000011584d80
	.quad 0x4012800000000000, 0x43f0000000000000
	.quad 0x7f800000ffc00000, 0xfdbad969c97f27fd
	.quad 0xc0510b0e0896fa87, 0xe4ae656d7874a050
	.quad 0xc0e0000000000000, 0x8d89b912acd0dda0
	.quad 0xf3ca85ff533880f2, 0xc066acce8728a42d
	.quad 0x89c4417b2371c6c0, 0x80039d32ddcec984
	.quad 0x7ff08d17a4a2b7f3, 0xc043e6f0568a3151
seed38:
	.quad 0x000013fed0445315
	.quad 0xf0c75246cf07f2b8
	.quad 0xfffffffd7fbd1530
	.quad 0x0000000000000000
	.quad 0xfffffffffffffce0
	.quad 0x00d7712119efaf21
	.quad 0x1b1169df4daac2b8
	.quad 0xda66229b069ce7ed
	.quad 0x0000000000000153
	.quad 0x000000000000000b
	.quad 0x0019479fa5f883c1
	.quad 0xffd0bc1686dac88c
	.quad 0x0eb3b0b459828f69
	.quad 0x7fffffffffffffff
	.quad 0xefce0a08ae0dd118
	.quad 0xffffffff80000000
	.quad 0x03400000
	.quad 0x00000000
	.quad 0x800e38ffdd241685, 0xd65066d7db8feb14
	.quad 0xc067354194ede477, 0xd355e0543cd2c000
	.quad 0xbec0000000422615, 0x7fff00cc93a6b694
	.quad 0x42ef2b84c3affcff, 0xfecc90417ffff155
	.quad 0xbfaf5fe4498a1701, 0x8000000000000000
	.quad 0x802d83a480000000, 0xdf43fb93c0400000
	.quad 0x6d6fa0443a188400, 0xbff308e2d5f0427b
	.quad 0x40e8000000000000, 0xfff1f2096edd2b7a
	.quad 0x7ff66359c8dc5175, 0x726a9003bb98e7a7
	.quad 0x62ee6e34fe800000, 0xde14cc0092ff4dbb
	.quad 0xc729000080000000, 0xa948b154667883ff
	.quad 0xedf430773ffffffe, 0xc9b00000c1745e24
	.quad 0xdf2e267a226a2b50, 0x800000003f800000
	.quad 0xcb4b3eeff0be3246, 0xfff0000000000000
	.quad 0x827a6bdadaeb8439, 0xbcf48205c0c80000
	.quad 0x6bfe1eccc90aa520, 0x7f800000006ffac5
	.quad 0x44cfdcbc4155ed1b, 0xff8000007f971151
	.quad 0x4eda84c28c337cee, 0xf25b76912f1c7cdf
	.quad 0xc0efffffffffffff, 0x00000000da000000
	.quad 0x4001500000000000, 0xf75c8e2bc17c0e61
	.quad 0xd43e2616ff8c3af7, 0x17f54ea2a0dbfc00
	.quad 0xc5025654c9092585, 0xb2aae38c7fe7feb9
	.quad 0x0000000000000000, 0x7fb6867cd42429a5
	.quad 0x433fffffffffffff, 0xe7e0edc82f192d21
	.quad 0x41da6c4f5ffffffe, 0xeabcb008fbdafe75
	.quad 0x7cbe28187fbee37d, 0x084ee7f860a2096f
	.quad 0xbfc00000481076ac, 0xc2fa54ac3e0043ec
	.quad 0x1a06b0c68b65d666, 0x0aaf56c9e62f7ad5
	.quad 0x40b800007fc00000, 0x001f0dc2d9045187
	.quad 0xbfe000001cc0fd73, 0x0028d8327261fd86
	.quad 0x3be0000041017b8d, 0xbffa000000000000
	.quad 0xfe800000817fffff, 0xd6d31d93b2da8001
seed39:
	.quad 0x00000000000001fa
	.quad 0xd21a29d168194026
	.quad 0x000000000000007d
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0x5e9098883fa97336
	.quad 0x0000001ebd3a7c12
	.quad 0xfffac065c149543c
	.quad 0x1a658857caeaf319
	.quad 0xb4b0a30a3d01484e
	.quad 0x80fa0d84881eb0f0
	.quad 0x0a717cdc8c692be9
	.quad 0x0000000080000000
	.quad 0x0000000000000377
	.quad 0x0000000001000001
	.quad 0xfffffffffffffdcf
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x7ab66ab95df87fad, 0xff8000009b63e20f
	.quad 0x0848230e3f1b0e44, 0xbfa0000000000000
	.quad 0x7f7c11017f800000, 0x1d0edffedf9235bf
	.quad 0x4198aea0d8fbad23, 0x80000000773ca02b
	.quad 0x565064cfffee8000, 0x754de3fd80000000
	.quad 0x80534eb800ffffff, 0x7ff8000000000000
	.quad 0xf1a5fef108fefc00, 0xbfd2713c1336c652
	.quad 0xc516727f8c72fbff, 0xc10c0000775c6189
	.quad 0x7ff3847a4d015d91, 0x6284829827a5466a
	.quad 0x7ff0000000000000, 0xbfab981bb0c3a268
	.quad 0x4010000000000000, 0xef535abbbebfde91
	.quad 0xb0796bd2c5ada8ae, 0xa89c7c8eeffffe19
	.quad 0xff8aab53bc3cf127, 0x3f9a56cf0012f51e
	.quad 0x4ca7ac8bfc76aaee, 0xd1e189c1d3216c25
	.quad 0xf919af17164747a0, 0x3c6843e240880000
	.quad 0x4167f7c6bdadbbb2, 0x1948319b3d342969
	.quad 0x3b843e128046be7c, 0xb03f5093fe915bfd
	.quad 0xff8000007c05b0b8, 0x1b041666aac6f815
	.quad 0xfff157986ef52db4, 0x7fdbc590febab4f5
	.quad 0x3a48524ee3bfc70f, 0x3c1a6c2b43671c4b
	.quad 0x00000000c2a44788, 0x9825fb14efdffbfe
	.quad 0xdb661da8f0afd777, 0xb30a7148ffeecefe
	.quad 0x80000000bf681561, 0x401f800000000000
	.quad 0xc169d23cc0c80000, 0x8031e01a47fffffe
	.quad 0x8000000000000000, 0x8095f3a6d8e65341
	.quad 0xa512e611203ab7b1, 0x0000000000000000
	.quad 0x8008000000000000, 0xdc1791b9f69764a6
	.quad 0x04c99cfc8eadfb09, 0x62006c7cffbf4fff
	.quad 0x23a5e6f0efffffdf, 0xbf88000000000000
	.quad 0xb3c1d5c3ffd7935d, 0xfff4f08b77091bfa
	.quad 0xba8013c5ffbfbf3f, 0x00000001d9800001
	.quad 0xcc14bd60e79df8d2, 0xdcd1ef85f96f7d92
seed40:
	.quad 0x3c30d89370a61777
	.quad 0x0000000000000068
	.quad 0x011bb5bf2c95e483
	.quad 0x0000000001a2e2b8
	.quad 0xe9a6a0f3ef1ad093
	.quad 0xfffffe626fccee6f
	.quad 0x77a375b5e69f3a2b
	.quad 0x0000000080000000
	.quad 0xaba0c6d911c5f7cd
	.quad 0x91a86f33ab8b3fc0
	.quad 0x00000000000000c7
	.quad 0x1ea70771ee0694d6
	.quad 0x0000000000000103
	.quad 0x12727d86ee87b08e
	.quad 0x2efbbc7afaa1e25b
	.quad 0xffffffff39e4d617
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0xb7eddc537fb1dfe9, 0xfff4c1e60d121685
	.quad 0x43e0000000000000, 0xc097083a0e93c094
	.quad 0x01c8e06a0f488cc8, 0xbfb589e6d4fe1654
	.quad 0xc06f07a39e16c08a, 0xbff742b2c2ad3885
	.quad 0x43dffffffffffffe, 0xf615968206cb325e
	.quad 0x022075be7ebaebe1, 0xeacf443ce6237400
	.quad 0x3cb6364cf4ba7a9b, 0x374000007f800000
	.quad 0xc2da59df3d17c45d, 0x9023ecb1eb85bdb7
	.quad 0x065bc812fefb6b52, 0xd839dfa289650000
	.quad 0x0000000000000000, 0x80ffffff18f3bb5a
	.quad 0xfff0000000000000, 0x47400000da7fffff
	.quad 0x80000001414f6012, 0x800000007aec56b9
	.quad 0xe42bf0cdb4537bf1, 0x7fafcf6380000000
	.quad 0xfff0000000000000, 0x9fe596fb4a0194c4
	.quad 0x22000b7039900000, 0xfff0000000000000
	.quad 0x19e1540567914e26, 0xb840000019d53ca5
	.quad 0x8000000000000000, 0x6d0c6c0eff000000
	.quad 0x4058b555a7de5509, 0x022ec59d7fe29c37
	.quad 0xff8000004f800001, 0xfff58a581d5dca82
	.quad 0x00366fa043f1b3f3, 0x97ccdf1977f6ffff
	.quad 0xff800000ffbdb3b0, 0xbff0000000000000
	.quad 0x426654b90591ebf5, 0xe6ed7fa4297fffff
	.quad 0x7ff3d8232acbe727, 0x7ff41a2aac495123
	.quad 0x40f1f58094fd4e0d, 0x9e655804ffdf7ca6
	.quad 0x00caa50e5b921f43, 0x75d0300fc8bdd215
	.quad 0x8aa73acaff800000, 0x40e87923013ea2a5
	.quad 0xbfd84b45adb4d5f6, 0x4000000000000000
	.quad 0xc368cd4d10e58c30, 0xb6c5e5e7f2957400
	.quad 0xf0dbb967a3f002f9, 0x40b178407fe13450
	.quad 0x08cb8b42b5911926, 0x1b91e673a665512a
	.quad 0xf19fa9dbf502fc00, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x4013000000000000
seed41:
	.quad 0x67511e9a09259a0b
	.quad 0x00001ae4ab8aa4b4
	.quad 0xffffffffff4712dc
	.quad 0x02448e6a956c2dd9
	.quad 0x000000000000000e
	.quad 0x5f1bebe1000896eb
	.quad 0x5dcec14755723571
	.quad 0xfffffffffe4161d1
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd54
	.quad 0x0000000000000143
	.quad 0xffffffffffffffa7
	.quad 0x3223d0c0a753491c
	.quad 0x00000000ffffffff
	.quad 0x000041656dff28d3
	.quad 0xe81319549080d9bf
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x7e29be16f26e513a, 0xb0843f8e0fda0c8e
	.quad 0xffddd419477f129a, 0xfdc610c93b980768
	.quad 0x05b3f9da85ec7e00, 0xc0155378ca47687f
	.quad 0x261990a9465ab172, 0x3e046679ffffffff
	.quad 0xf68604c6b7f2fff6, 0xbeb8b38c7deb4067
	.quad 0x4062000000000000, 0xd994cd47f7223b93
	.quad 0x04639ae247d25054, 0x699253df01715b66
	.quad 0x7e80000080000000, 0x95b4b13d5ef7fe00
	.quad 0x4382446d28a05a8f, 0x89afff844ffdfafb
	.quad 0x3f8c1e92da079668, 0x76d15185556d90c7
	.quad 0x7f8423ddf07c35ca, 0xc1dc00007e7f8af0
	.quad 0x3bbf800035dc0000, 0x776faff495fffebc
	.quad 0xffdfffffffffffff, 0x484000007f800000
	.quad 0xca14bb4ed9dfce00, 0x4d785e4effa83194
	.quad 0x0163ef102dc3b0f1, 0x6c97f667aeacfa5e
	.quad 0xc023800000000000, 0x8565d404ffa832df
	.quad 0x3254cfa6dfffffff, 0x40e0000000000001
	.quad 0xe847b35d00a0f3a0, 0xfff0000000000000
	.quad 0xa9e43675feff7e64, 0x409c000000000000
	.quad 0xfdf13a980ec2c1d6, 0xd338ceb80ba194aa
	.quad 0xfff1b315fd31ca02, 0xf944a7636e637e00
	.quad 0xf5dc9d04c7a6d340, 0xfff8000000000000
	.quad 0xfc6d9121807fffff, 0x7f800000bf800001
	.quad 0x89f69ebadaa9fa3a, 0x59a4d4e31f808001
	.quad 0xc1f0000000000000, 0x8000000000000000
	.quad 0xbb3000001704d2f7, 0xc700000147a6eed0
	.quad 0xe036303f983c0200, 0x40548006024df176
	.quad 0xb86c1e93fff6ffb7, 0x8100000019c59f16
	.quad 0x40148b16d87d985b, 0xff8000004124af97
	.quad 0x7ff7d4acde15fa80, 0xc00a000000000000
	.quad 0xc0880000afd02433, 0xc3ee7fe4a18302a9
	.quad 0x7ff8000000000000, 0xc134908619139add
seed42:
	.quad 0xffff3db5bc803377
	.quad 0x06e087552057973c
	.quad 0x61fcc36a80fe94bc
	.quad 0xfffffffffffffd72
	.quad 0xfffffffffffffca1
	.quad 0xfffffffb0e1e6be3
	.quad 0x0000000000000005
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd4b
	.quad 0x000000000020af17
	.quad 0x000000003babef0f
	.quad 0x3f8b25ed8122a467
	.quad 0x0000008e67079191
	.quad 0x0000000001000001
	.quad 0xaf92d54479bc09a9
	.quad 0xfffffffffffffccb
	.quad 0x02c00000
	.quad 0x70000000
	.quad 0x2b492f12ec363df9, 0x0010000000000000
	.quad 0xff9d4f49007fffff, 0x82e95f486c86af43
	.quad 0x800000008f3aa24c, 0x80000000ba58273a
	.quad 0xadd9dd3fff8f8266, 0xf5e7ea10372a95dc
	.quad 0xffe0000000000000, 0xc002000000000000
	.quad 0xfffcdb4b7b64e881, 0x6c31a96cddd73d00
	.quad 0x1343f358807fffff, 0xc36ae05f80000001
	.quad 0xdcbf0f38c6002a2a, 0xa6f8532994365a50
	.quad 0xd59aa910f1e45784, 0x1d07e2a7d405e931
	.quad 0x7ff9548c4ef1c0e1, 0x7ef13f692f9bfbff
	.quad 0x8000000000000000, 0xffd0d0733df47670
	.quad 0x3cec15928e64fd52, 0xb6a2f99a33414d87
	.quad 0x309f6ad52dcdfc00, 0x0000000000000000
	.quad 0xc07c954bf71144f4, 0x01c428a01d1299b9
	.quad 0x7ff531cdbc6cd00d, 0xda000000ff800000
	.quad 0xbffe000000000000, 0xc19e8dad82482277
	.quad 0xfe1c8ad85b866d71, 0xff800000c3dee67f
	.quad 0xd5134e4b2a3ddf15, 0x8ddaa494abdad781
	.quad 0x000deca2e2a7fd65, 0x6d10bf41dfb18589
	.quad 0x80bebe407b0b6616, 0x2ca535827820b847
	.quad 0xbc5dfb903e9229a5, 0xf7cbbb80db7ce78c
	.quad 0x7e39d1338f8ae106, 0x40e4000000000000
	.quad 0xb186deba3fcfba42, 0xb9400000fff4c870
	.quad 0x2beaacc6feffefb8, 0x00077f71059800e7
	.quad 0x1282fa2ca021ad2e, 0x00000000c7800001
	.quad 0xbf7e47ca3d6f67d8, 0x0031725f4a800000
	.quad 0x4ae2be6dd937bdaa, 0x800b7662aa428ef2
	.quad 0x3f36f237b8787c00, 0x997252d56e449fb0
	.quad 0xfdee82400ec7315b, 0xbcba13230c01fa15
	.quad 0x805303d200000000, 0x4015800000000000
	.quad 0x373c24e8412ea467, 0x3f056d81b97ccbf9
	.quad 0x297796ee2bf67bae, 0x0006c4947fd1f417
seed43:
	.quad 0xfffffc55946338ef
	.quad 0xfffffffffffffe41
	.quad 0x0000000000001420
	.quad 0x0954ed172c43d8bc
	.quad 0xfffffffffffffcf9
	.quad 0xa6f8acf2540202bf
	.quad 0xffffffff80000000
	.quad 0x2ef1fba93cab4cf4
	.quad 0x000000000000039e
	.quad 0x0000000000000001
	.quad 0x19faff3bd21bb1c5
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0x951c8dae9ee8f83c
	.quad 0x0000000000000319
	.quad 0x0000000000000081
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xc110000000000000, 0x7fb2e5ab70409d6f
	.quad 0xe778b471fdd7bbfd, 0x3fff98dad4f414b9
	.quad 0x374000007f800000, 0xfff07769b3eb79b5
	.quad 0x398f57ee3b7d2508, 0x78286536609be015
	.quad 0x7f800000002d6a63, 0x0000000000000000
	.quad 0x205cb6b643ef3bcd, 0xffdfffffffffffff
	.quad 0x680c41d3dda37c00, 0xff80000005647f9e
	.quad 0xca204affad5cdf7f, 0x800000013da00000
	.quad 0xdca939f9d55e3379, 0xffe7d0e47fa614a0
	.quad 0x1f95a0557e2a8000, 0x7ff0000000000000
	.quad 0xe1bff7d781cb8200, 0xbef7d41abf3da038
	.quad 0x81d8e0f205407385, 0xa18ccef7b2d9c255
	.quad 0x542d6e90befbdb6b, 0x6a34720eb49c4c7f
	.quad 0xf7ededc673febac8, 0xbff12379c3b95f1e
	.quad 0x4020000042937e01, 0xd83c2e77bf800000
	.quad 0x49f7c0fd7e69c700, 0x416fffffffffffff
	.quad 0xbfbe8f5ec9a45e6d, 0x7d8509ac8c04459e
	.quad 0xfe4794447d4e45f3, 0x0da8b71cfffd9b97
	.quad 0x7ffe1b44a9978f6f, 0x8000000000000000
	.quad 0xf942ec7f703ec930, 0x15c111e452a9a266
	.quad 0x7ffbedaa9bb5e163, 0x39a176437fa94049
	.quad 0x8e0c49b4ff90f138, 0xfffb78d7cac36e5a
	.quad 0x4640000067ee4e55, 0x0000000000000000
	.quad 0xbfdee164f116dc5e, 0xfff8000000000000
	.quad 0x000606ab1f3c2d07, 0x7ff580644f740b10
	.quad 0xffba8eb748a00000, 0x5143f71aa64653e0
	.quad 0x80a183ca9ba0c6ac, 0x807fffffffa0a480
	.quad 0x0281b5869be0f5cd, 0x0040000049040000
	.quad 0x03b61fd895b927a0, 0x3ac43c54c7fffffe
	.quad 0xa35d1af8b668fc00, 0x755833582a3902b6
	.quad 0x817fffff7fc00000, 0x800000008bd18e73
	.quad 0x4451dabae10dc740, 0x3fe038d2249c4e2f
seed44:
	.quad 0x6975b3a413eeee2c
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffecf
	.quad 0x0000000000000f5a
	.quad 0x0000000000000351
	.quad 0xffffffff80000000
	.quad 0x000000000000025e
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcfe
	.quad 0xffffebc26982d2ab
	.quad 0xfffffffffffffc52
	.quad 0x0000000000000000
	.quad 0xc8f8b5558bbcfe58
	.quad 0x0000000000000099
	.quad 0xfc4a95985621ae21
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x868de023b58daba5, 0x8c177fb42b7b38e0
	.quad 0x9f03af327a7ffeb7, 0x7f89cbc368a5803b
	.quad 0xc1efffffffffffff, 0x43ce987478acfa4b
	.quad 0xfebe903c7e68ffff, 0xfff67b2277eec90f
	.quad 0xed9cca93017fffff, 0x73527d3c7fc00000
	.quad 0xbfe3800080400000, 0x7f800000007fffff
	.quad 0x7ff0000000000000, 0x7f9a1abbff3e576f
	.quad 0xfff8000000000000, 0x40c8000037b00000
	.quad 0xc03000007ed5a84e, 0xb2ce08d4b5e3d1fe
	.quad 0xc01eefc7653efaa3, 0x40f00000e0a00dc0
	.quad 0x00000000c040dc2f, 0xc038000000000000
	.quad 0x9d3243ed2759646f, 0x4399cc1bedb0e154
	.quad 0xc74b2c7c54c8aecf, 0xe0712965f9eb4d40
	.quad 0xcf4adfc6ff8ffeef, 0x3f4861c6df2d9df2
	.quad 0x3fc1e8a89bf5ae0e, 0x4490000047800000
	.quad 0x802efb6e2e70c93e, 0xc022800000000000
	.quad 0xff62aefc27a44cd1, 0x8000000000000001
	.quad 0xbd7ab100c2f4894a, 0xffb2b78f134bb845
	.quad 0xffb7bea0ffca6ef2, 0x00340fd080000000
	.quad 0xbffa381b595f2c1f, 0x3fcbb1db4393b1b3
	.quad 0x7ffe86db1bcde979, 0x13f7f4e422df829b
	.quad 0x95279d23bf98c1d2, 0x66ac245217e17c00
	.quad 0xcf85411c6bc7de88, 0x3fe607e9c8942225
	.quad 0x75b510607f96f997, 0x6f491a66c92789e1
	.quad 0xd270ffdb6fbfff4b, 0xc111dc9d80000000
	.quad 0xbf53400000000000, 0x28d97ad65bd5ffad
	.quad 0x28f7e697c499ff1c, 0x7ff0000000000000
	.quad 0x7e2d1d63ffee7c00, 0x6cb6267fffb56f7b
	.quad 0x121dc6ae7f800000, 0x68cafa3e2fee02e5
	.quad 0x6c3c749e22f47ead, 0x01000000bffffffe
	.quad 0x027b5746f224fad2, 0xc282ed17bfcffe79
	.quad 0x6fae0ecbbe806b40, 0x755416dc7f7eff5a
seed45:
	.quad 0x000000000000001f
	.quad 0x000000007fffffff
	.quad 0x0000000007964aae
	.quad 0x0000000000000042
	.quad 0x0000000000b5ad2d
	.quad 0x000000000743e469
	.quad 0xffffffffffffffd3
	.quad 0x78de9434e076e089
	.quad 0x000000000000008d
	.quad 0x7fffffffffffffff
	.quad 0x26c31994421b64b5
	.quad 0xec0e260c99f96a9f
	.quad 0xfffffffffc53719d
	.quad 0xffffe6b50f2a4b05
	.quad 0xffff4ff11ceb8334
	.quad 0xdf831990bc3351ae
	.quad 0x07000000
	.quad 0xb0000000
	.quad 0xb16d8f6c8033a812, 0xbfa1b8b39252226a
	.quad 0x41f00000c7420000, 0xbf600c898042d2b2
	.quad 0x410c0000bf802514, 0x74ac639fdd968cd5
	.quad 0x3d6cd25ba8bf4740, 0x7fcfaa2f47d2725f
	.quad 0xc021800000000000, 0xfff55631599a3e24
	.quad 0xbfd201328e86431d, 0xba3f600f6e491a2f
	.quad 0xf6a3002e4a0aff8d, 0x4015000000000000
	.quad 0x8000000080400000, 0x233e83369e0c1cdc
	.quad 0xc0f800003ffffffe, 0x7f8000003ec624af
	.quad 0x42bbd184424a1869, 0xac3b3dd5b2bca2eb
	.quad 0x5c56de70efff7def, 0x0000000000000000
	.quad 0xff7fffff00000000, 0x801cd942f17cbf4b
	.quad 0x800000007fc00000, 0xb2acf839579249ef
	.quad 0x931e46c73e9b340e, 0xbfc4942aba080000
	.quad 0x3ff0000000000000, 0x00400a093c3bebbc
	.quad 0xc282ad7c4fffffff, 0xfff10a368539f017
	.quad 0x406b000000000000, 0x000000003f580000
	.quad 0xc06dea70bbb63c32, 0x8000000002df2545
	.quad 0x91a7264ffcfca55c, 0x000d32ca78af55c7
	.quad 0x1be7f256ff4edfff, 0x4012224da60c2952
	.quad 0x8764a2e4017fffff, 0xfe22de4440a00000
	.quad 0xf0aaf62b001ac593, 0xbe088c49ff96c128
	.quad 0x892be4b05472c48d, 0xfff8000000000000
	.quad 0x7dd9b207a9bed0c3, 0x40f800004235e019
	.quad 0x5af92d317ad7f400, 0x3fb8000000000000
	.quad 0x8345418a64d72ef9, 0xf04586d145fd0000
	.quad 0xc5d890963f8dfd73, 0xbe16c0b2c0b40000
	.quad 0x0a0a72b9d94ffe66, 0xff8000007f800000
	.quad 0x2839385fae265fa6, 0xd63ae58fffbd4fb7
	.quad 0x7fb547f9c1060000, 0x800000007fbe2896
	.quad 0x6942e7b28c3b9d01, 0x02978ef314425b59
	.quad 0x8ffacdf7897aac13, 0x80248e9be393e975
seed46:
	.quad 0x9fde9d35e5ef3c3d
	.quad 0x4f178d807df41673
	.quad 0xfff4176de2e90276
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd38
	.quad 0x20c0d14bdb61b0ab
	.quad 0xa9d8115ccd32674c
	.quad 0x59d58944befb6908
	.quad 0x000003933e6b26cb
	.quad 0xeb2fede35a935185
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd86
	.quad 0xffffffffffe48c45
	.quad 0xfffffffffffffe32
	.quad 0xffffffffffffffff
	.quad 0x00000000000002bb
	.quad 0x03400000
	.quad 0x40000000
	.quad 0xeed6c0725b95f9f7, 0x651d06fa7f2e7fff
	.quad 0x89d7bc01757bfffd, 0x004384ea5590a435
	.quad 0xc021000000000000, 0xa7ea679a5aff847c
	.quad 0x3f155a265f7ffffe, 0xff800000c0d80000
	.quad 0x43ff023e733d1500, 0xffc1a72f11b127bc
	.quad 0x933f266c63e1b2b9, 0xc015800000000000
	.quad 0xbbe6f8e6aa2a9c75, 0xbf5512fbd9800001
	.quad 0x7c8b2781e8a77f0f, 0xc0d5700000000000
	.quad 0xfff5e8cfad402c7e, 0x6d89718100749fde
	.quad 0x800c4f863dca43e7, 0x3ddccf8f43d42673
	.quad 0xfd84b486bd80ef8b, 0xffc00000063631e2
	.quad 0xe4d5dba1ffd65998, 0x8bcff869d5509400
	.quad 0x40271f96a2ad82f2, 0xbfe8000000000000
	.quad 0xea8bb1032c8130a8, 0xf805a525ae127ac0
	.quad 0x6acde929d4108000, 0x5e79111765228e2f
	.quad 0xfe800000cf000001, 0x7ff0000000000000
	.quad 0xc35a788a00000000, 0xc06a0000c0000000
	.quad 0xb97837e44dc08200, 0x4d2e27fc7ffeb7dd
	.quad 0x0000000000000000, 0x801f152df2a8d4d6
	.quad 0x9994be0f7e4c7310, 0xffefffffffffffff
	.quad 0x890b88097fc7ab1b, 0x0000000000000000
	.quad 0x4000000000000000, 0xf274220763c5c000
	.quad 0x3f7a238bb3d29525, 0x158a6c095a3841ad
	.quad 0x409c128dcc714780, 0x00000000fb9e8279
	.quad 0x8000000000000000, 0xff97117900800000
	.quad 0x0bce0be5d9c21f22, 0xecef01633ffddb7e
	.quad 0x7f800000c293b098, 0xffd4e9afafd8ef14
	.quad 0x1552bd6f3fffffff, 0x113b257dffffb1d0
	.quad 0xbfe65d08aed427e1, 0x48449db94838fc00
	.quad 0x415fffffffffffff, 0xd12f90d6bdbffce7
	.quad 0x8c7a13e7fffb79ce, 0x00f0597980000000
	.quad 0x81e7f43a3fff9afe, 0xa58de28ef23efffb
seed47:
	.quad 0x000000000000038a
	.quad 0x8c7eedf3ac8d9283
	.quad 0x001f1698f6f6d6e7
	.quad 0x00000000000001ac
	.quad 0x000000000000015c
	.quad 0xd7f93b4221e3a0f8
	.quad 0x0000000000000214
	.quad 0xfffffffffc7c95a6
	.quad 0x0000000000000000
	.quad 0xfffffffffffffce8
	.quad 0xffffffffe693c395
	.quad 0x00000000000002ec
	.quad 0xad3b3c7d3d172058
	.quad 0x7fffffffffffffff
	.quad 0xfff27a5aa7384823
	.quad 0x8bfc8f534cdf999a
	.quad 0x03400000
	.quad 0x10000000
	.quad 0xbf53000000000000, 0xfee0fc543f666cd1
	.quad 0x800d305a0ca681e3, 0x17dcaf9d00485566
	.quad 0x5f800000433656f7, 0xd17cdb54f0ff8000
	.quad 0x7ff576931e7ee8e9, 0x01c110d73c482fb7
	.quad 0xc039c72bbf4e4996, 0x2a0fabf5b51cd3b0
	.quad 0x7f80000016be11f7, 0xe6901bcb3f000000
	.quad 0x7feed9e8feaa5600, 0x7ff17d49c2c72190
	.quad 0x778fe113c1bb1b37, 0x4014800000000000
	.quad 0x4045c3aef9994157, 0x8c025f9ecfffffff
	.quad 0x725263a31206411d, 0x6e4b4c10c15ca5c9
	.quad 0x0f86d245be4c25d1, 0x88a9f5fc099a9794
	.quad 0xc1d0000000000000, 0x761b46b7f28b7046
	.quad 0x0002e92eefdb34c4, 0x41ca6c54236e3199
	.quad 0x6b865de821753773, 0xfff0000000000000
	.quad 0xc11e00006c553393, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0x7da6c28574647400
	.quad 0xe82779f6c6fdf995, 0x7ffb2d51c5336dfa
	.quad 0xffc000007174d4b8, 0xbae6c72ba4bffdff
	.quad 0x7fe2bec23ce188e8, 0xee4380c537677e79
	.quad 0xbfffffff7fe94fd1, 0x0ea3481c7f800000
	.quad 0xff8000003f9c9487, 0xc2994ec7005f30bf
	.quad 0x93c16249f8c57b73, 0xc0e0000000000000
	.quad 0x80dbb9b200000000, 0x073e9f9d8026a16d
	.quad 0xa1a878ee95dd8200, 0xb4b77b34962f46b4
	.quad 0x6861da2200000000, 0xcffffffeb68c0000
	.quad 0xfff8000000000000, 0x7f800000bc400000
	.quad 0x00b4223398868922, 0xfff0000000000000
	.quad 0xd179cc96fdf7eb69, 0x03322a5450807bff
	.quad 0xbff0000000000000, 0xc7fffffe909fe1e5
	.quad 0x7f8000005f000000, 0x400e000000000000
	.quad 0x40a1c00000000000, 0xbb94f8457f800000
	.quad 0x115eb6c6bf004be5, 0x9bcd3475f0a6fc00
seed48:
	.quad 0xef5eb9f7f0a47d70
	.quad 0x4ec30bcf769a9cce
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffffd
	.quad 0x0000000046616381
	.quad 0x0000000000000199
	.quad 0x29dc94aff9433cbc
	.quad 0x0000000100000000
	.quad 0x000000000000382f
	.quad 0x0000000000000001
	.quad 0x000000000000000c
	.quad 0xffffffffd0ee6633
	.quad 0x3e273fb02def8b77
	.quad 0xffffffff80000000
	.quad 0x1114b1cde1bf0cad
	.quad 0x06400000
	.quad 0xd0000000
	.quad 0xff9a42d7fe800000, 0xbff4f0bcdc61912d
	.quad 0xd73bcf4e87cd27bf, 0x000c444c0db8d641
	.quad 0x4a76529351f009e9, 0x0040000043f7de0d
	.quad 0x7fc0000056a47b29, 0x7fadb93aefe1cddc
	.quad 0x000981e040b80000, 0xc12c800000000000
	.quad 0x50a24af445e40000, 0x6f97c0eb95beb743
	.quad 0x04aafffa17d3f9c9, 0x7fc000007f8e948c
	.quad 0x412823e5bffffffe, 0xffefffffffffffff
	.quad 0x0008000000000000, 0x006a759143ac8000
	.quad 0xa2429882952d3d45, 0x9107ff0dffefffff
	.quad 0x29cb53c3808f632b, 0x668d452ee1b00000
	.quad 0x776603f5407e8717, 0x7f80000080785f91
	.quad 0xc77bbe94ffe44abe, 0xb2b3e201b6bb54e4
	.quad 0x008efefefc279e8b, 0xfff7d7a9ae1a43e2
	.quad 0xb69d1d752546b9f8, 0x00000000ffbeb557
	.quad 0x7edc1e1dbf6ea616, 0x00919d6561510d06
	.quad 0x80000000c2600000, 0xeb739761fff83c00
	.quad 0xc38a854ac2ce07c3, 0x7f800000c0f4c8eb
	.quad 0x98cbd3b944350341, 0x38000f80b56a7ba0
	.quad 0xb78e00003f59ae18, 0xaca89a57351bf809
	.quad 0xa5e65fc5ac227994, 0xfe777b9e923ba189
	.quad 0xff800000f90405d4, 0x990b6ea07f800000
	.quad 0xd02ec2b0265a29ce, 0x5e89851fffefe442
	.quad 0x3f068000d22be5ca, 0x0501e967acd4b0dc
	.quad 0xc04c3c9a80ffffff, 0xbf6b7a453f504a0a
	.quad 0x402de85eae8b0f95, 0x000fffffffffffff
	.quad 0x3eb6000000000000, 0x65b68b69db811289
	.quad 0x37576dbcdfdea7a6, 0x95151ea11e6f309f
	.quad 0x00047daedb12ef82, 0x40502497c9772c79
	.quad 0xffc000007f800000, 0x40900000c1000000
	.quad 0xf2fe62ead1893e02, 0x3f78a39ada90cd4d
	.quad 0x7eba03de645b5f02, 0x3fcd6a5a31b507f0
seed49:
	.quad 0xffffffffffffffff
	.quad 0x0001edcbd41bb775
	.quad 0xfffffff68b32ddb2
	.quad 0xaf7be9f5ca126124
	.quad 0xffffffffffffffbc
	.quad 0xfffffffffffff987
	.quad 0x0020000000000001
	.quad 0x000008a6c21386bf
	.quad 0xfffffffffffffd90
	.quad 0x0001f35160689ecd
	.quad 0x0000000000010a59
	.quad 0x0020000000000001
	.quad 0x98416a04da970d46
	.quad 0x3a63a4f0b14c2ee1
	.quad 0x0000000000000000
	.quad 0xfcb627066be558d2
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0x7fefffffffffffff, 0x19e9c1918a115677
	.quad 0xca91494758dafbae, 0x64fb0c1ee5904b15
	.quad 0x01009ffcedf0e236, 0xbf95025011283e2a
	.quad 0xb6b3732c2f1f0bd1, 0xc73f5a183a6f112c
	.quad 0x22a5c1ec0c1d00e8, 0xadafa4e69717fee0
	.quad 0x7f9952f1c1080000, 0x8b23e3b2fa6a3acb
	.quad 0x0006e8f28a351208, 0x936edcd8c9b45f70
	.quad 0x40e40000ed5ac193, 0xa038a7311d804e9e
	.quad 0x5200e6c0ff807af5, 0xbfb9447a8a3a3a10
	.quad 0xffc00000817fffff, 0x693a5a5bf9fc5b71
	.quad 0xc1f37ef37ff59686, 0xe7c0dc1fcf363fee
	.quad 0x8000000000000000, 0x000f88bad6bdda3a
	.quad 0x76fdfaba80000000, 0xbfb73e67e7c0217f
	.quad 0x7ff8000000000000, 0x80265dcf8d2f37e7
	.quad 0x7ff416a38a8849d7, 0x2d11ac41b4a2760b
	.quad 0xfe267d77f474b70a, 0x017fffff5a000000
	.quad 0xbc7100000032257a, 0x8010000000000000
	.quad 0x078c45b250a07c1d, 0x5b5f29ed7ec7b01f
	.quad 0x7d973e7c2da14b73, 0xa9323f7a9275fb13
	.quad 0xffc2305faa221f1e, 0xc9022958b7112b38
	.quad 0xc2241f871c587d27, 0x8000000000000000
	.quad 0x0022335ac0e40000, 0xac3e591e608b7848
	.quad 0xf1dfa6390039c540, 0x12f5c679161fa5f5
	.quad 0x7f800000ff9f3ad5, 0xffb726ad8c9899aa
	.quad 0x7f800000ff800000, 0x70786d1699b9a310
	.quad 0xf5f0b4d0a1c90332, 0xffff434f588f7906
	.quad 0x02abbc7a0deb3151, 0xfff7b5097052ef9f
	.quad 0x74ec5816a66bf621, 0xef38a7d4dc4ac198
	.quad 0xffa3422a7caf7422, 0x8008000000000000
	.quad 0x83daf3f4999c6cfc, 0xc030000000000000
	.quad 0x8008000000000000, 0xca9022f07fbff8ef
	.quad 0x1d2469435763bc01, 0xfff09156a28f937d
seed50:
	.quad 0x0000000000000075
	.quad 0x0000000000000000
	.quad 0x0000000000000232
	.quad 0x71abf66be6656388
	.quad 0x4636e128ba5b6b54
	.quad 0xfffffffffffffec0
	.quad 0x0000019ee8cbd176
	.quad 0xff6636350e240fc6
	.quad 0x00000000000003a7
	.quad 0x00000000000002b4
	.quad 0x8ceab18439daa97f
	.quad 0xfffffffffff1b987
	.quad 0x0276ac90abd241f9
	.quad 0x000000000000003b
	.quad 0xffffffffffffffdb
	.quad 0xfffffffe33e1365a
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0xfff9e0203a4b8011, 0xd6f3d76aff7ffffe
	.quad 0x17cabcbb53a16763, 0xc211560180131e42
	.quad 0x4021800000000000, 0x4002000000000000
	.quad 0x7efffffff100ab9f, 0xff9990b7ab7e24b1
	.quad 0xf823469b69e9d2e3, 0x3feb200000000000
	.quad 0x99d8bfd9f0bcf8f4, 0x7ff649c9187a34bd
	.quad 0xa3d6b5e9c5517e00, 0xffe0000000000000
	.quad 0x102cde7480000000, 0x1280d02000ce1ad9
	.quad 0x0b2bebaa47000000, 0x7fbce7d9ff98d09e
	.quad 0x51fcae1fc75faeac, 0xc4ac2cd1603b7e00
	.quad 0xec31cceded7bfbe6, 0x0000000000000000
	.quad 0xfe800000bf000000, 0xffa55464ff9b8b3e
	.quad 0x400e000000000000, 0xbc4b257b0ad80000
	.quad 0x4019800000000000, 0x0af6a98ebb46a7c2
	.quad 0xffd787a4c6d0b297, 0x3fe5645c07b18f69
	.quad 0x7f56b58557a13da3, 0xd06c89ff7c5f7ff4
	.quad 0x3cdc00007fa5a19e, 0x12c79e6eff39fa67
	.quad 0x0000000000000000, 0x000fffffffffffff
	.quad 0xff8fc088f379784e, 0x438f793701000000
	.quad 0x406774284014e197, 0xbf740000ff9c79bc
	.quad 0x7932cd977fc00000, 0xc03f55675f8fa3c6
	.quad 0x517b4027bac2ade9, 0xfff8000000000000
	.quad 0x425da9173f0aa01a, 0x30a30becc7d4fa2b
	.quad 0x32aaee26fc995614, 0x2c833dbbc36f7c01
	.quad 0xa2b3dd9c3c96606a, 0x60ac524f7fc57bff
	.quad 0x898aefdc917d8d73, 0x800c3f594a95ab81
	.quad 0x801fffffffffffff, 0xfef79083802b432d
	.quad 0x8000000000000000, 0x7febd4694fc81327
	.quad 0xe698f522bcbffd53, 0x1096c785f1d7fffc
	.quad 0x433d07163e318f86, 0xf95dcf417f8d07e4
	.quad 0x240ddca91c393400, 0xb2ae8017cdfecfff
	.quad 0x52c135c8ce900000, 0x7f8f0f9f00000001
seed51:
	.quad 0x38cbb3b5cb00b270
	.quad 0xfffffffffffffc6b
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0x1b4e4bea96d006d5
	.quad 0xfffffffffffffc53
	.quad 0xe49be0b80d539dcc
	.quad 0xb70a822f46cb7229
	.quad 0xeb044bbb668b5219
	.quad 0x0000000100000000
	.quad 0x2051c2bd6c450bec
	.quad 0x000000000000016f
	.quad 0xffffffffff34e0aa
	.quad 0x0000000000fe6f99
	.quad 0x0000000000000001
	.quad 0x00000000000002f9
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x65b93c8f35e004fd, 0xc2468ace7f800000
	.quad 0xffe0000000000000, 0xbf9a1e5a23dcbedb
	.quad 0x7f97d4b1ff800000, 0x4a084f7af7057800
	.quad 0xf23929a72a8cfe00, 0xbb952bdaffc00000
	.quad 0x9d19b505bdc00000, 0xfff8000000000000
	.quad 0x713cafd0bbf9b5cd, 0xd906a0afef70cbc7
	.quad 0x3ba4391bbd33f097, 0x43eaec5240600000
	.quad 0xff80000000400000, 0x0000000000000000
	.quad 0x3fae4e1cd1691afb, 0xd94bca07f06fcb6c
	.quad 0x7ff42b25bbe55a0d, 0xbf8be33b61a40696
	.quad 0xd793f0124d6ffcda, 0xa34719dbdd46f9a0
	.quad 0x2a09a8cbfbddf3f7, 0xc11c0000ee82dcdc
	.quad 0x1a1c6dfde1ffffff, 0x8886ecbaffeafef9
	.quad 0xc1f0000000000000, 0x3fa89e40c2843e0d
	.quad 0xbffa000000000000, 0x800c588ef973629d
	.quad 0x7f9ae325ffe3d81e, 0x73f709b5f29eb26d
	.quad 0xff8c34d9f7b564aa, 0xfc301a7ac7bfffc2
	.quad 0xff5c0f51ff950801, 0xcb24eaf97dfefd71
	.quad 0x2fd662466b925121, 0x3f8bd2e76dbb5974
	.quad 0x2c3ee97f34eb030c, 0xc0257590111782bc
	.quad 0x000f81367f8bffdf, 0xbbd538c447800000
	.quad 0xfa956bc618b94500, 0x3ff0e2911a7ff631
	.quad 0x2dee3bf21e7f5521, 0x407699491e025635
	.quad 0xda3a5578f3df7ad5, 0x030461bb3b361e1c
	.quad 0x7f9d99d5cf000000, 0x80000000803a096a
	.quad 0x8ca12ebc0028a02d, 0xf4c0922540a00000
	.quad 0xbfd00418d84ad0cf, 0x68770e6cd30f29a4
	.quad 0xc0e8000042011dd7, 0x442067ff4a97fcc4
	.quad 0xc019000000000000, 0xff01b30afd7ffe9b
	.quad 0xc300000000000001, 0x3dfd07993ca6ed1b
	.quad 0x2ea5934fe3bbfdfd, 0x7ff0000000000000
	.quad 0xab215dd18eb4fcad, 0x4008000000000000
seed52:
	.quad 0x682415c54b018a6d
	.quad 0xffffffffffffff13
	.quad 0x59c6ad474ddd68ed
	.quad 0x0000000000000005
	.quad 0x0000000000000b1a
	.quad 0x1e772df5fb5d2b81
	.quad 0x000000688f043902
	.quad 0xffffffffffffff13
	.quad 0x00000000000002b0
	.quad 0x0000000000014876
	.quad 0x06fd25843830a0e0
	.quad 0xfffffffffffffdd1
	.quad 0x0000000100000000
	.quad 0xa8c06eb06aa4f54d
	.quad 0xffff09d81af99be5
	.quad 0xfffffffffffffd47
	.quad 0x00800000
	.quad 0x50000000
	.quad 0xbf3a000000000000, 0xde22648fddff52f9
	.quad 0x226bd35e67cf6908, 0x4ccdd6dbc00f7e00
	.quad 0xed26d38c97b17ad1, 0x3f94740178dcc7b4
	.quad 0xcfee5809ffe624c6, 0xfdf576fcffbce081
	.quad 0x475727dbc2edf6fa, 0x664922c87fa7949e
	.quad 0xf85ea242bcaf6342, 0xffa6f2ccfff7c0e1
	.quad 0x969c78e2f57602cc, 0x3135cc01ffed78d3
	.quad 0x8099e47aeebc9589, 0x7f800000bc9ef2cc
	.quad 0xa756f579ff8b7c9e, 0xc166eaa262ab7eac
	.quad 0x810000007fbc62f3, 0xd8a3f9405f0ec771
	.quad 0x80156d667a55b1a0, 0xb63a00007fa18c60
	.quad 0x9f938dd224a00000, 0x7ed2d1588e4e6b6f
	.quad 0x7ff0000000000000, 0x3fa809d67b9da369
	.quad 0xc32dd313ffa783da, 0x62af71cb1b7dd76f
	.quad 0x7fbb91b4f101dd34, 0x1f8404f7e1d16b6c
	.quad 0xbd5f7da8e9f3d429, 0xc0800000c0ec0000
	.quad 0x00000000776b12bc, 0xd7e867f4d1c820a0
	.quad 0x19bb1ae4673680bb, 0x9c7d2871d3700000
	.quad 0x63c80cf005647c00, 0x5d8d816cbff45fca
	.quad 0x000cb18538cebef9, 0x00000000c1100000
	.quad 0xbb009214372d4d80, 0x5fe2608efffdfbcf
	.quad 0xaa174b8b623d991d, 0x3f8c9537dfcc14a9
	.quad 0xe9e46e702afaa7f8, 0xf9cab0e1143a45ab
	.quad 0x2ee0d9c320407c40, 0xbf787ad29ae1b79d
	.quad 0x823e98e5ef7ffdfd, 0x18b42ad61aae5ab5
	.quad 0x6c1f90b9535981d8, 0xff55350147000001
	.quad 0x3ffbb51efbf5fdff, 0xc7057169245afd7b
	.quad 0x4e3d858e9612d528, 0x014b85a37f800000
	.quad 0xbe1980a3ffd3b5b1, 0x9eee0b23cf73f2fb
	.quad 0x8000000000000000, 0xffc0000040000000
	.quad 0xbe2ecf2a38000000, 0xfe70ddaca03ac3b6
	.quad 0x270c893d2ba32b8a, 0x16fef4f3c6a40000
seed53:
	.quad 0xfffffffffffffc8f
	.quad 0x00000000ffffffff
	.quad 0x0a676a5faefc034b
	.quad 0xfffffffffffffd63
	.quad 0x024baa325a3c08a1
	.quad 0x477a5e3a1088fb07
	.quad 0xfffffffffffffef8
	.quad 0x0000000000add1d8
	.quad 0xddeabc6b7c0dce73
	.quad 0x0000000000000366
	.quad 0x79a850e7fe2c7a4b
	.quad 0xfecad6d9502fec91
	.quad 0x0000000000000000
	.quad 0x000000000000004d
	.quad 0xfffffffffd743b3f
	.quad 0x000000000000003d
	.quad 0x02000000
	.quad 0x10000000
	.quad 0x42a0000097f3f978, 0xc0fffffffffffffe
	.quad 0xd02cc2a8fbdffeaf, 0x3ff3712820336725
	.quad 0x99de4c1afd57ef61, 0xc014000000000000
	.quad 0x7ff8000000000000, 0xcf00000141200000
	.quad 0x80ce58317f800000, 0x7fbc667ebc200000
	.quad 0x36e00000805dfd30, 0xb00abe16721e0599
	.quad 0x4f7fffff80000000, 0x987ad3d75292fbff
	.quad 0x7faf2f493dbb0000, 0x966cdde9ffff7bb7
	.quad 0xff8cb637bfffffff, 0xbf73fc61a83d9674
	.quad 0x1517dac3bf2574e6, 0x9f44697dffc00000
	.quad 0x3372642fa5d63339, 0x70569abad17fffff
	.quad 0xed5d6630bc8af965, 0xff8000000b5703bb
	.quad 0x7c75f0559077d3ce, 0xf2d8ec533f4011e3
	.quad 0x2edd7df4a9bd7323, 0x7cda6e6b9cd2cd80
	.quad 0x7845ad557e08bd68, 0xf856926de2c09f3e
	.quad 0xac1b81656bddb6c8, 0x000000003e31a19b
	.quad 0xc012000000000000, 0x2c5526c7ff3f775c
	.quad 0xfc80cfe2fc13de8d, 0x2d39967259800000
	.quad 0xb00b9e7797bfefd9, 0xd51439c7c8444540
	.quad 0x5dc240865c06807e, 0x4009abcf951966f6
	.quad 0x40f800003cda0b89, 0xf0b7762be6ffd569
	.quad 0xfdaf641acb12a79e, 0xc0400000ff800000
	.quad 0x2012144f107c7fc3, 0xbed1000000000000
	.quad 0xa0f1d029ffe6ffdb, 0x4073ab7137dbc552
	.quad 0xbe9f050adf7ffffe, 0xbf800000ffc00000
	.quad 0x80aa8b2403bc7b48, 0x42c9946f8078005c
	.quad 0x22e9042ffeed82bc, 0xf782c5b0f13b8400
	.quad 0x3fb4b622fd638000, 0x82139721c7f32913
	.quad 0x403000003eef9256, 0xbf9b8b795afd25db
	.quad 0xc0121c78f9f16bf7, 0x672072ccef16ffcc
	.quad 0xc01a000000000000, 0xc279cab4bf317055
	.quad 0x8000000000000000, 0x7ed2f34cff800000
seed54:
	.quad 0x1876fa0bf6a70607
	.quad 0x0000004e1b1f21c8
	.quad 0xffffffffc0efe4a0
	.quad 0x0000000000000189
	.quad 0xffffe554160c8b34
	.quad 0xffff60c0a3e34015
	.quad 0x26bc95ed69a7141d
	.quad 0xffffffffffffffb3
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc80
	.quad 0xfffffffffffffd7b
	.quad 0x1d5121399ebb09c0
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x0000000000000106
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0xb56d8f27f42b9331, 0xb0c7ea193d7fbf97
	.quad 0xf9fc40b332840000, 0x3fa493ac83aa8bfa
	.quad 0xd1d19a5bba018000, 0x4076cc76ba26a502
	.quad 0xd105b5fa8c504711, 0xd5abec4c3ea3a0bb
	.quad 0x3fd40f771c4f4d54, 0x9e4a3116003dc636
	.quad 0x4016000000000000, 0xc10409837f800000
	.quad 0x7ff31f8c0491fc25, 0x92ce16a316544d1e
	.quad 0x43bcf7de81799b24, 0xc0caaaf256d4dc3a
	.quad 0x9e331d4c975a0381, 0x7e8000006e025318
	.quad 0x1661c4f88565552c, 0x3ff0f86f94da7596
	.quad 0x8ddb9103ecc5632a, 0x3f79cf685bed5f1f
	.quad 0x8000000000000000, 0xbfe932c5efcd8e57
	.quad 0x000000007f821078, 0xdded3558c6973eb7
	.quad 0x3f5715f2061cd93d, 0x3b91dd05629cd388
	.quad 0x404cd0bf11c23035, 0x7eeb437dca9bf515
	.quad 0xbf15200000000000, 0xc002000000000000
	.quad 0x8007dc43ff800000, 0x4012000000000000
	.quad 0x80007cd7ca190243, 0x3388bb7fffffddfa
	.quad 0x8a984cfcc8d40278, 0x1de6d1a0c84d3c00
	.quad 0x65b61967f97f0a6b, 0xd4581d87edfafff6
	.quad 0x48cf0000ffbafd9c, 0xc1e0000000000000
	.quad 0x40f0000000000001, 0x468c0000886bb188
	.quad 0x7ff05887d8e0bda3, 0x148dad344cc589e1
	.quad 0x37c166feff8c5cff, 0x1f178655ff8fffff
	.quad 0x8dd306313f0148a0, 0x8252a9ce86c588c6
	.quad 0xc1b5e3f33f75ccb1, 0x9bfaf3e7aee28000
	.quad 0x4015bf6c7f800000, 0x59270a918dca3d00
	.quad 0x7f8000007fc1c4cb, 0xbff09a59ff81a57a
	.quad 0x928477c1f7edd422, 0x3fb19ffb42b95489
	.quad 0xbfb030fe38b13465, 0xc1160000773806c7
	.quad 0x7ff0000000000000, 0x2f65dd989effffff
	.quad 0x3f92192688db22e4, 0x5adbee214de5fd6c
seed55:
	.quad 0x0000000000001351
	.quad 0x00000000000001e3
	.quad 0xc385a079ca14f220
	.quad 0xff91ec4d9c34fbe9
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0x0000000000000087
	.quad 0x177431a85288f3d2
	.quad 0xfffffeb08f96d98f
	.quad 0x0000000100000000
	.quad 0x000000007fffffff
	.quad 0xffff46ec34526dbd
	.quad 0xfffffffffffffce3
	.quad 0xf2863040a4cfaae8
	.quad 0x000000007fffffff
	.quad 0x00000000000002ad
	.quad 0x02c00000
	.quad 0xb0000000
	.quad 0xdcaf14bac7700000, 0xfff0000000000000
	.quad 0xee2e064d919d1f23, 0x0980b57a48ea7a00
	.quad 0xc0522f240a5eaf19, 0xe396a34dd80d93d9
	.quad 0x5cb9f92911307c00, 0x6d20f82cfcd240c0
	.quad 0xa7942c02f7ea8bff, 0xfd297a7300000000
	.quad 0x1cf03dbdff7fffff, 0xf253ba3952cb83ff
	.quad 0x40496e4dfebdc676, 0x02b144f29a7027d9
	.quad 0xc0d80000007e57f8, 0x433ffffffffffffe
	.quad 0x400092c67f92bfd3, 0xd559f3b4c5500000
	.quad 0x1acc3336bdf10200, 0xdf800000ff800000
	.quad 0xff953f5d55c7d11f, 0xf3c0aca30fb0dee4
	.quad 0x962a9721ebfeaea9, 0xc2800000feb0382d
	.quad 0x43fad7ab1069de30, 0x0b1208aafe337feb
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x631cf7d2efbe6757, 0x007fffffff9357b0
	.quad 0x8008000000000000, 0x802fffffffffffff
	.quad 0xffd4c2fc8b1ce2dd, 0x0d9782ca34676889
	.quad 0x0000000081712cc3, 0x83048b12d29b679c
	.quad 0xfa1aadc974c5bbb4, 0xeffc88f3ff67c425
	.quad 0x43efd8a0f4ca7e7a, 0x80000000197b97b7
	.quad 0x7ff04ea21c8a6125, 0xffcc5b4bff0ab792
	.quad 0x7ea910437f800000, 0x83a84b8e9699fa5e
	.quad 0x1e188605bf0f86b7, 0xc0405f2b0ab62267
	.quad 0xc37aa9834979fb6d, 0xc0d366605f657e00
	.quad 0xfe8e864a6def431e, 0x7ac4e617b8cf858b
	.quad 0xc031f5e5a0b93855, 0x002b90b94eb5bc1a
	.quad 0x17caf7ae711c5a7e, 0xff9556170fa29590
	.quad 0xee91ff6e1fd3fdde, 0x73bb218b857cfc72
	.quad 0xd6fe67a74ea27d99, 0x7edc5ba8756987a1
	.quad 0xff5bbc7b761a7396, 0xff37845baac5edef
	.quad 0xcf7fffffffc00000, 0x7ec9bfc13ffed779
	.quad 0x12ddbf8586b3dd88, 0xefc0de7186fff7f8
seed56:
	.quad 0xdc18d5de7b1368fb
	.quad 0x823391f5f3379f1b
	.quad 0xfffffffffdb30334
	.quad 0xfb7ee9d110a4649e
	.quad 0xb156c5f821154cc7
	.quad 0xfffffffffffffcc2
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd04
	.quad 0xffffeae1c2e5fb0f
	.quad 0xfb82847c4e58d036
	.quad 0xffffffc323bafa0d
	.quad 0xffffffffffffffff
	.quad 0x9d80a1a18516f476
	.quad 0x03000000
	.quad 0xa0000000
	.quad 0xe1c8bc038656e9e4, 0x866455b0fd4f1fd1
	.quad 0x870bdbb0ef7d0081, 0x7ff77e3efda0e194
	.quad 0xfff0000000000000, 0x3f0c000000000000
	.quad 0xfffc581a5c1b8983, 0x000fffffffffffff
	.quad 0x006fadab61d73b23, 0xef38de7102b67532
	.quad 0xbfffffffffffffff, 0xd98c2d2780000001
	.quad 0xfa9669b83de4f3ff, 0x326f8addbfa78000
	.quad 0xe68792a975d84d96, 0x000ad28327438b87
	.quad 0xbfb197681c55cfcc, 0x4024000000000000
	.quad 0x439cd4801fb2512a, 0x012792d880000000
	.quad 0x2891c8bd5caa7795, 0xc01f000000000000
	.quad 0x20d980171aff777b, 0x53438a4ad4a0032c
	.quad 0xfde904c4d29d494e, 0xbfb9c4f391a4eab7
	.quad 0x37da2f0b7fd17abb, 0xfff3dcbf0f2ee25b
	.quad 0xc0b00000c48c0000, 0x0110a9c7587711c6
	.quad 0x6a719babbfa7bf7e, 0x7fa646eeffcb91c9
	.quad 0xfef5c75f43d80edd, 0x7f800000bf85a1c1
	.quad 0x7dc3cdd8296f7778, 0x31955ec6c11c0000
	.quad 0x4364f004fff0f0b8, 0x0557c03541140000
	.quad 0x41f0000000000000, 0x232a3d7ebfe2fe0c
	.quad 0x4fa17e36ffb7f9db, 0x41e3224c0ce1b3ee
	.quad 0x41fb74f72ac012dc, 0xff5268a19e73dd7d
	.quad 0x9b189d5d126002b2, 0xe60ab3790c6afdb5
	.quad 0x67f4cde4c8afe7d4, 0xc014000000000000
	.quad 0x464436d9ff30fbff, 0x0000000000000001
	.quad 0xdf48c0637e7cedfc, 0xe88627353bf70608
	.quad 0x807fffff08cc5ebf, 0x7f9f16db7a361b27
	.quad 0x003718ebe33f068c, 0x604ef874ffd7cb50
	.quad 0x0070b52d80f905f0, 0x1ddb4a3e6c5d2865
	.quad 0x4064cb1c4ecb90a5, 0xfff45c22e4c59d2c
	.quad 0x0b8e0857df48d6fa, 0x4012c238e2ad6b13
	.quad 0x32b23ae66f0f8000, 0x860ecb5edeec9593
seed57:
	.quad 0x0000002a547b71f5
	.quad 0xfffffffffffec511
	.quad 0x0e78a54fc399b589
	.quad 0x90ca3f34b678596d
	.quad 0x8000000000000000
	.quad 0x000000004f73139d
	.quad 0x0000000000017dff
	.quad 0x9c4e3f7b4ee1c747
	.quad 0xfe011bba4bbe639a
	.quad 0xffffffffffffffff
	.quad 0x000000000000006e
	.quad 0x18618cfdd8295bae
	.quad 0x000000000769ab32
	.quad 0xb945014ac83498a5
	.quad 0xffffffffffffffff
	.quad 0x0000000000000328
	.quad 0x04400000
	.quad 0x50000000
	.quad 0x00000000415bc5b6, 0x03042f88f3d17cd2
	.quad 0x00000000e092d26f, 0x7ee82ff23cac6e1d
	.quad 0x12166769e7c5c117, 0x2ac7f2657d8ffe33
	.quad 0x5f512fde674a002b, 0xf00ecee7f0301d98
	.quad 0xe581df18609d5c01, 0x83df373897e126f9
	.quad 0xd43bb1a0fff0cffc, 0xd980000180400000
	.quad 0x3a660000bf800000, 0xbd5bac1eff800000
	.quad 0xfd52b38c0ccaa86d, 0x41e0000000000001
	.quad 0x3048fc981dae4440, 0xfff0000000000000
	.quad 0x3a11c61dadbf22c6, 0x833e7b70908be943
	.quad 0x000fffffffffffff, 0x8008000000000000
	.quad 0xff800000c0d80000, 0x8002b19520e39557
	.quad 0x81000000ff9d07ed, 0x800703bedf000001
	.quad 0x43b866040f22fd7c, 0xc010800000000000
	.quad 0x3f45000000000000, 0xc482c7cee1ce4820
	.quad 0xbf341a0b2e493432, 0x81f80177ff3e2f47
	.quad 0xbc86f48317b592c5, 0xb000ca39ed8a7806
	.quad 0xbff8000000000000, 0xf2d83588eddab772
	.quad 0xad9a553980770400, 0xfff24fd1fab65c25
	.quad 0xe49653177ed57acf, 0x01099ecac1421f6a
	.quad 0x407fdd951bb701dd, 0x370211967fad739c
	.quad 0x44e890d5fffcc8e4, 0x3c43539afd77db53
	.quad 0x7ff0000000000000, 0x1c316c3567a043ff
	.quad 0x7ff8000000000000, 0x7fd330dba85af34b
	.quad 0x628db178d3db4ff7, 0x7fe5c9a9e91f94c3
	.quad 0x3db7e6dc42716e51, 0x079d9c82668f8000
	.quad 0xbf95f0155806884e, 0x6d2653d9b6100000
	.quad 0xc02a4c1cfe2bec51, 0xd4459b15efc4fc00
	.quad 0x004000005e1951d6, 0x8cc68980d9fffffe
	.quad 0x59ae64b83c947aee, 0xd50c0258a7cebd2e
	.quad 0x2811b47af2e3fdfd, 0xf18c1272d0432156
	.quad 0xae9d073653a98000, 0xe2df4916f09dfcd6
seed58:
	.quad 0xcc6c455f3dc9d05b
	.quad 0xffffffffffffffff
	.quad 0xe62852cf9e0125ad
	.quad 0xf13d13cc909e7058
	.quad 0xe58bacb9e736a939
	.quad 0x7fffffffffffffff
	.quad 0x00000000000001d4
	.quad 0xfffff78f3e0e01f8
	.quad 0x2c5a3b7612532bc3
	.quad 0x31ceb58a022b3e09
	.quad 0x000000000000001c
	.quad 0xffffffffffffff75
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffff6ea
	.quad 0xfffffffffffffdff
	.quad 0xffffffffffffff4b
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0xd3631870ce7fffff, 0x68cb8c97fce7ff6e
	.quad 0x7fe0000000000000, 0xbfffffffffffffff
	.quad 0x433d2caf00000000, 0x3ff4000000000000
	.quad 0xc721fcaaffc00000, 0xf4ddebe12ba4b47e
	.quad 0x3568fe45bebbd956, 0xbd072b4840d1d068
	.quad 0x40d8000042f614ec, 0x4069c0e5c1368bdf
	.quad 0xbbc668d7a048c300, 0x2d7036e0cdabeef5
	.quad 0x8007fb123564db58, 0x3cdc71a7ff98faa9
	.quad 0xfe0d7cc4bf47d9f6, 0x004000009c25d905
	.quad 0x3dd9451ab6ae3e00, 0x8000000000000000
	.quad 0xf30205f57cf06e1f, 0x5b3230ecffc7f8b3
	.quad 0x9c8847dab9e0fee9, 0x000fffffffffffff
	.quad 0x001f837ac25aab29, 0xf0cf3d878e7d2a54
	.quad 0x4004000000000000, 0xfff0000000000000
	.quad 0x434ffffffffffffe, 0x175adca3e783aa80
	.quad 0x7ff8dfd279260fa8, 0x80284a38098b76a9
	.quad 0x42715ea689245228, 0xd980000005e8d060
	.quad 0xa914e8e698d0b2e5, 0xbbb79b007fc00000
	.quad 0xedd6df30fdbfd9ff, 0x868fcf1449472e27
	.quad 0x46c3b4827d677dfb, 0x9610e19bb5b97dbe
	.quad 0x2c05bf5f533610f2, 0xc1e6fb725a623a89
	.quad 0xc20c00008133aafd, 0xe19774f153887b00
	.quad 0x0de483e8bf73ef33, 0x7e800000c5200000
	.quad 0x4008000000000000, 0x2130ed5a4c618ca9
	.quad 0x4e07e60cbc9fd46b, 0xbf4e5e2f806b250d
	.quad 0x3ff2164ae6e6a2c3, 0x8000000000000000
	.quad 0x8010000000000000, 0x3ff000007fc00000
	.quad 0xc3665d39c5cd06da, 0xfe8000005a7ffffe
	.quad 0xfff8000000000000, 0x550c039d59ffffff
	.quad 0x7e9cdf8707d36409, 0x024eb0b1bcf5d539
	.quad 0x720ce16fd7ffffff, 0x93df2d200a247d24
	.quad 0x805c88ccffcddfbf, 0x5cf243fb4e5fd6b7
seed59:
	.quad 0x0000000001000001
	.quad 0xd28e02c36cd28291
	.quad 0xffffffffffd43e0a
	.quad 0xffffce8faa3ab191
	.quad 0xae233db82867adca
	.quad 0x4e074de06a75d681
	.quad 0x23581b683a3a7874
	.quad 0xe48fcf3f6c3078f7
	.quad 0xfffffffffffffc24
	.quad 0x0000000001000001
	.quad 0xffffcea721fddae5
	.quad 0x000552167282a122
	.quad 0x92773c60c7044bd0
	.quad 0x665a497fac6b5e7d
	.quad 0x8c73df4ff062190e
	.quad 0x0000000080000000
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0xbf9b744426ebdb5a, 0xa7791029d7d83a9a
	.quad 0x7fa9bdf1807f0ac7, 0x3f8000003cfbf23c
	.quad 0x2f039bec3fa00000, 0x2dfa4d9d80000000
	.quad 0x800a3ad69c00e807, 0xa5a6bb25ef01e4dc
	.quad 0xbf44315b3f8fbc73, 0x9244af5bc0300000
	.quad 0xc010cf3b6d821004, 0xf31cbc0252aaff37
	.quad 0xfff0000000000000, 0x3fd368e34fe549d7
	.quad 0x4065c3ff0a7b778f, 0xc059206fe2625535
	.quad 0xf8679314ff7fffff, 0x7fc0000000000000
	.quad 0xed7e406552f84196, 0x007fffffbd2ea285
	.quad 0xe9ea7fa97678f53c, 0xd58321b48ca9cfa2
	.quad 0x7fbd159081988312, 0xdd093f84fffb7bef
	.quad 0xa8d92baaec6fa540, 0x1879ed23cebc1627
	.quad 0x98a6b359ffda5ec8, 0xffdf2757c283bd0b
	.quad 0x437aafb9e7fffffe, 0x804000008c6edbba
	.quad 0x00a35840408aea04, 0xd3534c66cc22fab2
	.quad 0xbffffffe00b55239, 0x8e9be634ffe5bb23
	.quad 0xc1562d6acf7ffffe, 0xeebf1fc28a7e92bf
	.quad 0xfd00b6312e5eafff, 0x7ff0000000000000
	.quad 0xd9fffffe3f5347b7, 0x434ffffffffffffe
	.quad 0xffd911513e2945ee, 0x85ea1886bdfe455e
	.quad 0x03c0c3faffc00000, 0x57bdfd2affafbf6f
	.quad 0xb460cc9afdf7feaf, 0x7cef6b2f72dc5575
	.quad 0x8000000000000000, 0x40788031b8bb65f8
	.quad 0x02a0b88e365c6c0f, 0x7411b0d8f2e9d42b
	.quad 0x7fab33b6fed5b780, 0x8da51a1afcddff00
	.quad 0x000c222f2d424f1c, 0x3f7904aab8cebdbf
	.quad 0x3520a923f398417c, 0x0008000000000000
	.quad 0x1f00eea43ca38190, 0x4038000000000000
	.quad 0xfecff089236e8095, 0xff9eec83c77ffffe
	.quad 0xff94ad9c7fc00000, 0x43aa7ef380000000
	.quad 0x840933336ab5831e, 0xffe3c1d2c2eda2a6
seed60:
	.quad 0x0000000001000001
	.quad 0x0000000083f40267
	.quad 0x4603cc4c4a248796
	.quad 0x2b561556ab802385
	.quad 0xfffffffffffffcae
	.quad 0x00000000ffffffff
	.quad 0x061c091b23caddbe
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0x12cb7e56fc58e645
	.quad 0x0000000000000301
	.quad 0x000000000000032e
	.quad 0x0000000001000001
	.quad 0x00000000000000bb
	.quad 0x8179b97d9a376236
	.quad 0x5c6524f01a301886
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xda5e156d4317d65e, 0xa0b321525a6152e4
	.quad 0x46bd00008f6bfd0a, 0xb09cee88741b888d
	.quad 0x41fedd31e4310380, 0x3c3dba4efa9a2074
	.quad 0xc0732c1aa110a1be, 0xca0286fd8b466aa4
	.quad 0xe16627753c6937c6, 0xfffe9d7054d9245f
	.quad 0x80000e6b6e3cf9fc, 0x682d8c6172917c2c
	.quad 0x7ff8000000000000, 0x3ff6868a6684cfe6
	.quad 0x400b000000000000, 0xc6000000bc220985
	.quad 0x3f97dbc67ce6531a, 0x7880e70f00000000
	.quad 0x1d30128ab7fa42c0, 0x40128421b44a6e7b
	.quad 0x69df5be9c7be95bd, 0x4107292483c69d9b
	.quad 0x7ff0000000000000, 0x479f09a5bfd0c460
	.quad 0x40e882d63d9fda53, 0x4340000000000000
	.quad 0xd3df6109ca74794b, 0x8f61be1c7f800000
	.quad 0xb3bd0a2bbd6dff9f, 0x3f9da81205a45593
	.quad 0xffc573042ce2c660, 0x41f0000000000001
	.quad 0xff8e7484411c0000, 0x3f1e2742ffc00000
	.quad 0x46aa966750198000, 0xc1effffffffffffe
	.quad 0x3fc982a0647bdca8, 0x1757761d39798000
	.quad 0x000bfb4cf62409a6, 0x1b472a1dc62ced76
	.quad 0x401b1ec543e1b1d2, 0xffc5576c417bb5dd
	.quad 0x61726ccf7facb609, 0xe31264603fd22841
	.quad 0x3a9528d05fff3e07, 0x72378b277aa18002
	.quad 0xba1fb15d3d0f5156, 0x91345e328d2ccd4e
	.quad 0xfff915544985d993, 0xc3602330c0f00000
	.quad 0x7efd2ef1105a769b, 0x0000000000000000
	.quad 0x0ba1dfd5c0f1c26f, 0x3c677df95e1d5b50
	.quad 0xaf2e43f9e7e2f400, 0x40628bfb221017d8
	.quad 0x3fe0000000000000, 0x81a30688fc312666
	.quad 0x01c00c010ab354f9, 0x7fa39e36c6718000
	.quad 0xfe79f44a1611e47b, 0x14db4c79bb000000
	.quad 0xc0527c0b7d0f4e96, 0x7ff7edea825dd915
seed61:
	.quad 0x0000000000000000
	.quad 0x00000000000002a9
	.quad 0xffc6589a4ae150e0
	.quad 0xb43e5b85bfe2eefd
	.quad 0xfffffff6a7b462d9
	.quad 0x5458298e51a0ee9a
	.quad 0x7fffffffffffffff
	.quad 0x0000000ecd119a29
	.quad 0xffffffff80000000
	.quad 0x0000000000013043
	.quad 0x775a1bd7f2797a8f
	.quad 0x00000000000e2004
	.quad 0x0000001457a2c753
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffff66c6
	.quad 0x51148055fe486ff6
	.quad 0x00400000
	.quad 0x10000000
	.quad 0xa517b54f7ecf9edf, 0xdcb4c16900780144
	.quad 0x05d1af52828878bd, 0xbf00500000000000
	.quad 0xc3d27ce735b00000, 0xa84e8c9c0cd34600
	.quad 0xe460550fe5d35eb3, 0xff8000007e88e932
	.quad 0x7fd7a94ac0c80000, 0x0008000000000000
	.quad 0xdf00000000000000, 0x97f586fdc307b109
	.quad 0x8b4413a8c1800000, 0xba82b0773dbf87cb
	.quad 0x303e3b80766eb7fd, 0x00dea50c80000000
	.quad 0xaeee0a787f3f5fff, 0x7e8000003dc28f29
	.quad 0xbfc000003cc53ef1, 0xffed84354e57baed
	.quad 0x1a5930840d33f4fa, 0xdfcce7be1be20a9d
	.quad 0xeb16b01380000000, 0x80acb39040980000
	.quad 0x7ff8000000000000, 0x7ff02815b65b44ce
	.quad 0xffdfffffffffffff, 0xd81cda0e1fa46c00
	.quad 0x5a6bed9d7eac2af8, 0x00afb076e154153c
	.quad 0xf6930e8a90d1522c, 0xc10c0000803d6739
	.quad 0xbf9b7d31f0afc846, 0xac2c4194ffc00000
	.quad 0x3f16be707f800000, 0x4016ac477f9fc007
	.quad 0xc31cc36ac2780000, 0x2158bdb76dc9bd63
	.quad 0xbb4f00000bffb853, 0xf5d25f1e4023cc0c
	.quad 0x7ff4b549541d2960, 0xc74000007a1007d7
	.quad 0x43751d213a260000, 0x166a3f987d1777f7
	.quad 0x400fffffffffffff, 0xbb91d4fc80000000
	.quad 0xf1d24c1988fe33fa, 0x3ffe21ee831406b0
	.quad 0x24e805cd299e9c71, 0x00051adaadf6c2a7
	.quad 0x00bf37cf7d9c7510, 0x02c9556b545dc2f3
	.quad 0x62615c7dc2658000, 0xdf7ffffe007fffff
	.quad 0x32696c0ffff6bfff, 0xc2bb796f40600000
	.quad 0xc001bcec7f800000, 0x437da0d2d946f92f
	.quad 0xc347a7d2ff800000, 0xf58befc7ff800000
	.quad 0x40880000142ff3df, 0xfe6c812ced5c0686
	.quad 0x7fc4f4e018cbf84d, 0xfeb9c5df1e485987
seed62:
	.quad 0xfffffffffffffed0
	.quad 0x3321822883e88eed
	.quad 0x000000009cc143ea
	.quad 0xffc8d7bee5c2a69f
	.quad 0xffffffffffd2c928
	.quad 0xc7ad50b42bacf92f
	.quad 0x00000754c581ea35
	.quad 0xfffffffffffff71d
	.quad 0x6969e1b3af0936d4
	.quad 0x00000000000001be
	.quad 0x000046f86f13c5fa
	.quad 0x0000000000000780
	.quad 0xd9fbd902a486d31c
	.quad 0x0a3f66f97334fd18
	.quad 0xffffffffd96d94c4
	.quad 0x000000007fffffff
	.quad 0x03400000
	.quad 0xe0000000
	.quad 0x5f800000c0211e4d, 0x7f8d30b0c0000000
	.quad 0x800000003f3cded4, 0x7ff0000000000000
	.quad 0x38cecb4eff6fdacd, 0x65f0141b7fc79d6d
	.quad 0x3fffffffffffffff, 0x402e2525b8e1a884
	.quad 0xffd992caf51ccd84, 0x898f8ecbbebdcb7d
	.quad 0xbdc404a862f47feb, 0xbf4000001ba6aad7
	.quad 0x80000000ffe65250, 0xbae6161ddef9c141
	.quad 0x7ffc69b2377871ed, 0x7fd7fdd7a6bb2627
	.quad 0x80a4715eff800000, 0xd8356e9c0736b3f1
	.quad 0x7ff9a33080000000, 0xe9647c12fff57dde
	.quad 0x3fc4dfd1074206ab, 0xbe83517fbd153dff
	.quad 0x4e110a2bb59acecb, 0x42a02614c0ee065e
	.quad 0x800000007f800000, 0x97c144d6b4e2cfff
	.quad 0xf3a367313ffffd85, 0x8000000007417e1b
	.quad 0x4c44a2a6685a2227, 0x8128ecd9de762015
	.quad 0xff800000b1fb4adf, 0xc33439dda4d8b7a2
	.quad 0xbff4000040b00000, 0x7ff380f46435e6a7
	.quad 0x1dc141b240b00000, 0x405deea7391138e7
	.quad 0xbdece2f27f91c3f9, 0x0101565effc00000
	.quad 0x8c75d8ec7317bd13, 0xa59282c8fa316e93
	.quad 0x0f5ab09fbde2e297, 0xfffc5b2c296ea19f
	.quad 0x68a59ca36f3df8c8, 0x9b289ae9c9b7c300
	.quad 0xd45190e201bb1bec, 0xcfe508323b863941
	.quad 0x0b5f3a53e3ebcf65, 0xfff7e06065c676be
	.quad 0xffaed4417fc00000, 0x1858b5b235a08200
	.quad 0x17ac30bbb6b7a310, 0xb0a302d9f17c8ba5
	.quad 0x5dac019ac8ffffff, 0xbd80000040a00000
	.quad 0xffdbfa694f3c2f93, 0x8000000080ffffff
	.quad 0xc1e6ff9ca5c37e00, 0xfff0000000000000
	.quad 0x0008251cf356cde3, 0x4ee09e256372fc00
	.quad 0x01f39bc09ee984df, 0x47ea814bdfe9fc00
	.quad 0xed2f9a4fce39d5f5, 0xbf7b0a5e67374f94
seed63:
	.quad 0x0000000000000000
	.quad 0xffffffffffffff25
	.quad 0xfffffffffffffdff
	.quad 0x0000000100000000
	.quad 0x00000000000001b6
	.quad 0x0000000000bf47fb
	.quad 0x0000000000000000
	.quad 0x0000000000007d16
	.quad 0xace34351017cfe9b
	.quad 0xffffffe054a55b29
	.quad 0x0000000000000037
	.quad 0xc0c2581148e8290d
	.quad 0x9a906b73541b77db
	.quad 0x000002aac6e9b78a
	.quad 0xffffefc9fc04599d
	.quad 0x0000000000000000
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x418686cd708f1982, 0xff80000079c89b56
	.quad 0xbbbe9a94a9bbcbcf, 0xffefffffffffffff
	.quad 0x384b8c61c19f07e7, 0x49c106d3fc0d2afd
	.quad 0x0b872d7d7fc00000, 0x003a89083fa00000
	.quad 0x6550ecace87fff5e, 0xc008000000000000
	.quad 0xbfa25611caf3ebfc, 0x19be4821c6fa2184
	.quad 0x43150aa7c1d74834, 0xb39656bab7ff3e7e
	.quad 0xc021400000000000, 0xbffffffe80000000
	.quad 0x3ba3260abe65fcf7, 0xb35f8a9945d2f8c8
	.quad 0x0ef4a5abdcdc0000, 0x4021000000000000
	.quad 0x000f062f94ea554c, 0x3e3e745af01ab289
	.quad 0xf6536b520f220c6c, 0x90e17db99733a736
	.quad 0x403d12b9f2edcbbf, 0xbf9456316ce60522
	.quad 0x959313a7133a13a6, 0xbdacfd77c9c00000
	.quad 0x160a877a72233c00, 0x8000000000000000
	.quad 0xbbb3b3997f000000, 0x4fffffffbf3699d6
	.quad 0x3ff0000000000000, 0x815b8c083fc96584
	.quad 0x8b21cfd3cf800001, 0xc6b73158bbd7bea5
	.quad 0x7b35fa23ffefbe5b, 0xe4e692d11d77fbf9
	.quad 0x627a9645ee7fff8a, 0x4038000000000000
	.quad 0x9f94448bd6c70000, 0x702cc376466b7c00
	.quad 0xb61666087a973394, 0xffd0000000000000
	.quad 0xfff3bff33b34314d, 0x7efb0c49c7fcffd8
	.quad 0xbde9ce0e55cc7e0a, 0x000857b8c1ca9b43
	.quad 0x4dc917b58074f998, 0x4020800000000000
	.quad 0x42046c88cf000001, 0x2f74805b97e37e00
	.quad 0x0429cc140b76c62f, 0x40fffffffffffffe
	.quad 0x00c26c4271f0ab25, 0x943870bbe6a64500
	.quad 0x366ad24b6517282c, 0x002fffffffffffff
	.quad 0xc7737d2ee748a77d, 0x4000000000000000
	.quad 0x00053f8eb14a35bb, 0xfffe17bfa83f94e4
	.quad 0x3cdc6fb7b8fd0000, 0x4012800000000000
