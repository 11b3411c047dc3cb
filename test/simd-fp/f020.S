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
	.inst 0x1f248cd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e60f5b1
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
	.inst 0x1e2621c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee19834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea5f5b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e352200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4202b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6f4bfeb8
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
	.inst 0x4faa59ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f11945b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fc4517c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e23003d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2b09de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fb192ff
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
	.inst 0x4e216810
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
	.inst 0x1f6a4492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e710083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e212240
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f68c115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e210186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6020b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ef0c838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e233ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f201d9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e77ec3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b191c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43559d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e37197e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0e95f
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
	.inst 0x4e67f510
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e650101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e25c232
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f111df3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ee0c8f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e27d555
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e283816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e204997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6300d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e622cb9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5f81981a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ee6f5fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6800ec
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e6fe57d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea0f8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0e9bf
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
	.inst 0x1e64c1f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e602168
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e690202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e61c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e790064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f8d5915
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e68d449
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e43cc57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3069b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2b1b19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e19084a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e631f1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7eb0c97c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e62fc9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21a8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0f8518bf
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
	.inst 0x9e230090
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
	.inst 0x5ee1d812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2640d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e29e674
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e216836
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1da17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f54e5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e710879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7f59e59a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71006b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6541fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e22015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7eb0fb3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e25016f
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
	.inst 0x1f65b930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e306615
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7000c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e600043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ef1d5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0e33cdf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6f9096
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30f877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e710048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4fc19179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2909ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3a4e7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e247730
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21885d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ee5d4be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67181f
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
	.inst 0x1f453830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6ea091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e64c052
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e582e23
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea5c454
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6f0680
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6541f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6db410
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e02f958
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
	.inst 0x1e21c13a
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
	.inst 0x1e63297c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e28197d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61b9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e67433f
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
	.inst 0x6e6ad450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e66ed11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e61c1f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e624133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e712060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e614075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2439d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2628b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e610df8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e7800a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a2290
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e28012b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0eb2f5dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e21693d
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
	.inst 0x4ee6cd1f
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
	.inst 0x1e780080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6421d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e61c972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e2179f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7e71e414
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e630115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e743936
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
	.inst 0x1e2101c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e67e539
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e23009a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e18866b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2259dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eacd43d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e26e4de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2c359f
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
	.inst 0x1e2c21c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3009b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e620012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2021c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ee18a74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6d5955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7589f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0c9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e2bf5f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f3836d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3002ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f26e6fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4fcf1b5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e61d8fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f73189e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6c2abf
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
	.inst 0x1e64c050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6199f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6721c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6ab473
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e251609
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea1b955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6f29b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70fa57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee19ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3304a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2b3c1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6a2080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2c1abc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5f8d505d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6902ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4be15f
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
	.inst 0x2e2188b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2301f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e43c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f34e633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e31de34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e600185
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7df016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0e616897
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e61d8d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f281c9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e6200fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e27c25c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64c05d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ebdd47e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e21aa9f
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
	.inst 0x1e7901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4a05d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e26d4d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e63c133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ef1f495
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e3936
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
	.inst 0x1e59a108
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e702100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e6199bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e2afc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a59fd
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
	.inst 0x1e23c07f
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
	.inst 0x9e600100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6f8c11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f859112
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f2210
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5f8f50d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e70b574
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6fc416
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0f5b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e74fef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e600109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e60e53a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7ee4e51c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e43e01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e29395e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60ad3f
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
	.inst 0x5e65fd70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0c9b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e680222
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e031513
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f24fe14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e66ce15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e680246
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e33ee97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3686cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e247ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21783a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e63015b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b193c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61c13d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e27191e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e25008f
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
	.inst 0x5e61c890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6641f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x7e30d972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d5953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2500c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5f38fc35
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2268f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e18d1a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f386319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f4a25fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2f2ae59b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e65d49c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61d8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e67c05e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e21a89f
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
	.inst 0x7ee9ec70
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e438911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee1da32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee240f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e67d474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2719d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e30fe76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7800c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7ea3e538
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e69eef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2ea5c5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e70d97b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e64c03c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a1f1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ea1d9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e2000cf
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
	.inst 0x9e230150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eb0c872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f628d53
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
	.inst 0x1e723a55
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
	.inst 0x4fae19f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0f05f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e7901ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e22dd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e27e57c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e252070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e61a9de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6e289f
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
	.inst 0x1e276412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e6501e1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee0f5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fa01253
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2a6955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e602028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4fc39297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee198b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e698999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602128
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5fc451db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6fc491dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64423d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2d2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0f4df
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
	.inst 0x1e380000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e291831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6620f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e201a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee241b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30f975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea0c816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61f417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f6f28f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e77f019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21883a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea6d49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0e35fc3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7a389e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6139bf
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
	.inst 0x7ea0d850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e616811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea1d512
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f512653
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e69dc34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e3100a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fc85076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2ea0f9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee1a919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e21c0fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f89195b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e59a8ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e19d00d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e24c2be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f28b41f
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
	.inst 0x1e65c130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa29211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e314952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6939d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2ee434
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7ee1da76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e22c1d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e59c0e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e78004a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e23687b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e65f4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e60097d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e291ade
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
	.inst 0x1e6a69f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e70d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e716cd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e301813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6101c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e43dd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e217956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e25363a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e264038
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6900a9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e62419a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26293b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1889c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f473c7d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fcd181e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6301ff
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
	.inst 0x9e620070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e616a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f09b172
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0e993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e664234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e233955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6e22c5b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e61a9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61c2b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e23c0d9
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
	.inst 0x6ea1d85b
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
	.inst 0x4ee0e97d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e64f4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e22011f
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
	.inst 0x9e2100e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2d58f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e29e4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6ae593
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02c154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0fa96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e624857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e75d6b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0eb0d559
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3802aa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e33487b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e6168bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e21999d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2f08be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23c50b
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
	.inst 0x1f4b2050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2db451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e6ffc12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e3900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7ea1da34
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
	.inst 0x4eefcd96
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e02c097
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e692958
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6539f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e598dca
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
	.inst 0x1e03f05c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f06679d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e33091e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e66439f
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
	.inst 0x5ee1b970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30c831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f38f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6101c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f994
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea1b9b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e690167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e35cd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e610109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ee0c89a
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
	.inst 0x1e62695c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e792020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fcb50de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0c157f
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
	.inst 0x1e240060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f4b40b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f1115f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2ac553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e68edf4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4eb955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e240936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0fb119d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6509d8
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
	.inst 0x5fc6503a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2f8a7b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e24e6fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee0e8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e21783e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1a68ff
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
	.inst 0x4e6bfc50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f03a9f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e188202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fac5074
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e59dc25
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e652130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6879b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e3369f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2c489a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5e26e43b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0ea0e9fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2401d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e68d5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee18b3f
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
	.inst 0x1e6c2990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a38b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e610102
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0fa01093
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
	.inst 0x6e69fc15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3000a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f443477
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e689018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64c259
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e276a3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eb0c8bb
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
	.inst 0x1f7281fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f056a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6bf4bf
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
	.inst 0x6ee0d950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2518f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e61c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f72c4f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e390224
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
	.inst 0x1e61f4e3
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
	.inst 0x1e27c018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2c0819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e43d09a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2e2250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e23cc3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e599dad
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee0e9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6501af
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
	.inst 0x1e6820c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea1e451
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
	.inst 0x5e71dd73
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e6168d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e27bcf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5fcc50d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61c857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e24c59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6ee0fa99
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6018ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f6c1c5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e28ecfc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24699d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2c21e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f4387bf
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
	.inst 0x6ee0f830
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e616831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2f2000
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e2bfc33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7339f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e0855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0eab6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e305a97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0aa8d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e204819
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
	.inst 0x1e3901cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e03f85c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e3900ed
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e61d8de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c64d8
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
	.inst 0x2ea3c430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0ea1fd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0e852
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4fcb9a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7101e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e280105
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e202876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e650007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ea2fd98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e64240b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f45ad3a
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
	.inst 0x1e28012c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e263dbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee3e59e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6fac981f
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
	.inst 0x0fa998d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5fc79011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e780222
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
	.inst 0x2e23c514
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e250045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eecf576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c0cb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4eecfd18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e2ee479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c1fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea0cabb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f08041c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4faa11fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c2be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea6f47f
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
	.inst 0x6e2ce450
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6300f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e634616
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6559b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7029b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7c5015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e620036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee2cc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f4e2ad8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e633879
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6229fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e742030
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea199fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6649bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2408de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fa650df
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
	.inst 0x9e210040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ee0f931
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e2179d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2501a3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7f2efd34
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e19b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e20fdd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f30fed7
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
	.inst 0x7f2ffd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f21d5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ef0f95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e09bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f4fb71d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2419fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e3e101f
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
	.inst 0x1e60d4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e656952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f649113
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e587664
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7900c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e228613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f51e677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630098
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee7d5f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fc291fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e3101eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e2301bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e30010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e7cd75e
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
	.inst 0x6eb0c8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e18b5a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e640042
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e588083
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e30f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4f27fd75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e274076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e361817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e35940f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c1b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2e283a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e35485b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e2bf73c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e70012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e21c13e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc098df
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
	.inst 0x4e24dcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e7901c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea0c932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2fc453
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7288f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70f8f5
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
	.inst 0x6e6168d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0f8b1858
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea1f859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5ee0c87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e30c93b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e21c09c
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
	.inst 0x1e2900ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4fc8519f
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
	.inst 0x1f09b050
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e671851
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d060b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6d18d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e2169b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e27d4b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e28fd36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e322120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6402e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e68d5b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e64c2fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fc8913b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e22c2bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f6e3d3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e68081e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f03397f
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
	.inst 0x0eabf4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0f8e5a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e30c812
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ea0c893
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2500a4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e22c255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e200286
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1f997
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1b878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f76e459
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f3de4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f240cdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2b781c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e21014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e282010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ea8f73f
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
	.inst 0x2e616990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e274171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e63c152
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6ef457
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e254254
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2eaad515
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2eaec576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e024c77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2ea1fa58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6529f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f53fc3a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6fca911b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e62f53c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6e2330
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e02c01e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e25c17f
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
	.inst 0x1e6efcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fcf18d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e60c192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4e216993
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
	.inst 0x1e64c275
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0f916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e650a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e202288
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2ea1f8b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f78e69b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68591c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6fd53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f6d489e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f61a23f
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
	.inst 0x0e21c550
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e21d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c0b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e18f043
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fa45874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7fcc98f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e59c9e6
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
	.inst 0x5e64e598
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee6ccd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e678537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fa991bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f5b927c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f319b9d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5e21c89e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e672a1f
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
	.inst 0x9e7901e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fc29831
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e24dd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2eb1d613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e427874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6729b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f683256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f4636b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee0fa38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eecc659
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21d83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f141adb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f61a23c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6640fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6641fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f1385bf
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
	.inst 0x9e610180
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0ca891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6e1892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f03b613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e21b8b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e7801a5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6300d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e619837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30cab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e240859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6888da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e60e53b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e39010c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0cb5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0f36fd9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e202038
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
	.inst 0x5e2efcf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6200d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4eead4f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e217a13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e220154
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f6790d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0f916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea7d537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e652998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5ea4fdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6979da
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
	.inst 0x1f4c01bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7ee1a8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e616b1e
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
	.inst 0x2ea0f8b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e26edf1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f713552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f249053
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f42b1f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2c59d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e22c296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4f59e4f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea3cd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e620019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f3bfefa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e20034b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f358dbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fc0507d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2419be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ee0f73f
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
	.inst 0x1e6e6950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e291991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e21c452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1ba33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e21c914
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
	.inst 0x6e6dde76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e221817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2e38f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f4fb9b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ea0f8da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2fdf5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e634b3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d087d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e62dede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e28a51b
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
	.inst 0x0ea0e890
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61d951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2a0c92
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e610183
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e328934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e210225
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f638976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e620197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e2020d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6f5bfc7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6441db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea0ca5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea0c81d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7e21d8be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e782050
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
	.inst 0x6e63fc10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6641f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2201b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2c89f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f031474
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1ee2c1d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e63e676
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e02b4d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d8878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6848b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4f80581a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e22011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e78ce5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e20030d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f4af5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2c89bf
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
	.inst 0x1e6500e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6bbc91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e2d79b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5f48fc53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6ee2e5d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0faf91b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e736a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f635697
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6140b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6e3019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f8f197a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2c495b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f67237c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1d4bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6d2140
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602018
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
	.inst 0x1e61255b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e21b911
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e200022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f6de5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eefed14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e671955
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0faf91b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2a3e97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4ee19918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e264239
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e61c83a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2829bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e613b1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1ee2401d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e614bbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e64c09f
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
	.inst 0x1e264950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee0c811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6eefee32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee1c5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c6894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee18975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6000c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f77fc97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21c9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e73dd79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6a229a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e61002b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6b3739
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6000cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e673ade
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e28fc5f
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
	.inst 0x1e6000e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee4d611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f29c632
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2901e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e2400c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0eb1f535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e6301f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e702a77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f359158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4ee0e9d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea0f8fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6bf50e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee0c95c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2301dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f4efd7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2440ff
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
	.inst 0x0ea1a8d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e25258f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e625a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e291813
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f929854
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
	.inst 0x6eb0f896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6e3877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e21c838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e21c299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1ee2c21a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e59af4b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6a293c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e64012d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f2835ff
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
	.inst 0x1e620930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70ddd1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e67a610
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f7a33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e290184
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7f809995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ea1c696
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e600a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e615018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e6bdd59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e610507
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7122c0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e68b01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e59c02d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e27e5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e18eb2f
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
	.inst 0x9e220150
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e701a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6f2ce4b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602128
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
	.inst 0x1e602088
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e7101c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620037
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e591468
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb3eef9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e24006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b7efb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7000ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6eb0f85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6949fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c49bf
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
	.inst 0x7e61b850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e2fc611
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e71cd52
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f4921b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e20f4a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e21aa75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2c1916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c177
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6400c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea6c6d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e62005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7d501b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e61b9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e02e8bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6eb0cabe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6a1d9f
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
	.inst 0x1e6518d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f0014b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e219a12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f449dd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6c2060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ea1da95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e35dcd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e27c0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0e2578
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e595e89
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a385a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e26855f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24901c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e250cbd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0ea1a9be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6eb0ca5f
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
	.inst 0x0e26cdf0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6ebe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e315012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eb0cd53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5fab10d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea1b9f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e43c9f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7f26fc37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0e29dd38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6f2afc59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6eb0c89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e67c45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2e89fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f00a55d
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
	.inst 0x1e6ce579
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
	.inst 0x4ea199d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1a971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e303a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21c933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6a69f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f253d95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e212120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e718c17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e290268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e220179
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f6ad9da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e23005b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ea1883c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0ea0c93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x0e2af55e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e61693f
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
	.inst 0x9e650020
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
	.inst 0x0e21a8f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21b9b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e606834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e70fa75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2ed556
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e222ab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e24fe98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27415a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fab10db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e23001c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e58a1cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e616b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2fc497
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
	.quad 0xb27bbca3901891c7
	.quad 0xfb7cec1c49a629fe
	.quad 0xb35f0f2ea1c86511
	.quad 0x00000000000002a1
	.quad 0xfffffffffffffeb0
	.quad 0x84bfbe26ffcd0368
	.quad 0x88f27d2f4c73a93c
	.quad 0x0000000000000288
	.quad 0x0d4f09bd615c6f4d
	.quad 0x00000000003df970
	.quad 0xffffffffffffffb1
	.quad 0xfffffe01c4e390fa
	.quad 0x0000000100000000
	.quad 0x000b92624609be6a
	.quad 0x7fffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x05000000
	.quad 0x40000000
	.quad 0x3ffe1cedb287d25a, 0xc611aca48bc89cc5
	.quad 0x40580000477fffff, 0x8539aad6ae8f266d
	.quad 0x8da655cb97a417c2, 0x7e00af0bbfed3bc7
	.quad 0xa4c41fe3ffdfee89, 0x7fefffffffffffff
	.quad 0xff169ed53874b886, 0x662474347f9e7c00
	.quad 0x9ab048a4f5557e00, 0x0bca2f09d74e8aeb
	.quad 0x13d9cb0077d7ff01, 0x56fbd455c06ffeed
	.quad 0xb6f45a397ffffd37, 0x0d8e2cc0a555fc00
	.quad 0x16abd8f1800691bc, 0x5b5875d45d607bfe
	.quad 0xc33918fe2552c9c3, 0x0d5170b9a795bf79
	.quad 0x7fd40c6e65b76846, 0x4217e67effb2fdef
	.quad 0x906dfddfff852785, 0x7ff987bbeda39a6e
	.quad 0x7feb525940a00000, 0xeb77d7c131c8e704
	.quad 0x34f7cb9339d10000, 0xc029d39bf6413066
	.quad 0xa6b09a77ffa4568a, 0x42b1cd55c1bc1af8
	.quad 0x272b96a6836fed29, 0x3385a4d3fbfffe97
	.quad 0x3080bd95bfffd36f, 0xc1fb37ba007fffff
	.quad 0x000a797352f3540f, 0x809d7386c8bacdd3
	.quad 0xf963fed152eba89a, 0x78f1dea5411403be
	.quad 0x83994752c2af6f9b, 0x43f0000000000000
	.quad 0x4009a232ee931351, 0xc066532d057c046f
	.quad 0x800fffffffffffff, 0xfe6ed9a342a17df9
	.quad 0xc0bb000000000000, 0xc1d800006be53515
	.quad 0x18caadc91175460c, 0x0000000000000000
	.quad 0x8000000000000000, 0x0000000000000000
	.quad 0x1665f3226ce7a735, 0xc01444114c000001
	.quad 0xfff864e455accf4e, 0x023d59c7fbff7f4e
	.quad 0xc42046c0c5af9b93, 0xefa029ea80000000
	.quad 0x62e23b26f0c4e587, 0x622bd8b63effefc3
	.quad 0x1257eea0a66f70df, 0xa2b550d07fa5094f
	.quad 0x2514ae82f75b7edf, 0xfff8000000000000
	.quad 0xbf82329168b69381, 0x8000000000000001
seed1:
	.quad 0x00000014430a33c9
	.quad 0x7c9c4c8d0b4cb1a5
	.quad 0x00000000000001a2
	.quad 0x0000000000000187
	.quad 0xa4b0c90b0c84f930
	.quad 0x611f9999e80ac5f3
	.quad 0x55284a3e685c6c51
	.quad 0xc2079d638daf56a6
	.quad 0x0000000005dc3198
	.quad 0xf8d6a7bcdd78cbe1
	.quad 0x0000000000000148
	.quad 0x1efec2d72732a21f
	.quad 0x0000000000000000
	.quad 0x58e908fa5b09f4e3
	.quad 0xce9897e4e4590ff5
	.quad 0x4b3e78e8e6f47cb4
	.quad 0x01400000
	.quad 0x20000000
	.quad 0xc00645b2d5352031, 0x38dd111d919e4515
	.quad 0x6bdadf9d99342620, 0x769f26d17fe5fe84
	.quad 0xa1a1a27bc19fe2f7, 0x3c00635db5cac800
	.quad 0xfff0000000000000, 0x293554671c2fa9e7
	.quad 0xde6138521144fa11, 0x226aa6e6991a4a31
	.quad 0xe965def8ffce1d47, 0xbdbd64f66d2b0d5e
	.quad 0x339d4a2cffff95b5, 0xff800000d006b5ac
	.quad 0xbd0cde9141dc0000, 0x000eb2713b6b2cae
	.quad 0xc330000000000000, 0x7eedfe41ffdd48f1
	.quad 0x78898569ffbf0a3c, 0x5c8eba05a70d7c00
	.quad 0xc0f0000000000001, 0xc0f400007f927a27
	.quad 0x8dc19286ae828ffc, 0xff800000af6ac68f
	.quad 0x4039d21a0b366902, 0xce5678f5d6310000
	.quad 0x0000000000000000, 0xbfeffa194b1be5f3
	.quad 0x04c834e859964ab2, 0x1a66136fff834d50
	.quad 0x40a2b4a51dddcbdf, 0x0005c5c738ad0f18
	.quad 0x4bb97d5f7fe8ca43, 0x4004000000000000
	.quad 0x8000000000000000, 0x403d48d70acf57bf
	.quad 0x851a5c24bbdcffcb, 0x412e000000000000
	.quad 0x801f7765ffc00000, 0xfbb47f8012a6a99a
	.quad 0x7fc00000da7fffff, 0xc010000000000000
	.quad 0x25d6c1e655781004, 0xffce2fe33d5fffa8
	.quad 0x8036da10f640e546, 0x1b96c90e8fde525a
	.quad 0x00000000b8100000, 0x6326ee277fffffe5
	.quad 0x812ff3487f800000, 0xba01e9f4ffc8c06a
	.quad 0x0f3ac8c83016d494, 0xf575f4d02a1f9738
	.quad 0xdfee4009ecbbfafb, 0x9a6ec10ccf000001
	.quad 0xf17b677995d5858c, 0x6566a504eee1bb0e
	.quad 0x18b7e4f21fd83c6c, 0xbde940b047fffffe
	.quad 0xc10a80003c182b21, 0x7ff0000000000000
	.quad 0xfffbc5cd83fa61c0, 0xfff0822b5d94f9d3
	.quad 0x337f5f7f89db6a83, 0xd30f691690e03f5d
seed2:
	.quad 0x0000000100000000
	.quad 0x0000000000000081
	.quad 0xd8de8938d95e50d3
	.quad 0x0000000000000353
	.quad 0x00000000082ccd83
	.quad 0x0020000000000001
	.quad 0x094eda183d743cad
	.quad 0x159de9988b3bef0e
	.quad 0x0000000000000745
	.quad 0x871d907265642d57
	.quad 0xfffffffffffffc2c
	.quad 0xfffffffffffffd44
	.quad 0x7fffffffffffffff
	.quad 0xa8e47b51a5b31f3d
	.quad 0xffffffffffffffe7
	.quad 0x00000000000000f2
	.quad 0x01400000
	.quad 0x80000000
	.quad 0xfff8000000000000, 0x6edabc2409a44d2a
	.quad 0x7ff4eca0f22c5fc5, 0x16a6af4347bd2f5f
	.quad 0x537fa73b7f800000, 0x000a23577f800000
	.quad 0x70ffa6a08b648000, 0x06d0575475fd7586
	.quad 0xc30a0000eed259b5, 0x3f8cb0f35f37bc00
	.quad 0x7f000000be82a9d5, 0xc0c80000fee5034d
	.quad 0x37b23cfbb44dc68c, 0x49200f76a9bc0edf
	.quad 0xc0f6000000000000, 0x4018463dbdbef99e
	.quad 0x6258e61f46c3af61, 0x408cdb05800017cc
	.quad 0x7fadf4017fe0595c, 0xc080000080000000
	.quad 0xbf817a74d010c6f4, 0x461299cc538f4fa9
	.quad 0xfff5984ce05c721b, 0xc00ffffffffffffe
	.quad 0xf0faa2108a7fffff, 0x45fe68ece4db7bcc
	.quad 0x685860adfff1fa21, 0x400ec65ac39bd30d
	.quad 0x80d6422e173f0874, 0xc073000000000000
	.quad 0x11f80788ff800000, 0x8d8de4bda55bcdd4
	.quad 0x8f0d949cc8cf5965, 0x13c0bf56864782c2
	.quad 0xbf08800000000000, 0xbbc00000c211d1a1
	.quad 0xff800000c170e0fb, 0x40d6900000000000
	.quad 0x2966f4fed703fa0f, 0xffefffffffffffff
	.quad 0x892df4d7ff800000, 0xbf73553cd2457057
	.quad 0x16d240bfffa11fd3, 0x11836c1ec5df0000
	.quad 0x000d1d9f40f40000, 0x47f1028041e3bde7
	.quad 0xd74ec6d8efffffff, 0x3f70a9b0eab4dca1
	.quad 0x4fe13660ff800000, 0x7ffcfe203071bd25
	.quad 0x1b3c8b222fad7aaf, 0xdd7a3c35bffbfbe6
	.quad 0x8c54143b0a9e7c00, 0x504c8f35d4db7c00
	.quad 0xbc9bc8ee40700000, 0x0de2201f74f3d7fd
	.quad 0xb906f8d227e5792a, 0xb3f0c82e3c7dfefa
	.quad 0xff1fd914472094ee, 0x7f45134d8d919530
	.quad 0x433fffffffffffff, 0x63d2fee1fa334201
	.quad 0x4045c69397677eba, 0x3ffed133cfdfe1e3
seed3:
	.quad 0x0000000000000209
	.quad 0x7fffffffffffffff
	.quad 0xffffffff97519e4e
	.quad 0x00000a95e70cd774
	.quad 0xffffffffffffffff
	.quad 0x1c73d89dfb5c1f05
	.quad 0xffffffff80000000
	.quad 0x277ae57177f2497c
	.quad 0xf408d5ba117c4394
	.quad 0x0000000001000001
	.quad 0xfffffffffffffe25
	.quad 0xffef9bb993b2eb2b
	.quad 0x551c096bc1bc8a2f
	.quad 0x0000000100000000
	.quad 0x18f5fa7fb74decfe
	.quad 0xffffffff80000000
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0x00000000807fffff, 0x1751e29cff5e7eac
	.quad 0xff802765f6d0db06, 0x0000000000000001
	.quad 0x7ff8000000000000, 0x43f0000000000001
	.quad 0x9e994db6fffdfbff, 0xacb3e8d5ff800000
	.quad 0x4340000000000001, 0x805151c9c6300000
	.quad 0xbbb1dfe9ee4a37f4, 0x7fef27614066d6f7
	.quad 0x42f168ab84c8f46b, 0x477fffff003a0ad8
	.quad 0x23673f64fff98000, 0xbe800000ffc00000
	.quad 0x2dac689c2a2af077, 0x7ff8000000000000
	.quad 0xe95f2772fffd7fdf, 0xfeec73dc296b8453
	.quad 0x4330000000000001, 0x8a49cb51f91044c0
	.quad 0xffd28b16a8405416, 0x8109777900e91c2a
	.quad 0xc9700000c06dde2a, 0x135a4774a20ba457
	.quad 0xd2c248b0bcc08800, 0x000aea3ce4048340
	.quad 0xff80000080ffffff, 0x0981a007621324ba
	.quad 0xbe01902cffc00000, 0xe298e22c5a020000
	.quad 0x0009228180408459, 0xc83710cab422ea4c
	.quad 0xf064fadbe7fdfe00, 0x20de17f4b6cbafb9
	.quad 0xd33f965149657b11, 0x417cc6f2c7933f49
	.quad 0x68f55e3b80667b87, 0xfff0000000000000
	.quad 0xf583aeb8fa9a84f0, 0x03893f9f7fa41530
	.quad 0x783b7a60bfee3ab7, 0x8000000000000000
	.quad 0x99c391b9eec8cec0, 0x423f3ed580694dfd
	.quad 0x00085c3279003125, 0xa881d2c7feb6f7ff
	.quad 0xeef6f57fff97e7fb, 0xffa0e75ec371a5fa
	.quad 0xc2610390c32ac142, 0x3ff044ad1d65b7ae
	.quad 0xb54ad443a33e886b, 0x00000000bab40000
	.quad 0x405277afb9810469, 0xff8e1b6ac54a0000
	.quad 0x4125400000000000, 0x35ed0000bc800000
	.quad 0xa8e3bf987df7ed4f, 0x03b56d65c4d00733
	.quad 0x2b0d87b468e67c00, 0xc30a0047b2a6e1c8
	.quad 0xfff8000000000000, 0x7ff0000000000000
seed4:
	.quad 0x000206fba74d3fcc
	.quad 0x76499a4c1189ea59
	.quad 0x0000000000000201
	.quad 0xfffffffffffffd47
	.quad 0x0000000001000001
	.quad 0x0000000000100f9e
	.quad 0x8000000000000000
	.quad 0x1d30ed5a249ce0c1
	.quad 0xffffffffffffffff
	.quad 0x000000000000034b
	.quad 0x000000000027fbd6
	.quad 0xfffffffffffffff1
	.quad 0x66d5a5b51494df01
	.quad 0xc40713c4d6a67a30
	.quad 0x417f3458947b817d
	.quad 0xffffffffffffffff
	.quad 0x00800000
	.quad 0xe0000000
	.quad 0x9880c1faccdb87d8, 0x7f800000803444c3
	.quad 0xde1e0038fb7f821e, 0x44c3c19d41100000
	.quad 0x30076a6b43800000, 0x2e38f306feffffff
	.quad 0x24a11f96c719326a, 0x42cd3c30ad9dbc00
	.quad 0x81125a1042d3d985, 0x5c89b277c2e500c9
	.quad 0x00ffffff967fddc5, 0x0008000000000000
	.quad 0xccb6120c09273afa, 0xe24a15314281ec32
	.quad 0x161606767edc70ec, 0x0c30da49843ad201
	.quad 0x51ac2d23c0400000, 0xbff0000000000000
	.quad 0x969638cc978f5c0c, 0xbdb7d1bddf7ffffe
	.quad 0x30d42a59fda27fef, 0xbbd6d890bf900000
	.quad 0xbf715ac877b05653, 0xffefffffffffffff
	.quad 0xbba92c20cf7fffff, 0x2bc3f9a6c8bc03ff
	.quad 0xffc00000b9280000, 0xcd9dc5e9a124fb37
	.quad 0xffc0000011024ef8, 0x434437ba7f800000
	.quad 0xc0deb026ffbffccc, 0xf6b90544eb267cdd
	.quad 0x58c7f4c05ac8dffe, 0x7ff0000000000000
	.quad 0xd55c4df2d1e2984a, 0x7fc000007effffff
	.quad 0xc0637a574fc47286, 0x0ef2dd3e3b9c8000
	.quad 0x49c000005df729c3, 0xf8f47ff87fc00000
	.quad 0x33ba754779370f78, 0x13eeb7f26ee135fb
	.quad 0xdadbe12cca307c00, 0x7f8000007fcc1189
	.quad 0x6df9d892bfb78e00, 0x01c06825d5dbc602
	.quad 0x96c011beb9edbf7f, 0x7f8000005f800000
	.quad 0xc25723bac0500000, 0x4016000000000000
	.quad 0x92c8a16867bd1247, 0xfff0000000000000
	.quad 0x8e05d2e87fcc8d1e, 0x70be67dc00000000
	.quad 0xff870b1cc9680000, 0x5d3e8f01ffe57e00
	.quad 0x6c716e5388877c00, 0xcb02b46ad3447e43
	.quad 0x012f7b6ec1283d2c, 0x0141ded700000000
	.quad 0x3bfde288c02d3605, 0x20f6c811b7dd34b8
	.quad 0xff1e6c577fd091be, 0x0a631a922a169180
seed5:
	.quad 0xb08e29ba1a61ec71
	.quad 0xffffffffe6346254
	.quad 0x68696ddf7acfe351
	.quad 0x0000000000000001
	.quad 0xffbfa21b592fa838
	.quad 0x0000000004d5c5df
	.quad 0xffffffffffffffd3
	.quad 0xfffff61ba5681e9a
	.quad 0xfffffffffffff022
	.quad 0xfffff1419a9c0343
	.quad 0x01a256c6b124c788
	.quad 0x000000000004e3f4
	.quad 0x903c970fb00d6402
	.quad 0x977a0148ce3d1e94
	.quad 0x9d83bf8cb8762ea1
	.quad 0x8b018751592b6273
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0x59800000bca28cc9, 0x7ef7b828a489536b
	.quad 0x775ca3173f639541, 0xe7280b632360a8b3
	.quad 0xccafedce2ca783d8, 0x7fcdeaba7d3d92a3
	.quad 0x80000000c05d1b07, 0xfff0000000000000
	.quad 0x816c13f2f49fd995, 0xbc7b413b92d2529b
	.quad 0xacdb030ffb41fbff, 0xc3a8e34939c10000
	.quad 0x0000000000000001, 0x802445357ced3f97
	.quad 0x8026e3776946f52b, 0x8003bdbe7f5ed57f
	.quad 0x4064423f7388eb75, 0x5033fb73feffffff
	.quad 0x7f800000c1648c7d, 0x5f864d2f43136472
	.quad 0xc075d682e5f72950, 0x230d1c43c6ef7e00
	.quad 0x51d8ad89d5500bab, 0x6f50c820774ef29e
	.quad 0x885850d1d014fc00, 0xc4e3ee8f7b73cf7b
	.quad 0xd2a9d60399e7d27a, 0xbeef16279b0c5bd7
	.quad 0x0000000000000000, 0x8000000000000000
	.quad 0x7f8000003cda1ece, 0x0022a964ffc00000
	.quad 0x031ce4bef3fa1e89, 0x7ff4df34c8c80000
	.quad 0x2d261b28765d1189, 0x7d9246fd98c20070
	.quad 0x7ff4b0a89b2e4510, 0x3d90000074a0d1bd
	.quad 0x0000000041be0322, 0x1b5532c8f2747da3
	.quad 0x9adcb4f0011ffc00, 0x003ea83dedd70ea9
	.quad 0xcb7d1376fffffe72, 0xe8737b4936e9f0d2
	.quad 0x0000000000ffffff, 0x36bea524ff7fffff
	.quad 0xdabfcd4476da7c7b, 0xc05110e45fd48316
	.quad 0x401c000000000000, 0xbf08000000000000
	.quad 0x80f5dd53fe800000, 0xc022000000000000
	.quad 0x771a8d77ac9add2f, 0x7ff574ce0cf04e07
	.quad 0x4da6e026d0b67bd4, 0xaff7ae56ffe7bf51
	.quad 0x13d9a56bc0d40000, 0x46cb707a007fc740
	.quad 0xa9491d15b7c04098, 0x0000000000000000
	.quad 0x7ff96ca4c8878000, 0x6fe0891b5989777d
	.quad 0x3ddebcab8026e8ea, 0x307c92c3fbf65c00
seed6:
	.quad 0x7fffffffffffffff
	.quad 0xf62d5f9a815c4328
	.quad 0x000000255444344a
	.quad 0xbd5253fb35351ad3
	.quad 0x00515fe69e24c40c
	.quad 0x000000007fffffff
	.quad 0xd3c613a300ae2295
	.quad 0x0000000000004f54
	.quad 0xcd40376bd7fc4e91
	.quad 0xfffffffffffffe4c
	.quad 0xcc91652649dda882
	.quad 0x000000000000001b
	.quad 0x034289917a6cd4e5
	.quad 0xfffffffffffffcaa
	.quad 0x000000000000056e
	.quad 0xfb186fedda2606ab
	.quad 0x04000000
	.quad 0x20000000
	.quad 0xa34b3b2b7ff22e67, 0x95f33c56da7ffffe
	.quad 0xc01a800000000000, 0x8266498742cffff5
	.quad 0xa31b5ee98f77d798, 0x568c25fe76fffa07
	.quad 0x3f4a450b3e930000, 0xfff75a8e80400000
	.quad 0x347678e792fe0e19, 0xf3f5a42b60db7904
	.quad 0xffa5a56c90e50b64, 0x485a0357ffffd65e
	.quad 0xc3537b2abccd86ab, 0x0c3bca709ccc48bd
	.quad 0x439b11cc4132b694, 0x41140000ff9898d7
	.quad 0xcf3498a198820000, 0x3de16b78dba8094e
	.quad 0x18fca1ccbee77fec, 0x3ff8000000000000
	.quad 0xfe215a6aa332b560, 0x6e6e0181bf71d168
	.quad 0xf7c1e6f173efff4e, 0x8038a644c2cc6a82
	.quad 0x7ff8000000000000, 0xda088bb5577fffff
	.quad 0xa8ae320efe32f7ff, 0xbf6f0000f27cf0ec
	.quad 0xf6d038409d0aa8e6, 0x80400000ffc87ecb
	.quad 0x7ff5c6a65318a7d5, 0x11462a45fffffc8e
	.quad 0x0000000000000000, 0x5fffffff20a7d5e4
	.quad 0x7f800000c8c00000, 0x403a378e14e5206e
	.quad 0xeeab0208fff3fde7, 0xbf64000000000000
	.quad 0x7e98bc62654608fb, 0x88eb4fd7ffcb7400
	.quad 0x72a901f4007fffff, 0xab9b688f2ffdabf3
	.quad 0x933308e4bfdfffac, 0x7f8f0d68bb86aa7e
	.quad 0xc05e7c3e0e40d8a6, 0x000000013fabf372
	.quad 0x4017000000000000, 0x405e74e4658709bb
	.quad 0x5f800001c0800000, 0x7e49442f3a9b58bd
	.quad 0x69f6f60523ffa8e0, 0x4642307578cfb413
	.quad 0x7529ea3593247d3b, 0x8df93f637efdc04a
	.quad 0x0bd8c7861099cd40, 0x7facbf0043ac074c
	.quad 0x1b00df8bfe820ffd, 0xc22155bbc167b232
	.quad 0x7f7db94b1c10be24, 0xffdbbbaf81cbdd73
	.quad 0x7ea4f8a49bc3b38c, 0x2fb646abbfdfe2df
	.quad 0x31522b06bdb2cc11, 0xbb7800003d240000
seed7:
	.quad 0x000000007fffffff
	.quad 0xd7e232192a9fad7c
	.quad 0x0000000100000000
	.quad 0x44bcadd8adef8974
	.quad 0x0000000100000000
	.quad 0xfffffffffffffcab
	.quad 0xfe0cf5fb9d81f564
	.quad 0x6194960e42eaf247
	.quad 0x0010f0d437bb5923
	.quad 0x0000000000000000
	.quad 0x00000000000000f1
	.quad 0xfffff9048617b116
	.quad 0x1f599b2df143f644
	.quad 0xa0b12a940c174fed
	.quad 0x44f83c437bb0a6b3
	.quad 0x000000007fffffff
	.quad 0x00c00000
	.quad 0x00000000
	.quad 0xd24ba9f4fffffffe, 0x7449aee171af8b09
	.quad 0x8053bc7d7f800000, 0x2d372dcea21aa200
	.quad 0x1ada5d0f15577c00, 0x400c4c8ae427dc24
	.quad 0x55800000ffe7e01d, 0x7a4e3cd0321986dc
	.quad 0x017fffffc124895a, 0x7ff69d64c721a7db
	.quad 0x20248b53f9df947a, 0xde7e9e9bff914ffe
	.quad 0x5eec839be7dffcfb, 0xc0f0000000000000
	.quad 0xb6b2561bf9fd4f37, 0x7fe7d3871e16fd7c
	.quad 0xffc0000070025c82, 0xda56d7bdff937c4e
	.quad 0x7d7470a8cffff9e9, 0xbfd0000000000000
	.quad 0xa6752a0880c88a86, 0xed1586e580ffffff
	.quad 0x42c596a8ffd7c69c, 0xbe876fd9f558ee2d
	.quad 0x628ffe727fc7ffdb, 0x3f1a10ef4016dc53
	.quad 0x3386d9f4db407bad, 0x151298d43ef7b376
	.quad 0x4074591cffb977df, 0xff8000007256a83c
	.quad 0x0cae5b422e6997d1, 0x174004b13a034970
	.quad 0xffe93e2dfba21bb1, 0x952b45cff54781d9
	.quad 0x7fe768a4d5932a80, 0xc0effffffffffffe
	.quad 0x622f09bbdfc12bcf, 0x0002c3d57f7fffff
	.quad 0xfeffffffc068e8e6, 0x814400dbd97e74ff
	.quad 0x79fac7ff7fdf687e, 0x0084e21eecd16db6
	.quad 0x88838253be5f7baf, 0xfff0000000000000
	.quad 0xbdc65319bdfa393d, 0x63874d7bec5e92e2
	.quad 0x8d18d98ee53cf9a3, 0x40000000ffa156c9
	.quad 0x2af5428e716f4180, 0xfff8000000000000
	.quad 0xc710e4f16833de20, 0xbffcf02e2fcba210
	.quad 0x9a50fa8cbfde7c00, 0x317ab01249470941
	.quad 0xe082a8ce16804da8, 0x026df08fdb64464a
	.quad 0xbf61800000000000, 0xfb4b206a04aa07ff
	.quad 0x2cdaba13d451d31e, 0x8bf6ea66c9b38000
	.quad 0x5bad4f1792eaa00c, 0x80000000ff800000
	.quad 0x3f8c0b56bab6c4fc, 0x55f1ff696349c8c0
seed8:
	.quad 0x0000000052e638fb
	.quad 0x1a9d12e9de5cfe50
	.quad 0xa9d65995793399c5
	.quad 0x00f34991d3c53e09
	.quad 0x000000007fffffff
	.quad 0xfffffffffffff2c0
	.quad 0xffffffffffffffbe
	.quad 0xd31192742b737f10
	.quad 0x5d37230bb9c8dda9
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffffff
	.quad 0xfffffffffca60eeb
	.quad 0xfff3307bfc4370df
	.quad 0xffffffffffffffac
	.quad 0xff9c29de0a27a41f
	.quad 0xe68896e297d08492
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xa1760c59a06ff69f, 0x8994d215cffeafdc
	.quad 0x02b8f545e5435f16, 0x920cde38f4dfdfff
	.quad 0x0008cf1142e4338d, 0x02d6466f59121614
	.quad 0xffc0000080000000, 0xd5bf19867ab6cfef
	.quad 0xbfe4000000000000, 0x7fa141d6c28720c3
	.quad 0x4551df7cbfea4400, 0x747f8308bd000000
	.quad 0x1759f4f6a77ab715, 0xffca65bbbc6dd26f
	.quad 0x2809567ea275bffe, 0xc931071e318583bb
	.quad 0xa71b3dd06d168967, 0xe745d55612bbc06b
	.quad 0x8000000000000000, 0x8b5663e3e73c783d
	.quad 0xff89d9ab4e92c2da, 0x171ab754c59dfd9e
	.quad 0xbff2b21530582fd0, 0x3b5a15a2e70e897b
	.quad 0xbc5e396b59800000, 0x177863e3ffc00000
	.quad 0xe5434ad2ff5aeff8, 0xc03b764e0b3e851e
	.quad 0x7fb0ac4f1e2fd993, 0xbe68000000000000
	.quad 0x41080000807fffff, 0xdcb70acbddffffff
	.quad 0x015bcc69bfefaffb, 0x3e955db4d9ffffff
	.quad 0x71a60586fff3015a, 0x3c38b77a3f739e81
	.quad 0x2e2d16c2d7c73aa5, 0xff651d9836e0f989
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0x0000000000000000, 0x5d3455901265291c
	.quad 0xad8bccd6bd597e5d, 0xcaaf02308d28f7ff
	.quad 0x43b16dab7f000000, 0xccb3e28d3cee7c00
	.quad 0xc3ea345d8e0910d5, 0x7f80000085277615
	.quad 0xff90a07020abc961, 0x00000001bc96efe1
	.quad 0xbf050d3e77446c25, 0x3ff1a70f3ca45ef1
	.quad 0x7ff0000000000000, 0xdd1b80eaff7decf7
	.quad 0xbf7cfd43801fd579, 0x3f97b206abac6ab7
	.quad 0xcc0812d897b777ff, 0xbf76aa032d1c7a3e
	.quad 0x203384947fd239be, 0x3d3f3ee1b9fa5579
	.quad 0xf824a73aff56ba53, 0x83b813110d9c7f1a
	.quad 0x817fffff7fc00000, 0xc108000042addc43
seed9:
	.quad 0x2fb4a82e2e065e57
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0xef75f274e98f5f47
	.quad 0x44cb577ad8d410b6
	.quad 0x795a775a357be896
	.quad 0x7fffffffffffffff
	.quad 0x00000000000ccc5b
	.quad 0x8eb809170b99d8b0
	.quad 0xffffffffffbae809
	.quad 0xdca8ca798aa06eab
	.quad 0x7fffffffffffffff
	.quad 0x10276caf76baab46
	.quad 0xe106826fdc549121
	.quad 0xffffffffffffe8d6
	.quad 0x00000000000000b9
	.quad 0x03800000
	.quad 0xf0000000
	.quad 0x1c9aa79dc4918000, 0x3ff8f7345d7f23fb
	.quad 0x7ff754e744be6170, 0x84dbcd5b61ec07f5
	.quad 0xaa9b2661e2febbfa, 0x45840000bcc8abc4
	.quad 0x48628847f3ffffff, 0x27ac102afcee6fed
	.quad 0x7ae9cd39bf17bf3f, 0x6224f2999a7783ff
	.quad 0x654a3f0ef3e9ffe3, 0xfff6036979d4dcc0
	.quad 0x2ea76ae43f6576f6, 0xbf800000e4b565e4
	.quad 0xffeb8fc1d54dd089, 0x8f5a4ecc2ed04494
	.quad 0x0021db7867dfc49f, 0x3f8b9df5e77a5b78
	.quad 0xffda240d8dc54709, 0x90be9a727affffff
	.quad 0x412c0019a174a275, 0xfff0000000000000
	.quad 0xfde364df65fbfdd6, 0xd482c8f24eb4fc00
	.quad 0xbfff5b734492b51e, 0xffc00000bd3cbd62
	.quad 0xa55a63f4fff92f13, 0x3fb341cfb3374561
	.quad 0xa7a01bad84588464, 0x78131965c27600fd
	.quad 0xbfd0000000000000, 0x8c6d919295649d55
	.quad 0x9b45279a5dae1b4d, 0x30bb472e2bdafbff
	.quad 0x2e41b1ede427fc00, 0x0e9de225c1116ef3
	.quad 0x27a4df85921d7bfe, 0x80486be51d00abab
	.quad 0x277710367bffffa5, 0xc1000000804fbd5a
	.quad 0x3f9f23ac3786f9cf, 0x80000000eba486d8
	.quad 0xeba32d17f048fb94, 0x82a3a375d6cbf443
	.quad 0xd2137eafbf897774, 0x9546d74aff91fc00
	.quad 0x2b04aa0a7fd6e76f, 0x9df26d363d95d7df
	.quad 0x40163c85ac3779a7, 0x4983ad113fc43f9e
	.quad 0x3fd16b9416d80138, 0x48fa78e70cb64f9b
	.quad 0x7f800000bf400000, 0x06ad975cd93787ff
	.quad 0x4024000000000000, 0xc0e0fd26ac9c7c00
	.quad 0x3f7f24b9527ae358, 0x40f80000063ada49
	.quad 0x45568f9dfef7c47b, 0x000f12f061522a16
	.quad 0xf5823febfb032ee8, 0xc60000003f395b5d
	.quad 0xd6682ccdd3d13d7b, 0xfff0b2119f3c6f8c
seed10:
	.quad 0x00000000ffffffff
	.quad 0x4423e3f6bd1ca14f
	.quad 0xb46a42d0a8a9c6ca
	.quad 0x0000000001000001
	.quad 0x8c2f19e2dba82df5
	.quad 0xcd87e654fd9a1803
	.quad 0xfffffffffffffff3
	.quad 0xe912d85a72c3922d
	.quad 0x0000681b8b52dd1e
	.quad 0xffffffffffffffe0
	.quad 0x00000000000000eb
	.quad 0x0020000000000001
	.quad 0xfffffffbbd9124d6
	.quad 0x0000000100000000
	.quad 0x0000000001000001
	.quad 0xdd3ef43f2a410b40
	.quad 0x00000000
	.quad 0xf0000000
	.quad 0x27a5db77768fe883, 0x84d9fd167df91be0
	.quad 0xa2d90e59506cddb7, 0xf7eb856dbfed3322
	.quad 0x40700000ff9640c6, 0xb0a645deaa7529c2
	.quad 0xf9faf86449140000, 0x7ffb587de49805aa
	.quad 0x3cb9604200000000, 0xffc19194be9cf892
	.quad 0x64ffe770bcbffb5a, 0x411000007faacc15
	.quad 0x0b98c816fbfdcd4e, 0xb0a1f581388fc795
	.quad 0xbfa44146888bb606, 0xe15dcc57ffdbbbfb
	.quad 0x61bf28e9e1beff6a, 0x800000005dd161c3
	.quad 0xf03d4aa26fe9ebff, 0xbfa223558a7be2bd
	.quad 0x40340d96ff800000, 0xfff0000000000000
	.quad 0xffdfffffffffffff, 0x0149e0e8714b4da1
	.quad 0xbecd9b74e90cd602, 0x4020000000000000
	.quad 0x7ff8000000000000, 0x40f000008105bdda
	.quad 0x571f14e9a3b3091d, 0xb1f6265ebedfadb9
	.quad 0xc5046a28faaf0000, 0x4948000040c21521
	.quad 0xb697ac336dbe540c, 0x000577d89420b7b6
	.quad 0xbff8000000000000, 0x8d0730afff800000
	.quad 0x40a800008f6a4c7f, 0x7fd2cf1ec0d00000
	.quad 0xaba19046b215406d, 0x44ef6301ffffeb7d
	.quad 0x41e0000000000001, 0xf488824e6ac0e6f6
	.quad 0x4008000000000000, 0x7fc00000bf4dd2ad
	.quad 0x54fb7507892c8152, 0x7839a7d33fda3e98
	.quad 0x3fc303478007fd71, 0x675f6982715fc981
	.quad 0x7f800000b8a00000, 0x7ff8000000000000
	.quad 0x4104000000000000, 0x43edcb18606ccae4
	.quad 0xff51f86cdfedfb64, 0x8342225b70f41cb9
	.quad 0xb8f80d95a18bc35e, 0xbf927e7a5cdf89b1
	.quad 0xbcea14af420edcf9, 0x871af714e1d7e69f
	.quad 0x417d7b8e170dbf5f, 0xc11d700000000000
	.quad 0x521ca844ffffcde3, 0x0ae0ef68efb5fe0f
	.quad 0xefd465164f4b3333, 0x0001cc8c3f814c11
seed11:
	.quad 0x0000000100000000
	.quad 0xe3c774cdfaf59f59
	.quad 0xfffffffffffffc51
	.quad 0x639f96b0d1a2379e
	.quad 0x0000000000000257
	.quad 0xfffffffffffffc28
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000000
	.quad 0x00000000031ab624
	.quad 0x0000000000000c27
	.quad 0x0000000000000000
	.quad 0x9e953a58c2dc733f
	.quad 0x0020000000000001
	.quad 0xffffffffeb9aaf0b
	.quad 0xe6ba718b34cafeea
	.quad 0x000000000000000e
	.quad 0x01800000
	.quad 0x70000000
	.quad 0x836d3dbbc0ef9947, 0xbca00000003aec13
	.quad 0x0067cc17ff96cc05, 0x6e5c9426ffbe3fbb
	.quad 0x9ec2d9edfbff5d8c, 0xfe4745d681d6121e
	.quad 0xfe7e4febf3a53f83, 0x7f80000035b80000
	.quad 0x402c000000000000, 0x3d5c4ca7c8084f6d
	.quad 0x7f5be8e839138491, 0xe0ce31aacfb9c7f6
	.quad 0xbcc9b1667fc00000, 0xffc0000000000000
	.quad 0xf849f3c7ae820001, 0x406bfb0f2bb13523
	.quad 0xfff0000000000000, 0xebe737130d738000
	.quad 0x7ffc6c64ef6609e7, 0xca1239b7cf638bfb
	.quad 0x7ffb5701d7d11d3c, 0xffc0000040e7b28e
	.quad 0xc3ed3b6c407fffff, 0x005092a9feda62c0
	.quad 0xf8296bfcf6083ff8, 0x61bc8450e57ffac4
	.quad 0x7e86edf4ec5c7a22, 0xa7f00187133a85e4
	.quad 0x3ff0d86d5136e3aa, 0xc0f596aea49284ae
	.quad 0x3fc5eb5b6a4767bb, 0x9bf68bef6effbfe9
	.quad 0x6778047a7ffffc6c, 0x9047590dfe5ed97f
	.quad 0x6baa1709892f3f19, 0x8010000000000000
	.quad 0x8008c06ed7646d96, 0x7fc0000046a60000
	.quad 0x70f9da04006e6f64, 0xc0062f5aeb8bf65c
	.quad 0x000000003ec00000, 0x61b7433fca494881
	.quad 0x95e2de6e09a20200, 0x72eed51dc9200000
	.quad 0xbf81903056153263, 0x800fffffffffffff
	.quad 0xfff0000000000000, 0xbf000000c0e7aa56
	.quad 0xffc1f59ac0c664fd, 0x7ff0000000000000
	.quad 0xda5e08a7b7400000, 0x3fa2f6be2a863e6b
	.quad 0xff8000007fc00000, 0x7fc494aff949abac
	.quad 0x80800000bc4606c3, 0xc0600813eb59cef8
	.quad 0xbfa87b5abda8314f, 0xa45c9e6648e22982
	.quad 0x8000000000000000, 0x2b0163a9b2db2191
	.quad 0x12c7fc1880d02b9f, 0x5130391ccbfe2d6b
	.quad 0x00f73a257aa8729d, 0x4060dad128340085
seed12:
	.quad 0x0052cb74c0ef6d8b
	.quad 0x988c6c70866fdd3a
	.quad 0x7fffffffffffffff
	.quad 0x000000007fffffff
	.quad 0xffffffe02cbceee8
	.quad 0xfffffffffffffd17
	.quad 0xc98183241558e90f
	.quad 0xeca3bb126bd9a083
	.quad 0xfffffffffffffe3b
	.quad 0x1c31239dddb03b75
	.quad 0xff1f5c4e48ee48a0
	.quad 0xefaeebb391e57802
	.quad 0xbf1f0644bae5340b
	.quad 0x0000000100000000
	.quad 0xfffffffff94e3d08
	.quad 0x000092906fa08379
	.quad 0x02800000
	.quad 0x10000000
	.quad 0x7fb28325407fffff, 0x460b48e0804cfda3
	.quad 0x7fb45ea0004c0eb8, 0x2dd987b90b46fe13
	.quad 0xbf6e098922118260, 0xd8e3a506bffe0966
	.quad 0xc340000000000001, 0x8000000000000000
	.quad 0x0b917ac47ad982a0, 0x1a4e561c7f152791
	.quad 0xc48bd67b63fa4740, 0xd5308c5b9fa923c6
	.quad 0x80400000c8cc0000, 0xf86a2e6161df7c00
	.quad 0x3f9f8a3abe905a7a, 0xbfd22810275a02ad
	.quad 0x3f7e58e071010563, 0x4fa92f2c0aa5efed
	.quad 0xc2938ada7fb7cd86, 0x85af57295039ba7d
	.quad 0xed9dc341950d0600, 0x4004000000000000
	.quad 0xffd5a5483eacc3fd, 0x3ff5753f0da50952
	.quad 0xc000000000000001, 0xbee0000000000000
	.quad 0x9cd7498f66d6dccd, 0x7e0fdf74e3625f4d
	.quad 0x40c400006b918e61, 0x01de186809cce338
	.quad 0x47fffffe0054d3f4, 0x3fd951bf0dcdcfed
	.quad 0x7f8000003b985e9d, 0xc0cc000086ec2e67
	.quad 0x324acf864b47bf87, 0x8e46f3a34fdf409b
	.quad 0x31acc67ea2ff3e73, 0x800000003ba862b8
	.quad 0xc760106b3ae87b7f, 0xfff71255961a623e
	.quad 0x6f41d0214286664d, 0x7f80000081000000
	.quad 0x9c6a1871bbc9042a, 0xc1197304bffbfdff
	.quad 0xc5bd6a98bffff7ff, 0x3c4bfa79fefeff9c
	.quad 0x710550b7130ff089, 0x37302fe03ff4e916
	.quad 0x604b46a37fb88748, 0xef2894cdbd680000
	.quad 0xc5200000007fffff, 0x800e8aa833dbcca3
	.quad 0xbee24e8900000000, 0x0328331a65ea8fc0
	.quad 0xfebe6910a3b0baa6, 0x7ff1b9d96e6246a5
	.quad 0xfff16fb84c29d726, 0x8117dc06bb9f3059
	.quad 0x48df0b3e60b9c700, 0x7298daaf005ecba9
	.quad 0x800000007f9444e8, 0xf1ee70e1ece8c0ea
	.quad 0x3f82b6c21e708856, 0x00000000c11c0000
seed13:
	.quad 0x2447cbb3c5e5c181
	.quad 0xe0c27661cf0bb9e5
	.quad 0x000000000000029a
	.quad 0xfcb893ba1568ebcc
	.quad 0x19b65f4ddab26c7f
	.quad 0xa6bdc4235ca47427
	.quad 0x000000000006a0f2
	.quad 0xde9ea8340ffc7449
	.quad 0x000001df3855a4b5
	.quad 0x1e167497018e46eb
	.quad 0x0000000000000000
	.quad 0x4f0a73dd875e74f1
	.quad 0xd0d268cdd8004414
	.quad 0x0000000000000029
	.quad 0xd14ef812a36a8906
	.quad 0xfffffffffffe29d1
	.quad 0x00400000
	.quad 0x50000000
	.quad 0xf1f8c6bf42694ae0, 0x3d8e6b20b6370720
	.quad 0x826a63806cfc46c5, 0x3dbd74bdffc634bd
	.quad 0x952e4404c49b7ca3, 0xc34f954706877628
	.quad 0xff8c593abfd44071, 0xa9847561fe062072
	.quad 0x0000000000000001, 0x3c5f722f9e77d326
	.quad 0xcc4ddfaf40d00000, 0xb024966d41000000
	.quad 0x80f0e57fb07d0651, 0xfff0000000000000
	.quad 0x43e8fe0780000001, 0x099bf681cc0d45a3
	.quad 0x4001600000000000, 0x39a61e80f7fddef5
	.quad 0x800000001dc0749c, 0xff80000080000000
	.quad 0x3f8ba00000000000, 0xbd2e00007fb16f2f
	.quad 0xffd1228dd1e65260, 0xdc55f0cb8aff123e
	.quad 0x7ff0000000000000, 0x573bb20cdf4b8000
	.quad 0xc11c0000007fffff, 0x7ff4a13e63f7555f
	.quad 0x4079bb915aea1c6b, 0xc32f75f8ff351dc3
	.quad 0xc3efffffffffffff, 0xfff0000000000000
	.quad 0x3f14000000000000, 0x7fc0000035a80000
	.quad 0xdb75fd27443c825a, 0xdd79a90567f7aab9
	.quad 0x44500000bba2b0c7, 0x33f632a2169cfb95
	.quad 0xc340000000000001, 0xfff3b2854481777f
	.quad 0x8000000000000000, 0x7ff5fb2f9b1c0554
	.quad 0x050d37d9fd3fadd7, 0x800000007fd5525b
	.quad 0x533c0dfdab9cf9b6, 0x6b3f86dff581d713
	.quad 0x7fda8fa34ee175b2, 0x000000005f000000
	.quad 0xbfdf5b2f3ffdbbb1, 0xc098016fffa910d4
	.quad 0xb673bd9ac0b2f0c2, 0xbfc00000be6a4c7a
	.quad 0x7f7fffff7fc00000, 0x55634d1decee9483
	.quad 0xc0e3c00000000000, 0xeb9cbbf5efdbf5ee
	.quad 0x6a324061b4be7d26, 0xbb65831c006c96df
	.quad 0x7f8000007fb7bffc, 0xc01c000000000000
	.quad 0xdc1ba696c50f7e21, 0x7e5a7418ae0e2abf
	.quad 0xffba8adee8063d05, 0x46ff133cd66bd678
seed14:
	.quad 0xfffffffffffffaf4
	.quad 0x00000007ed23fc9e
	.quad 0x9d356540da176e21
	.quad 0xe335d190b78a64cb
	.quad 0xb51c15111f2cdf0b
	.quad 0x4ad4af5fb05bb2d3
	.quad 0x0000000000729fc1
	.quad 0xd8d304eac576be15
	.quad 0x00001f2bda156dad
	.quad 0xff8b579120586527
	.quad 0x0000000000000000
	.quad 0xffffffff80000000
	.quad 0xffffffffffffff1a
	.quad 0xfffffffffffffd9c
	.quad 0xfffffffffffffe82
	.quad 0x0000419d7434515e
	.quad 0x00400000
	.quad 0x30000000
	.quad 0xc01000001283471c, 0x0020000000000000
	.quad 0x31a6a72b4ac20401, 0x01785ea989338be5
	.quad 0xeec78f4c00000001, 0xc02266c9bdb817b4
	.quad 0x32ede4e8aec08000, 0x400d287fda000000
	.quad 0xc04cc817b547919c, 0xbd719ca6ff800000
	.quad 0x1e2afd680dab9c1f, 0xfff0000000000000
	.quad 0x5630a806575fa1d0, 0xbd696a19c18b7b64
	.quad 0x198d66177f800000, 0x9dfb9bdbb7084374
	.quad 0xfbc8de43fbaeff47, 0x7f8b917440b81f29
	.quad 0x3d6ca95a885f43f0, 0x7ff1f033d9b2ad7b
	.quad 0x481b48ccd35f7dfb, 0xfff3e79aaf539f38
	.quad 0x6a4da1a98844c9c6, 0xaad536d0e7780000
	.quad 0xf302d3d53bc00000, 0x73525c2614f6adff
	.quad 0xac8dcd5972ffd1ef, 0x94344113ffcffc00
	.quad 0x4b976f146bb8fa34, 0x3ff2b56a305126aa
	.quad 0xc1e0000000000001, 0x20da1c06277ea98b
	.quad 0x89ede3dfff6300de, 0x958a7cc0bfbd9ba6
	.quad 0xc295bcb47fbaa84e, 0x0000000041220000
	.quad 0x00080d3bb6cbce6d, 0xb63d120d06df3a55
	.quad 0x7f800000969ddb5c, 0x7f1c53e1b166b732
	.quad 0x1afbecd54cb04244, 0x4043c86a912cb68e
	.quad 0x80000000ffc682ca, 0xffc10f9e0023e3a7
	.quad 0xff8000007f800000, 0x0e8a3f65ce4b7915
	.quad 0x439d806180000000, 0xbfd462e8a1c56437
	.quad 0x7d7765bc9aa540b5, 0x828901cb438ed152
	.quad 0x3b000000c0400000, 0x8d17b0ce49000000
	.quad 0xfff8000000000000, 0xa052df8ed0681572
	.quad 0x402beb85a24ce0fd, 0xffc00000b14fb8ec
	.quad 0xc0effffffffffffe, 0x0100000080000000
	.quad 0x7fa04abe00000001, 0x7364c775fd3fae6f
	.quad 0x39b54587450f4837, 0x8000000000000000
	.quad 0x7ba72590485b0397, 0xc3343d26b37d1abd
seed15:
	.quad 0xfffffffffffffc9d
	.quad 0xcc4958f8c601d1bd
	.quad 0x000f2b3ac843b899
	.quad 0x4e3eaf4ebbe977cb
	.quad 0xb4bc8f24a310fd8d
	.quad 0x0000000075a7ed53
	.quad 0x000000000000003a
	.quad 0xffff1b353df80615
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffe2c33
	.quad 0x0733f3f1ac24bbbe
	.quad 0x000000000000000a
	.quad 0x00000132961d56e1
	.quad 0x486d2c4198400da9
	.quad 0xc3574e3d5c005aee
	.quad 0x000000000000021f
	.quad 0x02800000
	.quad 0x50000000
	.quad 0x42560bca00220020, 0x407a81f62d7420ca
	.quad 0x1970127700000000, 0xd435c98d80000000
	.quad 0xfe2a55b90df32f6c, 0x08e5d3b524821a65
	.quad 0xf34fd159fed1df03, 0xbf42700000000000
	.quad 0x8001ab90a283c09c, 0x4006000000000000
	.quad 0x3ae1212c589f7c00, 0x0365e8daa3adfbd2
	.quad 0xcf2bbb6aff997460, 0x037f8bf017cf6b5e
	.quad 0x3a54000009f89e7b, 0x784855dc7ee8405c
	.quad 0x79bc111007c3bf18, 0x58723eedf3d9f7f7
	.quad 0xfc35ef9dbec00000, 0xe4b457a91ebeb2a8
	.quad 0x719c56467f800000, 0x18005cd7dfebf97f
	.quad 0x3c3dc34fc0d00000, 0x4022000000000000
	.quad 0x002fffffffffffff, 0x00383e826d0de592
	.quad 0x08fd57387fffcbff, 0x19516d96efe7fdee
	.quad 0x4000000000000000, 0x000000007f84d0e0
	.quad 0x37f000007f800000, 0x8bdbf4abf4f6fecd
	.quad 0x03cd265c1a8a7c09, 0xc023800000000000
	.quad 0x3c3ebf3100ffffff, 0x7ff0000000000000
	.quad 0x38da1efee5cb3090, 0xff8000005357fd92
	.quad 0x3fffffffab82ae25, 0x4121c476be8b04f2
	.quad 0x48354da930f749bd, 0xe59b48ee71627827
	.quad 0xef69ab25ed84e802, 0xffad0a9558acb895
	.quad 0x58a422ec7dd64c2a, 0x732f9301c0a6e095
	.quad 0x2c85821c1bdf7af7, 0x7f833548dc0e3bcb
	.quad 0x7ff78de51e3aabf1, 0xff83e3af59c77afb
	.quad 0xc7fffffff32eb25c, 0xbff39c239a333d54
	.quad 0x7f800000a392c65b, 0x4954b4a49e490000
	.quad 0x3daad7e436f07bd9, 0xdf7ffffeffbd6f6d
	.quad 0xdad64695e5ffffff, 0x7ffd0ab3add4f413
	.quad 0xfdab2392106eb782, 0xf8c09db341000000
	.quad 0x50f5d688138f997c, 0xd1ff9b0b964a73ff
	.quad 0x80000000df7ffffe, 0x7f185e4c9664ea6d
seed16:
	.quad 0xffffffff80000000
	.quad 0x0000000000000367
	.quad 0xd6868827fb655eb2
	.quad 0xfffffffffffff9f1
	.quad 0x7f322e239672cca9
	.quad 0x000000000000021a
	.quad 0x000000000000112c
	.quad 0xfffffffffffd3428
	.quad 0x00000000000003a5
	.quad 0x7effddf30ff5f42f
	.quad 0xfffffffc529f69d1
	.quad 0x2bf3f4a116f037df
	.quad 0xb566137a49ba8381
	.quad 0xe3231a8587a71c07
	.quad 0xffffffffbf09709e
	.quad 0x00000000000000e5
	.quad 0x00800000
	.quad 0x90000000
	.quad 0xf72142f7ffde2dc8, 0xff80000080000000
	.quad 0x0646947b7f8859b7, 0xae7f86557fc98053
	.quad 0xfff2671760058f8c, 0x75313d91c117fc16
	.quad 0xfff90a18d01aba5c, 0x80000000c7800000
	.quad 0x70f51fa880000000, 0x55667118effe4440
	.quad 0x20c5ca5f3fbf7dfd, 0x3fe5b2b3be083e0d
	.quad 0x7ff4908c9433f4ba, 0x03cc58cf61ae1bc2
	.quad 0xbd0144cabb3a0a76, 0x5b16cd31d5e35e65
	.quad 0xff80000080000000, 0xfb5d6f877f800000
	.quad 0x86d109a5000fc412, 0xa34b7247fa9ffff7
	.quad 0xb2a1dc9c79fffbed, 0x4000000000000000
	.quad 0xc737b36863454c46, 0x13a61c23ff800000
	.quad 0x0009465ed2c3681c, 0x22a87a354a140000
	.quad 0x3b122a18b872b87e, 0x801d77f78003d34c
	.quad 0xda36b652c168b04b, 0x8536677fb74a0000
	.quad 0x8048077ff482eb81, 0x804000009e200f45
	.quad 0x7f9d626f7fc39a86, 0x7fefffffffffffff
	.quad 0xff800000ff800000, 0x00000000807ae433
	.quad 0x36eebce645807c00, 0xa1ea25a7d75e345c
	.quad 0x3608000001000000, 0xb7cc72753fdfdf76
	.quad 0x7f8000003cf40000, 0xbf890ccb90559aeb
	.quad 0x21e2c0a6bd280000, 0xbfe21103ef414d76
	.quad 0x411c0000ac1432d5, 0xe88b06214d2b7847
	.quad 0x7e613a2a0149ab20, 0x801e7940bbbc1cef
	.quad 0xeedae14e79044d8f, 0x839cb01a09f8679a
	.quad 0x800d31c8c3adabeb, 0x184b559cfefbfbfe
	.quad 0x42e0000000000001, 0x010000009a8a445c
	.quad 0x411a00007f9f0279, 0x7ffd69394840dffd
	.quad 0x0042e658ffeadfba, 0xffe6c54989a58a4a
	.quad 0x942f7ee8fb305aa5, 0xc1f88206a1ac5006
	.quad 0x4020000000000000, 0xc0ec5bd17fc00000
	.quad 0xeca0a4b7fdbfefbe, 0x3f06c00000000000
seed17:
	.quad 0x593a88f834ba11e0
	.quad 0x2bbc06c4487c92ac
	.quad 0x000000000000009c
	.quad 0xffffffffffa743b9
	.quad 0xb5ebbd0a1e7d737c
	.quad 0x6a6b79a5f6ae761d
	.quad 0xffffffff80000000
	.quad 0x1aa303c3df8970cf
	.quad 0x0000000000000211
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000307
	.quad 0xcc41499c95661251
	.quad 0x53c326b01282cf65
	.quad 0xfffffffffffffd49
	.quad 0x000000000000001c
	.quad 0xffffffffffffc8e7
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x01b0e8b83808d06d, 0xbfd12d921578c32d
	.quad 0x2d6a1b69bfeaffff, 0xff800000003b7850
	.quad 0x19e5fbecd5adfa6a, 0x68f98a7171edffb8
	.quad 0x7fbd03c97fdaf5b2, 0xc1f0000000000000
	.quad 0xbc877abafdafeff7, 0x7571917fff8f95ca
	.quad 0xc39b0606c1040000, 0xbd01972280000000
	.quad 0x41efffffffffffff, 0x9f3affcd460cff77
	.quad 0x138b89fa017fffff, 0x9e4e32013f93e575
	.quad 0xbff5c14dfd7ffebf, 0x4d8feda3fffb3f73
	.quad 0x77c393455cce5677, 0xf9e2b4fd3a063ffe
	.quad 0xff8e77a400750c9b, 0xcf7fffffc2273784
	.quad 0x38c038c6796bfc0c, 0x4082000000000000
	.quad 0x7effffffbfa5b170, 0x1ade43aa79117b79
	.quad 0xad6e4ce47f000000, 0x0da64c6800513ea0
	.quad 0xbff8000000000000, 0x8cf5b94133f22ff2
	.quad 0xff8000000020d880, 0x3fb91b0f1ade78d6
	.quad 0xc016bc3d4cb3af93, 0xbff0000000000000
	.quad 0x23c0d80ac4377c00, 0x901abd1ab576e361
	.quad 0x6d956bb02adb6f19, 0x00054f9fed7b0f7d
	.quad 0x7e7f9201fff1fcff, 0x4204cade40c00000
	.quad 0xc07d299ed2bdc887, 0xbd3eee987fab9f2e
	.quad 0x3f4000004258f5eb, 0xfff0000000000000
	.quad 0x107b8532ffffffdf, 0x77ecb31900475389
	.quad 0xd7cc507320f9b21f, 0x3a6523a0ed3bdff5
	.quad 0x81491af3bb719a4b, 0x5cfdc64dd78bc780
	.quad 0x8263eaea8557de8a, 0x568dcf6a51ff6f5d
	.quad 0xc02e53a3c5c6db4c, 0x410b000000000000
	.quad 0x8a01769bfff1c3cf, 0x7fd0000000000000
	.quad 0x9abb03e8f4b25797, 0x7ff0000000000000
	.quad 0x411400005239f45d, 0x236432546682fe00
	.quad 0xc074fa8c93960516, 0xe24bdb5beb8df7bf
	.quad 0x7fcafbe57f8043c0, 0x8e808c0d5bff59ea
seed18:
	.quad 0x001c62b2e0c1b92a
	.quad 0x00000000000001f5
	.quad 0xffffffffffff4f1e
	.quad 0x000000000000d3b9
	.quad 0xffffffffffffff8c
	.quad 0x968d8b351e8d09e9
	.quad 0x0000000000000003
	.quad 0xf9bc328f58a96c11
	.quad 0x0000000000000001
	.quad 0xffffff0fb7029b4c
	.quad 0x8df0367160d3950e
	.quad 0x00000000ffffffff
	.quad 0x0e5d85e833f788d6
	.quad 0x522748ee8e2e94c0
	.quad 0x0000000000000393
	.quad 0xffffffff80000000
	.quad 0x02800000
	.quad 0x80000000
	.quad 0x7bde7e8d57ffffff, 0xcbd4a8d9eb607e00
	.quad 0x800000007faaa3e8, 0x7f80000000000000
	.quad 0x2b4471485a600000, 0x879c18c4ec0cb38c
	.quad 0x6fd063822d2ab98a, 0x7ff0000000000000
	.quad 0xdabd82ded27ffdff, 0xc018000000000000
	.quad 0x298ce89f4796bee1, 0xc0fc000080000000
	.quad 0x43113ba4c2c4e140, 0xdb3a10df0db7fd3f
	.quad 0x0c535ee5c41edafd, 0xbbda5a6afe80c9c8
	.quad 0x033fd0019447053c, 0x7de997d20bd3fb43
	.quad 0x01742ca479a4ae28, 0x7ea7c006775294cc
	.quad 0xb34dc4d3f1a87e00, 0xd655965a86c374bf
	.quad 0x7ff0000000000000, 0x598000007ffc2af5
	.quad 0x800ad460e133c0c1, 0x58d266a4eeafd35f
	.quad 0xe3011bbbbffdd583, 0x7ffe1cadbccde84a
	.quad 0xc0110988096a5853, 0xff95e288c0100000
	.quad 0x40ac000080000000, 0xc1f0000000000000
	.quad 0x3f20000000000000, 0x59800001ff9ce3a2
	.quad 0x0000000000000000, 0x3f0000007f84a4d0
	.quad 0xdbf1535c7484fe00, 0x7ff6fc5c00000000
	.quad 0x935b13c8a4527c00, 0x3fa36b39998ba8e5
	.quad 0x400e5c45c8ed47bf, 0x477ffffeebd9ef0c
	.quad 0x3fe42cbf59746d7c, 0x42d78697c6fff8f7
	.quad 0x7ffdbc5182343479, 0x4a0f6f50ffeaa131
	.quad 0xb6e6c4611e82d853, 0x75ef03f4824efc53
	.quad 0x3d4468acfeffffff, 0x3179d992ab57ffff
	.quad 0x6ced23e1ebffffff, 0x1cb64580cfff59b3
	.quad 0x9bddf7e3bd5f5e72, 0x47f4160e7ffffffe
	.quad 0x3fe42cd6ef80740c, 0x3f754e9e803b27e5
	.quad 0x7ff9d21f279fffa5, 0xff978fa9baa3f193
	.quad 0x7ff0c460aee3748d, 0x75604729fbe9ff7a
	.quad 0xacdcca8280103fbd, 0x0c1f0bba1e758500
	.quad 0x0000000000000000, 0x7fff92aa53930f3f
seed19:
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x9ac096050d352c1c
	.quad 0x000000000000010d
	.quad 0x0d78dab50911b1a3
	.quad 0xc5757a5fecca8c87
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffc26
	.quad 0x000000000000033c
	.quad 0x0020000000000001
	.quad 0xbebf6e777b7f70ab
	.quad 0xfffffffffffffffb
	.quad 0x8000000000000000
	.quad 0x0a2c5b9266007792
	.quad 0xfffffffffff434a2
	.quad 0x0000000001000001
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x9da1a1597f800000, 0x7fb91ec8ffa6b22c
	.quad 0x89f2d5326efe7f52, 0xc0e192488d700489
	.quad 0x814cbeb3bfffffff, 0xf28ffb9b56507ac4
	.quad 0xc0e80000bb400000, 0xff898a73e1dea189
	.quad 0xa6649975ff800000, 0xf487907578fbe683
	.quad 0x004000007fb63f1f, 0xb9a11820be45ffbb
	.quad 0xc76d7a4db7de4140, 0x7ff8000000000000
	.quad 0xc031317a855d7965, 0xaf9022ac142144bf
	.quad 0x6a011a2ce744fb15, 0xfff2b9d6a98a559f
	.quad 0xdde1f6baa8323b00, 0x4146ebfcc04f3343
	.quad 0xbea8f769149c6664, 0x0697f461de6a2b3f
	.quad 0x7ff8000000000000, 0x2f45ee552da9fc00
	.quad 0x00d4ef7b48580000, 0x93473bd2a6757082
	.quad 0xbf8616e33c5019f7, 0x47662fd338350000
	.quad 0x982c2ff510afc760, 0xa644bd68fba577df
	.quad 0xbfc135cb0190efa6, 0x81057b7e6d59c659
	.quad 0x5f93e30965b77e00, 0xc2a88f33fff7f9ff
	.quad 0x1a7facf4dbdf4780, 0x800c0b755ebf76fb
	.quad 0x0000000000000000, 0xcf8000013ea6612d
	.quad 0x82e5e20e08b90000, 0x75f847c3c0a40000
	.quad 0x7fe0000000000000, 0x958743f5df15afcd
	.quad 0x0000000180000000, 0x4050000080000000
	.quad 0x4a1b54265628dc58, 0x0d144d12b4f63503
	.quad 0x4c68c105beddfe0c, 0xbfaf6b8f16f28285
	.quad 0x40d40000014fe59d, 0xe0414fea264307ff
	.quad 0xd4e3704b61e0dffd, 0xfeffffff76c831c1
	.quad 0xef4ea0492aac4397, 0x21b0cd48df974e45
	.quad 0x87efd6413c3b9784, 0x6dada3be790c6119
	.quad 0xd0c28010a6710ab2, 0x8000000000000000
	.quad 0x029433bfc7fffffe, 0x7974ebef75a38937
	.quad 0x03dc1d61ffef7ca8, 0xfe5258b2ae020be9
	.quad 0x6ae8d020158b68c5, 0xffe2073045708000
seed20:
	.quad 0xfffffb9e5158339b
	.quad 0x86247b11e9298143
	.quad 0xffffffffffffffd5
	.quad 0x0000000066f02d3b
	.quad 0xffffffffffffffc5
	.quad 0xfffffffffffffd39
	.quad 0xcdb0d4a34383b548
	.quad 0xffffffffffffff08
	.quad 0xfffffffffffffc19
	.quad 0xda05b8ab1743cc4a
	.quad 0x0000000080000000
	.quad 0x000000007fffffff
	.quad 0x0000000000000332
	.quad 0x000000000000034d
	.quad 0x000000000000029e
	.quad 0xffffffffe0693cc6
	.quad 0x02000000
	.quad 0xc0000000
	.quad 0x010000003e08e0f2, 0x7d5d6ea6ea87f7ff
	.quad 0xfbf4bc4ea8a10200, 0x7fdc081dbf09b8e1
	.quad 0xbfea000000000000, 0x8234caedaeea428d
	.quad 0x2027f5fa5937fe00, 0xbc31f2f7ff800000
	.quad 0xb3a1e91fff7fffff, 0x6699f5753925fbab
	.quad 0xc025000000000000, 0x674d0faab57a7dea
	.quad 0x3f800001d9fffffe, 0xffdacdef03991f4d
	.quad 0x4f1549e0ff9f3fb1, 0x7f98f1153f8ae777
	.quad 0x7ff0000000000000, 0xbc76f89efeeffe77
	.quad 0xfff3e63a6f8cc327, 0xd6b8d9673cbffbe6
	.quad 0x3fa60dbc7054a627, 0x4a2dd9d8b39bb17a
	.quad 0xe1d1514ad997049d, 0xc027400000000000
	.quad 0xfff0000000000000, 0x405000004db8e218
	.quad 0x584c0662c29f4800, 0x7f800000ff9434d1
	.quad 0x9a059a52ffbf7e16, 0x827fcc1490759d88
	.quad 0x000051f37c2e8c11, 0x7f807edc00000000
	.quad 0x4002fd91e56322c3, 0xc5cd1b6e48a980b0
	.quad 0x57b190122c1eec0f, 0x0000000000000000
	.quad 0xb1cdc7c0fbb9f9ee, 0x2337e83d55cbfc00
	.quad 0x3ecd3bd7ff7fffff, 0xadd8589465913e26
	.quad 0xfffd00b800000000, 0xb9e1abb5c4810000
	.quad 0x2b297851effcdbee, 0xa77618ddc1100000
	.quad 0xfd5f864745e00000, 0xee980e6041aa28bb
	.quad 0x33fed06eadb8ae69, 0x7fc3d78f7fc00000
	.quad 0xf15f6dc8fff7d042, 0x8008644f7eb63749
	.quad 0xb2b2603dc6c9337c, 0x2a8162765f4bbcd3
	.quad 0x82921235ca3cb155, 0xfff8000000000000
	.quad 0x7ff9db366bf74327, 0x51c782cf526853ec
	.quad 0x5524e911e03dff8e, 0x5b66c34e00000000
	.quad 0x2323b8e03ff5feb9, 0x3fa1fa8384fd6079
	.quad 0x0000000119544763, 0x59cbc13aff800000
	.quad 0xffbf2606ffb2b673, 0x8dd58c43ff031426
seed21:
	.quad 0x0000000000000059
	.quad 0x002dcd5e2e93160b
	.quad 0x070426da5e590d4b
	.quad 0x0000000003f14d43
	.quad 0x64e03a565adb6b6a
	.quad 0x8000000000000000
	.quad 0x0000000000006f1c
	.quad 0x00000000001ced6f
	.quad 0x06b7cdb2fd363893
	.quad 0xfffffffffffffc97
	.quad 0xfffffffffffffc35
	.quad 0x9b3c4e6444a2d735
	.quad 0x3ba6e730e5fc302c
	.quad 0x0000000000000001
	.quad 0x0000000080000000
	.quad 0x516d2d0f1ac823f4
	.quad 0x04800000
	.quad 0x20000000
	.quad 0xcc738fb8f8eef45f, 0xffe86b319809ced1
	.quad 0x3ffc000000000000, 0x75ceb1e174950200
	.quad 0x7c840c388c4f94c1, 0x3fb11d86c5d0bd70
	.quad 0xdbe998db7f800000, 0x3f8d4c12772abedf
	.quad 0x7fe0000000000000, 0x0ef4f722fabefbfb
	.quad 0xffae1c19007fffff, 0x0000000000000000
	.quad 0x005bfe107fe04b28, 0x7ef7d2174f3e0c1b
	.quad 0x3dd7bb7b44c1a3c1, 0xfe912858e735a33f
	.quad 0x7ff1dfc373b425c5, 0xf22241aaff708000
	.quad 0x7f800000ffeb9252, 0x3cb49078e8296cc5
	.quad 0xffc42ee700000000, 0x669d1d11bccb7dc9
	.quad 0xbfc26a1071f24521, 0xfff8000000000000
	.quad 0x7e15bb601002d907, 0x3cb048363df044cb
	.quad 0xffafc901ff800000, 0x508b272ec3e40000
	.quad 0x8175d9199b211047, 0xd42441b2ffd74ccb
	.quad 0x41000000078c5733, 0xd4b110109b5f5a90
	.quad 0x0000000000000000, 0xe20ee19808920000
	.quad 0xc013bf12af1c80ac, 0x02559cb89ca556ce
	.quad 0x80000001ffa85b11, 0x20943c3b7ffdfdfb
	.quad 0x0a9562bce261fc00, 0x71f28dbeffec7a77
	.quad 0x598000000424791f, 0x2255e19aed8e8740
	.quad 0x68bd84fac3efc6ee, 0x3fd431d04b42ec33
	.quad 0x7f80f3f8bfa463c5, 0x878041dfff800000
	.quad 0x0000000000000000, 0xa1453f027fffbfc1
	.quad 0x000000007e8a5612, 0xbee807386b802aee
	.quad 0x401b000000000000, 0xffbb91cabd1d2c23
	.quad 0x1f43900ebfed7fc9, 0x7ff8000000000000
	.quad 0x804cda6063b795ea, 0x430ad1e97fbed446
	.quad 0x02c0d858a1f42c96, 0xfc5611f3db2c7f48
	.quad 0x5a9180ccffffffaf, 0xc024a00000000000
	.quad 0x4071000000000000, 0x3d55ecf680000000
	.quad 0xfff31f0e27570773, 0x0027de3cc9720000
seed22:
	.quad 0xfffffffaefff6f78
	.quad 0x8000000000000000
	.quad 0x7822bed265e7a754
	.quad 0x000000007fffffff
	.quad 0x0188e20c3dfc1881
	.quad 0x03b7515a07726c8a
	.quad 0x0000000eb805bdfa
	.quad 0xfffffffffffffd1c
	.quad 0x37641ae5a6936424
	.quad 0x0000000000000000
	.quad 0x0000000000000315
	.quad 0x3a7873155c9642eb
	.quad 0xffffffffffe4a351
	.quad 0x11ad0666f2f8aed8
	.quad 0x8000000000000000
	.quad 0x17eef9ed91ca4a60
	.quad 0x06400000
	.quad 0xa0000000
	.quad 0x11e81b08adf17c00, 0xaed4494775cd36ca
	.quad 0x814f08c7003c43db, 0x9c395832911c7bff
	.quad 0x5e42abec54ad3766, 0x0007703ef4205c8c
	.quad 0xc021800000000000, 0x81000000ffba141c
	.quad 0xff8eda3abd6d1ac0, 0xc1c2330ae3fffffb
	.quad 0x5f204ce705c28d2e, 0x880309fdcfd8c460
	.quad 0x3f7bfca85096a762, 0x39ee9f1e489c6e06
	.quad 0x189bf2c1f7bedf9f, 0x9d6be4d6edf6ff96
	.quad 0xfeffffff61aad48d, 0xc1ff278bc94a0000
	.quad 0x509969268f612082, 0x0c1e012ff7f6c9f8
	.quad 0x80000000c1800000, 0xff800000c0900000
	.quad 0x90a2e35adfe32bff, 0x466414e4ffcb2049
	.quad 0xb1dd48beaf4a7e00, 0x3f4ea170e4ceeadd
	.quad 0xffd0000000000000, 0x0756976e7f7fcdd0
	.quad 0xc38c5a8fffffffff, 0x86bc674122487c00
	.quad 0xcebd6684006e562f, 0x1709f506ce9b5d7d
	.quad 0x78527ff480abc58b, 0x8067e69db36b7370
	.quad 0x0888aa5f502f5734, 0x8009f0a1b8493ab1
	.quad 0xfc4f7f8b81d2bc7f, 0xbc0994b0ff800000
	.quad 0xa7c61fb6dd5bfc00, 0xc030f663c45dc2c6
	.quad 0x40000000bb8b599f, 0x7f86ab6dffc00000
	.quad 0x14421d02fff07c00, 0x8000000000000000
	.quad 0x20d2f6c5edccfc00, 0x020781313eac62c3
	.quad 0xffa9e4f036a20000, 0x000bf9ce6d89baf9
	.quad 0xbffffffffffffffe, 0xef328d9dc535185e
	.quad 0x7600bc3ad7800000, 0x7f8000003d3ad3b9
	.quad 0x0ea844b96125b57b, 0x6dd2a9b9419f835e
	.quad 0xeb33006c07d0b112, 0xf324c8123afe1fd6
	.quad 0x00400000439e1e18, 0xc2e93738c146baf2
	.quad 0xbf0e800000000000, 0x7f800000f4da1f8d
	.quad 0x3acfd15dc85f3faa, 0x004e23bd3a923065
	.quad 0xf15ecfc70d7a54dc, 0x2e6ea41b1e1d9600
seed23:
	.quad 0x0000000000000000
	.quad 0x477b37698043dd50
	.quad 0x000000000000bb62
	.quad 0xffde272e26de9e62
	.quad 0xffffffffffffff04
	.quad 0x00000000000001fc
	.quad 0x14755a38fe4acecf
	.quad 0xfd9c899ff663a37c
	.quad 0xd42bdc4726e5e22d
	.quad 0xffffffffff4eb17b
	.quad 0xa729479f1e3c354b
	.quad 0xc5f510c7dd7c696b
	.quad 0x00000000000b7304
	.quad 0xd03f414dda802fba
	.quad 0x0000000000000000
	.quad 0x0020000000000001
	.quad 0x02800000
	.quad 0x00000000
	.quad 0x800a4c955ea38f09, 0x3ecb2160de7ff8d6
	.quad 0x3fb144f2dfc8eece, 0x7ffe1970ac129e96
	.quad 0x5392268798f18700, 0x403311cd7d64c34a
	.quad 0x43dcbbc9f7ea758f, 0x5f4bee6b99ce5176
	.quad 0xc7451705ffd3c46a, 0x7ff657d43df291a2
	.quad 0x8b411b92ef319d68, 0xaaea8969c0bffd85
	.quad 0x7fc00000d9800000, 0xbd66e4dfff7fffff
	.quad 0x7effffffc094cba5, 0x012a7ef1bc500000
	.quad 0xfade643cffeeb3ff, 0x37b7b726c3fcfb7f
	.quad 0xff800000477ffffe, 0xbfca417fe6de9c4f
	.quad 0x7fa3ebaf41aa9a79, 0x6c7eec4e7ffffeff
	.quad 0xb8e2e5d0f6ee82ab, 0x7ffd7e42442f3934
	.quad 0x00000384b00793e6, 0x7ffaec7c47098703
	.quad 0xc250bbdb41080000, 0x3ff7bc50651b408a
	.quad 0x802bead2d56555d4, 0x4dd741b8ffedde78
	.quad 0x32320cd5ab44aa9f, 0xfff0000000000000
	.quad 0xff800000c15e0000, 0xbfd5eaaa996648a4
	.quad 0x7a00408affc00000, 0x0000000000000000
	.quad 0x724599e3ffcf13be, 0x3f720340dc7ee90c
	.quad 0xffdfffffffffffff, 0x3cc8cc8fbdda7dff
	.quad 0x989c1ae1df267c8e, 0x5f1246b8f692a2d2
	.quad 0x3c4dbede7fb5f19b, 0x598000013dcf49d3
	.quad 0xe49463cbfb3efc00, 0xc0565bf17f800000
	.quad 0x7ffe81817c124643, 0xc01c000000000000
	.quad 0x100706a2c3dcf9a9, 0x000000007f955a22
	.quad 0xfa72523a30807c11, 0x7f4fab70d282b333
	.quad 0x407f84e30cd1e3a5, 0x7046b0787fb17e4b
	.quad 0xee2d0bc48f091231, 0x28919dee7f9fffff
	.quad 0x7ff8000000000000, 0xc664b662fff3f6ff
	.quad 0x8000000000000000, 0x3bc09f3d96ee75d3
	.quad 0x154fcbc95ead83ff, 0xb9ef317b28ddc3a3
	.quad 0xba0d76b04e6b7e00, 0x7ff01aced10b7739
seed24:
	.quad 0x4d8c7419f3cf765c
	.quad 0x0000000000000335
	.quad 0xfffffffffffff41e
	.quad 0xf6cc7ae37ae6dda8
	.quad 0x0000000000000037
	.quad 0xffffffffffffe601
	.quad 0x44f78b8dd20d0e37
	.quad 0x000000000000000e
	.quad 0x0000000000000153
	.quad 0x609aae1e26375e2b
	.quad 0x0000052ba45a2b59
	.quad 0x6d69a1effa45fd8a
	.quad 0x0000000000007b0d
	.quad 0xfffffffffffffcbf
	.quad 0xffffffffffffff5c
	.quad 0x03980bd413e118a1
	.quad 0x00000000
	.quad 0x90000000
	.quad 0x4c9624a419805fd2, 0x7fffdcccf8a07296
	.quad 0xc78000011cf5c373, 0xfff8000000000000
	.quad 0x33a81f11f16545a2, 0x40b3400000000000
	.quad 0xffd319b5b427f6bf, 0xc0000000be93360b
	.quad 0xaa4db6400cfd8600, 0x614a8391de9d5a02
	.quad 0x814b5e7409f21eb5, 0xc0e7f636cfc4968a
	.quad 0xc014000000000000, 0xc10e0000ec791903
	.quad 0xd133e394913effd4, 0xdc4f369600ace140
	.quad 0x78d70573531feefe, 0x4a4b5fc025e93a39
	.quad 0x0a5aa17b143511c0, 0xa7a70299f8be9569
	.quad 0xf0a52d0180000000, 0x7fb4f3fd741b0582
	.quad 0xbf8fcbcd9a5b239f, 0x7fff243bbd830336
	.quad 0xfe64158370fd8ee1, 0x403263f6c1ecf71f
	.quad 0x5b826888ad412483, 0x4e6af676a63ac7fe
	.quad 0x89f87e07ffc00000, 0xa203a9cebe77eefe
	.quad 0x1d8c91f3dfca07ff, 0x3bfbc69f9cdc7e1d
	.quad 0x04409a69d8c64617, 0x8059fa547f8c1acb
	.quad 0x3ec0000000000000, 0xff8331b87fcdadb9
	.quad 0x756de02affcfcb76, 0xf1a420af437c7a3e
	.quad 0xbfe95a5c308ae866, 0x7faae9871a9a6eb5
	.quad 0x80000000ffc00000, 0x7fc9918a3c10627f
	.quad 0xc1effffffffffffe, 0x3f94cc863697d7f2
	.quad 0x40c000003993fa6b, 0xc1100000d4233431
	.quad 0xf1b5677b12ec20f8, 0xffc00000ef0d01d2
	.quad 0xc019a802c34e8f3b, 0x038529557b3ad403
	.quad 0x7ff59df56356779c, 0x4010000000000000
	.quad 0x5114a7d01414fd77, 0xa97fd3e51f05ea07
	.quad 0x6331805980000000, 0x00000000e042073c
	.quad 0xffa49e267fa9eae8, 0x8020000000000000
	.quad 0x800fffffffffffff, 0x7ff896892c9bf4cb
	.quad 0x713d3d3fff0a0ade, 0x7ed7a3bb995ed316
	.quad 0xfe5672f6a79e2d60, 0xf96add74000ecd31
seed25:
	.quad 0xb36154c33d02bdf9
	.quad 0xd69ece4f0d306b02
	.quad 0x000000000000040d
	.quad 0xfffffffffffffa31
	.quad 0x0000000000000000
	.quad 0x6ddcd0a08fe84413
	.quad 0xcd280d06da555e86
	.quad 0x5ea1e62143823c08
	.quad 0xc5aa41db3a58a77d
	.quad 0x1337cf8357e83532
	.quad 0x00000000ffffffff
	.quad 0x618397fadde4b766
	.quad 0x9564850277124666
	.quad 0x0000000080000000
	.quad 0x000351e362747c42
	.quad 0x8000000000000000
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0xff800000f9ecdf9e, 0x647089519ba93bbc
	.quad 0xbfab5df9ad19569c, 0x64a9214effd9fbbf
	.quad 0xbfc00000fe800000, 0x37b5287f7fce0061
	.quad 0x61d8992865a14300, 0x0430c3a535a02e00
	.quad 0x7fde3cdb80000000, 0xbff019c99389d8cd
	.quad 0x0000000097cff24e, 0x3df1cc943de7c2be
	.quad 0xd1c38718fffffe30, 0xa61eed1928d171ff
	.quad 0xc3724be72c4c63b2, 0xc3efffffffffffff
	.quad 0x3ca1e66a98c1aef8, 0xbd28a78141160000
	.quad 0xeeeed842e9d90037, 0x0000000080ffffff
	.quad 0x0013e6495edec93a, 0x3fe47be03ea85f3a
	.quad 0x3d87eb496361a7a2, 0xffa90c4e875271a2
	.quad 0x801fffffffffffff, 0xf3bfd256ffe6debb
	.quad 0xcd8ef2fc6dea3cd8, 0x752630b247fffffe
	.quad 0x9f7e5aa876b5feeb, 0xfe1a8f87b2caf5ec
	.quad 0x7fc0000028f51fb2, 0xc78000003fa90c4b
	.quad 0x426c17ed3c99748b, 0x0008000000000000
	.quad 0xc07eddad14e2bc35, 0x4885613affdbebff
	.quad 0x7ef1138102ce01ff, 0xfff0000000000000
	.quad 0x0000000000000000, 0xbfa35b9d5e9226fd
	.quad 0xc4a10bd6ff6afe8d, 0x09fe3fcd694fdd11
	.quad 0x813b140195988805, 0x7f6abf60716942ef
	.quad 0x000000007f800000, 0x47ede9da5a000000
	.quad 0x80ca1a9c7f800000, 0x5812fd27871a87ff
	.quad 0x7eca41d0da6a3702, 0x4d190d56863e3b12
	.quad 0xec59423313c7fe00, 0x4021000000000000
	.quad 0x80038c208f605cb6, 0x9a2491c6e5c0fb50
	.quad 0x00036b2ecf9a409a, 0x4b8a259b0b73b227
	.quad 0xfff0cfc6008e3e61, 0xe3248ff89d8a2552
	.quad 0x8a02caf9f4506a24, 0xffd8c6642d42ebed
	.quad 0xbff27886d3dd99fc, 0x83959f42426fc81d
	.quad 0xc01b800000000000, 0x800570bde8906401
seed26:
	.quad 0xffffffffffffffff
	.quad 0x8a46554beb349177
	.quad 0x000000000000009c
	.quad 0x610fd1034a785db1
	.quad 0xfffffffffff18f6c
	.quad 0xffffe6df28edf4dd
	.quad 0x47d320a5787a7e71
	.quad 0xaa2340570c4c2985
	.quad 0x0000000000208e8b
	.quad 0x000000d10487ec7b
	.quad 0xb9e7868063cdab11
	.quad 0x0000003c673b5237
	.quad 0xfffffd005d320df4
	.quad 0x0000000000000199
	.quad 0x72e4cf92ccd9103e
	.quad 0x0000000000000000
	.quad 0x01000000
	.quad 0x20000000
	.quad 0x4d1b68837fd6a1ad, 0x72d3788d22edb0b1
	.quad 0x52aa83977ffbb0f9, 0x7f8000007fc00000
	.quad 0x18b747b7c7489500, 0x00000000ffc00000
	.quad 0x97c870cafffaf9be, 0x1845b6c37620f923
	.quad 0x4b6c6754d38ad765, 0x4000000000000001
	.quad 0x11f6f6c17ffe7a71, 0xc03c6255df7acdbf
	.quad 0x39ebe575b38e7c94, 0x49fd0ce0bfb33581
	.quad 0xbf9581df201f0ac8, 0xfff2b51fe0d660b8
	.quad 0x6cf631cf74e1247c, 0xfff8000000000000
	.quad 0x406c796fd7ad0e6a, 0x800000007f84e66a
	.quad 0x800a478eb167609b, 0x0000e4ac8cbf77f6
	.quad 0xff800000bf000000, 0x24d59455b72a4200
	.quad 0xbd0de728b7400000, 0x2c1ac0acfffeece5
	.quad 0xc1a61ed17fc00000, 0x69ab4551f77df512
	.quad 0x80400000fbcc64eb, 0xc08000002f168cb9
	.quad 0xc7ce15147f83b6d3, 0xbf800000c1e84dd8
	.quad 0x40e0000000000001, 0xc07ffffe00000000
	.quad 0x5c7d143eebddf7ff, 0xfe553a6f6b5100b9
	.quad 0xdf9744e71d9bd872, 0x00161005852a08b6
	.quad 0x3fe8000000000000, 0x4d8ae1b9e443b022
	.quad 0x18eeb01dc8452669, 0x7ff0595adf35dfcd
	.quad 0x2d761be24dd7fbdf, 0x5f8000003c76032c
	.quad 0xc056c3ff85d21f2f, 0x7ff0000000000000
	.quad 0xe25c39c6d18d6140, 0x3b780a467fd73ddb
	.quad 0x7a67c732dcee5816, 0x67ef2a67f2218717
	.quad 0x7ff3bc1d28c48b60, 0xea3e487c7f800000
	.quad 0xfff0000000000000, 0x403d53cae1256531
	.quad 0xac29b418bfeb77ff, 0xef7bd852c22f6f58
	.quad 0x7ff0000000000000, 0x2a750df200000000
	.quad 0x7faa9bb2bc589ba3, 0x3f7c1109ff5136f0
	.quad 0x43c09c0a605c7804, 0x0036e5d2f7043c00
	.quad 0xee7e44b65b9f79fc, 0xba20e01380000000
seed27:
	.quad 0x37fb631268b8f369
	.quad 0x5d461fcc62a8587a
	.quad 0x0000000002146060
	.quad 0xfffffffffffffe9d
	.quad 0x0000000000000174
	.quad 0xffffffffffd49720
	.quad 0x7d881a83e55a5e7f
	.quad 0x00004f76b5c18e76
	.quad 0x0000000000000000
	.quad 0x7ced2592bc45b473
	.quad 0xb7d8da4622727f9b
	.quad 0x8da8f3f85bc2d38c
	.quad 0x0020000000000001
	.quad 0xd63480d13e9d1864
	.quad 0x000000000000000d
	.quad 0xb6872e6e6d249a7f
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0x800fffffffffffff, 0x8080c6c115ea25fb
	.quad 0x034a64d8b44f16b0, 0xe96fe718b4218259
	.quad 0x581b2010ca00e7e0, 0xbfa618eedac6a5f8
	.quad 0x5dc32ee1dba0dd41, 0x3695c1910abe3e99
	.quad 0x1eaab8fc5ebdfd61, 0xff800000f54ac571
	.quad 0xd53d15b7fa4dd5ef, 0xac7badcbbeffffed
	.quad 0x00024d805f80893d, 0xebcca8ce7db27dd1
	.quad 0x8012452e40100000, 0xfff4d5dc55b56728
	.quad 0x3e4f7ceefd39e77f, 0x404fe1343fb0adf1
	.quad 0xc63fd74dc124a0c2, 0x0000000000000000
	.quad 0x8e73bea1010d4ac3, 0x402800007f81b72b
	.quad 0xdf800000c180eacd, 0xb0739797ffbd078d
	.quad 0x751d05cb7f800000, 0xfbad3d9fdcf4acdb
	.quad 0x20a0f7b94dffebbf, 0x8000000000000000
	.quad 0x7e42701fc6400000, 0x7374a873ff5e3ccb
	.quad 0xdf4a2f661ae77c52, 0x3be3e2e8bd409b6b
	.quad 0xc0effffffffffffe, 0xfff658ef7a87ac08
	.quad 0xfff08e219c5ffe47, 0x9f6b9f45ffffed08
	.quad 0x80249535072d32c8, 0xc31b6bb2236f264e
	.quad 0x8001094aebc4c171, 0x1f7be1671bd677a9
	.quad 0x8e1b8347c8ffcfee, 0xb1abadaabf6efdd7
	.quad 0x8000000000000000, 0x9d1ade0f3c219b55
	.quad 0x85ded48f12591a4a, 0xffe26448e478282d
	.quad 0xb47445b6fffefd15, 0x00f2cf93d9fffffe
	.quad 0xc079120bab9e1594, 0xcab86ff7bddeffc6
	.quad 0xbd63108861b3fed7, 0x00ffffffc1dea089
	.quad 0xc06ef8c7c005fef3, 0xc86362813fee4840
	.quad 0x403b42de0a8ba717, 0x5d3afd143d0a49ce
	.quad 0xbd834150feffffff, 0xbe1f21a5007fffff
	.quad 0x4fffffff3d047176, 0x43768a9441180000
	.quad 0x42b9ffcffff6ff63, 0x9489476bfebbcf8e
	.quad 0xeeb0f22678c037d8, 0xccfffffec0980000
seed28:
	.quad 0x00007feeccd24a40
	.quad 0x56338f770323441b
	.quad 0x8bd6bfe4d5f3aa38
	.quad 0x5ad4db47be408b21
	.quad 0x002166f507647414
	.quad 0x7291f206802743e6
	.quad 0xfffffffffffff17b
	.quad 0x00000000000000a2
	.quad 0xfffed793aa5aadfb
	.quad 0x000000000000004f
	.quad 0x434e9c77fab9d4f3
	.quad 0x592c4a12b0ae8cdb
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0x00000000000000a9
	.quad 0x00000000000002fe
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x78409ba6cba600a8, 0xfffbfe5718379022
	.quad 0x7ff494a1724480ba, 0x0040000000501d6c
	.quad 0xe7e5a056d02c0baf, 0x43e78bfd005bd0e9
	.quad 0x1e54d2f538298110, 0x400900e41342d0df
	.quad 0xff80000001000000, 0x11659d29b5bbfc00
	.quad 0xa29505f2fa38e17f, 0x8ca58d30c465bc01
	.quad 0x8000000000000000, 0x0027f4100ab43587
	.quad 0x09192bcd3dfadd9c, 0x91c0501c7bac79b5
	.quad 0x62fa4b1dd8dce9e8, 0xc3e0000000000000
	.quad 0xba8b4ae263bdc380, 0xf8d3cf019c948000
	.quad 0x6d3f76ea7c1a5914, 0xe4bda760a6b3f41e
	.quad 0xbfc3f87dc67d8d19, 0x53941ba7da1730dc
	.quad 0xbff6000000000000, 0x5f8000009d0cc383
	.quad 0x034dd01a58521082, 0x80000000c381c84f
	.quad 0x76c2422dfdffee7b, 0x2af7bb9cfd1eebdf
	.quad 0xcd18ab88a1830000, 0xc01c000000000000
	.quad 0xc2b2d0746a1d5d6b, 0xbd8dfe37846cc17a
	.quad 0xc0657350e3588158, 0xdfbe83a9201915e7
	.quad 0x403c7776ff9920ee, 0x9aeac01abe0ef57b
	.quad 0xfec5384bbffbffe3, 0x8df1f4d3fca7fb6a
	.quad 0xee4965a0ff7fffff, 0xfff8000000000000
	.quad 0x45c87ef55d7ece76, 0x46000000ffa57322
	.quad 0x7ff6c69f1d478281, 0x404cd25f8ba9abf4
	.quad 0xffe46217ccd926e9, 0x8000000000000000
	.quad 0xc3ffffffffffffff, 0x40e0000000000001
	.quad 0x817220747fc84784, 0xffc000007ee19fa9
	.quad 0xbdba8bd48c477ebf, 0x8a6abb2a6bb439b0
	.quad 0xf8cd1fd6b5d67a7b, 0x91481860fffb7d9c
	.quad 0xbe7c8efe3f400000, 0x7f8000007f800000
	.quad 0x3b3b0d0ccd2db5ca, 0x6eed950e9f4eccbc
	.quad 0x2a6a5c785a730d3b, 0xe7df09ae3bd146c0
	.quad 0x807fffff0045671f, 0x1894fdcd7e1be3cd
seed29:
	.quad 0xfffb9a591389f5f9
	.quad 0x056c58f66865e821
	.quad 0x0000000000004233
	.quad 0x0fbbdff4b253a9f1
	.quad 0xfffffffffb428b6c
	.quad 0x0000000000000001
	.quad 0xc569ed28b4c2b6de
	.quad 0xfffffe3b58a2dbaf
	.quad 0x0020000000000001
	.quad 0x0000070cbc734efb
	.quad 0x0000000000000229
	.quad 0xffffffff80000000
	.quad 0x090e64445e3ce5f2
	.quad 0x000000000000021b
	.quad 0x0000000080000000
	.quad 0xecd4ffde34f35c60
	.quad 0x01000000
	.quad 0x50000000
	.quad 0xbfe11e9f017fffff, 0x9ce97f2382b9ff7e
	.quad 0x7435d5b300370000, 0x6a22c3f1affff907
	.quad 0x2bee3e8fa9707e16, 0xfff8000000000000
	.quad 0x6700fde18ad187ff, 0x43d5f23ab80cbd52
	.quad 0x1d6f49a0d51207cf, 0x59067f0f16423e48
	.quad 0x8bc7f502dfeaf54e, 0xc0610718543d76db
	.quad 0x4f305d36cfe3e5ff, 0x001487532fee1963
	.quad 0x8008dd00b45fc400, 0xfff0000000000000
	.quad 0x3fe0000000000000, 0xc0d4000000000000
	.quad 0x5b2ce107f94b20d9, 0x5980000148d00000
	.quad 0x91baeb60f494d069, 0x7f8eac08bc270614
	.quad 0xff8486151c855afe, 0xbfd9ca5441bc692e
	.quad 0x83cf784747d0140a, 0x4026923804f639ea
	.quad 0xc33fffffffffffff, 0xc633ec527fbfafb7
	.quad 0x404000001258c878, 0x405000000f64cd1f
	.quad 0xffdfffffffffffff, 0xbff0000000000001
	.quad 0x7ff0000000000000, 0x5b83bf0b0baec880
	.quad 0x7f800000855613a2, 0x799db09dfa0d8790
	.quad 0x7c24ac91e71f3900, 0x430e0698c6ffffff
	.quad 0xffb9418ac25e19b1, 0x802a762263fd519c
	.quad 0xbfd47ebd1217bbe5, 0xffe0000000000000
	.quad 0x4195037ad5afac0b, 0x7f80000041de7ae3
	.quad 0x0accd74681270000, 0x048152a4b4e48778
	.quad 0x48203fdbff5dbdbf, 0x0000000000000000
	.quad 0x3ca429b43dcd6c65, 0x2828cda16ee1f9eb
	.quad 0x009d5cdc00000000, 0xb5bf9476ffa7c26c
	.quad 0xf737d4b5785bf997, 0xbe1458717f944970
	.quad 0x9fdbe7b07fc2aa01, 0x801b764ca9eb2fd7
	.quad 0x356be3147ff6ddda, 0xd306ba4b59c87bb2
	.quad 0xffbc1bc616397371, 0xfff0000000000000
	.quad 0x7da530618bc86f3b, 0x7f800000f1c4f043
	.quad 0x5540609a288d4580, 0x7ff7b1c4b03cc507
seed30:
	.quad 0xffffffffed31efb7
	.quad 0x4a8d8f7cdf7fdcb7
	.quad 0x000000000000024a
	.quad 0x8a348e96f40b8a79
	.quad 0xfffffffffffffd39
	.quad 0xfffffffffffffd0b
	.quad 0xffff5fdcf4551732
	.quad 0xffffffffffffff27
	.quad 0xe34b8cd3c9109cd1
	.quad 0x6d59a83fbd749ec1
	.quad 0x0020000000000001
	.quad 0x01f2f557093cf303
	.quad 0xf16cfe7d0f6f9b09
	.quad 0x00000000076c799e
	.quad 0x0000000080000000
	.quad 0xffffffff80000000
	.quad 0x05400000
	.quad 0xa0000000
	.quad 0x7f80000016834af0, 0xb1c7c8ad7fc70001
	.quad 0xc01bba3640804ae2, 0x801a6d34ec9cc00e
	.quad 0x53ee09d336e04fdc, 0x036e696dbb6dfc00
	.quad 0x8080000037880000, 0x3fc9d4c3de19c19e
	.quad 0x017adb418c323e83, 0xfff2683057fc02a2
	.quad 0xbd1439203bf20000, 0x7e4eb0e041b17a5c
	.quad 0x0874178c2be4f5df, 0x57984dbd1403fe52
	.quad 0x800fffffffffffff, 0xc000000000000000
	.quad 0x000a610ee5c6d550, 0x7fd998d876af2e67
	.quad 0xfff2d9a37fd64962, 0xc3bbb16e42e23dc5
	.quad 0x3f80bc30f7bdfc7a, 0xb5481d092d38cc59
	.quad 0x894ee0be6db28422, 0xf99915c6be7dff18
	.quad 0x02047428eab880bc, 0xffd70a607f800000
	.quad 0xe04606b3dad502e4, 0xda25bf6d82e31572
	.quad 0xc0f800004f5250bf, 0x7ff0000000000000
	.quad 0x7fa4cf15d9e2b49a, 0x52eaab4e8121fc00
	.quad 0xc18000000c959352, 0xb40a67bafa7b0bff
	.quad 0x95e9b632d9fafc7d, 0x3e400000817fffff
	.quad 0x3dbc3de480000000, 0xda2e7e45f742fd69
	.quad 0xbebf000000000000, 0xe3454b5ff6772422
	.quad 0x000fffffffffffff, 0xeeb433d1ab4a8bff
	.quad 0x97f7ab6e3640ab99, 0x3ff258f3e1135f4f
	.quad 0x7f83e03501000000, 0xc330000000000000
	.quad 0x5fe26af5bff6232f, 0x47000001c18d0a78
	.quad 0x0000000000000000, 0xb82a0000bc0c48e0
	.quad 0x7f000000ffbba02d, 0x401f300000000000
	.quad 0x7feed1457ff21849, 0x8000000000000000
	.quad 0xfa722f2bf687d9e9, 0x38ba97c5c1f93052
	.quad 0x3fab34e966e3901f, 0xffd1348819d81ae2
	.quad 0x8000000000000000, 0x46000001e5f90087
	.quad 0xf0bedcd7a24bfff7, 0x80280f57ff800000
	.quad 0xc197ca5141de9367, 0xf7f2e62540c84000
seed31:
	.quad 0xc035e47f74e92e23
	.quad 0x4494da97f99c6291
	.quad 0x00009d6c74902d7a
	.quad 0x0000000e68bbc036
	.quad 0x0000000000006c5b
	.quad 0xeba670ffbeb12a57
	.quad 0x0000000000000258
	.quad 0x86f32e5c8ec4521f
	.quad 0xfffffffffffffed7
	.quad 0x7cb6e00324e3c208
	.quad 0x000003b04fd5b880
	.quad 0x0000000001000001
	.quad 0x000000000000002a
	.quad 0x000000000000794e
	.quad 0x0000000001000001
	.quad 0xffffffff80000000
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xbfba1588576fc038, 0x617797f598a2fa00
	.quad 0x051ba01bebfcc0e7, 0x218eee4bf1ad02f9
	.quad 0x7ff421020aac9af1, 0x7e71721deb35fff0
	.quad 0xbf7f600000000000, 0xb1b0bf3dac8bc6c0
	.quad 0x3f18000000000000, 0xa97f9176fffd37bd
	.quad 0xdab87be49a437d6d, 0xfb6d57528023d8a2
	.quad 0x010000006f0c3ff4, 0x24543bfe7a044720
	.quad 0x76e887cfffc3785d, 0xf60ba0d77fad3605
	.quad 0xed67e68afef790aa, 0xbecd3294da7fffff
	.quad 0x9c9a4827ab1478c0, 0xe9424eff76bbb2a5
	.quad 0x323c232bf5dbfecf, 0xd5b93bf380ffffff
	.quad 0x4023400000000000, 0xfed927ef97e9d955
	.quad 0x8000000000000000, 0xc637f41abedec7f6
	.quad 0x7fc00000c09d6fe6, 0x4fe0fe67ffccdebe
	.quad 0xf81e248b9378a940, 0x408a000000000000
	.quad 0x55860c49d23127ec, 0x3d58796c7f914ae7
	.quad 0x8ec4f9decffd4dae, 0xfff5092807cd1ce5
	.quad 0xb42205e8894f3272, 0xfff53b6d3a668e7b
	.quad 0xff46b04140100000, 0x7f800000ff1e7dc4
	.quad 0x423e7da8ff800000, 0x0003e99c9aedd682
	.quad 0x38cee4c90743fd15, 0x3bfdd242e7192074
	.quad 0x5577fd1c7bed7252, 0xca43f0054ba6ce03
	.quad 0x8000000000000000, 0x0e57ae0e9518fc00
	.quad 0x01cff7cc8eea0000, 0x40e47d0f40b00000
	.quad 0xc04a48a00903ee00, 0x30f66f9cdfec07fd
	.quad 0x40571048f656bd94, 0x38e000007fe6ce48
	.quad 0xcf7fffffffb4fdf1, 0x7ff3d24be4d580fb
	.quad 0xdc76a9912dd3804c, 0x000355330ffe14c4
	.quad 0x0344b7ec7facedaf, 0x14d0a44c94e01f27
	.quad 0xc1e02d8500400000, 0x5e7487eaffe9c7eb
	.quad 0xffc00000bf277b9f, 0x2bb3d0ea6d4074f7
	.quad 0xf4429e684066ab4d, 0xd74322f7f1df46bc
seed32:
	.quad 0x1bee25d72597661a
	.quad 0x00000000ffffffff
	.quad 0x367fe3d0dcb40c90
	.quad 0x00039143b3c8ca1a
	.quad 0xfffff1500dfa7b93
	.quad 0x0000000000000078
	.quad 0x000000000000015e
	.quad 0xfffffffffffffcad
	.quad 0x7fffffffffffffff
	.quad 0xffffffffffffdb88
	.quad 0x00000000021b08f5
	.quad 0x0003485a916e8a0d
	.quad 0xd2deac08c9e1e764
	.quad 0x5151d937fb906c2d
	.quad 0xfffffffffffd76ae
	.quad 0x0000000000000329
	.quad 0x06800000
	.quad 0xd0000000
	.quad 0x1edec88f143348c4, 0x3c1180007f031c07
	.quad 0x30cc344c35218400, 0xc1e0000000000000
	.quad 0x8a1d0c204f7ac3ff, 0x000a3660dfaae10d
	.quad 0xc126e70659800000, 0xbcd886c77f800000
	.quad 0x81000000c7f70000, 0x08ce7d73ed2b2856
	.quad 0x8974d56cd9c936a1, 0xd15fb14de54b0400
	.quad 0xff39fa0bc2ff406c, 0x8010000000000000
	.quad 0x1a3efd8bbff241e7, 0x9bf8efe9375b48b7
	.quad 0x7d3ebaa1c0a00000, 0xfdf35d1cf69afe00
	.quad 0x42595d52ea15eb14, 0xfff8000000000000
	.quad 0x0383a23d25dfe369, 0x789fcdc29320ffb8
	.quad 0x40f00000c1cdb4f8, 0xae9bb440dd5f1bd3
	.quad 0x78decfc56e73b260, 0xd18cb368df7ec191
	.quad 0x40c1800000000000, 0x3dfc7c427f800000
	.quad 0x00ffffffee10ebe9, 0x01770e97e37f7c00
	.quad 0x3fffffffffffffff, 0x37f50000bd5b3430
	.quad 0x4006000000000000, 0x0a32eff1e0554900
	.quad 0xa823f903fffb6e10, 0xfff6fce70c876d79
	.quad 0xf23155f6dd9f0000, 0x17ec2ddff000a01f
	.quad 0xfff6f6a5c033b536, 0x7feb75b9c3ba1375
	.quad 0x7eb5c51bbbaf7f1b, 0xbff40a997744c811
	.quad 0x3f8c8a64c374b3f0, 0x3c5355207684212a
	.quad 0x3f5745d2803081cc, 0xdd1cbcb3fff69eb2
	.quad 0x54c5a00cbfeb724f, 0xffa3e91d47fb0000
	.quad 0xbfe5009e52671389, 0xc015000000000000
	.quad 0x47f80000ffc00000, 0x003507d5e4c21bb6
	.quad 0x4004000000000000, 0x7ff0000000000000
	.quad 0x296734f196ba8000, 0xdfcf433a9058be00
	.quad 0xffc000000b2e9cec, 0xbfa7f80c41000000
	.quad 0xa8b07a264aecc4c0, 0xff8000000123d419
	.quad 0x7dd83728e270b907, 0x197b08ef081afc00
	.quad 0x807fffffc0bc0000, 0x01fb22dc6e22ab05
seed33:
	.quad 0xffffffff3eaf6368
	.quad 0xff4066c904bd960d
	.quad 0xe1f01ace8b907e38
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc4c
	.quad 0x700969d2a914bfd6
	.quad 0x907fa2ef08c0005e
	.quad 0x000000420f70448e
	.quad 0xb73244d16e9f657a
	.quad 0xfffffffe128af32a
	.quad 0x00ed15cad4782907
	.quad 0x1e278566d730cb36
	.quad 0xffe6312cb2ed6cff
	.quad 0xe322f47248d9d7eb
	.quad 0xd1be495fe00488f3
	.quad 0xfffffffffe25c4b8
	.quad 0x01800000
	.quad 0x40000000
	.quad 0x7ba2b11efdd402bc, 0x3ff309282876bd81
	.quad 0x3fa0e9b2fc96adc1, 0x3fe46463c97d3198
	.quad 0x27f67774e786bef4, 0x2e51249bffff7a38
	.quad 0xf109011617fb7f49, 0xe8fe5372bfd5fed7
	.quad 0xffdb8600ff800000, 0x0bc34e12fdaeab6f
	.quad 0x16be6358ffaf5b40, 0x4c7a56da8914fc64
	.quad 0x3f904ad2a24c9555, 0x5f7fffffb6f23966
	.quad 0xfff0000000000000, 0xfe51ac3e72ba6d69
	.quad 0x78f77181bff599bf, 0x563364f47ddffeeb
	.quad 0xffda48c562c5d4ad, 0xffdd82f6007fffff
	.quad 0xc4a8be60ec62781b, 0x7ff0000000000000
	.quad 0x7f800000477ffffe, 0xc55b221f49f78800
	.quad 0xfdd791133065bdd9, 0xd44a6f390aeb302f
	.quad 0xbdbdbbc243f84310, 0x00400000001072fb
	.quad 0xbbcb73fc4094558f, 0x7ff3970eb0da01e8
	.quad 0x4000000000000001, 0xfff44aae585cb0fb
	.quad 0x2120db8e310083a3, 0x40f0000000000001
	.quad 0x9d93919c00b98bb6, 0xc5b6e0e51c1606f2
	.quad 0x000c17eecbefe606, 0xc1d00000dff52626
	.quad 0x8674862e31ebeffa, 0x01a6eeb8e24a4d9a
	.quad 0xb208845b10baf88e, 0xc041f8e8a8df84d4
	.quad 0xc0b00000ffc00000, 0x4e9cb9b6a0103bef
	.quad 0x7f80000041180000, 0x1deb906db0777f7f
	.quad 0x05f810c5362e6a46, 0x8000000000000000
	.quad 0x00000000f0a45382, 0x406005af9144c2d0
	.quad 0xede176b93eb3dff5, 0x4f9ef78dbdf7fddf
	.quad 0x028eb01b77dffe0e, 0x19e13e8efffedfcb
	.quad 0xc43c440fffe9fe7e, 0x8007e3f41c3e3933
	.quad 0x9bd79f88a0d77f9d, 0x22125e8dd0b6973f
	.quad 0x04e3ea209a638fd5, 0x80000000779a078e
	.quad 0xed1fa1a3004df957, 0xc068000000000000
	.quad 0x80450004da61a8a0, 0xbfd1089e43a5b375
seed34:
	.quad 0x9ce23ec4ba576134
	.quad 0x000000007fffffff
	.quad 0xff83cb5dbcd48358
	.quad 0xea3876b24e8e38d8
	.quad 0x65bfcc144574a3ce
	.quad 0x0000000000000000
	.quad 0xfffffffffffffc31
	.quad 0xb7008d85ed02440f
	.quad 0xffffffffffffffe3
	.quad 0xfffffffffffee612
	.quad 0x0000008f680a43c4
	.quad 0xfffffffffffffe5c
	.quad 0x8aff6fb5c8fd21ee
	.quad 0x2f5ad8695ac868fd
	.quad 0x0000000000050a99
	.quad 0x0000000100000000
	.quad 0x01000000
	.quad 0xd0000000
	.quad 0xfff9f0ddfcb0cdc8, 0xc05cdb746b0c6b81
	.quad 0x8000000000000000, 0x75e9f8d65e9f23d3
	.quad 0x2b45875a40fc0000, 0x800fffffffffffff
	.quad 0x309ae68efff86767, 0x363000000057b13e
	.quad 0x059d1e08d50db379, 0x80400000f94df8d7
	.quad 0x7ff0000000000000, 0x149c313649aaf644
	.quad 0xc34fffffffffffff, 0x8000000047000001
	.quad 0x11a2452191ad7d56, 0xdde47b722da4feaa
	.quad 0x1c9e2290941afe00, 0x0066de8f7fa47425
	.quad 0xa3ac5934af20eb3e, 0x40effffffffffffe
	.quad 0xc74e4213bfb5bb26, 0xbf9a000000000000
	.quad 0x051fe0b76ed068ed, 0x38b0000038800000
	.quad 0x80a4162a3cadee16, 0x7ff84d3211b28652
	.quad 0x03f387a0fc363e14, 0x97300417cfddc560
	.quad 0xc002c83c40700000, 0x1473852a5f227a4b
	.quad 0x0a315716dffffffe, 0x2a37d86302c28390
	.quad 0x821be549c2bf6ddf, 0x8000000000000000
	.quad 0x690746dad8b45452, 0x7ff0000000000000
	.quad 0x7b9a8fcaa5867e00, 0x7019fbf541262ff4
	.quad 0x43526d5fffb17f8e, 0x02efc5b292f344bf
	.quad 0x7ff5894a472a4236, 0x4c75834c7fc36dd6
	.quad 0x14f50213db7ffffe, 0x3f00000000000000
	.quad 0x40400000bcb841ac, 0x8bea93c940ea32e7
	.quad 0x34ca9501ff5f5b8a, 0xbd8836f701000000
	.quad 0xf1f01c14ffc00000, 0x47cfa7f280000000
	.quad 0x716eda544f800000, 0xa7af81e8a9cabcfa
	.quad 0x80ffffff006ce59c, 0x4022000000000000
	.quad 0x55faff4afff74e8a, 0x000c332e87ac0519
	.quad 0xbf0697fbbd82d6d1, 0x22f367267ff6f7fb
	.quad 0xff927d94c44d5188, 0x7fe0000000000000
	.quad 0xe39a53dd51637aef, 0xc020000000000000
	.quad 0x25be4510a853aa7f, 0x7ffa94c6363059a2
seed35:
	.quad 0xffffff7c6ef40cd5
	.quad 0x00000540c630f5f0
	.quad 0x0000000080000000
	.quad 0x0000000080000000
	.quad 0x53e5c94f6bfc6e43
	.quad 0x1a3129c82aedb63b
	.quad 0x187253773f6a7f30
	.quad 0x8000000000000000
	.quad 0xe0bdc905c3632f5c
	.quad 0x0000000000000001
	.quad 0x00b886315c7bb51e
	.quad 0xfffff63701d7f460
	.quad 0xe56974534bdf2eeb
	.quad 0x00000000000002b4
	.quad 0x000000043a7bcdaf
	.quad 0x00001fad00b5ea43
	.quad 0x00800000
	.quad 0x10000000
	.quad 0xbf7db552f0944bf2, 0xc282a631bdb9b235
	.quad 0xa01626f2937d3083, 0x1fd2f922438ebfe2
	.quad 0x8000000000000000, 0x0019ae3c2656ce8d
	.quad 0x392a6d2829c2fe17, 0x400d000000000000
	.quad 0x0061c44cbffef5db, 0xc8cd12f1fee8f9bf
	.quad 0x00c5cf46e593f6b3, 0x001c1f75c7800001
	.quad 0x64145f0535c862ad, 0x5bf7d019ff9d1b89
	.quad 0xbce6157b27606679, 0x01ad414875dd3f10
	.quad 0xd07c3622ed2555a2, 0x76a6db6abd90c7cd
	.quad 0xffe0000000000000, 0x802107d02c31b3b5
	.quad 0xfd8fdcf7394d58c2, 0x8016470600000000
	.quad 0x80054bc80d6b5747, 0xfff0000000000000
	.quad 0xd701a5f6bd947f49, 0x3e1340e83bbf0785
	.quad 0xb8845252ffffffff, 0x191f2ac26b6c2937
	.quad 0x7ff8597a695ff597, 0x015926e0ff85e28f
	.quad 0x3fcd5be286da0225, 0xd2c913227b7f8b30
	.quad 0x8953145769ac3f86, 0x40b800003f87aae8
	.quad 0x90cdf52b4cfbfd73, 0x0000000000000000
	.quad 0x00016ec00ccb6d54, 0x4f00000039800000
	.quad 0xfff8000000000000, 0xbc1ba0597f800000
	.quad 0xbf8e6dc03532fb0d, 0x40dc000001000000
	.quad 0x41a0000080000000, 0x89f0d3d349ef0d95
	.quad 0xbd710574ff000000, 0x2eef95de8cae13fd
	.quad 0x724e3eae8969cb9f, 0x0000000080000000
	.quad 0x515b2e9cfffff6c6, 0xe78d9898c9660066
	.quad 0x72c7bd60be2ddfe9, 0xc34363733ea8cca5
	.quad 0x7ff0000000000000, 0x7ff188e4ad0ae45e
	.quad 0x3feca755ff738a33, 0xc025837f3e7244c3
	.quad 0xa0810295ff52f868, 0x0294355fdca2acc1
	.quad 0x3fc000009fdde694, 0x41f0000000000001
	.quad 0x001653133dc6d7c9, 0xfff052dd81b9a227
	.quad 0xf4c12e8f42b3b24e, 0x4002000000000000
seed36:
	.quad 0x0e790bb00032fc18
	.quad 0x934f7c81b8b52bc2
	.quad 0x0000000080000000
	.quad 0x0000000003b65505
	.quad 0xffffffffffffe345
	.quad 0x0be479c4425966cf
	.quad 0x0000000000000000
	.quad 0x000000000002027b
	.quad 0xe885b7f2f1f843f1
	.quad 0xfffffff5782788fd
	.quad 0xffffffffffffff48
	.quad 0xfffffffffffffef6
	.quad 0x0000000000000004
	.quad 0x001904047e38c97a
	.quad 0xfffffffffffffcfc
	.quad 0x0000000000000000
	.quad 0x02c00000
	.quad 0xe0000000
	.quad 0x7ff8000000000000, 0x0028e7d44e8996c8
	.quad 0x4d19d31377ea7a77, 0x0a66e68dff8137ab
	.quad 0xbdf20d3939600000, 0xd3bbd435fed7bdef
	.quad 0x400000007fb97ebf, 0x7ffeac0b3dc47952
	.quad 0xcadd5919328d7cb9, 0xf7f5b44940ac0000
	.quad 0x7f8000006093f672, 0xfe350b0eb8c99291
	.quad 0xbc4a6a9471726400, 0x7ff0000000000000
	.quad 0x2e5b6a2b88e3e7ac, 0xbe0201280113ef46
	.quad 0x7ff798df5da5e75a, 0xc06c17df7829aede
	.quad 0xfff45f585a2d1ed9, 0xa065f34a29a0ec1c
	.quad 0x002921eb580403e6, 0xf9057af9f5b4ec50
	.quad 0x6d47e4af58e10b74, 0x0042d85df96e1172
	.quad 0x7ff56198089d12bd, 0x800f86f1857aa32f
	.quad 0x39b480af07cd7c00, 0xff8000003db80397
	.quad 0xfff0000000000000, 0xbff98331aac55cd7
	.quad 0xa6da1f407c5cffff, 0xaa0a4a08e995f74e
	.quad 0x6c0635aafc168e53, 0x42da64e8da000000
	.quad 0x3d6b251680000000, 0x80000000be7e0000
	.quad 0x3ffc000000000000, 0x2924ecbb3b400000
	.quad 0xc064eee020d8ca05, 0x434b3059ffff7c66
	.quad 0xe983f2257f800000, 0x7ff0000000000000
	.quad 0x8000000000000000, 0x8000000000000000
	.quad 0xfdc016238b9cfc1d, 0xfff8fccf21e529f5
	.quad 0x7ff0000000000000, 0x8020000000000000
	.quad 0xe3f8d0d40facb85f, 0x5a00000180a5f730
	.quad 0x4322f8c827931646, 0x4073655068538913
	.quad 0xfd659b1d7eb8741a, 0xacb903272a5ffdb9
	.quad 0xef742fed7f800000, 0x72004ffeeb9af76a
	.quad 0x7fc00000fec5de32, 0x70fdd50d4f000000
	.quad 0xf9e4b81bc7240000, 0x406000007eced366
	.quad 0xffd9d1743230135e, 0x4208067f17bbdf42
	.quad 0x1232c999e14636c8, 0x18cfdaf7dbffffff
seed37:
	.quad 0x0020000000000001
	.quad 0x8256c71bce1e7a0d
	.quad 0x353f72a5b365583d
	.quad 0x7fffffffffffffff
	.quad 0xfffffffffffffa9b
	.quad 0x00000000e2f60761
	.quad 0x00000000000000d9
	.quad 0xffffee663ca8d794
	.quad 0xd4047ae9325cedd0
	.quad 0xfffffffffffffec4
	.quad 0x8000000000000000
	.quad 0x0000000000000346
	.quad 0x000000000000013e
	.quad 0xff853721dcc03dba
	.quad 0xe5145481c8c563bd
	.quad 0x327a0c039d959fc3
	.quad 0x02400000
	.quad 0xe0000000
	.quad 0xf5b3237dc9efbfcb, 0x7ff8000000000000
	.quad 0xffc0000040100000, 0xb93a29697ffef89a
	.quad 0x1ee2dde9ecb6050f, 0x9de22418dca1ea04
	.quad 0x6041eaa3372c708a, 0x981e771cfec7fd79
	.quad 0x14c5afbaffefbff9, 0xd74e729ffebdffa9
	.quad 0xbb955bee3dc6eb60, 0x49a12a68bbaaa7b8
	.quad 0x155fe9c401467a02, 0x84087533ee05a900
	.quad 0x7fdcfd71133de9d0, 0x0062882864ae4563
	.quad 0x411c00007fb06475, 0xfff8000000000000
	.quad 0x7ff0000000000000, 0x7fc000009b59b88c
	.quad 0x4018800000000000, 0x41da0000005c319c
	.quad 0x97c7823e43dd8000, 0x43ce650a3c56fe30
	.quad 0xbfc13056c5333c21, 0xe4dc346effedfb17
	.quad 0x80230309ff800000, 0xf10733eabc1953a2
	.quad 0x0008142ae296f5e5, 0x43fbc63383eb86c0
	.quad 0x92392d8200000000, 0x909592c4dff5c7e5
	.quad 0xc02236e6e772ee57, 0x9d682906962f0b95
	.quad 0xc020400000000000, 0xd2aa80c251e94286
	.quad 0xef4493cec71ede95, 0xb5dc00007f9cf711
	.quad 0x6b20c3c99cb1753a, 0x7ff0000000000000
	.quad 0xfff0000000000000, 0x36d0000098a2bbde
	.quad 0x42116d15000a769d, 0x7feca38e614c87ce
	.quad 0xc094000000000000, 0xe7ac525274924287
	.quad 0xffdfffffffffffff, 0xe66d8842d9ffffff
	.quad 0x0ea87d5ac876c1a4, 0x7ff6e4a28e8e24f5
	.quad 0xff8000007fc00000, 0x7ff0000000000000
	.quad 0xc33ffffffffffffe, 0x123f20b9bba77cde
	.quad 0x3fe65515f96c3ba0, 0xc06ea87f2a0e63d7
	.quad 0x800000004f7ffffe, 0x4102000041200000
	.quad 0xffb841700ba677fb, 0x43effffffffffffe
	.quad 0x800000007f800000, 0x181b44ed7cc18000
	.quad 0xc0000001ba600000, 0xffc00000002c8aee
seed38:
	.quad 0xffffffff5b1bf0c5
	.quad 0x4880e18c00120103
	.quad 0x000000007fffffff
	.quad 0x0000000000000390
	.quad 0xffffffffffffffff
	.quad 0x70573f61b674fa7a
	.quad 0xfffffffffffffe9d
	.quad 0x0000000000000001
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0x0000000001000001
	.quad 0x0000000000000002
	.quad 0xfffffffffffffe80
	.quad 0x8000000000000000
	.quad 0x0000000247152846
	.quad 0x00000964ff2d4369
	.quad 0x00000000
	.quad 0x70000000
	.quad 0xf9fdb373fffd2d5e, 0xbfc45252cfe5a2ca
	.quad 0x1a4da80dcf98f995, 0x0008000000000000
	.quad 0xd3ae4124ddfe4c75, 0x76b1a5d33e538cdb
	.quad 0xbe0000004f7fffff, 0x71823a60ffb61039
	.quad 0x7f7377349aeb3891, 0xb15457abfbfffbdf
	.quad 0xfff8000000000000, 0xc1fb2f237ff65bff
	.quad 0x8000000000000000, 0x225099083fbffffe
	.quad 0xa7eec34498577bff, 0x8000000000000000
	.quad 0xbf00df5fbe181f97, 0xbf9f700f3087554b
	.quad 0x3fa23205bb3b11a0, 0x807fffff877e2256
	.quad 0xee6cd846da482c21, 0x4a81fcd5bf3e7be9
	.quad 0x0324d8255fa1fa0e, 0xf6a910097e60fbf1
	.quad 0xd5ef4fb7fa43fb29, 0xfe8e82e31c2520d1
	.quad 0xf9f17754ffc00000, 0x000fffffffffffff
	.quad 0x291ec0fc2d2ca1af, 0xb83c8f0f0fad29e2
	.quad 0x40f8da3d7c80c1d1, 0x81864f5a79c80000
	.quad 0xacffcceb0024bf77, 0x37348615cbedfe06
	.quad 0xa485028a3e800000, 0x3ef8000000000000
	.quad 0x3ff9f6c129ba5724, 0x7ffc14e9a41b72f4
	.quad 0x0000000000000000, 0x0f9a41811172c0d4
	.quad 0x3fa2647f96507e14, 0x4078000000000000
	.quad 0xffd65909924840a7, 0x178003d4e0cc5de6
	.quad 0x7efb9ab424f93be0, 0x94a2cb5a3df8f76c
	.quad 0x40437b5f53f45518, 0x318be164fefffefb
	.quad 0x7e569d5926ca5aef, 0x60477da9fff41dd2
	.quad 0xb9bdd9bec44e4926, 0x43ecff983b40ff45
	.quad 0x15c46a5815601bd3, 0xe59f34f1b3aefd93
	.quad 0xfc6c21c2f289d37d, 0xc6fa16b6f41cf275
	.quad 0x007857f57fc00000, 0xfdd3603ebec47e12
	.quad 0xe366603b608d1d05, 0x0020000000000000
	.quad 0x3f736519958675f1, 0x71718f5b81b02561
	.quad 0x005aad0bff8e1951, 0xb52d2b77ffd73faa
seed39:
	.quad 0xfffffffd8519c875
	.quad 0xffffffffffffff61
	.quad 0xc8477c63086ea4f3
	.quad 0x002ee3047877fb49
	.quad 0x7fffffffffffffff
	.quad 0xbc308e185b6856e4
	.quad 0x0000000000000250
	.quad 0xffd6215083030c6a
	.quad 0x0000001b82d24799
	.quad 0x0000000000000372
	.quad 0x00000002716e3128
	.quad 0x94b0b6a3004b4fc4
	.quad 0x0000000007812973
	.quad 0xffffb96275048db8
	.quad 0xfffffffff55b412a
	.quad 0xfffffffffffffffc
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0xc09a943495214cec, 0x97bf2fb79cdd6395
	.quad 0xfebfe3c4ee458c39, 0x892859be94d93aed
	.quad 0xc92b9519fce2d7ff, 0x7ff8000000000000
	.quad 0xe0159cfebfbce96d, 0x089153ef621c7bff
	.quad 0x4805a5ec704e8000, 0x709bd23dffc00000
	.quad 0xf0e7ea7fffdafd85, 0xd02a611bfffdeffb
	.quad 0x7fdfffffffffffff, 0x000d4a450f8cf073
	.quad 0x05bbba8f5686c280, 0x3fc664ebbcaf6fe5
	.quad 0xf3affe39034efc99, 0xc0eaaffb4eedd936
	.quad 0x939538469eb8fa2d, 0xeab7e3e87efa3a00
	.quad 0x1b0cb771c2eff8fc, 0x73c65a45d3d5fc00
	.quad 0x0c1f64cff082fc6e, 0x7ff0000000000000
	.quad 0x000cd2ec08a6f819, 0xc0ffffff413123ea
	.quad 0x97499d960a7b650f, 0x000fffffffffffff
	.quad 0x3fa86627fd109458, 0x1c108ae5bbda8000
	.quad 0x6a38832a329e8bff, 0x91be80f3da7fffff
	.quad 0xc03c648cda44180a, 0x00b43689ff7fffff
	.quad 0x7e3062fd7ff36fff, 0xc05ec4c4110c12b4
	.quad 0xbead77eb80000000, 0xc0d80000b5e00000
	.quad 0x0000000000000000, 0x7f8c38adfceb4a20
	.quad 0xffb45cc88584640f, 0x0a300ece61b37fbd
	.quad 0x6505a2f6bdffdd7f, 0xc3fffffffffffffe
	.quad 0x850cfa5fdfba0000, 0x000000003e41eaf2
	.quad 0x28a55bfabfff7bfa, 0xc10a00003f94d499
	.quad 0x4016000000000000, 0x3fd9752f7123e9cc
	.quad 0x1b4e465cffcbd8ff, 0x76bc0100f227f79b
	.quad 0xb81753b6f6fef3f9, 0x81d94c1e1146e136
	.quad 0xb6e0000093953c53, 0x000000007f800b0e
	.quad 0xb809800000000000, 0xff8000007f800000
	.quad 0x0007e490f36e08ea, 0xbdaee0c7f8191e55
	.quad 0x250dad81af055d89, 0x14d6d665ffed2d9e
	.quad 0xc017000000000000, 0xc0f800001321985e
seed40:
	.quad 0x0002e72c39149c43
	.quad 0xfffffffef756d02b
	.quad 0xc31cd92e92e37c96
	.quad 0xf7ed7161108decd0
	.quad 0xe263e22b4cda24a1
	.quad 0x91c2739c2785f1d3
	.quad 0x0000000000192692
	.quad 0x0000000000341984
	.quad 0x1242a4c23058716f
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000144
	.quad 0xfdaf8bbe25bee09d
	.quad 0xfffffffffffffe13
	.quad 0xb278f8a7ca4d4b89
	.quad 0xc72dbd9665c84602
	.quad 0xffffffffffffff98
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x4d200ee77870b8e0, 0x00f095f35544d3b2
	.quad 0x81ba557c64d385d2, 0xd8d2ef2e7ab0fc00
	.quad 0x434fffffffffffff, 0x00000000428b169a
	.quad 0x80d0d29580000000, 0x0f4c3d104304a0c4
	.quad 0x3f825f857864a75e, 0x3d1b559f0ec3e9f0
	.quad 0x4010800000000000, 0x34fefe4c94d0fc00
	.quad 0x7803ae7b43406f0d, 0x7f8000009224c485
	.quad 0x661690d7bcf60000, 0x00068da04be3555f
	.quad 0xc6a406cd27aa5c6f, 0x413f800000000000
	.quad 0x7f8000007fa07a69, 0x402cb51cb10f2f42
	.quad 0xfe93c6948b6de666, 0xa3776a6445e27c00
	.quad 0x5c59a83ac83f2d30, 0x4e869b10a772f92e
	.quad 0x7ed45ebeec16c5bf, 0x80178a2c7fffddc2
	.quad 0x96cd2c820cfb8001, 0xc05eac90b361fec9
	.quad 0x2de671d5b7c57b38, 0xbff1a3a180000000
	.quad 0x82cd5a750c6b849a, 0x404dabad19ed29bc
	.quad 0x009566ef2e7a85b3, 0x7ffcfc3f62a1ee4d
	.quad 0xc3c572157fd466c1, 0xbff3eb084d294c08
	.quad 0xdda282c6247b7bc2, 0xfff9173e7913b76d
	.quad 0x381186ae315d0329, 0x7ff0000000000000
	.quad 0x42ce2102cf000000, 0xfffecd13fb480a5f
	.quad 0x95a3ebe3a6ea4e4c, 0x0003bb5899167a24
	.quad 0x0000000000000000, 0x7abc413acedef6eb
	.quad 0x41cda13a7f800000, 0x7ff547023ec81af3
	.quad 0x8001739644cc5a65, 0x7ff46429d7e244a9
	.quad 0x0f0bed8bfefdd514, 0xc3fffffffffffffe
	.quad 0xfdcd8f2865653a8a, 0xc1f1a25243712cee
	.quad 0x4eacba9c5e041e10, 0x00a11935c009ea1b
	.quad 0xed40a64400345e64, 0x97e6cc5a6cf17c00
	.quad 0x76208c817507fc22, 0x0b42129e8dcaf837
	.quad 0x80000000c3b5e8ba, 0x8e2c30fefec4fc00
	.quad 0xc00a000000000000, 0x65351eb96c56c5e9
seed41:
	.quad 0x0000000080000000
	.quad 0xfffffffffffffff6
	.quad 0xbfd4f67bd76b3b71
	.quad 0x614df398182e265b
	.quad 0x0000000000005f3b
	.quad 0x0000000000015c8a
	.quad 0x838e0f77db7de5a3
	.quad 0x000000011a89affb
	.quad 0x000000000035d48e
	.quad 0xfffffce3daaea06a
	.quad 0xdfd9a7cfc0fccafb
	.quad 0x000000003102e251
	.quad 0x459f544329c19b51
	.quad 0xffffffffffffff93
	.quad 0xfffffffffffffe79
	.quad 0x00000125fae054f1
	.quad 0x00000000
	.quad 0x80000000
	.quad 0x3ff2000000000000, 0xde125a7ffeaff908
	.quad 0xbc04278bbd4912c3, 0x3539d41053419fcb
	.quad 0x998dc3d5ff9e7e36, 0xbff8cd6af50d2ff9
	.quad 0xfffc4eb4c20b58a5, 0x00000000520e751e
	.quad 0x7f8000003e04aa38, 0x8ddabafc3c148268
	.quad 0xffff4d0458dd66a5, 0x4127000000000000
	.quad 0xd29c9f833ff7ae4d, 0x602c6c2cf1b2fa0b
	.quad 0x7ff8c82d93d36089, 0x8c33da23c0c00000
	.quad 0x88f8c10f37400000, 0xd6470254ffdf72ef
	.quad 0x454913d37d37d5fe, 0x7f8000008f43aee3
	.quad 0x785c5831f7cc5250, 0xfff0000000000000
	.quad 0x8000000000000000, 0xbfaeb5b4eba38852
	.quad 0xcb0343e6428b7e71, 0x80000000ff7fffff
	.quad 0xbb7000003f680000, 0xa51a4526ffffffff
	.quad 0xbcbd76beff7fffff, 0x4010800000000000
	.quad 0x0abca297ffeddf67, 0x7e60664ddff72500
	.quad 0x15e5ed5fafcbddbd, 0x9d72f04b6f754e7d
	.quad 0x30491235da656690, 0x5f347f7159227d4b
	.quad 0xfff0000000000000, 0x069ddf113b0c2278
	.quad 0xe7a5eb807fce30cf, 0xcfffffffff800000
	.quad 0xc02d125c0d6edca6, 0x04d906a6839f0400
	.quad 0x00133bf0bd11494e, 0xaeb601da809e04e3
	.quad 0x7f98ee98c1700000, 0x7fe9e6d2309e5349
	.quad 0xf9893ce0ffbffefd, 0x21e5b96bf2e28000
	.quad 0xfc22a8697d3d67ab, 0x01e0441407c2bc1a
	.quad 0xf4eaea86feffffff, 0x404cd7de16691a89
	.quad 0x406619e403c37f73, 0x802fffffffffffff
	.quad 0xc28f1491bea4e266, 0xf47d647b7bf49f99
	.quad 0x39bb7d849003df9d, 0x79d28b33ffaf72f0
	.quad 0xa0e27eb4a0f36d67, 0x9dd1400f7f800000
	.quad 0xfd94460b375a85a4, 0xc3da07ad22e83e00
	.quad 0x9c92a96df6b063bb, 0xc0719c50e29b3782
seed42:
	.quad 0xffffffffffff0ab6
	.quad 0x0000000000000010
	.quad 0x000000000000e540
	.quad 0x000000000000011b
	.quad 0x8ef3f801d1f248c1
	.quad 0x57b6fd588340f111
	.quad 0x1323ff855b6da71d
	.quad 0x5a0a1114f366462c
	.quad 0x1992fa815a477ca5
	.quad 0xffffffffffffffef
	.quad 0xffffffffffffffdb
	.quad 0x92b84e1c8fbc052f
	.quad 0x0e4e54ca5d7cfdfc
	.quad 0x0003a5688b0a0ab5
	.quad 0x7fffffffffffffff
	.quad 0x4ad24fa4b58b65fe
	.quad 0x02c00000
	.quad 0x10000000
	.quad 0x401cc5bd84e67eb2, 0x7f9fae69f28d6a7d
	.quad 0x7f8a6a80805b0202, 0x18a5b9fc9456dfb0
	.quad 0xbb1b0000176c150a, 0x7ff0c767376415b0
	.quad 0x000000001a00b5d1, 0xfe605fbcea9cca58
	.quad 0xd4551ab140298000, 0xb483af7bc5eeaca0
	.quad 0x80000001c1e00000, 0x3f51000000000000
	.quad 0x000fffffffffffff, 0x48b325fd7bf99bff
	.quad 0x806f9458c0700000, 0x24daebde5f19fda2
	.quad 0x39d37c9cfeff08ff, 0x00453e546b17190b
	.quad 0xf413027e52db0e58, 0xdef86b88dd9d7b72
	.quad 0x7ff3a470978ac5b8, 0x5b39dbea486f0000
	.quad 0xfe3a1f5c3d4a38b1, 0x0000000000000000
	.quad 0x75eb962c813a1f12, 0x864516ed23f2fb58
	.quad 0x4064c14b49689e02, 0xffd0000000000000
	.quad 0xbfd4000000000000, 0xc04cd0cb800912c7
	.quad 0xc3bbb86780000000, 0xfff46d1cd0039d39
	.quad 0x23493716ffc00000, 0x99e35f5e767d26a2
	.quad 0x5a90beb1c42fe6ba, 0xffc00000ff800000
	.quad 0xffb5e7cfffbf3769, 0xfff0000000000000
	.quad 0x7fc000007f800000, 0xdb51daa29ddfbf4f
	.quad 0x8f24a82fecd73d28, 0x536abbedfb837e00
	.quad 0x439999dd817fffff, 0x831926a7becd7f38
	.quad 0xfffcad0200eb73b3, 0xf593a22b1075feeb
	.quad 0x422a4ff6753baff8, 0x7eba11d3f5fea72f
	.quad 0xfff944379995e700, 0x4016a14b0a01fe28
	.quad 0x03071d8b1313be00, 0xc074700000000000
	.quad 0x7f800000435c0000, 0xacce6829fcb77c00
	.quad 0x8492490e8ed53c45, 0x6c2932053fae1189
	.quad 0xf18df61d52a44380, 0xbacc8000ffd4991f
	.quad 0xffbcbd297f9e1b4e, 0xfff0000000000000
	.quad 0xb82ca824aafaf800, 0x00ffffffcf7ffffe
	.quad 0xfff40dd919f0c354, 0xffc0b6b98b791ecf
seed43:
	.quad 0xffffffffffffffff
	.quad 0xfffffec563476130
	.quad 0x000a1794b7f8f6fd
	.quad 0xfffffffffffffad2
	.quad 0xffffffffffffffff
	.quad 0x00000000000000a0
	.quad 0x002760eb562c3a77
	.quad 0xfffff56bdf548c2f
	.quad 0xfffffffffe996161
	.quad 0x000d2e7581332c8c
	.quad 0xaeb901d59a5230ea
	.quad 0x00000000000003ad
	.quad 0xfffffffffffffeda
	.quad 0x7fffffffffffffff
	.quad 0xeea538f8c7e9c337
	.quad 0xffffffff80000000
	.quad 0x01400000
	.quad 0x90000000
	.quad 0xa627a8a1adc4f17f, 0xfe145bd7e8df7189
	.quad 0xffc00000ee5a6156, 0x80000000429f2119
	.quad 0x00031669530ebf97, 0xc0effffffffffffe
	.quad 0x479f2146ffd0fd3c, 0x8086bd01fb66ac4a
	.quad 0x800254d6d070f6c5, 0xa8140aacf59c645a
	.quad 0x4006d34e0dffa040, 0x7ff0000000000000
	.quad 0x3baa491af056dde3, 0x7fefffffffffffff
	.quad 0x3f4fc00000000000, 0xffd0fcf26c92f3b0
	.quad 0xc2600000e4bbc4c4, 0xe2c2b5b68e53c820
	.quad 0xd70c86939339fab7, 0x400eb4e6ad7f4f27
	.quad 0xff8000000e4e1ade, 0x4843fcbe6482ea54
	.quad 0x3fefa80f583b7def, 0x06ce4ba4bc945b6b
	.quad 0x858b747b458b413a, 0xb1a788a5807fffff
	.quad 0x8d621c828a327c8d, 0x7fa749da77c1450d
	.quad 0x86415424df000000, 0x00184c0ada7ffffe
	.quad 0x42d76b0f3c7fcab2, 0x479c0fbdaf865bdd
	.quad 0xbf482a28401f9414, 0x7fb93a0c3d3d1860
	.quad 0x17fcc5146f5abf9e, 0x0135ee1e3c0cabb5
	.quad 0x8ebe41d52f15fc00, 0xbb197d9ec672fedc
	.quad 0x3a8fea5c8f1098ca, 0x072d572d3f800001
	.quad 0x0000000000000001, 0xbd05190b144cd47b
	.quad 0x0006fa5690d344ac, 0x409c00003bbabe7d
	.quad 0xfffed45068d116d3, 0x3fe0000000000000
	.quad 0x4b53b12dffc68000, 0x1a17eb5b464a3f6b
	.quad 0xb2bfb91e8579dfe0, 0xb8b0d6f500000000
	.quad 0x4b75247c87f4dc95, 0xfff0000000000000
	.quad 0x63e6e347e44fc893, 0x7f9cae6400000000
	.quad 0x800af8ae84e54301, 0x823ff1198bb67e00
	.quad 0x6e66644295aa726a, 0xc011800000000000
	.quad 0xbdddf5cb17896182, 0xe8c78ac1cc7fffff
	.quad 0x569e28b4245a77fd, 0x7fe6f810b34b7c00
	.quad 0xff01e0c478df3bba, 0x40ec000080400000
seed44:
	.quad 0xc93d27e570beff63
	.quad 0xfffffffc899b51cc
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffcef
	.quad 0xfffffffffffffc8b
	.quad 0x9816f232c1fec817
	.quad 0x0002eccc7f940238
	.quad 0xf62e46d988507741
	.quad 0x0000000000000003
	.quad 0xfffffffffffec801
	.quad 0x52b98239c687897f
	.quad 0xfffffffffcfa11c0
	.quad 0x0000000000000016
	.quad 0xffffffffffffffd4
	.quad 0xffffffffe73c45fd
	.quad 0x0000000005608ab8
	.quad 0x07800000
	.quad 0x40000000
	.quad 0xffc32a27ca551118, 0x46053721a19f7e47
	.quad 0x23fc2f3dc92e9ed2, 0xffeba744be4cd8eb
	.quad 0xc0594855fe706994, 0x175b6d45f2bf7ea4
	.quad 0x9a0a47c0eddafc00, 0x407fb1a58340ac2f
	.quad 0x05353bd5cd97fecc, 0x8c910282befffe7f
	.quad 0x3f0380083bc163ee, 0xc1cfac93c0300000
	.quad 0x322e3fbd8749fa55, 0x0000000000000000
	.quad 0x6af8c4e93d9e831f, 0x000000001fd2a6d6
	.quad 0x15fa3ce1d7f50000, 0xc3f0000000000001
	.quad 0x80480214014ecc80, 0x4008000000000000
	.quad 0xc00a7e5adf706368, 0x643f76fc17e7a074
	.quad 0x17ae1c4b8cdbc39a, 0x00eff635096e6fa5
	.quad 0xffc00000be181d39, 0xfff7b89ac0634c12
	.quad 0xfff0000000000000, 0x7fe4ae13c21c8673
	.quad 0xc33ffffffffffffe, 0x48b100009ae5a8f2
	.quad 0xc3622a397e93990a, 0xfff1d97d00e2cd74
	.quad 0x26d40c70d8084ecc, 0x699cff45dc791b37
	.quad 0x9b7572874673f000, 0xbcb6a09980000000
	.quad 0x815da2c9c32a3d60, 0xaa7ff68a990ab6c1
	.quad 0xb854090d7f7b72e6, 0x22f863ca0071a074
	.quad 0x3fb44e2f6efd5795, 0x6c09e3625fff0000
	.quad 0xead487791b974440, 0xe05d2b94cc372000
	.quad 0xc07f15503cfdde97, 0xbeb7810ee38bfac3
	.quad 0x45385317d8301613, 0xbfd00000d9800001
	.quad 0x0000000000000000, 0x0000000000000000
	.quad 0x7d356bb6dfffffff, 0xf84ae075aa0f785e
	.quad 0x327219445eedbfdb, 0x6fa3123370cf8856
	.quad 0x3f14c00000000000, 0xc8303638c9f122f1
	.quad 0x58bd3fb84d0bfcb6, 0xb19d844242119b2f
	.quad 0x804000007fc00000, 0x02588c5f9e3ee61b
	.quad 0x09c89eddfbddad7c, 0x131c5b20a72d56bf
	.quad 0xc039833512cd38a2, 0x8fb52a1141eafb6d
seed45:
	.quad 0xffffffffffffff6a
	.quad 0xf0ac0381bee22d80
	.quad 0xfffffeedf4ad2df0
	.quad 0xffffffff80000000
	.quad 0x464985e2807230a7
	.quad 0x0000000000038ee2
	.quad 0x49b7f4073130c8d2
	.quad 0x000000000040ccd7
	.quad 0xff98aa75f77cc48b
	.quad 0xffff4f3717e4bab6
	.quad 0x59e28f6dbee7601d
	.quad 0xffffffff80000000
	.quad 0x000001eb21a17318
	.quad 0xb7061db3060e1988
	.quad 0x131215be6912c626
	.quad 0x0000000004db88a5
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0xbfb1636ffcad2298, 0x171fc75ccf77b7a7
	.quad 0x806ea82c7fa8420d, 0x7fa0286d71c55c43
	.quad 0x408400003db3a80f, 0x4a5edb7fffbfff2a
	.quad 0x03619376d0670e4f, 0x409e000000000000
	.quad 0xb4100e38fe24f8a0, 0xfffcc4bacab3f0fc
	.quad 0xc340000000000001, 0xe1fb16b9f26f46a7
	.quad 0x3e181ec0be771e2d, 0xd6d01b4addffbe3c
	.quad 0x8000000018fc00f8, 0xa947e6afc9eb7fff
	.quad 0xae0c85ae7284fedc, 0x410e5cacf557e1f2
	.quad 0x8000000000000000, 0xf5008f3b3571a6d3
	.quad 0x0f42fa780631e363, 0x0000000000000000
	.quad 0x7fc00000c37f249c, 0xb700000042c1b66a
	.quad 0xff89a15400961cf2, 0x5a5e3154fffffd9f
	.quad 0x0bd7448446d20000, 0x400ffffffffffffe
	.quad 0x3f8a42d7ef00cd81, 0xfd8403079c8193ae
	.quad 0x57d10f7cea1af25c, 0x7ff0000000000000
	.quad 0x3e24cf03bc1fe0a8, 0xb92e3ea2ffc0aa10
	.quad 0x3785648e3ea6e5cf, 0xf7bcbf133e800000
	.quad 0xa8a815133ffedd6f, 0xe8bbf39a2a993fff
	.quad 0x95e7974bae5a80d5, 0x06fa99f7cd66a3f1
	.quad 0x8008a81ce46f0b98, 0x42eaa2a3ff800000
	.quad 0xff0000003e415556, 0x7ff0000000000000
	.quad 0xbfb548660cde716b, 0xcf738222f3c77d69
	.quad 0xaf313e58caffffbf, 0xa32f572acff275fa
	.quad 0xfd52bac135528b8e, 0xadb4933e04cd52cc
	.quad 0xff800000bcb98665, 0x37b17847ffdf7bfd
	.quad 0x006955ccfbc89c2b, 0xee839a685a34b02c
	.quad 0xff80000076142a3f, 0x0000000000000000
	.quad 0xffb2525c84e18870, 0x4bfe96cda0b28600
	.quad 0x7ff8521514d84e0f, 0xf4417d37fe800000
	.quad 0x1d9c91b504618200, 0xff7f791f41007af0
	.quad 0xda15a8b20ee87400, 0xc063000000000000
seed46:
	.quad 0x72493681d52f319a
	.quad 0x1ba97330904ee45b
	.quad 0xffffffffffffff07
	.quad 0x698b4805f64c6b57
	.quad 0xfd13c97847c61e35
	.quad 0x0000000000007a02
	.quad 0xcac8ea1fb7a9f65a
	.quad 0x00000000007f328e
	.quad 0x0000000000000495
	.quad 0x484742df87ccb48d
	.quad 0xfffffffffffffdd8
	.quad 0x0000000080000000
	.quad 0x0000000000000005
	.quad 0x00000000ffffffff
	.quad 0x0000000080000000
	.quad 0xfffffffffffa9961
	.quad 0x02400000
	.quad 0x90000000
	.quad 0x35431e693921fc00, 0x7ff3580584ad6702
	.quad 0x0c777cc7fbe21c72, 0xc02ca00000000000
	.quad 0xffa114257f000000, 0xfff8674d3d8e8395
	.quad 0xc08025197f000000, 0x2efba2730c0e94df
	.quad 0x802fffffffffffff, 0x7ff8000000000000
	.quad 0xf46aa217405cf05e, 0x0ba5f026d13b8ec0
	.quad 0xd9fffffec7000001, 0x942a7ccbffad2e31
	.quad 0xc0025eb3901caf68, 0xb6a38339bff0c3ff
	.quad 0x822c96385167e913, 0xffc000007fe3295a
	.quad 0x804156c67fc00000, 0x09aafd2b9812c460
	.quad 0x7fc000007f800000, 0x0367e175fff54820
	.quad 0x9e5a38d1ff7b7c8d, 0xff80000040b343f0
	.quad 0x7fe4cc53da000001, 0xffc2962fff000000
	.quad 0xeba89e7dabfefc25, 0xe067d6cf7c910ace
	.quad 0x7ff0000000000000, 0x6a402ba17829f920
	.quad 0xfffdcad15abf8946, 0x1a39660378c65a90
	.quad 0x28cfd7d095ffb3bb, 0x3ff769cefe800000
	.quad 0x8d689962ffe99fce, 0x8000000038c80000
	.quad 0xbc15ee0000000000, 0xe3307e3dbe970800
	.quad 0x7fe0000000000000, 0xac82a0887fcdc5b8
	.quad 0x2596b4d38e54f801, 0xbfc8f8ed727f7cb0
	.quad 0x7f0028a6bd5e19e5, 0x7ffdc98e80000000
	.quad 0x0e0b228768da30f4, 0x3f86bcdd9f947ffa
	.quad 0xb1d2e38dffeef1fc, 0xbce357d100000000
	.quad 0x25b07566340ac600, 0x9304eee5d9807f26
	.quad 0xb407b2353f1f74db, 0x7f9c1aae9bc53062
	.quad 0x0000000080000000, 0xc0e000007fa14614
	.quad 0x63800456f5c1efc9, 0xd6b071e8f35e4ea4
	.quad 0x8f76db28ffb5fd2e, 0xc120000080ffffff
	.quad 0x80e4294441764298, 0x1aa61529c11c0000
	.quad 0xc798000071943822, 0x6edda48fc34ca2e6
	.quad 0x043e6b0549264000, 0x6c9dd75cebf3f9fe
seed47:
	.quad 0x0000000000000077
	.quad 0xd8e5a4b30b1c52e4
	.quad 0x0000000000ed2e77
	.quad 0xd8d4ffefc0ca7ef6
	.quad 0x12d0f12e8698d17d
	.quad 0xfffffffffffffff6
	.quad 0x0000000000000131
	.quad 0x0000000000000296
	.quad 0x00000000000000dd
	.quad 0x0000001930091b83
	.quad 0x0000000100000000
	.quad 0xfffffe2b5a9775e7
	.quad 0x0020000000000001
	.quad 0x2d940de054ad58dd
	.quad 0xfffffffffffffffa
	.quad 0xf03dd272f0cc5edf
	.quad 0x02800000
	.quad 0xd0000000
	.quad 0x4023400000000000, 0x8000000080000000
	.quad 0x3f95305d9a9fc917, 0x0079cc6280000000
	.quad 0x807fffff37600000, 0x43e0000000000001
	.quad 0xb92aef8b01c6454d, 0x3e7621fbadf7bf23
	.quad 0x006f28bb9e8552aa, 0x18e80124e4d131fd
	.quad 0x7f8000003fd93a79, 0x8008000000000000
	.quad 0x3f861f41412362d4, 0x7ff0000000000000
	.quad 0x852c96fdf9abcf31, 0x08760ec3fffedf9f
	.quad 0xfe5164a9ce3b193b, 0x7fb2a6929d8227df
	.quad 0x7f8000007fd59a31, 0xbfc8800000000000
	.quad 0xff8217047fa6a708, 0x7fa9b4fe73b64cac
	.quad 0x0c23f515a73c046c, 0x1450b0d3dbf8fe01
	.quad 0x52e4a48a402bde21, 0xc4810000806a0d16
	.quad 0x80bbb35a510b3c76, 0xe1c3a5809757aaca
	.quad 0xbba00000c2800000, 0x48a5167d24e0945d
	.quad 0x8000000000000000, 0x817089ae5256a8be
	.quad 0x7f800000ff800000, 0xa368d51425ae807d
	.quad 0x6946828682c1bf91, 0xc5809e43fac3ef53
	.quad 0x3f4775c63a600000, 0x6f643e73753f7fff
	.quad 0x3fb0000000000000, 0xfff0000000000000
	.quad 0xc2825d98b1d3c2f2, 0xff800000665d0e29
	.quad 0x9249ec4fb0014580, 0xc104900000000000
	.quad 0x40400000879016ca, 0xbfac96f4b0ff8df8
	.quad 0x8000000000000000, 0xe2521a06e9effdff
	.quad 0x56c4f271d74bb8ea, 0x0025b9a8c7ffffff
	.quad 0x9eef7958ffffffff, 0x4c498b960d5d1979
	.quad 0xbec3ce963f800000, 0x27b6b5d3bb9fff80
	.quad 0xede60cce7fff7ffb, 0x771154a1b05a7c00
	.quad 0xbddbeba83fd56ac6, 0x7286defb80366833
	.quad 0x7fa1d6cd3d280000, 0xae9f3f30d8609604
	.quad 0x88bb0649fffbf9bf, 0x80daef92c0ac0000
	.quad 0x80000000738fc6be, 0x89094dfffedeff43
seed48:
	.quad 0xe95866a0f2df6bba
	.quad 0x0e73ccac53ba1597
	.quad 0xfffffffffffffc54
	.quad 0x9ab37c7460c274b1
	.quad 0xffd5fa49baa7588d
	.quad 0x000000000000005d
	.quad 0x0000000658225005
	.quad 0x0000000000000000
	.quad 0x55565bb41eafd5bd
	.quad 0x6ee9cf963fcb299f
	.quad 0xffffa8c3ca952027
	.quad 0xfffffffffffff22f
	.quad 0x8677a0a3e916f198
	.quad 0x4693e0aa80c08f4d
	.quad 0x7fffffffffffffff
	.quad 0xe4bd10fb04b568b7
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xeeded2970760f8f1, 0x3c5b25a4ff6413c0
	.quad 0x1294924241617c59, 0x1f44bcc84dddf9b5
	.quad 0x434fffffffffffff, 0x7ff8000000000000
	.quad 0x800f4de078cf0cc4, 0x7ff0000000000000
	.quad 0x81578b907fb9347e, 0xffded30fc004d31b
	.quad 0x0010000000000000, 0x7606a287f8ced6b8
	.quad 0xffc0000045800000, 0x3fb4d7777565b07d
	.quad 0x198288327fd4b3dd, 0xdb472c74fed7c5d8
	.quad 0xdc8590a8ffcf4237, 0x037612ef4d280b66
	.quad 0x5b2497a1fff33195, 0xbfac69d2fed2d7d9
	.quad 0x574a57b49ebffdef, 0xa6adbc36bf8effd7
	.quad 0x433dbee35f800001, 0xe657b6d23ca8ab72
	.quad 0x7a8afd90ffffffff, 0x6bed9cc3bffaedbd
	.quad 0x4e7001bff777fb39, 0x80036861128fec50
	.quad 0x01ffbbf64763faca, 0x007fffff780c14cb
	.quad 0xfff8000000000000, 0xbfd4600000000000
	.quad 0xbf843a6771a80a8f, 0x7ff8000000000000
	.quad 0x66f133483c87bb8e, 0x5027ae00f9998739
	.quad 0x8ccd6fbe00000000, 0x924b4ec7d5ea0000
	.quad 0x7fa46bb681000000, 0xc020000000000000
	.quad 0xdaf48219c2cfc0c0, 0x7ed641703c3524fa
	.quad 0xa140249b00d7d7eb, 0x7f800000bc3e8077
	.quad 0x8000000000000000, 0xc118000000000000
	.quad 0x3d9c8e3d436627bf, 0xba60fbd03fcffdef
	.quad 0x56a861393249f538, 0xc0d0000000000000
	.quad 0x1c2778bcecf3b35f, 0x0214a29272eeedec
	.quad 0xbee4000000000000, 0x80216c8f3f400000
	.quad 0xff9466d77f800000, 0xa000bc647764c28c
	.quad 0xbfa3123438751c3c, 0xbf2e470780400000
	.quad 0x14623ccebefcb5e2, 0x8000000000000000
	.quad 0x2fc2b1457fa3f400, 0x43f0000000000001
	.quad 0x649b13d67692fe00, 0xfffb4e0a4f000000
seed49:
	.quad 0x0000000000003af7
	.quad 0x0000000100000000
	.quad 0xffffffffffffffd1
	.quad 0x001cedd123eb66fa
	.quad 0x64208241a7143290
	.quad 0x024b08500d0f1fd9
	.quad 0x0000000000000076
	.quad 0x15b5aa731a49a8b3
	.quad 0x2f63f73a40e14a6f
	.quad 0x000000000000001d
	.quad 0x0000000000000001
	.quad 0x5e9aad0fbad14440
	.quad 0xfffffffffffffdc2
	.quad 0x0f0d3c5242486235
	.quad 0xfe8144dc751b0832
	.quad 0x865113969d07dcd5
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0x6c597c575eb6a573, 0xc000000000000000
	.quad 0x50e22a23abce8580, 0x8f13dc71a1240000
	.quad 0x8852bc3a91e640b3, 0x7fedd08d2db0e753
	.quad 0x000fffffffffffff, 0x3483ee80fdf7f7af
	.quad 0x742a94bfbdf1fc00, 0xb96318adaf200139
	.quad 0x6ac7918d7edff7ff, 0x40f1705c9ce4899b
	.quad 0x6b97f05fc7f80000, 0xff3750201d561109
	.quad 0xee3461596efd87ed, 0x3bfdda5d466cfc00
	.quad 0x7fc0000080652e24, 0x016341e8ff800000
	.quad 0x14f9fd0affbbaf7c, 0xd6c2f49b5288027f
	.quad 0x801fffffffffffff, 0x7f8000004f000001
	.quad 0xa5398623e97fffff, 0x00000000c7800000
	.quad 0xc002000000000000, 0xd0c99db5bdfddff3
	.quad 0x7499eaf1fdf65092, 0x40bb85a8d47ffffe
	.quad 0xffdf3d432b118d64, 0xfbcdf4821b5fc0ca
	.quad 0x7e65e9c3544c4def, 0x917ba5f14f55fdf0
	.quad 0x80000000f0d7bc9a, 0xc47fffff413f7042
	.quad 0x01377d9959ba11ab, 0xe1b7c2dc02c08000
	.quad 0x89c057d61e6ebbbf, 0x064b831a800749dd
	.quad 0xd1b667ae581a800e, 0xc0c800004f800000
	.quad 0x40fd157c3c33b638, 0x7ff0000000000000
	.quad 0xbfb033409f49c331, 0x03c04ce61bca1597
	.quad 0x800e8b9d4e21b14d, 0xff7fffff40e80000
	.quad 0xc020800000000000, 0xb5b02748ff907862
	.quad 0x0010000000000000, 0xf722678280000000
	.quad 0x0aca025826dbd545, 0x5c493b2ecb4b52cc
	.quad 0x02fd503cb2c221d9, 0x801bcca27f800000
	.quad 0xfff0000000000000, 0x6fd39b2b177e7cc6
	.quad 0x9ce58f8ecbdf4804, 0x3ef1e88f15e49c26
	.quad 0x8f73d3b37df9ff61, 0xd3f946ebffe7c380
	.quad 0x36ac80007fc00000, 0x29bd46e97ff07c00
	.quad 0xfef79a25fe7fda91, 0x80052ab2698e8007
seed50:
	.quad 0xfffffffffffffd19
	.quad 0x3a5da30300512892
	.quad 0x150cf48631f5d1aa
	.quad 0x000000002c4983ae
	.quad 0xfffffffffffffd44
	.quad 0xffffffff80000000
	.quad 0x000000029c53bdf3
	.quad 0x19f08c11697bbf96
	.quad 0x90a71b9647431901
	.quad 0x00000000ffffffff
	.quad 0x8ad8020a7fcf3a11
	.quad 0x0000000002098982
	.quad 0xd196952b92d2a088
	.quad 0xbb6dd943e7355278
	.quad 0x00000004f0e09ff6
	.quad 0xb219be4797b69ba0
	.quad 0x02c00000
	.quad 0x40000000
	.quad 0xfd0a1efca5830800, 0xa3fa9f95499cb4d1
	.quad 0xdbf8088afffa0fbe, 0xd248b648fff73f77
	.quad 0xffa03dcd150ee557, 0xfffd369740636a2d
	.quad 0x7f800000017fffff, 0x85e07396bfddffa8
	.quad 0xab94af0452eb3c5f, 0x407837d6af9536a4
	.quad 0xbda145d9e24c4a90, 0xdf000000c3a63531
	.quad 0xd029bd49064503d6, 0xfdaef58700000000
	.quad 0x7faf278d7f800000, 0x000000007f978618
	.quad 0xc11c0000ff800000, 0x63bd39ecf3fdb7ff
	.quad 0xc042314655a9517f, 0x7f0000007f800000
	.quad 0x48a600007fc00000, 0xcf00000024960f36
	.quad 0x629c1f7f63b41c11, 0x7fe0000000000000
	.quad 0x001fffffffffffff, 0xec13033bff894300
	.quad 0x526742f7f9f47c7a, 0xff1d979bf6b9f4b4
	.quad 0xff8000007f800000, 0x0b55f098fff6ac77
	.quad 0x4026bd486d96793b, 0x006c7b9805752e3f
	.quad 0x7ff8000000000000, 0xdcb23513f2a1eff3
	.quad 0x4024400000000000, 0x80000000842576a1
	.quad 0x1c953b9defbaf8c6, 0xa6161fcf6fa045c0
	.quad 0x7d9ce268ffb0d54b, 0xc5210030ff923fdb
	.quad 0x9c07e5067b4eda9a, 0x1434f64d57407d9a
	.quad 0x80673ac7d922f76b, 0x85da9c9b69acdfbc
	.quad 0xd046c9ad85ff89dc, 0x1431aee17fdf25c0
	.quad 0xff9dbfe73f434b23, 0xa1fc7a423fff5fed
	.quad 0x7f08b2ca33913a3f, 0x0488571a5c8bbdc2
	.quad 0xcce0b1bfed697c00, 0x6924c4493fdf7eaa
	.quad 0xef28322599ef8000, 0x7f8000007d68e97a
	.quad 0x37ed49c0fbdf65a4, 0x11d7e5b2c1fc9200
	.quad 0xd872ca43fffffffe, 0x2db316b7dfccfc00
	.quad 0x1086d53fb3157d06, 0x823bd3c81c6d9df3
	.quad 0xf6567282807fffff, 0x3f99c25de272e9a7
	.quad 0x565ac989ff1ed7db, 0x3796863d0ec3789e
seed51:
	.quad 0xf13c710d39731ec6
	.quad 0x0000000100000000
	.quad 0x00000000ffffffff
	.quad 0x00000000000002db
	.quad 0x00000000000000d4
	.quad 0xfffffffffffff8c4
	.quad 0xaf127b53929e8452
	.quad 0xfffffffc91278530
	.quad 0x1ade8665a1394a77
	.quad 0x0000000000000001
	.quad 0xccc4f3102bbfc57c
	.quad 0x4ce582a222db154d
	.quad 0xffffffffffffffe5
	.quad 0xfc205b8e662e4bd0
	.quad 0xffffffe5d5cda7c4
	.quad 0x5695084b39b473c7
	.quad 0x02800000
	.quad 0xa0000000
	.quad 0xfe9063bb44300000, 0x005b216c101c4e86
	.quad 0xfff0000000000000, 0xc3e0000000000000
	.quad 0x02ffdd180f483200, 0xbfc0000080336b64
	.quad 0x3fe5027cdd4169cf, 0x00ffffff7fa8ec9e
	.quad 0x3fad36e8019e64e6, 0x80000000885c4df5
	.quad 0x8008000000000000, 0xaedb4ae0c0100000
	.quad 0xff8000008d0a0788, 0x6ecca2007f9c99ec
	.quad 0xbd82f4253cba702c, 0x7ff0000000000000
	.quad 0xb6a667b0d24da036, 0xc5ea8e53fffd7e00
	.quad 0xc0100000e4ae2dc3, 0x115f7d417fe7132f
	.quad 0xb74b340a65781627, 0xc38f43b97fbf7d4e
	.quad 0x67c82f5887ff91aa, 0x42c64665ecb40690
	.quad 0x3f88de0af639e822, 0xb25223b17f8beb76
	.quad 0x9144ee81c8d10000, 0xf27478a340d80000
	.quad 0x59ec3ef359163c9b, 0xff80ac4abfa00000
	.quad 0x63f7ae037fc6fd6f, 0xc041f9eb9c5df452
	.quad 0xe1ff7d9253c5ffb5, 0x40da000000000000
	.quad 0x4047aff720993c45, 0x8c72e069d22c7fc6
	.quad 0x5c272324d521fc30, 0x527ffffec0000000
	.quad 0x82ed1770446f488e, 0xbfa3027299e2207e
	.quad 0x7fc00000ffb74396, 0xd073deadfedffebe
	.quad 0x4000000000000000, 0x6d736bf9c1080000
	.quad 0x9a628a52be800000, 0xefd9b840bdfbc900
	.quad 0xbf740988d5bfbf51, 0xbfe00000007fafe1
	.quad 0xd3626aabef7ffffe, 0x3f8c607587ef1586
	.quad 0xd14eb6c278e50589, 0x5f7ffffebd3fffc3
	.quad 0x3ffc7cb5b2c02efb, 0xe45694a1bfffffff
	.quad 0x7f97d6103bfccbea, 0x802ebbbe120fab24
	.quad 0xbfc0cf387fc3841b, 0xc3c51bb5c0500000
	.quad 0xff3eb7af3340efd6, 0x3ff03ef30ba31a10
	.quad 0x7147e3e940603247, 0xdf9d76d1feffffff
	.quad 0x025b6ccab06c41d5, 0xd763939100000000
seed52:
	.quad 0x0000000000000247
	.quad 0x000000007fffffff
	.quad 0x000000c608209098
	.quad 0xfffee0d80f6563fa
	.quad 0xfffffffff88ef8d8
	.quad 0xcacf2fc3124bba4d
	.quad 0x0000000000000290
	.quad 0x00000000000021b2
	.quad 0x882a99dda9bab72e
	.quad 0x0000000000000052
	.quad 0x002b0b47839383c3
	.quad 0x5c8f0d6708069892
	.quad 0xffffffffffffff40
	.quad 0xfffff930a9a63538
	.quad 0x87e3cb029e3547ae
	.quad 0x003d7df149a7b23c
	.quad 0x05000000
	.quad 0x90000000
	.quad 0x94e9f57f7f000000, 0x7ff676615d59a517
	.quad 0x408a000000000000, 0x8008000000000000
	.quad 0xb8127bdafeeffe4f, 0xb73bdcab1cf479f6
	.quad 0x7ff938f5e39133be, 0xc1e0000000000001
	.quad 0x722a2c980042860d, 0x09e91cedf3acffff
	.quad 0x3f8f0c23c105ce98, 0x80ffffffcb02d8f5
	.quad 0x487ebffb007f8e47, 0x3fa3afb20f1a4a8e
	.quad 0xaa9bdc64eda50740, 0x59ba9c70ff800000
	.quad 0x8000000000000000, 0x5af41ac51870c540
	.quad 0xfed86d1fce7ebcff, 0x3ffc000000000000
	.quad 0xaa466098ff827854, 0x7ff8000000000000
	.quad 0x9d356f1e1c8b8000, 0x83a59b408f3d02c9
	.quad 0x7fc9e63d5e8cf92c, 0x7fd7267341a831fe
	.quad 0x0000000000000000, 0xaa734afc519afea7
	.quad 0xaf6f7dfb480bab49, 0xe882b158fd9841e3
	.quad 0x7f7fffff01000000, 0x7fec3c4947fffffe
	.quad 0xc06d800000000000, 0xc7dc37e14d2a7cbd
	.quad 0xc7525c5b6bfbb3b7, 0xe60d19574f000001
	.quad 0x3f9f43827f800000, 0x3e577019bdf6dede
	.quad 0x33e92be0e52eddc7, 0xd474331e4eb9c8bb
	.quad 0x87e5d542dcab920d, 0xfff770b6a8c05cfa
	.quad 0x01000000ff800000, 0x3f20000000000000
	.quad 0x800e921f8304c24e, 0x3d82a518000d63db
	.quad 0xdf7fffff40f468e1, 0xb4aa72e900000000
	.quad 0x7986eb98660a0000, 0x0000e94ff10e8367
	.quad 0xc1a2cb580004567a, 0xf7bc015f56fafc00
	.quad 0x3f10786001000000, 0x4449a88704987c53
	.quad 0x7fc00000404a53d4, 0xc33ffffffffffffe
	.quad 0x8860c5483b5b1469, 0xe1e97dd7417a8000
	.quad 0x800e76fb4199946c, 0x3f71ddea6c7ac3f5
	.quad 0xc0efffffffffffff, 0x39880000abcb422a
	.quad 0xc7a00000a24ec290, 0x5a000000ff85033f
seed53:
	.quad 0xffffff7d57cbf88a
	.quad 0xfffffed41908165e
	.quad 0x56c0ae409eac324d
	.quad 0xfffe8b1e323557ab
	.quad 0x93edfc81ef0a9a5b
	.quad 0xdeaeb3190c98bc96
	.quad 0x0000000000000088
	.quad 0x0000000000037b47
	.quad 0xffffffffffffffff
	.quad 0x0000000000000230
	.quad 0x4ec318d90d16f5d0
	.quad 0xfffffffffffffcfd
	.quad 0x00000016557f487a
	.quad 0xc28f4dafd4095d99
	.quad 0x0000000000000000
	.quad 0x7bc5426fc8a2ea38
	.quad 0x00400000
	.quad 0xa0000000
	.quad 0x6c883aa6d66ad024, 0x5cdf36d400808f09
	.quad 0xeb6af83bffbeaf36, 0xc20b0e083cfa33e2
	.quad 0xbc430038ffc00000, 0x006b750495d3dd95
	.quad 0x6fc42ec400000000, 0x3f9611a793f89366
	.quad 0xc70000008d7bdfa1, 0x4012000000000000
	.quad 0x01430e29990d8fa3, 0xff8f4181ffc3ba0f
	.quad 0x03acb2e29663ea21, 0xbcc123cd3ea7ab7c
	.quad 0x9709ffa00ee86800, 0x7fcee10e96c35219
	.quad 0x817669827f800000, 0x171d0d7a16294e6e
	.quad 0xd759341affff47e5, 0x65e59b3f05340001
	.quad 0x25ed027dbc3ef5b1, 0x7ccaf51703d1398d
	.quad 0xc022c00000000000, 0xc4b153d67fcec6ee
	.quad 0x7ff0000000000000, 0x9029b68b62f52829
	.quad 0x7ff51be06fee3249, 0xff800000f8dfe007
	.quad 0xbfb2c7b48854669b, 0xfff66813171d986c
	.quad 0x00cefb008fd98000, 0x829255ff40f00000
	.quad 0x9d35b706bff3feff, 0xd75499d2f77fffd7
	.quad 0xee637d0d7280175c, 0x0360408d710ed41c
	.quad 0x3f81aa9cb5620000, 0xc5ec5e967f9fefcd
	.quad 0x000000007ef61ddf, 0x3b0800006c38f202
	.quad 0x2fbb1442fff0c850, 0xc02000003bf90adf
	.quad 0x6857602df6c00200, 0x84013aefb18b73d9
	.quad 0x003e9eb900572d4e, 0x0ffe344c80400000
	.quad 0x0392be830432cafd, 0xf5108e4e77e7feef
	.quad 0x30806c96eefeced6, 0xffe068f1ef31afad
	.quad 0x6148f713dee04000, 0x7fc000005ffffffe
	.quad 0xfff0000000000000, 0x45552962ffe47e09
	.quad 0x0000000000000000, 0x77fbedc47fbc7251
	.quad 0x38df7211fda6df20, 0x3f60000000000000
	.quad 0xc02e752c117ae8fb, 0x7f800000efe287b4
	.quad 0x0d5e52dbc3493ded, 0x7ff0000000000000
	.quad 0xfff72869e4d45b79, 0x8a12639c44b815b4
seed54:
	.quad 0x0000000100000000
	.quad 0x0000000080000000
	.quad 0xb8e78d9dfdac8b0e
	.quad 0xfffffffffffff34c
	.quad 0x5870f48ca0ca09e3
	.quad 0x7fffffffffffffff
	.quad 0x5224af172c11c5f0
	.quad 0xffcc3cbadd604f61
	.quad 0x16f7f24058371ab2
	.quad 0x00000000000002e3
	.quad 0xffffffffffffffad
	.quad 0x0000000001000001
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000316
	.quad 0x013c62d82bc96167
	.quad 0x9a619554b50629de
	.quad 0x02000000
	.quad 0x60000000
	.quad 0xa943b40dffc5c9cf, 0x00000001be000000
	.quad 0xc025834d89635e8b, 0xffd4dd467d5e37e6
	.quad 0x7ff63dd2fe2fe1eb, 0x027e1d4632925018
	.quad 0xcde9afacfff7fbea, 0x7ff0000000000000
	.quad 0x3b2fd5faa955af46, 0x61dbd382d77ffffe
	.quad 0x9e28846d807fffff, 0x4007000000000000
	.quad 0x7fd14a4f6edb483e, 0x3f92200000000000
	.quad 0xbc92d187433fc4e3, 0xc75b259f75cad3e2
	.quad 0x3984c3e6568cfd35, 0x8012511016365b21
	.quad 0xc01a800000000000, 0x630fc563f6f3da86
	.quad 0xd6b24f25fab07eda, 0x43effffffffffffe
	.quad 0xa14ba03c80000000, 0xffc00000401d5952
	.quad 0xbaeadaefbd6a3a00, 0x83bb74d44bc92052
	.quad 0x1347832b304ff59f, 0x2793a61e74967def
	.quad 0xa10945188173ff6f, 0x7ff8000000000000
	.quad 0x00127f69eb92bafa, 0x800000011a7c10c1
	.quad 0xfff21d26d2e3cabe, 0xc22af838bd87550f
	.quad 0xcc69ea57dd2d40ca, 0xfe420f84a68dc0d4
	.quad 0xc02bab770cf920b9, 0x498000007ff49511
	.quad 0x77350da038ba4eaa, 0x47ffffffc160846b
	.quad 0x5def2c41dd765fc9, 0x5fffffffff9ad9b5
	.quad 0x7f8969da41f8294f, 0xd099da3cf4932a48
	.quad 0x80df3fd3c000c706, 0x3362f105cfd40401
	.quad 0x7d57df85ee4f6216, 0xf0863c83fc7fc7ff
	.quad 0xc42c7c7300546bc2, 0x823ab4f6b029de92
	.quad 0x44ab84d8b987c21c, 0xc057100000000000
	.quad 0xc3fbef964e90bf2c, 0xff800000f61a7d0a
	.quad 0xe30a347b0e8a85c0, 0x6ea617a1fda5ca11
	.quad 0xc89c00007fc00000, 0x3ee736fbbd4a4c02
	.quad 0xc010000000000000, 0xf4fe3b6187a7a4bb
	.quad 0xbed90abab7901fd6, 0x0000000000000000
	.quad 0x0000000000000000, 0x7ff8000000000000
seed55:
	.quad 0xffffffffffb7c4b3
	.quad 0xb561e0c83b2f9e98
	.quad 0xe0df499914e38e54
	.quad 0x00000000ffffffff
	.quad 0x00000000000001b8
	.quad 0x0000000000000383
	.quad 0xcde02aa4868768e5
	.quad 0xd51dcccf6316607f
	.quad 0x000000002fc5c640
	.quad 0x1085150db24d54bc
	.quad 0x9998165366caad4a
	.quad 0xffffffffffffff42
	.quad 0x00000000019b11d2
	.quad 0x000000000000ba6b
	.quad 0x0000000000000265
	.quad 0x5016d9684b8a1626
	.quad 0x02c00000
	.quad 0x50000000
	.quad 0x4fffffff427c0000, 0xff9949b280000000
	.quad 0x7ff71deaca3409e5, 0x97e7074bc17c3078
	.quad 0x40da4d23c378b96a, 0x807fffff0173b681
	.quad 0x48400000c2c60000, 0xbfadb30900000000
	.quad 0x3bc85a508117f77d, 0x945175a4ff2f2efa
	.quad 0x29c4084d3f5406b1, 0x3887ad04fc647986
	.quad 0xaf9eac0a8b1893b8, 0xfff0000000000000
	.quad 0x7ff8f15b79be2587, 0x4063bc9857eae474
	.quad 0x80385f623daa9638, 0x40c8000078ef6bfd
	.quad 0x22f9f9bf59693c00, 0x23feeda4ffc08001
	.quad 0x43bf5142d5cb3144, 0xbd341f0cdf000001
	.quad 0x7f919f4660578bea, 0x7f80000041000000
	.quad 0xb08487f189ad79c1, 0x15b32e8ab6cf811d
	.quad 0x000041cf00000000, 0x784cd5c2bdbef5be
	.quad 0x8036b528f07f903a, 0x78ca03a60930cd7a
	.quad 0xca6dbd83d1a1fc00, 0xb2b35f86e8f5af14
	.quad 0x7ff9cdfbff6b09c7, 0xc0000000ff800000
	.quad 0x772f6bd71bfc1e15, 0xc2e0000000800000
	.quad 0x7ff0000000000000, 0xfff0f749a4357662
	.quad 0x489d841f74c6b7ff, 0x8ef873dfffffffff
	.quad 0xe1b2cb9a49be857d, 0x400664a2bfb00000
	.quad 0x507f2581fd3aff3e, 0x801fffffffffffff
	.quad 0x8000000002bf8399, 0x42c15d85147ef41e
	.quad 0x2ef93f9f7ef381e5, 0x06f954e3ff800000
	.quad 0x7f8dc90f78b20931, 0xbdc0ec533d58e5e9
	.quad 0x61298c8400000000, 0x3f743ca37f9dacfe
	.quad 0xc3f8fec76fc6686c, 0xc0724ab22d946b1a
	.quad 0xf31b17267f800000, 0x4060000080000000
	.quad 0x477ea5c27fbccfe6, 0x493400003c380000
	.quad 0xc012000000000000, 0x7ff0000000000000
	.quad 0xd5acc3c4077b7d9e, 0xc01d000000000000
	.quad 0xc07c0a63eceb2af4, 0xcdda0e0bff60a940
seed56:
	.quad 0x0000000100000000
	.quad 0x0000000000000001
	.quad 0xfffff446a026fa95
	.quad 0xe9b6ddeb4444946b
	.quad 0x0000000000000139
	.quad 0xfffffffffffff662
	.quad 0xfffffffffffffc55
	.quad 0x0000000000002796
	.quad 0x0000000000000032
	.quad 0xba54af45b9412e2f
	.quad 0x0000000080000000
	.quad 0x001b7aca99f142d1
	.quad 0xfffffffffffffff0
	.quad 0xffffffffffffef5a
	.quad 0xffffffffffffff45
	.quad 0x0000002de0591182
	.quad 0x02400000
	.quad 0x40000000
	.quad 0xce5a05c5ce4d0200, 0x8e1aa6fc1f98c2e3
	.quad 0x818734a03e3404c8, 0xc0f800005fbb1576
	.quad 0xcf000001c3a3acc4, 0x8010000000000000
	.quad 0x73b26890ffa49783, 0x42bf2ea98850909a
	.quad 0x7f9bfd25ff9ca4ec, 0x4230b967ffbf6a80
	.quad 0xd11588cce6f9fe64, 0x7ff98a0e2e6c3f75
	.quad 0x17faeba1a493a4bc, 0xc07b4d59afc6a07a
	.quad 0x45c716c1cffffffe, 0x40fffffffffffffe
	.quad 0x588784c294a8c5dd, 0xff43d1df7f7fffff
	.quad 0xbf78b85100b3f2da, 0x804000000113b917
	.quad 0x7ece8b459f27e7bd, 0x00000000bd000000
	.quad 0xfe8b851ef5d04398, 0x277db452fff70c93
	.quad 0xc38f962b807fffff, 0x3f1c000000000000
	.quad 0x4050000041000000, 0x3f91dce00d46d907
	.quad 0x42fde6517fc00000, 0x7fffa54d44b85990
	.quad 0x518906a6105c8d9a, 0xfff0000000000000
	.quad 0x7ff0000000000000, 0xc7bcf3207fd5ed01
	.quad 0x8369d58e7f800000, 0x1a3dd74639c3b39c
	.quad 0xeed139480bdd0798, 0x5697e24d7f752867
	.quad 0x3f816f31e8f5d6eb, 0x477875f3a3b08add
	.quad 0xfff53033a1d88afd, 0x406c7c4a5574d4f9
	.quad 0xaa9258e0eb4fffff, 0xecb681e69a757c00
	.quad 0xbfc77f54f99161b0, 0xd7d4d1a54ba59419
	.quad 0xcbb267d6f083e2da, 0x2adab879016e7d9e
	.quad 0x91048fcbdd4a7e00, 0xe566024e7fe1e74e
	.quad 0xf9932214fefeff7f, 0x4298c503b7000000
	.quad 0x005660e093451587, 0xfec25828bdd88456
	.quad 0xf1cf00b6d885db2e, 0x4ec56ec2df54456f
	.quad 0x3c00000049c00000, 0x528696c0bf23a41b
	.quad 0xdfdd52eb79c087bd, 0xb5800000fe800000
	.quad 0x94da505abf0a378a, 0xbf39000000000000
	.quad 0x00000000c2ddbc2b, 0x04d78e33df000001
seed57:
	.quad 0xfb8eb94bd613a8db
	.quad 0x0000000000000156
	.quad 0x2113da82565642b2
	.quad 0xce82e792fd5d1f31
	.quad 0xcb513b238c22d747
	.quad 0xfff324f62712996f
	.quad 0x000000007fffffff
	.quad 0x588945d807625596
	.quad 0x0000000000000298
	.quad 0xffffffffffffff90
	.quad 0x00000000000000aa
	.quad 0xffffffd6f173c848
	.quad 0x000be49139b39cd4
	.quad 0xfffffffffffffe01
	.quad 0x000000000000007b
	.quad 0x0020000000000001
	.quad 0x01c00000
	.quad 0x50000000
	.quad 0xffe5fdae702bdbc0, 0x64226e54debaffeb
	.quad 0xe6afcbbd8237bb20, 0x7fd579478f27b58a
	.quad 0xffe2062bbf100000, 0x51acb0f4dfffffff
	.quad 0x6705879972a707ff, 0x4019ddb79c96c5a5
	.quad 0xe41c3adafd9b89f7, 0xff51ba8539f12471
	.quad 0xfff0000000000000, 0x4002000000000000
	.quad 0xbdaa68196d24b3e6, 0x0000000000000000
	.quad 0x382452cb773a033b, 0x770dd5b2fff9eddf
	.quad 0x957119fa806f7565, 0xcb82e8202d115b8b
	.quad 0xfffd6c5f13e99ac7, 0x3b0aa69ed2f0dae6
	.quad 0x3ee3c8ed00400000, 0xbc6ce0cc00000000
	.quad 0x3fbdec79682449ea, 0x8353b62967c25157
	.quad 0x804000004f000000, 0xc1e4f5297e12eb07
	.quad 0x7f800000438cf154, 0xbdaf0a9c44175d8f
	.quad 0xfff4fa81b1d3ad9d, 0x33c59b3d8f2c0200
	.quad 0x7ff13bfb259dab09, 0xc03b7a6683fff8db
	.quad 0x3f18000000000000, 0xdc9ced00b19f7c88
	.quad 0xffbcaf45fee899eb, 0x58d65622ddfaa2e3
	.quad 0xfffaf2afc9d74534, 0xfec1d5af5c3f4d9e
	.quad 0xc05106f46f60ac04, 0x8002c8bef2d01a0f
	.quad 0xffdef25bd1e99036, 0xae606b3bc34f48d0
	.quad 0x7ff1bcf7c1cca533, 0x434805d97fc00000
	.quad 0xff86df5716ce9ff3, 0x7ff0000000000000
	.quad 0x07e613c4be3fd7fe, 0xc7000000bb9ad9a6
	.quad 0xcf9aeb4ce73cfde8, 0xc04daf1268780151
	.quad 0x4459e53315a17c00, 0x000000007f8871eb
	.quad 0xbfa00000ffc00000, 0x0023edaf57828c13
	.quad 0x7f0e4e0289ba03ff, 0xbfe4000000000000
	.quad 0xb9a00000a3735ab6, 0xbeee0000c0d80000
	.quad 0xbfcd516286436063, 0x0c9a19ae03eb47e0
	.quad 0xebc3ce6600a02c56, 0xa40f7ce5ffea0800
	.quad 0x74a1acab521e1d36, 0x800fd4bfbdec9f21
seed58:
	.quad 0x0003307dbc2e2b53
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffc4955
	.quad 0xffffffffffcb0e4b
	.quad 0x00000000000003d3
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0x0000000000000247
	.quad 0x000000000000027d
	.quad 0xc7c28b31f52756a7
	.quad 0x00000000000001bf
	.quad 0x000000000000005e
	.quad 0xffffffff80000000
	.quad 0x0000000000000001
	.quad 0x000000b6c8a7f1bd
	.quad 0xbc5ae885e2bd0440
	.quad 0x03400000
	.quad 0x90000000
	.quad 0x3efd800000000000, 0x98653a04feffffff
	.quad 0x3f022b74bff4fea5, 0xbf7bdc07311830ca
	.quad 0x7fb2f65e42459c76, 0x8065e50ec11c0000
	.quad 0xb379be60ad7df3ff, 0xc00000010710395f
	.quad 0xfff3635f33beae15, 0x43412c2e3e000000
	.quad 0xc37c0000be1d0000, 0x3f000000c0aa3370
	.quad 0xc017000000000000, 0x0000000000000000
	.quad 0xc03e7edcc0801ba6, 0x3fffffffffffffff
	.quad 0x8d73103cffd8cdea, 0xc0da4d48802d94ba
	.quad 0x41e44b05404ea0df, 0x47000001a35ef5a9
	.quad 0x91ab6e2c704dfc00, 0x87993136a37fffdf
	.quad 0x2e740ac23c297c00, 0x7ff8000000000000
	.quad 0x4023000000000000, 0x3b9a4e63407ffffe
	.quad 0x433835fcfd3ffdb6, 0x8000000000000000
	.quad 0x48cd4eab377fa6be, 0xee1548774ff6a15b
	.quad 0x41cdaa563b568efe, 0x3555fc97c97a9beb
	.quad 0x03da38b4bf8202fc, 0x8000000000000000
	.quad 0xf2843382da251f8c, 0x804000007fb45bae
	.quad 0xdf549b864d6432fd, 0x8000000000000000
	.quad 0xbf85602061d9f558, 0x3b2c2c2f227b8000
	.quad 0x76900291ce26a16c, 0x7fea8872ebebaec3
	.quad 0xfa148b4bf2577fee, 0x7e31f8cd04689ab2
	.quad 0xffefffffffffffff, 0x4320000040700000
	.quad 0x92707b6b1daf98b0, 0x349cd8aeffe28300
	.quad 0x40f0000000000001, 0x8004658bc07ffffe
	.quad 0x7fa15efb43a00000, 0xbfef0ce16d3d9eae
	.quad 0xc1fc85180410a5be, 0x477000007f1b383b
	.quad 0xbf833911b4b47fa5, 0xff800000c2e16d14
	.quad 0x213e97d0438a83d6, 0x3e4f6841ff800000
	.quad 0x382000000e3276c4, 0x400ffffffffffffe
	.quad 0xc0300000c0a4fdbf, 0x25b923557f800000
	.quad 0x4104800000000000, 0xc0fe000000000000
seed59:
	.quad 0x0000000000000192
	.quad 0x5563a7dc86490b19
	.quad 0xffffffffb533391e
	.quad 0x000000000163391c
	.quad 0x000000000000006c
	.quad 0x5b2002c53e2c4263
	.quad 0xfffffffffffffed1
	.quad 0x02c61472fca06c15
	.quad 0x01412e928d6f59db
	.quad 0x6a00abd7ca249d22
	.quad 0x5555d48fb0c6de9b
	.quad 0xfffffff83294f377
	.quad 0x83bc00606f3fb3ff
	.quad 0x0000000000000001
	.quad 0xcc9ac388ad193bbb
	.quad 0xffffffff80000000
	.quad 0x00c00000
	.quad 0x10000000
	.quad 0x402997504f71f47d, 0xbe160d3cc0841522
	.quad 0xc114000080000000, 0x22433b44e4f7f47b
	.quad 0x40c000007fc00000, 0x32babf58dcd08000
	.quad 0x42767a9ea39235f3, 0x4e6ca5a7a83a8200
	.quad 0xa9fdfda05b4a4000, 0x8000000000000000
	.quad 0x2ae3680a26355097, 0x7e82a30c19387759
	.quad 0xfeef57b2d9fffffe, 0x5b718ef6ddb17cfd
	.quad 0x8249bb78be628176, 0x8c2d15b1fe9d0000
	.quad 0x811fabebb6fb3ad4, 0x655dde40ffcfde76
	.quad 0x050c2cc514457c00, 0x5b0d70adf5cfdef9
	.quad 0x3fbb244288552cd2, 0xc3fe8e91cf000001
	.quad 0x7fff8ac971a89bdd, 0x0001f986bcdbf3fb
	.quad 0x43e0000000000001, 0x400d5d2b4fc7423a
	.quad 0xf20b2440e6b7ec00, 0xc068dd455d66b7d8
	.quad 0x5c30efe776aa255f, 0x3ad000000db0e43b
	.quad 0x4a6533f4af6fe9bf, 0x805113ab95517c79
	.quad 0x80f9e1a5775bd6e9, 0x70891d33136a8d38
	.quad 0xbfdc06daffa0986f, 0x5cf695d0ef76fffe
	.quad 0x498399992b6d0401, 0x02378fbb5280dae8
	.quad 0x0002827b8a19a025, 0xfe6ddf02f07bad38
	.quad 0x45f9213ed937831c, 0xba19f8acc08e483f
	.quad 0xd0f8ec2ae6a17e00, 0x3f7d9b30c0e00000
	.quad 0xf4c66b13bd4bda88, 0xbf8f87485fe71345
	.quad 0x7520db67bdff7df7, 0x0fe8d0d37fae8864
	.quad 0x4fdd9cbbd00ffab8, 0x8006c56176718893
	.quad 0x0000000041d25577, 0x6f1cf231d3d77317
	.quad 0x288228ef9c99fc00, 0xff8000007e800000
	.quad 0xffc00000c122bbd5, 0x9546b60f42000000
	.quad 0x9d8b4fccffeeefb8, 0x19b1039ac1040000
	.quad 0x7f7a5c6243ca8f77, 0xba3761d3da6e310a
	.quad 0xbfad678f8894ffef, 0xdda2bec5896258f2
	.quad 0x00000000bd8a0161, 0xffa61475c07fffff
seed60:
	.quad 0x0000000100000000
	.quad 0x40e3a1a281fa90ac
	.quad 0xffffff3ac4cfdba2
	.quad 0x0020000000000001
	.quad 0x00000000000001b0
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffff4
	.quad 0x00000000019186a7
	.quad 0x000000000000010a
	.quad 0x000000000000036b
	.quad 0xffffff6641b02f27
	.quad 0x000000005db7b9fb
	.quad 0xa3da751e7a2bc314
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0xffcc6d9903cd61fc
	.quad 0x06800000
	.quad 0x50000000
	.quad 0xc0e7b14f83e981aa, 0x1a04a67319934d51
	.quad 0x63e2fcac491bc52c, 0x3ec00000fed9f892
	.quad 0xfffc2ad7409a988e, 0xe79cd21954faff7f
	.quad 0x0b7d0f26bde35bff, 0xf00f787d80539709
	.quad 0x40f0000000000000, 0x80000000da12c9f5
	.quad 0xffde01c3bd5eea9f, 0xe40e12cadfffeb89
	.quad 0xe4e95485c3dfd201, 0xbe4fae660122df3f
	.quad 0xc07470ae9f028dbe, 0x3f7f35eaa027b9ff
	.quad 0x7ef03d5e88806d5b, 0x7fff67e3015c11f0
	.quad 0xc110d8de154d6980, 0x9a40ced8bd218000
	.quad 0xfff0000000000000, 0x8a949ae93cde09bf
	.quad 0x80c33ba0c0d00000, 0x15fa0dca7ff3fc00
	.quad 0xbfe4b71d7f800000, 0xbfe8000000000000
	.quad 0xa5b1fee004c79ae8, 0xbfbc50c5b3a1d82c
	.quad 0xfff34c89f94d8598, 0x811561ec42e011ff
	.quad 0x7b5ab3c4abcc7cb1, 0xf35d3c93b1d34830
	.quad 0x00000000d1328d18, 0x49cfcf5423833692
	.quad 0x00d56887cfffffff, 0xfed326a8f424ca5c
	.quad 0xf972d4f1dffd7c4f, 0xff8caca2c516e883
	.quad 0xdb2ba378a35145b7, 0x37f8d403d1d57c00
	.quad 0x391feff6ff793413, 0x6edeb3c710ac8304
	.quad 0xffc00000017fffff, 0x7f800000c157fae3
	.quad 0x96db2c9080000000, 0x800000009131cd2a
	.quad 0xc1f000007fc00000, 0x3fbcbc215a6da7b3
	.quad 0xbff74d7e8935690e, 0xecded26a3b5b3c80
	.quad 0x27d95bffbefafedc, 0x48800000bb8dd18f
	.quad 0xc023800000000000, 0x30e4fa5abff77bff
	.quad 0xe7409e8c22d6a2c4, 0x4276596919376b9e
	.quad 0x9f28462b627449a9, 0x7ff0000000000000
	.quad 0xff0551ba80000000, 0xd5f6b744b447e870
	.quad 0x42f4b895975f5ece, 0x7f80000080000000
	.quad 0x1066356694f3fdb0, 0xe9700882b43504b5
seed61:
	.quad 0xa385a4344e6f3d61
	.quad 0xfffffffffffffdbd
	.quad 0x0000000080000000
	.quad 0xffffffffffff6902
	.quad 0x5c06baf34a0fe1e4
	.quad 0xffffffffffffff4a
	.quad 0x0000000000000000
	.quad 0xfffffd61195b88e8
	.quad 0xa03fec8287d56c9a
	.quad 0x000000000000025c
	.quad 0x0000000001a2d328
	.quad 0xe917bc80306e4fb0
	.quad 0x0000000000001370
	.quad 0x72a081d4a123a4b9
	.quad 0xffffffffffffef4f
	.quad 0xd2eba071cc0a9765
	.quad 0x03c00000
	.quad 0x00000000
	.quad 0x5287d44d1073409f, 0xfff8000000000000
	.quad 0x7b34857bcfffffff, 0x72efb4967fc00000
	.quad 0xfff8000000000000, 0x5285098ae8cd3a00
	.quad 0x3b92581324173f7f, 0x397e2f0649e27e05
	.quad 0x8020000000000000, 0x00000001c22a29b6
	.quad 0x7e795e698fc9d791, 0xc0ea72e25f800001
	.quad 0xbf7f6317ffce8001, 0xff853e822c8b5e12
	.quad 0xd3eb6e477065fdb8, 0xc024000000000000
	.quad 0xdd53d77299b7fc09, 0xe27345864aedbbff
	.quad 0xfff2230b4c7af26f, 0x7f53241008486fa0
	.quad 0xefae96213dba7004, 0x0000000000000000
	.quad 0xbc0d50c77fc00000, 0x3fd0000000000000
	.quad 0xc021000000000000, 0x8603124a7ffe805e
	.quad 0xbe20137afa454700, 0xc098000080000000
	.quad 0xf20b12dbfd2b54b9, 0x80000000121a08dd
	.quad 0x4f611ee41606fc00, 0x6314b9f95a7fffff
	.quad 0xc6400000edf90776, 0x401c000000000000
	.quad 0x9f8df6ecc0700000, 0x2c4543b840a12944
	.quad 0xbfd3600000000000, 0xff7b9f3d1e77f43b
	.quad 0x4d4fe0ef1d199e9a, 0xed07f58859bd7e00
	.quad 0x101f1a537f800000, 0x486d2f91c9ffffff
	.quad 0xc9a7000055136d13, 0x55e8b3f669fbffff
	.quad 0x80000000c710a0a6, 0x8031e6c9bc5ae6c0
	.quad 0x7fc709747eb703b1, 0xfeba1cb1fffff578
	.quad 0x41ffffffffffffff, 0x0000000000000000
	.quad 0x80477c081c814ba9, 0x400fffffffffffff
	.quad 0xae98bef3d82b3033, 0xfff69f0ca0f5a935
	.quad 0xc141da787fa83fe9, 0xc028e80d2f9bffa4
	.quad 0x46efe3b17ef6f7ff, 0xf7be48b0b3dffffa
	.quad 0xcb0a811aaba3593b, 0xf8675da622b9c380
	.quad 0x7f9e648100400000, 0x7c121753fe800000
	.quad 0xa47b38cf41089f66, 0x41020000bca80000
seed62:
	.quad 0x0000000000000333
	.quad 0x9023ce81f6cf8d3d
	.quad 0xfef2c92bedc9710b
	.quad 0xac0d67d6e66bfb0b
	.quad 0x0020000000000001
	.quad 0xffffe40493f57eab
	.quad 0x2b185de2ddee4e2e
	.quad 0xdf7ecb0ce47ecab2
	.quad 0x0020000000000001
	.quad 0x000000007fffffff
	.quad 0xfffffff9fcddbe3c
	.quad 0xfd97e5150529beea
	.quad 0xffffffffe0020de8
	.quad 0x00000000ffffffff
	.quad 0x000000000000026e
	.quad 0x000310d38f1e3071
	.quad 0x01000000
	.quad 0xe0000000
	.quad 0x40626362dc3952d2, 0x7f96a5743d988d61
	.quad 0xfffd8e119807a495, 0x0e2fd9f34f000001
	.quad 0xbffd3dcba8cd176f, 0xfff5dd40ffab8474
	.quad 0x0000000000000000, 0xbd169632ff800000
	.quad 0x04fd4c4bffb579f0, 0x47af161b3f723fac
	.quad 0xc23a6f64f0e38a92, 0xb6c0000040900000
	.quad 0xfff0000000000000, 0xff80000022d2b74a
	.quad 0x800fffffffffffff, 0x400ffffffffffffe
	.quad 0xa6da374b1c6e4fae, 0x4030b4e8c55d5e3d
	.quad 0xfff35d34cf37fb7f, 0xee58c81f01000000
	.quad 0x7f0b9e3e0f8af254, 0x3f765fa4807d5095
	.quad 0xbee6526600400000, 0x5f7fffffffc00000
	.quad 0x1493340dff549639, 0x464d800002ac3238
	.quad 0x3860000040f80000, 0x49a4cd993dbc9507
	.quad 0x00f37f973ae00000, 0x40749a4cfc065b93
	.quad 0xb5baee40a74333a0, 0xa42da8eb7f66fa54
	.quad 0xabc4524c7fbbbbaf, 0xa1c1850fffc7fa3b
	.quad 0x0000000000000000, 0x1e1600747fbe57d4
	.quad 0xffd56f3d06ea845e, 0x1b96d963df7d7f06
	.quad 0xd9e881e47f8e5fcb, 0x7ff28e1d0f2593a8
	.quad 0x989472b658e29f3c, 0x0d974ac37fa46a7d
	.quad 0x7fc00000e02fdbb8, 0x53901916f6ebbf01
	.quad 0xbd940000d0b36405, 0x4f7fffff4e800000
	.quad 0x4011800000000000, 0x4514f4ad4fdffdf7
	.quad 0x80636ceb67a05f6e, 0x6c606609d4407534
	.quad 0x2a7022d2fff7fdae, 0x87d92ef87effbf8d
	.quad 0x81d6517d52f4c032, 0xa7c2b058fffefdcb
	.quad 0x3f6000007e42716f, 0xe9a76fd5fffe7984
	.quad 0xc15eeb8fff800000, 0x8000000000000000
	.quad 0x3f5ed432c12441c5, 0xe94ccd5737fcad5e
	.quad 0x9104d02d409c0000, 0x40d800003fa00000
	.quad 0xff800000fff499d6, 0x7538f96a3c142be1
seed63:
	.quad 0x0000000080000000
	.quad 0x0000000000000000
	.quad 0xfffb830253cf7d4e
	.quad 0xfffffffffffffcbd
	.quad 0x61b62159533716ee
	.quad 0xa6741d07289220cd
	.quad 0xff81ff848cf730bb
	.quad 0xffffffffffffffff
	.quad 0x0000000000000000
	.quad 0x7832de3a9009248c
	.quad 0xfffffffffffffe9c
	.quad 0x2ce77b6177ffc765
	.quad 0xfffffffffffff3de
	.quad 0x0000000080000000
	.quad 0xffffffffffffff54
	.quad 0x0000000000000000
	.quad 0x00c00000
	.quad 0x30000000
	.quad 0xc364f1367f3341be, 0x43d7615a42f88ec7
	.quad 0xbe800000cf000000, 0xc02ec973974b69c7
	.quad 0x4070099a18b17c83, 0x936a49e27f90be3c
	.quad 0xbacfedc1ffd24080, 0x7fba307380000000
	.quad 0xf0df9448b4df4fda, 0xcd3afebfd296de45
	.quad 0x810a87d6262222a2, 0x43e9aeb2a65e6eeb
	.quad 0x8000000000000000, 0xc25e6ab8fa1ea5e6
	.quad 0x884c2565b6b8fbfe, 0x71b9b10ef4eddf1c
	.quad 0xbfd0000000000000, 0xc1dd78747fa8822f
	.quad 0x15035a9a1e4cdcf8, 0xffcec15a8b8bf009
	.quad 0xc30d42b1bc7660c7, 0xffc000007d8d14b5
	.quad 0x6d6027c47c39fdf9, 0xfff8000000000000
	.quad 0x3dedbc34fffffedf, 0x82cf72124046ce3b
	.quad 0x22800551d17fffff, 0xe7df57c3a593b61e
	.quad 0xc285b2cb804b6b40, 0x3e800000ff000000
	.quad 0x7feb8ca4ffe48bc5, 0xc08800003b8dcc88
	.quad 0xdf164eb442fa9ab8, 0xf84e21563fb00000
	.quad 0xe2c603abfbb7799c, 0xd181ef9a73408711
	.quad 0xc0f8000016c8c77b, 0x4001c19cdf14d79b
	.quad 0x05df0514435dbc64, 0x1280b354ffdef5b7
	.quad 0xf33544d759800001, 0x4029974d7587dda6
	.quad 0x803700c68950d472, 0xc1fdae547fe4fd4a
	.quad 0xec796780ff57f73f, 0x81c72973ea400ee9
	.quad 0x4c69d4b16de1c720, 0x8d1b82bb80000000
	.quad 0xc0f0000000000001, 0x1d37ff27ffdf9f76
	.quad 0xbf40000080000000, 0x0000000000000000
	.quad 0x464af41f0b6503fa, 0xd1d90c6e8a74315f
	.quad 0xc031bdb68164583f, 0x598bfdc261bffc47
	.quad 0x3ffca1884227553f, 0xa42b0a6aff9fe1ab
	.quad 0x8000000000000000, 0xff80000000000000
	.quad 0xffd8da7f626d828d, 0x9cdd25068fc4fe27
	.quad 0x93664151ff95fd33, 0x0135d471be76e9da
