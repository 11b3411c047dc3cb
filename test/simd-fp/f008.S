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
	.inst 0x4e62f5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f08c091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e731012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f9b4
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
	.inst 0x9e220056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e790107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0e958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f78ddf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e63001a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e592ceb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4fa81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e693dfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f36d69e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f231f1f
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
	.inst 0x6e66d5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0c9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e703912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6300b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea19954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e62dc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f469056
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e664097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4ea198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e71850d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0d8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f94917b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea0c91c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0e9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3884d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f2dfcff
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
	.inst 0x1e654110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e290201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e30c632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e60fe13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e25dcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e24c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e200126
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e66a416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2542b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e6189d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eeffcda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5eacfefb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e7bd75c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e5b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b891e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e6cf5bf
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
	.inst 0x1f6eb990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e303971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea9f412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e610123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e6201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30fa55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6be536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e690a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2985fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61c979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e62f55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6102cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e217b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6501ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f03815e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2201bf
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
	.inst 0x6e616810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e600161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fcd9932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e61b893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e630134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e32dd56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e619877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1ee2c2b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6f29db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3101cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e42d4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4e099f
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
	.inst 0x1e2039d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e2000a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e616852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f9258d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee4c5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fa99075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0ea0da56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e664037
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
	.inst 0x6fd09879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0f81a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21c83b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e67411c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e039ddd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e27dc5e
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
	.inst 0x1e6d9c30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e621871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30e412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e300103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f61fd54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f24c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee7e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fa75177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d4998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e26fdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee242fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e28034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43f5bd
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
	.inst 0x1e25018f
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
	.inst 0x1e64c0b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e270cb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6edc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e18e0e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7801a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea3f595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b5016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e60d457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c2f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58fa69
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
	.inst 0x6e2ef4bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f20fc5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c11d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2179be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e253c9f
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
	.inst 0x4e63ddb0
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
	.inst 0x5e70dcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e640223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee0f934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5eaefc75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2bdc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7309f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e294ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e02e5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f02ce3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eededfb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62283c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63189d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f640d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6ca4ec
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
	.inst 0x1e61c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e26e611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2300d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee18833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6ea514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fc19895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e216976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5eedfe77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e59bd48
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e618939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2022c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0eb3fc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e202288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70c9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6201fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc012bf
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
	.inst 0x5e21b8b0
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
	.inst 0x1e6f5972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee1b973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2300f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee0d916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e0350f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e230178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e658f19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e295a
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
	.inst 0x1e6dcdfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3438bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e70f83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e66fd7f
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
	.inst 0x0f839090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e710141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2eafd572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2428d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e276854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e67e5f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f603996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f020577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e218858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e202939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e64008b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24030c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f028cdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f4bfd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6de41f
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
	.inst 0x1e6a856d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2740d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2a24d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7e1014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e622110
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6738f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21c837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ee0e858
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
	.inst 0x1e62781a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61893b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e22fdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e218a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e2aed1e
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
	.inst 0x1e624030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6e6a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6400e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e710023
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e428174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e644115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e338976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e6200f7
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
	.inst 0x4e23c619
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21d97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e230c1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21da3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d87d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0f89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6301ff
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
	.inst 0x1e650910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e64f4a1
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
	.inst 0x4f38fd33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e616935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd21136
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
	.inst 0x0f28e478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e62bc19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e39006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3348dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e38010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e68036f
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
	.inst 0x1e6c79f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f1120f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f4efcb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e25fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0e955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e616876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6d08d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f2dfe78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f78fd99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f101a
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
	.inst 0x9e38028c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6300bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2a68fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61897f
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
	.inst 0x1e18f140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e23e4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f25fd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6758f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee24055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e245db7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e390048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f492db9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f8f115a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f25fd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2901ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60595d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3484fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e29687f
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
	.inst 0x6e6169f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e703911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e216852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee240b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea8edb5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e61da96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e220097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f53e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2301f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eaacc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6dd6db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e58a0ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2f38dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67385e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f29bf
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
	.inst 0x6ee1f8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2bad51
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
	.inst 0x9e600123
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea6f414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e60c015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f7bfcf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e599ac7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6168d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e58a049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eabcd9a
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
	.inst 0x4e21787c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28385d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e70010e
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
	.inst 0x1e6f2990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e59a141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e220112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f321513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f0e1414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6201b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e64fc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6469f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2140f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f2879
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
	.inst 0x1e63c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2fa5929c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2168bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0ca1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e65c17f
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
	.inst 0x4fc05970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e64c4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e71fdb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c033
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e216974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61d915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e762230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e294541
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e690309
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61ac5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eeee75b
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
	.inst 0x1e6258fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e79010e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0fb3f
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
	.inst 0x6e61a910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0eaad471
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30c9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1c573
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e725894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea1b815
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
	.inst 0x0ea18977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6dfc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea0c8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e7900aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e267572
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3728fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d89d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1a89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e27c1bf
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
	.inst 0x1f441c70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f504211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6fc89833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e27dcd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e22f4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6b5560
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fcc9018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0fa090f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e328a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e30d95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0fa81a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22c13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e3800cf
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
	.inst 0x1e6141f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e210101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6169f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e02a553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602258
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
	.inst 0x1e2640f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1d837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e790188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2869f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e65b62b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e23e45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e19998c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2e953d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e64002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62093f
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
	.inst 0x9e2900e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2201f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6741d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0f8750f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f49e675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee1ba16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f10a157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e300ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e21b8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3100ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e78020b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e60008c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39000d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb1d5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2b08ff
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
	.inst 0x1e202008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e700a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e2300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e220073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2201f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e310225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fcf18b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2f3ce557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3520c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eafecb9
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
	.inst 0x1e221a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0ee15c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e73397d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2818fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e31006f
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
	.inst 0x6f21fcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e680021
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e30a639
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620460
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
	.inst 0x4ee1b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f27fc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e201897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e352858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f496159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6549da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c699b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea7ec7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6249bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7f3dfcfe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2321f0
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
	.inst 0x2f2ce4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e380201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e616892
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
	.inst 0x4fa751f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e700025
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6241d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e2ee537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f879838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6c39f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2201da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f29087b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c20d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f39fe1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e262a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2eccbf
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
	.inst 0x1f4115f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70d871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0fae1232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e619853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2fde14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee5ec15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e748957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4c0498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e66787a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea19a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21d87c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65c39d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea5f49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1b99f
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
	.inst 0x9e380060
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
	.inst 0x9e630072
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ef1c653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea8ce74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e228a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e58fc86
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e66365c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6639d8
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
	.inst 0x6e30ca5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e21d99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2bee9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2389bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ea9ee9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eafc59f
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
	.inst 0x6e30f890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e61a891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2afe32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fa31054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f64e695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c1916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e43b0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e30f9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e640249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6300da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30ca7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e18324c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5ea0c8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2301be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f638cdf
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
	.inst 0x1e26054e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f47c191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1a972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2e3953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5ea2fe95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2301f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6eb4f657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e67eef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2200d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f2ffeda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68d01b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e43887c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e611a9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f8c999e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e27c59f
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
	.inst 0x1e624090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea7d491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30f892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6400e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6418f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2201f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e21c117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2fb258
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e650109
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
	.inst 0x5f29fc9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e764a9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e61d8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6808be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78010f
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
	.inst 0x7ea0c8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b09d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e59dd82
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6201d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6021b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6500a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e790207
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee1d918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fd49059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e20c0da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c08fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea7e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e42b41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6eb01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e6169ff
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
	.inst 0x7e61b830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e702100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e390122
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6319b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f55e594
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e751a56
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
	.inst 0x1e2a19d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2c9539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f6efe7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79020b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e4290dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64c39d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c2200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2118ff
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
	.inst 0x5fc49190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6140f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630174
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f43e596
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390127
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3054ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e436439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e6bd41a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e25d4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e61e4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0fb3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2f2afcbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea0f8ff
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
	.inst 0x5ee0c890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e21ca11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee18812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e68d453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e72dcd4
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
	.inst 0x5ea1ba76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e362957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6598d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6102c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e64010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e8a9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eefcf3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22287d
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
	.inst 0x4e6cc79f
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
	.inst 0x1e6000a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70ce11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6368d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e69e5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e31ed14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1a9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d3897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7319d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e6169f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21ba5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fc0589b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea9ef5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e292040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2ece3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e60004f
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
	.inst 0x1e6f21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e7800a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f220592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e630133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f6a0a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7421c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f4cc956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea3ec98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c0f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0eaffe1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61000b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f63a81c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2355b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1f9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22005f
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
	.inst 0x1e274170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a7a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee19a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e23c093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e2efdb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e63fe15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c236
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f629117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea1aa38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e595e69
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e2179fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea1d81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f1b16dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24787d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2bdcde
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e2afc1f
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
	.inst 0x1e6129d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6939f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fc691f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f37e413
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e70d954
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e617955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e34ee56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e254137
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e272898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e2101c9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21cd5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e2adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0f2ee53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7f38fdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0cb43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c27f
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
	.inst 0x1e59fd60
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e222030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e22dc32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e30ee53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e640084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19aca5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e18d4c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea1b8b7
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
	.inst 0x1e6c78f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f65c47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f48391b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0c8fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e30f91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f26e49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e75701f
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
	.inst 0x1e630150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e601831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e21d952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e62ce14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e702230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e642896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624117
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e61e478
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f70ad39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2301da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e38301b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e602348
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
	.inst 0x7e61d9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c29df
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
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e65e491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ee1a8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f2a8073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a2240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2b8115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e680086
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f26fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d20f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2e6168d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e322aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6dedbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2a499c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e21995d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4c15de
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
	.inst 0x7e21d8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e310081
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e780162
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2ea19833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e24dd14
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
	.inst 0x4e217a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e4271b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e62654a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7eb0f89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e70018c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f02935d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202348
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e59c58f
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
	.inst 0x1f2210f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c1d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2cde12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eb0fa13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6168d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e310a35
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
	.inst 0x1e2088b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea5fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3801a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee5f43a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e03d55b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6809dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e65419d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f12313e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e78004f
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
	.inst 0x1e207496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e244191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea9d592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fac1973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6201d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0020d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3255a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3101e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e650068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e68f539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6051da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e68fd1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27593c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60297d
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
	.inst 0x9e6201df
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
	.inst 0x6e2cf5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2afcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f21b0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e620013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e243994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e02e935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e221816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1b9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee8cd58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f64d4d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b09fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f5664db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1887c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f9fd
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
	.inst 0x1e63013f
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
	.inst 0x1e2300f0
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
	.inst 0x1e7158f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e780223
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21b8d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4fa41995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e620836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e30c9b7
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
	.inst 0x6ee0f819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e2101ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e700a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2758dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63007d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e61797e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ee1dabf
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
	.inst 0x7e70c970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2a2611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e385012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fb15233
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
	.inst 0x1e377015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2c1036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0eb1fc17
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
	.inst 0x4e21b939
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e71010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2902eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eadfd9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e69fe3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7f8e917f
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
	.inst 0x7e30c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e616811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21aa32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e666645
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee1d8f4
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
	.inst 0x5fa09816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee18857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e780048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e353cf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee1b93b
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
	.inst 0x1e612a1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea5c55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e252bbf
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
	.inst 0x1e3101c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e25fc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f30e612
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
	.inst 0x1e2b4c54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6048b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c1f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eead498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f422d39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e22003a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21781b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5fd250dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e3c48bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2529be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2200ff
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
	.inst 0x1e673970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f312db2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e64c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e252854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e690915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e690286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e219877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2008b8
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
	.inst 0x6ef5c49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb7eebb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e28014c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e1892ad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e62013e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e62011f
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
	.inst 0x4fa79990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61a991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5f2be612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f3fe5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e60fdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e68fd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02edf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f47fd57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e6169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0c9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e19054a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65959d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28391d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4c2c5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e3bcddf
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
	.inst 0x1e230130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2609d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b0932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e32c613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e618874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e630095
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e220076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f150457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e19eda8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e76dd19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e59e08a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21f57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27493c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62439d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61d93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0fbbf
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
	.inst 0x9e7001a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e701891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2c3812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e62ddf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc29214
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0c9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e727ab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e302997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6785f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea5d679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fd050da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e18dccb
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
	.inst 0x9e6301bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee6fc1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2c96bf
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
	.inst 0x9e620070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6901e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e616a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620093
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e703895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6240d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e68cc58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f48d9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1b85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e20006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e62015c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e6178dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6e287e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0fa7f
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
	.inst 0x1e242810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6fe591
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6901c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d39b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f6515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e6836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f75b557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f494838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3328f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f7489fa
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
	.inst 0x6e2199fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6efcec1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e71004f
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
	.inst 0x1e2b1970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21d8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e300202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4715d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7ff014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e21b8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7021e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e73e5f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5e61a818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0f2ae4b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e6168da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f6e957c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61bafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e60008e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6d68ff
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
	.inst 0x4fcf5990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e583dc1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1b993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e66f634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee1a8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2731d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e599527
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4539d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f55287b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2900ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0a2b1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6200fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69295f
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
	.inst 0x9e58e1e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e265a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e700142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f492633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e26f574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e64c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6a2916
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
	.inst 0x1e2020a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21d95b
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
	.inst 0x1f293cfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea0c81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f69957f
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
	.inst 0x0e25e570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70d571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6801e2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e690043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e202108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e25c195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2408f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e58e9a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e715ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ef6d579
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61fd3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23009b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f8b181c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c597d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f46fc5e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fa3913f
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
	.inst 0x1f2eac70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eadd411
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e701952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e726933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e68f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6e9016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e616ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f3e18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e29e519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e603a5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e42f99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7c6a5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e762d3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202168
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
	.inst 0x6e2189d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21b9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f36e432
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61d633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2eb1c614
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e380225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2d18d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6441b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6320c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e27c219
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e6169fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6f2e1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2020e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3a49be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26881f
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
	.quad 0x7b5e3bb28a375ea1
	.quad 0xdc01d5e12208f60c
	.quad 0x9f496efdaefb6251
	.quad 0xfffffffffffffd1d
	.quad 0xffffffffffffff74
	.quad 0xf942f9d07f630174
	.quad 0x647ab5fb600f2313
	.quad 0xdbc25e6640390ee9
	.quad 0x6562eafcbcfdc4f8
	.quad 0xffffffffc8c361bc
	.quad 0xb6ef08d4ef491bc7
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0x00000000000003b9
	.quad 0x000000000bcc3b2a
	.quad 0x04400000
	.quad 0x80000000
	.quad 0xe68cbf267ae2a8c1, 0x8f94bc3ffac75131
	.quad 0xbffc6cda91b96fd7, 0x7ff04e5b16e8925c
	.quad 0x3921d594fbe2e1ff, 0xa0d8a8406fd1283d
	.quad 0x8abb3720822a80fe, 0xff80000000523af9
	.quad 0xff60f1740cd36273, 0x7f800000ffa2c578
	.quad 0x80000001ff545b87, 0x000000017f800000
	.quad 0xa3d2a448ba2207fb, 0xbfc38a9ebfc7a5cc
	.quad 0xa5619be2ddfffc9f, 0x4002fa235571629e
	.quad 0xbff8000000000000, 0xd8d8dfab1bd47be6
	.quad 0x7f800000f2e01bc8, 0x405a16cbb3f2a108
	.quad 0x408800007f000000, 0xdd730e6f6ccc15bb
	.quad 0x28bb6e93ffd9ffae, 0x4020000059800001
	.quad 0x7f01e8c9177ce1fe, 0xfff614644d9a19a6
	.quad 0xcde2ef564d8a6010, 0x429e87a0ffc00000
	.quad 0xfff8000000000000, 0xf3548dcf03e27c60
	.quad 0xff800000808e296b, 0x477ffffeb238c0cf
	.quad 0xdd30f7821fb1bac5, 0xcbe9724ff7fe2e77
	.quad 0xecedcfa4c8aa8200, 0xbe0f1834ec39c1ff
	.quad 0x80a102bae47ea53a, 0x3520bdbf9abb7c00
	.quad 0x8020000000000000, 0x5fe3b954baf3b5a3
	.quad 0x0fdadba5c54c0000, 0xf9aeb8e3f63f7ffb
	.quad 0xba44fb4dbe800000, 0x6da4802e8bca452d
	.quad 0xc177cbd2c1000000, 0xc0e8000037540000
	.quad 0x6e9a834cbf54a44b, 0x3f2df749f510e551
	.quad 0x742f7a5fffc72bff, 0x7708beb16921af7e
	.quad 0x85db87cfc0619bd2, 0x106b0799bd83fd7b
	.quad 0xbc9e58e2843fcfb5, 0xffc0000000e8b798
	.quad 0x804c7d2df8d4e384, 0x0008000000000000
	.quad 0x7fa55e40c2f42e57, 0x3c1d0000deb2c1d6
	.quad 0x80b11f208f87b8de, 0x7ff0000000000000
	.quad 0x547f0e13bbd149e4, 0x80c52afc7effffff
	.quad 0x06b07307533a0bff, 0xd825b1d6450ec59c
seed1:
	.quad 0x0000000100000000
	.quad 0x0000000000000000
	.quad 0xfffffffb8e2a7bde
	.quad 0xb55e28e0594fccdf
	.quad 0x00000000075a8ef3
	.quad 0x9afa34b787a528b3
	.quad 0x0000000000000040
	.quad 0xa674a6d59f608525
	.quad 0xfc5992658463d898
	.quad 0x0000035619820bf4
	.quad 0x0020000000000001
	.quad 0x6c26cd2a0d732f76
	.quad 0x20ea2796cddc8602
	.quad 0xeed1bbeba4b9fbe3
	.quad 0x0000000000000024
	.quad 0x93aa22552bed8bc7
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x7ff2c6e1341408d5, 0x0f904c11c925dfbf
	.quad 0x43f0000000000000, 0x690f80a6ff8e33c1
	.quad 0x6df8d946fe8a3c53, 0x804000008059d19c
	.quad 0xc01d000000000000, 0x000fffffffffffff
	.quad 0x59d7fbd67bf388bb, 0x7ff0000000000000
	.quad 0x44ddaaf6feec6de0, 0x800b8199d783182d
	.quad 0x801fffffffffffff, 0x7fc0000000000000
	.quad 0x4000000000000000, 0xe1674d41f3ab0000
	.quad 0x40dc0000be0dde6e, 0x996f17ba00000000
	.quad 0xfe22e6d4cc00608a, 0xc07a6978bdd7dba0
	.quad 0xffffd2fe51a7730b, 0x7f800000da7ffffe
	.quad 0xf6c63326dee5fe7b, 0xff76d281667ecc3d
	.quad 0x09cc973e483d41c2, 0x3a667490ffebfbfe
	.quad 0xe30c9751fe7bd552, 0xbe66e724f6ff2ef1
	.quad 0x084f38c380000000, 0xebee74cf775af695
	.quad 0x0000000000000000, 0xc0b8000080b86fe7
	.quad 0x3cce00367fcd8309, 0x7ff297dc568bb183
	.quad 0x7ff8000000000000, 0xbfe11c6bc2c9d3f3
	.quad 0xb655fd3fdf800000, 0x7e3e1fc19b712f05
	.quad 0xffc00000ff800000, 0x9513214edfef87f0
	.quad 0x7c042da708ac33fd, 0x8939ba3fe0fcf61d
	.quad 0xc06dc9450030b138, 0x02e6a38475a3efb6
	.quad 0x6104fb90c0840000, 0x800fffffffffffff
	.quad 0x40effffffffffffe, 0xff800000b9c00000
	.quad 0xbfeed59df28a4b78, 0x1197813efa44fc00
	.quad 0xbf40000002b4a4a5, 0x23a55cd23c9a0a71
	.quad 0x40a800003f800000, 0x57c1df834def7f77
	.quad 0x30c9801dfffbc3f8, 0x4f7ffffe8bd58e0f
	.quad 0x407d333b2ac7ad13, 0x3f8378aea4e05870
	.quad 0x347484f940a80000, 0x3fa7ce8e4d4eb8f4
	.quad 0x7ff0000000000000, 0x4340000000000000
	.quad 0xc007d35c7e2eb465, 0x7023e0ca8645f841
seed2:
	.quad 0xff5930f1bb4a36ec
	.quad 0x0000000000000268
	.quad 0x000005dff174f342
	.quad 0xffffffffffffffff
	.quad 0x2ef1cc149d8c86b4
	.quad 0xffffffffffff1ab3
	.quad 0x0000000100000000
	.quad 0x0fadd24763a61dc4
	.quad 0x050c15a001b39fdc
	.quad 0xffffffffffffffa6
	.quad 0x00000000ffffffff
	.quad 0x00000000000002a7
	.quad 0x7fffffffffffffff
	.quad 0xef6c0c6485094d97
	.quad 0x0000000000000304
	.quad 0xfffffffffffffea5
	.quad 0x00800000
	.quad 0x80000000
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0xfe14398c0675e836, 0xac4dbef680000000
	.quad 0x0ab264f3fffaad18, 0x430a22dafddffe7b
	.quad 0x8000000000000000, 0x8f3c0e2162ffffff
	.quad 0x08993f81fbdd5ff3, 0x6f29df1880000001
	.quad 0x42d09faf807fffff, 0xdf7ffffec7000000
	.quad 0x807fffffbc75b105, 0x6668e7987a040200
	.quad 0x444d0b1adf7fffff, 0x6eee7058816ba740
	.quad 0x86e8858affc9fe4b, 0x3fc0000051c2efea
	.quad 0xc5e3913bffe3faef, 0xbd17a37e8bd84144
	.quad 0xc21c5d40ff800000, 0x8000000000000000
	.quad 0x8000000000000001, 0x03ba5a823d01c021
	.quad 0x40635df0c0800000, 0x75b17720ff7fffff
	.quad 0xffbf3b7a969738b4, 0x280b0e6acb7b300d
	.quad 0xc4f993cacadefbff, 0xbfc2344000aae0d3
	.quad 0xbded94cc0547b65e, 0x7feddae87fc00000
	.quad 0x3754364bbfc18c44, 0x7f800000c2a595e2
	.quad 0x9db9a807807fffff, 0xf6e482aefeffffff
	.quad 0x7bb417b0423b0000, 0x800000007a1ce3f7
	.quad 0x3e81130bf05e0000, 0xc04e5397fa7fc2c3
	.quad 0x7f5b843e1fe89a74, 0x7fa5acdfc1180000
	.quad 0x7f800000003c76f2, 0x863999a0b9a9aecc
	.quad 0xbd7818d7420c1564, 0x403a000000000000
	.quad 0x8005de6eee8a1c9a, 0x5508a0487ffc976f
	.quad 0xfff0000000000000, 0x5cbd57bebc1df82a
	.quad 0x8f53076f0397d152, 0x5e2ee33781202be3
	.quad 0xff800000ffbe6449, 0x43aa712cd47734cc
	.quad 0x83a48647c26d6f27, 0xd4bb5ada34638000
	.quad 0xbbfb00007526fc17, 0x7d7c9b7cbbf8fb7c
	.quad 0x9f8f38a6c0000000, 0xffe6cc464f50465a
	.quad 0x7e8320bbc1ba0557, 0x14d9244504feddaa
	.quad 0xdffd1980ffbf7aff, 0x82c1d8c0a1a47350
seed3:
	.quad 0x000000000002b367
	.quad 0x0000000000000000
	.quad 0x2d05da7e9f71ebed
	.quad 0x0000f87a090385c2
	.quad 0x0000000000000149
	.quad 0x306d21246a678c17
	.quad 0xffeef35050d7d4cd
	.quad 0x0000000080000000
	.quad 0xfffffffffff33a1b
	.quad 0xfffffffffffdb740
	.quad 0x0000000000003df6
	.quad 0x0d8ddb96f3087d2f
	.quad 0x00000005369c3927
	.quad 0x0000000000000001
	.quad 0xeb812c8ccaeb323e
	.quad 0xffffffffffffffe7
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x309a0cb97d8e3054, 0x01203f3980c5454f
	.quad 0xadc8a856256b8800, 0x3ff733ff81ad9387
	.quad 0x835011f2fc7a8fc5, 0x01614104f10ef411
	.quad 0x909a0f7d190e7c00, 0x901e4f2ad9aa509e
	.quad 0xeb5e044764afcb11, 0xaa5fb1a11d9adf7f
	.quad 0x1ddf94a10043c300, 0xfff0000000000000
	.quad 0x7ff8000000000000, 0xfff18b0bf4ecf968
	.quad 0x030a251f4cb7bd9b, 0x81cf57829bc35bbc
	.quad 0xff80000000000000, 0xc05c662bb067dd60
	.quad 0x402865fd4f78171e, 0xbf760646ed41c86f
	.quad 0x0d1c7c42786fc540, 0x800a7951f7095479
	.quad 0x7bccdf677fc00000, 0x2a16f0ce96d5ff98
	.quad 0x1da948bcf5fbdb61, 0x9ed737dcc0d7949b
	.quad 0x726193c6e07fffec, 0xaf286f5a5f047b9c
	.quad 0x02d4b4cdb6d77535, 0xbfcb721d255debda
	.quad 0x8066d0b13ed2a1a9, 0xc4a2dc77502efe00
	.quad 0xbe00000092c93918, 0xff80000080000000
	.quad 0x8b0815b8bf388bb9, 0x8000000000000000
	.quad 0x919a8dcfbfffffd3, 0xb4cc55df42dbda45
	.quad 0x134991ddf90ded10, 0xfe474a6fffd94ea4
	.quad 0x000fffffffffffff, 0xc700000190b27f1c
	.quad 0x4456c642ffffffff, 0x0000000000000000
	.quad 0x3f50d54b7fdb0a43, 0x1adefb2dfff973fd
	.quad 0xa0b039b0ebc5fe9b, 0xe35c8e57db57b901
	.quad 0x1dd4cd3b5f800001, 0xbfe26824f075b454
	.quad 0x000000007f9d7bba, 0x1a6177a534e2fe00
	.quad 0x8019485b0982a10a, 0x3fa5b468644d01d5
	.quad 0xc1c473407fc00000, 0x407de327e7243c6e
	.quad 0xc3a28a3500000000, 0x410a0000b623e0b5
	.quad 0x80000000ff89a8ac, 0xe6be59051a8a7c00
	.quad 0x7ff150822669a314, 0xc340000000000000
	.quad 0x3cb0c777c7ffffff, 0x3fec08b43f908331
seed4:
	.quad 0x00000000ffffffff
	.quad 0x5618d53eae20efbe
	.quad 0x000000000000017a
	.quad 0xa88e0391e0fcff81
	.quad 0xfffffffffffcf7bc
	.quad 0xfffffffffffffffb
	.quad 0xfff84fc85ae4aec3
	.quad 0xfffffffffffffd59
	.quad 0xffffff8901e6ab30
	.quad 0x86e3760c44ad056a
	.quad 0xffffffffffffffee
	.quad 0x00000000000001c8
	.quad 0x0020000000000001
	.quad 0x0000000100000000
	.quad 0x111b38be69b5dfbb
	.quad 0xfffb4993509a1968
	.quad 0x03800000
	.quad 0x20000000
	.quad 0xff800000bba25165, 0xff7fffff803a6ea2
	.quad 0xbf8f82d363621581, 0xa0467ac1f7f6bbcb
	.quad 0xed4b3baefa51fdb4, 0x9b1d70a5ad633400
	.quad 0x3484c5082de25020, 0x3cf928c23eb456dd
	.quad 0xda79389bfff3c14d, 0xa08391051c03e148
	.quad 0xb9f32f59bd5f824d, 0x8078aa79efd560c7
	.quad 0xcde7793c097229e0, 0x4000000040339b62
	.quad 0xc011000000000000, 0x823b7e2c3e381242
	.quad 0xf4beeca54155aff6, 0x3f800000bec03b98
	.quad 0x675b4882dfbcfbbc, 0x40e8c73cbfb00000
	.quad 0xafeab6222b4f4640, 0xfffe9bafa01f0a0b
	.quad 0x7fdaa9ecfcafbea4, 0xe099545888236f46
	.quad 0xffffb3e9ebf8a5fc, 0xdc8270622f8fffd3
	.quad 0x69ebbb9ff9bf7fff, 0xbf974c56301fbc9a
	.quad 0x926833dd0cc2008d, 0x010000003fd7c3c6
	.quad 0x28093c40d9bec9c1, 0x442afb7c2cd9f8c7
	.quad 0x75c9cc9b5a6978f2, 0xc25f40de80000000
	.quad 0x116d666c478e8df4, 0xb8e20000f100584d
	.quad 0x9ccf8691fd4013b5, 0x0080000000000000
	.quad 0xbff8000000000000, 0xbedc00003f055461
	.quad 0x691436ba7feab2cf, 0xc3814abbd1fcd03f
	.quad 0xffc00000c1200000, 0xf9ca8d4dc0557c6c
	.quad 0x7f7fffffbf15002b, 0xc0800000a354d05f
	.quad 0x38ce3200fdffffff, 0xbffffffe80712982
	.quad 0x2fcde61fdcbfce7c, 0xfff51a584ca68962
	.quad 0xfdb652f58aacd03a, 0x55ffea61cffc956d
	.quad 0x7a14466e31538700, 0xff8000007fc00000
	.quad 0xb5d42b747da65201, 0x00000000807aad79
	.quad 0x3facc386538fbcca, 0x410c52af89cf707a
	.quad 0xbd000000ff931cab, 0x7fefffffffffffff
	.quad 0x7f36f3c6003bc8ed, 0xfff9b1ad7eb36169
	.quad 0x3dcce985bf400000, 0x7f800000431b96da
seed5:
	.quad 0x0020000000000001
	.quad 0xfe9afebddc755db9
	.quad 0xcbf40d79b7d352fd
	.quad 0xffffffffffffffff
	.quad 0x7fffffffffffffff
	.quad 0xc168ee87ca1e1850
	.quad 0xdc484ac5f2ead761
	.quad 0xff09db88d2512ed2
	.quad 0xf5915fd92a6fea2b
	.quad 0xfffffffffffff17c
	.quad 0x00000000000003a3
	.quad 0x0ae5f1b546787fab
	.quad 0x0000000203e5fd84
	.quad 0xf5379272b0396f6f
	.quad 0x52ececfe0cfb6f97
	.quad 0x0000000000000305
	.quad 0x07400000
	.quad 0xc0000000
	.quad 0x5010c2aa15c40760, 0x7c2dad587fc00000
	.quad 0x7fefffffffffffff, 0x006e504753924578
	.quad 0x58720aacc3ef5de7, 0xfff0000000000000
	.quad 0x7def0dc55387cefc, 0x002fffffffffffff
	.quad 0x2f3acb95567a7bfb, 0x80d35044e22f1a2b
	.quad 0x00af83ee583e61b2, 0x3ed943e71d1cc8c5
	.quad 0x94b4fd9082f06a04, 0x38140000c381a2f2
	.quad 0xfff0000000000000, 0x3ff0000000000001
	.quad 0x9dcc86cb3ff87a80, 0x239355ac0d64c480
	.quad 0x00b128847f800000, 0x6fedadfc396e0000
	.quad 0xfff202faae416282, 0xff829dec00000000
	.quad 0xc022000000000000, 0x00603ffd44499838
	.quad 0x0048daa8da000001, 0x2fcdae0bae0bddc0
	.quad 0xc6fe3a7f31da8000, 0xc2ae99707f5a5906
	.quad 0x00078f11b088f081, 0x2878775ad3fad8d9
	.quad 0x6391c254f6fbfeff, 0x541cf62c124676a7
	.quad 0x3d63564401f1281c, 0x4206b3cbbbfdbe0d
	.quad 0x4197d5123cefeff9, 0x023a5b4908f8fb3f
	.quad 0xe61e82027ff93fbb, 0x81a52112c19a8b79
	.quad 0x3740000000ddb277, 0x3ee9800000000000
	.quad 0x002c5b811e697f97, 0x0000000000000000
	.quad 0x7e0f665403ec95b9, 0x7ffb1468f62867a6
	.quad 0xa7bc0c658dc381ed, 0x8000000045af81b6
	.quad 0x3fe866832ee2a22c, 0x3b0eeeb1d91afdba
	.quad 0x8863a0264fc44717, 0x0007fd998ac643b6
	.quad 0x6a4264bf9dfdabff, 0x096cb862ffbfcf17
	.quad 0x1e0817ff8bec3b8b, 0xff8000007f9cf590
	.quad 0xfff0000000000000, 0x3c25a4877f800000
	.quad 0xe29bd376bbfffdff, 0xff1533d8de000000
	.quad 0x0000000000000000, 0x9d418bbf7f8fc100
	.quad 0x3959029663f78000, 0x4042df29796bfd29
	.quad 0x7ff4651a8f45ba43, 0xffbeed72c0200000
seed6:
	.quad 0xffffbc441c6be9e2
	.quad 0x1efd651f218ae8ef
	.quad 0xfffffffffffffd9c
	.quad 0x0000000000000000
	.quad 0xfffffde4f83d1a90
	.quad 0xadf6fcb04989cebd
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd76
	.quad 0x0000000001000001
	.quad 0x4f768309c9ffcd1e
	.quad 0xffffffffffffe868
	.quad 0x0000000001000001
	.quad 0xae38ad30ce59bed5
	.quad 0x000000007fffffff
	.quad 0xcdcf9f34de5f987b
	.quad 0x164fd5ee662aec84
	.quad 0x02000000
	.quad 0x80000000
	.quad 0x81748e48e9d67400, 0x4037cf633e1d8abf
	.quad 0x3c1d631a817fffff, 0xe9ff8785bfecb203
	.quad 0xe982c7d907f37c35, 0x7ff0000000000000
	.quad 0x8033d581c0d957ca, 0xe6cc73c71dcf79db
	.quad 0x7f8000009394cb22, 0x0000000000000000
	.quad 0xb898c5357c57fc00, 0xc33fffffffffffff
	.quad 0x7e8a9933f0fffbc7, 0x4bc205c927d64700
	.quad 0xf8c89d797fc00000, 0x7f08fb9b807fffff
	.quad 0x19674d5ffff9f6bb, 0x807d818e28d67c00
	.quad 0x1ea15f37b8a00000, 0x7ff0000000000000
	.quad 0x43fffffffffffffe, 0xbe49766c83a981af
	.quad 0x40c00000ff800000, 0x2307f54584fa5b24
	.quad 0x40236c854252e39c, 0x7ff0000000000000
	.quad 0x3e152a82c3b2a7ce, 0x3fa27d1a3128246b
	.quad 0x3ae8000001d6712e, 0xfdc4f801d98e0000
	.quad 0x7fd0000000000000, 0xbea350d907354d0a
	.quad 0x5792d9ffdb554240, 0x9c2f6143c10c0000
	.quad 0x0f295fc9365d8078, 0xf21021b3d4cefef5
	.quad 0x72fb759efc7ffdd7, 0x3e6800f4057d441b
	.quad 0xbf1bab40458c0000, 0x000bdcc2c2680000
	.quad 0x72bbaaca62144fee, 0xd8f5684dff8bff9f
	.quad 0x7f846cb487361c0b, 0x542e6e4effee1f7b
	.quad 0x0584382affffffff, 0x3bb693d2b60b7fbf
	.quad 0x3ec0000000000000, 0xf53d2f197a86a454
	.quad 0x6c40fb343c6b621f, 0x88adedebe9860926
	.quad 0xbfa5820ccb79c653, 0x00000000ff800000
	.quad 0x8015cc87c22bb4a2, 0x4bff17dc00000000
	.quad 0xffe0000000000000, 0x3f9f9d2dbc3becb1
	.quad 0xc009816fc0800000, 0x7ff1f85fe18af36f
	.quad 0x000000004fd0bf59, 0xba4324d8bc0af800
	.quad 0xa13a0abcf79b3fff, 0xc0fffffffffffffe
	.quad 0xaf00c403899a8214, 0xbd7321ccf4b2f9a2
seed7:
	.quad 0xffe9e610d2b051b7
	.quad 0x388a28f0466ccef1
	.quad 0x000000000000002f
	.quad 0x0000000000000041
	.quad 0x04bca916f65ddb67
	.quad 0xffffffffffffffc2
	.quad 0x00000000000052f8
	.quad 0x0020000000000001
	.quad 0x0000000000000306
	.quad 0xfffffffffffffcc6
	.quad 0xffffc082e19b277d
	.quad 0x0000000000000001
	.quad 0xfffffffffffffe71
	.quad 0x759b1e50f49995c9
	.quad 0xffffffb7aa5ca315
	.quad 0x8000000000000000
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0xc795e1905f7ffffe, 0x49e685c9fff3b06d
	.quad 0x8000000000000000, 0x00a19a199cffffff
	.quad 0xfe9036ec18b5ea40, 0x494279a8c457e8a9
	.quad 0x7ccf04ca40480000, 0x4000000000000001
	.quad 0x64688076d047745f, 0x0a4bccd79387ded2
	.quad 0x7ff517181867b6cd, 0x7c050168184e1dad
	.quad 0x939e435a41bc94bf, 0x807a41d5df25cbf5
	.quad 0xee6454c0bf200000, 0x88edf327373cc7e0
	.quad 0x763e9aec7fc00000, 0x8bec7bcc5fe7dbf0
	.quad 0x40fea3592b9f4405, 0x00000000c9a237e1
	.quad 0xff85c2817fa99261, 0x8536a883e7ef7fbf
	.quad 0x3d2968d2fa1bfbff, 0x037b72bd2b0408f9
	.quad 0x2d180b2550fbc8c0, 0x430f51c0d923b600
	.quad 0x8000000006ddba12, 0x401e400000000000
	.quad 0x4e477d5bfb03c0e5, 0xecae8422292dc234
	.quad 0x8000000000000000, 0xcc118a7f7fd204e0
	.quad 0x1c4c55a57fcf773f, 0x8000000000000000
	.quad 0xeb846e91b7f77c1d, 0xffc000005f000001
	.quad 0x7e565af46d4fd35e, 0x7f800000e18cb15c
	.quad 0x3d98eecb410c0000, 0x42e499066efc7bf6
	.quad 0x405e149d68fada7d, 0xc01f000000000000
	.quad 0x3e2b9a24c1c19d4e, 0x80ffffff00000000
	.quad 0x8000000000000000, 0xa5657e4391aac888
	.quad 0xbfb5bc5f80000000, 0x1ac13bb2d0f7cf5f
	.quad 0xc0b00000a8ffe58f, 0x51f461fe1b14ce69
	.quad 0x7f879a9fc3dd8f9d, 0xbfd9aec6b157fa1e
	.quad 0xc01a000000000000, 0xc15a2d573f12263b
	.quad 0x3979f202a36b6b83, 0xfff0000000000000
	.quad 0xf40d897abbffd6e3, 0xbfec000000000000
	.quad 0xc084000000000000, 0xc1a6233f7ff1c7d8
	.quad 0xbfddd89cbe005ba8, 0x973ee51241180000
	.quad 0xf72c30173bcc7ea2, 0x7ffbab8b6e69d0f7
seed8:
	.quad 0xffffffffffffff1a
	.quad 0x000000030e9abb58
	.quad 0x8000000000000000
	.quad 0xfffffffffffffef6
	.quad 0xffffffffffffffaa
	.quad 0x00000000000001d0
	.quad 0xfffffffffffe8626
	.quad 0x00000000045cc07c
	.quad 0x4f3bc8929db65de7
	.quad 0x000000000000028e
	.quad 0x0000000001281e27
	.quad 0x5f4da1fc9187b089
	.quad 0xfd9d10121153c6df
	.quad 0xf7722cf1de287cf5
	.quad 0x000000007fffffff
	.quad 0x6b8d958b8744a962
	.quad 0x02c00000
	.quad 0xf0000000
	.quad 0xcb7975145b956e73, 0xe938e5cf21b43da4
	.quad 0x41f0000000000001, 0xbfe8000000000000
	.quad 0xffd0000000000000, 0xffb3f88542106222
	.quad 0xf1ee838946c50000, 0xbfa4c486388b38cb
	.quad 0x7f80000000000000, 0x8c239c8ce14c5254
	.quad 0x85f3e6fdc3ba8976, 0x4019969dcfeecfc6
	.quad 0x4f7ffffe7f86b5ca, 0x80000000004fb203
	.quad 0x8000000000000000, 0xffba6ead08fec427
	.quad 0xc0d000007f92cec0, 0x00000000c1140000
	.quad 0x7f38214e8db368d7, 0x800000017fc00000
	.quad 0x401c000000000000, 0xe062d626ffed75c1
	.quad 0xfa4e3963bffc7e00, 0x70f474a7a6d3ffed
	.quad 0x000854627f8798db, 0x0afabaf3f9b6c6b3
	.quad 0x622115d3ffbd6aef, 0xc0880000cf000000
	.quad 0x4b5e7b1ac44fbf61, 0x8b6ca6f3c3dc0000
	.quad 0xf73284ac2db8005b, 0x89f46c075709e988
	.quad 0x0020000000000000, 0x41200000bf800000
	.quad 0x0000000000000000, 0xfdf5e4def899130a
	.quad 0x14c07efcd6e2c840, 0x0adcb4cf7dffa5e0
	.quad 0x3ff9a5568a693667, 0xa1994955c3af75c0
	.quad 0x8000000000000000, 0x02d9cff2e932fd41
	.quad 0xdbb009e49efb7f7f, 0xbffe000000000000
	.quad 0x00000000f8391d9b, 0xc34112adbb935cee
	.quad 0x409000007f000000, 0xfff0000000000000
	.quad 0xce0245f17fbfae77, 0xc005fa947a3c75df
	.quad 0xfff822b887607199, 0x037d9c733172334f
	.quad 0x0077679ffdb8b500, 0x5d208a5bfefc81d9
	.quad 0xff52a0c44ead5ad2, 0xfbecdda380400000
	.quad 0xff9065fa89f5f0ef, 0x0000000000000000
	.quad 0x2068ffbbb2449cfd, 0x2d093c7192d37a6a
	.quad 0x5e91248cdf85ac87, 0x42a31fc9b92f0000
	.quad 0x404a3f047fc00000, 0xbffb63817f800000
seed9:
	.quad 0x0000000000000383
	.quad 0x4138a2c244a16a07
	.quad 0x00000000000003c2
	.quad 0xffffffffffffffc2
	.quad 0x39769a84d256d589
	.quad 0xc2698b4b2374fcd8
	.quad 0x00000000000003d3
	.quad 0xffffffffffffffd6
	.quad 0xffffffffffffffff
	.quad 0xfffffd73def2e4c0
	.quad 0x0000000001000001
	.quad 0xfffffffffffffda7
	.quad 0x0000000000000001
	.quad 0x8000000000000000
	.quad 0x074a5d6d24528416
	.quad 0xf355061012e58bb9
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x7e06004dc32d505e, 0x7fff158cd6d8e47f
	.quad 0x234f551405feece3, 0xadc253013ff5dc25
	.quad 0x00000000151dd003, 0x12752c8de22323f6
	.quad 0x81acc42828777ba8, 0xffd451d08ae5dce8
	.quad 0xe31c14d792a73206, 0x000175abf13972d1
	.quad 0xbbfce694ff000000, 0x7fef14f03bc1b10f
	.quad 0x43f2422a725ce6f8, 0x66eda7947d60fe00
	.quad 0x5bd39ca4cdf7e4e5, 0x004c502357effdf6
	.quad 0x252ba3909f2f9e70, 0x8000000000000000
	.quad 0x7ffa59766d792b96, 0xc1edee0e410a0000
	.quad 0xd1b550437324557f, 0x19a3a08ebd7dfce7
	.quad 0xf612e3d623b8fc00, 0xc030fbcd80800000
	.quad 0x54cac60b0cd1fbce, 0x3c2160e93fb00000
	.quad 0x7fa0fea8790c6a47, 0xc479b6deb9ffd9bf
	.quad 0x970ae21ab075c840, 0x3fa743c773374398
	.quad 0x46b7a5cba5cdc9af, 0xa8c9b95afeaf5254
	.quad 0x9cb25b14806d7b60, 0xe9e71218f76a0000
	.quad 0x007ffffff6973527, 0xbecc2521c0200000
	.quad 0x9356e69d1724fafc, 0xfff887e6c07cd646
	.quad 0x017fffff40e00000, 0x801fffffffffffff
	.quad 0xb79600007f800000, 0xbfadfa70b96eed09
	.quad 0x00258ebb0615c6fd, 0x1efb2168e7fbfe00
	.quad 0x85556f69ee7ade2f, 0x1a124cd1c3fbdff6
	.quad 0x7fe0000000000000, 0xfff0000000000000
	.quad 0xbf7d65a12488ffd7, 0x3f0c000000000000
	.quad 0x407d71c01d82a9dc, 0x915d4c7aa9310330
	.quad 0x844b31fbfbbf8c30, 0x9b2e2fdd1df4c50a
	.quad 0xc019cdb2fb47359a, 0x05a7fce0017fffff
	.quad 0xc77fffffbf0618ab, 0x562d58a81405790a
	.quad 0x3f6c9d3f60543034, 0xbae00000ff800000
	.quad 0xfb6a3fedeb250c34, 0xa35fe60c870ffa72
	.quad 0xfff0000000000000, 0xf5dc22e5fbfbbfff
seed10:
	.quad 0x0000000000000000
	.quad 0x0000000000000212
	.quad 0xfff5c4378c5023a9
	.quad 0x0000000000002e1c
	.quad 0x00000000ffffffff
	.quad 0x6b06ad4806687947
	.quad 0x000000000493aadb
	.quad 0xbf0b6a5aafa7a0d7
	.quad 0xfffffffffd99e1fc
	.quad 0xffffffffffffff63
	.quad 0x4e41f6a3fdfc6936
	.quad 0x11f5f2a4a6295444
	.quad 0x39340b0b20349563
	.quad 0x0000000000000000
	.quad 0x65170ff720b6f3aa
	.quad 0x000000000dc5c9fd
	.quad 0x05c00000
	.quad 0xc0000000
	.quad 0x813bd3f4fe4e7b7e, 0x7553a63f3f282d08
	.quad 0x001394d93be40000, 0x6f7bfb8080000000
	.quad 0x8159f4df40a1cd9b, 0xced31fae4500e3ca
	.quad 0x3f95800000000000, 0xc0a8000000000000
	.quad 0xbfa75235aab2abdb, 0x853a3d0d518bba29
	.quad 0x678482f56bfdfc00, 0xcfffffff3c420921
	.quad 0x70a3b4e9102b45c0, 0x800000003df06a30
	.quad 0x67e16a9b983f03c5, 0x9e304e375a783239
	.quad 0xa56d6ed126f681e4, 0x66e51d62e0eeeae1
	.quad 0x28f7f2cd655afeee, 0xffffc277cf1b892f
	.quad 0x858e9c0800000000, 0xc015000000000000
	.quad 0x3c120000670b9a3c, 0x645a0776f7cd0000
	.quad 0x3ffb6ffedb20f65f, 0x79e42027feffffff
	.quad 0xff8364777fef0208, 0x3fa6e2518f3b9ceb
	.quad 0xc079c011722f81a6, 0x7ff08da128c683bb
	.quad 0x80515f053f892f7d, 0x3f7b8756d9075e08
	.quad 0x844b9a0100000000, 0x0000000000000000
	.quad 0xa31971b6fb77feb4, 0xbe20b32bc342135a
	.quad 0xfff674ee80000001, 0xe119c1317fe97f05
	.quad 0x80114af80cf9d0f1, 0xba835061c44d3107
	.quad 0xbf79b6e040f00000, 0x80000000bf99b93a
	.quad 0x017fffffc2ca59c0, 0xff800000ff800000
	.quad 0x4965c976ffff27c2, 0xbffa57900af0673f
	.quad 0x400f000000000000, 0xd9ffffff7f893522
	.quad 0xb1c372e2fff5517d, 0x40756f9f492b8533
	.quad 0xbfdbdaec3684d249, 0xfff8000000000000
	.quad 0x7ff7921d6528e130, 0x3f9af261f7010001
	.quad 0x7e880b30af0820a8, 0x7ff8000000000000
	.quad 0xc298a9fd41080000, 0xffc33aead9944a9d
	.quad 0x9e827551344e61a0, 0x0121e85cc4967b9d
	.quad 0x7e80000000162dd9, 0x8af494952a515904
	.quad 0x3fc16f7d367a7325, 0x7ff0000000000000
seed11:
	.quad 0xfffffffffffffc9e
	.quad 0x0000000001000001
	.quad 0xab2c34635d0c686c
	.quad 0xfff4ec5279f1e460
	.quad 0xffffffffffffff5f
	.quad 0xffffffffffffffff
	.quad 0x3ef003d0f8e737b9
	.quad 0x00000000001cef42
	.quad 0x00000000001e66d5
	.quad 0x1a7954975e8deee5
	.quad 0x6521cffa300fcac1
	.quad 0x000000000000024d
	.quad 0x088258254985c953
	.quad 0x0020000000000001
	.quad 0xfd60b003ebc96dce
	.quad 0xfffffffe6afb097c
	.quad 0x01000000
	.quad 0x30000000
	.quad 0x3daeff2f7f800000, 0x4014000000000000
	.quad 0xbe402bd580000000, 0x7f96b7e1c7700000
	.quad 0xfff7f5477ba50dff, 0x5080196b9b76ff7f
	.quad 0xf140c075fe3c083f, 0x014505aaf5352c37
	.quad 0x80fceb63cd6bd703, 0xff83c3349d3271f7
	.quad 0x7e9b1e2ba9a4d2ab, 0xffc2d9a0b97f991e
	.quad 0x13c8e52affe80c0d, 0x3bcdea19007fffff
	.quad 0x45ed574cbfb63ce2, 0xb31c440f0e480cb5
	.quad 0x40d80000cf000000, 0x345de2b412780000
	.quad 0x4250ec606e7915b9, 0x7ff0000000000000
	.quad 0x7f8000008073a96f, 0x7ff88796b9847017
	.quad 0xc04d73a9f696da63, 0xbfca73227b893060
	.quad 0x3eda000000000000, 0xbf8f31cb8413617f
	.quad 0xadcd7d491556b17d, 0x47b1c83d7f800000
	.quad 0x406cd1a1231f30b1, 0x7f800000b6c00000
	.quad 0xc110400000000000, 0xffa7cf3a43064d21
	.quad 0x824e524402bfea96, 0x3c8b79acd6ff68df
	.quad 0xc02a016af7032242, 0x1dccbbaa5235f800
	.quad 0xfffb1906db501212, 0x7f8000002ce62b43
	.quad 0xa5f7fc36ea340420, 0x7ff0527816c9f66c
	.quad 0xd5c45088b7300922, 0xc08000006fd84079
	.quad 0x0005f5b3f8d35228, 0x5daee5913fffffff
	.quad 0xef587935eba34105, 0x68e9d9c342494053
	.quad 0xda6bfd0d803ff5d2, 0x4759a896bd7b19d7
	.quad 0xc0d8000000000000, 0x3fdd127106bd2f1d
	.quad 0xffab3a9e41a10000, 0x7ff398118c4a2f35
	.quad 0x7f8e9536662a7034, 0xff8000008000af57
	.quad 0xff8000008f9bf103, 0x8000000000000000
	.quad 0x7fcb4e3f029a007c, 0x7ff641f04444084b
	.quad 0x7ff2c3145a1913e4, 0x8343dcd8ffc00000
	.quad 0xf802f021fff8b245, 0x7fadd8949111b446
	.quad 0xfac5307ab5dcfe92, 0x189a5be750c4c080
seed12:
	.quad 0x66cf246e157b8290
	.quad 0x000230d8da369885
	.quad 0xffb68fc62c5e00d8
	.quad 0x00000000e4fce5b1
	.quad 0x8000000000000000
	.quad 0xafc0f4b72d691cbc
	.quad 0xfffffffffffffd80
	.quad 0xfad6b5e3af6c4cd6
	.quad 0x00000000ffffffff
	.quad 0xadbee74effda256f
	.quad 0xaedbe4c3d8c91219
	.quad 0x0000000000000101
	.quad 0x00000000ffffffff
	.quad 0x00000000000000be
	.quad 0x000000000000021b
	.quad 0xb6e7881fb137473b
	.quad 0x01800000
	.quad 0x10000000
	.quad 0xaab8b26f3bfefbfe, 0xf2ca6194c730f042
	.quad 0x7f90c22400000000, 0x3e54a9873efffff6
	.quad 0x06e0b79dffada3be, 0x5e8000016ff8f6db
	.quad 0x8ea500a7ffc682b8, 0x79ebf1eeb24a3d9c
	.quad 0xc017000000000000, 0xf71a4f61ffafa9ac
	.quad 0xd129cc2ba199fbff, 0x0031c57a76f706e5
	.quad 0x3f83e1ab34ab6bf1, 0x45be9af5d3d77ffc
	.quad 0xc0f8586bffd5dd66, 0xbc44ce78fffe5ef7
	.quad 0x7ff0000000000000, 0xffc0000047000000
	.quad 0x3dfec0b909f801f8, 0xa703e8617edf37ca
	.quad 0xa829afddbfbfdc00, 0x0c4fa0aebcf07906
	.quad 0x3a7fd20bcfd17c27, 0xe61c36dac09e5deb
	.quad 0x0280ebd2a111361d, 0xdbcd5eb8fff7e3a6
	.quad 0xe66da91af6b80000, 0x3ff0c00000000000
	.quad 0xd367f218f5b8c0e7, 0xbfdae4836683733d
	.quad 0xb6db0bd3fc30fc00, 0xfe990ecbf65fb133
	.quad 0x98927bd8fff16f64, 0x40574d6dc2d4a77f
	.quad 0x52ff7df81db8a1ca, 0xf029c8918bc27bff
	.quad 0xe35cc6f846e5ffbf, 0x3f93000000000000
	.quad 0x495f118ebd407c00, 0x993e430cd45bdee9
	.quad 0x7f8000007fbd4b7e, 0x40774619b725f79f
	.quad 0x7ff2ff56c88d3789, 0x3df42c5ffe88c4dc
	.quad 0x7fc0000000ffffff, 0x3eb2000000000000
	.quad 0xbf7b2a799fad3a4e, 0x0010000000000000
	.quad 0x8010000000000000, 0xdfffffffffc00000
	.quad 0xc02edcea4242f05d, 0xc10a0000946705bf
	.quad 0x42cdd8674168f824, 0x40668ae804f190b6
	.quad 0x8ab5c9255ec559cb, 0x0fd22217d3fb7d75
	.quad 0xdaae2b15bd26dd31, 0xe977e0aabf957feb
	.quad 0x006e3605ff8f545f, 0x3e9f75197fc00000
	.quad 0xc1a7442b8097645d, 0x592c8de13553f800
	.quad 0xfee417ecb7b00000, 0xbff95b4126e5e904
seed13:
	.quad 0xdfafde3f266aa97d
	.quad 0xfffffe8b80a8f7e5
	.quad 0xaeaecd8a08273373
	.quad 0xee8554caa8a8acb1
	.quad 0x0000000000000000
	.quad 0x0000000000000001
	.quad 0x6c256a02e8e9708a
	.quad 0xffffffffffffff93
	.quad 0xd610fb5b06f5b083
	.quad 0x000000007124ac63
	.quad 0x55cca0d5b24ebb6b
	.quad 0x0000000000000269
	.quad 0x000006514ac184fd
	.quad 0x8bb7c9c19e957174
	.quad 0x0000000000000049
	.quad 0x9bed6d24b6ab7486
	.quad 0x02800000
	.quad 0x80000000
	.quad 0xc12913b941689a8a, 0x76f188b779fdbaa5
	.quad 0xa937d1a7f0bf87a6, 0x7fc00000ffe6f0fe
	.quad 0x5800b24438a54c0e, 0x470000003d4b0000
	.quad 0xff5cee92019f2528, 0xc00c000000000000
	.quad 0xff986ce3c13e9420, 0x9276ed18d0a49738
	.quad 0x8054dbe288a7160f, 0x7fc000003f040000
	.quad 0x2773add9ecffffc6, 0x19ff9c799d2ed928
	.quad 0x402f735a9d69e056, 0xd705a8e3e13cf57f
	.quad 0xc06a13db73523d42, 0x709c0d42befffff7
	.quad 0x0029f45a2c6c66d1, 0x5a0f49cf0b74c456
	.quad 0xc0441e3a45aa02fb, 0xb6f286c9ffc2a21c
	.quad 0x417d80063d33ec7a, 0x3198066500000000
	.quad 0x2374dde3c3ff3e65, 0x87a3306d9c236f07
	.quad 0xe046b986c5a320c2, 0x7d73d4363e32365c
	.quad 0xfb5ac35dff9ffaf7, 0xbfe6beb66f3b55a6
	.quad 0x4e8a6a027f829b23, 0x7e25e93e19dd7b47
	.quad 0x62b33884f8b02a7b, 0x442d757eff75c84a
	.quad 0x06d7d11950aec001, 0xa67e6df09d1b045f
	.quad 0xbfd1b9c03be26c3a, 0x13324e89ffc74185
	.quad 0x6c06281e8471401d, 0xc09ac21d8ef2fe00
	.quad 0xfdf856fa7d92c44f, 0x401ebff51ae41138
	.quad 0xf7d17dd050000000, 0x980cf1f2bffbfe4b
	.quad 0x1f45aa8a7a36febd, 0x6f97072f566ed22c
	.quad 0x00049b3bfa385a1a, 0xde6e476ac0b03f48
	.quad 0x25ba2136921547c0, 0x41aeecafbf7fbeff
	.quad 0x8010000000000000, 0xcf8000017f800000
	.quad 0xf26e47f69f321c52, 0x3fd91f994f5bcbae
	.quad 0x8017697d404e0000, 0xbc8d4214ffa495b6
	.quad 0xa3428d7ffffcfc00, 0xbf72f833cff7bfff
	.quad 0xab3a1f927fbb5fff, 0x7fc00000018d1cc3
	.quad 0xc028000000800000, 0xfff0000000000000
	.quad 0xc3ffffffffffffff, 0x000000007f800000
seed14:
	.quad 0x164511b4c1724326
	.quad 0x0000000000001b90
	.quad 0xfffffffffffa4e4a
	.quad 0x0000000000000301
	.quad 0x8e2708c888d0805a
	.quad 0x7733514deab8e2a5
	.quad 0xc11c1ceffceb7e61
	.quad 0x000000007fffffff
	.quad 0x492fd9caf72f3ad1
	.quad 0xf8b0ff164e50592f
	.quad 0x74bb7b3defb8b384
	.quad 0xfffffffffffffca6
	.quad 0xfffffffffffffdfa
	.quad 0x000000000030de74
	.quad 0x0000000100000000
	.quad 0xa02d0afe9ee0ea89
	.quad 0x01800000
	.quad 0xb0000000
	.quad 0xd5d83806a875ff86, 0x000000013f8e6eca
	.quad 0xc050b8e20cb1aaa1, 0xabec0c3258668ee0
	.quad 0x59b04fda3ffab38d, 0x526d735026ce3b7b
	.quad 0xc392eae480000000, 0x04186d40ff879c5d
	.quad 0x012d579779ea5768, 0x763a89ba89447b4a
	.quad 0x4008000000000000, 0xc0562675cbf342d3
	.quad 0x427000001e9338ee, 0xd4447dcdfff7f691
	.quad 0x64b50ad63d1effff, 0xfff43a418999a33a
	.quad 0xfeddbe97d5a17a3a, 0x800fc08660405acc
	.quad 0xb26c656550ffff7b, 0x2786be2ffa5ff92e
	.quad 0xd5b29eefc5aa7a5f, 0x0032b462f12c4e3b
	.quad 0xaeab86f7bf7bcf20, 0x762ee72f691a56ae
	.quad 0x6f6d335368fffd3b, 0x0e07cd49da75c000
	.quad 0xcffffffeff953fe3, 0x9bfe89e7ffdf5002
	.quad 0x8bd8bfaffffb4180, 0x4dfc0c108fddaebd
	.quad 0x2199d5edd39a78f6, 0x400b4157c6e50b5c
	.quad 0x10d1ce56ba052d8f, 0x72f314dcffc1bbfd
	.quad 0xbffc000000000000, 0x7959d0268d9f73f2
	.quad 0xdb4cba696b359d90, 0xa06477e4b30da585
	.quad 0xfd00e3f9047da3fa, 0x7f80000072bca3a9
	.quad 0xbff828927bf42228, 0x02c903ebb59c784e
	.quad 0x0c7dd864ed5f5f71, 0xa8a1c3c27fc00000
	.quad 0xc01a000000000000, 0x8332bba9ffbc93dc
	.quad 0x4f0000016d2a8b71, 0x7093886a23b8c300
	.quad 0x000000013df0350e, 0x8000000068526a6b
	.quad 0x3ddefe425c111fad, 0x7ad1e2cb00000000
	.quad 0x000000007f9953d6, 0x41ec6d7ed52ec777
	.quad 0x4007000000000000, 0xffd3a8913e7d1811
	.quad 0x40463aebecee40b2, 0x3f000000bcde8883
	.quad 0xffaa754a807fffff, 0x8000000000000001
	.quad 0xc01e800000000000, 0xe1f8e3ddd6e6909a
	.quad 0xc89b7db67ed687d9, 0xc0b80000c1011c1a
seed15:
	.quad 0xb3a2049180098012
	.quad 0xc2247f8b2cc79b38
	.quad 0x00000000003a1a25
	.quad 0x0000000000000039
	.quad 0x0000000000000003
	.quad 0xffffffffff727bb6
	.quad 0xfffffffffffff25f
	.quad 0xfffffffffffffeeb
	.quad 0xe4ac33ce2281397b
	.quad 0xfffffffffffffffc
	.quad 0x6ec983a996a65876
	.quad 0xffffffffffffff08
	.quad 0xdd58af5dd692f096
	.quad 0x4630542c071bc779
	.quad 0xbf5b5afe4d241c66
	.quad 0x9dbbad95ae5c96cc
	.quad 0x00400000
	.quad 0x60000000
	.quad 0xc2624141bfd00000, 0xc02c000000000000
	.quad 0x978884d2e9690107, 0xade108a8bff6f7fb
	.quad 0x80009a9655b5f9ad, 0x3dcdf37fabfb8400
	.quad 0x406b200000000000, 0x800d181cf1e03898
	.quad 0x0000000000000000, 0x1b47704d80400000
	.quad 0x017fffffff93c4b5, 0x72a05083d19528f6
	.quad 0x0fb2f66b1bfdffdf, 0x8000000100ea95ad
	.quad 0x9adcddb03771fc37, 0xc11000007fcacd9f
	.quad 0xbf9e97ef33271c00, 0x7ff0000000000000
	.quad 0x8020a86d69eebb20, 0x3fdc537ad363656b
	.quad 0xffc000007fd5b23d, 0x4000000192655164
	.quad 0x4745bb47fcf6b816, 0x2bbaa6a444b0b4d8
	.quad 0xfbcea9047fbe9185, 0x249fbb46ff93fc00
	.quad 0x531db768b3b654db, 0x4f800001d4c7e827
	.quad 0x6786f408c6f394e8, 0x49c24169fbf3f82c
	.quad 0x7f000000ff800000, 0x0e4c53ed6e45c100
	.quad 0xb117e754ed021282, 0x7071a7993f7a3f9e
	.quad 0x00000000fc3a88bf, 0xe07c0be163d9bf00
	.quad 0x7ff8000000000000, 0xc3e0b0e640b80000
	.quad 0x7ff09f50a7890809, 0x810ab9a19dcac5e2
	.quad 0x407fffff6ee6919e, 0xf936925c76b67b34
	.quad 0x003c1afd43cdfdbe, 0xbfaade5687aae18b
	.quad 0x7ff0000000000000, 0xc000000000000000
	.quad 0xf58ccd4374b92261, 0x26e825d29294a782
	.quad 0xcb288d73c7580000, 0x285f5318434670ae
	.quad 0x5f490a7304921f4c, 0x7f9c955580000000
	.quad 0x73911f9cbc28e6e8, 0x3fef20adafacfebd
	.quad 0x0000000000000000, 0xfff0000000000000
	.quad 0xc25f2a0abde430ac, 0x057ce631ffaad693
	.quad 0x3d197fdb7f9a2780, 0xffe0000000000000
	.quad 0x40224620c31097ad, 0x0020000000000000
	.quad 0xe48df154cd7c2d77, 0xeaaa3b7a64ccd266
seed16:
	.quad 0x001428c65e1d5225
	.quad 0x000000000000038c
	.quad 0xfffffffffd583249
	.quad 0x548145ae78e3eabb
	.quad 0x071b8b7a2eab7d7f
	.quad 0x00000000000003c3
	.quad 0x0000000d9f435f70
	.quad 0xf3da6ed04db3f512
	.quad 0x0000000000000003
	.quad 0x00000000000000f8
	.quad 0x5604e31610f872a1
	.quad 0x00000000000000d3
	.quad 0x0000000000000196
	.quad 0x0000080fac3ea2af
	.quad 0x000000007fffffff
	.quad 0xffffffffffe9ce3a
	.quad 0x01400000
	.quad 0x20000000
	.quad 0xfe8cc53ac20f0458, 0x1938333a71d5dfe3
	.quad 0x8012f8b07df4d68f, 0xb71268557fefffff
	.quad 0x8000000000000000, 0x4a674feddfffef8d
	.quad 0x8000000000000000, 0x40fffffffffffffe
	.quad 0x7f39ca3598a3dd7d, 0xffd410247ffd4652
	.quad 0x2e686af8ffee81fa, 0x13016323ffbf7efc
	.quad 0xc016e7b241baacc1, 0xbfdf400000000000
	.quad 0x4022000000000000, 0x7ef1c2cedaa34000
	.quad 0xd1e54083feeefffd, 0x42efe30a0e7f700e
	.quad 0x81784ac0ef22d7d9, 0xfff9d01f83bcca80
	.quad 0xa7fb36aeb5367b62, 0xc7fffffebfffffff
	.quad 0xf4c88b6f29357cc3, 0xff80000000000000
	.quad 0x0010000000000000, 0x10c59b16bfeffefd
	.quad 0xc019000000000000, 0xbfbcdeaf58f906c6
	.quad 0xf66ed35a0007246e, 0xc60800007f800000
	.quad 0x7ff8000000000000, 0xfd86fe729dfbae1f
	.quad 0x03c2a9f2c47f24c5, 0x43513d6e7fae577f
	.quad 0x9e19baee9781e96d, 0x800000004329894a
	.quad 0xffb27682007fffff, 0x87ae9b50fbffffff
	.quad 0xbfeaca64b19acfb1, 0x0059b1257a523044
	.quad 0x70e13459f1b90600, 0x80e0f88a0ecffac7
	.quad 0xc62cf042fffdfc62, 0xfca77855004f2cd2
	.quad 0x7ff0000000000000, 0x8a493e4e77e1d36c
	.quad 0x44653a22fffffffe, 0xffa8516bfc201004
	.quad 0x00898bc70444ba00, 0x74508a8afff97ec5
	.quad 0xffc00000d9a5ec28, 0xc6b7038563437930
	.quad 0x2ccd0cb7ff7fd4e9, 0xbe360a2d87febc57
	.quad 0x7f80000000000000, 0x403ad620c2400000
	.quad 0xff9c7163ebf91b74, 0xf853083b7aa287ff
	.quad 0x812f89af41000000, 0x5476ba509836f1cc
	.quad 0xbfc8e015921b7472, 0xedc6a46cdfffffff
	.quad 0x7ff2bdd6bf234ce3, 0x7fdc2f42cfffffff
seed17:
	.quad 0x00000000ffffffff
	.quad 0x7c326e2223baffed
	.quad 0xfffffffffffffc3e
	.quad 0x006cfc23ed707231
	.quad 0x000000000000372b
	.quad 0x0000000000008b10
	.quad 0x0000000001000001
	.quad 0xffffffd6a2c97f7f
	.quad 0xf12670a70afc24b0
	.quad 0x0000000000000001
	.quad 0xfffffffe0cd661e1
	.quad 0xffeb34c81e843f51
	.quad 0xffffffff659f9886
	.quad 0x000000005d8830a6
	.quad 0x503cb1436138eb3f
	.quad 0x0020000000000001
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x805462cdcd7ffffe, 0x5ce3eede5da2f580
	.quad 0x7fe0000000000000, 0xb67078025a56d707
	.quad 0x941c0e38bf2cfb7e, 0x4d49859514850302
	.quad 0xcf1560f104c4c7c4, 0xc8800000d2e52c50
	.quad 0xbf89800000000000, 0x80000000c0931a25
	.quad 0xcdc83cab5dc9fefe, 0xfcae74406ec03c30
	.quad 0xbce1e7a197325b06, 0x5ffffffffbeef6ca
	.quad 0xa099e635804d46a3, 0xa19996e94a00aee5
	.quad 0xc033132810c89150, 0xa1239f669bf04680
	.quad 0xe864a1de5f168800, 0x900cb97c802764f9
	.quad 0x58b3338b0511405f, 0x3ef6000000000000
	.quad 0x0000000000000000, 0xbdaaeb68d7b17b9f
	.quad 0xc07b800000000000, 0x0dd75f73434b4780
	.quad 0x407c3adacea9956a, 0x0000000000000000
	.quad 0xd2a29d212ba3aa9e, 0xd8ae1fb6c33ad9f5
	.quad 0x5ec78923f0593508, 0x002796faa53f2f85
	.quad 0xacb03cccc75b30a3, 0x05b659840048e5f8
	.quad 0x80480936b224f411, 0x01fc0d723daaa9a9
	.quad 0x8000000000000000, 0x411e400000000000
	.quad 0x81a34afbf2d9a60b, 0x41fa2fa5d4a50d6d
	.quad 0xbf20000000000000, 0x7621f4a66dfbd500
	.quad 0x13e808ad12d07afb, 0xfe9593c60def084a
	.quad 0x7ff09fc44baa2686, 0x7fe0000000000000
	.quad 0xf6bc71e9f8a3a1cf, 0xc08800008b81580d
	.quad 0xedd47c35896b4905, 0x3f8b6f3bf2afbe88
	.quad 0x4123200000000000, 0x9156f26bfefeef8b
	.quad 0xff9912a2ff800000, 0x43098d5bc080478b
	.quad 0x6350ca1aa0dd79ff, 0xd11173096503ca0a
	.quad 0x4611d5689f2a8c27, 0xfab97ed7ee87d39f
	.quad 0x8000000000000000, 0x7f80000076e64441
	.quad 0x031852421ff5f9b6, 0x4005000000000000
	.quad 0x7e343081ff800000, 0x3e8000003e000000
seed18:
	.quad 0xffffffffe6e4739f
	.quad 0x2b5f31ae050bfdcb
	.quad 0x0000000000000225
	.quad 0x0000000080000000
	.quad 0x6a422148c33646f6
	.quad 0x7fffffffffffffff
	.quad 0xf0a354df89954925
	.quad 0xfffffdcec245e83f
	.quad 0xe8b1b64d82add543
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000328
	.quad 0xfff48086a5ffe957
	.quad 0xe35bfbb6628bad4e
	.quad 0xffffffffffffff9d
	.quad 0x445cb0bdb158b6f7
	.quad 0xfffffefad84d9350
	.quad 0x01c00000
	.quad 0xa0000000
	.quad 0x7ff90c0b965a495c, 0xc24dadba9ffffe48
	.quad 0x0491002fff7b7eb3, 0x3fd0aba47f64e65c
	.quad 0x0000000000000000, 0x143657e6bf31b3ed
	.quad 0x41e0000000000001, 0x3f73ffe95418abc6
	.quad 0xff800000bedb9954, 0xec03e798ff8c8001
	.quad 0xf03476e4f7d9fff3, 0x005a80d47a77bc79
	.quad 0xf355ead2bc440abb, 0x05393b774cf21620
	.quad 0xa748c3bb9a577e2f, 0x91513404ffc00000
	.quad 0x9e70e22de9a87eb4, 0xc0200000804eb734
	.quad 0xb6970000c0000000, 0xbfd1a58b2a478db9
	.quad 0x1a1e92f5b7bf87f4, 0xf2b1d01ec6ff83ff
	.quad 0x3bff53c04f8f8b13, 0x126c97a7ffc00000
	.quad 0x3f990ba67649bc2b, 0x3f0aa00000000000
	.quad 0xbd0d3d7001b32e2b, 0x3d914c80c1d8047f
	.quad 0x81e15fd3b424c380, 0x39c2b22619d60716
	.quad 0xbe800000afe6f70c, 0xf5bb94254a2e3360
	.quad 0x80054e505b493bf2, 0xacead62d751bc8e0
	.quad 0x3ab80a1eb5328b04, 0xcbee9506b2db3bed
	.quad 0x4013800000000000, 0x800c13cca7503984
	.quad 0xbbbcc5265a7ffffe, 0x7f800000df800000
	.quad 0x47844987cf800000, 0x7ff4d71b11b549d1
	.quad 0xdf9718e07fecb8be, 0xcf377813fef6fcc4
	.quad 0xf66b3d9cd852b620, 0xa546f676ff12fcee
	.quad 0xbf74e14d93fe5eef, 0x656ce942ffdff29d
	.quad 0xc58feef54149ff4f, 0x99e562f136b10ed8
	.quad 0x43e1e1a27f800000, 0x058274c8c0800000
	.quad 0x7e298faabb14eb98, 0xcfe6b75cbfdbd4b9
	.quad 0xfff0000000000000, 0x1b50984966fff5fe
	.quad 0x000000017f93a812, 0x475a1bfc7f537d7f
	.quad 0x8000000000000000, 0xa75a7a5a7bee4001
	.quad 0xe13271bb797fbebf, 0x430521367f94f8c6
	.quad 0x1d55f393c61a6f00, 0xff8000009180cec4
seed19:
	.quad 0x0000000000000001
	.quad 0xffffffffffffffff
	.quad 0x000000000000018c
	.quad 0x7fd4973da04f6896
	.quad 0x00000000000002be
	.quad 0xcf8b7bd1c1eb8543
	.quad 0x00000000000000c2
	.quad 0xa7d17dc00304aaed
	.quad 0x6a64f5dde1b8acde
	.quad 0x0000000000000001
	.quad 0x00000000000000a5
	.quad 0x6d631190acb05d28
	.quad 0x95f071ad2feb2b3b
	.quad 0x0000000000000003
	.quad 0x000050cedbb2e940
	.quad 0x000218f6675dd3e7
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x80076f9dc80a8d18, 0x7d7d5673cf045d15
	.quad 0x7ff43e607ffa9643, 0xc047000000000000
	.quad 0x3d9e000080000000, 0x42370206412d4582
	.quad 0x403aae48bc60dbfb, 0x7ac85abaffc08000
	.quad 0xff000000000943bc, 0x7fefffffffffffff
	.quad 0x3db94a877f800000, 0xff8a430971398018
	.quad 0x43702d0400000000, 0x7f8989d0ab3ccb53
	.quad 0x4a966127f7fc5f56, 0x8000000066b5c2ce
	.quad 0x3cf73fe3fefaffdf, 0xff9fd336fff2fb6c
	.quad 0x89736fb980000000, 0x807634bb0dd7219b
	.quad 0x17c94e08ffcefc79, 0xc009671d80800000
	.quad 0x64d35b85bd9969e2, 0x00000000bb800000
	.quad 0xc016420e1ddb8701, 0x4021400000000000
	.quad 0xc1efffffffffffff, 0x440000007ae8cd12
	.quad 0xfff05b5007be1b0b, 0xc7000000ff995057
	.quad 0x8787b1516ffe5fdf, 0xf9733bb6fff7860c
	.quad 0x7679a90244197c00, 0x127c7c6f628d3050
	.quad 0x002fffffffffffff, 0x15ef7e0b149e04be
	.quad 0x42d8f6b0d65e8b0c, 0xc0fc0dc9001a2929
	.quad 0x5ca0a86fa5ebaf99, 0x80000000cf000000
	.quad 0xc017000000000000, 0x47c2a90bc4e80000
	.quad 0xff77ce96ffadea9f, 0x576bb0bd67d7f9ae
	.quad 0x40351ae5e7e76a15, 0xffd0000000000000
	.quad 0xd872b91b48c97e00, 0x472e71fb4007cd52
	.quad 0x7ff8000000000000, 0x7e0904679602955d
	.quad 0x514b7884fc7a34f7, 0x0378dbdacd367e67
	.quad 0x1366954d7fc960b1, 0x32569369c03f0261
	.quad 0xea64d96dfcedffff, 0xfffceb71e8df9353
	.quad 0x7d8bc1ab0ef8c132, 0xd9547e5eb24f53d8
	.quad 0x9c54504aff6df41a, 0xedf5f7e57fd7ab09
	.quad 0xc864e9f62a78bfd7, 0xb5410b8cfdffee1f
	.quad 0x3df478c4bd600000, 0xc0a9800000000000
seed20:
	.quad 0x7fffffffffffffff
	.quad 0x0000000014c9501f
	.quad 0xfffffffffffffec5
	.quad 0xfffffffffffffd79
	.quad 0xfffffffffa2cec8c
	.quad 0x000000007fffffff
	.quad 0xffffffff80000000
	.quad 0x43a7e3675afe5ef2
	.quad 0xfffffffffffffda6
	.quad 0xf8bd5a2a0cfdd831
	.quad 0xf07b528052a1c4ec
	.quad 0xfffffffffffffaf3
	.quad 0x5c64ff52ee60acfa
	.quad 0xd235c266c4fba6f9
	.quad 0x000000000000013e
	.quad 0xfffffffffffffcb4
	.quad 0x02800000
	.quad 0xf0000000
	.quad 0xbc34da762519fe00, 0x4fffffffc0500000
	.quad 0x7f6fa5af7f800000, 0x91d37629dbefecfa
	.quad 0xfe13f5797a7f58c3, 0x8000000143784553
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0x7ab1041780000000, 0x0007ad89b673de9d
	.quad 0x6b427d2cd2f50400, 0x5f7fffff4fbf8e50
	.quad 0x8000000000000001, 0x18250d9edfebffbf
	.quad 0x800d32687fbf2c94, 0x58d31ab1d1ddff4c
	.quad 0x7e8101177a71a134, 0x802a19c3fdb7747a
	.quad 0x9077a625ffa54fd9, 0x7ff8000000000000
	.quad 0xcf800001ff9f2f6e, 0x33083fe5f7deefdf
	.quad 0x4064b96812aabc2b, 0x82a66b4f9946d501
	.quad 0xfff2f3636a681518, 0x7f800000d6260295
	.quad 0x45ffffffff800000, 0xffb68fb2cf000001
	.quad 0x7f83dac24222bd52, 0xbea764cbbe33216b
	.quad 0x61bcde85a5c0412a, 0xbfe2a0de94dff4ec
	.quad 0xbbcf65cc00000000, 0x7e358d99122c498c
	.quad 0xb6d775700f1f2fff, 0xbeb0269800000000
	.quad 0xfea2438e00000000, 0xa96d5120c8900000
	.quad 0xc09000004248d835, 0x0000000000000000
	.quad 0xff80000045a40000, 0xc0154d1aab7f6368
	.quad 0xff800000ffd07f28, 0x7fc0000080000000
	.quad 0xc001ee2611079378, 0x09047a9b43a7883a
	.quad 0x8000000000000000, 0x73c938167f74fd6f
	.quad 0x02463bb5ebcb89ce, 0x6ca3c321feffffff
	.quad 0xbff34bacee30861e, 0x6f9027c9ffc00000
	.quad 0x54924e38c02b5b4d, 0x55ca804cfeffffff
	.quad 0xfe8000005f000001, 0x00b5811ab1e0e395
	.quad 0x43ee07aea4b00feb, 0x40189c4eae0018ab
	.quad 0xd2ff437f558ed685, 0x2ff1947f489b2f8b
	.quad 0x1ab65b34a5a24bc8, 0x4eb4fb9827b7ff8d
	.quad 0x02ff20f58ad34411, 0x7adcc11a0037c300
seed21:
	.quad 0x779e4004f06c145e
	.quad 0x000000000000005c
	.quad 0xbaf8ca8ebb8f0f50
	.quad 0x00000000c8d77d47
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0x0000000000000097
	.quad 0x000000741c8f03d9
	.quad 0x0000000000000000
	.quad 0xfffffffffffffd1f
	.quad 0x0000000f72627f84
	.quad 0xfffffffff575d928
	.quad 0xb74a425f14227bbb
	.quad 0x70dfe248719fa3a6
	.quad 0x0117da218c2080e0
	.quad 0xffffffffe15f75f2
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0x1ea40ebb3d9690cc, 0x0816e32087910e12
	.quad 0x7304f7b8423c4523, 0xff9906acac2707cc
	.quad 0x707c8837fbbe8381, 0x000d32eca83d5b23
	.quad 0x0990424c8f13d017, 0x8000000000000000
	.quad 0x8000000000000000, 0x7ff0000000000000
	.quad 0xadfcf3f3bbdffecf, 0x80000000cd174acc
	.quad 0x3fec000000000000, 0xffc0000084c76a18
	.quad 0xcfba66e7eb219f5a, 0xffc92db280000001
	.quad 0xbf7158af7bd60283, 0x3eb3800000000000
	.quad 0xc097ee7a1c4947c0, 0x9e59e85c7f8d3631
	.quad 0xfff0000000000000, 0x3759a8981c9b2aa0
	.quad 0xfff0000000000000, 0x303a854efe357b60
	.quad 0xfffbacde88f691c2, 0xea185213bd5fb4b0
	.quad 0x7f34152ec6ff4da2, 0x80000000c37eeffb
	.quad 0xbf3326f75d942bfc, 0xb4ae794bffa7e7fe
	.quad 0xc2488ef77effffff, 0xffc000007ee7d5d1
	.quad 0xdf000000ffc00000, 0xde844f2988fd8778
	.quad 0x800dd2bc0208aa83, 0x00ffffffff7fffff
	.quad 0x3fe0000000000000, 0xff93bbd97fc00000
	.quad 0x9bfa1f45b4bb0000, 0x9ac5ec89346efe00
	.quad 0xfffceb886671b3c8, 0x018a36fcc2a9436b
	.quad 0xc00ffffffffffffe, 0x06a96f2451fd7751
	.quad 0x0000000000000001, 0x8d602aec31574380
	.quad 0xc0ab000000000000, 0xb91d18077fdb0578
	.quad 0x3f6a700000000000, 0x7fc0000040000000
	.quad 0xffb6d8f340615f05, 0xbf9f9dbead1d340a
	.quad 0x72fdd47ac2720e66, 0xeb6380b0f915acb5
	.quad 0xfff282286eda750f, 0xff8000003dfb5a21
	.quad 0x1cc73b8764ba5cdb, 0x8202800c7f9e139e
	.quad 0xfff0000000000000, 0xc015e18988e2c16c
	.quad 0xdf000000ff800000, 0xff800000ffb3f11d
	.quad 0x01121f4802f24753, 0x3bfdfe8d7fb383ff
seed22:
	.quad 0xffffffffffffffe1
	.quad 0x9271bd43ea8f7363
	.quad 0x38e2187a22b25e0c
	.quad 0xffffffffe6eed50c
	.quad 0xffe8fea3b8cf319d
	.quad 0xdc0c55e371d33b48
	.quad 0xb79a3d4fe8b15aee
	.quad 0x0571da2c543889d2
	.quad 0x7105a7d32577384a
	.quad 0xfffffffffff42c31
	.quad 0x43b7bcef32e89a65
	.quad 0xffffe11e743f5242
	.quad 0x0000000000000331
	.quad 0x0000000000000301
	.quad 0x8000000000000000
	.quad 0x3274c83b2334f8b5
	.quad 0x03000000
	.quad 0x80000000
	.quad 0x7ff95fdfeecdd6bd, 0xef1da95bfaeb0115
	.quad 0x00d02cd4bf58f679, 0x0010000000000000
	.quad 0x40a80000807fffff, 0xc1e226b2e9ef7a31
	.quad 0x404b0a662e439a47, 0x43f0000000000000
	.quad 0xe35fecdff2f87c50, 0x7cc9141f7a289e02
	.quad 0x00000000001ec7f9, 0x83a3e45c896fa767
	.quad 0x004ecd41ff800000, 0x4cda350bffd3fffc
	.quad 0xf63acdddc8d3c7c0, 0x817fffffc0a2f139
	.quad 0x261978387fedfece, 0xff3f7088017fffff
	.quad 0x09c57addff800000, 0xf22a7366e7effeeb
	.quad 0x808b377ede66ab7b, 0xc02310d800000000
	.quad 0xf242be2b9a37ba39, 0xffefffffffffffff
	.quad 0xfe805f1021aeba5a, 0xc080000087aab556
	.quad 0x51b8e188b7cea083, 0xbf7bb96a70555f4a
	.quad 0xc0681dbeb7f00000, 0x0008000000000000
	.quad 0x7f800000feba8381, 0xbf7025bc4ec57ade
	.quad 0xcf80000100255229, 0x2e0864eac009531e
	.quad 0x3db73082006b59ef, 0x22b633b5b7deff73
	.quad 0x81cb6fc8ff7fffff, 0x7de66b8abb980000
	.quad 0x48b87058430bf3ab, 0x8000000159ffffff
	.quad 0x7f10d853dfd5fc00, 0xe561952705c9bf8b
	.quad 0x76f2c4b77eac686d, 0xb9efc9287e1fdf67
	.quad 0xcaaac1ecffe4636b, 0x6fae87cecfffd5df
	.quad 0x40317fe793316083, 0x8815571bacaacb63
	.quad 0xbeba503240d00000, 0x413ef76b2575e3fc
	.quad 0x4f00000180000000, 0x3df4e23a7f800000
	.quad 0x186489ad88b1cca2, 0x311053fd3a000000
	.quad 0x6ece5db715f6ac4e, 0xfc416db9fffeb10b
	.quad 0xdb4ae512c77ffffe, 0xc00057a628198e09
	.quad 0xc009307773cf7157, 0xc1738312ff800000
	.quad 0x46e6000082c4c64c, 0x00779df541c5d594
	.quad 0xffa81ad09e4a2e4f, 0x3e168da6fff77dac
seed23:
	.quad 0x0000000000000151
	.quad 0x0037e5af8e1ae473
	.quad 0x21f7aee6b788f02c
	.quad 0x0000000000002372
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x040e60be590ddbef
	.quad 0x93b765d6d3581e01
	.quad 0xffffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x000000000000008b
	.quad 0x0000000000000254
	.quad 0xffffffffff9cbb63
	.quad 0x7082ae509771a1fd
	.quad 0x59bfb44f9803b443
	.quad 0xb5046fcc853d2261
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x42f34543cb02f022, 0x00000000c7800000
	.quad 0xf7b3add8270d39ac, 0x000000005fffffff
	.quad 0x6fdf1d247fe221ef, 0xff8f7efe41fece07
	.quad 0x800000005c600ebd, 0x1e093001eeffffff
	.quad 0x6b130b3a7ef2cb5e, 0x426feeaf006e436b
	.quad 0x41640000ffc00000, 0xd4c4140a65b6c901
	.quad 0x6519b0752d144eaf, 0x8894532a7db71fed
	.quad 0x43c9789a3c68ef6c, 0x4023156cff7fffff
	.quad 0x407db27b104d94d4, 0xf1b1047087891c04
	.quad 0x407dbcfc330ffe65, 0x433ffffffffffffe
	.quad 0x40a0000080000000, 0x3cd2b67b4039bbbd
	.quad 0x7ff75be70a7fedf6, 0xff848e6038ffcba2
	.quad 0x8000000080000000, 0xf928f4933fe9b54c
	.quad 0xef1974c373f29fff, 0x3f1a800000000000
	.quad 0xafb409a9c6bdc392, 0x47a00000bf400000
	.quad 0x034532c51fa83641, 0x443c09dafe2d4b07
	.quad 0xffbe435081a1129c, 0x7154c263ba5ea0bd
	.quad 0x1db8dd6e6ac7a300, 0x3b58c07fdf7fffff
	.quad 0xfd276509beff7ce1, 0xbf8000007f800000
	.quad 0x7ddea37c18ad009b, 0x6cadb883bf72d5db
	.quad 0x68806d6180000000, 0xfa62f83dc3400000
	.quad 0x9990f1bef9d344c0, 0x4fbf99b4bfe6e505
	.quad 0x3400785fc5467c00, 0xc3b43ee7ff800000
	.quad 0xdfffffff7dcfa6f5, 0x4700000000ffffff
	.quad 0xf6841fca35a43ddf, 0xc33ffffffffffffe
	.quad 0xff800000ff800000, 0x0000000000000000
	.quad 0x59fffffe46500000, 0x7ff0000000000000
	.quad 0xe22222a281b78500, 0xfff8000000000000
	.quad 0xbfb1a7035ab9166b, 0x383ba675ffe37969
	.quad 0x0cc398ee7ff5f3ba, 0xc1dba52cc061781a
	.quad 0x006a18937f7b5719, 0x8a7e31e3f37a4001
	.quad 0x55df55e183acc910, 0xc153a09312d3cad7
seed24:
	.quad 0x000000000000004e
	.quad 0xa94aa2df707ed5ba
	.quad 0xa275576be173da54
	.quad 0x0000a0de777e8014
	.quad 0x000a2c72da311648
	.quad 0xfffffffb66c48b37
	.quad 0xfffffffffffe4217
	.quad 0x0000000001000001
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x00000000000001a6
	.quad 0xffffb3a8f17f47d4
	.quad 0x7fffffffffffffff
	.quad 0xcbb5e4813b48211d
	.quad 0xfffffffffec9091e
	.quad 0xfffffffffffffe88
	.quad 0x01c00000
	.quad 0x80000000
	.quad 0xbeefc00000000000, 0xff76acb2c0100000
	.quad 0xf226d969997dfdc6, 0x4699137a2dd58000
	.quad 0x01a395dc05dfa47b, 0x8010000000000000
	.quad 0xcc3c2fedcebdafb2, 0x40dd800000000000
	.quad 0x0000000000000000, 0x00025661d5da9dcd
	.quad 0xafec3070ff82fa00, 0x3ff0000000000000
	.quad 0xc1a71820378e5623, 0xb611a95abc1c97a6
	.quad 0xfffb3f7c6f21c610, 0x458ed193def5c031
	.quad 0x00400000bc16ad05, 0x7f8000007001c9e9
	.quad 0xbc0384b2736ac200, 0xfff6552c84a78ea1
	.quad 0xf1045cedffffefff, 0x000000003cc00000
	.quad 0xeba3209d26751bed, 0xbc1d4c137f800000
	.quad 0x316edb468a5be155, 0x7ff3077bfd873a9a
	.quad 0x8b81d4efbf1ce6ee, 0xfeee3672ff800000
	.quad 0x7ff8000000000000, 0x375614966ffc765e
	.quad 0x8000000000000000, 0xe9dc6d92b63ea5cd
	.quad 0xac24dc6a9f674600, 0x35af0fbcbbbffe90
	.quad 0x03095c34b8f9d4a6, 0x9913bcf5cec9fc4e
	.quad 0x4058000000000000, 0x6e5f2cca0ca203eb
	.quad 0xc0ffffffffffffff, 0x7fd0000000000000
	.quad 0xbf70000000000000, 0x41ffffffffffffff
	.quad 0x97cdbd8522f8d327, 0x4fc989b6c0220000
	.quad 0x8000000000000000, 0x3fbadb2f2929e749
	.quad 0x4b0e444f8ef4fe74, 0x9d6b8f9385cb5d0c
	.quad 0xc330000000000001, 0x7ff0000000000000
	.quad 0xc077d19e7dffffff, 0x4023800000000000
	.quad 0x8053b01dbc31e6a0, 0x943c2713746ec321
	.quad 0xfe0a9da84b6c1b21, 0x1a20976bff8f5d9c
	.quad 0xdce1963500bf115b, 0x05f9fa70fedfc7e9
	.quad 0x41e0000000000001, 0xfe9be2017f800000
	.quad 0x6633e32b099af605, 0xae8e588d1e9e5e1f
	.quad 0x3ef2bf5800000000, 0x0157c888cb3b472d
seed25:
	.quad 0x00c1e55d9f750ebd
	.quad 0x4b4497010e0d5785
	.quad 0xfffffffffffffdb5
	.quad 0x9043f58494e59395
	.quad 0x000000000000034b
	.quad 0xffffffffffff5efd
	.quad 0x00000000000003f3
	.quad 0xfffffffffffffff9
	.quad 0xe66036d3197b7dc0
	.quad 0xfffffffffffffe51
	.quad 0xfeda1f376d3ba9a7
	.quad 0x6608bce29b5d40b6
	.quad 0x0000000007d2be5d
	.quad 0x017127dbef6f1b02
	.quad 0xffffffffffc400e0
	.quad 0xffffffff07fb3e73
	.quad 0x04000000
	.quad 0x00000000
	.quad 0x2dac101c864d60de, 0xbdf8b49c4cea4440
	.quad 0x7f99fbf63baee576, 0xbf2e78c980000000
	.quad 0xb9b21c87c89a8000, 0xffb9101d00400000
	.quad 0xd0e5ce3764bf8d79, 0xbfa000008c3a374b
	.quad 0x8038981f8b86f3f9, 0x0b08fc1e85c0d1e4
	.quad 0xc6148585bdffdbbf, 0xc018000000000000
	.quad 0x17ebb75fd76e5de0, 0x7764935ddffce38e
	.quad 0x3f9011d53927ca74, 0xfd725800c28775c2
	.quad 0xbcb73fb73bc00000, 0x96c25e627fd9d570
	.quad 0xfff8000000000000, 0x0020000000000000
	.quad 0xff962cfa49a00000, 0xf58390ce8a5fdc35
	.quad 0xfff65ea792e59c95, 0x3f522fd967e5ba3e
	.quad 0x2fd18ddcd1ee7fff, 0xbcc032f8c1ba509b
	.quad 0x2844a118ae244cc1, 0xbda7b6dec10c0000
	.quad 0x49200000ff8b3149, 0x59eb9a3ff04e253e
	.quad 0xc024000000000000, 0xff933aa85f000000
	.quad 0x69c541f7be5b3358, 0xfff2fbcabf9171bd
	.quad 0x406cb18a92f7e2cd, 0x0000000000000001
	.quad 0xc3888b56da7ffffe, 0xff800000f5247862
	.quad 0x1e4054f500000000, 0x02cf2028a7585514
	.quad 0x394f3b3c71a6d582, 0x80bc57184215b882
	.quad 0x3f71b111b652b02c, 0xed1cc152e3b79da7
	.quad 0x1537cf777feb790b, 0x1bba969ac199fc53
	.quad 0xfce531b118a07531, 0x3d4a00003d000000
	.quad 0x8000000000000000, 0x30706581ffbfff32
	.quad 0xc03a42f0a738e7c1, 0x5583f3c2b07b7cea
	.quad 0xbf73b2e0ffdc664f, 0x7a4909849741e6da
	.quad 0x2bc05824cffffffe, 0x8b514995c0d80000
	.quad 0x8355860c7e800000, 0x00ffffffff800000
	.quad 0x8006220cbb13be2e, 0x40104598d62f8039
	.quad 0x85627f47ffcc8200, 0x3bffa8fc966ebc31
	.quad 0xc017800000000000, 0xc012000000000000
seed26:
	.quad 0xbb27423f78dd4b80
	.quad 0x00cb440d4db2a378
	.quad 0x000000000002cf3e
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x00000000000003a6
	.quad 0xffffffffffffffff
	.quad 0x0000000000000161
	.quad 0x6cbe67b9d4cfcd78
	.quad 0xffffffc58d24ab05
	.quad 0xda67f8f457a55624
	.quad 0xf59898eb72314561
	.quad 0x00003726f39f0fc0
	.quad 0x7fffffffffffffff
	.quad 0x83f6a48c233273e2
	.quad 0xfffffffffffffe36
	.quad 0x00000000
	.quad 0x40000000
	.quad 0xc94ac4559ffd3cfa, 0xa5930e59ddffffff
	.quad 0x3ce992c380000001, 0xc023800000000000
	.quad 0xbfbe726e5aa40fcc, 0x7d2a9562f3b77fff
	.quad 0x40eb3a1fffb9f164, 0x8000000000000000
	.quad 0x3faf2175bd230fa8, 0x3c260000c15f0000
	.quad 0xc78000013f7a0e23, 0x8000000000000000
	.quad 0xeb425228b4eb663c, 0xc33495df02e5479c
	.quad 0x3e6cdcc2a4f77f5c, 0xe05098fbffe7d6f2
	.quad 0xc0f6e70616a27850, 0x800000007fbba8fe
	.quad 0x000cb586eb090165, 0xc110000000000000
	.quad 0xffd0000000000000, 0xdb4f5c19b0b473c2
	.quad 0x10bc51bcf336fc00, 0xc2bb80003e2b80a3
	.quad 0x9778449dffffaebb, 0x000000005fffffff
	.quad 0x7fd8f08ae9c70bc5, 0x4080000080000000
	.quad 0x6f9b2a20bd015098, 0x43bad8467fc499e8
	.quad 0xe525b2180bc47c00, 0xff396fabc2192471
	.quad 0x003a8c3de3c2c682, 0x3d1339e1911e0196
	.quad 0x41c260bec029a665, 0xbfb52a8e9901aee1
	.quad 0x80000001ffe0c162, 0x04936a76800911e5
	.quad 0x80184e89c8300000, 0x2aa2002ef0226a68
	.quad 0xfff4ef44ffa9848e, 0xc142796e80ffffff
	.quad 0xfff0000000000000, 0xc95199bbbd7ba85b
	.quad 0x7d15ee15ef6cb177, 0xe5489627c3dc2b15
	.quad 0xc0080000100d17dc, 0x56570678cf7fffff
	.quad 0x74f9a9837fc7efdf, 0x01e9e0e715c5ea0e
	.quad 0x98a0e715d9800001, 0xfff0185261c2ff23
	.quad 0xbfead57ddb07ac5a, 0x18ca67f37fafbcf7
	.quad 0xc00167217ff458d0, 0xc1dffffffffffffe
	.quad 0x7ee1932345caf9bd, 0x4020531865c49e43
	.quad 0xa642c5600648c3b8, 0x0c3257ea0016bdc8
	.quad 0xe5001bc4ff1d0bdf, 0x40e463057f8a885b
	.quad 0x3f83681bf859d2a3, 0xc099ab7600000001
seed27:
	.quad 0x00000000000002ca
	.quad 0x160b2cbc6552ce1d
	.quad 0x0872ee83683422ee
	.quad 0x82337471d83957e9
	.quad 0x0000000000000267
	.quad 0xeb69ccfab31ea4fc
	.quad 0xf49dae689e9b252e
	.quad 0x000000000538b896
	.quad 0xfffffffffffffcab
	.quad 0x0000000000000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000221
	.quad 0x000000000000013d
	.quad 0x00000000000001a1
	.quad 0xffffff972810238b
	.quad 0xffffffffffffff0c
	.quad 0x02400000
	.quad 0xb0000000
	.quad 0x8208291172d3ffd6, 0x373ecb9ee0f7fad8
	.quad 0x3d51cb265afe2f65, 0xecc2b1d800000000
	.quad 0x0000000000000000, 0xa59b724d6baffe00
	.quad 0x32f46316baf2319f, 0x7ff9f2988d728fdf
	.quad 0xc0343db2b71e0c0d, 0x4016800000000000
	.quad 0x7f2ede0ebceec32b, 0xc340000000000000
	.quad 0x00088d25bbf8ca2a, 0x3e0851ed6210fe76
	.quad 0xa4fd2149759efe00, 0x888b23640749fc00
	.quad 0xffdf970e75559627, 0x019c0de96db8e88f
	.quad 0x6f4d80adfe9cc4b5, 0x3f580000242d80d1
	.quad 0x80000000017fffff, 0xe718738dc2feb3e7
	.quad 0x3fb4000000000000, 0x7de0a343f85c76dc
	.quad 0x4885c4952e44604a, 0x026524ed8eb0b154
	.quad 0xfff0000000000000, 0xd42ecf81ffde5570
	.quad 0x8fe3b07dbc572cbc, 0x38fe388fba77099d
	.quad 0xe491ab26bfedef50, 0x0000d6919ee56406
	.quad 0x00068fa98dc2eab7, 0x7f87d873c075ca4c
	.quad 0xebc6eb593d7ece8e, 0x7fc0000080000000
	.quad 0x6a4ae54fd9c703dc, 0xb55989c77fa2bdd9
	.quad 0xdd948ea0285d0720, 0x3483b044ffbe3091
	.quad 0x64ae25f95f8d810f, 0x41a8bdf8ff7fffff
	.quad 0x7ff8000000000000, 0xb5777f33228bcdaf
	.quad 0xff800000daa1f3b6, 0x8007ac0fc3912d38
	.quad 0x5657ed81f41cfdab, 0x76c0e704ffe7cffe
	.quad 0x47000001c0d61669, 0x82c792837dfffffe
	.quad 0xc64d48e6507fffff, 0xbf00000041960000
	.quad 0x9a6a2905ac8c6e88, 0xc0505d2e12100392
	.quad 0xc0d80000409c0000, 0xbfb7073981da63e7
	.quad 0xff81186b7effffff, 0x7ff2b4f9f93aeb30
	.quad 0x40a80000c1292335, 0x7cf4a7f9a2cdfdef
	.quad 0x8000000000000000, 0x6fb7c33d24fcfe00
	.quad 0x4f0533a2f4ec0007, 0xd9d159443ffb7edf
seed28:
	.quad 0x0e38b066147916fd
	.quad 0x8000000000000000
	.quad 0x21a8d1a693a292d0
	.quad 0xffffffbb6d601c05
	.quad 0x0000000000000261
	.quad 0xace651e2960be6a8
	.quad 0x0000000000000000
	.quad 0x000000000000035f
	.quad 0x0000000000000001
	.quad 0x0fcd7015c0aa9fa5
	.quad 0x0000000000000001
	.quad 0x000000000000011f
	.quad 0x8000000000000000
	.quad 0x00004506f180dd2d
	.quad 0x7fffffffffffffff
	.quad 0x0000000001df5e3d
	.quad 0x01c00000
	.quad 0xe0000000
	.quad 0xc0ef44c77effffff, 0xc0170000ff800000
	.quad 0x141878c6ff9d71b6, 0x000000009dd5c012
	.quad 0x7ff0000000000000, 0x9aa58b2850334b0a
	.quad 0xfdadedfc4323147d, 0xe73cb7afd339baed
	.quad 0x7ff8d20c9512d4b5, 0xc3f0000000000000
	.quad 0x7ff5955a576eb272, 0x04ab2d4beb7e59b4
	.quad 0x7ff7e20a7f800000, 0x34c9bdb2de4e4400
	.quad 0xf3041383fff77978, 0x3fd1bad9e81e7ab4
	.quad 0x95f9d7cb04d307ff, 0x374de6d26c854f9b
	.quad 0xbf8000007fde9764, 0x625c22d332a6c7e0
	.quad 0xc289bc64c1ce4f0e, 0xc008372e80868b22
	.quad 0x5ef35e1c12aca738, 0x7f7d8465ab34bd13
	.quad 0x7f800000c2134e4d, 0xc6380000898f486e
	.quad 0x3fd8cc185411d032, 0x80000000be3bb841
	.quad 0x48f6d332fef4f93d, 0x8054bb8a7fc61e66
	.quad 0x7ffb0ca3d950bc99, 0xc08d6a26968cbcf2
	.quad 0xfff8000000000000, 0xbbe30629fc7df9e7
	.quad 0x4fc3c0657f800000, 0xc0effffffffffffe
	.quad 0x40100000365c0000, 0x76735ec87576c749
	.quad 0xff80000041b934ab, 0xdd139e15b5c84280
	.quad 0x7fa2fb8500000000, 0x8000000000000000
	.quad 0xc37e6298bea4a353, 0x800e7b18ffb30695
	.quad 0x7fba79285f000000, 0x3f4d300000000000
	.quad 0x7fa464fc6cbfd608, 0x0dd95cc8c7b941fe
	.quad 0xa86f7b6a526b80ea, 0x7fa6a1b9f0331c92
	.quad 0x7ff0000000000000, 0x43f0000000000000
	.quad 0x88ea5c288052ed0b, 0x8000000000000000
	.quad 0xed1c14f50bb43e6f, 0x1e6362038df7ce58
	.quad 0x35978cb46feefc8c, 0xfff8000000000000
	.quad 0x7ff709a2c2812bd3, 0x80800000ff800000
	.quad 0x5381e42353ef73ff, 0xc00c000000000000
	.quad 0x00000000b6468f5d, 0x7ff8000000000000
seed29:
	.quad 0x00000000000000d4
	.quad 0x0020000000000001
	.quad 0xd1803b66050e38c0
	.quad 0x00002064f81daf81
	.quad 0xfffffffffffffe73
	.quad 0x0000000000000ff4
	.quad 0x000000000018ff0d
	.quad 0x1bcd52b98a7c7a25
	.quad 0x016ac18ce08146ba
	.quad 0xd3ccb5ff46540040
	.quad 0x059448214ed80c03
	.quad 0xffffffffffffffb0
	.quad 0x91fdab67208ab432
	.quad 0x5d91b78f2c4695ab
	.quad 0x0000000000006b5a
	.quad 0x0e90d35b0f47b90d
	.quad 0x06000000
	.quad 0x20000000
	.quad 0xff800000ffc8b435, 0x404516dc09397bec
	.quad 0x4ff8bfe2fff81898, 0x7f5f834528302720
	.quad 0xc01a000000000000, 0x270b4acac871486b
	.quad 0xbe0000009baa37c0, 0xb6c6f70dffcffd1d
	.quad 0x9f678622fffdcbff, 0xae496971cfeffeb9
	.quad 0xbfd462e328a18547, 0x7ff0000000000000
	.quad 0x3ec00000ff800000, 0x4054d611eea46898
	.quad 0x8f1084832d137e00, 0xf0e6070bcc829235
	.quad 0x018db4f660742eb1, 0x8000000000000000
	.quad 0x7ffe7c729e125770, 0xb8d03530251d8000
	.quad 0xcef3ea150ce57bb4, 0xa7126d08f779a74f
	.quad 0xa0db2b897ff02986, 0xff8d76af873bfa20
	.quad 0x0000000000000000, 0x2977a300a6198200
	.quad 0x41bbb0a8ab1ed847, 0x7ff8000000000000
	.quad 0x7f9081682969bc0d, 0x5551872b175c5c7a
	.quad 0x166431fcd86bdf7b, 0x9619ed9880000000
	.quad 0x7fd312cac165c6b6, 0xfffa85199eef78f1
	.quad 0x4039be12ff542ba8, 0xff8df1e87fc00000
	.quad 0x3f1261d840880000, 0xa66343f5adc43a9a
	.quad 0x6ed75e65ffba8488, 0xffa5137240b80000
	.quad 0x35bcb3cef47ce954, 0xc4f70000c33ead02
	.quad 0xfff0000000000000, 0x545e7e5ed9800001
	.quad 0xacf6a745bdb17e9d, 0x4070000000000000
	.quad 0x7ee39107c7bb4e83, 0x1a7450182c377cee
	.quad 0x41ffffffffffffff, 0xc778941c1c798efd
	.quad 0x96f5d7e3e8deaa4d, 0x4014000000000000
	.quad 0x7e6d6b707f99df01, 0xe23bbf7631726a0a
	.quad 0xb1b802e2ce5df17e, 0x207ef902f3fbf6bb
	.quad 0xcacf39a5c0840000, 0x7f4bbec36a2267d2
	.quad 0x00000000c317eb70, 0x0040000049c00000
	.quad 0xbee63ca53fa0d90d, 0xc045597322f80905
	.quad 0x04893f042dd26939, 0xbcbfa4a244400000
seed30:
	.quad 0x08bd3687e288d7fb
	.quad 0x000000000018534e
	.quad 0x00000000075f2329
	.quad 0xffffffffffffffd3
	.quad 0x0000000080000000
	.quad 0x5e1fe1a186578d4a
	.quad 0xdd8d7fa11f51dd54
	.quad 0xfffffffffffffc4f
	.quad 0xffffff2d5c96d873
	.quad 0xd6d3e313be831352
	.quad 0x0000000000000000
	.quad 0xfffffffffffff375
	.quad 0x0000001383e1c285
	.quad 0xb644979eeda61887
	.quad 0xffffffffffff81b4
	.quad 0x0e3ac19a1d02aae3
	.quad 0x01400000
	.quad 0x50000000
	.quad 0xdae000cedabdf6fd, 0xc0d80000a09a3357
	.quad 0x4010000000000000, 0x8000000000000001
	.quad 0xa2161f177dbddda1, 0xff8000007cae3a82
	.quad 0xc04bbdbd7fb2986a, 0x7ffb95911940bae2
	.quad 0x24e49c395fddfbfe, 0x3cc07d4c81c14b85
	.quad 0x401a000000000000, 0x40f00000807db178
	.quad 0xa759219b569db074, 0xc51f0fc12e78509e
	.quad 0x546ed05cff7fffff, 0xfa4dd91f7fc00000
	.quad 0x0083914b7fcdb116, 0x8f87e0648c2a5230
	.quad 0x31def89f5c22784c, 0x3f14000000000000
	.quad 0x4000000000000001, 0x02b4c9cef489d0c9
	.quad 0xbcc80989ffc00000, 0xbfb8dd51d07d3068
	.quad 0x841ac223f7b85115, 0x411c000040200000
	.quad 0xb2d8b0b9036b0c11, 0xf943f1249281272c
	.quad 0x0d1b8ebe8006d3ae, 0x8e0f0659dcda6615
	.quad 0xff9236d53d75c057, 0x017af4143b590000
	.quad 0x7f800000eef2a6f2, 0x7ff8000000000000
	.quad 0xbfa21926cb1b03ea, 0x3c132fa1b7100000
	.quad 0xbfe00000da000001, 0xbfcf301bca07c221
	.quad 0x3463b2b2b6edfc3e, 0x0e6a51cd7f73fbdb
	.quad 0x7fcb41177fe4950e, 0x8658114d9c477cb5
	.quad 0x725dba39fccfff7f, 0x3a375c4a32adb81a
	.quad 0x6e03208e4befffff, 0x800000007fdc1a35
	.quad 0x81b4398d484ee3a7, 0xdfcae60128648000
	.quad 0x8000000047800000, 0x1f811f1fb86978a5
	.quad 0x4069338a053a0f31, 0xffe9872d42d1d1d1
	.quad 0x4058d49a1e742561, 0xbfff4fa25150fd29
	.quad 0x0fe67ae23e000000, 0x5f9a9b086ba36840
	.quad 0x0000000000000001, 0xc2734d9fb5892014
	.quad 0x0000000000000000, 0x0d8661c47fc00000
	.quad 0x7f044dfa9af07c00, 0xc2cee4f35a7ffffe
	.quad 0xa22b84a8e31d8e44, 0x4920000040e00000
seed31:
	.quad 0x00000939f0a9faba
	.quad 0x58fe4c9cee226166
	.quad 0xd426d0872d570d91
	.quad 0x0c865a008abe23ea
	.quad 0x9e0abf5cb82bf183
	.quad 0x00000098fc0d502d
	.quad 0x8a9cbf86d87fee47
	.quad 0x0000000000000178
	.quad 0x0020000000000001
	.quad 0x88232eacbf4baeb8
	.quad 0x000000002a2eba9c
	.quad 0xffffff1c2039eae6
	.quad 0x0738aaeb0131d8a3
	.quad 0x0020000000000001
	.quad 0x0000000000000000
	.quad 0x00000000041b5095
	.quad 0x05800000
	.quad 0x30000000
	.quad 0xbf7ced1f10c686b4, 0x800000017fc00000
	.quad 0xc0324ba436367d7b, 0xf7e03bd7872dff1b
	.quad 0x0000000000000000, 0x3d14f33afffffdbb
	.quad 0x3c5944aeff9f5e73, 0xfb33ac3f0b4efc00
	.quad 0x802cecded15abc62, 0xbf4000003c324e22
	.quad 0xbf306c65b891de8a, 0xfff70e777a4abf2a
	.quad 0x41ee785932fe087c, 0x8000000000000000
	.quad 0xfd1bb067ff7fffff, 0x8000000000000000
	.quad 0xc1e0000000000001, 0x002fffffffffffff
	.quad 0x3ffb2c3bf4bff2ca, 0x474c4f3c371c0000
	.quad 0x45fc8a1cdfee4ff5, 0xec25a5edc7bdc780
	.quad 0x3e3b8c087f031142, 0x644ec5b1ffb00720
	.quad 0xc070000080000000, 0x7faa2d7a3e838000
	.quad 0x8d86635334b707ff, 0xff8000008daabf24
	.quad 0x6050a82329128000, 0xfff03ebfea2ecc77
	.quad 0xd481f694a2c3a7d0, 0x9a80e219fd2c1eba
	.quad 0x1a047a4ac918a726, 0x43a0df124f000001
	.quad 0xa28aa09ea2df174e, 0x6e7d55327fc86668
	.quad 0x0008b4a8765091b2, 0x8194ee201904d99a
	.quad 0x98c74f8f7fc17edf, 0x401f000000000000
	.quad 0xc07fffff411c84ed, 0x8352e17830868000
	.quad 0x43863c543d7ce73a, 0xfff0000000000000
	.quad 0x3fdb64a9dd8db3c7, 0x8941e0f73e9b5f7a
	.quad 0x68907ef0ce3140b3, 0x7f52a27cb2deeb5c
	.quad 0x002fffffffffffff, 0x2fff898aba5e5819
	.quad 0xba40000040c20000, 0xbdc4bfb92b72fe7a
	.quad 0x7f1545f9ce058699, 0x70ea629036e9fe00
	.quad 0x416c00008cc0e8ea, 0x4098000078d9da14
	.quad 0x405978a691f4bafd, 0x5465c653dc263825
	.quad 0xbc220000438dd060, 0xbeee000000000000
	.quad 0xfff3bc9f47d1f686, 0x40efffffffffffff
	.quad 0x800f5bd39131e8f2, 0x80121c3275c53bee
seed32:
	.quad 0x0000000100000000
	.quad 0x4a7f846295e10b36
	.quad 0x952d06c0766bfbc7
	.quad 0xfffff852044e43bd
	.quad 0xfffffffffffffd5f
	.quad 0x0000000000000000
	.quad 0x000000007d93b354
	.quad 0xa57f4912d8f0b9e7
	.quad 0x0000000000000304
	.quad 0xffffdf2656309c73
	.quad 0x4a56bb23c51549ff
	.quad 0x5a90e723cde4f9e3
	.quad 0xffc96ffcde4783d2
	.quad 0x81bfbc95f00d53c5
	.quad 0xc23c55eb23eff414
	.quad 0xb4efeaa73ec22410
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0xc06000003e4a960a, 0xb1eb57e1013efc00
	.quad 0x6e2dd47b8c6d7eb8, 0xc019000000000000
	.quad 0xfffba5167209afce, 0x51df70d096834e7c
	.quad 0x4d8d794dff9ef7ff, 0x0000000000000000
	.quad 0xc36c80007cf301d0, 0xffaa9585ffadf9e1
	.quad 0x54199d5c08c58200, 0x00e1a611c3a72a74
	.quad 0x93feb14b003c12b6, 0x485000007302bdd6
	.quad 0xffc84da180461608, 0xfffadfc4ebb3b088
	.quad 0x088e829070c74200, 0x4000000000000000
	.quad 0xf7ed95cfc2d4af43, 0xbd4f7cdf35573d5a
	.quad 0x8008000000000000, 0x00000000e9ab42d9
	.quad 0x7d92cf407fb1fce5, 0x00091fd3feffffff
	.quad 0x7f781f006f03dbda, 0x3bc00000ba700000
	.quad 0x2a884796c79d1a4b, 0x0f54829820537c32
	.quad 0x0f172a4bb6ed7ec8, 0x6a6a4ffde57fae7f
	.quad 0x41f0000000000001, 0x7f834a6dff9cca11
	.quad 0x3fe659bfcc60a4fe, 0x48777cf31450f553
	.quad 0xabb76ed53f3dc7c2, 0x81379df4d6800000
	.quad 0xfee500368e8d0889, 0xe3aa35dba0dca8d7
	.quad 0xdc2dab537faa73d5, 0xd7fee84d226d548a
	.quad 0x30974edac1040000, 0x3fb03d859fe9c0ca
	.quad 0xc0e00000ffae31e2, 0xf1723063da7ffffe
	.quad 0x7fdfffffffffffff, 0x19957ef3874b1c4d
	.quad 0xc8610ecbdf7ffffe, 0x1799f2acff800000
	.quad 0x8000000042650dc8, 0xcb16333ba2b03645
	.quad 0x000993c0c4c2ad27, 0x1df08d7dd9ffffff
	.quad 0x829cc707877b0000, 0xdb040d876bffffff
	.quad 0x457fffffda7fffff, 0x7ff0000000000000
	.quad 0x80fffffffff8a70c, 0x3effe00000000000
	.quad 0xa13dc2e0291bfe00, 0xffc8a77973a74338
	.quad 0x4007000000000000, 0xf03722690019bd25
	.quad 0x7de80c6a3c5cc893, 0xfff8000000000000
seed33:
	.quad 0x0000000000000003
	.quad 0x0000000000000001
	.quad 0x00000000000003ad
	.quad 0x0000000000000049
	.quad 0x86e07a125f05bedd
	.quad 0xffffe32177fc66ef
	.quad 0x86a9cf93dc0a187c
	.quad 0xffffffffffffffe9
	.quad 0x0000000000000231
	.quad 0xfffffffffffffe9f
	.quad 0x000000000000000d
	.quad 0xfffffffffffffff4
	.quad 0x00000000000003b2
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0xbf09292319096e7b
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xc1e7195b2ff6bcbb, 0x5d31a3d18abafc00
	.quad 0xd9a6a704baef57fd, 0xd2fb1cf9dba70500
	.quad 0xcff3cc0db70930aa, 0x7fa3bf23d9800001
	.quad 0xfff0000000000000, 0xfe39bee5bd56267d
	.quad 0x800fffffffffffff, 0x8000000000000000
	.quad 0xdf9613f43d4e0fb7, 0xc110000080000000
	.quad 0xfff8000000000000, 0xff80000041480000
	.quad 0x800c8cb13dbadd18, 0x7ffc5c8a8012ad06
	.quad 0xd8baf1dce3b2e360, 0x5fffffffb7960000
	.quad 0x42410eafcaeb3e20, 0x22a5216dfffffde6
	.quad 0x9a4b7e77ffef0933, 0x7f800000f089cbf0
	.quad 0x69ada4758812c000, 0x40080000c0effe6a
	.quad 0x7effffff952f5587, 0x4f00000139400000
	.quad 0x3fab4cad79dc0104, 0x3e82a03cfff7d570
	.quad 0x84da2f5e037e3d80, 0x98609efd305c7bd8
	.quad 0xfee23c43d9d569b3, 0x2f1a26ec7ffffdde
	.quad 0xbfe30f2044e09dab, 0xbfe4000000000000
	.quad 0x0000000000000000, 0x007fffff3d7a03be
	.quad 0x8000000000000000, 0x7ff07779ff800000
	.quad 0xfffbc8e4ed21e554, 0x3fa619b0bc034dbb
	.quad 0x80000000bfb17b35, 0x45340000d62341bf
	.quad 0x92b317c6defa156a, 0xf82bc3a3ffdeffcc
	.quad 0x42ad36c484c2c7f5, 0xbff4000000000000
	.quad 0x81799e6e1b4e47fe, 0xff8000007fc00000
	.quad 0x000000007ecd91b5, 0xbf2a7145fe914218
	.quad 0x2c135e2468e5e376, 0x00000000807fffff
	.quad 0xc5080000ff800000, 0xb76c83e67c395b5b
	.quad 0x7e77aaa840532acb, 0x7ff0000000000000
	.quad 0x4340000000000000, 0x407ffffe94d44e76
	.quad 0x27a5286576bf7fff, 0xa0f1150ef32648eb
	.quad 0x8000000080000000, 0x3f90c59b80000000
	.quad 0x7ff0000000000000, 0x0ed19a87fff20800
seed34:
	.quad 0x63c1ef3d2b7d2b2c
	.quad 0x0000000000000033
	.quad 0xffffffffffe5feba
	.quad 0xffffeca6e42a361c
	.quad 0x44de3e4719e66f9e
	.quad 0xe9a26e8c37fde14a
	.quad 0xb71dce17b2688c50
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe1b
	.quad 0x8f4df56accb28345
	.quad 0xfffffffffffffcca
	.quad 0x0000000faa7ebf5f
	.quad 0xfffc408fd303351d
	.quad 0x0000010f1914b912
	.quad 0x0000000000000192
	.quad 0x00000000000001c6
	.quad 0x00400000
	.quad 0x90000000
	.quad 0x2d272f6ba72e7c75, 0x0a05e5727238944b
	.quad 0x76f53beabe6ec7a7, 0x80000000409533f7
	.quad 0x6bbe0a1e503240f4, 0xee6df1d17d4041ef
	.quad 0xffed3bdf3d380000, 0x677c0b42e45afb89
	.quad 0xc34a53a7833a70bb, 0x3f32000000000000
	.quad 0x7ff593e3dcfa7f51, 0xfff8000000000000
	.quad 0xfff8000000000000, 0xc3f0000000000001
	.quad 0x4004000000000000, 0x801c551205dc9656
	.quad 0x98e5a81914d74540, 0xb84400008317b8ba
	.quad 0xf0910121bcbe0019, 0xf972a54fc9657c00
	.quad 0xff838b37ff800000, 0xc0170930228bb27a
	.quad 0x4b31e107f7fb8291, 0x386e58e0febb75bf
	.quad 0x48d205e26e8d4400, 0x47af959a1d510751
	.quad 0x94adf2e130f8b7e2, 0x595f19da3e3af8fd
	.quad 0x3ff0000000000001, 0x41e71f83bfb40000
	.quad 0x3fb6af41702cad4a, 0x596649b0ffbfff7f
	.quad 0xd269de403d9a05e7, 0x7ef3c531ff44ed6c
	.quad 0x821322c7913e8800, 0x1aad67f2dffffffe
	.quad 0x02cf863bba8d08a6, 0x3ff0000000000000
	.quad 0xffb08bb7c015e6c3, 0x7f9c563204074a4c
	.quad 0xc0d800003f9ce116, 0x87043c75c4f77801
	.quad 0x6f4b4820dfe6dbff, 0x7e35431ec1506c57
	.quad 0xbfb309e3af608597, 0xbe40000046000000
	.quad 0xc3120480fec6f9c5, 0x3ff0000000000000
	.quad 0x515c3552ba93fe00, 0x602f793ebfffeff3
	.quad 0x1667df447d5a02b5, 0x405000007f800000
	.quad 0xbcdc9f35a7fc0200, 0xc70aa06184763ce9
	.quad 0xbf8b1294fcc745b3, 0x7f7fffff7fc00000
	.quad 0x0000000000000000, 0x00ed867b2becbdce
	.quad 0x1735285e55a4fff4, 0x2019053db266fc00
	.quad 0x3f77a694cffffffe, 0xc340000000000000
	.quad 0xbfa4bebddec4e8f6, 0xc26a8cdf3d0703b0
seed35:
	.quad 0x7fffffffffffffff
	.quad 0xbe9287d427a88401
	.quad 0x8b95be438941424f
	.quad 0x00000000000003d3
	.quad 0x0020000000000001
	.quad 0x2a8f9d9f55cc1334
	.quad 0x7fffffffffffffff
	.quad 0x53597754abd01c5f
	.quad 0x1f56302dbaacfb4a
	.quad 0xffffffffffff511d
	.quad 0xffffff05c329991c
	.quad 0x0000000100000000
	.quad 0x0d5786c7efca192c
	.quad 0x0000000001a4b817
	.quad 0xfffffffffe252c7c
	.quad 0x00000007dfe74c54
	.quad 0x06800000
	.quad 0xe0000000
	.quad 0x4010000000000000, 0x25e79f5fdb082427
	.quad 0x3ff8000000000000, 0xffc00000df7ffffe
	.quad 0xf38a18caf6129ce9, 0x7ff3f769baa85b90
	.quad 0x439a7cb07df73808, 0x000a7adc3c800000
	.quad 0x7ff1019ec5bb1d9b, 0xdfffffff7f8e6536
	.quad 0x7ff6e33edd449e5c, 0x3f4f800000000000
	.quad 0x4f7fffff80400000, 0x0000000000000000
	.quad 0x0072b61159fffffe, 0x3ff0000000000000
	.quad 0x3f9da0d3500232bf, 0x0ac392a15f1ae9df
	.quad 0x800290d437f62ba4, 0x5478798faa757cbf
	.quad 0x8000000000000000, 0xe75463d8fff9d8e6
	.quad 0xe26ff5760effffff, 0xff800000ffa5c8d5
	.quad 0x80057e5c2cb3016e, 0xd8b4edf101000000
	.quad 0x01000000ffec59f9, 0xff8000008bf4028c
	.quad 0xc8702b48cfbde640, 0xc32c7a7f43a00000
	.quad 0xbc83cf4cc0164c46, 0x57e412aa590400df
	.quad 0x22c64282b6a23e00, 0xfff0000000000000
	.quad 0xe11b3851bf91f761, 0xed78f169f7447e00
	.quad 0x7faf1b380154f833, 0x7ffad42cc3e12b4c
	.quad 0x003b18bab9700000, 0xe85ae7759e82dbc6
	.quad 0x19f6c9b4c2d4c37a, 0x55ac44af78a83900
	.quad 0xbfc51ce7bec8d44b, 0x86278c8ab786b57a
	.quad 0x00df0f15fff07c00, 0xd171e17cff7fffff
	.quad 0x4113e72a9e44c570, 0xffc00000cf000001
	.quad 0xbf866dbfb3e36c21, 0xa58e1e96da9d94ab
	.quad 0xb2c7bb73405db387, 0x03647ee8fe558611
	.quad 0x0066aa0b9412fc05, 0xbfffffff42def39e
	.quad 0x40a000009d6f832b, 0x3f6060c8cf800001
	.quad 0x4a994051ffffffff, 0xaed822dbd6887e00
	.quad 0x6e1385f85a854780, 0xb94f0000bfffffff
	.quad 0xbfe000004121162c, 0x6ffba204fb88a3d2
	.quad 0x1436f5fc42e87a1e, 0x794a8be3b9c84440
seed36:
	.quad 0xb6247d5c90ecaadd
	.quad 0x00000000000002c6
	.quad 0x13ead47349f2e3d1
	.quad 0xfffffffffffffd97
	.quad 0xfffffffffffffe2f
	.quad 0x0000000000000128
	.quad 0x007085e799be3fa6
	.quad 0x0000000000026ceb
	.quad 0x0020000000000001
	.quad 0x0000000000000056
	.quad 0x0000000000000000
	.quad 0x0f3f997b24cd306c
	.quad 0xfffffffffffffdf6
	.quad 0xfffacb3d7fabb6ce
	.quad 0x00000000ffffffff
	.quad 0x0020000000000001
	.quad 0x04000000
	.quad 0x90000000
	.quad 0x6d47ec81421abdbc, 0x9fa44dfb46f5bfbe
	.quad 0x1a5ebf00411c0000, 0xb5a69060fffbfd2a
	.quad 0x175a5add3c14eb6e, 0xfbaa8138ff5efc0e
	.quad 0xdc494ee99d4afc31, 0xa4a3109bf7f9fd2b
	.quad 0x7ff0000000000000, 0xfff0000000000000
	.quad 0x4024000000000000, 0xc024000000000000
	.quad 0x00000000c3323ca6, 0x5a77d66840f9ffff
	.quad 0x92828c43c7dff955, 0xb5a2677fdfe73ff9
	.quad 0x7f2afe4cffce9ece, 0x5b8f7fc789d9f728
	.quad 0x3df8c6e86067ea1a, 0x3de29963920c8a65
	.quad 0x0b2f86130fc01060, 0x3ff8a24428138c5e
	.quad 0x0e97e66b9ef6875f, 0x5885d93dc5880000
	.quad 0x0f911182ebca5fea, 0x0000000000000000
	.quad 0x158bb9d5a6699865, 0x70eadb6f80000000
	.quad 0xc073a3abf6265f23, 0xbfe771b774b3fc6b
	.quad 0x0000000000000000, 0x3c7f9783bcddc9ce
	.quad 0x46e99f62ca2ffbee, 0x0aa31cd1f53e5fdf
	.quad 0x7ff0000000000000, 0xa479a5219e590001
	.quad 0xcffffffe7f9eec33, 0x40747dbe0846b413
	.quad 0x40f0000000000001, 0x000002c8cf34a7b7
	.quad 0x7e5fe3e753a653a2, 0xff845d84cfd208fc
	.quad 0x4000000000000000, 0x2539702a39f73ba8
	.quad 0x0076a7e300383d52, 0xc0cec7247f800000
	.quad 0x4002000000000000, 0x8b269fd913022051
	.quad 0xc17ecab3bf6089d6, 0xbed167167c67cdfc
	.quad 0x97276e90eccbfa94, 0x8000000000000000
	.quad 0x435ff556ffeafb21, 0xf994b06cfff44711
	.quad 0x3fa0000048c9b078, 0x797c8f0fffc00000
	.quad 0xe08c058f35b5bd62, 0xbf72264c6ca5c66c
	.quad 0xff8eae60bf000000, 0x7eba734d77cc33ce
	.quad 0xff973cc380000000, 0xe9e583d240157c4c
	.quad 0x435974440046f2ce, 0xb9b01308d2fbfd85
seed37:
	.quad 0x0000000000000b44
	.quad 0x76333e4dc3186b4a
	.quad 0x0000000000000032
	.quad 0xfffffffffffffca3
	.quad 0xf38433bca3518d0c
	.quad 0x0000000000000000
	.quad 0x4289002cf9db2e79
	.quad 0x000000000000a2b4
	.quad 0x00000000000000ec
	.quad 0x0000000085b0720f
	.quad 0x00000000000002ff
	.quad 0xa9d14cd90ea0124e
	.quad 0xea15eb7e555731f9
	.quad 0x000d60ae5f3dbf1d
	.quad 0xff282e23425dfb94
	.quad 0x4f33ec828f111a9e
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0xc880000000000000, 0xbe23d7ee72f30f8a
	.quad 0xc005000000000000, 0x5d3685127fe5d43c
	.quad 0xbf9c0058c36d129f, 0x878c1e877fffffff
	.quad 0xaeebaa9332f7be65, 0xc7c0f9d8b52c868f
	.quad 0x80775d531389d951, 0x400f2142c16ca129
	.quad 0xfff0000000000000, 0x28a6e6fefef19fff
	.quad 0xfff7383925124d94, 0xff80000080000000
	.quad 0x0000000000000000, 0xbcb5f9fa46000000
	.quad 0xa61f0df8ffbffaff, 0xc1d708e24f000000
	.quad 0x47fffffe0c1f37e4, 0x720998ae47f603c4
	.quad 0x2b22ac7f7ffcfbb6, 0xc0235a6f7551b313
	.quad 0x00091696f84f7e2d, 0xc00fd0b0eca09d44
	.quad 0xbe8000007f800000, 0x3bc0ce477598e5fc
	.quad 0xe5a4d4eddffe83f7, 0x40576d4184f0420f
	.quad 0x0000000000000000, 0xd763da797f800000
	.quad 0x74988ad0f9078000, 0x8020000000000000
	.quad 0x80000000ff9d4fa2, 0x23c6bfac48f94ac5
	.quad 0x54c1567b16c9b2c3, 0x70f308583effcbfd
	.quad 0xc1200000553b30a2, 0xc3fd89365f578435
	.quad 0x4008ef78c671eeb7, 0x7c940b19c9658000
	.quad 0x313b99ecda7157df, 0xc0530e35c5425055
	.quad 0xc029800000000000, 0x7e4132b28a24cdde
	.quad 0x325648b2df568004, 0xb5f844e417ec91b1
	.quad 0x0f6c7835feff6fd0, 0x01341f71fd3327a7
	.quad 0x800000003cc9d877, 0xff8d047d9bfa7499
	.quad 0xffe754ebd9fffffe, 0xedef9c237fc00000
	.quad 0x8286abc29863c520, 0x3a189f982f2a7c4f
	.quad 0xf68745f25661d1a4, 0x431a7a6c572627c7
	.quad 0x4c9e95b3ffb67fdd, 0x98420c9083daaed7
	.quad 0xc10000007fc951cc, 0xbbf2140c6b8eee97
	.quad 0xbbf193c1092588a3, 0x3ea0fd0dbfda0000
	.quad 0x956a25673c34f964, 0xa97fc335ea76e461
seed38:
	.quad 0x9682b905e650c8c8
	.quad 0x25ccc4a682794fda
	.quad 0x34b4c2b11d97eed4
	.quad 0x0000000000000303
	.quad 0x0000000100000000
	.quad 0x00000000000001aa
	.quad 0x00000000000000e7
	.quad 0x0000000000000000
	.quad 0xda6a1017fe5e832d
	.quad 0x0000000000000140
	.quad 0x33ec18f7ad4afe6f
	.quad 0xfffffffffff72f12
	.quad 0x33144c6767decf4e
	.quad 0x0006bfc3e880177c
	.quad 0x66c3dadab513cad8
	.quad 0x00000000ffffffff
	.quad 0x02800000
	.quad 0xe0000000
	.quad 0x7f716267cdf7105c, 0x92ac7055a8077cf7
	.quad 0xfd9dcaa22e1417f9, 0xbeeab083ffc77fb4
	.quad 0x0003f410c72d4f45, 0xafc803ddfe9bff3d
	.quad 0x6806d223fffffe9c, 0x7ff4f7d38f762648
	.quad 0x8000000000000000, 0xff794c89b5ed8000
	.quad 0x0f68ee30aa891e70, 0x75ed9d6dded67e00
	.quad 0x4049b5050d726284, 0xcc4cf465e6ffbf76
	.quad 0xff1c82a64eaca97b, 0xbc7f73e2fc3d3e28
	.quad 0x8b52309c80000000, 0x9e21ee6f00000000
	.quad 0x4348720b8406fc7b, 0xd5949d7beb9ea9f8
	.quad 0x7f80000042220fe5, 0x3f90e7a3c2f6b600
	.quad 0x9d0b62a3b17ffd77, 0xc72b42649e4c8000
	.quad 0xc16095033d18d672, 0x949ad3cce2d4f4d1
	.quad 0xabe233931ab26547, 0x7ff0000000000000
	.quad 0x4cacde2a1c4303ff, 0x03ab302b0052fe69
	.quad 0x7817349c4cb4d5dd, 0x7ff8000000000000
	.quad 0x05cd8a574cf4c8f0, 0x7740967522737d24
	.quad 0xc8fb0c44807fffff, 0x8000000000000000
	.quad 0x000000003ece177f, 0x0f22f6e1de90418c
	.quad 0x4277e734c3c3bd15, 0x7fe4a5a2492f2c6a
	.quad 0x439fa95ec083ad79, 0x2109c10cf799ca06
	.quad 0xff8000000036aad1, 0x438ae8fa6758ee78
	.quad 0x00000000bd53f402, 0x005ca48e80b888d1
	.quad 0x4055f37200ffffff, 0xc2dfa6dd772553a7
	.quad 0x8000000000000000, 0x3dc8ab49f79ffee7
	.quad 0x4008000000000000, 0xfffb6384d93eba86
	.quad 0x832d5f4b568a3cb1, 0x40c71a4c79826a29
	.quad 0x2d9c7671fff94100, 0x8010000000000000
	.quad 0x4010f783943daf6a, 0xcf3b8419461436d7
	.quad 0x12fea4c748d4a835, 0xf15124515fffffff
	.quad 0xc0880000bef1e2cd, 0x817ffffff1c29c49
	.quad 0xfff0000000000000, 0xbfe00000c3f8d16a
seed39:
	.quad 0x000000000000078f
	.quad 0x81faea7f23226d83
	.quad 0x45cd14c7a2fea161
	.quad 0xfffb2af30b53e67d
	.quad 0x0000000000008627
	.quad 0xfffffffffffffe83
	.quad 0xaa9a5db104982837
	.quad 0xece60917c337ab7f
	.quad 0x34c2e6e026d69440
	.quad 0x00000000000a2235
	.quad 0x62e5bad1daf70ec0
	.quad 0x832bf03143adc065
	.quad 0x000000175bf71ed6
	.quad 0xfffffff1c87115f9
	.quad 0x000000000c897742
	.quad 0x00000000ffffffff
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0xff6c3b5b9db4ed60, 0xc20ffffffffffffe
	.quad 0x7ff8000000000000, 0xbf40000040500000
	.quad 0x467ec1a97f3fffba, 0xff01a75446c92817
	.quad 0x8d17089bffbdfcfc, 0x679ee3df08ca7c0c
	.quad 0xf150543fdfdfdefc, 0x44e1cbf6eb1cb61f
	.quad 0xa7f84accbffdb6d9, 0x357903484995f0a5
	.quad 0x6345a540e9f3476a, 0x07bdfcc7ebc04737
	.quad 0xb2e952171e8944e0, 0xfff8000000000000
	.quad 0xb7af13afffa23e5a, 0xc066800000000000
	.quad 0xd14d24006a4aff1c, 0x71b10c03abbce0c3
	.quad 0x7d4d4c503791fe00, 0x22ee6a9694dbbc74
	.quad 0xa54f5a0f49b10000, 0x7ff6f7fb4f38bcf5
	.quad 0x817fffff3db92410, 0xab94b145b0effb97
	.quad 0xff800000c5a00000, 0xd5d55359e60de547
	.quad 0xbff4000000000000, 0xaaeb964bb3fc03d8
	.quad 0x998a539f00000000, 0x3fa9600000000000
	.quad 0x798b7a73df86fd48, 0x40fbe00000000000
	.quad 0x89eae637faf6e1df, 0x7ffb1e53d18168e8
	.quad 0x3c2b1fba4f7ffffe, 0x360daf3b1c5bdc75
	.quad 0x09ec66cef90ceea3, 0x807fffff8bd72e9d
	.quad 0xdfffffff43fbcf98, 0xf6bde29c3c88ae87
	.quad 0xcfedac05bff9fcfe, 0xbf5520f4419b549a
	.quad 0xdaad635d63458000, 0x2e646fde3ed30000
	.quad 0x002fffffffffffff, 0xf04bec397fff6d9f
	.quad 0x3f6725567fc00000, 0xc0c000007ff19221
	.quad 0x408c00004050a460, 0x3ebdc00000000000
	.quad 0x4c831102ffe4af1d, 0x4f5984d13f691c14
	.quad 0xf04d0cbde9b39de7, 0x06ef1a88fffbfecf
	.quad 0x801fffffffffffff, 0x6006ce4b7fcacda0
	.quad 0x0000000000000000, 0x4008000000000000
	.quad 0xffc00000f455b73c, 0xc0ca5c4fbfcb7cbd
	.quad 0x7f8000003c8c0000, 0x7fc0000008e4e460
seed40:
	.quad 0x00e356b2cde5d2be
	.quad 0x00000000ffffffff
	.quad 0xfffffffb0c435270
	.quad 0x0000000100000000
	.quad 0x8239fd853893a40d
	.quad 0x000000fa47850cd6
	.quad 0xfffffffffffffca5
	.quad 0x0000000000000002
	.quad 0x8b91f17e16f78cfd
	.quad 0xda157e60c7ed31fe
	.quad 0x000000007fffffff
	.quad 0x8a65ae85db51ae37
	.quad 0x570d62f22c4c9fb5
	.quad 0x2e39a673fa7e476a
	.quad 0x000000000001b33f
	.quad 0x0000000000000001
	.quad 0x03000000
	.quad 0xc0000000
	.quad 0xbfd5ec0b796fc280, 0xc29757c63fffffff
	.quad 0x815287ebffffbf6d, 0xc3ed42a900000000
	.quad 0xf4e74e2d2db20000, 0x4098b483bd05a413
	.quad 0xb2a868940e53a326, 0x5763eee94ee1e501
	.quad 0x9f64a23a05daf763, 0x64434532d7f2facb
	.quad 0xc00f5e82aa735450, 0x3cb4b830ffa410ba
	.quad 0x9e297dfbfd7cbbfa, 0x71c4bb0d91c1779c
	.quad 0xffefffffffffffff, 0x55e5797121cc6c75
	.quad 0xefa0003142b60450, 0x80049c5559da88c7
	.quad 0xbf65e00000000000, 0xc6ffffff7f9e47e8
	.quad 0x4d87372effffffff, 0xbfe00000bc9ad450
	.quad 0x007fffffff8d9ab5, 0xf59c60577ff54335
	.quad 0x7ff163a4f2bc4ab9, 0x7f68a8141da93557
	.quad 0xbfdd1fd81175c6f0, 0x199bbc4adf800001
	.quad 0x0000000000000000, 0x337d05c2d9736937
	.quad 0x4058c2adaeac660f, 0x000000003f469955
	.quad 0x06f55e68f6f978d5, 0x8b5f12947f14f7e6
	.quad 0x86d0b311b2e87da4, 0x800433140c4f6e5b
	.quad 0x7ff7db486dc9855a, 0x401f000000000000
	.quad 0x3ff99e1621bab5f1, 0xaafdeb63bbe388bd
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0xe1e9d3e2bfff6057, 0x546154f17110e9a0
	.quad 0x9ca2e5cf53f389cc, 0xd4d1bb3d5f49c781
	.quad 0x70bf6ca89a22b68e, 0xda5d743840c80000
	.quad 0xca1fb6e9fd7bfe2a, 0x3cb7afce00f4f09a
	.quad 0x7dc9b801190da49b, 0x731f5ea887ba41e2
	.quad 0xc04c267469a4aba9, 0x406c0dcfa56848a7
	.quad 0x8e1d2f60ffca4e8a, 0xfff8000000000000
	.quad 0x4ebbf164ffb1fb8c, 0xc1807ae0407fffff
	.quad 0xc7ffffff00000000, 0x15aaf17cde4fd795
	.quad 0x0000000000000000, 0x837a496f409cb4bc
	.quad 0x800000007f800000, 0xffbaf543feff06fc
seed41:
	.quad 0xfffffffe8abfab65
	.quad 0xfffffffffffffe1f
	.quad 0xa5806e65b2030b6a
	.quad 0x0000000000000000
	.quad 0x50b1be32af7ab7c5
	.quad 0xffffffffffffffff
	.quad 0x435cf4a60d133c23
	.quad 0x9ce7bdc37432481c
	.quad 0xd11499f38b3e31a7
	.quad 0x1681dd7c2f92801e
	.quad 0x20566e69d0e971b4
	.quad 0xd1d08b87e2e274e8
	.quad 0x0000000080000000
	.quad 0x000000000000033a
	.quad 0x0000000000000000
	.quad 0x988b28d1f9bb3213
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x4018000000000000, 0x477ffffe5a000000
	.quad 0x40420c3529de0cb8, 0xd954ff9625b10000
	.quad 0x002fffffffffffff, 0x80000000c0300000
	.quad 0xa0ccc18db865fc00, 0x7f800000c3100000
	.quad 0x0000000080db823a, 0xcf556ac6fd6fdd63
	.quad 0x9d45a92efa7da66f, 0x5a7fffff7f9bbe29
	.quad 0x63462253ef390000, 0x407510d8c4f5742d
	.quad 0x4020c00000000000, 0x00e9cc00ef3b6c4c
	.quad 0xf51303f3a33f7ff9, 0x7ff8000000000000
	.quad 0x80858c5455d34d45, 0x7bc49b2b00000000
	.quad 0xc054ee0bf3f737b7, 0x8c0c1de8ffd589bf
	.quad 0xe1555306fff159fe, 0xc5f0c6a6a0f12920
	.quad 0x7f8000003c5d9a66, 0x8d5fee9f7fb7272e
	.quad 0xbed0c6151040cb92, 0x458f9e1ab41572de
	.quad 0xbed6000000000000, 0x80aae49f7f800000
	.quad 0xcc92be84dbed6a11, 0x0000000000000000
	.quad 0xbf66800000000000, 0xf134f2cfebaa4dd7
	.quad 0xbff115697b51398e, 0xa3b0d2071f9736a8
	.quad 0x7ff7916cf76a42ce, 0x51a3e6fb98f00000
	.quad 0x41b14441153d8547, 0xf6b7250bf6b57c01
	.quad 0x698b71df9663fed7, 0xef69204b3e41fc4e
	.quad 0x6a848790f3f2fbcf, 0x023eee8f38b00000
	.quad 0x9c118dbed5668bff, 0x852872dd7f992efc
	.quad 0x23c5460cffcb7d1a, 0xf2e68df97fd59dc7
	.quad 0x7fc00000c0cc0000, 0x6be5dc42ffb14780
	.quad 0xa209e23921454840, 0xfe8028aac0b1a047
	.quad 0x2c0526dcc578abfe, 0xc051b125082c0f7a
	.quad 0x4f0f37dddfe6dedc, 0xfff8000000000000
	.quad 0xb8a0000047322c16, 0x9de7f0b7c1fbff2f
	.quad 0xbfb53f01bd93b9c2, 0xdde233a70f13f8d4
	.quad 0xbe4b5131bdb2f74d, 0xb13bbdad97a5bd00
	.quad 0x00006694395ba5a4, 0xcb235f68217cc531
seed42:
	.quad 0x8000000000000000
	.quad 0xfffffffffba0bea6
	.quad 0x297c37111d4d5929
	.quad 0x08dc757ef2daa90c
	.quad 0x0020000000000001
	.quad 0x78c21d2e4b772861
	.quad 0xffe899882db7bead
	.quad 0x001b912276821dc5
	.quad 0x000000007fffffff
	.quad 0x00000000000002f2
	.quad 0xf8e0c905278e53c8
	.quad 0x7fffffffffffffff
	.quad 0xfff644cf9bf5eedb
	.quad 0x00000000ffffffff
	.quad 0xffffffffffd4dde5
	.quad 0x0000000000000156
	.quad 0x04800000
	.quad 0xa0000000
	.quad 0x7bad1a88469018f5, 0x014b9ef889298be1
	.quad 0x4fc6c18db73a8000, 0xfff0000000000000
	.quad 0xc05dc00000000000, 0x64686e1142e7c09b
	.quad 0xf536e3c77effffff, 0x36f5f7bd32fdfc62
	.quad 0x3ffd78109e220127, 0x524b4e267eff7ffb
	.quad 0xe47574e3ddf7a35f, 0xf4ebc208f7fb6dfa
	.quad 0x4f800000c07716fb, 0x0000000020c828f1
	.quad 0x7ff8000000000000, 0xc020800000000000
	.quad 0xf22ed9d2ffea79d8, 0xff800000c2f3bfef
	.quad 0x3f761373e36fb27f, 0x82e73c9e6c4e2d76
	.quad 0xbf000000c1a865b0, 0x7d64512e73a8bbe0
	.quad 0x02f471331f38d55b, 0x7c68da207defff5e
	.quad 0x404c2a603e6a0692, 0x1b80d8c13ca0e413
	.quad 0xc015000000000000, 0xae1d8f4974a07800
	.quad 0x000bd232d3247a75, 0x80000000c5000000
	.quad 0x00700e14bf424d40, 0x7c4b5df3fff935eb
	.quad 0x00058f762996ee9e, 0xf9c200df6ff40000
	.quad 0x404b358fc7222e7e, 0xb16fa4b6f97db55e
	.quad 0x7fba17fc4be3c489, 0xfa7d14ea00cc36a7
	.quad 0x40f6ee563d000000, 0x0bfc876b7d5afdfa
	.quad 0xd9799b89c1200000, 0xc023000000000000
	.quad 0x4b5ca741057a7400, 0xc0d00000ffc00000
	.quad 0x00bd3d1fe60701d6, 0x3fd7d2fb9bc83211
	.quad 0xc03c0b97cb25fe25, 0x806780b5ce3eb15e
	.quad 0x3faf6fd81d6292e7, 0x7fd3e880b519a3dd
	.quad 0x7f9df598bc882232, 0x74226aa66a6a7d13
	.quad 0xc47ca111734607b0, 0x7fc00000f4546f4e
	.quad 0x9b421a7dcc2c9caa, 0x0008000000000000
	.quad 0xfff0000000000000, 0x8af4ba5535674600
	.quad 0x43c93403c7ffffff, 0x7ff0000000000000
	.quad 0x4076b35ab7e38743, 0x53a8da84d3f7fe82
	.quad 0xff91a5259ee600a0, 0x0c770c337f800000
seed43:
	.quad 0x19433bf32f01b36e
	.quad 0x68d35fa8d0f2d03a
	.quad 0xfaafbb9a89b81371
	.quad 0x0000000000000000
	.quad 0x0000000001000001
	.quad 0xcb4f4b9b9ac263e9
	.quad 0x699be078e66d18ca
	.quad 0x000000000000029a
	.quad 0xae066492b99276d6
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x0000000001000001
	.quad 0xfffab1d84e6389cb
	.quad 0x050e7ce3c9a0fd00
	.quad 0x6e93e057948bd512
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0xdcb6223cd9fffff5, 0x3b8e21f5b036dc3b
	.quad 0x82441cf8c5c18ba4, 0xfff0000000000000
	.quad 0xf347c9ec804a2a95, 0x001b92a47974d11f
	.quad 0x3ec40418feb61536, 0x621b08e0d80cd2f9
	.quad 0x5294928f3e9b1b95, 0x7f800000be24ad1e
	.quad 0x8000000001000000, 0x00cb063a4f4cfc00
	.quad 0xbf9dca0115703b79, 0xc0b000003e26841b
	.quad 0xaf99b6e44eb8017c, 0x8000000000000000
	.quad 0xc034800000000000, 0x3fe9088be56de9c8
	.quad 0x7a914befed3be526, 0x0ad517f906abf6b9
	.quad 0xf5b63862955dc7f6, 0xc0e400003e9dbd35
	.quad 0x0013b88fbeac8000, 0x54a07981fb945278
	.quad 0xed3dcb918e7f78bf, 0xcae1248c715468b6
	.quad 0xbfa831517ba8830e, 0x5e31b2816fdb4b7e
	.quad 0x8000000000000000, 0x257aac09076a0000
	.quad 0xc13b996bc2d3cd55, 0x11f67fe4d4001d5d
	.quad 0x9ce3f925c417dfb0, 0x7fd85bee7fa2539a
	.quad 0xbff0000000000001, 0x40e400009b2dc9ce
	.quad 0x7ff0000000000000, 0x7f820e6842e95981
	.quad 0xa51d2618bd9b04f1, 0xfff0000000000000
	.quad 0x0006293f1d847757, 0x40ffffffffffffff
	.quad 0xdef9ff57d7f46600, 0xdf02b135a57f7c8f
	.quad 0x41ee1ff7c15de55a, 0xfff0000000000000
	.quad 0xaa6fc3639cf8f7b9, 0x2010c608df72fd23
	.quad 0x012c024e6ea6505b, 0x66ea131aaa9f4950
	.quad 0x4f7ffffe001adab8, 0x830745603e9bffbf
	.quad 0x486e00d6fefee3fe, 0x5a1db315ff800000
	.quad 0x17c53f274059451d, 0x6d7c0c0bbff7fcb6
	.quad 0xcc7c4bfceb5a97fe, 0xb4a5274974e844e3
	.quad 0x0e859012be2f7820, 0x3cf600008037216b
	.quad 0x7fa0cf227ee350da, 0x0008000000000000
	.quad 0xbf2d71593c69f784, 0xbecc2bc07fc00000
seed44:
	.quad 0x96440e9cf278d0dd
	.quad 0x0000000000000001
	.quad 0x0000000038eae369
	.quad 0x8000000000000000
	.quad 0x000000007448ebaf
	.quad 0x999cda0e65751ac7
	.quad 0x2ec0f24c63ae6a4e
	.quad 0x00000b79e301b423
	.quad 0x00000000001122bb
	.quad 0x8000000000000000
	.quad 0x4a507824900f6cd8
	.quad 0xffffffffffc1fd43
	.quad 0x0000000000000130
	.quad 0xf2366fc0186ffbfb
	.quad 0x0000000000000317
	.quad 0x000000075de23f4f
	.quad 0x03c00000
	.quad 0x00000000
	.quad 0xff800000435226c1, 0xe4fff9e8347d0029
	.quad 0x8008000000000000, 0xfff6bde4c89927e5
	.quad 0xfffb59d377f2458c, 0x3f921c07ba6890ae
	.quad 0xe4b26913667fcf62, 0xfe9cb6108dbb4003
	.quad 0x35715e1840898cda, 0x035d679df770fe9f
	.quad 0x5dbb10732bc56add, 0x797f134d77bfe4e3
	.quad 0x3916bff56bdd4a7e, 0xff9bc1194278c6e8
	.quad 0xc64b6126987efe00, 0xba7800007e800000
	.quad 0x826840a42e1b5d73, 0x7fdfffffffffffff
	.quad 0x01a18150ffb201d3, 0x47bb0c3fa0dc3db8
	.quad 0x0000000000000000, 0xea0875b57b5f5e8b
	.quad 0x5ab7e4ce89e2ceb5, 0xf00234b873dbfc00
	.quad 0x9c8a706322ad3fff, 0xffc00000c0880000
	.quad 0xffea7be232356737, 0xfdd4630f07c8ae79
	.quad 0x53b45388518d592e, 0xff90c3a5ffc2e572
	.quad 0xffbacca7ffc60222, 0x37f9066563b0bd00
	.quad 0xc50e800080000000, 0x4f8a60c88074f321
	.quad 0xd8a8e1835da87c00, 0x170a5113ff81f878
	.quad 0xfff81cc74d430894, 0x8bf5f2d8067b204f
	.quad 0x7ff0000000000000, 0x2d5c2cc916033654
	.quad 0x000c55370f9efaa2, 0x8000000080000000
	.quad 0x7f8000007e800000, 0xff800000c3200000
	.quad 0xd981d764ffe38000, 0xc002000000000000
	.quad 0xe0c7e08eddde015d, 0x628e51f2f5597a60
	.quad 0x8115e890428b9f22, 0x7ff8000000000000
	.quad 0x80000000ffc00000, 0xbf3109b280000000
	.quad 0x7d78671f35e434c6, 0xcd9d24ae047489ac
	.quad 0xa1bb7548fe713eff, 0x7fc000007ffe5634
	.quad 0x6f68b886fdf11457, 0x00000000007fffff
	.quad 0xff51e481cb7fffff, 0xc2a514f089713100
	.quad 0x1c1ae5d1c7a3bfd9, 0xff80000000000000
	.quad 0xe2ef69debbce7bfd, 0xc0380000ffc00000
seed45:
	.quad 0x0000000000000001
	.quad 0x1bcc2974d14419fd
	.quad 0x41c3af20cd0fd374
	.quad 0x00000000ffffffff
	.quad 0x2ddf86e4077911da
	.quad 0x0000000080000000
	.quad 0xffffffffffffffed
	.quad 0xffffffffffffff78
	.quad 0x7ea87cd204329bf6
	.quad 0x23c610d08e5fe041
	.quad 0x4f07df4ea1cf45c1
	.quad 0x4dfdf4b52156f4b1
	.quad 0xe076e373928481c7
	.quad 0x76871a16e97c5483
	.quad 0xfffffffffffffde5
	.quad 0x47cb9bee74cafa60
	.quad 0x03000000
	.quad 0x50000000
	.quad 0x5f25af85fedf9ae8, 0x406fea14614a73b9
	.quad 0x6c611c7fbf5ff7ff, 0x80000000007d6ab9
	.quad 0x2b11e49fffd55885, 0xe462c68b5a1d4440
	.quad 0x6a381ffdb1f6ba70, 0x0e81e150826f30f9
	.quad 0x6049ebd2a3e3fbfe, 0x3fc00000ff800000
	.quad 0xbcf00000ff916197, 0x88a4a8a4ff38fe00
	.quad 0xc165b4df3bc00000, 0x7ff4d80860045eba
	.quad 0x76566194c3d7bc88, 0xbf562e78ff800000
	.quad 0x55aaa7e47c9cd308, 0x7f94c91cff800000
	.quad 0x8b1b5c4f0c89fd40, 0x23e5eeda8d7cdefc
	.quad 0xbff4c63c7fb85285, 0xc9fb347657efef62
	.quad 0x3dde61a640200000, 0x4008458ec000c404
	.quad 0x3bd0458f29900000, 0xc99b9786fedb6462
	.quad 0x05b7306cc2e2dfb7, 0x55a2baa0ac09698b
	.quad 0xc010000000000000, 0x3d3a7ddb43eed529
	.quad 0xfff0000000000000, 0x7ff8000000000000
	.quad 0xfff13b859d1ddd96, 0x0d01dd877adf3fff
	.quad 0xef29f58bcdffbfde, 0x4015000000000000
	.quad 0x3cee5a4000000000, 0xfd2cf12f5f55ffa0
	.quad 0xda7fffff155a227f, 0x566286b0feb06a6b
	.quad 0x8619a546bfa07b92, 0xeb9896c56f589371
	.quad 0xc9d87be47fac22ff, 0x3db9bbd64041f48b
	.quad 0xff800000ff9528a8, 0x7308041a798d3fe3
	.quad 0x686243b8ae51ffe2, 0x9a3e6be7c019ec3f
	.quad 0x002326ca7b2aeab0, 0x67089a55c7b8cdfd
	.quad 0xfff0000000000000, 0xb9f7f17f9016e961
	.quad 0xfff8000000000000, 0xff1a1235ffc00000
	.quad 0xfffd2e77a4611d69, 0x73575417ff800000
	.quad 0xfffa2846a010e53d, 0x99d4eadcb41588e6
	.quad 0x3fe508fbfe5e6c56, 0x7fd0000000000000
	.quad 0x02103d85909bd608, 0x0000000000000000
	.quad 0x27b050b183327dfe, 0x9faff7f53fc00000
seed46:
	.quad 0x0000000000000000
	.quad 0xfffdcbefd693d43c
	.quad 0x000000007fffffff
	.quad 0xe9b2576b7ac83b47
	.quad 0xc3b1243bc2a7012a
	.quad 0x00000000000000b9
	.quad 0x000000000000027f
	.quad 0xfffffffffffffea7
	.quad 0xffffffffff3c3e21
	.quad 0x0e7d362dd94922e7
	.quad 0x9dd2dbcbe9f33579
	.quad 0xcb1694d99ac5e4e0
	.quad 0x228f49eb4cabae7d
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd5e
	.quad 0x00000002550b4d97
	.quad 0x05000000
	.quad 0xf0000000
	.quad 0x407ffffe5a7fffff, 0xc980800080000000
	.quad 0x7c9ec351cf800000, 0x736956d493fbd8f7
	.quad 0xe76d854bffeffeef, 0xbbe9219e3b800000
	.quad 0x8c3d813a61067e00, 0x871473989d440d97
	.quad 0x5a30cc6d7253d46c, 0x94ce7cad88ab595b
	.quad 0x8c204aa421845025, 0x7f8820d5d84e91b7
	.quad 0x0000000004990090, 0x909384edbdfbfdca
	.quad 0xa6a73c5fffdf4644, 0x800000006ed5028a
	.quad 0x40410adaab784d35, 0x3f80000080000000
	.quad 0xc00f143a34415545, 0xffefffffffffffff
	.quad 0x79f31d797f000000, 0x6d6d0e4e00730da4
	.quad 0xc2458d4c7572ac0f, 0xb579fe55fedcfd44
	.quad 0xfd98380078ec0f1a, 0x7f800000ff1b5e32
	.quad 0xfff0000000000000, 0x9b32e99c3ac30000
	.quad 0x3bce0d08d810b9c7, 0x403574c2f2148a16
	.quad 0x3bcb3f8d88ddfdb4, 0xf9a14433fff5ebff
	.quad 0x3d77dd9c80000000, 0xbd11e71d7779b649
	.quad 0xd7b3791e799e7e00, 0xa7dbf53f6bdcffac
	.quad 0xbffd5f4e23cf3686, 0x970f9ea783ca5805
	.quad 0x20371f7fbbe2a5da, 0xa42d86d3eacf7d19
	.quad 0xbc51b5f36fe73fc5, 0xd8ada1dbefc4bdf6
	.quad 0x3d670e81abae369a, 0x93f646a898e6c0cd
	.quad 0x3028604fad744e83, 0x7fc2afcc80568efb
	.quad 0x941415af6baaf7ff, 0xbfbd1636cbabe25d
	.quad 0x12ba85127f9faf96, 0x2b525a21381e067d
	.quad 0x41abc0251985317c, 0x408648389aea9fa0
	.quad 0x41cee0bd3e7a0000, 0xb11521eeb104b090
	.quad 0x80ffffff43ccd85d, 0xc0e0400000000000
	.quad 0xf2c50ace4069894f, 0xf06154a1622f7d8b
	.quad 0xfff8000000000000, 0x40000000da000001
	.quad 0x7ff8000000000000, 0xdc9e30c5e1ffdcff
	.quad 0x5a7fffffff897f89, 0x6841c3c4cf4a8000
seed47:
	.quad 0x0000000100000000
	.quad 0x0000000000001f20
	.quad 0x8000000000000000
	.quad 0x3d626c8173b6268f
	.quad 0x000000000000006e
	.quad 0xfffffffffffffff8
	.quad 0x7a94078c5f166aee
	.quad 0xffffffffff80d662
	.quad 0x00000000010d4325
	.quad 0xfffffffffffffcc0
	.quad 0x0000000000000111
	.quad 0x0000000100000000
	.quad 0xc23a54ab8bf8c450
	.quad 0x0000000080000000
	.quad 0xbf69080212fbcd8b
	.quad 0xebae125b8d17ab01
	.quad 0x03400000
	.quad 0x40000000
	.quad 0xd79a142300000000, 0x4371e469fbf37bfc
	.quad 0xc00b000000000000, 0x89938a8ac4daca12
	.quad 0xcafe94bd7e565ceb, 0x4051c82232316ea0
	.quad 0x6d82da86440fc480, 0x7fb8176c7f800000
	.quad 0xbc186e28c1f8254a, 0xff2c6d44e35a63da
	.quad 0x0004b02f3618db08, 0x7ff0000000000000
	.quad 0xb811b491cdfcfb71, 0xfff2438eb1c18ceb
	.quad 0xe3e102e3fed1fee0, 0x40532b25771e1a98
	.quad 0x9a5793fdef9df6c4, 0xbfd33334561c89ba
	.quad 0x68a151ed80000000, 0x0c1efc05fd7ffffe
	.quad 0x46529cbf981cbda6, 0xdf78aa847febeafe
	.quad 0x7d6f8f5fff7f13cb, 0x099b0e01f87fff1b
	.quad 0x3c5b8806c11a0000, 0xca6ae2ff9f7bffff
	.quad 0xef1fcafd6227fb00, 0xda1a318c47dd02f4
	.quad 0x53ed914b699fd102, 0xc022572d127bd403
	.quad 0x096b06f200523f7c, 0x237a2fd630e97c85
	.quad 0x9a1b7d3dffffffff, 0xc0effffffffffffe
	.quad 0x966c9595ffd4f1f8, 0x7ff0000000000000
	.quad 0x7b8c906a35fe7c45, 0x4d809e9afe83b376
	.quad 0xad538b11ffc3dfae, 0x6a2f17ad88defc1c
	.quad 0xc0d1e0c87fa56cd6, 0xc77fffff421a8d04
	.quad 0xe2c35134afa3494c, 0x7e800000ffed9bfc
	.quad 0x7f80000012d2c633, 0xc0840000bd600000
	.quad 0x85b30759ad9878f9, 0x401b000000000000
	.quad 0x8000000000000000, 0xfff0d782f2ea510a
	.quad 0xc2f4b4eaf86dd40f, 0x9549ab4ae305fd24
	.quad 0xbb83752cebb23d46, 0x806d3af741140000
	.quad 0x800000007fc00000, 0x6c8a7ff6d7ffffff
	.quad 0x7ff0000000000000, 0x7f684dcc62ca4b7a
	.quad 0xfdc21b11710e2000, 0xee4aa44d166334f3
	.quad 0xdaca1da1ff800000, 0x3b6742cd009b4353
	.quad 0x3f74ff1b814c7f60, 0xab1161070a27fc00
seed48:
	.quad 0xfffffffffffffffd
	.quad 0xffff87cdd5ee15f4
	.quad 0x0020000000000001
	.quad 0xa50963ede50a247f
	.quad 0x00003130c6e85478
	.quad 0x0000063206c70680
	.quad 0x208dbe5037bf48ce
	.quad 0x27c5e2a9b45e55d7
	.quad 0x714375c50b949bfe
	.quad 0xfffffffffff83de1
	.quad 0xfffe44d28315b321
	.quad 0x32a8a3fa02fe9eca
	.quad 0x0000000000000174
	.quad 0xffffffffffffece6
	.quad 0x567933fde07dbffb
	.quad 0x0000000000000001
	.quad 0x01400000
	.quad 0xe0000000
	.quad 0x408ac00000000000, 0x124e7b0fcdb67c00
	.quad 0xc0191ea31f739421, 0xff304ad4b28256ea
	.quad 0x8000000000000000, 0xdffb7c918ddefcb7
	.quad 0xbd8504ddbbfc4103, 0x2c95b458cec00000
	.quad 0x86345071fdea3d80, 0x7ff0000000000000
	.quad 0xa61498a3c49b8000, 0xbce4a32c72f07dc5
	.quad 0x447631fa572afc00, 0x8000000000000000
	.quad 0xbe31a15b82449f5c, 0x663d6a895da031ce
	.quad 0xbfaf800000000000, 0x6e82e42ba5e6e741
	.quad 0x40e800007f800000, 0x4fb9df1e4399aa00
	.quad 0xffc00000fdb69838, 0x40e80000bef54abd
	.quad 0x4190ee3a4d4de6be, 0xd273932c7cec8bff
	.quad 0xffc000006c5ee2c6, 0x80c9f43e5550747b
	.quad 0x005e3d5d7f907c54, 0xbb8633dfbd6833c0
	.quad 0x3b869588e3b4fdcf, 0xb9f1eff2fd3dfdf5
	.quad 0xc2e9083c4437e613, 0x0000000000000000
	.quad 0xb94a0000ff800000, 0x48e00000ff800000
	.quad 0x0140fbb1e0fc6996, 0xb6400000be800000
	.quad 0xbd52f3a1ffa32fce, 0xffc00000fff76049
	.quad 0x7ee423f6ffff5afe, 0xfff0000000000000
	.quad 0x7ff76861d9a6e73d, 0xc330000000000001
	.quad 0xbfb6db58ffca0000, 0xfb84eb2ef9a07fe8
	.quad 0x00500faf886b70ea, 0xbebd00cb5f579733
	.quad 0x12d2635a0463a1d0, 0x800000001ceaf6fa
	.quad 0xc80680000071cc8a, 0xbff0000000000000
	.quad 0x000000000123e084, 0x160d5884bdbc0000
	.quad 0x7c37664936516a7f, 0xfff42dbabd3bec99
	.quad 0x172f840ca05e7954, 0xf11607a6b3b0eb5c
	.quad 0xc2bee3668a995f3f, 0xfe8c8c5594e0dac1
	.quad 0x7f800000ae997dd8, 0x90404a2db9c00000
	.quad 0x7f8000003f26b46a, 0x3c2037e72479cc00
	.quad 0x400a000000000000, 0x40400000be693c5c
seed49:
	.quad 0xffffffffffffffff
	.quad 0x0000000100000000
	.quad 0x150e6977b273842c
	.quad 0x0000000000000000
	.quad 0x000003aabd039bf4
	.quad 0x7fffffffffffffff
	.quad 0xfffffa071b3eca46
	.quad 0x4fc80b2f277ca75f
	.quad 0xf9282a0b96e1fa74
	.quad 0x0020000000000001
	.quad 0xfffffb1ee1c8113c
	.quad 0x000007a13823f43a
	.quad 0x0000000001000001
	.quad 0x57b5760a3451d4ea
	.quad 0x7fffffffffffffff
	.quad 0xe1e709852545b257
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xff80000080000001, 0x4004000000000000
	.quad 0x80000000bd2b9bbc, 0xc396a5f93f800000
	.quad 0x47304b3ea24a4711, 0x30d412675f800001
	.quad 0xbff0000000000000, 0xae3bcae156f083d9
	.quad 0x0000000000000000, 0xc034c10f6e15771f
	.quad 0x470000017aab8c9a, 0x40080000bf200000
	.quad 0x6639e4b9fc6fff94, 0x00680e534348e7b6
	.quad 0x7ff9f2fc7fc00000, 0x4904c64704f38000
	.quad 0x4869a220bfb7dedf, 0xbfdc371f7f600cb6
	.quad 0x0e372a00b88d0aad, 0x804380f3c16f8d5e
	.quad 0x3dcfe959bc777ff7, 0xe07fffff3e7dd7a9
	.quad 0x8019becd931adf81, 0x01ab80674ec6c1c0
	.quad 0x44df74721ad51ea0, 0x80064644dd7298dd
	.quad 0xc8a277ebc8bf3579, 0x4108000000000000
	.quad 0x20e88c84e8280000, 0xc28ac28138400000
	.quad 0x0a3cdb1f5f73fd2d, 0xff800000c0a80000
	.quad 0x74d57ece80aa6d81, 0xc11c00007fd05bb1
	.quad 0x7ff7e597f031212e, 0xd8a2d9b0a24c9ca4
	.quad 0x9e6694307484f800, 0xde0d808cd1b9fc00
	.quad 0xbc480995e12cace1, 0xc01a61dc8041295f
	.quad 0x0000000000000000, 0x3fa4000000000000
	.quad 0x873ca1134b212354, 0x801e694eebcf7515
	.quad 0x7f88fff426a3cf69, 0xd389ba57fefffcf7
	.quad 0x7f9dda87017e7486, 0x40efd2bf3210a51a
	.quad 0x7f859e6dff801695, 0xbfd43f5bb064583e
	.quad 0xbfc000005888d29f, 0x601d8681af7f2c04
	.quad 0xe999995cfffffffe, 0x81000000df497f98
	.quad 0x3ed3000000000000, 0x39d000007ffd9370
	.quad 0x136d9885c6000000, 0x2c46aa44c9b78252
	.quad 0x14e1456b8d80b4bc, 0x3fba62e9bb7d8e06
	.quad 0x8000000000000000, 0x7fdfffffffffffff
	.quad 0x41fffffffffffffe, 0x41edf3b0f2fe8685
seed50:
	.quad 0x18fb0dcbda7f86c3
	.quad 0xffffffff80000000
	.quad 0x0000000100000000
	.quad 0x03d3a33ffc3844fd
	.quad 0x0020000000000001
	.quad 0xe36106b62408f3f4
	.quad 0x9e11697930d9a7f1
	.quad 0xb5333798258ea043
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0xfffffffff73c40f8
	.quad 0xee92f1270a84ba00
	.quad 0x00000000000000d5
	.quad 0x70dbeb05cf1cf29e
	.quad 0xffffffffeed71a22
	.quad 0xffffffff80000000
	.quad 0x04400000
	.quad 0x70000000
	.quad 0xc96be16d4c390afe, 0xc01f000000000000
	.quad 0x1c7b0f5dffd23a64, 0x00000000f81b5d8c
	.quad 0xff8000007fa7c0f7, 0xbc3f865f55387c00
	.quad 0x7dc8c1516cae1e40, 0xfaaf14eec3077c00
	.quad 0x01400ba93cbff904, 0x800000003f800001
	.quad 0xbff04b2117981c19, 0x26db1962f54fd28e
	.quad 0x82cd7af5e7a436f8, 0x5013320d8cb55e07
	.quad 0xfff0000000000000, 0x7f908c9940f00000
	.quad 0x1db3e667add3054c, 0x8056687ac0b80000
	.quad 0xff80000041daeaaf, 0x194dd60314ee597c
	.quad 0x0635dbcdfff00800, 0x0e21953cdfcba4fd
	.quad 0xffd0000000000000, 0x4038000000000000
	.quad 0xc0500000ffc00000, 0x3aefcd5dc6aec7c0
	.quad 0x88ff700c21f7c8fe, 0x7ef4079bff000000
	.quad 0x35bd0729b3370000, 0x45610ec4bc708000
	.quad 0x84f4a39d11b5b277, 0xff8000009960f1b9
	.quad 0x7f800000807260d0, 0x00be269da6087cad
	.quad 0x7f89c1c7bcdce4f5, 0x01e15a47a93074f3
	.quad 0x3fc061a02551538c, 0x695fb4311affffff
	.quad 0x794a6d53fffbca7a, 0xb80bfed1ffe7f58f
	.quad 0x7f800000801a93c3, 0x7f9ed1ccbe3e4864
	.quad 0xbc2d01cc3ac40000, 0x9ce0b1aa329e2147
	.quad 0x01601f8942edcd6c, 0xb885299aa4e3f528
	.quad 0x7f8c87dd80800000, 0xff80000000000000
	.quad 0x40f400007f800000, 0x7ffdc5619a43168e
	.quad 0xa505abe880000000, 0xf06e5ccf304d769f
	.quad 0x800000007f95320f, 0x7903c47937140000
	.quad 0x0009b6fc87bae4bb, 0x5dd5d03fbdfff4bf
	.quad 0xff467d0a734b8a76, 0x7fa90880ffc00000
	.quad 0xc10ba9e680000000, 0x3c4f06bb3d9d711c
	.quad 0xc1a24c667f8d8e9a, 0x7f80000040880000
	.quad 0xffc000005f7fffff, 0x8023a9f207d0e3eb
seed51:
	.quad 0x0020000000000001
	.quad 0xb4b991198137be1c
	.quad 0x0000000000000237
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffcb1
	.quad 0x00000000000000d3
	.quad 0x0000000000037736
	.quad 0xbb1a51e8b4f08a17
	.quad 0x000000055c78f8bc
	.quad 0xfffffffff7744841
	.quad 0xfffffffffffffe22
	.quad 0x2fe8ca3fc0c17fbf
	.quad 0x7b412795fe00f2db
	.quad 0xffffffef0100f1ab
	.quad 0xfffffffffffa5486
	.quad 0xa90d3fbbb3389181
	.quad 0x03000000
	.quad 0xd0000000
	.quad 0x0000000000000000, 0x0631d7a0bf6944f1
	.quad 0x56bf952437117de1, 0x59b8f329a85b93a7
	.quad 0xfe1a30d5666865c4, 0xbf086f1900000000
	.quad 0x0000000000000000, 0xf872e2d927098000
	.quad 0xbada2850eeffffff, 0x09a11d17a6defa0b
	.quad 0xb2bdc36562e0c5f7, 0xf81cb8b0c7de6b8f
	.quad 0x3f8000017fa02e06, 0xb7c437c8ba58fe00
	.quad 0x61ed4003ffef7ed6, 0xfffbc5b2a3460300
	.quad 0xc010000000000000, 0x8000000000000000
	.quad 0xc0165d8de1ea42e6, 0x000000007faa32c2
	.quad 0xba16e8eace1b7c00, 0x4b5e1b84bff6fdea
	.quad 0xc3b9000041100000, 0x7ffb7c5d0e77ca91
	.quad 0xff8e6aa5ff800000, 0xef3e4bb7c0837eb2
	.quad 0x38c00000c6ffffff, 0xf04afa9c5fc5fd62
	.quad 0x2add53d0fd7dffef, 0x40c0000000000000
	.quad 0xc0ffffffffffffff, 0xc096000000000000
	.quad 0xfe3b1b804f672d23, 0x7c2371a377b57dfe
	.quad 0x002f69d12c2ffd91, 0x04bb5b5ea97fffff
	.quad 0xc015d1fdcdc316ae, 0x3b330ac8da748ae5
	.quad 0x57a25db2ffe64830, 0x7ff71a8bae04087e
	.quad 0x7fc00000c24f8d09, 0x7fbd44b3ffc00000
	.quad 0xbe00436f40708890, 0xddf04c9b7fa3810b
	.quad 0xc3effffffffffffe, 0xe4d5f3ac613c435e
	.quad 0x698346e74fa10000, 0xff88af58f39a9f56
	.quad 0xffc000006e7d4513, 0xbf5ebd4049b10000
	.quad 0xbfea8ced5f28b2e4, 0xffda5006807c7fbe
	.quad 0x7bdafdf7dc047a47, 0x7ff8000000000000
	.quad 0x7139d7bb12e21882, 0x46d05a372591f95f
	.quad 0xf05aa177817fffff, 0xb93b82103345c3ff
	.quad 0xcaf5fa303fbc2ed2, 0x00000000fe50c25b
	.quad 0x47627a482e36f8a3, 0x3ef5000000000000
	.quad 0x8bae176977d17400, 0xc00ffffffffffffe
seed52:
	.quad 0x563c72dd6e93cfe8
	.quad 0xa1e4d6763491791d
	.quad 0x5562bf70878962f3
	.quad 0xffffffff80000000
	.quad 0x63cdb2e35b2d71cf
	.quad 0xffe60b8066dbe8d5
	.quad 0x65764b6b18746620
	.quad 0xac0cf5bb3f2258c5
	.quad 0xdd22289a0b8aa273
	.quad 0xfffffa020ce1ac86
	.quad 0xfffffffffffffd99
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0xfffffffffffffc45
	.quad 0x305b2b057f2ebbff
	.quad 0xffffffffec771020
	.quad 0x03c00000
	.quad 0x00000000
	.quad 0xd82b3de0d6710000, 0x7fc0000000000000
	.quad 0x0064d9a600000000, 0x2a0e044c178ca2c3
	.quad 0xbf5d2541dfda7400, 0x0000000000000000
	.quad 0xffbee6aacebb8955, 0xfff6a05c42076c1d
	.quad 0x5f8000013ca28000, 0xbdc6213dff5d1a86
	.quad 0xc044d4837fc00000, 0x4101a00000000000
	.quad 0xb51bbec192694000, 0xfffd561600079313
	.quad 0xc922c148f4ff6dfa, 0xc92cdff1ffa0589c
	.quad 0x7ffbf04d130fbd64, 0xff86d8273e0b90f7
	.quad 0xf9c25308f4ffffff, 0x00fd3477a108482f
	.quad 0x7ff9b6db45307013, 0x993235893feffdfb
	.quad 0xb9a7c11affedc8a0, 0x53d405fad6ff7d9f
	.quad 0xa32bd7e2bbff78fd, 0x436b56146c13c100
	.quad 0x000000007f553546, 0xf205882dd6ff17ff
	.quad 0x80000000807bfe36, 0xc06ca59b70a5350a
	.quad 0xfd7962bab1200129, 0x4002000000000000
	.quad 0xe2b4ea7b7fedfd64, 0x6a8aa859b1524954
	.quad 0x40138d15864b73e9, 0x7ff376b3cafeef51
	.quad 0xfff6ad4a65fc0b5c, 0x58000001bea83acd
	.quad 0xf237d1657bce5de1, 0xbd184c6e7fb7ffed
	.quad 0xd4fec6ab7beff9f9, 0x928801d177ff6baf
	.quad 0x0276b91bd670f0b9, 0xf86f5be4fb6dbf4a
	.quad 0xc34fffffffffffff, 0x40f0000000000000
	.quad 0x822789120b55b2b2, 0xc317667c3f400000
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x800000003f62da16, 0xffa3d7e9000af849
	.quad 0x77e5b81e158f4f7b, 0x554917358cc64c00
	.quad 0x49ec1332bb367e00, 0x5c1924811bd060e0
	.quad 0x7ff978ade4f59080, 0xc03d2368c4a88008
	.quad 0x6fc598c2881e56b3, 0x1db68e77850123bf
	.quad 0xd97878c3c860b8fb, 0xc005000000000000
	.quad 0x41effffffffffffe, 0xc37cd7be8050ac5e
seed53:
	.quad 0xffffffff80000000
	.quad 0xc2c5ae0e2343076d
	.quad 0xa0b989759bc1fd87
	.quad 0xfd5104dc77848c3d
	.quad 0xfffffffffffffff1
	.quad 0x000003a56fe85637
	.quad 0x5aec399c6544d648
	.quad 0x00000000000002f8
	.quad 0x0000000000000000
	.quad 0x000000005bbe55af
	.quad 0x000000000000874f
	.quad 0x89d9edb4a8040bef
	.quad 0x16f5a4f88bd7ae6c
	.quad 0x07123145a5a2fc56
	.quad 0xb153ca000d4207b1
	.quad 0xfffffffffffffc56
	.quad 0x02800000
	.quad 0xa0000000
	.quad 0xaf148813b92dfbda, 0x8019f6f07a66d7ae
	.quad 0x7ff0000000000000, 0x002f1d80c0ad6e74
	.quad 0xa0fd17a5ff32fd64, 0x4a4d28e2776ded30
	.quad 0x800fffffffffffff, 0xbbee3361fe6ffc00
	.quad 0xa7190e4496bc638c, 0x0000000000000000
	.quad 0xc3e0000000000001, 0x3d0bed187ff7a098
	.quad 0x8000000000e90cdd, 0x7f800000beb885f1
	.quad 0x334661767f81870d, 0xe77443d7a986bf80
	.quad 0x04b6a382bd6a48e0, 0xbfdf35182b85b01a
	.quad 0x7f80000031a994eb, 0x76fa75ba017380a2
	.quad 0x7ff7eefd2eacbd75, 0x3dd0c56762d50000
	.quad 0xfb9e3c807fcd3dd8, 0x3e65c51f16e36fee
	.quad 0xfc2944bc6fc8cda5, 0x14c937a5fdcfb133
	.quad 0x0020000000000000, 0xff6ad513380f7bff
	.quad 0x3f746e0b087e21d1, 0xf1481f507c1dfdde
	.quad 0xc4478a85799acbc4, 0xc000000000000000
	.quad 0x026aa84f66c7cbba, 0xc4400000807fffff
	.quad 0x08094ec5fd9ffede, 0xc023800000000000
	.quad 0x4cb2f4c08006f7e9, 0xbbea00007fa152a6
	.quad 0x7de0af633fb905d9, 0xff3eb0b7dde98ca8
	.quad 0xbff0b2b8000ff070, 0x0000000000000000
	.quad 0x3f7a7e673dedf414, 0x00000000c5ee0000
	.quad 0x7fe0000000000000, 0xc09c000080662e0d
	.quad 0x8000000000000000, 0xf35beed043d61df2
	.quad 0xfd85fe7e23b978e4, 0x0000000000000001
	.quad 0x804f085ecf000000, 0x7f7fffff47800001
	.quad 0x4024000000000000, 0x8b4b822a5f5e6f7e
	.quad 0x3bb45d0dffc00000, 0x0008000000000000
	.quad 0x7ff8000000000000, 0x7ff0000000000000
	.quad 0x5a9dabe8c5b4f3ba, 0xcd69dcecf6a13893
	.quad 0x035b5bd38056b1ec, 0x9901e70abbb7d1d1
	.quad 0x92ae19cdba2583f8, 0xfff07bc092fbc6fd
seed54:
	.quad 0x5f66d45a9f1ce2b1
	.quad 0x66064d1de4eccf66
	.quad 0xdb516d107a905dff
	.quad 0x0000052d57dc7307
	.quad 0x00000429f8dd7030
	.quad 0xfffffffffffee7fd
	.quad 0x0000017b47619588
	.quad 0xffffffffc109d187
	.quad 0xffffc7fdf9ba95a3
	.quad 0x0000000000000000
	.quad 0x4031eac8109af6c7
	.quad 0xffff6356c5dbbfec
	.quad 0x0000000000000001
	.quad 0x000000007fffffff
	.quad 0x00000000001e4e5e
	.quad 0xffffffff80000000
	.quad 0x01400000
	.quad 0xf0000000
	.quad 0x51414bffedef6fd2, 0xffa647d23b977916
	.quad 0x7f80000082509758, 0x05cc9db4c8bd301c
	.quad 0xbfdd3a3652ca3de8, 0xab9b80b04ffffffe
	.quad 0xffda5bea0d3925d7, 0x0081439090d9986d
	.quad 0xff646743f5e720fa, 0x00d99f148061e7ad
	.quad 0x33b1f1667f800000, 0xd8d73c395ffee7ef
	.quad 0xffe0000000000000, 0xc5e9998520803c01
	.quad 0x55267e681f9f12eb, 0x15955cdc9bff6851
	.quad 0x069bc14d40980000, 0xbf8000003ee6ac0f
	.quad 0x3bc6b8f93b029cc6, 0xb616a97fffacfdb8
	.quad 0xc02916c77f4621ef, 0x9c3fa9eccdc4e486
	.quad 0xb2a828056885b877, 0x82bb0621614d7f30
	.quad 0x947cd887e2ffebfd, 0x4077ace3aeafd9af
	.quad 0x67e0a40222b8a861, 0x7ff0000000000000
	.quad 0x8066fee2ff000000, 0x3fdf94529ec53d92
	.quad 0xff3cc07720b58175, 0x7ff0000000000000
	.quad 0xf878b0bdf7f65ffd, 0x5f7ffffec77ffffe
	.quad 0x20e6cb9f9bfaff47, 0x09ba1a4e40a00000
	.quad 0x585d9b727ef47951, 0xbf40000040f00000
	.quad 0xbfd7000000000000, 0x3edc100000000000
	.quad 0x5a9e69a8a8d87a3c, 0x5679e659ffa22d14
	.quad 0xe474e40a7f285f9e, 0xff80a6799da6dc11
	.quad 0xef503f91ffbf79f6, 0x561982609048731b
	.quad 0x8000000000000001, 0xbf9bf4411e211071
	.quad 0x7f687075dba6f60d, 0x02ff96cdbb99f32f
	.quad 0x406daab541108b34, 0x7ff8000000000000
	.quad 0xff800000feffffff, 0x54c485876a4d31a6
	.quad 0xaba1fc667f80cc2f, 0x3f97c947e696bfe3
	.quad 0xc00a07c2b73a6d09, 0xc0e883757f800000
	.quad 0x7f800000c77fffff, 0x3fef9378ae5da597
	.quad 0x15098accbbbfef3d, 0xfff8000000000000
	.quad 0xb9c52b87e35fffeb, 0x5eeaeb22bfe1fbe0
seed55:
	.quad 0x0000000000000108
	.quad 0x6e0ec14b547c6b0d
	.quad 0x0000000000000073
	.quad 0xf0bd2911140806df
	.quad 0x0000000000000150
	.quad 0xfffffffffffff9a7
	.quad 0x0417d07949df62f2
	.quad 0xb24846c4cc6b5f53
	.quad 0xfffffffffffff6db
	.quad 0x936cddaf79677165
	.quad 0x00000000ffffffff
	.quad 0x00000000000003e3
	.quad 0xc70d953095ff6cd2
	.quad 0x000000007fffffff
	.quad 0x0000000080000000
	.quad 0x0000000000000082
	.quad 0x00400000
	.quad 0x00000000
	.quad 0x5fa6d4e466b141db, 0xc254985a9bbf2995
	.quad 0x7da543bd77486cee, 0x5718b4a53e36ffff
	.quad 0x3ba8060fbfa80bd1, 0xd5aa685c2e55fee1
	.quad 0xffc000007f01b63e, 0x129098247de3b898
	.quad 0x2fb8a50dffc19ad5, 0xff730780ee1f8000
	.quad 0x7fd15939bba33a42, 0xf862a0c4002fb018
	.quad 0x81fb655e9031b8b0, 0xbf3eb00000000000
	.quad 0x2cac1689fe9defff, 0xfac2ef65baeffc63
	.quad 0x80000000f416fb1a, 0x8020fdc980000000
	.quad 0x7da64845b2346e30, 0xffddad6dbdf013fc
	.quad 0x56e0e05621ba49dc, 0x0a1ca440a1f5bc00
	.quad 0x4084e6203ae00000, 0x7f1b58cc80f7beaf
	.quad 0x802fffffffffffff, 0xffcf806980000000
	.quad 0x0e01e2ffae7fbfff, 0xf50ef6fd751e7c00
	.quad 0xbc6bf9e280400000, 0x711494f5efb17c01
	.quad 0x7f183eb3b9ab116e, 0x730b76ecffb5fc56
	.quad 0x2cd550713ccb59a4, 0xffd0000000000000
	.quad 0x3f9e07a8d47e463b, 0xc01c16aa897fa662
	.quad 0x7ff0000000000000, 0x00300c1cc1100000
	.quad 0x80000000dd8b196d, 0x20a11c081a15fc00
	.quad 0x3df67144ff000000, 0x80000000bbd35090
	.quad 0x3d300000003ad86e, 0x839d8b9f5342651a
	.quad 0x7f26e950c24e11c9, 0xc7b697eff189b40d
	.quad 0x40350e91f7d9bd33, 0xab80b7e0a1e47189
	.quad 0xbcc40000811d9144, 0x1d9273cb7fa7fddf
	.quad 0x7fc00000e558275c, 0xda7fffff5f7ffffe
	.quad 0x62891e42339cc600, 0xead0dab233551709
	.quad 0x858cbc2dad2d7d9e, 0x56d25ebb3ffdf3ff
	.quad 0x85c8a4451f7ffda5, 0xc32e41aa7f800000
	.quad 0xd5afe94b1067a960, 0xb094e36afff17d82
	.quad 0x40d5800000000000, 0x9e6a24124c1e9d5c
	.quad 0x83c5731e00b22c47, 0x0003ea97bb46ea4d
seed56:
	.quad 0xfffffffffff8270c
	.quad 0x0120baa2bc892b6b
	.quad 0x0020000000000001
	.quad 0x8000000000000000
	.quad 0xfc3c3a7b7751953f
	.quad 0x000000007fffffff
	.quad 0x0000000001000001
	.quad 0x0020000000000001
	.quad 0xeb4278d2d8488221
	.quad 0xfffffffffffffffe
	.quad 0x000000000086780d
	.quad 0x8e9cc654e56154c5
	.quad 0x00000000002a4cbe
	.quad 0x8000000000000000
	.quad 0x0020000000000001
	.quad 0x1ace3c155db1adfd
	.quad 0x03000000
	.quad 0x60000000
	.quad 0x996810ddfe2a3c01, 0x7de0b57d151b69e6
	.quad 0x293ec74dcbcfd54f, 0x9f8536d454c37532
	.quad 0x0e43e86ffbffffff, 0x7f8a9ce8196f4352
	.quad 0xc052d4dff12a9f3d, 0xb8a743e7ffabbcc4
	.quad 0x8c2ae03dcbf7fdfb, 0x4021000000000000
	.quad 0xf9d2efd37f6684cc, 0x1952b45dffbf59b4
	.quad 0x40b80000bde84187, 0x863edfddd15a797e
	.quad 0xa1d3a38e71f3fbff, 0x19ae2516920282a4
	.quad 0x7f8000000050b734, 0x73350b8ec0a80000
	.quad 0xffd5e07a88aea5ea, 0xc0668b06c2624851
	.quad 0xbf65a00000000000, 0x20b3108effe417ae
	.quad 0x68c2aec283e317dd, 0xbfd1aac492613cee
	.quad 0xa15ef29c70187c00, 0x40796da84dbb0adc
	.quad 0xffe54f1509137b95, 0x7ff0000000000000
	.quad 0xe69b942a747835ff, 0x802fffffffffffff
	.quad 0xc02fc5f7b15434e3, 0x23286fcb0b080000
	.quad 0xed059e049ca17bf9, 0x40a80000c05ef82b
	.quad 0x8079758743e78cfb, 0xfff0000000000000
	.quad 0x177c60c5ec4a4a10, 0xe3bcfbe77fc6db07
	.quad 0x7f8000007fc00000, 0x0b7c38e5bdf1fce7
	.quad 0x3d4f8c3ec1e3febf, 0xfec2df55b004efab
	.quad 0x4fe5ded9095d2296, 0xf85ace42899c7e00
	.quad 0xc4581ff87faafcc4, 0x80000000ffa97df1
	.quad 0xbf9145a9902c5cc6, 0x72f67d331c6fd6e7
	.quad 0xffb6b795bc2af938, 0x3f995ed9fc1f9bb0
	.quad 0xa556aad77fc00000, 0x15b0e0f2cdbe27de
	.quad 0x73393a70f6e4353e, 0x1f9162dfdf43ffd1
	.quad 0x4960000080a99b74, 0xf57b5b9100000000
	.quad 0x7f84f4d1feedaf30, 0x0044bdcd012a3513
	.quad 0x7b7fdb3eff800000, 0xff81a5239a50255a
	.quad 0xfe530cd5c011543d, 0x20bb52e07fe19021
	.quad 0xc072ce940d6bb075, 0x573d5918ffce59df
seed57:
	.quad 0xfffffffffee6dad8
	.quad 0x51144b70a9a32bfa
	.quad 0x0bade5422d712343
	.quad 0x00000000ffffffff
	.quad 0x0000000000000030
	.quad 0xae9cc3d096b0d848
	.quad 0xffffffffffffd919
	.quad 0x467f5b57c41f56a9
	.quad 0x95adb423285d36f5
	.quad 0xfffffffffffed9c8
	.quad 0x2d167bdb2de141e3
	.quad 0xffffffffffffff9c
	.quad 0x7fffffffffffffff
	.quad 0x3cd54a7623beebb7
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffdd66
	.quad 0x01c00000
	.quad 0x30000000
	.quad 0xc023c00000000000, 0x8008000000000000
	.quad 0xff7fffff818a31c8, 0xffc992a87f800000
	.quad 0x807fffff42ceaa44, 0xed7915b2ff0bdffa
	.quad 0xc0100000807fffff, 0x7c4c83884f800001
	.quad 0x807fffffee5b2761, 0x00e17f2aac9e04aa
	.quad 0x4bc66b2160e1fd03, 0xbe939403e2de0c98
	.quad 0x7d4d7e9573695402, 0xc1d52c2c7fe501b2
	.quad 0x8099c9fb3d77f0f3, 0x3f796967808b4215
	.quad 0x72a6b9c9ae8501aa, 0x2a3d063e38438f5c
	.quad 0x01044f7b151460d7, 0x3d157c85ffea8895
	.quad 0xffb098c840c80000, 0xbf30000000000000
	.quad 0xc01e883dae72bc47, 0x18904dcf8146f854
	.quad 0x40a00000bf400000, 0x6a80cce13d47fbb6
	.quad 0xffd0000000000000, 0xf91e459306d47901
	.quad 0xbd44fc833f400000, 0x80d912187f96ffef
	.quad 0x9ddb2d4dfffffa3b, 0x0760d57fa23f4e25
	.quad 0x4108ebdc15cccd61, 0xbfe4ba37ab1b99aa
	.quad 0x3ee4000000000000, 0x8000000000000000
	.quad 0xc022000000000000, 0x80706a4dc5bd08ac
	.quad 0x85c91c0cd13d7ffa, 0x800c8bd7cdd4a836
	.quad 0x83137a98fb39ea20, 0xe21da4468537cd8e
	.quad 0x008f06015414db2b, 0x8842c18fddedff2e
	.quad 0x3f00000049900000, 0x92f86717ff5effee
	.quad 0xfff8000000000000, 0x000d8313d8278c7d
	.quad 0xf5917d625bd9fdb8, 0xffe7b76673fd455a
	.quad 0x3fb631c335ed3337, 0xfebd4d4d02efdf44
	.quad 0xfcd98775e6cfd8db, 0x02a74790acbef594
	.quad 0x800169c438130000, 0x7fc000007fefd822
	.quad 0x41c0000040311e43, 0x7ff0000000000000
	.quad 0x58d3cb18e8905920, 0xc2d89a627f800000
	.quad 0x800ac7c5ffe57a5b, 0x2caed38eff8c0e56
	.quad 0x9d35af0ad3ffa98e, 0xcf800000d99a6d06
seed58:
	.quad 0xffffffffffffff92
	.quad 0x00000000000001c2
	.quad 0x00000001ca2713c2
	.quad 0x0000000000000234
	.quad 0xfffffffffffe6076
	.quad 0x8091d717236b6bcc
	.quad 0x4f510b9c21ba8a8d
	.quad 0x00000000000001d9
	.quad 0x251f98a98d96b8e1
	.quad 0xfffffffffffffd79
	.quad 0x0000000000000001
	.quad 0x883e066f6892600b
	.quad 0x000000000000025c
	.quad 0x00000000000020ea
	.quad 0x509964688217ee1a
	.quad 0x0000000001bbdda0
	.quad 0x01c00000
	.quad 0x90000000
	.quad 0x000914046cc532d8, 0xff2e1784dd88660a
	.quad 0x421ec479fff53e00, 0xa07320e664c60000
	.quad 0x8000000000000000, 0x716f05b47d7c77df
	.quad 0xb15c24cea1057c00, 0xc15c8a9a6b94bd29
	.quad 0x3fe93cca76703822, 0x1a813f68a6dd8000
	.quad 0x7549cd34ffeda7e7, 0xc02f83800853ba49
	.quad 0x7f83f5ea49cb0000, 0x405d56247c2a3dc4
	.quad 0x85618dd1c850502b, 0x6bf4879dffabfd7f
	.quad 0x5902861a7bd72623, 0x0696369affb58bff
	.quad 0x3e77c5db76b1b877, 0x0ffc70653d4bfddf
	.quad 0x6b33ff15d6357e00, 0x800000007f88d8d1
	.quad 0x7ff8000000000000, 0x4c4dc2d00d5c3fe7
	.quad 0x17dc807cfbe60d24, 0x757a91473fffe7fb
	.quad 0xd1fb73c893b98800, 0x57d0bb76def52161
	.quad 0x0d2c26a0c17f45d3, 0xbfeb6b9520bbbeaa
	.quad 0xff7e2fdbaeca50d0, 0x6ccc6bcd314493d6
	.quad 0x800000003f23e76f, 0xc3454a76b1b02363
	.quad 0xffc0000085f51e5c, 0x885060690be5b001
	.quad 0x0008000000000000, 0xc0000000ffc00000
	.quad 0xfff0000000000000, 0x8b28b80e778c7bab
	.quad 0xbfa8b3def165b569, 0x5f7fffff007fffff
	.quad 0x91b7a855bbff8000, 0x66f23ddea79efc00
	.quad 0x7f800000817fffff, 0xc05fc541c822ff45
	.quad 0x424ea1123f299c4e, 0xbf9710cddffffffe
	.quad 0xbff7a599feffffff, 0x7f43ecd9dc8811cd
	.quad 0xc06c3a8c20639199, 0x53ca84a4fe7f9d9f
	.quad 0xb4c2a8c3787fdaef, 0x4ef225d7cbfddc9f
	.quad 0x316d79582737c3fe, 0x8000000000000001
	.quad 0xdafc93ad59e47e00, 0x8ecc632e3ff95db8
	.quad 0xf2ced710c11c0000, 0xbec289fabd37425e
	.quad 0xff6fed87da165d78, 0x40bf400000000000
	.quad 0x6b47293c63260db5, 0xdd62859f45e8fc00
seed59:
	.quad 0x1a77a8e5805f7f8b
	.quad 0x0000150e410f5fa1
	.quad 0xfd0b408803cc4a95
	.quad 0xffffffffffffffff
	.quad 0x0000000000000bde
	.quad 0xffffffff80000000
	.quad 0xb100703075054b34
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x8f9daa30d67be242
	.quad 0x8000000000000000
	.quad 0xfffffffffffffffc
	.quad 0xffffffffffffff59
	.quad 0x8d1a3811e5199e9f
	.quad 0x00017df54a980abe
	.quad 0x7ef9f9f6db1ff800
	.quad 0x04000000
	.quad 0x50000000
	.quad 0x7ef639449c868482, 0x8c72513e3f800000
	.quad 0xfff4a9e98dd3b337, 0xb8ac0fc31ab30000
	.quad 0x4054000000000000, 0x1ab3c1d95c40062e
	.quad 0xebf6cde3e7dffd8b, 0xf5f472718a6c5b6d
	.quad 0x3cd61edf4f7ffffe, 0x1d3a8c6df2e18805
	.quad 0x80000000c0e33f3f, 0xfd9e1e49ea0a66a9
	.quad 0x02dc0ccc94ee71db, 0x49a000007f800000
	.quad 0x48791de6f36dcfae, 0x3798e5a3fedb4d57
	.quad 0x3f1c800000000000, 0x7f97530b7fb27eb7
	.quad 0x3d5046ec4aa5f731, 0xc0ac1fd55b69f7fa
	.quad 0xff800000df7fffff, 0xa21658d0ac148000
	.quad 0xc3b53e8effbef4d9, 0x7ff64b4a4b3cabc4
	.quad 0x2210dd4d42395ef9, 0x7fc000004029c74f
	.quad 0x409000002f120b54, 0x0000000000000000
	.quad 0x60f98847c890a5c0, 0xc1cc000000000000
	.quad 0xb6d00000c2d8c44a, 0xe0247a33852dc330
	.quad 0x7f800000ff800000, 0xc2a67f43f1d92d88
	.quad 0xc1040000800147e7, 0x46fe9dd7e5b6a8f2
	.quad 0xf668acfa00000000, 0x4005ee1e18fd8295
	.quad 0x80000000dfdecdb8, 0x000fffffffffffff
	.quad 0x403dcc8de317f7fb, 0xab3d8a78e92f2f39
	.quad 0x0a8ac5b374137f56, 0xaa4962608bf6d7a5
	.quad 0xffc000003e64589d, 0x5092e132b4144280
	.quad 0x17ea220afff5bdf5, 0x5a7c47a71f9bbc01
	.quad 0xc098000080000000, 0xc0655e9b19e07adc
	.quad 0x7ff0000000000000, 0x8000000000000000
	.quad 0x75da1b30fbffffff, 0x35a61878021b476d
	.quad 0x7ff0000000000000, 0xc3fc9164bd3f04ad
	.quad 0x03fbb5e3bfbd5de3, 0x8324167dec756ae5
	.quad 0xbff0000000000000, 0xbc1652c63bc42123
	.quad 0xc93ad89c3aefff7a, 0x390c000080000000
	.quad 0x42a4b69e8398a31c, 0x8000000000000000
seed60:
	.quad 0x130fadbec551a2bd
	.quad 0x0000000080000000
	.quad 0x4e65cfed89fc8da1
	.quad 0x000000000000020e
	.quad 0x98f6e2e7091845e9
	.quad 0xffffffffff9155a4
	.quad 0x5ad955fa6ad339b3
	.quad 0xffffffffffffffd1
	.quad 0x000000007fffffff
	.quad 0xffffffffffe45fe8
	.quad 0x0000000000000001
	.quad 0x0000000000000313
	.quad 0x3974c877e6350d12
	.quad 0x000003fb7f1465ed
	.quad 0x0000000439f7753f
	.quad 0xe9e90c1dd20444ad
	.quad 0x04400000
	.quad 0x60000000
	.quad 0x80000000ffc00000, 0x1fe1b325efd34f2e
	.quad 0xfff617aefdef54a7, 0x96440f704039524b
	.quad 0x81de816b2470ebd9, 0x7f80000080f6aa79
	.quad 0x99c08b198e6f915c, 0x4c0178cc3d43fea9
	.quad 0x7fc000009320b68e, 0x3fd9000000000000
	.quad 0x0000000000000001, 0x937cbe307030e5fc
	.quad 0x401a000000000000, 0x0002b90c9caf6110
	.quad 0xe2e73de9dfefaeda, 0xefa94719c0bbcdfd
	.quad 0x8000000000000000, 0xc780000043bcaa05
	.quad 0xf8db2344dd07bffe, 0x401e000000000000
	.quad 0x3fe8000000000000, 0xfd8071b737ab6315
	.quad 0x0000000000000000, 0x402dc11243a5c9bb
	.quad 0xbfe4000000000000, 0xcc1c0dd456d8d100
	.quad 0x43c383ae00000000, 0xf4c1502d271cbdb6
	.quad 0x6be23f5ab0c514d3, 0x1380d28169fcb98e
	.quad 0x7fa2e38efa31b9ad, 0x7fda04bf3e9df556
	.quad 0x3c6cb62680000000, 0x0f4a12f07fb2fc00
	.quad 0x84a0e5e4d837540a, 0x007ea2fb43cc6b80
	.quad 0x743b607fadb6fbed, 0xbf79591effc00000
	.quad 0xde05a0bb7fcdfff8, 0xdd964db47ec53768
	.quad 0xb482160880000000, 0x810e34036a9899e5
	.quad 0xff901a615037d674, 0x0012d34261dae66a
	.quad 0x803fa86b431c6778, 0xda996b8d78bffe14
	.quad 0x7f00000040400000, 0xbfe347a4cded06ae
	.quad 0xffc0000082f8e2b8, 0x3db9333b99277bbe
	.quad 0x8b497ce6eaa87c00, 0x7f8eab9980000001
	.quad 0x7306d22309758014, 0xff655c29ff800000
	.quad 0x3e2066aa40b00000, 0x1726b8781d407e56
	.quad 0x807fffff7f800000, 0x9ec74cd4ffb976fd
	.quad 0xfff0000000000000, 0xc1901b893ab00000
	.quad 0xa27aeab4af552c00, 0x7ffb5930a53a792d
	.quad 0x5f0000017fc00000, 0x403be94775b22206
seed61:
	.quad 0x0000007961e16a7e
	.quad 0x00000000000002b7
	.quad 0x405c4ea5fdc6050b
	.quad 0x0000000000000390
	.quad 0xfffffffffffffdf0
	.quad 0x0004290bc2382466
	.quad 0x8f79608f04d17098
	.quad 0x0000000001000001
	.quad 0x000000000000000f
	.quad 0xfffffffffffffc33
	.quad 0x000000003cbef509
	.quad 0x60e0de68dfafca5d
	.quad 0x00000000000018d3
	.quad 0x00000000000001ec
	.quad 0xfffffffe826c29d0
	.quad 0xabe500bfb809519e
	.quad 0x04000000
	.quad 0xe0000000
	.quad 0x76c8d7cf06fb5a3f, 0x12d4cc987ffbf74f
	.quad 0x5f7fffff7fc51c87, 0xc0d00000ff1edaa6
	.quad 0xd92559bb0faac4ea, 0x0000000000000000
	.quad 0xc0d162a9432ba8c5, 0xe899c9047fa3d268
	.quad 0x1aaf6cca01b1f752, 0xfff0000000000000
	.quad 0xbf80000197a8472b, 0x007fffff00000000
	.quad 0xffefffffffffffff, 0x0a808bf512df0000
	.quad 0x07b627cfc24c8001, 0xff624c5b96c8ceda
	.quad 0xad149ae3f000fc00, 0x3feadbdd2dab18ba
	.quad 0x9aa4ce20ffc00000, 0x6c70767effeaf9f1
	.quad 0x400befc5caee5176, 0x7fe0000000000000
	.quad 0x4d78e51368c58000, 0xff000000ff800000
	.quad 0x86ad6abbffb982bd, 0x8b5852497fc00000
	.quad 0xd8e546bc5ec57c8c, 0x47600000f24cca61
	.quad 0x3ca3c3709b2f8e4a, 0x80e96652a255a8b9
	.quad 0xbf7e92d37a90747f, 0x7ff0000000000000
	.quad 0x1ffb69f53e85ba13, 0x3f7c000000000000
	.quad 0x0d06883311edd50c, 0x42d43948ff800000
	.quad 0xfdcdc32b787850c4, 0x84658d75ffb9f6ff
	.quad 0x400c8cd9c35f392f, 0x927f89a8faf5b97b
	.quad 0x81b86c4e23f2dd96, 0xc4eb4a44b8e193e3
	.quad 0x3c9183dc60056cfa, 0x4118000000000000
	.quad 0x810000005d80d584, 0x0645eb6e90237c10
	.quad 0xbcfac3bcff32b929, 0x6f9e8938ff800000
	.quad 0x42180000ffc00000, 0x3b9d95711eba07b2
	.quad 0xf32b4b193bbd6d02, 0x7fe3c52b80000000
	.quad 0xff83353500000000, 0xd7602eecebaf527e
	.quad 0x40900000ffb4ea98, 0x0000000000000000
	.quad 0x18d64eacaa54f3b1, 0x94973d84f8ef8c2d
	.quad 0x7fb06b570945f828, 0xff00000040400000
	.quad 0x0041cac490fd5eb1, 0xb6d0000070eb51ce
	.quad 0x666575af86e9be80, 0x53e1e4b8a5dc7eb0
seed62:
	.quad 0xfffffffffffc6361
	.quad 0x0000000000000000
	.quad 0x000000000000025e
	.quad 0x0000000000000003
	.quad 0x0000000000000337
	.quad 0xffffffffffffff1c
	.quad 0x8bae015f0c9011f4
	.quad 0x0000000000000006
	.quad 0x00000000000003db
	.quad 0x000000000000077b
	.quad 0x7fffffffffffffff
	.quad 0xfffea642f8b776c0
	.quad 0x0000000000001159
	.quad 0xfffffe3061e13545
	.quad 0x00000000000000d4
	.quad 0xfffffffffffc54c8
	.quad 0x00c00000
	.quad 0xb0000000
	.quad 0x4c3cdbd93c9c3e1c, 0xc013f03ee7f0b67f
	.quad 0x3f99ac8c5320360c, 0xc06447d8c8e88b1b
	.quad 0x3ff6ad9350fcc937, 0x4146070d0c07ec1b
	.quad 0x7ff04384ae24de53, 0xbff33aabb1c8dde2
	.quad 0xd045b108f1ffffff, 0x598000007fc00000
	.quad 0x7fa5fad574757a30, 0x6b2f0024ae53fb38
	.quad 0x887cef308eaec850, 0x5e59cd59ffbe7dbe
	.quad 0x4a99b7c9a072fc00, 0x8a31e828d45e59f0
	.quad 0x43c54876bde3efef, 0x20f073dc49d6d914
	.quad 0xe6a280204df4b7f3, 0x04bc65b5df73fe9c
	.quad 0x400c000000000000, 0x00138255c3e9f8f3
	.quad 0x58194bb9c94b18a9, 0xc0839c86f231bf9c
	.quad 0xc1db9a08ff88c968, 0xbf90fe04e45cb611
	.quad 0x7fefffffffffffff, 0xc00780c0a6ad181c
	.quad 0xbf7a532897a9fa70, 0x27bd20af8d867c00
	.quad 0xc3e0000000000001, 0x80683e3a9d0cbac3
	.quad 0x3ed000007fea6343, 0x801751b12cfddfdf
	.quad 0x8422024cffbd9e0b, 0xbe6576a67438aaa7
	.quad 0x385548dbddffefbb, 0xb8b28adbd8967cfb
	.quad 0xcd1b8f7ab4bdba20, 0xc1d2257e41400000
	.quad 0x000e5be6ff81aa74, 0xbc121f2eff88e701
	.quad 0x5b111466b382fc9b, 0xbfef1d5ff4e7f715
	.quad 0x00fc735f45eb0ce6, 0x3f042076fee7fd7c
	.quad 0x47300000105a739a, 0x58797830ffccea2f
	.quad 0x1baf5382c774ffa1, 0x000000001deb96c3
	.quad 0xfff0000000000000, 0x45b571c1a3757e1f
	.quad 0x007f28f8373affbe, 0x4017000000000000
	.quad 0x43167a48006d4fdf, 0x0008000000000000
	.quad 0xfff0000000000000, 0x7fcfb36436f80000
	.quad 0xc2c147d2004d3ed3, 0x6e0c6dc115ddfd54
	.quad 0xc05aacbf6e978904, 0x65c6ac89d7d912ff
	.quad 0x00000000c2223ba8, 0x3f98000000000000
seed63:
	.quad 0x0000001824d7bb46
	.quad 0x4654f254856c2332
	.quad 0x2f9858d9278c8c90
	.quad 0xffffffff80000000
	.quad 0xfffffffffffffffb
	.quad 0x00000000005c2204
	.quad 0xfffffffffffffed1
	.quad 0x01d9d75ba9e52a25
	.quad 0x0000000080000000
	.quad 0xc76203f7bdc73a6e
	.quad 0x000fdac53af5b237
	.quad 0x542355aa1534fe2b
	.quad 0xfffffffffffffeb6
	.quad 0x0020000000000001
	.quad 0x0000000000000369
	.quad 0xe9f77086a99aabb2
	.quad 0x01000000
	.quad 0x40000000
	.quad 0x0010000000000000, 0x741667857ad2a8b4
	.quad 0xd55e9634d50d4ba6, 0x0000000000000000
	.quad 0xbff86e7effa77e7f, 0xfde393a74f2d7c00
	.quad 0x3da4022a825dda3a, 0xf7dadb8d00000000
	.quad 0x8045d8e23a960000, 0xfff8000000000000
	.quad 0x4cb06080ff32fd91, 0x4043dbd0d2d9e118
	.quad 0x8010000000000000, 0x7fc222a8bc3d8e41
	.quad 0x8000000019c6e084, 0x67456cd60e3a796b
	.quad 0x7ff5a93566bd8420, 0x7e5dd6a66b1b606e
	.quad 0x8005ea09656c0bb9, 0x4779ebaeee0cc6a3
	.quad 0xd6915e3e8cbd9ec1, 0xe6ae563239b48400
	.quad 0xc006000000000000, 0xc7bbf23c7ef6fda4
	.quad 0x007fffff807fffff, 0xc0ee511e3ab30888
	.quad 0x0000000000000000, 0x87df8d2cf08ea8ea
	.quad 0x4050000080426159, 0x43f0000000000000
	.quad 0x93e200a4cafa5981, 0x760a0084d6f777ee
	.quad 0xc06000003e0f28f6, 0xbfccc97b0009080e
	.quad 0x877ea2a8e58ae0b4, 0xa9398de4d3ef4cde
	.quad 0xb66bad337fc9f938, 0x6ef4645faae2cbb8
	.quad 0x800000007f8992ad, 0x4163186b47800001
	.quad 0xf188dd8b18e38000, 0x0298dd45ac15730e
	.quad 0x3f9f89947b88bf86, 0x7a0964b02cd1ef74
	.quad 0x7f8000007f800000, 0xcb33780efe800000
	.quad 0x8005b2747fc00000, 0x6a8619d7fbf91951
	.quad 0x39000000c1220000, 0xac9ed12affbbffdf
	.quad 0x7ffb9a4fb98002cf, 0x957a34addf7fffff
	.quad 0x03925c19056f8000, 0x9ee77778fff97fbb
	.quad 0x407b7ed20ace032b, 0x0020000000000000
	.quad 0x71e1166847ccd3a4, 0x9e488d2eb9e69534
	.quad 0x7fbc89e980000000, 0xbff2000000000000
	.quad 0x92224f8ffe607800, 0xd3afc51c9efe5885
	.quad 0x82cadd4fa8d47009, 0x266427ad5307f923
