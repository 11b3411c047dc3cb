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
	.inst 0x9e280120
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e616991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ea0fa12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6f4cfcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e7cb014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e03d4f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e621a76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e43fd97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e28fcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f089079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e61785a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2b2b3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e28020c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2718fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e3101ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26401f
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
	.inst 0x1e652040
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e0304b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4f3dfc72
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ea1a9f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e2169f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e654155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a4a56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70e417
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e21c0d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0e2179b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e30c93a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e262090
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e20010d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6838de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2f3ce49f
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
	.inst 0x4e61c490
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2100c1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e69dcb2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e208953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e61d9b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7ee0c855
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ef4ed36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e30f9f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4eeffdd9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67783a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fce519b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f59e4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e6bfdfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f61b91e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e6800cf
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
	.inst 0x0e617990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e685991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee0f8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f31bcd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2f2fe5b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f669455
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e58d4c6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0c817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ea19838
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e252859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e70006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea1997b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c72f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e78016d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1f9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e78008f
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
	.inst 0x1e2a79d0
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
	.inst 0x1e610142
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x2f3ffe53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e66fc74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ea1a8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e61a9d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e21d9b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27e6ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x0ea1b919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2d095a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e78022b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ea1b83c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6f38e4dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202158
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e60283f
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
	.inst 0x1e602008
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e790101
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ee9d552
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e238993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f41aa74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e198005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6da42c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f558557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6d3998
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7220b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee1d87a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67417b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5ea0c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e61695d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3bb01e
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
	.inst 0x7e61d9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f2b0031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2ea4f412
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e230073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e67b014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21d8f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e380186
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6fcd9157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fad5878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e43d139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61d89a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e02d1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e69399c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fd5511d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23017e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e61d9bf
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
	.inst 0x9e710020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6eb0fa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f439892
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e20c1b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e23c234
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e21c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e7800a6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6ee1e657
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e61d018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6201f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e217a1a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4fd0993b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e20006c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e62015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66393e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f26b4ff
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
	.inst 0x1e274010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee5fe11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e6179b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0e853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e713814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0ea0ca95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e674296
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f080a37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6ee7eef8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e61b819
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6a2020
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e652170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e69002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202178
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ee0ca3e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1b99f
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
	.inst 0x9e290060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6ea1da11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7129d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6eb0c993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f670c94
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee0f835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f112e56
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0f8259b7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f2d3c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e431939
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
	.inst 0x1e2009db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e30db7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e652add
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6fdd985e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0f8d9f
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
	.inst 0x0ea1a990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e264211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5ee1b832
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e620073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4ea9f674
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
	.inst 0x0e21c816
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
	.inst 0x1f2a5918
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e620059
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4fb0999a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e71387b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e65024c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6358dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e3af41e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e219a7f
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
	.inst 0x1f4618f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e70d931
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
	.inst 0x9e630173
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
	.inst 0x4ee19995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd190d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e23c0f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e6bdc98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2508f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1f2fe2da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c09b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e77691c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e7801cd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2e2198de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e61c8ff
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
	.inst 0x6eeae590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f62b551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f8898b2
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
	.inst 0x1f11ae14
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e66c575
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e70d996
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f562157
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e313671
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e280189
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e602018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e3ac49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f51fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e342200
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202068
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f0c881f
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
	.inst 0x4fc598b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e30cd11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6d9012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2d8873
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x2ea1f974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e640145
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e3114d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2af017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e660878
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e603af9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e21b85a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e67425b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4502dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e43fcfd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e72391e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24407f
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
	.inst 0x6ee9edb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e63c031
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0ea19a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e720853
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e63c0b4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2ea0f895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2200b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f39e577
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e673c58
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e61aa79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e29487a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ea6c49b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee198bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e267638
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7a2b9e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6022c8
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
	.inst 0x4e618850
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e6169f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6fcd9a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e280103
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e710064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f008d75
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e03e936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e6c145f
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x0ea0d978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7e3019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2f20e55a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e223a1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3020a0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e64c41d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fa7125e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0e216aff
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
	.inst 0x6e30f9d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6658b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e302872
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4ee0ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e7801e4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e390005
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2a0856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70f917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e220198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6fd7919a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7e61697b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6eb0c99c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4eb8f5dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6ef1f49e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e21c15f
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
	.inst 0x7fc399d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0fa919f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e6200f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6741b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2639d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f4e3475
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2f5916
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e620197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x6e64fcd8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e624119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63005a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6cc45b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2441fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6778dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ea1b87e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e602198
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
	.inst 0x0e217810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e2add31
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e310972
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f69e633
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e3395c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f344655
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e2900e6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f301297
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e588c88
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e6748b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e69e69a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e79016b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e7001ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ea1d83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f056d7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6641ff
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
	.inst 0x9e43f1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6a6951
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e602218
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e59ae43
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e610044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3328f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee0d816
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e390007
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e283a18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e264139
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5e65fc9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6442db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x0e2af4fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a99d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4f6ae4fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1d8bf
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
	.inst 0x1f000c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e253a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e20d592
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e610224
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x2fa391b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5e21b876
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e300479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e6502e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fd85079
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2608da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f67fdbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e389ddc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f2220dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f66e43e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e24c15f
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
	.inst 0x4ea2c4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e22c1d2
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
	.inst 0x9e230134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e344430
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e245956
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
	.inst 0x4e27fcf8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e3418d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e2ae47a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4f4cfcbb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f4a15bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x5e61a93d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e30785e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4ea1b9df
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
	.inst 0x4e60dcb0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2ea0c8b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f2ac192
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e3800c3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e620114
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e6b49b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e02ecf6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e70da77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4f8c98b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0f919
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60a66d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202a3b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e25411c
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
	.inst 0x7e61b9fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f253e1f
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
	.inst 0x4f54fd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e220071
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e03a8b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e2201f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e642e74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e264015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e325016
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e742977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5ea1ba98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e21c439
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61012a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e202198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2301fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x9e21014d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e60018e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f6f05bf
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
	.inst 0x1f493c10
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e663a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e7900c2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4f909133
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f4cc814
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e2ce695
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7e2eec16
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e602268
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fce52b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f68ac79
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18d94a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4ee8d4fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e79ec3c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4fcf193d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66195e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e6441ff
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
	.inst 0x4e6198f0
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
	.inst 0x9e390202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602148
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e196024
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e600045
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6e10d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x2e2afcb7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc599d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e715019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e67433a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d39db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e68036c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2e3a3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e2fd5be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e792a1f
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
	.inst 0x1e2719b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e24c531
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e680202
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f441c93
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e200d14
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
	.inst 0x1e429c76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e72f017
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
	.inst 0x1f0e4319
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ee6ec9a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e27c19b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4ee1d89c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee9c6fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4fcf1a1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5fc4107f
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
	.inst 0x6e24f4d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e6fe491
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e694cd2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7eacecd3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6fc59854
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e30c8b5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2df5f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5fce1017
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fca99f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e217e59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e31c71e
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
	.inst 0x9e7802ac
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2d9d3d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e7101ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7e70c83f
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
	.inst 0x4f60e530
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e217811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e20c0d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e6168f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e602250
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e604835
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e710106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e19b4e7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e25c46a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e603959
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3520b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2d58db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2fd01c
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
	.inst 0x5fa6507e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e662b3f
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
	.inst 0x6e6188d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x0e24c511
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e218df2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e653a53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e780064
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230115
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e2e2956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6afc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e230198
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e661999
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e2958fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x7ea1b87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e6300dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f0d31bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e66403e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26197f
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
	.inst 0x5e6afc90
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ea1d971
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ef0fe12
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x4eacd553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e282100
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e68f677
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f865036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e640167
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e380208
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e390069
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e18610a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f63b11b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e19a2cc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f52565d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e23005e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e37e54b
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
	.inst 0x4fce9990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ea0c8d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6440b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f724073
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f50e654
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e6eddf5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6a85f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0f837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f129818
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e26e53d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e61a99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e212060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e38395c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e79c72c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f58be7e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x2e218b3f
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
	.inst 0x6e30c810
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e66dcb1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1ee24132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee24013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2641d4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1f301255
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4fd41976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f40da37
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e43bc38
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e610109
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4e65e49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f2f9efb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a497c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6e28e59d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5fcc18fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61de5f
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
	.inst 0x1f0a95f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e23c211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f919992
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e70ddb3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6f71fe54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e790065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e32dc36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7e30f977
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x5fc79058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e790089
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x5fab985a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e58c1eb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f61e6bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ea0c95d
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
	.inst 0x2f879a3f
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
	.inst 0x1f258570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4ee19a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e200022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f44ca13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e216934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e310065
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e29d536
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee1d857
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e6168f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e0298b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e30f8ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63c1fb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e61429c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e24004d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4ea1b85e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e26699f
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
	.inst 0x1e620130
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee0d991
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e02e932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e22e533
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e21fd74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e620075
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x9e700106
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee0f817
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e221898
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e22c279
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21691a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e39f41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6f2be59c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6300dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e70006e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e77283f
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
	.inst 0x1f631470
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5eecfc51
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e697503
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6f5833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e616a54
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x0fae9a55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6eb0f976
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6ed6d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61a9b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5e6ffe59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e3902ca
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6e101b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e24002c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e63015d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5f5afefe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e2c28ff
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
	.inst 0x9e380080
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e620091
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f6f4552
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
	.inst 0x1e630094
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e19a265
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5f8f9216
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e234a57
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fc79938
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e61c0b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e21aa5a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1f05219b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4e61683c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4e68c5bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e238abe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x4e61a85f
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
	.inst 0x1e2b4870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7e60ec71
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0f801132
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e264013
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2e9600
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e390085
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4f49e496
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e61b877
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6228f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f6988b9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e34287a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x0f8d98bb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e281a5c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f7bb2bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e22019e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e03cdff
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
	.inst 0x1e241990
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e29f5cb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e22f452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e24e613
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1f61b5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x7e30c995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0eacf4b6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e31e460
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4e61aa18
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e700249
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6ea1f5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6e2188db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e58418c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e37901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x4e79fede
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1ee243df
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
	.inst 0x1e6020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f204171
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6e2dc532
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0f2efc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2c5014
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e29e595
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x5ee0feb6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e210ad7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e726978
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e21dada
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e298b1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e02d41c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x0f92107d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f3a193e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f61185f
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
	.inst 0x7ea8ec50
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e3db011
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3188b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e22d5f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x7eb0f874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e700285
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4ee1d856
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e3620f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e21b8b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f2d85b9
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
	.inst 0x1f6ce95b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6d2a7c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4f90939d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e6100ce
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e59fc0f
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
	.inst 0x6e64d5f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e59bd81
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e222452
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e322060
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02b934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x5e6efe55
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e337936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f67ce97
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e3801e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e28f479
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e38016a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e68697b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e60c01c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1a91d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e6dfdbe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6e6fc43f
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
	.inst 0x4ee1d870
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x2fa49211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4ea188d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e202048
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e728974
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e2901c5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e63c0f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5ea1f9d7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7e25e4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eeac4f9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7e72e5da
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e67fe1b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6ee1dafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e03901d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e28399e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e662100
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
	.inst 0x0f869910
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e42c0f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6641d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e291833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e29d5f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f8f9a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e23c036
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e03c917
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e20d4d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e282859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e18e16a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e66411b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2aacdc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2a099d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1ee2429e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x6ee1b97f
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
	.inst 0x5e22ddd0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x9e195c21
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee9d5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6400d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2640b4
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
	.inst 0x1e250166
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e672837
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e6a29d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6e30f839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e60e409
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e695a5b
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
	.inst 0x6e21d85d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6f59fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea1fc7f
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
	.inst 0x1e6240b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x6e30f811
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6919b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5ea1f993
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5eeafdd4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e618975
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x6ee1edd6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f0e8058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e240309
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e20006a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e60c0db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6301fc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e202238
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x2ea1f93e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea8fcff
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
	.inst 0x1f653590
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x7ee1aa11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f509cf2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x5e26e433
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e624054
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4e27c535
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1f6850d6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e7000c7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f035498
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e630019
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e27407a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e7245ae
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x2e21c9dc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2020c8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e3f101e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x0ea19b5f
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
	.inst 0x1e704c91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f063492
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e24e553
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e780044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x4ee9fd95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x2e22fe76
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e65dc17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f328ab8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e7901e9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0ea6cdfa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e1804ab
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3a283c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e61415d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2900ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e23091f
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
	.inst 0x9e028930
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5e61d8f1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x2e2de5d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e7248f3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e328478
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
	.inst 0x2ea5f476
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea0d8f7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e664278
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1f02a519
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x9e61018a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21985b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x7e21aafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e2142bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e7102ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e62411f
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
	.inst 0x7eb0c9f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e202058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6300b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6a3d53
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6e619874
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6eb0f8d5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e6120d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4ee2cd77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e630058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e272859
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e25c15a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x9e79014b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1f2f997c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6640dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7fb393be
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1f46b13f
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
	.inst 0x7e70f950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f302451
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x6ee1d932
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e6200b3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2a8834
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2e3a15
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x7eb0c956
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f504d17
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c1b8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6eb0c839
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea6e4fa
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e21a87b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x4f23fc9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x2ea8d4fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2dbd5e
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
	.inst 0x6e2dc4f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e21c617
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6b5012
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e22ed13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e6301f4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3121e0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e72962b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e2801a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x7f70e5d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e75f4b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x7ea1d9ba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e6ccebb
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
	.inst 0x1f0bef5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1f621d1e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ef0ca3f
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
	.inst 0x9e595560
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f503c91
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x4e26e5f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1f6d2173
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x4e31de74
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e21d015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e618a36
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6e6cddd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e280028
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x5fcf5a39
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x2e61693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x2ea6f4db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x6e21dafc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x7e26e49d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x9e42617e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e61c15f
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
	.inst 0x1e6bcd30
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1f6d8551
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e7001a2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e616953
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e02add4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e2d38f5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4eabf576
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e720cd7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e63c058
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e230119
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e6b395a
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
	.inst 0x4ef8fcbc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e75301d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e64c03e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e18b16f
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
	.inst 0x6ee0f950
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e65c0b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e183842
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x9e6900e3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x0e217934
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6f919995
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e292010
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x9e3802a7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x2e2ede98
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x2eafec59
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4ee0c99a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6eaad4fb
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
	.inst 0x2e2aef1d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6301fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e21010f
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
	.inst 0x9e230070
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e704a11
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e250182
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e2708d3
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x6eebec74
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
	.inst 0x5ee1b936
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x4e6ce537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1f085d78
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e214299
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0f84919a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e63011b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e63005c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e6dfc5d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x5ee1b8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e037d9f
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
	.inst 0x9e6301b0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x5ee0d891
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x5e21d9b2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e602248
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1ee24134
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6ee4e435
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e354687
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1f525197
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e2500a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x9e230039
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e32dcba
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6020f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2021f8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f02249d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e6b583e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7ea1b81f
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
	.inst 0x1e6f55a1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4e70e571
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x9e700022
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6ee0f933
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x5e20fcb4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e230155
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e707896
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x0ea1bab7
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e387018
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2021a8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x4eb0d49a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e66c41b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x5e21c9bc
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e27c0bd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x7ef0f8fe
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ea1b89f
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
	.inst 0x1e676970
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e6469d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e6301f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1ee2c153
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e380084
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e3ff015
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e200266
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x7ee9e537
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e27c298
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e2489d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e61c03a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x4e67cd5b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e6c2170
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1f11b83d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e202048
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
	.inst 0x1e23c1d0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e2718b1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1f482a32
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x0e2cfc13
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e250044
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x9e191885
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e60c256
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x1e202078
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x9e1955e8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x4e2178d9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x0e36dd7a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e6d7cdb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e2ccf3c
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
	.inst 0x9e2501ee
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x9e38002f
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
	.inst 0x5f5de570
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x1e0288d1
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x0e6178d2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x6e30ca33
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e60459b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e333895
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x4e6ffd96
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
	.inst 0x1f681df8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x6fc39159
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e28393a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x5ee1d91b
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e3b7690
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x1e29d01d
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x6e2bc65e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x1e38006f
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
	.inst 0x1e67c050
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
	.inst 0x7e70c952
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x7e21c833
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x9e3101c4
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x6e62fdd5
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x1e264076
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x5e34fc77
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x1e620118
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x7e32ed19
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x6e61693a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x6ef8eefb
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x1e200a1c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x6ee1b9fd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e2308de
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x5ee1da3f
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
	.inst 0x9e2201f0
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #384]
	msr fpsr, xzr
	.inst 0x4fab5211
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #392]
	msr fpsr, xzr
	.inst 0x1e3108f2
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #400]
	msr fpsr, xzr
	.inst 0x1e780243
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #408]
	msr fpsr, xzr
	.inst 0x1e2d7894
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #416]
	msr fpsr, xzr
	.inst 0x1e251a95
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #424]
	msr fpsr, xzr
	.inst 0x0e2188f6
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #432]
	msr fpsr, xzr
	.inst 0x6f69e557
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #440]
	msr fpsr, xzr
	.inst 0x4fcc58d8
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #448]
	msr fpsr, xzr
	.inst 0x1e253ab9
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #456]
	msr fpsr, xzr
	.inst 0x1e63c05a
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #464]
	msr fpsr, xzr
	.inst 0x1e2a69db
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #472]
	msr fpsr, xzr
	.inst 0x9e42ed9c
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #480]
	msr fpsr, xzr
	.inst 0x4ee1a8dd
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #488]
	msr fpsr, xzr
	.inst 0x1e63009e
	mrs x25, fpsr
	mrs x26, nzcv
	orr x25, x25, x26
	str x25, [x27, #496]
	msr fpsr, xzr
	.inst 0x7eb0c99f
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
	.quad 0x00000000060e99a9
	.quad 0x0000059ed981d0b9
	.quad 0xfffffffffffffd20
	.quad 0x93d77623350456c0
	.quad 0x8a1cafef764fccf7
	.quad 0xda35be2c0bcef02b
	.quad 0x121c19d902a90d17
	.quad 0xffffffae53be53b7
	.quad 0xffffffff96d1280b
	.quad 0x000000000001b81e
	.quad 0x00000000000002d9
	.quad 0x6c8672072d18d59d
	.quad 0xdf67f125f29e68b9
	.quad 0x3c88a3a277d244a0
	.quad 0xfffffffffffffc41
	.quad 0x000000007fffffff
	.quad 0x02800000
	.quad 0x60000000
	.quad 0x430000004114f350, 0x7f800000fec454e9
	.quad 0x001ff55a5bd5e9a0, 0xe45304eae6a09dff
	.quad 0x440edacefff6f1ea, 0x000000007f800000
	.quad 0x300e1393feffffff, 0x6ebb48a4410c8000
	.quad 0xffc00000fd6a1b0f, 0x7eb1523e2a22457f
	.quad 0x814a785038c18733, 0xff8000001c5a33fd
	.quad 0xc008000000000000, 0x80000000c4c00000
	.quad 0xbce9cabae772827c, 0x39800000be000000
	.quad 0xc3ffdc71016084c3, 0x14829a86bd307c00
	.quad 0x8010000000000000, 0xff0b600f7b68c8b3
	.quad 0xcaff78e289bdc719, 0x066a53d7b9cb28d4
	.quad 0x19fd9698e66885a0, 0x85022d9b4a4a6ec3
	.quad 0xa2a9e5cfa7c7a8e0, 0xf089ecd1d057023e
	.quad 0xe1325bdeea7549ae, 0xc0a0000080182d4c
	.quad 0x42143c37ff800000, 0x839e94573bb02ade
	.quad 0x4f7ffffe8509e2da, 0x801fffffffffffff
	.quad 0x9d9dc91c801594fb, 0x81a62736b49b3d7f
	.quad 0xffd9b53b2f7e324a, 0x400e000000000000
	.quad 0xeb292951bd8efcdc, 0x70cffb35c3fefff7
	.quad 0x3fb00000e4dad0b3, 0x9ca5ec95e7ddfdfc
	.quad 0xfea7bd6f0e767efa, 0x7ff0000000000000
	.quad 0x0cbe1b93ffe4c989, 0x8773882f7fe13012
	.quad 0x95db2d383dfc5ff7, 0x69d02e4666bfc3c0
	.quad 0x6cf3f27d7fa17dfa, 0xcd8116e1ff9eebff
	.quad 0x4012800000000000, 0xea29df8947a54700
	.quad 0x3f20000041f953aa, 0xbef7a00000000000
	.quad 0xffb417298d576b9b, 0xffc000007ff4a864
	.quad 0x26f47e0febfabffe, 0x3fffb1bfb5c8c572
	.quad 0x9b74884c80000000, 0xf68c8422ffddf9fc
	.quad 0xffa59d0cff8eed20, 0xbbca136881000000
	.quad 0xffd0000000000000, 0xbf6cf9d4bed20812
	.quad 0x4630000039c00000, 0x2dac6391bcdb78a8
seed1:
	.quad 0xaf9c0c74c9db7093
	.quad 0x8be128e56177264e
	.quad 0x0000000000001a6b
	.quad 0xffffffffffffffff
	.quad 0xffffffffffdd2090
	.quad 0xcd0c71eed68300ab
	.quad 0x939e62b641c10d6d
	.quad 0xb2abf872c84ce85a
	.quad 0x8000000000000000
	.quad 0x63cea2bf33f231b1
	.quad 0x000000007fffffff
	.quad 0x00000000000001b1
	.quad 0x00000000ffffffff
	.quad 0x0000000022dabbc3
	.quad 0xfffffffffffffb14
	.quad 0xfdb88f3f0fa47588
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x40efde6e817e1a5b, 0x8000000000000000
	.quad 0x64d7397cc359f9db, 0xeee7da10ff800000
	.quad 0x7f36bbe7fff85924, 0x118cea0abf87c9cb
	.quad 0x7faee0afbd753b4f, 0xef59c7b705116442
	.quad 0x3f6a8641718bb136, 0xc3f641e5c7599b5a
	.quad 0xec8ef570774bdde7, 0xbf8a83feab5469c1
	.quad 0x1cfd7b6bffc29ffc, 0x3ce180005a7fffff
	.quad 0x7fff3393d5fb4180, 0xda26988e8b9ab18b
	.quad 0xc3effffffffffffe, 0x42a3166183f7fdff
	.quad 0x8f98de5a2ecbdfdb, 0xfff0000000000000
	.quad 0xe28e7125eabbe2c4, 0xff96946d3fb03f96
	.quad 0xc33fffffffffffff, 0x7f800000ffc00000
	.quad 0x7fb0a1c77f800000, 0xb2c0bb74e31be13c
	.quad 0x71f3fe23bba6678f, 0xa5ca7f5aff89fc00
	.quad 0x3fd7a2d100d01479, 0x43ec0ca8715303b2
	.quad 0xcafe715a5f06fc00, 0x404bbc306f24b737
	.quad 0x57598194937b7c00, 0x9b8f6e14c81a9d79
	.quad 0xbbf10c7f006c9598, 0x7fdfffffffffffff
	.quad 0x40ef53763f3b57a0, 0x8213fa770b903f59
	.quad 0xbc740087807fffff, 0x000191ba3d7a262f
	.quad 0x7fbbcdca428d643d, 0x9b7f7310ffccfc00
	.quad 0xc1efffffffffffff, 0x8cb5698600bfd89b
	.quad 0x6f4b09727f800000, 0xc973538af3605094
	.quad 0x117cf5096fa1e661, 0x02fc0de4f6bd7c34
	.quad 0x816287cd6c846442, 0x95816c5f787a55ba
	.quad 0xbfd2eb0068e10934, 0x7ff0000000000000
	.quad 0x7988847fffc00000, 0x69a2b3e79f18efff
	.quad 0x63b4c78ec2240eb0, 0x9a3c6819bff221e7
	.quad 0xc56800007fd1af65, 0x14e3b295fff57c00
	.quad 0xfffe00a7078df723, 0xbf80caf4af3bd526
	.quad 0x536ecd11c47c79b5, 0x00000000ffe018c8
	.quad 0xbe1e1c1080000000, 0x7ff8000000000000
seed2:
	.quad 0xcd1efc74e21569ec
	.quad 0x3bd8227d7102ee3d
	.quad 0x00000000ffffffff
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0xfffe38423dd6bfee
	.quad 0x1d42cc4d49815e05
	.quad 0xfffffffffffffff8
	.quad 0xc2e581a7c90087c7
	.quad 0x5e1704b7021a841b
	.quad 0xfffffffffffffe16
	.quad 0x0000000000000015
	.quad 0x0000000000000000
	.quad 0x8d8b76fe2eff7dc2
	.quad 0xffffffffffef621c
	.quad 0x0000000001000001
	.quad 0x00800000
	.quad 0xa0000000
	.quad 0xfff8000000000000, 0xbbccee9ae181e732
	.quad 0x14e9b2383db9bffb, 0x92a24dcdc25e7e00
	.quad 0x39503995e7e69d25, 0xc0f3b44840dd1f67
	.quad 0x00000000806c1135, 0xdf152554eefeffb7
	.quad 0x40751411911be1d3, 0x408000003e2d2664
	.quad 0x13b2380c26f181b4, 0x3ff0000000000000
	.quad 0xaff628b4ff800000, 0xf73fab058054c7a8
	.quad 0x7ede7254659e3fbb, 0x25c523d70d745e2f
	.quad 0xbf7af7ca315705b4, 0x02e75f9671bb9e7d
	.quad 0x80165222676e4da3, 0xf212be89647a4a7c
	.quad 0x1c75e615e3e2dc5d, 0x997e277dc2160000
	.quad 0x3fd1d0542eaefe0c, 0xfffbf7676e6c17b9
	.quad 0x00000000ff863fdc, 0x43fffffffffffffe
	.quad 0x5df502727fff8e5a, 0xad6c8ad362979f76
	.quad 0xbe37186dc787c640, 0x3fe52e1d591b11bd
	.quad 0xba8000000008552b, 0x7ff0000000000000
	.quad 0xc30f00008156c5cb, 0x7f80000040539d46
	.quad 0x81274ce8029908c9, 0x83366b157609c6c9
	.quad 0xbca6e37b7fc00000, 0x8be6811ec6980000
	.quad 0xbee58000493997b4, 0x40980000a56f465a
	.quad 0x5ff59de8e7f54003, 0x41dfffffffffffff
	.quad 0x4bea5d03ffe3cb96, 0x7932fa293f6369da
	.quad 0x7f8000007141a118, 0x40a8000081000000
	.quad 0x6e00d532abcc23c8, 0x6c4cb57ea19ac504
	.quad 0xb87399eeffdc76a0, 0x7fc00000bbc1bef0
	.quad 0xcc9846f041de429d, 0x7e8f1c42060db3f7
	.quad 0x4f48f4e51ec7bc3b, 0xffa0328d5f3e5d06
	.quad 0xfea4a96b9fa1837c, 0xc4001f85d57a558d
	.quad 0xfd0134d1a42f4180, 0x44fae76a7b5a53e8
	.quad 0x84f81f937ffffff0, 0xe85ae22e9eacded7
	.quad 0xb08cedb8c13ff9ef, 0x3d3ead0f3bf11207
	.quad 0x40c000007fc00000, 0x826198dad7405455
seed3:
	.quad 0xf27534591e42f2ef
	.quad 0xa6c28ac729d1629c
	.quad 0x811528e0d0741eba
	.quad 0xb3ff22de4537b747
	.quad 0x17d07669eab4892f
	.quad 0xfffffffffffffe3d
	.quad 0xfffffee0caa5ae25
	.quad 0x0000000000044644
	.quad 0x18a18743fc25a4fe
	.quad 0xdf423bcb62235bb0
	.quad 0x8ea684c01610ae4c
	.quad 0x00000000000002b1
	.quad 0xfffffffda08c1d5c
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe8e
	.quad 0xffffffffffa86e9f
	.quad 0x00400000
	.quad 0x90000000
	.quad 0xa264e507daecbb00, 0x83acd07a8be13cfb
	.quad 0xfff48b86c606ecfd, 0x7f800000c39b4f3d
	.quad 0x7fc00000ffc00000, 0x3924c226df7ffd07
	.quad 0x83b7b7b56e85d01b, 0x800cd3c72ac122ac
	.quad 0xcd988bbdbc9ebfdf, 0x1a32fa6d0020c4c8
	.quad 0xa6784aeefeffdcce, 0xf2a0c6d778c64000
	.quad 0xffc0000080400000, 0x40e0000000000000
	.quad 0x0000000000000000, 0x407cc0b1ff95e489
	.quad 0xa870afb2d19d0000, 0xbfbd336810eaff3c
	.quad 0x7fd0000000000000, 0xe39bb07e850d78e4
	.quad 0xb406b35a8fe48000, 0x94655578c5ca94a7
	.quad 0xfff0000000000000, 0x20636a9e66707c82
	.quad 0x5ac81d7fbba9ef6b, 0x43c3a6c1d9800001
	.quad 0x4108000080000000, 0x13d09861a5ba8000
	.quad 0x3d1bddd9b8064629, 0x7f0e52d53b90836a
	.quad 0xc987645261fb7ae1, 0x58839c01bdf783ff
	.quad 0x505525b6e56afe00, 0x40b000004067b6c8
	.quad 0xbf540000cf000001, 0x403bd6e6e18ce95f
	.quad 0x0474906a3f88124f, 0x8000000000000000
	.quad 0x3fa94dfc58b25f3f, 0x3fffffffffffffff
	.quad 0x40632225af2951f0, 0x3f8a2323df6169ed
	.quad 0xeeca0993beaafd7d, 0x7fad7335b8000000
	.quad 0x8df6dd04efa754a7, 0xf4eac9f7e5cf40fe
	.quad 0x405a78a2fb366f81, 0x4006000000000000
	.quad 0x7ff296c1f9aadcf6, 0xbffcb99dfb2c2c35
	.quad 0x412c0000bdee5506, 0xbd1362ceffc00000
	.quad 0x7dd714ac3048bffa, 0x000a0c1ccdb959c0
	.quad 0x925e60dcf4ef87d5, 0x0ca3d2ef977fffff
	.quad 0x800033ed83eb9dbc, 0xbb6c80009c29d7c3
	.quad 0x400ffffffffffffe, 0x76531c0ad77bffce
	.quad 0x73f2a461bc480884, 0x8000000000000000
	.quad 0xcc41243b83585d42, 0x4387790a89ccd190
seed4:
	.quad 0x24646d26e1b1c296
	.quad 0xfffffffffffffe2c
	.quad 0x0f284f51237155e6
	.quad 0x4b0899e1f263181c
	.quad 0xffffffff80000000
	.quad 0x972ca59291662ff1
	.quad 0xca9224fd353bf04f
	.quad 0x6baccc8b9e21aced
	.quad 0x00000005274c111b
	.quad 0x7e0be64342689758
	.quad 0x0000000080000000
	.quad 0xffffffffffffffa5
	.quad 0xfffffffffff8f33e
	.quad 0x000000000008e2ba
	.quad 0x0903cb26a4b5ef81
	.quad 0x0000000000000001
	.quad 0x00800000
	.quad 0x90000000
	.quad 0x800fffffffffffff, 0x0f8e17c1ffccdfb5
	.quad 0x832d841f7841efe6, 0xf003317cf009c55e
	.quad 0x8753cb5e6a4b78ea, 0x0000000000000000
	.quad 0xc141702409aac935, 0x40a9d61900309ebe
	.quad 0x7986b291c538d837, 0xff02f5ecaec4fe8f
	.quad 0x5ffffffe8b776671, 0x82a4da00097e361e
	.quad 0xaf0e097be07cc870, 0xbe1c13bac373954c
	.quad 0x36fe9074ffac089a, 0xfbd85c6418e22f6d
	.quad 0xaefbeddd80000000, 0x0cf89284e2d3f6d2
	.quad 0x0000000000000000, 0x40233c3894d19803
	.quad 0x4b6cb42bfb763d56, 0x3d76a3a436333444
	.quad 0x49ecc1a7ff7ffffe, 0x8000000080000000
	.quad 0xff95d0eddcffffff, 0xc0f0bae1eff985be
	.quad 0xc1f0000000000000, 0xe5cc401cfaf3fff6
	.quad 0x7f80000000190c5a, 0x8a7c273384cbec5b
	.quad 0x128451627f7ff980, 0x412023957d985300
	.quad 0x40fffffffffffffe, 0xfffeb8ce2d563ca3
	.quad 0x7f800000ec813d41, 0x00000000ec58e7ae
	.quad 0x7fd8f41dc00608f5, 0x0008000000000000
	.quad 0xbeda4849c0e007e2, 0xff9e46957fc3f2b2
	.quad 0x0c979d877b0a13e7, 0xaa525c25ff88f80a
	.quad 0xcf1c15c3433e33bc, 0xfc06db19ff800000
	.quad 0xc05f400000000000, 0xc0658c89eb4e0fd1
	.quad 0x871ddab5b5aefbff, 0x0753e0d3a9a43dfc
	.quad 0x8f21d3eaff2cadfa, 0x0008000000000000
	.quad 0x1d00abfd7db09e25, 0xc27871d8bc99452b
	.quad 0x7ec6d82c4a1b65ba, 0x98dc2e332722fe33
	.quad 0x7ff0000000000000, 0xc2e8c2edc1e00000
	.quad 0x0040000000584822, 0x6b291d0f46087c00
	.quad 0x7fb44eb1da730a2a, 0x61f0974fc9d4fd96
	.quad 0x55c68b0cc3c8f58e, 0x3f8b292e7e797c6e
	.quad 0x02d1df9a591d1dba, 0xc143d205d9ffffff
seed5:
	.quad 0x000000000000000a
	.quad 0x0000000000000001
	.quad 0x00000096ffbb0515
	.quad 0xa7c17e227217976d
	.quad 0xffffffffffa9a94e
	.quad 0x00000000489782c7
	.quad 0xfffffffffffffe84
	.quad 0x0000000003b5d0f9
	.quad 0x16b80b1f8a790253
	.quad 0xff0be8522266fa7d
	.quad 0xfffffffffffffff1
	.quad 0x8000000000000000
	.quad 0xfffffffffffffcfb
	.quad 0x000000000005ac4f
	.quad 0x359c3aee83bf7464
	.quad 0x00000000000152d5
	.quad 0x01800000
	.quad 0xe0000000
	.quad 0x63ea692272095eac, 0xff800000a97addba
	.quad 0xe88db1252e437c00, 0xd63653fea41409ac
	.quad 0x0000000000000000, 0x86bc73f42422d551
	.quad 0x0000000000000000, 0x3ea5f23f60353354
	.quad 0x53433000daa3883c, 0x80be92a1efdad6fe
	.quad 0xc3458cd7316c9bb0, 0xb6000000c4500000
	.quad 0x0028c4eb725cb257, 0x800000007fc00000
	.quad 0xca141bc67fb03813, 0xc0ff000000000000
	.quad 0x80000000ffa6b640, 0xfff8000000000000
	.quad 0x8008000000000000, 0x86fb911f1e0d9172
	.quad 0xc00a000000000000, 0x7dcf98c078689755
	.quad 0x1fa3e570fff15e75, 0x3c2c64ab99dbbc0a
	.quad 0xc1b800007fc00000, 0x50ec0d786225f87e
	.quad 0xf6cc4f13340548a0, 0x417478169f66ff6b
	.quad 0x8c1289a67faf3a2f, 0x7f74b33cd5c27967
	.quad 0x55b16888a9959d6b, 0xe7aa13d947800000
	.quad 0xbbcfcbd9bff6ffff, 0x7f800000bdf88dd4
	.quad 0xb27788b3df7533ec, 0xffc7952fccb32f93
	.quad 0x4000099429313f2a, 0x40c000007fc00000
	.quad 0x5be8ceacffd6eb48, 0x9633df59f0258e79
	.quad 0x1842374c7faba1fd, 0x56359929bc6dfbfd
	.quad 0xc3c0000000000000, 0xc00000007fc00000
	.quad 0xae92c160ae32c980, 0xc00131168f550f57
	.quad 0xd82057bc73aa1200, 0xc00000018354a230
	.quad 0x32db3d72e48df825, 0x8000000000000000
	.quad 0x5c13ddf8c95f5ff9, 0xffb9570c7fe3a590
	.quad 0xee590b9b315dbe00, 0x609c85503353a004
	.quad 0xc474e2825c397e00, 0xc012792f310b6d3c
	.quad 0x5c3ee771ebdbeffa, 0xbfb886ae839bb9b8
	.quad 0xfe1c286696e968ea, 0x3e940000bd82231b
	.quad 0x7ff5caccb8a00000, 0x0000000000000000
	.quad 0xf4be71c180000000, 0x800000007dfa6352
seed6:
	.quad 0x0000000000000000
	.quad 0xf0cbfe6398c8f9c7
	.quad 0x84161d196650760f
	.quad 0xfee0a3c5c9265964
	.quad 0x0000000000000001
	.quad 0xe3e586010e8a6cf9
	.quad 0xfffffffffffffcfd
	.quad 0x00000002574ec210
	.quad 0x00000000000003ef
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffffc41
	.quad 0xffa46646f76f7758
	.quad 0xd4a73cec1b55b0b9
	.quad 0x0000000000000332
	.quad 0x000000000004f2c5
	.quad 0xace265381fc84d0b
	.quad 0x00000000
	.quad 0x20000000
	.quad 0xfe1b2dc43178acdf, 0xffeab87c7fb65c95
	.quad 0xb0ce92b8bdf02261, 0x8033cb0e477fffff
	.quad 0xbfffffffffffffff, 0x3f754cf306844e43
	.quad 0x7ff0000000000000, 0x5cb924faffffffff
	.quad 0x80320c79bf5171a4, 0xbcca0000bc234ab0
	.quad 0x8000000000000000, 0x8005d4de6120f02f
	.quad 0xced44031ffeaafeb, 0xb7f4dbd51187c344
	.quad 0x2bae5249dbbee5fa, 0xfeb1be3fff987910
	.quad 0x544fcd86b7dec0f2, 0xff79111b8a92f205
	.quad 0x4cd8e08833077fdd, 0x44330bff6cd09fed
	.quad 0xdd072879bceefc89, 0xf9e585341928a275
	.quad 0xbbc83fb27f800000, 0x7fba95ea6f1bd755
	.quad 0x913800cdc305da92, 0x020e9b85ffbb7e91
	.quad 0x3fffffff0009ca22, 0xfe0f543feb92bbae
	.quad 0xc0a0000000027051, 0xe4ef1edebbcdf6bf
	.quad 0x3ffffffebf546637, 0xfff277e03971d2cd
	.quad 0x2117764e8ad7fffb, 0x76291a1901a97c00
	.quad 0x881396b3f7f330f2, 0xfc209acc3e1aa404
	.quad 0xfbce47acff7f8ddd, 0x4291122e4f000001
	.quad 0x7f800000f1ce9d6b, 0x7ff8000000000000
	.quad 0xdf7ffffebf6b5dde, 0xdf97de75bfbebd89
	.quad 0x7ff0000000000000, 0x7d558e77bfc80000
	.quad 0x4564801963fd38cb, 0xfe20d708806f6cfd
	.quad 0x4f7ffffe805ea1bf, 0x4201c3ea40500000
	.quad 0x3bf9d144c237eb88, 0x889c7aa52ef4d6f4
	.quad 0xf4afc5bcc1000000, 0x7ef36f6e7142ec6d
	.quad 0x3de013e7c0b00000, 0xb6a5e097f4b5780f
	.quad 0xa806a4ab2154cf3e, 0x7ff369946798cae9
	.quad 0x22f7a2e2cce97c48, 0x954deeeee76bcd54
	.quad 0xad8ae0244c041080, 0x4011800000000000
	.quad 0x75f353237ef3438f, 0xff4d75cdffadbaa8
	.quad 0x3fd39a626e75e4d9, 0x1ca262889273fd7f
seed7:
	.quad 0x000000000000020b
	.quad 0x13d161bc9993e1c7
	.quad 0x0000000000003cb8
	.quad 0xfffffffffffffefb
	.quad 0xfffffffffffffc8e
	.quad 0x010c72323a2e319f
	.quad 0xaec3ff4c4a2a418d
	.quad 0x00000346b084aab2
	.quad 0x0000000001000001
	.quad 0x00000000006e2c7e
	.quad 0x00000000000001d3
	.quad 0x0000000001000001
	.quad 0x8990cf10d250f190
	.quad 0x1422480c7b79a655
	.quad 0x001f3f6ec9941c80
	.quad 0x0000027502c71d4a
	.quad 0x01000000
	.quad 0x60000000
	.quad 0xc051171aba0e325f, 0x409a9fd601000000
	.quad 0x00000000410a669c, 0x7220359e52e10000
	.quad 0xd377b74680000001, 0x98710613192268dd
	.quad 0x9f95f04a7ffaf676, 0xc00a000000000000
	.quad 0x7fffc2ccff98d79a, 0xa60464e399d8dd58
	.quad 0xe81c197dc5d2c8b0, 0x1af2562ebeb4d572
	.quad 0x801bd0a000000001, 0x43a5eb3c80211176
	.quad 0xeee0ee50ffc00000, 0x7f80a83fff800000
	.quad 0x802fffffffffffff, 0x0000000080000000
	.quad 0x7ff0000000000000, 0x402a561c4fc782cc
	.quad 0x5dfffffe7fbf5c81, 0xffefffffffffffff
	.quad 0xd2ea9162ffefecfc, 0xbbfe620abd51097c
	.quad 0xc0e00000bd600000, 0x958f183e33bd05a7
	.quad 0x0000000000000001, 0x7ef4c9714d458f0d
	.quad 0x2e4dbb458cf255d1, 0x9ef6a5abffbd0ab7
	.quad 0x3f9c000000000000, 0xe905321fffbf7dff
	.quad 0x7fe8d4c580265cb0, 0xffc3f6f33b912ef5
	.quad 0x40e0000000000000, 0x62f51c042a290000
	.quad 0x9d7b7dd3cfb70000, 0x04be773057ffcfaf
	.quad 0xf89a8c1dbe07d9d1, 0x2fd955b688b60dee
	.quad 0xffe1c4807f800000, 0xbdf473e617c5df1c
	.quad 0xb700800000000001, 0xa8807bcdfb247f64
	.quad 0xff80000000000000, 0x8000000000000000
	.quad 0xc77ffffec0c00000, 0x7ff0000000000000
	.quad 0x1d6917568a6ed6e2, 0xfff0000000000000
	.quad 0xc064ba39f1da446f, 0xffdfffffffffffff
	.quad 0xe5fe4602bfd73770, 0x6d7b506e8d33e0fd
	.quad 0xec0a94a9f5ebb9bb, 0xf37e1c3bc0f80000
	.quad 0x7f81db49c1c67dd6, 0x7ff0000000000000
	.quad 0x8f759419fffbb156, 0xf35fe45400400000
	.quad 0x82e41bbcc172ce76, 0xababe1dfbf2b8346
	.quad 0x7ff8247e55335412, 0x0000000000000000
seed8:
	.quad 0xfffffffffffffe66
	.quad 0xa11bc7a92f6f4c77
	.quad 0x00000000000000da
	.quad 0x44a04f70ed052980
	.quad 0xfffffffc5d31e846
	.quad 0xc5d682e2e4beb40a
	.quad 0x8000000000000000
	.quad 0x0000000080000000
	.quad 0x0000000000000001
	.quad 0x2f60fb2762f20400
	.quad 0x0000000000000251
	.quad 0xfffffffffffffe00
	.quad 0x4725ead5609dc0ac
	.quad 0x17c725b422674823
	.quad 0xd40c8dff2214b35f
	.quad 0x0000000080000000
	.quad 0x00c00000
	.quad 0xc0000000
	.quad 0x7fc00000c4080000, 0x7fa6ceeebeb3b228
	.quad 0x52baf52698f7fb6f, 0xa4eae5cacff7bf97
	.quad 0x33e5bf08394cdd29, 0x4079ced5be1e707b
	.quad 0x7f9c28cf5f886767, 0xe0b7ecb6c1d2ac7c
	.quad 0x627f751d944ada2c, 0x01d59a2ab16fdffe
	.quad 0xf4c3a75640900000, 0xfff0c3847d69e30a
	.quad 0x00094425ae0efcaa, 0xff8000009030370b
	.quad 0xfff3e595c1963328, 0xbfb5dabc17fc7565
	.quad 0x804000007cb25644, 0x7dbe8a69e77f7ff2
	.quad 0x3f15800000000000, 0x802fffffffffffff
	.quad 0xbfadc043062f2d00, 0x4146d772c2a7a1a9
	.quad 0xc0462dc2f5ede3b7, 0xdea70056409812d4
	.quad 0xf117414380400000, 0x430af25e7bcffb37
	.quad 0x0e1f2e498046c53c, 0xffa9229bfb217177
	.quad 0xbfa91f54d1d0b9c4, 0x497fffffffe8fca6
	.quad 0xbc7a83634eda6b36, 0x7d77a3fff7240250
	.quad 0xbfa000007fc00000, 0xc1f0000000000000
	.quad 0x3995ec247ede6f7f, 0x8128e0fbc1fc3a6f
	.quad 0xbf8000007f800000, 0x8d735fcfc8506d22
	.quad 0xfff8000000000000, 0x4f6f5efd94817e00
	.quad 0xffbc9e8680709049, 0x0f9c095effb6d5ff
	.quad 0xff80000042800000, 0x4015800000000000
	.quad 0xe2028f424a1f6100, 0x1c4ce6d8020d96b2
	.quad 0x7f8000000148ac86, 0xffde5d70309421e2
	.quad 0x3f937f0dd14e854a, 0xc0145a404de7eefd
	.quad 0xd686d22a2f5c4933, 0xff8eefb300000001
	.quad 0x8008000000000000, 0x0dafea7182c0ec9f
	.quad 0x7ff761907c9e4393, 0x8008000000000000
	.quad 0x433ffffffffffffe, 0x98680e0fffffffff
	.quad 0x7ff0000000000000, 0x43ea432e05f25c02
	.quad 0xc05015cffb5fc98c, 0xbb20a36f9591dd9e
	.quad 0xf86311010ebfba00, 0x7cd93254c8b3fdcb
seed9:
	.quad 0xfffffffffffffd48
	.quad 0xfffffffffffefd9b
	.quad 0x8000000000000000
	.quad 0x315b80d989766a56
	.quad 0x71ae304dd8a918b6
	.quad 0xfffffc8f54ac63a3
	.quad 0x0368456739b7de81
	.quad 0x0000000080000000
	.quad 0x036c6ca0663a2a30
	.quad 0x20b6da7dbd6fb85d
	.quad 0xfffffffffffffdbc
	.quad 0xfffffffffffffa02
	.quad 0x0000000007537bec
	.quad 0xb33536db3398c308
	.quad 0x43ca460e82c188df
	.quad 0xffffe9b01e411da9
	.quad 0x02c00000
	.quad 0x20000000
	.quad 0x6f7ce89a4e94b43b, 0x2bbf77567ddf7fbf
	.quad 0xfad7ac2c2935ef7f, 0xe201497b0a5c7f4e
	.quad 0x7ff0000000000000, 0xb7538b15ffbafd7f
	.quad 0x8014b067016f0a94, 0xc00eee95dd559e2d
	.quad 0xdc8a7b1cf5558001, 0x927c942680bf2955
	.quad 0x87f2d99155163c00, 0xbfb7380ce4c33641
	.quad 0x3b9a499579765788, 0xbb9d4b1f00000000
	.quad 0xc034be6c45f90d7e, 0x7ee4fa9affddd8a3
	.quad 0xc06b87370cc5133b, 0x802503d71d0e7160
	.quad 0x222574e8f4676932, 0x80ed9900b7480000
	.quad 0xb4564386ffed6773, 0x4006a6f0983e68c9
	.quad 0x26bff85ca6ca2254, 0xffdfffffffffffff
	.quad 0x4002d37a9a0fb3dd, 0xe040fcbd5ae5f67d
	.quad 0xdac3d65eba848314, 0x406470d49303987b
	.quad 0x7fd0000000000000, 0x1a2e783dc46a8000
	.quad 0x9e5daa25bb7ce6b3, 0x80000000fd93da31
	.quad 0x7ff843e5377397ca, 0xa8a9b0ab73fffffb
	.quad 0x0000000000000000, 0xfeb297f0403d61f8
	.quad 0x4020c00000000000, 0x00fa4c59c308c7e9
	.quad 0x71cc298a5abcf7ff, 0x812f4cb5c0ec0000
	.quad 0x90f7a17378017dc5, 0xff8000003c8f8000
	.quad 0xfef205fba1f1ac00, 0x41d17719407ffffe
	.quad 0x361523804c7a8000, 0xa025d50b736db01d
	.quad 0x3db6855480000001, 0xff976111ff800000
	.quad 0x402c63e8f579362c, 0xf35789eb80000000
	.quad 0xda0000013e7b4a01, 0x63a7800ada098bff
	.quad 0x8040650cffc00000, 0xfff8000000000000
	.quad 0xc04eaeadfec29f70, 0x802bf6ed83c0335a
	.quad 0x00656c2d18af9f37, 0x7ee161d453ce7693
	.quad 0x9378604f5b3d68e0, 0x5c3584833e740000
	.quad 0xb3ec435de481bc93, 0x4f21997a54ce4200
	.quad 0x63077ff8f6d0c22f, 0x46af58217efffb8a
seed10:
	.quad 0x00019ce508c08770
	.quad 0xd8339e21163c58a1
	.quad 0x8000000000000000
	.quad 0xffffffffffd7ac35
	.quad 0xfffffffffffffda9
	.quad 0x9bb36dc8a1a3bbc8
	.quad 0x00000000000061ef
	.quad 0xf1551e1e04eecef2
	.quad 0xf82b27863863c799
	.quad 0x0000000000000080
	.quad 0xfffffffffffffee8
	.quad 0x2d8c5d48fe77634c
	.quad 0x019a6a464df10fae
	.quad 0x00000000004329ad
	.quad 0x00000000053ff79b
	.quad 0x0000000001000001
	.quad 0x02800000
	.quad 0x20000000
	.quad 0x7f8000001cfcfe9c, 0x3f4c8000c7000001
	.quad 0xd4cbef0961a86d47, 0xb523018b7d192f26
	.quad 0x004974b1bf600000, 0x401f800000000000
	.quad 0x8f9ccdcdec88fc00, 0x80000000ff9fc9bc
	.quad 0x4098000000000000, 0xd67d8d6eef060440
	.quad 0x8008000000000000, 0x394d08e640085437
	.quad 0x411c0000159e16ad, 0xbf7b6819c42b408a
	.quad 0x0004d432fab63416, 0xbf9d4a658bdea64f
	.quad 0x1935f6ec185c3b1a, 0x7fd19a0c00000000
	.quad 0x602b85761082d9ff, 0xd9ffffffff800000
	.quad 0x0008000000000000, 0x2604cbebeefdf8c2
	.quad 0x407ab9f84793a9b4, 0x2253cc93ca97c800
	.quad 0xc04e4f26777cfbdc, 0xffc92b1a80000000
	.quad 0x4019ab79ffaf8000, 0xe1e77b5000000000
	.quad 0x77e022c8bf4a2e2d, 0x786ac977d9327504
	.quad 0xbb814440df7ffffe, 0x038b27b1ad116b0f
	.quad 0x3ece54b97f779032, 0x6c952730f2ffffff
	.quad 0x7ff8000000000000, 0x005a2bd949a80000
	.quad 0x406867a9844d436b, 0x00058fa46be3b569
	.quad 0x8327717303432391, 0x84ba5b5e7ffa1f48
	.quad 0x70d2e7981bfd0ab1, 0x7f9ae677df000001
	.quad 0x8003fcdb95c04051, 0x35d83dd087e503ff
	.quad 0x4cebaad9cea2fdc9, 0xc0eb800000000000
	.quad 0x3e49bb7e7f800000, 0xc01d000000000000
	.quad 0x51e6300a7ff41741, 0x68fa3ca1edf56391
	.quad 0x7eb701d11d0d5502, 0x6ea3502fedc51c4c
	.quad 0x7f8000007ee49dc3, 0x85834a09547ffffe
	.quad 0x3f8b50f6f7bddc9d, 0x404b5754c0800000
	.quad 0xb410f56df9bffff1, 0xbfec000000000000
	.quad 0x0d7531e390a15733, 0xbf5b64d480000000
	.quad 0x4050d4d36e7f77a3, 0x0000000000000000
	.quad 0x8000000000000001, 0x3ff9ed536a1b6b55
seed11:
	.quad 0x29e5d427d55b701d
	.quad 0x000000000bd546c8
	.quad 0x8000000000000000
	.quad 0x96e7d738ae2c779b
	.quad 0xfffffffff072be91
	.quad 0x000000000000f0d1
	.quad 0x046a9a224c778872
	.quad 0xff5d16a4d8e3acd9
	.quad 0xffffffffffffffff
	.quad 0xcd9b41ae34b4f580
	.quad 0xffffffffffffffff
	.quad 0x00000000218678dd
	.quad 0x42b3c55f831e3298
	.quad 0x0000a29cbd89a6de
	.quad 0x0173736717df74a7
	.quad 0xfffffffffffffc8b
	.quad 0x01400000
	.quad 0x80000000
	.quad 0x00000000ff800000, 0x47000001e5ff51f2
	.quad 0x745e22df5bd88cec, 0x35d4e1dbe46dffff
	.quad 0x43fec284c223d74c, 0x270e3967fff7bfae
	.quad 0x25ae027ad3b9b34c, 0xbfe42fd6f6e515d8
	.quad 0x3fd4b1099846bfd5, 0xb23ff2f553386398
	.quad 0x809758a10f4dfec9, 0x8632186900000000
	.quad 0xbf9ad5efba48673a, 0x691a2797ffdf1f87
	.quad 0xd4b2e7baca40d9cd, 0xbfffffff4321ea3b
	.quad 0x879eb8ce49330000, 0x99a0ffc2bd379fff
	.quad 0x9131d9351415f5ed, 0x0000f544187dda32
	.quad 0x407e31e60ebb6683, 0xacf05d2be5943aff
	.quad 0xbc3149c3715976bf, 0x2551eb9589ebeeba
	.quad 0x4039ae2b69b66444, 0xc177379d7bb48963
	.quad 0xd4c0d41741ae0000, 0xe40a26df0e468800
	.quad 0xbfc9800000000000, 0x801fffffffffffff
	.quad 0xd999a91ffef7cf3a, 0x32ac4000bdf77fdb
	.quad 0xbfe2000000000000, 0x8112432bbff20780
	.quad 0x7ff4d590c552de0a, 0x788c27da41040000
	.quad 0xbf772f84f67a1086, 0xe4ce230edfb3fbbd
	.quad 0x37a7704abf000000, 0x027a566950b38001
	.quad 0xffc00000fbe153da, 0x3f80000156864140
	.quad 0x41ffffffffffffff, 0x5fffffffc0a80000
	.quad 0x43e5f23b2be5fcb8, 0x0103db67bd40ba69
	.quad 0x0000000000000000, 0xe5b06ccaeacf8d66
	.quad 0xbf77e14abee80c5c, 0x7ff0000000000000
	.quad 0x4057cb734fd8c43f, 0x3200c34616eb791a
	.quad 0x8203171e74d82c53, 0xbfa4f945e28de0b2
	.quad 0x7f800000c0880000, 0x7461310f77da584e
	.quad 0x75f8d7f8da7ffffe, 0x7ff505a1f29c09ea
	.quad 0xc0900000ffb272db, 0xbbe49a6c433f0000
	.quad 0xdaf932f5ad4fca40, 0xc027005a21652b8a
	.quad 0xc69715263c29f8b8, 0x038d8c0a5a568011
seed12:
	.quad 0xffffffff80000000
	.quad 0x8000000000000000
	.quad 0x72f70dd5bc5fb715
	.quad 0xfffffffffffffec3
	.quad 0x39948fb93c0b53e4
	.quad 0x5e036bdc6a2a898c
	.quad 0xfffffffbd796b028
	.quad 0x0000000100000000
	.quad 0xfffffffffffffff4
	.quad 0x0000000000000001
	.quad 0x0020000000000001
	.quad 0x9e3aa898c6b3c3ad
	.quad 0x0000000001000001
	.quad 0xccf7915bd59e4a05
	.quad 0x0000000000000000
	.quad 0xf377c151176d15b1
	.quad 0x01c00000
	.quad 0x70000000
	.quad 0xc034000000000000, 0xc330000000000001
	.quad 0x8010000000000000, 0x0000000000000000
	.quad 0x3ae300007fa4c1ad, 0x31b5424cdfdbe97d
	.quad 0x477fffff00938f11, 0x4340000000000001
	.quad 0x7a474958c1100000, 0x9a605e88082f3c00
	.quad 0x8269e1fcdd556277, 0xfff2b0009de55c4e
	.quad 0x172ea12599d14354, 0x000fffffffffffff
	.quad 0xccb482714339a6c9, 0xfff0000000000000
	.quad 0x3fb3d4b86b7f12fd, 0x98c5191206d82591
	.quad 0x800b81c5b1af9434, 0x017fffff3aed3706
	.quad 0x801775084cf50829, 0x41e749a777cc8b2f
	.quad 0x6dc548af40680000, 0x52e88234c73e2ff3
	.quad 0x75971b447e74f6c0, 0x5f000001ffa57c0d
	.quad 0x21bd11b836344abd, 0x319471a7dfde7c00
	.quad 0x7f80000075ad6ce6, 0xfff0000000000000
	.quad 0x0000000000000000, 0x0e81a95ac5fb0000
	.quad 0x8000000000000000, 0xbfcf283901a89579
	.quad 0x862985757336c7c0, 0x46e00000356c3084
	.quad 0xa0a016c9c949cc33, 0x40c17de1de4f4823
	.quad 0x0006d2f758e9391a, 0xfc90f928ee9d6f8f
	.quad 0x0000000000000000, 0xf1f674c7ffd7a37f
	.quad 0x41effffffffffffe, 0x7ff89f06aa00fe43
	.quad 0x71794632ffd1f05f, 0x3c9d3bd74794d06c
	.quad 0xeff79872ffadfef3, 0x4ca08d50fff6f6a7
	.quad 0x9f4e19dfecffff9b, 0xeff4905a372179f1
	.quad 0x3f8ac499dae85699, 0xbd4263abf4add5e0
	.quad 0xbf4f000000000000, 0x25333a7487d6fdb9
	.quad 0x40200000ffe98249, 0x5a8a9449ffff2f3b
	.quad 0xbe981b390006b489, 0x40000000c109a9c5
	.quad 0x404e2f5a2bd38ba6, 0x8000000000000000
	.quad 0x2491198ad141dc17, 0x8a66bfa3ffd9ffdf
	.quad 0x783ca1dca3d2d328, 0x0e436869f9fbc3fe
seed13:
	.quad 0x0000000080000000
	.quad 0x0000000100000000
	.quad 0x83c74aefc8daaf09
	.quad 0x84baf78bf22bfa6e
	.quad 0x00000eb2a80dfdd1
	.quad 0x43b819d499749f7b
	.quad 0xfffffffffffffe0b
	.quad 0x00000000000001d9
	.quad 0x000000007fffffff
	.quad 0x00000000000001e2
	.quad 0x00000000000003c6
	.quad 0xbe2f8c30db4b9297
	.quad 0x0000000000000273
	.quad 0xff1da34c56a058ce
	.quad 0xffffffff80000000
	.quad 0x8354addba0c95f18
	.quad 0x02000000
	.quad 0x40000000
	.quad 0x12f2dc52ff738ff8, 0xba8b0000bfffffff
	.quad 0xfe1946e4fffefed1, 0x8000000000000000
	.quad 0xf5b4f2dc7fc8fc00, 0x751c03f8474f023c
	.quad 0xa5b4a41d80000000, 0xd206e41e3af85440
	.quad 0x7ff0000000000000, 0x7ff0000000000000
	.quad 0xff4f0ad3a4e1e06f, 0x8000000000000000
	.quad 0xc016f60eae2d7e35, 0xbe98845580b9c034
	.quad 0x1bce66917857a8e0, 0x407ffffe3d33813c
	.quad 0x36c6eecadf7ffffe, 0xc074ff8ec44851c9
	.quad 0xb2c09d3bfd25ead7, 0x42354404de1ad957
	.quad 0x3fe8000000000000, 0x424ffffffffffffe
	.quad 0xc716d72dbc738000, 0xf9f707c262f0fc00
	.quad 0x7ff02659f4b7bbd0, 0xc03f6b7a19450284
	.quad 0x74460113febd7df2, 0x10e551ca4adb5ec2
	.quad 0xc095ed798453f89f, 0x3ed29da8bf23aebf
	.quad 0x7fff33a707bb5ead, 0x8000000000000001
	.quad 0xfff50f968980651f, 0x03a9df84bf459847
	.quad 0xfff0000000000000, 0x5d7fcf63c079f91c
	.quad 0x0008000000000000, 0x7daaa329009d4235
	.quad 0x888ba402b8f8d8be, 0x8808a4dad7e259b6
	.quad 0x1767f742adbd7398, 0x424857aa7f7fffff
	.quad 0xc0e8000000000000, 0x2bfe90d04453c149
	.quad 0x8da3e1af1ba3f801, 0xbfd195841b66d208
	.quad 0x7f8000007f7cd10b, 0xffc00000ec9cfd8a
	.quad 0x12c6fa557f800000, 0x81cca282e2859ced
	.quad 0xfff0000000000000, 0xfff6ff1894cf256d
	.quad 0x7497389ac2d8f8bd, 0x0000000100e39b1c
	.quad 0x81000000293ef5db, 0xbff165c2aacaac6a
	.quad 0xa2322b9a7beeb6f0, 0x0340bbd8b4a54c5b
	.quad 0x22ecfd213e8150e8, 0x800000009252bee2
	.quad 0x7fbd7ff9c07ffffe, 0x10a75460ffff8ff7
	.quad 0xd9318c8709d8fd7a, 0x4110000000000000
seed14:
	.quad 0x0000000000000284
	.quad 0x2fc47863b423ddd4
	.quad 0x695a4b09003afd13
	.quad 0x2b99c749e293fb90
	.quad 0xf3cffa7c8d03a308
	.quad 0xffffff84c6e7f69f
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x29300e74feb56bda
	.quad 0x0000000000000069
	.quad 0xffffffffffffffff
	.quad 0x1b90715c0334a0a1
	.quad 0x845cfba7d1c8bfba
	.quad 0x0a9faaac8ba96441
	.quad 0xb84145023c45470d
	.quad 0x00000000ffffffff
	.quad 0x00000000
	.quad 0x30000000
	.quad 0x7312a220c448fcd0, 0x0000000000000000
	.quad 0x7fc000003d980000, 0xd8135a81fbc63f00
	.quad 0x477fffff5a7fffff, 0x7e2721e9eebc7c00
	.quad 0x33a0a42d0ae9d778, 0x1a7ffce64214bada
	.quad 0x7ff8000000000000, 0x7a37b9c17ff6dff6
	.quad 0xffc00000c0d80000, 0x7ff0000000000000
	.quad 0xb6eaba77b5688000, 0xfff26a91f6319bf9
	.quad 0xc3e03b4dff800000, 0xe340a6dcff8d4810
	.quad 0x3f00d36592ebfef2, 0xa2e94985ffdfc7f4
	.quad 0xc024000000000000, 0xc6b3c33dff3302cc
	.quad 0xe4160192cfddfeef, 0xc010800000000000
	.quad 0xfff6a64159957892, 0x76409fa3f27f5e41
	.quad 0xbf71c00000000000, 0x00e6440e735f5135
	.quad 0xba4c517fe3dfbf55, 0xae7366697f800000
	.quad 0x807846e5744ec70f, 0x5350cd5ffb7a7e6f
	.quad 0xff81b3e542cf89ed, 0x7ff0000000000000
	.quad 0xc728fcb3ef838684, 0xe12d67cf172a3387
	.quad 0x8b563b1eb0cc0331, 0x806c7fc10ed67bd4
	.quad 0x8000000000000000, 0x00375f7d46c80000
	.quad 0xbfb7e33c37d567c6, 0x248f094dc5482800
	.quad 0x7fc00000ff800000, 0x000fffffffffffff
	.quad 0x2865ee69ffffffff, 0xbffefd6a5a228214
	.quad 0xbfbe2d262ff32d23, 0x803391835a9bb6fc
	.quad 0x7ffb3efbdb39c94b, 0xc066200000000000
	.quad 0x41effffffffffffe, 0xffb14152fead8f70
	.quad 0xfff2d07d84bf1658, 0x43e0000000000001
	.quad 0x7ff17cb56b716dff, 0xbfdae13d1a96e17e
	.quad 0x423bec051ca2fd5c, 0xe607c98b6ef9d7d5
	.quad 0x7b353228ace186d7, 0x9041888effd78800
	.quad 0x4fb1e30affcafe2f, 0x2b0f2239f0a89b64
	.quad 0xe69328fe094cf4da, 0xffb223cf41a00000
	.quad 0x00400000be4153d8, 0x3f96000000000000
seed15:
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0x0000000000000001
	.quad 0x00000000000001d6
	.quad 0x000001e21bc31505
	.quad 0x00000000000002bf
	.quad 0xca25a3b1d3c908e6
	.quad 0x0000000000000000
	.quad 0x00000000ffffffff
	.quad 0x000000000430f8e2
	.quad 0x41517ff37bf6cba0
	.quad 0xf7feff64a0260d25
	.quad 0x916733d632422efb
	.quad 0x00000040ac16d209
	.quad 0xffffffffffffffff
	.quad 0xfe1de046b8d2d41f
	.quad 0x00000000
	.quad 0xb0000000
	.quad 0x8000000000000001, 0x470000013c80ebf1
	.quad 0x3a08a4f1519a7c00, 0x3c4a9ca8c0d00000
	.quad 0x64b7dbd67109fe53, 0xbbf1b3c2ffced184
	.quad 0x0026edf964b12614, 0x61f7d31c827da83e
	.quad 0x5aa82c395f77a8b5, 0x0bfb45e5690d7e00
	.quad 0xd5d3bce0a2ed36a1, 0xe814d3cdd3de43ff
	.quad 0x802c772b5d381928, 0x8000000000000000
	.quad 0x6f60b61b2154ab0b, 0xec4d511d9f2e3294
	.quad 0x631183386ea47e00, 0x82092b7dc1847d46
	.quad 0xc0498712c2ca3072, 0xc001000000000000
	.quad 0x96d52c8a7894760c, 0x2f7cc1214c0e8000
	.quad 0xa56f27e6ec68b0ef, 0x42b20a68ddfffbcf
	.quad 0x4d9f334b21830000, 0xbfd0000000000000
	.quad 0x7c75feeffdbeabae, 0xc3efffffffffffff
	.quad 0x334428906fd4f778, 0xc004000000000000
	.quad 0x007fffff1940fb73, 0x7ed4b56a3fd57beb
	.quad 0x42e00000c0200000, 0x8538d32c61fd9bf9
	.quad 0xc023800000000000, 0x7ff70f0adeac9888
	.quad 0xff800000cfa17933, 0xd7ab94e8ff7fffff
	.quad 0xc02137c24c1fa583, 0xa4c8faac83254be2
	.quad 0xb7ba6b13d6ffceef, 0xffc00000bf800000
	.quad 0x0cebed61ff2a0026, 0x6ca0728dff669f7f
	.quad 0xe0be737f7d3df800, 0x21c7dd3f3fd84920
	.quad 0x7e229a877fd79912, 0x78382f9640c80000
	.quad 0x019b6a437cd88155, 0xbfd0200000000000
	.quad 0x7ffd87d55958daee, 0x2e3275dff69a87ec
	.quad 0x7ffa9e4839e2cdf9, 0x067a57b29e3c3a00
	.quad 0x40000000b7800000, 0x3f85fa68d486d8bb
	.quad 0x888229f227240000, 0x51f4418bffad1c8b
	.quad 0x0b8ff0849ecbc680, 0x0b81cf2b0ef03db2
	.quad 0x7fc0000000670e5c, 0x3c5f68f7ff949244
	.quad 0x34769af4db505be5, 0xd4d34aae61000000
seed16:
	.quad 0xffffffff80000000
	.quad 0x000000007fffffff
	.quad 0x0000000100000000
	.quad 0xfffffb6cf452910e
	.quad 0xfffffffffffffc4b
	.quad 0x8000000000000000
	.quad 0x8257e831a07653c8
	.quad 0x0000000001000001
	.quad 0x016cca70bef2a842
	.quad 0x0020000000000001
	.quad 0x000000000030c66c
	.quad 0x2dc45b3d6769d5f8
	.quad 0xfffffffffffffd8e
	.quad 0xdd5c0bf256616081
	.quad 0xe392beb4ce359c94
	.quad 0x78948ab520ed244f
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x956cdc8cfb3317ac, 0x00d04db8ffd2e979
	.quad 0xff800000cf7ffffe, 0xe99ae2b6ffc00000
	.quad 0x7ff07043d6e06fc3, 0xee9bded4b585ffd3
	.quad 0xdfa2a1c0c3f20ae5, 0x3777bd18abc77d2c
	.quad 0x38e000007fc20d32, 0xc03aa53df0043988
	.quad 0x040969a8d77f5aff, 0x9e0fff5aefbdffef
	.quad 0x16164474b63fb1ab, 0x6bb0f6d2eb828600
	.quad 0x4070e7cb6a958b03, 0x40e8000000000000
	.quad 0xc110f65e7f835521, 0xdffffffe25c2e418
	.quad 0xc70cb0443d8b7c00, 0x8dfe592563f4fbb2
	.quad 0xe1d7e0ad7bef83fe, 0x6d030eaa5b60db72
	.quad 0xaf9f433689228f63, 0xdf800000c3d4917d
	.quad 0x8055a6ecc1200000, 0x7697c0883e09e1e4
	.quad 0x800000000079a581, 0x2b586da0ffb6fd53
	.quad 0x55503f2f231bd750, 0x8d166261bacff28d
	.quad 0xe520146e81702915, 0xd1bd2170fff50000
	.quad 0x3a69521dcd1f0bd1, 0xbf0d238c41180000
	.quad 0x80800000434072af, 0xe23a0729ff5c0000
	.quad 0xef74bccbc0e380d0, 0x800000003c8b25e5
	.quad 0x8080000000000000, 0x7e93252987ba0032
	.quad 0xc106000043515fd2, 0x51fe3ab07ee9d371
	.quad 0x0dea792441f8ec4f, 0x49d40000c77fffff
	.quad 0xebf6adf31edcfc00, 0xaab98ee3ff5ef6fc
	.quad 0x3ff3ff8cddf5c825, 0x6d4922d7d957be6a
	.quad 0x92b3b7ce4dc582ce, 0x9b7de350041571fd
	.quad 0x5a0f69e5ffee7fec, 0xc06f7760d196c750
	.quad 0x1533743ccad0bc01, 0xf55706347f94addf
	.quad 0x8066cf07c0e6745f, 0x7ffb7cf13d4b4f80
	.quad 0x4022000000000000, 0xa54a4b784f800001
	.quad 0x3fffffffff7fffff, 0x43ee3ca3efac382c
	.quad 0xbfa98a2d27c6f49d, 0xfff0000000000000
	.quad 0x59fffffec0880000, 0xc007000000000000
seed17:
	.quad 0xfffffffffffd2006
	.quad 0x0000000000000251
	.quad 0xffffffffffffffff
	.quad 0x0000000005808704
	.quad 0x000000000003ded9
	.quad 0x0000000000000006
	.quad 0x00000004ff4b3a5c
	.quad 0x00000000005c1769
	.quad 0x7cf50909a0df8360
	.quad 0x3f2b90d6e6bdbd1d
	.quad 0x148cf87e90dcb6d0
	.quad 0x003971628701200b
	.quad 0xffffffffffffffd7
	.quad 0xfffffffffffffc59
	.quad 0x000000000000000d
	.quad 0x09d4e21d017a5e47
	.quad 0x01400000
	.quad 0xd0000000
	.quad 0xb424d8e7befece9f, 0xff800000bd82f0bc
	.quad 0x4014ec5577053b25, 0x6058eb9ceeddc870
	.quad 0xed40683bbb7ff800, 0xecdfcce0dd7bef6e
	.quad 0xc177f58b7ffb8200, 0x7f800000abe42dc4
	.quad 0xeb478f8a80000000, 0x7ff46c14f2b709f3
	.quad 0x19562083c7fffdf7, 0x42a6f2ee474a69e9
	.quad 0x85cca99e5ffffffe, 0xffdc94bb85b08a1b
	.quad 0x9b837fa5fffbfd47, 0xbfcd78c5e3a6fdd1
	.quad 0x000e41650ca68d84, 0x800da6dfcf50a9df
	.quad 0xfefb2da1fff52c5d, 0x5fffffff7f9ba493
	.quad 0x65d5b3e21a6bf849, 0x7ff95c26b353fed2
	.quad 0x4cbdf50d2aad0148, 0x8d72087bffcbc83d
	.quad 0xb90d783fbbc78000, 0x402000003a300000
	.quad 0x44ff288800000000, 0x7ff0000000000000
	.quad 0x0264ab1d7d980224, 0xf347fc9f1ed26244
	.quad 0x9fa814538b03fab4, 0x7ab5be7c00000000
	.quad 0xbfd000003fffffff, 0x8000000183d35b08
	.quad 0x959274c6b3d7e9bf, 0x40492798ab09a34c
	.quad 0xc25f3a7780000000, 0x3fd66832704aaa3c
	.quad 0x5d60fa802dfe0000, 0xffc00000bec93a62
	.quad 0x4dcce65bfc9e8164, 0x00575f81b05d3139
	.quad 0x014ddac8213d6723, 0xbed5595fbbc3a368
	.quad 0xffea378b40a00000, 0x123159a28e2b61e9
	.quad 0x403020c2ed041db1, 0x769fe9b148b3fc3e
	.quad 0xbba10c19c3e77c5e, 0xd315414fec8e0001
	.quad 0xfdc0906674bd2cee, 0xbfe1b9da3c9e1271
	.quad 0x8000000000000000, 0x7db3b14a8c8b727f
	.quad 0x815df31451e6277d, 0x017f17b240d00000
	.quad 0xb484fc42d7c2d1c2, 0x0000000000000000
	.quad 0x965bfd1a6fd475cf, 0x3ff61505081fd427
	.quad 0x367406fc7bd97ed1, 0xff5afb4d80103a52
	.quad 0x147f53505a263f00, 0x0000615d1095dbf2
seed18:
	.quad 0x1d4992f49ade866c
	.quad 0xfffffffffffffc88
	.quad 0x7fffffffffffffff
	.quad 0x00000000000031e0
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x891039f296dcd592
	.quad 0x8c19f8d1bb9e4178
	.quad 0x00000007e71d61e1
	.quad 0x0000301cae0824e5
	.quad 0x00000000034de971
	.quad 0x58ab17816ce69e01
	.quad 0xa682bd09abed2a7d
	.quad 0x0f33d6e92b5a8a9f
	.quad 0x00000020501e953d
	.quad 0x2408c9e8bc93ee73
	.quad 0x00c00000
	.quad 0xf0000000
	.quad 0x80800000c175f3e1, 0x42f2f2eaff800000
	.quad 0x3df04b0c3e08c770, 0x75e9b74e804ddcb5
	.quad 0xe6e55a50ffee7aaf, 0x7ff0a4464a2f5156
	.quad 0x80027b10ca3850a7, 0xff80000099e1d47e
	.quad 0x80000000bbd00000, 0x006092507f741e77
	.quad 0x224136e893ef13c4, 0xff800000c4200000
	.quad 0x3f74000000000000, 0xffc000007fa71ff3
	.quad 0xff80000046fffffe, 0x35e2e0ae1374a36f
	.quad 0x3fde0db73149111c, 0xbbead4ea3d5f2b80
	.quad 0x7ff0000000000000, 0x7ff8000000000000
	.quad 0x80000000c37a7ca9, 0x79a860063cfd7d6c
	.quad 0x7fd3fa06a97a3e6a, 0x88b7e59a7fc00000
	.quad 0x7fc57056ffc00000, 0xc000000000000000
	.quad 0x00000000ffc00000, 0xffd2c692485824e2
	.quad 0x2e3b2b0090c40000, 0x8dfa22249468ab25
	.quad 0xb85bc717d3daea39, 0x7ffe04c4db84cbbd
	.quad 0xbf88000000000000, 0x3d468536ffc00000
	.quad 0x800000007fda0c30, 0xd664a7c27fb55fff
	.quad 0x03dc2ae0a67453c9, 0xc2f9d562013d64fa
	.quad 0x8b059bcbeeebbb1b, 0x7ed6180819560dd4
	.quad 0x18a4df28289f0000, 0xbec1cd827f8e288d
	.quad 0x7f866e7cff800000, 0xbaad8a2083f5a67b
	.quad 0x4587142a0da9bec2, 0x87b97d11bde7fc78
	.quad 0xfeb02f6b8d8cf975, 0x1808cb8fffe60400
	.quad 0xfff11010b5099f22, 0xdc9b9b6841a8c931
	.quad 0xc0cf000000000000, 0xc3a6b722ae843e7b
	.quad 0x3ecc5137cbd1b37f, 0x3bcdbaa1fec4ba1b
	.quad 0x644c518400452e19, 0x064ecbe22ad4ddff
	.quad 0xbfe3ea4b3bff8b50, 0x37e8000076dd2b3e
	.quad 0xc01a000000000000, 0x2c4e90f0393586f9
	.quad 0x400ffffffffffffe, 0x27de2250c7dbfc6f
	.quad 0xbf85c6df6627b0b3, 0xba0ba1fd7e7ff3ef
seed19:
	.quad 0xfffff95bdaf94fb5
	.quad 0xffffffffffffffcd
	.quad 0x33fb285f128b8e8f
	.quad 0x00000000ffffffff
	.quad 0xc213015a01cad63f
	.quad 0xfffe76c060a5640c
	.quad 0xfffffffffffffe6c
	.quad 0x6384e9b94e912dd2
	.quad 0x7fffffffffffffff
	.quad 0xcd79ef45acf5e223
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffc6f
	.quad 0x0000000000000150
	.quad 0xfffe081c45e43540
	.quad 0x8bdc3cd1c0d30968
	.quad 0xfb54ef00e818e1bc
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xc00b000000000000, 0x3a35e25e85fcf53e
	.quad 0xc27dfa9400000000, 0x7ff646058844fbc9
	.quad 0xbcec0326002fd911, 0xc34d3032bdfff88f
	.quad 0x075e3f3dffce7cab, 0x802fffffffffffff
	.quad 0xc3746b400aeb8f05, 0x5e670033881e0000
	.quad 0x3f98d7ea1a0c94de, 0xbf85fd9780800000
	.quad 0xe60106099679e4c2, 0xffc00000ff000000
	.quad 0xa2481fe2985d3eba, 0x770338d155adeff7
	.quad 0xe9a9556c7d8e86de, 0xc0a80000ff4aadfb
	.quad 0xec4b269d11c02a10, 0xff67be1e3e133fcf
	.quad 0xbed6000000000000, 0xbfff86b1c68daa29
	.quad 0xff800000807fffff, 0x76c2aff236300000
	.quad 0x941081ebc45c48e0, 0x7eb5b50d00000000
	.quad 0x00000000c03c93a7, 0xa495b31a5c40e93b
	.quad 0xdfe024ce40c86d8f, 0x804000004278da68
	.quad 0xd46101808de549a1, 0x8174043fcb537b6f
	.quad 0x8dfeb788376efe00, 0xbdd620aa99d9fba5
	.quad 0xffb6a8c17fb1b2e8, 0x0b1a92b3a237c6a0
	.quad 0xc46795791ee48bff, 0xdaf9443751844bdc
	.quad 0xb9da9c3acb7d7c00, 0xc00316aee926939a
	.quad 0xffc00000746b9897, 0xff800000213a2207
	.quad 0x4beaa79766192d0a, 0x843d88ca7fbd22f8
	.quad 0x7fc12cc8bef0a658, 0x3810606342d8c080
	.quad 0xe8ecc86200afe589, 0xfeffffff7f800000
	.quad 0x4dca505d418e0000, 0x08d3957c29a05712
	.quad 0xbf00000048280000, 0x90dcd12d1f29392f
	.quad 0xc0c22f3b00414d55, 0xdfffffff0035baaf
	.quad 0x48aeadbaffbafd77, 0x007fffff411c0000
	.quad 0xbf0d74a8ffc00000, 0xa1b299477faffd7e
	.quad 0xd50dbd1ac845e255, 0xbf2044e87efd60b0
	.quad 0xc02df627242862ba, 0xc0e0000000000000
	.quad 0xdca2fb270149009b, 0x94a815dc0c72c5c5
seed20:
	.quad 0xfffffffff91a2d05
	.quad 0xd2842f5113308062
	.quad 0x0000000000000166
	.quad 0x72ae576192b96f88
	.quad 0x00000001ed1d130a
	.quad 0x0000000000000048
	.quad 0x000000000002f78c
	.quad 0x079de42b804c0ed6
	.quad 0x000000000000000e
	.quad 0x0000000000000171
	.quad 0xf5b7191e74827ad2
	.quad 0x000000000000031a
	.quad 0x0000000100000000
	.quad 0x8e2dedf401c134eb
	.quad 0x323b76c2c5f34937
	.quad 0xfffffffffffffda8
	.quad 0x02000000
	.quad 0xd0000000
	.quad 0xbf47800000000000, 0x507fffff00000000
	.quad 0x9f84158d29777c00, 0xc0456411e5d01ea6
	.quad 0xff0250e5cc17634c, 0x2f4472b01d09be6d
	.quad 0x6f4265da55607abd, 0x87397abaa66f3572
	.quad 0xc124000000000000, 0x7ff8000000000000
	.quad 0x6ce1ce743b2274cd, 0xb342897ebfebfb2e
	.quad 0x5fdadf4d8031b71e, 0x8f0ad6933a69bbae
	.quad 0xc016000000000000, 0x0a2499abcbcf57ff
	.quad 0x7fefffffffffffff, 0x3f9c000000000000
	.quad 0xd6949f71e2cf03ff, 0xbfe5253da693af95
	.quad 0xf959a6a7e7dff5df, 0x40e400007f800000
	.quad 0x0034f231fffffb39, 0x3d39ac04ef3fff57
	.quad 0x5cf4d899fff99aa8, 0x0000000000000000
	.quad 0x4aa55c4909e94ce9, 0xda400c11c7c6f3ca
	.quad 0x8ab43585403ad45e, 0x79b169a27cdfedff
	.quad 0xc044cb37d0660c59, 0x3d6f699900000000
	.quad 0xbff1c8c933b0b442, 0x5046b3d69c3e0998
	.quad 0xa497f15d6be92bfc, 0x40649c07f62c76e2
	.quad 0xc34fffffffffffff, 0x7ddc39d9cdadd362
	.quad 0x4f7ffffefed0eca2, 0xb71ae7f2922a9f59
	.quad 0xfff1ec64ffbc680a, 0xa673c98b7f800000
	.quad 0x049f4d9b7bd64dca, 0xbfeb8ab6dd8c58b2
	.quad 0xbd8043c1ff800000, 0xc8d78814ff800000
	.quad 0xff8f509b43613178, 0x7d944f0319cd486e
	.quad 0x8000000000000000, 0xbebc54525f7fffff
	.quad 0x3f800001ff800000, 0xc049000000000000
	.quad 0x5c4fedf153fefe0c, 0x7ff8000000000000
	.quad 0x3f1e1de2194ee28b, 0xc067b8be4f39decd
	.quad 0xdb151a7f7551762a, 0xfd4337c659800001
	.quad 0x7858f6c979286afa, 0xf4dfab750c5c3ed3
	.quad 0xff800000898a9e28, 0x37b080008ee0f90f
	.quad 0x8bf41ba7ca246483, 0x40d80000c1f98000
seed21:
	.quad 0xffffffffffffe393
	.quad 0xffffffff80000000
	.quad 0xe67831076a7b2930
	.quad 0xa6f58d04c88c7a3f
	.quad 0xef25f54dd29b17ff
	.quad 0x74a1a7f8c82f16f0
	.quad 0xfffffffffffffa89
	.quad 0x35773bb876266749
	.quad 0xffed965b212b0399
	.quad 0x000000000e859143
	.quad 0xcad73ea980cd5780
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffed1
	.quad 0xfffffffffffffd7f
	.quad 0xffffffff80000000
	.quad 0x0db1d339fa0def31
	.quad 0x01800000
	.quad 0x50000000
	.quad 0x6e05c61dbd28cfae, 0xfff4f23312609dae
	.quad 0x7ff0000000000000, 0x800a282f324949bf
	.quad 0x800000007f800000, 0x400fffffffffffff
	.quad 0xc6a378c7d8664680, 0x7ff8000000000000
	.quad 0x1a3262434c00953c, 0x800000003f400000
	.quad 0x321785ccfcfffe6a, 0xbd7135e45ffffffe
	.quad 0x3b5b9ba2be6377ef, 0xc2000000ce000001
	.quad 0xc343654be679759f, 0xc39fb36e002ca71b
	.quad 0xfca5e6cfffd4afb1, 0x29983b437f02c543
	.quad 0xdd69e3179820c500, 0x5a145aea1899530c
	.quad 0x918f9dc151f37c00, 0x0e5aa4e75e7b7869
	.quad 0x000f518c54ff8080, 0x244fc032eeada782
	.quad 0x56d8a301e84649c0, 0x3fa7f72a43107620
	.quad 0xb20d98254f87c0c1, 0x7fefffffffffffff
	.quad 0x52de7aea7f2ffd2f, 0x7ffef3f6592de3e5
	.quad 0x531943487ffe3c7a, 0xd40126cb09b3cc00
	.quad 0xca79051c2dedfbcc, 0x7ff0000000000000
	.quad 0x97872f16f349f859, 0x7fb16d3d80000000
	.quad 0xc0a40000bd83ce4a, 0x40c80000ff7fffff
	.quad 0xc023000000000000, 0x45b502bc497a77ff
	.quad 0x80c18ca85b5a6eab, 0xdea5f8be2bfb7c00
	.quad 0x3e1aa9b8ffc00000, 0xc2e063727e195ba5
	.quad 0xc152af4e52503975, 0x232361a7c95fc880
	.quad 0xb1ab9a1715653500, 0x89d9610974a7df47
	.quad 0xfff0000000000000, 0x7f941b52c5b00000
	.quad 0xfff0000000000000, 0xffd0000000000000
	.quad 0xc0e0000000000000, 0xff800000be562236
	.quad 0x80800000006e5b68, 0x8000000000000000
	.quad 0xbfd22f4d2619d2de, 0x207516d5a5aeb510
	.quad 0x325f5c26d4a7c909, 0x9bd5f870ffa844c0
	.quad 0xff248dfe80000000, 0xc06b4ff957b81eb2
	.quad 0x00dbc8997fc00000, 0x8003391216fc39c6
seed22:
	.quad 0xffffff7d2c0dfc65
	.quad 0xfffefd2e6ad3a214
	.quad 0x0000000080000000
	.quad 0xaf868c52ded39d1a
	.quad 0x0297a8f56e1a281d
	.quad 0xd2e2de746462776e
	.quad 0xfffffffffe78a061
	.quad 0x7d1582cc6c46b0a6
	.quad 0xfffffd35dbe91190
	.quad 0x8000000000000000
	.quad 0xb1761c801a5751bf
	.quad 0x0000002abfdbaceb
	.quad 0xc6eb12758e07db2b
	.quad 0x56b60459ddddb6d1
	.quad 0xffffffffffffff04
	.quad 0x00000000000003ac
	.quad 0x00000000
	.quad 0x30000000
	.quad 0xfff8000000000000, 0xc1180000ff9c53d5
	.quad 0xb1a6f744875475f4, 0x40640d8aeaa505ee
	.quad 0x43efffffffffffff, 0x7ea18e3faf44ffb4
	.quad 0xbd32b5a13f7ffbb7, 0x7ff0000000000000
	.quad 0x56d5109fbe17bdff, 0xbfcc6204cec701ac
	.quad 0x40efffffffffffff, 0xf5d0a3e8b7b40000
	.quad 0x7faadf373cf00689, 0x394ca6cefeb6ffa3
	.quad 0x24e4fc50965d7c04, 0x7ff8000000000000
	.quad 0x7efb270f64903696, 0xc6eac7e4ffeaaedb
	.quad 0x40d86e6880c87fcf, 0x77bef9303be680f5
	.quad 0x1a1193753c7a5b85, 0xc3f0000000000000
	.quad 0x57161e224a3f57dd, 0xffaf9c8e4081eecd
	.quad 0x745fcba0422ca578, 0x75cfa131d7b5bebe
	.quad 0x6595998f86127e00, 0x8000000000000000
	.quad 0xd9fe4c748e23fc2c, 0x4023f0accfffffff
	.quad 0xbfa92fff72c3d53f, 0xee59aef027365cdb
	.quad 0xfff1da9b570045bf, 0xad0e05e4ffffefa7
	.quad 0x73c206e1f4f9ff9d, 0xff8000004bb20359
	.quad 0x6e2155c7e97f7fad, 0xbd99327cffdf83d7
	.quad 0x119f2e0fc7562cb7, 0x7f8000003c907446
	.quad 0xb2cb816d4828c840, 0x77296a5bd77ef2ea
	.quad 0xfff0aa09822b560b, 0x3ed1a843bb9f4a94
	.quad 0x000000000002d0e5, 0x67c67d1bffda7bff
	.quad 0x804c447813be2b54, 0x0bec45c8036f8001
	.quad 0x04d5a6d94755afc3, 0xa0ad7326a9ffffff
	.quad 0x7f8f5017ff7fffff, 0x1001ecd1eafffffe
	.quad 0x000000001e7a67d1, 0x68dbe63f855e7716
	.quad 0x00000000bd016e4c, 0xae1672d847e0b558
	.quad 0x5996d0bffd9e7f96, 0xbdb516fa40c40000
	.quad 0x3f000000f3c708c3, 0x477ffffe7f8fb896
	.quad 0xde708f268f2cae36, 0x906b84a88999d08d
	.quad 0x6c76cb017ff17e68, 0x83cdd0465bcb7d46
seed23:
	.quad 0x0000000000000001
	.quad 0x0000000000000266
	.quad 0x000000000000019f
	.quad 0x00000000000000f9
	.quad 0xfffffffffffffd5c
	.quad 0x0000000000000000
	.quad 0x0000000000000000
	.quad 0xfffffffffffffea7
	.quad 0x49274971e0505fff
	.quad 0xcd5892beae81020a
	.quad 0x0000000001000001
	.quad 0x00000000000b8d0f
	.quad 0x5cf03509d03ae14d
	.quad 0xffffffffffffffd5
	.quad 0x0000aac9abdcf479
	.quad 0x6a5e4c5f1f551108
	.quad 0x00c00000
	.quad 0x70000000
	.quad 0xb65474f9a43d1ac8, 0xb7b80000b8cc0000
	.quad 0x8000fc2988ae4087, 0xf0f443cb1a418000
	.quad 0xa61647e9a0530111, 0x7b0192caff800000
	.quad 0xf37343e2ffa85bc6, 0x482f32a40fffb7df
	.quad 0xff51e015bc4d1663, 0x7ffdf83f344e8f8e
	.quad 0xf12cde9be3bfcdc2, 0xffdcdce3569594f8
	.quad 0x3f998e26e9dd41b0, 0xb2092772ff800000
	.quad 0x7f80000080000000, 0x25db58da3ff65b85
	.quad 0x9a25ca67b0ffdff5, 0xec13ea957e800000
	.quad 0x7fc00000ff800000, 0xc01c000000000000
	.quad 0x2223e0d6807f80b4, 0x842c4115ff810507
	.quad 0x7fec9f701da9a890, 0xbfc9480e22d71b39
	.quad 0x6a7ae752ffbefe9a, 0x120c666dbfffabb6
	.quad 0x7ff0000000000000, 0x7d87b287ff4d0e18
	.quad 0x7ffa543c2c342e6d, 0x7ffe5d21f6b33a59
	.quad 0x260ea0314bb5fc00, 0x6a3a83453f333d7b
	.quad 0x7f009e3940daa626, 0x7f800000ff800000
	.quad 0xb170190bafa14eb4, 0x64f78ea6455ec780
	.quad 0x48a639ee43f1aa14, 0x405e90dffd91aca0
	.quad 0xe3175591849dfaa3, 0x7b6f25573e35f118
	.quad 0x0ce6237ad9c63f37, 0x7ffe39dc812fd6eb
	.quad 0xc3ec909fb8310000, 0x801b34b36c24d77e
	.quad 0xfeed10fc7f8099f9, 0x81925e253d180000
	.quad 0xff9151eb65a4574b, 0xb84000003a200000
	.quad 0x997d3062ab2ec481, 0x1d5cd8c0ff8a2049
	.quad 0xeb45c4a3fffdffdf, 0x3e1097eaace1c940
	.quad 0x63cfef8eea323a1f, 0x0000000000000000
	.quad 0x7fd659b527f5c0dd, 0xee0a440fa455da0c
	.quad 0x37b681f3ffff3bf9, 0xc340000000000000
	.quad 0xf8ef2d52ff84fd55, 0xc03db46d3eabebcf
	.quad 0x4117800000000000, 0x0c2e8def6860552a
	.quad 0x40000001c2e00000, 0x6029f41c256fd2a5
seed24:
	.quad 0x00000000ffffffff
	.quad 0x00000057fb3b6210
	.quad 0xffe536dfa91ce52e
	.quad 0xfffffffffffffdeb
	.quad 0xffffd6adb2298a3a
	.quad 0xffff57936579d5d2
	.quad 0x00000000001fda3b
	.quad 0x0000000000000001
	.quad 0x6098f4aea501bb61
	.quad 0xdcb6ac3c2b8a1f17
	.quad 0x00000000000001f8
	.quad 0xfffff6e9d87a7e4c
	.quad 0x0000000000000001
	.quad 0x7fffffffffffffff
	.quad 0x00000028cb2b554c
	.quad 0xe759645dc88367f9
	.quad 0x00000000
	.quad 0x20000000
	.quad 0x9e44f48f315956c0, 0xffc5ccd126b9dd81
	.quad 0xcd32b0357ff75ffe, 0x802fffffffffffff
	.quad 0x3bb1ed7abbb1d7fc, 0xbffc000000000000
	.quad 0x2888e3c1fbff666c, 0x0e405df52c62504e
	.quad 0xbf1c000000000000, 0x3f33e83529bb8000
	.quad 0x8b8a2da386f6fb13, 0xffad03de3e7074f3
	.quad 0xb07635d5f77ffe7f, 0xb5e978b2fbf5ff2f
	.quad 0xffb8ca793cecfb90, 0x71f8022000ffffff
	.quad 0x8000000000000000, 0xc1ec23c7ffc8f5ef
	.quad 0x4033300000000000, 0xa57529a9b825f401
	.quad 0x9326761143eb211b, 0x5879db37cf4a37cc
	.quad 0x221694b5971a8233, 0x0000000078c2d0d3
	.quad 0xffdf1374bd09a18e, 0x7f800000c7000001
	.quad 0xef702ef47d5e7e7f, 0xffc00000a798d2b2
	.quad 0x7fc63936806d3e18, 0xbfdf6998f9b5dfb6
	.quad 0x417672c0bf294c1e, 0x3faa1141be448400
	.quad 0xd6097735e5103a4d, 0x38fee18cf36fdbdf
	.quad 0x310122a74199dcd1, 0xe94a28862a3a7615
	.quad 0x7ff0000000000000, 0x67e9038ca693fe00
	.quad 0xbff19b29727bfc27, 0x3f44000000000000
	.quad 0xffeff7cbecbe4b03, 0x400e000000000000
	.quad 0x3fd402afb5705df9, 0x419f5d426c96233f
	.quad 0x7fefffffffffffff, 0x5822072b297dcc81
	.quad 0xff800000d3e5099d, 0x7ff8000000000000
	.quad 0x401e000000000000, 0x31a50ac0ce3cf2e8
	.quad 0x40100000ff4191f0, 0x0000000000000000
	.quad 0x429fa561cfdbee5c, 0x5a000001d1800001
	.quad 0x3e3c96b4f43d8b2f, 0x9fa86536d9feffc1
	.quad 0x732a5b287effffff, 0x2a1641e4258cc456
	.quad 0xf3491228e654fcb3, 0xf5138a9ec2b7315a
	.quad 0x406121b92f2cf583, 0x7fab11c07f800000
	.quad 0x560bdd80a41c4634, 0x3ff16661ebd96b7f
seed25:
	.quad 0xfffffffffffffd3e
	.quad 0x0df7e415ef0c2894
	.quad 0x000000000000010c
	.quad 0xffffe1072e863343
	.quad 0xd5d3c8d0f374c4ec
	.quad 0x25c86b453d3c8817
	.quad 0xffffffff80000000
	.quad 0x0000000000000000
	.quad 0xffffffffffffffa4
	.quad 0x0000000001f62c6c
	.quad 0xf1d3e4c15c508f98
	.quad 0x00000000000003b7
	.quad 0xfffffffffffffd70
	.quad 0x0000000000000a59
	.quad 0x0000000000003be1
	.quad 0x0000000001000001
	.quad 0x03400000
	.quad 0xc0000000
	.quad 0x39fc203a3a530753, 0x2a0835c2904c0000
	.quad 0x858d2022438447d3, 0xffe0000000000000
	.quad 0xc1842612e7bb7c00, 0x17aaa25d0eb8e954
	.quad 0x3ffdfb8ebb90c982, 0xf5843124fcd37932
	.quad 0x749e424a40b94880, 0xf05dd53cf416ff2a
	.quad 0x7ff6d3cc92d8de37, 0xff8c779f8136bd82
	.quad 0x70b03145aab29dc2, 0xaa594c55f7bf0070
	.quad 0x16e38da621ceb5b3, 0x98a10b30fe3bd4ad
	.quad 0x0000000000000000, 0x3fc292dfe1723281
	.quad 0x94be57beffa976f0, 0x7a27ef0be773ff67
	.quad 0xfe2d34a1c14b1b1d, 0x14bd94f16d327e00
	.quad 0x14ff1049249c2acc, 0xe4a6436a215940c0
	.quad 0x7a31efcd7f80d42c, 0xc018f73fa0b5bec9
	.quad 0x802da934feffffff, 0x7ff0000000000000
	.quad 0xf51ad2a5295ca266, 0xff49b99e8fec28c6
	.quad 0x4dff9b0957ffffff, 0xc72e2217ffef7ceb
	.quad 0xc01a000000000000, 0xbd820d0b484fb440
	.quad 0x00000000efb75834, 0xe5268b95ebf57e7f
	.quad 0x4ae74e3cea25e9ad, 0x03c48805666f9702
	.quad 0x3da000004d57e8a0, 0x400000007fdcb424
	.quad 0x70b7d12c79140000, 0x0000000000000000
	.quad 0x7f800000938e5240, 0xbfe413e5f766381e
	.quad 0x7f99034ac0e1cff2, 0xfff0000000000000
	.quad 0x44b80000bd48b303, 0x3fde7f34975d39d7
	.quad 0x41080000ff800000, 0xc2179eccc220cc7f
	.quad 0x810346894e8cd19f, 0xe68a31aac0200000
	.quad 0xba1b8d13f5e3d7c0, 0x75b084ca77777cc1
	.quad 0x12999a209a1f3145, 0x97fdad617fe7def4
	.quad 0xff84cdd0ff800000, 0xc6433d1720531fa0
	.quad 0xc12a800000000000, 0x80515019ffc00000
	.quad 0x3f8000013cb2f454, 0x74b6c84cfffbfe06
	.quad 0xbc00856d80000000, 0xc5b8e5bdfbffffde
seed26:
	.quad 0x0000000000000010
	.quad 0x43c763d38785790f
	.quad 0xffffffe8725d2a85
	.quad 0xffc6b65600985d00
	.quad 0xc61d1e218a950e36
	.quad 0xffffffffffff604d
	.quad 0x8652625a8b8d4415
	.quad 0xf7c2480086989968
	.quad 0xffffffffffff0363
	.quad 0xfffad14a2819d8f3
	.quad 0xfffffffffffffffa
	.quad 0x8666483a184e8411
	.quad 0x1ef32c10f23a19fd
	.quad 0x1a47a992e1470b3e
	.quad 0x0000000000000000
	.quad 0x00000000000002cc
	.quad 0x00400000
	.quad 0xb0000000
	.quad 0xbeb5f5a01d3bb07d, 0x7fc000007effffff
	.quad 0x0000000000000000, 0x41140000ffc9c124
	.quad 0xffc07189410c0000, 0x3ccb234fffc00000
	.quad 0x4359e2c0f4344400, 0x8000000039277a45
	.quad 0x3bbda91780000000, 0xebc974a500ffffff
	.quad 0xbf800001c197a688, 0x05a5f02780000000
	.quad 0x250b7199f50ffd9e, 0x80ffffff7f80a0a9
	.quad 0x3cd2af9080a57a5b, 0xedaeef5afefffff1
	.quad 0xffd112cf02cf910b, 0x3dcaf692ff800000
	.quad 0xfea665ca5082e640, 0xfb75abbc1979bcd0
	.quad 0x800976ac000b4b6c, 0xc3fffffffffffffe
	.quad 0xc01203781b75afb2, 0x93a38cba55feaf22
	.quad 0x0000000080ef4479, 0xedc6d51296ea4aa9
	.quad 0xfff0000000000000, 0xc580000080000000
	.quad 0x01000000c0a80000, 0x41efffffffffffff
	.quad 0x3168efc603dfef6c, 0x817fffffbd6ea390
	.quad 0x89e87c9ae6da26af, 0x824ac334f5c651f3
	.quad 0x3c8dd64bbdcdbf79, 0xfdfd902e6b604f8b
	.quad 0x725607c4cf800001, 0x7eea6acd7ffb844b
	.quad 0xcf000000c0180000, 0x4a8e1a38ae9d00b4
	.quad 0xffff602f43d07c41, 0x53e08ff84b73ffbb
	.quad 0x5065be551ec87172, 0xc03847a3569fafcf
	.quad 0x810d947a784f6991, 0xff36a94a88830b2e
	.quad 0xbe9a38b08126f8e4, 0x400ffffffffffffe
	.quad 0x805d56d9badd98c4, 0xf78865267f800000
	.quad 0xffe84fed9d14c251, 0x17ff227b93eb844c
	.quad 0xfb0aa4d8eaa8c901, 0x800f2c5781ddedfe
	.quad 0xc1bf9ae8feffffff, 0x0386a8ef7f81531c
	.quad 0x00000000ffeb1375, 0x08bec652ffdffdd7
	.quad 0x3fe0000000000000, 0x7da64db31108728f
	.quad 0xcb8234989d65ffcd, 0x8000000044c00000
	.quad 0x000abcfc64584754, 0xd42ff18368c99f77
seed27:
	.quad 0xfffffffffffffca6
	.quad 0x00000000067e61e9
	.quad 0xffbb346b52ded78d
	.quad 0xffffffffffedd0b9
	.quad 0x7daf4e5ce8425ddc
	.quad 0x4a2b92931b696e32
	.quad 0x0001f8dbb511947a
	.quad 0x0000000000000000
	.quad 0x4717ca10837063b6
	.quad 0xa196345f2c6b751d
	.quad 0x00000000001c5c5b
	.quad 0x000000007fffffff
	.quad 0xfffffffffffffe03
	.quad 0xaa3edd0d6160d29a
	.quad 0xb4907d778020a3ea
	.quad 0xfffffffffffffefa
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0xcb1ffb5bdfd1d555, 0xbfab531374cd1766
	.quad 0x80029811c957807e, 0xc07ffffebfef9496
	.quad 0xfff0000000000000, 0xff800000806e7083
	.quad 0xcaeec630822a4ed9, 0x60c159c87277b7f1
	.quad 0x720b7e9752507f38, 0xc05b510397d0221e
	.quad 0xbf9d000000000000, 0x5a25fe76bf54fa80
	.quad 0x0000000000000000, 0x0000000043b8c982
	.quad 0xd13afa6e80ffffff, 0xff9357437fc163ee
	.quad 0xf38995e5ffbdfbef, 0xff58d0777fc00000
	.quad 0x1f67068513ea3d00, 0xf786a213e96e43c3
	.quad 0x0325e2b4b2f72b6d, 0x32fcb929bf825e2c
	.quad 0x0289d039ebfd17d8, 0x524dbd177dcdc3fd
	.quad 0x4024ca4245400000, 0xc080000042f6fc80
	.quad 0xc695af834e382db9, 0x5fffffffbf1c348c
	.quad 0x5c530993c9d47e00, 0xfec00050bbe03d25
	.quad 0x7f80000080000000, 0x2ac8c72f2023fc68
	.quad 0x4018000000000000, 0x3fffecb3864618ca
	.quad 0xff9dfbb6194d4bf0, 0x1ccf52a7617a8215
	.quad 0x8002b2ab2c5ad154, 0xaff13fa2a8a7ab14
	.quad 0xcf3a4056d409fc00, 0x008000007fc00000
	.quad 0xf6168bdefff1ff58, 0x9e9b89fc7ff1df9d
	.quad 0x4ea382d106c4965b, 0x9e174033feffffff
	.quad 0xda980a0dd8d13566, 0x0000d6e97a4772fd
	.quad 0x4072000000000000, 0x3d8bdc847f800000
	.quad 0x411c00002c8858e6, 0x402d5ebdd18a8803
	.quad 0x3f80000000000000, 0xe1dae2abb6bf0297
	.quad 0xe73055a9f54c5e3d, 0xae02a8f7beeaf83e
	.quad 0x6a4a463b1b549f1b, 0x038b5effcd601f3e
	.quad 0x3fceb8f7786ed6cf, 0x7ff0ecc352676c42
	.quad 0x88d606433fffffff, 0xa91c2d30ff80fd36
	.quad 0xa0f536c4b72e2073, 0x494658567f917d85
	.quad 0x7fc000007faac479, 0xffa2cb547f800000
seed28:
	.quad 0x772a1d562c1322a4
	.quad 0xffe704e217235697
	.quad 0xfe2063a6c5dc1c4b
	.quad 0x0000000000000001
	.quad 0x002e611824ef58fc
	.quad 0x8409eb0867b978a4
	.quad 0x00000000000081f3
	.quad 0xd93f58c378b5adfe
	.quad 0x0000000000000279
	.quad 0x0000000000000083
	.quad 0x000000f119030918
	.quad 0x4aee689753de1ff0
	.quad 0xfab5f45976367ac4
	.quad 0x2cab21b3ad0f5e69
	.quad 0x2a131e5e4b85fe06
	.quad 0x000000335295a263
	.quad 0x00800000
	.quad 0xb0000000
	.quad 0x3c5c97a0f80eb730, 0xc1e0000000000000
	.quad 0x41c000007fa62688, 0xfff561d5866b5648
	.quad 0x7f25f95b8895a1b8, 0xc11200003d9e97b0
	.quad 0x800000009d8c7e4f, 0xd503a61ae4ae977c
	.quad 0x7ff7205fd82c3787, 0x3fc8000000000000
	.quad 0x47800001ffdc2135, 0xf2a6180e9b834780
	.quad 0x7ff8000000000000, 0x000fffffffffffff
	.quad 0x0b24d88bff7ffaed, 0x9b85cc0ce09b0000
	.quad 0xf88ad783f6a07638, 0xd7c89148677facc8
	.quad 0x074e5d1cd40d0abf, 0xa26f975df6197ce5
	.quad 0xff0267415fffffff, 0x87b553aefff7ffbf
	.quad 0x7c1f5355feffffff, 0xb4aeb70ebc8718af
	.quad 0x7eb4d533d58a32c8, 0xa69fa786f1f57f6c
	.quad 0x50a77064ffe9ffb1, 0xb01b249f030c7dd7
	.quad 0x96658e28fc3d72c8, 0xeacf2474acb6c440
	.quad 0x031f570d50ab3b94, 0x814a62fa7effffff
	.quad 0x5f1fc1a985bcfc00, 0x292cddbbe42a94f8
	.quad 0xbff0000000000000, 0xd6d76370fb178001
	.quad 0xc240000096994d1f, 0xbd8b136ec1180000
	.quad 0xf0ca889d3b840000, 0xffd37293649d1d1e
	.quad 0x2c2d0ad7d6ff7ffb, 0x783ae60e00000000
	.quad 0x61894e2d7f972ad0, 0x4c5e2bb9fe777e00
	.quad 0xdf000001c0600000, 0xfff0000000000000
	.quad 0x5034593effcefef6, 0x3c2c000029182828
	.quad 0x0000000000007bb6, 0x0003ae3dc1000000
	.quad 0xc7bc3963d38e07ff, 0x0000000000000001
	.quad 0x9d702c0fb7a5fc00, 0x7e718767c8293a90
	.quad 0xffc000003c8c5162, 0xba2ee1a2e33f3dfe
	.quad 0xbf400000a48b2b7c, 0x420e967a3ef324ed
	.quad 0x92f853d3ff8f6842, 0x7ff8000000000000
	.quad 0x54649e2c5473d53b, 0x8000000000000000
	.quad 0xc330000000000000, 0xffc000004f800001
seed29:
	.quad 0xd8e39980703c3e37
	.quad 0x3eb5055c381e5754
	.quad 0x000000007fffffff
	.quad 0x00000000ffffffff
	.quad 0x000000037137f883
	.quad 0x000000000000032b
	.quad 0xc4d08eed29de92ac
	.quad 0xfffffffbc3903623
	.quad 0xcef70f8e6e20b23a
	.quad 0x8000000000000000
	.quad 0x1f68d380cc0851ae
	.quad 0xfffffffffffffffe
	.quad 0x000000007fffffff
	.quad 0x1c28cdef957bcd6b
	.quad 0xfffffffffd28b4c5
	.quad 0x000001f06524e524
	.quad 0x00000000
	.quad 0xc0000000
	.quad 0xfe69642726f9f840, 0xfb1c730bff76eef5
	.quad 0xbf966cf402b0caf5, 0xe118a5d1ff8f0000
	.quad 0x8304d0acf45ad2b3, 0xacc5ebe6f3529c38
	.quad 0xbc22efb500579524, 0x40130cc27f6fa6a5
	.quad 0x69f8e0613c66ef12, 0xc0e00000a6084497
	.quad 0x0054b64bff800000, 0xc0c00000bed040b5
	.quad 0x8004a376d6d1814a, 0x030f762489f2f1e9
	.quad 0x914c229b5fffffff, 0x80000000407fffff
	.quad 0x7effffffffc00000, 0x419f1b62427f5e8f
	.quad 0x43ad00004fffffff, 0x3fffffff3e31bd51
	.quad 0x36de208bdfd559d3, 0x7ff0000000000000
	.quad 0x7ff0000000000000, 0xfff8000000000000
	.quad 0x42fcbb2912d2fe00, 0xbef0000000000000
	.quad 0x48290000005aa075, 0x7f49c4b000572739
	.quad 0x7fe55f9cf46709e9, 0xf5a682ee32e25330
	.quad 0x3fe8000000000000, 0xfff463e1b55556f0
	.quad 0x7e4c3f144e0df1d2, 0x871adefedd44e93c
	.quad 0x0324911fffd7dbd7, 0x3fedd5357e1e7ba7
	.quad 0xdb2857d4cbf6fbff, 0x9d05b6b07f800000
	.quad 0xfff3096d29b721ed, 0x738df6c75a707d3b
	.quad 0x8627377b7ffffdbf, 0xe1033a522c350f95
	.quad 0x800000008db9cf4f, 0xbf9331ad8d5e1aa8
	.quad 0x3d7a5b363e1c7008, 0xd87d19d9ff807575
	.quad 0x107147efebd26859, 0x7f6b8808c75c358d
	.quad 0xc028fcea25b9c390, 0xfff7b03cca9722be
	.quad 0x4052dd708dea24ea, 0xff84c33ae7eb20e7
	.quad 0xbdddd10adf000001, 0xdf22a69dfffc7fee
	.quad 0x6172e9a6ffd72f43, 0xec57af2b2b321ab6
	.quad 0x254733ad88ee7977, 0x2ee828c2ffdf2356
	.quad 0x3d02cdfb017ba6da, 0x0378de2c347b8ed8
	.quad 0x81ffc1773cac0ed6, 0x7afacb54c09c0000
	.quad 0xfb712a6780000000, 0x3e9a7ab40168107d
seed30:
	.quad 0x000000000000c571
	.quad 0xffffffffffffff59
	.quad 0x0000000000000000
	.quad 0xffffffffffffffff
	.quad 0xe40f94cd60947ae3
	.quad 0x3f8064c474d220f3
	.quad 0xb9a206d3c286df41
	.quad 0x0000000000000001
	.quad 0x00e9f9df8ed818df
	.quad 0x02fa1bf4d23b36ec
	.quad 0x7fffffffffffffff
	.quad 0x91778e6c167863a9
	.quad 0xffffffffffffffa2
	.quad 0x18be4b8a0cd75717
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffffe24
	.quad 0x03400000
	.quad 0x90000000
	.quad 0x7fc00b388e5cd758, 0x60678a38bddbcbe1
	.quad 0x800fffffffffffff, 0xc106000000000000
	.quad 0xadd451c0a76fd5c1, 0x7ffb86340d066858
	.quad 0x0bcfe860ff7fffff, 0x8000000000000000
	.quad 0x4002381700000000, 0x536aa88f9079fbf0
	.quad 0xc56d72d21a4dfc00, 0x017fffff00400000
	.quad 0x7f8000003e4021be, 0x8ae7fd247dddfdfe
	.quad 0x8000000000000000, 0x7f80000049e00000
	.quad 0xfbfa11cffbc88000, 0x0000000043e21f7d
	.quad 0x00069484ff800000, 0xffd2eaef7f800000
	.quad 0xfb508739c0000000, 0x0fcaf48a7fd4310e
	.quad 0x000000007f68ccbe, 0xc373f97b192e0006
	.quad 0x803469881a3f8ee8, 0x076c04cf7c8f9a4b
	.quad 0x3f7430f956217791, 0x0db04c8d8cd51254
	.quad 0x7fa1fa7a81000000, 0x806b7eb67ffb1877
	.quad 0x00000000423751a7, 0x037c370a744b3e1a
	.quad 0x837713049626e132, 0xffc000007effffff
	.quad 0x000000003e935cd4, 0x7ffb90ddf87c69fa
	.quad 0x5f1e49354c137bfe, 0x15be89c21f14d5dd
	.quad 0x43f0000000000001, 0x80125be7ffb3fd9c
	.quad 0x3f91000000000000, 0xbfc9e4017ee816a9
	.quad 0xc079457908e9acc8, 0x3ac5b041b5fbc6c0
	.quad 0xbc244d5abf437d4d, 0x3f832b05c2fdb972
	.quad 0x9b81b009cf8e8000, 0x3bfb9efd897fffff
	.quad 0x0d00ba6c8027219e, 0xc10c000038e00000
	.quad 0x407e071b00000000, 0x315bb9e3f060fb81
	.quad 0x91950d0079ffffff, 0x7ff0000000000000
	.quad 0xa69f6943bedfabec, 0x93fe7bdda863fcd7
	.quad 0x00041d8df6f427f2, 0x7f80000086e290db
	.quad 0x0000000000000000, 0x87620db6ffcfff6f
	.quad 0xaec144dd9882471c, 0x5707fc0ba4f49a00
	.quad 0x7e7349900e3d2309, 0xe4bd9196ffbca8c0
seed31:
	.quad 0x0000000001eaafb1
	.quad 0xffffffffffffffd1
	.quad 0xffffffffffffffce
	.quad 0xfffffffffff1a3f2
	.quad 0xfffffffffffffedf
	.quad 0xfffffffffffffe09
	.quad 0x7a96a50aa180c84b
	.quad 0xfffffffffffffe71
	.quad 0x0000000000003312
	.quad 0x0000000000000001
	.quad 0x00000000000000ef
	.quad 0xfffffe74729657a3
	.quad 0xffffffffffffffff
	.quad 0xc099bde73b19a731
	.quad 0xfffffffffffffe14
	.quad 0xfffffffffffffe56
	.quad 0x00400000
	.quad 0x20000000
	.quad 0xff8d17c825003843, 0x7fec11f4de3fc6b6
	.quad 0x7fc000003ba00000, 0x8010000000000000
	.quad 0x2f576dc9ff3f7fde, 0xbfe247db1b068f70
	.quad 0x7f80000041000000, 0x45460fe048ae81fa
	.quad 0x1e99ed2efffaefde, 0xbfacf5fa1b1ee6ce
	.quad 0x802b61fc92878b8e, 0x3ff0000000000000
	.quad 0x961bec887f8c764d, 0xe4b7ec6615225265
	.quad 0x2f925397bffffca3, 0x3932c7fb173fade7
	.quad 0xfff8000000000000, 0x857d415ef92e4c0c
	.quad 0x0000000045bf0000, 0xe9bed873fe287c00
	.quad 0xbfe3e76bff8ba4ac, 0xcf7fffff91792409
	.quad 0x80000000e5dc8472, 0x800b025f7eaa4090
	.quad 0x61830f16d4e836bd, 0x8fd223098cf6fd1f
	.quad 0x8000000000000000, 0xc70cd5b93fe00000
	.quad 0x82e1d343adbe3c1b, 0x5c4b43d3ff9eab6e
	.quad 0xc070000000000000, 0xbfc12d88a7901286
	.quad 0x03318c5eb07ea8e0, 0x3f0f0c06ffbabe51
	.quad 0xfff8000000000000, 0xeb7f6f7f1a7fffff
	.quad 0x2971646b40c83ec5, 0xbcc8000055ec94bd
	.quad 0xac5c92dfbb3fc280, 0xcdffffff0016744a
	.quad 0xf0fb186ac19111d3, 0x7ff8000000000000
	.quad 0x5afaa416dffffffe, 0x4021400000000000
	.quad 0xb5ab8c5ef62c09d8, 0x80000000bea6afcb
	.quad 0x000185650f927fe2, 0x8000000000000000
	.quad 0xe37a0d6abb019017, 0x23180619be34fc1b
	.quad 0x40e0800000000000, 0xdc4ba84a43427dd6
	.quad 0xad0498f5ddfe9dcd, 0xf05a733dd2f97bb5
	.quad 0xf2f8e06bffdfffed, 0x71c8b949ffbb3edf
	.quad 0xffd0000000000000, 0x178a831154acb5c3
	.quad 0x5739b8b670b40382, 0x60038149eb8d3ef3
	.quad 0x46eebfb6ff997983, 0x8c970f23992a60de
	.quad 0xbe003c28415f5ae6, 0x002f167816a204b8
seed32:
	.quad 0x1e474ab3d7597c49
	.quad 0x0000000080000000
	.quad 0x7f7309f5a52f3ac8
	.quad 0x133a009270413267
	.quad 0x0000000000000002
	.quad 0xb8be036aca3cb1f9
	.quad 0x7fffffffffffffff
	.quad 0x0000008e954d2c2e
	.quad 0xfff48c77d84dd6f6
	.quad 0xffffffffffffff0b
	.quad 0x000000007fffffff
	.quad 0xffffffffff390889
	.quad 0x00000000000003d8
	.quad 0xffffffffffffff7f
	.quad 0xfffd1a84f74f5b8d
	.quad 0xfffffffffffffe05
	.quad 0x03800000
	.quad 0x40000000
	.quad 0xa91bc967bd7b8eff, 0xcf5cf4d803906b52
	.quad 0xffbf062ec2a96013, 0xbfb3c2f6043ab94c
	.quad 0x032e575fd47772a7, 0x26c971892603fc00
	.quad 0x6a186b2480800000, 0xffffbecfd4c88a19
	.quad 0xff8000007f998197, 0x7f7fffffbf800000
	.quad 0x46f7a882debd4001, 0xbec8000000000000
	.quad 0x691a33cd417e7556, 0xed2de44a7fbffec4
	.quad 0xe56f942d6005fdd0, 0x7fc00000c7ffffff
	.quad 0xc77fffffc0e00000, 0x0988e2d3779c7e75
	.quad 0x6df35f6a75408480, 0xc3f80000c0e00000
	.quad 0x7fc68fa28033661d, 0x3e538f8fe79b27af
	.quad 0x8000000026daf0ee, 0x3ca57097527a0f93
	.quad 0xcf2e3e41b9ffe807, 0x76a596548a69f7f0
	.quad 0x5238e260bf15d413, 0xe8955f00ff2d1be6
	.quad 0x0000000000000000, 0x6605710dff828000
	.quad 0xfeb297df17c92b40, 0xfff0000000000000
	.quad 0x8000000040280000, 0x305115067fd1de6e
	.quad 0x0dab3cb03c503ccd, 0x890eb8b180000000
	.quad 0x010aa0fb7bbfefeb, 0x80000000f9ef9c9e
	.quad 0xfff0000000000000, 0x589da107c8200000
	.quad 0xbf208a397fc89ff7, 0x7005fa86c1cc0a7f
	.quad 0x40f0000000000000, 0xbc6867ef43640000
	.quad 0x81f3b5103e2a21e8, 0x3fbcc4c6e8221f02
	.quad 0x40effffffffffffe, 0xfff8000000000000
	.quad 0xfff8000000000000, 0x9ec2ba697e809176
	.quad 0x21234ba0b5706667, 0xffced8f28686a66b
	.quad 0x6c5b0511af35ff2a, 0xbbc1fdadff8f840a
	.quad 0x3bf71ab37f800000, 0x8000000000000000
	.quad 0x7ff0000000000000, 0xc1a5cbaed9000001
	.quad 0x2143d672f4dbf778, 0x776aa6fc95dd8000
	.quad 0x815190c4d2e17cde, 0xff800000bea25634
	.quad 0xff8000007f800000, 0x40a000007bb7214c
seed33:
	.quad 0x000002e73b9d6d83
	.quad 0x8000000000000000
	.quad 0xffffffffffffffff
	.quad 0xfffffffffffceb5c
	.quad 0x8000000000000000
	.quad 0x4f39641c3627864e
	.quad 0xffffffffffa981d5
	.quad 0xfffffffffffffd7e
	.quad 0x78cd3945f4e5737e
	.quad 0xfffffee7f8af0338
	.quad 0x0000000000000087
	.quad 0x0e89aee0d9b581a7
	.quad 0xffffffff80000000
	.quad 0x57f2aa445c156983
	.quad 0xffffffffffffff42
	.quad 0xfffffff1fb628964
	.quad 0x01c00000
	.quad 0x90000000
	.quad 0x8040848701b7eed7, 0x7ff0c40dd9b1cfaa
	.quad 0xc9eb7942e7ac812b, 0xff800000413c7bf3
	.quad 0x434fffffffffffff, 0x46f47146e6f67897
	.quad 0x80325ef3805aa39a, 0x20c7a46785480000
	.quad 0xff800000957dec29, 0x1b00bf3e8e51d2f5
	.quad 0x72a01ed13a9bb400, 0x80000000ff800000
	.quad 0x6a129855ffd65ef0, 0x40c9a00000000000
	.quad 0x7ff8000000000000, 0xca11fa163f54ffef
	.quad 0x36c200007fdaea7d, 0x803f378b7fc00000
	.quad 0xee6c19c8befffbce, 0x2c50754f2cc167bb
	.quad 0x801bbe4d00000000, 0x84148405555c1093
	.quad 0x9b2fc1a463bffffb, 0x4e84870b5bb30000
	.quad 0xd9929403e4dd02d1, 0x54c97b3ca13ffc46
	.quad 0x3c7b11777feeafae, 0x35b6af4e5105754b
	.quad 0xa0f369400e3f8001, 0xffc000003cff1d55
	.quad 0xc27ffffffffffffe, 0x3fa6000000000000
	.quad 0x1970ebabbd2a1d5e, 0x49800000411507ff
	.quad 0xbddce10e3dca03c1, 0x8a60bb2e3fa77c00
	.quad 0x7f9f39f7bc4befdb, 0xee6ba153c0000000
	.quad 0x0df4030bbf7f7f40, 0xf55fafc900f94d62
	.quad 0x3bbfa6f8dffd5fff, 0x8ec9c7af2518fae0
	.quad 0x3f872977af7ba40e, 0xaab4f742b1b5326c
	.quad 0x93a3af2b7fdedc73, 0xff800000bcc5fb70
	.quad 0xffb6187500000000, 0xc497b970afffdd7f
	.quad 0x6f31f6cf0cc70001, 0x3f7bbd0fa82f88ac
	.quad 0x410c00007d667fbd, 0xa4f616abf6fcaa71
	.quad 0x400a000000000000, 0x8000000000000000
	.quad 0x000000001214c087, 0x80000001a1cdd2da
	.quad 0x5cfeb1fbbe973dd2, 0x3f9c6f884b1cd792
	.quad 0x400e8cd156f36810, 0xdaddee19cfbbc320
	.quad 0x7f8000003cb17c35, 0xd82f3ef4a103b3ae
	.quad 0xf10e388fd99ee486, 0x0d935762f41137c0
seed34:
	.quad 0x0000000000000283
	.quad 0x0000000000000001
	.quad 0xfffffffffffffffd
	.quad 0xfe814b121774b43d
	.quad 0xfffffffffffffffd
	.quad 0x009d9fe55fc2038f
	.quad 0x000000007fffffff
	.quad 0x0000000000000315
	.quad 0x4c8d4a2700341a52
	.quad 0x07681e9b90280ab4
	.quad 0xffffffa4a73bf534
	.quad 0x660b52dca5edcd2a
	.quad 0xc9784053d43f95df
	.quad 0x0000000000000003
	.quad 0xffffffffee9d8bd3
	.quad 0xffffffd8bc9021bb
	.quad 0x00000000
	.quad 0x10000000
	.quad 0x0c1688c143a9a16e, 0x88ddf596ffb6094c
	.quad 0x80abe0e63aa4b3a8, 0x70ec87ec00000000
	.quad 0x24ec72bb9b7a80c4, 0x56d2ed25b0bd48f0
	.quad 0xc3bf3562a0b9554b, 0x676ab5dafcd34000
	.quad 0xffe0000000000000, 0x9441b0897f800000
	.quad 0x41afffffffffffff, 0x4080800000000000
	.quad 0xf649d683c0000001, 0x40300000933b068e
	.quad 0xc1f24d36648672a6, 0xb8000000c7000000
	.quad 0x0029faa33a47dde8, 0x4006000000000000
	.quad 0x3ff8000000000000, 0xe81b18cfd6ddffed
	.quad 0x027dcd2b19849756, 0x04ece130f31903ff
	.quad 0xb74a9abcffe778ad, 0xffc00000be1501c2
	.quad 0x89da5608ddae2009, 0xbeab82e3005818b2
	.quad 0x48790000ffaf49e5, 0x434031ab3dd59bc4
	.quad 0x33e65778ffdb7bfe, 0xc34fffffffffffff
	.quad 0xfe5c8b7180000001, 0x26b4e50bb2944380
	.quad 0xa73f1ac8aaca08ea, 0xa8657624bd2ebb34
	.quad 0x9c0c36a47ffe7d35, 0x4e420d43df702f73
	.quad 0xffbd04acc0170397, 0xa4d6b3f77cc89307
	.quad 0x08bfcbdeebb2b328, 0xf9d8ed65b4fdbff5
	.quad 0x0000000000000000, 0x9dd0a5ac63a637b9
	.quad 0xdfec6f41a4f88302, 0x74d662cd007fffff
	.quad 0x7effffffd2f7ae79, 0x800fffffffffffff
	.quad 0xb690fca5a2c73a38, 0x401b809d145d94a3
	.quad 0xbf75c798981e8314, 0x97956d2d4d5826a7
	.quad 0xe2d4c08a7fcda5dd, 0x437d17ef69e6da4c
	.quad 0xc418c1abc74ad48e, 0xfff1843bff8e66f7
	.quad 0x949fcb82915b7727, 0x2a7f974cf77ffc7d
	.quad 0x3f9c521f12aa3c96, 0xc00000017fb0c958
	.quad 0x8e2305d72b69f89b, 0x80000000088a3795
	.quad 0xb1912161e3ed03ff, 0xc0754941a6e97e73
	.quad 0xa160a782b24dbf30, 0x41e2131c853acb6f
seed35:
	.quad 0xcd100e9614dbf730
	.quad 0xadd9e4b83685a95c
	.quad 0x712d99e40a0eb596
	.quad 0x00000000000000e9
	.quad 0x2e6c03c8521e2d20
	.quad 0x0000000000000355
	.quad 0x85ef1ff5427109c2
	.quad 0x7fdab6903fd063a3
	.quad 0xfef850dc68d96d6a
	.quad 0x6066251cbcc5c68a
	.quad 0x000000000000010d
	.quad 0x72ff8b3ea072a5e7
	.quad 0x00000000000001d5
	.quad 0x00000000000003c2
	.quad 0x0000000001000001
	.quad 0xffffffffffffe084
	.quad 0x00400000
	.quad 0x50000000
	.quad 0x0010000000000000, 0x227f51fbe62a0024
	.quad 0x800000017f800000, 0x433e2c1936800000
	.quad 0x3fe9b9945b164d63, 0xd5a459cf2e298000
	.quad 0xe7317e7a32bfb63e, 0x3c5451d17f800000
	.quad 0x33e6ac3fef5ff7c0, 0xbf97b7e48c278f5e
	.quad 0x1851120e0a658aac, 0xfff0000000000000
	.quad 0xc006000000000000, 0xb9a82b75f7ff6bbc
	.quad 0xcd09c0ee919fa92d, 0x01e755ff2f4d9d64
	.quad 0x1f20c787db6964af, 0x0c6ae4b937ef7723
	.quad 0x1572a43a7d4fffbf, 0x87cbc68c02f36a7b
	.quad 0xceb16b84f3bf3fff, 0x80b808506bcde53e
	.quad 0xa016adf1cf5e9eef, 0xb2f3fc593c207c00
	.quad 0x54c3f4d73ef00001, 0xfff7f4395c2565a0
	.quad 0x8f776357dfdfeffd, 0x0005d58680ffffff
	.quad 0xb1c8e1e68f0211f8, 0xc58f8b107f800000
	.quad 0xc0ffffffffffffff, 0x7fb2548add8f04ec
	.quad 0xd237a87b9645d17d, 0x7f80000080000000
	.quad 0x3ced75c12a386165, 0x7451cad91a09aee5
	.quad 0xe7432d1bcaec7c00, 0x3f000000bd872fb3
	.quad 0xc15e5c345d59e3b9, 0xb711a4ff520d2d2b
	.quad 0x8000000000000000, 0x09d748c56a0dfd01
	.quad 0xce1de9affa43fd38, 0x9c9ed697deffffff
	.quad 0xfff8000000000000, 0xa5ddbc7c31887fb3
	.quad 0x40186cca34713bac, 0xffddb6b03e713f61
	.quad 0xe52e4984655cf000, 0x7fc0000040d80000
	.quad 0xfff3b5ea4aad120f, 0xff8000007f800000
	.quad 0x6787446c3318c4c0, 0xc048a2527f4df71f
	.quad 0x507fffffbf513901, 0x8000000000000000
	.quad 0xc01489ca9259185c, 0x869173a2ffa57ff8
	.quad 0x3afdb79fc1a28137, 0x9c0fee90ff800000
	.quad 0xcd6218eed9800001, 0xeb9a268dffc00000
	.quad 0xffc42364bf534be6, 0x7ff152512f2df882
seed36:
	.quad 0xfff7ad84dff81068
	.quad 0x8d5c05b35d1d5221
	.quad 0xffffffffffffffff
	.quad 0xb0c904486336b4e2
	.quad 0x7fffffffffffffff
	.quad 0x2c289d49c04ddd47
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x2eae3e942996abfe
	.quad 0x3edf7de4233f8cf1
	.quad 0x000001a20ca63f48
	.quad 0x5cdf283f5174099f
	.quad 0x0000000000000000
	.quad 0x004edba7555ddc47
	.quad 0xfffffffffffffea4
	.quad 0xffffffe8736ef495
	.quad 0x00800000
	.quad 0xf0000000
	.quad 0xbf85505645180000, 0xfff15ba1e117372f
	.quad 0x7f8000007fa4881c, 0xce4811389ca41113
	.quad 0xf9a8f3e94526ca09, 0xbb70000043d60791
	.quad 0xb27e14ea7f800000, 0xfe800000bdac40ec
	.quad 0xc041f037450ad297, 0x4a96cb059881e3e0
	.quad 0xbef0b649ff7f826c, 0xcda65b99328d9f95
	.quad 0x4013800000000000, 0x800000007f000000
	.quad 0x8008b61bc0cb8b13, 0x811db1a214ff0000
	.quad 0x6eb1ae7e5ec57400, 0x4000000000000000
	.quad 0xc002000000000000, 0xf30fbc5ce6807523
	.quad 0x502b49401f177c98, 0x905b39c47faff52b
	.quad 0x06fdf0de7339e534, 0x437f622efc0ca39d
	.quad 0x55e95e45ffed7990, 0xc0487f19bb025e4e
	.quad 0x7f800000001f08cd, 0xc0000000ed8fd26d
	.quad 0x869f5a5b8f049bf4, 0xd0abc699bdfbfc3b
	.quad 0x7e57f6624a1e27ea, 0x8000000000000000
	.quad 0xbd9245a301000000, 0x802e08efff8e8731
	.quad 0x000fffffffffffff, 0xa0899894f7b6feb7
	.quad 0xfff12402fe81aa74, 0xbd3b84697f919cd5
	.quad 0xfeb4e01500000000, 0x411e000080000000
	.quad 0x3fe954a9ddb4e16c, 0xbf97e00000000000
	.quad 0x3f97ae1d17b0adf0, 0xbf6f8ae1484c0000
	.quad 0x8db2f7e90c49b1af, 0xfff79d5cb264cfbd
	.quad 0xafdf59721febfb92, 0x81743a8505c246ee
	.quad 0x3ff09edf306345fa, 0x000fffffffffffff
	.quad 0xba5cbcf5fe27fe00, 0xbfd0eff227a5af97
	.quad 0x1100326a477ffffe, 0x000df67f71b2df19
	.quad 0xfc345264feff4b3f, 0x402e4201943f0768
	.quad 0x7f99ca50427ecc99, 0x8000000000000000
	.quad 0x035d5a8b3ff1fa66, 0x7c35dbeff71bd337
	.quad 0x0010000000000000, 0xc0e0000000000001
	.quad 0x476a0000ff800000, 0x26258352657f7e0f
seed37:
	.quad 0xffffffffffffffff
	.quad 0x2a16d74fbcb02ea3
	.quad 0xffffffffffffffc7
	.quad 0x9c1838727215cdc6
	.quad 0x0000000000039249
	.quad 0xfffebfdfa03846a1
	.quad 0x00000000ffffffff
	.quad 0xffffffff7b9d0827
	.quad 0x7fffffffffffffff
	.quad 0x8000000000000000
	.quad 0x00000000ffffffff
	.quad 0x0000010ba845f3da
	.quad 0xfffffffff95f475d
	.quad 0x6ae9acbdbac2eabb
	.quad 0xfffffffffffffffd
	.quad 0x8855099f117ecb4c
	.quad 0x07000000
	.quad 0x60000000
	.quad 0x19f8ef74ff800000, 0xf50a42d2116ebf8a
	.quad 0x003f3477c0840000, 0x005406f249ef22e9
	.quad 0xf7c7f60efea9208e, 0x000301df9209d060
	.quad 0x007fffffffa2103e, 0xbfd9e7cc9f5d1fb4
	.quad 0x9d3423e0c1cb68fb, 0x4016000000000000
	.quad 0x897458c26ef3fff7, 0xffc00000c3d80000
	.quad 0xffc00000374c0000, 0xebde6c827fc00000
	.quad 0xd5d2cc1649e6fe00, 0xbffbdda4c1e00000
	.quad 0x0630c295c9772d40, 0x20a2e89ac679e7af
	.quad 0x9ad73102ffc00000, 0xe78d2c8d37f74781
	.quad 0x0000000000000000, 0x90e0316bffa7c7bf
	.quad 0x7fe61205ff9e8be5, 0x10513654367f3db7
	.quad 0x410769b6ed9d4df7, 0xbfdd193d2f8ff7f5
	.quad 0xff8000007fdd5800, 0x7f000000ffbac54a
	.quad 0xcec825c1feeafd7c, 0x930fb711e2695806
	.quad 0xfcb97731ffca18aa, 0xc117631900891145
	.quad 0x573b7a22f356ff03, 0x126549fcc246812b
	.quad 0x4020800000000000, 0x7743ce4385408048
	.quad 0x7c41461d7fc76610, 0x9e8e1b26d5db4540
	.quad 0x674c1499e412379b, 0x13a89e887f7fffff
	.quad 0xebc4682330218000, 0x5df0cf450cc77860
	.quad 0x600db115cf4c7c00, 0xce0bc35f12b6775a
	.quad 0x42595c1b7f800000, 0xa7095ac47ea3874b
	.quad 0x70606189412aeaa2, 0xdc6b7790ef7fabeb
	.quad 0x29a42b8a7bdffe2d, 0xfff0000000000000
	.quad 0x07972bb480000000, 0xc0c000003e800000
	.quad 0x06b399e5ffffffaf, 0x87ed61a4b2c846a0
	.quad 0x829b07f72d25c6bd, 0x4039c1ddc2312f25
	.quad 0xa4ca8419f349561f, 0xeb558758407b67c0
	.quad 0xfff0000000000000, 0x50ca65a18fe7d94f
	.quad 0xbca737628004b112, 0x568a0401fce7dbff
	.quad 0x0000000000000000, 0x847e1665b7ea8200
seed38:
	.quad 0x3f108bd6e82429ad
	.quad 0x1b1706a535499945
	.quad 0x7e12786067487b49
	.quad 0x00000000000001f3
	.quad 0xffffffffffffffa1
	.quad 0x0000000000000089
	.quad 0xfffffffffffffd4a
	.quad 0x5c57dd97449e8f31
	.quad 0x0000000100000000
	.quad 0x46049197bd769fbd
	.quad 0xffffff0a3ee24c42
	.quad 0x0000000000012bd6
	.quad 0xfffffff5f46a13fb
	.quad 0xffaade62c828f70e
	.quad 0x3aa8db88484aaa4d
	.quad 0x0000000000000001
	.quad 0x00000000
	.quad 0x60000000
	.quad 0x361ed0a67f800000, 0x41200000b7480000
	.quad 0x1b42c711fb755a24, 0x7ff1874462788cea
	.quad 0x6521c6b276f43375, 0x44d7bf7d7f85a501
	.quad 0x7ea344872e26a82d, 0xd98000007494ea5a
	.quad 0xfff0000000000000, 0x402e22c15c319725
	.quad 0xd9c48a0372b7fecc, 0x8e8c0a07aa3d0245
	.quad 0x7b8e5bb5d93b8001, 0xff5b5491bc22a1b2
	.quad 0x02df9cd1fcebdf4b, 0x7fff90d3803ffd6d
	.quad 0xbf7223a9bf832ce0, 0xbf9f0e9808a7ebaf
	.quad 0xb0901163bf1e8155, 0x0003c9023e13fbb2
	.quad 0xfff0000000000000, 0xff66195f40f40000
	.quad 0xfffdf811c217b5bb, 0xff12def4bc30b6ce
	.quad 0xedf5c0fe4f4f0795, 0xfff319344b25de4b
	.quad 0xa5a82cc385ca7e89, 0x6909feca46efbddb
	.quad 0xbe80553362e87400, 0x83334a2cff800000
	.quad 0x44e00000feffffff, 0x00000000ffa89633
	.quad 0xff8000005a7fffff, 0xa8021bbce0670d3a
	.quad 0x80eda613f34d8cc0, 0x11f3e7fc3733bf24
	.quad 0x7f800000ff8294be, 0xa7ab2672c1e21755
	.quad 0xb03fde03e1658000, 0xbff96d5bc4e2d0fd
	.quad 0x3f8e90078ba75250, 0xe4976ffef4445bc9
	.quad 0x3fa51aaa578dfb78, 0xfff0000000000000
	.quad 0xffa5de63ff800000, 0xc01d800000000000
	.quad 0x6b86a528286c9d44, 0x000fffffffffffff
	.quad 0xbf94ec8905f497c2, 0x919775cd0120a494
	.quad 0xf925aa42bfe488b6, 0x7f8000003b1b0000
	.quad 0x8c0f129ef26bd259, 0xc2130fcd00000000
	.quad 0xd9c6dd7ff1de9a8e, 0xb1aca5a13ed7f7ff
	.quad 0xc0380000800e8c05, 0x7718f55c97ceffc7
	.quad 0x44400000f34c1abe, 0x7e4df9c72c2f5ce1
	.quad 0x80106de97c0481e7, 0x7ff241804393164b
	.quad 0xc77ffffe7ff2ce82, 0x7f00000080000000
seed39:
	.quad 0xfff680d8cdcc7d3c
	.quad 0x00000005d46d4004
	.quad 0xffe5fdc51b85f2c6
	.quad 0x00000000001de72d
	.quad 0x0000000f55b6371a
	.quad 0x0000000000000001
	.quad 0x6335bd2ffe40d85e
	.quad 0x00000000000000b7
	.quad 0x3ea845fdf3fbb4fa
	.quad 0x94dcd68d85d98f23
	.quad 0x7c05771138e2aa41
	.quad 0xb55b554e448d058b
	.quad 0xfffffffffffffd99
	.quad 0xbcfc31e9e17a4274
	.quad 0x9c7abeb757ce6991
	.quad 0x5e2d71993711d785
	.quad 0x00800000
	.quad 0x30000000
	.quad 0x0006f3e6e90cf114, 0x37e2a79fbeba7cc2
	.quad 0x3ece000000000000, 0x92839d8e56ab78bd
	.quad 0xfff6604b500e8144, 0xffc000005a000001
	.quad 0x7ff10b5b62174147, 0x817ad5bd216ddce0
	.quad 0x37dceacaea898928, 0x7ff0000000000000
	.quad 0xfe633f9107c8b532, 0xbf80000080878712
	.quad 0x7244905f6eaf77ff, 0x7fa90ea1ffaecbfa
	.quad 0xff8000006c0ce50d, 0x8b2d27a2fff1bdf7
	.quad 0x8297beaa8b0afc00, 0x4766d064db3c393f
	.quad 0x800f3d5f83d76079, 0x24a2569fa73fbffd
	.quad 0xfe94d7373e4c56dd, 0xc000000000000000
	.quad 0xbdbf14e9a78cd232, 0xbfc54d2556d28417
	.quad 0x4e4994c0bff5c7a2, 0xc022000000000000
	.quad 0x7ffbc7da91c73196, 0x41080000bec508ad
	.quad 0x5e528b3dd9874480, 0x09b79ef75ebc2a31
	.quad 0x466a3845c180f9fb, 0xffadcf06424d1cb6
	.quad 0x378407fe55613e74, 0xbf844616fca3382d
	.quad 0xfeffffff0066bfc7, 0xff0ba9bcc36cca3f
	.quad 0x0000000000000001, 0x8728dcef80000000
	.quad 0x0008000000000000, 0x401a000000000000
	.quad 0xffa45aac80000000, 0x3e1ee1f7ba9182c3
	.quad 0xcc864383ead9fa80, 0x53d4200b6696036c
	.quad 0xff80000080392ea9, 0xfeea22064e3032bd
	.quad 0x8000000000000001, 0xcfaa7e5342ab6ff5
	.quad 0x40ef300000000000, 0x3e80000080000000
	.quad 0x7fc00000a9cdd774, 0x3ff9fe952022e28f
	.quad 0xdd9542647fecf40b, 0xff800000036496ba
	.quad 0xfe80000000000000, 0xffdd94c7bc14a882
	.quad 0x7ff0000000000000, 0xb6c9458ac2310000
	.quad 0x8bca3d5bffdde8e9, 0xbfa6d7a19d302c68
	.quad 0x7d5e786f41000001, 0xbf11000000000000
	.quad 0x7fe9d560656a221a, 0xff80e2d800f5da83
seed40:
	.quad 0xaf312b8ae9b8cb0d
	.quad 0x8bd11d75ed5be521
	.quad 0x5b4dad6055b27426
	.quad 0x000000002719c71d
	.quad 0x0020000000000001
	.quad 0x63448f7f15813708
	.quad 0x01c4b081f348127f
	.quad 0x005e754879f47fd1
	.quad 0xffffffffffee7f1d
	.quad 0xffffffc6e25ace2d
	.quad 0xffffffffffffffc5
	.quad 0xffeebc2e36e00edc
	.quad 0xffffffff80000000
	.quad 0x0020000000000001
	.quad 0x0000000000000136
	.quad 0xffffffffffffffef
	.quad 0x02400000
	.quad 0xc0000000
	.quad 0x8bda9519d242b99f, 0x7ff31596030a8426
	.quad 0xc0af3022dc8bddff, 0x80ef3d967bfc87ff
	.quad 0x000eb50f3c84ef23, 0x429f3655c556a635
	.quad 0x9d9d5ce03cb3c175, 0x0000000000000000
	.quad 0xccbd60079dcefc00, 0xf0fe586ec3800000
	.quad 0x3ff4bb9c7fa64e4d, 0xff5d33c8a0760486
	.quad 0x800000007fc00000, 0x0ab667553ddcaf76
	.quad 0xbe2eb9a6c38dc083, 0xd7303fa4f6dcd6d0
	.quad 0xc2382bcdf95fef90, 0xbc6b333f3d000000
	.quad 0x821ca1522ab1d81e, 0x00000000c2ad26b4
	.quad 0x7ffe1c336f232284, 0x4184ff8140500000
	.quad 0xfff0000000000000, 0xbee3b00000000000
	.quad 0xc3ffffffffffffff, 0x3664b6ec943d3d3c
	.quad 0x988737377d6ff300, 0xf8ca31f83e834c16
	.quad 0x3fb5000000000000, 0xccc0ddb980000000
	.quad 0x3c961265af2eda00, 0xee6b70b08d552d0f
	.quad 0x7ff09b11dcd1f409, 0xffbfef49be5ef2b9
	.quad 0xbcad17bbc03eb6f7, 0xb2ee1997bb7f761f
	.quad 0x034b41a26eaeb9bb, 0xad599581c2c7ee8c
	.quad 0x8000000000000000, 0xff9bd3fdffc00000
	.quad 0xbfb9285fede3dce5, 0x0007ce78f36a2233
	.quad 0x49f0a031f23506d6, 0xf9ddd399081f83ff
	.quad 0xa7e5db7d3923fdb8, 0x808a1d2a3cda1754
	.quad 0xd8f83f470b420200, 0xf10de0c9af43334f
	.quad 0xc07cd7b65d8ad83c, 0x704bee36fe1f75ef
	.quad 0xe5b7c6396e4da71a, 0x9b77453b7f7fffff
	.quad 0x3ca06db580000000, 0xbf3c000000000000
	.quad 0xd1cd372cfff7fbaf, 0xf2c637c7fc806008
	.quad 0x3dfbee6b4481a379, 0xc020800000000000
	.quad 0x8000000000000001, 0xffc000001a09b40b
	.quad 0xc368234abb41f916, 0x9ea083ec2cd98000
	.quad 0xc1a1581f419e58b3, 0xc3e3aa1a3e0e0c75
seed41:
	.quad 0x59bcaf47c07c8783
	.quad 0x2c0a3b6dad3daea5
	.quad 0xffffffffcfd25c77
	.quad 0x000000000000024f
	.quad 0x0000000000000596
	.quad 0xfffffffffffffce0
	.quad 0x000002dc607f47b7
	.quad 0xfffffffffffffeb8
	.quad 0x000000002997d363
	.quad 0x4fa00c03c435e6f8
	.quad 0x86fef5153c6b9da7
	.quad 0x0000000000000001
	.quad 0x0000000001000001
	.quad 0x00000000004c66b8
	.quad 0x00000175912d8b80
	.quad 0x0000000001000001
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x7e89934cc3080000, 0x5fe5b892daf8de77
	.quad 0x4024ee7060424c4c, 0xc074000000000000
	.quad 0x0000000000000000, 0x800fffffffffffff
	.quad 0xc0fc00007f800000, 0xffc000008f9da589
	.quad 0x003624c386b7591d, 0x3fcbf1a65cdef43f
	.quad 0x404000007f7fffff, 0x990dfe07c98f2f84
	.quad 0x5094fa3763353033, 0x43acc61b36a00096
	.quad 0x7d840ef6957c902c, 0xff7bf420802fb346
	.quad 0x8d6c66df5c3e2bf8, 0x3fc88664cbffbeff
	.quad 0x35f3e578fa1857b9, 0x26d2824dfcffffa0
	.quad 0x3c981998d1eda738, 0x7918ac61c3fcb2fe
	.quad 0xdecd0d69c1a4d04d, 0x800a8084ccb19ca3
	.quad 0x817fffff817fffff, 0x400c000000000000
	.quad 0xfff503a7fed03dca, 0x3f1ce9187fd29dd0
	.quad 0xbfc7806a06492545, 0x800fffffffffffff
	.quad 0x41e33397ffa363fd, 0x7ff35a35c067845e
	.quad 0x00d22861c0a80000, 0x7ff9ea520de7c0f4
	.quad 0x7e80000080000000, 0xfff0000000000000
	.quad 0x4047ee3594ddbe9f, 0xbfa7db555e0de041
	.quad 0x513bca16cab6880f, 0xb960f95f4fead37f
	.quad 0x004000007fcac25e, 0x000041841035bce4
	.quad 0xc02e800eff800000, 0xbf73c00000000000
	.quad 0xf2de669c8e544901, 0x5cb483f7fb1a7e5c
	.quad 0x4017000000000000, 0x4102000000000000
	.quad 0x7f08541c11a1d4b9, 0x786a47606217665d
	.quad 0x6d48ad32dd253ee1, 0x4051e0e071f82ede
	.quad 0x70b32f34666177ff, 0xff70d492e04e7f59
	.quad 0x7f31bea6db95b697, 0xa94d902cffbfff55
	.quad 0xc119c00000000000, 0xee574627cf2cfda7
	.quad 0xa29cdb28f957faeb, 0x3d7185887fbf8182
	.quad 0x49fc7432ffbc107e, 0xbe57fe991724e83e
	.quad 0x385044f1fefbdf38, 0xbffc65ad12286ef0
seed42:
	.quad 0xfffffffffffffd93
	.quad 0x000000007fffffff
	.quad 0x0000000000010fd6
	.quad 0x24a20a73d5425786
	.quad 0x9bec29dd285269ed
	.quad 0xffffffff80000000
	.quad 0xffffffffffffffae
	.quad 0xffffffffffffffed
	.quad 0x0000000000000372
	.quad 0x0000000000000004
	.quad 0xfffffffffffe8be1
	.quad 0x00000009edceb6dd
	.quad 0x44c2fdf5ccec39e1
	.quad 0x07f6fd04e2c03143
	.quad 0x678a71e23bf61b03
	.quad 0x0000000000000000
	.quad 0x01000000
	.quad 0xb0000000
	.quad 0xa07706ccdff25391, 0xd17672d6fd37ddc7
	.quad 0x4f7ffffe80000000, 0x7ff21d713d7ee653
	.quad 0x97672e2a3fa39f89, 0x0e73b337ecb956d0
	.quad 0x0000000000000000, 0x20c272b3fffbfcef
	.quad 0x0000000000000000, 0x7fc000001bad38af
	.quad 0x62ba76fe1066fdb3, 0xb5c6b360f0d70bff
	.quad 0xffb2a618ff9a0efc, 0xb09615d6d96f4280
	.quad 0x558aadd1db8a77ff, 0xffc7b77bc45c127c
	.quad 0x9a27b1daffb04ce7, 0xfffb9f3c15e1447f
	.quad 0xb2813cbac0000001, 0x80000000c1a2ad38
	.quad 0x800000013c67fd9b, 0x9d2a2de16cc1bd0d
	.quad 0xbbe36fbad64b52fc, 0x6465a5a84ffffffe
	.quad 0x0000000000000000, 0x8000000080671cd9
	.quad 0x40fffffffffffffe, 0x00000000ffecde26
	.quad 0xaa9ef530f36b7fe4, 0xffbb8e627fda9bff
	.quad 0x18d070f2ff9e0072, 0xa3f1db6b7979fa00
	.quad 0xc30e9cea9a307c2a, 0x7885e9cb3da8e2f7
	.quad 0xff1cba5d0001084f, 0xfff394644b69443b
	.quad 0x7fe4122d3e0fb556, 0xbf729e9ca41f83f0
	.quad 0xb8807bb59648fcbb, 0xad091fff481fab61
	.quad 0x40075490684f66a1, 0xac5cf6123d45ba29
	.quad 0xbf900000f9e4bf3f, 0xffc0000045fc0000
	.quad 0x0249d9b3ffc00000, 0x78b0ca47ffbf33e5
	.quad 0x11706eafdfffdf3a, 0xb285b902f28a833a
	.quad 0x7ff0000000000000, 0x4013800000000000
	.quad 0xffb510d8797d6fff, 0x40e0000000000000
	.quad 0x7bd7e02a071eae53, 0x40bafe7bff803a2c
	.quad 0xc0738709f313c758, 0x800c619a45d00000
	.quad 0x6fbf78d5c0feab2e, 0xfff506ea36f34ccc
	.quad 0xffc0000011d8fdd9, 0xf943b193ffb2a29e
	.quad 0xdb703579ffc8274f, 0xdf00000147ffffff
	.quad 0xc0d789c57f800000, 0x7f800000bb94a9e5
seed43:
	.quad 0x014426eeeeb9e762
	.quad 0x5070ffcb005e9f12
	.quad 0xa5923df9f771ab8f
	.quad 0x1f76e21a4b13bdda
	.quad 0x0000000000000039
	.quad 0x67218d3c312ec4f1
	.quad 0x0000000080000000
	.quad 0xfffffffffffffde3
	.quad 0x0000000000000097
	.quad 0x582427283369c624
	.quad 0xf1f3bd6b48091e95
	.quad 0x776a30c6aac2da11
	.quad 0x6c771fcfa1514c97
	.quad 0x96822aabcf2fb624
	.quad 0x0000000000000001
	.quad 0x0000000000000001
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x9480d77abdf5b3d9, 0x9359953aff800000
	.quad 0x03c4c63483b94f8d, 0x405000000b3ae486
	.quad 0x7ff8000000000000, 0x7fd95ed0437f5429
	.quad 0xf478f124defb3fcf, 0xe6eaabb91379b400
	.quad 0x82b1b681317e209a, 0x5e83d01ba9537b2d
	.quad 0x875e419aff800000, 0x7fc000004366471f
	.quad 0xbfd10945a079a92c, 0x7fc00000bd54cc4d
	.quad 0x43fffffffffffffe, 0xc3e1c00d6280d974
	.quad 0x3be7da423c6abf1f, 0x3125b635099483a5
	.quad 0x0da71adbcedcffdf, 0x00000000c0ac0000
	.quad 0x0010000000000000, 0x6447bc21364adf1d
	.quad 0x847e6dbaebcffff5, 0xf44783d9ed1ec343
	.quad 0x6241d5d41bfff948, 0x40c8f1c3007fffff
	.quad 0x4068a35e17aceaca, 0xff7952dfcebf6f97
	.quad 0x98dd372dc2a00000, 0xbf26000000000000
	.quad 0x947cb590157fffff, 0x064f5c1741c0d6ad
	.quad 0xee82485580e324bb, 0x477ffffeffa86027
	.quad 0xb51e1ac51cacfc00, 0x000fffffffffffff
	.quad 0xeb599f923d6f8000, 0x9a4aea4dd83e2a00
	.quad 0x3adc42448e97fc00, 0x34f5bd3dd6ff77c1
	.quad 0xffd281c2727af2da, 0xbff024d22fadc622
	.quad 0x00202674a51bb730, 0x629534b07f802f39
	.quad 0xfff0000000000000, 0xc6c0693dbe5b7ffe
	.quad 0x031d74da518772cc, 0xc09b000000000000
	.quad 0xfff0000000000000, 0x7f91504c7f800000
	.quad 0x3f750fbdcb6665bf, 0x4270a5ad3fb00000
	.quad 0x54ec0f00527bad30, 0x7ff0000000000000
	.quad 0xdd410e4ed06e541f, 0x732ea941f77fffff
	.quad 0xfff0000000000000, 0xe1bbfb79ea9d0241
	.quad 0x9129f170e4817c00, 0x7ff0000000000000
	.quad 0x8236f08e964901ba, 0xedaa17367e9c9763
	.quad 0x415d4fba7fe29f1a, 0x7ff0000000000000
seed44:
	.quad 0x000000007fffffff
	.quad 0x0000000000000000
	.quad 0x7fffffffffffffff
	.quad 0xfffff576a10ce5a2
	.quad 0x000000007fffffff
	.quad 0x0000000000000004
	.quad 0x000000000005cecf
	.quad 0xffffffffffffff8d
	.quad 0x4b8d742a9e50a5d2
	.quad 0xd94768a30dc3a6b2
	.quad 0x0000000000000128
	.quad 0x0000000001000001
	.quad 0xfffe54cf0aa4ff0b
	.quad 0xfffffffffffffff4
	.quad 0x8ebd5823688330ad
	.quad 0xffffff6b4ee9c019
	.quad 0x00800000
	.quad 0x70000000
	.quad 0xe5a48025c2237ca6, 0x039f6380d84e8200
	.quad 0x0006fa9bada34051, 0x3ee347e77f901739
	.quad 0xbf4d717d7fab03c7, 0x8000000000000000
	.quad 0x8000000081696b60, 0x0000000040c00000
	.quad 0x82a8fe1cfffffeff, 0x7ff4cbf024015377
	.quad 0x3f6875a8bdcba9bb, 0xffd814a4b52033a5
	.quad 0xb13463c127ef56c1, 0xc09800007fc00000
	.quad 0x7eabc0ad2854cbd2, 0x7fd14c4eaf5346c4
	.quad 0xfff51110441ec476, 0x80579bab3b5a0179
	.quad 0x804000007effffff, 0x5a33a826ffdf2aba
	.quad 0xffff6f507428954d, 0x7fc00000ff9a4bc6
	.quad 0x04dbc881cf800000, 0x3fa203a4b6fb521d
	.quad 0xf339cd8cfa757ad1, 0x80000000004462b8
	.quad 0xff800000f67d59af, 0x6e99c082ae832c08
	.quad 0x7da07486033da036, 0xb7150919fd721e6f
	.quad 0xed676cb759f85786, 0xc7f2ac52ffde7b17
	.quad 0x8072f02ebce55622, 0xce95e6f576c24170
	.quad 0xffa5c6410154170c, 0x8000000000000000
	.quad 0xbffffffffffffffe, 0x7f9739bb3f0f84a3
	.quad 0x9e5cb0647753fb73, 0xbff823a87300d129
	.quad 0x3ff0000000000000, 0xc11c00004199f338
	.quad 0xbf5aa00000000000, 0xf98ecd7b95dc6f39
	.quad 0x5f86c54ec171e0e5, 0x49feaf944f478a50
	.quad 0x50026cd4ba8ec480, 0x3f400000ffc00000
	.quad 0x7d68efc72c085260, 0x44ca834a7d8d1b77
	.quad 0xfffa6dad5ad8d5d9, 0x35fe0b737faff3e8
	.quad 0x3f595922019559b6, 0x2b10b29cffdfc2b4
	.quad 0x68580ec3afeffeb3, 0x7f80000000000000
	.quad 0xc25cc4a53e3747ce, 0xde45741ab5523400
	.quad 0x7ff5f0a107d3729d, 0x6c5f43af810c5b00
	.quad 0x3fe15c05204b1007, 0xc1c9efefe87afff7
	.quad 0xfff90fef5c3ae4d3, 0x7ff3efef8b7ce63e
seed45:
	.quad 0xfcece02ad6e0059b
	.quad 0xff88f39c63504ad8
	.quad 0x0000b34715e6c70b
	.quad 0x7fffffffffffffff
	.quad 0x00000001bbbd7c55
	.quad 0xfffffdffbad8899f
	.quad 0x9e9da22be35c8124
	.quad 0x00000000ffffffff
	.quad 0x00000000000003e1
	.quad 0xffffffffffbe7f2c
	.quad 0x4c71514b384bad1b
	.quad 0x00085920feb011a5
	.quad 0xfffffffd383aaf23
	.quad 0x00000000029d3eb4
	.quad 0x0000000001000001
	.quad 0x8000000000000000
	.quad 0x00800000
	.quad 0x80000000
	.quad 0x3e6af7d2f37cbae7, 0x800a2c7d3fa2da0f
	.quad 0x7f80000080fa2d9b, 0x000bc754a09bac01
	.quad 0xc1180000bd900000, 0x2c2d0cdafa7d4820
	.quad 0x3fccad8042b06d1d, 0xc5200000bef457ef
	.quad 0x424d472b9cd3a16a, 0x804000003e2391cc
	.quad 0xbf14abd04088996d, 0x8693430773da7e10
	.quad 0x3f9c31655154fbb5, 0xbfac8b3a637e8912
	.quad 0x0000000000000000, 0xb1024791c5148c7f
	.quad 0x7e4801f0381dfc00, 0x3cdc1fe3bc900000
	.quad 0xc124609ee3ae681e, 0xc2c611844f7fffff
	.quad 0x63523c3c89f6087e, 0x7fc00000a7594ce3
	.quad 0xfff0000000000000, 0x0174fde4426c5347
	.quad 0xec9de83c5a000000, 0x764cd11a0e553e45
	.quad 0x417f97197fc00000, 0xb5f99426c97fccef
	.quad 0xaa36d8495cff0000, 0x7fced2dbbdf85fb1
	.quad 0xff28d0ff602fb475, 0x7f8994d3ebb70729
	.quad 0x087026adbf800000, 0x0131e31c97effcfc
	.quad 0x9236c2c25fad8480, 0x35bdc6045df7b9ef
	.quad 0x08609c1945c00000, 0x3e4d9a145ff47cda
	.quad 0x80000000ff800000, 0x8020f2bf2394affb
	.quad 0xbdb0f5877f55dcdf, 0x936cb26ebdfeff17
	.quad 0xf058f427c092705a, 0x82c1d6a1ce4a987b
	.quad 0x814811c051d1b82c, 0x3d913395c0a00000
	.quad 0xff910a8053000000, 0x400c000000000000
	.quad 0xcbca5ed1836c4640, 0x4c4cc53fbfddfd5d
	.quad 0x3e2d5614dd5f305e, 0xbf800001c0a4e23d
	.quad 0xe0b19aa34c75f6b1, 0x3c784732ff800000
	.quad 0x9a9dd515328f35e5, 0x7fc0000000000000
	.quad 0x7bf5e626401f73a0, 0xbdf18013f0cd3c66
	.quad 0x454fb98abbf4feeb, 0x8000000000000000
	.quad 0x30a1abecc36efcf7, 0xff26e4c880000000
	.quad 0x80000000bc9c407c, 0x8004bc52137cb154
seed46:
	.quad 0x0000000000000016
	.quad 0x7fffffffffffffff
	.quad 0xe194c4083b8e094e
	.quad 0x174b5aa560b439ab
	.quad 0x1a1d207ca979b827
	.quad 0x0000000000000346
	.quad 0xffffffff80000000
	.quad 0x00000000003bfc36
	.quad 0x5ef34aae09606002
	.quad 0x9572dd0346452833
	.quad 0x27ed3d1062f89d69
	.quad 0x00000000ffffffff
	.quad 0xfffffffffffb88a8
	.quad 0x7150fe28a8849734
	.quad 0x00000000000002d2
	.quad 0xb4e7cc81e934cb26
	.quad 0x02400000
	.quad 0xa0000000
	.quad 0x00000000b3a3381e, 0xc29237dd01000000
	.quad 0xa3533c0b193c2c64, 0x0bb33ba9007fffff
	.quad 0xfcb68c1c9448c582, 0x8000000000000000
	.quad 0xc77000003c63785e, 0x8000000000000000
	.quad 0x40e0f0e96ae43713, 0x7ff1d29f438f3d84
	.quad 0x3e3670f03ca0574d, 0x38be3ac97ffb7de9
	.quad 0xfff3292ad8aded80, 0x02c8f3e2d187f147
	.quad 0x039dc5c3a6ab02cd, 0xc1196fadfef77c90
	.quad 0x9d6b1dc27b40209f, 0x3fb39fddd4c2b976
	.quad 0x179ab12d098b0000, 0x5d36af2d4a9cfcc1
	.quad 0xbf93b78523eeca3e, 0xc0b400007ffc5597
	.quad 0x407fffff09951e00, 0x45c80000455effd3
	.quad 0xbf9adcdd632b1fa4, 0x40ff84f0dcbefef0
	.quad 0xc23532dee11c7d2f, 0x7ff0000000000000
	.quad 0x1368479f42837543, 0xbe688f08ff97b219
	.quad 0x00000000b9300000, 0xb6a8efe773207c7e
	.quad 0x818bf86c01ee841c, 0x7ff0000000000000
	.quad 0xdf198a51c1d89ffb, 0x76ec393f8e4786a3
	.quad 0xb801c2f09b0afe00, 0x2bede2d77f800000
	.quad 0xffbec362c38fb80a, 0x655138526dba49e2
	.quad 0x7f9c866c8056334a, 0xac3598326ef57fc7
	.quad 0xff859d65c5200000, 0x00429bc7411c0000
	.quad 0xfc17f42eaf97f381, 0x00074abd6d8d43dc
	.quad 0x189f2ea69b6b4660, 0xba97f10efc57aaf1
	.quad 0x7fa25c2a9906c2b1, 0xfff44c4966f27393
	.quad 0x5b0b34814b6a23a7, 0x8006fd50ddbefedd
	.quad 0x2be6451afde752d0, 0xfd605df07fbeb13c
	.quad 0xb4e6370f679e3916, 0x9217ab04034fef3e
	.quad 0xc77ffffe7fc00000, 0xf90e585a47cbffdf
	.quad 0x000dd7133de79a46, 0x2c157101d47ccfe7
	.quad 0x1604a0ffdefffda2, 0xc10400007a6e6ac4
	.quad 0x12b44ca2001d6f2c, 0x000000013c3a6d93
seed47:
	.quad 0xdf82c305c0ebbf83
	.quad 0x6b36d9efc2560e4e
	.quad 0x0020000000000001
	.quad 0x0000000000000062
	.quad 0x3cfe0d6b82054108
	.quad 0x0000000080000000
	.quad 0xb3f9f7e9f42668ca
	.quad 0x000000000041ea91
	.quad 0x000000000000035c
	.quad 0xffffffffffffffff
	.quad 0xffffffffffff8603
	.quad 0x0000000000000133
	.quad 0xfffffffffffffffa
	.quad 0xac87e928e9f9d0ad
	.quad 0x470e17d673209a55
	.quad 0xffffffea53aae044
	.quad 0x01000000
	.quad 0xf0000000
	.quad 0x5e8ff4b4eae706b0, 0xd47111810e65fe53
	.quad 0x9894bf59c0a301c0, 0x3ddce0bbbcafdafc
	.quad 0x000000008071458a, 0x7431a69fa0e35a00
	.quad 0x51d65ff5fff9f46c, 0xdb61d953644e0000
	.quad 0x8177fccde097ed7c, 0xfff0000000000000
	.quad 0x00000000bf72602a, 0x2a1872f7c2209a93
	.quad 0xbce16850b4bbb1d5, 0xbedecf252ffbe904
	.quad 0xe4eaf8cde7ffffff, 0x8000000000000000
	.quad 0x405c374111449054, 0xadfa24b83156fe00
	.quad 0xffc6c9a67dbdfeff, 0x42f09167cacade81
	.quad 0xc63047bbc328655e, 0x79dd963ebfff7e9b
	.quad 0x800a3befc356503f, 0x4002000000000000
	.quad 0x3e1602bc803e4cbb, 0xc063d8f0a431feda
	.quad 0x47ffffff805c5a28, 0x20a63551bffd0000
	.quad 0xb8f0eba37dfe7b68, 0x004bca4b40d00000
	.quad 0x7e17538917ebec73, 0x8000000000000000
	.quad 0x7faaf036d801c216, 0xc0443a82dd0dc0ea
	.quad 0x6adeb070ffdae678, 0x8148705046069a35
	.quad 0xb57b8cae7efb0000, 0xfffcb47e44166675
	.quad 0x676db7d6f7c366ae, 0xd9800001c1140000
	.quad 0x32beb26bffcfd8fd, 0xffc00000025d1286
	.quad 0x10296f935d675115, 0xc2ba420b00000000
	.quad 0x434fffffffffffff, 0x88c41e623f8ce02c
	.quad 0x77e44295d1da4300, 0xd93cafd92ac1c700
	.quad 0xb5f7d32a8a6f4108, 0x3ccc0000f99c7e31
	.quad 0xbe8000004fffffff, 0x404941ad22d9ebda
	.quad 0xfff44fb3546fa22d, 0x44f379446bbbfff2
	.quad 0xc11c000000000000, 0x908176cf9e351c31
	.quad 0xd9302638c1120000, 0xbcfd5157bffc84bb
	.quad 0xfcfcaaa342b99df6, 0x9d5fed44f92bf648
	.quad 0xfff0000000000000, 0x0000000000000000
	.quad 0xfff0000000000000, 0x782f02a649d3fc4c
seed48:
	.quad 0xd21beed5642c2937
	.quad 0x000000000047b281
	.quad 0xffed5fa46bba9a0c
	.quad 0x8b54a6db1e212646
	.quad 0x7fffffffffffffff
	.quad 0x0000000001d2641f
	.quad 0xb87ee89804a63382
	.quad 0x0418c316da448689
	.quad 0x7fffffffffffffff
	.quad 0x00371cf3b256080d
	.quad 0xffffffffab6ce019
	.quad 0x2fd2c4a06f25dbe5
	.quad 0x000000000006b153
	.quad 0x0000000000000000
	.quad 0xfffffffff17beed4
	.quad 0x0000000001000001
	.quad 0x00400000
	.quad 0x70000000
	.quad 0x3cb0000080000000, 0x7f800000cea6c06e
	.quad 0x8000000000000001, 0xc020000000000000
	.quad 0xfb4633afff000000, 0xccf2d643defe0349
	.quad 0x7ff8000000000000, 0x933468b8dbfefef3
	.quad 0x000fffffffffffff, 0xfffe1c0e71671140
	.quad 0x000000007f800000, 0x4050000000000000
	.quad 0x4aba0836d76ad7ad, 0xbf7b6245c0800000
	.quad 0x00ce2f9941180000, 0x800dbd6ce3a8e936
	.quad 0x1a235cd61b1b786a, 0xea1e6c84fe7fffff
	.quad 0x40200000c4700000, 0x90593e7f0006f512
	.quad 0xfffdee12311cea62, 0x3fe6600000000000
	.quad 0x405be3649241f6a2, 0x47d3c5adcf7ffffe
	.quad 0x1fe08f76fff9b581, 0x3f4858bb418622e7
	.quad 0xff84f11eff800000, 0xdd65855effeeb1de
	.quad 0xdb2111dabcfe95c5, 0x4433cc9aff800000
	.quad 0xbfd1fc068fb81dca, 0xbffd9d2bed23eace
	.quad 0x70ce20eb74ab7b4a, 0xaf004382224aae1d
	.quad 0xf2c5e149d2d0bb83, 0x28e87d5877bf7bbf
	.quad 0xb9200000872ae8cb, 0xfff0000000000000
	.quad 0xff073be3bb9c0000, 0x2247cfb541c6028b
	.quad 0x08003987c7447c00, 0xff800000cf7fffff
	.quad 0xf3fec07ef5bfef7f, 0xc011000000000000
	.quad 0xb0b2425b613cdfff, 0x92357184599540ac
	.quad 0xc3c4591041b60000, 0xe04b3a1ae74ff961
	.quad 0xba9de78ed76e95df, 0x0000000000000000
	.quad 0xf12fd4e3cae00000, 0xff8000007f800000
	.quad 0x88e3808c58695f06, 0x7ff0000000000000
	.quad 0x000c824c2b664efb, 0x013ab60ffbfb3bfd
	.quad 0x786772ba7f800000, 0xe384f1b7ffcac870
	.quad 0x80000000ff800000, 0xa5aafab5c988d7dc
	.quad 0xd88cf425c836a8ad, 0x51fa394dd71f4640
	.quad 0x49ca1da257374e8a, 0x59ffffff00ffffff
seed49:
	.quad 0x00000000003632e5
	.quad 0x823285156de241a7
	.quad 0x58e0c1fc41e74d07
	.quad 0x00000000ffffffff
	.quad 0xfff377c47b2c31d4
	.quad 0x7fffffffffffffff
	.quad 0x000000000000006c
	.quad 0xfffffffff9e751d2
	.quad 0x0fef69e80d08244c
	.quad 0xac1802fb23f04883
	.quad 0xffffffffffffff79
	.quad 0x73fb7c4aa8cbeb7c
	.quad 0x0ae86fa3cdd59e3e
	.quad 0x0020000000000001
	.quad 0x00414012bf265954
	.quad 0xffffffffffa4e9c3
	.quad 0x01800000
	.quad 0xa0000000
	.quad 0x0140cee27f853e2b, 0xfff0000000000000
	.quad 0x973ae40c80000000, 0x40effffffffffffe
	.quad 0x933695633fe7737e, 0x2c9b7306d3ee7800
	.quad 0x6928a1bbf46557df, 0x3890273effa8a026
	.quad 0xbf7c16da8c834be5, 0xff8000009360977e
	.quad 0x008bb947ff843d8b, 0x8426b9d329c17c80
	.quad 0xc013000000000000, 0xc392c2688746fc3e
	.quad 0x004c9474001c2a95, 0x81c3ea45e0708a5d
	.quad 0x007d4e9200000000, 0x3f7add5b94c9d969
	.quad 0x5243a59bc1a6fa78, 0x0ee994dbffc778b8
	.quad 0x37f5d0855ffda5e6, 0xaf78393d6806c154
	.quad 0xc01fe61ac2d8572a, 0xe094ad09293ecae3
	.quad 0xbd7cea49f52cfb27, 0x8af3ec83c6bfbec3
	.quad 0xc0ac00007f800000, 0x3ba74d55ff8bb65f
	.quad 0x7fd0000000000000, 0x9070036fd3897bdf
	.quad 0xff5c23a8316c0827, 0xbb236645d5fe7f75
	.quad 0x4248894dbe6981c7, 0x3a650000be4fbd38
	.quad 0x7e8daa12bf000000, 0xbf29bb7d536cbed5
	.quad 0x7ff794e3c7f876e9, 0xb9a67c8376215a3d
	.quad 0xbfdfb96edb8b06ff, 0x7f8000007fbbec81
	.quad 0x0378ebe53b6e2ac4, 0x02d0277e807cb7a7
	.quad 0x7c748205feb87980, 0xc04afcbf7848fb56
	.quad 0x9c31a60f017fffff, 0x7f8000007f81f5e3
	.quad 0x3b872be282352faa, 0x0000000000000000
	.quad 0x3fd8361e0bc055ce, 0x40527563847d609c
	.quad 0x3ec000008166f38f, 0x400f433a5f69f81d
	.quad 0xc8619b4b129b53f3, 0x77a9fa98b7dfeaff
	.quad 0x80082fd55084faec, 0xffaab3b04012c4f8
	.quad 0xbf934f20d92e36b4, 0x3e00985480a8e4da
	.quad 0x477baea27f800000, 0xc008a15e0609d7ad
	.quad 0x7ff0fe1d9b2032ff, 0xc330000000000001
	.quad 0xbfcd1d23e702fbc5, 0x189070b3ff9fc3a2
seed50:
	.quad 0xfffffffffffff867
	.quad 0x0000000000000177
	.quad 0x000000000000024f
	.quad 0x4add78d00cc86fc7
	.quad 0xfc5836fc0c592389
	.quad 0x0000000001000001
	.quad 0x000000007fffffff
	.quad 0x0000e6a92ded25d4
	.quad 0x00000000000003b2
	.quad 0x01a840acf6c20512
	.quad 0x000000031116fb78
	.quad 0x000000000000034d
	.quad 0x5410a9739d55dce3
	.quad 0xefd516c57d5b0887
	.quad 0x000000001f071373
	.quad 0x7dd15cdfdaedc072
	.quad 0x00c00000
	.quad 0x40000000
	.quad 0x9b415294fdf9827e, 0x348a83fab8400000
	.quad 0x598000013e800000, 0xc0142c586c825d9b
	.quad 0xed1dc454e2779eb2, 0xbfb0800000000000
	.quad 0x0000000000000000, 0x1b9c8c31c7800000
	.quad 0x8d08256adf99af00, 0x3ffc000000000000
	.quad 0xfea9c814c1ed51e5, 0x477fffffff915be9
	.quad 0x80035c5ff69e96d7, 0x7ff0000000000000
	.quad 0xffb1f31ab9800000, 0x7d6a933d7fffffff
	.quad 0xbb8122e9d4747641, 0x00c71a433eaf98da
	.quad 0x5c55f49bffec7a5a, 0xfffcae79f006d078
	.quad 0x000000007f2fe153, 0xfc10d98f7f9e7ea9
	.quad 0xb748bcabf37f3e82, 0x4a0d3315e4afba76
	.quad 0xfdd0a7117fc00000, 0x2716df1b7fd12cac
	.quad 0xbfd0000000000000, 0xd5c8381b16b5c6e0
	.quad 0xff2a1d4b7c6472e8, 0x845ec246f37d2b23
	.quad 0xdddebc670efeaf2a, 0x50232724ac7fffff
	.quad 0x3f08000000000000, 0x403eff0734ae921f
	.quad 0x4015000000000000, 0x00a5c99647a3e886
	.quad 0xf0ed708dfcfffffb, 0x818e117717ce1a77
	.quad 0xc012000000000000, 0xfe818206ff800000
	.quad 0x7ff1a6cd276d9acd, 0x7f800000bf800001
	.quad 0x800fffffffffffff, 0xbeadfef5433ea41c
	.quad 0x0000000000000000, 0x3fdb39f8f09e9ea3
	.quad 0xff95e28ffff8f107, 0x0000000000000000
	.quad 0xc2c20ab3e977c3cf, 0x7f7fffff00000000
	.quad 0x8000000000000000, 0x27409864fbcc8564
	.quad 0xf12513f16fbfc7d8, 0x0046ce5d00000000
	.quad 0xc3effffffffffffe, 0x7ce940e7c0e00000
	.quad 0x0f2b35d5f77fce61, 0x0015a00c1f58a7b2
	.quad 0x400a41c4c1e803a6, 0x4044e00000000000
	.quad 0xbba77380ffc00000, 0x21d17aa4fdeff984
	.quad 0xfff7bbf7c548f774, 0xc397ff4774baa943
seed51:
	.quad 0xfffffffffffffeef
	.quad 0x7fffffffffffffff
	.quad 0x000000000000003d
	.quad 0xffffffffffffff08
	.quad 0xfffff077d35c1313
	.quad 0xb2d985e03fa27f06
	.quad 0x7d5c6234f17cf5f4
	.quad 0xdbee820fa40260ad
	.quad 0xfffffffffffffcfb
	.quad 0x00000000ffffffff
	.quad 0x8000000000000000
	.quad 0x0000000000000001
	.quad 0x68acffaae1787972
	.quad 0x0000000100000000
	.quad 0xfffffffffffffff3
	.quad 0xfffffffffffffef0
	.quad 0x00800000
	.quad 0xd0000000
	.quad 0x7fe7d83f753240a8, 0x4000000000000000
	.quad 0x7f800000fe800000, 0x193ff606fced5abf
	.quad 0xe9889cbeff800000, 0x0000000000000000
	.quad 0x778a7afb00000000, 0x7fe7b64d613b832c
	.quad 0x00000000bc65649b, 0x4404d117ffcf7e6d
	.quad 0x7ff0000000000000, 0x1df6d6a4c0b3365e
	.quad 0x411000007f986dd1, 0x8c822a74feff7b9b
	.quad 0x000729cc78d50f49, 0xbfd6616c879762eb
	.quad 0x0e1e3f05edf3fbfe, 0x3f5f000000000000
	.quad 0xc1f0000000000001, 0xbff26f6455b8db1d
	.quad 0xa62905d1ff976ab4, 0xd279403c5f000000
	.quad 0x056a4d2113355fca, 0xc0effffffffffffe
	.quad 0x411c0000ffa55761, 0xed35b90a27bf795d
	.quad 0x5a5b943f4221f022, 0xbfcb05d0e724ed07
	.quad 0x00e60781b551c6e7, 0xfe8000009b56bc26
	.quad 0x42e155e2f2ef5ced, 0xf333e1d97ebdc550
	.quad 0xfff0e9bb4c1a4848, 0xd7c1f176ffeb7ca6
	.quad 0x00a4fb2800000000, 0xb16f1cadffdce4bb
	.quad 0x6ebcd501ff800000, 0x41259d4380000000
	.quad 0x29761cb340cc0000, 0x9d05bf1e8e163428
	.quad 0x7f800000bf8a1750, 0x801bd6ed16740798
	.quad 0xfc03d64ccd79c97f, 0x3defa5bf54859721
	.quad 0x007fffff3e36545d, 0xf67c291bffbaffff
	.quad 0xf59ab89c80000000, 0x30308fe00ba1fe00
	.quad 0x0020000000000000, 0x7fc0000045c00000
	.quad 0xb62018a00ed8fbed, 0xfff34216c6435202
	.quad 0x7ff8000000000000, 0xffdb381fd8698d51
	.quad 0x430a88b47fde1e96, 0x8dd18652c0b00000
	.quad 0xc01e000000000000, 0xae4cbb0165398000
	.quad 0xff585cfc112d6dcc, 0xcc3159d2ffcf9cd1
	.quad 0x923a988e8457038e, 0x4015843b9e3aa627
	.quad 0x6c4073cecff17a7f, 0xee403041dfbfffe7
seed52:
	.quad 0x00000000000000e7
	.quad 0xf52bc872a2c402a6
	.quad 0xffffffffffffffff
	.quad 0xffffffff80000000
	.quad 0x7fffffffffffffff
	.quad 0x2df85998cee21d52
	.quad 0xfffffffffffffc96
	.quad 0xffffffffffffffff
	.quad 0x32c0bc31d3edbde8
	.quad 0x000000616a03ba55
	.quad 0xfffffffffffffeb3
	.quad 0xfffffffffffffe75
	.quad 0xfffffffffffff42c
	.quad 0xc28c14b549f0df72
	.quad 0x00000000ffffffff
	.quad 0x5ac95070246d9707
	.quad 0x02c00000
	.quad 0xc0000000
	.quad 0xfffd91999bfd178b, 0x4023800000000000
	.quad 0x7ff353fd0d8db4f6, 0xfff506777415ea07
	.quad 0xc1fffffffffffffe, 0x000271b3c5aee38b
	.quad 0x147f7c3e55f1956a, 0x7eedd1dfa261432f
	.quad 0xd35e8e50c71a8212, 0xf601bd5b9829fe00
	.quad 0xf2c9b91efe5e9b00, 0x0d2ad9e46d9af96b
	.quad 0x70f3e710bddbffbf, 0x2451fb057c8438d6
	.quad 0x3f7d8e24c5c0e4be, 0x3c5048b7eb99054c
	.quad 0xc0600000c2c45da1, 0x3fafa7a56fde1296
	.quad 0xbcb771690f5f43b2, 0x8366b2d0972a3aa1
	.quad 0xa5f87a74da37839a, 0x6742597c7f9d12f7
	.quad 0xe8b70a40f3c8c87f, 0x4070a7fa810cd991
	.quad 0x9729d7ac7ec58700, 0xfe8fd21beebe4717
	.quad 0xcbc02d8e8f7e47c5, 0x61a2db77dafefbfb
	.quad 0xffd4c0c8a93d7674, 0x27eab58568e57c48
	.quad 0x09d0dc6cff9bf7fb, 0xc021800000000000
	.quad 0x7e80000008a35d37, 0x14a98d223f6de59d
	.quad 0x7fc3292cb7200000, 0x9271ea427fb5a7fd
	.quad 0x4340000000000001, 0x891c9c8f487f311c
	.quad 0xe90289e83f7c0000, 0x46cc0000bb140000
	.quad 0xffe3bafa06aa0cee, 0x7fe297223f1b8819
	.quad 0x985cd5f980ffffff, 0x1d923a872b3eb7f7
	.quad 0xc56e81dd712d6af7, 0xe79ac5ceffcccdbf
	.quad 0x5ac862e8a0257d2a, 0x19b95dca48bbc480
	.quad 0xffc00000bcf77da0, 0x9d51714a3cbd4662
	.quad 0x7e87e15c3e6e0ed2, 0xbb56285455c37216
	.quad 0x2d31b43f89055835, 0x4770d845ffc00000
	.quad 0x401a000000000000, 0xbf7e4644b62cbd13
	.quad 0xf3b3cff5fffebeb6, 0xdee3664af101b4aa
	.quad 0x3886cf574afa0000, 0x01000000bcca7e44
	.quad 0x6ffab0113fcfb65c, 0x90202049b49878ec
	.quad 0x8fc4e235ce3527da, 0x7fff5091b10e3a18
seed53:
	.quad 0xffffffffffff34f7
	.quad 0x00000000000002c9
	.quad 0x0000000000000088
	.quad 0x6be685975dcb35a1
	.quad 0xd82bd7e20b62dbcd
	.quad 0x0020000000000001
	.quad 0x67a19158976ed247
	.quad 0x00000000b944546a
	.quad 0xfffff8c006432583
	.quad 0x0000001a84ae6da0
	.quad 0xd08d89f72e6a0253
	.quad 0x0000000000000143
	.quad 0xc93bdfc96d3d76fa
	.quad 0xffffffffffffff1d
	.quad 0x39e63d5880379719
	.quad 0x79c0a4b74fae6305
	.quad 0x04000000
	.quad 0xe0000000
	.quad 0xfff8000000000000, 0x41994f6f40934315
	.quad 0xb81554c2af4aa7fc, 0xfff0521ba841a7e9
	.quad 0xb5eaba0c91af83ff, 0xc254ac64ba000000
	.quad 0xd21ea9468374f9a6, 0x3f8975a635ba3cf2
	.quad 0x8000000000000000, 0xc11600000a9a6301
	.quad 0xfff88742b5da6d74, 0xfff8000000000000
	.quad 0x43f70dbaec5a4649, 0xbff6af31fde00818
	.quad 0x834f271df1be0191, 0x7fa6283eff800000
	.quad 0x5ffffffe80000000, 0x6ac9d087a4880000
	.quad 0x7ff5b79b28de1246, 0xfdc953268ffa4f4e
	.quad 0x3fa3a0795c0496cf, 0xc0efffffffffffff
	.quad 0x00ffffffff8bc784, 0xff8000007fc00000
	.quad 0x0000000000000000, 0x800719a678c8e816
	.quad 0x7ff9890389fe31e1, 0xff2d1f1445aea646
	.quad 0x5e3d92049f676200, 0xa30b1657554cbc7d
	.quad 0x807fffffc3c00000, 0xd9c9c48b8e54dabd
	.quad 0xfe8000003d5799ee, 0xc1f73b9677bd7fce
	.quad 0x6aa6558826d40956, 0xe7f01da4be8c0000
	.quad 0x98838a82d90efc00, 0xc022000000000000
	.quad 0x28dcb456ff91f800, 0xbfbed0815ff22f9a
	.quad 0x3f848b795a9e5815, 0x768e3fbf67764680
	.quad 0x7797d8fec5b7fffd, 0x8fb0ef8b71b17f21
	.quad 0x8003f377a672c945, 0xc5cd3369145d0000
	.quad 0xfb4127f95bcd4542, 0x3f73e8ce96a3181e
	.quad 0x4120000099cf9d9b, 0x8056475a146d59c7
	.quad 0x7dd2db9e646dc50a, 0x0cb7abedfffddd04
	.quad 0xa1fcc83de51c8000, 0x197710afc5813db7
	.quad 0x843c21d5ff513515, 0x00a1b9c1c27818dd
	.quad 0x7fdbbe01f288aaa4, 0xda9be62835cf4877
	.quad 0xc149572ecaecd79e, 0x4027bfcac61200f4
	.quad 0x6cba923a3908b442, 0x8877b14b25f44653
	.quad 0x1572fa5904437c00, 0x5bc48f05cf3bbafc
seed54:
	.quad 0xffffffffffffffff
	.quad 0xb93942f7eb1331fb
	.quad 0x5a8ad492dddeb7f0
	.quad 0xfffffffffffffd20
	.quad 0x7fa9a123b3918ee6
	.quad 0xfffffffffffffdcc
	.quad 0x0009723428eb6721
	.quad 0x0000000000000022
	.quad 0x000000002795920d
	.quad 0x0000000000005dc9
	.quad 0x7b2e0ef0ff3ad7d9
	.quad 0x0000017167315c49
	.quad 0x0fe955946c25140c
	.quad 0x154025bf41a06c41
	.quad 0xfffffffffffffffd
	.quad 0xffffffffffffffff
	.quad 0x04000000
	.quad 0x30000000
	.quad 0x7ff0000000000000, 0x000353b970dcf629
	.quad 0x1749e204ddffdbdf, 0xff8c6556f8df3016
	.quad 0x21e7be8f7f8cb47b, 0x7ff8000000000000
	.quad 0x01723b5752440695, 0x0000000000000000
	.quad 0x47d3f1304ccc3c5d, 0x7fa65e36469e0000
	.quad 0xffdfffffffffffff, 0xbf800000bbc07dd6
	.quad 0x3fb503755c45bb10, 0xa499a9a8777edba1
	.quad 0x7f8000004271e9aa, 0xb9fbfae0e0f3fc00
	.quad 0xc2dd445840e80000, 0xc0880000fff3a254
	.quad 0x3c454d707f800000, 0x7f80000000000000
	.quad 0xbdcf0115bffafea9, 0xdc2a81d9da7f8ffb
	.quad 0x7fac20363f44bf99, 0xd17390524b40fca9
	.quad 0x80000001478c0000, 0x6ddcb12d3bdf2ee7
	.quad 0x800d81a3f6da4891, 0xe1a27c24f33a7db9
	.quad 0x8e5d97d691ffbb79, 0x9b8ea9dca81b0200
	.quad 0xb6000000c9300000, 0x9904492a26f07e5c
	.quad 0x5a295b2bc0200000, 0x7f13852e7f800000
	.quad 0xc0e00000c0675723, 0x2203b05ab273fe00
	.quad 0xc1c0e283f9f6fdff, 0x3d68cfd79f7bfffb
	.quad 0x7ff1973e0ae237d6, 0x0000000000000000
	.quad 0x440221cf32b1eb70, 0xffc000007fc00000
	.quad 0x7f8aedbcb6b80000, 0x833453e1becf3ede
	.quad 0xc033200000000000, 0xc004000000000000
	.quad 0x4f55aea599c78000, 0xfed3d359c1fcf8f6
	.quad 0x277624eeb6fafef7, 0xc32d208ac5747c00
	.quad 0xb4b0d09cebbbfc3b, 0x3fda677ce7818630
	.quad 0x0000000000000000, 0xef003a2f3611be00
	.quad 0xd6d8f3255da95222, 0x640972b6cfffffff
	.quad 0x7ff8000000000000, 0xc03a0d12915dab2a
	.quad 0x403e58a30f3b4aa2, 0xbf95cfa4ce0cbd3b
	.quad 0xde978e0bd33fadfd, 0x7eedcb2b02b39d26
	.quad 0x08c60a146be286b0, 0xc0228cf38839f91b
seed55:
	.quad 0x0000000080000000
	.quad 0x00000000000000dd
	.quad 0x0000000000002f4d
	.quad 0x6d69f9713c92a181
	.quad 0xc3b7bf1e1a670025
	.quad 0x00000000000004ed
	.quad 0xfffffffffffffe10
	.quad 0x8bac62c29e9eb1b1
	.quad 0x1a2569c636d78b9f
	.quad 0xfffffffffffffcad
	.quad 0x000000000000030b
	.quad 0x0000000080000000
	.quad 0xfffa08aa33a21913
	.quad 0x000000007fffffff
	.quad 0xc309f7271cbdc453
	.quad 0x05fa9a423f34f9c6
	.quad 0x03400000
	.quad 0x00000000
	.quad 0x00800000ffc00000, 0x3f8bf94936dff6a6
	.quad 0x3e98056e7f948a28, 0xe5e085ae8cb07c00
	.quad 0x08c7aea654f3f5f9, 0x94df54cebf7fb7df
	.quad 0x4a9ae50ad839c6c0, 0x0362879252ad1911
	.quad 0x3fd00000017fffff, 0xbfb0f86eadb77ef4
	.quad 0x7f800000bbac7ad6, 0xdf01af6e7fc00000
	.quad 0x5d4f79de5fffefc7, 0x6dd43f0df5dcf7e3
	.quad 0x8086b3673c2aabe8, 0x7898080ac0600000
	.quad 0x007fffffcffffffe, 0x0000000000000000
	.quad 0xcf8000017fecdf03, 0xffc9a3a743600000
	.quad 0xc33ffffffffffffe, 0x91d123647fc00000
	.quad 0x40037e13802fed68, 0x9458665b25ffba67
	.quad 0x00c8bccdc5fabb36, 0xae67926d8a31b7d1
	.quad 0x4e396c9b57efe942, 0x7ff8000000000000
	.quad 0xc4b5b6ed41dbfc00, 0xd9d7e2c690d6d696
	.quad 0x4074627a9615385e, 0x006d0159a7601f89
	.quad 0x4070000000000000, 0xfd7d936812c8f05a
	.quad 0x405970806d52f031, 0x4052104aff800000
	.quad 0x800b726c535366af, 0x3f92a7ffcd74ebee
	.quad 0xa35e643dd7e4d84d, 0x166782113f800000
	.quad 0xbfffffffffffffff, 0xc019000000000000
	.quad 0x3dd062c2bd65a202, 0x70d8c5d5cf62f867
	.quad 0xfff8000000000000, 0x40c00000c11c0000
	.quad 0x4001000000000000, 0xecd657b6029efc27
	.quad 0x8022d1bbbb192f4a, 0xeaaf03eaf869d955
	.quad 0xfff8000000000000, 0xc00e000000000000
	.quad 0xcbb88f70f63b811a, 0xe0a2453d862324ac
	.quad 0x343de74a4de98000, 0x3a400000c0980000
	.quad 0xba5aa1bcb3a59299, 0x4f7fffff07d0a816
	.quad 0x608c49e20bde8000, 0x81313faf3b9a8862
	.quad 0x409800008017629f, 0xfff17ccf067a0b08
	.quad 0x0000000000000000, 0x7fb2d7b1ff000000
seed56:
	.quad 0x1a48f1e703b2c310
	.quad 0x264a3b732c28744c
	.quad 0x341196a4602e1e44
	.quad 0xfffffffffffffc84
	.quad 0xfffffffffffffedd
	.quad 0xf9c4f7b5e59acfa4
	.quad 0x4d022aa2cd8db15d
	.quad 0x0bd84ca5488e34a5
	.quad 0x147c62524cd3d69b
	.quad 0x3cabbe1e31949e7c
	.quad 0x67443e1ee169e46f
	.quad 0xfffffffffffdd3e7
	.quad 0xf90e2a5726605712
	.quad 0x7fffffffffffffff
	.quad 0x0000000000000001
	.quad 0x3d10b49ecdb873b2
	.quad 0x02c00000
	.quad 0x90000000
	.quad 0x51cfd2ac7fd25ede, 0x7ffe664c4259082d
	.quad 0x8100000080000001, 0x621aaf19294d7c00
	.quad 0xc0f0000000000001, 0xb67b7735df805435
	.quad 0xc03ccc655e724c5d, 0x2bb688029a52c20d
	.quad 0x4f86a492dc2a7600, 0xc07210e3ee0a4b6f
	.quad 0x4257e70c71128552, 0xffbd21284e0bb5ab
	.quad 0xf81c743cfce9fcae, 0xbfc5c00000000000
	.quad 0xc027d905571c2d3e, 0x8040840023675d6a
	.quad 0xc994d461097f5fd0, 0x7df5aebcfe39fb42
	.quad 0x190368c1fffffffe, 0x742f29660142407e
	.quad 0xff800000541afdf2, 0xdc755abd1a6be979
	.quad 0x797c7c64fd94658e, 0xf50cce866a703793
	.quad 0x7ff9fa5479c6e101, 0x0a9bb18affdb45c0
	.quad 0x9f27225ef8dca792, 0x7f8d8b8b03196647
	.quad 0x4020800000000000, 0x3f580000c0f00000
	.quad 0xc201536f7fb2be3f, 0x7b9316a141bdf000
	.quad 0x4118000043df50a8, 0xa28d54e4c94ecdaa
	.quad 0x1dd2bc03d2e45c2d, 0x89f98efe42df4ad2
	.quad 0xffc000007fc00000, 0x93e75112e049be4f
	.quad 0xffd207131a906389, 0x00000000c37d7f24
	.quad 0x90537ee984fedec2, 0x0000000000000000
	.quad 0x8000000000000001, 0x64806b6eab56a2fe
	.quad 0x40301dc2c32ab444, 0xffc0000001168a2f
	.quad 0xff80000080000000, 0x7d58b255bf47fff3
	.quad 0x75be1becc15a566e, 0x0000000000000000
	.quad 0x1b13d82fa7e35f4d, 0xbbc6a390c528708d
	.quad 0x4000000000000001, 0xb0d890d07cc58000
	.quad 0x401da34a26bb284b, 0xb587ad7aeffbfd9d
	.quad 0x7ff11e6729bb4a3e, 0xd9f7f857af7bffff
	.quad 0xbf974fa4dd97171b, 0xbf78b9ca6bc68f93
	.quad 0xffbd7f5bafc5c526, 0x5211dce1f5ffffff
	.quad 0x0d4dd4a37a1427e5, 0x43fffffffffffffe
seed57:
	.quad 0x8a5d346297407892
	.quad 0x0000000000038396
	.quad 0xacb1f69a8cea4009
	.quad 0x000000007fffffff
	.quad 0xffeddab9a0a80b25
	.quad 0x000000000000e687
	.quad 0xffffffffff001ac3
	.quad 0x73e3f9dcc4014b5e
	.quad 0xffffffffffb10caf
	.quad 0x0000000080000000
	.quad 0x00000000ffffffff
	.quad 0xffffffffffffff45
	.quad 0x0f906f79f7f7b353
	.quad 0x5274369bbeec8ba7
	.quad 0xd202d3f7cf256da5
	.quad 0x381cea63f173a4b5
	.quad 0x00800000
	.quad 0x40000000
	.quad 0xf93bb80c2923c760, 0xbf8000010057de05
	.quad 0x786f990fffee0000, 0xfc4eea2bdf58fd07
	.quad 0xc8883b2599444100, 0xbf7195bf14763b4c
	.quad 0xbfd3368660bf1e9e, 0x40e2efc67fb1569a
	.quad 0x05a805d079a4c9bb, 0x8e985f0400000000
	.quad 0x185f8cc5be3e7abd, 0x7ff5bea664c3dd00
	.quad 0xb20b55ecdbc7b3f3, 0x404af851c0100000
	.quad 0x44402dc97ff9843c, 0x29a908cfa7b28200
	.quad 0xee7cf0ee86d77cf8, 0x255f969bff9f4300
	.quad 0xc117db83c4968000, 0x835713583fffffff
	.quad 0x8000000000000000, 0x7fd3f4396125091d
	.quad 0x3fd88aec9482f3b5, 0xda35a7c57ddcffff
	.quad 0x800000007fc00000, 0x6fe20ab8c0500000
	.quad 0x68fcd3029babc500, 0xc1100000804e0646
	.quad 0x44be5e874bfed37f, 0xc1200000875f6749
	.quad 0x00000000a16717f5, 0xfff0000000000000
	.quad 0xfffd84973a0e0fc1, 0xf7d0587ff8ffffff
	.quad 0xb94c00003ffd8b26, 0x182c292aff900000
	.quad 0x933bac3d7ff86186, 0xfff7eef05681b445
	.quad 0xa47ad8e908eb0265, 0x00202d9bde821d10
	.quad 0x7ff0000000000000, 0xe4d6d1f00b9083f7
	.quad 0x0d478d8a7f800000, 0x3ca463ca00000000
	.quad 0xb4101edc080dab67, 0x8aabe61ceb672a8f
	.quad 0x3fca440871d476db, 0x6691fe77f55adf89
	.quad 0xbf600000ffc00000, 0x7f800000436df866
	.quad 0xe09ce5c82b900391, 0xb879ff2f3ec27180
	.quad 0x800c79bdedd1a1fe, 0x79650de7ef7f8f90
	.quad 0xff800000c3d15b5f, 0xc020800000000000
	.quad 0x72eb0de08475c910, 0x5bfd3617005ccd38
	.quad 0x522c6c3d7e6e6cb6, 0x050de965ff800000
	.quad 0x4000000000000001, 0x8000000000000000
	.quad 0xc00000016e874fda, 0x437fcc34c88a3a55
seed58:
	.quad 0x9e176691c1a52ae4
	.quad 0xffff8018b3c74c9f
	.quad 0x000000000000017d
	.quad 0xffffffff80000000
	.quad 0x0000000080000000
	.quad 0x0000000149b029d5
	.quad 0x0000000000000026
	.quad 0x64b59da089142e29
	.quad 0x0000000000000000
	.quad 0x000005b4c9e38374
	.quad 0xb9e0f57da1d4509d
	.quad 0xd37f9d5d1b0b02ea
	.quad 0x00000000ffffffff
	.quad 0x2d68221678cee8db
	.quad 0xfffffffffffffd87
	.quad 0xec98e61fa781181d
	.quad 0x00400000
	.quad 0xc0000000
	.quad 0x1b984c911140bce3, 0xfff91b2a8bb5213e
	.quad 0xb35d2857c7fd4380, 0x4925761fbfb7b7dd
	.quad 0x619871d89f6eb7dc, 0xa575ff1ac7f5f5bd
	.quad 0x1f14608580000000, 0xc77ffffebedcb614
	.quad 0x715048e7ff9bbc3c, 0xb84df3b00d2c3529
	.quad 0x273e2e86b3fdff7e, 0x41f0000000000000
	.quad 0x2ae34fb5fa907e4c, 0x0f97d4a2fb8c8004
	.quad 0xbed8f2bc79ecb0db, 0xe69aba67f67f5fcb
	.quad 0x4310000000000000, 0xa7e43a167efac280
	.quad 0xffaf2f61fb044189, 0xfffee29ef2464bf2
	.quad 0x16b8b72198c2c59e, 0xcf426c525137b122
	.quad 0x3f9e66a7d6fe8996, 0x80f8808560a7d9c2
	.quad 0x5ea069a66f2f0bef, 0xfff32b35432f8571
	.quad 0x63aafd5453d6bde7, 0x2970ca03de310001
	.quad 0xeef006718116a3fb, 0xb365c069fcef8aab
	.quad 0x0748ee8aa615c280, 0x87af43f380000000
	.quad 0x03be4e946f32ea9d, 0x7ff8000000000000
	.quad 0xc7d1757e61b47ffe, 0x0000000000000000
	.quad 0xffba07660a0c6507, 0x1453b9c5aac77dce
	.quad 0x99ac9054c7c30000, 0x7ff0000000000000
	.quad 0x7fe0000000000000, 0x3fced0eaa8a6f6d7
	.quad 0x524d288cfcff4000, 0x7eccf181ffeeef7f
	.quad 0x26d283fb007338ea, 0x43da56f4af67f3dc
	.quad 0x402758fd46ecf133, 0xf38aec89ffb3af35
	.quad 0xbf8000017fa49cfe, 0xf564ed489363e836
	.quad 0xffd55285ffc00000, 0xc03976028ad2408d
	.quad 0xa14958a8ca5dfc00, 0xc8200000730127b6
	.quad 0x00400000c1386f2e, 0x492d087ab5b77cf9
	.quad 0xbf962cb400000000, 0x7b153f3bd99822ef
	.quad 0x8d0ef24124e5fe00, 0x405d478da6f4a097
	.quad 0xc04a2895631dee0c, 0x7effffffffae0961
	.quad 0xc1e0000000000001, 0x7ff0000000000000
seed59:
	.quad 0xf29a4caa6998973d
	.quad 0x0000000000002fb6
	.quad 0x5da5401638f13ef5
	.quad 0x16682b578ac8c1b9
	.quad 0x43ed0d0ab3579ba2
	.quad 0x483c3349b9aad290
	.quad 0x000000009b4167c0
	.quad 0x00000000000001ae
	.quad 0x000000000007adc6
	.quad 0x0000000001000001
	.quad 0x00000021b8bba2dd
	.quad 0xfffffffffffffff3
	.quad 0x0000000000000001
	.quad 0xc488405a553cc956
	.quad 0x43e2e02ad6210c60
	.quad 0xffffffff80000000
	.quad 0x03400000
	.quad 0x90000000
	.quad 0x0030372bffb8251b, 0xb7d8a6473ae6b0cd
	.quad 0xafc85954d62cfc52, 0x804000007fcc088e
	.quad 0xc5e1d7ec1e4fde57, 0xac4be2f4dad96be1
	.quad 0x800f24cc5686238c, 0x4013800000000000
	.quad 0xa78a71747fdf8e15, 0x7eecdcf87ff9d55c
	.quad 0x39a7b597149d79a0, 0xfba66d9123efca0c
	.quad 0x7ff2ad05fd50dba4, 0xc021000000000000
	.quad 0x3ff4000000000000, 0xfc65c8eb0f0aa38d
	.quad 0x7ff0000000000000, 0x3f74b83e4fba7537
	.quad 0xd6aae2d20cf2c8c4, 0xfff3237c1d62cca7
	.quad 0x3c494c41003cc728, 0xbf1d7bb90e116f14
	.quad 0x8000000000000000, 0x0010000000000000
	.quad 0xa8d4926bab0447ad, 0xff8000007fadc515
	.quad 0x522b655d8ea1694c, 0xe0c4c8c9bffd7f3b
	.quad 0x15b7d6a2ff800000, 0xc00edc3d7eee3cb9
	.quad 0x4080000086333675, 0xdf00000142f88821
	.quad 0x374dfc017fc40b2e, 0xfff5ecd1fc7cdb3f
	.quad 0x7dfefbdfc68a9309, 0xc06b493dcb280549
	.quad 0x400000008b37724f, 0xe45cbbec42bba274
	.quad 0xc3e0000000000001, 0xb5f1d53000000000
	.quad 0x7fddb5e6815decd7, 0x3c96b72e7fd6ccbb
	.quad 0x534b47be16b22e65, 0xfdd00b48541990d4
	.quad 0x41e11d8f40a80000, 0xc10c0000002b559d
	.quad 0x385000005f64e40d, 0x7b6ddddf82b3ae80
	.quad 0x4013000000000000, 0x40f0000000000000
	.quad 0xd3b01f689f1efeda, 0xfff7036d09baa8ff
	.quad 0x1df08e991f17c962, 0x790ff7d9f7040000
	.quad 0x82c6811c9a5dfedf, 0x49b84fedc5214616
	.quad 0x004ea62c80000000, 0xc0195e031106da48
	.quad 0x00eeb2fd5242ab35, 0x43c433c0e5f679b9
	.quad 0xc017000000000000, 0xbf8563528cf343bc
	.quad 0x0000000000000000, 0xbfba79e4f344dfc9
seed60:
	.quad 0xa4bed0904f1f3252
	.quad 0xffffffffff7fab46
	.quad 0x38fca5449bfe6f85
	.quad 0xfffffffffffffff1
	.quad 0xfffffffffffffe0c
	.quad 0xfffffffffffffe5b
	.quad 0x0020000000000001
	.quad 0xab79895ade42bbbf
	.quad 0x0000000001000001
	.quad 0xa84c85508b92314d
	.quad 0xfffffffffffffe44
	.quad 0xfffffffffffffc6c
	.quad 0x8a07e91e7512c3e6
	.quad 0x00000000000002b5
	.quad 0xffffffffffffffff
	.quad 0x0000b02046355cee
	.quad 0x01c00000
	.quad 0xb0000000
	.quad 0x7f800000c7e00000, 0x7f854c9d80000000
	.quad 0x7fb584c37228fb6e, 0x9f98291f17d9e53b
	.quad 0xcf8c9f755a000001, 0x92a3a62d7fb14c3b
	.quad 0x7fdfffffffffffff, 0x3f0f000000000000
	.quad 0x40700000687de62f, 0x22c7374db8200000
	.quad 0x3f73c00000000000, 0x14e276b392d43b89
	.quad 0x0010000000000000, 0x7fa5f19fc9ee4ef8
	.quad 0x40d400005a000000, 0xfff6c7732d3d65e6
	.quad 0xff72e29e2f902984, 0xfff0000000000000
	.quad 0xbf80000000000000, 0x0019086a7fb9f690
	.quad 0x00000000bbdf99fc, 0xffc000007f800000
	.quad 0xbc219f5e00000000, 0x8000000080000000
	.quad 0x60a176bbbf3f0fe1, 0x4ec4bf7a7ebea09f
	.quad 0x40783c59bc7977f8, 0xe3a154fb497cbae4
	.quad 0x39a54332fffefcf9, 0x007e04adf3ed31b3
	.quad 0xc019000000000000, 0xcd0785292152017a
	.quad 0xcb80dc973555fc00, 0x237c9029a561764f
	.quad 0x6638f5adf8dff637, 0x7ff8000000000000
	.quad 0x4f80000041e305c0, 0x7ff0000000000000
	.quad 0x388ccd0b69c0fc00, 0x3dac7be880000000
	.quad 0x8c4ca3c1fd4b99ff, 0xfef1a3b3f6efffaa
	.quad 0x88154fdeed4d0189, 0xe58a354513febf7b
	.quad 0x50f7acffffcf07ff, 0x24f2bbbc6c7a0000
	.quad 0xfff8000000000000, 0x4078000000000000
	.quad 0x0a24d3313f5a5b30, 0x817c662c4a834f76
	.quad 0x8000000080800000, 0xbc58a25e00000000
	.quad 0x011ce3ace0232bf7, 0x0473a0187cd8fc00
	.quad 0x2b7f326402deffc6, 0xff800000df7ffffe
	.quad 0x43f6b6020be541e3, 0x5bce3f68dcda527a
	.quad 0x42e0000000000001, 0xf399153d8afcf7af
	.quad 0xbc1dafd1cdb7ffc1, 0xc5ac9e697ff53880
	.quad 0x5c469330f2767c00, 0x9e3eaa8473fc7e2e
seed61:
	.quad 0x2852c1f9cd87924f
	.quad 0x50b98dbe3b1fcf61
	.quad 0xb69ba38929f292ab
	.quad 0x000000000031f970
	.quad 0xb4f0360fd0b9bf1a
	.quad 0x20918356ad4fd4b3
	.quad 0x000000000003f7d6
	.quad 0x0013a99f89094029
	.quad 0xffeec0841ce3351d
	.quad 0x000000007fffffff
	.quad 0xfc61266227194467
	.quad 0x7cb48f124aafef1c
	.quad 0x8000000000000000
	.quad 0xa5f82a344437ece8
	.quad 0x00000000000002ce
	.quad 0x0000000000000000
	.quad 0x06800000
	.quad 0xa0000000
	.quad 0xf8ff4f5797d24074, 0x623c9fe38e2b43e1
	.quad 0xbecf0c7cff901229, 0x2d5e4b87d9fffffe
	.quad 0xbfdcb96ad712e454, 0xbf8bc02f862ce1d7
	.quad 0xffdd475ecbc3a61f, 0x0847d67add13b19b
	.quad 0x8000000000000000, 0xbc71b3f747ffffff
	.quad 0xc23e707000400000, 0xfff8000000000000
	.quad 0x7effffff6cd024eb, 0xfff429cbd57013e0
	.quad 0x43603c584f000001, 0xc9b57e09262b7ee3
	.quad 0x18bd17fe729a34f0, 0xc0391eb575d2c369
	.quad 0xc01d8ab81e9929bb, 0xd11d8737c9dffffb
	.quad 0xbff9b690c89ac193, 0x000000007fb3542b
	.quad 0xaeefc7987f800000, 0xc34aeff4437a0000
	.quad 0x7e328a165e2c3ee5, 0x51ad24427fcd105b
	.quad 0xffb27b5442acacef, 0xee92f184c0a5b484
	.quad 0xc7ffffff00000000, 0xb01e7bd5beffafde
	.quad 0x33c2e376ffcd691e, 0xbe863b95c288c9d4
	.quad 0xbf181b6640c00000, 0xff800000c3770987
	.quad 0x92ef03a338307c8a, 0xff8b3a2a003cbd76
	.quad 0x407e80455893b84d, 0x3d71888e13348001
	.quad 0x80000000007fffff, 0x56eb9991a50f370e
	.quad 0x0008000000000000, 0x7ff0000000000000
	.quad 0x97cb8e70ed6fbfff, 0x2c13dc377f800000
	.quad 0x402fdaab7b990a90, 0xa239bd526f5b7c00
	.quad 0xbf800001cf800000, 0xfc11cb9548260000
	.quad 0xc000000018406e97, 0xfdbcd7158e0a1299
	.quad 0xa7a1c181ecd2d83f, 0xcf7ffffe40d80000
	.quad 0xc7e32d7deb377c00, 0x80610ce3906e02b6
	.quad 0xccad9585c7ebc9ef, 0x6515c1db4bb88000
	.quad 0x380a32425e82e56b, 0x4072f4eed8c24e52
	.quad 0x7f800000f4c9ad5a, 0x2c613d7e1d020ba2
	.quad 0x8020a9dbff800000, 0xc3480eb67fbb84a9
	.quad 0x7f80000000000000, 0xc0efffffffffffff
seed62:
	.quad 0x16931f1be0a186cd
	.quad 0x0000000000000000
	.quad 0x82a7a40c5e92cf74
	.quad 0xfffffffffffffd78
	.quad 0xffffffffdc82feca
	.quad 0x00000003719e78e6
	.quad 0x0000000000000000
	.quad 0x0ec1ba9a9f62e245
	.quad 0x002db8aa25796e7c
	.quad 0x00000cf4a1312103
	.quad 0xa2c425cf792b58c0
	.quad 0x1dac57e6ce14685a
	.quad 0x665c8408bc063b5d
	.quad 0x641505286ddcc43d
	.quad 0xfffffffffffffc98
	.quad 0xfffffffffffefa72
	.quad 0x01400000
	.quad 0x20000000
	.quad 0xe89f98e5a497f2a7, 0x827a14bfc7e85cf0
	.quad 0x9f0234fbb153e5ba, 0xf1cd784af063dbe5
	.quad 0xe5ada1dbffcb7ff3, 0x40f80000007cc8d0
	.quad 0xa3e7e1e043e2c700, 0xd3133fc76a6002b3
	.quad 0x800a1c592f655c3c, 0x7fc0000000000000
	.quad 0xc700000100000000, 0xfe9d57e36650f2af
	.quad 0x7f8000006f7c2d94, 0x4005280a9d1f443d
	.quad 0x7fc000000ccf7d4f, 0x7ff1a266943120b3
	.quad 0x4014000000000000, 0x1d36b265cffffffe
	.quad 0xea7822d5477ffffe, 0x7f503ce77f800000
	.quad 0x026d24b2ffccc6e9, 0xfff0000000000000
	.quad 0x73217372dfa9fc36, 0x80000000f8eb2b85
	.quad 0x5297a11bdbef2cfa, 0xc3d8664f99e994ee
	.quad 0x11916ea802a24faa, 0x7f69bc9000000000
	.quad 0x8ee26b191955bcb7, 0x4e5ffd68db57ed5f
	.quad 0x000fffffffffffff, 0x00059a268da3d7dc
	.quad 0x4700000100000000, 0x7ff4e39b4fee3ed2
	.quad 0xbc4550764136f602, 0x2032192db9fffca2
	.quad 0x7d79ed6080000000, 0xc3c5d999f46637c5
	.quad 0x00eded030184c293, 0x0b5b8c21a7adeffc
	.quad 0xb15e4b5cfffad167, 0x7f7fffff3dc79c87
	.quad 0x64315ffe8aa4e44a, 0x8000000000000000
	.quad 0xa719eaaf3e5207ff, 0x031ec6387f2bfc72
	.quad 0x741b44a4da1353e7, 0xfff8000000000000
	.quad 0xc0cc6c8bfd9b7320, 0x5bb049a98c4d063d
	.quad 0xc79000003e340000, 0x3c2372433f47d053
	.quad 0x4104000000000000, 0x3ebfbae5a890d7c6
	.quad 0xc960e37bfffeff7e, 0x3ee150adff800000
	.quad 0x8583a0fcb75f7bf7, 0x7dfcb198ca616ff9
	.quad 0xded64a0cd0e448c0, 0x80000000bcc00000
	.quad 0x712d0d75ebbe7f6b, 0xbbd5ce7e40d80000
	.quad 0xe78228ffc7befed7, 0x3cfd4a4d43a10a53
seed63:
	.quad 0x0000000100000000
	.quad 0xfffffffffffffdbd
	.quad 0xd01583bcde7e2c3b
	.quad 0x00000000000000bc
	.quad 0x6e96f6a5e49fd708
	.quad 0x000000000000543d
	.quad 0x9d8dc4a588a155de
	.quad 0xffffffffffffffe2
	.quad 0xfffffffffffffcb2
	.quad 0x00000000ffffffff
	.quad 0xc3a55b5ca2556b6d
	.quad 0xc580a57e47ea91bc
	.quad 0xfffffffff4cd21b1
	.quad 0xfffffffffffea205
	.quad 0x00000000ffffffff
	.quad 0x0000000000000000
	.quad 0x00800000
	.quad 0xc0000000
	.quad 0xd6b059e7754002e1, 0xcb8a45e8943caa42
	.quad 0xfff086a22d7fda5a, 0x656fa5fcebfefbfe
	.quad 0x029eb9a3001755eb, 0xc2250e2ce3e7e9f1
	.quad 0x3d9691977fc00000, 0xb6600000ef183528
	.quad 0x412e000000000000, 0xbf9d054ac0b821ce
	.quad 0x7fe0d0e20c4944de, 0xc096d390bb800000
	.quad 0x7fac5750ffc00000, 0x43c5c898f3bcdcf8
	.quad 0xa33bd4694d9fc400, 0x1d47d428f322bc86
	.quad 0x0000000000000000, 0xbe06f1a7bbd31a53
	.quad 0x7ffc678c9332561f, 0x7ff0000000000000
	.quad 0x902fddc905f44080, 0x0000000000000000
	.quad 0xfe55c577f9318899, 0x649cca4df7fbffff
	.quad 0x3d845e0d4678d5b7, 0x41795769c07f9400
	.quad 0x675244ca0315138b, 0xdf80000000000000
	.quad 0x00000000e2e53fac, 0x401f800000000000
	.quad 0xff800000440c0000, 0x8130b602fe832e5e
	.quad 0x7ffad4b666b7a34e, 0x007fffff65614b7c
	.quad 0xc050945ad9060985, 0x15ba8891471fd75d
	.quad 0x7fee8b9f7d092fb1, 0xea0a481dfffdb4a7
	.quad 0x3d1743881b963adc, 0xc4ca6836f565ffff
	.quad 0xebabe40d890ca12d, 0xfff0000000000000
	.quad 0xfbfd5e6cff800000, 0x7fb76b6900000000
	.quad 0xe3bddddc4c24fc00, 0x8000000018c0ebc4
	.quad 0xc00a800000000000, 0x4073d8132a1787ad
	.quad 0x817fffff42d4a5c1, 0xc77fffff7f856a1f
	.quad 0xfff0c1d70149b2ae, 0x8369eef4ff989c26
	.quad 0xfe8000007fbf0d96, 0x683581d15f78f7ff
	.quad 0x4069c00000000000, 0xda6f6a42fffbfcce
	.quad 0x5a7ffffe3e08a2c0, 0x0068dbc865859bfe
	.quad 0x0000000000000000, 0x09ec1f03feffffff
	.quad 0x3bbc4ea8b61ab4c1, 0xe3b40c54b0e1a2cf
	.quad 0xa25afbafffcf3a57, 0x44400000bbdde91b
