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
	.inst 0x1e67c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f48f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea5f5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30ca74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f63e4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6af636
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e20ddb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42dc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f39fe99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e208a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f12b03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c23c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f21be3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23391f
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
	.inst 0x2e26fc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1a811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e606a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30c953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f76e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e42b875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a8916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6221e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e244178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2501ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea3f5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d667d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f048e7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7021f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1985f
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
	.inst 0x2e2fc590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e765012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61a9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7101e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24ddb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee9e5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2ce478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3568d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6af4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f612e5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43881c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70da3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6198be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e3ddd1f
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
	.inst 0x2e616850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f31c632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e32c48e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f234a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2289b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e603a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21791b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e31020d
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
	.inst 0x1e22009f
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
	.inst 0x1e2f5890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f5ffd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e3800a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fa991b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fc991b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e216996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e61b8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e348a78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e650129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c11a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d08bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e23d71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61ab3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3100ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c11f
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
	.inst 0x5fa698d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd01191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3100e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4989f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61254a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7800a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e69f64e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc650f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3801e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3800c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30dabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30f9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e340a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3109de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602078
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
	.inst 0x9e290060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa898b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e262150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6fddd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e253995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e216816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6549b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee198f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e62dd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e21012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6709db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e29002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f9610fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58888e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2200ff
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
	.inst 0x7e27e510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6101a4
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
	.inst 0x1f542696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3801e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c1918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61d9f9
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
	.inst 0x1e603a1b
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
	.inst 0x9e6900ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c99e
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
	.inst 0x4e66fc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e240041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e311e13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e619974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f20ba75
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
	.inst 0x1e223977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03b898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f4de67a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6301fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fca993d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61a97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6401ef
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
	.inst 0x0ea0c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f01c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e18d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2400e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e623a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d59f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e680a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f09d617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c7df8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea0e8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79018b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e282170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d1c5d
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
	.inst 0x1e6d087f
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
	.inst 0x5f6dfc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f102db1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6bdd32
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
	.inst 0x1f493974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e1880e5
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
	.inst 0x1e624097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea7ed98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e3900c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc8197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e4331dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e686abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c23f
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
	.inst 0x1e24c0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0f851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee199d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e21da13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea0c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eead516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f8a19b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2413a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42b59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eacf57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e630a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f042b1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f80913f
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
	.inst 0x4f2fe5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d258a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e2edc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0c813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30c856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e585dc7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e24c198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2df474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2faa999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4d357c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3901ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61f5bf
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
	.inst 0x9e290060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e59fa01
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
	.inst 0x1f662613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61da74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fd39035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee0c9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6be438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f642e19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f49b95a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6169fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea1b95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e23013d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea6edff
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
	.inst 0x6eb0f990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6219f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0f892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e22f433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f36e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3900a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e220017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e32dc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e617959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e35de9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6dccfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f43e67d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7bd01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61299f
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
	.inst 0x9e18ac20
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f20fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e254172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6b4893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700005
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
	.inst 0x1f4954d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e780819
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
	.inst 0x6e61685b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f495c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0db3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e43181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d8dff
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
	.inst 0x4e217890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f901091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2048d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2f29b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f65e4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e636995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e726db6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e637c57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eabe5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e390009
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21020a
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
	.inst 0x9e6200bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2559be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c3df
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
	.inst 0x7e70d830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0c0451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc39872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e65cc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30da35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e700266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f1837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e2dd6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f7ee499
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
	.inst 0x6ea1b93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1fe9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2c23d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea8e61e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f640bbf
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
	.inst 0x1f6689f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee0d832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e380163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e219914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e254235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f243a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0c877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f06ccd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274a99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2441ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2cc4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e30000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f48ff3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f06b91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0db9f
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
	.inst 0x9e02a930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f901911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30fa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e711df3
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
	.inst 0x4e6cde15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61c876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e20de97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eabd418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e232979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2df49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee7ce9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25171c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2802ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eeae71e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d485f
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
	.inst 0x1e6b8910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e657a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60e5bf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0ea814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eaad435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea1b8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d6a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61a9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e210149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2540ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25403b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f33e51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2468fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6e391e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021f8
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
	.inst 0x7e6fed30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e642070
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
	.inst 0x0ea0d8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e616814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e60e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e219936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f58f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e600028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eecd439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e38012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e616b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f23811c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e70008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21797e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f17091f
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
	.inst 0x2eade5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700121
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e707d12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e650123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1a954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e4281b6
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
	.inst 0x1e620178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0b3c99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21c85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6119fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2df41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e21000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee9e49f
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
	.inst 0x5f6dfc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18c1e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f51e434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2fc495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6eac17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2cbe18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7609f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f44255a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e216b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23017c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f5655bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e3cff9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1b9ff
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
	.inst 0x1e633990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f70b111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6689b2
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
	.inst 0x4ee0ccd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6120c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d09d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2200b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea6c539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e219705
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f640c9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1d95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0395de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f46041f
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
	.inst 0x1e2201d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e428051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e200203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6189f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e630135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fd29936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f099617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e204978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee4c499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f7afc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e742120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc6917d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f38ed1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f40dcbf
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
	.inst 0x4ee1a9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e60ed32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eecd4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f522655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e220157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6501a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea19959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e59a8ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e32e6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0ab07c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e2ce53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30d9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a29df
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
	.inst 0x1e261930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6301f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea1d932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e60f013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2b2a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef0d475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2e1136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e431cf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e298cb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2635b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6eb4aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23c0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7d867f
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
	.inst 0x1f020430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b19f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e713012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fa958d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f56fe54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0d935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0088d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f00a537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6002a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f26e419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6109ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f45499b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23ec7c
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
	.inst 0x1e23009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f5cfe3f
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
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e688891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea0e9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e702973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f825054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eede5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e654136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e63fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6301d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e38dd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4a541a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f62fefb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2301bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e612dde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f247e
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
	.inst 0x1e687419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e252872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e64c553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c19b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6200d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e652070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e246a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f63fc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e21008a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e758a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d0b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc4597d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1fb9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c8ff
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
	.inst 0x4ee1a850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e263a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e290123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e390004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e616935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1a856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6502a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0caf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f74fd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21dd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e28ecdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61c8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6ddd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7b089e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e7be73f
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
	.inst 0x1f488830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6238f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea1a8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e606853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e64f4c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6efe75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fad11b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e29c597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f24ad78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e22f599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e616a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eefd49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e02bc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e9d1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e242b7f
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
	.inst 0x9e650080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6179f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a2582
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70d8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e218a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1b936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f24bdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e208958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e65edf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e8b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e66c6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7800ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7901ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eaaecde
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
	.inst 0x1e2441d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c1972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30f953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea7d474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb4e475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c2956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2141d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea0dad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39014a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f5ffcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a9c3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee6ecde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31545d
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
	.inst 0x1e2900c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea6d451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e70d8f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee4fd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e2eedb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6c8a77
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
	.inst 0x6eb0ca59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18e40a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e770dfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0e8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26417e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e3adcdf
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
	.inst 0x6e66c590
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
	.inst 0x1e680852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e2ac4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e308874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e66f015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fb151b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e67c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30c938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0c919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1b83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e2169db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21addc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21797e
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
	.inst 0x9e390060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23dd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e290023
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e320834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6200d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a7877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0d8f8
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
	.inst 0x4f3de65a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61407b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f64bddc
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
	.inst 0x0e21a89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6ced3f
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
	.inst 0x7ea1d970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f004071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7eede5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef2ee53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eaafd94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c0d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e292976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e240127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e30b018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a3a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e25010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61587c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0fa1f
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
	.inst 0x1e28c55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f22b552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e674093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eacd575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4c51f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d08b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e217af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70095a
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
	.inst 0x1e68edbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0ea3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e71006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c0df
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
	.inst 0x9e18c460
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e267831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e616a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea198d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e697835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e267816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e300027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21dad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef0c95a
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
	.inst 0x1e2820a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6f215d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6cc491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e68dd7f
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
	.inst 0x1e6a3890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e296871
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
	.inst 0x1e25c253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f12b114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e62e5d5
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
	.inst 0x6e30f837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eeee5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e20c179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e216b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2200bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1b8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68026d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea4e51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3b39ff
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
	.inst 0x1e222190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03ec11
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
	.inst 0x9e2301d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e27c094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d0955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f3bfc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a7917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7318b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24385b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22501c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7a187d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0c83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e65012f
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
	.inst 0x1f223cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f6951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e616a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f28e473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e263a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f8511f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e67ec36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2eadecf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6101a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e342140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea6d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e42a4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3209fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1b99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6515fd
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
	.inst 0x1e670990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee19811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2169d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2fc653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f73b1f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0ecf5
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
	.inst 0x4e6fc4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e738e78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e2819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e29fcda
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
	.inst 0x5e20ddbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f29b8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e193fae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61795f
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
	.inst 0x1f6a2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fcc9891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e616872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e71e695
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
	.inst 0x4e616a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6200f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e650149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e66d5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e43a07b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0f2c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f39bf5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e59e96f
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
	.inst 0x5ea1b850
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
	.inst 0x1f252a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58e4c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e280066
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
	.inst 0x1e2a6878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e66fef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2145fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21fc3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee240bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6f905d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f08929e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25187f
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
	.inst 0x0e23e530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f679c11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eb1c5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f273413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e700204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f919215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4d5076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eaeceb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7902e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eafc459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f49445a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61d97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e21000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc9519f
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
	.inst 0x1e274950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6659d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a45d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e204583
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6300b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f8f1a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e703897
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
	.inst 0x1e620039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61795b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21a8fc
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
	.inst 0x1e589b2e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e23011f
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
	.inst 0x2e2bdd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21a891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc95872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4d9db3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e244274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef2c675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea0c936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fa99877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2101e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee18899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fc8997a
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
	.inst 0x1f4f14dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3801ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f47e55f
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
	.inst 0x1f25b590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e0284f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd251f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e736994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e240855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e66e563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e652180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e746818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f46ad79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f461d9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f8192fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6ed63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e68087d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6188fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fa498df
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
	.inst 0x6e64f530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e2fe612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6018d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee8f515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7fc99976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f925097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21d9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e682dd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6759fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f720e3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30dafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e31299d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f55e4bf
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
	.inst 0x1e670cd0
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
	.inst 0x5ea0ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e31fc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f1494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e272915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e30c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e201997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f76d878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa01119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2bcc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e30281b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fad11dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79022d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee3c4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e1835af
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
	.inst 0x6f66e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea1b912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c650
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e790204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e65e515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0c836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e256dd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e275998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e42fd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2338da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67383b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e25fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f80995d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fcd907e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0d81f
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
	.inst 0x7e30d950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21c8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7100e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0c813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6e9955
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
	.inst 0x1e2159f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6c0978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e621a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e68397a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69008b
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
	.inst 0x6f85981d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20595e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23007f
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
	.inst 0x9e280040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e638440
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6300f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f6de4f3
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
	.inst 0x1e264255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e254076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e601ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1f818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fcb50f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e61689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eeae41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4db13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6023a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e71018f
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
	.inst 0x9e630170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea4ccf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61d832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f721894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e64f535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2801c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4c38b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61689a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202348
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f29e41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f20edfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2300de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6200df
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
	.inst 0x7ee9d5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e31cd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6200f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f3de5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61d876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2cdcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0c8f8
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
	.inst 0x1e612110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42b05b
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
	.inst 0x0fb6501d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61d99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6001af
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
	.inst 0x9e6300d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6ae512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0e913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea0d874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21b855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fc69096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f084637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2ad5f8
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
	.inst 0x5fc95ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2539fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e731d1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fc9983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e638712
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0f451f
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
	.inst 0x2ea0f590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2fb09031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f3238d3
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
	.inst 0x1e312220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0f936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f56fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0c918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fd690f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60297a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc4999b
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
	.inst 0x1e27d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2300fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27495f
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
	.inst 0x1e60b010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f31e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a0a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc01153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e66cd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e617a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f669936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e74ee37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f8998b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7900c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e65fe3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fcb1adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f46fc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1a85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23015e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e664c9f
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
	.inst 0x1e6b69b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23441b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f109113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0f875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd29296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1d877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e428998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f28fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1b9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e34ec5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25c25d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e88be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e31083f
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
	.inst 0x1e7901c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e216991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0e95f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0c914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e691015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b0836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e220157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e295018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e43b419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6700bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e252050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a5587
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
	.inst 0x1e7bd010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e650181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e03ec52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c261a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6300f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f51d9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e29b6c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eaef559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21ab1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e28010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea4ccbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21ca7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef8d5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c8bf
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
	.quad 0x7fffffffffffffff
	.quad 0xf16cfa71f1f30bd6
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfc1d2da32a73762f
	.quad 0xfffffffffffffe46
	.quad 0xeee0632fba6e2dd0
	.quad 0x48ac940095e9bede
	.quad 0x284e00cdb637d229
	.quad 0x0000000100000000
	.quad 0x00000000000001a7
	.quad 0xacf438a65522b896
	.quad 0x0000000000000013
	.quad 0xfd52697545b2ecbf
	.quad 0x0c2e205c13ecf1e1
	.quad 0x000000000067e66f
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x3f20379e7f800000, 0x767bfdeac72e2b01
	.quad 0x442cf31c7c927c00, 0xd85f18823ebcff33
	.quad 0x3fab03598cc801e7, 0xffeb9de6a67f5388
	.quad 0x4012000000000000, 0x85450730b8f523e0
	.quad 0xc1d40000efa8ceca, 0x0000000000000000
	.quad 0x7f800000cff026e0, 0xc00c6d058c9ddc22
	.quad 0x8000000000000000, 0x020ef8ba1e8e5b69
	.quad 0x56ae32c6b75f8000, 0xffabe8fc46500000
	.quad 0x814ba04f3cb947b1, 0x2a7faea562c74300
	.quad 0x8029fc4f040f74d4, 0xd777508fbeae64d4
	.quad 0x8cd435e76cbe7a77, 0x47974eda3ff9fef6
	.quad 0x800fffffffffffff, 0x61abdcc53effba21
	.quad 0xc7a88000817fffff, 0x68295227e692adf8
	.quad 0x40b00000c1338214, 0x0c9fee8f5b408b8a
	.quad 0x2ed5d66cf8fdfc00, 0x7d864afa3f5ced3b
	.quad 0x6128e70475aa4464, 0xc1ee017f14ef0a80
	.quad 0x03c63d082b840575, 0xfff8000000000000
	.quad 0x015b6bb8cfcffacd, 0x401de556e6a4796d
	.quad 0x486f2789cdfef7f3, 0x8008000000000000
	.quad 0x028646a2bee199b5, 0xa9e84e5b3e0f453b
	.quad 0x7fc0000040940000, 0x0184fbba85252c3c
	.quad 0x719ded3d1bf88186, 0xda7ffffeffc00000
	.quad 0x764eb4b67abff7ff, 0xff931c2dbc8d27da
	.quad 0xbdcddf589bd8fcb9, 0x3374ae31856145e0
	.quad 0xbfb45039b8de0979, 0xff8000004f800001
	.quad 0x4089800000000000, 0xfffd62bf4e0e023c
	.quad 0x7e8f23568d456506, 0x002592edb253baa0
	.quad 0x0000000000000000, 0xdfc99d92e124788c
	.quad 0xbddc2f287f800000, 0x18ab8ba631499600
	.quad 0xfff7bb1b4467adf9, 0x00000000c31becd2
	.quad 0x7ff68527e4c1303c, 0x3d8ae488c3de8a9a
	.quad 0x007fffff40ce234c, 0x8020000000000000
seed1:
	.quad 0xf0c0174bff9d14cd
	.quad 0xdfdebbe4c4b4a1a0
	.quad 0x2b5b5f0566b61745
	.quad 0x00000000ffffffff
	.quad 0x0000000000000093
	.quad 0x000000002d01408d
	.quad 0x0000000000000275
	.quad 0xfffffffffffffe4a
	.quad 0xbe39d925fc8651ca
	.quad 0xd21ac8200b41dca2
	.quad 0x0000000000000007
	.quad 0x3c8d1ea3153083e5
	.quad 0x4ebb99361953aac6
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0xffff66a5bdfe4341
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xbc0df2bfc1af8000, 0x0802b58380fc757b
	.quad 0x558a2501c7f92f6f, 0x6bfc5532f72ffffd
	.quad 0x74ebb688afc80e0e, 0x87272f91c2632728
	.quad 0x43d588f0bc904283, 0xb508b393ff8eff3f
	.quad 0x0a928cb578cb6643, 0xffc0000097005926
	.quad 0x0000000000000000, 0x007fffffc10ec791
	.quad 0x51ed00ea7ff0a068, 0x40b800003b9aacd5
	.quad 0xbd12ed09424d4e21, 0x3fa6ae7bffdc88e8
	.quad 0x7aaee9750521b247, 0xbd62e0c3d3750000
	.quad 0xbfa1445e65fd933c, 0x727377529fcd9ff9
	.quad 0x9d51fa92ed5c3650, 0x3ce19efc4f800000
	.quad 0x8004ae552a7030de, 0xb3b8ab6dffc54e30
	.quad 0x4993a18970e1bbae, 0x960d613fdd7fffff
	.quad 0x7f7861d500000000, 0x7fb4e18e6fadc894
	.quad 0x08f4b89cd9663054, 0xbe31ef7cf76bba8e
	.quad 0x801fffffffffffff, 0xfff0000000000000
	.quad 0xc00a000000000000, 0xc0784e84ac0cbd3e
	.quad 0xde454c75e0dbfc27, 0x2734d8e99eec86c0
	.quad 0xbb9f48498064336d, 0x5034f1884fa1fc00
	.quad 0xbf44000000000000, 0xc42a00007f800000
	.quad 0x3f50000000000000, 0x400c000000000000
	.quad 0x63ba3008ffe24c2e, 0x8162c0de3992bc6d
	.quad 0xcf92a261f6bcdb89, 0xfe75a0d1f56762b1
	.quad 0x5c0446bfffcc51c0, 0x401c000000000000
	.quad 0x7f800000f3dd7bf8, 0x01f230a76782a0ce
	.quad 0x0000ff109531572b, 0x0000000043dab6b8
	.quad 0x3627f5cb733bc680, 0xb67b259c25098000
	.quad 0x8267dec9ca3352c5, 0x928f4380ef7ffd7e
	.quad 0xa008a33a2d5b4454, 0xfb5d2743a6357c01
	.quad 0xc7788d7ba83c0000, 0xd980000080000000
	.quad 0x00000000bfa671a0, 0x788bf58957dbb664
	.quad 0xc067d648e87e053a, 0xf4a69f40ad448000
seed2:
	.quad 0xffffffff80000000
	.quad 0x9faadd862c38bc82
	.quad 0xffffffffffed1e93
	.quad 0xffffffffffffea35
	.quad 0x00018aacbe77dc0b
	.quad 0xa3959c8341c47915
	.quad 0x5cecb9f1d62a397f
	.quad 0xf97916b98a61a9d3
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x0000000ed36989f0
	.quad 0xfea2a87690203bb4
	.quad 0x0000000000000003
	.quad 0xd61ad7770d88c3cc
	.quad 0xfffffffffffffca8
	.quad 0x81e0683e34d3ad89
	.quad 0x01800000
	.quad 0x80000000
	.quad 0x7fb9fa550db75e4e, 0x5e29c8e73fd36692
	.quad 0x3f827a3d5b16cbfe, 0x00475549bdee030c
	.quad 0xd4b72e07b09cd1e6, 0xfeebd5aa3d3b27dd
	.quad 0xbc6fc2a6a01636f0, 0xba7400001d2798e2
	.quad 0x7ffd4afc6bd5bbda, 0xf9dae7e4fedf7815
	.quad 0xff800000c23c0000, 0xffcc772d109a5cff
	.quad 0x9b9966eabfef7fce, 0xfff8e0c4ff6d9838
	.quad 0x105e8645b58d04e0, 0x452f73a9a5ef7e00
	.quad 0x80416e883f34ce3c, 0x697a5d0cbc77b8f1
	.quad 0xfecfb910f77a5e7b, 0x3f8802e595968d7d
	.quad 0x40789c29bcfbcb30, 0xff9a2b2f8069715c
	.quad 0x8000000000000000, 0xa4828be9d66e7c00
	.quad 0x5ffffffeb7f80000, 0xfdd3692e74e07ea0
	.quad 0x54def15324a09ba6, 0xff800000c77fffff
	.quad 0x44d0e03618667bad, 0xc04766a49b9a5e8f
	.quad 0x81dcb27e4210e9a9, 0x4020000000000000
	.quad 0xc09b53d540b00000, 0xd772d05cff6fdf7a
	.quad 0xc05269099f58a83e, 0x404f2852db17d9c9
	.quad 0x5b7edcfdf8784d7d, 0x00b7a89cc1ccb9b9
	.quad 0x5c6ce8a2f3beffee, 0xc37681b4d3a2cc1e
	.quad 0xdfe22b567dd6a3eb, 0xfff8000000000000
	.quad 0x4280000000000001, 0x0b5da6c8fd877fbc
	.quad 0xe8366a859031fe00, 0x8c01091a654d83f9
	.quad 0xc7700000ff800000, 0x2501ac457fb6caff
	.quad 0xe8bf1c006de7e115, 0x3455c1a76478ab89
	.quad 0x40f8621dbcf07782, 0x7f800000197bd431
	.quad 0x3bde44063a1e6781, 0x1a3efb1f44611059
	.quad 0x82ff7fb73ffffffe, 0x00000000bf12657e
	.quad 0x3fab872bc5bd92ea, 0x7ff716cc15d5dc73
	.quad 0x901bdb827da303ff, 0x3ffffffe7f800000
	.quad 0x3fe8d51d4ee0327e, 0xbd8c20ca76d11482
	.quad 0x44d9ed5f7ffdfefb, 0x812fb28b2790cdaf
seed3:
	.quad 0x00000000000002e6
	.quad 0x7ee92a82e0740264
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcc0
	.quad 0x8c830ede25f5c91e
	.quad 0x563a2a1e80f6c9ce
	.quad 0x92e24a493b384e89
	.quad 0x7fffffffffffffff
	.quad 0xfc42ace540d71df3
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd55
	.quad 0xffffff5d4f6bcd38
	.quad 0x230bdb68789c168e
	.quad 0x83d630641bd884b2
	.quad 0xad2ab5e3c71d59d0
	.quad 0x0000000000000184
	.quad 0x07800000
	.quad 0xc0000000
	.quad 0x8872bdf8ffbee697, 0x806d0d5942800000
	.quad 0x3a240000ff800000, 0x73481126ffc60860
	.quad 0x9f547f81eea7acfd, 0x0028cf315fffffff
	.quad 0xc3b8f9eb6ec4e9c1, 0x4342758c6f831d3e
	.quad 0xc078000000000000, 0x0b33f2d8fda4ffaf
	.quad 0x90c926006b40851e, 0x9b9201b6d738ee95
	.quad 0x0e9ec3a8c9977e00, 0x80400000fcaea1b7
	.quad 0x4116fb5a814fa649, 0x902ee374fffa7fae
	.quad 0xd389c475bf7dfc00, 0x58050293fe800000
	.quad 0x3fe81e6317bc8e91, 0x26845fb197f7daf7
	.quad 0xff800000ff02baaf, 0x997d01635930d2b2
	.quad 0xcf7ffffe424ecb56, 0x000e489f5add6c54
	.quad 0x80544d2bbebb537c, 0x6adc0bae62dafc00
	.quad 0xfff8000000000000, 0x4016beef33c29026
	.quad 0x611eb488edba0bbc, 0xff852bc0ff800000
	.quad 0xfffe628cde44d201, 0xc006000000000000
	.quad 0xbf8bb0f85a24bde0, 0x4069c00000000000
	.quad 0x402f2903f73ad872, 0xa931686d56797bff
	.quad 0x3c44cc08c0a50000, 0xc1ee05920b9aa3ad
	.quad 0x383e97b1ffbfedff, 0x3f44000000000000
	.quad 0xbfe1d3c07a7b400d, 0x00864da477c38217
	.quad 0xff800000c3cdd592, 0x80105fb1ffec5ed1
	.quad 0x8704164e7f9af524, 0x3a0df85cffbf4cb3
	.quad 0x67f628657fde7990, 0x42800000fed78484
	.quad 0x969b8306ffe98344, 0xbf3b60657ff7fce0
	.quad 0x001234f680000000, 0x678861cb782823d5
	.quad 0x7067364892e9aa7f, 0xd29a04211c06fabc
	.quad 0xfff8000000000000, 0x2b68b07a8957fe7f
	.quad 0x7ff8000000000000, 0xcc4c3e1a9921fad2
	.quad 0x1a7ad1521bf47e6b, 0x3f43000000000000
	.quad 0xbf3a50ff3d037963, 0x9d9646a6bd70ffce
	.quad 0x8000000000000000, 0xfff3b6209b875be1
seed4:
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffdfed
	.quad 0x00000000000007c0
	.quad 0x00000751d83edeb1
	.quad 0xfa992fb6cbc5bdf7
	.quad 0x55361a4901f4669a
	.quad 0xb97c4221fe2fc37d
	.quad 0xffffffffffffff51
	.quad 0x0000000001000001
	.quad 0xb7f59f30e8b907a7
	.quad 0x178b69d5b7dbee56
	.quad 0xffffffedddc67561
	.quad 0x000000000000004c
	.quad 0x0000000000031d02
	.quad 0xfffffffffffffd6b
	.quad 0xfffffffffffffffe
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xc31d27b77fc00000, 0x933f4d3ceb8f0314
	.quad 0x0b8a464a49ab7c00, 0x1b11ae5d3e800000
	.quad 0x5f7ffffebdae4476, 0x7f6a5c150ea0d648
	.quad 0xb2f2460fffe6b01c, 0xd18000004370c50f
	.quad 0xd9800000c8d80000, 0xfff6677db7efeb37
	.quad 0x3ba9c4171ac44074, 0xb66e2b8fff86fc79
	.quad 0x3885c3a877a4917f, 0x902eeb51925a6fd7
	.quad 0x09c6144178837e00, 0xbf2cb00000000000
	.quad 0x391400007fd7de68, 0x38eff8e6ffbafdff
	.quad 0x2f0995f88c9ce9f9, 0x8017a7df9ec72432
	.quad 0xfa7d27bdbfc5e097, 0xb641c438fffffffe
	.quad 0xad904d9ffffd9bbf, 0xd7215c32ff71b9de
	.quad 0x80000000b4b55947, 0xcb8dfc4e5ed73fff
	.quad 0xbf9861f417b864cc, 0x65fa79b4a1583d80
	.quad 0xc270ec6b63e00236, 0x866ff3beb8f6d101
	.quad 0xc37f47f57f85b747, 0xa6e5bdac6fe9e6c0
	.quad 0x36176e7facef0572, 0x40305e89cdab2016
	.quad 0xfff302c4bbbc12ef, 0xc7558f066f53bffe
	.quad 0x8dde5049bf7f8000, 0xf77ad535d4c3da8b
	.quad 0xe47e9f9dd2c1a20f, 0x76cd9e8337760001
	.quad 0xed7cf26f002ac35e, 0xdcf34df400800000
	.quad 0x23430e930f7cb9ab, 0xeea3d243f9e45d1e
	.quad 0x82b6a7e48298a9a3, 0xff95e97800000000
	.quad 0xcf52e0a0817fffff, 0xd17bd78fbfbe8000
	.quad 0x3ffa768657af565a, 0x42c582d24263289f
	.quad 0x7ffa04af80000001, 0xc106000000000000
	.quad 0xfaa3dc7afff5a6d3, 0x80000000c1f9c245
	.quad 0x40fc7343bd741f20, 0x7fc00000088d6050
	.quad 0x00a10698222287e3, 0x017fffff7f000000
	.quad 0x7a51a0217ffffffe, 0x402eef4cb3a94b5e
	.quad 0x7ff2e2156b936f73, 0xff80000080000000
	.quad 0x8e2609a497e53bb2, 0xc1a0000000000000
seed5:
	.quad 0x000005d32d94bd9a
	.quad 0x0000000000000001
	.quad 0x0000000000000002
	.quad 0xf9be71b27317c84b
	.quad 0x0000000000002224
	.quad 0x6212f29bbe1dc178
	.quad 0x5dde5a8796b5c7e3
	.quad 0xfffffffdc0ae3db5
	.quad 0xe9ae317a3cce79bf
	.quad 0xffffff8c0f439f5e
	.quad 0x000000000000021b
	.quad 0xffffff89a6e2c892
	.quad 0xffffffff80000000
	.quad 0xffffffffffffdadf
	.quad 0x8000000000000000
	.quad 0x00000000000001a4
	.quad 0x02400000
	.quad 0x00000000
	.quad 0x7ff0000000000000, 0x3f767a63575aae6c
	.quad 0x7fefc656ff800000, 0x7ff8000000000000
	.quad 0x80021c093345ddf5, 0x0000000000000000
	.quad 0xa9e85e04fefd7fe9, 0x816265aeeb03a79e
	.quad 0x747bece2f5fdffef, 0x800c910a9871e50d
	.quad 0x03658984b1d35c8d, 0xf40ad72519cfbc52
	.quad 0xbffaf4fe4447c35c, 0xc1931d38f00aafb2
	.quad 0xca8655fe7fc00000, 0xe0d089202b86fc26
	.quad 0x4040a78576d35575, 0x802971b2e12107c7
	.quad 0xadfed2ac88391808, 0xdc3ed4f0c538c92d
	.quad 0x4064000000000000, 0xbfd2aecfd1ef9932
	.quad 0x08d7c9b9511d07ff, 0x2677ac23f1d04531
	.quad 0x800000003d460e31, 0x52c5f779ca29b1a5
	.quad 0x40d8000059fffffe, 0x7fc00000337381ca
	.quad 0x2556e2bb4eaf36cf, 0x260d00660d86c9ab
	.quad 0x2b80bfc9fa1c588c, 0xa54515a0c3f94740
	.quad 0x70b950e264145699, 0xffbd55430f3165c8
	.quad 0xd080c23f1087c3ff, 0x3ec693e3aaffffff
	.quad 0xc794000047ffffff, 0xfff0000000000000
	.quad 0xfe2957d9e9efda72, 0xbfdeff4a250c5e08
	.quad 0xbfe44a85cfb9a7fd, 0x7f80000053ffbfce
	.quad 0x7d309f7103ee7fee, 0xc2ef07e780293681
	.quad 0x800b794755952ded, 0x810000007f18b6eb
	.quad 0xfeb8ff89feba6f07, 0x80d04391f4f484a5
	.quad 0x160b04c1ff830a9c, 0x25875a0d8039592f
	.quad 0xc6a56a2783fffff2, 0x8038fbe42439a86a
	.quad 0xf3dbddd3d7fed93d, 0x10c67af0ffffdfed
	.quad 0xc0880000c1487671, 0x11121c7c68bd50a5
	.quad 0x006de0109a9d9afd, 0x512bfc635dc2f90f
	.quad 0xbf832242c83a8ed6, 0xeeb2da8c1c440066
	.quad 0x9c461466125e7a6c, 0x9bd9bc790063bae5
	.quad 0x3ff9b415fab05cae, 0xfe800000c6d201c8
seed6:
	.quad 0x265f25d9c5f46ddd
	.quad 0x0000000000000dd6
	.quad 0x0000000000000341
	.quad 0xfffffffca3512d99
	.quad 0xffff8c17d56adfdc
	.quad 0xa2beaa37ca38a52d
	.quad 0xefcb52552c6f9054
	.quad 0xc8dca9bcf0d81a9e
	.quad 0x2d4b816fa57987e0
	.quad 0x0000000000000000
	.quad 0x0000000000002aa5
	.quad 0x93c56c21fbdeafb1
	.quad 0x2228c216560ac549
	.quad 0x81af84b82fa6ae24
	.quad 0xffffffffffffff7a
	.quad 0x0000000000000164
	.quad 0x03000000
	.quad 0xf0000000
	.quad 0x4940c36659b66bc5, 0x761bc124d98dc0f0
	.quad 0xb5997e3e7e23aa8c, 0xa7d5eefec25824bd
	.quad 0x497b1127fffa7b9c, 0x025f0c706e2c150b
	.quad 0xfe58896d08b78000, 0x03b9d84221e11a20
	.quad 0xe89ebcaf6faec300, 0x434fffffffffffff
	.quad 0xff53372dc0700000, 0x25ce35b1f6b40364
	.quad 0xfbd00e8b16cb4d59, 0x9e81865cf49ffca4
	.quad 0x50214e5ec18cb835, 0xbf718e5e24b0e6fc
	.quad 0xc000000000000001, 0xc060000000000000
	.quad 0xfb53bcf04cb3a8ed, 0x4b21ca62745778c9
	.quad 0xc9ed05d9bdbfd1fb, 0xfdc7f724c12a7839
	.quad 0x3e500000fefa733a, 0x014bdb448ec8c9c3
	.quad 0xc267a5ae43d179ba, 0x802467fd9dafc375
	.quad 0xae93719bdddf02fa, 0x9cad5ebc00609452
	.quad 0x414b8f57f42fb872, 0xc134000000000000
	.quad 0xf319ec052f0790c6, 0xbf800001408eb8aa
	.quad 0x000000007f913c00, 0x7aa3d9a5fbd29544
	.quad 0x7ff0a207e70e3dec, 0x7ff0000000000000
	.quad 0xe6f72e4e274a0902, 0xfff25fc260431587
	.quad 0xca3da564afadd303, 0xf7a2a41ed02fa201
	.quad 0x41ffffffffffffff, 0x4105600000000000
	.quad 0xf9bca30efc7e6f7d, 0x00000000008e2eaf
	.quad 0x1c6cfc6aa9aff568, 0xb4781101006336ad
	.quad 0x7fd47c6cb3bb9a2d, 0xb8236c8595ee25b0
	.quad 0x2a3c93aee7977da2, 0xc1f960087f855d31
	.quad 0xf15da95fffc00000, 0x92a4e60eff98fc51
	.quad 0x3c6b6c3a7bba7c34, 0x59d5ea1dad8fb9bb
	.quad 0xfff70088619bd0c8, 0x7cbba40a7fc00000
	.quad 0x89fb08314223fbb9, 0x800a424b488cbc7a
	.quad 0xffa53cdfff800000, 0x9362b8eafe5f5d70
	.quad 0x6882e44fd0b230f4, 0x185b20c288229dc9
	.quad 0xa43f1e16233614c9, 0x7ff2ad75310d8f9f
seed7:
	.quad 0x0a6bcd7ffe9f997a
	.quad 0x24a15b7b8dd01d6e
	.quad 0x5f895daa374bb365
	.quad 0x1ed01dec7d4140ed
	.quad 0x0000000000000000
	.quad 0xa55cba6152ae0da1
	.quad 0xffffffffffffff5d
	.quad 0xeac487af81ac5c71
	.quad 0x0000000001000001
	.quad 0x000000000018aea2
	.quad 0xccadb0b03ab3c812
	.quad 0x1b07a241077c7035
	.quad 0x001d9cdf8716602d
	.quad 0x00000000000000fe
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x91c9bbfd3f8648c7, 0x832ffa82380a1cd2
	.quad 0x40effffffffffffe, 0x7f80000000000000
	.quad 0x9cdc7d084000ded3, 0xe704773bb31809d0
	.quad 0xfff0000000000000, 0x2daaecd3405fe84b
	.quad 0xafb53a54ff7effdf, 0xd368ba22e7bffec6
	.quad 0x92c007c300000001, 0xbc9ce8867effffff
	.quad 0x0fd70e9e16ea13b9, 0xbe872c7f3f412f5c
	.quad 0x2614ad6072bf7c66, 0x002f21382ac96d3e
	.quad 0x4020800000000000, 0x179dd212bfe73e65
	.quad 0x40a0000080000000, 0x40c000004f00e115
	.quad 0xaac4586e44e6fe00, 0x0c1348fbf7ca6641
	.quad 0x0a2a858b2efae122, 0x75f6eceeefe7795a
	.quad 0x414000003bad5d84, 0x40c5e5c776258600
	.quad 0xe78fad72407a2686, 0xf1839163f4638200
	.quad 0x3c702e65e51d6bde, 0xb045b4efe2b777f3
	.quad 0xf4a11a39fdcbff7f, 0xf4188dc9f4fbf9ee
	.quad 0xff3b14cac0c00000, 0x375ac9e47fca29dd
	.quad 0x5a1677610dd3ab7e, 0xddf4db7264360d5e
	.quad 0x0040000042200000, 0xffc3599da71c9603
	.quad 0xc0c00000beca945a, 0xfc7266d1bf540000
	.quad 0x7a2968bfd067c3fe, 0xfeaab353807fffff
	.quad 0xc0fd9c2b40800000, 0x401e000000000000
	.quad 0x7685402a7edfae24, 0x0bbdb25ac84c7e9d
	.quad 0x3dd400003efe04a5, 0x80048e6c0a336122
	.quad 0x40b40000ffa05aef, 0x3ef8000000000000
	.quad 0xbff2000000000000, 0x53ea2353804d4500
	.quad 0x3e442e129979f826, 0x0a230d3c40a80000
	.quad 0xc0c800003cd7e449, 0xffe94e60d8de630c
	.quad 0x3cc16242bf800000, 0x25881935599f7ad4
	.quad 0x7b7bca3ddb7fc881, 0xfeac9110340ca971
	.quad 0x011281f4d8f3fec7, 0x4cfcf9d18a810000
	.quad 0xe19df792ffd907ff, 0xee2a43fa2c3c1884
seed8:
	.quad 0x0850009794e868a0
	.quad 0x00000000ffffffff
	.quad 0xa973d5efeb005886
	.quad 0xffffffffffeeb63c
	.quad 0xa027f8d6315d62ac
	.quad 0xffff908fd4cf5847
	.quad 0xffffff80cb58ab07
	.quad 0xe5092ed6845ad6c0
	.quad 0x5bfa3e9b39a36bdb
	.quad 0xffffffffffffff16
	.quad 0x65421ffe19d941cb
	.quad 0x84bd61f28e36c966
	.quad 0x8000000000000000
	.quad 0xfff6891f8bd8da68
	.quad 0xd5b7c780df63e5a3
	.quad 0x3f24ba3f7014b0ec
	.quad 0x02800000
	.quad 0x60000000
	.quad 0x0dc2fde2fff67bff, 0x7b6477577efdfcae
	.quad 0x417a9d4073f92d85, 0x0010000000000000
	.quad 0xc04345b8e5d40e14, 0x394a9fccc19d7e36
	.quad 0xc0105631b1a665a7, 0x435c6b2139d94714
	.quad 0xbd8e18d5005c7209, 0xfffad99f8c2f1164
	.quad 0xc1b6ef68be800000, 0x43f223efe5c29805
	.quad 0xfff75455aff407ae, 0x3df4af3cffc00000
	.quad 0xc0a4000000e52597, 0x014b299def16b708
	.quad 0x40ffffffffffffff, 0xc01d1e8580df9008
	.quad 0xbe221b2640bc1e4d, 0x8000000000000000
	.quad 0x2d81fe75336a34a2, 0xfea7d6b272e32795
	.quad 0xaf7abb3ee3fc3154, 0x5f7ffffe2e452b32
	.quad 0x4117a4387fc00000, 0xc118000000000001
	.quad 0x3cbc83adffffffff, 0xff8000007fc00000
	.quad 0x174c17cd7ffe3b3f, 0x302f53932e7afc00
	.quad 0xffc0000080180094, 0x19ea4ad6d1fffbb2
	.quad 0x6f00d54670e096ae, 0x6557a0f6ff86dd17
	.quad 0x82c7eebe60d78dd9, 0xf0b631133d18fae9
	.quad 0x27d483dea1b257d4, 0x7fbe581380000000
	.quad 0x3fa78949474d22fb, 0xc29c63393f200000
	.quad 0x41e1227fda7ffffe, 0x7fb4cfaa00000000
	.quad 0x3eb0800000000000, 0xc0f2000000000000
	.quad 0x3bd0d2b6ffa7ff17, 0xc6c9002820e91c7a
	.quad 0x5644fea276f298cd, 0xc002000000000000
	.quad 0xb85bacd4cfffffff, 0x47000000e2d4efd5
	.quad 0xf0b8b03080800000, 0x43f200407f800000
	.quad 0x796ad2a97fe0f5bf, 0x8000000000000000
	.quad 0x42a60dcebf655544, 0xfff0000000000000
	.quad 0x47e8736fc13fbb13, 0x67ef935cbeae3a00
	.quad 0x3de3682585b31c59, 0xa1fb7f24deb2f5d9
	.quad 0x82ad9d4d06870ae2, 0xfff0000000000000
	.quad 0xc0640d32ecb7ca81, 0x035afd884656a1d8
seed9:
	.quad 0xab1630d5621e18e8
	.quad 0xa534d08425ef9173
	.quad 0xfffff641ddb2c727
	.quad 0xa9345ce151ecfda3
	.quad 0xf602e832f96ac72a
	.quad 0x044f2b4eac0a29bb
	.quad 0x2c341bdb141dc69c
	.quad 0x0000000000000303
	.quad 0xffffffffffff7c87
	.quad 0xffffffff80000000
	.quad 0x00000000000f224f
	.quad 0x7fffffffffffffff
	.quad 0xc4a25de251ceecbb
	.quad 0xffed16b5168d427d
	.quad 0xf460effcbf277cd1
	.quad 0xe2088377eb651a86
	.quad 0x06c00000
	.quad 0xa0000000
	.quad 0xeeba6a868981f8fc, 0x000000000041115b
	.quad 0xbe371f2e73f07eb8, 0xf7d78cb9bbdf7efc
	.quad 0x800000007fc00000, 0x7ee9bcbd0ad705ec
	.quad 0x0a98993d54d28d73, 0x6009f1b688bf52f6
	.quad 0xbe75eb9dcf000000, 0x056470105fbd99ff
	.quad 0x839c9d44443844f1, 0xd2da150ae4ea7ccc
	.quad 0x93a58ac97dccd4f0, 0xc070000080000000
	.quad 0x11c3872b7ffb3ff6, 0x2adbb7ce009f6d93
	.quad 0x8000000000000000, 0xfff0000000000000
	.quad 0x31687e16a5a887ae, 0x7ff0000000000000
	.quad 0x3d4af699bf000000, 0x7ffe40e5e6c0ecf9
	.quad 0x20a9ecacfdfffffe, 0x4077f66cb7c72624
	.quad 0x741ef0ec405a75aa, 0x923e7952bd9adb5a
	.quad 0x8ed4ca7485606546, 0x800f5085a96f7536
	.quad 0x349b6ec716f91171, 0x1a7c861a7fd9fb0c
	.quad 0x7ff2d31fcff9832c, 0x7fff14fde066b0c2
	.quad 0x535e99762af0268a, 0x404d3c0193dacfe6
	.quad 0x414206cac00aff2e, 0x000000007f800000
	.quad 0xc1f0000000000000, 0x7fc000003d6f508d
	.quad 0x9a0195d8a1c0549e, 0xc0a0000000000001
	.quad 0x3c6aaa5e760c76bb, 0xa9b9b580ffe69ffe
	.quad 0x74a808598fdfcbfb, 0xfffc2d27460e5116
	.quad 0x3fb8732a13f27ee2, 0x4330000000000000
	.quad 0xffdfffffffffffff, 0x002c02e3cbd92c2f
	.quad 0x88cfaf8c7f0c4c6a, 0x00000001d4800000
	.quad 0x7ff0000000000000, 0x13dd38d94a7fffff
	.quad 0x6af70b9014fd7e92, 0xd643142760117b2e
	.quad 0xc01de9d547c58fb2, 0xc05e00007f4a59b4
	.quad 0x8efab57df3718000, 0x63bcb37cffd3aeb5
	.quad 0xc020fc0e96545942, 0xbf991d85a420d79e
	.quad 0x400df658920759ac, 0x659f275af6d11bc4
	.quad 0x9aba6e33cc1053de, 0x6d439d12b7d9f0be
seed10:
	.quad 0x0020000000000001
	.quad 0x9ef603f1b01dbb28
	.quad 0x12f216cc4ac2d177
	.quad 0x000190c579fcf89e
	.quad 0xbf791c1ef1295bfa
	.quad 0xfffffffe09890508
	.quad 0x00000000000003ab
	.quad 0x0000000100000000
	.quad 0xb2ff0e8d980bbd8a
	.quad 0xa7f7aec321d96f2f
	.quad 0x00000015b8a7e6c3
	.quad 0xe48f63d3b08f4e09
	.quad 0xfffffffffffe6de9
	.quad 0x8fbc53b9b8dcb849
	.quad 0xff93c12ad084c063
	.quad 0xffffffffffff3721
	.quad 0x00000000
	.quad 0xe0000000
	.quad 0xbf3f920938e40000, 0x3d040d66453d272f
	.quad 0x3fa8534b114d5e65, 0xfdf102f700000000
	.quad 0x8020000000000000, 0x5a4dc2a043a8cb14
	.quad 0x7fa6d84b002c74e4, 0xee2bd9ad49900000
	.quad 0x0000000000000000, 0x7f477cb0c7469ce1
	.quad 0x3dbf4d2aeea5c311, 0x594dafa339880000
	.quad 0x75ba1aa2ff8a2d50, 0xaefc351146b4fd62
	.quad 0x8000000000000000, 0xbffffffebda71540
	.quad 0xe5678df8ffc6fefc, 0xbfb75ce0da502daf
	.quad 0xbf746729af72679f, 0xd78e13df258b7d12
	.quad 0x4020000079fcac94, 0x752b8f8dfff993ff
	.quad 0xdb4e9d36d2a9d117, 0xff8000007fb5b7bf
	.quad 0x14227b9e7e800000, 0xfdb9eb19c182fe00
	.quad 0xc318f2cec5df45f1, 0x7fc0000000400000
	.quad 0x7f80000077c6590e, 0x9c18f8897ffc801a
	.quad 0xbfdf7b3c477239cd, 0x41f54c55ffb05422
	.quad 0xebe673f8c3597e09, 0x4767a88242200000
	.quad 0x554e63dccda3d0d1, 0x0000000000000000
	.quad 0x000fffffffffffff, 0xdd6c0190a17dfeed
	.quad 0xc21b8b14ec0db713, 0x8009dcec6243c123
	.quad 0x00000000bed6ebc7, 0xc07ba359c6552522
	.quad 0xc098000040a00000, 0x470000000023f600
	.quad 0xdc912977c79ffe44, 0x21c52f645411cf95
	.quad 0x0000000075203332, 0x79901d3234867f93
	.quad 0xbfffffffffb4a81b, 0xc07fffff89a6bc23
	.quad 0x3f700000bcac8000, 0xdf5383eedbffefef
	.quad 0xfce0933a723754dd, 0x054bcb4f4bbdeb4f
	.quad 0x01000000becd12ef, 0xb9fa9ce5f3fdff7e
	.quad 0xff800000eaff0cc4, 0x27e124f65e6ffe00
	.quad 0x7f9bf0929b289673, 0xfa0f2c53a0d1cbd5
	.quad 0x96649120eaf707ff, 0x817fffff80ffffff
	.quad 0x83a656d9e2cd7c28, 0x3bfccfabffd5cad6
seed11:
	.quad 0xec29678786e75656
	.quad 0x1d0a58f75728b4ea
	.quad 0x0000000001000001
	.quad 0x99bd820bfdf6a96a
	.quad 0xa77e72b93724515f
	.quad 0xa8ec1b454f317203
	.quad 0xf9411bc4642735bf
	.quad 0x0000000000000aea
	.quad 0xffffffffffffff6d
	.quad 0x9ca4ead9cb8cbc73
	.quad 0x0000000001000001
	.quad 0x0000000000000125
	.quad 0xc32d4b0486734380
	.quad 0x1c0f1cd05eef3904
	.quad 0xfffffffffffffd8a
	.quad 0x81df26c4dbf08a4a
	.quad 0x04000000
	.quad 0x20000000
	.quad 0x0000000012918705, 0xf1dc45907fc92986
	.quad 0x1d2ed1025aab8000, 0xfb8e544ad9d7fbd2
	.quad 0xb5788ba057f7eb7f, 0x002ab482f2a342ba
	.quad 0x1890e349aeffdfbf, 0x43800000ffafbd04
	.quad 0x5250dc62772ecefd, 0xc01f800000000000
	.quad 0x4cff5194fff3d7c6, 0x401c8f9d89f99890
	.quad 0x3f8a44a4138cd32b, 0xbdb99fe542f00000
	.quad 0x163fcf6a6f91bae1, 0x96a6e458fc7c7e00
	.quad 0xd1fdfe78ebf5f10d, 0xc13e0fe1fd3ed9e2
	.quad 0x931b7c9affdb3709, 0xcab90ed67fbff35e
	.quad 0x9b80dec300000000, 0x8e74076653fff57d
	.quad 0xe49fbde6817fffff, 0x832da2e27bdb5f4e
	.quad 0x2ab52ebdc7b10000, 0x7fd81088f6bf74b7
	.quad 0x4c800000477df2b6, 0x020c5e61fd395ea7
	.quad 0x801fffffffffffff, 0xfff0000000000000
	.quad 0x7fb9216e80215fea, 0xb873a935ca759529
	.quad 0x3ad15cb9febffe5f, 0x40c5000000000000
	.quad 0x8080000080000000, 0x3fc10a6c3e444814
	.quad 0xff8000006de04d2d, 0xcafdc3040c528293
	.quad 0xb7258bdca99bf8af, 0x40459ca36a009135
	.quad 0xf38855f13ca00000, 0xc0a8000000000000
	.quad 0xff80000086e10911, 0x00000001026cb8b9
	.quad 0xbf814023120e4d68, 0x400000009cea67a0
	.quad 0x24620dd50ccbf99e, 0xc06fbb3d40b00000
	.quad 0x26fdf34b734fffff, 0x7ff22befba0594fc
	.quad 0x0000000000000000, 0x22dd9df7aa7b549a
	.quad 0xf4bfd391be7bf9f9, 0x4cb537c6ddef0000
	.quad 0x401f000000000000, 0xf3c89dcb5551c380
	.quad 0xccc23e04d8f53d51, 0x001fffffffffffff
	.quad 0x09e84d22b61720e4, 0x0000000000000000
	.quad 0xc048c8b8c50e9d33, 0x9fa8d5ff8afdffc9
	.quad 0x478e31aa29100647, 0x9ed599abeb77dde7
seed12:
	.quad 0x000000000000002c
	.quad 0x0000000080000000
	.quad 0xffffffffda29b4ec
	.quad 0x7e89428926f92ec2
	.quad 0x00000000000002c9
	.quad 0xffffff6c2da9b89b
	.quad 0x0000000000000393
	.quad 0xfffffffffffffc89
	.quad 0x9dbbe6cab6ac6452
	.quad 0x000000000002c9cf
	.quad 0x9909d370359dec0a
	.quad 0xacd2e878e55b5f49
	.quad 0xffffffffffffffff
	.quad 0xa3f145f193246252
	.quad 0xfffffffffffffdd5
	.quad 0x00000000000001c5
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x72d28369eb89bb0c, 0x6b0027ea3ad11e13
	.quad 0x5c36c25dc375fd83, 0xfea9f823657b81ef
	.quad 0x7edcc28ab7331555, 0xffc00000ff800000
	.quad 0x00000000807fffff, 0x281adf18ac475c00
	.quad 0x8d0d276839fefb3d, 0xc0e0000000000000
	.quad 0xc008000000000000, 0x79e59907b76a0000
	.quad 0x171085684318ae7c, 0x3ff8000000000000
	.quad 0x40a000006ce68737, 0xfdf627a2dc1eba94
	.quad 0x7ff0000000000000, 0x8b8550f3ffe17e91
	.quad 0x0c2f6913fe3003fc, 0x28e962d0821195ed
	.quad 0x8aacb8e91490ff0a, 0xe46cf419fab985c8
	.quad 0x6da3cfd46876a18c, 0x7fe2d8bb80000000
	.quad 0x940708a301be7f5a, 0x440df8e77f4c7a2d
	.quad 0xf5dcacea8027fc7b, 0xcbc9f550f9730000
	.quad 0x000fffffffffffff, 0xffdc4090ec98c16a
	.quad 0x1a3b14936cdfe49c, 0x7ff0000000000000
	.quad 0x52589cf4edffffff, 0xfff0000000000000
	.quad 0x9e21135e6a13620a, 0xfabf67733f900000
	.quad 0xbb72b645b083ff72, 0x0000755518053a26
	.quad 0x126d8208c5b5c820, 0x02d647dedfbf1047
	.quad 0xc1f7a8bc20f9fbc0, 0x3e4dd3ee78e1d0c2
	.quad 0x407b910339325d12, 0xc8b3133c001bacee
	.quad 0x7de8b2f1db4ce851, 0x85f3642aeeb7b6fb
	.quad 0x3b2b084f9922e200, 0x41fffffffffffffe
	.quad 0x54b52e957f8e8000, 0x9ae60505503c85d6
	.quad 0xe8bb9ebaa447b4ca, 0x1123324ed9effc53
	.quad 0x001764bc85e33a67, 0xc020400000000000
	.quad 0x3fe9e5b94f293cfc, 0x8213cb27e3857473
	.quad 0x8cd3b33423e94eda, 0x7fa44cbcbec885b4
	.quad 0x0fd0099e7bfd7d3f, 0xaf5c4ed6ff2f5fbc
	.quad 0xa59364961f5fbf9b, 0x7f9d7996bda8ac4f
	.quad 0x7fe0ae26ef153439, 0x5d9a81209bb85c37
seed13:
	.quad 0x3647fd67acb05a44
	.quad 0xfffffffffffffe60
	.quad 0xab1c37ae93818cb3
	.quad 0xa7bc30ea003ea26c
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdd9
	.quad 0x161c74e60b210368
	.quad 0xa57e7d66a0c473cd
	.quad 0xe91e3173c630afd6
	.quad 0x0000000007b37c90
	.quad 0xffffffffffffff3a
	.quad 0xb96fa9c6107acd25
	.quad 0xb4a2333dd3f74367
	.quad 0x000000007fffffff
	.quad 0x5b1fcf2ad467669d
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xc0b000007effffff, 0xfff0000000000000
	.quad 0x002551e4003d1a08, 0x80241e641d964f94
	.quad 0xdaf4b0a82cb27c00, 0x7f80000040cb0ca5
	.quad 0x845edb9d589ed89a, 0x0eb0c9fbcc6b7ec8
	.quad 0x829ded6cb3830f05, 0x4dbfc6b204c6ffee
	.quad 0xc404483e407ab39f, 0xff800000bc000000
	.quad 0x3b419f63106d8f79, 0xc4d9ced339014000
	.quad 0x10b94976fffee7fe, 0x8322aab8b6f5fa95
	.quad 0x59575a49fdeaefbf, 0x3fa710a44aca063e
	.quad 0xc2fb613f7e0a4910, 0x7f7fffffffb758a8
	.quad 0xbf49ab4afe3ff4d1, 0xff80000000000000
	.quad 0xbfc8400000000000, 0xbe00000000617425
	.quad 0x00741375c0f80000, 0x946abfcd7f800000
	.quad 0x4a2fa6b613b70000, 0xb5e1ef5dfd0f3598
	.quad 0x40770f8037b5d320, 0xfffb3507bf400000
	.quad 0x01cf6f19ff8c8aae, 0xc017800000000000
	.quad 0x3fe8000000000000, 0x9d109ac980071373
	.quad 0x3fb1122f80000000, 0x3f8ac89c1a90798b
	.quad 0x3c000535f88469fe, 0x83e4eb30f8677dcf
	.quad 0xb9fd5549c40a46e2, 0x1893665b6fa53a68
	.quad 0xfff54095d5a3a0b9, 0xff80000036100000
	.quad 0x81000000d9e5c7f0, 0x3f9d07a03c3ed763
	.quad 0x81a0a06cfbbefe4a, 0xff5730a9e08874a6
	.quad 0x8000000000000000, 0xd3c9818580b5c2e7
	.quad 0x4258f1a2a66902b2, 0xd17efda6dfffffff
	.quad 0x432f6bc37f800000, 0x2c202d6927489d40
	.quad 0xc0a800007f800000, 0x52bf42123be69197
	.quad 0x9ea96ea206544280, 0x4ef31db82b8cfdea
	.quad 0x3f89e0730b09f6eb, 0x8000000080000000
	.quad 0xbf88b6057b3f40aa, 0xfff0804b3ce487d3
	.quad 0xf08792bd7f800000, 0x8000000000000001
	.quad 0x702e291ce0279344, 0x6d2a10d6fad58e45
seed14:
	.quad 0xe27be96462319780
	.quad 0x8000000000000000
	.quad 0x9c434e7df5a07195
	.quad 0xffffffffffffffd9
	.quad 0x0000000000000299
	.quad 0xfffffffffffffe18
	.quad 0x912cb8c83af97604
	.quad 0x000000bfbdd9825d
	.quad 0xd374e30e54d214cb
	.quad 0x0000000080000000
	.quad 0xae0076c7f5a7270b
	.quad 0xffffffffffffffd0
	.quad 0xb36b2c2a06319704
	.quad 0xb72c1caaee3af593
	.quad 0x0000000000000000
	.quad 0xfffffffff026e42f
	.quad 0x01400000
	.quad 0x40000000
	.quad 0xa4150ff8ffbcfc45, 0x22351f9deb7eff73
	.quad 0x7ff2c0db36fe52fb, 0x7ff84efa80000000
	.quad 0xc0ec000000000000, 0x5476b2634ddffbbd
	.quad 0x7f800000003d4cf0, 0xc0a4000000000000
	.quad 0xbc07fd0800b6ce8d, 0x95e124b4e7ebbefb
	.quad 0x7ffd97afd03f02a4, 0x40b800003fc3ee67
	.quad 0x802a86ee8cec8a8d, 0xc0c80000bf87962f
	.quad 0xeaa5d50b2249ffb2, 0xc07d10852cf93305
	.quad 0xbfd918053fe52da7, 0xbf1ece3f800c8cbb
	.quad 0xbeada03201aa3c01, 0xc4d2d4ed7fedff5e
	.quad 0xc3876043ffc00000, 0x71c4dfadff5c324e
	.quad 0x0000000000000000, 0x410eb76a7ff2ad4a
	.quad 0xb30c617ceff6bf77, 0x01f2087fdfbffebd
	.quad 0x40b4000000000000, 0xfe346525c12a8000
	.quad 0xf1c70db08096a7e6, 0x0000000000000000
	.quad 0x7d00c30e80434868, 0xc6ef54e2d5f381f6
	.quad 0xfc1240ea35dc1e20, 0x8000000000000000
	.quad 0x1b6c8acca2c38001, 0x0d1800db7f307e00
	.quad 0x7f6faf64bb3fcaf6, 0x002fffffffffffff
	.quad 0xfff0000000000000, 0x8e4ec0f3de568000
	.quad 0xfff249b2ccd9e3b2, 0x4034200000000000
	.quad 0xdddbbb203ffe7e00, 0x828609547c06f7c1
	.quad 0xc7fffffe42700000, 0x000f33b1fe3223c7
	.quad 0x7533733dbd4f8541, 0x9ff8a029ff6bdcef
	.quad 0x766cd5d0b7ae02b7, 0x8c63da1859ffffab
	.quad 0x65e692e7c6db4700, 0xe424eaffbf9ffff7
	.quad 0x4fc0aaeac3cf9d24, 0xb3a0678f7fffb27e
	.quad 0x009611bb2db802b3, 0x40171495276c87b2
	.quad 0xffc0000043752a47, 0x0191f77aff775fa2
	.quad 0xff1191d0ff800000, 0xbf260000970ea950
	.quad 0x67485955ca0bcc03, 0xc50dd302e1f9fe00
	.quad 0x3ff0000000000000, 0xe679c9f55fc9fb9e
seed15:
	.quad 0x0020000000000001
	.quad 0xffffffffffffe193
	.quad 0x0000611fb8ff09f1
	.quad 0x000000007fffffff
	.quad 0x000000000032532d
	.quad 0xffffffffffffe5ab
	.quad 0x1d9afc12ed459d4d
	.quad 0xbee20bf63cd06452
	.quad 0x71926f1eeebcc2ee
	.quad 0x5c93600c307d3f68
	.quad 0x0000000001000001
	.quad 0xfffffffffff9585f
	.quad 0xfefb28526dd4e92c
	.quad 0x000000007fffffff
	.quad 0xffffffffffffffff
	.quad 0xfc12f290d9203535
	.quad 0x00000000
	.quad 0x10000000
	.quad 0xff258a648b8d8e89, 0x0000000000000000
	.quad 0xbf80000022234626, 0x3fea9d8d5501f60b
	.quad 0x7f28489ffcedca87, 0x0f9315710a155bd5
	.quad 0x7f8a6cf5fd95561a, 0x4108f01080000001
	.quad 0x7fc0000000000000, 0x002e1ff1562b01ea
	.quad 0xb8190eb71758981c, 0xbd9a0000c2518056
	.quad 0xb24b2b180a2ad0e8, 0x3c80931371f5bf7d
	.quad 0xfe6d69720f9d2368, 0xc014000000000000
	.quad 0x92d810f5bf8ba4ef, 0x800af2d47e3bc028
	.quad 0xc03800003d2b13a3, 0xc00c00007fd0e6a6
	.quad 0xa1c976913918c718, 0xc30ec1508ed4a9a6
	.quad 0x7fdb5c02da23d38d, 0x3ff559f8f9485f55
	.quad 0x8e708f27e5c80400, 0xd8b13f16c52f3cc2
	.quad 0xd2979d348c573aff, 0xffa8d8c0b07d5260
	.quad 0xf37e86e5e5b345c2, 0xc197b3a44d632429
	.quad 0x124bc0184e780000, 0x170d682bc158c923
	.quad 0x01a81eb746e18846, 0x00000000ffaf3f5b
	.quad 0x68f35b88fef2bdff, 0x0cbd8aeb048ad309
	.quad 0x0037d29941cca12c, 0xfe4ee8999e578c17
	.quad 0x40515a343efe80c1, 0x3e6bf74affdbf6cd
	.quad 0xe5cd9b947f72fdff, 0x01d0e0e0bfffffff
	.quad 0x041b3d7947ef20e4, 0x47000001807e5ef2
	.quad 0xb2dfc1feb8c94140, 0x3f9ebc28d0e1a518
	.quad 0xc048ba7b6d3db1f7, 0x3f7e247b6539cf03
	.quad 0xc8d5e1fbdd56bc9a, 0xffe0000000000000
	.quad 0xb560807affffffff, 0xffba59b0bcc8e548
	.quad 0x56eb8f49bfbdff9f, 0xb5f0480a00000000
	.quad 0x5c3d3d5e3d9c7c00, 0x32e1d199d3be9bb0
	.quad 0xb20de74bfdddedf9, 0xe0a9de35c3fafb0e
	.quad 0xe639b4440d36544c, 0xbff2812eed3c464e
	.quad 0x1b2d1b8fec7d55c5, 0xc0a5b00000000000
	.quad 0xb1b50320febcf91f, 0x003fbf9a3605015b
seed16:
	.quad 0x420a8a660f335f04
	.quad 0xffffffffffffffeb
	.quad 0xfffffffffffffffc
	.quad 0xaa79f074c8ba32d9
	.quad 0x000000000000038d
	.quad 0x4adbac621218bc82
	.quad 0xfffffffffffffabb
	.quad 0x0020000000000001
	.quad 0xfffffffffffffd85
	.quad 0x0000000000000000
	.quad 0xff536dc03cf0b1b9
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffad
	.quad 0xca4e732a7268606b
	.quad 0x6a1e21ee62d49946
	.quad 0x000000000000001b
	.quad 0x05400000
	.quad 0xc0000000
	.quad 0x506f33dadb11c810, 0x8010000000000000
	.quad 0x7fdfffffffffffff, 0x80000000b29ef6f7
	.quad 0x800000007f800000, 0x3efa000000000000
	.quad 0xbe8ec2b89ad87e38, 0x0100000042b12236
	.quad 0x7fc00000fedbcf0f, 0x7244b935e0be3928
	.quad 0xfffc8168f3f2afc6, 0x17dad386e764ff37
	.quad 0xfe0134641174afec, 0x3cff064397bdc959
	.quad 0x8000000000000000, 0xc0800000742fe5f0
	.quad 0xe21110d2c3f77d5b, 0x9086f510d98a2926
	.quad 0x3fe00000092fb002, 0xb5d00000c157fb96
	.quad 0x4fab5e9af3fdbfda, 0xc02c6e9e09c25680
	.quad 0x27acdb4bfc1d1184, 0x8008246d84625e9b
	.quad 0x3fc020ed255f8e54, 0x40effffffffffffe
	.quad 0x8008000000000000, 0x4231d0b64f000000
	.quad 0xc00ffffffffffffe, 0xe522ae93eaf890ab
	.quad 0x82d2871d18ffc667, 0xc0e9a4bff653ce9a
	.quad 0x3b40186c6bcdeb12, 0x7dbe0f9d70d0523e
	.quad 0x5ca4a24efbf483ff, 0x8f7e76d5ffba7a42
	.quad 0x0000000000000000, 0xed2f9e0dca4dbf00
	.quad 0x478000007f812e61, 0xfff4c1cdef8dbcde
	.quad 0xd9f77648cf2a4d89, 0xffc000007fe6fd0d
	.quad 0xc00e43b9638b0a1f, 0xbf4a800000000000
	.quad 0x1e3a0656ab0ddebd, 0xf4989fb5fa31641a
	.quad 0xfe1b291697370430, 0xbc9ce19f585bb837
	.quad 0x00048f2a2616cdc9, 0xc024000000000000
	.quad 0xf1b82c4ac2ef11f4, 0x7ff8000000000000
	.quad 0x81eea5d2462aad0d, 0xf725965200000000
	.quad 0x0024a8257bca40ca, 0x7205e46fffef8b19
	.quad 0x4048000070308eba, 0x737cfffc77f7caff
	.quad 0xba006e48fffafffe, 0x00112bc273b86c32
	.quad 0x4990b6fe80000000, 0x83560dff47f80000
	.quad 0xe79c6d13a8bf80ee, 0x57f628586d828600
seed17:
	.quad 0x000000001e7202d4
	.quad 0x376a99756213cd3c
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xffffc162a4e1129f
	.quad 0x61a10c76367636f7
	.quad 0x7fffffffffffffff
	.quad 0x5911c82b438dfc13
	.quad 0xffffffafca1e2cbc
	.quad 0x000000012c0a7665
	.quad 0xfffffffffffc8c75
	.quad 0x17edfa2e76e9e5af
	.quad 0x000000000063c3a4
	.quad 0x00000000ffffffff
	.quad 0x5f7443ab03696471
	.quad 0x0000000000000036
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xfff7482397d50a0d, 0x40367619386de9e7
	.quad 0xc076eac9d20b4ac6, 0xa5333865df3fe139
	.quad 0x7d28b448f98dfede, 0x3c67df2cbe79956f
	.quad 0x29b98a44bbf9fcfd, 0x4f24caa03720fbb7
	.quad 0xb1514ee7aa8bc1a1, 0x71a6c7e3a3247e00
	.quad 0x8a20c09562423a3f, 0x614557ce677ffffb
	.quad 0x3dc3ffb4f2a1aa76, 0xc1000000cf800001
	.quad 0x10fc752d20d58000, 0x663515a442ec119f
	.quad 0xff8a8cf05fffffff, 0xef2423797fc00000
	.quad 0xdd4e457530e1d481, 0xfff2b74c445f712f
	.quad 0x015ca5f73f400000, 0x478000015c92147e
	.quad 0xff6886132be57400, 0x15857beb80000000
	.quad 0xff87eaf6c0d80000, 0xd11aa642fffe7e66
	.quad 0x7fad2ffa16011c26, 0xfcb949873d4e74d7
	.quad 0xffc000007fc00000, 0x7fe319e245fb02d0
	.quad 0xc128000000000000, 0x40f816657f95e75f
	.quad 0x2a9bc2264c337d83, 0xc72e6a32d3394b68
	.quad 0xff800000c35dab22, 0x57d79197f007fbbe
	.quad 0xb408dd6090aee0d2, 0x37286fa9ebe77e00
	.quad 0xc1866386bf2d5c00, 0x65e0efd5bfffff48
	.quad 0x8006fa1c071da2cf, 0xf7dba080ff800000
	.quad 0x40037bf88616ea04, 0x80488a65c00e0ff6
	.quad 0x3f77633759cb5660, 0xff80c6617fd09278
	.quad 0xdc5fc31dd33367fd, 0xffabef4e76f7b7e7
	.quad 0x00000000bd54b2d8, 0xc0524f128890af85
	.quad 0x7ffb4bc3ad081929, 0x9e5790c90d62d78a
	.quad 0x3fb4348ed88ef1f7, 0xbfffffffffffffff
	.quad 0xe2e5b07fa82d1c28, 0x05d707e96eff7f3c
	.quad 0x4028a53542ac5f9f, 0x6da99e1d7fa96e62
	.quad 0x4ff50c5fff5b93fd, 0xc000000000000000
	.quad 0x4901cffe807fffff, 0x66a3910ce65fe599
	.quad 0x077671c473a9096b, 0x596d113aa77bfe7f
seed18:
	.quad 0xffffffffffb16e71
	.quad 0x00000000000000da
	.quad 0x0000000080000000
	.quad 0xffe34068f2db4224
	.quad 0x000000000016f122
	.quad 0xfffffff020fb6e03
	.quad 0x0000000000000042
	.quad 0x000000000000fc11
	.quad 0x0000000100000000
	.quad 0xffffff64f8ebf6e0
	.quad 0xadc9fdcff6fa78f2
	.quad 0x6345da515aa84851
	.quad 0xc314050bf6280d94
	.quad 0x00000000abdf3156
	.quad 0xffffffffffffff58
	.quad 0xe15ec93f883b0553
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x80eb169c3ec00000, 0xdc03b6b6a432cd3f
	.quad 0xffa4974943c06613, 0xb657b30877a6ba68
	.quad 0xc1effffffffffffe, 0x403101fd7bba892a
	.quad 0xe33ba646cdd9fee1, 0xa7f8ab5a2202ee1c
	.quad 0x23f36a277f800000, 0x4f000000c22b170e
	.quad 0xbff9d62685c5e53f, 0xc0018e3ef6f9ca2c
	.quad 0x78a9110663ab7a8c, 0x3f4b4df4bfcd56f0
	.quad 0x74a552feba800000, 0x3f263fefbc0639f5
	.quad 0x0001d90a2e9e7b3a, 0xe559118d6a031f00
	.quad 0x7a76d900fff3beaf, 0x558f627395a2bd06
	.quad 0x90479fd8ebb54a5a, 0x4000d7e9fe87832f
	.quad 0xff7fffff3b200000, 0x96448ffd3db303fa
	.quad 0x422d2fda7b8c4286, 0x7ff0000000000000
	.quad 0xcdce377e071a4592, 0xfff8000000000000
	.quad 0xff00000000000000, 0x3fcceedd3dcf8c94
	.quad 0x6c8027d77fae4285, 0x7fe1bf120fb5488f
	.quad 0x1a738dd878c3fd66, 0x98119d5a0b141b21
	.quad 0x7fc000000e530678, 0x7ff0000000000000
	.quad 0xc00d80922e5e0249, 0xc07a3f85708f3734
	.quad 0x63b1625ae3ffffff, 0x7ff8000000000000
	.quad 0x34afe602d3fd5bdc, 0x008656279d4518cd
	.quad 0x7ff07d40c845a063, 0xa5566f633fffdfdf
	.quad 0x0169e9979a816137, 0xaa0c8fa4ffa4053b
	.quad 0x7fe8a1797f800000, 0xff842e2e5cca4fb6
	.quad 0xa7420531e1f77d0d, 0x9d1d730c80000000
	.quad 0x0000000080800000, 0xbfd7082a7ca7c172
	.quad 0xe49af742ff9f7e7f, 0x4d7cf30c5c2c54fb
	.quad 0xdc2c96c6e6cb89e1, 0xca24d3a46cdfa276
	.quad 0x847dd94bdff7ec35, 0xb4ec9064cddfc99f
	.quad 0x00433498c0be6231, 0xedc498d93179be18
	.quad 0x2fb6f2f6dddb0076, 0x7ff8000000000000
	.quad 0x98934d2584af6050, 0xff9b634abd86fc4d
seed19:
	.quad 0x965bafb24d332461
	.quad 0x0000000000000254
	.quad 0x8000000000000000
	.quad 0x00000000019f810b
	.quad 0xcc95af01c78f755c
	.quad 0xb54fdd1be11747c2
	.quad 0x0000000000709214
	.quad 0x8000000000000000
	.quad 0x21bd4746643c9fc4
	.quad 0x1ef495d1038bff0a
	.quad 0x00000000000000ef
	.quad 0x98252290178b4067
	.quad 0x59e72d895ef9abd1
	.quad 0x93eb2b16e1793f3d
	.quad 0xffffffffffffff31
	.quad 0x0000000000000000
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x80025e148834853d, 0xff800000cf766e15
	.quad 0xe56bfdfdd1eb9fcf, 0xd501bfb3ef84a8c9
	.quad 0x43f1a02f04725b68, 0x807fffff7f800000
	.quad 0x0008000000000000, 0x8000000000000000
	.quad 0xbf70362689229158, 0x41e26b26ff800000
	.quad 0x9333ab1b7be7f99c, 0x78cc8e5f80000000
	.quad 0x4040000059800001, 0x7f998f277f800000
	.quad 0x001fffffffffffff, 0x314711ce5ee3fc00
	.quad 0xbfd8679800613dea, 0x007fffffff9da11e
	.quad 0x7f800000ffa80930, 0x800000005f7ffffe
	.quad 0x80003c46734eb2ee, 0x90a55215ee857235
	.quad 0x2074b8b9bfa37ba5, 0x4f0000007f800000
	.quad 0x564f0f764817bbe7, 0x5b52ae54bfbfd43e
	.quad 0x80db44b632997e00, 0x3acc873ecfd0fc00
	.quad 0x7fd0000000000000, 0x0000000000000000
	.quad 0xd28a2d8eb21afe00, 0xc05ddaa8372313c3
	.quad 0x3fa33e8d4ad339d4, 0xdb2e424e55047d9f
	.quad 0x9d1e6b4cdf7cbf9b, 0x31bcb2e846f7bef4
	.quad 0x4016c40d7f9e77a1, 0x3f00000000000000
	.quad 0x7f84d8f848a00000, 0x800000002421e616
	.quad 0x44f181e03c29c0bc, 0xbf80000048300000
	.quad 0xbc5a16dec7ffffff, 0x800fffffffffffff
	.quad 0x3fc6a39da760fcaa, 0xc0c800003e3dae7e
	.quad 0x7ff8000000000000, 0x97b524ed807fffff
	.quad 0x8d01448cffffffff, 0x43aa79f100000000
	.quad 0xbe7533dcffc00000, 0x00000000bffdcc58
	.quad 0xf99d3cca72c67f9b, 0x41e941327fb5712e
	.quad 0xf5bf296cffe7f1d0, 0x4340000000000000
	.quad 0x160e3e1707b58000, 0x40161b63833be076
	.quad 0x801ab3fd2871eb63, 0xecf7b264c4c0d1db
	.quad 0xe0947d5ceffbfffd, 0x7ff7dd1a620e2a7b
	.quad 0x20b4d6365a24e02b, 0x8c22747b38b7f674
seed20:
	.quad 0xb5d853804d210da8
	.quad 0xf9caf8947c1f8a9a
	.quad 0x49563ff00d169c16
	.quad 0x0000000100000000
	.quad 0x0000000000000024
	.quad 0x67521f1567e44673
	.quad 0xfffffffffffffc1e
	.quad 0xd9882ca4de268290
	.quad 0x66eb9f85d7b281cd
	.quad 0xb1c1a7a643f9ad49
	.quad 0x0000000000000001
	.quad 0xfffffffffffffff6
	.quad 0xffffffffffffff70
	.quad 0x1e20b6e47139b5e2
	.quad 0x00000000000002a9
	.quad 0x7ac475bd8183ccee
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xa96662004ff491d6, 0x294d91beddbfffff
	.quad 0xc07e89179fddc6de, 0xc0e4948ed25b4440
	.quad 0xf5c6e4d9ff800000, 0x9835115d7a36810e
	.quad 0x00b92121c0400000, 0xbbe6279cdd28dada
	.quad 0x98472406d76d5849, 0x7fe16a107fc00000
	.quad 0xbfbad03f7d6eca5e, 0x4103d00000000000
	.quad 0xbfa028f37e86cf8a, 0x804000007f84ab85
	.quad 0x3d8082fd00000000, 0x3e0000006bc7dd7f
	.quad 0xcd6f3b43c3e7cc25, 0xb1cf4b91f7cbed28
	.quad 0xf99399298042600b, 0xcf94f179f2e785e0
	.quad 0x8f7e668effdf78ff, 0x40523a0d2605500b
	.quad 0x5b9521ebffaff7d1, 0x8b848e0a5f77f3a6
	.quad 0x01300e5e0cd9f61b, 0x7ff8000000000000
	.quad 0xbdea4ffaf3750678, 0x2c73628b19a38000
	.quad 0x46bfefddffdffd7f, 0xc010000080000000
	.quad 0x80000000c2b166a4, 0xff000000e0000001
	.quad 0x01ae648848980313, 0x017fffff00000000
	.quad 0x2508662c8a7bfbfb, 0x41a1f9a040800000
	.quad 0xb7cfedb4f77fe7dd, 0xfeb5c9ed4815fd87
	.quad 0x3fb3436af6d507f5, 0xc2c7554b40e99bef
	.quad 0x001fffffffffffff, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xd4aebaeba5df7c00
	.quad 0x3d779c6da39be809, 0x8052ed64bbc3c991
	.quad 0x7ff0000000000000, 0x49d13b7ecccedcb5
	.quad 0x362f5d4d55a8fa4d, 0xbcd10db15b708919
	.quad 0xbe07a27541040000, 0x0124456f9c5ddc6a
	.quad 0x6d4bd38fefffbfbf, 0x1decff9c816934cd
	.quad 0x40316ceb7fc938ab, 0xeb8a57d1c3000000
	.quad 0x47000001416c0000, 0x5291cb1700224e9b
	.quad 0xf217c28200ffffff, 0x7fc00000bd000000
	.quad 0x7f9f468cc030623c, 0x41e03ace9917a4bc
	.quad 0x3f77348b9bde4f54, 0x2f85de6abfbfc9d3
seed21:
	.quad 0x00000000ffffffff
	.quad 0xaa2a6f90b7876a99
	.quad 0x45573778b65fc8f2
	.quad 0x0000000000000000
	.quad 0xfffa59870d76fd5e
	.quad 0xfffffffffffffd5c
	.quad 0x00009064a4072cc9
	.quad 0x6ae150ba56d494f7
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0xfffffe24f327ac60
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0x2afc8c4e3c5097bd
	.quad 0xc99b87bf760999a9
	.quad 0xffffffffffffffbc
	.quad 0x01800000
	.quad 0xd0000000
	.quad 0x42f61f3f00000000, 0xfff8000000000000
	.quad 0x4f7fffff807fffff, 0xffd560dad51e1447
	.quad 0xf6c254a3eb367ccf, 0xc04c28f957a170f7
	.quad 0xce4178529f2d7ad7, 0x152a9d38d77dfdbd
	.quad 0x9765bc56245b869a, 0x8bd65bf13aef8e5c
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x7f8000007fc00000, 0x7ff0000000000000
	.quad 0x7625549dc5cae8db, 0x49e0000038b28000
	.quad 0x7ff8000000000000, 0x3c0087927c8a2ce3
	.quad 0x055f5a10e27fb423, 0x0010000000000000
	.quad 0x3d0f1a1b57fdfebf, 0x000053584b178fe4
	.quad 0xfd7066133f30bab8, 0xfffee33ac591f82e
	.quad 0xea113a86fdf97fa1, 0xe4a4c54009c0f86d
	.quad 0x5815d4d7a2ec0517, 0xb9538ac2813ddbd1
	.quad 0x729a7bb8df8bbdcb, 0x7ff8000000000000
	.quad 0xb61ffe9793a30000, 0x7f38bf0dd9925afb
	.quad 0x5a93e6e1e79146c0, 0x5b542571f6019879
	.quad 0x3c13f373c5170000, 0xfff0000000000000
	.quad 0x2ccad4b825c4fc00, 0xfcbf8cef81a37c00
	.quad 0x5980000038a00000, 0xd039104e9ac4a3e7
	.quad 0xff79d6ba2e93d3ae, 0x72614bce8908580b
	.quad 0x35d3acb349f49756, 0x002dd89d804c2dfc
	.quad 0xbc194650ad12997d, 0x2517a476c6cbfe00
	.quad 0xc5bb79025419fe00, 0x0b840195161bd05f
	.quad 0x0249a7ae2d89dfda, 0x698c5d78791efc5d
	.quad 0x7f80000081000000, 0x58bfc21260191d12
	.quad 0x24cd97ee5fffffff, 0x8653cacf7fc00000
	.quad 0x802fffffffffffff, 0x6d1077c9feed4ef3
	.quad 0x8010000000000000, 0xfff8000000000000
	.quad 0x541f7b608a6ffe88, 0x5fe9844dc71cf640
	.quad 0x73e61a8c36f9df66, 0xb398137cffffffd7
	.quad 0xc041107dd2b8f61b, 0x3f130977be921f66
seed22:
	.quad 0xa9ac37744899a603
	.quad 0x0000001835c83225
	.quad 0xfffffffffffffc2a
	.quad 0x0000000000000010
	.quad 0x00000000000001a4
	.quad 0x100dba052f04bff6
	.quad 0xfdfec9c057b7f2cd
	.quad 0x7fffffffffffffff
	.quad 0x0d742ef38ec129d0
	.quad 0xfffffffff530f475
	.quad 0xffedce4fe3908ae9
	.quad 0xfffffffffffffca7
	.quad 0xffffffffffffff0c
	.quad 0x103bb2294e29cfac
	.quad 0xfb80cb339705055d
	.quad 0x955549fc87cecf2f
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0xc013000000000000, 0x027963ebccdd3b3b
	.quad 0x3b0ef16a98b42dbc, 0xc01dfcfe6abacc50
	.quad 0x401b4f277247bd62, 0x3f8000017cf0e0f9
	.quad 0x5388e9762ddc1804, 0x406697cbb5aa0ea3
	.quad 0x80059ee034b63697, 0x012e5dc974f19d16
	.quad 0xc0d00000ff85e28d, 0xa6ecdab7e3f3fffc
	.quad 0x4b0f3ff76da300ad, 0x6b477f1f67f85d2d
	.quad 0x0000000080000001, 0xbe800000407ffffe
	.quad 0xc0f80000710854d8, 0x1f8c84dec0f5d4b9
	.quad 0x6498436f8f9a60a2, 0x806927a5d91bfd61
	.quad 0x4000000000000000, 0xd5a10b603904fc00
	.quad 0x2c2a6db4fd448144, 0x8587dd7830c46864
	.quad 0x7f1e18d8055d2538, 0x3e32974c6ffacf20
	.quad 0x80000001eba25c93, 0x3f4192aa007fffff
	.quad 0xffd4e181cf1e69ce, 0x7ff0000000000000
	.quad 0x6fe224cd76ac0ce2, 0xc278986dc0eed897
	.quad 0x3a8b3ba41666d752, 0xf9e6c91ec1f7fc00
	.quad 0xb6e0000041040000, 0x3eb6000000000000
	.quad 0x768a1bb404d87c00, 0xd670f139ef5c5abf
	.quad 0x80033d6393aebd2f, 0x80324f22c2f32c7d
	.quad 0x0000000040200000, 0x407f000000000000
	.quad 0x19a1e714eb2d2864, 0x005b8803c19a025b
	.quad 0x40bc000000000000, 0xbf475617ed1ef5ed
	.quad 0x06c4fb09df7ebceb, 0xfff31e870e7ec5c4
	.quad 0x7effffffda4757ee, 0xf3704aa9ffb6b402
	.quad 0x405f37de71dd15f3, 0xff800000425a5a7b
	.quad 0x416d3981462c8000, 0x972567e1eca305f3
	.quad 0x003f609a0e358826, 0xc039917c7f800000
	.quad 0xc01b39517fb2ae9c, 0x83c2d1a57caa54ab
	.quad 0xbc2843950e0f1f60, 0x3dea1b6667d96600
	.quad 0x8000000000000000, 0x8864acfae87a7ab8
	.quad 0xc02555e44cf6313a, 0xff85a81e0c1d2c0a
seed23:
	.quad 0x0000000001000001
	.quad 0xe3b595b317b7b831
	.quad 0x0020000000000001
	.quad 0xfffe9cf789645fd6
	.quad 0xffffffffffff0689
	.quad 0xaf44151810444022
	.quad 0x0020000000000001
	.quad 0x1f1a6527c91cd575
	.quad 0xd651e7ce4f0eb22e
	.quad 0x00000000181ce838
	.quad 0x0000000080000000
	.quad 0xffffffffffffff4e
	.quad 0xffffc56469059100
	.quad 0xffffffffffffff92
	.quad 0x268d7d7291d347f5
	.quad 0x000005d7fac251c0
	.quad 0x01000000
	.quad 0x90000000
	.quad 0x0000000000000000, 0xbc90d5ac7fa36b3b
	.quad 0x8fc6f8765b1f3bb3, 0x007fffff4f0666d5
	.quad 0x7fbfa9dcc34d4894, 0xc0c80000df7fffff
	.quad 0x828a86a99d0642b6, 0x604e3315ed3d517a
	.quad 0x4381865e3ffb77ec, 0xfea5b1ec00259993
	.quad 0x5da10ec37ffeaffe, 0x0000000000000000
	.quad 0xbfe46fc65de3ba14, 0x958e99f1cfef8ded
	.quad 0xbc59300480000000, 0x002a1b3af45d78af
	.quad 0x010f5d1fffc00000, 0xffb0c22a3e8c0000
	.quad 0x7fce8063f03e0e1e, 0x80fda6f1b1427c00
	.quad 0xfeffffffffa87262, 0xa2eb249d7ab3f7ff
	.quad 0xc03698a310ea689f, 0xd490e8703e628000
	.quad 0x8000000000000000, 0xc0b16ba6c0000000
	.quad 0x8000000000000001, 0x9354d304c35c9a84
	.quad 0x68ea8d587fe683ec, 0xbbe36e6344900000
	.quad 0xfd7acd52741b2d97, 0xd966f150c4bcfc00
	.quad 0x8007c0f3da148f81, 0x7ff8000000000000
	.quad 0x0125c70bffc6f058, 0x414ff44259f88d21
	.quad 0x0577100400000000, 0x0000000000000000
	.quad 0x463a1b3ef7aed7bf, 0x4483e32358c9c110
	.quad 0x5980000022db16a6, 0x3857000044d40000
	.quad 0xffbfa7587fe324f4, 0xf2aed4b3a126bc00
	.quad 0x7f6ccc1940000000, 0x1d41dc0f7fa63385
	.quad 0x00050426cb2e1267, 0x7ff8000000000000
	.quad 0xffef0d13201345a0, 0x45a5f6adb514a395
	.quad 0xbf4b2c6b3791a4a5, 0x00e3b74cc16c720c
	.quad 0x7ffb6c16cc501ea6, 0x804888133f0cc4a7
	.quad 0x9297b8c7b898ae84, 0x3ffb3f02e4684c93
	.quad 0x0000000000000000, 0x1e00089affe47c00
	.quad 0xc10a0000bf30e8a6, 0xc63d8fffbffc26c2
	.quad 0x6ff53c16ae798349, 0x7effffff3cbe9f4e
	.quad 0xfff5f7f435440175, 0xb951809efca74178
seed24:
	.quad 0x0000000000000146
	.quad 0xffffffffffffb39d
	.quad 0x000000000000015c
	.quad 0xd07a752a61204b7b
	.quad 0x93b454868fde1c18
	.quad 0xfffffffffffffe8f
	.quad 0x7fffffffffffffff
	.quad 0x00000000000003ce
	.quad 0xffffffffffffffff
	.quad 0xff9fbeb8a9533a02
	.quad 0xfffffffffffe3a41
	.quad 0xfffffffffff648c6
	.quad 0x000000000000031c
	.quad 0x000000000000002c
	.quad 0xffffffffffffff9f
	.quad 0xec2c3fa1f2e8e588
	.quad 0x02800000
	.quad 0xb0000000
	.quad 0xff7fffffc3e274c7, 0xe67a46abaf7d4100
	.quad 0x3da78b01ffde6449, 0x09042e6e7bdfa537
	.quad 0x7e9fd31a31239ff3, 0xfe800000709997d6
	.quad 0xa476951eddc47d07, 0xbfcbe618a3a878bb
	.quad 0x73746c975424ecf9, 0xcd45cb5cff6f7ecf
	.quad 0xbd4dafabd5da2150, 0x5f923e3f79f39b8d
	.quad 0x6ceb5c43610d156a, 0x57d12351b0bdf7a4
	.quad 0x3fa10042af2080da, 0xc021706d3ba2de80
	.quad 0xc30cde63fc6cb765, 0xc1e0000000000000
	.quad 0x109b2eb649a3e5b4, 0xe5ce0630d5b99caa
	.quad 0x5759bbb6c7da11c2, 0xbfe8000000000000
	.quad 0xd58aefdda7b0f800, 0xff8ae8bec76a0000
	.quad 0xfff0000000000000, 0xbf30a920ffe6ad5f
	.quad 0x7fab68ba7fa13f1e, 0xffefffffffffffff
	.quad 0xbc132f5f3974fbff, 0x4016000000000000
	.quad 0xfe2f5609578c0172, 0x1c21cec4feffffff
	.quad 0x143d6fff72e33e4b, 0x4f2bf1a640b28000
	.quad 0x3ff4000000000000, 0xcd9758e8ab82aa93
	.quad 0xc0a6000000000000, 0x01a2618f171a4199
	.quad 0x7ff195799960282a, 0x003ec2c0ffc00000
	.quad 0x400b000000000000, 0x30c4196afff6adcf
	.quad 0x7ff8000000000000, 0x3f4655f7272bb280
	.quad 0x40ae000000000000, 0xe6b810aa65179315
	.quad 0x209af2a177267d82, 0x0e1f55b69df513df
	.quad 0x61a96ec47a007c6b, 0xfff0000000000000
	.quad 0x02884225dbfdfc15, 0x1fb5ce3b7eda7e00
	.quad 0x416d3385f9fa78c5, 0x85d5b4bbaf794480
	.quad 0xf91a131041180000, 0x07a8ddceff0b88ba
	.quad 0x7f80000040e00000, 0xe02a77ad0034f426
	.quad 0xbf800001bcb53029, 0xe644227d9f696048
	.quad 0x7fac127b7e800000, 0x8089d07621477e00
	.quad 0xeb492ce4c24c0000, 0x7f89500d3d632a9b
seed25:
	.quad 0x00000000ffffffff
	.quad 0xe5b08a0a7ff9cb9f
	.quad 0x0423040bb94bb79f
	.quad 0x00000008ba9a593c
	.quad 0x000000000000002d
	.quad 0x000496f754e7d6a8
	.quad 0xe64d23d2d57226dd
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000335
	.quad 0xfffffffffff2fda7
	.quad 0xd7eb9f4ad9335471
	.quad 0x00000000ffffffff
	.quad 0x0ae3c0fc54181125
	.quad 0x0000000149b0222a
	.quad 0xccc9252b0b663bc8
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x8000000000000000, 0xba8a1c2cbbff6f9d
	.quad 0x7ff713087b1ca41e, 0xe32dc550ffafde6f
	.quad 0x800be03129462fab, 0x6b9fb3d24e0f5fb4
	.quad 0x8ef4efdd3a628306, 0xc25b0075bcf60c14
	.quad 0x3f72c813b5da1bcf, 0xfffa4dfea50ae028
	.quad 0x736b3e3751e37c00, 0xbd257018656467fa
	.quad 0x4b58c5b357cededb, 0x40c0000000000001
	.quad 0x769a9748c1400000, 0x3fd2b3fff5155c74
	.quad 0xff800000804969b5, 0x0000000000000000
	.quad 0xc13200c6413a1691, 0x684825e3e7ebfbfe
	.quad 0xbe43d87140b40000, 0x7ec4d12db147ea40
	.quad 0x72627d6de8bc0000, 0x0000000000000000
	.quad 0x0ba4a63b0d388367, 0x53d4cd1bae6c37f7
	.quad 0xbe2335ee004050aa, 0xfff1abc0e2b9cab9
	.quad 0x0d1c9be3c7ffffff, 0x9fa6a762dffffffe
	.quad 0xd5d6f7fdbce7fc00, 0x80000000013a8193
	.quad 0x404e738c40a74502, 0xc0f080b482ff24ee
	.quad 0x00000000402dab1d, 0xb97282ad4c09a248
	.quad 0x0000000099b3df26, 0x004aa23080000000
	.quad 0x5d84cb6fff4ac180, 0x6a7fbb1f1d339f33
	.quad 0x280ce32bc90085c0, 0x403b025613f12630
	.quad 0x5ff39c287fffcfbe, 0x4024000000000000
	.quad 0x4b4244dffde77ed9, 0x6b59780594a9ec95
	.quad 0x00de2a810038caa0, 0x8020000000000000
	.quad 0xa9b696b77ffbc3fe, 0x678c3e1a2f63f799
	.quad 0x7f800000422aa12f, 0x3cbb8000c3209b13
	.quad 0x8000d8b7b3619d60, 0x540fe56764f58182
	.quad 0xbf7e2e3e1a0135fc, 0xedba2eb2a129a5b2
	.quad 0x12c877afff98c8a0, 0x298095868db7efb8
	.quad 0x3f8043a6f5ffffbd, 0xd7e3223fff5dfd0f
	.quad 0xfdd624ccb9cc5574, 0xe161019e8394feb1
	.quad 0xbf938b7deedd9f39, 0x00166d2ac8600000
seed26:
	.quad 0x32d6294a00db43b9
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd2e
	.quad 0x0000000000000093
	.quad 0xfff2fcaa6441f1fd
	.quad 0x28891a3a07c4be7a
	.quad 0x0006e58d8e9182b5
	.quad 0x00000000045bbce1
	.quad 0xc2e4371ed0a7f0f1
	.quad 0xadeb8006ce165c45
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffcae
	.quad 0xf364a8f5219dd010
	.quad 0x0000000000001dd5
	.quad 0x00000000e494dfac
	.quad 0xccb8f38c497fa4a1
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0xe992408029557801, 0xc1fffffffffffffe
	.quad 0x40c00000d9a7484f, 0xfff0000000000000
	.quad 0x80ffffff00000000, 0x270d2c3bd2c620fb
	.quad 0xffde4bad27263a58, 0x0000000000000000
	.quad 0x7f83201c93db25cf, 0xffeb2ad4007f9c37
	.quad 0xc0c9d8429de07856, 0x80000000404b755f
	.quad 0x000af9ff7e686cbb, 0x800e4819b1caf504
	.quad 0xe7dd7232eab97c82, 0x01558fea0e6fbee4
	.quad 0xfff7319fc3a484bb, 0xfed660c1c07fffff
	.quad 0x3d9dfa8c3e9a7eea, 0xe82dd4efbf969c80
	.quad 0x49c80000805c22da, 0x1b38cd8c3ccb0000
	.quad 0x7f089d6f53d6db5b, 0x43effffffffffffe
	.quad 0x400aa42440400000, 0x405ceed70d21fafe
	.quad 0x7f85406c3bad1dc2, 0x6345414dbbffddfb
	.quad 0x22f97f2369fffffe, 0x4119e8088df78dff
	.quad 0x8cd5b11133208028, 0xc34000003c999b77
	.quad 0x01000000b6b29713, 0x420bd9559608c228
	.quad 0x801fffffffffffff, 0xbfc1a618e52e82a7
	.quad 0x403454f8928f3a0a, 0x3fc25ba177d9d11b
	.quad 0x800fffffffffffff, 0xfff552380d7de715
	.quad 0xca90921ec7bb721b, 0xfb6875fe80000000
	.quad 0x5a4fee4035b07aa3, 0x47954698f23efdb8
	.quad 0x8a8d88f67fdf0000, 0x9dfd886c6d735a30
	.quad 0xbfae5020f3b5da27, 0x3f6e05a700000000
	.quad 0xc0dc2a38de616b3e, 0x7f8000008029d792
	.quad 0x0ab062935f5a89ca, 0xc120000037020000
	.quad 0xc982d5d6af3f7db2, 0x03a98ef0a262f7ea
	.quad 0xfff6300bf5f51c0e, 0x578e1244d7ffdbff
	.quad 0x1aabde3cdf53558f, 0x509a28b14fb17e00
	.quad 0x0000000000000000, 0x4366ff130a0d9281
	.quad 0xc04951321025a4aa, 0x41078387017fffff
	.quad 0xbfcb800000000000, 0x3fa6dc51300487f6
seed27:
	.quad 0x000000c6ec7a9d90
	.quad 0xfffffffffffffdb0
	.quad 0x976eac3ab1937b6b
	.quad 0x15938bff9580c6fc
	.quad 0x9033ba9a5d364684
	.quad 0x1cd61545b8af935e
	.quad 0xffffffffffffff1d
	.quad 0xf19145abe4d327c2
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffec7
	.quad 0xfff5bd25a7aa3d19
	.quad 0x0000000000000372
	.quad 0x000019090d629913
	.quad 0x979439f65fbc0517
	.quad 0xe1522547c4cf4297
	.quad 0x09a5b235eb054f23
	.quad 0x01000000
	.quad 0x40000000
	.quad 0xf89eb69a8050a1ef, 0x80454e069974a7ec
	.quad 0x3f16000000000000, 0xcb5b64b07d69c910
	.quad 0xd7ce1368f5bdffbf, 0xffb538298035f18a
	.quad 0x7f80000059800000, 0x13320c83757e7cbd
	.quad 0x80000000ba000000, 0x7335cb808ef9d045
	.quad 0x3dc0f65b674818cf, 0xb266ed6f6a5e7cbf
	.quad 0x1a2359fcfb3f3a0c, 0xfdfae333ff800000
	.quad 0x7f996ca47f800000, 0x6bc65b48cafa1151
	.quad 0x3ff0d4afda295a5e, 0x3e9fe9e984bffe00
	.quad 0x3e6726a600000000, 0xfa6255d9c46d33a7
	.quad 0x387d4a74d8f95354, 0x6a5d89ce95307f45
	.quad 0x2588f3ff5fffffff, 0x192ec7cc81374e00
	.quad 0x8009d20bbf3c2fc3, 0xbc2b277240e00000
	.quad 0x1736a417bd1d57c6, 0x800d44e1e4cd7b14
	.quad 0x3f380000cafffffe, 0x7e7268245d9fc1ba
	.quad 0x3da749cdc0000000, 0xbf890daf0df810e9
	.quad 0x836a3c0a924edccb, 0x2e497af1bf57ffa7
	.quad 0xabede5c008f5ccbb, 0x4025781d0d78219f
	.quad 0x42fdc02a67e41e0f, 0x8d5491c8bf3dfdf8
	.quad 0xbd088f4a9e037c00, 0x38780000c0477610
	.quad 0x9ce064e57ffd4e00, 0xf217da345f28a507
	.quad 0x41140000bcfd67d5, 0x1161208a3de00000
	.quad 0xc00b4b334f5bb183, 0xc0b4000021d30d9d
	.quad 0x8000000000000000, 0xfd95f23d42683218
	.quad 0x7f80000042f770bc, 0xc5bcb525938c2289
	.quad 0x66cda310a8160000, 0x8d658944bf56aef6
	.quad 0x5f0deacc1c102279, 0xa446ba53fd265c08
	.quad 0xd4965a375b31e1c8, 0x5031129cd9d1c000
	.quad 0x92bae64477b5fcc7, 0x97c149b25ffffffe
	.quad 0x8008c1075aed4fa5, 0x914fa166bf7efe94
	.quad 0x5b69da1f3f17fc00, 0x403f50233c3d54f1
	.quad 0xeb99ac169f75a732, 0x401a800000000000
seed28:
	.quad 0x00000000000003c6
	.quad 0xdaae09c2426fa6ba
	.quad 0x1d5673d59db5fded
	.quad 0xffffffff80000000
	.quad 0x8bcd69da31eb675a
	.quad 0xffffffff80000000
	.quad 0xbb69a7b512c1a208
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffee1
	.quad 0x000000000000029b
	.quad 0x4d0b2e7fffb79778
	.quad 0xfffffffffffffed6
	.quad 0x00000000329ca902
	.quad 0xa8c03588e1951cea
	.quad 0xda63b86c9eac443a
	.quad 0x00000000000000b8
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0x1535a724df7a7bff, 0x80000000dc238ebd
	.quad 0xc01a000000000000, 0xb7b3084d922550c3
	.quad 0x1978615a239b0000, 0xa12e41425d668000
	.quad 0x529868f311d7fc00, 0x0000000000000000
	.quad 0xc3162261413eb544, 0x7ff3edaa5247e692
	.quad 0x274f291c531edcdf, 0x62f3234bfe045484
	.quad 0x00000001bff40000, 0x5be6b8407d7d7433
	.quad 0x0b334e31ffc00000, 0x934ed6da7f800000
	.quad 0xbf8000003fd8a76e, 0x5fc6ff7ebbaf8b50
	.quad 0xfdfb107ddeb72263, 0x000bd8f68e002d3b
	.quad 0x829f7f259ae4ed4c, 0xfa796dfd02af64b3
	.quad 0x7f86c5052d016bb4, 0x4019000000000000
	.quad 0x15a45e0777234f1f, 0xfe4ebe20d9392f06
	.quad 0x3fe0000000000000, 0xfcfeefa059feffdf
	.quad 0xc1b7bab500000000, 0xbe7f8025bfaaf0f1
	.quad 0x5643a4b4ed263f80, 0x7fc000006c53abfd
	.quad 0x6b0428b0ffcad63a, 0x8507f1bfbbe7ff7f
	.quad 0x18f55c3876d97cba, 0x21ae9664d946504a
	.quad 0x7f39d0f2cd3fefff, 0x0eec1f5b0111b775
	.quad 0x8000000003fbfda9, 0x40d00000ff0dbcc5
	.quad 0x40fffffffffffffe, 0x4af062647bf5e98b
	.quad 0x7ff786e028934cae, 0xf54acc26fcda41fd
	.quad 0xc0b81e56539ae984, 0xc3f0eca7a7a2eda9
	.quad 0x68bee000694bfd18, 0x00000000fd27de2f
	.quad 0x002d81dca5f9640e, 0x07732f56c0724880
	.quad 0x9bfeb3d43b574167, 0x7dc58c5df037e20a
	.quad 0x80209638b495bf35, 0xfd336f1f80000000
	.quad 0xed55438cbfffffff, 0xbccdb2d97fcdfe25
	.quad 0xfd92ada8fac147b0, 0x7538c635e4b1b211
	.quad 0x7ff8b8ad9ded8777, 0x41b40000ffc58446
	.quad 0x770f477803ab6e69, 0xff00000080400000
	.quad 0x0fe4f450cd3760f5, 0x4029c9a6661674b1
seed29:
	.quad 0xffffffffff5bc431
	.quad 0xffffffffec0c5619
	.quad 0xffffffffe9a32e9f
	.quad 0xcc837ce3ed64e6b9
	.quad 0x0000000000075e79
	.quad 0x0000000000000001
	.quad 0x00000000000001e7
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe0a
	.quad 0xffffffffffecd0dd
	.quad 0x99888ea4b3eb30a0
	.quad 0x763d0d9612e2cb5a
	.quad 0x0000000000000263
	.quad 0xfffffffffffffd34
	.quad 0xfffffffc604c77de
	.quad 0x03000000
	.quad 0x70000000
	.quad 0x76d966d1608b6ad5, 0xc04285bada4a65d3
	.quad 0x914b539e8aa4fe00, 0x801042a273554966
	.quad 0xcc110e64cffffdfe, 0xfb6c5c695bf6b7f6
	.quad 0xbabc43b06353004c, 0x80000000c0c80000
	.quad 0x7fb39c087fc44e0f, 0xcd8ab6b5bfdc6a25
	.quad 0xbcf8000014bfec08, 0xb488d4a1f205fc00
	.quad 0x51b1dfc838c9b980, 0xc0ac55ae00000000
	.quad 0x18071853a8ffffff, 0x0000000000000000
	.quad 0x3f28000000000000, 0x59db3e9d8bb1e16b
	.quad 0xa028ed9f5711c560, 0xc066be0a0c94d91e
	.quad 0x53232d2b39e34782, 0x37a9b3b4ebe7f9a3
	.quad 0x67262846615ab1cb, 0x805333617f90e60d
	.quad 0x48819f69cbca7b0a, 0x095f96f17fd8fdb3
	.quad 0xcfd98f0f7fcbb708, 0x03e2a3d1841300da
	.quad 0xbe6211427adde59f, 0x3fdf8a28cb4be041
	.quad 0x7fc20335438dcb8a, 0xb7388769b897fede
	.quad 0x004000007fc00000, 0xc023800000000000
	.quad 0xc77fffff80000000, 0xaf4d1abc94984508
	.quad 0x8000000000000000, 0x3809caabcbc8b65b
	.quad 0xfeffffff0671f02a, 0xff8000000007cb3b
	.quad 0x2310c96a737fff5b, 0xfffed85420423787
	.quad 0x64ac02b4b424109e, 0x9484c0b19802f43b
	.quad 0xd666fdd1844b0a76, 0x808ce188df800001
	.quad 0xf7513dc72f4a0000, 0xc1e27bea50e557ab
	.quad 0xffc00000787fba68, 0x3761d9d4d18ffffb
	.quad 0x8100000049020000, 0x7ff0000000000000
	.quad 0x7ece2227810f411e, 0x4022c00000000000
	.quad 0x4088000056555f27, 0x7fdd7518e2c5d927
	.quad 0xbe7425b94063bdbc, 0xf68235b7dad1cfc0
	.quad 0x3fa035386a2178a7, 0xd6d241ea996ff3ff
	.quad 0x7ffcacfaee71269b, 0x000b9917740064e2
	.quad 0xbff0000000000000, 0x8000000000000001
seed30:
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffc86
	.quad 0xfe873fd640ad68cd
	.quad 0x00000000000003a1
	.quad 0xfffffffffffffbfa
	.quad 0xf7a93f3ea90a9c22
	.quad 0x0ce8fc70f7bd47ef
	.quad 0x00000004bcaa924a
	.quad 0xd861389849665743
	.quad 0x8000000000000000
	.quad 0xd0b4fb209a41aa87
	.quad 0xffffffffdd6bf803
	.quad 0x00000023dfbc9829
	.quad 0xfff985dd72efe239
	.quad 0x0000000000000004
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xaacbf36a61a37e00, 0xf5adfee2daffffff
	.quad 0x197748ed88d90000, 0xbe8f6734bd4a75a0
	.quad 0xbfee97a84eced545, 0xbf8000007f800000
	.quad 0x511ccefa5dedc39d, 0xbc480156ffb09777
	.quad 0xbfbdf42afc497651, 0x0490a874e77dd4fe
	.quad 0x2b3d153c83033f04, 0x3b6906a77fce6300
	.quad 0x93360ab7bebfdb3a, 0xb89f1c7020d267ff
	.quad 0xbf9c37c526c26a86, 0xfeffffff09113ec6
	.quad 0x0026d1d2f93ff15d, 0xb1d4069d7d5f2bba
	.quad 0x55715df7e2a5f8be, 0x7ffc4dc40d02e81a
	.quad 0x807d43be3bb39bdf, 0x9c74b8b2d7fff043
	.quad 0x4000000000000000, 0xbfa8000000000000
	.quad 0xba731eb0d31d7b8e, 0xb5fe7ffbdf677e00
	.quad 0x8332ea0225e5e70a, 0x51e17a217df46f5f
	.quad 0xc24a746dff800000, 0xfe72f2509a739384
	.quad 0x8000000000000000, 0xc19ffffffffffffe
	.quad 0xc264aeebfffbf977, 0xf8511b2facfc0000
	.quad 0x1f50bd0bbfffffff, 0x05791a66a08e7c00
	.quad 0xae478bf01d97dc6a, 0x90c46f4900000000
	.quad 0xf30ed3441e54d2a1, 0xff80000080000000
	.quad 0xc0e693555c0f7503, 0x03654d73fcc59713
	.quad 0x1d264e03d311c60a, 0x8000000000000000
	.quad 0x5b07eb072c3d3fba, 0x7f55f39411b85166
	.quad 0x3f38000042f9de4e, 0xc017a19df913e886
	.quad 0x7472bea5fff9f4ff, 0x8419584fdf890a55
	.quad 0x0fef3d9bacdbbf35, 0xffa85b838facff1c
	.quad 0x7ff304efdeb3c916, 0x40a800007f800000
	.quad 0x20631d2e9f96397e, 0x7ff8000000000000
	.quad 0xbe89e25b80000000, 0xa6597df4e6d0b9db
	.quad 0x9dac8ac33c951ee6, 0x0079aacb415be58e
	.quad 0x3f4b000000000000, 0xdee0ca7fbea58000
	.quad 0x7f147c4bbaa40000, 0x450b1e2193360241
seed31:
	.quad 0x0000000000000004
	.quad 0x0000000000000001
	.quad 0xfffe5149e8bace4c
	.quad 0xb6b13203b7b96be6
	.quad 0x41ba197961c24a81
	.quad 0xfd55fdd73db1a1ee
	.quad 0x032fb0ef2ea75b94
	.quad 0x0000000000000370
	.quad 0x68cef8257b974122
	.quad 0xfffffffffffffe3b
	.quad 0x02a426063dff7ef6
	.quad 0xfffffa1cdca57ef9
	.quad 0x0000000000000673
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000304
	.quad 0x02000000
	.quad 0x30000000
	.quad 0x224819a7dd5220bd, 0x27b072d6b1722cc5
	.quad 0x3fbb64c0f39f5845, 0xe9721eb8f800c14f
	.quad 0xbfbd3e077f9d7c3e, 0x017fffff7f7fffff
	.quad 0x7f8c2a995a7fffff, 0x7fc3b663ff8e1fb4
	.quad 0xebc54885d956bedc, 0x7ff8000000000000
	.quad 0xbf7b9b07b25111d8, 0x4330000000000001
	.quad 0x619b4603082f394b, 0x006970a99a92da3d
	.quad 0x8000000009a878c1, 0xc3f754fd4cbc8280
	.quad 0x9cec709cffeb7bdf, 0x806d311c00c1d33a
	.quad 0xffc00000feae7422, 0xfff4b4cbee0323d3
	.quad 0x9a6c7fef56fac8a0, 0xfc2448204f800001
	.quad 0x68ea918aeab6b1f3, 0xc553f658bfaf7fb9
	.quad 0x97a9de2bbc260000, 0x3fb0dd1a94d20e8d
	.quad 0xf0f1e565f6cb418f, 0xc03000000054035b
	.quad 0xff800000408895bb, 0x4f8000007fa50489
	.quad 0xbc21fe664a7cf8c7, 0x3f3e000000000000
	.quad 0x003a247ee3d9ef4f, 0xdfbf4a17b6200000
	.quad 0x3243d3f5feccf801, 0xb83ef6d3ff977fd5
	.quad 0x0ff23ffffff5fbb6, 0xbf9849da00000000
	.quad 0x0207654767247018, 0x6c847d24feb96d51
	.quad 0x7ff1d2d86d90c1df, 0x42a8e819ffe4aa5a
	.quad 0x4010000000000000, 0x789f1a76fbf04984
	.quad 0xbf83f5c09ba44da8, 0x8053715abdb6e850
	.quad 0xdf75cf3d3f8a3d98, 0xbfb692c7d5702c3b
	.quad 0xfef8d97f1d15f32a, 0x8008000000000000
	.quad 0xd99bf22980477c71, 0x3e274fba8a96bf07
	.quad 0x80054bc623d38928, 0x430185d7e1befaed
	.quad 0x0000000000000000, 0x751bbf5a78380c3a
	.quad 0xec2bc4727bae2f30, 0xfff8de6094ad2665
	.quad 0x0000000000000000, 0x7fa6fcf877a24746
	.quad 0xeebd698dfffebdfa, 0x4257a4f17fc00000
	.quad 0x8010000000000000, 0x8002a39dbc1fa8fb
seed32:
	.quad 0x34de13fc46ba0379
	.quad 0xacc4c0a106c772ff
	.quad 0xe4c728c55ad0ece6
	.quad 0xffffffffffffffff
	.quad 0xffffaf1f6491b37a
	.quad 0xfffff0e1a60b64a3
	.quad 0x40b8e2a228de4ebd
	.quad 0xffffffffffffffff
	.quad 0x0000000000000e88
	.quad 0x0000000100000000
	.quad 0xe617113980174d5d
	.quad 0x7fffffffffffffff
	.quad 0x75c2e1caa529ae1c
	.quad 0xffffffffffffffe3
	.quad 0xd656abb783be32ec
	.quad 0xffde634f96dcf722
	.quad 0x06400000
	.quad 0x10000000
	.quad 0xeb0fae237db7cffe, 0x7b11bcee4ab2032d
	.quad 0x0000000000000000, 0x38a3a500fffbeef9
	.quad 0xbc1a2cb4f2a0834b, 0xff8bd9d559fffffe
	.quad 0xb52e3c51ff27f6d1, 0xc3e7857adbd3cd0b
	.quad 0x7fe5c05880000000, 0xffe0000000000000
	.quad 0x9d5ca11f00000000, 0x8000000000000000
	.quad 0x415366353c1c4f07, 0x3ff163a0a3e0c077
	.quad 0x750273acd5b77fff, 0xfd9a34b853e7fefc
	.quad 0x4ba2f7115f84dce7, 0x243f276dfee5dfda
	.quad 0xbfc6e9e9c3400000, 0x3f04000000000000
	.quad 0xbb8f5cd07f800000, 0xc63f339cb317fc00
	.quad 0x96700a2943b35474, 0xf8d8f2a780000000
	.quad 0xbfd0000000000000, 0x0be4592e00732466
	.quad 0xb6800000f0d3ccf5, 0x7fe3473400000000
	.quad 0x3f353a436e518676, 0x6a918bcbd529b4aa
	.quad 0x7f8000000b53fba1, 0x7ff1b3ce6f29847d
	.quad 0xff800000ff000000, 0x7f80000000000001
	.quad 0x965d29ccc3e8366c, 0xf1419118c17f1ee7
	.quad 0x002fffffffffffff, 0x4b7d6f1d41b8b714
	.quad 0xb91f0e7bff76eb85, 0x3f4804d978620e78
	.quad 0x26a20035bdfcd3eb, 0x00400000ffe5aaeb
	.quad 0xfff54c73ce53468c, 0xffe0000000000000
	.quad 0x8cf1a2a238fbf91a, 0xd8efc0466011434c
	.quad 0xbf83ec6b662f686e, 0xff9c3352bc5f1acf
	.quad 0xfeffffffffc00000, 0xfff2e319b2290f6c
	.quad 0xfef5467ee1c176aa, 0xc511ab2ebd601c2c
	.quad 0xc3b0b8455f083c3b, 0x41a53bd27f800000
	.quad 0x484d0000c7000001, 0xb953a696bda10eb8
	.quad 0x3fbd36774c50ebdb, 0x1199a0148ede8159
	.quad 0x7fc00000fb8b9984, 0x601526e8ffb4173f
	.quad 0x48963faa0e8b665b, 0x7bd10744c7d7c3ff
	.quad 0x423b110d3328e640, 0x3fd0000000000000
seed33:
	.quad 0x00000000000001ee
	.quad 0xfffffffffffffdc2
	.quad 0xadbb92f6f4a92973
	.quad 0xf0750f07e8688784
	.quad 0x49fa07689866ad56
	.quad 0xfffffffffffffefc
	.quad 0x0326ed012edbee9c
	.quad 0x0000000160fc7ad3
	.quad 0x0002fc0fabb9e490
	.quad 0xff6d9e9b5a2a7fbc
	.quad 0x00000000ffffffff
	.quad 0x87b9643404483eed
	.quad 0x76ab17c977ae7bf4
	.quad 0x8000000000000000
	.quad 0x0000000000000000
	.quad 0x000000d3ac84d868
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xb2b303f0cf44f603, 0x7f2732d429d4fd12
	.quad 0x9def121880637371, 0x8000000000000001
	.quad 0x0257f360c10c0000, 0xa011393545fcfd7b
	.quad 0xbfa04ceb041c9726, 0x81964a8e004748a8
	.quad 0x7f1933c294772fed, 0x7f80000052234d31
	.quad 0x7f5ca8885d5f41f7, 0xb16f61a9967efff9
	.quad 0xff800000df800001, 0x3fdff3dffcf6165b
	.quad 0x36a681f20da57400, 0xc09c000080000000
	.quad 0x7ff0000000000000, 0x30c7c1cadfe4dd4f
	.quad 0x001fffffffffffff, 0x156263fcff93c394
	.quad 0x20a74d22b1af5c34, 0x7f80000080094593
	.quad 0x936dbceb97719054, 0x009fdbefe6a65587
	.quad 0x96b8a424f069f9f7, 0xbd574a8e40800000
	.quad 0xfff0000000000000, 0xc04692b0fed714d4
	.quad 0x17666edaff656df3, 0x3e201c59cf859d9a
	.quad 0x39600000bdfc35a0, 0xffc08f137f2c7b69
	.quad 0xf18bf41a0c9e1e12, 0x7ff8cb35fd69c49e
	.quad 0x3d4ce057d4776397, 0x94043955ff800000
	.quad 0xc2522419dffffffe, 0x75eb6327ffb1c784
	.quad 0xc31d7ff443a95562, 0x40f0000000000000
	.quad 0x4bd217b60df29e0a, 0xc1c07a597fc00000
	.quad 0x357ce5c6c9147e00, 0x3b972e26fa7ffffe
	.quad 0x9bf7691c629bd88c, 0x5b8cd57769c57b10
	.quad 0xbaacab6cab8dff76, 0x26dd4345ffffffdf
	.quad 0x7ff0000000000000, 0xff80000019f20c4c
	.quad 0x8080000080000000, 0x6cd0dfabc0880000
	.quad 0x40033fe6c7e6ad2e, 0xd143b4f0e562ffff
	.quad 0x1ce840fe40580000, 0x000980a600000000
	.quad 0x4fb67f31476c0000, 0x7a359f5b7faf85c9
	.quad 0xbbbeaae480000000, 0x00232e9819beb93b
	.quad 0x8000000000000000, 0x8008cb87f0043707
	.quad 0x9d364a63d2d879fc, 0x8005e33f713fcc69
seed34:
	.quad 0xfffffffffffff9bc
	.quad 0xfffffffffffffd26
	.quad 0xffb8e047461fbdb7
	.quad 0xfffffffff01431d1
	.quad 0xc6ec55bdc8e5cecf
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x000000000024acbf
	.quad 0x0000000000000030
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffde7b9
	.quad 0xffffffffffffff14
	.quad 0x24ce8f2a86f7c390
	.quad 0xfffffffffffffe0c
	.quad 0x00001387a4928e2f
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x7ff5b77b85e14ce7, 0xc0750b323e024ff8
	.quad 0xef935918d7d7f54e, 0xd405f92d3130b163
	.quad 0x4076555b45e94466, 0x1dadc7a6462e0000
	.quad 0xfbcc0adabed8991e, 0xbfffffff5d64477b
	.quad 0xc000000080000000, 0xb6b3990f02e8fc8e
	.quad 0x3980000000400000, 0x0289da6dd3ec7078
	.quad 0x29d56d2e5b544335, 0xf0325ade6d810e02
	.quad 0xc00fffffffffffff, 0x7fbb5d0b38239576
	.quad 0xa9adf9bfb050fc00, 0x90d641477cddaece
	.quad 0x7ff8000000000000, 0xfff5d470db06cb5a
	.quad 0x2e7a78a82c386580, 0x37ec0e57c1482d44
	.quad 0xff8000007f800000, 0x82b6c14bd6890001
	.quad 0x3b2db8cd5313fe69, 0x8ddf79f5c0200000
	.quad 0xb2f2e217b7bf7ffe, 0x97533f697cb4e74b
	.quad 0x70849db2c1a00000, 0x41fde0e17dbd475f
	.quad 0x422932fd67ef7e00, 0x46b208b9bdb6f97e
	.quad 0x4108000080000000, 0x9ae64f07f43e25c2
	.quad 0xa7442a2741180000, 0x87d65d253f392a1c
	.quad 0x1a79796d7fffe9db, 0x7ff8000000000000
	.quad 0x3c62abfdbf800001, 0x063349e13f8d9f09
	.quad 0x8189b65cfa6f5aa2, 0x3e0e83963fd267d6
	.quad 0x4dbf1013ff49ea90, 0x924790c53c4d5c41
	.quad 0x556cd15a2d24fb2c, 0x2606bcf0b9e08000
	.quad 0xfff0000000000000, 0xbf763864fdcf87c9
	.quad 0xaa4482bc5c684893, 0xff80000042c027ac
	.quad 0xff5867d49654d6da, 0x762a55ca64d01409
	.quad 0x4019769e5a58259b, 0x001cfd8b16c3a28e
	.quad 0xb6a968947efffbc6, 0x4042233872f775d1
	.quad 0x67ffda14d0fe7e2b, 0xffc0000040500000
	.quad 0x4f92f6246ab3c1b4, 0x44e4000080000000
	.quad 0x2c95cadcbf73370b, 0xed09060fd39ff9f7
	.quad 0x747db59ff5347c00, 0x9c4aabad3da80000
seed35:
	.quad 0x12ef832ac93f0ea0
	.quad 0x0c5fa0cca30636d2
	.quad 0x0002474900fd799f
	.quad 0xfffffffffffffc42
	.quad 0x00000000000003a8
	.quad 0x0000000000000044
	.quad 0x0090e3248c57ead3
	.quad 0x0000000000000039
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffffa
	.quad 0xffffffffffffffff
	.quad 0x6363b3500197cfa1
	.quad 0x0000000080000000
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x3be1bdd57fb0c6a5, 0x434ffffffffffffe
	.quad 0x7ff44532c083b84b, 0x000000007fb32177
	.quad 0x2d91391012f10800, 0xbf88fae6425748d8
	.quad 0xfff0000000000000, 0x89dc67f697da9efb
	.quad 0xbed8000000000000, 0xff800000ee276294
	.quad 0x00573724a2dccb47, 0x03b7006585f7ab0c
	.quad 0x800fffffffffffff, 0x4307682700bc27a2
	.quad 0x7fc000006ddfff17, 0xff1cc507dd9682c5
	.quad 0x7fdeb1fee03a15c1, 0xc05930297ecf9d33
	.quad 0x905f3ae5aa0b8000, 0x3ffc545f8bfc97ee
	.quad 0xe2005f2058f27d71, 0xc01d000000000000
	.quad 0x8ad94f9efd9ae5ed, 0xc0f4000007e14bc3
	.quad 0x8ba0dbe9c0780000, 0x039a8cf756b01fe9
	.quad 0x604bc44f07d97e0b, 0xc10544d8fe800000
	.quad 0x019801ce043194fd, 0xfff7b6d9666eceb3
	.quad 0x163409ad8d95c9fc, 0x69ac304ff37ddfbb
	.quad 0x400000003a200000, 0xff1728d520820def
	.quad 0xff8b0dd37f800000, 0x36946b7cc9ab7c7c
	.quad 0xc97c1a98c080408b, 0xfff0000000000000
	.quad 0x4018000000000000, 0x7ff8000000000000
	.quad 0xbd4b9b7dcf52a595, 0x0000000000000000
	.quad 0xd9ffffff48a25a89, 0x0d98366b3e4a7bff
	.quad 0x47dd663f7ed1e798, 0x3dd152ebcb708996
	.quad 0x00000000c04c21d9, 0x08f3832ad7fbc148
	.quad 0x7b997a8bf5dfebff, 0x4beacab92a8a8000
	.quad 0xffc68920bc403254, 0xc8e600001833a167
	.quad 0x39dea26f6c22693e, 0x7fc00000c7800001
	.quad 0x7ff0000000000000, 0xc41e760e8b3cb353
	.quad 0x0010dab82ac4eb67, 0x4103ec89ffc00000
	.quad 0x9e906405ef1612e5, 0x8000000000000000
	.quad 0x60dfe8683cf8c8e0, 0x7f92f4dc7aa04ff9
	.quad 0xfff0000000000000, 0xbdd2b76585b08ef4
seed36:
	.quad 0xaba91bae3a209e17
	.quad 0xe4591cd4fa9bcd2e
	.quad 0x16fff47c7fb3eab3
	.quad 0x0000000000000110
	.quad 0xee716e110ed30a37
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffd30
	.quad 0x000013c64c1ba096
	.quad 0x0000000386b36eae
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0x4c0748809b583518
	.quad 0x7680a471b0139d27
	.quad 0xfffffbda61e2da78
	.quad 0x00000000ffffffff
	.quad 0x906d884b1a685934
	.quad 0x02400000
	.quad 0x80000000
	.quad 0xc15f60e810406d8a, 0x974c32456f188000
	.quad 0x6fc4c1f1c1e68000, 0x138f5a556b340ce2
	.quad 0x6d9e810c465e0800, 0x2aa2307875c9d984
	.quad 0xbfb4cc50b6a54092, 0x7ff99331de09be2a
	.quad 0xfff2183f02e6206e, 0x9579e217bffbacdd
	.quad 0xf84b5e59ffeec924, 0x4068000040acee31
	.quad 0x0a87093bc277f85e, 0xdcda4430621a231e
	.quad 0x4052000000000000, 0x49bf68b6acbafd41
	.quad 0xc2a89b67dcf0a6ef, 0x25e2c0c1eeea44c0
	.quad 0x41c00000c2f2114b, 0x0c4e2a5a04f22636
	.quad 0xff8000004de8eeb7, 0x160e45a9923e693e
	.quad 0x7ff0000000000000, 0xcaf03e5e7fe5c767
	.quad 0x400f000000000000, 0x5080e385ffdebf7a
	.quad 0x000000003b957036, 0x7f9e321ab80226ef
	.quad 0x0e75454dd2c5d792, 0x00a75a453b85d740
	.quad 0xfe02c14e7fc00000, 0x3b9848bc4f000000
	.quad 0xf181eb93ffffff7f, 0xe37c3deaeefdfbf3
	.quad 0x481d371136827966, 0xfffd2cad9994afc0
	.quad 0x7ff8000000000000, 0x1db17a26fa0b3ddd
	.quad 0x4026f93ed293f061, 0x12684da8920ff232
	.quad 0x8d0dc4fef244bea1, 0xc01c000000000000
	.quad 0xff8000000002613b, 0x75d10287ff800000
	.quad 0x82e7cbd23fe298e1, 0xfff72e46901d51a6
	.quad 0x001fffffffffffff, 0xbfffffffc17f8000
	.quad 0x42aab2af7fecb7a9, 0x6d58f5f3df5eab17
	.quad 0x536bf42515db7bdb, 0xfa8447c4a6ba1be9
	.quad 0xc00078a3c8f96d7c, 0xfff84057c824cbf0
	.quad 0x0008000000000000, 0xbc8eed861ff77d97
	.quad 0x1ba17836b5c6ae67, 0x76618c610e039ec6
	.quad 0x3f77814f93676657, 0xa28955fd24777e7b
	.quad 0x47070c4b3e107830, 0xff800000416b3c64
	.quad 0x7fc00000c0b40978, 0x007fffffc7000000
seed37:
	.quad 0x85aed23a87dd6f0a
	.quad 0xffff93c0d76eee3b
	.quad 0x8cb7537e835bee71
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x0f7ba4926059fda8
	.quad 0x00000000000002cf
	.quad 0x0020000000000001
	.quad 0xc7f7d57a93f75bcd
	.quad 0xfffffffffffffffb
	.quad 0xfffffffffffffffe
	.quad 0xe0f081678e960994
	.quad 0x0000000000a96c61
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x4def123520db577e
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x4883a8f3f32b8000, 0xbf876fdd521bd5cd
	.quad 0xff8038049bb20bff, 0x986b9116ff8d0001
	.quad 0x4b5f45068bcd7bff, 0x430cdbd9fd073128
	.quad 0x001fffffffffffff, 0x64c9a12373f1dfdb
	.quad 0xe6c8d3fa61420468, 0xf6a46eaa3db00000
	.quad 0xfffcb7bdc7000001, 0xfff0000000000000
	.quad 0xd8abf987b4bffc88, 0x9b07a585719cfc00
	.quad 0x7f800000c4500000, 0x73b082495405c474
	.quad 0x022f28c0c5640000, 0xd750baba7ae87c00
	.quad 0xc3b94288bfbf702c, 0x800a212936c53d94
	.quad 0xfff8000000000000, 0x5b81a9d8c51bfa45
	.quad 0x5b29df84dded740f, 0xfff4813992dd1921
	.quad 0x4152eeb1eff3ab0d, 0xc018000000000000
	.quad 0x260a22459ffb7873, 0x005cf04f9993c792
	.quad 0xbfbc617f47fd9a0f, 0xb1bdd189147c0897
	.quad 0xaf4f12097dfcff5f, 0x7f8000002f6d3d1b
	.quad 0x00000000017fffff, 0xf2969cc702fadf40
	.quad 0x00fbb526aa5c0e90, 0xfb274b3c2cbc828e
	.quad 0xc3395df6c01890d0, 0x8000000000000000
	.quad 0x7f53aaa7fdfffffe, 0xffe5bd23dfb553b1
	.quad 0x0000000000000000, 0x7ff2bd699bdcd0b8
	.quad 0xbbdc67c7c245cc5b, 0x3ba298c93ffffffe
	.quad 0x7ea3c5632fde4389, 0xbd7b1625516c0231
	.quad 0x7609e703ab9e8d9a, 0x00ffffff80000000
	.quad 0xff80000080185c71, 0x7f7c7471ff9fa448
	.quad 0x00115a211b8ac2ec, 0xdaa947256fb7a14c
	.quad 0x7f800000c7000000, 0xdaa81267fc8220ae
	.quad 0x7a832e00dcb4a502, 0x001ebf824fffffff
	.quad 0xc0218a82f5aa4936, 0xc0a8000000000000
	.quad 0x6e78cd3487fde70c, 0xffedd445f447cd40
	.quad 0x24227ae7bb3e1714, 0x0c0ebf1916cfe683
	.quad 0x0010000000000000, 0xbcbb6d64c0800000
seed38:
	.quad 0xfffffffffd08f1c2
	.quad 0x0020000000000001
	.quad 0x362c24e62ebcc34b
	.quad 0xffffe6fd5f374002
	.quad 0xbb49ddb18a80d11b
	.quad 0x997ea92b2cbb8475
	.quad 0x000000007fffffff
	.quad 0xffe3f56684dfd610
	.quad 0x0061fd8820999d74
	.quad 0xf15377b11db2ca4e
	.quad 0x00000000000000ef
	.quad 0xa743492694e8b098
	.quad 0x00000000000002d3
	.quad 0x0000000000000065
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x02400000
	.quad 0xd0000000
	.quad 0x3fcb7e7f41da75da, 0x3f7c81629fe35d3e
	.quad 0x9ae0120995d637bb, 0x5d75f7a89f772edf
	.quad 0x0c37d3b81ee1a343, 0x8000000091efc232
	.quad 0x4e75063192b9f003, 0xfffd4c7a4abc488b
	.quad 0xca4265197ff68740, 0x7fd0c102017fffff
	.quad 0x7eef31ccdc3b6789, 0x7ffad598e9bfffd5
	.quad 0x7fff6cefcc01870e, 0xd1e8c00d8cdfac9a
	.quad 0xafc1517ae1a50da5, 0x7fa7e0af8710e43c
	.quad 0x7ff0000000000000, 0x7c592a4fd2670228
	.quad 0xc0306443cbae480b, 0xffc00000905cb630
	.quad 0xd18ed5fa1a186133, 0x8000000000000000
	.quad 0x00135749e594f9df, 0x3ec4f72ebcbbbcdd
	.quad 0x48f1785d906607ff, 0x4330000000000000
	.quad 0x8000000000000000, 0x001fffffffffffff
	.quad 0x32f90f399f5e7bff, 0x3ffa3cbabe663252
	.quad 0x80000000801ea8d9, 0xc3e0000000000001
	.quad 0x8000000000000000, 0x7c0137ee3e55e4c0
	.quad 0x8b7a488fffea8720, 0x27b085bc770106bf
	.quad 0x7ff7a7a3b9832b80, 0x40a800008428dc22
	.quad 0x5fc2b4acffbd1bff, 0x5cf141375fbfef9c
	.quad 0x3bc00000c3ad5183, 0x80000000ff800000
	.quad 0x4005f44958210fb0, 0x01bb85e991165102
	.quad 0x81a87258d531fdbe, 0x8df517d05a7c169b
	.quad 0x9c30220f1298c287, 0x10c4941291eceddd
	.quad 0x9e27cb3abd1f4dee, 0xffc00000463e01d1
	.quad 0xc0c37c240056afe9, 0x66592603542f0716
	.quad 0x7ff6b392a64a8e70, 0x41120000ff800000
	.quad 0x8343efbdfae5a2d4, 0x0003e99cfc469baa
	.quad 0x0010000000000000, 0x1a18b9f3cfdc41f8
	.quad 0x0546bc0b361faa00, 0xc17abaebc0c80000
	.quad 0x11fddd98ffaff7fe, 0xbefe0000ff084122
	.quad 0x6e1dafaa7fe4f803, 0x3f0d200000000000
seed39:
	.quad 0xffffffffffffffff
	.quad 0xfffc1e8d02a846cc
	.quad 0xefc99f147c88158e
	.quad 0x00000000000003c2
	.quad 0xce95fbe8b0bd3570
	.quad 0xfffffff447544081
	.quad 0x000000000004483e
	.quad 0xfffffffffffffc3e
	.quad 0x520ca05114c4ce31
	.quad 0x0000000000000017
	.quad 0xfffffffffffffd77
	.quad 0xfffffffffffffdd5
	.quad 0x00000195b7e4ee97
	.quad 0xffffffffffffff8d
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x00c00000
	.quad 0x50000000
	.quad 0xb7970192ecacfaf3, 0x3fe8000000000000
	.quad 0x7f9d828bf0abf304, 0x4ffffffe817fffff
	.quad 0x269ca5b9fd9fbda7, 0x6ff179593d123aae
	.quad 0x1a9702d7e8f34ed6, 0xb1d6322880336ab3
	.quad 0x8003cc560437584f, 0x5d3f9f33ecbdfd38
	.quad 0x41f0000000000001, 0xd6810cb3ffbc07ec
	.quad 0x9ab276bcff0c0000, 0x477ffffec129f506
	.quad 0xbf8a000041040000, 0xbee9f5aabe1ccb83
	.quad 0xb4f626ec7eb00310, 0xc240000041200000
	.quad 0xc00dd7a093263909, 0x4015000000000000
	.quad 0x981071dbeaa47c35, 0xff9ac8cabc45e5ac
	.quad 0x8d3cb28c2fa48000, 0x7ff8000000000000
	.quad 0x8000000000000000, 0xbf82369556c5bf61
	.quad 0x3d885d4bffb5484d, 0x807e5f8c3fc00000
	.quad 0xbcbba9ac09be59c0, 0x0232a10c731e7cc0
	.quad 0x37cc0000cfdeef71, 0xc1400000ff35725d
	.quad 0x50ee18ac23b67c00, 0x3f772c13e4aa5697
	.quad 0x3fd23246d9fffffe, 0x3ca65007ae4375e0
	.quad 0xaa04304ea1cffe33, 0xf9a4426d0cac75ab
	.quad 0x13ca304c1a8a5a08, 0xbf400b1abbbcc2ef
	.quad 0xc340000000000000, 0x7f2fdb005bfbfe0b
	.quad 0x8007370a3cca18e3, 0x011eff3ffdf7ea65
	.quad 0x423a33ac80ffffff, 0xb74d2508ee1c7c00
	.quad 0x3897d61bbdb5d963, 0x6d5555c0bdeefc7b
	.quad 0x0002b9c8c1c0a7a5, 0xc00ffffffffffffe
	.quad 0xda7ffffe80000000, 0x7ff0000000000000
	.quad 0x7ff9be9183e75a44, 0xfff069064c0b4950
	.quad 0xcf5765057fb18000, 0x800000013e800000
	.quad 0xc253f5fd00affb9a, 0xfa14ab09c4f22e53
	.quad 0x013b8aec3df4ebf3, 0x3fe34f69f77d608d
	.quad 0x1a6ede2a70a3be28, 0xea842d8d267280c5
	.quad 0x0b76d61806aef84e, 0xb62a226d54b5b047
seed40:
	.quad 0x0000000000043f2a
	.quad 0x00000000ffffffff
	.quad 0xfffc9280a5d8cf27
	.quad 0x0000000000000000
	.quad 0xfffffffffffffb63
	.quad 0xfffffffffffffffd
	.quad 0x000000000000020e
	.quad 0x000000000000dd24
	.quad 0x0000000000000371
	.quad 0x000000000000015d
	.quad 0xf567c11df8b88d11
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x000001b3288a1ee3
	.quad 0x00000000026c4bf5
	.quad 0x0000000000000206
	.quad 0x01000000
	.quad 0x50000000
	.quad 0x00ffffffbcdeb94f, 0x0663c4a3bc4f22e0
	.quad 0x415d0c4bbcdbd70c, 0x7ff0000000000000
	.quad 0xdb97d82e681222ef, 0x36cf800040549912
	.quad 0xfff0000000000000, 0xc3e1af12398fd27e
	.quad 0x2d1d30ec6d281d74, 0xbf7254384f9e26ce
	.quad 0x31233cc0dff7ffbb, 0x4b0719fd29c1abd2
	.quad 0xe1391ae710be0b75, 0xfd799d8de3f6e741
	.quad 0x7ff8000000000000, 0x7fe0e456d6ff3246
	.quad 0xff8000003ff90e0c, 0x5a7fffff00800000
	.quad 0xfb63167493bdffed, 0x841ab12016382718
	.quad 0xc2b8ac8c472e0000, 0x00800000405d7aad
	.quad 0x7fa96fba8a68e00f, 0x79330a19353a0800
	.quad 0x7f0000000c652216, 0xfc006f4f01360eba
	.quad 0xc34c6b62cffcea41, 0x01b72e19463a0d29
	.quad 0xd62af228591f82f9, 0x809034ee32e2997a
	.quad 0x2e33d6b9f37fd7ec, 0x314d8fc64004be04
	.quad 0xee485c9a8fccaf4d, 0x800000006ecfc31b
	.quad 0xf3e0bfe35fcff863, 0x6cda7712bf054e19
	.quad 0x91392488f2852cdb, 0xcf800001bc06e364
	.quad 0xffb639425f287c00, 0x217562bba4f9eba5
	.quad 0x41a37eddd5bdfc00, 0x42bb90a0bf972bf9
	.quad 0xc3f0000000000001, 0x19986102f4da25ec
	.quad 0x68354e9a45168000, 0xcf70fa93ba7b023c
	.quad 0xbfd93ef74a957745, 0xeed928377fc00000
	.quad 0xf534e1addf235e86, 0xbf39265dc07ffffe
	.quad 0x88e1e8f6bcbafefc, 0x00000000ff800000
	.quad 0x0bcb8ab9ffeeebe1, 0x8000000000000000
	.quad 0x7ff2d038b5e83810, 0xfff0000000000000
	.quad 0x7fe007cd593cb9b0, 0x40285873b96375e3
	.quad 0x40207d40504eeb05, 0x3f3c000000000000
	.quad 0x4044403b72c7521e, 0xf416d910fffd7c00
	.quad 0x59a903c07f800000, 0xe34b6c1ed709b900
seed41:
	.quad 0xa6c6952dfb442abe
	.quad 0xd9dd2d98ad90d926
	.quad 0x571f546362caa40c
	.quad 0x351dc6d809d4f69b
	.quad 0xfb91ab7e643e6661
	.quad 0x0000000000000289
	.quad 0xfffffffffffffcab
	.quad 0xffffffffea33eeb4
	.quad 0xe4802e92936c0335
	.quad 0xdd9591944663904e
	.quad 0xfffffffff51cd0f6
	.quad 0xffffffffffffffff
	.quad 0xfdb0767963b178dc
	.quad 0x15d54aeb42ca20cf
	.quad 0xf078a5dafab5da5d
	.quad 0xafd700c6c4052d73
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0xc86ffcb24dc5e82a, 0x477ffffeff85ef5b
	.quad 0x3a36e399141f7a00, 0xf0450529ca6d9e89
	.quad 0xffd098fd3d0b9526, 0x6c34d1fccb1c7af3
	.quad 0x0000000000000000, 0xbf19da7e40800000
	.quad 0xfacb54007f3fff6b, 0x800000000068d1ee
	.quad 0xeea688c8b8d878ef, 0xffbab6d57f8d83a9
	.quad 0xbfac800000000000, 0xbce43e09f6dffcff
	.quad 0x80061c79df5ad662, 0x0000000000000000
	.quad 0x7effffff00000000, 0x2da2f7e8432450d2
	.quad 0x319d212f409ad5e7, 0x6b039f0467d8cee0
	.quad 0x87563245cf1fc7ff, 0x83665521fbffbd85
	.quad 0xa0e2d9faffbd22ab, 0x3ff4baaec8ac00ba
	.quad 0x389dee86adb8f48f, 0x6691f41e5dd1addb
	.quad 0xc002000000000000, 0x4b16d2c25b6c7eb1
	.quad 0x807fffffbc7ec35b, 0x6cfe0fa63d85c4ee
	.quad 0xffc00000f80a5795, 0x7f8000008542e1f2
	.quad 0xc35a508ebac1e8f9, 0x41a0000000000001
	.quad 0xf99a12b5ffbc1dd5, 0xc17cb00a41060000
	.quad 0x877c9f94baf20000, 0xc01d800000000000
	.quad 0xbbb0d5407f7c438c, 0xfff536e71559e01c
	.quad 0x7a07533dcaa2bb09, 0x14b70c7ebf5feef8
	.quad 0x71b92af1ebef2c6a, 0xfda5f80598a8741e
	.quad 0xad4da2a0fffddfff, 0xfe41dbcf22748152
	.quad 0x0d22e70380000000, 0x3cfaf670772d4c16
	.quad 0xabcb7106c0180000, 0x025f63928af27abb
	.quad 0x7fb2eefc80642230, 0xff5a4189532cc4c5
	.quad 0xe78bce4affd3d31f, 0x41e0000000000001
	.quad 0x472fbdcb80000000, 0x014b1651807fffff
	.quad 0x7f8000003db0bf24, 0x7fd658e94f7fffff
	.quad 0x75c43814a6fbfde5, 0x80000000001c7bd3
	.quad 0xe2b9eba5e1287c00, 0x3c5ac9e57f800000
	.quad 0x016f1389ffc00000, 0x7ff0000000000000
seed42:
	.quad 0xabfe35b128d2acf5
	.quad 0x397bf65531c01bcd
	.quad 0x0000000005a50794
	.quad 0xa88ebdac522ab267
	.quad 0x0000000000000015
	.quad 0xb3a4723543df7eb2
	.quad 0xa1a0ba273a1fcfaa
	.quad 0x0678c901e15cca43
	.quad 0x00000000ffffffff
	.quad 0x7d137c5804536d98
	.quad 0xffff6bc8eb4b2b88
	.quad 0x0de4aa6697697269
	.quad 0xfffffffffffffd0d
	.quad 0xfffffff578754c6b
	.quad 0x3c7c82feef64bca4
	.quad 0x0000000000001266
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x98131792c3ae6652, 0x0c3171cfff9f5587
	.quad 0xc0effffffffffffe, 0x365e8000bed8b506
	.quad 0xa6d1274e6a8ff897, 0xc064000000000000
	.quad 0x3fc7e8f88896d791, 0xbf60000000000000
	.quad 0xf2d9b7b79f930912, 0x4114000043130afb
	.quad 0x7365a9f6ffac280a, 0x7ff0000000000000
	.quad 0xa51596fe05c48977, 0x8004a05ef74d1511
	.quad 0x598000010bc1143f, 0x8019c995c2823159
	.quad 0x3d0f91605caf8200, 0xdaec4520a49b627c
	.quad 0x3fc6925b4f8f38ca, 0xc0ff6176ffc00000
	.quad 0xbfda879f0534e3cd, 0x80000000ffbc4059
	.quad 0x7ff8000000000000, 0xc0175f9369360e6d
	.quad 0xbfb7c846bcbab59f, 0x753ba23719ee5bc5
	.quad 0xff800000da7ffffe, 0x002fffffffffffff
	.quad 0xed8132e91951fc00, 0xbc5ba2c05f95666e
	.quad 0x958ad846dc06a7e3, 0x3fa804d8cafc2c23
	.quad 0x7fdf2816c4900000, 0x47000371eafffffe
	.quad 0x3fb7914749fe92e9, 0xc27e00007fbb94d8
	.quad 0x7ff6a398683e85d5, 0x800720525050d1a6
	.quad 0xc02061240284fae6, 0x7dd8db5a716b7aed
	.quad 0x3e2ca94a7fe25a78, 0x3f03fc255fd4fbeb
	.quad 0x26838c98e9d2fc00, 0xbe200000ff07563d
	.quad 0x7fc3de82c2ff638f, 0xebee3381a0108000
	.quad 0x80000000f3000462, 0x75fc3525304e06d4
	.quad 0xae5a58d728a11602, 0x2993383efff72ee9
	.quad 0x802d5ad3024fe750, 0x8000000030a58a95
	.quad 0xc0ffffffffffffff, 0xc2bccf2fffffffea
	.quad 0xfffce668ff0a0422, 0x7ff2f8088f489037
	.quad 0x25c1ae8e74d30000, 0xfff0000000000000
	.quad 0x43effffffffffffe, 0xcaa9eb90eff7fdef
	.quad 0xe47b6aa3064cab70, 0x401d800000000000
	.quad 0xbe023625af9d832f, 0x2d26c858a5d07e00
seed43:
	.quad 0xe4cdb22e69c1e560
	.quad 0x37695bd892a54aa6
	.quad 0x000000000000028f
	.quad 0x5534e7835af942ed
	.quad 0xfffffffffffffee8
	.quad 0x000000001fda0bac
	.quad 0x14f063eda4015d3c
	.quad 0x41dec86149a79c4f
	.quad 0x00000000000018aa
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcad
	.quad 0xff48957d7e578faa
	.quad 0x00000000000001dd
	.quad 0xffffeb38b5dd3a72
	.quad 0xffffffffffef9d42
	.quad 0x00000000001eb6bb
	.quad 0x07000000
	.quad 0x90000000
	.quad 0x802ae6c79e5d177e, 0xfff0b5f50166d473
	.quad 0x006a5c67800d27a4, 0x862b1f0cbfbf7afe
	.quad 0x16ab8417ca8d5751, 0xc1f0000000000000
	.quad 0x6e30f2595806bcad, 0x80123b9cffaf13f5
	.quad 0xfff0f38d11ef4aaa, 0xb535f09d9065d752
	.quad 0x0206ef10ff800000, 0x7f8000006df7ccb7
	.quad 0x3c8a8126df1b8001, 0x8005f72f3d7edceb
	.quad 0x001d62ec0056ede7, 0x7ba6bb07dbe94780
	.quad 0xfdc74aa8a0ae67cc, 0xbe5df8a3b5a745a0
	.quad 0x3ea54a13a6947e22, 0x37bf3708b2cfa41d
	.quad 0x420a000048800001, 0x7fca05891753f6c5
	.quad 0xc0096673550dd14b, 0xfbfc28b9c7fffffe
	.quad 0x23a8d5440c44966e, 0x88a41d9a13a693e5
	.quad 0xc017000000000000, 0x6357b695e33ffcee
	.quad 0xf7149a8e49fffffe, 0x006941f664c485f2
	.quad 0x3af7e6476ae77b7f, 0x512a626be3eef840
	.quad 0x917072917dce784b, 0x1cc761d0edcb0000
	.quad 0xafbc11a8fbbb0435, 0x8bd6c72bd8e3673c
	.quad 0x40ae59dfa5168111, 0xc1e0000000000000
	.quad 0xbfc00000bcffb83a, 0x7ff8000000000000
	.quad 0x761e97beff800000, 0xa5c4d4ffbdeb13aa
	.quad 0x7f80000043616bea, 0x6d36f6869b367cbe
	.quad 0x63ecd679ffab7e00, 0x97ead0fb80000000
	.quad 0x5980000142000000, 0xfff8000000000000
	.quad 0x8330da02b7cf7432, 0xdb71537be008fc00
	.quad 0x7dd30237e9940d53, 0xc0dbb66ebf7d7d4f
	.quad 0xe14348ddeeecc400, 0xfff0000000000000
	.quad 0x7ffe1115dcacc3f1, 0x8004d688e2dec20d
	.quad 0x434800003e300000, 0xeda90da17f800000
	.quad 0xfb13f80efef4e3df, 0x94aeacb4c33a9742
	.quad 0xfb3f921e65b28000, 0x902e1c7dffd93eef
	.quad 0xc76f5647d3ffbfff, 0xc382c9aa7fb6e602
seed44:
	.quad 0xffffffffffffffae
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc47
	.quad 0x5fed3e3eeb97b126
	.quad 0x8000000000000000
	.quad 0x8000000000000000
	.quad 0xabb8f7b5f8e27b15
	.quad 0x0030dee13b1e7e8b
	.quad 0xdd3f6f365b1b205c
	.quad 0x4ee7cc646f4c6009
	.quad 0xfffffffffff2b067
	.quad 0xa9a97c0a5596c904
	.quad 0x0000000080000000
	.quad 0x8000000000000000
	.quad 0x00000d7080dc5ae0
	.quad 0x599094e3cae34349
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x41ffffffffffffff, 0x6bf61bc099b82b00
	.quad 0xfff5597c8a7c40a8, 0x0778649d8fdc018c
	.quad 0x940baccbbeb19f76, 0x0336054f5a3498ae
	.quad 0x7f1d1e8fb7820f58, 0x45fd316237dbefdf
	.quad 0x0000000000000000, 0x407d1bb23e49a3cc
	.quad 0xc01764f305c4daa3, 0x04570cf3ed18c1a9
	.quad 0x16d4e8967eb3f97b, 0xbfb024f7cf2713bc
	.quad 0x401d90425a49f92f, 0xdb2810cb45400000
	.quad 0x147087844fcd32a2, 0xfb888b8f80574592
	.quad 0x000f32d042fb0e0f, 0xfefa615bac99ff6f
	.quad 0x42d7dc2117c5922e, 0x7fa8c33bc11c0000
	.quad 0x7f800000df000001, 0x3feaf673aa6d42fc
	.quad 0xc10a000080000000, 0xc39b75e9eab4132a
	.quad 0x7f81c14980000000, 0x82c5cd51d2cfb62b
	.quad 0x000c67e6f381ecc9, 0x76683271fbfffffe
	.quad 0xc00ffffffffffffe, 0xafda51dcfb7cfd2f
	.quad 0x4330000000000000, 0x8246a2ddeb6fe214
	.quad 0xc0f3a6a37fce5479, 0xb7c480007e800000
	.quad 0x944fec137f800000, 0x7f817ce0ff000000
	.quad 0x62a0321efff3feef, 0xff800000734926b6
	.quad 0x4023400000000000, 0x850fbdd7ad09f86f
	.quad 0xda04182ac6db0000, 0xff80000080000000
	.quad 0xbfe701407799fa95, 0x7d1c1731ffab26a4
	.quad 0xbfee5b436475a423, 0x6e2103ffc224a8f3
	.quad 0xc02000007060214e, 0x4070d071a513e158
	.quad 0x978df0375c9f3354, 0x7ff0000000000000
	.quad 0x0a527724435d6bf1, 0x0000000000000001
	.quad 0x39c0e747c4f58200, 0x7ff301b387d24f4e
	.quad 0xc07f529e8f529a45, 0x503e99535bffcfbe
	.quad 0x7f8000003e3e1bb3, 0x8360eb95dfbebbff
	.quad 0x2ee11e7042f2830f, 0x3d8ee1dcbffffffe
	.quad 0xf3f664b91e9438e6, 0xffc000005f800000
seed45:
	.quad 0x00656c8d59f633f8
	.quad 0x000000000001f5ab
	.quad 0xac038101da1003f2
	.quad 0xfffffffffffffcc9
	.quad 0x0000000000000001
	.quad 0x00002dee8a6c3636
	.quad 0x076389669ecb22dc
	.quad 0xfffdd997d59901e7
	.quad 0x0000000000000019
	.quad 0x64c75f6e29f0e270
	.quad 0xf75e0b49320ade6f
	.quad 0xfffffffffff24376
	.quad 0x0000000000000161
	.quad 0x00000000000001e5
	.quad 0xdc83e44a4ac6e2f0
	.quad 0x0000000103c63895
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0x6fcb7c10c0680000, 0x41fd25efb267ad23
	.quad 0x7ff0000000000000, 0x081207a27d06f935
	.quad 0x9828a435cffffe9f, 0xc0518f7914bf4ce7
	.quad 0xda2f15423ac00000, 0xede839233fefff5e
	.quad 0xbc4469ce20c374ce, 0x7ff94fdb05b28719
	.quad 0xbfa5d12b06ec5b80, 0x099139ef95107800
	.quad 0xc554dd66bffdffeb, 0x99ebbf40b9577e00
	.quad 0xff800000b8900000, 0x00000000ffc00000
	.quad 0x1158acac6fedb175, 0x415e372900000000
	.quad 0xb29ff8e3e76ecc0d, 0xadab991c810eadbb
	.quad 0x409a800000000000, 0xc015000000000000
	.quad 0x7fc0000000000000, 0x7c0a47f7c5a00000
	.quad 0x43927214ae6ebeb9, 0x8000000000000000
	.quad 0x4694bda661238000, 0x9ded1c8543bffe79
	.quad 0xd5e0c2e2e7914180, 0x8dcd2991ffdfff7e
	.quad 0x18a774f90611e4ea, 0xabfd9b38df9f7f4f
	.quad 0x3f77486580000000, 0x3db689af808e13f6
	.quad 0xc041b9f2020c6f05, 0xdf00000000800000
	.quad 0x802581e4d24c2ce1, 0xcffc06b8c7ac6fed
	.quad 0xbf5ff96d40fc0000, 0x4048ee5225d73020
	.quad 0xbd0d9298c1f394f4, 0xcfffffffbcbc0000
	.quad 0x3ffffffffffffffe, 0x93f47952e5e65695
	.quad 0x9f5a3c2042480000, 0x0000000000000000
	.quad 0x7f8000004315c7af, 0xffe0000000000000
	.quad 0xbf7391f89186dfac, 0x87584f76d554cc28
	.quad 0xa3142293afa14448, 0xfff8000000000000
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0xc08000007f800000, 0x0002015fbee45a79
	.quad 0x0000000000000000, 0x929ef64cfaf2dbd9
	.quad 0x0000000000000000, 0xb123a949638f52c1
	.quad 0xc2be292f3e9feed1, 0x1e95b8f3fd5fdf90
	.quad 0x7aab61dbfe2f1ffb, 0x6fbf0e4e36a880d1
seed46:
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0xbcd2c682ea3a3598
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0xffffffffffffcbdd
	.quad 0xffffffff80000000
	.quad 0x00000000000001d1
	.quad 0xb00844616a10a0eb
	.quad 0x0000000001000001
	.quad 0x0000001bff591312
	.quad 0xffe506050c6539d3
	.quad 0x877f36a30160628b
	.quad 0xfffffffffda04045
	.quad 0x0000000000000225
	.quad 0xdc41c100114cef61
	.quad 0x06c00000
	.quad 0xe0000000
	.quad 0x7de14b0cf1f9feae, 0x01351f79f76c7127
	.quad 0xbf7a146febecbad9, 0xbe1a77370788fd40
	.quad 0x3476d99ccd8feead, 0xfff0000000000000
	.quad 0x90820501bfd27da8, 0x6257cfa8efe0bcfa
	.quad 0xa5b9b055ff800000, 0x52517b0ff28afe00
	.quad 0xc1ffffffffffffff, 0x82b60b7bf7b682e5
	.quad 0x711f4a265e14e846, 0xff8000007fa27118
	.quad 0x98e4528f77e2fcb5, 0xcdd9f6a0c97ed17f
	.quad 0x3a8ca1be170c0000, 0x4f3dce01ff89d00c
	.quad 0x3f81a6abbd8e9fe9, 0xbe34b1c37f94fccc
	.quad 0x2a721bdffabffce3, 0x7ff3a2f9c5996883
	.quad 0x0357da70f1e9bd14, 0x7b48f6cba061c9e1
	.quad 0x59924129cfedc42e, 0xc0ef400000000000
	.quad 0x6d5268ddca7cb3cf, 0xc7128a7a800cbd06
	.quad 0x4b9a53c2e7d6b9b2, 0x9c8353abb9fbfe00
	.quad 0xbfa0400000000000, 0x57b902bf917fffff
	.quad 0x90ba9d9bfffb7cb8, 0xfff02121b66bad49
	.quad 0xc06fcfe758ed0e4b, 0xbe800000c256ff2f
	.quad 0x90f93abdfffd77ff, 0x4524000080763600
	.quad 0xe7bb8b3de03a99ec, 0xc36778737333576c
	.quad 0x29f78555ff6dffff, 0x00000000d8cce80f
	.quad 0x00bfac31eb9d7c10, 0xfff28f2a8dbf3249
	.quad 0x0e59cd61755e7e00, 0xf172b80dfee47821
	.quad 0xff667e8899a88033, 0x3ffc000000000000
	.quad 0xc7fffffeff800000, 0x40b259d13fb762dd
	.quad 0x09fa29d8a805e28a, 0xc0dc000000000000
	.quad 0xc688000048780000, 0x4019000000000000
	.quad 0x812b2a1bda000001, 0x7ff0cc63ff204e87
	.quad 0xf495c9dbbb74709e, 0xc10800003f2ab303
	.quad 0x701fcec93c175032, 0x0b0a132a9bd9ceee
	.quad 0xe4b837efdaffffff, 0x7ff7b2dc57255c18
	.quad 0xff800000be94108d, 0x720de3269bac1027
seed47:
	.quad 0xfdc8aacf2cc0754b
	.quad 0x59df1e943ae04e13
	.quad 0x87ccfb0f87793fd8
	.quad 0xf137e5711c9ffa9d
	.quad 0x958a470ddcc818a4
	.quad 0xe7b5a1fd1e6de31d
	.quad 0xde137d9b5796a298
	.quad 0x4725f8ba10a1328d
	.quad 0x8000000000000000
	.quad 0x000000000000067e
	.quad 0x67c432628a4746d3
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x6ba7f7d0d7bd27ab
	.quad 0xfffffffffffe0612
	.quad 0x7475edba9e573f85
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x80000000ffc00000, 0x7dce7e3db884a848
	.quad 0xc06ac3e3aed4bd3b, 0x4168a49f004ce776
	.quad 0x7fd99b687fdf7c44, 0x6022b397c18cf93b
	.quad 0x1d5b5452fd77fffc, 0x9992a7bd1ba84640
	.quad 0x0009e1dcc927183c, 0xf2c0d7d5e9dec540
	.quad 0xc330000000000000, 0x7f924482ff978b2b
	.quad 0xfff35cebad9ef8e6, 0xbbe8107080000000
	.quad 0x80800000802048b3, 0x30fb7ae5ff947800
	.quad 0x3ef4e9468049063f, 0xbc659944006baca0
	.quad 0x3d0f3d9f19ae2d2f, 0xbecad23eeeac8000
	.quad 0x425e40961cd28bff, 0x3e79906e8e0751bc
	.quad 0xbfd0000000000000, 0xbfb6c00000000000
	.quad 0x8010000000000000, 0x40ee0cf8bf5bbffe
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0xff80000000000000, 0x875cc8c3be7bffff
	.quad 0xfa5f86c8772c6344, 0x2f230b470f54bfff
	.quad 0xad508103793d82f1, 0x4015000000000000
	.quad 0x3f73320fc0b80000, 0xbc95d4eb7fc00000
	.quad 0x7c166658afce7cff, 0x24dc4e9c921b0001
	.quad 0x3c12ae5bff91d4bb, 0xffc0000083e69117
	.quad 0x7f800000ff800000, 0x3fee1b13ea60de06
	.quad 0x25dba36cee517c87, 0xbc3b130a80000001
	.quad 0x1621c3613c4f4dbf, 0x7fd1b7beef856edb
	.quad 0x4131f00000000000, 0xb3cba07c4bfffdc5
	.quad 0x3ffe91d4da381ecf, 0x6d03e7887eff7fbf
	.quad 0x88216b11b6494be9, 0x3fab0a1afb6fa3e0
	.quad 0x7ff8000000000000, 0xc7515ad1ff800000
	.quad 0xfc28919977ff9a9f, 0x4024ff67d5fdb087
	.quad 0x404e47b717c8505a, 0x407e8dc453a2d59d
	.quad 0x8913652ba9e8c5c0, 0xc390bfcebe33e3e9
	.quad 0x4240000000000000, 0x7f911ba7d060cbf1
	.quad 0x798f017743244095, 0x00000000ee8eaacf
seed48:
	.quad 0x0000000100000000
	.quad 0xffffffffffffff72
	.quad 0x0000000000000000
	.quad 0x7bbe34d0888736b6
	.quad 0x3a53d44e27a57125
	.quad 0x000008001201781e
	.quad 0x8000000000000000
	.quad 0xeb9c4ec12db55874
	.quad 0x000000007fffffff
	.quad 0xf102b6ace29c0911
	.quad 0x901e6f6cec5141dc
	.quad 0xffffffffeee4fd9f
	.quad 0xfffffffffffffce9
	.quad 0xcac394217466b45f
	.quad 0xa31b18d14b98bbe4
	.quad 0xfffffffffffffe29
	.quad 0x02400000
	.quad 0x80000000
	.quad 0x96c4f8f0fefffb36, 0xfff20dbfdd391d6d
	.quad 0xbfa188309d8a169c, 0x000b561e83b671ff
	.quad 0x7ff8000000000000, 0x40f402334f6d401c
	.quad 0x817fffff94a39093, 0xffdd860dfb33151c
	.quad 0x00012c406802d280, 0x000ecd44d4e3512e
	.quad 0xa6817c4ccf000000, 0x33821741d6548000
	.quad 0x7fc71a38c0ae522f, 0x82bb20d6e87fffff
	.quad 0xc4975b9a8034fd71, 0x630722a9a0e27a85
	.quad 0x40c4000047000001, 0x76d756bcc01b4821
	.quad 0x3fd3e3abf3d49a18, 0x6ce3963f5714784f
	.quad 0xc07fffffbff2d67a, 0xc01c000000000000
	.quad 0x001632989584234f, 0xccef0582ffb8efff
	.quad 0x7d1890c187bcfe00, 0x269e661ed6d99d63
	.quad 0x0000ce48fc31c0f5, 0x23e1381046df5522
	.quad 0xdacad2fecbfde6a4, 0x7ff99102a3b62e30
	.quad 0x002e738f9105806a, 0xc3eafd36cffdf7a7
	.quad 0x000000005fffffff, 0x7ff0000000000000
	.quad 0x56496aff7f96c2d1, 0xfffdc3de2bd282e4
	.quad 0xe96c0172c27ffffe, 0x4ac6f1108884fc00
	.quad 0x2f92fe216607ee85, 0x7fff4f8fe33c1a71
	.quad 0x7f2de9249784d948, 0x0000000040c00000
	.quad 0x9e1b30dac3f203e4, 0x4006000000000000
	.quad 0x3c4599074f000001, 0x38f1f7735ff7833a
	.quad 0x0070537701000000, 0x3dd6e3a8404e8a13
	.quad 0x90960ed1ad6cfa20, 0xfffbecff9ea3e2c5
	.quad 0xbff4000000000000, 0x641e511d9bff0242
	.quad 0x7f8000003e6a45bc, 0x39e400007fc00000
	.quad 0x7eccadf7d2ca4925, 0x725bc123fff5d7fe
	.quad 0x3f1783c5ca508228, 0x3fc2c1d587f5ccfe
	.quad 0x00400000ffc00000, 0x0008000000000000
	.quad 0xa1f46622c0f5ffd5, 0xbc1c07ad7076e1d8
	.quad 0x6a7136823cfffbc5, 0x4246f653373ab878
seed49:
	.quad 0x0000000000603b7b
	.quad 0x0000000080000000
	.quad 0x71b27c1a0cf88087
	.quad 0x13357e5f0582c423
	.quad 0x2abce9f40beb66a8
	.quad 0xffffff7bf2f00a5a
	.quad 0x60e6215205a508b7
	.quad 0xfcf70350c69fbae6
	.quad 0x000000000000000a
	.quad 0x00760601d20e1fb6
	.quad 0xfffffffffffffdc2
	.quad 0xfffffffffffffb5b
	.quad 0x0000000000054b4f
	.quad 0x000000000000033c
	.quad 0x000000000012723d
	.quad 0x0000000867118dbd
	.quad 0x04000000
	.quad 0xb0000000
	.quad 0x4390000000000001, 0x45a5c66bd9dfe7c7
	.quad 0x7ff1eb160e771da4, 0x80000000ffe0f679
	.quad 0x928daa2078369fd0, 0x3e8000003e02432a
	.quad 0x400c000000000000, 0x0ccb7e7ffff7f81b
	.quad 0x9f338a1b7c4fdf54, 0xd1a5296d47a97c00
	.quad 0xaa2ececfffe6df21, 0x00000000864a9d6a
	.quad 0x7ff0000000000000, 0x0133fd167ef4bb5f
	.quad 0x7f8eba3f503c702b, 0x318a589fe880f888
	.quad 0xfff752e440f483b7, 0x4013000000000000
	.quad 0x3e05da2141000000, 0x4000000000000000
	.quad 0xa78a44073caf1bac, 0x7fdcd35cd2686b34
	.quad 0x987e795fffd77eeb, 0xa53f4aaed055fcb5
	.quad 0x40e2e00000000000, 0xff800000eac2a223
	.quad 0xfff0000000000000, 0x4da8f8c7f86ea06b
	.quad 0xc06f81d873640afe, 0x7fc185ff1098c7ab
	.quad 0xf619ae1530650000, 0xff6579dec7ffffff
	.quad 0x41f0000000000001, 0xe8404ab4a301fbc1
	.quad 0x7a80abb6fff8f994, 0x40c800000f969c99
	.quad 0x7f27ad16285bb9ee, 0xc74000003c19e7cf
	.quad 0x40c40000f3d473d9, 0xff3448ea90f6a6bf
	.quad 0xc002000000000000, 0x914ad26aefa98000
	.quad 0x0cb8af06fff84000, 0x7f9e761ac0e00000
	.quad 0x000fffffffffffff, 0xdc38eff0d5dd0fd9
	.quad 0x01516a31260fa180, 0x0b058b5bdc9fb594
	.quad 0x1d797d9c789a5512, 0xbfd587ab0c35dc08
	.quad 0xa89a2287d63083f9, 0x38d8000000000000
	.quad 0x8017561f0044306b, 0x400e00dfc0300000
	.quad 0x8033f58ec1cd0733, 0xbf3663e2ed341fe6
	.quad 0x80000000bd5064b4, 0xff8d3d8d3e0853d1
	.quad 0x632d9f8882fe775b, 0x6ed6024f5bffbddf
	.quad 0x3fe00000c0600000, 0x8fc83e3ac75d6471
	.quad 0xadb874a472e5fd68, 0xff800000ff803b07
seed50:
	.quad 0xffffffffffeb3761
	.quad 0xfc2664c3628d4a80
	.quad 0x00000000ffffffff
	.quad 0x00000004fdb58158
	.quad 0xf8e93feac1734b38
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffff292ad4f
	.quad 0x8b7916edd6ee878c
	.quad 0x0000000000000155
	.quad 0x00000000000001ad
	.quad 0xe5d195e8d7666f25
	.quad 0x000000008cd445bf
	.quad 0x00000000000000af
	.quad 0x0000000000000601
	.quad 0x57bc8bb770731641
	.quad 0x03c00000
	.quad 0x10000000
	.quad 0x017fffff80006eaf, 0xbfe9b557b97c3add
	.quad 0xbe1778a5c1040000, 0x375b77942a4d0800
	.quad 0x807268cb3c7f5d86, 0x1134a49c3d76fd78
	.quad 0xc0547f0e30ee69f8, 0x018b23e5fc37de90
	.quad 0x4669a2c81e56ffe7, 0xefa7f023825de0d3
	.quad 0x681149ae98666c5e, 0x8000000000000000
	.quad 0x867cc506c6400000, 0x249e9f7f4becef74
	.quad 0x3f71cdd32dde5d8b, 0xfffaef309cb44740
	.quad 0x004fcc87c0e00000, 0x81ebabe8a3f96d54
	.quad 0x8000000039400000, 0x7ff0000000000000
	.quad 0x411e8db1ff800000, 0xb5e312bacfff7c64
	.quad 0xa346b58b3be5f497, 0xfcd24dd2e8f97fa5
	.quad 0x3cb161ac6db42db8, 0xfbee9a96ff959fe8
	.quad 0xb388c7754c48da1d, 0x80bb06d259be7e72
	.quad 0x3f77763527a92c3b, 0xc00e000000000000
	.quad 0xd8bf879f98564100, 0x014b5707ffe20000
	.quad 0x3c8c9741ff91bafc, 0x403000003a140000
	.quad 0x7ff4b2622833c358, 0x0a80b05a35387263
	.quad 0x59dd0724dba77c6a, 0xc048000000000000
	.quad 0x401e000000000000, 0x0a1b4539ffb3c9fa
	.quad 0x0a9fda44f6319e1d, 0xff8d3365a9ec7e41
	.quad 0x80d74f29c16766c7, 0x6e79fc4d57fa3ffe
	.quad 0x153ffb06975ffffc, 0xfff0000000000000
	.quad 0x0703ccee073947c0, 0x65fadb8b8fe311ed
	.quad 0xcada7bb5f52ffd5e, 0x3c5d165b18e3ba44
	.quad 0xffc93e0effab752a, 0x7fc0000097f772ca
	.quad 0x3022df77d0b9d2ff, 0xcfb1f3e4a3eb5738
	.quad 0x43716d7a41690729, 0x7ff915a93850b616
	.quad 0x80132ecc5df8adbf, 0xbf8000008a3fb3a7
	.quad 0xf931be5472707b14, 0xc03409bc3f2c68b0
	.quad 0x0059ef09bbd80fa4, 0xe2b980b942e42d1e
	.quad 0xa3d2633679ae45c0, 0xff0a63a28e1ec9ad
seed51:
	.quad 0x000000000000029c
	.quad 0xfd846867e3a42023
	.quad 0x94feb1c49a8e74ff
	.quad 0x0000000000000000
	.quad 0x10847165e7c2d5bc
	.quad 0x0020000000000001
	.quad 0x3255061273aee65b
	.quad 0xfefc6ca7cbf4cbfe
	.quad 0x15ae71e5ae959a30
	.quad 0x61b332707022fddc
	.quad 0xfffffff210c8ea94
	.quad 0x0000000000000139
	.quad 0x0020000000000001
	.quad 0x0cba3f36ae77cb37
	.quad 0xfffffffffffffe80
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x3c71df64c34592fd, 0xbce7182a71663a84
	.quad 0x4148bd6e40b83b49, 0x6e2b486fd4028d66
	.quad 0x7fee925542556692, 0x4258d14dff4f994f
	.quad 0x994513a7ad727c00, 0x02f52c62f2fffff0
	.quad 0xc1331ad83fef2aed, 0xc0a0000000000001
	.quad 0xdf00000000000000, 0x000000001f34b717
	.quad 0x117b5a7a7f62ffff, 0x416e90f640400000
	.quad 0x0000000080000000, 0xc0b0000010e6b04d
	.quad 0x495c8349e60603ff, 0xa86f2d867fea936b
	.quad 0x4e04ede7a1dffcce, 0x99d12e3d105a6d4f
	.quad 0xe9243d7a6b537c3f, 0x80012fc5d79ff028
	.quad 0x7639a254b75a1336, 0x7730704f80e33b4f
	.quad 0x7fc7d34e80000000, 0x7ff0000000000000
	.quad 0xc0fffffffffffffe, 0x4b540c7b691208d2
	.quad 0xff8000007fc00000, 0x89c59c1f0d857919
	.quad 0x820e15e7fe9024c0, 0xfa81c70b47a83056
	.quad 0xde262f3b7c6cff90, 0x400a11524e0958cf
	.quad 0x7ff5a60c80ade821, 0x8000000000000000
	.quad 0x7fed974c144dbdea, 0x43fffffffffffffe
	.quad 0xff800000f0c171e9, 0x901ba4b2db82b278
	.quad 0x7ff710076cdab0b5, 0x84dc6bc7a81c248a
	.quad 0x721ec58fabcc7c00, 0x8de66af5ffffcf98
	.quad 0x05262224892bc047, 0xeef3cf2200000000
	.quad 0xc969363750ef8353, 0xe9232353ff007c00
	.quad 0x5ad231f974a37c24, 0x05e4283bfbb67e07
	.quad 0xe22bcfdaff2fb162, 0xc06a00007fdfe97f
	.quad 0x82c5bb43bdf6d102, 0xfa8cb7cf3477508a
	.quad 0xc3effffffffffffe, 0x08ff0b7874834000
	.quad 0x403e39bda220293a, 0x8ca395bb8bc9e8fa
	.quad 0xc1f0000000000001, 0xffaa94320f00cd27
	.quad 0x497c0117c0300000, 0x7fca8b68809e47e9
	.quad 0x650ce95ffffad9f9, 0x006f72bdfe800000
seed52:
	.quad 0x0885bc5609838207
	.quad 0x00000000ffffffff
	.quad 0xe2ae8498e917a51d
	.quad 0x0000000000000e6f
	.quad 0xa547211d2edd6ad0
	.quad 0x00000000000001c5
	.quad 0x4a7ad83958c4977f
	.quad 0xd982094cbb32a437
	.quad 0xfffffff18534d800
	.quad 0x3dbdaf9a20cc37bb
	.quad 0x00000000000002e0
	.quad 0xfffffffffff77ab7
	.quad 0xffe3b0806d0df523
	.quad 0xfffffffffff40a79
	.quad 0xce7f25e783fd2d2c
	.quad 0x000000065888ca15
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xbfd9fc47d822ae1e, 0xa27b657cdf6cfe94
	.quad 0xf269230900400000, 0x1ba258197fbf4271
	.quad 0xc015000000000000, 0x50800001ff800000
	.quad 0x58140718926391da, 0xc0e000001e2adb30
	.quad 0xc0000000ff800000, 0x7ff0000000000000
	.quad 0x425aa6dc8043e350, 0x7ed458991af419da
	.quad 0x40154d1974d9f500, 0xc108000000000000
	.quad 0x87323440ffafd3f9, 0x1a3182f2b4a4ac49
	.quad 0xbffc000000000000, 0x4071e98e0fa527b6
	.quad 0xbfffffff6d113516, 0xbfb207c2fa6ec5fe
	.quad 0x4062000000000000, 0x343da4158d3e9cdc
	.quad 0x7fdfffffffffffff, 0xc44e0000c0d80000
	.quad 0x53ea1053e0ca3c72, 0x4c8ab20dbbff3fff
	.quad 0xc3252449ff800000, 0x6dfe965c08ab0889
	.quad 0xbff3200000000000, 0xc034e2a018240ff8
	.quad 0x0000000040980000, 0x3b080000f39f651c
	.quad 0xb3545ffdeb367d1b, 0xb3242e89f503bfbb
	.quad 0x4959cc14e4f55b73, 0x556981463f207dac
	.quad 0x0b00e0cb1ffae1b5, 0xf359086a5f6b5ee7
	.quad 0xff800000ff800000, 0x6eaeaaba75866fb4
	.quad 0x7810d5fd7ff7bee5, 0x950271b643d8805e
	.quad 0xf227a03b0939f66f, 0x783cf75a230b8dc1
	.quad 0xb7860000f0e9202d, 0x4022800000000000
	.quad 0xc04b86a5ce22fd3f, 0xd1f4fd1147aa0000
	.quad 0x3ed5000000000000, 0xa32f7ed10bdb608e
	.quad 0xc2413d402bd83bef, 0x7ed1525af16ec8f6
	.quad 0x982722eebe9ffe74, 0x6065fbf2d804337c
	.quad 0x192262803ae95bea, 0x3e800000c1360000
	.quad 0x7ffb6048ab07ae91, 0xc73212f7801c2b34
	.quad 0x7ff8000000000000, 0x4cef4bceff75b7d1
	.quad 0xff7fffff3bf6066d, 0x780262ee9f7ff732
	.quad 0x1b679ee631980200, 0x407f9f14c0ff8f92
seed53:
	.quad 0x0b5d265061829aaf
	.quad 0x0020000000000001
	.quad 0xffffffffffffffc1
	.quad 0x31bf63ad80d3a4a5
	.quad 0x3680aa7b16b8e5a5
	.quad 0x006cfb0c0e6ea475
	.quad 0x123e70e5ff4d2b70
	.quad 0x9b848655257cbfaa
	.quad 0x0000000000000057
	.quad 0x000000847b1fe407
	.quad 0x0000000100000000
	.quad 0x5f231a098de791e2
	.quad 0xffffffff80000000
	.quad 0xe42fb9d57a2bb59a
	.quad 0xffffffffffffff0a
	.quad 0x91702e267f5b4ae3
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x7ff12dc33e519758, 0x298e9beb1fe81d95
	.quad 0x8b318e66fdfffffe, 0x7e9b3773ea254921
	.quad 0xaf52779aef5f7dad, 0x7fa79b6836900000
	.quad 0xff7353347fb19dc6, 0xfba0ad5d3adc7c00
	.quad 0x3f81816ce036d803, 0x80800000007fffff
	.quad 0x80ffffffc8900000, 0x0c13737827abb23e
	.quad 0x69ee6ec91d7ffdfe, 0x1727482a3ee47e55
	.quad 0x3ff7f85d39bd1dc9, 0x41200000ec1379ea
	.quad 0x3dbc61c99ba18887, 0xffb0f63100000000
	.quad 0xbf736289f522b367, 0x0020000000000000
	.quad 0xef2e20ccdf992715, 0x4217d3caffbbfa2f
	.quad 0xbeb70c0e80400000, 0x1634a2ffcf7edc92
	.quad 0x7ff8000000000000, 0xfd985126ff800000
	.quad 0x404347b8457567a6, 0xfffe056e49e9d678
	.quad 0xfbfb81d47e7e925a, 0x04df48d74925fa8e
	.quad 0x81121867802f9047, 0xc330000000000001
	.quad 0x404f3472d83db1d0, 0x3f8081e640500000
	.quad 0xb4de09d7ffc5937e, 0x8760c41234817ddb
	.quad 0x804000003bf94bfa, 0xfb41b001d6728c84
	.quad 0xd4a6f4626ee8c3ed, 0x3e370a2ac0800000
	.quad 0xa7c3d687fffffe9b, 0x8000000000000000
	.quad 0x6ee99b17fff4f97d, 0x7fe0000000000000
	.quad 0x00000000c3eaae19, 0xb6a0715c0af7963a
	.quad 0x8002ae9f36ff11ca, 0xf1466ee3bd600000
	.quad 0x92900a1a9e33e6d2, 0xffc000007f800000
	.quad 0xb26eae65945c7ffe, 0x3c8c0716017fffff
	.quad 0xfff8000000000000, 0xbd2132607a08df2f
	.quad 0x0d1feee2b415a9c7, 0x3d2bd8d1a7e4f072
	.quad 0x2c0b97427fb818b2, 0x7fd0000000000000
	.quad 0xfeb9aff3aefeffe3, 0xe93c6309c3b3fd0a
	.quad 0x7bdf64bd54ecfc1a, 0x8000000000000000
	.quad 0x8c4a0cea3833fe02, 0x208bfb6b5fe9ffbe
seed54:
	.quad 0x1ebdfdc1cf5942e6
	.quad 0xb4a4dbecf597ebb5
	.quad 0x000000007fffffff
	.quad 0x3e0b6a99b008dbd6
	.quad 0x000000000000000f
	.quad 0x704b7a2219cfe378
	.quad 0xffbc6264a43dcbec
	.quad 0xdf30a236d814cde6
	.quad 0xffffffffffffac31
	.quad 0xfffffffffffffc54
	.quad 0xf273f631f8a43164
	.quad 0xebc5033b9d2451a9
	.quad 0xdc61c3d4e539a3a7
	.quad 0x4b673986ddbd31a8
	.quad 0x00000000000001a9
	.quad 0x00000000000000eb
	.quad 0x07c00000
	.quad 0x20000000
	.quad 0xc62082fc0a9203ff, 0xba1ad618fff7ea9f
	.quad 0x7ff0000000000000, 0x76e84d4b47726e58
	.quad 0xc00b22fcf6bf3f58, 0x98a072cc7fbb6243
	.quad 0xffb6f6520157523f, 0xbfb83ca3edc8734c
	.quad 0xfff8000000000000, 0x800fffffffffffff
	.quad 0xd3fa52d19cbd2c18, 0x736e2b2318dc8b1e
	.quad 0x081714737f000000, 0x7e373082d58e1b5a
	.quad 0xf3074484423de2d4, 0xf9ab364979bb98f6
	.quad 0xb069589e0ecf85c4, 0x6fc0c8d1c71fb596
	.quad 0xacf5e2b27f800000, 0xfd4f7308ffffaf7e
	.quad 0x400ffffffffffffe, 0x60ce2bfafef3bfff
	.quad 0x3f0000003c334ac2, 0xc01a000000000000
	.quad 0x3c446eb2983a39dd, 0x47000000028735bf
	.quad 0x7ff8000000000000, 0x7fc00000c11676e2
	.quad 0x65ac4ce106bc3392, 0xa402a0526f567e00
	.quad 0x08edf1e915cb3872, 0xd781eac0feacffce
	.quad 0x0008008134ba5a32, 0x80000000c07ffffe
	.quad 0x017ec8f532d47c00, 0x2308c301169ec900
	.quad 0x801e485957d45ebf, 0x7f188bf0eba3f3f0
	.quad 0x00c1f58f9b315f74, 0x7f5e58fb36200000
	.quad 0x7ff0000000000000, 0x7e78ecd885a1fafc
	.quad 0x9496119dfefefff5, 0xbf38a0fcd5ebfd8e
	.quad 0x29c0d056d1174440, 0x7ff78dc3529319e5
	.quad 0x3ff0000000000000, 0xe1171ba5a3fdfe4d
	.quad 0x80ca930980000000, 0x13e4def3bf594330
	.quad 0x2e3a1b78109b8000, 0xa62a4dbfbf01a680
	.quad 0x31440900a779595f, 0x8dcd08467c0773d8
	.quad 0xff800000619e1dd6, 0xce2dd964a09f8000
	.quad 0x4066848c31af4e9a, 0x81a23de7a34b19d1
	.quad 0x7ec23acf72a42936, 0xd8826ffbfbd2ffce
	.quad 0xeeebf9e0ffae56ed, 0x7886eab7e15f7fd6
	.quad 0xfff36d39b542923f, 0x3fcec745a67b9aaa
seed55:
	.quad 0xfffffffffffff80d
	.quad 0xfffffffffff4436a
	.quad 0x2bac81727dfb1cb2
	.quad 0xa8e864b5ae3fa024
	.quad 0xbc4b775a09273c04
	.quad 0xf9e6a052022092fe
	.quad 0x0000000080000000
	.quad 0x000000000fa26c8f
	.quad 0x0000000000002c08
	.quad 0x00000000008174ca
	.quad 0xb1fc05bb80543a94
	.quad 0x44596d9011bae746
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x3efc67ff8634687e
	.quad 0x0000000000f76f5a
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xbf858bd712be5ce3, 0x29af1aa36ffec8ed
	.quad 0x14a9a560c7c2fc01, 0x4021000000000000
	.quad 0xfff8000000000000, 0xb7f2cda8d9700d3d
	.quad 0xfff7d8d266376721, 0x058ff2e1bf77acc7
	.quad 0xff800000c315e58a, 0x7fc00000d9ffffff
	.quad 0x8008000000000000, 0xfffa4f10fc6d13d0
	.quad 0xc315141b58bb731f, 0x8c23816e00000000
	.quad 0x49978946cc8c0127, 0x6be375461b932600
	.quad 0x406bd63a624d2f9e, 0x41800000c0f00000
	.quad 0x43ffffffffffffff, 0x9ed3fc622073fdb7
	.quad 0x80000000c04794e2, 0x9304049e9e6f43f8
	.quad 0x7ff0000000000000, 0x30ad0861329771a0
	.quad 0x002b558a09ec0697, 0x7ff0000000000000
	.quad 0xa78083409e6f7850, 0xc25f6400a4f670c4
	.quad 0x7ff704274233a8e4, 0xfe23711e69e11ffc
	.quad 0x80000001421fc7b5, 0x7e1a41d0cc41be5c
	.quad 0x3bd01167a073d745, 0xb9480000c9e80000
	.quad 0x4001000000000000, 0x7f8000007f800000
	.quad 0xc024000000000000, 0xffeada80ffc00000
	.quad 0x6a0e9d4c89968bfd, 0xa0387d831d69aa0c
	.quad 0xffc0000080000000, 0x3c4c8ae5b377fd40
	.quad 0xfbe0a26b80000001, 0xbfe124f124bbe124
	.quad 0x41c1f9c37f7fffff, 0xbfa75b1921c83adb
	.quad 0xa221901ce3837900, 0x7d908690f4666642
	.quad 0x136069cc8d7dff8a, 0xfe39f9b55b03f7e4
	.quad 0x00b5c7c8ffc50000, 0x7ff8000000000000
	.quad 0xbfb3883f9b2db9c3, 0x405183f41161d8cc
	.quad 0x92c0d929159bcee6, 0x123133f19a3d4300
	.quad 0xff8d4aec11ffb2e7, 0x3e75e9e8fff8dcd2
	.quad 0x02ef815017f3afd0, 0x38c3cc9900000000
	.quad 0x7f85ee1940e80000, 0xc005430c2c73bb8b
	.quad 0x4192a17affd412a6, 0x801fffffffffffff
seed56:
	.quad 0x6157aec91ebd79b6
	.quad 0x1cfd5b608225c8e8
	.quad 0xfffffffe233a686c
	.quad 0xac91003c418f574f
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xf4e5798fa5577862
	.quad 0xfc99498b5915d0ef
	.quad 0x48df75b3d500d76b
	.quad 0x7fffffffffffffff
	.quad 0xe3faf1d804bb4445
	.quad 0xffffffff80000000
	.quad 0xfffc7d267285928a
	.quad 0x000000007fffffff
	.quad 0xfffffe8bb34f6846
	.quad 0x0061a24ff90aeeef
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x1c6a4eb2d14ea5c1, 0x49c3cc422513b788
	.quad 0xd3604bf7bfdaffbf, 0x7ff0000000000000
	.quad 0x629de96f53bd8000, 0xc065c11d22724178
	.quad 0xd7bfe3fb8eff3def, 0xfffb442bbdafcdef
	.quad 0x12298851e2f6c000, 0xfff0000000000000
	.quad 0xdb4be49bf17d0000, 0xc021000000000000
	.quad 0x410e00007fec960e, 0xfff51dbff03593c9
	.quad 0xc07ce80574204eb1, 0xbf92a7104a2fe75d
	.quad 0xc077000000000000, 0x16b9c5518c2dfd26
	.quad 0x7ef5aa54c1400000, 0xffec3c0cff800000
	.quad 0x767bf5eabdeafcd4, 0x00971394e5e7c03d
	.quad 0x2a8d3af67f9f7aed, 0xdb7c7e1ff5cbbe80
	.quad 0x4104e00000000000, 0xfffe6ae7418b1a0f
	.quad 0x7ff0000000000000, 0x787383c041ff4b11
	.quad 0x8008000000000000, 0x7ff0000000000000
	.quad 0xbe91690bbb83c92c, 0x9b7e8f0bb7b6df8b
	.quad 0xe8696b82beff7f9d, 0x635133b8297e6cf0
	.quad 0x1e2ca96fff1ea79e, 0x5f7fffff00000000
	.quad 0xfff0000000000000, 0xbd2570ac7d43137e
	.quad 0x0008e45adb307827, 0xa40b35a5cb7f3c1f
	.quad 0x55bd5acbacbeff9f, 0x81e2592eff800000
	.quad 0x804c8869ff800000, 0xff87f48b47800000
	.quad 0x3029772620e5e42d, 0x7f80000080ffffff
	.quad 0x50f4449dfe800000, 0xfe8d4a8b8c368d70
	.quad 0xf86ab3b740b80000, 0xf269832fc335397d
	.quad 0x704dec5a3e030950, 0xfffdc2c616e4a703
	.quad 0xff80000048900000, 0x94451f5ae37bbf7f
	.quad 0x3eff600000000000, 0x567dffa047bfd7b7
	.quad 0x800000007f28df04, 0xbffc000000000000
	.quad 0xb2f6b65339e30122, 0x800000003ea432f1
	.quad 0xfff2a1a4410a0000, 0xefe6dce4ef778121
	.quad 0x90767b6a305f5c32, 0x3e6082e4ffbffbbf
seed57:
	.quad 0xffffffffffffffff
	.quad 0x0000000100000000
	.quad 0xfafba1f42cc994a0
	.quad 0xff5f4bbc72952133
	.quad 0x0000000000000001
	.quad 0x6acbc338c469e493
	.quad 0x4442904aa3555b8a
	.quad 0x5317f7813a34dee7
	.quad 0xb94bcb90844f8c33
	.quad 0x000000029086651a
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0xe31792750d7c058c
	.quad 0x00000000000000c5
	.quad 0x97814db937d66864
	.quad 0x0000000000000000
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0x6d1435344b6ace85, 0x0003dde0a6f8b7cc
	.quad 0x001a4946dc82a119, 0x43e5fffe38b410c4
	.quad 0xc35108bd5a6899af, 0xe21281e123e8a306
	.quad 0x40260ef01e76c246, 0x9df41c89db1f9ff2
	.quad 0xac708e0e5ed0fbca, 0x3e800000ff800000
	.quad 0x80400000c0e40000, 0xe0e697805f694001
	.quad 0xfb7292863d343252, 0x3d5ce61c418e23f3
	.quad 0x7f15772116e87afa, 0x4036ed1ab1d1c080
	.quad 0x83824bf6d4501220, 0xfff592175b7a1f6b
	.quad 0xfff8000000000000, 0xffdfffffffffffff
	.quad 0xbeb21cb2ffc00000, 0xcf7fffff86200323
	.quad 0x3ff4000000000000, 0xd759f6bf54903a2c
	.quad 0xbfe827123d05e1fb, 0xa849f873d1efcfea
	.quad 0x52d4d7f50ddffc00, 0xffdfffffffffffff
	.quad 0x7f800000ff800000, 0x4d07e206090a1cd3
	.quad 0xfe4ccc6d4a630213, 0xa6846347dffaffb7
	.quad 0x7ffc055106df5587, 0x2f98d651caad7c00
	.quad 0x602c3b196fffffff, 0xc3f9dfdcc2a5c6c8
	.quad 0x4012f72402344137, 0xb22db2ff07877bb3
	.quad 0x93f95bf71a676023, 0x68634a13bfc8bbdc
	.quad 0x000fffffffffffff, 0xecf77de648952a88
	.quad 0x3e01c8a57fa0ee20, 0x02058d6bff1b47ef
	.quad 0x284b59e3ffefac0a, 0xc0d8000000000000
	.quad 0x000dd0266bbe4775, 0x7ff0000000000000
	.quad 0x3f8000002044c810, 0x610741137ff34860
	.quad 0x4f6cb8780b11fd02, 0x00016c737fba8f12
	.quad 0x085f0ac3ffb342c0, 0x8000000000000000
	.quad 0x190efa6dfff3ff3a, 0xff92112bff800000
	.quad 0xc3e899aa0088d01f, 0xffc0000080000000
	.quad 0x01a069341be34d51, 0xfe7d9423c3be3dbe
	.quad 0x47ea811f690cc400, 0x0e6aae87292cc534
	.quad 0x9f3c72d42fc0c1bb, 0x096bd25d6ec87fd7
seed58:
	.quad 0xfffffffffffffc6f
	.quad 0xffffffffffffffec
	.quad 0xfffffffffffffc42
	.quad 0x000006baf175d679
	.quad 0x0020000000000001
	.quad 0x0000000000000039
	.quad 0xf98260845fae3cf1
	.quad 0xd835fd0f4fcd3b80
	.quad 0xfffffffcfa09dd8e
	.quad 0x7168cc07271d731d
	.quad 0x57cd8e25a7e3f65e
	.quad 0xfff81a96b40a0c3e
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe77
	.quad 0xfffffffffffffb4f
	.quad 0x0000000000000062
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0x2022b6409a9c0703, 0x8000000000000000
	.quad 0xd57fcbf9bfa92fff, 0xfff0000000000000
	.quad 0x168db191d9c9fc01, 0xc3c7c8e9268a7b94
	.quad 0x83937b81993d2ad5, 0x7f800000bdd6836d
	.quad 0x5097eb92d6f8714e, 0x807c8c34bf5a253f
	.quad 0x7f94b0320a3077bf, 0x7fff6142ffc00000
	.quad 0xbd15c9037fc00000, 0x96847bf3fe80ecc6
	.quad 0xc11a00003e052195, 0x9f3a222eddfffffe
	.quad 0xaf40ee8b52edfbf7, 0x7ff0000000000000
	.quad 0xfff12b4ae509e900, 0x7be8f7b38f6dffef
	.quad 0x195373de0139e8f8, 0x02af113a078c6e71
	.quad 0xcae069f62bf80000, 0x8000ddf568860dfd
	.quad 0x7d9a09def266eb14, 0x801fffffffffffff
	.quad 0xbd6f0a65895c6f39, 0x5f15678f7fc00000
	.quad 0x79c059f8d0f277f9, 0x6efe9445df38bffe
	.quad 0x15614465effa5bfa, 0x8a77bfeffc7d450c
	.quad 0x1bc50138ff9f7df2, 0xff4a3a779e164c4b
	.quad 0x44171babe7c6e76d, 0x7ff01c4abbab009b
	.quad 0x3e238559fa367db6, 0xe8d72d1f268379db
	.quad 0xd0f2e55940bdd61f, 0xc7fffffebc800000
	.quad 0x52d74298c604069d, 0x21458fc98c228800
	.quad 0xc021000000000000, 0x50e6b1c8f6408bff
	.quad 0xff8000009c3df5a6, 0x7f841612c07b4e8d
	.quad 0x400c000000000000, 0xffc00000bd87fd91
	.quad 0x1649ad03150648be, 0x0000000000000000
	.quad 0x2eccd594fffa7c00, 0x000b969ddb433c72
	.quad 0x12e4773f2dffffff, 0x808ec4e20adef0e1
	.quad 0x0155731541cf058b, 0x88e3c4593fffcbef
	.quad 0x7fc6500400000000, 0xf61b4c3f2ed52061
	.quad 0x7f800000ff0caf8a, 0xfff0000000000000
	.quad 0x18be242880000000, 0x8fa17776ff7bfdf6
	.quad 0xbeafe64b00000000, 0xd4c9689f422abc00
seed59:
	.quad 0xfffffffffffff411
	.quad 0x9048dc96a4ad49b3
	.quad 0xffffffff80000000
	.quad 0x00000000000001a9
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffc532
	.quad 0x000000000e1a2236
	.quad 0xfffffffffffffc32
	.quad 0x70dd8085a62993ae
	.quad 0x00000000ffffffff
	.quad 0xf30b808818e0fc73
	.quad 0x0000000100000000
	.quad 0xfffffffffffe6ec3
	.quad 0xffffffffffffffff
	.quad 0x051b3320e8dab7ba
	.quad 0x0000000000000225
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x97c6d57f49fdfe00, 0x6c53e739c777d5e7
	.quad 0x212b6019569b3800, 0x000d85698fc6273d
	.quad 0x46ad0000003ee8d1, 0xbf20800000000000
	.quad 0x0143e2dce926a6ff, 0x0145d9cc8ad32fa9
	.quad 0xfff8000000000000, 0xffc9976ac0a00000
	.quad 0x80400000049543c4, 0x426d9a5000461940
	.quad 0x80000001bf400000, 0x7ff0000000000000
	.quad 0x80000000419174d5, 0x80000000767a8b9e
	.quad 0x7fd1be0ac5fbaeff, 0xbff000007b60eed3
	.quad 0x443fffffffffffff, 0x040bb8ca7fffffff
	.quad 0xce23ebe381187945, 0xbda5c9917eb4e375
	.quad 0x000797883c7e75cb, 0x80000000006f2737
	.quad 0x72de77fec7800001, 0xfff4dfcc7fc00000
	.quad 0x0b14ce2affeffbb6, 0xdba2a230a3e9fc00
	.quad 0x7720435d6f45ee06, 0xfff0000000000000
	.quad 0x3fc74ed87177cc7a, 0x40effffffffffffe
	.quad 0x7ff8000000000000, 0x8bc9ae6c81000000
	.quad 0x8046dd4200000000, 0xf3fe93fafffd3fff
	.quad 0x756ce26a28ac0045, 0x7f80000000501d35
	.quad 0x410000003e200099, 0xbc6e42812ee5dd3a
	.quad 0xeffe600805f0bfff, 0xcf9fad92db784280
	.quad 0x7ff8000000000000, 0xc019000000000000
	.quad 0x7fb5d41bebe6ea0e, 0x8010000000000000
	.quad 0x8000000000000000, 0x3d584771bd4347f4
	.quad 0x8000000000000000, 0xffc00000ff3a8eae
	.quad 0x348f7d667cdefc3f, 0x3fba97e105bb86b2
	.quad 0x7fe0000000000000, 0xbfe2cf49ff280ca1
	.quad 0x53bade814daba32c, 0x1ff74405c8ac33e1
	.quad 0xc033f44618a16d5b, 0x7077681dc33f20a9
	.quad 0x3ff4000000000000, 0xbff0000000000000
	.quad 0xc33fc2998c3ab627, 0x824929c031743b3e
	.quad 0xffb775c37c93fe6a, 0xdce4ddc9ffc7c8c0
seed60:
	.quad 0x8a0ed4c1e84b9f63
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffecd7
	.quad 0x00000000000002d3
	.quad 0x5d0d3b84124826e2
	.quad 0xfff885e9acecc65f
	.quad 0xa39db4c6a4981069
	.quad 0xcb5de980ba559471
	.quad 0xaa773978389a5e4d
	.quad 0x000000000000003b
	.quad 0x00000000000001a7
	.quad 0x2f4370777ffffd07
	.quad 0xfff074c71bd1d5f7
	.quad 0xffffffe31b91b48d
	.quad 0x5fab15f9fdde77d1
	.quad 0x01400000
	.quad 0x70000000
	.quad 0xc0d00000811eb797, 0xbb08fa4ff417fc00
	.quad 0xb721f220c5c7af0a, 0xce4e1b49bfebfdb6
	.quad 0xfdcbdfaac2d1f9b2, 0xc161059bbc5073c4
	.quad 0xeeacf3cbf7df7cfe, 0xc04df72f5b52dc51
	.quad 0xffbd341df303aae9, 0xbfe54beb2caae1d4
	.quad 0x2f17657c927f7400, 0xfb44d116c9378600
	.quad 0xc061e9d179d151a4, 0x81c45e17df7221e0
	.quad 0x03c26a67ef198400, 0x3ff322257d35826e
	.quad 0x788a74bf6a417c31, 0x7f9a6e3d00e8a0e0
	.quad 0x8347bf6cdfd28000, 0x7fa934157fc00000
	.quad 0xc5ab35e96969463e, 0x0000000149000000
	.quad 0x2bd245effe697e00, 0x2cb165cb88f8c880
	.quad 0x9710fe4cf3cadf3e, 0x7ffc8b486ff1d049
	.quad 0xc1683d88c26275cc, 0xc0fb535477f15cda
	.quad 0x464e22ddeb9d7edd, 0x78f14d6c8c12c0e3
	.quad 0x5a1405daffc00000, 0x47f452aab08d28d8
	.quad 0x8000000000000000, 0xff82bcf57134971a
	.quad 0xc8b70a997faf3479, 0xd161d7a3ffe4561b
	.quad 0xefcf7a487fa142bc, 0x909149df63fa7e00
	.quad 0xc0000000a209bae5, 0xffc000003d7bee23
	.quad 0x79fa60fd2110fd26, 0xff80000040500000
	.quad 0x9c9c47bb8ea6dc78, 0x3fa0000000000000
	.quad 0xbf2474e005b8c0c0, 0x1d71665d6d7501c9
	.quad 0x422d03507fc00000, 0x4fefcf192e860625
	.quad 0x21b1ba42c776fe3f, 0x8c7884aa2c23fc73
	.quad 0x40ce417ec195427e, 0x18a6e46dffe7d3bf
	.quad 0x3a4d2739c127fc00, 0x40c000007f800000
	.quad 0x0000000000000000, 0x63ea2444c0fc0000
	.quad 0xbfe080d7c36c2dbd, 0x1cec5dd2f6d8be60
	.quad 0xc081fd2d1a85784f, 0xfa997bff5d713276
	.quad 0x61ffcbead7b81ab8, 0x0000000000000000
	.quad 0xbfcf800000000000, 0x9f3a973a9f63fc87
seed61:
	.quad 0x97f5bfa145f052f3
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x10691d50584cfa98
	.quad 0xae71eb258fc7986f
	.quad 0xb91baad293c43d33
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0x00097edfd6fff562
	.quad 0x000063d60461bc76
	.quad 0xfffffffffffd2aa0
	.quad 0xc6a53779a8134b5a
	.quad 0x000040d727eeb825
	.quad 0x39cd3516a34042d3
	.quad 0x000000007fffffff
	.quad 0x439f3449a981d57a
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0xbece37e8ff940552, 0x60d31cf7f17f5f0b
	.quad 0xc0e0000000000001, 0xbd52680182aa0252
	.quad 0x1a426e4e3dfdfddf, 0xbf8cddb65cbdc449
	.quad 0xffec16a47fbf5808, 0x930a87f2167d69a6
	.quad 0x3c0c338d2dcb657d, 0xa3283e8fbcfdb5fb
	.quad 0xc098000040e00000, 0x426e00001a47f9c0
	.quad 0x00000000c1d56013, 0xc2ddf8bb7f800000
	.quad 0x8014ccfe005586fb, 0x74b9cb577027b203
	.quad 0x7ff8f3b0a18a4476, 0x000e810e1c4db3d2
	.quad 0xbf8c000000000000, 0x80ffffff00364b0f
	.quad 0xe4b00c6563d252d6, 0xc15fcd552f5fe41f
	.quad 0xc02a5b26cd64349f, 0x7ffe0e0c77d319d7
	.quad 0xa9bd500d73350400, 0x000696027b0cd77b
	.quad 0x99bbb82f1eef690d, 0xa9f7eefd9036205c
	.quad 0x4015800000000000, 0x1ad3b0e733c07ddf
	.quad 0xfd1390c473738241, 0x7ff66058346f093e
	.quad 0x41e0000000000001, 0x9eb26dbdbcc59c11
	.quad 0x7f8dc31a40fffde1, 0xffb548d2c1a237d1
	.quad 0x9134d9b5a2c1d505, 0xfff0000000000000
	.quad 0x3ce7d1fc7fd9e9fa, 0x43ef147a000ae70a
	.quad 0x83a99915cb022a81, 0x00e7f16ff0e1b1f9
	.quad 0x7ff0000000000000, 0x3fc590f899f577fb
	.quad 0xcff9bd766d77f5fe, 0x7ff8000000000000
	.quad 0x9b2ca6f2c6b00000, 0x730e3506fef4fddf
	.quad 0xffc00000ff800000, 0x0e9ad34264430400
	.quad 0x65d0ddb03925de00, 0x669c23afe9be2148
	.quad 0xfea8b951a4d2fc9e, 0x406d1526db2ab541
	.quad 0x822a013c0ad17c00, 0xb1c287fcb4e87aac
	.quad 0x1269a343bc7c8377, 0x01de13e5edc024c7
	.quad 0xfdd5acac7fad64e6, 0x8000000000000000
	.quad 0x739a6ee95b2b7995, 0xff800000bbc105d8
	.quad 0xd61b4948df7fffff, 0x80000000ff800000
seed62:
	.quad 0xa959a34e3db80bce
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffeed
	.quad 0x7f9e00546e65fd0b
	.quad 0x8000000000000000
	.quad 0xfffffffffffff6d6
	.quad 0xb82434a7d1f17a5a
	.quad 0x0c8f5dba3156853c
	.quad 0x18babf5922600cb1
	.quad 0x0000000000000001
	.quad 0x0731b3f31bd12214
	.quad 0x00000006e3a6d020
	.quad 0x00000000000047c5
	.quad 0xb7a922ef763400c8
	.quad 0x4f51d62df1bcc846
	.quad 0xfffff8e80d5ba775
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x176a083cbf400000, 0x8b4860b1d78732df
	.quad 0x78fa46447bef838c, 0xffbd6963c0a8f7eb
	.quad 0x7ff054e635dbddbf, 0x024d506947257af2
	.quad 0xbcbf3531ff800000, 0xc048000040000001
	.quad 0xfff0000000000000, 0xc022c00000000000
	.quad 0xffc00000c8200000, 0x7fa552157f800000
	.quad 0xfff5c13d7fefcf66, 0x7ff100457b8791da
	.quad 0xc061b59e183cd7d3, 0x0000000040f00000
	.quad 0x3a53d49daebd0000, 0xc000000000000000
	.quad 0x52f31f1e23691311, 0xd699cbbbeafbd5fe
	.quad 0x4cb734efc7e37bc4, 0xbf94934659d04fc7
	.quad 0x3fd4ead4158d88b6, 0xc00a000000000000
	.quad 0xe9a242f0a8368000, 0x9c9df42b45cc0000
	.quad 0xb5121f206351b266, 0xda6df492e7dd5093
	.quad 0xfff1d9a3fc6efdf6, 0x07837110ffffdfff
	.quad 0x725de927ff3f7ac7, 0x43aa02287faacfe9
	.quad 0xfe8000005f7ffffe, 0x4022800000000000
	.quad 0x68f27c19bfc1da6f, 0x02f33ff4aa934dfc
	.quad 0x000be6a63ff8ae4b, 0xbcfb91bc3f525ca1
	.quad 0x13f08452c1080000, 0x8eb99407015c4500
	.quad 0xbf8476be6e35896b, 0x0000000000000000
	.quad 0xb13037acd9557e00, 0xbffc6649c0358c7a
	.quad 0x7c2233fb71e73cf6, 0x7ff52919f930dc54
	.quad 0x7ff085148057f09d, 0x8f1316a1cfde7c00
	.quad 0x253fd81cd28f5d67, 0x9d301233811157cb
	.quad 0x7ff98727fdb86487, 0x0000000092034186
	.quad 0x7fad8fe23fffffff, 0xb85a5c917fd0798f
	.quad 0x52a257f956fa7d68, 0x554f1302c9247400
	.quad 0x82da13040aa67c00, 0x5c370681ffd28000
	.quad 0xba20a5a620db23fe, 0xff2db933fad9c028
	.quad 0x995b0fddffc65598, 0xfa05a4e280400000
	.quad 0xff800000b88f1659, 0x4383797e445eae27
seed63:
	.quad 0xffffffffffffffff
	.quad 0x00000defe862e6c4
	.quad 0xffff69f07c77260e
	.quad 0x0000000001000001
	.quad 0xfffffffffffef7ab
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe7c
	.quad 0x00000000000003a8
	.quad 0x07347e9fb59cb395
	.quad 0xb7cdd578c3b0d9ae
	.quad 0xffffffff4cb40a2e
	.quad 0xfffffffffffffd25
	.quad 0xffffffffffffee3e
	.quad 0xfffffffe4d9871f5
	.quad 0x6e21c9ab89cca794
	.quad 0x02800000
	.quad 0x60000000
	.quad 0x47800001ffefc562, 0x014be59347800001
	.quad 0x40dd2c07ff800000, 0x8000000000000000
	.quad 0xd68c3ef6bb596a94, 0x952873c7bbbc8eae
	.quad 0x80000000801ce07c, 0x01f627b95cc3dd59
	.quad 0x91e37181990b45c5, 0xc01f412baed79c7d
	.quad 0xee68722bbeb68000, 0x9b1c5d8db56f7e00
	.quad 0xffe6cd091e08462d, 0xf647caffbbae5605
	.quad 0x3edd000000000000, 0xffa2c1897f800000
	.quad 0x7fd0000000000000, 0x4b2386d5be79fe30
	.quad 0x800000007ab06197, 0x3ca3dcc3fffde77e
	.quad 0x3015b58bc2cc5c40, 0x7f26787f270dd4bc
	.quad 0x802fffffffffffff, 0xf328dafd9ac68000
	.quad 0xffc0000010edad7f, 0xcf7fffffedc2feca
	.quad 0xbfa000006d746485, 0x7a4825d4bf5efcac
	.quad 0x03d41078dacafc00, 0xf7481b9580fb2717
	.quad 0xc04b3e3737492b48, 0xc05630ee079759de
	.quad 0x3fe666f47f81ae32, 0xfff91aa3d8b88d19
	.quad 0x4ed69e64d5f445c0, 0x7fd5b51f7f800000
	.quad 0x1d0732c4160b358d, 0xe43965f2b8ae867a
	.quad 0x7f80000047bab87c, 0x7aaabb2a5da63dce
	.quad 0x8f4dc3b8ef167d19, 0x8d66455a85c58000
	.quad 0xfe7702ef6437b76a, 0x40b800007f901a28
	.quad 0xa35331f4fc29efe4, 0x47ffffff00255ef8
	.quad 0x7ffa34af6d7e7245, 0xff800000c0800000
	.quad 0x513efa8b7fc00000, 0x959060e440793127
	.quad 0xbd07a8a37fc00000, 0x72b7ab91e32fa008
	.quad 0x775bbdc7e5c33a9e, 0xb814cd08fffffdfb
	.quad 0x7ff7d7ed2e235fc0, 0x7ff17e1207f8b1f9
	.quad 0x9cf6f2f8803ecafa, 0x7ff120feaa493dd3
	.quad 0x8054e602ff8a40fb, 0x013241086c040d10
	.quad 0x96c36d48bd2dde7a, 0x00800000ffba772a
	.quad 0xba7800008098b319, 0xbfd5748c91221d66
