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
	.inst 0x1e2f3910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21a9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e68fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6540b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea3fdf4
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
	.inst 0x1e630956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e664838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e310149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0f99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4b2c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2742bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0fdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c05f
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
	.inst 0x4ea0e850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0e24d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e380082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e214a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e31c61d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a7a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e310146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a20a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7801a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6f0c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1b8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f7b2dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4b147d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27403e
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
	.inst 0x4e20dc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e704871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6100c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ef0d4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e276c34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fa29115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2fb836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e75ceb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fad1998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6300b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2df47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f883c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e6efdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2415e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23795f
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
	.inst 0x2ea0f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e289df1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2ae4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee19953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6188d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f68c1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eedfd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e65c038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0ca79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c03a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc990db
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
	.inst 0x1ee2403d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f56fdff
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
	.inst 0x5fca10d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21a8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fa21912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eebecd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20c1f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e244295
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e26fdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e654057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e28edd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee24079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2dd99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6801cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24c2bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e27ff7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21d97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f06bf9f
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
	.inst 0x1e6c2c50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e65c611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2ed633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fa898f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2009b5
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
	.inst 0x9e2200b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3900c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f7dfc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eaee65a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1a9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e1849ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6810dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e77485e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e218b7f
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
	.inst 0x4e6bcd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e273620
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0e9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6241f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6bc896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea5ecf7
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
	.inst 0x4fa75ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d301a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0ea0d9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e20014c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f09197d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e25d63e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18c96f
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
	.inst 0x6f62fcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6518b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e6852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e2ac4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1f814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f40a4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2642b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e380048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3902ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e32e65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6440bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6789fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e20c49f
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
	.inst 0x9e190da0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6bb011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f43c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fca1936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e709017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6bc438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e038919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1ab3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee188db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e68f57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e24defd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63481e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e18ff
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
	.inst 0x6ee1b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e630011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e43f1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0fa53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e64ee34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e214915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f29e436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e29f497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f70b6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5eacfcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e248b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6f353b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6388fc
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
	.inst 0x0e22e4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30fb7f
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
	.inst 0x9e310060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e70fcf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e67d572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2de40f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f3ffc94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e30d635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2800e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f033017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea0c8f9
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
	.inst 0x4e61a89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea9ef3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60b438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6642de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f47383f
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
	.inst 0x7eefe550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fcd9971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f52e5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee198b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3209d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fad1276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a0837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5f56fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e681919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e28e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fcf991b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e682070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0e9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea19a5f
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
	.inst 0x6f39fc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21a911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6900c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e24e4d3
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
	.inst 0x1e6c1975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e33de76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6f49b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e21c998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fa51199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f54221a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e27e65b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e2cff3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2558fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e19fdcf
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
	.inst 0x1e210160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee4ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e710022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3800c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d2934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f5150f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4c11f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fa691d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30f878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e390169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b1b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eabe5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61c2fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f402cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6818fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b283f
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
	.inst 0x0ea1ccf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e19ea01
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
	.inst 0x1e63c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f8b9874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18ce65
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f322e36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e650167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e298455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e28f019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eb9d69a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e716c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e39020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e602378
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e66e5fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70f9ff
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
	.inst 0x6e30f950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e220111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1d432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e618953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6f1974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea1b856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e02d897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e616999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f56c91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61687b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea198dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3c28bf
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
	.inst 0x1e610160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e2acc12
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
	.inst 0x1e19b4e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f131a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4a4a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1da97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f768598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e77f6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2021d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c37c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e37e4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e2579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f138dff
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
	.inst 0x1e20c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e42e0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2ce412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e223a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0a4d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e296916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f622997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f28d8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e231d59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e628c3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e74f01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f1122fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61199d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30c95e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28595f
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
	.inst 0x4e28cc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e383011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6541d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee1f933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210164
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e250025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e0338f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e696a97
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
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26287a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20f4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1d65c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7336e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eb8f4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0e5ff
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
	.inst 0x5ea1b910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e67c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e32ccf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f47fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eabd635
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f43ca56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4d4c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e2040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fd1101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d485b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2c27c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61883d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eedd55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee8ec3f
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
	.inst 0x1e313010
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
	.inst 0x1e6800a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2909d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f03c434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f885095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1bab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6300b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea0c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1d959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1e6ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1dafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b08bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a587d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2fb9907e
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
	.inst 0x6eb0c870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e243a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e292853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21e4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e700007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e666818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e780129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2201fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27295b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea0f85c
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
	.inst 0x1e6d88fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e35101f
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
	.inst 0x1e61c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6179d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e624192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0c00d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e272cd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e710ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4095d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d6878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f8910ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78024b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7100ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e61791d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e765bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21dd3f
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
	.inst 0x9e6400c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e28cd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e58cd04
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0fa15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2fae90f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f36e437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e610188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f35e5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fa1515a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25022b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61d85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6319de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1abdf
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
	.inst 0x1e21c070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eb0f8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8b10d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e210143
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3000c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eefd675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3800e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2868b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f859a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f4a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c15a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2328bc
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
	.inst 0x9e61008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61681f
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
	.inst 0x6e30c850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e244422
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e297872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e437cf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70d8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2ecd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e68fdf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2278d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee6f4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e386859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f27fe3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65593b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e38000c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e59dc6d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea8d41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1b85f
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
	.inst 0x1e6440d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e650201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef2f4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f2afcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e620115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a2260
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d5917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e58c8c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6301f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23899a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e2fdcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eadc5bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e03c51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202078
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
	.inst 0x1e250120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6169f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e662210
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
	.inst 0x4e65d514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2438b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e222010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f444cd7
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
	.inst 0x2f2cfcf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e5810eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31004c
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
	.inst 0x1e331442
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c07f
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
	.inst 0x1e6a2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee2d551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e62d012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2901c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6fd5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e27dd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3800e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c9f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f8c5918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f6bfcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e68012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61a93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e792390
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c35e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e641b3f
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
	.inst 0x7ee0d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a6a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2200d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2128f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70da76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f3efd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee9e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee241b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f21fe9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2921c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d1abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e21002f
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
	.inst 0x7e70d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e626cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2f20f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e67dd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fa89074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e437d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c2876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2900e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23560c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6ccd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6189fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60072a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e30008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61c51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee8fede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2c01f
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
	.inst 0x9e7900e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e706991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c0a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea9d5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e242622
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e249c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eaded76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6801e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1a998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e37fd59
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
	.inst 0x7e70f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f73903c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6500ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f60b49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30501f
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
	.inst 0x5f20fdb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc79972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eadc5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e421454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e21ba35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee189b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1b897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e317998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4a8279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2168da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eabd59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2bc55c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e21a85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea8d71e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee0d85f
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
	.inst 0x1e2200f0
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
	.inst 0x6f78fd32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2421e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fb41275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b254f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b058d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2100e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b89b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fb1981a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61cabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e30026d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f8f117e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee8ff3f
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
	.inst 0x1e6ea541
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f71e453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0d874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1d935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2100c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e34fdb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6818d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f06095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f3a34fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a4b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e7b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4fce1f
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
	.inst 0x5ea0e850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c151
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
	.inst 0x1e704cf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c1854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1a915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61c8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e8857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6089d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f34e419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6022b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e272240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6900cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67407e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e2570
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
	.inst 0x1e6254ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e6ae511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e21da12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b89f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a5975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fcb9196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6422b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f54bad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef3ec19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c0ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f35b57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6441fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e22dc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0720fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61413f
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
	.inst 0x1e2d2180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a3a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e674092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd151f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e220074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f51a518
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c3939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0e97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f64b45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79d535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e617b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eeaf4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e360d1f
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
	.inst 0x9e650080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4d3611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6e2113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f3cfd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7901c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e30956b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e02e8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e3919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27268a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21785b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e62ec1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62407d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2001ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f69483f
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
	.inst 0x4ee2f5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e600181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c568
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e250163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21a8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea7c695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eece416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6801e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0ca18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2201b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc458bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e662000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65491d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2cd43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc1911f
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
	.inst 0x9e230110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e235911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eecfdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6539b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2ba014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6169d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2989d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f1818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e28e599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea8d6da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e35701b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d88bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21583d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e23005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea1d9bf
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
	.inst 0x1e280140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8091f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7901e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f424894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e290145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61ba96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e280087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1d839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2ede9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fb7519b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea0db5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fc9525d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea0d8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a181f
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
	.inst 0x9e780100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f879891
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
	.inst 0x1e6101a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e680264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59d126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e675937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e748df8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea0da79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61995a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f2ae6bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0d91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f40843d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0e8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea4edff
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
	.inst 0x9e2800a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1a8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e271df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea1a8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e217a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e439c55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e69a45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0f817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eebd519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee9ed7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61a87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f19fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea7cf5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2002af
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
	.inst 0x9e620030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcc9a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea0fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c2833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fcb1834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e262956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee0d938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f8798f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee2cdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2cfcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38101d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d4a7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2fa49b1f
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
	.inst 0x4f7ee530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f254131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc29992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30ca53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e33dcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b4589
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f429a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e622857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6500c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eb4fe79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e716a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21c89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1887d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f44251e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2d81ff
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
	.inst 0x1ee2c010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e23c4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f5ce632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e70c4ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e651895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f50e576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c197
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
	.inst 0x1e198f09
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6ee57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f69023d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f490b5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2108ff
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
	.inst 0x9e380000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f469011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f32e532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61b894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f861855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eeaf436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a3a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e218919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e78d4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f28e41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eacf4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee6e4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23901e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70cb9f
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
	.inst 0x6fa89850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f21e591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc19092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61fcf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4628f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1b856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea19877
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
	.inst 0x1e684b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1a9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f05351c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4b85bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2eb6c59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e66ecbf
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
	.inst 0x5e6dfcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e390201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e613952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f31e513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e200104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fce11b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fa010b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e59fac7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f25b159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7978fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21a99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3101ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b259e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22001f
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
	.inst 0x1e664030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21b459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f0872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcb10d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2440d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ea1b937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e624278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e682979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e39791a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eedcdbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e61787c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e428d9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c07e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21c81f
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
	.inst 0x1e6e6c90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21f011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e310042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b3813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1d494
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e219a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f32e4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc45858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ee1a9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eb9ce9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6a207b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03793c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fad18dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61d81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e249518
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
	.inst 0x7ee8d410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea8edb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e643912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d1c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e1891c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e222997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f835a38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eefc439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1b85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27393c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e258a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e64006f
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
	.inst 0x1e630010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc411b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1b892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea0e4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f72a5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea19a35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e335936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee4ec77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e240228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e6ee479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fa3583a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f014a5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30f8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ef8c57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22091e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64c0bf
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
	.inst 0x1e707010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e64e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f23fc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e2bc573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e58e884
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef0d416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64ee17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7fc29998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e656899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f47e73a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63ecdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc71b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eadc59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1f71e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0cbdf
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
	.inst 0x1e2848d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e290161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e27ed12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f2afc73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a0a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f79e5d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e216836
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
	.inst 0x6e21fc18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eeaf5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63fddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f2efdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e320a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e589dae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61693f
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
	.inst 0x1e2d7850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b0d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3039d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2469b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e20de54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e78f015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6929b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fcc5097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e42a4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6801a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30faba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e74f01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a3abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eb6fd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a19fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26781f
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
	.inst 0x1e6719b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee7d5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1b812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3b7013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58a184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e59c945
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f955916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61b897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee19978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30ca3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e382170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03c11c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2579bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7802ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e58e2ef
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
	.inst 0x1e2f5010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2a0971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e215992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e60e533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4eb1cdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f2afcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f42fcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e03cd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e641ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61ee39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fcd913a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1bafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f23fd5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60c07d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1b83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0d99f
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
	.inst 0x1e6819f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e690891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee5d472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e300813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6339d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3a5015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2300f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e622050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e25f579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e03e8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4b051c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e21d81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e632040
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
	.inst 0x1e6528d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee24031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0b4632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee7d4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e616954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1d835
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
	.inst 0x1e222270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f01dc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e242a59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6000ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee7c53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24c03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f60cabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2741ff
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
	.inst 0x4ee0d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fae5a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fca10f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea2e655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6f35b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f877
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
	.inst 0x4eb5d4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0cb8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e62ddfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f77e53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6641bd
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
	.inst 0x5e22e41f
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
	.inst 0x9e230130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2200f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6641b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e230194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef3c695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7801c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ea1b8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd698d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e4295f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2c1adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2609fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6e089d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19118e
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
	.inst 0x4ee1a930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6201d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e617973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e70dc14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c86b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0f897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e37ed58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f819999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e4389fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc6917b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21c8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fa5915d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e216b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d48df
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
	.quad 0x864673b157becd38
	.quad 0xffffffff54a09246
	.quad 0xfffffffffffffed3
	.quad 0xe54ef5fabca5dea3
	.quad 0xb568ea8158ff81d6
	.quad 0xf84dc0c6fceb3ecb
	.quad 0x1e6a67808d744645
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0x43bd688d20011607
	.quad 0xffffffffffffff9d
	.quad 0x543a8431d9b818bc
	.quad 0x1020a488f8f3c51e
	.quad 0xaa174b8aa28dbbed
	.quad 0xfffffed6ea9cead4
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x40f6000000000000, 0x46df8000c03dbfec
	.quad 0x22822d2f87ffd7cf, 0x0218e33466bd1fa5
	.quad 0x7ff0000000000000, 0xc070e6329de35af6
	.quad 0x8ff274197fe0f926, 0x0000000000000000
	.quad 0x44300ec7e6cfffba, 0x6f9cfcd6bdf9c63b
	.quad 0x5a4745fdae2dc0af, 0xbf9c0d682ec632a5
	.quad 0x182c08da33c7354b, 0x04b03de1721793c9
	.quad 0x7ff36252a5924c0c, 0x997ce6cfd9ffffff
	.quad 0xd9a6e705c280d7b9, 0x742f792c7fe88000
	.quad 0x21e3bdac6aff7c00, 0xfff1654924ea3bbe
	.quad 0xbcee916dc1800000, 0x3f86d306e0729e4e
	.quad 0x9e77c30023a9fc00, 0xff72e4db8c9f7fed
	.quad 0x72b4bf47c75cb8c5, 0x40b400007f15744b
	.quad 0xfff0000000000000, 0x189c9d6f23694be0
	.quad 0x3fbe800000000000, 0x42cb1b973de5d053
	.quad 0xc011000000000000, 0x7ff758504b332aed
	.quad 0x7ffd06dd49b093bd, 0xde378ab964c9c198
	.quad 0xd455c43c0475912c, 0x7f8000001ae7cd18
	.quad 0x699729c7fed7fed2, 0xb8326ebe79fe3d57
	.quad 0x3d47378e55f6faf5, 0xf89f5ff7ffac796f
	.quad 0x7ff1971da696a0c1, 0xff8e7e33c8600000
	.quad 0x47908000ffc83275, 0xfff700e12459ddcf
	.quad 0x50c94b637fffffff, 0x802fffffffffffff
	.quad 0x00bdc399741d085f, 0xc01604553f3cd8f7
	.quad 0x8069751bff800000, 0x4cbeed5adc083183
	.quad 0xe9e93c8d270ef829, 0x7a364860e7d3daf5
	.quad 0xf140ba6ef3c533f7, 0xff4c5efb7fc664db
	.quad 0xecac2cf3713f37ea, 0x0eafe8c28e7e7aae
	.quad 0x7f800000c97bba6f, 0x8040000080b41ab0
	.quad 0xc206bafb8ebfe195, 0x43e0000000000000
	.quad 0x006097cc00000000, 0x3ffd82477ba9089c
	.quad 0xfe54c71292703e3d, 0x75d0ac39dc85c09b
seed1:
	.quad 0x083187d2eb55e9cb
	.quad 0x8000000000000000
	.quad 0x4ca7aa905dacdede
	.quad 0x302ba1eac1043677
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffcfb353
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x6786cd4a00d2358f
	.quad 0xfffffffffffca678
	.quad 0xffffffffffffffa9
	.quad 0xb0e811a897c04274
	.quad 0x4ffadafb1cfd8ac4
	.quad 0x7fffffffffffffff
	.quad 0xffffffeb7fb5b310
	.quad 0x02800000
	.quad 0x90000000
	.quad 0x7ff0000000000000, 0x16edc244993b325e
	.quad 0xc6a4fd0efff6ffff, 0x43489c29ff6c9bfd
	.quad 0x3f9bec7a1722cc3c, 0x6d2a6c279bebb39c
	.quad 0x536bb609662d7829, 0x49c63dc0ffcd87bd
	.quad 0xff800000c1315af1, 0x3460dfa97fce5764
	.quad 0x3fbabd6a3d12074a, 0xf749f58bcf000001
	.quad 0x3a1400007ff545f7, 0x0000000000000000
	.quad 0x100dc57137fbff7b, 0x40c4000042dace72
	.quad 0xb68569d348f8f925, 0x7e772c23ff2ffe05
	.quad 0xe393cda032d17c00, 0x60aeff4dbeceb0e5
	.quad 0x04cce1e43f7b72fd, 0xc012000000000000
	.quad 0x7ff57b5fc20958ab, 0x4017800000000000
	.quad 0xff800000ffa7dec6, 0x5f8bfbd97f9f56f1
	.quad 0xc3b9c41b403c319b, 0xffc0000059800001
	.quad 0x7fe54987096e3675, 0x7ff8000000000000
	.quad 0xad410504ffffffff, 0x0f302c84ffe34bb0
	.quad 0x3971e1e5b4bc40de, 0xc02914cd41220000
	.quad 0xc2a18da4ff9422c9, 0xc3f0000000000001
	.quad 0x45800000ffc00000, 0xf3a412ffcabb3ed1
	.quad 0xc29d1f72d9800001, 0x7b0261bafff5590b
	.quad 0x808febe608000ab7, 0x7c06152c931ffc00
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x7f800000ec098670, 0x0000000000000000
	.quad 0x79afc5dbffca4da6, 0x193f711c18c198e2
	.quad 0x805814a27c9855cd, 0x5e75b55a0fe5bdff
	.quad 0x52d79428f7c7a8f8, 0x29e8a4fcffaef9ba
	.quad 0x7ff03d0ff850ae8a, 0x0fe02ca88013c92a
	.quad 0x281106f44bea7a52, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x008fd4e97f800000
	.quad 0x96fad455c7bb7c00, 0x7f800000c209af63
	.quad 0x4340000000000000, 0x019d152e75834215
	.quad 0x247fde571420fd2a, 0xc7749e8d00000000
seed2:
	.quad 0xd740bd3855bdbc67
	.quad 0xffffffffde60ccf4
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffddf
	.quad 0xfffffffffffffd89
	.quad 0xfffbd4081cc3970e
	.quad 0xfffffffd82828757
	.quad 0x0000000000000000
	.quad 0x00000517b3c134e6
	.quad 0x00000000ffffffff
	.quad 0x00069cf737704e69
	.quad 0xfff2dfdd87796304
	.quad 0xffedca4f55010f67
	.quad 0x000000000313f831
	.quad 0xfffffffffffa57a8
	.quad 0x0000000000000000
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0xbfff4f5c114d50f8, 0x41f0000000000000
	.quad 0xbd89a82344a20000, 0x3fa6ef42272cd841
	.quad 0x5d19950affefff9e, 0x85684c243fc00000
	.quad 0x80000000807f4037, 0xc377480f1bbd6fd4
	.quad 0x800000001434fe40, 0x69efb28aff9d5ec3
	.quad 0x0ff110d2728305e1, 0xc75a281843b6c48a
	.quad 0xbbe0ba5cbde85d67, 0x3f77c4c71a00ebdd
	.quad 0x65e6bc6d7fb3bffe, 0xb2814fddc5472f66
	.quad 0xc3be37e8f6cdb831, 0xbf82d252c75dd4de
	.quad 0xbbcacf14f4700080, 0xbfbdac03cf4de5a5
	.quad 0x5f720fe44c15ea90, 0xe70a5992f470c905
	.quad 0x0003c4207d51ebd3, 0xcf8000003484e500
	.quad 0x9272995adf5d1de9, 0x01f9c6d600400000
	.quad 0x688b7299f57c8000, 0x39901288a2609b41
	.quad 0xccffffffc1120000, 0x43e0000000000000
	.quad 0x4224a5853e17dfeb, 0x4049105666c13083
	.quad 0xbd216b2240a1834b, 0x0c6e0dba812e82ed
	.quad 0xfff0000000000000, 0x188b2069ff8d341b
	.quad 0xbf0000003e7cba3f, 0xffdc008d7fc00000
	.quad 0xf3964a0bfdbbb05e, 0x013091b1212a2503
	.quad 0x929104e1b76731f0, 0x32e1c19f95de39e4
	.quad 0x64ef5e8327d8689f, 0x7fa6287a7f800000
	.quad 0xfda04d29ff4d33ff, 0xc1b145b7f7619e15
	.quad 0x454b0164a17f7cb9, 0xc0b8000042740000
	.quad 0x178dcb2502bca59f, 0xffb532dfc33b5f1b
	.quad 0xccb0071277e64dc3, 0x05f188faff9d7d44
	.quad 0x492e5e587fc00000, 0x7db2f383b744ab09
	.quad 0x22ff29ebbfcff75f, 0x5ab84c34dfddfbfc
	.quad 0x029fc76bbddf8cef, 0xc0b743fd80000000
	.quad 0xbd7a00007fadb6a8, 0x80015959ee9b593d
	.quad 0x74ca6c51f298d955, 0xdf685fbbf3f5d4ad
	.quad 0x578acb46f1b346e6, 0xc3490b12d7ecae70
seed3:
	.quad 0x2390bb36a2ea0495
	.quad 0x000000000361663d
	.quad 0x1ec448ad5dbcbd7e
	.quad 0x8ee8de7d46c85c74
	.quad 0x74f0eac79ac48992
	.quad 0x00000000000002e7
	.quad 0x3ae0f4a7248371c5
	.quad 0xc89cd1c419ba2b64
	.quad 0xcdb3be50429eaaf0
	.quad 0xffffffffffff927c
	.quad 0xffffffffffffffff
	.quad 0x8f13b89e795929b1
	.quad 0x00000000122dc927
	.quad 0x0000000000000000
	.quad 0x2119b898bea82a40
	.quad 0x63dba3dbddbd1818
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x4dd0dec7f2bbb7ff, 0x9d86702e67390fcf
	.quad 0x036a2e16d460f32a, 0x4f8000017fb4c81b
	.quad 0xfeb22fe4d3f32709, 0xff800000bebf8000
	.quad 0xced0de85fffe7f32, 0x0495ee46492b0000
	.quad 0x4c0eeabda6937a3a, 0x78131506fefcfe49
	.quad 0xff8000007fba4907, 0x59efbe81ec207c00
	.quad 0x0c656d34cadf7d83, 0x18563283c3b11839
	.quad 0xfff74e03ffc00000, 0xddb06e859326d13d
	.quad 0xfdc24446ffd68000, 0xc0f0000000000001
	.quad 0xbffde1ee139c9b21, 0xfec833dd546c0974
	.quad 0x7f87ff2a7d858004, 0x82a55e4ee57fb163
	.quad 0xfff8d33ccccba236, 0x8002287f3ca99353
	.quad 0x3d4b092df9afd7f6, 0xabda938adbffffff
	.quad 0x0133e6071e05a984, 0x959cd6d078aa986f
	.quad 0x2c92a77759ec923b, 0x097d6a15abc007ff
	.quad 0xbbb3d1381acbd5b9, 0x5dc44baf9bf42cfb
	.quad 0xc07e4cba9a890629, 0xbf94b79a8ea62fc5
	.quad 0xfb07cbbf3fe80000, 0x0000000000000000
	.quad 0x8000000000000000, 0x16ee1dcff9dfedfe
	.quad 0xbff8000000000000, 0x77fc066d8d2b3bff
	.quad 0xc110000038400000, 0x7f800000c01d6cb4
	.quad 0x000218e783f353e4, 0x8e0e10b95b8dfc00
	.quad 0x3f800001ff800000, 0xf33162ad6abf3711
	.quad 0x00000000801e09bd, 0x954d6f9f97c16f82
	.quad 0x40af000000000000, 0x3fb99f95150caa6f
	.quad 0x000000007f800000, 0xc0416223428f622f
	.quad 0xe86f7d94ffa77635, 0x31e59ab1fffcdbb1
	.quad 0x0970b3fac01c0cbd, 0x400d0e50a485a165
	.quad 0xfff0000000000000, 0x59d87a005ffe369a
	.quad 0xfd065626ad257ac0, 0x22ccb6877fc00000
	.quad 0x7cd2becdbd0f6698, 0x3f833f147fc00000
	.quad 0xc03033eece06eb79, 0x7fdfffffffffffff
seed4:
	.quad 0x8000000000000000
	.quad 0xffffe24eae961fe6
	.quad 0x9f60f765f8122cc3
	.quad 0x000000000000000b
	.quad 0x3301d0b097e7f7cf
	.quad 0x0000000000000189
	.quad 0xd408d09bbb5da811
	.quad 0x0000000000000371
	.quad 0xcdf06e576e38d0b3
	.quad 0x00000000000002fb
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x0000000100000000
	.quad 0x5734c6f57694cc7b
	.quad 0x64e25f69ad66f886
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0x17d06580cffb68fd, 0x7f9732363e410149
	.quad 0xbb89b1ef7f85e3d9, 0xfdfa56fddd55c277
	.quad 0x629b78eba8180315, 0xf989506107330000
	.quad 0x0040d4fbeaa89e58, 0x02286c3c30c3cade
	.quad 0x7ff8000000000000, 0x15378f18e36f8e29
	.quad 0x548b534d637703ec, 0x8007c76592698af1
	.quad 0xff893ddb3b440000, 0x482a7748d4fe63ff
	.quad 0xcc7acc4830ea5339, 0x98467be6f091f5f3
	.quad 0x59c723d2e0d5a9dd, 0x4e0937357fe2b073
	.quad 0x7b5a3cb028227224, 0xa3859eac00849e64
	.quad 0x3bce84587fa9cbd3, 0x13b148993d4e0000
	.quad 0xbfe01564843d20ae, 0x000000007fc00000
	.quad 0x742815f063dddff6, 0x8000000000000001
	.quad 0xd72627aaebfafcd6, 0x8005bd12bcf35ac9
	.quad 0x0000000000000000, 0x15599bbffbb4fe9c
	.quad 0xdef3bd264145576a, 0xcc1bb26b42329316
	.quad 0x9d854450ffef7ae4, 0x6acff56516567e00
	.quad 0xfff8000000000000, 0x8028e85dffffefcf
	.quad 0x744544f3f72ffc00, 0x7ecd3fb6e4e13354
	.quad 0xf31399a7ffef39bb, 0x400e000000000000
	.quad 0x409400007c02bdb3, 0x4f19f765cfffffff
	.quad 0x4004000000000000, 0xbfde0b9fff8532d2
	.quad 0xbf9921d376284b16, 0x7f000000f7b1edd2
	.quad 0xdeab06a8bfff9617, 0x0000000000000000
	.quad 0xbf98729fe8d005a6, 0xbceff59f7fc00000
	.quad 0x1f84e7027c5f45e8, 0x30c2972942600000
	.quad 0x413ff350bf800000, 0x434ffffffffffffe
	.quad 0xbec92a59ff800000, 0x8000000000000000
	.quad 0x7fbec9ebb962dd63, 0x8004b77120c322c8
	.quad 0xcf3d8bded11efc00, 0x9974a772bffffb3f
	.quad 0x00000000ee9e1c32, 0xbb0e7d7afffd0343
	.quad 0x716aefacdb32f1fe, 0x7ffadb700d120b0d
seed5:
	.quad 0x000000000000009f
	.quad 0x0000000000000000
	.quad 0xef4ba5aec8c9b262
	.quad 0xfecb6eb3149b338b
	.quad 0x000000007fffffff
	.quad 0x7fffffffffffffff
	.quad 0x00000000004237ea
	.quad 0xffffd376c2fa81d5
	.quad 0xa8bc987b95d34bfd
	.quad 0x000000000001b8d5
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc2a
	.quad 0xffffffeb29eab594
	.quad 0xa867b4df25502bd7
	.quad 0xfffffffffffffdd8
	.quad 0xfff444fe09ba215d
	.quad 0x04400000
	.quad 0x90000000
	.quad 0x65947e0eff6ffdd9, 0x42a2d62180000000
	.quad 0x3f9670ab3e22f5f1, 0xfff0000000000000
	.quad 0xe0915bc3d4ddd05f, 0x7fc9665111d12695
	.quad 0xbf09800000000000, 0x0008000000000000
	.quad 0x0000000000000000, 0xd98000007f91a4cc
	.quad 0x08cc6561ff9a7e00, 0xef846e053f3301d3
	.quad 0xf5c4b5edd79b4280, 0xbef0400000000000
	.quad 0xbad0000000000000, 0xffc00000cbe12e31
	.quad 0xc01bbdaae1be9be4, 0xc2422016bc6c01f8
	.quad 0x68a82287f5c526bf, 0x41f51f91c19dca87
	.quad 0x4057124d95c6cab8, 0xfffab1ed63e87c1b
	.quad 0x12fa8dcf1df9fe00, 0x5a7fffff42962816
	.quad 0x4272325c19ae5dd1, 0xc0be800000000000
	.quad 0xf6e66fc8ff8b72bb, 0x13b48e0870957e00
	.quad 0x7fbef0db064aa761, 0xff95e5c5bd729dbe
	.quad 0xbca00000c0b00000, 0x43500000ff888905
	.quad 0x156bf4b537e57cd8, 0x083423bb3fffaffb
	.quad 0x000342bd24d0e759, 0x7fa616f49a92a13f
	.quad 0xffeba6860b556811, 0x800757be07a6d324
	.quad 0xfff8000000000000, 0x23dfc3026db6fd81
	.quad 0xc898250db6f7fe97, 0x9b8b3f7c44ef7924
	.quad 0xbd490fd5fbce7659, 0xff800000bc37d7d0
	.quad 0x72bb71897f800000, 0xc11c000000000000
	.quad 0x87e0add7451e3876, 0x37a9bd28daa3d082
	.quad 0x7ff0000000000000, 0xb0d5b89ccf596fc2
	.quad 0x80f7a09119a8bfcf, 0x7f800000ecc9644e
	.quad 0x3daf591e3d723d35, 0x3f7d8db977d1d216
	.quad 0x4994f48577e50586, 0x8fc43dc1529bb471
	.quad 0x83b84964b03c472d, 0x3f1b000000000000
	.quad 0x726263a2193afe00, 0x5cc14a29ffffbfbf
	.quad 0xdf96e73e62fb8ed6, 0x7ff0000000000000
	.quad 0x90987f813694ac63, 0x85b67332ffbbffbb
seed6:
	.quad 0x0000000001627938
	.quad 0xcf6e8a38a935dc61
	.quad 0x32ff3df1b3113470
	.quad 0x0000000000000000
	.quad 0xfffffffbd33a5187
	.quad 0x0000000b50ff5b9d
	.quad 0x00000000000023c6
	.quad 0x2e4655a69f6e310b
	.quad 0x0000000000000370
	.quad 0x4d217c5077336831
	.quad 0x00000000cff78599
	.quad 0xffffcb87fa668ec5
	.quad 0x83b707c6c514f22c
	.quad 0x000000000000006f
	.quad 0xb576efc00f499d7f
	.quad 0x4f71a363745f0843
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xbf9a87a2a1cfff25, 0xc330000000000000
	.quad 0x0000000000eefc21, 0x84162b43ffec7da8
	.quad 0x7fdfffffffffffff, 0x21507dfcb972807f
	.quad 0xcb15d245393cfc25, 0x0080000040fbfeb8
	.quad 0xdbdbd9e553997e00, 0x003622da00464e52
	.quad 0x7f800000cffffffe, 0x7f8000007fadf5d4
	.quad 0xfff0000000000000, 0xc193ee29c22ce330
	.quad 0xf898c9d63bfc796b, 0x58c3806deebc7dbd
	.quad 0x7fa493341bd6725d, 0x012067a61c68dbf4
	.quad 0xc04b0f5b75298878, 0xb2eb34df0d468200
	.quad 0xffaadf858be28147, 0x7ff8000000000000
	.quad 0x99defbbbfffffd77, 0x362c000078c9a4e0
	.quad 0xbd85dabf7f800000, 0x68bba9fc3dec8000
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0xc5420000e8791c2f, 0xac8644087fcd7800
	.quad 0x42b7d8503e7ffffb, 0x14885d2d0813a1ce
	.quad 0x817fffffff800000, 0xffd19ecb2e9462ea
	.quad 0x808000003e1c4b88, 0x8000000000000000
	.quad 0x413c2dc1ffc00000, 0xb1960311e37ffbed
	.quad 0x1487df9bca37741b, 0xc0137a7b9e5ad6ab
	.quad 0xbd3a87887f98425f, 0xf4f36ea0c09a0000
	.quad 0x7fc000007fbad086, 0xb6cc2204fbf9f702
	.quad 0xc8e0000047ffffff, 0x837fc40c87dd7c3f
	.quad 0x4ddd22e46f08f658, 0x7d21d5ee07e2296c
	.quad 0xfe376dfb025c4941, 0xbf400000922da6f4
	.quad 0x7ff0000000000000, 0x3f87e0ad742e44bc
	.quad 0x1f4b6668c1093be8, 0xc1282dbd7f7efabf
	.quad 0x0040000006a21849, 0xc3fffffffffffffe
	.quad 0xec8158fbc8357c00, 0xffaeba788027f882
	.quad 0x7ff0000000000000, 0x36566fb2ed5e0c87
	.quad 0x004552e23f900000, 0x8000000000000000
	.quad 0x4b00f9b5ffe13877, 0x8040000043d22494
seed7:
	.quad 0xa54e82ff4d5fd584
	.quad 0x0000000000019c30
	.quad 0x000000007fffffff
	.quad 0xffffa5bc04d40d35
	.quad 0x28ff9392b2b2ab00
	.quad 0x4f3653d2a8f1d18e
	.quad 0xfffffffffffffef5
	.quad 0xfffffffffffffc5b
	.quad 0x352bc1180db649b6
	.quad 0xac5923917e94507e
	.quad 0x25da562f250e79d4
	.quad 0xfaa8af9017505159
	.quad 0xe9c08f47325212b2
	.quad 0x081f6ccd560e0561
	.quad 0xa29103f59bcb3591
	.quad 0x0000000000000000
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x7f80000029dba611, 0xb2e73ecad9270d06
	.quad 0xff8000007f9ae91d, 0xe2cd944bb39eb2b6
	.quad 0xfaefd7090ad8d8b2, 0x66961283ffc8fbed
	.quad 0xffe5699e80855bcf, 0x001fffffffffffff
	.quad 0x1da2b82b7f800000, 0xc0c10b8f41040000
	.quad 0xde76dd202bcc661f, 0x13a438e6c2cc0000
	.quad 0xc1ceb72fdee7fefb, 0x01abcd2dfad717e6
	.quad 0xa6fc84683d7ffdaf, 0x98d28b852b995c7b
	.quad 0xfff0000000000000, 0x6a1afedc7fbdffc8
	.quad 0x3fa37d08e919d0c7, 0x0ab3d5ecf87d423d
	.quad 0x136c977c3ff7fef2, 0x7ef6cf7af9557bac
	.quad 0x0000000000000000, 0xfe8e3da461d11e27
	.quad 0xa94acec273ff0264, 0x7ff50d0fa45efee6
	.quad 0x7fe51b6a375a5d28, 0xfff2a7ffc0a2b335
	.quad 0xbf8e94d8d7b379bd, 0x23072c7132a2c000
	.quad 0x3fa8977a4aa98026, 0xc061000000000000
	.quad 0x7e8801f480428b3f, 0xf7da3c847fcefe87
	.quad 0xd8a95f0d6ac7d8bb, 0x4780000141800000
	.quad 0x409d0000ffa1fd3a, 0x9d0e3b9a3fd00000
	.quad 0xbc2a5d714128b70b, 0x7ff070fa3e8d6b67
	.quad 0x483b5534ee99ca20, 0x7e542f35f5e15b77
	.quad 0x4a7b8becf17b7194, 0x7ff68722c0c217f4
	.quad 0x62656bc1aac99cd3, 0xc3c2323e21c8593c
	.quad 0xbf04000048310000, 0xbcf7cae4beaff63b
	.quad 0x000ab9e01176f477, 0xbbb9ee27ca99c109
	.quad 0x80000ae7a2e75246, 0xfff534aec51f1539
	.quad 0xb0c3ee547f8909c3, 0xbac0000080000000
	.quad 0x801624735a000001, 0xbc5c0000c0880000
	.quad 0xc53cc44ffffbf0df, 0xfa0a78e7c342ab3d
	.quad 0x7ff8000000000000, 0x7fc0000095762bfa
	.quad 0x2d2ab0e689c922ec, 0xffdd8165de44916f
	.quad 0x1e07ac020d3f3d00, 0xd21ce6621182ebf5
seed8:
	.quad 0x0000000000000158
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x346c054cad159925
	.quad 0x000022dcd90c1a27
	.quad 0x0003beae7ceb0700
	.quad 0x000000000000000b
	.quad 0x00000000000002ed
	.quad 0xfffffd457819fe59
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xa3e478ca13018a4e
	.quad 0xfffffffffe1b44fd
	.quad 0x6191d03bcbe6b3a6
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x4a8875d3ffbd7314, 0x3043da8263f7f4fa
	.quad 0xac9e8080badeb6d5, 0x52cb9f9ea4a88000
	.quad 0x3fffffff1468be19, 0x8059288140dc0000
	.quad 0x80ffffff96b163bc, 0x0000000000000000
	.quad 0xf95af4fff43f0ed6, 0x11b6b48afff7dd8c
	.quad 0x3398ca2cbf1b00b3, 0x8057975a410c0000
	.quad 0x73be43ffbff77c69, 0x00000000bc091707
	.quad 0x8472a8bc99fa82c5, 0x19a8d492ffcace8d
	.quad 0x8000000000000000, 0x81435967d3489652
	.quad 0xbb145323906cc991, 0xca09edc8ff86819f
	.quad 0x507bba22c41f49a4, 0xc11e000000000000
	.quad 0x9f9e54ea5e1ad21f, 0x064f6d90a39dfd47
	.quad 0x928f7ac01b847771, 0x05f43332cb3db7a5
	.quad 0xb3e27f50b4f6802f, 0x00322a5a3fc00000
	.quad 0x7db3ff2181000000, 0x73352e1e4a787bff
	.quad 0x2b57d4035da9fffe, 0x3ef2c00000000000
	.quad 0xac3342208c2eb5ed, 0xf28908e3ffc1daf2
	.quad 0x8008000000000000, 0x8030377e41140000
	.quad 0x4024000000000000, 0xc01cebad231926b2
	.quad 0x173397c7ffeffe2a, 0x64a9731bf7774615
	.quad 0xbde280f37f82f343, 0x595a3eb40569b3dd
	.quad 0xbf73800000000000, 0x8862e3a8426e873f
	.quad 0x36980482f5d623f1, 0xbfdc0dc059fffffe
	.quad 0x8000000000000000, 0xe76c7942bea78fec
	.quad 0xfff8000000000000, 0x3fbfca432a3fec97
	.quad 0x4343a92c253d3517, 0x014038ee5f000001
	.quad 0x2f54c97adf5aacc1, 0x82dba02c985ffc75
	.quad 0x30c4faa5dbf3ff47, 0xff80000000000000
	.quad 0xfaac43a360ff0059, 0x43f2dd0a53b2cd2f
	.quad 0xc3f8d89c4fdbff11, 0xc03e85470428ad65
	.quad 0xbf98000000000000, 0x27ba32034f488f47
	.quad 0x445c1c1a1ccb77ff, 0x0000000000000000
seed9:
	.quad 0xc8a30ac587bb169f
	.quad 0x000000000000006d
	.quad 0x77f7e13be24fd6bc
	.quad 0xffff2472c8327138
	.quad 0xfffffffffffffe0b
	.quad 0xffffffff80000000
	.quad 0x000013507531eff3
	.quad 0x0000000000000000
	.quad 0x219e20e1cc34df5b
	.quad 0x0000000100000000
	.quad 0x00000000000028df
	.quad 0xfffffffffffffee5
	.quad 0xffffffffff51071c
	.quad 0xa69e7024761ecfba
	.quad 0x4e127c056bf9fe34
	.quad 0xffffffffffffff6a
	.quad 0x01800000
	.quad 0x60000000
	.quad 0xff9373ef72200b48, 0xbdf258fdff800000
	.quad 0x3e800000c5c40000, 0x3fe5960681c81524
	.quad 0x7f73ab89e1d48636, 0x7661144f1f9617a2
	.quad 0x80000000c28c036f, 0xdf7fffff3fa00000
	.quad 0xbc2e40be00000000, 0x75e510d429ebfea2
	.quad 0x43570000c2537749, 0x271641fdeddec5fb
	.quad 0x0008000000000000, 0x1fa03e52a9aa798f
	.quad 0xffc000001c7e3a28, 0xaa7ac20edd8d803e
	.quad 0x6ff9eec07c693c00, 0xfff0000000000000
	.quad 0xbf857eb8382116e3, 0xf81717a821154291
	.quad 0xc016000000000000, 0xdbe63dd0fbffffff
	.quad 0xbfe35f1f0f2a1276, 0xab1cbb0ef91c8991
	.quad 0x816a32e55606c65b, 0x078ab7d67d57bbf4
	.quad 0xef76b101ffc00000, 0xa7a8842803dc3ffb
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0x70488e31fedff7ff, 0x924e659965f247f6
	.quad 0xc228cde915643444, 0x7f92848441000000
	.quad 0x00073e5aa3e9d1bc, 0x3f09e00000000000
	.quad 0x5d9cac3c7fe75450, 0xe371fe2f309e7ac7
	.quad 0xca7a75c6fac58000, 0x80000000ef7a9764
	.quad 0x1fa55f4d2e49118c, 0x7f82088040000000
	.quad 0x3c5d2a6580000000, 0x0b13658e9977fc80
	.quad 0x802fffffffffffff, 0xa6324ea857ed1227
	.quad 0x7f80000041a82a11, 0x0010000000000000
	.quad 0x403e97e49f403131, 0x862b9df3cae4fcf8
	.quad 0x0c3b869a3c677b25, 0x6496b3860eb67800
	.quad 0xf1359b7c4c160a78, 0x7e9399a186c71315
	.quad 0x5dfe9153ffe97500, 0x00000000837b209a
	.quad 0x3d0d3b934ba50000, 0xbfbc2d7d2bff2247
	.quad 0xe42286cbcffffffe, 0xc29ae68f3d33295e
	.quad 0x7dd851667abf35ef, 0xd95522d8cc22bb62
	.quad 0xff886dcec0284e17, 0x8050e0ac7fe98ba2
seed10:
	.quad 0x0125fbb76aa3fe30
	.quad 0x3e9755dd9e39227f
	.quad 0x00000000ffffffff
	.quad 0x9ecd190bbd1bcd3b
	.quad 0xffffffffffe82f86
	.quad 0xf0d6479408783d9f
	.quad 0x0000000080000000
	.quad 0x0000000077048898
	.quad 0x0000000100000000
	.quad 0xffffffffffffff83
	.quad 0x000000000000007a
	.quad 0x0000000100000000
	.quad 0x85146ecff5079fe3
	.quad 0xffffffb48c10c1df
	.quad 0xff11b1c5a835d516
	.quad 0x0000000000000212
	.quad 0x01800000
	.quad 0x70000000
	.quad 0x3d7a9ab0c7000000, 0x7ffc6770791b3c28
	.quad 0x772935fcc0500000, 0xdec32943a2f087ff
	.quad 0x6ee27f28fffef595, 0x182c2b657f9e457f
	.quad 0xc70cfbc5773ffdf9, 0xbf800000bc90e36f
	.quad 0x8037a388ff800000, 0x7ff89e129b3ca112
	.quad 0x5dc465abd3898137, 0xbbfedfba9e277e21
	.quad 0xff86ce787f800000, 0xc03510fa058e29cc
	.quad 0xff800000ffc00000, 0xe1908671f0fffc00
	.quad 0x4cd95b477a38e1ff, 0x7fbf480a7f800000
	.quad 0x175dbf3b129e0200, 0xc33fffffffffffff
	.quad 0x3fc11b0662090624, 0xf5d43a2fc9db241c
	.quad 0xeeaa4275df2102eb, 0xfe66d6e060b1df1b
	.quad 0xffd0000000000000, 0x2a8a49a8ffc00000
	.quad 0x4015000000000000, 0xb345e0efe87b7c2b
	.quad 0x8c0a6e18ffb3fe73, 0x1f58aead1f75f939
	.quad 0x8c4c51d3ffcfd083, 0x4016cce388b0a915
	.quad 0xc012cee1006503eb, 0x7efcd6016ab50a60
	.quad 0x8000000105605c99, 0x801ea2c8ea4c89da
	.quad 0x7f1f98137d9ee419, 0x7fe543836c5f0796
	.quad 0x7fd764e07a5c2511, 0x7f952b09c9680000
	.quad 0x7ff6d948dacba616, 0x995527df950178a6
	.quad 0x5985f38564ffcddd, 0xc34442aae0accc4f
	.quad 0x0000000000000000, 0x1e036544264aea17
	.quad 0xbff6ab8dbf958001, 0xf8390536ffddbfff
	.quad 0xbfd0000000000000, 0x7c66041e06490000
	.quad 0xfa3f6cd76fdfdaae, 0xbe6291ddfb732509
	.quad 0x00dbb00100000001, 0x4094b0676c40320c
	.quad 0xba88f35d8f168000, 0x4097c00000000000
	.quad 0x7e800000c039cff6, 0x400f3ffa05aacd1d
	.quad 0x401b800000000000, 0xda4346bf9afe7c00
	.quad 0xdaf8d7f24cac03d1, 0x40748bf857f43ceb
	.quad 0x2af799c055ffffff, 0x7ff0000000000000
seed11:
	.quad 0xe6706759498aaf6f
	.quad 0xfffffffffffff39a
	.quad 0x00000000000003b9
	.quad 0xffe53e26d26b46cb
	.quad 0x9f44741b7b365ba0
	.quad 0x000000000000007d
	.quad 0x6fd5356e3a247602
	.quad 0xfffffffffeee00c3
	.quad 0x7fffffffffffffff
	.quad 0xfb0d99753cf0c04a
	.quad 0x1fde5465dfbdf5ab
	.quad 0x6bf9c339a3a3d199
	.quad 0x0000000100000000
	.quad 0x00000000000003be
	.quad 0x0799458a28e6530a
	.quad 0x0000000000001fdf
	.quad 0x01800000
	.quad 0x80000000
	.quad 0x6b112dd1fe754d7f, 0xbfc0e173f33a3240
	.quad 0xbf503818bd37da19, 0x800000003bbd4af4
	.quad 0x80000000bfc7ccab, 0x25ecc335b69f7082
	.quad 0x068cbe6d74ac70b4, 0x8151829fbc5a426c
	.quad 0x4080000036e4da73, 0x1c9191217fae13e8
	.quad 0x7fcee0053c2ad3a7, 0x02f8cd51e9978333
	.quad 0xc2998b3e5e3c278a, 0x729c2bcfd85dea42
	.quad 0xf497ce6398677bac, 0x420701dc7f800000
	.quad 0x3fae000000000000, 0xffd0000000000000
	.quad 0x3e01c75e7f6b7936, 0xfff22f67f4e94f82
	.quad 0x805be6f97d504804, 0x80000000be800000
	.quad 0x8037f47c7fc00000, 0x7fde2200800e27f1
	.quad 0xfff0000000000000, 0xbf0000003ec7c4ce
	.quad 0x003ce144be3f2a8e, 0x40650284836e95e5
	.quad 0x084e197649e8d679, 0x4081bb9cc5400357
	.quad 0xfff0000000000000, 0xdd770d557faffd79
	.quad 0xfff8000000000000, 0x7ff0000000000000
	.quad 0xfef13964f4189809, 0x80308204d1748906
	.quad 0xe3663f789eeefefa, 0x3b80587dffbdffbe
	.quad 0xdf7ffffeff800000, 0xc0f62694fffe8d98
	.quad 0xfb7b72d06bfe8000, 0x817fffff7667864c
	.quad 0x4ffffffebe000000, 0xf0dbfb4c7f07e4f9
	.quad 0x63a7bd24e683ab40, 0xff79ac3c7c3e28eb
	.quad 0xff5022826d612191, 0x43f0000000000000
	.quad 0x3ef7018580000000, 0x55b87be2d61fce91
	.quad 0x00cff70c7bf7fc96, 0x5f8000017ae4f115
	.quad 0x8ecaa1e9ae9efc60, 0x75d2d0eada6effdd
	.quad 0x7f800000c7000000, 0xe574348587f8f8e2
	.quad 0x7ff492f2c349099b, 0x1a0a1c077fbb9f2e
	.quad 0xffd0000000000000, 0x3ed8000000000000
	.quad 0x7ff9826330f8851f, 0x484e5d8698215ad0
	.quad 0xfe2628e17fb56d3f, 0xc1fd94483f80e3cb
seed12:
	.quad 0x000000000000da46
	.quad 0x20fb38af08721a0a
	.quad 0xfffffffff929bd0d
	.quad 0x0017cc85cd492db4
	.quad 0x0000005bda9748d1
	.quad 0x0000000100000000
	.quad 0x4649d173eb6cc8b9
	.quad 0x00000000000a6979
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffeff
	.quad 0x0000000000000dc3
	.quad 0x0000000080000000
	.quad 0x205ad36fdc9a2274
	.quad 0xffffffffffffff47
	.quad 0x0000000080000000
	.quad 0x0000000000000276
	.quad 0x02400000
	.quad 0x50000000
	.quad 0xc0769e01f702a65b, 0x3feedd5777363976
	.quad 0x41160000807fffff, 0xc13b000000000000
	.quad 0xc77ffffe477fffff, 0x0000000000000000
	.quad 0xc021c00000000000, 0x010000007fc8ac65
	.quad 0x61f36db665755e61, 0x130aed5affcdf9be
	.quad 0x278c353b498c7e6c, 0xbdac69fe80000000
	.quad 0xbfc003a0dd910723, 0x880610c9cfbdff86
	.quad 0xfff0000000000000, 0x8bde5b94ff800000
	.quad 0xf3465874ffa73932, 0x541a421bb41e00ed
	.quad 0x8094c00cb653bbfa, 0xc022000000000000
	.quad 0x800604b9ccf16430, 0x010fe697f1ab9610
	.quad 0x96cafc2dcac6dcd7, 0xb6000000873a833d
	.quad 0xe8621e92ffacfc13, 0xff492d5144000000
	.quad 0x7fffba5e8943fa80, 0xdf7ffffec8bd0000
	.quad 0x5abd6b1d30c34c3f, 0xff9da5813eb0c0d5
	.quad 0x7f8000003e1e497b, 0x1d2d08867fcf4480
	.quad 0xc18dab13bfc60000, 0x2793483e3709fc00
	.quad 0xbf58a00000000000, 0x59800001c9710000
	.quad 0x9a80078dd40a5a74, 0xc1a219abb5ef8af1
	.quad 0xc0f0000000000001, 0x3fbffc440783338e
	.quad 0x00000000ff800000, 0x41c40000f5840484
	.quad 0x7fc0000041040000, 0x5bcdd52effaff8c9
	.quad 0xffd8fe047fc7cfd8, 0x41c9fdfbffbc7ce3
	.quad 0x7dfd142467975155, 0xc7800000ff800000
	.quad 0xbce00000c265a05b, 0xc7ce93dbb0b40000
	.quad 0x39a03e5e3fa60000, 0x3fd0000000400000
	.quad 0x3894e8317fa47812, 0x35a000007fc00000
	.quad 0xee56959d486d96c1, 0x7effffff004cd9e2
	.quad 0x407ef5647c412586, 0x7ff59fe348cb7bee
	.quad 0xb62d21bf3fc17e5c, 0x4020000000000000
	.quad 0x3ff6000000000000, 0x96e482a698cd0001
	.quad 0x1dd900e690f64880, 0x7ff0414d120931a1
seed13:
	.quad 0x7fffffffffffffff
	.quad 0x0000000001dc91ee
	.quad 0xffffff8da598d1a8
	.quad 0x0978a651d8d2530a
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x0000000000000013
	.quad 0xfff8175226dceacf
	.quad 0x98a36b8d4ac07994
	.quad 0x000000007fffffff
	.quad 0x2e420edc00955496
	.quad 0x41d538f41c10b488
	.quad 0xc8c186b85e72d510
	.quad 0xffffffffffffcb4c
	.quad 0x7a570035fb0046d0
	.quad 0x0000000000000001
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xffc000000851db38, 0x69e69a8b7ce0b9e5
	.quad 0x8102504b44d2cf29, 0x3f92fe5e8e55fe6c
	.quad 0x282df3a8cf7806b4, 0xbc4f20f000000000
	.quad 0xd1c13c2efff57c00, 0x148aeedb7f800000
	.quad 0x4362c62600000000, 0x4c9c7110bffe7c00
	.quad 0x41059f12990fa63b, 0xbfae85221f351eab
	.quad 0x3f000000c26e3564, 0xbb4eb9d029ede1c6
	.quad 0x3caea66044800000, 0xf36d3473fff7bfff
	.quad 0xffa96297e31518af, 0xc018800000000000
	.quad 0x7f8f2cfa00000000, 0xda399f4df69552e5
	.quad 0x7ff76576ef32b99a, 0x3c9d2ed41361a54c
	.quad 0xfff46cc03b36c329, 0x969bafc7bf5efdef
	.quad 0x0010000000000000, 0x65a5b32b6577f93e
	.quad 0x0b57e3782f1fffb3, 0xc12e24cb531ac300
	.quad 0xfe9bf47a19ae232e, 0x121dce6cab7943c6
	.quad 0x6b37d4bec0880000, 0x3ffd2af2bf223bae
	.quad 0x8000000000000000, 0xc510eb7f82f3de1a
	.quad 0x90942c31ffffffff, 0x3575ec9ffbfdfdcf
	.quad 0xf987bbda5ddfef76, 0xa92d265b3eff9f75
	.quad 0xc07fffff7f800000, 0x79633854caf67c00
	.quad 0xffc00000ffb155ab, 0xcf7fffffffc00000
	.quad 0x443000009d369ab2, 0x9b7bae2c96b8bd4d
	.quad 0xc0d8000000000000, 0xdfffffff522cc770
	.quad 0x7dcb7c83eb5a1fb2, 0x82484d8f83479ab2
	.quad 0x80383b47c7732247, 0x163f6a951f11d34c
	.quad 0xf7aee3e358be7e4e, 0x6e89322fdb5b41c0
	.quad 0x780e3b780210fc00, 0xc7fa0fb042d903c4
	.quad 0x7ff8e846da3856ca, 0x501f784af93faf65
	.quad 0xbf01341529551305, 0x3bef3743d0ffffff
	.quad 0xc04995d059129c81, 0x006bd53200753132
	.quad 0xc3a56b2bc3f1d944, 0x7da78cb99713bb1a
	.quad 0x42ace8203a030000, 0x80000000336b93af
seed14:
	.quad 0xffffffffffffe3fc
	.quad 0x083a422df9f9623f
	.quad 0xffffffffffffb991
	.quad 0x0001b24caf521ba0
	.quad 0x0471f6ef1634e968
	.quad 0xffffffffffffff47
	.quad 0x9dec2cb7cf3c1d7a
	.quad 0x5824193bdde27eae
	.quad 0x911d02aa51a679d3
	.quad 0x00000000000001e5
	.quad 0x9a81318124173ddd
	.quad 0x00000002d749c148
	.quad 0x0000000100000000
	.quad 0xcdc27067cfc48363
	.quad 0x000000007fffffff
	.quad 0x0000000000000148
	.quad 0x01000000
	.quad 0xb0000000
	.quad 0x3c63ab03e99be0e7, 0xff800000c08a8f38
	.quad 0x7fa45ed3c3541116, 0xe7703b8877b7f767
	.quad 0xe91779887f3d3edf, 0x7ff8000000000000
	.quad 0xc3f0000000000000, 0x3e921a5efff9f8eb
	.quad 0x5f97c8870b5e707a, 0xfff7a68709fd3772
	.quad 0x80fffffff36b2004, 0x580b1fbd5b72d493
	.quad 0xc0130c36b0844e06, 0x7f1ad06c5e43acea
	.quad 0x1606b5a5bce7fdbb, 0xdbfe67c2625b1794
	.quad 0xbfb17706b54e05ca, 0x496cba3adde6fb65
	.quad 0x41040000dfb10c0c, 0xff800000017fffff
	.quad 0x9a7a133dfc6a24e5, 0x1ada17bdbd11d75f
	.quad 0x4023000000000000, 0x404b1a78c0900000
	.quad 0x3f9b9dbf186a853b, 0xfff8000000000000
	.quad 0xb3bd310d8c71e23f, 0x3f99a4ae9aa530d7
	.quad 0x2cac16414ca4a925, 0x40b54aad7fece997
	.quad 0xc067c08efec7ac2e, 0x9c8b6e10bcb4ae17
	.quad 0x769e9f23f7ff7ef1, 0xc34715fead9d99c9
	.quad 0x400ffffffffffffe, 0x005c282fc3800000
	.quad 0x3db08000edbf7af0, 0x0000000000000000
	.quad 0xbfd45289f14b96c4, 0xfff8000000000000
	.quad 0xbffa000000000000, 0x405dd89008bb7bab
	.quad 0x66df0f1cf70fdfdc, 0x7ff64aa308a6d382
	.quad 0x9a79ee2d40000000, 0x08bfb1aa80482bc9
	.quad 0x71dee2cb50953090, 0x0019ab7898790946
	.quad 0x8000000040240000, 0x27781701ded5fd61
	.quad 0x7087de13ac6077d9, 0xfff5cd7eb31c498a
	.quad 0xda068b5c2e682c56, 0x41e0000000000000
	.quad 0xad938acc3810c080, 0x8000000000000000
	.quad 0x47f42b4a80000000, 0xfff8000000000000
	.quad 0x4f7ffffeff8fbc4c, 0xd3661c89fefffcb7
	.quad 0x7fba8b6a084ea8d8, 0xbf76c0c761b0a4a2
	.quad 0x4fa90585e7ffd40f, 0x62585d6c24e77c00
seed15:
	.quad 0x01e51279fa3c7147
	.quad 0xfffffffffffffdd6
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0xffffff24963a0af1
	.quad 0x0009795fd74a28a1
	.quad 0x00000000000002c7
	.quad 0x00000000000001d8
	.quad 0x0000000000000320
	.quad 0xede35ffe27f91897
	.quad 0x0bbf0fb005908237
	.quad 0xd344dac282428eaa
	.quad 0xdcf0531c16e3a9e0
	.quad 0x000018632465943a
	.quad 0x0000000fe3ba3efc
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x8437d4787f800000, 0xc0551eddab3db879
	.quad 0x7ff0000000000000, 0x897efe20ff7fffff
	.quad 0x53fc77781c1cf800, 0xc09f9df6ff1927f1
	.quad 0x33f5fe1ec08617a4, 0x4015800000000000
	.quad 0x7fcb40ddff8afe00, 0xb81b46ecc460487b
	.quad 0xcf1480589b50bd8f, 0x3eb2171e703b45c0
	.quad 0xcbfd545f00800000, 0x7e8d489ae2e14d01
	.quad 0x57ab67c4fcae7ea2, 0x817fffff18537732
	.quad 0x25da2bdfdbf67ced, 0x009a3c537fd3192b
	.quad 0x01000000bbcf6c02, 0x208a6f8e9078d26c
	.quad 0x7fc954753f800001, 0xc2c096b917324ee1
	.quad 0xbfceb432437ec11e, 0xbeaa3994477ffffe
	.quad 0x40bdfa49ffdd3ccc, 0xcfd565c300000000
	.quad 0x8db917f895417bff, 0x4023e5611b04bcea
	.quad 0x909892ba410ef208, 0xa3829a1c96e4af7e
	.quad 0x4d3c0e886c0aaeff, 0xf3f2c0b9ff800e60
	.quad 0x6ce5c6021e5e3f53, 0x800d5ee5223b6ed4
	.quad 0x5aa765a9d2d183b7, 0xc047ca67d164d0bc
	.quad 0xbfae271ed2a94942, 0x54e3f3fae32dfbee
	.quad 0xbe489acb0250cf8f, 0xfa54db9e40880000
	.quad 0x00000000bfe752c5, 0xffe0a46863538d10
	.quad 0xfff255e9073712c7, 0x81906140c7fefdef
	.quad 0xc01a800000000000, 0x40130e5a80000000
	.quad 0x04ac50fbbeef57ea, 0x026586c664790b34
	.quad 0xeab1228be2f7fde0, 0xfff115f90f644fd8
	.quad 0x40017bbbdc94a9f4, 0xceeddfe3bfec3c00
	.quad 0xb066a98dbdcdfc5f, 0x800000007da0b09f
	.quad 0x7ff8000000000000, 0x4f85c168fffcc3ff
	.quad 0xc19606bc254ca434, 0x3fe0000000000000
	.quad 0xb6f2c83dffc60000, 0xbbe22dc4780cd6d5
	.quad 0x403000007fc00000, 0xd5045007ffac8000
	.quad 0x8fe4a1e85bee7dff, 0xb6708c549beaa009
seed16:
	.quad 0xfffff3f802e743ff
	.quad 0xff6dd2dd1787e625
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x000000000075d791
	.quad 0xfffffffffe902ece
	.quad 0x77f2edeebb9bf790
	.quad 0xfffffffffffd9a7f
	.quad 0xfffffffffffffcdf
	.quad 0x0000000000000039
	.quad 0xfffffffffffffffb
	.quad 0x7f9b0a238619f4de
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdc6
	.quad 0x000000aa62e32c14
	.quad 0xffffffff80000000
	.quad 0x07800000
	.quad 0x20000000
	.quad 0x3fe696ca82e8c5f7, 0xefbfaac65ffea3e7
	.quad 0xbe4afde171573f6b, 0xc00eb9d11c88c0d4
	.quad 0xecb8da6820177d5b, 0xf426c51e1c3272d4
	.quad 0x6980c6597fba6353, 0xb02be1e7e4bcff82
	.quad 0x470000017fc00000, 0xd9800001c01e0df8
	.quad 0xffa440bcc3ce1a9d, 0xff80000040a80000
	.quad 0x1a4db375feffbaff, 0x8573a3b9c1080000
	.quad 0x303b37b1816f3720, 0xf0099c13007fffff
	.quad 0x1bb3711c16aa8183, 0x7c710ff47e73a295
	.quad 0x698185bbff79fbcc, 0x411602d0bd6fa236
	.quad 0x800efc8e4514e0be, 0xff2a1fcdf2c8f6fe
	.quad 0xa5345ec4c314a623, 0x212e1699ff40f2e3
	.quad 0xf90a7303ff800000, 0x7f27131af4fc0fca
	.quad 0x80710f26c0200000, 0xc0d5e4919a51d535
	.quad 0x3f400000ff90c87a, 0x00ffffff3c75bc57
	.quad 0xbf8e03705cb6b337, 0x0000000000000000
	.quad 0x951d684780000001, 0xcecaf460ffcffb2e
	.quad 0x817a0532bf800000, 0x80000000c34fb1ed
	.quad 0x405b345df4285787, 0x9150c7bad9f295b9
	.quad 0x1f6dfffa3b539f15, 0x80800000c9b60000
	.quad 0xf4f8cf8e69d4db6d, 0x00000000ffb1d75a
	.quad 0x2db61a67fffebb6e, 0x800000003e305797
	.quad 0x7ff8000000000000, 0x7fe8e14f80000000
	.quad 0x7f800000fdecfdae, 0x3f96c20104eee12b
	.quad 0x75a99796d1b9fc00, 0x02198512d501374c
	.quad 0x7fc00000ff800000, 0x4018000000000000
	.quad 0x7ff26b25ce9f5ce2, 0xbff8a00000000000
	.quad 0x0ba57efb80000000, 0xf53690b56cc23cb0
	.quad 0x80000001c166b319, 0x3e287eb9c0902a4d
	.quad 0x10617a1b8c057580, 0x132a490e72629b1c
	.quad 0xbfadc532e45da20c, 0xaa27a6fdffd1fc84
	.quad 0x4322d876fe6edcb6, 0x7ff9e476e320c4eb
seed17:
	.quad 0x000000007ced346a
	.quad 0xfffffffffffeab3a
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0x00000000011500e2
	.quad 0xffffffffffffffff
	.quad 0x0000000000000261
	.quad 0xffffffff80000000
	.quad 0x4bbba5fa9dddfb64
	.quad 0x0000000038c0a6f2
	.quad 0x702da0a7076fcec2
	.quad 0xffffffffffff5fd9
	.quad 0x856156cf6aa9076e
	.quad 0x0000000000028613
	.quad 0xc0857d4f220fd97e
	.quad 0x00000cef12247525
	.quad 0x02400000
	.quad 0x80000000
	.quad 0x0008000000000000, 0xb9d1bebe84fbfe2a
	.quad 0x825f24428cbfc46f, 0xfff0000000000000
	.quad 0x800011c0e3168629, 0xa079f6ef00a66799
	.quad 0xbf20000000000000, 0xcd6cfa2bd4fcfff8
	.quad 0xda47996cb4ac8480, 0x2d64593931e314be
	.quad 0xa7ab8067ac1dff6f, 0x1b6754d0fafa638f
	.quad 0xd5b527f4250b7fce, 0x402b357b24d17373
	.quad 0x470b8bf241f54478, 0x9aba9488e7bedaff
	.quad 0xbfea2a446a247421, 0xf815d56abef6fde4
	.quad 0x7ff2f53280186fe0, 0x81bf57f9a25efb78
	.quad 0x3bbac60b80430675, 0x40fffffffffffffe
	.quad 0x8000000000000000, 0x7f9b17ee5069204f
	.quad 0xea6223eb4a2772e6, 0x08b94ea97fffffff
	.quad 0x7ff94c280001f2e6, 0x68cb31a688be8341
	.quad 0x833791e2c4cacc0f, 0xff800000be84edd7
	.quad 0x3ff8000000000000, 0xeee83d4187ee7c00
	.quad 0xbf8000015bc46a3d, 0x70c4a813d507568c
	.quad 0x8028c30c49b2c4b7, 0x7ff8000000000000
	.quad 0x858a612d80000000, 0x40329c42e9a4dcd1
	.quad 0x32169427c4ff770b, 0xc36eb4602d0c7760
	.quad 0xc34e1ef5bec0d628, 0x8d5e0bb312968245
	.quad 0xfeb15bd83a30c241, 0x1e258b6effcf4280
	.quad 0x4012d15828ab6ddf, 0x7fefffffffffffff
	.quad 0xf25baa6f888ffb14, 0xba8581bcf9bf998b
	.quad 0x935dd3722cff8400, 0x43e0000000000000
	.quad 0x0ef55a2839f94400, 0x3ffb3aad052116eb
	.quad 0x22bb4a1d4332c420, 0xffec7a68ffdfefef
	.quad 0x5fbac65a7fe2c975, 0xbf40000042530e5c
	.quad 0x3fc1a9e209cc627d, 0xc34ffffffffffffe
	.quad 0xdf7aebc2c77ffffe, 0xcb0703a68f657fd0
	.quad 0xc99ba68eab86fc00, 0x0037cee75f800001
	.quad 0xdd72b066fc7d7c30, 0x7ed27f8300000000
seed18:
	.quad 0xffffffffffffff88
	.quad 0xe57f488c2030a4dd
	.quad 0x00000000000002c6
	.quad 0x0000000014d91f1a
	.quad 0xffffffffbb155f54
	.quad 0xfffffffffffffd0d
	.quad 0x0000000000000341
	.quad 0x000000007fffffff
	.quad 0xd586459554c0b6c1
	.quad 0x000006174453ca70
	.quad 0xfffbbd8cacf68f7a
	.quad 0xafe07c5447e86950
	.quad 0xffffffffffffff83
	.quad 0x0026e3c35dbe401d
	.quad 0x701cc0d775026c68
	.quad 0x00018babdfc72e2c
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0x7f83d9ab05fa6a1b, 0x7fb08204bbb82abf
	.quad 0x1eaf3638609b25dc, 0x8000000000000000
	.quad 0x4300000047800001, 0x80000000bc7b21ff
	.quad 0xf47edefb6b193312, 0x7ff8000000000000
	.quad 0xafff04b76e5f7fb3, 0x28616626a7f44cbf
	.quad 0x715d7c9840c80000, 0xc79fbbfccbbadf6c
	.quad 0x8297f2bbdaef5e19, 0x7ff0000000000000
	.quad 0x005bfd89457d0000, 0xd9fcebabfeea8c15
	.quad 0x6bfbd9b27a5c0200, 0x67f02755707bfc00
	.quad 0x434c9b4f80000000, 0x3f31a00000000000
	.quad 0x7ff0000000000000, 0x800000008153d68d
	.quad 0x1c8a0793ec7f46d3, 0xc1587d5fbdb37edc
	.quad 0xbbf2694dc88154b1, 0x79ac937438299f8d
	.quad 0x4070fc4e615d145e, 0x80000000c0500000
	.quad 0x00406d996f7e80b0, 0xbfb4a9c549c19865
	.quad 0x3ee0000000000000, 0xc080c3bfc5900000
	.quad 0xbb4000007fa9fa93, 0xe481bb581ef377ff
	.quad 0x001fcafec322d1e6, 0x40723369ffc00000
	.quad 0x017fffffaca0a4d0, 0xd8025db1b5d6b9fe
	.quad 0x81febdaa7e40c7dc, 0xe8e15673beff5eed
	.quad 0x7e79ab2c431ced97, 0xb0789bc6c24228d5
	.quad 0xf20863c2db2e0370, 0x00ed037eca12799d
	.quad 0xffe0000000000000, 0x9a65c4f2150a5b07
	.quad 0x40e3000000000000, 0x421379a90c10b945
	.quad 0xbfa5ffd30de38a4b, 0xc060000040400000
	.quad 0xe724bde87f9d03f8, 0x29706aa4c3727c00
	.quad 0x002351f585438107, 0xc1b9ded07f800000
	.quad 0x0315214f97f579c2, 0x0000aedbd8b3e6d3
	.quad 0xbb396d486ff7843e, 0xc1e0000000000001
	.quad 0xbfa2ec80ad72bd09, 0x624b400bffb27c00
	.quad 0x80ffffffd27f7a43, 0x9de7d53e9f26727f
	.quad 0xfff0000000000000, 0xfff8000000000000
seed19:
	.quad 0xffffffffff5bd989
	.quad 0x0020000000000001
	.quad 0xf2e615854ba5a640
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffca
	.quad 0xfffffffffc027eb0
	.quad 0x850d26ecdfacdfa6
	.quad 0x4e2173b94eb8fbb0
	.quad 0x00000000000dcb1b
	.quad 0xe99625c73e403b7e
	.quad 0xfffffffffffff2ef
	.quad 0xffffffffffffff8e
	.quad 0xffcfce79f4b7aae0
	.quad 0x00000000000001cd
	.quad 0x00000001ae640d92
	.quad 0x000000fde168e2cf
	.quad 0x01000000
	.quad 0x70000000
	.quad 0xb06ddea4ffae4820, 0x30f58ddbffe7e35d
	.quad 0x1523127e7f394c38, 0x84d86dff4eed7ed2
	.quad 0x806108423dd00000, 0x33b99dd5ff9f8468
	.quad 0xea5fd955f5e009cf, 0xd27b422b92c04080
	.quad 0xbfd7092a993f14d2, 0xbff0000000000001
	.quad 0x51b382b72c71fb6a, 0xf96787c6be6a0000
	.quad 0xbfb35bf71d73c7fd, 0x0000000000000000
	.quad 0x6ff2cd352751a478, 0xffcf419a108243b1
	.quad 0xc340000000000001, 0xdf80000152000001
	.quad 0x94e31b9e08567e00, 0x000a136ad0ebfaaf
	.quad 0xfff0000000000000, 0x1ac2e087ffd7b52e
	.quad 0x807fffffafe29fdd, 0x8000000000000000
	.quad 0x3f84000000000000, 0x7fc2d68e3fe00000
	.quad 0x0002326120e5419d, 0x7e18279afd6cfcc4
	.quad 0x40301ff660f2f4f0, 0x7feecae76d261ef6
	.quad 0x82f5e7f3f37f7feb, 0x25d8c919acbb4ade
	.quad 0x6140624c95e2fe00, 0xff9d5f754cc5abcf
	.quad 0xbc2555ae9cfefc76, 0x7f80000001000000
	.quad 0x7fc00000bf43e3a3, 0xf3f1251aa8b4fe00
	.quad 0x3c58dd9000000000, 0xc88000007f800000
	.quad 0xc5d8f24b6ec9fccb, 0xbfc9f43191ee2e28
	.quad 0x0024ec3dce212635, 0x63846105b859d719
	.quad 0xc08800004ffb6207, 0x7f8000003f2f351c
	.quad 0xfff8000000000000, 0xff96637a0312a18e
	.quad 0x758df1213d351e06, 0x810d85123a17939e
	.quad 0x0000000000000000, 0x7ff0000000000000
	.quad 0xa9bf3f0be00da1c9, 0x0060a7c5817fffff
	.quad 0xc0589d1b30bb336c, 0xbe37f2ff80ffffff
	.quad 0xfff7a225ff800000, 0x6b4c4a163c1e7c00
	.quad 0xdb62e641fe828001, 0x3c08e6229cc62386
	.quad 0x0cf62185cbeef777, 0x41c3b6c481000000
	.quad 0x8507d02a56dc0000, 0x02e51d53fc9c1c8f
seed20:
	.quad 0x0000000000000906
	.quad 0xffffffffffffffa2
	.quad 0x00000000000002d4
	.quad 0xfffffffffffffc2e
	.quad 0xc24d1ee1cd732032
	.quad 0xfffff056305b587a
	.quad 0xc5072f7f9b5e3f57
	.quad 0xffffffffffffff8f
	.quad 0x00000000000000ab
	.quad 0xfffffffffffffcac
	.quad 0x00015b07d55996e8
	.quad 0x000000000000014f
	.quad 0x8000000000000000
	.quad 0xaf195ef0d3b28a16
	.quad 0xffffffffff16ea10
	.quad 0x44e08853639c6755
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x7f7fffff3bde0000, 0x9d91fffa4a7001a3
	.quad 0xffe0ffa980000000, 0x7ff8000000000000
	.quad 0xff80000059fffffe, 0x8000000000000000
	.quad 0x42107d2900000000, 0x00ed184bfc75c2b3
	.quad 0xb64000002c29cbac, 0xc3cf48b47f800000
	.quad 0xbae60f2a00000000, 0x41e0000000000000
	.quad 0xbf85bf4ebc7c7634, 0xb00dbc44998b8000
	.quad 0xf401693268147e00, 0x002673fedfd27a42
	.quad 0x7dce977f6a54c6db, 0xfff0000000000000
	.quad 0xbaa000007f800000, 0xf93c7b29b7ffb89f
	.quad 0x4195f5afc3240000, 0xbfaffa71a1dccae2
	.quad 0x412000007fbd46a7, 0x7ff28cae1f4b16f2
	.quad 0x042f93ded4557ef3, 0xaba6037da5900400
	.quad 0x3fe8aa86573f0623, 0x70a871d47fafbab1
	.quad 0x8b99c54bbf97ff81, 0x3a387917ce7f2fff
	.quad 0x54863e03411f8b8e, 0x9ae3172ec56e09d5
	.quad 0xdf8000015a049888, 0x3fbb0bfa854b8443
	.quad 0xff6e68fcc0d80000, 0xffffd1d36d85d3db
	.quad 0xfff4f0ab7b6da7dc, 0x014f92a9e4e777f5
	.quad 0x477fffff7f9b5eca, 0xc019000000000000
	.quad 0xff80000042139983, 0xffc000009dc235b0
	.quad 0x400fffffffffffff, 0xcd8e88b3c8fe3b00
	.quad 0x86bc5046aef64c2a, 0x3c821a2bcf2aa8bf
	.quad 0xd076fa8068cf7c00, 0xbf1dfe2894041e6d
	.quad 0x851c1b63ffb4a91c, 0x2e7603467fe582ed
	.quad 0x7ff3c94690f9c580, 0x9204f3d70d7e5400
	.quad 0xc03eda0d2dc8ac1f, 0x7fdeae541b3ce17f
	.quad 0xc023800000000000, 0xc0c00000435bdc59
	.quad 0x5c3c4c327effffff, 0xfa8c01ec6a0d026c
	.quad 0x3460e59dffde8000, 0x0e759ea066f2f943
	.quad 0xe9ac7febe2fe19e7, 0x0f53323312ba7815
	.quad 0xc000000000000001, 0xcf80000147800001
seed21:
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x480a5f8ecb0116d9
	.quad 0x0049749f00a8cbd2
	.quad 0x000000000037c55a
	.quad 0xffffffff974c199e
	.quad 0xfffffffffffffec6
	.quad 0x0000000001000001
	.quad 0xffffffffffdfed30
	.quad 0xfffffffffffffc36
	.quad 0x00000001ec6b6bdd
	.quad 0x4c9993c2c622bf05
	.quad 0xe51d30f27045701a
	.quad 0xd3fe03a18ea1d97f
	.quad 0x00000000000000be
	.quad 0xffffffffffffff53
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x23eabd7c59f97ff8, 0x564591023fff7fd7
	.quad 0xbfb741ad43d3b32b, 0x0000000000000000
	.quad 0xa2d19e9ecf000001, 0x088ee23bbdfdf4ff
	.quad 0x7ff665df9f61509b, 0xfe5c61d3e159709d
	.quad 0x00000000c3e730d6, 0xc053dc8c1cbb2408
	.quad 0xee884a10ec4a8098, 0x4285a7d1cfb5692d
	.quad 0x014a56d73a8b1db5, 0xff80000043fffffe
	.quad 0xea26ec66ebf77f5d, 0xbeb0000000000000
	.quad 0x385800007fc00000, 0x7ff0000000000000
	.quad 0x7fc00000bce12528, 0x40ec0000c3c89118
	.quad 0x7f843507ff9d342b, 0x00658404c2400000
	.quad 0x3164fc514664fc00, 0xa437bdf975cf7ff7
	.quad 0x80069e41c0a454fb, 0xfffe96eaf5abf921
	.quad 0xf474bab00ade20b1, 0x41f0000000000001
	.quad 0x7e950b79c6601407, 0xff800000fddc22aa
	.quad 0xc3348b6e5f7fffff, 0x1700c1f0efad87d8
	.quad 0x8296f94fc65c1526, 0xf23a1812ebf3b9ea
	.quad 0x62877b93e76a9817, 0xb13948bf7cfffbf7
	.quad 0x4019000000000000, 0xb76f7a8daaa37d1e
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0x1e6d0067ff4b3ff7, 0x517f34ebbe3dfe8f
	.quad 0xbf7c5eb1018c7cc2, 0xbf79705befe4159e
	.quad 0x32a97ea7ffffffff, 0x802483d32dda7758
	.quad 0x20e2b13c0fff7d19, 0x40c8000000000000
	.quad 0x80000001e0356a76, 0x3fce5695472501d3
	.quad 0x4f67364238f38000, 0x79efe76c4950fe00
	.quad 0x9310983cfe37ff90, 0xffe092887d65429e
	.quad 0xd9023f2ab9487c00, 0x6e76a898b9e80000
	.quad 0x49734c2976e7ac69, 0x130a67c071c45fcd
	.quad 0x3fb5e5297fe8b919, 0xf93c0b1e75147e00
	.quad 0x80f1bf2d4ae33c73, 0x406e76919e9fab81
	.quad 0x40effffffffffffe, 0x8000000000000000
seed22:
	.quad 0x00000000000000b7
	.quad 0xe8076fbde37d288a
	.quad 0x0000000000000001
	.quad 0xffffffff80000000
	.quad 0xd98814a2b2d7c283
	.quad 0x00000000000001a5
	.quad 0xfffffffffffffdf3
	.quad 0x5f449e029ef55f6d
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd3d
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe9e
	.quad 0x00000004fd4b91c0
	.quad 0x0000000080000000
	.quad 0xffffffffffffff9d
	.quad 0x906323e36d931e1c
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x7518a553204c59fc, 0x0000000040600000
	.quad 0xa45d1e8b7ec06500, 0x40e0000043f09b88
	.quad 0xc57b09d473bb421e, 0x3f0333067f5b7cd8
	.quad 0x7c06ff66ffae9cbf, 0xc05848d3ce6c9e72
	.quad 0xc0f0000000000000, 0xc01f000000000000
	.quad 0x7fb852bdecd63b40, 0xc0eaa00000000000
	.quad 0x7ff0000000000000, 0x7faad59440fc0000
	.quad 0x7ff0000000000000, 0x3f0570b500000000
	.quad 0x068ff169ffd92178, 0x213c07cfb9487a46
	.quad 0x01584a79a0e73c3d, 0x701a7d9cbfdb48e0
	.quad 0xa7ed5f92ee48bb39, 0x7fb3997643ca0485
	.quad 0x3f981c3bfadf42ec, 0x401bf5b95fc98bc7
	.quad 0xb001deedd95a3fff, 0x8ecec15f231c073e
	.quad 0x0ccf74ebdac35fde, 0x203368af8003684a
	.quad 0xfc4e698dfff82308, 0xc00001bd03229ff2
	.quad 0x7ff72b729302feb7, 0x3f211e75ffc00000
	.quad 0x3bfeefbaedbc0374, 0x8cc1068f42c28e0d
	.quad 0x7ff760d206cd6f76, 0x007d517effbefbff
	.quad 0x3e2db0d17fc00000, 0x7fdfffffffffffff
	.quad 0xff8000008468c69e, 0xbf80000070f03f16
	.quad 0x3d8b99167771deeb, 0x0000000000000000
	.quad 0x7ff2ed858e5784c6, 0x0007d0d96ca05dca
	.quad 0xffdcc0207dccb11a, 0x4194b047694cf80a
	.quad 0x7f06d5d77f800000, 0x80092fb77c170ada
	.quad 0x4060e5464f000001, 0x4002000000000000
	.quad 0xb4f38e84ffa68b63, 0x6776f6636acd2559
	.quad 0x6051fd89ffdfff7b, 0xac26bb96d9d47317
	.quad 0x856a9309f7ffffff, 0x79910f54225e274c
	.quad 0x807fffff3e0b5316, 0x3bfb611f990386b6
	.quad 0xbfe37cf000000000, 0xac46ca71ff9ac4be
	.quad 0xb42dba0da9de7e00, 0x14422d81fb2e25ca
	.quad 0x2a55ca7afffafb3c, 0x04ad412eef52ca34
seed23:
	.quad 0x00001a6cbe7dcc2c
	.quad 0x0000000080000000
	.quad 0x18aabe22d4e45a27
	.quad 0xfffffffffffffcd9
	.quad 0x000000000000016d
	.quad 0xffffffef948675b2
	.quad 0x000000038163533e
	.quad 0xfffffffffffffc59
	.quad 0xe9598d5c32cf6b28
	.quad 0xfffffffffbe183e2
	.quad 0xfffffffffffffc21
	.quad 0x8deecfa2af67155f
	.quad 0x0000000000000313
	.quad 0xf1fbee68c2001ac3
	.quad 0xffffff8e5b8b46e6
	.quad 0x000000e1befd2e15
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x9c4e484073416f8b, 0xbf9e495aff172a7d
	.quad 0x40652aef49ffc760, 0xcf8000000b2578f7
	.quad 0x2ab9b52cc0244155, 0x4011000000000000
	.quad 0x08a3f31d7a558bff, 0x3f51e08e430d3ccb
	.quad 0x002fffffffffffff, 0xe0059c82e9bbe95c
	.quad 0x832482906a88384f, 0xe3186dfeffcafbf6
	.quad 0x7fe0000000000000, 0x3d660000805a7ddd
	.quad 0xe0ceeb6b5effc154, 0xb5d200003f1d2c63
	.quad 0xafacf2ce27c3fdd2, 0x8079bbdd4b1f20ba
	.quad 0x3fffffffffffffff, 0x7fc0000043750070
	.quad 0x41fffffffffffffe, 0x3f91f1b880d7419b
	.quad 0xfebd34aaa88dc7d2, 0x7ff225f669b58a20
	.quad 0x3ff4000000000000, 0x0000000000000000
	.quad 0x0000000000000000, 0x7fc0000005ecf47c
	.quad 0xc016000000000000, 0xa8da8571ccb1fc16
	.quad 0xa2b6734fe980788a, 0x7691a95f88d3c916
	.quad 0x7fcaee9d156338bd, 0x5b41fb26ac999f00
	.quad 0x4059c0ac75095bcd, 0xc9e958495f7fffff
	.quad 0x8008400d5f909e7b, 0x47d9e4768234c7d8
	.quad 0x805a834c40500000, 0x3ca108276ace25cd
	.quad 0xff800000ff8535f9, 0x7ff7597f04e503f7
	.quad 0xda7ffffe8093aca5, 0x7ff0000000000000
	.quad 0x00fb5fe434f6be00, 0xc0765f07539873d2
	.quad 0x80000000c73584b6, 0x7f8000003db42982
	.quad 0x7ff0000000000000, 0xbde3487cff800000
	.quad 0x804000003c11f123, 0x80000000bb613726
	.quad 0x4f7ffffe7fc00000, 0x800955ccc0400000
	.quad 0x87b9e361599f0000, 0x41ad01bb00000000
	.quad 0x8fa8a85174c5b762, 0x402664eec0600000
	.quad 0x888848baffd34580, 0xff8abb8a9db0bad4
	.quad 0x4f000001fff98554, 0x7ff8000000000000
	.quad 0xc07443b512d24926, 0x0bfd0964011c3a81
seed24:
	.quad 0xffffffffff30cd74
	.quad 0x0000000000000059
	.quad 0x9c435416e0c73ede
	.quad 0x80b4c111ebee064d
	.quad 0xa3e3f491fe3570e4
	.quad 0xdfb8df3dfe1a2edd
	.quad 0x0f309d471f9f9ca8
	.quad 0x0000000000027dee
	.quad 0xfffffff0bb2d17af
	.quad 0xfee0ad9c7ae4cc74
	.quad 0xfffffffffffffef9
	.quad 0x000000000008f97e
	.quad 0xfffffffffffd2856
	.quad 0xfffffffffffffd14
	.quad 0x8000000000000000
	.quad 0x2a8c26f95264f56c
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0x4648d93ed58643c0, 0x269d971eae4c8936
	.quad 0xc123229e441cc117, 0x5212e494ffdfd7db
	.quad 0x8a635e604397daae, 0x9f88f2fcd7e921fa
	.quad 0x22e20a2fd6cabf78, 0x800fffffffffffff
	.quad 0x7ff8000000000000, 0x7f80000099550e45
	.quad 0x82010ea5a905ebaa, 0xdf1b6ae3ff87b855
	.quad 0xfff0000000000000, 0x6a752d5838415054
	.quad 0x7ff96a203adb8000, 0x16bed02b679bcff6
	.quad 0x82ae57db00000000, 0x168863b93d67fb65
	.quad 0x7fa741d641000000, 0x425ffffffffffffe
	.quad 0x407fffff00000000, 0xfd4c050e073a3c00
	.quad 0x40d8000000000000, 0x7fc293883c4b8a28
	.quad 0x7f0a0b1500000000, 0xed53b8a8ff9b72f0
	.quad 0x47000000ff946cfd, 0x484206718b6877ff
	.quad 0x92305650fe857c00, 0x91fed00d4f750000
	.quad 0x9f1aa3c9d3cffcfc, 0x3fa0e4cdbfa00000
	.quad 0x4c483965d82f5db5, 0xffe0000000000000
	.quad 0x4dd344f9bfde8b33, 0xfff0000000000000
	.quad 0x031f0093a4c70add, 0xa669dbf64d9bad9c
	.quad 0x016c6e7bc1eafe73, 0x80000000137d9a57
	.quad 0xa4f04bfbe849a727, 0x65d5686e7fc00000
	.quad 0x3f7a75bcd51f4a8c, 0xc0300000ff000000
	.quad 0x5b02ec8b354388d5, 0x22c4e111bedeb92c
	.quad 0x3ffafd0d652424ba, 0xa202bb92593e5b97
	.quad 0x38456095000d03e7, 0x3e413df97f800000
	.quad 0x00400000be3eacd6, 0xc07ffffe885b78b8
	.quad 0x802b57bdf1263e13, 0xd44365da4bdee8e1
	.quad 0x4003000000000000, 0x7fdc273b80000000
	.quad 0x12fb34f359ffffff, 0x0d1645dd98eef7e9
	.quad 0xfd58343c6d89910e, 0x5ddfd845192476d9
	.quad 0xdf7ffffe7f800000, 0x7ff0000000000000
	.quad 0x3fc0000000000000, 0x408800007f800000
seed25:
	.quad 0x7a36ff922c64ea35
	.quad 0xffffffef826a70a9
	.quad 0xfffffffffffffd30
	.quad 0xff71174284d5b9ce
	.quad 0xfffffffffffc281a
	.quad 0x6d8a83a5d6af9ef5
	.quad 0x2c1d4a762633ccad
	.quad 0x00000000000466c5
	.quad 0xd6e9250049029f55
	.quad 0x7fffffffffffffff
	.quad 0xd1a7fc0ab3baa90a
	.quad 0xfffffffffffffdbd
	.quad 0x000000000000001c
	.quad 0x000028ddbbc8a35a
	.quad 0x000000000000009c
	.quad 0xffffffffffffffcf
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0x5e48dd9440f23669, 0x282011efbefae13a
	.quad 0xfed8b5957e800000, 0x37cc787dcffffffe
	.quad 0xb7e86a6d4cf11a42, 0xffd4cdaf00400000
	.quad 0x7ff0000000000000, 0x0737552200000000
	.quad 0x18ea86e0017fffff, 0xa05f8b9e53801edf
	.quad 0x1c4145f0bdfbfc00, 0xfff0000000000000
	.quad 0x9571d3537b02ff12, 0x806a639041968de3
	.quad 0x115bd6362ce47520, 0x7a33833df70c69ea
	.quad 0x1b7a5569df000001, 0x5050b443895615b6
	.quad 0x4013800000000000, 0xc06e34e19d2ee2a0
	.quad 0x7fe44cf5682b201b, 0x8080000072726c0b
	.quad 0x0000000000000000, 0x879ddfb7ff800000
	.quad 0x49f92b4fe2c55839, 0x017fffffc6600000
	.quad 0x1479c8dedb5c5ca1, 0x1ac834484f7ffffe
	.quad 0x8040000080000000, 0xfff1e609e2a3378d
	.quad 0x7ff891c6b979d028, 0xfb054020c0980000
	.quad 0xc3ff9769a35804b6, 0x91c6e01deb578000
	.quad 0xb50cba943ae4ca22, 0xb3f511545cc1b48e
	.quad 0xf4cf938367dffa9a, 0xffaab0d7ffc00000
	.quad 0x800000003c5aaad2, 0x1b2ea24bc39ee799
	.quad 0x3c13fe66068f8b0d, 0xc02000008075fee9
	.quad 0xf07c5daa4fffffff, 0x7ff8000000000000
	.quad 0x06b5fbafac2b3c90, 0x1e57e524ff800000
	.quad 0x224187b9bdc3091a, 0x1b3c24c31a706d0c
	.quad 0x483a64210f21c880, 0xe897ada547b50000
	.quad 0x427fffffffffffff, 0x5ee936a66b67c740
	.quad 0xc0f0000000000001, 0x4560becafafb3da2
	.quad 0xa12448c6ad758000, 0x0b5ce987f717d445
	.quad 0x4072e1c0aa8b69d2, 0x304098c7f4bdff7e
	.quad 0x807fffff7ff38665, 0x543bae4084ff9710
	.quad 0x43499ac94bfa4766, 0xbf18000000000000
	.quad 0x8018508499c17bfd, 0xbcbd081b7feb674c
seed26:
	.quad 0xffffffffffffff4e
	.quad 0x0000000000000000
	.quad 0xfffffffffffffdf6
	.quad 0x04b57c678fa86186
	.quad 0xfffffffffffffe2f
	.quad 0x000023fe4b532a0b
	.quad 0x0000005c1bc273f2
	.quad 0x1e4e77b96edc036f
	.quad 0xb48a077ac2b9dfe9
	.quad 0x6f7dcf764e6b4437
	.quad 0x1f0f4081b51241f2
	.quad 0x65e711ac74a9dffb
	.quad 0x00000000001d61c9
	.quad 0xc81b198258ed05a2
	.quad 0x37e6da85b20fe252
	.quad 0xfffffffffffffaf3
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x39686e2ffd21f9ca, 0x963cd62c87481416
	.quad 0xf4ba0a0d70053956, 0x11e90b4dffcf0000
	.quad 0xb46f7560015c0000, 0xf3bfb51280051f85
	.quad 0xbc651c077f7a54c5, 0x80361c4a7fc00000
	.quad 0x00000000eebd12ef, 0x7438fd8effde78ff
	.quad 0xbd9b1cf422cccb68, 0x7fbecc1f424468ea
	.quad 0xf4ae663c53be7827, 0x4127000000000000
	.quad 0x33de38de40a80000, 0xfff0000000000000
	.quad 0x1af1411bff00291a, 0x8ff1bc12ffe77fbe
	.quad 0x42ac80a5253b86e9, 0xc8b456fd268a41f4
	.quad 0xbfe625d561751677, 0xdcaf8cfbfceffe7e
	.quad 0xc0005bebb8d32a8b, 0x11006c50ffbeffeb
	.quad 0xa4bc2b768bfbfffe, 0xb601776c35a705d2
	.quad 0x7ff15694f2a3d8be, 0xb9aa403b4dfcbc0c
	.quad 0x607231a9662381e7, 0x428a00ccc0100000
	.quad 0xffa8ec1440f00000, 0x1dd3419e007fffff
	.quad 0x7fefffffffffffff, 0xffe890ae8cfad56e
	.quad 0xff000000be000000, 0x6038870b996244c0
	.quad 0x8000000000000000, 0x8982a38683bffc5c
	.quad 0x506a5fb7fbc9fc00, 0xb57287398074f840
	.quad 0xc0aed8bbffc5f018, 0x3c11c06c41100000
	.quad 0xe89a4ed25ffa2c72, 0xd9eed7c8fa7ad127
	.quad 0x741ef7d547000001, 0x7f80000041040000
	.quad 0x229e02f0bd67d67e, 0x0c816d99ed7bcdc3
	.quad 0x8000000000000000, 0x44260000ffc00000
	.quad 0x998fda517429805d, 0xfff8000000000000
	.quad 0x6c3055466373bb4a, 0x802fffffffffffff
	.quad 0x9c975bf567d031b5, 0x8369bb10fbcae83a
	.quad 0x43363293aea822f5, 0x5f2e024f7fdbb816
	.quad 0xd8620b4371a009cb, 0xce02c825113a3be4
	.quad 0x7fb2e58747cc0000, 0x7fac8ff0c2bc9da4
	.quad 0xc00f8a184234cdd0, 0xc02b79d207570409
seed27:
	.quad 0xfffffffffffff3e7
	.quad 0x0020000000000001
	.quad 0x00000000000003a9
	.quad 0x8000000000000000
	.quad 0xffd0c93f46d0b80f
	.quad 0x0000000000000224
	.quad 0xffffffffffffffff
	.quad 0x000000000000f94e
	.quad 0x51cc7a05c16d0f63
	.quad 0xffb5903c4271963c
	.quad 0x0000000080000000
	.quad 0x00dc81756ff732cb
	.quad 0x00000000b2a289ea
	.quad 0xe657612c57aea97e
	.quad 0xfffffffffffffcdb
	.quad 0x00a575f09b0c2098
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x3d6481bd84f6d777, 0x00000000ffc5963c
	.quad 0x7e465de0b096c979, 0x4023400000000000
	.quad 0x55ecda963fe3fd4d, 0x7fb22f41c0b00000
	.quad 0x2b5a4c27bdc902c0, 0x7ff8000000000000
	.quad 0xd80dbb2d7efd753a, 0xa6f0af4bfe85fca7
	.quad 0x7e3698cc6a6d9625, 0x7fa500f2400a440d
	.quad 0xc0d9000000000000, 0x3600000080000000
	.quad 0x8cd115b7ed5f8000, 0x88adfd1bbd5ca3a7
	.quad 0x0000000000000000, 0x130fc187f43bfdf7
	.quad 0x43e0000000000001, 0x475f5bff45f913d3
	.quad 0x00a583fa23cb6f84, 0x8de26d17df9e5d3e
	.quad 0x000f1ce45ac0a06a, 0xf8c9fcd1b7863f9c
	.quad 0x561a442e8e918857, 0xffa50f20ffa41f51
	.quad 0x0000000040eb56cb, 0x7e800000bdc00000
	.quad 0x0113eb201c5cc4d2, 0xa79ebe69c20b7cf2
	.quad 0x400a000000000000, 0x310d248b575a0000
	.quad 0xfff495016baa32b4, 0xf0144d3c3bb8806c
	.quad 0xbb00000000000000, 0x3fd0ef06537e809f
	.quad 0xfda6172e1424d687, 0x001fea6ad7b559fd
	.quad 0xff800000ada68461, 0xf7d4a8d1250b39d7
	.quad 0x91549177d7ffb230, 0x47ffffff7b2dbfb6
	.quad 0xbf37ff0c3f09a86a, 0x9e132b81fffbf96f
	.quad 0xd89f672affdffdcf, 0xd84572b3a2cbd148
	.quad 0x80c9699200ffffff, 0x40f16b3c38f5e1e7
	.quad 0xffa75c8aff800000, 0x1dbb5fbe75cf046d
	.quad 0x1a2f5bcb5a184aa7, 0x53bea4e4ffd03df5
	.quad 0x001522ed2aac547c, 0xc043100000000000
	.quad 0xd7a57477876077e7, 0x579cca409e765eae
	.quad 0x505b42b15d3fd51a, 0xc05e31707ecd79e1
	.quad 0x8000000080000000, 0xfeffffffff800000
	.quad 0xe9d9d00dffb9148a, 0x8000000000000000
	.quad 0x801c243930ad2f38, 0xfff8000000000000
seed28:
	.quad 0xbf74572afffe9179
	.quad 0x000000000000035d
	.quad 0x84ee22f0c58e684c
	.quad 0x4772c6eab254db14
	.quad 0xb3b0115569f842ed
	.quad 0xffffffffffffff3d
	.quad 0x2f925d4769c258d0
	.quad 0xffffffff8626988b
	.quad 0xfffffffffffffcf5
	.quad 0x72a173ff8f6a8095
	.quad 0xfffffffffffffff5
	.quad 0x00040ddac9436faa
	.quad 0xfffffffffe34f604
	.quad 0x0000000001000001
	.quad 0x0000000e6174bb9b
	.quad 0x4a163bde16753d3d
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xac3f78537f800000, 0x4002000000000000
	.quad 0xc04b5a6c93bbce99, 0xe34860e7ac770427
	.quad 0x4e8374497fb97f90, 0x521f04e77f800000
	.quad 0x8871698431057fec, 0xceb8afcf8b6531ef
	.quad 0x3f816566aa97761b, 0x800000007f0fd38b
	.quad 0x0000000000000000, 0x4295007700800000
	.quad 0x7428c04540117c00, 0x7ff0000000000000
	.quad 0xdc8da8d195f84340, 0x3e039251c7ffffff
	.quad 0x7ff12ab95c34cf54, 0x92350bccffbefddf
	.quad 0x0040000080000000, 0x00400000f14277df
	.quad 0x5d5b1a91b4d9433f, 0x7ed12a7c8c41824b
	.quad 0x80032edfa888753c, 0x761c1060dd7b97fb
	.quad 0xff2b26fd9f997454, 0x85cadd7e49000000
	.quad 0x867759c3ffc00000, 0xbe7bdbe2810c3562
	.quad 0x4021000000000000, 0x0dea21c28072d8d1
	.quad 0xc016000000000000, 0xa1d7ccc21f4d715e
	.quad 0x0009559248216480, 0x000fffffffffffff
	.quad 0xb5d9fb507ff7a451, 0x405c09738264badf
	.quad 0xd82cc1acfffffffe, 0xc062bf7683463946
	.quad 0x7fc00000beae3ea6, 0xe37f817c8bdcfbfe
	.quad 0x4318e02c410e0000, 0x3e1209d880000000
	.quad 0xff800000f1a40f32, 0xfffe69ee9f07c543
	.quad 0x7ff5c4c701b0b169, 0xff800000be749f21
	.quad 0x3d8ac17bff9600ce, 0xc063300000000000
	.quad 0x488c4487be93294e, 0x40300000ffbb66ed
	.quad 0xf4c14e287df17f73, 0x878ebbbffc755548
	.quad 0x0000000000000001, 0x7f8443783aa8997f
	.quad 0xdf7fffff40d80000, 0x07c05f046e39d2d0
	.quad 0x7ff6dfac8c7ec5f7, 0x38435baa5fbbc7d1
	.quad 0xc35afef8604c2aab, 0x802b6b384102a389
	.quad 0x38a58b33fff8fed6, 0xa69121c9a7feef4f
	.quad 0xc75e9b42384efc00, 0x8f95bb7fff800000
seed29:
	.quad 0x0000000000000000
	.quad 0x23ccffed70e847ce
	.quad 0x0000000100000000
	.quad 0x0000000100000000
	.quad 0xa25f29fcb805cbdb
	.quad 0x0020000000000001
	.quad 0x000000000000002a
	.quad 0x00000000ffffffff
	.quad 0xabd4cef0624ac678
	.quad 0x10e78ef79b40f7bc
	.quad 0x2afe6d2a8496f2d2
	.quad 0x0000000222ec8fd2
	.quad 0x4219ec1a12855f73
	.quad 0x0000000000000388
	.quad 0xfffffffffffffd75
	.quad 0x9ab7cc0d147e887c
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0xc8e4621c5e982cf8, 0xc019000000000000
	.quad 0x4019000000000000, 0x00064573c86e5f49
	.quad 0xbfe8000000000000, 0xfff33a5a4ccf9eac
	.quad 0x4053c00000000000, 0x3fbea85afce3faea
	.quad 0x5e2bdd7f84ab7c00, 0x4514693efceefc00
	.quad 0x75bee081ba400000, 0x20458303ff3ed7f9
	.quad 0xd59d4aacf9bd1a58, 0x3fe1cda01a437ca0
	.quad 0x250f7752610ef915, 0xa15653c589e7c7f5
	.quad 0x49e2134494fbfdda, 0xbe13a6e1ffc7081c
	.quad 0x01cd0b7cd377e869, 0x985f222afeb50000
	.quad 0x4e4410709debdefb, 0x3bc4b08b0cbf5ad2
	.quad 0xffcc77d6f05a570a, 0x000a5e1170ae33aa
	.quad 0x3a246ae22a28f90c, 0x11744b86e76168f9
	.quad 0xff7a58f6fee74b69, 0x3f000000c8447316
	.quad 0x8008fa7bffc00000, 0x97bc0b8514ad0434
	.quad 0x7e585b9ec4e00bff, 0x2071381cfbf8fd5b
	.quad 0x7267924cfdb7fc00, 0x800fffffffffffff
	.quad 0x7fc0000080000000, 0xc0c80000006cac3e
	.quad 0xc0b4e00000000000, 0xbfb47abbebd566d1
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0xff8000004f800000, 0x4281281a429f3a3e
	.quad 0xbfa2c4e1e59ee2f6, 0xdb95ebb3442a2679
	.quad 0x3f9c4e82dc2e8977, 0xbc4669689bc26fba
	.quad 0xc3ffffffffffffff, 0xc00fffffffffffff
	.quad 0xbfaf801d555293d4, 0x8000000000000000
	.quad 0x7f89057f7f800000, 0x55edb6655ac14928
	.quad 0xffc07bfc453eab3d, 0x40a00000ca0d4715
	.quad 0x30339165ffa7ffff, 0x341dafff7f9dd329
	.quad 0x7f80000000000000, 0x028c5d61dc9b0763
	.quad 0x37bc528ffffffad7, 0xff53b3c8b7170000
	.quad 0x9845aac9dfffffff, 0xff800000c1000000
	.quad 0x8a63fe74d215ac54, 0x54da979b61bebc00
seed30:
	.quad 0x7fffffffffffffff
	.quad 0x65136e2937dec588
	.quad 0xfffffffcd72e7c23
	.quad 0x000000005f36204c
	.quad 0x0000000000000001
	.quad 0xfffffffffffffcd2
	.quad 0x00000000002c3dec
	.quad 0x00000000000002b8
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd2c
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe91
	.quad 0x000000000005bd88
	.quad 0xfffffffffffffd7a
	.quad 0x0000000000000001
	.quad 0x0effd626f47d8a10
	.quad 0x05400000
	.quad 0xc0000000
	.quad 0x53e40a5405997e00, 0xa21ddbe7c4f17dd2
	.quad 0x8000000000000001, 0xfff0000000000000
	.quad 0x003a9b47018a150d, 0x7d80baa2079cb7e9
	.quad 0xe71ebc99bfeff47f, 0xf95a8a8d7c9e8a3c
	.quad 0x31e9e4fdd8caff7c, 0xffa1e5b9757e31bf
	.quad 0x47fffffe41180000, 0x7f800000ff800000
	.quad 0x400fffffffffffff, 0x4074000000000000
	.quad 0x0010000000000000, 0x19c51fa375495737
	.quad 0x7e545300830f04f8, 0xf9f8f96af7afa9d3
	.quad 0xffb6a1c9ff800000, 0x7fff070a2a4c3b62
	.quad 0xc5ac0ee66a577a3b, 0xc6414f1e59dd0200
	.quad 0xc18d3eb2890b28be, 0xbcc000005442e78a
	.quad 0x08ed8e0b5615e600, 0x55a6f8dae4987ef1
	.quad 0x7787de1f7f2d033e, 0x8002af051da51ae1
	.quad 0xe508682c52a0540e, 0xaca9b6fa3d11c5b4
	.quad 0xa85f9819bb30a290, 0x6ee697c5f9dbb9bf
	.quad 0x8080000000000000, 0x81864eda5f67d269
	.quad 0x9b7aa41025da3e4f, 0xbfa0f3d884e17a0a
	.quad 0x80374a928519cfa6, 0x000ce349cc1c26ee
	.quad 0xcf19491affe5d174, 0x7ff027b9cb1b228b
	.quad 0x2e9035825e8019f5, 0x3e5b0235b079bb7f
	.quad 0x007ee261f7ad19a3, 0x81eac5877f1003e4
	.quad 0x42f9bf9e7e6a7da2, 0xc700000080000000
	.quad 0xc0d6240e8fb3d36e, 0x9d3cc7ff7fc00000
	.quad 0xffe473fdd9d38000, 0x7ffa2c7046c18911
	.quad 0x000dd3882f594bb7, 0xed4a1f6a57f7ffbf
	.quad 0x70e48b6b1aa57b80, 0x3f754787c6498013
	.quad 0x3ff5dc06a0cc1191, 0x802a0dde0e625ba2
	.quad 0xec9f83a0bfec406e, 0xc017800000000000
	.quad 0xbf9b000000000000, 0x47ffffff42e63942
	.quad 0xff800000dcf37ca2, 0xb3c670b5fff2effe
	.quad 0xdc7d82e17c540000, 0x80009bf3df7227b4
seed31:
	.quad 0x00000c22cc3eaa79
	.quad 0x83041b90b3abb61a
	.quad 0xfffffffffd574d89
	.quad 0x0020000000000001
	.quad 0xfffffffffffffc38
	.quad 0x000000007fffffff
	.quad 0x2f902594837dd5cd
	.quad 0x0000000000000167
	.quad 0x0000253710b887c2
	.quad 0x42b29656aa4bc344
	.quad 0xec49d896cc6afdda
	.quad 0x00000000f6b98f58
	.quad 0x469e6ff453baca0a
	.quad 0xfe4fd0004910c0ca
	.quad 0xffe840180f93b2c5
	.quad 0xffbeba42b73b764d
	.quad 0x02800000
	.quad 0x00000000
	.quad 0xbc1358e3ff800000, 0x7ff0000000000000
	.quad 0x74208d767f77fe98, 0x7f800000ff9a14e3
	.quad 0xffa940c07f800000, 0xc07c524f064c3d38
	.quad 0x817316f4d5119d99, 0x7d93de66e39c6b47
	.quad 0xb1a54fca72e355cd, 0xbc976fc7bec00000
	.quad 0x04ec81d048d53f36, 0x0eb74e7d24387e4d
	.quad 0x323fee1208588800, 0x4060b68abbca5eb5
	.quad 0x879179711fc2fc00, 0x816d50edaa6bfe00
	.quad 0xfff748aafce1b346, 0x3eb86522ff800000
	.quad 0x4070000000000000, 0xfff8000000000000
	.quad 0x4e9dcb34a5a080cd, 0x6e03df4e3ffdffb6
	.quad 0x38680f487ff37841, 0x7ff8000000000000
	.quad 0xdd96aaf47c6f4b64, 0x82e25832b4c320de
	.quad 0x40ac800000000000, 0x7e80000080000000
	.quad 0x19b5d77dffd7fa16, 0xfff8000000000000
	.quad 0x4e0d6a69f1c9fc95, 0x33cd614cf45c3273
	.quad 0x585e9ae1885fd761, 0x7ebc009d4b41e697
	.quad 0x1add95d5fffeebaf, 0xf9e674703ffffffe
	.quad 0x0077bf6c0068e59e, 0x1a9af65cdf6c7a6f
	.quad 0xc440000000000001, 0xfdc7bfe84fb4cc04
	.quad 0xbfe1ac46537709b9, 0x7fc000007fb131e6
	.quad 0xff9b66a080000001, 0xfff475136f7fc732
	.quad 0x9476a7b87fd2d4db, 0x40e0000000000000
	.quad 0x7f800000005028a3, 0xc13761b7938e7801
	.quad 0x410a0000f2903e6b, 0x3d9349f640301cd7
	.quad 0x6018bf13bf7bfcdc, 0x43f48bcc60c9afaf
	.quad 0xbbb43c4990e6c2b1, 0x82bbb5992db7bfde
	.quad 0x75a1d3c6fad9ba81, 0x2aeae687ee73bda2
	.quad 0x3fb9cd67b6213149, 0xbffc000000000000
	.quad 0x06a59c39ecc2eb6e, 0xc2dcec03c77f9fff
	.quad 0x7fa28c5a01431982, 0xfff2461cc7e91d3e
	.quad 0x5d9a84d2d3dbd7b7, 0x0e5d77e336ffffff
seed32:
	.quad 0xbc715cd3bfa86d3b
	.quad 0xffffffffed29dd35
	.quad 0xb9440751e5e49b3a
	.quad 0xfb5ed1393ad97522
	.quad 0xf2bbb768d28b3de2
	.quad 0xffffffffc46b4eba
	.quad 0x6a653d4c29bb6e6a
	.quad 0xfffffffffffffd18
	.quad 0x0000000080000000
	.quad 0xf59f53fe4f2991c4
	.quad 0xfffffffffffffd6b
	.quad 0xa150a36dee4ae677
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe49
	.quad 0xff701f27dac61ef8
	.quad 0xfffffffff8ce6261
	.quad 0x04c00000
	.quad 0x40000000
	.quad 0xfff0d8943c5c6be1, 0x5d2cc1f6825312fb
	.quad 0xfc17845d4d4a5b93, 0x38600000789f291a
	.quad 0xffe7534ef7e063e8, 0x907240304a60fa1a
	.quad 0xffaebd5f807fffff, 0x4d3a3a59c7feaffb
	.quad 0x810000008e0d3feb, 0x7fc000000816445e
	.quad 0x3d63ad9c804b5435, 0x7e8ef46c3d92b035
	.quad 0x4058e7defbe78f2d, 0x5fad574548f9410d
	.quad 0x008ceddaeea95fdf, 0xc343227ebe3c701e
	.quad 0x6f5944256cb35d9f, 0xff800000477fffff
	.quad 0x35f24b39fff3fc00, 0xbfb2b64e728bd308
	.quad 0x40347c218bff0a42, 0x898b9725fffbc540
	.quad 0xc9b407a04fcb97be, 0xf963e38cfffffbef
	.quad 0xffce484cbed12eae, 0xbdd0623fd39bdd5c
	.quad 0xff7fffff4e1f3897, 0xfe87c7f16f3a6b45
	.quad 0xedc7e58590588842, 0xff80000074fc0a78
	.quad 0x464a91beffef9fff, 0xd2a0c6581f838200
	.quad 0x1e843cc95a017b19, 0xb382866044db4760
	.quad 0x8e1cf34888aea733, 0x006c407c7ea4c82b
	.quad 0x7f800000bda51e3e, 0x80001fdcbf3b2e1e
	.quad 0x82a8707b17cae59c, 0x000000003fb3805f
	.quad 0x402c5297da6ab0c8, 0xfea37f49955e0c79
	.quad 0xfeaeb33700000000, 0x447fe0905c8b7fc0
	.quad 0x00242d3d86813c7e, 0xff800000ffc00000
	.quad 0x7f800000c0000000, 0x7fc000003c37f238
	.quad 0x7ff0000000000000, 0x0f654ca2cfffeddf
	.quad 0x9a791a00e7f883ff, 0xe0ba391afff7fddc
	.quad 0x02ba7726924468d2, 0x3d42bc77ff800000
	.quad 0x41075159812dbb46, 0x6d9eeac0fe909acb
	.quad 0xcde8c64391544d72, 0x4045c3eafef4c6af
	.quad 0xa24491bb1758fc00, 0xf6c04d636102b400
	.quad 0xfe800000c77ffffe, 0x3616dc726a361223
	.quad 0xe273064ba35e07ff, 0x7ff2d604d38fef8b
seed33:
	.quad 0xffffff7830df8f4f
	.quad 0x332d450c6350ac4f
	.quad 0x00000000000000b4
	.quad 0x7fffffffffffffff
	.quad 0x0000000000546ad9
	.quad 0x9e82b96c5acee7f0
	.quad 0xc77d94d65946272f
	.quad 0x00079f618f3a8b97
	.quad 0xfcb51e199ad92b32
	.quad 0x0000000000000309
	.quad 0x0000000000000386
	.quad 0xfffffffffffff840
	.quad 0xfcbf3cd8b8a80742
	.quad 0x34990fa744978bf9
	.quad 0xffffffffffffffcc
	.quad 0x0020000000000001
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x816cecd66ace58be, 0x9c47cfe350444772
	.quad 0x787ff883f97efc00, 0x9162306bbe9bbff7
	.quad 0x660225ecfd797f7b, 0x001fffffffffffff
	.quad 0x0000000000000000, 0x1eb725e65fb8cff8
	.quad 0x8993a463cfeefbff, 0xccdfccf9fe660fcb
	.quad 0xff83337cc0ce7724, 0x3f800000c5848000
	.quad 0xc05d800000000000, 0xc02a3ecef367f784
	.quad 0xd22523621db8b164, 0x5844895641040000
	.quad 0xbfafe98c7f240db0, 0x40329194902a2cbd
	.quad 0x02da6ca6ee1fc511, 0xf1bba7575bf4abe7
	.quad 0x401caf4e7ed2f62d, 0x27f50881e1a8228e
	.quad 0xff800000c5820000, 0xaec2162bcbf3fe00
	.quad 0x9f3fa8b11acf714a, 0xfff0000000000000
	.quad 0x29bbdbda529a4e68, 0xdf7fffffff800000
	.quad 0x7ff0000000000000, 0x501d2fb4e1aafe9c
	.quad 0x8b184de57bdff600, 0x3f68e00000000000
	.quad 0xff8000003d9a1583, 0x8459969e1ef3ad33
	.quad 0xfffc26355f65c02c, 0xc022800000000000
	.quad 0xadc7ad8c9273b6be, 0xc0650dd6ed6ca064
	.quad 0x65a6b048c876faf4, 0xfe6be70d35d7b979
	.quad 0x432ead967ba3f36f, 0xe0c5fb3482880bff
	.quad 0x000e1ee6bd74dee0, 0x4e9e2a544a7a45a0
	.quad 0xda33c61dc0380000, 0x86c93940d7e7113f
	.quad 0xecb63e6f1c5536be, 0xce7ca30f0f57d711
	.quad 0x017fffff80000000, 0x3fbdcd5f00782a0d
	.quad 0xc068b44225e17d42, 0xc570b4574abfe22c
	.quad 0x0ab4830b653b8bff, 0xf224a28ed0007dc7
	.quad 0x2d6288b75efefcfe, 0xc1180000148bc2f4
	.quad 0x42077bb3eda04a12, 0xc7328e457fbffffa
	.quad 0x1dd2dd9bfeffffe6, 0x4024b5c1c6ace882
	.quad 0x3a43671fa5b786ae, 0xef732d26d77fcfb5
	.quad 0x4ffffffe997dec0b, 0x7ff8000000000000
seed34:
	.quad 0x00000000000000d8
	.quad 0x000000000604e7cf
	.quad 0x018b7083773349f0
	.quad 0xfffffffffffffdab
	.quad 0x8000000000000000
	.quad 0xb724fc29ade940ce
	.quad 0xc17c91486a0e4e65
	.quad 0xffffffffffffdf49
	.quad 0x973b306567cd37f4
	.quad 0x116bcfd84c76ee8b
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0xfffff54dc2e7c9a6
	.quad 0x852e42a55a1c4bc8
	.quad 0x000071496fcbdbac
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x0000000000000001, 0x58bf7837b8532548
	.quad 0x999ea6cdcf6ffeef, 0xb471824affe57d9b
	.quad 0x3fa1a0f3e69a8af0, 0x4c6e98b8bd3dffff
	.quad 0x8abb58779ec875aa, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x8209a1aafeffffc6, 0x8000000000000000
	.quad 0x8000000000000000, 0x7fa8665ef7bc42e2
	.quad 0xc570000015142e4f, 0x8001e02a1cb5d7a9
	.quad 0x4e40d29f7fe02d28, 0xc01482571cb53ac9
	.quad 0x7ff7cd72861609a7, 0xc2255ca7ee1bf0ae
	.quad 0x801fffffffffffff, 0xc068ff4307085e1b
	.quad 0xc1d14d76c0a1c0ba, 0x8315d08140e00000
	.quad 0xc1cbc7bbffba3247, 0x02c0fd2ae6fe9bea
	.quad 0x8000000000000001, 0xbeb000007fcbd545
	.quad 0xa09d62b1840f6108, 0xb19f00c8dec8fc00
	.quad 0xccf07c607026f586, 0xfa0f3cea146348fa
	.quad 0x81a44679bb1d5676, 0x1b07bd7dff7bfffe
	.quad 0xc0747b2b8d4dd839, 0x3fd25872789e9704
	.quad 0x8094f80d86db31bf, 0x15eec5dcfb7f9fff
	.quad 0x80aa25974e49ff25, 0x7f00000040c00000
	.quad 0xe50fe0dc7f800000, 0xc9f800003f3be922
	.quad 0x3d1ad3c7404456ba, 0x261a7631bf600000
	.quad 0xd80ead9271f7c080, 0x01c7c3b1f02f2d91
	.quad 0x3ea583cf3ec00000, 0xc1fab2eac339ae4f
	.quad 0x800d5215ea24d3a7, 0xc1ac707a7ca87bbd
	.quad 0x4041a6d5868acbc8, 0xc6ad366fc0b00000
	.quad 0x7fef79aebfc00000, 0x40ee000000000000
	.quad 0x40f0000000000000, 0x3dfc24d36a507dee
	.quad 0x7ea2c6ac00800000, 0xc07fffff80000000
	.quad 0x3c3e85d2c6eb4e96, 0x8010000000000000
	.quad 0xa8a2b4a6ffeff59b, 0xfea74dd9abdb3c9a
	.quad 0xf4bf3d43706d1733, 0x800a0dbb693f612c
seed35:
	.quad 0x3fa093890b7b41ac
	.quad 0x0000000000000432
	.quad 0x0000000100000000
	.quad 0xffffffffff5b508d
	.quad 0x000000000003dd8f
	.quad 0x0000034794b41409
	.quad 0xfffc149fcff816c1
	.quad 0x0000000001000001
	.quad 0x000000000000030c
	.quad 0x00000000000001e1
	.quad 0x000000007fffffff
	.quad 0xfffffffe5907ee13
	.quad 0x83dd84cfc88fef51
	.quad 0x725ada3f33120330
	.quad 0x472fe239a9cb5b90
	.quad 0xffffffffffff1f6c
	.quad 0x03c00000
	.quad 0x80000000
	.quad 0x0008000000000000, 0xffbddb9c820f83cc
	.quad 0xcc0f53787a200000, 0xbfcc08bc3e000000
	.quad 0x9bad166fb6bb6bff, 0x1a002da1e01809cd
	.quad 0x2865052c112a0000, 0xf21564eed7b063eb
	.quad 0xcbffffff001995b8, 0x00074164d7f12e23
	.quad 0x721eb0277bfc6d74, 0x41e0000000000001
	.quad 0x4104000080007c65, 0xd97299428fe84bcc
	.quad 0x649046647f7fffff, 0x3fb400007fc00000
	.quad 0x120bb97a00800000, 0xf4747e39be6b8e72
	.quad 0x19b037a27e800000, 0xc022595da6ac8178
	.quad 0xe08697f680000000, 0x7fc000007d31bb93
	.quad 0xc190412550b1a646, 0xc28939600ca4b654
	.quad 0x41d1ac3dbe16a5aa, 0x400fcd9881394696
	.quad 0xff5c43624659327f, 0xbfeb5f2dd7ed24e7
	.quad 0x292d73fcffcdbedd, 0xd47948896a8803e2
	.quad 0xfffae037c290fe19, 0xd980000001000000
	.quad 0xc1990aa85f800000, 0x00202137423f0e30
	.quad 0x4094200000000000, 0x12edd2560d4e63fd
	.quad 0xbfa761f9611f288f, 0xe093656affffffff
	.quad 0xfff0000000000000, 0x47313529cfb3e6c8
	.quad 0x82b3058fa8b8fe00, 0xb65510b04c82cc8e
	.quad 0x3fb8678f0debdde4, 0x0000000000000000
	.quad 0xffc0000096ee9be3, 0x5cbbb630a751faaa
	.quad 0x7fc0000052ba7162, 0x40673722c09c1a45
	.quad 0xea09408e7fb93fff, 0x8000000000000000
	.quad 0x1ff8bf108da08000, 0xd2b9ca91fd7f3772
	.quad 0x42dbde5eff800000, 0xc200cb84230303ff
	.quad 0xafaf3940ef7dfff7, 0x7ff58856eec42386
	.quad 0x042c9ef24154c84f, 0x139c8fdbbff77eee
	.quad 0xc600000000533dec, 0xd4c6ae453cce46d8
	.quad 0x0010000000000000, 0xbf98368cf8939e1c
	.quad 0x64d42bdd0632ff38, 0xdd452e6b6ccad7f7
seed36:
	.quad 0x8000000000000000
	.quad 0x650d83b4634f27ab
	.quad 0x00000000000001e8
	.quad 0x0000000001000001
	.quad 0x000000000002c144
	.quad 0x99d8e64df1662317
	.quad 0xfffffffffffffdd6
	.quad 0x0000000000000121
	.quad 0xbf841edd580f2797
	.quad 0xf2d95c802772572d
	.quad 0x64116c91812e68ed
	.quad 0x0000000000000000
	.quad 0xffffff9189a81736
	.quad 0x7fffffffffffffff
	.quad 0xcea47fea0a295be2
	.quad 0xfffffffffffffe58
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x1772803590b303ef, 0x0000000000000000
	.quad 0x3f6a000000000000, 0xc1ce0a89007509ac
	.quad 0x0079800401a48bd9, 0x3ea4000010df9abc
	.quad 0x01ac9102774a589f, 0x7f8000007fc00000
	.quad 0x0009e4e469460c71, 0x7f80000031bcd032
	.quad 0x40f0000000000000, 0x6dd8bddeca11c2ae
	.quad 0x2648e512c8bc0000, 0xc7c5178d80000000
	.quad 0x76b8fe1a4066d5ee, 0x7fdfffffffffffff
	.quad 0xbf73ae55dab89b1e, 0x03bbcbeb7a3beaf4
	.quad 0xbf90b768fd818d85, 0xc0b1000000000000
	.quad 0x800000005f000001, 0x7fe36caa80000000
	.quad 0x0020000000000000, 0x0cb6fcf678ee45c0
	.quad 0xcfffffff80400000, 0x8070ebe43d4087d7
	.quad 0xbfb2556dc57ba19a, 0x4cacdadfffab002d
	.quad 0xbbdd3621425560d5, 0xbce46158794d0a00
	.quad 0x4006000000000000, 0x59ffffff7fb6c065
	.quad 0x7f800000c1100000, 0x3dc00000421c0000
	.quad 0xffd2ba57c0800000, 0x8fde81dbbd45b13a
	.quad 0x414550c07fc00000, 0xfec34d9b8ed138e0
	.quad 0x7dde59b351255162, 0xd34b82352bbdc8d2
	.quad 0xc6c000007f800000, 0xda90f13111bed6b4
	.quad 0xaab78ea77f6e45ff, 0xd15a2e4d6e7d7f58
	.quad 0x40991382b4f6e280, 0x004daad1430eaf99
	.quad 0x452fabae1f818920, 0x9e0b4fd4ffb3fbff
	.quad 0xb56336e18db98e44, 0x4f43186f7f820600
	.quad 0xffc00000bf75763d, 0x6a1f0e9dc1afb4c9
	.quad 0x1a1e05bbff9bcdb0, 0xf7d786f07f3cdefe
	.quad 0xef967aed7df7fdf7, 0x0005d544b44004de
	.quad 0x75e6143ed4ac64a3, 0xc06d09835ddddf9b
	.quad 0xe586e15b170ba920, 0xff800000c4900000
	.quad 0x807fb7496bb3873f, 0xe27601556ff1777d
	.quad 0x8000000000000000, 0x00c6806478432d7d
seed37:
	.quad 0x8000000000000000
	.quad 0x47c847aca94aef1f
	.quad 0xfffffffffffffe48
	.quad 0x000000000000a473
	.quad 0x3096194b120531f7
	.quad 0xfffffffff844d7fa
	.quad 0x00000000000002e1
	.quad 0x9596ff7381b8d748
	.quad 0xfffffffffffffed4
	.quad 0xff923135f2252e25
	.quad 0x0000000001000001
	.quad 0x0000000230c2e043
	.quad 0x000000003e104fd9
	.quad 0xfbe888b3d7ac7296
	.quad 0x0000000000000000
	.quad 0x5ede96000b4e537d
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xc05fc7309e378fe9, 0x0000000000000001
	.quad 0xb16d3d5761fa29ce, 0x3fea059045de7de0
	.quad 0x597e337b9f730652, 0xc043ddf79a71f58e
	.quad 0x79203d8fe597c400, 0x402000007ec2c4e6
	.quad 0x426d5f4b7f9fc233, 0x37400000b9470000
	.quad 0x7f82fe2a7fc48a6b, 0x8f592434477fffff
	.quad 0x2b75273bcf09f51a, 0xcf800001b27fa521
	.quad 0x002fffffffffffff, 0x7ac892c1fff1c570
	.quad 0x7695dc825ffffffe, 0xc05d8a85fc1717da
	.quad 0x800000007fceed86, 0x41f0000000000001
	.quad 0xca7007f3ffa57bc7, 0xfff0000000000000
	.quad 0xe27e6157983f972c, 0x4012000000000000
	.quad 0xdf00000100000000, 0x40b0000000000000
	.quad 0xbffaa98d8d96e349, 0x023f54580804396e
	.quad 0xc000000000000000, 0xfff09d92c91e4df8
	.quad 0x00384ec5a6a80564, 0x47ad17a8755aa28e
	.quad 0xf2b032b83ffffffe, 0xdfb4fdf062a97e00
	.quad 0x80000000405f0dd9, 0x74c019ef7f800000
	.quad 0x437e580cbdeffcff, 0x49a00000bbbe6b47
	.quad 0xdf244d077ffcce3b, 0xecc153a9c5ffb003
	.quad 0x91ea7ff1f9f60000, 0x000dbbf2354686e0
	.quad 0xfff74622fa1a66f6, 0x00384f4248400000
	.quad 0xd9c683148caf8bfe, 0x84ddf0437f95ffbb
	.quad 0xbf02c00000000000, 0x7e919896bd8e413a
	.quad 0x7ff0000000000000, 0x8cbe0575409006a5
	.quad 0xc021c00000000000, 0xbfe714641f791abe
	.quad 0xc80934c3fdaff7ff, 0x845e91cfa3ed7678
	.quad 0x7ff0000000000000, 0xc3aee108bde5feeb
	.quad 0x03aee945f4c7c900, 0xc7c3c0185eaabe00
	.quad 0xfff8d5f8d92607b8, 0xa512d0fb6af860fc
	.quad 0xff80000080000000, 0xfca611b9ff7fffff
	.quad 0x7a98efa0fffafeff, 0xa16099177f800000
seed38:
	.quad 0x0000000000000006
	.quad 0xd28801561d37934e
	.quad 0x000000009e1a19fe
	.quad 0x10cf2e9829fba2ca
	.quad 0xffffffffffffffff
	.quad 0xffffffb67c09d774
	.quad 0x0ed0a42899c79756
	.quad 0x00000011629791e8
	.quad 0xffffcf2921e7bbbf
	.quad 0x000000001ba2bbc0
	.quad 0x00000000003c1c06
	.quad 0xffffffffffffff5e
	.quad 0x00000000ffffffff
	.quad 0x03dc576b613e3a9d
	.quad 0xfffffffffddc522f
	.quad 0xfffffff559299300
	.quad 0x01c00000
	.quad 0x10000000
	.quad 0xc9e36560fe236efe, 0x216a9a454be7fc7c
	.quad 0x7f80000040800000, 0xc33c7252facc20d7
	.quad 0xe28a074000947c26, 0x7ff0000000000000
	.quad 0x440ba6914aaa4700, 0x402d3b74b0b68e3d
	.quad 0x7c948c07a286bfc9, 0xc1f5a9fdbe43d001
	.quad 0x7f8000007f800000, 0x80000000ffc00000
	.quad 0xea8bf73e0a187c72, 0xc0300000bd627b36
	.quad 0xfff3eca8a778d5c8, 0x7e800000004b406e
	.quad 0x6a9aae2cde393e36, 0xfff0000000000000
	.quad 0xf587b12f7f800000, 0xd0f37b2702c59bc5
	.quad 0x3fc5c2ba6b13a1f7, 0x54a42d1143e00000
	.quad 0xfff3e718dd6de5df, 0xb509f9bcfeea867f
	.quad 0x8e319e4510dfc800, 0x7f898f3980000000
	.quad 0xbf6000007fbea01c, 0xbf2313c7410c0000
	.quad 0x40c40000fa051d21, 0x8000000000000000
	.quad 0xc1c52635869559dc, 0x423176467fb57603
	.quad 0xfe81e377ff83baac, 0x804000008eab80cd
	.quad 0x3f3e74e8b47fc0bd, 0x42927734d3d05855
	.quad 0x333126afb75a7c00, 0xb4b03e312f6a7c00
	.quad 0x3f9018c4b6a756a9, 0xd727b595ea6a3f87
	.quad 0xc0b0000040e78b33, 0xfffbe7d6b80f58b6
	.quad 0x9893c7ca9abe2662, 0x687f284c7ff5fb73
	.quad 0x80000000fe800000, 0x6a80f017a2163872
	.quad 0xfbbc948e28756a6e, 0xc01a7722e5f9eab2
	.quad 0xc0300000c0f37bcc, 0xad7500cdcffffffe
	.quad 0x0000000088b43500, 0x7ff197a6672f8f2f
	.quad 0xfff389f839cba37b, 0x7aabda2bd0472dac
	.quad 0xc034000000000000, 0xff9ced98ff800000
	.quad 0xfff8000000000000, 0x00000000ff9461b0
	.quad 0x09b26041feab0c40, 0xc02fbf2145bc3020
	.quad 0x4cde9864204b88c4, 0x804c02998baba8bf
	.quad 0xfff6f65a037151fa, 0x01000000fe800000
seed39:
	.quad 0xffc78e7cb613c54e
	.quad 0x00000000ffffffff
	.quad 0xfffffff892f7d64b
	.quad 0x0000000000ff88d3
	.quad 0xd09c124d252b3a73
	.quad 0x00000000000001ea
	.quad 0x0000000000000037
	.quad 0xfffffffffffe91ba
	.quad 0xfffffffffffffd96
	.quad 0xffffffffffffec92
	.quad 0x000000000000031a
	.quad 0x00019635041c807a
	.quad 0x00000000000002d0
	.quad 0x00000000000000da
	.quad 0x4e2f26e9f49fa31f
	.quad 0xfffffffffff6b758
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0xbf2e000000000000, 0x3500797bffffefa9
	.quad 0xbfe4e4dc0c9a1f9c, 0x6ae68558c5778f40
	.quad 0xc016000000000000, 0x3f6fed4000000001
	.quad 0x40f0000000000000, 0x94e4501d007a269d
	.quad 0x0022b9af7fc00000, 0xee34fbab4374f117
	.quad 0x848b3ece7effffff, 0x7fd9c7059fca3301
	.quad 0x4003000000000000, 0x39540000be0256d0
	.quad 0x800000007f800000, 0xf380f93a3f7676a0
	.quad 0xfff0000000000000, 0xc119322faa4c375b
	.quad 0x0000000000000000, 0xbfc9157f39edd679
	.quad 0x838eaab68d5d4bbf, 0x3bb3bd9effc00000
	.quad 0x763b6c2a89fe1f7c, 0x7fddc468ffdb9839
	.quad 0x3f8ce4aed9c4292a, 0x4ef3464e4e59fc00
	.quad 0xc000000000000000, 0x7eaf01bb082b8dbb
	.quad 0x40efffffffffffff, 0x6b42718001b57b4b
	.quad 0x413c800000000000, 0x80482b7cff800000
	.quad 0xfefffffff66c880d, 0xbf888277951f998d
	.quad 0x0c694bf5fac5fd74, 0x407a000000000000
	.quad 0xbfdff0aa7ffc29b8, 0x0000000000000000
	.quad 0x7faa6985ed364757, 0xc013800000000000
	.quad 0x7f4aca425f03d02d, 0x0000000080000000
	.quad 0x7fe0000000000000, 0x7f914175ffc02854
	.quad 0x4021800000000000, 0x8fe20f465fffffff
	.quad 0xc1000000407fffff, 0x7fc00000bb91fb9f
	.quad 0xc27eeeebc3bad039, 0x683f2e6d0b9e7ca6
	.quad 0x79d6e77840880000, 0x4eb6d6a83ffbb6d7
	.quad 0x0064d728bfc3ce81, 0x6d24c630fffdfe7a
	.quad 0xd3f948822134017a, 0x410000007f800000
	.quad 0x39e07270f5bef7ff, 0x4074f9fe7d34eba5
	.quad 0x7f9dc8369ed8e8d0, 0x4651aaa3db9c0310
	.quad 0xef116b3d4873bf37, 0x36c4aef1fff79fde
	.quad 0x80060dcd94a7303d, 0xeea7ce0fe7e87d09
seed40:
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0xfffffffffffffebc
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0xffffffffff831895
	.quad 0xffffffffffffffaf
	.quad 0x0000000001000001
	.quad 0xffffffff99fad181
	.quad 0x6fe632bedbee8618
	.quad 0x00000000000002c3
	.quad 0xd8447c84768c9172
	.quad 0xfffffffffffffe87
	.quad 0xfffffffffffffff8
	.quad 0x0dc3b0b8faf58fe3
	.quad 0x00001d0eb697680f
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x801926da9e4388d9, 0x7ed8f8ceba958a74
	.quad 0x0000000000000000, 0xd9ffffffff9b1adf
	.quad 0x8000000000000000, 0x410dc31d47000000
	.quad 0x000000007efadf13, 0x873f3ebd0e17c454
	.quad 0x0000000000000000, 0xfff8000000000000
	.quad 0x8010000000000000, 0x8236848c326517e9
	.quad 0x400e000000000000, 0xe66ba9ddf68e7bbe
	.quad 0x74f3d4c47fc00000, 0x7fdfa4d0bcb17110
	.quad 0xff800000c2975be9, 0x2f284fdc350c7e00
	.quad 0xabdffb9083fa8493, 0xb5bc0000beda43ff
	.quad 0xb63256bac1be0000, 0xff84e33647800000
	.quad 0xc1efffffffffffff, 0x9aeb338253564580
	.quad 0x4dfb1e82b9e529b4, 0x7fc00000801374e2
	.quad 0xbcd00a04ba318000, 0xc88d16f70116d538
	.quad 0xf7483797eb7d7c52, 0x3f9467a16c89e9e1
	.quad 0xc6d69b47bf2ec3d9, 0x807fffff4092a549
	.quad 0x7ffb062ef655afa6, 0x00800000407fffff
	.quad 0x8080000040900000, 0xb5980000d9a938f4
	.quad 0x3c1d7ce3bccf28e5, 0xfff0000000000000
	.quad 0xf7ba432a0c4ec2c7, 0x62a4170353d90878
	.quad 0x3efa4e56b9f00000, 0x0330c974d155506c
	.quad 0x721f442b457964a5, 0xf517016efffff0fd
	.quad 0xf5c2ecc2da000001, 0x415576ebc7800001
	.quad 0x78cea56eff149727, 0xb66ce38f292e4c06
	.quad 0x839da3608c22b135, 0x8558695f6b110d80
	.quad 0xfef9ecb4f2ab700a, 0x934358f100000001
	.quad 0xc330000000000000, 0x403511cdbffdfd58
	.quad 0x017fffffbce4a378, 0x13c243c1410b3a8d
	.quad 0x40e8000047800001, 0x3243b125a9bb37ea
	.quad 0xce76d5f571ac859c, 0x9176cfc0bddff7bf
	.quad 0x3ebb400000000000, 0xfff1345c706c4543
	.quad 0x7fae667aec38da68, 0xa1e2ebb8a49f32ef
seed41:
	.quad 0x0000000000000005
	.quad 0x000000000161423a
	.quad 0x0000000000000146
	.quad 0x0000000001d119c0
	.quad 0x0000000000000299
	.quad 0xfffff8db5d65c952
	.quad 0x17919d7fcfbcf23f
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xfffffffffffffcf5
	.quad 0x18b214a4b117a128
	.quad 0xffffda7557a93345
	.quad 0xcf0621bce1208ecf
	.quad 0xfffffd42dfecc8c7
	.quad 0xca0ae2217fc910dc
	.quad 0x32865a532945a544
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0x65e81134dff6dfdf, 0x7f80000041df81a1
	.quad 0xb836a9ecaafdb3df, 0x58e7f54ddacfc3fe
	.quad 0x75a5123581aeb9d1, 0x8004e882de1e24fe
	.quad 0xad035d3ae8bcf8c5, 0x3ec2800000000000
	.quad 0x8000000000000000, 0x7ffc3dc154eed0c3
	.quad 0x3c2d492b7bdef9c4, 0x2c87addf1888a8a0
	.quad 0x7feef6a30ef9e2b3, 0x1cf70909ffeffe99
	.quad 0xa3fe18d8c2fb782b, 0xbee9926ae896c540
	.quad 0xbc6c4dd8e2e64900, 0x1ffba6aaec60fd47
	.quad 0xc312c62b8621bd06, 0x75e64a02e82625c1
	.quad 0x3fca2bc50f40bf0d, 0xae32acf9c752075a
	.quad 0xe8072b4491106132, 0x5e36f4fbfff0bb0b
	.quad 0x43c82c62f7e6fc2a, 0xf338947bf45c3fff
	.quad 0x6071b9617711fc00, 0x19aa52ccf47ea1ae
	.quad 0x09525e36bbfef6f5, 0x771c89693cffd6e6
	.quad 0xe5a03f213eba8127, 0x3dfe4efb40700000
	.quad 0x0f90312effbc89c5, 0x4000000000000000
	.quad 0xfff8000000000000, 0x7fb2ecb4c376c10d
	.quad 0xec8c5b574fdd60d8, 0xa46b845c7d32ecd4
	.quad 0x36e657c9ffbbfeff, 0xe192a3c33e541eac
	.quad 0xae80b52d76dc8001, 0xff9f50543f800000
	.quad 0x4016ca433ae7b447, 0xe775bdafffd7c720
	.quad 0x3fdc000000000000, 0xc0f000007fc00000
	.quad 0x5b50413f9b3a43ff, 0x8d70205c6ff71d25
	.quad 0x7f8000001102803a, 0x8000000000000000
	.quad 0x82a513c37ffffe6b, 0xfff0000000000000
	.quad 0x3fb1c58df234bc49, 0xfff0e0ea6030eba8
	.quad 0xffad44998c27768e, 0xe02ba86aaa6a40b6
	.quad 0x5988c66bcfffffff, 0xc1742852f4c7c1da
	.quad 0x7fdfffffffffffff, 0x8003b01e74d8bef6
	.quad 0x71561f6e66c348a0, 0x001fffffffffffff
	.quad 0x57312769402af990, 0x8000000000000000
seed42:
	.quad 0x0000000000000000
	.quad 0xfe35aade3f5e21fc
	.quad 0x00000000000000d4
	.quad 0xffffffffffffff90
	.quad 0xae93c83da1f3ca9d
	.quad 0xc5688a9e754de8ae
	.quad 0x2ca93294b9273ad0
	.quad 0x000000000000004c
	.quad 0x2886940161750489
	.quad 0xffffffffff7b5ed1
	.quad 0xffffedbdfff1f77b
	.quad 0x000000007a230e64
	.quad 0xfffffffffffffddc
	.quad 0xab83e7f250811e4e
	.quad 0xfffffffffffffc54
	.quad 0xffffffffffffffb0
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x6e9448a9cf32a97b, 0x346d9c64cdf37ff1
	.quad 0x3de562e514ac2348, 0xeec36cc80d4885f3
	.quad 0x0a9013c2b1c80932, 0xc78000006c42dc25
	.quad 0xbdfa921aa074035a, 0x7098b9e8ffc00000
	.quad 0x4409453bbdd11fa9, 0x7fc0000042524e07
	.quad 0x5a030f8fd3ff5f4c, 0x167d8b4cdfda14d0
	.quad 0xec53226fd00b4100, 0xfa1ff1ad0c05a965
	.quad 0x3f7d03dbff800000, 0x0028bec6c300d370
	.quad 0xbd0d5a5a92dc1fc3, 0x40b1b8d0ffd6fc90
	.quad 0xc023000000000000, 0x414522dd44158000
	.quad 0xab5bdf73ffec2d3c, 0x72d1fab3d6429a00
	.quad 0x47aa688bfccfffff, 0xadab9cf707ab9446
	.quad 0x7f800000dd6bd43f, 0x373f276affaf6b3f
	.quad 0x82ae77c7b423a1a5, 0xc02a7b0f7f800000
	.quad 0x094188a1a54787ff, 0x0f96d7791eec7f6a
	.quad 0x7de33dbd971817ed, 0x5f34bc5c0f068664
	.quad 0x7fd8dbf57ad16b06, 0xc022b19c0a55d6e2
	.quad 0xc2837fa4ffcec02d, 0xc07ffffec1e7e19b
	.quad 0xfff0000000000000, 0x84131ed77fc00000
	.quad 0x3fed1e3b220ea5b1, 0x4ffffffe3d0d0f8d
	.quad 0x7fe689fe7cb8a59c, 0x0009bfe2eec5ddb0
	.quad 0x03482f71f9d4c25f, 0x85fa910ee307fc00
	.quad 0x82675007698e05d7, 0xe72f67db55749424
	.quad 0xffc00000ff9b8dbb, 0x6be0bc3b7fa80121
	.quad 0x4f00000143b0c7c2, 0x23e1e9d86fdcd28c
	.quad 0x7f8000006c55fcc8, 0x8000000000000000
	.quad 0xf3359918bd6d7574, 0x4baa88bab23e1635
	.quad 0xfff62e2b13027d0f, 0x4130c99979397e00
	.quad 0xbd252b233f522a51, 0xf5358c676822ed02
	.quad 0x0000000000000000, 0x85dfc002f8eefe00
	.quad 0xfead5ccbbf9c2433, 0x4030000000000000
	.quad 0xd132f9b4e028fe00, 0xfff0000000000000
seed43:
	.quad 0xdfb794168c4d8652
	.quad 0xffffffff80000000
	.quad 0x00000182487e5b57
	.quad 0xac42c0f07c0d4fb7
	.quad 0x00000008396f05f3
	.quad 0x82a2cefe6af15f7e
	.quad 0xff9ec39686cc12e3
	.quad 0x249fb11fa54a4267
	.quad 0xa91bf8acd7e4d5c1
	.quad 0x0000000000000de5
	.quad 0xdf8c15f10e1de7bd
	.quad 0x0000000000000280
	.quad 0x791750a35a5a5e5b
	.quad 0x000000000002bec0
	.quad 0x000000000000ccb2
	.quad 0x0020000000000001
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x72ca2248aada4b37, 0x87ed4edaf6086be6
	.quad 0x60ac8899442f8987, 0xbc75d96d3f81e9cb
	.quad 0xdf7fffffffd3002a, 0x3fffffffffffffff
	.quad 0xd5e71d1bfff32fff, 0x750a9df2f7ddfe00
	.quad 0xc0e0000000000000, 0xc006000000000000
	.quad 0xff800000bb080000, 0x9f8dc90d7e9cf400
	.quad 0x3478de7a1b715d57, 0x785d8ce87a254640
	.quad 0x25244f8cc4229e17, 0xcfe820393fbff5c3
	.quad 0x40a56f1a8055a61e, 0xa0954b29fbd7f64d
	.quad 0x3fd92ceaa3920dd8, 0xcda1b23b5fae82d4
	.quad 0xffc00000ff800000, 0x2ba94602a46dfcc2
	.quad 0x00000000df800001, 0x0049afaf73e5d513
	.quad 0x304ed414ffffe819, 0xd8e72c9a3964f97d
	.quad 0x12352433ffb9af7c, 0x3fd022cb72d1b0a5
	.quad 0x7feb4c33a0a16fcc, 0x59b249749eb73db3
	.quad 0xc330c5129d055272, 0x783cb1726c9a7e7d
	.quad 0xdf967399bd77ff3f, 0xbfa4c2e33eb684b8
	.quad 0x734d1cb5d8000000, 0x023e2d9e47beff7f
	.quad 0xfb6228e3bfb57eda, 0xbd33d5f41f1c0840
	.quad 0x27e17a19f13bfbb1, 0xaeb4114167698606
	.quad 0x1a55bb73c0e2f2ee, 0x8008000000000000
	.quad 0x0108efaf472554ff, 0xa5953497b06ffdcf
	.quad 0x7ff14f6ba9dac7d9, 0xf743bda2f5817c00
	.quad 0xffbaaa82c372cfd7, 0x3a338779b0f1a08a
	.quad 0xf8b0dcf60d036f7f, 0x2cbf4bb020258200
	.quad 0x00000000b1219481, 0x4027ed0a59ccdbd1
	.quad 0x8013773a917fd954, 0x1689ee27738385d5
	.quad 0x7fc167b640ca1ad9, 0xc09732f20e3d907d
	.quad 0x7fe2ac85c369b44a, 0x95b4cf294288b2d4
	.quad 0x9d9e44c2fbded8d2, 0x3f00000048400000
	.quad 0xfff0000000000000, 0x4333051a4c2d53e0
	.quad 0x15a6e3f41b3bbb0b, 0x7f80000000400000
seed44:
	.quad 0x4ce346af817711e1
	.quad 0xffffffffffffffff
	.quad 0x0000000000000015
	.quad 0x6aaa681ff1fea0a3
	.quad 0x0007ff34510fba78
	.quad 0x0000000080000000
	.quad 0xa0c2e4c162033f80
	.quad 0x00000001e5eb8586
	.quad 0x22c66b58355fd472
	.quad 0x0000000000000055
	.quad 0xfffffffffffffed9
	.quad 0xffffffc338989091
	.quad 0x00032f5fc34764c8
	.quad 0xffcbbcc07b5d7228
	.quad 0xfffffffffffffded
	.quad 0x7f5e49ad06c44e71
	.quad 0x07c00000
	.quad 0x80000000
	.quad 0x9e99c413c53d3747, 0xb4bfd7f78d0ff97d
	.quad 0xfffcd5446e2ee129, 0x16fddab8dad8360e
	.quad 0x5174265dcefe7df7, 0xff9adbbe97ffbdf5
	.quad 0x3d4800007fc00000, 0x5996cad67f800000
	.quad 0x900a9f8c76305848, 0xc3ff4d10fb31a346
	.quad 0x67368391977d8f6f, 0x9fa26d4b9c47c7c0
	.quad 0x8dbdf216d3d80bff, 0x3f48000000000000
	.quad 0x41de08097f903361, 0x40481ad7ede29160
	.quad 0xffcf503c7d13ffb8, 0x3e73cb0e9896b856
	.quad 0x7ff8000000000000, 0x7fe97a748caa7c89
	.quad 0xd42848fb42667800, 0x7fc00000f76ba7ec
	.quad 0x7f800000599ce4d1, 0xe2e53b9100e75ef5
	.quad 0x2f55391fddbf8000, 0xbe800000efe60d05
	.quad 0x53dd554034516088, 0x7e8819b880000000
	.quad 0x4ea3a85f7ffeffe5, 0x80ffcc19bc491d16
	.quad 0x4017000000000000, 0x3c27a975f2d3926b
	.quad 0x74741604fdff7f50, 0x7f8000007e800000
	.quad 0x029c41a502cffe52, 0x3ff97a47f89b3e07
	.quad 0xfe7c1f902fadc15b, 0x002a151bdf7ffffe
	.quad 0xa980e863c0bfc85f, 0xbf96000000000000
	.quad 0xfff684e7a527ebb7, 0x156319ad24e1d0b5
	.quad 0x51c5dfbcffbdc800, 0xfff6904d7ff5baab
	.quad 0xf4a5b1a2f570ebc3, 0xbffffffe4f7ffffe
	.quad 0x17eb3138e297f8e5, 0xbe7ebbbce381cd52
	.quad 0x3fa33ff1bfb3df93, 0xc9dbb18d0f3a1b80
	.quad 0xed55cd51c5594af0, 0x3e80000080000000
	.quad 0x001fffffffffffff, 0x00000000bc5dc600
	.quad 0x8000000000000000, 0x01168d487ffc04c0
	.quad 0x400000009b7e1592, 0x7fdfffffffffffff
	.quad 0xbfcf2e7f44c33a53, 0x7491e4310e0615fc
	.quad 0x488afcd0fffffbe7, 0x41f0000000000001
	.quad 0x382798718f82c100, 0x666aabc57ec08300
seed45:
	.quad 0xffffffffffffba86
	.quad 0x0000000000000000
	.quad 0xffffffffffffffe4
	.quad 0xb315e0f2fce23e93
	.quad 0xe074b5417b905213
	.quad 0x1c066a19eea6444d
	.quad 0xff9740f22bdb3887
	.quad 0xfffffffffffffee4
	.quad 0xfffffffffffffff2
	.quad 0x163749b884b50b43
	.quad 0xb975f81a74f87e10
	.quad 0x0000000000000264
	.quad 0xffffffff80000000
	.quad 0x55f72d998e45e84d
	.quad 0x0000000000000002
	.quad 0x0000000000000254
	.quad 0x01000000
	.quad 0x60000000
	.quad 0x3a3daeda079bcd1b, 0xbc9aab14982ecd3f
	.quad 0x6a392ca85e4b4cbd, 0xffab58d2f53d4166
	.quad 0xbd2f0b2a8a37fc00, 0x41d80c5540880000
	.quad 0xff6f9365ff7fffff, 0x3fd25cad2e27c651
	.quad 0x001fffffffffffff, 0x0820c5e88788bbab
	.quad 0x74d7f07fdb4f9898, 0x4005ccb8d66d84e9
	.quad 0x2a08acdcc2c1ff4b, 0x00000000302b3815
	.quad 0x3dc1f79fc02aacb1, 0x5a3cbee0ef1c7c00
	.quad 0x589b88bcdf30f5b3, 0x7ff60ba063551ad8
	.quad 0x94c08eddfd3ffc45, 0xc0280000c291deeb
	.quad 0xbf1a000000000000, 0x4f1aacc892fa5a70
	.quad 0x0000000000000000, 0x4626a49d403f83ff
	.quad 0x0e46adae80ffcfb8, 0x7950be72fff4fec7
	.quad 0xff8c94dbbda75ee4, 0xfff6a59558417032
	.quad 0xfff4f2d8f26a6c27, 0xfc36958f00000000
	.quad 0x41e0000000000000, 0x48640000bdf08dc0
	.quad 0x3f8d6615792271ad, 0xeef6635e7ff3fe00
	.quad 0xff800000cffdf6f4, 0xc07d600000000000
	.quad 0x81b2c2afeab3dfde, 0xc05e5615084ed67c
	.quad 0xc1ea3b7cfed02b57, 0xc0dc000000000000
	.quad 0x7ff0000000000000, 0x982a0485520df44a
	.quad 0x7ff0000000000000, 0x54caf8498ccb7cd1
	.quad 0x4018800000000000, 0xb441110fd6cf8200
	.quad 0xc074690b9d1cc80d, 0xbc1a434b40c40000
	.quad 0x3a80bad9ffba2f1e, 0xff3b8e8fc8c737ca
	.quad 0x64a6b62240700000, 0xb7c7118ae7ecadf6
	.quad 0xfff1a47067ca23a8, 0x9b4d6d83fe72b86e
	.quad 0x9c18c7683ea50000, 0x406ff624149fb3b3
	.quad 0xff800000bee1f2e9, 0xbfbfe9b4ec86033b
	.quad 0x0000000000000000, 0x0b1a6c167196e93d
	.quad 0xffdd466f8e701efc, 0xffb08d68c8087b4a
	.quad 0xc351c728bd8818a0, 0x7c5724033c268349
seed46:
	.quad 0x001d216164b97dc5
	.quad 0xf2dd8e56fb139be4
	.quad 0x83a057b961f7a1f3
	.quad 0x00000000ffffffff
	.quad 0x98a819ed04324f6b
	.quad 0xac3765dc3657b95a
	.quad 0xf80b1b52783b677a
	.quad 0xfffffffffffffcf5
	.quad 0xffff816504aeca84
	.quad 0x0000000000000320
	.quad 0xffffffffffffe8e8
	.quad 0x8ae02ed61fd87f32
	.quad 0x0000000000000010
	.quad 0x0000000000000002
	.quad 0x27660a9f27518e4d
	.quad 0x2213931f1f1cd5ba
	.quad 0x03c00000
	.quad 0x40000000
	.quad 0xa26864794299fef4, 0xf1c50b2cf0661da7
	.quad 0xff96fb9cc3377c79, 0x48563411b0747e0c
	.quad 0xe9dd0473413b7626, 0x6d601a740a1f7c00
	.quad 0x4c4341b4a1cff3ff, 0x6bfa53a26d7c3a83
	.quad 0x80165d9327393852, 0xa27d898aff000000
	.quad 0x3fc0000000ffffff, 0x5dffcbbeffa8ff7d
	.quad 0x4aeb0da200776c97, 0x4054f43ad9c8e5c2
	.quad 0x3fd00000ffc00000, 0x3fae1afc3929d73c
	.quad 0x03bf0a9f67c41f91, 0x614a28ff1856df76
	.quad 0xde4bc8a6031f53b4, 0x1ba5bdbb400980b4
	.quad 0x7ff0000000000000, 0xb0fd0950a2ca7c00
	.quad 0xfff0000000000000, 0xcbbff11bf1fbf9de
	.quad 0x3e6000004f000000, 0xc3799132bf0b75c1
	.quad 0x7f8000007f83acce, 0x41f0000000000000
	.quad 0x8008000000000000, 0x0ccedba0bfff7f8f
	.quad 0xbf65000075ae8e81, 0xc013680f991c4922
	.quad 0x8013031abdd5c16e, 0x7f63b09979d5a930
	.quad 0x4347b7b5ff800000, 0x6355e55879a1dffe
	.quad 0xc102000000000000, 0x4a2a2f445ee2063a
	.quad 0x826847e66b540659, 0x7df55d5568bd18b6
	.quad 0xc132200000000000, 0x7fc00000bbb4b55b
	.quad 0xed9c2f5cf7ef3afc, 0x45157e724cbdf198
	.quad 0x80e8751140000001, 0x3bbff47d801bbb83
	.quad 0x7ff0000000000000, 0x3d71feb840300000
	.quad 0x00d7b81880000000, 0x3d1e502abba9e943
	.quad 0x8000000039f80000, 0x011d2ba4fbffffff
	.quad 0xbfdd2f0b2bb2a79a, 0x80000000935e806e
	.quad 0x7e5bb4ccc9911dfe, 0x4340000000000001
	.quad 0xfff0000000000000, 0x008551ab43c00000
	.quad 0xbfcc000000000000, 0x7f8000003bbf55ae
	.quad 0x0010000000000000, 0x3f38800000000000
	.quad 0xffe3aee87fa5ba8e, 0xab3822fda128739e
seed47:
	.quad 0x675a29ab24234d26
	.quad 0x3e405e81e61cdda1
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffd43
	.quad 0xfffffffc636dab14
	.quad 0xf4bbe29be734ac2a
	.quad 0x958f60e31ae92dea
	.quad 0x0000000100000000
	.quad 0xfffffffffffffce1
	.quad 0x0000000000000267
	.quad 0x000000000000017b
	.quad 0xfffffffffff78e34
	.quad 0x000000000001fba5
	.quad 0xfffff2797db7c76d
	.quad 0x64bb24d334c833af
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xfad9c590debc45a0, 0xf0c1492bbe800000
	.quad 0xc011000000000000, 0xae00d1c510cd7e00
	.quad 0x7f0fabb67aaffe7d, 0x3fdb52ae1406ef38
	.quad 0xd9800000c0000001, 0x4185884637100000
	.quad 0x0000000000000000, 0x4023000000000000
	.quad 0x7f8159ba5f4b3471, 0x0000000000000000
	.quad 0x40057da3bfd5bfde, 0xf7132b31be3eebff
	.quad 0xfffb9fe5ea707636, 0x07d801937d7fe4a7
	.quad 0x000000007e800000, 0xd8d1ab75f20ad609
	.quad 0x7ff0000000000000, 0xbf05e477410a0000
	.quad 0x3fe9625a194a8cf9, 0x459212011404fe00
	.quad 0xc63f2ab3d11c07ff, 0x38d66840c5fefdfe
	.quad 0x33ce8d1bffc3fdf9, 0x7ff659376d131812
	.quad 0x000e217a34764533, 0x6ab5c728ddffffff
	.quad 0x17479a46a8a15305, 0xc01f000000000000
	.quad 0xffe580e77ea07e1b, 0xfffccff9b8b22e1e
	.quad 0x40d6000000000000, 0xa2070eb1ffb5fab0
	.quad 0x002387011c0a4c87, 0x9b09b32cebada4b9
	.quad 0x14fb76d711beffe7, 0x2f77c408cafa7e5f
	.quad 0x3640116ebf227ee6, 0x8f6a474e61a8a012
	.quad 0x12b02b0cebf3ffff, 0x410ee00000000000
	.quad 0x889e489abbfba1fc, 0x94347df092bf5618
	.quad 0xb5aab7dd1c9a0600, 0x40f0000000000000
	.quad 0x3f4000007fc00000, 0x3d8fbc29acf7c4a6
	.quad 0x7fefffffffffffff, 0xf637af0d48a2940b
	.quad 0xd24dd44cc1806494, 0xc020000071b32741
	.quad 0x418993e97fc90d6c, 0x3ff0000000000001
	.quad 0x595d0e653ff8c4a0, 0x7ff8000000000000
	.quad 0x398ae3e4ffcadf4e, 0xcac1ccb1ffbd03ff
	.quad 0xc203b46343bc76f4, 0xfff0000000000000
	.quad 0x4090000000000000, 0x0d08eaddffb7ebd0
	.quad 0x0fcc19a9677fd7ef, 0x8b58b8ebf3fffe10
seed48:
	.quad 0x0000000000000239
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffe5076
	.quad 0x00000000000000a6
	.quad 0xce2261767f2d5e23
	.quad 0x20fce2743f865a40
	.quad 0xfffffffffffffc5d
	.quad 0x0000000000000149
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffdee
	.quad 0xeef60bedd8258fe2
	.quad 0x0000000000004917
	.quad 0xe31880f4b044049f
	.quad 0x000000000000001d
	.quad 0x00000000ffffffff
	.quad 0x3777d0bc7fc492c0
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x3fe8000000000000, 0xbe800000fc5b6da1
	.quad 0xffa378f10d1baea9, 0xbf30000000000000
	.quad 0x8012c62ad5883fbf, 0xc0082d9d7fc00000
	.quad 0x803fd16d4747dfc7, 0xff8000009e0f8f43
	.quad 0x056bd2657f800000, 0x3f00000047800000
	.quad 0x4feb745a61e7fb09, 0x40a900000e510213
	.quad 0xf379a0af7d6bf7ed, 0x1b2617b280000000
	.quad 0xaf79aec7e84f8100, 0xeaee77e53163fd16
	.quad 0x7ff8000000000000, 0xc60cd7a7e2e187ff
	.quad 0x80000000ff800000, 0x412bd9fd7fc00000
	.quad 0x863bd094ffe7fede, 0x000fffffffffffff
	.quad 0xbf8e1b847e2d1005, 0x3e9e2b62c3011e6a
	.quad 0x8ff88ee379f979f8, 0xbee638530f74bd7d
	.quad 0x14c66739f65afc00, 0x2a15fa5cf72ee022
	.quad 0x4c8e9436bfef3f1d, 0x82ab14b3253b28d7
	.quad 0x3e26ba65c1180000, 0x7fb4a568bd116102
	.quad 0x1248a4a2ffe37d66, 0xac75b6865bfff7d7
	.quad 0x7f880c287fe4d56a, 0xc2ee1d8527276ddc
	.quad 0x0026aad4fe800000, 0x489dd4e673ee241e
	.quad 0xa41b257b4fee73ff, 0xfee26243aa887800
	.quad 0x71423c773effef97, 0xd90a2bcf5f3cad3c
	.quad 0xffca46e1ff8bdbfd, 0xbff0000000000001
	.quad 0xeeb21f02ffdd7672, 0x3ced4378fdf9ffef
	.quad 0xd9f3104554e7a749, 0x88730bf28fd3db35
	.quad 0x5829e58effdefd22, 0x7ff188682dac06ca
	.quad 0xc330df86c1a2c19d, 0xbe7ec8430e666534
	.quad 0xbec800003c427669, 0x5a6020fc60e87c11
	.quad 0x398d01059ca56782, 0x800ed706e9496ec8
	.quad 0x7f8e600b3b84da24, 0x7fbf83cf3e14c4f4
	.quad 0xfff8000000000000, 0xc00301db3096d85e
	.quad 0xfff0000000000000, 0x4654b6d77fe397df
	.quad 0x4b4d4e0265b9a853, 0xbfd2c2e2f990bd53
seed49:
	.quad 0x000e6d58dd6773a6
	.quad 0x000000007fffffff
	.quad 0xfffffd0922b8739c
	.quad 0xc3766541724beaf3
	.quad 0x3193e3e89434ffda
	.quad 0xfd3c59c0066c912a
	.quad 0x9a9359a86d96f0f1
	.quad 0x2944ca2d71a950cf
	.quad 0xffffffffffffffcd
	.quad 0x00000000001054e6
	.quad 0xbaa1419dc5007d34
	.quad 0x00000007ea03b351
	.quad 0xdbacfe8d589cb45e
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0x1985a8908a258692
	.quad 0x02000000
	.quad 0x10000000
	.quad 0xb01cb0acffeef59f, 0x38bd13804672cd3f
	.quad 0x9a39c9a3ffdfebdf, 0x014e75c7511e3717
	.quad 0xd6e4d4fc41640000, 0x4030000000000000
	.quad 0x27459f2efcb772df, 0x834ddfae606230cc
	.quad 0x8000703eb61bf747, 0x7f8537e7aaca01b4
	.quad 0x43e0000000000001, 0x00000000ebc016d5
	.quad 0x7ffe9865b6aab344, 0x4233e5b443388bbf
	.quad 0x8008000000000000, 0x1875f0e3d5ff0580
	.quad 0x8000000080387765, 0x4079a0edcce8fe00
	.quad 0x43f705abcd248975, 0xbfc9c50ac33ebde7
	.quad 0xff38c3fdf44dc83a, 0x3f9f15d27b7372fc
	.quad 0x0020000000000000, 0xc8207ecffcd7d3ff
	.quad 0x8010000000000000, 0x3d1128eac1100000
	.quad 0xd96bd40853dabfff, 0xb140087ec202fd6f
	.quad 0xac4733f63ffaf9ff, 0x81352c7a3f400000
	.quad 0xcffffffe7fc00000, 0x40003d57f786983f
	.quad 0xc1c8bce1bea21944, 0xfff0000000000000
	.quad 0x3fd1a780aa7aa523, 0xb1559fb08edc3854
	.quad 0xdac228f33e30e780, 0xe2566d3459ce08f7
	.quad 0x559566aa7dfdfdd6, 0xde566febb5c36bfa
	.quad 0xffaf7d263a1af3b8, 0x7f1bc435ffbffbdb
	.quad 0x3f31800000000000, 0x7e5c221e3dacfd5e
	.quad 0x0000000000000000, 0x7ff1e218840e045d
	.quad 0x0222133dff765aff, 0xc77fffffc7700000
	.quad 0x07c0b7d538d48000, 0x4013baad4e96729f
	.quad 0xa0baae0d6bc77a67, 0x2cc5f40300000000
	.quad 0x9f060d7dbb7f5ffa, 0x80400000beb7c3d1
	.quad 0x0008000000000000, 0x80000000812115c2
	.quad 0x3fc6ff8155bc6bce, 0x7f80000041899f4f
	.quad 0x7ff3800663174e05, 0x62e86ae415d18000
	.quad 0x40739eccc5f77352, 0x8000000000000000
	.quad 0x4cfe87d3817fffff, 0xbfaf59407a64364b
seed50:
	.quad 0x000003980bfb3dae
	.quad 0x4acd87878e8a7cad
	.quad 0xffffffffffffffed
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x000000124ed1c889
	.quad 0x53bc8b912623c4cf
	.quad 0x00000000ffffffff
	.quad 0x0000000000000024
	.quad 0xfffffffc67580718
	.quad 0x0000000000000021
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x421944f8400a4606, 0xf7a7442480000000
	.quad 0x8000000000000000, 0xa1a587ea9d024780
	.quad 0xcabc32683606c140, 0x80000001ec217b03
	.quad 0x031ce43b24cbc668, 0x8020000000000000
	.quad 0x03cd5d4b908de991, 0x00b5bf54c0d00000
	.quad 0x8000000000000000, 0x7fc11c2e806cd780
	.quad 0x81290eaa60388992, 0x22b8b1ebf280fe00
	.quad 0xc072378306b5d7d9, 0xe00cf1f1df54073d
	.quad 0x404e4f2d48ee27eb, 0xff97d5cf801badfc
	.quad 0x7e2153fafefd7b3c, 0xffee559a73c878ee
	.quad 0x421bf892ffad37c3, 0xd23c2b7d7fc00000
	.quad 0xff7fffffbd773e1f, 0xfff0318cedcd82c4
	.quad 0xae3c709d77648000, 0xc295b5f33cc239b7
	.quad 0xbf89c72569441b96, 0x7f7fc0c12c309f96
	.quad 0x5e79ca4effad6105, 0x358f0ebf168687bf
	.quad 0xd9800000ffe0f1a3, 0xc065feaf69a60095
	.quad 0x4b05f7a8bedfd81b, 0xabfd9267dbc2c4f0
	.quad 0x3ab0000040cb2fe5, 0x958ac556d00815c5
	.quad 0xeb42275afe37c501, 0x4110000000000000
	.quad 0x7fdfffffffffffff, 0xd4530cfabe9c0b66
	.quad 0xf1b7fe5cf3504800, 0xfff10f50129391b5
	.quad 0x35800000000d6938, 0x0000000000000000
	.quad 0x7f8000003ca18aea, 0x961247dcffc84e53
	.quad 0xc2243569ffc00000, 0x001cd8fb276c42ff
	.quad 0x02e440433a5f6e42, 0x7f800000c15a481e
	.quad 0xb686000004150b16, 0x95df37fcffc00000
	.quad 0xd88dab52d19794c8, 0x658646e3f955569a
	.quad 0xbe2e93a886337fa7, 0xffe0cd7a87f2523f
	.quad 0x427d4cb53bcefb7b, 0xbfffffff063352ed
	.quad 0x8035d8a1fba908bd, 0xd3bc555e2ffb8fc7
	.quad 0xfff6c339111e4814, 0xbff8c6e0f6fbfcbf
	.quad 0x7ded1fa18d01000e, 0x7a01dfcf7138011d
seed51:
	.quad 0xfffffffffffffd2e
	.quad 0xffffff940ee32cf0
	.quad 0x00000000ffffffff
	.quad 0x00039163c1dfef9a
	.quad 0xb95346a7f1ff323b
	.quad 0xbfdabd3e239c33bd
	.quad 0xffffffffffff4bc6
	.quad 0xfffffffffffff295
	.quad 0x30f31fb11ca06da8
	.quad 0xfffffffe698e82a0
	.quad 0xfffffffffffffffc
	.quad 0x00000000000c32fa
	.quad 0x000000000075657b
	.quad 0x25cf975948630712
	.quad 0xffffffffff33ad8e
	.quad 0x42a7be9387a5c655
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x4c856d71ff87573d, 0xbc75f69fc39fdc40
	.quad 0xb66acb484125ffbb, 0x77793c597fffdfe7
	.quad 0xc1f0000000000001, 0x87612281f73d4aff
	.quad 0x7f87a492c7800000, 0x40351b7ba15b03c5
	.quad 0x01b84ae4fad30a3e, 0x40240000ff800000
	.quad 0xc29fd15f7fc00000, 0xfff6e93b97ebe5b6
	.quad 0x76a75356bbcffd94, 0xb32edf180d58c1c0
	.quad 0xfff8000000000000, 0x7ff197beb45f5a86
	.quad 0x400000007edcd029, 0xe1064645f37fff1e
	.quad 0xf49df2a2ff87e3e1, 0x25068a8f28c03489
	.quad 0xbfbe410a64962e7d, 0x7ff8000000000000
	.quad 0x3fffffffffffffff, 0xbd607acaffc00000
	.quad 0xffb5fd521503454f, 0xbf83400000000000
	.quad 0x3ffb6707fc5ffdf5, 0x7e027587146c5f98
	.quad 0x74be3aaaf7ec6a9e, 0xc0e0000000000000
	.quad 0x5f800000c0600000, 0x7f9bc8a4ff800000
	.quad 0x0000000000000000, 0x8a16501f3efef7ff
	.quad 0x81345f25935d4820, 0xc1180000c30885e0
	.quad 0x98531dc09b8536c3, 0xcf8000017fbe8498
	.quad 0xffe4a0560973622f, 0xe0c64245acf8fe00
	.quad 0xe206583e0557edaa, 0x7ffaec768131300f
	.quad 0x812aa3d3b915bf2b, 0x86db6f557ffbf774
	.quad 0x511d18abebaf3fff, 0xa383ab7a64fe7e2d
	.quad 0x6f2656fb4011fb86, 0x001a59a63bbfde9e
	.quad 0x00054cf05aa08e51, 0x4022000000000000
	.quad 0x7ff8e1f287811408, 0x00024f95def05495
	.quad 0xa5d5d5a2d235cfc3, 0x334ddaa042651deb
	.quad 0xc018000000000000, 0xfa037896234a8884
	.quad 0xff48c7acde208d4f, 0x401db39079a3a9b2
	.quad 0x0000000000000000, 0x7fa2a78cc304b3f1
	.quad 0xda000000c7ee0000, 0xbfe0000000000000
	.quad 0xbf8e9dce528ea931, 0x24bd4ded19747ce8
seed52:
	.quad 0xfffffffffffc12c9
	.quad 0xffffd6cac5633f6a
	.quad 0x00000000000002f8
	.quad 0xfffffffffffffd72
	.quad 0xffc12c609a0a9e41
	.quad 0x1b67b8085b66063e
	.quad 0xc44ed22051365c25
	.quad 0xffc66696c9a8fe75
	.quad 0xffffffffffffff6e
	.quad 0xe52e7f9332450e45
	.quad 0x000000000000002f
	.quad 0x1c5bf9960160b3ca
	.quad 0x1216ce14dac91c29
	.quad 0x8000000000000000
	.quad 0x000000000000009e
	.quad 0xc1a6e618e38fb47f
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x008105b7c8340000, 0xff9586fbff800000
	.quad 0x7d2f773b7fc00000, 0x000971717fbb3d75
	.quad 0x412000007fa9f8e2, 0x8000000000000000
	.quad 0xb88b3af536c9f9a8, 0x000000007fc00000
	.quad 0x3f9c846fca83aaa1, 0x3fbdc7584353fe2c
	.quad 0x80000001712d3088, 0xe73d2de877e7fffe
	.quad 0x3c874b21e87bed4c, 0x248b6dc47ffffef6
	.quad 0xf45bad7943b10000, 0x4f80000197a90471
	.quad 0x8000000000000000, 0x000000008bb29867
	.quad 0x7fdc41bf448f540e, 0xceedcbe4fffca0fd
	.quad 0xfdea62a1cb3fce11, 0xf8bec3ac43a042b9
	.quad 0x71f51fc03ce21341, 0x3fd666355a594995
	.quad 0xfff9dfe900000000, 0xbfa973c4cdca2f5b
	.quad 0x4a730db3ffbaec0d, 0x7ff0000000000000
	.quad 0x7d7b03a33ffffecf, 0x407df493b582513b
	.quad 0xdf99c90143558ff7, 0xc021800000000000
	.quad 0x822b34c09d3e0116, 0x40091cb561a3fa63
	.quad 0x0000000051fdf987, 0x439bea2678247c00
	.quad 0x7ff2b446bd9618e2, 0x100b202cc034aec6
	.quad 0xbab0000040500000, 0x8b471fa16fc1fc00
	.quad 0xd7e7abdf717bbfde, 0x7e3bf28f80000000
	.quad 0x3dafe44a3e000000, 0x4090000080000000
	.quad 0x407c7d9cca8b4195, 0xe87311e9413416e2
	.quad 0xc054505bc7da23ae, 0x452ca697ffdc8bff
	.quad 0xbfac650ae61c8c39, 0x40f2c6ae8a29779c
	.quad 0xc012800000000000, 0xff800000a49c26e7
	.quad 0x29dab7b1fb2afc00, 0x939bc8f3ffe17ffb
	.quad 0x8162512a6e07fdd7, 0xc046000000000000
	.quad 0x6ef8017ff2990000, 0x7ff50100bc280000
	.quad 0xe29b31a6efb8ffa9, 0xfff6d549e1f37787
	.quad 0xff800000c72b9d07, 0x5f00000000000000
	.quad 0xc01374d5e1fbc0f4, 0xff800000ff98f3e7
seed53:
	.quad 0xff6317cb49da3dd3
	.quad 0xfffffffffffa0a55
	.quad 0xba77af598fedf21b
	.quad 0x0000000080000000
	.quad 0x78c63cc843a58b2e
	.quad 0x06f927401c56848d
	.quad 0xcb90dcf6b9f433e8
	.quad 0xf15edbf08f5dc670
	.quad 0xffffffff305d6976
	.quad 0xffffffffffffff91
	.quad 0x00003f172971eb69
	.quad 0xea40246336147527
	.quad 0xfffffffffffffee6
	.quad 0x628b004e6ab2b634
	.quad 0x386c1a037629292c
	.quad 0x1539eca3e639af70
	.quad 0x06000000
	.quad 0xe0000000
	.quad 0x7fab88537fc58b75, 0xffc00000f52db992
	.quad 0x0000000000000000, 0xf97bb15f38924dd9
	.quad 0xba011519cfbf7400, 0xfeffffff81000000
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x3ffffffffffffffe, 0x1909a06918b7f4c0
	.quad 0xfff8000000000000, 0x3f226c5240300000
	.quad 0x14caeb5953ac5c19, 0x9de41a0a41180000
	.quad 0xc7a56fc580000000, 0x875fed71ffbc771d
	.quad 0x000000007f800000, 0xc007000000000000
	.quad 0x8d74856efa25af15, 0xeddb06cfff800000
	.quad 0x000e49b5409ea1e7, 0x0fab42439704819b
	.quad 0xc2b5659900000000, 0x8007b4e35736e103
	.quad 0x57d897573dffdfe1, 0x8008000000000000
	.quad 0x779f08debef6cbff, 0x7f0fa1c941400b18
	.quad 0x02b021fd45656d58, 0x7ff6a2d7fdf206ee
	.quad 0x6769e678e781c3fe, 0x3f84000000000000
	.quad 0xfea60ede2f4f6abf, 0x447d2cb839fa96f1
	.quad 0x80446bf0c3401772, 0x4011d00b3e6e4021
	.quad 0x897de53fffae820b, 0x1498b4cafff6bf5b
	.quad 0xb13f2f5c63f00000, 0x40f800003ba05878
	.quad 0xc02ee4f90b117355, 0x000607740fd14b77
	.quad 0x57d89ed643d68000, 0x3ed8f186bcd24fb2
	.quad 0xbc400000ff800000, 0x8e10c376ffc19031
	.quad 0x52bd30d432479a00, 0x00000000ffacf4d4
	.quad 0xfe9b00547f800000, 0x8118b354da682c57
	.quad 0x5e0c4dd355e020f0, 0x831b4fa1a7696225
	.quad 0xf24e583697f81de3, 0x0b661f1e1a5d0800
	.quad 0xfb20826fffa99660, 0xcc8fcecbfba37dbf
	.quad 0x523b502a5eba79b3, 0xc015899d47000001
	.quad 0xb0a4622dda733dda, 0xc00d800000000000
	.quad 0x8000000000000000, 0xfc3de055c6955cd0
	.quad 0xfecd6c7ee6a0bf18, 0x648903a3ffef6e72
seed54:
	.quad 0xffffffff80000000
	.quad 0xf67cb16328e6f4d7
	.quad 0xffffffe4a66f536e
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcf1
	.quad 0x0000008c49c3679e
	.quad 0xffffffffffffffff
	.quad 0xca15c971748dfa64
	.quad 0x0000000080000000
	.quad 0x0000000000487987
	.quad 0xfffffffd973971fa
	.quad 0xffffffffffffffff
	.quad 0x00002cba1bb15847
	.quad 0x0000000000000231
	.quad 0xfffef33d319017e9
	.quad 0x8e2791c1f00fec67
	.quad 0x04400000
	.quad 0x80000000
	.quad 0x05e295bccad2e132, 0x1c6665624343325b
	.quad 0x8f44bd9b013f18eb, 0xdd912777df570000
	.quad 0x98c848ed70340400, 0x023ec9c5ed973023
	.quad 0x4014000000000000, 0x89c41b2341d241c0
	.quad 0xaa5d1ef69024411f, 0xc56ee792fdfd84c7
	.quad 0x5d637362fe853075, 0x800ad12c4f177970
	.quad 0xa383228c7472dad3, 0x7f81389d41c8230c
	.quad 0x75f500d73fcf7f12, 0x9b697cd24bbfeb4e
	.quad 0x2657da886e237c00, 0x396d85c9fffffffe
	.quad 0xfff8000000000000, 0xf1b114adeed7affb
	.quad 0x7fc000007ba4048f, 0x4b1c300b9bb983be
	.quad 0x7f800000bc5eb59b, 0x007fffff3d071f3a
	.quad 0x6f5319c0c31dbfc5, 0xf778741dbba15c8d
	.quad 0x4138000000000000, 0x8000000000000000
	.quad 0x804d80ca076b90e8, 0x665d18c1ba7c3b00
	.quad 0xffb5ad510045875e, 0x95b91f5443744860
	.quad 0x0dbfdffb0a455121, 0x943ed561c5685de9
	.quad 0xcf7ffffeffde2e37, 0xc698000061497885
	.quad 0x457870aea2bcc50e, 0x47ad8ee5a3d0c323
	.quad 0xc000000000000000, 0x7fc06c63ff800000
	.quad 0xffdc798ec16b085d, 0xa7ebf52cb24cb0f8
	.quad 0xe74739c2ab93bb98, 0x2d61bf1cc829cf86
	.quad 0xc86ce3315c12af9e, 0x3051c947bffb146f
	.quad 0x800000006fedd66f, 0xff800000b6ac0000
	.quad 0xfff8000000000000, 0x41a732a47f800000
	.quad 0xfff3aecfe8c30657, 0x3fc3f2cdae6c36f2
	.quad 0xb62c1a72ce7dc561, 0x7dce3c969e2553c5
	.quad 0x7f800000ffb74ffc, 0x801e4e2794f8f821
	.quad 0x2a9caea7a095f800, 0x7ff0000000000000
	.quad 0x05e54f4f7c24c8e0, 0x3d0000005f9b9eaa
	.quad 0x400dd019b8392e5c, 0x0b7f18e570df5ec2
	.quad 0xe1ccc06fbb5dfbff, 0x1bb65e1a50b227a0
seed55:
	.quad 0xa508faabbccffeb7
	.quad 0xed46314b48012255
	.quad 0x001e152e2c3e7889
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xfffffffff28d2b4a
	.quad 0x9084ca59c06d9850
	.quad 0xffffffffffffffec
	.quad 0xb8831bed1dac73c1
	.quad 0x72445e9381fce987
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd33
	.quad 0xffec776f522f93dd
	.quad 0x0000000000b3419f
	.quad 0x0000000000000f62
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xff80000002f1514f, 0xd7ab4cf6c31f6abb
	.quad 0x9b7bc585f24cfc00, 0x2e476bf6ef3fffae
	.quad 0xfb4c7bcac7ff2c80, 0xb65080ab53708e7e
	.quad 0x2fb79159d2a62c3e, 0x7f7fffff7fc00000
	.quad 0x7f3790a6df8ed698, 0x84101f3c3eb63e9e
	.quad 0x7fefffffffffffff, 0x2285521e8bf50000
	.quad 0xc00e000000000000, 0x31b4dd2d58b4fc00
	.quad 0x407b6c37874a5f90, 0x852c501d3fa00000
	.quad 0xc1effffffffffffe, 0xe15670e5e814fdaf
	.quad 0x7f9d6c70c7e00000, 0x9b03c174bf1dcaf0
	.quad 0x78f16686cf7fffff, 0x4008790167380626
	.quad 0x7cf314613ddbaa07, 0xd812daeaf5cbffff
	.quad 0xcd23746300000001, 0x8000000000000000
	.quad 0x06af9872e7190000, 0x0087623c670b0f54
	.quad 0xfff8000000000000, 0x0000000000000000
	.quad 0x7ff715c0326d94b9, 0x80000000bd47a32c
	.quad 0xd83bcda53f29942a, 0xda7e9fd3fff2a7bc
	.quad 0xda5ce8e8fe3a0d77, 0x39d8bb818ff3fa77
	.quad 0x7ff0000000000000, 0x80071ca91c5f83a6
	.quad 0x1ad10e3f2874b3fa, 0x0f620754bf5af9f7
	.quad 0xfff0000000000000, 0x0000000080000000
	.quad 0xa0a1691bfbe0fc00, 0xae0ee8ee0c9f7c00
	.quad 0xc76bb72040940000, 0x000db12fc0900000
	.quad 0x49c1b74d170d811a, 0xf95e99dc1af1d277
	.quad 0xf2792fcc98a2ac29, 0xc07f8bcd2a28483f
	.quad 0x805dc76b8a083919, 0x3e609379cdd1c161
	.quad 0x64de33dafff7fca0, 0x3fab0bdcc3f12389
	.quad 0x25e9129d00000000, 0xc69900003be21c33
	.quad 0x80059553848686a2, 0x40038fbaf9da5be3
	.quad 0x1103f4d3e1c8f87d, 0x69f918fe8e6a0e85
	.quad 0x3e7ba5f951f6189c, 0x0126ea810dd7c0ba
	.quad 0xc7de16447f529c3c, 0x4d628c86ffe9d568
seed56:
	.quad 0xe715da1dd50d92b8
	.quad 0xffffffffffffff0c
	.quad 0xffffffffffffcd02
	.quad 0xffffffff80000000
	.quad 0xb9e3032555c17ecb
	.quad 0xbce8a4aa537562fa
	.quad 0x7b6b1ceec5d7128b
	.quad 0x000000000000021e
	.quad 0x0000000001000001
	.quad 0x000000000000049f
	.quad 0x000000000000001e
	.quad 0x00000000000002d1
	.quad 0x8d70269dd55a603e
	.quad 0x000000000000022d
	.quad 0x000000000d3a37cc
	.quad 0x96ab88b7dafac903
	.quad 0x06000000
	.quad 0x70000000
	.quad 0xb7d76703290afc00, 0x3f9c2bd840f80b11
	.quad 0x7ff8000000000000, 0xbdfde10b8d1391ec
	.quad 0xdde709324cf983da, 0xbf80000180000000
	.quad 0x8000000000000000, 0xfe8000001e681888
	.quad 0xbf2000003d3a36df, 0xc01c800000000000
	.quad 0x4023000000000000, 0x904a5e985fffffff
	.quad 0x3b9cdfeb961f9ee1, 0x003c795296b75446
	.quad 0xff77a1bcb993008f, 0x2e1fd907ffedbaf7
	.quad 0x8f0a7a820e490500, 0xbf9613c9913ff053
	.quad 0xe5d87d1bffec44c1, 0xc1d88b3a2f5e7884
	.quad 0x40f8000000000000, 0x3f3a900000000000
	.quad 0x148420e532e5bd00, 0x2666d918536f03ad
	.quad 0x50e635fbf1fffbff, 0xa6ae920ffacf37df
	.quad 0x0c5fc0dc3ffa4400, 0x801347205f449623
	.quad 0xc306a4b480b12764, 0x578e0ef0e5fefd7c
	.quad 0x40a8000014550ab9, 0xd6dc8371bdfa13ed
	.quad 0x5d5891123fa8b1f7, 0xfff0000000000000
	.quad 0xfff551120f53b57f, 0x3e8acac9807fffff
	.quad 0x31a37d9bcffd0680, 0x0462c27cf0f38000
	.quad 0x782a9dafd3137975, 0x00000000bcfe8b2c
	.quad 0x800fffffffffffff, 0xc8b401a30270fc00
	.quad 0xc03ea68b2d582f2d, 0xa5fa70accddcd777
	.quad 0x80fc793f3e7eb3e0, 0x41639f6b05d2b8e1
	.quad 0xfd3737f5f183d126, 0x1b477a9040200000
	.quad 0xc01bed04c6847b62, 0x8346f73273fc7bff
	.quad 0x6f244aefd777ccdb, 0xc1f0000000000000
	.quad 0x3fbfdc5eb584f175, 0xb20e39106b3afc00
	.quad 0x7fea102be73f503d, 0xfff8a780acb965ca
	.quad 0x8f68d019a8fffd43, 0x78b40ec3c0348000
	.quad 0x8000000000000000, 0xc060eb9cffb2193e
	.quad 0x000000003f8e0000, 0xc34ffffffffffffe
	.quad 0x960842aef8a1018c, 0xec70f5fcff7fffff
seed57:
	.quad 0xb6e895c2d5676536
	.quad 0xa08cfd195c26e908
	.quad 0xffffffffffffffe5
	.quad 0xe239c66cf56adc3c
	.quad 0x0000000000000053
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0x1d89f87022d996a7
	.quad 0x6137dd8498639816
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc92
	.quad 0xfffffffffffffffe
	.quad 0xfffff0e61d5f76e5
	.quad 0x0000000000000001
	.quad 0xbd6dd50cdc1c6566
	.quad 0xfffffffffffffd7d
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0xfe1867d230f53f65, 0x952ba0f5ffaecdbb
	.quad 0xff82b101c2368a3b, 0x337e5e564f000001
	.quad 0x7ffe393dfec13f90, 0xfff8000000000000
	.quad 0x40be000000000000, 0xbaa00000fdbc3044
	.quad 0x98b577903cee0000, 0xc38394074f000001
	.quad 0x3fbc000000000000, 0x1038baa13b372e00
	.quad 0xc3080355bd86e43c, 0xb913180835f50000
	.quad 0x7fc000008106b393, 0x4cf30908ca49fe00
	.quad 0x92b4e661fff2af63, 0x5db52fb7def9fc50
	.quad 0xa1792e359effc948, 0x15cebd0047ec7f2d
	.quad 0x814490ffe60a73a2, 0xbd814270249930ec
	.quad 0xa51cdea11fbf7f33, 0xffd0327f952a2187
	.quad 0x7ff8000000000000, 0xbff0a158d4d06fd3
	.quad 0x85dfe629bee5b600, 0x01120e22c0b9fa83
	.quad 0x400ee199d57a108e, 0x7cc375c4650544a7
	.quad 0x800a37a77898e26d, 0x655524e2e18e9f69
	.quad 0x403377914316ed98, 0xbe40000080400000
	.quad 0xdff474543f5b1e00, 0x59be7dc6ff800000
	.quad 0xc3032e768b5b515d, 0x7ea3960f7fa2e208
	.quad 0x80009ce951238a17, 0x400726c56be01b06
	.quad 0x078db64bffab7949, 0x8047cd6929c1a4e6
	.quad 0xbee8fa5e79b49993, 0x834302c6e73647b9
	.quad 0x7f7b77243cb9a309, 0x7ff8000000000000
	.quad 0xda39a7b89235f181, 0x80000000805dcf2c
	.quad 0xc06000003cadb808, 0x7ff0000000000000
	.quad 0x04d86e2241452dbb, 0xc61a00007f89f34f
	.quad 0xc3189f52c1180000, 0x806fe4f0fa36fb8d
	.quad 0xc0e0000000000000, 0x6c05574c64b73dea
	.quad 0x4121000000000000, 0xb834acdeddffcb7c
	.quad 0x45700000c2aafcfd, 0x1b9a3f3eda480372
	.quad 0x7fd0000000000000, 0x4101713c804006c6
	.quad 0x7ff4da1e10e92052, 0xfff0000000000000
seed58:
	.quad 0xbb8169461a2890d5
	.quad 0x000000000001a9ea
	.quad 0xfffffffffffdac1c
	.quad 0x3e0162d6cc693da2
	.quad 0xfffffffffffffeb7
	.quad 0x523fb686c01672bc
	.quad 0x233633eff1d16cc6
	.quad 0x0020000000000001
	.quad 0x1a6570f3d093b423
	.quad 0xc7a7377481f74f32
	.quad 0x7fffffffffffffff
	.quad 0x00026f14c3b690d6
	.quad 0x00000000000dcd34
	.quad 0xfffffffffffffca4
	.quad 0xfffff2bc110ec143
	.quad 0x0000000000000001
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x7f8000007f8d1b84, 0xbffc36ece524bb42
	.quad 0xf57fb0ba76bac850, 0x46b2f75cee5f3fb8
	.quad 0xb35ec0c2f8fe61ad, 0x7f80000000689f50
	.quad 0x488000007fbc6e1e, 0x402565af41135a63
	.quad 0x8d2b42e3c0a40000, 0x7ff5f1211d576864
	.quad 0x7ee4a0111016badf, 0xbc826c08c7000000
	.quad 0x41b854c972e5714c, 0xffb1ca0c7f800000
	.quad 0xe6ef43d3fffb3ef3, 0x3ab1e785560d4f5a
	.quad 0x7ee3cb612cfd7d8d, 0x5b5f185bff73fff2
	.quad 0x1fcc4442d256058d, 0xc00f67cd94f5b59d
	.quad 0x0088c45a61a7152b, 0xbcc83dfe412bd2af
	.quad 0x665bdf51927f8609, 0x3feba77bb8661780
	.quad 0x9734232574ca501b, 0x80085b63fa750949
	.quad 0x9e3b977be7ffffff, 0xc013000000000000
	.quad 0x0000000000000000, 0x41429efa7f800000
	.quad 0x3fa719f7ae695bc1, 0x75c3ae51ff267c00
	.quad 0xffcfda7380000001, 0x8990d618bb33feae
	.quad 0xc136367275f07dad, 0xff86821c40cc0000
	.quad 0x97b4c58606ecde97, 0x49380000805d0964
	.quad 0x7ffca6f513349d87, 0xff7fffff00000000
	.quad 0xa25786b1fa225649, 0xfea5d472ad07ceb4
	.quad 0x8012f352bf502edf, 0xab26ce797eb0be89
	.quad 0xeffbb445a8f02753, 0xff8891db00000000
	.quad 0x6b3f677ab8eeb31f, 0x2ec6d8be3998ac98
	.quad 0x7ee95fd2ffc00000, 0x001e7210017fffff
	.quad 0x3e4af5f1a901bafd, 0x9d3d31efd175fdbe
	.quad 0x7f99ee9380000000, 0xfd30bb1dece5f5c8
	.quad 0x401c000000000000, 0x61140219fa5f0677
	.quad 0xc04000009d8d86b4, 0x7f80000080000000
	.quad 0x4330000000000000, 0xffaf2217c7ed27b9
	.quad 0x0c2a068abbd460e7, 0xbec0000000000000
	.quad 0x75d55079ca7548e6, 0x404fb180d0c46b6e
seed59:
	.quad 0x0000000100000000
	.quad 0xffffffffffffffd8
	.quad 0xe3ccf68b89b92c34
	.quad 0x00000000002882be
	.quad 0xffffffffffffff23
	.quad 0xe51c6d2f07382b66
	.quad 0x000001dd9a37cdb7
	.quad 0x00096847d46a23d0
	.quad 0xffffffffffffffb0
	.quad 0x0000000000000091
	.quad 0xffffffffffffffc9
	.quad 0xfffffffffffffe69
	.quad 0x8000000000000000
	.quad 0x25977e8128175cf7
	.quad 0xc4038bf948744227
	.quad 0xffffffffc106b3a0
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0x80000000ff86b437, 0xeea37f18c1040000
	.quad 0xc2cc1402adffffff, 0x21e405cf3636ff41
	.quad 0x78c13735ef7c6e5f, 0x3fb300000e7e8d1b
	.quad 0x13fc0b8cff5f7ffa, 0xc00ffffffffffffe
	.quad 0x0ebe98355f127d13, 0xaee5fd84fff3f8ff
	.quad 0xc06fd548a5a4c1c5, 0xe5cc5e25e1f977bf
	.quad 0xdfffffff00000000, 0x80000000be800000
	.quad 0xd5739857558f0011, 0x7ff0000000000000
	.quad 0x8000000000000000, 0x80ddedf045811249
	.quad 0x01caaa0c91490556, 0xc38600007f7fffff
	.quad 0xbd486f7b01627783, 0x18eeaf7cb34e0300
	.quad 0x412000000001756c, 0xf0698e03ba6a532e
	.quad 0x800000003f669bc1, 0x9082be1f7faf50a9
	.quad 0xc3567e33d214ff99, 0xd196ee9981ce6063
	.quad 0x5465754c7bff2e6e, 0x7f80000043b0c64d
	.quad 0x002fffffffffffff, 0x8000000000000000
	.quad 0xddcebb54a23ea6b4, 0x4a4ec1de7ffafc32
	.quad 0xc0453754c433fb46, 0xba6f83d30a6ff977
	.quad 0xc20f49c4ff9aecef, 0x80000000ffaf066e
	.quad 0xc001b9517ad0fbee, 0xbfc80000be12b9ca
	.quad 0xd21d0cf9e15a5eff, 0x58817abcc10c85a3
	.quad 0xbfc1ec3abbe8f48b, 0x0000000000000000
	.quad 0x800000005f000001, 0xff8000007a94a314
	.quad 0xf5fa09098a302eb5, 0x3fd44ecedeef0503
	.quad 0xc86a0000ff8ddc49, 0x4185d42441855eaa
	.quad 0xc70000012bb0df84, 0xfff3bb126b78856f
	.quad 0xafed904ded7fa654, 0xb6e00000bf61ea68
	.quad 0x0000000000000000, 0x7f9894357fd89fe4
	.quad 0xc107000000000000, 0xe078a8467c78cc25
	.quad 0x800be788322a5dd1, 0x9a3aa1a89e827a61
	.quad 0xfff667671ebddfa1, 0x8032628cdf154aa7
	.quad 0x4044fd4d695b7587, 0xcb5d804cf7f2fca9
seed60:
	.quad 0xffffffff80000000
	.quad 0xfff270cac803dabe
	.quad 0x0000000000000077
	.quad 0x6e131df76e4e0616
	.quad 0x9e5c10112004dac3
	.quad 0x4cdbfc13d249651b
	.quad 0x00000000000001a6
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x0c5c05255e1b07de
	.quad 0x08b4f2c5a6ab0b38
	.quad 0x0000000021bc56d1
	.quad 0x8b70a12fe8f98918
	.quad 0x622b7e77c9f15294
	.quad 0x1d19d1ac70340b19
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xd75165d83fd73c80, 0x7c53af9ca17d8000
	.quad 0xbf9736db96f44bb8, 0xe4e8979b8e8afc0d
	.quad 0x7ff7399de87d4c81, 0xbbaf238d002229f2
	.quad 0xbfb99280a71cfcfb, 0x4024000000000000
	.quad 0x215d4f4dff973dfb, 0x7f9f30cf1b82292a
	.quad 0x0000000000000000, 0xbc199a77775f5dbe
	.quad 0x50eb933669ff7e00, 0x92643c65070ff7a0
	.quad 0x8300847d0059bdc0, 0x403d374a1c4c9f02
	.quad 0x82c92e2e559c0562, 0x7f80000080417f3b
	.quad 0xff800000ff800000, 0xce72299f69357bff
	.quad 0xea1e302fe7ab0621, 0x7fff29d90054e9bb
	.quad 0x40136dfc00c1ebde, 0x7ff70a7698de44a9
	.quad 0xff7a926871f1585e, 0x7ff5bbe05f176224
	.quad 0xfeffffff47000000, 0x40f4000000000000
	.quad 0x7ff1e1024a01c106, 0xffa71d11c1e69418
	.quad 0x7ff8000000000000, 0xdf0d843b58a5c0bb
	.quad 0x7ff0000000000000, 0x4eb4c7b6ff97bffa
	.quad 0x33a1447fffeffdbb, 0xa2938fccfeb80365
	.quad 0x0719a3dac3ffff7d, 0x83cd0d26cb4ee5cd
	.quad 0x3ef3365dbd6a4820, 0x0006db8c7fe2a617
	.quad 0x3fa4000000000000, 0x3226689cbf57dfae
	.quad 0x56054bae9fd5ff77, 0x69b57be3e8237c00
	.quad 0x87bd8b645740ab13, 0x0008000000000000
	.quad 0x94bd8c9dffc00000, 0x3f96fbd019f1b1d0
	.quad 0x89aab15e7f8ecefc, 0x1a9de3f1cf7fffff
	.quad 0xff800000feffffff, 0xabf5ffd39ee03b9a
	.quad 0x41110fd0bfb00000, 0xc021000000000000
	.quad 0xfff0000000000000, 0xf7044a5200f61ee4
	.quad 0xc118000000000000, 0x407a592d0e5d89fd
	.quad 0x7f87712ab0d0b610, 0xfeed1fe801957e1f
	.quad 0x7fbca775d821fdff, 0x1891e8577f957884
	.quad 0x40f000003e380000, 0x8000000000000000
seed61:
	.quad 0x000000007fffffff
	.quad 0x0000000000000003
	.quad 0x0000000001000001
	.quad 0xffffffffffabfc95
	.quad 0xf907e6650935f3eb
	.quad 0x2bce1fbf1d3e9439
	.quad 0xfffffffffffff384
	.quad 0xfffffffffdaa54ac
	.quad 0xfffffffffffffe72
	.quad 0x0dd7b2c330757099
	.quad 0xd4bdb02651614974
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x0000000000000398
	.quad 0x000000000000009c
	.quad 0x000473fb571789a3
	.quad 0x01400000
	.quad 0x50000000
	.quad 0x820ff4e37fdffefb, 0x1d66f990e8fe4200
	.quad 0x8060929600000000, 0x40980000d9f88265
	.quad 0xc0ffffffffffffff, 0xeed1adc7bc8c76a8
	.quad 0x7a712c31d395eee9, 0xffdf9af4222ec2d6
	.quad 0x7ff9910308d6286b, 0x7f8000004f7fffff
	.quad 0x53cd6373f91b3a31, 0x5085fceafdeff8b7
	.quad 0xef0456ec8fffffff, 0x39a8772b0b6b850b
	.quad 0x8de0f6aaff8176ba, 0x02df95b23cd9cebc
	.quad 0x033894a03f9a3f0c, 0x160b89f51affcdf5
	.quad 0xc021000000000000, 0x8780041ffeddfbff
	.quad 0xc330000000000001, 0x06338e250053b837
	.quad 0x8035522bc37a43cf, 0x51db1525f0827d4e
	.quad 0xbc36f411ffc00000, 0x7f9d91f709eb8b6f
	.quad 0xfff744b8a91dfb4a, 0x4022800000000000
	.quad 0xa607ce55bdbefee5, 0xbdd8edc57f874959
	.quad 0xbc339bb5b7278068, 0x40b93f73c7000000
	.quad 0x07f13d2a9c5f7bff, 0x0afcda7ff86f2d7b
	.quad 0x29895f8db97e067b, 0xfff33818601c3409
	.quad 0x7fb7647365327973, 0xc121000000000000
	.quad 0x43f0000000000001, 0xe873beb9f02b80b1
	.quad 0xffd17c17a9c48ad5, 0x8e0dadc97f800000
	.quad 0xc006000000000000, 0xc6908806f985fae7
	.quad 0x10221d80e5c8219e, 0x7ffb468d53928a53
	.quad 0x2f29becd9e203ff2, 0xc3f0000000000000
	.quad 0xfeffffff00000000, 0xc2363b663c01d16f
	.quad 0xc0136ad29719dbd9, 0x7fdfffffffffffff
	.quad 0x79fa92c932bb7d52, 0xd077c7a0c3a77c00
	.quad 0x7dc6f01f5aa91c50, 0x00000000bfe00000
	.quad 0x0000000052560403, 0x00233963104bcd13
	.quad 0x3dbc896f14f0060e, 0x433304ebcd5f78bb
	.quad 0x22f76894aa6fabe9, 0xc01b000000000000
	.quad 0x0d2746739ffe53fd, 0x806ad33a00000000
seed62:
	.quad 0xdfc91dd72000af06
	.quad 0xfffffffffcb51eb0
	.quad 0xfffffffffffe3a62
	.quad 0xfffffffffffffed9
	.quad 0x0000052255ce1384
	.quad 0x4e92cf5f2dcb3de8
	.quad 0x0000000000000237
	.quad 0xf33b99e29a1c643b
	.quad 0xf785e24f6f6a8c6a
	.quad 0xffffffffffffff72
	.quad 0xf4a592f917e99849
	.quad 0x8000000000000000
	.quad 0xffffffffffffe2a0
	.quad 0xfffffffffffffdae
	.quad 0x00000000ffffffff
	.quad 0xe8ae8ef4fad325fb
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0xfcd435817ff47ec1, 0xc0027c2a38d3cc83
	.quad 0x7ff35b12c39a7495, 0xc004000000000000
	.quad 0x4af663a77dfffffe, 0x4138144a004be6bc
	.quad 0xe8362073d5f30400, 0xf2d3726bfff2fb79
	.quad 0xc020800000000000, 0xabe3815fcfd7b3ff
	.quad 0x7ee3dbcb8628b0e1, 0x8000000000000000
	.quad 0xb894844e5ff73fc0, 0x435f53cf7fc00000
	.quad 0xfff5aa3fca0cc26c, 0x678ae15ec1aefbff
	.quad 0x3f758387b9cb22c4, 0x85e3ddd4f0367345
	.quad 0xcbc1e2faffb88029, 0xc00ffffffffffffe
	.quad 0xed01bbfdcdfe9ee6, 0x802fffffffffffff
	.quad 0x80ffe3b6c014c5eb, 0x1fb610d57fbffc60
	.quad 0x80f8957a0d96280c, 0x079574e0bb82132f
	.quad 0x0000000000000000, 0x73914e3c953eb052
	.quad 0xf9400b217f800000, 0xff5e1b307205646e
	.quad 0x0000000000000000, 0xffa33562ec2e75e9
	.quad 0xb7da46253cc6fe00, 0x0000000000000000
	.quad 0xa3afe022bf77dcf4, 0x5011f8d75e10516b
	.quad 0x0005597ca9bc9142, 0x96ea969f9b8cbd54
	.quad 0xc002000000000000, 0x039bf8aec0fbbe50
	.quad 0xffc00000fffe9060, 0x5b255e6112ab7df5
	.quad 0xfd7c9c65a42a22b9, 0xb67e7a869728b237
	.quad 0x479396cf3b7f6e80, 0xcf8000010804b325
	.quad 0x4921f518fffbbbff, 0xd5049e3989264800
	.quad 0x3c03a6f6807fffff, 0x044be9e8ff7ff776
	.quad 0x43e700004e000000, 0x005e9569ff800000
	.quad 0x7619d514803d9b6f, 0x30b99ffa81765c1b
	.quad 0xd9ffffff42bda6d2, 0x4019800000000000
	.quad 0x9073f74eb73a7d9d, 0xcff80544ff7ffffe
	.quad 0x2920fd033da054f1, 0x50e321637e25f056
	.quad 0xc008000000000000, 0xc930c261b1cfb757
	.quad 0x7f800000be0c0000, 0x42471d9e66e4ceea
seed63:
	.quad 0x00000000ffffffff
	.quad 0x1fdd565697a6f592
	.quad 0x19ff5646d40be2f0
	.quad 0x0000000110fb7c1a
	.quad 0xecc9d5a07ba077a1
	.quad 0xffffffff80000000
	.quad 0x00000b5224d785d8
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x007701e425be9cee
	.quad 0xfffffffffffffef8
	.quad 0x2065ed526f089e97
	.quad 0xe88bf1d30055e731
	.quad 0x0000000100000000
	.quad 0x8990e7898b7ab957
	.quad 0x00000000a098e9d0
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0x3ff0000000000000, 0x5b240bddaf517e00
	.quad 0x0b40c9f10dbdfe77, 0xa351ad72ed8fffc7
	.quad 0x66fd9783ff7fffff, 0xf99f194bf5c84180
	.quad 0xff80000039dc0000, 0x7ff30fc44b09f780
	.quad 0xffed8af5a301d3e5, 0x64ae115c542a8148
	.quad 0xfff77fb6922fee4f, 0x000fffffffffffff
	.quad 0xbc268d037b63c568, 0x46978f3a57bf58b9
	.quad 0x443fb1417fcbff51, 0x8e6b432781cf1626
	.quad 0x40965be77f800000, 0x575c6e160d6332ea
	.quad 0x2bb717d76f0a816c, 0x9e4b35eebec310c5
	.quad 0xf693b8e17fede008, 0x740e5ee7ff800000
	.quad 0xc38c648842c00000, 0xb5e14675226efb59
	.quad 0x8b7a5f10fc099a89, 0xab1256eeffbdd7f4
	.quad 0xfe8000007ec97873, 0x3e8187f8bdf55aa5
	.quad 0x5ee92db1b41607ff, 0x3abbf1d410e2edb5
	.quad 0x7eba4f75e145b2d9, 0x5d22524115f77d3c
	.quad 0x7fae066300800000, 0x6499a95ec0d00000
	.quad 0xffdfffffffffffff, 0x7ee1e4dbdd1b2443
	.quad 0x801fe5f6e18a77d5, 0x00000000c1cffc05
	.quad 0xbfa35be131b53211, 0x04f25eddfbf37fbe
	.quad 0xffed22aa2a2e7c18, 0x6bea268c002f2025
	.quad 0xbb0829fe2d613900, 0xbec9000000000000
	.quad 0x9a8cd79a86478000, 0x7ff0000000000000
	.quad 0x0000000000000001, 0x7d2e69d921c74600
	.quad 0xd9fffffe41c3a48e, 0x00257a8affba7833
	.quad 0xc01e000000000000, 0x7d8bc4cee7e83e96
	.quad 0x017fffffff800000, 0x47800001ff800000
	.quad 0x994a5e12664a7d45, 0x9ee97ccb73090000
	.quad 0x6984be79fff77a2f, 0x7f5a6863470a024c
	.quad 0x046629d54be87bd7, 0x7edd716cf9d16362
	.quad 0x5ef04f7b7fda55bf, 0xbfae000000000000
	.quad 0x7ffcca2a6170c3e5, 0xe5bc7447d55c4200
