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
	.inst 0x1e6f1910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0c911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e614092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea1fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c28f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e0a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f424838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c1959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6589ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2029bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21c4bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f17739d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7900ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c17f
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
	.inst 0x2e219950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc29172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ea7e553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0f814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ee0e915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e676956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb0c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e290088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c9f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e68cc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f35dc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6801cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3801cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2cfc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6a00df
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
	.inst 0x6eedecf0
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
	.inst 0x4eeefd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e63ecb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1a9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e1989e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4a3059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1d9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2e391b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65191c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e68018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62431e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67097f
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
	.inst 0x1e600950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea1b911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e375012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea0ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1a9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2cf676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6201b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e20c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1d8f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6241fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61dadb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c13c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e32b01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f4ee67f
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
	.inst 0x1e694910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e361011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea7d4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c0b3
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
	.inst 0x1e23c095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6fa19a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f440917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2c0d98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e32b42f
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
	.inst 0x1e42c57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61a97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7f101e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4eaafd3f
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
	.inst 0x0e25c550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70cc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e590e22
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4dc573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e682130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e619995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7068f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e6dfcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f78f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f271499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61db1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59a46c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ee9fc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2ddcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f3ce73f
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
	.inst 0x6ea0c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b39b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b3912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f8658f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e390064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f034d35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea199d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e59d847
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f778dd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61c8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea7fc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2dd8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b28fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e38008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6bb4d5
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
	.inst 0x9e59e980
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e617872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e25bdf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6a40b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f60ae15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea9ecd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6cc577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e37fc39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e03f51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68de5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c299c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f411f3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e70028e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c199f
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
	.inst 0x5e2fe4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e30d8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f3812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e656973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c1b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1bab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e216a37
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
	.inst 0x1e18cdc9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c17a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ee0d93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23019d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e30f87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0c85f
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
	.inst 0x1e6408b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e280002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e213a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea6d4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6218b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e620038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee9f439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1e4ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e65e47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e68fd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b2130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a489e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7fc899df
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
	.inst 0x9e18bc00
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e620051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e702010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f3be634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e290025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e26d5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f16a838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e600189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02e07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc1991b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e6de5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58edad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1d9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc091ff
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
	.inst 0x1e6801e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1a9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4a3d72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0e9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23ad97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f033a58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e323af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fad10da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e33395b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31389c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61691d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61cb7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e68012f
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
	.inst 0x1e613cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1d871
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
	.inst 0x1e22c0b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ef2fdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e58e405
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e200166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c0877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27c258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea0dab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3900aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b381b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0dbebd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b2a5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27189f
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
	.inst 0x1e2728b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1a851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f421e53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e610104
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eabfc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e218876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6aa5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e72e5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e67c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34181a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d393b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60bcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f09283d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2938de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e61002f
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
	.inst 0x6ee1a950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2689b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1b952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e632a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eededb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2300f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e273896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2300f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee0c8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61c899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e24fdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30f85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2800cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea19b7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2439be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1d8bf
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
	.inst 0x1e2200b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c1b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1b872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fca99d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e652914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea1a9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e19e686
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3518b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6e29f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e695879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0114da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6502ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2300dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f026cdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d88fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3102ef
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
	.inst 0x1e380040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2900a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02fcb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6821b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2801a5
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
	.inst 0x0e24d597
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e310998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f30b81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f23e73b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61fc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ef0c8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e26287e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e0279ff
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
	.inst 0x4e62e530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea2d532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3248d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f7de534
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e662a35
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
	.inst 0x1e6140d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290168
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
	.inst 0x1e76101a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea189fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e35585c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3b88fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fc9993e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f41db9f
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
	.inst 0x6e25ed10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e30fd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30c9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e24ecb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f01bc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f559e96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1a9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eb2c478
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
	.inst 0x1e6300fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e74901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e20f4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee0c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e25000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6301bf
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
	.inst 0x1e6979d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6acdd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eedfe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e217933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602228
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e342010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e73ecb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21c918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e618959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e32cd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6168bb
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
	.inst 0x1e2bcd5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e71006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f23fdbf
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
	.inst 0x1e6b39d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ef0c811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e6eedb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e219423
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea19955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e23fdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e26e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e18b969
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e36d6fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f885b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e20d59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25008d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e30c9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63001f
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
	.inst 0x4ea3d410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e25ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7801e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6a35f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc79234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e652230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e65d556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f09a5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e029d58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0c959
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
	.inst 0x1e2dec9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6d11bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee3ef1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e79006e
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
	.inst 0x2e616930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e3900a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e630012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6188f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e617974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee4cdf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e643a96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f77fcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e249018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e2188f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7902ca
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
	.inst 0x1e26409c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2b2543
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f38fc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2199ff
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
	.inst 0x4e617990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f35fd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6d39b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f821154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c1975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d7976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee2f5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e75c658
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7089d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee0da7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e24dd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e61a93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f61ddfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f78e71e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1db3f
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
	.inst 0x1e620130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f4a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f67a632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f241573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e6168b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e72c415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3429d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2808f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e64c2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fc299d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea1d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e216a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e25016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0cf03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fc3997e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e60ec7f
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
	.inst 0x5ea1d810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eacf4f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e30fc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ef0f894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f44a435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3900a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f4de417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e70d4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d3979
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
	.inst 0x5ee0e9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0f97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61d8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21785e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e64008f
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
	.inst 0x0f8a91f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea18811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e02fc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e20e633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea19914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e684856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fb31ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e680148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d6e1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f7bfd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e61695c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f77e4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e66e49f
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
	.inst 0x4e64e5d0
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
	.inst 0x0e617932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e661833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2641f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b79d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e65c037
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
	.inst 0x4fd418d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e69697a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee0f9bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee241dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21581d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e20e5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3729df
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
	.inst 0x4eeffc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b6911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6391d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e662030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee18894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e630195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e24fc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f45a137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c8839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23b495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e21db3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f79983d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1b89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62699f
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
	.inst 0x1e264110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e294a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f36fdf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c8c14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0c9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e618a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e2201f7
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
	.inst 0x1e613999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70391a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68291b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63c03d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeff49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e633abf
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
	.inst 0x1f6219f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61b833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e601914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a1a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6dd016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea0d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2901c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e59a02a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e215afb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f283dfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c599d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f20035e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2fa399ff
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
	.inst 0x1f281490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6efcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e210142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e28c613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e61ba54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e20f615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6284f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2f2857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2df598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee242b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee198da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29095b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6141bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6a350f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e58b40e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61a89f
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
	.inst 0x1e2540b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e654031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d3d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2201d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f098634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0c8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f05b1b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27ae17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e297018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7eb2d599
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6048fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61981b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2dac3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2eacf43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e71000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6abe5f
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
	.inst 0x7e30d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71cc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e6ccd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6dfc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f8c50b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f0a3116
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f67a837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd09018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1ed79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c9fa
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
	.inst 0x4e60cd3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6441fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7c2abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0106ff
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
	.inst 0x7f8a9030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2944f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e294a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7f9013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e58dca4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fcb51d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e622976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f3918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fa490b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fb0917a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79006b
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
	.inst 0x1e2ec6ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e18304e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea1f95f
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
	.inst 0x6e30f9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1ee2c0d1
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
	.inst 0x4f3be5d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4e1934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f23bc95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ef3e5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e598167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea1a938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e616a79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea2d6fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eb4f4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e674b7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e38006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6af47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6f395f
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
	.inst 0x1f049470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea19a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8b90d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02b1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea1b814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2e6169b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7519d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0c9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7901a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e38024a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2159fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eb5fc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e21b81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0d5fe
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
	.inst 0x1e22fd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d1971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee5e5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64c233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e616874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21a8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e691db7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e22c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f5de4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6888ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18a5eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eafd4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4b783f
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
	.inst 0x1e624110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7101e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2f8b9a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6939f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f0a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2300b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6301b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f424938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e602278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2022f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f895b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1ab3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e39f43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f61605f
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
	.inst 0x6ee6c570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e6179b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0c873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f27e474
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
	.inst 0x1ee2c156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fa31057
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef5ec58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e217999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eecd6da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27417b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e25423d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6319ff
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
	.inst 0x1e203850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea1d911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e664d92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7ee9e5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e300044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e393015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e61c0d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2bd5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e2aec78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eafe599
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
	.inst 0x1e6e893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0f97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6ad4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f4b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30f91f
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
	.inst 0x9e2201d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6519d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2fec52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2300f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f46bdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e591e85
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2739b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f528037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6402c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e665d39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e655a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea2e47b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f39fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23399e
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
	.inst 0x4fa851d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e26e411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e03f072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c2993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e250124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e60de15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e32fdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f42a477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2d6818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6d0839
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
	.inst 0x6f62fcfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25581c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6200dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28385e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e58e00f
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
	.inst 0x1e6400a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e230151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1b992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4d8dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0eb2f4f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e216815
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
	.inst 0x1e03f097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6eb0c838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f8458d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ef0f5ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62019b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea1fb3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c2150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea4e5de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c23f
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
	.inst 0x9e700000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2401a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200002
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6ca813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea19854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2b1895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e222477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f0a2557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61d978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f825a79
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
	.inst 0x4fca1b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1ee2419c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2002ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0100fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28c44f
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
	.inst 0x1f27b150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e210181
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7f5de532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6428f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f861214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e621835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0f35e456
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e320897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1d878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2021e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e21c8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2eaaf43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f28e69c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6901ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21899e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6241df
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
	.inst 0x1f098850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e250001
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
	.inst 0x0f8f9133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e681994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e719446
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380146
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
	.inst 0x1e6401a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea6f439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2200ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6201db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e62ff1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23101d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f093e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e0314ff
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
	.inst 0x1e232020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2301d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e708953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4e0094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f449535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e614136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f29b1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e774918
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
	.inst 0x1e23291a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0f83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e21010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e35f51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e686a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b29bf
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
	.inst 0x9e2100e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d6a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e210425
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f43c1f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30f9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e630197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f9091f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f445059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1b81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6201fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0c95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f21bc5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7d6a5f
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
	.inst 0x7e30c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e616951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e702240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e300184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e4835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2358b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e654137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef8edb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61a91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fa918db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f16ba7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3800ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27c09e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e34c7df
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
	.inst 0x1e690180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c058c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e67e492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e663833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f09d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5fa559b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2c3817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee1d898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcc10d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee7cdda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6101cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60489d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21b8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4ca71f
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
	.inst 0x1e624870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e790122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e680893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e27ed74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e626955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb3edb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3229f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e77cd39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc198ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e68002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ef7c4dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e285ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fd219de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62d6b7
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
	.inst 0x9e690000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e22c131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e616952
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
	.inst 0x1e2f1994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e780086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2000c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2198fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6eb81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3900cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e198eed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21989e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee2413f
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
	.inst 0x1f4598d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e61b8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f462c52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2addd3
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
	.inst 0x1e600185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7901e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e264017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea0f9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6bc499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23003b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b183c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27d51a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e21c99e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0c9bf
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
	.inst 0x6eaae5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f909a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e653812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1ee74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee240b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e21ed16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e63c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0f978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6740f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e29fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee0f8bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0c087c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2fa0985e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e79ff9f
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
	.inst 0x1f400430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e266812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e22d653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e232220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3801a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0f9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e215897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ee8ecb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e6179d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e34fd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67787b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f00bd7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19fe4d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2539de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30dadf
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
	.inst 0x4e6179d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e654031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6601f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c3973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2669b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6eb58d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1d9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fc95077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f043118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70f959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63017a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23383b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e61697c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f3be5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e60d41f
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
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e43fcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e217973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eb1f454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef1c4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4a2036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5f57fc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea0f818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea2fdf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e38026a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63c07c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e58fc2d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6388fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6decbf
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
	.inst 0x1e2ec5a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e24f5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea198f2
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
	.inst 0x7e21b974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e274255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a3956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2bdc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e67d598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f4de659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e217ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c15b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0b895c
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
	.inst 0x1e67403e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e2a5f
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
	.inst 0x1e630810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e650201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f284212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f35e4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25c0d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e217a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e290026
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e743957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f8f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e62cdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f33fe9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2199db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f202d5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2f31e43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e34dd1f
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
	.inst 0x4e2bc410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6c21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fa510b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ef2cd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b0994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e64e455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2948f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e290067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e231cd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e19096a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21a97b
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
	.inst 0x4e6189fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63575f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e612adf
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
	.inst 0x1e6741b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5f3ae511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2001f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f2bfe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2200b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e65c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f881076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e710267
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6d2138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e610610
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f76307a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c9db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eabf51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30cadd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2f1efe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e2178df
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
	.inst 0x1f4710f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2528b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e2169b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e61f4d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e61b814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e24dd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e58cec7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e6168f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e31ecba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2828bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21c87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61985f
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
	.inst 0x5fce98f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2228f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f0a2553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0e91f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c39b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ea1d8b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e71fdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30c9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21b859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f5cfc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f22c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2ecc7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f8b5a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e601a9f
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
	.quad 0xfffffffffffffd1f
	.quad 0xa88a2aeadd725ef0
	.quad 0xb424c8d519a57d87
	.quad 0x123453939663902d
	.quad 0xde1db053769e0c82
	.quad 0x00000c731e89179a
	.quad 0xfda55a4732c6b1a6
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffeb4
	.quad 0x000000000000000c
	.quad 0xfffffffffffffd0b
	.quad 0x7fffffffffffffff
	.quad 0xa86285ed39ea8581
	.quad 0x3168725cf32c8049
	.quad 0x000000000000033a
	.quad 0x4513114a37bca81a
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0x7ff8000000000000, 0xbf39c9afc07ffffe
	.quad 0xfff0000000000000, 0x139610bcc37ff1d4
	.quad 0xfff0000000000000, 0x85cbc22192e17602
	.quad 0xc330000000000001, 0x67bdb74893803e00
	.quad 0x3450efa2df7f7bf5, 0xbc0b818fffdf77f6
	.quad 0xa9c2e1c6179cfc32, 0x2f4423c5bdcb1cde
	.quad 0x0005b9c0c8531998, 0xe29098644f7da4b3
	.quad 0xbe7b88dc7f6e4001, 0x6041c588ffe80001
	.quad 0xb966e5509a60e520, 0xfff0000000000000
	.quad 0x7ff41a3366c59dcf, 0x7fc0000000000000
	.quad 0x826e291240e00000, 0xc9a48122ffffdabc
	.quad 0x801fffffffffffff, 0x32ad4d27bb25453a
	.quad 0xbfe4000000000000, 0x80068b999a23097f
	.quad 0x258b230e26f07c00, 0x8000000000000000
	.quad 0x60898c3524773e87, 0x7ff4cf2dc6bde665
	.quad 0x7fb5645e239c1caa, 0xadde3ca79657cd40
	.quad 0xbd8d780333c7cd87, 0xfff0753726018700
	.quad 0x7fb8fb1f40000000, 0x21f4c98cabffffff
	.quad 0x3fa016dd9f54a13a, 0xf8877a2c7fb7dcbb
	.quad 0x920abf334051d00f, 0x9b5f78924fd78000
	.quad 0xf720fb04cb4821c7, 0x00000000bebb7c93
	.quad 0xe4b77d33bc11e949, 0xc87d80007f000000
	.quad 0x412bd37983007f9f, 0xe5a831e997a67e00
	.quad 0x3ec0000007f5dee6, 0xb211521b3922f7c8
	.quad 0x7fe94cdeb439f0bb, 0xfcfcb60d80ffffff
	.quad 0xc090000000000000, 0xb5232401ddf7fffb
	.quad 0xea4665c91520a598, 0x80000000f5a603d2
	.quad 0xea758c9fef03c700, 0x7ff8000000000000
	.quad 0xc075100000000000, 0x1c06cdb7fbeffff2
	.quad 0x40045a26f166977a, 0x4be49e28564fc13e
	.quad 0x36fe8000bf800001, 0x832e6b013a3c6d0a
	.quad 0xdd98ccb95aeff630, 0xa31bd8932562a43f
seed1:
	.quad 0x1f0691e83638ce6a
	.quad 0xffff644f6a7f2a9e
	.quad 0x667f1a18fe133214
	.quad 0x8cbec921cfa5c665
	.quad 0xfffffffcadc69df6
	.quad 0x6bcdea94453ab8dd
	.quad 0x0000000000000b05
	.quad 0x00000000000003db
	.quad 0x50b8aa571e35d404
	.quad 0x0000000000000003
	.quad 0xd4bfaa49a5b7f814
	.quad 0x0000003f9ef1de46
	.quad 0xfffff50571105088
	.quad 0xffffe79e13a16f17
	.quad 0x8c3fa33b4c54e221
	.quad 0x00000000000296c3
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xc33a37cd7fdb55ce, 0xc0c2a1952965a4d3
	.quad 0x416eda29ffaab022, 0xc8ebb1a2d6f9018b
	.quad 0xbfa0000040e63e14, 0x1be05ca77e913fff
	.quad 0x116d775c5ab835b8, 0xd3e064410af22ffd
	.quad 0x431fc4d3ffc1bc98, 0xff8ae7a47f800000
	.quad 0x3caedd57c10a0000, 0x963911cf118ce86c
	.quad 0xdfffffff182f26d8, 0x9d70c7352b0dfb7f
	.quad 0x8000000080000000, 0xe8fe8992fabbdffe
	.quad 0x5a4f2d4effc00000, 0x80ffffff0057f68c
	.quad 0x7f800000355ac3b0, 0x8b999e5a7f800000
	.quad 0xb6e0000080000001, 0x80166b9a6f8ce655
	.quad 0x70077d6d44980000, 0x5975dd91cfeeffd6
	.quad 0xffc00000ff800000, 0xdc728183ff3bfb71
	.quad 0xf7e38cdebe426cac, 0x7ff4650c4a8bb6ca
	.quad 0xc033ba64ffa2da4f, 0x7ffc709f7544b7dc
	.quad 0x3f815e476eab409f, 0x7ffd8474d8ef20e1
	.quad 0xbf856d33ff800000, 0x00e0d112742a6ece
	.quad 0xff83d4e240302e07, 0xd9ffffffff800000
	.quad 0x005f9be1bc221626, 0x0f46c97f777e4fdf
	.quad 0x465b92a309f803ca, 0x364b5b44f8dc46bd
	.quad 0xcf7ffffe7f800000, 0x0000000000000000
	.quad 0x3b3b05c8cc1e7d0e, 0x0a4da5d67fffbfff
	.quad 0x67c104a97e770000, 0xc4a55a691014865c
	.quad 0xbffc000000000000, 0xd2000001c27462d8
	.quad 0xb437963f3fd77f1f, 0xbe16df467fa31c44
	.quad 0xfff07075dca7498c, 0x80301895ff800000
	.quad 0xbedca00000000000, 0xbcccb7db8c02a636
	.quad 0xfc18b6047fffcbfe, 0x410a0000c77fffff
	.quad 0x5ec0ba26f6be1446, 0x05f38b037fc406bf
	.quad 0xbfe9b20237b1ff8d, 0x517dedcecfd89395
	.quad 0x3fc2adc7aabd6458, 0x80000001be5e8c71
	.quad 0xe981e1717ffdfb6b, 0x7f00000000000001
seed2:
	.quad 0xfffffffffffffc9e
	.quad 0x000000d76a03dff6
	.quad 0x010d19b81e137764
	.quad 0xecf8acdd6c40b955
	.quad 0xfaa1fdd36cd507ae
	.quad 0xafe725766520fe4e
	.quad 0x0000000000000f83
	.quad 0x000000000003bd68
	.quad 0xffffffffffffff3b
	.quad 0x0020000000000001
	.quad 0x00000000000008dd
	.quad 0x0000000000000244
	.quad 0x0000000000000001
	.quad 0xffffffe7fe210ea0
	.quad 0xe8ee546adf63ed94
	.quad 0xffd1ac868d0f7dcb
	.quad 0x05400000
	.quad 0x70000000
	.quad 0x7dc130b3c92e2135, 0x3feaefafa67ff6f7
	.quad 0xffcbc923ae68278d, 0xc03800007ed80604
	.quad 0x7fc000005fd8d108, 0x7411f6d59063ae3b
	.quad 0x3e90b9b6df7fdcbe, 0xffc00000cb22f64f
	.quad 0x7f800000c7f38bb1, 0x5877ed033f5b02e4
	.quad 0x27b634dd75e80000, 0x8002c13185f15e8c
	.quad 0x000e1c0374b6bd72, 0x8746fd1cb21ef8d7
	.quad 0x33436152ffcebeff, 0x9e345878195ffd37
	.quad 0xb1ee6e7e36880000, 0xb494ab907fe87c00
	.quad 0x8dc2d1681222fa01, 0x7fc000007fc00000
	.quad 0x800587acb57aca3f, 0x3f816860aa314f25
	.quad 0xffc000004358dd0c, 0x9260472fcc084580
	.quad 0xb0aea5b9feff92ff, 0x7ffe82161c5cd982
	.quad 0x5da81c42ffd2012e, 0xffc94af98b8afe33
	.quad 0x8000000000000000, 0x000000001865db1a
	.quad 0x800e0e7eafee8a5f, 0xfb768ff0ab516276
	.quad 0x3c0ea8218135ede3, 0x949b8adf00000000
	.quad 0x585e413f084dfde8, 0xbcc659915539b47d
	.quad 0x7af565bc3f25b112, 0x002fffffffffffff
	.quad 0xfd750f1c2431fb32, 0xe9896da700640e1f
	.quad 0x3bef88bac0b730e6, 0x0045e8dbc399332a
	.quad 0x93578a9f49a8dc08, 0x889ecdc3f99f94ae
	.quad 0x7d8436f6f9018bb7, 0x4c9d2376b151f301
	.quad 0xbec7400000000000, 0x2d6cf3a4ffddd27c
	.quad 0xbf763d3b0b2f0957, 0x8000000047800000
	.quad 0x0000000000000000, 0xff80000080000000
	.quad 0x75c06348f7c18200, 0x99f1b017986066ba
	.quad 0x40201cda85067278, 0xe5e141bf46076ad3
	.quad 0xc00c000000000000, 0xffc00000c72c0000
	.quad 0x0005a9753f6d124d, 0x630e6eafd7abfe00
	.quad 0x219e910f79e138c3, 0x5ffffffebd1a7aee
	.quad 0x7fab344886d5bff8, 0xffd223047f800000
seed3:
	.quad 0x0000000000000045
	.quad 0x00000000000028d0
	.quad 0x291082bc8ebee606
	.quad 0xc3548d97d41ccaaf
	.quad 0xbb8e9fcc65f8a140
	.quad 0x000000000000060f
	.quad 0x82753f09ba3f7630
	.quad 0x000006c9b9983c77
	.quad 0xd16ccb58b551b326
	.quad 0xfffffffffffffffc
	.quad 0xffffffffffe7e1b0
	.quad 0xfffffffff613bf01
	.quad 0x0000000000000000
	.quad 0xfffb1184f3fe505c
	.quad 0x00000011e8b407f5
	.quad 0x000000000000019b
	.quad 0x04400000
	.quad 0xd0000000
	.quad 0x16b67eccaf57f2ce, 0x40100000ff800000
	.quad 0x30e96209bb7e2fa2, 0x67663a01138d8102
	.quad 0x81809e227fc381e4, 0xff800000ff800000
	.quad 0xc6b281644fec7489, 0x434fffffffffffff
	.quad 0xc05ea156bd6f7c6f, 0xc360f15f7fc00000
	.quad 0xbfd768d6e81d3d93, 0x8aec0c60fd497e00
	.quad 0x4023000000000000, 0x7f000000f8aa7fbb
	.quad 0x7ffe6cad5c7d99e9, 0xea22cc6881238126
	.quad 0x0480dd5780000000, 0x7e9685a67e80016f
	.quad 0x4d51e03dfd3e4ec6, 0x52e6c4a4dc516447
	.quad 0xf7ed46574a08fc00, 0x7f1d3d4c7fb6babd
	.quad 0x0ef0bb65ffe11d34, 0x7ffcee9c7cae4e66
	.quad 0xc380d072c768b439, 0xff8eaaf5fd1523a8
	.quad 0x002fffffffffffff, 0x13045563fdffffff
	.quad 0xc498c36e65152f50, 0x8040000003311faf
	.quad 0x3ff0000000000001, 0x59ffffff00000000
	.quad 0xffb9eac70e0452fd, 0x035088b4a92a5ed2
	.quad 0xfff2fefd186ced47, 0x4008000000000000
	.quad 0xab3e7e1393b9ca78, 0x3a78000075462941
	.quad 0x0000000040b80000, 0x0000000000000000
	.quad 0xbfcdf9f71da01173, 0xfe8000007fa22947
	.quad 0x7f932f498031c4d7, 0x3c1b7daa80400000
	.quad 0xc023000000000000, 0xa4d3e7d755198eae
	.quad 0x425ecc5801000000, 0xfa1b8684f435392a
	.quad 0x00000000ffa5be57, 0xfffe4008ffc00000
	.quad 0x7e84904acbd1edd8, 0x0000000000000000
	.quad 0xfe80000080ff6860, 0xdd9ee89e555ea1d4
	.quad 0x8ff2332bcb954900, 0x5531de99c59b437a
	.quad 0xfb53c3d2ebf1fd03, 0xc02000007f800000
	.quad 0xc3e0000000000000, 0xf13e9bb0bfceffef
	.quad 0x410d7d9d94ed02b1, 0xc7214879fcbd89c0
	.quad 0xfe27869245dc467b, 0x0008000000000000
seed4:
	.quad 0xddf90f262a3f6613
	.quad 0xffffffffffffff8f
	.quad 0x1612f272e3aa1348
	.quad 0x0000000001000001
	.quad 0x6300ab06e2f28129
	.quad 0x0000000000000088
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x0000000000013a46
	.quad 0xffffffffffffffab
	.quad 0xfffffffdc5a128d3
	.quad 0x97d8b523a72c4fc7
	.quad 0x8000000000000000
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0x3f2c539e7f800000, 0xbe700000c0a80000
	.quad 0x091ec70a290732e1, 0xb668df50c5e7ff65
	.quad 0x4ec1f63bc0dffc4e, 0x9dd5b83dfff729c9
	.quad 0x402000001f408b29, 0xebb0d69079147bff
	.quad 0xc0f8000080ffffff, 0x7f968f2cd5be0b3a
	.quad 0xb5622b133ac9d0a4, 0x40e539017fb123dd
	.quad 0x6a5103b8c3bb6f6d, 0x4eff9aa7d571832d
	.quad 0x7c035b54c5880000, 0x800cfd843d68d7d3
	.quad 0x0005ea5da7b959ff, 0x402115230b88045f
	.quad 0xdccf482fc75ffca1, 0x7db7e1cf657206e3
	.quad 0xf9231371e2078e61, 0x403f69cf8ab6e4ba
	.quad 0xbdaa77f0a9e2aa96, 0x3f7e3b78d57b684a
	.quad 0x254d6465ffbd856d, 0xffb80e6c39800000
	.quad 0x7f80000001534fa9, 0x00000000ffdc4699
	.quad 0x59800001411c0000, 0x3f2d07917241e1dd
	.quad 0xbf80000080000001, 0xc04d9468f737972d
	.quad 0xff8000003e49a68f, 0x0442a868fcd77c63
	.quad 0xf23f7a3a7fffff10, 0x3ffbdeaa00000000
	.quad 0xbff720a92cb0b086, 0x8c866feeffdcfed8
	.quad 0xc993b12071dde13e, 0x181d44c08b16fd4c
	.quad 0x66edb60fc3fdcb48, 0xdb2b8d4ee6df7f24
	.quad 0xd100093d5ab94568, 0x2835ef10ffeef511
	.quad 0xffdfffffffffffff, 0x403000003f800000
	.quad 0xa2e6ed5a53a809d4, 0x7aa039e6c70881d6
	.quad 0x5bb2fb2effe3bf00, 0x81330d10fb2340bf
	.quad 0x513bc1366cfc3b7e, 0xffab83d7cf800001
	.quad 0x01e55987ae4a85dc, 0xc095c7373a9e0000
	.quad 0x0feee3a1dbafc38a, 0x802e73363cf00e66
	.quad 0x10263267c62078cb, 0xbcdae611fb964824
	.quad 0xc063b53b0d3ef3bc, 0x3f90652dd97355bd
	.quad 0xfe1099129772f50e, 0x407c000000000000
	.quad 0x9f97adaf3fcb57c4, 0xc00000019ab8e3a1
seed5:
	.quad 0xfffffffffffffca0
	.quad 0xfffffffffffffdbc
	.quad 0x000017ee28b8c4a1
	.quad 0x58219dbc53d0243a
	.quad 0x9ab3a336ba1d45a6
	.quad 0x0000000000000212
	.quad 0x00000000ffffffff
	.quad 0x0000000000000190
	.quad 0x000000013858f748
	.quad 0x0000000000000001
	.quad 0x00000000000003b0
	.quad 0xffffffc6ed630906
	.quad 0x67989e40fcd43802
	.quad 0xffffffffffffff35
	.quad 0x0000023a79a9cb6a
	.quad 0x00000000000002ce
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xc07ddf073f581a41, 0x7fb53f415797c7c0
	.quad 0x1ec6b0c15033c660, 0x0ff7c32b5f000000
	.quad 0xc3a43c21ff86fbb1, 0x9519e0809868cff8
	.quad 0xfdbce1af9795eaf2, 0xac326c27da478000
	.quad 0x19609cc47590c8ef, 0x4f21e75cccbd690b
	.quad 0xd8bc5e34cfd63edd, 0x3fea000000000000
	.quad 0x803bb4611fff4d30, 0x3d06db547fab6943
	.quad 0x1666199ac9b00000, 0x43e0000000000001
	.quad 0x7ff5e4018f5ed3d0, 0x8b12cb015a000000
	.quad 0xf60b005eb368e698, 0x7503918c6d7ff2ad
	.quad 0x6b067fdcda5a8780, 0x4000000000000000
	.quad 0xc024400000000000, 0x80000000ffc00000
	.quad 0xfffc2c819728bc0b, 0xbdf8c21d3df08805
	.quad 0xf8a9e1426ad6fddc, 0x01000000d9ffffff
	.quad 0x82c0552638924f4c, 0xfff5c1f1981a9952
	.quad 0x12baa2c3e43cd7aa, 0x7ff0000000000000
	.quad 0x4014600000000000, 0x9b2a9f83ffa7713b
	.quad 0xff80000040e80000, 0xc018000000000000
	.quad 0xffc00000feffffff, 0xf61ce25d3b27fb36
	.quad 0x402f348111cdf8c7, 0xfb39a425805f9358
	.quad 0x8d5a36db00000000, 0xbdd55e3c1c861f83
	.quad 0x7fb64aa67fc0d52d, 0xbb0800003bafc7a9
	.quad 0x86cdd6496fca07bc, 0xb01efe3477ff7e95
	.quad 0x0000000080000000, 0xfff35a1d912737e9
	.quad 0x2fccf24457a5e981, 0x000411d8dbf89799
	.quad 0xf86c4d8b75518000, 0x3fc5d955000c320b
	.quad 0x3f6cea04efefbbff, 0xfffffc441ed73b29
	.quad 0xbf9726002b0fda16, 0x3e6f187a6ba6dbe8
	.quad 0xfd3a2841e2e1f8b5, 0xc02cab1529d3e68a
	.quad 0xbee6250001181fb9, 0x5f80000187782530
	.quad 0xf79a3e69dfc58201, 0xbc11e0f3ff85af3d
	.quad 0x804e8dfdbcb00000, 0xcd066d7190d8fc00
seed6:
	.quad 0x0000000000761d0c
	.quad 0x00005289ceff55d2
	.quad 0xfffffffed676539f
	.quad 0xffffffffffffff6b
	.quad 0xf872e4353f47c1c5
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff87
	.quad 0x52a2d97ba76c151c
	.quad 0x0000000000000001
	.quad 0x530b1c76f2833234
	.quad 0xd5e99055884ed584
	.quad 0x00000000000001df
	.quad 0xfd2a07e3b1e65d2d
	.quad 0xffb5fe8380e2de7a
	.quad 0xfffffffffffe4cc4
	.quad 0x000000000000037a
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x400fffffffffffff, 0x62c02c2c52dafc69
	.quad 0xc000000000000001, 0x4699ce869c93584e
	.quad 0xff86ae9d80000000, 0xfdb19ca0cfd88e39
	.quad 0xbd5fb4b07ffeff5f, 0xbfe97f99849f536c
	.quad 0x7fc0000041b6e959, 0x8223e89077088399
	.quad 0x7576c8aefbb37fff, 0x3f1427b0ffa7e07a
	.quad 0x3fe0000000000000, 0xc03f000000000000
	.quad 0xc3319d3143520601, 0x88eebeffa8598ef7
	.quad 0x8b4ae7564b168cf1, 0x4e0f53ae9c59d545
	.quad 0xbfb34b0ca3e090d3, 0x807fffffc14e4215
	.quad 0x13923260f6fbe76f, 0x11a3eadb45bb4740
	.quad 0xcc5f3c5a006efea0, 0xf155cabac093aa1c
	.quad 0x8339a088bc56f1bd, 0x3faccc06737fffff
	.quad 0x404d3fec193ac1a8, 0xf486e530cddabc56
	.quad 0x0b89190296ebf2fe, 0x0133cd6ebc000000
	.quad 0x0060d5c3193e701e, 0xf5906580df7bf5d7
	.quad 0xcfb7955780000000, 0x3c9209f23c6257b0
	.quad 0x3f9704c0cac8ad4d, 0xa236788dfffe7bf2
	.quad 0x36b3a4fcc2e9fd91, 0x34e006463d708000
	.quad 0x45c824bbfcfffcf5, 0x40b4000037c20000
	.quad 0x67c4bb737e2c0000, 0x5672089f252803eb
	.quad 0x01000000002ac901, 0xc46d4973ff83ffff
	.quad 0x40b00000bbd5671b, 0x90b9400aff800000
	.quad 0x3ec8fc33c3ca1a1b, 0x4250000000000000
	.quad 0x0335ac342e95a440, 0xf9e38f3507078000
	.quad 0x0694d5d57c730200, 0x40496c369feffb20
	.quad 0xe11f82fbffffffff, 0x527ffffe80000000
	.quad 0x8000000000000000, 0x68daea61d6eb4000
	.quad 0xffc00000f99fa4bc, 0xc06e61e74d8b3b27
	.quad 0xbfb1bb32048f7b88, 0x1be19a06ff097e00
	.quad 0x007fffff3bc81dbf, 0x4affefb57ffefafb
	.quad 0xb56b12d9ffacd6a0, 0x1f262c5e15e0bffe
seed7:
	.quad 0x02240733f7b2a418
	.quad 0x000000000f9dc73d
	.quad 0x8000000000000000
	.quad 0x0000087eae3d1ef5
	.quad 0x0000000000000001
	.quad 0x42d93bcee506434f
	.quad 0xffffffff80000000
	.quad 0x779d164ecaa36aa7
	.quad 0x1b2726a10f33c591
	.quad 0xffffffff3c01e371
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffdd4
	.quad 0x8000000000000000
	.quad 0x0000000000003dc8
	.quad 0x8098d39265571cd2
	.quad 0x7fffffffffffffff
	.quad 0x00400000
	.quad 0x20000000
	.quad 0xca94a7bdfeea7fa5, 0xbf213fc1ffc00000
	.quad 0x401000003f400000, 0xc340000000000000
	.quad 0x7ff3b852fdd186fd, 0xb8ccd2c81424f9aa
	.quad 0x3e7942817f800000, 0x08d4b7eebfeabcd3
	.quad 0x4018000000000000, 0x8000000000000000
	.quad 0x7ff0000000000000, 0xbb2a9b4dd6c24820
	.quad 0x7edbce34817fffff, 0x069fc29b00000000
	.quad 0x3f38cef6ff800000, 0x514525c3e37f7f77
	.quad 0xfffb3817c75030a9, 0x7f20dd761b839b79
	.quad 0x00590abd0c43f1b9, 0x66211b4567872a3c
	.quad 0xbf98bc6cfb9d72f6, 0x0a9e7b54b3082395
	.quad 0xc7f000007f9e6418, 0xc729000001000000
	.quad 0x07062b5f3795d133, 0xb6bb3bb3b2937917
	.quad 0xe78a612267dd3acc, 0xff40a1aa7fb17c4f
	.quad 0xff8000003fffffff, 0xc102000000313013
	.quad 0x60948d8cfffffea4, 0xc3a982b3ff87b004
	.quad 0x7fde8c3d7fdc43c1, 0x4023753b67595ea3
	.quad 0x11f6cedfeef3f8a1, 0xda45430c4062fd47
	.quad 0xec1c61b0cfcfbdf0, 0x0d2b913d7f800000
	.quad 0x3a2fbfc7f8fdf7cf, 0x9a4cd8555d849e08
	.quad 0x1e2922405b68021f, 0xffd9d3b64d0b2851
	.quad 0x82b47e74e6deddbd, 0xc03687eebb7284e5
	.quad 0x4032b76d00a8118c, 0x0e78eeb43bd5fce6
	.quad 0xd4e57170114c2309, 0x7bb6b0d17b637c00
	.quad 0xe884aee73a4a8000, 0x3f83b23d0e84cbf7
	.quad 0xc1682070c1548b18, 0x24780d2066b7d7c5
	.quad 0xbf41400000000000, 0x7ff7baf1d2838ec2
	.quad 0x007fcdcde045a6a3, 0x02e6431940f716f8
	.quad 0xe89ed253feffdffd, 0xa1adbb92d6e3b489
	.quad 0x81269defe1c7dd68, 0x40010b1dc34344c8
	.quad 0x0f7b57e334c37989, 0x00f4d66440aa0000
	.quad 0xc021400000000000, 0x7f4a66ea10e69b64
seed8:
	.quad 0x0000000001000001
	.quad 0xff03a10df62a7067
	.quad 0x00000dd46c5ac00e
	.quad 0x00000000000002c9
	.quad 0x0000000000cf831f
	.quad 0xffffffffffe4399e
	.quad 0x0000000001000001
	.quad 0x0000000000000286
	.quad 0x0000000000000001
	.quad 0xffffffffe3a895a2
	.quad 0x0000000001000001
	.quad 0x5ee29404301b698e
	.quad 0xffffffff80000000
	.quad 0xfffffffffff271ac
	.quad 0xfffffffffffffc52
	.quad 0x0000000000000007
	.quad 0x02800000
	.quad 0x60000000
	.quad 0xd4d6379bf5437c00, 0xbf97b71540980000
	.quad 0x452f3a649a283dc2, 0xcf80000022b5cdb8
	.quad 0x3fffffffffffffff, 0x000520d038163337
	.quad 0xc0e0000000000000, 0x378f0000c77ffffe
	.quad 0xb09e4760952d9aec, 0x43efffffffffffff
	.quad 0x40b00000fecb20d9, 0xc7335adc58fa07cf
	.quad 0x520998fe806fccb4, 0x0cb01c27d98d3e10
	.quad 0x0000000000000000, 0xbfd35cde8e3944e1
	.quad 0xdecbb523da023f35, 0xd18161406c55fcea
	.quad 0xc11c0000c32f89af, 0xc01a8df3c0a40000
	.quad 0x6590332e05cc7e00, 0x9320086cabf51a2b
	.quad 0xc0fc00000d0cda9d, 0x410a0000be77f287
	.quad 0x3f1dc00000000000, 0x7bd0dc9940d80000
	.quad 0xbd2871a1bcae1a34, 0x40ad900000000000
	.quad 0xff5e4a09ca4855e8, 0x2c83e0fd7b11792d
	.quad 0x86b83054ed707e00, 0x0000000000000000
	.quad 0xd4d694a50f7d75c2, 0x118cc64bfd4fb7a8
	.quad 0x5e4298d7dbff5eef, 0x6f7a753d4dcafdf0
	.quad 0x80093436cab12b05, 0xbe8b44bb17e5e94f
	.quad 0x1885ac5bf7af49ec, 0x7ff0000000000000
	.quad 0x50c1c846b114fffe, 0x40737b75dc7bffdf
	.quad 0xfff2a3dc773a2d9e, 0xfa950f295d423b75
	.quad 0xc096000000000000, 0xb7da7374bdab2eb6
	.quad 0x8db4ad3cffdbff7f, 0x3ff0000000000001
	.quad 0xb53f484963fc2ee5, 0x7e39ce0a7c7eace5
	.quad 0x4e900357ff800000, 0x7ff0000000000000
	.quad 0x7ff253daa4abc152, 0x4104000057d2d858
	.quad 0x7875f8ddefd77a95, 0x408000008bceac62
	.quad 0x7f7fffffda193eee, 0x9c351b5393a6c840
	.quad 0x5a00000040a80000, 0x4e741edbe20108f3
	.quad 0xb22e3060a8af699e, 0x621e5a23ceff7faf
	.quad 0x7ff8000000000000, 0x79146ba2bfdf5eea
seed9:
	.quad 0xffffffff80000000
	.quad 0x000000000000023d
	.quad 0xffffffbc0509d2ae
	.quad 0x00000000006fe584
	.quad 0x000000007fffffff
	.quad 0xffe02277ec42243e
	.quad 0xf749e8b88a77fc64
	.quad 0x000000000000005b
	.quad 0x0000000100000000
	.quad 0xfffffffffb79cedb
	.quad 0xffffffe3051de00f
	.quad 0x000000ac20c9b12e
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc56
	.quad 0x297b93882594af8e
	.quad 0x0020000000000001
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x7ffd7d6ceee2796d, 0x60bc6a1fd7affdbf
	.quad 0xfff74363718b08c6, 0xc00b000000000000
	.quad 0xf4cb9d7bddfefa7a, 0xf6061cf67ff6d37b
	.quad 0x0b200ceef138e1f4, 0xffc1b9f8fa581452
	.quad 0x7fe0000000000000, 0x3f79070f0c5dd4a3
	.quad 0xc018000000000000, 0xff833bc200400000
	.quad 0x4f6eaa1947f6fffe, 0xc01160e931766c65
	.quad 0x4d2258f2fff9fea1, 0xbc3f95afbf443ce3
	.quad 0x2026323095dff7ff, 0xc0221112804d06d3
	.quad 0x0395177d3f277c92, 0x80d138765bb437c1
	.quad 0x7f8000005f3d349b, 0xc00fffffffffffff
	.quad 0xff9937b3ff14c2a0, 0xcab4f7b173b02034
	.quad 0x590b70c0ddfebdfa, 0xc0799bdf7074119a
	.quad 0xd695b2247fddfedb, 0x4b7f1d55c5cdbdeb
	.quad 0x807fffff84a3a483, 0xc019000000000000
	.quad 0x4024000000000000, 0xc340000000000000
	.quad 0x1686b90d701307e8, 0x0ccb4fd77f7fffff
	.quad 0xa8c71df454c00139, 0x000072646360b3e0
	.quad 0xdce6514200434722, 0x4021000000000000
	.quad 0x9e4d56638e7ef7ff, 0xbfffffffffffffff
	.quad 0x0b29f191dc777def, 0x8000000000000001
	.quad 0x5f5097d2d81efde5, 0x1df4cc987fbfc3ff
	.quad 0xc38b2e08c4e09433, 0x7bea13e870c47ac1
	.quad 0xab57c419ad37b77b, 0x7ff8000000000000
	.quad 0x33f846ffc62afddf, 0x2d59cb7649bf8ca9
	.quad 0x47df17acab176421, 0xff825dc240000000
	.quad 0x805c950487045d9d, 0x7faef051002c9631
	.quad 0xa0d53dbb7e64037c, 0x7ff78d02304e4ff9
	.quad 0x402d3bf73e67300d, 0xffc0000071156e70
	.quad 0xc7bbc1e280000000, 0x3fbd67eefa4617dc
	.quad 0xbeba447a368afca5, 0x03c9555177ca316b
	.quad 0xa44f6974ffb9db2d, 0xf1ad16c1210adaec
seed10:
	.quad 0x0000000000000247
	.quad 0x5060b0e95e5278be
	.quad 0x679326161e568c19
	.quad 0xfffffffffffffce1
	.quad 0x0000000000000000
	.quad 0xec64dbbe94915f38
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffcbf
	.quad 0x9c4bf4d28eeb083e
	.quad 0x15a0ef7021b8db19
	.quad 0xffffffffffd835be
	.quad 0xffffffff80000000
	.quad 0xa6651ae898d818b4
	.quad 0x0000000000000001
	.quad 0x94722ecf0cf158f1
	.quad 0x02400000
	.quad 0x20000000
	.quad 0xd7ea7e7cd3ebfedf, 0x83f5dd7fff857432
	.quad 0x7c20ae532d5ca8f6, 0x83aca1e59a26aee3
	.quad 0x12957ca93de5c6a7, 0x800000007fa91207
	.quad 0xbfa2835efedf7c5a, 0x2df3071ffb3d8000
	.quad 0xba860efc43d1b84d, 0xc6fa4b60d7af4930
	.quad 0x999582d8fc36a47e, 0xcd26a93c02f4f9b6
	.quad 0x407fae7e971005d1, 0xcfbd6a083e7548c0
	.quad 0xb0367c277fb7df3b, 0xc0a00000412e2194
	.quad 0xffd0000000000000, 0x3fe8600000000000
	.quad 0x0003365c93404674, 0x01776f0080fb99cf
	.quad 0x9f152bea90f70140, 0x6a32a000e068691b
	.quad 0x411b23b980000000, 0x7fff2a72fe966a16
	.quad 0xcb1246a1ea1b7c00, 0x000100488d35e319
	.quad 0x80b17ae5365a0000, 0x01000000ff800000
	.quad 0xde757e0ebf5d633c, 0xede61d2a0152d8db
	.quad 0x61259592ffe77b7f, 0x5e337e297fff7e99
	.quad 0xc00911a086131300, 0xe2ebebe1ffd7724f
	.quad 0x006368c9c2bc7455, 0x7ff0000000000000
	.quad 0x813dbe294396f633, 0xc3f0000000000001
	.quad 0x8d2b28af9fb80001, 0xfff0eb9ea75a0c92
	.quad 0x682eedd8feff7f4a, 0x7ff0000000000000
	.quad 0x4002000000000000, 0x7aa9df9bc253f9ef
	.quad 0x7f0f8d4e764f6ca8, 0x417d07977f800000
	.quad 0xa80ee77280000000, 0x7ff48d2ead9ce824
	.quad 0xc3efffffffffffff, 0x7f60b45dbbc84115
	.quad 0x3e6789e1be4a4bbc, 0x18c31b07bc29e1dd
	.quad 0xa8a34fd39ed7ffef, 0x404126de47fe9a02
	.quad 0x3afffc1577dc7fa7, 0x00000000f58cafdc
	.quad 0xfff8000000000000, 0xc145ebe0bd9f0fff
	.quad 0x189c5584e6eff604, 0xbf9cf03480b6d330
	.quad 0xffe90926a96582b9, 0xd46151e95dd9f2e6
	.quad 0x736d0e38ff8b7c00, 0xfafcbc11ffe16b2d
seed11:
	.quad 0xfffffca92edccb87
	.quad 0x0000263d1870a840
	.quad 0xffffffffffffcbe5
	.quad 0x0000000100000000
	.quad 0xd820633d72989759
	.quad 0x0f5a0ef35dfac59d
	.quad 0x0000000000000000
	.quad 0xeca1f50f1944a170
	.quad 0xffffffffffe3e09b
	.quad 0x00000000000003dd
	.quad 0x677f8fc83e7c5da5
	.quad 0xdb9ed719227e9fe4
	.quad 0xc8feff0a57fa1816
	.quad 0x0020000000000001
	.quad 0x0000000000000168
	.quad 0x0000e7ab12624338
	.quad 0x03c00000
	.quad 0x40000000
	.quad 0xffc0000013e013c6, 0xdf7fffffbff67b47
	.quad 0x3faaca9c94da113f, 0xc01a000000000000
	.quad 0x7ff0000000000000, 0x7fefffffffffffff
	.quad 0x0b41a0af77cacad2, 0x7fc000003cfb340e
	.quad 0x9e1d2c2c615f4d5a, 0x40746a55f5ec0533
	.quad 0x4fe1d266db7fffff, 0x800cf1bd1e0df709
	.quad 0xc8e1e93c6695552c, 0x6ef97e8300000000
	.quad 0xc0366fa915edb1b7, 0x96665eb700000000
	.quad 0xbc895e6e80000000, 0x3f868358ff8ef03e
	.quad 0x3fb00000409e61f6, 0x0d3d9792017fffff
	.quad 0xa6cce6a57cd3b11a, 0xbc90703640500000
	.quad 0xef8f7220ffffd801, 0x3ff0000000000000
	.quad 0xbdb8e2563e5ca8eb, 0x80000000ff9d14a4
	.quad 0xbfc99b5d9a33fae5, 0xc2ea24d2fffddbfe
	.quad 0x01bdc410ffd2d296, 0x7ff8000000000000
	.quad 0xbffa93de7f800000, 0x7ffebc5aa8dcbdd3
	.quad 0xe4c132fbf7c838d0, 0x418abac1ffb28906
	.quad 0x5a7fffff3f17f29d, 0x00000000ae7c3064
	.quad 0x409c00007c292919, 0x3eb7c00000000000
	.quad 0x01000000fffab652, 0x3ffaedb2600ec67a
	.quad 0x4858c408b1b57ab0, 0x4beaff89833df400
	.quad 0xfff0000000000000, 0x7d9cdb4ebedf2c0b
	.quad 0xca954bc3007fffff, 0x6ef70120814e552f
	.quad 0xedee553986e3079a, 0x26c62e35c6ffd6cb
	.quad 0xf34dfa8d18cc7bcf, 0xc58e0140ffffeeaf
	.quad 0xc10800007f800000, 0x7ff8000000000000
	.quad 0x000f6ba114648a2d, 0xff8c3a0b8ea83d0d
	.quad 0x6477269068b87c00, 0x96be4a3e0bfdab8c
	.quad 0x3fec8afbeba03e0d, 0x817fffffff09fa98
	.quad 0xcf54cc688da52208, 0x24ddd6cf5b077dd9
	.quad 0xefd8e863c9d40000, 0x471dee7e9c180000
	.quad 0xbfc04d1d8d16bc35, 0xc110000040000001
seed12:
	.quad 0x5b2353176af1f526
	.quad 0x0000000000000000
	.quad 0x96c40b164a60e8b8
	.quad 0x00000000250763d9
	.quad 0xffff347065617490
	.quad 0x86fab79b360c4d19
	.quad 0x00000000000cf950
	.quad 0x79b0346442b6172d
	.quad 0x37d7a895b9e9e454
	.quad 0xfffffffffffffe59
	.quad 0x000521a409ef92c6
	.quad 0x000000000000316d
	.quad 0xffffffffffffff00
	.quad 0xea07a61615afacf5
	.quad 0x000000006441d8d8
	.quad 0xfe43e4d86d2dde21
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0x6a463f10d5fd1b57, 0xbf93800000000000
	.quad 0xc6000000c0480000, 0xe27ffffe4f7ffffe
	.quad 0xecf638c881000000, 0x3efe73d1bc97bf3e
	.quad 0xa8615a801ca33f00, 0x00000000ff800000
	.quad 0x40546ad07183fd0a, 0x1483e48cfafdf7fc
	.quad 0x7a159ea371695b1d, 0x4015000000000000
	.quad 0xffded17620bee44f, 0x1147ba6a80000000
	.quad 0x2c8a798c3838d947, 0xfff066336334e921
	.quad 0xb8e550ca865efbff, 0x31851b1ce7feed9f
	.quad 0x35199f8da2b4c680, 0x3fffffff9e14078b
	.quad 0x7d273563ddb9fdbf, 0x905a3bd97f9e3869
	.quad 0x002f94e500000000, 0x8000000000000001
	.quad 0x8b8caa7ebd89308d, 0x1aee898dc11c0000
	.quad 0x9d5bccc29077efc9, 0x56818de59687037b
	.quad 0x407c68b4ae3ffabe, 0x778a5cc2efffedfd
	.quad 0xd0de366a04644680, 0xeaa7f06e6d2ed36f
	.quad 0x7ff8000000000000, 0xc018000000000000
	.quad 0x4040000040000001, 0x8d3b93734b3d4e61
	.quad 0x7ff21af3778918d1, 0xfffb85c9fa8431ff
	.quad 0x1d4e810772197ae9, 0x7fc000007f90537b
	.quad 0x80975b3c91824c3a, 0xbf894daefad5f860
	.quad 0x01f9834c955a935b, 0x3fc43f1606d0a4f0
	.quad 0x1a8efd16c3facfff, 0x031c67b229e7fc00
	.quad 0x000134cc7b930950, 0x79bb38634d3fa3ea
	.quad 0x40ca000000000000, 0x7f7fa4328003b550
	.quad 0xc7d143154f56b35b, 0xb7a1b3edfff7fe2d
	.quad 0x13afcc20ffd0fc00, 0x7fc0000000ffffff
	.quad 0xac19c9eea0148000, 0xff800000fa61ad85
	.quad 0xba9f3bf47fb4b7cf, 0xbf31e44940fbf1c8
	.quad 0xfffff7691973f454, 0x4940000000000000
	.quad 0xb3e6ad73badf3fd9, 0x008000000f8e7e25
	.quad 0x57b3b1e7c7fa7c01, 0x1e58150f00800000
seed13:
	.quad 0x000000000001e95a
	.quad 0x0000a5715fcd1262
	.quad 0x11e00929831685c2
	.quad 0xfedde3b5209e67fb
	.quad 0xcfe4d970e3cd83a8
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x18c43ec555849258
	.quad 0x182235c2c6d746b1
	.quad 0x0000000000000006
	.quad 0xffffffffee8925d1
	.quad 0xffffffff80000000
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0xfdb72d2da87c6816
	.quad 0x0000000000000248
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x7fdfffffffffffff, 0x7fa1b762ff29efb4
	.quad 0x0008000000000000, 0x409ddbae6a2d8fbf
	.quad 0x94e9ba58ffb3b48c, 0x58026af36aebd9f5
	.quad 0x0a2560db110bfc5d, 0x7fc00000c77fffff
	.quad 0x0c7010061de2d84d, 0x0fa97d76fe5fbf9b
	.quad 0xff800000bea752da, 0xff368523ff7ff9ee
	.quad 0x4018000000000000, 0x810b11fb93d47a59
	.quad 0xb675004affc62b3d, 0xc05000003dd336c4
	.quad 0xea83c1277894fe29, 0xc0571f68339b1a6f
	.quad 0xff86ad477fc618e3, 0xbd36052e7c7f56fb
	.quad 0xe231fa1f9febeff9, 0xc3effffffffffffe
	.quad 0xbfd8000000000000, 0xc38e1ff07f9025ab
	.quad 0x4010800000000000, 0x922704bcde777da6
	.quad 0xc1bc0000408d62d3, 0x13a59bb612297f9d
	.quad 0x2e8b58343f7f7ddb, 0xff800000bf900000
	.quad 0x49abd6b22cd456ad, 0x82189501153f37eb
	.quad 0xae582d9effdec994, 0xffd7ec6c4075e92c
	.quad 0x92e71e015199a680, 0xff7fffff0052f999
	.quad 0xc1edad8f3c370352, 0x7ff0000000000000
	.quad 0x3f7616a64577e841, 0x3f9d800000000000
	.quad 0x7ff0000000000000, 0xffe0000000000000
	.quad 0xad294f3e46b72ed4, 0x43f0000000000001
	.quad 0xd767502a99fbfe9a, 0xbd80c9131104d468
	.quad 0x401b480cbeaadc5b, 0xddfffffefaace98c
	.quad 0x0019585f8def7c5d, 0xc21159880d6a612f
	.quad 0xe0cd9144ffec3bff, 0x1162be3b86eb9609
	.quad 0x7f4cc12439c80eac, 0x15309f976cb08000
	.quad 0x7fa0e056bd148256, 0xc2c9c296efcf7bff
	.quad 0x0a77dd803116b9f7, 0x0000000000000000
	.quad 0x3e829b96a5bfcc12, 0x0000000000000000
	.quad 0xc12c000000000000, 0xa9301fc77ffbfef5
	.quad 0x462347308068d97b, 0x2532cdadeddfff7e
seed14:
	.quad 0x695f763495c17f2d
	.quad 0x8a5172d1dead7b44
	.quad 0x000000000107f4a3
	.quad 0xfffd94ef8b84c332
	.quad 0xfffffffffffffc5b
	.quad 0x000000000000012c
	.quad 0x0000000000000001
	.quad 0x000000001c1d49d2
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x04981856449518cf
	.quad 0x5149c6cd3e8d9706
	.quad 0xffffffffe7a7e136
	.quad 0x0000000000000175
	.quad 0x6022b61489916f11
	.quad 0x00000001645b86ba
	.quad 0x06800000
	.quad 0xe0000000
	.quad 0x000fffffffffffff, 0x16ca40ebee650000
	.quad 0x7f0a10c65fe77a0a, 0x03d6eeabb6a34452
	.quad 0x3fac5ffc43aefc00, 0xdde30b6db9240b55
	.quad 0xffa8a412da1bdfef, 0x84e91e37f0913efb
	.quad 0xbf56000000000000, 0x8c9680ebf113fc9e
	.quad 0x394a4a7823387f1c, 0xbc82fb46883e0f12
	.quad 0x000678f3febf8525, 0xbb9291e66ac183ff
	.quad 0x8c0adbacefef9fed, 0xffd6e0ee60e7bb32
	.quad 0xbf8ca5f11b9fb0ce, 0xf876946900000000
	.quad 0xff50fad0ffc00000, 0x04381c025039ad24
	.quad 0x10ca2cf859997460, 0xc340000000000001
	.quad 0x7ff106a335cbf72c, 0x7fc0000041400000
	.quad 0xffa5572b80800000, 0x379c863b9b09d7b4
	.quad 0x36ac00007fb12916, 0xc04583061172d5bb
	.quad 0x418467279cf6d4b8, 0xd4437cd670e8b76a
	.quad 0xffbc11a3fe628a3f, 0x4fcc0e56dbfbfd79
	.quad 0x0047ac953d2d1c79, 0x94966990bb8b6115
	.quad 0xfe0073d73a3578e0, 0x80000000c2730bff
	.quad 0x65b674a536a227a1, 0xeca9d3a0ff8ba513
	.quad 0xfff27b5f7934b3e0, 0x8f26a53c314342ec
	.quad 0x3be1dacefe00c5c0, 0xc017000000000000
	.quad 0x411c00007f8b25de, 0xc51329f2765df85b
	.quad 0xd9fab8403a8c0b3e, 0xc071cc6aef69e71b
	.quad 0x8040000000000000, 0xc0090e26666327f3
	.quad 0x7c74c532ffe7ff97, 0x51ef007d805f8484
	.quad 0x1de4f982e7005a00, 0x80560994915f44cd
	.quad 0x0009f5c8f09b775a, 0x2e0df5e1478fcd53
	.quad 0xc00db50a12e9a45e, 0x8003eed87a9618c8
	.quad 0xc6ea8130fc55dd5d, 0x7f8000007fc00000
	.quad 0xc9680000c319d98d, 0x8d81ae6f3c843c15
	.quad 0x0c06acfbf79e96f6, 0xc004c0888b33adc4
	.quad 0x8008000000000000, 0x81383825c03f8755
seed15:
	.quad 0xffffffffffffffe9
	.quad 0x304b1aa4a3b34357
	.quad 0x34b94af95eebe33c
	.quad 0x000000001e711364
	.quad 0x0000000000000348
	.quad 0x0000000000006d3f
	.quad 0x00000000000000b4
	.quad 0x3a2e07e32bd07cc4
	.quad 0xfffffffffffffea4
	.quad 0xfffffffffffc4eba
	.quad 0xffffffffffffffc9
	.quad 0x3d6e7ee45d93892f
	.quad 0x00000000000000d8
	.quad 0xad66c8abaef2538a
	.quad 0x00000000003319cc
	.quad 0xd1d7ea0964cf49bc
	.quad 0x01800000
	.quad 0x80000000
	.quad 0xc016000000000000, 0xc13974130ae57371
	.quad 0x3b69f5a4bb922d80, 0xc051f41b2e1b45da
	.quad 0x7f80000040000000, 0x224d617eccb91a15
	.quad 0xbff0000000000000, 0x4124edd4b7897c0f
	.quad 0x7ff0000000000000, 0x5c85e16fffffdd7e
	.quad 0x25ab762324f27e00, 0x0032b078007fffff
	.quad 0x86d8c670ff9d4257, 0x71d238b07fda2f0f
	.quad 0x7f15524e192e04dd, 0x3f899152fc4c5c78
	.quad 0x47a843147fefedfe, 0x8244a22b776b34d1
	.quad 0xfff0000000000000, 0x0371a20877e68417
	.quad 0xca5cf9fa7e927bff, 0x59005ee7ffff47fb
	.quad 0xf7be5a89ffbe122e, 0x01714338e0d1f982
	.quad 0xb62877debcd8ffbf, 0xff800000c7800001
	.quad 0xc06508602033d4ab, 0x1abccdc5ffc00000
	.quad 0x004ff67afc2e8c1a, 0xc207675b5afffffe
	.quad 0x82465295f8850392, 0xaea0a0a7df7fffff
	.quad 0xfff63d6b0153ec89, 0x7ff8000000000000
	.quad 0x42ae1033bf1fdbef, 0x7b6fdfd5ed237a1c
	.quad 0x0f49b6816784862f, 0xbf23400000000000
	.quad 0xd3fec89f242e3d46, 0xfff0000000000000
	.quad 0x43dc5d64e2520800, 0x742fa5d9c0000000
	.quad 0x4d6f98a695102226, 0xc0449043e6918ab9
	.quad 0x7f7fffff81000000, 0x921794a8decad491
	.quad 0x4e5536a24fdefc00, 0x400524ae25f823fd
	.quad 0x0037ad6992d0e6f0, 0x7ff515864e6c56c8
	.quad 0x0000000000000000, 0x00ffffffc1908727
	.quad 0x007fffffc3b2bd72, 0x0000000000000000
	.quad 0x8000000000000000, 0x55238bd73c0195cd
	.quad 0x3c7896a53bc6665c, 0xd98000000bfd483d
	.quad 0x88ed969881570abf, 0xbb11983b73f22157
	.quad 0x404424c60e9d4b86, 0xfff8000000000000
	.quad 0x423e2b024802ad3e, 0xa4041ad3fff6f9df
seed16:
	.quad 0x0000000000000212
	.quad 0x59ed43e193859d32
	.quad 0xe00810f30698b471
	.quad 0xffff03120be12fae
	.quad 0xca85aef3cc1dd68d
	.quad 0x0000000000000000
	.quad 0x163074a969e9ae90
	.quad 0x0001013001d0644f
	.quad 0xffffffffff72124a
	.quad 0x0ee60d402739452c
	.quad 0x0020000000000001
	.quad 0x000000000000022e
	.quad 0x00000000000002b0
	.quad 0xfffffffff02e4bc4
	.quad 0x0000000080000000
	.quad 0xb818bd3af51f79ff
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0x4021000000000000, 0xfff0000000000000
	.quad 0x0520dae1beff3f3d, 0x001fffffffffffff
	.quad 0x002677241e58e86a, 0xac3df4c048587c00
	.quad 0x9de7d301c0000000, 0x0c36e7ca0976a5df
	.quad 0xdacfedd5c1ddb517, 0xcd025c11ae78fc00
	.quad 0x093bda3e9dffffaf, 0x2830e6a900000000
	.quad 0x939d6243f77ffffe, 0x7b07b90392316346
	.quad 0xff8bb3c315374ea1, 0xc006000000000000
	.quad 0x6625174ee7fe4ffd, 0x2fef6bfe99d1e2c7
	.quad 0xff800000bd100000, 0x3fa8800000000000
	.quad 0xbc92e01a80000000, 0xb896ed8e82bd1a3e
	.quad 0x804d8b09c9580000, 0x62a402fcfffebfbf
	.quad 0x945efaa54322d2d2, 0x7f80000091ecb862
	.quad 0x0000000000000000, 0xbecc000000000000
	.quad 0x407e439c840d07b2, 0xd4dd20e420ccc6ae
	.quad 0x6c34742bcc02b245, 0x4024000000000000
	.quad 0x42faefec980713b8, 0xbbcdc1987fc00000
	.quad 0x099222fffffffcac, 0x4016acef9f93129f
	.quad 0x400a950b3c426e02, 0x0000000040880000
	.quad 0xdf3012c5dcfe438f, 0x0000000000000000
	.quad 0xbfe0000000000000, 0xbedc000000000000
	.quad 0x3ffffffe00000000, 0x7ff087e3bdd9eb0f
	.quad 0xff033b7eda14daad, 0x9f3d77a100000000
	.quad 0xb5ca898e56f06bd8, 0x7fcde0057e95a397
	.quad 0x7fa591e841a00000, 0xff4317c5cb0323df
	.quad 0x9db92424041d10df, 0xc265741013117588
	.quad 0xab6a959fa37e360a, 0x7a59040d001faa62
	.quad 0x8000000000000000, 0xc75ef597bfff67fc
	.quad 0x4021000000000000, 0x43f0000000000000
	.quad 0x8000000000000000, 0x11b0fa6fc0018780
	.quad 0x8000000000000000, 0xc008109f5ac304db
	.quad 0x0029c2dfc23f28c3, 0xc0f800007fe548e2
seed17:
	.quad 0xffffe2337ffb544f
	.quad 0x0000000184a27d1d
	.quad 0x6a79ce79062b42bf
	.quad 0xe7546402bcb70dab
	.quad 0x93fc1f50e9e1365b
	.quad 0xfffffc300aa16ef6
	.quad 0xfffffffffb8d1f48
	.quad 0xffffffffffffffc7
	.quad 0xba9f4d2b46df8c19
	.quad 0x0000000000000067
	.quad 0xfffffffffffec95c
	.quad 0x000000000074189f
	.quad 0x0020000000000001
	.quad 0xfffffffffffffcc3
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x174034f59db08800, 0x8013d148c14a2f02
	.quad 0x781160d220cbfe00, 0xa2a37a7be32ff77f
	.quad 0x57e37c4480400000, 0xffb723a600000001
	.quad 0x958c90d3c149f998, 0x7ff853caf40d46c8
	.quad 0x41ffffffffffffff, 0xfff73d66aab50f4e
	.quad 0xe5a5d683e773779f, 0x70c31b9ffffffffd
	.quad 0x7da77fe200000000, 0x2d30fb21dd3803ff
	.quad 0xff09d5b40de8c70c, 0x4048000000000000
	.quad 0xfb4f27cdd888f39f, 0xb78f242c33ef7da7
	.quad 0x86b9b9623f569c7c, 0xfff75d1eda5dbc52
	.quad 0xedb99d8de23aca3a, 0x80000000fe800000
	.quad 0x6099b39effe88000, 0xa9f9224fc0cf60cc
	.quad 0x8a2e5bffb05dfe00, 0xe333e1cbffc0cd32
	.quad 0xbf6c83da96c3375a, 0x00714c68beaf7bcf
	.quad 0xc1200000fe1cc8ed, 0xc3d6c8884f2bc336
	.quad 0x728c2560373e2776, 0xfed1aeed7fb128c7
	.quad 0x7cc776afe87702c0, 0x3616c9817fbcb2d3
	.quad 0xc3ef4017c1140000, 0x7ff461342b3a7ca6
	.quad 0x7ff0000000000000, 0x7d8e0753ef4e5075
	.quad 0x00a202a4e36fbf7f, 0x3ef88d1dffbfeacd
	.quad 0x9f754dae0c47d0ce, 0x4330000000000000
	.quad 0x00ffffffbc3ff71a, 0x0707731b40900000
	.quad 0xff8000007f800000, 0x7d98f1ca78289ef2
	.quad 0xa56966c6d1f54200, 0x7ff0000000000000
	.quad 0x2bd3175b518d7c1a, 0xbeb60000ffdb99b2
	.quad 0xbf8000003d506e68, 0x40000000ff800000
	.quad 0x3fba000000000000, 0x74808125b4ac4ad3
	.quad 0x7ff0000000000000, 0x3fba60b29fd349f4
	.quad 0x7f8000008415d5ba, 0xd16c20f447800000
	.quad 0x40ffffffffffffff, 0xbfa1e87d0b583234
	.quad 0x426ef466ff559446, 0xbf400000c13fd5d6
	.quad 0x405c55778885f91d, 0x3d318987fe59fed9
seed18:
	.quad 0x00000094038b63d3
	.quad 0xfffff06afdba5da9
	.quad 0x0000000000000001
	.quad 0x000000000165c2d9
	.quad 0x0000000080000000
	.quad 0xa2bfdb153522a4a5
	.quad 0x0020000000000001
	.quad 0xf5220eae6d704aba
	.quad 0xcbd79b2a8911e56d
	.quad 0x000000000000029f
	.quad 0x0020000000000001
	.quad 0x04e552b4faeff07f
	.quad 0x0000000000000117
	.quad 0x0000000000000001
	.quad 0xd935f561f3d2c191
	.quad 0xdf32df966730034c
	.quad 0x01400000
	.quad 0x90000000
	.quad 0x7f8000003d023dd4, 0x3b15398596ad7f2f
	.quad 0x55b9b5cffff00d88, 0xbef9800000000000
	.quad 0x57b87113fdd3fe58, 0xc00a000000000000
	.quad 0xc3e2f719f6a5b993, 0xc10000007f8e9704
	.quad 0xc0e0000000000001, 0x004e020e7f800000
	.quad 0x00400000ffb2f1d7, 0x7fefb7b64f22178a
	.quad 0x7792b285cbb7cbda, 0xc0d80000ffc00000
	.quad 0x16b31cb042768661, 0x8031912f40100000
	.quad 0x4012000000000000, 0xffc86bbdddfca47a
	.quad 0xc2080000e961787e, 0x40e40000ffc00000
	.quad 0x7fe0000000000000, 0xff804ddc7f800000
	.quad 0x3f4154d8ef620d49, 0xc0225b397fa11034
	.quad 0x00ffffffff800000, 0x459800006bc88655
	.quad 0x4ad9c996ff6ac4e0, 0xc711ada9ff9d78f3
	.quad 0xbe697f913e22306e, 0x19c0ac5a42bb9e25
	.quad 0x00030e34b9ecc706, 0x5f00000081000000
	.quad 0xbf9f3c4c195040dc, 0x800000005161d95b
	.quad 0x4075429ee0a687c6, 0xb2e6748dddb5fa7d
	.quad 0xbbd57872ff8f6dff, 0xc0574317515a0a49
	.quad 0x000fffffffffffff, 0x5f800001c0a80000
	.quad 0x7f80000026c57bf2, 0x3f89600000000000
	.quad 0x61e127ecddee2021, 0xc03a715ada0802aa
	.quad 0x7ff0000000000000, 0x3d642c3b7fb6ba8c
	.quad 0x009aa749cfaa660d, 0x18900d3b7895cf7e
	.quad 0xbd99addb7effffff, 0xefdcd14642634952
	.quad 0x21615059f3e3fde2, 0x087eff52ff7fffff
	.quad 0x6c41128abfefe5d5, 0xbff0000000000001
	.quad 0x3fd0000000000000, 0x0008000000000000
	.quad 0xf4d46f5acfe7c280, 0xbf9b445455880d4a
	.quad 0x98e609c3bfd6eff1, 0xfd0963500e36e7f3
	.quad 0x8056e9cad9ffffff, 0x7fa67a4480000000
	.quad 0x800a217aeeb07178, 0xc78192933aac20a8
seed19:
	.quad 0xfffffffffffffccf
	.quad 0x56796e627a9e9c86
	.quad 0xfffffffffffffe8b
	.quad 0x0000000080000000
	.quad 0x00000000000002bf
	.quad 0x00000000000003e4
	.quad 0x49dddae29e0db38d
	.quad 0xa960a976ade60196
	.quad 0x0000000000000365
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0x7178a276e3406141
	.quad 0x73a4dec60e041924
	.quad 0xffffffffffffffe3
	.quad 0xfff164148754c024
	.quad 0xfffca14098a8b57c
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xc00ffc79e350f92e, 0x8014ec2a418e80d4
	.quad 0x4170a5a17fc4ad63, 0x7f96ab1780000000
	.quad 0xbf2da6797ff91b21, 0x6206709e9e4563c0
	.quad 0xec27101eff37ff6b, 0xbf911a5a83e87e00
	.quad 0xbfb3f66bbe3ef41e, 0x0000000000000000
	.quad 0xf3847baf3cc79cb4, 0x00d971e87f800000
	.quad 0x5258861915fb3e34, 0x1a5bf08ca5e9fb43
	.quad 0x3f8039f4d4c41cca, 0x7ef5482580000000
	.quad 0x6ed99a5700000000, 0x7fd6d14af9a9f645
	.quad 0x3f87450e223250a6, 0x4035245e2dfb2186
	.quad 0x4006000000000000, 0x0000000070be0775
	.quad 0x40a800007faf07c4, 0x0b5a7a02ff800000
	.quad 0x001b7921c4ef89a8, 0x52a69f0c9156bf20
	.quad 0xbff4000000000000, 0xffc000003f9a11ff
	.quad 0x7fc00000bfe00000, 0x5e355d9defbbfc91
	.quad 0xfe260eb79ed00597, 0x40a000007f7fffff
	.quad 0x7ff901fd2916bb38, 0x40117ea8bfdf86f6
	.quad 0x700770e19ae64b4b, 0x4108000000000000
	.quad 0xc3535f25ffada43f, 0x7f18227106c9cf06
	.quad 0xac5cc0cc7aeba3fc, 0x956634eb40980000
	.quad 0x006f821dcf586bf5, 0xa1e2965277ffffff
	.quad 0x722d7b5dab1d3a15, 0x0000000000000000
	.quad 0xc43b2d8cda2bf015, 0x32b08046255ad6ac
	.quad 0x0c50fa7bbfe8c1c0, 0x0a551a6b83901278
	.quad 0xa26006aa38260000, 0x801f95a874939886
	.quad 0x42de48769af6de07, 0x3bc4762376f51f40
	.quad 0xc0d0000080000000, 0x7dc810f6fff6c706
	.quad 0x7f9d0a057678ea29, 0xb17395ed61dac2f1
	.quad 0x0fd3e5f18b79aed7, 0x000cff7743d287ad
	.quad 0x0000000000000000, 0x7ff3fcab1640c1f5
	.quad 0x401f000000000000, 0x7fe0a69b45f43e0f
	.quad 0x24a721f7ffeffffb, 0x02244fd7ef330670
seed20:
	.quad 0x34a52af702f066c6
	.quad 0x00000000000000dc
	.quad 0xfffffffffffffe5b
	.quad 0x000000000000018b
	.quad 0xfffffed355b0f4d8
	.quad 0xfffffffffffa530f
	.quad 0xffd11461304c74bf
	.quad 0x1015124a53b20644
	.quad 0x7fffffffffffffff
	.quad 0x7aab090354308649
	.quad 0xffffffffffffffdc
	.quad 0xfffffffffffffcfa
	.quad 0xfff3f46af182ff95
	.quad 0x6999cbfaca7bbfd0
	.quad 0xfffffffffffffe31
	.quad 0x00000000000000de
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x3cf8dc0adffb605b, 0xe775dffb0eadfb5d
	.quad 0x3ea00000fe800000, 0x1d6cc96dffffd9f4
	.quad 0x6c8b6b130eb99132, 0x7d9741688d6d79e9
	.quad 0xc073ad4a9d6965b0, 0xd6d5ed75dc517a23
	.quad 0xa0c53b9dbf534121, 0x22af0536b29a0400
	.quad 0x7ff0c8eff6b4f816, 0x0028f3911413a3b0
	.quad 0x3af5cd1febe583ff, 0x11548e8e3f77eedf
	.quad 0x1456ea86c33fff3b, 0xff800000f2cb8ee4
	.quad 0x022cbe8b7d76fbad, 0x3ff9bef0a7701c02
	.quad 0x7e667167d1a29797, 0xbd1090c57fa1dfb6
	.quad 0x2320fc7d1df7f6ca, 0xfe1909ae5dff6dee
	.quad 0x9dc8be2463b8f67d, 0x8000000000000000
	.quad 0x874aa74177e3b670, 0x80000000ff800000
	.quad 0xbcdc031fc0e9bd6a, 0x4563bee2a496a11f
	.quad 0xa5bc25e97f860581, 0xfff0000000000000
	.quad 0x96848f65e3defeff, 0x73f87b6b00000000
	.quad 0x7f1431e48bc45f85, 0x02d5ff2b57876f93
	.quad 0x83471a06312e4fcb, 0x0318ea061dadd0f9
	.quad 0x8cf18ccfffabffe2, 0xbfc0000000800000
	.quad 0x4ba24074217ca36d, 0xbff6000000000000
	.quad 0xa7fafa8264e08800, 0x922b8368798dff62
	.quad 0x6642b321c74c9769, 0x7f3190b38a31a42c
	.quad 0xc5d0d5265fbcbe7f, 0xa59e67c95df11915
	.quad 0xfdebca69a3261113, 0xb14e205affeefb7e
	.quad 0xeb68dda6ee7a89dc, 0x34e6e4066e88f892
	.quad 0x26d3ea61f36bfafa, 0xfffe3a100cd58f82
	.quad 0xacd7f871c29f8001, 0x400a2b9b0ce65b52
	.quad 0xf46990fe69f984f6, 0x3fe3f654bbd82c5b
	.quad 0x438836ffff888239, 0x996e119b7fb3fedf
	.quad 0x406b302af5a3cc94, 0xc01c89e0967349e3
	.quad 0xc17380001b8a9785, 0x86f10744ffc00000
	.quad 0x9990743bf3bffdf8, 0x407b3f4a20879dff
seed21:
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffea7
	.quad 0xf54a84c49032ab02
	.quad 0xffffff0c4774cdb7
	.quad 0xffffffffffffff8f
	.quad 0x0000000001000001
	.quad 0x000000000000000c
	.quad 0x00000000025c202a
	.quad 0x0000000001000001
	.quad 0xffffffffdef3942d
	.quad 0x78141147825adc53
	.quad 0xff3bde5a2774f45a
	.quad 0xffffffffdc16a8b9
	.quad 0x000000000000006a
	.quad 0x00000000000031f6
	.quad 0x00000000000002c9
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x2a1d0e4cb31bffba, 0x1286274f1ba54db7
	.quad 0x43efffffffffffff, 0x7fc3146080000000
	.quad 0xfff0000000000000, 0xcffffffe8b14da77
	.quad 0xf7c164c5ff2be3a0, 0xff800000f1327db7
	.quad 0xc06617a23c619522, 0x510000017fc9a10a
	.quad 0xc3d33047ffd20000, 0x33cb751e6dfeb295
	.quad 0xfdcdad328b6ad55e, 0xc0200000bb500000
	.quad 0x660c9d7fbecb9f5e, 0xdeaa760713fbfc00
	.quad 0x44ed9dcbcffdfc97, 0xff8000007f9170df
	.quad 0xf1bd2a4fffb7d9ba, 0x7cfe893bb93984b8
	.quad 0x3fb129a013337e37, 0x1d31fcfea1ce8000
	.quad 0x0000000000000000, 0x3fcfb3c354de329a
	.quad 0x3c8000007fc4802e, 0x800000003fb598ad
	.quad 0x8fdebcdd3f906316, 0x40ffffffffffffff
	.quad 0xf16474f835cdf800, 0xfff69488d41131e4
	.quad 0x1d81ffc5d7dfe7ef, 0x9ef6a6bce76b77ff
	.quad 0xc300000000000001, 0x0020000000000000
	.quad 0x7f800000df800000, 0xbfb8dbd86b26a193
	.quad 0x4196451b7f877f11, 0x80000000b8540000
	.quad 0x743065e27fc00000, 0x031d90dd400735b9
	.quad 0xda5d072dff8f9635, 0xbd7d753879448321
	.quad 0x000a1070c34f5f2d, 0x7ff52e042117d574
	.quad 0xc0100000c07ffffe, 0x401fea76e0d8a2be
	.quad 0xffbcef0cff7fffff, 0x723273347a60dd84
	.quad 0xc1100000fb2020b5, 0x8009e65f5da92bc8
	.quad 0x6f7b6ec563def800, 0xfffd0fb90a259eb1
	.quad 0x98ab3e16ffafa039, 0xb81fdab5ffd5b8d0
	.quad 0xfa470af3d184394d, 0x0000000040f80000
	.quad 0x7fb87a19cf7fffff, 0xfd65ac92b6fda74a
	.quad 0x7f800000ff82423c, 0xd6755b6bd7e6c949
	.quad 0xf76b6c59dbfa556a, 0x7c72a86fe0f3e17a
	.quad 0x7fb512f05fffffff, 0x4f800000004792d1
seed22:
	.quad 0x0000000001000001
	.quad 0x292b73b8db3a9188
	.quad 0x000000000000c433
	.quad 0x0020000000000001
	.quad 0x2eff970c4fb6bf62
	.quad 0xfffffffffffffff9
	.quad 0x0000000100000000
	.quad 0xa58c5c207a241a00
	.quad 0xffffa26333f54499
	.quad 0x19a2c479bcbcb35d
	.quad 0x0000000000000150
	.quad 0x3b6863b5fa78b91e
	.quad 0x0020000000000001
	.quad 0x0000000000000008
	.quad 0x0000000009ce9783
	.quad 0x0000000000000225
	.quad 0x02800000
	.quad 0x10000000
	.quad 0xfff3054e7625f294, 0x7ff5d6a2b8ad4235
	.quad 0x0000000000000000, 0xffad59b2d7f8da6f
	.quad 0x0005369cefa36e18, 0x7d8b5f1480400000
	.quad 0xbf7072b85be54aae, 0xbfa39b649f67e347
	.quad 0x4042000000000000, 0x7f8000000595643c
	.quad 0xfff8000000000000, 0xbf8be400e342ce0e
	.quad 0x92224f53c0900000, 0x02539c13add22f33
	.quad 0x8b03fb9ebec39ac7, 0x4256a9323e600000
	.quad 0x0c08743f70512318, 0x6b742466487d9f6f
	.quad 0xa6f396bef6c77e00, 0xfd7ae70df68fae17
	.quad 0x2d3848cebbb7cd7d, 0x73fdf2fdb6da7e8f
	.quad 0xfff1dbf5a334a80f, 0x19f9853dcc8a7d78
	.quad 0x7ff3f8cf5160f458, 0x7c1fc422ff800000
	.quad 0xbd6b084b00000000, 0xfa97e1d97faed98c
	.quad 0x0020000000000000, 0x98309bf1ffc0b2dc
	.quad 0xe599a14de34f30c1, 0x7f8f43fbed9f58b0
	.quad 0x000000007f96c44e, 0x3c3ad5c7be4e9228
	.quad 0xbffffffe0030507d, 0xb53d1632448e8230
	.quad 0xbff0000000000001, 0x3d3cf3a76d2b7fb9
	.quad 0x009f5d50ffe2b413, 0xffcc4c3bd165b1ac
	.quad 0xf92bd2bdffc00000, 0x00ffffff40cbadc9
	.quad 0x26a896d17fffffff, 0x3dd8821b006a9e7f
	.quad 0xfff0000000000000, 0x3f3314a7002261cc
	.quad 0x433fffffffffffff, 0x4021800000000000
	.quad 0x7ff8000000000000, 0xae25fb263e7621dc
	.quad 0xff8000007f000000, 0x40e00000bc80f7c4
	.quad 0x467bccd471433663, 0xdd43fe3873ebff7f
	.quad 0x000fb77c1810edd6, 0x2ec996250e39f800
	.quad 0x1f8962c96da73d9f, 0xbfb9ce2c77e289fc
	.quad 0x007fffff40000001, 0x7f800000b9f00000
	.quad 0xba184c531f087e00, 0xba3d85465a0a7c00
	.quad 0x81310001800f0d25, 0x149c8c767fa05171
seed23:
	.quad 0x00000000432c5595
	.quad 0xffff9a7f0f6d6ddf
	.quad 0x0000000080000000
	.quad 0x54ee1c89afb70a98
	.quad 0x0000000000b5f3c6
	.quad 0x000000007fffffff
	.quad 0x0000000000000223
	.quad 0x0000000000000000
	.quad 0xf8ba68ac933f2185
	.quad 0x000050109b67a338
	.quad 0xba356c377310545c
	.quad 0x000000007fffffff
	.quad 0x3012e15a64c2bc51
	.quad 0x0000000194a9d12c
	.quad 0x2e282104d38c10b8
	.quad 0x7fffffffffffffff
	.quad 0x02400000
	.quad 0x20000000
	.quad 0x43efffffffffffff, 0xb9d59f39d6f00b8d
	.quad 0xc13fffffffffffff, 0xc0c8000000000000
	.quad 0xc3ba45de3bbc38bc, 0xb8f800007f800000
	.quad 0xd815e3287ff2fd28, 0xc0e00000bf0413a5
	.quad 0x19606392a1777fcc, 0x41fffffffffffffe
	.quad 0xff80000073716498, 0x40f0000000000001
	.quad 0x80440463ec44f15c, 0xc034000000000000
	.quad 0xdd24bf548a041cd9, 0x0b5b9814e662d992
	.quad 0x800d12edbb9254f3, 0x800fffffffffffff
	.quad 0xb3964cfaac6b07af, 0x7f0951c93f900000
	.quad 0xbf931f209ebd5661, 0x7ff0000000000000
	.quad 0x474f5f3e748f63b6, 0x98722e7b7fae0c79
	.quad 0x7ff0709c893b185d, 0x42bf017040e80000
	.quad 0x3bb60000bf800000, 0xbc14773e00ffffff
	.quad 0xc38ee98a56bbfe30, 0x7ff8000000000000
	.quad 0x9c8b16e8575a23ae, 0xffc00000466ea1f8
	.quad 0xfff7e44219438d45, 0x4064000000000000
	.quad 0x9fa971047fbc4aab, 0xa294a73afffddd7b
	.quad 0xc08e000040f10000, 0xbd299c327fa6cb49
	.quad 0xc1572970007cee10, 0x31b6e72f69c53d7e
	.quad 0x7f948f1cff7fffff, 0x01b37037d39820e6
	.quad 0xc015000000000000, 0x000d7bdd3e43182f
	.quad 0xbfc11d01fca60df4, 0xec3854ab8e0e7288
	.quad 0x1c8d926600000000, 0x207e64adfbf75000
	.quad 0xffc00000411e0000, 0x7ff0000000000000
	.quad 0x41ae4026001ef6ab, 0x3eb3d085d0efce9d
	.quad 0x0000000080000000, 0xffcb6c0e7fc00000
	.quad 0x7e20863f02814954, 0x817fffff8074aa16
	.quad 0x7ff7f4450ee289b4, 0x14f7c83e5f4aa51f
	.quad 0xe716196957f7dd78, 0x984b7ccb7effffff
	.quad 0xb6800000d9ffffff, 0xad44bc597fd07c00
	.quad 0x9eeb0e047f7ba994, 0x160fff197e3fbff4
seed24:
	.quad 0x67b50e06caf28ce0
	.quad 0xffffffffffffffe0
	.quad 0xfca25fd18af1b247
	.quad 0xfffffffffffffcf0
	.quad 0xffffffff80000000
	.quad 0x00000001775c2683
	.quad 0x511fbb14f3395676
	.quad 0x71eec37a48c4a21f
	.quad 0xcedc2a0ffc15d25a
	.quad 0x0000000000000000
	.quad 0xf61328dcc239cd77
	.quad 0x0000000000000002
	.quad 0x06b866bb32ba76a9
	.quad 0x0000000000000038
	.quad 0xeb2845782bacca52
	.quad 0xffffffffffffffac
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x5f18967d7fa58bff, 0xffc00000c2aa5bb3
	.quad 0xfff0000000000000, 0xfff999cacc4c3a92
	.quad 0x8000000000000000, 0x7f800000c2000000
	.quad 0x3ed0000000000000, 0x832c8d2dc0200000
	.quad 0xc1610ea5fffb7bff, 0xf7e7174bbfe87cca
	.quad 0x41558416dfe67652, 0x007fffff4256808b
	.quad 0xbce300007ec135cd, 0x400fffffffffffff
	.quad 0x8001a3411445d5ad, 0xbaa339b7c75aaacb
	.quad 0xcba9d17bffeeffff, 0xebfa20a140e00000
	.quad 0x87038573038ac000, 0x862ff1b800000000
	.quad 0xc0cc000040000000, 0x017fffffbf548aad
	.quad 0x5f33e320bfaf6cd7, 0xbde2585339a2a7de
	.quad 0x0feda7d07ab87db5, 0xc03e66e2e403cf88
	.quad 0x1e24d0f2396dc7ae, 0xdfa88b2edf06c080
	.quad 0x3fcd05c9d31fc750, 0x15b57bd67ffdeb5f
	.quad 0x9317d9d3e051fe00, 0x8d245d8bfb2bfc00
	.quad 0x72b31cd9434b36cc, 0x14923f1ac7fc8000
	.quad 0x00000000802ad4c6, 0x0057d30b94b7d915
	.quad 0x828681001255f866, 0xf4f15e60febb7fe3
	.quad 0x41e0000000000000, 0x5a3d6f75ad27fc5f
	.quad 0xc023800000000000, 0x9e3e5707b6687c00
	.quad 0x9b720611f738a1d3, 0x4000bc7e84d631c7
	.quad 0x9229a7adf0bf033a, 0x8000fc490cb052de
	.quad 0xee284abbe75fffff, 0xdeea9dc82edebc3b
	.quad 0x0de52270aafa83a3, 0xc0a000008d50229d
	.quad 0xbca5cb51ffc00000, 0xd491de73fe9fb792
	.quad 0xb494ef19c9cf8400, 0x8ae55ba628ccbc80
	.quad 0x0000000000000000, 0x80000000feedd790
	.quad 0x7ffc993bf2537b07, 0x3247b00ded638000
	.quad 0x4033199f215a6220, 0xd71894cc7ffffffe
	.quad 0xbf1a000000000000, 0x405000007f0e7f61
	.quad 0x74e9eac1ff800000, 0x4496bf4978e9e8e4
seed25:
	.quad 0x38e8fa8af21447aa
	.quad 0xffffffffffdeea97
	.quad 0xffffffab2f4173a0
	.quad 0x9ebb0ee495ea7ecd
	.quad 0x0000000000000194
	.quad 0x000005e22cfb7727
	.quad 0xfffdff1918686389
	.quad 0xffffffffffffff33
	.quad 0x0000001cd2548752
	.quad 0xfffffff75da01f76
	.quad 0xfffffffffffffcb9
	.quad 0x852261219a359a4b
	.quad 0x000000000000000a
	.quad 0x0000000126677b10
	.quad 0x5ef62c5f9a1bbbaf
	.quad 0x00000000ffffffff
	.quad 0x04800000
	.quad 0x50000000
	.quad 0xffda0a7b3c431dd4, 0x000000007fc00000
	.quad 0xbff5732c41a0bb93, 0x4cc76bab35ff77e5
	.quad 0x81000000098cf7cd, 0x80800000ff800000
	.quad 0xe2384eb3fd068065, 0x826efd8efa5050f4
	.quad 0xfffcf3ca6178f055, 0xfe49055010ef757d
	.quad 0xf4a919c500000000, 0xff000000c1ff60da
	.quad 0x7f800000ce979a3b, 0x3fb00000d9ffffff
	.quad 0x8c3cfc4340840000, 0xc880e0a6a359b900
	.quad 0x16603d4c72f498d7, 0x8001f4f6ee1b7a28
	.quad 0x3f1bc00000000000, 0x5e2465ba784821fd
	.quad 0x3828a8710c20927c, 0x411c3d62cf25b2bd
	.quad 0xbf403e98ff98eecb, 0x8000000000000000
	.quad 0x634198e2be0c95de, 0x0e75c6ea41060000
	.quad 0xbf18100000000000, 0xfe9cc2b9ffc00000
	.quad 0x34536a14b9e93a18, 0x00a8ad0a1adf45bb
	.quad 0x326b7e04948b94e0, 0x803b13e4801cd379
	.quad 0xd47a5dcd7f3e2454, 0x88a0632c8393002b
	.quad 0xc00fffffffffffff, 0x7f80000000308f71
	.quad 0x96b3504af550ab50, 0x7ff040d99b77bdb2
	.quad 0x407ffffe38880000, 0x7fd0000000000000
	.quad 0x7ea84bdaf99dfa7c, 0xc021fdf172dd2645
	.quad 0x13d1c14bbcdc886a, 0x7f5e567103d16cdf
	.quad 0xfffb3647c7000000, 0xc009ce6a603625cb
	.quad 0xc013000000000000, 0x8008000000000000
	.quad 0x0040000028b95a1e, 0x8000000000000000
	.quad 0xad84cdc8c87e2a80, 0xfff7b58125eba6e0
	.quad 0x800000007f800000, 0x7fd0fa71c24dc8bf
	.quad 0x0c6a38f717484b83, 0xb65b89d98d23591f
	.quad 0xbfe8000000000000, 0xce7bb1c6f3f27dd5
	.quad 0xbca85407ffdefffb, 0x3f17800000000000
	.quad 0x08dcc26f01000000, 0xc05fc1a8f5e05b0a
	.quad 0x03a68d1d7da52198, 0xbf7779fe360c0000
seed26:
	.quad 0xfffffffffffffefe
	.quad 0x8000000000000000
	.quad 0x15d2823d3d70843b
	.quad 0x0000000000000016
	.quad 0xfffffffedc1a8448
	.quad 0x44aecf72ad375ba6
	.quad 0xfffffffffffffe07
	.quad 0xffe9fbd4eae966d3
	.quad 0xebf9b438da791b76
	.quad 0xfffffffffffe3dc3
	.quad 0xffffffe59370cd5f
	.quad 0x0000000001000001
	.quad 0x00037d563f61983b
	.quad 0x00000000ffffffff
	.quad 0x000000000000f39f
	.quad 0xfffffffff74d22f0
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x4000000000000001, 0xffe500bf73a176aa
	.quad 0x8000000000000001, 0xff800000807fffff
	.quad 0xb916272c385a7aef, 0x7f80000041d1e384
	.quad 0xfe3a052e77c3b1f5, 0xf84788f5fff5ab37
	.quad 0xaf077866c7864d2a, 0x3f80000040339e90
	.quad 0xff7ffffff7c0b61c, 0x29c0d8a76ad7bc8d
	.quad 0x517c99733a897e00, 0x82d7726b22abbe3d
	.quad 0xf62713be03e37e00, 0x02fd9f31b9ff7ff9
	.quad 0xc66a25beff8649de, 0x40347594f4ae8e40
	.quad 0x400fffffffffffff, 0x0000000100000000
	.quad 0x4021c10f5dbb1517, 0x1394c8216559c18c
	.quad 0x3b43b5d29d0ae971, 0x46a0000080000000
	.quad 0xf5ebb7f63b99b023, 0xedd466d37d6e7ccc
	.quad 0x8000000000000000, 0xff800000c1080000
	.quad 0xd3327f4aced9bfff, 0x2827cf9e40900000
	.quad 0xf5c859d626dbaa31, 0x7f8951a03f7b5ee4
	.quad 0x3f10220401000000, 0xf4a3bc8fffad7e67
	.quad 0x8dd52db4f7bfcfec, 0x60e9dadd7fc00000
	.quad 0x0137afa24cdbbb06, 0xc08c00007b03d4ee
	.quad 0x00000000ff800000, 0x0000000000000000
	.quad 0x7fba906729805922, 0xc10600003ffffffe
	.quad 0x6dde12adff800000, 0x80000000c237281c
	.quad 0x7fc0000018a6bdd0, 0x4eafc3923dd50000
	.quad 0x40f2d5317f800000, 0xc078ed849e2ba817
	.quad 0xdcc018a99d34a63d, 0x95be3b997ad2efaf
	.quad 0x3ec6000000000000, 0xcfffffffc14998b7
	.quad 0x0042c57d42c2bf9e, 0xbf4c000000000000
	.quad 0xc114000000000000, 0x1be795ca4f7bf69c
	.quad 0x7b0eeaf47fff3def, 0x8640b04bf098c899
	.quad 0x7c104f4bbf67ffbc, 0x4b8e76463f8303f7
	.quad 0x8059076cffbb6349, 0x5233c7cdb7be8c34
	.quad 0x2ffa0cb9fbfffe7f, 0x723edbd0427f8001
seed27:
	.quad 0x00000000000002fe
	.quad 0x00000000000014c8
	.quad 0x7fffffffffffffff
	.quad 0x007dadaed4e88877
	.quad 0xfffffffffffffc65
	.quad 0xddd29ea5efd2597d
	.quad 0x0000000000000007
	.quad 0x01524ea00fa28b76
	.quad 0x252ab5095b40c6a5
	.quad 0xffffffe87735fc89
	.quad 0x3b78fbb220fc0942
	.quad 0xfffffffffffffe91
	.quad 0x703afac57eb55711
	.quad 0xfff3ec9dacc6e379
	.quad 0x00000000010325a8
	.quad 0xf0b2b753f0afc52c
	.quad 0x04c00000
	.quad 0x80000000
	.quad 0x061fc56200000000, 0xfff6a45b647b3e53
	.quad 0x407acd22152085e2, 0x2f2a4c4a57557c9a
	.quad 0x40f00000ba290000, 0x6fdbe222ffb55def
	.quad 0xaaed812b79f9aec3, 0xd98000007f800000
	.quad 0xae72cb8d89dd0200, 0x454a3733ff27b26f
	.quad 0x2318e37190fefddf, 0x41017d9b80000000
	.quad 0x983d1bffdb30d26d, 0x3da818d21639a17e
	.quad 0x00bf8b2fdebd7777, 0xa54b678e4a5dcf68
	.quad 0xabd3bd13a8c074d1, 0x3354a78ff7b333bc
	.quad 0x7ff641f75a9463dd, 0x98f8cfb4edf8c454
	.quad 0xbf6f025780c450fc, 0xc5ab6543f560fcb4
	.quad 0xb5a412bc65207bff, 0x0f871dc6bfffffff
	.quad 0x4024400000000000, 0xc34fb2db00000000
	.quad 0xc3fffffffffffffe, 0x7ff0000000000000
	.quad 0x8000000000400000, 0xde959c5e9c52b3de
	.quad 0x7fa551c87f800000, 0x92808d163ed41bb1
	.quad 0x768ac096ec815a3a, 0xc3effffffffffffe
	.quad 0xc05a28ba68bb2337, 0x3b7800007f903a30
	.quad 0xde82fb15ef75517b, 0x46b50000bd560000
	.quad 0xc0100000fb7ca324, 0x0000000000000000
	.quad 0x7ff0000000000000, 0xbee017b5ffaf7968
	.quad 0x5d5f40ac555c6b90, 0x7ff8000000000000
	.quad 0x076e5f46ffffdbaf, 0xef0866d200000000
	.quad 0xc1efffffffffffff, 0x8000000000938bcb
	.quad 0xa847ddcfeef3feff, 0xdf848959dcc8b351
	.quad 0x3c57ccf7ff800000, 0x3fb604162db37a09
	.quad 0x25c67e3effb9fbe8, 0x966bac617f8fb58e
	.quad 0xc2efabcdd2ffffff, 0x228447e991d7bfd7
	.quad 0x8000000000000001, 0x7eef14ee4fdb8f56
	.quad 0xfff24e75185774cf, 0x7fa0061ec0200000
	.quad 0xfff0000000000000, 0xc07ffffebbfd0ecd
	.quad 0x3ffffffffe3228eb, 0x9457515080400000
seed28:
	.quad 0xffffffffffffffde
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0xffeff1a7172a2d63
	.quad 0xffffffffff98b103
	.quad 0xfffffffffffffd91
	.quad 0xffffffffffffffff
	.quad 0x63aa8ebfda087587
	.quad 0xffffffffffffff38
	.quad 0xffffffeee9b28c56
	.quad 0x0000000080000000
	.quad 0x0000005596aa8d16
	.quad 0x0000000779ae8f7b
	.quad 0x00000000ffffffff
	.quad 0x64918a9d83cde42b
	.quad 0x000000000000022b
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0xe3bc9697c0438688, 0x43ece6fef8b53b4d
	.quad 0xbad2b2f28febba2a, 0x40c00000ec4b5f96
	.quad 0x3b82c1b055269378, 0x1c5a55e9646cfbff
	.quad 0xef20b8ae7fc00000, 0x409000008022792d
	.quad 0x00460a085b9dbfbb, 0x3d9630ba40f00000
	.quad 0x5f7fffffff800000, 0xc0c800007fe9bbac
	.quad 0x888a35fdc8bdfe7e, 0xbe121e59bc9eb73a
	.quad 0x7ff213e02370c204, 0x800000004f7ffffe
	.quad 0x69a3c8ea5ff7ffef, 0x40127a9616fd0423
	.quad 0x8ba3bde552cd525e, 0xbe0000007f03b14f
	.quad 0x4980000000000000, 0xafd628a02de602ba
	.quad 0x40a9a00000000000, 0x2fa49313bd5ab78b
	.quad 0x03f9f637aabebdda, 0xbfe74ee27df27c13
	.quad 0x7fd0000000000000, 0x380000000c286664
	.quad 0xbf19d8bf54833f90, 0x64fdfbdbc7404308
	.quad 0x019e85055dff0ed7, 0xb7a8dedc7f7fffff
	.quad 0x8000000000000000, 0x733c587c0566fbff
	.quad 0xc018800000000000, 0xbcf683c9ffbd38c3
	.quad 0x8000000000000000, 0xd9bb1875c0200000
	.quad 0x6913e24ad2feffff, 0x8000000000000000
	.quad 0xbfb561de7fc00000, 0xffc00000c5313501
	.quad 0x4000000000000000, 0x972b41fcff0f8000
	.quad 0xb8332c3cfbcdff17, 0x6c6726b0bfebcffa
	.quad 0x0dd38ed97ed986f1, 0x7ff0000000000000
	.quad 0x0c690415ad71003d, 0x80109d17482bdcc5
	.quad 0x76ba6e84e72dc5d1, 0xc0537238c1595ae1
	.quad 0xb07e0b33ff7ffd40, 0x006c31a7cf800000
	.quad 0x33f2c7c296937960, 0xd9800000bf5d3879
	.quad 0x3fc00000f0c521e0, 0x75643957fa46bf00
	.quad 0xfff0000000000000, 0xe46b2354ff7ffe2b
	.quad 0xea462ca3ffe0fc00, 0xeee33d39ffbf7aec
	.quad 0x8043266741298753, 0x45c00000817eb9f4
seed29:
	.quad 0x000000007fffffff
	.quad 0xd35a164cdacd816e
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffb683e
	.quad 0x4ca8b5160a1ebf58
	.quad 0x386b109a292be6b8
	.quad 0xfffc36736fe5b4ca
	.quad 0xfffffffffffa50c5
	.quad 0x0000000001000001
	.quad 0xfffffffffffffcb9
	.quad 0xa25825f7f96298a0
	.quad 0xfffffffffffffd1f
	.quad 0xf1654e4d76050c3b
	.quad 0xfffffffffffff55c
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x8010000000000000, 0x80efc579e1897ea1
	.quad 0x091121f56858ea00, 0x40e0000000000000
	.quad 0x3ce20a1dc12be54e, 0x7bbb12e57f800000
	.quad 0x7ebfde7dc06405bd, 0x9d15430edbc3ffc1
	.quad 0xfb3cc0a56b93476c, 0xbfc09e34cac031f9
	.quad 0xc00e000000000000, 0xfff0000000000000
	.quad 0x407ea5f884cefb32, 0x3f9554bbf54a7cd4
	.quad 0x4015000000000000, 0x7ed3ae8469a2f455
	.quad 0x40f8000000000000, 0x401d000000000000
	.quad 0x4207f344c39cb740, 0x3be80000ff800000
	.quad 0x99e949a46dabfc00, 0xfff0000000000000
	.quad 0x017c0a9a761fca12, 0xc2622874cf000001
	.quad 0xffdff298215000de, 0x7e9bd6785a744579
	.quad 0xd323b4a53f900000, 0xa985efd7b558ab60
	.quad 0xedad7a9efb99fc3b, 0x8f9d3503f1e6d024
	.quad 0x9906e5d59e2d8000, 0xbae69d837a51a60a
	.quad 0x8ed96036d8cde5bf, 0xc0600000ffcf5575
	.quad 0x99b97adc1e237d40, 0x26d85fbe8a2d4080
	.quad 0xe263d3d9e963a159, 0xc1000000c950c5b0
	.quad 0x8000000000000001, 0xa7243911cbfdfcc5
	.quad 0x840ddc912300eb82, 0x017fffff47800000
	.quad 0xbe61330d3ffffffe, 0x8394509db6dfe5df
	.quad 0x6e004fa90d617d63, 0xbf27800000000000
	.quad 0xecb7305f7f9d4281, 0x827e2d14b61eb4e0
	.quad 0x3fb2000000000000, 0x6bf305e81322db25
	.quad 0x5a000001007fffff, 0xc3baf33dc0c40000
	.quad 0xbec000005bc74321, 0x2941c683256cfc72
	.quad 0x609177693c009470, 0x1666e7d47fc13b00
	.quad 0x7f9ecccc7f840f86, 0x7e872a97e4139822
	.quad 0x8309766250817a71, 0xfe78b80b219c1da8
	.quad 0x7f8000008013fcbd, 0xbfabbb03645b29bf
	.quad 0x8000000000000000, 0x000fffffffffffff
seed30:
	.quad 0x9f185593ee7a2072
	.quad 0x000000000000011d
	.quad 0xfffffffffffffea5
	.quad 0x23995f4c190ce503
	.quad 0xffffffffffffffa5
	.quad 0xfffffffffffffc95
	.quad 0x2c27585a92cdd1d1
	.quad 0xdd4aec2abdd5899b
	.quad 0x00000000ffffffff
	.quad 0x1befd96d4ec66892
	.quad 0x001752eac395737b
	.quad 0xffffffffffffff19
	.quad 0x000000000000020b
	.quad 0x0000000080000000
	.quad 0xfffffffffffffdbf
	.quad 0x0000000000002b93
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x01ff1773a8dfbb84, 0x400ffffffffffffe
	.quad 0x7ff8000000000000, 0x3c2b101680000000
	.quad 0x52f3765eff800000, 0x801e55853bfce815
	.quad 0xc1efffffffffffff, 0xc080000000000000
	.quad 0xd71d19110008ebc4, 0x017fffffc2bbc2eb
	.quad 0xff10746e29c3f297, 0x8000000000000000
	.quad 0xc00a000000000000, 0xff86c4a8ff77ad53
	.quad 0x4078400000000000, 0xdaff50bef7fb5fb0
	.quad 0x92a413b1bebffc0a, 0xfde274c77fc47c00
	.quad 0x00fad7ddff8cfcd1, 0xbff67b60cffbede3
	.quad 0xa6d1316939514120, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc022c00000000000
	.quad 0x41fffffffffffffe, 0xbe800000ffc00000
	.quad 0x6866d1d0e9572460, 0x53732ef4c7ffffff
	.quad 0x3fa75733bb540430, 0x7f80000042cd78e4
	.quad 0x3ffd4360fa0ea3e9, 0x4d5aaaf17fefeb7f
	.quad 0xe8893ee921309ea1, 0xfd8199685593ac66
	.quad 0x4fb3b384ffeac974, 0xb0a9fb05c49f8000
	.quad 0xf650c4c2ffbfe3ff, 0x807fffff42e7a928
	.quad 0xb64a06cefffe3f59, 0x958b198a7ae58000
	.quad 0xff4a1e2dd277de3b, 0x89655d3360228000
	.quad 0x36c4f0bad57fcff5, 0x9aafd64171ecda78
	.quad 0xf0d6adc9435dbf12, 0xc00ffffffffffffe
	.quad 0x8000000000000000, 0x800000006f5810c7
	.quad 0x73084f10242b72c6, 0x7f0000007fc00000
	.quad 0x403f1c5a3a0bb8b8, 0xc65a653bd2a08667
	.quad 0x01d344f24404bd40, 0x00ffffff7883fd2b
	.quad 0x3ea72b92b5d00000, 0x1700ab5b4034dccf
	.quad 0x81f184e14220d0a3, 0x8a63fa62ca6f7ba3
	.quad 0x255a7933e4b99b75, 0x8000000000000000
	.quad 0x8c3eace83b7fd382, 0xaa0a775bcd84c0d9
	.quad 0x7ff0000000000000, 0x9f07ff1fac01f821
seed31:
	.quad 0x0000000080000000
	.quad 0x00000000000001db
	.quad 0x00000d8fce7c3ddf
	.quad 0x0000000000000000
	.quad 0xffffff6cb1192b24
	.quad 0x0000000000000005
	.quad 0xfffffffffffffb5d
	.quad 0xfffffffffffffc64
	.quad 0x0000000000000028
	.quad 0xfffffffffffffff9
	.quad 0xffffffff80000000
	.quad 0x9b94f331d0e3878c
	.quad 0x00000003c16c8438
	.quad 0xffffffff1bc38555
	.quad 0x68dab2a3fb936c7e
	.quad 0x0000000080000000
	.quad 0x03000000
	.quad 0x30000000
	.quad 0x2e7ef7293c5ffc00, 0x8000000000000000
	.quad 0xbf8c7ac25b1d1266, 0x4083a00000000000
	.quad 0xac92c51546036db2, 0x70b7d945bfd47c00
	.quad 0xc00c000000000000, 0x2fb780a3ff9bbf6f
	.quad 0x3fe0000000000000, 0x380c00003c95991e
	.quad 0x95d633651a94adea, 0x1e70527d7ff7a914
	.quad 0x7ff8000000000000, 0x5c8e1a9dbddff965
	.quad 0xc014800000000000, 0xc164352f80000000
	.quad 0x51058977bd36f800, 0xff17f07541e1a7ec
	.quad 0x41200000d9ffffff, 0x3baac6007fbe9c08
	.quad 0xf7a7c1f07f7fffff, 0xc1f220bcf4747c00
	.quad 0xdd9dd5e648ba4186, 0x803f2004cf800000
	.quad 0x43647cddff953048, 0x1ed0a5f1bee7fbfc
	.quad 0x40bf100000000000, 0x30ec3d31ffffbfeb
	.quad 0xda7ffffefe07b0b3, 0x00004eda36fe8747
	.quad 0x32875590fffffffe, 0xdd2ffa28c1123740
	.quad 0x7b745e2075ae49a4, 0xfff0000000000000
	.quad 0x6853c6feb7030370, 0xc34ffffffffffffe
	.quad 0x790f6f36ffb7be72, 0x7f23138613fd71fa
	.quad 0x5ffffffe7f9ac80a, 0x1241c8f0f9cd59d3
	.quad 0xbf7fada495d4a6b4, 0xbff0000000000000
	.quad 0x3fe0000000000000, 0xfffe8259ff800000
	.quad 0xbc0b744701000000, 0xc460a00366967e00
	.quad 0x7d90a0c01763f68e, 0x400fffffffffffff
	.quad 0xe96dec59b64247f1, 0xfeffffff3e1727c9
	.quad 0xc015000000000000, 0xc04401fdd9af48a5
	.quad 0x3bd00000ff7fffff, 0xfff3f16282adaa3e
	.quad 0xf1c0ca39de70c840, 0x89a65fc988a4ec42
	.quad 0xe8f26313aa9d154d, 0x4d17897c5a26a5ab
	.quad 0xa22458170b827814, 0xc93a2df96cc9532e
	.quad 0xffc3f6e070063260, 0x3f004d2fa1b007d4
	.quad 0xffc00000c34b20f4, 0x4ae70dbe94cac538
seed32:
	.quad 0x82324852d7b0c7e7
	.quad 0x2f16d826ebac80ce
	.quad 0x356930ef0fc5b581
	.quad 0x00034e5f44b017ca
	.quad 0xfffffffffffffec2
	.quad 0x0000000000a38d8f
	.quad 0x6578adda3b6f4818
	.quad 0x2859b826d00c4f71
	.quad 0x0000000000002d33
	.quad 0x000000194f04d26d
	.quad 0xffffff6debc9f484
	.quad 0x00040a1171e095bc
	.quad 0x0000000000000000
	.quad 0xffffffffffffffb7
	.quad 0x0000000100000000
	.quad 0xc4ac1540bd4626bc
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0xf2ce7522ff800000, 0x3ff8000000000000
	.quad 0x3fd0000000000000, 0xbb8e573dc7600000
	.quad 0x4f6f5f2446405146, 0x1d53b654c818f884
	.quad 0x8063dcf6feff120c, 0x3fa0000017da7d69
	.quad 0xf2cb99f32c67c0b3, 0xefe067e83f376e9b
	.quad 0xc22f07bac12025fd, 0x000000001ce039e8
	.quad 0xc68ec90d56482570, 0x801718fc4640dabf
	.quad 0xdc1345bfe2b7fe00, 0x3dd31198001826cc
	.quad 0x03ccceb2dae375cf, 0x91acc86bf7aefb53
	.quad 0xff31c43d9a871137, 0xea4fba449bf5feeb
	.quad 0x6412279cfff03fe7, 0x11b488d4722195ae
	.quad 0xbcfe64099c366bf3, 0x7ff582bc66c112f5
	.quad 0x7ff61cc2af3e9778, 0x482e8aaf61bffc00
	.quad 0x24f6e9569f31c580, 0x3ff4a08cdcca2ee1
	.quad 0xc08a400000000000, 0x92c9bd22cccab66c
	.quad 0xbcfe61fd7f91e842, 0x7c8aa8e6f0dda428
	.quad 0x0aec46a4ebc64fc2, 0x4042a70d35552dba
	.quad 0xb77872b16bfffb6e, 0xf6bad799ffb5ff77
	.quad 0x0000000000000000, 0xcf544320e660ff60
	.quad 0x4032f553a76d5471, 0x03bf3004b9577278
	.quad 0x090a672c34eb512c, 0x79ddebb4ff81fe88
	.quad 0x59becf4149e780a2, 0xc3a000005a000001
	.quad 0x3fd5f5f8a48cd712, 0x5ebb1009d10bb94f
	.quad 0xbae0000080000000, 0xbfe24fd659addc64
	.quad 0x80a4da6edcfdeac8, 0x3b7c42517fc00000
	.quad 0xcb4f129f817fffff, 0x6c048fddffbda4df
	.quad 0xb047c779ffd7ff07, 0x31d6f9b53e95b8c1
	.quad 0x5f9272d7babaa9b0, 0x00045792c3daa436
	.quad 0x3c61438c8b64b772, 0x77f7da87ff800000
	.quad 0x38d9340b59d13125, 0x774cc40ec3fff7c6
	.quad 0xa175bcae744dfcfb, 0x827be8c66fac0e63
	.quad 0x80fe372ce404581d, 0xbd1ad3dfec4c0a63
seed33:
	.quad 0xffffffffffffff49
	.quad 0x00000a7168ec5a30
	.quad 0x7d07073c9908289d
	.quad 0xfffffffffffffffb
	.quad 0xde5eb8dcec15645b
	.quad 0x0000000001000001
	.quad 0x63988b9f3eec0387
	.quad 0xe9c8969dac530cbc
	.quad 0x00000001f3cb9f3a
	.quad 0x00000000000001e1
	.quad 0x00000000ffffffff
	.quad 0x000000004cb7e152
	.quad 0x0000000000000001
	.quad 0xde10b68d1a3fbf6f
	.quad 0x00051a4d44d7d8c7
	.quad 0x7fa0b1f1a146e8f2
	.quad 0x00400000
	.quad 0x80000000
	.quad 0x56199bed9dfb8fa4, 0x43a86b247fc00000
	.quad 0xc34fffffffffffff, 0xd84c143effeefd5f
	.quad 0x4010800000000000, 0x03260cb89bfbb900
	.quad 0xeda622f37fc48c5b, 0x000000007f854893
	.quad 0x411eb2dd439f8973, 0xc07fffff00000001
	.quad 0x001062e542be4aec, 0xfff5512a49927171
	.quad 0xc00190b734fe48f0, 0xcfd17bfc807fffff
	.quad 0x7ff8b381d3dcc283, 0x328b12846ac97e00
	.quad 0x52a4afeb7f7ffeb3, 0xbff0f6bec9dc8185
	.quad 0xf0c8e7b6da7fffff, 0x000000003b6c0000
	.quad 0x73e7a3423b000000, 0x3f7c48db5f2d2b75
	.quad 0x403a000000000000, 0xc0fc165955d5c45e
	.quad 0xe97fa70d30467bff, 0xffec2a0cbbaaa780
	.quad 0x406df66cd95f4964, 0x404e28f4b01ee42c
	.quad 0x77625879d7f03640, 0x7fbd23757d1e2296
	.quad 0x9985fdc73da57400, 0x9777918940965771
	.quad 0xa71520f7bfaa7677, 0x37f9217ac333bfca
	.quad 0x7ff7ab364505d08e, 0x283886ddc10c0000
	.quad 0xbf98000000000000, 0xa91e96d7d37fffff
	.quad 0x616e4af87f8cb3a5, 0x9a6f2e3896b5fc00
	.quad 0xf9f992e5f55af1f5, 0xc1d1a123855f03f0
	.quad 0x2403984b9fc375ec, 0x409c35d337000000
	.quad 0x01d3a39a6eab7392, 0xd9800001bd4ab41b
	.quad 0x767ec386d265e1e0, 0x3ffffffffffffffe
	.quad 0x1b2d50947f800000, 0xc0a9090a80000000
	.quad 0x7f96de125ff38f39, 0x954b6eccf37ff8b7
	.quad 0x411c0000005dcc8e, 0x000000003a7f0000
	.quad 0x7a4a03d1d9ffffff, 0x743ac02edbcffe00
	.quad 0x567fe409f7daedb1, 0xe7a2c26fc9c5cb2e
	.quad 0x7f800000bb1826cd, 0x7effffff81685e7f
	.quad 0x8291f2a0d9fffffe, 0x80ed51047c878000
	.quad 0xe78ca49c8687cfb5, 0x120370fcefd7bdbc
seed34:
	.quad 0xffffffffff97d9be
	.quad 0x0000000000000000
	.quad 0x0000000000000348
	.quad 0xffffffffffffffe8
	.quad 0x0000000000000001
	.quad 0x3dbf997e28f0e32e
	.quad 0xffffa4d6b8059a6e
	.quad 0xfffffffffffffe3e
	.quad 0x000000000000000f
	.quad 0xffffffff80000000
	.quad 0xfffffffec256673e
	.quad 0xfa4b4c1041cbba64
	.quad 0x5260de82d8282699
	.quad 0x4a221ca710470c9c
	.quad 0xef2024d1c69c1f87
	.quad 0xc38477bfd3bc5645
	.quad 0x01800000
	.quad 0x60000000
	.quad 0x3f4000000a280cf9, 0x40d0000000000000
	.quad 0x1d9782b8ff800000, 0x1ef7f3c0f1678374
	.quad 0x5bba23627cae7926, 0x7f93809af0b5d0b8
	.quad 0xbfe29f6ed2406180, 0xffbc665c42e8578f
	.quad 0x404a8a476bf4aa05, 0x24bb52c1e9e80323
	.quad 0xf6f7fcffbddfdda5, 0x8000000000000000
	.quad 0x5467eadb675a8750, 0xbf89800000000000
	.quad 0x0449cf01ff800000, 0x0b9218409606d5b1
	.quad 0x7ff8000000000000, 0x802d285379870b92
	.quad 0x00000000a812845d, 0x02ef21e7d0fa2593
	.quad 0xbffa4faa88547955, 0x4f626fffcf5bf76b
	.quad 0x7ff0000000000000, 0xfffd704fc614c4f5
	.quad 0x00525e325f59c624, 0x0000000000000000
	.quad 0xff821ad8bccd229d, 0x19737620f6050a6d
	.quad 0x1f30dcb71d785843, 0xbfef1d03e95a9284
	.quad 0x906604de3d458b4e, 0x406ac420ffc3ffbf
	.quad 0xeeba98b62579fc00, 0x40efffffffffffff
	.quad 0x8000000000000000, 0x5c4d1a3ce17df7ff
	.quad 0xaea79422de6f562f, 0xfaaca4f25fbedf7c
	.quad 0x007fffff05f12440, 0x9952b6bf4f5fdf58
	.quad 0xcd5aa3f2fe417e63, 0x8272bcad31a12753
	.quad 0xfff34b7ea899bdbb, 0xb55c6d6fc2477cb8
	.quad 0x24b0aaf0ffaf75ca, 0xa59d40eb3a500000
	.quad 0x7f800000b7c80000, 0xc772df3e77f3e35e
	.quad 0x80231d32ef2ab06c, 0xc0a80000c0f00000
	.quad 0x3e9862ffae780200, 0x41ffffffffffffff
	.quad 0x43a11b986f985336, 0x8012607ac07ffffe
	.quad 0x7b4ac39477670000, 0xbff6000000000000
	.quad 0xff0000007f11fb6a, 0x3b75b4ffdb5f7df7
	.quad 0x46df0b7a84ad5cc0, 0xd9c9399844eefd5c
	.quad 0xc221cebb191c1857, 0x786c84e77fab4cce
	.quad 0xffc0000042400000, 0xfe3762c19c70e2a7
seed35:
	.quad 0xfffffffff9b838fb
	.quad 0xfd584b3119627f15
	.quad 0x000000000000624b
	.quad 0xfffffffb8ac5b539
	.quad 0xfffffffffffd024d
	.quad 0x0000000080000000
	.quad 0x4f3f833c7bdb4c55
	.quad 0x811556615702e6e8
	.quad 0xffffffff9949083e
	.quad 0xffffffffffffffff
	.quad 0x0000000000000112
	.quad 0xfffff18d26c37029
	.quad 0x000000973a0a28f1
	.quad 0xbf480d78ae4f0081
	.quad 0x2da9e7d8be4ae841
	.quad 0xfffffffffffffd16
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x4032dd4b18fff0ae, 0x018885fd18acddcb
	.quad 0x9909be87defe03ff, 0x00000000ffb61840
	.quad 0xd93747ffffffbf77, 0x75ed4cf0c379cc48
	.quad 0xe54b3e9043b44522, 0xdac80bd501685dc2
	.quad 0x4107000000000000, 0x400e000000000000
	.quad 0x1c922abf573ffe84, 0xdac0d300df0032ae
	.quad 0x7f80000001000000, 0x80000000f05882dc
	.quad 0x400c796f39d24145, 0x429e2748ff874e94
	.quad 0x03194200e1df079b, 0x3c45f92000000000
	.quad 0xc01f000000000000, 0x7f62400a80000000
	.quad 0xc06ad792c0380000, 0x53372c310f6b4040
	.quad 0xc059a1733dc99691, 0x0000000000000000
	.quad 0xf0022c9affcc69ed, 0x0beae75c3bdf2c54
	.quad 0x910b1220725e7a73, 0xbe1a148ebae00000
	.quad 0xfff0000000000000, 0xbde8c193be1dd39e
	.quad 0x40097e079277c6d0, 0x7f9af4e3be830b6a
	.quad 0x6fb598bb52190269, 0x7f01f12936ebaebb
	.quad 0xd1a68a334c42a812, 0x400702bff6f9d571
	.quad 0x7e8000007f800000, 0xc2c28b7135e00000
	.quad 0xae835e56dd95ef00, 0x5b406b67c29df7af
	.quad 0x387705e4fffa0780, 0x437592717f800000
	.quad 0xfff3d1f5f417da4c, 0xdb2fc4f68d658eda
	.quad 0xc11800006f4d3653, 0x83b18dd15013e80e
	.quad 0x40b7800000000000, 0x0000000000000000
	.quad 0x411c72957e3885a4, 0xbcff176aebd9913a
	.quad 0xbfcb3f7916026a81, 0x352b2f9eddbf3f49
	.quad 0x9c06b1a1bcd72e00, 0xc330000000000000
	.quad 0x36b29a124380388b, 0x80000000ffc21baf
	.quad 0x2d9a2bdbcf7ffffe, 0x89e31e4dae622beb
	.quad 0x7f000000bc3daef6, 0xfff8000000000000
	.quad 0x0000000000000000, 0x31b430056ba887b3
	.quad 0x6c6db14643f403ff, 0x7ff64f09787f6129
seed36:
	.quad 0xffffffff80000000
	.quad 0x0000000004a4d8ca
	.quad 0xfffffffffffffef7
	.quad 0x0000000000000076
	.quad 0xffffffffffc552a9
	.quad 0x0e65aaebbfdacf3b
	.quad 0x0000000000074fa5
	.quad 0x104d5426e79c8ea8
	.quad 0xffffffffffffffa9
	.quad 0x000000000000fb3b
	.quad 0x0000000000000076
	.quad 0x9e77863a4231001d
	.quad 0xffffffffffffff30
	.quad 0xfa393363ffb190fc
	.quad 0xffffffffffffc5cd
	.quad 0xbb6c551a0d07cca2
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0x43b9dd513fd22388, 0x4069b7dbb81898cc
	.quad 0xb88ef4a540fb5577, 0x7a3c98f1ffaffc67
	.quad 0x4330000000000000, 0x0000000000000000
	.quad 0xbf909b8eda2528b9, 0xffb3ea2022a5bc40
	.quad 0x025dcd34c1ddb409, 0x80800000ffd2cd0c
	.quad 0xf0f47dcbff8e2ca3, 0x7ecf761dd25761f9
	.quad 0x5540b12df49a037e, 0x0000000000000000
	.quad 0xfe9c4de8af5f4dc5, 0xbfd06e3dd3d17b52
	.quad 0x764ea9287feff750, 0xed0bd2663005476a
	.quad 0xff826fba2c2dead7, 0xfff7796ec0880000
	.quad 0x935489471f1afc00, 0x86e3c7e20e4717d0
	.quad 0xa8b97cc9e6013a00, 0x83a17d007fca421e
	.quad 0x41100000ecebf4af, 0x0010000000000000
	.quad 0xfff67712f8c7a021, 0x8000000000000000
	.quad 0x72fc05ee17e7f260, 0x8000000000000000
	.quad 0x7fe98e9e401dbaf5, 0x3a2400002b60adfe
	.quad 0x3ff52f69566e1bd8, 0x82969d1f253fa5ee
	.quad 0x3fef83ee2cc84263, 0xde454fb0e08247fe
	.quad 0xd9e90a563868e05f, 0x05d02bfa95aacef6
	.quad 0xbf000000901e7bde, 0x40ffffffffffffff
	.quad 0xfff139bc42e3203c, 0x9b253d867f800000
	.quad 0x0ce47572f3fe7e00, 0x0008000000000000
	.quad 0x41e0000000000001, 0xc092000000000000
	.quad 0x002544390ea2c551, 0xedb4c8affab5fdc5
	.quad 0x5a2ac076f98fb77a, 0xbe827f4100629e74
	.quad 0x565461b3fffdfdaf, 0xf0fa0e52c3ce038e
	.quad 0xc66f3554a7f2f2ff, 0xc0d0000000000000
	.quad 0xc128000000000000, 0xd7a4d6ab41adffff
	.quad 0x3cf28f5232504ad3, 0xff0da98aff69cfde
	.quad 0xc054758361d8146e, 0x39b800004259337d
	.quad 0xc01c800000000000, 0x0020000000000000
	.quad 0xbbe8814d86b781db, 0x7f4a4831b69918c5
seed37:
	.quad 0xffffffffffffffff
	.quad 0x0000000000109711
	.quad 0xfffffffffdc5e517
	.quad 0xffffffff92a4bbd2
	.quad 0x0000000000000296
	.quad 0xd20557f64f705538
	.quad 0x00000000000000b2
	.quad 0xff0ff5175721eff1
	.quad 0xe7ed250eb9f84a9c
	.quad 0x213fcd71aefe534d
	.quad 0x00000000ffffffff
	.quad 0xef3dcba79a243f96
	.quad 0x04d4f10b3ed03643
	.quad 0xfffffffffffff3df
	.quad 0xa74f4dfe6573be61
	.quad 0x00000000000002e3
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xf2e5e809eed305bd, 0x8f10fcb042c0d908
	.quad 0x8000000000000001, 0xde0d450bfdff2777
	.quad 0xfd79e7d5c118055e, 0x18557f7395b4fc4f
	.quad 0xc30a92848017e709, 0xbea04c7e79963241
	.quad 0x38fbdaa7ffbaa6c0, 0xfa46e18eff89fef7
	.quad 0xb92efe453c520000, 0x0050b3d0e29a4f88
	.quad 0xda1a833c7fa18180, 0x4e921e2a359a4ac6
	.quad 0xfe03dcae2990aace, 0x7ff43a4ba5c4b55d
	.quad 0xfff6673c85357202, 0x400fffffffffffff
	.quad 0x747805dbc10e0000, 0x7fee9dded57b9c1e
	.quad 0x784acce412b8aa19, 0x007fffffffcec33b
	.quad 0x7a3819bdfedde7f7, 0x6f3a8dbad4d73a00
	.quad 0x444000003df6ab87, 0x3e630601b1e55c19
	.quad 0x3ff5f727e7f96fa7, 0x5f7ffffebbc68525
	.quad 0x0093b39640e80000, 0xbb5abe00ffed7b43
	.quad 0xeb2af88f3d91fa23, 0x61b15dd1abbf9b54
	.quad 0x012239626486a1d1, 0xf4f59af471d2fd8d
	.quad 0xe7eeb6a83be022db, 0x1654b5bae73ffd7e
	.quad 0x39546f04fff5d7fc, 0x3cd88c2400000000
	.quad 0xff800000bc6cc67c, 0xfff0f87f0552e819
	.quad 0x7ff2a133bedf6692, 0xff45f43c5b3599b3
	.quad 0x2b5ec58e56df9dfe, 0xff7fffff80000001
	.quad 0x4018400000000000, 0xddb8ec7ac87c836d
	.quad 0x8648ee92ccfbbbab, 0x8008000000000000
	.quad 0xfff8000000000000, 0xbd6b1c5f7f7fffff
	.quad 0xc037ec8d661127bb, 0x800000004346479c
	.quad 0xffd46c3f8980b316, 0x7ff0000000000000
	.quad 0xd288f055bfb7d13d, 0x139a20e97fa8fc24
	.quad 0xa3c9e8d3406306e9, 0xc367313cfea18400
	.quad 0x57c6cc29162b07ff, 0x378c0000ebf1538c
	.quad 0x273a64bc7d8043fe, 0x5151834cf9c9fd6a
	.quad 0xfd29d8045ed6ffc1, 0xfff1b92127aff605
seed38:
	.quad 0xffffffffcb835639
	.quad 0x1cd508b5197a8025
	.quad 0xd69101187277533a
	.quad 0xffffffffffffff54
	.quad 0xffffffff80000000
	.quad 0x000000000000030b
	.quad 0xeefe407be56bbd15
	.quad 0x3d95d29e4bd47bb7
	.quad 0x7fffffffffffffff
	.quad 0x064e7c22c2cfa085
	.quad 0xffffffffffffffc1
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0x0000000000000054
	.quad 0x13677f7753354e65
	.quad 0x00000000ffffffff
	.quad 0x05c00000
	.quad 0xe0000000
	.quad 0x7e9b4899f0d013de, 0x3bbc9c9847bce2b1
	.quad 0x80c2c826ca9802e0, 0x815979987fc00000
	.quad 0x8781997ffffdad7f, 0x1a0bfe4e40000000
	.quad 0xfff8000000000000, 0x7f80000000000000
	.quad 0x3dbb718362e8ad9a, 0x3f88cbee36d9aab7
	.quad 0x4f36b5de2bd3fbf6, 0xb7000000c0880000
	.quad 0x3faaa801b7a8cd3f, 0x820950c03e462204
	.quad 0x80037a2c7814ebd1, 0x30355131fd7e0fb7
	.quad 0x3fa6e6650d631aa1, 0x4efc73bd71c60d6e
	.quad 0x40000000804b9d3a, 0xcb28f3ba9eff1a37
	.quad 0x0022704f3f0d15e5, 0x3ffc4d83497c3e11
	.quad 0xfff0000000000000, 0xffc000007faa9974
	.quad 0x9f72d115eb1fedf5, 0xc09400003f439c20
	.quad 0xbfbc3fb6ffc00000, 0xc02b063051a486c2
	.quad 0xa76732d27f5d3af1, 0xcab6bb0767800200
	.quad 0x0000000000000000, 0x3fa135798b64cc5c
	.quad 0xbb0061861ece7391, 0xe35ee154b8c3d58d
	.quad 0xb9e4414467af0000, 0x1c6f4200ff275d16
	.quad 0xffd627f26d3dbc65, 0x7f80000046500000
	.quad 0x41330b6d3c240bed, 0x0281c52c00ffffff
	.quad 0x85e97d11a6b30000, 0xc330000000000000
	.quad 0x6bf9e302ff4832a4, 0xd0cf47f1fffd87f6
	.quad 0x2c5100df54f09ee8, 0xeed08ab2c7000000
	.quad 0xf7964bb6dbb07bff, 0xe82ca16ec05680a9
	.quad 0xffb50e9c4f32f493, 0x0ea3016effdf3a00
	.quad 0xf12293bb3d194d8e, 0x3db5ba2ef2b49754
	.quad 0xff8000007f800000, 0xe64bd58ecdbc44c0
	.quad 0xf9499e7ed750fa27, 0xffd0000000000000
	.quad 0x7e80000000000000, 0x3f6dcf137fc3002d
	.quad 0x9005ee8af6577fad, 0x99a947e553c57ddd
	.quad 0x7f7fffff817fffff, 0x443f865cedd34e8e
	.quad 0x0a074d283ac33100, 0x71042af780400000
seed39:
	.quad 0xfffffffffffffdb2
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0xec783d7698a7bc38
	.quad 0x40beffb9d8bb6f73
	.quad 0x71cef62d3e2fe9e8
	.quad 0xffffffffffffcc8b
	.quad 0xfffffffcd2784db9
	.quad 0xfffffffffffffd90
	.quad 0x000000000000000b
	.quad 0x7317f651d03147d1
	.quad 0x3a98a6d9070b16ea
	.quad 0x000000007fffffff
	.quad 0xffffffffffffff0d
	.quad 0xfffffffffffd6b2f
	.quad 0xd73f5a1f23ebc673
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0xb922692fc5f7fe77, 0x7ffee4d0bd000000
	.quad 0xd0cfa3ee10de25bc, 0x0000000000000000
	.quad 0xc7953b89f2ebff27, 0x806c2212b03f91de
	.quad 0x8006de71da246e42, 0x7f000000ffe8e93d
	.quad 0xa003b55e3ba0df9d, 0xddb29cd03d957f3c
	.quad 0xdd0ff3317bffffff, 0x6cc80ac8ff7da670
	.quad 0x800bf90e7641b95b, 0xc000031063d6a56f
	.quad 0x3f28bbce45ed8a03, 0x000c2cf24cfac1a9
	.quad 0x429bf79f3c8787b4, 0xc021f2a84447536d
	.quad 0x565fb6c8feb6e525, 0x002d1b834a2c0058
	.quad 0x400c000000000000, 0x8000000000000000
	.quad 0xe62918c56b3373f7, 0x401e000000000000
	.quad 0x34d4be01d48ca890, 0x8000000000000000
	.quad 0x011035d8e9ed7e00, 0xc380edd100000000
	.quad 0xc0c6352ad9800000, 0xfff0000000000000
	.quad 0x47fffffe80000000, 0xd427318b697f8a66
	.quad 0x00000000be106036, 0xdf6169aadd89b3bb
	.quad 0x28079b1c40e8f9bd, 0x7ff0000000000000
	.quad 0x5b8cd8698dd2077e, 0x9d108b1e6969196b
	.quad 0x3f54000000000000, 0x57731d58c848bc00
	.quad 0xf9293cdfff9621c8, 0x40f0000000000000
	.quad 0x0241b594da067fe0, 0x7fba0cc07fc00000
	.quad 0xfe894ac353b163a8, 0xfff0000000000000
	.quad 0x5a1e744235fbfaba, 0xefbadf8beaab8821
	.quad 0xcf1699ec007d3220, 0xf014f620bf3adab6
	.quad 0xc2f1d9847fb76b65, 0xff95526eff800000
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0x0054915ad13df9c0, 0x7f8c154deecf7d5f
	.quad 0xffc0000042c00000, 0xd70692ddfe370000
	.quad 0x0000000100000000, 0x000be096368d0a75
	.quad 0x006aa65fffc00000, 0x7f257789ad18b6cd
	.quad 0x7fb752cb7f800000, 0x49aee5fcbde5fc00
seed40:
	.quad 0xc57f3e3b22e15451
	.quad 0xfffffffffffffffc
	.quad 0x0000000000000000
	.quad 0xffffffea1090e6d1
	.quad 0x8000000000000000
	.quad 0x9590be46bee393c4
	.quad 0x0000000001000001
	.quad 0xfffffffffffffee5
	.quad 0x0000000000000370
	.quad 0xf1edf5dea147a3a7
	.quad 0xbb4b6d108c20f1a8
	.quad 0x1f61157754fa493d
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x77c44c81019a456e
	.quad 0xfffffffffffffff5
	.quad 0x01000000
	.quad 0x00000000
	.quad 0x00000000fffda065, 0x3d4207a00070a5fb
	.quad 0x7fad55784257192c, 0x50b842dd7f9605da
	.quad 0x144652d379b5da3a, 0x41100000412e597b
	.quad 0x4044000000000000, 0xb51081e7f27fff22
	.quad 0xfa0ada1f924f8000, 0x7fa7ffb5ffe23945
	.quad 0x81502de36bf4b067, 0x017fffff7b026c74
	.quad 0xbfcd279135d394dd, 0xfe7b7dc47fc882e0
	.quad 0x7faab6fb7fd4eb8a, 0x8ed83ff2238953e9
	.quad 0xc3f0000000000000, 0x32ea0e888383fc00
	.quad 0x7ff0000000000000, 0x0000000000000001
	.quad 0x3ae394a3caefff4d, 0x7ff0000000000000
	.quad 0x4028000080000000, 0x7f32413089019fd8
	.quad 0x80fb342d1f1f3687, 0x29b784ccecbe7974
	.quad 0xbd6bc67f7f7b7ff5, 0xc049ccabb0967006
	.quad 0xbec46c82b02bffeb, 0x8000000000000000
	.quad 0x8a68f36fbe7c0000, 0xe1f1b6df7e890340
	.quad 0x4f000001428030db, 0x7fefffffffffffff
	.quad 0xfff0000000000000, 0x7c9deac1b7b12cea
	.quad 0xccfffffe40500000, 0x7ff7c60e6bb7299a
	.quad 0x3fff6b581557cee7, 0x7f8e6459b39c7047
	.quad 0x00800000c1040000, 0xca1c5b3fb674cfc3
	.quad 0x1a9d74a8a89a8000, 0x67f2cbd89dd66abd
	.quad 0x0141ccdab73c0000, 0xc0f800003bd185a3
	.quad 0xe80b3be63dbdb2fc, 0x0058133a0068ea47
	.quad 0xfff0000000000000, 0x410c000047000000
	.quad 0xdf8c7693472bf9a9, 0x80000000807fffff
	.quad 0xfad7e53f00fffc00, 0x8083a741dc2f940c
	.quad 0x939031e22d96c932, 0x3fa918eef7bd83fb
	.quad 0xfe9963551aa2cbd2, 0x00000000f5736ca3
	.quad 0x5886428ce77bde6b, 0x38e55904a50185ae
	.quad 0x7a71827bb93860e4, 0xb6e00000c1a0c6d3
	.quad 0x3fe4000000000000, 0xe1a8d7bc6fb887f8
seed41:
	.quad 0xffffffffed42785e
	.quad 0x0000000000000080
	.quad 0x11faa4c6603f6f4c
	.quad 0x904d05ce7e96f768
	.quad 0xfffffffffffffffe
	.quad 0x0000000000029726
	.quad 0x8f9502640fdb3c96
	.quad 0x3a83e1dc7274552a
	.quad 0x235b493609778ffe
	.quad 0xf18d7f9e8dac120c
	.quad 0xb90756786436f0b1
	.quad 0xffffffedd6909404
	.quad 0x0000000080000000
	.quad 0x93bb696642b43af0
	.quad 0x0000000000000302
	.quad 0x00000251d39035c7
	.quad 0x00c00000
	.quad 0xd0000000
	.quad 0x7ff3918b1136f9cf, 0x1699af496b27c000
	.quad 0x342d443f4dd4ad67, 0x3e0b6e8d3cb0f160
	.quad 0xbe459ee34385ad6c, 0x3c8bbe877f800000
	.quad 0xfbf93f8afff7fafd, 0x7f800000bf000000
	.quad 0x4060000002f9131d, 0x1424d23b169043e2
	.quad 0xc5f0f949ff847bff, 0x66daeb13cac8db80
	.quad 0x80000000c0d00000, 0x2bf8470dffc94ca9
	.quad 0x9d10aae6ffd6bd6f, 0xc3ffffffffffffff
	.quad 0x85fe80c7877f04a0, 0x4399781118bea509
	.quad 0xc023400000000000, 0xc8400000be22336e
	.quad 0x3fd1d9407754d51a, 0xe81912d77fbcfb9f
	.quad 0x80000000bfa00000, 0x4f7ffffec1f28c86
	.quad 0xffd4833fab71707d, 0x16afacd09128ea71
	.quad 0xffe02327bc9b28c2, 0x3be0d252413fac79
	.quad 0x7ea22144e39e540d, 0xed7410208efdcfb6
	.quad 0x7ff778556161adba, 0x7f80000000723ff8
	.quad 0xbfa3be2f092d1868, 0xcaa0659062647880
	.quad 0x4f8f5776cbfffec0, 0x8000000040c00000
	.quad 0x21355ceb227fffff, 0x8000000000000000
	.quad 0x000ecfc5162c8927, 0x84325e930cd08680
	.quad 0x406494e87df9e377, 0xffb1c8ba45a00000
	.quad 0xfff0000000000000, 0x4e900a66fbe67b56
	.quad 0x3f55300000000000, 0x433ffffffffffffe
	.quad 0x4f8000003eac382e, 0x83045bc3a3b4cffd
	.quad 0xc11000007f8b3b6d, 0xbdd4231fc0cd0000
	.quad 0x5c1cbdb06111be1d, 0xcd901da7d77d8a2d
	.quad 0xf91e139d71f18544, 0xff80000080400000
	.quad 0x4995755fe32f058d, 0x6a41f2ccf7ff7d5e
	.quad 0xeb600d6140538000, 0x8010000000000000
	.quad 0xbbd93ef3ff8c37ec, 0x7ff8000000000000
	.quad 0xfe0fdcedb913c572, 0x7f80000000422772
	.quad 0x5f64e534a730ffa4, 0x937fe04497c7fb37
seed42:
	.quad 0x472480da55edbc33
	.quad 0xffffffffffffff67
	.quad 0x2ee530dcb710bc3c
	.quad 0xf2303008f0ac10bf
	.quad 0x00000000000003dd
	.quad 0xfffffffffffffe4f
	.quad 0xfffffffffffffef5
	.quad 0x0000000000235fa4
	.quad 0xb7cbb16d8828da96
	.quad 0x0000000000000000
	.quad 0x00015595e7aa4f88
	.quad 0x5f371dcb3bcc7b10
	.quad 0x000000063a8a55ae
	.quad 0x0000000100000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff43
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xbfeddc740d8efdbf, 0x7feb26d7c3476fe1
	.quad 0xe3316cb4fbfdfe24, 0xff80000080ffffff
	.quad 0xffbd542716a50eeb, 0x401a800000000000
	.quad 0xbced2e4effc00000, 0x416f639f2e847367
	.quad 0x0015b144696e02e5, 0xf58e339fb3a37c00
	.quad 0xafe4905588fc8866, 0xde59d705c1800000
	.quad 0x59c2f174e05dfa5a, 0xff800000be800000
	.quad 0x83179a96d9efffff, 0xbdf80bf740a00000
	.quad 0x40223188e65af3fc, 0x7d6fec234d362f45
	.quad 0x607e560b4095dd9c, 0x40019de5f80f0c87
	.quad 0x80000000c7cc0000, 0x7dd9a28b773a779c
	.quad 0x3e0af5ba5a7ffffe, 0x4028cd68e013f089
	.quad 0xff99238afb87e0d6, 0x262155bf6d5081ce
	.quad 0x7f80000080ffffff, 0xc7000001ffd232ec
	.quad 0xc1140000371e0add, 0x8075ac7e3c25708c
	.quad 0x7f80000080000000, 0xc0677991a55a4a81
	.quad 0x008000007f800000, 0xc0802c3436d80000
	.quad 0xc3e325d633d2793f, 0xa6f888bf7d504680
	.quad 0xfff361db90b76fd6, 0x7ff44c88bb0a1ca3
	.quad 0xb68000006032d19f, 0xc1c34c69807fffff
	.quad 0x3293a1487e800000, 0xc02a3911342d5f30
	.quad 0xbfd0d39f17aa20d1, 0x8fe85b653edffea7
	.quad 0x80000000807fffff, 0xec85593bb2d5a42d
	.quad 0x800fffffffffffff, 0x8000000040300000
	.quad 0xd4a4e4f7fe127c00, 0xff4005a081452138
	.quad 0xfe9d514e33360933, 0xc0a5c00000000000
	.quad 0x0e0d3b21f357bee7, 0x4070f0a9bd200000
	.quad 0x7ff0525cc4d83889, 0x4001afaee34f795a
	.quad 0x7ff07395eeb4c291, 0xba600000c2cd7861
	.quad 0x092d35978144294d, 0x817fffffd499f40b
	.quad 0x002cc573f7fbc327, 0x405e5ad9ffe03051
	.quad 0x369799971757cc59, 0xaf37559b7fff7f8d
seed43:
	.quad 0x00000000dd5ed42f
	.quad 0x26b289d77bcd0fad
	.quad 0xffeeac1bfa5d5489
	.quad 0x0000e78ea60a89cc
	.quad 0x0000000000000394
	.quad 0x489f6f5b94e6396e
	.quad 0xa56447f49ee7685b
	.quad 0x00000005ee709aef
	.quad 0xffffffffd7964511
	.quad 0x0000000000000024
	.quad 0x7a8a9f32f6cb7234
	.quad 0xfa006f0749c88c37
	.quad 0x593b070328acefe5
	.quad 0xf435f076aab62d33
	.quad 0x1728f2ef175a509a
	.quad 0x2bcdbc1054b7c5cf
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x3d1c1a177e800000, 0x7ff4aab010557365
	.quad 0x40644fc49f8f6a70, 0xe630822c832ffc49
	.quad 0x89016110bdf6581f, 0x81b800ef7ffffe3f
	.quad 0x017fffff477fffff, 0x82cf00dd8e324e73
	.quad 0x807d96554232ffba, 0xbff43a9b459675bb
	.quad 0xa78f10bb32dbc760, 0xba18da0cbff47acc
	.quad 0x0004e82ebd216401, 0x80006fb2dfcbb9cd
	.quad 0x8aa3ef24df7bfe76, 0xffef53087c4a99c0
	.quad 0x807e74b97c3d6d15, 0x493e00007fdd5bba
	.quad 0x8040e5f7ca6f1d45, 0x4020000080ffffff
	.quad 0x40b80000bf400000, 0x7f16003c80527126
	.quad 0x0001afce6e985284, 0x404ef0434eb64b35
	.quad 0x411c00003e83273b, 0x0082acdf3e45886d
	.quad 0x0c99c363ffafff50, 0x000f13f1c381cfe9
	.quad 0x000a39db9bb12d92, 0x6d56998a0276b2f9
	.quad 0x3fbf05757b08d66e, 0x7fd3d5b57d58b0ad
	.quad 0x00202c6c43740000, 0xac7a0b7fe809c100
	.quad 0xc0800000ffb8c51a, 0x000fffffffffffff
	.quad 0x9e71142603118bbf, 0x7fcbfb0c433299cb
	.quad 0xef19a422ffdcfddf, 0x7e34d9d5bd9d615b
	.quad 0x5382c7554a7a4520, 0x1897769b8396ec86
	.quad 0x63b5d3d1f7b58fb3, 0x7fc00000ff971497
	.quad 0x0000000000000000, 0x3da1f063ffece2f4
	.quad 0xc013000000000000, 0x7ec9d13c33f45fb7
	.quad 0xc41ffffffffffffe, 0xc16702c319fdd02c
	.quad 0xc01622b69d0b2488, 0xbfdede7897777f6f
	.quad 0xdc6c60f7c3a25651, 0x800000007e800000
	.quad 0x7ff0000000000000, 0xc77fffff936bdfc8
	.quad 0x36088ab580800000, 0x4338d762bb98ec3c
	.quad 0xff800000ff800000, 0x030e4056cb3bab97
	.quad 0xc1f4e50f69b18c8d, 0x9f93c3a687ba8b40
	.quad 0x24a645ed06288a62, 0x7ff8000000000000
seed44:
	.quad 0x0000000003dea39e
	.quad 0xfffffffffffffcf5
	.quad 0x8000000000000000
	.quad 0xffffffffffff786e
	.quad 0x000000029c4d9f2f
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x000000000000b03c
	.quad 0xa1b468f03fe0c66c
	.quad 0x00000000ffffffff
	.quad 0x0000386b55e2660e
	.quad 0xfffffffff924271d
	.quad 0xfffffffffffffe02
	.quad 0xffffffffffffffff
	.quad 0xfffffffdb0e1ba64
	.quad 0x000000007fffffff
	.quad 0x05000000
	.quad 0xf0000000
	.quad 0x138c015c87c66f30, 0xb642303db5f9f7d8
	.quad 0x1160cf79dbcd6d6d, 0xaeea535cf3d7f7dd
	.quad 0x86d401e4cbefceeb, 0x8000000000000000
	.quad 0xd55d181f7ffbf7ff, 0xabe96367bfd752e0
	.quad 0x01149d953f800001, 0x3b95b3b2f5337bff
	.quad 0xffc390c380000000, 0x6e11c1dcffc4c540
	.quad 0xb8f00000dfb18685, 0x80000000edb4c91a
	.quad 0xd0412f93ffa7fb59, 0x0041381a26c934d2
	.quad 0x3de7d0ea83b14760, 0x3eed9898465a82a8
	.quad 0xcbd7ac0bbf5ffbbf, 0x191171f7a4e88800
	.quad 0xdcbdc72992d6cb31, 0x06f4a65fa75b37ff
	.quad 0x7d8a77dde5268000, 0xcb0214462eb00000
	.quad 0x80ffffff4f800000, 0x3d402cf5fff07d1c
	.quad 0x817fffff47000001, 0xef0957a2dfffffff
	.quad 0x00cb07ad6ea577aa, 0x24bd7893b0fffeb7
	.quad 0xc1edbd43147a96af, 0x4550ba2c13ef43fe
	.quad 0xc0b1ae9096e5c2e4, 0x7ff8000000000000
	.quad 0x3ff0000000000000, 0xf46e7fec73765f7f
	.quad 0x4344edad00800000, 0xfff0000000000000
	.quad 0x31d82869ff800000, 0xfff78fc9f96e2f90
	.quad 0x80000000c44c0000, 0x3fb5b2d3989ca759
	.quad 0xb37594cfbf7bfbbf, 0x6724a5d54efa85e7
	.quad 0x3d170d4d00000000, 0x41890cb341800000
	.quad 0x5d99af8a8008493a, 0x7955a9d7de73fce1
	.quad 0x41effffffffffffe, 0x1bc7bb3fe4b7bf80
	.quad 0x7ff0000000000000, 0x40a86f96418d8327
	.quad 0x40087c9680000000, 0xd111c5b0f8a70000
	.quad 0x3d800000759422fe, 0x816b3d0e6d697b2a
	.quad 0xff8000007fbbb0f7, 0x83bbd95a4c1dcea2
	.quad 0x9c05c4338e3898f5, 0x7ff0000000000000
	.quad 0x7197a10380000001, 0xc75daea82c22c60a
	.quad 0xa3d6cbcecf7ffffe, 0x5f8000010c728a19
seed45:
	.quad 0xcb1cde021e14b84f
	.quad 0xffffffffffebb548
	.quad 0xfffffffffffffe24
	.quad 0x0000000100000000
	.quad 0x117c48632f8f6d66
	.quad 0xe6e431ee6d505197
	.quad 0xffffd612f985837b
	.quad 0xef1a2b0a9d0a3395
	.quad 0xfffffffffffffcf3
	.quad 0xfffffffffff0534e
	.quad 0x00000000ffffffff
	.quad 0x00000000000000ce
	.quad 0x58d6ee8428703fab
	.quad 0x62982c38ce1907f3
	.quad 0x8000000000000000
	.quad 0x00006cc324a11620
	.quad 0x02000000
	.quad 0x70000000
	.quad 0x9c074927ff8ffff2, 0x4001000000000000
	.quad 0xc07c000000000000, 0x3f8e86e0b18a4433
	.quad 0x40581af75447fe4b, 0x801473326b397f6a
	.quad 0x3622000072af9cfd, 0xfff0000000000000
	.quad 0xfff56c6c3d698784, 0x6874c16dcfbfffb4
	.quad 0x3fd8000000000000, 0x00000000ffbf4ccb
	.quad 0x2814cd59b4bbc144, 0xc3d800c9c4b20000
	.quad 0xb9e0754258348a5b, 0xb6a000003c331528
	.quad 0xaa51696fde5ffc00, 0x097bf5bd8c9c87ff
	.quad 0x49e421a5a7bbc840, 0x8a1566433b8ea699
	.quad 0x806eff8637a8148a, 0x40380000be30c254
	.quad 0x7ff4746a7f800000, 0x8000000000000000
	.quad 0xc01877bd0b8dcf82, 0xb742ae0098783d83
	.quad 0xfeb78f2cbdf2d09a, 0xfff8000000000000
	.quad 0x8011d1e911358033, 0x46e0e8745b14bcf8
	.quad 0x803d45c580ffffff, 0xfff0000000000000
	.quad 0xa7a1496c85d47848, 0xbf9141a357197ba0
	.quad 0xde868ad0e5cafbbb, 0xffc8de43803493a0
	.quad 0xff80000081a42ef9, 0xda593e81be06c23c
	.quad 0x821c0396273f3c00, 0x470a4e4e10c2ca00
	.quad 0xbc4078fb40880000, 0x6b495af87fbfbaeb
	.quad 0x001039c58132cb4b, 0x8fce9898ebffe3ff
	.quad 0xabc2fc02eea0fa15, 0xff3740f8cf875e49
	.quad 0xbce17f63005a5d88, 0x8385292973f4cd3f
	.quad 0x7fc00000da000000, 0x4fa894fafeffffff
	.quad 0xaa629ed25e727e00, 0xf187c6558341aa4e
	.quad 0x6f25a33c7b088c40, 0x4040944955dda662
	.quad 0x3fd01c7376bd9d41, 0xffb56f91ff800000
	.quad 0xc0400000ff800000, 0x33edd6effc82309a
	.quad 0x62346faafffff69e, 0x515cb1c9ffd285af
	.quad 0xffefffffffffffff, 0xbffe9ed9242a09d1
	.quad 0x3d735644c1238280, 0xb482ac7a58fec300
seed46:
	.quad 0x0000000001000001
	.quad 0x79de2eb91542d019
	.quad 0x000000000016d800
	.quad 0xfffffffffffffe5b
	.quad 0x29637578663e8090
	.quad 0xd4de7c2b328119a7
	.quad 0xe55b54bfdeae4323
	.quad 0xdf712a46161adead
	.quad 0x00000000000001cb
	.quad 0xfffffffffffffd38
	.quad 0x00073989b623cb30
	.quad 0x00000000000003ff
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x000000000000027b
	.quad 0xc1248de1020abd54
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0x868d3043ffffb6f4, 0xc1f0000000000000
	.quad 0xec428651cf7fffff, 0x7f800000ff800000
	.quad 0xe5bba6856bfaddf7, 0xffa098f01bd03027
	.quad 0x402cd1cb8b6e38b4, 0x7ff0000000000000
	.quad 0x409c000000000000, 0x815e71f37fa0188a
	.quad 0x3f8987966debb976, 0xc011000000000000
	.quad 0xe788d0b598965ccb, 0xb875150607cf03aa
	.quad 0xff22fc1fbfc721de, 0x7f800000ffc089c4
	.quad 0x3cbaed69f80eadd3, 0x802716a80054c39b
	.quad 0xdc0f8e7d51059223, 0x4079eef45c3ab35d
	.quad 0xbfd1a79ec5d271db, 0x291c14127a0f0000
	.quad 0x3928be5d71fc84a3, 0xc3fca98ccf808c8a
	.quad 0xbbf36df8dfefe6fa, 0x7ff904c5d9d26b4f
	.quad 0x7ff0000000000000, 0x00202efe40251ae4
	.quad 0x0000000047800000, 0x0008000000000000
	.quad 0x40b8000000000000, 0x006a9f95ff92e630
	.quad 0xff7fffffc15aea52, 0xefac9362289cc785
	.quad 0xc519c79956b07e1e, 0x38916b80f252b800
	.quad 0xe1f3d4a3ff5d67a6, 0x036d6a11c860184e
	.quad 0x3d2000002643f8f8, 0x431d09cab5b10647
	.quad 0xc013800000000000, 0xdae20e6aadea849a
	.quad 0x800fffffffffffff, 0xfff0000000000000
	.quad 0x40744ac277129533, 0xf9859fb10142771b
	.quad 0xc22ba88e064507fd, 0x7fe9a28c007fffff
	.quad 0x00046094da0edc7e, 0x816dfea689dd5237
	.quad 0x3d9e6a457639179e, 0x7f800000689c3878
	.quad 0xb5049a45c111bfd0, 0x40d80000f18cfe82
	.quad 0x78f5eaac80000000, 0x85009b625b63d6ee
	.quad 0xdffffffeffc00000, 0x800bb1654455aa25
	.quad 0xc7c4e87fe8593eec, 0x4834762280efdb8c
	.quad 0xc340000000000001, 0xb1d61ce997114600
	.quad 0x73d7407640c66e20, 0xbf94b743b154f952
seed47:
	.quad 0x00000000000000a4
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000279
	.quad 0xff9e66b5ae802ad9
	.quad 0x8e0e7bd08d0f3caa
	.quad 0x810917f534849d90
	.quad 0x0000000000000174
	.quad 0xffffffffffffffd7
	.quad 0xfffffffffffffcd3
	.quad 0x7dabc9d76456bb93
	.quad 0x0000000000590126
	.quad 0xffffffffffffff9a
	.quad 0xffffffaf9caaf309
	.quad 0xca2cde51337f1a29
	.quad 0x3ccd64e5bf02ccdb
	.quad 0xfffffffffffffffa
	.quad 0x01c00000
	.quad 0x60000000
	.quad 0x72b4ebe02524817b, 0x39ac57cefc9bfc84
	.quad 0x3f924600e401e0c2, 0xddc3ba5c7febbeb2
	.quad 0x7ff3005a3d05f238, 0x50d8881c55ee8000
	.quad 0x0000000079669753, 0x7ed43a4a00468eef
	.quad 0x202e7d0370967ff2, 0xbf42300000000000
	.quad 0x3f99cca162b7819f, 0x47b00000f3de2181
	.quad 0xff80000042000000, 0xeff4f5cb080200c3
	.quad 0x000000004af6ca09, 0xa4badb5bafbfffc8
	.quad 0x80ffffffbd700000, 0x28d6b29efefffb20
	.quad 0xffe254087fa8f559, 0x7128139127ad8000
	.quad 0x51a9baf2586632db, 0x8201b5923a268ef6
	.quad 0x8010000000000000, 0xff978bf47f800000
	.quad 0x63ce6a9cd78f0887, 0x0022081f2ac458ae
	.quad 0x0000000000000000, 0xee213908cedc1e53
	.quad 0x0000000000000000, 0x5996b6eb817fffff
	.quad 0xee9b628500000000, 0x00202be87ba4a79e
	.quad 0xf15b38b297fbffbb, 0xfff0000000000000
	.quad 0x1e3f01eebca67259, 0xbf8529e37f246cd2
	.quad 0x7ff19dc152696b93, 0x000000013d98fa61
	.quad 0x79c0d4b86dfe0000, 0x7ff8000000000000
	.quad 0xc130000000000000, 0x3ff25ec6a7108b72
	.quad 0x40ac800000000000, 0xd3f7d02a7ea09ef1
	.quad 0xdf7ffffe775150f8, 0xefe4af9e32bd6aef
	.quad 0xa8bfdb7519bbde92, 0x3f72800000000000
	.quad 0xc25000007f946e49, 0x4f000000753bd901
	.quad 0x4020800000000000, 0x001eff54dbf6c1ec
	.quad 0x00000000cf7ffffe, 0x2632085677774780
	.quad 0x007fffff85b85292, 0x7770f662fdf3fbdf
	.quad 0x00868221817fffff, 0x23d7afffafb53e10
	.quad 0x800fffffffffffff, 0xebc934d5f3fe852a
	.quad 0x3636ca0a7dfbffe3, 0x8000000000000000
	.quad 0x8000000000000000, 0xc07800004383a124
seed48:
	.quad 0x0000000001000001
	.quad 0x40ea946aa3ee8dcd
	.quad 0x00001f4f4eb4c75c
	.quad 0xd96c25b5457a9ca5
	.quad 0xfffffffff1068482
	.quad 0x0000000001000001
	.quad 0x2df9df7e2e2aa551
	.quad 0xffffffb41a9e13b0
	.quad 0xf3112839a0e18de0
	.quad 0xc9bfae478ed10c02
	.quad 0x0000000000000219
	.quad 0x218aa9be99adeeb8
	.quad 0xffffffffffff8299
	.quad 0x0d59a7da08086301
	.quad 0x117c5887ca70e8f5
	.quad 0xe1cb1f1543baf119
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xc1f0000000000000, 0xc8370edbfef4386f
	.quad 0xf602b6fafbdbff7e, 0x000000007f800000
	.quad 0x02f634e8c3eb7ebe, 0xfff1124681d011c2
	.quad 0x5f7fffff7effffff, 0x64d6a8c0c3bfdff8
	.quad 0x2fb0478ee73ff5f7, 0x7503d42a1cc05f8f
	.quad 0x7ffd459e0945a958, 0x8ce1642ffdbfe9bd
	.quad 0x7e731f3a5171d03e, 0xff88efbf003f423f
	.quad 0xca83965cff000000, 0x41408254d0ffffff
	.quad 0x85531d5b1353befc, 0x9ad26ecb2f1dce31
	.quad 0x884e5909ff800000, 0x4199a7c4e569f755
	.quad 0x2d570f847688579b, 0x80777232c80ba8eb
	.quad 0xc0900000bf53e2fd, 0xd2000000f150b744
	.quad 0x4330000000000001, 0x41085e56fffffcf3
	.quad 0x7b733ebcb7fdddf4, 0x1f69dd8a8ce9bc00
	.quad 0x00044e77d1d823dd, 0x77d39e52ff800000
	.quad 0x43cea2cbff996977, 0xb0f74b42d7ecc369
	.quad 0xff000000b9240000, 0x3ffddc23476822e2
	.quad 0xbf09fad79d24f2b1, 0x419dc9e43e1e1e5e
	.quad 0x7f800000f13cc7b2, 0x7ff805f1b2c00201
	.quad 0x5a619137efe2fff3, 0x4f7ffffec03bd8c4
	.quad 0x4ef3251971f5b4ea, 0x7a23e052cd7f10b6
	.quad 0x028e9cf0f21e7d7c, 0x7fc0000094ec837a
	.quad 0x3dec0000ebf31602, 0x931c5f993ed6e4f6
	.quad 0x5c8000013be86cb8, 0xfff267e66b4668f7
	.quad 0x8008000000000000, 0xc0f0000000000001
	.quad 0x0007c4bc00000000, 0xfff305440e092eda
	.quad 0xa7ca1640235201c2, 0x15862fe557c23b40
	.quad 0x1c4fb61e21bbc380, 0xc330000000000001
	.quad 0x2da89676bf7859d0, 0x41200000edd2a209
	.quad 0x9273201245d40000, 0x7f800000800fe18b
	.quad 0x4211a4c48c32b5e6, 0xf8577cdc59fffffe
	.quad 0xbdf83e7ea77b08b8, 0x0000000000000000
seed49:
	.quad 0xfffffffca14ae256
	.quad 0xffffffffffffffff
	.quad 0xffffffffffffffb3
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe56
	.quad 0xdca9dc65bd3f8ac5
	.quad 0xd50d2f48e1f65c63
	.quad 0xffffffffffffffff
	.quad 0x000000000000e1c0
	.quad 0xcbba9074d9e68fa3
	.quad 0x0000229d706891a2
	.quad 0xfffffffff9967b7e
	.quad 0xffffff839ea5708a
	.quad 0xb17467abf86cf6c0
	.quad 0x000000000000000b
	.quad 0xffffffffffffffff
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x7f886a3b0c9146ee, 0xffdd440480000000
	.quad 0x5853e58f80400000, 0x800c82f1bfe36eeb
	.quad 0x3f799f9ff6995617, 0xb899ccd84000fc00
	.quad 0x4022000000000000, 0xabffb339fc481c57
	.quad 0x802d3902c2c4624b, 0x3eba000000000000
	.quad 0x8008000000000000, 0xfff0000000000000
	.quad 0x7aeb7b60da7ffffe, 0x22f109233d10fa29
	.quad 0xf73789c5fadfbff5, 0x68689123f7faff7b
	.quad 0xcf0000012009c75c, 0xbf65b66c7e800000
	.quad 0xaa7446a4657ff5ef, 0x23b614e2bbff8000
	.quad 0xb6b1ebaaff783800, 0xc000000000000000
	.quad 0xa3f99295ffff01e5, 0x8cf3b9adffe7ff7f
	.quad 0xa7c1f43f0376fb83, 0xe894f395ffedffeb
	.quad 0xff88c6117f800000, 0xc0e0000000000001
	.quad 0x3baa71f9321f051a, 0xcef9d4c7d8f7ffea
	.quad 0x808000003f1e4932, 0x8000000000000000
	.quad 0xe08cd579ffbfb282, 0x80022d634003acc7
	.quad 0xc0cbe0fc117136e4, 0x403460b23a0e9b6f
	.quad 0x0000000000000000, 0x8004c87d6418c124
	.quad 0x00000000feffffff, 0x7ffd949b23fd4a4f
	.quad 0xc9dff34148217cff, 0x20696b4500a2e211
	.quad 0xffd17bba1740dfa3, 0x13e4482d47000001
	.quad 0x8305cafef6d5fbd7, 0x000168e4113d0bac
	.quad 0x3521f4f8ba727c00, 0x7f967095be121f39
	.quad 0xfff0000000000000, 0xeff6bc22e41febfc
	.quad 0x401b124a567e1696, 0x78a297f9dab05837
	.quad 0xc4b84096ffc7e36f, 0xc1bffffffffffffe
	.quad 0x1c9dc0962e247c00, 0xef2fb7839d6cf0bb
	.quad 0xfe9e427a016a0fe5, 0xed7e3d5868d54e15
	.quad 0x7fe8dc5a40356eb4, 0x0e7be9172ab1503f
	.quad 0xa2df1920f767a5df, 0x0c062a84555c5792
	.quad 0xfff8000000000000, 0x7f800000df000001
seed50:
	.quad 0x52d24e8629584520
	.quad 0x0000000000f66d78
	.quad 0x00000000ffffffff
	.quad 0x94aa9cbf29943d5d
	.quad 0x2bea86c4a07dd2b1
	.quad 0x698d0d0c8aadb02e
	.quad 0x4ab4fd2b3ccc4a96
	.quad 0x3fc645d227b267ec
	.quad 0xffffffffffffffff
	.quad 0x0000000001ecf1a7
	.quad 0x7fffffffffffffff
	.quad 0x973e18a3e220f21d
	.quad 0x0000034dc09500a6
	.quad 0x8000000000000000
	.quad 0x02551c5456a17f56
	.quad 0x0000000080000000
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0x3249139e9cc0bf97, 0x8010000000000000
	.quad 0x567ffffecbdd1db8, 0x4dafe87047800000
	.quad 0x425d3e50c052e2aa, 0xf2ebdf2d674855ea
	.quad 0x00037123e486d0f0, 0xeda244ecc0aeb61e
	.quad 0x8f8854dd5ffe7fc7, 0xc10a0000b8600000
	.quad 0xff800000da1d234a, 0xc3c85e649b53b8f5
	.quad 0x000b5e95fffdd65f, 0x7e4a77b53ab5defe
	.quad 0x00f80677d43caa0a, 0xcbe0215500000000
	.quad 0x0a7e7042150c9b77, 0xade958d37faf6796
	.quad 0x800197a9807ababc, 0x3607439d4a55bf13
	.quad 0x1d318a638131b7f0, 0xbfca72f56fd532d0
	.quad 0x434492f9ec4d9bdd, 0xc078c8e0162924fc
	.quad 0xc13b1ae0fff7cc10, 0xe7ffbf35ffb7ff4e
	.quad 0xbf260a061fcdb1ff, 0x000fffffffffffff
	.quad 0xc1e0000000000001, 0x0736257d3c05190b
	.quad 0x497e48f1c334acf3, 0xa110d87ebe7c63f7
	.quad 0x02a6c66b87acf8c4, 0x806f532b93ae68f2
	.quad 0x4097c6ef7f9f1396, 0x000d4aeca873b47d
	.quad 0x3fb15c5d9b15a486, 0x36488fe1deeb2bf7
	.quad 0x984a1168da88d280, 0x8568f894b48f873d
	.quad 0xbf985d6d5afe4242, 0xdb6d4a7ffef2fe0e
	.quad 0x3cb2498977efa860, 0x59e22e18e1727cb9
	.quad 0xfff48844712bc780, 0xd092a0e068c90695
	.quad 0x8151883119bff758, 0x66b35477f17a48c0
	.quad 0x80a44b47034c734a, 0x165d1f50ee1651c6
	.quad 0x519ce67b17f38000, 0x433fffffffffffff
	.quad 0x965d1e3acd948263, 0x3fddea008d76d7b8
	.quad 0xccc9458cd9f5c2ef, 0x80cb301e4b8b2259
	.quad 0xbd7000007fd210dd, 0x4012800000000000
	.quad 0x1f64d5ddc4790580, 0x3d09d589407fffff
	.quad 0x7faad2c140c3ecd2, 0x1433bff71febf640
	.quad 0xff94b01d7f800000, 0x0000000000000000
seed51:
	.quad 0x000000ba0bdc9d34
	.quad 0x000000005fe8cd03
	.quad 0xfffffe12692ddad9
	.quad 0x197019e8a872b8cf
	.quad 0x002ec1d26da22f77
	.quad 0x541204432dc4be90
	.quad 0x001deab0d9e32cef
	.quad 0x0000000000000001
	.quad 0x0000000000388b91
	.quad 0xb42437bd4080bee8
	.quad 0x2a100521366d8d1b
	.quad 0xffffffffffffbf1f
	.quad 0x25f88984464e37c5
	.quad 0x00000000ffffffff
	.quad 0xf7ef8e2075dcf94b
	.quad 0x0020000000000001
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0xd3a4b8a59555e51c, 0x0000000000000000
	.quad 0xbff0000000000000, 0x2b7816b759f12e0f
	.quad 0x435c000064013a98, 0xfff8000000000000
	.quad 0xfff61e8d3d8e16be, 0x389be2581e0f4bd3
	.quad 0x4032d061dfa40b0f, 0x68dcb33f4ae38bff
	.quad 0x40070701e514b059, 0x464d1746f34a917f
	.quad 0xffed27a09e5e21bf, 0x3767f3feee495d73
	.quad 0x3c75d283cf768734, 0xcaa8cf289dfffe79
	.quad 0x80000000009bf207, 0x80354de2bd24710f
	.quad 0x9fb87c7af77fba86, 0xa9a22b6a39a987ff
	.quad 0x7f8000007fa54971, 0x71d5afe6ad51c4a0
	.quad 0xa1369bbef7feebdf, 0x8078e943ff903842
	.quad 0xff8000003f04103b, 0x0c8b517ffeeac600
	.quad 0xd45013be45f329ae, 0x9e3c17dcb539aaae
	.quad 0x90d40463bd8f18fa, 0x3daba10ed27e2027
	.quad 0x9871be5e6fd5fdfd, 0x800f6bfc4603a3d2
	.quad 0x41aae54680000001, 0x8000509c022b6c83
	.quad 0x78839dad39476bdf, 0x400717497535793d
	.quad 0x98994d28ff800000, 0x723648f6994c395f
	.quad 0x40b4a38f80000000, 0x40016791b7fe6280
	.quad 0x9f0cc30604bdbb24, 0x40d400007fe23665
	.quad 0xff5b3ae9ec690c8b, 0x3f7bd1b104f331ba
	.quad 0x7ff295f64c92eac2, 0x55886763fcdcfeff
	.quad 0xc3b1e0167d17069d, 0x9d6055463eeadbf3
	.quad 0x8000000000000000, 0xbf342a448bf6e978
	.quad 0x7ff3377207cd750c, 0xa0db26b79d7f2627
	.quad 0x9d2620b3ff3dfd05, 0xfff8000000000000
	.quad 0x3271b9155ceee70d, 0xec2edd6700000001
	.quad 0xbee3200000000000, 0x8000000000000000
	.quad 0x00217392b38b3a26, 0xc0582eb63df2e290
	.quad 0x000fffffffffffff, 0xc21629a07765fc66
	.quad 0x8beebede235bb6ae, 0x56b10d8ce440259c
seed52:
	.quad 0x0000000000000000
	.quad 0x867a778de23ef310
	.quad 0xffe148c05dfdb3b1
	.quad 0x06d86902034130f1
	.quad 0x355483b47f62702b
	.quad 0x51729fee44ff2f1f
	.quad 0x0020000000000001
	.quad 0xfffffd6aaaa850ee
	.quad 0x0d23d91f740cb6fe
	.quad 0x0636b2270c946006
	.quad 0x00000003dc19d53a
	.quad 0x00000000000000bd
	.quad 0x50ed3855b06699ef
	.quad 0xffffee87b1acaefc
	.quad 0xfffffffffffffd45
	.quad 0xfffff27afbf7affe
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0xff8000007ec8264c, 0x8008d5537340c88b
	.quad 0xdaa482d41e5a0000, 0xdb20598a3180fc00
	.quad 0xbc7c6e990071a6d7, 0x8000000000000000
	.quad 0xed97ad317fd4f08f, 0x133a41373dc3ff77
	.quad 0xdfe37b44f3cedbaa, 0x72ed23b87f7979d0
	.quad 0x3fd6e00000000000, 0xb24bfcfb33bffdd1
	.quad 0xcecd1b1abfbbf7bd, 0x7ff0000000000000
	.quad 0x27323a091833dba3, 0xbc9fd25900000000
	.quad 0x800000013f7f8957, 0x800787da77a33a2d
	.quad 0xbce8e5194791f57e, 0x8015d12741740612
	.quad 0x42db28a3dbadeffb, 0xc34f74d54ce7454f
	.quad 0xa940c46effd5ceb7, 0xf77540f32765888f
	.quad 0x3fd7b8750440ede2, 0x80092bd5149404dd
	.quad 0xed7fb868ba000000, 0xc0073bae15ffa267
	.quad 0x4a419043ebb25200, 0xfff8000000000000
	.quad 0x7e9d454840e5f8f8, 0x01a156002e84f5fa
	.quad 0xbfd92b84d6e1cf4d, 0xbd0f7c2280000000
	.quad 0x75929102d7f2fc67, 0x511cd611b17fffff
	.quad 0xfddfa5318164f48c, 0xf80d397b47ec0000
	.quad 0xe78b185746fa022a, 0x7f9ace3b26ef67d9
	.quad 0x3f09b04ddf800000, 0xec2638f03e2e4023
	.quad 0xa4585d810157aeb4, 0x7ffccf062d34ec65
	.quad 0xf523fad6fff33279, 0xff000000c0700000
	.quad 0xd532401194db05e4, 0x7fa8c06a68e1aa48
	.quad 0x00000000013b9351, 0xc780000080000000
	.quad 0x6e796fb9ec421d6c, 0x7f800000ff949c2a
	.quad 0x790c8465bff63c00, 0x2c421b9b8a5c1000
	.quad 0x4106000000000000, 0x830b6453742f619e
	.quad 0x7be327fe817fffff, 0x3fe4779ad7474f5c
	.quad 0xfffbad8b054fdb99, 0x3ff03da7a7fa51c4
	.quad 0x7fa961f17c838e9a, 0x4842dddfec8946b0
	.quad 0xc01c800000000000, 0x0d70b1eb7bdffc00
seed53:
	.quad 0x0000000000000001
	.quad 0x00000116419578dd
	.quad 0xed0bc4402ae278b0
	.quad 0x381309106a438434
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x79800c8fa0f6109a
	.quad 0xffffffffffffffbc
	.quad 0xb93c47b06eba4838
	.quad 0xffffeb125906e477
	.quad 0xfffffffffdf9c819
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc19
	.quad 0x0000000002bed55c
	.quad 0x2abf2968d1c4a7ed
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xbf4aa00000000000, 0x00120a7dce2c151c
	.quad 0xa4bf4e254fbfbef7, 0xffdc997898641655
	.quad 0x439419fcffc00000, 0xd6e54dc57b7fee93
	.quad 0xce3217a5cfb58791, 0x007fffffbe6b49f1
	.quad 0x35964db103eeb6cc, 0x41e8c6ccfdffdb5b
	.quad 0xc3d0f444426bce55, 0x004e4edfa2f46b12
	.quad 0x0043fc28c2427e30, 0x6994fe30ada80000
	.quad 0x80000000f3444c94, 0xfccda267df81ea01
	.quad 0x7ff27251531e3d74, 0xff3dfeeb99337def
	.quad 0xc90200003f62ad37, 0x7fefffffffffffff
	.quad 0x2320b5c1ffd57e9c, 0xbab00000807fffff
	.quad 0x7b64cb9effcb0e7e, 0xc0387c6cb618d8f5
	.quad 0xa4e67eae9b7c3d00, 0xd9d388abcb2cde80
	.quad 0x3b9d07c63fe7b800, 0x404b96c40e6436bd
	.quad 0x7b9adb9c81000000, 0x80f7263cff800000
	.quad 0xbfa0000076ff231c, 0x3fb3e1d554ad9149
	.quad 0xc0950c007f800000, 0xbfd0f1440037c34b
	.quad 0xc3efffffffffffff, 0xf145ecabffaf3f7e
	.quad 0x83c7fd4541c57e00, 0x5c64caa1dcc1b480
	.quad 0x7f4aaa2a6cb6713a, 0x770e538b7fd3f04b
	.quad 0x40840000c024c1c5, 0xe3dc0831095ad485
	.quad 0x6cb8138d83a502e4, 0x9011231a7fc428f7
	.quad 0x3e3ea90cc20e5660, 0xb5727d148ffe00af
	.quad 0x7f26206f5cf3becc, 0x401b000000000000
	.quad 0x4ffffffe68dc7a39, 0x7f800000c2be978e
	.quad 0x8a8c58d4d39e49d0, 0x829c8543cbf01404
	.quad 0xff0dc02812f5d07f, 0x32d73639f9db01eb
	.quad 0x7f8000003f8dc36d, 0xaf04564fbf9de5ff
	.quad 0xd4b8af977fed070b, 0x805aaeb2e1d07b3b
	.quad 0xbb6544e83f1ade75, 0x6564662d3ceaffa6
	.quad 0xa9c7b228ffb8fc32, 0x801fcf7c46b87710
	.quad 0xa31a77454d309eec, 0x7ff8000000000000
seed54:
	.quad 0x000000000000003c
	.quad 0x0000000000000099
	.quad 0xfffc77f2aae64487
	.quad 0x000000000c73583e
	.quad 0x00000284c8e9a6b4
	.quad 0x00000000000001f2
	.quad 0x000000000000041e
	.quad 0x000004ab39eb3bda
	.quad 0x000000007fffffff
	.quad 0xffffff82e65f4ecb
	.quad 0x3542286c444350bb
	.quad 0xc5d715b743789abd
	.quad 0x0007678e2f74bd03
	.quad 0xffffffffffffff2a
	.quad 0xffffffff80000000
	.quad 0x5ec9ca60e192b41d
	.quad 0x01000000
	.quad 0x50000000
	.quad 0x7338fc63692cebf6, 0x05251abd1bb57b00
	.quad 0x7e60e3e0a0af27ed, 0xd654845fa4448490
	.quad 0x91f91c85db800001, 0x800000003f800000
	.quad 0xc031f08ffb773b21, 0x80000001df7ffffe
	.quad 0x17150018fffedb78, 0x3ff556e5dfcc45e0
	.quad 0x9228a21490a3001f, 0x0ff1d7b44644f8a5
	.quad 0x9592b43fc17750b0, 0xffdfffffffffffff
	.quad 0xdb663973c9880000, 0xbed326d8fe9f8d3f
	.quad 0xbf87c00000000000, 0x7ff320c0ec228d01
	.quad 0xffd0000000000000, 0x6ea809991da6fc61
	.quad 0x5c800001ffb5521f, 0x80d5e123d24afe69
	.quad 0x00ffffff40f00000, 0x411c000000000000
	.quad 0xff7fffffffbf58fe, 0xa7bf12af6a56c798
	.quad 0x9a73f498f6309c49, 0x470ea3e4ec4d69c8
	.quad 0x0020000000000000, 0x7ff0000000000000
	.quad 0xc024000000000000, 0x0000000000000000
	.quad 0xfa6532077f800000, 0xc0f8000000000000
	.quad 0x80087b54ac368611, 0xc2928115fe800000
	.quad 0x3eac552cbe2e6e77, 0xf24b87458063a108
	.quad 0xc0cc000000000000, 0xfff0000000000000
	.quad 0xc022000000000000, 0x400ef690b203f6ed
	.quad 0x3d7f05b16dc7da5b, 0x0008000000000000
	.quad 0x0000000000000000, 0xfff7a87dec5a16cd
	.quad 0xc0f80000ff800000, 0x43fe6a9a807fffff
	.quad 0xff5206ac91e542d0, 0x41a00000fe21fced
	.quad 0xc04aa2dc34aaed64, 0x0711e8bf5dfc8000
	.quad 0x800f354657f03569, 0x45b3640bbcc0a89c
	.quad 0xfdab0977c7c0f8e1, 0x3f64000000000000
	.quad 0x7ffa23fd36477d3a, 0x7fefffffffffffff
	.quad 0xbfe4000000000000, 0xff8000007f7fffff
	.quad 0xbff0000000000000, 0x0000000000000000
	.quad 0x36a4e53788bfbc00, 0xbedffc978046c2db
seed55:
	.quad 0xfffffffffffed905
	.quad 0xec12d2b6c9bf667b
	.quad 0x000698270dd082a0
	.quad 0x2c7e2743f77cb119
	.quad 0xffffffc0ba04040d
	.quad 0x0020000000000001
	.quad 0x000002cddb8e0d43
	.quad 0x9d0dde7374e92a03
	.quad 0xfffffffffffffec7
	.quad 0x0000000000000000
	.quad 0xf69560f3e342a007
	.quad 0x51de71f396c600cb
	.quad 0xbe842975d336d359
	.quad 0x0020000000000001
	.quad 0x4faa7a4ee7598204
	.quad 0xffffffff96535be7
	.quad 0x00800000
	.quad 0x20000000
	.quad 0x7e81fe162ae9a383, 0x0020000000000000
	.quad 0x7f8e9a32ff800000, 0xffdfffffffffffff
	.quad 0xc023400000000000, 0xfb02ed9b7ebfaa07
	.quad 0x8000000000000000, 0x0000a95ed629dafd
	.quad 0x5801ae5592e7af3e, 0x40a000007fc00000
	.quad 0x42cc48bc6d60f986, 0x09c7e2adfbffae7e
	.quad 0x7ff8000000000000, 0x786a738a8059f63d
	.quad 0xc77ffffe7ff3b2a8, 0x40800000ff800000
	.quad 0x88dee5c1dd2ffe62, 0x80000000c11e0000
	.quad 0x9c01d5404ad8fc00, 0x1a835ac2b6684e2a
	.quad 0x21add93faa288fb8, 0xb205f41938ec3652
	.quad 0x7ff0000000000000, 0x1bbe058c05e58400
	.quad 0xbf14000000000000, 0xbf86e354d5236b3c
	.quad 0x88fe3c8c6770096b, 0x8e5ccc197fb7f6df
	.quad 0xbf6bfc56c0100000, 0x5c315fd1ff327a89
	.quad 0x8ad3d5533cbf53a2, 0x0000000001000000
	.quad 0xbf6b66fc719f0fe5, 0x4f652c62292ae904
	.quad 0xc000c418aefc9758, 0x8000000000000000
	.quad 0x7f800000c37c1af7, 0x71ef68d6b19e9a00
	.quad 0x04368f2161f05a87, 0x1aab218c76480000
	.quad 0x364405e078bbff7f, 0x800d2bdf3dbfa540
	.quad 0x3ff869598846005a, 0x7ff347cea5c8840f
	.quad 0x407d43d847916a83, 0x43f0000000000001
	.quad 0x800000007f800000, 0x5cc6dbbfffb7ffb3
	.quad 0x7a614b4e93e2b698, 0x1683e6b67be54fff
	.quad 0xfff7ce8fd79f6dc8, 0x7fedb2e0c1215ce4
	.quad 0x0000000000000000, 0x7fc00000b7c00000
	.quad 0x7fb13fa8bdc7b93d, 0x2fca5206f7477ce9
	.quad 0xcd1d023ae35e146c, 0xc420000000000001
	.quad 0xc165195d3c6c498c, 0x91a5f12d7fc00000
	.quad 0x80629c8e40b80000, 0xc01c000000000000
	.quad 0x9193dcf37bf57bff, 0xc1be9cdaf8d66e3c
seed56:
	.quad 0xc6f76d589115b863
	.quad 0xfffffffffffd8dba
	.quad 0xb45ef9a3a35506dd
	.quad 0x0000000000000002
	.quad 0x3f571ae81390939d
	.quad 0xffffffffffffff17
	.quad 0xd872a3a07ff2ad8e
	.quad 0xfffffffffffff6a0
	.quad 0x8000000000000000
	.quad 0x00000000000002ef
	.quad 0x8ce1ae1ef02e9e7d
	.quad 0x0000000000000007
	.quad 0x000000007fffffff
	.quad 0x000002743904ba1e
	.quad 0xfffffffffffffd00
	.quad 0xfffffffffffffd15
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x0029c69f017fffff, 0x80326fe9477ffffe
	.quad 0xbf86a00000000000, 0x42cc77f13b720000
	.quad 0xfff73f5415359d2a, 0x403932872d339152
	.quad 0x6070f9604f4d2002, 0x7ff0000000000000
	.quad 0x43068a0cc7fffffe, 0xbe71960301f028e4
	.quad 0xff8636b7c3916855, 0xfff8000000000000
	.quad 0x15a566b7806d43e3, 0xe1c9a21d5fa973fb
	.quad 0xb780ddc8e36844d1, 0xbf72ced62d3644b9
	.quad 0x017fffff63cb7592, 0xf6e928af1a3c7e00
	.quad 0x7f8000007eb838ac, 0xb33a69ebffef7bfd
	.quad 0xfff7a3284b31487c, 0x907b543df9ffffff
	.quad 0x4008000000000000, 0x81b461b66493f113
	.quad 0xc33476eb7fbab1b0, 0xa8d8f6f7ffdff5ad
	.quad 0x022757be6bf1f358, 0x9477bfd2ff800000
	.quad 0xb9b800003c561e46, 0xb95000007f800000
	.quad 0x4022c00000000000, 0x0a395641b3278000
	.quad 0x7f8000004384e6a2, 0x3f800001065465d8
	.quad 0x6f35c39586105117, 0xe79e4fa4b7e67d14
	.quad 0x3ed66cfe5b0cdd2d, 0x53d7ce34cff7b7eb
	.quad 0xff882f29ffccddb1, 0xfdf66fb7c3400000
	.quad 0xfff0000000000000, 0x010823ca00000000
	.quad 0xc7ffffffc178ca8f, 0x5fffffff7f93fb89
	.quad 0xbe8000005f000001, 0x0f48be6efd76c900
	.quad 0xfba6b32bd1230a21, 0x400000013e615c5a
	.quad 0x807129a0cbc08869, 0x97f55cf57fb57900
	.quad 0x7f850df0ffdae851, 0x2a270f15fb694e9e
	.quad 0x002ab7aaa2c7fed7, 0x40c6520809b4d3e8
	.quad 0x0000000000000000, 0x7f8aea1e1aaaa995
	.quad 0x70d95dcffddefce0, 0x4ffffffe4767a3a7
	.quad 0xc319291604d71dde, 0x405853cc5456bea3
	.quad 0x7ff0000000000000, 0xfa2c4587c1c1dc34
	.quad 0x80c419ce429efc4a, 0x7e8000003be1f37a
seed57:
	.quad 0xffffffffff8ef596
	.quad 0x5dd2f23402c795dc
	.quad 0xfffffffffe896ec9
	.quad 0x000000000001f1e7
	.quad 0x8d2155d8a14eef71
	.quad 0x6a96bbb5bbcd316c
	.quad 0xfffffffffffffcb2
	.quad 0x00000041bc87c314
	.quad 0x00000000000001fb
	.quad 0xe97155e0ac727dea
	.quad 0x37ab40ab6049366b
	.quad 0x000000000000000e
	.quad 0xffffffffffffff8b
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x0000000001000001
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xaef16215c7d4fc36, 0xbedc000000000000
	.quad 0xfb97aa19fface8f4, 0x89c51b3e993919ca
	.quad 0xb7a1fff42ca6555a, 0xf1d29748dcb10000
	.quad 0x7ea14d32ed55b2ff, 0x59fa64dac157e6ac
	.quad 0x7e1d71a040900000, 0xffa96dfdf6ecc412
	.quad 0xfff64e74c2d8ed24, 0x71915d202ce40000
	.quad 0x7d9dae15815207d8, 0x64834edefffd0200
	.quad 0x7ffb070378b0dffd, 0x8015c88d80000000
	.quad 0x85c4d7bd40860000, 0x801a01baf20dabe1
	.quad 0x3d02718c3ff00000, 0x7dcab17a28e62fa3
	.quad 0x7f8afda0844082b7, 0x1970437bef74fea9
	.quad 0x8071348c7fc00000, 0x06b49b7111237858
	.quad 0x8000000000000000, 0x65f92453e7948000
	.quad 0xc0effffffffffffe, 0x2ba640cd6f52af80
	.quad 0x5b08f1fddbe68200, 0xc1fffffffffffffe
	.quad 0x800e82b167f76344, 0x19a79d377ffffef5
	.quad 0xa88bbd33d1d4c296, 0x7fde426b24600753
	.quad 0xbe4d8c7106300098, 0xbf00000000000000
	.quad 0x81e35f2e631b9055, 0xd5d2d1c6cf79774b
	.quad 0x247228a38d0ffef5, 0xc06110817fc30372
	.quad 0xa80cb7f8ffffbfcf, 0xbcbe2c8a00000000
	.quad 0x7f8a6d2700758385, 0x760df1829ca69cd2
	.quad 0x4c132471bfad8aca, 0xfe7edf60a63743de
	.quad 0x800000004017e26b, 0x4970157effc67c00
	.quad 0xc57aa275fb060000, 0x35a00000c0f80000
	.quad 0x91c74fdc80000000, 0x99935184ef7e0bff
	.quad 0xd7bcfb8edcd8fb5b, 0x3ff0000000000000
	.quad 0xdca7bd280e27938a, 0xff8000007f800000
	.quad 0x6229200df818c8e4, 0xc020000000000000
	.quad 0x30bec9a3ffb67c00, 0x407e3120e961bb25
	.quad 0x5c31c98ff244f9d5, 0xbf35000000000000
	.quad 0x2d1eae543ed00000, 0x002b1c690c7e29f0
seed58:
	.quad 0x000000007fffffff
	.quad 0xf99d5b767ec25c63
	.quad 0xffffffffffffffd3
	.quad 0xfffffffffffffff8
	.quad 0xfffffffffffffd9e
	.quad 0xffffffffffffff67
	.quad 0x9c878d09487797e6
	.quad 0x8f9496cf5df93285
	.quad 0x0020000000000001
	.quad 0xf9b15991097280ce
	.quad 0xfffffffea1bec88b
	.quad 0xfffffffffffffee2
	.quad 0x0020000000000001
	.quad 0xac49a119b1c1ebb3
	.quad 0xfffffffffffffc3c
	.quad 0x314c99a1fa54aff6
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x9c772976fdfbff77, 0x7ff1ab5ac856fa78
	.quad 0x00799972f489c166, 0xf1ab356999fffffb
	.quad 0xff9b4955406c625f, 0xfff0b6bdbbf9062f
	.quad 0x01c500e5fe247379, 0xc0fffffffffffffe
	.quad 0xe76ae2a2451f7cd2, 0xa2de894ffc65ddec
	.quad 0xfff0000000000000, 0xbfcb2850f54ffdc7
	.quad 0xc03c0003f8466afe, 0x00ffffff59fffffe
	.quad 0xf5d31ff87fc00000, 0x000fffffffffffff
	.quad 0xae92eb26def7f8dc, 0xdcf2c8b1f49cc87c
	.quad 0xc069a910cbafe530, 0xc3c3cd8883ed47af
	.quad 0x403aee5f61090c46, 0x80d02b67205d7118
	.quad 0x83a07b601e0f8084, 0x0020000000000000
	.quad 0x007e23626b48fe00, 0x03edb8a0dbec64e7
	.quad 0x40400000c11e0000, 0xc0264eeda1f3a269
	.quad 0xd6ecb31cffef8bdb, 0x1f0f3f766b9cab0f
	.quad 0x82b0dce2a2c96b75, 0x7fb205f44325a047
	.quad 0xc4ed2f45aa8f0187, 0x829f0fb8f020e00e
	.quad 0x2a2598d33fdebf3f, 0x110a3b578975fd6a
	.quad 0xe8a066ffebfcfc19, 0x9b3c4d2e82585670
	.quad 0xbcf94f547b3abf32, 0x95dfde84034cb9df
	.quad 0x409800007ff02ab3, 0x992e26ab7f926f51
	.quad 0xc019000000000000, 0x43d43b29fff583a3
	.quad 0x7f96e07500000000, 0x40d00000001e17b5
	.quad 0xde7ac03ccfd3fcbf, 0x8000000000000000
	.quad 0xc000000000000000, 0x705215ff80000000
	.quad 0x7fefffffffffffff, 0x41f667449c2f250e
	.quad 0x801dfe305be68b62, 0x9c1318749c7efc9c
	.quad 0xae37090c4ec2c304, 0x7ff0000000000000
	.quad 0x62000001c3540000, 0x7fffc24b836f8afa
	.quad 0xc01d000000000000, 0x06bf7c45ffc00000
	.quad 0x0000000000000000, 0xfff8000000000000
	.quad 0x661cd5dbe2d1feeb, 0x76d0aabfff8dfe00
seed59:
	.quad 0x000000000000129d
	.quad 0x0000000000000396
	.quad 0x000000007fffffff
	.quad 0xffffffd06c94cca8
	.quad 0x80c424dcbaa612ce
	.quad 0x662a9311eb615e80
	.quad 0xffffffffffffffff
	.quad 0x040b166cf341939d
	.quad 0xd51cfb88bf798709
	.quad 0x000f4604eae192a0
	.quad 0xffffffffffffff8e
	.quad 0x00000000000002cf
	.quad 0x9fdb0a1df5d16921
	.quad 0x000000000003b4fe
	.quad 0x6618a227ca86af1b
	.quad 0xb1ed233e9272c497
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0xc2065b4880104756, 0x39a777f2a1c97c00
	.quad 0xbfaff546eb84a9d1, 0x7ff76ea30b5e3d71
	.quad 0x8e3b297c3242715f, 0xff800000806871f4
	.quad 0x5232db2ecf3defff, 0x4e892fab7bfedef1
	.quad 0xe67d9fedffefb600, 0x65d7fb13a9094800
	.quad 0x817fffff79e02756, 0x8a33e016d372eeec
	.quad 0xffd0000000000000, 0xa43161ddffc37e00
	.quad 0xf2fb7585af7e3aed, 0xcdabf5a1944577ff
	.quad 0xae3bba64ff1f7e72, 0x39b6b1daf7fe5fff
	.quad 0x80398e6fc2659ca7, 0x931e3746f1cf7f74
	.quad 0x0c0cfd676ca8fbff, 0xec69b69ff40f5df5
	.quad 0x1186d21d80000000, 0x96b5cbe8c6b69b39
	.quad 0x48a000002c4dca7b, 0xbdc6a0fc7ee24880
	.quad 0x9bf459db170a303d, 0xc012000000000000
	.quad 0xfe3906a02a06a2d2, 0xb7f111809ff846f3
	.quad 0xc038bb8465071de1, 0x7ff1c89466fd927d
	.quad 0x08a5822bfe401d4b, 0x40150716fcf8f2fb
	.quad 0xbff4000000000000, 0xbfe8000000000000
	.quad 0x9cbbccbefbfffffe, 0xfe024fb6366f3109
	.quad 0x3ec0000000000000, 0x3aa647b980000000
	.quad 0x7ff021bae1d83e04, 0xc217bed0f9f693f9
	.quad 0xfb5316f49efe9f00, 0x80219435007fffff
	.quad 0x7df0fe2f60b678fc, 0x5081b11c55404240
	.quad 0x4003000000000000, 0x40071a6a3bb2e56c
	.quad 0x081b62d4fae6e4dd, 0x0ab24e91ffddbf77
	.quad 0xf4a83958465f7da8, 0xfff0000000000000
	.quad 0x2344f1eff7cc4230, 0x3fcf668ed268da2c
	.quad 0x4da0f27fcfbf5fda, 0x4021800000000000
	.quad 0xb5d598e6bf3dcaf6, 0x9b0eb456b2e79dfc
	.quad 0x7f8000008abc6e3c, 0x3edc8c10bc40366e
	.quad 0xbea00000c04c04b7, 0xffc000007f800000
	.quad 0x48f000007ffa718b, 0x81a16f56f702df1c
seed60:
	.quad 0xbfb5757924123629
	.quad 0x0000000100000000
	.quad 0x000000000002ce7a
	.quad 0xffffffffffffff84
	.quad 0x7fffffffffffffff
	.quad 0xffb6a37baa480469
	.quad 0x20c001bd347be95b
	.quad 0xffffffffffffffeb
	.quad 0xffffffffffffff3b
	.quad 0x0000000001000001
	.quad 0xa1cc511c671fcd74
	.quad 0xffffffffffffe30c
	.quad 0x9cbadce5cd98dd9b
	.quad 0x6d3493464e660364
	.quad 0x0020000000000001
	.quad 0xffffffffffffffff
	.quad 0x00400000
	.quad 0xe0000000
	.quad 0xe5258f7d75ff90d0, 0x42f6000ae7533e80
	.quad 0x7fd8147bff0a0485, 0x6c0131b495bb66e1
	.quad 0x23b10e14b0faf949, 0x03b3f7270e218897
	.quad 0xfff78735007fffff, 0xfff0000000000000
	.quad 0xe169c418f4651097, 0xff83de7743e82f66
	.quad 0x4278777c53dc7c00, 0x0000000000000000
	.quad 0x02d26451d0dc8410, 0x8063d9b2802a0f1d
	.quad 0x7a8da5f4c0d80000, 0xfff0000000000000
	.quad 0x41180000054afde3, 0x4c7a8ac4c5638000
	.quad 0xab8619cc3d3b922f, 0x7ffc4b77ff800000
	.quad 0x8d3f59ad94041e4b, 0x0c1478f8be578000
	.quad 0x4227b2219aad7389, 0x424f844afc7a0000
	.quad 0xe7bd95387f58fc00, 0x7e9273b0c4a21233
	.quad 0x4a7654b5fdefffaf, 0x7c027cf060227fba
	.quad 0x493d72f2bbbf43fe, 0xdcbaca5cffeccc5e
	.quad 0x7e531d6341180000, 0xb6807fe5eabdbc56
	.quad 0xe2920d9ef649bb28, 0x3fe000007f65dca0
	.quad 0xc01c000000000000, 0xbd435e1340a44e78
	.quad 0x7fb60ce93c07d67f, 0x000bdd1463c8e755
	.quad 0x705297e6695f4e04, 0xd98d4605ff85c0a7
	.quad 0x8031c3f100000000, 0x7ff8000000000000
	.quad 0x0008fb804666f854, 0x4022000000000000
	.quad 0x9389ea7d1777ff11, 0x0000000092f2a1f3
	.quad 0x7ff4b67a84e436c6, 0x369cbdd93ab2db13
	.quad 0x7ff5410c5014bd2b, 0x8000000000000000
	.quad 0x3d1f97cdc0c00000, 0x405d95b6ff800000
	.quad 0x3ffe48c6246f7f82, 0x5bb2ce8bfbffffff
	.quad 0xc15ef17800000000, 0x3f5c0fff460fdc12
	.quad 0xd5ec335de406fc00, 0xeed0d242ee9776e4
	.quad 0x89308e24abdd5fa9, 0x42c226ff40980000
	.quad 0xc0e80000ffa0926c, 0x723bedbbd26f515d
	.quad 0xfc894c9dcaaf789f, 0x8011673ffef8bbc6
seed61:
	.quad 0x8000000000000000
	.quad 0xfffffffff5cca106
	.quad 0xfffffffffffff637
	.quad 0xfffffffffffffff7
	.quad 0x8000000000000000
	.quad 0xfffffb122dfd4216
	.quad 0x1241f8ffceb83815
	.quad 0xfffffffffffffdf0
	.quad 0xff1701afa42a4a34
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffff14d
	.quad 0x1fd1aec47d444a34
	.quad 0xffffffffddcdebd2
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000293
	.quad 0xffffffffffffff81
	.quad 0x00800000
	.quad 0x60000000
	.quad 0xbf8e4c6877e4a9af, 0x7fffe1bb00fc359c
	.quad 0xd1e660fd0656bc00, 0x7fbb66837f800000
	.quad 0xfff8000000000000, 0x8000000000000000
	.quad 0xc02f4a5476d6b9a1, 0x36cc2a39ffc0627a
	.quad 0x34d3e4839aed7b10, 0x4dd6db987dcccddf
	.quad 0x004ea8ef80000000, 0x0c83a91909f4fbff
	.quad 0x80f8b0efffc56e5d, 0x800be1f7af592ba5
	.quad 0xc108000036800000, 0xfffb3ecf116d38ae
	.quad 0x0033d8a53f400000, 0xbafaf22ed7ffe8ef
	.quad 0xfe3ba957b81ab908, 0xe3b7e53db8fbf9f7
	.quad 0x7ec0c6ce372410e3, 0xc02a3db2fbe1db0e
	.quad 0x45603d719530ed73, 0x35775414653c07ff
	.quad 0x8c3bf9c5946a796f, 0xda8a8f41feb6dd38
	.quad 0xffc000000c5ff06a, 0x3cee31d3ffbaf5d1
	.quad 0x7ffd46b822f755c7, 0xfbe5369b43c793b2
	.quad 0xbe8af78900000001, 0x1a00d86e430e0000
	.quad 0xfff8a01bfd849f2a, 0x45ab59fefffbd7fb
	.quad 0x24b36d84d5750000, 0x71620fb544500000
	.quad 0xfff31b368e68d9fc, 0xb6dde64ff1e4cf0f
	.quad 0xc258ee433de62926, 0x468c000030dc4536
	.quad 0x3b48492cdb5e31a8, 0xbfc1800000000000
	.quad 0xe99adf11fffde505, 0xffed9e99ffe75876
	.quad 0xbf98000000000000, 0x7f800000feffffff
	.quad 0x00011921098ac6f1, 0x7fe4f4efd2fd6273
	.quad 0xbc17de7042000000, 0x90cda12c5a6221a0
	.quad 0xb7dc7693ff8d0000, 0x16fcb66142b938b8
	.quad 0xc032bb7a418968ac, 0xc1159ef4ff6ce7dd
	.quad 0x7e602ccb3beb9d32, 0x86cff28618df5f2a
	.quad 0xa099b0e29a517c92, 0x00800000ff7fffff
	.quad 0x39c0000084c414dc, 0xb151d57fc11c0104
	.quad 0xff7fffffbc560000, 0xed37219b627cfe00
	.quad 0x4f0000017fb41882, 0x218d4bf9b3f2bfd7
seed62:
	.quad 0xfffffffffaea9ed0
	.quad 0xffffffffffef48ed
	.quad 0x0000000031016620
	.quad 0xfffffffffffffec0
	.quad 0x0020000000000001
	.quad 0xfeec0a355b18b420
	.quad 0xe78ca1b31aa7f5d9
	.quad 0xcec2a03d4937f724
	.quad 0xffffffffffffff49
	.quad 0xfffffffffffffff5
	.quad 0x9426c4195c45142d
	.quad 0xffffffffffffff27
	.quad 0x000000003475da58
	.quad 0xffffffffffffffff
	.quad 0x00000000014788f4
	.quad 0x00000000ffffffff
	.quad 0x02000000
	.quad 0xf0000000
	.quad 0xbf9df540ba02fbf0, 0x5f1a68837f92e72c
	.quad 0x082cd9ddbe50a9df, 0x7886690abc7ffbdb
	.quad 0x401a6345c60f0d98, 0xbfd81ef293d41b54
	.quad 0x3c05bf899dbefc00, 0xbfb800000139cf4c
	.quad 0x754a26a6ffe9efd0, 0x70cef5fb9795e465
	.quad 0x62ab159d307c44de, 0xff7fffffc00265be
	.quad 0x80000000bed261c4, 0x7e0b305d74409b5e
	.quad 0x72e2d926d98b8674, 0x7ff68628facfaad1
	.quad 0xc01f000000000000, 0xffbf375000000000
	.quad 0x548cf1ea6f08db84, 0xc01faddcf7ffffff
	.quad 0x68134c7bfaffefdf, 0x617790dadfffff90
	.quad 0x9c021bfd2bbc5e88, 0xc98000007fc00000
	.quad 0x6b94121a6138adc7, 0x6da0ee0e43dbae2f
	.quad 0x009aa8b0df950607, 0x80000001bffffffe
	.quad 0x63dc84b6cefd7300, 0xa749bea8e9da0134
	.quad 0x03799b112e66cd53, 0x7f8e5362c1200000
	.quad 0x51984f73f2fbefbe, 0xfff0000000000000
	.quad 0x3bc39870ffeefd20, 0x8a9f606cfe3eff77
	.quad 0x05377affd55cdccc, 0x4000000181000000
	.quad 0x11dd485ddb7fffff, 0xebca300dd25da265
	.quad 0x794943170faaa6a9, 0x6271257d3afd76b7
	.quad 0x7fd8c99180913460, 0x61491bd0dff4044a
	.quad 0xcd116c098093637a, 0x4040000095fec5d5
	.quad 0x3f84d9cfb7e8ae9b, 0x8006df1f0bb98de8
	.quad 0xdaa9829b21158d02, 0xf2a7e05b6087a361
	.quad 0x7a1daad430197c00, 0x3c20f2d98a624fa9
	.quad 0x800f1d2639da9ec5, 0x5d0c1f77bbb7811a
	.quad 0x8be32ecadb7dafff, 0x5d47698dd7978a47
	.quad 0x7ff8000000000000, 0x1a4b10980d989e20
	.quad 0x3f1cd3937fe2339d, 0x8661311f0564fbfe
	.quad 0xc8bb50ea5b997801, 0x4207985628f0c4cc
	.quad 0xc1ffffffffffffff, 0xb4aac694c1800000
seed63:
	.quad 0xa0271bf5ecb92ef8
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0xffffffffffe7b02c
	.quad 0x0020000000000001
	.quad 0x0000000080000000
	.quad 0xff9de749d8b8110d
	.quad 0x0000000000000392
	.quad 0xfffffffbaf58d7bd
	.quad 0xffffffffd998c25b
	.quad 0xffffe4cea199d06c
	.quad 0xffffffffffffffe4
	.quad 0xffffffff80000000
	.quad 0x00000000ffffffff
	.quad 0x6f8679a5764fc072
	.quad 0x4b74dd4ea259b35d
	.quad 0x00400000
	.quad 0x00000000
	.quad 0xdcd4d4e64d01bafd, 0xbb8614159233abb6
	.quad 0x0002e6da263f696d, 0x7f8000007efc1868
	.quad 0x7f9846d0fa961920, 0xbc076fe5423b3830
	.quad 0xee5d97acde6a4830, 0xff6ffe99a1a52dc0
	.quad 0x8f8bfd9e420ea37b, 0x002fffffffffffff
	.quad 0x017fb0e47f800000, 0x00000000007fffff
	.quad 0x89e708d100000000, 0x666673b7e6b1fe12
	.quad 0xc9364cd34294b015, 0x41200000817fffff
	.quad 0x43f62193fff20684, 0xb4c34e1899089d50
	.quad 0x6acdbe870cf9de32, 0x3d62ee01fba0a41e
	.quad 0xff5b249f43ec14c1, 0xbf9d800000000000
	.quad 0x0000000000000000, 0xba4e00005a6a055c
	.quad 0x988f72aba9cf797a, 0xfff0000000000000
	.quad 0x1a3cba401f3e0edc, 0xa49037d5fe6d6f7f
	.quad 0x0000000000000000, 0xbbd1c2c7ffc00000
	.quad 0x3c18973c80000000, 0x43d6443fbdd41bc9
	.quad 0xfff0000000000000, 0x7ff0000000000000
	.quad 0x423b6182c0980000, 0x4c44bffa6c20fd6d
	.quad 0x0067b3053f8e2f3a, 0xbff4000000000000
	.quad 0xf3286100dbbf7f7f, 0xc781522c7f800000
	.quad 0xe5130c86bfaffdeb, 0xc04faa707dd9b58b
	.quad 0x456ec683ffddfeef, 0x5243523f40900000
	.quad 0xc018ce0c2e6f2763, 0x0000000006b3dfd6
	.quad 0x81d383ae9147a9e1, 0x8001126ad13d0136
	.quad 0xc09114c027ad27de, 0x80000000c1e5a317
	.quad 0x834911c7b365fcb8, 0x9388d9c3411c0000
	.quad 0x969a6fc87eb5b803, 0x7ff6f3f0091f3389
	.quad 0x2e5ed49d0a247900, 0x52c7007941df8200
	.quad 0xda2a3c12d48c8640, 0xc7da3264ff4f3165
	.quad 0x3fb4dfa33ee20163, 0x4124000000000000
	.quad 0xbff8000000000000, 0x3ff0000040f00000
	.quad 0xd2dde275ffc34e87, 0x1774b0023d430800
