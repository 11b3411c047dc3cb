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
	.inst 0x1e2d28b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61c9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2ec612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7154e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e618894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eead455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee19956
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
	.inst 0x1e2d1a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22fe9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e258a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6748bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e616b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202048
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
	.inst 0x0e21e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e618931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e615cf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61e4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c354e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6168b5
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
	.inst 0x1e606817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e295ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f27e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3608da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0a8c9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eb7ce9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0fb5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e23e47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020f8
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
	.inst 0x1e622498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d89d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fa69992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f57e4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e43a074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea0d955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e69dd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1fd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e632120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21881a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa8527b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e62f6fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1a8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2c25e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f62997f
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
	.inst 0x1e22c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e692831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e204872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c5913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2cf654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e61c215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f21d116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63b4ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e218838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e380269
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c15f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2189bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6509fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e67fc1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61783e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e69008f
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
	.inst 0x1e641990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4525b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630052
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
	.inst 0x6eb0f9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee2cd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a1a16
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
	.inst 0x6e61a8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2cddf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e73101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcc58fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb2e43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6ddcdf
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
	.inst 0x1e380080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f049971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e58d243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee3cc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e216a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2379f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e68b623
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc499f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c1ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6b597b
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
	.inst 0x1e65393d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602178
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
	.inst 0x1e6c54ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f25fc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fd19012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c69d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e24c274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18cd45
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e188566
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e282977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e616b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0db3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61ca3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f33e41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc3993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d1b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f02121f
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
	.inst 0x6ee6c430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc09a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e59ca44
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1eeb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2efd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea4ec79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2178da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6741db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0fa3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25795d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1aa1f
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
	.inst 0x1e6541d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d28f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6658d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e1933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e60e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e663995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e753a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7122d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6242d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f7491f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2301da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f19db
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
	.inst 0x1f6bac9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3120c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21789f
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
	.inst 0x6f62e410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b0071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e316d32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f511613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6240d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e32e55f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e617956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f829057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e4274d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e439959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee240da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb5eebb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d8abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21f53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e607b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e19bf
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
	.inst 0x9e620010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30f9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e708a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e711953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67c014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4fd536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e025897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee24298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e439cd9
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
	.inst 0x1e28181b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c95c
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
	.inst 0x1e25004e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c287f
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
	.inst 0x9e210020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780101
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
	.inst 0x9e380043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e600144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b08b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e762ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e632070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f66d59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eb3f5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27423d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30c8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e21791f
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
	.inst 0x6ee0d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f33fd31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eabcc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2440f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e680085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e253956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e635937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f41b139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eabc4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39397b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e30022c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6808fd
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
	.inst 0x1e21403f
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
	.inst 0x5ea0c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e02b5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f22fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7000a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30ca95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0d3116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61da38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e68e6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d19da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e604c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64189c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e222abd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18f16f
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
	.inst 0x6eb0f810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0c8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e240142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61b873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e03c815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee6d5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e365877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e697939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3028fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e263c3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7759dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f185e
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
	.inst 0x1e37f010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eb0c531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e616832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e70de53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b8617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e67fdb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6541b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c0c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6800d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d8b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e60dcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2509bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f78b0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e642070
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
	.inst 0x1e6a2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee7d431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1d9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0f913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2ff615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f608c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd05a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f2cfdb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e76e518
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
	.inst 0x1e6301fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f468c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23e767
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f87d
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
	.inst 0x6fc9939f
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
	.inst 0x4e65d490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e780121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e2de5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6001e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21e4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f22e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eaaf696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e308817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f179478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61aa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f69049b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1d97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3c885e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f37b43f
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
	.inst 0x9e6901a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4815d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1d912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f61fd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e218834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e780045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f459057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624058
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
	.inst 0x4e21c91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f3fe4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e60dcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5eecfedd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3021b0
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
	.inst 0x4ea1b9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e43fc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6301b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f2993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21a854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e03c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f059d76
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
	.inst 0x7e21b8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e611939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e613458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f400d1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e30195c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fa8921d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f385e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38008f
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
	.inst 0x1e2800a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2801e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea0d853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6420e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6cb175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd15076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f46a177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e26d459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f89915a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20289b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0f89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70da5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21791e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fa151bf
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
	.inst 0x4fae9990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1d892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7f5013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee18834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e210086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e66e557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e614978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee0d979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee0c85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2179bb
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
	.inst 0x6ea9ec1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39006f
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
	.inst 0x1e613950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0b4011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f22c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3bb013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee24274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f07a0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fa11176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e6178f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eb0c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e633959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c1cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea1b99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64d563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fca91de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63019f
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
	.inst 0x6e30f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6d4171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e3d52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f43b533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e626a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f7efc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6102a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e610169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e6168da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e39e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26701c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e651b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d5c3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f97f
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
	.inst 0x1e18c0c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e21c952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1f813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e32dd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7101e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e25fe97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ef3c458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e29e5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2ac45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f67fe5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6801ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21dabf
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
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fce1211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c0f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0eaefcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c95ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea0f836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f230957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f24a478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1a8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fae58da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e250a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f07b93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21987d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea6ce1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c087f
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
	.inst 0x4fc751f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1d991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2848d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2438d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea199d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0d955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f40beb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f098518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fce19b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f22b51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6194f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea7f5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2f0d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2cc49f
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
	.inst 0x4e21dc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e20e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eeed532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e27c053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e241dd4
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
	.inst 0x4ee0ca56
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
	.inst 0x1e7902a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7d101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eb9ce5b
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
	.inst 0x6e30f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee1f4fe
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
	.inst 0x1e2b3810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e039531
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
	.inst 0x1e2200b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e600a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef2f576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6541d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2000e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59baaa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b3a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e23c59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3859bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0fb7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea2f51f
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
	.inst 0x6eb0f9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e380081
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
	.inst 0x1e624053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e28ec14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d0935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e310206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eeffd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2b1e78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e754999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f00227a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e63cc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fbb981d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21f41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c1ff
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
	.inst 0x1e6c2110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e62c5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2648f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e290124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fc690f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e322010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7802e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e240209
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c29ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e73c43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee7ec3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f40e49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30cb5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64c17f
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
	.inst 0x7ef0f930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0f911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7108f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f4afc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4ca134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f31b175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e603976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1a917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e253a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7089ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1891b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0ecdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2001ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fa158fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eeec4ff
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
	.inst 0x1e648810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0d8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e280202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f3cfd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f6a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f6895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e64f4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e588049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e31d4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e1978ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63b452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6efbf59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21cb7f
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
	.inst 0x9e6200f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc55992
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
	.inst 0x7eabedb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e2fed95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e21d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6929d7
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
	.inst 0x1e244039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e42e09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e721552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e606a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea5f47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29e534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0ca3f
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
	.inst 0x7ee0d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ef0e4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f915932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f729233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0c834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e790125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6efe56
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
	.inst 0x4fcd9818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f36a4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc859bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e218a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0e8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f46c85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f78bf
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
	.inst 0x1f2918f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2ea551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2301b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fd09894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e616955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f248956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21ca97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e696d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0ca5b
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
	.inst 0x2e21d83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f19b97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61d9bf
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
	.inst 0x6f56e5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee1aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0eb0cdb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e630113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea5f5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f428595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61ca77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eadd518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcb10fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f52a73b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e383c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5eb2fd5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e39004f
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
	.inst 0x2e2cdcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2539b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eaac553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30c834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f3de515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f1128b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c7997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e274078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2859d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f44b87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fca519b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1f81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27417d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4435be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee9ecdf
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
	.inst 0x1f4c0490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2188b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30f812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f23e493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee24114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fb319f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21d896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e62b017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fa690f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e0384b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb8e4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e899b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2201fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f2fff7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3900ef
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
	.inst 0x1e6201b0
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
	.inst 0x1e247912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e21c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4e0514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e617915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2900a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21da57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fa05818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0ca39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eeec5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7438fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea4ecdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4c15be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e740f5f
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
	.inst 0x1e380160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4faa50d1
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
	.inst 0x4fcd91f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e305934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc29935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61ca56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6100a7
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
	.inst 0x1e18ba49
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f46a01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69697b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e302050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fac5b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eaeedbf
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
	.inst 0x1e6179d0
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
	.inst 0x1f314592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6640b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202268
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
	.inst 0x0e617816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6900a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e240189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e19c72a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f26e4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c97c
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
	.inst 0x9e63013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1f53f
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
	.inst 0x1e23c110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6f40d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a9482
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc059f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f30bc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21d835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2dfdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0c997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee1a878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e36f6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fc892fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21789b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0f8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2200bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f65fd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e72b01f
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
	.inst 0x1e2369f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e231832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e204933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1e4d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2201b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3100c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eeeec98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6801c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e39f4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee2ecfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e38f4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f47319d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e74dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2020d8
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
	.inst 0x1e2d20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0d4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f503993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6ddd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fc09a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21da58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e730af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e622290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2479bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee0c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3bcdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e79032f
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
	.inst 0x1e71d010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e222210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e702812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e300183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6788b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e2cd5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eefd4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d5898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2022d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f34fc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61689c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f5194fd
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
	.inst 0x2f3ce4df
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
	.inst 0x1e25c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e244171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1a852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e250163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e253935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e61b916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2e88b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e6ffc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fb399d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c13a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6102cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21285c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21799d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e68014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61991f
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
	.inst 0x1f290c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eebd632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee2f4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6adc55
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
	.inst 0x9e780027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea0cab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0d879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29002a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f03ac3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2199dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c2dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3900ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2dff7f
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
	.inst 0x6e21d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e671a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f53e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ee1d934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0f475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd11176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7900a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4c36d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e78b019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28301a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea0d8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6440bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2abc7d
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
	.inst 0x4e21f47f
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
	.inst 0x0f3bfdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6221a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21c992
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
	.inst 0x9e2201d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e2efcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a1937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a2838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e252280
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f41357a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2748db
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
	.inst 0x6fc4901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c881e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e73899f
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
	.inst 0x4f821190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e20c5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0d8d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6c35b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f37fdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e618a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d9591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc65157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea4ec38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea3d57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68bcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63011d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6f4ee47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c37f
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
	.inst 0x5ee0e810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d8911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e280223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e264134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee4edb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f449e96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d45c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6729b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6338b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e22f59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e242280
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65187d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eebd51f
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
	.inst 0x6fc090f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2a9451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e380062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e1913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e710064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f51a215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ef2f556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee2f537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1b918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e352140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1c5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70fb1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4bc85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee0d97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f69a5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6919ff
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
	.inst 0x0e617990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b1891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d0832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61a853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f8390f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e250145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6178b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e300067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fc191f8
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
	.inst 0x1e6e20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39389b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0cb5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2fe519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3b501e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f24513f
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
	.inst 0x2e21b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f871891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22f451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e6ce433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d1874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e69e475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e672120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e630017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2122e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6ec6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e683a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f92589b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21983c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2958dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66d6e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7c211f
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
	.inst 0x1f0b2490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eecd5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c28f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e71f41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e619875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e599086
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
	.inst 0x4f921138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2300d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e277a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e773a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f8691fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2cc5a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee3d4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e39006f
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
	.inst 0x1e254050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1a831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee9edd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f815253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30d9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2efcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7100e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3000c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c0a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6420e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61789c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3000cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4efacd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e095f
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
	.inst 0x5e61a810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e617911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e790142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0f873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee19954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f24e535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6aa4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e24e497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2102c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6200da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e216b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e02753c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee1a8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6300fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38002f
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
	.inst 0x4e6ee4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee6e531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e28e432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c69b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e238557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a8895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eedc456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e67dc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e232998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2301f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e02b5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65c33b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e217afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64787d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63951e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f8899df
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
	.inst 0x1e2c08d0
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
	.inst 0x5e21aa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fce9a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1f954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f2efcb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6001e6
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
	.inst 0x1e680128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e780129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2000aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61b85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e632070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f2190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e61689e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1b83f
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
	.inst 0x6ee6e410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1b9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1d9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21d9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a4a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f61e5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6022f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21b9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21d99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6cd41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4efac49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c1ff
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
	.inst 0x7e61c890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6140d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2ade53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a2974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fc99a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2fc616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fd39097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e62bdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f52fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e38006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eaac5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e68ec3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eefc65e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e60ff9f
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
	.inst 0x6e30c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e641e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fcb1054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2d35b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fcb9956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c2030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f283178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e218a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30f83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e59536d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0e83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e02c41f
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
	.inst 0x4f7fe4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61b8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e218872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fca9153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4a34b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30c8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e273996
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
	.inst 0x6e619858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6389b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61699a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea0fc1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4528dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22583d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c1ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21d8bf
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
	.quad 0x00002b20eb674edf
	.quad 0x000002f8b96e4139
	.quad 0x41c221a9a1514968
	.quad 0xffffffffffffac8d
	.quad 0x9cbfd6b011b7bdb6
	.quad 0x0000000000000000
	.quad 0xdaddcd03c3dcc6f2
	.quad 0x79bcdb87dd57ed6d
	.quad 0xfffffffffffffc7e
	.quad 0x000000000000015e
	.quad 0xffffffffffffff02
	.quad 0xfb49f193130e4c3d
	.quad 0x0000000000000037
	.quad 0xaf30dce66c7aac9e
	.quad 0x000000002e8529b0
	.quad 0x0000000000000158
	.quad 0x04400000
	.quad 0xd0000000
	.quad 0xdacc88a4e3ffe97f, 0x9e398357c97e3fef
	.quad 0x00c7a331ba8a01aa, 0x0fa37f07e1e93900
	.quad 0x0000000000000000, 0xd1c39748c1733178
	.quad 0x6256744b7fe9501d, 0xfff1802fcbdbf357
	.quad 0xc30bec157f3be8bd, 0xd258c459b7874340
	.quad 0x39fed75445c00000, 0x80ccb41996b5b096
	.quad 0xae70f7cca637ab21, 0x800000007fc00000
	.quad 0xc3cd3054c3f6526c, 0x6adea510bca10f0d
	.quad 0x5095805e8eb3ef15, 0x7fddcdf22521b88e
	.quad 0x88a07b17b8295170, 0xc4812326308adad1
	.quad 0xd61f5ed9fbddfbfe, 0x9701f9c2f9bffafc
	.quad 0x001fffffffffffff, 0x7ff0000000000000
	.quad 0x407fffffffc00000, 0xe6d2296c7dff8737
	.quad 0x39bd19b5ffff577d, 0xbae800003484931c
	.quad 0xbcfc89ffbc92ff10, 0x8000000000000000
	.quad 0xbe19b3641849e1be, 0x61784d95ff800000
	.quad 0x43e1c9167735d9d0, 0x421f9f84800243e1
	.quad 0xeae87560efeffeeb, 0x7fe238e66af41d66
	.quad 0x3fe2000000000000, 0x02977673c0980000
	.quad 0x00016fcda0afbe20, 0xbad86fc3fda03c00
	.quad 0x00af742dc1d877da, 0x400b27f7e577772f
	.quad 0x7ec050df29affaa3, 0xc0b7800000000000
	.quad 0x3e14f88980800000, 0x8eb09538fbeffd6d
	.quad 0x543dfef06b4afc00, 0x23c9de5e92d9b7dd
	.quad 0xbc7c1ba201000000, 0x3fc6446a7fab1a2d
	.quad 0x3f85632814410719, 0x81637b591f09e0a8
	.quad 0x841792f64db5dab6, 0x03041b27ed46cd35
	.quad 0x7ecb3b667f7fffff, 0xbf70ba51411c24f1
	.quad 0x623a7534c4750177, 0xcf7ffffef92f565c
	.quad 0x4a8b00a8ffa59c73, 0xfe72bcb2a5ca2021
	.quad 0x8000000000000001, 0x81301bdcf1a59e65
	.quad 0x3f927685d417cd57, 0xff8000000070f15a
seed1:
	.quad 0x4ed86569c1ac169a
	.quad 0x0000000000000007
	.quad 0x0000000000000302
	.quad 0x8c68dbf4f4a6bb99
	.quad 0x0000000000000150
	.quad 0x6bde08bea88c350e
	.quad 0x0000000000000005
	.quad 0x00000000f12c4c9d
	.quad 0xfffffffffff99f27
	.quad 0xfffffffffffffed8
	.quad 0xc1a8524503de2389
	.quad 0xfffffffff56b519f
	.quad 0xfffffffffffffb1c
	.quad 0xfffffffffffffc34
	.quad 0x078a601a33b1ae9a
	.quad 0x0000000000000001
	.quad 0x01800000
	.quad 0x50000000
	.quad 0xff80000000000000, 0x69592e45bb4886eb
	.quad 0x7ff8000000000000, 0x5a25348e1d32054d
	.quad 0x158543fffe52cf7c, 0x4148a222aeecf592
	.quad 0x335aaa469370b6bf, 0xc007000000000000
	.quad 0x3f90000000000000, 0x0000000000000000
	.quad 0x7b37ee485ffffffe, 0xc06efc1e992514fe
	.quad 0x4f6df16dffffffff, 0xf688fa6c68637c00
	.quad 0x3f88073f676e0db1, 0x8000000000000000
	.quad 0xc9cd610cffad7e6f, 0xd26fa57a30458400
	.quad 0x7ff31b524678a6cc, 0xfff829f45cc2a2d9
	.quad 0x7fc000000136c482, 0x4015000000000000
	.quad 0xf4d3c2019a24055e, 0x0158910b7fe31fbe
	.quad 0x0000000040ce0000, 0xd1b12f75edc0bf00
	.quad 0x7ce17085ca5e7a50, 0x7b50625425ae0c52
	.quad 0xc1c00000b5c00000, 0xc0c000003d917e1d
	.quad 0xfd38d3fcff88bd04, 0x807734bd807e15fe
	.quad 0x292ac5a2a72c21f5, 0x151158bfe7ed3f00
	.quad 0x40acf00000000000, 0xfe72a68bbe7b9110
	.quad 0x33a7dc0bffffffff, 0x8e917e34817fffff
	.quad 0x802215ee41059652, 0xbf91a4c058065089
	.quad 0x0d61136c8b5e4560, 0xfef1811f6b3ec58d
	.quad 0xbbebbfd67fb42ec4, 0xa248100a7f9e83f1
	.quad 0xfff84de56c6e8aa4, 0xb846bc6de1990bff
	.quad 0x8551699d3c66fb13, 0x7fadd74e680f95af
	.quad 0xfd62b30bfa903313, 0x001fb730d2e2a6ed
	.quad 0x7ecf21145dbe8084, 0x70e4ebbdf45a79af
	.quad 0xff8000007f800000, 0xff80000041d02700
	.quad 0xffc06f30ff930692, 0xbed80000be1b1098
	.quad 0x4ff4d184c0d7dffc, 0x40800000ee1de2ad
	.quad 0x18b319ccf4fed9fe, 0x1bd876e69e348610
	.quad 0x000000007fc00000, 0x800000003d678e09
	.quad 0x34dcc3459ef5cdb1, 0x0000000000000000
seed2:
	.quad 0x00000000000000d7
	.quad 0xc527754777aef816
	.quad 0xffffffffffffffc0
	.quad 0xeb130f710e0e1139
	.quad 0x3709648cfe76563b
	.quad 0xc7a4ca0ba34e30c3
	.quad 0x5266deb0b1ad79ba
	.quad 0x0000000001000001
	.quad 0xffffffffffff8ef2
	.quad 0x000000000000199c
	.quad 0xfffffffffffffebb
	.quad 0xfffffffffffff9ab
	.quad 0xff41a6314e6b67f7
	.quad 0xffffffff80000000
	.quad 0x00000000000000fa
	.quad 0xfffffffffffc0007
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x3b9f4be26d604380, 0x253c9bec19259f0e
	.quad 0x8000000000000000, 0xde67753bffb60000
	.quad 0x58a6aaf187384fd6, 0x8000000000000000
	.quad 0xbfad6b32a371c79b, 0xfed454bfc178d532
	.quad 0x3f7101f2dd1e5ea5, 0x0bdf7a23c6f3cdc0
	.quad 0x5cb59f92f13b0000, 0xbc55c56480000000
	.quad 0x3beff27f3b848f84, 0x3c6158b9ffc00000
	.quad 0xc0c800007f800000, 0x42c4ce496c226471
	.quad 0x8000000000000000, 0xb460028ac18d8db1
	.quad 0x6e8a086a1994ba1a, 0x1856f21d52dd0200
	.quad 0x3f7fc642a6c7f805, 0x7fff70907d84596f
	.quad 0x68a6a480626ef851, 0xffef237e80000000
	.quad 0xc158ea51c5d0d2a5, 0xd398ec77b2c3d2f0
	.quad 0x0861d4231040a8ab, 0x0140a5a2d1d70864
	.quad 0x4317dab28e37bad3, 0x7d88714850d4f042
	.quad 0x7ef609fae8264270, 0x48f58c210a66f9de
	.quad 0xf63449dadd8c8fd4, 0x7f80000041300000
	.quad 0x7ff9b22c6d7d5f64, 0xc0f0000000000000
	.quad 0x0b1c158c7f800000, 0xf5cb54244fe70489
	.quad 0x402eb98bb31c3266, 0x00038af0d294fd7c
	.quad 0xfd93d8673fd00000, 0xbf9dbab9bb12e0f9
	.quad 0x93ec5d59c1ee8ff9, 0xb88000004121c1c2
	.quad 0xfeac65d6f71645b9, 0x4023800000000000
	.quad 0xc013000000000000, 0xbea46c0e43f324e8
	.quad 0xaf8ca3e2b67f083b, 0x5e785e33a899d453
	.quad 0x18ce1a6d018c79e4, 0x002264f700000001
	.quad 0x26b5a6e5ad5287ff, 0x269f8638567a7e00
	.quad 0xd9fffffec1c22180, 0x7fd852101ce907e7
	.quad 0x8052b7711536ae67, 0x3fad869facf8d439
	.quad 0x8000000000000000, 0xff800000bd5ddade
	.quad 0x80216133ffa9f718, 0xff8000003d7561f0
	.quad 0x00292ef14ffb26da, 0x322939fbc7fed36b
seed3:
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0xba3c6118efdd0341
	.quad 0xeeb36514bd27f38b
	.quad 0x0000000000000394
	.quad 0x00000000000003d6
	.quad 0xd04b43e3f51dd2af
	.quad 0x0000000018ed5a9c
	.quad 0x00000000000002f9
	.quad 0xfffffffffffffff8
	.quad 0xffffffffffffffd1
	.quad 0xfd847bf03a8bce73
	.quad 0xf8db9a96562c8357
	.quad 0xffffffffffff4add
	.quad 0xfffffffffffffc9b
	.quad 0x929b975c8f47f5d1
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0xfe64ebb0ccf3e6a3, 0x0da77670f8f9f07a
	.quad 0x8d5e45430645e61a, 0x4069d0d8ecc26c06
	.quad 0x8902cfabf7ab4f6f, 0xc6f80e97fffdfbff
	.quad 0xa38db449f2f8ad62, 0x23b23dea231dc0fd
	.quad 0x80245748ffd885f3, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0x41efffffffffffff
	.quad 0x436b896eec162c1b, 0x3b005fa9f6202950
	.quad 0xc2578ffb7fa4f26a, 0x3fd4c818d5dce218
	.quad 0x7a1ebdd475150c05, 0x35fb9ed0166303ce
	.quad 0x2d4504c1c58e3382, 0x3fe0000000000000
	.quad 0xd70fd6cb75b35d79, 0x43d57149916fed89
	.quad 0x4118000080000000, 0x3f7fa59fe13bcf07
	.quad 0xcdd43f5b2d8a4ab7, 0xf24e8de27fc9ac1f
	.quad 0x7ff0000000000000, 0x4e7cb79fffc00000
	.quad 0xb9dbb571261bfffb, 0x9f788c52a61a0000
	.quad 0xc6e00000ff80f087, 0x392fa5d2ffddec35
	.quad 0x48cc000080000000, 0xfff87194e8f747f5
	.quad 0x4036f36ea4077379, 0x800000003db93e3e
	.quad 0xbe5945f6ff800000, 0x14c53f07ed0920cd
	.quad 0x3e27ffdb406d5dc5, 0x42ebe75cea86785e
	.quad 0x7ff237bbfdc5b8b5, 0x80115c00b4ead247
	.quad 0xbecde2be3e2b8b49, 0x0013fc414caddb22
	.quad 0x6b239e24b0174fa8, 0xef7c7f9cc7fffffe
	.quad 0x0098f1f500092a1a, 0x7f8000008012e10b
	.quad 0xbbf9bc0141020000, 0x7ff64200540fc202
	.quad 0x49000000d9fffffe, 0xc273aa9bc7f28000
	.quad 0x2b1a568ab64eabf1, 0xbfc1dfe71f5fe9bb
	.quad 0xffc000007fcd21d2, 0xbf965c2cbfdb5dbd
	.quad 0xfafe713c0f667c00, 0x10294298caf9d9cb
	.quad 0x002b5b1c67c29a57, 0x0024497e552920c4
	.quad 0xbf991d03c73c5de3, 0xae8fe2b37f8383d0
	.quad 0x176af5f5caedba70, 0x2f43bbfa16d9fc00
seed4:
	.quad 0xfffffffffffffef5
	.quad 0x0000f3951c04f7d3
	.quad 0xdcaeec718d2b5701
	.quad 0xffded40ecae3387c
	.quad 0x000de9d76553eabe
	.quad 0x4dcfa58064dd3e15
	.quad 0x9b2f2ec1d0eff3f3
	.quad 0x08c58134c562d3b4
	.quad 0x33fbdf8504722d68
	.quad 0x0000000000000088
	.quad 0x00000000000000a8
	.quad 0x7b0a80bf402430b5
	.quad 0x0000000000000036
	.quad 0x69d894c1568863c3
	.quad 0x8093ce7b1e5e6792
	.quad 0x1913e8ccac9d11eb
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x1f7a399c7fafdff9, 0x40f8501a43e0914a
	.quad 0xfff3e006b017fa08, 0xb9000000c30ccdc0
	.quad 0xc2142728985a57a8, 0xbc6000007f000000
	.quad 0xb7a0000000000000, 0x7fffd1aff05e8ac5
	.quad 0xffa3ae1eff800000, 0x7ffa18085371db3d
	.quad 0x391ebb859c5afcd2, 0x4098a2e3e4b7c600
	.quad 0xbfe4000000000000, 0xf0f8c2e261f6bd00
	.quad 0xcde6a9f0d2c29df2, 0x6cae038840700000
	.quad 0x3965c466fe106e91, 0x02c78a9d7fbbcd79
	.quad 0x042e2c1e7ffafcff, 0xfff4869b27ae91f2
	.quad 0xa1c9a96bf576fda7, 0xfebc9c91f85b7c00
	.quad 0x940d877cf1e78000, 0xfffcd601493a7774
	.quad 0x01eab020a55e5023, 0x8fff77846de9dbfa
	.quad 0x30303e6c35b30580, 0xbfab96700ac59c1c
	.quad 0xbfde19fce5b05a88, 0x46952e5ce8bcb9d3
	.quad 0x8000000000000000, 0xc8162b5ad30ad8a2
	.quad 0x90069e407b56cdaf, 0xc2bfae8ec0500000
	.quad 0xfff8000000000000, 0xee874278da3faf55
	.quad 0xe164ff19ba294649, 0x0007e30d10460718
	.quad 0xc1d000003ab00000, 0xf70c056f36e60000
	.quad 0x65bd2363706afead, 0x4023f5fa20a18d3c
	.quad 0xffd984c5f810a89d, 0xbff0000000000001
	.quad 0xc7fffffe7f800000, 0x7ff0000000000000
	.quad 0x0b6ca9d96c6abe00, 0xbf12000000000000
	.quad 0xd021e467d7f4fb75, 0x8e558f2bbaf48eaf
	.quad 0x40b0000000000000, 0x800552b388e6b18d
	.quad 0xc0628e3eb71ca550, 0x7f80000040200000
	.quad 0xff800000c15f9d88, 0x02b8fb2bff6d5a4c
	.quad 0x48e142c6fbd92a7f, 0x7fc000003f622b60
	.quad 0xd24e0b231da387ff, 0x7ff4f276e7757035
	.quad 0x38ea1da7df34d7d7, 0xcad0d940aaffbfbf
	.quad 0x4d1f9c841e497043, 0x62d02e8ae774e07a
seed5:
	.quad 0xb53dc11b36fdd885
	.quad 0xccf8f9cf826ac970
	.quad 0x00000000000002c4
	.quad 0x5930016f2c1a25a2
	.quad 0xfffffff2821dc99a
	.quad 0x8000000000000000
	.quad 0xfffff1fabf7fa3c6
	.quad 0x00000000ffffffff
	.quad 0x9df058afb86771d4
	.quad 0x1782fd9ff7b421cf
	.quad 0xfffffffffcf91820
	.quad 0x6e6c6578ed289415
	.quad 0x0000000001000001
	.quad 0xc340a02152b3ee70
	.quad 0x2fdb7e5849e2f599
	.quad 0xffffffffffffff2c
	.quad 0x02000000
	.quad 0xe0000000
	.quad 0x80000000feffffff, 0xfff1360d569baa03
	.quad 0xc8de1ce2b3827e00, 0x9130efb9904a2fc3
	.quad 0xbcf18a6d80000000, 0x90a66003c0c00000
	.quad 0xd7f1d7abd382870f, 0xba5482690b9c2d8e
	.quad 0x6b368e36ffffba00, 0x91ba5e0042662384
	.quad 0xfe7b4216a7db509b, 0x7fc000007fabb406
	.quad 0x3d9a747c977f383a, 0xbfd118339f3868cb
	.quad 0x61a35ef39786b43f, 0x758611e620e37657
	.quad 0x3fa3c6706b1d6002, 0x7f8706d2a06b38b8
	.quad 0x41c2ea29424d847c, 0x04fde609d2f12871
	.quad 0xffb6f3cb806c9a25, 0xbf10123bf7b4bc69
	.quad 0x817fffff00000001, 0x564250a353fe522d
	.quad 0x2ce4287c5cfdff67, 0x8008000000000000
	.quad 0xf1d1f09c7f3ece7f, 0x28dc9d8fbefdd7cf
	.quad 0x1255baddc1545b62, 0x8001f8d5404c3f7c
	.quad 0xd8c427f53143ad50, 0xff84603700da99cd
	.quad 0xc2edffc880000000, 0x2b28b1a7378a3fff
	.quad 0xfff5cf5234892509, 0xfe43eee2839ecca2
	.quad 0x407fffff7f820f16, 0xbf930aafaa9a4b80
	.quad 0x7f86d09c0b006b33, 0x5ffffffe00000000
	.quad 0xc020000000000000, 0xc0cb000000000000
	.quad 0x8d6dc4e5dd7fffff, 0x401f19436d52e060
	.quad 0x066e445d571291a5, 0xb30cb404ffbfb13b
	.quad 0x94e32610bfb55bcf, 0x0a9092ed7f800000
	.quad 0x802b8f99a150d584, 0xedb5ce81ffedfc00
	.quad 0x7ff0000000000000, 0xc0c3000000000000
	.quad 0x40066e332f4fef41, 0x9179401eb84edaee
	.quad 0x0a9a73eb81838939, 0x407783a66ac464bd
	.quad 0xe984def3c1000000, 0x253d8c15bf8744c1
	.quad 0x80afec7cbedf508c, 0x40f0000000000001
	.quad 0x84282d1381fdfc00, 0xa856bb4736e9f10e
	.quad 0xfff16272609f07a2, 0x7f89596100000000
seed6:
	.quad 0xe9ab701990fd777d
	.quad 0xe1fe0eeb587938e1
	.quad 0x64a54cc8cc101b28
	.quad 0xd92fdf53a2fcb6f9
	.quad 0x00000000000001ce
	.quad 0x014b686e180ee4d3
	.quad 0x000000000000038d
	.quad 0x5f8167cc2c68899c
	.quad 0x287647cb5765448f
	.quad 0xffffffffffffffff
	.quad 0x86cebbe45de53cb6
	.quad 0x29def5987f7b037b
	.quad 0xfffffffffffffd75
	.quad 0xffffff54607dfa1b
	.quad 0xbacb9e6750cdcbe4
	.quad 0x1a89ee136007f9ea
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x6d98cf4f3d2ae557, 0x43712f7ac7800000
	.quad 0xfff25d99719279a3, 0x7ffc2d69e8fa4dc5
	.quad 0xfb0b01dd0de9a29d, 0x989c950ce0081d02
	.quad 0x43b0000000000000, 0x7fc0000000000000
	.quad 0xbfba2004ffb53153, 0x44d72ba26efeeefb
	.quad 0x9d06db9fe79c0442, 0x3014e659ae390400
	.quad 0x869966db49e08000, 0xff80000000000001
	.quad 0x2028b55fc3bf7cea, 0x7d4fed8c8044647d
	.quad 0x800406fdb77380d1, 0x8c282e1cbffafbf9
	.quad 0x28fe51c262d41eb5, 0xbb944625c32e84c8
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x0c7e6d0881878104, 0x6d3ae9a9bfb4fc00
	.quad 0x3f86de28366e4bf7, 0xeac42f547491c292
	.quad 0xc018000000000000, 0x1bacc8e9f730c580
	.quad 0xc4b74420fced9c54, 0xc15b53efbc37b4fc
	.quad 0x3f800000bc580000, 0x88910b5a403b8181
	.quad 0x3bc00000c7000001, 0xa2f0d45759c1d1fa
	.quad 0xb9c5007be3f77dfb, 0xc13c4afabe350e8e
	.quad 0xfe8f8185ff8fa6ad, 0x7fd0000000000000
	.quad 0x000d4e6b232a4373, 0xb9015f15a7658354
	.quad 0xc8c2000000000000, 0x8004221c17c79732
	.quad 0xef1a084a41080000, 0xfffc2f4caf0fd09d
	.quad 0xfffa12833c414180, 0x5a00000080436423
	.quad 0xb51512f772840b94, 0xdd919fe1bff748f7
	.quad 0x800000007f800000, 0xd69ff97f3e4a7d5c
	.quad 0xc2e3c7d083cbac9e, 0x7ff8000000000000
	.quad 0x000fffffffffffff, 0x710a84adfffdf9bc
	.quad 0x82019de82d857c7c, 0x7ff8000000000000
	.quad 0xe805658c3bb3ecd0, 0x0dd8426871ece33b
	.quad 0xe8df5453ffc94d5c, 0x929bc1e57ffa33a4
	.quad 0xf2ada8e5ffcaffd3, 0x3fa71a0b952fe2b3
	.quad 0x3276283a73237c00, 0x3fcc58d03ff41e30
seed7:
	.quad 0x8000000000000000
	.quad 0x0000000001274beb
	.quad 0xed265e56421958ff
	.quad 0x000000000009b778
	.quad 0x15ca1b536685730d
	.quad 0x7e14d83b44b835f3
	.quad 0x000000000085932c
	.quad 0x0000000000000001
	.quad 0x19589ab22aea6a83
	.quad 0xfffffffffffffd2f
	.quad 0x0000000000000000
	.quad 0x01c533bad7363156
	.quad 0x0000000080000000
	.quad 0xffffff67ca9ee7e8
	.quad 0x564cccf05204a7f1
	.quad 0xbeb0b399dae138ee
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xab2d6f2ac9034203, 0xc025c581ed92c45a
	.quad 0x902d760b7dffdfdb, 0x824e4754aa3552db
	.quad 0xbdd6e118b5785bbf, 0x0000000000000000
	.quad 0x4c59d69f7fc164c0, 0x7ff606eca741c931
	.quad 0x01a34358a3084a26, 0x7fe0000000000000
	.quad 0x40f0000000000001, 0xffefffffffffffff
	.quad 0x83041d4defdf5daf, 0x4056e407f804f96d
	.quad 0xc0efffffffffffff, 0xfff8000000000000
	.quad 0x800b16c1da7233ef, 0x4038e2b3efdafa4b
	.quad 0x9dce8ed25b73cb41, 0x017fffff80000000
	.quad 0x0009427b9886ef69, 0x3972e319b1b2ee00
	.quad 0xdf000001c7c00000, 0xbeb3294d7f800000
	.quad 0xc3a810dafea99a47, 0xc4910981d97f1f3a
	.quad 0x6aaefb63e5ccd800, 0x403308a125b1470f
	.quad 0x195df1cf71cebc01, 0x1252b1b2ff9fc5e1
	.quad 0x7fff55da810a0aff, 0xc0b2800000000000
	.quad 0x7fe77d762552bd2c, 0x5bde5d8f6bffdf9f
	.quad 0xbffe2092808b3562, 0x4cb2558981d20392
	.quad 0x816c3618daaeaf0c, 0x8c3bcea8610c4955
	.quad 0x001fffffffffffff, 0x404b8877ff800000
	.quad 0x3f94f14dc90474a6, 0xc0fffffffffffffe
	.quad 0x37780000ff800000, 0xfff0000000000000
	.quad 0x8000355342e285b6, 0x80000000c10c0000
	.quad 0x7fdf10f45a99e003, 0x7fdfffffffffffff
	.quad 0x9ba65986cdd9ddd0, 0xf2e99be8ee597c8c
	.quad 0xc2ec0bd05f7ffffe, 0xdecec1b9abffffff
	.quad 0x3715a4536dfe7d19, 0x7fc0000036c00000
	.quad 0xbfb0a3ccffb14ffe, 0x000000007fc00000
	.quad 0x69d75d6bbf600000, 0x9c76b14cffeebe26
	.quad 0x7ff0000000000000, 0xfa85690cbc199d02
	.quad 0x8004cdd1132d3896, 0x8066e49100000000
	.quad 0x4002000000000000, 0x5181bf5f48f0b104
seed8:
	.quad 0xfc3a51b69f6f5c78
	.quad 0x0000000000000000
	.quad 0xde5780ad1fccdce0
	.quad 0x0000000100000000
	.quad 0x00ab91f2edf664f9
	.quad 0xeb9058f4650139c2
	.quad 0xc45be2e023a53808
	.quad 0x1959e913f5f3ab01
	.quad 0xffffffffffffffff
	.quad 0xff8e10836a4d840d
	.quad 0xfffffffffffffefa
	.quad 0xfffffffffffffd79
	.quad 0x0000000000000352
	.quad 0x1f7cd1dbcbf322d0
	.quad 0x0000000000000001
	.quad 0x8c451af4e270c302
	.quad 0x02000000
	.quad 0x00000000
	.quad 0x83ccf53f13f200ff, 0x0013d22c42c00000
	.quad 0x7fefffffffffffff, 0xae41dea47b8fd815
	.quad 0xffc000004a15c382, 0x84cfb4eb24e27900
	.quad 0xfff8000000000000, 0x7f800000ffd68c09
	.quad 0xd4caa2cf4234b96a, 0x4b8775efc427d600
	.quad 0x7ff0000000000000, 0xe4738cfeffecfe00
	.quad 0xfff38f1bf3c357b5, 0x427fffff732e0d1a
	.quad 0x3e081e6881cea6fb, 0xfb416a84ffffffff
	.quad 0xc738bd3a40e80000, 0x2ce21ba4e2067ce4
	.quad 0x079460df07b97e00, 0x105ed7cdc9458400
	.quad 0x4201a31cd6bb579a, 0x3f8a191849645d4b
	.quad 0x0b941269fffbff7e, 0xc024c395b7c00000
	.quad 0x419fd282bea52f6f, 0xd6d837d8ff7fffff
	.quad 0x5f0000013d8a91c2, 0xff92b4abbc077fcf
	.quad 0x80d385b4001e9f4a, 0xd931bf72f05b5cd2
	.quad 0x3f7a8639d0395940, 0x000000003bd6713d
	.quad 0x00ae7b7c645160e1, 0x004624cb4b3920f4
	.quad 0x8008000000000000, 0xf81c8602ff800000
	.quad 0x0a2159f0f697efcb, 0xfff8ead7bbd8da73
	.quad 0xcf62a34cda361ba3, 0xbdabe553b6500000
	.quad 0x807cbbab47c9fc1b, 0x262d0e56f7e5d054
	.quad 0x5f0000013e64be21, 0xb9ea000040100000
	.quad 0x4064f60128f3fbee, 0x280edb4cf5f9ff4f
	.quad 0x44dd6b7cef2ffef8, 0x2d228bf14886d4ff
	.quad 0x3d8b79063e57f292, 0x7f7fffff929d27ff
	.quad 0xc370507fc22b01f4, 0x3131377ae451dfff
	.quad 0x4fe33637c87d7e00, 0x7fe0000000000000
	.quad 0x3da39c84c0005b6b, 0x003e1b127fdcf217
	.quad 0x800000007f800000, 0x405bde9b58f36d5d
	.quad 0x7f365a5fd7396c3d, 0xddeaa7950ca2a25f
	.quad 0x88973360372d5572, 0x82c5f46560f75029
	.quad 0x40417a7f02e418f9, 0x404e4a883f427983
seed9:
	.quad 0xfffffffffffffce4
	.quad 0x000000007fffffff
	.quad 0x73c97ee6d7f0bff6
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0xf5cebe071944695b
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x041dbb4ff751e1bd
	.quad 0xfffffffffffffe91
	.quad 0x3392f6ae3dfa73be
	.quad 0x9c9c2e9e6a359ad8
	.quad 0xf8bae7a290b5e078
	.quad 0x6536ebd8139ea3e9
	.quad 0x00000000ffffffff
	.quad 0xdbfc948d8736f00b
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0x431c000040880000, 0xffc00000ecb5b458
	.quad 0xc21e1d88c2200000, 0x0496fd2c61480187
	.quad 0x00800000407ffffe, 0x7f8000007f853455
	.quad 0xc113400000000000, 0x8085304a3d880000
	.quad 0xbed5000000000000, 0xf2eecff67f0a81c7
	.quad 0x4f60ad1aad3f45c0, 0x010e367def52c903
	.quad 0x16303f72e5fcddbf, 0xc47f1d30bff37c00
	.quad 0x3f4b75c2fb9efc6e, 0x7f8000003bb87cb0
	.quad 0x000acea543098bf5, 0xff800000ffc00000
	.quad 0xbfed4439dbb32917, 0xc7ad85f53c46c970
	.quad 0x292ab5b382308400, 0x78de8d9f4029d43b
	.quad 0x8492d11197dab300, 0x4200000080ffffff
	.quad 0xd3aa37f9e120f941, 0xd8359093018b8000
	.quad 0x2335d2ad34bf36f3, 0x3f000000eeadddf5
	.quad 0xc094000000658167, 0x1d9aeb363ebd5d89
	.quad 0x011a476bcc9c5e3d, 0x41dfcd7dc2a489b9
	.quad 0xbfe6000000000000, 0x7f3bffd7e66bab9a
	.quad 0x7fa02caad75aa150, 0x3f705732cf3667c3
	.quad 0xffe0000000000000, 0x40174c6849bd8446
	.quad 0x433ffffffffffffe, 0xfff0000000000000
	.quad 0x7da0ed47217c8ec4, 0x7ffb2b75bd644881
	.quad 0x975fa54cd824fc00, 0x83d4acd4163057bc
	.quad 0x80000000c05e8b66, 0x80000000bf800000
	.quad 0x7ff8000000000000, 0xfff3584e740d1762
	.quad 0xbf650e3eff07331e, 0xc009db69c6a85f55
	.quad 0xfff0000000000000, 0x3fdddd26dd4eaf63
	.quad 0x7ba037a280000000, 0x4009d252f98a8e40
	.quad 0x80000000f669d1dc, 0x3fa6e00000000000
	.quad 0x0017c860813f9ddd, 0xe3be55d9e3fd9bfc
	.quad 0x347112c3fe7bfc10, 0x919c855f800367ed
	.quad 0xd672ac7a7f800000, 0x83060dea6455bc79
	.quad 0x0001d96c69a2efcf, 0xff7fffffc0600000
seed10:
	.quad 0x000000000000029d
	.quad 0x000000000000011a
	.quad 0x00000000016ab002
	.quad 0x67fdc19cd0c3739b
	.quad 0xfffffffffffffc73
	.quad 0x0020000000000001
	.quad 0xfffffffffffffc42
	.quad 0x876de7486a08f7d5
	.quad 0xfffffab39648f4b7
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x00bd29170f4c426b
	.quad 0xdcde8030387e7462
	.quad 0x0000000000000118
	.quad 0x000000000000e05d
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x3fef0b06e5b8d9c2, 0x7fc00000bcd2e0aa
	.quad 0x448cd208e54b7a2b, 0x80066b1e3174f1dc
	.quad 0x93ff92439051fb00, 0x3fbc5034908cbb43
	.quad 0x851acadf43d2e47e, 0xf4977c791d2a0000
	.quad 0x21077493f5fd8125, 0x76e5817347595851
	.quad 0x8008000000000000, 0xc009000000000000
	.quad 0xf2f49aec7fba6e51, 0x480d3f32e2cc02d8
	.quad 0xbd692822fccf2959, 0xc060000080000000
	.quad 0x3ec44c5553c8a76b, 0x7f8000007ff163bf
	.quad 0xc1d8b14bc1d67fe0, 0x489d224e024eed25
	.quad 0x7ff8000000000000, 0xc049f149656dd573
	.quad 0x3b4aca239f7c819b, 0xbf00c1987f800000
	.quad 0xb53d18275ecdfc00, 0x4fffffffff800000
	.quad 0x3405cb5605cc7d5d, 0x45b4616d7fcb0000
	.quad 0x8000000000000000, 0xc480000080400000
	.quad 0xfff0000000000000, 0xbfc2f7da82b54fb3
	.quad 0x7f8000004225aa27, 0x7f80000040d1ffce
	.quad 0x873f3374fc67c180, 0x0000000000000000
	.quad 0x00298da5a5cd3ca4, 0xec90528c4f000001
	.quad 0xc1c7b9b1fffa0e94, 0x34a011b9fdfb7dd8
	.quad 0x4011eeb4c8391157, 0x8fad53f5bdf33edf
	.quad 0xa3eaae9637dcfc56, 0xb3c9f57596a42b6b
	.quad 0x6a04979a23d303df, 0x3ce789f13c2e8b52
	.quad 0xb9a6d8e5df87c200, 0xc0f692d42d62aa19
	.quad 0xa2cfbbf6dbb97e28, 0xf9e3292dbf1be6b5
	.quad 0x3d6731457fdeaa6a, 0x0f0b05197fb3fdbd
	.quad 0xbee1d118ffbdfdff, 0x7fee91847f800000
	.quad 0x7fadf6a83fe00000, 0x7f49d95000000001
	.quad 0xba39e5faffc9fc00, 0x0014d4cfc23994d0
	.quad 0x0004770dc0df3c52, 0xc1947d357544638d
	.quad 0x478000003cbc6064, 0x8066bc3ddcacedff
	.quad 0xfeffffffc3b8edd4, 0xb04a3baf18d7c5c1
seed11:
	.quad 0xfef7cc24e825e4c2
	.quad 0x71062b905cde155a
	.quad 0x0000000000000000
	.quad 0x8e63a038f212fdb9
	.quad 0x0000c603a329b80a
	.quad 0x00000000003543af
	.quad 0xfffff14e7a284465
	.quad 0x7fffffffffffffff
	.quad 0xffff4c45680f4f21
	.quad 0xfffffffffffffcd1
	.quad 0x0000000000000221
	.quad 0xf1798dab62fd1ff8
	.quad 0x7fffffffffffffff
	.quad 0xaa31810469d762f4
	.quad 0x898df17e45fc00a0
	.quad 0xfffffa7b9abac231
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x44ee0000c0c00000, 0xc2a37641bc800000
	.quad 0xbbede2b0407bc6cd, 0xf666eb25bc220766
	.quad 0x42400000feffffff, 0x8327fcee1eff2679
	.quad 0x2ff62898bef77b9b, 0x800000009e154ec7
	.quad 0xc0171c84080c5aa5, 0x642529974601f95c
	.quad 0xc102000047000000, 0x445767682ba5eb97
	.quad 0x5ef824a7004d7ded, 0xa4de12d81c100a30
	.quad 0xc0481a05564240c2, 0x009da8067f800000
	.quad 0x8c7455c041c50e71, 0xbed4000000000000
	.quad 0xbf68000000000000, 0x6882dd897fff4dc6
	.quad 0xeb5ab202ffedcf55, 0xda000001f75cbad5
	.quad 0x1825dea57effffff, 0xfff23bc3cf8ebf87
	.quad 0x7ff0000000000000, 0x61743640fd7c78ef
	.quad 0xaf8cf458827c7e42, 0xecea63d349c1641c
	.quad 0x4362f8038e652480, 0x98aaab8bbfa7abff
	.quad 0xb0a7d946febb7cbf, 0x8000000000000000
	.quad 0xfe800000801fa74c, 0x3b40000000000000
	.quad 0x00000000bb5a0000, 0xf0778031a29489a1
	.quad 0x3f90009dff7fffff, 0x000000007fb677bb
	.quad 0xbf8dc9fc9b3600b2, 0x7908f5a1fffefbfe
	.quad 0x400f000000000000, 0x83222048c55ffc00
	.quad 0x4067b5f4e4b57b28, 0xd79d71584c7f7c74
	.quad 0x9a75e4fe80000000, 0x4065534e3d805ac1
	.quad 0xc2ed611226ba672a, 0xc052b929b108f08d
	.quad 0xc7fffffeaf8cd39b, 0x7ff2f1ee1ce3b1ca
	.quad 0xcb800001ffc00000, 0x1bd6d0f0ff61fc00
	.quad 0xc1f002d180000000, 0x88b8f5c712347dd5
	.quad 0x8385afeaffbb6ccd, 0x8c06861440e40000
	.quad 0x75a4a557fceb185a, 0x0fd369ec0cfe0585
	.quad 0x80000000007fffff, 0x20157437fffd7ade
	.quad 0xec757af43e70bf53, 0x7f93c5b000000000
	.quad 0x8000000000000000, 0x0000000000000000
seed12:
	.quad 0x3b734520da212c64
	.quad 0xffffffffffffffff
	.quad 0x2d7d3ad8f84471f3
	.quad 0x8305470128f760a0
	.quad 0x0000000000000329
	.quad 0xffffffffffffff82
	.quad 0xe65a08a0664b5ba5
	.quad 0x0006be7a34250a34
	.quad 0x0000000000000298
	.quad 0x00000000497ae9b2
	.quad 0xfffd04ae22cf2bdb
	.quad 0x00000046a1e2aae4
	.quad 0x816c3282e125fdd7
	.quad 0xfffffffffffff5d7
	.quad 0x9508130d1a889ef1
	.quad 0xfffffffd73fdd26f
	.quad 0x04400000
	.quad 0xe0000000
	.quad 0xf016b94b7fd3fb39, 0xdff5d935ff800000
	.quad 0xc8a1bdc5d2850000, 0xe71da8c16f58ac6a
	.quad 0x166edd9aff7febc5, 0x3fd0000000000000
	.quad 0x40500000edae9e4e, 0xc948d70ec721fe00
	.quad 0xc32c501fca1a8000, 0xb8162477ffffddfa
	.quad 0x5b4a40bc0d148000, 0x0f7da148d0a601d8
	.quad 0x3cc78b8b4009820e, 0x65edb1477f6c75ba
	.quad 0x477fffff31b4d3a2, 0x0055cbee7fa52240
	.quad 0x8000000000000001, 0x1daf722ff186a53b
	.quad 0xfeb42f2d2a627800, 0xbfb8f1b584e5a27d
	.quad 0x03a58356e62a2f37, 0x1c330d59b93ec890
	.quad 0x649516d09c564db9, 0x0000000040800000
	.quad 0x17e895ef7fc00000, 0x0bfd868f7f800000
	.quad 0xd28b3f26465ea91e, 0x9024d0497fc39528
	.quad 0xc8e00000bb6a744e, 0xffd0000000000000
	.quad 0xffb98b54c22af8a7, 0xa28941967448557f
	.quad 0xc102b29a63d89abd, 0xa12fcc8ad1b98a09
	.quad 0x000000010abb31e7, 0xc099000000000000
	.quad 0x1d0c382064b9fe00, 0x7fa13e393ed8581f
	.quad 0x3e0e51aeffc00000, 0xbfc88c41083d88b9
	.quad 0x829e92467fc7cfc3, 0xec42dae6f7ffeb6a
	.quad 0x7ffce2299bc2613a, 0x7fff8e63cafd02be
	.quad 0x280c6df7a6ffd673, 0x83fd5b421668d75e
	.quad 0xbdbbdfe8ffc00000, 0xbfbe800000000000
	.quad 0x419f8bf6c0a38c44, 0x3f8ea2cd5fa0e680
	.quad 0xc00e000000000000, 0x42fd9d0400000000
	.quad 0x99dc4ba2bcfaf995, 0x7ff0000000000000
	.quad 0xbf8000003f800000, 0xbe56c1acb6ce7c00
	.quad 0x0000000000000000, 0x36248499fb95ff30
	.quad 0xfff8000000000000, 0xffc00000334c9582
	.quad 0xcb6d4af3d6f0feff, 0xcc508959ba5452d0
	.quad 0x7fc000003de436e5, 0xf6c23bdf520e5508
seed13:
	.quad 0xd580215f3c35f982
	.quad 0xa572b7e4bcad7d74
	.quad 0x541b4ed27cd89e14
	.quad 0x0004426d3a7cf617
	.quad 0xfffffffffffffc20
	.quad 0xffffffff80000000
	.quad 0xfffffffffff9b246
	.quad 0x0000000100000000
	.quad 0xffffff37c1a14375
	.quad 0x0020000000000001
	.quad 0x00000000000010dc
	.quad 0x3b20494bec881ba5
	.quad 0x00000000000001d0
	.quad 0xb3cb040ba9db4cc0
	.quad 0x0000000000000001
	.quad 0x000000000000035a
	.quad 0x02800000
	.quad 0xa0000000
	.quad 0xc776a053f0dbbf48, 0x0026d73da9df26c1
	.quad 0x7fdce0969a7b76a2, 0xd13d9525ac6fc6d7
	.quad 0xb1f01dc1e0fffff5, 0xffb39fc3b6ae0770
	.quad 0x3667d4b30a0f0960, 0x3ff8000000000000
	.quad 0x7ff0aa1e29e33c58, 0xe173b98eafbbffdf
	.quad 0xff922e4980fc6722, 0x0000000000400000
	.quad 0x760bcccbc11a0000, 0xdfc4273ac602848b
	.quad 0x7ff0000000000000, 0x525a162f9fdc48ca
	.quad 0xc0315afb11d343ae, 0x4017b3353a2bba8e
	.quad 0x1ba159923425a05b, 0x3ac006e63f564343
	.quad 0x857d74dd8ad14a77, 0x0000000000000000
	.quad 0xfe89fb6ff3c6f49c, 0xbf9f82beca80c51c
	.quad 0x3eedcad544c80000, 0x007fffff3b390000
	.quad 0x400fffffffffffff, 0xfe91a680075b0a6b
	.quad 0xc453cf4662e17bff, 0xd1f840735d75c7f0
	.quad 0xbf7d6c85fe9b0e87, 0xf90385b119e3dbd1
	.quad 0x80000000f7b3749b, 0xe0c37220fffebf5f
	.quad 0xc10f5f256348a01c, 0x6bf2c4fe606c3c8e
	.quad 0xba4194a6ff978400, 0xc0f0000000000000
	.quad 0xb95978ff8e44e32e, 0x56adce24f833fc00
	.quad 0xbfc85dab209d5c27, 0xec2114bcf7d0dc5b
	.quad 0xe5f17cacf789ddeb, 0xc0b800003ca86c8f
	.quad 0xffff793ddab6b14d, 0xd8b4703f3c6e792a
	.quad 0xfff0000000000000, 0x0000aed680047f78
	.quad 0xfff0000000000000, 0x5f7ffffe7fc00000
	.quad 0x6641fc2fc1d6c860, 0x40d8000000000000
	.quad 0x7f4ad3452e775ad0, 0xc063f65ba214b79b
	.quad 0xff5a8562fa00a28b, 0xfff8000000000000
	.quad 0xc98120721757f7a5, 0x8b01dc6affffffff
	.quad 0xff250fdc17af8a01, 0x3e12975e59800001
	.quad 0xfff4c85f5609552f, 0x43a2c5c143cefcbc
	.quad 0x41a970057fffa01c, 0x2fac8c89d7f8f9ad
seed14:
	.quad 0x5621fff30ecc4a40
	.quad 0xfffffffffffffd4c
	.quad 0x00000102d75d2a22
	.quad 0xcea57cc89e91be2f
	.quad 0xffffffdd8481a25d
	.quad 0x00000000ffffffff
	.quad 0x9f5ca555624ed34a
	.quad 0x0000000080000000
	.quad 0xfffffffffffffeb6
	.quad 0x0000006c1a681ecd
	.quad 0x000000b5e031bc36
	.quad 0x6ec832fd03e7c2ed
	.quad 0x00000007a6825eef
	.quad 0xf5df50294c619c2b
	.quad 0x886be83395e83dc7
	.quad 0x0000000000000205
	.quad 0x05c00000
	.quad 0xc0000000
	.quad 0x7ffd908f7fda0dd1, 0x3c7cd8ef4313c0e8
	.quad 0xab0e2b5200337e00, 0xbedc2fe23ca4bdf1
	.quad 0x00000001ff800000, 0xcb229646d722e224
	.quad 0x8093551580d12628, 0xbc83ad706c54c483
	.quad 0x4069cb103abeceb6, 0x800000000794540e
	.quad 0x49ce36127bfff57f, 0xff800000bbe11046
	.quad 0xbe2d07bd774c6017, 0x407d62f60aa7bf88
	.quad 0x7fddb46900cae768, 0x9b5ddc0303ff3b3c
	.quad 0x2f8f260db8c00000, 0x3d44e246c1000000
	.quad 0xb44b7e544d859e01, 0xabd555d0cf24fdfb
	.quad 0x80532f9a3e9a0bcc, 0xc1f5007f93df47f6
	.quad 0xc7a4ebd96908fd30, 0xff80000040100000
	.quad 0x8238fdd15a77eac8, 0x00000000125cd149
	.quad 0xd6b048c82dfe0791, 0x401b2ecbd6dd5563
	.quad 0x969ef50f713a8542, 0x0caeaa18da42db00
	.quad 0x006d90c47ec0335d, 0xa73cf9bcb0974f5f
	.quad 0x7491f35e8dc1cc3e, 0x4019000000000000
	.quad 0xbff159ddf2375e9d, 0x6d70e0e6ff9e7b39
	.quad 0xbfd7c01e0c78f4dc, 0x40f54bdd786cb367
	.quad 0x40a4b15e411a0000, 0xd80735339616d266
	.quad 0x41f2cb1828354496, 0x4008a66fe272f506
	.quad 0x69d313695050edb2, 0x00c263770366d2d7
	.quad 0xfff0000000000000, 0x09d5a2e9cf8f5fbf
	.quad 0xc3e6a2df6ab9510b, 0x41065e5700000000
	.quad 0xca3495f32cf274eb, 0x8eb629217bf6b7ef
	.quad 0x57182094873620af, 0x0000000000000000
	.quad 0x3e800000ff800000, 0xf0f8412dbbdf43fe
	.quad 0xdc133e17d7daf77b, 0x660bb3faffc00000
	.quad 0xfff0000000000000, 0x3fb157b200d50f33
	.quad 0xbe0f66e137800000, 0x7ff28ec03f3482cb
	.quad 0x80000000bc295448, 0xff92c0477f800000
	.quad 0x35a97400c2ba8001, 0x1018894a50910000
seed15:
	.quad 0x692a999efa82d8f1
	.quad 0x17f607b70ef70cc5
	.quad 0xb1e84be83dd3463d
	.quad 0x5bdc456250c5f053
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdf4
	.quad 0x00000025643cc3b7
	.quad 0xffffffe0e9077cd0
	.quad 0x00222bee62cae458
	.quad 0x5549177be8bd31b4
	.quad 0xffffffffffffff90
	.quad 0x00000000000000b4
	.quad 0x7784133386589fb0
	.quad 0x000000000000000a
	.quad 0x0000000080000000
	.quad 0x39776c07147708bf
	.quad 0x02400000
	.quad 0x20000000
	.quad 0x0003b92f4df2d252, 0x4036000000000000
	.quad 0x7fb9e6057bc495cc, 0xbe8c309e80000000
	.quad 0x454000007f97afef, 0xf48f25ee0a1e7e00
	.quad 0x96b0650c7fb16c6f, 0x3e39f449a4c14bf2
	.quad 0x483d94ba7fdbd157, 0x39a40000be88b722
	.quad 0xfd3f995aaea87a6f, 0xcc9cc6e8707dfffb
	.quad 0x7f8000003df0ae9c, 0xf54731b9fff53aee
	.quad 0x3f95a930cc0ac84e, 0x3ee1800000000000
	.quad 0x3ec28953c1140000, 0x7adcf43d730bfb38
	.quad 0x3ff06f773b5e6924, 0xc11400003f000000
	.quad 0xc6f99e358249350d, 0x821ba7c47f860978
	.quad 0x7b1f4e5f3fffbfdf, 0x01039d1cffa0a332
	.quad 0xbfffffff3f800000, 0x82ab66c867fffffe
	.quad 0x9c7d63d0056756cc, 0xbf77c0876499bf4a
	.quad 0x3a2dc94f5e9ad3ef, 0xa141f5fcff9f7cff
	.quad 0x3df99c63e113dceb, 0x892fe28ed8d743ff
	.quad 0xffc00000f993dfd5, 0xd6e0b27759b0aaad
	.quad 0xbd6b1c09806e7b24, 0x8c7ea48343c8af14
	.quad 0x0b7cc4231a1ec8a0, 0xfff605851426c50d
	.quad 0x42d35aeebd8a2b68, 0x3ff3e16851bf19c6
	.quad 0x0024855b00000000, 0x109937b1ff800000
	.quad 0x5df6abe5dcf4fc00, 0x8000000080000000
	.quad 0x3c7d9424c3590b15, 0x7b433a6b00ffffff
	.quad 0x40e0000000000001, 0xa59ba2f1fbff8e5a
	.quad 0xff80000000000000, 0x000333612f01918d
	.quad 0x863bb569654cff11, 0xbdc75941614adf46
	.quad 0xaafb0f5ca47aed7f, 0x7f5fe0e1540448a6
	.quad 0xcfd9ca14903780dd, 0xbfb90d9606ab4bae
	.quad 0x5ad2e21180c7eadb, 0x7cfd17c303a24a62
	.quad 0x0020000000000000, 0x81528dce00000001
	.quad 0x06790d19fa4add4c, 0x15fade0cef7ab600
	.quad 0xfdec017287487d74, 0x12df11129721cdcd
seed16:
	.quad 0x707a801f8fbe8280
	.quad 0x8000000000000000
	.quad 0xb67d2015b64e01e8
	.quad 0x6e40876ba9a9add8
	.quad 0x000000000000003f
	.quad 0x00000000000001af
	.quad 0xc2e9fb39d0512feb
	.quad 0xffd6b3fda1343166
	.quad 0xf340d6418abd9b78
	.quad 0x0000001684c3561e
	.quad 0x46df33a484f265e4
	.quad 0x00000001d8d5f1d5
	.quad 0x000000000000000f
	.quad 0xfcd0d6491d62a2f9
	.quad 0xee20d635f2e64829
	.quad 0xffffe976f988bf63
	.quad 0x00800000
	.quad 0x30000000
	.quad 0xff800000015fc2c4, 0xb692a30f699ccd53
	.quad 0xbc06396bfa9088d2, 0x26f99f7140a295dd
	.quad 0xc1bf5556ff800000, 0x3f8fac93e54b5329
	.quad 0x9a53f91cbf850169, 0xc0cda00000000000
	.quad 0xbee9800000000000, 0x0185f59fef5f1c52
	.quad 0x7f8000003ec13303, 0x6f562b4316ac303b
	.quad 0x7f16e5cbff800000, 0xaa2341a67fde7d93
	.quad 0xae792b7b09a9a5a4, 0x4048000000000000
	.quad 0xff800000007d4331, 0x5d64c85fffbde7bf
	.quad 0x0010000000000000, 0x4118000000000000
	.quad 0x00d6643a41a00000, 0x420c8a8c5fffffff
	.quad 0x8000000000000000, 0x9f9e0072236ca0cb
	.quad 0x6efb0b992ca6faed, 0x80000000fb66c263
	.quad 0x98b16f7ff779c252, 0xa5e2191d067b79f2
	.quad 0x98901097ff1948fb, 0xebcd10fa7fa7586f
	.quad 0xbfe0000000000000, 0x5e46d9defff17400
	.quad 0x51976008d1ee659e, 0x3f65000000000000
	.quad 0x9e3fbc89e7b40000, 0xbee433c8df7ffffe
	.quad 0xc00fe6007f00f8fb, 0x3ea5ea4fff800000
	.quad 0xefbff6923fb5ba00, 0x8030be5f42e00000
	.quad 0x3ae88c4c6653429e, 0x88ef95dafffeefff
	.quad 0x7f800000ffbdfd53, 0xe7669fa5def17815
	.quad 0xfff00bff6c071cbb, 0x8000000000000000
	.quad 0x7ff8000000000000, 0x3b1b6cd3f7dffeeb
	.quad 0x0002da4b3b807582, 0x7ff0000000000000
	.quad 0x98dca33e8b9880f4, 0xc59f3cadd9fbf77f
	.quad 0x7fe20212e8e6aeac, 0x7a8961e9ff3cfe01
	.quad 0x0dfbe3aed1ba7ccc, 0xbd87200f3bfd4437
	.quad 0x294caa318b940000, 0x8143a558a6da2f6c
	.quad 0x7fbdbfb454000000, 0x3fd0000000000000
	.quad 0x5a97265942aa8c20, 0xbce11a3d38b00000
	.quad 0x7ff0000000000000, 0x428a8f8896c87e00
seed17:
	.quad 0x0000000000000000
	.quad 0x89b0ba497c99863c
	.quad 0xb4435cc7a1c4437f
	.quad 0xb335083164120e2d
	.quad 0x007d807bae555a64
	.quad 0x1d3e950c1be24959
	.quad 0x0000000000b9af3e
	.quad 0x179cb9c6152cc0a3
	.quad 0x3325c68bc310e001
	.quad 0xfffffffff802e50a
	.quad 0x00000000525a3f32
	.quad 0x0000000000000037
	.quad 0xd43ecb2e87453009
	.quad 0x0f00499306dc99d8
	.quad 0x00000000000227b3
	.quad 0x239555fbb32e3b74
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x54ac3ca57e5f7f85, 0xc011400000000000
	.quad 0xfff0000000000000, 0x7f800000fed2900b
	.quad 0x41480000c1740000, 0xe74281eeff857bff
	.quad 0xc2e920e800000000, 0x9218bc8e4ffd23db
	.quad 0xbfd3c2a5c95724ad, 0x400277d9cf7fffff
	.quad 0xbba2e883bf000000, 0x00000000801e3255
	.quad 0x800b7dc0bfe6ffbe, 0xbc8aedff00000000
	.quad 0x0266dfdb04faae5a, 0x49c00000c7000001
	.quad 0xbdf9fb76e7a3ff1f, 0x4661c1d1e8110000
	.quad 0x73f6ce3bd9599fa5, 0xf36491ecfcabbfa1
	.quad 0xc2bfffffffffffff, 0xb3a6081db874ad65
	.quad 0x4228d95afb96c40e, 0x2d390954dff37b63
	.quad 0x8eb030110e464340, 0x420b91d23d0d22ad
	.quad 0x8005499a90c8ff45, 0xbf7585558a878166
	.quad 0x83c48df172dd9300, 0x7f3f9a71de142b73
	.quad 0x40b9400000000000, 0x7fce452b435e8d2b
	.quad 0x94d7bccc40980000, 0xc0184ff1a20e7bb1
	.quad 0x0000000100400000, 0xfff8000000000000
	.quad 0xf1006c47821df3bf, 0xb813f8633041f0b4
	.quad 0x0a05262effc1fcdc, 0x3ffa000000000000
	.quad 0xf41a63e0d5b07da3, 0x1828ca03fedec6f6
	.quad 0x6339d988c6fdf4ff, 0x7f9d328140b80000
	.quad 0x582c4b3178feff7e, 0x3ff0000000000000
	.quad 0x36ebe86059523ae0, 0xc07ffffebe800000
	.quad 0x00000000f904cfe2, 0x8df05eb55df7ffb5
	.quad 0x4019000000000000, 0xb9800000ffc00000
	.quad 0x40c5d9fdffdcb44c, 0x309dac1b5e5a3281
	.quad 0x000000000043afd4, 0xc104ee7dfe5a7aa2
	.quad 0x5447d0ececcfb78d, 0xbf7a6a6535f7efde
	.quad 0x05ab81046ea81d88, 0xa71a73e312fcbfc8
	.quad 0xffc321dbee465b70, 0x6913a6c44e739b4b
	.quad 0x3afe800000000000, 0x00000000bf0b8ec7
seed18:
	.quad 0xfffffffffffffef7
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0xb115b5b2d78ad893
	.quad 0x000000001e8cf7ae
	.quad 0x338c478cd1a3a4c7
	.quad 0xe83fc2fc6cb31a91
	.quad 0x0000000000000009
	.quad 0xf800f00c579fae55
	.quad 0xdecb813838459b6e
	.quad 0xffffffffffffffff
	.quad 0xfffffffd9a441241
	.quad 0xfffffffffffffc35
	.quad 0xfffffffffffffff3
	.quad 0x141af68ddb806eb6
	.quad 0x8000000000000000
	.quad 0x01400000
	.quad 0x00000000
	.quad 0x3f7edd05a0c452d9, 0x0027a53514d22336
	.quad 0x40480000bccd0786, 0x44bbb23855a8c424
	.quad 0xa20f2c5db453fc00, 0x0000000000000000
	.quad 0x0fbaa669ffc00000, 0xb1d2f6d4e74d182f
	.quad 0x66a2b105ac8e8000, 0x0232650c957a2601
	.quad 0x7f1c1ad9bc75f1d0, 0x3eb00000f08fc150
	.quad 0xc7295a9ace7fffff, 0x7ffa32b3ec794c5f
	.quad 0xde36af2e6a79cbaf, 0x7eb03efbc18d0000
	.quad 0xff5f7dac40daf4e3, 0x5a0000013c925246
	.quad 0xd3885467b889c6b9, 0xf9d82f447ffc7bff
	.quad 0xf2ad9aa5ff7fffff, 0xc1effffffffffffe
	.quad 0x00000000cb6c3703, 0x43a291503e46789e
	.quad 0x7ff0000000000000, 0x00b64a43c21d4959
	.quad 0x7f08bcd11d976a03, 0x3f34f2ae5ea0df48
	.quad 0x5c299dac7fa50700, 0xfc88bb40f3b3e9b7
	.quad 0x41e0000000000001, 0x805f90ae2170201a
	.quad 0xdd5565defd6ffe00, 0xb642241ba9dd27fc
	.quad 0xfef111073fd68d5a, 0xb25b12a5df31b8b9
	.quad 0x2c2dc81ebea923e4, 0x4004e3a628a855f7
	.quad 0x425a4c0bbd04d277, 0xc060000000000000
	.quad 0xfff1ed247f5e92d2, 0x3fe6916fa652f92e
	.quad 0x5a5ff9aaff800000, 0x221f87709efdc71c
	.quad 0x542f334b3091a1c7, 0xd1f5b4aa6ffe09a0
	.quad 0x6581b192fca7d90f, 0x630ed109ff6ffffd
	.quad 0x043c7222da000000, 0x8d10d684e34da3b7
	.quad 0x7fc000000b1c0fbf, 0x8345ed3bead50844
	.quad 0x00585e0e51a33f49, 0xbed48935fd0fbdd7
	.quad 0x425fe8c200400000, 0x733c25c6822a48a1
	.quad 0xb813fcb4dfbc79df, 0x430172ff00000000
	.quad 0x424c4dc0ffcea7d9, 0x52c14a0e7b7beac7
	.quad 0xccef69b4dfffffff, 0x957ce8603b35f506
	.quad 0x8a30af8300c6fbff, 0xc06b6ce52072524a
seed19:
	.quad 0xfffffffffffffe7d
	.quad 0xffffffc37b62ad4c
	.quad 0x0000000000000d99
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0xffffffffffffffe2
	.quad 0x00022396bc11589a
	.quad 0x0282277f9949b869
	.quad 0x0145e88512f91c82
	.quad 0x0000000000000109
	.quad 0x00000000000001e5
	.quad 0x2b9e3cb5cbf7ba8c
	.quad 0x000000000000025b
	.quad 0xd0ee8f1a5073253a
	.quad 0xffffe7a0ac7b31fe
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0xf506c895ed2afe02, 0x75993e32ffd83f46
	.quad 0x527325c4aa6b4820, 0xc7bc0000ff9ed4c8
	.quad 0x3f84400000000000, 0x496b9268d6abfbef
	.quad 0x1587984874838800, 0x7ff4a946e4f928de
	.quad 0x7ed3d98000000001, 0x42a2d102ff9d4300
	.quad 0x0000000000000000, 0x4021800000000000
	.quad 0xfff8000000000000, 0xfffcc4850c82b5c5
	.quad 0x40e0000000000001, 0xc8a3fc7ffff51f6c
	.quad 0x13c7219a592e5eb0, 0x14de360323a0f4b4
	.quad 0xcb74139b9db40ac0, 0xc02c1e1d85deb87f
	.quad 0x81000000415eb657, 0x7ff29f99d4c47c9c
	.quad 0xaede0a5bd3bcd7f3, 0x24e0e348fbd4037f
	.quad 0x4002000000000000, 0x0000000075ecc1ec
	.quad 0x18007a30b9bc9405, 0x5f000001db3548f8
	.quad 0x0c73264f77f6a593, 0x7d8c008bb3265ac0
	.quad 0x3acab972f77d3beb, 0xff15ad1c782cfa4c
	.quad 0x9788807726dbfe00, 0xc0271e3da23a22de
	.quad 0x366cb54df42c8573, 0x5643ffbb9762492f
	.quad 0x7f800000ff800000, 0x01f88b8c85e8b70c
	.quad 0x7fe3dc087925e42a, 0x466c9645c0c80000
	.quad 0x43e0000000000001, 0xc0b000007f82438b
	.quad 0x6bc8abbdff800000, 0x3fe8000000000000
	.quad 0xc051946a666234ca, 0x7fe17f3a1c2132b8
	.quad 0x43c5eb06174e465e, 0x7ffdd94ed2fb6b31
	.quad 0x00fa2a3acf092403, 0xea4363c6a873d9b6
	.quad 0x981626f6c96cb70c, 0xdabec8e6b56152a7
	.quad 0x31f4805a7d5176f7, 0x0d2b9d718f79f962
	.quad 0xa7adf504cc1fda28, 0xbf65ba2dbff1499f
	.quad 0xff80000000800000, 0xb0798506b5ef3f74
	.quad 0xffc0000000000000, 0x0004a8e96115aa20
	.quad 0x1b7130d45feafee2, 0xdb39ef74dd9a7e01
	.quad 0xc6840000ff864246, 0x7ff8f6fbd6faa35b
seed20:
	.quad 0x0000000000000002
	.quad 0x0000000000000384
	.quad 0xfffffffffffffe2b
	.quad 0xe78342968fc044a6
	.quad 0xbe196be7ea645ddf
	.quad 0xf091252263043560
	.quad 0x8c62308ab8db55ec
	.quad 0xfffffffe4e63a2d7
	.quad 0xfffffffffffffc3c
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0xffffff74035fa7d6
	.quad 0xddb9cf5c67138ae1
	.quad 0xfffffffff81a00f4
	.quad 0xffffffffffffffc4
	.quad 0xfe872c6e410af770
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x15cf7a30f292b9db, 0xd6f132ddc4aa59ac
	.quad 0xc0613455131db285, 0x005491aaf09a2070
	.quad 0x2ad9cc5c73bbedee, 0x01316a4380000000
	.quad 0x7ffd3bc7d373675f, 0x129bd362e7169dc8
	.quad 0xcf6b64cfd5b9cc3a, 0x4aeca7d5b0e86374
	.quad 0xb9afd07dbd69a978, 0xc13bd8b4ff7fffff
	.quad 0x018fe97afa4e3a8c, 0x4066c79c1a47a417
	.quad 0x0009f2ee2a532e5c, 0x82bba8ebf5debfd6
	.quad 0x6cacdbfe069095bb, 0x8442504febde7fff
	.quad 0x3fe0000000000000, 0x2b3ea71eca2183ff
	.quad 0x299a89568880fdff, 0xd9cd9a4a7fa7078c
	.quad 0xbc400000ff8970a8, 0x40900000bedc86e5
	.quad 0xc1efffffffffffff, 0xc1f79b6b56031a7a
	.quad 0xf6a3d55a4a74f9fb, 0xfdd2194e850dea5f
	.quad 0xfff1ba2bad6dbd68, 0xe7c0979ebdb77ccc
	.quad 0xbfa964d363eab94c, 0x02f90b929b38bed9
	.quad 0x080d56f7471f41ee, 0x8e4c5679a07a47c0
	.quad 0xbd1690c27f7d2e45, 0x7ff89cc436812727
	.quad 0x00f85cdf3b707dfe, 0x78f4636acaf97c00
	.quad 0xe6549a61c3977a1a, 0xbed7000000000000
	.quad 0xbb4000007f800000, 0x80000000bca92d01
	.quad 0xe21c66fd63d07862, 0x4cd2df90df4634e8
	.quad 0x8027a233d44edc5d, 0x5450f6bc5e82ae2a
	.quad 0xfff0000000000000, 0x3ebae73800000000
	.quad 0x503a6d10ff77f9ce, 0xb80fee934e7f6e95
	.quad 0x817fffff0f1f1343, 0xd746b8477fd60ee3
	.quad 0x800d1dd2c22fbf69, 0x7f80000037100000
	.quad 0x4ffffffe3f400000, 0x22be542f194457a9
	.quad 0x025219c40923eae5, 0xa3672dd735505c85
	.quad 0x90a42f1ee4bd8000, 0xfff0000000000000
	.quad 0xbb859a9b428b6d8b, 0xf77d837307dd99f3
	.quad 0x0005ed0d92d1a0c0, 0x1fb9b0a6d79bfc6b
seed21:
	.quad 0xa9810c6764c0bf0e
	.quad 0xd618362732346f45
	.quad 0x000000000063937c
	.quad 0x00000031850849b0
	.quad 0x5e04b6f5f83f4ebf
	.quad 0x0000000000038880
	.quad 0x0000000000000001
	.quad 0x000000000000023b
	.quad 0xfffffffffffffe9b
	.quad 0xfcdff8d7c69332f3
	.quad 0x6a8fb4515a4feef3
	.quad 0x0000000000000014
	.quad 0xffffffffffffffff
	.quad 0x0000000000000233
	.quad 0xffffffffffffffff
	.quad 0x3105662de1e6d319
	.quad 0x04400000
	.quad 0x40000000
	.quad 0x0b7397290e404b43, 0xfff0000000000000
	.quad 0x00d1db28ff8ea16b, 0x96e92ad980000000
	.quad 0x3fe4ac58d3482d4d, 0x7fa691e6ff800000
	.quad 0xc0fffffffffffffe, 0x405863fce163a550
	.quad 0x7ff8000000000000, 0x69d4cf027f800000
	.quad 0x7ffca5cf8a25ed36, 0x7f915410c0b40000
	.quad 0x8008000000000000, 0x7f86d7b500000000
	.quad 0x6879bb430c117e00, 0x4046763fe27bdbfb
	.quad 0xfffcd1437813d4fc, 0x00000000e9aca5b7
	.quad 0x0006fc43d6af27b7, 0x4bac59d8cf000001
	.quad 0x91b31ed9310e7e00, 0xbcee8852b987cf8f
	.quad 0xa5372670b1338697, 0x007fffffff000000
	.quad 0xc025a4f7224efc0e, 0x6430fdca7e1d30c2
	.quad 0xa7b44c58b6810000, 0x8874c3cf39924b96
	.quad 0x4bc602c1c6b91c91, 0xa352be56b72cffc2
	.quad 0xbc1562f2c3b14212, 0x403b4c3f0c7bbb50
	.quad 0x8cef16fb7fbbfe00, 0xc13000000e1ceda6
	.quad 0x402bb00000000000, 0xddd5f91fb7896b38
	.quad 0x59c392ff30db9819, 0xec6a40008e1ab300
	.quad 0x492000007fbf58b0, 0xc3effffffffffffe
	.quad 0xb80d0000ffd51273, 0x0049664c0783099f
	.quad 0x2244fa76d944fc00, 0x802c41cce9e09e78
	.quad 0x7ff1d34c2f0126af, 0x25199bd1efdffcfd
	.quad 0x6d7d1df37aee919a, 0xc07fc94c07d18753
	.quad 0xefb06046ffe1c427, 0x65f323c8815ed1db
	.quad 0xc320677fc3d4b9ee, 0x0cd390ff2cf2fe00
	.quad 0xaf43c11d8e478000, 0xb7d21a474211cb9f
	.quad 0xb8abd8bd51f58000, 0xde443a9fe67b43fe
	.quad 0xe1e5139656187de7, 0x5f80000000000000
	.quad 0xffe9371a83e6e2e6, 0x0000000000000000
	.quad 0x7f9f84ecdfd4ddd2, 0xf95cf2b7dff3d599
	.quad 0x9f70937c7f79feab, 0x4247fa7a6f6d4f58
seed22:
	.quad 0x4f98e89827900060
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x7778f6c082eb4096
	.quad 0x0509b03289e49ca2
	.quad 0xb07b55e27949e384
	.quad 0xffffffffffffff68
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd09
	.quad 0x435ddfeb14c30e76
	.quad 0xfffffffffffffffc
	.quad 0x000000000c7ce3ac
	.quad 0x0000000000009ad8
	.quad 0xb9c16f261dd26806
	.quad 0x0000000000000012
	.quad 0x03000000
	.quad 0x70000000
	.quad 0xba8d8f31adc445f6, 0xc2d4d40bfd7c8699
	.quad 0x7e7146188a440000, 0xdc3581258ea3c300
	.quad 0x9c9e72b6f5eb3900, 0x2722de7f80000001
	.quad 0xf80ee1584fffffff, 0x00ffffff43df329b
	.quad 0x38e00000bf888e79, 0xc42a12fddfffffff
	.quad 0x2efa3eafbeecfd7c, 0xbeef800000000000
	.quad 0xbeae9d88813e7bcf, 0x00094002a45ef681
	.quad 0x011b2b9f7fc947dd, 0x0000000000000000
	.quad 0xeedd922ac0100000, 0x421ffffffffffffe
	.quad 0x2640f6f7d7f28000, 0x8f10ad2140100000
	.quad 0xbc6e76167fad0cc3, 0xc23bfb5900000000
	.quad 0xff800000fda5a1a4, 0x80000000bde4c48c
	.quad 0xff8000003ce6121d, 0x845c40395ced2e32
	.quad 0xfd74696c1fe7c8bb, 0x3f7834187669ce68
	.quad 0x40541920c88b8721, 0xd0c74e64fddbd479
	.quad 0x3f79c233d702a48f, 0x800a3f4e496ffec0
	.quad 0x9de00ee201158710, 0x00b515d9483a988e
	.quad 0xef7cce847fc00000, 0x2802177551015991
	.quad 0x3fda7b113890dff1, 0xbd000000ff3b3a4f
	.quad 0xd9e73246495dfaca, 0x9a4497997f94a0ac
	.quad 0xc5cce877ffbd2be9, 0xc098000042939fa5
	.quad 0x401a78bbb96b1b2f, 0x7f9d8633f2bd6afc
	.quad 0x285276212beab060, 0x43e0000000000000
	.quad 0x153cd22ec0000000, 0x0d4233f500b8e4b9
	.quad 0xfa06d1a3f1520800, 0x7fc00000f1cde3a1
	.quad 0x81699417b4875328, 0xffe690ab84d54855
	.quad 0x3af54e5356fbb55c, 0x89acec0c4fb510a2
	.quad 0x0020000000000000, 0x4021800000000000
	.quad 0x5a7fffff9a2e9f11, 0x5a3f99797fcd40ab
	.quad 0xd4f8a96ec249ece0, 0xc8e7a9deffe77dfe
	.quad 0x4012800000000000, 0xc09800005f800000
	.quad 0x4807bfc9626e4f9c, 0x7ff8000000000000
seed23:
	.quad 0x4f9fca061001b26b
	.quad 0xffffffffa6135ded
	.quad 0xfffffffffffffe0e
	.quad 0x8363bd34885ffcd7
	.quad 0x0000000000000000
	.quad 0xfffffffffffffff9
	.quad 0x1e8b0ab830fd2d2f
	.quad 0x00000000000cf5a5
	.quad 0xfffffffffffffe28
	.quad 0x1999177295751dfe
	.quad 0x8864e9bc5fcb1543
	.quad 0x0000df6c9f639969
	.quad 0x2c6f7752399972e5
	.quad 0xffffffffffff0b31
	.quad 0x1aed879c5351ae00
	.quad 0x8000000000000000
	.quad 0x03800000
	.quad 0x00000000
	.quad 0x7d49fbbafa68aca4, 0x7f7fffffbffffffe
	.quad 0xe9c7dccb37584fb1, 0x405a000000000000
	.quad 0x712e786c7fd485a3, 0x80000001f2938858
	.quad 0x1b6203e051a292e7, 0x94af1f3470978000
	.quad 0x4863ea917cf17ba0, 0xaedcee080be31caf
	.quad 0xbfd7dded79ceeb2f, 0x4015000000000000
	.quad 0x8000000048a00000, 0x1e1f0a71fbfffe50
	.quad 0xf59f22c8ff92d5fd, 0x7fc000007f800000
	.quad 0x002fffffffffffff, 0xfa2fa6a1007b0a41
	.quad 0xbeb393f1928e0400, 0xad906bdb82bdfc00
	.quad 0xb540c64ced1ebd80, 0xb87883c8d18bfbff
	.quad 0x8013704b81ca6408, 0x39df57971277fd8e
	.quad 0x17c09af9bda77d2c, 0xe307440472c5c8f0
	.quad 0x8000000000000000, 0x4f1441c1db8c0207
	.quad 0x000000007fa90a96, 0xff88625a5087780e
	.quad 0xfeffffff7f800000, 0x656dc5a9ddde8ba8
	.quad 0x02dab160eb052b07, 0x4022000000000000
	.quad 0xf9f28276d37f7ff8, 0xbff0000000000000
	.quad 0xc01d000000000000, 0x84a23b367cc286e2
	.quad 0x0d4375587fc00000, 0x66139963d7b9ffc8
	.quad 0x8c7b879bf98e5500, 0x1c0b8ead402a0b90
	.quad 0xbf78e00000000000, 0xbf82c5c40e4bae88
	.quad 0x80289784e10cc005, 0xc3266d53799f07af
	.quad 0x0008c91702f2f276, 0x92ed5cb1c33b0e57
	.quad 0xc028459db582e98d, 0x000f346568baf81d
	.quad 0xfffa5c3145748d6f, 0x05e26f11d4a15d73
	.quad 0xbdf35592cc6825e4, 0xf91e9305bbbcfeff
	.quad 0x4f9de99aab43384f, 0x6542bb3effa427f8
	.quad 0x32f1509157cf83d9, 0xc7fffffe807fffff
	.quad 0xbff0f51bcdd2f98f, 0x2d320bc78f5632f2
	.quad 0x00000000c0e00000, 0xa4eb116d15a479ee
	.quad 0x3f144a1fbddf0000, 0xff7875a54243b6db
seed24:
	.quad 0x39c5f0fec3c7d06e
	.quad 0xfffffffffffffe51
	.quad 0x0000000000000000
	.quad 0x6e1470422c2faacf
	.quad 0x0000000001000001
	.quad 0x000000000000038a
	.quad 0x0000000000000014
	.quad 0xfffffffffe75dccd
	.quad 0xfffffffffffffe51
	.quad 0x000000000292b9b5
	.quad 0x0000000000000000
	.quad 0x5096406809aa6589
	.quad 0x00000000000000f5
	.quad 0xb6550dc2b35de9c6
	.quad 0x0000000000000165
	.quad 0xffffffffffffffff
	.quad 0x00000000
	.quad 0x40000000
	.quad 0xbb8d8ab97f235679, 0xc1220000ff3b22ce
	.quad 0x7ce77467fff3f33e, 0x3f7adec1beb6d18b
	.quad 0xf1e8e32e5b537ef5, 0xfff0000000000000
	.quad 0xf55f2f198b7bcfed, 0xff82e0bd8b621c05
	.quad 0xe3bb5331ffdb7ef7, 0x73bfce77428f0609
	.quad 0xc748ec1794b479a4, 0x7ffd87c61efdacb1
	.quad 0xfff05afbc30e3072, 0xbfc0000000000000
	.quad 0xbfd2c7d2b66978c4, 0x7b13dd8dcd7632ec
	.quad 0xc1aad43a9ec54a64, 0xbbdce418b8db4e08
	.quad 0x968430f2b7f9faee, 0xe0fbb959de5687f3
	.quad 0x4cce1c14bf1003ad, 0x802c441830ac9b73
	.quad 0xe0fd88e937c00000, 0x3ff8000000000000
	.quad 0x4078f29d5039f9aa, 0x404a42786aad0df3
	.quad 0x807fffff80000000, 0xbf0bcca1fff6feed
	.quad 0x49675a24d2a08000, 0xefddaef9e21e7801
	.quad 0x57a8fe5f3da368c7, 0xfef6c76841bc416e
	.quad 0xdbe149a106d5799b, 0x11263b107a039bdb
	.quad 0xf7ebb8aa840b79ca, 0xd14a74b408228000
	.quad 0x0b3cee9bf9a2f25c, 0x8027d7676ee6b229
	.quad 0x82dcd2f4ee0aa2bd, 0xf07a9d3b434abd45
	.quad 0x80000000c372af4a, 0xed0eced6c32d8000
	.quad 0xffbe34a480573d2b, 0x75b88f4c17e1dd73
	.quad 0x7aedbb36f96efc5c, 0xbf74fb44331aeb36
	.quad 0x90430b44fd49ae11, 0xffa77d32a6da244b
	.quad 0x0e0fbab0ff6fff47, 0xf4bacc9e45b86198
	.quad 0x3f9875db9c493876, 0x88a1310b9b718d82
	.quad 0x804231007fbae35a, 0xcb92d43a00000000
	.quad 0x40127282d549f1ca, 0xc7ffffff3f6a5ca1
	.quad 0x7f8000003c826289, 0x8425243f7fcd7b88
	.quad 0x077e84bb71e4e81d, 0x836cfa600cfe3ab1
	.quad 0x4004b6ecfffff833, 0x3f57049242b1c1ae
	.quad 0x5f16afc18d1a8597, 0x8000000000000000
seed25:
	.quad 0x336eecc67dd08e54
	.quad 0xffffc62f4cfeb60b
	.quad 0x170f4bccaabf0f8a
	.quad 0x00243cbfc9f8ab06
	.quad 0xfffe0c5b91baea6d
	.quad 0x0000000000007b62
	.quad 0x0000000000001316
	.quad 0x2858149d3d81068f
	.quad 0x8739a113abfb4b93
	.quad 0x0000000000000001
	.quad 0x53c871352ee80376
	.quad 0x000000000000025a
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x000000002d2149da
	.quad 0xffbcb4675f948fd5
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xfff042ae49f9892f, 0xf1b828167f800000
	.quad 0x7fc000007f8c3dce, 0xe3c31a1fe556fe00
	.quad 0x1442451a9ab37c00, 0x6e07ebe606b7ff6f
	.quad 0x0000000000000000, 0xfdfbd682f0bc16bb
	.quad 0xff8000005c3ca7bd, 0x8fc78e30577bfdf5
	.quad 0xfa2fba51a5f927bc, 0xf73cd05d2e59b280
	.quad 0x0000000000000000, 0xe7c0984356cfb105
	.quad 0x1aebcf94fffafdc7, 0x98287be1f4fdff2b
	.quad 0x7600d6bf8a0f7acd, 0x013ae94876062641
	.quad 0xecf2193a6a59d816, 0x403520a7a9958be0
	.quad 0x800c00defa3a12a4, 0x7f88e3687f800000
	.quad 0xc183f3d300000000, 0x6f1026997fd37928
	.quad 0x72acbb836f0cb4ae, 0xdc212e15ceb67fcb
	.quad 0xc1180000c07c7184, 0xbfa409eb3f800000
	.quad 0xfdff0aabf5e7f4ad, 0xc01000003f3f5b2e
	.quad 0x001ed544ffa5e66f, 0x2b6256e58e79a4ec
	.quad 0xd753f0806be5a176, 0xfff0d5c5485ca7be
	.quad 0x3fa52f3f82186fd0, 0x8008f81c2ebd0c9e
	.quad 0x000c5a9eb548384b, 0x0455dab9b37fffff
	.quad 0x4da88c730028d740, 0x46f227d8955bc830
	.quad 0xf945f2483f7fff7f, 0x7ff0000000000000
	.quad 0xc1e0000000000000, 0x3ee71fb080800000
	.quad 0x646aae2fdf12ffe8, 0x000863256ffb6f5d
	.quad 0xe60bce59e2d3d546, 0xffaec3df7fe3e643
	.quad 0x4e3be4c8f6d6587e, 0x88787382fff1429f
	.quad 0x7fcfce4cc24a7d56, 0xfff8000000000000
	.quad 0xefb01864fffb7f96, 0xfebb323280000000
	.quad 0x0003b149952114bd, 0x95e33a30ef39ff12
	.quad 0xffa1cde33b400000, 0xc05011cf7afd18f8
	.quad 0x3da763734f7fffff, 0xbffc1f74bd47be2f
	.quad 0x3ffc000000000000, 0xbfe33bb4e4dbdebb
	.quad 0x549024d25bba55c4, 0x801db1bc8c1cedc3
seed26:
	.quad 0x001b1bda69502d8d
	.quad 0x000000007fffffff
	.quad 0x0d0e083971d81926
	.quad 0xfffffffffffffffd
	.quad 0xfffffffffffffeb3
	.quad 0xfffffff54123430d
	.quad 0xf3e43a1c45d42907
	.quad 0xffc589a7ff5af0bf
	.quad 0x00000000009d7be2
	.quad 0xb064d9de82aa8324
	.quad 0x9faa5a9bd33cb725
	.quad 0xfe1ce29072126df6
	.quad 0x0bfff79cf8d3bc02
	.quad 0x4cfee3cf9d0b7188
	.quad 0xffffffffffffffff
	.quad 0xfffb41606eb871c3
	.quad 0x01400000
	.quad 0x90000000
	.quad 0xfed4b879a7f349b1, 0x7a89f36a80400000
	.quad 0xe541cda50512b385, 0x0387be8df8aafa03
	.quad 0xd252864c65abfc00, 0xf95246b444992733
	.quad 0x35c9aa05e4828bff, 0x9a33e2c320f24ef1
	.quad 0x9ded0db453ce7c40, 0x7ff2db918d6862c0
	.quad 0x7f800000807c4a87, 0x6bf0c60b007fffff
	.quad 0xbfeb000000000000, 0xfff1e96f56fc23e9
	.quad 0x407db5bad094ee46, 0x00099432809a2434
	.quad 0xfff0000000000000, 0x80552bd4430262f2
	.quad 0x8d6fa92cc3df46c0, 0xfff0000000000000
	.quad 0x40706c5411efec48, 0xaa6eca7bff966bee
	.quad 0xaacd4af74bef78fc, 0xc2f6a9df41080000
	.quad 0xc3d416a4c3c890d5, 0x5d629537bb131ca5
	.quad 0x3e280d45b6b00000, 0xfff165a18fd69257
	.quad 0x5c3d6d8b6a5afed8, 0xd4a25fd7dfddcbca
	.quad 0xb9d010bb6a7d7dfe, 0x81a27fc34d5ff9bc
	.quad 0xc42a9e11db11ddea, 0x0010b30ac407e2e4
	.quad 0x00000000ff906a58, 0x0002fca23c1fd511
	.quad 0xb6b8235d0b1ff9b4, 0xff800000ff800000
	.quad 0x41000000fb36f58c, 0x4001000000000000
	.quad 0x1ad6a5427c5a1720, 0x016f7a3111e36cbe
	.quad 0xc2b2afafbc9cfd57, 0xc5322af604489813
	.quad 0x7ff0000000000000, 0x6d1a86c25a000001
	.quad 0xf61cf2e0066c7ca5, 0xbf66fbc8ffecafcb
	.quad 0x16d52f518552424c, 0x0872d9aebe1fd56c
	.quad 0x2e079ccdbfff3872, 0x7ff8000000000000
	.quad 0x4047ca6feeffebff, 0x4261ccd048c00000
	.quad 0x0000000000000000, 0x7e8d3498e2fffd6b
	.quad 0xff800000f085ea9d, 0xfff3655c648ce853
	.quad 0x7366a99bf9beffef, 0x435d80b1c11a0000
	.quad 0x0f647e63f3d1fa10, 0xa79d29fe9f60b458
	.quad 0x97b7ff947f800000, 0x3e8000009dc5b06c
seed27:
	.quad 0xfffffffffffffc5e
	.quad 0x0000000601a8beac
	.quad 0x000000049ee14c61
	.quad 0x9004cc3319384d97
	.quad 0x0000000000000164
	.quad 0x0000c5bc99bf239e
	.quad 0x082bae5665c5c075
	.quad 0x6972e0de128707ea
	.quad 0x8c030bac1f3f99cd
	.quad 0x00000000ffffffff
	.quad 0xfffffffffb19a123
	.quad 0xffffff1957f56102
	.quad 0xf992a4e40fae6d4b
	.quad 0x0020000000000001
	.quad 0xfffffffffca75630
	.quad 0x3970353fda08b6a5
	.quad 0x03400000
	.quad 0x00000000
	.quad 0x835e3822e6331ec6, 0xc3372182f37130dd
	.quad 0x44a75ed13708c146, 0xaa12693532ac7ff9
	.quad 0x502c37a5ec7ffe00, 0x84985322f7f627ff
	.quad 0xe9c90552ffcf484e, 0x73aa3fffbfd3f36a
	.quad 0x0000000000000000, 0x43ffffffffffffff
	.quad 0xc009000000000000, 0x89eb698793f7fff5
	.quad 0x7fd3522cdffffffe, 0x000fffffffffffff
	.quad 0x604f110cffff7f69, 0x8000000000000000
	.quad 0x8000000000000000, 0x80087f6ccc3eaf90
	.quad 0x7ff2ab819cc119a4, 0x5ee5005fffff6eea
	.quad 0x4a50ea80e181a43b, 0x35d8e9040102e59e
	.quad 0x3ebf626eff800000, 0x7f7fffffd318004b
	.quad 0xca722e9a4f8afc00, 0x2ad28f83fec52bd6
	.quad 0x51ca3b2f1979dff7, 0xfb873e5a122bd42f
	.quad 0xef778952c0a80000, 0x0008d4911d08bfbd
	.quad 0x77080509f6005d08, 0x67e2a42364d57c00
	.quad 0xbfecb8edeb6aa4ab, 0x8000000000000001
	.quad 0x409a000000000000, 0x3e979d4b6cae2429
	.quad 0x7f0000007f800000, 0x7310b59ebffffad5
	.quad 0x8000000000000000, 0x3f1b500000000000
	.quad 0x8000000000000000, 0x651c467ff9bdb41c
	.quad 0x2e23129f2991fc00, 0x745d1c683f900000
	.quad 0x44f29cf159d8205e, 0x477fffff411f0c2b
	.quad 0xc3f96f98c14214dd, 0x7ff67a857125a111
	.quad 0xc01f500000000000, 0x7467e2d9584ffc00
	.quad 0x09b3e151cffb7671, 0xab246fc8befd53f8
	.quad 0x8c3152ba41c85bb5, 0xc17970c780000000
	.quad 0x7f80000098df2970, 0xee1c6bb4f02756f3
	.quad 0x0159638a16a73ab9, 0xff000000013a888d
	.quad 0xf224dd782b2fff4f, 0x3fd1185687b7f009
	.quad 0x3db7c349675b5bbc, 0x002fffffffffffff
	.quad 0x8b9c4daec0c2fbff, 0xfff0000000000000
seed28:
	.quad 0x00000000ffffffff
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000218
	.quad 0x8a5467c5ea90fe33
	.quad 0x0000000000000373
	.quad 0xaf9d1c63268a9e46
	.quad 0x000000000005600e
	.quad 0xe75984eb151c3833
	.quad 0x0000000000000000
	.quad 0x0000000000000189
	.quad 0xf726350a5644a7de
	.quad 0xffcb63595a9085c6
	.quad 0xffffffffffcbe8fc
	.quad 0x8000000000000000
	.quad 0x00000000000001df
	.quad 0x627ef51e7872a95f
	.quad 0x04400000
	.quad 0x60000000
	.quad 0x7ff0000000000000, 0xdd0b5e7380000000
	.quad 0x1628e96bc0873df1, 0x7f000000c2044aae
	.quad 0x2ca2b3dfffc64063, 0xa3665e75cbce07b3
	.quad 0xd66de81884bd8239, 0x3f85da5264199044
	.quad 0x1817947c49b45c00, 0xfff5dbaf18b82c12
	.quad 0x1449b781bbefeeeb, 0x4029000000000000
	.quad 0xe0fc771e9736961d, 0xff8000003f800001
	.quad 0x72a0bb9e0eb5fc00, 0x405248f102bab390
	.quad 0xf3b7b71b9c5c7c00, 0x7645de347fc3adb5
	.quad 0x0001481d7948cf62, 0x402b9698e90ca6d7
	.quad 0x8010000000000000, 0x7db98891a8b4038f
	.quad 0xff63bf55bfffffff, 0x3e8c72cd9cbc9442
	.quad 0x7cfefc93c0d00000, 0x8ab8a74775009050
	.quad 0xc058000000000000, 0x7de08a3edffdfb7f
	.quad 0x8000000080000000, 0x94716f30e27e0000
	.quad 0xff8310253f00bbb7, 0xffd1e8a9c50bfb8f
	.quad 0x3e78ef0841bbf70e, 0x7fbf4732c3175f23
	.quad 0xffdad8d93e224c59, 0x7ff6aaae79f561dd
	.quad 0x650604eacbcc8b5d, 0x7ff8000000000000
	.quad 0xffefffffffffffff, 0x65ef619c46ad107f
	.quad 0xc3a5034c26387a43, 0x1e8301cd7fd804d1
	.quad 0x0000000080000000, 0x41ce6bc443c00000
	.quad 0x7ff3c86589f36739, 0x4b6c2b5c189901b9
	.quad 0x7e9650aa653aed0d, 0x8afac1dd7621fc3b
	.quad 0xcb5e0e5355fbfc00, 0x7f80000080800000
	.quad 0x2e25ad4afec729f2, 0xf7a3e68d11417c00
	.quad 0xe2d24278b1fb9f4b, 0x64592db4cfb7c3ff
	.quad 0x7f800000c378bc20, 0x5f52747bc8e4553e
	.quad 0x250b6728220dfff9, 0x7134ccadfb01413c
	.quad 0xc03f2d85cb4b5e6f, 0xd570efc86f8db2a7
	.quad 0xfca8becb3e3ac054, 0xc0854b76561d0c07
	.quad 0x6a12aa79f7f3f1de, 0x08b5a03ec90ca4e9
seed29:
	.quad 0xffffffff38d4b1a6
	.quad 0xffeaf961f43ed511
	.quad 0xffffffffffe06f6f
	.quad 0xffffffffffffffff
	.quad 0x1618438f9ae0607e
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x1877ebe345312002
	.quad 0x345bdc6240efa292
	.quad 0x3f85b09dfda285e5
	.quad 0x000000000000024f
	.quad 0x246eda06a50abb38
	.quad 0xffffffffffffff60
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffffc
	.quad 0x0000000080000000
	.quad 0x05800000
	.quad 0x30000000
	.quad 0x7ff0000000000000, 0xf98a21ffbf3f9efb
	.quad 0x800b68c5e04bce71, 0x7ff386400fbb8f8f
	.quad 0xbff0000000000000, 0xc1964145a68d46af
	.quad 0x421bab73be9c5129, 0x926073b2ed9771e9
	.quad 0xc11c00000148777b, 0x5c4f564b7ffb5fac
	.quad 0x1dab0e5e3dfeffbd, 0xba84404f428d8400
	.quad 0xcc3d894aefe9fe00, 0x3fc62bff0ff3a170
	.quad 0x8000000000000000, 0x867fc2a779bb7e6f
	.quad 0xba5b5a293c0700fe, 0xcbfe677affe60025
	.quad 0xff800000befcf83a, 0xd0a2b705ff89899b
	.quad 0x054206611ee93e56, 0xc1680fdcbe9ffe97
	.quad 0x34bf2acedd41d941, 0x168b155bcffc7c00
	.quad 0x4098000080400000, 0xcf00000100000000
	.quad 0x802ecded50aff8db, 0xbce2ed5700000000
	.quad 0x1d4619fa00000000, 0x7fc0000043e20000
	.quad 0x78402532f78fa9bf, 0x8000000000000000
	.quad 0x7ecf52c57ecadcfe, 0x7fc00000817fffff
	.quad 0x35220c46fd93d7cf, 0xbf6801543f0c8265
	.quad 0x6062241dff800000, 0x8000000081000000
	.quad 0xc02e385b7b9efc00, 0x5f2a1ea67fdffd6b
	.quad 0xbee896188003a41d, 0x82be0e239a91cc60
	.quad 0x00282daed4851d63, 0x7ff0000000000000
	.quad 0x7f49e380ff800000, 0x012bd8067f8b4f71
	.quad 0xc7800001ffc00000, 0x99b77da3fbd1fbff
	.quad 0x3e66dd3abb8ffe9d, 0x6ee44ce84fd63345
	.quad 0xb55e7769d7e90000, 0x7e25a0b0782f7891
	.quad 0x115190f7bfb1425d, 0x4ddbd51c4a2b7be0
	.quad 0x429318e745708000, 0x00ffffff3af00000
	.quad 0x000e5d0d928a5461, 0x7fd977f411fd5f5f
	.quad 0x867271c3569cf7ff, 0xfff0000000000000
	.quad 0xc0483aafbee6ae31, 0x8000000000000000
	.quad 0x7f385db0ff800000, 0x40700000817fffff
seed30:
	.quad 0x000000050bcda436
	.quad 0xee0af606ec8e6870
	.quad 0x7fffffffffffffff
	.quad 0x30c8a544c5e0f107
	.quad 0xfffffffffffffe3b
	.quad 0x0003491056de7101
	.quad 0xffffffffea08b309
	.quad 0xffffffffffffffff
	.quad 0x0000000000000391
	.quad 0x0000000000000098
	.quad 0xffffffffffffff09
	.quad 0xfffffffffffffe8c
	.quad 0xf8cc3f4a8350f0fa
	.quad 0x1e4c579a4c3d1998
	.quad 0xd7786e6cad22d2df
	.quad 0xcfa700d26c4f3245
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x0b92234f968c0000, 0x7fc000007d2b970c
	.quad 0x6268aee5ec1effef, 0x3f600000bfc00000
	.quad 0xf7a33ccd3deed3db, 0x7cca585825eb595c
	.quad 0xfa53ac3eb2b53495, 0x358000000cd4da8c
	.quad 0xa79836a5cd426688, 0x3d4e08f1bcfd251a
	.quad 0x9e4b31da33aec800, 0xc0fabd84d9800000
	.quad 0x8000000000000000, 0x0c49cbab59fde4f3
	.quad 0x26a0ce914c3b6777, 0xbf70800b327862e4
	.quad 0xb3d70d1dc3b6c8a0, 0xc0f800007fb5b536
	.quad 0xc1010000c061db0a, 0x5cf717ae673af63d
	.quad 0x0e7843a9ae183e00, 0xd150aa6bfff1f620
	.quad 0x8e799c6d1b44f718, 0x904305f95c4f07a4
	.quad 0xcf7fffff796daee1, 0xffadcfd31a440ab6
	.quad 0xd7749082cb9fefed, 0x012437f26e7962b1
	.quad 0xed3f4c26006e3e9c, 0x7f2b4608815feaa3
	.quad 0x5e9995baffe9e7d2, 0xfff622ce48fdb942
	.quad 0x4e83450efff6c656, 0x71122a8bdd7864bd
	.quad 0x7437abb2ffb201b3, 0xbc6e2e041f0a8712
	.quad 0x4340000000000001, 0x0100000000000000
	.quad 0xbfa67323e955f795, 0x7fbf0bb1bbdd3a26
	.quad 0xbf63a00000000000, 0x40d80000a3d78fac
	.quad 0x85b0e961fffbfece, 0x7f97d98880000000
	.quad 0xfda0a540dbfda7ef, 0x466b2ec01810c113
	.quad 0x51ed34ad80494900, 0x43a7828f0fc0d2ff
	.quad 0x62cc3b943bfbfead, 0x4add8f4aadad23da
	.quad 0xffbc15ec64fb132a, 0x217f79c2ffe0fc00
	.quad 0x80000000165aded4, 0x87f07809fccd8383
	.quad 0x4f7fffff807fffff, 0x428000003d3731e8
	.quad 0x00000000a3155235, 0x00ac77c7e24fdd6d
	.quad 0x0687f1b0a9179c61, 0x3fc515c3cbfb6cd4
	.quad 0xfe0fac76c4f56ceb, 0x089283f900000000
	.quad 0xb2bb891bffdcfffe, 0xfff0000000000000
seed31:
	.quad 0xd4eb3d298b13e758
	.quad 0x4d955b085cbea617
	.quad 0xc645fb6141821710
	.quad 0x0000000000000000
	.quad 0xfffffffffffffe40
	.quad 0x206f1a37260c8ea5
	.quad 0xe97c09c8aed48d5c
	.quad 0xffffffffffffffff
	.quad 0xffffde34ca6c6b73
	.quad 0xffffffe3ddb4ae76
	.quad 0xec80172b7dbcd8ff
	.quad 0x2a7e4d26bcf1e056
	.quad 0x22ee6d9efdc78865
	.quad 0xfffffffffffffd2d
	.quad 0x9a41391ab60eafec
	.quad 0xf25dfcad743a6c69
	.quad 0x04800000
	.quad 0x30000000
	.quad 0x162e9ec3ffe59f17, 0x400c000000000000
	.quad 0xfff0000000000000, 0x4d26eef854450000
	.quad 0xed17a1df7286038f, 0x3c061f40be5f6475
	.quad 0x3f8000007f36e5e2, 0x8010000000000000
	.quad 0x178489921fd2c5c3, 0x5f648bfe12a10000
	.quad 0xfff8000000000000, 0x0c7ec518bb9cbf4d
	.quad 0xb0ce4a477fdc0000, 0xc11a0000f7a32427
	.quad 0xb0e3124400000000, 0x22e41eb676830200
	.quad 0xc0780000674a4511, 0xbf29800000000000
	.quad 0xb2728cebff97beff, 0x443fffffffffffff
	.quad 0x71efcd62ff87fc00, 0x78f1c7b07e43fa14
	.quad 0x7fe0000000000000, 0x5b9ed0c17f245de9
	.quad 0x60f58fc967ad7788, 0xffdc1b2d350c9dfc
	.quad 0xbbb8524040400000, 0xc8a1d2f4eeab7c00
	.quad 0x1ed3998fdfb0f76e, 0xc36ffffffffffffe
	.quad 0x00000000bda77d17, 0xbbcee4477f8bc099
	.quad 0xc1518332c66c0000, 0x0000000000000000
	.quad 0x7f8000007f81ffd1, 0xfff0000000000000
	.quad 0xbf8000003f05cf4f, 0x00045334dbd11a2f
	.quad 0x2dffbadb7ff75fff, 0xff8000004397344b
	.quad 0x7fab684e1d2ca471, 0xbfac800000000000
	.quad 0x7f8000007f97c1cc, 0x0000000000000000
	.quad 0x800000007f45a95a, 0x7ff33924fe90211d
	.quad 0xc080000083e147a0, 0xebe8194d99a0c1e4
	.quad 0x800b700d5bf44672, 0x095c38847e7ba159
	.quad 0xd6e002ebf4773f0f, 0x22240ea57fd445fd
	.quad 0x07a396ce7f3f5248, 0xbbf40000bf835f74
	.quad 0xe6ab39daffe10000, 0x03986c7b8b882f21
	.quad 0x5f00000040840000, 0x7f80000043800000
	.quad 0xffdcb87012233e53, 0xc0588e01251d89ff
	.quad 0xea72d672fff2b8b1, 0xbb2ed290f27eff97
	.quad 0x7ff852f5ffa5a7fc, 0x00800000c0500000
seed32:
	.quad 0xeae0a4bf10d4e6ce
	.quad 0xfc6bf9e2dfc5c561
	.quad 0x000000000000015c
	.quad 0xfffffffffffffd2c
	.quad 0x7c2421f451ea5a9d
	.quad 0xfa46f8164f3b7b2d
	.quad 0x000000000000000c
	.quad 0xa4cdc30b75b37be5
	.quad 0x0000000000000000
	.quad 0x000000000000029f
	.quad 0x00000000ffffffff
	.quad 0x583ec4133e4fc9ff
	.quad 0x0335cad1ed444117
	.quad 0x3b9a935624b76dcd
	.quad 0x000000000000039f
	.quad 0xfffffffffffffc8b
	.quad 0x06000000
	.quad 0xb0000000
	.quad 0x1ac9dd75f91e7e04, 0x404529df3fc00000
	.quad 0x1ed84ad0ffffffff, 0x3bb00000ff800000
	.quad 0x3d56d70340600000, 0xed9efed84015220d
	.quad 0xfff0000000000000, 0x932590771d69a0fe
	.quad 0x40ccf68ac6447b98, 0x3b38d8d6c22d8531
	.quad 0x0000000041df08da, 0xc3fffffffffffffe
	.quad 0xb74650154a6b93a6, 0x3cea91ef9fdec986
	.quad 0xc0f000007fb68ca6, 0xbff4000000000000
	.quad 0xa92814d5ec88fe00, 0x00000000f5c65e74
	.quad 0x25c5039a985bfa80, 0x63e5add2ef96fdff
	.quad 0x40700000ff8e7b57, 0x49f000003d0be5fb
	.quad 0xd641490b5bfcfa29, 0x3e4d722295f90286
	.quad 0x6dea3446bf660ebb, 0x41180000f8cda0a4
	.quad 0xc03d56151453d95f, 0x8d7ee81fa198b041
	.quad 0x37db66d48a0d7d45, 0xbcaa6e61017fffff
	.quad 0x7ffb95590330049c, 0x7f8636fd00000000
	.quad 0x3cf564ebffc00000, 0xfedd02678c00f680
	.quad 0xfeb21cf540b0eea3, 0x3e75553a00000001
	.quad 0x5566f47cfffdfacf, 0x6036de91d8b7fe00
	.quad 0x34f85d754f800001, 0x0ab0687797bfbaaf
	.quad 0x0fb4e1af07c0d1db, 0x6ad7cf1f29567eff
	.quad 0xf0e2c4df80439f36, 0xbf68cc223c37614c
	.quad 0xfe25b727f0521f5d, 0x808479731491c73e
	.quad 0x0cf4f18a146732ac, 0xfff09eca33d80d57
	.quad 0x6371d642fa5f0000, 0x3347c08b1deb2d17
	.quad 0xbc177968a219bf57, 0x5feb17e5ffbaecaf
	.quad 0xc0783aa78ff5a1a8, 0x7ff8000000000000
	.quad 0x3fd32da0bf17fb12, 0x80155704291257c1
	.quad 0x8cdc05ddc6993f13, 0x7f80000080078c7e
	.quad 0x2476cbc63ca4c540, 0xe95d54f91616833c
	.quad 0x7e42d43625ea98f4, 0x2cee12aeead24724
	.quad 0x00bfb9afab07479d, 0xb3928f797f8e7be0
seed33:
	.quad 0xfffffffc5d1da5b3
	.quad 0x1c9fc30062b39501
	.quad 0xfffffffa34aa1e9a
	.quad 0xffffffffffffff65
	.quad 0xfffff9646ceb99c0
	.quad 0xffffffffffffff3b
	.quad 0xa10a0bc8ae295a0d
	.quad 0xfffffffffffffef5
	.quad 0x1d5f9e14df9ed27e
	.quad 0x56cf5114379f1180
	.quad 0x000000000000023e
	.quad 0x8000000000000000
	.quad 0x0000000000000002
	.quad 0xfffe36f86473e7f1
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x00000000
	.quad 0x60000000
	.quad 0xbf74000000000000, 0x5e6760c287874740
	.quad 0xe72dfcde7f89aa71, 0x7ff0000000000000
	.quad 0x575b44b36ae5bf8d, 0x6c4a43279bf4da40
	.quad 0x0d75ed8e00699371, 0xbf14000000000000
	.quad 0x82395eb5625b0dc3, 0x4f3e2a657d81264f
	.quad 0xfff802828337968b, 0x36f66f225475fea4
	.quad 0x7ffc23684a8beb0e, 0xbfa462eb2cb0f30b
	.quad 0x7ff0000000000000, 0x00000000406e8f57
	.quad 0xff8000003e800000, 0xfff7ac22c6156325
	.quad 0x8000000089eb88e9, 0x59c3cd67ffc00000
	.quad 0x90c39378c7305f99, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x738a9b608f3b3266
	.quad 0x401a000000000000, 0x6800b6c1afa89b57
	.quad 0x7fcd3d19bc980bfd, 0xff800000c163e4cc
	.quad 0xb7a5e0f5bff2ff5f, 0xeb167293ffb37ed9
	.quad 0x4023b29ef8977462, 0xd0130820d4627b57
	.quad 0xc10cb27380000000, 0xcb7419cbf64870b7
	.quad 0xc2746bf2bd640101, 0x800dd3b46cb1837f
	.quad 0x96a7009f74a5fce4, 0xff800000c0789275
	.quad 0x8002eef58bc8f29d, 0xf178032ea2fa5754
	.quad 0x15707e178d227d0a, 0x4022800000000000
	.quad 0xc75661946089937b, 0xfff5724d6fa4739b
	.quad 0x1b2ef276ffa24d20, 0x8314b900d4fbfcbc
	.quad 0xfb5db62900000000, 0x43ffffffffffffff
	.quad 0x7114b53c8016c4b0, 0x91755a9d5a000001
	.quad 0xbd512cabfdf7bd53, 0xcfc99aeeffc9411f
	.quad 0x6c889074e27e5aff, 0xc09eda563e325989
	.quad 0xbffd82525cfd5a7c, 0x132e2874ffeffcf5
	.quad 0x07f992b3fddfcfcf, 0x3fd490f4e07c3c69
	.quad 0xfe4d2d16b4b8a98a, 0x23644fa5d4e1e3da
	.quad 0x36c08b9cf7e68000, 0x226fc59619bc7c00
	.quad 0x3f83d432f2cf1219, 0x3ffd7c49c98d293e
seed34:
	.quad 0x6be9320e9d50f665
	.quad 0x00000000d76f6c47
	.quad 0xffffffffffffff98
	.quad 0xffffff090726fdb3
	.quad 0xfffffffffffff907
	.quad 0x88cb98d927f09577
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000221
	.quad 0xcddb6bed60876d02
	.quad 0x7fffffffffffffff
	.quad 0x000000000000027a
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xd22a1b0b72b088fa
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x0b0de7b27f7ffedb, 0x13ef62e67f878000
	.quad 0x2c11a8d5a51fc217, 0xda0000017fc00000
	.quad 0x4e9585477f800000, 0xdd63d9962bd82e1d
	.quad 0xbebcffac7f800000, 0xc3a07f22b8720c2c
	.quad 0x587ffffe7ca7e4e5, 0x7fb93ac238970000
	.quad 0xbd4edfdd7fc00000, 0x7dd6c2f00faf1c3b
	.quad 0x7b99b367ff9d8400, 0x00000000c10a8000
	.quad 0x2a92f7ac5398a291, 0xc9deeb37943b7ea2
	.quad 0x7acd416854fefd69, 0x56efa7d4ffe3b4d9
	.quad 0x404feb9f3d969a4a, 0x6d62969ffdef1eb5
	.quad 0x68580afd82cb7aa8, 0x41180000005206dd
	.quad 0xc068000000000000, 0xa32ef5de8ba1bd23
	.quad 0x406b218cdb2db2a7, 0x7fd6f8b2201acf5b
	.quad 0x405580779df570e7, 0x001941457f134d5d
	.quad 0xbfdf591e89d5a11b, 0xfd7e1e14368a69ae
	.quad 0xc544c34be4faccc0, 0xffd0000000000000
	.quad 0x7fa365ec3ebc95e6, 0x3baf40cbffc00000
	.quad 0x00990d9493c54c3a, 0xbe32d943f0417f20
	.quad 0x7ff0000000000000, 0x89a28ffcffff3ff9
	.quad 0xda00000000400000, 0x401891a2d8e5ecbc
	.quad 0x77b41bf0deda7adf, 0xff800000fb893724
	.quad 0x6ddfa5f08eafe5a6, 0xc100000007e41730
	.quad 0x4f2de90affd2f94b, 0xc023400000000000
	.quad 0x7f800000400d5581, 0x80000000fe9ae3aa
	.quad 0x40422bca96cd5a58, 0xc9007439b36fcefa
	.quad 0xffb7e5217fa13d00, 0x8000000148400000
	.quad 0x028edc996b7b9375, 0x0609e2a04d4c00a6
	.quad 0x8a71d9d9d4632ea8, 0x80c6109dc2bd758e
	.quad 0x80062d8d03a65aa4, 0x806755dbffbda94c
	.quad 0x0112d9253fa80000, 0xf8f72acec7ffdffa
	.quad 0xff800000da000001, 0x8000000000000000
	.quad 0xc780000080528ad7, 0x3cc184477f8d6a71
seed35:
	.quad 0xfffffffffffffd65
	.quad 0x0000000000000001
	.quad 0xfffffffa4e4a067d
	.quad 0xffffff017a0858fc
	.quad 0xffffffff5ec5a8a5
	.quad 0x77209752247f4d28
	.quad 0x10f21613d79d6559
	.quad 0x94b638ea4ad7b161
	.quad 0xe7f3d86ed9ee3941
	.quad 0xfffffffffffffe00
	.quad 0xfffffffffffffd5e
	.quad 0xc41f1c81af9b13d5
	.quad 0xfffff17962de1ee6
	.quad 0xffffffff80000000
	.quad 0xd9215d39dd80684b
	.quad 0x0000000000000323
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0xf08bb9168cc16386, 0xc017b7151680f545
	.quad 0x80000000ba85f8e4, 0x7e63165a0ad957e8
	.quad 0x845a2ed541ae0000, 0x7a8bb77e5d7a7c00
	.quad 0xc330000000000001, 0xad9838bc8155a4c5
	.quad 0x5dea8699022452f7, 0x233dd2f93d11b280
	.quad 0xbc5204693cb46136, 0xc14000003a250000
	.quad 0x5e2d4ddbc27669e0, 0x7e4264f9131dbe62
	.quad 0x13c1d1717f800000, 0x948d41eafff78000
	.quad 0x6b18056ad285ee0d, 0x80bf2a5a2f9dcf00
	.quad 0x2dc2ea97cfc0fe9f, 0xffd0000000000000
	.quad 0xfff8000000000000, 0xffd0000000000000
	.quad 0xbfc00000bfbe0231, 0x4019000000000000
	.quad 0x7ff737b80aa480f8, 0x82efcf8b36d8b641
	.quad 0xd694904b64f412fd, 0xb2e79efffffb87ef
	.quad 0x40165037597ce442, 0xc1e0ff1779e27914
	.quad 0x376d8000477ffffe, 0x7fc23c33423afac2
	.quad 0xbf56089742175620, 0x31408a21c2aa9d49
	.quad 0xfa98801b494dc5d4, 0x08362fda83c2b6fe
	.quad 0xaaf30ebf395c0000, 0xfaa03766311a79f9
	.quad 0x71b4919d79d450d6, 0x4476de6eddd0effe
	.quad 0xa265beec5ffffc1b, 0xc0081167ecb3cccb
	.quad 0x0006dc56e08dd347, 0x800025cade746688
	.quad 0xffc0000000000000, 0x5100000080000001
	.quad 0x7ff0000000000000, 0xfe80000076645af0
	.quad 0xc452cbd8deed7fc8, 0x948c7ba6db14a349
	.quad 0x7f9937ac42bc27e0, 0xc3fffffffffffffe
	.quad 0x7f907877fe800000, 0x80db235e84dbd6a6
	.quad 0x3c4dc5697fc8ec0e, 0xc109bb50ffdbadea
	.quad 0xdf0bcd0c8054925e, 0x1a42c50c7f925679
	.quad 0x40df45c9eabffc00, 0x454793742261fc00
	.quad 0x7f00000042ef4f73, 0xff9c3a103c7d6f41
	.quad 0x439eae6b7d91705a, 0x7fff417f8009b577
seed36:
	.quad 0x00000000000000e0
	.quad 0xffffffffffffff10
	.quad 0xdd3de7bb31b0f0e7
	.quad 0xffffffff80000000
	.quad 0xfffffffffffe253d
	.quad 0x7fffffffffffffff
	.quad 0xbbdde0c1ebedde17
	.quad 0x0000000000000000
	.quad 0xf21cd745770fb958
	.quad 0x000000000000000c
	.quad 0x01202498666e087a
	.quad 0x000000000000005e
	.quad 0x00000003ecbd22e1
	.quad 0xffff1c4127b6ef5b
	.quad 0xfffffffffffffefa
	.quad 0x0000000000000004
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0x0a6ebf9e5ffffffe, 0xa0dbad7b7fc4c64c
	.quad 0x00150d324084560b, 0xbdd5845ac3b80000
	.quad 0x006f5d939f31a2e1, 0xffef88be37736c38
	.quad 0x5b0120458f155ea6, 0xc07232e7766e7640
	.quad 0x22ef6b46e77833d6, 0x0000000000000000
	.quad 0xa84c68364f800001, 0x7be008c1ccef1fff
	.quad 0x7ff48d079f51c439, 0x82e34190ffb27e00
	.quad 0xa3af67c47fe9ff7d, 0x8000000000000000
	.quad 0xfddc356ee9ac0d99, 0x41fffffffffffffe
	.quad 0x4f7fffff3bf93183, 0xbfe3802cc580fdad
	.quad 0x00000000a416f34d, 0x001e62f370aba1dc
	.quad 0x14a8620989e1d4bf, 0x7fe0000000000000
	.quad 0xa26066a9c0b00000, 0xbc401ec44172fa5a
	.quad 0x021a929d58932ab9, 0x8010000000000000
	.quad 0x7ff8000000000000, 0x00034700ea83916b
	.quad 0x470000013f24a269, 0xe6ba06d2d151fc00
	.quad 0x55f4a4d39ff6a39b, 0x477e28c8c23a50cd
	.quad 0x4cad74884b017c00, 0x4000000000000000
	.quad 0x414ff0a3bff8d696, 0x1ba6d19fa40bf8a7
	.quad 0xd133362ced4228b0, 0x7f0bf702be47dcd6
	.quad 0x03ec34f1ff919ed5, 0xc06e843f478bed26
	.quad 0x8000000000000000, 0xbf3fe00000000000
	.quad 0x935e72c4ffa7ad78, 0xc0580000432e3642
	.quad 0x596106f1319328f8, 0xa8c12835d2310000
	.quad 0x2baa71ba43405430, 0x8c8f7cc9d90b0001
	.quad 0x4cdbcaa6bbef8fc9, 0xd9fffffe007fffff
	.quad 0x64de2561ea4a1267, 0xb3f9c45cfffff4db
	.quad 0x7f7fffff7f800000, 0x569e8fdf0fb0a8f8
	.quad 0xc01b000000000000, 0x7f849f17b368691e
	.quad 0x80000000bf200000, 0xff92bf597f800000
	.quad 0x4bc6e63183fb4ec9, 0x0143311d6c0747d4
	.quad 0x0f18af4580000000, 0x603c586b80ee88f6
seed37:
	.quad 0x107630f81839c1fa
	.quad 0x000000000000012c
	.quad 0xfffffffc04609b8a
	.quad 0x1367c36a3e83dc40
	.quad 0xdd5e07f7a86dac63
	.quad 0x1d7f8ac40217182a
	.quad 0xaad7cb9db9b90346
	.quad 0x0020000000000001
	.quad 0xbf907e995aaa42f8
	.quad 0x001d029572e3e69c
	.quad 0x00003d3d9fc0a964
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffcd9
	.quad 0x000000000000001d
	.quad 0xfffffffffffffce6
	.quad 0xfffffffffffffc76
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x137a98c2a9dd7d63, 0x346bc2ba48b18aff
	.quad 0x3ea0f0273cdfad12, 0x99cf510cd8f9d37a
	.quad 0xfff0000000000000, 0x5843d4876fef0109
	.quad 0x0000000000000000, 0xc5cb952cf3df7ed8
	.quad 0xf9498fa77ffe6a1f, 0x404ee054d2c632cc
	.quad 0x80ffffff9724b8ab, 0x4062a00000000000
	.quad 0x4a172afbbe9dff89, 0x6ca859c6ee3ff4b7
	.quad 0x7849c39f37cbe61c, 0x7ff353597988e789
	.quad 0xc07a3ded40c80000, 0x80d5b4667d35a0a3
	.quad 0x39a4000000ffffff, 0x1e3cc1fff780c000
	.quad 0x0000000100e1f0a3, 0x2342800b4f45fc00
	.quad 0x3f909d97c52c9409, 0x2cf99f47ecba78bf
	.quad 0x43027526af36c61d, 0x000eccf713148e86
	.quad 0x413d000000000000, 0xff80000090050ab0
	.quad 0x002fffffffffffff, 0xc199d46c3fccfcef
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0x7f8000000c5a8b86, 0x0008000000000000
	.quad 0x6bd8718d1d784580, 0xcd1867167e8bb0db
	.quad 0xfff289bf3d37d393, 0x9b8c07978d24a97c
	.quad 0x019852a505c99f85, 0x40fffffffffffffe
	.quad 0x38441cf0d8af7e00, 0x8000000000000000
	.quad 0x5cbd13c7be800000, 0xc02a45d7cd93bec2
	.quad 0x83436a56aa58c4c6, 0xffc654a67fcc519f
	.quad 0xc02d93bef713757f, 0x00000000809aab86
	.quad 0xfff0000000000000, 0x7f80000098d5727e
	.quad 0x8006b584e034a23c, 0x805a1232ffc00000
	.quad 0x4030000000000000, 0x007fffff7f9b633c
	.quad 0x0c02eea030628a8f, 0x3715000080000001
	.quad 0xa8333ba880000000, 0xad83306b536e0000
	.quad 0xfcaac6b6ffaa4497, 0x7653e4e0c0300000
	.quad 0xff8000001c5fd380, 0x017fffffffc00000
	.quad 0x33b7bdf6da7096eb, 0xb91499cfaf468cee
seed38:
	.quad 0x0000000000000000
	.quad 0xff0ba63079c511e3
	.quad 0x0000000000000331
	.quad 0xfffffffffffffe52
	.quad 0x00000000000001d0
	.quad 0x000000000000025c
	.quad 0x0000000000106c7c
	.quad 0x00000011c409be86
	.quad 0x00000000000003c1
	.quad 0x000000000000000b
	.quad 0xa83bca90f90ce880
	.quad 0x000000007fffffff
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0xffffd129c571d74f
	.quad 0x000000007fffffff
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0x569b3de87fbdfef6, 0x8010000000000000
	.quad 0x26836f89db1bc6da, 0x9e17542a366803b6
	.quad 0x32b25e52a6038700, 0xa8145e536ac37e00
	.quad 0x3f174c2dffa5fef3, 0x7966ae7435a9ca67
	.quad 0x36385334d26a5bb4, 0x90ddc573807fffff
	.quad 0x72e95b7677f1ff57, 0x1e066b6fd0b28800
	.quad 0x73b7450aad535128, 0x6dcfd43383db67fd
	.quad 0x470000007f800000, 0x2ef8d327f1758000
	.quad 0xc011f507462e847d, 0x42f6000040600000
	.quad 0xbec00000807849fb, 0x0fb8ecd3f8e65ceb
	.quad 0x038e7dffdfccdc02, 0x7e82ab992359b72d
	.quad 0x00b33ae941040000, 0x35c00000c306f7ae
	.quad 0x8240e70cce2dccf1, 0xeaaa5ea7bfff7ff7
	.quad 0x02962f11edffb4db, 0xfb7e4006fdd27cb8
	.quad 0xffdeb2200696b350, 0x8e7ebf0000040011
	.quad 0x1535a3dda55f0ebb, 0xa562d3167fe4f5ae
	.quad 0xbee0000000000000, 0xbf7726f48fb7fe60
	.quad 0xc0c0000080226bb6, 0x7ffc2a2e2b6e120c
	.quad 0xff800000803e8919, 0x80000000d2159c18
	.quad 0x400d0b751103f688, 0x7ff0000000000000
	.quad 0x8000000000000000, 0xc030000000000000
	.quad 0x7ff0000000000000, 0xc0053ce63cfaa3c0
	.quad 0x40b0000080000000, 0x8000000000000000
	.quad 0x00ffffff2ca9d90d, 0x508bc4502ce0fc00
	.quad 0xd71d4c9082dc83a4, 0x7f80000051f3ca45
	.quad 0xc062000000000000, 0xe90cf3433ac840f5
	.quad 0x909b0b007fedf776, 0x0eac1904907ae5ba
	.quad 0x7fe3c0c685d3e027, 0xf16152a9ff892609
	.quad 0xc02b268cf3f87d5c, 0x7eab5030ba218817
	.quad 0xbacbd6403b996426, 0xca37baf480000000
	.quad 0x9d753e79adce4700, 0x10218deb00891963
	.quad 0x1363a4528e599ff8, 0x2f78e9a2457ad864
seed39:
	.quad 0x863fe18e061d89df
	.quad 0x000000000000011f
	.quad 0xaf4ac86cabb17e60
	.quad 0x378007e2dbda51cb
	.quad 0x0000037d77722350
	.quad 0x0020000000000001
	.quad 0x000000000000001b
	.quad 0x000000007fffffff
	.quad 0xfffffffffffd5a03
	.quad 0x00038f7560f397e3
	.quad 0x0000000000000000
	.quad 0x0000000000000073
	.quad 0xffffffffffffffc9
	.quad 0x0000000000000141
	.quad 0x0db642e19751a888
	.quad 0x2dd3bfd41f324014
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0xadfbfe0700000000, 0xc1603d391596bfff
	.quad 0x28d59362dbcd7df7, 0xfdd6c84d98732b69
	.quad 0x7ffb97f7c73f4dd9, 0xc061a01fd8dd75b6
	.quad 0x8032d6bc0ad2eb7f, 0xfeeb2e422f942258
	.quad 0xfff0000000000000, 0xdc8120906a123640
	.quad 0x326ba48edeffffff, 0xbf19800000000000
	.quad 0x880819ca8003464f, 0xe26fa9064c510363
	.quad 0x7f800000f96e8fc5, 0x057abe8c0b838000
	.quad 0xf73cb7a03fa00000, 0x7ff8000000000000
	.quad 0x64ec5faea1705926, 0x2fd80e284e0fbba1
	.quad 0xc1000000c0100000, 0x0080000042295d7a
	.quad 0xd77e2fd13bed40a6, 0x04d7b11b80000000
	.quad 0xf6790eefa5885d67, 0x05d64b46a28bc500
	.quad 0x4023800000000000, 0x749a71257fd54185
	.quad 0xe17f71473a800000, 0x8000000000000000
	.quad 0x207313e574fbc6be, 0x47fffffe3bc02252
	.quad 0x3f8e54b24391bd88, 0x19b9263e20af5589
	.quad 0xbf98f25556ea80fa, 0xc01e000000000000
	.quad 0x8219a58a29fe9e0e, 0x571579f465ad2f39
	.quad 0xc3effffffffffffe, 0x74581433ffc58000
	.quad 0xbf8102ae0bcbddd1, 0xab01c0d54467fc00
	.quad 0xfff23f3315c42289, 0x3bfe3cc900ffffff
	.quad 0x3d3b47747f800000, 0x0000000041120000
	.quad 0x3fb23554c5ce0462, 0x85ba9bd8d9ffffff
	.quad 0x5ea5c485b841c7ec, 0xfff0000000000000
	.quad 0xbfa52e4f121bd9f4, 0x7ff54b881677709f
	.quad 0x3ca1a8b74e0e7c01, 0xec32bfaacaffffff
	.quad 0x43c65395af9a7bb4, 0xff8000007f800000
	.quad 0xbff0000000000000, 0xbff5e5623989cfae
	.quad 0x8b6c77bcea5f57d7, 0xff4d37782e18ff9b
	.quad 0x3d72b52f97c1282c, 0x7f9d745cc0782315
	.quad 0x1c3dbc90afbf75fe, 0x92d44ab87ed56474
seed40:
	.quad 0xffffffff80000000
	.quad 0xb88c11b16d8ca9a2
	.quad 0xffffffffb1c07400
	.quad 0x016011e5180b93a7
	.quad 0xfffffffffffffeb4
	.quad 0x0000000001000001
	.quad 0x0000000000000057
	.quad 0xe20afaf265b6ab8d
	.quad 0xffe08fa6afe947e1
	.quad 0x728d35f48e55e850
	.quad 0xd9c3de2312b5412b
	.quad 0xffffffffffffffff
	.quad 0x8e4102edc2eb6d35
	.quad 0x989413254a7a551f
	.quad 0xffffffffffffffff
	.quad 0xd28e392f1d07b174
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x8131a95bc0b00000, 0xe8292ce1583877ad
	.quad 0x80000000fa2fa585, 0xa4b955bc0c01df1b
	.quad 0xc0dcc6b141a4869c, 0x3f894822d8b3a05b
	.quad 0x4906a85dc35d73ff, 0xe8cc6316cbedb15e
	.quad 0x00367cb63cfa0000, 0x69be7958014ee014
	.quad 0x956210c3406fb3f8, 0x7f80000042b16dd2
	.quad 0xf9ac124a83490000, 0xffd61fa7f5ebc21e
	.quad 0xff80000082d96bcb, 0xff260fcd7fc00000
	.quad 0xbc2814d9a27119e6, 0xe97dc9f1e5f0c97c
	.quad 0xb93c28231955e4bb, 0xec88e6e0c6e27c00
	.quad 0x0000000000000000, 0xbfe4000000000000
	.quad 0x410db0b3f2c080c6, 0x5f7fffffffbf17ee
	.quad 0xfdfe38d445e00000, 0x800bcde716b805d5
	.quad 0xff800000ff87750d, 0x7f80000080000000
	.quad 0xbf7bfcd9ccdabfe2, 0x3d6548a9fdb8fd7f
	.quad 0xf6d6dfc3ff800000, 0x000000007fc00000
	.quad 0x21479c63c5f8fa00, 0xffea5a9bff800000
	.quad 0x4000000000000000, 0xdc8268058007729d
	.quad 0x76c5a014ffeafb6b, 0x64fffb71aeec5301
	.quad 0x2eeba6c6fe5cefff, 0xc1c3095d40f80000
	.quad 0x7ffedd42f47ec768, 0xc478dce6eb2ca835
	.quad 0xffed508400000001, 0x08d87b6ac3e80000
	.quad 0x5114ea86f4b4d700, 0x001d0bca46e40000
	.quad 0xa33f1ded7effffff, 0x38a00000ffc00000
	.quad 0xff8d93f839925b29, 0x566a6edadbb9cf37
	.quad 0x0000000000000000, 0xbfce2edf6c54e3a2
	.quad 0xafa99cb9b3291616, 0x912c7672f3d17ac9
	.quad 0x910d104af80933dd, 0x1db999f83d3ec692
	.quad 0xa72991f1e8be7ce1, 0xc10000007f8b3b76
	.quad 0x9238d009fffcc747, 0x40c8000000000000
	.quad 0xe2ab96c1adbc8200, 0x7626174eb7fc0000
	.quad 0x998b49acdd912942, 0xb9cfb75467797400
seed41:
	.quad 0xdf16262f2cb07a1f
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0xfffffffffd525719
	.quad 0x0000000000000002
	.quad 0x00000000005e775b
	.quad 0x286b9cfc372b704e
	.quad 0x0000000000000000
	.quad 0xfffffffffffffdcc
	.quad 0x0000234cb2b91722
	.quad 0xfffffffffbd5221a
	.quad 0x0000001104722bb4
	.quad 0xfffffff824a05fd8
	.quad 0x000000000000006d
	.quad 0x1d6abeb24a197be8
	.quad 0x00000008ecfc13d3
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0xe9e0ba03f052073f, 0x16a6ca2b2ed817e7
	.quad 0x87cce57fc96e86b3, 0xfeffffff41ecae54
	.quad 0xbfa0613cf5d2fc00, 0x7f020c9b3606bb79
	.quad 0xc29b54a58ca75d79, 0x44a27cc7f888f2a1
	.quad 0xbee5000000000000, 0x8748f62818d727a6
	.quad 0x8000000000000000, 0x800fd5b943c7aa44
	.quad 0xbf88a4e6029cadec, 0xfff0000000000000
	.quad 0x800f07b3dddf4027, 0x6210daefff800000
	.quad 0xdffffffe80747536, 0x80000000e054b28c
	.quad 0xf6f8ca0efec80955, 0x33071c1fff9c834c
	.quad 0xac40f177efdce994, 0x3feb37383f3279b3
	.quad 0xbfd13c9b52bde5d1, 0x3de3d1b506496f1f
	.quad 0xbf59000000000000, 0x7fc000007fc52612
	.quad 0x469a8000c29013e0, 0x722f861ec094b4b7
	.quad 0x8000000000000000, 0x1a097314a30b1b61
	.quad 0xec54afedce207f1a, 0xbffbfbc74a02ef80
	.quad 0xb446fe168ce1fcfb, 0x40259c83e6c7fe51
	.quad 0x037e8718ffed4a8c, 0xffd2a1279806a7ff
	.quad 0x0000000000000000, 0x4001000000000000
	.quad 0xc021000000000000, 0xd1c3ad27c7c8a935
	.quad 0xbf0399e546a00000, 0x06f9f052fdf9dcc7
	.quad 0xffb43c40ffa9dbad, 0xff80000043000000
	.quad 0x7f800000ffc00000, 0x007fffff00000000
	.quad 0x40a0000000000000, 0xc089000000000000
	.quad 0x484e676b80321264, 0xfda56f4fb341a002
	.quad 0x80e9cc29ab570b4d, 0x3f8edbee9965dc96
	.quad 0x3c28027b20ffffff, 0xb45dec72c64869c3
	.quad 0x7f800000bbf937b0, 0x00130ef48c14794b
	.quad 0x800000003b89649d, 0x00076bbb59ff53f9
	.quad 0x26a1e6e3e7427c00, 0x7ff0000000000000
	.quad 0x3def4cec776d9bfb, 0xc01c800000000000
	.quad 0xf012f180c2fc015d, 0xc0858030cffffffe
seed42:
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xfffffffffffd1ada
	.quad 0x4a238728d4f0e912
	.quad 0xb431ff8c6291c459
	.quad 0xffffffffffffffe9
	.quad 0xffffffffffff2a40
	.quad 0xb3340b4724692e61
	.quad 0x25984c62862b7a85
	.quad 0x1ead0a89a4f47626
	.quad 0xf478d1354b054275
	.quad 0x8000000000000000
	.quad 0x21f04f3f33e7820b
	.quad 0x0000000100000000
	.quad 0x0000000000000168
	.quad 0x0000000000000000
	.quad 0x06800000
	.quad 0x50000000
	.quad 0xfff3618efd7c2447, 0xa65fb45fff83f57a
	.quad 0x7e1394769ca7bf2d, 0xd7fd1b43d9792f1a
	.quad 0xfff0130872242f97, 0xc06a3ca8e2a331d2
	.quad 0xff80000076b65ec0, 0x00000000bd92b2d8
	.quad 0x8d099201116085c7, 0x3febb2869fcb0f41
	.quad 0x0ea986bcff000000, 0x6db80ee6cfaa6ff7
	.quad 0x005631f7ffe4a8dd, 0x5a7fffffbce5aa51
	.quad 0x4ecd619f3d4a87ff, 0x415d3526bffab2ce
	.quad 0x045eb2e0ffd870cd, 0x3f93c996e05b10ca
	.quad 0xbf9a0149043e1582, 0x7ff046e175adb46f
	.quad 0x7f8000007f95ec08, 0xbeb8000000000000
	.quad 0x7ff8000000000000, 0xbfd652d1007fffff
	.quad 0xa236385f9b7bffef, 0x8000000000000000
	.quad 0xfff0000000000000, 0x66f2760808817e00
	.quad 0x12b26f05934c8203, 0xbf400000c1063c5d
	.quad 0xc5f420e399d58bff, 0x83f53e2cb221b3b5
	.quad 0x47d8380d80d14635, 0x8000000000000000
	.quad 0x4a1e51c2bf94fc7b, 0x0000000000000001
	.quad 0x047c363e7729a56c, 0x7f800000e688e900
	.quad 0x7f4c3661ff22217c, 0x9657848663d6fdff
	.quad 0x3da72bfd47660000, 0x010d34e4a2c37c00
	.quad 0x8318bc1d5e10c477, 0x8000000000000000
	.quad 0xa34c09b074957db8, 0x00a30c27ffa3971a
	.quad 0xa529ef2ee2ed2fb5, 0x7ff0000000000000
	.quad 0xc135000000000000, 0x7de1aae5d0f2f49e
	.quad 0x67597f36ffd0f971, 0x00000000d9800001
	.quad 0xbfd964bd3e08f4fb, 0x88cc732a10370278
	.quad 0xbcac70317f4dc3e7, 0xf7f79c94dc959d40
	.quad 0x3bf98ecdffa043f2, 0x3fb337abd880f943
	.quad 0x6c5f7bf974b1acf5, 0x8000000173b983ea
	.quad 0xc202e55301c7c33d, 0x00000000df4c2a41
	.quad 0xff906098f49a8978, 0x94f4c08c7d99dbda
seed43:
	.quad 0x8000000000000000
	.quad 0xdf0ace8008fcbdf2
	.quad 0x10cc9b476b5e7236
	.quad 0xffffffffffffffff
	.quad 0x0b6a3fea227dc2e7
	.quad 0xffffffffffffff1d
	.quad 0x0000000000000077
	.quad 0x0000000100000000
	.quad 0x000037947cd5217e
	.quad 0x2cdb83f1711a67b2
	.quad 0x0000000000000050
	.quad 0xd3f7dbdd63445f65
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffe4a
	.quad 0x00000000000000b6
	.quad 0x25b5b66d9a82472f
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0x8000000000000000, 0x2c197c2180000000
	.quad 0x9503cb8c7f800000, 0x192eff6c3ff2b87b
	.quad 0x6177cd717ff57208, 0x43ffffffc063d399
	.quad 0xbda3eaebffffc897, 0xc062594d90e34199
	.quad 0xffd7fd0450fb30c0, 0x00764c617fc28537
	.quad 0x40c46ccfc1bf9ec4, 0x0000000000000000
	.quad 0x7f9c86a63de69a19, 0x017fffff408d8a8e
	.quad 0x69153afcc291e09f, 0xffd5bda63f400000
	.quad 0x3bb53c886d7f2abd, 0x747ddc39d755a632
	.quad 0x440100003d539ef7, 0x7ddd4b90c2c45c9d
	.quad 0xc0143f67bac37f02, 0x25cfa7ffa7e07408
	.quad 0x4259d7d488a0fa98, 0x0000000000000000
	.quad 0x0000000000000000, 0x1e98746fffdac6ff
	.quad 0x2455f8deee0effae, 0x6f0f55384361babc
	.quad 0x8000000000000000, 0x7fe0000000000000
	.quad 0xfff8000000000000, 0x81a63e08fc670001
	.quad 0xd4d3492c9bf6bfff, 0xe9ccac225ce5fc00
	.quad 0xfff05e1f683a11e1, 0x6d83fa17a31b8000
	.quad 0x7ff0000000000000, 0x000fffffffffffff
	.quad 0x04914c90de6d5b1c, 0xfff435faf7a085e9
	.quad 0x7f03b8fd3827082c, 0x7fc000000cec5673
	.quad 0xdc0eba95fc757cf3, 0x8000000000000001
	.quad 0xffa389cc7fa2931a, 0xc0d2200000000000
	.quad 0x80000000139f1b2e, 0x56f6fde029fbb2f2
	.quad 0x8000000000000001, 0x1937f71122ec4880
	.quad 0x38824c149f09afe4, 0xc017000000000000
	.quad 0x2a9c7d3557fb929f, 0xb849dfe2d9ae7c00
	.quad 0xbf9f78077d024829, 0x24a3cad5490d097a
	.quad 0x002ff4747fa87312, 0xc0b80000bf800001
	.quad 0xf224626f66f09c66, 0x6fdc4c084314fc1b
	.quad 0xd3f31dd8ffd71baa, 0x4ed3528d44b98b0d
	.quad 0x3ec8000080000000, 0x3ba6194eba600000
seed44:
	.quad 0xffff13dff7938533
	.quad 0xb473ebf7fd8f43ba
	.quad 0x7fffffffffffffff
	.quad 0xfff95adaf5c7d76b
	.quad 0xffffffffffffe0e2
	.quad 0xfe3d2c550469d500
	.quad 0x40fc42d9d1499998
	.quad 0x0020000000000001
	.quad 0xfffffffffffffda5
	.quad 0x62eaf5d4d453a87a
	.quad 0xd407187c60a244c6
	.quad 0xda58537ed779b424
	.quad 0x00000000ffffffff
	.quad 0x000000000000000b
	.quad 0xffffffff80000000
	.quad 0x74b892800aa26996
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x3ffa5e8c66066c09, 0x20d0e09400ffffff
	.quad 0x0007754e52efb15c, 0x6dc9ad57ffa6fe00
	.quad 0x3e80000080000000, 0xfff8000000000000
	.quad 0x393000000058e25e, 0xb20b9e18d13b4001
	.quad 0xca5143e95fbdfae4, 0xbfceae39751235c0
	.quad 0xfeab9bf94a777fae, 0x0fb8986aef4e7ec6
	.quad 0x3224ed710d83a278, 0x24cd9a86c8f3fc00
	.quad 0xc076ba28e9316770, 0x0d5e784cffbf57dd
	.quad 0x7ffd53a859a4126f, 0x7fecd6884ff61ea5
	.quad 0x3f7b000000000000, 0x7f615823bf5d3353
	.quad 0x3f4000005fffae81, 0x3ff51565f69963c1
	.quad 0xb03dd7517195ceeb, 0x19b3f0b1677a7c00
	.quad 0x7fe1a00d00e448b3, 0xc3f6fd48f9dffdff
	.quad 0xdf7fffff7f800000, 0x58cc4e6349bf4ecb
	.quad 0xcd07fc13b101e4d0, 0xc0a0000000000000
	.quad 0xbf9390e21257e7d0, 0x0ceddc0efeddfd0c
	.quad 0x1b5b27b9ffe87f9b, 0x3463cdb3fe9f7afb
	.quad 0xd3f6a449f9978680, 0x7fc0000041acbda3
	.quad 0x20c6050600000000, 0xc117800000000000
	.quad 0x023de44567c176ae, 0x7ffbcf19267bdeb6
	.quad 0xfff0000000000000, 0xfa21956143ba5622
	.quad 0x7f775b04cf7f7d99, 0x83b935c9546938cd
	.quad 0x8000000000000000, 0xc0a8c731fcb0cd97
	.quad 0x50d64c3dd7322977, 0x01eb507bc85bd46d
	.quad 0x7a7540a86fd64026, 0x4f46cd4acae3fa0d
	.quad 0xded78c4fffdffafe, 0x3fdc2cc4fca76931
	.quad 0xf04bb82fa599fc00, 0x86c5662299043bed
	.quad 0xc2e1213fffeff4fb, 0x76ad5b54fb3f7980
	.quad 0x7ff11e9cd80f58c1, 0x0c677b7fffb3e48d
	.quad 0x79e70062c8dded9f, 0x816379d34d4a3900
	.quad 0x8000000000000000, 0x817fffff7fa567c2
	.quad 0x1c6ace4b33d50000, 0xbfec4d9367378de7
seed45:
	.quad 0xfffffffffffffef5
	.quad 0x24fb67a34ed6a016
	.quad 0x1a1c31fa7430b073
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0x7fffffffffffffff
	.quad 0x00000000037a8a70
	.quad 0xfffffffffffffcb7
	.quad 0xc4f0b58a802bf740
	.quad 0xa400fc0026e1ff17
	.quad 0x8000000000000000
	.quad 0x00000000000002f0
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xd26f724441334144
	.quad 0xdd26a4a06e0de656
	.quad 0x06c00000
	.quad 0xd0000000
	.quad 0x4911000054588f05, 0xbf9cb27d99ee135f
	.quad 0x8020000000000000, 0x46c80000808bf93c
	.quad 0x44ad44860feef5fd, 0x808000004116e877
	.quad 0x04aefbb87f99bed1, 0x0a825a281d022de6
	.quad 0xbfd5697f7ddb7458, 0x47000000c5f5b07a
	.quad 0x7bb8fed4ffc2d697, 0x011cc1d6f055cbea
	.quad 0x7ff0000000000000, 0x159e4e4140100000
	.quad 0x4021800000000000, 0xbf47ffdf9cd90000
	.quad 0x91277d103cd7fdfe, 0x3fb96ae61d94bf58
	.quad 0xcf7ffffec0580000, 0x0da6432ac45f8171
	.quad 0xc000000000000001, 0x042b8871f576efef
	.quad 0x00138b887fb53f40, 0x39f80000428471f4
	.quad 0xffcf8190ff094631, 0xcc2e415de39cc8bc
	.quad 0x3dcbbd9a7fadf120, 0xbeb609043c24500d
	.quad 0x8090da6caaec71e5, 0x00083e0be727955c
	.quad 0x7d27be9129b48402, 0x7ff8000000000000
	.quad 0x4d1d5aaa5b2e890b, 0x7f81767ba74e6578
	.quad 0xc28c8bd87ff1233b, 0x0066725f410c0000
	.quad 0x0000000000000000, 0xbc0571084ffffffe
	.quad 0x7699315cfffbc500, 0xa369ebbbfe3fb7fb
	.quad 0xbfd8babd41d410a9, 0x80000000be900000
	.quad 0x0fe4c0eaab2dfc00, 0xde345336d1bd49ea
	.quad 0x00000000c1d2737b, 0xfffd784243604a89
	.quad 0x2beb9c19ff250cdd, 0x9a1e59a1f6677857
	.quad 0x000fffffffffffff, 0xff193d537eee4b4e
	.quad 0x43f0000000000001, 0x41e47e9706c1e943
	.quad 0x80a212de78414298, 0xef7833e3c2fe2819
	.quad 0x82ad27deff408484, 0x803bb5083d9c1d38
	.quad 0x3fd8000000000000, 0x9e4c20ff42d1e927
	.quad 0x82d1301a3e2df8bb, 0x40f8000081000000
	.quad 0xd3653a1a866e03d4, 0xc023000000000000
	.quad 0x0000000000000000, 0x7f936980bdc5c0e8
seed46:
	.quad 0xffffffff9b9a6367
	.quad 0x0020000000000001
	.quad 0x30832a56ed01c98d
	.quad 0xfffffffffffffeb2
	.quad 0x00000000000000f7
	.quad 0x1abc885c1f0a905a
	.quad 0x0000000100000000
	.quad 0xffffffffffffff54
	.quad 0x932bdeb684b9c909
	.quad 0x00021414053ae7e7
	.quad 0xfe3c00e19a88ab56
	.quad 0x5902c9a4e6f96c8a
	.quad 0xfffffd3e3c4c5d30
	.quad 0x00000000763c6105
	.quad 0xfffffffffffffffd
	.quad 0x000000000000002b
	.quad 0x06800000
	.quad 0x00000000
	.quad 0x8a212c44d2bd8505, 0xbfe42488bc2c1089
	.quad 0x2526b3df93a28028, 0x3bbc338f7f375ca8
	.quad 0xf332d1acdc8d7c00, 0x140e3e4344bcaf97
	.quad 0x6bd0e9337fb6fbf7, 0xa8e5b914e1bf0187
	.quad 0xc2500000bf400000, 0x3f9dbf27d3851439
	.quad 0x25b1dc3ef9577bff, 0x7f843c4e7fc00000
	.quad 0xb352d7c0ec8e5d41, 0xf919a26040980000
	.quad 0x420383883d91e065, 0xbaa17088ff8ffcff
	.quad 0x8290053941100000, 0x800bb9d3b32d7f33
	.quad 0xbf4b000000000000, 0x426ce38ed798cc14
	.quad 0x78aabdc234b2fae1, 0x800fadf6f3fbc3a7
	.quad 0x78139b44ffc00000, 0x7ff0000000000000
	.quad 0x0034e82e40000000, 0x90e99fc0422705a4
	.quad 0x8050f7e0dfb33008, 0x013c63e78d0a0dcb
	.quad 0x75fb07e900000000, 0xbfb8c8dac3cfe9eb
	.quad 0x7cb4a88858715b86, 0x5e7e362eda26cc72
	.quad 0x59a10cf9ffff1ddc, 0x69e8daf37fe7feff
	.quad 0x6ab0efc6dff523a9, 0x3c8d5298ba490000
	.quad 0x4680cef8e892c8c0, 0x131f636be9045cec
	.quad 0x7f72c22b3feacfca, 0x0f58063fbfb54d1f
	.quad 0x48db27ac69183ba5, 0x15268bf727989d1e
	.quad 0x7fc00000ff56d8b4, 0x80b69793f537429a
	.quad 0xff8000007f98ecc1, 0xbcec5bdb870c7e30
	.quad 0x8129f39203c9fba7, 0x3fffffffbf400000
	.quad 0x801fca0e090a6700, 0x0477bb05bf97fcc0
	.quad 0x002e4913a855d33e, 0x9c6e445323a73ad9
	.quad 0xc6c40000c77ffffe, 0x83b36fe7ba89cec6
	.quad 0xffe0000000000000, 0x40bc0000c26a4345
	.quad 0xc04f0dea6372cf9d, 0x0f7bee99041d22a1
	.quad 0xc0182b50a2f56b90, 0x892b3994fcd7fbff
	.quad 0x411a800000000000, 0xaac2ccdcff9fef7f
	.quad 0x103263290e287e09, 0x803ba6b06fcb24fa
seed47:
	.quad 0xffffffff80000000
	.quad 0xffff25827c120f95
	.quad 0x1a8c67293c776cd5
	.quad 0x54d26e3192300b21
	.quad 0xfffffffa7ff6f0ae
	.quad 0xfffffffffffffed3
	.quad 0xfffffffffe5b71a3
	.quad 0x361a8bc84035dc79
	.quad 0x9ecc88fe9d0c8a53
	.quad 0xfffffffffdb420b1
	.quad 0x000000000051ecfa
	.quad 0x4a1b0192e59c4b68
	.quad 0x02aaefee99d526c9
	.quad 0xfffffffffffe995c
	.quad 0xf6ae32c7602f6e06
	.quad 0x9b41053db7bed1f3
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x432eb734b2c1f4dd, 0xec27dcee80000000
	.quad 0x3faab7c76b0e8ddf, 0x3f34000000000000
	.quad 0x542d9063a747fb1f, 0x90916c36fece3a90
	.quad 0xc01643095a326e4d, 0xff9f37b5c56c0000
	.quad 0xbfa0e609c7cbf000, 0xb6842a081330184e
	.quad 0x43ee6934bc024000, 0x7ffb94088923b8ce
	.quad 0x7ffdd314ab1b53d7, 0x0000000000000000
	.quad 0xfff0000000000000, 0xfffecdddb166f89c
	.quad 0x20ca6c3effbb7300, 0x66ec441bfdfd7df6
	.quad 0x3fbdcab88f53fd9d, 0x33f59e43bf4fdfef
	.quad 0xa034639cc6666152, 0xecec6e4aff331488
	.quad 0x5fa6c6f7df103359, 0x6a8fa6f07ffffaff
	.quad 0xfff8000000000000, 0xe6029dbaffffffff
	.quad 0xc102aa3dee0e3700, 0x7ff58f92d5b572f2
	.quad 0xb93111fd66eabbf1, 0xa33889669e1bfc00
	.quad 0x50ed48d9f30ac0e3, 0x02163623cf14cd1a
	.quad 0x5b53c29bce3f4ced, 0x1a3abd577f800000
	.quad 0x02fd96eeb9bb97f3, 0x44d7892e7ed3c8ed
	.quad 0x43d7e40c7f800000, 0x0b93164cfdef8615
	.quad 0xa40e7980ffdfd200, 0xc2717271b3854800
	.quad 0x9f495c4365ffe79c, 0xc7fffffe00ffffff
	.quad 0x60b38a47c623fa3a, 0x7ff0000000000000
	.quad 0x1f114e4c9fcfcd12, 0xc010000040abda16
	.quad 0x50dc5e862cdbf77f, 0xd8093859efffffff
	.quad 0xf8ad875b4647ef6b, 0xecaceaae9e837c6a
	.quad 0xc009ab92c2d628ee, 0x00000000200dc012
	.quad 0x006f06e57a3d967f, 0xb43aa473ae407daa
	.quad 0x7fb820c916248070, 0xf2d9e4807f7fffff
	.quad 0x517d335affad85c6, 0x836b4bb270c77800
	.quad 0x7d8868d12b65fe3f, 0x8000000094438ff9
	.quad 0x3bd1cd2a40c00000, 0xc050000094c06619
	.quad 0x3fdba10e92bb39f1, 0x4088000016fd6737
seed48:
	.quad 0xfffffffffffffffa
	.quad 0x00000000002c3d33
	.quad 0x32c5ca636adf5c35
	.quad 0xfffffffffffff70c
	.quad 0x000000000000005d
	.quad 0x0238b521727b385d
	.quad 0x27d686879c28a86d
	.quad 0xffffffffffffffff
	.quad 0x0000000000000120
	.quad 0x5ff83f3f5541bda2
	.quad 0x0000000000000166
	.quad 0xfffffffffffffd2a
	.quad 0xfffffe18982821fe
	.quad 0x000000023b39458b
	.quad 0x000000000000000e
	.quad 0x00000000000000b8
	.quad 0x03000000
	.quad 0x10000000
	.quad 0xf1f1116285a4b5ef, 0x199867ebc0fbbffe
	.quad 0xfff1425829667896, 0x00f8dd378220633e
	.quad 0x899ba511bdebbdfb, 0x3fd97b2bcf7ffffe
	.quad 0xfff620e99fa814de, 0xc01d800000000000
	.quad 0x004c2cb8779c6c98, 0xc0029b7f2b7210bf
	.quad 0xeb88d32effede89f, 0xf817a77e42e67230
	.quad 0x5bdbc3988d3dda28, 0x0253e3d9c0880000
	.quad 0xb8bdb2af9faa8400, 0x3a8d0ca9c86e2020
	.quad 0x00000000f541d92f, 0x94fd5eacfe56fdb9
	.quad 0xe37081e82798f7ff, 0xc0e41db93d79d53c
	.quad 0x017fffffbbc7cf1e, 0xcfffffff40d80000
	.quad 0xfe5711b5f52b0000, 0xbf400000c0d40000
	.quad 0x010bef7133d675ee, 0x187627b1ff465fe6
	.quad 0x0e7c6962c0891415, 0x906da22db53bc4ba
	.quad 0x712e029929265bdf, 0x42b5e4e43bde6af9
	.quad 0xc2796e0280000000, 0x7fc0000041125133
	.quad 0x3f8606150c05d25c, 0x000f1dfb45faeeef
	.quad 0xff0eedf1dd8ab6bc, 0x7ff0000000000000
	.quad 0xbd338e827f7b61cf, 0x40527fe1252fddb5
	.quad 0xfea7ce7d7efe0410, 0x7f34e62d7d479693
	.quad 0x7fc0000080a5dc69, 0x343eae2cdb561dd4
	.quad 0xa873345a673efdd7, 0x8a4936abc36fab7b
	.quad 0x4469ee97fffe25d9, 0xdf1356b33feefb73
	.quad 0x73a78f977f8ad531, 0x698e290f80e9fc00
	.quad 0x63488584d28fcc38, 0xa97b8294d6bb677c
	.quad 0x4100000000000001, 0x4016000000000000
	.quad 0xbfe74330c224387d, 0x7f8000003fa00000
	.quad 0xeff359eefb3bdfff, 0x670f5b7aec99ff75
	.quad 0x3d27eaf00000b104, 0x96f77930c0000000
	.quad 0x0e97b78bffdef083, 0xc0ac000000000000
	.quad 0x9352de5ac0b00000, 0x23fb6b1087c41402
	.quad 0xc024000000000000, 0xda9faf8dffcf8ef9
seed49:
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x0000000000771116
	.quad 0x8289652136a88cc7
	.quad 0xfffffffffffffe23
	.quad 0x18e55ceea510fa78
	.quad 0x00000000000002c5
	.quad 0xa4a35a127a602fc8
	.quad 0x0000000001000001
	.quad 0x15bc015316c97219
	.quad 0x0000000001000001
	.quad 0x0000000000000346
	.quad 0x0b83dffceb79b12f
	.quad 0x000000000006656c
	.quad 0x00000000000000ce
	.quad 0x07800000
	.quad 0xf0000000
	.quad 0x417387417f4765ef, 0x40b80000bce2c7f5
	.quad 0x0a171cd1c1100000, 0xc011000000000000
	.quad 0x4014000000000000, 0xc03fd5a7eb8e291b
	.quad 0x80f01f520079ac1c, 0x7fc000007effffff
	.quad 0xb99a66dcfbffffff, 0x97bceb3950f12a7a
	.quad 0x7ff0000000000000, 0xd91775e41c4a7d46
	.quad 0x9a3b7edaffffe7b7, 0xb4b38b596985fc00
	.quad 0x410400003fa00000, 0x0120ee2a16372a36
	.quad 0xc28d524f00000000, 0xffc000007fc00000
	.quad 0xbf4828b60044a87b, 0xafda5a2202524365
	.quad 0x50259709c8987c00, 0xf19d13cbf065ae5d
	.quad 0xff92490ec061aaf2, 0x02d90643095f63a1
	.quad 0x7fc000007f43fed5, 0x3ce6c76e3e6bc171
	.quad 0xfec487fdc0cb052c, 0xfbfe2066f5a10000
	.quad 0x001fffffffffffff, 0x7ffc5e65d699f555
	.quad 0x2c18d6407d9f311f, 0x007fffff3f15e495
	.quad 0x804000007fd0f80b, 0x76acd5ebffe09300
	.quad 0xc90000006df28479, 0x004b374e4334df2c
	.quad 0x48000000009d2a9d, 0xc118000000000000
	.quad 0xfe800000410c0000, 0xf6f2c997e376c551
	.quad 0x80297a2ec0000001, 0x8aaa138059c8fe20
	.quad 0x625f183dea5ac740, 0x4d1304b2042bcafb
	.quad 0x8af8b1e241200000, 0x90ee0de63f4e5a3f
	.quad 0x8000000000000000, 0xd931571db677efef
	.quad 0x7ff48cbccb3eef6d, 0x409f33a6be96bb23
	.quad 0xc021000000000000, 0xd42392302ae5fc0a
	.quad 0x406ca1fa58664af4, 0xac03160eab9ffedc
	.quad 0xff000000807510c4, 0x8100000000566721
	.quad 0x6e76d48b5958fc5e, 0xc15ffffffffffffe
	.quad 0xa157ebabfeaf75d2, 0x42e25ea043ff5641
	.quad 0x80532a970017fc00, 0xfff73db88f8a5e65
	.quad 0x00000000005b9344, 0x423b982704bfc4b4
seed50:
	.quad 0x4ae87bbb5b86cf88
	.quad 0xcb8fb75757f31110
	.quad 0xfffffffffffffeab
	.quad 0x000000000783204d
	.quad 0x00000000004ee941
	.quad 0x0000000000000000
	.quad 0xffffffe6b50da3d7
	.quad 0x0000000000000260
	.quad 0x0000000000000001
	.quad 0xfffffffffffffeb9
	.quad 0xffffffffffd37473
	.quad 0xffffffff80000000
	.quad 0x9597fb651a53ecdb
	.quad 0x0c7e92fe689df785
	.quad 0xfffffffffffffd0f
	.quad 0x7fffffffffffffff
	.quad 0x04800000
	.quad 0x50000000
	.quad 0x1c923456812416aa, 0x3fe00000f3a3ed81
	.quad 0x80000000ff800000, 0x8000000000000000
	.quad 0xff8000004091550a, 0xc0487d35fc14dec5
	.quad 0xd24c6a83ffbcd7ff, 0x4700000013f21d9e
	.quad 0xa8ca63a5d57ffffe, 0x7f8000007f9c6f46
	.quad 0xffc0000000208dc6, 0x1a5593ee0eb67f51
	.quad 0xfda3a675d4ddd022, 0x0cd09cf6c40d8000
	.quad 0x416ffffffffffffe, 0xff800000984381ea
	.quad 0x53dd20e39471fd3f, 0x8276bf13adbdb8be
	.quad 0xbf80000100000000, 0x40f0000000000000
	.quad 0xfff8000000000000, 0x3d9ea50ab6bda02f
	.quad 0x02aad7abddff1fdd, 0x85863fdc7a0fc6c0
	.quad 0x43310ddd576e52fe, 0x0000000000000000
	.quad 0xbf9aa9a68cf9e075, 0xbf10a5bd79986c15
	.quad 0x2ed1649cfaffe4a7, 0x40ecaac300000000
	.quad 0xb17f8058ae295516, 0xfff57df2ad6cd69c
	.quad 0x0000000000000000, 0xbff0000000000000
	.quad 0x1ade060290cba1d9, 0xafa21116ff2ffe29
	.quad 0xb10e08106c0407f9, 0x24ea36a38cf7d4c7
	.quad 0x17ac13cd8d9619a2, 0xc0e0000000000000
	.quad 0x4080a70cbbf00000, 0x7ff0000000000000
	.quad 0x4c3dcb2ed10a595f, 0x8000000080000000
	.quad 0x52fb3da6c0500000, 0xff8000007f851697
	.quad 0xc0b80000f1a5c42a, 0x38ecf70c777bdd4f
	.quad 0xfff19e75e63daad3, 0xbfc36ce5b836ae93
	.quad 0x7fe6f86e983f2411, 0xfeb9740628a79cea
	.quad 0x4fe1f92c20a61adc, 0xc0406b8bb0ae196f
	.quad 0xffeaf3f77993d839, 0x02fba2222f0d5273
	.quad 0x43ffffffffffffff, 0x35f27361eedfaf5f
	.quad 0x928937629e0ffc00, 0x7ff8000000000000
	.quad 0x5fb1005b42acfeb2, 0x1fd6c22e0b5cfc00
	.quad 0x835cd9f30e779588, 0xff69428080000000
seed51:
	.quad 0x00000000000029ae
	.quad 0xffffffffffffe83c
	.quad 0xd21887112f117dca
	.quad 0xffffffffffbae4c5
	.quad 0xffffffff80000000
	.quad 0x70b666a1c08ab907
	.quad 0x0000000000000001
	.quad 0xd728990f2ea3cdfc
	.quad 0x9f7a2f4afcca3339
	.quad 0xae2aedbca96efde4
	.quad 0xfc23fdc17414fff3
	.quad 0x000000000000002c
	.quad 0x0000000013fdf56a
	.quad 0x8ff4d815d5fabfff
	.quad 0x4e0df7906a3b0a05
	.quad 0xfffffffffffffe20
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xa128e6faffcffc00, 0x71eb371ebf48fe00
	.quad 0x3fa08ea195a1bc93, 0xc350ccde2bdc8fe2
	.quad 0xffc93bc67ab384c4, 0xbfcb98a100000000
	.quad 0x3c3147d91bb32f4c, 0x7ffa31f6c0cc84a8
	.quad 0x001fffffffffffff, 0xc0f0000000000000
	.quad 0x3d9d69e1094b5157, 0x3dfaf5eaa6a58000
	.quad 0x4cd379bc8f593f00, 0x164f60dfc6bb410f
	.quad 0xcfdab73c7f19347b, 0x0226a72e74078576
	.quad 0xb6e900003cb90e54, 0x1c21571efdfd5f4f
	.quad 0xbffffffe43683f5f, 0x67d3d3a2ffb7c378
	.quad 0x6db118c8fffa6b75, 0x7f8000001a88a5c8
	.quad 0xdf1f4e23c238d612, 0xc00a68bbe3fe4c5b
	.quad 0xbfe0000000000000, 0x44ffffff00257a58
	.quad 0xc015177f9c7d880a, 0x40c00000d7990e50
	.quad 0x721e1e2dfdef08de, 0xbbb9b65418046bf4
	.quad 0x42a3000086fe315d, 0xfff0000000000000
	.quad 0xc02c9b48988242da, 0x8c596d97aadf87ff
	.quad 0x8006b89497ac15ee, 0xbbbc440426c84429
	.quad 0xcdab5205a17e7f90, 0x929807bbbf098000
	.quad 0xa7db47239b759f6f, 0x822a7cd8ffda3e07
	.quad 0x7ff06ba63f6ac230, 0x598000017f98761b
	.quad 0xbfbcc0d5782033f0, 0x2b479a7c7f96efd6
	.quad 0x8ee06e2bffb41ccc, 0x9b4c56d4ffffffff
	.quad 0xfa597ad4bdb6bf00, 0xa2d4f3c90ec0ecdd
	.quad 0x4d272689fe800000, 0xeee43aa8eee8236e
	.quad 0x0000000000000000, 0xeec53fb177a9c612
	.quad 0xe4e9e473a4b67c00, 0x0000000000000000
	.quad 0x3d14ea867f91c97c, 0x5f2ac6a0dbffffff
	.quad 0x14a5ff1e40900000, 0xfffca9b3f2b206c5
	.quad 0xff84a45400000000, 0x6a675d93fe3f90ef
	.quad 0x009ad02dbf77c3c4, 0xf35d4faef914fad9
	.quad 0x2b2a4bbeff8aa93e, 0x46f5628c74af807d
seed52:
	.quad 0xece6f9d15c05d8db
	.quad 0xfd5edc442b5f21b5
	.quad 0x000000000000000c
	.quad 0xcaec20223ecbb59b
	.quad 0xffffffffffffa3e7
	.quad 0xfed5eb79dcdbe2fe
	.quad 0xffffffffffffff04
	.quad 0xf2e63118f5a1da4f
	.quad 0x9407efd8835a13f8
	.quad 0xffffffffffffff95
	.quad 0x85e3f0681efff14e
	.quad 0x38499a8f5ac17a80
	.quad 0xfffe0700036da19a
	.quad 0x000002891f8de68e
	.quad 0xc982c35c37dc2cf7
	.quad 0x0bfc549c16e75a18
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0xfea8dd7580000000, 0xe908b10c7400dda1
	.quad 0x71ac1d6624c625e1, 0x80000000472bfb28
	.quad 0x7fc0000080000000, 0x3f35800000000000
	.quad 0x7f80000082595185, 0xb32a235f574c753d
	.quad 0x8fb8f15e4b2f1a36, 0x7b71d0737f800000
	.quad 0x7f8000007daa5007, 0xfe47052e6c22d4a6
	.quad 0xbc08839b7fc00000, 0x7fc0d3a45ab6c421
	.quad 0xee9bd4c27fe2c600, 0x312f8f1aa2127e7a
	.quad 0x7ff8f8d95bbb2386, 0x5f7ffffec09cb214
	.quad 0x0f7dcd54bfea3e7d, 0xee52248b6949fa8b
	.quad 0x7f4ca21a60849a0d, 0x7ebeadb186446dae
	.quad 0x02de742cc61e8a40, 0x7ff23e3096f54ca5
	.quad 0x3fca66cd513d8d67, 0xc277642fffeed221
	.quad 0x1117c349ebfe735c, 0x0272b9b5bf900000
	.quad 0xfe22d14c8ed1e77f, 0x010692de5b1638ae
	.quad 0x3e70cf683d5c0000, 0x83ba8939fef978f2
	.quad 0xf25c6ff5403c6b23, 0x00042926fa65986a
	.quad 0x404800000019a9d7, 0x800000003e0e674a
	.quad 0xffdbd500dfdf62be, 0x15a8b8bc9fa875c8
	.quad 0xfff0000000000000, 0x80ffffff42000000
	.quad 0x817fffffd36df041, 0x5db35534f88c2c11
	.quad 0x00000000c10c0000, 0x7fd805c1ff800000
	.quad 0x8024269a5a000000, 0xaf35e905ffebf9d3
	.quad 0x4024000000000000, 0xe8e6af22cd14abdb
	.quad 0x800000000b0d28c8, 0xc00ea37e40d5ec5e
	.quad 0xffefffffffffffff, 0x1923a7d651a78922
	.quad 0xbfaa44c8bd060a38, 0x0252ae5db0e9c32f
	.quad 0x39d8ff29bf7fff9f, 0xbd269802ff93c829
	.quad 0x73e9530022d4f801, 0xd06f9a103eb478b2
	.quad 0x3e2463b5073251d0, 0x4b6bbaefbe052bc4
	.quad 0xff800000000fbcdf, 0x3fa07aa716400a17
	.quad 0x40e0000000000000, 0x0004db08cf1ec236
seed53:
	.quad 0x00000000000001c8
	.quad 0x0000000080000000
	.quad 0x802a0b7aa861adfb
	.quad 0x26a2321891002c54
	.quad 0x0000004814f5d735
	.quad 0xfffffffffffffd48
	.quad 0xeb634537333830f2
	.quad 0x000000000025d145
	.quad 0x1517e864b7ea6739
	.quad 0xfffffffffffffc9c
	.quad 0xffffffffffffff99
	.quad 0x0000000100000000
	.quad 0x00000000000002b6
	.quad 0x2ea9747a2489c079
	.quad 0x0000000085246229
	.quad 0xfffff49b772564b6
	.quad 0x05c00000
	.quad 0x10000000
	.quad 0x81464954ffc00000, 0x18e97104017fffff
	.quad 0x08a51592a5f9c2b6, 0x6f4243e1684f4640
	.quad 0xc9e3b4d6ffc00000, 0xab7a59c5defb9ff6
	.quad 0xbfbfe2faf6959ae9, 0x31bbb8cdb7cb3191
	.quad 0x0000000000000000, 0xc018000000000000
	.quad 0xfc3ada0cfcb37cac, 0x2990366c5efdf9ab
	.quad 0x0330f300bdfdffd7, 0x79fad1a2aedfdefa
	.quad 0x85419300bddff9f7, 0xc18571a7dcb7f551
	.quad 0x3fcfc96b2e9dda81, 0x6c7548c4edbd232e
	.quad 0x434fffffffffffff, 0x8ab3b907ce6348fc
	.quad 0xfff64a87c53975ca, 0x7fffededfa252976
	.quad 0xf4295b40da5a5d90, 0x727a2700bcd80000
	.quad 0x837f2691bf62ed1c, 0x7f9214ccb36ff682
	.quad 0xc0694511e193e77c, 0x0001c441d567335e
	.quad 0xfab6fe4b5276abcd, 0xffc00000da7fffff
	.quad 0x95f55d90eff32ffe, 0xfff5d6dcb433f0a8
	.quad 0x1b80c4173febfe99, 0x922e7b8f9272d317
	.quad 0x7dae92f73ef0ab4d, 0x62fc7062fab9bc80
	.quad 0x40ec0000ff82c342, 0x806c7fd441eeee36
	.quad 0xe7b06168bddfffff, 0xc8cb2535a0a95b73
	.quad 0x822dd45b48e86c29, 0x9a96b9f55ba17400
	.quad 0x3f8691fde08093f6, 0xffc000007fb94bff
	.quad 0x43e5dfc6794ff34c, 0xf1b2e9d9b224fddb
	.quad 0xfff0000000000000, 0x40d096b97f800000
	.quad 0x40b8000000000000, 0x56f3b42a553efc00
	.quad 0x403182387fc1eaa4, 0x0000000000000000
	.quad 0xaaadc6f26dd02a5e, 0x3fb23a1055433fd4
	.quad 0xec4b726aba38b2c6, 0x7e8f87aa00c97067
	.quad 0xc00ffffffffffffe, 0xc1100000df7fffff
	.quad 0x1cb22c927094df65, 0x000a80385c8f4cd4
	.quad 0xc3e0000000000000, 0x0000000080000000
	.quad 0x6bd26aa13d1dedd8, 0x3812ad9a9fc80f3b
seed54:
	.quad 0x00000000000035c9
	.quad 0xfffffffffffffda1
	.quad 0x0002b80a3af73455
	.quad 0x2d222f9b74ae251e
	.quad 0x51a0649851c68c7d
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffdc9
	.quad 0xffffcd5003da2fbe
	.quad 0xaee2026c6393a0af
	.quad 0xffffffffffffffff
	.quad 0xb55fc1f4dd9f7912
	.quad 0xffffffffffffff9e
	.quad 0x4ccf6bf932d6caf7
	.quad 0xffffffff80000000
	.quad 0x0b451f874511e656
	.quad 0xfffffed0278280e5
	.quad 0x01800000
	.quad 0x30000000
	.quad 0xb61dcbceff3ff6df, 0x0000000000000001
	.quad 0x0160b9324478f9fc, 0xffd841bebe4ffa0b
	.quad 0x6fb943a4c1ff3efa, 0x6e3a60f542b6fda5
	.quad 0x6f2cd30a42a271b6, 0x3f1ea407bffffffe
	.quad 0x01281838cef61215, 0x004000003cfd7d07
	.quad 0x1b8b8f43aa41ab58, 0x3dc2cadf03ec56fa
	.quad 0x003757137b1cebc7, 0x8000000000000000
	.quad 0xe3c177d41fef7e8e, 0x9509af71b01b79cf
	.quad 0x800f438674071e59, 0x028f1b5ed56103ff
	.quad 0x003c675c00000000, 0xdffffffe00000000
	.quad 0x401d000000000000, 0x43e0000000000000
	.quad 0x107dbfe4007fffff, 0xffc0000043200000
	.quad 0x1b2b96afb7b62b00, 0x68dd8f7cfe9f7de9
	.quad 0x994c2bdc7fb3f7ff, 0xc0c40000ecab9359
	.quad 0x81aa0120a268501b, 0x7fc000003f5a5e16
	.quad 0x7fc00000ff12f0a0, 0x41c5bd98c7100000
	.quad 0x75d732b5ff8cfe8d, 0x849abfee806eb612
	.quad 0xa63b6f9f7f8d9c29, 0xb99d6fdd31547b54
	.quad 0xc340000000000000, 0xa3de5b2c0b6afc90
	.quad 0xe3617d6cff73ef82, 0xfe8030a8e27bd5ec
	.quad 0x1c3edf26477dfe83, 0xc00d000000000000
	.quad 0x3fa4736f15085207, 0x32d6acca8510fce9
	.quad 0x7fc00000cb7fffff, 0xb3c7f3a071bff3bb
	.quad 0x3e0ea0d13166e03b, 0x4ebe1aa9beb47c00
	.quad 0x6a0b71654fbdf7fd, 0x4020000000000000
	.quad 0xfffbc9e2a62100a1, 0x0009fc095bc5d804
	.quad 0x6fddec3400000000, 0xcfffffffbb8e0000
	.quad 0xc1e46b5b00000000, 0x1c429a419311c5fe
	.quad 0x7ff0000000000000, 0x43c4032a80000001
	.quad 0x806187940e3a01a6, 0x002ffd9ad44210be
	.quad 0x8000000000000000, 0x6b8a647affc00000
	.quad 0x7ccdcaa173f86f94, 0xa3b0973739d17f77
seed55:
	.quad 0x000000000002680f
	.quad 0x2e39c4b1e9b920d8
	.quad 0xffff7a46117a6862
	.quad 0xfffffffffffffdcf
	.quad 0x000021d4640aa813
	.quad 0xf282368927a780b5
	.quad 0x0680c4ab8d9f6854
	.quad 0x0000000080000000
	.quad 0x4ecd36d9e5ff37a0
	.quad 0x000000000000039c
	.quad 0xffffffff80000000
	.quad 0x631e8387d7beb802
	.quad 0x00000000000f2fbd
	.quad 0xe86ccaa8506dcc24
	.quad 0xffffffeac3167621
	.quad 0x00019b79ba7f26de
	.quad 0x04400000
	.quad 0x40000000
	.quad 0xe03ae4bebbd5f67a, 0x411a134fbceeb5e3
	.quad 0x34a36491ff800000, 0x3f9b3c4e5e5fd29f
	.quad 0xc17fba3d6fbc8600, 0x3f243de9bf55fc00
	.quad 0x03454dd1af93ebfa, 0x007fffffc0fe6190
	.quad 0x3b3b4b9d62a53b19, 0x0026532dcf433707
	.quad 0xc0365e4dff40a3c2, 0xfff8000000000000
	.quad 0xbb6c7705ff83e519, 0x3fd9b9ffffae6e44
	.quad 0x8000000000000000, 0x2234bc463b7bf400
	.quad 0x7fda1795d501f4c6, 0x04985e8f7f7fffff
	.quad 0xb9121f14c5237bb4, 0x6762840cfeffffff
	.quad 0xc0f8000080800000, 0xdf9cb850492a0000
	.quad 0xfb4dfe63c53c86c2, 0x2ffcb7feba354de5
	.quad 0x7a5f6e73bc15d6df, 0x3f879eaaaa7b2487
	.quad 0x8fabdfd331b68783, 0x44fed7feace525d4
	.quad 0x4f5843387ffe3147, 0x3ff0000000000000
	.quad 0xabdc44c97f1df295, 0xff872370b91a89dd
	.quad 0x015275550af950e0, 0x413bb00000000000
	.quad 0x3ffffffffffffffe, 0xc0788c01e2014954
	.quad 0x800e52a787ca57bd, 0xc008000000000000
	.quad 0xc033213d98c3e141, 0x5f800000017fffff
	.quad 0x9b5886ff2af726ce, 0x3cc73974aa028000
	.quad 0x4118000080000000, 0x3b937e3740900000
	.quad 0x411a800000000000, 0x8000000035800000
	.quad 0xc070d9069a64c5ee, 0x53f0a42429e1d500
	.quad 0xfe678a14649d213c, 0xff88d56f48800000
	.quad 0x31d00a16b3c203ff, 0x0244b064aaf839d6
	.quad 0xc0010b3d0eae540d, 0xe8b21e247ccc7900
	.quad 0x5ffffffebf0d7547, 0x8ecdbf60eaf1a726
	.quad 0xd5efec2743aafefb, 0xb92fec8efd7dfffe
	.quad 0x0e9bff777cf7af8e, 0x8008000000000000
	.quad 0xc177c8b0195f6b78, 0x0000000000000000
	.quad 0xc04670637f800000, 0x6431930a5f7ffffe
seed56:
	.quad 0xfe34afc5d6d4c7b0
	.quad 0x3d0f8759e5d41818
	.quad 0xfffffffffffffffc
	.quad 0x8c23a0007d1052b1
	.quad 0xee11dbcf8d35feff
	.quad 0xfffffffffffffd7c
	.quad 0x0000000080000000
	.quad 0xffffa1a92e75be32
	.quad 0xffffffffffffdcf0
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x58f83308d3f3321c
	.quad 0xaa9ec77aedb7ce34
	.quad 0xffffffffffffe08f
	.quad 0xffffffffffffff7e
	.quad 0xffffffffffff232b
	.quad 0x04400000
	.quad 0xa0000000
	.quad 0xc6758257fe9ffff1, 0x000fffffffffffff
	.quad 0x01bf715a87045cb7, 0x499c4f0760624000
	.quad 0x7fd3e672e99f91af, 0x3f0000003fb00000
	.quad 0x5d0efb4b3a25b406, 0xa91c7644fffec580
	.quad 0xc02e421aa20599b1, 0x8000000000000000
	.quad 0xc0746e7b9cadabf1, 0x1069232f069a1842
	.quad 0x0a3248127079985e, 0x8000000000000000
	.quad 0x9da3444f4f9a44c0, 0x810000007fc00000
	.quad 0x40f0000000000000, 0x7f80000081000000
	.quad 0x20302291918827ac, 0xff8000007f800000
	.quad 0x80114a1a398369f8, 0x3ffe8153f585b16a
	.quad 0xd1f1fc6bf838b364, 0xab95815affe7be24
	.quad 0x807fffff00000000, 0x3f8b2387072fcc35
	.quad 0xbe154f0b00000000, 0xc0f40c83ff99a0b2
	.quad 0x711f2669c2a00000, 0x7ffc0470a6cc2088
	.quad 0x439e9a1c80000000, 0xdbbc306240847c00
	.quad 0xbfe7c69cde15bee0, 0x4012000000000000
	.quad 0x4062613e918b0f75, 0xff7fffff7f800000
	.quad 0x9f65b61011eb54ac, 0x83c8af9b984e2adf
	.quad 0x3ecf6214d7e6b7df, 0xbff2000000000000
	.quad 0x411c19d8ffac3972, 0xae798c4838db7fad
	.quad 0x378e3a285ddcc700, 0x3ffc5261fef60699
	.quad 0x5907d298b7bda00d, 0x3bffd0edc39c43b1
	.quad 0x7a7c063f5affffff, 0x40700000f412cc69
	.quad 0x7ff8beee7e800000, 0xc012000000000000
	.quad 0xc10e00003e7d2ddc, 0x98c55aa096adf7ff
	.quad 0x7fbb191ebbc22d14, 0xfeffffff80000000
	.quad 0x40ac000000000000, 0xe2127fdfb340acfc
	.quad 0xd3bbfd75ed3db706, 0xfff2d5a10c6683ad
	.quad 0xc008000000000000, 0xbfd405f1ec011a87
	.quad 0x7ff8000000000000, 0x43cba9f000000000
	.quad 0x5a3ab6f31462095c, 0x8000000000000000
seed57:
	.quad 0xffeaeff738806aeb
	.quad 0xffffffffffffff17
	.quad 0x00000000000007be
	.quad 0xfffcbbfb26a2815c
	.quad 0x00000000000001c4
	.quad 0xfffffffffffffc1d
	.quad 0xffffffffffffff7d
	.quad 0x7fffffffffffffff
	.quad 0x000000000263b6a9
	.quad 0xfe33b4a5be0946ee
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc2b
	.quad 0xfffffffffffffff1
	.quad 0x000000000000015c
	.quad 0xffffffffffffffff
	.quad 0x56e2b794a124f0a7
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x8097c2c271d98500, 0x180d7f1b3e620ed3
	.quad 0xc100c00000000000, 0x29dc9c15d03ac0fa
	.quad 0x0005c6a19a88b1a3, 0xffb8808080000000
	.quad 0x7ef2228a7f7fffff, 0x7f7fffffffc00000
	.quad 0xc2ae70627fbf28de, 0x8000000000000000
	.quad 0x45b62826bfd4fe00, 0xb1737ffffef40000
	.quad 0x17f9ce21bddf8000, 0x296688ba54e63c98
	.quad 0x6d3619d8d497fdad, 0x4f0000017a73fba0
	.quad 0x62e5da34efebfec4, 0x97c4dff27ffbfedd
	.quad 0xd696f4caefbfeb31, 0x4022000000000000
	.quad 0x71643757e167cb7f, 0x78b2aebcc159788e
	.quad 0x3f3064eb772183ba, 0x0013dd024d8082dd
	.quad 0xffdf289d407ffffe, 0x01c59e5fdb344d09
	.quad 0x40fcf951cfda783f, 0x806690fc80283537
	.quad 0x3fe0000000000000, 0xc0ca7ef4ff800000
	.quad 0x7ff0bc8188d4b320, 0x801fffffffffffff
	.quad 0xba400000ffb2d070, 0x0000000000000001
	.quad 0xf71348473f0b8604, 0x7fd4c85b180a1d2b
	.quad 0x3c69d2162486dfe5, 0xdda3baaa5b010bff
	.quad 0x7ff0000000000000, 0x01f53d9fd6ffbe43
	.quad 0x80000000159f70ef, 0xbf89d94b3c0106fa
	.quad 0xbf76800000000000, 0xcaa7140f68c36bc8
	.quad 0x2109b94652644968, 0x7ffc0bbc1266c6d5
	.quad 0xfff0000000000000, 0xffffd1c362606e71
	.quad 0xbf58000000000000, 0xb822692efff725f8
	.quad 0xdd226e14ffcf37dc, 0xff800000bf1c4e9f
	.quad 0xbfa40377ab7babc3, 0xc348c6d2cf11cb10
	.quad 0x7f85e3a67fa5c7e6, 0xfff46f08a2346254
	.quad 0x8039cd864d9f7def, 0x002bad0a7f000000
	.quad 0x4900000000000000, 0x415d48d17effffff
	.quad 0xc11c00007fe3bbb1, 0x7ffb8af4a6e0d2b8
	.quad 0xc0efffffffffffff, 0x002141df21167571
seed58:
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0x4773a399bc84d3e5
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x00000000000002b1
	.quad 0xfffffffffffffcc8
	.quad 0x22a98d7ff2ad577f
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffff6a
	.quad 0x0790a1a2d7ee0c5c
	.quad 0x4f21a225d3c5491a
	.quad 0x000000007fffffff
	.quad 0x0000000000000073
	.quad 0xa9b36ad94bd94917
	.quad 0x01000000
	.quad 0x70000000
	.quad 0x012c1f3e8070b4bd, 0x7ff0000000000000
	.quad 0xf28e54fba77253a9, 0x781fc97243268416
	.quad 0xc06ff4f1fbebb8c0, 0xc344b438f702f628
	.quad 0x800000017efe7b09, 0x6d775e8d7ffeff6f
	.quad 0x2f8dae38166df232, 0x99d95dc2138e4b29
	.quad 0xe11134133fef3fde, 0x41f0000000000001
	.quad 0xb9fc34a0ffd2fc42, 0x3cb399e88c45ad0e
	.quad 0x23a4a1753be89240, 0xffc870e5a5d1a39d
	.quad 0x50972731dfffffff, 0x3fc859aebc1b7312
	.quad 0x352e59e80d4a846b, 0xfff3c9a4175ddc79
	.quad 0x15fc06b35fc6f25f, 0xff8500117f18d3b6
	.quad 0x16bfbff7bfa00000, 0x0044bec8be0ecb09
	.quad 0x3480faae8c4ec780, 0x9c44840230027c00
	.quad 0xfff8000000000000, 0xc03ce6666ecd069f
	.quad 0x0dbf09ad657fe923, 0x3febfc99cc02b78b
	.quad 0xc05624be77df18f2, 0x434fffffffffffff
	.quad 0xff8000005a0b1abb, 0xb4d8716de3d0fc00
	.quad 0xf2e18a14c129d7c9, 0xf32427b33a5e2f87
	.quad 0xffc72ff77fbd4849, 0x846ffce36ab56a02
	.quad 0x4000000047800000, 0x633e8b0c424d525d
	.quad 0x842c23513259bc00, 0x7ff1c24ca9f1acbb
	.quad 0x806e307bc1cc3f1f, 0xbef05d232b04cfe0
	.quad 0x0be344b1b39bdfff, 0x083e20583b56108d
	.quad 0x59d4a4d9ed1f7f2f, 0x4f7fffff38312bb6
	.quad 0x3ffcab4f667866a5, 0x17a3c7d6003e1f7a
	.quad 0x0040ee63c13b0b5f, 0x08243907e39c7e00
	.quad 0xe1d04d1c230f58ed, 0x8477f75700ffffff
	.quad 0xb7b02460fffe37ff, 0x37df000000425e03
	.quad 0x40a400009b61fd32, 0xc59419ca96a70ea9
	.quad 0x7ff4cb335fee8261, 0x41e0000000000000
	.quad 0x7eca527d8beab065, 0x7651d3c3df3efdd4
	.quad 0x283428ffffc98412, 0x5088c92f1312b900
seed59:
	.quad 0xcd68922eeb94f25f
	.quad 0xb7fc8261b97122a3
	.quad 0x0020000000000001
	.quad 0xfffffffffffffc32
	.quad 0x7f6bea33aef82d85
	.quad 0xbf7cc0da4c03fa88
	.quad 0xffffffffffffc22f
	.quad 0x0000000000000001
	.quad 0xffffffffffffff1a
	.quad 0xfffffffffffffd69
	.quad 0xd3b3566b394e9daa
	.quad 0x00000000ffffffff
	.quad 0x0000000000000334
	.quad 0x98635b7a45fbb72e
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x01c00000
	.quad 0x20000000
	.quad 0xffffe6d40471e78c, 0x411a4ce310b2fa6c
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x0000000000000000, 0xc0e000007ffc41b7
	.quad 0x1d89519d894742b3, 0x705d62ffa600c144
	.quad 0xfff21612bdbac84f, 0x7ff1c856bf12e1fb
	.quad 0x81c47ef65beb99f3, 0x703a9772cbf7f5e2
	.quad 0x477fffff67a2b5c5, 0x4f000000ed76e56a
	.quad 0xd6278f6bffe17c9a, 0x92aa98cb5ed27c65
	.quad 0x0000000000000001, 0x1191258b60aa3365
	.quad 0x1e2feb4aa95f252a, 0x7f0000007fb4c609
	.quad 0xffaa49550014db3f, 0xf6722bbd42a27fbe
	.quad 0xbf93e733076b7fb7, 0x833eaabf00458a3b
	.quad 0x800000007fdc6fba, 0x000d204318a450a4
	.quad 0x52fb809df12b1ccc, 0x3ffd400000000000
	.quad 0xe60972bcc36f3523, 0xff2561a9fe9ef3fc
	.quad 0x9b46f8fe76f6fff4, 0xfff8000000000000
	.quad 0x7f618128cb4f1660, 0x007ae4c600000000
	.quad 0x7ff0327b28cdd8d5, 0x0e573940eef58000
	.quad 0xb794a331854b8000, 0xe051129487befcfe
	.quad 0xa69c0a41d63d4496, 0xf50d54e53e3c8618
	.quad 0xccfaec86382ea08c, 0x3f9750dfbbbf71bb
	.quad 0x7ff8000000000000, 0x5072f2c7bff97ffc
	.quad 0xec858c6215e22b7d, 0x80342e19bf777e7a
	.quad 0xfe305c3d5b680995, 0x1ed07ff51de72ea8
	.quad 0x0451954f7fa048be, 0x400acf0c357128db
	.quad 0xff800000dbde03b9, 0x7f9527008bef8545
	.quad 0xa650467e6c65fb40, 0xaf5276bea04cfb6f
	.quad 0x3bc00000ff99ae15, 0x1358d2bcd03f24f8
	.quad 0x80eb9927d8c15523, 0x73cb2cacfeffffff
	.quad 0x40a80000ffb65f7c, 0x7ff0000000000000
	.quad 0x4780000040c80000, 0xc14ad19280000000
	.quad 0xa93bcbf67d7e6f5d, 0x7f0000001fe295c9
seed60:
	.quad 0x00000000000002dd
	.quad 0x0000000000043626
	.quad 0x000000000000000d
	.quad 0xffffffffffffffc0
	.quad 0x0000000001000001
	.quad 0x095ebcf3220a236b
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffdba
	.quad 0x0000000001000001
	.quad 0xffffa0303dd4cab5
	.quad 0x000000061d59d4db
	.quad 0x2db7b9f138b3e753
	.quad 0x0000000062b866d5
	.quad 0xd8fd992c77bf79ee
	.quad 0xfffffffffffffcc7
	.quad 0x03c00000
	.quad 0x70000000
	.quad 0x2325746fffe5c540, 0x8caa5228bea57487
	.quad 0x4bcd5e3b10161d8b, 0x7effffffffc00000
	.quad 0x7ff28fcfff2e6ea2, 0xc160000040000000
	.quad 0x441e000001000000, 0x3fc77fe26c49b6f9
	.quad 0x7f8000001517981f, 0x43ea359d5f800000
	.quad 0xc0650b8af6848351, 0xff800000ffc00000
	.quad 0x8c4cb59749bf0ba8, 0xe2477f510e105f37
	.quad 0xc1200000ffeff3ac, 0x8df69aa513c40200
	.quad 0xbff000007faa7192, 0xb860659f378bf870
	.quad 0x55ef15e94069a721, 0xc019ae0c4354efa8
	.quad 0x12f0eb52a260414f, 0x98136bbebfffffff
	.quad 0xbed000007f800000, 0x51332675fdc7fffb
	.quad 0x3ed88c54f1fd87ad, 0x93666fbe7dc7789e
	.quad 0x6845329da4b42050, 0x7ff8000000000000
	.quad 0x7ff62d3d52beca1a, 0x800e64dcd3993191
	.quad 0x407ffffe3e7d729b, 0x0bb324d37efcbd78
	.quad 0x3dd5c25ed30081fd, 0x45dbe95bc8e1816d
	.quad 0x298498498076a268, 0x7ff0000000000000
	.quad 0x407873385b254a49, 0xffdbbf4ec0fb0000
	.quad 0x15d9082bc7d00000, 0x40c5000000000000
	.quad 0x7fd434197f3f89a9, 0xfffb051f38e7c0a2
	.quad 0x4684f669d159f200, 0x5c03cffb00000000
	.quad 0x5e90b2c7ffbfcb5d, 0x8be026c7fffeff75
	.quad 0xf264076842cd4f08, 0xc1e0000000000000
	.quad 0xcf3d12d40cd4cfcd, 0x0b7de76f0047caf1
	.quad 0x3f70000000000000, 0x41e3e379bfffffff
	.quad 0x6dcedd6fac0682a8, 0xff074a28c7da488a
	.quad 0x04c5dff8fffb7c5f, 0x73a22a0700000000
	.quad 0xfd2cb369ffd24830, 0x433ffffffffffffe
	.quad 0x7fb7e2ae7ebd289e, 0xd641a57efffff3de
	.quad 0xbfc5514313e31dd1, 0x41efffffffffffff
	.quad 0xfff0000000000000, 0xf8e1cc4dbf7712de
seed61:
	.quad 0x000000046f10b54b
	.quad 0xa2119d9301022b50
	.quad 0xfffffffffffffdba
	.quad 0xfffff1a7c1433539
	.quad 0x66e7ed6bd891d19e
	.quad 0xfffffffffe0d328e
	.quad 0xa30a7213bb46975d
	.quad 0x000000068d78791c
	.quad 0x4004aef5387a4285
	.quad 0x0000000000000000
	.quad 0x00c04c190409f2ed
	.quad 0x8ffa5f6c66ae4f8b
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0xffffffffffffe7bb
	.quad 0xffffffffffffffff
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x7ff0000000000000, 0xbf926829f3cce393
	.quad 0xc0880000c6a00000, 0x6dc93fd180fa440c
	.quad 0xfff9f238e968b24e, 0xc01a000000000000
	.quad 0xff800000483d0000, 0x7ff389e4f2f843f6
	.quad 0x3e80000084e441e5, 0xbfcb3b7c00000000
	.quad 0x4071400000000000, 0xfb57d27b40a00000
	.quad 0x6c6430d78b246890, 0xd6a74b236ab5f923
	.quad 0x3f72c880fc9accec, 0x4029e2d595eba9b1
	.quad 0x9a54edff2db97c00, 0xee072dcd8b9c0000
	.quad 0xbac0da6f48388400, 0xbc6394c13c818d87
	.quad 0xa9e20ffd7ffffc0f, 0xcb15334e8686263d
	.quad 0xfffd2f226c9d1bca, 0xc0e3c00000000000
	.quad 0x53492a5bffb2bdff, 0xff800000ffd4c6c9
	.quad 0x4f7ffffeffb09e75, 0xd2d9526ed5afe66b
	.quad 0x7f80000012942754, 0x0548ff8c6a957268
	.quad 0x730915ad7f800000, 0x7ff8000000000000
	.quad 0x801378f910c56724, 0xea7f45417edbb157
	.quad 0x406a2d13f9d5eda3, 0x408b000000000000
	.quad 0x856b0686b9ccbbe1, 0x7fc0000090ea7be3
	.quad 0x91910e1cf776fdfb, 0x4f35d9d9bdeaffcf
	.quad 0x9523a133312d44c0, 0x0000000000000000
	.quad 0xbfd0000000000000, 0x8020000000000000
	.quad 0x7f7106cb5faa208f, 0x42fec0371f102ffa
	.quad 0x385f9037435f7c00, 0x11d5b1a48de2bb58
	.quad 0xc0d8000040f2b4a1, 0xc26b67ee3c84d142
	.quad 0xbff5dae73a0cfd88, 0xfff0000000000000
	.quad 0x5a7ffffe4630af85, 0xfea11ce74ffffffe
	.quad 0x7ff0000000000000, 0x1da2f10ecad7bb0a
	.quad 0x7f800000fff85420, 0x06a0d6551c780e48
	.quad 0x540d6438598808f2, 0x1e7adda5f2d9c580
	.quad 0x4016000000000000, 0xc063efbad91e1dec
	.quad 0xff8695cf1c73fd2c, 0x00032fc4018d985d
seed62:
	.quad 0x61e0ef0753e18f05
	.quad 0x000000000002b779
	.quad 0x00000000000471a4
	.quad 0x00000000000000d2
	.quad 0x2cb6ce65910b0e85
	.quad 0xfffffffffffffd7a
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x000001a77837a5cc
	.quad 0x5f135d633024310d
	.quad 0xe49bcc3cd43fd9f7
	.quad 0x0000000000000001
	.quad 0xff676b9fe3c2aeb7
	.quad 0x7fffffffffffffff
	.quad 0x00000000000002d3
	.quad 0xd6495112e0efd0ea
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x3fb80651dd6d1266, 0xb34399b4ff3e73de
	.quad 0x8efa500284e9b6fb, 0x0f79f4d752a2286d
	.quad 0x835db63037eacd49, 0xb876396de02a83e4
	.quad 0xc36603944360d60c, 0xc92f00003de1ec51
	.quad 0xfa776b8dd5767c00, 0xc069830f6d89d626
	.quad 0x4303d7b87fbcbc74, 0xfe2fbbd649044814
	.quad 0x0c303dbfff9bff5f, 0x8ebf2acec011b4db
	.quad 0x246b80e8651f202c, 0xffc000003f3d9755
	.quad 0x5f6c2205c1a7dc24, 0x01edd5bbd6cbfa53
	.quad 0x7ff0f6341e803d48, 0x000f624cd0447df0
	.quad 0xffd554aff9b46a53, 0x3fba54ac2e751ffc
	.quad 0xe4ca52a6f6dffab6, 0x4340000000000001
	.quad 0x5f6497be558a0575, 0xb91bf6d780f47ca8
	.quad 0xc0b6f826edf003ff, 0xc34f78f2680b43c6
	.quad 0x62ef6eadf83b4a70, 0xb3fa1e730139fe00
	.quad 0xc016000000000000, 0x883e6bba73449943
	.quad 0x0000000000000000, 0x753b70d9d2b42646
	.quad 0xc4cfe3107feeaf9d, 0xd9800000c012a3c4
	.quad 0x9231a1db02f885b8, 0x0d9e6ca2cdfbf76f
	.quad 0x404dcb3dff885f39, 0x808000003fa40000
	.quad 0x4020000000000000, 0xc553508ac7fffffe
	.quad 0x1537888f8f0f8800, 0xd11a3c03b043f01b
	.quad 0x80a650d23bbfc4e0, 0x8000000000000001
	.quad 0xaf71bf33fff5f322, 0x40535f86890f14e9
	.quad 0xbf8000003cf45a9e, 0x5f23e290d0fb1ac8
	.quad 0xfef2ebad04ef892e, 0xc01f000000000000
	.quad 0xe2610aa17fdde9ef, 0x2616960f8bc7a289
	.quad 0x427dd26eb8d80000, 0x0b006d00bd5ec0a9
	.quad 0xffc0000000000000, 0x5ed167f23fbf8bd7
	.quad 0x7644aa6c38c4efbe, 0xd3398ff7b81d11de
	.quad 0x001fffffffffffff, 0x800000004da0f5e2
	.quad 0x8eca8f055550ca1c, 0x8072ceb45fef3bd7
seed63:
	.quad 0x89255482d509edd2
	.quad 0xa5774468496f7204
	.quad 0x00000000000001b3
	.quad 0x0000000000000038
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x00000000000001c3
	.quad 0x2c7b53f34d7f2489
	.quad 0xfffffffffffd680f
	.quad 0xd9cbd104734cf1d8
	.quad 0xffffffebe7dc2f36
	.quad 0xa57d07782f4d573f
	.quad 0xffffffffffdee97b
	.quad 0xffffb98302da3b3f
	.quad 0x0000000000000000
	.quad 0x7f606709cde8e69b
	.quad 0x01c00000
	.quad 0x90000000
	.quad 0xe7dc7d50f7fa6fcb, 0x9d6e1fb3ffdfef7b
	.quad 0x018702c8ff915939, 0x405dde14bd57ad9d
	.quad 0xff8b34b980000000, 0xbfd8000000000000
	.quad 0xc32866df0b5decf7, 0xbf99274bff800000
	.quad 0x801d0622b09875d9, 0xfff0000000000000
	.quad 0xfff8000000000000, 0xffa67ae03d2bfa86
	.quad 0x40a00000166d4471, 0xd8fdd03d3d5f9b5b
	.quad 0x7f5e27cf938a6240, 0x0c93fb632da34238
	.quad 0x7fda455d93e2592c, 0x73cb3134a582247c
	.quad 0xff90619a040a1845, 0x7fd452b6c0c51861
	.quad 0x401f000000000000, 0xde4528e99e8db9e0
	.quad 0xfff0000000000000, 0x1a4478ecea86f915
	.quad 0x5687e9f9685b6010, 0x67822b29d5ca7b77
	.quad 0x2d7139e7ffea4cd7, 0x543cd767ed61c9a5
	.quad 0x3fcb01dd6ddf5dd1, 0x3a32000056c2cb9c
	.quad 0x004000004b7f325e, 0x3fe2b95bd56ddb1f
	.quad 0xff8000003abb8000, 0xcb2e52eb95f7ff7d
	.quad 0xeb914ab25101eaa4, 0xffc000003d8e8351
	.quad 0x6325138d5fdbcf85, 0xc0d2cb17c2063dfe
	.quad 0xfa732580ff8f2958, 0x23e87ae0df000001
	.quad 0x59d31a48bbcdffdd, 0x8a2dada2fe918c98
	.quad 0x7015381f87b8bd80, 0x0f512669cc392fd2
	.quad 0x66e978d7ec0f6d1c, 0xbd2a87e2420868d5
	.quad 0x804000007f800000, 0x000000017f800000
	.quad 0xfff1e51eae1aacc7, 0x3f800000c15d8846
	.quad 0x8000000000000000, 0x406b5ed39bb7d8af
	.quad 0x430a8a00c1100000, 0x477fffffee668577
	.quad 0xf0ed69a4ff6b8001, 0x3f9ce599def8a833
	.quad 0x8429c1a4eff70e13, 0x3e8c1368ffd4f30f
	.quad 0x4014000000000000, 0xc03a058a825683fe
	.quad 0x84e26134dce7ddf7, 0xfeab369ef47ab326
	.quad 0xad780e192e7a3d00, 0x403d1f3ee627ecc1
