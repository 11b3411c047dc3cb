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
	.inst 0x1f4dac50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0f831
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
	.inst 0x9e280203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5ea9fcf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6fde75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2fc436
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fcd9197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e32dd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fcb90b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e68010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e67fd3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f24259c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6c2060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67d524
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f011c3f
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
	.inst 0x1e2100a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e03a9b2
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
	.inst 0x1e221a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee0c875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70c976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f252e37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2a1818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6079b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e2188fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fcb995b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e30f41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e62015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d899e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18cd0f
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
	.inst 0x6eb0c9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f039c11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0c832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eadf513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c5914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e616835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e616957
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e28c698
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e021c19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c585a
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
	.inst 0x9e6000ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e30012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e38293e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e20016f
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
	.inst 0x1e274190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee18a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e230052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7fc59a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e732030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e640145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1ee2c0b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4b2857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee1a898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e654019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fc19aba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e21b89b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea1dafd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f0110de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6989df
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
	.inst 0x1e02b5b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e710201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6bfcf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e678401
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02a0f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e6ae415
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e21b996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f61fdf7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6938d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e70c9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e243a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0cb3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21417c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e22283d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6f5cfcdf
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
	.inst 0x9e230050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4eeaf5b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e618892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f8010d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3900e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a4514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6df64c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e310247
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6169b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70fb1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6241fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fa4907c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21695d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6328be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4f8098bf
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
	.inst 0x1e3901c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea0c811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e21c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e657a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea19894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e682835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2b1916
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
	.inst 0x5f2dfe98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3101a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f6ee61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61787b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30fa5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e21d8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e61699e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e30004f
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
	.inst 0x7e6169d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a39f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e42a452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e263813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e210144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f48c0f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e630836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7801a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c1d8
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
	.inst 0x1f4f4cda
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0e30f5db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0d89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7a38bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63011e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e69791f
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
	.inst 0x6e60d5d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6d2951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e314932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e61da13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea0f634
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e660a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e312170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2301f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef2d638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7ef0ca39
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
	.inst 0x4eaac57b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2f28e47c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e250bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6520b0
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
	.inst 0x4f22e4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3095fb
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
	.inst 0x1e230133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e21c9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4c2c75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21b9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea0d937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21d918
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
	.inst 0x1e6968fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2301fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78022c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e61004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60002e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e672cff
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
	.inst 0x1e6c58b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4ba111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e198502
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f1208d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e380124
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6bfe35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e3001a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2144d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61c9f8
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
	.inst 0x7ee1d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c1a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3218fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e70d9bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e6ddd1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2ab55f
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
	.inst 0x6e69f510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7eabee11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e682892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f4dfd93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0ea0c9d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e20c1f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f77fc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee8c497
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7001e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e61aaf9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f40bc5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f47459b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f49fcfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2c19dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e22003e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67c33f
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
	.inst 0x4e6fdd10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e23de11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6240b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f404653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e7800e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c176
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e230077
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7eedd5b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c691a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5f58e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e31d01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ea1b9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1995e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2300bf
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
	.inst 0x4ea1c4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7fd099d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e61a972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e616484
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61a894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4eb4c615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c9016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e210107
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2f3de678
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e690169
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
	.inst 0x1e23c33b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61083c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2405d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c0fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f4c9f
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
	.inst 0x0e28cc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f59fdf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e71443e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fd29994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e63c0b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e2169b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e63dcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e03e8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61a97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e28004b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e63683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e30387d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee1db3f
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
	.inst 0x1e18c8e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2b89b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e43f932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e380183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ea8d4b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee1d9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30c9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6000c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e65dcb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e62cdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27797a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e61d4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0b11dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6ffd1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d5547
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e69fd7f
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
	.inst 0x1e291910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e300a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e313812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea8d493
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee1b854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a6cd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6e0456
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
	.inst 0x7e37e4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6f1db9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ea1f8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e746516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2200fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2423d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65095e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a3a1f
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
	.inst 0x9e2201d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2f08f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e68ec92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e6169b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eb0f814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e254135
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f3afc96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e65ddd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eabccf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f859119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2e27f61b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68199c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f4ee4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3c2b3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2e21e0
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
	.inst 0x6e30f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f669c71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f22b1d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2401c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f688014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e680145
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
	.inst 0x5e20e5d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e58ada8
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
	.inst 0x1e63011a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e59f1ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f70fc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79002d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d26a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e63d5ff
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
	.inst 0x6e21c950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee1a811
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
	.inst 0x9e581483
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2e218974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e58c865
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e65c477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6f4978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ea1f9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7049da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e03693b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65387c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20497d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b2230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26bd3f
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
	.inst 0x4e2be470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7ea9ec12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0ea1da53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c2854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0c895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6288b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e19d487
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2bce58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e358879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e02817a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6000cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2eb2e43c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eece43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e191b2e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2ea0ed5f
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
	.inst 0x6f51e550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2faf9131
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee24212
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e302d53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1d934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e610165
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c3916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee0d817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d39d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6d2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e22c2fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e627f5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1d93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e083d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e65f5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fad10bf
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
	.inst 0x4fc45030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e380222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6e9cb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f78fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e668855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e433996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e616977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e7002a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eebcf19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6f38fa
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
	.inst 0x1e37387c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e75793d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22013f
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
	.inst 0x9e790040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f103d11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20b012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620193
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2585a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e23c235
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fc65276
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e61c817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e613958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e202188
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e6168fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e21ce3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e25e47d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6c297e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eabe71f
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
	.inst 0x1e628990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e610161
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f051952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e250063
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e680064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e633855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e219976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f495617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e630138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e2be679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0fa0907a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3920b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ef0f93c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee0d81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0fbbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc8913f
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
	.inst 0x2e2bfc30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6b2891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f644612
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6201d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2f5994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e0935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e326976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e390267
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21d818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e274019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e672000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0c99b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e2dfc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e70004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e25089e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcb19df
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
	.inst 0x9e620170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2244b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e600082
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2e21b8b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eedd474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6d28f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f8f1816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e733877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6139b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2f2de719
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e70f85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f16d8fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f40fe5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e26483d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e29f5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0d941f
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
	.inst 0x1e1990a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e03fd71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f912
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e02e013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e622914
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e230055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e23fc56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6828f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f764ed8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e24c139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2a597a
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
	.inst 0x7e21ab5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e70038d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eaff53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea3fdbf
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
	.inst 0x4e617970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e630811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e439812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f43b453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd31014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a1815
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7529d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e200088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f128d1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e6bddbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e62001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e63e4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f7025ff
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
	.inst 0x1f662450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4f905011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d2832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7800e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ea0d995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f08b296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e7900e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e2ade98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e672230
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f63283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d689b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68301c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e0358fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e65c1de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e63017f
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
	.inst 0x6ee19910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620111
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e588502
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e790203
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1ed34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e18ed25
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03bc76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2d2a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0eaffd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61b979
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7eb8d55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0fafb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f034ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0ee7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f538a9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0ca1f
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
	.inst 0x1e6200f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70c451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e221992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e31b533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e274134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2301f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ef4c5d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e238997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2f3018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1cef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e70ed7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e21c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee0e9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0f97e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c0df
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
	.inst 0x1e652970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0e4b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea1b9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6300f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2559b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e674035
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e6168b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e21d997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e780008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6619b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6100ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26417b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e33789c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e256516
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2bfc3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2186b3
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
	.inst 0x7ea2e5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2519b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e65c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e710043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2001c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1b8b5
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
	.inst 0x1e6275e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e310088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7f57fd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67501a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f49e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a481c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0fb9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eafe73f
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
	.inst 0x4ee9f4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6fcb9151
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e617a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f201274
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e61c9d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7f32fcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f443d37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e34feb8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e60c1f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e35e61a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f88505b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ea1a9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23c17d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62685e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f44ad1f
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
	.inst 0x6ee7f450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e43c431
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d2cf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f032a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6178d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ef0c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e21c096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f00c517
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6a18d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e662050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f208c5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a183b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65c2fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7eb0f91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21000e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e7d2070
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
	.inst 0x4fc75970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e08f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e280102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e790163
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4f895074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e038c35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee7cd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6cdcd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630138
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef0c679
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e3901aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61587b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5f40fdbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2668fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e59eccf
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
	.inst 0x1e6e21f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2a5d91
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
	.inst 0x4e216a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6f2070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea0e955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee0f4d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e219857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21a818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e18ed49
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e6169da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e23c1fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67801d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f41275e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6440bf
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
	.inst 0x1e60bd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220051
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e711952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fd050f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3009d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3100e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e690816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1b937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61aa38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3cf019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee1b9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e20014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e6dd5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f8458dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ee0da7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea5ec3f
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
	.inst 0x1e630170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e230191
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f02adf3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e240044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21b835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6c2270
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e280a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21c6d8
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
	.inst 0x7f8891da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e24002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f77ba5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c17d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22c2de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea0f9df
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
	.inst 0x1e281810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2b2110
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
	.inst 0x6eabe434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6c3875
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1ba56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61b857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2eb5d498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e6500a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f29d97a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e29093b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e28fdfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e439c7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63c1fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fcc113f
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
	.inst 0x1f0f9c90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790141
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e267952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0eacf4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e6bdcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e625015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2f8e9936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a3977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e20e598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e762200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6c8a9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c78db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c6b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f12ecdd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e361d9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61409f
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
	.inst 0x1e63c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ea0d851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4fcd1032
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e67c1d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e2fe514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e220195
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e390006
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e340917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f45c2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616ad9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e29012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6722c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f46cc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e30c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee8d53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee240ff
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
	.inst 0x9e690040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e21a9d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6eb012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e62fcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6198f4
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
	.inst 0x1e6b8956
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
	.inst 0x2ea0f898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e213b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e616a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7fa6985b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e0380fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e2ee5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7800ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e58ecaf
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
	.inst 0x0ea0d8f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e390201
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c192
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
	.inst 0x6e61da14
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
	.inst 0x4fd090b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e780067
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2740f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e2ce419
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6e889a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e217a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6efc1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f25aadd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1a81e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6143bf
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
	.inst 0x1ee2c190
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6800a1
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
	.inst 0x1e6a6973
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6d8854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2541d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f76e536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2901a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e650008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f0019b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e79681a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f082c7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e7439bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20291d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0f8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6021e8
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
	.inst 0x6e61d8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e24ddd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e23c0b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc899f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e6ecd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7001e5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e62e696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e21c5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e3818
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
	.inst 0x9e3101ea
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6c2120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4eebf77c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e2fec3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e43f9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee3c41f
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
	.inst 0x9e680120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f10bcd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5fa158b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e248a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2741d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6a0915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6121b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21dd57
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
	.inst 0x1e250b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2d585a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6678bb
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
	.inst 0x6e66c4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e6178be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e63c1df
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
	.inst 0x9e035010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eafe531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e301556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624233
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4b1c14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6e7429
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f2bbcb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ea19937
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2201d8
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
	.inst 0x1e28018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc3909b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e48fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7a89bd
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
	.inst 0x1f00113f
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
	.inst 0x9e780020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ef0f5d1
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
	.inst 0x2e2ce633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7801e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d9015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e61a8f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0eafccd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6afe18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61aa19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea0d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e627b5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcb983c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f67487d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee1a83e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f5dad7f
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
	.inst 0x6eb0f990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d2a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c1b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e230a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e630034
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e640045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6c3a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e691877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e7ff018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2169b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea8cc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e66ed9b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2ea199dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f5c1c3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fc411fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6900cf
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
	.inst 0x1e64c1b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e61c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e291972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e676a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2019d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e624055
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e588806
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f2036b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f73fcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f32b859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea0f91a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c81b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e2168dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21ff5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f789e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0d81f
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
	.inst 0x1e6d1524
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
	.inst 0x1e702060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea1a833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e650204
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30c915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59d606
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
	.inst 0x1e623898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ef2ee59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30fa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e62001b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcc91bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0c9dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7000ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e1804ef
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
	.inst 0x2ea1a8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2e4851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d48d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f320473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e43e954
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
	.inst 0x1e6408f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2ded17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e76e498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e2fe519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27417a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2142fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21425c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e39014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4eaaf4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64c1bf
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
	.inst 0x1f058430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0e931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e201932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e61a853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e264194
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e300125
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e342896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f7ae4f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e30d839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e39010a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6cdc5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e30f97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e24004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fd4981e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e02049f
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
	.inst 0x7e616930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2eace611
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
	.inst 0x1e602108
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
	.inst 0x1e335935
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e21ba96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e329017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1ee2c078
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
	.inst 0x6ee1aa3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e70f9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2e27d43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e20c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e66f4ff
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
	.inst 0x1f6d3410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fa158b1
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
	.inst 0x1e2829d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380144
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f123e55
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
	.inst 0x1e3118d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6fb458
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e254959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee1993a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd6117b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6748fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e21d85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2300bf
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
	.inst 0x1e6441b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e216991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2368b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5fc21a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e19ce44
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4520f5
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
	.inst 0x1e2b28d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e70f8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e380149
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e30193a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a20b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e26ff1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1a95d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27bd3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6900ef
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
	.inst 0x1e3101a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2440f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2740b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e26cd53
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
	.inst 0x5fc05855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e30dd16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2741b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e214118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e616899
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1d9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6f60fd3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2f20e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43b8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30d494
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
	.inst 0x5ea0c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2e2fed91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e680062
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eabc553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e300894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0f34fd55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e399016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e752150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e240049
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6201fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7656be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6201fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6169fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f14649e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67281f
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
	.inst 0x1e63c150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6201f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f0e2df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f100073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e21c054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f0c0915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e25e4f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e674237
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e21c838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e65c119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f69901a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2ab11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f679cbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e79006d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e66d53e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc4191f
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
	.inst 0x1e27c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2200b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f4dac12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f29c4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2441b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f2f4d55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e220136
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4eedd4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e23c118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f20b8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7928ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e29030b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2489fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2834dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e31030e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e21018f
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
	.inst 0x1e6c2090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6a0d31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e660852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7f34e653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f68b834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6fe675
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc859f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2b2917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6fc49218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4f74e559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e31000a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e32199b
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
	.inst 0x7ea3d57d
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
	.inst 0x9e29026f
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
	.inst 0x1f258150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e707871
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e635852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f8191b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4fd11134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6ce655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6822a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e619818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6cdcd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f61211a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79032b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f0fec3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62c5b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3c397e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2f79df
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
	.quad 0x15379e6c6a904569
	.quad 0xffffffffffff9843
	.quad 0xffffffffffffe412
	.quad 0xfffffffffffffe86
	.quad 0x0000000000000000
	.quad 0x07ca40f473200e97
	.quad 0x50bbc92e2c124302
	.quad 0xffff5c313a47cdfc
	.quad 0x0000000871a87e29
	.quad 0x0000003a62f10f92
	.quad 0x2876554e10cadf01
	.quad 0xfb91c1865725385c
	.quad 0x0000000080000000
	.quad 0x0000000000000412
	.quad 0xfe5031f0f363fedc
	.quad 0x0000000000001712
	.quad 0x06c00000
	.quad 0xf0000000
	.quad 0xfb06b160ff908611, 0xc04b57367c380c9d
	.quad 0x7ff312aeeb9ebaee, 0xad48bf94fff9ba45
	.quad 0x49a009635f1c31f7, 0x307281f5bff351c0
	.quad 0x29f1bca0fefff9e7, 0x6cbbf5edbee1fdd0
	.quad 0x7af756ec85a054a8, 0x429fad06fe0e25f6
	.quad 0x8000000000000000, 0xc0eb42fcb87f0000
	.quad 0x350e08cb8d5bbfee, 0x8000000043dab9d2
	.quad 0x7fdabbc46ed00e30, 0xfed46c8c6d5c1775
	.quad 0xd19c425dfb7f0b75, 0x135dde69c26994fe
	.quad 0x661cd72eff8dbfdc, 0x000014442cbdaf9d
	.quad 0xd37a0c7f6738333e, 0xfff0000000000000
	.quad 0xcd001f34f9f9f99e, 0x1f41eaa9c5de35cc
	.quad 0x0270c4ee6e2f97a9, 0x10999dc7f36f4bfd
	.quad 0xfffb6db0c83d3b2d, 0xb8ac7ece24ec5551
	.quad 0x7e0a98e6016daf55, 0x59f1b771ffffde7f
	.quad 0x5d130d1d1573c400, 0x7ff0000000000000
	.quad 0x358951f472c50001, 0xfff7e034de489337
	.quad 0xe917e39dff33f29d, 0x3dd24e2841040000
	.quad 0xbe800000ff800000, 0x8028517e58ab2e2a
	.quad 0xc01f000000000000, 0x8b80ccb5592afda4
	.quad 0xffdc959eff17a02d, 0x0000000016127e41
	.quad 0x7f3456a2ed3b561e, 0x9dffc52481000000
	.quad 0xfff0000000000000, 0xdc0ea9aa4b744d83
	.quad 0xc34ed6ceab3c7f45, 0xffc4000fda3984dd
	.quad 0x1cc8fc0af7f28141, 0x434ffffffffffffe
	.quad 0xff8000007f800000, 0xbd5c24d67678d16e
	.quad 0xcfffffff003d5790, 0x76debbcc7d1ed2db
	.quad 0x40fa4288ddf4314d, 0x00000000ffaa3a2c
	.quad 0x4c3fd6aaf28c441b, 0x8000000040b00000
	.quad 0xbf41a78f80000000, 0x7f8c98e33ec57277
	.quad 0xa523540108b409fc, 0x2311c754d07d0680
	.quad 0x3f7937738f9a00b7, 0x8277a686863ff46a
seed1:
	.quad 0x84436c72aba811bc
	.quad 0x8000000000000000
	.quad 0x72a2922a6def71aa
	.quad 0xfffffffdd75abad8
	.quad 0x0020000000000001
	.quad 0xe1aae640f138a086
	.quad 0xffffffffffa4569a
	.quad 0x691ecc0b7dc4c35d
	.quad 0x444cd6e0ab204a33
	.quad 0x9f5f793a3946dbff
	.quad 0x82d649d20725bd32
	.quad 0x312fd4e72a6d78bf
	.quad 0xffffffffffe4b78b
	.quad 0xa53761b38f6d3bf7
	.quad 0x00000000ffffffff
	.quad 0x000000000000005c
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x7ff0000000000000, 0x8bbd80b7874c5b2f
	.quad 0x4394e05280153c30, 0xc3277f9f811b5c8b
	.quad 0x83f83702cac04f3d, 0x7fe4f328bece76c0
	.quad 0x42400000cffffffe, 0x754ad9d23d499492
	.quad 0x718a9ed9b65aaf86, 0x40e8000046c80000
	.quad 0x817fffff59800000, 0x8000000040f00000
	.quad 0x7ff0848a9f58b3f6, 0xbf83c00000000000
	.quad 0x6426dbee0be3fe9b, 0x3f62000000000000
	.quad 0xfff6888c0e0d27d3, 0xc01c000000000000
	.quad 0x7ff5aef8091f9e11, 0x323a0df9b2720360
	.quad 0xfff795466373c87c, 0xfff0000000000000
	.quad 0x800813bfde0f53fb, 0xffa02a457ff0b733
	.quad 0xa7df401645161228, 0x7fbe6fe57f2bed99
	.quad 0x423b9fd8f941cb2e, 0xbfd77d44909d5092
	.quad 0x404b662a766b380e, 0xa0e554bfffefc919
	.quad 0x8000000000000000, 0x5b0175be0ffda773
	.quad 0x3fef7ca3f914fe92, 0xc10e00004b000001
	.quad 0xc07c2d22c75ed838, 0x1aac3b82c1080000
	.quad 0x402028025fea194d, 0xc7000001ffb1ec79
	.quad 0xffc00000ffd7a26b, 0xbf1b800000000000
	.quad 0xbe17180cbfa0c3b7, 0x3fc1cec2d1e15dd7
	.quad 0x7ff0000000000000, 0x36b2f4e9ffbd0780
	.quad 0x407ddfd5ef950692, 0x7fd974d57f8491c3
	.quad 0x3e501b72ff800000, 0xe741944459157911
	.quad 0x822e58d295dc671b, 0x1a3fbcfb354a835f
	.quad 0xff9a47067f800000, 0xfe6220d1b69bb957
	.quad 0x3fd0000000000000, 0xc0a00000bd5b4d1d
	.quad 0x6833dfd5afced209, 0xbf78200000000000
	.quad 0xbec429a18a0d7d81, 0x8e7b8342b7e00000
	.quad 0xa281b930b65ebcf3, 0xc6337fc81b093d85
	.quad 0x44e0000080000000, 0x4018000000000000
	.quad 0xbd17cf8ebfbf00fd, 0x003b32d247d28960
seed2:
	.quad 0xfffffff28f088e00
	.quad 0x97edaaeef45bd5ce
	.quad 0x04d9076f84e0fa65
	.quad 0x000000000000037d
	.quad 0xffffffff80000000
	.quad 0x6cab991f8fdc087e
	.quad 0x00000000000000e8
	.quad 0xfffffffffffffc47
	.quad 0x00000000ffffffff
	.quad 0x0000000000000325
	.quad 0x0000000000000007
	.quad 0x00000000000002c9
	.quad 0x000000008a89d985
	.quad 0x0000000e4318eafd
	.quad 0x9e1fe3aa8709fcc9
	.quad 0x00000000513b3651
	.quad 0x00000000
	.quad 0xd0000000
	.quad 0xbeb247393eebdddc, 0xffad8d4400400000
	.quad 0x72f983c8be7ffbf7, 0x7f80000041080000
	.quad 0x7f80000080087e43, 0x6a26bbcfbcd00000
	.quad 0xc34ffffffffffffe, 0x40b00000a7e0a2a0
	.quad 0x0247ebb43372f95e, 0xc7ffffff7f800000
	.quad 0x0000000000000000, 0xfd90ba5b8d7d3bdd
	.quad 0x187277614d39829f, 0x0000000097de0ba2
	.quad 0xc400000000000000, 0x7f478d5ecfffffff
	.quad 0x7eb85263d48981d2, 0x407b5f4b91622d10
	.quad 0x7ff0000000000000, 0x3e3923acfebfbc9f
	.quad 0x61c4da2f41229f14, 0xfd80d8de3e4b50b2
	.quad 0x7f800000407fffff, 0xc00ddc3185bd9c56
	.quad 0xb6a8481b77b7a9a3, 0xff96101abe19132c
	.quad 0x22a6ffd2cffadc48, 0x006bc490458e0000
	.quad 0xe0ce9b79949e7f23, 0x3fb5800000000000
	.quad 0x50bdf32cf9eae7df, 0xbff0000000000000
	.quad 0x408852da36bc4a44, 0x39ce6d8a41d547ec
	.quad 0x28ccab6a6b20e633, 0x131cbf687b9d7d66
	.quad 0xbc3621a88ca27f52, 0x7effffff00735da5
	.quad 0xfffbc20bfcfb848c, 0xc387a2c378b62874
	.quad 0xf8ea23844a877903, 0x7edfd50200beed85
	.quad 0x4340000000000001, 0xfc10e3f70511bccd
	.quad 0x000000000a6ebd12, 0xc0275d1aa2e9693e
	.quad 0x205be3605bffffff, 0x80014f513cfaa92f
	.quad 0x62c437cfdd5f67c7, 0xbe50f9377effffff
	.quad 0xd8ce00985d8e5454, 0xbf99e519e522a8b6
	.quad 0x5c0925bd19947c00, 0x5f9c840cf717dbfe
	.quad 0xe6a75bc30cae8bd7, 0x41000000d9cf8bf0
	.quad 0xbce6ae986d79f91a, 0xeb3852895a973400
	.quad 0xffbc0c6f3c100000, 0xc4d3958ffffafe00
	.quad 0x4dbe2a4adfff7fdc, 0x7ffad4baf7e67bbb
	.quad 0x9239044abdc2b569, 0x00000000c01ea5af
seed3:
	.quad 0x000000000000012a
	.quad 0xeada230f0b2d39d2
	.quad 0x0000000080000000
	.quad 0xfffffffffffffd02
	.quad 0x43522b4d6a7633e0
	.quad 0x8000000000000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff44
	.quad 0x0000000000000170
	.quad 0xffffffff80000000
	.quad 0xe840b1b607dcfef3
	.quad 0x000000000000042b
	.quad 0xffffc5bea6cd006e
	.quad 0xfc93cce3ec0163cb
	.quad 0xcb8d88c88431b424
	.quad 0x364c77d6fce3fd9f
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x305d42fdbfb98bbc, 0x378dc5d445dce89a
	.quad 0x807fffff0a6c3730, 0xd9fffffe7f5925b1
	.quad 0x1ea96a17bf6dfcfd, 0x4007000000000000
	.quad 0x7ff8000000000000, 0xc8b86f6feec64b2d
	.quad 0x3f40000000000000, 0x7e8000007f9eb0be
	.quad 0x368d28cebac24aa0, 0x390df24f7fef57ba
	.quad 0xbffffffffffffffe, 0x5e9ccf4a1dd08a2c
	.quad 0x800000007f800000, 0xc051d292d51e1458
	.quad 0xc09a400000000000, 0x7e13ff691ed035a5
	.quad 0x7f826e24bf7c65c7, 0x80000000c31dbc60
	.quad 0x1b1c2db2bf1e4100, 0xeeabfc44024782a9
	.quad 0x7fc0000000623904, 0xffdf2db8c1b66910
	.quad 0x40410270a82ec553, 0x813ef3b3ff42a1eb
	.quad 0x7ee1ae76b0498561, 0x67c814c4f7feccff
	.quad 0x04a589d6ff9aee16, 0x6f39386427bf0cbf
	.quad 0x40c77a499e7afa3f, 0x0d66b67fe3cdd6c5
	.quad 0x000000009f13da2b, 0x9dc22a4e15effd7e
	.quad 0x4696ce823186f2f4, 0xdcc76ab8fdffffff
	.quad 0x27449fbff8d784bb, 0xc0505a9a285ef713
	.quad 0x21d8f72fef7b2b58, 0xfff8000000000000
	.quad 0x77a8075f00000000, 0x2732239fb0e53a9f
	.quad 0x3f8657e08db3e6ba, 0xc055e31153836306
	.quad 0x8000000140a80000, 0xe9114210add037c2
	.quad 0x006ef9409ea67fcf, 0x7dc743d9fb612c68
	.quad 0x3fbc400000000000, 0x4016000000000000
	.quad 0xc248d64fdee8fc00, 0xea202e9bd3b9f934
	.quad 0x400f3ed000bdbadb, 0x1e53a29743432630
	.quad 0x478c653148eeb06e, 0x8000000000000000
	.quad 0x68fbfddbbf2ddf52, 0x400ee12fd8753eb1
	.quad 0x8d93fa8097e23f6c, 0x12acc8877fa1dcfb
	.quad 0x7f80000078514c14, 0x9e3c9b49807fffff
	.quad 0xc000000000000000, 0x8010000000000000
seed4:
	.quad 0x000000000000009e
	.quad 0x00000001b79c00d9
	.quad 0x0a2a20e7cf1ff81d
	.quad 0xbc174f23379cd344
	.quad 0x000000010e78c448
	.quad 0xfffffffffffffc88
	.quad 0x00000000ffffffff
	.quad 0xffffffffff9ed63d
	.quad 0x069a2767516f2605
	.quad 0xec9f43215dafa145
	.quad 0x00000000000001c9
	.quad 0x124ec4a9d99043ca
	.quad 0xe0f6f675b86a0e77
	.quad 0xfffffffffffffd56
	.quad 0x7b1dd3f37ecf3b21
	.quad 0x00000000000000e8
	.quad 0x00400000
	.quad 0x30000000
	.quad 0x0000000000000000, 0xc70000017f800000
	.quad 0x0f9c5fed7bbafe01, 0xc100000000000000
	.quad 0x0000000000000000, 0x816c35637aec7cdb
	.quad 0x7ff8000000000000, 0x74c86747594ebb00
	.quad 0x3f72c9fdba5895bb, 0x3f3785983fc00000
	.quad 0x004000003d66c959, 0x7fc000007fc87cdf
	.quad 0x80000001cf7ffffe, 0xcb315195b209c780
	.quad 0x0000000000000001, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc026fea63e25f2dc
	.quad 0x8b844f70bbbfff5f, 0x40475a3c7c60abf6
	.quad 0x410000000daeb99b, 0x7ff0000000000000
	.quad 0x00023d00125fc6ee, 0xff8000007f984ad2
	.quad 0x0365571e849482de, 0x808e9fe6804ebe0a
	.quad 0x293d68eb136b7e81, 0x95215364ffed35ba
	.quad 0x0d7c889fd3ebfdf1, 0x8005982f29c0c117
	.quad 0x7f886cdf3bfaa127, 0x80021f73b4a3673f
	.quad 0x7ff76c1bec51f934, 0xa9e13b0ed7446b99
	.quad 0x80071e0e9ce0a812, 0xc47400004381343b
	.quad 0x402a4600fcd6172b, 0x7ff1d6938bbc07b9
	.quad 0x4d6d224a32dadf40, 0xf3f75ea342e6adfd
	.quad 0xf12d831c4297b785, 0x0000000000000000
	.quad 0x7fc00000d2ee9ea5, 0x18000d34ff7ff7a7
	.quad 0x38bd442c915f0f50, 0xbfac0aff4f7fffff
	.quad 0x4da4e04566987bd6, 0xfff8000000000000
	.quad 0x42b1047f00000000, 0x7f8000003e75c233
	.quad 0x78c3b09c0b72c534, 0x03fc0144e5eb8a67
	.quad 0xff524e86fc2ce7bb, 0x8000000000000000
	.quad 0x8000000000000000, 0xfefffffffa4184ca
	.quad 0x05a23389a41a1899, 0x5e8dfd300ea07a6f
	.quad 0x433fffffffffffff, 0x400b000000000000
	.quad 0x80ffffff40c80000, 0xfdb426c16ebf66c6
	.quad 0x618d21138426c600, 0xbf23000000000000
seed5:
	.quad 0xb999112e9a21b83d
	.quad 0x00000000b5215bfa
	.quad 0x000000055cbfacfd
	.quad 0x0000000000000000
	.quad 0xd6568b0411bef0ab
	.quad 0x0000000748538b3c
	.quad 0x0000000100000000
	.quad 0x0000000000000370
	.quad 0x6183b3805b6a0976
	.quad 0x00000000000023c2
	.quad 0x1dcd16a7df65bd68
	.quad 0x00000000000000e0
	.quad 0x0019dc759fc171ed
	.quad 0x7b4f9c05bc48c75f
	.quad 0x2dba2618e0dcf605
	.quad 0xdba012ee9f7e8656
	.quad 0x04800000
	.quad 0xb0000000
	.quad 0x728f03887cb45080, 0x8008000000000000
	.quad 0xf16c4b1da99499e6, 0x3d0de153c20259f9
	.quad 0xbfd6ee5899d9fb00, 0x400ffffffffffffe
	.quad 0xfff0000000000000, 0xf727912c185fcb8e
	.quad 0xfff171603535a7de, 0x838dabaffbb49a27
	.quad 0x4a6e249fc1702238, 0x3fe7cede54d219e2
	.quad 0xc015000000000000, 0x430d2eb67fdb8fbf
	.quad 0x7dd260c6b8ab63a9, 0xa7754707bfe7ce49
	.quad 0xa88b1b46d3d71191, 0x1ae9d6e9b7ec9fb7
	.quad 0x66e318d2eae47bd7, 0x800f8637b5a5c53f
	.quad 0x59092f59156737b7, 0xbfee38745825c8d4
	.quad 0x2a3d85bf79fdfe48, 0xa3c15b2bf4616f45
	.quad 0x7ff60125cedbcb68, 0xbeb921e9396bb782
	.quad 0x3db540853c3799cb, 0x5fee377eecd9fb8e
	.quad 0xfff8000000000000, 0xbb80000040c6919b
	.quad 0x12e69e806929c1af, 0x1161f36832dc038c
	.quad 0x1c15e9596c404344, 0xd9800000db7fffff
	.quad 0xff4400807dbc7cb3, 0x0092e73c24201012
	.quad 0x12a50eaaefdcbeb7, 0xc4400000c380148b
	.quad 0x8000000000000000, 0xfff00a77e07d0031
	.quad 0xa970071bef95bf97, 0xb6000000ffae67af
	.quad 0xbf8793d9a52444c7, 0x9a632bffbf7b5671
	.quad 0x6f6e598cecf9fbff, 0x3f46e49884cbab1a
	.quad 0xb813ceac6c734e67, 0xc590acc9ffd63ed3
	.quad 0xb2515ae79053df83, 0x007ab319feffffff
	.quad 0x94e0f53b4ffffffe, 0xffb816f0ffc00000
	.quad 0xc51fb1c6e5a5dae5, 0xc1fcf2cb80000000
	.quad 0x4018000000000000, 0x3880000040c80000
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0x6ef67baa502a8000, 0x21ecf87dec6b78e6
	.quad 0x521908a89e22b7bc, 0xe982e493d90e3ae8
	.quad 0x7fd0000000000000, 0xce34baca5867ea18
seed6:
	.quad 0x0000000000000c16
	.quad 0x00000000ffffffff
	.quad 0x00000000ffffffff
	.quad 0xf89a224df5863908
	.quad 0x691ff3fbe19048fd
	.quad 0x00000000ffffffff
	.quad 0x0000000000002cd5
	.quad 0x0a298f67fa1d2d91
	.quad 0xffffffffffffa62c
	.quad 0xfd28163e810e5409
	.quad 0x00000000000000fa
	.quad 0x0001682a7a8ac206
	.quad 0xfffacfea676d7697
	.quad 0x00000000189bc307
	.quad 0xecec7cb74026b237
	.quad 0x9409e6216b75ade1
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0xa85a468877414f8b, 0xc071b2fd758a4d79
	.quad 0x61e0b7ec6bfbffeb, 0xa7c3c5fe7fdf5626
	.quad 0x2ca4b8bcbfffbf7e, 0xb98c7bb825d4c880
	.quad 0x77e6969367ffffff, 0x3fe30b2e0a10e554
	.quad 0xbfb90aec8889c32d, 0x40467a58d04e6ac7
	.quad 0x7f6bb9c7ee929976, 0x00045752a8f5b721
	.quad 0x0a8115a8e07dff53, 0xa1520331d1bf9f6d
	.quad 0xbff03abf50d7568f, 0xf43c96a117d47d5d
	.quad 0x0024ca1169190134, 0x405df7bd0e070028
	.quad 0x7e90519280000000, 0x38887c5e13288688
	.quad 0x0000000000000000, 0x63523517cf7fffff
	.quad 0x0ef704eaefffffff, 0x40ceeb5440ecf461
	.quad 0x4793584d7f47674b, 0xdf7ffffe4efda720
	.quad 0x807fffffff800000, 0x25e12ae6f53e8fff
	.quad 0x518795342bb632ce, 0x71b45b6dff800000
	.quad 0x406972498a2afa1a, 0x8000000000000000
	.quad 0x0008000000000000, 0x064d3d383d0a3f61
	.quad 0x400c000000000000, 0x7ff5b1e09785d65e
	.quad 0xc06416ab446b714f, 0x40fc8eb7bb969c80
	.quad 0x7e7e0d2a3192cea9, 0x7fa62d25c7413654
	.quad 0x12bd8286c11e0000, 0x0006d290e6e55722
	.quad 0x6d87384fbffaef3a, 0x1058f6b0d781d589
	.quad 0x4008000000000000, 0x8000000042c628d3
	.quad 0x273a9924ffd12b42, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x71506747cf7fffff
	.quad 0xf77764d22e70b1bc, 0x00220fc0ae45da15
	.quad 0xbff7d1387a233612, 0x598000015adba8ef
	.quad 0xce8465f9d9800000, 0xb33e6c4900000000
	.quad 0xf4c0674d7fb3c3c1, 0x800e1c8d2968ae78
	.quad 0x0272dd7fc4676295, 0xe69803a3fcf43edb
	.quad 0x00ea7c24b8080000, 0xbbe9f4c540e80000
	.quad 0x7ffebc2ec56d68df, 0x434ffffffffffffe
seed7:
	.quad 0x00000000000002b5
	.quad 0x95553d56e86a3ded
	.quad 0x3545ccc9ba63ec93
	.quad 0x106595f4d8f5a9f7
	.quad 0x0000000100000000
	.quad 0x0000000000000055
	.quad 0x00000000000002a0
	.quad 0x000a4b2c6e2cd3a2
	.quad 0xb736f98475281bc9
	.quad 0x0000000080000000
	.quad 0xfffffffffffffffa
	.quad 0xfffffffff897caa0
	.quad 0xff60eba0eb00e6ad
	.quad 0x0000000000e58230
	.quad 0xe2b808ec9f7ab199
	.quad 0x5ae52bff06e8ed1f
	.quad 0x02000000
	.quad 0x80000000
	.quad 0x9076898114897e00, 0x3f80a7d3639ea257
	.quad 0xbfe0000000000000, 0x1ae1f57ff7887c8c
	.quad 0x382c4cc8ffee8327, 0x01dea91c2e5c47bc
	.quad 0x8000000000000000, 0x5c05a826feae37d8
	.quad 0x0c77e5c0d7557e00, 0x4cdd92be7ffffeff
	.quad 0x40622e31deac15c1, 0xabd7cbec077eb935
	.quad 0x3d95e6d5bffffffe, 0x173ab493b4eb8c60
	.quad 0x43e0000000000001, 0xdfacf814bdbb7ecb
	.quad 0xd9f70826dd1d727e, 0xbfe00000418e89d0
	.quad 0xbe68c233ff800000, 0x647da8c9b572fd0d
	.quad 0xc1e4e881fee359e0, 0x1ee308410a060000
	.quad 0x407110e2336227e0, 0xc340000000000000
	.quad 0xd0d3685dff86546d, 0x4330000000000001
	.quad 0x4c69249affe6ffb7, 0x3f0000007f800000
	.quad 0xff4d686d67b918d2, 0x0bf98cedff9c9a80
	.quad 0x3fd78775ffdce248, 0x1116071f7ef779dc
	.quad 0x8000000000000000, 0x4001000000000000
	.quad 0xc87ba45910b67d2d, 0x7ff11c4825331d36
	.quad 0x7f8000007ee37043, 0x853496ac621e7c00
	.quad 0x7043922ba211d886, 0x73bbfa6b8837cdb6
	.quad 0x002fffffffffffff, 0xdaaf19130f1b8bff
	.quad 0x85a71b943f910000, 0xbbd0297300000000
	.quad 0xc2823704ff000000, 0x7f800000de16e360
	.quad 0x1316b5ae7ffb3600, 0xf5951744817fffff
	.quad 0xcd40dd38ffb1be59, 0x7fc00000c08bbe57
	.quad 0x3ff99e6caf1fbfe9, 0xbbc5b16085c1ba50
	.quad 0x509b42c21bfeb52b, 0x28ff7fefffc7c58b
	.quad 0x8000000000000000, 0x813a4e10313f6c5a
	.quad 0x5a000000bc53b479, 0xbfcf5de19128e21a
	.quad 0xffaacf877f8026ca, 0x7ff0000000000000
	.quad 0x5ee2f9d627192fca, 0x7fc000008075e41e
	.quad 0x7f80000040940000, 0x1cf100a0bfffffff
seed8:
	.quad 0x0eabbc306e0cb39f
	.quad 0xfac64f2b6bb9d8a6
	.quad 0x950399e82def84fe
	.quad 0x1430c791ceec4bdc
	.quad 0x00000000000000b2
	.quad 0x4d8023cc9348b9cc
	.quad 0xfffffffffffffd6f
	.quad 0x00006a1176102f6f
	.quad 0x33726ff697b34f42
	.quad 0xeff4dc975cb6dad6
	.quad 0x5abf9b73b81e14df
	.quad 0x000000007fffffff
	.quad 0xc1fe41df78b0dc63
	.quad 0x000000007fffffff
	.quad 0x18693118fc605bb5
	.quad 0x8000000000000000
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0x5d89ae43b13474ea, 0xfff8000000000000
	.quad 0x8000000000000000, 0x3c042861c34d8000
	.quad 0x26d3a02afd2f3fb9, 0xfff0000000000000
	.quad 0x426800004f800001, 0x8000000000000000
	.quad 0x57b50acfbd3c9949, 0x3fe0000046770000
	.quad 0x36eab1acb5de0000, 0x3a80000040000000
	.quad 0xb5e000007f800000, 0x25e8ad2ba4feffbd
	.quad 0xc0352fdbd8f543e7, 0x7ff61eebee56f855
	.quad 0x3ff4e6580bf9774a, 0x407fffff7f800000
	.quad 0xc138000000000000, 0xf1aa774a65ca8000
	.quad 0xc5278000ffc00000, 0x6c27f1c180365a7e
	.quad 0xbf8df99c198de3cb, 0x71b002363696134e
	.quad 0x756b7add1dd52b91, 0xfff0000000000000
	.quad 0x465571d850f07add, 0x45e280f6168bbef8
	.quad 0x477800007fa9af31, 0xd9624535ffeccc71
	.quad 0x8010cbd75c6b43a6, 0x403ab67f85f8474d
	.quad 0x36e3cec7fe86fc2a, 0x40b4000095b39cc3
	.quad 0x5bfc9d31e1bc5040, 0xbc10c5e6ffa66ac6
	.quad 0x40c5e870e81f7c00, 0x804d22f2c2aaa5d0
	.quad 0x0132ad4a44e56124, 0x52ab40ee60a5c163
	.quad 0x05adab84a76a8000, 0x8000000000000000
	.quad 0x24348c4f556fa803, 0xff817568427c850f
	.quad 0x3ea2da8280400000, 0x08d7886a36480000
	.quad 0x4006abf239c2137d, 0x10d49bb980000000
	.quad 0x34ac168efe4feebf, 0x2dea3159e80cafc3
	.quad 0x7ff0000000000000, 0x2fbfa3fb7ffb77fd
	.quad 0xcf8000007f814ec0, 0x601d68991679f84a
	.quad 0x2eb35fef007fffff, 0xfe8be6827f800000
	.quad 0x21cde1347fba0000, 0xd9ffffffee19b2b3
	.quad 0x3d462e787a150a19, 0x4014000000000000
	.quad 0x814d828cc964834a, 0xac2be0eadbbfedf9
	.quad 0x59d122dcfffb3676, 0xf99cc6595c2d389c
seed9:
	.quad 0x0000000000000001
	.quad 0x0000000000000296
	.quad 0x503d5ddf33937221
	.quad 0xd07b2df2df416558
	.quad 0x0000000000245f78
	.quad 0x6e619bd105c7ee7a
	.quad 0x0000000000000340
	.quad 0xb52ecd19da5ffa3c
	.quad 0x8000000000000000
	.quad 0x3ab64e7653a2021e
	.quad 0x8000000000000000
	.quad 0xffffffffffffff8c
	.quad 0x54484d051c55c90a
	.quad 0x0000000000000342
	.quad 0xfffffffffffffd4a
	.quad 0x00000000ffffffff
	.quad 0x00400000
	.quad 0x20000000
	.quad 0x7ff6fb15754463d9, 0x7ff3295879accd46
	.quad 0xbfe000004f800000, 0xbf87c003e5dfd1c1
	.quad 0x42728cbbdf930000, 0xe03bd2d32424fc00
	.quad 0x2ba11f6b5f73ff7f, 0x8bc0370e965fff2f
	.quad 0xcdbf2d926f7fbfff, 0xcbd5b4e7bff7f988
	.quad 0x3ffffffe00800000, 0xf1ecf7eaffe6f64b
	.quad 0x2d2c0fc667438000, 0x10c6d63a189620c6
	.quad 0x41f0000000000000, 0xad981593a1fd209d
	.quad 0x35f35a42cfb6e68c, 0x24e9248746b1ee08
	.quad 0x3ff8000000000000, 0xc0cc00007f800000
	.quad 0x7f8000007f800000, 0x001fffffffffffff
	.quad 0x404af46b286c5447, 0xff075578ffc00000
	.quad 0x80034961a3b0b347, 0xe544ccac5ab22e8d
	.quad 0xfe3a30f72e22e8c1, 0x800fffffffffffff
	.quad 0xff80000040a80000, 0x7ff8000000000000
	.quad 0x8a830edc34891f1a, 0xfff844a96bc5b0f6
	.quad 0x3914078e50468250, 0x04304eb8c0fa4d80
	.quad 0xb6c86505f57ffffe, 0x94364fcf4f9920c0
	.quad 0x40280000ff000000, 0x00000000d0ead2a3
	.quad 0x3f854f60beb1abed, 0x40480000bdbdc145
	.quad 0xfffc7aaa11d90acd, 0xbf793b013c96e38f
	.quad 0xbf790fe03df2dcb4, 0xc3c442948f12c860
	.quad 0xfe8000003cef101b, 0x0f8044d9ff34efda
	.quad 0xbd4db31f40a40000, 0xc34ffffffffffffe
	.quad 0xbfab59980bc0bd5a, 0xbf95dc1a43e5ff15
	.quad 0x7dcf0df6f6e2bb73, 0xff800000814b5087
	.quad 0x4071491e7969de2b, 0x8005a368b518782e
	.quad 0x037fcb71912d3562, 0x8000000000000000
	.quad 0xc580000000000000, 0xff88ff27f74c9639
	.quad 0x8daf529371a07c00, 0xc04ee4b0249ef2fc
	.quad 0x406000007f800000, 0x8100000040100000
	.quad 0xf13bdc637d7fbff6, 0x8008000000000000
seed10:
	.quad 0xeab930c6673fec02
	.quad 0x0000000001000001
	.quad 0xfffffffffffffc39
	.quad 0xfffffffffffffc28
	.quad 0x000000000000005f
	.quad 0x0000000001000001
	.quad 0xfd754d96016831fe
	.quad 0x0000000000000233
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000377
	.quad 0x3fa6cdb2866758a3
	.quad 0x4c28af47e94e89c3
	.quad 0x00000000000002a0
	.quad 0x557ecb203be8a152
	.quad 0x745f00129242d68d
	.quad 0x0000000100000000
	.quad 0x00400000
	.quad 0xf0000000
	.quad 0xbc28266b000b2379, 0xfff8000000000000
	.quad 0x0000000040880000, 0x6d2ea4e7f99d78af
	.quad 0x40ee48c1b6d5dc63, 0xfff50a04bf39f67f
	.quad 0xc0730af7a60be8ef, 0xb910b93af7ddfbdb
	.quad 0xc74508c8686b8bff, 0xea0bce044d367c00
	.quad 0x0909e15d43a7f836, 0x40c75718c0e80000
	.quad 0x148bed89e8e01f39, 0x3fffffff8021dcd3
	.quad 0x0000000000000000, 0xffc0000001000000
	.quad 0x6283d2e54cd9f851, 0xcc064691b5c41692
	.quad 0xfffad1d8d1d0b8b5, 0x1c561f5affdf7ede
	.quad 0xc3479c2a6b750339, 0xc13ec1d54f800000
	.quad 0x8000000084e0be4d, 0x7fca82b4251fc0a9
	.quad 0x7af84c2dcf57fda2, 0xd78dac33ff97bfbf
	.quad 0x904de8f1b13c28de, 0x4104000000000000
	.quad 0x7f800000bf7f03f0, 0x200579902b9a9c6f
	.quad 0xb2d28aa43962fbff, 0x6865dbc4430158bc
	.quad 0x517a0d0adf9bf84e, 0x696d3a28cece7d3b
	.quad 0x303e6033aeadbdb0, 0x8519b72cfffefdd3
	.quad 0xfe62d3a869669253, 0xbb90000011c46e1e
	.quad 0x3e20363aff8c83e6, 0x020a87dfb71654e6
	.quad 0x800fffffffffffff, 0x334c8ed577bc79c7
	.quad 0x37255a2d72317c00, 0xfff25941066384af
	.quad 0x40560000d9fffffe, 0xbed9200000000000
	.quad 0xbe787d1080000000, 0xfab7b335c1c60181
	.quad 0x1f95683c487affab, 0xe10e15064f800000
	.quad 0x43253d0c00000000, 0xbf2c43048071fbeb
	.quad 0xcd45f822f0277c38, 0xc30d8ba5fff37adf
	.quad 0xffd5b77c50bc6a10, 0x80451f16d9fffffe
	.quad 0x1425b0b9f99efffb, 0xbbeadef49a7daec9
	.quad 0xc4fb870fe9f6cdb5, 0x00026f7002718624
	.quad 0x00066f06bf42b48b, 0x40500000c0848022
	.quad 0xc21baf6aff077e68, 0x93d16b277fc4e090
seed11:
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc2c
	.quad 0x00002d8bafeaacc1
	.quad 0xfffffffffffff5bf
	.quad 0x9645eb9604587ff0
	.quad 0x9ab3abd1ff9af376
	.quad 0xffffd95961a3efdb
	.quad 0xabb48204ded1c5cb
	.quad 0x000000000000020f
	.quad 0x00000000000003b1
	.quad 0xcfba44c24ca47e2c
	.quad 0xffffee1a972e2c28
	.quad 0x00000000000000cd
	.quad 0xffffffffffffffff
	.quad 0xd9dd6efff0f765a6
	.quad 0x1e82f1c60eb328e9
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x2b695520ffc00000, 0xbfbd200000000000
	.quad 0x40400000410c0000, 0x00000000bfe50f6b
	.quad 0x2d31fc64ffbf7f9f, 0x0000000080e92376
	.quad 0x8798c732ffff82f8, 0xfd54df0f7effffff
	.quad 0x0bb8bc87dceffef5, 0x00000000bb853de0
	.quad 0xe93c617ef8c250dc, 0xe1497b967f9e7317
	.quad 0x7aa009387462f7c9, 0x3f7ad29ad07db4b5
	.quad 0x0955da3daa9d3a7a, 0x077a65d0133d93be
	.quad 0x0000000081000000, 0xb930000000000000
	.quad 0x003a807cc0600000, 0xfeffffff893e743b
	.quad 0x0000000000000000, 0xff800000c2f4d4e9
	.quad 0x0000000000000000, 0xf485e2d7b4eefd95
	.quad 0xb8a7c0e615ef25bd, 0x3304ebff56fa7f7a
	.quad 0xff80000080000000, 0x7f800000007fffff
	.quad 0x7ff0000000000000, 0xd4864ffebeff7e30
	.quad 0x401e51643ffffffe, 0x1d402ecee1cf938f
	.quad 0x3febaed2e8ac3698, 0xffc00000c7a0a95a
	.quad 0xcc02217dc79e50df, 0xbe578f3600000000
	.quad 0x80000000ff000000, 0xc021000000000000
	.quad 0x04aab97b87978000, 0xe1fcd8934c7258c2
	.quad 0x06562568fe204554, 0x80000000c0db547b
	.quad 0x7ff073e7f0843d76, 0x7edbcbaf00000000
	.quad 0x3cd4f54bc1fdde25, 0x8000000000000001
	.quad 0x0000000000000000, 0xd1ca297180025d54
	.quad 0x800000004f1e52fd, 0x8a01dbc6ff838478
	.quad 0x34807dc0fff00000, 0x7ff728468f594f1c
	.quad 0xd60b0e00763cc5e0, 0xd967f562d0cae1e4
	.quad 0x1765762cbfbf7c3c, 0x000000003f16d3a7
	.quad 0xbffe4db767638dec, 0xfee78736ff820c6b
	.quad 0x43729f4fffea5cfb, 0x3c6d85ee4eb3401e
	.quad 0x7c8017c83f400000, 0x7f8000000803b99f
	.quad 0x63f85740ffbdafcb, 0x98548599b6c00000
seed12:
	.quad 0x5aa8212f97481588
	.quad 0xd721069a9fa3cd20
	.quad 0xe3a1f661114f7452
	.quad 0xa1e8c742610e829b
	.quad 0x0000000000007e02
	.quad 0xcad5835da192ce8c
	.quad 0x7dd4c408ca8ac4b4
	.quad 0x000000007fffffff
	.quad 0xfffffffffffff706
	.quad 0x7162b1cdee3cc6af
	.quad 0x148cf9725afee5c6
	.quad 0x00000000000003c4
	.quad 0xd95be37ecf825278
	.quad 0x7fffffffffffffff
	.quad 0x00000000ffffffff
	.quad 0x91ec461738065f63
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x3bf8fb0148d00b66, 0x507516c4f6b3ebbf
	.quad 0x00000000007d9182, 0x405c0792b4155a18
	.quad 0xfff0000000000000, 0x7f800000ff800000
	.quad 0x748b3092ffe18000, 0x62d1ec0ffe800000
	.quad 0xb102e1ca52960000, 0xc10000003c4c5c4a
	.quad 0x0940e9e635836774, 0x9d6b6176fd95c300
	.quad 0x017fffff00000000, 0xfff8000000000000
	.quad 0x7fc5cb8a93e3267b, 0xc3efffffffffffff
	.quad 0xd8daf3c7fef00001, 0x7fd9ff28cf514d76
	.quad 0x815511f600400000, 0xe4a1ee8445f7fbdf
	.quad 0x469c1398a7167b26, 0xc267bb78cc26c4d1
	.quad 0xbfce2d7387bc8e32, 0x8000000000000000
	.quad 0x03977bf6dc6b16ff, 0x800fffffffffffff
	.quad 0xd02e5dec74e8ed3f, 0xbfb2b3814dcc924b
	.quad 0x829e493c319e05c6, 0x00000000c3bb170c
	.quad 0x16935e9357f8ade4, 0x6d501346d9bcfbff
	.quad 0x800000004005c8f2, 0x40547ed100000000
	.quad 0xc08e8cb23114c7c4, 0x48e000003dbd958a
	.quad 0x9af0324abff6ed5b, 0x46051f74e8f7fbf7
	.quad 0x4535003286c2c106, 0x111d3ccf9ff1f7ff
	.quad 0xb05413eedbf80000, 0x9f2c6b34877fffff
	.quad 0x7f800000ffc00000, 0x8862f193d9ffffff
	.quad 0x3bdb4ee0ff800000, 0xece38bfa7ff5ff56
	.quad 0x002745677be2be80, 0xbb8006b63c2cf1f8
	.quad 0x80083d0fcd2a0d9c, 0x0af42784ff000000
	.quad 0xffa10eb37f9040d1, 0x3674ece1325846ee
	.quad 0x590cc60787f94400, 0xc1702653c043754b
	.quad 0x8060016280000000, 0x0000000000000000
	.quad 0xfa23d0d152000000, 0x0a5a4518a6efffd7
	.quad 0x01a334e57fef5414, 0x16d3414bfa28a781
	.quad 0x308b42216ec978fa, 0x0298905ae8025da5
	.quad 0x861a5d0ad9ffffff, 0xe3a0bff880000000
seed13:
	.quad 0x5ab467b7ed557b11
	.quad 0x7fffffffffffffff
	.quad 0x000000000000012d
	.quad 0xffffffffffffffc9
	.quad 0xffffffff80000000
	.quad 0x0000000000000197
	.quad 0xfe5fb3d1ef6f19f6
	.quad 0xfffff6e9829e5e76
	.quad 0xfffffffccd5506de
	.quad 0x0000000000000186
	.quad 0x0000000000000336
	.quad 0x7fffffffffffffff
	.quad 0x8a25492b78fbc1b7
	.quad 0xf2967a0a9b643c66
	.quad 0x3a233cd3e85a998f
	.quad 0x0000000001000001
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x41f0000000000001, 0x6bb6f916ef99fd93
	.quad 0x07c68cd6fff3e87a, 0xb61d1a32c09c0000
	.quad 0x82e3ce5298f546c8, 0xc01c000000000000
	.quad 0xbb7f486dfc278400, 0x4020d4fe09ce5a18
	.quad 0xc22fb2fbe198a5a6, 0x031d1729a4281b4f
	.quad 0x6410926560f0dda5, 0xff85b60e00800000
	.quad 0x23d7bf6f5d4ccf51, 0x1ad68ff1f12abd82
	.quad 0x8000000000000000, 0x1c278b84fb7a7517
	.quad 0x256502f7c3fe59fe, 0x3f479d157eaaac03
	.quad 0xaf5986af755f470d, 0x8000000000000000
	.quad 0x7f80000072dd66ee, 0xc932d495ffafa6a5
	.quad 0x8000000000000000, 0xc0bb09a6f603b266
	.quad 0xb713bca1bfefdbdd, 0x32f4460ca5b9fd67
	.quad 0xbe922ff58bbcbd1e, 0xd21a336100000000
	.quad 0x3b0c000000400000, 0xffc000007fc00000
	.quad 0x40fffffffffffffe, 0x00ff5674c3c63bb7
	.quad 0x7ffac410df835d80, 0x7fc557f8ff800000
	.quad 0xbcb8a326bf800000, 0xbccc1cd7383f7681
	.quad 0x9cb00339f3047ed6, 0x7ffd21a161c1ddcd
	.quad 0x51a6859ff65e8d2b, 0x8326fe18c548c159
	.quad 0x007fffff80112bb7, 0xc2233ce6c9800000
	.quad 0x000782a195e7d357, 0xbff048770f006bf9
	.quad 0x58bc655bcf7efff7, 0x78981c6e119b108f
	.quad 0x61f7ef4fbfb3aa5f, 0x7ff20f87abe4a917
	.quad 0x781aa76a8b380000, 0x4234006b40297741
	.quad 0xb2665657504ff15d, 0x17456ea9c1f27780
	.quad 0x00f4b4aab61e0764, 0xffb5497f032d9d54
	.quad 0x49880e1637140803, 0xc7a000001363db90
	.quad 0xe9470503ff9e0400, 0xa3c92c57a504bd80
	.quad 0x400d82c9cc9bfdd9, 0x84b3464c359a4480
	.quad 0x40102f613582960c, 0xcbb89828742e0f09
	.quad 0x002d2d1699ebf8a8, 0x001332ab85ced9ed
seed14:
	.quad 0x1ecfa75a249851ca
	.quad 0xfffffffffffffe24
	.quad 0xff6d7a738fdea29f
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffdee
	.quad 0x00000000000002fb
	.quad 0x00000000003435f6
	.quad 0x0000000000000000
	.quad 0xfffffffffff2e90e
	.quad 0x00000faa9369a9f5
	.quad 0x18f74126ae0ceb63
	.quad 0xffffffffffffffff
	.quad 0x0000000000002deb
	.quad 0x3fff6672c7f49e75
	.quad 0x2068a7b8173b94c4
	.quad 0x0000000080000000
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x51087457c712fc00, 0x58ff327b00000000
	.quad 0x1274ee54f3cef597, 0xfeaa109abcc997fd
	.quad 0xb16b2441fd7248e0, 0x3e839175c2a6470f
	.quad 0x0df439e10a1d8003, 0xfff7f111f5bd3a37
	.quad 0xce84950eced0f7ff, 0x598000007f800000
	.quad 0x4ee2f3344b9ffc00, 0x9f432323fdfdfbff
	.quad 0xfdc0598244831b76, 0xda2f20adf4c37a80
	.quad 0x78598fa77f800000, 0x002e600a5f004569
	.quad 0x3ee80000c0900000, 0x6c1e9b5ef75b9f82
	.quad 0x2907c517fc7c0000, 0x4010000000000000
	.quad 0xfff39288e9f546e9, 0xc33fffffffffffff
	.quad 0xd143cc1bd959ea07, 0xc0fffffffffffffe
	.quad 0x42344d4f8c1847a3, 0x3f5b000000000000
	.quad 0xffa874279f78a241, 0x7eda8879b7800000
	.quad 0x439c53c4da000000, 0x9b4a8fd859800000
	.quad 0x37d700003fe00000, 0xe9699511bfdd33a2
	.quad 0x40e0000000000001, 0x0e65b8eadc1bf774
	.quad 0x8d8d6eb57cc28400, 0xff8000008005c760
	.quad 0xe50cb7a341ee07ff, 0xc950ee0b675b5ce8
	.quad 0xdec20da5bf88078f, 0xbd502214701915c0
	.quad 0x406b9c3942149952, 0xdf45fdcced18457d
	.quad 0xbfe0000000000000, 0x12095250ff5ffc00
	.quad 0x7fcffdd104feb07a, 0x7aa93e81fff87df6
	.quad 0x800000013dbeb2a8, 0xc1e0000000000000
	.quad 0xa470b003184d7cb5, 0x80000000017fffff
	.quad 0x7fe556f643e6da8a, 0x80173bb548cb0000
	.quad 0x000000001ce2048b, 0x613a6e867bcea6a1
	.quad 0xa638805cbec9c180, 0x3be5afcc7f000000
	.quad 0x00056484cab6ef80, 0x02be193054e7b512
	.quad 0x23dac55486f55fff, 0xffd0f3bdcab3e387
	.quad 0x8260059f094e1a4f, 0xf0249b7f0cadfd8f
	.quad 0x401805bd8ffef758, 0xca4f4ca97dba91f5
seed15:
	.quad 0x0000000000000617
	.quad 0xa421ee9080f3d1e9
	.quad 0xffffffffe5db2ca0
	.quad 0xee45ef4943b864ae
	.quad 0x000000000000004d
	.quad 0xdba95357ef5feb5c
	.quad 0x2c3c2bbe6d6cad2d
	.quad 0xffc83f2cb4f49f96
	.quad 0x3e085e3a34205818
	.quad 0x8000000000000000
	.quad 0x000500f0cfba588e
	.quad 0xfffffffffffffd14
	.quad 0xffffffffffffffa6
	.quad 0xb35b72452596f812
	.quad 0x8000000000000000
	.quad 0x0000000000000057
	.quad 0x01400000
	.quad 0x00000000
	.quad 0xc3b184ac3f902d10, 0x516f470effbbf87e
	.quad 0xc0d1c00000000000, 0x41fa46e8ff800000
	.quad 0x7fc000007f800000, 0xbfe4187cb8e05ea9
	.quad 0x4010800000000000, 0xdf4b7301f941a9ee
	.quad 0xc78c5bf1ffff580a, 0x912b385bd6b54ca3
	.quad 0xfff4acfb7ecc6207, 0x86752656fe948000
	.quad 0x3fe62b80eac08579, 0xc022800000000000
	.quad 0xbc2c2db88f7afc00, 0x80000000c3c88e2e
	.quad 0x3fdf1e5dcc79d63e, 0x5f522f4c7fff5fe9
	.quad 0xcd32bcdae59f7eb4, 0x16f42188c9600000
	.quad 0x1859adae7caefc3d, 0x249b9603bebf3f4b
	.quad 0xfff0000000000000, 0xbdad479cd8d28000
	.quad 0x851bb9a02bfaf400, 0x920f642b7fbbca92
	.quad 0x3ff0000000000000, 0xf7d60c6f2977f690
	.quad 0xfff0000000000000, 0x5c95cdf6f22c44f0
	.quad 0x4000000000000001, 0xd04955a4cbf20721
	.quad 0x4100000040c21408, 0x4079f1e40e9288bd
	.quad 0x15bad91b8c628000, 0x9058ff81c17fcb6f
	.quad 0xec0b0ce280000000, 0x04af2728bacdbdf4
	.quad 0x80000000a021766d, 0xff5f51bae6490c13
	.quad 0x62079eaef6cad597, 0x5b8681921fa9798f
	.quad 0xaee75964df7f3e9e, 0x0d8357785bddfe00
	.quad 0xbfff000000000000, 0x9a854142a75a0000
	.quad 0x0d50718b20265880, 0x827d4905f5c7729f
	.quad 0x10e6325ab883fe00, 0xb2e0b75f78678f3c
	.quad 0xc44a4d20d5164600, 0xe3d4cbd6ff2a8680
	.quad 0xc008000000000000, 0x9f2a034a14c09287
	.quad 0x7fff0d5d989c1b33, 0x4158246afa467ab7
	.quad 0x801fffffffffffff, 0x40a40000817fffff
	.quad 0xc0ffffffffffffff, 0x939fd782845de832
	.quad 0x899ec5d8ffc00000, 0x7f6a916380038eda
	.quad 0xbad7cf1ee469394a, 0x4298f15440300000
seed16:
	.quad 0x8000000000000000
	.quad 0x9b8e961aa4d06748
	.quad 0x000000000000025f
	.quad 0xfffffffffffffdfd
	.quad 0x000000000000000b
	.quad 0x942be1d05399547d
	.quad 0xffb8cc9d8e012d43
	.quad 0xb7ed506eef2d4f2b
	.quad 0x0000000cc3faba37
	.quad 0x000000000000f7fb
	.quad 0xffffffffffff6139
	.quad 0x337e2cc24ae618a4
	.quad 0x52dbb8c2bbf61183
	.quad 0x000000000000018b
	.quad 0xf6f4698df345f6ef
	.quad 0xfff663a69e89d630
	.quad 0x01800000
	.quad 0x30000000
	.quad 0x43effffffffffffe, 0xfff8000000000000
	.quad 0x0cd6a15400000000, 0xff866ef97f800000
	.quad 0x4c5f7139887fffff, 0x3dbc5fef43400000
	.quad 0x8000000000000000, 0x800fffffffffffff
	.quad 0x28ba677bbf96e5db, 0x4006985e912c7ca4
	.quad 0x7ff18d3488f09648, 0xc04bb2031372ff3d
	.quad 0x87b826b7cb8ff6f3, 0x0e28290e807f9bb2
	.quad 0x3f1c000000000000, 0x7ff323b97d427e6d
	.quad 0x0006dc3950f18dcd, 0x4009000000000000
	.quad 0x0e7466297f800000, 0xff0000007f800000
	.quad 0xad3d578cdfffffff, 0x0000000000000000
	.quad 0xc0f8000080000001, 0xb479ec8b779382b5
	.quad 0x69e724f593b00e17, 0xc1180000103f71f2
	.quad 0xbf1f48207f19c788, 0x0020000000000000
	.quad 0x8029e04300000000, 0x24e52a035fc0c3ff
	.quad 0x4250405c8081d1a3, 0x002e6146816ef748
	.quad 0x2189b9bf124bfc00, 0x387e8119c2548300
	.quad 0xa58ea7f58d229eef, 0x2dbf00d342f047c3
	.quad 0x7107b4bf4f787801, 0x8037ffd20016a1ed
	.quad 0x819df324f439a34d, 0x404d6aeddd45d58e
	.quad 0x7f170996e472547d, 0xbeb02eea0002e80b
	.quad 0xd0baa96fd17afeff, 0x9bb027e300000000
	.quad 0xc010014dbfa69677, 0x80000000c06ee25c
	.quad 0x7ff2d3fa6bcfd34a, 0x7ff8000000000000
	.quad 0x01acaec619d57f93, 0xbf3000003dc80ab0
	.quad 0xffd1d1363fee7d27, 0xa7380aadffff519b
	.quad 0xfff0000000000000, 0x0f94eed663dfa35f
	.quad 0x7a56afca63db8543, 0x00000000ffe27092
	.quad 0xffb701ddacc75aeb, 0x0000000000000000
	.quad 0xff80000042000000, 0x3e80000059ffffff
	.quad 0xe362caf6cbff2a09, 0x3d98bbf97f982ef4
	.quad 0x7ff0000000000000, 0x4700000141336ec5
seed17:
	.quad 0x68e001c8f4a9a9fd
	.quad 0x62fa13c8a9258d4d
	.quad 0xffffffc401427cb5
	.quad 0xd70b78d57327c2c5
	.quad 0x00000000000000e6
	.quad 0x000000a44c8b9200
	.quad 0xfffffffffffff72c
	.quad 0x00006c06b5abfadd
	.quad 0x0020000000000001
	.quad 0xb8204200aca51632
	.quad 0xfffffc9f83955673
	.quad 0xfffffffffffffdce
	.quad 0x00062c45884f6514
	.quad 0xffffffffffffa706
	.quad 0x000000000000025b
	.quad 0x3cd9d61a8942d218
	.quad 0x04000000
	.quad 0xf0000000
	.quad 0x43d47974003af77d, 0xff8417b55e05f8a7
	.quad 0xced177f0782a29fd, 0x4037c5fbf432a83d
	.quad 0x59e8e79e79cd7145, 0x80000000ff3a9e4d
	.quad 0x408400005a6bd7d7, 0x4140000000000001
	.quad 0x2de98e5ff2ae018c, 0xb5c8f89bcd701df9
	.quad 0x9d175f40fd5fe55f, 0xfff1740da146d1cf
	.quad 0x8164afd640300000, 0x7ffe5cae314b413a
	.quad 0xcf8087c67e800000, 0x3fffffffd9fffffe
	.quad 0x0dda62fdd43e5cdd, 0x3c7c2a5cdfc38df6
	.quad 0xc008000000000000, 0xaad8f12a40fbc7c0
	.quad 0xc1140000bf100000, 0xfff2d3ea1e6bd02c
	.quad 0xfcbb2ed7df728319, 0xc2bbd6ea40333e8e
	.quad 0xfff0a41526575713, 0xffc8b03e7f10200a
	.quad 0xfeffffffffc00000, 0xfff8000000000000
	.quad 0xc00786b967cb560c, 0x7ac945f3fca2a3fa
	.quad 0x3f731cd4e04cd896, 0xbfe6eedb1a88c661
	.quad 0x0613661aa87f1063, 0x0000000000000000
	.quad 0x412807adcd7011a2, 0xbfb405601af6ac10
	.quad 0x806600bc80162666, 0xbec8000000000000
	.quad 0x5fc3ff1e7f800000, 0x4700000180000000
	.quad 0xd2f034043fe7d471, 0xdf929b00bdf73ce9
	.quad 0x0002c289c1ab0535, 0x6a764e00457b8439
	.quad 0x1c0e6cb99480fe3a, 0x75ce72a2839bff0e
	.quad 0xfff0000000000000, 0xffba71113c7b781b
	.quad 0x358b686c5a012218, 0xe9071fc546b175ea
	.quad 0x3ffb5646700de677, 0x986ef2da21a1f81e
	.quad 0x02dde38fffddfd0b, 0xffbb9433ff778209
	.quad 0x3f9c800000000000, 0x16e1955580000000
	.quad 0x3dd44fc2b6ad0000, 0xef7a291e80000000
	.quad 0xfff0000000000000, 0x40800000c7000001
	.quad 0xbd93ba8240100000, 0xe45161f8be9bdbd6
	.quad 0xff80000001795ff1, 0x564cfbfb77df7e5f
seed18:
	.quad 0x0018d99060ac3b55
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc0c
	.quad 0xfffff8a1b523b815
	.quad 0x0000000100000000
	.quad 0xffffffff5108b74c
	.quad 0x8000000000000000
	.quad 0x0388410248273591
	.quad 0xffffffffffffffb4
	.quad 0x0000000000000019
	.quad 0xfffffffffffffc92
	.quad 0xfffb70b94f0fd764
	.quad 0xbb14d556246b9122
	.quad 0x000000000000000c
	.quad 0x0dfe634777534e78
	.quad 0x4fa6c04ac3436590
	.quad 0x01c00000
	.quad 0x40000000
	.quad 0x1e18cb193c266972, 0x8000184c9d7201f4
	.quad 0xc92d80007fab097d, 0x7ff0000000000000
	.quad 0xc21b6a333ddffd44, 0x16c5551382746760
	.quad 0x3fb0e3f2c472b7ae, 0xfff3eae3d9a140b2
	.quad 0xff800000a26b1bf3, 0x2c6c18340f9c64d2
	.quad 0xfff8435f3e357aa8, 0x8072a4818029b6a5
	.quad 0xff848a0545c40000, 0xf2e1d654bfd00000
	.quad 0x0003269a8f6ade61, 0x7ff0000000000000
	.quad 0x4015000000000000, 0x3fc800007f000000
	.quad 0xc02e425a46038f5a, 0xab787fbcacb675e0
	.quad 0xb7000000c04c7cab, 0xfff0000000000000
	.quad 0x800000006e7989b0, 0x189d96c2bb308000
	.quad 0x000532ee06d96255, 0x54e4aeaaf787fcc4
	.quad 0x26404a2ead4cc4e0, 0x6c628d4d479a0000
	.quad 0x309dfd04373adafe, 0xfff8000000000000
	.quad 0xc2f606e9bfc77d4e, 0x82c06e0efdeaafff
	.quad 0x83a58472c94d90bc, 0x3212f8c9eb001722
	.quad 0xc138715884157e00, 0x7ff0000000000000
	.quad 0x41908a59577f3f31, 0x404ad5ef9d919d7b
	.quad 0x755a6d4880b4f907, 0x428930654cfcde6e
	.quad 0x4b48adc86bff7f83, 0x0379e414ca27ec16
	.quad 0x7fc000007f800000, 0x19e0edf7da5f55d7
	.quad 0xc022000000000000, 0xbfc8e12ee963929f
	.quad 0xfff8000000000000, 0x80000000400a3045
	.quad 0x0130e0a87ff5ff78, 0xfff6a796d327e974
	.quad 0x753eb76e41e9155c, 0x010000007f805bd1
	.quad 0x619f3a50d7578e16, 0x3affc220ffa7ffdc
	.quad 0x86aeca28424ff6d6, 0x00000000c7b00000
	.quad 0x7ff850c67db89a51, 0xff80000080800000
	.quad 0x563ae6ec47537cdf, 0x10c18975d34448ed
	.quad 0xbf7a9729494e609c, 0xb49657316336c3ff
	.quad 0xc6bff050c264cc1f, 0x4014000000000000
seed19:
	.quad 0x1e9790ca6a74e2cc
	.quad 0xfffe6e1e39d3ef06
	.quad 0x3aa15d7a6531d64f
	.quad 0x0000000100000000
	.quad 0xffffffffff796982
	.quad 0xfffffffffff1001d
	.quad 0xfffffffffffffc62
	.quad 0xfffffffffffffd4a
	.quad 0x58ab289deff66158
	.quad 0x00000000000001f8
	.quad 0xb0fdcfbb8951f689
	.quad 0x0000000000000000
	.quad 0x366bd47266510e93
	.quad 0x00000000ffffffff
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x03000000
	.quad 0xe0000000
	.quad 0x7f80000000000000, 0x40000000933ac72b
	.quad 0xc076c3fa1ba51af1, 0xbff1ce7fad2374b6
	.quad 0xffc000003a800000, 0xd2a98474ff9f6dbb
	.quad 0x7ff0000000000000, 0x3f95dacff8a1448a
	.quad 0x2b289fc0ff800000, 0xff12fae166ab5dd8
	.quad 0xffe00087ff7fffff, 0x5ead8ea4c55aa521
	.quad 0xe154d04dafefdb7f, 0x0379323b14930f37
	.quad 0x33173f47438d0001, 0x802922a0e8036882
	.quad 0x0000000000000000, 0x81bcb71e652468c6
	.quad 0x7ff8000000000000, 0xff5b05a1d6710758
	.quad 0xc0da523f3c147cce, 0x0020000000000000
	.quad 0xc57daa4d5bb1fed3, 0x89782e807ffeffff
	.quad 0x898e6813f7eff43f, 0x97bf339534d300a5
	.quad 0x4f7fffff131f9841, 0xca2dba621a98fdf8
	.quad 0xfe800000beb84377, 0xfff8000000000000
	.quad 0x7f80000013fe499f, 0xa2b4ef0afcddddbf
	.quad 0x5946a409b71a8000, 0x005a47ec33f8d193
	.quad 0x43c6397eaa60f7ff, 0xf608b410c2d5315b
	.quad 0x3fe45a8df6f716f2, 0x00177d6f817ff225
	.quad 0xff80000036e40000, 0xfffda513c4d4e0ec
	.quad 0xffdb089bb65fba65, 0xaf1844f2e3bb7e88
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0xfff5991866b4c3e2, 0xffd19340803b4f1a
	.quad 0x39ea294bf40f11c0, 0x2a5be172e3af5d64
	.quad 0x89bc4f02fffcafbf, 0x80670f9c80ffffff
	.quad 0x40d5000000000000, 0x889b86d13b400000
	.quad 0x94b831b6ffff5bff, 0x6a139f3a43800000
	.quad 0xc011000000000000, 0x7ff0000000000000
	.quad 0x7c3c26f4d79bbef1, 0xfd5653c23effe7e5
	.quad 0x80ffffff007895dc, 0x02c63b612e3d4cdb
	.quad 0xbfcbd893c666fdfc, 0x3a4945fe675f5a75
	.quad 0xb5c7567dfb0e6feb, 0x82fb379a0a590c9c
seed20:
	.quad 0x0000000000000006
	.quad 0xffffffff80000000
	.quad 0x57dcc800e2f4b115
	.quad 0x0bdff7f3b19fc866
	.quad 0xfbe60007f9034ce3
	.quad 0x0000000000000106
	.quad 0xef78bbe4f987a355
	.quad 0x00018df41f65a284
	.quad 0x000000004f3dd664
	.quad 0x00000000018b256c
	.quad 0xfffffffffffb00ef
	.quad 0x0000000100000000
	.quad 0xbf11b1b61f469ac7
	.quad 0x8000000000000000
	.quad 0xfb81b9a84931870d
	.quad 0xd05be186cece9255
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x6c8a09f600000001, 0x063d2722efffefff
	.quad 0xfff8000000000000, 0xc0100000f2b96d21
	.quad 0xe2b99246b6f37d7f, 0x015ea3d878105ee3
	.quad 0x6c5221b27f75abdf, 0x0000000000000000
	.quad 0xaf865a98ff847e00, 0x8a775dccbf3c7911
	.quad 0xd231dc50fff9c7ab, 0xed5425588f168f1c
	.quad 0x7ffe1ad9587484ea, 0x09021516ff7ff7d5
	.quad 0x3f00000000000000, 0x000d5249bf885904
	.quad 0x8637494fd9fffdf5, 0x42c47687e7f248a0
	.quad 0xbf8c000000000000, 0xc0094c0fc16ba8cb
	.quad 0x7ff8000000000000, 0xda2f63b032d1f7ff
	.quad 0x3f7c034f5da9e6fb, 0x564dafabffc23ffe
	.quad 0x1c64dc00bc74ff12, 0xffa0c9db43f2c5d4
	.quad 0xef6d026f5aa6c08a, 0x3e0873c0410f03ff
	.quad 0xe046089329f77e7a, 0x08c37052dfffffff
	.quad 0x7b54866f00000000, 0x64eb36f9b5d00000
	.quad 0x000000018db37197, 0xfff86aca3e7f96cb
	.quad 0xc2700000742ce64a, 0x3ed4000000000000
	.quad 0x11943c9b9299eb00, 0xc3f1e0f2fdbbc157
	.quad 0x40712651dbef8179, 0x7c1405d618022010
	.quad 0xeeceee6de3beffcf, 0x4001b2bf85e230bb
	.quad 0x29073cf395f9fe35, 0xe5379222426a17da
	.quad 0x7f8000008009db1e, 0x4210347dff800000
	.quad 0xc7fffffe804c81e2, 0xbfaf242c600ba1de
	.quad 0x9d034fc6490b7e00, 0xffd6e965c3bc9843
	.quad 0xef4ab02dff910074, 0x9b67691571dfff9e
	.quad 0xdf800001411ecb79, 0x3f804544c3f4118d
	.quad 0x91b4439effeffd42, 0x5e6468b3d2a9cd3c
	.quad 0x43b80e7133019b53, 0x401f000000000000
	.quad 0x0a2a132e8bbff1fe, 0x2a2dfe5958907f51
	.quad 0x5f0dc73dbc475617, 0xe5d13e954c827c6f
	.quad 0x6206a809f83ca27d, 0x1526bb824be48d54
seed21:
	.quad 0x0cf8a7cf3d5d18e0
	.quad 0x0000000005388b30
	.quad 0xffffffff80000000
	.quad 0x5121400c13eb8784
	.quad 0x0000000000000216
	.quad 0x0000003823b9291e
	.quad 0xfffffffffffad184
	.quad 0x1e1d9a51b2faa712
	.quad 0xfffffffffffffec0
	.quad 0xffffffffffffff4a
	.quad 0x0000000000000001
	.quad 0xa5099324fe7e4f28
	.quad 0x0000000000000001
	.quad 0x83a666c76cdce859
	.quad 0x0000564e5bb380f8
	.quad 0xfffff1206c806279
	.quad 0x04800000
	.quad 0xf0000000
	.quad 0x3248eca4f7959045, 0xbf75abeddfab9d20
	.quad 0x2a5f0cd600ffba50, 0xfffd97de692d7db7
	.quad 0xb84cae1c96a48000, 0xd2f2d047c37fffff
	.quad 0x7ff8000000000000, 0x3ffffffffffffffe
	.quad 0x7f236359ff2d16bf, 0xdeb4ba7d3c7e38e3
	.quad 0xfff7d48b591dabbc, 0x4039e2d73c4e7baf
	.quad 0x60dc68b66083d834, 0x3cf13159cff7bdb2
	.quad 0x43d409f6ff800000, 0x8000000042d4edfa
	.quad 0xe5975077f21f56e8, 0xd2ed4d6e217f3fa6
	.quad 0x80400000ff800000, 0xc04d00792123c227
	.quad 0x41911cae7f07d3c3, 0xa1f282714ee17c00
	.quad 0xa735e40493ddf033, 0x28802f5f0069e0f6
	.quad 0x80400000801bdb76, 0xc1ed5d8d158fea38
	.quad 0xfff0000000000000, 0x3bf7d38dc0417e32
	.quad 0x9fdba090ffd5eff7, 0x0000000000000000
	.quad 0xcf7fffff807f1005, 0x7fe066f2c1d80341
	.quad 0x7fefffffffffffff, 0x812f92e5a35e977d
	.quad 0x4f095c3f0242b48f, 0x02cd15b71cce86d2
	.quad 0x29fe7c00e4d2fc00, 0xa84b1f7cfd7f5ade
	.quad 0x40511b9ebf5382f1, 0xc1cffffffffffffe
	.quad 0x017fffff627ffffe, 0xda8e50d855f087ff
	.quad 0x51000525fe0eeb7f, 0x169d29c0fee97fff
	.quad 0xbf742dda49ac5385, 0x435d24c73e731d11
	.quad 0x8010000000000000, 0x7f8000003f19d4f7
	.quad 0x31520a20f2f5962a, 0xc3db6b116ae1fab4
	.quad 0x12d88fcb55bce839, 0x3fb15171d0b50894
	.quad 0x090eceac82df7b08, 0x1e2e02596957b8d6
	.quad 0xf9723a24cf800000, 0xfcc35563c1c0bc53
	.quad 0xc0b3100000000000, 0x0000000000000000
	.quad 0xbfd5c00000000000, 0x41e0000000000000
	.quad 0xf3fac77d08ceed61, 0x7ff0d0d22428a58e
	.quad 0xc022000000000000, 0x70d51d98feb26ffd
seed22:
	.quad 0xfea08df9b5e6c594
	.quad 0xe3c2c49637d6f433
	.quad 0x8000000000000000
	.quad 0x8000000000000000
	.quad 0x0000000084154732
	.quad 0xf63ef16a802fe8ea
	.quad 0x00000000000000e1
	.quad 0xfffffffffffffc3b
	.quad 0xffffffffffffff47
	.quad 0x000000049c656274
	.quad 0x0000000000000050
	.quad 0x1752ac4e5df10155
	.quad 0xf0d5233437c016e4
	.quad 0xfffffffffffffe4f
	.quad 0x8000000000000000
	.quad 0x0000000000337e59
	.quad 0x04800000
	.quad 0x40000000
	.quad 0xbe4000007f800000, 0xbc77442700000000
	.quad 0x05157852d2238126, 0xf2d5a95defff7df7
	.quad 0x7ff3287bd9f7d27a, 0x82e7154466247703
	.quad 0xff800000407fffff, 0xc348918681000000
	.quad 0xbfe5634e95bebcc0, 0x85cc2ea3c2897320
	.quad 0x5d4a613286cc7ce5, 0x000fffffffffffff
	.quad 0x74c34cad865489b0, 0xbff8000000000000
	.quad 0x800000000cb25f2c, 0x0832938580000000
	.quad 0xc2778a6dc84b7ffa, 0x0024940c25c85558
	.quad 0x5f80000080000000, 0xb7f0af4affe17fff
	.quad 0xff80000080000000, 0x4018000000000000
	.quad 0xc1040000f657b196, 0xb108d7caff8bfd91
	.quad 0x82c96b98fcd1f165, 0xf68db056ffeffff9
	.quad 0xaccb9b87b013434c, 0x2936837bf7bffc5f
	.quad 0x7a27dc4bbf647b5a, 0x6453565a75de7c73
	.quad 0xfff0000000000000, 0x3fea6bad884f68ac
	.quad 0x7ea87dd65a000001, 0x19a751b88324dfe6
	.quad 0xfca488b9e7ffef46, 0x295417c9e6f60000
	.quad 0xe95081902d8ac440, 0x285fd5f453dddafe
	.quad 0xffab52b54190f64b, 0xf8beb2698dac3700
	.quad 0xff96ce1186ec4d1a, 0x7a0ad647efc7ecff
	.quad 0x8000000000000000, 0x17f98746ffce03ff
	.quad 0x8d6b38cffbee0141, 0x0001a5dd5b1ded4e
	.quad 0x7c3e7d1eb6090000, 0x3fd726fcad15b580
	.quad 0xc97696637d59ceee, 0x40f5fef0dfeb034e
	.quad 0x3ed4e00000000000, 0xbbf5c9073e9fdbff
	.quad 0x477550f8afdb46d0, 0x40f6800000000000
	.quad 0x7140a1f738f67980, 0x40996eeec0000001
	.quad 0xbf0ff3db8961456d, 0x76817a2b619bfd0f
	.quad 0x1afe684d00400000, 0x7ff61144f1b8423b
	.quad 0xffa23fdd7fbce413, 0x253a36be19c9b0ae
	.quad 0x81000000ef0b4697, 0xffb7b262c8f6e9e3
seed23:
	.quad 0x0000000031240708
	.quad 0x7fffffffffffffff
	.quad 0x4e8b1c12ca9b28b5
	.quad 0x00000dd5a79070a8
	.quad 0xfffffffffffffc1b
	.quad 0xfffffffffffffd5d
	.quad 0x000000007fffffff
	.quad 0xc8cff51667824fa8
	.quad 0x605f560e79753724
	.quad 0x35fc7f78467cf2bb
	.quad 0x000000000000032f
	.quad 0x0000000000178bae
	.quad 0xd9c8b8ef705672e1
	.quad 0xfecc49ce7699dbb2
	.quad 0x8e7d37557acd2b42
	.quad 0x5be12d01107686c1
	.quad 0x01800000
	.quad 0xf0000000
	.quad 0x5185e8262cf37100, 0x3622b778609b24bf
	.quad 0x43793c9341600000, 0x7361782804defdd8
	.quad 0x89482025db7fffff, 0x7ff8000000000000
	.quad 0xbf84dd565be40c55, 0xb2e2708bfd62fe00
	.quad 0x7ff492fbf0ef21bb, 0x7a0af065b4b3787c
	.quad 0x4d90660bc31ee17e, 0x512dfa4f1b7fbbf6
	.quad 0xc2dfaf6db571c025, 0xccab5367757cc9a2
	.quad 0xf4bf117ab445588e, 0x41f9f71e4bfe7e49
	.quad 0x7d9100ec69319745, 0x7ea3bf41f06c7ef4
	.quad 0x36b1000080000000, 0xbd58e86094e5b911
	.quad 0xa61a6841b384bfb3, 0xc059838e1da31dc4
	.quad 0x7fbc93db3f000000, 0xf59339b90bbae8b6
	.quad 0x244430aea63e465f, 0x42c2f921f58f004e
	.quad 0xc061000000000000, 0xd9b70baeffbafe00
	.quad 0xfff8000000000000, 0xc330000000000001
	.quad 0x30923e37f005c180, 0xc335ceac07f54d9d
	.quad 0xfff8000000000000, 0x1b607b4fffbefe2b
	.quad 0x7f8000005993e963, 0xbf10dc831b92f16a
	.quad 0x0020000000000000, 0x1d6b229942e7f28c
	.quad 0x7ffcfee023dbf204, 0xc882d654fff9f2e7
	.quad 0x41200000409c0000, 0x2d662b56fad60000
	.quad 0x018954dda6f9e2ce, 0xc2a582e8ff8bf257
	.quad 0xc112000000000000, 0x47140000fee3247a
	.quad 0xce00a087bac43c9e, 0xbefe000000000000
	.quad 0xd9fffffe807ec01c, 0xf3c5faed43a50d28
	.quad 0x406cb1426a0313bd, 0x4044ceffc058a535
	.quad 0xc1aeacf880000000, 0x628786b6cbdf8e61
	.quad 0xbd0746e084b397e6, 0x036c9af3faea7a05
	.quad 0xfeafb8b5c3f5cb75, 0x3fe554fcc282b790
	.quad 0xff8000007fc00000, 0xff983cf9c72535f1
	.quad 0xef7ad56cbffbb3df, 0x3fdb000000000000
	.quad 0x3df40d3e9c0900fe, 0x38a000007fd4ad69
seed24:
	.quad 0x000073060ceb4658
	.quad 0xd6a59a7edbc5fd24
	.quad 0xffffffffff962f09
	.quad 0xffffffffffffff77
	.quad 0xfc7de6f6524c7abe
	.quad 0x0f233fd30803653d
	.quad 0x74573f86c30d8b4b
	.quad 0x499345768d45b2d5
	.quad 0x8995d34e63f1e293
	.quad 0x0000000000000009
	.quad 0xd581ee727761bf59
	.quad 0xffffffff80000000
	.quad 0x000000000000031a
	.quad 0xfffffffffffffc6f
	.quad 0x06a5d005a961798e
	.quad 0x00000000000001f4
	.quad 0x02000000
	.quad 0x90000000
	.quad 0x1f6f161c97e6fde9, 0x883dd208b5bbabfe
	.quad 0x000000007fc00000, 0x7f8000008063de45
	.quad 0xe5d8419ef05ffbff, 0xfff0000000000000
	.quad 0x0051d729be2e0000, 0x919fbf1aff800000
	.quad 0x5098a05ba6e77edd, 0x3f921c71c66345e3
	.quad 0x42c91510807fffff, 0xbf2e900000000000
	.quad 0x3d69cc0e4c17ad70, 0xff80000047000001
	.quad 0xffc05936fdf0e012, 0xfff7fccd7fd9e930
	.quad 0xa63901a2bfdf7c24, 0x1a721eaab4cdc26c
	.quad 0xbf3bbf4fff9fd227, 0x3fc98fbd069b0bf7
	.quad 0x011da1dc24ca76a8, 0xa00eeaf4a46993ab
	.quad 0x3c3b4a587f8768a1, 0x4d201b1f7ef5fb6e
	.quad 0x323622c29bc9d09e, 0xff250a2c414ee482
	.quad 0x424880857e8fb544, 0xbfa4e7f396b942bf
	.quad 0x59e7ae13b4a47e00, 0xc844b6887bbbf5bf
	.quad 0x4057b4fe88b2a6c5, 0x5072795211a82cf7
	.quad 0xfff0000000000000, 0xff66ba91b436459d
	.quad 0xf19f57278b17fc00, 0x4224afe24e76beed
	.quad 0xd23f9fb3ed23d7f9, 0x3bbf0181c1ee3cc3
	.quad 0xfea3014613e4fac2, 0x41f7e59aff9b642d
	.quad 0xea745e89efdfffcd, 0x3f17000000000000
	.quad 0xc81b3bff2c5f55c4, 0xd97a076f44ab139f
	.quad 0x40e800003c2c0e19, 0x0000000000000001
	.quad 0x7fff9e425c285d70, 0x51f844a830d5f7b6
	.quad 0x7a56135c3e58713c, 0x74332925e1c60000
	.quad 0x6be9d5f0011bc7d1, 0x010d73427f800000
	.quad 0x3d7fa7bd7f800000, 0x0000000000000000
	.quad 0x4f00000180524f60, 0xdfdd368e9708e170
	.quad 0xffefffffffffffff, 0x3fcc372104aa8b2f
	.quad 0x4bfa97a5bd7dbfff, 0x44b0e278e57ee87b
	.quad 0x8cc22cb380000000, 0xfdfbbbb35d45e331
	.quad 0x3d5bd99f7fc00000, 0xbfa8000000000000
seed25:
	.quad 0x0000000000000001
	.quad 0xffffffffffffffa8
	.quad 0xa6df59b3fc38082b
	.quad 0xffffffffffffffff
	.quad 0x8000000000000000
	.quad 0xfc469727df915a9d
	.quad 0x0000000000000257
	.quad 0x0000014245dcf44f
	.quad 0x00000000000cd797
	.quad 0xffffffffffffff4b
	.quad 0xffffff931f4ada05
	.quad 0x000000000000ac10
	.quad 0xffffffffffec0675
	.quad 0x1017424f90883eb5
	.quad 0x00000000000001f4
	.quad 0x0000000001000001
	.quad 0x04000000
	.quad 0xf0000000
	.quad 0x80092b9782e3bb50, 0xff800000c0600000
	.quad 0xcc8000017f800000, 0xe6ffd673ff004bb3
	.quad 0x24fa08e8c8800000, 0x81d3cf37fdebf958
	.quad 0xc0effffffffffffe, 0xecdf9e680cbca1c0
	.quad 0x7ff0000000000000, 0x4f5821992d37b6f1
	.quad 0xfc1182a82fef851b, 0x917081f0f0cb5dbc
	.quad 0xfff8cf0ee0fd3268, 0xe41da976c2d51dd1
	.quad 0xda460947ddac48a0, 0x7ff5599da58cb753
	.quad 0xcb2e869c7fdfbf31, 0xb8c0adca33245d7d
	.quad 0xc3f4e7564bba0000, 0x7ff0000000000000
	.quad 0x7f0c4089803908e0, 0xbfe4be3cd785c312
	.quad 0xbf71800000000000, 0x8e80e2fbc725fa31
	.quad 0x9d799952ffc87801, 0x173dbee2ff654e31
	.quad 0x7fab8c19ffee9928, 0x7f800000bf11b537
	.quad 0x80000000558e2074, 0xfd5db770003d6532
	.quad 0x5c65e99afff1fa00, 0x1129c6b9338324b7
	.quad 0xf18739a90051d13d, 0x82051f58110f348b
	.quad 0xc03826388d318432, 0x3130bf9a3e7b4be0
	.quad 0xf576b95f7e6df400, 0x2be227c77fff0400
	.quad 0x7fb6d779cad302d8, 0xc0b000000020afbf
	.quad 0x1e3ea763f36efd71, 0xc17467adffcc5dc3
	.quad 0xff80000038a18000, 0x658dc588dfc44c5a
	.quad 0xe537f624effb7fff, 0xc3d8403ebc77fe87
	.quad 0x3f7ef18466f90f0b, 0xc0f0000000000001
	.quad 0x6ecc2d00709df88d, 0xbfd9e60828e1731a
	.quad 0x11d1996bfa737efd, 0x486137a9afedea1e
	.quad 0x00000000ffa0929a, 0xffc000000c6b07ee
	.quad 0xbbb00000bc7de6b1, 0x5a00000095d05bf6
	.quad 0x62066e4c3201fd68, 0x4656cde60b374000
	.quad 0x7f8000007fa745d0, 0xcbbf0894e7aba08c
	.quad 0xbc1200003fffffff, 0xc020000000000000
	.quad 0x3df800007faab2d8, 0x37384458ffc1799d
seed26:
	.quad 0x00000000000a307a
	.quad 0x7542676073a2f193
	.quad 0xffffffff80000000
	.quad 0x00d4f3a834a35fe5
	.quad 0x00000000000016f8
	.quad 0x0000000000000322
	.quad 0x000000007fffffff
	.quad 0x000000112bdd8c40
	.quad 0xffffffff80000000
	.quad 0xe0718f0df5c9195c
	.quad 0xd907da0149faa6c3
	.quad 0x2c7db07bb151eed4
	.quad 0xba047c08855cee43
	.quad 0xfab1db6f553e66fb
	.quad 0xffffffffffffffd9
	.quad 0x35a16b6ceccd3310
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x3240a16cffbfd5f4, 0x0000000000000000
	.quad 0x01c825b0ff3e5602, 0xe94baf541f3db308
	.quad 0x0021964072c51766, 0xffd82ca6a5b71467
	.quad 0x3abc0000bf400000, 0xfffc5fcb60bf697a
	.quad 0xbff8000000000000, 0x801fffffffffffff
	.quad 0x6ad24185feb7ffeb, 0xbf226c1342ff28e6
	.quad 0xf76218f8ffbda9fd, 0x3ccff3c4faefb69c
	.quad 0x68e39806ddc77bfe, 0x024e89c0b52797b2
	.quad 0xc00000008c6af880, 0x7ff4217b9e02f342
	.quad 0x7fd758f728928f8c, 0xc075b860474b3577
	.quad 0x40a115cc7fc00000, 0xfff8000000000000
	.quad 0xf7e97abdfffa48c0, 0x7e0e8ab2fc254820
	.quad 0xb64e3122e8c78ff8, 0xff80000006238377
	.quad 0xbf5434c0c0000001, 0xa3bc61a3fb9a00b1
	.quad 0x7fa5b032e78d9898, 0x3adc00000a24642d
	.quad 0x4a9d98642efffaf0, 0x7ff0000000000000
	.quad 0xc000000000000000, 0x9d637ea3ffe3dc77
	.quad 0x7f80000080bc86a2, 0xc04c6723def13a2d
	.quad 0xee18f29bff800000, 0x8000000000000000
	.quad 0x8000000000000000, 0x00000000ff800000
	.quad 0xc3ecfaf31933a1d4, 0x7ddd787837007cee
	.quad 0xa127d8b7bf800001, 0xd852afe5a005fb54
	.quad 0xc000000000000001, 0xe1a03e34e7ffcbff
	.quad 0x7069682abccac680, 0x415a531bffe5ffdd
	.quad 0xff9bb1f595d83267, 0xc30b743f7fc02078
	.quad 0x800f6c0da22230cb, 0xfc5655ba78f389e1
	.quad 0x8aebdd0f39168000, 0x9ef9508fcabe37bb
	.quad 0xbfa30352ba5f618c, 0xc04f5c870ee54c37
	.quad 0x2e8f766e9d8d89e4, 0x9d605a5181ffffff
	.quad 0xd46a58eebd7cba25, 0xc29fffffffffffff
	.quad 0x20114e8576007c00, 0x02fc35b1aea6571e
	.quad 0x3f7102db8851fdbe, 0xce3ec9b0ea4a22f2
seed27:
	.quad 0x13659a05ee2fa4a7
	.quad 0x6022096b3fb106cd
	.quad 0xffffffc01e1fcf0c
	.quad 0x00000000000002b8
	.quad 0x000000000002d2de
	.quad 0x0000000000000010
	.quad 0xfffffccab2e54587
	.quad 0xffffffe8aaf1a9aa
	.quad 0x772ea2b2719754d7
	.quad 0x167229fe8ed8afbe
	.quad 0x5e9d4f2522c9e786
	.quad 0xfffffffffffffff6
	.quad 0xfffffffffffffc39
	.quad 0xffffffc5109eb1dc
	.quad 0x000256d944919b3f
	.quad 0x0000000000009a3d
	.quad 0x03c00000
	.quad 0x90000000
	.quad 0x1a166eb9c1df0271, 0xfff6946f33885a32
	.quad 0xfff3f08ba7618a2d, 0x5a7fffffff800000
	.quad 0xc03ea7b4c13dc3b6, 0x392c00007f800000
	.quad 0x0000000000000000, 0xbfd433f67d611fbd
	.quad 0x8de9bc70c1180000, 0xd822d42e6d939b79
	.quad 0x30cc9b4f6b1ea757, 0xd5e79924d6d51034
	.quad 0x003ad8c388eceee0, 0x279ef04c50b4f95c
	.quad 0x7980575dc0dfc977, 0x0e035121fc7d7d42
	.quad 0x8000000080152292, 0xfffc394b05d667b7
	.quad 0xd9f4f23e481a0000, 0x8110abc0b1fdc8e2
	.quad 0x6c56919000000000, 0x00000000ff800000
	.quad 0x44a7c2792f83a693, 0x7ff273cd83f65845
	.quad 0xa6265b673174b6fb, 0xcf91f5c58ecdd5b8
	.quad 0x5f2d4ddbc0840000, 0xc2bbc48df79fcffe
	.quad 0xfff1d1fc0dd2abde, 0xc0846c36806cc940
	.quad 0x80000000b3925863, 0x401ea14cdba25516
	.quad 0xfeffffff7fc00000, 0x9dc02fa1e773d4a5
	.quad 0x5f7482e71bf07c00, 0xfb7c46e713f7be00
	.quad 0xd9800001ffd5dcb4, 0x00000000c2a4a9a3
	.quad 0x231548b64d6efea3, 0xbb400000ff800000
	.quad 0x823fafa654762b13, 0xe53873d3f149c34d
	.quad 0xea5a2307ddc778ff, 0xbfc0a5619908f2ce
	.quad 0x75280e7dbce0ff76, 0xd28fd004f2f6c000
	.quad 0x401fe57b8d8226d0, 0xfeffffffb7d7922e
	.quad 0xbf555ebb48140000, 0x3f76197a4a410af4
	.quad 0x7fc00000be687996, 0x317fecfddce67ccc
	.quad 0xffed8d85c6b674b6, 0x81343914bc1cad4f
	.quad 0xff9653cd7f8762d3, 0x97a7e66a792f9e89
	.quad 0xc33e45bbc9246df4, 0x60c18327f698ffa6
	.quad 0xa4a9870112688bff, 0x7e2c36a37f800000
	.quad 0x937245d92876ac05, 0x3fa000006bce195d
	.quad 0x4efd54c6ffbdebff, 0x811b6efeccd0daaf
seed28:
	.quad 0xfffffffffffffc40
	.quad 0x8000000000000000
	.quad 0xfffffffffffffdb0
	.quad 0x000000000769ffe0
	.quad 0x4885339a6c1315fc
	.quad 0x000000007fffffff
	.quad 0xc6d2b67c0a648b29
	.quad 0x5a441833fa10ae7a
	.quad 0x14dcb31ce904c474
	.quad 0xfffffffffffffff5
	.quad 0x0000000000000000
	.quad 0xc9f99a062293f39a
	.quad 0xffffffffffff12ee
	.quad 0xb296c47871ea6f39
	.quad 0xffffffcf79e4b90b
	.quad 0xfffffffffc43e1aa
	.quad 0x00000000
	.quad 0x80000000
	.quad 0xfff74eced0e3bd5c, 0xeface1767fb85ba9
	.quad 0xc0bc800000000000, 0x800e4c0094356291
	.quad 0x7e800000c24002c2, 0xed8033d289dfc86b
	.quad 0x004e01a4ffdfffff, 0x7ff0000000000000
	.quad 0x3f96ab1187a240f8, 0x7fa6369c9bd3a158
	.quad 0x41efa9e1a2286532, 0x7f8000003c2d6296
	.quad 0x2156c14353a2fbf8, 0x1516cf1c335226a9
	.quad 0x7f56d79fc3a229c7, 0xc1100000017fffff
	.quad 0x4000000000000001, 0xc83000003c15852f
	.quad 0x54b906a1b1ffbbf7, 0x3590000040200000
	.quad 0xe676d555520bfe2e, 0x9f41d02219a686b7
	.quad 0x000000009b14d4c6, 0x5302fb3a35a1be00
	.quad 0x8b2006e5bfbb470f, 0xc0689d7bf541fdd3
	.quad 0x7ff0000000000000, 0x7f800000ffad9c91
	.quad 0xfbdab6854fffffff, 0xc01a000000000000
	.quad 0x0015f65fff800000, 0xffc00000b8a5c2b3
	.quad 0xc065b0dd8636c3e1, 0x54122d443c54bee7
	.quad 0x40c4000040e50000, 0x4012000000000000
	.quad 0x7ff5b568a62f379b, 0x201718e77f84fb40
	.quad 0x405cf78160a994e7, 0x62d1b741fefecdfc
	.quad 0x7f80000000000000, 0x411c30f45fe7df78
	.quad 0x8010000000000000, 0xfff8000000000000
	.quad 0xd1a1b2883fbaea04, 0xba39aef0646e95ad
	.quad 0x3e13641234c9d118, 0x7f8000006ffb7f56
	.quad 0xde1c56aeff853ed0, 0x3f74800000000000
	.quad 0x3e4e0c7780b310c0, 0x7f7fffff40c0d987
	.quad 0xec9c572d0052b3be, 0xcf0000003ec00000
	.quad 0x22f624f2fb994cd7, 0x7ede798c3bde7d40
	.quad 0xc022800000000000, 0xbfef782f1c98782a
	.quad 0xca524ad5658b7e00, 0xf90306afdf6a698b
	.quad 0xc013b18a074cd5b3, 0xb088210c9135ffb1
	.quad 0x3716d3f0303857b6, 0xfff8000000000000
seed29:
	.quad 0x0000000000000302
	.quad 0x7fffffffffffffff
	.quad 0x00014ca15c5b1bc5
	.quad 0x7f0f0271a4d76bad
	.quad 0x0000000080000000
	.quad 0x0000000000000060
	.quad 0xffc01975899b5a6d
	.quad 0xfffffffffffffd5f
	.quad 0x0000000000000371
	.quad 0xffffffff80000000
	.quad 0x71a9ab5997f377fb
	.quad 0xffffffffffffc106
	.quad 0x630d9c748bfcaa26
	.quad 0x0000000000000034
	.quad 0x0000000000006260
	.quad 0xe4bc5cdde2716192
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0x02951187fb8f81f7, 0x3ffc000000000000
	.quad 0xd53e66e8c92bdfff, 0x449399df0526475c
	.quad 0x40e0000000000000, 0x7f8000003bc73b8c
	.quad 0x7ff3fcd294fc4986, 0x4004000000000000
	.quad 0x3fb39538ff800000, 0x938adf8fb10031e8
	.quad 0x7f800000cb21efa0, 0x7ff8000000000000
	.quad 0x7e50925ec94c0ee3, 0x8000000000000000
	.quad 0x5acc6b73cf2bae48, 0x03f7c40947000000
	.quad 0x807fffff3bba9ef8, 0xfff0000000000000
	.quad 0x3985a264d3dc2851, 0x9d24af6bc199ce8d
	.quad 0xfff0000000000000, 0x8000000000000000
	.quad 0xd72f35dd2adca7b9, 0x0000000000000000
	.quad 0x64d256ec11e303d7, 0xbfff370b66213f66
	.quad 0xc04ebce30ee387fc, 0xda0a4e72362c4840
	.quad 0x6aecbf66c6237f50, 0xfd0eb984e8ba35b0
	.quad 0xfff0000000000000, 0x3f92242278ae6ae9
	.quad 0xc118000000000000, 0xfe6362a17fc00000
	.quad 0x59e5899f7ba0bd47, 0x7eec199df6123dff
	.quad 0x401ae2c28a6b0f04, 0xa832db667fef4f5a
	.quad 0x3f0de777fff3b904, 0x67a773f57ffe6ba6
	.quad 0x7f80000040880000, 0x68fc2399effd5f67
	.quad 0x7ff292bc8ccd6219, 0x800c84938eb8533e
	.quad 0x3d20000000728e8a, 0xb37e547fe1cefd0e
	.quad 0x7c129d6eb6400000, 0x5a100b514dfb75c7
	.quad 0x405af3e56caaac17, 0x41ffffffffffffff
	.quad 0x7b364a82e2718200, 0x0005666f738bca87
	.quad 0x403b4b2ad413fe45, 0x400b000000000000
	.quad 0x07b5dfc3bfe00000, 0x1ad7d6acbe8cea2a
	.quad 0x000000007fb94dd1, 0x03ac181390510400
	.quad 0x8131242d70b4b01f, 0x7f800000801fb2e5
	.quad 0x7fa8926789c51870, 0x411c00007ffcb997
	.quad 0x77fd3f48c3c3c37e, 0x41effffffffffffe
seed30:
	.quad 0x39c1927db9bccdfd
	.quad 0x0000000000000001
	.quad 0xfffffffffffffff5
	.quad 0x0000000000000001
	.quad 0xae7ab87c4abb6066
	.quad 0xe0b4e020fe369fcf
	.quad 0xfffffffffffffebb
	.quad 0x000012869ef65936
	.quad 0x87a3f9163ab567ba
	.quad 0xffffffffffff2d71
	.quad 0x00e8a6f2c016f2e9
	.quad 0xfffffffffffffe5b
	.quad 0xfffffffffffffa5e
	.quad 0xfffffc7f76447456
	.quad 0x000000000000043a
	.quad 0x71c24420e38e421b
	.quad 0x02c00000
	.quad 0x70000000
	.quad 0x3f20000000000000, 0xe333a128a0606069
	.quad 0x401c480bfc94a769, 0x56f109e4b7935930
	.quad 0xff90c96075df05a5, 0x3f853abfccc7d46a
	.quad 0x3ff8dd310a3e5aec, 0x7f800000c36ae1a7
	.quad 0xc716de0dffb10001, 0xbf1cef0a7fbc705d
	.quad 0xb38249464194e813, 0xfff0000000000000
	.quad 0x7ed709ed3c82e046, 0x8020000000000000
	.quad 0x0000000000000000, 0xff57bb1e42780000
	.quad 0xffffeb0096af058e, 0x73bc7c0835957801
	.quad 0xee183569c17d7830, 0xf4ecda48b7d98bc2
	.quad 0x7fc00000ffb7a87b, 0x523e9e91f792fbd3
	.quad 0x0f9383ead3a621b9, 0xbfe3174980000000
	.quad 0x7f8000000039d45b, 0x498a0e5353c556fa
	.quad 0x7f87981dbcd21a4a, 0xc1f0000000000001
	.quad 0xcc81355bfbedebe9, 0xf0409fc8427ee248
	.quad 0x435550ac236d1ddb, 0xe1dee63b3fbbfabf
	.quad 0x323bcc455318fbff, 0x000392384262a72f
	.quad 0x7ffebcb1a68eb65a, 0xb90ec65229c1ae67
	.quad 0x7bb62a8c40300000, 0x80000000ff877eb5
	.quad 0x1b3c0f38ffb1a7b8, 0x3fc4400000000000
	.quad 0x806c0e7cff800000, 0x80319758005f3181
	.quad 0x7f6627fcbfce5ba4, 0xdd9ac0034336d540
	.quad 0xf3a04039807fffff, 0xee5655963762f7ff
	.quad 0xcc99f5c27f8ab801, 0xe1e775c8fc793b8a
	.quad 0xc07fffff00800000, 0xbf775edc107f5c57
	.quad 0x00ffffff00156bae, 0x404ea5cc847fddf7
	.quad 0x8000000000000000, 0x2fa07ce700577acb
	.quad 0xb3353326dccfdfb9, 0x80000000f5cb5600
	.quad 0x401b1953dc1d11fc, 0x4014000000000000
	.quad 0x3563831effdfc698, 0x3ca352b43e800000
	.quad 0x3de2f517d97ba96c, 0xc2299e49d9fffffe
	.quad 0x40095691c41f8e85, 0x1287a45c4ccd7e9c
seed31:
	.quad 0x09edd43ca9400213
	.quad 0xfffffffffffffcfd
	.quad 0x41007e4a7376b100
	.quad 0x088bb4abc1020829
	.quad 0xfffffffffffffd0c
	.quad 0xffffffa15aa34a69
	.quad 0x0000000000000390
	.quad 0x0000000001000001
	.quad 0xcc43f020c334169f
	.quad 0x0000000080000000
	.quad 0xffffffffffffff70
	.quad 0xfffffe2bfc250248
	.quad 0x00016d8a07a4c31d
	.quad 0x29c7f400c3d5c64b
	.quad 0x54e29a32036a7d3d
	.quad 0xa47c62a75904b01b
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x401e000000000000, 0x3b7f10809e0cd7a6
	.quad 0x05171af9f93bfe33, 0x000920a37f024361
	.quad 0xbf64000000000000, 0x0016ab6ef9bda8eb
	.quad 0xba580000c060f4f1, 0xff8000007fc00000
	.quad 0x141f7cbada510000, 0xe990ae71a526f5eb
	.quad 0xb25db95d91befcfb, 0x6f9b3a5840b00000
	.quad 0xf1c3fa50cd30dae9, 0x8a534e723beb3098
	.quad 0xbfb0000000000000, 0x7ff0000000000000
	.quad 0xffebb568e570bd4c, 0x41180000bc8c4236
	.quad 0xcf7fffff0b2c9605, 0xdb353b62e90ab3a2
	.quad 0x000fe7e540a5d9b6, 0x79a910f8fff21102
	.quad 0xfff2f484f90ce0be, 0xffe6da1748154fa4
	.quad 0x632116870518fc00, 0x7f80286400000000
	.quad 0x6f80dcc900dd2839, 0x643f6d57681e5429
	.quad 0x4ee444fcfa9bd860, 0xfe4bb184562d4993
	.quad 0xc2b200003ba018d7, 0x7f80000041120000
	.quad 0x2fca6b21fffedf5f, 0x169ad44df76cda7f
	.quad 0xff710f9d5c13a3e1, 0x9b1e28f14280cfbf
	.quad 0x80000000bd657be4, 0x4052000000000000
	.quad 0x432fffffffffffff, 0x7f8000007f800000
	.quad 0x5ce20f09ffd0be85, 0x015ddc0affff36ed
	.quad 0xffb84ea9c53c0000, 0xffd48be38e138621
	.quad 0x7fbe81bf007fffff, 0x3d86c3806f950883
	.quad 0x7f80000080000000, 0x39cd7a3f1b9217c0
	.quad 0xf2fe9030706b0218, 0x3d63548fe7ddd7f9
	.quad 0xe34e3bba6dff7fe9, 0x7ff1abb523e7bdc6
	.quad 0xc0371b1cf640345e, 0x83353a29ef7fffff
	.quad 0x75e1018336cd0000, 0x3ec7494d007a5cd5
	.quad 0x0000000000000000, 0x00028c04ae228487
	.quad 0xc05fef3add392ec5, 0x033f2bab9252a204
	.quad 0x001436e5b2a4ffee, 0x7ff26875caa0a4b2
	.quad 0x60b8c6e5a6b8efc5, 0xc043d60567caec83
seed32:
	.quad 0x3c1a581de49cd93f
	.quad 0xf69c5aafe6f914f7
	.quad 0x000000000000039f
	.quad 0xfee731cfcfd4c746
	.quad 0x000000000002f91e
	.quad 0x00000000000000fd
	.quad 0xfffffffffffffd61
	.quad 0x0d81444e396581a5
	.quad 0xffffffffffffcb55
	.quad 0x0000000001560698
	.quad 0xffffff609a0c1ba2
	.quad 0x0000000000000368
	.quad 0x34d6c83478207744
	.quad 0xffffffffffffe40d
	.quad 0x0253e3fef3c8722f
	.quad 0xe07c2d90318ca61a
	.quad 0x01400000
	.quad 0x70000000
	.quad 0x7f17dcc0abc90328, 0x4f37f0e847140000
	.quad 0xbf9ee9545b99eb86, 0xbefa22d5ffadb3ba
	.quad 0xc01d000000000000, 0x4f00000118d57c9e
	.quad 0x2453c7d3dc14fd35, 0xff84d9d3407ffffe
	.quad 0xc1e1dfef40886e84, 0xffabaa7a4045b91b
	.quad 0x816b2b1178ff838d, 0x49b64ba5fffb67f3
	.quad 0x8b4f0bc7492f13c4, 0x3f40000000000001
	.quad 0x21dbed27be97d6f1, 0x411400003c4f4e7b
	.quad 0x70687eb89637186a, 0x7fbc4db8b1bfe170
	.quad 0x3db80000015e9d9f, 0x7ff0000000000000
	.quad 0xfff73ee2c1a1c978, 0xc11000004f08758c
	.quad 0xff000000bf1865e5, 0xfeed862cbb74274b
	.quad 0xa9d67eccfffb7661, 0xfeb8ccd2ffc72e41
	.quad 0xa6569daa3e25ed35, 0xfff0000000000000
	.quad 0x401d000000000000, 0x40060c2d767f8027
	.quad 0x04389c4535898088, 0x7fefe8534680e401
	.quad 0x3a810000d7fffffe, 0xd4c286277ffd5f81
	.quad 0xbfa39b2b225426fd, 0x81bbe3c158c59656
	.quad 0xffee8e3c626ad47f, 0xe87e2d5a03150121
	.quad 0x00d64267c2ba82bc, 0xdb6bb7b5f8cd8de3
	.quad 0x43ab2c0436fe2e6a, 0x41eaf47bdffe81f1
	.quad 0xb3b2635d5c78d7e2, 0x3ff4000000000000
	.quad 0x5d57aca9a80cd359, 0x0eab7d0b9dfbfb95
	.quad 0xbed4000000000000, 0xb07caa88ffeff3ff
	.quad 0xc33fffffffffffff, 0x7d9baac20f1d88ae
	.quad 0x7be489b97f107281, 0xbfa8d58872614bb9
	.quad 0x005559d140520000, 0x7f0796e47d39e6ae
	.quad 0x80ea6f24a8185377, 0x6781fecbfb7ffff5
	.quad 0x7ff0000000000000, 0x89f6c4ea9946f794
	.quad 0xe89a78157ff5feff, 0x406000007d81e775
	.quad 0x7effffff42f3946b, 0x410800007fff06bc
	.quad 0x7fefffffffffffff, 0xa14a5410ca5e657e
seed33:
	.quad 0x0000000000000313
	.quad 0xffffffffffffffff
	.quad 0x00000000000001c8
	.quad 0x000000007fffffff
	.quad 0x000001ec91653965
	.quad 0xffffffffe45a33a1
	.quad 0x00000000166a53a3
	.quad 0xffffffe502f76486
	.quad 0x1733ea2c4575f0c9
	.quad 0x0000000080000000
	.quad 0x0000000000000282
	.quad 0xfffffffffed1ed86
	.quad 0x559003eee4bf1932
	.quad 0xffffffff80000000
	.quad 0xfff8b1cb6f1fab40
	.quad 0x9138acb4a1eeb6e5
	.quad 0x03400000
	.quad 0xd0000000
	.quad 0x8013d03170f6583b, 0x409b000000000000
	.quad 0x7ce5098479dba829, 0x3ffca7c9b4c02f84
	.quad 0x4014800000000000, 0x40387f2de4345b3d
	.quad 0x8000000000000000, 0x993ea27aaa14a000
	.quad 0x9d712c81bf67fc00, 0x7fe94632ae274b2d
	.quad 0x2eb38d55dd289f48, 0xff0fef273dd56fb5
	.quad 0x0509acd7c1080000, 0x3a9ded11c7e27a6c
	.quad 0xbd6f85667f800000, 0xffe5fbd8f4de955f
	.quad 0xc430000000000000, 0x7574020effae45c7
	.quad 0x4020000000000000, 0xcffffffebc048000
	.quad 0x407000007f83b7b3, 0xc063854c7d26218b
	.quad 0x1d4d73b8c0bdfc00, 0xbf8e98a7244af9df
	.quad 0xbc627067464cfb1a, 0x7ff05b383d8d4c8c
	.quad 0x800000007fc00000, 0x6159ddb447700000
	.quad 0x7f0ee8caff800000, 0x37b4197fff5a011b
	.quad 0xf83f1fff43d88dff, 0x800000018aa962df
	.quad 0x3e34673980000000, 0xb86a000041200000
	.quad 0x1a56197642756ab3, 0xa1a1159c8757ff64
	.quad 0x404a373c8bcf6cf6, 0x384755d2ff800000
	.quad 0x3ee151baf9e85cf6, 0x8100000000b93be4
	.quad 0x8008000000000000, 0xfff801b5d3f06ede
	.quad 0x1462e8d1beaa0200, 0x768bc2152227fc00
	.quad 0xa47f1eb2ffa7fc00, 0xae16f30cbeffe353
	.quad 0xc1a13c5749ad0000, 0x800000007fc00000
	.quad 0x8000000000000000, 0x7f8b12cf7f9577f3
	.quad 0x3fda6d7b8bc5e776, 0x80000000e2095c79
	.quad 0x7e49ef62e3617dfd, 0xff800000ffc00000
	.quad 0x4012000000000000, 0x59609de6423f88d8
	.quad 0xc780000040b41462, 0xfff0000000000000
	.quad 0xc7e754edfff3fee6, 0xfff49d1cb8529760
	.quad 0x7ca536d297677c00, 0x00000000806e30c4
	.quad 0xff9d80be6d2ff698, 0x3f80000040f80000
seed34:
	.quad 0x049eb0ce221122a6
	.quad 0x0000000000b67fdd
	.quad 0xfffffffffffffdb8
	.quad 0x0000000000000001
	.quad 0x81541cd2b93c1510
	.quad 0xb0403a84b626d797
	.quad 0x0000000000000000
	.quad 0xe70e6a78aeb04a80
	.quad 0x0000000100000000
	.quad 0x000000000039f4b1
	.quad 0x000000000000e4b2
	.quad 0xc94e5cc60529e4d8
	.quad 0x01b14bec09e978a9
	.quad 0xffffffffffff4765
	.quad 0x00025e3eee086398
	.quad 0x0a2f321295f487a4
	.quad 0x00800000
	.quad 0x50000000
	.quad 0x7ff0000000000000, 0xbed8d3b1d548692c
	.quad 0xf0e0fee63d0c29fe, 0xfff0000000000000
	.quad 0x004000000f6147f3, 0xc08400007f800000
	.quad 0x13306e64c1fab8a0, 0x8007bd115209d41e
	.quad 0x7fc000004c825140, 0x7ac760fbbe7ffef1
	.quad 0xa774c5c8fbfb7dff, 0x7ff84e549a79aa92
	.quad 0x792d8f39aefb9f9d, 0x7fb4fea780000000
	.quad 0x3f7b6bd0404f72db, 0xbf800000f45d335d
	.quad 0xee4614c8731d95e2, 0xb948e5b9fff6efdb
	.quad 0xc03f7eeb0936d812, 0xfff8000000000000
	.quad 0x7fdfffffffffffff, 0x43f28b37001f6863
	.quad 0xffb22200834a3851, 0x7fc0000040c00000
	.quad 0x56b0ade5a1ec68f5, 0x7f91e670c199d922
	.quad 0x3f800000bfd00000, 0x80000000c1fda3d8
	.quad 0xbf0bcbb73cbfa863, 0x7ff0000000000000
	.quad 0xbf8d800000000000, 0x41aaafadff7fffff
	.quad 0x3b00000072a577b0, 0x468eab823ffdd963
	.quad 0x79f24468bda4aed8, 0x434ffffffffffffe
	.quad 0x338797ee7778cf38, 0x1a3723ba9864afb5
	.quad 0xfff8000000000000, 0x3f8ae22558539d8d
	.quad 0x9b425e6d57cf8000, 0x1e16a95c9b1b37de
	.quad 0xac4b11969513d9c2, 0xc283a3053d1770d7
	.quad 0x7fc805aa00000000, 0x4e3404dc3e4e9680
	.quad 0xc5d23d051a6e916e, 0xd75efd14ff7ffbff
	.quad 0x935bfe2a8542c0e8, 0x12a7e975d17bf92c
	.quad 0x9a94b7d480650984, 0xc01f000000000000
	.quad 0x01d2130a6a2176f8, 0x7f91cd347f800000
	.quad 0x4e2e695da4860763, 0x4007e24a4c7341bf
	.quad 0xc044b37916c3b6ef, 0x3c15a7b5bfdf922d
	.quad 0x796f7082f1347f95, 0x046ff21ece7ee3d9
	.quad 0xffc00000c2aa42fb, 0x800456ec4b95c648
	.quad 0x8b2f31f5a73a98dd, 0x869e76c2ff831f62
seed35:
	.quad 0x716498d98bd67f42
	.quad 0x051ed5ba520b3bb4
	.quad 0xdd444c23158aa81b
	.quad 0xffffffffffff24f9
	.quad 0x7f2c462b5dc3b994
	.quad 0x0000000001743c3d
	.quad 0x018e9501e229acb9
	.quad 0x0000000080000000
	.quad 0xf001466bec32c3aa
	.quad 0x3613ac93638b4c28
	.quad 0xffffffffe89f9115
	.quad 0x0000000000000001
	.quad 0x000000000000003b
	.quad 0x000001699d698bbf
	.quad 0x82375dfc3462b1b5
	.quad 0x2fe52848f0d9d166
	.quad 0x00c00000
	.quad 0x60000000
	.quad 0xa581ca93e0580800, 0x126aafc3b68a6917
	.quad 0xa73c7552fbd3ba00, 0xfff6b12d471ec8bd
	.quad 0x7ff8000000000000, 0x90cfd6a45f59c665
	.quad 0xc2250d2e80000000, 0xc0c498037f28d61c
	.quad 0xbda4fc1dff97390c, 0x03c83f0e03b40cb1
	.quad 0x91c2d86b95cf6e6f, 0x0faba8ea00000000
	.quad 0x58402729f1a653c2, 0xcb9e17cc6b5b53ba
	.quad 0x2df534747c4da47e, 0xc1ed92fe9e6484e8
	.quad 0xfff8000000000000, 0xff86520b00000000
	.quad 0x83523c718019793d, 0x2fb1506cf8fb7438
	.quad 0xbff982dcc9708893, 0x000be6308601211c
	.quad 0xfff0e9a43c2a489e, 0x7ff591b729627b48
	.quad 0x8000000000000000, 0x7fd0000000000000
	.quad 0xe7024becdaa802e7, 0x61b7cad9f6f3fe2e
	.quad 0x3c4d6f6aaf2377b4, 0x4758b7e72fa0695c
	.quad 0xd2665234a054037b, 0x7ff9b25722ffc694
	.quad 0xc22a5379ff9b8e4b, 0x5aa3685e3fa8b242
	.quad 0xa0d3eb50e99f87ff, 0x8009fe4c5121459b
	.quad 0x0311710ba8429e1f, 0x7ff0afc230226bde
	.quad 0x004a24eebf054924, 0x5b5543e47fe054c7
	.quad 0x4dc73a4c510dd799, 0xbbd2db5a75efdfa9
	.quad 0x50cca1ee7fe3aa39, 0x1001de52ab9c8000
	.quad 0x1608587fd3382834, 0x56df4cbe7abfb485
	.quad 0xc24ebf470b7ecc9d, 0x556bfc1941ac841a
	.quad 0x80fa2ed367404be9, 0x41807f3b3d128b6c
	.quad 0x03b47f1687d0c5af, 0xf6854095b6c00000
	.quad 0x906f3256f0fd7d46, 0xc012e87ff86d2deb
	.quad 0xbf9a4c444fffffff, 0xc0ecdfebbe32623c
	.quad 0x8000000040d6eb24, 0x44af40c77df7fd7a
	.quad 0x3fc5000000000000, 0x5211fdaae1c67c01
	.quad 0x4011000000000000, 0x0022d49c2d24649f
	.quad 0xff6dfc95c8602d4b, 0x410a0000f47e3064
seed36:
	.quad 0xffffffffffffffc8
	.quad 0x79430df58ff5d8d6
	.quad 0xded1631163dbcae9
	.quad 0x0000000000000000
	.quad 0x38dfcbd82b76f75e
	.quad 0xffffff01b307c7f4
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x503577ff67e94a67
	.quad 0xfffffffcfa3a7c15
	.quad 0xfffffffffffd52eb
	.quad 0x00000000000000e0
	.quad 0x8000000000000000
	.quad 0xc984acfdecf80327
	.quad 0xd2c39b5918326b06
	.quad 0x00000000000001f7
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x7fbdb930f8e7afa1, 0x7ff06f55d2d09fa5
	.quad 0x7eb565c66298bd83, 0xc057c1f2a6ccc1d0
	.quad 0x917c38baff7fb3dc, 0x10c13c12415fdbda
	.quad 0x0000000000000000, 0xc63a000080000000
	.quad 0xfe698f2c10952765, 0x8d0916a4390a899c
	.quad 0xea24ce37c17d8000, 0x3fdf7d68d69e5bfa
	.quad 0x7ff0000000000000, 0x125fd36fefeeecdf
	.quad 0x7f80000027292647, 0xc6eead542537bc00
	.quad 0xbb8b00007fe3b3a7, 0x3fd08c75f00a2b54
	.quad 0xfff8000000000000, 0x7f754e2907e500ec
	.quad 0xb15cc447ffc00000, 0xfff8000000000000
	.quad 0x172a21e98cc68b3f, 0x16877e144d132884
	.quad 0x7f800000975f1d9d, 0x000000007f9d465e
	.quad 0x4330000000000000, 0x3590323dc7a5f7c6
	.quad 0x8c5d911db0353f94, 0x3f7149e74aa04c8d
	.quad 0x76ac719d9f3e57e0, 0x445b511cf73effbf
	.quad 0x6c2eec73ffc2f748, 0x68ad97bbf90faef4
	.quad 0x7ffe6df9414fb696, 0xc41caea1051efdb5
	.quad 0x432cdc81000e4310, 0xac7cb5a4b5ff3cbf
	.quad 0x468c00004f0ce514, 0x00239ae6a8c49c0e
	.quad 0x4023800000000000, 0x24bd4284dfffffff
	.quad 0x3f9e214fb6af1cb7, 0xc327263519428001
	.quad 0x6d635612fff5fd2f, 0xbfb064f7014abae1
	.quad 0x7fefb8dcbe49ffde, 0x35f2fc4519662b70
	.quad 0x4039d95200000000, 0xc1000000fecbe625
	.quad 0xba941382dbcffbbf, 0x405c8bc1bb9b5e7d
	.quad 0x6122948342558800, 0x41000000c0300000
	.quad 0xc1a19468c0cea34e, 0x8000000000000000
	.quad 0xbfb9f58a5c8edc47, 0x83ded7047fdf7c21
	.quad 0xbc940000bbac9fb6, 0xfdb2a8f696c19468
	.quad 0x7f800000ff119ec0, 0x4158124600000000
	.quad 0xb5656e41f727fd45, 0x4108000000000000
seed37:
	.quad 0xfffffffff98cbe10
	.quad 0xfffffffffffffe0b
	.quad 0xffd14ad0f332c288
	.quad 0xf78616c173494688
	.quad 0xbd3c6e28ca3eb411
	.quad 0x88c8d10bbbea88c6
	.quad 0xb05e9002a0174b16
	.quad 0xfffffffffffffff8
	.quad 0xf86f2e9cbd45fb2d
	.quad 0x0000000000000040
	.quad 0xfffffffffffffe87
	.quad 0x0000000080000000
	.quad 0x0000000125b7f02c
	.quad 0x0000000000000257
	.quad 0x1e9eb7bcdd1bc2c7
	.quad 0xffffffffffffffff
	.quad 0x04000000
	.quad 0x40000000
	.quad 0x72c270bd65e730f9, 0x401d4da7c3aa4f93
	.quad 0x159d0e41f7a8cf7e, 0x40c9600000000000
	.quad 0xda0000008f1ffc0b, 0x4000000000000000
	.quad 0x2021f601a2c22122, 0x000c39915ee65288
	.quad 0x000839e1baec9883, 0x03434e1c84b14440
	.quad 0x0ccb3a6880000000, 0x41daa5ed3fc00000
	.quad 0xb412b0c039f76fee, 0x1ee3a40f80800142
	.quad 0x19fd20d500000000, 0xb7480000011c04a9
	.quad 0x7fde5d253e1f997f, 0xc25d520bffb98d6c
	.quad 0x0000000000000000, 0x7297fc5dbffff737
	.quad 0x7589122cbf99fb94, 0x7ff54e6a2aa9bfb2
	.quad 0x54396b48bf1483c4, 0x76d6001f96ce4000
	.quad 0xbe0ce04a8011231b, 0x3a6e7297fffecfb2
	.quad 0x7ffbb2262d188c66, 0xb641491a477f6c25
	.quad 0x7ff9df4fac252257, 0x608c981237290000
	.quad 0x11fabbc22ac599f0, 0x209bfa2434c38000
	.quad 0x2c8a3f72fdb0d4eb, 0x817fffffc1080000
	.quad 0xc3e8407fb042f3a7, 0xdf7ffffff63da307
	.quad 0x3ff0000000000000, 0x7f9bdf531227de10
	.quad 0x8000000000000000, 0x5cc41c44315bbc00
	.quad 0xbe20000073fc6a5e, 0xbea4406a486c1721
	.quad 0x383c9bc27f956f7e, 0x7818ffea003af6b6
	.quad 0x7f80000059de6f58, 0xc0b00000ffcde62c
	.quad 0x3e16f3f3117975b3, 0x74c2904304760000
	.quad 0x1528e43b68d97148, 0x13160a0c333a48a0
	.quad 0xfb5b56af80400000, 0x70d043bc6b270955
	.quad 0xaa85422a5f6fafab, 0xa4082452ff9649c9
	.quad 0xb21dc7c77ff13de7, 0xbdb71d72ff883ccc
	.quad 0x4044000000000000, 0x97942905be0343ba
	.quad 0x7f800000b7a00000, 0x4a8d88828ef48200
	.quad 0x428822a1de8dc5c0, 0x4336c0d2c3b5bd76
	.quad 0x7f8bcab9bce17402, 0xbf8b7d523e496950
seed38:
	.quad 0xfffffffffffffdca
	.quad 0xe7558fd5431c1f2e
	.quad 0x0000000000000198
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0xffffce316bdf923f
	.quad 0xffffffffffffffff
	.quad 0xe7d6de066d942913
	.quad 0x000003c016ec15f9
	.quad 0x003f529386267871
	.quad 0x796bf7d9db1f8728
	.quad 0x2bfb1682cf43920b
	.quad 0x7317d71670659cb4
	.quad 0xfffffffff89f10b6
	.quad 0x0000000000000000
	.quad 0x0000000080000000
	.quad 0x02400000
	.quad 0x30000000
	.quad 0xbf7a7cbb3cc00000, 0xc0e0000080a71cd6
	.quad 0x029341c196c88ed4, 0x6a954c2f05df1eab
	.quad 0x093271a636b10000, 0x7fc0000084bce16e
	.quad 0x3fe8000000000000, 0x0000000000000000
	.quad 0xc000000000000000, 0xc059c00000000000
	.quad 0x7f8000007fda7b18, 0xe7906d5fb9ffb7ff
	.quad 0x1044e32e2447889c, 0xbf9ef8fcd5a87c83
	.quad 0x248b5751b94e8108, 0x4061ee6cef11c9ed
	.quad 0x5f795aea7d45ade8, 0x7ee999377faa10c0
	.quad 0x2685ef7dff1f2747, 0x8a7ccd72ffaaec0a
	.quad 0xc023400000000000, 0x42bc61187f800000
	.quad 0x7faf21b3c1f6fd63, 0xce132c372d2b0a25
	.quad 0xc4530000f670d158, 0xfff8000000000000
	.quad 0x002e440bf852427c, 0x988b6efcfff8fba4
	.quad 0x8000000000000000, 0x3c4751fd7f89ff91
	.quad 0x0000000000000000, 0xbf72600000000000
	.quad 0xcfe35cb2fff39d4b, 0x40d8000040ca6fda
	.quad 0x57175c904f5b78b7, 0xc0e800007f1e4851
	.quad 0x0e711d4ca73236b6, 0x4022400000000000
	.quad 0xc35e4255ff800000, 0x7ea7e6c2bef3a81f
	.quad 0xff800000c9880000, 0xc254ded17f7fffff
	.quad 0xf4e6827fffc00000, 0x6f2785eda15afe5d
	.quad 0x410bf304498fcf35, 0xff9434b580000000
	.quad 0xd8678bc111760000, 0x0000000000000000
	.quad 0xd40fc7507c709d90, 0xc3b2e1c8ff800000
	.quad 0xe6e42f7c6b6dfe00, 0x7ff0000000000000
	.quad 0xfc7d911b7f800000, 0x80b356131d436a83
	.quad 0x547187676f9d2db6, 0x9f62f24efeecefa3
	.quad 0x5f00ad4c58dd7bd5, 0x817bbca1fddfeded
	.quad 0x7e637e9dc7c00000, 0x545a28e65b678000
	.quad 0xff9e678242f00000, 0xbfaec6abd0b92460
	.quad 0x1e11fb13cdf60000, 0x4960facffff9c02d
seed39:
	.quad 0xfffffffffffffddd
	.quad 0x00000000008dc15b
	.quad 0xfffffffffffffe2c
	.quad 0x000000000000038b
	.quad 0x000000000000016e
	.quad 0x247cd157642dd922
	.quad 0x00001ec0af81dbe3
	.quad 0xcba7a7ab78e8a349
	.quad 0x000000366e1a6ec4
	.quad 0xe7b4fe2436daa1e6
	.quad 0xfffffffffffffe87
	.quad 0xffffffe7c9d13ebb
	.quad 0xffffffffffffffdf
	.quad 0x1cc46623888b0f91
	.quad 0x65961c8e3fe1393b
	.quad 0x000000000000022f
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0x16633c79cf6b3f94, 0x0021e5dcffaa75e4
	.quad 0x411c0000d7eeb626, 0xb43e814a970547b2
	.quad 0x7f800000c0b80000, 0x9482b291f1b87c4b
	.quad 0xbffc000000000000, 0x9049cf9f7fe45155
	.quad 0x1cc3b1b4f2df7df7, 0x67d41ed5feee6cb3
	.quad 0xfff206f2675e7b3e, 0x70470f113fbff76c
	.quad 0xfff44a20722784b4, 0x40284559f3b5534e
	.quad 0xf5d151d906738f72, 0x57b7bafa18337414
	.quad 0xf0ccfe0273090000, 0xdaae8657ff910000
	.quad 0xffc00000c10c0000, 0x60cce7a65e5f8016
	.quad 0x7fe0000000000000, 0x092e5073ffc00000
	.quad 0x84db3269152d5e02, 0xda7ffffe3b966de8
	.quad 0xb75c70be249b1976, 0x7ea8505080000000
	.quad 0x81751af78d3c0508, 0x80000001894ee0ff
	.quad 0xbf10000000000000, 0xc04af60623a13683
	.quad 0x70c2c20005808001, 0x40e8000039780000
	.quad 0xcb49fb32b69feaec, 0x80b9bf9892a0541c
	.quad 0xdfad31a900ec6634, 0xff800000f1a3cc3d
	.quad 0x4007b11792999f3c, 0xc012800000000000
	.quad 0x3fd616ad77b69090, 0x481fcf2c0fbf7bd4
	.quad 0x56c243798048fd9c, 0x406964f24d187cbb
	.quad 0xbb704a1600000000, 0x7e9e332cd8a98335
	.quad 0x7ff0000000000000, 0x468000007cce3781
	.quad 0xbec000003ecc9284, 0xc17d5c2dbc927e7d
	.quad 0x8833a57efff73a9e, 0xfff2cf5fe632f709
	.quad 0x86303b99b2e21f2b, 0x2714104a938631a8
	.quad 0x7cacf759bff39fff, 0xfff68d133374ad30
	.quad 0x2a9a82ec2df66bff, 0xc054400000000000
	.quad 0x3e3a61b4000af69a, 0x00400000c1fac99f
	.quad 0xf3fdbe1046e87c00, 0xeac4601d3845baab
	.quad 0x7ff0000000000000, 0x4013800000000000
	.quad 0xa4490e0cda69fe00, 0xc1100000ff800000
seed40:
	.quad 0xa3cf984ad819f291
	.quad 0x0000000080000000
	.quad 0x7de9276eed93dd87
	.quad 0x02812454afb99c86
	.quad 0x0009f9b58bb27f4e
	.quad 0xffffffffffffffcd
	.quad 0xa4bbef68bf6e46bd
	.quad 0xd635f7101e9fbc7f
	.quad 0xf0e05bee179da0b2
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffa5354b
	.quad 0xfffffffffffffd7e
	.quad 0xd7630089911b963c
	.quad 0x00000000000002c3
	.quad 0x57966ab4a1eeec4d
	.quad 0xdfbdaea96a76e4da
	.quad 0x03400000
	.quad 0x70000000
	.quad 0x9d9f4b97fbf6babd, 0x000a4097509a841f
	.quad 0x0020971780630397, 0x7524f7be000b14e7
	.quad 0xc5ac0000ff9dd5e4, 0xf20aeff1d863fb31
	.quad 0x3db2a57dffc00000, 0xbff445dbab45fc30
	.quad 0xf86931ebbfe9e85c, 0xce362a43d4fe67fa
	.quad 0xc024000000000000, 0x3d25983cb8900000
	.quad 0x7e232afc1b36a875, 0x8000000000000000
	.quad 0xfff8000000000000, 0xc9d1f05a7f800000
	.quad 0xfff0000000000000, 0xa0a0370c7467a9ca
	.quad 0x3ff3abd9cf3c0974, 0x411000007f7fffff
	.quad 0xf62dd5dba7aebdfc, 0xc1ffffffffffffff
	.quad 0x0019a7939ec6397e, 0x5b0bebb2da7ffffe
	.quad 0x000000008b2f7da2, 0x868b32a58fbf7f38
	.quad 0xd98000006c77a3b8, 0x477ffffeff490911
	.quad 0x41f0000000000000, 0xfcc25a8fff800000
	.quad 0x772aa066ffd0b92c, 0xf2981c3aefffffff
	.quad 0xb72f82063f6ad2c1, 0x3fe4b5e566eeb99f
	.quad 0xc052fe1c93bb2ffa, 0xfff0000000000000
	.quad 0x62482ee05639e867, 0xfff8000000000000
	.quad 0x799c764fc28ca3e9, 0x7f01a9da45a0384a
	.quad 0xff4d0d70ecbcde04, 0x5ff541c8ff800000
	.quad 0x02704669c3ada674, 0xc680c0daffdefb76
	.quad 0xfff0000000000000, 0x0c0931daa7d70310
	.quad 0x82bb864ee0ffffff, 0xc330000000000001
	.quad 0x8000000000000000, 0x7fc6dfb15ead4dc9
	.quad 0xc097400000000000, 0xc023000000000000
	.quad 0xe657b487be87fffb, 0x40027fe19dbbcf3a
	.quad 0xff800000ff800000, 0x079404b241042677
	.quad 0xff82623db8c80000, 0x7897323b62cacfcc
	.quad 0xff8000008023a8a4, 0x8000000000000000
	.quad 0xb197e01c0b550000, 0x81462332a8a34dd7
	.quad 0x500cf930377fffef, 0x67d5e657d7af3f00
seed41:
	.quad 0xffcc19c041731ec7
	.quad 0x0000000043eaf8b2
	.quad 0x0008014cb596161f
	.quad 0x2fd1ec5dc5b17c29
	.quad 0x34405577f68182cb
	.quad 0x05327c8b5756d3c7
	.quad 0x0018d8f23f5e51f4
	.quad 0xfffffffffffffcea
	.quad 0x0000000000000319
	.quad 0x4e74f81b0f7d9fb6
	.quad 0xa16c65b214eb708b
	.quad 0x329c8892d237d495
	.quad 0xffffffffffffff18
	.quad 0x2b622268877543d9
	.quad 0x3d44f1009a9b2e4c
	.quad 0xe4bec11eebf69370
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xd6ddf98d43bb3c73, 0x408c0000c9680000
	.quad 0x73d60160c4c45961, 0xa29d9e0ca93a0000
	.quad 0x7fc0000043e3a08c, 0x89da5b35f7ebfa04
	.quad 0xdcdb7cf8dbfd7ff7, 0xb227a49aae3662d9
	.quad 0xba12278f9ee24956, 0x4e802874cfd18937
	.quad 0xdf3965c1618ff7f1, 0xe43806c1fffebeed
	.quad 0xa2d499a3c85fc1c8, 0xbc9a1dbd3b8800ed
	.quad 0xfff0000000000000, 0x05ad29d180d936ff
	.quad 0x7fc00000bb92b680, 0x5d31a3977fef4eee
	.quad 0x941a7bb37fde7cfb, 0x40efffffffffffff
	.quad 0x80524d4a9f7cb59d, 0x0010000000000000
	.quad 0x0000000000000000, 0x3a4c69d7f77fef7f
	.quad 0x53a40c12f29ef8f3, 0x7ff2e392507bd7e3
	.quad 0x7561d76c4c14fc18, 0x838ea845d21dc451
	.quad 0xf50853afffdee39b, 0x7f800000ff7fffff
	.quad 0xfff4097ae90dc080, 0x816c18bfc0980000
	.quad 0x3fea8d7d807fffff, 0xdf7a59ff0d631000
	.quad 0x7fe0000000000000, 0xffbdfca1e2656ad9
	.quad 0x33c31f8dfffbfcff, 0x15062c4640bd7c00
	.quad 0x8002a50799102098, 0x3cc613a7f900614f
	.quad 0x43ad649f83f507fe, 0xd521fde9355b3a00
	.quad 0x7ff8000000000000, 0xc7efe5a2e841d722
	.quad 0x41656e5dfb7dfffb, 0x0000000000000001
	.quad 0x7e80000080000000, 0x408800007fa56ae2
	.quad 0x81156bef32db1a34, 0x7ff0000000000000
	.quad 0xbca00000ff000000, 0x010bbfcb7ba75a4f
	.quad 0x9491d31b67eef919, 0x4004000000000000
	.quad 0xce47d23b845b76c8, 0xfff4d225f867753b
	.quad 0xe4607bb823ef0384, 0xbff7fe9fdc8067ad
	.quad 0x0000000000000000, 0xea2e6059ead57800
	.quad 0x8000000000000000, 0xc0e0000000000000
	.quad 0x95f96590fffffffe, 0x3f0c000000000000
seed42:
	.quad 0x73e901b40fdd6709
	.quad 0x2f2eea528a7bb7fa
	.quad 0x00000656d66e1e19
	.quad 0x00000000ffffffff
	.quad 0x11b941bdf04e9177
	.quad 0xeaa71f7bbf7384ca
	.quad 0x0000000000000001
	.quad 0x000000000cd94e0d
	.quad 0x065154a694021ce3
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcba
	.quad 0x80a1669d73ea3e64
	.quad 0xfffffff39760d7bc
	.quad 0xfffffffffffffea1
	.quad 0xf9beb16ed8c891d4
	.quad 0x00400000
	.quad 0x40000000
	.quad 0x1ffe22016fc68000, 0x3faa87c1defb173b
	.quad 0xbd0674c2be72358b, 0x5d735db894a5fded
	.quad 0x404bb2bb7e825634, 0xc016cd8feb997086
	.quad 0xc4fb8c0042ffffff, 0x807fffffbf400000
	.quad 0xf4e1da619ff0649b, 0xa39c3766ed0dcf2c
	.quad 0x839307d14033cdd6, 0x433fffffffffffff
	.quad 0x4084a53b7f887203, 0x7f8d878a3ce0b538
	.quad 0xbda13635bde4b3fc, 0x81ceda04b7d5e658
	.quad 0x08dcb1a1c8c647e2, 0xbb900000ff800000
	.quad 0x7ff483acc2f5775e, 0x7ff91be3ff35ac48
	.quad 0x4995befcf7dffc91, 0xfff0000000000000
	.quad 0x83583e5e0fa6180f, 0x819cd343ffa7a590
	.quad 0xbc4b97217f800000, 0xfff0000000000000
	.quad 0xfff0000000000000, 0x404a53059a58d8f7
	.quad 0x324e52c1ce21c820, 0x01c5458b692f4606
	.quad 0x41dc13538927c8c0, 0x0ddce10a74b93564
	.quad 0x8000000000000000, 0xd00459d940158082
	.quad 0xc25aa518bf4650e9, 0xa4b354deeb216545
	.quad 0x7ff3337d569f28d7, 0x4138000000000000
	.quad 0x7fd9d0188f6031e3, 0x3bfb058f40f80000
	.quad 0xa17f55c2894fd161, 0x7c177489d71c787d
	.quad 0x8b47898bbe9da858, 0x4f7ffffe3f1fc182
	.quad 0x2d720ed60734b200, 0x11a4f65188ce7bc6
	.quad 0xa8c80b0d7ef1a727, 0xfa597255d3727fdf
	.quad 0x00ac6593c28b2678, 0x8b15e8ea78d707ff
	.quad 0x3f70d83e144a4f9f, 0x64f6e25a105389a4
	.quad 0xb84b04ee8b5d4860, 0x5e902001ffd5fe14
	.quad 0x6ba1902d43cf77f8, 0x3f89600000000000
	.quad 0xaa552982f5bed6ca, 0x8000000000000000
	.quad 0x3dc81aee410a0000, 0x492000009b74008e
	.quad 0x402be12e1af21465, 0x404b2d27c26c37a6
	.quad 0x2347c684607f7930, 0x37d48a9bbfd3f677
seed43:
	.quad 0x00000000000001b2
	.quad 0xf3d876aa8df1421a
	.quad 0xfffffffffffffe5a
	.quad 0xfff03f7b06803d99
	.quad 0xffffffffffffdd24
	.quad 0xffffff989488b55e
	.quad 0x0000000000000139
	.quad 0x00000000029ebdd1
	.quad 0x0000000000000000
	.quad 0xfa89087edd4bb252
	.quad 0x95c0e80795b917c1
	.quad 0x0000000b8e5bab6b
	.quad 0x6d01238492ab6c3e
	.quad 0x0a5a9f6761f46822
	.quad 0x2b70b9dccef45d94
	.quad 0xfffff490b733794b
	.quad 0x00800000
	.quad 0x60000000
	.quad 0x7fc0000003f19349, 0x01bcbf5fba938982
	.quad 0x817fffff80800000, 0xc0400000f26afba2
	.quad 0x00ffffff7f800000, 0x21188026ef997fee
	.quad 0x4058bc18f63f5186, 0x0008000000000000
	.quad 0x90c4d67abff5fe6d, 0xbc32ba76567d7fd0
	.quad 0xffc00000ff8f6a7d, 0x27080bc34477f89f
	.quad 0x7ff0000000000000, 0xfeb51a97b7a64e57
	.quad 0x30a424ac3ffe9c1e, 0xbfffffffffc00000
	.quad 0xb959d2ac18397e00, 0x8a6e85d5cf287b49
	.quad 0x7fefffffffffffff, 0xfff79f41430f62ec
	.quad 0xefe93c3f34dffe48, 0xc01a000000000000
	.quad 0x7fe3ec4bf1119744, 0x3cada9427fc00000
	.quad 0xc02dbe85c1086ce8, 0x0000000000000001
	.quad 0x755e8198ff7b4d2a, 0x81588ce173768d8a
	.quad 0xc04800007f896767, 0x6cceef38bb9cb2a0
	.quad 0xffc0000013343c28, 0xff8000000005c70d
	.quad 0xfff04b7437ea09bf, 0xcbda6a634e5d57be
	.quad 0xfff0000000000000, 0x3f735bf54758363f
	.quad 0xef0ec95653ff5f7f, 0x81bc5ca8ffd6fc00
	.quad 0x4062400000000000, 0xe60f31dbaca03102
	.quad 0x7f8000004169009d, 0x3ddc4e7c007fffff
	.quad 0x2d200f88f5aec758, 0x7fff611ce060125e
	.quad 0x4010000000000000, 0x7fe032fc977da3be
	.quad 0x5fdf015fe2bb18b5, 0x923d5a0e9fc56549
	.quad 0x400fffffffffffff, 0xffc00000817fffff
	.quad 0x0010000000000000, 0xc006000000000000
	.quad 0x0fe00b25ffcbfe6c, 0x00786e74dcfba1ec
	.quad 0xfff8000000000000, 0x5cc1456ef226d540
	.quad 0x1084971cbffbeff7, 0xa02b275ccb9efcf1
	.quad 0x7c25cdd811a32214, 0xe2dee6c1ffcfc3fe
	.quad 0x0004b955918552e9, 0x39bdee746427fdf8
	.quad 0x69a62c172bd63c18, 0xbf9c1ff95bd2224c
seed44:
	.quad 0xdf167b5a2eef4974
	.quad 0x8000000000000000
	.quad 0x00000000000001a0
	.quad 0x000000000004b616
	.quad 0xc1ae6cc8d1687a00
	.quad 0xffffffff80000000
	.quad 0xcfd718f1fdcad512
	.quad 0x00000000000003be
	.quad 0xffffffff07724b3d
	.quad 0x0000000066aba64d
	.quad 0x8a86c993e628b33f
	.quad 0xffffffffffb6915b
	.quad 0x0000000000000160
	.quad 0x40c843157b34c3a1
	.quad 0xd38e7c1ef5939ff3
	.quad 0x0000347e4819c1ce
	.quad 0x01000000
	.quad 0xc0000000
	.quad 0x7fc000000f7f68e1, 0x6a089843fbffedfb
	.quad 0xa13be138fbdbc7f2, 0xdfcc9987c07f4fb9
	.quad 0x8277264ffa8afdd4, 0x807fffffc5800000
	.quad 0xff8000003ccbae0b, 0xfff0000000000000
	.quad 0x834291ccc42cac3c, 0x838a3081175dd4ac
	.quad 0x000000001a5ba8fb, 0xdfbc8fb0fff87d67
	.quad 0xffb59df6ff92ff2b, 0x32039958f7bf5fdd
	.quad 0x3e0b77697fc00000, 0x714c6ea72d1785d2
	.quad 0xfefd0ac33d9c3845, 0x7dfd82c95bad2f4d
	.quad 0x1cc98716fd6aac58, 0x3fe2686c58410c30
	.quad 0x80e19b7ca1b57188, 0xff800000cffffffe
	.quad 0xfe6b59dcfe96aedf, 0x0000000000000001
	.quad 0xfff8000000000000, 0xc34ffffffffffffe
	.quad 0x3fbfaf0e205343a8, 0xc0300000c0ed346c
	.quad 0xab90ffa9f6f57ac2, 0x8000000000000000
	.quad 0x0fcc67288dbf2a16, 0xf34b7cb30df6ac00
	.quad 0xe27b33103a50bbac, 0xff8f41dc40b08e9c
	.quad 0xc0dfd00000000000, 0xfd90e2dacac582d0
	.quad 0xee88069d81000000, 0xa6431e39d3448678
	.quad 0xc952631af172a877, 0x707b95fffefffcf7
	.quad 0xa9f906b5bd7be276, 0xde6930ae3c4bdac1
	.quad 0x7e63d31b591f3d16, 0x3a4997c21595fd39
	.quad 0x001256f6dab4cab5, 0x9144d2acffe945e2
	.quad 0x62fef1ab755f7e8a, 0xbf9854c464fbd138
	.quad 0x001b67e4abf54dba, 0x7d771f0d9fc30fed
	.quad 0x03962d3a3c95da53, 0x7fdfffffffffffff
	.quad 0xbf8e33bbfae1a423, 0xc0ec0000f8bf1d90
	.quad 0x41cc6bd0acc7c400, 0x82339be307889901
	.quad 0x000ca2acb7ee8401, 0xdda1f8b6fffda677
	.quad 0x3f1545bea0fe2ae6, 0x40e0000000000001
	.quad 0x2749b764ec0d97b9, 0xf4c5732a4eaec538
	.quad 0x8a0fa5aeff9b7d2e, 0xc114600000000000
seed45:
	.quad 0xf5cfab8dbd5ad168
	.quad 0x4d383ad3acc74cce
	.quad 0xfffffffffffffe4c
	.quad 0xfffffeda4e6589a1
	.quad 0xffffffffffb862b4
	.quad 0x8000000000000000
	.quad 0xfffffff3a54f5b28
	.quad 0x44bfeb2f94c4bbfa
	.quad 0xfc410491ac73c37f
	.quad 0x0020000000000001
	.quad 0x9251f2e5c19b2a41
	.quad 0x0785d786b5eb7a2b
	.quad 0x53e6208ee4736512
	.quad 0xffffdd06259ba3c6
	.quad 0x0000000001000001
	.quad 0x0000000000000184
	.quad 0x00800000
	.quad 0x20000000
	.quad 0xffa573790cb578ec, 0x7f8000005f7fffff
	.quad 0x800000007f800000, 0xffa1bd79407ffffe
	.quad 0xffa909abff800000, 0x40580000fe809a93
	.quad 0x537ffffec375f882, 0xfff8000000000000
	.quad 0x00400000c3228b30, 0xc1080000c1c4ba62
	.quad 0xffbb16d17f800000, 0xc008000000000000
	.quad 0x048dc0035cc5bddf, 0xc0bd000000000000
	.quad 0x140d9aed40300000, 0xbfdc1792b9b04c63
	.quad 0xc54000005f7ffffe, 0xcdec6c135db3fead
	.quad 0xffc000003e44d373, 0xfff111e278550ee1
	.quad 0xe917e2b5fa85e31f, 0x3ffcd19c6d3dd100
	.quad 0xf52883f170444ecf, 0x8ce99cacfddfe447
	.quad 0x2be266eb7fdf84ff, 0xdfb721b1280c7550
	.quad 0x80364c097f800000, 0xc068000000000000
	.quad 0x7ff98422153c74dd, 0xd9c69cf63a588000
	.quad 0x3e10c98d8ad2a9cf, 0xbf95b2ae4872f9b9
	.quad 0x80000000da000000, 0x3ba7bb687f800000
	.quad 0x4075adbeccaeffdd, 0x406b0641d83c8def
	.quad 0x4076d3f00133c5cb, 0xc0349ccf4868e3cd
	.quad 0x95e9184283bfef3d, 0xff7b7d4012a11809
	.quad 0x7f1000a17fdde311, 0x000000010026c04f
	.quad 0xff88a3dc4155dd9d, 0x23ca6d01ff7dffef
	.quad 0x6b6204be5cf1fda3, 0xbd5d5b28b34ffc00
	.quad 0x44985ea1fff97fca, 0xfff8000000000000
	.quad 0x7edd85553314aea7, 0xfff8000000000000
	.quad 0x822067bd40cc0000, 0x6206283511b5fc00
	.quad 0xb8d980004358fe61, 0x7f41a4e88ba06bd5
	.quad 0x000000006c9645d0, 0xcf5873b00c4e73f9
	.quad 0x0000000000000000, 0x9e64a771d664838f
	.quad 0x3ed0000000000000, 0x7fe0000000000000
	.quad 0x2bab3ce3ae2b8c70, 0x800fffffffffffff
	.quad 0xee6391f27f87c890, 0x40d5000000000000
seed46:
	.quad 0x4775e6cfccdcbdae
	.quad 0xfffe2899ed3556e0
	.quad 0xfdb75d870be12f2e
	.quad 0x0000000000000071
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffd23
	.quad 0xfffffffffffffc36
	.quad 0xfffffffe9fd0be22
	.quad 0xfffffffffffffffb
	.quad 0x05d2848447a4f4a5
	.quad 0x0000016836dbec9c
	.quad 0x303308012d0df137
	.quad 0xfffffffffffffff6
	.quad 0x0000000000000000
	.quad 0x192cdd213ad76068
	.quad 0xcd7fa088c88b1cae
	.quad 0x02000000
	.quad 0x10000000
	.quad 0x814e2f8c7f800000, 0xd9c2a1c6c59e69e3
	.quad 0xbc454d5bcf21a10c, 0x7e16abc7648c2b79
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0x7f75a895093391b2, 0x7f80000000000000
	.quad 0x361400007fb9f2db, 0x40cc444d7f800000
	.quad 0x81000000bd2a3625, 0x017fffff0018d88c
	.quad 0x0e0916b3259bfe00, 0x04ef2972b58bf967
	.quad 0xffc00000c0d80000, 0x80000000cce1961e
	.quad 0xc120000000000000, 0x6fceb89cffcb7d0e
	.quad 0xe4135efae890fc00, 0xfff0abb47f1bf875
	.quad 0xfeb6e806ff8a2a60, 0x4207a65e92938a97
	.quad 0xfe621b999caeaabe, 0x00000001df48fdac
	.quad 0x9d33cdb4eff07ce4, 0xc02000003bd83644
	.quad 0x2ee028a6d5fd7fb9, 0x48f6f4d8320c7af5
	.quad 0x6e558f9dfb7ffdbb, 0xc04c060be83c7a9a
	.quad 0x8a985adbf8a7fdb6, 0x480fe092ffa578ed
	.quad 0x1cf0979cffbf9bf7, 0xaaa60c7b0baa3c80
	.quad 0xbfd80a3a3d2909c6, 0x82177bcac5d8fe00
	.quad 0x40400000be800000, 0x0000000000000000
	.quad 0x001fffffffffffff, 0xfff0000000000000
	.quad 0x0860b140a1f7a44d, 0x40ee3b9800d40001
	.quad 0x60dd3d369caeea38, 0x9ceee28154254a0e
	.quad 0xeb4496d611a965ee, 0x383c800041080000
	.quad 0x846d30c7ff5ffa9f, 0x8c6b7445f8c5fdd5
	.quad 0x3fab126820969524, 0xb037cdce7fdcfe43
	.quad 0xbb0fc3eebff99eed, 0x8000000000000000
	.quad 0x8a495e820139ebe3, 0xed9a619acba3d818
	.quad 0xff95113dffc00000, 0x7ff6295ce2398163
	.quad 0x402139188df448ac, 0x001046d76bf62d91
	.quad 0x0b2e1678ffffae68, 0xef1c679481af52c5
	.quad 0x8000000080ffffff, 0x184b5328abff6a6f
	.quad 0xebf5989680000000, 0x5b1f123fdd6dfd51
seed47:
	.quad 0xb1a1cd1106fe5973
	.quad 0xfffffffffffffd0f
	.quad 0x0000000100000000
	.quad 0xb055d788794cf86a
	.quad 0x318c72fbff1575ad
	.quad 0x000000000000027f
	.quad 0x0000000080000000
	.quad 0x00000000000000df
	.quad 0xfffffffffffcae4f
	.quad 0x00000000ffffffff
	.quad 0x00000d8b2a184bb6
	.quad 0x000000000000047d
	.quad 0xac204ea016a54bb7
	.quad 0x0000000000009c99
	.quad 0x4488260179140ed6
	.quad 0x00000000000001c5
	.quad 0x02400000
	.quad 0x00000000
	.quad 0xff800000df827f03, 0x28eec5f13f07770e
	.quad 0x801f99f9f9dd6cf0, 0x00154547824b8fe1
	.quad 0x7ff8000000000000, 0x008000006ff6df30
	.quad 0xc0780000fe800000, 0x77d42889837128e2
	.quad 0x4052c67808715522, 0xe2373ce086f6f053
	.quad 0xbfc0000087ff1568, 0x0f3276f38b475734
	.quad 0x7ffca49ca6a70ca4, 0x7360cd5c7ff7dcf2
	.quad 0xfffd5bf4c23c10f2, 0x772465c7bf351569
	.quad 0x52c5024263177d59, 0x54fb9e8089fe115c
	.quad 0x00000000c0f80000, 0x45b99b1fe61dc200
	.quad 0xae29b5acf383d8a5, 0xd98000008e6afa39
	.quad 0x8643aa3180000000, 0x47000000bfca05e3
	.quad 0x9dbcd6747fbec002, 0x41e0000000000001
	.quad 0xfff0000000000000, 0x0a5b531bbfb5df8f
	.quad 0x6121c71c7fc5e929, 0xffea143800400000
	.quad 0x800128fde274de16, 0x1d26bc589adaa3ff
	.quad 0x7fc00000376c5320, 0x61163525c3403e96
	.quad 0x81aad3a9ed994009, 0x334c0aedc63a4500
	.quad 0x69a2ede2e6ca0000, 0x2cc74860e6c6f9ba
	.quad 0x0000000000000000, 0x007fffff7336294e
	.quad 0x810fa16e44b19b94, 0x4000000047ffffff
	.quad 0xf0ea3d50731d5cc1, 0x01ed902f1a4eb3cb
	.quad 0x7ff0a08417afaafa, 0x717260b5c07ffffe
	.quad 0x17a5cb4da893ffd6, 0xf6ebf08d8078d8e6
	.quad 0x47e214ec173a3c7e, 0xc0f3000000000000
	.quad 0xbfa1ca570fd2df4a, 0xe33bd9b0803a2e25
	.quad 0xb573c9e2d46eb7a0, 0x4d57eabf58937e86
	.quad 0xf5c50783e7e9c380, 0x7f800000c6700000
	.quad 0x62c4baa8be3fca92, 0xaac0de57f7c7fdff
	.quad 0x848f2ba5f73ebfff, 0x013c519471033662
	.quad 0xfff0000000000000, 0xc330000000000001
	.quad 0x56610c27899afe98, 0x9f90eef73f7ff04c
seed48:
	.quad 0x000008d635772ef8
	.quad 0x0000000000000182
	.quad 0x000000000b0640cb
	.quad 0xea506d32ee9bd797
	.quad 0xffffffffdba3ef36
	.quad 0xfffffffcc7162a83
	.quad 0x0000000001000001
	.quad 0x000000000000001f
	.quad 0xf1a7316fa896827d
	.quad 0x00000000000000ba
	.quad 0x00000000000003b9
	.quad 0x0000000000000347
	.quad 0xfffffffffffffc3b
	.quad 0x000000007fffffff
	.quad 0xfffffffffa495430
	.quad 0x0000000100000000
	.quad 0x00800000
	.quad 0x00000000
	.quad 0x00a004dd6bc5d121, 0x7ff0000000000000
	.quad 0x80000000c5c00000, 0x99471e467fbe7f5b
	.quad 0x3a08fdcd7fdf3b68, 0x817710f5e7026a2f
	.quad 0x000602c257a15eb9, 0x406cd0698e98d477
	.quad 0x23b7d717f7cf10f5, 0xc03d13b004b48e36
	.quad 0x7ff7af0868bd0ceb, 0x36eb03457fd38925
	.quad 0x00d7aa1c76ed4027, 0xff9d5a1ac26fed79
	.quad 0xdc92da037f53cfef, 0xedb29f057f800000
	.quad 0xa5b882548005978c, 0xc4270882ffaf869d
	.quad 0x41398ebdffc00000, 0x3ec3000000000000
	.quad 0x5571e9d97fa3fe00, 0x565ca9b3f900dca1
	.quad 0x800de41c684d6c7a, 0x202df003f3158b06
	.quad 0x78c6cb2de2bc7c5f, 0xbfa000000d395b1f
	.quad 0x40de0f69d3c96272, 0x4ffffffec7100000
	.quad 0x3e5e08d13c912f9c, 0x3bea6894007a29ec
	.quad 0x12cc427a95e9792d, 0x839995344ee51f1c
	.quad 0xbc39feb5bcf3197a, 0x05f089f5ffebffbf
	.quad 0xd7a09679fffebffe, 0x37ec1e03efcdf96b
	.quad 0x2b57458d0ee09690, 0xdd5711c590547ca1
	.quad 0xd530ddafb96ffc8f, 0xbffffffeff0699f9
	.quad 0x804000004f000001, 0x7f8000007f8ff09e
	.quad 0x8008000000000000, 0x5f6dd5d8ef7bfbeb
	.quad 0xec236ce60d48fc00, 0x629c87e149277bbc
	.quad 0xff04eb7a2de58b58, 0xe9965b593bea36c6
	.quad 0x4946a9412fe80b00, 0xcee0281f5ca34500
	.quad 0x0020000000000000, 0x834a96e20e49e902
	.quad 0x3c6ae955729b4ee4, 0x3f38000000000000
	.quad 0x004435fefbe23826, 0xeff05b34df7fffff
	.quad 0x0002d6abb3f4b544, 0xf17696a484fabee2
	.quad 0xff8000008eb61731, 0xc0046442fc52fdb2
	.quad 0x38ca48b51feef4d0, 0x63c333ddffa8bfef
	.quad 0x7343e96cef9f1fcf, 0x8000000000000000
seed49:
	.quad 0x2297fb7bd050e482
	.quad 0x00000000000002c9
	.quad 0x00000000000021ca
	.quad 0xe35030c10c79daae
	.quad 0x0000000000000001
	.quad 0x379f918e1a13d640
	.quad 0x3f6d7d6b69d6a57a
	.quad 0xffffffff80000000
	.quad 0xfffffffffff96e8b
	.quad 0xfffffffffffffc80
	.quad 0xa27440dbf5f3d065
	.quad 0xfffffffffffffedf
	.quad 0xffffffffffffffe7
	.quad 0x0020000000000001
	.quad 0x00000f0bb1caee1c
	.quad 0xae399d7441cd73e4
	.quad 0x03000000
	.quad 0xc0000000
	.quad 0x8dedff67a3ffffff, 0x0008000000000000
	.quad 0xc103800000000000, 0x06fff7ebf1244f1d
	.quad 0x7ff169354d17f36f, 0xdf7ffffe3ea90e38
	.quad 0xfedaacf57fb06fac, 0x41140000cf800000
	.quad 0xc028893a418fbdb1, 0x6aa26930007fffff
	.quad 0x7ff612bd1a92471e, 0x42b215217fb2a974
	.quad 0xf11f31a1bd8691ec, 0x4cf666abff969cf2
	.quad 0x9a5aa3152a4a288c, 0xd1c2837dbdf6e5ca
	.quad 0xff80000000251f48, 0xfe6904f0c8c50e09
	.quad 0x8ef6f66fff91441a, 0x80000000bfe04aca
	.quad 0xbd43b104ffc00000, 0xc00ffffffffffffe
	.quad 0xfffd0244460ef6a4, 0x80000000169cef2d
	.quad 0xc1624aff42400000, 0x7b723ceb65d72600
	.quad 0x7fc00000817fffff, 0x800ab16fc0200000
	.quad 0xc3ad87d6c7ed5da6, 0xc6329257b1ad7e00
	.quad 0xbff3b1ffdf70e594, 0x3f82f62d59800000
	.quad 0xd3150e5cdfe0ffd5, 0xc356c5eea620ba2b
	.quad 0x29f3039952846735, 0x0cd51b7681659aa3
	.quad 0xaf1d25309cc11c27, 0xc1da31834fffffff
	.quad 0x7ff0000000000000, 0xa0713598f4fbbdfd
	.quad 0x40fb000000000000, 0xf8afd75bffc3aecf
	.quad 0x6e17f4a8bd72cfb0, 0x81eda72f5f000001
	.quad 0x3fae4df7a7b39276, 0xa6f56790e9b77fa9
	.quad 0xbcceb7afdbb2fe20, 0x800dc39ed2c62f6d
	.quad 0x60ef2d4fdbb52ec9, 0xa04c587aa6e7664f
	.quad 0x106c27cf40631325, 0x10b82a817fff1fb5
	.quad 0xd2aad3c374fe7dcd, 0xf82636ac80400000
	.quad 0x15d9630afcbe7eff, 0x4fd68af06b735e57
	.quad 0x938d49940767feee, 0xda814b3c4fffffa6
	.quad 0xc01e000000000000, 0x9711db49cdfffbbd
	.quad 0x806a7eacc22eff9f, 0xc030000081000000
	.quad 0x1368bc2063e6fdb7, 0xc06342370b55c43e
seed50:
	.quad 0x000000007fffffff
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffd13
	.quad 0x039eb938deeee949
	.quad 0xd13ab70e125e9a27
	.quad 0x0000000000000f59
	.quad 0x00000000000000ee
	.quad 0xffffffffffffffff
	.quad 0xd3dc1b453b6c5cfe
	.quad 0x0020000000000001
	.quad 0xd691a801265adc22
	.quad 0xffc24ad34bcf17b1
	.quad 0xffffffff80000000
	.quad 0x0000c35724c973ec
	.quad 0xf4b80bee474b85cf
	.quad 0xfffffffffffffda0
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0xc00a000000000000, 0xc5b81c6accfafc00
	.quad 0x41fffffffffffffe, 0xc34eb3405a89227d
	.quad 0x03365faf800e06e0, 0xb153aa237ff7fad4
	.quad 0xbdd95f51fd4fdffe, 0xfe61f00ebdbf4101
	.quad 0xc6279884d67fc567, 0xbd16c73d076ffadc
	.quad 0xe912866f8aa5064f, 0xa9877fc85ed25e28
	.quad 0x7f8000007e93ef06, 0xb4d9d7c6eb19d402
	.quad 0x7ef95f9c15f46e32, 0xc03cc29b2c3a0f13
	.quad 0x8020cce4890255e5, 0xe61cc367c7dec820
	.quad 0x6a885affba1bfed2, 0x328e7e393e7c6dfd
	.quad 0xff800000f3efc0fc, 0x8c9d725ded1771d6
	.quad 0x0000000000000000, 0x00a99b2881000000
	.quad 0xbfa39adeae07ad8d, 0x53e66479209a03f2
	.quad 0x000a6148e7a9ab80, 0xd3eecfd255eab1a5
	.quad 0xef6039ecff8095f8, 0x250936636c52c3ce
	.quad 0x7fe0000000000000, 0x40843332c2e62b69
	.quad 0xbf81e4622534828f, 0x7f800000f3d7dffd
	.quad 0x3fdcf83fb8590570, 0xe5d98f5075cf9723
	.quad 0x3fde55163b7bcef4, 0xad4bb34f4c6f7c00
	.quad 0xf8f8e6747fffffbb, 0xbd1ad9d6fbc879ba
	.quad 0xbd48e741dfebd1ab, 0xefec4aa5c0c80000
	.quad 0xffe2f896b74bc7a1, 0x0000000083a638f5
	.quad 0x000000003ff00000, 0xee4f97ce98540000
	.quad 0x3fa91f8bb9820cdf, 0xa0c6c5f47faff8f4
	.quad 0xfe54edd4e89a5cb7, 0x1b5d4659ffd1fbff
	.quad 0x7f8000007fc00000, 0x4ec0bdd2a8b7d783
	.quad 0xaad4a5abfdfdff67, 0x809f28594258b276
	.quad 0xc1958bdc00000000, 0x403b0f31f1d87373
	.quad 0x94e8291080595244, 0xd78a7a802e07795b
	.quad 0x2bb74eac914ac0fa, 0x3ffffffffffffffe
	.quad 0x8000000073113c67, 0x0000000000000001
	.quad 0x80056925a2631e71, 0xff80338affabbc51
seed51:
	.quad 0xffffb6a621c141b3
	.quad 0x00000000000001bd
	.quad 0x7d006bede818f3de
	.quad 0xfffffffffffffe13
	.quad 0x0000000002765d58
	.quad 0x426ec057fe6d0178
	.quad 0x0000000766e034d9
	.quad 0xfffffe7ff5e8c716
	.quad 0x000000000015982c
	.quad 0x0000000001000001
	.quad 0x00000000000002ea
	.quad 0xed579301893e15b5
	.quad 0x000000007fffffff
	.quad 0xffffffff628e6a4e
	.quad 0xfffffffffffffd6e
	.quad 0x8a0f0ba187f281f4
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x803d05ad6a7b522f, 0x0000000000000000
	.quad 0xc106000000000000, 0xff8000000b6bd746
	.quad 0x40000000c0500000, 0x000fa14ae3c24486
	.quad 0xbddc3b643f7c0000, 0x8000000000000000
	.quad 0x40572d526985f8bb, 0x38cc0000bd75b8e9
	.quad 0xb94e80dab8587940, 0x0ff624ae4f3c3c65
	.quad 0x56306870b725d652, 0xfe478045a47c50d4
	.quad 0xe9fe55147fbbfb9e, 0x1b0701d79fea7bf7
	.quad 0x8008000000000000, 0x00000000ffdd0df8
	.quad 0x04faa18500000000, 0x80000000c224eed2
	.quad 0x5c79c644183d0605, 0x80e6e5b8ffc49fff
	.quad 0x6e6ed591c1200000, 0x0024f90fda33421d
	.quad 0x7ff5134477857828, 0xbe75fc6edf6736d7
	.quad 0x4030000009fb1bf3, 0xbfb7f37ee127047f
	.quad 0xc011800000000000, 0xc01d000000000000
	.quad 0x40efeb3d7674bee2, 0x41d400006c81501b
	.quad 0x90ce7c5fffc00000, 0x3fe8bb34af7b816a
	.quad 0xffd8be42ae459522, 0x3fc1933f80b438fe
	.quad 0xc0effffffffffffe, 0x8d552c88bf54faf6
	.quad 0xe2384e10c9660000, 0x0c4a8bb0ffdac0d2
	.quad 0x81d0535a81651ce8, 0x3cfd3e490652a9a8
	.quad 0xfff0000000000000, 0x7fe1810040c80000
	.quad 0x02a8031fa5639a4e, 0xbed096312c0d8200
	.quad 0x092c306fffc00000, 0xe75635ce59fd9022
	.quad 0xbf8e265bac63364f, 0x742838f35f7ffffe
	.quad 0x76f9e036ffce7214, 0xfff0000000000000
	.quad 0xaca8f715c7af7fb9, 0x3ec800007f800000
	.quad 0x00400000c14bb8a3, 0x7fef98b6a576f057
	.quad 0x233b52e4534c8812, 0x7f95affc80000000
	.quad 0x953f26edfff7279a, 0x402f7ec10961a32e
	.quad 0xb200f50885960f77, 0x7fc0000080400000
	.quad 0x43c624d53b9967dc, 0x92f36f54293704f1
seed52:
	.quad 0x001ff1fd70800e8b
	.quad 0x00000000ffffffff
	.quad 0xffffffff80000000
	.quad 0xb185e36effccf8ff
	.quad 0xa52d3eb70e86fd4d
	.quad 0x00001aa514fa6691
	.quad 0xffffffffffffd474
	.quad 0xffffffffffffffc8
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffd667b
	.quad 0x00000000ffffffff
	.quad 0x0000000000000012
	.quad 0x73e76cc68c31b2dc
	.quad 0x0020000000000001
	.quad 0xeca76929e7026c94
	.quad 0xaa5c9f95444b0ec7
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0xffc0000000000000, 0xc92511c51fbfd8ef
	.quad 0x81d1a769bdf52179, 0x00f6f713bbd8bdde
	.quad 0x800000007f800000, 0xfa4d6a3acbc71ebf
	.quad 0xa637b337fdffca78, 0xc050354b022a06cd
	.quad 0x665f4d95edbd04f6, 0x40a865e500439d2f
	.quad 0xf3937c4535d8cd79, 0x3b858bfa42eb0fa8
	.quad 0xc00556f09848916c, 0x8f5a089cf74585bb
	.quad 0x4a2d4b0fca8541fd, 0x7ff0000000000000
	.quad 0xfff9dfb60bc9aaeb, 0x3b68cba487e2fe00
	.quad 0xcffdeda51d8203ff, 0x01ccf817849bacf7
	.quad 0xf78a502547800001, 0xe43b540cffdd530d
	.quad 0xc38dcbe9aadbe54f, 0xc26ec2c009f1ffdb
	.quad 0xf8ef3409c6e68000, 0x4fce9f3c8057f200
	.quad 0xb5fd78fb994d2608, 0x7fe791797f8880e7
	.quad 0x8125410dfe800000, 0xcf3ba77b077d15eb
	.quad 0xc03a000000000000, 0x002d74e3c0224d48
	.quad 0x909488c99d9ef66f, 0x89b9baaeee5ad539
	.quad 0xbe8ac9fff4437c00, 0xe02011d128de1354
	.quad 0x40218122de054c2e, 0xbf447a3300000000
	.quad 0x000000017e800000, 0x7765672b57b57e0c
	.quad 0xc60ed9f0da9d30af, 0x83bcd9107adabc00
	.quad 0xad3be856f4ef8000, 0x4b675c32f778fd76
	.quad 0xbef21baac07ffffe, 0xb94000000face739
	.quad 0x580f2eee5363dba9, 0xdbfd2c7ddc6fa01a
	.quad 0x04e249a67f938000, 0x80400000c3b87d0c
	.quad 0x9cb2a3e99f49f61e, 0x4c47038a8eff4af0
	.quad 0x4363f47600000000, 0x400964ff3ce14040
	.quad 0xf32dedfcf97fff8d, 0xc0afb00000000000
	.quad 0x40d4000000800000, 0x000e5957ffc8bbfe
	.quad 0xc53f000040a30f9c, 0xde45e1477077405f
	.quad 0xff8b428777c22925, 0x3ff7ac37e655f85b
	.quad 0x2caa1708fe7a2aa3, 0x83525b6e9a05fd74
seed53:
	.quad 0xfffffffffffffef7
	.quad 0x000000000000038c
	.quad 0x000000000000034d
	.quad 0x5e5142c3ff942b16
	.quad 0x0000000000db34f6
	.quad 0x8000000000000000
	.quad 0xe69719ab2036ebb2
	.quad 0x692d6fab98f8c23c
	.quad 0xffffffffffffffb4
	.quad 0xfffffffffffffd5f
	.quad 0x00000000000008fc
	.quad 0x002998c8e0402bfc
	.quad 0x000002dfd6a30b34
	.quad 0xffffffbe8190a0c6
	.quad 0x4335f6acca1fe786
	.quad 0x000000007fffffff
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0xbb99a04680000000, 0x7fcc36bdc0e80000
	.quad 0xc15bc3adab3cb044, 0xb6b000008428dda3
	.quad 0x005c9b77f89b00e5, 0xc000000000000001
	.quad 0x3e68c31b3bd05690, 0x0000000000000000
	.quad 0xcf821ceea13c7e00, 0xffc0000080f77df8
	.quad 0x86a81d01f0a6fc00, 0x8000000000000000
	.quad 0xdd6bdd4ee1009b4f, 0xfff0000000000000
	.quad 0xfe3d1eb1ff6ee562, 0xfff0000000000000
	.quad 0x0cbcab15cfffffff, 0x7ec8425cba7b6e15
	.quad 0x801c86a47411f7f4, 0x3aa00000806e28e3
	.quad 0x7f800000c043b124, 0x7e957e44f7455d3b
	.quad 0x002bc73836694caa, 0xef945df540f900aa
	.quad 0xbc20b4107fa31793, 0xe5ebf829d1997854
	.quad 0x0084a9227fe61aa2, 0xa72f0a11bbfe7dce
	.quad 0x004000007f800000, 0xfff75425069b7cea
	.quad 0x8076747b7fc00000, 0x40531b08007ed2ca
	.quad 0x000000013f03f926, 0xd98b5225ca5f2255
	.quad 0x7ea74fff42fe0000, 0xa554463a91d95e80
	.quad 0x9686b44e83d15611, 0x0010000000000000
	.quad 0xffee7fc5144be8cc, 0x6b35c5a39fb5fcfd
	.quad 0x759b0c5ff2eb9fdd, 0x00ab59f241b9a017
	.quad 0x5610d87467012fe2, 0x478000015f800001
	.quad 0x43470000ffc00000, 0x403c5a702d2663a4
	.quad 0x3f47100000000000, 0x92b0a2ecfffafe7f
	.quad 0x2334779c7faa4817, 0xc113900000000000
	.quad 0x7ff62e7d2e98545e, 0xbf34000000000000
	.quad 0xbfbb400000000000, 0xfe5ca1e00ef1f242
	.quad 0x6346c0d4c6b28000, 0x7fde0001d9d9784c
	.quad 0xc1c18e05bec5353f, 0x0055828adffffffe
	.quad 0x00000000c8700000, 0xd8bceb79f20f07ff
	.quad 0xc0b3a667ff000000, 0x94da0aba3fc00000
	.quad 0x0aa11f70ff000000, 0x47dd0000e4873980
seed54:
	.quad 0x26f0e2e457baeb21
	.quad 0x80c2e61e7a766a0f
	.quad 0x4c2df36b370ef65b
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0x004758c857836294
	.quad 0x0000000000000397
	.quad 0xc90616a5bae31e73
	.quad 0xffffffffffffff1a
	.quad 0x1cd4161e1c3467b1
	.quad 0x321849e9ba684c75
	.quad 0xfffffffffffffef8
	.quad 0x01608b8ed0ba7c69
	.quad 0xfffffffffffffc1e
	.quad 0xffffffffffffffff
	.quad 0x01400000
	.quad 0x60000000
	.quad 0xa8acee8bbdea97e1, 0x8cc364eedff7efdd
	.quad 0x9bf92622423c8120, 0x3e2c4943b3b94f78
	.quad 0xd1e3bffcd98b8000, 0xe7ee5a65eadd7000
	.quad 0x7e509aa8fb77ff7a, 0x0d3a05bdc41f0000
	.quad 0x5d2058b48392be70, 0x02bc693b87dd8da8
	.quad 0xf0c45da6c928d2c4, 0xbbb596c05a7ffffe
	.quad 0xc1140000ff800000, 0x1ba415f4e513b3b9
	.quad 0x40ffffffffffffff, 0x8004a6f1b97e95a3
	.quad 0xff8000005166e3c1, 0x401a000000000000
	.quad 0xfff0000000000000, 0x3f80000080000000
	.quad 0x8040000081000000, 0x17918f6d2664646e
	.quad 0xc9b9bf83dbfedfbe, 0x2608283e3ff5831f
	.quad 0xeb27ebfe408ef05f, 0x2ca7d02de9397b27
	.quad 0x0000000000000000, 0x5f21f8e5cf000000
	.quad 0x731757aa7abfbfbf, 0x37b19e7eb65f714e
	.quad 0x54846630f5ced62f, 0xf53a6bc3c3753f79
	.quad 0x7fedc5ff1b4be58e, 0x43ef51503a54aadf
	.quad 0x0bd215f0e634587d, 0x43c0000041000000
	.quad 0x9febb9c1ff55c07a, 0x3bc9fc3e7f800000
	.quad 0x173e7a80be7fff42, 0xd9ffffff3dc3a302
	.quad 0xfff8297c0c0f069e, 0xda00000145c00000
	.quad 0xce74868b05cea083, 0x00000000be26d524
	.quad 0x44b2d15ffffba5fa, 0x44c4000017987ec0
	.quad 0xffeaf1d900000000, 0x3f8345c7827913ab
	.quad 0x7ff7d87d3f2806ec, 0x83c2d35a00f26ad6
	.quad 0xafe2a83279a8d1da, 0xbf9a6274fc485bc9
	.quad 0x007fffff3faaaf4b, 0x7fc000007fb7983b
	.quad 0x4398fc24ad35fe00, 0x7f8000007fc00000
	.quad 0x881cfd546ed17d61, 0x80b468d47356dd2c
	.quad 0xcaabe1e07fcfcef9, 0x024a34d700400000
	.quad 0x8038aa7ac0e00000, 0x002fffffffffffff
	.quad 0xbd8b05763bf8f788, 0x0aed9954fc0d8000
seed55:
	.quad 0xf133cfcc5c30c166
	.quad 0x0000000000000144
	.quad 0x7fffffffffffffff
	.quad 0x000000000000bbf8
	.quad 0xdf173cbd7990f3a8
	.quad 0x0020000000000001
	.quad 0xa8c00747a677053a
	.quad 0xffa0635697769b73
	.quad 0xffe343d247167f7b
	.quad 0xfffffffffffffc95
	.quad 0x1f7977c931923186
	.quad 0xffce6a41214da216
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffdaa
	.quad 0xfcfa2dc879c77d7d
	.quad 0x000000006238046c
	.quad 0x02400000
	.quad 0x80000000
	.quad 0x6d827f2aad120398, 0x7f93752f3f0bf68d
	.quad 0x3f8c000000000000, 0x519bd5a2201f83ce
	.quad 0xcf00000040b14651, 0x3fb43c101d7aa061
	.quad 0xffc0000040b3fee0, 0x3fe7085ba04ebd55
	.quad 0x468880003d6b7555, 0x0045f2e81028c569
	.quad 0x89c3aa66df5ff7f3, 0xc0148ea3adde1620
	.quad 0x72d5d8edff5877b8, 0x426fb3fbbf2749a3
	.quad 0x583bff496146fc96, 0x0000000000000000
	.quad 0x6fe30aaceb1b66a9, 0x5ccf8abd97ffffff
	.quad 0x00000000000a15d2, 0xc005182473c7fb79
	.quad 0xfffa5dd72c61ae08, 0x06b723afc137e075
	.quad 0xc2d79a197f11dce3, 0x6f4e9d3bec335b62
	.quad 0x400b000000000000, 0x94643af387047d70
	.quad 0x84d04a047ffadbcb, 0x800000007fd46a3b
	.quad 0x7df3c4e59bfcf74b, 0x0addaf2f78b8cfdc
	.quad 0x7ff0000000000000, 0xff8837117fa5f597
	.quad 0xc05798c495067b44, 0xfff8000000000000
	.quad 0x7ece8910449203b2, 0xfff60cef78b2188c
	.quad 0xbce06bda3c74b7d3, 0x43c0edf74f41e0ff
	.quad 0x0000868c4187b422, 0x7ff64748a6c05c48
	.quad 0xd2a092aec7d7fffa, 0x835968bc5ddf2ce4
	.quad 0x07b8afac73d58c42, 0xdfe7b05dc157227e
	.quad 0x3f2a516d408533f2, 0xce7298bffa4aa582
	.quad 0xc3397b5500000000, 0xc3dc4c0e11292dc0
	.quad 0x8000000000000000, 0xda17a06a42ef5d26
	.quad 0x7ff6a8a036e8783e, 0x7f80000000079a5f
	.quad 0xc3ec62a5eabddabd, 0x0faced2ccf800001
	.quad 0xfff16bd79295968b, 0xc00fffffffffffff
	.quad 0x3fc4a899c63d7679, 0xbd3b3d7cff800000
	.quad 0x39600000bd7c4cd2, 0x017fffff00000000
	.quad 0xbfe000007fc00000, 0x4074fbbc8da680cc
	.quad 0xc21b5925ff800000, 0x000000001ae67c1e
seed56:
	.quad 0xf31d4f79a5f4f06b
	.quad 0xffffffffffffffe4
	.quad 0xa9d9a7a1728dbdf3
	.quad 0xfffffffffffffc19
	.quad 0x0000000000000000
	.quad 0x57ab035912d7582b
	.quad 0xffffffffff96f36e
	.quad 0x43abfb5bce3149ec
	.quad 0xffffff214190da1d
	.quad 0xffffffff80000000
	.quad 0x00000000000001ee
	.quad 0x000000000000029c
	.quad 0xffffffffffff6149
	.quad 0x01ddd7893d9554bd
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffd9d
	.quad 0x01c00000
	.quad 0xf0000000
	.quad 0x03008002f678cbf5, 0x3ed6800000000000
	.quad 0x8010000000000000, 0x40a400009841c851
	.quad 0x8194f5794d16b3b2, 0xfd4e181a61ff18ab
	.quad 0x40617c7d83246eb3, 0x434497bffb1c3946
	.quad 0x5e876792ff5bfffb, 0xbeec7e6040200000
	.quad 0x7f8000007f97ba00, 0x8c4c7130de1920a1
	.quad 0x314d98b88b3dd9c0, 0xd480560e0d331819
	.quad 0x800843478e27bbdb, 0x7ff8000000000000
	.quad 0x59a6542c0fb14b83, 0x3b602f4220d9f607
	.quad 0x40c5a00000000000, 0x014efd04fef6fa5e
	.quad 0xfe5ef0300a021aab, 0x51e4bd5e8ad7fd9c
	.quad 0xd7a633a0feb34280, 0xbbfcf97a46080000
	.quad 0x1fb3ab058e62673e, 0x0abab77380000001
	.quad 0xd9049f581548d462, 0x4a669ee38de9802d
	.quad 0xffefffffffffffff, 0x406f000000000000
	.quad 0x0e7c34ff7f7fffff, 0x00192ee200000000
	.quad 0xa7f0d0c6fffdfcf7, 0xc3c7c27300000000
	.quad 0xc003000000000000, 0x3c443a96ffb8ef4d
	.quad 0x41d9eb131294d45f, 0xfd295d9cffff6fae
	.quad 0xe6673140fb97835a, 0x907ae828f3bf4df2
	.quad 0x7fc00000bef0ea89, 0x40000001ffc00000
	.quad 0xcbb9e0ff7cdb790d, 0xc0510d51d050fb2d
	.quad 0x3fcaa346c5f2d0ef, 0x8631a0217e928000
	.quad 0xb84325afcc03fc20, 0xb31807a7b3dbffeb
	.quad 0xd1be877fff800000, 0x7ff0000000000000
	.quad 0x533bf80a5b440155, 0xffc000003c36a944
	.quad 0x0a486037f7912a80, 0x1de31a18a8c4dd1e
	.quad 0x023bdfbb6f2e9ef4, 0xf6a8c87cffc970ca
	.quad 0x093d45de4396b942, 0x3fbb440c9ed77d5c
	.quad 0x83fa2442bbfb2cf1, 0x0009b13d02bc9079
	.quad 0x1cb911fac4779c6a, 0x7f2b0909b240c7e2
	.quad 0xbcf0415d40d00000, 0xc7000001c0300000
seed57:
	.quad 0xc80d93b9d6c86302
	.quad 0xfffffff461bc14d4
	.quad 0x034fc24caed52c6b
	.quad 0xffff33e12bdbb7ae
	.quad 0x873686af05ff34a6
	.quad 0xffffffffff50ec81
	.quad 0x8000000000000000
	.quad 0x4ce005ea4a06edb7
	.quad 0x0000000026374aa9
	.quad 0x000000fe8b178baa
	.quad 0xfffffffffff387f8
	.quad 0xfffffffc3ac670dc
	.quad 0x0000000000000001
	.quad 0x0000000100000000
	.quad 0xffffffffffffff9b
	.quad 0x0020000000000001
	.quad 0x00c00000
	.quad 0xa0000000
	.quad 0x5c81e23a7feff5ad, 0xac31f12fe8c57aef
	.quad 0x927eb858ffa9a98c, 0x89aa0ddc65964000
	.quad 0xe214792c6bb90001, 0x7f5e78d35a73d2f2
	.quad 0x14d0a9c914244c5b, 0x7f8000008dce4c98
	.quad 0x06c3efa785751824, 0xfef1bd9d633a36a8
	.quad 0xc012000000000000, 0xc020c00000000000
	.quad 0xb09c8b6a078ed18c, 0x2f1da263f89bfc00
	.quad 0xbf800000c0bc5d9e, 0x1b247f28ebeefe7f
	.quad 0x80bab51138480000, 0x45e30000c8e929f3
	.quad 0x00000000807a91e1, 0x80ffffff05000bc7
	.quad 0x59ffffffef4df21e, 0x7be232f2b17a4f0d
	.quad 0x50298ce4843d66b2, 0x406b2a8d82d39536
	.quad 0x800aeb784288c53e, 0x11d70aaaff881deb
	.quad 0x4100000000000000, 0x3fc45e00f9a5ca66
	.quad 0x3671602c53fb37fc, 0x9b8da2df7ff6ffd6
	.quad 0x7f80000042cb9ffc, 0x8000000000000000
	.quad 0x6a6b681c848c0400, 0xbc067eabc16c998c
	.quad 0x8000000000000000, 0x4010000048d40000
	.quad 0x3c297075ffe4f357, 0xff82fbc2f001802f
	.quad 0x6b543c11f150f98d, 0x3fc2bb9ae4b3becc
	.quad 0x372f00003cd9f853, 0x6a220614bde7ef4f
	.quad 0x9bfd7c4a2bcdafaf, 0x80091efff0418a3a
	.quad 0x3bd72ad1cc7b1b47, 0x0c02e73e07e0b138
	.quad 0x42a0dcff6ce9a127, 0x2e89f5e2ea1a09c0
	.quad 0xbff4b0db37f7b1db, 0xfff0000000000000
	.quad 0x0000000000000000, 0x0e6eca4839840000
	.quad 0x4f000000ffc00000, 0xf7b20ed4d3705086
	.quad 0xffd27fc2003abc6f, 0x800000007f800000
	.quad 0x0000000000000000, 0xffef27822f86d5e8
	.quad 0x8fe16935e6fb6fac, 0x40ffffffffffffff
	.quad 0xbfaf68f90097ae86, 0xbf38aede80000000
	.quad 0xfffc2a5880ffffff, 0x8a4088b17ecaff04
seed58:
	.quad 0x0612f300bbba7353
	.quad 0x467b664ed5059953
	.quad 0x00000000000c8d2c
	.quad 0xffffffffffff6b6a
	.quad 0xfffffffffbc3bf73
	.quad 0x00000092b867ba59
	.quad 0x0000000000004aaa
	.quad 0xcd4274b055a29921
	.quad 0x000000000275df85
	.quad 0x00000000000000e7
	.quad 0xfffffffffffffe45
	.quad 0xfffffffffffffffd
	.quad 0x000000000000011a
	.quad 0x00000000ffffffff
	.quad 0x4e680b8f44bf583b
	.quad 0x7c6112d87724dd39
	.quad 0x00c00000
	.quad 0x90000000
	.quad 0x80000000616bf07d, 0x68f35c6d9a7543a5
	.quad 0xc0200000c8980000, 0xffe410d5009df522
	.quad 0xfff8000000000000, 0x4732d78670716832
	.quad 0x438c1acb7effffff, 0x7f800000c0a40000
	.quad 0x5331fe16bea27bcc, 0x802ddd292679d3f3
	.quad 0x80314ce8dfb687a5, 0x00011c02d8f03ca4
	.quad 0xc0a80000ff8de939, 0x6f7b87a6bcffffff
	.quad 0xdfad60d09df5decd, 0xcd41d1f47c30fc00
	.quad 0xd5fd835680e64800, 0xe40d2658be0ceb01
	.quad 0xd3411a8d3d07d108, 0x0013611a8500072a
	.quad 0xfdcbe3d77b8a3dd6, 0x41b99532c0b00000
	.quad 0x1f0d8640ff7ffffe, 0x6e82e51ebd3ceef5
	.quad 0x1a5de7ab64a7fe00, 0x002ec6a6ffc00000
	.quad 0x41ec5518ef63fe94, 0xbfea17f92aac2b1c
	.quad 0x000b4b9d86dc763c, 0xbb8fcd30f5499e44
	.quad 0x9f60bff3a7524f99, 0x4df580ea60d9aa76
	.quad 0x7f800000834bacce, 0x8008000000000000
	.quad 0x7f209bf6807fffff, 0xeee6aab04b95daab
	.quad 0x69eea6397fe97d9d, 0xc17e09533fffcf75
	.quad 0xc0243e2c6b7ed758, 0xff0000007f998775
	.quad 0x7ff0000000000000, 0x7ff8000000000000
	.quad 0x823f3264b42141d4, 0xfff35595056d617f
	.quad 0x4b92b38c3fd05451, 0x8000000000000000
	.quad 0xbe71e2e959ffffff, 0x332148c300000000
	.quad 0x862f86b33a128000, 0x8005eed8c1787b74
	.quad 0x390dec0f26bf6a08, 0xffdc818acbae91d6
	.quad 0x7ff61b0d6620e0b3, 0xffc6214c00000000
	.quad 0x912c431ac13dd4d3, 0xbd1303973f502185
	.quad 0x7fc00000c778bb28, 0xba193de854373982
	.quad 0x09f61d20b17fffff, 0xf0a4fc4c86a07589
	.quad 0xedfe57f00d03fd5e, 0xe2b181a78b3be2d7
	.quad 0xc018000000000000, 0x158e6acf48d0ee35
seed59:
	.quad 0x000000000000511b
	.quad 0x0000000000013f10
	.quad 0xffffffffffffffe2
	.quad 0x000000000000019c
	.quad 0x0000540b33eb5725
	.quad 0x8000000000000000
	.quad 0x0000000000000026
	.quad 0xffffffffffffe2b0
	.quad 0x0000000000000000
	.quad 0x3df20ea8081c07cb
	.quad 0x000010648de2e0bb
	.quad 0x0000000000006ec2
	.quad 0x984fed61bae1dde0
	.quad 0x000000000000024a
	.quad 0x0000000000000366
	.quad 0x0000000000e721d6
	.quad 0x00400000
	.quad 0x10000000
	.quad 0x4b025dd094e41ecf, 0xdff20e727f800000
	.quad 0xdffffffe3fd905c2, 0x7c53ccd36e2ade36
	.quad 0x24c13a3377a682ff, 0x41c4434c4052f031
	.quad 0xc3496ae654334e22, 0x7fd0000000000000
	.quad 0x87806a845f000000, 0x7f4d72f241ae9730
	.quad 0xff8dedebbf120000, 0x500798fdda01921a
	.quad 0x0592ceb641040000, 0x7ddd2197e4e2e4e8
	.quad 0x0000000000000000, 0xbffffffffffffffe
	.quad 0x598000003cc0e895, 0x7ff0000000000000
	.quad 0xcc1517e5a44c7e8a, 0xc053eea19e7be692
	.quad 0x071ccee3c288d173, 0x8a8b2319bfbbff96
	.quad 0x3b273fc77a1c0129, 0xbe2885847fbf7ba3
	.quad 0xdffbf3c2f5880200, 0x1bbec7b8fffbffe7
	.quad 0x7335da248f739f6b, 0x007fffff80000000
	.quad 0x3c1f2aa6bde6e6a1, 0xfff8000000000000
	.quad 0xc0565f17c0000000, 0xc62a2d12dbf63ff3
	.quad 0x1879c6e2f43c8000, 0x2431c2521cf37d56
	.quad 0xfff0000000000000, 0xcb4a19057f000000
	.quad 0xc271b03bd95d937c, 0xff8000007f800000
	.quad 0x801da8aa7542010a, 0xa7b727e07fdefef5
	.quad 0x007e8a427f800000, 0x0000000000000000
	.quad 0x11e1789ffd0fc8a0, 0x0c6cdca47fc2d3a3
	.quad 0x4ab99e3d32e6536d, 0xfff45b5203e84294
	.quad 0x4013000000000000, 0x400000017f7fffff
	.quad 0xbfc000000a2ae4cc, 0xfeffffffffec6e7f
	.quad 0x4010800000000000, 0x815ad92140a00000
	.quad 0x6bc82943bca7fbef, 0xc2ba7c7980000000
	.quad 0xa219f7f0ffaf31ed, 0xc10c0000ff800000
	.quad 0x4faf1d0413331eb5, 0x8da0ae6efff81f30
	.quad 0x5f3a0164f91beedb, 0x7ef6049280800000
	.quad 0xbdf3c14900000000, 0x3c6c5f990d3c1821
	.quad 0xfff0000000000000, 0x165a431cffefffff
seed60:
	.quad 0x00000000000003a9
	.quad 0x9a06ec395722f62e
	.quad 0x0000042a0f503d5e
	.quad 0x0000000000000291
	.quad 0xfffff8716609790a
	.quad 0x0000000000000374
	.quad 0xff6e75bf61381c68
	.quad 0xf01df75d1bb704f6
	.quad 0xffffffffffffff6b
	.quad 0x00000000000001ad
	.quad 0x0000002ccdde9a99
	.quad 0x00000000000002e2
	.quad 0x06094a2c9c0173fe
	.quad 0x0000000005347db3
	.quad 0xcb979f11ae1346aa
	.quad 0x0000000000000001
	.quad 0x02c00000
	.quad 0x30000000
	.quad 0xbab1bb668d7fffff, 0x2285b4b33c553908
	.quad 0x7fc7eef645a80000, 0x12919270e7ef7e30
	.quad 0xc0b00000c2bd4256, 0x2b41b5241a374f43
	.quad 0x3c5a03cae2e0a635, 0x0000000000000000
	.quad 0xfff60bd4b782c2e5, 0x02d9961845ede581
	.quad 0xa2bfda62233dc140, 0xbfb2d105efb40c66
	.quad 0xbd27f3d1ffeab975, 0x000000003e587901
	.quad 0x9cd7478a9071d2a2, 0x7ff0000000000000
	.quad 0x77c52badb78ffd46, 0xf2ebc2f6b8578200
	.quad 0x0f848242a8397e00, 0x7fab2c053f7b20d3
	.quad 0x826b24749fa85203, 0x43f0000000000001
	.quad 0x00aaa3554f800000, 0xc04e408c580251aa
	.quad 0xf53127522d26baf5, 0x38efc141dab60000
	.quad 0x2279af7cfd58f9bb, 0x72db04fa9c87ae9f
	.quad 0xa4fd0f1cdd522458, 0x800e07f974d861f0
	.quad 0x7c0f04f3cbbdcf01, 0xbff8000000000000
	.quad 0xb1f74b60ffc07c2c, 0x377eded944c00000
	.quad 0xfef5d83eb78d1c03, 0x73d64cda934540a8
	.quad 0x0000000000000000, 0x404d9e211294a7e1
	.quad 0x69ea24f53f9301a3, 0x0df878ddfe6aa28d
	.quad 0xc00d000000000000, 0x3ef220d1bc74516c
	.quad 0xbf80f44e3fdb0865, 0xd0abbcc6ff1ffc00
	.quad 0xbf4200007eff5356, 0x7f8000003bf35c34
	.quad 0x0f89a570f6fcfdff, 0x3fe90000e6fb8e8e
	.quad 0xc449053252697c00, 0x400bc9c3664fb8e1
	.quad 0xaa1dbefbcae5ba00, 0x733bf2f7bb3e0000
	.quad 0x7ff0000000000000, 0x7ff410f8d2c2ea29
	.quad 0x3edf3b923c821e2f, 0xa2057d74bb47f2fa
	.quad 0xf7bf985a7dd80600, 0xb8276eac00647629
	.quad 0x8b99e79dfefffffc, 0xffb5903341822d46
	.quad 0xd2f9967a51548221, 0xabced5017be7b7fc
	.quad 0xc01f5f9001000000, 0x00000000be329f61
seed61:
	.quad 0x0000000c44159441
	.quad 0xb5da4cbbbb9bc641
	.quad 0xae35e19da292a990
	.quad 0x0000000000000001
	.quad 0x00001f4970880604
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0xa6acd9c5c0a9c2e2
	.quad 0xfffffe046e4fb510
	.quad 0x0000000000000001
	.quad 0x60e47c300f3c6d33
	.quad 0xfd3642b2f8b8a6c9
	.quad 0xffffffffffffb3c3
	.quad 0x007101ee51b5214d
	.quad 0x0000000000000242
	.quad 0x9d58de141df2263a
	.quad 0x00400000
	.quad 0x70000000
	.quad 0xfff8000000000000, 0x4021800000000000
	.quad 0x1388dfcfffdffffb, 0x8000000000000000
	.quad 0x7087a2543a100000, 0xfff0000000000000
	.quad 0x3aaf5ffd9bc3ffff, 0xae3432b2fefffffe
	.quad 0xfeffffff807fffff, 0x250c3ae36a53c362
	.quad 0x8100000017e48aa9, 0x46fc9543f5d37e00
	.quad 0xf3e4ea9ee7924460, 0xbfaae016644a0bb7
	.quad 0x404c831530346707, 0xc82464e1d63e7900
	.quad 0xc126000080000000, 0xff8ccd3fbc383eb4
	.quad 0xbffffffffffffffe, 0x00000000ff800000
	.quad 0x10f0b7ff00daa121, 0xd80c4fe6eba7fcb3
	.quad 0x8018bd16ccd137fc, 0x7317e34fffefb44f
	.quad 0xbc6a2d1d7fc656db, 0xac2cd1308cfe576a
	.quad 0xff4def7cfd95779c, 0xbff8000000000000
	.quad 0xfff8000000000000, 0xbb0000007ffd419d
	.quad 0x3fdab2627f800000, 0x7f7fffff7f000000
	.quad 0x3341a03040f40000, 0x639c41c835560000
	.quad 0xa497212b296c9513, 0xfff38baecbf43d8e
	.quad 0x89f8fc3b42738e0e, 0x80000000f99f41d6
	.quad 0xfe80000094da2c37, 0xfff0000000000000
	.quad 0x7f800000807fffff, 0x73a8338fb205f19c
	.quad 0xffdeacde35159706, 0x800dfd28c486bf6f
	.quad 0x7ff6d0bce2e3897a, 0x800daf906dc5ba3a
	.quad 0x80dc175800000000, 0x331d4e589bb8d0e7
	.quad 0x38fe9321dfb69795, 0xfff0000000000000
	.quad 0x4770000000069539, 0x382c0000c3263847
	.quad 0x3fffffffbb443b8a, 0xdcbba2ad0461dd6d
	.quad 0x8010000000000000, 0x0003d0e7b45f4290
	.quad 0x5249c89d70f5d8bf, 0x8e9e43f2950c5627
	.quad 0x000a01c8f12b8382, 0x8000c6cfa242ea2d
	.quad 0x3f1853d9c0f6dbf2, 0x4462746e7f800000
	.quad 0xff960a5800647cdf, 0x4c800000c25f361c
seed62:
	.quad 0xcd1ecf78604ed568
	.quad 0xa682fe961deffadd
	.quad 0x0000000100000000
	.quad 0x8000000000000000
	.quad 0x00000000000000c6
	.quad 0x1003462d8395b83d
	.quad 0xf5f3e3305dae90ad
	.quad 0x006fe3533e4dc54d
	.quad 0x0c5e14dca289c670
	.quad 0x00000000ffffffff
	.quad 0xfffffffffff441a5
	.quad 0x1e6f2e80a830a65a
	.quad 0x370095f901a2296b
	.quad 0x18982781ac0abe83
	.quad 0x77900f495daa19f6
	.quad 0x7fffffffffffffff
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x401d000000000000, 0x7ff9f3bb80000000
	.quad 0xc01b93f000ba213c, 0x405000007fc00000
	.quad 0x58913435ab9ffc00, 0x1a2c3c456e36df6a
	.quad 0xbeb6200000000000, 0x80121cbebc97d572
	.quad 0x434fffffffffffff, 0xc01c52563fa9e8cd
	.quad 0x80000000ffa222a1, 0x5483b51038645889
	.quad 0xa6bec998fe36fdfe, 0x40b2b2e57fb4b6bf
	.quad 0x8012b87b82056382, 0x7ce521fd7bffffed
	.quad 0x83c6c16f314dbedd, 0x3ff0000000000000
	.quad 0xc330000000000000, 0x7f80000000c20cbd
	.quad 0xfff65c9c0b44aca6, 0x0000000075038630
	.quad 0x800b3a6fb2deb2b7, 0x00400000bf8e189c
	.quad 0x7fef452540c40000, 0xfff8000000000000
	.quad 0x3ff0da92f13db711, 0x43bf054effb0bfbd
	.quad 0x80006dd525bc9474, 0x6668028effe72020
	.quad 0xc060000000000000, 0xaa8503079bf2bae3
	.quad 0x13a7810b5a22b56c, 0xffea5670ff800000
	.quad 0x8000000000000000, 0x8000000000000001
	.quad 0xca05d46e3dd2220d, 0xa79e8752cd87c5f3
	.quad 0x3bcc34cad8c3fc00, 0x01239b40fac1aa6b
	.quad 0x017fffffc02e9214, 0xda6f145200959e64
	.quad 0x4340000000000000, 0x80fe2c4869370483
	.quad 0xc00e000000000000, 0x7ff0000000000000
	.quad 0x6c7500ca56d386cd, 0x43ed4b1c3bbbf83b
	.quad 0xa017115b135f464a, 0x823f2cf92f9a983a
	.quad 0xa8b0d37c289f8000, 0xfff76b12c40aacaf
	.quad 0xffa11e9a00000000, 0xc188fb76bec37f0c
	.quad 0x3c32a822405b19d9, 0xa006539b11fa1000
	.quad 0xc06b208b2278dc69, 0xa1fd5d2080000001
	.quad 0x0000000000000001, 0x3ddac366daadd6c6
	.quad 0x0000000000000000, 0x4f0000007fccf410
	.quad 0xff800000410c0000, 0x00042dbb7fd9462f
seed63:
	.quad 0xe94df4948ec6a3a9
	.quad 0xd7245df2cac0faa7
	.quad 0xfa6ce86851aeb261
	.quad 0x0000000001000001
	.quad 0xff7ec7b791148dd8
	.quad 0x0000000000000057
	.quad 0x000000007fffffff
	.quad 0x000000e43a36ed90
	.quad 0xcc38c12e03a7c642
	.quad 0xedbe5dcc04a9e597
	.quad 0x1595fb467bfd2ce1
	.quad 0x00000000a1332e1e
	.quad 0xffffffffffffeadb
	.quad 0x2cbcd38723645a41
	.quad 0xad29284ab2f4d16c
	.quad 0xffff39cc5b537931
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x8000000000000001, 0xc0f20d69a8f6b090
	.quad 0x407ffffe45380000, 0xec8fb39bcfffffff
	.quad 0x2e78392d9c2b5bc4, 0xe75af0c2d6e2a68b
	.quad 0xe4b690e1b8a17c37, 0x000fffffffffffff
	.quad 0xc1140000424c7b8c, 0xcf000001ff800000
	.quad 0x02b0a484cde46e9a, 0x3e37dd2a799ba7c3
	.quad 0x0b3bd0ec29d17a16, 0x7f7fffffdde45c53
	.quad 0x7f8000005f800001, 0xc8bbec4f69907b7b
	.quad 0x80ffffff119c62bb, 0x96b7707a1bd174f7
	.quad 0x3fa712bebd829fb8, 0xa932d1b1feada502
	.quad 0x402e5ba6c779a9cd, 0x268cd92b81497254
	.quad 0xa703ba2f7fdebcae, 0x55df2819051bdd8c
	.quad 0xfa5e392dceb68000, 0x0000000000000000
	.quad 0x8000000000000000, 0x918423f5d032552e
	.quad 0x82c79026bbe20449, 0xfff0000000000000
	.quad 0x9762b8a72099a531, 0x8010000000000000
	.quad 0x16a9b5cca5e4797c, 0x038eba7647d300b6
	.quad 0xa83e578e7b024000, 0x8003ae85422a88d7
	.quad 0xbfe410916fc77f8d, 0x4477dd9dfcd376ff
	.quad 0x1ba849b2ff800000, 0x018dc4a13b51cbb6
	.quad 0x800000017fa1b9cc, 0x81a7c3d84312e1d3
	.quad 0x0000000000000000, 0xbff36bf7f9b34f87
	.quad 0x3f747f6582257237, 0x1ab0575effee2bcd
	.quad 0xdcf687e63700fc00, 0x00000000c0a40000
	.quad 0x00784378ff800000, 0x15e2ebf083d7fd7d
	.quad 0x4025ff57fdfaefdc, 0x4c0fd1dd77b7bc86
	.quad 0xc0e2503e460307cb, 0x9fade1ed97013800
	.quad 0x000701df6a4f168c, 0x105ef72359fffffe
	.quad 0x51e8480b64a8cc65, 0x207c0c4277dd509e
	.quad 0xfd6ffdd7ef5c02eb, 0x807ffffff9d8ba57
	.quad 0x805a4e3f40100000, 0x438c83f2cd926c80
	.quad 0x0000000100ffffff, 0x7fd8c7f5b9fce8ca
