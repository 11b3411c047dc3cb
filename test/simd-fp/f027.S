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
	.inst 0x5ea5fc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f8911b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2020f8
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
	.inst 0x1e662070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0c9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e0394b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e6169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f423439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61c89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1aa1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39028c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea8f4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6a593e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f070dff
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
	.inst 0x1e682420
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f60c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e631952
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
	.inst 0x1e6c25c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e290085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2cc51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e34ce17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f271c18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea1b9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2988ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e76dd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62009d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e28014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7fcf91bf
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
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e664a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d0812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e6168f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e65c535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e616896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e336957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2640f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e616a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e231615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7102ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6cf59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67405e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee7d4ff
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
	.inst 0x1e6859d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390001
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e700568
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0fa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21b9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e252a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6301b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e706818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2e7879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f879ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eabe47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65597d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e61a97e
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
	.inst 0x1e23c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f65b0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e692220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21c933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e619814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e23e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60c1d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc71057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e235998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f3614f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21ca7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f22197b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea0c83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2101cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e19edee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0c85f
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
	.inst 0x2e26fdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e21d811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f10bc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e185203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f23b994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fd15075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6900e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6138d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e02dc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7fa6983a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1d97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eedd43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d22a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1f9df
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
	.inst 0x1f602c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f09b451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e6de472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e281894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e617a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eadf5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f37fc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e644199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25413a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0c53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0f99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0f81f
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
	.inst 0x6e68ed10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c2a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6128b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e43f1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3068d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e780245
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e252836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f48f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6301f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e220039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3900ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f60109b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fd110fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6129bd
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
	.inst 0x9e65002f
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
	.inst 0x1e2201b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6bfe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e696e54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1fe55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2301f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a44ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e331858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc1587a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e69387b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a483c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3eb01f
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
	.inst 0x1f2bb9b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fc798f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0d872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea1d9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f629554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2f35e675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c4937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee9c698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620099
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e43dd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2d34db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fa4505d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb6d6de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e216e5f
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
	.inst 0x1e63c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703931
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
	.inst 0x1e22c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e650244
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e59b9e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6bf604
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1f697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1b9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f05b459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2400ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0c87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e42b15d
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
	.inst 0x4e60d77f
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
	.inst 0x4e69fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7f3de611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202028
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
	.inst 0x1f101d54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e682060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e71e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e214838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e74d719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e60030a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1db3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f1832dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6990bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6c8d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f02f53f
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
	.inst 0x1e6259b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e2decb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e31ecd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f524493
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
	.inst 0x1f208e55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2faeb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f48e259
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8d19ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1991b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2169bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3801ad
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
	.inst 0x1e2023a8
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
	.inst 0x1e2228d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e438831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61b63a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2ed525
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6301f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b89b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e28ccd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e363017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e233938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e772839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d08fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fce12db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7a38fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fae185d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea0dabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e657b5f
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
	.inst 0x4eaccdd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e18ec21
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
	.inst 0x1e2d4853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2300d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6121a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2421c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee0c8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e790189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d8dda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c19c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5fc218fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e643a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f572d3f
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
	.inst 0x1e2e8850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7a3012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f28fdd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eaac5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2301b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6279b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea0d919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0f9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ea1a8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2da87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67445d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ec73e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c0b5f
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
	.inst 0x0e6179f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b5db1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e681872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f0993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2608f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6155bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e33fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e225cb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c2d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2954f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eaec53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6bb49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fcd9b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26a460
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f75e6be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6b1cbf
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
	.inst 0x2e219970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e27cc71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e033512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f30c213
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f118a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f239d37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e200268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70d979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64189a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc0583b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0da3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6dedbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc093be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2201df
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
	.inst 0x1e271890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fcb9191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e65ec72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6300d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70d934
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
	.inst 0x1f4d9d76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f6ffdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e240229
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b397a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e35fcdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03417c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f27499d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fc29a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e7ced5f
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
	.inst 0x1e244150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1c4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f829872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e027853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1aa54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6fc099f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6728b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7168b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2102a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e64df19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59ad2a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6d897b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3802ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e101f
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
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcb5211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee5c5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e70d013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21c994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb0c455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e731876
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
	.inst 0x5fc91258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e66f6ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c13b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee8d45c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6fa2911d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f3fe43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e285d1f
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
	.inst 0x1e6a5910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eb0c511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7f3012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7ab013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea0e8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0e4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f8490b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f654257
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e613858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea9fdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee1aa5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2300db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61d81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e66ce9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e294c7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2e84bf
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
	.inst 0x4f74fc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f28c0d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc299d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c173
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
	.inst 0x4fc05075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fa71176
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
	.inst 0x1e20c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b3979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e632ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e2cf53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38026c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2431d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e78024e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b5fbf
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
	.inst 0x1e780160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70f871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e42d4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6209f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e616a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2300d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f742456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e283817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eabfd38
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
	.inst 0x6f51fd1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ea1b89b
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
	.inst 0x6e60c5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f3dfc7f
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
	.inst 0x1e6c18f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1b8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e34b012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e7801c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e673a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e258855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e1876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e223897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e68dc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e221899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e37dcfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30f8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea0f8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c0dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0fab193e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6efdedff
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
	.inst 0x6e64dc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea4d5d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e617912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f2fe453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e380045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fa99016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e721977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e27dc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f919039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e25000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2442db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d9bd
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
	.inst 0x1e2a087f
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
	.inst 0x2f39e4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03f9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6179d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fd191b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f533df4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e6168d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b3817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f65d079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f36349a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61db3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4334bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43719d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2078fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e65d51f
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
	.inst 0x1e674030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6ee611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e2179d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e216a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e218934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e610065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6f8599b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6094a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f59fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6502c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7902ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18d1cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67c09c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e26d63d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f02a51e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f649c7f
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
	.inst 0x1e241870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc991b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e655952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6c38f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f3144b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a3875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c0b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0cb0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21d979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3159da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3100ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6fe03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e252050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c0bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70c85f
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
	.inst 0x4ee199b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70e61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e266536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e218a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc511d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e2cdcb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee1d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e742310
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7729bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3900ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e65f75d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee5d41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0132bf
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
	.inst 0x1f430050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea19811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e30c432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2001a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e204836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61d857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e603ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ef9f6ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2001ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e22003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e38f5fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e657dbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea0c97f
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
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e617891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c212
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
	.inst 0x5fc49174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee7edf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e596966
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e662817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3801c8
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
	.inst 0x1e6a389a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7800cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f55b13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc410df
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
	.inst 0x7ea5d550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e301991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e5951c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e613853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f278654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2441f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e217836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e028477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e26cd78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3901e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23019a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee3f45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f54febc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0898fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f5cfdfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e58abcf
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
	.inst 0x1f639dd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61d9d2
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
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0da35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f37fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6cdcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e357918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e371999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7828ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e21cadb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23019c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e67391d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6108fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e27c47f
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
	.inst 0x1e4380b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e28e4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6cd473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2889b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6020b8
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
	.inst 0x1e26e690
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6809f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e69020a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e226c3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e37c71c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f3b8cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0c9c9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b3a9f
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
	.inst 0x1e6259b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e27c1f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7800a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1aa33
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
	.inst 0x1e215855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21d9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e690917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21a919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2fdd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f34bddb
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
	.inst 0x1e22c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6af57e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fac989f
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
	.inst 0x2ea1d990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a68b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eaed592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e238973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fa45994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e271915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e790146
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30ca77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1ba58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fce905a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0fb1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f32e43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0f91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62285e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6329df
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
	.inst 0x7ea1d950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60f012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc39053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e790024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1b915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e661876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e69c637
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e29f5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f7909da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea0f83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2129fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24c1bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c19be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7b597f
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
	.inst 0x6e65f5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2819d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f05bc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fc611f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcd59b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e599906
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1ba97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e783979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2eb8f51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c15b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2234fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0c95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68291e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21d93f
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
	.inst 0x1e6f6489
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e290062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30f913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f4efdf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2189b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f31fe96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b8a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1a9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e21c979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e29006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f07293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6adc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e7cd43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21da1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a3470
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
	.inst 0x4ee1d930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1b9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21c852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e263a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e328835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e214056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e332240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e03a9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e255859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60081a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e6169bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4c8d1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67b41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64281e
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
	.inst 0x9e620090
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
	.inst 0x1e6b0832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f3dfdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fca5a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e640005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6542b6
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
	.inst 0x1f493598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2815b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea6e5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61a9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c11e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e79c5df
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
	.inst 0x1e03bc70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f62c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e67e5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6bb4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21c215
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd21816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4cd5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21d638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6f5479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6198da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60185b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f45053d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c37e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6808bf
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
	.inst 0x0e26d4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a761f
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
	.inst 0x1f069873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e207834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7228b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c69f6
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
	.inst 0x1f21b458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea1b919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee6fdfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0f9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20283d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61edfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26891f
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
	.inst 0x7eb0f930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea7ec32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e421c33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e61c134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6778b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e668630
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61da17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e210188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea188f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e330b3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21495b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fa2509c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61dd7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e03c97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c9ff
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
	.inst 0x1e67c1f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e693a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21c954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2f11b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e619a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f250577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e65f4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fd71019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fa599fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f513b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21697c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1989d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ef65e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6fd47f
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
	.inst 0x4f68e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e70fd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61d8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f21fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e710264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2001c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a29b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7000e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2501a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e4285da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c4a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e285b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e32f51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef7edde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea0f9bf
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
	.inst 0x5e68fcd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e69ec91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e58cc02
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d49d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2329b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ef3c475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eefd496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e657937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2300d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f56981a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67775d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0cabc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0f97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6301de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f39e47f
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
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e29e571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c032
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
	.inst 0x5f2ee674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e694a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0ca16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e26fdd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f06bcda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d847b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6641dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1ee3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21b93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f35e51f
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
	.inst 0x1f4c9c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fae1211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6200d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e262a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6afd15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e264176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e219997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e355507
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f56111a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63fe1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43d5fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2608fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fa8905f
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
	.inst 0x1e42e9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e22cc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2c4472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f37e4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0fa31114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2540b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e65c1d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e293a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea0c979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6178db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e292160
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f899d
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
	.inst 0x1e79000f
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
	.inst 0x1e6c0990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e25d511
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
	.inst 0x4e216a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e292936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd599d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6ac56a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e75a6f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7b49bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1b9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e42c81f
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
	.inst 0x4e67cd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6eae11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f674472
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e31fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a0a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70da55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1a9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1ee2c217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6418d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f31fcb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66585a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e6addbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0eaff57d
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
	.inst 0x1e6288df
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
	.inst 0x4e219890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2201f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fa89253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70c974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fa19815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fa99856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ef1ec97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb7d578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1f999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3900ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38022c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e69022d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61795e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e633c3f
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
	.inst 0x4fca50b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e303951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e67f512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e704a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e3900c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fa05177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61d498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6100e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e6900aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e66fe7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0a123c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2300dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e21a83f
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
	.inst 0x1e6b9431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1d9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f603112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e19a1c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3120b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61b8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e210286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2dc557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0ca38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d2cba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21d8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e215d1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21783d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e216a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7121b0
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
	.inst 0x1e2b0427
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c3931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e63cc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6a5953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e300044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6ee475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e280106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30ca97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f073cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61991b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f00147c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e76d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e59d0ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60297f
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
	.inst 0x7eb0c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e708a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea1f473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25d527
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2de675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f1a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee8fd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7739d9
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
	.inst 0x1e79010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e617afc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2336de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61687e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1a9bf
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
	.inst 0x6f2dfd50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e282911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f09d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f62c5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f220c74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e690145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1b836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e21b857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f819818
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
	.inst 0x2e34e4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1999b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f283d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e586c0e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e70002f
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
	.inst 0x6eece4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6729d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea0c8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e390163
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
	.inst 0x9e2001a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1a857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e254878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea2d579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ef1ed1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7001ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e61695e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e252320
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
	.inst 0x6ee6f510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d75dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0cadf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6bcd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21a896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6ddc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6178f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c5d79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2bde7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e25e63b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5eeefc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7800ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27d407
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
	.inst 0x1e630130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e221951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e681a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f241934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e217a35
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
	.inst 0x1e2b39f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e64de18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ee0da19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2198ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1b93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f36b43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e66e4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f44b1ff
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
	.inst 0x9e210040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b3a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e313912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6cc1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e42e5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6900c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e624076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2300d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e39f018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e89f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6920f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61999b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f68bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d18be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60885f
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
	.inst 0x1e23c1f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0fd51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e220192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f31e4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea1aa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e651a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f2ce4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6478d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e21c459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61093a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e32a753
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e30d49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61689f
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
	.quad 0xb175dfb5c2ab5371
	.quad 0xfffffffffffffc53
	.quad 0x1d1cf68008e14159
	.quad 0x42bd375cc4e10a26
	.quad 0xfffffffffffffec1
	.quad 0x00000000000001eb
	.quad 0x46adbddfe8d36cc4
	.quad 0x000000002dbca334
	.quad 0x0000000000000003
	.quad 0x7ea5d0f10ddb3296
	.quad 0x658713265e510054
	.quad 0x9883b23024eeb10c
	.quad 0xfffa318787aa7763
	.quad 0x00000000000003d1
	.quad 0xffffffff80000000
	.quad 0x01c1fa904781cd94
	.quad 0x01400000
	.quad 0x20000000
	.quad 0x7fb57e2900aa58d9, 0xe234bd55fff9dff5
	.quad 0x7ff0000000000000, 0x1f1c191efedf4f07
	.quad 0x000d6a61d5bc3e7b, 0x3c434765ebdc853c
	.quad 0x42172930c17ca3a6, 0x7a9e85e30ae7c690
	.quad 0xa62149332af26167, 0x7f80000080767898
	.quad 0x800fffffffffffff, 0x7fc000000defb6d7
	.quad 0x4595e54eb854d655, 0xbdbc15247945d211
	.quad 0xfff8000000000000, 0xeba756e794927bdf
	.quad 0x309b3e69dfd76d9e, 0x4f2e0033f646fb74
	.quad 0xc340000082c84dfe, 0x7f9d9e044320d21d
	.quad 0x401e000000000000, 0x3757a32b7fc00000
	.quad 0x588398907f88945d, 0xff8000007f800000
	.quad 0xab6a89e9d97fffff, 0xff80000079498f80
	.quad 0xae1e6e4ff6711f58, 0x8be82d178db6757a
	.quad 0x407231b589e437d0, 0x7b6b5e1af9dd5b50
	.quad 0x21c387ab6492785f, 0x7ffefb01d14d391d
	.quad 0x0e4a333bcfb4601c, 0xfe5002ba6cf82227
	.quad 0xc3a6c07280645d63, 0x0050932f00000000
	.quad 0xcb3a9defeded7cad, 0xffc00000c0700000
	.quad 0x3bbb4a52806009e6, 0xbfb4000000000000
	.quad 0x01306443fae51e14, 0x827a4b927f800000
	.quad 0xee8061e440fa7dcd, 0xc0dd35edc1000000
	.quad 0xe2e14905edddd0ef, 0xfff0000000000000
	.quad 0xbe6fa5d47fbdeee6, 0x0000000000000000
	.quad 0x82ccc62d21e408be, 0x40475993feec70df
	.quad 0x37af5a56be1a384f, 0xc3eeaab32f200d60
	.quad 0x3fe4000000000000, 0x3af45f5aebcd3f8c
	.quad 0x7ff0000000000000, 0x7f80000013e6a357
	.quad 0x039713ed67dda4cc, 0x912888892144ff1f
	.quad 0x8000000040200000, 0x7efc426353184e00
	.quad 0xfff0000000000000, 0xffda8059e2bbfff2
	.quad 0x04c26a5cffd98000, 0x433761253d2ad90a
seed1:
	.quad 0x15df031be6cc62cb
	.quad 0x82d7867e0c1b1096
	.quad 0x25ea7af45e6684e1
	.quad 0xffffffffffffffe4
	.quad 0xffffffff80000000
	.quad 0x7fa72afb4275e1e9
	.quad 0x702e68e33fd312de
	.quad 0x0000000000001705
	.quad 0x1c8767914190eec1
	.quad 0x3b316f452cb37e62
	.quad 0xffffffffffc98077
	.quad 0x0000333caf06885b
	.quad 0xffffffffffffff82
	.quad 0xffffffffdcaa6ae7
	.quad 0x000000007fffffff
	.quad 0xe07d2d9cbe03ffe2
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x8020000000000000, 0x7dcdf2b81fdf9b83
	.quad 0x757e3021af3ffe73, 0xfb75f8e3749222d1
	.quad 0xc4791c7894e20045, 0xe59cf719fbffa4c5
	.quad 0x8edb13647f800000, 0x401739a4330b7906
	.quad 0xda49f5435e514822, 0x403a2c8041100000
	.quad 0x00000000ff800000, 0x7ff0000000000000
	.quad 0x75ab6ebe80ffffff, 0x7ce9566e8075a687
	.quad 0x6ae7bfabffee7d40, 0x89aab9287f8aff3c
	.quad 0x6432fb4d9c557db6, 0x47844f17888fb248
	.quad 0x000000007f87073c, 0x81000000c0880000
	.quad 0x3b5d6322ffeff19f, 0xbfdb3ce3c9f8c0ec
	.quad 0xbf4000007f800000, 0xbfc2273975cfa16c
	.quad 0x958b9543503af5ed, 0x846abc287e9ff062
	.quad 0x815e385e00000000, 0x4b05937bc675be87
	.quad 0xce2bd1a9e6187ca9, 0xa562b5d6ff800000
	.quad 0xb5011371effb77f5, 0x00021169d42e1b59
	.quad 0x7faa7fa180000000, 0x3fb46fa29019a77a
	.quad 0xff800000bd025a63, 0x6cb9dd37ce7e3abe
	.quad 0xfff8000000000000, 0xcf7ffffef38ed44e
	.quad 0x1fd1cc60c31b52c7, 0x1a6e6f0080000000
	.quad 0x8008457d9cecb9ef, 0x800799f9c4aebfb8
	.quad 0xff80000078f1aa0a, 0xf840ab5e96c5cb8f
	.quad 0x0bd769038b70f400, 0xfff0000000000000
	.quad 0xc11eb90a7fd3f194, 0xbff8000000000000
	.quad 0x3f8b58c049eee05d, 0x7fe0000000000000
	.quad 0x8028310a062fe583, 0x7f800000006323c9
	.quad 0x053cefbcf8d37c00, 0x8004ef51855170ba
	.quad 0x8cafb01bfbbac45e, 0xe2e6b2edf172d3bb
	.quad 0x03b707147f800000, 0x8aa532e6eba91b91
	.quad 0xfff8000000000000, 0x41e222bf7fc00000
	.quad 0xb7f98d539a687800, 0x8000000000000001
	.quad 0x7f8000007f96a7c1, 0xffcdf1957f800000
seed2:
	.quad 0x15c3c33d7135ca17
	.quad 0xffd558a498034a69
	.quad 0xb54922ce7300817d
	.quad 0xcbd74073c3afa60d
	.quad 0x0000000000000199
	.quad 0xfffffffffffffef8
	.quad 0x7fffffffffffffff
	.quad 0x83de4dfcfd4aa8ee
	.quad 0x7fffffffffffffff
	.quad 0x0000000000129a85
	.quad 0xb978d8ab085c9fe0
	.quad 0xfffffe1574a70253
	.quad 0xfffebe3d9230a35c
	.quad 0x000000000000815b
	.quad 0xffffffffffffeb31
	.quad 0xfffffffffffffda7
	.quad 0x05c00000
	.quad 0x60000000
	.quad 0x7fdd014270eccd4d, 0x6d83b10bfc41835b
	.quad 0x9e42b5d87fdfad3f, 0xbfdc617597b23459
	.quad 0xbd6add197fc9168c, 0x438f9c574f54037c
	.quad 0xc02418f2fe836aa7, 0x83c60d099e2a4d84
	.quad 0x000a2ac0058e4a04, 0x3ecf95917fe509c5
	.quad 0x8e47eb56c0d80000, 0x40d0000000000001
	.quad 0x327fbc737850392f, 0x550361cf4baffde6
	.quad 0x7fd1e602bffb8d53, 0x4640b41062b20e94
	.quad 0x9a8630ac815be4b5, 0x85c7f03cf6a381e6
	.quad 0x7f800000ff817355, 0x7ff6a1567fc00000
	.quad 0x42d5bfdc87f232b0, 0x7ff4ec81b3b8234f
	.quad 0xfff0000000000000, 0x7fd0000000000000
	.quad 0x573ddcbbffe1fc00, 0x7fa94f7280000000
	.quad 0x1d4dcbc7ffbefffd, 0x4cde95085a7ffffe
	.quad 0xff8000008024fecb, 0x0007cc06e9c1ede8
	.quad 0x7e1ea162298d7605, 0x762c3bcc00defdbc
	.quad 0x0656ce34b218c8e0, 0xbab0e24a0950b288
	.quad 0x7fa24fdc83ca8656, 0x7ff0000000000000
	.quad 0x407700cd91feaa2b, 0x8000000000000000
	.quad 0xbfdf8d0acf8267ea, 0xd7fcdc40ba3a93e8
	.quad 0x4339cef700f51bdc, 0x2f5342a7ddffffff
	.quad 0x4024000000000000, 0x1ca6c550e59ff47e
	.quad 0x7955c6ad192042a8, 0x000000010179dac2
	.quad 0x01d660c2e0a56871, 0x80000000ffc00000
	.quad 0x3690fd1435182975, 0x800287cef21390bf
	.quad 0x3f88dfd75d0e0c85, 0x804000008b5b0c68
	.quad 0x8e9a13ac5fcc5a26, 0x410400008d3e0421
	.quad 0x7ff0000000000000, 0x3c026c4c71c8fc4c
	.quad 0xc817d3b3ff92fb4a, 0xc038000000000000
	.quad 0x00050a03ff000000, 0xbe14644dbf800000
	.quad 0xe1c47e02770bd4c1, 0x7d702ad7d9800000
	.quad 0x011144c3b78c38f4, 0x46e4000074152384
seed3:
	.quad 0xfd7828d731c889e3
	.quad 0x0000000001000001
	.quad 0xf9a5284b9d036a2b
	.quad 0xffff0951b762c4ea
	.quad 0x914e8212b895912b
	.quad 0x667ba19da774d3af
	.quad 0x06c6f7e83cc17824
	.quad 0x0000000000000139
	.quad 0x00000000a0b7f2a0
	.quad 0xfffffffffff4b162
	.quad 0xfffffffffffffc21
	.quad 0x0000000004254979
	.quad 0x1b9b4cd1778835a6
	.quad 0xfffffffffffffffb
	.quad 0x8b874ae564557cab
	.quad 0xffffffffffe382bf
	.quad 0x02000000
	.quad 0x90000000
	.quad 0x7ff9e5dc560ab836, 0xd2fc697dd430eb33
	.quad 0x40800000101edf2e, 0xe5d8db096ef33e00
	.quad 0x800771a68347b058, 0xc283bd79c1140000
	.quad 0x7fd45e9bffcb4814, 0xc3605089f7dfad0a
	.quad 0x7fc00000c1180000, 0x9330671a9495a380
	.quad 0xe5d06a7e7bf57faa, 0xd7c3769c51921e58
	.quad 0xfff73106962102c0, 0xff800000fc0b8c58
	.quad 0x04c133db6ee4d231, 0xc34ffffffffffffe
	.quad 0xffc00000c0000001, 0x7f326243cf000001
	.quad 0x8c066c845c2ffb67, 0x159fba42e6bffdff
	.quad 0x7fc000004117b4c9, 0x3dd0e89651e26172
	.quad 0xffd62a90055d4ff8, 0x40da800000000000
	.quad 0x819284c6e9532b0a, 0xc8711c758480b635
	.quad 0x8008611526f58600, 0xc3ecf2989fdcf67e
	.quad 0x3f400000269c9393, 0x807fffff6fd2bed3
	.quad 0x9378d59e7fffd7f7, 0x0004a56f5827708a
	.quad 0xfface383bdbfd74f, 0x80cdf500ffd179d0
	.quad 0x3e568c44819601a4, 0x800fffffffffffff
	.quad 0x3db481c27fb88ea0, 0xc3cbb37b232df512
	.quad 0xe2f7c1bfedd043ff, 0x7fd890b0ffc9ffdf
	.quad 0xc102000000000000, 0x7ffbba6d8a92f84d
	.quad 0xff80000000000000, 0x00038ebf1a32a539
	.quad 0x817e392981d30391, 0xfff35112ea836afe
	.quad 0x464ff5cdd9bdcb83, 0x0065441f80000000
	.quad 0x1e1eee5fa49cfe00, 0x001fffffffffffff
	.quad 0xfff6552dd5009bbb, 0xbff731206e046c6b
	.quad 0xff800000d6054873, 0xff9e423e8a68862c
	.quad 0x8000000080ca6c91, 0x7373efe2ffb9b787
	.quad 0xa5624514df658650, 0x00327a867effffff
	.quad 0x000a3cdeb08d007d, 0x04d1fe7d87cf3ed9
	.quad 0x64cbe2aaff800000, 0xdf5d4e0af9ee7b11
	.quad 0x2c838d357effffff, 0xc03f171dd4f33e9d
seed4:
	.quad 0x7e7e6e7859bf7f66
	.quad 0x0acd6f7e704f5d48
	.quad 0xfffffffffffffffe
	.quad 0xfffffffffffffd4c
	.quad 0x38510b3379fdd5d5
	.quad 0x3fc999c2e3cf9bc1
	.quad 0xffffffffffffffd8
	.quad 0x000000000af897b6
	.quad 0x00000000ffffffff
	.quad 0x000003aa364207ea
	.quad 0x0000000080000000
	.quad 0x0000000000000224
	.quad 0x68c74e5b7cd931c1
	.quad 0x03e1bcf2a52abae3
	.quad 0xffffffffffffff55
	.quad 0x0000000000000015
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x310deb5a7081fc00, 0xe3bb8a4ddfdffdb5
	.quad 0xce7cd808c3800000, 0x8673dd9475ca4246
	.quad 0xfff2b205c7f59f53, 0x800000007dab1486
	.quad 0x7ff0a86dddbf9d51, 0x407fa5d87609205b
	.quad 0xc34dedb5ffc00000, 0x7f00000080136123
	.quad 0x00000000df000001, 0x3f820c89f6cfd2d4
	.quad 0x3125d73e27affb41, 0x000fffffffffffff
	.quad 0x224efc0c6d254785, 0x43967c87ffafff7f
	.quad 0xe5b8a63acbd31293, 0xa75139d47fbf3f7b
	.quad 0x95d9daa566f57f10, 0x2e20fb877ffffdf7
	.quad 0x8d23619cff9fff09, 0x07859adca355fcce
	.quad 0x05ae686dbf8ed3b6, 0xbfc9448c142fa787
	.quad 0x49400000486b9958, 0x7f24cef0d25f4fdf
	.quad 0x50b814834cad0000, 0xc1ed153d7f800000
	.quad 0xbe4c4dc1be30b147, 0x02520a642cd4fe2e
	.quad 0x28a25263e51f78a1, 0x1bf440e7ffd478c0
	.quad 0x1d03a4f3c3aa56a9, 0xbf9de0950388644b
	.quad 0xbf20000080000000, 0x0057a611741a7f98
	.quad 0x7cee17b7cea6fe00, 0xaa84450ca7817ca8
	.quad 0x3fe85beb0ffd057a, 0x3fbd6b07ff8673c1
	.quad 0xbfff621adb7885a1, 0xc124e9fc92b7ee2c
	.quad 0x41f0000000000001, 0x0a5ce9f265ff4d81
	.quad 0xbf65081fffe6d1d7, 0x896b1ec2e57fffff
	.quad 0x434a4815ccd90702, 0xcc23ef5db41f7801
	.quad 0x7ff8000000000000, 0x6617979d77633fd4
	.quad 0xfff0000000000000, 0xb8b39badfd177def
	.quad 0x7dda798e8175da7e, 0x08c7579dc13afc00
	.quad 0x7ff2deb82ae46b2d, 0x05840b10cf8e1e6d
	.quad 0xffc000004b936a65, 0xc320000080000000
	.quad 0xde018825de7b5600, 0xf0bda22648d3c1a9
	.quad 0x7ff0000000000000, 0x001372adfeb0232b
	.quad 0xce4619ccc80b7c00, 0xfff0000000000000
seed5:
	.quad 0xffffffffffffffd0
	.quad 0x000628a0cacd37a7
	.quad 0x2b95810dcded3ba1
	.quad 0x00000000001e82c2
	.quad 0x00000000000002c8
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe71
	.quad 0xffffffffffffffe0
	.quad 0x8bba5520eb1578f4
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x00000000000000d5
	.quad 0x0000000000a7de1f
	.quad 0x0000000000000008
	.quad 0x00aca2765256b4f4
	.quad 0xdef32cb3dac468a2
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x865e0e683692fc00, 0xbfe0000080ac6aec
	.quad 0xc015cd869134c3a7, 0x8000000000000000
	.quad 0x0000000000000000, 0x247c3e4effe2ff6f
	.quad 0xc01b000000000000, 0xec95511df56c7ec2
	.quad 0xa576fcfc9ee783ff, 0x98d34d44c1020000
	.quad 0x7fc000007fafc2ba, 0x8d0a6492f5337a09
	.quad 0x4063d9681612f154, 0x3d968ef03e0b407b
	.quad 0xfff1540c51c2c923, 0x579daef4ccd8ad19
	.quad 0xdd294593bd4fa9f4, 0xedefe81573ed3dee
	.quad 0x8052215a7014901f, 0x3f7cead6d9b63ccb
	.quad 0xc0a8000000ffffff, 0x47ef67b5b6c41db1
	.quad 0xe396235dbffa0385, 0x1de82762f0146200
	.quad 0xaeaabe3ba96bfe00, 0xa0dd2156a40cc5cf
	.quad 0x41fffffffffffffe, 0x7fc000007fc00000
	.quad 0x4f8000016753a6fe, 0x25fba668ff137bed
	.quad 0xc9045e54db9fcd8d, 0x4078ae6812bd1224
	.quad 0x0000000005f17825, 0x95dd19d063dc7a8f
	.quad 0xef90eb8806e67e00, 0x9bf9df32ddfecce0
	.quad 0xfce38939ff964885, 0x818251e620ad2dd7
	.quad 0xbee2002c3be08d72, 0x3b84408eff800000
	.quad 0xff6a05e352903313, 0x006e8276ecd87f21
	.quad 0x8000000000000000, 0xff80000080400000
	.quad 0xfff31a9c0758c8a5, 0x3b8ac82593f62fcc
	.quad 0xc03029bfacf94aaa, 0x38d35c176fffded6
	.quad 0xbfd483efd06acb2e, 0xc04d0a874ffffffe
	.quad 0xee01a12cc70b22a8, 0x00066fd16d906749
	.quad 0xe29246370ce2d8db, 0xf7734a923f21c639
	.quad 0x4a00000142efb354, 0xc07b739e35e181c0
	.quad 0xca6425b4d7c4fd7f, 0x807fffff80000000
	.quad 0x5e55d4707f800000, 0xff6cbcd47f74fb78
	.quad 0xfff9b502218b8fd1, 0xefc29593fc9d3df7
	.quad 0x0000000000000000, 0x22eeb80aff88e087
seed6:
	.quad 0x00000047b29c6a93
	.quad 0x0000000000000001
	.quad 0xffffffffff8e3298
	.quad 0x86bcaa9f8ec3df1e
	.quad 0x3e54614f94869bed
	.quad 0x00000000000003d4
	.quad 0xfffffffffffffd0f
	.quad 0x0000000000000032
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcc1
	.quad 0x5f0858923307f434
	.quad 0x000000037593f5e4
	.quad 0x0000000001000001
	.quad 0x86d84cf9537ea31c
	.quad 0x91e3001bf0d32935
	.quad 0x96ac04adf56f36cf
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x7f0bddea476d7d7c, 0x4f80000100000000
	.quad 0x7b32118c477fffff, 0x9ec660247fcd8275
	.quad 0xc20d46e400000001, 0x3f80000180000000
	.quad 0x80034acb17f6b940, 0x405899a4a3fa76b0
	.quad 0xfd61585ec1200000, 0x8000000080000000
	.quad 0x2a663ab5b9800000, 0x0e825d201dffe7cf
	.quad 0x3ebc7b053bc76646, 0x03981eb30e3961f2
	.quad 0x7f8000009694255e, 0x7ffb90c7b3bb65a6
	.quad 0x432f1f7a3e9b1605, 0xfff0000000000000
	.quad 0x3fbe2da2993f45c6, 0x7f946d48800a24ad
	.quad 0x4732941c7fe1fc5a, 0xfafd257affc00000
	.quad 0x00b137ede3eda8a5, 0xffc0000000d7f51b
	.quad 0x7f82e466bec33733, 0x7ff7f1316e8ee3ae
	.quad 0xfeb105fbf2339d22, 0x806dce5adab57c57
	.quad 0x24442465ff8c0200, 0xfff0000000000000
	.quad 0xbfe8cd5dd5ab5bef, 0xe1a6c375020916c2
	.quad 0x116bbab4acdeffbc, 0x4e99289ffd1c8ffe
	.quad 0xd79f39c7bfdefc0b, 0xff555b4a82e5076c
	.quad 0xffc000009b4ba142, 0x9cf7e58880800000
	.quad 0x40705e43696a6531, 0xe2acaaa37ffd4ff5
	.quad 0xbda77321610d306c, 0xfbaf73c37ffbc3af
	.quad 0x09c22cbd7e8e093b, 0xc771b144c1ef4540
	.quad 0x4022800000000000, 0x7597c4811a2f78de
	.quad 0xca716944b9500000, 0x7f80000070acdd13
	.quad 0x80000000186792d9, 0x11941317bd212c4a
	.quad 0xc024400000000000, 0xc00acc2192e2bb8c
	.quad 0x7fc00000be143f51, 0x0000000000000001
	.quad 0xbfbc7b64d4db5e51, 0xff8000000ff745a6
	.quad 0xa6b60447a66c553c, 0x7ff18cdc5f556bc1
	.quad 0xe55197f551a3c580, 0x44a800009bd8cb88
	.quad 0x834f6c4a7e800000, 0xcc67c8e080000001
	.quad 0x805ffeb5a4039a15, 0xd6fa34344a5bd115
seed7:
	.quad 0xfffffffffffff084
	.quad 0x4c078c033369add3
	.quad 0xfffffffffffffe7c
	.quad 0x0000000000000001
	.quad 0x000000000ad3c19b
	.quad 0xfffffa9e72663041
	.quad 0x873d2453ab9f5753
	.quad 0x0000000000000001
	.quad 0xfffffffffffffd3a
	.quad 0xfffffffffffffd41
	.quad 0xffffffffffffe0f5
	.quad 0x761997556b54484a
	.quad 0xfffffffffffffea8
	.quad 0x201494966e06a0d2
	.quad 0x9e4d1aaa5ebc1c10
	.quad 0xfffffac33c2a20e4
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x3fd2b05c9f5ecf6c, 0x8614744e590407c0
	.quad 0x99434ff2c0b58000, 0xbfc0000037400000
	.quad 0xfeffffff5f800001, 0xbfc6e1b94375e561
	.quad 0x3ec42006561b4fcd, 0x0014f7f73cebcaf9
	.quad 0x3fe00000df1a15fb, 0x01fb07ea7c4f5760
	.quad 0x3c5cdac05bb7532e, 0x84826415674fc000
	.quad 0xeb6a1993e31ac89d, 0xffdc13473fe00000
	.quad 0x7fc00000f3756dca, 0x7f802fb441ae16d4
	.quad 0x0ce8f5df75ec7e0f, 0x7e538c50cfea2640
	.quad 0xccfffffeda7ffffe, 0x000cead35ff924bc
	.quad 0xd9ffffffffb760ec, 0x3fe82f1c3070874d
	.quad 0x7de2a1f6cd98b671, 0xd77986f6642b7c72
	.quad 0x5d76f9bdfa588680, 0x82a3c74db4d3d288
	.quad 0x28981331bf9e7efd, 0x7ff0000000000000
	.quad 0xb93470bec2e7be7d, 0x7fe4cc534aff2b20
	.quad 0x3c41c4b73dc44a12, 0x2a4403dffff77b31
	.quad 0xc1f7eaae777eff8d, 0x38050eb8dcf5310b
	.quad 0x3f08200000000000, 0x2bf04687169afc84
	.quad 0x5e9b8f8e0742fd48, 0x806743ecbf800000
	.quad 0x5d6676653b5dc4c0, 0x7f9ab4f98ab158fb
	.quad 0x7b6cbc66eb99db68, 0xfff0000000000000
	.quad 0xf4378293473efe9b, 0x4032e00000000000
	.quad 0x9048034e65e5547f, 0x7ffb102e918ecc59
	.quad 0x100f6237a9197680, 0x9def26bd40ec0000
	.quad 0x6a50328197fbfb00, 0x3fe44be437457bdc
	.quad 0x85a544c89fbfc1ba, 0x806a9f100166db21
	.quad 0x10f54e850f430400, 0x290a5843ff617c00
	.quad 0x7ff0000000000000, 0xbdc50000ff800000
	.quad 0xc040447f76598413, 0xa14fb13efa9c6fc3
	.quad 0x402322da41040000, 0x6700a73def7ffffe
	.quad 0xbdc98fbefdd1bdd9, 0x6b9cbda565a53c80
	.quad 0xc2e292553ed58a75, 0xedc428d6d3b78200
seed8:
	.quad 0x9eed8f93f9d66dd6
	.quad 0x40bffb261a2d78bf
	.quad 0x0286ac273458f3e8
	.quad 0xfffffffffffffd4d
	.quad 0x000000000000008d
	.quad 0xdc7f76b3e17c5eba
	.quad 0x4ec51f8c5bfb4ea7
	.quad 0x4c137c3ff7f8c539
	.quad 0x4753334b8e104d87
	.quad 0xffffffffffffff5b
	.quad 0xb0e7dd78b3446c8e
	.quad 0xfffffffffffffd1a
	.quad 0x70d10d4b50929018
	.quad 0xf09e2f4806e917ff
	.quad 0x0020000000000001
	.quad 0x0000000000197198
	.quad 0x02400000
	.quad 0x70000000
	.quad 0xf0ef73e9ff78f38f, 0xced00c5316ff6e84
	.quad 0xc00322e44aa4bd9a, 0xc3f1ac1324c781ae
	.quad 0x7f800000bc07cec1, 0x40680000c0180000
	.quad 0xf13443de147cc26d, 0xffccc8c7c2281dc7
	.quad 0x7ff0000000000000, 0x517e158ad2dce31e
	.quad 0x7f4aed9c4380976b, 0xd1aeed2152f87a35
	.quad 0x0a98c3b3dbf93f14, 0x85a91b0a7c9968c9
	.quad 0x72ea9e0affa00000, 0x802ef6632b9fed8c
	.quad 0xb1e017834c710220, 0xffe7afcac2c28726
	.quad 0x2c5a8a0054af9900, 0x00000000430449aa
	.quad 0xc8dbdf72966fff5d, 0x81ebdce9fe74c8f0
	.quad 0x00178671fef7fec4, 0x596c2eb57fda73a1
	.quad 0xc2d288c4ff800000, 0x61ea7ff19dd58939
	.quad 0x173d1f22c8b4fc00, 0x7f8000007f9fcc5c
	.quad 0x7a9471374bf3a81d, 0xc0458455147067e8
	.quad 0x47a000007f800000, 0x398f35c46522f2d3
	.quad 0x4b93f04d7fafdfbb, 0x7ff149530215ebfe
	.quad 0x1abc79a6c0a02717, 0x807b3506c11dfecb
	.quad 0xdb1fd7c53bf1549a, 0x906369b0ca8ffd3e
	.quad 0xfb57ba14372a8dac, 0xbdd507578143d2ce
	.quad 0x7fc035b22e9ca128, 0x40200000c1180000
	.quad 0x733ee7293d6bb7e3, 0x80164d3c209f6a41
	.quad 0x00000001ff800000, 0x7ff367cd9274d9ed
	.quad 0xa675141e8c6b69e4, 0x004538eadffffffe
	.quad 0x4e0a330521f6fca0, 0x7ff266bf089af15e
	.quad 0x0000000000000000, 0x7ff5ee5b23e23dc5
	.quad 0x4020800000000000, 0x7ff488529f331658
	.quad 0x4011bc2f9bd2bfc0, 0x6fae22c67f800000
	.quad 0x2a840c19a1134dba, 0x80000000f9aaadd5
	.quad 0x40ca000000000000, 0x402bfeeabdc6f84c
	.quad 0x7ffe0963cb02ecf8, 0x387484c252e97f49
	.quad 0x21fd37ab7bf7de3d, 0x8e65c73980000000
seed9:
	.quad 0xffffffffffffff26
	.quad 0x8000000000000000
	.quad 0xffe48e5ca78aaa4a
	.quad 0x2390d555cf5a3576
	.quad 0x0000000000000214
	.quad 0x8000000000000000
	.quad 0xe3de5b6990dc0c72
	.quad 0xfffffffffff524eb
	.quad 0x1e9a1bbee0deb3bc
	.quad 0x0000000000000203
	.quad 0xfffffffffffffce9
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0xa170ae49c64ca808
	.quad 0x0020000000000001
	.quad 0x002b1af5da3cf9a0
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x8031042ec3daa7a0, 0xea100746c1fb7d8e
	.quad 0x41b94fa9c3f6e931, 0x3f8000013de0f921
	.quad 0xc021000000000000, 0x3c5c64e13c13412d
	.quad 0x009f473eb388cb64, 0x801c2a5e7f3e047c
	.quad 0x0000000141da7529, 0x5aa5c17abe52be3f
	.quad 0xf3c81e75e0617c8e, 0x832bb0ed39ffb3ff
	.quad 0x40effffffffffffe, 0xe51cafc1ffad8e00
	.quad 0x0428757f217b0000, 0x4006000000000000
	.quad 0xcc12838214457d52, 0xff7fffff3bd0ee87
	.quad 0x5fa81c9d6f39fbed, 0x28bab1fffefefd7e
	.quad 0xebb34477578d5396, 0x20c0cf3e07f57b05
	.quad 0xc080000040f40000, 0x5f68b61544400000
	.quad 0xbfc6d86dfb6e1cfb, 0x1cda5ef1904c36b5
	.quad 0x3f80f8741c15a090, 0xfff8000000000000
	.quad 0x0172b06a1e4427cd, 0xfae3cdb44b508000
	.quad 0x3e6a47bb7f92ec3d, 0x3b602474aee2c938
	.quad 0xc742242cbdc018bc, 0x2db50713fffef8b3
	.quad 0x0111abc3ee08661e, 0x4f00793a168159d7
	.quad 0xc388304cb41a7b48, 0x445619a3579f237e
	.quad 0x4020000000000000, 0x146b077effe45c2e
	.quad 0xffa9b72ac84a0000, 0x403289802b98af8a
	.quad 0x83b745a6e34794ce, 0x0b479328c0280000
	.quad 0xff80000048c00000, 0x3fdcf61744518000
	.quad 0xffbcd567ffb27496, 0x999059748060fcfa
	.quad 0x3c9f97e4bffdb7bf, 0x801b1afb47db15a9
	.quad 0xc07000002cd7f798, 0x80ca2aa37a1f6149
	.quad 0x014fdf6859694318, 0x3fed682d126f7ed6
	.quad 0x9bbc5a1cff860000, 0x807973ee8023f169
	.quad 0xdd6f9829ffff7f6f, 0x43bf391331d137bd
	.quad 0xffa958bdf868be5f, 0x000331252a7e8ed4
	.quad 0x41050e92ffc00000, 0xefffca3200000000
	.quad 0x79f4d3e3f1b44440, 0xc03000007f9e3e4a
seed10:
	.quad 0x0000000000000001
	.quad 0xfffe0f448e51f11a
	.quad 0x0000000080000000
	.quad 0x7bba4619e421758a
	.quad 0xffffffffffffff1a
	.quad 0x3ceefdab53910517
	.quad 0xfd7f63f60e967eab
	.quad 0x000000000002bf2f
	.quad 0xfffffffffffffd5c
	.quad 0x06f944fd74c45f75
	.quad 0x00006dcf3e514a5b
	.quad 0xfffffffff46ac8f2
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffcf7
	.quad 0xd89248ca70d78853
	.quad 0xffffffffffffffff
	.quad 0x02400000
	.quad 0x70000000
	.quad 0x0063a6873bc3a537, 0x8b99d1e917991140
	.quad 0xe6be4376137b76b1, 0x3d3e0d1caecda6b6
	.quad 0xfe8b26b6231a0c9e, 0xfff0000000000000
	.quad 0x7f5f228f2ee2ac27, 0x40000000ff800000
	.quad 0xff8000000f441fe0, 0x162c214c7719fc00
	.quad 0x7ff0000000000000, 0xcbecf868c5816d81
	.quad 0xf4618d8f9bdcff5f, 0x404abf00a724532f
	.quad 0xe401a6784145fd49, 0x000cd028e9de0174
	.quad 0x71203a11c0148bca, 0xfff0000000000000
	.quad 0x8f857dc2990bc003, 0x2b9afc4a90083aa2
	.quad 0xde6815a52570b937, 0x3b66bf67625e585f
	.quad 0x4f00000194ed61bb, 0x065b7122b31b3ffe
	.quad 0x73a60bc3df7dfc01, 0xfdd1d8062e1bd945
	.quad 0x2dccb7149dd5fe3f, 0xc316148a7fdebb8d
	.quad 0xc2e604aefea6fd5f, 0xc01a000000000000
	.quad 0xc3e0000000000000, 0x7febc426872ef180
	.quad 0x3e5534a9bdd0e259, 0x3f8d62d3f130c652
	.quad 0xbdfb76fc47800000, 0xc13e000000000000
	.quad 0x8c3975557fdd5575, 0xc0f9e46ce8718d42
	.quad 0x0040000000000001, 0xbfcd84520787652b
	.quad 0x8cbbbe2c4367ea00, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0x41ddb576804c5cd7
	.quad 0x58583855df7fffff, 0xd221d96ccf8fb448
	.quad 0xeb70f535fcf38200, 0xe4fc6756a39b07ff
	.quad 0x8fc79575f65fb77c, 0x3309e343e7758fff
	.quad 0x97443db041035078, 0x9b424e190da70181
	.quad 0xfffa2da085ef33a3, 0xbf482f7e068d4e00
	.quad 0xe9ddb394fffd7bff, 0x80087161349a09b4
	.quad 0x3f7282a1aec6a863, 0x8000000040c00940
	.quad 0x18ebe5d1b209a1d1, 0x6f74071acf1708f4
	.quad 0xe8179ce8408922d5, 0x41220000ca0f9add
	.quad 0xcf2ce490ffffffff, 0xbd1b529c00461dc3
seed11:
	.quad 0x865d38565bab9a9a
	.quad 0xfffffffffffffe7e
	.quad 0xb0aaa6871d7eb285
	.quad 0x21c1acccfc927068
	.quad 0x1043b367b8c817db
	.quad 0xc83673429b77bd14
	.quad 0xfffffffffffffde1
	.quad 0x0000000000000213
	.quad 0xc4d1f8614cbd4847
	.quad 0x9652ddb02049e05d
	.quad 0xfffffffffffffdfa
	.quad 0x0000000100000000
	.quad 0x0000000000000366
	.quad 0x0000347a72bc10f0
	.quad 0x96f2b28941e3548e
	.quad 0x0000000080000000
	.quad 0x02800000
	.quad 0xc0000000
	.quad 0xff99a3645a621513, 0x3f781ccb8269a6d8
	.quad 0xc5e10000420e1689, 0xfb9ccfb6c320c56f
	.quad 0x587347c8fb77ff60, 0x8df5abb67fffffff
	.quad 0xd2939b350943f6ca, 0xf34377378b03c280
	.quad 0x000000008059aabd, 0xf2dd865800000000
	.quad 0xd919259dd1eda4a7, 0xd8c6caf836a5bd49
	.quad 0x683ad7f3dbcf2bfb, 0x800f1c784afba4d0
	.quad 0x719b25e93de174bb, 0x00400000f6ccb134
	.quad 0x7f80000000270644, 0xc05984335d452851
	.quad 0x7fa6a925daf2971e, 0x0953b4e1cbdf8783
	.quad 0xfe800000c2bbef25, 0x43e50ad9826655f7
	.quad 0x207250e86fb9ff97, 0xfd077262db910000
	.quad 0xa70cd040ff800000, 0x0b73a98e0f5dc8d3
	.quad 0x44ce000097fcb460, 0xc77fffffff7fffff
	.quad 0x004394d300450cb4, 0x815f290fbd28788b
	.quad 0x8293dccd560d9ba2, 0xfd83568e7333fb45
	.quad 0x8f0fdc8ab241d99a, 0x999f3747ec214e73
	.quad 0x5ed3b0b77c7b07ff, 0x7fd07836f28f2d95
	.quad 0x8f62a16f5c488bb0, 0xbdac35c47f800000
	.quad 0x7fe0000000000000, 0xc4fd43653f36b7ce
	.quad 0x3cf02fb47fc00000, 0x817fffff4240978e
	.quad 0x001fffffffffffff, 0x000000007eeab98e
	.quad 0x7ff3150da9506d9f, 0xc0050d917829234f
	.quad 0xb332f2c241498173, 0x3fa00000ff800000
	.quad 0xbb77f817af21ed72, 0x333183c7ffff2b3d
	.quad 0xbec008e6bd9dbfee, 0xc066743543312db3
	.quad 0xbfd2228a11fdc875, 0xc133177140f00000
	.quad 0x8000000000000001, 0xf678e292510bbcd1
	.quad 0xc3600b1ec2a458a8, 0x7fe41d0b601263f7
	.quad 0x78a345f73f800000, 0x007fffff80638d26
	.quad 0xbd431f763babbf28, 0x7d7df89effeed007
	.quad 0x6963795956d43cb1, 0xfff0000000000000
seed12:
	.quad 0x0000000000000001
	.quad 0x5aa031c134f0dc74
	.quad 0xffffffffffffffa2
	.quad 0x59d7fe1c2397481f
	.quad 0x4403d8caa248aa09
	.quad 0x675c7b451ef27263
	.quad 0x0000002949cb4e15
	.quad 0xa66a0b27044fb6b1
	.quad 0x51a1c84e898b2261
	.quad 0x2694bc34f72f4761
	.quad 0x8000000000000000
	.quad 0x53cce6dd8a63421f
	.quad 0xfffffffffffffd21
	.quad 0x0000000000000353
	.quad 0xfff7956f8254ae49
	.quad 0x00002081089d8ee4
	.quad 0x01800000
	.quad 0x20000000
	.quad 0xc0c00000437b9e62, 0x00000000185a9a9c
	.quad 0x380a6f1374ed6386, 0xbd18bf7036ed2949
	.quad 0x89dbee6bfe9cfbf6, 0xff36cf6068d02e20
	.quad 0x3fffffff41200000, 0x02576081bc82c4e2
	.quad 0xffa43ab0ffc00000, 0x4ceaec9cb2988d69
	.quad 0xe7038d657dfee7d6, 0xa78c8e31af1c5ab1
	.quad 0x919e9883bd715741, 0x27fffe7d7fd62fbf
	.quad 0x7ff9055c41d209bd, 0x54c65dee06d51fdd
	.quad 0x805afa0a63372949, 0x800da1ddce2d3307
	.quad 0x7f8000008513758a, 0xc2334eaf7fd0348b
	.quad 0xffd08f29c1180000, 0x8858ad73f2dbfff5
	.quad 0x8000000000000000, 0xbfff8d2b12738241
	.quad 0xc0138e34cea47b40, 0x43f0000000000000
	.quad 0xcfc31f74d03d5dfe, 0x7e25385f817c6ebc
	.quad 0xc8300000c22840b4, 0xfff8000000000000
	.quad 0x3e9256a97f9e6d18, 0x8000000000000001
	.quad 0x4081600000000000, 0xfdf7795b6b1955d6
	.quad 0xc3e1af2f72b1db20, 0x4080000080000000
	.quad 0xff00000040000001, 0x4dcb9dc326ff7e38
	.quad 0x3c4e5166bd0327db, 0xc0ae000000000000
	.quad 0xbf91800000000000, 0x7fe0000000000000
	.quad 0x4000000000000000, 0xbb0e0000fe800000
	.quad 0x667c86cd71a07a16, 0xc000000000000000
	.quad 0x3bcafde44169e200, 0x9432522f6b5e011f
	.quad 0x8035b57000000000, 0xbe219c70cfbdfb00
	.quad 0x4023400000000000, 0xfff8000000000000
	.quad 0xa5d54353826a7bf0, 0xc0f80000bc959166
	.quad 0xffb0ded2fffa4692, 0xcf8000007f800000
	.quad 0x5c33d046280efc00, 0x8104b9468008d6f3
	.quad 0x9b0a8102bfcb85b2, 0x4761e68ac0200000
	.quad 0x00bbfd9cff4dc41a, 0x19e2774be0a4ed13
	.quad 0xca93555df42aff42, 0x4024000000000000
seed13:
	.quad 0x75f1dbdc2e895728
	.quad 0x2ca5d7e217cd0e9a
	.quad 0x8a47784857b1af1d
	.quad 0x7a3dfc06cf21815f
	.quad 0x00000000073fbbb7
	.quad 0x0000000000000278
	.quad 0xffffffff200449ce
	.quad 0x000b9d5e0d384af3
	.quad 0x00000000000000b7
	.quad 0xd8a48c1dbd81dd3b
	.quad 0x00000000000003cb
	.quad 0xfffffffffffbea01
	.quad 0x0f4bbc4d69ce1896
	.quad 0xd27dd27275266cda
	.quad 0xffffffffffffffff
	.quad 0x00000000000001ae
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x5d61a9cdc7225039, 0xbfd7c19e3bbbd8d5
	.quad 0x8000000000000000, 0x3642c770f7fe5f62
	.quad 0x80079eb32381e767, 0x481edab92a32379b
	.quad 0x3f6ddb4300000000, 0x3d4ad4b712ec0000
	.quad 0xbdb99b216c0a4c12, 0x7e1eca523c165022
	.quad 0x4021a1f4a8492a4f, 0x89367925a5b18000
	.quad 0x32af1732d11e7dad, 0x7e2f9aab7a27afe4
	.quad 0xfff8000000000000, 0xe27f94feed767fc0
	.quad 0x7fe8b854a80dc4e2, 0x00e3c22a593815ac
	.quad 0x29ab5773b7e1de7c, 0x00082dc0f6980456
	.quad 0xae6b45b05c899484, 0xd614b161cba6b074
	.quad 0x5f0fd68dffb97f11, 0x800f967464bb778f
	.quad 0x7ff0000000000000, 0x39b5c7279de68248
	.quad 0x0000000000000000, 0x80000000c0a40000
	.quad 0xa363c592ff984267, 0xbfbae10fc7738688
	.quad 0xc330000000000000, 0xb0013b90c7397e00
	.quad 0x511985b0debf7e27, 0x3cdb3dbc7ff2aeb9
	.quad 0x823eeb60ffb95262, 0xdf3188f8e0c7fc00
	.quad 0xc0669b30de5ca82a, 0x3bdf4dd740e80000
	.quad 0xaf44d41d630e0800, 0x3df3fafc4cee7e00
	.quad 0xc9a89875a2a7b14a, 0x6a13962af7fe750f
	.quad 0xbf90000000000000, 0xd90fe957ffa58565
	.quad 0x7f80000000d1fd3e, 0xc015000000000000
	.quad 0x41e0000000000000, 0x27f5a498c7a6b000
	.quad 0xfff4655ff0c44d9c, 0xf3408cb9f77eefee
	.quad 0x5567a935ffedcf64, 0xe8069720d5dbfc7f
	.quad 0x4de027a1e07f77a5, 0x3e7aeeec80000000
	.quad 0x75765014788efd61, 0x5bd48d9a9ca4c877
	.quad 0xfa68b1acbbeb05fd, 0x8000000007825d88
	.quad 0xc06e278700aa40db, 0xeeb1c6fd9a6081c0
	.quad 0xc019a0e7bbfa4d4c, 0xfff8000000000000
	.quad 0x2b86434bffdbf9ff, 0x800106015438723c
seed14:
	.quad 0xffffffffffffffbe
	.quad 0xcbebc6f4eb6cf031
	.quad 0x0000000000000172
	.quad 0x0000000000000000
	.quad 0x000000000000001c
	.quad 0xffffffffffffff7d
	.quad 0xfffffffff135f715
	.quad 0x8993c355344d073b
	.quad 0x000000000000006c
	.quad 0xffffffffffffff9a
	.quad 0x0000000000000001
	.quad 0x521e46a5cb07d4ae
	.quad 0xfffffffffffffd13
	.quad 0x8d5554a5c6e87189
	.quad 0x0cc836e79aa0b891
	.quad 0xe219641723d15551
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x7f800000ff000000, 0x7f15ae27e0fe17ec
	.quad 0x7fbb6b63c6254cd1, 0x7f800000c0ec0000
	.quad 0x71367d44a90a7c00, 0xbfdc82b3645c3152
	.quad 0x771f8fb0ff6fcf4a, 0x802a5c2bd884900c
	.quad 0x00e5406effc00000, 0x59fffffe7fea3ede
	.quad 0xa0b9be1ffffffabf, 0xe9ab22ef8060d503
	.quad 0x7f8000008112c949, 0xeca731c05ddc2bfb
	.quad 0xc013b6fcf594eac6, 0x8eb956eb85264b2a
	.quad 0xf4fa063ebbd1f251, 0x8e2b258cfffc7c00
	.quad 0x7fa54710fea9c83e, 0x40541848eb8b9c03
	.quad 0xbc3a5899be1f619a, 0x7f80000045a00000
	.quad 0x0175e1e580000000, 0xff80000040900000
	.quad 0xc0e7d12de4f1befa, 0xbb9d388200000000
	.quad 0x5fc7e2cc40700000, 0x09f36de7d2037c00
	.quad 0x41f7ce2180000000, 0x65cd00977fffffff
	.quad 0xb697cf6d7cb1d028, 0xff8b4ebffedfae00
	.quad 0x8000000000000000, 0xfd698de9be80fa52
	.quad 0x4022000000000000, 0x78ad2d6899f47bff
	.quad 0xffce80be59800000, 0x42df893941725f1c
	.quad 0xf491473c2a757a3e, 0x60c4126cffdef1a9
	.quad 0x40f0000000000000, 0xfa648e6e891ff83e
	.quad 0xb60d665544012aed, 0x3fe6757af919759e
	.quad 0x7fb73c4a00047b35, 0x89b045647f9ffdcd
	.quad 0x019803e2d37efe80, 0xfff78a574d2c08c0
	.quad 0xff800000ff800000, 0x409000003e55c090
	.quad 0x8473e7baa04afc00, 0xb7ab0000ffa03f3d
	.quad 0x3fca1605a3cc289f, 0x439e0000c0e00000
	.quad 0x2095a9d487c05cb5, 0x6ddab429e0b33fe1
	.quad 0xc2ac538d25da71cb, 0x3dfde4e157af314d
	.quad 0x001f3575f008bdb1, 0xc020800000000000
	.quad 0x3ffb0f592f25bfd9, 0xff00000040d80000
	.quad 0x0ed37c0a3ebf7faf, 0x7ff8332e9248040e
seed15:
	.quad 0x00000000003a89ab
	.quad 0xfffffffffffffd0e
	.quad 0x0000000000000000
	.quad 0x70e3507f7779cfbf
	.quad 0x782f1e3de97ed9a6
	.quad 0xffffffffffffffff
	.quad 0xf6dbc9c03a3267aa
	.quad 0x0000000000000001
	.quad 0xbb1613a79f5c643e
	.quad 0xfffffffffffffffd
	.quad 0x0000000001000001
	.quad 0x0000000001000001
	.quad 0x0000000080000000
	.quad 0xfffffffffffc32eb
	.quad 0xffffffff80000000
	.quad 0xffffffffffffaafc
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0x1037a0ed1a73fc00, 0x31bb585a3b8301ee
	.quad 0xfd8c9fad1f02790d, 0xa7fb371dffbc6b37
	.quad 0xb521ff0cfff8a8ed, 0x62669cffffff39e9
	.quad 0x3f920f5eb9d15b81, 0x7fc000005a7ffffe
	.quad 0xbc3a9beefb3cff93, 0x2d9ed3b9c366b3dc
	.quad 0x5943fea38df3a960, 0x4f80000000000000
	.quad 0xbf5ec00000000000, 0x0009cbe7438349cc
	.quad 0x8009d4fbb0fa23cb, 0x8000000000000000
	.quad 0xff800000a74ac559, 0x8da371a280ffffff
	.quad 0xbcf0223a0e9bbb0f, 0x01000000aaa2041e
	.quad 0x671d506a0bccddb8, 0x2086ce152d73fc00
	.quad 0xda17b309812e63d4, 0x7887d2fe7f7fffff
	.quad 0xab4400c8511a00f9, 0x7e8fcdb71f68b616
	.quad 0x7ff0000000000000, 0x2104e08808827c00
	.quad 0x3bcad437800bfd80, 0x7ff0000000000000
	.quad 0xfff8000000000000, 0x7ffaa81f4b076bdd
	.quad 0x7fff7f93053b9e64, 0x409ca4cc5f7fffff
	.quad 0x800000016ddab622, 0x59ffffff7e0eb652
	.quad 0x7ff0000000000000, 0x4c128f5d7fbf7ff1
	.quad 0xc0b80000ffc71a8b, 0x439a7e7ac0b40000
	.quad 0x934f5201e4eb2c4b, 0x34f4505ff26132cc
	.quad 0x80400000c3b0f486, 0xc00000013d414a90
	.quad 0xe701108be2f8919b, 0xa5dfbd2305ec59fb
	.quad 0x0000000000000000, 0xbf9998b28f0b8b66
	.quad 0x7f800000817fffff, 0x3fa1ef1213f02071
	.quad 0xcf7fffff86913995, 0x2461f706fbdfae7f
	.quad 0xffc0000080000000, 0xa6cf40d3ff7afffb
	.quad 0x5be42807451f4600, 0x5e8e0e935397d974
	.quad 0xbfcd987240204f8c, 0x7fd598998052a9b4
	.quad 0xd6b4feb47ff6fefc, 0x8167e93cf9397f33
	.quad 0x0000000000000000, 0xdffffffeffc00000
	.quad 0x7fffbf7e9e08864e, 0x00000001ff99118d
seed16:
	.quad 0xffffffffffffff94
	.quad 0x7fffffffffffffff
	.quad 0xab7a3984e3ef7254
	.quad 0x8dae65d05f160dab
	.quad 0x0000000001000001
	.quad 0xdd57ed484c123925
	.quad 0x6139167634d2bda0
	.quad 0xfffffffff17aa543
	.quad 0x058987da21f7b606
	.quad 0x7e39359270e4891e
	.quad 0xe24abfa493a93985
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc8e
	.quad 0x00000000ffffffff
	.quad 0xe8258d32cbf6fc11
	.quad 0x23c13c8fd408a0ab
	.quad 0x03000000
	.quad 0x30000000
	.quad 0x0000000000000000, 0xa921121492888000
	.quad 0x980038757f800000, 0x7ff670cf5b697581
	.quad 0xc05c254297ec9b12, 0x6742d67c12fc761a
	.quad 0xd90271b2bf7febff, 0x289ef690ffcdd37e
	.quad 0xfab59e82c5f9e3ff, 0xfff2c9872900b7bd
	.quad 0x6e753787ffc77d4b, 0x4110000076c08899
	.quad 0x7f1792f0f5e74d41, 0x00000000ff9a0ffc
	.quad 0xbfc24a7c115841c7, 0x40e0000000000001
	.quad 0xc0a00000fe8c5ecb, 0xc1d73d0bbbbcbb52
	.quad 0xf394968c6b51fc71, 0x0d8253bdffe44641
	.quad 0xfff96b72b6dfc2a7, 0x00be52f07fc00000
	.quad 0x19724b709b80dd13, 0x4023d213a69b2c82
	.quad 0xff800000bf88e3f1, 0x8101680a00000000
	.quad 0x3f47507ee494fc00, 0x26c31d2b0293a832
	.quad 0x7e26e470e8c76a82, 0x7fc2f6b5bcb7203b
	.quad 0xffae3f3b1745be29, 0x7f9e6ab27f800000
	.quad 0x7f853cb100653a79, 0xbec088434360650b
	.quad 0xff800000805e4d78, 0x7ff0000000000000
	.quad 0x7fc00000c2c00000, 0x3fb4000000000000
	.quad 0x7625bb9a7fa047e8, 0xc1a41935ffed2e8b
	.quad 0xbfb4aeb0f1953327, 0xff80000076cee891
	.quad 0x2a4c4ba178457a00, 0xa5421c71f836bc11
	.quad 0xd634f71cbf967324, 0x3dc49bedc3b1ffef
	.quad 0x69c95c54a4dffa9f, 0xf7802829ffbaecf7
	.quad 0x3f800000dad30aab, 0x338ee14b7fc00000
	.quad 0xc26af7287749f3ec, 0xbec7800000000000
	.quad 0xff800000ffa02008, 0xb71f00007ff3e1b7
	.quad 0xbf9a5a30e724a5b3, 0x7f86267a899bd0d1
	.quad 0xfff0000000000000, 0x75d2ebfad85a5cf4
	.quad 0x4016000000000000, 0x0074c9d66f987f03
	.quad 0x007fffffff800000, 0x7e6a66f385d22867
	.quad 0x26c0a772062e914d, 0xffd4ca6397668c66
seed17:
	.quad 0x000000000000d3af
	.quad 0x48fd6d61d35dd06c
	.quad 0x4fe88c0e0dd08faa
	.quad 0xffffffee3871f27a
	.quad 0xffffffffffffd70b
	.quad 0x000000000000006e
	.quad 0xffffffffff5df455
	.quad 0xfffffffffffff853
	.quad 0x46cac53c58d2b157
	.quad 0x000000000000003d
	.quad 0x24771274960d78e9
	.quad 0x0000000000000001
	.quad 0xabd1ac29a7ee1eb2
	.quad 0x00000098e262e8cf
	.quad 0x7fffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x800742393c7e0057, 0x6d10e9f3550ffafb
	.quad 0x000000006d3e4f4c, 0x7ff0000000000000
	.quad 0x3ff00000ff10777f, 0xb6d01b438b6efe00
	.quad 0xf0df5989e67f9f44, 0xc20000007fe05dc4
	.quad 0xb1d91d0458ff7f54, 0x26911cadd4f756a0
	.quad 0x0d6a03baefffffcb, 0x6728bf4d00000000
	.quad 0xd9ffffffc07ffffe, 0x7ff55656ff9c678f
	.quad 0xfff0000000000000, 0x0223461fc0600000
	.quad 0xbfec472a0cf30d35, 0xefc4e1db001483f3
	.quad 0x88f8c986ffdecb7d, 0x2b464e994df80bff
	.quad 0xd174b122ade161fc, 0x033b2085536aa6a1
	.quad 0x814b9cde78724a2d, 0xc11e00007a1090d4
	.quad 0xbdf695de70a0dfb9, 0x78452f21d9fffffe
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0x3ffb25bfff6dc51d, 0xd9fffffec7000000
	.quad 0x57a9d2fd7138049f, 0x0000000180000000
	.quad 0xffd0000000000000, 0x83b3c88bc0d73e13
	.quad 0xc000000000000000, 0xcd94ca8b923a2a1b
	.quad 0x598000007fddbe57, 0x7fb756e65a3f8581
	.quad 0xfff6afc68cd40d8b, 0x49fcbb998a5bfc00
	.quad 0x02c00ce097870000, 0xbfffffffffffffff
	.quad 0xc3a21857feb383f4, 0x83a2bf4be86782aa
	.quad 0xfba269d743686bc8, 0x87ab5d977f994cf0
	.quad 0x405a302143ecb3f0, 0x0e8a10459f59d012
	.quad 0x8032d1ed3f800001, 0xf8e0113523bff97d
	.quad 0x7ff7b233cb01cc00, 0x80026f7c533269cb
	.quad 0x4fffffff41e65ef6, 0x5a4c04e5ebea1979
	.quad 0x4338aad95a7ffffe, 0x4045b08095549134
	.quad 0x0a882f5abffd4676, 0xff8000000d42886a
	.quad 0xc020000000000000, 0x3fdf421cff9f5269
	.quad 0x0111118cbff944cd, 0xa01a90bdfff3dfb0
seed18:
	.quad 0xf43b69b5712b8ada
	.quad 0x439c241e8316abc7
	.quad 0xfffffffffffffc53
	.quad 0x47d128d9c239c3a4
	.quad 0xffffffa9e8802644
	.quad 0x00000000000000e9
	.quad 0x00000000000305f5
	.quad 0x73a0b6dc04233bbd
	.quad 0x13cd643f2da194cb
	.quad 0xe34a2073721e8633
	.quad 0x0000000000000140
	.quad 0x00065d2c9d87663a
	.quad 0x6f12e9204e5b506f
	.quad 0xffffffffffffffea
	.quad 0xfffffffffffffcfb
	.quad 0x57759e866cd3b7b1
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x7ff63c57a25320e5, 0x065f3f29e796fd21
	.quad 0x130deacaff800000, 0xfff8000000000000
	.quad 0xc008efdda6ae627a, 0x8034fced338c6df4
	.quad 0xaf63f0a07f851e99, 0x8000000000000000
	.quad 0x0000000000000000, 0x7fd680c132dbd9f4
	.quad 0x8002e46734224b3d, 0x80a607b81dfbb787
	.quad 0xbff018198d2fe025, 0xff96a101b9700000
	.quad 0xc0a8700000000000, 0xd23697443f7fb6df
	.quad 0x000c1750cdef6075, 0xeebe39ead4355d8c
	.quad 0x7ff325fb0a41680b, 0x96787cf1ff800000
	.quad 0x827b5dad560279c9, 0x425d277a01f7f5c0
	.quad 0x810368adc0ac0000, 0x024642969baf951e
	.quad 0x3efc000000000000, 0xbfa37ce3d4ec4c23
	.quad 0x7fc273e6c0d00000, 0xfff0000000000000
	.quad 0x4b8fc86dff3febff, 0x3c9a0f5f81000000
	.quad 0x3dae8829800aae4c, 0xbf80d7bcbff2bdd2
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x804a5eec9b4223aa, 0xffc000003fd2cf66
	.quad 0x40df53f459f0068a, 0xe41a409a309f3400
	.quad 0x0c25bac19edfc7fc, 0x8000000000000000
	.quad 0x000000003e0d6fb3, 0x3fc000000a9e5c01
	.quad 0x4069226cce149792, 0xbcfc766d00e5e565
	.quad 0x83864e75fb18c140, 0xc000000000000000
	.quad 0x4073355ea266707c, 0x0000000000000000
	.quad 0xbe659a257fb08f02, 0x800b4198ffb1ca90
	.quad 0xc159b39543b7d0d9, 0x355fc508beabba20
	.quad 0x3f827b430d89a97b, 0x9690948efdcadf3a
	.quad 0x40efffffffffffff, 0xc0097de94dae9ae5
	.quad 0x7fc00000be87d606, 0x7dca0bbd6c7bceeb
	.quad 0x800473fcb413deea, 0x7121519c06570400
	.quad 0x00123ec61784202c, 0x3a40000092b985f0
	.quad 0x6d9cb50d3ef279be, 0x41da976d19424bf7
seed19:
	.quad 0xffb1734686aee28b
	.quad 0x5243849e027f5a09
	.quad 0x0000000100000000
	.quad 0x5447d231aaa8e7fa
	.quad 0xbafacf421fc6891d
	.quad 0x0102b281ba8da0e5
	.quad 0xfffffffffffffc95
	.quad 0x0000000001000001
	.quad 0xfffffffff2537856
	.quad 0xc7da3cd935bacace
	.quad 0x00000000ffffffff
	.quad 0x8bcb7300ac013326
	.quad 0x53205d451c42a7b2
	.quad 0x000000fd7548794d
	.quad 0x00000009aa0f4daa
	.quad 0x0000000000000163
	.quad 0x01800000
	.quad 0x00000000
	.quad 0xbf8c7a58f6593d4a, 0x93db22eafff20200
	.quad 0x7fc0000000ffffff, 0xe56d72103ffb57ff
	.quad 0x795f157d3f9bfee5, 0xbe321d4d5f6ff7e3
	.quad 0x1250109097f40800, 0xace8840655613ffe
	.quad 0x00ffffffffa9ee9e, 0xc1d486de3ebbff22
	.quad 0x5ad7505a87cbc900, 0x90482247de038375
	.quad 0xdd19118fc14683c7, 0x809febeb0bd1fda4
	.quad 0x3d1f4a717251a723, 0x91f3d3f172ed19b5
	.quad 0x7ff60bb753240375, 0x619a88ecda000000
	.quad 0xbc7cd789b5d40000, 0xcffffffe4269cd8f
	.quad 0x0696ad03bf857c41, 0xcd89f209bc085600
	.quad 0x090372e761adf598, 0xc17e0284fdb07e00
	.quad 0x9900f5e830acfe00, 0x2807cae575f9fddf
	.quad 0xff800000bf6423cf, 0x84c33947f3bfc680
	.quad 0x7d9cd846f9a1f624, 0xff0000007fc00000
	.quad 0xee8a0b8bf99b2991, 0x8000000000000000
	.quad 0x41adcf7aff800000, 0xf6b28625f72fd752
	.quad 0x0bf0f8902aa4ac40, 0xc021000000000000
	.quad 0x7ff781f9316660e3, 0x7f9b522adb5bcd2e
	.quad 0x4cc5a5817ff6ab9b, 0xbfeaa97789ede710
	.quad 0x3fffffffffffffff, 0xff88149e00000000
	.quad 0xc368e6d500000000, 0xbf3c7ce844a00000
	.quad 0x3f89e5438727de89, 0x836b68c0e402fbc0
	.quad 0x7e8000001bc69fc1, 0xc9b330a1cb4d6fe5
	.quad 0x80a8889d427e8000, 0x4a75ef8bf0a7a820
	.quad 0xfff0000000000000, 0xf87cf2aed9717e00
	.quad 0xff80ca487d361458, 0x8212aa596063303a
	.quad 0x3d39fac97fa9e370, 0xc20561bb5fc8f1f3
	.quad 0x84a3fcfef3f6bfef, 0x811d8542ff800000
	.quad 0xd70d08fa2b74fc7c, 0x8018724887991285
	.quad 0xc00547b9186e35fa, 0x92cffc75be93bff9
	.quad 0x028dea3e79c30919, 0x77f131b3f5ecfc00
seed20:
	.quad 0xfffffffffffffdb6
	.quad 0x15d438c424c4f0ea
	.quad 0x3385ed133c9448ee
	.quad 0xeff1da2f29b0b882
	.quad 0x59787ef13054ee24
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc3b
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x0000000000000196
	.quad 0xfffffffffffff717
	.quad 0xffffffffffffff2b
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe15
	.quad 0x0000000389224821
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x4780000084989586, 0x994aad7be194a2f4
	.quad 0x008c25814320b5ff, 0x7632c04eff927e18
	.quad 0xc01ea78cbba20b50, 0xbee6000000000000
	.quad 0x2b9bfa3bf373b313, 0x53c12fae9ffc9608
	.quad 0x8062bb56c3efaf2d, 0xc8c564bbe0b60000
	.quad 0x363baca1c02abd3b, 0x8920f7ecdbedfe00
	.quad 0x6c365d7b11554c97, 0x7f80000080000000
	.quad 0x0136ea802e7e61fb, 0x1c30a12e5f847fd2
	.quad 0x35800000b7ee0000, 0xc048dd95fe9cfdd9
	.quad 0x4012000000000000, 0x7ff4481e14fb04bd
	.quad 0x1a4ee2b872641cf4, 0xfff8000000000000
	.quad 0xef237ee9b6f17c1b, 0x0a56dd94be800000
	.quad 0x8caf2332bde00000, 0x805fa88c07b86358
	.quad 0xd2e9b5309c7fffff, 0xbce10b85ffc00000
	.quad 0xc1a6398cc1040000, 0x01d4b9367c5f25c0
	.quad 0xfbc029e72979fff6, 0xc9d0000080ffffff
	.quad 0xbc8853147fc00000, 0x5fc01541a78d6115
	.quad 0x000e221eaf4ea34d, 0xa4bc7e1758aa57cc
	.quad 0x4040936de97fd29d, 0x7ff8000000000000
	.quad 0xdffffffe00758d6c, 0x3fd7f54ccfdc19e3
	.quad 0xc0f0000000000001, 0x3b3250b8c7bf3a40
	.quad 0x3fdad9f8393da6b5, 0xdbb7272f7ef72a44
	.quad 0x0e5293c8ffac5de7, 0x3cbd0e16a8b1a50a
	.quad 0xbb69d88bffd7ffed, 0xbffb68c755f49277
	.quad 0x9e9f1d52477efcee, 0x9c0e3e39fdfddf5d
	.quad 0x7d62b645cb99ff6f, 0xffefffffffffffff
	.quad 0x0169c1a03ffffffe, 0x80000000c2737b95
	.quad 0x796ac8ba32759e6e, 0xc0e0000000000000
	.quad 0x40d40000ff800000, 0x8e46c8296232c800
	.quad 0xe383220ae879c8fc, 0x02cd41fd580499c9
	.quad 0x8a9cf736a7e6ccc2, 0x80000000950760e4
	.quad 0xbf73b146d17c1eae, 0xc068000000000000
seed21:
	.quad 0xfffffffffffffe75
	.quad 0xffffffffeb901ad7
	.quad 0xffffffffffffff2d
	.quad 0xfffffffffffffca4
	.quad 0x000000000000007d
	.quad 0x0000000000000229
	.quad 0xfffffffffffffffe
	.quad 0xffffffff80000000
	.quad 0xe0626fbb01a1aa67
	.quad 0xa6331de03720b072
	.quad 0x1963c7c87ce1a288
	.quad 0xfffffffffffffedc
	.quad 0x60247e422add0899
	.quad 0xffffffffffffff4c
	.quad 0xfffffffff1555bbc
	.quad 0xfffffec0848390c4
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x7ffd698b3531864b, 0xb4e70d1914d502b4
	.quad 0x4020800000000000, 0x000000013508304b
	.quad 0x7ff6ac87b1dbd0ed, 0xc7c000003e93588e
	.quad 0x789f922786cfbffe, 0xff80000080000000
	.quad 0x3ecf5872c04db2b0, 0xbf7688feef71bc79
	.quad 0x3f7e800000000000, 0x40940000ff920e8f
	.quad 0xfc337523d5f5ccfd, 0x3f07b00000000000
	.quad 0xc018000000000000, 0x0296710dc125ad6d
	.quad 0x0120c39fc184443e, 0x6113c1ceff9dfe00
	.quad 0x3224415c8d85fc00, 0xfffbbaf19ae302ac
	.quad 0x47eed6a9c5edf387, 0xc0ffffffffffffff
	.quad 0x40934454beaa11f7, 0x8cc03f98bf4cd558
	.quad 0xbed9000000000000, 0xc0312a9400000000
	.quad 0xc03c4432ef691a31, 0x7fd0000000000000
	.quad 0xfa43255e7f02c5eb, 0x460600007f909ba9
	.quad 0x7eed506746474247, 0x8af64e40c00afd88
	.quad 0x8995f19fbbf3ffbf, 0x9ae353cfbebffaf6
	.quad 0x0025ea5a26e70db5, 0x3ff9200000000000
	.quad 0xe6970741ffcfff8e, 0xe8a9fb285b05d29d
	.quad 0xc045fbb6c0542695, 0xbf8fe933e1710686
	.quad 0xc1eed78b00000000, 0x6adf53312b76b2a4
	.quad 0xbf83685580000000, 0x80000000574f8705
	.quad 0xbbfada321e87669f, 0x3fec7e908136f513
	.quad 0xffb57a373c8d8894, 0x3f38000000000000
	.quad 0x1f130f0408a9940b, 0xffad48ed3b9f7ef5
	.quad 0xec9e20c1ff800000, 0x1b87672a66866ce8
	.quad 0x484c00000ec9266a, 0x8000000000000000
	.quad 0xfff162e8f006cdf6, 0x4029c457f5e202bb
	.quad 0x7ff2b03c6f870756, 0x80273b46d94732d2
	.quad 0x0040000081000000, 0x000d0c6b2c3f38eb
	.quad 0x0000000000000000, 0x83b621e5e47959c5
	.quad 0xe72c8684ff9e3b37, 0x410a000041615bcc
seed22:
	.quad 0x905b8d402dccd427
	.quad 0xfffffffffffffe97
	.quad 0x5355dd89b59aba00
	.quad 0x7fffffffffffffff
	.quad 0xa1837ff7240796a1
	.quad 0x0000000100000000
	.quad 0xd6d5b2ac8d567c4f
	.quad 0xc0631f5b73f2967c
	.quad 0x000000002715cc80
	.quad 0xfffffffe027366bd
	.quad 0x59a1209e08165f01
	.quad 0xfffffffffffffe4d
	.quad 0xffffffffffc89b82
	.quad 0xa6d940359d211873
	.quad 0xb3693ecd6ef029d7
	.quad 0x00000000000000f1
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x1fb2673167f771e9, 0x5211e16aa4429476
	.quad 0xfff6ffd73a3ae21d, 0x40bf800000000000
	.quad 0xac66ac873cbfd931, 0xd8524a4c7f800000
	.quad 0x7a796c247fe7a743, 0x01b65d86c5ab11f4
	.quad 0xfe03c1b9b0139606, 0x80000000dffffffe
	.quad 0x7f876ff43690284b, 0xbf7caac3ba403c3e
	.quad 0xa26ea960da5cea38, 0x0e56671e3d9936c6
	.quad 0x40026fad7a388b3c, 0x7e7d20ccd5834d7a
	.quad 0x18a39f29d780d223, 0x4042447687807b79
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0xffa603b1fe800000, 0x38e985cfb573e6fe
	.quad 0xffe644811f81934c, 0x055e606bffdb4a2b
	.quad 0xfff4677afc38131a, 0x3b5e759a3f800001
	.quad 0x7b95c5b040700000, 0x7ff0000000000000
	.quad 0x80092d76a1b05b92, 0xd6aecc5daaf635e6
	.quad 0x5321218d65a54080, 0xc05b710cf5a5f6f2
	.quad 0x8000000000000000, 0x22bc7f05776ec615
	.quad 0x8000000000000000, 0xbf983deb44085eac
	.quad 0xfff0000000000000, 0x82022e1b3ef70449
	.quad 0x7fc0000040000001, 0x80000000618f8550
	.quad 0x0000000000000000, 0x52ce139ac2627d29
	.quad 0xb4e0a76201ab4850, 0xffe0000000000000
	.quad 0xc0744cb8505e9e33, 0xcd2e2ccd76bb2090
	.quad 0x800bebda7a060028, 0xb612b68b392048a0
	.quad 0x12e3605d1bfbf894, 0xb4cf93e7b3ddefd3
	.quad 0x012be6c033a8c660, 0x40f80000ff9e3c26
	.quad 0x36916b74c7db4880, 0x5f74e2a0e6ccdf00
	.quad 0x71afc90efe800000, 0x35d9fe4b5fffffff
	.quad 0x3b2015140f49baa8, 0xbe4743ec7fc00000
	.quad 0x3fa04b94f06b12e9, 0x730fbccb7ff3fbfa
	.quad 0x7fbe5874bee900ff, 0xc840000080000000
	.quad 0x385e64817fb26a71, 0x8fcc6f2e6a69f6a4
seed23:
	.quad 0x0000000000636bb0
	.quad 0xe56dd2bb7beb52e5
	.quad 0x0004ea4764573c8b
	.quad 0x00000000ffffffff
	.quad 0x50cc5f5860a221a3
	.quad 0x000000000000003e
	.quad 0xfffffffffffffcfe
	.quad 0x00000f796aca5c00
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffa4016
	.quad 0x0000000000000ff2
	.quad 0x14815e113275f2d7
	.quad 0xfffe9c9a0bdecfd2
	.quad 0x0000000000000060
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x4050000000000000, 0x804c2cc7414dddbc
	.quad 0xa58bc3067a7e9166, 0x44cacc2cbff19fbc
	.quad 0x82c1eb569cae6f93, 0x3e05864a1571207e
	.quad 0x41ffffffffffffff, 0x4fffffffe2bc1c8e
	.quad 0x00ffffff40a40000, 0xfffaa4100dea0b04
	.quad 0x80020c4e6ed8a751, 0xf260b6bd9a898651
	.quad 0x3b60000010067225, 0x3e77ca50f787be32
	.quad 0x8000000000000000, 0x87dd4afefdffdd37
	.quad 0x6339ad7ca36f7ba8, 0x7fb261af25582b6c
	.quad 0x3fa70f1db6017c80, 0x7ff0000000000000
	.quad 0x50a93428fa7fffff, 0x699564a6678694ed
	.quad 0xb1a3827cadda85eb, 0xa3edaf923937bc70
	.quad 0xcffffffef5d18fd3, 0x401f000000000000
	.quad 0xdd4325b1ef3e82ce, 0x4cb1e58ac52c14c1
	.quad 0xc02548bfec7d4c8a, 0xc0296c43e895dc64
	.quad 0x16475bcddd401260, 0x40010bc30d731add
	.quad 0xd395a178df000001, 0x4077106554f607c0
	.quad 0x8cec1104192e0bff, 0x801ec8e61ec6acbd
	.quad 0xbf2ad24d924862d8, 0x7ff0000000000000
	.quad 0x81077e15197bc300, 0x7f089751415a9795
	.quad 0xffbd6f07df800000, 0xea2ba988ffee1106
	.quad 0xc0d00000c2360000, 0xd5611faee9caf400
	.quad 0x405d5f594f63a077, 0xf2f4187487a3fc79
	.quad 0xafc1aaba4d767eb2, 0xffc000000bcde53c
	.quad 0x3555d59ee478dfc4, 0xbfd1803602cfbd53
	.quad 0xfc63124177fffffe, 0x40187cc279d6a014
	.quad 0x000fe944a601e7f7, 0x1571b9df1c84f34f
	.quad 0xff9817eec064898c, 0xc021c00000000000
	.quad 0x84f046cbdbfff9fe, 0xfc2e16337f800000
	.quad 0xc0e1d8aed776ff3b, 0xc2d1af59bcc9ec64
	.quad 0xda0000013e4ab5e3, 0x3cab149efff5000d
	.quad 0x0004fba7a7874331, 0x09226ff9cf2e7e7f
seed24:
	.quad 0x00000000000001b9
	.quad 0x0000000000000079
	.quad 0x000000000000028a
	.quad 0x0000000000001e65
	.quad 0xf3f88d361525f73e
	.quad 0x0000000000002b1a
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0xcad508eee004d1e2
	.quad 0xfffffffffffffc1d
	.quad 0x0000000000000008
	.quad 0xfffffbae5c239a47
	.quad 0x0000028a33f943d4
	.quad 0xfff4105e8dc3d644
	.quad 0xfffffff7fae356ae
	.quad 0x0000000001000001
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x61f7d16fd6c1175e, 0x7dbb425e4a56ff82
	.quad 0xa5599669c2b74278, 0x3524ed2fb7e6e27f
	.quad 0xffd0000000000000, 0x3fd00000ff800000
	.quad 0x7fc0000040da0000, 0xfff0000000000000
	.quad 0x83aa807ffa7e4001, 0x7ff0000000000000
	.quad 0x3fe000003ed9ca1a, 0x3b32ec1bffcfabff
	.quad 0xa0b6e6a2d3fb89c6, 0x70cbcd32c8ad6c00
	.quad 0x784ee2f43f9bc543, 0x1581c2d8cc60d804
	.quad 0xc1993557ffdefa1e, 0xffe0000000000000
	.quad 0x0bb6c1c9003634f3, 0xc007639306f742a5
	.quad 0x3f488326bdac8553, 0x812f05091b547733
	.quad 0x13a03b70d9bfcb50, 0xe66e8df7bff5fbff
	.quad 0xc8fcdac3fffe87f1, 0xbff0000000000000
	.quad 0xe87e51725096fc00, 0xd9e7adf48156d4d7
	.quad 0x4631889a80000000, 0xa14d04d30fdfdd55
	.quad 0x4070eaf0ac654336, 0x123921cee669f7e3
	.quad 0x808000003f900000, 0x10ebb856c8d00000
	.quad 0xe25b2659fffbf277, 0xc022800000000000
	.quad 0x3f65ae8b11789ddd, 0xcde57f513debddad
	.quad 0xbc3fd590bee5b8cb, 0xdc3b3ac57ffbc5fe
	.quad 0x64d697321c438d7d, 0xe63db8eae7ffffff
	.quad 0x1dc873e082089199, 0xa4fcdbfbec6fe0fd
	.quad 0x40f000003f69d234, 0xfc18e99c0b978098
	.quad 0xc03a000000000000, 0xcbf04054ca3940ea
	.quad 0xbd92fd607effffff, 0xb5688b15fe578bbe
	.quad 0x72d6010443f87387, 0x8900b51100012918
	.quad 0xc0ec6cf127de0131, 0x3ff14bc608793497
	.quad 0xbfec56c74a2f4380, 0xfff1ddf406f16440
	.quad 0xbfcf22a4484e8692, 0x4051650a9dded093
	.quad 0x74b81ea15d84dcc5, 0x0e413ee9ffaa7cf9
	.quad 0xaf1065b9bda3c110, 0x1e6ccaebff800000
	.quad 0x8e6295f32cbbfb1b, 0x000fffffffffffff
seed25:
	.quad 0xfffffffffa5de355
	.quad 0xffffffffc7cd1ea6
	.quad 0x9eaf461c1a078544
	.quad 0x5d1e3299bb3d6730
	.quad 0xbf0474d086293614
	.quad 0x0000000000000097
	.quad 0x667285717fa3f02b
	.quad 0xd2b92dc95021c48c
	.quad 0xfffffffffffffeac
	.quad 0x8816bf501bd9dcca
	.quad 0xd77db819d4873b2d
	.quad 0x0000000001000001
	.quad 0xc0741fc0ae4e6475
	.quad 0xfbcdcbf820056f21
	.quad 0x9876e8bcae54c391
	.quad 0x74e568011e2e4e9a
	.quad 0x05400000
	.quad 0xd0000000
	.quad 0x7ff8000000000000, 0x41040000ff9362f7
	.quad 0xff89a43b7f800000, 0x7ea9e21de4d765af
	.quad 0x40ffffffffffffff, 0xcb8a504380f6ac8e
	.quad 0xcf766b18defdff81, 0xbf6c000000000000
	.quad 0xf0ee821a7afbb227, 0x800000007faf5217
	.quad 0x96ed83e74008bb93, 0x7f66ba747fb9ac0d
	.quad 0x8000000000000000, 0xb45d89c0a74bd71d
	.quad 0xf01d10ed801584d3, 0x80e353dc210b45a2
	.quad 0x434ffffffffffffe, 0xff77ce04cd6277ac
	.quad 0x5b93315f408148e1, 0xfff0000000000000
	.quad 0x406261a843da552a, 0x78c8aea3094ad3f3
	.quad 0x40c80000b46c3d35, 0x2676973b7f37fbfa
	.quad 0x40ac000000000000, 0xb12063f4fff6e63e
	.quad 0xc019000000000000, 0x4fffffffff000000
	.quad 0xc1efffffffffffff, 0xff8000007fc00000
	.quad 0xe71180fe42e1bfb2, 0x7e423e7dad0c7a5c
	.quad 0x57a74dbf7f8e28c6, 0xff800000802c46fc
	.quad 0x001fffffffffffff, 0x3f48000000000000
	.quad 0x94ba3c81b7700000, 0xcf606e8bad049060
	.quad 0x52b7573181297e7d, 0x2ec888c0d2fdfefe
	.quad 0x7f800000bfb00000, 0xcf629a43c1220000
	.quad 0x6b06b4876eae4289, 0x42610c46ff3292a7
	.quad 0xf574f85ee2b1b35f, 0xbc34eefc40d80000
	.quad 0xffbfe848bed00702, 0x4019800000000000
	.quad 0xc08c0000c27f9d5b, 0x3f49000000000000
	.quad 0x036145153a8edcbc, 0x421b1d70890eaf80
	.quad 0x1bc1330cffefeffb, 0xff7fffffffded228
	.quad 0x3fcbf00000000000, 0x92be94a7f94bfc00
	.quad 0xffc00000808c5df7, 0x41200000439e37dc
	.quad 0x7d9669d43ed97813, 0xf92732d67323fea7
	.quad 0x4041ced1984e0c86, 0xc98e69bd62d141e5
	.quad 0x40a00000b7051248, 0x43f0000000000001
seed26:
	.quad 0x00000000000000a9
	.quad 0x5e9f78cc30a25213
	.quad 0xfffcc52ed0ec6827
	.quad 0xfffffffffff0867c
	.quad 0x54edd2e08e426822
	.quad 0x00000000000000c5
	.quad 0x2254786aae470dbd
	.quad 0x000003c6d90fbd00
	.quad 0xfffffb178308e452
	.quad 0x0000000000000155
	.quad 0xcc8b401c59328472
	.quad 0xf626aa1d28806b3e
	.quad 0x7686b44087fd2c18
	.quad 0x7be417f283173a90
	.quad 0x00000000ffffffff
	.quad 0x0000000100000000
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0x805d367941080000, 0x4aff5e4ca9adb2d8
	.quad 0xc2280d63fffd0000, 0xc06fed28eda0cc4f
	.quad 0x7ff1d5d80652fbc7, 0x000974484c484010
	.quad 0x80000000bec00000, 0xc0158b30af174a73
	.quad 0xa36b18d9fd359f6d, 0xee6b891e94a27846
	.quad 0x3f68435600000000, 0x00000000ffc00000
	.quad 0x00bbc9057fddac6f, 0xfffec2bfce9a779d
	.quad 0x4132000000000000, 0xc002b9cbe0c476c2
	.quad 0x401b98986a38f2eb, 0x4f0000018fe2d355
	.quad 0x76c21048edfcfd6f, 0xfff47abe4926b163
	.quad 0x3f4ca548bbf40000, 0x96d0848dc33161d9
	.quad 0xebbd824f7fc00000, 0x7ff8000000000000
	.quad 0x7f800000ff800000, 0x2ba2d0eabffcbe5f
	.quad 0x0462ee016022564e, 0xd654720cfafe8f85
	.quad 0x3de000007d1d0d16, 0x31497429eeab2cf4
	.quad 0x40e9e15180000000, 0x26619a4ee222c840
	.quad 0x7b14233ef73818fd, 0x4e42d07e90949db1
	.quad 0x405919ecbe2fd1ce, 0xafafefe81bf67dae
	.quad 0x17a615fa24b1e283, 0xe60240ec7bffdffc
	.quad 0xf9d2dcb680000000, 0x9d2a01c2ffacfb97
	.quad 0x6e2dccec33afd99b, 0xaaef090dc0f40000
	.quad 0xff800000edf98111, 0x6479c1567bf77c00
	.quad 0xffb97ec9ff000000, 0xc540000040cc0000
	.quad 0x801fd708d218be5d, 0xccd5bbc4db4940f1
	.quad 0x000702ea6fc90e83, 0x0fe906eaaf59fd5a
	.quad 0x7ff8000000000000, 0xa9584c8bbefa7fff
	.quad 0xc225cf0d4c5ee207, 0x47e980007fc00000
	.quad 0x3f932693228c63d1, 0xbf200000803a5978
	.quad 0xbd6cf9a97f9ac939, 0xa1db9b4c38d6035d
	.quad 0x2df8d3c27ec4c82d, 0xf0c1c8e8a3c28500
	.quad 0xfeffd65af7fd35c3, 0xaacb34c0e3ab9aed
	.quad 0xc20469a300400000, 0x0000000000000000
seed27:
	.quad 0xb2661d4fdc53b392
	.quad 0xfffffffffffffcfd
	.quad 0x0f63a865e16913ea
	.quad 0x3b225aa20a3c224c
	.quad 0xa479b05b37e49f99
	.quad 0xfca47d860b67c2ef
	.quad 0xb384adbe8e1a9b0b
	.quad 0xffffffff80000000
	.quad 0x932bd151c1b39b56
	.quad 0xfffffffffffffe3d
	.quad 0x0000000000000007
	.quad 0x00000006f02e52f4
	.quad 0x000000007fffffff
	.quad 0x4bca1af01cc121d6
	.quad 0x0726ec9eb69e2d8f
	.quad 0x0000000000000000
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x42a9b7bfe6ca5357, 0x12c3af6dbd4e06ad
	.quad 0x1758e6f1efd6d16d, 0xfecb8ae5e90a5f03
	.quad 0xc048000000000000, 0x3e800000ffc17754
	.quad 0xaebee2d9cb7fffb6, 0xe5e667f5fefde3ff
	.quad 0x981a3c1970478000, 0xd3f8ad0d23966744
	.quad 0xfff44ff000bfd317, 0x50ac338e653cfd0d
	.quad 0xffb143f17d573962, 0x02d516da61d947a9
	.quad 0xb5a88000d9800001, 0xc07364c9a34c0938
	.quad 0x3ffaf2991c92f7f4, 0x004cf9b38873971f
	.quad 0x4f7ffffe017fffff, 0x67ba486f67d0c36a
	.quad 0x8000000098a0a03c, 0x43ea84acbe9ace32
	.quad 0x6929893bc018748d, 0x33c862250228d5b5
	.quad 0xf5d7d2037dd247a0, 0x38d893d1fdfff97b
	.quad 0xbfcbe00000000000, 0x000000007f800000
	.quad 0x000b97963f800000, 0xc00000017e800000
	.quad 0x23b04b8a9684fc00, 0x40429395a775f6ad
	.quad 0x00346380c3300000, 0xdfaded8b0c47fb91
	.quad 0xde1b3265d3fdffa5, 0xa0b3a88d5b200000
	.quad 0x07e88e22bf057c00, 0x36800000007fffff
	.quad 0x279d73c488ac07c4, 0xbf42000000000000
	.quad 0xc80400003e770007, 0x90b07cf1692b8173
	.quad 0x0000000000000000, 0x20d3f1696077d988
	.quad 0xff80000081000000, 0xff7b7fdacdf150ae
	.quad 0xfd2119a9bf1dcea2, 0x6c6b800e80000000
	.quad 0x8030faa27f000000, 0x1c86410dbd380000
	.quad 0xc0e0000000000001, 0x00133c47ffc00000
	.quad 0x7f80000040e9c61d, 0xf5ef3b9b42fc0000
	.quad 0xfff8000000000000, 0xc01e0d05005a56c5
	.quad 0xf0653bd1f59e180e, 0xc7ac001fb8d50000
	.quad 0xd96201eea525ca7a, 0x3f9361aaff800000
	.quad 0xbbf8f4cfffc00000, 0x7f4ada3e43c976ce
	.quad 0x16635284ffc7b6c6, 0xc158fb20f44db280
seed28:
	.quad 0x37ee2369f4abfbf4
	.quad 0xfffffffdcb853678
	.quad 0xffd86ab815e2b4f2
	.quad 0xfffffffff60ed849
	.quad 0xffffffffffffffff
	.quad 0x77e926cc73e21aac
	.quad 0xffffffff80000000
	.quad 0x00000000000003a2
	.quad 0xfffffffffffffea7
	.quad 0x00000000000000fd
	.quad 0xffffffffffffa7ce
	.quad 0x92328d5edb8cd9e4
	.quad 0xfffffffffffffdbd
	.quad 0x33100c4a4b93f94c
	.quad 0xffffffffffffffff
	.quad 0x0000000d5c285fa5
	.quad 0x06400000
	.quad 0x90000000
	.quad 0x91f43f7e80000000, 0x7ffcb020f1365c30
	.quad 0x42d6be47a349b9fb, 0x7ff0000000000000
	.quad 0xbfe45629bf4a97be, 0x84154ba1e414c2ef
	.quad 0x7417b6964090949e, 0xde1849a54425714c
	.quad 0x0000000000000000, 0xcffffffe9dbee307
	.quad 0x800000004163a5af, 0x410400006c7be631
	.quad 0x3fb32cf070923605, 0x0357d126fb0e98c2
	.quad 0x431800003ecd5f9b, 0x39d214b5c2c22858
	.quad 0x76a36beb13e77dfa, 0x7fd7d01d3f400000
	.quad 0x350b91f11ffcf48e, 0x74cc057a97c1f89f
	.quad 0xa6f4408d495bfe66, 0x0000000000000000
	.quad 0xc77ffffe01000000, 0xc01f000000000000
	.quad 0x3b3acdc4135484b7, 0x7fdfcb07bf28f8bb
	.quad 0xc00c000000000000, 0x281cf792026f0000
	.quad 0x9bd446e0f535118a, 0x4700000100cfadec
	.quad 0x2ef7982f4d70eb47, 0x800077a4a36be9d4
	.quad 0x7fe7861dfb4f3401, 0xff9f3519ca218200
	.quad 0x83762dde800312a7, 0x462c000043b40367
	.quad 0x7ffcc17495207da6, 0x418b89df9433a318
	.quad 0xfff8000000000000, 0xfff8000000000000
	.quad 0x6219f0f7fd6ffbaa, 0x4f7fffff9a6564af
	.quad 0x88f994aa6f7bfbed, 0xc0000000a96b335e
	.quad 0x69deb9f9f357b027, 0x000000008343e47e
	.quad 0x00000000bc52c1ab, 0x4024000000000000
	.quad 0xc05744177fb1c1fe, 0x800000008016303c
	.quad 0x06ef5f1852c842ef, 0xfff782a65bcb60ba
	.quad 0xc7cbf66e45e6dced, 0x400b835d41020000
	.quad 0xc42e52c4cdfffc00, 0xfffbcaf04b4ae9a2
	.quad 0x098e93b7bfa00000, 0x81889b0105737308
	.quad 0x7ffe0366eafe1e2a, 0xa9fd6715e0fc3c88
	.quad 0x7fdfffffffffffff, 0xc2e42417b7e10000
	.quad 0x8020086980000000, 0xffc00000436a24d7
seed29:
	.quad 0x0000000001000001
	.quad 0x2c193181f2544317
	.quad 0xffffa287d2c32fc1
	.quad 0x0000000000000001
	.quad 0x729fdf2d8165c937
	.quad 0x000000000000035f
	.quad 0x005b8313c258b006
	.quad 0xbb6407b32ec22ba9
	.quad 0x3ebc98b142e27ac9
	.quad 0xffffffffffff2ea5
	.quad 0x3e52c45c37042027
	.quad 0x543ffb6203dc7b4d
	.quad 0xfffffffffffffcfc
	.quad 0x0f8ecff1ebc79bc1
	.quad 0xffffffffffffeeb0
	.quad 0xfd1366942e2836b5
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0x93e9fe4edff47c00, 0x4be027fffffffffe
	.quad 0xbddaf9abf7f08a75, 0xff9b09d17f7fffff
	.quad 0x7fd166a7fe800000, 0x5f76eeac00000000
	.quad 0xeee2eca51814cd83, 0x8967d0cc16e30000
	.quad 0x8dc7c94bbcccaa4f, 0xe3622c39ffbd7af6
	.quad 0x000655d6b8ee2dc2, 0x1227dba53aef5e92
	.quad 0xedce4b61df7ffffe, 0x0000000000000000
	.quad 0x8e6b7424e04bb055, 0xfff492b463dcf47d
	.quad 0x334e9753bfe29361, 0x4fb88e2c5db50057
	.quad 0xfb0722dabfecbceb, 0x48266fe10bfe0b35
	.quad 0x8e6a1d7bd6548000, 0x80000000c288e316
	.quad 0x7eef02c7ff7fffff, 0x7fc57be5feffffff
	.quad 0xff2e4808894d88d6, 0x8000000000000000
	.quad 0xff80000080431bad, 0x0000000000000001
	.quad 0xbfe55099109285d8, 0x7ff0000000000000
	.quad 0x40200000be480000, 0xff800000ff9bbaf8
	.quad 0x7fc000007f800000, 0x009406b63ca57df3
	.quad 0xa3d5ee52cc550a83, 0xfff8000000000000
	.quad 0x490add8321877c00, 0x000fffffffffffff
	.quad 0x3d72e56d3f000000, 0x2d3f67c4cbef7bfa
	.quad 0xad13c9473e35bd80, 0x3f6d33e080832d76
	.quad 0xffc0000000000000, 0xc020000000000000
	.quad 0x47e8fe3625eb4891, 0xed851667a4414506
	.quad 0x37a5ffffb26a8872, 0x7ff0000000000000
	.quad 0x80000000ffe5d48a, 0xc1a0000000000001
	.quad 0x80f231269deafe6a, 0xcc71a27380000000
	.quad 0xd43a566effa98a74, 0x0020000000000000
	.quad 0x0000000032284efc, 0x408800007fc00000
	.quad 0x77a37fbff7f9cc59, 0x7fc000007f7fffff
	.quad 0x2624fe5e7fd97e3c, 0x8000000000000000
	.quad 0x2fa3df018732c380, 0x0fed760b41c97d73
	.quad 0x97f40a0d7fc00000, 0x9e2409313e1d7c91
seed30:
	.quad 0x00000000ffffffff
	.quad 0x3d5d213ba61706d0
	.quad 0x0000000000000324
	.quad 0x70d300a532a7710c
	.quad 0xe97161321179e1dc
	.quad 0x7fffffffffffffff
	.quad 0xb7a6af16f23708b3
	.quad 0xacf807935af44e17
	.quad 0xf63b1b467a92cd43
	.quad 0x000001db09a1c708
	.quad 0x081bdc4ef83df1be
	.quad 0x0000000000000000
	.quad 0xb548010cab133115
	.quad 0x12a2f4b1a4c158e8
	.quad 0xfffffffffffffff5
	.quad 0xffffffffb3d10e7c
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x94d856a99c7af567, 0xc0a80000d6617197
	.quad 0xbf7760a0ff7fffff, 0x7f800000dffffffe
	.quad 0xa47df7df331f0200, 0xffc0000002d71b75
	.quad 0x94bae359efa0fa39, 0xfff0000000000000
	.quad 0xffdfffffffffffff, 0x267d2de7ffebbfdf
	.quad 0x0000000000000000, 0xefe78fd175c0c673
	.quad 0x853ac0466e1b01f1, 0x1e888f7f7504fc00
	.quad 0xc3effffffffffffe, 0x8000000000000000
	.quad 0x803899cf40980000, 0x9e6ff840c1856f75
	.quad 0xb72bbce1d0412ce9, 0xbf92922486f1673a
	.quad 0xbf40000040d00000, 0x3281f59a74a30a63
	.quad 0x7f80000000800000, 0x3ff0000000000000
	.quad 0x3d7e45dedd8f0400, 0x55f32efacfe80617
	.quad 0x0d226a4043b54c57, 0x007ffffffe910ec6
	.quad 0x2f58fd6da467a364, 0xc7fffffe00800000
	.quad 0xac19d850ffefa49a, 0x7eaa55c3d26789c0
	.quad 0xc615c9090053a372, 0x3f8acbd62195e859
	.quad 0x1d4660cb2e186b4b, 0x0000000000000000
	.quad 0x33649a15ff57b025, 0x1b209f0d632a7d72
	.quad 0x3fa32fdfbb85e1b4, 0xc0dc494c407b1c91
	.quad 0xc12d360b006c2db9, 0x800000007f82854a
	.quad 0x165b06663eef7c00, 0xffb6bd5491f318b1
	.quad 0x41effffffffffffe, 0x7f8606022ff42c66
	.quad 0x3fd77d48ce3a6d21, 0x704dd542be4e6f6e
	.quad 0xfff1e5b9450dd219, 0x8260e94bdf391a7b
	.quad 0x80000000c34e84fc, 0xcfb7f42640b00000
	.quad 0xfff9a51a231beae2, 0x84d5b97fd707742f
	.quad 0x7f1801a569592ed5, 0xfdb1dccc3dc9dc64
	.quad 0x7ff0000000000000, 0x020021a12b678798
	.quad 0x815a8a5e647fd5cb, 0xd03c404abca6c854
	.quad 0xc008000000000000, 0x74e4d9c9555dfb00
	.quad 0x4cc9e183ad387e46, 0x326f8fe96d3e7bc0
seed31:
	.quad 0xfffffff90037c084
	.quad 0xfffffffffffffcd5
	.quad 0x8000000000000000
	.quad 0xfffffffffffffca2
	.quad 0x00000000ffffffff
	.quad 0x0001b1d9fde3976f
	.quad 0x0be52123ff4f2ea9
	.quad 0xfffffffffffffdf0
	.quad 0xe65618f452aa045e
	.quad 0x8b2845347eb255ef
	.quad 0x000001c099b8cc61
	.quad 0xcde1ab6890db9d9f
	.quad 0xff9b2bb5af674609
	.quad 0x0000000000000047
	.quad 0x0000000000000142
	.quad 0x0020000000000001
	.quad 0x02400000
	.quad 0x70000000
	.quad 0xb91bb024fb6dd3ef, 0x0000000000000000
	.quad 0x0bddd84a6b43865e, 0x5231e6d1edffffff
	.quad 0x4057530a7548afd0, 0x80800000ff800000
	.quad 0x83638357a8f9656f, 0xc0370a1c2e00116c
	.quad 0x7e92004103be72b4, 0x711b9a9fbe4e6252
	.quad 0x804fd0cf137d2450, 0xaa784072ffd8efd6
	.quad 0xc7fffffebf400000, 0x807eb5cf7f800000
	.quad 0xbe2adbf98185047a, 0x7fe0000000000000
	.quad 0x7f8000000f140322, 0x1af2e4e8c3ff0d80
	.quad 0x410a000014983554, 0x01b088e6a4dc188d
	.quad 0x96dc24d0cfffffff, 0x7fbce2947fb24c60
	.quad 0x3fb76d6676099d7c, 0x41f0000000000000
	.quad 0x43ffffffffffffff, 0x7efd890b59ffffff
	.quad 0x8000000000000000, 0xec2d6b24a30e7c00
	.quad 0x00409553b9200000, 0x425def824fa44726
	.quad 0xa33015cd7f662f23, 0x7ff0c4c3f2c3894a
	.quad 0xffba81cd5a000000, 0x974cf70fdfffffff
	.quad 0xf972c137870551b8, 0x37fad47bfffbd73b
	.quad 0xd9e08483bdbcde61, 0x4010000000000000
	.quad 0x8000000000000000, 0x8000000080000001
	.quad 0xffc00000807fffff, 0x3d208bb33c0aa154
	.quad 0x7ff70b59a5f94794, 0xb2657a56fefe3900
	.quad 0x67f15adbaff07c00, 0x38d7b849b7c80000
	.quad 0xfff8000000000000, 0x4077000000000000
	.quad 0x3d9d3802ff800000, 0x8006f8be8e1223bf
	.quad 0x92511c50f7ffffff, 0x0000000000000000
	.quad 0x29f2ef8dac7f7f13, 0xffc7471fff800000
	.quad 0x7ff3b9b9f87cc2bd, 0x47650e99d6c379ef
	.quad 0x7fef094dd898abd9, 0x875566b84f737fbf
	.quad 0xdff1799de7344efe, 0x3faeac3ad97af505
	.quad 0x7f800000b6800000, 0x000fffffffffffff
	.quad 0xa479278d0a4b7861, 0x703932ac00ffffff
seed32:
	.quad 0x45a65847c6fa793b
	.quad 0x0000000518f73698
	.quad 0xbbe7e651bb4f183b
	.quad 0x89f25672cbdbbbd3
	.quad 0xfffffffff8f4b1c8
	.quad 0x000000000135250a
	.quad 0x00000000000961eb
	.quad 0xffffffffe5484f89
	.quad 0xfffffffffffffefd
	.quad 0xd6c936515918cb16
	.quad 0xc451ac215620e33d
	.quad 0xfffffffc73994192
	.quad 0xa398b56b28624cc0
	.quad 0x000000000000000a
	.quad 0xffffffffffb3438e
	.quad 0xf9614cd176bed104
	.quad 0x00000000
	.quad 0x70000000
	.quad 0x8000000000000001, 0x1876989cd42dc3c5
	.quad 0xd2495d50bfabc4de, 0x3fee8d10c0389614
	.quad 0x7a3a24e5a579fffe, 0xfff0000000000000
	.quad 0xdbf94b8cb3db6788, 0xbab02e0bffdf7df8
	.quad 0xa435416119bf07fc, 0x7fcb2c3580000000
	.quad 0xbff8000000000000, 0xff187044e37b5eeb
	.quad 0x00526aeb2fee02ab, 0xff80000000409eb5
	.quad 0x97d49a1c90727aa6, 0x407ffffee5094edd
	.quad 0xffea5dec8ce1e625, 0xff95ebd4f95c8026
	.quad 0xfff8000000000000, 0xa75941fca35579ec
	.quad 0x81000000df800000, 0x06135fbe4d4a7d16
	.quad 0x423c89a5c72c7533, 0xacf2ec5de001fcf4
	.quad 0x082f6a18ffd654e5, 0x477ffffffe800000
	.quad 0x3fb95375c00cfda2, 0x3a706d04d743795d
	.quad 0xffd0000000000000, 0x00000000bed0ec1b
	.quad 0xdf7ffffe7f9d4f00, 0x7d9e1d98ddea1390
	.quad 0x4014000000000000, 0x409800009d204cd7
	.quad 0x421d08c14aa08a3f, 0x42acdc1bba100000
	.quad 0xcffffffea22775b9, 0x4ae3aa71ffeeffd3
	.quad 0x7ffddc304bdeecad, 0xc04b0a1d42c11a50
	.quad 0xfff0000000000000, 0x40c56dbf5f800000
	.quad 0x7fa7d379aebeffbf, 0x426f90dd0114880a
	.quad 0x634d698c0431584b, 0xc3f0000000000000
	.quad 0xfff1cc55d2c2a3ea, 0xbfa00000bf800000
	.quad 0x42f2b789c67e0dad, 0x92f68e04ff2dbd6d
	.quad 0x00000000c0b0e317, 0x8130204afd6c012d
	.quad 0x1227b58fab8ed755, 0xe99299d54fbbfeed
	.quad 0x1db991cbc3e282d2, 0x551a087c81fb77ff
	.quad 0x406a48e2ecdbcd86, 0xfffce65c1d9840db
	.quad 0xff94c9660d4c2d8b, 0xef24f285f9d04c75
	.quad 0xfff1e430948230ae, 0x001d18057ffffe0a
	.quad 0x40a6300000000000, 0x129898e9f6ffb7f7
seed33:
	.quad 0xca938d8d5ecd1d2d
	.quad 0x0000000000000000
	.quad 0xffffffffa04f1d88
	.quad 0xffffffffffec34c8
	.quad 0xfffffffffffffff0
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffeb1
	.quad 0x000000000000013b
	.quad 0xebbf8a17db661259
	.quad 0xffffffe93aacf66f
	.quad 0xfffffffffffffdfa
	.quad 0x000000000033ab92
	.quad 0xd1aa57be5db1666e
	.quad 0x0000000080000000
	.quad 0x0020000000000001
	.quad 0xbab11c9acd4531e3
	.quad 0x02000000
	.quad 0xe0000000
	.quad 0xc047b2c800000000, 0xb033f2f37fbbffff
	.quad 0xbd81dd0a00000000, 0x570e44cdfdb66bff
	.quad 0x7ff073a43ec61827, 0x53a1b942e005475a
	.quad 0x44800000080ab4bb, 0x7fc0000059800001
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x3064be9a5c110e56, 0xfbede7d2d5f6dbf9
	.quad 0x984d965740000001, 0x3f24600000000000
	.quad 0xb11052185d1da26e, 0x00000000f1a0652b
	.quad 0x00ffffffc1040000, 0xbe78f3d79719fe00
	.quad 0xa9a043caf9fffff5, 0x5c37ded3fdc683b1
	.quad 0xf4246e5ab85c3e73, 0x094d42bd482cc000
	.quad 0xc01b000000000000, 0xd6af8259ff7fff78
	.quad 0xbffc000000000000, 0xc071d274036414dc
	.quad 0x7f09d3ea406461cb, 0x9c967ed7eb0f87ff
	.quad 0x43fe5417afc76e61, 0xbce000007ff91247
	.quad 0x4048109f3cc97a60, 0x3ff2d2cfffc00000
	.quad 0x0162aaf9ff9feb6a, 0x8005eba69db9cef4
	.quad 0xfff0000000000000, 0xf14dcda7b3effa5d
	.quad 0xbfa23673790044d4, 0xcf8de0e9dafaa7b4
	.quad 0x43fffffffffffffe, 0x91cdbab7bf800001
	.quad 0xc31be46c411c0000, 0x5f73d43500400000
	.quad 0x00000000c0580000, 0xf588e731b916fc00
	.quad 0x00ca563a00000000, 0xc0000000c32d4eae
	.quad 0xcc5906b663fff900, 0x0029a25b422dd80b
	.quad 0x40e0000000000000, 0x400f23188935cb00
	.quad 0x00373b9741e6923b, 0x077a86996ee4c08f
	.quad 0xdf64b709bdaac62a, 0x80072286ff800000
	.quad 0x4018f8f080487e3a, 0xff69405d974383fc
	.quad 0x3ff4000000000000, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x4ebc282ef43f7bb6
	.quad 0x65e730825f52a1e2, 0x7fddc6d854974188
	.quad 0x8167505b7f45c2e8, 0xc004000000000000
seed34:
	.quad 0xa9129712b7b8e3cb
	.quad 0xffffffffffffffff
	.quad 0xffffffffffed9604
	.quad 0xfffffffffffffdf0
	.quad 0xfff96d57e57b36ad
	.quad 0xe5d6360a46deab68
	.quad 0x000000000000008c
	.quad 0x0076aa7c1b42f66e
	.quad 0x8000000000000000
	.quad 0x2115d6f3b91a153c
	.quad 0x0eb619a6208e07b6
	.quad 0xfffffffffffd72fa
	.quad 0x000000000000000e
	.quad 0x49bb2ac9c1703e7b
	.quad 0xfffa7634eb5b5b46
	.quad 0xffffff5b89c59e87
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x800b810f825ae572, 0x7f8492edc7800001
	.quad 0x50c257d1cfffffff, 0x75ecf822ff3ffd7f
	.quad 0xc022000000000000, 0x253f22665d3ae867
	.quad 0xfff0000000000000, 0x41f0000000000000
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x87314d6bc3d9f939, 0x3f9cfaa8bc61ee88
	.quad 0xca314ab9d9407d3b, 0x4e154ce6c42c811b
	.quad 0xffc00000c0f40000, 0x9bc875a9ffc49ec9
	.quad 0x002b283b1650ac89, 0x556c66a88d6ce0e1
	.quad 0x7e0aac612f7ce64c, 0xbfb751983737f9f0
	.quad 0xb1fe55e64c1e3c01, 0x7ff0000000000000
	.quad 0xed56d3cd99286aa1, 0x001fffffffffffff
	.quad 0x47d800007edd2ffa, 0xffd1c7617fc18cd1
	.quad 0xfff0000000000000, 0x8246f270b928e16f
	.quad 0xc157068f3efafca2, 0x7f3a2b16716e3d7e
	.quad 0x7ff8000000000000, 0xf49ad3a14381fc00
	.quad 0xcf800000ff7fffff, 0xbfe000003d50c6ec
	.quad 0x565ea655a855bed2, 0x822ff1e9916628e8
	.quad 0x659910587dd68000, 0x3ff8000000000000
	.quad 0xbfc9e2aac8d00000, 0x7fc00000439da60b
	.quad 0x1cb1d94ffffb7d24, 0xc3dd1825ff800000
	.quad 0xbfc6a0c37b2ec051, 0x82d143e8dcca7cd0
	.quad 0x8012dc08ff0af960, 0x2c82c5f0ff88ae40
	.quad 0x138e328a7c0b094c, 0xe713d2aa9f297bd3
	.quad 0x377d0f17fffbfbed, 0x02bc1be7bf1ae2fc
	.quad 0xbd60194c01dc6f2f, 0xc07673ca7fb0bada
	.quad 0x7fe245b325bd993d, 0x5febd924ffff534b
	.quad 0x1e2a7ee4ff2b7dee, 0x5a7ffffe42a830e0
	.quad 0x3e40d90c80000000, 0x000000007fc00000
	.quad 0x3dcc0000ff9d5b77, 0x80e0a5f0ffc00000
	.quad 0xc00c000000000000, 0x9c4700e8fffdffd3
	.quad 0xbd4af3bb8901e3b7, 0xc78932c5334ec260
seed35:
	.quad 0x000275789e421786
	.quad 0x0000000000000320
	.quad 0xc952f09a8420583c
	.quad 0xa66209bd5092ae45
	.quad 0xffffffffffffffff
	.quad 0x00000004f5fdadda
	.quad 0x8cc5dcb434de8045
	.quad 0x7fffffffffffffff
	.quad 0x000000000000034c
	.quad 0xffffffffffffff9a
	.quad 0xffffffff80000000
	.quad 0x3f9d0d6942106e20
	.quad 0xfffffeaf13ae29d5
	.quad 0xffffffffffffffdc
	.quad 0x0000000000000127
	.quad 0xfffffffffffffce6
	.quad 0x04000000
	.quad 0xa0000000
	.quad 0x47800001bfd3b088, 0x0b90cc7190c20001
	.quad 0x00ffd22a7fc00000, 0x0000000000000000
	.quad 0x9cf1f210aad1f683, 0xbf800001ffd348ba
	.quad 0x007e78b7ff800000, 0x40100000ff800000
	.quad 0x7fdf4be4ffc00000, 0xe8174e5d8b78f8b3
	.quad 0x000035eeb63c9065, 0x832585cc2a707140
	.quad 0xfff38ffab600aee3, 0x17f6f69f37c924ed
	.quad 0x123a1711ffdfc7fb, 0x4e27024a397b9e9f
	.quad 0x4019000000000000, 0xded4fd49e3f10ed1
	.quad 0x7ff294abc0ab83d2, 0xd6714303c43448c0
	.quad 0x2009d214dfdd01b8, 0x801054aa26a3a3a6
	.quad 0xbfbd800000000000, 0xa6d66f07e73affd9
	.quad 0x5f34206aaab8c280, 0xa0a98cad7fdab000
	.quad 0x7d6eaffae9c08bf3, 0x02ee9f9fe0cfa37a
	.quad 0x4252edce187bd8e9, 0x8000000000000000
	.quad 0xbfb5a06e7ffbffff, 0x4155e885bcd0916c
	.quad 0xc0101771f61e7c00, 0x7ff8000000000000
	.quad 0x3fc864a2f75b07f7, 0xff9d12c4ffbc4dc0
	.quad 0xc0e400001835c457, 0xb6c00000df800000
	.quad 0x7ff153bd56798afd, 0x8000000000000000
	.quad 0x3fe04b45e2cf07f9, 0x801219b9cde7acd7
	.quad 0xfdbc1a05bdb26feb, 0x81c311fa8f28cd6c
	.quad 0x8031e30b5517ce91, 0xc2f848c68f738fb3
	.quad 0x58ef74f1fead3a34, 0xcffffffe37c00000
	.quad 0x2efe2c4440cc0000, 0xc31384c5b74b7c00
	.quad 0x7f800000bee4367a, 0xbd7f327980000000
	.quad 0xbf9f452f0cfe097a, 0xc167ec4affa1a682
	.quad 0xeeb1643a8febfeaf, 0x40e0000000000001
	.quad 0x429edc5bcfffffff, 0x00000000ffc00000
	.quad 0x3c0c0d5cff800000, 0xfe494e5f476bee45
	.quad 0x7ff333034b299d17, 0x93fadddda10c3e00
	.quad 0x3ff89a883bb05331, 0x7f907f9ec0e26860
seed36:
	.quad 0xffffffffffffff83
	.quad 0x0000000000000217
	.quad 0x409449c7e5f24863
	.quad 0xfffffffffffffd68
	.quad 0xffffffff044504f3
	.quad 0x30552dc93d75f311
	.quad 0x0000000000004211
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0x2e031754f746edad
	.quad 0xecc5d5506f3ef65f
	.quad 0xacafc367d57cdd79
	.quad 0xffffffc47bb372f8
	.quad 0xffffffe71c1f485f
	.quad 0xe3d89b9931904d98
	.quad 0xb3d74b7267e777cf
	.quad 0x04c00000
	.quad 0xa0000000
	.quad 0xaa514eb75875ef6e, 0x49e3e5d71f2e97f8
	.quad 0x800fffffffffffff, 0xc2df916ebffffbbe
	.quad 0xc386f0fc6fe4ffe6, 0xff800000bdfda255
	.quad 0xc03368babcd4c990, 0xf4c404d2ffc00000
	.quad 0xfff2eedbe29beaca, 0x76dac75400000000
	.quad 0x806133487f0a35b4, 0x423fce77ae0a589a
	.quad 0x804bc7dc407ffffe, 0xf63c9a71fffe9aef
	.quad 0x275e49608a213c80, 0x80000000da0b2631
	.quad 0x17d9a5396325ec6f, 0x7ec6e329c2acd486
	.quad 0x8008c38ab5f293e5, 0xcbcd2db3ffebf9ed
	.quad 0xfff6825cc598dc5d, 0x8008000000000000
	.quad 0x7f800000c0a80000, 0x80800000bbd80000
	.quad 0x82a8412d1ac952c4, 0xfffabd5131b7ce6c
	.quad 0xea92989ff1a0599f, 0xc22d51b7478c0000
	.quad 0x3f9f1eba8eb4e484, 0xdaa54e1e22e33056
	.quad 0x40b80000c0669775, 0xfff8000000000000
	.quad 0xbd625705c005c972, 0x727c305bfabb0ae6
	.quad 0x00400000c31a8477, 0x7f98ebd7c3ac0000
	.quad 0x729ecde6437490b9, 0x11fab335ff61a906
	.quad 0x80000000bf800001, 0x7f7083ef043e7a00
	.quad 0x6536428abd428eb9, 0x9be1aa2f847adbf8
	.quad 0xfed8092f93547ab1, 0x406000003ebb6ed8
	.quad 0xffc000007f9838ab, 0xa22ac071ffc00000
	.quad 0x35bd7345ffa4fb33, 0xffd0a7d980697ed1
	.quad 0x05710340e592072a, 0xffa5b51ec51ba77a
	.quad 0xf44318a6b9d6d50b, 0x87dc813cdb7fffff
	.quad 0x9bff90cd4c70d3e9, 0xefdbc9fcbb86a465
	.quad 0xd9fffffeff800000, 0xc5bf5773963cb27c
	.quad 0x0067dade4324b36c, 0x7ae20507c1180000
	.quad 0x3b6d04e3559ac145, 0xe76a70ed65b55acd
	.quad 0x8008000000000000, 0xff9c440d7f9f5ba2
	.quad 0x4a096af4d15b7d7b, 0x3c80000000400000
seed37:
	.quad 0x000000000000008d
	.quad 0x0000000000000365
	.quad 0x2e2253a2050dc1ab
	.quad 0xfffffff08fa8a7a5
	.quad 0x00db6b18b3451705
	.quad 0xfffffffffffffc71
	.quad 0x026162bdc541533a
	.quad 0xfffffffffffffec0
	.quad 0x0000000100000000
	.quad 0x5b6f2e5fb405cd39
	.quad 0x000000000190ba1c
	.quad 0x0035d16656d314d8
	.quad 0x000000007fffffff
	.quad 0x000000001fbd9b81
	.quad 0xfffffffffffffeed
	.quad 0x8000000000000000
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x8000000000000001, 0xde5b39d2e8d9d5c7
	.quad 0x5fafcafe17cb1111, 0xff9df8ccbc56502a
	.quad 0x83c325e4a7b26680, 0x46460000f350f41d
	.quad 0x00000000413b9a08, 0x40008e51f2430c85
	.quad 0x001ec8bfbd8c3e36, 0xffe0000000000000
	.quad 0x4fffffff3ec00000, 0xb1ad79a0faef2889
	.quad 0x13e0f19499837cc1, 0x345dbcc07fb2e571
	.quad 0x000000007dafa6db, 0x800fffffffffffff
	.quad 0xff8000007fce93f1, 0xc8eeef25f2ebca55
	.quad 0xca0863fc3ff27adb, 0x7f800000ff800000
	.quad 0x5518215f5cfeffd2, 0x7ff8000000000000
	.quad 0x7ff5d9547b4f5f34, 0x7ff0355c33ccc5ac
	.quad 0x8e96eaf2a4da7e9d, 0xffb10a7c803a96c9
	.quad 0x7fc00000ba5b0000, 0x4b9c60801ffff8fb
	.quad 0x4001000000000000, 0xbf85b03d5def0e20
	.quad 0xa2f5791cefbb4200, 0x43db36fa1506a14d
	.quad 0x007fffffbe24294c, 0xd9e595918f7faf9f
	.quad 0xc0c3cc8dc0e80000, 0x3f13000000000000
	.quad 0xfe80000080780b6f, 0xfff39ffdfd5a2a0f
	.quad 0xbfe000001c76f2bc, 0xe2ad7b933872c06b
	.quad 0xc0e00000ff56041e, 0x89489c47ffbffd3a
	.quad 0xfff3d4ff0100c642, 0xcb03130d3ac22c31
	.quad 0x7f800000ce350132, 0xc0f0000000000000
	.quad 0x001bba0b50fdc94c, 0x79ba7485601a77d9
	.quad 0x34456f05aaffff3f, 0x7fa2736b747a69a0
	.quad 0xedfe5fe4bf36726c, 0xffc00000ff800000
	.quad 0x2daeb7147f8adb14, 0x7ff379a5d4502419
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0xc42e0e72f2cef91b, 0xfff1b6b9bab6e537
	.quad 0x7ff7ed7f853c1ff0, 0x0821b5ea4fde76df
	.quad 0xc16708be8f64a9a9, 0x45c63e70fffdf3ff
	.quad 0x800fd651c7872136, 0xa2cf16cae8a25dc5
seed38:
	.quad 0xfff7d99146f814b4
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd70
	.quad 0x4b8673a743ff6dd5
	.quad 0xfffffffffffffd99
	.quad 0x5df71358c9476b91
	.quad 0x06b553830d33d0fb
	.quad 0xfffffffffffffc51
	.quad 0x0000001e1532cdf0
	.quad 0xa4145bf85d67f856
	.quad 0xe582d8add749a195
	.quad 0xbcdbaf770fa9a9fa
	.quad 0x64fbf78fa1be95f9
	.quad 0x00000000000002f7
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xffb2e52280000000, 0x0000000000000000
	.quad 0xdf93d0ec7fffffff, 0x80fe8e5aabd68440
	.quad 0xc3f0000000000001, 0x69fc636dfd2ed52a
	.quad 0x0da913c420af5a0f, 0xb45775b05672be8a
	.quad 0xaef1faa60014dd14, 0xd14fcec0d93783e8
	.quad 0xd264ad88fffe991c, 0xff8a62bc7fc00000
	.quad 0xbfb25369daae6ed4, 0x400144e45ba6afad
	.quad 0xfeb5ee22124e33a5, 0xc410f0499bdb7bd8
	.quad 0xd95123442d042adb, 0xe7efc788fe7b3e40
	.quad 0x20a7f4dd9ffbfdef, 0x7fbda354279f4ea9
	.quad 0x2d321f60c428e3ae, 0xbd2800006c1c47a7
	.quad 0xff805ab0f6d9b40c, 0xc204965880235991
	.quad 0xc20000003e641676, 0xc0c83b736694fa82
	.quad 0x3ebf521b670b03ff, 0x7ff206eaabab4dff
	.quad 0xb17bf7a0ed77fe79, 0x00000000bd400904
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x7feb127d2fbdd8f0, 0x6d603684ffacdffb
	.quad 0x534bf60afb8278b1, 0x3f1260f17fabb98f
	.quad 0x7fc0000041200000, 0xdee2b001db5b306e
	.quad 0xef39a6a4df9bfc00, 0x00000000ee0271ed
	.quad 0xeb8d8774c7c80000, 0x80b1f964c3a904e0
	.quad 0xbffdf21da12520b7, 0x7fd61ad4d6bff1d7
	.quad 0x6f5f901f97cffe00, 0xf79e87befff7fedf
	.quad 0xf2836945f0a1798a, 0xfe3c8f6a8b808755
	.quad 0xff8000003cd863b0, 0xc070ceffb13499bb
	.quad 0x800000007f938b01, 0x4e87773f75aa08b8
	.quad 0x6d263e38bcfe7f35, 0x002fffffffffffff
	.quad 0x4138000000000000, 0x3d2e6148ffc00000
	.quad 0xa3c07c85813e4dc0, 0xf2f43286bc9a0050
	.quad 0x4cbe540f80ffffff, 0x7ff0000000000000
	.quad 0x3f821f63dfdaac68, 0x437bd2e2ffddb1e1
	.quad 0x4c1964d57b7337d8, 0x6c902a810038ff76
seed39:
	.quad 0x0000002dcd1930c2
	.quad 0xffffffff80000000
	.quad 0x06d2a223df55b913
	.quad 0x07788182f569dd7a
	.quad 0xfffffffffffffd3c
	.quad 0x000000720b0d9395
	.quad 0x967d0a39b2083ddf
	.quad 0xffffffffffffff4b
	.quad 0x0000000000000000
	.quad 0x00000000006b1200
	.quad 0xfffffffffe94801c
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0xffffffffff2c03d7
	.quad 0xce43742f39a3f232
	.quad 0x841a559beff27199
	.quad 0x01c00000
	.quad 0x00000000
	.quad 0x4de914764d187f9d, 0x000d577f709d89cf
	.quad 0x4eaf9ddfd3fb35dc, 0x40e0000000000001
	.quad 0x7ff0000000000000, 0xc8819183075c5051
	.quad 0x4388b047807fffff, 0x0d024874bb3ec2f3
	.quad 0x44cf80007f9908df, 0x01f7587e8bd277e8
	.quad 0x40c89b9dbf6ab7e2, 0x2e525a0ffcdeadec
	.quad 0x0005f851dd293c06, 0xff88196bbe1631d1
	.quad 0xc0ea000000000000, 0xf72548207f800000
	.quad 0x33667ee73fffffd9, 0x8e0e1f6db29b46ca
	.quad 0xc01a4ffcb0074290, 0x5047f3840d5c4400
	.quad 0x0e2477dc9d1a44ef, 0x7f9aa1645bf32303
	.quad 0x41f4f7e0bc1f5acc, 0x801e62229e8a81c3
	.quad 0xbff0000000000001, 0x4147deb4ffbc8693
	.quad 0x26e069bbffb87868, 0x7286898d43aeb48d
	.quad 0x7dd835fc363636e0, 0xcfb151b0ffbf7e7b
	.quad 0x8006f253600acc88, 0x7fd7b14ddfffffff
	.quad 0xbfc9a0ee1aa8d583, 0x4240000040000000
	.quad 0x175ead07bf5ed586, 0xffa01aafbf800000
	.quad 0x668f261413b2d5a7, 0x0394e0ed42e31cd5
	.quad 0x0865a077d8387c00, 0x3f7c7795dc501621
	.quad 0xf836f39a5794d4f9, 0x2f4fc53d047ac13d
	.quad 0x11f925bada7fffff, 0x0feb499b7ff3fdf5
	.quad 0xa2459e39ac6751aa, 0x00ffffff3edb5cb2
	.quad 0x4b828d690bad9b61, 0xbd31faf0f13a24ac
	.quad 0xc13f200000000000, 0x02fc273341140000
	.quad 0xbec3200000000000, 0x2e263794592b5f2d
	.quad 0x8f7b515fdf800001, 0x7fc0000038800000
	.quad 0xc014000000000000, 0x19aea337ff8c69a9
	.quad 0xc070ce224aa18eb7, 0xa2a8a510abddbeae
	.quad 0xcbe766f4bd4497bd, 0xc000000000000001
	.quad 0x82f293bbcd24cdb8, 0x187feac5c5713d00
	.quad 0x7ff1f30410337129, 0xd5b2fd00dfffa3f5
seed40:
	.quad 0xfffffffffffffc5c
	.quad 0xfffffffffffffd95
	.quad 0xfffffffffffff6d3
	.quad 0xca5ebc9071b46b55
	.quad 0xffffffffffffffea
	.quad 0x000000000000005f
	.quad 0x0000000100000000
	.quad 0xfffffffffffffde6
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xfffffffffffffe97
	.quad 0x018445a403a13226
	.quad 0xbab8f1d2e5ad20b0
	.quad 0x000003566d6a22b3
	.quad 0xfffe3755f5cd435a
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0x10000000
	.quad 0x41af5316ff800000, 0x00401d25fdb16784
	.quad 0x7fc00000002c1d1b, 0x77599af71a2748a0
	.quad 0x40d8000080000000, 0x80000000807fffff
	.quad 0x03a47517f6c4c852, 0x42d0ecdd0a76c420
	.quad 0x4020800000000000, 0x594bebce7749fc5f
	.quad 0xbfe919d9ff800000, 0xbfa44db85efcb361
	.quad 0x78a02852c3c981e5, 0xbe080000be267412
	.quad 0x7ff0000000000000, 0x9d003af12f168000
	.quad 0xfff0000000000000, 0x3ed4300000000000
	.quad 0xc017000000000000, 0x7f2f448981417faf
	.quad 0x27369e507fd7fe96, 0xc041bbcbc7800001
	.quad 0x000e8ed7f0ca7a46, 0xbd2a7c4a43a4962a
	.quad 0x9fd57336faffe6ce, 0xc0000000bf91165f
	.quad 0xd2717b019a7a0800, 0xaceb94c6f6b387f7
	.quad 0x7db33fdd37bb1607, 0x840b488991a5d879
	.quad 0x3415f1989bbce0bd, 0x372de76e464f47f0
	.quad 0x7ef426b98a660fc3, 0x0000000000000000
	.quad 0x7f8c1c65ed07053d, 0x6b7f61f8d5ff7e00
	.quad 0x7ffd399c187efbc9, 0xc7a11b210987860b
	.quad 0xde43272e80000000, 0xb30dbc63eabf0000
	.quad 0x7f80000041b80000, 0x8ef146b8ffecfd4e
	.quad 0xcaad8f09d747c27a, 0x1539ef2f002365a2
	.quad 0x73ca52a4fbbfbfcd, 0xbf0dd00000000000
	.quad 0xba800000c0900000, 0x132ae95d7ea7ee77
	.quad 0xe3097a10f863b708, 0xff8000003fe00000
	.quad 0xbbd1faca7fd4b34c, 0x39db7bdbffa307ff
	.quad 0xbfc0356a2a300d70, 0xc022800000000000
	.quad 0x7a1e0b167fc00000, 0x0026c4ad6f555307
	.quad 0x57108409058318eb, 0x9a803a18e4b2b6ec
	.quad 0x93368ce8b284e2f4, 0x3fe277b01e04585b
	.quad 0xadb65568ff6d5d31, 0xfff588bb9700b31b
	.quad 0x800fffffffffffff, 0x47272120c3106c62
seed41:
	.quad 0xefd5d1a9a995b57c
	.quad 0x7fffffffffffffff
	.quad 0xbbb554cc2e0ef79e
	.quad 0x0000000002d02067
	.quad 0x00000000ffffffff
	.quad 0x000000079be73479
	.quad 0x8000000000000000
	.quad 0x106b1fd937bd46d0
	.quad 0x000000000771cd1c
	.quad 0x00000000000012b2
	.quad 0xffffffffffffffa7
	.quad 0xbfee96204b695d3d
	.quad 0xaadf9195198c6dc4
	.quad 0x0000000000000247
	.quad 0xfffffffd4f799634
	.quad 0x55071ccf3a53db26
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x9e254bd94734f020, 0x90429d9723728e32
	.quad 0x7f80000055a2b313, 0xba3559a599f83f10
	.quad 0x407c253631eb75d9, 0x4009000000000000
	.quad 0x00000000ff800000, 0x41e0a719ff850624
	.quad 0xa2531858bf97ffb7, 0x7ebbbbad7e8be12a
	.quad 0xc461f2037ffdf690, 0xa7869fd096ffffff
	.quad 0xb9d395ec892d8ca9, 0xccf5a3e890d9fe00
	.quad 0xda8ef4a37f03bf56, 0x298a175a3ece4c27
	.quad 0xebbb974cdb7bbf7d, 0xc30fad693b8a01ca
	.quad 0xdc9cf0bf1021c620, 0x010d7f1e00917048
	.quad 0x439e4a42bc7e8000, 0x3fd992246a62fce5
	.quad 0x3dbab7d97f800000, 0x7fe40a0fff7fffff
	.quad 0x6e085e466c180400, 0xbfc4000000000000
	.quad 0x0d7a1c200e647a40, 0xcdb02611feb48200
	.quad 0xeb60a71c304383ff, 0xfecff45b1e7bf01e
	.quad 0xf48eb717f0a0b2da, 0x7fbf437d80000000
	.quad 0x1f7f226a405ed5ae, 0x7e4a508a87134201
	.quad 0x67738dd100000000, 0xc840000042b40000
	.quad 0x9ce555a57a1bf800, 0x7ff0000000000000
	.quad 0x9183b03e490c0000, 0x47000001800ca11f
	.quad 0x917be0fddc549eff, 0x93802f4acef7f43f
	.quad 0x7ff1f8a0138500c9, 0xe9ea1d5f427297da
	.quad 0xc32db84a80000001, 0x75826066c38020ac
	.quad 0x7ff4c0b793ba45f5, 0x0000000000000001
	.quad 0xbb9318ea36740000, 0xfdd4700e1ea09ae7
	.quad 0xb0e6ff95fffb7cba, 0x2080dce05affffff
	.quad 0x3fdca7cd4f333ede, 0xfff77d183d5550c8
	.quad 0x7f8000003c801f99, 0xc025bf96c3b7149e
	.quad 0xacc26a2de94f26ff, 0xfa90da06bf014d27
	.quad 0x40c43632ffaaace1, 0xbf837ccb3494ee9b
	.quad 0x761ccb860c57ba46, 0x800d4c9467ccf1d9
	.quad 0xc00000001e3ac858, 0xf13967af7deb83a4
seed42:
	.quad 0x282139a4f47b2455
	.quad 0x0000000000000000
	.quad 0x1fda5fc5fd59bd7a
	.quad 0xfffffffffffb1926
	.quad 0x7d0d7b44df41e09b
	.quad 0x00000000ffffffff
	.quad 0x0000000000000045
	.quad 0x109a874a90bf10e7
	.quad 0x00000000bcef9df5
	.quad 0xaf59c949109c55f2
	.quad 0x0000000000000003
	.quad 0xfe3b9e6ee0388ecd
	.quad 0x05dd8ea2fcf34f83
	.quad 0x5ca6a54e8f26be2e
	.quad 0x000000000000010c
	.quad 0x3303a37093969009
	.quad 0x01400000
	.quad 0x50000000
	.quad 0xc00e05ca85d406c9, 0x007fffff00400000
	.quad 0xcba8d8dfffdbfe75, 0x000ed11643b94405
	.quad 0x1a46466169c704e0, 0x5545a01bda3efc00
	.quad 0x07cb3191f6ce599d, 0xbfd0000000000000
	.quad 0xfff97373db9a29c7, 0xc03ccd2da73a121a
	.quad 0x009b35f7812e5d60, 0x7e3ef40e9c0806ad
	.quad 0x1d6bcbd7feaaf7df, 0x4bbb832acd2b8118
	.quad 0x98dfeb067febf47d, 0x8ce2e1754dd8d195
	.quad 0x7e4bd08181485828, 0x4379160bff7fffff
	.quad 0x7f80000043384943, 0xc1eaaa5580800000
	.quad 0x806c743bc2000000, 0xf1882e06c0900000
	.quad 0xb3ed8e468473a90a, 0xe00d3b65dfd58b99
	.quad 0x9660564e59b393c1, 0xbeae5b15b9e6c7b0
	.quad 0xc03b384bffddec44, 0xc1581ac17fc00000
	.quad 0x7e800000c32983b4, 0xd09696faa9e2bebe
	.quad 0x47ffffffc0f00000, 0x0322acd4201714c6
	.quad 0x803bde0d78ca2c00, 0x40c80000c08ca472
	.quad 0x817fffff00000000, 0x406356d10236285f
	.quad 0xeb6c19ccff9fa667, 0x3c123399f5979615
	.quad 0xa0133452dae66496, 0x4032789acb7fffff
	.quad 0x96fc0052f793fd95, 0x00000000c8800000
	.quad 0xc08b90383af794d9, 0xffc0000080000000
	.quad 0x1d5427db003b1055, 0x7f500edf23b48bb9
	.quad 0xffe773c1ff46a3d7, 0x000798a716cba667
	.quad 0x7da77c250c26ce59, 0xbf963b1984324421
	.quad 0x7e749223c54611e0, 0xfffb75457298a082
	.quad 0xc0cd4ffbff800000, 0xac64515dfe3bddff
	.quad 0xc0eac00000000000, 0x00000000cf80c7bc
	.quad 0xbf7559e520da51f0, 0x84b1586ec3fffa89
	.quad 0xb0717058c4ffffff, 0x3f56170e25ea62a6
	.quad 0x00606e7b00ffffff, 0xcef01e76f366fceb
	.quad 0x7febecffffc00000, 0x660d3567a9abab72
seed43:
	.quad 0xfffffffffffffd18
	.quad 0x88c7ecea13abe3e0
	.quad 0xe644f867e07d3547
	.quad 0x0000000001000001
	.quad 0x000000523074ba7c
	.quad 0x00001acd3528e85c
	.quad 0x00000000000001b0
	.quad 0x00000000000001d8
	.quad 0x000000007fffffff
	.quad 0xa16db2b9b01f293c
	.quad 0xffffffeb72d6b93e
	.quad 0xe7894a939ecc2db8
	.quad 0x0000000000000039
	.quad 0xfffffffffffffec0
	.quad 0x0000000000007535
	.quad 0xffffffe3181c5dfd
	.quad 0x02000000
	.quad 0x80000000
	.quad 0x1923500772ffffff, 0x75d71dc1ff800000
	.quad 0xc018000000000000, 0xc0bc000000000000
	.quad 0x83366dc263c54c14, 0x3f06a00000000000
	.quad 0xfdf53cab2daa4c15, 0xc0c7600000000000
	.quad 0x9a0fbe5bedf20000, 0x4021800000000000
	.quad 0x2b2c9605d7fcdb34, 0x401e000000000000
	.quad 0x40b6400000000000, 0x629e9cc485184946
	.quad 0xc7409a3e24887800, 0x40d00000bfddc9a7
	.quad 0x40bd7cb6bcc00000, 0x0000000000000000
	.quad 0xd13d90a6fffffbd0, 0x7ff0000000000000
	.quad 0x6bd90cd3ff8fff61, 0x0000000000000000
	.quad 0x5393eb70700e7bf3, 0xfe788c16789a296e
	.quad 0x4058549176c4d013, 0x7ffdef1f5f95595d
	.quad 0x4003bea85e5339cf, 0x83094614f58cbbd9
	.quad 0x41a312d341b4ad25, 0x8040000000000001
	.quad 0x4ce67576cefffffe, 0x6219c38cf79f67c0
	.quad 0x43b4ae7800000000, 0x7f8000000116764b
	.quad 0xbfc00000be9b3f50, 0x7ff190ec597a8cca
	.quad 0x80000000c6c00000, 0x30c2afc9be5edbbd
	.quad 0x000fffffffffffff, 0x7ffdea60d421212a
	.quad 0xe41569bfc0a80000, 0x362daf81838d7d26
	.quad 0x979ef40640a40000, 0xaa9983a4f5bf767e
	.quad 0xff2096da0b4308a3, 0x6195719eefcbfdbf
	.quad 0xbec0afe243c00000, 0x2b37ce66475c0000
	.quad 0x2a5e81a2d432bc76, 0xc8c9fbf489818500
	.quad 0x3ff7ef9fffd926fa, 0x6b8cd425c14fdabc
	.quad 0xff7e85a7ff800000, 0x801fffffffffffff
	.quad 0x3f8bb81bd707d506, 0x1230bd22c484dc4c
	.quad 0x4004000000000000, 0xff16ca52bf60945a
	.quad 0x789befd1e1e9c200, 0xc8720a18fdff7fff
	.quad 0x13f54730c3774689, 0xe6e46ecbfa650362
	.quad 0xc080000012993b92, 0xfff0000000000000
seed44:
	.quad 0xfffeb7800ee02663
	.quad 0xffffffffffffff36
	.quad 0x000000000000e8cd
	.quad 0xfffffffffffffc38
	.quad 0x3e367bda1ad1b12e
	.quad 0x6a0dd567a81cd2f2
	.quad 0x9520db5b7d853a7b
	.quad 0xf7b3dbdada142fb6
	.quad 0xa709abadc7e7cec1
	.quad 0x0000000000000001
	.quad 0x0000000000000211
	.quad 0x5914ba84a9aed47d
	.quad 0x448d8e10e90c7409
	.quad 0xfffffffce441897e
	.quad 0xfffffffffffffe24
	.quad 0x0000000100000000
	.quad 0x06c00000
	.quad 0xd0000000
	.quad 0xc013800000000000, 0x5868907ae562ffad
	.quad 0x27386b23cb7fa3f7, 0x7ff6668b93afe2ee
	.quad 0x7f7fffff5f800001, 0x0bae96f05c20f695
	.quad 0xc07d898e8956c324, 0x7ecd4d20360104b9
	.quad 0x98cdf5223deb723c, 0x40409ec27fc00000
	.quad 0xb50e2787ba0fd6c5, 0x7ff0000000000000
	.quad 0x0002cb94734d95f9, 0xd13760bc4d9d4800
	.quad 0x7fd0000000000000, 0x5bc39e9affabf7df
	.quad 0x53f64bf62935c37f, 0x7fc000003f0fad3a
	.quad 0x3f80000027cd918f, 0x016d52210003f8fa
	.quad 0xff95652300000000, 0x851760498c59fcf3
	.quad 0x3f7de25a188b156e, 0x951d4fcf7b7aa188
	.quad 0x800000000023c873, 0x02ae1574f5efc3d5
	.quad 0xcb3e40bbf0567080, 0xbfd4380222c1badb
	.quad 0x7f857c3bc0400000, 0x438a4559ffe17e00
	.quad 0x7f0909c04cfa9416, 0x0e3abb49a49df2f0
	.quad 0x7854f5e13d50c289, 0x3c487032694f6658
	.quad 0xc3af8421eea5acda, 0xdd6429c2dffffe9c
	.quad 0xeef02284c7b1ca7e, 0x41cd078455fdc77b
	.quad 0x000aaa44f38cc946, 0x7110f70eba947c00
	.quad 0x8c2197a46e980000, 0x3cda30107f800000
	.quad 0xff7fffffff96d1c0, 0xbfee9dc689b35a73
	.quad 0xbe3fb901bd4bcd8c, 0x12f7dffc579f288f
	.quad 0xbb8ff3a26bb18480, 0xad70cb2126617c2a
	.quad 0x5edd0bffee5c7c00, 0x407d7e73707e1ec8
	.quad 0xd766cc255dab19e8, 0xff800000371734ff
	.quad 0xab61299caaa2d8dd, 0x331f35f3b4c4424f
	.quad 0x972761646e56bb86, 0x2c04ac86d5cdfcd0
	.quad 0x02d0a57c2b7fac17, 0xbc0db0d63a600000
	.quad 0x44ee4c37b53bc001, 0x79bcae932652af3b
	.quad 0x43efffffffffffff, 0x0d7a8b6be6aa55d1
	.quad 0x5bcc71b81ef4f862, 0x7fc000009b1b10cf
seed45:
	.quad 0x0000000006df8162
	.quad 0x5a7117428aad44db
	.quad 0x00000000000812bb
	.quad 0xffffffffffffffff
	.quad 0xd11b0e5805e3ac16
	.quad 0x0000000100000000
	.quad 0xfffffffffffffc51
	.quad 0x0000003bd7404a19
	.quad 0xffffffffffffe087
	.quad 0x56d8702b29409bbf
	.quad 0xff5d3be939a7e9f1
	.quad 0xffffffffffffffe3
	.quad 0xffffffffffffffe7
	.quad 0xb4434b7df6f8fdd1
	.quad 0xbe39c2482590d288
	.quad 0x6daf384354f48e0f
	.quad 0x04000000
	.quad 0xe0000000
	.quad 0x7fe21f0125027d96, 0x16c67d98bfaa48e0
	.quad 0xc130000000000000, 0x4bbe166b138ed139
	.quad 0x7fc00000edd1368b, 0xcf3d86b8413acdd3
	.quad 0xaf9147317ec67da9, 0x42c88dbd03e21195
	.quad 0x69bc55557ff7ff5b, 0xab7578b8ffc2556d
	.quad 0xec895a45b9b66171, 0xff0000009790e7ac
	.quad 0xc084000000000000, 0xe44e4fa7abf5bdff
	.quad 0x3ff0000000000000, 0x7ff0f4cb8ea7e7d1
	.quad 0xff800000cc464219, 0xedf1ac28c76c3858
	.quad 0x925ce72ffed731d7, 0xc10c0000bf7c5203
	.quad 0xa353bf392a998000, 0x4005f5724fe907fa
	.quad 0x3fd8902c477ffffe, 0xd9800001ff800000
	.quad 0x4c69bd79ffffffff, 0xc01a000000000000
	.quad 0xc3fffffffffffffe, 0xef5ee2021691fe15
	.quad 0xbc9965c15897f996, 0x51971223ead07e00
	.quad 0x8000000000000000, 0x93dc0c00958f2104
	.quad 0x97bd6adfc7800001, 0x9c5b35e5e9ffffff
	.quad 0x00000000c29641dc, 0x80800000596382f5
	.quad 0x8007abec87dc7695, 0x7ff028b328384d50
	.quad 0x02489498de16bb9f, 0x401a000000000000
	.quad 0x006913a40193164a, 0x002fffffffffffff
	.quad 0xf5adbf28c1920b7a, 0x7ff918a771681b1a
	.quad 0x1889e96f7fffcdf6, 0x03a3211c6c5127fc
	.quad 0x1afdd915ebc55ec0, 0x7f8000007f9d4861
	.quad 0x3c87e3a50079c290, 0xc02139d4e3b1de00
	.quad 0x80400000ffbdfea1, 0x49800000855f35cf
	.quad 0xc1b173b63b809cd4, 0xc05288f62f68eee8
	.quad 0xc4d02b1c1feffb3f, 0xbf9725a31758827c
	.quad 0x7ff776825d67bbaf, 0x65803e18ec9c3a4a
	.quad 0xd547ad467fe87b05, 0x000adaf63d4300e4
	.quad 0x86478d9bffd05ffe, 0xffc00000a6bc1d79
	.quad 0x0fa1a88f66edfcac, 0x93ac2cb68efdef7d
seed46:
	.quad 0xfffffffffffffc5c
	.quad 0x4a2d9d2405e6ddee
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0xffffffffff595803
	.quad 0xffffffffffffc234
	.quad 0x0000000001000001
	.quad 0x0000000001000001
	.quad 0x0275e517fc7db149
	.quad 0x0000000000002176
	.quad 0x430d152869197dae
	.quad 0xbe170da7ca94c34b
	.quad 0x0020000000000001
	.quad 0x41d9d8e874b80303
	.quad 0x05d09d22afcbbffe
	.quad 0x0000000000000336
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x68628d3f23530000, 0x1aaaa534bee00000
	.quad 0x43e0000000000001, 0x7f9749bb807487a2
	.quad 0x7e74f0978145fef7, 0x7ff4e2a39d322987
	.quad 0x8426914140d5fc23, 0xc325c2f42d7e8600
	.quad 0x80000000ff92065a, 0x6ff067a4a7c1f800
	.quad 0x49c40000bec504a7, 0x5fbf8e592434fe00
	.quad 0xda76a93ac2fcd054, 0xf312059ebfd88000
	.quad 0xbfd8000000000000, 0xffff6fc83e183fb2
	.quad 0xc000397fecefa145, 0x3feade45f3234bae
	.quad 0xc6b374231c128450, 0xdf0000006ba4ce84
	.quad 0xb2807584f84f7c00, 0xc143f3c0807fffff
	.quad 0x3ec6e00000000000, 0x3133b7877d7783ff
	.quad 0x29700715f7c6b920, 0xbf8b9bc0d2cacf8d
	.quad 0x3f79be8fc73662d3, 0x40344251891036ef
	.quad 0x7f800000c5bd88a2, 0x06071b7ac0ae7c00
	.quad 0xf2c277756c1c820e, 0xff7fffffc2d6f1d3
	.quad 0x8cd4122eb6bafc00, 0xffa0f0c700400000
	.quad 0x80165aeead943bb2, 0x00d94d257fdde043
	.quad 0xc06878c1f4315e84, 0x9ca8ed82bebeff86
	.quad 0x016b40e9fe2e8221, 0x0056d67a227cec59
	.quad 0x07ecf09273437f7b, 0x4015000000000000
	.quad 0x48fcccb695e30000, 0x1bfb9443a42b3a74
	.quad 0x4f5b48c49e8b0000, 0xfff016958c631ebc
	.quad 0x7f960d35ff800000, 0x678bb3dc2c06922f
	.quad 0x418221e278c63df0, 0xc27ad784d827dcf1
	.quad 0x93c225657f800000, 0x7f7fffff60c7972a
	.quad 0x7fa7998ec1404981, 0x80054dbb1fc38f72
	.quad 0xffeb2547be4107ef, 0xe0e740229aa5df96
	.quad 0xf11df023fef13eea, 0x00b2c9357f8f524d
	.quad 0x3ee8755800000000, 0x87074bab90017c1b
	.quad 0x26b8aa653c1cde70, 0xebd620f802e07c00
	.quad 0xc13fc00000000000, 0xff45ad0c4f52b9fc
seed47:
	.quad 0x00000000000039a7
	.quad 0xfffffffffffffd98
	.quad 0x0000000080000000
	.quad 0xfffffff31f4c73ff
	.quad 0x00014b7ae5e2e838
	.quad 0xf60fdfeddbd68735
	.quad 0x000000000000003b
	.quad 0x0003d27d2bb5b85c
	.quad 0xfffffffffffff366
	.quad 0xfffffea8797bb53d
	.quad 0x000000000000024d
	.quad 0xffffffffffffff6c
	.quad 0x0000000000000331
	.quad 0xfffffffffffffd3a
	.quad 0x60cdc2bf33744fad
	.quad 0x0000000000469a17
	.quad 0x00000000
	.quad 0x30000000
	.quad 0xf312f1e7bdd67e11, 0x7ff0000000000000
	.quad 0x929b42703d97bffe, 0x7ff8000000000000
	.quad 0x324347d0feffffff, 0x430000001a24b010
	.quad 0x7e91bec53455cd21, 0xd11f3b7dfe5bff54
	.quad 0xff8fbc21d3620cb3, 0xa669dc3af3941b54
	.quad 0xd6750a2aff9fddd0, 0x3fa27088f80b7a2d
	.quad 0x6b3b4bf7d06e5200, 0x387675d180000000
	.quad 0xe92b3a631bcb8001, 0x81134507ff800000
	.quad 0xe489eab60c16fe00, 0xc3eacbe51f5508f8
	.quad 0xfff7f1a78a33f355, 0x807ba94140c00000
	.quad 0x74d3a701db074424, 0x42ee5d0cc22adc23
	.quad 0xd735b6c55a468000, 0x81559a98245385d2
	.quad 0xc15ffceb421928fa, 0x6243aabbffa830f7
	.quad 0x7ff4649fda5562bd, 0xbf8af644f5d65e04
	.quad 0x94e857a8fef7ab58, 0xbff5c847fffbfd0a
	.quad 0xc9bbd7879effe96f, 0x5936bab8efa60000
	.quad 0xfff0000000000000, 0x38133a921bde6faa
	.quad 0x761a4a4fe71396ee, 0xc004000000000000
	.quad 0xde45a779dfff2b3f, 0x87521c195dfbc73e
	.quad 0x81028599bd650285, 0xff32abf6ae38bab5
	.quad 0xbca2672db84ffc00, 0xfc86823371c0b909
	.quad 0x021b5bd31898fc43, 0x40bc00007ef1cfc5
	.quad 0x4330000000000001, 0x0009b7f2a508b1c7
	.quad 0x8048faec816da21c, 0xfd9f88f780000000
	.quad 0x3fd0000000000000, 0x79b8ee72fafbb0c5
	.quad 0x7ff47662e49cf569, 0x98c27228397db2b6
	.quad 0x1a408890b8b0361f, 0xe637c96df08b7baa
	.quad 0xc312d1aeb26bafd8, 0x40b800006bdfd288
	.quad 0xbf98d32df6b79c41, 0x1c657e4873dba48d
	.quad 0x4942e3a473fffd1e, 0x43fdd89afcfd3dff
	.quad 0x8027ecf300dcf2fc, 0x7f9c36757fa2e775
	.quad 0x29e3265ebea22ad9, 0xe31437a67ef7fe57
seed48:
	.quad 0x000000000000024d
	.quad 0x3e2cd7c2995e7087
	.quad 0x00000000ffffffff
	.quad 0xfffff39c89316a07
	.quad 0x0000000100000000
	.quad 0xedbbefb3b3a8bc5f
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0xb9a61c5942a94629
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0x0000000000000014
	.quad 0x00000000000002ce
	.quad 0x2fa7b4a6e3a67c55
	.quad 0xfffffffffffc901b
	.quad 0xdbcfb064d1a3fa4e
	.quad 0x04800000
	.quad 0x20000000
	.quad 0x41140000ffc00000, 0x7e830db91199c27c
	.quad 0x7dd9f08e33d0f261, 0x3fd67b28a0eea924
	.quad 0xb58254c842600000, 0x710f89163d1afe00
	.quad 0xfff0000000000000, 0x80000000f8446034
	.quad 0x3becee9dffffffff, 0x8210bcff2e497d48
	.quad 0x803aec45be5cdfe5, 0x80091b7f7ff1ccc9
	.quad 0x3fbc000000000000, 0xc01f1ce4de484c6a
	.quad 0x81bdcd95b3e77ddb, 0xf068bc73a33ed6f3
	.quad 0xcdcc66caa4f7c5cf, 0xd512fdfa40a5d460
	.quad 0xc0210000ffb09cdb, 0x7f800000825bbf57
	.quad 0xf43831473ebbb1e4, 0xba687adb3cb8acaf
	.quad 0x69589ab78f799f00, 0x4078000000000000
	.quad 0xff80000040f80000, 0x8008000000000000
	.quad 0xbca6bc4642f512f6, 0x40e3e185069f9430
	.quad 0xbfedd4fdddfec080, 0xf954d0c8ed4d4900
	.quad 0x1dbb1dfb8e6a0ea9, 0x0817dd3d80400000
	.quad 0x7fb473c1ff800000, 0x57c41635c2dd8bff
	.quad 0x0015f283ae596c16, 0x00000000bc4433cf
	.quad 0x416b9e837fc00000, 0xbbd64b17be800000
	.quad 0x43b99a9dc4260000, 0x3fc1ae2cf88b228d
	.quad 0x3f70c04b2ff3b800, 0x7f0000007fed4a17
	.quad 0xff80000041969fa6, 0xfaa219e9feffffe7
	.quad 0x403dff471e251a78, 0xbc277b3e38ed052e
	.quad 0x9dd2845e9d62f95d, 0xfdd2d2847d6007a1
	.quad 0x7ff6581d9b525b79, 0x0c77bf110c307c00
	.quad 0xfdcbefd88aaf56c7, 0x3fd6f6c1be950d3b
	.quad 0x1116d63a01297724, 0x66f99903dcdf8200
	.quad 0x04d97762fe67d7b9, 0xffd0000000000000
	.quad 0x1da247593362b01e, 0x3de400000065e624
	.quad 0xbf6d000000000000, 0x436eb71cc0580000
	.quad 0x7ff3c696bbba618e, 0x3fa00000ff84c7d2
	.quad 0x7e98afc222096e07, 0x0fa311698167a3d9
seed49:
	.quad 0x7a09b741dd0dc04b
	.quad 0x0484d4c44320976f
	.quad 0x21849b3aa1456dd3
	.quad 0x2137ab828360cfea
	.quad 0x0000000000000161
	.quad 0x118ed3c23b941bdb
	.quad 0x466835b4b5ff5f1f
	.quad 0xd66a396decfff4eb
	.quad 0xfffffffffffffc33
	.quad 0xfffffffffffffc57
	.quad 0xfffffffffffffce5
	.quad 0x0000000000000006
	.quad 0x4fbc812bcec4bf73
	.quad 0x0000000000000276
	.quad 0x15b65b5a18fd44f8
	.quad 0x0000000000000005
	.quad 0x03400000
	.quad 0x90000000
	.quad 0xd05268130f43485e, 0x3ee36d2375b57335
	.quad 0x7ff0000000000000, 0x0008000000000000
	.quad 0x7fc00000ff800000, 0xba680000ff800000
	.quad 0x7333a9a560c683d9, 0x7ff0000000000000
	.quad 0x0cfe4c4a37f69fed, 0x9a3def69f1ba8000
	.quad 0x00000001ffb160cd, 0x475eb6a4ffa2325c
	.quad 0xbc4bd1d9eaea8000, 0xbe0715b8b0a55606
	.quad 0x67411f44cdf77be8, 0x804000003fab2e9b
	.quad 0x000fffffffffffff, 0x3fde000000000000
	.quad 0x8000000000000000, 0x0000000000000001
	.quad 0xffc00000ffa3405e, 0x400c000000000000
	.quad 0x7e4f6c64ffaae695, 0xff8000000a25f8f2
	.quad 0x7d25d1f826d60000, 0xcf7ffffe00000000
	.quad 0x00414555f27428e1, 0x72a1ef91ffab7fff
	.quad 0x800000007c3f36ff, 0xda007038c5b00000
	.quad 0x8ba1d53f59ffffff, 0x419fe4956c54430c
	.quad 0x8f5a2abcf6bb7995, 0xfdf66393950a16a8
	.quad 0xdca6b20190dd4f69, 0xff80000047800000
	.quad 0xed86b2aad78777ff, 0x00000000af7ffc16
	.quad 0x000000007ef6d438, 0xc0e0000000000001
	.quad 0xcf0000007f800000, 0x3f0e0ce1c1080000
	.quad 0x43f0000000000000, 0x4370b519961eebe1
	.quad 0x4114600000000000, 0x9098241d995c1e58
	.quad 0xff80000009b180d9, 0x7ffb1cb1013cf19b
	.quad 0x00400000f6562a20, 0x13b499767cfb90fb
	.quad 0xc7f3a69f0114b1b7, 0x5f1278f63ffefddf
	.quad 0x7ff8000000000000, 0xd4625f7a20f4a84f
	.quad 0xfff0000000000000, 0x922380123e8392af
	.quad 0x8046bba7ff800000, 0x7ff0000000000000
	.quad 0xc02a9246b9b1389b, 0xff800000f7c0121e
	.quad 0x7a84f023be2fffbd, 0xfff0000000000000
	.quad 0x7f800000bfc5b2b3, 0xc0fffffffffffffe
seed50:
	.quad 0x4c047fe42df5a03e
	.quad 0xda352dcb49e5fc9b
	.quad 0xe480751ee84d2fb7
	.quad 0x0000000000000001
	.quad 0x000000000000000e
	.quad 0x0000000080000000
	.quad 0xd15f072b454eed49
	.quad 0x17d8282b68ceed5e
	.quad 0xca06b8ba1e993b44
	.quad 0x0020000000000001
	.quad 0xfffffffffffffde9
	.quad 0x000000000c6720d8
	.quad 0x000000000000020b
	.quad 0x0000000001000001
	.quad 0xd4041b0a595a7b45
	.quad 0x0020000000000001
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x6db25949806f8116, 0xef01ba3f5b3c95df
	.quad 0x9196195b34de85e9, 0x5fd34334c9007c00
	.quad 0xbf215171f436ff6f, 0x988942a0fd5ff40d
	.quad 0x1e5935fe887b16f7, 0xfff4d5bfc27b4f66
	.quad 0xc06b4e6994e72d22, 0x240db1c473e3a16c
	.quad 0x8f38daf14dae3e00, 0x84eeb368807fffff
	.quad 0x007f83d7ff800000, 0x7effffffc394d90d
	.quad 0xb6566d6d192603ff, 0x83168903ffb776e5
	.quad 0x40effffffffffffe, 0x0bd2df5476775c27
	.quad 0x9856daf407a7c600, 0x0000000000000000
	.quad 0xff8000003ff58000, 0x29271ca4782d3d80
	.quad 0x7e163aa52d5f8156, 0x40002595306df340
	.quad 0xa0c6b690a387b400, 0xf427c33580509bf9
	.quad 0x0680535635b3451d, 0xbf58000000000000
	.quad 0x39ec7cf8cbf7db14, 0x25030be53ffbf8fc
	.quad 0x3ffffffffffffffe, 0x0000000000000000
	.quad 0x33289bef5debfae3, 0xfebe6976d6eb06dd
	.quad 0x71050489f0579439, 0xebf3bfe47f800000
	.quad 0x4a03535a2617fa62, 0xc0029e21cd58e33d
	.quad 0xc0fb8f71b4d2fe36, 0xb400df0d137df7ff
	.quad 0xd45bfceb1d9dfc00, 0x7ff0388b6d40ff54
	.quad 0x7dfe45fe31f94ea4, 0xdc17481c6dae8e7c
	.quad 0x09663030f3dcfcdc, 0x65c9fd953d85e32b
	.quad 0xf6c9fed52ab7e7dc, 0x6857fb3300735c10
	.quad 0x0e2b149e7047b391, 0xa0e9a38803cafe3c
	.quad 0x7fd1d6677a735944, 0x3ff63b6cb3833faa
	.quad 0x0529cf3bc9a80000, 0x7f80000039c00000
	.quad 0x800fffffffffffff, 0xf28b46abc33651da
	.quad 0x18df8cacb79cf7bd, 0x3d6e1b30803f2c91
	.quad 0x0f20e165ffff576d, 0xff800000400aa5cf
	.quad 0x001dcf3a5794b8dc, 0x68970f16fecfdd7f
	.quad 0x073833697f9ea15f, 0xfe5b324d2e157d9c
seed51:
	.quad 0x00000000000002f3
	.quad 0xfc00830d8be94733
	.quad 0x0000169518684b67
	.quad 0xb6e3e72f70cf2805
	.quad 0xffffcc247f569747
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe87
	.quad 0x00000000000001e4
	.quad 0x2d020a607fce5583
	.quad 0xffffffffffffffff
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0x1daf7dd6b36ab504
	.quad 0x000020ec8e90a429
	.quad 0xfffffffffffffc80
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xc829e5d98858c540, 0x1672ccb8a087b826
	.quad 0x41ff2f16a3747d3d, 0xf9fbd08bff9fffff
	.quad 0x8540b175ffd57a4c, 0x404db61608f45eda
	.quad 0xfffdcc1b5f7ff4a4, 0x59122d255051443f
	.quad 0x800e825976d3ae0f, 0xbe8000000024f23e
	.quad 0x80000000c38d56e9, 0xc006de2ab38c693c
	.quad 0xdc5be2f524152b81, 0x7ff4fef9738cb426
	.quad 0x1104d2a5e9f3f778, 0x3fcdfbb31ae85d25
	.quad 0xbfe0000000000000, 0x897bcd916d5ecbc2
	.quad 0x970b8883bf9049ee, 0x4215da87b1c2595e
	.quad 0x42a6b7f9ffa52395, 0xffa0b77c00000000
	.quad 0x5a34932563fc6fff, 0x832e866bfbaffffd
	.quad 0x7ed621f6157542d1, 0xf1af46a5ab03dddb
	.quad 0xffc00000438fd910, 0xfd7bc70fa81826ca
	.quad 0xfff0000000000000, 0x7ff025ebeb3983cd
	.quad 0xff8a427087057eef, 0x2dcff411c1fc88e2
	.quad 0x7ff0000000000000, 0x138b6929eb3ef0f4
	.quad 0x3bef41f17fa3523b, 0x400fffffffffffff
	.quad 0x4128000000000000, 0xa20089ebffbff78c
	.quad 0x8000000000000000, 0x7000a4ce0158c082
	.quad 0xb2439cfaffe9fe00, 0xf38ace86fbb877ff
	.quad 0x1f6b0cf49b7b4700, 0x489443b426b1f400
	.quad 0x018d0c2068c4b23d, 0x3ebd6fd4c10a0000
	.quad 0x7ff0000000000000, 0xfbfc234f2652856c
	.quad 0x4480000080d675be, 0xbd436511c2a6c16c
	.quad 0xe09807c626037801, 0x0fa00f9226b382ce
	.quad 0x03b0c84ffdefd7ae, 0xc1efffffffffffff
	.quad 0x7f991b2e7f800000, 0x7ff7813a986eefc7
	.quad 0xfcae54af7bc9d0c2, 0xb872c105054407ff
	.quad 0x49200000807a6470, 0xd696b795af860000
	.quad 0x7ff0000000000000, 0x7f80000040200000
	.quad 0x4000000000000000, 0x7f8960037f800000
seed52:
	.quad 0xfffffffffffffff4
	.quad 0xef679d8e278ccdf1
	.quad 0xe5cdc123104e4186
	.quad 0x000000000000005f
	.quad 0x0000000004641291
	.quad 0xfffffd2f41c68bf3
	.quad 0xffffffffffe2b096
	.quad 0xffffffffff98b2d7
	.quad 0x47447b1fbb90aa4a
	.quad 0xb43ddb25719cecde
	.quad 0x0000000000030e46
	.quad 0xfffffffffffffffe
	.quad 0x6fe5734296423671
	.quad 0xffea125618d2a568
	.quad 0xb9c3814979b76695
	.quad 0x768b845471dcd573
	.quad 0x03400000
	.quad 0x00000000
	.quad 0xefc69dd977decbf3, 0xd891ad4abf1ebf26
	.quad 0x7ff00d77809842ce, 0x6dc3f59cbf86ab47
	.quad 0x3c1e7f273d101255, 0x4a38d45bcbbbfdb4
	.quad 0xbf838cfe8030761b, 0x7f800000418b0212
	.quad 0x3490bd70fffbfb55, 0x80000000ff99b56d
	.quad 0x3ee9000000000000, 0xff800000ffb4e5f1
	.quad 0x7fc00000b6340000, 0x70e39740ff800000
	.quad 0x3feffd4443c6a493, 0x5041595320e08ee3
	.quad 0xc3d90d069dd96e36, 0xc4100000f5af5146
	.quad 0x0000000000000000, 0xfff606ffd4ebb135
	.quad 0x43aa4055ff800000, 0xbf72f4126a10d943
	.quad 0x01fdb10ea2aa96e6, 0x0000000000000000
	.quad 0xfd92af229ab058d7, 0x249a97dc7ff52dfa
	.quad 0xfff0000000000000, 0xac0f2454b9f7feff
	.quad 0xfecd762d6228fddd, 0x8d560b63eb207e00
	.quad 0xb2a1a265ff9bc02d, 0x3ef184adada1b103
	.quad 0x7b95dddaa4f854e3, 0x44dbcb59dd9edd67
	.quad 0xff80000027765e79, 0xc048a7a7dbc61469
	.quad 0x70f7a53f181b37e5, 0x817a66a5397ce7c9
	.quad 0xdcc255c7c86b84ed, 0x7b8618b5643fbddc
	.quad 0xffc00000ff800000, 0x8e324c6c7f7fffff
	.quad 0x3e980000c3cada96, 0x0000000000000000
	.quad 0x7524ad573c766654, 0x72ee881ff0fc0000
	.quad 0x405845ac4b9fae95, 0x8000000000000000
	.quad 0x59cf8f1edf800001, 0xc0f80000ff3b118e
	.quad 0x43524aeb3be4fde2, 0xab4f11b5e430fc00
	.quad 0x7fc12d53ca0bcc53, 0x1ab28512eafd8080
	.quad 0x263485ec717eef21, 0xff800000ff8d2ae9
	.quad 0xb5085a5c12eb8000, 0x40e93bcb280d14f2
	.quad 0xc11400003d300000, 0x43f4900980000000
	.quad 0xfff44dc62ac1a5ad, 0x3f968967cbdd9930
	.quad 0x3f060000fba2a956, 0x7f94c94240000001
seed53:
	.quad 0x0000696f699c812c
	.quad 0xf509ea55bd590399
	.quad 0x0000000000000005
	.quad 0x00000377d335e0bc
	.quad 0x0000000000000003
	.quad 0xffffffe9e5c661a1
	.quad 0xfff51cd82998354e
	.quad 0x0020000000000001
	.quad 0x00003beec5b8cc8a
	.quad 0xfffffffffffffc87
	.quad 0x0000000080000000
	.quad 0xfffffffffffffcb9
	.quad 0xffffffffffd425f4
	.quad 0x00000000003d342e
	.quad 0xffffffffffffff8d
	.quad 0x503df00ca2774684
	.quad 0x04800000
	.quad 0x30000000
	.quad 0xcde7ae308d640800, 0x40effffffffffffe
	.quad 0xe7de3430a9813fa3, 0x28851167fef3a763
	.quad 0xfd6464c521f30bff, 0x144756a1c05846fc
	.quad 0xb04e24b3ffe893e4, 0xc00f1d8dbb04484e
	.quad 0x6e6ef38f30a120c0, 0x4505efd2c59217e6
	.quad 0xc2bfffffffffffff, 0x0000000080000000
	.quad 0x5d7f1b7bd8b429ef, 0x0399536227e70000
	.quad 0x004000009d18df34, 0xaa71ba721b027e06
	.quad 0x7f8ccbae41080000, 0x1561f10298c6f98e
	.quad 0xc04511318e494307, 0xbeca000000000000
	.quad 0x3cd90c1800000000, 0x000b0bac3dbef4b8
	.quad 0x6678dd62aa0d68f3, 0x94cb0a927fcdc900
	.quad 0x05527d60b1a048a0, 0x9ac3314b7f800000
	.quad 0xc01001f3aafb6a9a, 0xfff8000000000000
	.quad 0x5155e01eef109513, 0x511880a57fe71204
	.quad 0x7f800000bc5ab47e, 0x44e13711ffeaff3e
	.quad 0x000fffffffffffff, 0x4021b9b3839eee48
	.quad 0xbfbfbebccf0d4815, 0xff800000c07ffffe
	.quad 0xbe3a5d2400000001, 0x3f3a36f0375d3ee7
	.quad 0xbfe8000000000000, 0x40799158288b9e2d
	.quad 0xe1800000fa496ca0, 0xff81234af237d45c
	.quad 0x80015881b888eb91, 0x7ff8000000000000
	.quad 0x0edc0c0e738344c0, 0x40e5e00000000000
	.quad 0x43c4604f03f56db1, 0xd9ffffffc0000001
	.quad 0xd17814ddf303d7d2, 0x8dc9faea61412463
	.quad 0xc042542fb586a54b, 0xc01f000000000000
	.quad 0x407fffff80ffffff, 0x000000006e25a213
	.quad 0xff8c26d61797d78b, 0x7f53a134f7d5df02
	.quad 0x8224563690a6010a, 0xc165c7754ffffffe
	.quad 0xfff0000000000000, 0x7f44989980400000
	.quad 0x3a3f14ad7fe61b74, 0x3ffc000038280000
	.quad 0xfff0000000000000, 0x91207e27ffec8e27
seed54:
	.quad 0x000000007fffffff
	.quad 0x32a45fcb8ee8d692
	.quad 0x0000000000000039
	.quad 0x1977ab80d4b22a05
	.quad 0x8d2066304f283a12
	.quad 0xce7bd0459a3258aa
	.quad 0xffffffffffffffff
	.quad 0xffff29fff462db7f
	.quad 0x7fffffffffffffff
	.quad 0x22e2efa2e2f8a480
	.quad 0x0000000000000653
	.quad 0xb1f54cb568a29577
	.quad 0x000000007fffffff
	.quad 0xefa3569935798a3f
	.quad 0xfffce233eae35da6
	.quad 0x000000000000029f
	.quad 0x00000000
	.quad 0x00000000
	.quad 0x0000000000000001, 0xbfd1cd5ce4623460
	.quad 0x3fd77570573cccb3, 0x3f8c6c9608425707
	.quad 0x7fc0000041157a48, 0x3fa68ea901059d87
	.quad 0xc03f0a5eff800000, 0xfff358584e54530c
	.quad 0xcc2412ecc7844071, 0xcf3e7ee6fb8f8272
	.quad 0xc00a000000000000, 0xfffa588d05507273
	.quad 0xff800000fb051d3f, 0xc03b1b1ba512b63d
	.quad 0x3f91767624eb4233, 0x817fffff4320a669
	.quad 0xc7bad3da806e24b2, 0x8c9b172ac64ceea8
	.quad 0x3fdbde0619c3ec75, 0x4e456f7ab2108000
	.quad 0xe7220bc4a4b10000, 0x48fe2618c9752235
	.quad 0x01ab05abff4203ff, 0x0c544afb7d33de1d
	.quad 0x88a5387a78557b2c, 0xe9afcffdfa4c3c00
	.quad 0xe1fffffe7ea3ff94, 0x2b6fdfceffb85524
	.quad 0xe0a6ce03f0ae2fd3, 0x1cc7d250c0e0a199
	.quad 0x12833e09c2ee7d0b, 0xa882329eeaffc910
	.quad 0xcff943ffed902468, 0x40f000007e800000
	.quad 0x7f9c7d8e1cad0bbe, 0xb74e56f1e0bd0000
	.quad 0x7ff97779e1b84ca1, 0xffc00000a017234a
	.quad 0x360000007f800000, 0x0da86e109fbc7ff6
	.quad 0x7f826b01c71c9c5e, 0xebf4097fd7ddff9e
	.quad 0x9822ec8827a5bb0c, 0x019181f6e6ed856e
	.quad 0xff9df73e0d848c47, 0xbfad5047c3f42baf
	.quad 0x01def62f107f9fec, 0x7243a2cd7f82f6f1
	.quad 0x3f944c6aa4825960, 0xbb364e38cb118000
	.quad 0x3f921f8a542703fb, 0xd23ff692ecea7c00
	.quad 0xc0bf000000000000, 0x56a3019843e58000
	.quad 0x0171e80e4019214a, 0xbf4ae00000000000
	.quad 0x810feb1811a0eab4, 0x4e24eaf2f7e5fd7c
	.quad 0x400f000000000000, 0xffe53d08f7380890
	.quad 0xc7ffffff7f000000, 0xdc64d3577f878000
	.quad 0x6ac194eaffffffff, 0x4b606e96ffdfaefe
seed55:
	.quad 0x750bdebe9c37640b
	.quad 0x0000000000000374
	.quad 0x00000000000000c6
	.quad 0xffffffffffff5902
	.quad 0x9f3ed0f8ae951e27
	.quad 0x000000000050962a
	.quad 0x2979d0575cece57c
	.quad 0xfffffffffffffee0
	.quad 0x001e485f9090f968
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x000000359606727e
	.quad 0x000000000000023e
	.quad 0x66ec3cf7961f235c
	.quad 0x000000000000022f
	.quad 0x00000000000001fe
	.quad 0x02800000
	.quad 0x40000000
	.quad 0x7f339cc9ffc00000, 0x1fc4cfd8bb74c16f
	.quad 0x43b661eeff9a5d05, 0xff8000007f858d55
	.quad 0x7facec1c761cd917, 0x4011c42f3c555932
	.quad 0x0000000000000000, 0x8db8299d81297c00
	.quad 0x8000000000000000, 0xfee5a7e636476463
	.quad 0x9cca11517ede4d41, 0x811a68982c5ed0df
	.quad 0xff7fffff7f9fd436, 0xbe0ceba87f89a53d
	.quad 0x2a3f23bbd36f5adb, 0x7fc091717f800000
	.quad 0x43e0000000000001, 0xbfe5493687816251
	.quad 0x8b3894cd7f800000, 0xc34000007f800000
	.quad 0x826cb702f8d166c4, 0x8285907244ca77e9
	.quad 0xfc817da362ffaf07, 0xf069f28e3df00000
	.quad 0x94e320a374319026, 0xbf4bf9779296d600
	.quad 0x6e3bbb87ff7fffff, 0x3ad337a1d77c3c59
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0xfff59f25f848ca6a, 0x3a29bd58159cc942
	.quad 0x7fdf5f7c56b7aee5, 0x037292d3696726d2
	.quad 0x802e38054ef4c894, 0x3fa8000000000000
	.quad 0xf87504ba7f360654, 0x95d8641b2379d863
	.quad 0xf1fd6e617f84a8ee, 0x7f9b24307fda6efa
	.quad 0x8015ca2980000000, 0x5c580efa870a6fff
	.quad 0x834832517ee690b0, 0xfe92dec1bddc27f1
	.quad 0xfff0000000000000, 0x41000000187accb3
	.quad 0x3fffffff80000000, 0x80400000870f923f
	.quad 0x5a0000001e64599c, 0xfe2173f76bcfd253
	.quad 0x0ef383d9e225f998, 0x1739a4d993c5fd73
	.quad 0xdf041155eec2004a, 0xff80000080ffffff
	.quad 0xfff0000000000000, 0x4aeb8ee6ff787b4e
	.quad 0x3862e8f84c207c00, 0xfff5b1803e2208d8
	.quad 0xe1bef60ae9571711, 0xbf8000006e96af99
	.quad 0x81870ba24913fb1a, 0x4044406fdb0db2a4
	.quad 0x800000006ceb4b96, 0x56c8127a210c5fbc
seed56:
	.quad 0x0000001501b95207
	.quad 0x00000000000073b7
	.quad 0xa926d7b8eb5e4a2a
	.quad 0x19c16ab37c659670
	.quad 0x2b0aced004c68f84
	.quad 0x0000000100000000
	.quad 0xfffffffffffffe21
	.quad 0xd8b7afe4c2308973
	.quad 0x0000000100000000
	.quad 0xffff87304828b72d
	.quad 0x000000000730a2e6
	.quad 0x9a79ccdf1dd5211a
	.quad 0x0020000000000001
	.quad 0x00000000000002a2
	.quad 0x19e0bfd65e322a2d
	.quad 0x000000007fffffff
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x0000000000000000, 0x955336d4fffd0142
	.quad 0x3825ad64ffc00000, 0xc3fdfcb1c1410423
	.quad 0xff26b3b49e9d492f, 0x800cc7db35902722
	.quad 0x02864cb10670da01, 0xc0280000bd888744
	.quad 0x3fafec4cb4b0c847, 0x0bc86b7800000000
	.quad 0xc039747889720c2d, 0xfff0000000000000
	.quad 0xbc6d8cec2791c680, 0x6de9fec47f7bfc00
	.quad 0x12496973c87d1e43, 0x0ab63f5a6e1768ee
	.quad 0xffdfffffffffffff, 0xc9810bc9d7affcfc
	.quad 0x01282c68c7b4e39a, 0xb8d2691c46c9e19d
	.quad 0x4263b7d0df09a4f9, 0x7f7b305fe38e9cdc
	.quad 0x3ffac62386795d1a, 0x5308c1fb17177d23
	.quad 0xc31c5c21ff8596cc, 0x29db09a36f9c3cf5
	.quad 0x3f410093ff86c3fe, 0x7d96d16320c1b6c3
	.quad 0xc0100000c3b507fb, 0x002fffffffffffff
	.quad 0xc7cc67ed80000000, 0x1378bb177f7fffff
	.quad 0x606b2905a3f8d01d, 0x53368cd099f7f7ff
	.quad 0xc76705dc9c329384, 0x814a601affffffff
	.quad 0xff80000049a00000, 0xc0000000bd7c7814
	.quad 0x400ffffffffffffe, 0xb5ee900a8d7c8aa4
	.quad 0xfff8000000000000, 0x54c6b00fffd3fbff
	.quad 0x0007df3aa8c846ee, 0x167f7eb3bfdfbf4f
	.quad 0xef693e657f8ccfdb, 0xc00825de0aceaa49
	.quad 0x7fe0000000000000, 0xa97444384c0c4000
	.quad 0x81000000ef4dc530, 0xbfd7abfb9e056dd6
	.quad 0x80dc14f315ce210f, 0x0888cffe445e3a6b
	.quad 0xc79772eeb78561ad, 0x00b2f6f64886793b
	.quad 0x828e422a40018603, 0xff800000df56a6cd
	.quad 0x3a057f2fc7800000, 0xbfdf54e7fc86954a
	.quad 0xf4c268f35944292f, 0x3fa98fb28ad2432e
	.quad 0x3d0b722f41d46379, 0x6bd6b9db0c6e5b94
	.quad 0xe9e6853d5576fa94, 0xfa8ae2d7752768de
seed57:
	.quad 0xe5a1ac65145278d7
	.quad 0x000094c9ed534cc0
	.quad 0xffffd92b27c92568
	.quad 0x000000000007cc45
	.quad 0xe6c622156d3bc33a
	.quad 0x8000000000000000
	.quad 0xc436afc033e8a847
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x8000000000000000
	.quad 0x000000000015abfc
	.quad 0x7cb23b42dff00f1b
	.quad 0x74e84a4b6f891905
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0xf02ee926cc12fe9d
	.quad 0x00800000
	.quad 0x40000000
	.quad 0x409800007f14ba80, 0x3f74991a442da0fc
	.quad 0x7ff0000000000000, 0x0a64560b9b75ce0e
	.quad 0xce83b0472a93fe00, 0x120c89da56ad3635
	.quad 0x7f8000007f800000, 0x60168242cfee1e89
	.quad 0x7f85daf135bf0000, 0x3fc0a1c7025924af
	.quad 0xfff060abe5c49a50, 0x80170e027f9e1c37
	.quad 0x79c7230b7f8f7f7d, 0x271d848fbfafbb68
	.quad 0x7fc000008022cd3a, 0x7fa672bd817fffff
	.quad 0x7ff8000000000000, 0x07590517ddebfc6b
	.quad 0x76040f56bf7ff6d4, 0xbfbaaea426c46822
	.quad 0x3f9f800000000000, 0xfe4be2a65ee6b1d8
	.quad 0x938dff4a85128001, 0xc99c94f7c5fb372f
	.quad 0xc00edd4d720bab29, 0x7dc6ab0e34439e38
	.quad 0xf763e44fff800000, 0x400a000000000000
	.quad 0x1576972dad8eca09, 0x38400000bfe00000
	.quad 0x3e03ed84ffc18a54, 0x9b14968636df7fb3
	.quad 0xb2b37d0ff02efe00, 0x2feda4df7dff7d7c
	.quad 0x7fe906693ebfa248, 0x018a67e32f65d5c4
	.quad 0x03cbb7ebffe67c5a, 0x80efda4d8319c8e0
	.quad 0x445b1d3b63f684e0, 0x8000000000000000
	.quad 0x27b34a7ffff7fb0a, 0x0000000000000000
	.quad 0x68485a19bfaeae4b, 0xa0baa91a58d0d717
	.quad 0x7ff17a173edee352, 0x7f9d2c7b3c324ca0
	.quad 0x00000000ed2f7ea9, 0x3f4288b0bc2f20b5
	.quad 0x559dce00eaa37c69, 0xda7ffffe42b45b87
	.quad 0xee195ad55130fc00, 0x4130000000000000
	.quad 0x0260c6b24e7ad403, 0x756b5157f9777edf
	.quad 0x3f7928a7bb951695, 0x02f78ea32f9ddfc7
	.quad 0xffe87bc80918b12b, 0xb63d80007f8771e8
	.quad 0x8100000000000000, 0x403d55a9af48b3c6
	.quad 0x6f8f01747e7bff0b, 0xa0cc0586f8f59f1b
	.quad 0x4771b2ae94e1f750, 0x43e0000000000000
seed58:
	.quad 0xffffffffffffc6b7
	.quad 0xec21c4cf6b025fdc
	.quad 0x001baadd4dc77842
	.quad 0x955048214a6b2c46
	.quad 0x00000fadd7a8a5ee
	.quad 0x340aa50bd97a2c36
	.quad 0x0000000000071ea2
	.quad 0xffffffffffffffff
	.quad 0x000000000000032d
	.quad 0x749c83b5ce2cf5dc
	.quad 0xffffc9c34a57f13c
	.quad 0x0000000001b4e3f4
	.quad 0x0000000000000079
	.quad 0xfffffdb80c3895a8
	.quad 0xffffffffffffffac
	.quad 0x00000000000018f0
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x48b800007f800000, 0x809af129e19f2545
	.quad 0xfff0000000000000, 0xbf7742502f34bcfd
	.quad 0xb9c9c39abedd45a0, 0xc021000000000000
	.quad 0xc1dab9cd9d0a8318, 0xeddd8a6ffac2c080
	.quad 0xbfc4000000000000, 0xc752bd601cf7ee77
	.quad 0xff800000bd4d26b5, 0x03e5664a80601c88
	.quad 0xa92bc36b88d5c9a4, 0xfba8cb3cfefcfef1
	.quad 0x7fb3a409ff800000, 0x41ef2853ffafc754
	.quad 0x7772b070159dc277, 0x80a6c4ad44180000
	.quad 0x05b4a910fffbf7f7, 0x0000000000000000
	.quad 0xf355d72e7effffff, 0xff80000000000000
	.quad 0x3f9ffa574ddc7152, 0x38a5e105faffffff
	.quad 0xc000000000000000, 0x3051c3455bfffc00
	.quad 0xbfa8b4b6219a14af, 0x000fffffffffffff
	.quad 0xfff0000000000000, 0x4005a5b2524e852a
	.quad 0xd3d7b3f2ffd5aa97, 0x0000000000000000
	.quad 0xfff0000000000000, 0xba1800003f800001
	.quad 0x7feb6f2fd4553147, 0xffc000001f4d1975
	.quad 0x7f0eb53a80d555c5, 0x7f249edeaff744b8
	.quad 0x980ae69e3ca84760, 0x4002000000000000
	.quad 0xf7cf4688fd76e6e5, 0xff800000bd5735c1
	.quad 0xb62a575e5fffbef5, 0x00087e626b267748
	.quad 0x8020000000000000, 0xbff0000000000000
	.quad 0x7ff4094565a727db, 0x92b150800b22211f
	.quad 0x7ff066643d40b896, 0x7ffdefa52c112b5a
	.quad 0xdf0000007f800000, 0x0359aeba14df1df3
	.quad 0x79bd08c2bfebdb3f, 0x07b7d5b9444bded6
	.quad 0x3e838cdabc600000, 0xe6ea670aa7fc7caa
	.quad 0x4008000000000000, 0x7ff0000000000000
	.quad 0x9c6609b1d9216622, 0x8000000000000000
	.quad 0x7ff0000000000000, 0x8406a7fd465ff333
	.quad 0x8000000000000000, 0x7e7443ac03e00fdf
seed59:
	.quad 0x000000000000002f
	.quad 0x00000000000002d5
	.quad 0x0000000000000026
	.quad 0xd6c790ceccb40f81
	.quad 0xc44a0a1c86d86a52
	.quad 0xfffffffffffffc72
	.quad 0xfffffffffffffe21
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x3a11a05efe34808f
	.quad 0xbda230d7d3c6aa3f
	.quad 0xfffffffffffffc8f
	.quad 0x006a59534d7ab94f
	.quad 0xffffffff80000000
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0xffaf169006991afc, 0x5f7fffff3e59b7f1
	.quad 0x4fffffff27572f39, 0x8000000041e91cc8
	.quad 0x4074c18055b3fb56, 0x989b4b813f7ae798
	.quad 0x4d74bfecc5fe0001, 0xbfffb3055ff48766
	.quad 0x3fd19acfe7937c19, 0x8b3b2b4d7fbfc6ae
	.quad 0x8020000000000000, 0xbc57d0d1bc700000
	.quad 0xbce1e0086a7b25d9, 0x7fa9f007ff800000
	.quad 0x80094c05ffbbefff, 0xb3d58df8fff3ef1b
	.quad 0x8000000000000000, 0x7fff6f5d6bb9a81a
	.quad 0xffd8a97745322f4f, 0x3c0f22ccfef8fc00
	.quad 0x9679d0e6fe7b76fb, 0x0b8f96a4fe4135f6
	.quad 0xfff41404dd8b1a9e, 0x8de99ea2a87cbd8d
	.quad 0xfdcec50beb2d416c, 0x7f8000007ee1c7f1
	.quad 0xadf66558e5657e00, 0x40efffffffffffff
	.quad 0xf6e55cc6ffe38000, 0xc884f84cfef6ffdf
	.quad 0x3fbe5b9ec00e06c2, 0xc07a86eb1b6d131d
	.quad 0x2159549689fa5497, 0x3c8a36697cfdb83b
	.quad 0x44223428ffca8000, 0x6538260864c6c87e
	.quad 0x9814568ecbd07d7d, 0xae475a1dffaf1c00
	.quad 0x401e800000000000, 0xff8000007fb37e1f
	.quad 0x47000000ffa1ad68, 0x207050dded6f39f2
	.quad 0x0066524780000000, 0x006b8dedb8f58a35
	.quad 0xc0e0000000000000, 0x4115000000000000
	.quad 0xbffe40bac47ec636, 0xfb404a4b80800000
	.quad 0xc3ffffffffffffff, 0x8a5b445b86e93bb9
	.quad 0xc094000000000000, 0x80ab065d3bd39e7a
	.quad 0xfe00e4fb33615db5, 0x353c2b09e64f7cdd
	.quad 0x4020e6c09853a68d, 0x90844aedffeef40c
	.quad 0x1322abb48fa0afe1, 0xffcfb25effb95296
	.quad 0xffc000007f800000, 0x3fd71de9f3a30453
	.quad 0xc5ea3fbfbdfff7df, 0xb281c90b41ebdee3
	.quad 0xc29169a78070b933, 0xc07b8842a3be2889
seed60:
	.quad 0x0d4018f125a82601
	.quad 0xa032b09c42e04b85
	.quad 0xfffffffffffffea2
	.quad 0x000000000178aaaa
	.quad 0xfffffffffffffd1c
	.quad 0x0008a6846d14c0d8
	.quad 0xffff7f56159cd076
	.quad 0xfffffffffffff465
	.quad 0xffffffffffffba12
	.quad 0x6cb8043c6b91470d
	.quad 0x0020000000000001
	.quad 0xffffffffffffff66
	.quad 0x8000000000000000
	.quad 0xafe58bc4a530ef60
	.quad 0x0000000000000007
	.quad 0x000000007fffffff
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0x8e7224cfd8377a07, 0xfffa64d558efd084
	.quad 0x9a53a5df408b7c00, 0x0000000000000000
	.quad 0x811d11634e4f342a, 0x7ff8000000000000
	.quad 0x0258ec5c5f6d8358, 0x4254144addb67800
	.quad 0x0000000000000000, 0x0ec2e6dba3ca09dd
	.quad 0x47cf367ce282fc00, 0x6bc1b94c3fc00000
	.quad 0x3fe0000000000000, 0x414165ae40600000
	.quad 0xbfc228ba8f8774bc, 0x410c0000feffffff
	.quad 0xbf3f2ce76e53b094, 0x72377cfa8a18dfdb
	.quad 0x07b92c53ffe6fd58, 0x3f87f733e1c67339
	.quad 0x801d354741843506, 0x8002f3dd9b9a0e79
	.quad 0x34a79ef3cebf3598, 0x8f6543dcff800000
	.quad 0xf1f6e6e1d687790c, 0x7fdfffffffffffff
	.quad 0x325a19cf7787fbbf, 0x3fade654ccacb212
	.quad 0xa98f8df6ff8bc740, 0x16b24849ffffffff
	.quad 0xa8bc054427a50397, 0x8002ca3f4bc8344d
	.quad 0x49d25bdb858cfa80, 0xffc000007fc00000
	.quad 0xae8a3bef1b150000, 0xdbf28e40eba7fddd
	.quad 0x04587a784a09fe00, 0x4010000048600000
	.quad 0xfeb5872a7f8bdbe8, 0xe6a95dfcceffd7b6
	.quad 0x8bc32cf8f93aac91, 0x02a5f14dcd005200
	.quad 0xf4e06c1ce3439d7f, 0x736a09bea01103c8
	.quad 0xcb734b3b1c727c00, 0x9e87dc8e40477e00
	.quad 0x92f73767adffffff, 0x00000c3e83d7f6a0
	.quad 0x7fff1d136c37ad40, 0xb1ecdfe2bd392b62
	.quad 0xc0880000ffc00000, 0x7fe0000000000000
	.quad 0xc72055de3ebff671, 0xc2180000004bcfb3
	.quad 0x8150755500000000, 0x7f800000dca10902
	.quad 0x3d13d0fbba700000, 0x283ff504e3e58000
	.quad 0x40b000007fc00000, 0xf4bf456323768000
	.quad 0xc7440000ff836fc6, 0x2e09478735f6d4b9
	.quad 0xff80000017a64ae7, 0x64af012f3d35cdd0
seed61:
	.quad 0xffffffffffffffc8
	.quad 0xfffffffff582e98e
	.quad 0x00000000000000de
	.quad 0x0000000000000001
	.quad 0x177f6aba9faa8699
	.quad 0x6f0b6911471060c4
	.quad 0x00000000ffffffff
	.quad 0x456b26d587cd49b7
	.quad 0xffffffffce2e2ebc
	.quad 0xdef15d0ef17339e0
	.quad 0x0000000080000000
	.quad 0x00000bd49dc35861
	.quad 0xffffffe3a039a1ad
	.quad 0xfffffffffffffffb
	.quad 0xef56db1e93045d31
	.quad 0x2ed33dcc6ff155a4
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x802485b9f3d5bdcd, 0xbf7184d621310008
	.quad 0xc1e0000000000000, 0x57a4598201000000
	.quad 0x4014000000000000, 0xbfb8000000000000
	.quad 0x00d32c7bdf000001, 0xbdcd5a757f800000
	.quad 0xcbffffff40b3c890, 0x000000005f7fffff
	.quad 0x3c01482cff800000, 0xa7e1c0c740880000
	.quad 0xbffd74241b1c4698, 0x9be9e5ef7381ab4a
	.quad 0x7fa96dc9c0200000, 0xede5aedd3a28dde4
	.quad 0x0000000000000000, 0x000812a32e49fa06
	.quad 0x36ace1f8f9b2f7fc, 0xbb640000c1c00000
	.quad 0x7fd0000000000000, 0xbfc0daa2292b32ab
	.quad 0x7ff8000000000000, 0xa76343e4dbafdec6
	.quad 0xf6f17be1c285660b, 0x80800000bf8c11c3
	.quad 0x14ed6180c0d00000, 0x00ffffff3c5d00b6
	.quad 0x434d134e47ca1cc4, 0x00098345b833b8b0
	.quad 0xc0580000d7396de1, 0xffc00000bf1702a1
	.quad 0x676e24d4f8ffbfdf, 0xfff8fee9c120ade4
	.quad 0x7f7fffff05763c06, 0xba46e134da2d8917
	.quad 0x3efa000000000000, 0x7fd4286e871526e2
	.quad 0x60462c2d7fd00233, 0x3e3b5d5d36500000
	.quad 0x3b74b196244d7b49, 0xbf4f3574cdfbd6db
	.quad 0x6d6e0d55cff74f86, 0x7ff8000000000000
	.quad 0x7fa7fe4ecb9c9586, 0xdf00000040e76a1a
	.quad 0xc06b356da1fc7c00, 0xe1d4463fdb248000
	.quad 0x4b2371a6bdce7e4c, 0x40e47591dfffffff
	.quad 0xdf800000ffc00000, 0x2d130e13f2574880
	.quad 0x3f64000000000000, 0x80018a310b54b2d0
	.quad 0x0a5a7f6c428da3ba, 0xdf7fffff59fffffe
	.quad 0xaa61a054fdeb5f18, 0x0000000000000000
	.quad 0x80014eb4abb7caff, 0x2a2b9aef79d5e1ad
	.quad 0xc34579ee0f575aac, 0xeaa99747fffb3bd7
	.quad 0x599ff41acd57e7f5, 0x468af293ebf7bd00
seed62:
	.quad 0xfffffffffffffc81
	.quad 0x00000000ffffffff
	.quad 0xff5f6cdee2cf4aec
	.quad 0x0000000000000001
	.quad 0xa5d83b6c1f3a913a
	.quad 0x0000000000000405
	.quad 0xfffe6844d6da27fa
	.quad 0xfffffffffffffe43
	.quad 0x000000000015de94
	.quad 0xa68352cb74de65fa
	.quad 0xffffffffffffff43
	.quad 0xfffffffffffffffc
	.quad 0x1ee1a3c19644dd6a
	.quad 0xffffffffffffff46
	.quad 0x000000000000025e
	.quad 0x1b1f55cd587db7cd
	.quad 0x01400000
	.quad 0x60000000
	.quad 0x789a1cce97f59959, 0x5208ca056ca5b35a
	.quad 0xb980000041410461, 0xffae5d3240f00000
	.quad 0x806e3b6203781e5b, 0xc1f0000000000000
	.quad 0x83e9ff44ffdbfb1e, 0x3505ef4a8ea508c9
	.quad 0xbff0000000000001, 0xfff7edf1636fc0f8
	.quad 0x406f2703fb21218c, 0xfff3fb844b1d66af
	.quad 0xfef294a335552d0e, 0xa122eec0cf8ffaab
	.quad 0x830e97d17cb37ffe, 0x44af25b1cd0f86bb
	.quad 0x95464627f7682e8e, 0x00dfdac27f872b94
	.quad 0x7ff0000000000000, 0xff981f18bf800000
	.quad 0xf606a16d3b000000, 0x3fdeb040939a2dba
	.quad 0x5bb4f281ab582376, 0x7f58680748aa440c
	.quad 0x5d7430399ea6fc00, 0x37040000c00d8ef8
	.quad 0x8f0417358772fa1f, 0x2f0d07fab3cc0779
	.quad 0x8000000000000000, 0x947c1c7c1895f974
	.quad 0xc1d39276fffcfdd3, 0xb5cfae0cffffbf7f
	.quad 0x47800001b21f7afa, 0x5bb82a2c87f90235
	.quad 0x8cb885e87ffffffe, 0x40109f02a75197a4
	.quad 0xc0223b9ddfe1f4d3, 0x000000007fc00000
	.quad 0x5aef7b1effd86e66, 0x801fffffffffffff
	.quad 0x3dc00000001d9da2, 0x7fc1dadb4fafc97b
	.quad 0xff850247c327b017, 0x42f0000040200000
	.quad 0xbfbf75e0bbeb6a52, 0x3ee736e042b6b6fa
	.quad 0xdbf0234382cd1100, 0xe7dcde14df5b4740
	.quad 0x533f080cfff3ff63, 0xbf9df515efe62602
	.quad 0x1fe9abf2f6b18001, 0xd5d859dff757a7ff
	.quad 0x9d98c5a2c2d07e00, 0xfff8000000000000
	.quad 0x7f8000008ba86fff, 0xfca4b5067d5da4ed
	.quad 0xd0b3d93cfec7fe2f, 0x933c873ae49f416f
	.quad 0x87fc8c677fda393d, 0x140295b700000000
	.quad 0x5e896bd3ffe4fd67, 0xb8686987ac625882
	.quad 0x59369ec7f4370c0d, 0x23e787ec26a4ca38
seed63:
	.quad 0xbc52debc487fb2e7
	.quad 0x88b09e3992007fdc
	.quad 0x7c7157f520b5b7c3
	.quad 0x853f2b82669104ea
	.quad 0xfffffffffffffdcd
	.quad 0x9a9f1b8a709429dc
	.quad 0xfffffffffffffd33
	.quad 0x0000000080000000
	.quad 0xeaf12bc77a964a38
	.quad 0xfffffffffffffd22
	.quad 0xdc175234af94316b
	.quad 0x0cff79b88caebde6
	.quad 0x8f4ff709e0b99583
	.quad 0xe46c91d7c4036e0d
	.quad 0x9f01012471124ed0
	.quad 0xffffffffffffffff
	.quad 0x01400000
	.quad 0xb0000000
	.quad 0x362044c473cc8800, 0xfff36d78cc7b3263
	.quad 0x0008000000000000, 0x40d0000006abff10
	.quad 0xc9d4938d7abfbbe1, 0x5ae8af288a4dd98f
	.quad 0x42d08c8bcb6ea83e, 0xfff45ce85bf29679
	.quad 0xbbd3cd8dbfd3fa27, 0x4003da7669345711
	.quad 0xff0000003bf9cffe, 0xe181970940098000
	.quad 0x3be11e8cd9800000, 0x744236aab32fcf4d
	.quad 0x734506bfff800000, 0xff800000ff800000
	.quad 0x40e1214b5a7ffe20, 0xd9800001bbf8ab38
	.quad 0x2f999470f8380400, 0x7f5fb4c0260ee32a
	.quad 0x7f800000104bb0f8, 0x6bb5455fffd7f6fe
	.quad 0xc00dbe5aa2ef367b, 0xbf8e000000000000
	.quad 0x7a945a4d552ec800, 0x03728dc93476a0ec
	.quad 0x9efce4cd8df97c4e, 0x9098ddcc14fd00d4
	.quad 0xcc774c1facffffff, 0xaaf2072c22e17e10
	.quad 0x352b5b0bd1be8970, 0x007a6c367f800000
	.quad 0x55e767f4ad4f0000, 0x390f0000bd05e4b9
	.quad 0x811f9cdf7f800000, 0x3fd5a00000000000
	.quad 0xef07dca835f80000, 0x3fb0000000000000
	.quad 0x7ff5e35e4615ffac, 0x0e7ab28da02d3334
	.quad 0xfe9bf1e1fff3cffb, 0x3f2c600000000000
	.quad 0x6b1aefb7fef23bfd, 0x784c72dc455039d9
	.quad 0xbf78ba5761af6a90, 0xbbef38807fa27be3
	.quad 0x21a81f196eee57fe, 0x0b7777c3a46dfe00
	.quad 0x0315d59cafddb6f9, 0xd3c00f97724f67a9
	.quad 0x3f8c1a6c76b1d03e, 0x7f257bb11f23cf2b
	.quad 0xbfcd1a6505a37970, 0x3e601c260f929be0
	.quad 0xaf6ffc7a8c16fc00, 0xc000f08eaa922faa
	.quad 0x8285a8e7e66581a8, 0x7f800000c0a00000
	.quad 0xcf2f304b119127f4, 0x93e3d6319e47f800
	.quad 0xbffc000000000000, 0xffbfe3d6bde02dc0
	.quad 0x7998ad5925d1edf7, 0x815d167ec029f0b5
