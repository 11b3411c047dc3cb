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
	.inst 0x1e7001e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e287991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e315a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e43edb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eafe674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e687875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30ca76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21cad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2266f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e560f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef9c45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21795b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea1d8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29689d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67de9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62893f
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
	.inst 0x1e224df0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f100891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f49b9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e672030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e28b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e390105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2eb3c537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e640068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e74b019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e77e57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e2301fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78501c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26401e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e30c97f
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
	.inst 0x0ea0e950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f6efc11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f865932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1f9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e643c34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e2ce595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e630096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0fa37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0f838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f44b679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e616a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc9917b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee240dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5eebfc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc692be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65885f
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
	.inst 0x4ee7fc50
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
	.inst 0x5e61ca32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4b9813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e421d34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e242120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e380007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e762160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0c979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f36e57a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea4ed5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e76193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6022e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f39bf
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
	.inst 0x9e630030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0235b1
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
	.inst 0x1e65c0f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2301f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5eb1fc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a3ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3724f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f22e699
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e31028a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62419b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e682a3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e03bd3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a393e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcb99df
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
	.inst 0x1e632090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f09f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2985c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee19a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6440d5
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
	.inst 0x1e2e19f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6cee78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e60dcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f758d9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6add1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d2b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0d281e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b0d9f
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
	.inst 0x4ee1a9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f04a611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2001b2
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
	.inst 0x2ea1aa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b1a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e242956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0c878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e18cd09
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e25d63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2eb9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e31012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0e87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f7efdfe
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
	.inst 0x0ea1d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcc11f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eefe532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e210123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6edeb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6205df
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e218878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e0b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e363b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f181c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fab51fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23093e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e2fff3f
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
	.inst 0x1e58d440
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f805211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fc958d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f311893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee7d414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61a9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e642000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6219d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f76b178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e42f81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6902ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eafecbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e03f8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e73c79f
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
	.inst 0x6e21c450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e24c111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2a1832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b88f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e03bdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e25fdd5
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
	.inst 0x9e380147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e67e6f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e285d5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7100ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f23fc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58d54d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e74291e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eb6f55f
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
	.inst 0x4fcf9930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1a931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f0a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6740f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f674254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c1d55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e222916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e216817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7174f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f3959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee0c9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61c95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22399c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0e8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21c99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b381f
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
	.inst 0x6e61c990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b2a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6678b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e200203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e7563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee1b9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f18b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f2ee5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e218978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0e859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f51ff3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2201fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6540dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0ca1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6140fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c03f
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
	.inst 0x0f8610b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e59a081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6141b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f51ca53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e603814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e651605
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e64e437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e662010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67e56a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e770e9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e61793b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67403c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f599e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61dddf
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
	.inst 0x0e616970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eace4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2e20c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6095d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2008f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d4a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e30dd56
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
	.inst 0x9e7900a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0ed8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f069e9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30c97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e742a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6138fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6ba9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e899f
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
	.inst 0x1e6301d0
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
	.inst 0x5e21d9f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e6fddd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e291815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7220b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e214178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6328da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1d8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6ff45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66799d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f65bc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e02b1ff
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
	.inst 0x1f6f18d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0fc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e68cc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f633633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e292a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e346956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f3ce6b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f508138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f61e179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fa9911a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f07341b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2404cf
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e02a47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2cec5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2d393f
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
	.inst 0x4ee4f5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0d9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e28dd33
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
	.inst 0x5eb1fe95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6028f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7508f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f2ee678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e59ac29
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e1b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e76f47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e19fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e332070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c07f
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
	.inst 0x7ef0c910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f27e4d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e66d472
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
	.inst 0x1e2c6a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e3855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6401a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e250957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4694d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6718b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0ebdba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e25783b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65891d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee1999e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30fbdf
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
	.inst 0x6fca91f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0c4031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f65fc93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e662130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e214095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e616836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f30e4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e30deb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6201d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e19a46b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4dc0bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70c99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f88991e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc2983f
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
	.inst 0x1e2488b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f24b611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e19ca22
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e226a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d2230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e659017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21c5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67389a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7588bb
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
	.inst 0x1e61c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c081e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21d87f
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
	.inst 0x4e6168b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e28d5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e616893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee1f994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e33fdd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e210186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f3dfc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21b9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb0f8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f63e53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65413d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6100ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e43987f
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
	.inst 0x1e292810
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
	.inst 0x5ee1fa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d78f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3378f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee1f915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f835036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e212ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea0f838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43c5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e774525
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7800eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f47909d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2200fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e74f5d1
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
	.inst 0x1e18fca0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e214c31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2000a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2f1513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7318d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2fb015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e643816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f52e457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e610168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b1859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f89999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7f80989b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eacd53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6541fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f5afc5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0fad589f
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
	.inst 0x1e61d450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc11a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef1c5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6559d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e29d594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e790086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f3151f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e59f869
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e62d6da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d181b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e43345c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f7de53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f622c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb4d51f
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
	.inst 0x4ea1f430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7018b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f3afd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e600223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e30f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3902a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f74e637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4015f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1a879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61c71a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71385b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0485bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fa99add
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e68dd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f95f
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
	.inst 0x1e684930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8c9a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f30ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b2100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2f7895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e25c256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f533d77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61a8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f000cbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7900ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f24fc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e33e49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c2df
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
	.inst 0x1e663810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e237831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f6932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6ec613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f019174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e18f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e244177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e256898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f42b839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f22e53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f17289b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea9e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0cafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79099e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e616a5f
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
	.inst 0x6eb0f890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e261851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f63acb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e62fe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f128e74
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
	.inst 0x7ef0ed76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e642919
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
	.inst 0x9e7801ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2100ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eedf45d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c0be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6201df
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
	.inst 0x1e252970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e37b011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e290142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee3d413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f67a534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e2cccf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f234917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f2998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e313019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e246c9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20e610
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e29283c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc4185e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6bf41f
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
	.inst 0x6ee1b950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e310201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e601932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea2d4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2178f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e429595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e21c8b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e674078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e18c609
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea2e4da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e75fddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f381a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c7a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27085e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6654bb
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
	.inst 0x6e6ed410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e0891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e250932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6240d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2368d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f739a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e1985e7
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
	.inst 0x1e208819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e66d45a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1d87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c8dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7901cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0e43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2b409f
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
	.inst 0x1e692010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f249d91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e185a03
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e8814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f300a75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e616a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f809a57
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
	.inst 0x1f279c59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6140da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fcb99fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1f4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e310d1f
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
	.inst 0x1e635830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e30fcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c25a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2624b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2cd014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e72cc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc591b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6102c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e780089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e636b1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e35283b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0dafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e287d7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e02d4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e26cd9f
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
	.inst 0x1e24c0f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e035cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f451052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4a1cf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7fc791f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e265995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea3d5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e654077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4339d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c31a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6301bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6fdc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30f8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e24002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6249ff
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
	.inst 0x1f28a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e217971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e217872
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
	.inst 0x1e607894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2079b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6eec36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f091c97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e25f678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e271af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1b87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea1a81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f72e4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e63d47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38018f
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
	.inst 0x1ee2c030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee6fdf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e690182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6241d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e217834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e299c75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f885956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e642857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6e1018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e204859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fca99fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eedecdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6300bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e217b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1d93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68d01f
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
	.inst 0x1f6b2c70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e58a921
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e66bd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6db194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eeafe95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e648876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30f877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e23f4b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f081459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2500aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2413b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e588d8c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6140dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f8e983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28181f
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
	.inst 0x9e588c40
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f302891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f283853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e616874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea18a35
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
	.inst 0x1f2d5157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e217a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f44197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e32491b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e72a684
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c1fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e74dd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21c99f
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
	.inst 0x9e2100c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f480df1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea8d432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e22c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f073214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6eedf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e24e536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e27c4b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e62f418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e776839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ef5fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e65187b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6aeddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6fe445
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e60e4df
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
	.inst 0x9e390080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6a4051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e616932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea4d533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61fc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c1a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e210227
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
	.inst 0x1e627859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60c2ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22017b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6728bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3900cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2188be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0f85f
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
	.inst 0x0f37e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e312a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18f103
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
	.inst 0x1e2200b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f01bd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e617977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e223ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e631919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6168db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc3595c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f274c1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1b97f
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
	.inst 0x1e2e78d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1a831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e594802
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f8091b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f3de514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b39b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e683017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2754c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e282ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e6179bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e30016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7cf01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6bae3f
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
	.inst 0x6e61a8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2201b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71c4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e619893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e738874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0915d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e230077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4c3918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0c9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f33fc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66415b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28693c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2025be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea19ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fc191ff
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
	.inst 0x1e02a9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f059d71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6800e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6418b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3255f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e35558b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e23e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f5ee558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67409a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e39a43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f27ccdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c68dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2cde7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61d8df
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
	.inst 0x6f25e410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fd01051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2838f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4a1613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee9c654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e250186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e0399f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea5ee38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6440b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f8a1ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7558fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e212b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eabc4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68022e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c31f
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
	.inst 0x1e2dc47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fd090d1
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
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0bb854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f11d015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e61d956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e280027
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e20dd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2cd659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4bcdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e70006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61dadd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e772170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eafe69f
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
	.inst 0x1e6d4930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0f8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea8d5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e189563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2348d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e27ec75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f77fe36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0da57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6b7ef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21795a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c8abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6ae49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24185f
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
	.inst 0x1e612870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2fab9932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6e5993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fb39094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e291915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e293996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb6d597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6421b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f233eb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7900eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f40d2fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e2cf5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee0ca5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602048
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
	.inst 0x1e694990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61d612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f49aa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc49154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee240d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6319f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f71fe37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1f698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f939879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78089a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27405b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21097d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b883f
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
	.inst 0x1e2a8990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eebce11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61c8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e220093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea0d854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6440b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e70e416
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
	.inst 0x7e30d8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd35039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e71018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f63e63c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e8d5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23017f
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
	.inst 0x1f45a090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e43cdb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f8a1a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21aa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fc191d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e755a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a6937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e241a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6578d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71189b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e362b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6b2b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e2901ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b193f
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
	.inst 0x1e68b57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fb09931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e713a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1e4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e664134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d6855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e610026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e66fed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eeff4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f66907a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e686a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea0c87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e27c5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2eaed59f
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
	.inst 0x4e6fc410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6049d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a68f2
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
	.inst 0x4e60cdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e60f695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e437596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e21d897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0c5698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e733819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e77181a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f885c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee8edbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3979de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2300df
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
	.inst 0x1e2ef010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e230032
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
	.inst 0x0fb019d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0da75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e690006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6829b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc39958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e19c14a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f32fe1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61a9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7900af
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
	.inst 0x9e6201b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e298a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e035d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e605dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58b144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e650166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7bb017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2168b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e267819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6402ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e616a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e38c41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eafe55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2739bf
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
	.inst 0x1e677930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e43c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e300022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6b0913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e300004
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2201f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1d8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e600147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fcc5198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390029
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e1882cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7102ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e236c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61787f
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
	.inst 0x1e67c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4fb912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f3189d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e6a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0d9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0ce36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e723838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0caf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e217aba
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
	.inst 0x1e63a401
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2901ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2459df
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
	.inst 0x4e20c5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2addf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e300222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e72ecb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fa75074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e71e4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e58a186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0f617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e713938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e272050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22015a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eafd5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f34ff1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e598c4d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78038e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28191f
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
	.inst 0x1e2e20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e43f131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2321f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fce9815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e644116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee198b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f26a0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65b01a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21419b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e60004c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c15d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f7a39fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23017f
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
	.inst 0x9e650100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6c4952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f103c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e216934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e298935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e623856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e58b068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea1b819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e68ec1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f4dbd3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e20010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e69dd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2d053f
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
	.inst 0x5e2fe410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f64b531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e188ce2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f010513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e227934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d58f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e8937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e216a98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e631af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62f66d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70fa1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eefedfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e32583e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62891f
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
	.inst 0x9e7900a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21d911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e676853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4dc034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f302d15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc310b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0ca77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea0d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2759b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d3d1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4eefcc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd158dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7901cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f49499e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60c0ff
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
	.inst 0x1e616561
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2369b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e58b942
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21b9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e28dcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6549d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2f0276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e25f457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61cad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eaccdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f33e73a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1a85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2438fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67c39d
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
	.inst 0x2e21d83f
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
	.inst 0x9e6300f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61c851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e428852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6242d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f3efd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e60ecd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e60004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e757a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e351b5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e78016e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6720a0
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
	.quad 0x09029502ef4d0323
	.quad 0x000000000000001d
	.quad 0x000000000000036b
	.quad 0x3e7ad8cae78600aa
	.quad 0xfdfcbb1811cde3f0
	.quad 0xe1b2f7c6b464d531
	.quad 0x5c92f4e0d6595c9c
	.quad 0x0000000080000000
	.quad 0x1a99534ef43015f1
	.quad 0x0be702a8d74fa144
	.quad 0xfffffffffffffe09
	.quad 0xfffffffffffffa3f
	.quad 0xffffffffffffffff
	.quad 0x00010aa62e36294f
	.quad 0x0000000035028945
	.quad 0x0000000001000001
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x0020000000000000, 0x0000000000000000
	.quad 0x7f8000007ff02d52, 0xc3c03b6879e03c07
	.quad 0xa351ad5005c67bff, 0x7f80000080400000
	.quad 0x9ce91c624346fb0d, 0x025f8bbad59cc5dd
	.quad 0xa4f9ef7d7ffd2193, 0x800fffffffffffff
	.quad 0x8e3a30fff872c852, 0x91e55077d7dbb2ec
	.quad 0x0395403e2037ffa5, 0x8000000000000000
	.quad 0xc018000000000000, 0x0001291e9c518bdf
	.quad 0x7e8c1d18b54bf5d3, 0x63e6ae3b3acb7cba
	.quad 0x43a2918d7f800000, 0x8afa6f9686eb85f7
	.quad 0xbf90000000000000, 0x3fd26c30287d4a87
	.quad 0x4088000080524cc2, 0xc0349a24eb6a58c7
	.quad 0x7f8000007f800000, 0xbf739d8fb1ce36fe
	.quad 0x42e75bfcf9e5fca7, 0x41f10c0639400000
	.quad 0x80000000464ca6d3, 0x6236e6203b453f5b
	.quad 0xf7d1e47beaee8000, 0xfff8000000000000
	.quad 0x00124ae6355b3d22, 0x017fffff7fc00000
	.quad 0x3eb65d4528047c91, 0x47000000fe800000
	.quad 0x4000d238f491764d, 0xb5d00000404cbaae
	.quad 0x9e6e5f3d80000000, 0x0000000000000000
	.quad 0xfb5d269cfeffffff, 0x7ffd6e90acd0c40a
	.quad 0xc78000005c2380bc, 0x908a1bf63d0ebce5
	.quad 0xedbdc35395b13c75, 0xfdc2fe44d51686d8
	.quad 0x3f78000000000000, 0xbf93fe557c53988d
	.quad 0xc90a723e939ece5a, 0xbf7185414769301e
	.quad 0x4052497ec39109ea, 0xc3ffffffffffffff
	.quad 0x0265374dc8b008e8, 0xe72b80f19f51f119
	.quad 0x7fb3df43c08385a4, 0x3edf000000000000
	.quad 0x3f9e000000000000, 0x801fffffffffffff
	.quad 0x2592d8232288f9db, 0xc0b80000b5f2c852
	.quad 0xd46946807fbe6ffe, 0xff80000074805ea4
	.quad 0xec3a9b78f65bff7f, 0xecf10c0ac667fd41
seed1:
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe0d
	.quad 0x49a1faefa770d8e8
	.quad 0x30af13e33653abb9
	.quad 0xffffffff80000000
	.quad 0xdb173fba679bd65d
	.quad 0x263642e09995252e
	.quad 0x0000000001000001
	.quad 0x000000000000eb51
	.quad 0xe3b468034a63410f
	.quad 0xfff0926e4b1bc29e
	.quad 0x06dd42fb051b2a23
	.quad 0x8f36cb16ce4b802d
	.quad 0x0000000000000114
	.quad 0xffffffffffffffff
	.quad 0x74bdfe0f1b835d2e
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x800ba8fb7c05da05, 0x2ecb4c85bea88249
	.quad 0x1760b2ec79061af4, 0xcc32f2ced0d9fc00
	.quad 0x3fac58916fccb9dd, 0x13b76e08dfffffff
	.quad 0x9586e04e41664393, 0x3b47c95e26037676
	.quad 0x41effffffffffffe, 0xd244fe60ad9b5320
	.quad 0x4330000000000001, 0x623e5686fd96f19d
	.quad 0x80ffffff4340075e, 0x430359ab338efe40
	.quad 0x7f65ee927d39cc39, 0xbfde04f503bd2973
	.quad 0xc8911a40bfef8ebc, 0x5b2cb0f9d075aad9
	.quad 0x2e3305c5ff800000, 0x4040000080000000
	.quad 0x15955457d9800000, 0x7d9da7610607ff4b
	.quad 0xc0213cafe8f3dd42, 0xc006000000000000
	.quad 0x0054422b738fff5b, 0x5304f89f7ff74c70
	.quad 0x4000000140600000, 0x80a5bbcdbb9c0000
	.quad 0xdfffffff8831f6b7, 0x3fb67ae560b4db13
	.quad 0xf6c4d78a94fe81d1, 0x40c00000ff800000
	.quad 0x00f0a547972b5737, 0x70f3d5df7fddce37
	.quad 0x7d1451cf8dd35170, 0x29897b6bff9d9e69
	.quad 0x80000000812981c4, 0x09aea071eb7b07ff
	.quad 0x8020b78a072f4385, 0x80000000c16a0fc5
	.quad 0x7f97d8c40cdd11b9, 0x7ffa8409a8d2cbe8
	.quad 0x0000000000000001, 0xc6ccd803eea06083
	.quad 0x3f440e83496986eb, 0x6fc83132e443a194
	.quad 0x00ffffff80489192, 0x7bda11157e800000
	.quad 0xfee367bfd16c1247, 0x4072de31e7eda2c8
	.quad 0x40ae90935572214c, 0x00000000c0000000
	.quad 0x420707e97f95ae1e, 0x7f9ff0f4e8773a7d
	.quad 0xc23f1e9c807fffff, 0x41fbf5f500694e07
	.quad 0x80000000fffc8695, 0xfff8000000000000
	.quad 0xb7400000ff800000, 0x8000000040b5baef
	.quad 0xffdb0114bde913ea, 0xe199c7eeb8b7ea21
	.quad 0xef5aa44c5736f93d, 0x7fe5c4a685d2b463
seed2:
	.quad 0xffffffffffffffff
	.quad 0xffe2ebcaa50dc982
	.quad 0xfffffffffffffdd1
	.quad 0x345ce6b1ef7703b2
	.quad 0x77e9bfbd3eb99ae1
	.quad 0xffffffffffffff96
	.quad 0xffffffffffffffce
	.quad 0xffffffffffffffff
	.quad 0x0f890ebae6373998
	.quad 0xfffffffff4fa19ac
	.quad 0x0020000000000001
	.quad 0x03c151c2d20f80ff
	.quad 0xffffffffffff5ae0
	.quad 0xffffffffffff8d94
	.quad 0xffffffff38c8c13c
	.quad 0xffffffffff5a4566
	.quad 0x04000000
	.quad 0x80000000
	.quad 0x5d6b830cf75ffffc, 0x7376de30449b83ff
	.quad 0xc0d4da1640500000, 0x83b529b77fc9fe8d
	.quad 0xda000001bd200000, 0x3fa0df6b48b46608
	.quad 0xca7226a486787c00, 0x7fd2aa9effce328e
	.quad 0x394000007f944b50, 0x7ff27e406421cd32
	.quad 0x821bb175ae770eda, 0x404ea0bbed0235d0
	.quad 0x17ec654a6a7f3ea1, 0x401d000000000000
	.quad 0x0000000000000000, 0x7ff4ff8e7e9a390a
	.quad 0xc39095b586884415, 0x0362034c8124d353
	.quad 0x9df19048ff8262f2, 0x3672a28f15a9d3eb
	.quad 0xc739a908724bbc16, 0xbce431dcfffdbea3
	.quad 0x19374f98fd3777ff, 0x017fffff41060000
	.quad 0x7ff260a5a4c8af00, 0x5f6fcb7681cf8000
	.quad 0x0008000000000000, 0x00000000007a5e0d
	.quad 0xc20ccb406e412798, 0x40effffffffffffe
	.quad 0xbff2d317bee15a01, 0x0008000000000000
	.quad 0x70b78340ffd25d29, 0x025dec3508d4eb4f
	.quad 0x1b5da540f18a93cc, 0x7fc2afc2a73cb2e8
	.quad 0xfff0000000000000, 0xf6c13857bf800000
	.quad 0xfcd7205273330000, 0x803ffb37807fffff
	.quad 0x80000000be24f766, 0x53bf62c35a558000
	.quad 0x04465c9e80000001, 0x233f7fc597c304bc
	.quad 0xc35ffffffffffffe, 0xc02f09887fcb83a1
	.quad 0x7f99a81b80400000, 0x3fbe919f3b992ad6
	.quad 0x9301e06cffc7547f, 0xc79fb577ffc67fd5
	.quad 0x8afeeb2f243884b1, 0xc0329a07ffc00000
	.quad 0xffe0000000000000, 0xa4049798f5abed93
	.quad 0x40aab32c80800000, 0xffefffffffffffff
	.quad 0x1704d1b13fdf20ed, 0xff1097bebfac2c28
	.quad 0x5751d70187df7ebc, 0x7ff0000000000000
	.quad 0x419a8c414b287dca, 0xf2090e1c5f9ea685
	.quad 0x810000003cd88000, 0x017fffff4a487dd8
seed3:
	.quad 0x6b08f64c788cc468
	.quad 0x957236a095c1ace3
	.quad 0xfffffffffedbcdd3
	.quad 0x6434f7ea70c6bce7
	.quad 0xfffffff262ff0a51
	.quad 0x6e81e406d15f3c2f
	.quad 0xfffffffffffffff6
	.quad 0x048cc39be729951a
	.quad 0xd4335e3d5e58afcc
	.quad 0x9c565d96ac8cca44
	.quad 0x3e6adec9adbaefa5
	.quad 0x2544da955945e017
	.quad 0x00000000000002a4
	.quad 0xa433c16c89dc92e2
	.quad 0x07cdff2b370c42c6
	.quad 0xfffffffba9745f0f
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x017fffff7f232c0e, 0xffc0000000000000
	.quad 0xfe800000c0f7315a, 0xc55623c33caef829
	.quad 0x4780000000800000, 0xaf5115acc3c97dcc
	.quad 0x002ea6ea27bbb8d8, 0x3f82d4d8b944b7b9
	.quad 0x3fa9b102201dfdb9, 0x3fd96c212fb8a7ef
	.quad 0xc40e4ceaff5e3cdd, 0xd696258d6bec6339
	.quad 0x0038359180000000, 0xb67f9497ff79bbfa
	.quad 0x032e2bb994adafeb, 0xc34c64b0b3302d27
	.quad 0x7ff0000000000000, 0xf011ee6c1efea9d3
	.quad 0x8b454d5223c1e1b9, 0x4015000000000000
	.quad 0x2ca1baa312107e00, 0xfff0000000000000
	.quad 0x000e7637e109bb8a, 0x4033400000000000
	.quad 0x7ff0000000000000, 0x7fc0000080000000
	.quad 0x8000000000000000, 0x000000007a94118a
	.quad 0x4010000000000000, 0x954c3c3cdffffffe
	.quad 0x7ffa5d2aeb700acf, 0x4d4208d65e3341c0
	.quad 0xd68632376877ffd0, 0xffe745ab48140000
	.quad 0xff513291768a3474, 0x2afe9824d9944fe9
	.quad 0x7fefa4acc28f2d86, 0xde5a09bbffabfb77
	.quad 0x598682bdb6f20001, 0xbd5371487f800000
	.quad 0x4039f170f120254b, 0xf1a168b612c1cc9e
	.quad 0x261911fc7fb42610, 0x062100a77528790a
	.quad 0xb1f2d23d8e3efe69, 0x8000000000000000
	.quad 0x2a9d50bb5b577bbd, 0xffde5239b72100a4
	.quad 0xf0d24ebabdfd69ef, 0x81b05d8369364063
	.quad 0x2332113e0d637c00, 0x8001897e62a4b6d8
	.quad 0x7f818cfc7f800000, 0x81792641bd020000
	.quad 0xff835dfbb82c0555, 0x00007edb85f483bc
	.quad 0xbf52000037a80000, 0xf0a21fbcbfa3ffdf
	.quad 0xa0e05976214a5e00, 0x0000000000000000
	.quad 0x7ff1ffd1c4e7749b, 0x407ef6be35aee0d1
	.quad 0x39b7c9e84ae977ff, 0x3a9b079dffe47cc3
seed4:
	.quad 0xc0309c727fb719b7
	.quad 0xf89d62aaa9552c80
	.quad 0xfffffffffffe542c
	.quad 0x00000000000002a6
	.quad 0x0000000000000152
	.quad 0xf834c89cfafcbd46
	.quad 0xfffffffff50600d1
	.quad 0x0000000100000000
	.quad 0xe398d7394d7182a2
	.quad 0xd9273296a88b9325
	.quad 0x6f43cde08467bacd
	.quad 0x000000007fffffff
	.quad 0x0000023ae75e5eeb
	.quad 0x7fffffffffffffff
	.quad 0x3bdee89f51052be6
	.quad 0xdff73e1210dce302
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x8e0f4578fbeff9b6, 0xed878326e525bc01
	.quad 0x151f0d2b29d20000, 0x7f52f4566aa4cc16
	.quad 0xe6cf55d87fc00000, 0x800000007bc4b087
	.quad 0x839b46de8139f246, 0x8000000000000001
	.quad 0x41c0000000000000, 0x7ffbd6679de34571
	.quad 0x40053bb1b8600000, 0xc4c1c7296737793d
	.quad 0x5ac4ba697fbfbf7b, 0x63ae4e962041fcb9
	.quad 0x6461edbc7fc56c00, 0x36a4c849a8d80600
	.quad 0xfffd1b3d5a16ead8, 0xd78666e7f9864001
	.quad 0x82d4a5be179fb3c0, 0xe450bbf9bf5acd8d
	.quad 0xc02740b0c54754f1, 0x093f56e85867ffaf
	.quad 0x69fa0d1a11ab3f08, 0x320a6615ff779e5b
	.quad 0x933c0ffe7f739fbb, 0xcd6144f9a7c9db5b
	.quad 0x66a7109fff75dfcd, 0xdaf23e73a3bd7b5b
	.quad 0xbc43b2f7c0d00000, 0x85d305b97fd5ee57
	.quad 0xffd85520746425d5, 0xce6df45e159afeb2
	.quad 0x3d7f34c693b0f0fa, 0x15b1cb914f9d57cf
	.quad 0x3cdabbcb0f7f7e4d, 0x0070d9d3f383ca79
	.quad 0x00b1883effd57fbb, 0x3e17c7d07f952547
	.quad 0xd70f0348ecf7fef6, 0x7ff8000000000000
	.quad 0x636421dd4bee2be7, 0x41189f2e3db7240e
	.quad 0xbda00000ffc00000, 0x8e50fb5ada4e1b8e
	.quad 0x7e9a5bafa8d9fbd6, 0xabd84e0fd7ad963a
	.quad 0x7bcac6e792d9af94, 0xfff8000000000000
	.quad 0x37a000004368b8ea, 0x9f791a66ea5dfe00
	.quad 0x7fd1288580000000, 0xc0f00000817fffff
	.quad 0xc3d44874f533137b, 0x1ab0d5eb68d3fc00
	.quad 0x3f70dc00a9a2faac, 0x78daa9cc3530a700
	.quad 0xa6139d2dffca494e, 0xbf90704cc0615ae4
	.quad 0xe21c90db7fee77ff, 0xc7c661daffaab7f6
	.quad 0x77120b1e6849d85a, 0x7fc00000f4cf3be8
	.quad 0x9c9a4ba7fddffc00, 0xffdd766666f38a03
seed5:
	.quad 0x0000002609282284
	.quad 0x43d5d4fb953dff05
	.quad 0xfff431283debc8c1
	.quad 0x60996db2a3a24897
	.quad 0x0000000100000000
	.quad 0xffffffffffffff20
	.quad 0xd0f1c934071cb9b3
	.quad 0xfffffff1cf51470f
	.quad 0x0020000000000001
	.quad 0x912a400df200da09
	.quad 0x1bc4e6ca1f564976
	.quad 0x0000000000000097
	.quad 0x00000001653f6d36
	.quad 0xfffffffffffff149
	.quad 0x0000000000000074
	.quad 0x0000000000000241
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x66e5f18b00000001, 0x14a10c0e69ff1fc0
	.quad 0x478000007f800000, 0x9334dee4ff800000
	.quad 0x002e411a00227b5c, 0x3f3410209c8790eb
	.quad 0x0104d8761b960660, 0x0000000000000000
	.quad 0x1263b261c0a80000, 0xe483138deffffffe
	.quad 0x7c0b63e3b9200000, 0x21195d9f1c55c200
	.quad 0x7fa95fa8c8df0000, 0x39764dd55b9ec5ff
	.quad 0xfc328d02ffd4f78f, 0x7610fd763da68625
	.quad 0x40900000ba720000, 0x2466d03e40af09a8
	.quad 0x4010000000000000, 0x6f38c6b4dbdffc28
	.quad 0x7f800000fff911a2, 0x7fab9905d8c1ec77
	.quad 0xfe800000c2fd0000, 0xc880000079b23966
	.quad 0x9020c761d48d50ba, 0x000fffffffffffff
	.quad 0xfed7d530f50cc499, 0x28627eeae0e347be
	.quad 0x7fa47df97fc00000, 0x7fff80b3c9371d45
	.quad 0xc50c08d22e467842, 0xc1f8fb4a00000000
	.quad 0xaab2da287f7ddb05, 0x00000000ff800000
	.quad 0x22d2afd2fff357ff, 0xa80ca1c1bfeccb28
	.quad 0xff8000003f2fabef, 0x0f5dbcfc77567c90
	.quad 0x10bb025227daf28c, 0x439dd10080625e30
	.quad 0x13476c9877bcbc26, 0x8089aa92e2680e63
	.quad 0xffef6e2f7d262a48, 0x05266077808bf400
	.quad 0x7ff8000000000000, 0xfff44d48b3a52ce0
	.quad 0x41244f77c89a9eac, 0x2c7161fe9e3e7c00
	.quad 0x7ff8000000000000, 0xbe837b7480000001
	.quad 0xd90bc1768e04f9fc, 0xfff2120e473cb239
	.quad 0xc19a859ebe726f11, 0x7f79d39efe0f852a
	.quad 0x3ef16065c7000000, 0xed0778e2f55f7f3d
	.quad 0x8000000000000000, 0x3fba7fc0752c400c
	.quad 0x3f86fdc791fcb310, 0xd9e400bf9218d69c
	.quad 0xbd6b8b043ca67276, 0xff7fffffafbc32b4
	.quad 0xf6f0186b42ae7c00, 0x151ddd2400000000
seed6:
	.quad 0xc471311031972948
	.quad 0x0000000000000270
	.quad 0xffe6bb518e85fa41
	.quad 0xa2f02daf49b6b50d
	.quad 0xe154038597d6aa1d
	.quad 0x0000000000000000
	.quad 0x0000000000000347
	.quad 0xffffffd583e32991
	.quad 0x0000000000439461
	.quad 0x7cd422ba08f5d1a8
	.quad 0x00000000000002cc
	.quad 0xffff401adc8f668e
	.quad 0x000000007fffffff
	.quad 0x8452cb17bfabfcf3
	.quad 0xffffa2b0da462638
	.quad 0xffffffffffffffff
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0x7fd0000000000000, 0x3b8f8000bf800000
	.quad 0xc0862b3c5b524373, 0x9009d774beebfdba
	.quad 0xc023800000000000, 0xfd0e24e56a2878fc
	.quad 0x812b541b0ef381c3, 0x4077000000000000
	.quad 0x8000000000000000, 0x1c6552bee8671e60
	.quad 0x0ba8300da8e799bd, 0x807fffff7ff8b5d0
	.quad 0x3849f1dd3f614147, 0xc438671780392bce
	.quad 0xe99da5364b59830a, 0x3e4ae762bec00000
	.quad 0x00185f497f8d1cfd, 0xc081984535ea0000
	.quad 0xc0d0000080000000, 0x02a69d6eca63ac2b
	.quad 0x2a5322ef5f800001, 0x8024fd8642ad8d52
	.quad 0x6e5b5226cff34de1, 0xc0fffffffffffffe
	.quad 0xfff0000000000000, 0xa37aafdb7914a80e
	.quad 0xfff71c7924d5af88, 0x4f0000017faf0d21
	.quad 0x999e276f07163200, 0x80000000c3973a7e
	.quad 0x408e5dfa00557f0f, 0xfff0000000000000
	.quad 0xbf3b9a48084523f1, 0xecb4050f3e4da062
	.quad 0x7ff0000000000000, 0x80146c831a42ae74
	.quad 0xc02a4ffd1d6935a3, 0xc3c8ebdc580aa4b4
	.quad 0x3dffe96efffd3b7d, 0xa687ddf5faffc397
	.quad 0x8000000000000000, 0x76d24398c0cc0000
	.quad 0xbab040d3ec4afbb0, 0x9c5bb5966f434fa9
	.quad 0x20ed7aaae5974949, 0x8020000000000000
	.quad 0x0b4ed45617768150, 0x0594c3a24dc4d6df
	.quad 0x4015000000000000, 0x8000000000000000
	.quad 0x7ff8bc80c0980000, 0xbe96fde87fb57fcf
	.quad 0xfff734833935bba1, 0xfea8c016be4c3410
	.quad 0x531af026fe8f83b3, 0x4f8cd32963b28272
	.quad 0x955832aa80715c04, 0xd2ce4c3473167de5
	.quad 0xc159f8c63c600000, 0xc02b872aff4151bc
	.quad 0x0227398bff9dfdd3, 0xbc0610dd7f9b654e
	.quad 0xd1e850faf718ab85, 0x7ff6408468a5c808
seed7:
	.quad 0xb4a8a22eb5ff4b81
	.quad 0x00000014050b843d
	.quad 0xb6010d7835d02b13
	.quad 0xc3f2110f99c75349
	.quad 0x7d8fb6f94f227da3
	.quad 0x0000000000000004
	.quad 0xffffffffffffffd1
	.quad 0x000000007fffffff
	.quad 0x6cad0c19a2d9e67e
	.quad 0x000000000000001c
	.quad 0x2d04f9b21bbf89bc
	.quad 0x00007ce4871f2731
	.quad 0x0000000000000006
	.quad 0x064a64a0c08ade27
	.quad 0x00000000036400ff
	.quad 0xed0dc0bd5d2c918a
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x3d6bd8ff09f41de0, 0x4049290ed88b6cab
	.quad 0x40e5000000000000, 0x81637d38ffb8821b
	.quad 0xfbacd9b07f9ad1d0, 0x4adb10b17fbf7ddf
	.quad 0xb18900f1fcda70ef, 0x7ff8000000000000
	.quad 0x001ff07159a11191, 0xedc10ffac18a0000
	.quad 0xbff450f4f2935880, 0xb6135385cd470400
	.quad 0x40900000806e89f6, 0x0000000000000000
	.quad 0x33f70d275b695775, 0xe8fc90b4c9c97e00
	.quad 0xc021c00000000000, 0x0fe0b86fd229975c
	.quad 0x3c3e4b7679f83737, 0xd6c6c58b27aed939
	.quad 0x3ca3de6f49800000, 0x4054a3e413e28b47
	.quad 0x70415860daaff5be, 0xc03f4c80c0a8eab8
	.quad 0x81e52b0200000000, 0x4016f07604e60347
	.quad 0xc0000000c3320a62, 0x8000000000000000
	.quad 0xf605c58e9e42fccf, 0x573a85783a977e00
	.quad 0xe6cda3b5fc121c44, 0x4d2ab6285847bc3f
	.quad 0xf7ee50483fb00000, 0x0046a4b3c0000000
	.quad 0xde472eb27fd3c91d, 0x40632b140c56e887
	.quad 0x0000000000000000, 0xc8ebcc43c70275e5
	.quad 0x7326327a95438542, 0x5d481080bcbf5bf7
	.quad 0xc011800000000000, 0xc01dcc897a549fe2
	.quad 0xc06b91159aec48e1, 0xeeb318883268b037
	.quad 0xd3c23caafdfffdbf, 0xb96380004ffffffe
	.quad 0x08564bc2d8fdef70, 0x802c992823805396
	.quad 0x0000000000000000, 0x9d1a64717fc00000
	.quad 0x3ebf4b58ffeeff30, 0x7feb01c2a8e9dd3c
	.quad 0xfe1561a8dccebdd5, 0xab9c76d35c1adc2e
	.quad 0x8cea024ec01acae4, 0x4120f54f40d80000
	.quad 0xc0a2000000000000, 0x6bd5f65eb3e47c00
	.quad 0xbd4ee93f3fe282e6, 0x406dc03d6055baf5
	.quad 0x402893e1806479fb, 0x51922839bcd418e8
	.quad 0x7fba746fe7c40aac, 0x565e98bfe7eff759
seed8:
	.quad 0x3180702cee5b197b
	.quad 0xf51d04b93bbda3be
	.quad 0x000000000000034a
	.quad 0xfffffffffffffda4
	.quad 0x6fe6d11fe7bdca57
	.quad 0x0000000000001121
	.quad 0x0278d11a6eb42360
	.quad 0xbacd6e3082ff7bbc
	.quad 0xa71803085d037448
	.quad 0x00000000000002ab
	.quad 0x0000000000000284
	.quad 0xfffffffffffffda7
	.quad 0xfffffffffffff42e
	.quad 0xeeabd35fc8626457
	.quad 0xfffffffffffe1833
	.quad 0xb8f2c653a745a6f8
	.quad 0x00800000
	.quad 0x50000000
	.quad 0xc01b000000000000, 0x3fffffffc81a0000
	.quad 0x9a877516ffeb3ef0, 0x6eddae26ff7fffff
	.quad 0x97feb6019926c68b, 0xb55fba89863ef74d
	.quad 0xc014000000000000, 0x9c5eb77ec0c00000
	.quad 0xff0ab04d7277da1d, 0x8050bced807fffff
	.quad 0x7ff31e93f7eb3f50, 0x7fc00000ff800000
	.quad 0xffc00000b9000000, 0x0000000099c710fa
	.quad 0xffbea3f280000001, 0x7f8791889ed4b18e
	.quad 0x0e9b50d5c8e2c540, 0x2b6ffa76c3fb8000
	.quad 0x7ff5890d9292997a, 0xf131d78bb1fdbbf1
	.quad 0x7c40dd611a0994f5, 0xc0698ddc4188e254
	.quad 0x40bc00007fbd7a8a, 0x5261a2a26a6538b1
	.quad 0xa27639404a73da50, 0x000d67f700000000
	.quad 0x3fffffffffffffff, 0x32d0c8c543377b5e
	.quad 0xffc00000bf600000, 0xbf9f794c52f094d4
	.quad 0xe9bd3d10a2540000, 0x4044fdcc66b62b8c
	.quad 0x9740702600000000, 0x8000000043116a9a
	.quad 0x92a9e1e76810fc00, 0xfd5a027e6ac177cf
	.quad 0xc11c000000000000, 0x8b3559bb3fc00000
	.quad 0x8000000000000000, 0x8c1efa57d1a9ffa3
	.quad 0x001ca8ab03b26ccf, 0x4d9977dfd9fffffe
	.quad 0xffaf30dcf6ac6e98, 0x07d5691fc788bfe3
	.quad 0x17c98f0d4268e1c9, 0x6e2670a0ff96f29b
	.quad 0x16461b1e8938db5a, 0xcd80e06ae61c0000
	.quad 0xc3f0000000000001, 0xa359e46965eabb80
	.quad 0x42068000ff968324, 0x48971d690de7a8ed
	.quad 0x8000000000bc3f4f, 0x3aca29affad6fc00
	.quad 0x8048144d017fffff, 0x40b8000000000000
	.quad 0xc07fffff434b2c55, 0xffe0000000000000
	.quad 0xff8ae14f41060000, 0x7ff8000000000000
	.quad 0x3cc723eabc3d033f, 0xda8a9df57c551e50
	.quad 0xbfdd230d84bb7056, 0xbe650dc5955a8800
seed9:
	.quad 0xffffffffffffff5e
	.quad 0x0202d61f08df2eba
	.quad 0x0027116ad24827b0
	.quad 0x7fa62f1b79d821f9
	.quad 0x00000000000003c4
	.quad 0xffffff19ce4aff5d
	.quad 0x71fb96a1be11970d
	.quad 0xffffffff80000000
	.quad 0x4e8ca86e0ed6a310
	.quad 0xffffffffffffffff
	.quad 0x7d1e4d6d25699a33
	.quad 0xfffffffffff06b64
	.quad 0x000000007fffffff
	.quad 0x0005703d80a146b3
	.quad 0xfffffffffffffde5
	.quad 0xffffffffffa84149
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0x9e6504794278abfc, 0xe09211f87a87fcdf
	.quad 0x4f7ffffe1577a08f, 0x43ca786f36000000
	.quad 0xc0e00000ff8a1291, 0xffff5f9d32e10eaa
	.quad 0xc750f1111644c7c0, 0x800be1bad906e874
	.quad 0x40596088fd8455cc, 0x7f5f76593ffffffe
	.quad 0x9078865a7fba1ac0, 0xffd8f45cf93b1e82
	.quad 0xbc8dfdd93d04c0cd, 0x3ff832d08da73d8e
	.quad 0xc340000000000000, 0x609b1d981763fc00
	.quad 0xc06c400000000000, 0x7fdacb141e33d706
	.quad 0x7fa988b5fe819865, 0xb3b1b93694b03304
	.quad 0xfff2aba61dab12ed, 0x48f0a0a6f3ee677f
	.quad 0xfe12784159b16afd, 0x7ff677fdd3b8921f
	.quad 0x993c50e020fe4d3c, 0xd7b6a791394b8f76
	.quad 0x002686d03d9c3af3, 0x21ab6325620a819f
	.quad 0x00031c01eafac741, 0x434fffffffffffff
	.quad 0xf46406aabd41b85a, 0x59ffffffbea46a55
	.quad 0x6f0390a3ee48cf07, 0x80029d818712ac9e
	.quad 0xfff91c17b2119795, 0xc3e0000000000001
	.quad 0x01000000db1d0474, 0x659925824f0683ff
	.quad 0x8300fa8a80e03b24, 0x76b1ef9603897a44
	.quad 0x63466f39ffbe315e, 0xf5a6f68d49cb2a0d
	.quad 0x3d53a2afe59126db, 0x60e7755001860cd9
	.quad 0xfff4b413e5a06da8, 0x7fd0000000000000
	.quad 0x410da17a00000000, 0x7fc00000bde2c67f
	.quad 0x7ff0000000000000, 0xbfc970200173507b
	.quad 0xc34bba94ff800000, 0xcf700d645377dfbe
	.quad 0x0000000000000000, 0x396ab2a0eba0fb36
	.quad 0xc10a000000000000, 0xb6e000007f800000
	.quad 0xfff986eaaac5a2dc, 0x7ed307a6807c7287
	.quad 0xbfa816f0e161ebd9, 0x3a80000040c80000
	.quad 0xc020000000000000, 0xbe17b21c43445fdd
	.quad 0x812e19a2bc1260bb, 0x45ce000080800000
seed10:
	.quad 0x7fffffffffffffff
	.quad 0x00000000000001cf
	.quad 0x4d901bbb93f6f348
	.quad 0x000000000000020f
	.quad 0xe33072b5f091a1fd
	.quad 0xfffffffffffffd1c
	.quad 0xfffffffffffffc7a
	.quad 0x659e3dca3c2ce30e
	.quad 0xfffe7d885dc38a2b
	.quad 0x00000000000003b1
	.quad 0x53974b3b3a90d69e
	.quad 0x000000000098d70a
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0xffffffffffffff4c
	.quad 0xfffffffffffff350
	.quad 0x01400000
	.quad 0x90000000
	.quad 0xcd097aaafa845061, 0xc1fd4e8849a0d865
	.quad 0x21723d6ab6343939, 0x0000000000000000
	.quad 0x400000007f6aa200, 0x8037590abf16eecc
	.quad 0xd9fffffe80000000, 0xfff0000000000000
	.quad 0x3f8000007effffff, 0x757506d97a9b3d86
	.quad 0x001eaafa80000000, 0x800000003bbb6c09
	.quad 0x006f7377bd534233, 0xed59d86bfffeafff
	.quad 0x80175652afaacf94, 0x4b9684fb5fe56c8e
	.quad 0x26e49a0dc7800001, 0x4409b7d5fffedbf7
	.quad 0x000ca5236eec1e58, 0xc020800000000000
	.quad 0x3f8665227ce4c09b, 0x7ffde60befcf8fcb
	.quad 0x56d5cc3ccfc9fdf7, 0xd9155528db624cd8
	.quad 0xbf87a9c42a1d2b37, 0xcc2ea8f1ff84546c
	.quad 0x01a03d15ee504693, 0x283764a8d9cf78b1
	.quad 0x7ea271ae6226c3ff, 0xd80ea8661f18f8f9
	.quad 0xbff0000000000001, 0x81cd542f0095663a
	.quad 0x6f7158f141180000, 0xbc0761a040bc0000
	.quad 0x3edd3537ae9bfc00, 0xc0ec00007fc00000
	.quad 0x3dc400006c1cb1e4, 0xfe1686849c7e7512
	.quad 0x084e4ca6c0794840, 0x7f8111e21d3c184d
	.quad 0x3fa502324bedfe43, 0x8e858dc1d9ffffff
	.quad 0xfff416d3dce8e188, 0x7ff8000000000000
	.quad 0xbb096e446456fdba, 0x4ffd06e9cad087ff
	.quad 0xbf8e000040500000, 0x7ff2613386539c21
	.quad 0x3ac6f221f81bfd0d, 0x43a392f521acdd6f
	.quad 0x433f9d4346a00000, 0x5540b1fcd3f91ebd
	.quad 0xffff43f03ba4eba1, 0x4f2f4b18df3df1db
	.quad 0xefa2de544307764a, 0xff800000436ca1a9
	.quad 0xffd0000000000000, 0x7f852b567f800000
	.quad 0x122bce0bf704fdb2, 0x08f49cd1ce347ab8
	.quad 0x3f954ab5aab39629, 0x40a000007fb4c8b1
	.quad 0x3f4f000000000000, 0xedf5bd004155d68f
seed11:
	.quad 0x963e0933b84503de
	.quad 0x0000000000000027
	.quad 0xc7f17d3d1d3b2604
	.quad 0xb7a20d7e8e13b712
	.quad 0xefda8b4d51342a0c
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd3d
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0x036074e44b0f34d2
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x1fda6cb29d781d71
	.quad 0xff66cf70d6acd9a6
	.quad 0xffff2c7b2518735f
	.quad 0xfffffffffffffca6
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xc3400000807a488e, 0xb739c3faffea7c00
	.quad 0xff8000007f7fffff, 0xcffd69b15b4a4bf4
	.quad 0xfc4e5b27ec6e8577, 0x592e76e3ffd2ef55
	.quad 0x8df080f6629e8000, 0x802fffffffffffff
	.quad 0x74eaa6807fefcdb9, 0x32bf63293a7a7133
	.quad 0xbf95a174ffd77dbd, 0x27ab514e26ee7daf
	.quad 0x7ff0000000000000, 0x800326764edd0011
	.quad 0x3ffc000000000000, 0x989ece88e3c8a66c
	.quad 0x7b73d8b0fcbff7f9, 0xbbf8f71a38b54ce2
	.quad 0x282e7731b77eb7ec, 0x576a5928ad5187ff
	.quad 0x0e3c7ee893c1fe00, 0xc1f0000000000001
	.quad 0x985a84427af508b4, 0x30e60f29f759b7ba
	.quad 0x7b458bcb79eb8000, 0xbbcb9ed23dbafb7e
	.quad 0xff7fffff07575dd0, 0xd713f01dcc1afc00
	.quad 0xe75dbbf43330f93a, 0xbf800000ffc00000
	.quad 0xf3d65fe090e60793, 0x63632880ddfdfcfa
	.quad 0xffb980e0c6400000, 0x3fb8f71984f19119
	.quad 0xcd9533ea85fecdd7, 0x007a660bc0d80000
	.quad 0xe2f528568d3afb2f, 0x807d5fcd6e2592e7
	.quad 0x26ced483555efc73, 0x08279f7d80000000
	.quad 0x42bbf0e180000000, 0xfd81c5b85d956a7a
	.quad 0x800eb461b65e1496, 0xc75c000000380306
	.quad 0x80000000c1140000, 0xee54b557a549fdb1
	.quad 0x7fefffffffffffff, 0x4022000000000000
	.quad 0xcf0000016823c33e, 0x6b1de9c76c29c5c0
	.quad 0x824d15356e89fb30, 0x374b8c4a57635ee9
	.quad 0xbffffffffffffffe, 0x9ffb4f4800000000
	.quad 0x7fc00000ffb862e0, 0x0f5999b082537627
	.quad 0x801b95b13f100000, 0x3fc78cfaae7c9212
	.quad 0x4a214be849e0f93d, 0x6fbff577ffe721fc
	.quad 0xfe0775903f9e83e1, 0xff0d37de2c1ea166
	.quad 0x0000000080e991c9, 0x0000000000000000
seed12:
	.quad 0x00000000000003c5
	.quad 0x0000000000000001
	.quad 0x000000000000eb7e
	.quad 0xffffffffffffffd1
	.quad 0x587061c97fba6c3a
	.quad 0x0000029eb768607e
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x0000000000f8e1a3
	.quad 0xeec8859bfabbbf62
	.quad 0xffffffff80000000
	.quad 0xffffffffffff5bc7
	.quad 0xc0d89e90dcf48898
	.quad 0x701a7323de5ebf08
	.quad 0xfffffffffffff6c8
	.quad 0x313ad1ef9199d34a
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x4b10d74dff499451, 0x35a2fd6208077fcf
	.quad 0x414af935c231fbf3, 0xb465486af45a031d
	.quad 0xc01a82cb56fca41d, 0x75915abbfff30200
	.quad 0x5a9c7bb36af7bae0, 0xc01156bf57900870
	.quad 0xc5f14209bdef56fe, 0xfeffffffc3900000
	.quad 0x556366ad31cf7e4f, 0x4882392effbff765
	.quad 0xbede6632c1f00000, 0x525aec5cea427b48
	.quad 0xff8000007fc00000, 0x3f064e6c40940000
	.quad 0x0000000000000001, 0x0d6eee868074d2d2
	.quad 0x8000000000000000, 0x01297b103c35d56d
	.quad 0x1c9d8b834d3632e7, 0xbf5920b17b6459fc
	.quad 0xb1843d19fc2b4a5f, 0x38b0f24ac370ff66
	.quad 0x004613dc77fe15fb, 0x8000dddc4e890344
	.quad 0xc39b8fdf00000000, 0xf1d5492b7ff7fefb
	.quad 0x540a15385081fbcb, 0x41f0000000000001
	.quad 0x43effffffffffffe, 0x8000000080000000
	.quad 0x3f7ccd40a0defbf9, 0xfff36e85060fe18b
	.quad 0x227541c2fd456ff8, 0x4060000000000000
	.quad 0x33359e59fffdf95a, 0xbca5f2a27f8966c6
	.quad 0xd616352a7c8f64f6, 0x000745f1191bfcef
	.quad 0x3fe8000000000000, 0xff8000007fc00000
	.quad 0x0008000000000000, 0x83ca6a9747e60be3
	.quad 0xfdd35a386da2b8e1, 0x47000000bd7a3c59
	.quad 0xbff0000000000001, 0x28a56cbb53dcbadf
	.quad 0x4030400000000000, 0x7f73c2bff06eecb7
	.quad 0xd433ef6cff7ba4cf, 0xbf71b1990f149a78
	.quad 0x1103e0581b0f4230, 0xfea8aa4dda79af5a
	.quad 0x002fffffffffffff, 0x83a6f323ca193f6c
	.quad 0x6db77f7bf4ae3317, 0x1347f1e3e87a0000
	.quad 0x86618b370991c080, 0xb441e13f6c5a7c00
	.quad 0x3d2be181f2c2ad0a, 0x8000000000000001
	.quad 0x000fffffffffffff, 0x5bde8075bd13c8e0
seed13:
	.quad 0x6478ce84f939b840
	.quad 0xba3077b30e0be57d
	.quad 0x00000002a031728e
	.quad 0x00000000000003c8
	.quad 0x00000000594652e4
	.quad 0x0000000000001a37
	.quad 0x8000000000000000
	.quad 0xf2eb696f91640ab4
	.quad 0x000003f13727a8bd
	.quad 0x514d83abf2aedfe3
	.quad 0x000000000000027b
	.quad 0xe8793eed5a1c5e50
	.quad 0xfffffffffffffc3f
	.quad 0xfffffffff072ac6e
	.quad 0xbdd7a6e1d777a949
	.quad 0x000000000000037c
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x7ff7fdc0b4701a55, 0xbc353defbfe9e27c
	.quad 0x9042f0d53e200000, 0xd05c201cc95b7400
	.quad 0x8000000000000000, 0x093541bdfe72350a
	.quad 0xf7bb3803a3dffffe, 0x1ca1c87f7fddffdf
	.quad 0x40475c0142f134c5, 0x95df14e719413919
	.quad 0x8ef4796a0728c6e0, 0x182647562d2dab7a
	.quad 0x00524bc3ff800000, 0x550f09f97dfc5fdb
	.quad 0xffe764bb003795dd, 0x0020000000000000
	.quad 0xd82d89fc3c2a0000, 0x07abfe8b66250463
	.quad 0xd38df6487ff7f26a, 0xff80000042ca77ee
	.quad 0xdb3ed6cfd8fcc180, 0xd9d64f11bfd7c79f
	.quad 0x7fd559d440800000, 0x4080000043e452f2
	.quad 0x7ffd0d6861bdccd2, 0x45b00000bba4691a
	.quad 0x8029dcb6f90282b6, 0x002089adfc9e5045
	.quad 0x78c1c7ee6db58000, 0xe50214ae7f98fba1
	.quad 0x002fffffffffffff, 0x54ce97a4c9787e00
	.quad 0xffb851e081000000, 0x41180000ffcb4b1c
	.quad 0xff990647c0b80000, 0x1e3d344b498c4b94
	.quad 0x7ffbc3ff1b1d1dc5, 0x0e4c440140d80000
	.quad 0x360c000081000000, 0x0c774ea007c07e00
	.quad 0x5963fd1170a90000, 0x810c8b3d9ac684e2
	.quad 0xfff4eebe92fe7c46, 0xab55399ea5771638
	.quad 0x002eaab6807b258e, 0x7ec2968eeafd6ff5
	.quad 0x3c72c4860d30ae04, 0x0f5dfd40776e9c2e
	.quad 0x06ffa4253911c8c0, 0x90bd37ce597706e1
	.quad 0xc0ffffffffffffff, 0x807ffffff95a63be
	.quad 0xc25a0d96801135bb, 0xe278e329be0e2ec1
	.quad 0xc3e0000000000001, 0xf41fd1f97ffdfeb7
	.quad 0xfff0000000000000, 0x3fffffff5d800000
	.quad 0xbf87f8897bf164ef, 0xbf976bdf46633ebf
	.quad 0x70935756ff800000, 0xfff0000000000000
	.quad 0x82b91c6c02f63258, 0x5494e13219f1f800
seed14:
	.quad 0x0000175b856afa10
	.quad 0x87386ef727bc61c6
	.quad 0xffffffffff0dbee1
	.quad 0xfffffffd3d76fb37
	.quad 0x000000002e2afbd7
	.quad 0x6fca83dc7a0b2d25
	.quad 0xfffffffffffffe18
	.quad 0xfffffadb56b5c156
	.quad 0xd9188000b2f5d238
	.quad 0x39d4ed429db5ac98
	.quad 0xffffff9eee4a84f7
	.quad 0x12f698b78f302d99
	.quad 0x0ce4cafbc427d0c9
	.quad 0xfffffffffffd510a
	.quad 0x1b3934f49d0fa6db
	.quad 0x0000000000000001
	.quad 0x03000000
	.quad 0x60000000
	.quad 0x738a0e7dffae5780, 0xffe6756524f63086
	.quad 0xc052699462a04f1b, 0x5d54186c26354e28
	.quad 0x0000000000000001, 0x405c18ecf26c4ace
	.quad 0xc033a00000000000, 0x8d13056a4c1ffddf
	.quad 0xfeffbfb351872451, 0x80cf5faa4f7fffff
	.quad 0xbfeb689fffcd7bb0, 0x000000004164fd75
	.quad 0xc023800000000000, 0xbfd4d94f80f1fa39
	.quad 0x6f46b8bcefc80000, 0xbb7933b8b0cf9d67
	.quad 0x7643abb21753c7f0, 0x743bd375bfd936e6
	.quad 0xc0a8000000000000, 0x94dba3a969f1c346
	.quad 0x40000001c20f889e, 0xc0bb000000000000
	.quad 0x386db3f67fcf4afd, 0xff3674dd9d6e19c4
	.quad 0xe6e5b7128018b137, 0xfff0000000000000
	.quad 0x1c7f3f8238cff81f, 0x75c19ed5fb35d0ca
	.quad 0x2b5a3a04af75fd95, 0xe9c284373eeffd53
	.quad 0xc044a18a73697a67, 0x5a7184b1edc09c31
	.quad 0xbf16000000000000, 0x03ac3d869cb5aacd
	.quad 0x5f821eac55ff7fbb, 0x24f0f49647ee367a
	.quad 0xffd0000000000000, 0x0000000000000000
	.quad 0x407ffffe4357753a, 0x4ea861d4ffbefc31
	.quad 0xcb9d4209a5776ef4, 0x000000002800770c
	.quad 0x7ddf8f748bf9f4bb, 0x1a4fc9ebf3fffef6
	.quad 0x05ffc8743fffffff, 0x443861eeff827c4f
	.quad 0x3f7f9c7e0aed930f, 0x44136e66213cc326
	.quad 0x800401c51b5f8467, 0x59780988c7febaae
	.quad 0x7ff0000000000000, 0x407fffffdf800001
	.quad 0xf367ce1b85fa7846, 0xf0c05f45dbebee3f
	.quad 0x8000000000000000, 0x337c4cedff9e0000
	.quad 0x87cbebaf36f695b7, 0x00000000cf7ffffe
	.quad 0x414b30109d821ce1, 0x41d8c4dc7f94fd87
	.quad 0xc69f13014bf685d6, 0x40e0000000000001
	.quad 0x7f80000041180000, 0xc020000000000000
seed15:
	.quad 0x898312a31f852cdf
	.quad 0x4458a1f9a6ac1609
	.quad 0xd3e5d3ef0a39d148
	.quad 0x78b19c58962486ce
	.quad 0x0000000001000001
	.quad 0x00000000ffffffff
	.quad 0xcaea696c56924333
	.quad 0xffffffffffff440c
	.quad 0x0000000000004c1a
	.quad 0xffffffffffffffb5
	.quad 0x00000000000000bd
	.quad 0x000000000000017d
	.quad 0x8954c3ac64503bf8
	.quad 0x5a64f3d58ee7e114
	.quad 0xfffffffffec0f0d7
	.quad 0x8000000000000000
	.quad 0x04800000
	.quad 0x60000000
	.quad 0x7ff0000000000000, 0xc020800000000000
	.quad 0xfda8258f587b9ad0, 0xc0284cca203671cf
	.quad 0x5a357de0fffeffde, 0x1bbba75b9c600000
	.quad 0x43e909789b0104a9, 0x74c3459819258000
	.quad 0x10807b4d5adb4a4e, 0xde9cf524912348b1
	.quad 0x402363a3cda65398, 0x41aff1d68f74b651
	.quad 0xd677ac5f81cc8383, 0xff970e639188a579
	.quad 0x4054678420d15662, 0x6b85e844f9e2ef7a
	.quad 0xc615b92f7e7da7f7, 0x79e757677f9f6ffd
	.quad 0x3fa0000000400000, 0xbfc434d3beae726c
	.quad 0x6a7fe7462a3000f2, 0x37ba1efcbecbf6ba
	.quad 0x8e737ddc8287f92a, 0x1ac284389c207400
	.quad 0x0000000000000000, 0x654b2b09d7c3c900
	.quad 0x7fc000007f800000, 0xd66e58cd8cfe80e1
	.quad 0x4f000000c8000000, 0x3aabad443ed433a6
	.quad 0xffbfdf4480000000, 0x011123162ba7f9af
	.quad 0x3ac00000becb1684, 0xbf65906f794264bb
	.quad 0x1527065f1071dc82, 0x7ff74b93ccda433e
	.quad 0xfcfca97dffafcbfe, 0x56c98bdf45fc9d3b
	.quad 0x400929759479224c, 0xf460d245fd7186cc
	.quad 0xff80000041120000, 0x80174ef6c7d27827
	.quad 0xb8f6fd83017523ad, 0xe88cee8ffe832b80
	.quad 0xab481106bd4a0000, 0xffe64b4337edaf35
	.quad 0xbf00000000000000, 0x3fda56505d1cef92
	.quad 0xbf72aed55f93e688, 0xffeaf364ac0a0001
	.quad 0x7fe19ccb7fbf2b54, 0x8000000089d43933
	.quad 0x3c64ee93b3eedfaf, 0xff80000000800000
	.quad 0xc30a8bb9ffbdfb05, 0x8000000000000000
	.quad 0x9dc6da1ce1ffffff, 0xd9784d351fae310c
	.quad 0xd731ab7061627f16, 0x01f775bb5107f8d4
	.quad 0x30dea6c8231d7dfb, 0xc20da3e82feefffd
	.quad 0xbdc0000000000000, 0x02332a437fac54f6
seed16:
	.quad 0x0000000000000146
	.quad 0xfffffffffffffcbf
	.quad 0x000000000007390b
	.quad 0xffffffffffffff61
	.quad 0x768543e1a3f76050
	.quad 0x4f205a4de5c4074e
	.quad 0x0000000000000002
	.quad 0xfffffffffffffd9e
	.quad 0x0000000000cedd18
	.quad 0x00000000ffffffff
	.quad 0x00000000b74cc309
	.quad 0x00000e5881e2ab71
	.quad 0xd84536908f64a35f
	.quad 0x000000007fffffff
	.quad 0x18f9f5bdcdb4005b
	.quad 0xffffffff80000000
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xffc052267ff1ccf7, 0x7e7e4450facd7c00
	.quad 0xc6c104ca90514aff, 0x16daf58da2162150
	.quad 0x802947603d3dd06e, 0xfffe7411b92c8000
	.quad 0x4000000000000000, 0x0010000000000000
	.quad 0xbbaf4639c193dc34, 0xbddcfe417fada785
	.quad 0x800be4fefc621993, 0x6110bc7e999ccbd0
	.quad 0x00000000bdeefeeb, 0xc0e0000000000000
	.quad 0xc4364b7352782a43, 0xffcffe38bf800000
	.quad 0x3721473cfdbbfe18, 0x00000000811dc81b
	.quad 0xc01c000000000000, 0x7f56fa7f76d61803
	.quad 0x40700000fab421f6, 0xcaee0e444dab5a3a
	.quad 0xacc4d17d55328000, 0x3fe76aa1b7f7a663
	.quad 0x7680bffb974be2b9, 0x000000004f800000
	.quad 0xde078ce39dce673e, 0xe9a78fa8a6e0f638
	.quad 0xc77fffffc1200000, 0x7fffad6281f2d4a2
	.quad 0x40708934b1670c84, 0x808000004357e66d
	.quad 0xaa6341dc7ab79f3f, 0xcf1a3f1530771b96
	.quad 0x7fd4f9b540850ee2, 0x1b5187db477ffffe
	.quad 0x8a299c1780000000, 0xc0633756616bd8dd
	.quad 0x8000000000000000, 0x42c000003dddb70c
	.quad 0x11a60aae0f446c7a, 0xffdbf489f2b3e448
	.quad 0x4b38d81da295c381, 0x288eb3ac9d6a6fe2
	.quad 0xc0365e4c3d968b4c, 0x8000000000000001
	.quad 0x42f4418bffc00000, 0x7ff8000000000000
	.quad 0xfff0000000000000, 0xfe8000005a000001
	.quad 0x1888373560ab87c7, 0x587170823094bce0
	.quad 0xff80000000000000, 0x801d4b50236499c2
	.quad 0x852eca87389a9e0c, 0x81425d7350370937
	.quad 0x0000000000000001, 0xe1ec9657aadb7f39
	.quad 0x1c491225c7ff5fff, 0xc12fffffffffffff
	.quad 0x3f3eddd61b7cfb00, 0xbfda32b5c217398a
	.quad 0xc11400007f800000, 0x7eab099f3c23bdbc
seed17:
	.quad 0x688b5a4054dacca1
	.quad 0x000000007fffffff
	.quad 0xaf0f7d8c202ac773
	.quad 0xffffffffffffff10
	.quad 0x000000005d876d3d
	.quad 0xfffffffffffff8f9
	.quad 0x000000000000023e
	.quad 0x0020000000000001
	.quad 0xffeb648c63e87039
	.quad 0x0000000000000003
	.quad 0x0000000000081d64
	.quad 0xff21c239c0ef9470
	.quad 0xfffffffffffffeb2
	.quad 0x0000000000000098
	.quad 0xd721cb986e19f641
	.quad 0x00001a87fa51dd57
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x0008000000000000, 0x4079f2491fff5803
	.quad 0x7ff8000000000000, 0xfc7d0458ff800000
	.quad 0xc2e47ecabdc6ae71, 0x7aa7c11b03f24a46
	.quad 0x68768229f7528b8a, 0xbfdbcc856829b0cf
	.quad 0x0008000000000000, 0xc071000000000000
	.quad 0x8a45447c3fffffff, 0xf3726ccba4f4cb90
	.quad 0xda8b00ddd6e55562, 0x00b9d7e702d2a084
	.quad 0xb1019065ad8f7de6, 0xe2c0fcaefc928048
	.quad 0x79c0e9f3e837fba7, 0x7fb21db2f3386ddd
	.quad 0x407e5c48f5561038, 0xc330000000000000
	.quad 0xda7fffff7e5a4633, 0x3ebf6424ff800000
	.quad 0x81640b6442f17ea9, 0xffd0d88072e0505a
	.quad 0xc340000000000000, 0x3fd8000000000000
	.quad 0x3ed9e00000000000, 0x7f80000005268fd2
	.quad 0x809ec3ff7fa5948b, 0x114c037cffbf3458
	.quad 0x3509c6cd7e322bb4, 0xfff8000000000000
	.quad 0xc0880000c0b80000, 0x35baf50fe37fffff
	.quad 0x828e9c62855e01d6, 0x4070000000000000
	.quad 0x7ff8000000000000, 0x7ff05f24da13a903
	.quad 0xbfc0000000000000, 0x5c1b8d2e3b0da8b8
	.quad 0x8121e6fde4bc1616, 0xc02cd5a82a1e0355
	.quad 0xeece1af73dfdfbdf, 0x7ff0000000000000
	.quad 0x92e59bb9c1100000, 0x7ff0f5b1f67550e6
	.quad 0x7312cd6ebff27e03, 0xc2c89d7aeeb8fc4d
	.quad 0xc000000000000001, 0x4049680ec1000000
	.quad 0x0009a7769e5b95cb, 0x428278a47fd7cce0
	.quad 0xfedd312ab12d4780, 0x0624dc26ffb1de86
	.quad 0x3ea51ba2ff800000, 0x7f80000041629d35
	.quad 0x4e25bb0d88c63a80, 0x2fafa0333d91be87
	.quad 0x8000000000000000, 0xbfc00000c7ffffff
	.quad 0xff8320d37fad9fb7, 0x3fd2300000000000
	.quad 0xb9740000bfe233bc, 0xd53dc1eae3f2fe7a
seed18:
	.quad 0x0000000001000001
	.quad 0xf72e357d027947df
	.quad 0xfffffffffffffdf8
	.quad 0xa2f3ad53935507d1
	.quad 0xffffffffffffffe2
	.quad 0x56e15b10af030703
	.quad 0x0000000000003e59
	.quad 0xfffffffffffffec3
	.quad 0x00000000000002e7
	.quad 0xffd821917d434a5f
	.quad 0x000000046e225bc5
	.quad 0xffffffffffffffff
	.quad 0x000000000000003b
	.quad 0xfffffd7cfbf1fd91
	.quad 0xffffffffffffffff
	.quad 0x5ce13629e2bee682
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0xbd803a55837fffff, 0xc280fd60281c82dd
	.quad 0xff9cfcca13f08056, 0xd7cc93dd18e4c8b8
	.quad 0x21dfc1e600000000, 0xe6fad9b706de7c00
	.quad 0xa6ceae5f97c201ce, 0x89d560caa9760160
	.quad 0x778d6f961353b4a5, 0x80431cc6ffc00000
	.quad 0xc06cc3b05099264a, 0xbfde18198503235d
	.quad 0xea80925ef17ee125, 0x00fbf757c17639c3
	.quad 0x69627075a2087d5e, 0x607ff833eded382a
	.quad 0xbfc2800000000000, 0x638d7e97ffffadd7
	.quad 0x9bb562385b377e00, 0x8169e0bd3fe9028b
	.quad 0x43a9365b803d67fa, 0xffd74592f20fdcb2
	.quad 0x108ea538fcfb0011, 0x3c3f2acef7cffedd
	.quad 0xc01055eea4638d32, 0x3d44b863dda8c226
	.quad 0x69b96d69213c9e00, 0x3bb32c80ffb74880
	.quad 0x7f000000739c7e25, 0xc08800007f832d0b
	.quad 0x49881c5bff9ffda5, 0xfff0000000000000
	.quad 0x1e45617e09900b06, 0x3d8a5b507fc00000
	.quad 0x3ffa000000000000, 0xc00000017f800000
	.quad 0xd4cfc9972756a0dc, 0xbf40000000000000
	.quad 0x82dfd9cfc5f7fc97, 0x3fe5d3d2ffffffff
	.quad 0x3dd80000b6240000, 0x3e474072ff800000
	.quad 0x0470750002357c00, 0x8c517b815e27cd61
	.quad 0xa36f13b04a442ae0, 0x58000001c0f40000
	.quad 0xbf9d431d2f9eceea, 0xa4dd9e74ffdb77f4
	.quad 0x54e5a7ac56634661, 0x3eeada9538657c00
	.quad 0x43fab214bd971880, 0x800fffffffffffff
	.quad 0x7f800000017fffff, 0xbf1e4e3aec5fa6d3
	.quad 0xce76927f1efcfd94, 0xff80000080ffffff
	.quad 0x7fef299dffb7ffee, 0xf084941bfbf35a05
	.quad 0x172762f6f75f2369, 0x817fffffffc00000
	.quad 0xc021400000000000, 0x88dc41bc5291b752
	.quad 0xbf4c400000000000, 0xff8000007f800000
seed19:
	.quad 0x0c7c2cada0884eac
	.quad 0xdc5dda8cf79062b4
	.quad 0x0000000000000000
	.quad 0xa15b4f2132c4a6fc
	.quad 0x00000000ffffffff
	.quad 0x82224a6ebc22de35
	.quad 0xfffffffffffffe8c
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0x3d104fcac690823b
	.quad 0xaef299c2dbf125a5
	.quad 0xffffffffffffffff
	.quad 0xfffb43fa3603e0b2
	.quad 0xfffe8a2f1ca99418
	.quad 0x8000000000000000
	.quad 0x00000000000000f0
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x348d79ccab57f670, 0xffc00000febc2721
	.quad 0xffb31044c92234b2, 0x7ff0000000000000
	.quad 0xc05279fa37a78c91, 0x0d4b2e0d7b0917ab
	.quad 0xfd69249ad42ec058, 0xfff0000000000000
	.quad 0x00152311c0e80000, 0x98552e3cbd88cf40
	.quad 0xf9c6e0b5bd2304af, 0x8000000000000000
	.quad 0x3ced000080000000, 0xffe0000000000000
	.quad 0x9c1ce2f9bbf08c7b, 0x60f8be04bfe07c01
	.quad 0xcf800000939b9a72, 0x80000001180d9966
	.quad 0x06e3e0bc8190bfbe, 0x7fc000007fd1f3c7
	.quad 0xcc7b9994fff5037e, 0x1758606ef8bcbbed
	.quad 0x72945258ff0e7b93, 0xd197b076feb943c6
	.quad 0x4022000000000000, 0x7fff665cf212e38e
	.quad 0x8000000000000000, 0x48ea0000f1fb3adb
	.quad 0xbd9415ea5aca8969, 0x3cac681d5a7fffff
	.quad 0x4006000000000000, 0x040fd3667dfeadde
	.quad 0xae2a2a1ba9bb8400, 0x3c7335d59626dd2e
	.quad 0x7fc000008030fffe, 0x80e7de7f5ac2f9bf
	.quad 0x6a1f39cd2005c5e1, 0xdfffffff82134354
	.quad 0xff116a1dfae1ffbf, 0xbc40304cc5800000
	.quad 0x2a9d517cfe0ac03e, 0xd762d4c5be39e7ff
	.quad 0x002ed952576ff73e, 0x3fd53b5ef9c6c9a9
	.quad 0xacb7c628fffefefa, 0x7f800000bf499718
	.quad 0x3fb3da9aa47f86e1, 0x833e53de41eae13c
	.quad 0xfe800000806f38e8, 0x001459c6feab1919
	.quad 0x8000000000000001, 0xa9171573807fffff
	.quad 0x00000000ffa9767b, 0xacb3ce3e5affffff
	.quad 0x7f9980cc30d7420f, 0xbfca00bf83d5fcb9
	.quad 0x02568a887c478915, 0x40b3517d15d229d7
	.quad 0x8000000000000000, 0x3f8adb0d69e91e60
	.quad 0x3f8c827bf6c13b85, 0xdee36a2b7f8c492c
	.quad 0xbe951ed6227d6877, 0xa5ab86ccffad87b4
seed20:
	.quad 0x98acd26ee0301345
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0x7fffffffffffffff
	.quad 0xff81f596c4c1baeb
	.quad 0x000000007fffffff
	.quad 0x000001cd66cc083a
	.quad 0x0000000c403d0a51
	.quad 0xfffea6eab2dc8104
	.quad 0x60865026e7b1d861
	.quad 0x00000000000002e1
	.quad 0x0000000080000000
	.quad 0xffffffffffffff88
	.quad 0x0000000000000172
	.quad 0x85c55ad62eff222a
	.quad 0xb0fa0ba72919ab46
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x40400000ffc00000, 0xc28131526ebcff7d
	.quad 0xfff0000000000000, 0x40ea000000000000
	.quad 0x02fbc0c8a7f9db95, 0x476eb54b2a8b875a
	.quad 0xa7cb61e0785a8800, 0x000d2e2687b3f377
	.quad 0x3cd13d0dcc48a60e, 0xdffffffeff82f9ce
	.quad 0xbb6ba214e543cf3b, 0x3fc0edc740430b1e
	.quad 0x000000007b65b10c, 0xff175c6fd6a2a0dc
	.quad 0x7d7fb4f4fdca441b, 0x7ff3930d56955af0
	.quad 0x7862c8fbffdcfd2b, 0xffac86c383259195
	.quad 0xba34ebbf6ffaffea, 0x0c55a416bfe2c6ec
	.quad 0xc02c9f21f4559577, 0x9068c1d58a81c840
	.quad 0xfff0000000000000, 0x9ec4eb3c4b9f7e39
	.quad 0x22d74ffdd7ffddbd, 0x7f764bf9e18dfa67
	.quad 0xda9c4530b1cfc8d0, 0xc023800000000000
	.quad 0xbfa00000bd584a20, 0xc0a0e5aa893cc8a0
	.quad 0xfe897bba3a1029c6, 0xc01192de34103eb0
	.quad 0x94425a507d7214b6, 0xfff0000000000000
	.quad 0x7f800000bf1a5347, 0xd268eb713985c8d1
	.quad 0x4990e45af7c5c1c8, 0xeab15280db37de1a
	.quad 0xbfccc48739268646, 0x7220553d03cf7c00
	.quad 0xce3ba44fdb9ca6df, 0x21ece31d3ee617b3
	.quad 0x80ffffff80000000, 0xfe800000b5b80000
	.quad 0x8008c74f3c8d1ae9, 0x1bbc199643212707
	.quad 0x7ff2233c53a4c60d, 0x778485787edcae3a
	.quad 0x009bcabb4375421b, 0x401b800000000000
	.quad 0x4005000000000000, 0x000f617a2e651321
	.quad 0x65177be25dd4f7ff, 0xffc00000611b51c1
	.quad 0x7f02cd0b0bc327f8, 0x4078000000000000
	.quad 0x3c2551fe43e88a33, 0x64444e61f3f53e10
	.quad 0xd7092d52a1c99e82, 0xff8000001ccae94f
	.quad 0xc3c23c1ffff8a3fe, 0x7fa405c5ff800000
	.quad 0xc8532320f62f9adf, 0x3ba38a4f7e800000
seed21:
	.quad 0xf2291f893fd28b51
	.quad 0x0000000000000117
	.quad 0x78efc5fe58ce2eb5
	.quad 0x000000000000003f
	.quad 0x0cef30423fbcd2e8
	.quad 0x7fffffffffffffff
	.quad 0xff811de785021e15
	.quad 0x89fff2ddb0bbabda
	.quad 0xfffffffffffbf0f0
	.quad 0x5063f369cb501023
	.quad 0x37202898d28ea01e
	.quad 0x00000000001a1455
	.quad 0x0a983ce46eae6347
	.quad 0xfffffe8709036032
	.quad 0x00000000ad33fa86
	.quad 0x00000033e1fcd5a0
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x00000000ff813ce0, 0x3b9444657fc00000
	.quad 0x801fe31cec0c76e9, 0x8000000080000000
	.quad 0xfe3846683fb3fc5f, 0x001230a02c563feb
	.quad 0x6ff5d4ba602df630, 0xfff0000000000000
	.quad 0x24a7929dd58ded15, 0x7e22f018db113e97
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0xc1cbddddc18e7e06, 0x000000001b36ee3e
	.quad 0x8000000181534be3, 0x765b20a6ffcc7f05
	.quad 0xf75c3da6b0c60700, 0x3dc639f87fde8000
	.quad 0x08bfd32af549edeb, 0x3ff9800000000000
	.quad 0x7f8000009756eb7d, 0x95798eeb7f9e611a
	.quad 0x52a21130ffeaf7db, 0xbf22000000000000
	.quad 0xc050000080000000, 0x434ba749ff5b8e95
	.quad 0x80000000ff800000, 0xbfc88be73afae1c6
	.quad 0x7ff0000000000000, 0xc028a16d4250d6ef
	.quad 0x7c0036d541fde1c6, 0x000728cec10d79d3
	.quad 0x7fe206d5cd644b7b, 0xffe00d8ecf70dcc2
	.quad 0x80000000407ffffe, 0x4270fd24c2338000
	.quad 0x3f19600000000000, 0x07333e3f20b02b2c
	.quad 0x80051231c07ffffe, 0x7effffffc0580000
	.quad 0xc00e54b9fbfd79f8, 0x7f881e4abcfffefc
	.quad 0xc557e821bffeba2f, 0x7fc00000f396e4aa
	.quad 0x20527428b0954040, 0x7ff5b9b267aac42d
	.quad 0xc036ba6c649aab82, 0xc021800000000000
	.quad 0xc7e7d4bd644cde5d, 0x3c6b734dc0d9b7a3
	.quad 0xc08000003dd82ef2, 0x7ff0000000000000
	.quad 0xb5af6473be5d7a89, 0x805c837c10a1878d
	.quad 0xb5dd2013fa2e2419, 0x0000000000000000
	.quad 0x6002c38f80000000, 0xac4edc1b49fcfee0
	.quad 0x7f80000080000001, 0xc88e0bf7544edf97
	.quad 0xd07ffffe80000000, 0x0000000000000000
	.quad 0x36020000ffbeb461, 0x3fe6f5a78ee67c77
seed22:
	.quad 0x0000000100000000
	.quad 0x000000000000018f
	.quad 0xfffffffffffffd77
	.quad 0xb8b0d806e4766273
	.quad 0x00000000000001a0
	.quad 0x000000001043ab06
	.quad 0x0000000100000000
	.quad 0xfffffffffffffdbf
	.quad 0x19e3df805844ead8
	.quad 0x050b1a42eb05bc8f
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0xac37e0c990ad58cb
	.quad 0xffffffffffffff9a
	.quad 0x7fffffffffffffff
	.quad 0x000000000000005a
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xffc0000041ea90fb, 0xdda39334b4be682b
	.quad 0x947f44f1200b9bb7, 0x805c0754415b4f31
	.quad 0x3b80000007d19175, 0xd9e07743cc89468d
	.quad 0xaf835b104b1749fd, 0x7d5ac7cf9deb4700
	.quad 0x4040000040b1caef, 0x7fda6985bdfeebab
	.quad 0x7ff661a88cd9385b, 0x000fffffffffffff
	.quad 0x3bf419e2ec687856, 0xf864822780000000
	.quad 0xb04fb1e0f7fb6f3f, 0x3c8837913f28bb6e
	.quad 0x7f740b8cff000000, 0xde3e1c3ca3990000
	.quad 0x95b9886ffbeabbff, 0x7fb06ecdbfdba57c
	.quad 0x3bf438273effcaad, 0xff8000007cda7dae
	.quad 0x3a665101cf8a51e9, 0x40000000ff81ac23
	.quad 0x0000000000000000, 0x7ff0822ace2c9965
	.quad 0x66863df57fdf7f7e, 0xfd703b4965cb1ae4
	.quad 0x4861b8d65fa19d04, 0x17c5f6dd3c95884a
	.quad 0x8c099b74be039c80, 0x7fd0000000000000
	.quad 0xfff170cb28f1cf29, 0x2bbff6eb41180000
	.quad 0xc046eb944f2d199e, 0x403dbcd990a3c1c5
	.quad 0xc317dd57be2a1593, 0xa0a631f0a7aa4200
	.quad 0x294429efbbbffe67, 0x0000000000000000
	.quad 0xa79af22c77fffffe, 0xffe6d9d1a293bdac
	.quad 0xbf77cbbd8df05073, 0x7fffc4cf41e3a99d
	.quad 0x6de51ffc27cc6879, 0xc01ac114f2428922
	.quad 0x8005fbe9d838d73e, 0x62e7740de41e78fc
	.quad 0x9ea02f78bfe9a085, 0x7fc50df03b8f66f0
	.quad 0x83a73978218b414c, 0x0000000000000000
	.quad 0xbe31d3dfdf000001, 0x8f00ad7f0d160000
	.quad 0x7fbd6b7e83dfee34, 0x66aeab1dd7aafe1f
	.quad 0x3db8937f5fffffff, 0xc00a000000000000
	.quad 0x800000007f7c2876, 0x82715b87ff2f7f68
	.quad 0x8164207ffd8dfcf1, 0xbd0e05d96e479357
	.quad 0xd43debcffdf4dffd, 0x8ba1dcfb90ffffff
seed23:
	.quad 0x0000000100000000
	.quad 0x0000000000000a31
	.quad 0xfffffffffffec3d2
	.quad 0xffffffffffffffd1
	.quad 0x00000000000003cc
	.quad 0x00000000000000e6
	.quad 0xfffffffffffffc9f
	.quad 0xfffffffbe2f9ab25
	.quad 0xfffffffffffff937
	.quad 0x8ce751b5b0afb8f2
	.quad 0x0000000000000023
	.quad 0x3c265ebb3e0e8728
	.quad 0xfffffffffffffc35
	.quad 0x0000003139326e0b
	.quad 0x21c41bbcfaf37bc0
	.quad 0x7fffffffffffffff
	.quad 0x04400000
	.quad 0x00000000
	.quad 0x7ee52870d3749542, 0x7acd6e23c8c11cde
	.quad 0xff8000007fce2ff0, 0xa8e4c0c93feefefc
	.quad 0xc38385d73b690000, 0xfffa7e2158e7a86b
	.quad 0xf567e9da951b05f0, 0x411c0000c18301c9
	.quad 0x3f84000000000000, 0xb62a0000734aaf62
	.quad 0x1b84fc87f2baddff, 0xbba400004174e7a4
	.quad 0x0000000000000001, 0x004000000396d5b9
	.quad 0x718eb055db9f78ee, 0xf2b400c16a28ce81
	.quad 0x5da79e3be106fca1, 0x47cc6c0e80ffffff
	.quad 0x3d94e0cd5a3f791b, 0xd22760ab6fe7eb26
	.quad 0xaf71d48856a67930, 0xb7a7c29de79f47db
	.quad 0x7f8a344340c58000, 0xf3c390270878ea0e
	.quad 0xbe6000005fd4361e, 0x779b312c8d79afb2
	.quad 0x3f9348eb2c4c8c1d, 0x88884a56f6b7d7c4
	.quad 0xc3f2c8e53044c4d3, 0x3f53900000000000
	.quad 0xbe500000bcd48942, 0x81bcc0e46a2be698
	.quad 0x8000000000000000, 0x62cf76f6fef2b7cb
	.quad 0x5b8ac6ab7f800000, 0x66add2004cd59c58
	.quad 0x2220205617d049bc, 0xffa360b7ffba2c47
	.quad 0x3d9ef35080800000, 0x8681156a191dd5db
	.quad 0x0100000080000000, 0x2ac9aacf02a40fea
	.quad 0xbf7caccbae34cb95, 0xbff0000000000000
	.quad 0xbbd70317c7e8c688, 0xa50b5a2054cde670
	.quad 0x8000000000000000, 0xba121d501ada4860
	.quad 0xcb4b4cbd90a9c15a, 0x450000007fac5916
	.quad 0x2253944abff90000, 0x007c2f0340700000
	.quad 0x8015781bcd44d774, 0x83be6bb86315ba29
	.quad 0xfff7162881162d57, 0x2b112ed37ec3ff0d
	.quad 0x4330000000000001, 0x7ff659fa33726c20
	.quad 0xfffc9e862f6e17cc, 0x6a073aec54da82ce
	.quad 0x48d26e6517ee7c00, 0xff000000146ecbdb
	.quad 0xfedc6f0ed9800000, 0xb7db93046ab5a65a
seed24:
	.quad 0x00000000001312bd
	.quad 0xffffffffffffffa3
	.quad 0x4273f886f9951c2e
	.quad 0x898c26926cf80c9f
	.quad 0xf139165b0caf8815
	.quad 0x130a2a1c3465c9ed
	.quad 0xa5bd5dc43bdfd15a
	.quad 0xfffffffffffffc83
	.quad 0x000000001ece9fa8
	.quad 0xffffffffff36fa5f
	.quad 0x000000000000031d
	.quad 0xffffffffffffff6d
	.quad 0xffffffffffffff62
	.quad 0xfffffffffffffc6f
	.quad 0xee614a172ecac60f
	.quad 0xfffffffffffffe58
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x7fe237a27fdc1d21, 0x9e149b2defb74eda
	.quad 0x8e2dd32349c00000, 0x8322c94c8a82fc1d
	.quad 0x00403acb7f800000, 0x7e4d7a0571789ada
	.quad 0xffca7d02f7bef575, 0x859ca95c9ad6cbdd
	.quad 0x7f8930f57f800000, 0x89258dcbeb6fafdc
	.quad 0xd2a09cefffbb6df2, 0x75c5995eff800000
	.quad 0x80000001cfffffff, 0x80000000ffaee3de
	.quad 0xfcb22413cddc7d2c, 0xf08c3a4ed4427e49
	.quad 0xfff3554fc0f14ad6, 0x152248c3fff7d2f9
	.quad 0xc023000000000000, 0xe7bf3de07f31ffb3
	.quad 0xbfe8000000000000, 0xffe64e5745fa1622
	.quad 0x32283e95c5ad80ef, 0x800000007fc00000
	.quad 0xf5e97eb68002f0a3, 0x0043825fc77fffff
	.quad 0xfff8000000000000, 0x8000000000000001
	.quad 0x92110c13ffeecaf0, 0xff8000007fbb9cb3
	.quad 0x42800000ff800000, 0x0db8efcd7e3c5b15
	.quad 0xa9efdc70e042fd9f, 0x7ff0000000000000
	.quad 0x40635c48bb93cdf7, 0x7d83924b54ad5931
	.quad 0xa155353b4152a324, 0x3f6426977f800000
	.quad 0xff83be31007fffff, 0xfffce91459bc9ce6
	.quad 0x7fc00000c10876f4, 0x0000000000000000
	.quad 0x1ea0d8b985dc2fae, 0x7ff0000000000000
	.quad 0xc8cc241a45a7c377, 0xe2ffffff3590bfd5
	.quad 0xdfc1271b641ca160, 0x801fffffffffffff
	.quad 0xffc10d6effa403f6, 0xbbc0526700000000
	.quad 0x7f958c70800a784a, 0xad950662cbb33acd
	.quad 0xcf98e7a077edcffb, 0x7fe0000000000000
	.quad 0x4041619222057e86, 0x8cfe38b022ccfc74
	.quad 0x80bbc5a7c220c5b0, 0x53b2e7fdf3b7fda7
	.quad 0x00000000004af585, 0x35fca007ffffffff
	.quad 0x8ad221c2189f4cf9, 0xbe56350600000000
	.quad 0xc3016eaf8013a6c9, 0x3fba514952207e87
seed25:
	.quad 0x2905afd9d39215a0
	.quad 0x44164fac0408d0e4
	.quad 0x0000000000000002
	.quad 0xffffffffda280164
	.quad 0x8000000000000000
	.quad 0x4f84e2d5e2fda423
	.quad 0x2ff348520eef8bd4
	.quad 0x618e4a1a59923de9
	.quad 0xfe5ecec856d1bf6b
	.quad 0xffffffff80000000
	.quad 0xfffffffde87cafeb
	.quad 0x000000000000005d
	.quad 0xffffffffffce6fe9
	.quad 0x5881ea4898c3621d
	.quad 0xfffffffffffffceb
	.quad 0xe2020a14d224f260
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0x99f3a417f5e6fbff, 0x10e651141bb2d2d1
	.quad 0x95e7f03e76fdfed3, 0xe8d23a18138c4eb9
	.quad 0xf8aa724fff800000, 0x7ff0000000000000
	.quad 0x8000000000000000, 0x074e94ebdffefcc9
	.quad 0x7f8684a7ff990cdd, 0xffc269676f78a4dd
	.quad 0x6c7ab1c0434b425f, 0x3c3da27790ba4140
	.quad 0x0000000000000000, 0xebbce39bbe01c097
	.quad 0x00000000ff800000, 0x6330e9b25d77c115
	.quad 0x8000000000000000, 0xae48615a29f50000
	.quad 0x4178bc91bceb1e17, 0xb34e3a4cc74aed60
	.quad 0x00bedbce3ce52524, 0x7ffdd79d0045bbdd
	.quad 0xbcc34113f4a21c82, 0xe934f50a30907e0a
	.quad 0x4079525d496789c4, 0x856239b5f0498000
	.quad 0xfffee027f48cbf02, 0x9eadde4e7a79ed0f
	.quad 0x8056cb12a7ccfc49, 0x3fbd3d5f7c22cbcc
	.quad 0x85938f423fdfb7bf, 0xfff3e20ae3696bc4
	.quad 0xc700000043275322, 0x1c413f4a8a5e07ff
	.quad 0xc06800006e416f5e, 0x5025458fff817c01
	.quad 0x40e40327c9c00000, 0xfff8000000000000
	.quad 0xbc8f6183fb79a213, 0x7ff0000000000000
	.quad 0xea2574c56effb5fe, 0x8006c4b0ff800000
	.quad 0x6b1a565766b899ea, 0x400975690a4bc629
	.quad 0x87b8394c9dedd6d0, 0x8317d3587bb9c5ba
	.quad 0xc013457091b1b9f6, 0x0d0ce40ba35af231
	.quad 0xfffa62328aa1be39, 0x8c8b4ee0cd5e40ff
	.quad 0x4f800000b5e1d9d9, 0xe2a3cfb3ff7e80d9
	.quad 0x000000007db2f611, 0xb9f600000088095d
	.quad 0x6f08138d5f7fffff, 0xc7dbedc13c10f6a6
	.quad 0xff8e839d40b86545, 0x90214468bcb8a582
	.quad 0x52b1312d6a5601e2, 0xc001000000000000
	.quad 0x3fe7599def4d1dfa, 0xe56130d965855e89
	.quad 0xf020af9b23613390, 0x6e104bf67f800000
seed26:
	.quad 0xfffffc5d17eb12ca
	.quad 0x000000007fffffff
	.quad 0xffffffffe5fb76de
	.quad 0xd3c0c4c2dcadb280
	.quad 0xdc358d8cca414772
	.quad 0xe0c9701b63df287d
	.quad 0xb0a8adbc41779ae6
	.quad 0x0000000080000000
	.quad 0x64c5ef8903057a2d
	.quad 0xe97be4b51899a9fc
	.quad 0x0000002eaae566ff
	.quad 0x000000000000000b
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x000000000000001e
	.quad 0xbbbcf83e7ee8475b
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x4069fb8998c67412, 0xac4da3a4ff9903ff
	.quad 0xffc000006ef49420, 0xdf509eec1a46cea5
	.quad 0x3fe1becb1d03b7a7, 0x75370bc14065648a
	.quad 0x41543918fd7c7d2a, 0x3aa00000c0ca2f68
	.quad 0x33990dfbc2825407, 0x83aa794b80000000
	.quad 0x7ec79d2a43614e28, 0x18811bbc004ff48d
	.quad 0x4f11566a7fceefc1, 0x3aa00000a224a891
	.quad 0xe75d4c787f86de01, 0x57bf13ac4fffffff
	.quad 0x41883634442efdb4, 0xc0efffffffffffff
	.quad 0xdd957ce1de3c7d85, 0x0bfd1f1c1906fc00
	.quad 0xf4547064777c6d88, 0xde68540afddf787e
	.quad 0x7ef4d2d8c6183969, 0xec3e191e2959c870
	.quad 0x0e00470eeb067c00, 0x920778b3003806b7
	.quad 0xff8000003d328f52, 0x90c87b30feffef7f
	.quad 0x8225ebb92b653cf8, 0x7ff8c7e228541601
	.quad 0xc0e8000073523893, 0x0461629146ecafb3
	.quad 0xcf94e9d6021afc35, 0xeb0f05ce4a2e4ac5
	.quad 0x6e843cdf532dc189, 0xf2b09f5c7f93a957
	.quad 0xbc07e3379630f596, 0xfff2763ba6d81367
	.quad 0xc95db2eae217f960, 0x2484dde03b440000
	.quad 0x3b3e000037c1cd7a, 0xddab4bcee6fff7fc
	.quad 0x3f8c15da879a9032, 0x7ff8000000000000
	.quad 0x0024b61a1cf27955, 0x037b6dea61530e31
	.quad 0x770f4f387e7b82f6, 0x0595da6d0ce8fdfa
	.quad 0x7fefffffffffffff, 0xbf7959de9d7d7f3f
	.quad 0x3f94f6c961fc7406, 0x557da9784208a1c2
	.quad 0xc0fa9a7ac0300000, 0x3f600000bbe43198
	.quad 0xc7cbdcf3b0b87e00, 0x00aff1f1b8ffddf8
	.quad 0x0000000041fabe52, 0xb38717e83c0075e4
	.quad 0xd7ccabb6c99ffbf4, 0x7f800000dd7e6d5f
	.quad 0xaf39573ff1b71ea1, 0x80000000ffbde35e
	.quad 0xf3f7ccd040900000, 0x1913d924fdffbbee
seed27:
	.quad 0x18e45af3c8345fba
	.quad 0xe5573121665618c8
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x00000000167c2b54
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0xfffffffffffc2204
	.quad 0xfffffffffffff9c6
	.quad 0xbc2997db5731a7c5
	.quad 0xfffffffffffffe86
	.quad 0x00000000000c5200
	.quad 0x00000002d6e5c609
	.quad 0xfffffdff4640fa64
	.quad 0x9b76dcc39f0d9a37
	.quad 0x13a70709795cac9e
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xeada0fc17ef46140, 0xff5a99b811adf066
	.quad 0xafeadd5dc0300000, 0xbffffffeffc00000
	.quad 0x021a2c256c15506c, 0xffc00000a0a06a1a
	.quad 0x6fef08bfa8778cf1, 0x51df4423bd7cfed0
	.quad 0xecd03f67fff5ff77, 0x7cd6dfc240c0119e
	.quad 0x41bf72ac7b247d31, 0xd6bd539c1a7accaa
	.quad 0x1bb9619ede99823e, 0x3fde5cd666ce1b21
	.quad 0x7ef2e6125465ede9, 0x410c00003bedc5cd
	.quad 0x40722d4f63223f08, 0xff800000ffc6786a
	.quad 0x80000000bd2a0000, 0xbf858a5255ce76ae
	.quad 0x0005bac4fbbc7baf, 0xb23a21ceffff8fa9
	.quad 0x0226ccdf687fb9ac, 0xc87fffffc0b00000
	.quad 0xef95304a445aff17, 0x5fc82ac8ffd9fbf6
	.quad 0x20cd96bb01505fc1, 0x7ff8000000000000
	.quad 0xc32b6da080000000, 0x3fdf513ac2d3e14f
	.quad 0xa2204df780000000, 0x800000006e116db7
	.quad 0xbf9e90601869c488, 0xbf9f77ffe6d00d7d
	.quad 0x8000000000000000, 0x4018000000000000
	.quad 0x3fb7aa9cfe04ab20, 0xab15d7372bd3fc00
	.quad 0x72bef142431c0000, 0x406b77dde137bbd7
	.quad 0xbe37ce5780000000, 0xc392690d0694334c
	.quad 0xbfcc000000000000, 0x3f7378540d6a1723
	.quad 0x45a593b3ec57ad09, 0x8007b122995db4af
	.quad 0x4d997833bbe7cd47, 0x4000000000000001
	.quad 0xfd270a4e0af6366b, 0xc031800000000000
	.quad 0x96d1922c03031b5f, 0xd445b05bacb0f450
	.quad 0x000603fbe6facb57, 0xdf1b883705b9f400
	.quad 0x7fd59094ffa92fb1, 0x00000000007fffff
	.quad 0x7d1eca90bffde7b5, 0x0095e15bedd38a0a
	.quad 0xff82e8bbd9fffffe, 0xef276fcfffe13034
	.quad 0xbc1fe1a9cf9edc28, 0x7f602c7be8a50ea9
	.quad 0x800f74b304b5b6b5, 0xba032b557fae949c
seed28:
	.quad 0xc9082f924b774a14
	.quad 0xffffffff80000000
	.quad 0xd7f2f3ddd42b2b3e
	.quad 0xfffffffffffffc53
	.quad 0x0000000000000000
	.quad 0x00309c2123a94830
	.quad 0x3b41c5a8548d636a
	.quad 0x709b5efc5bdefcfd
	.quad 0xfffffffffffffdf4
	.quad 0x000000000000c2a8
	.quad 0x00000000040e4212
	.quad 0xfffffffffffffffd
	.quad 0x00000000000000f9
	.quad 0x0000000000024800
	.quad 0x0f700dc9f2556a3b
	.quad 0x000000e930069800
	.quad 0x06800000
	.quad 0x50000000
	.quad 0x7fffd8ee081febca, 0x87a14e5b7f890302
	.quad 0x4010000000000000, 0x7181a9ddffc5a2d6
	.quad 0x853a1976205b0fb7, 0x4020000000000000
	.quad 0x3a021ed91e8e91c8, 0x7fc000004072d59a
	.quad 0xc9182d3ead8578ae, 0x098a8dcafdcffc2d
	.quad 0x81228ad62b6db811, 0xff9f1b3e003ef4e3
	.quad 0x7f800000c0940000, 0xbfb2bfeb2300898d
	.quad 0x004000008048310c, 0x797a92b0d89cff2c
	.quad 0xbeb0000000000000, 0x36e4bf70c2797c00
	.quad 0xfff521175c9ac7c9, 0x83af47b5b0136806
	.quad 0x3aba8a61ffefff2e, 0x1b193404c7d9fe6d
	.quad 0xff6da05bff800000, 0x802d5153f196e9a6
	.quad 0xefed16ae00000000, 0x8067c3e3ff800000
	.quad 0x2b4679476f64fccd, 0xff3d9988460fbebb
	.quad 0xff8000003c000000, 0xf16d005bf84f79e5
	.quad 0x41200000435efe2d, 0xc0ac00007fb869fc
	.quad 0x6a0bf1c1d78d8200, 0x3fe5d3f931b67ec9
	.quad 0xfffa86eedae7d318, 0x3ff28b8adfd2a671
	.quad 0x7f8000007fc00000, 0x7fa6f99499b8f52b
	.quad 0x40a800009d1f8d35, 0xffd2386b7a9d1465
	.quad 0x00028e05003d4c2a, 0x817fffff93a11216
	.quad 0xfffc1fccbbc22b07, 0xd331dd93fff2c8c0
	.quad 0x986d5b143ef3c7d8, 0x400a5ee7f6952dc1
	.quad 0x800000003ffffffe, 0x40ffffffffffffff
	.quad 0x7f7fffff7e800000, 0x5260ab94da7fffff
	.quad 0x8008858b87173eee, 0x81da3b5a40000000
	.quad 0x54789f1dece24830, 0xc0ce800000000000
	.quad 0x1b48186679644180, 0x7ff0000000000000
	.quad 0x0c6744e3bcefbcff, 0x0d3ed4bda22b18da
	.quad 0x97041170e6eb75ef, 0x0038030b7f800000
	.quad 0xbfbfe7a8444d38cc, 0x845dafd9ff800000
	.quad 0x81894a9996918345, 0x4733793d756f4700
seed29:
	.quad 0xfffffffffffff1c6
	.quad 0x00292a6ed49864ad
	.quad 0x0020000000000001
	.quad 0x0020000000000001
	.quad 0xfffffffffffc2b76
	.quad 0x0000000000000010
	.quad 0xe105e095941451ba
	.quad 0xdce8c411492ab471
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0xe76535f2f1038b3d
	.quad 0xfffffffffffff899
	.quad 0x00000005fb3bd3c6
	.quad 0xfffffffffffffc7f
	.quad 0x0000000003b08689
	.quad 0xc9b531564eaa6e7a
	.quad 0x06c00000
	.quad 0x40000000
	.quad 0xc024000000000000, 0x7fd4bbbaa1e2800f
	.quad 0xbc02f2f68296553c, 0x3fea0a65347616d5
	.quad 0xfff8000000000000, 0xc4582202deffac85
	.quad 0x000000001c0282ee, 0x7fc000007fc00000
	.quad 0xff80000029092894, 0x1d28237a4f78dd67
	.quad 0xa6d1fac29de20000, 0x4330000000000001
	.quad 0xfff0000000000000, 0x1363a5569d6fff91
	.quad 0xc024400000000000, 0x40ff5e76c0c80000
	.quad 0x0063558621b24530, 0x80038ce36d4fec26
	.quad 0xe2d04035a0f9fefe, 0x2a2baf1ebe6dffdf
	.quad 0xe9fa9ef7b6d00000, 0xa881749cf472be0d
	.quad 0x0b63292f346e8834, 0x7d0a88bf1f0b8000
	.quad 0x3ada9cc1a0461e56, 0x4080000000000000
	.quad 0x3bbf9e87bc144180, 0x4363b385c025e49b
	.quad 0xfffa8a9a3ea75339, 0x56d829a4a8fad8af
	.quad 0x404137c6e90675d3, 0x7ff27564adb775b1
	.quad 0xbf000f0a8cf6401b, 0xdf800000bc7c4279
	.quad 0x40780000ff123e3e, 0x40298b0395fec04c
	.quad 0xff8d0ea07fba8110, 0xffdc870c936894f5
	.quad 0x95c39fadff239be7, 0x3ea8b2793e3b99c6
	.quad 0x1c12889629169348, 0x89cec49fe02b7cc5
	.quad 0xfffe9f5da9526250, 0x149f6a25d2fdffdf
	.quad 0x197632930170c8b2, 0x2f3a70aac07facc0
	.quad 0x803627efc2b3039d, 0x0d48347a7fd17c00
	.quad 0xffc000003ae10000, 0xcf00000141200000
	.quad 0xc0495c008df8b7af, 0x9fb8105b5318b121
	.quad 0x3fc0ebf42f97b387, 0x7fa829873da7e43f
	.quad 0x0000000000000001, 0x4060000090463177
	.quad 0x4022000000000000, 0x40d4000041140000
	.quad 0x18a932823dc7feee, 0x7ff0000000000000
	.quad 0x2a3bd1833f9949a4, 0x03aeada2ca1ad666
	.quad 0x7ff71067e4a1c2be, 0x8000000000000000
seed30:
	.quad 0xffffffffffff8955
	.quad 0xae5d07cf70ca2929
	.quad 0x10036b1520ef199e
	.quad 0xbe900be76ce321aa
	.quad 0x00000000000002c4
	.quad 0xffffffff8a61cc45
	.quad 0xffffffa2f6ceb15c
	.quad 0x0000000000000011
	.quad 0x00000000000001aa
	.quad 0x00000237811e16a5
	.quad 0x00000000000001a2
	.quad 0xf2b8ea4376d54077
	.quad 0xfffffffffffffffd
	.quad 0x5fcc9f1032d43885
	.quad 0xffffffffffffff7d
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x0d7126dacd0161dd, 0x7e800000c3a13040
	.quad 0xc01b6b2683f55a4d, 0x0000000000000000
	.quad 0xe7e879b7a9ad7f0c, 0xe600226d877bfc26
	.quad 0xc5e00000ffa6adc4, 0x8f39fb1bb5597a5a
	.quad 0xc012000000000000, 0xffc0000080000000
	.quad 0xbfe0eec047440000, 0x40b8000000000000
	.quad 0x00000000f01ca805, 0x5a7fffff00000000
	.quad 0x7fb41a0000124b6a, 0xa825f950ffffffff
	.quad 0x82d58e25b6a7372a, 0x4684027cffef4820
	.quad 0xbe0bfe43bec3aee3, 0xfeec73c500a18d88
	.quad 0x002dc9867a156d16, 0xaa666c2a80000000
	.quad 0x81ce09f867268e3e, 0xbe57d2883b77fc00
	.quad 0x43a495280066df8b, 0x4f92bb407cecfdcc
	.quad 0x09df659ae6bc7cdb, 0x800000017fcd7dad
	.quad 0xbff0000000000000, 0x8072eefe5cb91389
	.quad 0x7fa0ec55ff800000, 0xc1ae160d4199c0ff
	.quad 0xf4881debc07ffffe, 0xf10d6bb27f800000
	.quad 0xffc00000ffde2c7e, 0x10defaaecdec2664
	.quad 0x2e1d4179ecfe8800, 0x064bc4007c7325f2
	.quad 0xd975be19fe7b777f, 0x17318f1c7f800000
	.quad 0xfffee27513d5eb5b, 0x4259bfa7bda18458
	.quad 0x3f17dafbc0139c2d, 0xfff0000000000000
	.quad 0x26d760a2e9934077, 0x87e26cf3ff8e463d
	.quad 0x794fac3fffc00000, 0x800c2a535ffb9267
	.quad 0x000000003c46f757, 0xc018000000000000
	.quad 0xf0d4b6780d0aa444, 0xbf8c2c097f2fbfed
	.quad 0x43d6047e4002fd19, 0x46a33c29beecbe29
	.quad 0x403f3be2ae7af9ef, 0x8dd4fee83be50015
	.quad 0x4335afdd7fc00000, 0xcc0d8f800a1451ae
	.quad 0x7da7c32d5a1c7338, 0xe20aa519a0a6acef
	.quad 0x7da5b49a0eefa099, 0xadf293b6cffc4800
	.quad 0xdf7fffffc0700000, 0x3fb000009a529b97
seed31:
	.quad 0xdf902466b7ca3175
	.quad 0x000000000010a9ff
	.quad 0xc74a6dcb3746f9e0
	.quad 0xe91d9c81f86ee275
	.quad 0x000000000000002c
	.quad 0xfffffffffffffbed
	.quad 0x00024f602dee0e70
	.quad 0x7fffffffffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000206
	.quad 0x7ad69cf72f2d820d
	.quad 0xfffffffffffffc1d
	.quad 0x0a8d814ac1f3c3d1
	.quad 0xfffff7030d389fc3
	.quad 0xffffffffffffff28
	.quad 0x00000000000b9236
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0xda00000040e80000, 0x00000000006816c5
	.quad 0xe27870c6fff7fd99, 0x7ff0000000000000
	.quad 0xecd7e26a7efbd7ae, 0xff8000007f800000
	.quad 0x7f98696b5cd09027, 0x2a34fbbfe1e68000
	.quad 0x375d0fa0bffd45ab, 0xb5fd4d607259fc00
	.quad 0xbf8000003778aec7, 0x00000000d45e50c6
	.quad 0x7ff0000000000000, 0x3f60000000000000
	.quad 0x6d596de649da261b, 0x0411c62affffa0e1
	.quad 0x02eb7b32e97fdaa9, 0xbfbcc8f9c8770357
	.quad 0xc3f5288923489ed7, 0xb89ab465d5979f6b
	.quad 0xb3f50b649b745171, 0x40e49f2ddb19e6c0
	.quad 0xccd36aa265ea7c00, 0x8152f2a390046b30
	.quad 0x7f800000ffa20d35, 0x7ff3b22549d563fb
	.quad 0xfffaf63c7dbe7e74, 0xff22f5dc7f83b206
	.quad 0x7f800000c1660000, 0xdb1a692a556bb9c0
	.quad 0xdd2440ff59ed3166, 0x773171b13ac00000
	.quad 0x7ed4fb56662e4305, 0x405f800000000000
	.quad 0xc033e1f1a5ce14cd, 0x7f8000003d633ce4
	.quad 0xc27c428f7f8112d6, 0x42137d4741f06aee
	.quad 0xbeef036186d8b82e, 0xbffffffffffffffe
	.quad 0x000000005f449625, 0x7efffffffe0d69cf
	.quad 0xf8713dbedfc28001, 0xffbd8ff55a7fffff
	.quad 0xc0100000bef44c21, 0xdf0b1a3694e7fc00
	.quad 0xb3dad7f02b21fbee, 0xa83a8f4591c12a56
	.quad 0xaa111394e57a3c31, 0x000000007f7fffff
	.quad 0x134f9f063177e4e4, 0x40e6c832ef851e2f
	.quad 0x7ff8000000000000, 0x7f800000722d5984
	.quad 0x19eaa509c41bb37c, 0xa515bd86470dc952
	.quad 0x38f00000017fffff, 0xc9ea1331fffe85dd
	.quad 0x00000000c049fc8f, 0xc5f6a2ecd2feb5d1
	.quad 0x3c02a9cf6d61150f, 0x00f944f6db53c6af
	.quad 0x41140000fee11290, 0xfff0000000000000
seed32:
	.quad 0x7d6ce30893439f69
	.quad 0xf2a6cd0c57f9381c
	.quad 0xfffffffffffff6f5
	.quad 0xbdaa7063c9f11ad9
	.quad 0x4ed13589107407af
	.quad 0xfffffffffffffe40
	.quad 0x30600fa292850b4c
	.quad 0x0000000001000001
	.quad 0x01741363e684c44b
	.quad 0xfffffffffffff95d
	.quad 0xbedc1434cd14474f
	.quad 0xfcb56dc35a27a840
	.quad 0x58dbc5275e30d9dd
	.quad 0xffffffe169f896ee
	.quad 0x0000000001000001
	.quad 0xced8152bcfc20c38
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xcbde5c27b1fc7fff, 0x40775896d8cce3b7
	.quad 0x8c4beca6bdf5fab9, 0x9a76940241a25656
	.quad 0x822e120bca71d5f1, 0xc159e3019d08cf04
	.quad 0xf594b5cd7fbfbb1f, 0xf35b5c4eff800000
	.quad 0x4702b92dffc00000, 0xf848551aa34c540d
	.quad 0xbfa00000ff800000, 0x405d70f3ff492af3
	.quad 0x90406c97b9ed84a4, 0x7f71f17ce6024fee
	.quad 0x3f8000007fc00000, 0xc051422cbe6ef58b
	.quad 0xffaad57541000000, 0xc2e1246c3f6b9dad
	.quad 0xa2c6d7d63b6b51a9, 0x8000000000000000
	.quad 0x63d288f7bd77ff5d, 0xc016000000000000
	.quad 0x8a428f005fb0a901, 0xffc0000019d1d562
	.quad 0x14a16f75e9490000, 0x34d98df5d8197bce
	.quad 0x401c000000000000, 0x401e000000000000
	.quad 0x350ea48dd9fdfe58, 0x7ec02a40cd2465e2
	.quad 0xd7f93e386b9ffd94, 0x801a262596124c5b
	.quad 0x41880000c3292278, 0x41effffffffffffe
	.quad 0x2c2ade72ffc7fffd, 0x8f3d1f93fd2f7e6a
	.quad 0x000130eb0212e6fe, 0x36bc2bc123c5b873
	.quad 0x000000007914b896, 0x22fe33c1be6fff00
	.quad 0x6edf35ba9d6cb539, 0xffefffffffffffff
	.quad 0x9e3dac97fdd35e09, 0xff800000922d591c
	.quad 0x7fc90ee8993c0673, 0x444c1e13ff7fd54e
	.quad 0xad220416bcd38262, 0xfff8000000000000
	.quad 0x7f8000000206ad0a, 0x926c08cfcf7ffffe
	.quad 0xe661debdc159ef60, 0x3183a52effeb77f0
	.quad 0xfff0000000000000, 0xffc0000040b00000
	.quad 0xfeb530e9835498db, 0xc000000000000000
	.quad 0x3f33b226c0487486, 0x1e03c0f57c7dfea5
	.quad 0x34cd6150fe7fffff, 0x7ff6b021c38875f4
	.quad 0x3d362aef7fbab59f, 0x7ea27c7f9f075cca
	.quad 0xb7300000ffbc0841, 0x8000000000000000
seed33:
	.quad 0x1d0ecc5ad11ac139
	.quad 0x00000000000c615f
	.quad 0x45aa541b1a081ab0
	.quad 0xe595fc49083ef278
	.quad 0x5151304822054b1a
	.quad 0xfffffffffffffef9
	.quad 0xfffffffffff9a190
	.quad 0xffffffff07a24cc9
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffc1d
	.quad 0xffffffffffffffba
	.quad 0xfffffffffffffc9d
	.quad 0xa3af32d8ee243639
	.quad 0x8000000000000000
	.quad 0xff9de3ba07115264
	.quad 0x0000000000000000
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x5d8cf7a8f7f71524, 0xc3effffffffffffe
	.quad 0x87a84832f7e7fc6f, 0x4000000000000000
	.quad 0xde1833a07fddcfb5, 0x9a02c26481c9839a
	.quad 0x6cebd635f8cbdb3f, 0xffe114c8d7447571
	.quad 0x05fe6bc996ae2259, 0x5d3f5f5e016edcd6
	.quad 0xc006000000000000, 0x276327330dba3d5e
	.quad 0xd3c2c43cbdeffb80, 0x7f9e3dacbbd23ca8
	.quad 0xc42fffffffffffff, 0xc98281317fe64428
	.quad 0xc61bbd1fbd059ff1, 0x745b80526aadd100
	.quad 0x3f34800bfbf9ced3, 0x4df566b76725a5db
	.quad 0x88550d38839680bf, 0x1b190fdda9ac79f7
	.quad 0xffaa74d83f140000, 0xc023000000000000
	.quad 0x435661b2bfbfd6c6, 0x3fd6e7863d228a01
	.quad 0x80127b60d12b9c19, 0x3fec41b800000000
	.quad 0x02db25bdffefbfd9, 0x1294847fff800000
	.quad 0x9ed327acdb13fa3c, 0x934afc71e667bc00
	.quad 0x80000000c2f2644d, 0x182a5d047fc00000
	.quad 0xc16c61fbd9ffffff, 0x3960bed9ff2be295
	.quad 0x16bd3bdd33398ba0, 0x8270bdfb31d3a243
	.quad 0x0079d1a77faa8395, 0x7bff2cceff86ef3a
	.quad 0x716e0b35f652197b, 0xef002c1d7fb4055d
	.quad 0xf2080bd07b99d7fa, 0x3f15e0f8cfbfc570
	.quad 0xfff0000000000000, 0xfff2307e84d475ca
	.quad 0x80000001b8ca7163, 0x7f0d91ddff800000
	.quad 0xba43a5ab4447b793, 0x7e42b783dd41e40b
	.quad 0x410c000000000000, 0x6e572e9554c68643
	.quad 0xc8a1705e74ce7edb, 0x3fc53bd0bb07b6c5
	.quad 0xc3000b8ac11c0000, 0xeed94b76feff7fdf
	.quad 0x6c4ffc2eff843ca7, 0x4095000000000000
	.quad 0xfff8000000000000, 0xfd239fe3277beed6
	.quad 0x5b22fa2ddfea7f7a, 0xf9b3e328bcad1ef5
	.quad 0x7ae4b0445fffc77b, 0xfeed1a9ddfb849b4
seed34:
	.quad 0xe2959162201905c2
	.quad 0xfffffffffffffc7a
	.quad 0xfea6d321a61fc86b
	.quad 0x0030542b9653109a
	.quad 0x2b96df4ffcd3a6e0
	.quad 0x86eca42a7cc0d32f
	.quad 0x0000000001000001
	.quad 0x4aee0d7a281893e9
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x0000000100000000
	.quad 0xc85a31887b235a7b
	.quad 0xa07d0cca3a39ae32
	.quad 0xffffffff80000000
	.quad 0xff26d34d2ed8ce05
	.quad 0xfdbecbab365326bd
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0xe3b196305a33ab14, 0x3ecfecaa807d134b
	.quad 0xbf8da23b51da03bb, 0xc3ccae170192b302
	.quad 0xc040000000134a28, 0xcffffffefeffffff
	.quad 0x80000000c1040000, 0x001710127316dd3d
	.quad 0x3f82c3fb3d118b69, 0x3b420122863cfe00
	.quad 0x3f00000000000000, 0xc34ffffffffffffe
	.quad 0xa139d1b3da0c1905, 0xffe7cc34fea4cf98
	.quad 0x482344b77fa2c8c0, 0xbfceb8f153f68a5d
	.quad 0x52028c3cf7effc6d, 0x3a9120bd80363ab7
	.quad 0x7ff0000000000000, 0xda50a0091c50062c
	.quad 0x0000000000000000, 0x47cd644fff1dffb9
	.quad 0xfff04c162595db76, 0x54645c8dffdf6bbb
	.quad 0x3fe974c59c845dd0, 0xe1a0c520d570e13a
	.quad 0x0000000000000000, 0x4340000000000001
	.quad 0xb9d26c63c8527c00, 0x000c7d2bb0b459b7
	.quad 0xbd7a16f2774e7590, 0x210a375b45532019
	.quad 0x7ff0e19cf6330065, 0xfe4894843c948e55
	.quad 0x8040b0e97fb36ddd, 0x807246291af990b0
	.quad 0x7ff0000000000000, 0xbff4000000000000
	.quad 0x3feb81aa00be054b, 0x27ce414c0a838000
	.quad 0xc014000000000000, 0x7f6719fd82709533
	.quad 0x3fcc23a901a244c0, 0xc7000000ff895075
	.quad 0xc6036513ffaffff1, 0xfff0000000000000
	.quad 0xdea277a5aefdbbcf, 0xc024065cff017ab0
	.quad 0x00534471c0080000, 0x23f355fcc167e7c1
	.quad 0xfff8000000000000, 0xacafd3f8bfbe7e79
	.quad 0xffc000003e1a8000, 0xffae0f4a6ee7bc42
	.quad 0xef7c42b87feefce1, 0xfec5d3ee011629b2
	.quad 0x4e23ed0ee796cf72, 0x10def3d1fb5dff8b
	.quad 0xa2960d757ffbda7d, 0xad3e978380000000
	.quad 0x3fbca377985f2b2e, 0x974b793a7bfffffe
	.quad 0xcdf49d451290c000, 0xcf7ffffe3bc4e4cf
seed35:
	.quad 0x3bd207e88525979c
	.quad 0x0000000000c38c23
	.quad 0x3744b8b0fc552f9d
	.quad 0xaed56f8d13bda74b
	.quad 0x0000000000000000
	.quad 0xf44959e9cc306ed8
	.quad 0x000fa64d22fec928
	.quad 0x00000000000003dc
	.quad 0x00000002fe60a28e
	.quad 0x0000000000000033
	.quad 0xfffffffffffffd4d
	.quad 0x0000000000004348
	.quad 0x416ad1ddba8bbd02
	.quad 0xffffffffffffffff
	.quad 0x10a9785466a492cb
	.quad 0xffffffffff43d4d3
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xff800000c24c6258, 0xbff0000000000000
	.quad 0xe7d1d007ffffadc6, 0x808b1b4cf01a590c
	.quad 0xf97a6b6267747c00, 0x44c2bda128b9674f
	.quad 0x7ff0000000000000, 0xf01f16c7fdbf3c2f
	.quad 0xc000000000000001, 0xc01f000000000000
	.quad 0x801e0a22b5ab4ec3, 0xcefa8a5effbe7eff
	.quad 0xbef696b718ea4cfb, 0x3f80000000000000
	.quad 0x68d8b135f5f61ca2, 0x59ffffff7f9758ab
	.quad 0x753a6fc64a7baead, 0x7ff8000000000000
	.quad 0xbe6f13d980800000, 0xf7f90622dbc669dc
	.quad 0x000ed875ffbe46ec, 0xc02153c1bd599a0d
	.quad 0x3bc1a1aa7fc00000, 0xff8ae4ea7fb65eef
	.quad 0x7fe1f5067e800000, 0x3fa6ba01b246d070
	.quad 0x7ff2d77b4036251a, 0x40d6774343424b56
	.quad 0x6fcb0f1828ba82d7, 0x6ddc088abc0ed82c
	.quad 0x0000000000000000, 0x53e5a93f802f89d5
	.quad 0x5f800000457b0000, 0x98e4261080000000
	.quad 0xbf800000c2de59eb, 0xbff94ca5b21d7c00
	.quad 0x80061f10a5950478, 0xff80000040780000
	.quad 0xfff0b0cb55522cb1, 0xc07e126430cc819a
	.quad 0xffd0000000000000, 0xc01ff68c78ad8ced
	.quad 0x8000000000000000, 0xc1e893c388e4b333
	.quad 0xbfe8000000000000, 0x81c2b926b81f0645
	.quad 0x7c5395be00000000, 0x7e5b58a568f67dff
	.quad 0x8000000000000000, 0xfd311f6b547ffffe
	.quad 0x00171b7fd05134c2, 0x8051a824c0000000
	.quad 0x8000000000000000, 0xbbd0a0a87e68df72
	.quad 0xbb538ad216bc004d, 0x013e5263c0e00000
	.quad 0x3f75fc394ebcb1fe, 0x3dd8fcd480000000
	.quad 0x00000000c0d40000, 0xda9932283bf2fef6
	.quad 0x80000000007fffff, 0x7e3f4eb7f941122f
	.quad 0x03bdb1e6fb6aebae, 0xcf000000725c08b7
seed36:
	.quad 0x0000005fe8387a1d
	.quad 0xffffff0767302613
	.quad 0x8000000000000000
	.quad 0xcfbee6305f521574
	.quad 0xfffffffffffffcb2
	.quad 0xffffffff8bb6bff7
	.quad 0x0000000000000328
	.quad 0x0000000000000315
	.quad 0x000000000000018d
	.quad 0xfffffffef6e12c07
	.quad 0xbd0e47761cbc4d65
	.quad 0x00000000000003ba
	.quad 0x2fbdb8bfb7b567bf
	.quad 0x1d632cde3e12d8e7
	.quad 0xfffffffffffffffa
	.quad 0xfffffffff4b07c88
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xc1160000ffc00000, 0x911a4250bd267d83
	.quad 0x9c4bd4837fe7befd, 0x80427ecb9260d12e
	.quad 0xc09340868041a516, 0xcecb948ff3fbe9e2
	.quad 0x8000000000000001, 0x9585c4a2f5bab50d
	.quad 0x4029dcd4d0e63b41, 0xbfe125bfabd01fdb
	.quad 0x7ff0000000000000, 0xe5603109dfefe55e
	.quad 0xfff8000000000000, 0x522448c2c29d3ea2
	.quad 0xf59fefa4eda90500, 0xb5a78a6af9417bff
	.quad 0x3e03ec09e07bf6da, 0x3ed72b56d9657e00
	.quad 0x0020000000000000, 0xb26a5847880b0897
	.quad 0x4024000000000000, 0xff800000477fffff
	.quad 0x82f3ec4b50c9310f, 0xe3f16d82ff9f7980
	.quad 0x3f87d2bddabbff45, 0xffbacabbffa82d0f
	.quad 0xb83c2e423ea83a5e, 0x7f8000003f86710f
	.quad 0xc0f1ecea42b24a80, 0x7ff027aad330794f
	.quad 0xfff36a94ce11a06e, 0x3f769dda5d3491fc
	.quad 0x4e24bd4d0118b96a, 0x4098000000400000
	.quad 0x7fff0ebc738511c4, 0x0c8d241efe95c4f1
	.quad 0x007fd67430ee5720, 0xc011800000000000
	.quad 0x4440546e7fdb5d1b, 0x800444886ad7dc1b
	.quad 0x00000000ffc3119b, 0xc0f9800000000000
	.quad 0x24439c67effff77d, 0x01594aadfd0cfc05
	.quad 0xc0ba444a4e155988, 0xb806b2d043dfffff
	.quad 0x6e73301b80398034, 0x3c7d9d31536dfdaf
	.quad 0x00000000be000000, 0xe4d157c13d688525
	.quad 0x47b593dc7fa8f818, 0x88fa5c5ec7f7c903
	.quad 0x4049ff26d953afc7, 0xd83f4726bace28a1
	.quad 0x814a296cc3d0212f, 0x04821d36edc655b8
	.quad 0xc3d095bd80000000, 0x4042cfedc6b233ec
	.quad 0xc0832f11ff0d5c0b, 0x0028d8acdbffffff
	.quad 0xda00000004414a76, 0x013e37c93c9c0000
	.quad 0x98ec17d5695e335a, 0x7ff8000000000000
seed37:
	.quad 0xfffffffffffff0ab
	.quad 0xc4b7a9e7e3b3069a
	.quad 0x000016d9a1b93961
	.quad 0xbf13613778ec00d6
	.quad 0x00000000000002f8
	.quad 0x00000c0b8fa2e4ad
	.quad 0xd190664469cf2baa
	.quad 0xfffffffffffffdf8
	.quad 0xfffffffff91ac235
	.quad 0x0000000000000010
	.quad 0xaefb51c61b31c249
	.quad 0x1dc67bbd002551ab
	.quad 0xba7f8c824661e4f8
	.quad 0x7fffffffffffffff
	.quad 0xffe0d920a08c994e
	.quad 0x534129fe6eeaacbd
	.quad 0x00000000
	.quad 0x90000000
	.quad 0xffd1f21a3b177179, 0xfff0000000000000
	.quad 0x6592f1b0ff977c65, 0xe46d5f557f8d798e
	.quad 0x366755be93bd0000, 0x6e8af54bbdabfea8
	.quad 0x6475648b0e9d0595, 0xb9c00000d107e556
	.quad 0xc0900000007451db, 0xdb2cb3a1fff979ae
	.quad 0x513d2c86d5ab794a, 0xff5f4263c71632c9
	.quad 0x7f8000007fcf5a3e, 0x81831288096a8bff
	.quad 0x7ffca9d8c0ac0000, 0x99e5078501631f49
	.quad 0x7f800000ff800000, 0x4024000000000000
	.quad 0x807fffffb6100000, 0xfeffffff5f000000
	.quad 0xc7be70b381000000, 0x00000000f9764078
	.quad 0x12d670eb410a0000, 0xff8000007720af7e
	.quad 0x7fda0c7c15ad3e18, 0xa469d1a320eb3cde
	.quad 0x291cce0cfbffffff, 0x7fa54fefff800000
	.quad 0x800e45f8cddb46cd, 0xa5afa526ffc08f00
	.quad 0x76deefd57fffffff, 0x3fb61fc75f9b1cca
	.quad 0xfff8000000000000, 0xbd22fc01b5bfb919
	.quad 0xe57db8a047000001, 0x52cf3b29f2c19304
	.quad 0x0000000080000000, 0x002d93607940c1d8
	.quad 0x2299a9fb625bbfef, 0xbd5fe280005a442f
	.quad 0x7ffe51fe582798f9, 0xff3430ba4106b15b
	.quad 0x3fd98714ff597e00, 0x204b8e2adbe0d6f9
	.quad 0x17e46f7e802cffe8, 0x81000000c1d3029a
	.quad 0x41e0000000000001, 0xbd36ae87804d9f7d
	.quad 0xfe01c3e4fedca036, 0x96a4d3ddbf9ed34a
	.quad 0x14b80822c8840000, 0xbea76528f332189e
	.quad 0xd0a6ba23d30fb332, 0xd9e708f3f9f781b7
	.quad 0x068f5b8bfbd9063e, 0xfcdf408541040000
	.quad 0x98a3eb85a1592d2a, 0xfeffffffcf6f3db7
	.quad 0x00dd14eb49381113, 0xbf9144a3dc2f15db
	.quad 0x4020800000000000, 0x7ba0eb1821be0000
	.quad 0xffd663544f800000, 0x147dbea4d5fde2b2
seed38:
	.quad 0xfffffffecb4fa74e
	.quad 0x0000000000000140
	.quad 0x000000007fffffff
	.quad 0x00000000000002e5
	.quad 0x000149922db67f5e
	.quad 0x006e370218b3d141
	.quad 0xffffffffffffffff
	.quad 0xffff03146a99af9b
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe51
	.quad 0xc89c7cc969ed92d4
	.quad 0xf087bb8190cb0643
	.quad 0xec83ffa738cca82f
	.quad 0x0000000047e44e97
	.quad 0xffd5bb82a916cdcb
	.quad 0x000000007fffffff
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0xb7cb58ede7fffffe, 0x0000000000000000
	.quad 0x7ff81e18bdfbbd84, 0xc7176d887ff0fe00
	.quad 0x80219b9301c111e3, 0x7fe0000000000000
	.quad 0x800fffffffffffff, 0x4079074782904220
	.quad 0x4005000000000000, 0xfff8000000000000
	.quad 0xffe0000000000000, 0x6a6d0c0b1ff7bbab
	.quad 0xf21ece67b6155cfd, 0x78f7c824c75dfdea
	.quad 0xc0074333b8a7cd44, 0xc0e483f232fa6f2b
	.quad 0x006c772e38a88000, 0x7ffc0306250136eb
	.quad 0x7f80000000000000, 0x801fffffffffffff
	.quad 0xfb785385020309af, 0xbfe00000ff8ef470
	.quad 0x0000000000000000, 0xffa3e99940400000
	.quad 0x864b0981c5f8fd78, 0xd71d8b93ffb27a52
	.quad 0x8cbf265fff840001, 0x0000000001000000
	.quad 0x000000003f800000, 0xc0ae5e9fff8cfcec
	.quad 0x4120000000000000, 0x8c9010e95bbfdbea
	.quad 0xc00ffffffffffffe, 0x3e3a99c816926481
	.quad 0x4070bd2ed07ba594, 0xe9d355f6c6ca9836
	.quad 0x270374b3e4ff8000, 0x500dd45670e5a8ff
	.quad 0xffdf4be2fdf76b58, 0x82fb944c5a000001
	.quad 0x407f894a917f3519, 0x80ffffff80ffffff
	.quad 0x7ec04db606a1dbf5, 0x071c76dbf2c3fc51
	.quad 0xfff8000000000000, 0x0d0263465c08d0b3
	.quad 0x36fad9f0d3a77c00, 0x7960c38c7f8ffdf7
	.quad 0xfff1277a4fd2d900, 0x3f7ec7c95235363d
	.quad 0x6d01cffa2fe63e00, 0xffc000007f800000
	.quad 0xc08e000000000000, 0xfa6af01b3f3ab5ff
	.quad 0x4700000127a44162, 0x7fe36dd050ddcbf1
	.quad 0xfff0000000000000, 0x3cb800007f800000
	.quad 0x8b8c6cc3ed3bc13d, 0x3fe39c770480bc33
	.quad 0xddf6716cef73bfff, 0xffe1a8d70016d3d9
	.quad 0x7ff3d9cb6c1d8aa6, 0x62f386c31db8f55e
seed39:
	.quad 0xea873242933d871b
	.quad 0xfffc23d49c4a9a8c
	.quad 0x0000000000000275
	.quad 0x00000000000001c5
	.quad 0xfffffff14cde36c1
	.quad 0x0000000000000224
	.quad 0x8000000000000000
	.quad 0xf36a970c8bd245ec
	.quad 0xf326574345b97290
	.quad 0x00000000ffffffff
	.quad 0x00000000000003ce
	.quad 0xca6fa02e74c392f3
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0xfffffb1e9351732d
	.quad 0x0000000080000000
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0x3fc86908cc109ea4, 0x3f828cbe45764c80
	.quad 0x8010000000000000, 0x346603a2df49a1df
	.quad 0xf38253adffeeca88, 0xc060000000000000
	.quad 0xba48c7c57f800000, 0x5f000000ff800000
	.quad 0x3bcd64d486c77dc4, 0x1bcb0c78886884ac
	.quad 0xc3fffffffffffffe, 0xffc0000048680000
	.quad 0x10ae72297bceff54, 0xbfeaee20297e85ff
	.quad 0x43d41a5eff800000, 0xffa4384ebdb8cfeb
	.quad 0xbfffffffffc977b2, 0x7ff8000000000000
	.quad 0x3cf20ca13e92e28a, 0x434ffffffffffffe
	.quad 0x3e137489fff7f980, 0x7f24aa973b760713
	.quad 0xffac3e228a1e3a97, 0xbfb62709002ea449
	.quad 0x7efd55fc0c014f48, 0xbf80000040e29bd8
	.quad 0xbfd36a8be2317e5d, 0xbe7948e87a227e00
	.quad 0x4040d1cd9f270136, 0xed65d152fafff859
	.quad 0x4b02cf6df0a37cf2, 0xa05369b43b957908
	.quad 0x433f44df6bf77fff, 0xc90ea6ed7de9bfb6
	.quad 0xf71d30ef4888a53b, 0x7ea66e7b7fd20700
	.quad 0x4aa5ff90e73bebef, 0x832fe2cc5d8b017e
	.quad 0xbf9ec7cb2222f256, 0x4050a6fb51bb64b7
	.quad 0xc0980000c2c7275e, 0xffff303049102476
	.quad 0xe4a59bc2342d8400, 0xfff0000000000000
	.quad 0xc8200000bffffffe, 0xff3a852006174a2f
	.quad 0x5b9cf3faeffdfdfe, 0x44c69bd8a5a55fe0
	.quad 0x3eacebf97eafebf1, 0xff8000007f82dc4a
	.quad 0x1774faec00000000, 0xfe46ea170ca21c6b
	.quad 0x807ca1af19c8c8a0, 0x7b7ec99e96a7c7bf
	.quad 0x00000000f0e93cc9, 0x9d9a4966fddfdff6
	.quad 0x8d025a387b7bdcfb, 0xe6b11c6effb597ef
	.quad 0x0b36848eb9b4be7c, 0x71a4f134c8e90000
	.quad 0xe1f5249c990d9d62, 0x7f8883ff3e631c0b
	.quad 0x7fe6427e3ce490f6, 0x0019d3147fc00000
seed40:
	.quad 0x16e2a90f241fa75b
	.quad 0xffffffff42ca168a
	.quad 0xffffffffffffff87
	.quad 0x00000000000001bc
	.quad 0xffffffffffffffdc
	.quad 0x0000000000000264
	.quad 0x000000000000003e
	.quad 0x00000000000005d1
	.quad 0xfffffffffffffcbc
	.quad 0x3bbad64a913e84e4
	.quad 0xfffff7d23971de0a
	.quad 0x3a2236dac18c0020
	.quad 0x84c4529b2aaa172f
	.quad 0xffffffffffffffb8
	.quad 0x00000000005515ed
	.quad 0x5912ddbffc3e9d02
	.quad 0x05400000
	.quad 0x50000000
	.quad 0x478000005a000001, 0x76ae4d67ffe40937
	.quad 0x080e51a6bc5bdad6, 0xb37009329b490e9d
	.quad 0x40c80000fe800000, 0x5ca7ad6c2e0a72a4
	.quad 0x800cd2af00000000, 0xe57665d9ffe57fef
	.quad 0xeda9c2e3218d8000, 0x937573e1ec54fc00
	.quad 0xf5cc56b8ffc00000, 0x35800000dfffffff
	.quad 0x80483a9a004b04e6, 0xea9507ba767fbdc2
	.quad 0x400ffffffffffffe, 0x400980895c46cf0d
	.quad 0x80000000024234ff, 0xc0600000ffa5e2a7
	.quad 0xff800000c2745250, 0x1703efcd807fffff
	.quad 0xfff1e1482c144997, 0xf134dd18d4f9fd66
	.quad 0x8ef16a93524687aa, 0xf90480ab7ff4ffff
	.quad 0xbf696f54192865ef, 0xdf31bc44af0da77c
	.quad 0xc3e95ed9ff3cfa88, 0xbcf0f98d40b42b7e
	.quad 0xfffdc0e9ff802b1b, 0x5a150755ff86ff80
	.quad 0x01bc61d48030e009, 0xd6237e6daa460070
	.quad 0x7fc8aa2b7f800000, 0x825cb8c3e4ffdf6e
	.quad 0x0c176033a84a3365, 0xc020000015b5b36a
	.quad 0x7ff7a43318d5cd84, 0xbef7d5901e5070cc
	.quad 0x40548d26e988ac75, 0x00096b203a175fcf
	.quad 0x3f01f5093d6638f0, 0x3f3c0d841c64a084
	.quad 0x71672997ec3c4743, 0x369d741ccf8b9248
	.quad 0x7f7fffffdb9bffa4, 0x000269e3e36283a0
	.quad 0x7f574f1c154b86d9, 0x78e4a8dcff5d7e5f
	.quad 0x801fffffffffffff, 0x517cba9bbe8a3606
	.quad 0x80b078897dca7e00, 0x411400003c42ecf3
	.quad 0x934b80eaf46a4200, 0x7ff74c8421e579ff
	.quad 0xedd71248f562076c, 0x7f8000007fc00000
	.quad 0x3fe5fc658d93bdef, 0x9d5d91fc70aac3c0
	.quad 0xb0b086ed2656f7ff, 0xc752a7e73fadfd4f
	.quad 0x0000000000000000, 0x7ecf4192fd738ac0
	.quad 0x0052fc5280000000, 0xed5516c11e7d0562
seed41:
	.quad 0x00000000000003a8
	.quad 0xfffffffffffffc2e
	.quad 0x5fed811bff938d3e
	.quad 0x0001428b04d5e6b2
	.quad 0x80c6008847175013
	.quad 0x000000000000014a
	.quad 0x3d75321eba156b42
	.quad 0x76008e16cde17158
	.quad 0x0000000000000032
	.quad 0xffffffffff6b7974
	.quad 0xd478669adc533a67
	.quad 0xffffffffffffffff
	.quad 0x0000000000000124
	.quad 0x7f9b0641c29cad63
	.quad 0xecaa8049c11c4d39
	.quad 0xffffff6927bb7067
	.quad 0x00400000
	.quad 0x60000000
	.quad 0x9bc9f1257fb26105, 0x8057986f40550291
	.quad 0xeec71fb2fff7c51d, 0xc0c8600000000000
	.quad 0x017fffff418a7838, 0xd082504affc7c580
	.quad 0x8000000000000000, 0x8c10d0196c378b5d
	.quad 0x00e79e4447ffffff, 0xbccca7c98085b996
	.quad 0x3fd0000000000000, 0x7fbe5652ffc00000
	.quad 0xfffedbe52e0cdd49, 0xc0f78b4ede3d579b
	.quad 0xfdda20d1f8922778, 0x000fd1ac703b8c71
	.quad 0xc215530ecfdf1050, 0xfb81fc4a1b6a7400
	.quad 0xc00b800000000000, 0xb4cba55bb608a0ed
	.quad 0x82d1c6a5c1513d51, 0x954acf0680a87565
	.quad 0x7fd6f23e458d2c11, 0x4080490affbda940
	.quad 0xbfdb37ada5be97be, 0x3f95800000000000
	.quad 0xbf6e34107f9a484e, 0x000fffffffffffff
	.quad 0xf671a1711fc3a0d6, 0x82fb8072c41b4158
	.quad 0x6df51cd0b8cc3794, 0x4bd2e8b404178001
	.quad 0xc09114b47ed2265c, 0x7e0a6cb4f7a353ba
	.quad 0xac9b16be1119b6bc, 0x7fc0000080000000
	.quad 0x40080000be5ae03e, 0x517919276ca42122
	.quad 0x69fb2415ff39dafd, 0x434f284f01738fb2
	.quad 0xc556891d0b97f503, 0xc63000004f800000
	.quad 0x5a7665d8613b0b23, 0x407685cae5abd126
	.quad 0x36af3355ffc84566, 0x7ff2e5f163874649
	.quad 0xb7ada71a7ffeffe2, 0x75a9e8a630468000
	.quad 0xbfb34546e79ce510, 0xc0f1200000000000
	.quad 0x0ec83a61cd2b81af, 0xfff16135cc100064
	.quad 0x631f04f97ff97bda, 0xa566ef7eff98035b
	.quad 0xfffd2418cc0e6a0a, 0xbfafad7a5055dbeb
	.quad 0x7da4eb13264b550e, 0x4db08f9a5946fa04
	.quad 0x7ec6ed94a40e7d4b, 0x3fc350e855204b0e
	.quad 0xc3e0000000000000, 0x004af3817f800000
	.quad 0x404c94b7b458b149, 0x3c717d397fc00000
seed42:
	.quad 0x3b616111135ee55c
	.quad 0x0000000000034440
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x6bc6db557d39b888
	.quad 0xfffffffffffffdfc
	.quad 0x0000000000000338
	.quad 0xe226e6402d47ff6b
	.quad 0x6cbdbb7e487f1f49
	.quad 0xfffffffff4e68a99
	.quad 0x000036454f7eea80
	.quad 0x67de6c44bcc23c33
	.quad 0x00000000000002a9
	.quad 0xffffffff80000000
	.quad 0x5dd784f87c95ab9e
	.quad 0xfffffffffffffc60
	.quad 0x02c00000
	.quad 0xd0000000
	.quad 0x862542048b3cd344, 0x00074da780000000
	.quad 0x4136700000000000, 0x634cedf77d0e3b02
	.quad 0x7578b048ef372475, 0xef8f5639ef65a803
	.quad 0xbf8bc982bd259c66, 0xbfa4f1f974dc3710
	.quad 0x7ff5434734b69bdd, 0x7fbc27336baf7206
	.quad 0x7f59d7efd1bd4bce, 0x800fb70a157eba61
	.quad 0x01154af500000000, 0x5831794aad768a47
	.quad 0xcff72524d69aa000, 0x95a08d717d4795f9
	.quad 0x43fffffffffffffe, 0x7f8a33a5add1d29c
	.quad 0xc2c00000c0480000, 0x0ae52ad4513d8001
	.quad 0x405abd37472297fb, 0x61b9d93c0dbc2fdf
	.quad 0xc0489626699d450c, 0x372c0000c0700000
	.quad 0xfff5c0ee7fb5fe67, 0x7fc6e62aceb246b9
	.quad 0x0c0a28fe7f7fffff, 0x404c5265754e7ded
	.quad 0x7f1cf2336bdc30f2, 0x3125c65ddfffffff
	.quad 0xbb1bc095fbefffdf, 0xc52f3884db0b8000
	.quad 0x8002bd85372ae217, 0xfe9b01563c458107
	.quad 0x7fdc5f3819d5c131, 0xff7fffffbc600000
	.quad 0x0b442c6b47000000, 0x7f8e7686ff9463ea
	.quad 0x8ea3c4f73fb67dba, 0x3ffc800000000000
	.quad 0x7fc000007f4d97c2, 0xffd0000000000000
	.quad 0x7a6930c7aafdbfcf, 0x80c81b7d2982102d
	.quad 0x8491f2b700400000, 0x4378c0ebc0600000
	.quad 0x2708a6509f5f5ff0, 0x00db0645ffc00000
	.quad 0x0b4cf2f801de79fd, 0xfff231ea26bd6af4
	.quad 0xffa10a3f88d49c52, 0xe08a0877bfbffdac
	.quad 0xc10c0000c1dc2e1e, 0x800000007fa88281
	.quad 0x98b1ffbe7ffdb77c, 0xf9da566cee743351
	.quad 0xe93b42147f7fedff, 0xa80dc0f62a476819
	.quad 0x0000000000000000, 0x6d4a070cf77e6fec
	.quad 0x7ff807ff3a9e5f06, 0x7ff0000000000000
	.quad 0xc8cc474761ebc180, 0x43effffffffffffe
seed43:
	.quad 0xffffffffffffff9e
	.quad 0xda584b17e9d658cd
	.quad 0x43426c2d3dbc2c89
	.quad 0xf431913e707df9d3
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0x05da24a9df6c9496
	.quad 0xfbf847c7d040ba4a
	.quad 0x07226c20647d8640
	.quad 0xe4ff09b8b1e857ee
	.quad 0xe550135fa47de799
	.quad 0xffffffffffffffff
	.quad 0x8f112815a634cf5d
	.quad 0x0024b4774c7bdd24
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffe7
	.quad 0x07400000
	.quad 0xb0000000
	.quad 0xf99bd511fedfc874, 0xffd0000000000000
	.quad 0x01b44fdefaf09a79, 0x3f1d3a447f981614
	.quad 0x805f8804bc9a187b, 0x00268ed97c467bbb
	.quad 0x3da4ae2455b163fb, 0xfff0000000000000
	.quad 0xfe800000ff800000, 0xc4478061ada2a297
	.quad 0x832ffe9e7cc2fc00, 0x9c68378080000000
	.quad 0xc03f5313dba79040, 0x8c2f07c4fef6947d
	.quad 0x0044e789c053870f, 0xf2bdda1da3cf80f6
	.quad 0x809c36c5090cde7d, 0x3ffdb444952d5bea
	.quad 0x4d2faffd06467c00, 0xf1bf65c6c0980000
	.quad 0x7fc00000c0580000, 0x7fb063a66f4d96c9
	.quad 0xffdfffffffffffff, 0x653d6213f450c7c0
	.quad 0xf38db828167c79c0, 0x7f88f8e1bfb00000
	.quad 0x26480086bcfffed0, 0xf24e5d57e1a8fea9
	.quad 0x401732ff3487a48f, 0xaa7d7ddd85dec015
	.quad 0xc1d1ebff6ea8711f, 0x434fffffffffffff
	.quad 0xe8147dbd9ee7c74c, 0x2b310898dfdff5e2
	.quad 0x9761db59f21d7c00, 0x803c9dabfff484a5
	.quad 0x800bf00d28793279, 0x5f85b68f75942f82
	.quad 0xf4f41652ffceeef0, 0x3ea104b5ffcc59ac
	.quad 0x7ff9fb9f813f141e, 0xf2d811d97fd1f6af
	.quad 0xeed03e3cdae53d61, 0x393c7d93ff1ff9e7
	.quad 0xfff0000000000000, 0x292c5e20ac713af0
	.quad 0x410c0000ff92fb31, 0x396a420481000000
	.quad 0x80537e2bffc00000, 0xc0710c5bddb69684
	.quad 0x7d989f2b5cc1dae0, 0xb99af0e7ffbbb73f
	.quad 0x7f8000003e780000, 0xff8000003c99d5eb
	.quad 0x4db971c16e6a8200, 0x8e055c788f340303
	.quad 0x769f34b6d7bbd22b, 0x4100000000000000
	.quad 0x2c71127a73f1ff24, 0xeeb4a9830a741c52
	.quad 0x6097829c33c53a97, 0x8052d3c741784c25
	.quad 0xc3441a3d3c1eecaf, 0xff8000004e24eb2c
seed44:
	.quad 0xffffffffffffff2f
	.quad 0x0000000100000000
	.quad 0x030aa6aef1cd8120
	.quad 0xfffffffffffffd44
	.quad 0x000000000000001b
	.quad 0xfffffffffffffd33
	.quad 0xffffffffea74fa6c
	.quad 0xd2a35b3903a7c825
	.quad 0xfffffffffffffe49
	.quad 0x000000021807065a
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0x146b852e6d85d621
	.quad 0x000000000000006a
	.quad 0xf69ad3921c9a76bd
	.quad 0xc415b814f0125ede
	.quad 0x03000000
	.quad 0x00000000
	.quad 0xd501361c47915b29, 0x3fe0000000000000
	.quad 0x3780000000000000, 0xff0f148142e40665
	.quad 0x8000000000000000, 0x7ce0cb8ee77610c6
	.quad 0x8c86da767fff0fbf, 0x800610a5ef5897f6
	.quad 0xc0009bf009a00d94, 0x7ff8000000000000
	.quad 0x43a56b3f6fbcc900, 0x41200000bd7a9762
	.quad 0xd9ffffff7be19e7b, 0x7159597b7c012ebd
	.quad 0x000000007f800000, 0x7f945d428ea2d281
	.quad 0xc240000043398a63, 0x2aef8461c087e4e2
	.quad 0x80029a028d2b2602, 0x0fc0e9ab3fdfeffb
	.quad 0x7ff7ef53920b4797, 0x7fd13a7ce82cbff4
	.quad 0x020e4382a0d429dd, 0x8000000000000000
	.quad 0xffbd9d36f6ce84b8, 0x3f16b328ffefffb6
	.quad 0xff5087c73478c612, 0x423c9c01b6f00000
	.quad 0x807edb6ffe800000, 0xe14da682ff8b8c6b
	.quad 0x7f00000043a66e12, 0x7ffcb232e85d5411
	.quad 0x9ee57983561479d8, 0xc263b9fb800ec9e0
	.quad 0x644b29135f7feb4f, 0x8e4b502ef87ffffe
	.quad 0xda2bff0f3fbff97b, 0xff800000c10e0000
	.quad 0x8ea97238a44a76bf, 0x12567ba0fbafca97
	.quad 0x5e61d932ffaefe56, 0x4bdbf1dd902da138
	.quad 0xb42e75f8a7dfc100, 0xffb968e61207f25f
	.quad 0x7ff8000000000000, 0x4c5d5efbbad00000
	.quad 0xc0b00000bc4ef301, 0xc81b733fffe3717c
	.quad 0x3fa8b8d7761cd2cc, 0x4ae3321cbd7bee75
	.quad 0x0000000000000000, 0x4078366f12441dbf
	.quad 0xfff5cec04247ec25, 0x0000000000000000
	.quad 0x7f9a13b2403f01f1, 0x239ea1a47ffc8000
	.quad 0xd3620deeffe1205b, 0x0fe1183ce4672e74
	.quad 0x5493be39a945d09f, 0xbfa5800000000000
	.quad 0xfff0000000000000, 0x4033400000000000
	.quad 0x3fce87ef43c94b40, 0xe46c3fac7f4bfbff
seed45:
	.quad 0xffffffffffffffda
	.quad 0x0000000000000297
	.quad 0x000000007fffffff
	.quad 0x00095b9789c4fd95
	.quad 0x8ee1e821979ece8a
	.quad 0xe79dd72d84a868ae
	.quad 0x4c80aa1bb88a634a
	.quad 0x0000000100000000
	.quad 0x3b9d35b7f32e7c5b
	.quad 0x000875a80b07dfb4
	.quad 0x000000000000037f
	.quad 0xc3245b3310c8e724
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0xa5e20b3d1e1fed34
	.quad 0x000000000006697f
	.quad 0x01800000
	.quad 0x20000000
	.quad 0xc10c0000ff800000, 0x002aaecd9adf3dc4
	.quad 0x80ffffff6e6c6b39, 0xfff89b9f18a635f4
	.quad 0x3fa11d2d6605d617, 0x445ffffffffffffe
	.quad 0x0000000000000000, 0x805acd8ec30d32be
	.quad 0xbe60620d1c9822cc, 0xc006000000000000
	.quad 0xfff0000000000000, 0x442d3c241def0001
	.quad 0x80000000007fffff, 0xc005000000000000
	.quad 0xfff473b86632c1ac, 0x7fd15d3244f00000
	.quad 0xaef9e89480c0b7f6, 0xc028bce6007acd0d
	.quad 0xbe123cacc013cb92, 0xf711c4cd00000000
	.quad 0xc1100000f79cc40b, 0x16271aafed3e39f5
	.quad 0x4333b0a1053d4d63, 0xbd92048801000000
	.quad 0xbe76ec697fc00000, 0x0080000080120216
	.quad 0x47af44d58f13da9f, 0x8000000000000000
	.quad 0xff933e6e69a2b574, 0x8012cf8a87eefe9b
	.quad 0xffc000007f800000, 0x9f3930843f8e677c
	.quad 0x980e48f4d74b680e, 0x7f8000006c5e3dcd
	.quad 0x00795e1800800000, 0x3bd048c4ffda56a0
	.quad 0x4078718b9160c78c, 0xa7040019225c007e
	.quad 0xe304181262e2d3c6, 0x41765cbdbbc709a4
	.quad 0xe172282c89762156, 0x295d8d9c382e0000
	.quad 0x7e840c10bf900000, 0x7154498dd5617400
	.quad 0x3bb9aa5bc146d5de, 0x507c7eddfefef5ed
	.quad 0x04a28bc12e0c9d87, 0xcd6465ac70b8ef55
	.quad 0xff41b8e940600000, 0xc6e48fe83dce5854
	.quad 0xd1a95df8e8802fd3, 0x408c00007f800000
	.quad 0x3ff0000000000000, 0x0000000000000000
	.quad 0x89c05d1f590086cb, 0xa0170cbd1dcc810f
	.quad 0x209cb7f585517c00, 0xb5c9004ff1b75c60
	.quad 0x36fec8affff8ff74, 0x8000000000000000
	.quad 0x7d4e8c97c50b31dc, 0x3abbd2ff33566115
	.quad 0x6e6714b7017fffff, 0x81566ec0eddbfade
seed46:
	.quad 0xfffe93feb0ccd54a
	.quad 0x00000000000002b6
	.quad 0xffffffffffffffff
	.quad 0x6f7e5fa939d69891
	.quad 0x48c927be9f53e523
	.quad 0xffffffff80000000
	.quad 0x3b8f4a37223e4ade
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0x000000000000007a
	.quad 0x00f4a591934e9cc5
	.quad 0x000000007fffffff
	.quad 0xe8b0f29301b985a1
	.quad 0x0000000000000119
	.quad 0x000000026f5d88ef
	.quad 0xfffffffffffff337
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xbff6000000000000, 0x817fffff37210000
	.quad 0x9bbf7734bffcfff9, 0x1a08395d93362e6a
	.quad 0x23c633204d65a754, 0xb4a294997d777f6f
	.quad 0x7ff30f03a53f5c44, 0xdfffffff17e78c91
	.quad 0x9e5c0f0e7e87ec4d, 0x7e9fe030fd076f46
	.quad 0x351ae6e87fffd6cb, 0x4f80000180000000
	.quad 0xffa58f9dbfc00000, 0x16be6331c28a7ad5
	.quad 0x4f7fffffc15c249b, 0xb50f192b007b22dd
	.quad 0x2d62400bffef9880, 0xa79d1d7c4505b6ce
	.quad 0xa849da07f7fa4fed, 0x2d8d3fe9df454946
	.quad 0x091170d4be8f0e1c, 0xcfdfce17f16c59bb
	.quad 0x88be40de7b04fd19, 0x6e7fce4cffc72e00
	.quad 0xfff0000000000000, 0x7ff14cb0e9427d92
	.quad 0x7ff43be4b5472e6e, 0xbbed9fd53b9abe7c
	.quad 0x0000000000000000, 0xf297b8514bfdc7c0
	.quad 0x401c000000000000, 0xbf4927f614dc0a93
	.quad 0xffe65231bb3ce556, 0x7ff8000000000000
	.quad 0x3da8c986ff8d3bdf, 0xff948a5295078dea
	.quad 0xc07f27098a7d4b1a, 0x1986b20a41e00000
	.quad 0x5ff5a2107f4fc200, 0xffd0000000000000
	.quad 0x25a062aee6efebaf, 0x43e0000000000000
	.quad 0x8c3a1393fff9ffce, 0xff7fffffffc00000
	.quad 0x8f5e76d6eba4fbed, 0x6bbc6eb7f209cf7d
	.quad 0x3db3f0305a000001, 0x3dbfcd0718cc94ce
	.quad 0xbdd9de757f800000, 0xc0580000556d6da6
	.quad 0xc00e97297f800000, 0xa9e9018761f5fc00
	.quad 0xfff0000000000000, 0x3a82ce8cea2d1453
	.quad 0x7ff8000000000000, 0xfff0000000000000
	.quad 0x8894fc511e730b38, 0x7ff3587215cda28f
	.quad 0x2e4a47ef78722f80, 0x1334f4c11aa47fcc
	.quad 0x01254315b8182e53, 0x7eec3e07ffdfc271
	.quad 0x41383cffff2fb97d, 0x1dec862f2552f222
seed47:
	.quad 0x000000000000010f
	.quad 0x0020000000000001
	.quad 0x0033745c55040668
	.quad 0x30a85a975175deca
	.quad 0x7ac6d74718b3be1b
	.quad 0xf693ee97c49216a9
	.quad 0x0020000000000001
	.quad 0x0000000000000001
	.quad 0x00000000000001d4
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xffff50ce82a662d5
	.quad 0x5b0ba079c35f2305
	.quad 0x7fffffffffffffff
	.quad 0xd45d27aecc191418
	.quad 0x00000000000002da
	.quad 0x03000000
	.quad 0xa0000000
	.quad 0xff8000003e28ec14, 0x40c7cec0ff800000
	.quad 0x0000000000000001, 0xa82b051e74060287
	.quad 0xff8801027f98b2b3, 0x4570d4aead363066
	.quad 0xd39fc3444a56ac9d, 0xd6a22beb2f901200
	.quad 0x8003ad64f09932cb, 0x7fa2bc39a08efab0
	.quad 0x8040000080ffffff, 0xbfdab09ef8f731bc
	.quad 0x80ffffffc25a361f, 0x7fdfffffffffffff
	.quad 0x80000000ffc00000, 0x8000000000000000
	.quad 0xd26c12fade388000, 0xfeb6dab0004ac792
	.quad 0x892681c94ae62d19, 0x3fea003210e15ba2
	.quad 0x79c45a9500400000, 0x736f8fe8a3547c00
	.quad 0x4f1557c5be7799dc, 0x4053f6e45afc7fd9
	.quad 0x00e0cd8e0e49e8d8, 0xc9c002e5478e5051
	.quad 0x800ac1b55707dce2, 0x3ffc000000000000
	.quad 0x0105117c3fb67c7f, 0xeab45415adc7ac40
	.quad 0xfff0000000000000, 0x222237288b45059a
	.quad 0xc021000000000000, 0x0eedb92ad0cd2d95
	.quad 0xb064e4bf9a67834d, 0x008ab6798262534a
	.quad 0x21d4f2bbcd1e0000, 0x78671adda61bd3b3
	.quad 0x7ce982aadb7fffff, 0x8000000000000000
	.quad 0x7f800000bfc00000, 0xffc00000b642b91f
	.quad 0x3fa17c0c142a4616, 0x5cc381bb7f800000
	.quad 0xf3c16cec45bdf84f, 0x730c30967ff3f7ae
	.quad 0xc0b80000797ed56e, 0xce3cb2147ffd7d32
	.quad 0xff5963b31ad73c7c, 0x8eb4db2ac4857c00
	.quad 0xf4a60cea44800000, 0x835df45db96b2933
	.quad 0xfff0000000000000, 0x800000005f7ffffe
	.quad 0x398a6ca01a931ee2, 0xcfedab8b7a4f7356
	.quad 0xffa0f0a000000001, 0x411a000000000000
	.quad 0x0f5f756d7fdb7817, 0xc76d0a076d882c98
	.quad 0xe1701098c9fcb475, 0x80000000bbd46496
	.quad 0xfff99b635c6e8b01, 0xffbd97d9800df1af
seed48:
	.quad 0x9798a695c84292e1
	.quad 0x6a1ca8208d6d69a8
	.quad 0x0000000100000000
	.quad 0xfbf0404048142ab9
	.quad 0x00000000007c65ee
	.quad 0xfffffffffffffd7d
	.quad 0xa76de83b18362cc2
	.quad 0x291d4d97c6b0e4a1
	.quad 0xffff8c72cdf02c97
	.quad 0x5637218627cf08d1
	.quad 0x8000000000000000
	.quad 0x0000000000000356
	.quad 0x00000000ffffffff
	.quad 0x7fffffffffffffff
	.quad 0x7604a246c06fc93b
	.quad 0xed44fa9829c4d634
	.quad 0x03000000
	.quad 0x00000000
	.quad 0x59fffffe00000000, 0xee2fcb11ffc00000
	.quad 0xfffeda94c3d55016, 0xcb83a16effbe09e2
	.quad 0x7f91edce7713906d, 0xfffd4975b8c64860
	.quad 0x8000000000000000, 0x8051a413c3a5cd92
	.quad 0x143dac247fc00000, 0x54ea15c7a144c3c8
	.quad 0xcec616083f590d0a, 0x8086ea8cbd9e12d9
	.quad 0xfff9ea37d2a747a9, 0xac7b3c79ac2377ff
	.quad 0x63da34ff9ff71f5c, 0x241e197d6ade7456
	.quad 0x3fe2468d455c0000, 0x40442ddb7d08fadf
	.quad 0x1fb5ebd6aae92936, 0x1171323eded157a4
	.quad 0xfe0f1a288024ee03, 0x9ef4488f03248001
	.quad 0xb8381933f0fd0914, 0x4120000047800000
	.quad 0x3c02f1ca6c0e71ae, 0x00e2436546d1d3b8
	.quad 0x48fecb339f5acf5e, 0x9d8e49c00ddc7c00
	.quad 0xec60c992ffbbcd9c, 0x7f6dee14c09291d2
	.quad 0xc19bbf926c7eaad5, 0xc47a0000930c2cda
	.quad 0x15d9fefa23b2f6a5, 0xfff0000000000000
	.quad 0xde33b29d7fd98000, 0xbfe4000000000000
	.quad 0x1746ac13e6a07e00, 0xa239a3cbfe8f4bff
	.quad 0x21beb232ff571b3f, 0xdde0cc65f55447fb
	.quad 0xecd51b4f2912c31c, 0x0006a9aa003c34cf
	.quad 0xfff7cc9d7949f5cb, 0xfff997127fbbf402
	.quad 0x40e0000000000000, 0xff80000080800000
	.quad 0xfff0000000000000, 0x002fffffffffffff
	.quad 0x00d211371e0dc540, 0xfffe1c79e11d71d5
	.quad 0xf521134900000000, 0x004cca8fc30d6607
	.quad 0x3cb39dd2bb63fd09, 0xa291e565f7e4fffc
	.quad 0xfe8455dd32fe0158, 0x0000000000000000
	.quad 0x14f09cb6ffd289c1, 0xdf8f839a3fe80e93
	.quad 0x8f973d163e244d0c, 0xf22fbac580ffffff
	.quad 0xbeee000000000000, 0xbf76c094b1096e83
	.quad 0x7f7fffffb948b00d, 0x924ca4ef3f800001
seed49:
	.quad 0xfffffffffffeb30b
	.quad 0x0000000000000213
	.quad 0x00003702e965a52f
	.quad 0x4bbd80c5ebba02cb
	.quad 0x000000000000007a
	.quad 0x28560bccd3e88b89
	.quad 0x220da5ab9a2775b1
	.quad 0x00000000000fae75
	.quad 0x000000000007a4b8
	.quad 0x913c22d1284c05a3
	.quad 0x0020000000000001
	.quad 0xc5fd882d479684e9
	.quad 0xe1388187341cc2d6
	.quad 0x0000000001000001
	.quad 0xf35ec970e059c0d7
	.quad 0xffffffffffffffff
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0xf4f86f57d77fffff, 0x3f99813cbbb45c79
	.quad 0x40d13e544af20000, 0xc128000000000000
	.quad 0xf1b2767859dc72c8, 0xc1e0000000000001
	.quad 0xc0e2206800800000, 0x01962fb21e56f5a4
	.quad 0x7f80000046d00000, 0xe282f7cf7fdf7b7e
	.quad 0xc018800000000000, 0xb54afc7726515fba
	.quad 0x7173f4dbdfffffff, 0x7ff34dcbaf82af0c
	.quad 0xaf31fd420d040000, 0x17df8e6ce0094c8b
	.quad 0x000fffffffffffff, 0xc040000000000000
	.quad 0x3b1a8b4fca4cd918, 0x8734fd5ebcfffacd
	.quad 0x9ec94985eeffdcad, 0xe01215fdc18453d8
	.quad 0xda791f06e87435d1, 0x795516c2dffce6f7
	.quad 0x434d8fbdfe893137, 0xc41bc58b711cf749
	.quad 0x00000000c3b9e8a8, 0x608fef2efbc7b723
	.quad 0x402a4942984e15a7, 0xd2bc79321c687e00
	.quad 0x0100000079ec3ca7, 0x00000001ffb47565
	.quad 0x382e0bb5f5ff8cdf, 0x8010000000000000
	.quad 0x7f84e53644400000, 0x402fe4b81b561539
	.quad 0xfe800000bf67051a, 0x6707b8ebc77fffff
	.quad 0x4e31d5a05829fe00, 0x5fffffff37030000
	.quad 0x4749588cc84f3000, 0x7f9d0fc46eb4592d
	.quad 0x40dfffffffffffff, 0xe50c2934135d313e
	.quad 0x829196217fb902b2, 0xffc186bbbeaf7f89
	.quad 0x4a56155108aac300, 0x529b54cd29b10000
	.quad 0xc0273bf5f834d150, 0xfe47be1b7412a890
	.quad 0xef6b39cfffbedfbf, 0xae6366f00694da45
	.quad 0xfdfc5eea1a0345a8, 0x0000000000000000
	.quad 0x3022dba1ca8074bf, 0x82d90ad6feffffff
	.quad 0xbfe6a042a32748ea, 0xbdaf8445fffdfd05
	.quad 0xc766d883bff7da92, 0x5fffffff9a841d49
	.quad 0x8000000000000000, 0x4047e48c70390158
	.quad 0xc33b03fd3f40c160, 0xbff9df9e49927f8b
seed50:
	.quad 0xffffffffffffffc2
	.quad 0x8000000000000000
	.quad 0x0000000000f0daa1
	.quad 0xfffffffffa1a1dd7
	.quad 0x0000000000000000
	.quad 0xffffdaafa6402789
	.quad 0x000000001938d5f4
	.quad 0xf4a88680a8103042
	.quad 0x00000000000415eb
	.quad 0xdc236254adc79695
	.quad 0x9eeb1670e903f5d3
	.quad 0x000000000000000f
	.quad 0x386c0e2ae1230879
	.quad 0xb722a05037e62d5e
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe3b
	.quad 0x02000000
	.quad 0x70000000
	.quad 0x2638f42f9f29fc00, 0x7fc6ce9606abf36e
	.quad 0x8039ec1343288a32, 0x0d4d85ccf5c35963
	.quad 0x73cca78f0f600000, 0x87fec880f72ffdb3
	.quad 0x7ff0000000000000, 0x8e3456b32b6d7800
	.quad 0x7effffffc005671a, 0xec2a2f44ffffffff
	.quad 0x09856a0ab7200000, 0x829528e4d9a076f8
	.quad 0xc191b530c7fffffe, 0x7fa189d50ba211e6
	.quad 0xc1318eb87d7ef5f7, 0xc0d27f2580000000
	.quad 0x6ee95b392b5cfc00, 0x7ff639a8f14e9352
	.quad 0x3fc6f2590a7c4a28, 0x9ff626663b360000
	.quad 0x3488d2557c5d7e49, 0xfff8000000000000
	.quad 0x13815353acaa77ff, 0xbce70c015ffffffe
	.quad 0x7ff158677656cb7f, 0x7ff8000000000000
	.quad 0x9f0a0d5f4075e83e, 0x7fc0ea74bbafcfb3
	.quad 0xbd9cfd7800000000, 0xb0dd280b7f9fdd1e
	.quad 0xb706b53cd442b256, 0xdcdabd33f3f7fcc0
	.quad 0x4ca0e37af57b77ff, 0x5b5d4733cfffe7e9
	.quad 0xffdf7e2b7f800000, 0xfcbcdc85c7111c5c
	.quad 0x7fd0000000000000, 0x5f800000fff75cc8
	.quad 0xbcd56aea5f000001, 0x54f25eb99bd9cfe3
	.quad 0x6ca97bc73fc00000, 0xafc10dc56f7906ab
	.quad 0x2b2e880affb49021, 0xbffe623ad816d21b
	.quad 0xfff5cab1e22f8716, 0x43e701dfff800000
	.quad 0x8000000000000000, 0x225a1a937fafffff
	.quad 0x7b982d74fffcfabf, 0x598000008b93938c
	.quad 0x801614a7f66c2a28, 0x3fb0000000000000
	.quad 0xbfe8000000000000, 0xec366276a8ab7c00
	.quad 0x8148c8ddd0bf45cf, 0x8003c4673dc037ba
	.quad 0x3dcc20d54e8c4860, 0x8000000043b63379
	.quad 0x400e000000000000, 0x8000000000000000
	.quad 0x884c97c790fb4a50, 0x43e064607e800000
	.quad 0x7f8000008daf5b62, 0xc490d7e8e8ce0000
seed51:
	.quad 0x39019a3de1f4a092
	.quad 0x0000000001000001
	.quad 0xffffffe23436e1b7
	.quad 0x53199c4a9eb60f43
	.quad 0x0000000080000000
	.quad 0x0000000000000349
	.quad 0x00000000000001be
	.quad 0xffffffffdf734007
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x8a3f33089121a7a1
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x00000000000002d6
	.quad 0xfffffffffffffcf2
	.quad 0x00000000ffffffff
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xc128000000000000, 0xce5032a6f408fdb1
	.quad 0x4310fb3080000000, 0xc56200003f400000
	.quad 0x6f4bb6aa4d0997ff, 0xc19ef93ade5e2b80
	.quad 0x6d8971a2e878ce99, 0x8570f5c6fe5fffff
	.quad 0xfffb0b946537de48, 0xfff34b41e1163d2f
	.quad 0xfff0000000000000, 0x14e08cddfbde77df
	.quad 0x3ffd6edce3fb1223, 0x6f06a6fffefefe43
	.quad 0xbeef28a480000000, 0xb9123d21a2ad8504
	.quad 0xd0aed110caef2f63, 0x3d152470b5bb7c00
	.quad 0x3ec000007ef07b29, 0x04e53f6effbeffff
	.quad 0x315fdfb16b6b8000, 0x002c85923a0d03ee
	.quad 0x5fa156e698d27cc4, 0x183800d693fc0bff
	.quad 0x6ccb90d6feffffff, 0x7fe1553ebba0653e
	.quad 0x00dee96d0b85e4ff, 0x381e000078f45944
	.quad 0x723b05bdfa277ba7, 0x42d27b4d412f33c9
	.quad 0xbfd86c361aa92bef, 0x8cb1cc309ee7fe1f
	.quad 0xeb17159b25e5ff28, 0x0bb300077b421879
	.quad 0x7fdfffffffffffff, 0x40000001c31c0000
	.quad 0x6f42a0557f908006, 0x4057400000000000
	.quad 0x7f800000ed4f21dc, 0xf9f4712f0a013ae5
	.quad 0x432000007f8201a8, 0x0ea3ad5cbd922f53
	.quad 0x546bf3175fbf7bef, 0xa948267aff8d6f5a
	.quad 0x3fe8000000000000, 0x0000000000000000
	.quad 0x3fb5ae18129dfd65, 0xda0000017f800000
	.quad 0x3ff296b67f6357c7, 0xc3117dfcbf8bc60d
	.quad 0x4087438685f62432, 0x46032a667ae37e8d
	.quad 0x7fd0000000000000, 0xc323fa33006ddf62
	.quad 0xb32a0e9efed1ffbf, 0x00400000ffa55039
	.quad 0xc021000000000000, 0x00c579bedef1967a
	.quad 0x014bb31d6f9e8ab1, 0x22b49919fbb3ff59
	.quad 0x0076c6c5ff2aef12, 0x92845033ffd7f3f7
	.quad 0xc080000000310f78, 0x433fffffffffffff
seed52:
	.quad 0x00000000017f0f04
	.quad 0x311e82421eefa8e3
	.quad 0x00000046b009e1a8
	.quad 0x914e2aeb45e04b72
	.quad 0xe6df3e9c4634c316
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffff2a
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0x1bfb14876c02c55d
	.quad 0xe55f11972a0a8c0c
	.quad 0x374492b56127a14f
	.quad 0x000000006714153f
	.quad 0xedb7c84f5f4e9ad7
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xfff0000000000000, 0x3f86b03ea407a3d3
	.quad 0xc3b88162d9ffffff, 0x40dece1883e50400
	.quad 0x4104000000208a89, 0xbe88000080000000
	.quad 0xfeffffff79d7d5fb, 0xff800000fff5863f
	.quad 0x3f16bc23472c0000, 0x80000000bd1cd550
	.quad 0xdc285ddccd247d63, 0x0bc5441f0d745048
	.quad 0x3d87b460763fb3fc, 0x99d2940836980000
	.quad 0x800000007f000000, 0x405e04d141960879
	.quad 0x7545386fffb46cef, 0x84a32acfca8c555b
	.quad 0xffc00000411c0000, 0x7fe232043f0002c8
	.quad 0x7dc9606bcfafad3b, 0xb62de9f1dae2bf7f
	.quad 0x0256bb732befa931, 0x00000000c1200000
	.quad 0x7fc0000000400000, 0xa8e8a70680000001
	.quad 0x560762d2bf7ffbfb, 0x8933a65a6bd6fef5
	.quad 0x5a7fffffc1700000, 0xac4d495fd9ff73f2
	.quad 0xfff8000000000000, 0x70aeb5bef3feb7f4
	.quad 0xa045714e2c158000, 0xffc000007f800000
	.quad 0x40457bb3ffb185d4, 0xff8000003f800000
	.quad 0x4020000000000000, 0xc017bdafe854de5e
	.quad 0x7ff8000000000000, 0xbf85917e801329e0
	.quad 0x3e39931df7fb3913, 0x83715f37c648d0c9
	.quad 0x07089ac4ff9fcde1, 0xc1bbcec6ffb5ec63
	.quad 0xbf5a200000000000, 0x055efd820de48f6e
	.quad 0x80462e4445340000, 0x2108a6f5bcb27f2e
	.quad 0xcd36af5a096e7e00, 0x952297049bed8000
	.quad 0x3f945f729a01c7d5, 0xad8805c712bd3ffe
	.quad 0xfffeb68edc86129c, 0xea02d6e97ffefdf2
	.quad 0x7fe0000000000000, 0xc040000000000000
	.quad 0x3eac5f413cf6708a, 0xbfa9bee0b25939d0
	.quad 0xffc00000bbb22e7e, 0x7ff0000000000000
	.quad 0xd08a410f1b004061, 0xf8fcd59e80000000
	.quad 0x02d142cfff800000, 0x7fad43eec1080000
seed53:
	.quad 0x43f8e29cbcf92fef
	.quad 0x981a95599dafaeb2
	.quad 0x0020000000000001
	.quad 0xfffffffffffcb85a
	.quad 0xff20b566bc8036da
	.quad 0x0415672e2f4aead1
	.quad 0x6888b6811f88ba37
	.quad 0x000000000202d573
	.quad 0x0000000000000324
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe31
	.quad 0x000000000000034d
	.quad 0x42ce16c9591bc880
	.quad 0x0000000080000000
	.quad 0x7c9ab5e5a6439648
	.quad 0xffffffffffffffb9
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x994c6624cc10514d, 0x17ecdbc17fc00000
	.quad 0xc01e800000000000, 0x3bc7f613cb2ee5fe
	.quad 0x9c7bec3b08b3defe, 0x359085cb42c2fb08
	.quad 0xe258f16d80579cce, 0xbfb3f692b89e3bfc
	.quad 0x8000000000000000, 0xe0e15ca17f327b52
	.quad 0x3d11c695ceeafe00, 0x19e8d99e6cbede65
	.quad 0x74f998407f000000, 0x8000000000000000
	.quad 0xc63f00003bc447bb, 0x807fffff41e2c24e
	.quad 0x80005b44bd9c1b3b, 0xb3cbdef4cafaff6a
	.quad 0xc3821e9b7456d216, 0x93dde1f6c3fa8c14
	.quad 0x220ba8d3efffffff, 0xb8200000f875fa6c
	.quad 0x002fffffffffffff, 0x80400000d9800000
	.quad 0xe6b54f10ffaeff56, 0x3c500000b5ead3c3
	.quad 0x226cc553fdcdebfb, 0x8ce0ccf3a98a6233
	.quad 0x43628a0a05b97d66, 0xc0000000ff800000
	.quad 0x8020000000000000, 0x11e7214efef3ff30
	.quad 0x8734864b8001a399, 0xd0778abcffd93e56
	.quad 0x8020000000000000, 0x800fffffffffffff
	.quad 0xad586a9edd298000, 0xc9b5a803dbdb7cb2
	.quad 0x3f44000000000000, 0x7e83d540bfcca590
	.quad 0xfffa5ecf09752031, 0x7dc5d66382a3f842
	.quad 0xff800000bfc00000, 0xf3a0fb621c8f87ff
	.quad 0x80800000c3eaa087, 0x5672da05e81668de
	.quad 0x00800000c8b00000, 0xc0065692a284299e
	.quad 0xc330000000000001, 0xffc000007f800000
	.quad 0xc7efe2c14637bf91, 0x7c261f294b0cf50d
	.quad 0x8063721480000000, 0x434fffffffffffff
	.quad 0xfff0000000000000, 0xe411f40465ba00e1
	.quad 0x82ff4210287e1da9, 0xf50d11598832dd09
	.quad 0x82148e2b470d9cb4, 0x43fffffffffffffe
	.quad 0x406522b66b7b110c, 0x40e80000a137df09
	.quad 0xc051800000000000, 0xff849f0aea86daf6
seed54:
	.quad 0x0000000000000018
	.quad 0xffffffffffffff79
	.quad 0x00000000000003d0
	.quad 0xa055918729507717
	.quad 0x0f3a7369d0a5a936
	.quad 0x0000000000000000
	.quad 0xffffffffff11db41
	.quad 0xfffffffffffffe5b
	.quad 0x00000000000002d9
	.quad 0xfffffffe7e0982d8
	.quad 0xffffffff8650cf67
	.quad 0x00000000001e36a0
	.quad 0x0000000000000068
	.quad 0x76eb55390036dea2
	.quad 0x0000000000000378
	.quad 0x0000000000000120
	.quad 0x02000000
	.quad 0x50000000
	.quad 0x7795c8b7ffb43fff, 0xd478d937aef8fe0a
	.quad 0x0000000000000000, 0x06975e0c0272d084
	.quad 0xfff0000000000000, 0x7b22c2089c6de2ff
	.quad 0xefc86cee7f800000, 0x3342a5135977b24f
	.quad 0x7ff44d57c85ddf05, 0x0000000000000000
	.quad 0x0000000000000000, 0xc021800000000000
	.quad 0x83fe8f01f987f7b9, 0xdb8686c2b81d5cf4
	.quad 0xff9d369f80000000, 0x40fffffffffffffe
	.quad 0x5d1a01e890204000, 0x7d7204b0e50a520b
	.quad 0xfedcfc92ba6dca8a, 0x6d2736203bdd9735
	.quad 0xc7d966f47fdffe00, 0x46f1e63bc6601f78
	.quad 0xc0186d0e7f800000, 0x2bcd8d62f0a97e00
	.quad 0x3ffffffffffffffe, 0x187267affffffdad
	.quad 0xb0732b2ffffefbfc, 0x76f560300d0091d9
	.quad 0xe17e4f1fbbeb4453, 0x7ffa656a38dfb1bd
	.quad 0x51a130e880000000, 0xfa02a690fffffd2c
	.quad 0x42450a407fbdc300, 0x1da0e745680470c7
	.quad 0xfe15f9d063e557c6, 0xbca800007ff85a54
	.quad 0xfff8000000000000, 0x7ff8000000000000
	.quad 0x92b0257a32285d54, 0x4061a1d9c6fcf65a
	.quad 0xc0400189d729f703, 0xfff0000000000000
	.quad 0xc074000000000000, 0x819c839e7f3dcafe
	.quad 0x000f064db3d55c85, 0x11f506deff800000
	.quad 0xffaedf3cbf420100, 0x603b9705ff800000
	.quad 0xee17c98bcd89c8d0, 0xbc21538b4f800001
	.quad 0x8055212d7fac4595, 0xa63caa5cd2373c83
	.quad 0x9addb5c4bddb7b13, 0xfff8000000000000
	.quad 0x74dd581ebe23b33b, 0x404a0aa262fa5f3e
	.quad 0x000fffffffffffff, 0x8b86f1f94f0fc7fd
	.quad 0x061ddccebfcb432c, 0x10687834b720f23d
	.quad 0xbeb9fd7a1212fec5, 0x5ed54773620e2ef6
	.quad 0xcc14a014fb320000, 0xff800000c2c8f689
seed55:
	.quad 0x7fffffffffffffff
	.quad 0x48001c4424f65ea5
	.quad 0x2b986ab825982a21
	.quad 0xfffffffffffffc88
	.quad 0xfffffffffffffea2
	.quad 0xffce1b69ddf8a881
	.quad 0x0000000000000371
	.quad 0xb862387ab754f9a8
	.quad 0x00000a012982c842
	.quad 0x0000000000ac68f7
	.quad 0x00000000000001d8
	.quad 0x4ae1eadef473fa34
	.quad 0xe581c201e120c10e
	.quad 0xffc9beb8a7ab90a0
	.quad 0x635c6fe5f536edb7
	.quad 0x47b860bf1ed716b7
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0x400cd881775c7030, 0x56dd8349ff237db6
	.quad 0x05d1f21ec3da5c70, 0xbe5b261dbf210169
	.quad 0xadfb1fc1fedd9d86, 0xfff0000000000000
	.quad 0x7fc000007fa59d69, 0xcf79b468988dc820
	.quad 0xc01e000000000000, 0x8ed2599dcbb60bc2
	.quad 0x009afd86993e75ea, 0xbf9c8a00fd5ccbec
	.quad 0x8431cfa19aad6bc3, 0xafeba0bbfbf6fcad
	.quad 0x7238251af4ed4380, 0xc021800000000000
	.quad 0xff800000ffc00000, 0xc0134a9fd200636a
	.quad 0xc1ec620d5fad4897, 0x85b4b89569ef4fe8
	.quad 0xe51be7f47b7cfddf, 0xbfb2e698757d5114
	.quad 0x3ff0000000000000, 0x73fc2693fa657a02
	.quad 0x3e55f4d3c70eb1ef, 0x612f4592b2a93c4f
	.quad 0x84c31522ff45177e, 0x4014000000000000
	.quad 0x00200e6b3fffffff, 0x8000000047800001
	.quad 0xc136ca527fc00000, 0x440600006da66772
	.quad 0xe63919c25c12728c, 0xe1d8f915a18f87ff
	.quad 0xfffc79ed1604cb29, 0x423cbfd6d1b00000
	.quad 0xfeff51a0df838bac, 0x53ffead794207a58
	.quad 0xcffffffeda000001, 0x581362c7f3f33ffe
	.quad 0x30dc8b0470aafc00, 0x40d8200000000000
	.quad 0x77eacc267f800000, 0x89866dcaeed76ec1
	.quad 0x800000003da7043f, 0x7fc0000047800000
	.quad 0x0970ccc80d7022fb, 0x7ff8000000000000
	.quad 0xff0000005fb2c713, 0x7ff8000000000000
	.quad 0x7f800000bf67f7c0, 0x806f39703a318b97
	.quad 0x3bcc71d03de87b8a, 0xfff8000000000000
	.quad 0xb5fcee1b543fbbda, 0x51978f3affdd69ed
	.quad 0x0012acdb7cafeb93, 0x3bdf500ef7f15a69
	.quad 0x439b723adee2f7bb, 0x0c0ab9dec3dacd15
	.quad 0xfbf9250580000000, 0xff8000003d8343ca
	.quad 0x7f4fb23ced6b11fa, 0xd0c646ddccb98640
seed56:
	.quad 0x14ca918a0f9c0ff0
	.quad 0x00000025f1c254f0
	.quad 0x8000000000000000
	.quad 0xffffffffff8e7313
	.quad 0xffffffffffffff4d
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffff42ac
	.quad 0xffff065e6bdfb985
	.quad 0x0000000000000337
	.quad 0xf02889ac86aac648
	.quad 0xfffc54312efd1207
	.quad 0xb4f33fbb4c688e12
	.quad 0x0000000000000030
	.quad 0xfffffffffffffcdb
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffcf4
	.quad 0x04400000
	.quad 0x20000000
	.quad 0x25100a314f093d24, 0x8c4ee70e7f800000
	.quad 0x40a8000041a2f525, 0xa1316b6193b97686
	.quad 0x5a3b0abeff3eb7f5, 0xc330000000000000
	.quad 0xbfc000004121c776, 0xff4cd8e47f801d0d
	.quad 0xfd8f46ade68a1408, 0x5f0000003e00bbc4
	.quad 0x001fffffffffffff, 0xc0fffffffffffffe
	.quad 0x414070bca20e533e, 0x7f07829eb615d0cd
	.quad 0xff9019d237f80000, 0xcf93d541bf74f8c6
	.quad 0x4041a5341626f130, 0xff80000054ca0ffc
	.quad 0xd990207966bd8863, 0x7f8000007fc00000
	.quad 0x4012fc244f81d5e7, 0xfe1648f2722949d2
	.quad 0x7f80000080000000, 0x5a000000bbd3b0fb
	.quad 0x402bebbf7c0aa3a9, 0xfff168ce4a6b65c7
	.quad 0x10b6a7217c748000, 0x7fd0000000000000
	.quad 0xfff8e7b82d51f1c4, 0x3beb32853dfdee00
	.quad 0x000752efd9bee4c4, 0x5f7fffff9b7802dc
	.quad 0xc08a6f98421c39dd, 0x80071ff72046fe5a
	.quad 0xbfd0000000000000, 0x43674971ffbfa83b
	.quad 0x9426fe787fa74720, 0x47aa9c90410b5c3a
	.quad 0xbfc24eef3efaa693, 0x26357ec7eaa3fa00
	.quad 0x645032fce1f14180, 0x45a0000080000000
	.quad 0x46e00000007fffff, 0x25c69b43d6cfb3fd
	.quad 0x544b3d2aebffcbfd, 0x20654944ffbdd9f9
	.quad 0xbfe8000000000000, 0x3f1b800000000000
	.quad 0x33c25169fcb523ed, 0x00000000ffb90970
	.quad 0xfff0000000000000, 0xea2ae463cfffffff
	.quad 0x800000004ddeb12e, 0xc125900000000000
	.quad 0x0000000000000000, 0x8ad4bfc99fbfe14f
	.quad 0x16957eefde61ffa9, 0x39f839eeffef9078
	.quad 0x7f800000ff7fffff, 0xc0777a5eff3b03e8
	.quad 0xc775869be26009b9, 0xf03da4e1ffc00000
	.quad 0xffc2ae46c16ec9d8, 0x00c7f22e47a8fe8c
seed57:
	.quad 0x2bc709f3af121f74
	.quad 0x00000000000002ce
	.quad 0x0000000000000358
	.quad 0x0000000100000000
	.quad 0x427aed10d13a0015
	.quad 0xfffffffffffffc32
	.quad 0xc13c1606cbc77829
	.quad 0x910839c579bccf7b
	.quad 0xffffffffffffd152
	.quad 0x0000000000001a36
	.quad 0xffffa023b3b460b8
	.quad 0x1380a457856fb08c
	.quad 0x52b47a02b3d29f8b
	.quad 0x000000000000019f
	.quad 0x00000000000003c2
	.quad 0x00000004b9ec4043
	.quad 0x00400000
	.quad 0x80000000
	.quad 0xbfc5b50f3667ac0d, 0x000a64af0866d4ec
	.quad 0x0000000000000000, 0x000a71972afdc817
	.quad 0xb7a00000d9fffffe, 0xc68c2ad610510000
	.quad 0xea0044d966d1b6c4, 0xee2362b9d9800000
	.quad 0x694f4cd78a74a21a, 0xae1ce2d88a4fbec7
	.quad 0x0012d5584cd461f1, 0x3d2368c2ee98bd45
	.quad 0xbf791b9cbcc62462, 0x3c24314debcd58e2
	.quad 0x401d000000000000, 0xadee187941f865cd
	.quad 0xd99796099f089b0b, 0x8000000000000000
	.quad 0x00786d5044900000, 0x4a5c8528a648dba1
	.quad 0xd400ea55bcaa8800, 0x001fffffffffffff
	.quad 0xc1f2bce7ef1ec9f2, 0x177d5006ff7edf7f
	.quad 0xfe80000043f14a86, 0x7ff0000000000000
	.quad 0x8079139fffcb7508, 0xb63f38d67f95a7ff
	.quad 0x7fb325ad76947e92, 0xfff8000000000000
	.quad 0x3fb1db68005ccfbc, 0x7ff0000000000000
	.quad 0xf917c81af5f30000, 0x7ff8000000000000
	.quad 0xe301279eddfdbf1f, 0xabac5bd54bffffff
	.quad 0xffe8275d45700000, 0x54c5814dbfb00000
	.quad 0xc0154c207fc00000, 0xfff7fa9d8d92fa33
	.quad 0xbf90200d40b02a2c, 0x3cbaabfb575bbaf9
	.quad 0xeafc8cb0a2eb48c0, 0x08482ef85e671cd6
	.quad 0x407bcb572acbbe3c, 0xf48682184cb50000
	.quad 0x21a74e6a2d3bdfff, 0x5d4be0673fef3818
	.quad 0x3adbae475be2c4c0, 0x26a12bbbebfe8500
	.quad 0x634089aa203547c2, 0x3febaf272e627400
	.quad 0x89d1b7638533afb4, 0x01341f027fcaf2d7
	.quad 0x6e3da0c786ffffff, 0x335cdd3f731d03ff
	.quad 0xff8ec1773e0543be, 0x0013a22cb9a70d52
	.quad 0x8ff9344e969d9e1f, 0xdc02b947bdf7dbf3
	.quad 0xc07fffff3e0de134, 0xda7144e9fae61508
	.quad 0x1c6c3f5e87bf7e62, 0xc0880000f79a108e
seed58:
	.quad 0xffffffffffffffff
	.quad 0x00000000509681f0
	.quad 0xa53747b644a3ad56
	.quad 0xfe5d96a72561aa9b
	.quad 0xff3aacffa78f62cf
	.quad 0xef6001a7b5622c88
	.quad 0xffffff4db7d17632
	.quad 0x00000000ffffffff
	.quad 0x00000000000003bf
	.quad 0x11e1b9db001d5303
	.quad 0xffffffffffffffd3
	.quad 0xffffffffffffffff
	.quad 0xb39e57576ee457c1
	.quad 0xffffffd2560aed57
	.quad 0x7f478cad2c381fbe
	.quad 0xb61fca211736f703
	.quad 0x03400000
	.quad 0x60000000
	.quad 0xe7e8fa1fa4be6f80, 0x4022c00000000000
	.quad 0x3fd157232545ef22, 0x9c1403cc3c200000
	.quad 0x9b111be07f800000, 0x401f000000000000
	.quad 0x417cc1a1036c7f49, 0xfebe38c25448fc67
	.quad 0xf5986be0bfffffff, 0xfede9e57d5c8b890
	.quad 0x0823cf057fc36983, 0x3ba7743dc0a80000
	.quad 0xf2b331026b48f417, 0x1a5db6a4c5158000
	.quad 0xfff0000000000000, 0xebe5ed9e9affffff
	.quad 0x43d60ee19959fe9c, 0x6f46af93c0d00000
	.quad 0x59fad70d7f874426, 0x2614e84bfbfec6f8
	.quad 0x3f97c58dbedde87e, 0x5f87a9ebbfddfdfa
	.quad 0x4019800000000000, 0xc509ba3606d6e421
	.quad 0xfff0000000000000, 0x032e8300d5d01dcd
	.quad 0x7fa7367d15619369, 0x146573205aeffc40
	.quad 0x8000000000000000, 0xbfcc4471183e2d9d
	.quad 0x4004000000000000, 0x7f000000c3541e18
	.quad 0x47983fe53e025220, 0x2c0989bf7a3f8000
	.quad 0x407024dfa8f5526d, 0x0be8f7843e6ef4e4
	.quad 0xbf952be1451d8936, 0xfffd72cbc7bf40ea
	.quad 0x5d4dc950c795757f, 0x401d000000000000
	.quad 0x05a1d474faaffbdf, 0x958ef7b2ff7fffff
	.quad 0xd37d6279975e877f, 0x7af066d1a272718c
	.quad 0x17ca36f6707dfa2f, 0xbefa000000000000
	.quad 0x5dbab509ffd4f728, 0x5119e1a48e80c267
	.quad 0x565c2c187ffd7fff, 0x5cb54a9bffdf44e0
	.quad 0x3e31ea3e00000000, 0x03521ac28035f047
	.quad 0x0349368d0618084b, 0x3e24e001c1684151
	.quad 0x7fefffffffffffff, 0x403f8213a3b8ec67
	.quad 0xffffced8668be2d6, 0x98f0f962b4d202ba
	.quad 0x8000000046130000, 0xa79164f5ff2ec99d
	.quad 0x82beacbbf074ea23, 0xbe0de53cff6fefef
	.quad 0x956eb77718910000, 0x40000001043c82e3
seed59:
	.quad 0x824f1abda8269347
	.quad 0xf9f7c3f00dc9404c
	.quad 0xffffffffffffffff
	.quad 0xe6e07f9d7ad2b134
	.quad 0x4c46d41aa80826e5
	.quad 0x000000007fffffff
	.quad 0x0000000000313a0a
	.quad 0xffffffffffffff31
	.quad 0x7fffffffffffffff
	.quad 0xbbbea984dc83cd7b
	.quad 0x84bfe3c58b92ef97
	.quad 0xffffffffeda48745
	.quad 0x005e2d1771556e49
	.quad 0x905e9cf46dc3ec62
	.quad 0xffffffffffffff02
	.quad 0xffffffffffffffff
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x0000000000000000, 0xc7013f04bda7cee2
	.quad 0x411800004306be48, 0x7ff0000000000000
	.quad 0x4048c27a6d0998bc, 0x127e61fdab1dc40c
	.quad 0xbd8a7fd2c1e20000, 0x4016000000000000
	.quad 0x0a37521acc7ddaf1, 0x400c000000000000
	.quad 0x3672d460bfb681af, 0x72aff0fbdc55b82d
	.quad 0x74487e79c0b97fae, 0x9e3169dc18416a1c
	.quad 0xfff18117173f1b47, 0x002f8d7b41180000
	.quad 0xfff7d5c18a454d7f, 0x0000000116987356
	.quad 0x007701697f800000, 0x09c6ed78404fc800
	.quad 0x006cbbc92484081b, 0x09822cc6d90c8de7
	.quad 0x5d89dfa2c053dd64, 0x6b7e63f52531b1a0
	.quad 0x7f800000439cd296, 0x5fced908fbfffcf9
	.quad 0xaea844f4ff8180eb, 0xc000000000000000
	.quad 0x42124c5c7f987bbf, 0x0c8a8b5f96387081
	.quad 0x5256ef38d3a4dd2f, 0xc008000000000000
	.quad 0x42076dded4bfba00, 0x407dc039e9e38c16
	.quad 0x366cdaabdf117e57, 0x4a722534ffa74830
	.quad 0x0012f0a2ee930843, 0x8005efc57fba4cc6
	.quad 0xbf2000007ff014a0, 0x3ff4000000000000
	.quad 0xdf7ffffe00000000, 0x3cb957ee420a93d2
	.quad 0xf934544a8d63c1fe, 0x5d55c1a0b9e57d10
	.quad 0xdf000001feffffff, 0x51c239d3fbf6e6f1
	.quad 0xbfa73864c2491be1, 0x4104000011416b14
	.quad 0xb53511af45645783, 0x8000000000000000
	.quad 0x24f527c03f57fcfd, 0xcfbeef4cfbfeff29
	.quad 0xfebca51c1d27f52e, 0x739249d9b4def866
	.quad 0x7ff3bc4291d5fedb, 0x8231bd76633907f3
	.quad 0xf4c44c472a68be00, 0x5a78412c3fa40000
	.quad 0xa805edb204770eda, 0x426d53b5adf98cf1
	.quad 0x401d200000000000, 0x050e94d46600d945
	.quad 0x7effffff80000000, 0xbfc7daee23da697c
seed60:
	.quad 0xe0b1b3a54e1d9805
	.quad 0xffffffc88ce157a2
	.quad 0xfbf1ea182a1d8a9e
	.quad 0x0000000000000376
	.quad 0xc8a44f45ab659113
	.quad 0x66fd13ee909e849d
	.quad 0x0000000000000007
	.quad 0x0000001a48a565a1
	.quad 0xe3a6feff66ed8c17
	.quad 0xffffffff80000000
	.quad 0x225a8d08c13a966d
	.quad 0xfffffffe5862e727
	.quad 0xfffffffffffffce6
	.quad 0xffffffffffffffff
	.quad 0x0000025c69cc913d
	.quad 0x00000000ffffffff
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x177d1a74240002c1, 0xc58022d007c7d723
	.quad 0x80000000172819b6, 0xdf7ffffebfe3d1a9
	.quad 0x094deb6080000000, 0xfefcd89b9810f88d
	.quad 0xf3913ddb0405ce15, 0x8000000000000000
	.quad 0xdf689cd3ff800000, 0xb058eac9f87fffb7
	.quad 0x68c327bcf0fafdeb, 0x03d8837e6e07ba57
	.quad 0x3f9aa01e7d8bf56e, 0x86479e0529ffffff
	.quad 0xc3f0000000000000, 0x00042f2b76732239
	.quad 0x7ff8000000000000, 0xdb965020fdd07dea
	.quad 0x7f9f83c2bf310000, 0x3430b857e891af64
	.quad 0xc000000000000000, 0xc0478153daf8880d
	.quad 0x3f7880420c393569, 0xffc00000ff7fffff
	.quad 0x1cb87a30cf6f2fe7, 0x0000000000000000
	.quad 0x1c1a1605fbff842e, 0x40c0000000000000
	.quad 0x68a1487507f7fe00, 0x001fffffffffffff
	.quad 0x4b04044ff28b7c14, 0xec4f09b0862c3c2c
	.quad 0x0044cacf80453c27, 0x66db2a4a189ef800
	.quad 0x8000000000000000, 0x40165ec38c2051ab
	.quad 0x012f59732d133d3f, 0x73889291267dfc00
	.quad 0x8187078bd989af89, 0x9f8d2f97da3da3ff
	.quad 0x2d2c81c658bd4f37, 0xca81e2470fa213da
	.quad 0x363031aacff3f2c8, 0x7fefffffffffffff
	.quad 0x23df6710fffa6fdf, 0x7c47aca47fb61fd6
	.quad 0xc2640000a4fe89c1, 0xc1b0b9de1fcf728e
	.quad 0xff800000803dea71, 0xdffbf3d57f800000
	.quad 0x4ee6e2e009eb5ab5, 0x7fdcd69e7d6c05ff
	.quad 0x62673ba54ef9d252, 0xbbc1eaa27d76fadd
	.quad 0xfe7b4823d999e8de, 0x80619e1c138ece70
	.quad 0xa630bb45920c7c00, 0x5105a59dd5ee8000
	.quad 0x800fffffffffffff, 0xda3243a7a0fb0000
	.quad 0x035b9464fdbf7e7e, 0x800000006da78c69
	.quad 0xc018000000000000, 0xf3e3757ee23eac01
seed61:
	.quad 0xffffd1f79fed07ae
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0xffffff464493ee86
	.quad 0xa0fc4d1b93619bc5
	.quad 0x16d76fe7c62f40e1
	.quad 0x00000000ffffffff
	.quad 0xf7b00c717c4b1171
	.quad 0x00000000ffffffff
	.quad 0x3b657f5c0af792ee
	.quad 0x0000000000000218
	.quad 0xfffffffffffffe8e
	.quad 0x00000000000917f0
	.quad 0x6ac4ede41d8dba20
	.quad 0x0000000048aa6bb4
	.quad 0x000000001491f153
	.quad 0x00c00000
	.quad 0x80000000
	.quad 0x0000000000000000, 0x34a86b21f46b9fb4
	.quad 0x7fe3b2c60f646f3d, 0x5c12a004ff9fbf82
	.quad 0xc32ea22ac7ffffff, 0xc19c75b6c928fd1b
	.quad 0x43463a8841950b09, 0x3bad4c64bdfe0d91
	.quad 0xbcd59e787529fc0e, 0x801920cfa3b667a5
	.quad 0x401800007f800000, 0x3bca829ec0cb2d88
	.quad 0x80cfade8810f659e, 0x85261b32ffffffff
	.quad 0x0eb7be5b420cfa99, 0x01158a7b6a4c60bb
	.quad 0x0000000045e98000, 0x1a6d6e8eff8a1f29
	.quad 0x27668212f7f9a7ed, 0x26b3f31cffff7e00
	.quad 0xff0000003eed20b2, 0xcbc6ff983f7f8fee
	.quad 0xbd17c31d47400000, 0x911ea9fe0991a52d
	.quad 0x7f800000806a1039, 0x6f7ede117e9fba60
	.quad 0xcb66f50eacfcfbb1, 0x3f2c000000000000
	.quad 0x4012000000000000, 0x6e259063f277a3ff
	.quad 0xca4b19bb231279e1, 0xffc00000fff06f3d
	.quad 0x0e8423219d3dc52a, 0x8000000000380ce2
	.quad 0xb785d14cc2faf5b0, 0xd5dba7649cfc4080
	.quad 0x809c9669c1080000, 0xc017000000000000
	.quad 0x8203a332aaa6ba2e, 0x7ff0000000000000
	.quad 0xe60d1b6fd4716859, 0xcce0a6647ff42a66
	.quad 0x3bbd4fa380000000, 0x7f8000007f800000
	.quad 0x61ff6ae700000000, 0xc45d0291ff2ff7da
	.quad 0x0c79d0cdffa3b3ef, 0xdf9d43ff4d680000
	.quad 0xc450eea7c3058829, 0xd65b1b0fbbeff800
	.quad 0x557861abfed32f92, 0xbb84995b7d2cb316
	.quad 0x7ff8000000000000, 0xbfb8c00000000000
	.quad 0xfff7fb1483e16226, 0x522c88d1b7b19cc7
	.quad 0xdcc2252affcfe145, 0x1e9e57f109534001
	.quad 0x3fffffff7f800000, 0x22e2f6b4e31c4269
	.quad 0x3e9455984956d145, 0x3f974048d5cafebb
	.quad 0x43f0000000000001, 0xb93021165d44ffe9
seed62:
	.quad 0x5a215c3dbf6da9b6
	.quad 0x000000016fae5f64
	.quad 0x3ded63425095c89f
	.quad 0xffff9de93370f75e
	.quad 0x000000000001eb1f
	.quad 0xbb44cf3aae5707d8
	.quad 0x00000000ffffffff
	.quad 0xf55278bf5c01ce66
	.quad 0xfffffffffffffc45
	.quad 0xe3b9a2c37228a2e4
	.quad 0x000000000000013a
	.quad 0x0000000000000237
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x1b6720ae6b692de0
	.quad 0x00000000000003b2
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xc3f0000000000001, 0x0ba34e0f3e9370a6
	.quad 0x00574f8affdb75c0, 0x07f24ea9f1d3bef7
	.quad 0xdf898e288340fb52, 0x81000000e8e21590
	.quad 0x2bc14d867efe10c9, 0x37bdfbdab0cd1fa2
	.quad 0x8100fe282501782f, 0x00b3703cff9b7fd0
	.quad 0xbf8a03a36375b535, 0x800df6cbd58282a3
	.quad 0xf3bccd737ff57b5b, 0x8562ab9980400000
	.quad 0x2c3d63bdfffbfa26, 0x4022917bbe70d6f1
	.quad 0x885b9890fe800000, 0x80644d15f7fb7def
	.quad 0x015610607fe7f07a, 0x000986cb8ade10cc
	.quad 0x7ff8000000000000, 0xc3ba75334f7ffffe
	.quad 0x4e65b67e7f7fffff, 0x000fffffffffffff
	.quad 0x87b3db3acd3f44a2, 0xc1e033edbd88a14a
	.quad 0xfff0000000000000, 0x804c13e8373a05f2
	.quad 0x41d1bd817fde10ca, 0x804206ac29f2719c
	.quad 0xffcebb8c8068f8f9, 0xc18f9fc0c1f10183
	.quad 0xfff5a7a2c5eec564, 0x82ff1b2a4992ad42
	.quad 0xbe93c808d380e18e, 0x3de08be4bf800000
	.quad 0xc0effffffffffffe, 0x3d654eb45986f0b8
	.quad 0x0e9bdb0f83097bf8, 0x8000000000b09c3d
	.quad 0x1117c43f07e3a5bd, 0x7ffdf008f762ed82
	.quad 0xacc472e787630000, 0x000000009476dd97
	.quad 0x07420bd37f800000, 0xe59cb99cddca7ee1
	.quad 0xc01b2a1c9c8b5b82, 0xbff264be704baf90
	.quad 0x7ff93a357f57bed5, 0xc008000036c7cb47
	.quad 0x3f800000a91ff85e, 0x10aadfd980000000
	.quad 0x00000000059539e7, 0x7fec3a29475193ec
	.quad 0x5a4b70e5345efa5a, 0x7f8000003d2e8d9e
	.quad 0xc06174809d419e87, 0x3fe0000080000000
	.quad 0x45c00000ff800000, 0x03c4ad1437b4eb04
	.quad 0x918f718afffff7ff, 0x40141e053efdf649
	.quad 0x00935ea10ffa8824, 0x7fe109b893cdefc9
seed63:
	.quad 0x0000000000000200
	.quad 0x0000000000000230
	.quad 0x0000000080000000
	.quad 0x0000002c777c166b
	.quad 0x0000000000000003
	.quad 0x0022bcab187e6efe
	.quad 0x00000000000003e1
	.quad 0x911973a8cc562282
	.quad 0xffffffffffb5ed39
	.quad 0x000000000000092b
	.quad 0xffffffffffffffff
	.quad 0x0020000000000001
	.quad 0x0000000000000066
	.quad 0xdb24d0d841754421
	.quad 0x00000000000002cf
	.quad 0xffffffea7b5542a7
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x7f9db5c5da000001, 0xffc0000043804bc5
	.quad 0x8000000000000000, 0x197173275ff6fd3a
	.quad 0x3d0ff7a440800000, 0xbff0000000000000
	.quad 0xf46618d6b8e7f1f6, 0x3c976624ff800000
	.quad 0x401f000000000000, 0xbefa010affa214ac
	.quad 0xd5b865e8f7f87d50, 0xc030000000000000
	.quad 0xc77fffff806150bc, 0xa3da2c01cbfbfffb
	.quad 0x00d5c2f407d0cf17, 0x97df00613c0d5b33
	.quad 0x2e6cc93afddf44dc, 0x800000006e5c6148
	.quad 0x97c745b7c620afb0, 0xb8bc3475fffffb7b
	.quad 0xfff0000000000000, 0xd79a0280fbddddbf
	.quad 0xe04dfa68ccf94186, 0x522ea8119acc50a4
	.quad 0xc905bb3b24c8c500, 0x7fe0000000000000
	.quad 0x3fb368f82f434a3a, 0xc027b3592d968bc7
	.quad 0xa959a49be7c24580, 0x8015926906f3815f
	.quad 0x2b4b64683af7abc3, 0x8d8cb058ddeb54d9
	.quad 0x079c5e046c5be2b2, 0xe57bcca43fe30050
	.quad 0x800609de2f8aaaef, 0xe78dd03d9b0da683
	.quad 0xe63a8664297afd8e, 0xc014800000000000
	.quad 0x7ff0422503ac1056, 0x16f9ba63e8ffffff
	.quad 0x4000000000000000, 0x298e1df47cf9fe10
	.quad 0x0000000000000000, 0x7fe990d0accfa413
	.quad 0x66731b64fdb1fe00, 0x4aba4f8ddabd2fe5
	.quad 0x7e800000ff800000, 0xef81e1a1495a3c13
	.quad 0xffed4c3d40bed248, 0xbec15bc6ffc00000
	.quad 0x4445bb11e253006c, 0xfaf9a7b281b42593
	.quad 0x698b749af07d5e0f, 0xc05c144f14e3e1e0
	.quad 0xbfaaa00000000000, 0xc9e31c91ca9c6550
	.quad 0x87159178dd97f9b2, 0xbb8f0cc2fefeefbf
	.quad 0xf0aed7b4b25adc15, 0x59cc311496950bff
	.quad 0x4004000000000000, 0xadf7d9ac52dbb960
	.quad 0x017fffff7b257cf0, 0x669a11e4c0600000
