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
	.inst 0x0f859070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21d491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6898d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e21da33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6e2a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f88f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e710166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6b3421
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e27cc78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61b999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c1fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f80589b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e85d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e42605d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f2dfdde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24c07f
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
	.inst 0x1e274130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eafecd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e70f872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6140d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e618a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0c8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2428f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e229466
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0f8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c07a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee1b9fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21d99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0fb3909d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee0fbbf
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
	.inst 0x5ee0c8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e70a56c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e63cd92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6638b3
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
	.inst 0x6ee199f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e752936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f6c08f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e711898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f3bfcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0caba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e242abb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f38fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e3cde3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f23b15f
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
	.inst 0x0e26ccf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee198d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eadecd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f02a013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4c9dd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70f9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e250956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6bd4ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fd25958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6b86d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6e8e9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3800cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0f89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62011f
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
	.inst 0x0f3afc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fd01851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f220812
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
	.inst 0x1e6720f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2109f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee4f416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e704a17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f282c38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e21b919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1a83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f47aa1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e240a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2201dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2cdcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6179bf
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
	.inst 0x9e6901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c192
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
	.inst 0x9e620014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e209677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e742130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2300f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eb6e579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e632140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61ba3c
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
	.inst 0x6e6168de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61d8ff
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
	.inst 0x1e252990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0a4191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2b2993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2000a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e615664
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e640206
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2201d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fc49038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e680069
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
	.inst 0x1e6c68db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e032d1e
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
	.inst 0x9e220090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f483e11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f000a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f38fcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0d915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e717838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f049499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea2c49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f471d5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fa3991c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee4c4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0ca1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29889f
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
	.inst 0x1e282990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea7fc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0c9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e274a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61d855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e390266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c36c7
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
	.inst 0x1e6d3879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e6bcd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1ee2c21b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee9d43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e635a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef9ecde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea4d59f
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
	.inst 0x1e263010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e21d892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f500513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e18a264
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e6301f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7120d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ee0c897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e752a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc49199
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc5103a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21dedb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e889c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d68bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28d758
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7d2080
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
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e345011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e6832
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
	.inst 0x0e6169f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee240f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea199d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e21b8d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eb4f418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7f5019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e63f5fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0f93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2300dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f1b143d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29b525
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7900af
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
	.inst 0x1e6119d0
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
	.inst 0x6e20d632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6408d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30ca75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1d976
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
	.inst 0x1e7719d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e6fe499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e35395a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e029d5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f29fd9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea1d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2200be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2178ff
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
	.inst 0x1e189040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4d0611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6cf5b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6100a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2064f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390085
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
	.inst 0x1e2dbc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2ae418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5f7be459
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
	.inst 0x1e6188fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6569bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61a93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6c9aff
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
	.inst 0x4fc79830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e614211
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
	.inst 0x1e728c73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70fa14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7101c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1b956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e76e4e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e21d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e445f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67385a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c2020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f45fdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e6800ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62427e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6eb55f
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
	.inst 0x7e616850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f00a9d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ee0c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f321834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60f53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e380166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c3997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e231a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62bc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e63c49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f8a901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24697d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e61968d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e30c89f
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
	.inst 0x2e21c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2c80b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6f2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4bacb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e203a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f23b1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e64dcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e26fd17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e712858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e24dd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6d2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6cf01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65429c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1d91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0aac1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0e89f
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
	.inst 0x1f68ad30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e305811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f504013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e780144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e25fc55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e23c516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6efcf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1b978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e21c2bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e238f5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e79014e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78018f
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
	.inst 0x4ee0f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e701831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e268438
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a0a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f31c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1b8d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61d997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f29ad78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02d5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea0d91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4efafddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e71016c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2902cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea0c8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0c93f
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
	.inst 0x1f2638b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f2ee491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c092
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f33fdd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e620194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e02ad95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7001e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e310107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6189d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f6ee6b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee1d99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e25dddb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e595c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcb1b3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee19a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e65006f
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
	.inst 0x1e6a1990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e660a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e640162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f34e613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e65dd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f299896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3800c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21b838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e02bdb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ef7e71a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e03917b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23013c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eebecbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0e89f
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
	.inst 0x1e230810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f271611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e390082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6778b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f3299d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e67c1b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6129d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f452137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ffd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eacd539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2740fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e621582
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc3901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62383d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e21ab9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2025bf
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
	.inst 0x1e42b450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea7fcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6fee12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e216833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a3cf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1f835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b88d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21b9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e03e5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fa35839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e24281a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e61c87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e272180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e02383e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e65f41f
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
	.inst 0x1e612070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e205a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e21b852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f09ad53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e618a14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61ca57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e617958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5eedfdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f0f3c9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7529fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1b8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e676563
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e2439
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
	.inst 0x1e640140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee1d9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e608932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e2fe413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4f1e54
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
	.inst 0x4e22d596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e424cf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f2ae638
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
	.inst 0x1e6b1aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e78010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f271d7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e39006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e21a9df
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
	.inst 0x4f8058d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e300891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e18a902
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64c0d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e335421
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e34de35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e745a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61b978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f680c39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fc4999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2ded3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61b97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f581d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eeef4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f69505f
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
	.inst 0x7e69e470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e6169b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e675813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e682934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7eb0fa75
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
	.inst 0x6eb0c9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2ec43f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f354959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee241da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6269db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6e21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea5f43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21497f
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
	.inst 0x1e6c2c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eeece11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d88b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e250894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6201f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2239d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea1d9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e221999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20ecbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61889c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e605b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7803ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb8c47f
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
	.inst 0x1e2001e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e69f511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2784d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f831233
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
	.inst 0x1e630175
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e661816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e623a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2a6a19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e23c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1d83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70f9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c15e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f2be4df
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
	.inst 0x4e61d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e780041
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e219892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e641933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21a9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6441f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e682080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e64c217
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f360678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e614019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3101ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f47d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62003c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c293d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2820e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61a99f
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
	.inst 0x4e216990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e60c071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee19a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e644993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e6ce5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fca10f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0da17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f25fd58
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
	.inst 0x1e27421a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e26d4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6101ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f552fbf
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
	.inst 0x1e21c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2801c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e27c612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e731e75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e6188b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2642d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c0b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6400c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7235a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e7102cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ef8f59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e372110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2e49fe
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
	.inst 0x4ea8f5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a6991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e620112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e326e33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e700084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e242835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e315956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7100a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6addd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f69be19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea0c9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e42f81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea6e59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d911d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b19be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e188aef
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
	.inst 0x6eaad430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f279111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f7fe553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fc91194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e640125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2ea1ec96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e616837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f2cfd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2064cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22ce1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22007b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea1d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6ec4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e274aff
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
	.inst 0x1ee24010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6f3dfcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e214112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f8d5a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2c4515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6919d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3801e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e6168d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e188449
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e218a7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e21d85b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7100cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6eed3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea1a9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e24e49f
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
	.inst 0x6eecd570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7019f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e309632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d5a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e61d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6500c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ea3f5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e70c4af
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3736d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2d7d1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6bedfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2d983e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22c11f
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
	.inst 0x2ea1a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e617a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f35e493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f20e434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3101c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e632520
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e667818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d1899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea1f97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29397b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6f2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e7901af
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
	.inst 0x9e7100e0
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
	.inst 0x0e2bcc52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eaacd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e62dc54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2418b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e665876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f879977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e19cd68
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f21e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e42b9fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ef6d4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e272040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a28fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e66cc3f
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
	.inst 0x4e67fdd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6fa491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee24232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e21a9d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e280064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21c8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc099b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e612918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2900c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21c97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e24c1bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc6595c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f65677d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0f83e
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
	.inst 0x1e277930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e66dd91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e244232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230133
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
	.inst 0x1f741c95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e67fc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc451d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f2458
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
	.inst 0x1e20c05b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e21018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e64010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f885a3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eefc5df
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
	.inst 0x1e21c0d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d4851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6240f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e678a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2900c5
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
	.inst 0x2e2ef477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea0c858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeaec59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59deea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eadf61b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7fce925c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e66409d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f2bfc3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2bfc9f
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
	.inst 0x9e630090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e240201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e680992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2828f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a09f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e29d555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0fa950d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f223e17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e265818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ea3d6f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67895a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25010b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e7101ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e65008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e652170
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
	.inst 0x4ee6d430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a1811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c1f2
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
	.inst 0x1e6540d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c19b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59a4c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f43fd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e218938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e339019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a6aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66197b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e79024c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2aa95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2add5e
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
	.inst 0x1e03b810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e2ef451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7900e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6669d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eacf414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602a16
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
	.inst 0x4e6afd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d6879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f89925a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc910db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21a8bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22017d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a1b7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6d15ff
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
	.inst 0x2e29d4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f304191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71ae32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcc91f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e221814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e210045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620156
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e61c0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6b90f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e31f499
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0fa7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61ba5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e267b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eaae51d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b84e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f36fedf
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
	.inst 0x1e644130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2888d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e621013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea1da34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e692220
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e28cd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e732180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f78e558
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e63c299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6a991a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fb1517b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e33d57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78036d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3478be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e22017f
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
	.inst 0x1e6938d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e325011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e43f4b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f2f8e34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61a835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7801c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f272137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6c2018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e674219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64405a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e62015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f3329dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e2301fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f289e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e59e40f
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
	.inst 0x4fca58d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e303831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7faf9952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18fa03
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e616954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e721571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e210086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e73d684
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7901a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2422b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27401a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0fb2901b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f400ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e28d41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f85985f
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
	.inst 0x1e220070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6bfc31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e18bda2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3129d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f6c35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f8c9276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fcf1937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2501c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70da39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f73fcba
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
	.inst 0x1e73287c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee9c41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69c4c4
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
	.inst 0x1e65c170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e290021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6a2100
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
	.inst 0x2ea1d974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee8c4d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f37fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f109578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2222e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29387a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e74799b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e34481c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f2a117e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23181f
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
	.inst 0x1e2141b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e2ae611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ea1fe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3000a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee2c0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2119d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fca5856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2640d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e61c938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70fb19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e21b91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f38b8db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e3101ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2200dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0f91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea3d57f
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
	.inst 0x4fab58f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6818f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f63b5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2b2a34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e600165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e230036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6fcc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e60c098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c05b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e66435c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0c91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e26dc9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24c33f
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
	.inst 0x4f44fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee7ee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1f992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e680144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4a9115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e64e676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f6ee418
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2b34cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e028c1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e252090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e299e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2901cf
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
	.inst 0x4fca5810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f831011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e600102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f3ffe33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e62442f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2c51f5
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
	.inst 0x1e20c2d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7420f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e25004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e22c03b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2eb01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2cff1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0c9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2a2160
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
	.inst 0x2e21b8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6359b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e301592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0fa33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee0d9f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0fab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eecf457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc81058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e310169
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62423a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0dabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30da7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62001d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60493e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0fb9f
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
	.inst 0x6e23c4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e216832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e262d13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eefd554
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e740856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f56c437
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f740cd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6629d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21281a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2189db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7f32fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e697d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6168bf
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
	.inst 0x6f74e590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b29f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30c932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e305dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21c8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e68b4a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f04d196
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e20c037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2c1958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70c999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e26425a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e692030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64ac9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0cb1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6cf754
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78002f
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
	.inst 0x4e21a830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee2ec51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e630012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f259a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e324954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e19e905
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6d21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6a5a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6bddb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f68d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70f9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e25016b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e62fcdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6420d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f48591e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64405f
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
	.inst 0x1e6a09d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e29f5f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22e49f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e217a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea198d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e2179f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e690066
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e303937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0f9d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c1d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3800aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e703d9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2dde5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30d8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c1be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c35f
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
	.inst 0x1e6c6c70
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
	.inst 0x1e23ce12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e662060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6b39b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e61d8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2889d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f57e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2002a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e711ada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e352688
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f79291c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30fb7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6fcc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6b58df
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
	.inst 0x5fc35970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21c871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e68d4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e254173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6694ef
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e4389d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2edc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e260997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2198b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f0a06fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ee1da9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c07c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61b89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1db3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f41391f
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
	.inst 0x6e21a9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c911
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
	.inst 0x1ee24173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2541d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e663975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0e9b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790087
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e644098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e291939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f42203a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd4997b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c17c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f5be5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1b91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5e61a9df
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
	.inst 0x1e2740f0
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
	.inst 0x9e58c4c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e216853
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
	.inst 0x0f2ce5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fcc5896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee3c537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e780068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e6168f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0f53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e783b1b
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
	.inst 0x1e643add
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6641de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03d11f
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
	.inst 0x1e21c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e2de412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f053cd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f301914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e780205
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e62acb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e250147
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e582548
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380129
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f33e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e76099b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22011c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e78018d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6178fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63013f
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
	.inst 0x0e2168d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e221931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e69e412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f51c913
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650224
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
	.inst 0x1e6d6a16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea7ee18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390289
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66893a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67401c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6bdc3d
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
	.inst 0x0e61697f
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
	.quad 0xa5814b918fb034ad
	.quad 0x0000000000000036
	.quad 0x0000000100000000
	.quad 0x00000000000003a5
	.quad 0xfffffffffffffb02
	.quad 0x00f9a6a7eeac34c2
	.quad 0xfffffffffffffff3
	.quad 0x00000000000000d9
	.quad 0x000000005a340742
	.quad 0x126064c7b61cb7dd
	.quad 0x6caed0b9a9978d74
	.quad 0xfffffff8d5010767
	.quad 0xffffffffffffffc9
	.quad 0xfffffffffffe9538
	.quad 0xffffffffc6714fee
	.quad 0x0d882c4c061d402c
	.quad 0x00000000
	.quad 0xa0000000
	.quad 0x3fb2ab905ffa6fb1, 0xc022c1f3ddeb3d99
	.quad 0x00fbb8cd7fe3b202, 0x7c025e1dba000000
	.quad 0x8000000000000000, 0x0005d66e39bd7e18
	.quad 0x102fbdc5c0bb1a7a, 0xf929e4fad8d29d68
	.quad 0x0008000000000000, 0xff800000f4771157
	.quad 0x43f0000000000000, 0xda000000066faecb
	.quad 0xbc514406bead6360, 0x7fdfffffffffffff
	.quad 0xbfe9a2f3bdf02637, 0x02c69c2fe20e768a
	.quad 0x3fe8000000000000, 0xbcb805ee7fc00000
	.quad 0x3d839247bf800000, 0xa036b09499ffedfe
	.quad 0xfdede88bff77179e, 0xbfe781eb9b9030be
	.quad 0x71576407007713b8, 0xbff8000001000000
	.quad 0x9da1b2d6b717c440, 0xc11000007effffff
	.quad 0x4335d977ff800000, 0xc17b3a2c54ba3010
	.quad 0xfff674cc4282baa7, 0xeb3d9e18465483c4
	.quad 0xffddfde5161ebaa1, 0xff800000bf773882
	.quad 0xf12c25712d33fe6d, 0x6e288458134848e0
	.quad 0x77d8d7c9caf302f8, 0xffff8b8180903f8f
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0x000a4aba645ef13f, 0x3e468e763f500000
	.quad 0x7f46786546400000, 0xa8c06f26bc6a3e8b
	.quad 0x0000000041fb8e31, 0xc07514ac436fa354
	.quad 0x7639195e0789782a, 0x9e72a81d3e11e3c3
	.quad 0xc700000040100000, 0x410c2dc91eba3aa6
	.quad 0xff17e486e2fdb1c3, 0xd4d6b70c64277c00
	.quad 0x7ff0000000000000, 0xd39df1117cbee772
	.quad 0xcfb4de6e6c6bbc95, 0xd6f4ac33c1d35340
	.quad 0x8008000000000000, 0x4273000037b90000
	.quad 0x8a307af8ffe2018b, 0x4002000000000000
	.quad 0x1cf2fb71a4c9a730, 0xffd709ba40000000
	.quad 0x63fb06bdece7b66a, 0xc02f30a3ffb42413
	.quad 0x639c5d7a3dfbfd78, 0x400e9c2f8554e6eb
seed1:
	.quad 0x00003b1bf29e2ab3
	.quad 0xfceaf5f6982a193f
	.quad 0xfffff98837e86df1
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe10
	.quad 0x5d746e160a0738ab
	.quad 0xe8e7b3fdb2962cc0
	.quad 0xfffffffffff93a67
	.quad 0xffffffff80000000
	.quad 0xbcf7afbfda29236c
	.quad 0xffffffffffffff1b
	.quad 0xe4629065fa9c4caf
	.quad 0x0000000001000001
	.quad 0x5a6c4172b422e02c
	.quad 0xa07b28113e576db3
	.quad 0xce3d59c660ed2b16
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0xffeeac1cd8aaa7ab, 0x724a25f53ba250e2
	.quad 0x8000000000000000, 0x3ff8000000000000
	.quad 0x0968cebef058fbfd, 0xf92b66f9922d5afe
	.quad 0x3039ba1fb6fffffb, 0x025ae575456e20fd
	.quad 0xddd46b0f7fbaf8b5, 0x8351725715ef4c0c
	.quad 0x7fc00000ff800000, 0x41edcaa1dfcdba2d
	.quad 0x7faf9f9ac3a3d3c8, 0x443572767f6e761a
	.quad 0xde180da87febaa65, 0xbff5ae026fa0015c
	.quad 0x3503c30a2dfff003, 0xde3d2a4bd182795e
	.quad 0x3f7d83be03b359ee, 0x89b0e57b47ffffff
	.quad 0x3f997a18574cb1ed, 0x7ff0000000000000
	.quad 0xc78000007f800000, 0x80e190c3a7135d07
	.quad 0x4081800000000000, 0xf1b90463ffdebc77
	.quad 0x7f800000ba578000, 0x087993d8ff000000
	.quad 0x5cbbf7fbfb3fbbff, 0x9e6c7877405745a3
	.quad 0xbbe96745bcfbdbff, 0x8fdabf41bf8ffc2e
	.quad 0x0040000042f949a8, 0x401d000000000000
	.quad 0xe1027b609fd5ac0a, 0xd2a1b0acc2d5512b
	.quad 0xfbfdb4ebf7ff7c00, 0xff800000ffef8135
	.quad 0x800baf7f143f3943, 0x3f754bf163e5c035
	.quad 0xa7559295458b167b, 0xfd82d61165198e19
	.quad 0xd46ee1980e5f04f0, 0x83b4509a6eeb3576
	.quad 0x4019800000000000, 0x8124e7a58592d4b7
	.quad 0x8000000000000000, 0x3ff67f631cd9c9ca
	.quad 0x00210183ffe1fdfa, 0x1de793f5bd17ab00
	.quad 0x5e204517beda7f25, 0x85b564df80000000
	.quad 0x7ff25ae938b1ae6c, 0x98c0011c7f4c4806
	.quad 0xc9b587cde58b7c5a, 0xff8000007f800000
	.quad 0x3fbc407c7f05d1c5, 0x9ea78e024fa522ad
	.quad 0x17dcc38fffbb7dcf, 0xf218a498affb7fdb
	.quad 0xc3efffffffffffff, 0xffe0000000000000
	.quad 0x0c9bb1b7fe9baec2, 0x6a16fe1b17dbde3f
seed2:
	.quad 0xfffffffffffffe7e
	.quad 0x56570da1284edb1c
	.quad 0xfffffffffffffc95
	.quad 0xfb5fddfbe78970c6
	.quad 0x0000000000021144
	.quad 0x0020000000000001
	.quad 0x2c4c6edf0f176d9f
	.quad 0xffffffffffffec2b
	.quad 0x6a2565d5000294bd
	.quad 0x000cc0a2f0763354
	.quad 0x7c00eb7eadeb756f
	.quad 0x0000000080000000
	.quad 0x7ceda2a14ce1b72a
	.quad 0x0020000000000001
	.quad 0x00013ce94b741133
	.quad 0xfffd3c82cc835b5f
	.quad 0x02000000
	.quad 0xb0000000
	.quad 0xc5754f17c609afdf, 0x11eecd4f80000001
	.quad 0x17a273833ffffffe, 0xfff7678f07efdbfd
	.quad 0x83c5897b7ee70dad, 0x7f8000003f900000
	.quad 0x7f80000000000000, 0x977c73888c4cfe00
	.quad 0x8e62753a1c4cc652, 0x7ff0000000000000
	.quad 0x7ebf4cbb3de97928, 0x7ff12bdaee945974
	.quad 0xc02689d7d2d7d9af, 0xfc98113cf99bf8df
	.quad 0x47400000409c0000, 0xe19ff5bb18ae7c00
	.quad 0xfe051618842cef92, 0x7398ac83c4e8fd2e
	.quad 0xc006000000000000, 0x1caf679f6e7303b8
	.quad 0xef493a6a74f54140, 0xbfe000000cb6f21c
	.quad 0x9aa7b598f7efc6a6, 0x7d8bcf21657ed4ef
	.quad 0x807fffff000062e2, 0x599dfa3041aa5f13
	.quad 0x80bf21577682bf82, 0xbc118000ff800000
	.quad 0x802e67d85556234e, 0x479761717cd77e00
	.quad 0x7ebc02a06ee60f5c, 0xe677a724972c7c00
	.quad 0xfff0000000000000, 0x401a000000000000
	.quad 0xe0389807edf68370, 0x2d79614fe73d7bff
	.quad 0xc3fb55c4145feda4, 0x5f1ae865e7a4ecc0
	.quad 0xbfc6b17a109468bd, 0xc278ca81c01cb139
	.quad 0x0000000000000000, 0x41f0000000000001
	.quad 0xc00df7561d0b952f, 0xa39ab9dfb0dffbb4
	.quad 0x3fa19340ab5fc8df, 0x8b193ed4ebfec192
	.quad 0xa1f2f938bf35c62e, 0xcc571776fdfdfabf
	.quad 0x7ff0000000000000, 0x13e652edd8296673
	.quad 0x1536dd64c1525b21, 0x80000000ffc00000
	.quad 0x407fffffc33733d9, 0x004000000072d871
	.quad 0xb733183bfffffffe, 0xdd04c8957580fa03
	.quad 0x7fe1c60940680000, 0x401d53bd8118915e
	.quad 0x80000000810dca0d, 0xfff8000000000000
	.quad 0xd7ea9dd6bd2fffdf, 0x500305c46ecbfe00
	.quad 0x643c45e67fb51358, 0x0000000180305314
seed3:
	.quad 0xcdc8b5ec4b4b38fd
	.quad 0x8d6d76965578e598
	.quad 0x000000000000000d
	.quad 0xffffffffc770270f
	.quad 0x0020000000000001
	.quad 0xfffffffffffffee5
	.quad 0x37169131440e19e7
	.quad 0x00000000000000dd
	.quad 0x000000191b642530
	.quad 0xecea7878f9995df2
	.quad 0xe6cef7e6e2f21dce
	.quad 0x0f536627f0535056
	.quad 0x00000000000001b4
	.quad 0x6cb14e0d3bf9cc7c
	.quad 0x000d5942ef2388ba
	.quad 0x0000000695878fe7
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0x10f954232c2b0000, 0x0010000000000000
	.quad 0x80227460ff800000, 0xc016000000000000
	.quad 0x8060b7b9ff800000, 0xc331fda314bcbc52
	.quad 0x80205a1601000000, 0x80f8b1ba4c04c55f
	.quad 0xc1f0000000000001, 0xfa0646966d9f7f4f
	.quad 0xffd0df5a71298473, 0x8efe0e8509b0fc00
	.quad 0x7ff8000000000000, 0x88a1f6b4dcb393b8
	.quad 0xfee5b7e6b9fc75c5, 0xfff0000000000000
	.quad 0xc37fba8109211a8b, 0xae01ddc5f4f80000
	.quad 0x0008b6f5d0f7d52c, 0x7f80000002f61bb3
	.quad 0x17081ec17f1ddd77, 0xc016000000000000
	.quad 0xbfc61eec5dd4a2a0, 0x401f000000000000
	.quad 0x3ffdfd605c9a78d5, 0xffe0000000000000
	.quad 0xfff7f839ddb72d03, 0x7fc00000cf7fffff
	.quad 0x7b23fec58e824877, 0x40980000e5448fa5
	.quad 0xc7a84140ef9cfa34, 0x7f8000003c800000
	.quad 0x7e30a35481b6ba02, 0xc02e913c80000000
	.quad 0x000000006796d869, 0x87e3165785b92446
	.quad 0x004000003fae88a4, 0xae8f23cb94eb7c00
	.quad 0x7ca69895bfbdffa7, 0x2c6e6a40ffd67b05
	.quad 0x3cf8af72af2c38d7, 0x81b7193ac3dfce96
	.quad 0x7ff0000000000000, 0x0000000000000000
	.quad 0x4190000026e6e861, 0x46da0000002a5b27
	.quad 0xa3f4339ec3d7630c, 0xbed6000000000000
	.quad 0x898887be6f5a9faf, 0xc021800000000000
	.quad 0x81b2d31bf2f54b80, 0x7df01acffc255ba9
	.quad 0x6393a5c828f975be, 0x88d8dc47dd855400
	.quad 0x7fc0000018312412, 0xff800000b7900000
	.quad 0x4022c00000000000, 0xac8496c2206f4c4f
	.quad 0x0000000073bc235b, 0x5a000000c0480000
	.quad 0xffc00000c2cc4d86, 0x34bad4189ffddd2a
	.quad 0xc0c8000080800000, 0xeaed71c23f103d24
seed4:
	.quad 0x0000000000000001
	.quad 0x060092e15ed79418
	.quad 0xfe52828482ebfb3c
	.quad 0xfffffffffffffffd
	.quad 0x8b9c10a2b34ff93d
	.quad 0xd9f18b4e75ed05f0
	.quad 0x00000000ffffffff
	.quad 0xfffffef045c88495
	.quad 0x00cbb4f6794dc142
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0xffffe720ef18290e
	.quad 0x67dd9f74e93f900f
	.quad 0x9098596b67c26692
	.quad 0x95464aa15be3e479
	.quad 0x9cdbdee30ec49c43
	.quad 0x04c00000
	.quad 0xb0000000
	.quad 0xbfbe2c0a1c38c24e, 0xb0e7a22eff8dfd99
	.quad 0x7ff0000000000000, 0xfff8000000000000
	.quad 0x5bb64a7dc436aa4e, 0x3fe110d7ec401078
	.quad 0x3c02f5b01cd158d8, 0x7fc00000c01205f2
	.quad 0x4042044ef37593b1, 0x000000003b823610
	.quad 0xff969524fa22a981, 0xc0265049fb0a1ff3
	.quad 0x0fa4ca12ed45161c, 0x0389d695699f960a
	.quad 0x3ef69b18381f2f6e, 0xfff8000000000000
	.quad 0xbdabd7f77f800000, 0x04271c1a8b0b767a
	.quad 0x6d7b0098ba668000, 0x7ffc1116c64cd8e8
	.quad 0xb9ef313e58e2d8c6, 0x76831f4ebfdfbd7f
	.quad 0xc3efffffffffffff, 0xfff0000000000000
	.quad 0x83636722ff5a46b3, 0xbf711446969185b5
	.quad 0xe8b60e4db69a0000, 0x00df33fc7f7cf0de
	.quad 0xc1ff27c8aad00643, 0xcce911dd4063108d
	.quad 0x8000000000000000, 0xc0ebbcd0c0d00000
	.quad 0x16967f2af1a35101, 0xb5cf0c1109b07c00
	.quad 0xbf2400007fe6f7e7, 0x3f08000000000000
	.quad 0x5ee1a731deb8f92b, 0x3fdbe78f75bd867f
	.quad 0x4051ff145c94e686, 0x0133978f41100000
	.quad 0x06a3487980000000, 0x5abf180af99d87a7
	.quad 0x70a4eb27bf48a1c9, 0xf174974e9a107e00
	.quad 0xf490f0247f800000, 0x9436a67c497ffffe
	.quad 0x1d30300a80830229, 0xbffc3b5300f36cc1
	.quad 0x40e000007f3d91b8, 0xc0a6cab6c0420626
	.quad 0x8f7dbdbe6dfffeb3, 0xfff0000000000000
	.quad 0xc075185dffa8cbe5, 0x93f84de6ffc8e758
	.quad 0xbf75aa2f68156481, 0x7ff0000000000000
	.quad 0x801fffffffffffff, 0xff9dbc72c50e0000
	.quad 0x1241ac1e790fe70e, 0x28ce74277fbf9ff3
	.quad 0x2d8b21e9d9f3ed4c, 0x002fffffffffffff
	.quad 0x3c42e4d36750dad3, 0x40f4790291341afa
seed5:
	.quad 0x000000000000023a
	.quad 0xfffffffffffffb2b
	.quad 0xffffffff80000000
	.quad 0x8ae60a75507c0bf0
	.quad 0x000028bf7280691c
	.quad 0xf7755086468a3718
	.quad 0xfffffffffb53f036
	.quad 0xdc5ab60a87813350
	.quad 0xae2b98b4e73a3a6d
	.quad 0x7619472aadf2417b
	.quad 0x0000000000000004
	.quad 0x00129c52ee542ca3
	.quad 0x0000000000000001
	.quad 0x946d3dd26f9fcba2
	.quad 0x7fffffffffffffff
	.quad 0x00000000055472eb
	.quad 0x01800000
	.quad 0x10000000
	.quad 0x15667baabcbb621d, 0xdee199172a76c1c6
	.quad 0x7f8000007f7fffff, 0x41dde5ba3cb99b27
	.quad 0x3faa000000000000, 0x363f31a8a7fbc5a1
	.quad 0x41180000bfe00000, 0xe1c557a300000000
	.quad 0x41dc00002e007b5a, 0xe25a6495fcfc25cd
	.quad 0x4f0000007f8a2f3d, 0x3f3c4aebe7ffffff
	.quad 0xff80000096548491, 0xc3e0000000000001
	.quad 0x8b47599c0fe16a79, 0xa86ec1d1f6ef5a7f
	.quad 0xaabaa4b9e87d4bec, 0x313cbd4080000000
	.quad 0x07d76aac7feef94a, 0x0e7651297d27ddbc
	.quad 0xc06378f426a91922, 0x7f4cea3db6adb45d
	.quad 0x7f82b0ca40c00000, 0x53a4f738e3bdf59e
	.quad 0x8003cdb478445d5d, 0x52e7e5e0e1fdf955
	.quad 0x73fea258c0300000, 0xe4c2079546ce7cf3
	.quad 0xe7be2497ff800000, 0x490a050c0953b401
	.quad 0xf8fcd945b186c000, 0xda7ffffeffd18058
	.quad 0x4fe0a61e0ebd3c28, 0xa02dfad083be491c
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x44a846d0ffdcfc00, 0xca0436725713a73b
	.quad 0x3ea2eafd02ce130e, 0xe8b3b2857faf8c13
	.quad 0x804f4d99ffca4769, 0x479f7a1d7fadcf5b
	.quad 0xc000000042500000, 0x04c7e7403f000000
	.quad 0xc0200000ff9c937c, 0x3f86ada19ef490a3
	.quad 0x7ff0000000000000, 0x475b5a38c4326c90
	.quad 0x028f11e82e8afd68, 0xdb1308a45d575040
	.quad 0xbff211a380396441, 0x90f453240b8f60c3
	.quad 0x1d6ff3b6ffeba7ed, 0x2c1f3cc67e774f75
	.quad 0x8f267d33df000000, 0x3de98db8bfdaccae
	.quad 0x407fffffdffffffe, 0xb1f04a191c3e7fc3
	.quad 0x20b91b487fbbf6c7, 0x730e432dffe7fe0d
	.quad 0x32721eea2abffdd0, 0x4000000000000000
	.quad 0x805e50056adb3666, 0x86f0ea8f89157fd6
seed6:
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe64
	.quad 0x0020000000000001
	.quad 0x00000000000001e6
	.quad 0x000000000000000a
	.quad 0xeb622973da4f0971
	.quad 0x82058c4df0466e4b
	.quad 0xffffffffffea5cee
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x7ffa5ea0c345df01
	.quad 0xffffffffffffa67a
	.quad 0xfffffffffef52e6b
	.quad 0x9fc464f2effa7aca
	.quad 0x537142faef9507c4
	.quad 0x01000000
	.quad 0x80000000
	.quad 0x4f0000009b0d3bb6, 0x88ed3eef12e3fb8d
	.quad 0x55e889520edb03fc, 0x7f000000bbf90642
	.quad 0x9ac3548eeadd7c00, 0x999e4807b97a8001
	.quad 0x2276f600b77223d6, 0xad133a027ed7fdff
	.quad 0x8000000040e80000, 0xc116000043e4c5e8
	.quad 0x81fbe3699a4f22d7, 0x9faa4721f9356fff
	.quad 0xd0a0efc61a8c8ae7, 0x40563247db520b8e
	.quad 0x800836307f87c48d, 0xbc3ca8207f800000
	.quad 0xc05ea15a9d29bebb, 0xfcf61f382a8468c9
	.quad 0x37e7e22b46664180, 0xfb1dc63d6224048b
	.quad 0x40b0000080000000, 0x111967dbffe6fc00
	.quad 0x10845f21fefd77bf, 0xc0f1b61bdf7fffff
	.quad 0xfcd5f7ef7fbfbfb3, 0xbe95c9030069583a
	.quad 0x5fc92ed4a98c8b53, 0xb406478b44fb7d03
	.quad 0xff8ffadb00800000, 0xab039af1fc7fffff
	.quad 0xff9fa22e80400000, 0x17ed5229ffbfe377
	.quad 0x26aa8d8dfcfd26ef, 0x7f9a25dcd8ff188a
	.quad 0xfadf0724f0a44b78, 0xffd3c7ec0b80c4c5
	.quad 0xbfe0000000000000, 0xc0a8000000000000
	.quad 0x80fee1bef91f7a0b, 0x7fc0000047800001
	.quad 0xa09176a0290f6547, 0xf2196f22e2a70001
	.quad 0x4a628fc96f9e3d36, 0x3fdf5e78470a7337
	.quad 0xc543493fffbfaebb, 0x04a923147006b499
	.quad 0x09df22303bdbc4c1, 0xffc00000d7d71e37
	.quad 0x384092e6bdf8f395, 0xa92790c52feafee1
	.quad 0xbfb6649f2a74b3c9, 0xfff4b4a7a2db8563
	.quad 0x3dccfbe1ffc00000, 0x7fb5fd557fcd2563
	.quad 0x7ff497e9b63968ba, 0x8f03cc572a35b7d2
	.quad 0x07ce984e3318652f, 0x5d315abd9ca0afc5
	.quad 0xbdf8a3e900000000, 0xff98935780000000
	.quad 0x87951ecc0c9ec0bb, 0x8000000081000000
	.quad 0xc000000000000000, 0x269c963be1b07c00
seed7:
	.quad 0xffffffffffffff7c
	.quad 0x24603e01a8c6d13a
	.quad 0x000000007fffffff
	.quad 0xd0a8b049f2f8a22e
	.quad 0x4422528b5c63fb59
	.quad 0xffffffffffffff03
	.quad 0xffffffffffffff28
	.quad 0x00000000169fa43d
	.quad 0xfffff93d20e26dad
	.quad 0x5384fd599f258fe8
	.quad 0x36d54a9cdf10bc2c
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x888147fd9b88efb4
	.quad 0xffffffffc0dabf92
	.quad 0x00000000372fbc79
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x05ffbd3adfa07b98, 0x62219c3a6f977fde
	.quad 0x1654f3377d99949a, 0x3fbca2cbcb0c2c59
	.quad 0xc7ba6fe87fd3f801, 0x0759d3da7ddffea3
	.quad 0x7fd0000000000000, 0xb26678acf39478fa
	.quad 0x80000000005193e4, 0xc00000017ff4ecfc
	.quad 0x5e7c603afb7ffff6, 0xb33780acee87e84e
	.quad 0xadf53e14d3dfbffb, 0x7f68b903cdd3b21d
	.quad 0x20f7ea8e4d12445b, 0x00ffffff00340932
	.quad 0xe00bd602fed7d5fc, 0x6ad0dc9d8148fc00
	.quad 0xb551e97826870275, 0x9bda9d785fffbd35
	.quad 0x42ddecf940c00474, 0xa52f14c69e5ffd8b
	.quad 0xd334f31f40808000, 0xfff0000000000000
	.quad 0x1518b20a9aacdbd1, 0x3fea800000000000
	.quad 0xe76f51fbffdbbaff, 0x8c687eb1ffb8fdfd
	.quad 0xfff0000000000000, 0x40ad000000000000
	.quad 0x4000000000000000, 0x6ee0e5e9cfc5787e
	.quad 0x59dd56047f800000, 0x7f800000427e7da1
	.quad 0xbc1cab2df9f293f9, 0xff80000000000000
	.quad 0x007fffff3db30486, 0x9f0b9dc2c5e7fd27
	.quad 0xff99e1d700000000, 0x5745fa5e7d5ffdfa
	.quad 0x37cc0000c7000000, 0xaa5c5e7b2009b995
	.quad 0x82d5653566a24c31, 0x4d749c88ef7dfdbf
	.quad 0x7eb87a36c89e4d29, 0x62699b0616e3edbf
	.quad 0x0f7a9f5138740000, 0x4104000000000000
	.quad 0xda1d72916d33fd69, 0x8008e76ba6d304f1
	.quad 0x403bec0f86110fca, 0x36e97d497fc7feee
	.quad 0xff8000007fc00000, 0x77d01a10fdc50005
	.quad 0x7ff8000000000000, 0xf26227c2faffffff
	.quad 0xea042d49f1afdc41, 0x1ed8c67628fab5a2
	.quad 0x3f1c7185d7efefff, 0x1c2ccc24c0e50000
	.quad 0x000156666cc130fe, 0xf22cb1111c8ca5be
	.quad 0x781078cefee7f8fb, 0x97f2c7c36c0fdf86
seed8:
	.quad 0x1cb09fab68ed8619
	.quad 0x0000000000000308
	.quad 0xfffffffffffffd61
	.quad 0xac5f8cd45a69d1d0
	.quad 0x0000000080000000
	.quad 0x7fffffffffffffff
	.quad 0x000000000f153967
	.quad 0x0020000000000001
	.quad 0xfffffffffffcbd53
	.quad 0x000000000000000b
	.quad 0xfffff5b4416b2ae0
	.quad 0x0000000000000370
	.quad 0x0000000000000001
	.quad 0x00000000000002d1
	.quad 0x72fcdd0b01984f00
	.quad 0xffffeaf68ce772c0
	.quad 0x03000000
	.quad 0xa0000000
	.quad 0x13c941ab91e2fc00, 0x151124558ad7e62f
	.quad 0xeb00f8b3ff5ff6fe, 0xc6b796f74bd57974
	.quad 0x6d81332571b42ada, 0xeb957f3ac04b994c
	.quad 0x69fb12564036a0bc, 0xc02a84e336549e33
	.quad 0x25a9d9b5f3100000, 0x80218210988fe879
	.quad 0x409ffffffffffffe, 0xffdfffffffffffff
	.quad 0x80000000cf7fffff, 0xa091424cb67fffff
	.quad 0x0355644d799bcfed, 0xfeef9c75124e0210
	.quad 0xd7a45330ff5fff59, 0xc0f0000000000000
	.quad 0x8000000000000000, 0xc0e0000000000001
	.quad 0x4cb09012163421f0, 0x595107d8fe8a04c0
	.quad 0xbfb3b87ba57822f6, 0x0657dbfa7f800000
	.quad 0x2fb1a28a7995211c, 0x80f15c86953d8754
	.quad 0x3fde206ad8f1af32, 0x3f90177fe2047347
	.quad 0x3121bfc02bdbf237, 0x406c7f2fde02b4dd
	.quad 0xfff0000000000000, 0x8000000008a3486e
	.quad 0xb9d65e66c7fffffe, 0x800000008039462f
	.quad 0xbfee2ab806db747f, 0xfff0000000000000
	.quad 0x801582837ca6871d, 0xbd4800008a4cc084
	.quad 0xff86316d7fb29e00, 0x407d128f55dc2c05
	.quad 0x7ae90b16d55f5ef7, 0xf5e66156cb0645c0
	.quad 0x404a20068e2a7f0f, 0x0000000000000000
	.quad 0x7ff6f16819e3ffe4, 0xf5a36af8bbdd8890
	.quad 0x8113340d80000000, 0x80086a2332ef2b88
	.quad 0x417d006cdffd974e, 0x48dd467ca90db24d
	.quad 0x7fba417a00000001, 0xfff1e3b1f6d5b71e
	.quad 0x828ad858b2a6794c, 0x610456f3a7577bff
	.quad 0x430c0534819dff69, 0x8000000000000000
	.quad 0x445a3a808e8efe00, 0x5fa48854804290b8
	.quad 0xc89f52291a88a5c1, 0xbffa4714aa9a0476
	.quad 0x3bc42b72d311fbbd, 0x7d5325d597544200
	.quad 0x00c651ce59ffffff, 0x34d5f165b50c6b8a
seed9:
	.quad 0xffffffff80000000
	.quad 0xfffffffffff555c0
	.quad 0x0000000033f65b14
	.quad 0x0000000000000000
	.quad 0xa2236b3087f469a4
	.quad 0xd8f1184876287ec1
	.quad 0x0000000000000314
	.quad 0xfffffffffffffcca
	.quad 0x00000d0316d50efb
	.quad 0x1a52aff93bdc9fbc
	.quad 0xfffffffffffff21f
	.quad 0xca6005da5a4d87d5
	.quad 0x0000000000000230
	.quad 0xffffba2565af0a6f
	.quad 0x31ccd0b2977b27b3
	.quad 0x0020000000000001
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x5bca6a42fefb7f8c, 0xffc00000c3a56663
	.quad 0x27a7beb49eec9702, 0x1b75096700c54f1e
	.quad 0x006d88283c900000, 0x013a0117c7800001
	.quad 0xfff028a7ff943c9c, 0xf26375feff217a2f
	.quad 0x40e80000ffed1cfc, 0xd64f79fdd5b382ae
	.quad 0x7e610c5aa24871e9, 0x7fae5bfa50cfa038
	.quad 0x8015e69e62fff876, 0xfff8000000000000
	.quad 0xc303087e00800000, 0xa858b325d5dfd99f
	.quad 0xdc775736ed65ff37, 0x3fffffffc6bc7c48
	.quad 0xc0565e89fb4c3d98, 0xcba3cbb4877f3814
	.quad 0xfe80000017bd78db, 0x6d4986c46c957e00
	.quad 0x2435d087b6d0b407, 0x3bbdf5817f800000
	.quad 0xbbd400003c55cb2d, 0x4306b5d4edc9c7e4
	.quad 0x6205b832d2844880, 0x86afa294c4ca3f1e
	.quad 0xff7fffff8075c29d, 0x983cc3eaffbc4b81
	.quad 0x650200f0d0a22c54, 0x49c7298ac0737c00
	.quad 0xb5e399c15a0b8104, 0x3f272da056b64bcb
	.quad 0x62450773711aa2f6, 0x8b6f16677fa567f3
	.quad 0x3bcd858cebd1dfbe, 0x7ffd260081984079
	.quad 0x46794f353a16742f, 0x5f0ea22240282c93
	.quad 0xbff0000000000000, 0x42b4888d1012af3f
	.quad 0xff9f0fe02ee5b3ad, 0x41f0000000000001
	.quad 0xb8de484c2b9b8000, 0x7fa5aa2909b9c8b2
	.quad 0x2122a6e55c7fffff, 0x839cec7f186dcaab
	.quad 0xc4010a4f7d5abe7b, 0x4021000000000000
	.quad 0x7f97c01b006723e0, 0x4004e9399619638f
	.quad 0xeed36080fefa4424, 0x57522e827fc00000
	.quad 0x03c781ac403d4526, 0x3c284431e27f73e8
	.quad 0x04b79c0b4219d6c2, 0x7f80000080000000
	.quad 0x95f470b80d37c8fc, 0x7f8000007fa6ed35
	.quad 0x2435d45fe6c9f8a7, 0x7076cde9b7d3dd4a
	.quad 0xbf8e527c4810d618, 0x41200000b7c00000
seed10:
	.quad 0x0000000000000003
	.quad 0xffffffffffec3f49
	.quad 0xd497d8a8b0488fe6
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0xfffffffffffffedb
	.quad 0x0180a87551607a50
	.quad 0xffffffffffffffff
	.quad 0x5e9ef5c796b0ad74
	.quad 0xfffffe90ced87b4e
	.quad 0x000000b939664df9
	.quad 0x0000000000003a9e
	.quad 0x0000000ebf6d1a41
	.quad 0x8d293128ad164eee
	.quad 0x000000000017bdad
	.quad 0xb77f95a0fbb22821
	.quad 0x01c00000
	.quad 0xd0000000
	.quad 0x40697d8256e515d5, 0x7ff8000000000000
	.quad 0x15891d858b79ddb7, 0xd0cfedcbfffcefec
	.quad 0x002d981fffc00000, 0x0c2bf4d840980000
	.quad 0x7f104c18cd1695c3, 0x1908086fd24aace2
	.quad 0xc8287528e6d78f4f, 0x7ff584d7d9ba1330
	.quad 0x7ff0000000000000, 0x7ea30dbfaec75358
	.quad 0xb009a7666b1d6340, 0x4112000040dc0000
	.quad 0x7fc59fa2baa20000, 0x5ffb328a42e72cf7
	.quad 0x1c458910ffdffcc7, 0xffc0000000000000
	.quad 0x5161236fba4f2ff7, 0x7f967d6ec02c307d
	.quad 0x817dd0da5c669831, 0xda7ffffe097a5a00
	.quad 0xea58634fbf7dfdfd, 0x7f9912903c948000
	.quad 0x0000000000000000, 0xd3f3be309cc07c00
	.quad 0xfd9fad30345160a7, 0x00eb581e7f052f60
	.quad 0x400ffffffffffffe, 0x8588a67aecf14c00
	.quad 0xfff0000000000000, 0x1faa03a7d8bab259
	.quad 0x193c5145ff8a898c, 0xe0bdb260ffcdfece
	.quad 0x9c78e3d67f800000, 0x4897a7565ed5851a
	.quad 0x7f81bc9d5cc702f4, 0x3ec7d00000000000
	.quad 0x6c7b975d7fcefffd, 0x40b4000080000000
	.quad 0xfe7244c5b33db509, 0x33c28036ff9ddef9
	.quad 0x7ff4b458a31c9921, 0x9ea252957fc00000
	.quad 0xdfffffffc0500000, 0x7ff3985d41ae288d
	.quad 0xbbb909a841f8bd4f, 0x856a87b8ffafea30
	.quad 0x405ffe147d8a384e, 0xd98000014ffffffe
	.quad 0x7dcf39e6d7899292, 0xce9cd105ff3b7d40
	.quad 0xffefffffffffffff, 0xcca3d4a13b5881a9
	.quad 0xe9fe8a18ce701ff8, 0xfe3024df52b13ff0
	.quad 0x00000000beae458a, 0x722626c9c6d448f0
	.quad 0xbb97b09535a00000, 0xe85697947faffb73
	.quad 0x15d81dd3b7dafc00, 0xe9b685fc9d608000
	.quad 0x802fffffffffffff, 0x431580955a2ac0ea
seed11:
	.quad 0x0000000000000001
	.quad 0xfaa3442dc781996f
	.quad 0x000000007fffffff
	.quad 0x0d7319bf7d4d0f1a
	.quad 0xa8bee324dc9c64fa
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe7f
	.quad 0x84f2a0b1b9f62ca6
	.quad 0x0000000000000614
	.quad 0xffffff23d5a8f977
	.quad 0x0000109496ba96a4
	.quad 0xffd8f8c0e760c9ef
	.quad 0xb2611af002c46096
	.quad 0x00d6be913f96c0ae
	.quad 0x000000000000062e
	.quad 0x49fd84f5bc68cf2e
	.quad 0x01000000
	.quad 0xa0000000
	.quad 0xbf0c9b33cfffffff, 0x7fc0000080000000
	.quad 0xbe275c66416439d0, 0x7ff0000000000000
	.quad 0xd740d78a58693272, 0xc088000042643a4a
	.quad 0xc583d8cc3f6ee16e, 0xf1c8221dc0502201
	.quad 0x003f87db40229645, 0x814a412b49880000
	.quad 0x7f800000c4000000, 0x7ff8000000000000
	.quad 0x7f80000042c00000, 0x712049d4ef792476
	.quad 0x0bf33f2cba5c0000, 0x43eec5664bd6837d
	.quad 0x7fe34fc57fff1556, 0x1140d84beaea4768
	.quad 0xd6c1f5b263beff27, 0x81156d9277697c00
	.quad 0x6eed187f420f0cc6, 0x8ba1aea65897fe00
	.quad 0xbe2a4d2b47400000, 0xeddbee53f4fec9d5
	.quad 0xdd1eb2c3c674d92b, 0xdc25e6277d0a7982
	.quad 0xf2b71ade6ced4595, 0xc5c8cd1cf444fe49
	.quad 0x3fdd000000000000, 0xbe5a98e500400000
	.quad 0x145e73e2007ae576, 0x9b98a0f15afb7f44
	.quad 0x3a9b297eb7b2a4f9, 0x7ff32f84c3a11b9a
	.quad 0xc21248e9c19e468f, 0xc898e4e47fd9fe00
	.quad 0x3f8000003cf0a1d9, 0xbc113d06a031480b
	.quad 0xff800000007fffff, 0xf898e9a745a8e4ef
	.quad 0xfff0000000000000, 0xb7a00000fc103001
	.quad 0x7ff0f7d8b1283da8, 0xe97237bbffe2cddd
	.quad 0xfff200136acd9909, 0x4024000000000000
	.quad 0x1de106386b7aca93, 0x0000000000000000
	.quad 0xbd510c7191344840, 0x4049800000000000
	.quad 0x3bd9aae3ff800000, 0x8000000000000000
	.quad 0x407ae00000000000, 0xff0000007f800000
	.quad 0x3fbd475bc4c99613, 0x768144dbff93f818
	.quad 0xc413fb94bf6dbdf3, 0x7f8e0af7ff800000
	.quad 0x3de044e8ff8ab84c, 0xfff04bcc6bd8ed59
	.quad 0x42a2631b7f94e73c, 0xb64a00007f800000
	.quad 0x8000000000000000, 0xbf7f1e0d21432c0b
seed12:
	.quad 0x0020000000000001
	.quad 0xffd98ed8813435b5
	.quad 0xfffff73b3b2e6e6f
	.quad 0xffffab96db407682
	.quad 0x000000000000021a
	.quad 0x0020000000000001
	.quad 0x53a056272c708154
	.quad 0xffffe6b0d4734544
	.quad 0xc20a9fb7d6219f1e
	.quad 0x000000000000017c
	.quad 0xe76e9083d783fadd
	.quad 0x933160718b32bfbb
	.quad 0x398e5a44e526de7d
	.quad 0x00000000000002f0
	.quad 0x48503cf304a1fcdc
	.quad 0x79a78cac534318fd
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x3cc37b4780000001, 0xc0106ae1d39229b5
	.quad 0x033d4de482c93ff6, 0x03d3952bfe1d6f54
	.quad 0xdfbcd8413ee7fe5d, 0xe9b7efb7818fb9f6
	.quad 0x7ff8000000000000, 0xb3d1e084c597a094
	.quad 0xdfe312ebffde7f0f, 0x5a6e297fffead8f5
	.quad 0xb328459cc15a7cf3, 0x00000000de1e07cc
	.quad 0xff8d199ec26e6b77, 0x0bd6ee5915d5f869
	.quad 0x1728d85cc190efca, 0x13d9521a61d97e00
	.quad 0xe70901d2c486ca32, 0x440b0f07ff800000
	.quad 0x0d16236240a80000, 0x35357e29c6debbfe
	.quad 0x404bcfcbbf000000, 0xbfd4800000000000
	.quad 0xc8fb72a17fffffff, 0xfff9a2410d57c44e
	.quad 0xe5dcdc3eebbf9fef, 0x00fffffff22e146a
	.quad 0xebadc0a920a88001, 0xc031fd07c4fd7f05
	.quad 0xbfff87c6c410a58c, 0x1aabe26260dd83ff
	.quad 0xffb1cb6bbd750713, 0x40351420f41e3c3c
	.quad 0xfff59836cba5ae9c, 0x7cb47d2bff6cfcfb
	.quad 0x8ca666e6148f594e, 0x7eafc203fc0bc951
	.quad 0xeed547633ffa83dd, 0x8069401d7f820209
	.quad 0xed38b9a7d8ffffff, 0x2be0fdf459953af2
	.quad 0x000f0d343960901d, 0x7b456fe9bc5ec640
	.quad 0x609a898ff0eefc00, 0xbf6000007fed375d
	.quad 0x7ff750583695f394, 0xec001b9f7eedfebf
	.quad 0x8000000000000000, 0x0001a48d8d7842cc
	.quad 0xdcffffff42ebee61, 0xc7f0000043f2ee58
	.quad 0xc0dc0000007fffff, 0x3e2007d0b5fe0000
	.quad 0x81871c91ffe6fe69, 0xfef1839def84ff2c
	.quad 0x0000000080000000, 0x004000001c295d00
	.quad 0xe342a57bffbffe7f, 0x6d41f865ac9d4335
	.quad 0xe797142aa17dfeff, 0x3f7ee0ac0197980f
	.quad 0xfff0000000000000, 0xc100000000000000
	.quad 0x03f81f92884cff11, 0x92467d9e1ae6a19a
seed13:
	.quad 0x000000007fffffff
	.quad 0xfffffffffffff5b2
	.quad 0x26572289206c1cc0
	.quad 0x0000000000009eee
	.quad 0x0000000000000155
	.quad 0x48ef524880f2b4e2
	.quad 0xfffffffffffffe3f
	.quad 0x03307e6c20c47a8d
	.quad 0x583ddff5914548d6
	.quad 0xffffffff80000000
	.quad 0x03bd0c660430b710
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0x52d5684d0b0253ec
	.quad 0xfd1b4c40bda7579e
	.quad 0x01c00000
	.quad 0xc0000000
	.quad 0x0020000000000000, 0x4008d65ad6690d2a
	.quad 0x3ec00000c1160000, 0x16373dab3f1b0000
	.quad 0xb0b97a4ddefafeaa, 0xff8000001a92e620
	.quad 0xbffc000000000000, 0x7f9ba677c2de5ed3
	.quad 0x18c24654cbc2c4c0, 0x4f00000015322c78
	.quad 0x000000005d21a153, 0x3ff75bfea4872ab3
	.quad 0xfff5bccfb87bf4ee, 0xff01c1d2f25a83e8
	.quad 0x8cc751477db31ffe, 0xe3f856b17a22a499
	.quad 0x01000000eed8e9db, 0x4066cc4842afa207
	.quad 0xc34fffffffffffff, 0xffc000000078c772
	.quad 0x5e5756f8f777f7ba, 0x516c59452ca1f6e4
	.quad 0x4505941a3f500000, 0xf5480b0b55c4e498
	.quad 0x8010000000000000, 0x7ff8000000000000
	.quad 0x8000000000000000, 0x5a7ffffec1a1b372
	.quad 0x0000000000000000, 0x0aa39ee3a5560000
	.quad 0x71c0261c67c48600, 0x7ec1302ebc038460
	.quad 0xfeffffffd6cbd626, 0x000f89501f70e063
	.quad 0x0009cdd06b48a1a6, 0x491253120174b1ce
	.quad 0x800000007f800000, 0x8000000000000000
	.quad 0x43f827e77ceedbe2, 0x7ff9fc5dadf3c249
	.quad 0xff8000008055cded, 0xfffab59ef333ff44
	.quad 0xd24da7084c567c00, 0x2a444e2df9fdc8a0
	.quad 0x43f0000000000001, 0x6bd4f9e247807e00
	.quad 0x3634456e7bcde3f9, 0x40598b326539fcc1
	.quad 0xff37de63e926eb00, 0x770495daff8fb0a5
	.quad 0xde75bdd3d6fc3ace, 0x46881340d5d1456b
	.quad 0xffa6caaa8fd79d23, 0x34d7e10a16990ecd
	.quad 0x41875c3a85e75991, 0xc0c053967fc00000
	.quad 0x58142e637fe4fc00, 0xbd02715665d28000
	.quad 0x404bc8b7a7a22ccd, 0x978a7d1437ffdf7f
	.quad 0xc0c0000080c2c3f0, 0x0000000000000000
	.quad 0xf6d0a25effcd0000, 0xb88bf158ffb12930
seed14:
	.quad 0x0ca5232efda2be3f
	.quad 0xa3f846f49274caaf
	.quad 0x00000a4c65a71530
	.quad 0x5ccb6afa9443a31b
	.quad 0x22d53356b2fc03d6
	.quad 0x000002a438695b2c
	.quad 0xae37ae5b2626875a
	.quad 0x321508897d73b424
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffce3
	.quad 0x31b90c3435ed4958
	.quad 0x0000000000000176
	.quad 0x00000000002147a4
	.quad 0xffffffffffffffff
	.quad 0x000000000000001f
	.quad 0x8000000000000000
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xe3d682760d3bfcf8, 0x47fffffe405db6a5
	.quad 0xff80000001225971, 0xb0cd05ee7ef976b7
	.quad 0x7fe0000000000000, 0xbf200000ff800000
	.quad 0xffd217c004f92013, 0x0000000080000000
	.quad 0xc0fddbeac7b40000, 0xf57c96a1ba8a5e6f
	.quad 0x1049325d40037ee2, 0x4a5e023698dafd4a
	.quad 0x9a9374d16c2cbc79, 0xed322ddcd11136e3
	.quad 0xb4c54cd9ffe50000, 0xc104000000000000
	.quad 0x89e3dac4279c1840, 0x02581e3d0766cf24
	.quad 0xfff26d0edda369cb, 0x37b58f05ffd47927
	.quad 0xc3a9ea1198743c5f, 0x52f18469a9f8ab97
	.quad 0xfff8000000000000, 0xfbf0426bcfffffff
	.quad 0x64203f3e518944fd, 0x3ae97af9577b03ef
	.quad 0x7fefffffffffffff, 0xab09e03dab97fc00
	.quad 0xc0200000fc061981, 0xd5434feddafdfc25
	.quad 0x0000000000000000, 0xb75e015e7f8f0604
	.quad 0xda2fa604ff567c74, 0x7fc00000c0ed5fcb
	.quad 0x3d970000d3ee8fd7, 0xbff0c36818dede77
	.quad 0xff800000be429ae0, 0x13357b71c20f0429
	.quad 0x8000000080436c38, 0x3fb43b2b84766878
	.quad 0xdf7ffffe3a3c0000, 0xbfe27c841cd9e8bc
	.quad 0xeff270d8b2dc07ff, 0x4128000000000000
	.quad 0x8f7f6402c15651b6, 0xb2758dc961dc5667
	.quad 0x2cb2c329dfd34efc, 0x8000000000000000
	.quad 0xe1ef1af5bed9ffd5, 0x6dfdf764a09f4594
	.quad 0xb9ce67cdd5f9f9e7, 0xfcd5ac9fffff8f7e
	.quad 0x013ff7e734196d33, 0x7effffffbb400000
	.quad 0x7621b7d29efe6245, 0xdfed2097ef4dfc00
	.quad 0x00800000c8340000, 0xbd32aecd803da5c5
	.quad 0x0276cb353ce8bc00, 0x082b9c0efff6f1b0
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x80064edca016dc63, 0xd4176045bf3583f6
seed15:
	.quad 0x1accc0e6c403f9d7
	.quad 0x3029e9bd30ff37f3
	.quad 0xf48915e75fd27d8e
	.quad 0x8000000000000000
	.quad 0xfffe77e82cf7b862
	.quad 0xffffff9724fb7c52
	.quad 0xffffffffffffffe4
	.quad 0x810bb16f6ff2def7
	.quad 0x0020000000000001
	.quad 0x000000000000004c
	.quad 0x0000000001000001
	.quad 0xd5e4c2349d009ef9
	.quad 0xa9ae00eea374d631
	.quad 0xafe1a7a906ba3ef9
	.quad 0xfffffffffbb45833
	.quad 0x6eb06746df300c15
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x7ff58b74b3e773de, 0x740937a17cd5c465
	.quad 0xbff0000000000001, 0x3ffb8b79b4aaab7d
	.quad 0xfff84f63ced73e42, 0xffdfffffffffffff
	.quad 0xbf8dd7ec7af0e116, 0x3b051a628ff6fee9
	.quad 0x3cbe629a3fcc7e70, 0x43dc23ef80723643
	.quad 0x2c76bd33c95e7da1, 0x101174723d6b7079
	.quad 0x00e79f91def24714, 0xffafd8b37fa43e30
	.quad 0x002d14f4deeb117a, 0x80000000f51e24f3
	.quad 0x411c000043983caf, 0xff8f033e3fa40f12
	.quad 0x99801d36c9167ce8, 0xc2f4a161bde34b46
	.quad 0x8010000000000000, 0x7ff6a2f51a0b84c8
	.quad 0x5b4ab1ff6c48b754, 0x7fff6f0b646123fa
	.quad 0x7f800000ffc00000, 0x8017909c27caab0d
	.quad 0x837526e4ac6a0e84, 0x000000017fbd8a07
	.quad 0x86ef353a45d00000, 0x7fff482359881e47
	.quad 0xbcdc0b3573fdd746, 0x127d2609421de62d
	.quad 0xbf93ac6bd0c34fb1, 0xed7caf054b6cbdf1
	.quad 0x80400000be800000, 0x66e8f369c9e43a11
	.quad 0xa843b9360ac763b9, 0xf3a33072110b788b
	.quad 0x0071772a7fc55b79, 0x1cd1cadda67cfc67
	.quad 0x551793b27ef33dfb, 0xc06da1e1e3176cc5
	.quad 0xe50c9b21542afcb4, 0x0000000019c389e6
	.quad 0x24e1c893fdfff7ad, 0xbd3aaa3df3e9eef7
	.quad 0xe2cceac77fcb6876, 0x8684da1c12a07df8
	.quad 0x7fa3370cc237245d, 0x7eab650777fb479f
	.quad 0xfc7cabaa2bb183ff, 0x407f3312c29066c8
	.quad 0xe642bc8e93ead0d1, 0x72c19fbf0c7516e1
	.quad 0xcf5e6f41b8700000, 0xc01f1da0d556828e
	.quad 0x3dd1f7a9bfa2da17, 0x9884b682cfb13bdf
	.quad 0x9f02fe4a0d7b3e82, 0x007fffffcfd1c324
	.quad 0x403aefa97000e9af, 0x40f0000000000001
	.quad 0x81eb2dcafffbcd0e, 0x8080000000000000
seed16:
	.quad 0xfffffffffffffe73
	.quad 0x1ccb19f57455685a
	.quad 0x0002775a425817de
	.quad 0x00000003c95cd7e2
	.quad 0x000000000000020f
	.quad 0xfffffffffffffd06
	.quad 0xfff8289603ecc47a
	.quad 0xfffffffffffffe39
	.quad 0x000000000000000e
	.quad 0x25496ccaa443dbb4
	.quad 0x00000000000002a3
	.quad 0x0000000001000001
	.quad 0x77ab8163157281bf
	.quad 0xffffffbea2c4bfdc
	.quad 0x68689f0438c998e6
	.quad 0x0000000000000009
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0x7f8000007f800000, 0x8042595ed823b05a
	.quad 0x7f80000000000001, 0xfa508b62fd1ffc00
	.quad 0x5610a36cd932fefb, 0xbe6ed98c00000000
	.quad 0x36bff474ff1feaff, 0xcc8a7c921ac27c00
	.quad 0xfff0000000000000, 0xfff156030a525326
	.quad 0xcf7fffff411e0000, 0xf18c0e9f38f776d8
	.quad 0xed4ed1c1c325d588, 0xffdfffffffffffff
	.quad 0x405342ed946cb8c1, 0xcb7b20c120bb8bff
	.quad 0xeaf2ad2fffdd0001, 0x7fc00000ffaa664e
	.quad 0xd4592a6c846a8dde, 0xfff0000000000000
	.quad 0xc340000000000001, 0xd7554573faa2fc00
	.quad 0x80000000bd0e019e, 0x0000000040b80000
	.quad 0x8000000000000000, 0x68aaefe904d5056f
	.quad 0x9e8a5d6c5fffffff, 0xbfc980c0ce1e4522
	.quad 0x75b31f554f7fffff, 0x4f800000edf3e29c
	.quad 0x3dce5b732a3d8ccd, 0x36ee76b318e88000
	.quad 0x123e309a36fc0000, 0xc62e649506693b19
	.quad 0x23a42eadcf60f6b8, 0x1857e9221d597bff
	.quad 0x800000001c6ee0a6, 0x7fd737ea0a4ae81c
	.quad 0x7f800000c12aa873, 0x3ff8400000000000
	.quad 0xa6a9fa23d0701ffd, 0x1b1d41b502ef370a
	.quad 0xcf000000a6322fb2, 0xfeffffff42ea8a9d
	.quad 0xfff3c46d8da881f0, 0xfd876f076f7a82b2
	.quad 0xb6c800007fc1b65b, 0xbedbc00000000000
	.quad 0xc0352c61f47655c4, 0x7ff0000000000000
	.quad 0x3af000006368f517, 0xa3ac8c8cffd27c00
	.quad 0x6212de385d3b9baf, 0x297525903f797ffb
	.quad 0x400fca19134ecf27, 0xe90ba05d11c20000
	.quad 0x40e00000c940f2f8, 0xc0c0000000000000
	.quad 0x0000000000000000, 0x7f800000477fffff
	.quad 0xffd81f1032d3417c, 0xba7a005ed8d374de
	.quad 0x7fc00000c2d2afb9, 0xd76561ab219ec580
seed17:
	.quad 0xfffffffffffffe56
	.quad 0xc6602fde43b64a92
	.quad 0xb352db6ccac4f632
	.quad 0x00000000ffffffff
	.quad 0xa280351abb96da49
	.quad 0xfffffffffffffc92
	.quad 0xffffffffffffffcd
	.quad 0xfffffffffffffe69
	.quad 0xfffffffffffffeae
	.quad 0xffffffffffffffde
	.quad 0xfffffffffff77da1
	.quad 0xfffffffff03a73af
	.quad 0xf79ea0570b1ab22b
	.quad 0xfffffffffffffdcd
	.quad 0xfcd83ebcfa4151f6
	.quad 0x00000000000001f7
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x3fa77438d1d78ae6, 0x7f9872c8cf800001
	.quad 0x16cdfa18fdf7e3bb, 0x42293a50c0300000
	.quad 0x81000000c1e5d8aa, 0x2fe0f1d520f5ccf5
	.quad 0x7ffc0163b21d0239, 0x574e6df498cf381b
	.quad 0x998bfc3280a9bd2f, 0x4036f5f7a0d58775
	.quad 0x809b5e9d7f800000, 0x1bfebace8790b402
	.quad 0x000a4afcfa1a24a8, 0x807fffffc6cd0000
	.quad 0x0000000000000000, 0xfc073f8808d3ac57
	.quad 0xc0ec0000ff800000, 0xb35393703bda379f
	.quad 0x7de3303ad365f928, 0x9dbeab9dc01a2184
	.quad 0x7f800000bcf218d7, 0x5edb993f6db2a641
	.quad 0x014550e1ee9d56a8, 0x40e0000000000001
	.quad 0x7449c02ed253bf00, 0x7dd9130c7161b5df
	.quad 0xdf800001c7c00000, 0xb495ca152e72fe00
	.quad 0xdb57b75843c46a43, 0x82eaa820271fe059
	.quad 0x5cdaff4d7414fca8, 0x7fff964c88b2b2db
	.quad 0x71d0c41cffe3f7ed, 0x5c5e02d3b28ac7a2
	.quad 0xbe00000010380b37, 0x50db2ea15aea87ff
	.quad 0xd9ffffff40480000, 0xbe400000c0800000
	.quad 0x0038849cc0f80000, 0x413482915f000001
	.quad 0x41200000ffc79175, 0x0095f85eae8a016c
	.quad 0x7f80000041d95d97, 0xbfe0000000000000
	.quad 0xe589accb7aac1034, 0x11d904ae3bb03f3f
	.quad 0xecf1a1c600000000, 0xff0f9163a4667fc2
	.quad 0x03c585104fdc0c46, 0x4fffffffa8139a7a
	.quad 0xc3f0000000000001, 0x0887a5373b12f400
	.quad 0x6985faafd0af7912, 0xc331063b87427dee
	.quad 0x1260eff08c18540e, 0x754db5eb40fc0000
	.quad 0xc31b2de6a8f03c30, 0xc073de45114d9aad
	.quad 0x7fa612c76f858301, 0x3ec5849a804e71b2
	.quad 0x3ff032a60f33fa88, 0x7ff42d4523351e3f
	.quad 0xc0f400000010dad3, 0x8000000000000000
seed18:
	.quad 0x3f7871e208361c72
	.quad 0x0000000080000000
	.quad 0xffffffffe1daa6c1
	.quad 0xfffffffffff1aca9
	.quad 0xfffffffffffffe39
	.quad 0x0000000100000000
	.quad 0x000000000000010b
	.quad 0x00000000000001da
	.quad 0xf58068d04b2f13a8
	.quad 0x8000000000000000
	.quad 0x61540c089a7c3d7c
	.quad 0x00000033f5bee7dc
	.quad 0x38887de80f177c63
	.quad 0xcfe8a56d3a0ed085
	.quad 0xe3f22dba89d1e4a8
	.quad 0x0000000028c5e052
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xc0d9000000000000, 0x03ada791cbadd94d
	.quad 0x514a45899bfeaedd, 0xc2e3d26ac3df544c
	.quad 0x9ae8b4ce0007a774, 0xddbf1fa7eab6dfbc
	.quad 0x8000000000000000, 0x7ff8000000000000
	.quad 0x2ab4ae773d131d7f, 0x04b7bd9fd992a408
	.quad 0x4abecfffda55e4be, 0xc0e8000000000000
	.quad 0x4014800000000000, 0xfff8000000000000
	.quad 0x7f0000006f1b2e2e, 0xc07fffff7fa9d5ba
	.quad 0x0000000080077099, 0xa9c1daf9be0feb59
	.quad 0xeb698aeec0bb7e00, 0x2600fc12eca14071
	.quad 0xb76f453dd66a8154, 0x9c8fc3d45f7fffff
	.quad 0x8ca747ae00dcf34d, 0x7fc12d2900000001
	.quad 0x7fc00000ff800000, 0x00ba6573007fffff
	.quad 0xea8edc861073f731, 0x3f71ea59007fbe86
	.quad 0x9e1d3138f9fb3470, 0x0000000000000000
	.quad 0x04980dd870aaee17, 0xaef01910fff0bb66
	.quad 0x8029623141800000, 0x7f8000007f800000
	.quad 0x280b485621c0aeb6, 0x7fc36c4d80205fc3
	.quad 0x7ff11ef13ec1e8e7, 0x68c91a2dffb6fffd
	.quad 0x068a2f13a94732ee, 0xc123c00000000000
	.quad 0x27962fb5da665d31, 0xb93191387fadcde3
	.quad 0xff80000045360000, 0x82d91166fffb4b6d
	.quad 0x7944868cef4f7fed, 0x4060000000000000
	.quad 0x9545efed9edcfffc, 0x72924818d3cb783e
	.quad 0x1c5c590db522e650, 0x7f2ab8ffc186132c
	.quad 0x8b3d0ef3ffff6ce2, 0x7ff8000000000000
	.quad 0xb38e127bb3970015, 0x37dc761c2aa487bb
	.quad 0xfff0000000000000, 0x1bc0438af6f5ff33
	.quad 0xd7fbdf937cb3bebe, 0x800d9c9a7300ffca
	.quad 0x63ce14f3b5139feb, 0x9c6ef1d6cf7fffff
	.quad 0x7ff8000000000000, 0x7ff8000000000000
	.quad 0x002fffffffffffff, 0xfff8000000000000
seed19:
	.quad 0xc136933998ed1cd4
	.quad 0x0000000000000253
	.quad 0x0000000001000001
	.quad 0x520d208e9a0ee4d0
	.quad 0x00000000ffffffff
	.quad 0x000000000022bdb7
	.quad 0xfffffffffffffd36
	.quad 0x7c042c38fc4b1fb3
	.quad 0x6d712378008dbab9
	.quad 0x7d86867feb10a4d7
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0xffffffffffffed46
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0xffffffffe0ff444c
	.quad 0x02800000
	.quad 0x00000000
	.quad 0xc0e0000040000000, 0x4010000008a67fc2
	.quad 0x7f9d6ad1c2952121, 0xc330000000000001
	.quad 0x006c1022ff800000, 0x401e000000000000
	.quad 0x053e3bef8d65cd88, 0x7f80000080000000
	.quad 0x0000000000000000, 0xfa63ae2fa5a3004b
	.quad 0xc3ffffffffffffff, 0x68be30909b5efc79
	.quad 0x4b51fe0d308042b2, 0x80000001b2887ded
	.quad 0x0000000000000000, 0x829cd772fffffffe
	.quad 0x8000000080000001, 0x81872031e1f44b5a
	.quad 0x7fdfffffffffffff, 0x3f77644c067a917d
	.quad 0x7fc21a381010b786, 0xca9053d5fffdfcf1
	.quad 0xbee0000000000000, 0x0eb928cd4e608000
	.quad 0x800ce3292dc46ad8, 0x1f404e9b0087bf69
	.quad 0x3fce948624975408, 0x9099f0833c2ffc71
	.quad 0x4340000000000000, 0x410cb889bca890b9
	.quad 0xb2a4981d6ff0effe, 0x70c5f0344b7c83ff
	.quad 0xbeb9b656004d7227, 0xc050000000000000
	.quad 0x5aac7b3acd5ffe61, 0xfff5fdc276973fc7
	.quad 0x00000000bebfc3e8, 0x052404c7edecf801
	.quad 0x99535431d2207ade, 0x03a6c44e3423b512
	.quad 0xa41f72f5c0cc0000, 0xe8093814a7ffffff
	.quad 0xef989299dadfd55e, 0xf07a7cb1c10c0000
	.quad 0xe87aea3fc1680000, 0xfff0ad2a0a4c5a08
	.quad 0x0000000000000000, 0xff8000008043ebb3
	.quad 0x7fae6d6d8178361f, 0xc4508755944380ed
	.quad 0x0b3cfbed86ffffff, 0x884e10a6ffbb5ca1
	.quad 0xd2eb522d7f8fdea5, 0xa81714b0a2fa44c0
	.quad 0xde0c86b13d358000, 0x8f8d00106d6ddb10
	.quad 0xe45d087213898001, 0x61f245e07f34aa7f
	.quad 0x726de27a0632fdeb, 0x800000001e3e5916
	.quad 0xc00392ace32113f9, 0x0040000040a00000
	.quad 0x6f576c7aabd84abd, 0x343fa9b3b1ae006b
seed20:
	.quad 0x00000000000000a4
	.quad 0x00000000000001db
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x00000000ffffffff
	.quad 0xd0a9a50a1bc93382
	.quad 0xffffffffffa4b689
	.quad 0xffffffffffc8b04b
	.quad 0x0000000100000000
	.quad 0x00064a71d81d61db
	.quad 0xffe96d70a9aaa72e
	.quad 0xffffffffffffffff
	.quad 0x0000000000000256
	.quad 0x0000000000000201
	.quad 0x000172f14b81b831
	.quad 0x0000000000006b8c
	.quad 0x07c00000
	.quad 0x40000000
	.quad 0x023eca6eff58697b, 0xe2debb193526919a
	.quad 0x4088000000000000, 0xfde484e5410a0000
	.quad 0x801fffffffffffff, 0xfff0000000000000
	.quad 0xc32a8ea7ff9af4b9, 0x8000000000000000
	.quad 0x403b787ca59a7ddc, 0x8355c18cc4eaa3a8
	.quad 0x3dc15e2b7fc00000, 0xffbbd7accf7ffffe
	.quad 0x2a4b077bbff8bfe6, 0x3f96ec9b4b7531b1
	.quad 0x3c460478be47ace2, 0x3fe3c14e121cb490
	.quad 0xaaeb37b06759859f, 0x001fffffffffffff
	.quad 0xf3c0f102bdf3faff, 0xc220000000000000
	.quad 0xbdf0f9797f9c80c9, 0xff80000000000000
	.quad 0x24adf5ad4ab27cc6, 0xfffdfae2bc6650d5
	.quad 0xfa3b3d604f770b08, 0x4020800000000000
	.quad 0x8007640109efdc2b, 0x000000003d3c0000
	.quad 0xd0fbcf35a6198709, 0x036b21e2a2286537
	.quad 0x5e6e765ac34e5684, 0xe556d4e36b7fb3e5
	.quad 0x1c370bfcfff28000, 0x80400000ffef78f5
	.quad 0x55cd8a4334ccd5db, 0x06e01af4ff9ef48c
	.quad 0xc54f2f38ec5f7e00, 0x0141f7aab966948b
	.quad 0x81cad305c4cca4b0, 0x558abe1a2f6efcbc
	.quad 0x18153c74fbfbfd73, 0xc0edeeaaffffffff
	.quad 0x7ff8000000000000, 0xff8000007fa5db8d
	.quad 0x7b5b77dae9fd83ce, 0x7fde7feac0b00000
	.quad 0xff870860c7000000, 0x1ea31d96df7fffff
	.quad 0xf44c5047f7f7faff, 0xa2c105743b380200
	.quad 0xdd4220f7ff2dffab, 0xa8d23cc7ffcca53d
	.quad 0x005ece038072346d, 0x3fd08000c1160000
	.quad 0x8005980c00000000, 0xd8215ce5e57f8000
	.quad 0x282d0cca573bffff, 0x4e6acde8d10dc4c0
	.quad 0x41f815674ed1c557, 0xc3f0000000000001
	.quad 0xc1c03364bc900000, 0xfff0000000000000
	.quad 0xbfc0000000000000, 0x7e99093d93346966
seed21:
	.quad 0xebf669536e959628
	.quad 0x4614a1c20d8af412
	.quad 0xd3ec6e2fda18034a
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x0000000100000000
	.quad 0xfffffffffffffffa
	.quad 0xffffffffffffffed
	.quad 0xb22d90feb4fe81d8
	.quad 0x1e15986894b69401
	.quad 0xfffffffffffffdaf
	.quad 0xfffffffffffc51cd
	.quad 0x7111d433b41b87e2
	.quad 0x0000000000000006
	.quad 0x8000000000000000
	.quad 0xbdea4320dee2976f
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0xbdbfe1e443c71a40, 0xe9efbe84fff7d6df
	.quad 0x7ff7de88af25fff5, 0x96da1912ffc199e0
	.quad 0xd3060f40974e31de, 0x800380a332a7c8ac
	.quad 0xffdfffffffffffff, 0xc050076e19f3b175
	.quad 0xab016b87ff3a25c9, 0x031f07f9d647bb18
	.quad 0x6ee84cbefef061a0, 0x815a090499d99370
	.quad 0x403e57d539396028, 0x9146963f950eaa5d
	.quad 0x432a1eb7c0e00000, 0x5980000040000000
	.quad 0x4014000000000000, 0xff00000017831672
	.quad 0xff800000ec8ce76f, 0xc218000071078fff
	.quad 0x6657728efff7a3ff, 0x81015f54c3d073cc
	.quad 0xff1c8e9a16c1d4a7, 0xfff16d59756aaf82
	.quad 0xd9c536e03c7a9a50, 0xaf7533b63c7f1e41
	.quad 0xfff0b43151f92eaf, 0xc04eb8b66ee4a16a
	.quad 0x936db5207f800000, 0x9c33e6f6fffd5bfd
	.quad 0xbf7c6da04a8b8d8f, 0x000c4c3f83ec5bf8
	.quad 0xc0a731ea410fe87a, 0x4016000000000000
	.quad 0x45cd1e84cfffffff, 0xfe4ed91e4fef97dd
	.quad 0x3d98cdd206f2770f, 0xfff7fe8d743ac680
	.quad 0xfff0000000000000, 0x48d66571f77ffffe
	.quad 0x034e15373f7efc00, 0x7ff3a0aa560a09ce
	.quad 0xfff0000000000000, 0xfa588ead4ebfa86f
	.quad 0x8144fc66f3ee8882, 0x3fe7b0cf5f05ba28
	.quad 0x6e82b38ea385ebb7, 0xbf0b15b1bec3a0e5
	.quad 0x27a63d71ef982646, 0x7fd0000000000000
	.quad 0x3f800000c0800000, 0xea4ce5256bccaaab
	.quad 0xff188697f4e9e1f5, 0xcf8cc873ff93fe00
	.quad 0x7fe0000000000000, 0xc104000000000000
	.quad 0xc24500003dc1dca2, 0xed42455bfff93806
	.quad 0xff9f2a18c1200000, 0xbba0fa9678d4c568
	.quad 0x7f9c2ac0813343f2, 0x3d766bd2c77fffff
	.quad 0x5322aa53ff63dfdf, 0x7e4e4c26f0a3fb91
seed22:
	.quad 0x2d29660aa0a90342
	.quad 0xfffcb55743249395
	.quad 0xffffffffffffffc1
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0xfffffffffffffdd4
	.quad 0x34994ca7ddb5e02e
	.quad 0xbf33d47f0332604b
	.quad 0xfffffffffffb39a9
	.quad 0x000000007fffffff
	.quad 0x6fc75ebea1b31d0a
	.quad 0x63ada791006908bc
	.quad 0xfffffffffffffd52
	.quad 0xffffffff80000000
	.quad 0xfffffffffffff22f
	.quad 0x000000007fffffff
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x7ff0786c54264a7c, 0x7dd683de841d694d
	.quad 0x67e87c027fdfece0, 0x6e9e9266be00c544
	.quad 0x2aad4e007efefcbd, 0x3906f6e74030e5d4
	.quad 0x80000000fefb3ffa, 0xbff0a56a7338b298
	.quad 0x6c67d636f9b022c5, 0x841bbcacb430d9c0
	.quad 0x37dc8259ffd5c56b, 0x8a6bbc8cc7000000
	.quad 0x7f800000f8db2fa5, 0xc3efffffffffffff
	.quad 0x6ef2fb81ffc3c260, 0xc0d4000000ffffff
	.quad 0xaa2c5bfac75da31c, 0x32c7c7d4cc755116
	.quad 0xe1f43bba145d549d, 0x2d3940b12ddf88cd
	.quad 0xc4200000c0b00000, 0xc063d4961490e04a
	.quad 0x40765be004d4d1a9, 0x4036059e16c49311
	.quad 0x09bb24a77c5cfe00, 0xf2ceb165995152d7
	.quad 0x7ff8000000000000, 0x7f800000e9b8882a
	.quad 0xbfd813c4b7fabb51, 0xffe1cff25bbf4e79
	.quad 0xde0fd7f7dfa4fd67, 0x062d17a698aa2eb2
	.quad 0xfff549c8a099089d, 0x4071cf39329d82f3
	.quad 0xf3451db828572cf5, 0xbfac83e6cbec3bc7
	.quad 0x9b005e3b01e8f956, 0x4045cef503313230
	.quad 0x001bd4357ea3f963, 0x65c23a296bb107ff
	.quad 0xb482cc15c1600000, 0xeaf3b88b7383fc00
	.quad 0xedc592b242a87ba9, 0xb2247fff28838000
	.quad 0xf22e132dd9df4fae, 0x2697e5ee970208e2
	.quad 0xbf912c32271f4891, 0xc1140000f585d7d4
	.quad 0x7f800000fd9b02f6, 0xc88000007980230e
	.quad 0x4032633ce1a964c4, 0xe0dedbb02b6903ff
	.quad 0xd835f08ad1994200, 0xcda11d97e0114b20
	.quad 0x478000006d89ced4, 0x0000000076e49a8c
	.quad 0x00073fe752450681, 0x0002a53135805da5
	.quad 0xbf74fcf439032596, 0x40efffffffffffff
	.quad 0xbfb2cd9f3abcf43d, 0x8e20d4647fb81618
	.quad 0x7faf83b641120000, 0x0ac7c909821bb3f4
seed23:
	.quad 0x812b9ab7bb7991e8
	.quad 0xfffffffffffffc8e
	.quad 0x123890dbd675c030
	.quad 0xb5e15a12c6bdc704
	.quad 0xffffffffffffff79
	.quad 0x40e9e09bbafe8e8e
	.quad 0xffffffffffffffc1
	.quad 0x0000000080000000
	.quad 0xfffffffffffffcd7
	.quad 0xef31e69dfa096515
	.quad 0xfffffffffffffcd9
	.quad 0xfffffffffffffd14
	.quad 0x0000002db3ecce44
	.quad 0x0000000100000000
	.quad 0xfffffffffffffd97
	.quad 0x000003f2ac719bd6
	.quad 0x02c00000
	.quad 0x00000000
	.quad 0x3e88a524260704bb, 0x8000000080000000
	.quad 0xbfc0000040fc68c4, 0x87fc26f75de84531
	.quad 0x7ff11c99887b697b, 0x9117c594ca46dc72
	.quad 0x3fd5f1ec126ff391, 0x68d569bcffabffef
	.quad 0x8b538694cb17d1a6, 0xff7fffff9be34a03
	.quad 0xc028000000000000, 0x40492a231fb61db8
	.quad 0x6120206e3f000000, 0xbf8feee0db6537ce
	.quad 0x4030628ed79a6269, 0x77b04eade8bd2b66
	.quad 0xecf54415d6e24c1f, 0xe8cc3518ce3dfcec
	.quad 0x030ed4e5059e0119, 0x3cfca194ffcbb310
	.quad 0x4f507b4b8e1502d2, 0x86c05aeb9b339748
	.quad 0x9ccae6a6fbfa26c0, 0x800de15d7f79611d
	.quad 0x7f8000005fffffff, 0xe20b00667f7eb388
	.quad 0x7621c84c3f1dce55, 0x5d9dd11c37326e77
	.quad 0x8e568c9bfc497efe, 0x7ff0000000000000
	.quad 0xbf6437544205fe4a, 0x201858fee7bdfe5f
	.quad 0x185aca6a8076b2f9, 0xfff0000000000000
	.quad 0xd46c8548fffe7eb8, 0x80a557cd422734ab
	.quad 0xe3e1b451f7f6fb9e, 0xfde35cfecbf8a006
	.quad 0x45eb00003cbb2ae7, 0x7ff6ced5a595fabf
	.quad 0xe7d7bc122f86fb20, 0x428b04c8bc338346
	.quad 0x7fff6c2e8bb03a98, 0xc00a4935a920b3d3
	.quad 0xad0d59f83def7dad, 0x3e63b7ecc3fcaa43
	.quad 0x7ff700b546e013cd, 0x70c9f65f9fefebb1
	.quad 0x4a65fa3a4ae1bf00, 0xe02a09f9219283cc
	.quad 0x132a82af8544fcb9, 0x43d961603bb80000
	.quad 0x0e2a41d1dc5cce3f, 0xed0195f3e4be0483
	.quad 0xff800000bf4f784a, 0x4ee67921019fc140
	.quad 0x800ab5a2b1039bef, 0xbebd3236eb783e54
	.quad 0x000dbed400000000, 0x80000000bce877a1
	.quad 0xff800000ffd340e4, 0x6d16fc07302dd768
	.quad 0x05e1d4b9ddf7e7c8, 0x7ff8000000000000
seed24:
	.quad 0x0000000000000000
	.quad 0x0000000000000004
	.quad 0x000000000000277a
	.quad 0x0000001e1c749a9f
	.quad 0x000000000000010d
	.quad 0x00006b0bb8f73b62
	.quad 0x0000000000000001
	.quad 0x00000000000001c3
	.quad 0x4351eede26476e29
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000088
	.quad 0x11243534963ff4fa
	.quad 0x00017c95f4d19ff0
	.quad 0xd06d3ed886466940
	.quad 0x2e65cb59a6c6b9e7
	.quad 0x0000000000000001
	.quad 0x01800000
	.quad 0x90000000
	.quad 0x17d79e998dbeff77, 0x81a6fb0c942a3125
	.quad 0x4259c4ca40600000, 0x98786c13ed992b80
	.quad 0x82670bec0f33440c, 0xb7c69dcd7d94fef4
	.quad 0x7ff8bb27b532ccc8, 0xd1c40d6933551de5
	.quad 0xee7f5586808124a6, 0x3fe0000000000000
	.quad 0x406d9e3855e8ca54, 0x3d0beb167fc00000
	.quad 0x06da6268fff8d5bd, 0x007b5919e56cfb07
	.quad 0x4a6eeb163ff4faff, 0x7ddce1a3ed83cbd5
	.quad 0x2284065ad6e7daa9, 0x8000000000000000
	.quad 0x477fffff017fffff, 0xd81845ededf8bf87
	.quad 0x068308c8bf0b37ff, 0x73a7161448cd4802
	.quad 0xa0665b8ab68c5a75, 0x8251eebfa36dfdb4
	.quad 0x7fee8863995bcb5e, 0xdd5bab955c67fd7e
	.quad 0x8cf6f2a045ec9da9, 0xc020adf88074271a
	.quad 0xfff0000000000000, 0xcf3b333eb7f3fc30
	.quad 0xc8c000003f400000, 0xff800000f07a9c06
	.quad 0x550367833846fc00, 0xfff8000000000000
	.quad 0x800da3a2fdd8217c, 0x649067e20cb799d3
	.quad 0x406c000000000000, 0xd477bc1914890000
	.quad 0x2d93fc029609c059, 0x7f8000001d148525
	.quad 0xfff8000000000000, 0x32816db6ffe1c880
	.quad 0x408c000025e61e5e, 0x63a3944cff94bf35
	.quad 0x7ffe43d22725c6fe, 0x7e16d0094a83f998
	.quad 0x80400000ff800000, 0xdd1b5c238695f800
	.quad 0xc0c000009103b127, 0x40e0000000000001
	.quad 0x7534cd237aa45eef, 0x7eb81af1807f1691
	.quad 0x7ff944e38fca2177, 0xdc01bfba00e18000
	.quad 0xcfffffff3fb00000, 0xfff8000000000000
	.quad 0x0090007556887658, 0x88e359d7ee1c97d6
	.quad 0xf1172d35bc2b3577, 0x02081122d01cfc2f
	.quad 0x02180c4d675efac7, 0x7323dbb375a5b16e
	.quad 0xfe9be8943932078b, 0x27dfe12259800000
seed25:
	.quad 0x513f62eeb7aaedd2
	.quad 0xfffffffffff0142b
	.quad 0x00a7e047e23746c1
	.quad 0x0000000000073156
	.quad 0xfffffffffe2ba210
	.quad 0xc20923df6c8c83d0
	.quad 0x0000000001000001
	.quad 0x0000000000000001
	.quad 0xfafa107b13fbd7f4
	.quad 0xfffffffcd25145d7
	.quad 0x7ad7442ed4d660c0
	.quad 0xffffffffffffffea
	.quad 0x0020000000000001
	.quad 0xffffffffffffff2b
	.quad 0xfffb07d8c3f5e1fe
	.quad 0x0000000000000001
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x0ddca2f0322a0000, 0x7fc553a380400000
	.quad 0x094a9f49d5b6cf87, 0xee95f5a7c0a20c0f
	.quad 0x10301cdfc0400000, 0x8cb407fc5f67f205
	.quad 0x000000003c922408, 0xc0d3d3a3ffc033a1
	.quad 0x8e9240b6feefffe0, 0x40140082780c6f48
	.quad 0x7fe0000000000000, 0xc0a5000000000000
	.quad 0x47000000c3f5bc7b, 0x000000000052871d
	.quad 0x3c8c53155f7ffffe, 0xff8000007f800000
	.quad 0x8008000000000000, 0xf22e46f59f3bd1ee
	.quad 0xc02f9db0a5cbd95a, 0xab21df85dffecaff
	.quad 0x8000000000000000, 0x4f5e46927b8577ff
	.quad 0xb9c83159fff9d2aa, 0xffc0000080000000
	.quad 0x5a7bfea14af883bb, 0xf711c4f52974778e
	.quad 0xbff0000000000000, 0x4211b3d1b8d80098
	.quad 0x6fdd05e86fe7be6a, 0x756f679d7fe7b310
	.quad 0xb19a466d934ebe00, 0x3f40000000000000
	.quad 0x8000000000000000, 0x7f443ece5453565d
	.quad 0x7ff0000000000000, 0xfff8000000000000
	.quad 0xd1be43c2c6b04cd7, 0x3f77dadf955fa9c9
	.quad 0xb409571419db7d9c, 0x02e52d8afeffffff
	.quad 0x9b4696d4ff94d16a, 0xc0e4300000000000
	.quad 0xfff0000000000000, 0xfff8000000000000
	.quad 0x026ef3f5600ea0b6, 0x8000000000000000
	.quad 0x019f8857bff00000, 0x65267596ffc00000
	.quad 0xcbe14803bf2fe130, 0xa8837a16f79348b0
	.quad 0xa264d80bfb802a5a, 0x7c90e8e0df800000
	.quad 0xec8f40ac7fbefdef, 0xbf2a1502c0580000
	.quad 0x800bdc5fe0209317, 0x800fffffffffffff
	.quad 0xdee9c7f9ebef9dee, 0xfd81e3e50301708a
	.quad 0xc3e0000000000000, 0x7f57bcc8c0c80000
	.quad 0x3e59c68ded7ffae7, 0x7f8c6582fee942b2
	.quad 0x9acca2b1b97ecd64, 0xdb3ea478ffc00000
seed26:
	.quad 0xffffffffffffff07
	.quad 0x000022bf0f4f7b1f
	.quad 0xffffffffffffffff
	.quad 0x0000000000a5b093
	.quad 0x8bd3ff8c77b95f82
	.quad 0xabad7ef804ce1c04
	.quad 0xf7aebbc6dbadf837
	.quad 0x3de6a230296df781
	.quad 0xa279238f5c059fc6
	.quad 0x0020000000000001
	.quad 0x696ddaa10b9e23e1
	.quad 0xed6ae10b92b79601
	.quad 0xfffffffffffffe9c
	.quad 0xae26f2e4d808131b
	.quad 0x2639b4d543698b3b
	.quad 0x27668107811b3df6
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0x19ad56aefbfc7e09, 0xc0000001c0b80000
	.quad 0x3f97426c73bbd9ff, 0x357e180fcba63ee5
	.quad 0xc58580003f381f09, 0xd325d4f7ffc798ce
	.quad 0xc20000017f800000, 0xbfd251e5fbf2fafd
	.quad 0xcc6152e122149f4f, 0xba8ecfd27ffdfdff
	.quad 0x3ff8000000000000, 0x7ff8000000000000
	.quad 0x87bf20425b14b365, 0x1753b1e7ffd07c00
	.quad 0x7fc8ebc87f9337f1, 0xc07000007fc00000
	.quad 0x3423d13cdb92ccbe, 0x80000001ff94dbc1
	.quad 0x3729d1d33ce2b2e8, 0xbbab993dbed38888
	.quad 0xfff8000000000000, 0x00000001bd67b192
	.quad 0x8040000080000000, 0x8142313ff7ff161e
	.quad 0x7e275e3be7bfffd6, 0xaa1bb5a5d298c300
	.quad 0x7b96e10e28edfb68, 0x02dd6479c424d42e
	.quad 0xe6f6e70c05bbd047, 0x86dc9c1a99e75004
	.quad 0xc0344de4580444f1, 0xbdbc0000ffdfa0cd
	.quad 0x5cf5123d3089fa1a, 0x7f9bf19d1bcac636
	.quad 0xc8d76ad9a0056e82, 0x0f6e04c8c8a35f3f
	.quad 0x49605110e5b04480, 0x2278e39bf4f27bf2
	.quad 0x8d0aa49802e0f93d, 0x60106184d8b63a88
	.quad 0x8000000000000000, 0xff80000056a9916f
	.quad 0x7fef8172bdd499f0, 0xe9333487dc91d25c
	.quad 0x95e8f4437f9b637a, 0x000fffffffffffff
	.quad 0x3ebb01823bafb7c4, 0xffb503f2bdb27a8c
	.quad 0xffdfffffffffffff, 0xee2a1930cc266329
	.quad 0xbca8060e1909fc00, 0x106237c7cf0c5bb4
	.quad 0xd56d1000be7c01db, 0x4118000080000000
	.quad 0x434ccc25a99a2bd9, 0x0259e057c71a332d
	.quad 0xd002b9f54e750000, 0xdd86ec9516d20348
	.quad 0x3aa23f08d69a3400, 0x8000000000000000
	.quad 0x00735bcaf40053e9, 0x7afa6f5a4bd059c9
	.quad 0x15ba527ffec9494e, 0x013d9864125e8e53
seed27:
	.quad 0xffffffffffc132b6
	.quad 0x38e41fbb9a84a79c
	.quad 0x0020000000000001
	.quad 0xdd684bde59aaf78b
	.quad 0xfffe72d6ad60d4f4
	.quad 0x8000000000000000
	.quad 0x00000000006f96d0
	.quad 0x0000000036e01cbd
	.quad 0x00000000000003cc
	.quad 0x01d26a1dde8286c4
	.quad 0x000000000005ead9
	.quad 0x0000000080000000
	.quad 0xbc13fcb3f21d591d
	.quad 0x5310408c7b95abff
	.quad 0xeee78b82349eb20f
	.quad 0x00000000042c44f8
	.quad 0x00000000
	.quad 0x50000000
	.quad 0x179d1655be371ec3, 0x3fe7f434cd3f0b5e
	.quad 0x05dece8cc0027036, 0x027e0fd0ff800000
	.quad 0x71a9fa45f5031d40, 0xa320dcd73c8bde29
	.quad 0x80000000ff800000, 0xc00bd3ef7fbceed4
	.quad 0xb227e68cf5533b39, 0x68407e3903b57e00
	.quad 0x9cb3e6dbfbf7feff, 0x7ff0000000000000
	.quad 0xffbdb09efd4acf27, 0x1662fe918554c0f3
	.quad 0xfeffffff7d15e2f8, 0xbfb843a3cb3d6f49
	.quad 0x8000000000000000, 0xd635681fcfffffff
	.quad 0xd373f651a8dafbae, 0xc01a5312d59cb1ee
	.quad 0x2e60914129cd82a6, 0x568c9c6bcfe55d2d
	.quad 0x76aa63de47877bdd, 0x801674499e5eb5b5
	.quad 0x800000009b98575b, 0x7f800000c0680000
	.quad 0x8e02c953afffcb90, 0xbbe2d856e3ffffff
	.quad 0xc17e8e21bc366887, 0xc01d000000000000
	.quad 0x0b9c28bba14c783d, 0x4fb714335ffffffe
	.quad 0x437172b0ff55aca6, 0xa06908d67fc67ba5
	.quad 0x8080000079d72f0d, 0x4262fec4ffbbf93f
	.quad 0xfff2a0527ff6d508, 0xc12191e3c1080000
	.quad 0x433423b8ffa78b84, 0x3c2379f23ffd8c50
	.quad 0xbdda89c53f20ef2d, 0x0000000000000000
	.quad 0x3c8ef7f1c0d00000, 0xec22a7e37aa57b14
	.quad 0x8080000095c0194c, 0x82d4c093aac32323
	.quad 0x743d09a198649b96, 0xb951ebf53faf7ef7
	.quad 0xc007b4816d1fac72, 0x16ce6f05ffde7ac0
	.quad 0xff851429c0880000, 0xc0232c44367df2c3
	.quad 0xbf38000000000000, 0x3b89b1783d61aa2e
	.quad 0xc1021b3e194414f2, 0x1dea5b61fbfb015f
	.quad 0x001e57baffdc52b6, 0xbca48e3d7f800000
	.quad 0x802d1c9f40f00000, 0x2013deff02c35e38
	.quad 0x7fadcede7fc00000, 0x94e60ccb991c1ddd
	.quad 0x7fd86972072f7b10, 0x800e6fc5ffe43ae0
seed28:
	.quad 0x0000000000000001
	.quad 0xd9cdfe233a73d187
	.quad 0xfffffffffffffd44
	.quad 0xfffffffffa7ecd76
	.quad 0x0000000100000000
	.quad 0x0020000000000001
	.quad 0x7fffffffffffffff
	.quad 0x000000000002e18d
	.quad 0xe2633e9d67a9f15d
	.quad 0xfffc0b6d40895197
	.quad 0x0000000000003d33
	.quad 0x758913a92d6144af
	.quad 0x0000000000000376
	.quad 0x0000000100000000
	.quad 0x00000000000001a5
	.quad 0xffc9a6b2d7034139
	.quad 0x02800000
	.quad 0x40000000
	.quad 0xc101d8ed7f819938, 0x4220000000000000
	.quad 0x7fea08162cdf9501, 0x5ecea667004ce78f
	.quad 0xc11c0000feffffff, 0x7f800000be120000
	.quad 0x9827fe05fbfea35a, 0xbf6658c404a8a9ca
	.quad 0x7f8000005f800000, 0x405bf7d27f9980cb
	.quad 0x99a62242497dd19b, 0x80aec33b1f37a6a1
	.quad 0xe49c9e317fff858a, 0xb1a0f32dfbebdd04
	.quad 0xf3d621707f6fed7c, 0xc0e0000000000001
	.quad 0x7e337bcc682553c8, 0x7bd015c554d9b4e4
	.quad 0xf3b2621bf4efdde3, 0x7f8000007f800000
	.quad 0x7981fde85d85fc57, 0xc6f000002a7d1d08
	.quad 0x292e43ed8f317ce1, 0x33374ee7dffffffe
	.quad 0xfb8fb4ae00000000, 0xa5c81859697c79f7
	.quad 0x39802a78ffe1fc4d, 0xffff910a80000000
	.quad 0x801b352fba500000, 0xa4bbdd58ffdbfdfd
	.quad 0xbf60800000000000, 0x012c2bd3b0dd0bd8
	.quad 0x8b9b2ab344f17c00, 0xf59326f3800c8803
	.quad 0xe5d3fad280d5880e, 0x5e2e4e07ffbfedf3
	.quad 0x76d7a0df701c44c0, 0x7fc0000040ec0000
	.quad 0x3f73984e97b04276, 0xc1edf69d6094527e
	.quad 0x010a03b1b168e75a, 0xc0000000be264c2e
	.quad 0x0000000000000000, 0x6f12b769fffffffe
	.quad 0x7ca347bbbdd27891, 0xffdd582c4bc67a63
	.quad 0x00000000ffcc4add, 0x261bb703e2cc674a
	.quad 0x3fd8000000000000, 0x3ef0e5d080000000
	.quad 0x204751fffeffcf7d, 0x00000001ecd2f991
	.quad 0xba2ce3dfbffdfdee, 0x15eb88bc9bcc0024
	.quad 0xd9e61198d2feffab, 0x0027eaedf098e3d5
	.quad 0xd6af0b046afb8372, 0x411e97e800000000
	.quad 0x3ed7000000000000, 0x7f724083af186640
	.quad 0x7fc000008075b59c, 0xc006000000000000
	.quad 0x402eea8e748d5954, 0x48747b1fffb3b569
seed29:
	.quad 0x2e4bcd051bc574bc
	.quad 0x000000000000a32a
	.quad 0x0000319ce90face2
	.quad 0x000f4e7d487b4ac9
	.quad 0xfffffffffffffed2
	.quad 0x0e40da930dc1ea7d
	.quad 0xfffffffffffffc1d
	.quad 0x000000000050d4a7
	.quad 0xffffffffffff6bc2
	.quad 0x849a8653ed7e4d66
	.quad 0x000000000986326e
	.quad 0x7e14d3dc0dfc0eaa
	.quad 0xfffffffffffffdd5
	.quad 0x0000000000000007
	.quad 0xf78fe94f48b40dfe
	.quad 0x825afa0f9de10055
	.quad 0x03000000
	.quad 0x80000000
	.quad 0x450716df40900000, 0x06f96b8aedf98000
	.quad 0xbc0334a5fd6bfd05, 0x3909c18b0fd8c640
	.quad 0x08be1ddfffcaf7ee, 0xa87aafceffc40195
	.quad 0x40f0485f802cc5c0, 0xa3935083ffee7cf7
	.quad 0x92f46c6adde87d44, 0x41d81b9dbee05d30
	.quad 0xffe024da00000000, 0xd04750aa3d499e77
	.quad 0x80531694c356b971, 0x753c5c2bfd6bfe96
	.quad 0xa6ea12fcffac298b, 0xac767ea17f7d4bff
	.quad 0x006810f8c0700000, 0x7df4b69971619867
	.quad 0xf6384eb377bb3031, 0xffc000008153c1f0
	.quad 0xaebe56a404b7800a, 0x67631850c6355b5f
	.quad 0x760aaf693e7e1d5a, 0x7d9b37b3afb29e40
	.quad 0x4b308823407a09bd, 0xfff8000000000000
	.quad 0xc1efffffffffffff, 0xd524487e7585fc00
	.quad 0xc023800000000000, 0x390510fe02a65f06
	.quad 0x7f8ecd7800800000, 0x4caf1351ac0c42a1
	.quad 0xb5030b45ff8c10ae, 0xe4f220faff9bdede
	.quad 0xda03d0557c52c355, 0xd3b500bdffdea444
	.quad 0xe03c962dffff7d76, 0xe429c81c7fffd081
	.quad 0x816793e3f67fdbe3, 0x00000000c77fffff
	.quad 0x326887f2ff800000, 0xffffca513a002816
	.quad 0xfffe0002dd73e5ee, 0xcae5b7a57fe98000
	.quad 0xc2c8862729589079, 0x03141ae3ebfee986
	.quad 0x7dc760372c0ebc82, 0xfff5bee8008fc88a
	.quad 0xd7cb31f5ffacffff, 0x0f64295e7fd54680
	.quad 0xc0c80000817fffff, 0xbffffffffffffffe
	.quad 0xbc83e8ba440f5e82, 0x800000000d33d5a2
	.quad 0x3f8e6aad66d1a17c, 0x1d253701176afa70
	.quad 0xf055805a3eec706d, 0x7f099f49fbdbbb5e
	.quad 0xc41e5372fd7dfc17, 0x9ab6c922da000001
	.quad 0xadc67a4d5fe54861, 0x817cf6fe4c65f4d5
	.quad 0xfffb50c29175e94c, 0xbe8000007fc00000
seed30:
	.quad 0xcd19effee19b8ee8
	.quad 0xe9b5c5b6197941a3
	.quad 0xfffffffffffffccd
	.quad 0x193566fb18dcc39a
	.quad 0xffffffff71fb6c7d
	.quad 0xfffffffffffffe0d
	.quad 0x0000000000004625
	.quad 0x0000000000000000
	.quad 0x9352977e35358196
	.quad 0x000000000005c810
	.quad 0x0000000017abddff
	.quad 0x4efc60b59e5bba47
	.quad 0x0000bcaa0f55bd7f
	.quad 0x0000000001c13a52
	.quad 0xca1992ea64c6e7f5
	.quad 0xffff84dcb2dd39ff
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0xfff749b1e9536c35, 0x3fd8000000000000
	.quad 0x7187aa88ffcafea7, 0x1d850172b833fe6c
	.quad 0x6c432ee8bbaffe6a, 0xa5342a65ea1ae689
	.quad 0xfffcef3d53c8b4bd, 0x3fd8b7acc1770208
	.quad 0xc0a800007fc00000, 0x2113c4ebffaafc00
	.quad 0xc0d8000044000000, 0xfae37b53bfffddfe
	.quad 0xebf9124ef40dfc37, 0xae004b3dda0f30a9
	.quad 0x40c23795ffdd2b2c, 0x8000000000000000
	.quad 0x7ff657cf91197fad, 0x8000000000000000
	.quad 0x5f28cb6cd92b7cea, 0x0383cfa5ba8fcc9e
	.quad 0xfbdd3e7e744e25c5, 0xd9427c780416928d
	.quad 0x8000000000000000, 0x7effffffff800000
	.quad 0xffd0000000000000, 0xc9c5463effc98000
	.quad 0x8ac6ebf6edddcfdf, 0x2cf2fb807ff6dacc
	.quad 0x8051da7f00000000, 0xc023000000000000
	.quad 0xbfd4253605c0acde, 0x5e318bc0857eccd7
	.quad 0x7ffd72893551669f, 0xc022800000000000
	.quad 0xeac201991a892bb5, 0x003076c961ca79cf
	.quad 0xc048000000000000, 0x414c232d7f800000
	.quad 0xb8cbf95d9d95256d, 0xfdc2faa663bc073e
	.quad 0x0020000000000000, 0x593ae131bdbbffbe
	.quad 0x82d771447fd96b35, 0x40032edb45fb15cd
	.quad 0xbcacb61d869332f1, 0x7fc000000008a8d2
	.quad 0x5c03fbcf443670b6, 0x7fdefb467f7fffff
	.quad 0x004ad41271603d58, 0x4c5180763a9d0000
	.quad 0x2315fac5fffaffa0, 0x7f5c57af7617b45c
	.quad 0x099022c76006e39e, 0x4122000080000000
	.quad 0x3fd0000000000000, 0xab808d5efbefffbf
	.quad 0x35900000ec60194a, 0x800fffffffffffff
	.quad 0x000f8b37be772a13, 0x3ee1daa91d79fc00
	.quad 0x7f800000c7400000, 0xc0f800000a5c94af
	.quad 0x0177a183c0400000, 0xf390f55f0160f833
seed31:
	.quad 0x000000000000013c
	.quad 0xe259ff6d80dac2bd
	.quad 0x00357bf6d4450b00
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0xfffffffffffffe57
	.quad 0xfffffffffffffe60
	.quad 0x0020000000000001
	.quad 0x0000000003950d97
	.quad 0xd56badcc485be4e7
	.quad 0x0000000100000000
	.quad 0xfffffffffffffe74
	.quad 0xfffffffffff9b522
	.quad 0x0000000000000080
	.quad 0x0000000000000001
	.quad 0x7dfc11acdcafe905
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x5356fbc33c047da4, 0x2765215fffe3ff0a
	.quad 0xe075639500000000, 0xc208bfd7ef58e2d5
	.quad 0x0002e1e3b6fc8288, 0x5c214735cf63e3d9
	.quad 0x9167d48762a43e50, 0x58b8cef5d68a7f66
	.quad 0xc044b5a6751250fe, 0x7ff0000000000000
	.quad 0x79230648ea4bfc2c, 0xff7fffff7fb89c2f
	.quad 0xc32b813affe536d6, 0x6fe391733e800000
	.quad 0xadee34a4ef8f0000, 0xb73ec97d4336001e
	.quad 0xf4f09c4cb583584a, 0xaedd58d57da0c840
	.quad 0xf10534323c863cf6, 0x8a16852ab96ba0ab
	.quad 0x0c106370f167fdb4, 0x5697dcf8f3f4f7fc
	.quad 0xe4edcfc07fa170a9, 0x70d7951e7f800000
	.quad 0x6021a2953faef77e, 0x4070000000000000
	.quad 0x13dde383bdf7bc5f, 0x41fffffffffffffe
	.quad 0x800a435a075b56cf, 0xdac691573bf6f416
	.quad 0x3edb8384fb277464, 0x9c7524f5287afaef
	.quad 0xb7180000ba1c0000, 0x9cac538ba1c6fdbf
	.quad 0x4e3b5d4e2720b5e0, 0xfff0000000000000
	.quad 0x45bf516fe7f774ef, 0xfdeaa10eb4c6c718
	.quad 0x46400000ff45bee9, 0xc01cbdc5e0c7d7c3
	.quad 0xbfce0de7267810c0, 0x7ff8000000000000
	.quad 0xfffc60945915d1f3, 0x59fffffe3fbb3bd1
	.quad 0x57121b53bb9f5b59, 0xc014000000000000
	.quad 0x0000000000000000, 0x7f8000003fa00000
	.quad 0xb7fc678a7ed7a34d, 0x44818d6545dbde00
	.quad 0x945c6748d51cba4e, 0x2b94395cb9d1c49b
	.quad 0x001492a1c9772b5d, 0x40be51e3ffd601ac
	.quad 0xfff0000000000000, 0x80058d90ffe815d4
	.quad 0xc11464e0c3b3a329, 0x6ed726a213d8fd08
	.quad 0x7c2f196df03b4860, 0xa359556bffbae77d
	.quad 0xc02d800000000000, 0x5ffb13bdfa9ff9ae
	.quad 0x8643b73a61ca7c00, 0xbfe5283ea52a31d9
seed32:
	.quad 0xb0982f597aed8e25
	.quad 0x5c83bfb2f9582d72
	.quad 0xffffffffffffffff
	.quad 0xde7b49547910725b
	.quad 0x0000000000000351
	.quad 0xb52a20f91861103d
	.quad 0xfffffa553815250a
	.quad 0xf7faaf01d2ee253a
	.quad 0xffffffffffffffca
	.quad 0xffffffffffffffff
	.quad 0x5ce2017edba24f34
	.quad 0x43b00b2943c420b4
	.quad 0x0000000000003211
	.quad 0x000000000000039d
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffe27
	.quad 0x02000000
	.quad 0xa0000000
	.quad 0xc8a9be98ed6a5608, 0x3da5362bf7fd7fcf
	.quad 0x5bef77a2d9df6fff, 0x80184f0184ffcf59
	.quad 0x8075a7a740f96556, 0xc040730de7d814f0
	.quad 0x8772f87329eafc01, 0x7fc0000010e9d87f
	.quad 0x20b910dd2fe67b38, 0x72e0b07962610374
	.quad 0x6f6cfbde00000000, 0xffe331d0d34ac2f0
	.quad 0x7ff0000000000000, 0x06f5bde471c1f6e7
	.quad 0x8ec9769a3d356c26, 0xfff0000000000000
	.quad 0x7eb92f51a8082591, 0x8026a8b27d1db5d7
	.quad 0xae6250a5fffffffe, 0x3ee1d7029d805b13
	.quad 0x4d30c9fb18a07e00, 0xbfd3dd1207586c02
	.quad 0xffd8da43ca28cbd0, 0x0000000000000001
	.quad 0xc0fffffffffffffe, 0xfff15991913e5508
	.quad 0x4025e08cb518adf3, 0x3fdb7c122b05c1c9
	.quad 0xeb768fea9ce28510, 0x80000000be144c41
	.quad 0xc079400000000000, 0x861dd9b7dfd78ab8
	.quad 0x5f5af46540e72a81, 0x5d21fae69fffff7a
	.quad 0xc05bcb14e52d1dc6, 0xa1f567df1d7dff35
	.quad 0x1458a88afff3cdbf, 0xbcec683b80000000
	.quad 0x6c246e602850eb9d, 0x80000000704603b4
	.quad 0xc244d6c27a5a4175, 0x8d2918dbcf7fffff
	.quad 0x3ffc000000000000, 0x059f26e81d1f9022
	.quad 0x3cc37001c3880000, 0x179faf15feded715
	.quad 0x8000000000000000, 0xf2e2b0e07f800000
	.quad 0x125f92143beffc00, 0x7ff0000000000000
	.quad 0xb700fd0725cc5700, 0xc3e0000000000001
	.quad 0xffaa1995ff7ffbfd, 0x2967eeb9028cd318
	.quad 0x7ff1878ab25cebb0, 0xfff8000000000000
	.quad 0x3404978448b3f9bd, 0xf4be21bddd92510b
	.quad 0x82a5612e42ce5435, 0x7ffd7f47a112e44e
	.quad 0x00000000feffffff, 0x3fcce990b6810000
	.quad 0x7ff8000000000000, 0xfff0000000000000
seed33:
	.quad 0x6273ca9f015daa51
	.quad 0x0000000100000000
	.quad 0x80a14065b8c4a4b5
	.quad 0x000000007fffffff
	.quad 0xb737b6f60eeb1e67
	.quad 0x000000000000035f
	.quad 0xfffffffffffc5fea
	.quad 0x3b4af89a14fd59eb
	.quad 0x32378ee016ccbf8a
	.quad 0xa052e7512eed1371
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0x000000000000002e
	.quad 0x6b58b5ebde8d5f21
	.quad 0x0000000080000000
	.quad 0x8000000000000000
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0xeaec81ba2d4de6a6, 0x7ff052b311d714fc
	.quad 0xf588aa0700088e35, 0xcce4cb11ed917d4d
	.quad 0x12e57578ff99cb0b, 0x5c9524ef77ed15c3
	.quad 0x4002000000000000, 0x3fe424508b70fc31
	.quad 0xbf00000000400000, 0x6600a6ad94f2f600
	.quad 0xb8d154f6bfde6fff, 0xbcff41a87ff949ad
	.quad 0x403a89457865bac7, 0x7f8f7f1d7fa47752
	.quad 0x00018223e229fd31, 0x3efd16d4fe76afb7
	.quad 0x877f97c4b8776972, 0x61c6e88fd09d3b39
	.quad 0x59a49b2715483d59, 0x54e5b533ffa38800
	.quad 0x8ccfa88ebdbfabfe, 0x702cdd6297de7d61
	.quad 0xcfd86bdf9a6f6bff, 0x3f7b7416b21906d8
	.quad 0x80400000bf7be5d2, 0x47fffffe4a871067
	.quad 0x017fffff3f4e0c8e, 0x00727bf44219f5ac
	.quad 0x2963611f966b80ee, 0x800d6ed0d9a46348
	.quad 0x25a3370d2a0613c7, 0x7f8e3ff27f800000
	.quad 0xeeea18288f72036b, 0x6ec1d4fcff7fffff
	.quad 0x0000000000000000, 0x0b8f830a9e0efc58
	.quad 0x7fc000007f800000, 0x434fffffffffffff
	.quad 0xd1941264811c9405, 0xf0e3cf7c97eff655
	.quad 0x6c13504342277bd8, 0x7ff0000000000000
	.quad 0x452997374ba5ff3e, 0x014389d0d9fffffe
	.quad 0x8055e3e9803b4049, 0x020692d3b691414a
	.quad 0x3fc580c57511561b, 0xbf9b46090d7318c2
	.quad 0xc07bf1ed0123606a, 0x83704225e8d0deae
	.quad 0x977f382e9f998df3, 0x18bc381192a63d6b
	.quad 0xa2c8ec33ca481cc8, 0xff75b2fa0765d8f9
	.quad 0xc100000000000001, 0x82509241967594be
	.quad 0xc1200000e738f238, 0x0000000000000000
	.quad 0x3fb9500000000000, 0xffa0ee1346400000
	.quad 0x63472585cdffffff, 0xf8707ffe43e2bc98
	.quad 0xc84889c2ffbbf74b, 0x364f978eefdb7fff
seed34:
	.quad 0x000000007fffffff
	.quad 0xffffffffffffeb3b
	.quad 0xbd38896c9e142c48
	.quad 0x0000000000df0b70
	.quad 0x0000000000000221
	.quad 0x00000000ffffffff
	.quad 0x0000000788638030
	.quad 0xffffffffff83baf1
	.quad 0x45c989c32528f06f
	.quad 0xffffffff80000000
	.quad 0x0000000002449a3f
	.quad 0x000000000000032b
	.quad 0xd4ad23cc6127d096
	.quad 0x0000000100000000
	.quad 0xffffffffffffe8bd
	.quad 0x029142abbbc8136b
	.quad 0x01400000
	.quad 0x00000000
	.quad 0xc3b563f97fc00000, 0x00ebf7b280b6175d
	.quad 0xc000000000000000, 0xff8000007fa73985
	.quad 0x482a0b4b740b1b1b, 0x7fb0a9ca45280000
	.quad 0xfdd7c60c00f24000, 0x400a000000000000
	.quad 0x473e1af8928dee6d, 0x7e38a19dff9e5570
	.quad 0xf90d71977f800000, 0xb2f05d9949117e3b
	.quad 0x7ff63ded9ea2c1e8, 0x6822b069ffc5fde8
	.quad 0xe16ead4930c703d2, 0xfe1a7d54a45d0741
	.quad 0xfe0ffd6a74dc2506, 0x37655f8104003fff
	.quad 0x7f5955480729ecf0, 0x41100000c01d77c8
	.quad 0x334248ee2ac682a2, 0x12d3c828a8087c00
	.quad 0xc1c60b947f800000, 0x28b418d4fedfadde
	.quad 0xc0607a4aed3b9a50, 0x000ef2253916c475
	.quad 0x37396d7711e8f912, 0x5c984850370dd29f
	.quad 0x73bbbf21ffeea9ad, 0xff80000040c80000
	.quad 0xc10c000040400000, 0xddc0919b952a4830
	.quad 0x3f81fd4d8053a595, 0x7fe0000000000000
	.quad 0x678f85cb7fb2961d, 0x1d41eef17f8d495f
	.quad 0x4010000000000000, 0x0000000080000000
	.quad 0x3f89167880490474, 0x1ad9026bff9bc4ff
	.quad 0x14550575e104b0a4, 0xad1918541068fbff
	.quad 0xc27fffff49860000, 0x8000000000000001
	.quad 0xc4cab1c8bf6b7eb1, 0x01c25817ffe178b5
	.quad 0xda66fccdbfaf87ff, 0x3f35ddb2ffdedc9e
	.quad 0x0eb020bf82640593, 0x3fda698238d9dce2
	.quad 0x9f6deb03dcae7a53, 0x031816f3bb06cc89
	.quad 0x7577a95d84c28144, 0xfffd154b17484591
	.quad 0xfff4df73434325c5, 0x7fb3fc9a7f7fffff
	.quad 0x60fd089766849006, 0xe9d9ff3bae834eb6
	.quad 0xc021800000000000, 0x9692468196d47e18
	.quad 0x800639e34cf9335f, 0x391557c7bfff7e23
	.quad 0xbf0c27423c606268, 0x22379c5aeb94fc50
seed35:
	.quad 0x0000000000002788
	.quad 0xff02ef404a8512b2
	.quad 0x0000000100000000
	.quad 0x31ceb7f78fbe4c1a
	.quad 0xfffffffffffffefa
	.quad 0xf0e61be70ae61ffd
	.quad 0x0000000000e8fb9e
	.quad 0x0000000000000268
	.quad 0x0000000000000147
	.quad 0xfffffffffffffc1e
	.quad 0x0000054e920488bc
	.quad 0x0000000000000312
	.quad 0x8000000000000000
	.quad 0xbc91cc293b7a817b
	.quad 0x40e975fce764dff6
	.quad 0x56215335837d6ca2
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x7ff7cced77cb4f58, 0x8000000000000000
	.quad 0xc1fffffffffffffe, 0xffa01cf13fc00000
	.quad 0x00000000b7ac8dd9, 0xffc000003fcea357
	.quad 0x1cf036fd9ac97e8a, 0x40b878ea43e7ea8d
	.quad 0xfff0000000000000, 0xbaf5fdc68078fc00
	.quad 0x8000000040000000, 0xdfcbc423369145dd
	.quad 0xdafa645b829ff7ff, 0x7dd27711fee7ccbf
	.quad 0x817fffff00000000, 0x9bf43cbff9f18000
	.quad 0xd698bc7f001258e1, 0x3dcb95381965a4a9
	.quad 0xb6b7191e3d467e00, 0xc257923bcabaa1a3
	.quad 0x7d187457fedfe7ff, 0xe8c8679d7fdcc480
	.quad 0x8000000000000001, 0xada963ebf23ff429
	.quad 0x8343211322e304a5, 0x800ba74f18b2f9dc
	.quad 0x196e19123b0abc00, 0x8c03ded37f8e8e76
	.quad 0x800000007fb5d07c, 0xc0088f36f0c722a0
	.quad 0xbcbd2fd7cc1afeca, 0x7ff412c29a6cff13
	.quad 0xc030fd344f7076cc, 0xffa7047401907bd2
	.quad 0x0000000000000000, 0x3fae67ef73aee77f
	.quad 0xf5fe336ec0c8fc30, 0x0000000049990000
	.quad 0xc002000000000000, 0x8020000000000000
	.quad 0x22aab261faf6d9f2, 0x7ff0000000000000
	.quad 0xfff1e8ed7f87203d, 0xc3fffffffffffffe
	.quad 0x941243eab7cbd12b, 0x5e1929ddbbfffe85
	.quad 0xc1a69f4a8dcdd17a, 0x1cfb49408e3c4801
	.quad 0xffe18f7f32ded2a5, 0xc9200000bb380000
	.quad 0xdf7fffff41b907f5, 0x594f97fab2eb7c00
	.quad 0xc14000007f9c87cd, 0x407914f08f49e46a
	.quad 0x8c7dfbc30054d480, 0x804f003600000000
	.quad 0xbf752fbb22e2fd47, 0x80817b12d128b244
	.quad 0xa5844dc34ab7870f, 0x70da30d25cf17c00
	.quad 0x6bcb88264a0087b4, 0x3fa1a601cf2ba7ae
	.quad 0x40200000efe6c101, 0xc1383298ff800000
seed36:
	.quad 0x8e6e32ddc7750432
	.quad 0x000f324eb66ed4f1
	.quad 0x000006e6c3f5cfb1
	.quad 0x0000000000006d28
	.quad 0xffffffffffffff1c
	.quad 0x00000000000003ca
	.quad 0xffc5bd1fd17672c8
	.quad 0xfffffffffffff54f
	.quad 0xc132461ee6804678
	.quad 0xff568e4ab510be59
	.quad 0x6327d5756983a627
	.quad 0x000000007fffffff
	.quad 0x0020000000000001
	.quad 0xffffffff80000000
	.quad 0x0000000289499410
	.quad 0x01f38ce5315a50e6
	.quad 0x00000000
	.quad 0x40000000
	.quad 0x448a7a55c31ebffe, 0x685822967fb7dbf4
	.quad 0x000fffffffffffff, 0xc020000000000000
	.quad 0xfff0000000000000, 0x402077c34bdb3107
	.quad 0xef9cfa035aeeff1f, 0x804a19ab3f59a477
	.quad 0x000481b474384dda, 0x1c00a35d07ef10f4
	.quad 0x8ce5bbb1f9d7c32f, 0xcffffffe00ffffff
	.quad 0x1a359590431a36c2, 0xcb818aabffdffff5
	.quad 0xbd01716a0be00400, 0x7fefffffffffffff
	.quad 0x11d3ebe1a2ae66f5, 0x43fe00003c18aaed
	.quad 0x9d84f171dffed6fc, 0x81084e32c9ea1583
	.quad 0x4076000000000000, 0x7b9bdc2e67fffffe
	.quad 0xffc000007f800000, 0x3faadeb01176750c
	.quad 0x7fea4411c057252b, 0x3ec0000000000000
	.quad 0x3c7f8bd90d67d303, 0x769441ae0d5903ff
	.quad 0x7f800000b3f38415, 0x9d9e6ff91f9977fb
	.quad 0x9dc4b3c2ff848000, 0xfeaab4297f73ffff
	.quad 0xf91e6bf43fb0ffb9, 0x1b8856c742b30500
	.quad 0xc008c00000000000, 0x6b7836acffeffbf1
	.quad 0x427b9416cf000000, 0x00000000ff8b39fa
	.quad 0x7ff0000000000000, 0x8dcd58b0bf5eb042
	.quad 0x8cf5d8703df3b1cf, 0xaf45086bfe9cdfbb
	.quad 0x2bf5e550ff99b975, 0x61fd80e9ff8df8f9
	.quad 0x00ffffff14c22aed, 0x304327b762db0000
	.quad 0xe5f85921be8e7180, 0x7ff8000000000000
	.quad 0x40f00000948c9b96, 0xfff0000000000000
	.quad 0xc0023905ed71f016, 0xcdbff9f03f387dfd
	.quad 0x442e53bd789eeff8, 0xffc00000bc3be101
	.quad 0xb2affc877c88fbb6, 0x7ff1af36c52bdaf8
	.quad 0x001fffffffffffff, 0x7b339a718f5856d6
	.quad 0x58dcee5add57bb00, 0xd024d625fe9a3fa1
	.quad 0xc0200000ffa22deb, 0xf3012474ffbf7cf7
	.quad 0x001be7ac65f74bed, 0x906fa3ef58a33c00
seed37:
	.quad 0x7fffffffffffffff
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0xb58e3e007c8e0e9d
	.quad 0x669571b867bf3ae5
	.quad 0xfffffffffffffec7
	.quad 0x0000000000000005
	.quad 0x0000000000000001
	.quad 0x00000000003a1e19
	.quad 0x3b9681fd698189f6
	.quad 0x3b307f2cba9733cb
	.quad 0x0000000080000000
	.quad 0x000001312918dda8
	.quad 0x436151ad81b00bc4
	.quad 0xfffffffffffffeb5
	.quad 0x0000000000000fd7
	.quad 0x03c00000
	.quad 0xc0000000
	.quad 0x4340000000000000, 0xb923fa7673239597
	.quad 0x419787d2be1646de, 0x2e4bd939bfffd68e
	.quad 0x7fbb84f14394fe64, 0x55c5b49589264560
	.quad 0xfff0000000000000, 0x7f80000040ad733c
	.quad 0x00429821d21be1d9, 0x46c68c1ae32d8270
	.quad 0x449b000095ad8320, 0xfff6ece3eb63e5bf
	.quad 0x5617130afbf67c28, 0x54def470fae7b7d3
	.quad 0x4020000000000000, 0xd42142658df08000
	.quad 0x7f800000c0cc0000, 0x862c21afffedaa87
	.quad 0x7ff2ccb1bc48e37a, 0xcafebe66ffa7f8e8
	.quad 0x00000000be395e6b, 0x6cca52d774053e5b
	.quad 0xffb536e580000000, 0x99f009fc59eb3676
	.quad 0xc3e0000000000001, 0x001f9fd4ff800000
	.quad 0xffdfffffffffffff, 0xe1d47540fdeeeaee
	.quad 0x803abd7343365cbc, 0x816813c7ffb22051
	.quad 0x8000000000000000, 0xa2efe5a6fbfac7f7
	.quad 0x527c69eb48ee03ac, 0xe1d1a395f9de4200
	.quad 0xc33ffffffffffffe, 0x40067103cb2a5324
	.quad 0xc1fffffffffffffe, 0xba7bb5aa62f96bd7
	.quad 0x72a6c1bca5a055f7, 0xf0f78c85fff442c9
	.quad 0x3f8d239a3d610844, 0x400000007f9e3ac5
	.quad 0x0000000000000000, 0xf22752cfbe800000
	.quad 0x7ff3bb7354aa174e, 0xff80000046900000
	.quad 0x57cf4434effffd0f, 0x84273549be680000
	.quad 0x80000001411c0000, 0x4054d58b52345b92
	.quad 0x4013000000000000, 0xc8c81e1f6a124000
	.quad 0xce9afcbcffdefc00, 0x93aea69e1468046e
	.quad 0x61dedeed5c699d1b, 0xc1e07a887f800000
	.quad 0xacf80c5fffff5d3a, 0xd88c8c6dff0e8315
	.quad 0xfe339da8ffcb57bd, 0xeb0829d449425d2e
	.quad 0x3700e0f26e5c8000, 0xf01a87c595cb0000
	.quad 0x00df3e50694bea47, 0x40dc000058336db1
seed38:
	.quad 0xfec5b83ce641d045
	.quad 0x3010ed5f63f2bad3
	.quad 0xb77cc13f7a395da7
	.quad 0xd9703601194bfe66
	.quad 0x0576ee597e041769
	.quad 0xffffffffde99e9ce
	.quad 0xffffffffffffd34b
	.quad 0x06221efc120c9b63
	.quad 0x20ed57ca60668231
	.quad 0x8b8f5adaf9179c3c
	.quad 0x7e01dec3bb3f223c
	.quad 0x000000b2ab27abd3
	.quad 0xf0ce1f0e3ff96b04
	.quad 0x000000000000027a
	.quad 0x00000000000003e6
	.quad 0x00000000000026bd
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x0cb74277db0a0f6e, 0x3ff8000000000000
	.quad 0xc00e000000000000, 0x807fffff7ff48fac
	.quad 0x4000000000000001, 0xbf596df97f7fa624
	.quad 0x19908a12ffe067ce, 0xc7fffffe7fc21a0e
	.quad 0x54a3c6617e55fafa, 0x73df87a279833e9a
	.quad 0x8aa2fcb17fb737e9, 0x7ffc01c9d857ae2f
	.quad 0x9840b324e7a2cb01, 0x87fca981157902ac
	.quad 0x72de3ea1b7f3bffe, 0xbe800000c3f738f9
	.quad 0xffc0000041000000, 0x084ccc2dd39eade2
	.quad 0x8cb0ef6380ffffff, 0x002d183e1adf0c97
	.quad 0xbfc1e303b3917973, 0xfff71a0e214c4745
	.quad 0x9bf2668b847116c6, 0x8000000000000000
	.quad 0xff7fffff807fffff, 0x7f80000037c00000
	.quad 0xa2998f54c90a77a0, 0x433ffffffffffffe
	.quad 0xff70af7f2e4a60e7, 0x3f86634d1b0daa28
	.quad 0x3d699534899383e0, 0x0dccd45cf1108cc5
	.quad 0xe310ce7a06cede1f, 0x0f17248df34862d9
	.quad 0xbf879cc9389637d6, 0x7fd2ca1f1982bb08
	.quad 0x982e993df3bdff95, 0xc1719303ffe3d3aa
	.quad 0x3fc9a614dcc5852e, 0x8000000000000000
	.quad 0x3aa000006dc1f215, 0x40b07fe291400800
	.quad 0x05ff82d5ffa860da, 0x5b1a145ebfa30000
	.quad 0xffa710b280563d53, 0xfa569a2741a57b35
	.quad 0x7f80000000000001, 0x245e45423348fb6e
	.quad 0xe7ac1498ab53eafd, 0xaf79bca22ba1aca9
	.quad 0xff9fe98cd9800001, 0xf257a6432db50b1c
	.quad 0xbf96dec5229db826, 0x002dc56089ca2a3c
	.quad 0xe7e21c7b139a85c1, 0x2363b460dcea25cb
	.quad 0xc0321cd3d7aeb0d4, 0xc042d5ce87a1b995
	.quad 0x84d61e85e9f95fce, 0x51c9783ffc3fac5c
	.quad 0xebdb3e0d0c65b893, 0x7f8f92fcfdfff6ff
	.quad 0x1d56fdf4d4dd2044, 0xdd3f21fe7f47fb67
seed39:
	.quad 0x00000000000001bf
	.quad 0x000000000000e3b9
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe9f
	.quad 0x4d15ea81490223de
	.quad 0xb61bf170c36953eb
	.quad 0x0000000000000225
	.quad 0xfffffffffffffcf4
	.quad 0x0000006bc113e39c
	.quad 0xf1ef314344ee7f33
	.quad 0x001bac8790a6a6c7
	.quad 0x0000070b4efcf5dc
	.quad 0x5a2c81f03f91b0c5
	.quad 0xffffffffffffffe3
	.quad 0x818e376ff0002762
	.quad 0x0000000001000001
	.quad 0x02400000
	.quad 0x70000000
	.quad 0x4701c9ed7f6ff7df, 0x7fc00000bff81ad8
	.quad 0x3fdf7e8d933db08a, 0xff800000f2c86eed
	.quad 0x800000003f5f2071, 0x43ba5fdf7ea9ac6a
	.quad 0x7ff8000000000000, 0x499bd6387fbeb059
	.quad 0x07f44a04ab248000, 0x680daef846318000
	.quad 0x80800000c1e88000, 0x816fd2a5819c94c9
	.quad 0x9456b24e7fb9d3f6, 0xc54000003de018a6
	.quad 0xbfe0000000000000, 0xc07255479f63028f
	.quad 0x274c278edbbfdfef, 0x5ee36bd161e42dc4
	.quad 0x29cfe373b1a87c00, 0x00000000bc0e0000
	.quad 0x7ff8000000000000, 0x41a70421689d32f2
	.quad 0xcd333edbbffddd06, 0xfc1648d0fdcd4ede
	.quad 0xbf8746f8ed6208e0, 0xf20532215686fc00
	.quad 0x3f3dd3d6ba600000, 0x13ece483ba1e21f8
	.quad 0xbcdb3495fbfbbfdd, 0x81a861345f90a7f6
	.quad 0x3fb8513a36f65f61, 0x20dd37d76ef8bd87
	.quad 0x570ed3ee08288400, 0xfe960e566ea706af
	.quad 0x0000e013f174b9eb, 0x16f2b000ffb1a7f7
	.quad 0xf9399e5f0393d1b7, 0x047346887badf147
	.quad 0xbc436c8880000000, 0x9492c6efc0890c0e
	.quad 0x800000007fb76741, 0x76272156f7fffffe
	.quad 0xbfc00000807948b0, 0x3fd00000bf400000
	.quad 0xbffe5087fdbe3408, 0x2427730b5fc7cd3d
	.quad 0x3b50cf36aaf5a191, 0xaea2e63256d20e00
	.quad 0x28b89b23491c9caf, 0x3647ce4146228401
	.quad 0x3f5bac7f57271e30, 0x33d9d4cac0f8f801
	.quad 0xfff0000000000000, 0x088234e2fff9d53f
	.quad 0xfef17d2eff800000, 0xbc2b0000189bc857
	.quad 0x231d57ae01c55219, 0x403b805d51f34333
	.quad 0x3f4718947f800000, 0xbfa55d71f1ad5ba2
	.quad 0xff80000080000000, 0x86a2c6e1007512bd
	.quad 0xfff05cf8b38c8b89, 0x1a50c02a1b8a5dc1
seed40:
	.quad 0xffffffffffffffff
	.quad 0x0000007599ad60f7
	.quad 0x0000000000000001
	.quad 0xfffffd37830552fe
	.quad 0x8000000000000000
	.quad 0x0000000001000001
	.quad 0xfff1146e41aeedcd
	.quad 0xfffffffffc1f9a48
	.quad 0x0020000000000001
	.quad 0x2cec9fe97c610efe
	.quad 0x000000000000020b
	.quad 0x00000be540c099b8
	.quad 0xf2cfeb9b3492d15b
	.quad 0xfffffffffffffe58
	.quad 0x687ace47e01bbf76
	.quad 0x0002c231203b7276
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x905bf2edffcad7e7, 0x7f9d87f7ea6d5ea3
	.quad 0xebfcf0cdfacc860e, 0x6875b2cdfdffb9fd
	.quad 0xf39199110047f8b9, 0x9dbf2f28b966baca
	.quad 0xfff8000000000000, 0x75d45896ffbdfffb
	.quad 0xd1012644577efe73, 0xff06f0f47a459a1a
	.quad 0xbb7702c123527765, 0x9d884066ff936c7e
	.quad 0x920ae3fc5cf5c5e0, 0x710a7bfffb558296
	.quad 0x02e34b564e8cc022, 0xb35f253ebffbdbe3
	.quad 0x7ff632754ec901cf, 0x7bc698b3d984f800
	.quad 0x40496653bbf3f287, 0x8005ff562025c936
	.quad 0xbfdb89951954515f, 0x64a6b0265166fee1
	.quad 0xbcd85d94d58c7ea9, 0x1b14517d015e1bb2
	.quad 0xc011d07e4475a0dc, 0xc55eccebdfb2c600
	.quad 0xfff8000000000000, 0x85379683279f2b0e
	.quad 0x074647848726b800, 0x3c700000ff97f55b
	.quad 0x0000000000000000, 0x47000000b7c00000
	.quad 0xddbbe806cfa7e49f, 0x804527eb0748739f
	.quad 0xa9ef4ae15b990000, 0x6abe77c1d322376c
	.quad 0x78a32d4e30907c71, 0xfff7a2956c8c7ffb
	.quad 0x23b80c31bbff5fdf, 0x668520fecbaefd7f
	.quad 0x7f8000009bc8a05e, 0xfff0000000000000
	.quad 0xfa38d6d16fa54535, 0x332f51828036fc00
	.quad 0x13b3e705f9cc48e0, 0x00000000ec080133
	.quad 0xf5b4543eff800000, 0xc0780000914aac1b
	.quad 0xfff0000000000000, 0xc01d0bf04dceb9d5
	.quad 0xc8ffffffbf3d0ba1, 0x40d40000eb95bd4e
	.quad 0xffe0880ec4d95c7c, 0xc71ce0207ffda9c9
	.quad 0xff169b55c4b85871, 0x7ff8838a41200000
	.quad 0x800000007fb50ebf, 0x0000000000000001
	.quad 0xf90858565c2e2cf0, 0x7419ea5e27dac800
	.quad 0x63e36af19f5bb529, 0xffe5e0de7b0073e9
	.quad 0xfe8000007f452854, 0x681c5efdc2b069b4
seed41:
	.quad 0x1b4714e954abb7a4
	.quad 0x0000000001000001
	.quad 0x0000000000000159
	.quad 0x0a0ccc6f8670e489
	.quad 0xfffffffffffffecc
	.quad 0x0000000000000008
	.quad 0x0000000080000000
	.quad 0xfffffffffffffc3a
	.quad 0x4c57c64b3099887a
	.quad 0xfffffffffffffe48
	.quad 0x0000000000000083
	.quad 0x0000000000000148
	.quad 0xffffffffd0a86df0
	.quad 0x1c523ffbd9bf9eea
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x0c0b875c6d793e48, 0xff8a4653c53593bf
	.quad 0x8174cb3bbdb5ecc9, 0x4020400000000000
	.quad 0x3cecff365ad4acf3, 0xffff84fa7003d249
	.quad 0x24ab77ae127ada2f, 0x2fd9b92e7f8d58b4
	.quad 0xb98989e600000000, 0x0008000000000000
	.quad 0x5b1535be6323dc3e, 0x3fffffff3fbdf2d0
	.quad 0xcd1452a9694f7900, 0xffd0000000000000
	.quad 0xc3e52455c2bff7ee, 0x5d98b8339a4170ce
	.quad 0xf2ddc7152601c700, 0x3eddbad8bfffffec
	.quad 0xfeea0b80bdcd9d25, 0x0b405408ff800000
	.quad 0x18091f549248c6c4, 0x81b2d5d97f2e3200
	.quad 0x3f787f71a50d3801, 0xbfd488794bc04fcc
	.quad 0x4004000000000000, 0xc052d118004ba435
	.quad 0x409000005a000000, 0x7fd0000000000000
	.quad 0x20ee9a51c2b87bb7, 0x4dba7482ffffe7ff
	.quad 0xc01e000000000000, 0xc032c00000000000
	.quad 0x7e800000162775b0, 0xd5be0658bfedf800
	.quad 0x1937b657ee31e73b, 0xf313bd193dd22ed3
	.quad 0xc0fc000077e9b016, 0x7dda6deb80000000
	.quad 0x92dc588094f97f22, 0xb6b3221e2ff92fb7
	.quad 0xbd8f756afed1f877, 0xfff4a02f472dbaa6
	.quad 0x52a8612ac7eb2a0d, 0xbfcf5c30b47f3408
	.quad 0x3c6a8427c0280000, 0xf8eae96ce936976a
	.quad 0xffe0000000000000, 0xffe700126bd9623c
	.quad 0x41ffffffffffffff, 0xc19a603ebf1f1f63
	.quad 0xbf24000000000000, 0xe852d25c866ba452
	.quad 0xfff0000000000000, 0xc061537c61ad74e0
	.quad 0x001fffffffffffff, 0x7f8000007effffff
	.quad 0x40d36b8f80000000, 0x7ff70a7f233ef8ee
	.quad 0xff88894f80000000, 0xd0a9f7580eb2b1f8
	.quad 0x4b4108cfce6b8608, 0x3f60000087f81ec2
	.quad 0xc3ffffffffffffff, 0xe13edcad5167ec3c
seed42:
	.quad 0x0000000080000000
	.quad 0x000480ef357ea69f
	.quad 0x00000004549784c0
	.quad 0x9d64b396f4394dda
	.quad 0x7fffffffffffffff
	.quad 0x000000000c936f3d
	.quad 0xffffffffffffff3b
	.quad 0x889458afb40e7fe7
	.quad 0x1f5aa7f7c6f999fc
	.quad 0x04035538676d115b
	.quad 0x01ff56d8f49977ea
	.quad 0x0000000000343493
	.quad 0x01f007e844cefeff
	.quad 0x00000000ffffffff
	.quad 0x000000000000024d
	.quad 0x29aa4ca7a4db5109
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0x003bfb263cec0000, 0x3fa075e013371983
	.quad 0x9d7eb41bffed0c48, 0x06bd175cb9fe7fbd
	.quad 0xbbfd5b99ff687f73, 0x8002a070d20a3c3a
	.quad 0x8a6f092a19baec05, 0xc0afba349ca67900
	.quad 0x0006daf8fa5594d8, 0xff800000ac97fc66
	.quad 0x029ccc254bbe9261, 0xed2e7af8fff5fd1a
	.quad 0x34314ad0e7ecef56, 0xe58e602cffbffe34
	.quad 0x9f30df1df5e207ff, 0x3fd7ce3c92d65c04
	.quad 0xaf273c6675891e00, 0x0e0eb2dbedb57851
	.quad 0xc03f6a2686456198, 0xb7c00000fbc7e09f
	.quad 0x72054e4ae7f4eeef, 0x837436ed6fbdca0c
	.quad 0x5fb2efdf1ad4ab79, 0xccf5f28dc02c551e
	.quad 0xbf8557343ce9080f, 0xe5e36121e8368000
	.quad 0xc7fffffec339af00, 0xc0c40000bd40a009
	.quad 0x7ff159d19e28a2a8, 0xc0d337623c315bf3
	.quad 0x7ff0000000000000, 0x477d0000c0900000
	.quad 0x16eeb8427f958588, 0xf66eea4373ed7ebe
	.quad 0xbff4be68c52508d9, 0x6c6b7b90692313c4
	.quad 0xc0f1438019a9078d, 0x0004230e97caae6f
	.quad 0x03050bc2021a2ea5, 0x800c876ac3c4ac4d
	.quad 0x40a80000bc7bea78, 0x7fc00000f45744af
	.quad 0xc23c35a846568000, 0x000abd2550f32db0
	.quad 0xfff0000000000000, 0x6574cde7f86bfc14
	.quad 0x8da37010b74f7d42, 0xc280000062048507
	.quad 0x000d5bd21d803660, 0x002fffffffffffff
	.quad 0x000000000c7d5fe7, 0xbfb8000000000000
	.quad 0x3f72cc814e95a01e, 0x0625d5985354d702
	.quad 0x4012f17e071242c2, 0x7ff8000000000000
	.quad 0x19e0582074cfa195, 0x0000000000000000
	.quad 0x400c000000000000, 0xbdba1186416b9ab4
	.quad 0x1b42e4d772d8b6df, 0xffe982e9c4d1292b
	.quad 0xa4f92d1cfbc03a92, 0x000a57550d844e9d
seed43:
	.quad 0x6ab472fdafacc567
	.quad 0x00bf2f84d68e395d
	.quad 0x291dacff64900645
	.quad 0x0000000001000001
	.quad 0xfffffffffffffd2d
	.quad 0x6568689a03e5fd83
	.quad 0xffffffffffffff09
	.quad 0x1f670a9668f456e8
	.quad 0x56c86e4f39e4d842
	.quad 0x1f8d9d9d0b33e5bd
	.quad 0x000000bd85cb5805
	.quad 0x8000000000000000
	.quad 0x0000000000000143
	.quad 0xfffffffffffffff6
	.quad 0x0000000000000005
	.quad 0x000000007fffffff
	.quad 0x03400000
	.quad 0x30000000
	.quad 0x3c4ccf7e96fcc080, 0x7a797badd1617db9
	.quad 0x813d5fa2f7ab8200, 0xe567fad8c168fdd8
	.quad 0xbffa340106401530, 0x359e857d0f6740ea
	.quad 0x80000001cfffffff, 0x5df323d57fd3fbff
	.quad 0x087c439ec0520000, 0xbb00000000000000
	.quad 0x7f8a81b87fbda765, 0x963301bde77ffc6a
	.quad 0xdb4852d5a997ffae, 0xfff0000000000000
	.quad 0x178323b5ddebfc00, 0x000000003ef5ed25
	.quad 0xbfffffff9abe4d2f, 0x474d000004210dd9
	.quad 0x80090623f093d828, 0xf18abfd29af9b286
	.quad 0xa24b31b40f531428, 0x3ba9993e2c6e82a4
	.quad 0x27be5adec73bfdd1, 0xffff60fcd7a1891e
	.quad 0x48180000ff99cb17, 0x800000000b5d6e8b
	.quad 0x3fa5f26c65120fd4, 0xcc538306537bbffd
	.quad 0x8a67355f066a81dc, 0xc028000000000000
	.quad 0xfff17f6f12aa427b, 0x9e0401043b5b6c68
	.quad 0x9736f920bff6bbb7, 0x7ff0000000000000
	.quad 0xc392d40e19b2573d, 0x7f800000803df0d3
	.quad 0x94e0af4d40700000, 0x34a18878905dba00
	.quad 0x6e8e862f7a17e38e, 0x3b6a0000df7fffff
	.quad 0x6e057951f7adfe00, 0xa8276b70ffe9ccbb
	.quad 0x80900b45a4eb69a5, 0x4107dbf510baf712
	.quad 0x40d00000c7800000, 0x8b0edd7440dc0000
	.quad 0x355e37807fe38722, 0x7ff0000000000000
	.quad 0x3ff66a395257d5ae, 0x412fdc2341200000
	.quad 0x3ff0000000000000, 0x800dd10c9420309e
	.quad 0x8f9415276ea5cd4e, 0x400000018222d75d
	.quad 0xffe1081c62e78f95, 0x8093f25ed03994f1
	.quad 0x000d307effa910d1, 0x836e06d7ddfcdfef
	.quad 0x383a0000006209a2, 0xc05c27d8b115c30b
	.quad 0xbff4000000000000, 0x3fd0ddcd0974e3c2
	.quad 0x8fd86359b161fd26, 0x4054862af4facd78
seed44:
	.quad 0xffffffffffffffdd
	.quad 0x00000000000001a8
	.quad 0xfffffffffffffff8
	.quad 0x0000000000000001
	.quad 0xffffe6cfa6fef08f
	.quad 0x33b6980aff08f8a0
	.quad 0x00000025f2c5cdbc
	.quad 0xffffffffffffffff
	.quad 0x340f084a30364655
	.quad 0xfffffffffffffca2
	.quad 0x000000000000010b
	.quad 0x0019bc42e6e9cbc9
	.quad 0xe31b394e0fe01597
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xff605de6d0c4879e
	.quad 0x02800000
	.quad 0x40000000
	.quad 0xae229633ffebac00, 0x4f4df71d2200e2d7
	.quad 0x5cd7e03b1e127e50, 0xc00e000000000000
	.quad 0x40d0000000000000, 0x7ff0000000000000
	.quad 0xf596ea5c4eea03aa, 0x0821d0c8d5000001
	.quad 0xd9a50937f7239c05, 0x7ff8000000000000
	.quad 0xcd96a9c07ffdefff, 0x6a83dca2dd776a65
	.quad 0x4022000000000000, 0x804000006ade403f
	.quad 0x3d76b4807a045ce1, 0x8183d3054e0f619d
	.quad 0x3f050e2ffe800000, 0x7ff8000000000000
	.quad 0x3ebc000000000000, 0x53c990f46057ab79
	.quad 0x002e56b12bd83214, 0xc00e000000000000
	.quad 0xb9880000400a6d94, 0xb84000007e5aaf7d
	.quad 0x7f8000007f800000, 0xff800000ff7fffff
	.quad 0xff935e8f7f4cbfa2, 0xe03c36b4cf9ff73f
	.quad 0xf927e9afbffefe00, 0x3f76be480e6b11b0
	.quad 0x000fffffffffffff, 0xc0e8000000000000
	.quad 0x434b616c12a7cbec, 0xfeaab96248dd76e1
	.quad 0x401ea721d468d8eb, 0x7ff0000000000000
	.quad 0x3c31bbedda000000, 0x815b8179ab08938f
	.quad 0xdbd6b04fffea14a7, 0x8274250ba89c1e4f
	.quad 0x7fc0000000d78e47, 0x4ffffffe80000000
	.quad 0x87eef661422f3a3b, 0xcf5bbd640b2f5bf4
	.quad 0xbda36ef759377d32, 0xc07d897936aa266e
	.quad 0x762943423f243ad8, 0xfd7a7aad8acd7c8e
	.quad 0xc009bb20d83ea8e5, 0xc34546b294039dc3
	.quad 0x8000615e3903b171, 0xf707c7c8ef9fbedd
	.quad 0xb2f529301d5b8000, 0xffce4e90e92ae191
	.quad 0xda7fffff8089c7d6, 0x674db9040389fcc8
	.quad 0xbe0653763e8b4083, 0x4180000000000000
	.quad 0xbf0cd217ea3a56f7, 0xc22a8232bd73adb9
	.quad 0xc00ffffffffffffe, 0x8032551fff800000
	.quad 0x7ff480a1bdf0c815, 0x408c0000df000001
seed45:
	.quad 0x16e711d72c2d3ce8
	.quad 0xfffffffffffffed0
	.quad 0x000000007fffffff
	.quad 0xeceefa0b41bff1e2
	.quad 0x59ce853c0968bcbb
	.quad 0x000000000011ef05
	.quad 0xfffffffffffffcaa
	.quad 0x71dda60084af9118
	.quad 0xffffffffffff0847
	.quad 0xfffffffffffffde1
	.quad 0x00000000000001d0
	.quad 0xfffffffffffffc67
	.quad 0x000000000000000a
	.quad 0xbbd1e1d92fd592b3
	.quad 0xfffffffffffffe39
	.quad 0x000000007fffffff
	.quad 0x05000000
	.quad 0xc0000000
	.quad 0x490bc5ac344e4691, 0x8000000000000000
	.quad 0x83b728e9a59d9e30, 0xbeab03653f800001
	.quad 0x91a1bcae14a406fb, 0x08537855dced3886
	.quad 0xbfa00000bfc00000, 0xbdf60000ee88e3ab
	.quad 0x20bf53b21608fb80, 0xbff8000000000000
	.quad 0x407fa8b7edd81699, 0x723b74b8bbeefa80
	.quad 0x433ffffffffffffe, 0x789f18a83bae505d
	.quad 0x80563361942cc7c5, 0xbedec00000000000
	.quad 0x80338fff07b69a5d, 0x3ffa4e6a1a0ff3ab
	.quad 0x15f84edefcff6e99, 0x3646fbc17c6312db
	.quad 0x323faf51231cc0c0, 0x40c87bd8db6507f5
	.quad 0xc05082dacb717f3e, 0xd04021313c4e3c8d
	.quad 0x8e2b3b41afccfa3a, 0xad14dadc80a2f800
	.quad 0x4303f3b1850f1d4b, 0x3f91bb557c89ab76
	.quad 0x8b937d0e98149980, 0x00d7d08860efb615
	.quad 0x4062000000000000, 0x80ffffff3d4a41b7
	.quad 0xd12973bdfe1fff13, 0xfff6332afd4f904d
	.quad 0x8020000000000000, 0xbf78000000000000
	.quad 0x524b116c3ffe9bfb, 0x7ff2d23e43b0ca96
	.quad 0xc015800000000000, 0x28df0636c671b256
	.quad 0x1f2fd33fcc358279, 0x7fcc604c2ddb5df5
	.quad 0x8000000000000000, 0x27ac5d8a807fffff
	.quad 0x8000000000000000, 0x037b2f1b1ffaaeff
	.quad 0xc0dc0000d9800001, 0x328e3037dd3ffaff
	.quad 0x00ffffffbdcc67e9, 0x95ab8e09c2e17d71
	.quad 0x8008000000000000, 0xbb2678707900a297
	.quad 0x43f4b0ec3ffbaf1e, 0xf54da0373fa77ffb
	.quad 0x5cffffff80000000, 0x80764312c579256f
	.quad 0xf90f56963fe00000, 0xe568898149fda629
	.quad 0x7fa2fcc112a63c3f, 0xb75402d5dc61f69c
	.quad 0xbfae4d48a38bd11b, 0x403a728ab971747f
	.quad 0x8e46be48df800000, 0xef782e9fbff79dbd
seed46:
	.quad 0x09fffec09802a408
	.quad 0x000000000043c3b1
	.quad 0xffffffffffffffff
	.quad 0xb23f6f3cb5f5744f
	.quad 0xffffffffff8e989e
	.quad 0x6051d36acb4b7996
	.quad 0x7d1a0044a8588909
	.quad 0xe32f6611e9b092fa
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe9f
	.quad 0xfffffee3943dc07b
	.quad 0x0000011ad3882e0d
	.quad 0x915e271d02aedb40
	.quad 0x000b0cc7bd22042a
	.quad 0xda548113532dc683
	.quad 0x00000000012ba1b2
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x3f2f000000000000, 0x5f7b6c14df6febed
	.quad 0xc130000000000000, 0x7f6ecc856e28ce64
	.quad 0xdf0000017fc00000, 0xbfca397807eb0888
	.quad 0x800a439acb505894, 0xfe00c9477fe8c5f3
	.quad 0x97b64dfca8787c00, 0xc8d95a74fe6379b6
	.quad 0x7f8000003dad7142, 0xf66df9321141fe00
	.quad 0xc0a800007fbd05f5, 0x43f62c0b0a03d064
	.quad 0x88464d77fd71c3aa, 0x0000000000000000
	.quad 0x8370f9cc5836f874, 0x2f3c7b4da3db1bf6
	.quad 0x408800007efaac9d, 0x0000000000000000
	.quad 0x3ec210a07f000000, 0x22ad22459c483db3
	.quad 0xbf90000000000000, 0x6f1344a180000000
	.quad 0x236cfeb9954776fe, 0x5ffffffec6580000
	.quad 0x595569ea582cb1b7, 0xc864895bd7ffffff
	.quad 0x7fe2a5933871b87b, 0xf8c4f1887fcd3792
	.quad 0x0008000000000000, 0xa9e07b5a1ace2d57
	.quad 0xc45ffffffffffffe, 0x3fba117207e88d74
	.quad 0x45afc1d444b00000, 0xa280d4c3c6093520
	.quad 0x7ff69bd60a6299c8, 0x7ff0000000000000
	.quad 0x0ec48b66d07ffffe, 0xeef0ca6fff85cc82
	.quad 0x800510328681efa4, 0xffa4c717d102ced9
	.quad 0x3f838a79509d32d9, 0xca0713556098b9ae
	.quad 0x80000000bad48000, 0x25d207ac64ffffff
	.quad 0x0494af85230cac29, 0x403f4cd701e0d24f
	.quad 0x711cba70d7ac7bff, 0xde735800ff8f7e3b
	.quad 0xd73f25f3fe81d7fb, 0x00e6b5d04ebac305
	.quad 0x563a8b9337de9a48, 0x1a6002d13c811c4a
	.quad 0x7f7fffff00564363, 0x839cb70e2850e587
	.quad 0x41dbcbc0d2fc7ed1, 0x8000000000000000
	.quad 0xffdfffffffffffff, 0x7fb066aa79e63ab9
	.quad 0xc1b18e60429763f5, 0xfdc7ecb24ec80e34
	.quad 0xa21053beff95a167, 0xc062867efdb71243
seed47:
	.quad 0xe45c498a9c56cbe7
	.quad 0x000000000ac3ea31
	.quad 0x00000000000003e2
	.quad 0x572976eebb522a3f
	.quad 0xfffffffffffffda7
	.quad 0x0000000100000000
	.quad 0x000003d6d6029440
	.quad 0xcc9ddd00e6e1b5aa
	.quad 0xfffffffffffffcef
	.quad 0x64b5fe0b87418903
	.quad 0x0020000000000001
	.quad 0x00000000ffffffff
	.quad 0x0000000000000001
	.quad 0xfffffffffffffa91
	.quad 0x0000513344420ffd
	.quad 0x0000000001000001
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x30d709ed1283d53f, 0xb1c052cd1157c8e0
	.quad 0x7b53e3957beb281e, 0x007324314ffffffe
	.quad 0x745b1dd37ffbdf9d, 0x80000000c7800000
	.quad 0x4e3814947f800000, 0xc197c6406ec4bf12
	.quad 0xb44bf2d7ced5fe00, 0x54e5565d46ed1edc
	.quad 0xbd02adb7e15620bc, 0x8228ca4c03beaa7a
	.quad 0x800e56b8607e3373, 0xc2f6393178e70b93
	.quad 0xbfb3bc3b00000000, 0x006bcfb4bdd187f3
	.quad 0x5656a9eb8dbc5361, 0x0f8f719357ba18d8
	.quad 0x7ffb84c129a36510, 0xffe0000000000000
	.quad 0xb6e2bf94625d2538, 0x846080ea80000000
	.quad 0x8478fcaede673612, 0x83b01bfa53c81d8d
	.quad 0x8077d4777f59ea02, 0xffb88fdcbea433db
	.quad 0xc066726c3c3214e4, 0x42d0000042b03627
	.quad 0xff83e35380000000, 0x08459986efdefc00
	.quad 0xffd7306b798c27ea, 0x40a000007f814e6f
	.quad 0xbfb9e7a420962e56, 0xed193cc0c0c9dc53
	.quad 0xbbcecc71fa7fffff, 0xd6d43ed8c80a5398
	.quad 0xc25952b4df87fc8f, 0x3f90e08ff8f20e52
	.quad 0xc3fc1534ffe90400, 0x8062bc8952b606d6
	.quad 0x00363bf254a8e6e0, 0xe6d00d17c3d25dcf
	.quad 0x7f2edf5786b966ad, 0x000c1e2cf6f984d0
	.quad 0xc0c8000000000000, 0xe35a7831ffffffff
	.quad 0x7fa460d7ff800000, 0xbb0786c0b9dd1e09
	.quad 0x8000000000000000, 0x47211793e73ad709
	.quad 0xc2ae430a17c935a5, 0xbfe3f204332af86a
	.quad 0x43f0000000000000, 0x4011800000000000
	.quad 0xbfab2aafe5a3a9c5, 0xbf6cb3387fe10eab
	.quad 0x7ff0000000000000, 0x741bff983efdc87c
	.quad 0x400b5244939a7ce4, 0x7f800000c0800000
	.quad 0x6ed8f77280000000, 0x4040000000000000
	.quad 0x41b78c2cff945a28, 0x400c90a54fc354c6
seed48:
	.quad 0x0000000080000000
	.quad 0xffffffffffffff0f
	.quad 0x2a08f95294defe35
	.quad 0x0000000000000000
	.quad 0xd1ddbc26c5591385
	.quad 0x42e281faca1280ac
	.quad 0xab048d1705c71ba4
	.quad 0x0000000100000000
	.quad 0x7d0e413aa716c1b5
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffa6
	.quad 0x0000000000000000
	.quad 0x44768c3f00147979
	.quad 0x00000000000002aa
	.quad 0xfffffffffffffe41
	.quad 0x04800000
	.quad 0x10000000
	.quad 0xfff8000000000000, 0xc0b800003b960000
	.quad 0x7fa4da4537c00000, 0x40900000402ea23a
	.quad 0xdb1d2d47a1558567, 0xeb39c73c175044f7
	.quad 0xaccecd212a952c06, 0x4f00000180000000
	.quad 0x4027d5ca7eca7d33, 0x010c2ac9239cb9ea
	.quad 0xc00d000000000000, 0x7ecaeda9123efc47
	.quad 0xbc833788205f57b0, 0x80000000f387f5de
	.quad 0x0000000000000000, 0x4032166d91a5ed32
	.quad 0xae3d9ff818fb4171, 0xc390963d7bdc84ae
	.quad 0xbfba04f57cf69a3c, 0x002cc35d052e4edb
	.quad 0xe8b6142e7fb08208, 0x03e935c7c2fe2db2
	.quad 0x4048000000000000, 0x207a946cb105588d
	.quad 0x3f7745537deefabd, 0x800f920d5ae808ec
	.quad 0xb99bf57e170808e0, 0xdac33285d17083be
	.quad 0xcf1cbcade7e95dc5, 0x7f9ba4c73cbc5bff
	.quad 0x001de089edd6f147, 0x8000000000000000
	.quad 0x00091fea1227f616, 0xeb457383bfad1800
	.quad 0xc3e0000000000000, 0x40c10759006479fe
	.quad 0xc2aee410763c61da, 0x7ffa6e5ad2a30f12
	.quad 0x427eb7257effffff, 0x401b000000000000
	.quad 0xc1d164b5bc8b8d3e, 0xbe24c3eaff3be7ed
	.quad 0xfffb4726d4e8a46e, 0xa8537e50d7fffffe
	.quad 0x3526008fd7cb9b84, 0x9100dd3188732a45
	.quad 0xdffffffe3e1433f8, 0x50d91f831b106e32
	.quad 0x0270cee47f7aff7c, 0x7f93b9e680800000
	.quad 0xb1afb7e8ffc00000, 0x42a8b4d4c1039f23
	.quad 0x35e000007f9a5c88, 0x000000013f92b0f7
	.quad 0xa8dfdd92ff6ffbb6, 0x23bb6c03fedc4880
	.quad 0xc0e0000080000000, 0xef7a4e88efafbfff
	.quad 0xffd1c0bad39130b8, 0x651fb5886af7edb1
	.quad 0x7f80000042e92651, 0x36980000ff800000
	.quad 0x6fe895f9afc74b45, 0x3d4ae520c58a9274
seed49:
	.quad 0xffffffffff76e606
	.quad 0x0000000000000275
	.quad 0xfaf3dad6b4304e16
	.quad 0x00000000000001c9
	.quad 0x7fffffffffffffff
	.quad 0x5307a027813466d7
	.quad 0xd86c357d83276022
	.quad 0xffffffffffffcdbe
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x00000072b4e00cc7
	.quad 0xfffffffffd744da0
	.quad 0xffffffffffffff62
	.quad 0x00000022d9fb109a
	.quad 0xb448bf3b73520eda
	.quad 0xc38422ab17f2d57c
	.quad 0x01c00000
	.quad 0x50000000
	.quad 0x80036a647fc00000, 0xbb6000004018b3f5
	.quad 0x404f619ced84fe86, 0x403a09b1362970df
	.quad 0xfff0000000000000, 0xffb96ad0d9977bab
	.quad 0xe4d700d77f800000, 0xca1de8f3862cbc00
	.quad 0xb89bbc177edfddf4, 0xe47188d680000000
	.quad 0x66a86fda20dc6f06, 0x91506a923f771a51
	.quad 0x02c96c38c0e80000, 0x7ff5fb1a494f10fe
	.quad 0xac9aab47d24dfc00, 0x837e70480ca5cbe6
	.quad 0x7f80000040cd6502, 0x99a9f5cf426063a2
	.quad 0x800fffffffffffff, 0xfff8000000000000
	.quad 0xc01a80007e896e3e, 0xb86ddbb2c3b3c5bf
	.quad 0x1ab30946c212ced4, 0xa1d3e09aed56e56f
	.quad 0xf4ea23d10786efe5, 0x77a8f246f2be88eb
	.quad 0x52de5231382d0001, 0x3e000000c3fffffe
	.quad 0xe3f899d4c6c93fff, 0x7eceb259c1766ef4
	.quad 0xfda81a7abef77f5f, 0xa2f3f181f7aecc4e
	.quad 0xff8000007f960e5a, 0xfff0000000000000
	.quad 0xf2c5ad1debfd05a1, 0xe18a0eeee2c7fd7e
	.quad 0xc705ba7540fd5a43, 0x00000000ffc00000
	.quad 0x7fecee1da53e2b35, 0x40498fd14ed0b9a4
	.quad 0x65ad157af569c0d6, 0xc07000005a000001
	.quad 0x497011184aa9f8c9, 0x65529d9047880000
	.quad 0x0005773d057d2f46, 0x0000000000000000
	.quad 0x02718f33caf98dd9, 0x4b408b3effffffff
	.quad 0x4950e59e4c5aa077, 0xbed839ebe537a3d2
	.quad 0xffd0484340a30092, 0x7ffac9703ff25989
	.quad 0xec19619652cffe00, 0x12e86df14423fcd2
	.quad 0x3f80000000000000, 0xfcba8ece63b623a5
	.quad 0xc3bab31676b3190f, 0xf5b1710fee63e26e
	.quad 0x0308b82656a05754, 0xc99b07ae28ac7200
	.quad 0x744d6e989f1b8000, 0x27c2b1b977d4bd41
	.quad 0xfff2092c2e6b8e1a, 0xa7b64e0d9dbbdfff
seed50:
	.quad 0xffffffffffffccc9
	.quad 0x8219846b95c06dc8
	.quad 0x00000000000003af
	.quad 0x0000000001000001
	.quad 0xad2c2dbd51797243
	.quad 0x78daf7f0bc0112a3
	.quad 0xfffffffffffffffc
	.quad 0xb472e311ffc3632b
	.quad 0x11bbebc287a331da
	.quad 0x0e091a6f750a37d9
	.quad 0xfffffffffc0f4701
	.quad 0xfffffffffffffbec
	.quad 0xfffffffffffa36da
	.quad 0x30e3b9c8cadc4a00
	.quad 0xffffff54a82b4148
	.quad 0x55b671795d4b22ea
	.quad 0x00c00000
	.quad 0xe0000000
	.quad 0xef5f8f9cdfd30883, 0xe13a3e85a7dcaf63
	.quad 0x00000000cf7fffff, 0xa252095dcf6e95c8
	.quad 0x3d87c1e67f800000, 0xff7ae6ba7ff5e7b8
	.quad 0xf87351e320e4c6e7, 0x816d4fc519300cf2
	.quad 0xc078000040c80000, 0xfff8000000000000
	.quad 0x6df1af857fc00000, 0xe013511b54ee4300
	.quad 0xce9540675f71a258, 0x03988b2d24523d4f
	.quad 0x3fbbfae959ffffff, 0x7ff0000000000000
	.quad 0xa911dfcde55cc3ff, 0x3f4e400000000000
	.quad 0x95164d8c4905ba8a, 0x4018ca9f76c7573a
	.quad 0x831bd017f921575b, 0x2b9624c2fff335a4
	.quad 0x3f5544b17ea65567, 0x7ff9296bb78eb5cd
	.quad 0x0000000000000000, 0xbfc7b6271f907481
	.quad 0x4a6a55a2bd9ef11f, 0xc3fffffffffffffe
	.quad 0x4022000000000000, 0x7d87ab1791937fc9
	.quad 0xfb667a80ff800000, 0x5a2fe5081098cfc1
	.quad 0xd8fb912bf65afc75, 0xfff435082129a4eb
	.quad 0xb9ec07ac1efc3d61, 0x8012c47bba6c637b
	.quad 0x3f000000c0b40000, 0x22043d49ff460000
	.quad 0x533bf9ccefd8c7fb, 0x407ffffffcae3fa0
	.quad 0x7fc00000d9ffffff, 0x007fffffc0e3dcfd
	.quad 0x82175794408596e5, 0xc2d094fe45880000
	.quad 0xc1136d0ebd1ce7b5, 0x13a829c529fefe0f
	.quad 0xc4000000fe74d32c, 0xfdb6e485bae14a6f
	.quad 0x22388ac80fabc440, 0x3f722cd46922280c
	.quad 0xc85255d907051275, 0x43c31b03ffc00000
	.quad 0x7ff2478f61d3b835, 0xbf7a696193292850
	.quad 0x123b5ba4eaffffff, 0x000000003c46fbc9
	.quad 0xffadb91ac1140000, 0xb33df13fdfa57e01
	.quad 0xbec000007f800000, 0xfff0000000000000
	.quad 0x798b40367fffffff, 0xf0d81396bc3e7ddd
	.quad 0xf23ccee23a156d2a, 0x0ae79fbbffbdefff
seed51:
	.quad 0x0000000000001bea
	.quad 0x8000000000000000
	.quad 0xfffffffffffffe71
	.quad 0x92214b999da878b3
	.quad 0x00000001a4fffc89
	.quad 0xffffffffffffffd9
	.quad 0x000000000000036d
	.quad 0x000000000000009a
	.quad 0x036d5abef0847c8a
	.quad 0x0000000000000353
	.quad 0xff86897090d48183
	.quad 0xfffffffffffffe80
	.quad 0x00fb78ecbef0a63f
	.quad 0xffffffffffffff36
	.quad 0x6f7fda72881891c5
	.quad 0xffffffff80000000
	.quad 0x01000000
	.quad 0x50000000
	.quad 0x40373ff860132260, 0x0000000000000000
	.quad 0x29f91a3bf63fdfff, 0x3fe780ce46ca530a
	.quad 0x12cbdccfcb673400, 0x50996f7b6db0716e
	.quad 0x15dd90d2401d4280, 0x0dd7dbc1b448d7de
	.quad 0xf232807800000000, 0x01df5517ff800000
	.quad 0x0000000042ec41c0, 0xf8b9cbcadeffa000
	.quad 0xbe4a7403c313b951, 0x230bbf956c880000
	.quad 0xe568c10efffbf7fa, 0x7f89d339fe903a96
	.quad 0x0232e96959513140, 0x7ff0000000000000
	.quad 0x918ed4c2ffedbffc, 0x15df6be03c8a7d76
	.quad 0x127e8268d7eadfed, 0x3bd7e038385a3153
	.quad 0xbe15944b40b80000, 0x000fffffffffffff
	.quad 0x7ffa89111268c869, 0x0deebdf4017fffff
	.quad 0xffc0000000000000, 0x50cd545c0640b889
	.quad 0x92a000d5e3fdfc00, 0x6917cc7a9d726caa
	.quad 0xf1e6f5e87fc00000, 0x6395194536ff9add
	.quad 0x3f7b44736bd1135f, 0x27d7b6bdffdf7794
	.quad 0x4adc393e5c9f8344, 0x405ef0be82555986
	.quad 0xbd85ebd9c2fa5609, 0x7f05a79580f51c9c
	.quad 0xbff36e9bffd8b029, 0xff8000003cc84a3d
	.quad 0x638dc257457fffff, 0xb7f1b660d44aa9cc
	.quad 0xbe208bf484219954, 0x7ffdbec904f1282d
	.quad 0x82f519d4b253c804, 0xbfa678c923f2336c
	.quad 0xbd804c1787f6f747, 0x8040000000800000
	.quad 0x3e72ecbc3de2a970, 0x007fffff35404bdc
	.quad 0x3dc983e5c5000000, 0xc063e6c2d46c2883
	.quad 0xd98000013a900000, 0x0147ae2e18819705
	.quad 0x80000000bdd147ce, 0xc73756ff20cd3a1c
	.quad 0x0b3fcef23e5103c0, 0xe0218f43fff84d9f
	.quad 0x41c3ea9b4203ea5d, 0x44cb3e477f1dfdfa
	.quad 0xd60bedb21041fc00, 0x873a9f6bad849a20
	.quad 0x011c2bee807fffff, 0x8b6cfc6000000000
seed52:
	.quad 0x0000000000000ef7
	.quad 0x1df01a4b9a67d85e
	.quad 0x70220ecf0e86a22b
	.quad 0xfffffffffffffe51
	.quad 0xc8937f3ad2b296b5
	.quad 0x000b2acc0d04baf1
	.quad 0x000000007fffffff
	.quad 0xe4803c5a40a81e23
	.quad 0x00000000000000fd
	.quad 0xb2321db0cc733c91
	.quad 0x60979d0c83610920
	.quad 0x15c001cbdafa0603
	.quad 0xffffffece7f15386
	.quad 0xdda2913db9fc1f8a
	.quad 0x006bcfc2e006b99d
	.quad 0x0020000000000001
	.quad 0x00800000
	.quad 0x00000000
	.quad 0xc2ef93e0407fffff, 0x53c4ac2dc0669914
	.quad 0xdff7bfc80c7bfcd5, 0xf67df1e27fac4ee5
	.quad 0xbffffffe8022719b, 0x40d3b8a1ff800000
	.quad 0x00000000f20e4a1b, 0x0000000000000000
	.quad 0xc0effffffffffffe, 0x1db5a25800800000
	.quad 0xbfbb5d7c3fc73ade, 0xc1000000bc680000
	.quad 0x400ba34c244931d7, 0x7f8000004fa7ddde
	.quad 0x3ca8230780000000, 0xfff0524fa81ea741
	.quad 0x024d522b235cd48c, 0xff8dd3a4bea784a1
	.quad 0xa889f4fd646237f2, 0x8c3f9fe97fc00000
	.quad 0xbc015e03fddd7bdd, 0xbecf000000000000
	.quad 0x24e7da9f2a0774a0, 0x42cdc3037f800000
	.quad 0xd1ddd9c58482e6af, 0x2a7708dd272d7e00
	.quad 0xbf8fcc8052c0f7aa, 0x5410fbefefb8026a
	.quad 0x7de7dd8f76364867, 0xc23c8e543d439762
	.quad 0x70cf4d62678d6f19, 0x800000008490f0a1
	.quad 0x0fa3e38d147ee8c1, 0xbeb4000000000000
	.quad 0xc2d9379c856cddff, 0x80ffffff813a70df
	.quad 0x75f5132c57d7c33d, 0xe1126e147f8798f4
	.quad 0x000faff184626802, 0x000000007f800000
	.quad 0xfdf854150e2b987c, 0x5f00000000000000
	.quad 0x024dc9e7856c5cbc, 0x01e904496c8c5d6f
	.quad 0x470000017f800000, 0xffd1e06b7ef5ff1f
	.quad 0xbfae37d9267620de, 0x18f38aea52d85b44
	.quad 0x3f7422544dec1889, 0x800fffffffffffff
	.quad 0x487000007e9b1155, 0xc0a4000000000000
	.quad 0x3fce482529ecc9ca, 0x8000000000000000
	.quad 0x537c4e145fff7e00, 0x0000000000000000
	.quad 0x0078df25da7ffffe, 0x0000000100000000
	.quad 0xffc0000042ed3f97, 0xbe2de223c59b28fd
	.quad 0xb8b9fd85dfbf5edd, 0xfff0000000000000
	.quad 0xffc0000040c80000, 0xffc00000bf800000
seed53:
	.quad 0x0000000100000000
	.quad 0xffffffffffffff1f
	.quad 0x0d40944456060862
	.quad 0x684dbc43b7b85576
	.quad 0xfffffffffffffe46
	.quad 0x94e2a2267ecb3b4b
	.quad 0xfffb6e408481a70e
	.quad 0x00000000000000a6
	.quad 0x0544612d0f635851
	.quad 0xa3d2151cbbe36ba9
	.quad 0xfe56fe0438b8c8a5
	.quad 0x000000007fffffff
	.quad 0x000000000000011f
	.quad 0x0000000000000004
	.quad 0x0000f02f4f353db0
	.quad 0x0000002262bcbc4d
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x7effffff3fb735aa, 0x7ff2389840c00000
	.quad 0x7dd89bfb683a9fdf, 0xc3818201bcf67c02
	.quad 0x206c7c44bfffb5ff, 0xdd5e2b55daaeb0fb
	.quad 0x7ff5aaf0df7fffff, 0xa7b5ec2effeff6fe
	.quad 0x835016a6813cf4d0, 0x40171f7ce6dd93d9
	.quad 0x7f8000003da44a1a, 0x8000000000000000
	.quad 0x8008b1c5556052c8, 0x0303a5b561dc27e0
	.quad 0xc23638bc80661226, 0x9b469ac640200000
	.quad 0xf2ee37dacc1a788c, 0xc32c8ea4bf9fed76
	.quad 0x5d1f4836a4b27e00, 0x037d960d40f00000
	.quad 0x746749a9b3c08dfd, 0x4b729db74e32b5ed
	.quad 0x3faa9dc348c3735b, 0x83983dc70d66050a
	.quad 0xed5eee36938ffea7, 0x8fd28ba2b6ffffff
	.quad 0x1ace6709bfe00000, 0x5a00000042b8c8cd
	.quad 0xfff8000000000000, 0x79c5fc85ffb78000
	.quad 0xf131315c40c80000, 0x60a6a71ba6505ebd
	.quad 0xc6f99197eedde8fc, 0x5bf2fb8cc074ab77
	.quad 0x7ff8000000000000, 0x8000000000000000
	.quad 0x7ff06a5d8d099e64, 0x4034662751d66948
	.quad 0x3e2000004040fe3d, 0x0000000000000000
	.quad 0x0000000000000000, 0xbffc6c81cf9a1fdc
	.quad 0xe07debe3ff7dfbfe, 0xc0b0000040c80000
	.quad 0x6da02aecc8eafddc, 0x401d000000000000
	.quad 0x3fa96414bd0a68a5, 0x8c46854cfffb6b21
	.quad 0x4448321da9baba1a, 0xbc9bf35d63788001
	.quad 0x0000000037100000, 0x9eba45105e05cc97
	.quad 0x003a5232b6baa97c, 0x8008951671bf1abd
	.quad 0xfff04ff7f1f16fc3, 0x62e1ee9f21a440b7
	.quad 0xc1e6fa4d6b69c001, 0xc01e9232817a88fb
	.quad 0x86dbb0f04186c5af, 0x483000003c8f4ef8
	.quad 0x82623c5a1082c4af, 0xff53d4dcf7349fe3
	.quad 0xbff39259fe800000, 0x21d30131a12c83ee
seed54:
	.quad 0x0000000000000172
	.quad 0x9bc90cab266ca51a
	.quad 0xffffffffffffffff
	.quad 0xffffff402a767add
	.quad 0x0000000000000009
	.quad 0x00000009554319c0
	.quad 0x0000000000000125
	.quad 0x0000000080000000
	.quad 0xb0e13ce667baa707
	.quad 0x0000000000007130
	.quad 0xfffffffffffffd3b
	.quad 0xffff8c77d192ee6d
	.quad 0xfffffffffffffc90
	.quad 0xffffffffffffff80
	.quad 0x4a0170ec24f6b210
	.quad 0x8764abde142084de
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xbe36e01b7fc1164f, 0xc07f3062feffffff
	.quad 0x4003b0b38bf20d5a, 0x26526898d8c087ff
	.quad 0x800000009d8a37cd, 0x2c905e3c7f519311
	.quad 0xfd7d1950f7ace404, 0x6fb3a550ffffff7b
	.quad 0x01b787c3ffb6ee7a, 0x404e35fbadf383cc
	.quad 0x7abf79ac6d288193, 0xd88c14626699027d
	.quad 0xbeeea16f40b80000, 0xc330000000000001
	.quad 0x3d5dcf697f3d3eee, 0x0000000000000001
	.quad 0x43f2c8be41200000, 0x07d4c1b4f6ddffcb
	.quad 0x77bb53715fb84beb, 0xba7f9ce853890800
	.quad 0x033e6e460e2eaa83, 0x00400000c5400000
	.quad 0x3a380000bc500000, 0xffc0000043559096
	.quad 0x98f39007b39f450e, 0x3d82e3f340fc0000
	.quad 0x80e04ee97fc00000, 0xfff9fe0ea4ffed48
	.quad 0x7fb42cfbc2a17013, 0xc2e2f0b2c2896a5e
	.quad 0x96d980e87f800000, 0x80f59ed8bd545faf
	.quad 0x2b705d9e567b07ff, 0xfff0000000000000
	.quad 0x0568b40181000000, 0xbffa3cefacfe3f64
	.quad 0x1826d8db9d6cfe00, 0xc0f00000ff800000
	.quad 0xb1a103308d068001, 0xff64ee91e92c615f
	.quad 0xc03e966aae91d00f, 0xc007000000000000
	.quad 0x3d57b34901000000, 0x5196854afffd7fbc
	.quad 0xfcdc2141b7aa0000, 0xc011b51d52e58173
	.quad 0xff80000075250c6b, 0x176eb0960020f107
	.quad 0x6afa1d9afdfffc72, 0x1a5b4b564e3c3ffe
	.quad 0x681527daef87fbf7, 0x5f80000059f2b7f1
	.quad 0x427866174205dd2e, 0x3fb7a82dc15a8929
	.quad 0x8000000000000000, 0x000a4bc3093550c1
	.quad 0x00000000800c7a2c, 0x4070000000000000
	.quad 0x000e652773c61486, 0x0076d3b602e0c38c
	.quad 0xb556a98c1fd25766, 0x4180000080400000
	.quad 0xb36752224666102e, 0x5e961b587f7fffff
seed55:
	.quad 0x029882a5fc453903
	.quad 0x7fffffffffffffff
	.quad 0xa0d68cfcdfb7a8ae
	.quad 0xfffffffffffffd33
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x000000000000000d
	.quad 0xfffffffffffff9cb
	.quad 0xc2c5f668d9fdc79d
	.quad 0xfffffffffffc5e1e
	.quad 0xffffffffffffe949
	.quad 0x0007b05d7eb56a05
	.quad 0x623ade0907209ab2
	.quad 0x00000000000002b8
	.quad 0xb0f3705f70d5a8b6
	.quad 0x7fffffffffffffff
	.quad 0x00c00000
	.quad 0x20000000
	.quad 0x800160d4cf17ae6e, 0x8000000000000000
	.quad 0x46a2171cb9bf1bff, 0x6a2b4c0d3ffbb834
	.quad 0x7f42093aa7838600, 0x967adad578cde8c0
	.quad 0x7f80000040c00000, 0x0d25302a7f800000
	.quad 0x00000000c77ffffe, 0x800fffffffffffff
	.quad 0xd18000013ea465cd, 0x00b47a0aff800000
	.quad 0x3a09019e4de283e1, 0x3bf4609452ffffff
	.quad 0xbf9da35d3345a895, 0xfe87bb50873e3ed2
	.quad 0x7ff0000000000000, 0x0010000000000000
	.quad 0xfff0000000000000, 0x3129f5f6f0bff7fe
	.quad 0x525f1827ffbfd99f, 0x400000007f800000
	.quad 0x3fe8000000000000, 0xbf96d94a17b55431
	.quad 0x80000000bc641c37, 0x24afdd0baab0f400
	.quad 0x0000000000000000, 0x800dc9677475e909
	.quad 0x000000007fc00000, 0x7c671c9b307cfa45
	.quad 0x001f5ec443a235ef, 0x3c0fec1e38ee0000
	.quad 0x7e80000059ffffff, 0xc019000000000000
	.quad 0x41760078c6e30000, 0x42cc8d6580aeb1ff
	.quad 0xf86d9bd894d90000, 0xa09148323fffc978
	.quad 0x40700000c7000001, 0xb9a350c07fc00000
	.quad 0xe6a4a4382853f400, 0x562afd54a6af7c00
	.quad 0xb53036731eeb4680, 0x4006f3407461915f
	.quad 0x0000000000000000, 0x406c09ebd528c0e8
	.quad 0xfff0000000000000, 0xb12b277bbafa77b2
	.quad 0x9f6a7745b3a27b9e, 0xf274c7249a99c09a
	.quad 0x0a3b5b7dbb3dfbaf, 0x7ffc0b25f5a91264
	.quad 0xbfe401c625d685a1, 0x7f503943fd57bc8d
	.quad 0xfaf4d94a3f9afebf, 0x7f7ffffff51e79bb
	.quad 0x7fcf063c42f00000, 0x557252fd5c1bfbf9
	.quad 0x7ff3c85afd8aac87, 0x3fd4f21649028833
	.quad 0xc11800004091a0b4, 0xc7fffffec25016ea
	.quad 0x000ff339a8457b71, 0x549f2956eac4c819
seed56:
	.quad 0xd0f4aa0886653c23
	.quad 0xee9c430b33d06731
	.quad 0xfff16d02977cb7e7
	.quad 0xf0bd3570889bfbd7
	.quad 0xffffffffffffda1f
	.quad 0xa3caf0db0debf26b
	.quad 0xfe2553efee8bf83a
	.quad 0x0020000000000001
	.quad 0x687c8589aa8e25e8
	.quad 0x77d0585e26826750
	.quad 0x0fa7bb24796186ec
	.quad 0xfffffffffffffd89
	.quad 0xffffffffe96e082e
	.quad 0x6a0ab92cf518287c
	.quad 0x7fffffffffffffff
	.quad 0x00000000000003d5
	.quad 0x01800000
	.quad 0x70000000
	.quad 0x7ff12bbd7761231a, 0xdcd4855bfdf37c00
	.quad 0x7ff8000000000000, 0x009c5234bf800001
	.quad 0x7ff52fc986f3940c, 0xd2621751fff77d6b
	.quad 0x016f1a377fef7ff7, 0x000fffffffffffff
	.quad 0xf46b55c0ff82f03e, 0x22dd53d3ffdd9a3e
	.quad 0x18b2835ebdffffb5, 0x00000001ff83487c
	.quad 0x201919eb57679fff, 0xbe8f6f71fff603ff
	.quad 0xfff73e26139ea735, 0xff8000006f687ea1
	.quad 0x0bf1570700000001, 0xaa9b2fef5540bdac
	.quad 0x35c00000400a10e1, 0x815c80aebd01cb98
	.quad 0x00000000817fffff, 0x419f59067fd723e8
	.quad 0xc380f493ae287eda, 0x0010000000000000
	.quad 0x42c06b9c0069fe6a, 0x3fc3556cf8c1790b
	.quad 0x7fc000004f5eb704, 0xc76b825500614a97
	.quad 0xe2d225bf0f4f9b6c, 0x8003abbb36dd5313
	.quad 0x9a82c07fe7bffaef, 0x005d8becff800000
	.quad 0x5e5321c9fbddff5f, 0xaa309a490510fc00
	.quad 0x84d61ea777cd7bca, 0x78e1efba7fc2c380
	.quad 0xc08de05680603302, 0x986c819cebbad535
	.quad 0xffc0000043800000, 0x340c1dd589157768
	.quad 0x7f98e9db245504a8, 0x33be63b3dbb9be80
	.quad 0x3fafe431fa97a538, 0x6c887b31ff800000
	.quad 0x43eff1bff08ba92b, 0xbfaf8eb752c2c305
	.quad 0x806d60e000000000, 0x1c601f9f30f0bc5a
	.quad 0x3cd30523813543b7, 0x15d08d6dff86f955
	.quad 0x401f2bd38b3e1819, 0xc1edf980ccf32c18
	.quad 0x40ec000072f38e38, 0xc0fb000000000000
	.quad 0x4c070c5eb5118000, 0xe16d4ccaf947c7c0
	.quad 0xc012000000000000, 0x9d2ef5dbffd38174
	.quad 0x7f4f2dc1fedf413d, 0xe750bc34df7f8c76
	.quad 0x3e077ee5ff800000, 0x7f80000055d62558
	.quad 0x191a9d333f3c8200, 0xc0236907b83b8af1
seed57:
	.quad 0xffffffff3849ae1b
	.quad 0x504fc34af7ac15bb
	.quad 0x1e2a6b0cf0f950c8
	.quad 0x3eef23a1424e3616
	.quad 0xd177911e78c45f7f
	.quad 0x000000000000006a
	.quad 0x1eb11fc59392af47
	.quad 0xfffffa2c42607244
	.quad 0x7fffffffffffffff
	.quad 0xfff69f3fd1e27b1d
	.quad 0xbe5c940cfd029809
	.quad 0x6843fea98d2b5815
	.quad 0xf6c5286ad5de5df0
	.quad 0x000000000000018a
	.quad 0x27796d63e6ba1a3f
	.quad 0x327eae68ae22dde0
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0x8062e8c9007baaba, 0x4e4ac7e1dfffffff
	.quad 0x7dcaf6c327147c00, 0x00553acd6a689025
	.quad 0x2ed120a1e16d8200, 0x960057515708c9ec
	.quad 0x4013800000000000, 0x3dd065ff5f007c00
	.quad 0x4336b0e7fa113a51, 0xffb36cce80000000
	.quad 0xbe03e2da3cb4a0d9, 0xfd8c7202ffb983ff
	.quad 0xfe8e0cc900acadeb, 0x8fd18a92bf800000
	.quad 0xff80000043482753, 0x93a241f6ffafefff
	.quad 0xbdd67ba0c0140000, 0x95f353a41ae0bdf1
	.quad 0x801e66c8517949ea, 0x6bd6dae17ff183e1
	.quad 0x802e352b21970245, 0x3f94d960dd7b7cbb
	.quad 0x3f9c9b65691ff489, 0x7fb2210c407fffff
	.quad 0x7ff99999a8eb2e4f, 0x7d6658132065003f
	.quad 0xc944b27cffbd836a, 0xe4f8fb18fe6dffc2
	.quad 0x41e50f0f002ca3bb, 0x6db8405707fa9ea0
	.quad 0x72c61106f76dfddf, 0x499b8fce49c32e65
	.quad 0x312083637feffbeb, 0x3faea4b6fbbf1b38
	.quad 0x7ff0000000000000, 0xffe8e47080000000
	.quad 0x8139de46e1ca0a5f, 0xff80000000000001
	.quad 0xbf6e000000000000, 0x1ce4c5a1edf32b83
	.quad 0x4029400000000000, 0x7a749c4e4ffffffe
	.quad 0x70480d2efe1a647b, 0xb0f065af25c3da00
	.quad 0x401c000000000000, 0x49c532039b5fd77e
	.quad 0x3ca777b16c84592c, 0x3d83851a375c0000
	.quad 0x79e7225ecb1c8200, 0x7ff8000000000000
	.quad 0x800000007195fe91, 0x7ff07fbcfd7ff88d
	.quad 0xbf9751f2381a2a69, 0x000000007f800000
	.quad 0x9acc3d96ab44fcae, 0x2b233baf421f8a18
	.quad 0xc0c8000000000000, 0x80000000007e1b89
	.quad 0xbfac13ba5b7be54d, 0xfff05a7bff800000
	.quad 0xbda447e47f800000, 0xc01000007fff1d41
	.quad 0xa4beb9b0ffc00000, 0x2a76757dfdeb7dd9
seed58:
	.quad 0xfffffffffffbf21a
	.quad 0x000000000000007c
	.quad 0x00187bceeb6e53f1
	.quad 0x000019b68cdef277
	.quad 0x000000000000628c
	.quad 0xdec1b8eb53d43e9f
	.quad 0x00000000000bc7fd
	.quad 0x0000000000000032
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x6a704b1d012c3651
	.quad 0x8000000000000000
	.quad 0x6a311db795e2ff1f
	.quad 0x00000000000003e4
	.quad 0x103c44186a6c1c40
	.quad 0x81a40454e6addd88
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x7fa25dc980000000, 0xc2dd01e4003990c3
	.quad 0xb60516c9ffe9ebe7, 0x35800000ffa1028d
	.quad 0xe569a453ef96feb7, 0xb6c0000028a07525
	.quad 0x7ff8000000000000, 0xff9df3f65a000000
	.quad 0x839b6749c0880000, 0x0e40eb42fffbde0a
	.quad 0xfd7e68ac18a7155a, 0xc95c2887cbec7801
	.quad 0x83cb043ae57bd6a0, 0xe1063164447dd12d
	.quad 0xbdf89d0abfcbe268, 0x8a49f73107dc5c3b
	.quad 0x1c4d8d38ff800000, 0x000000007f809f1f
	.quad 0xccaef560bdf8a5af, 0x7bed2b6e0986b1c4
	.quad 0x82ee3f4197576f3d, 0x9d6ed014fffdac04
	.quad 0xed3b1394f76e2001, 0x7ff0000000000000
	.quad 0x35af8589af373400, 0x7376a1ebd477b7fd
	.quad 0xbec9e038fff7bb5f, 0x87a48bdd80000000
	.quad 0x8f9ffc9988e75ea4, 0x3fbae1319410a0af
	.quad 0xe01a5f9163a5ffae, 0xafdb6c58ffbffed4
	.quad 0x40c3000000000000, 0x7ff4210043b94809
	.quad 0xc054a3bb2e25b048, 0xffb05184a425cb92
	.quad 0x0000000000000000, 0x43524fffbe850812
	.quad 0x270063d3eee47eba, 0x60ccdef97f46f47e
	.quad 0x3fef7a83d9c7b233, 0x6c738dd0fffafb75
	.quad 0xd879a45e3e8c4880, 0xce11b8c6c7870231
	.quad 0x9b9b4fedcdefbede, 0xa89a758ab16ec8e0
	.quad 0xc95eeb797ff6efd6, 0x7faa53e0f62b2189
	.quad 0xfff855fc171641e8, 0x01638d8101638dd8
	.quad 0x528bdb3a09b3277c, 0x0238511afb0f6814
	.quad 0xcaef341a7bcc0800, 0x59590207fed1fef0
	.quad 0xbe9e34831b91224c, 0x4f57c70e7f34d813
	.quad 0x8f34ed6eff800000, 0x800000006e3fee3b
	.quad 0x2352d0b5eb844e04, 0x37d4dbb39b755a0e
	.quad 0x0000000000000000, 0xff80000043427cb0
	.quad 0xcdc3d0fc02a32c03, 0x0049c8427f800000
seed59:
	.quad 0xffffffffffffffc1
	.quad 0x0000000000028bdb
	.quad 0x26453988fef8dd5c
	.quad 0x000000007fffffff
	.quad 0x42708fe01d5e7c25
	.quad 0xfffffffffffffc92
	.quad 0x0000000000000068
	.quad 0xfffffffffffffe10
	.quad 0xebb689973a6350fb
	.quad 0xfffffffffffffe49
	.quad 0x00000000ffffffff
	.quad 0xeba6fa46cc39b8d7
	.quad 0x5393dc699b598896
	.quad 0xfffffffffffffffa
	.quad 0x0000000000000eb7
	.quad 0xffffdc576f5857ca
	.quad 0x01400000
	.quad 0xa0000000
	.quad 0x2131980e87ba8800, 0x40d245b1ffa856e6
	.quad 0x47240000fe7ebbfe, 0xc3fe7dd8bc6e2e3e
	.quad 0xfff09244259037ad, 0x00000000d9800001
	.quad 0x1bc7d1cf120733b6, 0x7f800000c20701bc
	.quad 0x7f9ba4eeff800000, 0xc057bf2b6f8a399b
	.quad 0x0b62fc0e7fae4580, 0x00114870000682e8
	.quad 0xe4aaecb6cdfbeedf, 0x3887a66daafffe20
	.quad 0x000000003ad60000, 0x86665e2113ec0112
	.quad 0x3c7e4744e2cdbb4a, 0x80000000437841c8
	.quad 0xc0dfbb9000000000, 0x8000000000000000
	.quad 0x735ab72fc0280000, 0x3fd5fd86122bc739
	.quad 0x315609b9effffffe, 0xbf8cf963678ff4ff
	.quad 0x1c9a376e72f7369e, 0xc1e0000000000000
	.quad 0x804520e407e33866, 0xe73b9cadf1bbfe17
	.quad 0x92e4e4afff907a4d, 0xc0a0000000000000
	.quad 0xfdd9da5cee02c4bc, 0x80ac1736f93db06c
	.quad 0x000d3a18c34c6609, 0x756004afbfbd8afe
	.quad 0x71d23d71ebc76206, 0x43266642ffc00000
	.quad 0x725e2fd4810f8931, 0x802afee746e00000
	.quad 0x16c22341b27fffff, 0xbf769468f19e8343
	.quad 0xdeb4f43b2e45fc00, 0xbe510e7e7f97df9f
	.quad 0x402fe3492016d9a2, 0xfff662f6bdebd31c
	.quad 0x8000000000000000, 0x3fa000003f81cea8
	.quad 0xbcefbb81be5755e8, 0x9ae6e3e4cf7fffff
	.quad 0x6135d67149c5849c, 0x1392328e736f7c00
	.quad 0xfff8000000000000, 0x7e07823d1034c742
	.quad 0x430a727140246bef, 0x95da5e16f6449794
	.quad 0xc01e000000000000, 0xfe98fede92c5b596
	.quad 0x7ff0c28e8c036423, 0x410c000000000000
	.quad 0xff34751d68e2600c, 0x08c12eb67bd03ec8
	.quad 0x7a1ec78280400000, 0xc6fec0b5d1de0000
	.quad 0xc9a4070484db2e6a, 0xd4b9aefe7e9e7ede
seed60:
	.quad 0xd9c2f21517f42115
	.quad 0x057b82073cb61f3e
	.quad 0xcf8bf18444af7e59
	.quad 0x000000007fffffff
	.quad 0xf09aade7f301fb78
	.quad 0x998ecd5872406c01
	.quad 0x000028209c37379a
	.quad 0xffffb8dd8299baf6
	.quad 0xfffffffff1d4147c
	.quad 0xfffffffffffffc77
	.quad 0x0000000080000000
	.quad 0xffffff00b0cf7887
	.quad 0x0000000000000001
	.quad 0x9f39d27411fbffd0
	.quad 0xffffffe9e5fc3ee1
	.quad 0x000000000000037f
	.quad 0x00400000
	.quad 0xd0000000
	.quad 0x0100000084c5129f, 0xff7fffff80000000
	.quad 0x308267fad1dfce58, 0x00000000bf26a715
	.quad 0x0f7b43f9bfcadec4, 0xfff4adceb0c19d8f
	.quad 0x55bd4a1f340cbc00, 0x0013f9358b8bcbf9
	.quad 0xbd480000bf7bd43b, 0xc4c0b3bc85a20380
	.quad 0xbfd49ab0b4798001, 0xbd3c197aa5e887ee
	.quad 0x40680000ffc00000, 0xd17efba3a235036c
	.quad 0x3e319fb37fb4027a, 0xff48f1e9136bc4cb
	.quad 0xd6137f6591439f6b, 0xf426858d7dd7ffdf
	.quad 0xc554cea688c18400, 0x79388d0729c57c00
	.quad 0x7d60745e00000000, 0xcf4995f6dc40519e
	.quad 0x6c2701737fbf0e58, 0xfaab96cc0be172ba
	.quad 0x3ff4a4f58793cb46, 0x8044ceba3db96184
	.quad 0xda2cc6764273b541, 0x69de6bb8a7f2f800
	.quad 0x4048ad3f6f707116, 0x80163cebffa87113
	.quad 0x4114000000000000, 0x962f4b2300000000
	.quad 0xc0b8000000000001, 0xeb98b6ccc0d80000
	.quad 0x8d30f734ffaffe1d, 0x2b60f818a5b4c834
	.quad 0x97e7e195c34e3994, 0x7f392249bd49423b
	.quad 0xc30b902e7fa2e5c4, 0x3faedb585faa7c04
	.quad 0xe00749167f9355b3, 0x3fa033b4d51a3bd8
	.quad 0xbeadf25cbe25a76a, 0x8000000000000001
	.quad 0x7fffde2f248d72f3, 0x60fa2b75f7eb2dd9
	.quad 0x80000000ebf8a01f, 0x62f66f1d6e79e7f9
	.quad 0x6cc8574adafd7fb4, 0x006dbc4bbf400000
	.quad 0x3f7115726c7fce60, 0x7fd850d4427406cd
	.quad 0x3f72da60273c7158, 0x8acb0d0e635ffdbf
	.quad 0xc7fe0a31f74eedfa, 0xa852317a66318000
	.quad 0xa09446fb7337f4c9, 0x09ee71cd7fff7fff
	.quad 0x94780cb1bf9fdc38, 0xfff0000000000000
	.quad 0x1a4fa503dd0ea3fa, 0x873852bf7f800000
	.quad 0xc0b9000000000000, 0xbfd8800000000000
seed61:
	.quad 0x33e4062ec5ad1bd5
	.quad 0x98632d0beef2b05a
	.quad 0xe3ce1ecae09bf469
	.quad 0xfffffffffffffedb
	.quad 0x14788ec64ea3fae0
	.quad 0xffffffffe6e2e7ef
	.quad 0x26da072fd076892b
	.quad 0x0000000000000000
	.quad 0x43a06a093fc65d35
	.quad 0xe4de002a4e878da7
	.quad 0xffffffffffff8761
	.quad 0xaeefc802de3e035e
	.quad 0x8000000000000000
	.quad 0x09e6ce1dc0c4c7bb
	.quad 0x000000000324c89c
	.quad 0x000000000000019b
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x21069261cfbbfeac, 0x7ff8000000000000
	.quad 0x6aa9f8312bec7c00, 0x766dc6cd04b16104
	.quad 0x0000000000000000, 0x35ea0000807264b6
	.quad 0x800ae222d674e8b9, 0x36cb9ee1c6197d22
	.quad 0xaf327ef965757ea8, 0xe06ddc06c1040000
	.quad 0x52775a4f9eca9580, 0xc2ff6a45e5fa74d4
	.quad 0xc0ee800000000000, 0x9725160d38040000
	.quad 0x7fa72e8d3a800000, 0xfb5c11f0c0381163
	.quad 0x8ac39cfd916efc00, 0x40750cb6412a4fcb
	.quad 0xcc0fd9e27777ff77, 0xf61a097fbfbf7dad
	.quad 0x807fffffffc00000, 0xbfb304cc078877d1
	.quad 0xee3bbf83a8dd42ae, 0xc070000000000000
	.quad 0xc3bb8b037994809a, 0xffe19be7796092c5
	.quad 0x18bd599243ea7c24, 0x8026fc9d0e5443b5
	.quad 0x40c8000001218d5c, 0x7f357c26b2486f6d
	.quad 0x9d897bded5ebd7df, 0x4f800001ff800000
	.quad 0xc06692635f000000, 0x7ba564ccf60e5a88
	.quad 0x06282ee7bfc00000, 0xc7800000feffffff
	.quad 0xd9476f33ff4422a7, 0x8000000000000000
	.quad 0x9716b5ab002deef1, 0x3ff9c132642f95f6
	.quad 0x09b07f28ff890fb0, 0x7ff9ad5b2bd42a77
	.quad 0xc054000000000000, 0xff800000cf84e0c9
	.quad 0x7e80b0a5091220a4, 0xb21312c35d67ceef
	.quad 0x000fffffffffffff, 0x7ffff123cb671328
	.quad 0xb551f506c26a18e3, 0xfddddbd796a34ff1
	.quad 0x000000003d000000, 0x8ba3dffd7f800000
	.quad 0xc9e0d3f0ffffdf31, 0x3063aa3affbe100d
	.quad 0x96e329c550857e00, 0x00e93636eed54146
	.quad 0xabaa8a80d5d57e00, 0x7a18fa74b692a224
	.quad 0x727f65d63d6d039f, 0x000fffffffffffff
	.quad 0x10e8b966d7b08000, 0x3fe8000000000000
	.quad 0xff6edd5b90850b13, 0x1aef0d6ef39c9678
seed62:
	.quad 0x6bd52072b82b1fcf
	.quad 0x06125bbb98349055
	.quad 0x00000000000000c0
	.quad 0xfffffffffffffda4
	.quad 0xa259c3017c9adebb
	.quad 0x0000000000006309
	.quad 0xfffffffffffffe61
	.quad 0xffffffffffffffb7
	.quad 0xffffffffffffff8e
	.quad 0xffffffffffffff2f
	.quad 0xffffd406a3d21867
	.quad 0x3f1a72ec9ffc8c40
	.quad 0xffffffffffffff07
	.quad 0xffffffffffffff5f
	.quad 0xfffffffffffffe13
	.quad 0x000000d9aee244eb
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x7fd152c09cd16ded, 0x4feafb719e6f0968
	.quad 0x21c4df79bcff3638, 0x3e3090c9f52075c9
	.quad 0x38e5595f2839590e, 0x1b81923cbbfb0bf7
	.quad 0xc3f02a777fdaa74c, 0xc35fffffffffffff
	.quad 0x7bc491aa8a8a7fa4, 0xade13e2ff7ff7dff
	.quad 0xbfab2ca41f04ded1, 0x7f800000cf000000
	.quad 0x48ae9d9d8bff5239, 0x7f873c8764d8b5d0
	.quad 0xe4950ecb296202ad, 0x63bef9cfffdbfcf4
	.quad 0x0000000080000000, 0xff0000003c800000
	.quad 0x8074e5d240a80000, 0xff798876439ae908
	.quad 0xffc0000096216a3b, 0xf234a41ac74e2766
	.quad 0x78eb564fbcec0896, 0xb8a9c04a7fffffea
	.quad 0x7ff4941079006d4b, 0xff800000df1fd14a
	.quad 0x22086e017fefbfd7, 0xc002000000000000
	.quad 0x7f800000ff800000, 0x7f80000080000000
	.quad 0x7ff0000000000000, 0x43f6cb40243f3372
	.quad 0x1538533b953f6e6b, 0x4035c5a2abcd3273
	.quad 0x12e794899f44f7f8, 0x4a8bc89dfa7a06a0
	.quad 0xfff6eb1e58ddfb66, 0x9d9a283fbfed857e
	.quad 0x591828546c3fa6e3, 0x4d040ec9bb7fffff
	.quad 0x859c69bef5e0c640, 0x401c6171ce82db63
	.quad 0x0000000000000000, 0xc04ec47e534e6838
	.quad 0x86b4954ccc76050b, 0xbf90bd7cbe6935d2
	.quad 0x41ffffffffffffff, 0x43ad8cdc3ff54739
	.quad 0x250455e9dc701f2b, 0xbfe61ccdd80431a5
	.quad 0x7fc0000001781522, 0x43cd939e3ec5d1b5
	.quad 0x0001fce4d0b3f0d9, 0x7f80000001000000
	.quad 0xc7fffffef0c15376, 0xfff004c4448c6c66
	.quad 0x2bd29de8bc3bde84, 0x3f9f9f17069fd08e
	.quad 0xf5b0824540000000, 0x4014544d96531fb7
	.quad 0x110b1d1be8632949, 0x7f8b9a427fae6252
	.quad 0xff8000004b865c4c, 0xd43927003aba0000
seed63:
	.quad 0xae5d06450d4a311d
	.quad 0x22ab3ab705f904ee
	.quad 0xef07889ca9957ee5
	.quad 0x7b3bcd7847aff04d
	.quad 0x0000000100000000
	.quad 0xb52f862953465904
	.quad 0xffffffffffffff89
	.quad 0xfffffffffffeb5df
	.quad 0x17bb8ee496397d33
	.quad 0x000000000007a7ee
	.quad 0xa441122484c081b8
	.quad 0x3b4db625c55b5410
	.quad 0xfffffe2372934a1f
	.quad 0x2f89c41e4b85ecfe
	.quad 0xfffffffffffffcc5
	.quad 0x0decdd6f7026e320
	.quad 0x00400000
	.quad 0x20000000
	.quad 0xfff8000000000000, 0xf9f85a9ffe7ffdba
	.quad 0x154db9df47400000, 0xc3fb574473b8b42e
	.quad 0x406442c87d70f1cb, 0x0eb87c3c3fd7fe96
	.quad 0x61e4c901ffc145d9, 0x82ab5528cb8f4c24
	.quad 0xfff0000000000000, 0x7fe0000000000000
	.quad 0xa6b8f5b1feafc421, 0x3bb2a04c5921ffdb
	.quad 0xff9d87f27f000000, 0x401fd3f0e1b91150
	.quad 0x015a5af392b750d8, 0x3ffd4c604abf5a5e
	.quad 0x39c30afaffbecfcf, 0x911a289d65ecd4e4
	.quad 0xbfd1000000000000, 0x82c5ff64ec058a9f
	.quad 0x8010000000000000, 0xc4e8e54f170d85ee
	.quad 0xad30e349ffc47862, 0xca207aa1fff67d0e
	.quad 0x2e9d680968eee7ff, 0xbe06440480000000
	.quad 0x03ebe5b67fffffff, 0x7f80000040500000
	.quad 0x7e800000be0803fe, 0xff5cf2d1bdc5e761
	.quad 0x87630d37582183ff, 0xbd2cf354c66c5097
	.quad 0x41fffffffffffffe, 0xe223a331bfd1fe00
	.quad 0xc22c6036c34ae66d, 0x3f79c9e44180ac96
	.quad 0xc4b9de79d11e82a0, 0x1126e70923a7621e
	.quad 0x3fc9f1f94449c523, 0x40551efb2a7b4c0b
	.quad 0x19de5f9affdf9095, 0x8000000000000000
	.quad 0xc0ee0c19dddfefe3, 0xc023000000000000
	.quad 0x9209ed0ef33b7e16, 0xedcad4f0f675ffe2
	.quad 0xc040a56db55878ca, 0xfff0000000000000
	.quad 0xbfedc9ecc0c80000, 0xffbce77e43f40057
	.quad 0xff7fffff40b00000, 0xbd5ef17c92cacbae
	.quad 0x99c613859ed8fd0f, 0x41b11f5c8024c83d
	.quad 0x80f91f3a7db9efd6, 0xe1a227d9836f9d29
	.quad 0xfef00bd148a00000, 0xf8195468afcffbff
	.quad 0xc00e000000000000, 0xc250c61602f979a5
	.quad 0x128c29f61ce0a251, 0xf1b73063fffda6b5
	.quad 0xff8000007fd5fffc, 0xbff04af1515e7dda
